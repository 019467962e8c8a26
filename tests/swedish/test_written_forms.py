"""Period and staffing forms met in the heldout3 pages, tested in other wordings: "från den 1 januari … till den
31 december", ISO dates with dots or en dashes (Word's autocorrect), a role followed by its extent without "på",
and "båda på heltid"."""

from __future__ import annotations

import pytest

from pipeline.swedish.dates import parse_period
from pipeline.swedish.staffing import parse_staffing


def _span(text: str):
    p = parse_period(text)
    return p and (p.start and (p.start.date.isoformat(), p.start.precision),
                  p.end and (p.end.date.isoformat(), p.end.precision))


@pytest.mark.parametrize("text, start, end", [
    ("Projektet ska pågå från den 1 januari 2025 till den 31 december 2026.", "2025-01-01", "2026-12-31"),
    ("Insatsen pågår från och med den 15 augusti 2024 till och med den 14 juni 2026.", "2024-08-15", "2026-06-14"),
    ("Tidsperiod: mellan den 1 mars 2024 och den 28 februari 2026", "2024-03-01", "2026-02-28"),
    ("Projekttid: 2024.01.01 - 2026.12.31", "2024-01-01", "2026-12-31"),
    ("Period: 2022–06–01 – 2024–05–31", "2022-06-01", "2024-05-31"),
])
def test_day_ranges(text, start, end):
    assert _span(text) == ((start, "day"), (end, "day"))


def test_phone_numbers_are_still_no_dates():
    assert _span("Ring 0171-62 50 00 om projektet som pågår 2023–2025.") == (("2023-01-01", "year"),
                                                                            ("2025-12-31", "year"))
    assert parse_period("Telefon 08-123 45 67") is None


@pytest.mark.parametrize("text, fte", [
    ("Bemanning: projektledare 100 %, två fältassistenter 75 %", 2.5),
    ("Personal: 1 projektledare 100%", 1.0),
    ("En kurator (50 %) och en skolsköterska (25 %) anställs i projektet.", 0.75),
    ("Resurser: socialsekreterare 80 procent", 0.8),
    ("Teamet ska bestå av en socialsekreterare och en skolkurator, båda på heltid.", 2.0),
    ("Tre fritidsledare, samtliga på halvtid, rekryteras.", 1.5),
])
def test_role_then_extent(text, fte):
    assert parse_staffing(text).fte == fte


@pytest.mark.parametrize("text", [
    "Andel behöriga lärare 78 %",  # a survey figure: no staff word near it
    "Nöjda medarbetare: 85 %",
    "Personal: medarbetare 85 %",  # a generic word is no role here
    "Elever 45 %, vårdnadshavare 30 %",
    "projektledare 50 %",  # no staff word: stays unread (precision over recall)
])
def test_percentages_that_are_no_staffing(text):
    assert parse_staffing(text) is None


@pytest.mark.parametrize("text, start, end", [
    ("Under våren 2024 genomfördes en förstudie. Projektet pågår under tre år från och med hösten 2024.",
     ("2024-09-01", "season"), ("2027-08-31", "month")),
    ("Förstudien gjordes 2022. Projektet pågår 2023–2025.", ("2023-01-01", "year"), ("2025-12-31", "year")),
    ("Ett pilotår läsåret 2023/24 föregick projektet, som pågår 2024–2026.", ("2024-01-01", "year"),
     ("2026-12-31", "year")),
])
def test_a_pre_study_is_not_the_period(text, start, end):
    assert _span(text) == (start, end)


def test_a_pilot_alone_is_still_a_period():
    assert _span("Pilotprojektet pågick 2021–2022.") == (("2021-01-01", "year"), ("2022-12-31", "year"))


# heldout6: school years and a duration with its start after "från", in other wordings.
@pytest.mark.parametrize("text, start, end", [
    ("Läxhjälpen pågick läsåren 2019/20 och 2020/21.", ("2019-08-01", "month"), ("2021-06-30", "month")),
    ("Satsningen gäller läsåren 2023/24–2025/26.", ("2023-08-01", "month"), ("2026-06-30", "month")),
    ("Projektet pågår under två läsår från hösten 2025.", ("2025-09-01", "season"), ("2027-08-31", "month")),
    ("Insatsen drivs i 18 månader från mars 2024.", ("2024-03-01", "month"), ("2025-08-31", "month")),
    ("Arbetet bedrivs under fyra år från 2023.", ("2023-01-01", "year"), ("2026-12-31", "year")),
])
def test_school_years_and_durations_from_a_start(text, start, end):
    assert _span(text) == (start, end)


def test_school_years_out_of_order_are_not_joined():
    assert _span("läsåren 2022/23 och 2019/20") == (("2022-01-01", "year"), ("2023-12-31", "year"))


# heldout7: months with two-digit years, ISO weeks, extensions, a pre-study referred back to, "åa".
@pytest.mark.parametrize("text, start, end", [
    ("Projektet pågår feb 24 – nov 25.", ("2024-02-01", "month"), ("2025-11-30", "month")),
    ("Tidsplan: sept 23–aug 25", ("2023-09-01", "month"), ("2025-08-31", "month")),
    ("Insatsen pågår vecka 2 2025 – vecka 50 2025.", ("2025-01-06", "day"), ("2025-12-14", "day")),
    ("Projektperiod: 2022–2024, förlängt till 2025", ("2022-01-01", "year"), ("2025-12-31", "year")),
    ("Projektet löper 2024–2025 och har förlängts till och med juni 2026.", ("2024-01-01", "year"),
     ("2026-06-30", "month")),
    ("Projektet pågick 2023-03-01 – 2024-12-31 och byggde på förstudien 2022.", ("2023-03-01", "day"),
     ("2024-12-31", "day")),
])
def test_more_written_period_forms(text, start, end):
    assert _span(text) == (start, end)


# Several extensions: the last one states the end. A project told from its start has no end of its own but the
# extensions' ("startade i mars 2021 … förlängdes, efter beslut i nämnden, till och med 2024").
@pytest.mark.parametrize("text, start, end", [
    ("Insatsen pågick 2021–2022, förlängdes till juni 2023 och förlängdes sedan igen, till och med mars 2024.",
     ("2021-01-01", "year"), ("2024-03-31", "month")),
    ("Arbetet inleddes i augusti 2022. Det förlängdes till 2023 och har nu förlängts igen, till och med december "
     "2024.", ("2022-08-01", "month"), ("2024-12-31", "month")),
    ("Projektet startade i mars 2021. Nämnden beslutade att förlänga projektet, efter utvärderingen, till och med "
     "2024.", ("2021-03-01", "month"), ("2024-12-31", "year")),
])
def test_the_last_of_several_extensions_ends_the_project(text, start, end):
    assert _span(text) == (start, end)


@pytest.mark.parametrize("text", ["Mötet hölls den 24 jan 25 deltagare kom.", "jan 24", "dec 25 – jan 24"])
def test_two_digit_years_only_as_an_ordered_range(text):
    assert _span(text) is None


def test_an_extension_before_the_range_changes_nothing():
    assert _span("Avtalet förlängdes till 2021. Projektet pågår 2023–2025.") == (("2023-01-01", "year"),
                                                                                ("2025-12-31", "year"))


@pytest.mark.parametrize("text, fte", [
    ("Bemanning: samordnare 0,5 åa", 0.5),
    ("Projektet bemannas med 2,5 åa fördelat på tre personer.", 2.5),
])
def test_arsarbetare_abbreviated(text, fte):
    assert parse_staffing(text).fte == fte


@pytest.mark.parametrize("text", [
    "Satsningen vänder sig till barn födda 2012–2014 i Kvarnby.",
    "Alla födda 2008 och 2009 erbjuds sommarjobb.",
])
def test_birth_years_are_no_period(text):
    assert _span(text) is None


# "och" between two expressions of one kind that follow each other is one span (heldout5 Partille).
@pytest.mark.parametrize("text, start, end", [
    ("Läxhjälpen ges under höstterminen 2025 och vårterminen 2026.", ("2025-08-01", "season"), ("2026-06-30", "season")),
    ("Satsningen pågår under 2025 och 2026.", ("2025-01-01", "year"), ("2026-12-31", "year")),
    ("Träffarna hålls under hösten 2025 och våren 2026.", ("2025-09-01", "season"), ("2026-05-31", "season")),
])
def test_och_between_following_spans(text, start, end):
    assert _span(text) == (start, end)


def test_och_between_spans_apart_is_no_range():
    assert _span("Projektet genomfördes 2019 och 2022.") == (("2019-01-01", "year"), ("2019-12-31", "year"))


@pytest.mark.parametrize("text, sek, basis", [
    ("Satsningen kostade totalt SEK 1 750 000 och betalades ur fonden.", 1_750_000, "total"),
    ("Beviljat: SEK 640 000", 640_000, None),
    ("Budget SEK 2,1 miljoner", 2_100_000, None),  # the unit after the number decides, once
])
def test_the_currency_before_the_number(text, sek, basis):
    from pipeline.swedish.money import parse_amounts

    (amount,) = parse_amounts(text)
    assert (amount.sek, amount.basis) == (sek, basis)


def test_a_currency_code_in_prose_is_no_amount():
    from pipeline.swedish.money import parse_amounts

    assert parse_amounts("Kursen för SEK mot euro steg 2024.") == []
    assert parse_amounts("Valutan SEK 2024-01-15 enligt Riksbanken.") == []


@pytest.mark.parametrize("text, fte", [
    ("I projektet arbetar två tandhygienister på heltid.", 2.0),
    ("En bibliotekarie på halvtid och två sjukgymnaster på heltid anställs.", 2.5),
])
def test_more_professions_count_as_staff(text, fte):
    from pipeline.swedish.staffing import parse_staffing

    assert parse_staffing(text).fte == fte


@pytest.mark.parametrize("text, age_min", [
    ("Vuxna 18+ som saknar egen bostad", 18.0), ("Målgrupp: personer 65+ i Orsa", 65.0),
    ("Minst 50+ deltagare per termin", None), ("Ring +46 8 123 45 67", None),
])
def test_an_age_and_older_written_with_a_plus(text, age_min):
    from pipeline.swedish.targets import parse_target

    assert parse_target(text).age_min == age_min


def test_the_purpose_of_a_phase():
    from pipeline.extract import extract_page

    html = """<html><body><main><h1>Språkstart</h1><h2>Språkstart fas 2</h2>
    <p>Språkstart fas 2 bygger vidare på fas 1 i förskoleklass 2024–2026.</p>
    <p>Målet med fas 2 är att effekten ska hålla i sig när barnen börjar skolan.</p>
    <p>I fas 2 arbetar två språkutvecklare på heltid och en logoped på halvtid.</p></main></body></html>"""
    (rec,) = extract_page(html.encode(), "https://www.uppsala.se/projekt/sprakstart/", "text/html")
    assert rec["purpose"].startswith("Målet med fas 2 är att") and rec["staffing_fte"] == 2.5


@pytest.mark.parametrize("text, start", [
    ("Från vårterminen 2026 får eleverna läxhjälp två dagar i veckan.", "2026-01-01"),
    ("Alla elever i åk 1 erbjuds från läsåret 2025/26 simundervisning.", "2025-08-01"),
])
def test_from_a_school_term_is_a_start(text, start):
    from pipeline.swedish.dates import parse_period

    assert str(parse_period(text).start.date) == start


@pytest.mark.parametrize("text", ["Överskottet från 2012 fördes till fonden.",
                                  "Enkäten från hösten 2023 visar att många elever är ensamma."])
def test_a_bare_from_is_still_no_start(text):
    from pipeline.swedish.dates import parse_period

    period = parse_period(text)
    assert period is None or period.start is None or period.end is not None


@pytest.mark.parametrize("text, start, end", [
    ("Satsningen är treårig och startar under hösten 2025. Den bygger på erfarenheterna från projektet Unga ledare, "
     "som kommunen drev 2021–2023.", "2025-09-01", "2028-08-31"),
    ("Insatsen startar i mars 2026 och pågår i två år. Den är en fortsättning på satsningen Trygg i Norr, som "
     "pågick 2020–2022.", "2026-03-01", "2028-02-29"),
])
def test_an_earlier_project_referred_to_lends_no_years(text, start, end):
    from pipeline.swedish.dates import parse_period

    period = parse_period(text)
    assert (str(period.start.date), str(period.end.date)) == (start, end)


def test_a_staffing_label_with_so_many_posts_times_a_share():
    from pipeline.extract import extract_page

    html = """<html><body><main><h1>Fritidslots för unga</h1>
    <p>Fritidslotsar hjälper unga 13–19 år att hitta en fritidsaktivitet, 2025–2026.</p>
    <p>Målgrupp: Unga 13–19 år<br>Period: 2025–2026<br>Bemanning: 2 x 50 %<br>Budget: 800 000 kronor</p>
    </main></body></html>"""
    (rec,) = extract_page(html.encode(), "https://www.alvkarleby.se/fritid/fritidslots/", "text/html")
    assert rec["staffing_fte"] == 1.0


@pytest.mark.parametrize("text, grades", [
    ("Målgrupp: Elever i år 8 med hög frånvaro", (8, 8)), ("för klasserna i år 9 på Runnskolan", (9, 9)),
    ("Eleverna i år 3 nya projekt varje termin", (None, None)), ("i år 8 elever", (None, None)),
])
def test_one_school_year_after_a_pupils_word(text, grades):
    from pipeline.swedish.targets import parse_target

    t = parse_target(text)
    assert (t.grade_min, t.grade_max) == grades
