"""Project periods, single dates and page dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish.dates import FuzzyDate, Period, parse_fuzzy_date, parse_page_date, parse_period


def fd(iso: str, precision: str) -> FuzzyDate:
    return FuzzyDate(dt.date.fromisoformat(iso), precision)  # type: ignore[arg-type]


DAY, MONTH, SEASON, YEAR = "day", "month", "season", "year"

# (text, start, end) — start/end as (iso, precision) or None
PERIODS = [
    # full day ranges (real pages: VGR "Tidsperiod")
    ("2020-09-01 till och med 2023-09-01", ("2020-09-01", DAY), ("2023-09-01", DAY)),
    ("Tidsperiod: 2020-09-01 till och med 2023-09-01.", ("2020-09-01", DAY), ("2023-09-01", DAY)),
    ("Tidsperiod: 2021-01-15 till och med 2024-01-15", ("2021-01-15", DAY), ("2024-01-15", DAY)),
    ("Tidsperiod: 2021-01-01 till och med 2023-12-31.", ("2021-01-01", DAY), ("2023-12-31", DAY)),
    ("Tidsperiod: 2020-10-01 till och med 2023-09-01", ("2020-10-01", DAY), ("2023-09-01", DAY)),
    ("2020-09-01 t.o.m. 2023-09-01", ("2020-09-01", DAY), ("2023-09-01", DAY)),
    ("2020-09-01 tom 2023-09-01", ("2020-09-01", DAY), ("2023-09-01", DAY)),
    ("2022-01-01 – 2024-12-31", ("2022-01-01", DAY), ("2024-12-31", DAY)),
    ("Tidsperiod: 2022-01-01 – 2024-12-31", ("2022-01-01", DAY), ("2024-12-31", DAY)),
    ("Tidsperiod:\n2023-01-01 – 2025-12-31", ("2023-01-01", DAY), ("2025-12-31", DAY)),
    ("Tidsperiod:\n2022-12-01 – 2025-11-30", ("2022-12-01", DAY), ("2025-11-30", DAY)),
    ("Tidsperiod:\n2022-09-01 – 2024-08-31", ("2022-09-01", DAY), ("2024-08-31", DAY)),
    ("Tidsperiod:\n2022-11-01 – 2023-12-31", ("2022-11-01", DAY), ("2023-12-31", DAY)),
    ("2022-01-01—2024-12-31", ("2022-01-01", DAY), ("2024-12-31", DAY)),
    ("2022-01-01 - 2024-12-31", ("2022-01-01", DAY), ("2024-12-31", DAY)),
    ("2022-01-01-2024-12-31", ("2022-01-01", DAY), ("2024-12-31", DAY)),
    ("2022-01-01--2024-12-31", ("2022-01-01", DAY), ("2024-12-31", DAY)),
    ("Tidsperiod: 2020-03-01  - 2022-12-31", ("2020-03-01", DAY), ("2022-12-31", DAY)),
    ("Tidsperiod: 2020-03-01\u00a0 - 2022-12-31", ("2020-03-01", DAY), ("2022-12-31", DAY)),
    ("Tidsperiod: 190401 - 220331", ("2019-04-01", DAY), ("2022-03-31", DAY)),
    ("20190401–20220331", ("2019-04-01", DAY), ("2022-03-31", DAY)),
    ("från och med 2021-02-01 till och med 2023-01-31", ("2021-02-01", DAY), ("2023-01-31", DAY)),
    ("15 mars 2023 – 30 juni 2024", ("2023-03-15", DAY), ("2024-06-30", DAY)),
    ("1 mars–30 juni 2023", ("2023-03-01", DAY), ("2023-06-30", DAY)),
    # year ranges (real pages: Enköping)
    ("2014–2018", ("2014-01-01", YEAR), ("2018-12-31", YEAR)),
    ("2014-2018", ("2014-01-01", YEAR), ("2018-12-31", YEAR)),
    ("2014 - 2018", ("2014-01-01", YEAR), ("2018-12-31", YEAR)),
    ("pågår 2014–2016", ("2014-01-01", YEAR), ("2016-12-31", YEAR)),
    ("Projektet pågår 2014–2018.", ("2014-01-01", YEAR), ("2018-12-31", YEAR)),
    ("Projektet pågår 2014–2016 och är ett samarbete mellan Enköpings kommun och Landstinget i Uppsala län.",
     ("2014-01-01", YEAR), ("2016-12-31", YEAR)),
    ("Projekttid: 2023–25", ("2023-01-01", YEAR), ("2025-12-31", YEAR)),
    ("2021/2022", ("2021-01-01", YEAR), ("2022-12-31", YEAR)),
    ("mellan 2019 och 2021", ("2019-01-01", YEAR), ("2021-12-31", YEAR)),
    ("från 2019 till 2021", ("2019-01-01", YEAR), ("2021-12-31", YEAR)),
    ("från och med 2021 till och med 2023", ("2021-01-01", YEAR), ("2023-12-31", YEAR)),
    # month ranges
    ("mars 2023–juni 2025", ("2023-03-01", MONTH), ("2025-06-30", MONTH)),
    ("januari 2022 – december 2024", ("2022-01-01", MONTH), ("2024-12-31", MONTH)),
    ("jan 2022 - dec 2022", ("2022-01-01", MONTH), ("2022-12-31", MONTH)),
    ("februari–maj 2024", ("2024-02-01", MONTH), ("2024-05-31", MONTH)),
    ("november 2023 – februari 2024", ("2023-11-01", MONTH), ("2024-02-29", MONTH)),
    ("2019-12 – 2021-06", ("2019-12-01", MONTH), ("2021-06-30", MONTH)),
    # seasons, terms, school years
    ("startar under våren 2016", ("2016-03-01", SEASON), None),
    ("under hösten 2022", ("2022-09-01", SEASON), ("2022-11-30", SEASON)),
    ("sommaren 2023", ("2023-06-01", SEASON), ("2023-08-31", SEASON)),
    ("Vintern 2022/2023", ("2022-12-01", SEASON), ("2023-02-28", SEASON)),
    ("vintern 2024", ("2024-01-01", SEASON), ("2024-02-29", SEASON)),
    ("Projektet genomförs under hösten 2022.", ("2022-09-01", SEASON), ("2022-11-30", SEASON)),
    # "under" + a season dates the activity, even in the past tense (the extraction rules list it as a period)
    ("Under hösten 2022 träffades gruppen fem gånger.", ("2022-09-01", SEASON), ("2022-11-30", SEASON)),
    ("gratis aktiviteter under sommaren 2024.", ("2024-06-01", SEASON), ("2024-08-31", SEASON)),
    ("vt 2024", ("2024-01-01", SEASON), ("2024-06-30", SEASON)),
    ("ht 2023", ("2023-08-01", SEASON), ("2023-12-31", SEASON)),
    ("VT24", ("2024-01-01", SEASON), ("2024-06-30", SEASON)),
    ("HT-23", ("2023-08-01", SEASON), ("2023-12-31", SEASON)),
    ("vårterminen 2024", ("2024-01-01", SEASON), ("2024-06-30", SEASON)),
    ("höstterminen 2023", ("2023-08-01", SEASON), ("2023-12-31", SEASON)),
    ("ht 2023 – vt 2025", ("2023-08-01", SEASON), ("2025-06-30", SEASON)),
    ("läsåret 2023/2024", ("2023-08-01", MONTH), ("2024-06-30", MONTH)),
    ("läsåret 2023/24", ("2023-08-01", MONTH), ("2024-06-30", MONTH)),
    ("Under läsåret 2023-2024 deltar alla skolor.", ("2023-08-01", MONTH), ("2024-06-30", MONTH)),
    ("första halvåret 2023", ("2023-01-01", SEASON), ("2023-06-30", SEASON)),
    ("andra halvåret 2023", ("2023-07-01", SEASON), ("2023-12-31", SEASON)),
    ("Q1 2024", ("2024-01-01", SEASON), ("2024-03-31", SEASON)),
    ("tredje kvartalet 2024", ("2024-07-01", SEASON), ("2024-09-30", SEASON)),
    # single expressions with a start or end word
    ("startade i början av 2015", ("2015-01-01", YEAR), None),
    ("Projektet startade i slutet av 2015.", ("2015-01-01", YEAR), None),
    ("från och med 2021", ("2021-01-01", YEAR), None),
    ("fr.o.m. augusti 2020", ("2020-08-01", MONTH), None),
    ("fr o m 1 september 2020", ("2020-09-01", DAY), None),
    ("sedan 2019", ("2019-01-01", YEAR), None),
    ("Verksamheten har funnits sedan 2019.", ("2019-01-01", YEAR), None),
    ("Projektstart: 2020-01-01", ("2020-01-01", DAY), None),
    ("Start: 2020-01-01", ("2020-01-01", DAY), None),
    ("med start i januari 2024", ("2024-01-01", MONTH), None),
    ("Projekttid: från 2020", ("2020-01-01", YEAR), None),
    ("Under 2019 påbörjades ett samarbete mellan Kunskapsförvaltningen och Region Gävleborg.",
     ("2019-01-01", YEAR), None),
    ("till och med 2023", None, ("2023-12-31", YEAR)),
    ("t.o.m. juni 2023", None, ("2023-06-30", MONTH)),
    ("Projektet pågår till och med 2025.", None, ("2025-12-31", YEAR)),
    ("Projektet pågår till december 2024.", None, ("2024-12-31", MONTH)),
    ("Slut: 2022-12-31", None, ("2022-12-31", DAY)),
    ("Projektet avslutades i juni 2021.", None, ("2021-06-30", MONTH)),
    # a start and an end in separate expressions
    ("Projektet startade 2015 och avslutades 2018.", ("2015-01-01", YEAR), ("2018-12-31", YEAR)),
    ("Projektet startar i januari 2024 och avslutas i december 2025.", ("2024-01-01", MONTH), ("2025-12-31", MONTH)),
    ("Start: 2020-01-01\nSlut: 2022-12-31", ("2020-01-01", DAY), ("2022-12-31", DAY)),
    # bare single expressions: the whole activity
    ("under 2016", ("2016-01-01", YEAR), ("2016-12-31", YEAR)),
    ("Projektet pågår under 2022.", ("2022-01-01", YEAR), ("2022-12-31", YEAR)),
    ("Tidsperiod: 15 mars 2023", ("2023-03-15", DAY), ("2023-03-15", DAY)),
    ("Projektet genomfördes 1 jan 2022.", ("2022-01-01", DAY), ("2022-01-01", DAY)),
    ("Projektet startar 15 mars 2023", ("2023-03-15", DAY), None),
    ("Tidsperiod: 15/3 2023", ("2023-03-15", DAY), ("2023-03-15", DAY)),
    ("Tidsperiod: hösten 2022", ("2022-09-01", SEASON), ("2022-11-30", SEASON)),
    # a start plus a duration gives an end (real pages: Kungälv)
    ("Ett av projekten är ”Multikompetent team i förskolan” som startar under 2016 och är tänkt att pågå under "
     "åtta år. För detta arbete anställs en psykolog, en socionom och en specialpedagog på heltid.",
     ("2016-01-01", YEAR), ("2023-12-31", YEAR)),
    ("”Teknikstöd i skolan” är ett fyraårigt projekt som startade i början av 2015.",
     ("2015-01-01", YEAR), ("2018-12-31", YEAR)),
    ("”Riktad Drogprevention” är ett femårigt projekt som startar under våren 2016.",
     ("2016-03-01", SEASON), ("2021-02-28", MONTH)),
    ("Projektet startar i mars 2023 och pågår i tre år.", ("2023-03-01", MONTH), ("2026-02-28", MONTH)),
    ("Projektet startar 2020-09-01 och pågår i 18 månader.", ("2020-09-01", DAY), ("2022-02-28", DAY)),
    ("Projektet startade 2021 och ska pågå i tre år.", ("2021-01-01", YEAR), ("2023-12-31", YEAR)),
    ("Startar hösten 2024, tre år", ("2024-09-01", SEASON), ("2027-08-31", MONTH)),
    ("ett treårigt projekt som avslutas 2025", ("2023-01-01", YEAR), ("2025-12-31", YEAR)),
    ("Projektet löper över tre år med start 2022", ("2022-01-01", YEAR), ("2024-12-31", YEAR)),
    # more wordings
    ("Projektet pågår från och med 1 januari 2022 till och med 31 december 2024", ("2022-01-01", DAY),
     ("2024-12-31", DAY)),
    ("Projektperiod: 2022–2024", ("2022-01-01", YEAR), ("2024-12-31", YEAR)),
    ("Projektet drivs under perioden 2021-2023", ("2021-01-01", YEAR), ("2023-12-31", YEAR)),
    ("Projektet startade hösten 2019 och pågår fortfarande.", ("2019-09-01", SEASON), None),
    ("Arbetet bedrivs sedan hösten 2020 i tre stadsdelar.", ("2020-09-01", SEASON), None),
    ("Den 1 januari 2023 startade projektet.", ("2023-01-01", DAY), None),
    ("Projektet har förlängts till och med 2024.", None, ("2024-12-31", YEAR)),
    ("Pilotprojektet genomfördes 2018.", ("2018-01-01", YEAR), ("2018-12-31", YEAR)),
    ("Projektet pågår mellan 2019 och 2022", ("2019-01-01", YEAR), ("2022-12-31", YEAR)),
    ("Projektet pågår 2019 till 2022", ("2019-01-01", YEAR), ("2022-12-31", YEAR)),
    ("Projektet startar läsåret 2023/24.", ("2023-08-01", MONTH), None),
    ("Projektet pågår läsåret 2023/24.", ("2023-08-01", MONTH), ("2024-06-30", MONTH)),
    ("Projektet avslutades vid årsskiftet 2020/2021.", None, ("2020-12-31", MONTH)),  # ended with December
    ("vid årsskiftet 2020/2021", ("2020-12-01", MONTH), ("2021-01-31", MONTH)),
    # open ranges: a start and no end (the year alone would be read as the whole activity, ending that year)
    ("Tidsperiod: 2019–", ("2019-01-01", YEAR), None),
    ("2022 – pågående", ("2022-01-01", YEAR), None),
    ("Tidsperiod: 2021 - tills vidare", ("2021-01-01", YEAR), None),
    ("Hösten 2021 och tills vidare", ("2021-09-01", SEASON), None),
    ("januari 2022 och framåt", ("2022-01-01", MONTH), None),
    ("2020–pågår", ("2020-01-01", YEAR), None),
    ("Tidsperiod: ht 2021 –\nBudget: 2 miljoner kronor", ("2021-08-01", SEASON), None),
    # "från" after a start word
    ("Projektet startar från januari 2023", ("2023-01-01", MONTH), None),
    ("Projektet startade från hösten 2021 och pågår i tre år", ("2021-09-01", SEASON), ("2024-08-31", MONTH)),
    # a dash that is not at the end of its line is no open range
    ("2019 – 2021", ("2019-01-01", YEAR), ("2021-12-31", YEAR)),
    ("Tidsperiod: 2019-\n2021", ("2019-01-01", YEAR), ("2021-12-31", YEAR)),    # a length counted on from the date before it
    ("Projektet pågår från augusti 2023 och tre år framåt.", ("2023-08-01", MONTH), ("2026-07-31", MONTH)),
    ("Satsningen gäller från augusti 2023 och två år framåt.", ("2023-08-01", MONTH), ("2025-07-31", MONTH)),
    ("Insatsen finns från januari 2024, 18 månader framåt.", ("2024-01-01", MONTH), ("2025-06-30", MONTH)),
    ("Sedan 2021 och tre år framåt arbetar vi med detta.", ("2021-01-01", YEAR), ("2023-12-31", YEAR)),
]


@pytest.mark.parametrize("text,start,end", PERIODS)
def test_parse_period(text, start, end):
    p = parse_period(text)
    assert p is not None
    assert p.start == (fd(*start) if start else None)
    assert p.end == (fd(*end) if end else None)
    assert p.text and p.text in text


DURATIONS = [
    ("fyraårigt projekt", 48), ("ett fyraårigt projekt", 48), ("femårigt", 60), ("ett treårigt projekt", 36),
    ("tvåårig", 24), ("ettårigt", 12), ("ett 3-årigt projekt", 36), ("en treårsperiod", 36),
    ("Projektet ska pågå under åtta år", 96), ("pågå under åtta år", 96), ("under tre år", 36),
    ("i två år", 24), ("18 månader", 18), ("Projekttid: 18 månader", 18), ("Projektet pågår i 18 månader.", 18),
    ("under tre års tid", 36), ("under en period av två år", 24), ("Satsningen pågår tre år.", 36),
    ("under ett halvår", 6), ("i ett och ett halvt år", 18),
]


@pytest.mark.parametrize("text,months", DURATIONS)
def test_duration_only(text, months):
    p = parse_period(text)
    assert p is not None
    assert p.duration_months == months
    assert p.start is None and p.end is None
    assert p.text in text


@pytest.mark.parametrize("text,months", [
    ("”Teknikstöd i skolan” är ett fyraårigt projekt som startade i början av 2015.", 48),
    ("som startar under 2016 och är tänkt att pågå under åtta år", 96),
    ("Ett treårigt projekt, 2022-01-01 – 2024-12-31.", 36),
    ("Tidsperiod: 2022-01-01 – 2024-12-31", None),
])
def test_duration_months_alongside_dates(text, months):
    p = parse_period(text)
    assert p is not None and p.duration_months == months


STATUS = [
    ("Projektet pågår 2014–2018.", "ongoing"),
    ("pågår 2014–2016", "ongoing"),
    ("startar under våren 2016", "planned"),
    ("Projektet kommer att starta i januari 2024.", "planned"),
    ("som startar under 2016 och är tänkt att pågå under åtta år", "planned"),
    ("startade i början av 2015", "ongoing"),
    ("Projektet har startat under hösten 2021.", "ongoing"),
    ("Projektet avslutades 2019.", "finished"),
    ("Projektet startade 2015 och avslutades 2018.", "finished"),
    ("Projektet pågick 2014–2016.", "finished"),
    ("Projektet är avslutat. Tidsperiod 2019-2021.", None),  # different sentence
    ("Projektet är avslutat och pågick 2019–2021.", "finished"),
    ("Tidsperiod: 2021-01-01 till och med 2023-12-31", None),
    ("Projektet startade 2015 och pågår till 2025.", "ongoing"),
]


@pytest.mark.parametrize("text,status", STATUS)
def test_status_hint(text, status):
    p = parse_period(text)
    assert p is not None and p.status_hint == status


NO_PERIOD = [
    "Från augusti 2023 gäller nya regler, tre år framåt.",  # the length is not counted from the date
    "Kommunen avsätter 2 miljoner per år tre år framåt.",
    "",
    "   ",
    "Kommunfullmäktige beslutade 2013 att inrätta en fond.",
    "2013 beslutade kommunen att använda budgetöverskottet från 2012 till en social investeringsfond.",
    "Kommunstyrelsen fick 2013 i uppdrag att ta fram riktlinjer för detta arbete.",
    "Stiftelsen grundades 1987 av Skandia.",
    "Under 2018 så införde regeringen ett ekonomiskt stöd till kommuner.",
    "Under 2015 har en Social översiktsplan (SÖP) antagits.",
    "Telefon: 0171-62 50 00",
    "Postadress: 745 80 Enköping",
    "Besöksadress: Kungsgatan 42, 745 80 Enköping",
    "Dnr KS 2019/123",
    "KS 2019/123",
    "Dnr 2020-00123",
    "Personnummer 850101-1234",
    "Senast uppdaterad: 2023-06-28 08:44",
    "Sidan publicerad: 2020-03-05",
    "Publicerad 12 mars 2021",
    "kl. 20.15–21.00",
    "Mötet börjar kl 13:30.",
    "Agenda 2030",
    "Arbetet utgår från Agenda 2030.",
    "2014 års budget",
    "SFS 2001:453",
    "Kostnaden är 2 070 tkr.",
    "Det var 1985–1989.",
    "2101–2105",
    "Projektet kostar 500 000 kr.",
    "Insatserna kan komma att bli upp till 3 år med medfinansiering av RUN.",
    "Föräldrar till barn under tre år.",
    "Barn 0–3 år och deras föräldrar.",
    "Ungdomar 16-25 år.",
    "barn som är tre år gamla",
    "för tre år sedan",
    "de senaste två åren",
    "Projektet är en fortsättning på en treårig social investering.",
    "treåriga barn",
    "190401 - 221345",
    "mars–juni",
    "Läs mer på https://www.kungalv.se/2019/projekt-2020-2022",
    "Kontakt: anna.2019@kommun.se",
    "Totalt 60 barn deltog.",
    "15 mars 2023",
    "2024-04-12",
    "Nästa ansökningsperiod är 1 februari–15 mars 2024.",
    "Ansökan kan lämnas in 2024-02-01 – 2024-03-15.",
    "Fram till 2023 har 500 barn deltagit.",
    "Ansökan ska vara inne senast den 15 mars 2023.",
    "Beslut i kommunstyrelsen 2021-03-15 § 45",
    "Projektet beviljades 2,5 miljoner kronor av kommunstyrelsen 2019-05-14.",
    "I rapporten från 2019 framgår att andelen ökat.",
    "Läs mer: Årsredovisning 2022",
    "Lokalen har plats för 2014 personer.",
]


@pytest.mark.parametrize("text,status", [
    ("Kort fakta:\n2024–2026\nEn slutrapport lämnas när satsningen är avslutad.", None),  # when it ends (heldout19)
    ("Projektet pågår 2023–2025. Utvärderingen görs innan projektet har avslutats.", "ongoing"),
    ("Projektet pågick 2019–2021 och avslutades i december 2021.", "finished"),
])
def test_a_time_to_come_is_no_finished_status(text, status):
    assert parse_period(text).status_hint == status


@pytest.mark.parametrize("text", NO_PERIOD)
def test_no_period(text):
    assert parse_period(text) is None


def test_prefers_labelled_range_over_passing_years():
    text = ("Kommunen beslutade 2013 att inrätta fonden. Projektet startade 2015. "
            "Tidsperiod: 2021-01-01 till och med 2023-12-31.")
    p = parse_period(text)
    assert p is not None
    assert p.start == fd("2021-01-01", DAY) and p.end == fd("2023-12-31", DAY)


def test_prefers_range_over_single_date():
    p = parse_period("Sedan 2019 arbetar kommunen med frågan. Satsningen pågår 2020–2022.")
    assert p is not None and p.start == fd("2020-01-01", YEAR) and p.end == fd("2022-12-31", YEAR)


def test_page_dates_in_paragraph_are_ignored():
    p = parse_period("Tidsperiod: 2022-01-01 – 2024-12-31\nSenast uppdaterad: 2023-06-28 08:44")
    assert p is not None and p.end == fd("2024-12-31", DAY)


def test_evidence_is_an_exact_substring():
    text = "Ett av projekten startar under 2016 och är tänkt att pågå under åtta år."
    p = parse_period(text)
    assert p is not None
    assert p.text == "startar under 2016 och är tänkt att pågå under åtta år"


def test_period_is_frozen():
    p = parse_period("2014–2018")
    assert isinstance(p, Period)
    with pytest.raises(AttributeError):
        p.text = "x"  # type: ignore[misc]


FUZZY = [
    ("2023-06-28", False, ("2023-06-28", DAY)),
    ("15 mars 2023", False, ("2023-03-15", DAY)),
    ("15 mars 2023", True, ("2023-03-15", DAY)),
    ("1 jan 2022", False, ("2022-01-01", DAY)),
    ("mars 2023", False, ("2023-03-01", MONTH)),
    ("mars 2023", True, ("2023-03-31", MONTH)),
    ("februari 2024", True, ("2024-02-29", MONTH)),
    ("våren 2016", False, ("2016-03-01", SEASON)),
    ("våren 2016", True, ("2016-05-31", SEASON)),
    ("hösten 2022", True, ("2022-11-30", SEASON)),
    ("vt24", False, ("2024-01-01", SEASON)),
    ("VT 2024", True, ("2024-06-30", SEASON)),
    ("ht 2023", False, ("2023-08-01", SEASON)),
    ("2016", False, ("2016-01-01", YEAR)),
    ("2016", True, ("2016-12-31", YEAR)),
    ("i början av 2015", False, ("2015-01-01", YEAR)),
    ("läsåret 2023/24", False, ("2023-08-01", MONTH)),
    ("läsåret 2023/24", True, ("2024-06-30", MONTH)),
    ("Startdatum: 2020-01-01", False, ("2020-01-01", DAY)),
]


@pytest.mark.parametrize("text,end,expected", FUZZY)
def test_parse_fuzzy_date(text, end, expected):
    assert parse_fuzzy_date(text, end=end) == fd(*expected)


@pytest.mark.parametrize("text", ["", "ingen tid", "2020–2022", "0171-62 50 00", "1985", "2023-02-30", "mars",
                                  "Dnr 2020-00123"])
def test_parse_fuzzy_date_none(text):
    assert parse_fuzzy_date(text) is None


PAGE_DATES = [
    ("Senast uppdaterad: 2023-06-28 08:44", "2023-06-28"),
    ("Senast uppdaterad: 2018-03-23 15:06Sociala investeringar blir nu konkreta", "2018-03-23"),
    ("Senast uppdaterad 28 juni 2023", "2023-06-28"),
    ("Sidan uppdaterad: 2021-01-02", "2021-01-02"),
    ("Uppdaterad: 3 maj 2022", "2022-05-03"),
    ("Sidan publicerad: 2020-03-05", "2020-03-05"),
    ("Publicerad 12 mars 2021", "2021-03-12"),
    ("Publicerat: 2021-03-12", "2021-03-12"),
    ("Sidan skapades: 2016-02-01", "2016-02-01"),
    ("Publicerad 12 mars 2021 · Uppdaterad 5 maj 2022", "2022-05-05"),
    ("Uppdaterad 5 maj 2022\nPublicerad 12 mars 2021", "2022-05-05"),
    ("Sidan senast ändrad: 2019-11-04", "2019-11-04"),
    ("Senast granskad den 4 november 2019", "2019-11-04"),
    ("Publicerad: 28.06.2023", "2023-06-28"),
    ("Sidan publicerades 12 mars 2021", "2021-03-12"),
    ("Uppdaterades: 2022-01-05", "2022-01-05"),
    ("Text text.\n\nSenast uppdaterad:\n2023-06-28", "2023-06-28"),
]


@pytest.mark.parametrize("text,expected", PAGE_DATES)
def test_parse_page_date(text, expected):
    assert parse_page_date(text) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("text", [
    "",
    "Sidan publicerad:",
    "Sidan publicerad:\nRapportera fel på sidan: medborgarservice@sandviken.se",
    "Sidan skapades:Startsidan för Sandvikens kommuns webbplats",
    "Projektet pågår 2014–2018",
    "Tidsperiod: 2021-01-01 till och med 2023-12-31",
    "Senast uppdaterad: 2023-02-30",
    "Uppdaterad: 1985-01-01",
    "Rapporten publicerades 12 mars 2021 och visar att fler barn klarar skolan.",
])
def test_parse_page_date_none(text):
    assert parse_page_date(text) is None


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_parsers_never_raise(text):
    parse_period(text)
    parse_page_date(text)
    parse_fuzzy_date(text)
    parse_fuzzy_date(text, end=True)


_ALPHABET = st.sampled_from(list("0123456789 -–/.:åäöabcdefghijklmnoprstuv\n") + [
    "2020", "2016", "våren", "hösten", "vt", "ht", "läsåret", "till och med", "t.o.m.", "startar", "pågår",
    "under", "år", "månader", "fyraårigt", "mars", "juni", "Tidsperiod:", "sedan", "från och med", "mellan", "och",
    "Senast uppdaterad:", "Publicerad", "kl.", "Dnr", "KS",
])


@given(st.lists(_ALPHABET, max_size=40).map("".join))
@settings(max_examples=200, deadline=None)
def test_parsers_never_raise_on_date_like_text(text):
    p = parse_period(text)
    if p is not None:
        assert p.text in text
        if p.start and p.end:
            assert p.start.date <= p.end.date
    parse_page_date(text)
    parse_fuzzy_date(text)


_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))


@given(_DATES, _DATES, st.sampled_from([" – ", "–", " - ", "-", " — ", " till och med ", " t.o.m. ", "  -  "]))
@settings(max_examples=200, deadline=None)
def test_iso_range_round_trips(a, b, sep):
    start, end = min(a, b), max(a, b)
    text = f"{start.isoformat()}{sep}{end.isoformat()}"
    p = parse_period(text)
    assert p is not None
    assert p.start == FuzzyDate(start, "day")
    assert p.end == FuzzyDate(end, "day")
    assert p.text == text
    labelled = parse_period(f"Tidsperiod: {text}.")
    assert labelled is not None and (labelled.start, labelled.end) == (p.start, p.end)


def _mask_reference(text: str, page_dates: bool) -> str:
    """What masking means: every noise pattern blanked out in turn, over the whole text, no shortcuts."""
    from pipeline.swedish import dates

    masked = text
    for rx in dates._NOISE_RES + ([dates._PAGE_DATE_RE] if page_dates else []):
        masked = rx.sub(lambda m: "#" * len(m.group()), masked)
    return masked


NOISY = [
    "Ring 0171-62 50 00 eller 08-123 456 78, växel: 08 123 45 67, +46 8 123 45 67.",
    "Dnr KS 2019/123 och Dnr 2020-00123 beslutades 2019-05-12 kl. 13.00–15.00 i 745 80 Enköping.",
    "Personnummer 19850101-1234 eller 850101-1234; organisationsnummer 212000-0225.",
    "Projektet får 1,5 miljoner kronor (450 tkr 2021, 12 % av 3 mnkr) från 2021 till 2023.",
    "Uppdaterad 3 maj 2022. Publicerad: 2021-01-15. Läs mer på www.kungalv.se/projekt eller mejla a.b@kungalv.se.",
    "Tidsperiod: 190401 - 220331, 13:30, 8.15, 2023/24, 07-123 45, 0-3 år, 010-441 00 00.",
]


def test_mask_shortcuts_blank_what_every_pattern_would():
    """_mask tries each noise pattern only where it can match (keyword gates, runs of digits of the lengths a
    pattern starts with, keyed by the named pattern): the same text as running every pattern everywhere, on
    written noise and on the text of every saved page."""
    from pipeline.swedish.dates import _mask
    from tests.saved_texts import saved_block_texts

    texts = list(NOISY) + saved_block_texts(120)
    assert len(texts) > 1000
    changed = 0
    for text in texts:
        for page_dates in (True, False):
            expected = _mask_reference(text, page_dates)
            assert _mask(text, page_dates=page_dates) == expected, text
            changed += expected != text
    assert changed >= len(NOISY)


@pytest.mark.parametrize("odd, plain", [
    ("Projektet pågår från januarı 2023 till juni 2024.", "Projektet pågår från januari 2023 till juni 2024."),
    ("Start 15 ſeptember 2023, slut 2025.", "Start 15 september 2023, slut 2025."),
    ("Under ſeptember startar projektet, 2022–2024.", "Under september startar projektet, 2022–2024."),
    ("Projektet pågår från ſommaren 2023 till våren 2025.", "Projektet pågår från sommaren 2023 till våren 2025."),
    ("Tidsperiod: VT24–HT25", "Tidsperiod: vt24–ht25"),
    ("Projekttid: förſta kvartalet 2024 till 2026", "Projekttid: första kvartalet 2024 till 2026"),
])
def test_odd_letters_that_the_patterns_accept_read_as_their_plain_letters(odd, plain):
    """The date patterns are case-blind, so "januarı" (dotless ı), "ſeptember" (long s) match them; the words are
    then looked up folded as the patterns read them, not lower-cased (a KeyError on the page before)."""
    a, b = parse_period(odd), parse_period(plain)
    assert (a is None) == (b is None)
    if a is not None:
        assert (a.start, a.end) == (b.start, b.end)
    assert parse_page_date("Senast uppdaterad 3 ſeptember 2024") == parse_page_date("Senast uppdaterad 3 september 2024")
