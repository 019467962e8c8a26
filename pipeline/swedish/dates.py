"""Project periods and page dates in Swedish prose.

Why: a project's time span is written in many ways ("2020-09-01 till och med
2023-09-01", "pågår 2014–2016", "ett fyraårigt projekt som startade i början
av 2015", "vt 2024") and pages also carry dates that are *not* periods
(phone numbers, diarienummer, "Senast uppdaterad: …", a year a decision was
taken). Precision matters more than recall, so an expression must carry
period wording to count.

Choices (see tests/swedish/test_dates.py for the examples behind each):

* Intervals. Every date expression is an interval: a year is Jan 1–Dec 31, a
  month its first–last day, a season vår Mar–May, sommar Jun–Aug, höst
  Sep–Nov, vinter Dec–Feb ("vintern 2022/2023"; a bare "vintern 2023" is only
  its part inside 2023, Jan–Feb, because the year could mean either winter).
  School terms: vt Jan 1–Jun 30, ht Aug 1–Dec 31, läsår Aug 1–Jun 30
  (month precision). Halvår and kvartal use precision "season".
  "i början/slutet/mitten av X" is X at X's precision.
* Roles. A start is the first day of its interval, an end the last day.
  Start words (startar, startade, från och med, fr.o.m., sedan, påbörjas,
  inleds, med start …) make a lone expression a start only; end words (till
  och med, t.o.m., avslutas, slutar, pågår till, förlängs till …) an end
  only. A bare "från X", "till X" or "fram till X" is not enough
  ("överskottet från 2012", "fram till 2023 har 500 barn deltagit"), except
  after a period label ("Projekttid: från 2020") or before a school term or
  year ("från höstterminen 2025 får eleverna läxhjälp").
* A lone expression with no start or end word (e.g. "under hösten 2022") is
  the whole activity (start and end from it), but only after a period label
  or verb (Tidsperiod, Projekttid, period, pågår, löper, genomförs …) or when
  the text is little more than the expression itself; a year in passing
  ("kommunfullmäktige beslutade 2013 att …") gives None. A lone single day
  ("2024-04-12", "15 mars 2023") always needs a label: alone it is far more
  often a publication or event date.
* Application windows ("Nästa ansökningsperiod är 1 februari–15 mars 2024")
  are not project periods: a candidate whose sentence talks about applying
  is dropped.
* Ranges: two expressions joined by a dash, "till (och med)", "t.o.m." or
  ("mellan X och Y", or two of one kind that follow each other: "hösten 2024 och
  våren 2025") "och" are a range; "2021/2022" and "läsåret 2023/24"
  too. Ranges need no period word. YYMMDD pairs ("190401 - 220331") count
  only when both halves are valid dates.
* Durations ("fyraårigt", "under tre år", "18 månader") set
  ``duration_months``; with a start in the same sentence they give the end:
  (start + duration) − 1 day; a year-precision start gives a year-precision
  end (Dec 31), a month or season start a month-precision end, a day start a
  day end. With only an end they give the start the same way backwards.
  Durations are not read in age phrases ("barn under tre år").
* status_hint comes from verbs in the sentence(s) of the chosen period:
  finished (avslutades, avslutat, pågick …) beats planned (startar, kommer
  att starta, påbörjas …) beats ongoing (pågår, startade, har startat …).
* Years outside 1990–2100, phone numbers, postcodes, diarienummer, person
  numbers, clock times, money, URLs and page dates are never periods.
* Among several candidates the best scoring wins: full ranges over a start
  with an end or a duration over single dates; anything next to a period
  label gets a bonus; ties go to the earliest.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from pipeline.swedish._scan import find_all, finditer_at, finditer_near, fold, has_any, hit_windows, search_at
from pipeline.swedish.numbers import NUMBER_PATTERN, NUMBER_START_RE, NUMBER_WORD_PATTERN, parse_number

__all__ = [
    "FuzzyDate",
    "Period",
    "Precision",
    "parse_fuzzy_date",
    "parse_page_date",
    "parse_period",
]

Precision = Literal["day", "month", "season", "year"]
Status = Literal["planned", "ongoing", "finished"]

MIN_YEAR = 1990
MAX_YEAR = 2100
_MAX_TEXT = 200_000  # beyond this a "paragraph" is not a paragraph; cut it


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to some precision; ``date`` is the interval's first day for
    a start and its last day for an end."""

    date: datetime.date
    precision: Precision


@dataclass(frozen=True)
class Period:
    """A time span read from text, with the exact substring it came from."""

    start: FuzzyDate | None
    end: FuzzyDate | None
    text: str
    duration_months: int | None = None
    status_hint: Status | None = None


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_MONTH_FULL = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
MONTH_NAMES = _MONTH_FULL  # for the extraction's own short patterns (a dated list item, a teaser's fact line)
# "jul" (Christmas), "jun" and "mar" are only months next to a day number.
_MONTH_NODAY = rf"(?:{_MONTH_FULL}|(?:jan|feb|apr|aug|sept|sep|okt|nov|dec)\.?)(?!\w)"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?)(?!\w)"
_Y = r"(?:199\d|20\d\d|2100)"

_SEASONS: dict[str, tuple[int, int]] = {  # first month, last month (may wrap)
    "vår": (3, 5), "sommar": (6, 8), "höst": (9, 11), "vinter": (12, 2),
}

_NUM = NUMBER_PATTERN
_FLAGS = re.IGNORECASE

# --------------------------------------------------------------------------
# Noise that looks like dates
# --------------------------------------------------------------------------

# Noise blanked before dates are read (_mask); named, since the shortcuts below are keyed by pattern.
_LINK_RE = re.compile(r"(?<!\S)(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _FLAGS)
# phone numbers: 0171-62 50 00, 08-123 456 78, +46 8 123 45 67
_PHONE_INTL_RE = re.compile(r"\+46[\d \u00a0()\-]{6,}\d")
# (Not after a dot, dash or slash: "2024.01.01 - 2026.12.31", "2022–06–01 – 2024–05–31" hold no phone number.)
_PHONE_RE = re.compile(r"(?<![\w./–-])0\d{1,3}\s?[-–/]\s?\d{2,3}(?:[ \u00a0]?\d{2,3}){1,3}(?!\d)")
_PHONE_LABEL_RE = re.compile(r"(?<![\w-])(?:tel(?:efon)?|mobil|växel)\.?:?\s*[\d \u00a0\-+()]{6,}\d", _FLAGS)
# postcodes followed by a place name
_POSTCODE_RE = re.compile(r"(?<![\d\w])\d{3}[ \u00a0]\d{2}(?!\d)(?=\s+[A-ZÅÄÖ])")
# diarienummer: "KS 2019/123", "Dnr 2020-00123", "dnr KS 2019.123"
_DNR_RE = re.compile(
    r"(?<!\w)(?:dnr|diarienr|diarienummer|ärende(?:nummer|nr)?)\.?\s*:?\s*"
    r"(?:[A-ZÅÄÖ]{1,6}\s*)?[\d]{2,4}[/.:\-]\d{1,6}(?:[/.:\-]\d+)*",
    _FLAGS,
)
_CASE_NO_RE = re.compile(r"(?<!\w)(?!(?:VT|HT)\b)[A-ZÅÄÖ]{2,6}\s?\d{2,4}[/.:]\d{1,6}(?:[/.:\-]\d+)*")
_YEAR_NO_RE = re.compile(r"(?<!\d)\d{4}[/-](?:0\d{2,}|\d{5,}|\d{3}(?!\d))")
# personnummer / organisationsnummer
_PERSONNUMMER_RE = re.compile(r"(?<![\d-])\d{6}(?:\d{2})?-\d{4}(?!\d)")
# clock times: "kl. 13.00", "08:44", "13.00–15.00"
_CLOCK_RE = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[-–]\s*(?:[01]?\d"
                       r"|2[0-3])[:.][0-5]\d)?(?![\d.:])(?!\s*(?:kr|kronor|tkr|mnkr|mkr|%))")
# money and percentages
# (Digits grouped by blanks are thousands, three at a time: in "vt 2027 1,6 mnkr" the year is no part of the sum.)
_MONEY_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:[.,]\d+)?\s*(?:kr\b|kronor|kr\.|tkr|mkr|mnkr|msek|ksek|sek\b|miljon\w*"
    r"|miljard\w*|%|procent)",
    _FLAGS,
)
# What every _MONEY_RE match begins with: its number, decimals and blanks are all digits, blanks, ".", "," or
# U+202F (none of which a unit begins with), so the first other character is where its unit starts, with one of these
# letters or "%" (any case). A money match is tried only at the runs of digits where this one matches.
_MONEY_LEAD_RE = re.compile(r"[\d\s.,\u202f]*[kmtsp%]", _FLAGS)
# birth years ("barn födda 2010–2012", "födda 2015 eller senare"): who, not when
_BIRTH_YEARS_RE = re.compile(r"(?<!\w)födda\s+(?:år\s+|under\s+|mellan\s+)?(?:19|20)\d\d"
                             r"(?:\s*(?:[-–—]|och|till)\s*(?:(?:19|20)\d\d|\d\d))?(?!\d)", re.I)
_NOISE_RES = [_LINK_RE, _PHONE_INTL_RE, _PHONE_RE, _PHONE_LABEL_RE, _POSTCODE_RE, _DNR_RE,
              _CASE_NO_RE, _YEAR_NO_RE, _PERSONNUMMER_RE, _CLOCK_RE, _MONEY_RE, _BIRTH_YEARS_RE]

# Participles ("Uppdaterad 3 maj") are labels; past tenses ("publicerades 12
# mars") are labels only after "Sidan"/"Senast" or before a colon, since
# prose uses them too ("Rapporten publicerades 12 mars 2021").
_PAGE_PARTICIPLE = (
    r"uppdaterad|uppdaterat|ändrad|ändrat|publicerad|publicerat|skapad|skapat|granskad|granskat|reviderad|redigerad"
)
_PAGE_PAST = r"uppdaterades|ändrades|publicerades|skapades|granskades|reviderades|redigerades"
_PAGE_LABEL = (
    rf"(?<!\w)(?:(?:senast|sidan|sist)\s+(?:senast\s+)?(?:{_PAGE_PARTICIPLE}|{_PAGE_PAST})"
    rf"|(?:{_PAGE_PARTICIPLE})|(?:{_PAGE_PAST})(?=\s*:))(?:\s+senast)?\s*:?\s*(?:den\s+)?"
)
_PAGE_DATE_BODY = (
    rf"(?P<iso_y>{_Y})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})(?!\d)"
    rf"|(?P<dmy_d>\d{{1,2}})(?::[ae]|\.)?\s+(?P<dmy_m>{_MONTH_ANY})\.?,?\s+(?P<dmy_y>{_Y})(?!\d)"
    rf"|(?P<num_d>\d{{1,2}})[./](?P<num_m>\d{{1,2}})[./\s-]\s*(?P<num_y>{_Y})(?!\d)"
)
_PAGE_DATE_RE = re.compile(rf"{_PAGE_LABEL}(?:{_PAGE_DATE_BODY})", _FLAGS)

# --------------------------------------------------------------------------
# Date expressions ("atoms")
# --------------------------------------------------------------------------

_ATOM_RES: list[tuple[str, re.Pattern[str]]] = [
    ("compact_pair", re.compile(
        r"(?<![\d\-/.])(?P<a>\d{8}|\d{6})\s*(?:[-–—]{1,2}|till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?)\s*"
        r"(?P<b>\d{8}|\d{6})(?![\d\-/])", _FLAGS)),
    ("iso_day", re.compile(
        rf"(?<![\d/.])(?P<y>{_Y})(?P<sep>[-/.–])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d])", _FLAGS)),
    ("dmy", re.compile(
        rf"(?<![\d.])(?P<d>\d{{1,2}})(?::[ae]|\.)?\s+(?P<m>{_MONTH_ANY})\.?,?\s+(?P<y>{_Y})(?![\d])", _FLAGS)),
    ("dm", re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?::[ae]|\.)?\s+(?P<m>{_MONTH_ANY})", _FLAGS)),
    ("slash_dmy", re.compile(
        rf"(?<![\d/.])(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})(?:[.\s-]|\s*-\s*)(?P<y>{_Y})(?![\d])", _FLAGS)),
    # "jan 24 – dec 25": months with two-digit years, only as a range (alone, "jan 24" may be a day).
    ("my_short_range", re.compile(
        rf"(?<!\w)(?P<m>{_MONTH_NODAY})\s*'?(?P<y>\d{{2}})\s*[–—-]\s*(?P<m2>{_MONTH_NODAY})\s*'?(?P<y2>\d{{2}})(?![\d])",
        _FLAGS)),
    # "aug 2025 – jul 2027": in a range of months and years "jul", "jun" and "mar" are months too
    ("my_range", re.compile(
        rf"(?<!\w)(?P<m>{_MONTH_ANY})\s+(?P<y>{_Y})\s*[–—-]\s*(?P<m2>{_MONTH_ANY})\s+(?P<y2>{_Y})(?![\d])", _FLAGS)),
    ("my", re.compile(rf"(?<!\w)(?P<m>{_MONTH_NODAY})\s+(?:månad\s+)?(?P<y>{_Y})(?![\d])", _FLAGS)),
    # ISO weeks: "vecka 34 2024", "v. 34 2024", "vecka 34, 2024"
    ("week", re.compile(rf"(?<!\w)(?:vecka|v\.)\s*(?P<w>\d{{1,2}})\s*,?\s+(?:år\s+)?(?P<y>{_Y})(?![\d])", _FLAGS)),
    ("m", re.compile(rf"(?<!\w)(?P<m>{_MONTH_FULL})(?!\w)", _FLAGS)),
    ("season", re.compile(
        rf"(?<!\w)(?P<s>vår|sommar|höst|vinter)(?:en|n)?\s+(?P<y>{_Y})"
        rf"(?:\s*[/–-]\s*(?P<y2>{_Y}|\d{{2}})(?!\d))?(?![\d])", _FLAGS)),
    ("term", re.compile(
        rf"(?<!\w)(?:(?P<t>vt|ht)\s?[-–]?\s?(?P<y>{_Y}|\d{{2}})"
        rf"|(?P<tl>vår|höst)termin(?:en)?\s+(?P<yl>{_Y}))(?!\d)", _FLAGS)),
    # "läsåret 2024/25"; "läsåren 2021/22 och 2022/23" (or "–", "till") is the span of both (of the first and the last
    # of several); "två läsår, 2024/25 och 2025/26" too.
    ("lasar", re.compile(
        rf"(?<!\w)läsår(?:et|en)?(?:\s*[,:]\s*|\s+)(?P<y>{_Y}|\d{{2}})\s*[/–—-]\s*(?P<y2>{_Y}|\d{{2}})(?!\d)"
        rf"(?:\s*(?:och|till|[,–—-])\s*(?P<y3>{_Y}|\d{{2}})\s*[/–—-]\s*(?P<y4>{_Y}|\d{{2}})(?!\d))*", _FLAGS)),
    ("halfyear", re.compile(
        rf"(?<!\w)(?P<h>första|andra|1:a|2:a)\s+halvåret\s+(?:år\s+)?(?P<y>{_Y})(?!\d)", _FLAGS)),
    ("quarter", re.compile(
        rf"(?<!\w)(?:(?P<q>första|andra|tredje|fjärde|1:a|2:a|3:e|4:e)\s+kvartalet|kvartal\s+(?P<qn>[1-4])"
        rf"|q(?P<qq>[1-4]))\s+(?:år\s+)?(?P<y>{_Y})(?!\d)", _FLAGS)),
    ("newyear", re.compile(
        rf"(?<!\w)årsskiftet\s+(?P<y>{_Y})\s*[/–-]\s*(?P<y2>{_Y}|\d{{2}})(?!\d)", _FLAGS)),
    ("year_short", re.compile(
        rf"(?<![\w\-/.§])(?P<y>{_Y})(?P<sp1>\s*)(?P<sep>[-–—/])(?P<sp2>\s*)(?P<yy>\d{{2}})"
        r"(?![\d\w])(?![-/.]\d)", _FLAGS)),
    ("year", re.compile(
        rf"(?<![\w§])(?<!\d[.,])(?P<y>{_Y})(?!\d)(?![.,:]\d)(?!\s*års(?!\w))"
        r"(?!(?P<ysep>[-/.])\d{1,2}(?P=ysep)\d)", _FLAGS)),
]
_ATOM_PRIORITY = {name: i for i, (name, _) in enumerate(_ATOM_RES)}

_QUARTER_WORDS = {"första": 1, "1:a": 1, "andra": 2, "2:a": 2, "tredje": 3, "3:e": 3, "fjärde": 4, "4:e": 4}

# --------------------------------------------------------------------------
# Context words
# --------------------------------------------------------------------------

_LABEL = (
    r"tidsperiod(?:en)?|tidsram(?:en)?|projekttid(?:en)?|projektperiod(?:en)?|period(?:en)?|löptid(?:en)?"
    r"|genomförandetid(?:en)?|genomförandeperiod(?:en)?|tid(?:s)?plan(?:en)?|tid\s*:|datum\s*:"
    r"|projektets\s+längd|pågår|pågick|pågått|pågå|löper|löpte|genomförs|genomfördes|genomföras"
    r"|bedrivs|bedrevs|drivs|drevs|varar|varade|sträcker\s+sig|beviljat?s?\s+(?:för|under)"
)
_START = (
    rf"(?:{_LABEL})[\s:,]+(?:från|fr\.?\s?o\.?\s?m\.?)"
    # "från" right after a duration: "under tre år från hösten 2024", "i 24 månader från januari 2025"
    r"|(?:(?<=år\s)|(?<=år,\s)|(?<=månad\s)|(?<=månader\s)|(?<=månader,\s))från"
    r"|från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|sedan(?:\s+starten)?|med\s+(?:start|uppstart)"
    # "Start är planerad till den 1 mars 2026", "Uppstarten är beräknad till hösten 2026"
    r"|(?:start|starten|uppstart|uppstarten|projektstart|projektstarten)\s+(?:är|var)\s+(?:planerad|beräknad|satt|tänkt)"
    r"\s+(?:till|för|i|den)"
    r"|start(?:ar|ade|at|ades|as|a|en|datum|år)?|projektstart|uppstart(?:en)?"
    r"|påbörja(?:s|des|ts|t|d|de)?|inled(?:s|des|ts|de)|börja(?:r|de|t)?"
    r"|(?:kom|kommer|kommit|drar|drog|drogs|dras|sattes|sätts|kör|körde)\s+(?:igång|i\s+gång)"
    r"|sjösatt(?:es|s)?|sjösätts|lanserades|lanseras"  # "sjösattes vid skolstarten i augusti 2024"
    r"|startskottet\s+(?:gick|går)"  # "Startskottet gick i oktober 2024"
    # "öppnade i oktober 2024", "tog emot sina första deltagare den 1 september 2025", "arton månader räknat från"
    r"|öppnade|öppnades|tog\s+emot\s+(?:sina\s+|de\s+)?första\s+[\wåäö]+|räknat\s+från|räknad\s+från"
    # "började ta emot deltagare i januari 2025", "startade att ta emot familjer i augusti"
    r"|(?:började|startade)\s+(?:att\s+)?ta\s+emot\s+(?:sina\s+|de\s+)?(?:första\s+)?[\wåäö]+"
    # "Stjärnsteget startade sin första grupp i september 2025"
    r"|(?:startade|började|inledde)\s+(?:sin|sitt|sina)\s+första\s+[\wåäö]+"
    # "Bussen gjorde sin första tur den 2 september 2025", "Gruppen höll sin första träff i mars 2026"
    r"|(?:gjorde|höll|körde|genomförde|ordnade)\s+(?:sin|sitt|sina)\s+första\s+[\wåäö]+"
    r"|(?:kommer\s+att|ska|skall|planeras\s+att|planeras|beräknas)\s+(?:starta|påbörjas|inledas|börja|komma\s+igång)"
)
_END = (
    rf"(?:{_LABEL})[\s:,]+(?:till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|fram\s+till)"
    r"|(?:pågå[rt]?|pågick|pågått|löper|löpte|förläng(?:s|ts|t|des|d)|fortsätter|fortsatte|varar|varade"
    r"|finansieras|beviljats|beviljades|håller\s+på|höll\s+på|finns\s+kvar|fanns\s+kvar"
    r"|hålla\s+på|hållit\s+på|löpa|löpt|fortsätta|fortsatt"  # after "ska", "kommer att", "har": "ska hålla på till"
    r"|håller\s+(?:\w+\s+)?öppet|höll\s+(?:\w+\s+)?öppet)\s+(?:\w+\s+){0,2}?(?:fram\s+)?till(?:\s+och\s+med)?"
    r"|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|slutar|slutade|avslutas|avslutades|avslutats"
    r"|avslutat|avslutad|avslut|slutförs|slutfördes|upphör|upphörde|löper\s+ut|löpte\s+ut|slutdatum|slutår"
    r"|projektslut|slut\s*:|(?:kommer\s+att|ska|skall|planeras\s+att|beräknas)\s+(?:avslutas|slutföras|upphöra)"
    # stopped early: "avbröts vid årsskiftet 2025/2026", "lades ner i juni 2025"
    r"|avbröts|avbryts|avbrutits|lades\s+(?:ned|ner)|läggs\s+(?:ned|ner)|stoppades"
    r"|avrundas|avrundades|avrundats"  # "… och avrundas i juni 2026"
)
_FILLER = (
    r"i\s+början\s+av|i\s+slutet\s+av|i\s+mitten\s+av|början\s+av|slutet\s+av|mitten\s+av|inledningen\s+av"
    r"|under\s+året|under|i|på|vid|den|år|året|redan|ca\.?|cirka|omkring|runt|preliminärt|troligen|planerat|senast"
    r"|projektet|satsningen|insatsen|arbetet|verksamheten|investeringen|och\s+med|med|perioden|från"
    r"|arbeta"  # "började arbeta den 7 april 2025"
    r"|(?:skol|termins|läsårs)starten"  # "startade vid skolstarten i augusti 2024"
    r"|utgången\s+av"  # "till och med utgången av 2027"
    r"|beslutet|beslut"  # "i tre år från beslutet den 20 november 2024"
    r"|i\s+samband\s+med|enligt\s+plan(?:en)?"  # "drog i gång i samband med skolstarten", "avslutades enligt plan i juni"
    r"|som\s+(?:projekt|satsning|pilot)"  # "avslutades som projekt i augusti 2026" (and lives on as ordinary work)
    r"|när"  # "avslutas när vårterminen 2027 är slut"
)
_PREFIX_RE = re.compile(
    rf"(?<!\w)(?:(?P<start>{_START})|(?P<end>{_END})|(?P<label>{_LABEL})|(?P<between>mellan)|(?P<bad>agenda|vision"
    rf"|strategi|budget(?:år)?|mål"
    # the end a project stopped early was meant to have: "skulle ha pågått till och med december 2026"
    rf"|skulle\s+ha\s+(?:pågått|löpt|varat|fortsatt)\s+(?:\w+\s+){{0,2}}?(?:fram\s+)?till(?:\s+och\s+med)?"
    # the end it had before an extension: "I stället för att avslutas i juni 2026 … håller den öppet till juni 2027"
    rf"|stället\s+för\s+att\s+(?:avslutas|sluta|upphöra)))"
    rf"(?!\w)(?:[\s:,]+(?:{_FILLER})(?!\w))*[\s:,]*$",
    _FLAGS,
)
_POST_RE = re.compile(
    r"^[\s,]*(?:så\s+)?(?:"
    r"(?P<start>startade|startar|startades|påbörjades|påbörjas|inleddes|inleds|började|börjar|drogs?\s+igång"
    r"|kom\s+igång)"
    r"|(?P<end>avslutades|avslutas|slutade|upphörde|upphör|slutfördes)"
    r"|(?P<label>pågår|pågick|genomfördes|genomförs|bedrivs|bedrevs)"
    # An open range: "2022 – pågående", "hösten 2021 och tills vidare", "2019–" at the end of a line.
    r"|(?P<open>(?:[–—-]\s*|och\s+)(?:pågående|pågår|tills\s+vidare|tillsvidare|framåt)"
    r"|(?P<dash>[–—-])[ \t]*(?=\n|\Z)))(?!\w)",
    _FLAGS,
)
_LABEL_START_RE = re.compile(rf"(?:{_LABEL})(?!\w)", _FLAGS)
_BARE_WORDS = frozenset(
    "i under på vid den år året redan ca cirka omkring runt preliminärt början slutet mitten av inledningen "
    "projektet satsningen insatsen arbetet verksamheten investeringen perioden med och".split()
)
# "den" may stand before the second date: "från den 1 januari 2025 till den 31 december 2026".
_CONNECTOR_RE = re.compile(
    r"\s*(?:[-–—‐‑−]{1,2}|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|fram\s+till|till|(?P<och>och))(?:\s+den)?\s*",
    _FLAGS,
)
_SLASH_RE = re.compile(r"\s*/\s*")
_WORD_RE = re.compile(r"\w+")

_DUR_UNIT = r"(?P<unit>läsår|år|månader|månad|mån\.?)"  # a läsår (school year) counts as twelve months
_DUR_ADJ_RE = re.compile(
    rf"(?<!\w)(?P<n>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s?-?\s?(?:årig(?:t|a|e)?|års(?:period|projekt|satsning|program"
    rf"|insats)\w*)(?!\w)"
    r"(?!\s+(?:barn|pojk|flick|elev|ungdom|son|söner|dotter|döttrar|unga\b|person|kvinn|män\b|man\b|flicka|pojke))",
    _FLAGS,
)
_PREVIOUS_RE = re.compile(
    r"(?<!\w)(?:fortsättning\s+på|efter|tidigare|föregående|förra|avslutade|liknande)\s+(?:\w+\s+){0,2}$", _FLAGS
)
_DUR_HIT_RE = re.compile(r"år(?:ig|s|(?![\wåäö]))|mån(?:ad|\.|(?![\wåäö]))|halvår", _FLAGS)
_DIGITS_HIT_RE = re.compile(r"\d\d")
_DUR_HALFYEAR_RE = re.compile(r"(?<!\w)(?:under|i)\s+(?:ett\s+)?halvår(?!\w)", _FLAGS)
# "pågår under tre år", "i 18 månader": the words before the number (each optional) and the number with its unit.
_DUR_PREFIX = (
    r"(?<!\w)(?P<verb>(?:pågå[rt]?|pågick|pågått|löper|löpte|varar|varade|sträcker\s+sig|omfattar|genomförs|bedrivs"
    r"|drivs)\s+)?"
    r"(?P<prep>under|i|över)?\s*(?:en\s+(?:period|tid|tidsperiod)\s+(?:av|på|om)\s+)?(?:totalt\s+|ca\.?\s+|cirka\s+)?"
)
_DUR_NUMBER = rf"(?P<n>{_NUM})\s+{_DUR_UNIT}(?P<tid>s\s+tid|aders\s+tid)?(?!\w)"
_DUR_PREP_RE = re.compile(_DUR_PREFIX + _DUR_NUMBER, _FLAGS)
_DUR_NUMBER_RE = re.compile(_DUR_NUMBER, _FLAGS)
_DUR_UNIT_RE = re.compile(rf"{_DUR_UNIT}(?:s\s+tid|aders\s+tid)?(?!\w)", _FLAGS)  # how _DUR_NUMBER ends
_DUR_PREFIX_WORDS = 7  # "sträcker sig under en period av totalt": the most \w runs _DUR_PREFIX can hold
_DUR_PREFIX_REACH = 400  # how far back to look for those words
_BLANK_AFTER_NONWORD_RE = re.compile(r"(?<!\w)\s")
_AGE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:barn|barnen|unga|ungdomar|elever|eleverna|flickor|pojkar|kvinnor|män|personer|vuxna|individer"
    r"|deltagare|åldern|ålder|åldrarna|åringar|som\s+är|yngre|äldre|bebisar|spädbarn|småbarn|familjer|föräldrar)"
    r"[^\w.!?]+(?:\w+[^\w.!?]+){0,2}|upp\s+till\s+|(?:från|mellan)\s+\S+\s+(?:till|och)\s+)$",  # in one sentence
    _FLAGS,
)
_AGE_AFTER_RE = re.compile(
    r"^\s*(?:gamla|gammal|och\s+(?:äldre|yngre|uppåt)|eller\s+(?:äldre|yngre)|sedan|tillbaka)(?!\w)", _FLAGS
)
_DUR_LABEL_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_LABEL})(?!\w)[\s:,]*(?:(?:{_FILLER})(?!\w)[\s:,]*)*$", _FLAGS)
_RANGE_BEFORE_RE = re.compile(r"\d\s*[-–—]\s*$")

_FINISHED_RE = re.compile(
    r"(?<!\w)(?:avslutades|avslutats|avslutat|avslutad|avslutade|pågick|genomfördes|slutfördes|upphörde"
    r"|har\s+upphört|avbröts|avbrutits|avbrutet|avbruten|lades\s+ned|lades\s+ner)(?!\w)",  # (stopped early: over)
    _FLAGS,
)
# (not people beginning to do something: "att färre unga ska börja använda alkohol", a verb after "börja")
_BEGIN_TO = r"(?!\s+(?!(?:nästa|första|andra|vecka)\b)[a-zåäö]{2,}a\b)"
_PLANNED_RE = re.compile(
    rf"(?<!\w)(?:startar|påbörjas|inleds|börjar{_BEGIN_TO}|planeras|(?:kommer\s+att|ska|skall)\s+(?:starta|påbörjas"
    rf"|inledas|börja{_BEGIN_TO}|komma\s+igång))(?!\w)",
    _FLAGS,
)
_ONGOING_RE = re.compile(
    r"(?<!\w)(?:pågår|startade|startat|påbörjades|påbörjats|inleddes|inletts|började|pågått)(?!\w)", _FLAGS
)

_APPLICATION_RE = re.compile(
    r"(?<!\w)(?:ansökningsperiod\w*|ansökningstid\w*|ansökningsomgång\w*|sista\s+ansökningsdag\w*"
    r"|ansökan\s+(?:ska|kan|måste)|ansök\s+senast|kan\s+ansöka|går\s+att\s+ansöka|utlysning\w*|anmälan|anmäl\s+dig"
    r"|deadline)(?!\w)",
    _FLAGS,
)
# Sentence breaks: a ".", "!" or "?" before a blank and a capital (or quote, bracket, dash), a blank line, or a line
# break before a list item or a "Label:". Written to begin with one set of characters (the first character is
# read, then the lookbehinds say which alternative it began), so that re's search skips to those characters in
# C instead of trying the alternatives at every position: the same matches as
# r"[.!?](?=…)|\n\s*\n|\n(?=…)" (tests/swedish/test_dates_scans.py).
_BOUNDARY_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?=\s+[A-ZÅÄÖ\"”'«(-])|(?<=\n)\s*\n|(?<=\n)(?=\s*[-•*]|\s*[A-ZÅÄÖ][\wåäö -]{0,40}:))",
)


# --------------------------------------------------------------------------
# Date arithmetic
# --------------------------------------------------------------------------


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: datetime.date, months: int) -> datetime.date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError
    return datetime.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def _make_date(y: int, m: int, d: int) -> datetime.date | None:
    if not _valid_year(y):
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _two_digit_year(yy: int) -> int:
    return 1900 + yy if yy >= 90 else 2000 + yy


def _full_year(raw: str, *, after: int | None = None) -> int | None:
    """A year from "2024" or "24"; a 2-digit year follows ``after`` when given."""
    n = int(raw)
    if len(raw) == 4:
        return n
    if after is not None:
        year = after - after % 100 + n
        return year if year > after else year + 100
    return _two_digit_year(n)


# --------------------------------------------------------------------------
# Atoms
# --------------------------------------------------------------------------


@dataclass
class _Atom:
    s: int
    e: int
    kind: str
    start: FuzzyDate | None  # None for year-less atoms until a range gives them a year
    end: FuzzyDate | None
    intrinsic_range: bool = False
    month: int | None = None  # year-less atoms
    day: int | None = None
    is_year: bool = False
    role: str | None = None
    label: bool = False
    between: bool = False
    bad: bool = False
    ctx_s: int = 0
    ctx_e: int = 0

    @property
    def yearless(self) -> bool:
        return self.start is None


def _interval(first: datetime.date, last: datetime.date, prec: Precision) -> tuple[FuzzyDate, FuzzyDate]:
    return FuzzyDate(first, prec), FuzzyDate(last, prec)


# The intervals of years and months are built once each (a bounded cache: a few hundred years and months occur at
# all), since nearly every atom is one: FuzzyDate is frozen, so the same pair can stand in every atom and period.
@functools.lru_cache(maxsize=512)
def _year_interval(y: int) -> tuple[FuzzyDate, FuzzyDate]:
    return _interval(datetime.date(y, 1, 1), datetime.date(y, 12, 31), "year")


@functools.lru_cache(maxsize=2048)
def _month_interval(y: int, m: int) -> tuple[FuzzyDate, FuzzyDate]:
    return _interval(datetime.date(y, m, 1), _last_day(y, m), "month")


def _build_atom(kind: str, m: re.Match[str]) -> _Atom | None:  # noqa: C901 - one branch per kind
    s, e = m.span()
    g = m.groupdict()
    if kind == "compact_pair":
        a, b = _compact_date(g["a"]), _compact_date(g["b"])
        if a is None or b is None or b < a:
            return None
        return _Atom(s, e, kind, FuzzyDate(a, "day"), FuzzyDate(b, "day"), intrinsic_range=True)
    if kind in ("iso_day", "dmy", "slash_dmy"):
        month = _MONTHS.get(fold(g["m"]).rstrip(".")) if kind == "dmy" else int(g["m"])
        d = _make_date(int(g["y"]), month or 0, int(g["d"]))
        if d is None:
            return None
        return _Atom(s, e, kind, FuzzyDate(d, "day"), FuzzyDate(d, "day"))
    if kind == "dm":
        month = _MONTHS[fold(g["m"]).rstrip(".")]
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        return _Atom(s, e, kind, None, None, month=month, day=day)
    if kind == "m":
        return _Atom(s, e, kind, None, None, month=_MONTHS[fold(g["m"])])
    if kind == "my":
        y = int(g["y"])
        if not _valid_year(y):
            return None
        return _Atom(s, e, kind, *_month_interval(y, _MONTHS[fold(g["m"]).rstrip(".")]))
    if kind == "my_short_range" or kind == "my_range":
        y, y2 = (2000 + int(g["y"]), 2000 + int(g["y2"])) if kind == "my_short_range" else (int(g["y"]), int(g["y2"]))
        m1, m2 = _MONTHS[fold(g["m"]).rstrip(".")], _MONTHS[fold(g["m2"]).rstrip(".")]
        if not (_valid_year(y) and _valid_year(y2)) or (y2, m2) < (y, m1):
            return None
        return _Atom(s, e, kind, _month_interval(y, m1)[0], _month_interval(y2, m2)[1], intrinsic_range=True)
    if kind == "week":
        y, w = int(g["y"]), int(g["w"])
        try:
            first = datetime.date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        if not _valid_year(y):
            return None
        return _Atom(s, e, kind, *_interval(first, first + datetime.timedelta(days=6), "day"))
    if kind == "season":
        return _season_atom(s, e, g)
    if kind == "term":
        if g["t"]:
            y = _full_year(g["y"])
            is_vt = fold(g["t"]) == "vt"
        else:
            y = int(g["yl"])
            is_vt = fold(g["tl"]) == "vår"
        if y is None or not _valid_year(y):
            return None
        if is_vt:
            return _Atom(s, e, kind, *_interval(datetime.date(y, 1, 1), datetime.date(y, 6, 30), "season"))
        return _Atom(s, e, kind, *_interval(datetime.date(y, 8, 1), datetime.date(y, 12, 31), "season"))
    if kind == "lasar":
        y = _full_year(g["y"])
        y2 = _full_year(g["y2"], after=y)
        if y is None or y2 != y + 1 or not _valid_year(y) or not _valid_year(y2):
            return None
        if g["y3"]:  # the last school year of two or more
            y3 = _full_year(g["y3"], after=y)
            y4 = _full_year(g["y4"], after=y3) if y3 is not None else None
            if y3 is None or y4 != y3 + 1 or y3 < y or not _valid_year(y4):
                return None
            y2 = y4
        return _Atom(s, e, kind, FuzzyDate(datetime.date(y, 8, 1), "month"),
                     FuzzyDate(datetime.date(y2, 6, 30), "month"), intrinsic_range=True)
    if kind == "halfyear":
        y = int(g["y"])
        if not _valid_year(y):
            return None
        first_half = fold(g["h"]) in ("första", "1:a")
        if first_half:
            return _Atom(s, e, kind, *_interval(datetime.date(y, 1, 1), datetime.date(y, 6, 30), "season"))
        return _Atom(s, e, kind, *_interval(datetime.date(y, 7, 1), datetime.date(y, 12, 31), "season"))
    if kind == "quarter":
        y = int(g["y"])
        if not _valid_year(y):
            return None
        q = _QUARTER_WORDS.get(fold(g["q"] or "")) or int(g["qn"] or g["qq"])
        first_month = 3 * (q - 1) + 1
        return _Atom(s, e, kind, *_interval(datetime.date(y, first_month, 1),
                                            _last_day(y, first_month + 2), "season"))
    if kind == "newyear":
        y = int(g["y"])
        y2 = _full_year(g["y2"], after=y)
        if y2 != y + 1 or not _valid_year(y2):
            return None
        return _Atom(s, e, kind, FuzzyDate(datetime.date(y, 12, 1), "month"),
                     FuzzyDate(datetime.date(y2, 1, 31), "month"), intrinsic_range=True)
    if kind == "year_short":
        return _year_short_atom(s, e, g)
    if kind == "year":
        y = int(g["y"])
        if not _valid_year(y):
            return None
        return _Atom(s, e, kind, *_year_interval(y), is_year=True)
    return None


def _compact_date(raw: str) -> datetime.date | None:
    if len(raw) == 6:
        y, m, d = _two_digit_year(int(raw[:2])), int(raw[2:4]), int(raw[4:])
    else:
        y, m, d = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    return _make_date(y, m, d)


def _season_atom(s: int, e: int, g: dict[str, str]) -> _Atom | None:
    y = int(g["y"])
    season = fold(g["s"])
    if not _valid_year(y):
        return None
    first_m, last_m = _SEASONS[season]
    if season == "vinter":
        if g["y2"]:
            y2 = _full_year(g["y2"], after=y)
            if y2 != y + 1:
                return None
            return _Atom(s, e, "season", *_interval(datetime.date(y, 12, 1), _last_day(y2, 2), "season"))
        # "vintern 2023" alone: only the part of Dec–Feb that lies in 2023.
        return _Atom(s, e, "season", *_interval(datetime.date(y, 1, 1), _last_day(y, 2), "season"))
    if g["y2"]:
        return None  # "våren 2022/2023" is not a thing we can read
    return _Atom(s, e, "season", *_interval(datetime.date(y, first_m, 1), _last_day(y, last_m), "season"))


def _year_short_atom(s: int, e: int, g: dict[str, str]) -> _Atom | None:
    y, yy = int(g["y"]), int(g["yy"])
    tight = not g["sp1"] and not g["sp2"]
    if g["sep"] == "-" and tight and 1 <= yy <= 12 and (yy <= y % 100 or yy <= 12):
        # "2019-12": ISO year-month (wins over a 2-digit year range when <= 12)
        if not _valid_year(y):
            return None
        return _Atom(s, e, "my", *_month_interval(y, yy))
    if yy <= y % 100:
        return None
    y2 = y - y % 100 + yy
    if not (_valid_year(y) and _valid_year(y2)):
        return None
    if g["sep"] == "/" and y2 != y + 1:
        return None
    first, _ = _year_interval(y)
    _, last = _year_interval(y2)
    return _Atom(s, e, "year_range", first, last, intrinsic_range=True)


# What every match of a pattern holds, to skip the patterns that cannot match a text (each is checked against
# the pattern it stands for): (a digit, one of these words in fold(text), one of these strings in the text).
_ANY_DIGIT_RE = re.compile(r"\d")
_NOISE_NEEDS: list[tuple[bool, tuple[str, ...] | None, tuple[str, ...] | None]] = [
    (False, ("http", "www.", "@"), None),  # URL, e-mail
    (True, None, ("+46",)),
    (True, None, ("-", "–", "/")),  # phone numbers: 0, digits, a dash or slash, digits
    (True, ("tel", "mobil", "växel"), None),
    (True, None, None),  # postcode
    (True, ("dnr", "diarie", "ärende"), None),
    (True, None, ("/", ".", ":")),  # "KS 2019/123"
    (True, None, ("/", "-")),  # "2019/123", "2020-00123"
    (True, None, ("-",)),  # personnummer
    (True, None, (":", ".")),  # clock times
    (True, ("kr", "sek", "miljon", "miljard", "%", "procent"), None),  # money, percentages
    (True, ("födda",), None),  # birth years
]
assert len(_NOISE_NEEDS) == len(_NOISE_RES)
# Noise patterns whose every match starts with a run of digits (no digit before it) of one of these lengths: they
# are tried only where such a run starts. Phone numbers: "0" and 1-3 digits before a dash; postcodes "123 45";
# "2020-00123"; personnummer "YYMMDD-" / "YYYYMMDD-"; clock times "13.00"; money and percentages: any number.
_ANY_LENGTH = range(1, 1 << 30)
_DIGIT_LED_NOISE: dict[re.Pattern[str], range | tuple[int, ...]] = {
    _PHONE_RE: (2, 3, 4), _POSTCODE_RE: (3,), _YEAR_NO_RE: (4,), _PERSONNUMMER_RE: (6, 8), _CLOCK_RE: (1, 2),
    _MONEY_RE: _ANY_LENGTH,
}
_PAGE_DATE_NEEDS = (True, ("uppdater", "ändra", "publicer", "skapa", "granska", "revider", "rediger"), None)
_PAGE_STEMS = _PAGE_DATE_NEEDS[1]  # every participle of _PAGE_LABEL starts with one
_PAGE_LEADS = ("senast", "sidan", "sist")  # _PAGE_LABEL's words before a participle
# What a digit-led pattern needs right after its leading run of digits (which it reads whole, as what follows its
# first number is no digit): one of these characters, or (True) any blank (``\s``, which is ``str.isspace``).
# Runs followed by anything else are not tried. Phone numbers "08-", "08 -"; postcodes "123 45"; "2020-00123";
# personnummer "YYMMDD-"; clock times "13.00", "13:00". Money and percentages: anything ("12%", "12 kr", "12,5").
_Follow = tuple[str, bool]
_NOISE_FOLLOW: dict[re.Pattern[str], _Follow] = {
    _PHONE_RE: ("-–/", True), _POSTCODE_RE: ("\u00a0 ", False), _YEAR_NO_RE: ("/-", False),
    _PERSONNUMMER_RE: ("-", False), _CLOCK_RE: (":.", False),
}
# "KS 2019/123" is no digit-led pattern but holds one: after 2-6 capitals and at most a blank (no digits), a run of
# 2-4 digits then "/", "." or ":". It is tried only 2 to 7 characters before such a run.
_NOISE_HOLDS_RUN: dict[re.Pattern[str], tuple[tuple[int, ...], _Follow]] = {
    _CASE_NO_RE: ((2, 3, 4), ("/.:", False)),
}
_HELD_RUN_AFTER = range(2, 8)  # how far after the start of a match of such a pattern its run of digits starts
# (pattern, needs a digit, words, strings, run lengths or None, what follows the run or None, the run it holds or
# None) of each noise pattern, in the order they are blanked.
_MASK_PLAN = [(rx, *needs, _DIGIT_LED_NOISE.get(rx), _NOISE_FOLLOW.get(rx), _NOISE_HOLDS_RUN.get(rx))
              for rx, needs in zip(_NOISE_RES, _NOISE_NEEDS)]
_MASK_PLAN_PAGE = _MASK_PLAN + [(_PAGE_DATE_RE, *_PAGE_DATE_NEEDS, None, None, None)]
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# Atoms named by a word: one of these words is in every match. The others begin with a digit that follows no
# digit, and are tried only where a run of digits starts.
_ATOM_KEYS: dict[str, tuple[str, ...]] = {
    "dmy": _MONTH_KEYS, "dm": _MONTH_KEYS, "my": _MONTH_KEYS, "m": _MONTH_KEYS, "my_short_range": _MONTH_KEYS,
    "my_range": _MONTH_KEYS, "week": ("vecka", "v."),
    "season": ("vår", "sommar", "höst", "vinter"), "term": ("vt", "ht", "termin"), "lasar": ("läsår",),
    "halfyear": ("halvåret",), "quarter": ("kvartal", "q"), "newyear": ("årsskiftet",),
}
# Where the matches of most of them start: at one of these words in fold(text) (a month, a season, "vt", "ht", the
# "vår"/"höst" of "vårterminen"), so they are tried only there. Half-years and quarters start with an ordinal.
_ATOM_STARTS: dict[str, tuple[str, ...]] = {
    "my": _MONTH_KEYS, "m": _MONTH_KEYS, "my_short_range": _MONTH_KEYS, "my_range": _MONTH_KEYS,
    "week": ("vecka", "v."), "season": ("vår", "sommar", "höst", "vinter"),
    "term": ("vt", "ht", "vår", "höst"), "lasar": ("läsår",), "newyear": ("årsskiftet",),
}
# r"\d+", written to begin with a single digit so that re's search skips to the next digit in C instead of trying
# the repeat at every position (twice as fast on long texts; the same runs).
_DIGIT_RUN_RE = re.compile(r"\d\d*")
# The length of the run of digits each digit-led atom starts with (its pattern admits no digit before it, and what
# follows its first number is no digit): "2023" 4, "15 mars" 1-2, "190401 - 220331" 6 or 8.
_ATOM_RUN_LENGTHS: dict[str, tuple[int, ...]] = {
    "compact_pair": (6, 8), "iso_day": (4,), "dmy": (1, 2), "dm": (1, 2), "slash_dmy": (1, 2), "year_short": (4,),
    "year": (4,),
}
# What follows that run (see _NOISE_FOLLOW): "2023-05-12", "2023/24", "2023 - 24", "15 mars", "15:e mars",
# "15. mars", "15/3 2023", "15.3.2023". "2023" alone and "190401" (then "till", any case) are not filtered.
_ATOM_FOLLOW: dict[str, _Follow] = {
    "iso_day": ("-/.–", False), "dmy": (":.", True), "dm": (":.", True), "slash_dmy": ("/.", False),
    "year_short": ("-–—/", True),
}
# (kind, pattern, priority, keys or None, run lengths or None, what follows the run or None, start words or None)
# of each atom pattern, in _ATOM_RES order.
_ATOM_PLAN = [(kind, rx, _ATOM_PRIORITY[kind], _ATOM_KEYS.get(kind), _ATOM_RUN_LENGTHS.get(kind),
               _ATOM_FOLLOW.get(kind), _ATOM_STARTS.get(kind)) for kind, rx in _ATOM_RES]


def _atoms_by_run() -> dict[int, list[tuple[str, re.Pattern[str], int, _Follow | None, bool]]]:
    """The digit-led atoms by the length of the run of digits they begin with: (kind, pattern, priority, what
    follows the run or None, whether it needs a month word), in _ATOM_RES order."""
    out: dict[int, list[tuple[str, re.Pattern[str], int, _Follow | None, bool]]] = {}
    for kind, rx, priority, keys, lengths, follow, _ in _ATOM_PLAN:
        assert keys in (None, _MONTH_KEYS) or lengths is None  # _digit_led_matches knows of month words only
        for n in lengths or ():
            out.setdefault(n, []).append((kind, rx, priority, follow, keys is not None))
    return out


_ATOMS_BY_RUN = _atoms_by_run()


def _mask(text: str, *, page_dates: bool) -> str:
    """Blank out noise with '#' of equal length so offsets stay aligned."""
    return _mask_runs(text, page_dates)[0]


def _digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of digits."""
    return [m.span() for m in _DIGIT_RUN_RE.finditer(text)]


def _run_starts(text: str, runs: list[tuple[int, int]], lengths: tuple[int, ...] | range,
                follow: _Follow | None) -> list[int]:
    """The starts of the runs of digits (sorted) of one of ``lengths`` and followed as ``follow`` says (any way
    when None): where a pattern that begins with such a run can match."""
    if follow is None:
        return [start for start, end in runs if end - start in lengths]
    chars, blank = follow
    out = []
    for start, end in runs:
        if end - start in lengths:
            c = text[end: end + 1]
            if c and (c in chars or (blank and c.isspace())):
                out.append(start)
    return out


def _cut_runs(runs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of digits once the (sorted, disjoint) spans are blanked with '#': the parts of each run outside
    them (a '#' is no digit, and the rest of the text is unchanged)."""
    out: list[tuple[int, int]] = []
    i = 0
    for start, end in runs:
        while i < len(spans) and spans[i][1] <= start:
            i += 1
        pos, j = start, i
        while j < len(spans) and spans[j][0] < end:
            s, e = spans[j]
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
            j += 1
        if pos < end:
            out.append((pos, end))
    return out


def _mask_runs(text: str, page_dates: bool, folded: str | None = None) -> tuple[str, list[tuple[int, int]] | None]:
    """``_mask(text)``, and the runs of digits in it (``_digit_runs``) when they came out on the way (else None).
    ``folded`` is ``fold(text)`` when known."""
    masked, runs, _ = _mask_spans(text, page_dates, folded)
    return masked, runs


def _masked_fold(text: str, low: str, masked: str, blanked: list[list[tuple[int, int]]]) -> str:
    """``fold(masked)``, where ``masked`` is ``text`` with the spans of each list of ``blanked`` blanked in turn and
    ``low`` is ``fold(text)``: those spans blanked in ``low``. The same without a capital sigma in the text: fold
    maps each character alone (lower() does but for U+03A3, whose lower case depends on its neighbours) to one
    character (tests/test_segment_folded.py), and "#" to "#"."""
    if masked is text:
        return low
    if "\u03a3" in text:
        return fold(masked)
    for spans in blanked:
        low = _blank(low, spans)
    return low


def _mask_spans(text: str, page_dates: bool, folded: str | None = None, runs: list[tuple[int, int]] | None = None
                ) -> tuple[str, list[tuple[int, int]] | None, list[list[tuple[int, int]]]]:
    """``_mask_runs``, and the spans blanked by each pattern that found any, in turn. ``runs`` is
    ``_digit_runs(text)`` when known."""
    masked = text
    blanked: list[list[tuple[int, int]]] = []
    # Masking only removes words, so what the original text lacks the masked text lacks too.
    if folded is None:
        folded = fold(text)
    digit = bool(runs) if runs is not None else _ANY_DIGIT_RE.search(text) is not None
    # ``runs``: (start, end) of each run of digits in ``masked``, found when first needed
    for rx, need_digit, words, strings, lengths, follow, holds in (_MASK_PLAN_PAGE if page_dates else _MASK_PLAN):
        if (need_digit and not digit) or (words is not None and not has_any(folded, words)) or \
                (strings is not None and not has_any(text, strings)):
            continue
        if holds is not None:
            if runs is None:
                runs = _digit_runs(masked)
            positions = sorted({r - k for r in _run_starts(masked, runs, *holds) for k in _HELD_RUN_AFTER if r >= k})
            found = [m.span() for m in finditer_at(rx, masked, [(0, len(masked))], positions)]
        elif rx is _PAGE_DATE_RE:
            # Its matches start at one of these words (see _page_date_matches), unchanged by masking.
            positions = sorted(i for w in _PAGE_STEMS + _PAGE_LEADS for i in find_all(folded, w))
            found = [m.span() for m in finditer_at(rx, masked, [(0, len(masked))], positions)]
        elif lengths is not None:
            # Tried only where a run of digits of a length the pattern begins with, followed as it must be, starts
            # (the same matches as rx.sub finds, see finditer_at).
            if runs is None:
                runs = _digit_runs(masked)
            positions = _run_starts(masked, runs, lengths, follow)
            if rx is _PHONE_RE:
                positions = [start for start in positions if masked[start] == "0"]
            elif rx is _MONEY_RE:
                positions = [start for start in positions if _MONEY_LEAD_RE.match(masked, start)]
            if not positions:
                continue
            found = [m.span() for m in finditer_at(rx, masked, [(0, len(masked))], positions)]
        else:
            found = [m.span() for m in rx.finditer(masked)]  # what rx.sub replaces
        if found:
            masked = _blank(masked, found)
            blanked.append(found)
            if runs is not None:
                runs = _cut_runs(runs, found)
    return masked, runs, blanked


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every (sorted, disjoint) span replaced by '#' of its length."""
    parts, pos = [], 0
    for s, e in spans:
        parts += (text[pos:s], "#" * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _year_windows(runs: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """``windows(text, _DIGITS_HIT_RE, 45, 30)`` from the text's runs of digits: in a run of length L the hits are
    its pairs of digits, from its start to start + L // 2 * 2, and their windows overlap, so the run's window is
    theirs merged; merging the runs' windows in order then gives the same spans."""
    spans: list[tuple[int, int]] = []
    for s, e in runs:
        if e - s < 2:
            continue
        lo, hi = max(0, s - 45), min(n, s + (e - s) // 2 * 2 + 30)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def _digit_led_matches(masked: str, runs: list[tuple[int, int]], spans: list[tuple[int, int]],
                       months: bool) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """The matches of the digit-led atom patterns, each as ``finditer_at(rx, masked, spans, positions)`` gives them
    with the positions ``_run_starts(masked, runs, lengths, follow)`` (where they can match), found in one walk over
    the runs of digits: at each run in a span, the patterns for its length (``_ATOMS_BY_RUN``) whose follow
    condition holds and whose last match ended at or before it. ``months``: whether the text has a month word.
    (start, start - end, priority, kind, match) of each."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    last_end: dict[str, int] = {}  # of each pattern's last match: finditer_at goes on from there
    i, n_spans = 0, len(spans)
    for start, end in runs:
        while i < n_spans and spans[i][1] <= start:
            i += 1
        if i == n_spans:
            break
        lo, hi = spans[i]
        kinds = _ATOMS_BY_RUN.get(end - start)
        if start < lo or kinds is None:
            continue
        c = masked[end: end + 1]
        for kind, rx, priority, follow, needs_month in kinds:
            if (needs_month and not months) or start < last_end.get(kind, 0):
                continue
            if follow is not None and not (c and (c in follow[0] or (follow[1] and c.isspace()))):
                continue
            m = rx.match(masked, start, hi)
            if m is not None:
                found.append((start, start - m.end(), priority, kind, m))
                last_end[kind] = m.end()
    return found


def _find_atoms(masked: str, folded: str | None = None, runs: list[tuple[int, int]] | None = None) -> list[_Atom]:
    """The date expressions, longest first where they overlap. ``runs`` is ``_digit_runs(masked)`` when known."""
    if runs is None:
        runs = _digit_runs(masked)
    spans = _year_windows(runs, len(masked))  # every dated expression has a year
    if not spans:
        return []
    if folded is None:
        folded = fold(masked)
    months = has_any(folded, _MONTH_KEYS)
    found = _digit_led_matches(masked, runs, spans, months)
    word_starts: dict[tuple[str, ...], list[int]] = {}  # the month words are where two kinds start
    for kind, rx, priority, keys, lengths, _, words in _ATOM_PLAN:
        if lengths is not None:
            continue  # found above
        if keys is not None and not (months if keys is _MONTH_KEYS else has_any(folded, keys)):
            continue
        if words is not None:
            if words not in word_starts:
                word_starts[words] = sorted(i for w in words for i in find_all(folded, w))
            matches = finditer_at(rx, masked, spans, word_starts[words])
        else:
            matches = finditer_near(rx, masked, spans)
        found += [(m.start(), m.start() - m.end(), priority, kind, m) for m in matches]
    # Longest first where they overlap, then by pattern. An atom is built (its date read) only when it is kept: one
    # that is not valid (None) keeps nothing out, as if it had never matched.
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    atoms: list[_Atom] = []
    last_end = -1
    for s, _, _, kind, m in found:
        if s >= last_end:
            atom = _build_atom(kind, m)
            if atom is not None:
                atoms.append(atom)
                last_end = atom.e
    return atoms


# The first word of every keyword _PREFIX_RE starts with (start, end and label words, "mellan" and the bad
# words), as a prefix of the word ("tid" for tidsperiod, tidsplan, tid:; "löp" for löptid, löper, löpte …), and
# "t" of t.o.m., "fr" of fr.o.m. (with the "." or blank before "o"; "to", "fro" when there is none).
_PREFIX_FIRST_WORDS = (
    "tid", "projekt", "period", "löp", "genomför", "datum", "pågå", "pågick", "bedr", "drivs", "drevs", "var",
    "sträcker", "bevilja", "från", "fro", "sedan", "med", "start", "uppstart", "påbörja", "inled", "börja", "kom",
    "drog", "dras", "sattes", "sätts", "ska", "planeras", "beräknas", "förläng", "fortsätter", "fortsatte",
    "finansieras", "till", "to", "slut", "avslut", "upphör", "mellan", "agenda", "vision", "strategi", "budget", "mål",
    "avbr", "lades", "läggs", "stopp", "skulle", "sjösatt", "sjösätts", "lanser", "avrund", "drar", "öppnade",
    "tog", "räkna", "håll", "höll", "finns", "fanns", "stället", "kör", "fortsatt", "fortsätt", "gjorde", "ordnade",
)
# Where a _PREFIX_RE match can start: after no word character, at one of those words in any case the pattern reads
# (their first letters first: a cheap test that fails at most places).
_PREFIX_FIRST_LETTERS = "".join(sorted({w[0] for w in _PREFIX_FIRST_WORDS}))
_PREFIX_START_RE = re.compile(
    rf"(?<!\w)(?=[{_PREFIX_FIRST_LETTERS}])(?={'|'.join(_PREFIX_FIRST_WORDS)}|t[.\s]|fr[.\s])", _FLAGS)
_PREFIX_REACH = 90  # how far before an atom its start, end or label word is looked for
# What no _PREFIX_RE match holds: a character other than a word character, a blank, ":", "," and "."; or a "."
# after anything but the "r", "o", "m", "t", "a" of "fr.", "t.o.m.", "ca." (in any case). Searched for in the
# reversed text, nearest the atom first.
# Written as r"[^\w\s:,.]|\.(?![romtaROMTA])" but beginning with one set of characters, which re's search skips to
# in C: any such character other than "." (not after a "."), or a "." not followed by one of those letters
# (tests/swedish/test_dates_scans.py).
_PREFIX_BARRIER_REV_RE = re.compile(r"[^\w\s:,](?:(?<!\.)|(?![romtaROMTA]))")


def _folded_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without IGNORECASE, to run on ``fold(text)`` instead of ``rx`` on ``text``, as ``_scan.folded_twin``
    (the same matches, position for position; case-blind matching slows every alternative down) for a pattern
    whose only capitals are in its group names and ``\\Z``. What that rests on is checked over all of Unicode for
    these patterns' characters (tests/swedish/test_dates_shortcuts.py)."""
    rest = re.sub(r"\(\?P<\w+>|\\Z", "", rx.pattern)
    assert rx.flags & re.I and rest == rest.lower(), rx.pattern
    return re.compile(rx.pattern, rx.flags & ~re.I)


# The patterns read around each atom, as case-sensitive twins run on the fold of the masked text.
_PREFIX_FOLDED_RE = _folded_twin(_PREFIX_RE)
_PREFIX_START_FOLDED_RE = _folded_twin(_PREFIX_START_RE)
_POST_FOLDED_RE = _folded_twin(_POST_RE)
_LABEL_START_FOLDED_RE = _folded_twin(_LABEL_START_RE)


def _annotate_all(masked: str, atoms: list[_Atom], folded: str | None = None) -> None:
    """``_annotate`` each atom (sorted by start), with the places a keyword can begin found once for all.
    ``folded`` is ``fold(masked)`` when known."""
    if not atoms:
        return
    if folded is None:
        folded = fold(masked)
    los = _prefix_reaches(masked, atoms)
    starts = _prefix_starts(folded, atoms, los)
    for atom, lo in zip(atoms, los):
        _annotate(folded, atom, lo, starts)


def _prefix_reaches(masked: str, atoms: list[_Atom]) -> list[int]:
    """Where the search for a keyword before each atom begins: ``_PREFIX_REACH`` before it, or after the nearest
    character in between that no match holds (``_PREFIX_BARRIER_REV_RE``), since a match runs from its start
    to the atom. The same leftmost match, from fewer places."""
    n = len(masked)
    rev = masked[::-1]
    los = []
    for atom in atoms:
        lo = max(0, atom.s - _PREFIX_REACH)
        # One character more than the reach, so the "." test sees the character before it (a barrier found
        # there leaves lo as it is).
        b = _PREFIX_BARRIER_REV_RE.search(rev, n - atom.s, n - lo + 1 if lo else n)
        los.append(max(lo, n - b.start()) if b else lo)
    return los


def _prefix_starts(folded: str, atoms: list[_Atom], los: list[int]) -> list[int]:
    """Where a keyword can begin (``_PREFIX_START_RE``) in reach before the atoms (sorted by start), each reach
    beginning at its ``los``; ``folded`` is the fold of the masked text, searched with the pattern's twin.

    The reaches are scanned once, merged: a keyword that does not fit before an atom cannot match before it
    either, so scanning on to a later atom's start where their reaches overlap finds more places, never fewer.
    """
    reach: list[tuple[int, int]] = []
    for atom, lo in zip(atoms, los):
        hi = atom.s
        if reach and lo <= reach[-1][1]:
            reach[-1] = (reach[-1][0], max(reach[-1][1], hi))
        else:
            reach.append((lo, hi))
    return [m.start() for lo, hi in reach for m in _PREFIX_START_FOLDED_RE.finditer(folded, lo, hi)]


def _prefix_before(folded: str, lo: int, end: int, starts: list[int]) -> re.Match[str] | None:
    """``_PREFIX_RE.search(masked, lo, end)`` (its span and groups), read as its twin in ``folded`` (the fold of the
    masked text), tried only at ``starts``, which hold every place in reach where a keyword can begin.

    A match starts at a word (its first alternative is a word after no word character), so the first place from
    which it matches is the leftmost match, as search finds it.
    """
    for i in range(bisect_left(starts, lo), bisect_left(starts, end)):
        m = _PREFIX_FOLDED_RE.match(folded, starts[i], end)
        if m is not None:
            return m
    return None


# A bare "från" is no start ("överskottet från 2012", "enkäten från hösten 2023"), but before a school term or a
# school year it is a schedule's ("från höstterminen 2025 får eleverna läxhjälp").
_SCHEDULE_KINDS = frozenset(("term", "lasar"))
_FROM_BEFORE_RE = re.compile(r"(?<!\w)från\s+$")


def _annotate(folded: str, atom: _Atom, lo: int, starts: list[int]) -> None:
    """Read the words right before and after an atom: role, label, "mellan". ``folded``: the fold of the masked
    text, where the patterns' twins are matched; ``lo``: where the search for a word before it begins
    (``_prefix_reaches``); ``starts``: see ``_prefix_before``."""
    atom.ctx_s, atom.ctx_e = atom.s, atom.e
    m = _prefix_before(folded, lo, atom.s, starts)
    if m:
        atom.ctx_s = m.start()
        if m.group("start"):
            atom.role = "start"
        elif m.group("end"):
            atom.role = "end"
        elif m.group("label"):
            atom.label = True
        elif m.group("between"):
            atom.between = True
        elif m.group("bad"):
            atom.bad = True
        if atom.role and _LABEL_START_FOLDED_RE.match(m.group(0)):
            atom.label = True
    if atom.role is None and atom.kind in _SCHEDULE_KINDS:
        lead = _FROM_BEFORE_RE.search(folded, max(0, atom.s - 12), atom.s)
        if lead is not None:  # "från höstterminen 2025 får eleverna …": a school term or season starts it
            atom.role, atom.ctx_s = "start", lead.start()
    post = _POST_FOLDED_RE.match(folded[atom.e: atom.e + 40])
    if post and post.group("dash") and atom.e + post.end() < len(folded) and folded[atom.e + post.end()] != "\n":
        post = None  # the 40 characters looked at end before the text does: not a dash at the end of a line
    if post and atom.role is None:
        atom.ctx_e = atom.e + post.end()
        if post.group("start") or post.group("open"):  # an open range starts at its one date
            atom.role = "start"
        elif post.group("end"):
            atom.role = "end"
        else:
            atom.label = True
    if atom.kind == "newyear" and atom.role is not None:
        # "avslutas vid årsskiftet 2025/2026" ends with December, "startar vid årsskiftet" starts with January
        if atom.role == "end":
            atom.end = FuzzyDate(_last_day(atom.start.date.year, 12), "month")
        else:
            atom.start = FuzzyDate(datetime.date(atom.end.date.year, 1, 1), "month")


# --------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Duration:
    s: int
    e: int
    months: int
    standalone: bool  # good enough alone, without a start or end


def _duration_months(raw: str, unit: str) -> int | None:
    n = parse_number(raw)
    if n is None or n <= 0:
        return None
    years = fold(unit).startswith(("år", "läsår"))
    months = n * 12 if years or fold(unit) == "årig" else n
    if months != int(months) or months > 240 or (years and n > 20):
        return None
    return int(months)


def _age_context(masked: str, s: int, e: int) -> bool:
    before = masked[max(0, s - 40): s]
    return bool(_AGE_BEFORE_RE.search(before) or _AGE_AFTER_RE.match(masked[e: e + 25])
                or _RANGE_BEFORE_RE.search(before))


# The words a _DUR_PREP_RE match can begin with, as prefixes of the folded word: its verbs, prepositions, "en (period
# av)", "totalt", "ca", "cirka"; and those that can follow the blanks a match begins with.
_DUR_PREFIX_FIRST = ("pågå", "pågick", "löp", "var", "sträcker", "omfattar", "genomförs", "bedrivs", "drivs",
                     "under", "i", "över", "en", "totalt", "ca", "cirka")
_DUR_AFTER_BLANK = ("en", "totalt", "ca", "cirka")
_DUR_NUMBER_TOKENS = 6  # a number holds at most five blanks ("1 000 000 000 000 000"; "tre och ett halvt" three)
_DUR_ADJ_TOKENS = 2  # "fyraårigt", "3 - årigt": the number and a dash before "årig"/"års"
# On the reversed text: the blanks and up to k runs of non-blanks before a position.
_BACK_TOKENS_RES = {k: re.compile(rf"(?:\s*\S+){{0,{k}}}") for k in (_DUR_ADJ_TOKENS, _DUR_NUMBER_TOKENS)}
_BLANK_RUN_RE = re.compile(r"\s+")


def _tokens_floor(rev: str, pos: int, k: int) -> int:
    """Where the k-th run of non-blanks before ``pos`` starts (the first's start when there are fewer), ``rev``
    being the text reversed: from a non-blank at ``q``, at most k such runs lead up to ``pos`` exactly when ``q`` is
    at or after it."""
    n = len(rev)
    return n - _BACK_TOKENS_RES[k].match(rev, n - pos).end()


def _number_starts_before(masked: str, rev: str, hits: list[int], k: int, lo: int = 0) -> list[int]:
    """The sorted NUMBER_START_RE positions (from ``lo`` on) with at most k runs of non-blanks between them and one
    of ``hits``."""
    out: set[int] = set()
    for p in hits:
        out.update(m.start() for m in NUMBER_START_RE.finditer(masked, max(lo, _tokens_floor(rev, p, k)), p))
    return sorted(out)


def _dur_adj_matches(masked: str, folded: str, spans: list[tuple[int, int]], rev: str):
    """``finditer_near(_DUR_ADJ_RE, masked, spans)`` ("fyraårigt", "3-årig"), tried only at the number starts
    (NUMBER_START_RE) at most ``_DUR_ADJ_TOKENS`` runs of non-blanks before an "årig" or "års": a match is a number
    (no blanks), at most a blank, a dash and a blank, then one of them."""
    hits = sorted(i for key in ("årig", "års") for i in find_all(folded, key))
    if not hits:
        return iter(())
    return finditer_at(_DUR_ADJ_RE, masked, spans, _number_starts_before(masked, rev, hits, _DUR_ADJ_TOKENS))


def _units(masked: str, folded: str) -> list[int]:
    """Where a duration's unit ("år", "mån…", "läsår") can begin: after a blank (unlike the "år" of "får" or
    "går")."""
    return sorted(i for unit in ("år", "mån", "läsår") for i in find_all(folded, unit) if i and masked[i - 1].isspace())


def _dur_prep_matches(masked: str, folded: str, spans: list[tuple[int, int]], rev: str, units: list[int]):
    """``finditer_near(_DUR_PREP_RE, masked, spans)``, without trying the pattern at every character.

    Every match ends in a number, blanks and a unit (``_DUR_NUMBER_RE``): the unit begins at one of ``units``
    (``_units``) and ends as ``_DUR_UNIT_RE`` does (unlike "året"), and the number, which holds at most five
    blanks, starts at a number start (NUMBER_START_RE) at most ``_DUR_NUMBER_TOKENS`` runs of non-blanks before the
    unit; only there is ``_DUR_NUMBER_RE`` tried. Before the number stand at most ``_DUR_PREFIX_WORDS`` words of
    ``_DUR_PREFIX`` and blanks, so a match starts at such a number, at one of the words just before it that
    ``_DUR_PREFIX`` can begin with (``_DUR_PREFIX_FIRST``), or at a blank there that follows no word character;
    then the blanks up to the next word are read whole, so the match is the same from any of them and only the
    first is tried, and only if that next word is a number (already checked) or one of ``_DUR_AFTER_BLANK``. The
    full pattern is tried only at those places (``finditer_at``): the same leftmost matches, and none at all in a
    span without a unit after a blank.
    """
    if not units:
        return
    cands: set[int] = set()
    n = len(masked)
    for lo, hi in spans:
        units_in = [u for u in units[bisect_right(units, lo):bisect_left(units, hi)]
                    if _DUR_UNIT_RE.match(masked, u, hi)]
        if not units_in:
            continue
        valid: set[int] = set()  # the numbers followed by a unit in this span
        for q in _number_starts_before(masked, rev, units_in, _DUR_NUMBER_TOKENS, lo):
            if _DUR_NUMBER_RE.match(masked, q, hi) is None:
                continue
            valid.add(q)
            reach = max(lo, q - _DUR_PREFIX_REACH)
            # The last words before q, last first: the same runs of word characters, read backwards.
            back = list(islice(_WORD_RE.finditer(rev, n - q, n - reach), _DUR_PREFIX_WORDS + 1))
            if len(back) > _DUR_PREFIX_WORDS:
                floor = n - back[-1].start()  # a start before this would put one word too many before q
                starts = [n - w.end() for w in back[:-1]]
            else:
                floor = lo
                if reach > lo:  # few words in a long stretch (a run of blanks): a match may start anywhere before
                    starts = [w.start() for w in _WORD_RE.finditer(masked, lo, q)]
                else:
                    starts = [n - w.end() for w in back]
            cands.add(q)
            cands.update(s for s in starts if folded.startswith(_DUR_PREFIX_FIRST, s))
            for b in _BLANK_RUN_RE.finditer(masked, floor, q):
                nxt = b.end()
                if nxt in valid or folded.startswith(_DUR_AFTER_BLANK, nxt):
                    first = _BLANK_AFTER_NONWORD_RE.match(masked, b.start())
                    cands.add(b.start() if first else b.start() + 1)
    if cands:
        yield from finditer_at(_DUR_PREP_RE, masked, spans, sorted(cands))


def _find_durations(masked: str, folded: str | None = None) -> list[_Duration]:
    out: list[_Duration] = []
    if folded is None:
        folded = fold(masked)
    if "år" not in folded and "mån" not in folded:  # every duration has a unit (år, månad, halvår)
        return out
    units = _units(masked, folded)
    if not units and "årig" not in folded and "års" not in folded and "halvår" not in folded:
        return out  # what each kind of duration needs (_dur_prep_matches, _dur_adj_matches, _DUR_HALFYEAR_RE)
    spans = hit_windows(masked, _DUR_HIT_RE, 120, 40, folded, ("år", "mån", "halvår"))
    rev = masked[::-1]
    for m in _dur_adj_matches(masked, folded, spans, rev):
        if _PREVIOUS_RE.search(masked, max(0, m.start() - 40), m.start()):
            continue  # "en fortsättning på en treårig …" is another project's length
        months = _duration_months(m.group("n"), "år")
        if months:
            out.append(_Duration(m.start(), m.end(), months, True))
    for m in (_DUR_HALFYEAR_RE.finditer(masked) if "halvår" in folded else ()):
        out.append(_Duration(m.start(), m.end(), 6, True))
    for m in _dur_prep_matches(masked, folded, spans, rev, units):
        n_start = m.start("n")
        if _age_context(masked, m.start(), m.end()) or (not m.group("prep") and _age_context(masked, n_start, m.end())):
            continue
        raw = m.group("n")
        if fold(raw) in ("en", "ett") and not (m.group("verb") or m.group("prep")):
            continue
        months = _duration_months(raw, m.group("unit"))
        if not months:
            continue
        standalone = bool(m.group("verb") or fold(m.group("prep") or "") in ("under", "i")
                          or _DUR_LABEL_BEFORE_RE.search(masked, max(0, m.start() - 40), m.start())
                          or _only_words(masked, m.start(), m.end()))
        s = m.start() if (m.group("verb") or m.group("prep")) else n_start
        out.append(_Duration(s, m.end(), months, standalone))
    out.sort(key=lambda d: (d.s, -d.e))
    kept: list[_Duration] = []
    for d in out:
        if not kept or d.s >= kept[-1].e:
            kept.append(d)
    return kept


# The opening of a sentence that tells the project's length after the sentence of its start.
_NEXT_DURATION_LEAD = re.compile(r"\s*(?:(?:projektet|satsningen|insatsen|investeringen|arbetet|det|den)\s+)?"
                                 r"(?:pågår|löper|varar|ska\s+pågå|kommer\s+att\s+pågå|håller\s+på)\b", _FLAGS)


def _apply_duration_forward(start: FuzzyDate, months: int) -> FuzzyDate | None:
    try:
        last = _add_months(start.date, months) - datetime.timedelta(days=1)
    except (OverflowError, ValueError):
        return None
    if not _valid_year(last.year):
        return None
    if start.precision == "year":
        return FuzzyDate(datetime.date(last.year, 12, 31), "year")
    if start.precision in ("month", "season"):
        return FuzzyDate(_last_day(last.year, last.month), "month")
    return FuzzyDate(last, "day")


def _apply_duration_backward(end: FuzzyDate, months: int) -> FuzzyDate | None:
    try:
        first = _add_months(end.date + datetime.timedelta(days=1), -months)
    except (OverflowError, ValueError):
        return None
    if not _valid_year(first.year):
        return None
    if end.precision == "year":
        return FuzzyDate(datetime.date(first.year, 1, 1), "year")
    if end.precision in ("month", "season"):
        return FuzzyDate(datetime.date(first.year, first.month, 1), "month")
    return FuzzyDate(first, "day")


# --------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------

_PREC_BONUS = {"day": 0.3, "month": 0.2, "season": 0.1, "year": 0.0}


@dataclass
class _Candidate:
    score: float
    start: FuzzyDate | None
    end: FuzzyDate | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    duration_months: int | None = None
    with_sequel: bool = False  # a first stage and the length after it ("pilotår 2025, därefter två år")

    @property
    def first_pos(self) -> int:
        return min(s for s, _ in self.spans)


def _resolve_yearless(a: _Atom, b: _Atom) -> tuple[FuzzyDate, FuzzyDate] | None:
    """Give the year-less left side of "mars–juni 2023" its year from the right side."""
    assert b.end is not None
    y = b.end.date.year
    month = a.month or 1
    if b.start is not None and b.start.date.month < month:
        y -= 1
    if a.day is not None:
        d = _make_date(y, month, a.day)
        if d is None:
            return None
        return FuzzyDate(d, "day"), FuzzyDate(d, "day")
    if not _valid_year(y):
        return None
    return _month_interval(y, month)


def _contiguous(a: _Atom, b: _Atom) -> bool:
    """Two expressions of one kind where the second follows the first ("höstterminen 2024 och vårterminen 2025",
    "hösten 2024 och våren 2025", "2024 och 2025"): joined by "och" they are one span, as with a dash. The gap
    allowed is a winter (between an autumn and a spring), or the year between one season and the same season the
    next year (a summer activity run twice); two years or terms apart are two mentions."""
    if a.kind != b.kind or a.end is None or b.start is None or a.yearless or b.yearless:
        return False
    if a.kind == "season" and a.start is not None and (b.start.date.month, b.start.date.year) == (
            a.start.date.month, a.start.date.year + 1):
        return True  # the same season two years running: "under sommaren 2023 och sommaren 2024" spans both
    return 0 < (b.start.date - a.end.date).days <= 100


def _ranges(masked: str, atoms: list[_Atom]) -> tuple[list[_Candidate], set[int]]:
    """Join neighbouring atoms with a connector into ranges."""
    out: list[_Candidate] = []
    used: set[int] = set()
    turns: list[int] = []  # the turns of a year ("årsskiftet 2025/26"): a range's end or start, else one of their own
    for i, atom in enumerate(atoms):
        if atom.kind in ("lasar", "newyear") and atom.role is not None:
            continue  # "startar läsåret 2023/24": a start, read as a single expression
        if atom.intrinsic_range and not atom.bad:
            if atom.kind == "newyear":
                turns.append(i)
                continue
            out.append(_range_candidate(atom, atom, atom.start, atom.end))
            used.add(i)
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if i in used or i + 1 in used or b.yearless or (a.intrinsic_range and a.kind != "newyear") \
                or (b.intrinsic_range and b.kind != "newyear"):
            continue
        gap = masked[a.e: b.s]
        conn = _CONNECTOR_RE.fullmatch(gap)
        slash = _SLASH_RE.fullmatch(gap)
        if conn is None and slash is None:
            continue
        if conn is not None and conn.group("och") and not a.between and not _contiguous(a, b):
            continue
        if slash is not None and not (a.is_year and b.is_year and b.start and a.start
                                      and b.start.date.year == a.start.date.year + 1):
            continue
        if a.yearless:
            resolved = _resolve_yearless(a, b)
            if resolved is None:
                continue
            start = resolved[0]
        elif a.kind == "newyear":  # "från årsskiftet 2024/25 till juni 2026": from January
            start = FuzzyDate(datetime.date(a.end.date.year, 1, 1), "month")
        else:
            start = a.start
        end = FuzzyDate(_last_day(b.start.date.year, 12), "month") if b.kind == "newyear" else b.end  # to December
        if start is None or end is None or end.date < start.date:
            continue
        if a.bad:
            continue
        cand = _range_candidate(a, b, start, end)
        out.append(cand)
        used.update((i, i + 1))
    for i in turns:
        if i not in used:
            out.append(_range_candidate(atoms[i], atoms[i], atoms[i].start, atoms[i].end))
            used.add(i)
    return out, used


def _range_candidate(a: _Atom, b: _Atom, start: FuzzyDate | None, end: FuzzyDate | None) -> _Candidate:
    score = 10.0 + (5 if a.label or a.role else 0)
    if start and end:
        score += min(_PREC_BONUS[start.precision], _PREC_BONUS[end.precision])
    return _Candidate(score, start, end, [(a.ctx_s, a.e), (b.s, b.ctx_e)])


class _Sentences:
    """Maps offsets to sentence numbers, for grouping and status verbs. The sentence breaks are found when first
    asked for: a lone range needs none."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def bounds(self) -> list[int]:
        return [m.end() for m in _BOUNDARY_RE.finditer(self.text)]

    def index(self, pos: int) -> int:
        return bisect_right(self.bounds, pos)

    def span(self, idx: int) -> tuple[int, int]:
        lo = self.bounds[idx - 1] if idx > 0 else 0
        hi = self.bounds[idx] if idx < len(self.bounds) else len(self.text)
        return lo, hi


def _only_words(masked: str, s: int, e: int) -> bool:
    """True when the text outside [s, e) is only filler words: a table cell or label value."""
    if len(masked) - (e - s) > 120:
        return False
    words = _WORD_RE.findall(masked[:s] + " " + masked[e:])
    return len(words) <= 4 and all(fold(w) in _BARE_WORDS for w in words)


def _only_expression(masked: str, atom: _Atom) -> bool:
    return _only_words(masked, atom.ctx_s, atom.ctx_e)


def _candidates(masked: str, atoms: list[_Atom], durations: list[_Duration],
                sents: _Sentences) -> list[_Candidate]:
    cands, used = _ranges(masked, atoms)
    for i, a in enumerate(atoms):
        if a.yearless and a.role == "start" and not a.bad and i not in used:
            # "startade i mars och avslutas vid årsskiftet 2025/2026": the start's year from the end after it
            b = next((x for x in atoms[i + 1:] if x.role == "end" and not x.yearless), None)
            if b is not None and sents.index(b.s) == sents.index(a.s):
                a.start, a.end = _resolve_yearless(a, b) or (None, None)
    singles = [a for i, a in enumerate(atoms) if i not in used and not a.yearless and not a.bad]
    starts = [a for a in singles if a.role == "start"]
    ends = [a for a in singles if a.role == "end"]
    used_durations: set[int] = set()
    used_ends: set[int] = set()

    def same_sentence_duration(pos: int) -> tuple[int, _Duration] | None:
        if not durations:
            return None  # without asking for the sentence breaks
        idx = sents.index(pos)
        for k, d in enumerate(durations):
            if sents.index(d.s) == idx:
                return k, d
        return None

    def next_sentence_duration(pos: int) -> tuple[int, _Duration] | None:
        """A length told in the sentence after the start's, of the project itself ("Start: 1 okt 2024. Pågår i två
        år.", "Den 1 oktober 2025 startar projektet. Projektet pågår i två år och …")."""
        if not durations:
            return None
        idx = sents.index(pos) + 1
        for k, d in enumerate(durations):
            if k not in used_durations and sents.index(d.s) == idx \
                    and _NEXT_DURATION_LEAD.match(masked, sents.span(idx)[0]):
                return k, d
        return None

    for cand in cands:
        found = same_sentence_duration(cand.first_pos)
        if found:
            cand.duration_months = found[1].months
            used_durations.add(found[0])

    for a in starts:
        assert a.start is not None
        pair = None
        for j, b in enumerate(ends):
            if j in used_ends or b.s < a.e or b.end is None:
                continue
            close = sents.index(b.s) == sents.index(a.s) or b.s - a.e <= 200
            if close and b.end.date >= a.start.date:
                pair = (j, b)
                break
        bonus = 5 if a.label else 0
        if pair:
            used_ends.add(pair[0])
            b = pair[1]
            bonus = 5 if (a.label or b.label) else 0
            cands.append(_Candidate(8 + bonus, a.start, b.end, [(a.ctx_s, a.ctx_e), (b.ctx_s, b.ctx_e)]))
            continue
        found = same_sentence_duration(a.s) or next_sentence_duration(a.s)
        if found:
            k, d = found
            end = _apply_duration_forward(a.start, d.months)
            if end is not None:
                used_durations.add(k)
                cands.append(_Candidate(7 + bonus, a.start, end, [(a.ctx_s, a.ctx_e), (d.s, d.e)], d.months))
                continue
        cands.append(_Candidate(3 + bonus, a.start, None, [(a.ctx_s, a.ctx_e)]))

    for j, b in enumerate(ends):
        if j in used_ends:
            continue
        assert b.end is not None
        bonus = 5 if b.label else 0
        found = same_sentence_duration(b.s)
        if found:
            k, d = found
            start = _apply_duration_backward(b.end, d.months)
            if start is not None:
                used_durations.add(k)
                cands.append(_Candidate(7 + bonus, start, b.end, [(d.s, d.e), (b.ctx_s, b.ctx_e)], d.months))
                continue
        cands.append(_Candidate(3 + bonus, None, b.end, [(b.ctx_s, b.ctx_e)]))

    # The text's one lone start and one lone end, said apart (paragraphs between, or the end first: "avslutades enligt
    # plan i juni 2025 … startade hösten 2022"): one period, when the end does not come before the start.
    open_starts = [c for c in cands if c.start is not None and c.end is None and c.duration_months is None]
    open_ends = [c for c in cands if c.start is None and c.end is not None and c.duration_months is None]
    if len(open_starts) == 1 and len(open_ends) == 1 and open_ends[0].end.date >= open_starts[0].start.date \
            and not _NEXT_ROUND_BEFORE.search(masked, max(0, open_starts[0].first_pos - 60), open_starts[0].first_pos):
        # (not a group's or a course's next start: "Nästa grupp startar den 3 februari 2026")
        opened, closed = open_starts[0], open_ends[0]
        cands.remove(opened)
        cands.remove(closed)
        cands.append(_Candidate(max(opened.score, closed.score) + 3, opened.start, closed.end,
                                sorted(opened.spans + closed.spans)))

    for a in singles:
        if a.role is not None:
            continue
        found = _forward_duration(masked, a, durations, used_durations) if a.start is not None else None
        if found:
            # "från augusti 2023 och tre år framåt": the date and the length after it are the period
            k, d, d_end, after_atom = found
            if after_atom:
                # "pilotår 2025, därefter två år": the length follows the atom's own time (2026–2027), so the
                # period runs from the atom's start to that length's end
                last = (a.end or a.start).date
                if a.end is None and a.start.precision == "year":
                    last = datetime.date(last.year, 12, 31)
                elif a.end is None and a.start.precision in ("month", "season"):
                    last = _last_day(last.year, last.month)
                nxt = FuzzyDate(last + datetime.timedelta(days=1), a.start.precision)
                end = _apply_duration_forward(nxt, d.months)
            else:
                end = _apply_duration_forward(a.start, d.months)
            if end is not None:
                used_durations.add(k)
                cands.append(_Candidate(7 + (5 if a.label else 0), a.start, end, [(a.ctx_s, a.ctx_e), (d.s, d_end)],
                                        d.months, with_sequel=after_atom))
                continue
        # A bare single day is a publication or event date more often than a
        # project period: it needs a label.
        bare_ok = a.start is not None and a.start.precision != "day" and (
            _only_expression(masked, a)
            # "under hösten 2022", "under sommaren 2024": a season or months with "under" is a period too
            or (a.start.precision in ("season", "month") and _UNDER_BEFORE.search(masked[max(0, a.s - 12):a.s])))
        if (a.label or bare_ok) and a.start is not None:
            score = 4 + (5 if a.label else 0) + _PREC_BONUS[a.start.precision]
            cand = _Candidate(score, a.start, a.end, [(a.ctx_s, a.ctx_e)])
            found = same_sentence_duration(a.s)
            if found:
                cand.duration_months = found[1].months
            cands.append(cand)

    for k, d in enumerate(durations):
        if k in used_durations or not d.standalone:
            continue
        cands.append(_Candidate(1, None, None, [(d.s, d.e)], d.months))
    return cands


_NEXT_ROUND_BEFORE = re.compile(r"\b(?:nästa|kommande|en\s+ny|ny|nya|andra|tredje)\s+(?:grupp|grupper|omgång|omgången|kurs|"
                                r"kursen|träff|termin|period|intag)\w*\s+(?:\w+\s+){0,3}$", _FLAGS)


# A length counted on from the date just before it: "från augusti 2023 och tre år framåt", "januari 2024, två år
# framåt". Between the date and the length only "och" or a comma; "framåt" right after the length. A length
# "därefter" ("pilotår 2025, därefter två år", "2025 och därefter ytterligare två år") follows the date's own time.
_FORWARD_JOIN_RE = re.compile(r"[\s,]*(?:och\s+)?", _FLAGS)
_FORWARD_AFTER_RE = re.compile(r"\s*framåt(?!\w)", _FLAGS)
_THEN_JOIN_RE = re.compile(r"[\s,]*(?:och\s+)?(?:därefter|efter\s+det|följt\s+av)\s+(?:i\s+)?(?:ytterligare\s+)?",
                           _FLAGS)


def _forward_duration(masked: str, atom: _Atom, durations: list[_Duration],
                      used: set[int]) -> tuple[int, _Duration, int, bool] | None:
    """The duration that counts forward from ``atom`` (see above), with its index, where its "framåt" ends, and
    whether it follows the atom's own time ("därefter") rather than its start."""
    for k, d in enumerate(durations):
        if d.s < atom.e or k in used:
            continue
        join = _FORWARD_JOIN_RE.match(masked, atom.e, d.s)
        after = _FORWARD_AFTER_RE.match(masked, d.e)
        if join.end() == d.s and after:
            return k, d, after.end(), False
        then = _THEN_JOIN_RE.match(masked, atom.e, d.s)
        return (k, d, d.e, True) if then and then.end() == d.s else None
    return None


_SENTENCE_REACH = 400  # a "sentence" without full stops (a list, a table row run together) is cut to this reach


def _sentences_of(text: str, sents: _Sentences, spans: list[tuple[int, int]]) -> str:
    """The sentences holding the spans, each cut to ``_SENTENCE_REACH`` characters around them: without the cut
    a text with no sentence breaks makes every candidate scan the whole text (quadratic)."""
    lo_span = min(s for s, _ in spans) - _SENTENCE_REACH
    hi_span = max(e for _, e in spans) + _SENTENCE_REACH
    idxs = {sents.index(s) for s, _ in spans} | {sents.index(max(e - 1, s)) for s, e in spans}
    parts = []
    for i in sorted(idxs):
        lo, hi = sents.span(i)
        parts.append(text[max(lo, lo_span):min(hi, hi_span)])
    return " ".join(parts)


def _about_applications(text: str, sents: _Sentences, spans: list[tuple[int, int]]) -> bool:
    """An application window ("Nästa ansökningsperiod är 1 februari–15 mars") is no project period."""
    return bool(_APPLICATION_RE.search(_sentences_of(text, sents, spans)))


def _status(text: str, sents: _Sentences, spans: list[tuple[int, int]]) -> Status | None:
    chunk = _sentences_of(text, sents, spans)
    low = fold(chunk)  # a pattern whose words are not in it cannot match
    for status, keys, rx in _STATUS_RES:
        if has_any(low, keys) and search_at(rx, chunk, low, _STATUS_STARTS[rx]):
            if status == "finished" and not any(not WHEN_BEFORE_RE.search(chunk, max(0, m.start() - 40), m.start())
                                                and not _PLAN_BEFORE_RE.search(chunk, max(0, m.start() - 20), m.start())
                                                for m in rx.finditer(chunk)):
                # "… en slutrapport lämnas när satsningen är avslutad": when it ends, not that it has; "skulle ha
                # avslutats i juni 2026": a plan that changed (an extension), not an end
                continue
            return status
    return None


# A clause about a time to come before a status word: "när satsningen är avslutad", "innan projektet har avslutats".
WHEN_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:när|innan|tills|förrän|efter\s+att|då)\s+(?:[\wåäö]+\s+){0,3}$",
                             _FLAGS)


_PLAN_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:skulle|borde)\s+(?:ha\s+|ursprungligen\s+)?$|"
                             # an end to come: "ska vara avslutat senast …", "kommer att vara avslutad"
                             r"(?<![\wåäö])(?:ska|skall|kommer\s+att|beräknas)\s+(?:vara\s+|bli\s+|ha\s+)?$", _FLAGS)


# The status patterns in the order they win, each with words one of which is in fold(text) wherever it matches.
_STATUS_RES: list[tuple[Status, tuple[str, ...], re.Pattern[str]]] = [
    ("finished", ("avslut", "pågick", "genomfördes", "slutfördes", "upphör", "avbr", "lades"), _FINISHED_RE),
    ("planned", ("start", "påbörja", "inle", "börja", "planeras", "komma"), _PLANNED_RE),
    ("ongoing", ("pågå", "start", "påbörja", "inle", "börja"), _ONGOING_RE),
]
# One of these is in fold(text) wherever _APPLICATION_RE, or one of the status patterns, can match in a text made of
# pieces of it (_sentences_of): without them the sentences need not be cut out and searched.
_APPLICATION_KEYS = ("ansök", "utlysning", "anmäl", "deadline")
_PRESTUDY_KEYS = ("förstudie", "förprojekt", "pilot", "testperiod", "provperiod")
_PRESTUDY_RE = re.compile(r"(?<![\wåäö])(?:förstudie\w*|förprojekt\w*|pilot\w*|testperiod\w*|provperiod\w*)", _FLAGS)
# A pre-study the sentence refers back to ("pågick från … till … och var en fortsättning på förstudien 2022") is not
# what its dates are about.
_PRESTUDY_BEFORE_RE = re.compile(r"(?:fortsättning\s+på|efter|bygger\s+på|utifrån|byggde\s+på|resultat(?:en)?\s+"
                                 r"(?:från|av)|erfarenheter(?:na)?\s+(?:från|av))\s+(?:\w+\s+){0,2}$", _FLAGS)


_EARLIER_KEYS = ("erfarenhet", "bygger på", "byggde på", "fortsättning på", "efterföljare")
_EARLIER_PROJECT_RE = re.compile(
    r"(?:erfarenheter(?:na)?\s+(?:från|av)|bygger\s+på|byggde\s+på|fortsättning\s+på|efterföljare\s+till)\s+"
    r"(?:\w+\s+){0,3}?(?:projektet|satsningen|insatsen|förra|tidigare)\b", _FLAGS)


# Words of the time after a project, when its work goes on as ordinary service.
_AFTER_PROJECT_RE = re.compile(r"ordinarie\s+(?:verksamhet|drift|budget|arbete)|\bpermanent(?:as|ats|ades|ad|at|a)?\b",
                               _FLAGS)


# A project's phases: the first one told of in a later one's text (fields reads them too, for the money).
EARLIER_PHASE_RE = re.compile(r"(?<!\w)(?:(?:fas|etapp)\s+(?:1|ett|I)(?!\w)|(?:första|förra)\s+(?:fasen|etappen)|"
                              r"förstudien(?!\w))", _FLAGS)  # (a pre-study, beside a later phase, is the first)
LATER_PHASE_RE = re.compile(r"(?<!\w)(?:(?:fas|etapp)\s+(?:[2-9]|två|tre|II|III)(?!\w)|(?:andra|tredje)\s+"
                            r"(?:fasen|etappen))", _FLAGS)


def _about_a_prestudy(sentences: str) -> bool:
    """The sentences speak of a pre-study or pilot of their own (not one they refer back to)."""
    return any(not _PRESTUDY_BEFORE_RE.search(sentences, max(0, m.start() - 40), m.start())
               for m in _PRESTUDY_RE.finditer(sentences))
_STATUS_KEYS = tuple(sorted({k for _, keys, _ in _STATUS_RES for k in keys}))
# What every match of each status pattern begins with (its verbs' first letters; "har upphört", "kommer att …",
# "ska …", "skall …").
_STATUS_STARTS: dict[re.Pattern[str], tuple[str, ...]] = {
    _FINISHED_RE: ("avslut", "pågick", "genomfördes", "slutfördes", "upphörde", "har", "avbr", "lades"),
    _PLANNED_RE: ("startar", "påbörjas", "inleds", "börjar", "planeras", "kommer", "ska"),
    _ONGOING_RE: ("pågå", "startade", "startat", "påbörja", "inle", "började"),
}


_UNDER_BEFORE = re.compile(r"\b(?:under|hela)\s+$", re.I)


# The commonest labelled period values, whole: two years ("2021–2023", "2018 - 2020") or two ISO days
# ("2022-08-15 – 2025-06-13", "2021-03-01 till och med 2024-02-29"), ASCII digits only. _plain_range reads them
# directly (see there).
_PLAIN_YEAR = r"(?:199[0-9]|20[0-9][0-9]|2100)"
_PLAIN_RANGE_RE = re.compile(
    rf"(?P<y1>{_PLAIN_YEAR})(?:-|–| - | – )(?P<y2>{_PLAIN_YEAR})"
    rf"|(?P<d1>{_PLAIN_YEAR}-[0-9][0-9]-[0-9][0-9])(?:–| - | – | till och med )"
    rf"(?P<d2>{_PLAIN_YEAR}-[0-9][0-9]-[0-9][0-9])"
)


def _plain_range(m: re.Match[str]) -> Period | None:
    """``parse_period`` of a text that ``_PLAIN_RANGE_RE`` matches whole, when its second date is not before its
    first (else None, and the text is read as any other).

    Such a text holds no noise (no phone number can begin at a year or after a "-", no case number, clock time,
    money or link) and exactly two atoms (years, or ISO days when both are valid dates) joined by a connector
    into a range, the only candidate (its score does not matter): nothing stands before the first atom (so it has
    no start word or label), and a "till och med" before the second only makes that one an end, which the range
    does not read; there are no durations (no "år", "mån") and no status or application words. Its evidence is
    the whole text. The general path gives the same for every such text (tests/swedish/test_dates_scans.py tries
    all the year pairs, and many day pairs, valid or not)."""
    if m.group("y1"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 < y1:
            return None
        return Period(start=_year_interval(y1)[0], end=_year_interval(y2)[1], text=m.string)
    d1 = _make_date(*map(int, m.group("d1").split("-")))
    d2 = _make_date(*map(int, m.group("d2").split("-")))
    if d1 is None or d2 is None or d2 < d1:
        return None
    return Period(start=FuzzyDate(d1, "day"), end=FuzzyDate(d2, "day"), text=m.string)


def parse_period(text: str, folded: str | None = None) -> Period | None:
    """The best project period in a paragraph, or None when none is stated.

    ``folded`` is ``fold(text)`` when the caller has it already (the body text is folded once per record); a text
    longer than ``_MAX_TEXT`` is cut first and folded anew."""
    if not isinstance(text, str) or not text.strip():
        return None
    if folded is None or len(text) > _MAX_TEXT:
        text, folded = text[:_MAX_TEXT], None
    plain = _PLAIN_RANGE_RE.fullmatch(text)
    if plain is not None:
        period = _plain_range(plain)
        if period is not None:
            return period
    if "(" in text and _BRACKETED_ISO_RE.search(text) is not None:
        # a date in brackets after its words ("3 år från beslut (2024-11-20)"): read as if written out, the brackets
        # blanked (the same length, so every position and the fold stay as they were)
        text = _BRACKETED_ISO_RE.sub(lambda m: " " + m.group(1) + " ", text)
        folded = None if folded is None else _BRACKETED_ISO_RE.sub(lambda m: " " + m.group(1) + " ", folded)
    return _parse_period(text, fold(text) if folded is None else folded)


_BRACKETED_ISO_RE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def _parse_period(text: str, low: str) -> Period | None:
    """``parse_period`` of a non-blank text of at most ``_MAX_TEXT`` characters, read in full; ``low`` is
    ``fold(text)``."""
    # Every date expression holds two digits and every duration "år" or "mån"; masking only blanks text out, so a
    # text without them has neither (and no period), whatever the mask. The runs of digits are found once, for this
    # test (_DIGITS_HIT_RE: a run of two or more), masking and the atoms.
    runs = _digit_runs(text)
    if not any(end - start > 1 for start, end in runs) and "år" not in low and "mån" not in low:
        return None
    masked, runs, blanked = _mask_spans(text, True, low, runs)
    folded = _masked_fold(text, low, masked, blanked)
    atoms = _find_atoms(masked, folded, runs)
    _annotate_all(masked, atoms, folded)
    durations = _find_durations(masked, folded)
    if not atoms and not durations:
        return None
    sents = _Sentences(text)
    cands = _candidates(masked, atoms, durations, sents)
    if durations and "beslut" in low:
        cands.extend(_from_the_decision(masked, folded, atoms, durations))
    if not cands:
        return None
    if has_any(low, _APPLICATION_KEYS):
        cands = [c for c in cands if not _about_applications(text, sents, c.spans)]
        if not cands:
            return None
    if len(cands) > 1 and has_any(low, _PRESTUDY_KEYS):
        # The dates of a pre-study or pilot ("Under våren 2024 genomfördes en förstudie") are not the project's: they
        # yield to any other candidate.
        for c in cands:  # (not a pilot with the years after it: "pilotår 2025, därefter två år" is the whole)
            if not c.with_sequel and _about_a_prestudy(_sentences_of(text, sents, c.spans)):
                c.score -= 20
    if len(cands) > 1 and has_any(low, _EARLIER_KEYS):
        # The years of an earlier project this one builds on ("bygger på erfarenheterna från projektet Unga ledare,
        # som kommunen drev 2021–2023") are that project's: they yield to any other candidate.
        for c in cands:
            if _EARLIER_PROJECT_RE.search(_sentences_of(text, sents, c.spans)):
                c.score -= 20
    if len(cands) > 1 and ("fas" in low or "etapp" in low) and LATER_PHASE_RE.search(text):
        # A later phase's text telling of the first ("Hylte beviljades 640 kkr för fas 2, 2024-2025. Fas 1 genomfördes
        # 2022-2023 …"): the first phase's years yield, as an earlier project's do.
        for c in cands:
            sentences = _sentences_of(text, sents, c.spans)
            if EARLIER_PHASE_RE.search(sentences) and not LATER_PHASE_RE.search(sentences):
                c.score -= 20
    if len(cands) > 1 and ("ordinarie" in low or "permanent" in low):
        # When the work became ordinary service ("sedan juli 2024 en del av socialtjänstens ordinarie verksamhet",
        # "permanentas från och med juli 2024"): after the project, whose own dates win.
        for c in cands:
            if _AFTER_PROJECT_RE.search(_sentences_of(text, sents, c.spans)):
                c.score -= 20
    if len(cands) > 1 and has_any(low, _MEASUREMENT_KEYS):
        # The time of a measurement ("Under läsåret 2023/24 hade var åttonde elev … en frånvaro på mer än 20 procent",
        # "I enkäten 2024 svarade …"): the problem's, not the project's; it yields to any other candidate.
        for c in cands:
            sentences = _sentences_of(text, sents, c.spans)
            if _MEASUREMENT_RE.search(sentences) and not _PROJECT_TIME_RE.search(sentences):
                c.score -= 20
    if len(cands) > 1:
        _days_of_an_event(cands)
    best = max(cands, key=lambda c: (c.score, -c.first_pos))
    if "förläng" in low:
        best = _extended(masked, atoms, best)
    stopped = False
    if has_any(low, _STOPPED_KEYS):
        before_stop = best
        best = _stopped(masked, atoms, cands, best)
        stopped = best is not before_stop and best.end is not None and best.end != before_stop.end
    lo = min(s for s, _ in best.spans)
    hi = max(e for _, e in best.spans)
    evidence = text[lo:hi].strip(" \t\n:,")
    return Period(
        start=best.start,
        end=best.end,
        text=evidence or text[lo:hi],
        duration_months=best.duration_months,
        # (a project stopped before its planned end, in the past tense: "avbröts", "fick avslutas … tidigare än
        # planerat": ended, whatever the verbs of its plan say)
        status_hint="finished" if stopped else _status(text, sents, best.spans) if has_any(low, _STATUS_KEYS) else None,
    )


# A length counted "från beslut(et)" with no date after it ("Planerad projekttid är 24 månader från beslut."), and
# the decision's day said elsewhere ("Kommunstyrelsen fattade beslutet den 3 september 2025", "beslutade den …",
# "Beslutsdatum: …").
_FROM_DECISION_RE = re.compile(r"\s+(?:räknat\s+)?från\s+(?:\w+\s+)?beslut(?:et)?(?!\w)(?![\s,]*(?:den\s+|taget\s+)?\d)",
                               _FLAGS)
_DECISION_DAY_BEFORE_RE = re.compile(r"(?:beslut(?:et|ade|ades|ats)?|beslutsdatum)(?:\s+[\wåäö]+){0,3}?[\s:,]+(?:den\s+)?$",
                                     _FLAGS)


def _from_the_decision(masked: str, folded: str, atoms: list[_Atom], durations: list[_Duration]) -> list[_Candidate]:
    """The period a length "från beslut" gives with the decision's day the text states: from that day on."""
    for d in durations:
        found = _FROM_DECISION_RE.match(masked, d.e)
        if found is None:
            continue
        days = [a for a in atoms if a.start is not None and a.start.precision == "day" and a.end in (None, a.start)
                and _DECISION_DAY_BEFORE_RE.search(folded, max(0, a.s - 60), a.s)]
        if len(days) != 1:  # no decision's day, or several: which one the length counts from is not said
            return []
        day = days[0]
        end = _apply_duration_forward(day.start, d.months)
        if end is None:
            return []
        return [_Candidate(8, day.start, end, sorted([(d.s, found.end()), (day.s, day.e)]), d.months)]
    return []


def _days_of_an_event(cands: list[_Candidate]) -> None:
    """A run of days shorter than 120 beside a period of a year or more is an event's ("Höstens föräldrakvällar hålls
    mellan den 15 september och den 9 oktober 2025" on a page of a project that "pågår i tre läsår, till och med juni
    2028"): it yields to the longer one."""
    if not any(c.start is not None and c.end is not None and (c.end.date - c.start.date).days >= 365 for c in cands):
        return
    for c in cands:
        if c.start is not None and c.end is not None and c.start.precision == "day" == c.end.precision \
                and (c.end.date - c.start.date).days < 120:
            c.score -= 20


_MEASUREMENT_KEYS = ("procent", "%", "andel", "svarade", "mätning", "enkät", "undersökning", "statistik", "var åttonde",
                     "var tionde", "var femte", "var fjärde", "var tredje", "var sjätte", "jämför")
_MEASUREMENT_RE = re.compile(r"(?:\bprocent\b|%|\bandel(?:en)?\b|\bsvarade\b|\bmätning\w*|\benkät\w*|\bundersökning\w*|"
                             r"\bstatistik\w*|\bvar\s+(?:tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\b|"
                             # a comparison's time: "… och jämför med läsåret 2023/24"
                             r"\bjämför\w*)", _FLAGS)
_PROJECT_TIME_RE = re.compile(r"\b(?:projekt\w*|satsning\w*|insats\w*|pågår|pågick|startade|startar|start|avslutas|"
                              r"avslutades|beviljades|beviljats|drog\s+i\s*gång|började)\b", _FLAGS)


# An extension's new end: "2023–2025, förlängt till och med 2026", "Förlängt t.o.m. juni 2026", "förlänga projektet
# ”Plugga i Rönninge” till och med juni 2027" (a quoted name between).
EXTENSION_LEAD = (r"förläng(?:t|ts|s|des|de|d|a|as|er|ning)?:?\s+(?:[\w”“\"'»«’-]+,?\s+){0,5}?(?:fram\s+)?"
                  r"(?:till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?)(?:\s+den)?")  # the words before an extension's end
_EXTENDED_BEFORE_RE = re.compile(EXTENSION_LEAD + r"\s*$", _FLAGS)
# A second extension told after the first: "förlängdes först till juni 2024 och sedan en andra gång, till och med …".
_EXTENDED_AGAIN_BEFORE_RE = re.compile(r"(?<!\w)(?:sedan|därefter|igen|en\s+andra\s+gång|en\s+gång\s+till)[\s,]+"
                                       r"(?:\w+,?\s+){0,3}?(?:till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?)(?:\s+den)?\s*$", _FLAGS)


def _extended(masked: str, atoms: list[_Atom], best: _Candidate) -> _Candidate:
    """``best`` with the end an extension states after it, when later than its own (or than its start, when it has
    no end: "startade i januari 2020 … förlängdes en andra gång, nu till och med juni 2024"): the project ends then."""
    if best.end is None and best.start is None:
        return best
    lo = min(s for s, _ in best.spans)
    hi = max(e for _, e in best.spans)
    latest = None  # the last of several extensions ("förlängdes först till juni 2023 och sedan, nu till juni 2024")
    bound = (best.end or best.start).date
    for a in atoms:
        # after the period, or before it (a project's diary, newest first: "förlänga … till och med juni 2026")
        if (a.s >= hi or a.e <= lo) and a.end is not None and a.end.date > bound \
                and (_EXTENDED_BEFORE_RE.search(masked, max(0, a.s - 60), a.s)
                     or _EXTENDED_AGAIN_BEFORE_RE.search(masked, max(0, a.s - 60), a.s)
                     and "örläng" in masked[max(0, a.s - 200):a.s]):
            latest, bound = a, a.end.date
    if latest is None:
        return _extended_by(masked, best)
    return _Candidate(best.score, best.start, latest.end, best.spans + [(latest.s, latest.e)], None)


# An extension by a length: "I november förlängdes projektet med ett år", "förlängs med sex månader".
_EXTENDED_BY_RE = re.compile(r"(?<!\w)förläng(?:s|ts|t|des|de|d|a|as)\s+(?:\w+\s+){0,2}?med\s+(?:ytterligare\s+)?"
                             rf"(?P<n>{NUMBER_PATTERN}|ett|en|ytterligare)\s+(?P<unit>år|månader|månad|halvår)(?!\w)",
                             _FLAGS)


def _extended_by(masked: str, best: _Candidate) -> _Candidate:
    """``best`` with its end moved by the one extension the text states as a length, when that end is the planned
    length's ("startade i mars 2024 som ett tvåårigt projekt … förlängdes projektet med ett år": February 2027). An end
    the text states ("fortsätter till och med juni 2026" beside "förlänga projektet med ett år") is the one after the
    extension already."""
    if best.end is None or best.duration_months is None:
        return best
    found = list(_EXTENDED_BY_RE.finditer(masked))
    if len(found) != 1:
        return best
    m = found[0]
    n = 1 if m.group("n").lower() in ("ett", "en") else parse_number(m.group("n"))
    if not n or n != int(n) or n > 10:
        return best
    unit = m.group("unit").lower()
    months = int(n) * (12 if unit == "år" else 6 if unit == "halvår" else 1)
    try:
        last = _add_months(best.end.date + datetime.timedelta(days=1), months) - datetime.timedelta(days=1)
    except (OverflowError, ValueError):
        return best
    if best.end.precision == "day":
        end = FuzzyDate(last, "day")
    elif best.end.precision == "year" and months % 12 == 0:
        end = FuzzyDate(datetime.date(last.year, 12, 31), "year")
    else:  # (a year's end moved by half a year is a month's)
        end = FuzzyDate(_last_day(last.year, last.month), "month")
    return _Candidate(best.score, best.start, end, best.spans + [(m.start(), m.end())], None)


# A project stopped before its planned end: "avbröts vid årsskiftet 2025/2026", "lades ner i juni 2025".
# (and ended earlier than planned: "fick avslutas ett år tidigare än planerat, i november 2025")
_STOPPED_KEYS = ("avbr", "lades ne", "läggs ne", "stoppades", "tidigare än", "i förtid")
_STOPPED_BEFORE_RE = re.compile(r"(?<!\w)(?:(?:avbröts|avbryts|avbrutits|lades\s+(?:ned|ner)|läggs\s+(?:ned|ner)|stoppades)"
                                r"|(?:fick\s+avslutas|avslutades|fick\s+(?:läggas|läggs)\s+(?:ned|ner))\s+(?:[\wåäö]+\s+){0,3}?"
                                r"(?:tidigare\s+än\s+(?:planerat|tänkt|beräknat)|i\s+förtid)\s*,?)"
                                r"(?:\s+(?:i\s+förtid|redan|vid|i|den|under|efter))*\s*$", _FLAGS)


def _stopped(masked: str, atoms: list[_Atom], cands: list[_Candidate], best: _Candidate) -> _Candidate:
    """The period with the end a stop states (the first such end), when that end comes after the start: a project
    stopped early ends then, not at the end it was planned to have ("startade i januari 2024 och skulle ha pågått
    till och med december 2026" beside "avbröts vid årsskiftet 2025/2026"). A stop alone takes the start another
    candidate states. Not a labelled period: a fact box's period is the one it gives.
    """
    stop = next((a for a in atoms if a.end is not None and _STOPPED_BEFORE_RE.search(masked, max(0, a.s - 80), a.s)), None)
    if stop is None or any(":" in masked[masked.rfind("\n", 0, a.s) + 1:a.s] for a in atoms
                           if any(s <= a.s and a.e <= e for s, e in best.spans)):
        return best  # (a period under its label, "Planerad projekttid: augusti 2023–juni 2026", stands as stated)
    if best.start is None:
        first = next((c for c in sorted(cands, key=lambda c: (-c.score, c.first_pos))
                      if c.start is not None and c.start.date <= stop.end.date), None)
        if first is None:
            return best
        return _Candidate(best.score, first.start, stop.end, first.spans + best.spans + [(stop.s, stop.e)], None)
    if best.start.date > stop.end.date or best.end is not None and best.end.date <= stop.end.date:
        return best  # (a stop before the start is another's; an end before the stop is the project's own)
    return _Candidate(best.score, best.start, stop.end, best.spans + [(stop.s, stop.e)], None)


def parse_fuzzy_date(text: str, *, end: bool = False) -> FuzzyDate | None:
    """One date expression ("15 mars 2023", "våren 2016", "vt24", "2016") as a
    start (first day) or, with ``end=True``, an end (last day). None when the
    text holds no date expression or more than one."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text[:_MAX_TEXT]
    masked, runs = _mask_runs(text, False)
    atoms = [a for a in _find_atoms(masked, runs=runs) if not a.yearless]
    if any(a.kind in ("year_range", "compact_pair") for a in atoms):
        return None  # two dates: a period, not one date
    if len(atoms) != 1:
        return None
    atom = atoms[0]
    return atom.end if end else atom.start


def _page_date(m: re.Match[str]) -> datetime.date | None:
    g = m.groupdict()
    if g["iso_y"]:
        return _make_date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if g["dmy_y"]:
        return _make_date(int(g["dmy_y"]), _MONTHS[fold(g["dmy_m"]).rstrip(".")], int(g["dmy_d"]))
    return _make_date(int(g["num_y"]), int(g["num_m"]), int(g["num_d"]))


def parse_page_date(text: str) -> datetime.date | None:
    """The page's own date from "Senast uppdaterad: …", "Publicerad …" etc.;
    the latest one when several are given."""
    if not isinstance(text, str) or not text:
        return None
    text = text[:_MAX_TEXT]
    dates = [d for m in _page_date_matches(text) if (d := _page_date(m)) is not None]
    return max(dates) if dates else None


_LONG_BLANK_RE = re.compile(r"\s{20}")


def _page_date_matches(text: str):
    """``_PAGE_DATE_RE.finditer(text)``, run only around the label words (a page's full text is long).

    Every match holds a stem of its participle ("uppdater", "publicer" …); it starts at most 60 characters before
    it ("Sidan senast uppdaterad") and ends less than 200 after, as long as no run of blanks is 20 long (then the
    whole text is read). Such a run inside a match begins and ends in those 260 characters around its stem, so
    only they are looked at for one (the rest of a page's text may be long).

    A match starts with "senast", "sidan", "sist" or its participle, which starts with its stem: the pattern is
    tried only there (``finditer_at``), not at every character of those stretches.
    """
    folded = fold(text)  # as long as the text, position for position
    hits = sorted(i for stem in _PAGE_STEMS for i in find_all(folded, stem))
    if not hits:
        return iter(())
    starts = sorted(hits + [i for lead in _PAGE_LEADS for i in find_all(folded, lead)])
    spans: list[tuple[int, int]] = []
    for i in hits:
        lo, hi = max(0, i - 60), min(len(text), i + 200)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    if any(_LONG_BLANK_RE.search(text, lo, hi) for lo, hi in spans):
        spans = [(0, len(text))]
    return finditer_at(_PAGE_DATE_RE, text, spans, starts)
