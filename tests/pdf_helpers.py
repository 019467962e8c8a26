"""A tiny hand-written PDF writer for tests: real PDF 1.4 files with a Helvetica text layer (WinAnsi, so å ä ö
and the en dash survive), headings in a larger size, paragraphs separated by a wider gap, lines wrapped."""

from __future__ import annotations

import textwrap


def _esc(s: str) -> bytes:
    raw = s.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _objects_to_pdf(objs: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R ".encode() + trailer_extra
            + f">>\nstartxref\n{xref}\n%%EOF\n".encode())
    return bytes(out)


def _page_stream(blocks: list[tuple[str, str]], width: int = 90) -> bytes:
    """blocks: ("h", text) headings at 16 pt, ("p", text) paragraphs at 10 pt, wrapped at ``width`` chars."""
    y = 800.0
    ops = [b"BT"]
    for kind, text in blocks:
        size, lead = (16, 20) if kind == "h" else (10, 12)
        lines = [text] if kind == "h" else textwrap.wrap(text, width) or [""]
        for line in lines:
            ops.append(b"/F1 %d Tf 1 0 0 1 50 %.1f Tm (" % (size, y) + _esc(line) + b") Tj")
            y -= lead
        y -= 10  # the gap between paragraphs
    ops.append(b"ET")
    return b"\n".join(ops)


def make_pdf(pages: list[list[tuple[str, str]]]) -> bytes:
    """A PDF with one page per item of ``pages`` (each a list of ("h"|"p", text) blocks)."""
    n = len(pages)
    font_id = 3 + 2 * n
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()]
    for i, blocks in enumerate(pages):
        stream = _page_stream(blocks)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    return _objects_to_pdf(objs)


def image_only_pdf() -> bytes:
    """A scanned page: one grey image, no text at all."""
    img = bytes([128]) * 64
    stream = b"q 500 0 0 700 50 80 cm /Im1 Do Q"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Length 64 >>\nstream\n" + img + b"\nendstream"]
    return _objects_to_pdf(objs)


def encrypted_pdf(pages: list[list[tuple[str, str]]], password: str = "hemligt") -> bytes:
    """The same document encrypted with a user password (pypdf writes the encryption, RC4-128)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf(pages))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


PROJECT_LIST = [[
    ("h", "Beviljade sociala investeringar 2024"),
    ("p", "Kommunstyrelsen har beviljat medel ur fonden för sociala investeringar till följande projekt."),
    ("h", "Tidiga insatser i förskolan"),
    ("p", "Syfte: Att tidigt upptäcka barn i behov av stöd och minska behovet av insatser senare i skolan."),
    ("p", "Målgrupp: Barn 1–5 år i förskolan och deras vårdnadshavare."),
    ("p", "Projekttid: 2024–2026. Budget: 2 400 000 kronor."),
    ("p", "Samverkansparter: Barn- och utbildningsförvaltningen och Socialförvaltningen."),
    ("h", "Fritidsbanken för unga"),
    ("p", "Syfte: Att öka andelen unga som har en meningsfull fritid genom gratis lån av utrustning och "
          "aktiviteter på lov, med särskilt fokus på barn i familjer med ekonomiskt bistånd."),
    ("p", "Målgrupp: Elever i årskurs 4–9."),
    ("p", "Projekttid: 2024–2025. Budget: 850 000 kronor."),
]]
