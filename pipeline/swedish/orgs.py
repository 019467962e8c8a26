"""Organisation and place-name helpers for Swedish text (pure functions, no HTML).

Public API
----------
``find_municipalities(text) -> list[PlaceMatch]``
    Municipalities (kommunkod) named in running text, unique by code, in order of first appearance.
``find_regions(text) -> list[PlaceMatch]``
    Regions (länskod) named in running text: official names, ``Region X``, former county councils
    (``Landstinget i Uppsala län``, ``Stockholms läns landsting``) and a small documented alias table
    (``data/region_aliases.csv``: ``VGR``, ``Närhälsan``, ``Sahlgrenska universitetssjukhuset`` …).
``split_organisations(text) -> list[str]``
    Split a "Samverkansparter" string into organisation names.
``clean_organisation(name) -> str | None``
    Trim punctuation and noise; ``None`` for empty strings, persons and non-organisations.
``looks_like_person(text) -> bool`` and ``redact_persons(text) -> str``
    Person-name detection and removal (the dataset must never contain a person's name).

Municipality matching rules (precision beats recall: a wrong kommunkod is worse than none)
-----------------------------------------------------------------------------------------
* One precompiled regex holds every surface form of the 290 SCB names (base form and genitive ``-s``
  unless the name already ends in s/x/z) plus ``data/municipality_aliases.csv``; the alternation is
  longest first, written as a prefix trie for speed (about 0.5 ms for the regex scan of 60 KB).
  Matching is case-sensitive and whole-word: a name glued to letters or to a hyphen compound
  (``Göteborgsregionen``, ``Sandvikenhus``, ``Göteborgs-Posten``) never matches.
* Names listed in ``data/ambiguous_municipality_names.csv`` (ordinary words, given names, surnames,
  other places: Vara, Mark, Lund, Klippan, …) count only with an explicit qualifier: ``X kommun``,
  ``Xs kommun``, ``X stad``, ``kommunerna X, Y och Z``, ``X och Y kommuner``, or as a member of a
  list of municipality names that contains at least one unambiguous name (``Göteborg, Lund och
  Malmö``).
* Never from a county or region name (``Uppsala län``, ``Region Stockholm``, ``Landstinget i Uppsala
  län``, ``Stockholms läns landsting``, ``Region Jämtland Härjedalen``), a diocese (``Lunds stift``)
  or a university (``Högskolan i Skövde``, ``Göteborgs universitet``, ``Jönköping University``).
  Hospitals are kept: they are located in the municipality they are named after.
* An unqualified name right after a given name is a surname (``Anna Falkenberg``) and is ignored.
* ``Region Gotland`` is the municipal authority of Gotland, so it yields kommun 0980 (and region 09
  from ``find_regions``).
* Habo (0643) and Håbo (0305) are different names; diacritics are never folded.

This module never raises on arbitrary text input.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Literal, NamedTuple

from pipeline.swedish import reference as _ref
from pipeline.swedish._scan import fold, has_any

__all__ = [
    "PlaceMatch",
    "clean_organisation",
    "find_municipalities",
    "find_regions",
    "looks_like_person",
    "redact_persons",
    "split_organisations",
]


@dataclass(frozen=True)
class PlaceMatch:
    code: str  # kommunkod or länskod
    kind: Literal["kommun", "region"]
    text: str  # evidence: the matched substring of the input


# --------------------------------------------------------------------------------------------------
# data files

def _data_text(name: str) -> str:
    return resources.files("pipeline.swedish").joinpath("data", name).read_text(encoding="utf-8")


def _data_csv(name: str) -> list[dict[str, str]]:
    rows = []
    for row in csv.DictReader(io.StringIO(_data_text(name))):
        if row and any((v or "").strip() for v in row.values()):
            rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return rows


def _load_first_names() -> frozenset[str]:
    out = set()
    for line in _data_text("first_names.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line)
    return frozenset(out)


FIRST_NAMES: frozenset[str] = _load_first_names()
AMBIGUOUS_MUNICIPALITY_NAMES: frozenset[str] = frozenset(
    r["name"] for r in _data_csv("ambiguous_municipality_names.csv")
)

# --------------------------------------------------------------------------------------------------
# small regex helpers

_HS = r"[^\S\r\n]"  # horizontal whitespace (incl. NBSP), never a line break
_DASHES = "-\u2010\u2011\u2012\u2013"
_DASHES_ESC = "\\-" + _DASHES[1:]  # for use inside a character class
_DASH_CLASS = "[" + _DASHES_ESC + "]"
_DASH_TABLE = str.maketrans({c: "-" for c in _DASHES[1:]})
# Letters of names written in Sweden: Swedish and Nordic, and the Latin letters of the names of people from the
# Balkans, Poland, Turkey and elsewhere ("Hodžić", "Łukasz", "Şahin"): a name must be masked whole, not cut at "ž".
_UPPER = "A-ZÅÄÖÉÜÆØÁÀÈÍÓÚÇÑČĆŽŠĐŁŃŚŹŻŞĞİŐŰ"
_LOWER = "a-zåäöéüæøáàèíóúçñßčćžšđłńśźżşğıőűăâîșț"


def _surface_units(surface: str, *, fold_case_after_first: bool = False,
                   fold_first: bool = False) -> list[str]:
    """Regex units (one per character) for a literal name.

    Spaces match any run of horizontal whitespace (incl. NBSP), hyphens any dash. With folding, the
    first letter of a token may be upper or lower case (``Sahlgrenska Universitetssjukhuset``).
    """
    units: list[str] = []
    for i, token in enumerate(surface.split(" ")):
        if i:
            units.append(_HS + "+")
        for j, piece in enumerate(token.split("-")):
            if j:
                units.append(_DASH_CLASS)
            fold = fold_first if (i == 0 and j == 0) else fold_case_after_first
            for k, ch in enumerate(piece):
                if k == 0 and fold and ch.isalpha() and not piece.isupper() and ch.upper() != ch.lower():
                    units.append(f"[{re.escape(ch.upper())}{re.escape(ch.lower())}]")
                else:
                    units.append(re.escape(ch))
    return units


def trie_regex(unit_lists: list[list[str]]) -> str:
    """A longest-first alternation of literal names, written as a prefix trie.

    ``(?:Mark(?:aryd|s)?|...)`` matches exactly what the flat alternation sorted longest-first
    matches (a longer continuation is always tried before stopping, and the regex backtracks to a
    shorter name if the longer one fails the boundary check), but the engine tests one branch per
    leading character instead of one per name, which makes a 60 KB scan several times faster.
    """
    trie: dict = {}
    for units in unit_lists:
        node = trie
        for u in units:
            node = node.setdefault(u, {})
        node[None] = {}

    def build(node: dict) -> str:
        end = None in node
        alts = [u + build(child) for u, child in sorted(
            ((k, v) for k, v in node.items() if k is not None), key=lambda kv: kv[0])]
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    return "(?:" + build(trie) + ")"


_SPACES_RE = re.compile(r"\s+")
_HS_RUN_RE = re.compile(_HS + "+")


def _word_char_before(text: str, pos: int) -> bool:
    """True if ``text[pos-1]`` is a word character or a dash (the left half of ``\\b``)."""
    if pos <= 0:
        return False
    c = text[pos - 1]
    return c.isalnum() or c == "_" or c in _DASHES


def _collapses_nothing(s: str) -> bool:
    """A printable text without a double space has no run of white space to collapse: every white space
    character but " " is a control or separator character, which ``str.isprintable`` refuses."""
    return s.isprintable() and "  " not in s


def _key(s: str) -> str:
    return _SPACES_RE.sub(" ", s.translate(_DASH_TABLE)).strip()


# --------------------------------------------------------------------------------------------------
# municipality names

class _Name(NamedTuple):
    code: str
    base: str  # SCB name (or alias as written)
    ambiguous: bool  # needs an explicit qualifier
    bare: bool  # True for the base form, False for the genitive form


def _build_municipality_surfaces() -> dict[str, _Name]:
    surfaces: dict[str, _Name] = {}

    def add(surface: str, name: _Name) -> None:
        surfaces.setdefault(surface, name)

    for org in _ref.municipalities():
        amb = org.name in AMBIGUOUS_MUNICIPALITY_NAMES
        add(org.name, _Name(org.code, org.name, amb, True))
        if not org.name.endswith(("s", "x", "z")):
            add(org.name + "s", _Name(org.code, org.name, amb, False))
    for row in _data_csv("municipality_aliases.csv"):
        alias, code = row["alias"], row["kommunkod"]
        if _ref.by_code(code) is None:
            continue
        amb = row.get("mode", "name") != "name" or alias in AMBIGUOUS_MUNICIPALITY_NAMES
        add(alias, _Name(code, alias, amb, True))
        if row.get("mode", "name") == "name" and not alias.endswith(("s", "x", "z")):
            add(alias + "s", _Name(code, alias, amb, False))
    return surfaces


_MUNI_SURFACES: dict[str, _Name] = _build_municipality_surfaces()
_MUNI_LOOKUP: dict[str, _Name] = {_key(s): n for s, n in _MUNI_SURFACES.items()}
# Every surface form of the 290 names + aliases, longest first (as a trie, see trie_regex).
_MUNI_ALT = trie_regex([_surface_units(s) for s in sorted(_MUNI_SURFACES, key=lambda s: (-len(s), s))])
_RIGHT_WORD_BOUNDARY = r"(?!\w|" + _DASH_CLASS + r"\w)"
# The one combined municipality regex (compiled once at import). The left word boundary is checked
# in Python (_word_char_before): a look-behind in front of the alternation would disable the
# engine's first-character prefilter and make the scan ~5x slower.
_MUNI_RE = re.compile(_MUNI_ALT + _RIGHT_WORD_BOUNDARY)
_MUNI_FULL_RE = re.compile(_MUNI_ALT)

_QUALIFIER_RE = re.compile(_HS + r"+(?:[Kk]ommun|KOMMUN|[Ss]tad|STAD)s?(?!\w)")
_PLURAL_QUALIFIER_RE = re.compile(r"\s+(?:[Kk]ommuner|[Ss]täder)(?:na)?s?(?!\w)")
_LIST_PREFIX_RE = re.compile(r"(?:[Kk]ommunerna|[Kk]ommunen|[Ss]täderna)\s+$")
_LIST_GAP_RE = re.compile(
    r"(?:\s*,\s*|\s*/\s*|\s+(?:och|samt|eller|&)\s+|\s*,\s*(?:och|samt|eller)\s+)"
)
_LEFT_EXCLUDE_RE = re.compile(
    r"(?:(?:[Rr]egion|[Ll]andstinget|[Rr]egionförbundet|[Hh]ögskolan?|[Uu]niversitetet"
    r"|[Ii]nstitutet|University" + _HS + r"+of"
    # a foundation, bank or study association named by its seat ("Sparbanksstiftelsen Lidköping", "RF-SISU Stockholm",
    # "Studiefrämjandet Gävle"): the seat is the body's, not a place the work is in
    r"|(?:Sparbanks)?[Ss]tiftelsen|Sparbanken|RF-SISU|SISU" + _HS + r"+Idrottsutbildarna|Studiefrämjandet|ABF|Bilda"
    r"|Sensus|Studieförbundet" + _HS + r"+Vuxenskolan|Vuxenskolan|Medborgarskolan|Folkuniversitetet)(?:" + _HS + r"+i)?"
    r"|Jämtlands?(?:" + _HS + r"+(?:och|&))?)" + _HS + r"+$"
)
# cheap pre-check for _LEFT_EXCLUDE_RE: the last or second-to-last word ends like one of these
_LEFT_EXCLUDE_ENDINGS = ("egion", "andstinget", "förbundet", "ögskolan", "ögskola", "niversitetet",
                         "nstitutet", "of", "Jämtland", "Jämtlands", "tiftelsen", "Sparbanken", "SISU",
                         "Idrottsutbildarna", "främjandet", "ABF", "Bilda", "Sensus", "Vuxenskolan", "Medborgarskolan")
# An event's venue, by its bare name: "tog emot priset i Stockholm", "på Elevhälsodagarna i Stockholm", "konferensen i
# Malmö", "under Järvaveckan i Stockholm".
_EVENT_BEFORE_RE = re.compile(r"(?:pris(?:et|erna)?|\w*dagarna|\w*veckan|konferens(?:en)?|mässa[n]?|galan?|ceremonin?|"
                              r"seminari(?:et|um)|kongress(?:en)?|\w*utdelning(?:en)?|festival(?:en)?)" + _HS + r"+i" + _HS
                              + r"+$", re.I)
_RIGHT_EXCLUDE_RE = re.compile(
    _HS + r"+(?:län\w*|(?:tekniska" + _HS + r"+)?(?:[Uu]niversitet\w*|[Hh]ögskola\w*|University)"
    r"|(?:ärke)?stift|och" + _HS + r"+Bohus" + _HS + r"+län\w*)(?!\w)"
)
_PREV_TOKEN_RE = re.compile(
    r"(?<![\w-])([" + _UPPER + r"][" + _LOWER + r"]+)(?:-[" + _UPPER + r"][" + _LOWER + r"]+)?"
    + _HS + r"+$"
)
_NEXT_CAP_WORD_RE = re.compile(_HS + r"+[" + _UPPER + r"][" + _LOWER + r"]+")


# --------------------------------------------------------------------------------------------------
# region names

def _county_forms() -> list[tuple[str, str]]:
    forms: list[tuple[str, str]] = []
    for org in _ref.regions():
        forms.append((org.name, org.code))
    for code, lan in _ref.county_names().items():
        if not lan.endswith(" län"):
            continue
        genitive = lan[: -len(" län")]
        short = genitive[:-1] if genitive.endswith("s") else genitive
        forms += [
            (f"Region {short}", code),
            (f"Region {lan}", code),
            (f"Landstinget i {lan}", code),
            (f"Landstinget i {short}", code),
            (f"Landstinget {short}", code),
            (f"{lan}s landsting", code),
        ]
    return forms


def _build_region_aliases() -> dict[str, tuple[str, str]]:
    """alias -> (lanskod, alias as written)."""
    aliases: dict[str, tuple[str, str]] = {}
    for alias, code in _county_forms():
        aliases.setdefault(alias, (code, alias))
    for row in _data_csv("region_aliases.csv"):
        if _ref.by_code(row["lanskod"]) is not None and row["alias"]:
            aliases.setdefault(row["alias"], (row["lanskod"], row["alias"]))
    # running text writes the former county councils in lower case: "och landstinget i Uppsala län"
    for alias, value in list(aliases.items()):
        if alias.startswith("Landstinget"):
            aliases.setdefault("l" + alias[1:], value)
    return aliases


_REGION_ALIASES = _build_region_aliases()
_REGION_LOOKUP: dict[str, str] = {_key(a).casefold(): c for a, (c, _) in _REGION_ALIASES.items()}


def _region_units(alias: str) -> list[str]:
    # The first letter is matched exactly (every alternative then starts with a literal, which
    # keeps the engine's first-character prefilter); later words may start in either case.
    return _surface_units(alias, fold_case_after_first=True, fold_first=False)


_REGION_ALT = trie_regex([_region_units(a) for a in sorted(_REGION_ALIASES, key=lambda s: (-len(s), s))])
# Left boundary (no word character before) is checked in Python, see _MUNI_RE.
_REGION_RE = re.compile(r"(?P<name>" + _REGION_ALT + r")(?::s|s)?(?!\w)")


# Every match of _REGION_RE holds one of these, as written: every alias holds one in a word, past the word's first
# letter when that letter may be of either case (tests/swedish/test_orgs_shortcuts.py).
_REGION_KEYS = ("egion", "andsting", "jukhus", "jukvården", "Närhälsan", "Folktandvården", "VGR")


def _region_matches(text: str) -> list[re.Match[str]]:
    if not has_any(text, _REGION_KEYS):
        return []  # no match can hold none of the keys
    return [m for m in _REGION_RE.finditer(text)
            if not (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]


_UNIT_BRANDS = ("närhälsan", "folktandvården")  # region units, never a "parent" qualifier


def find_regions(text: str) -> list[PlaceMatch]:
    """Regions named in ``text`` (unique by länskod, in order of first appearance).

    ``Region Gävleborg``, ``Västra Götalandsregionen``, ``VGR``, ``Landstinget i Uppsala län`` (03),
    ``Stockholms läns landsting`` (01), ``Närhälsan`` (14: VGR's own primary care brand),
    ``Sahlgrenska universitetssjukhuset`` (14). County names alone (``Skåne``, ``Uppsala län``,
    ``Länsstyrelsen i Västra Götalands län``) are not regional authorities and give nothing.
    """
    if not isinstance(text, str) or not text:
        return []
    out: list[PlaceMatch] = []
    seen: set[str] = set()
    for m in _region_matches(text):
        code = _REGION_LOOKUP.get(_key(m.group("name")).casefold())
        if code is None or code in seen:
            continue
        seen.add(code)
        out.append(PlaceMatch(code=code, kind="region", text=m.group(0)))
    return out


# --------------------------------------------------------------------------------------------------
# find_municipalities

class _Cand(NamedTuple):
    start: int
    end: int  # end of the name itself
    qual_end: int  # end of "X kommun"/"X stad" if directly qualified, else == end
    name: _Name


def _is_excluded(text: str, start: int, end: int, name: _Name,
                 region_starts: list[int], region_ends: list[int]) -> bool:
    if name.base != "Region Gotland" and region_starts:
        # region matches do not overlap, so only the last one starting at or before `start` counts
        k = bisect.bisect_right(region_starts, start) - 1
        if k >= 0 and end <= region_ends[k]:
            return True
    if start and text[start - 1].isspace():
        left = text[max(0, start - 32):start]
        words = left.rsplit(None, 2)[-2:]
        if words and (words[-1].endswith(_LEFT_EXCLUDE_ENDINGS)
                      or len(words) == 2 and words[0].endswith(_LEFT_EXCLUDE_ENDINGS)):
            if _LEFT_EXCLUDE_RE.search(left):
                return True
    if _RIGHT_EXCLUDE_RE.match(text, end):
        return True
    return False


def _preceded_by_first_name(text: str, start: int) -> bool:
    """``Anna Falkenberg``: the word right before the name is a given name."""
    if start < 2 or text[start - 1] in "\r\n" or not text[start - 1].isspace():
        return False
    if not text[start - 2].isalpha():
        return False
    words = text[max(0, start - 32):start].split()
    if not words:
        return False
    word = words[-1]
    if word.split("-")[0] not in FIRST_NAMES:
        return False
    return bool(_PREV_TOKEN_RE.search(text[max(0, start - 32):start]))


def _followed_by_surname(text: str, end: int, name: _Name) -> bool:
    return name.base in FIRST_NAMES and bool(_NEXT_CAP_WORD_RE.match(text, end))


def find_municipalities(text: str) -> list[PlaceMatch]:
    """Municipalities named in ``text`` (unique by kommunkod, in order of first appearance).

    See the module docstring for the precision rules.
    """
    if not isinstance(text, str) or not text:
        return []
    region_starts: list[int] | None = None
    region_ends: list[int] = []
    cands: list[_Cand] = []
    for m in _MUNI_RE.finditer(text):
        s, e = m.span()
        if _word_char_before(text, s):
            continue
        surface = m.group(0)
        name = _MUNI_LOOKUP.get(surface) or _MUNI_LOOKUP.get(_key(surface))
        if name is None:
            continue
        if region_starts is None:
            spans = [r.span() for r in _region_matches(text)]
            region_starts = [a for a, _ in spans]
            region_ends = [b for _, b in spans]
        if _is_excluded(text, s, e, name, region_starts, region_ends):
            continue
        q = _QUALIFIER_RE.match(text, e)
        if q is None and _EVENT_BEFORE_RE.search(text, max(0, s - 40), s):
            continue  # where an event was held ("tog emot priset i Stockholm"): no place the work is in
        cands.append(_Cand(s, e, q.end() if q else e, name))

    # group consecutive names separated only by list separators ("A, B och C")
    chains: list[list[_Cand]] = []
    for c in cands:
        if chains:
            prev = chains[-1][-1]
            if prev.qual_end == prev.end and c.start > prev.end and _LIST_GAP_RE.fullmatch(
                text, prev.end, c.start
            ):
                chains[-1].append(c)
                continue
        chains.append([c])

    accepted: list[tuple[_Cand, bool]] = []
    for chain in chains:
        head, tail = chain[0], chain[-1]
        list_qualified = bool(
            _LIST_PREFIX_RE.search(text[max(0, head.start - 20):head.start])
            or (tail.qual_end == tail.end and _PLURAL_QUALIFIER_RE.match(text, tail.end))
        )
        has_anchor = len(chain) >= 2 and any(
            not c.name.ambiguous and not _preceded_by_first_name(text, c.start) for c in chain
        )
        for c in chain:
            direct = c.qual_end > c.end
            if direct or list_qualified:
                accepted.append((c, direct))
                continue
            if _preceded_by_first_name(text, c.start) or _followed_by_surname(text, c.end, c.name):
                continue
            if not c.name.ambiguous or has_anchor:
                accepted.append((c, False))

    out: list[PlaceMatch] = []
    seen: set[str] = set()
    for c, direct in accepted:
        if c.name.code in seen:
            continue
        seen.add(c.name.code)
        out.append(PlaceMatch(code=c.name.code, kind="kommun",
                              text=text[c.start:c.qual_end if direct else c.end]))
    return out


# --------------------------------------------------------------------------------------------------
# organisation words, roles, person names

_ORG_SUBSTRINGS = (
    "kommun", "region", "förvaltning", "nämnd", "närhälsan", "skola", "skolan", "skolor", "centrum",
    "center", "mottagning", "vårdcentral", "stiftelse", "förening", "förbund", "sjukhus", "klinik",
    "clinic", "rehab", "läkarhus", "kyrka", "kyrkan", "församling", "polis", "universitet",
    "högskola", "akademi", "institut", "myndighet", "gymnasi", "bibliotek", "museum", "museet",
    "teater", "landsting", "länsstyrelse", "omsorg", "tjänst", "avdelning", "inspektion",
    "bostäder", "trafik", "kansli", "sekretariat", "förskol", "habilitering", "psykiatri",
    "hälsovård", "sjukvård", "tandvård", "primärvård", "familjecentral", "diakoni", "restaurang",
    "fritidsgård", "företag",
)
_ORG_SUFFIXES = (
    "verket", "verk", "huset", "hus", "gården", "gård", "fond", "fonden", "kassan", "förmedlingen",
    "hälsan", "vården", "enheten", "enhet", "centralen", "central", "rådet", "byrån", "bolaget",
    "bolag", "gruppen", "teamet", "gatan", "gata", "vägen", "väg", "torget", "torg", "parken",
    "plats", "platsen", "minne", "värld",
)
_ORG_TOKENS = frozenset({
    "ab", "hb", "kb", "ek", "ekf", "inc", "ltd", "llc", "gmbh", "group", "ventures", "capital",
    "partners", "consulting", "foundation", "institute", "university", "council", "sweden",
    "sverige", "stad", "stads", "rise", "vgr", "skr", "skl", "bup", "ifo", "lss", "bvc", "mvc",
    "social", "international", "network", "nätverk",
})
_PARTICLES = frozenset({"von", "af", "van", "de", "der", "den", "al", "el", "bin", "ibn", "da", "di",
                        "du", "la", "le", "ben", "abu"})
_ROLE_SUFFIXES = (
    "chef", "direktör", "kommunalråd", "regionråd", "oppositionsråd", "landstingsråd",
    "ordförande", "ledare", "samordnare", "utvecklare", "strateg",
    "utredare", "handläggare", "rektor", "sekreterare", "kurator", "sjuksköterska", "läkare",
    "psykolog", "forskare", "professor", "docent", "lektor", "doktorand", "controller", "ekonom",
    "analytiker", "koordinator", "politiker", "ledamot", "grundare", "ansvarig", "medarbetare",
    "specialist", "konsult", "fältare", "pedagog", "lärare", "barnmorska", "socionom", "expert",
    "kontaktperson", "ombudsman", "generalsekreterare", "vd", "assistent", "administratör",
    "coach", "logoped", "fysioterapeut", "terapeut", "projektledare", "ombud", "chefen",
)


def _is_org_token(token: str) -> bool:
    t = token.lower().strip(".,;:()\"'")
    if not t:
        return False
    if t in _ORG_TOKENS:
        return True
    if any(s in t for s in _ORG_SUBSTRINGS):
        return True
    return t.endswith(_ORG_SUFFIXES)


def _is_role_word(word: str) -> bool:
    w = word.lower().strip(".,;:()\"'")
    return bool(w) and w.endswith(_ROLE_SUFFIXES)


_NAME_TOKEN = (r"[" + _UPPER + r"][" + _LOWER + r"'’]+(?:[A-Z][" + _LOWER + r"]+)?"
               r"(?:-[" + _UPPER + r"][" + _LOWER + r"'’]+)*")
_NAME_TOKEN_RE = re.compile(_NAME_TOKEN)


def _is_first_name(token: str) -> bool:
    if token in FIRST_NAMES:
        return True
    parts = token.split("-")
    return len(parts) > 1 and parts[0] in FIRST_NAMES and all(
        p[:1].isupper() for p in parts if p
    )


def _fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c)
    )


_FOLDED_FIRST_NAMES = frozenset(_fold(n) for n in FIRST_NAMES)


_WS_RE = re.compile(r"\s+")
_HEAD_PAREN_RE = re.compile(r"\s*\([^()]*\)\s*$")
_URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)


def looks_like_person(text: str) -> bool:
    """True when ``text`` is (or starts with) a person's name: ``Firstname [Middle] Lastname``.

    The first token must be a known given name (``data/first_names.txt``; hyphenated ``Per-Ola`` is
    fine), the others capitalised name tokens or particles (``von``, ``af``, ``al`` …), 2–4 tokens,
    and none of them an organisation word (kommun, stad, förvaltning, Närhälsan, skola, centrum,
    mottagning, AB, stiftelse, …). A name followed by ``, <role or affiliation>`` (``Kerstin Almén,
    kommunalråd (S)``) still counts as a person.
    """
    if not isinstance(text, str):
        return False
    return _looks_like_person(str(text))


@functools.lru_cache(maxsize=4096)
def _looks_like_person(text: str) -> bool:
    """``looks_like_person`` of a string; cached like ``_clean_organisation`` (the same names are asked about
    many times)."""
    t = _WS_RE.sub(" ", text.replace("\u00a0", " ")).strip(" \t.,;:!?\"'”“’‘«»()-–")
    if not t:
        return False
    head = t.split(",", 1)[0].strip()
    head = _HEAD_PAREN_RE.sub("", head).strip()
    tokens = head.split(" ")
    if not 2 <= len(tokens) <= 4:
        return False
    if not _is_first_name(tokens[0]) or not _NAME_TOKEN_RE.fullmatch(tokens[0]):
        return False
    if tokens[-1].lower() in _PARTICLES:
        return False
    for tok in tokens[1:]:
        if tok.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN_RE.fullmatch(tok) or _is_org_token(tok):
            return False
    return not _is_org_token(tokens[0])


# Runs of two or more capitalised words. The left word boundary is checked in Python (speed).
_CAP_RUN_RE = re.compile(
    _NAME_TOKEN
    + r"(?:" + _HS + r"+(?:(?:" + "|".join(sorted(_PARTICLES)) + r")" + _HS + r"+)?" + _NAME_TOKEN
    + r")+"
)
_TOKEN_IN_RUN_RE = re.compile(r"\S+")
_NEXT_WORD_RE = re.compile(r"\s*([\w" + _DASHES_ESC + r"]+)")
# A given name right after one of these words names an organisation or a saint, not a person.
_NAMED_AFTER_RE = re.compile(
    r"(?<!\w)(?:[Ss]tiftelsen|[Ss]tiftelse|[Ff]onden|[Ff]öreningen|[Ss]ällskapet|Sankt|Sankta|S:t"
    r"|S:ta|St\.)" + _HS + r"+$"
)
_ATTRIB_VERBS = (
    "säger", "sa", "sade", "berättar", "förklarar", "menar", "tycker", "konstaterar", "betonar",
    "understryker", "poängterar", "framhåller", "fortsätter", "avslutar", "svarar", "påpekar",
    "skriver", "uppger", "tillägger", "summerar", "säger också", "berättar vidare",
)
_PARTICLE_ALT = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_ATTRIB_RE = re.compile(
    trie_regex([[re.escape(c) for c in variant] for v in _ATTRIB_VERBS
                 for variant in (v, v[0].upper() + v[1:])])
    + _HS + r"+(?P<name>" + _NAME_TOKEN
    + r"(?:" + _HS + r"+(?:" + _PARTICLE_ALT + _HS + r"+)?" + _NAME_TOKEN + r"){0,3})"
    r"(?P<role>" + _HS + r"*,[^.!?\n]{1,200}?)?(?P<end>" + _HS + r"*(?:[.!?]|\n|$))"
)

_EMAIL_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _name_span_in_run(tokens: list[tuple[int, int, str]], i: int) -> int:
    """Given that tokens[i] is a first name, return j (exclusive) of the person name or i."""
    j = i + 1
    count = 1
    while j < len(tokens) and count < 4:
        tok = tokens[j][2]
        if tok.lower() in _PARTICLES:
            if j + 1 < len(tokens) and tokens[j + 1][2].lower() not in _PARTICLES:
                j += 1
                continue
            break
        if _is_org_token(tok) or (j > i + 1 and _MUNI_FULL_RE.fullmatch(tok)):
            break
        j += 1
        count += 1
    while j > i + 1 and tokens[j - 1][2].lower() in _PARTICLES:
        j -= 1
    return j if count >= 2 else i


def _redact_names_in_runs(text: str) -> str:
    pieces: list[str] = []
    pos = 0
    for run in _CAP_RUN_RE.finditer(text):
        tokens = [(run.start() + t.start(), run.start() + t.end(), t.group(0))
                  for t in _TOKEN_IN_RUN_RE.finditer(run.group(0))]
        i = 1 if _word_char_before(text, run.start()) else 0
        while i < len(tokens) - 1:
            tok = tokens[i][2]
            if not _is_first_name(tok):
                i += 1
                continue
            j = _name_span_in_run(tokens, i)
            if j <= i + 1:
                i += 1
                continue
            start, end = tokens[i][0], tokens[j - 1][1]
            nxt = _NEXT_WORD_RE.match(text, end)
            skip = (
                (end < len(text) and text[end] in _DASHES)
                or (nxt is not None and _is_org_token(nxt.group(1)))
                or bool(_NAMED_AFTER_RE.search(text[max(0, start - 16):start]))
            )
            if not skip:
                pieces.append(text[pos:start])
                pieces.append("[namn]")
                pos = end
            i = j
    pieces.append(text[pos:])
    return "".join(pieces)


def _remove_attributions(text: str) -> str:
    """Drop ``[,] säger Firstname Lastname[, role].`` clauses, keeping the final punctuation."""
    pieces: list[str] = []
    pos = 0
    for m in _ATTRIB_RE.finditer(text):
        if m.start() < pos or _word_char_before(text, m.start()):
            continue
        tokens = m.group("name").split()
        if not _is_first_name(tokens[0]) or any(_is_org_token(t) for t in tokens[1:]):
            continue
        start = m.start()
        while start > pos and text[start - 1] in " \t\u00a0":
            start -= 1
        if start > pos and text[start - 1] == ",":
            start -= 1
        pieces.append(text[pos:start])
        pieces.append(m.group("end"))
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces)


def _redact_emails(text: str) -> str:
    """``anna.svensson@kungalv.se`` -> ``[e-post]@kungalv.se`` (local part starts with a given name)."""
    if "@" not in text:
        return text
    pieces: list[str] = []
    pos = 0
    at = text.find("@")
    while at != -1:
        start = at
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
            start -= 1
        local = text[start:at]
        dom = _EMAIL_DOMAIN_RE.match(text, at + 1)
        parts = [p for p in re.split(r"[._+-]", local) if p]
        if dom and len(parts) >= 2 and _fold(parts[0]) in _FOLDED_FIRST_NAMES:
            pieces.append(text[pos:start])
            pieces.append("[e-post]@" + dom.group(0))
            pos = dom.end()
        at = text.find("@", max(at + 1, pos))
    pieces.append(text[pos:])
    return "".join(pieces)


# The gate of ``redact_persons``. Attributions and names in runs are removed only where a token passes
# ``_is_first_name``: a ``_NAME_TOKEN`` (or its part before a hyphen) that is in FIRST_NAMES. Such a token starts
# after a non-letter (white space, punctuation, or the text's start: a run glued to a word skips its first token)
# and, being all of a token or the part before its hyphen, is followed by no letter of _LOWER; so when the name is
# a plain ``[UPPER][LOWER]+`` word, ``_CAP_WORD_RE.findall`` (whose matches are such words, and which cannot run
# into it from the left over that non-letter) yields it whole. A name of other letters ("Ayşe") is never a
# ``_NAME_TOKEN``; ``_NAME_GATE_SOUND`` checks that no given name is a ``_NAME_TOKEN`` of other shape ("Anna-Lena",
# "D'Angelo"), which the gate would not see. No given name among the words: the text comes back as it was
# (e-mails aside, which need an "@").
_CAP_WORD_RE = re.compile(r"[" + _UPPER + r"][" + _LOWER + r"]+")
_FIRST_NAME_WORDS = frozenset(n for n in FIRST_NAMES if _CAP_WORD_RE.fullmatch(n))
_NAME_GATE_SOUND = all(n in _FIRST_NAME_WORDS or not _NAME_TOKEN_RE.fullmatch(n) for n in FIRST_NAMES)


def redact_persons(text: str) -> str:
    """Remove person names from ``text``.

    * Attributions ``…, säger Lars Berfenhag.`` / ``säger Catharina Högström, chef för Elevhälsan.``
      are dropped entirely (up to the end of the sentence; the final punctuation is kept).
    * Any other ``Firstname Lastname`` (first token a known given name) becomes ``[namn]``; a role
      after it is kept (``[namn], Förvaltningschef …, Trollhättans Stad``).
    * E-mail addresses whose local part is ``firstname.lastname`` become ``[e-post]@domain``.
    Organisation and place names are left alone: the first token must be a given name, and a name
    glued to a hyphen compound or followed/preceded by an organisation word (``Astrid Lindgrens
    barnsjukhus``, ``Gustav Adolfs torg``, ``Stiftelsen Anna …``) is kept.
    """
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    if "@" not in text and _NAME_GATE_SOUND and _FIRST_NAME_WORDS.isdisjoint(_CAP_WORD_RE.findall(text)):
        return text  # no given name and no e-mail: nothing below can change the text (see _CAP_WORD_RE)
    out = _remove_attributions(text)
    out = _redact_names_in_runs(out)
    out = _redact_emails(out)
    return out


# --------------------------------------------------------------------------------------------------
# clean_organisation

_LABEL_RE = re.compile(
    r"^\s*(?:Samverkans?part(?:er|ner|ners)?|Samarbetspart(?:er|ner|ners)?|Partners?|Parter|"
    r"Medverkande(?:\s+(?:organisationer|aktörer|parter))?|Projektägare|Huvudman|Samverkan|"
    r"Samarbete|Aktörer|Finansiär(?:er)?)\s*:\s*",
    re.IGNORECASE,
)
_LEADING_CONNECTIVE_RE = re.compile(
    r"^\s*(?:(?:i\s+)?(?:samverkan|samarbete)\s+(?:med|mellan)|(?:tillsammans|ihop)\s+med|"
    r"med\s+stöd\s+(?:av|från)|och|samt|även|med|bl\.?\s?a\.?|bland\s+annat|t\.?\s?ex\.?)\s+",
    re.IGNORECASE,
)
_TRAILING_NOISE_RE = re.compile(
    # (and "gemensamt" after the last of two owners: "ägs av Socialnämnden och Kultur- och fritidsnämnden gemensamt")
    # ("finansieras av Europeiska socialfonden och Högsby kommun tillsammans")
    r"(?:\s*,)?\s*(?:m\.?\s?fl\.?|med\s+flera|m\.?\s?m\.?|med\s+mera|etc\.?|osv\.?|…|\.\.\.|(?<=\w\s)gemensamt|"
    r"(?<=\w\s)tillsammans)\s*$",
    re.IGNORECASE,
)
# Every _TRAILING_NOISE_RE match ends the text, but a search for it starts at every character: it is run only
# when the text, its trailing white space (\s, as str.rstrip) off, ends with how one of its words can end, in
# fold(text) (which holds, position for position, the lower-case letters an IGNORECASE pattern matches).
_TRAILING_NOISE_ENDS = ("fl", "fl.", "flera", "m", "m.", "mera", "etc", "etc.", "osv", "osv.", "…", "...", "gemensamt",
                        "tillsammans")
_TRAILING_PAREN_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_PAREN_DROP_PREFIXES = ("projektägare", "ägare", "huvudman", "finansiär", "medfinansiär",
                        "samverkanspart", "partner", "part ", "sökande", "lead", "ansvarig")
_PARTY_CODES = frozenset({"S", "M", "C", "L", "V", "KD", "MP", "SD", "FP"})
_NON_ORGS = frozenset({
    "m.fl", "mfl", "m fl", "med flera", "etc", "m.m", "med mera", "övriga", "andra", "flera", "alla",
    "ingen", "inga", "saknas", "okänt", "okänd", "ej angivet", "ej angiven", "n/a", "na", "se ovan",
    "samverkanspart", "samverkansparter", "samarbetspartner", "samarbetspartners", "partners",
    "parter", "kontakt", "kontaktperson", "projektägare", "tbd", "uppgift saknas", "flera aktörer",
    "andra aktörer", "övriga aktörer", "aktörer", "ja", "nej", "inget", "okända", "huvudman",
})
_EDGE_CHARS = " \t\r\n.,;:!?\"'”“’‘«»•·▪*>|" + _DASHES + "—"
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")


def _balance_parens(s: str) -> str:
    if "(" not in s and ")" not in s:
        return s  # nothing to balance (most names)
    stack: list[int] = []
    drop: set[int] = set()
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                stack.pop()
            else:
                drop.add(i)
    drop.update(stack)
    if not drop:
        return s
    return "".join(ch for i, ch in enumerate(s) if i not in drop)


# A funder's share after its name ("Samordningsförbundet Sjuhärad 80 %", "Region Skåne 50 procent"): how much it
# pays, not part of the name.
_TRAILING_SHARE_RE = re.compile(r"\s+(?:[-–:]\s*)?\d{1,3}(?:[,.]\d+)?\s*(?:%|procent)$")


def _strip_trailing_share(s: str) -> str:
    return _TRAILING_SHARE_RE.sub("", s) if s.endswith(("%", "procent")) else s


def _strip_trailing_parentheticals(s: str) -> str:
    while True:
        # A match ends the text with ")" and white space: without that, none (and no search from every character).
        m = _TRAILING_PAREN_RE.search(s) if s.rstrip().endswith(")") else None
        if not m:
            return s
        inner = m.group(1).strip()
        # (the name's own abbreviation, "Arbetsförmedlingen (AF)", "Region Västmanland (RV)": the same body)
        own_abbreviation = 2 <= len(inner) <= 6 and inner.isupper() and inner.isalpha() and inner[0] == s.lstrip()[:1]
        keep = (
            bool(inner)
            and not own_abbreviation
            and inner[0].isupper()
            and inner not in _PARTY_CODES
            and not _is_role_word(inner.split()[0])
            and not inner.lower().startswith(_PAREN_DROP_PREFIXES)
        )
        if keep:
            return s
        s = s[: m.start()].rstrip()


def clean_organisation(name: str) -> str | None:
    """Trim an organisation name; ``None`` for empty text, persons and non-organisations.

    Removes labels (``Samverkansparter:``), leading connectives (``i samverkan med``, ``och``),
    trailing ``m.fl.``/``etc.``, descriptive parentheticals (``(kommunövergripande)``, ``(S)``),
    unbalanced brackets, quotes and edge punctuation.
    """
    if not isinstance(name, str) or len(name) > 2000:
        return None  # not a name; also keeps the clean-up linear on huge inputs
    return _clean_organisation(str(name))  # a plain str in the cache (not a subclass holding on to anything)


# A partner's role after a dash, in lower case: "Hyresbostäder – upplåter Navestadshallen och sköter städningen".
# (a short name without digits before the dash; not a period's "januari 2022 – december 2024")
_ROLE_AFTER_DASH = re.compile(r"^((?-i:[A-ZÅÄÖ])[^–—\d]{1,60}?)\s+[–—]\s+(?=[a-zåäö])(?!(?:januari|februari|mars|april|"
                              r"maj|juni|juli|augusti|september|oktober|november|december)\b)[^–—]*$")


# An agency or region by its place, then what its money is for ("… för arbete mot segregation").
_PURPOSE_AFTER_AGENCY = re.compile(r"^((?:Länsstyrelsen|Region|Samordningsförbundet)(?:\s+(?:i\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]*)+"
                                   r"(?:\s+län)?)\s+för\s+(?-i:[a-zåäö]).*$")


@functools.lru_cache(maxsize=4096)
def _clean_organisation(name: str) -> str | None:
    """``clean_organisation`` of a string; cached, since the same names come back on page after page (and a
    page repeats its own) and the clean-up runs a dozen patterns."""
    s = unicodedata.normalize("NFC", name).replace("\u00a0", " ")
    s = " ".join(s.split())  # = _WS_RE.sub(" ", s).strip(): \s is str.isspace
    if (" – " in s or " — " in s) and (role := _ROLE_AFTER_DASH.match(s)) is not None \
            and len(role.group(1).split()) <= 6:
        s = role.group(1)  # "IK Sleipner – ansvarar för träningsupplägget": the name, not its role
    if " för " in s and (purpose := _PURPOSE_AFTER_AGENCY.match(s)) is not None:
        s = purpose.group(1)  # "Länsstyrelsen Västernorrland för arbete mot segregation": the agency, not its purpose
    for _ in range(3):
        before = s
        s = _LABEL_RE.sub("", s)
        s = _LEADING_CONNECTIVE_RE.sub("", s)
        if fold(s).rstrip().endswith(_TRAILING_NOISE_ENDS):
            s = _TRAILING_NOISE_RE.sub("", s)
        s = s.strip(_EDGE_CHARS)
        s = _balance_parens(s)
        s = _strip_trailing_parentheticals(s)
        s = _strip_trailing_share(s.strip(_EDGE_CHARS))
        s = s.strip(_EDGE_CHARS)
        if s == before:
            break
    s = " ".join(s.split())
    if not s or not _HAS_LETTER_RE.search(s):
        return None
    if len(s) > 150 or len(s.split()) > 14:
        return None
    if s.casefold().rstrip(".") in _NON_ORGS:
        return None
    if "@" in s or (("." in s or ":" in s) and _URL_RE.search(s)):  # a URL holds "://" or "www."
        return None
    if s in FIRST_NAMES or looks_like_person(s):
        return None
    if redact_persons(s) != s:
        return None  # contains a person's name or personal e-mail address
    words = s.split()
    if _is_role_word(words[0]) and not any(_is_org_token(w) for w in words[1:]):
        return None  # a job title ("Förvaltningschef Arbetsmarknad"), not an organisation
    return s


# --------------------------------------------------------------------------------------------------
# split_organisations

_SEP_ALTERNATIVES = (
    r"(?P<strong>\s*;\s*|\s*[\r\n]+\s*|\s*[•·▪]\s*"
    r"|\s+(?:i\s+)?(?:samverkan|samarbete)\s+med\s+|\s+tillsammans\s+med\s+"
    # a second object of "med" ("samarbetar med Arbetsförmedlingen och med företag på Österlen"): always two
    r"|\s*,?\s+och\s+(?:även\s+|också\s+)?med\s+)"
    r"|(?P<slash>(?<!\d)\s*/\s*(?!\d)(?!eller\b))"
    r"|(?P<and>\s*,?\s+(?:och/eller|och|and)\s+)"
    r"|(?P<samt>\s*,?\s+samt\s+)"
    r"|(?P<comma>\s*,\s*)"
)
# The look-ahead changes no match: every alternative's first character is a space or one of ";•·▪/," (each
# consumes one of those before anything else), so it only turns away at once the positions where no alternative
# can start, which the engine would otherwise try one by one (four times slower on partner strings).
_SEP_RE = re.compile(r"(?=[\s;•·▪/,])(?:" + _SEP_ALTERNATIVES + ")")
_DIRECTIONAL_RE = re.compile(
    r"(?:Norra|Södra|Östra|Västra|Mellersta|Centrala|Nordöstra|Nordvästra|Sydöstra|Sydvästra"
    r"|Inre|Yttre)\s+[" + _UPPER + r"][\w-]+"
)
_UNIT_STEMS = (
    "tjänst", "förvaltning", "nämnd", "skola", "skolan", "skolor", "förskol", "fritid", "hälsa",
    "hälsan", "vård", "polis", "psykiatri", "habilitering", "mottagning", "central", "förening",
    "näringsliv", "föreningsliv", "civilsamhälle", "bibliotek", "kommun", "region", "myndighet",
    "enhet", "avdelning", "verksamhet", "gård", "team", "grupp", "kontor", "sektor", "styrelse",
    "omsorg", "medicin", "klinik", "sjukhus", "rehab", "centrum", "center", "kansli", "boende", "utbildningen",
)
_NOT_QUALIFIABLE = ("polis", "arbetsförmedling", "försäkringskassa", "verket", "myndighet")
_OWNED_BY_ANOTHER = ("kommunens ", "stadens ", "regionens ", "länets ")
_PREPOSITION_RE = re.compile(r"\s(?:för|mot|inom|med|kring|om|av)\s")


_FIRST_WORD_RE = re.compile(r"\s*([^\s,;/]+)")


def _first_word(s: str) -> str:
    m = _FIRST_WORD_RE.match(s)
    return m.group(1) if m else ""


def _is_acronym(word: str) -> bool:
    w = word.strip("().,:;")
    return len(w) >= 2 and sum(c.isupper() for c in w) >= 2 and not any(c.islower() for c in w[:2])


_UNIT_STEM_RE = re.compile("|".join(map(re.escape, _UNIT_STEMS)))  # found anywhere in a word: one of them is in it
_UNIT_ACRONYMS = frozenset({"BUP", "BUM", "IFO", "LSS", "BVC", "MVC", "SFI"})


def _is_unit_like(s: str) -> bool:
    w = _first_word(s).lower()
    return bool(w) and (_UNIT_STEM_RE.search(w) is not None or w.upper() in _UNIT_ACRONYMS)


def _adjective_and_unit(s: str) -> bool:
    """A unit after its adjective, in the definite: "anpassade gymnasieskolan", "öppna förskolan"."""
    words = s.split()
    return len(words) == 2 and words[0].endswith(("a", "e")) and _DEFINITE_END_RE.search(words[1]) is not None \
        and _is_unit_like(words[1])


def _starts_upper(s: str) -> bool:
    w = _first_word(s)
    return bool(w) and w[0].isupper()


_MUNI_FORM_RE = re.compile(_MUNI_ALT + r"(?:" + _HS + r"+(?:[Kk]ommun|KOMMUN|[Ss]tad|STAD)s?)?")


def _is_municipality_form(s: str) -> bool:
    return bool(_MUNI_FORM_RE.fullmatch(s.strip(_EDGE_CHARS)))


def _is_region_form(s: str) -> bool:
    s = s.strip(_EDGE_CHARS)
    m = _REGION_RE.fullmatch(s)
    return bool(m) and not s.casefold().startswith(_UNIT_BRANDS)


# The last word of a municipality's or region's unit: "-förvaltningen", "-enheten", "-nämnden" …
_OWN_UNIT_END_RE = re.compile(r"(?:förvaltning|enhet|nämnd|kontor|avdelning|omsorg|socialtjänst|elevhälsa)(?:en|n)?$",
                              re.I)


def _is_parent(s: str) -> bool:
    return _is_municipality_form(s) or _is_region_form(s)


_BODY_WORD_RE = re.compile(r"\b(?:kommun|stad|region)\b", re.I)


def is_body_name(name: str) -> bool:
    """A municipality's or region's name with its word ("Bollnäs kommun", "Region Gävleborg", "Göteborgs stad"): the
    body itself, where a bare place ("Bollnäs") may only say where."""
    return _is_parent(name) and bool(_BODY_WORD_RE.search(name))


def _is_place_qualifier(s: str) -> bool:
    return bool(_DIRECTIONAL_RE.fullmatch(s.strip(_EDGE_CHARS)))


# The last words of the names _ends_with_place accepts (unambiguous, base form), as _key writes them: a name that
# ends the text ends it with its last word, which is the text's last word (a one-word name has a space before it).
_PLACE_LAST_WORDS = frozenset(k.rsplit(" ", 1)[-1] for k, n in _MUNI_LOOKUP.items() if n.bare and not n.ambiguous)


def _ends_with_place(s: str) -> int:
    """Start index of an unambiguous municipality name ending ``s`` (after a space), or -1."""
    words = s.rsplit(None, 1)
    if not words or words[-1].translate(_DASH_TABLE) not in _PLACE_LAST_WORDS:
        return -1  # no such name can end the text: no scan for one
    last = None
    for m in _MUNI_RE.finditer(s):
        if not _word_char_before(s, m.start()):
            last = m
    if last is None or last.end() != len(s.rstrip()) or last.start() == 0:
        return -1
    name = _MUNI_LOOKUP.get(_key(last.group(0)))
    if name is None or name.ambiguous or not name.bare or not s[last.start() - 1].isspace():
        return -1
    return last.start()


_BARE_PLACE_RE = re.compile(
    r"(?:" + _MUNI_ALT + r"|[" + _UPPER + r"][\w-]+(?: [" + _UPPER + r"][\w-]+)?"
    r" \(" + _MUNI_ALT + r"\))"
)


def _is_bare_place(s: str) -> bool:
    s = s.strip()
    if not _BARE_PLACE_RE.fullmatch(s):
        return False
    if "(" in s:
        return True
    name = _MUNI_LOOKUP.get(_key(s))
    return name is not None and name.bare


# A group spoken of, not named: "de deltagande kommunerna", "de andra medlemmarna".
_GROUP_RE = re.compile(r"^(?:de|dess|deras|övriga)\s+(?:[a-zåäö]+\s+){0,2}[a-zåäö]+(?:na|erna|orna|arna)$")
# A definite noun's ending: "elevhälsan", "socialtjänsten", "fritidsgårdarna" are bodies of their own.
_DEFINITE_END_RE = re.compile(r"(?:en|et|an|na)$")


def is_bare_noun(word: str) -> bool:
    """A lower-case noun without a definite ending ("fritid", "omsorg"): with a capitalised one before it and "och"
    between, a department's name ("Kultur och fritid"), not two bodies."""
    return word[:1].islower() and word.isalpha() and not _DEFINITE_END_RE.search(word)


# A generic body's word that a unit's name starts with, its field after it ("Förvaltningen förskola och skola").
GENERIC_BODY_WORDS = ("Förvaltningen", "Nämnden", "Enheten", "Avdelningen", "Sektorn", "Verksamhetsområdet", "Kontoret",
                      "Området")
_GENERIC_BODY_THEN_NOUN = re.compile(r"^(?:" + "|".join(GENERIC_BODY_WORDS) + r")\s+[a-zåäö]+$")


def _should_split_och(left: str, right: str) -> bool:
    rw = _first_word(right)
    if not rw:
        return False
    l_strip, r_strip = left.strip(), right.strip()
    if _GROUP_RE.match(r_strip) and _starts_upper(l_strip):
        return True  # a name and a group: "Europeiska socialfonden (ESF+) och de deltagande kommunerna"
    if " " not in l_strip and " " not in r_strip and r_strip[:1].islower() and l_strip[:1].isupper() \
            and not _DEFINITE_END_RE.search(r_strip) and not _DEFINITE_END_RE.search(l_strip):
        return False  # a department's name of two bare nouns: "Kultur och fritid", "Vård och omsorg"
    if " " not in r_strip and r_strip[:1].islower() and not _DEFINITE_END_RE.search(r_strip) \
            and _GENERIC_BODY_THEN_NOUN.match(l_strip):
        return False  # … after a generic body's word: "Förvaltningen förskola och skola", "Nämnden vård och omsorg"
    right_ok = rw[0].isupper() or _is_acronym(rw) or _is_unit_like(right)
    left_ok = _starts_upper(left) or _is_unit_like(left) or _is_acronym(_first_word(left)) \
        or _is_unit_like(_compound_head(left)) or _adjective_and_unit(left)
    if not (right_ok and left_ok):
        return False
    if _PREPOSITION_RE.search(" " + left + " ") and not (
        _is_acronym(rw) or _is_parent(right) or any(_is_org_token(t) for t in right.split()[:3])
    ):
        return False
    return True


def _names_a_body(s: str) -> bool:
    """Whether ``s`` can stand as an organisation's name before "och": capitalised, an acronym or a unit word."""
    return _starts_upper(s) or _is_unit_like(s) or _is_acronym(_first_word(s)) or _is_unit_like(_compound_head(s))


_SUSPENDED_RE = re.compile(r"^[^\W\d_]+-\s+(?:och|&|eller|samt)\s+")


def _compound_head(s: str) -> str:
    """The whole word of a suspended compound: "familjeförvaltningen" of "individ- och familjeförvaltningen", whose
    first word ("individ-") says nothing of what it is."""
    m = _SUSPENDED_RE.match(s)
    return s[m.end():] if m else ""


# Units only a municipality has (its social services, schools, leisure): a region after one ("socialförvaltningen,
# Region Skåne") is another partner, not the unit's parent, as it is after "Barnmedicin, VGR". Region Gotland is
# also the municipality.
_MUNICIPAL_UNIT_RE = re.compile(r"^(?:[^\W\d_]+-?\s+(?:och|&)\s+)?[^\W\d_]*(?:förvaltning|nämnd|socialtjänst|"
                                r"familjeomsorg|elevhälsa|förskol|grundskol|fritidsgård)|^(?:IFO|kommunstyrelsen)\b",
                                re.I)


def _municipal_unit_before_region(unit: str, parent: str) -> bool:
    return (_is_region_form(parent) and "gotland" not in parent.casefold()
            and _MUNICIPAL_UNIT_RE.match(unit) is not None)


class _Item:
    __slots__ = ("text", "has_parent", "sep", "dropped")

    def __init__(self, text: str, sep: str, dropped: bool = False) -> None:
        self.text = text
        self.has_parent = False
        self.sep = sep
        self.dropped = dropped  # a person name or the job title that follows it


_PAREN_RE = re.compile(r"[()]")


def _protected_spans(s: str) -> list[tuple[int, int]]:
    """Spans the splitter never cuts: a parenthetical from its ``(`` to the matching ``)`` (to the end if never
    closed; a stray ``)`` protects nothing) and the municipality lists of ``_municipality_list_spans``.

    Spans rather than a flag per character: only the brackets are visited, and a text without any (most
    partner strings) costs nothing here."""
    spans: list[tuple[int, int]] = []
    if "(" in s:
        depth = start = 0
        for m in _PAREN_RE.finditer(s):
            if m.group() == "(":
                if depth == 0:
                    start = m.start()
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    spans.append((start, m.end()))
        if depth > 0:
            spans.append((start, len(s)))
    spans += _municipality_list_spans(s)
    return spans


def _municipality_list_spans(s: str) -> list[tuple[int, int]]:
    """Spans of ``kommunerna A, B och C`` / ``A och B kommuner`` (kept whole by the splitter)."""
    if "ommune" not in s and "täder" not in s:
        return []  # neither the words before a list nor those after one ([Kk]ommunerna/en/er, [Ss]täder/na)
    chains: list[list[tuple[int, int]]] = []
    for m in _MUNI_RE.finditer(s):
        if _word_char_before(s, m.start()):
            continue
        if chains and _LIST_GAP_RE.fullmatch(s, chains[-1][-1][1], m.start()):
            chains[-1].append(m.span())
        else:
            chains.append([m.span()])
    spans = []
    for chain in chains:
        start, end = chain[0][0], chain[-1][1]
        if _LIST_PREFIX_RE.search(s[max(0, start - 20):start]):
            spans.append((start, end))
        elif len(chain) >= 2 and (q := _PLURAL_QUALIFIER_RE.match(s, end)):
            spans.append((start, q.end()))
    return spans


def _tokenise(s: str) -> list[tuple[str, str, str]]:
    """[(separator kind, separator text, segment)]; the first kind is 'start'."""
    protected = None  # looked for at the first separator (a single name has none)
    out: list[tuple[str, str, str]] = []
    kind, sep_text, pos = "start", "", 0
    for m in _SEP_RE.finditer(s):
        a, b = m.span()
        if a == b:
            continue
        if protected is None:
            protected = _protected_spans(s)
        if any(lo < b and a < hi for lo, hi in protected):
            continue
        out.append((kind, sep_text, s[pos:m.start()]))
        kind = m.lastgroup or "strong"
        sep_text = m.group(0).strip()
        pos = m.end()
    out.append((kind, sep_text, s[pos:]))
    return out


# The region's own health care: a unit of the region named after it ("BUP, Region Kalmar län").
_REGION_CARE_UNIT_RE = re.compile(r"hälsovård|sjukvård|psykiatri|habilitering|vårdcentral|\b(?:BUP|BVC|MVC)\b", re.I)


def _enumeration_ends_after(tokens: list[tuple[str, str, str]], i: int) -> bool:
    """The comma before token ``i`` is one of a list's: "A, B och C" ends right after it with "och"/"samt" and one
    more name, so B is A's sibling, not its parent ("ungdomsmottagningen, Region Östergötland och
    Arbetsförmedlingen"). A region's own care service stays its unit even there ("Barnhälsovården, Region
    Jönköpings län och Svenska kyrkan")."""
    if i + 2 != len(tokens) or tokens[i + 1][0] not in ("and", "samt"):
        return False
    last = tokens[i + 1][2].strip()
    if _REGION_CARE_UNIT_RE.search(tokens[i - 1][2]) if i else False:
        return False
    return bool(last) and (_starts_upper(last) or _is_unit_like(last) or _is_acronym(_first_word(last)))


def _qualifiable(unit: str) -> bool:
    low = unit.lower()
    if any(x in low for x in _NOT_QUALIFIABLE) or low.startswith(_OWNED_BY_ANOTHER):
        return False  # ("kommunens sociala investeringsfond, Region Dalarna": the municipality's, not the region's)
    return (_is_unit_like(unit) or any(_is_unit_like(w) for w in unit.split()[:4])
            or not _starts_upper(unit))


_SUB_UNIT_RE = re.compile(r"^(?:vårdcentral(?:en)?|[BM]VC|barnavårdscentral(?:en)?|mödravårdscentral(?:en)?|"
                          r"[Rr]ehab(?:mottagning(?:en)?)?|barnmorskemottagning(?:en)?|ungdomsmottagning(?:en)?)$")
_CARE_PROVIDER_RE = re.compile(r"Närhälsan|[Vv]årdcentral|[Ll]äkarhus|[Hh]älsocentral|Capio|Praktikertjänst|"
                               r"[Ff]amiljecentral")


# A clause after a comma, in running prose: "Arbetsförmedlingen och Hälsinglands utbildningsförbund, så vi har …",
# "…, vilket gör att …", "…, men …".
_CLAUSE_START_RE = re.compile(r"(?:så|men|eftersom|därför|där|vilket|vilka|när|då|vi|de|det|man|för\s+att"
                              r"|och\s+(?:det|vi|de|man)"
                              # the sentence's verb after a list of names: "…, pågår 2024–2026 och har fått …"
                              r"|pågår|pågick|har|hade|är|var|ska|skall|kommer|startar|startade|ger|gav|får|fick"
                              r"|erbjuder|arbetar|riktar|vänder|finansieras|drivs|leds)(?!\w)")


def split_organisations(text: str) -> list[str]:
    """Split a partners string into organisation names (cleaned, de-duplicated, in order).

    Separators: ``;``, line breaks, bullets, ``/`` (not between digits), ``,``, ``samt`` and ``och``.
    ``&`` never separates (``Individ- & familjeomsorgsnämnden``, ``Skepplanda Läkarhus & Rehab``).
    * ``och``/``samt`` after a suspended hyphen compound (``Barn- och utvecklingsförvaltningen``)
      never splits; ``och`` splits only when both sides look like organisation names (capitalised,
      an acronym, or a generic unit word such as socialtjänsten/skola/BUP/IFO/elevhälsan), so
      ``Specialistcentrum barn och unga`` stays whole. After a name containing a preposition
      (``Stiftelsen Idéer för livet``, ``Centrum för Kultur och Fritid``) the right side must itself
      look like an organisation.
    * ``, <parent>`` qualifies the preceding unit and stays attached (``Förskoleförvaltningen,
      Göteborgs Stad``, ``Barnmedicin, VGR``, ``Specialistcentrum barn och unga, Sjukhusen i
      Väster``) when the parent is a municipality or region form (incl. VGR hospital groups) and the
      preceding item is a unit rather than an organisation in its own right. A directional place
      (``Närhälsan, Norra Hisingen``) also stays attached. A lower-case continuation that is not a
      unit word (``Enheten för barn, unga och familj``) stays attached.
    * Lists of municipality names inside ``kommunerna …`` / ``… kommuner`` are one item.
    * ``Närhälsan Tjörn, Lysekil och Dalaberg (Uddevalla)`` distributes the brand over the bare
      place names: ``Närhälsan Tjörn``, ``Närhälsan Lysekil``, ``Närhälsan Dalaberg (Uddevalla)``.
    * Each part goes through :func:`clean_organisation` (drops persons, noise, ``(kommunövergripande)``).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    s = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    if not _collapses_nothing(s):
        s = _HS_RUN_RE.sub(" ", s)
    s = s.strip()
    s = _LABEL_RE.sub("", s)
    s = _LEADING_CONNECTIVE_RE.sub("", s)
    s = s.strip(" \t\r\n.;:")

    items: list[_Item] = []
    tokens = _tokenise(s)
    for i, (kind, sep_text, seg) in enumerate(tokens):
        seg = seg.strip()
        if not seg:
            continue
        if kind == "comma" and _CLAUSE_START_RE.match(seg):
            break  # "…, så vi har korta vägar till …": the sentence goes on, no more names
        cur = items[-1] if items else None
        if cur is None or kind in ("start", "strong", "slash"):
            items.append(_Item(seg, kind, dropped=looks_like_person(seg)))
            continue
        if cur.dropped:
            # "Said Niklund, Förvaltningschef Arbetsmarknad och socialförvaltningen, Trollhättans
            # Stad": drop the name and the job title after it, keep the organisation that follows.
            if kind == "comma":
                is_title = _is_role_word(_first_word(seg)) and cur.sep != "title"
                items.append(_Item(seg, "title" if is_title else kind,
                                   dropped=is_title or looks_like_person(seg)))
            elif cur.sep == "title" and not _starts_upper(seg):
                cur.text += " " + seg  # "Förvaltningschef Arbetsmarknad och socialförvaltningen"
            else:
                items.append(_Item(seg, kind, dropped=looks_like_person(seg)))
            continue
        if _SUB_UNIT_RE.match(seg) and _CARE_PROVIDER_RE.search(cur.text):
            # "Närhälsan Angered centrum, vårdcentral och BVC", "Skepplanda läkarhus och Rehab": the
            # provider's own parts, not partners of their own.
            cur.text += (", " if kind == "comma" else f" {sep_text or 'och'} ") + seg
            continue
        if kind == "comma":
            if cur.text.endswith(tuple(_DASHES)):
                cur.text += ", " + seg
            elif _is_place_qualifier(seg) and not cur.has_parent and not _is_parent(cur.text) \
                    and not _municipal_unit_before_region(cur.text, seg):
                cur.text += ", " + seg
                cur.has_parent = True
            elif (_is_parent(seg) and not cur.has_parent and not _is_parent(cur.text)
                  and _ends_with_place(cur.text) < 0 and _qualifiable(cur.text)
                  and not _enumeration_ends_after(tokens, i)
                  and not _municipal_unit_before_region(cur.text, seg)):
                cur.text += ", " + seg
                cur.has_parent = True
            elif (_is_municipality_form(cur.text) and not cur.has_parent and not _is_parent(seg)
                  and len(seg.split()) <= 5 and (_OWN_UNIT_END_RE.search(seg) or seg.endswith("-"))):
                # "Motala kommun, Arbetsmarknadsenheten", "Skövde kommun, vård- och omsorgsförvaltningen" (its
                # first part "vård-", the rest joined after "och"): the municipality's own unit after it
                cur.text += ", " + seg
                cur.has_parent = True
            elif (not _starts_upper(seg) and not _is_unit_like(seg)
                  and not _is_acronym(_first_word(seg)) and not _adjective_and_unit(seg)):
                cur.text += ", " + seg
            else:
                items.append(_Item(seg, kind))
            continue
        # "och" / "samt"
        word = sep_text or "och"
        if cur.text.endswith(tuple(_DASHES)):
            cur.text += f" {word} " + seg
        elif kind == "samt" or _should_split_och(cur.text, seg) or (seg.endswith("-") and _names_a_body(cur.text)):
            # ("Socialförvaltningen och barn- och ungdomsförvaltningen": a name, then a suspended compound whose
            # "och" follows; the next part joins it, as a part after a dash always does)
            items.append(_Item(seg, kind, dropped=looks_like_person(seg)))
        else:
            cur.text += f" {word} " + seg

    # distribute a brand over following bare place names ("Närhälsan Tjörn, Lysekil och …")
    items = [it for it in items if not it.dropped]
    texts = [it.text for it in items]
    i = 0
    while i < len(items):
        pos = _ends_with_place(texts[i]) if i + 1 < len(items) else -1  # the last item has none to share with
        if pos > 0 and _starts_upper(texts[i]) and "," not in texts[i][:pos]:
            prefix = texts[i][:pos]
            j = i + 1
            while j < len(items) and items[j].sep in ("comma", "and") and _is_bare_place(texts[j]):
                texts[j] = prefix + texts[j].strip()
                j += 1
            i = j
        else:
            i += 1

    out: list[str] = []
    seen: set[str] = set()
    for t in texts:
        c = clean_organisation(t)
        if c is None:
            continue
        k = c.casefold()
        if k in seen:
            continue
        seen.add(k)
        out.append(c)
    return out
