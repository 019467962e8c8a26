"""Read a saved page for ``socinv extract``: HTML or plain text, with an optional ``URL:`` first line."""

from __future__ import annotations

from pathlib import Path

from pipeline.pagewords import looks_binary, utf16_without_bom

MAX_BYTES = 20 * 1024 * 1024


def read_saved_page(path: Path, url: str | None = None) -> tuple[bytes, str, str | None]:
    """(body, url, content type guess). Raises ValueError with a clear message for unusable input."""
    path = Path(path)
    if not path.is_file():
        raise ValueError("not a file")
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > MAX_BYTES:
        raise ValueError(f"file is {size // 1_000_000} MB; pages over {MAX_BYTES // 1_000_000} MB are not read")
    body = path.read_bytes()
    if body[:1024].lstrip().startswith(b"%PDF-") or path.suffix.lower() == ".pdf":
        return body, url or f"file://{path.resolve()}", "application/pdf"  # text via pipeline.extract.pdf
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte order mark (Windows "Unicode"): as UTF-8
        body = body.decode("utf-16", "replace").encode("utf-8")
    elif b"\x00" in body[:2] and (codec := utf16_without_bom(body[:1024])):
        body = body.decode(codec, "replace").encode("utf-8")
    if looks_binary(body):
        raise ValueError("binary file, not a web page")
    first, _, rest = body.partition(b"\n")
    if first.strip().lower().startswith(b"url:"):
        url = url or first.strip()[4:].strip().decode("utf-8", "replace")
        body = rest
    ctype = None
    if path.suffix.lower() in (".txt", ".text", ".md"):
        ctype = "text/plain"  # no charset: UTF-8 when it is, else read as Windows-1252 (a Swedish text saved so)
    return body, url or f"file://{path.resolve()}", ctype
