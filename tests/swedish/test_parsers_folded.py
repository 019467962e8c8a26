"""The case-sensitive twins searched in ``fold(text)`` find what their case-blind patterns find in the text: the same
matches at the same places (numbers.NUMBER_START_FOLDED_RE, staffing._LIST_TAIL_FOLDED_RE, targets._AGE_HIT_FOLDED_RE,
money._UNIT_HIT_FOLDED_RE)."""

from __future__ import annotations

import random
import re
import sys
from functools import lru_cache

from pipeline.swedish import money as M
from pipeline.swedish import numbers as N
from pipeline.swedish import staffing as S
from pipeline.swedish import targets as T
from pipeline.swedish._scan import fold, hit_windows, starts, windows

# (plain pattern, its twin on the fold)
_TWINS = [
    (S._LIST_TAIL_RE, S._LIST_TAIL_FOLDED_RE),
    (N.NUMBER_START_RE, N.NUMBER_START_FOLDED_RE),
    (T._AGE_HIT_RE, T._AGE_HIT_FOLDED_RE),
    (M._UNIT_HIT_RE, M._UNIT_HIT_FOLDED_RE),
]


def _all_chars() -> list[str]:
    return [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]


def test_fold_keeps_the_classes_the_twins_read():
    """Over all of Unicode: a character folds to one character, and it is a word character, a blank or a digit
    exactly when its fold is; every character that a case-blind pattern matches to one of the twins' letters folds
    to that letter, and a character that folds to one of them is matched by it."""
    classes = [re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")]
    chars = _all_chars()
    for c in chars:
        f = fold(c)
        assert len(f) == 1, hex(ord(c))
        for rx in classes:
            assert bool(rx.match(c)) == bool(rx.match(f)), (rx.pattern, hex(ord(c)))
    everything = "".join(chars)
    letters = {c for _, twin in _TWINS for c in twin.pattern if c.isalpha()}
    assert {"å", "t", "f", "s", "h", "p"} <= letters
    for ch in sorted(letters):
        matched = {m.group() for m in re.finditer(re.escape(ch), everything, re.I)}
        assert all(fold(c) == ch for c in matched), ch
        assert {c for c in chars if fold(c) == ch} <= matched, ch
    # The other characters the twins match as written (money's ":-"): each matches itself alone, either way.
    for ch in ":-%":
        assert {m.group() for m in re.finditer(re.escape(ch), everything, re.I)} == {ch}, ch
        assert {c for c in chars if fold(c) == ch} == {ch}, ch


_PIECES = (
    "år", "ÅR", "Års ", "åring", "ÅRIGA", "åld", "Ålder", "får", "året", "3", "12", "1 200", "kr", "KR", "Sek", "SEK",
    ":-", "milj", "MIO", "mdr", "tkr", "heltid", "HELTID", "halvtid", "tjänst", "Tjänster", "socialtjänst", "årsarbet",
    "procent", "%", "fte", "FTE", "efter", "fte-", "mån", "månad", "Mån.", "månader", "halvår", "på", "PÅ", "i", "I",
    "om", "50", "5,5", "en", "En", "ett", "tre", "Tre", "ſex", "ſju", "\u212btta", "ÅTTA", "åtta", "tolv", "tjugotre",
    "halv", "Halvannan", "sedan", "elever", "hundra", "tusen", "noll", "nio", "\u0130", "\u0131", "\u017f", "\u212a",
    "x", "_", "-", "–", "(", ")", ",", ".", "é", "Ä",
)


@lru_cache(maxsize=1)
def _texts() -> list[str]:
    from tests.saved_texts import saved_block_texts

    rng = random.Random(11)
    texts = list(_PIECES)
    for _ in range(4000):
        texts.append("".join(rng.choice(_PIECES) + rng.choice(["", " ", "  ", "\n", "\u00a0"])
                             for _ in range(rng.randint(1, 14))))
    return texts + saved_block_texts(60)


def test_twins_find_the_same_matches():
    """Each twin in fold(text) finds the matches its pattern finds in the text, over the whole text and over
    stretches of it (lookbehinds see the text before a stretch in both)."""
    for text in _texts():
        low = fold(text)
        for rx, twin in _TWINS:
            assert [m.span() for m in twin.finditer(low)] == [m.span() for m in rx.finditer(text)], (rx.pattern, text)
            for lo in range(1, len(text), 29):
                hi = min(len(text), lo + 41)
                assert [m.span() for m in twin.finditer(low, lo, hi)] == \
                    [m.span() for m in rx.finditer(text, lo, hi)], (rx.pattern, text, lo)



def test_hit_windows_from_the_twins_as_from_the_patterns():
    """targets' and money's windows around their hits, found by the twins in fold(text), are the windows around the
    plain patterns' hits in the text (and what hit_windows gave)."""
    for text in _texts():
        low = fold(text)
        for rx, twin, keys, before, after in ((T._AGE_HIT_RE, T._AGE_HIT_FOLDED_RE, T._AGE_KEYS, 80, 40),
                                              (M._UNIT_HIT_RE, M._UNIT_HIT_FOLDED_RE, M._UNIT_KEYS, 60, 40)):
            plain = windows(text, rx, before, after)
            assert windows(low, twin, before, after) == plain == hit_windows(text, rx, before, after, low, keys), text


def test_staffing_number_and_list_starts_as_plain():
    """staffing._number_starts and _list_starts, found by the twins, are what the plain patterns on the text give."""
    for text in _texts():
        low = fold(text)
        spans = hit_windows(text, S._HIT_RE, 400, 60, low, S._HIT_KEYS)
        plain = [p for p in starts(text, N.NUMBER_START_RE, spans) if S._NUMBER_SPACE_RE.match(text, p)]
        assert S._number_starts(text, spans, low) == S._number_starts(text, spans) == plain, text
        last_end = -1
        for m in S._LIST_TAIL_RE.finditer(text):
            last_end = m.end()
        has_key = any(k in low for k in S._LIST_KEYS)
        assert S._list_starts(plain, text, low) == (S._before(plain, last_end) if has_key else []), text
