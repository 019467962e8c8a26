"""Amounts of money in Swedish text.

Why: budgets are written "1 200 000 kr", "1,2 mnkr", "500 tkr", "åtta miljoner
kronor", or as a bare "1 400" in a table column headed "Belopp, tkr".

Rules (precision over recall):

* A number is money only with a currency or unit word right after it (kr,
  kronor, SEK, :-, tkr, kSEK, mnkr, Mkr, MSEK, miljon(er), miljard(er)) or,
  for bare digits, when the caller passes ``unit_hint`` (a table header).
  So years, dates, percentages, head counts, phone numbers and postcodes are
  never money.
* A bare "miljoner" is money unless a foreign currency or a non-money noun
  follows ("2 miljoner euro", "3 miljoner besökare").
* Caps and ranges are skipped: "upp till 500 000 kr", "högst 2 mnkr", the
  upper end of "2–3 miljoner". Per-unit prices ("per månad", "per barn") are
  skipped: they are not a project's budget, and neither is what a project
  saves or a problem costs society ("beräknas spara 1,1 miljoner per år",
  "kostar samhället 10 miljoner", "en samhällsekonomisk vinst på …").
* basis: "per år", "/år", "om året", "årligen", "per läsår", "årlig(t) … på"
  → per_year; "totalt", "sammanlagt", "under hela projekttiden", "under tre
  år", "fördelat på tre år" → total; otherwise None.
* funder: the organisation after "från/av/via/ur" ("8 miljoner från
  Tillväxtverket") or the kind of money after "i" ("i kommunala medel"), else
  a named organisation that is the subject of a funding verb before the
  amount ("Arvsfonden beviljade 3 miljoner"), or what the project is
  "finansierad med/av" just before the amount ("finansierades med kommunala
  medel, 900 000 kronor per år").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from pipeline.swedish._scan import finditer_at, fold, folded_twin, has_any, starts, windows
from pipeline.swedish.numbers import NUMBER_PATTERN, NUMBER_START_RE, parse_decimal, parse_number

__all__ = ["Amount", "parse_amount", "parse_amounts", "parse_bare_kronor", "unit_multiplier"]

Basis = Literal["total", "per_year"]
_FLAGS = re.IGNORECASE
_MAX_TEXT = 200_000
_MAX_SEK = 10**12


@dataclass(frozen=True)
class Amount:
    """An amount in whole kronor with what the text says about it."""

    sek: int
    basis: Basis | None
    funder: str | None
    text: str
    part: bool = False  # "…, varav 400 tkr från Region Skåne": a part of the amount before it
    whole: bool = False  # "projektets totala kostnad blir 1 050 000 kronor": the project's own total, in its words
    again: bool = False  # "… och Motala kommun för lika mycket": the amount before it again, from another payer
    more: bool = False  # "… med ytterligare 260 000 kronor": a payer's sum on top of what the text gave before
    cost: bool = False  # "Projektet kostar 380 000 kronor per år": what the work costs, whoever pays


_BILLION = r"miljarder\s+(?:kronor|kr\.?|sek)|miljard\s+(?:kronor|kr\.?|sek)|mdkr|mdr\.?\s*kr|md\s*kr|miljarder|miljard"
_MILLION = (
    r"miljoner\s+(?:kronor|kr\.?|sek)|miljon\s+(?:kronor|kr\.?|sek)|milj\.?\s*(?:kronor|kr\.?)|mn\s*kr|mnkr|mkr|msek"
    r"|mio\.?\s*(?:kronor|kr\.?)|miljoner|miljon"
)
_THOUSAND = r"tusen\s+(?:kronor|kr\.?|sek)|tusenkronor|tkr|t\s?kr|kkr|tsek|ksek"  # kkr: kilokronor (a region's accounts)
_ONE = r"kronor|krona|kr\.?|(?-i:SEK)|:-"

_AMOUNT_RE = re.compile(
    rf"(?P<num>{NUMBER_PATTERN})[\s\u00a0\u202f\u2009]*"
    rf"(?:(?P<bn>{_BILLION})|(?P<mn>{_MILLION})|(?P<tn>{_THOUSAND})|(?P<kr>{_ONE}))(?![\wåäö])",
    _FLAGS,
)
_UNIT_HIT_RE = re.compile(r"kr|sek|:-|milj|mio|mdr", _FLAGS)
_UNIT_KEYS = ("kr", "sek", ":-", "milj", "mio", "mdr")
# Searched as its case-sensitive twin in fold(text) (_scan.folded_twin): the same matches (tests/swedish/
# test_parsers_folded.py), found by one scan that skips to the units' first letters in C.
_UNIT_HIT_FOLDED_RE = folded_twin(_UNIT_HIT_RE)
_BARE_NUMBER_RE = re.compile(rf"(?<![\d\w])(?:{NUMBER_PATTERN})")

_HEADER_UNITS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"(?<!\w)(?:{_BILLION})(?!\w)", _FLAGS), 10**9),
    (re.compile(rf"(?<!\w)(?:{_MILLION})(?!\w)", _FLAGS), 10**6),
    (re.compile(rf"(?<!\w)(?:{_THOUSAND}|tusental\s+(?:kronor|kr)|tusentals\s+(?:kronor|kr)"
                rf"|tusen)(?!\w)", _FLAGS), 1000),
    (re.compile(r"(?<!\w)(?:kronor|krona|kr|sek)(?!\w)|:-", _FLAGS), 1),
]

_NUM = NUMBER_PATTERN
_CAP_BEFORE_RE = re.compile(
    r"(?<!\w)(?:upp\s+till|högst|max(?:imalt|imum)?\.?|som\s+mest|inte\s+mer\s+än|maxbelopp(?:et)?|takbelopp(?:et)?"
    r"|minst|lägst)[\s:]*(?:(?:cirka|ca\.?|drygt)\s+)?$",
    _FLAGS,
)
_RANGE_BEFORE_RE = re.compile(rf"(?:\d\s*(?:[-–—]|till)|mellan\s+{_NUM}\s+och|från\s+{_NUM}\s+till)\s*$", _FLAGS)
_PER_UNIT_AFTER_RE = re.compile(
    r"^\s*(?:/|per|i|om|för\s+varje)\s*(?:månad(?:en)?|mån|timme[n]?|tim|h|vecka[n]?|dygn(?:et)?|dag(?:en)?|halvår(?:et)?"
    r"|kvartal(?:et)?|person"
    r"|barn|elev|deltagare|plats|invånare|individ|familj|kvm|m2|styck|st|deltagare|medarbetare|anställd|hushåll"
    r"|lektion|tillfälle|träff|besök|ansökan|projekt|kommun|kvadratmeter)(?![\wåäö])",
    _FLAGS,
)
_PER_TERM_AFTER_RE = re.compile(rf"^\s*(?:per|/|i|om)\s+termin(?:en)?(?![\wåäö])(?:\s+(?:i|under)\s+(?P<n>{_NUM})\s+terminer(?![\wåäö]))?",
                                _FLAGS)
_PER_UNIT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:per|/)\s*(?:månad|timme|vecka|dygn|dag|person|barn|elev|deltagare|plats|invånare|individ|familj"
    r"|medarbetare|anställd|hushåll|lektion|tillfälle|träff|besök|kvadratmeter|kvm)(?![\wåäö])"
    r"[\s:|]*(?:(?:är|blir|var|blev|uppgår\s+till|beräknas\s+till|motsvarar|ligger\s+på)\s+)?"
    r"(?:(?:cirka|ca\.?|drygt|knappt|omkring|ungefär)\s+)?$",
    _FLAGS,
)
_NOT_MONEY_AFTER_RE = re.compile(
    r"^\s*(?:euro|eur|€|dollar|usd|\$|nok|dkk|pund|gbp|människor|personer|invånare|besökare|elever|barn|kunder"
    r"|användare|visningar|exemplar|ton|liter|år|timmar|kilometer|km|resor|ord|gånger|svenskar|unga|ungdomar"
    r"|kvinnor|män|hushåll|sidor|klick|träffar|patienter|brukare|deltagare|medlemmar|bilar)(?![\wåäö])",
    _FLAGS,
)
_PER_YEAR_AFTER_RE = re.compile(
    r"^\s*(?:/\s*(?:år|läsår|verksamhetsår)|per\s+(?:år|läsår|kalenderår|verksamhetsår|helår|budgetår)|om\s+året"
    r"|i\s+året|årligen|varje\s+år|årsvis)(?![\wåäö])",
    _FLAGS,
)
_TOTAL_AFTER_RE = re.compile(
    # ("…, totalt" after an amount, unless an amount follows it: "2026: 450 000 kr, totalt 850 000 kr" is the sum's)
    rf"^\s*,?\s*(?:(?:totalt|sammanlagt|sammantaget|i\s+totalt)(?![\wåäö])(?!\s*:?\s*(?:\d|ca\b|cirka|drygt|knappt|omkring))|"
    rf"(?:under|för|över)\s+hela\s+(?:[a-zåäö]*(?:tiden|perioden)|satsningen)"
    rf"|under\s+(?:projekttiden|projektperioden|projektets\s+(?:löptid|gång)|perioden|en\s+period\s+av\s+{_NUM}\s+år)"
    rf"|(?:under|för|över)\s+(?:de\s+)?{_NUM}\s+(?:år|åren)|fördelat\s+(?:på|över)\s+{_NUM}\s+år"
    # "över en treårsperiod", "under den tvååriga projektperioden"
    rf"|(?:under|för|över)\s+(?:en|den|hela\s+den)\s+(?:(?:två|tre|fyra|fem|sex|\d)-?års|(?:två|tre|fyra|fem|sex)åriga\s+"
    rf"(?:projekt)?)period(?:en)?)(?![\wåäö])",
    _FLAGS,
)
_PER_YEAR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:årlig(?:t|a|en)?|årskostnad(?:en)?|årsbudget(?:en)?|per\s+år|varje\s+år|årligen)"
    r"(?:\s+[\wåäö-]+){0,3}?[\s:]*(?:(?:på|om|med|av)\s+)?(?:(?:cirka|ca\.?|drygt|knappt|omkring)\s+)?$",
    _FLAGS,
)
_TOTAL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:totalt|sammanlagda|sammanlagt|samlade|sammantaget|totalbudget(?:en)?|totalkostnad(?:en)?|totalbelopp(?:et)?|total(?:a)?"
    # "Kostnaden för hela perioden är 2 640 000 kronor"
    r"|(?:under|för|över)\s+hela\s+(?:[a-zåäö]*(?:tiden|perioden)|satsningen))"
    # ("Den totala budgeten för projektperioden är 2 900 tkr")
    r"(?:\s+[\wåäö-]+){0,4}?[\s:]*(?:(?:på|om|med|av|till)\s+)?(?:(?:cirka|ca\.?|drygt|knappt|omkring|närmare)\s+)?$",
    _FLAGS,
)
_LABEL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:beviljat?s?|beviljade|budget(?:en)?|kostnad(?:en)?|belopp(?:et)?|projektbudget|finansiering(?:en)?"
    r"|anslag(?:et)?|tilldelats|tilldelades)(?:\s+[\wåäö-]+){0,3}?[\s:]*(?:(?:på|om|med|av|till)\s+)?"
    r"(?:(?:cirka|ca\.?|drygt|knappt|omkring|närmare|totalt|sammanlagt)\s+)?$",
    _FLAGS,
)

# Organisation names: capitalised words, with the lowercase words that occur
# inside Swedish organisation names.
_ORG_TOKEN = (
    r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ&-]*|[a-zåäö-]*(?:fonden|fond|verket|styrelsen|nämnden|rådet|stiftelsen|myndigheten"
    r"|förbundet|kommun|kommuns|stad|stads|regionen|region|län|läns|landsting|landstinget|förvaltningen)"
    r"|i|för|och|av|&|mot\s+[a-zåäö]+)"  # "Delegationen mot segregation", "Sparbanksstiftelsen Färs & Frosta"
)
_ORG = rf"[A-ZÅÄÖ][\wåäöÅÄÖ&-]*(?:[ \u00a0]+{_ORG_TOKEN}(?![\wåäö]))*"
_LOWER_FUNDER = (
    r"(?:(?:den|det)\s+)?(?:[a-zåäö-]+\s+){0,2}?[a-zåäö-]*(?:fonden|fond|nämnden|styrelsen|förvaltningen|stiftelsen)"
    r"|kommunen|regionen|staten|landstinget"
)
_MEDEL = r"(?:[a-zåäöA-ZÅÄÖ-]+\s+){0,2}?(?:medel|statsbidrag|bidrag|projektmedel|stöd|finansiering|pengar)"
_FUNDER_AFTER_RE = re.compile(
    # ("300 000 kronor kommer i folkhälsomedel från Region Skåne", "Resten, 250 000 kronor, kommer från X")
    rf"^[\s\u00a0]*(?:,\s*(?=kom))?(?:(?:(?:kommer|kom)\s+(?=i\s))?(?:i\s+(?:[\wåäö-]+\s+){{0,2}}?[\wåäö-]*(?:bidrag|stöd|medel|finansiering)\s+)?"
    # ("… medan resterande 660 000 SEK betalas av Botkyrkabyggen")
    rf"(?:(?:kom|kommer|kommit)\s+från|(?:(?:betalas|betalades|bekostas|bekostades)\s+)?(?:från|av)|via|ur)\s+"
    rf"(?:(?P<org>{_ORG})|(?P<low>{_LOWER_FUNDER})(?![\wåäö]))"
    rf"|i\s+(?P<medel>{_MEDEL})(?![\wåäö]))",
)
_FUNDER_BEFORE_RE = re.compile(
    # (a fund or board in lower case with its article: "Den sociala investeringsfonden bidrar med 900 000 kronor")
    rf"(?<![\wåäö])(?:(?P<org>{_ORG})|(?P<low>(?:(?:[Dd]en|[Dd]et)\s+(?:[a-zåäö-]+\s+){{0,2}}?)?[a-zåäö-]*(?:fonden"
    rf"|nämnden|styrelsen|stiftelsen)))(?:,\s+som)?\s+(?:bidrar|bidrog|beviljar|beviljade|beviljat|ger|gav|satsar"
    # "har beviljat", "har dessutom beviljat", "hade också bidragit med"
    rf"|(?:har|hade)\s+(?:(?:också|även|dessutom|redan|nu|tidigare)\s+)?(?:beviljat|bidragit|satsat|skjutit\s+till|anslagit"
    rf"|gett|givit|skänkt"
    rf"|gått\s+in\s+med|(?:med)?finansierat|betalat)"
    rf"|satsade|skjuter\s+till|sköt\s+till|står\s+för|stod\s+för|(?:med)?finansierar|(?:med)?finansierade"
    rf"|(?:går|gick)\s+(?:(?:dessutom|också|även|själv|själva|självt)\s+)?in\s+med|avsätter|avsatte|betalar|betalade|lägger|lade|svarar\s+för|svarade\s+för|anslår|anslog"
    # "Region Norrbotten bekostar ombyggnaden av bussen med 300 000 kronor"
    rf"|(?:bekostar|bekostade|(?:har|hade)\s+(?:(?:också|även|dessutom)\s+)?bekostat)(?:\s+[\wåäö]+){{1,3}}?(?=\s+med\s))"
    rf"\s+(?:[\wåäö]+\s+){{0,2}}?(?:med\s+)?"
    rf"(?:(?:totalt|cirka|ca\.?|drygt|knappt|sammanlagt|ytterligare)\s+)?$",
)
# The verb before its payer, after an adverbial ("Utöver pengarna ur fonden bidrar Länsstyrelsen i Norrbottens län med
# 500 000 kronor"; tried first: "fonden bidrar X med" names X): a name only (a capital); "… bidrar kommunen med" is
# read by the pattern above.
_FUNDER_INVERTED_RE = re.compile(
    # (and "Av den betalar Region Västerbotten 350 000 kronor", "Av kostnaden står Region X för 200 000 kronor")
    rf"(?<![\wåäö])(?:(?:bidrar|bidrog|satsar|satsade|skjuter\s+till|sköt\s+till|går\s+in|gick\s+in|betalar|betalade|"
    rf"står|stod|lägger|lade|svarar|svarade)\s+(?P<org>{_ORG})"
    # … and in the perfect: "Utöver fondens pengar har RF-SISU Värmland gått in med 60 000 kronor"
    # … and the particle after the payer: "Utöver regionens 580 000 kronor går Olofströms kommun in med 200 000 kronor"
    rf"|(?:går|gick)\s+(?P<gorg>{_ORG})\s+(?:(?:också|även|dessutom)\s+)?in"
    rf"|(?:har|hade)\s+(?P<porg>{_ORG})\s+(?:(?:också|även|dessutom)\s+)?(?:gått\s+in|bidragit|skjutit\s+till|satsat|"
    rf"betalat|lagt|gett|givit|skänkt|beviljat|anslagit))\s+(?:med\s+|för\s+)?(?:(?:totalt|cirka|ca\.?|drygt|knappt|sammanlagt)\s+)?$",
)
# The payer in a relative clause after the sum: "I summan ingår 100 000 kronor som Länsstyrelsen i Kalmar län har
# bidragit med".
_FUNDER_RELATIVE_AFTER_RE = re.compile(
    rf"^[\s\u00a0]*som\s+(?P<org>{_ORG})\s+(?:har\s+|hade\s+)?(?:(?:också|även|dessutom)\s+)?"
    rf"(?:bidragit|bidrar|bidrog|skjutit\s+till|skjuter\s+till|gått\s+in|går\s+in|betalat|betalar|satsat)(?![\wåäö])",
)
_FUNDED_BY_BEFORE_RE = re.compile(
    rf"(?<![\wåäö])(?:(?:finansier\w*|bekostas|bekostades|betalas|betalades)\s+(?:med|av|genom|via|ur|från)"
    # the next payer of the same sentence: "finansieras av X med 2 300 000 kronor och av Y med 700 000 kronor"
    rf"|och\s+(?:av|från)(?=\s+\S+(?:\s+\S+){{0,4}}\s+med\s))\s+"
    rf"(?:(?P<org>{_ORG})|(?P<low>{_LOWER_FUNDER})|(?P<medel>{_MEDEL}))[\s,:]+(?:med\s+)?(?:(?:totalt|cirka|ca\.?|drygt|knappt"
    rf"|sammanlagt)\s+)?$",
)
# Keyword gates for the searches in the (at most 80) characters before an amount: each pattern, matched
# case-blind in ``before``, needs one of its words in ``fold(before)``; the two case-sensitive ones (the funder
# patterns) need one of theirs in ``before`` itself. Most amounts have none of them before them.
_CAP_KEYS = ("upp", "högst", "max", "som", "inte", "takbelopp", "minst", "lägst")
_PER_UNIT_KEYS = ("per", "/")
_PART_WORDS = ("varav", "därav", "av dessa", "av dem", "av summan", "av beloppet", "av pengarna", "av kostnaden",
               "av budgeten", "resterande", "återstående", "av projektets", "av satsningens", "av insatsens",
               "av investeringens", "av budgetens", "av den totala")
_PART_BEFORE_RE = re.compile(r"(?:(?<![\wåäö])(?:varav|därav|av\s+(?:dessa|dem|summan|beloppet|pengarna))\s*"
                             # a payer and its verb between: "varav regionen står för 930 000 kronor", or the verb
                             # first: "Av dem står Samordningsförbundet Värmland för 900 000 kronor"
                             r"(?:(?:[\wåäö-]+\s+){1,6}?(?:står\s+för|bidrar\s+med|betalar|finansierar|skjuter\s+till)\s+"
                             r"|(?:står|bidrar)\s+(?:[\wåäö-]+\s+){1,5}?(?:för|med)\s+|(?:kom|kommer)\s+)?"
                             r"(?:(?:cirka|ca\.?|drygt|knappt)\s+)?$"
                             # the whole said in the same clause before it: "Av projektets 1,45 miljoner kronor kommer
                             # 250 000 kronor från Region Dalarna"
                             r"|(?<![\wåäö])av\s+(?:projektets|satsningens|insatsens|investeringens|budgetens|den\s+totala\s+"
                             r"(?:budgeten|kostnaden))\s+[\d\s\u00a0,.]+(?:miljoner|miljon|mkr|mnkr|tkr|kronor|kr)"
                             r"(?:\s+kronor)?\s+(?:kommer|kom|står|betalar|bidrar|går)\s+(?:[\wåäö-]+\s+){0,4}?"
                             r"(?:(?:för|med)\s+)?$"
                             # the rest of a whole said before: "Resterande 240 000 kronor är folkhälsomedel från …"
                             r"|(?<![\wåäö])(?:de\s+)?(?:resterande|återstående)\s*(?:(?:cirka|ca\.?|drygt|knappt)\s+)?$"
                             # a share of the whole, then its sum: "står för en tredjedel av kostnaden, 780 000 kronor"
                             r"|(?:en\s+(?:tredjedel|fjärdedel|femtedel)|hälften|\d{1,3}\s*(?:%|procent))\s+av\s+"
                             r"(?:kostnaden|budgeten|summan|beloppet)\s*,\s*(?:(?:cirka|ca\.?|drygt|knappt)\s+)?$)", _FLAGS)
# What a project saves or what a problem costs society is no budget: "beräknas spara 1,1 miljoner kronor per år",
# "en samhällsekonomisk vinst på 12 miljoner", "ett barn i utanförskap kostar samhället 10 miljoner". The word
# stands before the amount in the same sentence.
_SAVING_KEYS = ("spar", "besparing", "samhällsekonomisk", "samhället", "kostnader", "vinst", "nytta", "minska", "sjönk",
                "sjunkit", "sänkt", "reducerades", "snitt", "plats", "placering", "dygn", "vårddag", "pris")
_SAVING_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:spar(?:ar|at|a|ade|ades|as|s)?|besparing\w*|samhällsekonomisk\w*|kost(?:ar|a|ade|at)\s+samhället|"
    r"kostnad(?:er)?\s+för\s+samhället|(?:minskade|lägre|undvikna|undvikta)\s+kostnader|vinst(?:en|er)?|"
    r"nytta|nyttan|"
    # what something costs on average ("En placering på ett HVB-hem kostar i genomsnitt 1,3 miljoner kronor per år")
    r"i\s+(?:genom)?snitt|genomsnittlig\w*|"
    # a prize the work won ("Priset är på 50 000 kronor"): no money of the project's budget
    r"priset|prissumm\w*|prispeng\w*|"
    # what one place or day of care costs ("En plats på ett särskilt boende kostar kommunen ungefär 950 000 kronor per år")
    r"(?:en|ett)\s+(?:plats|placering|vårddygn|dygn|vårddag|elevplats|boendeplats|behandlingsplats)\b[^.!?]{0,50}?"
    r"\bkost(?:ar|ade|nad(?:en)?)|"
    # a reduction ("Kostnaderna för placeringar minskade med 1,9 miljoner kronor per år", "kan minska samhällets
    # kostnader med omkring 12 miljoner kronor") is no budget
    r"(?:minska|minskade|minskat|minskar|sänka|sänker|sjönk|sjunkit|sänktes|sänkts|reducerades|reducera)"
    r"(?:\s+[\wåäö]+){0,7}?\s+med)(?![\wåäö])[^.!?]{0,60}$", _FLAGS)  # ("minska kostnaderna för placeringar och …")
# What was spent is no budget: "Utfallet för 2024 blev 1 392 000 kronor", "Hittills har 640 000 kronor förbrukats" is
# read after the amount (_SPENT_AFTER_RE), "har förbrukat 300 000 kronor" before it.
_SPENT_KEYS = ("utfall", "förbruka", "upparbeta")
_SPENT_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:utfall(?:et)?|(?:har|hade)\s+(?:hittills\s+)?(?:förbrukat|upparbetat)|förbrukade|upparbetade)"
    r"(?![\wåäö])(?:(?!kr|milj|mkr)[^.!?]){0,40}$", _FLAGS)  # (no other amount in between: "… av 900 000 kronor")
_SPENT_AFTER_RE = re.compile(r"^\s*(?:av\s+(?:budgeten|pengarna|medlen|anslaget|beloppet|ramen)\s+)?(?:(?:har|hade)\s+)?"
                             r"(?:hittills\s+)?(?:förbrukats|upparbetats|använts|gått\s+åt)(?![\wåäö])", _FLAGS)
# What the council sets aside is the fund's capital, not a project's money ("Kommunfullmäktige har avsatt sammanlagt 8
# miljoner kronor"), unless the sentence gives it to a project ("… avsatte 1,2 miljoner kronor till projektet X", "…
# har avsatt 5,4 miljoner kronor ur den sociala investeringsfonden för hela perioden").
_FUND_CAPITAL_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:kommun|region)?fullmäktige\s+(?:har\s+|hade\s+)?(?:(?:i\s+år|år\s+\d{4}|\d{4})\s+)?"
    r"(?:avsatt|avsätter|avsatte|satt\s+av|sätter\s+av|satte\s+av|tillfört|tillför|tillförde)"
    r"(?:\s+[\wåäö]+){0,3}?\s*$", _FLAGS)
# ... and so is money put into the fund: "… att avsätta 20 miljoner kronor till en social investeringsfond".
_TO_THE_FUND_AFTER_RE = re.compile(
    r"^\s*till\s+(?:en\s+|den\s+|kommunens\s+|regionens\s+)?(?:ny\s+)?(?:(?:social|sociala)\s+)?"
    r"(?:investeringsfond(?:en)?|investeringsreserv(?:en)?|fond(?:en)?\s+för\s+sociala\s+investeringar|fonden)"
    # ("Regionen avsätter varje år 5 miljoner kronor till sociala investeringar": the pot, no project's money)
    r"(?![\wåäö])|^\s*till\s+sociala\s+investeringar(?![\wåäö])", _FLAGS)
_TO_A_PROJECT_AFTER_RE = re.compile(
    r"[^.!?]{0,60}?\b(?:(?:till|för)\s+(?:projektet|satsningen|insatsen|investeringen)|för\s+hela\s+(?:projekt)?perioden"
    r"|ur\s+(?:den\s+)?(?:sociala\s+)?(?:investerings)?fonden)\b", _FLAGS)
# A pot to share out, not a project's money: "har direktionen totalt 4 miljoner kronor att fördela".
_POT_AFTER_RE = re.compile(r"^\s*att\s+(?:fördela|dela\s+ut|söka|bevilja|använda\s+till\s+nya)(?![\wåäö])", _FLAGS)
# What the work costs: "Projektet kostar 380 000 kronor per år", "Kostnaden beräknas till …"
_COST_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:kostar|kostade|kostnaden\s+(?:är|blir|var|beräknas\s+till|uppgår\s+till)|"
                             r"kostnad\s+(?:på|om))\s*(?:(?:ca\.?|cirka|drygt|knappt|omkring)\s+)?$", _FLAGS)
# The project's own total: "projektets totala kostnad (blir) …", "Totalt kostar projektet …", "satsningens totalbudget är …"
_PROJECT_TOTAL_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:(?:projektets|satsningens|insatsens)\s+(?:totala\s+(?:kostnad|budget)|totalkostnad|totalbudget)"
    r"|totalt\s+kostar\s+(?:projektet|satsningen|insatsen)|(?:projektet|satsningen|insatsen)\s+kostar\s+totalt)"
    r"(?:\s+[\wåäö-]+){0,3}?[\s:]*(?:(?:på|om|till)\s+)?(?:(?:cirka|ca\.?|drygt|knappt)\s+)?$", _FLAGS)
_PER_YEAR_KEYS = ("årlig", "årskostnad", "årsbudget", "per", "varje")
_TOTAL_KEYS = ("total", "sammanlag", "sammantaget", "hela", "samlade")  # one is in every _TOTAL_BEFORE_RE match
_LABEL_KEYS = ("bevilja", "budget", "kostnad", "belopp", "finansiering", "anslag", "tilldela")
_FUNDED_BY_KEYS = ("finansier", "bekosta", "betala", "och av", "och från")
_FUNDER_VERBS = ("bidr", "bevilja", "ger", "gav", "satsa", "skjuter", "skjutit", "sköt", "står", "stod", "finansiera",
                 "går", "gått", "gick", "avsätter", "avsatte", "betala", "lägger", "lade", "lagt", "svara", "ansl",
                 "gett", "givit", "skänkt", "bekosta")
# _RANGE_BEFORE_RE ends in a dash, "till" or "och" and blanks: the folded text without its trailing blanks ends so
# (``str.rstrip`` strips what ``\s`` matches).
_RANGE_ENDS = ("-", "–", "—", "till", "och")
_ORG_TRAILING_RE = re.compile(r"(?:[\s\u00a0]+(?:i|för|och|av))+$")
_SPACES_RE = re.compile(r"[\s\u00a0]+")
_BARE_BIG_UNITS = frozenset({"miljon", "miljoner", "miljard", "miljarder"})
_NOT_FUNDER = frozenset(
    "Vi Man De Den Det Detta Denna Dessa Han Hon Projektet Satsningen Nu Samtidigt Här Där Totalt Sammanlagt "
    "Dessutom Också Även Då Sedan Först Men Och Så Som Att I Från Av Till Under Efter Enligt Ett En".split()
)


def unit_multiplier(header: str) -> int | None:
    """Kronor per unit for a table header or unit word: "Belopp, tkr" → 1000."""
    if not isinstance(header, str) or not header.strip():
        return None
    return _header_multiplier(header)


@functools.lru_cache(maxsize=256)
def _header_multiplier(header: str) -> int | None:
    """unit_multiplier for a non-blank string, cached: every row of a table asks again for its column header."""
    for rx, mult in _HEADER_UNITS:
        if rx.search(header[:500]):
            return mult
    return None


def _trim_org(raw: str) -> str:
    """Drop connector words a greedy match left at the end ("Tillväxtverket för")."""
    return _ORG_TRAILING_RE.sub("", raw)


def _clean_org(raw: str) -> str | None:
    trimmed = _trim_org(raw)
    first = trimmed.split(maxsplit=1)[0] if trimmed.strip() else ""
    if not first or first in _NOT_FUNDER:
        return None
    return _SPACES_RE.sub(" ", trimmed)


def _strip_determiner(raw: str) -> str:
    for det in ("den ", "det "):
        if fold(raw).startswith(det):
            return raw[len(det):]
    return raw


# What follows a fund's owner in the genitive: "ur Region Skånes sociala investeringsfond", "ur Tierps kommuns fond för
# sociala investeringar".
_OWNER_OF_FUND_RE = re.compile(r"(.+?)s\s+(?:sociala\s+)?(?:investerings)?fond$", re.I)
_FUND_TAIL_RE = re.compile(r"\s+för\s+sociala\s+investeringar", re.I)
_FUND_AFTER_OWNER_RE = re.compile(r"\s+(?:sociala\s+)?investerings(?:fond|reserv)\w*|\s+fond\s+för\s+sociala\s+investeringar|"
                                  r"\s+sociala\s+investeringsmedel|\s+medel\s+för\s+sociala\s+investeringar", re.I)


def _funder_after(rest: str) -> tuple[str | None, int]:
    m = _FUNDER_AFTER_RE.match(rest)
    if not m:
        if rest.lstrip()[:4] == "som " and (m := _FUNDER_RELATIVE_AFTER_RE.match(rest)) is not None:
            org = _clean_org(m.group("org"))
            return (org, m.end()) if org else (None, 0)
        return None, 0
    if m.group("org"):
        org = _clean_org(m.group("org"))
        if org is None:
            return None, 0
        end = m.start("org") + len(_trim_org(m.group("org")))
        fund = _FUND_AFTER_OWNER_RE.match(rest, end) if org.endswith("s") else None
        if fund is not None:  # the fund's owner, in the nominative; the evidence names the fund
            return org[:-1], fund.end()
        owner = _OWNER_OF_FUND_RE.match(org)  # "Kungälvs kommuns fond (för sociala investeringar)"
        if owner is not None:
            tail = _FUND_TAIL_RE.match(rest, end)
            return owner.group(1), tail.end() if tail else end
        return org, end
    if m.group("low"):
        return _strip_determiner(m.group("low")), m.end()
    return m.group("medel"), m.end()


def _funder_before(before: str) -> str | None:
    m = _FUNDED_BY_BEFORE_RE.search(before) if has_any(before, _FUNDED_BY_KEYS) else None
    if m:
        if m.group("low"):
            return _strip_determiner(m.group("low"))
        return _clean_org(m.group("org")) if m.group("org") else m.group("medel")
    if not has_any(before, _FUNDER_VERBS):
        return None
    m = _FUNDER_INVERTED_RE.search(before) or _FUNDER_BEFORE_RE.search(before)
    if m is not None and "porg" in m.groupdict() and m.group("porg"):
        return _clean_org(m.group("porg"))  # (the perfect's payer: a name, as the present's is)
    if m is not None and "gorg" in m.groupdict() and m.group("gorg"):
        return _clean_org(m.group("gorg"))
    return _payer(m) if m else None


def _basis(before: str, after: str, low: str = "") -> tuple[Basis | None, int]:
    """Basis from the text after the amount, else from ``before`` (``low`` is ``fold(before)``)."""
    m = _PER_YEAR_AFTER_RE.match(after)
    if m:
        return "per_year", m.end()
    m = _TOTAL_AFTER_RE.match(after)
    if m:
        return "total", m.end()
    if has_any(low, _PER_YEAR_KEYS) and _PER_YEAR_BEFORE_RE.search(before):
        return "per_year", 0
    if has_any(low, _TOTAL_KEYS) and _TOTAL_BEFORE_RE.search(before):
        return "total", 0
    return None, 0


@dataclass(frozen=True)
class _Found:
    amount: Amount
    start: int
    labelled: bool


_FUND_FOUNDED_BEFORE_RE = re.compile(r"\b[Ff]onden\s+(?:inrättades|bildades|skapades|startades|startade|grundades)"
                                     r"(?:\s+(?:år\s+)?\d{4})?\s+(?:med|och\s+fick)\s+(?:[\wåäö]+\s+){0,2}?$")
_COMPARED_AFTER_RE = re.compile(r"\s*(?:lägre|högre|mindre|billigare|dyrare)(?![\wåäö])", _FLAGS)
# A sum the ordinary budget carries (the work after the project, a board's yearly cost): "…, ingår i
# socialnämndens budget", "ingår i den ordinarie budgeten".
_IN_ORDINARY_BUDGET_AFTER_RE = re.compile(r"[^.!?\n]{0,60}?\bingår\s+(?:[\wåäö]+\s+){0,3}?i\s+(?:[\wåäö-]+\s+){0,3}?"
                                          r"(?:[\wåäö-]*budget\w*|ordinarie\b)", _FLAGS)


# … said in the sentence before, the cost referring back to it: "Från och med september ingår Fritidsnyckeln i
# socialnämndens budget. Kostnaden är 640 000 kronor per år."
_IN_ORDINARY_BUDGET_BEFORE_RE = re.compile(r"\bingår\s+(?:[\wåäö]+\s+){0,3}?i\s+(?:[\wåäö-]+\s+){0,3}?"
                                           r"(?:[\wåäö-]*budget\w*|ordinarie\s+[\wåäö]+)[.!]\s+(?:Kostnaden|Den\s+årliga\s+"
                                           r"kostnaden|Det\s+kostar|Den\s+kostar)\s+(?:är\s+|blir\s+|beräknas\s+till\s+)?"
                                           r"(?:ca\.?\s+|cirka\s+|omkring\s+)?$", _FLAGS)


_EACH_AFTER_RE = re.compile(r"\s*(?:vardera|var\s+och\s+en|(?:per|om\s+året|per\s+år)\s+vardera|var(?=\s*[,.;]|\s+(?:under|i|per|om)\b))",
                            _FLAGS)
# Who pay together, before their sum: "gemensamt av A och B", "mellan A och B", or a payer's subject "A och B bidrar".
_JOINT_PAYERS_RE = re.compile(r"\b(?:gemensamt\s+av|tillsammans\s+av|mellan)\s+([^.!?\n]{3,160}?)(?=,|\s+som\b|\s+med\b|$)",
                              _FLAGS)


_SUBJECT_PAYERS_RE = re.compile(r"\s*([^.!?\n]{3,120}?)\s+(?:står|stod|bidrar|bidrog|betalar|betalade|ger|gav|satsar|"
                                r"satsade|skjuter|sköt)\b", _FLAGS)


def _payers_before(text: str, s: int, funder: str | None) -> int:
    """How many payers the sentence names before a sum said "vardera" (0 when it names none or one)."""
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    joint = _JOINT_PAYERS_RE.search(text, start, s) or _SUBJECT_PAYERS_RE.match(text, start, s)
    names = joint.group(1) if joint else (funder or "")
    if " och " not in names:
        return 0
    return names.count(",") + names.count(" och ") + 1


def _shared_out_before(text: str, s: int) -> bool:
    """A payer's sum after the sentence said the money is shared ("Budgeten på 940 000 kronor delas mellan
    kommunens fond och Region Dalarna, som står för 300 000 kronor"): a part of that sum."""
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    return "delas " in text[start:s] and _SHARED_OUT_RE.search(text, start, s) is not None


_SHARED_OUT_RE = re.compile(r"\d\s*(?:kr|kronor|tkr|mnkr|miljon\w*)\s+(?:delas|fördelas)\s+(?:lika\s+)?mellan\b[^.!?\n]*"
                            r",\s+som\s+(?:står|svarar|betalar)\s+för\s+(?:ca\.?\s+|cirka\s+)?$", _FLAGS)


_YEAR_LINE_BEFORE_RE = re.compile(r"(?:^|\n)[ \t\u00a0•*·-]*(?:år\s+)?(?:19|20)\d{2}\s*[:–-]\s*$")
_MORE_BEFORE_RE = re.compile(r"(?<![\wåäö])ytterligare\s+(?:(?:cirka|ca\.?|drygt|knappt|omkring)\s+)?$", _FLAGS)
# A payer's own part beside the grant, said by "själv": "Kommunen går själv in med 600 000 kronor", "står själv för"
_SELF_TOO_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:går|gick|står|stod|bidrar|bidrog|satsar|satsade|lägger|lade)\s+"
                                 r"(?:också\s+|även\s+)?(?:själv|själva)\s+(?:in\s+)?(?:med|för)\s+"
                                 r"(?:(?:cirka|ca\.?|drygt|knappt|omkring)\s+)?$", _FLAGS)


def _describe(text: str, s: int, e: int, value: Decimal) -> _Found | None:
    """Basis, funder and evidence for a money match at [s, e)."""
    if value < 1 or value > _MAX_SEK:
        return None
    before = text[max(0, s - 100): s]
    low = fold(before)
    if (has_any(low, _CAP_KEYS) and _CAP_BEFORE_RE.search(before)) \
            or (low.rstrip().endswith(_RANGE_ENDS) and _RANGE_BEFORE_RE.search(before)) \
            or (has_any(low, _PER_UNIT_KEYS) and _PER_UNIT_BEFORE_RE.search(before)) \
            or (has_any(low, _SAVING_KEYS) and _SAVING_BEFORE_RE.search(before)) \
            or (has_any(low, _SPENT_KEYS) and _SPENT_BEFORE_RE.search(before)) \
            or ("fullmäktige" in low and _FUND_CAPITAL_BEFORE_RE.search(before)
                and not _TO_A_PROJECT_AFTER_RE.match(text, e)):
        return None
    after = text[e: e + 160]
    if "onden" in low and _FUND_FOUNDED_BEFORE_RE.search(before):
        return None  # "Fonden inrättades 2019 med 20 miljoner kronor": the fund's capital
    if _COMPARED_AFTER_RE.match(after):
        return None  # "blev 400 000 kronor lägre per år än före projektet": a difference, no budget
    if "ingår" in after[:80] and _IN_ORDINARY_BUDGET_AFTER_RE.match(after):
        return None  # "Kostnaden, 1,1 miljoner kronor per år, ingår i barn- och utbildningsnämndens budget": ordinary
    if "ingår" in low and _IN_ORDINARY_BUDGET_BEFORE_RE.search(before):
        return None  # "… ingår Fritidsnyckeln i socialnämndens budget. Kostnaden är 640 000 kronor per år": ordinary
    if "termin" in after[:20] and (term := _PER_TERM_AFTER_RE.match(after)) is not None:
        # a sum per school term: a rate, unless the text says for how many terms ("120 000 kronor per termin i fyra
        # terminer": 480 000 in all)
        terms = parse_number(term.group("n")) if term.group("n") else None
        if not terms or terms != int(terms) or not 1 < terms <= 20:
            return None
        value, e = value * int(terms), e + term.end()
        amount = Amount(int(value.to_integral_value()), "total", _funder_before(before), text[s:e].strip())
        return _Found(amount, s, has_any(low, _LABEL_KEYS) and bool(_LABEL_BEFORE_RE.search(before)))
    if _PER_UNIT_AFTER_RE.match(after) or (after[:40].lstrip().startswith("att ") and _POT_AFTER_RE.match(after)) \
            or (after[:12].lstrip().startswith("till ") and _TO_THE_FUND_AFTER_RE.match(after)) \
            or (("förbruk" in after[:30] or "upparbet" in after[:30] or "använts" in after[:30] or "gått åt" in after[:30])
                and _SPENT_AFTER_RE.match(after)):
        return None
    basis, basis_end = _basis(before, after, low)
    if basis is None and before[-12:].rstrip()[-1:] in (":", "–", "-") and _YEAR_LINE_BEFORE_RE.search(before):
        basis = "per_year"  # a line of a year's share: "2027: 900 000 kronor" (the years' sum is no stated total)
    funder, funder_end = _funder_after(after)
    if funder is not None and basis is None:
        basis2, basis2_end = _basis("", after[funder_end:])
        if basis2 is not None:
            basis, basis_end = basis2, funder_end + basis2_end
    elif funder is None and basis_end:
        funder, funder_end2 = _funder_after(after[basis_end:])
        funder_end = basis_end + funder_end2 if funder else 0
    if funder is None:
        funder = _funder_before(before)
    end = e + max(basis_end, funder_end)
    if "var" in text[end:end + 16] and (each := _EACH_AFTER_RE.match(text, end)) is not None:
        # one sum from each of the payers named before it ("finansieras gemensamt av fonden och Sparbanksstiftelsen
        # Kronoberg, som bidrar med 220 000 kronor om året vardera"): as many times as there are payers
        payers = _payers_before(text, s, funder)
        if payers > 1:
            value, end = value * payers, each.end()
    part = (has_any(low, _PART_WORDS) and bool(_PART_BEFORE_RE.search(before))) or _shared_out_before(text, s)
    whole = basis == "total" and ("projekt" in low or "satsning" in low or "insats" in low) \
        and bool(_PROJECT_TOTAL_BEFORE_RE.search(before))
    amount = Amount(int(value.to_integral_value()), basis, funder, text[s:end].strip(), part, whole,
                    more=("ytterligare" in low[-30:] and bool(_MORE_BEFORE_RE.search(before)))
                    or ("själv" in low[-30:] and bool(_SELF_TOO_BEFORE_RE.search(before))),
                    cost="kost" in low[-40:] and bool(_COST_BEFORE_RE.search(before)))
    return _Found(amount, s, has_any(low, _LABEL_KEYS) and bool(_LABEL_BEFORE_RE.search(before)))


def _find(text: str, unit_hint: str | None, folded: str | None = None) -> list[_Found]:
    """``folded`` is ``fold(text)`` when the caller has it already; a text longer than ``_MAX_TEXT`` is cut first and
    folded anew."""
    if not isinstance(text, str) or not text.strip():
        return []
    if folded is None or len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
        folded = fold(text)
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    # Every amount has a unit (kr, sek, :-, milj, mio, mdr) and begins with a number: the pattern is tried only
    # where a number starts near a unit.
    # (windows(text, _UNIT_HIT_RE, 60, 40), from the twin.)
    spans = windows(folded, _UNIT_HIT_FOLDED_RE, 60, 40) if has_any(folded, _UNIT_KEYS) else []
    for m in finditer_at(_AMOUNT_RE, text, spans, starts(text, NUMBER_START_RE, spans)):
        number = parse_decimal(m.group("num"))
        if number is None:
            continue
        if m.group("bn"):
            mult = 10**9
        elif m.group("mn"):
            mult = 10**6
        elif m.group("tn"):
            mult = 1000
        else:
            mult = 1
        unit = fold(m.group("mn") or m.group("bn") or "")
        if unit in _BARE_BIG_UNITS and _NOT_MONEY_AFTER_RE.match(text[m.end(): m.end() + 30]):
            continue
        taken.append(m.span())
        item = _describe(text, m.start(), m.end(), number * mult)
        if item is not None:
            found.append(item)
    if "sek " in folded:  # the currency before the number: "totalt SEK 3 600 000"
        for m in _CURRENCY_FIRST_RE.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "SEK 2,4 miljoner": read above, from its unit
            value = parse_decimal(m.group("n"))
            item = _describe(text, m.start(), m.end(), value) if value is not None else None
            if item is not None:
                taken.append(m.span())
                found.append(item)
        found.sort(key=lambda f: f.start)
    hint_mult = unit_multiplier(unit_hint) if unit_hint else None
    if hint_mult:
        found.extend(_bare_numbers(text, hint_mult, taken))
        found.sort(key=lambda f: f.start)
    return found


# "SEK 3 600 000": kronor written in thousands groups (or six digits and more) after the currency.
_CURRENCY_FIRST_RE = re.compile(r"(?<![\w-])SEK\s+(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{5,})(?![\d,.]\d|[-–/])(?!\s*(?:mn|milj|mkr|tkr|tusen|mdr))",
                                re.I)


_BARE_AFTER_OK_RE = re.compile(r"^\s*(?:$|[.;,)\]]|/\s*år|per\s|om\s+året|årligen|totalt|sammanlagt|från\s|av\s|i\s"
                               r"|varav\s)", _FLAGS)
_BARE_BEFORE_BAD_RE = re.compile(r"(?:\d\s*[-–—/.:]|[-–—/]|[§#])\s*$")
_YEARLIKE_RE = re.compile(r"(?:199\d|20\d\d|2100)")


def _bare_numbers(text: str, mult: int, taken: list[tuple[int, int]]) -> list[_Found]:
    """Digits without a unit in a cell whose header gave the unit."""
    out: list[_Found] = []
    only_number = None
    stripped = text.strip()
    for m in _BARE_NUMBER_RE.finditer(text):
        raw = m.group()
        if not raw[0].isdigit() or any(s <= m.start() < e for s, e in taken):
            continue
        if not _BARE_AFTER_OK_RE.match(text[m.end(): m.end() + 20]):
            continue
        if _BARE_BEFORE_BAD_RE.search(text[max(0, m.start() - 5): m.start()]):
            continue
        if _YEARLIKE_RE.fullmatch(raw):
            if only_number is None:
                only_number = stripped == raw
            if not only_number:
                continue
        value = parse_decimal(raw)
        if value is None:
            continue
        item = _describe(text, m.start(), m.end(), value * mult)
        if item is not None:
            out.append(item)
    return out


_REST_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:resterande|återstående)\s*(?:(?:cirka|ca\.?|drygt|knappt)\s+)?$", _FLAGS)
# What joins the parts of one "varav": "varav 1,8 miljoner ur fonden och 400 000 kronor från Region Kronoberg".
_PART_JOIN_RE = re.compile(r"\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)", _FLAGS)


def parse_amounts(text: str, unit_hint: str | None = None, folded: str | None = None) -> list[Amount]:
    """Every amount of money in the text, in order of appearance (``folded``: ``fold(text)``, if the caller has it).
    An amount joined to a part by "och", "samt" or a comma is a part of the same whole."""
    out: list[Amount] = []
    part_end = -1  # where the last amount ended, if it was a part
    payer_end = -1  # where the last amount ended, if a payer's verb gave it its funder
    for f in _find(text, unit_hint, folded):
        a = f.amount
        if a.part and not out and _REST_BEFORE_RE.search(text, max(0, f.start - 40), f.start):
            # "Resterande 1,3 miljoner kronor går till X" with no sum before it in this text: the rest of a pot said
            # elsewhere, which is this project's whole grant (a part only of a whole the same text states)
            a = replace(a, part=False)
        if not a.part and part_end >= 0 and _PART_JOIN_RE.fullmatch(text, part_end, f.start):
            a = replace(a, part=True)
        if not a.part and a.funder is not None and "rest" in text[f.start:f.start + 160] \
                and _THE_REST_AFTER_RE.match(text, f.start + len(a.text)):
            a = replace(a, part=True)  # "1,1 miljoner kronor ur fonden, och resten kommer från Region Norrbotten"
        if a.funder is None and payer_end >= 0 and (m := _NEXT_PAYER_RE.fullmatch(text, payer_end, f.start)):
            # the verb said once for two payers: "Fonden bidrar med 900 000 kronor och Sparbanksstiftelsen med 200 000"
            funder = _payer(m)
            if funder is not None:
                a = replace(a, funder=funder)
        out.append(a)
        part_end = f.start + len(a.text) if a.part else -1
        end = f.start + len(a.text)
        payer_end = end if a.funder is not None else -1
        if ("lika" in text[end: end + 200] or "samma" in text[end: end + 200]) and (
                m := (_SAME_AGAIN_RE.match(text, payer_end) if payer_end >= 0 else None)
                or _SAME_AGAIN_NEXT_RE.match(text, end)):
            # "Regionen står för 2,3 miljoner kronor och Motala kommun för lika mycket": the second payer's part is
            # the same sum, stated by the page
            funder = _payer(m)
            if funder is not None:
                said = text[m.start("org") if m.group("org") else m.start("low"): m.end()].strip()
                out.append(Amount(a.sek, a.basis, funder, said, a.part, again=True))
                payer_end = m.end()
    return out


# What follows a part when another pays the rest, in the same sentence.
_THE_REST_AFTER_RE = re.compile(r"[^.!?\n]{0,60}?,?\s+(?:och|medan|men)\s+(?:resten|återstoden)\b")


def _payer(m: re.Match[str]) -> str | None:
    """The payer a match names: its capitalised organisation ("org"), cleaned, or its lower-case one ("low": "den
    sociala investeringsfonden", "socialnämnden") without its article."""
    return _clean_org(m.group("org")) if m.group("org") else _strip_determiner(m.group("low"))


# The same sum again, in its words: "lika mycket", "ett lika stort belopp", "samma summa".
_SAME_SUM = r"(?:lika\s+mycket|(?:ett\s+)?lika\s+stort\s+belopp|(?:en\s+)?lika\s+stor\s+summa|samma\s+(?:belopp|summa))"
_SAME_AGAIN_RE = re.compile(
    # (what the first payer's money is for between: "… ur regionens medel för sociala investeringar, och …")
    rf"(?:[\s\u00a0]+(?:ur|från|för|till)\s+[^,.;:!?\d]{{1,80}}?)?"
    rf"[\s\u00a0]*(?:,\s*(?:och|samt)?|och|samt)\s+(?:(?P<org>{_ORG})|(?P<low>{_LOWER_FUNDER}))[\s\u00a0]+"
    rf"(?:(?:bidrar|står|går\s+in|satsar|betalar|skjuter\s+till)\s+)?(?:(?:med|för)\s+)?{_SAME_SUM}(?![\wåäö])")
# ... and in the next sentence, with its own verb: "… att bevilja 2 mnkr till projektet. Region Västerbotten går in med
# lika mycket."
_SAME_AGAIN_NEXT_RE = re.compile(
    rf"[^.!?]{{0,100}}[.!?][\s\u00a0]+(?P<org>{_ORG})[\s\u00a0]+(?:går\s+in|bidrar|står|satsar|betalar|skjuter\s+till)"
    rf"\s+(?:(?:också|även)\s+)?(?:(?:med|för)\s+)?(?:(?:också|även)\s+)?{_SAME_SUM}(?![\wåäö])(?P<low>)")
# The second payer of a sentence whose verb is said once ("X bidrar med 900 000 kronor och Y med 200 000 kronor", "X
# står för 1,2 miljoner, Y för 300 000"): the text between the first payer's amount and the next amount.
_NEXT_PAYER_RE = re.compile(
    # (the first payer's source between: "Regionen bidrar med 900 000 kronor ur sina sociala investeringsmedel och …")
    rf"(?:[\s\u00a0]+(?:ur|från)\s+[^,.;:\d]{{1,60}}?)?"
    rf"[\s\u00a0]*(?:,\s*(?:och|samt)?|och|samt)\s+(?:(?P<org>{_ORG})|(?P<low>{_LOWER_FUNDER}))[\s\u00a0]+(?:med|för)\s+"
    rf"(?:(?:cirka|ca\.?|drygt|knappt|totalt|sammanlagt)\s+)?")


# A number with no unit is read as kronor only where a money word labels it (a "Beviljat belopp" column, "Budget:")
# and only as kronor are written: grouped in thousands ("1 200 000", "850 000") or six or seven digits, and at least
# 100 000. A smaller one may be tkr whose table does not say so ("Belopp: 1 200" for 1.2 million): read as kronor it
# would be a thousandfold off, so it stays unread. A currency before the number ("SEK 500 000") states the unit.
_BARE_KRONOR_RE = re.compile(
    r"(?:(?P<cur>sek|kronor|kr\.?)\s*)?(?P<n>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d{6,7})(?:\s*:-)?", re.I)
_BARE_KRONOR_MIN = 100_000


def parse_bare_kronor(text: str) -> Amount | None:
    """The amount of a value that is nothing but a number in kronor (see ``_BARE_KRONOR_RE``), for a value whose label
    or column is a money word but names no unit; None for anything else."""
    if not isinstance(text, str):
        return None
    m = _BARE_KRONOR_RE.fullmatch(text.strip())
    if m is None:
        return None
    sek = int(re.sub(r"\D", "", m.group("n")))
    if sek <= 0 or (not m.group("cur") and sek < _BARE_KRONOR_MIN):
        return None
    return Amount(sek, None, None, text.strip())


def parse_amount(text: str, unit_hint: str | None = None) -> Amount | None:
    """The most prominent amount: one introduced by a budget word ("Beviljat
    belopp:", "budget på") first, then a total, then the first mentioned."""
    found = _find(text, unit_hint)
    if not found:
        return None
    return max(found, key=lambda f: (f.labelled, f.amount.basis == "total", -f.start)).amount
