"""A PDF report converted to HTML by pdf2htmlEX and published as a web page, read back into paragraphs and headings.

pdf2htmlEX keeps the PDF's layout: every line of text is its own absolutely positioned ``<div class="t m0 x1 y9 fs1
…">`` (its position and size in the page's CSS), with no ``<p>`` and no headings, words hyphenated where the PDF's
lines broke ("för-" / "äldrar"), and the running header and page number between the lines of a paragraph. Read as it
stands, every line would be a paragraph of its own and no section a heading. So, as the PDF reader does
(``pipeline.extract.pdf``): lines top to bottom, a larger font is a heading, a vertical gap clearly larger than the
line spacing or a change of font size starts a new paragraph, a hyphen at a line's end joins the word, cells on one
line are one row, and a line repeated on every page (header, footer) or a page number is left out. The converted
pages in the tree are replaced by the headings and paragraphs built, which the walker then reads as any page.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

_RULE = re.compile(r"\.((?:x|y|fs|m)[0-9a-f]+)\{([^}]*)\}")
_PX = re.compile(r"(?:left|bottom|font-size):\s*(-?[\d.]+)px")
_MATRIX = re.compile(r"(?<![-\w])transform:\s*matrix\(\s*([\d.]+)")
_PAGE_NUMBER = re.compile(r"^(?:sida\s+)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|/\s*\d{1,4}))?$", re.I)
_HYPHEN_END = re.compile(r"[a-zåäöéA-ZÅÄÖ]-$")
_CONJUNCTION_START = re.compile(r"^(?:och|eller|samt|resp\.?|respektive)\b")
_SENTENCE_END = re.compile(r"[.!?:]$")


def is_converted(data: bytes) -> bool:
    """The page holds pdf2htmlEX's page container (a cheap test on the bytes, before any parsing)."""
    return b'id="page-container"' in data and b'class="pf' in data


def _geometry(root) -> dict[str, float]:
    """Class name → its left, bottom, font size or transform scale, from the page's <style> rules."""
    css: dict[str, float] = {}
    for style in root.iter("style"):
        for name, body in _RULE.findall(style.text or ""):
            m = _MATRIX.search(body) if name[0] == "m" else _PX.search(body)
            if m:
                css[name] = float(m.group(1))
    return css


def _classes(el) -> list[str]:
    return (el.get("class") or "").split()


def _lines(container, css: dict[str, float]) -> list[list[tuple[float, float, float, str]]]:
    """Each page's lines as (bottom, left, size, text), top to bottom and left to right."""
    pages = []
    for page in container:
        if not isinstance(page.tag, str) or "pf" not in _classes(page):
            continue
        lines = []
        for el in page.iter("div"):
            cls = _classes(el)
            if "t" not in cls:
                continue
            text = " ".join("".join(el.itertext()).split())
            if not text:
                continue
            y = next((css[c] for c in cls if c[0] == "y" and c in css), 0.0)
            x = next((css[c] for c in cls if c[0] == "x" and c in css), 0.0)
            size = next((css[c] for c in cls if c.startswith("fs") and c in css), 0.0)
            size *= next((css[c] for c in cls if c[0] == "m" and c in css), 1.0)
            lines.append((y, x, round(size, 1), text))
        lines.sort(key=lambda t: (-t[0], t[1]))
        pages.append(lines)
    return pages


def _running(pages) -> set[str]:
    """Texts that stand on two or more pages (a running header or footer), digits aside ("Sida 2 (4)")."""
    if len(pages) < 2:
        return set()
    seen = Counter()
    for lines in pages:
        seen.update({re.sub(r"\d+", "#", t) for _, _, _, t in lines})
    return {k for k, n in seen.items() if n >= 2}


def _join(a: str, b: str) -> str:
    """Two lines of one paragraph: a word hyphenated at the line's end joins ("för-" + "äldrar"), unless the next
    line goes on with a conjunction (a suspended compound: "kultur-" + "och fritidsförvaltningen")."""
    if _HYPHEN_END.search(a) and b[:1].islower() and not _CONJUNCTION_START.match(b):
        return a[:-1] + b
    return f"{a} {b}"


def rebuild(root) -> bool:
    """Replace the converted pages under the page container with headings and paragraphs; False when the page holds
    no pdf2htmlEX container (nothing changed)."""
    container = next((el for el in root.iter("div") if el.get("id") == "page-container"), None)
    if container is None:
        return False
    css = _geometry(root)
    pages = _lines(container, css)
    if not any(pages):
        return False
    running = _running(pages)
    sizes = Counter()
    for lines in pages:
        for _, _, size, text in lines:
            sizes[size] += len(text)
    body = sizes.most_common(1)[0][0]
    # rows: the lines that stand at one height (a table's cells), kept in order
    blocks: list[tuple[str, str]] = []  # ("h2" | "h3" | "p", text)
    for lines in pages:
        rows: list[list[tuple[float, float, float, str]]] = []
        top, bottom = (lines[0][0], lines[-1][0]) if lines else (0.0, 0.0)
        for line in lines:
            y, _, _, text = line
            if (_PAGE_NUMBER.match(text) and y in (top, bottom)) or re.sub(r"\d+", "#", text) in running:
                continue  # a page number (the page's first or last line), a running header or footer
            if rows and abs(rows[-1][0][0] - y) < 1.0:
                rows[-1].append(line)
            else:
                rows.append([line])
        gaps = [a[0][0] - b[0][0] for a, b in zip(rows, rows[1:]) if a[0][2] == body and b[0][2] == body]
        spacing = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
        prev = None
        for row in rows:
            y, _, size, _ = row[0]
            text = " | ".join(cell[3] for cell in sorted(row, key=lambda c: c[1]))
            heading = size > body * 1.15 and len(row) == 1
            new = prev is None or heading or blocks[-1][0] != "p" or abs(size - prev[1]) > 0.5 \
                or (spacing and prev[0] - y > spacing * 1.3) or len(row) > 1 or " | " in blocks[-1][1]
            if heading:
                kind = "h2" if size >= max(sizes) * 0.9 else "h3"
                if blocks and blocks[-1][0] == kind and prev is not None and prev[1] == size \
                        and prev[0] - y <= size * 1.6:
                    blocks[-1] = (kind, f"{blocks[-1][1]} {text}")  # a heading of two lines
                else:
                    blocks.append((kind, text))
            elif new and not _continues(blocks, prev, text):
                blocks.append(("p", text))
            else:
                blocks[-1] = ("p", _join(blocks[-1][1], text) if len(row) == 1 else f"{blocks[-1][1]}\n{text}")
            prev = (y, size)
    for child in list(container):
        container.remove(child)
    for kind, text in blocks:
        etree.SubElement(container, kind).text = text
    return True


def _continues(blocks, prev, text: str) -> bool:
    """The first line of a page goes on with the last paragraph of the page before (``prev`` is None at a page's
    start): that paragraph ends mid-sentence or with a hyphen, and this line starts in lower case."""
    return prev is None and bool(blocks) and blocks[-1][0] == "p" and " | " not in blocks[-1][1] \
        and not _SENTENCE_END.search(blocks[-1][1]) and text[:1].islower()
