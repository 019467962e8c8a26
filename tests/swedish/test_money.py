"""Amounts of money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish.money import Amount, parse_amount, parse_amounts, unit_multiplier

SANDVIKEN = (
    "Sandvikens Kommun får åtta miljoner kronor av Tillväxtverket för att skapa inkludering och minska "
    "segregeringen i samhället. Samtidigt satsar vi sex miljoner kronor i kommunala medel för att förbättra "
    "livsvillkoren för kommunens medborgare."
)

# (text, unit_hint, sek, basis, funder)
AMOUNTS = [
    ("1 400", "tkr", 1_400_000, None, None),
    ("1 400", "Belopp, tkr", 1_400_000, None, None),
    ("2 070", "Belopp,\ntkr", 2_070_000, None, None),
    ("150", "tkr", 150_000, None, None),
    ("1 252", "Belopp (tkr)", 1_252_000, None, None),
    ("2020", "tkr", 2_020_000, None, None),
    ("1 200 000", "Belopp (kr)", 1_200_000, None, None),
    ("1,5", "mnkr", 1_500_000, None, None),
    ("500 tkr", None, 500_000, None, None),
    ("500 tkr", "kr", 500_000, None, None),
    ("500 000 kr", None, 500_000, None, None),
    ("1 200 000 kr", None, 1_200_000, None, None),
    ("1\u00a0200\u00a0000 kr", None, 1_200_000, None, None),
    ("1\u202f200\u202f000 kr", None, 1_200_000, None, None),
    ("1200000 kr", None, 1_200_000, None, None),
    ("1.200.000 kr", None, 1_200_000, None, None),
    ("1 200 000 kronor", None, 1_200_000, None, None),
    ("1,2 mnkr", None, 1_200_000, None, None),
    ("1,2 miljoner kronor", None, 1_200_000, None, None),
    ("3,3 miljoner kronor", None, 3_300_000, None, None),
    ("1,5 Mkr", None, 1_500_000, None, None),
    ("3 MSEK", None, 3_000_000, None, None),
    ("250 kSEK", None, 250_000, None, None),
    ("2,5 miljoner kronor", None, 2_500_000, None, None),
    ("2,5 milj. kr", None, 2_500_000, None, None),
    ("åtta miljoner kronor", None, 8_000_000, None, None),
    ("14 miljoner", None, 14_000_000, None, None),
    ("14 miljoner för att minska utanförskap – lyckat skolprojekt får del av pengarna", None, 14_000_000, None, None),
    ("cirka 14 miljoner kronor", None, 14_000_000, None, None),
    ("som får ta del av potten på cirka 14 miljoner kronor.", None, 14_000_000, None, None),
    ("en miljon kronor", None, 1_000_000, None, None),
    ("en halv miljon", None, 500_000, None, None),
    ("en och en halv miljon kronor", None, 1_500_000, None, None),
    ("halvannan miljon kronor", None, 1_500_000, None, None),
    ("tvåhundratusen kronor", None, 200_000, None, None),
    ("300 000 SEK", None, 300_000, None, None),
    ("500 000:-", None, 500_000, None, None),
    ("1,2 miljarder kronor", None, 1_200_000_000, None, None),
    ("500 tkr per år", None, 500_000, "per_year", None),
    ("200 000 kr/år", None, 200_000, "per_year", None),
    ("200 000 kr / år", None, 200_000, "per_year", None),
    ("1 miljon kronor årligen", None, 1_000_000, "per_year", None),
    ("2 miljoner kronor om året", None, 2_000_000, "per_year", None),
    ("300 000 kronor per läsår", None, 300_000, "per_year", None),
    ("ett årligt bidrag på 400 000 kronor", None, 400_000, "per_year", None),
    ("totalt 3 miljoner", None, 3_000_000, "total", None),
    ("sammanlagt 5 mnkr", None, 5_000_000, "total", None),
    ("Projektet har en totalbudget på 4,2 mnkr.", None, 4_200_000, "total", None),
    ("3 miljoner kronor under hela projekttiden", None, 3_000_000, "total", None),
    ("3 miljoner kronor under tre år", None, 3_000_000, "total", None),
    ("3 miljoner kronor fördelat på tre år", None, 3_000_000, "total", None),
    ("8 miljoner från Tillväxtverket", None, 8_000_000, None, "Tillväxtverket"),
    ("åtta miljoner kronor av Tillväxtverket för att skapa inkludering", None, 8_000_000, None, "Tillväxtverket"),
    ("sex miljoner kronor i kommunala medel", None, 6_000_000, None, "kommunala medel"),
    ("2 mnkr från Allmänna arvsfonden", None, 2_000_000, None, "Allmänna arvsfonden"),
    ("2 mnkr från Region Gävleborg och kommunen", None, 2_000_000, None, "Region Gävleborg"),
    ("1,1 mnkr från Länsstyrelsen i Gävleborgs län", None, 1_100_000, None, "Länsstyrelsen i Gävleborgs län"),
    ("Projektet får 2 mnkr från den sociala investeringsfonden", None, 2_000_000, None, "sociala investeringsfonden"),
    ("900 000 kronor i statsbidrag", None, 900_000, None, "statsbidrag"),
    ("Arvsfonden beviljade 3 miljoner kronor", None, 3_000_000, None, "Arvsfonden"),
    ("Socialstyrelsen bidrar med 1,5 mnkr", None, 1_500_000, None, "Socialstyrelsen"),
    ("500 tkr per år från Tillväxtverket", None, 500_000, "per_year", "Tillväxtverket"),
    ("2 mnkr från Tillväxtverket under tre år", None, 2_000_000, "total", "Tillväxtverket"),
    ("5 miljoner kronor per år i tre år", None, 5_000_000, "per_year", None),
    ("Projektet finansierades med kommunala medel, 900 000 kronor per år.", None, 900_000, "per_year",
     "kommunala medel"),
    ("Satsningen finansieras av Allmänna arvsfonden med 2,1 mnkr.", None, 2_100_000, None, "Allmänna arvsfonden"),
    ("Av pengarna kommer fem miljoner kronor från Region Skåne", None, 5_000_000, None, "Region Skåne"),
    ("Projektet har beviljats 1 800 000 kronor.", None, 1_800_000, None, None),
    ("Budget: Totalt 4,5 miljoner kronor", None, 4_500_000, "total", None),
    ("(1 400 tkr)", None, 1_400_000, None, None),
    ("3.5 Mkr", None, 3_500_000, None, None),
    # the council's money for one project is read; its money for the fund is not (NOT_MONEY)
    ("Kommunfullmäktige har avsatt 10 miljoner kronor till projektet Unga i jobb.", None, 10_000_000, None, None),
]


@pytest.mark.parametrize("text,hint,sek,basis,funder", AMOUNTS)
def test_parse_amount(text, hint, sek, basis, funder):
    a = parse_amount(text, unit_hint=hint)
    assert a is not None
    assert (a.sek, a.basis, a.funder) == (sek, basis, funder)
    assert a.text and a.text in text


def test_split_between_funders():
    found = parse_amounts(SANDVIKEN)
    assert [(a.sek, a.funder) for a in found] == [(8_000_000, "Tillväxtverket"), (6_000_000, "kommunala medel")]
    assert found[0].text == "åtta miljoner kronor av Tillväxtverket"
    assert found[1].text == "sex miljoner kronor i kommunala medel"


def test_split_between_funders_short():
    found = parse_amounts("8 miljoner från Tillväxtverket och sex miljoner kronor i kommunala medel")
    assert [(a.sek, a.funder) for a in found] == [(8_000_000, "Tillväxtverket"), (6_000_000, "kommunala medel")]


def test_total_with_part():
    found = parse_amounts("Totalt 2,4 mnkr, varav 1 mnkr från Allmänna arvsfonden.")
    assert [(a.sek, a.basis, a.funder) for a in found] == [
        (2_400_000, "total", None), (1_000_000, None, "Allmänna arvsfonden")]
    assert parse_amount("Totalt 2,4 mnkr, varav 1 mnkr från Allmänna arvsfonden.").sek == 2_400_000


@pytest.mark.parametrize("text,parts", [
    ("Projektet kostar totalt 2,2 miljoner kronor, varav 1,8 miljoner kronor ur kommunens sociala investeringsfond "
     "och 400 000 kronor från Region Kronoberg.", [False, True, True]),
    ("Budget 3 mnkr, därav 1 mnkr från Region Skåne, 1 mnkr från Samordningsförbundet samt 1 mnkr ur fonden.",
     [False, True, True, True]),
    # not joined to the part: an amount of its own
    ("Totalt 900 tkr, varav 300 tkr från Region Örebro län. Dessutom söks 200 tkr från Allmänna arvsfonden.",
     [False, True, False]),
])
def test_parts_joined_to_a_part(text, parts):
    """The amounts after "varav" joined by "och", "samt" or a comma are all parts of the whole before it."""
    assert [a.part for a in parse_amounts(text)] == parts


def test_totalt_before_the_sum_is_the_sums():
    """"…, totalt 850 000 kr" after a year's amount is the sum's word, not the year's (heldout5's tjänsteskrivelse)."""
    found = parse_amounts("Kostnaden fördelas per år: 2025: 400 000 kr, 2026: 450 000 kr, totalt 850 000 kr.")
    assert [(a.sek, a.basis) for a in found] == [(400_000, None), (450_000, None), (850_000, "total")]
    assert [(a.sek, a.basis) for a in parse_amounts("Projektet kostar 2 miljoner kronor, totalt.")] == [
        (2_000_000, "total")]


def test_most_prominent_prefers_budget_label():
    text = "Kommunen har 14 miljoner kronor i fonden. Beviljat belopp: 1 200 000 kr."
    assert parse_amount(text).sek == 1_200_000


def test_most_prominent_defaults_to_first():
    assert parse_amount(SANDVIKEN).sek == 8_000_000


NOT_MONEY = [
    ("", None),
    ("Projektet pågår 2014–2018.", None),
    ("2020-09-01 till och med 2023-09-01", None),
    ("Under 2019 påbörjades ett samarbete", None),
    ("50 %", None),
    ("20%", None),
    ("60 barn", None),
    ("500 elever", None),
    ("Målgruppen är drygt 60 barn med föräldrar.", None),
    ("Totalt cirka 500 elever.", None),
    ("Telefon: 0171-62 50 00", None),
    ("Postadress: 745 80 Enköping", None),
    ("1 av 16 projekt/aktiviteter", None),
    ("upp till 500 000 kr", None),
    ("Man kan söka högst 2 mnkr.", None),
    ("2–3 miljoner kronor", None),
    ("mellan 2 och 3 miljoner kronor", None),
    ("3 miljoner besökare", None),
    ("2 miljoner euro", None),
    ("500 kr per månad", None),
    ("10 000 kronor per barn", None),
    ("200 kr/timme", None),
    ("2 000 kronor i månaden", None),
    ("Kostnaden per deltagare är 25 000 kr", None),
    ("Kostnad per plats: cirka 1 200 kr", None),
    ("5 sek", None),
    ("flera miljoner kronor", None),
    ("Belopp, tkr", None),
    ("2014–2016", "tkr"),
    ("50 %", "tkr"),
    ("2020-09-01", "tkr"),
    ("årskurs 4-6", "tkr"),
    ("Projektet startade 2015 och har 40 deltagare", "tkr"),
    ("Kunskapsnämnden", "tkr"),
    ("1 400", None),
    ("1 400", "Belopp"),
    # the fund's capital, not a project's money (tenth session)
    ("Kommunfullmäktige har avsatt 10 miljoner kronor till en social investeringsfond.", None),
    ("Kommunfullmäktige har avsatt sammanlagt 8 miljoner kronor.", None),
]


@pytest.mark.parametrize("text,hint", NOT_MONEY)
def test_not_money(text, hint):
    assert parse_amounts(text, unit_hint=hint) == []
    assert parse_amount(text, unit_hint=hint) is None


UNITS = [
    ("Belopp, tkr", 1000), ("Belopp,\ntkr", 1000), ("Belopp (tkr)", 1000), ("Tkr", 1000), ("kSEK", 1000),
    ("tusen kronor", 1000), ("Kostnad (tusental kronor)", 1000), ("Belopp (kr)", 1), ("kr", 1), ("Kronor", 1),
    ("SEK", 1), ("mnkr", 1_000_000), ("Mkr", 1_000_000), ("MSEK", 1_000_000), ("miljoner kronor", 1_000_000),
    ("Belopp (mnkr)", 1_000_000), ("mdkr", 1_000_000_000), ("Belopp", None), ("Antal barn", None), ("", None),
    ("Nämnd/nämnder", None), ("Projekt/aktivitet", None),
]


@pytest.mark.parametrize("header,mult", UNITS)
def test_unit_multiplier(header, mult):
    assert unit_multiplier(header) == mult


def test_amount_is_frozen():
    a = parse_amount("500 tkr")
    assert isinstance(a, Amount)
    with pytest.raises(AttributeError):
        a.sek = 1  # type: ignore[misc]


_AMOUNTS = st.integers(min_value=1, max_value=10**9)


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(_AMOUNTS, st.sampled_from([" ", "\u00a0", "\u202f", ""]), st.sampled_from(["kr", "kronor", "SEK"]))
@settings(max_examples=200, deadline=None)
def test_kronor_round_trip(n, sep, unit):
    text = f"{_grouped(n, sep) if sep else n} {unit}"
    assert [a.sek for a in parse_amounts(text)] == [n]


@given(_AMOUNTS, st.sampled_from([" ", "\u00a0", ""]))
@settings(max_examples=150, deadline=None)
def test_tkr_round_trip(n, sep):
    text = f"{_grouped(n, sep) if sep else n} tkr"
    assert [a.sek for a in parse_amounts(text)] == [n * 1000]
    assert [a.sek for a in parse_amounts(_grouped(n, " "), unit_hint="tkr")] == [n * 1000]


def _millions(n: int) -> str:
    text = format(Decimal(n) / Decimal(10**6), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@given(_AMOUNTS, st.sampled_from(["miljoner kronor", "mnkr", "Mkr", "MSEK", "miljoner"]))
@settings(max_examples=200, deadline=None)
def test_millions_round_trip(n, unit):
    text = f"{_millions(n)} {unit}"
    assert [a.sek for a in parse_amounts(text)] == [n]


@given(st.text(max_size=300), st.sampled_from([None, "tkr", "kr", "Belopp", "mnkr"]))
@settings(max_examples=200, deadline=None)
def test_never_raises(text, hint):
    for a in parse_amounts(text, unit_hint=hint):
        assert a.sek >= 1 and a.text in text
    parse_amount(text, unit_hint=hint)
    unit_multiplier(text)


def test_keyword_gates_before_an_amount_hide_no_match():
    """_describe runs each search of the text before an amount only when its keywords are there (or, for
    _RANGE_BEFORE_RE, when that text ends in a dash, "till" or "och"): every match of a pattern passes its gate."""
    import random

    from pipeline.swedish import money as m
    from pipeline.swedish._scan import fold, has_any

    folded = [(m._CAP_BEFORE_RE, m._CAP_KEYS), (m._PER_UNIT_BEFORE_RE, m._PER_UNIT_KEYS),
              (m._PER_YEAR_BEFORE_RE, m._PER_YEAR_KEYS), (m._TOTAL_BEFORE_RE, m._TOTAL_KEYS),
              (m._LABEL_BEFORE_RE, m._LABEL_KEYS)]
    plain = [(m._FUNDED_BY_BEFORE_RE, m._FUNDED_BY_KEYS), (m._FUNDER_BEFORE_RE, m._FUNDER_VERBS)]
    parts = ("upp till UPP TILL högst Högst max max. maximalt maximum som mest inte mer än Maxbelopp takbelopp "
             "minst lägst cirka ca. drygt per / månad barn person är uppgår till årlig årligt ÅRLIGEN årskostnad "
             "årsbudget varje år per år totalt Totalt totalbudget total totala sammanlagt sammantaget beviljat "
             "beviljas Beviljade budget budgeten kostnad belopp projektbudget finansiering anslag tilldelats "
             "tilldelades finansieras finansierades bekostas betalas med av genom Arvsfonden kommunala medel "
             "Tillväxtverket bidrar bidrog beviljar har beviljat ger gav satsar skjuter till sköt står för stod "
             "går in med gick avsätter avsatte mellan från och till 1 2 200 000 tre - – — : , \u0130 ſ \n").split(" ")
    # phrases that end a text before an amount, at least one for every alternative of the patterns
    tails = ("upp till", "UPP TILL", "högst", "max", "max.", "maximalt", "Maximum", "som mest", "inte mer än",
             "maxbelopp", "takbeloppet:", "minst", "lägst", "per månad", "/ barn", "per person är", "årlig", "ÅRLIGT",
             "årligen", "årskostnaden", "årsbudget på", "varje år", "per år med", "totalt", "Totalt cirka", "total",
             "totalbudget på", "totalkostnaden", "totalbeloppet", "totala", "sammanlagt", "sammantaget",
             "beviljat", "Beviljas", "beviljats", "beviljade", "budget:", "budgeten på", "kostnad", "belopp",
             "projektbudget", "finansiering", "anslaget", "tilldelats", "tilldelades", "finansieras med kommunala "
             "medel,", "Finansieringen sker genom Arvsfonden", "bekostas av Tillväxtverket", "bekostades via Region "
             "Skåne", "betalas ur statsbidrag", "betalades från Arvsfonden", "Arvsfonden bidrar med",
             "Arvsfonden bidrog med", "Region Skåne beviljar", "Region Skåne har beviljat", "Kommunen ger",
             "Tillväxtverket gav", "Socialstyrelsen satsar", "Staten satsade", "Skolverket skjuter till",
             "Länsstyrelsen sköt till", "Region Skåne står för", "Kommunen stod för", "Arvsfonden finansierar",
             "Arvsfonden finansierade", "Regionen går in med", "Regionen gick in med", "Fonden avsätter",
             "Fonden avsatte", "mellan tre och", "mellan 1 och", "från 2 till", "från två till", "5 -", "5–", "5 —",
             "5 till", "2 TILL")
    rnd = random.Random(5)
    hits = dict.fromkeys([rx for rx, _ in folded + plain] + [m._RANGE_BEFORE_RE], 0)
    for _ in range(20000):
        before = " ".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6))) + " " + rnd.choice(tails) + \
            rnd.choice(["", " ", " cirka ", " ca. ", " drygt ", "  ", "\n", " 2 "])
        low = fold(before)
        for rx, keys in folded:
            if rx.search(before):
                hits[rx] += 1
                assert has_any(low, keys), (rx.pattern[:30], before)
        for rx, keys in plain:
            if rx.search(before):
                hits[rx] += 1
                assert has_any(before, keys), (rx.pattern[:30], before)
        if m._RANGE_BEFORE_RE.search(before):
            hits[m._RANGE_BEFORE_RE] += 1
            assert low.rstrip().endswith(m._RANGE_ENDS), before
    assert min(hits.values()) > 100, hits
