"""Text of a PDF (a project list published only as a document), laid out as plain-text paragraphs.

pypdf gives the text runs of each page with their position and font size. Runs on one baseline become a
line; a vertical gap clearly larger than the line spacing, or a change of font size (a heading), starts a
new blank-line-separated paragraph, which is what the plain-text reader (``document.parse_text``) expects.

A PDF that cannot give text raises :class:`PdfError` with a reason a person can act on (encrypted, broken,
only images), so the extraction stage lists it as a failure instead of crashing or returning nothing quietly.
"""

from __future__ import annotations

import io
import logging
import re

MAX_PAGES = 200  # a project list is a few pages; a 1,000-page annual report is not read to the end


class PdfError(ValueError):
    """The PDF gives no usable text (the message says why)."""


def is_pdf(body: bytes | str, content_type: str | None = None) -> bool:
    if content_type and "pdf" in content_type.lower():
        return True
    head = body[:1024] if isinstance(body, bytes) else body[:1024].encode("latin-1", "ignore")
    return head.lstrip().startswith(b"%PDF-")


def _page_lines(page) -> list[tuple[float, float, str]]:
    """(y, font size, text) per line of one page, top to bottom."""
    runs: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text or not text.strip():
            return
        # position and effective size in user space: text matrix × current transformation matrix
        a, b, c, d, e, f = tm
        A, B, C, D, E, F = cm
        y = e * B + f * D + F
        x = e * A + f * C + E
        scale = (abs(d * D) or abs(d) or 1.0)
        runs.append((round(y, 1), x, (font_size or 0) * scale, text))

    page.extract_text(visitor_text=visit)
    lines: list[list] = []
    for y, x, size, text in runs:
        for part_i, part in enumerate(text.split("\n")):
            if not part.strip():
                continue
            if lines and abs(lines[-1][0] - y) < 0.5 * max(size, 1.0) and part_i == 0:
                lines[-1][2].append((x, part))
                lines[-1][1] = max(lines[-1][1], size)
            else:
                lines.append([y, size, [(x, part)]])
    out = []
    for y, size, parts in lines:
        parts.sort(key=lambda p: p[0])
        out.append((y, size, re.sub(r"[ \t]+", " ", " ".join(p for _, p in parts)).strip()))
    return out


_BULLET = re.compile(r"^\s*(?:[•·▪*–-]|\d{1,2}[.)])\s+")
_LABEL = re.compile(r"^[A-ZÅÄÖ][\w\-/ ]{1,40}:\s")


def _paragraphs(lines: list[tuple[float, float, str]]) -> list[str]:
    """Blank-line-separated paragraphs: a wider gap than the tight line spacing, a heading (larger type) or a
    labelled line ("Syfte: …") starts one; a bullet starts a new line; other lines are wrapped text, joined."""
    sizes = sorted(s for _, s, _ in lines if s > 0)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    gaps = [round(prev[0] - cur[0], 1) for prev, cur in zip(lines, lines[1:])]
    tight = [g for g in gaps if g >= 0.8 * body > 0]
    spacing = min(tight) if tight else 0.0  # the in-paragraph line spacing
    paras: list[str] = []
    prev = None
    for y, size, text in lines:
        if prev is None:
            paras.append(text)
        else:
            gap = prev[0] - y
            heading_now = bool(body) and size > body * 1.15
            heading_before = bool(body) and prev[1] > body * 1.15
            if (gap < 0 or (spacing and gap > spacing * 1.4) or heading_now != heading_before
                    or (heading_now and abs(size - prev[1]) > 0.5) or _LABEL.match(text)):
                paras.append(text)
            elif _BULLET.match(text):
                paras[-1] += "\n" + text
            else:
                paras[-1] += " " + text
        prev = (y, size)
    return paras


def pdf_text(body: bytes) -> str:
    """The PDF's text as blank-line-separated paragraphs. Raises :class:`PdfError` when there is none."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable files warn on every object
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - unsupported crypto, e.g. AES without cryptography
                raise PdfError(f"encrypted PDF that cannot be opened ({type(exc).__name__}: {exc})") from exc
            if not ok:
                raise PdfError("encrypted PDF (a password is needed to read its text)")
        pages = list(reader.pages)
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise PdfError(f"broken PDF, not readable ({type(exc).__name__}: {exc})"[:300]) from exc
    if not pages:
        raise PdfError("PDF without pages")
    out: list[str] = []
    for page in pages[:MAX_PAGES]:
        try:
            lines = _page_lines(page)
        except Exception as exc:  # noqa: BLE001 - one damaged page must not hide the others
            logging.getLogger("socinv").warning("PDF page not readable: %s", exc)
            continue
        out.extend(_paragraphs(lines))
    text = "\n\n".join(p for p in out if p.strip())
    if len(re.findall(r"[^\W\d_]", text)) < 20:
        raise PdfError(f"PDF has no text layer ({len(pages)} page(s), only images or scans; OCR is not done)")
    return text + "\n"
