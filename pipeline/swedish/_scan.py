"""Run expensive regexes only near cheap keyword hits.

Why: patterns that start with a number (digits or Swedish number words) are
tried at every word of a page. Every such pattern also needs a keyword ("kr",
"heltid", "år" …), so scanning merged windows around the keyword hits gives
the same matches for a fraction of the cost on long pages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator


def windows(text: str, hit_re: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) spans around every hit of ``hit_re``."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in hit_re.finditer(text):
        lo, hi = max(0, m.start() - before), min(n, m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def finditer_near(rx: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``rx.finditer`` restricted to the spans (lookbehinds still see the text
    before a span; a match must contain a hit, so spans end well after it)."""
    for lo, hi in spans:
        yield from rx.finditer(text, lo, hi)


def starts(text: str, start_re: re.Pattern[str], spans: list[tuple[int, int]] | None = None) -> list[int]:
    """Sorted positions where ``start_re`` matches: a cheap superset of where some dearer patterns can start.

    With ``spans`` (sorted, disjoint), only the positions inside them, which is all that ``finditer_at`` over those
    spans uses; the same positions as without, since ``\\b`` and lookbehinds still see the text before a span.
    ``start_re`` must match a single character.
    """
    if spans is None:
        return [m.start() for m in start_re.finditer(text)]
    return [m.start() for lo, hi in spans for m in start_re.finditer(text, lo, hi)]


def finditer_at(rx: re.Pattern[str], text: str, spans: list[tuple[int, int]],
                positions: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``finditer_near(rx, text, spans)``, trying ``rx`` only at ``positions``.

    ``positions`` (sorted) must hold every position where ``rx`` can start a match (e.g. every start of a
    number for a pattern that begins with one); then the leftmost non-overlapping matches are the same,
    found without running the pattern at every character. ``rx`` must not match the empty string.
    """
    if not positions:
        return
    for lo, hi in spans:
        i = bisect_left(positions, lo)
        pos = lo
        while i < len(positions):
            p = positions[i]
            if p >= hi:
                break
            i += 1
            if p < pos:
                continue
            m = rx.match(text, p, hi)
            if m is not None:
                yield m
                pos = m.end()


# Python's re.IGNORECASE matches a character to a letter when their simple lower cases agree, and also "İ"/"ı" to
# "i" and "ſ" to "s" (checked over all of Unicode for a-z, å, ä, ö, é). Mapping those three first makes
# ``fold(text)`` hold ``k`` wherever an IGNORECASE pattern can match the lower-case keyword ``k`` in ``text``: a
# keyword missing from ``fold(text)`` is a pattern that cannot match, a cheap test before running it.
_FOLD_SPECIAL = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def find_all(haystack: str, needle: str) -> list[int]:
    """Every position of ``needle`` in ``haystack``, overlapping ones too (str.find in C, no pattern)."""
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def folded_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without IGNORECASE, to run on ``fold(text)`` instead of ``rx`` on ``text``: a case-blind pattern written
    in lower case matches where its case-bound twin matches the fold (same length, position for position; what each
    caller's patterns may hold is checked over all of Unicode in tests/test_segment_folded.py and
    tests/test_document_walk.py), and case-blind matching slows every alternative down."""
    assert rx.flags & re.I and rx.pattern == rx.pattern.lower(), rx.pattern
    return re.compile(rx.pattern, rx.flags & ~re.I)


def search_at(rx: re.Pattern[str], text: str, low: str, starts: tuple[str, ...]) -> bool:
    """``bool(rx.search(text))`` for an IGNORECASE ``rx`` whose every match begins with one of the lower-case
    ``starts``: tried only where ``low`` (``fold(text)``, as long as ``text``) holds one (found with str.find),
    not at every character (``match`` at a position still sees the text before it, for ``\\b`` and lookbehinds)."""
    for k in starts:
        i = low.find(k)
        while i >= 0:
            if rx.match(text, i):
                return True
            i = low.find(k, i + 1)
    return False


def fold(text: str) -> str:
    """``text`` lower-cased for keyword pre-checks of IGNORECASE patterns (see above)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD_SPECIAL)
    return text.lower()


def has_any(folded: str, keywords: tuple[str, ...]) -> bool:
    """Whether ``folded`` holds one of ``keywords`` (a plain loop: it runs very often, and any() over a generator
    costs more for a few keywords)."""
    for k in keywords:
        if k in folded:
            return True
    return False


def hit_windows(text: str, hit_re: re.Pattern[str], before: int, after: int, folded: str,
                keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """``windows(text, hit_re, before, after)`` for an IGNORECASE ``hit_re`` whose every match starts with one
    of the lower-case ``keys``: the pattern is tried only where ``folded`` (``fold(text)``) holds a key, found
    with ``str.find``, instead of at every character."""
    cands: set[int] = set()
    for k in keys:
        i = folded.find(k)
        while i >= 0:
            cands.add(i)
            i = folded.find(k, i + 1)
    spans: list[tuple[int, int]] = []
    n = len(text)
    end = 0
    for p in sorted(cands):
        if p < end:
            continue  # inside the previous hit, as finditer would skip it
        m = hit_re.match(text, p)
        if m is None or m.end() == m.start():
            continue
        end = m.end()
        lo, hi = max(0, m.start() - before), min(n, m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans
