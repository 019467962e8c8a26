"""Target groups: ages and school years.

Why: "Målgrupp" texts say who a project is for ("barn 0–6 år", "årskurs
4–6", "mellanstadiet", "F–3"); the dataset wants comparable ranges.

Rules (precision over recall):

* Ages need "år"/"-åringar" (or "i åldern N–M"); counts ("20 barn", "sex
  familjer"), percentages and durations ("pågår i 2–3 år", "de senaste två
  månaderna") are not ages. "upp till N år" and "under N år" are ages only
  after a person word (barn, unga, elever …), so "insatserna kan bli upp
  till 3 år" is not read. Strict bounds are read as whole years: "under 18
  år" → max 17, "över 65 år" → min 66; "upp till/till och med 18 år" → 18.
* Grades: förskoleklass = 0, årskurs 1–9, gymnasiet = 10–12 ("årskurs 1–3
  på gymnasiet" → 10–12). lågstadiet 1–3, mellanstadiet 4–6, högstadiet
  7–9, grundskolan 1–9 — grundskolan only for pupils in it ("elever i
  grundskolan"), never as a goal ("klara grundskolan"). Stage words after
  goal or transition words ("inför gymnasiet", "övergången till
  förskoleklass") or after leaving it ("har avbrutit gymnasiet") are skipped. A bare stage word ("en elevcoach på
  högstadiet") counts only when no grade is stated more directly (numbers,
  "elever på mellanstadiet", "högstadieelever").
* Several mentions: min of mins and max of maxes; an open side (None, as
  in "upp till 18 år") stays open.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.swedish._scan import find_all, finditer_at, finditer_near, fold, folded_twin, has_any, windows
from pipeline.swedish.numbers import NUMBER_WORD_FIRSTS, NUMBER_WORD_PATTERN, parse_number

__all__ = ["Target", "parse_target"]

_FLAGS = re.IGNORECASE
_MAX_TEXT = 100_000


@dataclass(frozen=True)
class Target:
    """Age and school-year range of a target group; None where not stated."""

    age_min: float | None
    age_max: float | None
    grade_min: int | None
    grade_max: int | None
    text: str | None


_N = rf"(?:\d{{1,3}}(?:,\d{{1,2}})?(?!\d)|(?<!\w){NUMBER_WORD_PATTERN}(?!\w))"
_N_STEM = rf"(?:\d{{1,3}}(?:,\d{{1,2}})?|(?<!\w){NUMBER_WORD_PATTERN})"
_PERSON = (
    r"barn|barnen|barnet|unga|ungdomar|ungdomarna|ungdom|elever|eleverna|elev|flickor|pojkar|tjejer|killar"
    r"|kvinnor|män|personer|vuxna|individer|deltagare|familjer|bebisar|spädbarn|småbarn|tonåringar|nyanlända"
    r"|invånare|studenter|brukare|målgrupp(?:en)?|åldersgrupp(?:en)?|åldern|åldrarna|ålder|föräldrar|vårdnadshavare"
    r"|äldre|seniorer|pensionärer|pappor|mammor|anhöriga"  # "äldre över 80 år" ("äldre än" is the bound's own word)
)
_PERSON_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_PERSON})(?!\w)[\s,:(]*(?:[\wåäö]+[\s,:(]+){{0,3}}$", _FLAGS)
# The reader, said to be of the ages: "Du kan vara med om du har daglig verksamhet och är mellan 20 och 40 år", "dig som
# är mellan 16 och 24 år".
_READER_IS_BEFORE = re.compile(r"(?<!\w)(?:du|dig|ni)\s(?:[^.!?\n]{0,60}?\s)?(?:är|var|fyllt)\s+(?:mellan\s+)?$", _FLAGS)
_WHO_BEFORE_RE = re.compile(r"(?<!\w)(?:du|dig|ni|er|alla|den|de)\s+som\s+(?:(?:är|var)\s+)?$", _FLAGS)
_TIME_BEFORE_RE = re.compile(
    r"(?<!\w)(?:i|under|inom|om|efter|på|pågår|pågå|varar|period(?:en)?|tid(?:en)?|senaste|kommande|mellan"
    r"|ytterligare|drygt|knappt|cirka|ca\.?|minst|max|högst|omkring|nästan|ungefär)\s*\(?\s*$",
    _FLAGS,
)

_AGE_RANGE_RE = re.compile(
    rf"(?<![\w,])(?P<pre>mellan\s+|från\s+)?(?P<paren>\((?=[^)]{{1,12}}\)))?\s*(?P<a>{_N})\s*(?P<conn>[-–—]|till"
    rf"|och)\s*(?P<b>{_N})\s*\)?\s*"
    rf"(?:år(?![\wåäö])(?!\s*(?:19|20)\d\d)|års\s+ålder|-?åringar(?:na)?|-?åriga)(?(paren)\)?)",
    _FLAGS,
)
_AGE_YEARS_OLD_RE = re.compile(rf"(?<![\w,])(?P<a>{_N_STEM})\s?-?\s?(?:åringar(?:na)?|åring)(?![\wåäö])", _FLAGS)
_AGE_YEARS_OLD_ADJ_RE = re.compile(
    rf"(?<![\w,])(?P<a>{_N_STEM})\s?-?\s?åriga\s+(?:{_PERSON})(?![\wåäö])", _FLAGS
)
_AGE_ROOM_RE = re.compile(
    rf"(?<!\w)(?:åldern|åldrarna|ålder|åldersgrupp(?:en)?|åldersspannet|åldersspann)\s+(?:från\s+|mellan\s+)?"
    rf"(?P<a>{_N})\s*(?P<conn>[-–—]|till|och)\s*(?P<b>{_N})(?!\s*(?:år|-?åringar))",
    _FLAGS,
)
_AGE_UPPER_RE = re.compile(
    rf"(?<!\w)(?P<kind>upp\s+till|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|högst|under|yngre\s+än)\s+(?P<b>{_N})\s*(?:år"
    rf"|års\s+ålder)(?![\wåäö])",
    _FLAGS,
)
_AGE_LOWER_RE = re.compile(
    # ("personer som har fyllt 75 år": 75 and older)
    rf"(?<!\w)(?P<kind>från|från\s+och\s+med|över|äldre\s+än|minst|(?:har\s+|hade\s+)?fyllt)\s+(?P<a>{_N})\s*år(?![\wåäö])"
    rf"|(?<![\w,])(?P<a2>{_N})\s*år\s+(?:och|eller)\s+(?:äldre|uppåt)(?![\wåäö])",
    _FLAGS,
)
_TURNED_RE = re.compile(r"(?<!\w)(?:har|hade)\s+fyllt\s+(?P<a>\d{2})(?=\s*(?:,|och\b|eller\b|\.|$))", _FLAGS)
_AGE_SINGLE_RE = re.compile(
    # (not "som är 75 år eller äldre": a lower bound, _AGE_LOWER_RE's)
    rf"(?<!\w)(?:i\s+åldern|i\s+ålder|åldern|som\s+är)\s+(?P<a>{_N})\s*år(?![\wåäö])(?!\s+(?:sedan|gamla\s+projekt))"
    rf"(?!\s+(?:och|eller)\s+(?:äldre|yngre|uppåt|mer)(?![\wåäö]))",
    _FLAGS,
)

_GRADE_WORD = r"(?:årskurs(?:erna)?|åk|skolår|klass(?:erna)?)\.?"
_GRADE_ITEM = r"\d(?![\d,.]\d)(?::[ae])?(?!\d)"
_GRADE_RE = re.compile(
    rf"(?<![\wåäö]){_GRADE_WORD}\s*(?P<list>{_GRADE_ITEM}(?:\s*(?:,|[-–—]|till|och|samt|&|t\.?\s?o\.?\s?m\.?)\s*"
    rf"(?:{_GRADE_WORD}\s*)?{_GRADE_ITEM})*)",
    _FLAGS,
)
# "elever i år 7–9": only as a range of single digits ("i år 3 nya projekt" is "this year")
_GRADE_YEAR_RANGE_RE = re.compile(
    r"(?<![\wåäö])(?:skol)?år\s+(?P<a>[1-9])\s*(?:[-–—]|till)\s*(?P<b>[1-9])(?!\d)"
    r"(?!\s*(?:år|månader|veckor|dagar|timmar|%|procent|st\b))",
    _FLAGS,
)
# "elever i år 8", "klasserna i år 9": one school year after a pupils' word ("i år 3 nya projekt" is "this year":
# no pupils' word before it, and more words after the digit than a school year takes).
_PUPILS_IN_YEAR_RE = re.compile(
    r"(?<![\wåäö])(?:elever(?:na)?|eleven|klass(?:en|erna)?)\s+i\s+år\s+(?P<a>[1-9])(?![\d,.:]\d|\s*(?:[-–—]|till)\s*\d)"
    r"(?!\s*(?:år|månader|veckor|dagar|timmar|gånger|%|procent|st\b|nya|olika|fler))", _FLAGS)
_GRADE_ORDINAL_RE = re.compile(
    r"(?<![\w:])(?P<a>\d):[ae](?:\s*(?:[-–—]|till)\s*(?P<b>\d):[ae])?\s+klass(?:en)?(?![\wåäö])", _FLAGS
)
_GRADE_F_RE = re.compile(
    r"(?<![\wåäö-])(?:(?-i:F)|(?-i:Fsk)|F-klass|förskoleklass(?:en)?)\s*(?:[-–—]|till|t\.?\s?o\.?\s?m\.?)\s*"
    r"(?:årskurs|åk\.?|klass)?\s*(?P<b>\d)(?::[ae])?(?:\s*klass)?(?!\d)",
    _FLAGS,
)
_FKLASS_RE = re.compile(r"(?<![\wåäö])(?:förskoleklass(?:en|er|erna)?|F-klass(?:en)?)(?![\wåäö])", _FLAGS)
_STAGES = {"låg": (1, 3), "mellan": (4, 6), "hög": (7, 9)}
_STAGE_RE = re.compile(
    r"(?<![\wåäö])(?P<stage>låg|mellan|hög)stadie(?P<suffix>t|elever|eleverna|eleven|åldern|ungdomar|ungdomarna|barn"
    r"|barnen"
    r"|klasser|klasserna|nivå|nivån)?(?![\wåäö])",
    _FLAGS,
)
_GYMNASIUM_RE = re.compile(
    r"(?<![\wåäö])gymnasie(?P<suffix>t|skolan|skola|skolor|skolorna|elever|eleverna|ungdomar|ungdomarna"
    r"|studerande)?(?![\wåäö])",
    _FLAGS,
)
# One year of upper secondary school: "gymnasiets första år", "gymnasiets år 2", "första året på gymnasiet" (10–12).
_GYMNASIUM_YEAR_RE = re.compile(
    # ("gymnasiets första och andra år": the two years, 10–11)
    r"(?<![\wåäö])(?:gymnasiets\s+(?:(?P<ord>första|andra|tredje)(?:\s+(?:och|till)\s+(?P<ord_to>andra|tredje))?\s+år"
    r"|år\s+(?P<n>[123]))"
    r"|(?P<ord2>första|andra|tredje)\s+året\s+(?:på|i)\s+gymnasiet|år\s+(?P<n2>[123])\s+(?:på|i)\s+gymnasiet)"
    r"(?![\wåäö])", _FLAGS)
_ORDINAL_YEAR = {"första": 1, "andra": 2, "tredje": 3}
_GRUNDSKOLA_RE = re.compile(
    rf"(?<!\w)(?:(?:{_PERSON})\s+(?:\w+\s+){{0,2}}?(?:i|på|inom)\s+(?:den\s+\w+\s+|hela\s+)?grundskolan"
    r"|grundskoleelever(?:na)?|grundskolans\s+elever)(?![\wåäö])",
    _FLAGS,
)
_GOAL_VERBS = (
    r"klar(?:a|ar|at|ade)|nå(?:r|tt|dde)?|gå(?:r)?\s+ut|gick\s+ut|gått\s+ut|slutför(?:a|t|de|s)?|fullfölj(?:a|er|t|de"
    r"|s)"
    r"|lämna(?:r|t|de)?|avsluta(?:r|t|de)?|slutar|slutat|slutade|inför|vidare|behörig\w*|förbered\w*|efter"
    # having left it: "unga som har avbrutit gymnasiet" (but "riskerar att avbryta gymnasiet" are pupils in it)
    r"|avbr(?:öt|utit|ytit|utna|utet)|hoppa(?:t|de)\s+av"
    r"|övergång(?:en)?\s+till"
)
_GOAL_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{_GOAL_VERBS}|till|börja(?:r|t|de)?|övergång(?:en)?|från|mot)\s+(?:\w+\s+){{0,1}}$", _FLAGS
)
# Numeric grades: "när de slutar årskurs 3" is a goal; "från årskurs 4" is not.
_GRADE_GOAL_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_GOAL_VERBS})\s+(?:\w+\s+){{0,1}}$", _FLAGS)
_PERSON_STAGE_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{_PERSON}|klasser)\s+(?:[\wåäö]+\s+){{0,2}}?(?:i|på|under|inom)\s+(?:hela\s+)?$", _FLAGS
)
_GYMNASIUM_AFTER_RE = re.compile(r"^\s*(?:på|i|inom)\s+(?:\w+\s+)?gymnasie", _FLAGS)
# "årskurs 7–9 och på gymnasiet", "förskoleklass och på lågstadiet": a stage word
# coordinated with an explicit grade is as explicit as that grade.
_COORDINATED_BEFORE_RE = re.compile(
    r"(?:\d(?::[ae])?|klass(?:en)?|stadiet|gymnasiet|grundskolan|förskoleklass(?:en)?)\s*(?:,|och|samt|eller|&)\s+"
    r"(?:(?:i|på|inom|under)\s+)?$",
    _FLAGS,
)
_GYMNASIUM_BEFORE_RE = re.compile(r"gymnasie\w*\s+(?:\w+\s+)?$", _FLAGS)
_DIGIT_RE = re.compile(r"\d")
# Gates (_gated, _gated_near): lower-case copies of how some patterns begin (their lookbehinds and IGNORECASE
# dropped), searched in ``fold(text)``. Wherever a pattern matches in ``text``, its gate matches in the folded text
# at the same position (an IGNORECASE letter matches only where the folded text holds its lower case, and digits,
# blanks and punctuation are their own lower case), so the pattern need not be tried before its gate's first hit,
# nor at all without one. A case-sensitive search skips to the gate's first letters in C, which an IGNORECASE
# pattern behind a lookbehind cannot. The age gates end at the first character of the number (a digit, or a number
# word's first letter).
_N_FIRST = rf"[\d{NUMBER_WORD_FIRSTS}]"
_AGE_UPPER_GATE_RE = re.compile(
    rf"(?:upp\s+till|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|högst|under|yngre\s+än)\s+{_N_FIRST}"
)
_AGE_SINGLE_GATE_RE = re.compile(rf"(?:i\s+åldern|i\s+ålder|åldern|som\s+är)\s+{_N_FIRST}")
# _AGE_LOWER_RE's first branch; its second ("16 år och äldre") begins with the number but holds the "inner" gate
_AGE_LOWER_GATE_RE = re.compile(rf"(?:från|från\s+och\s+med|över|äldre\s+än|minst|(?:har\s+|hade\s+)?fyllt)\s+{_N_FIRST}")
_AGE_LOWER_INNER_RE = re.compile(r"år\s+(?:och|eller)\s+(?:äldre|uppåt)")
_GRADE_GATE_RE = re.compile(rf"{_GRADE_WORD}\s*\d")
# _GRADE_YEAR_RANGE_RE's from its "år", which stands at most 4 letters ("skol") into a match
_GRADE_YEAR_RANGE_GATE_RE = re.compile(r"år\s+[1-9]\s*(?:[-–—]|till)\s*[1-9]")
_GRADE_F_GATE_RE = re.compile(
    r"(?:f|fsk|f-klass|förskoleklass(?:en)?)\s*(?:[-–—]|till|t\.?\s?o\.?\s?m\.?)\s*(?:årskurs|åk\.?|klass)?\s*\d"
)
_AGE_HIT_RE = re.compile(r"år(?![\wåäö])|års\s|åring|årig|åld", _FLAGS)
# Searched as its case-sensitive twin in fold(text) (_scan.folded_twin): the same matches (tests/swedish/
# test_parsers_folded.py), found by a scan that skips to each "å" in C instead of a match tried at every "år" and "åld".
_AGE_HIT_FOLDED_RE = folded_twin(_AGE_HIT_RE)
# _AGE_RANGE_RE from its connector on: "-"/"till"/"och", the second number (digits, or a whole word that begins as a
# number word does) and the "år…" unit (every unit it takes begins with "-?år"). Every match holds a hit of this in
# the folded text, so a window without one is skipped (``_age_ranges``).
_AGE_RANGE_INNER_RE = re.compile(rf"(?:-|–|—|till|och)\s*(?:\d[\d,]*|[{NUMBER_WORD_FIRSTS}]\w*(?!\w))\s*\)?\s*-?år")
_MAX_AGE = 110


class _Mention(NamedTuple):
    """A mention's range and span. A named tuple (was a frozen dataclass, whose every field is set through
    ``object.__setattr__``): nothing here compares or hashes mentions, only their fields are read."""

    lo: float | None
    hi: float | None
    s: int
    e: int


def _num(raw: str) -> float | None:
    value = parse_number(raw)
    if value is None or value < 0 or value > _MAX_AGE:
        return None
    return value


# Keyword pre-checks (on ``fold(text)``): a pattern runs only when the text holds a word every match of it holds.
_AGE_KEYS = ("år", "åld")  # _AGE_HIT_RE
_GRADE_KEYS = ("årskurs", "åk", "skolår", "klass")  # _GRADE_WORD
_FKLASS_KEYS = ("förskoleklass", "f-klass")
# "Vuxna 18+", "personer 65+": an age and older, written with a plus.
_AGE_PLUS_RE = re.compile(r"(?<![\w,.])(?P<a>\d{1,2})\s?\+(?![\w+])")
# Small children's ages in months, after a word for them: "barn 6–18 månader", "bebisar i åldern 0–15 månader".
_AGE_MONTHS_RE = re.compile(r"(?<![\wåäö])(?:barn|barnet|spädbarn|småbarn|bebisar|bebis)(?:\s+i\s+åldern)?\s+"
                            r"(?P<a>\d{1,2})\s*[-–—]\s*(?P<b>\d{1,2})\s*månader(?![\wåäö])", _FLAGS)
_AGE_LOWER_KEYS = ("från", "över", "äldre", "minst", "uppåt", "fyll")  # _AGE_LOWER_RE: its kind word, or "äldre"/"uppåt"


def _age_mentions(text: str, folded: str | None = None) -> list[_Mention]:
    out: list[_Mention] = []
    low = fold(text) if folded is None else folded

    def before(pos: int, width: int = 60) -> str:
        return text[max(0, pos - width): pos]

    if "+" in text:  # "vuxna 18+", "personer 65+": an age and older (a person word before it, as for the others)
        for m in _AGE_PLUS_RE.finditer(text):
            a = _num(m.group("a"))
            if a is not None and _PERSON_BEFORE_RE.search(before(m.start())):
                out.append(_Mention(a, None, m.start(), m.end()))
    if "månader" in low:  # "barn 6–18 månader", "spädbarn 0–15 månader": ages in years (0.5–1.5, 0–1.25)
        for m in _AGE_MONTHS_RE.finditer(text):
            a, b = _num(m.group("a")), _num(m.group("b"))
            if a is not None and b is not None and a <= b <= 36:
                out.append(_Mention(round(a / 12, 2), round(b / 12, 2), m.start(), m.end()))
    if "fyllt" in low:  # "seniorer som har fyllt 70 och bor ensamma": an age after "fyllt" needs no "år"
        for m in _TURNED_RE.finditer(text):
            if _PERSON_BEFORE_RE.search(before(m.start())):
                out.append(_Mention(float(m.group("a")), None, m.start(), m.end()))
    if not has_any(low, _AGE_KEYS):
        return _dedupe(out)
    spans = windows(low, _AGE_HIT_FOLDED_RE, 80, 40)  # windows(text, _AGE_HIT_RE, 80, 40)

    for m in _age_ranges(text, low, spans):
        a, b = _num(m.group("a")), _num(m.group("b"))
        if a is None or b is None or a > b:
            continue
        pre = fold((m.group("pre") or "").strip())
        if fold(m.group("conn")) == "och" and pre != "mellan":
            continue
        if (pre == "mellan" or _ends_in_time_word(before(m.start()))) \
                and not _PERSON_BEFORE_RE.search(before(m.start())) \
                and not _READER_IS_BEFORE.search(before(m.start(), 90)):  # the person word is looked for only here
            continue
        out.append(_Mention(a, b, m.start(), m.end()))
    for rx, keys in ((_AGE_YEARS_OLD_RE, ("åring",)), (_AGE_YEARS_OLD_ADJ_RE, ("åriga",)),
                     (_AGE_SINGLE_RE, ("ålder", "som"))):
        if not has_any(low, keys):
            continue
        for m in (_gated_near(rx, _AGE_SINGLE_GATE_RE, text, low, spans) if rx is _AGE_SINGLE_RE
                  else finditer_near(rx, text, spans)):
            a = _num(m.group("a"))
            if a is not None:
                out.append(_Mention(a, a, m.start(), m.end()))
    for m in (finditer_near(_AGE_ROOM_RE, text, spans) if "åld" in low else ()):
        a, b = _num(m.group("a")), _num(m.group("b"))
        if a is not None and b is not None and a <= b:
            out.append(_Mention(a, b, m.start(), m.end()))
    for m in _gated_near(_AGE_UPPER_RE, _AGE_UPPER_GATE_RE, text, low, spans):
        b = _num(m.group("b"))
        if b is None or not _PERSON_BEFORE_RE.search(before(m.start())):
            continue
        kind = fold(m.group("kind"))
        if kind.startswith(("under", "yngre")):
            if b != int(b) or b < 1:
                continue
            b -= 1
        out.append(_Mention(None, b, m.start(), m.end()))
    for m in (_gated_near(_AGE_LOWER_RE, _AGE_LOWER_GATE_RE, text, low, spans, _AGE_LOWER_INNER_RE)
              if has_any(low, _AGE_LOWER_KEYS) else ()):
        raw = m.group("a") or m.group("a2")
        a = _num(raw)
        if a is None or not (_PERSON_BEFORE_RE.search(before(m.start()))
                             or before(m.start(), 8).rstrip().endswith((" som är", " som var"))
                             # the reader or everyone: "dig som har fyllt 75 år", "alla som är över 65 år"
                             or _WHO_BEFORE_RE.search(before(m.start(), 20))):
            continue  # (people are who "som är 80 år eller äldre": "alla ängelholmare som är …")
        kind = fold(m.group("kind") or "")
        if kind.startswith(("över", "äldre")):
            if a != int(a):
                continue
            a += 1
        out.append(_Mention(a, None, m.start(), m.end()))
    return _dedupe(out)


def _age_ranges(text: str, folded: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``finditer_near(_AGE_RANGE_RE, text, spans)``, skipping the windows where ``_AGE_RANGE_INNER_RE`` does not hit
    ``folded`` (``fold(text)``): a match in a window lies in it, and so does the inner hit it holds, which begins at
    the match's connector. So the pattern is tried only from ``_range_scan_start`` of each position where the inner
    pattern matches up to that position (hits found overlapping: each search starts one past the last hit's start),
    and ``finditer_at`` at a superset of the match starts gives ``finditer``'s matches."""
    for lo, hi in spans:
        hit = _AGE_RANGE_INNER_RE.search(folded, lo, hi)
        if hit is None:
            continue
        positions: set[int] = set()
        while hit is not None:
            conn = hit.start()
            # the pattern's lookbehind, (?<![\w,]), read first: no match starts after a \w or ","
            positions.update(p for p in range(max(lo, _range_scan_start(text, conn)), conn)
                             if not p or not ((c := text[p - 1]).isalnum() or c == "_" or c == ","))
            hit = _AGE_RANGE_INNER_RE.search(folded, conn + 1, hi)
        yield from finditer_at(_AGE_RANGE_RE, text, [(lo, hi)], sorted(positions))


def _range_scan_start(text: str, conn: int) -> int:
    """Where a match of _AGE_RANGE_RE whose connector is at ``conn`` starts at the earliest: ``conn`` scanned back
    over blanks, the number (\\w and ","), blanks, one "(", blanks and a word (\\w: "mellan", "från"), which is what
    a match holds before its connector, in that order; each run is read whole, so the scan reads back at least over
    the match. (\\s is ``str.isspace``, \\w ``str.isalnum`` or "_"; a letter matched case-blind is a letter; the
    number is preceded by neither \\w nor "," in the match.)"""
    i = conn
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and ((c := text[i - 1]).isalnum() or c == "_" or c == ","):
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] == "(":
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and ((c := text[i - 1]).isalnum() or c == "_"):
        i -= 1
    return i


# The longest word _TIME_BEFORE_RE ends in ("ytterligare").
_TIME_WORD_MAX = 11


def _ends_in_time_word(before: str) -> bool:
    """``bool(_TIME_BEFORE_RE.search(before))``, searched only near the end.

    A match ends at the end of ``before`` in a time word, then blanks, at most one "(" and blanks. The word ends
    in a letter or ".", so it ends where the trailing run of blanks and "(" begins (``str.rstrip`` strips what
    ``\\s`` matches), and starts at most ``_TIME_WORD_MAX`` characters before that (IGNORECASE matches one
    character per letter). The lookbehind still sees the text before the search start."""
    rest = before.rstrip()
    while rest.endswith("("):
        rest = rest[:-1].rstrip()
    return _TIME_BEFORE_RE.search(before, max(0, len(rest) - _TIME_WORD_MAX)) is not None


def _dedupe(mentions: list[_Mention]) -> list[_Mention]:
    """Drop mentions inside a longer one ("0–6 år" vs "6 år"). Fewer than two: nothing to sort or drop (the list
    itself comes back; no caller changes it)."""
    if len(mentions) < 2:
        return mentions
    mentions.sort(key=lambda x: (x.s, -(x.e - x.s)))
    kept: list[_Mention] = []
    for m in mentions:
        if kept and m.s < kept[-1].e:
            continue
        kept.append(m)
    return kept


def _gated(rx: re.Pattern[str], gate: re.Pattern[str], text: str, folded: str,
           back: int = 0) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, tried only at the hits of ``gate`` in ``folded`` (see the gates above) and up to ``back``
    characters before each (how far into a match of ``rx`` its gate can begin), not at every character after the
    first hit. Every position where the gate matches is a hit (each search starts one past the last hit's start, so
    hits may overlap), and ``finditer_at`` at a superset of the match starts gives ``finditer``'s matches."""
    positions: list[int] = []
    hit = gate.search(folded)
    while hit is not None:
        h = hit.start()
        positions.extend(range(max(0, h - back), h + 1))
        hit = gate.search(folded, h + 1)
    if back and positions:
        positions = sorted(set(positions))
    return finditer_at(rx, text, [(0, len(text))], positions)


_WORD_START_RE = re.compile(r"(?<!\w)\w")
# The most words a match of _GRUNDSKOLA_RE's first branch holds before its "grundskolan": the person word, two
# words, the preposition, "den" and a word.
_GRUNDSKOLA_WORDS_BEFORE = 6


def _grundskola_matches(text: str, folded: str) -> Iterator[re.Match[str]]:
    """``_GRUNDSKOLA_RE.finditer(text)``, tried only where a match can start instead of at every character (a
    lookbehind and a case-blind alternation of person words defeat the engine's skipping).

    Every match holds a "grundskol" (at the same position in ``folded``): the second and third branches start
    there, the first at a word (a \\w after no \\w, as the pattern's lookbehind and first letter ask) that is one
    of the last ``_GRUNDSKOLA_WORDS_BEFORE`` words of the run of word characters and blanks (\\w, \\s: all the
    first branch holds before its "grundskolan") that ends at that "grundskol". ``finditer_at`` at a superset of
    the match starts gives ``finditer``'s matches."""
    positions: set[int] = set()
    g = folded.find("grundskol")
    while g >= 0:
        r = g
        while r > 0 and ((c := text[r - 1]).isalnum() or c == "_" or c.isspace()):  # \w is isalnum() or "_"
            r -= 1
        starts = [m.start() for m in _WORD_START_RE.finditer(text, r, g + 1)]
        positions.update(starts[-_GRUNDSKOLA_WORDS_BEFORE - 1:])
        g = folded.find("grundskol", g + 1)
    return finditer_at(_GRUNDSKOLA_RE, text, [(0, len(text))], sorted(positions))


def _gated_near(rx: re.Pattern[str], gate: re.Pattern[str], text: str, folded: str,
                spans: list[tuple[int, int]], inner: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """``finditer_near(rx, text, spans)``, each span entered at its gate's first hit in it (skipped without one):
    a match in a span lies in it, and so does the gate's hit where the match starts. ``inner`` is a gate for
    matches that hold its text somewhere rather than begin with the gate's: a span where it hits is scanned whole."""
    for lo, hi in spans:
        if inner is not None and inner.search(folded, lo, hi):
            yield from rx.finditer(text, lo, hi)
            continue
        hit = gate.search(folded, lo, hi)
        if hit is not None:
            yield from rx.finditer(text, hit.start(), hi)


# What every match of _FKLASS_RE, _STAGE_RE and _GYMNASIUM_RE begins with, in fold(text) (_starting_with).
_STAGE_STARTS = ("lågstadie", "mellanstadie", "högstadie")


def _starting_with(rx: re.Pattern[str], text: str, folded: str, starts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a case-blind pattern whose every match begins with one of ``starts`` (lower case),
    tried only where ``folded`` (``fold(text)``, the same positions) holds one (found with ``str.find``) instead of
    at every character behind a lookbehind (``finditer_at`` at a superset of the match starts)."""
    positions = sorted({i for k in starts for i in find_all(folded, k)})
    return finditer_at(rx, text, [(0, len(text))], positions)


def _gymnasium_shift(text: str, s: int, e: int) -> int:
    if _GYMNASIUM_AFTER_RE.match(text[e: e + 40]) or _GYMNASIUM_BEFORE_RE.search(text[max(0, s - 30): s]):
        return 9
    return 0


def _grade_mentions(text: str, folded: str | None = None) -> tuple[list[_Mention], list[_Mention]]:
    """Strong (explicit) and weak (bare stage word) grade mentions."""
    strong: list[_Mention] = []
    weak: list[_Mention] = []
    low = fold(text) if folded is None else folded
    # Patterns that cannot match are skipped: each needs one of its words (see the patterns). The numeric ones also
    # need a digit, which their gates (or, for the rare ordinals, the pattern) find as cheaply as a search for one.
    grade_word = has_any(low, _GRADE_KEYS)
    year_range = "år" in low
    ordinal = "klass" in low and (":a" in low or ":e" in low)
    fklass = has_any(low, _FKLASS_KEYS)
    f_range = "F" in text or fklass
    grundskola = "grundskol" in low
    stage = "stadie" in low
    gymnasium = "gymnasie" in low
    for m in (_gated(_GRADE_RE, _GRADE_GATE_RE, text, low) if grade_word else ()):
        grades = [int(d) for d in _DIGIT_RE.findall(m.group("list"))]
        if not grades or max(grades) > 9 or _GRADE_GOAL_BEFORE_RE.search(text[max(0, m.start() - 40): m.start()]):
            continue
        shift = _gymnasium_shift(text, m.start(), m.end())
        if shift and max(grades) > 3:
            continue
        strong.append(_Mention(min(grades) + shift, max(grades) + shift, m.start(), m.end()))
    for m in (_gated(_GRADE_YEAR_RANGE_RE, _GRADE_YEAR_RANGE_GATE_RE, text, low, 4) if year_range else ()):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            shift = _gymnasium_shift(text, m.start(), m.end())
            if not (shift and b > 3):
                strong.append(_Mention(a + shift, b + shift, m.start(), m.end()))
    for m in (_PUPILS_IN_YEAR_RE.finditer(text) if " i år " in low else ()):  # "elever i år 8": a school year
        a = int(m.group("a"))
        strong.append(_Mention(a, a, m.start(), m.end()))
    for m in (_GRADE_ORDINAL_RE.finditer(text) if ordinal else ()):
        a = int(m.group("a"))
        b = int(m.group("b") or a)
        if a <= b:
            strong.append(_Mention(a, b, m.start(), m.end()))
    for m in (_gated(_GRADE_F_RE, _GRADE_F_GATE_RE, text, low) if f_range else ()):
        strong.append(_Mention(0, int(m.group("b")), m.start(), m.end()))
    for m in (_starting_with(_FKLASS_RE, text, low, _FKLASS_KEYS) if fklass else ()):
        if not _GOAL_BEFORE_RE.search(text[max(0, m.start() - 40): m.start()]):
            strong.append(_Mention(0, 0, m.start(), m.end()))
    for m in (_grundskola_matches(text, low) if grundskola else ()):
        strong.append(_Mention(1, 9, m.start(), m.end()))
    for m in (_GYMNASIUM_YEAR_RE.finditer(text) if gymnasium else ()):
        ordinal_word = m.group("ord") or m.group("ord2")
        year = _ORDINAL_YEAR[fold(ordinal_word)] if ordinal_word else int(m.group("n") or m.group("n2"))
        last = _ORDINAL_YEAR[fold(m.group("ord_to"))] if m.group("ord_to") else year
        strong.append(_Mention(9 + year, 9 + max(year, last), m.start(), m.end()))
    for rx, span_of, present, starts in ((_STAGE_RE, None, stage, _STAGE_STARTS),
                                         (_GYMNASIUM_RE, (10, 12), gymnasium, ("gymnasie",))):
        for m in (_starting_with(rx, text, low, starts) if present else ()):
            lo, hi = span_of or _STAGES[fold(m.group("stage"))]
            before = text[max(0, m.start() - 60): m.start()]
            if _GOAL_BEFORE_RE.search(before):
                continue
            suffix = fold(m.group("suffix") or "")
            explicit = suffix not in ("", "t", "skolan", "skola", "skolor", "skolorna", "nivå", "nivån")
            is_strong = explicit or _PERSON_STAGE_BEFORE_RE.search(before) or _COORDINATED_BEFORE_RE.search(before)
            target = strong if is_strong else weak
            target.append(_Mention(lo, hi, m.start(), m.end()))
    return _dedupe(strong), _dedupe(weak)


def _combine(mentions: list[_Mention]) -> tuple[float | None, float | None]:
    los = [m.lo for m in mentions]
    his = [m.hi for m in mentions]
    lo = None if None in los else min(x for x in los if x is not None)
    hi = None if None in his else max(x for x in his if x is not None)
    return lo, hi


# What parse_target returns when it finds nothing: one instance, made once (a frozen dataclass is dear to make, and
# immutable, so sharing it changes nothing).
_EMPTY = Target(None, None, None, None, None)


def parse_target(text: str, folded: str | None = None) -> Target:
    """Ages and grades of the target group named in the text.

    ``folded`` is ``fold(text)`` when the caller has it already (the body text is folded once per record); a text
    longer than ``_MAX_TEXT`` is cut first and folded anew."""
    empty = _EMPTY
    if not isinstance(text, str) or not text.strip():
        return empty
    if folded is None or len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
        folded = fold(text)
    ages = _age_mentions(text, folded)
    strong, weak = _grade_mentions(text, folded)
    grades = strong or weak
    if not ages and not grades:
        return empty
    age_min, age_max = _combine(ages) if ages else (None, None)
    grade_min, grade_max = _combine(grades) if grades else (None, None)
    spans = sorted({(m.s, m.e) for m in ages + grades})
    evidence = "; ".join(text[s:e].strip() for s, e in spans)
    return Target(
        age_min=age_min,
        age_max=age_max,
        grade_min=None if grade_min is None else int(grade_min),
        grade_max=None if grade_max is None else int(grade_max),
        text=evidence,
    )
