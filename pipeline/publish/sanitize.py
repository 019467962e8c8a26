"""Published text is plain text: markup that a page spelled out in its prose (``&lt;script&gt;``) or that
slipped through extraction is removed before publishing, so no consumer that renders a cell as HTML (a
web viewer, a notebook, a CMS embedding the CSV) ever receives a tag. The page's wording around it is kept.
"""

from __future__ import annotations

import itertools
import json
import re

from pipeline.publish import columns as cols
from schemas.project import FIELDS

# A whole script/style element with its content, then any remaining tag, comment, doctype or processing
# instruction. A tag starts with a letter right after "<" (or "</"), so prose such as "barn < 6 år" survives.
_ELEMENT = re.compile(r"<\s*(script|style|iframe|object|embed|template|noscript)\b[^>]*>.*?<\s*/\s*\1\s*>",
                      re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<![^<>]*>|<\?[^<>]*\?>|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]{2,}")

# Identifiers, URLs and machine fields are not prose.
_SKIP = {"project_id", "source_url", "source_urls", "publisher_code", "municipality_codes", "extractor_version"}
TEXT_FIELDS = tuple(f.name for f in FIELDS if f.type in ("string", "list[string]") and f.name not in _SKIP)


def strip_markup(text: str) -> str:
    if "<" not in text and not _CONTROL.search(text):
        return text
    cleaned = _TAG.sub(" ", _ELEMENT.sub(" ", text))
    cleaned = _CONTROL.sub("", cleaned)
    return _SPACES.sub(" ", cleaned).strip() if cleaned != text else text


def _clean(value):
    if isinstance(value, str):
        return strip_markup(value)
    if isinstance(value, list):
        return [strip_markup(v) if isinstance(v, str) else v for v in value]
    return value


def clean_evidence(evidence: str | None) -> str | None:
    """Evidence is JSON of snippets: clean the snippets, never the JSON's own structure."""
    if not evidence or "<" not in evidence:
        return evidence
    try:
        data = json.loads(evidence)
    except ValueError:
        return strip_markup(evidence)

    def walk(v):
        if isinstance(v, str):
            return strip_markup(v)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        return v

    return json.dumps(walk(data), ensure_ascii=False)


def _clean_field(name: str, value):
    return clean_evidence(value) if name == "evidence" else _clean(value)


def clean_row(row: dict) -> dict:
    """Strip markup from every prose field of a project (or sources) row, in place."""
    for name in TEXT_FIELDS:
        value = row.get(name)
        if value is None:
            continue
        row[name] = _clean_field(name, value)
    return row


# Text that any cleaning above could change has a "<" or a control character; text without either is
# returned as it is by strip_markup and clean_evidence alike.
_SUSPECT = re.compile(r"[<\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _texts_of(values: list) -> list[str]:
    """Every string of a column: its string cells and the string items of its list cells."""
    texts = [v for v in values if isinstance(v, str)]
    for v in values:
        if isinstance(v, list):
            texts.extend(x for x in v if isinstance(x, str))
    return texts


def _column_text(values: list) -> str:
    """All the text of a column in one string (joined with "\n", which is neither "<" nor a control character
    that _SUSPECT matches). Joined in C for a column of strings or of lists of strings, which is what they are."""
    try:
        return "\n".join(filter(None, values))
    except TypeError:
        pass
    try:  # lists of strings (a string among them is joined letter by letter: the same characters)
        return "\n".join(itertools.chain.from_iterable(filter(None, values)))
    except TypeError:
        return "\n".join(_texts_of(values))


def _may_need_cleaning(values: list) -> bool:
    # one regex scan over the whole column instead of one per cell: columns are almost always clean
    return _SUSPECT.search(_column_text(values)) is not None


def clean_rows(rows: list[dict]) -> list[dict]:
    """``clean_row`` on every row, in place, column by column: a column without any "<" or control character
    is skipped as a whole (the same result, without a Python call per cell)."""
    columns = cols.columns_of(rows, TEXT_FIELDS)
    for name in TEXT_FIELDS:
        values = columns[name]
        if not _may_need_cleaning(values):
            continue
        for r, value in zip(rows, values):
            if value is not None:
                r[name] = _clean_field(name, value)
    return rows
