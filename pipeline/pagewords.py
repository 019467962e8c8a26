"""Words (and bytes) that mark a page as no page at all, shared by the crawler (``crawlers/pagechecks.py``) and the
extractor (``pipeline.extract``). A module of its own so the crawler does not import the whole extractor to read them."""

from __future__ import annotations

import re

# A "soft 404": an error page served with status 200. Its words are no project, whatever else the page holds.
NOT_FOUND_PAGE = re.compile(
    r"sidan (du söker |du letar efter )?(kunde inte hittas|finns inte|hittades inte|saknas)|hittar inte sidan|"
    r"page not found|\b404\b|felaktig länk", re.I)


# Control bytes other than tab, line feed, form feed and carriage return: text has almost none.
_CONTROL = bytes(sorted(set(range(0, 9)) | {11} | set(range(14, 32)) | {127}))


def looks_binary(body: bytes, sample: int = 8192) -> bool:
    """More than 2 % control bytes in the first ``sample`` bytes: not a text page (one stray NUL is not enough).

    The crawler refuses such a 200 (``binary-as-html``) and ``socinv extract`` such a saved file, by the same rule."""
    head = body[:sample]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False  # a byte-order mark: UTF-16/UTF-8 text
    if not head:
        return False
    if utf16_without_bom(head):
        return False
    bad = len(head) - len(head.translate(None, _CONTROL))  # control bytes, counted in C
    if bad / len(head) <= 0.02:
        return False
    if bad == head.count(0):
        # only NUL bytes (a preallocated or half-written file padded with them; binary formats hold other control
        # bytes too): judged by what is between them
        rest = body.replace(b"\x00", b"")[:sample]
        return bool(rest) and looks_binary(rest, sample)
    return True


# The first bytes of the binary formats a server or a CMS's download address may label text/html.
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
               (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
               (b"\x00\x00\x01\x00", "an icon"), (b"PK\x03\x04", "a zip file (or a Word/Excel document)"),
               (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
               (b"Rar!\x1a\x07", "a RAR archive"), (b"wOFF", "a web font"), (b"wOF2", "a web font"),
               (b"SQLite format 3\x00", "an SQLite database"), (b"OggS", "an Ogg file"), (b"ID3", "an MP3 file"))


def binary_kind(body: bytes) -> str | None:
    """What a body that is no text is ("a PNG image", … "binary data"), by its first bytes or its control bytes
    (``looks_binary``); None for text. Whatever its Content-Type said: a CMS serves downloads as text/html too."""
    for magic, kind in _SIGNATURES:
        if body.startswith(magic):
            return kind
    if body[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ") or (body[:4] == b"RIFF" and body[8:12] in (b"WEBP", b"WAVE", b"AVI ")):
        return "an image, audio or video file"
    return "binary data" if looks_binary(body) else None


# A long run of blanks and line ends (a template loop printing empty rows): shown as one blank, read as one line end.
# (No NUL: UTF-16 text has one in every blank.)
BLANK_RUN = re.compile(rb"[ \t\r\n\f]{1024,}")


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-be" or "utf-16-le" when every other byte of the start is NUL (a mostly ASCII text saved as UTF-16
    without its byte-order mark), else None."""
    even, odd = head[0:1024:2], head[1:1024:2]
    if len(odd) < 8:
        return None
    zero_even, zero_odd = even.count(0), odd.count(0)
    if zero_even >= len(even) // 2 and zero_odd <= len(odd) // 50:
        return "utf-16-be"
    if zero_odd >= len(odd) // 2 and zero_even <= len(even) // 50:
        return "utf-16-le"
    return None
