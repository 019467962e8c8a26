"""Pages written in letters that case-blind patterns read as other letters: extraction must not crash on them.

Python's IGNORECASE matches "ı" (dotless i) and "İ" as "i", "ſ" (long s) as "s", "K" (Kelvin sign) as "k"; a
word found that way and then looked up lower-cased ("januarı", "ſeptember", "Tıd:") was a KeyError on the page.
Every saved page is read with each such substitution made throughout, and in upper case."""

from __future__ import annotations

import functools
import re

import pytest

from pipeline.extract import extract_page

_VARIANTS = {
    "dotless i": lambda t: t.replace("i", "\u0131"),
    "dotted capital I": lambda t: t.replace("I", "\u0130").replace("i", "\u0130"),
    "long s": lambda t: t.replace("s", "\u017f"),
    "kelvin k": lambda t: t.replace("k", "\u212a"),
    "upper case": str.upper,
}


_TEXT = re.compile(r">([^<]+)<")


@functools.cache
def _pages() -> list[tuple[str, str]]:
    from pipeline.benchmarks.extract_speed import saved_pages

    return [(url, body.decode("utf-8", "replace")) for url, body in saved_pages()]


@pytest.mark.parametrize("variant", sorted(_VARIANTS))
def test_saved_pages_in_odd_letters_extract_without_error(variant):
    change = _VARIANTS[variant]
    for url, html in _pages():
        text_only = _TEXT.sub(lambda m: ">" + change(m.group(1)) + "<", html)  # the markup stays as written
        records = extract_page(text_only.encode("utf-8"), url, "text/html")
        assert isinstance(records, list)
