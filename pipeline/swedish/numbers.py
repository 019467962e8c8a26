"""Swedish numbers written as digits or as words.

Why: municipal pages write amounts, durations, ages and head counts both with
Swedish digit conventions ("1 200 000", "1,5", "1.200.000") and as words
("åtta", "tjugotre", "en och en halv"). Every other parser in this package
builds on the one definition of a number kept here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pipeline.swedish._scan import fold

__all__ = [
    "NUMBER_PATTERN",
    "NUMBER_START_FOLDED_RE",
    "NUMBER_WORD_FIRSTS",
    "NUMBER_WORD_PATTERN",
    "parse_decimal",
    "parse_number",
    "parse_number_word",
]

_UNITS: dict[str, int] = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4,
    "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
}
_TEENS: dict[str, int] = {
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "aderton": 18,
    "nitton": 19,
}
_TENS: dict[str, int] = {
    "tjugo": 20, "tjugu": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
    "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
}


def _alt(words: object) -> str:
    """Regex alternation, longest first so "sexton" wins over "sex"."""
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


# A grammar (not a bag of morphemes) so the regex cannot backtrack
# exponentially on long letter runs and only accepts real Swedish numerals.
_W_UNIT = _alt(_UNITS)
_W_BELOW_100 = rf"(?:(?:{_alt(_TENS)})(?:{_W_UNIT})?|{_alt(_TEENS)}|{_W_UNIT})"


def _grammar(guards: bool = True) -> tuple[str, str]:
    """The number-word grammar: the patterns of a number (``_W_NUMBER``) and of one with a half or a quarter
    (``_W_HALF``: "en och en halv", "en kvarts miljon", "trekvarts").

    With ``guards``, an alternative that needs a later part of the word is entered only when a lookahead finds
    that part: "hundra" or "tusen" further on in the word, or "och" after it. Why: otherwise a plain "en" or
    "två" is read through the whole grammar three more times (the "tusen" and "och" alternatives come first)
    before the short alternative matches. Every match of such an alternative passes its lookahead (number words
    are word characters, and "\\s+och" follows the whole word), so the matches are the same, found in the same
    order of trying.
    """
    hundred, thousand, half = (r"(?=\w*?hundra)", r"(?=\w*?tusen)", r"(?=\w+\s+och\s)") if guards else ("", "", "")
    below_1000 = rf"(?:{hundred}(?:{_W_UNIT})?hundra{_W_BELOW_100}?|{_W_BELOW_100})"
    number = rf"(?:{thousand}(?:{below_1000}|et)?tusen{below_1000}?|{below_1000}|noll)"
    return number, (
        rf"(?:{half}{number}\s+och\s+(?:en|ett)\s+halvt?|(?:en|ett)\s+halvt?|(?:en|tre)\s+kvarts|trekvarts"
        r"|halvannan|halvannat|halvt?)"
    )


_W_NUMBER, _W_HALF = _grammar()
# Words a number word can begin with: every alternative of _W_NUMBER starts with one of _NUMBER_HEADS, and of
# _W_HALF with one of them or "halv".
_NUMBER_HEADS = (*_UNITS, *_TEENS, *_TENS, "hundra", "tusen", "et", "noll")


def _head_gate(words: tuple[str, ...]) -> str:
    """A lookahead for one of ``words`` (whole), grouped by the first letter; a word that begins with another one
    ("sexton", "sex") is left to the shorter one, which the lookahead needs only to see.

    Why: at a word start, the grammar above tries its dozens of nested alternatives before failing, even on a
    word like "sedan" or "elever"; this check fails at once there (a two-letter check would let "se" and "el"
    through). It is implied by every match (each match begins with one of ``words``, under the same case flag),
    so adding it changes no match, only the time to reject one.
    """
    return "(?=" + "|".join(first + "(?:" + rests + ")" for first, rests in _head_groups(words)) + ")"


def _head_groups(words: tuple[str, ...]) -> list[tuple[str, str]]:
    """(first letter, alternation of the rests) of ``_head_gate``, by first letter."""
    heads = sorted(set(words))
    heads = [w for w in heads if not any(w != o and w.startswith(o) for o in heads)]
    by_first: dict[str, list[str]] = {}
    for w in heads:
        by_first.setdefault(w[0], []).append(w[1:])
    return [(first, "|".join(sorted(rests, key=len, reverse=True))) for first, rests in sorted(by_first.items())]


_WORDS_GATE = _head_gate((*_NUMBER_HEADS, "halv"))
#: The lower-case letters a NUMBER_WORD_PATTERN match can begin with (as folded text has them), for cheap gates.
NUMBER_WORD_FIRSTS = "".join(sorted({w[0] for w in _NUMBER_HEADS}))
_WORDS = rf"(?i:{_WORDS_GATE}(?:{_W_HALF}|{_W_NUMBER}))"

#: Number words without boundaries, for compounds such as "fyraårigt" or
#: "tvåhundratusen"; callers add their own boundaries.
NUMBER_WORD_PATTERN = rf"(?i:{_head_gate(_NUMBER_HEADS)}{_W_NUMBER})"

_SEP = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    rf"[1-9]\d{{0,2}}(?:{_SEP}\d{{3}}){{1,5}}(?:,\d+)?(?![\d])"
    r"|[1-9]\d{0,2}(?:\.\d{3}){1,5}(?:,\d+)?(?![\d.])"
    r"|\d+(?:[.,]\d+)?"
)

#: Regex fragment for one number (digits with Swedish separators, or number
#: words). No named groups, so it can be embedded any number of times.
#: Word numbers include "en"/"ett", which are also the indefinite article:
#: callers decide from context whether that is a count.
NUMBER_PATTERN = rf"(?:(?<![\d\w])(?<!\d[.,])(?:{_DIGITS})|(?<!\w)(?:{_WORDS})(?!\w))"

_NUMBER_RE = re.compile(NUMBER_PATTERN)

#: Where a NUMBER_PATTERN match can start, even under re.IGNORECASE: a digit, or a word start that begins with the
#: head of a number word: first letter e/t/f/s/å/n/a/h or a case variant (incl. "ſ" and the Ångström sign), a cheap
#: first test, then the same case-blind lookahead (``_head_gate``) as in the pattern. A single character, found in C;
#: patterns that begin with a number are then tried only there (``_scan.finditer_at``).
NUMBER_START_RE = re.compile(rf"\b(?=[\dAEFHNSTaefhnst\u00c5\u00e5\u017f\u212b])(?:\d|(?i:{_WORDS_GATE})\w)")
#: NUMBER_START_RE's twin for ``fold(text)``: it matches the folded text at the same positions as NUMBER_START_RE
#: matches ``text``, but begins with one set of characters (the first character is read, then the lookbehind checks
#: the one before it), which re's search skips to in C instead of trying the word boundary at every position.
#: Why the same: NUMBER_START_RE's first character is a word character (so ``\b`` there means "no word character
#: before it"); its case-blind letters match exactly the characters that fold to them, digits fold to themselves
#: and nothing else folds to a digit, and a character is a word character exactly when its fold is (checked over
#: all of Unicode in tests/swedish/test_parsers_folded.py). Run it on ``fold(text)``, never on ``text``.
NUMBER_START_FOLDED_RE = re.compile(
    rf"[\d{NUMBER_WORD_FIRSTS}](?<!\w[\d{NUMBER_WORD_FIRSTS}])(?:(?<=\d)|"
    + "|".join(f"(?<={first})(?={rests})" for first, rests in _head_groups((*_NUMBER_HEADS, "halv"))) + ")"
)
_SPACES_RE = re.compile(r"[\s\u00a0\u202f\u2009]+")
_DOT_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_HALF_RE = re.compile(r"^(?:(?P<base>.+?)\s+och\s+)?(?:en|ett)\s+halvt?$")
_SPACE_OR_HYPHEN_RE = re.compile(r"[\s\-\u00a0]+")
_QUARTERS = {"en kvarts": 0.25, "tre kvarts": 0.75, "trekvarts": 0.75}


def _below_100(s: str) -> int | None:
    if s in _UNITS:
        return _UNITS[s]
    if s in _TEENS:
        return _TEENS[s]
    for word, value in _TENS.items():
        if s.startswith(word):
            rest = s[len(word):]
            if not rest:
                return value
            if rest in _UNITS:
                return value + _UNITS[rest]
    return None


def _below_1000(s: str) -> int | None:
    if "hundra" in s:
        head, _, tail = s.partition("hundra")
        if head in ("", "en", "ett"):
            hundreds = 1
        elif head in _UNITS:
            hundreds = _UNITS[head]
        else:
            return None
        if not tail:
            return hundreds * 100
        rest = _below_100(tail)
        return None if rest is None else hundreds * 100 + rest
    return _below_100(s)


def _compound(s: str) -> int | None:
    if s == "noll":
        return 0
    if "tusen" in s:
        head, _, tail = s.partition("tusen")
        if head in ("", "et", "en", "ett"):
            thousands = 1
        else:
            thousands = _below_1000(head)
            if thousands is None:
                return None
        if not tail:
            return thousands * 1000
        rest = _below_1000(tail)
        return None if rest is None else thousands * 1000 + rest
    return _below_1000(s)


def parse_number_word(word: str) -> float | None:
    """Value of a Swedish number word ("åtta", "tjugotre", "en och en halv")."""
    if not isinstance(word, str):
        return None
    s = _SPACES_RE.sub(" ", fold(word.strip()))
    if not s or len(s) > 80:
        return None
    if s in ("halv", "halvt"):
        return 0.5
    if s in ("halvannan", "halvannat"):
        return 1.5
    if s in _QUARTERS:
        return _QUARTERS[s]
    m = _HALF_RE.match(s)
    if m:
        base = m.group("base")
        if base is None:
            return 0.5
        value = _compound(_SPACE_OR_HYPHEN_RE.sub("", base))
        return None if value is None else value + 0.5
    value = _compound(_SPACE_OR_HYPHEN_RE.sub("", s))
    return None if value is None else float(value)


def _digits_to_decimal(s: str) -> Decimal | None:
    s = _SPACES_RE.sub("", s)
    if _DOT_THOUSANDS_RE.fullmatch(s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_decimal(text: str) -> Decimal | None:
    """Exact value of one number (digits or words); money needs exactness."""
    if not isinstance(text, str):
        return None
    t = text.strip()
    if not t or len(t) > 200:
        return None
    if t.isascii() and t.isdigit():
        # The commonest case, plain digits ("15", "2024"): the pattern's last digit form, read by
        # _digits_to_decimal as Decimal(t) (no blanks, dots or commas to handle).
        return Decimal(t)
    if not _NUMBER_RE.fullmatch(t):
        return None
    if t[0].isdigit():
        return _digits_to_decimal(t)
    value = parse_number_word(t)
    return None if value is None else Decimal(str(value))


def parse_number(text: str) -> float | None:
    """One number: "1 400", "1,2", "1.200.000", "åtta"; None for anything else."""
    value = parse_decimal(text)
    return None if value is None else float(value)
