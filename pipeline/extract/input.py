"""Read a saved page for ``socinv extract``: HTML or plain text, with an optional ``URL:`` first line, or a browser's
one-file save of a page (MHTML from Chrome, Edge or Internet Explorer; Safari's webarchive), whose page and URL are
taken out of it."""

from __future__ import annotations

import email
import email.policy
import html
import os
import re
import plistlib
from pathlib import Path
from urllib.parse import quote_from_bytes

from pipeline.pagewords import BLANK_RUN, looks_binary, utf16_without_bom

MAX_BYTES = 20 * 1024 * 1024  # a saved page's bytes once long runs of blanks are taken as one
MAX_FILE_BYTES = 256 * 1024 * 1024  # a file larger than this is not read at all (a preallocated 1 GiB download)


def read_saved_page(path: Path, url: str | None = None) -> tuple[bytes, str, str | None]:
    """(body, url, content type guess). Raises ValueError with a clear message for unusable input. The address, from
    --url, a 'URL:' line, a browser save or the page's canonical link, is published as ``pipeline.urls.page_address``
    writes it (host in lower case, https's own :443 dropped), so it joins with the crawled copy of the same page."""
    from pipeline.urls import page_address

    body, page_url, ctype = _read_saved_page(Path(path), url)
    return body, page_address(page_url), ctype


def _read_saved_page(path: Path, url: str | None) -> tuple[bytes, str, str | None]:
    if not path.is_file():
        raise ValueError("not a file")
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > MAX_FILE_BYTES:
        raise ValueError(f"file is {size // 1_000_000} MB; pages over {MAX_BYTES // 1_000_000} MB (not counting "
                         f"runs of blanks) are not read")
    body = path.read_bytes()
    if size > MAX_BYTES:
        # the limit is on what the page says: 20 MB of blank lines between two paragraphs (a template loop) show as
        # one blank, and the page is read
        body = BLANK_RUN.sub(b"\n", body)
        if len(body) > MAX_BYTES:
            raise ValueError(f"file is {size // 1_000_000} MB; pages over {MAX_BYTES // 1_000_000} MB (not counting "
                             f"runs of blanks) are not read")
    if body[:1024].lstrip().startswith(b"%PDF-") or path.suffix.lower() == ".pdf":
        return body, url or _file_url(path), "application/pdf"  # text via pipeline.extract.pdf
    unwrapped = _webarchive(body) if body[:8] == b"bplist00" else (
        _mhtml(body) if b"multipart/related" in body[:4096].lower() else None)
    if unwrapped is not None:
        page, saved_url = unwrapped
        return page, url or saved_url or own_address(page) or _file_url(path), "text/html; charset=utf-8"
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte order mark (Windows "Unicode"): as UTF-8
        body = body.decode("utf-16", "replace").encode("utf-8")
    elif b"\x00" in body[:2] and (codec := utf16_without_bom(body[:1024])):
        body = body.decode(codec, "replace").encode("utf-8")
    if looks_binary(body):
        raise ValueError("binary file, not a web page")
    # a UTF-8 byte-order mark (Windows Notepad writes one) is no part of the first line: 'URL: …' right after it is
    # still the page's address line
    body = body.removeprefix(b"\xef\xbb\xbf")
    first, _, rest = body.partition(b"\n")
    if first.strip().lower().startswith(b"url:"):
        url = url or first.strip()[4:].strip().decode("utf-8", "replace")
        body = rest
    if (table := data_table(body)) is not None:
        raise ValueError(table)
    ctype = None
    if path.suffix.lower() in (".txt", ".text", ".md"):
        ctype = "text/plain"  # no charset: UTF-8 when it is, else read as Windows-1252 (a Swedish text saved so)
    return body, url or (ctype is None and own_address(body)) or _file_url(path), ctype


_TABLE_DELIMITERS = (";", ",", "\t", "|")
_TABLE_MIN_COLUMNS = 4  # a header of fewer fields may be a line of prose with commas in it
_TABLE_HEADER_FIELD_MAX = 60  # a column name is short; a sentence cut at its commas is not


def data_table(body: bytes) -> str | None:
    """What a delimited table of data (CSV, TSV: an export, a release's ``projects.csv`` or ``projects_excel.csv``)
    is, said as the reason it is no page, or None for a page. Text is text, so such a file passes every test for
    binary input, and a text-page reader would make records of its rows with no page behind them. A table is a
    header line of at least four short fields between one delimiter, and rows of exactly as many fields (quoted
    cells may hold the delimiter and line breaks) making up nearly all of the first lines."""
    import csv
    import io
    import itertools

    window = 64 * 1024
    head = body[:window].decode("utf-8", "replace")
    if head.lstrip()[:1] == "<":
        return None  # HTML or XML
    if len(body) > window:
        head = head[:head.rfind("\n") + 1]  # (a row cut at the window's end is not counted)
    first = head.split("\n", 1)[0]
    for delimiter in _TABLE_DELIMITERS:
        header = next(csv.reader([first], delimiter=delimiter), [])
        if len(header) < _TABLE_MIN_COLUMNS or any(
                not field.strip() or len(field) > _TABLE_HEADER_FIELD_MAX for field in header):
            continue
        try:
            rows = [row for row in itertools.islice(csv.reader(io.StringIO(head), delimiter=delimiter), 1, 41) if row]
        except csv.Error:
            continue
        if len(rows) < 2 or sum(len(row) == len(header) for row in rows) < 0.8 * len(rows):
            continue
        from schemas.project import BY_NAME

        said = {"\t": "tabs", ",": "commas", ";": "semicolons", "|": "'|'"}[delimiter]
        own = [field.strip() for field in header if field.strip() in BY_NAME]
        reason = (f"a table of data ({len(header)} columns separated by {said}, a header line and rows), not a web "
                  f"page: extract reads saved pages (HTML or text)")
        if len(own) >= _TABLE_MIN_COLUMNS:
            reason += ("; its columns are socinv's own: it is a release's table (projects.csv, projects_excel.csv), "
                       "whose projects are published already (`socinv search TEXT`, `socinv explain ID` read them)")
        return reason
    return None


_HEAD_END = re.compile(rb"<body[\s>]|</head\s*>", re.I)
_LINK_OR_META = re.compile(rb"<(link|meta)\b([^>]*)>", re.I)
_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def own_address(body: bytes) -> str | None:
    """The address a saved HTML page gives itself in its <head>: ``<link rel="canonical" href="https://…">``, else
    ``<meta property="og:url" content="https://…">`` (a browser's 'HTML only' save keeps both, and the page's file
    name says nothing of its site); None when it gives no absolute http(s) address."""
    head = body[:256 * 1024]
    end = _HEAD_END.search(head)
    head = head[:end.start()] if end else head
    found: dict[str, str] = {}
    for tag, attributes in _LINK_OR_META.findall(head):
        attrs = {m[0].lower(): (m[1] or m[2] or m[3]) for m in _ATTRIBUTE.findall(attributes)}
        if tag.lower() == b"link" and b"canonical" in attrs.get(b"rel", b"").lower().split():
            found.setdefault("canonical", html.unescape(attrs.get(b"href", b"").decode("utf-8", "replace")))
        elif tag.lower() == b"meta" and attrs.get(b"property", attrs.get(b"name", b"")).lower() == b"og:url":
            found.setdefault("og:url", html.unescape(attrs.get(b"content", b"").decode("utf-8", "replace")))
    for key in ("canonical", "og:url"):
        address = _address(found.get(key))
        if address and re.match(r"^https?://[^/\s]+\.[^/\s]+", address):
            return address
    return None


def _file_url(path: Path) -> str:
    """The saved file's address. A name in another encoding than the system's (Latin-1 bytes from an old Windows
    share: "l\\xe4xhj\\xe4lp.html") has no text form; its odd bytes are percent-encoded, so the URL can be written out."""
    name = str(path.resolve())
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = quote_from_bytes(os.fsencode(name), safe="/")
    return f"file://{name}"


def _mhtml(body: bytes) -> tuple[bytes, str | None] | None:
    """The page of an MHTML file (multipart/related: the HTML part, quoted-printable or base64, and its resources),
    as UTF-8, and the address it was saved from; None when no HTML part is in it."""
    try:
        message = email.message_from_bytes(body, policy=email.policy.compat32)
    except Exception:  # noqa: BLE001 - not MIME after all: read as a page
        return None
    for part in message.walk():
        if part.get_content_type() == "text/html":
            data = part.get_payload(decode=True) or b""
            html = data.decode(_codec(part.get_content_charset()) or "utf-8", "replace")
            saved_from = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return html.encode("utf-8"), _address(saved_from)
    return None


def _webarchive(body: bytes) -> tuple[bytes, str | None] | None:
    """The page of a Safari webarchive (a binary property list: WebMainResource's data, encoding and URL), as
    UTF-8; None when it holds none."""
    try:
        main = plistlib.loads(body).get("WebMainResource") or {}
    except Exception:  # noqa: BLE001 - a damaged archive: refused as binary below
        return None
    data = main.get("WebResourceData")
    if not isinstance(data, bytes) or not data:
        return None
    codec = _codec(main.get("WebResourceTextEncodingName"))
    html = data.decode(codec, "replace") if codec else data.decode("utf-8", "replace")
    return html.encode("utf-8"), _address(main.get("WebResourceURL"))


def _codec(name: str | None) -> str | None:
    """A charset name as Python reads it; ISO-8859-1 as Windows-1252, as browsers do (a page labelled Latin-1 is
    written in Windows-1252: its en dash is 0x96)."""
    if not name:
        return None
    name = name.strip().lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"
    try:
        import codecs

        return codecs.lookup(name).name
    except LookupError:
        return None


def _address(value) -> str | None:
    value = str(value or "").strip()
    return value if value.startswith(("http://", "https://")) else None
