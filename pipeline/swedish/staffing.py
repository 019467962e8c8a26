"""Staffing stated as full-time equivalents.

Why: projects often say what they pay for in people ("totalt sex
heltidstjänster", "en psykolog, en socionom och en specialpedagog på
heltid", "en koordinator på 75 %"); the dataset records that as FTE.

Rules (precision over recall):

* Only stated extents count: heltid(stjänst) = 1, halvtid(stjänst) = 0.5 (kvartstid 0.25, trekvartstid 0.75),
  "N %"/"N-procentig" = N/100, årsarbetare/årsarbetskraft = 1. A role with
  no extent ("en insatskoordinator anställs") gives None, and so does deltid.
* A list of roles ending in an extent ("anställs en X, en Y och en Z på
  heltid") applies the extent to every role in the list.
* "N tjänst(er)" counts as N full-time posts (the Swedish public-sector
  convention) only when it is clearly staffing: a decimal count ("1,5
  tjänst"), a word like "motsvarande"/"totalt"/"utökning med" before it, a
  role after it ("två tjänster som fältassistenter"), or a hiring verb
  (anställa, rekrytera, inrätta, tillsätta) nearby — "tjänster" also means
  services.
* Several mentions: a "totalt/sammanlagt" one wins, and so does a first one
  that the others, after a colon or "varav", add up to ("1,5 tjänst: en X på
  heltid och en Y på halvtid"); otherwise distinct mentions are added up (each is assumed to be different staff). The same
  phrase repeated (an ingress repeated in the body) counts once, and
  definite forms ("heltidstjänsterna") refer back and are not counted.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass

from pipeline.swedish._scan import finditer_at, finditer_near, fold, folded_twin, has_any, hit_windows, starts, windows
from pipeline.swedish.numbers import NUMBER_PATTERN, NUMBER_START_FOLDED_RE, parse_number

__all__ = ["Staffing", "parse_staffing"]

_FLAGS = re.IGNORECASE
_MAX_TEXT = 100_000
_MAX_COUNT = 1000


@dataclass(frozen=True)
class Staffing:
    """Full-time equivalents with the substring(s) they were read from."""

    fte: float
    text: str


_N = NUMBER_PATTERN
_END = r"(?![\wåäö])"
_PCT = r"(?P<p>\d{1,3}(?:,\d+)?)\s*(?:%|procent)"
# The part-time words a post's extent is said in (their share in _PART_TIME_SHARE; "trekvartstid" before "kvartstid").
_PART_TIME = r"(?:halvtid|trekvartstid|kvartstid)"

_FULL_RE = re.compile(
    # (the count and its unit on one line: a box's "cirka 50" over its next term "Årsarbetare" is no staffing)
    rf"(?P<n>{_N})[^\S\n]+(?:st\.?\s+)?(?:(?:nya|extra)\s+)?(?:heltidstjänster|heltidstjänst|heltider|heltid|heltidsanställda|heltidsanställd"
    rf"|heltidsekvivalenter|heltidsekvivalent|årsarbetare|årsarbetskrafter|årsarbetskraft|årsarbeten|årsarbete|årsverken|årsverk"
    rf"|åa|(?-i:FTE)){_END}",  # "0,8 åa": årsarbetare as budgets abbreviate it
    _FLAGS,
)
_HALF_RE = re.compile(
    rf"(?P<n>{_N})[^\S\n]+(?:st\.?\s+)?(?:halvtidstjänster|halvtidstjänst|halvtider|halvtid|halvtidsanställda"
    rf"|halvtidsanställd){_END}",
    _FLAGS,
)
_PCT_ADJ_RE = re.compile(
    rf"(?P<n>{_N})\s+(?P<p>\d{{1,3}}(?:,\d+)?)\s*-?\s*(?:procentiga|procentig|procents|%\s*-?\s*iga|%\s*-?\s*ig|%)"
    rf"\s*-?\s*(?:tjänster|tjänst){_END}",
    _FLAGS,
)
_PCT_POST_RE = re.compile(
    rf"(?P<n>{_N})\s+(?:tjänster|tjänst)\s+(?:på|om|à|á)\s+{_PCT}(?:\s+(?:vardera|var|styck))?{_END}",
    _FLAGS,
)
_ROLE_WORDS = (
    "pedagog|psykolog|logoped|socionom|ekonom|ledare|samordnare|koordinator|kurator|terapeut|sköterska"
    "|sköterskor|coach|assistent|sekreterare|handläggare|behandlare|arbetare|medarbetare|vägledare|rådgivare|lärare"
    "|skötare|person|resurs|mentor|lots|utredare|analytiker|strateg|promotör|stödjare|byggare|handledare|läkare"
    "|barnmorska|barnmorskor|tolk|dietist|tekniker|chef|specialist|expert|instruktör|motivatör|konsulent|ambassadör"
    "|värd|beteendevetare|kriminolog|sociolog|anställd|anställda|hygienist|gymnast|vårdare|bibliotekarie|jurist|utvecklare|kompis|hjälpare|chaufför|förare|guide|kock|ombud|atör|fältare"
).split("|")


def _by_first_letter(words: list[str]) -> str:
    """``"|".join(words)`` with the words grouped by their first letter, in their order within each group.

    Why: a role word ends a word of any length (``[\\wåäö]*`` before it), so the alternation is tried at every
    letter of every word after a number; case-blind, each alternative costs a comparison there. Grouped, one
    comparison per first letter. The same matches, tried in the same order: at a given place only the words
    that begin with the letter found there can match, and those keep their order.
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())


_ROLE = (
    r"(?:[\wåäö]+-\s+(?:och|eller)\s+)?(?:[\wåäö]+-)?"
    rf"[\wåäö]*(?:{_by_first_letter(_ROLE_WORDS)})(?:er|or|ar|r)?"
)
_ADJ = r"(?:(?:ny|nya|egen|egna|extra|särskild|särskilda|erfaren|erfarna|legitimerad|legitimerade|utbildad|utbildade|" \
       r"[a-zåäö]+(?:sociala|ala|iska|liga|isk|lig))\s+)?"  # "två skolsociala handledare", "en ekonomisk rådgivare"
# The work people are said to work in ("arbetar i projektet", "med modellen") and the words for all of them ("båda",
# "alla tre").
_WORK = r"(?:projektet|satsningen|insatsen|teamet|arbetet|modellen|verksamheten|piloten|programmet|initiativet)"
_ALL = r"(?:båda|bägge|samtliga|alla)(?:\s+(?:två|tre|fyra|fem|sex|sju|åtta))?"
# An aside between the people and what they do: "Två fritidsledare, en i varje kommun, anställs på halvtid".
_ASIDE = (r"(?:\s*[,–—]\s*en\s+(?:i|på)\s+(?:varje|var|vardera)\s+[\wåäö]+\s*[,–—]"
          # where each one is: "Två fritidsledare – en i Jäckvik och en i Laisvall – arbetade …"
          r"|\s*[,–—]\s*en\s+(?:i|på|från|vid)\s+[\wåäö-]+(?:\s*(?:,|och)\s*en\s+(?:i|på|från|vid)\s+[\wåäö-]+)+\s*[,–—]"
          # the people named one by one: "Två gruppledare, en socionom och en beteendevetare, arbetade …"
          r"|\s*,\s*(?:en|ett)\s+[\wåäö-]+(?:\s*(?:,|och)\s*(?:en|ett)\s+[\wåäö-]+)+\s*,"
          # the role's field: "En fritidskonsulent med inriktning mot parasport arbetar heltid"
          # ("Tre förskollärare med specialpedagogisk inriktning anställs på heltid")
          r"|\s+med\s+(?:[a-zåäö-]+\s+)?inriktning(?:\s+(?:mot|på)\s+[\wåäö-]+)?"
          # what they all are: "Två familjestödjare, båda socionomer, arbetar heltid"
          r"|\s*,\s*(?:båda|bägge|alla|samtliga)\s+[\wåäö-]+\s*,)?")
# (where the role comes from, between it and its extent: "en sjuksköterska från barnavårdscentralen på 20 procent")
# (where the person comes from: "från elevhälsan", "vid BUP i Gävle", "från Region Västerbotten")
_FROM = (r"(?:\s+(?:från|vid)\s+[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*|\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*s\s+[a-zåäö]+"
         r"|\s+(?!(?:och|samt|arbetar|arbetade|jobbar|jobbade|tjänstgör|är|var|blir|har|hade|anställs|anställdes|lägger|"
         r"ägnar|avsätter|använder|går|gick|på|i|med|som|till|för|om|vardera|ska|kommer|leder|driver)\b)[a-zåäö]+)?"
         r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]*)?)?")  # ("från Arvidsjaurs hälsocentral": a place's unit)
# (what the person knows: "två förskollärare med fördjupad kunskap om språkutveckling")
_KNOWING = r"(?:\s+med\s+(?:fördjupad|särskild|lång|bred|god|gedigen)\s+(?:kunskap|kompetens|erfarenhet)\s+(?:om|av|inom|i)\s+[\wåäö-]+)?"
_ITEM = rf"{_N}\s+{_ADJ}{_ROLE}{_END}{_FROM}{_KNOWING}"
_ITEM_RE = re.compile(rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_END}{_FROM}", _FLAGS)
_LIST_RE = re.compile(
    rf"(?P<list>{_ITEM}(?:\s*(?:,|och|samt)\s*{_ITEM})*){_ASIDE}\s*,?\s+(?:{_ALL}\s+)?"
    rf"(?:(?:som\s+(?:{_ALL}\s+)?)?(?:är\s+|var\s+|blir\s+|ska\s+vara\s+|kommer\s+att\s+|ska\s+|skall\s+|att\s+|har\s+|hade\s+)?(?:anställda?|anställs|anställdes"
    rf"|anställts|rekryteras|rekryterades|rekryterade|rekryterats|tillsätts|tillsattes|tillsatts|arbetar|arbetade|arbeta|arbetande|jobbar|jobbade|tjänstgör"
    rf"|tjänstgjorde|tjänstgörande|verksamma)\s*,?\s+(?:{_ALL}\s+)?"
    # "… arbetar i projektet, båda på halvtid"; "I projektet kommer en samordnare att arbeta på heltid", "två
    # fältassistenter ska arbeta på halvtid"
    rf"(?:(?:i|med|inom)\s+{_WORK}\s*,?\s+(?:{_ALL}\s+)?)?)?"
    # ("som båda arbetar 75 procent", "… och en familjebehandlare från socialtjänsten arbetar vardera 50 procent")
    rf"(?:(?:(?:vardera|var)\s+)?(?:på|i|om)\s+|(?<=arbetar\s)(?:vardera\s+)?|(?<=arbetade\s)(?:vardera\s+)?"
    rf"|(?<=jobbar\s)(?:vardera\s+)?)"
    rf"(?:(?P<full>heltid)|(?P<half>{_PART_TIME})|{_PCT})(?:\s+(?:vardera|var|styck|per\s+person))?{_END}",
    _FLAGS,
)
# People hired into a role, then the extent: "Fyra unga vuxna anställs som fältkompisar på 25 procent vardera", "två
# personer rekryteras som läxhjälpare på halvtid". At most two words between the number and the verb, none of them
# "av" ("tre av deltagarna har anställts som …" is an outcome of the project, not its staff).
# People, what they do, then ", both/all at" an extent: "Två familjebehandlare leder grupperna på kvällstid, båda på 25
# procent", "Tre coacher möter deltagarna i Hjo och Tibro, samtliga på heltid".
_ALL_AT_RE = re.compile(
    rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_END}[^.!?;:\n]{{3,80}}?,\s*{_ALL}\s+(?:på|om)\s+"
    rf"(?:(?P<full>heltid)|(?P<half>{_PART_TIME})|{_PCT}){_END}",
    _FLAGS,
)
_HIRED_AS_RE = re.compile(
    rf"(?P<n>{_N})\s+(?:(?!av\s)[\wåäö]+\s+){{0,2}}?(?:anställs|anställdes|anställts|har\s+anställts|rekryteras"
    rf"|rekryterades|har\s+rekryterats|tillsätts|tillsattes|arbetar|arbetade|jobbar|tjänstgör)\s+som\s+{_ADJ}{_ROLE}"
    rf"\s+(?:på|i|om)\s+(?:(?P<full>heltid)|(?P<half>{_PART_TIME})|{_PCT})(?:\s+(?:vardera|var|styck|per\s+person))?{_END}",
    _FLAGS,
)
# Staff said to work an extent, the place between or no "på": "Tre familjebehandlare arbetar i projektet på
# heltid", "två coacher arbetar heltid".
_WORKS_RE = re.compile(
    # (an aside between: "Två seniorcoacher, en i varje kommun, arbetar i projektet på 60 procent vardera"; the work by
    # any definite noun: "arbetar med besöken på halvtid vardera")
    rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_FROM}{_ASIDE}\s+"
    rf"(?:(?:arbetar|arbetade|jobbar|jobbade|tjänstgör|(?:är|var)\s+anställda?|(?:är|var)\s+med)\s+"
    # (or the work by its name, and a comma: "Tre fritidsledare arbetar på Läxtorget, på 40 procent vardera")
    rf"(?:(?:i|med|inom)\s+(?:{_WORK}|[a-zåäö]+(?:en|et|na))\s+|(?:på|i|vid)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+,?\s+)?"
    # a post tied to the work at an extent: "en skolkurator är knuten till Nätkoll på 40 procent"
    rf"|(?:är|var)\s+(?:knuten|knutna|kopplad|kopplade)\s+till\s+(?:{_WORK}|(?-i:[A-ZÅÄÖ])[\wåäö-]+)\s+)"
    rf"(?:vardera\s+|var\s+)?(?:på\s+|med\s+)?"
    rf"(?:(?P<full>heltid)|(?P<half>{_PART_TIME})|{_PCT})(?:\s+(?:vardera|var|styck|per\s+person))?{_END}",
    _FLAGS,
)
_WORKS_KEYS = ("arbetar", "arbetade", "jobbar", "jobbade", "tjänstgör", "anställd", "är med", "var med", "knutn", "knuten",
               "kopplad")

_EXTENT = rf"(?:(?P<full>heltid)|(?P<half>{_PART_TIME})|{_PCT})"


def _definite(word: str) -> str:
    """A role word's definite plural, as "de två vägledarna" says it: ledare → ledarna, sköterska → sköterskorna,
    kurator → kuratorerna, lots → lotsarna."""
    if word.endswith("are"):
        return word[:-1] + "na"
    if word.endswith("a"):
        return word[:-1] + "orna"
    return word + "(?:erna|arna|na)"


# Staff named by their definite plural after "de" and a count, then what they work: "De två vägledarna arbetar
# heltid". Only with the count: "vägledarna arbetar heltid" alone refers back to people counted before.
_DEFINITE_WORKS_RE = re.compile(
    rf"(?<![\wåäö])de\s+(?P<n>{_N})\s+{_ADJ}[\wåäö]*(?:{'|'.join(_definite(w) for w in _ROLE_WORDS)}){_END}{_ASIDE}"
    rf"\s+(?:arbetar|arbetade|jobbar|jobbade|tjänstgör)\s+(?:(?:i|med|inom)\s+{_WORK}\s+)?(?:på\s+)?{_EXTENT}"
    rf"(?:\s+(?:vardera|var|styck|per\s+person))?{_END}",
    _FLAGS,
)
# The same with the verb first, as after an adverb: "Dessutom arbetar de två skolkuratorerna, en på varje skola, med
# Klivet på 20 procent var" (the work by its name, too).
_WORKS_DEFINITE_RE = re.compile(
    rf"(?:arbetar|arbetade|jobbar|jobbade|tjänstgör)\s+(?:också\s+|även\s+)?de\s+(?P<n>{_N})\s+{_ADJ}[\wåäö]*"
    rf"(?:{'|'.join(_definite(w) for w in _ROLE_WORDS)}){_END}{_ASIDE}"
    rf"\s+(?:(?:i|med|inom)\s+(?:{_WORK}|(?-i:[A-ZÅÄÖ])[\wåäö-]+)\s+)?(?:på\s+)?{_EXTENT}"
    rf"(?:\s+(?:vardera|var|styck|per\s+person))?{_END}",
    _FLAGS,
)
# Counted staff, then the extent of each in a clause after a comma: "Två handledare anställs, en på heltid och en på
# 60 procent" (the parts, added up; as many as the count), "Två socialpedagoger är anställda för insatsen, var och en
# på 75 procent" (the count times the extent).
_RESPECTIVELY_RE = re.compile(rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_END}[^.!?;:\n]{{0,40}}?\s+(?:på|med)\s+"
                              rf"(?P<a>\d{{1,3}}(?:,\d+)?)\s*(?:%|procent)?\s+respektive\s+(?P<b>\d{{1,3}}(?:,\d+)?)\s*"
                              rf"(?:%|procent){_END}", _FLAGS)
_SPLIT_RE = re.compile(
    rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_END}{_FROM}[^.!?;:\n]{{0,60}}?,\s*(?:(?P<each>var\s+och\s+en|vardera)\s+(?:på|om)\s+"
    rf"{_EXTENT}{_END}|(?P<parts>(?:en|ett|den\s+ena)\s+på\s+(?:heltid|{_PART_TIME}|\d{{1,3}}(?:,\d+)?\s*(?:%|procent))"
    rf"(?:\s*(?:,|och|samt)\s*(?:en|ett|den\s+andra|den\s+andre)\s+(?:annan\s+)?på\s+(?:heltid|{_PART_TIME}|"
    rf"\d{{1,3}}(?:,\d+)?\s*(?:%|procent)))+){_END})",
    _FLAGS,
)
# The writer's own post, in an interview or a first-person page: "själv är jag projektledare på 20 procent", "Jag
# arbetar som samordnare på halvtid i projektet".
_SELF_RE = re.compile(rf"(?<![\wåäö])(?:jag\s+är|är\s+jag|jag\s+arbetar\s+som|arbetar\s+jag\s+som|jag\s+jobbar\s+som)\s+"
                      rf"{_ADJ}{_ROLE}{_END}\s+(?:(?:i|med|inom)\s+{_WORK}\s+)?(?:på|i|om)\s+{_EXTENT}{_END}", _FLAGS)
_PROJECT_ROLE_RE = re.compile(rf"projektledare|projektsamordnare|samordnare|koordinator|processledare|(?:i|med|inom)\s+{_WORK}",
                              _FLAGS)
# People who split a number of posts between them: "Tre socionomer delar på 200 %", "två coacher delar på en heltid".
_SHARED_RE = re.compile(rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_END}\s+(?:delar|delade)\s+(?:på\s+)?(?:(?P<k>{_N})\s+)?"
                        rf"(?:(?P<full>heltid(?:er|stjänster|stjänst)?)|(?P<half>{_PART_TIME}(?:er|stjänster|stjänst)?)|"
                        rf"(?P<p>\d{{1,3}}(?:,\d+)?)\s*(?:%|procent))(?![\wåäö])", _FLAGS)
# One person named by the role in the definite, then hired at an extent: "Fritidsvägledaren anställs på 60 procent".
# Read only where nothing else is (it may refer back to a person counted before).
_THE_ONE_RE = re.compile(rf"(?<![\wåäö])[\wåäö]*(?:{_by_first_letter(_ROLE_WORDS)})n\s+(?:anställs|anställdes|rekryteras|"
                         rf"rekryterades|arbetar|jobbar|tjänstgör)\s+(?:(?:i|med|inom)\s+{_WORK}\s+)?(?:på\s+)?{_EXTENT}{_END}",
                         _FLAGS)
# Two people by their definite plural after "båda", then their extent: "Båda coacherna var anställda på heltid i
# projektet". Read only where nothing else is (they may have been counted, with their extent, before).
_BOTH_WORK_RE = re.compile(
    rf"(?<![\wåäö])(?:båda|bägge)\s+{_ADJ}[\wåäö]*(?:{'|'.join(_definite(w) for w in _ROLE_WORDS)}){_END}\s+"
    rf"(?:arbetar|arbetade|jobbar|jobbade|tjänstgör|(?:är|var)\s+anställda|(?:är|var)\s+med)\s+"
    rf"(?:(?:i|med|inom)\s+{_WORK}\s+)?(?:på\s+)?{_EXTENT}{_END}",
    _FLAGS,
)
# All of the staff counted in the sentence before, by a pronoun: "Det finns tre jobbkompisar i projektet. Alla tre
# arbetar heltid.", "Två lotsar anställs. Båda arbetar på halvtid." (the count must have been said just before).
_ALL_OF_THEM_RE = re.compile(
    rf"(?<![\wåäö])(?:(?:alla|samtliga|de)\s+(?P<n>{_N})|(?P<both>båda|bägge))\s+"
    rf"(?:arbetar|arbetade|jobbar|jobbade|tjänstgör|(?:är|var)\s+anställda)\s+"
    rf"(?:(?:i|med|inom)\s+{_WORK}\s+)?(?:på\s+)?{_EXTENT}{_END}",
    _FLAGS,
)
_COUNTED_RE = re.compile(rf"(?<![\wåäö])(?P<n>{_N})\s+(?:nya\s+)?[a-zåäö]{{3,}}", _FLAGS)
_SENTENCE_END_RE = re.compile(r"[.!?]\s")
# The sentence that counts them says they are the work's staff (not "Två föräldrar berättar").
_STAFF_CUE_RE = re.compile(r"(?<![\wåäö])(?:projektet|satsningen|insatsen|teamet|anställ\w*|rekryter\w*|tjänst\w*)"
                           r"(?![\wåäö])", _FLAGS)
# Staff "med" an extent, each or alone: "en speciallärare och en skolkurator med 75 procent var, samt en fritidsledare
# med 50 procent", "två familjebehandlare med en tjänstgöringsgrad på 100 procent var"; and "har tjänster om": "Tre
# ungdomscoacher, en i varje kommun, har tjänster om 80 procent".
_WITH_EXTENT_RE = re.compile(
    rf"(?P<list>{_ITEM}(?:\s*(?:,|och|samt)\s*{_ITEM})*){_ASIDE}\s+(?:med\s+(?:en\s+tjänstgöringsgrad\s+på\s+)?|"
    rf"(?:har|hade)\s+(?:var\s+sin\s+)?(?:tjänster|tjänst)\s+(?:om|på)\s+){_EXTENT}(?:\s+(?P<each>var|vardera))?"
    rf"(?=\s*[,.;]|\s+(?:och|samt)\b|\s*$)",
    _FLAGS,
)
# A share said as an adjective: "60-procentig", "60 %-ig", "60-procents".
_PCT_ADJ = r"(?P<pa>\d{1,3}(?:,\d+)?)\s*-?\s*(?:procentiga|procentig|procents|%\s*-?\s*iga|%\s*-?\s*ig)"
# Staff with a post each: "två fritidsledare med varsin halvtidstjänst", "Tre coacher har var sin tjänst på 80 procent".
_EACH_POST_RE = re.compile(
    rf"(?P<list>{_ITEM}(?:\s*(?:,|och|samt)\s*{_ITEM})*){_ASIDE}\s+(?:som\s+)?(?:med|har|hade|på)\s+"
    rf"(?:(?:varsin|var\s+sin)\s+(?:(?P<full>heltid)s?tjänst|(?P<half>{_PART_TIME})s?tjänst|tjänst\s+(?:på|om)\s+{_PCT}"
    rf"|{_PCT_ADJ}\s*-?\s*tjänst)"
    # "två fritidsguider som har en 60-procentig tjänst var"
    rf"|en\s+{_PCT_ADJ.replace('?P<pa>', '?P<pb>')}\s*-?\s*tjänst\s+(?:var|vardera)){_END}",
    _FLAGS,
)
_FRACTIONS = {"en femtedel": 0.2, "en fjärdedel": 0.25, "en tredjedel": 1 / 3, "hälften": 0.5, "halva": 0.5}
_FRACTION_KEYS = ("femtedel", "fjärdedel", "tredjedel", "hälften", "halva")
_PART_RE = re.compile(rf"på\s+(?:(?P<full>heltid)|(?P<half>{_PART_TIME})|(?P<p>\d{{1,3}}(?:,\d+)?)\s*(?:%|procent))", _FLAGS)
# One person's share of their own post or time given to the work: "En undersköterska med 40 procent av sin tjänst i
# satsningen", "en samordnare på förbundets kansli lägger 20 procent av sin tid på projektet". The work must be named
# after it ("lägger 20 procent av sin tid på dokumentation" says nothing of the project's staff).
_OWN_SHARE_RE = re.compile(
    rf"(?P<n>{_N})\s+{_ADJ}{_ROLE}{_END}[^.!?;:\n]{{0,60}}?\s(?:med|lägger|ägnar|avsätter|använder|arbetar|på|har|hade)\s+"
    # (each of several: "Två familjebehandlare har vardera 50 procent av sin tjänst i Familjeverkstan")
    rf"(?P<each>vardera\s+|var\s+)?"
    rf"(?:{_PCT}|(?P<frac>en\s+femtedel|en\s+fjärdedel|en\s+tredjedel|hälften|halva))"
    # ("40 procent var av sin tjänst avsatt för projektet")
    rf"(?:\s+(?P<each2>var|vardera))?"
    rf"\s+av\s+(?:sin|sina|hens|hennes|hans|deras)\s+(?:tjänst|tjänster|tid|arbetstid)"
    # ("lägger 20 procent av sin arbetstid var på projektet")
    rf"(?:\s+(?P<each3>var|vardera))?\s+(?:(?:avsatt|avsatta|reserverad)\s+)?"
    rf"(?:i|på|till|åt|för|inom)\s+"
    rf"(?:{_WORK}|(?-i:[A-ZÅÄÖ])[\wåäö-]+){_END}",
    _FLAGS,
)
# "vardera" or "var och en" before the verb of a staff member's share: "… som vardera har 50 procent av sin tjänst …"
_EACH_BEFORE_VERB_RE = re.compile(r"(?<![\wåäö])(?:vardera|var\s+och\s+en)\s+(?:med|lägger|ägnar|avsätter|använder|"
                                  r"arbetar|på|har|hade)\s", _FLAGS)
_EACH_AFTER_PCT_RE = re.compile(r"\s*\)?\s*(?:vardera|var\s+och\s+en|styck)(?![\wåäö])", _FLAGS)
# A role then its extent, without "på": "Bemanning: projektledare 100 %, två fältassistenter 75 %", "1 projektledare
# (100 %)". Survey figures read the same way ("behöriga lärare 78 %"), so it counts only where the text speaks of
# staff (_STAFF_CONTEXT_RE near it), and generic words (medarbetare, personal, anställda) are no role here.
_ROLE_PCT_RE = re.compile(
    rf"(?<![\wåäö])(?:(?P<n>{_N})\s+)?{_ADJ}(?P<role>{_ROLE}){_END}\s*(?:[:(–,-]\s*)?{_PCT}\s*\)?(?![\wåäö])",
    _FLAGS,
)
# The extent before the role, in a staffing line: "Bemanning: 75 procent socionom och 100 % familjebehandlare". The
# same context test as _ROLE_PCT_RE ("75 procent elever" names no role; "lärare" in a survey is no staff).
_PCT_ROLE_RE = re.compile(rf"(?<![\wåäö,.]){_PCT}\s+{_ADJ}(?P<role>{_ROLE}){_END}", _FLAGS)
_PCT_MARK_RE = re.compile(r"%|procent", _FLAGS)
_GENERIC_ROLE_RE = re.compile(r"(?:med)?arbetare|person(?:al)?|anställda?|resurs(?:er)?|deltagare", _FLAGS)
_STAFF_CONTEXT_RE = re.compile(
    r"(?<![\wåäö])(?:bemanning|personal|resurser|tjänst|anställ|rekryter|tillsätt|projektorganisation|organisation|"
    r"teamet\s+består|i\s+teamet|arbetar\s+(?:en|två|tre)|bemannas)", _FLAGS)
_POSTS_RE = re.compile(rf"(?P<n>{_N})\s+(?:(?:nya|extra|heltids)\s+)?(?:tjänster|tjänst){_END}(?!\s+(?:på"
                       rf"|om)\s+\d)", _FLAGS)
_POSTS_BEFORE_RE = re.compile(
    r"(?<!\w)(?:motsvarande|totalt|sammanlagt|sammantaget|utökning\s+(?:med|av)|utökas\s+med|utökades\s+med|ytterligare"
    r"|bemanning(?:en)?\s*:|personal\s*:|bemannas\s+med"  # a staffing label: "Bemanning: 3 tjänster (…)"
    r"|förstärkning\s+(?:med|av)|förstärks\s+med"
    # the work's own posts: "Projektet har en och en halv tjänst, fördelad på två hälsolotsar"
    r"|(?:projektet|satsningen|insatsen|teamet|verksamheten)\s+(?:har|hade|omfattar|omfattade)(?:\s+totalt)?)\s*$",
    _FLAGS,
)
_POSTS_AS_ROLE_RE = re.compile(rf"\s+som\s+{_ADJ}{_ROLE}{_END}", _FLAGS)
_HIRING_RE = re.compile(r"(?<!\w)(?:anställ|rekryter|inrätta|tillsätt|tjänstgör)\w*", _FLAGS)
_SPACE_RE = re.compile(r"\s+")
# (also the sum said after the people in the same sentence: "två handledare och en vägledare på halvtid, motsvarande
# 2,5 tjänster")
_TOTAL_BEFORE_RE = re.compile(r"(?<!\w)(?:totalt|sammanlagt|sammantaget|motsvarande\s+totalt)[\s:,]*$|"
                              r",\s*(?:vilket\s+(?:blir|motsvarar)|motsvarande|alltså|dvs\.?)\s*$", _FLAGS)


_HIT_RE = re.compile(r"heltid|halvtid|kvartstid|(?<![\wåäö])tjänst|årsarbet|årsverk|(?<!\w)åa(?!\w)|procent|%|(?<!\w)fte(?!\w)|"
                     r"femtedel|fjärdedel|tredjedel", _FLAGS)
_HIT_KEYS = ("heltid", "halvtid", "kvartstid", "tjänst", "årsarbet", "årsverk", "åa", "procent", "%", "fte", "femtedel", "fjärdedel",
             "tredjedel")


# What introduces the parts of a staffing figure after it: "1,5 tjänst: …", "två heltidstjänster (…)", ", varav …".
_PAREN_AFTER_RE = re.compile(r"\s*\(")
_COLON_AFTER_RE = re.compile(r"\s*:")
_FTE_UNIT_RE = re.compile(r"årsarbet|årsverk|heltidsekvivalent|tjänst(?:er)?(?![\wåäö])|(?<![\wåäö])(?:åa|fte)(?![\wåäö])", _FLAGS)
_PARTS_AFTER_RE = re.compile(r"\s*(?::|\(|[–—-]\s|,\s*(?:varav|därav|fördelat|fördelade|fördelad))", _FLAGS)


@dataclass(frozen=True)
class _Mention:
    s: int
    e: int
    fte: float
    total: bool


def _count(raw: str) -> float | None:
    n = parse_number(raw)
    if n is None or n <= 0 or n > _MAX_COUNT:
        return None
    return n


def _extent_of(m: re.Match[str]) -> float:
    """The full-time share a match's extent says: heltid 1, halvtid 0.5, "N %" N/100 (0 for an impossible one)."""
    return 1.0 if m.group("full") else _part_time_share(m.group("half")) if m.group("half") else (_pct(m.group("p")) or 0.0)


def _part_time_share(word: str) -> float:
    """halvtid 0.5, kvartstid 0.25, trekvartstid 0.75 (with any ending: "halvtidstjänster")."""
    w = word.lower()
    return 0.75 if w.startswith("trekvart") else 0.25 if w.startswith("kvart") else 0.5


def _pct(raw: str) -> float | None:
    p = parse_number(raw)
    if p is None or p <= 0 or p > 100:
        return None
    return p / 100


# Words (in ``fold(text)``) that every match of a pattern holds, after its leading number.
_FULL_KEYS = ("heltid", "årsarbet", "årsverk", "åa")  # _FULL_RE, or its "FTE" (upper case only: "efter" holds "fte")
_HALF_KEYS = ("halvtid",)  # _HALF_RE
_PCT_KEYS = ("%", "procent")  # _PCT_ADJ_RE and _PCT_POST_RE (both also hold "tjänst")
_LIST_KEYS = ("heltid", "halvtid", "kvartstid", "%", "procent")  # _LIST_RE ends in one of them
# How every _LIST_RE match ends ("… på heltid", "… om 50 %"): where the last one ends bounds where the list starts.
_LIST_TAIL_RE = re.compile(r"(?:på|i|om|arbetar|arbetade|jobbar)\s+(?:(?:vardera|var)\s+(?:(?:på|i|om)\s+)?)?"
                           rf"(?:heltid|{_PART_TIME}|\d{{1,3}}(?:,\d+)?\s*(?:%|procent))",
                           _FLAGS)
# Searched as its case-sensitive twin in fold(text) (_scan.folded_twin): the same matches, found by a scan that skips
# in C to the letters p, i, o instead of trying the case-blind alternatives at every character.
_LIST_TAIL_FOLDED_RE = folded_twin(_LIST_TAIL_RE)


# Every pattern below begins with "(?P<n>{_N})\s+": where no number and blank follow, none of them can start.
_NUMBER_SPACE_RE = re.compile(rf"{_N}\s", _FLAGS)


def _number_starts(text: str, spans: list[tuple[int, int]], folded: str | None = None) -> list[int]:
    """Where in ``spans`` the patterns can start: number starts (``NUMBER_START_RE``) followed by a number and a
    blank. A match of a pattern in a span implies one of ``_NUMBER_SPACE_RE`` there (its number's lookarounds see
    the same characters, as a blank follows within the span), so the number is tried once, not by each pattern.

    The number starts are found by NUMBER_START_FOLDED_RE in ``folded`` (``fold(text)``): the same positions, by a
    scan that skips in C to the characters a number can begin with (see there)."""
    if folded is None:
        folded = fold(text)
    return [p for p in starts(folded, NUMBER_START_FOLDED_RE, spans) if _NUMBER_SPACE_RE.match(text, p)]


def _before(nums: list[int], last: int) -> list[int]:
    return nums[:bisect_left(nums, last)] if last > 0 else []


def _before_keys(nums: list[int], folded: str, keys: tuple[str, ...]) -> list[int]:
    """The number starts that lie before the last of ``keys`` in ``folded``: a pattern that begins with a number
    and holds one of the keys can start nowhere else (none at all when no key is there)."""
    return _before(nums, max(folded.rfind(k) for k in keys))


def _list_starts(nums: list[int], text: str, folded: str) -> list[int]:
    """Where _LIST_RE can start: before the end of the last "på/i/om heltid|halvtid|N %" (none without one)."""
    if not has_any(folded, _LIST_KEYS):
        return []
    last_end = -1
    for m in _LIST_TAIL_FOLDED_RE.finditer(folded):
        last_end = m.end()
    return _before(nums, last_end)


def _mentions(text: str, folded: str) -> list[_Mention]:
    raw: list[tuple[int, int, float]] = []
    if not has_any(folded, _HIT_KEYS):
        return []
    spans = hit_windows(text, _HIT_RE, 400, 60, folded, _HIT_KEYS)
    if not spans:
        return []
    # Every pattern below begins with a number: try them only where one starts, and only before the last of the
    # words every match of the pattern holds (see _before_keys).
    nums = _number_starts(text, spans, folded)
    for rx, per, keys in ((_FULL_RE, 1.0, _FULL_KEYS), (_HALF_RE, 0.5, _HALF_KEYS)):
        last = max(folded.rfind(k) for k in keys)
        if rx is _FULL_RE:
            last = max(last, text.rfind("FTE"))
        for m in finditer_at(rx, text, spans, _before(nums, last)):
            n = _count(m.group("n"))
            if n is not None:
                raw.append((m.start(), m.end(), n * per))
    pct_nums = _before_keys(nums, folded, _PCT_KEYS) if "tjänst" in folded else []
    for rx in (_PCT_ADJ_RE, _PCT_POST_RE):
        for m in finditer_at(rx, text, spans, pct_nums):
            n, p = _count(m.group("n")), _pct(m.group("p"))
            if n is not None and p is not None:
                raw.append((m.start(), m.end(), n * p))
    for m in finditer_at(_LIST_RE, text, spans, _list_starts(nums, text, folded)):
        counts = [_count(i.group("n")) for i in _ITEM_RE.finditer(m.group("list"))]
        if not counts or any(c is None for c in counts):
            continue
        if len(counts) >= 3 and counts[0] == sum(counts[1:]) and text[m.end("list"):m.end("list") + 2].lstrip()[:1] == ",":
            # "Två gruppledare, en socionom och en beteendevetare, arbetade …": the two, each named between commas
            counts = counts[:1]
        people = sum(c for c in counts if c is not None)
        per = _extent_of(m)
        if per:
            raw.append((m.start(), m.end(), people * per))
    if "som" in folded:
        # Ends as a _LIST_RE match does: it can start where one can.
        for m in finditer_at(_HIRED_AS_RE, text, spans, _list_starts(nums, text, folded)):
            n = _count(m.group("n"))
            per = _extent_of(m)
            if n is not None and per:
                raw.append((m.start(), m.end(), n * per))
    if ", b" in folded or ", s" in folded or ", a" in folded:
        # Ends as a _LIST_RE match does: it can start where one can.
        for m in finditer_at(_ALL_AT_RE, text, spans, _list_starts(nums, text, folded)):
            n = _count(m.group("n"))
            per = _extent_of(m)
            if n is not None and n > 1 and per:
                raw.append((m.start(), m.end(), n * per))
    if has_any(folded, _WORKS_KEYS):
        for m in finditer_at(_WORKS_RE, text, spans, _before_keys(nums, folded, _LIST_KEYS)):
            n = _count(m.group("n"))
            per = _extent_of(m)
            if n is not None and per:
                raw.append((m.start(), m.end(), n * per))
    if "respektive" in folded:
        # each of the counted an extent of their own: "två arbetsmarknadskonsulenter på 100 respektive 50 procent"
        for m in finditer_at(_RESPECTIVELY_RE, text, spans, nums):
            n = _count(m.group("n"))
            shares = [_pct(m.group("a")), _pct(m.group("b"))]
            if n == 2 and all(x is not None for x in shares):
                raw.append((m.start(), m.end(), sum(shares)))
    if "," in text:
        for m in finditer_at(_SPLIT_RE, text, spans, _before_keys(nums, folded, _LIST_KEYS)):
            n = _count(m.group("n"))
            if n is None:
                continue
            if m.group("each"):
                per = _extent_of(m)
                if per:
                    raw.append((m.start(), m.end(), n * per))
                continue
            parts = [_extent_of(p) for p in _PART_RE.finditer(m.group("parts"))]
            if len(parts) == n and all(parts):  # one extent for each person counted
                raw.append((m.start(), m.end(), sum(parts)))
    if " av " in folded and (has_any(folded, _PCT_KEYS) or has_any(folded, _FRACTION_KEYS)):
        for m in finditer_at(_OWN_SHARE_RE, text, spans, nums):
            n = _count(m.group("n"))
            p = _FRACTIONS[fold(_SPACE_RE.sub(" ", m.group("frac")))] if m.group("frac") else _pct(m.group("p"))
            if n == 1 and p is not None:  # (one person's share of their own post)
                raw.append((m.start(), m.end(), p))
            elif n is not None and n > 1 and p is not None and (
                    m.group("each") or m.group("each2") or m.group("each3") or _EACH_BEFORE_VERB_RE.search(m.group(0))):
                # (each of them: "Två familjebehandlare har vardera 50 procent …", "två gruppledare, en socionom och en
                # familjebehandlare, som vardera har 50 procent av sin tjänst i projektet")
                raw.append((m.start(), m.end(), n * p))
    if "dela" in folded:
        for m in _SHARED_RE.finditer(text):
            k = _count(m.group("k")) if m.group("k") else 1.0
            if m.group("p"):
                p = parse_number(m.group("p"))
                fte = p / 100 if p is not None and 0 < p <= 1000 else None
            else:
                fte = (k or 0) * (1.0 if m.group("full") else _part_time_share(m.group("half")))
            if fte:
                raw.append((m.start(), m.end(), fte))
    if " med " in folded or "tjänst" in folded:
        for m in finditer_at(_WITH_EXTENT_RE, text, spans, _before_keys(nums, folded, _LIST_KEYS)):
            counts = [_count(i.group("n")) for i in _ITEM_RE.finditer(m.group("list"))]
            per = _extent_of(m)
            if counts and all(c is not None for c in counts) and per:
                raw.append((m.start(), m.end(), sum(c for c in counts if c is not None) * per))
    if "varsin" in folded or "var sin" in folded or "tjänst var" in folded:
        for m in finditer_at(_EACH_POST_RE, text, spans, nums):
            counts = [_count(i.group("n")) for i in _ITEM_RE.finditer(m.group("list"))]
            share = m.group("pa") or m.group("pb")
            per = (_pct(share) or 0.0) if share else _extent_of(m)
            if counts and all(c is not None for c in counts) and per:
                raw.append((m.start(), m.end(), sum(c for c in counts if c is not None) * per))
    if "jag " in folded:
        for m in _SELF_RE.finditer(text):
            if not _PROJECT_ROLE_RE.search(m.group(0)):
                continue  # "Jag är lärare på heltid" in a quotation: the speaker's job, not the project's staff
            per = _extent_of(m)
            if per:
                raw.append((m.start(), m.end(), per))
    if "de " in folded and has_any(folded, _WORKS_KEYS):
        for m in itertools.chain(_DEFINITE_WORKS_RE.finditer(text), _WORKS_DEFINITE_RE.finditer(text)):
            n = _count(m.group("n"))
            per = _extent_of(m)
            if n is not None and per:
                raw.append((m.start(), m.end(), n * per))
    for m in finditer_at(_POSTS_RE, text, spans, _before_keys(nums, folded, ("tjänst",))):
        n = _count(m.group("n"))
        if n is None:
            continue
        decimal = "," in m.group("n") or "." in m.group("n")
        before = text[max(0, m.start() - 40): m.start()]
        near = text[max(0, m.start() - 80): m.end() + 80]
        as_role = _POSTS_AS_ROLE_RE.match(text, m.end())
        if decimal or as_role or _POSTS_BEFORE_RE.search(before) or _HIRING_RE.search(near):
            raw.append((m.start(), m.end(), n))
    if has_any(folded, _PCT_KEYS):
        # Every match ends with its "%" or "procent", at most ~70 characters after it starts: look only there.
        pct_spans = windows(text, _PCT_MARK_RE, 90, 12)
        found = [m for m in finditer_near(_ROLE_PCT_RE, text, pct_spans)
                 if not _GENERIC_ROLE_RE.fullmatch(m.group("role").rsplit("-", 1)[-1].strip())]
        # (people counted with a share each, "Två spelcoacher, 75 % vardera", are staff whatever the words around
        # them, and so are the roles with shares listed beside them: "Projektledare 20 %" on the next line)
        each = [m.end() for m in found if m.group("n") and _EACH_AFTER_PCT_RE.match(text, m.end())]
        for m in found:
            if not _STAFF_CONTEXT_RE.search(text, max(0, m.start() - 120), min(len(text), m.end() + 80)) \
                    and not any(abs(m.start() - e) <= 200 for e in each):
                continue
            n = _count(m.group("n")) if m.group("n") else 1.0
            p = _pct(m.group("p"))
            if n is not None and p is not None:
                raw.append((m.start(), m.end(), n * p))
        # (every match starts at most 6 characters before its mark and ends within ~60 after it)
        for m in finditer_near(_PCT_ROLE_RE, text, windows(text, _PCT_MARK_RE, 8, 70)):
            role = m.group("role")
            if _GENERIC_ROLE_RE.fullmatch(role.rsplit("-", 1)[-1].strip()) or not _STAFF_CONTEXT_RE.search(
                    text, max(0, m.start() - 120), min(len(text), m.end() + 80)):
                continue
            p = _pct(m.group("p"))
            if p is not None:
                raw.append((m.start(), m.end(), p))
    if not raw and has_any(folded, _PCT_KEYS + _LIST_KEYS):
        for m in _THE_ONE_RE.finditer(text):
            per = _extent_of(m)
            if per:
                raw.append((m.start(), m.end(), per))
        if not raw and ("båda" in folded or "bägge" in folded):
            for m in _BOTH_WORK_RE.finditer(text):
                per = _extent_of(m)
                if per:
                    raw.append((m.start(), m.end(), 2 * per))
        if not raw and has_any(folded, ("alla ", "samtliga ", "de ", "båda ", "bägge ")):
            for m in _ALL_OF_THEM_RE.finditer(text):
                n = 2.0 if m.group("both") else _count(m.group("n"))
                per = _extent_of(m)
                before = text[max(0, m.start() - 200):m.start()]
                ends = [e.end() for e in _SENTENCE_END_RE.finditer(before)]
                said = before[:ends[-1]] if ends else ""  # the sentences before this one's
                if n and per and _STAFF_CUE_RE.search(said) \
                        and any(_count(c.group("n")) == n for c in _COUNTED_RE.finditer(said)):
                    raw.append((m.start(), m.end(), n * per))
    raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[_Mention] = []
    for s, e, fte in raw:
        if kept and s < kept[-1].e:
            continue
        total = bool(_TOTAL_BEFORE_RE.search(text[max(0, s - 30): s]))
        kept.append(_Mention(s, e, fte, total))
    return kept


def parse_staffing(text: str, folded: str | None = None) -> Staffing | None:
    """FTE stated in the text, or None when no extent is stated.

    ``folded`` is ``fold(text)`` when the caller has it already (a record folds its text once); a text longer than
    ``_MAX_TEXT`` is cut first and folded anew."""
    if not isinstance(text, str) or not text.strip():
        return None
    if folded is None or len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
        folded = fold(text)
    mentions = _mentions(text, folded)
    if not mentions:
        return None
    totals = [m for m in mentions if m.total]
    if totals:
        chosen = totals[:1]
    else:
        # The same phrase twice (ingress repeated in the body) is the same staff.
        seen: set[str] = set()
        chosen = []
        for m in mentions:
            key = _SPACE_RE.sub(" ", fold(text[m.s: m.e].strip()))
            if key not in seen:
                seen.add(key)
                chosen.append(m)
    if len(chosen) >= 3 and _PARTS_AFTER_RE.match(text, chosen[0].e) \
            and abs(chosen[0].fte - sum(m.fte for m in chosen[1:])) < 1e-9:
        # "1,5 tjänst: en jobbcoach på heltid och en studie- och yrkesvägledare på halvtid": a total, then its parts
        chosen = chosen[:1]
    elif len(chosen) >= 2 and _COLON_AFTER_RE.match(text, chosen[0].e) and _FTE_UNIT_RE.search(text, chosen[0].s, chosen[0].e):
        # "Personalstyrkan motsvarade 2,5 årsarbetare: två arbetsmarknadskonsulenter och en språkhandledare på halvtid":
        # the figure in its unit, then who fills it after a colon, however the words after it would be counted
        chosen = chosen[:1]
    elif len(chosen) >= 2 and (opened := _PAREN_AFTER_RE.match(text, chosen[0].e)) \
            and (close := text.find(")", opened.end())) >= chosen[-1].e:
        # "2,5 tjänster (två ungdomskuratorer och en projektledare på halvtid)": the figure, then who fills it, in
        # brackets, however the words inside would be counted
        chosen = chosen[:1]
    fte = round(sum(m.fte for m in chosen), 3)
    if fte <= 0:
        return None
    return Staffing(fte=fte, text="; ".join(text[m.s: m.e].strip() for m in chosen))
