"""Run expensive regexes only near cheap keyword hits.

Why: patterns that start with a number (digits or Swedish number words) are
tried at every word of a page. Every such pattern also needs a keyword ("kr",
"heltid", "år" …), so scanning merged windows around the keyword hits gives
the same matches for a fraction of the cost on long pages.
"""

from __future__ import annotations

import re
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
