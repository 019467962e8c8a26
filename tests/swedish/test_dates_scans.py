"""The period parser's patterns written for re's fast search (one leading set of characters) find what their plain
forms find, the status patterns tried only at their first words find what a search finds, and the plain ranges
("2021–2023", "2022-08-15 – 2025-06-13") read directly give what the general path gives."""

from __future__ import annotations

import random
import re

from pipeline.swedish import dates as D
from pipeline.swedish._scan import fold, search_at
from tests.swedish.test_dates_shortcuts import _texts

# The patterns as first written (alternatives tried at every position).
PLAIN_BOUNDARY_RE = re.compile(
    r"[.!?](?=\s+[A-ZÅÄÖ\"”'«(-])|\n\s*\n|\n(?=\s*[-•*]|\s*[A-ZÅÄÖ][\wåäö -]{0,40}:)",
)
PLAIN_DIGIT_RUN_RE = re.compile(r"\d+")
PLAIN_PREFIX_BARRIER_REV_RE = re.compile(r"[^\w\s:,.]|\.(?![romtaROMTA])")

ALPHABET = list(".!?\n \t\r\u00a0\u2003-•*:\"”'«(,;aAzZåÅÄÖé0123456789\u0660\u0967\uff11_romtaROMTA") + [
    "Projekt:", "\n\n", " \n \n", ". Det", "\n- ", "\nTid: ", "\nEtt mycket långt namn på en etikett som: "]


def _soups(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def _inputs() -> list[str]:
    texts = _texts()
    return texts + [t.upper() for t in texts[:500]] + _soups(5000, 3)


def test_sentence_breaks_as_the_plain_pattern():
    for text in _inputs():
        assert [m.span() for m in D._BOUNDARY_RE.finditer(text)] == \
            [m.span() for m in PLAIN_BOUNDARY_RE.finditer(text)], text


def test_runs_of_digits_as_the_plain_pattern():
    for text in _inputs():
        assert [m.span() for m in D._DIGIT_RUN_RE.finditer(text)] == \
            [m.span() for m in PLAIN_DIGIT_RUN_RE.finditer(text)], text


def test_prefix_barrier_as_the_plain_pattern_from_every_position():
    for text in _inputs()[::3]:
        for pos in range(len(text) + 1):
            for end in (len(text), min(len(text), pos + 5)):
                fast, plain = D._PREFIX_BARRIER_REV_RE.search(text, pos, end), \
                    PLAIN_PREFIX_BARRIER_REV_RE.search(text, pos, end)
                assert (fast and fast.span()) == (plain and plain.span()), (text, pos, end)


STATUS_PHRASES = [
    "avslutades", "avslutats", "avslutat", "avslutad", "avslutade", "pågick", "genomfördes", "slutfördes",
    "upphörde", "har upphört", "har\n upphört", "startar", "påbörjas", "inleds", "börjar", "planeras",
    "kommer att starta", "ska påbörjas", "skall inledas", "ska börja", "kommer att komma igång",
    "skall  komma igång",
    "pågår", "startade", "startat", "påbörjades", "påbörjats", "inleddes", "inletts", "började", "pågått",
    "Projektet", "har", "ska", "kommer", "att", "start", "starta", "komma", "igång", "upphört", "ej", " ", "\n", ".",
    "-", "İ", "ſ", "K", "x",
]


def test_status_patterns_tried_at_their_first_words_find_what_search_finds():
    rng = random.Random(11)
    texts = list(STATUS_PHRASES) + _texts()
    for _ in range(6000):
        texts.append(rng.choice(["", " ", "x", "-", "Ä"]).join(
            rng.choice(STATUS_PHRASES) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 8))))
    checked = 0
    for text in texts:
        for variant in (text, text.upper(), text.title()):
            low = fold(variant)
            for rx, starts in D._STATUS_STARTS.items():
                plain = rx.search(variant) is not None
                assert search_at(rx, variant, low, starts) == plain, (variant, rx.pattern)
                checked += plain
    assert checked > 5000
    assert set(D._STATUS_STARTS) == {rx for _, _, rx in D._STATUS_RES}


def _fast_and_general(text: str) -> tuple[object, object, bool]:
    m = D._PLAIN_RANGE_RE.fullmatch(text)
    return D.parse_period(text), D._parse_period(text, fold(text)), m is not None and D._plain_range(m) is not None


def test_plain_year_ranges_read_as_the_general_path_reads_them():
    """Every pair of years of every separator (and years just outside the range)."""
    fast_taken = 0
    for sep in ("-", "–", " - ", " – "):
        for y1 in range(1988, 2103):
            for y2 in range(1988, 2103):
                text = f"{y1}{sep}{y2}"
                fast, general, taken = _fast_and_general(text)
                assert fast == general, text
                fast_taken += taken
    assert fast_taken == 4 * 111 * 112 // 2


def test_plain_day_ranges_read_as_the_general_path_reads_them():
    rng = random.Random(5)
    fast_taken = 0
    for _ in range(30000):
        y1, y2 = rng.choice([rng.randint(1990, 2100), rng.randint(2015, 2030)]), rng.randint(2015, 2030)
        m1, m2 = (rng.choice([rng.randint(0, 19), rng.randint(1, 12)]) for _ in range(2))
        d1, d2 = (rng.choice([rng.randint(0, 39), rng.randint(1, 28)]) for _ in range(2))
        sep = rng.choice(["–", " - ", " – ", " till och med ", "-", " till ", " TILL OCH MED "])
        text = f"{y1}-{m1:02d}-{d1:02d}{sep}{y2}-{m2:02d}-{d2:02d}"
        fast, general, taken = _fast_and_general(text)
        assert fast == general, text
        fast_taken += taken
    assert fast_taken > 2000
    for text in ("2024-02-29 – 2024-02-29", "2023-02-29 – 2024-02-29", "2100-12-31 till och med 2100-12-31",
                 "1990-01-01 - 1990-01-01", "2021-03-01 till och med 2021-02-28", "2021-12-31–2022-01-01"):
        fast, general, _ = _fast_and_general(text)
        assert fast == general, text
