"""Checks on a fetched page before discovery reads it: what a hostile or broken server may send with a 200.

Each returns a reason name (counted in crawl_stats.json, reported by ``socinv reliability``) or None:

* refusals (the page is archived as ``kind: rejected`` and neither classified nor extracted): ``empty-page``,
  ``binary-as-html`` (bytes that are not text, labelled text/html);
* ``soft-404``: a 200 whose title or main heading says the page does not exist ("Sidan kunde inte hittas");
  archived as a page that is not a candidate, its links not followed;
* notes (the page is kept and read as usual): ``encoding-undeclared``, ``encoding-mismatch`` (the declared
  charset is not what the bytes are), ``encoding-legacy`` (ISO-8859-1/Windows-1252, declared), ``unclosed-html`` (cut off before ``</html>``), ``prompt-like-text``
  (text addressed to a language model: it stays plain text, nothing in it is acted on), ``slow-response``.
"""

from __future__ import annotations

import re

from pipeline.pagewords import NOT_FOUND_PAGE, looks_binary


def refusal(body: bytes) -> str | None:
    if not body.strip():
        return "empty-page"
    if looks_binary(body):
        return "binary-as-html"
    return None


def soft_404(title: str, heading: str = "") -> bool:
    return any(NOT_FOUND_PAGE.search(t or "") for t in (title, heading))


_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_CHARSET_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_SINGLE_BYTE = ("iso-8859-1", "latin-1", "latin1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15", "us-ascii",
                "ascii")


def declared_charset(body: bytes, content_type: str) -> str | None:
    m = _CHARSET_HEADER.search(content_type or "")
    if m:
        return m.group(1).lower()
    m = _CHARSET_META.search(body[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def encoding_note(body: bytes, content_type: str) -> str | None:
    try:
        body.decode("ascii")
        return None  # plain ASCII reads the same in every charset
    except UnicodeDecodeError:
        pass
    if body.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None
    try:
        body.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    declared = declared_charset(body, content_type)
    if declared is None:
        return "encoding-undeclared"
    if declared in ("utf-8", "utf8") and not utf8:
        return "encoding-mismatch"
    if declared in _SINGLE_BYTE and utf8:
        return "encoding-mismatch"  # multi-byte UTF-8 labelled as a single-byte charset: mojibake if believed
    if declared in _SINGLE_BYTE:
        return "encoding-legacy"  # honestly labelled ISO-8859-1/Windows-1252: read as declared
    return None


def unclosed(body: bytes) -> bool:
    return b"</html" not in body[-4096:].lower()


_PROMPT = re.compile(
    r"ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts?)|"
    r"ignorera (alla )?(tidigare|föregående|ovanstående) (instruktioner|anvisningar)|"
    r"\byou are (now )?(an? )?(ai|assistant|language model|chatbot|llm)\b|"
    r"\bdu är (nu )?en (ai|ai-assistent|språkmodell|chattbot)\b|system ?prompt|"
    r"as an ai language model|new instructions:|nya instruktioner:", re.I)


# Every alternative of _PROMPT holds one of these words: a page with none of them (nearly all) needs no regex.
_PROMPT_WORDS = ("instructions", "instruktioner", "anvisningar", "prompt", "you are", "du är", "language model")


def prompt_like(text: str) -> bool:
    low = (text or "").lower()
    if not any(w in low for w in _PROMPT_WORDS):
        return False
    return bool(_PROMPT.search(text))
