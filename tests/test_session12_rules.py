"""Rules found in the twelfth session (what heldout46 and heldout47 left, and the blind sets heldout48 onwards), each
tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

import datetime as dt

from pipeline.extract import extract_page
from pipeline.swedish.dates import parse_period
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing


def _records(body: str, title: str, url: str = "https://www.regionvasterbotten.se/nyheter/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Region Västerbotten, 901 89 Umeå</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def test_a_news_lead_with_one_paragraph_per_grant_gives_one_record_each():
    # No subheadings: each paragraph names its project after "projektet" and says what it gets.
    recs = _records(
        "<p>Regionen fördelar 3,2 miljoner kronor till tre nya satsningar i länet.</p>"
        "<p>Lycksele kommun får 900 000 kronor för projektet Hemmasittare i fokus, som vänder sig till elever i "
        "årskurs 7–9 med hög frånvaro.</p>"
        "<p>Till projektet Seniorträff i byarna går 400 000 kronor. Vilhelmina kommun driver det tillsammans med "
        "PRO Vilhelmina från januari 2026 till december 2027.</p>"
        "<p>Projektet Unga i jobb i Skellefteå kommun får 1 900 000 kronor för att fortsätta till och med juni 2028.</p>"
        "<h2>Om regionens medel</h2><p>Regionen avsätter varje år pengar till sociala investeringar. 25 projekt har "
        "fått medel sedan 2019.</p>"
        "<h2>Fler nyheter</h2><ul><li>3 mars 2026 Ny tandvårdstaxa för unga 20–23 år</li>"
        "<li>1 mars 2026 1,1 miljoner kronor till kulturföreningar</li></ul>",
        "Tre nya sociala investeringar")
    assert [r["title"] for r in recs] == ["Hemmasittare i fokus", "Seniorträff i byarna", "Unga i jobb"]
    assert [r["budget_sek"] for r in recs] == [900_000, 400_000, 1_900_000]
    assert (recs[0]["target_grade_min"], recs[0]["target_grade_max"]) == (7, 9)
    assert recs[2]["end_date"] == dt.date(2028, 6, 30)


def test_one_project_named_twice_in_a_lead_is_no_list():
    # The same name in two paragraphs is one project (the page's), not two.
    (rec,) = _records(
        "<p>Projektet Hemmasittare i fokus har fått 900 000 kronor ur regionens sociala investeringsmedel.</p>"
        "<p>Projektet Hemmasittare i fokus startar i augusti 2026 och pågår i två år.</p>",
        "Hemmasittare i fokus", url="https://www.lycksele.se/skola/hemmasittare-i-fokus")
    assert rec["title"] == "Hemmasittare i fokus" and rec["budget_sek"] == 900_000


def test_a_grant_and_a_co_payers_share_are_summed():
    text = ("Satsningen beviljas 600 000 kronor. Samordningsförbundet Umeå medfinansierar satsningen med "
            "150 000 kronor.")
    recs = _records(f"<p>Projektet Steg framåt för unga 16–24 år startar i januari 2026.</p><p>{text}</p>", "Steg framåt",
                    url="https://www.umea.se/arbete/steg-framat")
    assert recs[0]["budget_sek"] == 750_000 and recs[0]["funders"] == ["Samordningsförbundet Umeå"]


def test_a_total_beside_a_co_payers_share_is_not_summed():
    # "kostar totalt" is the whole: the share is in it.
    (rec,) = _records(
        "<p>Projektet Steg framåt för unga 16–24 år startar i januari 2026 och kostar totalt 900 000 kronor. Samordningsförbundet Umeå "
        "medfinansierar projektet med 150 000 kronor.</p>", "Steg framåt", url="https://www.umea.se/arbete/steg-framat")
    assert rec["budget_sek"] == 900_000


def test_a_payers_name_with_an_ampersand_is_one_name():
    amounts = parse_amounts("Fonden står för 700 000 kronor och Stiftelsen Sparbanken Syd & Co för 50 000 kronor.")
    assert [(a.sek, a.funder) for a in amounts][1] == (50_000, "Stiftelsen Sparbanken Syd & Co")


def test_staff_said_to_work_with_the_model_or_all_of_them_at_an_extent():
    assert parse_staffing("Tre lärare arbetar med piloten på 20 procent vardera.").fte == 0.6
    assert parse_staffing("I verksamheten finns en kurator och en fritidsledare, båda på halvtid.").fte == 1.0
    assert parse_staffing("Här arbetar en samordnare, en psykolog och en socionom, alla tre på halvtid.").fte == 1.5
    # (an extent of everyone in a survey, not of staff)
    assert parse_staffing("Alla tre skolorna deltar på heltid i mätningen.") is None


def test_a_library_school_or_clinic_as_the_subject_that_drives_the_project():
    (rec,) = _records(
        "<p>Läsglädje är ett projekt för barn 6–9 år. Ånge bibliotek driver projektet i samverkan med "
        "barnavårdscentralen i Ånge och Fränsta skola. Projektet pågår 2025–2027.</p>",
        "Läsglädje", url="https://www.ange.se/bibliotek/lasglädje")
    assert rec["organisations"] == ["Ånge bibliotek"]
    assert rec["partners"] == ["barnavårdscentralen i Ånge", "Fränsta skola"]


def test_a_project_stopped_early_ends_when_it_stopped():
    p = parse_period("Projektet startade i september 2023 och skulle ha löpt till och med augusti 2026. "
                     "Det lades ner i juni 2025 när pengarna tog slut.")
    assert (p.start.date, p.end.date) == (dt.date(2023, 9, 1), dt.date(2025, 6, 30))
    p = parse_period("Satsningen pågick 2021–2024 men avbröts i förtid i mars 2023.")
    assert (p.start.date, p.end.date) == (dt.date(2021, 1, 1), dt.date(2023, 3, 31))
    # the stop first, the start after it
    p = parse_period("Projektet avbröts vid årsskiftet 2024/2025. Det startade i augusti 2023.")
    assert (p.start.date, p.end.date) == (dt.date(2023, 8, 1), dt.date(2024, 12, 31))


def test_a_stop_does_not_move_a_labelled_period_nor_an_earlier_end():
    # a fact box's period stands as the page gives it
    p = parse_period("Planerad projekttid: augusti 2023–juni 2026\nProjektet avbröts i förtid i mars 2025.")
    assert p.end.date == dt.date(2026, 6, 30)
    # another thing stopped after the project had ended
    p = parse_period("Projektet pågick 2020–2022. Bussen till fritidsgården lades ner i juni 2024.")
    assert p.end.date == dt.date(2022, 12, 31)
