"""Swedish number words and digit strings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish.numbers import NUMBER_PATTERN, NUMBER_WORD_PATTERN, parse_decimal, parse_number, parse_number_word

WORDS = [
    ("noll", 0), ("en", 1), ("ett", 1), ("två", 2), ("tre", 3), ("fyra", 4), ("fem", 5), ("sex", 6),
    ("sju", 7), ("åtta", 8), ("nio", 9), ("tio", 10), ("elva", 11), ("tolv", 12), ("tretton", 13),
    ("fjorton", 14), ("femton", 15), ("sexton", 16), ("sjutton", 17), ("arton", 18), ("aderton", 18),
    ("nitton", 19), ("tjugo", 20), ("trettio", 30), ("fyrtio", 40), ("femtio", 50), ("sextio", 60),
    ("sjuttio", 70), ("åttio", 80), ("nittio", 90), ("hundra", 100), ("etthundra", 100), ("tusen", 1000),
    ("tjugotre", 23), ("trettiofem", 35), ("tvåhundra", 200), ("tjugoen", 21), ("sextiosex", 66),
    ("tvåhundrafemtio", 250), ("tretusen", 3000), ("ettusen", 1000), ("etttusen", 1000),
    ("tvåtusenfemhundratjugotre", 2523), ("femhundratusen", 500_000),
    ("halv", 0.5), ("en halv", 0.5), ("ett halvt", 0.5), ("en och en halv", 1.5),
    ("ett och ett halvt", 1.5), ("två och en halv", 2.5), ("halvannan", 1.5),
    ("ÅTTA", 8), ("Tjugo", 20), ("  tre  ", 3), ("två hundra", 200),
]

NOT_WORDS = ["", " ", "x", "entre", "tiotre", "hundrahundra", "tusentusen", "sexa", "ettan", "dussin",
             "tre fyra", "miljon", "och", "halvtid", "åttor"]


@pytest.mark.parametrize("word,expected", WORDS)
def test_number_word(word, expected):
    assert parse_number_word(word) == expected


@pytest.mark.parametrize("word", NOT_WORDS)
def test_not_a_number_word(word):
    assert parse_number_word(word) is None


NUMBERS = [
    ("1 400", 1400), ("1\u00a0400", 1400), ("1\u202f400", 1400), ("1\u2009400", 1400),
    ("1 200 000", 1_200_000), ("1,2", 1.2), ("2,5", 2.5), ("1.5", 1.5), ("14", 14), ("0", 0),
    ("åtta", 8), ("tjugo", 20), ("1.200.000", 1_200_000), ("1.200", 1200), ("12.000", 12_000),
    ("0.500", 0.5), ("1 200,50", 1200.5), ("1.200,5", 1200.5), ("  14 ", 14), ("en och en halv", 1.5),
]

NOT_NUMBERS = ["", "abc", "1 2345", "12 åtta", "1,2,3", "14 kr", "-", "1-2", "2014–2018", "20%", "x1", "1x"]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_none(text):
    assert parse_number(text) is None


def test_decimal_is_exact():
    assert str(parse_decimal("0,000001")) == "0.000001"
    assert parse_decimal("1 234 567,89") * 100 == 123456789


def test_pattern_finds_numbers_in_prose():
    text = "Kostar 1 200 000 kr och åtta miljoner, 2,5 år, sextio barn, tjugotre; portion, sexan."
    assert [m.group() for m in re.finditer(NUMBER_PATTERN, text)] == [
        "1 200 000", "åtta", "2,5", "sextio", "tjugotre"]


def test_pattern_has_no_named_groups():
    assert re.compile(NUMBER_PATTERN).groupindex == {}
    assert re.compile(NUMBER_WORD_PATTERN).groupindex == {}
    # embeddable twice in one pattern
    assert re.fullmatch(rf"{NUMBER_PATTERN}–{NUMBER_PATTERN}", "2–3")


def test_word_pattern_matches_inside_compounds():
    m = re.match(rf"({NUMBER_WORD_PATTERN})årigt", "fyraårigt")
    assert m and m.group(1) == "fyra"


@given(st.integers(min_value=0, max_value=999_999))
@settings(max_examples=150, deadline=None)
def test_digits_round_trip(n):
    grouped = f"{n:,}".replace(",", " ")
    assert parse_number(str(n)) == n
    assert parse_number(grouped) == n
    assert parse_number(grouped.replace(" ", "\u00a0")) == n


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_parse_number_never_raises(text):
    parse_number(text)
    parse_number_word(text)


def test_head_gates_change_no_match():
    """The number-word patterns begin with a lookahead on the head words (numbers._head_gate), and
    NUMBER_START_RE uses it too; inside, the grammar's guards (numbers._grammar) look ahead for "hundra", "tusen"
    and "och": the same matches as the plain grammar at every position, in any case mix,
    including letters that match case-blind without being a-z ("ſ", the Ångström and Kelvin signs, "İ")."""
    import random

    from pipeline.swedish import numbers as n

    w_number, w_half = n._grammar(guards=False)
    plain_number = re.compile(
        rf"(?:(?<![\d\w])(?<!\d[.,])(?:{n._DIGITS})|(?<!\w)(?i:{w_half}|{w_number})(?!\w))")
    plain_word = re.compile(rf"(?i:{w_number})")
    pairs = [(plain_number, re.compile(NUMBER_PATTERN)), (plain_word, re.compile(NUMBER_WORD_PATTERN)),
             (re.compile(plain_number.pattern, re.I), re.compile(NUMBER_PATTERN, re.I)),
             (re.compile(rf"(?<!\w){plain_word.pattern}årig", re.I),
              re.compile(rf"(?<!\w){NUMBER_WORD_PATTERN}årig", re.I)),
             # a tail that makes the embedding pattern backtrack into the number
             (re.compile(rf"{plain_number.pattern}\s*(?:och\s+\w+|kr|år)", re.I),
              re.compile(rf"{NUMBER_PATTERN}\s*(?:och\s+\w+|kr|år)", re.I))]
    words = [w for w, _ in WORDS] + NOT_WORDS + [
        "ſex", "ſju", "\u212bttio", "\u212btta", "tuſen", "halvannat", "halvt", "halvår", "ha", "hu", "et", "e", "t",
        "TJUGOTRE", "sEXTON", "Etthundra", "ad", "ar", "arbete", "som", "projekt", "tillsammans", "nu", "nittionio",
        "sedan", "elever", "har", "enligt", "sjukvård", "femte", "hundratals", "tiotal", "ettor", "ETT", "Tjugu", "ti",
        "nit", "åt", "fyrtiofyra", "tusentals", "NOLL", "Halv", "aderton", "arto", "femhundra", "TVÅTUSEN",
        "ettusen", "etthundratjugo", "tretusenfemhundra", "sexhundratusen", "hundratusen", "en och en halv",
        "två OCH ett halvt", "tre och", "tusen och en", "kr", "år", "OCH",
        "\u0130", "\u212a", "1", "12", "1 200", "3,5", "2024", "1.200.000", "årig", "åringar", "och", "en halv"]
    rnd = random.Random(7)
    for _ in range(3000):
        seps = ["", " ", " ", "-", ", ", "\n"]
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 8)))
        for plain, gated in pairs:
            for i in range(len(text) + 1):
                a, b = plain.match(text, i), gated.match(text, i)
                assert (a and a.span()) == (b and b.span()), (gated.pattern[:30], text, i)


def test_plain_digits_shortcut():
    """parse_decimal reads plain ASCII digits directly: the same value as the full path (the pattern accepts them
    and _digits_to_decimal reads them), leading zeros and long runs included; other digits take the full path."""
    import random

    from pipeline.swedish import numbers as n

    rnd = random.Random(3)
    cases = ["0", "00", "007", "15", "2024", "9" * 200, "1" + "0" * 199] + [
        "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 60))) for _ in range(500)]
    for t in cases:
        assert n._NUMBER_RE.fullmatch(t)
        assert parse_decimal(t) == n._digits_to_decimal(t) and str(parse_decimal(t)) == str(n._digits_to_decimal(t))
        assert parse_number(f" {t}\n") == float(n._digits_to_decimal(t))
    assert parse_decimal("9" * 201) is None
    assert parse_decimal("\u0663") == n._digits_to_decimal("\u0663")  # Arabic-Indic three: not ASCII, full path
