"""Case-blind cue patterns searched through their case-sensitive twins on folded text (segment._found) find what
the patterns find."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.extract.segment  # noqa: F401 - loads the module (pipeline.extract re-exports the function)
from pipeline.swedish._scan import fold
from tests.saved_texts import saved_page_blocks

segment_mod = sys.modules["pipeline.extract.segment"]  # pipeline.extract re-exports the function segment()

_PATTERNS = {
    "social": (segment_mod.SOCIAL_DOMAIN, segment_mod._SOCIAL_DOMAIN_FOLDED),
    "list context": (segment_mod._LIST_CONTEXT, segment_mod._LIST_CONTEXT_FOLDED),
    "page title": (segment_mod._GENERIC_PAGE_TITLE, segment_mod._GENERIC_PAGE_TITLE_FOLDED),
}


def _all_chars() -> list[str]:
    return [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]


def test_patterns_are_lower_case_literals_in_the_allowed_forms():
    """What ``_found`` rests on: each pattern is IGNORECASE, written in lower case, and made only of letters,
    spaces, alternatives, groups, optional parts, ``^``, ``$``, ``\\b`` and ``(?<!\\w)``; its twin is the same
    pattern without IGNORECASE."""
    for name, (rx, twin) in _PATTERNS.items():
        assert rx.flags & re.I and not twin.flags & re.I, name
        assert twin.pattern == rx.pattern and (rx.flags & ~re.I) == twin.flags, name
        rest = rx.pattern.replace(r"(?<!\w)", "").replace(r"\b", "")
        assert all(c.isalpha() and c == c.lower() or c in " |()?^$" for c in rest), (name, rest)


def test_fold_keeps_length_and_word_characters():
    """Over all of Unicode: one character folds to one, a word character to a word character, any other to
    another; and every character an IGNORECASE pattern matches to one of the patterns' letters folds to it."""
    word = re.compile(r"\w")
    chars = _all_chars()
    for c in chars:
        f = fold(c)
        assert len(f) == 1 and bool(word.match(c)) == bool(word.match(f)), hex(ord(c))
    everything = "".join(chars)
    letters = {c for rx, _ in _PATTERNS.values() for c in rx.pattern if c.isalpha() or c == " "}
    for ch in sorted(letters):
        for m in re.finditer(re.escape(ch), everything, re.I):
            assert fold(m.group()) == ch, (ch, m.group())


def _check(text: str) -> None:
    for name, (rx, twin) in _PATTERNS.items():
        assert segment_mod._found(rx, twin, text) == bool(rx.search(text)), (name, text)
    assert segment_mod._is_list_context(text) == bool(segment_mod._LIST_CONTEXT.search(text)), text
    assert segment_mod.is_generic_page_title(text) == (not text or bool(segment_mod._GENERIC_PAGE_TITLE.search(text)))


_WRITTEN = [
    "", "barn", "BARN", "Barnen", "xbarn", "_barn", "9barn", "-barn", "ſocial", "SOCIAL", "Fysisk aktivitet",
    "fysisk  aktivitet", "Pågående projekt", "PÅGÅENDE", "Avslutade satsningar", "Tidigare insatser", "Projekt",
    "Projekten", "projekten ", "Sociala investeringar", "Social investering", "socialainvesteringar",
    "Mål och budget 2024", "Budget", "Om budget", "Välkommen", "Hej och välkommen", "Lediga jobb", "Nyheter",
    "Seminarium: Sociala investeringar", "Vad är sociala investeringar?", "Konferens", "\u0130NTEGRAT\u0130ON",
    "\u0131ntegration", "\u212aRIMINAL", "Läxhjälp i Gottsunda", "Arbetsmarknad\nProjekt", "Äldre\u00a0boende",
    "Ensamkommande", "män och kvinnor", "MÄN", "Beviljade medel", "Fördelning av medel", "Finansierade projekt",
]


def test_found_on_written_and_saved_texts():
    texts = list(_WRITTEN)
    texts += [b.text for blocks in saved_page_blocks() for b in blocks]
    for text in texts:
        _check(text)


_PIECES = ["barn", "Barn", "BARN", "unga", "fysisk", "aktivitet", "social", "ocial", "s", "\u017f", "\u0130", "\u0131",
           "\u212a", "projekt", "Projekt", "en", "pågående", "Avslutade", "satsningar", "investering", "sociala", "budget",
           "^", "$", " ", "  ", "\n", "\t", "_", "x", "ö", "Å", "9", "-", ":", "?", "välkommen", "arkiv", "män", "läs",
           "ΣΑΣ", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_found_on_generated_text(text):
    _check(text)
