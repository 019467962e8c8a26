"""Money and staffing forms found on the heldout28 and heldout29 sets (tenth session), each tested in other wordings
than the sets': a payer's verb said once for two payers ("X bidrar med A och Y med B"), a second payer's part said as
"lika mycket", what was spent ("Utfallet för 2024 blev …", "… har förbrukats") beside the budget, money "kommer i
folkhälsomedel från X", staff "har anställts på halvtid", and the publisher left out of a joint payers' group when
its own part comes from its own fund."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing


def _records(body: str, title: str, url: str = "https://www.ljusdal.se/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Ljusdals kommun, 827 80 Ljusdal</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def _payers(text: str) -> list[tuple[int, str | None]]:
    return [(a.sek, a.funder) for a in parse_amounts(text)]


@pytest.mark.parametrize("text, payers", [
    ("Socialnämnden bidrar med 300 000 kronor och Region Gävleborg med 150 000 kronor.",
     [(300_000, "Socialnämnden"), (150_000, "Region Gävleborg")]),
    ("Arvsfonden står för 1,2 miljoner kronor, Hudiksvalls kommun för 400 000 kronor.",
     [(1_200_000, "Arvsfonden"), (400_000, "Hudiksvalls kommun")]),
    ("Länsstyrelsen går in med 250 tkr samt skolnämnden med cirka 100 tkr.",
     [(250_000, "Länsstyrelsen"), (100_000, "skolnämnden")]),
])
def test_the_payers_verb_said_once_for_two(text, payers):
    assert _payers(text) == payers


@pytest.mark.parametrize("text", [
    # no first payer: the second amount has no payer to share a verb with
    "Projektet kostar 2 miljoner kronor och skolan med 20 elever får 100 000 kronor.",
    # a payer, then a year (no organisation) before "med"
    "Fonden bidrar med 900 000 kronor och 2026 med 100 000 kronor.",
])
def test_no_second_payer_where_none_is_named(text):
    assert _payers(text)[-1][1] is None


def test_lika_mycket_is_the_same_sum_from_the_second_payer():
    assert _payers("Kommunen satsar 800 000 kronor ur fonden och Region Jämtland Härjedalen lika mycket.") == [
        (800_000, "fonden"), (800_000, "Region Jämtland Härjedalen")]
    assert _payers("Fonden bidrar med 500 000 kronor och skolan får lika mycket tid.") == [(500_000, "Fonden")]
    assert _payers("Projektet får 500 000 kronor och lika mycket nästa år.") == [(500_000, None)]


@pytest.mark.parametrize("text, amounts", [
    ("Budgeten är 620 000 kronor om året. Utfallet 2023 landade på 598 000 kronor.", [620_000]),
    ("Beviljat: 800 000 kr. Hittills har 640 000 kronor förbrukats.", [800_000]),
    ("Utfall 2024: 410 tkr", []),
    # an amount after the spent one is not spent: "förbrukat 300 000 kronor av 900 000 kronor"
    ("Projektet har hittills förbrukat 300 000 kronor av beviljade 900 000 kronor.", [900_000]),
])
def test_what_was_spent_is_no_budget(text, amounts):
    assert [a.sek for a in parse_amounts(text)] == amounts


def test_money_that_comes_in_a_kind_of_grant_from_a_payer():
    assert _payers("Resten, 250 000 kronor, kommer i statsbidrag från Socialstyrelsen.") == [
        (250_000, "Socialstyrelsen")]
    assert _payers("Därtill 90 000 kronor i utvecklingsmedel från Region Västernorrland.") == [
        (90_000, "Region Västernorrland")]


@pytest.mark.parametrize("text, fte", [
    ("Två fältassistenter har anställts på halvtid vardera.", 1.0),
    ("Tre coacher har rekryterats på 80 procent.", 2.4),
    ("En samordnare har tillsatts på heltid.", 1.0),
])
def test_staff_said_to_have_been_hired_at_an_extent(text, fte):
    staffing = parse_staffing(text)
    assert staffing is not None and staffing.fte == pytest.approx(fte)


def test_hired_participants_are_no_staff():
    assert parse_staffing("Tre av deltagarna har anställts på heltid.") is None


def test_two_payers_in_one_sentence_give_the_sum_and_the_other_payer():
    (rec,) = _records(
        "<p>Läsglädje i Färila är ett projekt för elever i årskurs 1–3 som pågår läsåret 2025/26.</p>"
        "<p>Fonden bidrar med 400 000 kronor och Sparbanksstiftelsen Gävleborg med 150 000 kronor.</p>",
        "Läsglädje i Färila")
    assert rec["budget_sek"] == 550_000
    assert rec["funders"] == ["Sparbanksstiftelsen Gävleborg"]


def test_the_publisher_in_a_joint_group_pays_from_its_own_fund():
    (rec,) = _records(
        "<p>Region Gävleborg och Ljusdals kommun satsar tillsammans 3 miljoner kronor på Familjecentral Ljusdal, "
        "som startade i januari 2025 och pågår i tre år.</p>"
        "<p>Regionen står för 1,5 miljoner kronor ur Region Gävleborgs sociala investeringsfond och Ljusdals kommun "
        "för lika mycket.</p>",
        "Familjecentral Ljusdal", url="https://www.regiongavleborg.se/x")
    assert rec["budget_sek"] == 3_000_000
    assert rec["funders"] == ["Ljusdals kommun"]


def test_a_joint_group_keeps_the_publisher_when_its_part_is_not_from_its_fund():
    (rec,) = _records(
        "<p>Region Gävleborg och Ljusdals kommun satsar sex miljoner kronor på projektet Trygga unga, som ska "
        "förebygga psykisk ohälsa bland unga i Ljusdal.</p>"
        "<p>Av pengarna kommer fyra miljoner kronor från Region Gävleborg och två miljoner kronor från Ljusdals "
        "kommun.</p>",
        "Trygga unga", url="https://www.regiongavleborg.se/x")
    assert rec["budget_sek"] == 6_000_000
    assert set(rec["funders"]) == {"Region Gävleborg", "Ljusdals kommun"}


def test_an_annual_reports_outcome_is_not_the_budget():
    (rec,) = _records(
        "<p>Vägen in är en insats för unga vuxna 18–29 år i Ljusdal som startade i mars 2023 och pågår till och med "
        "februari 2026.</p><p>Under 2024 deltog 41 personer. Vägen in har en budget på 900 000 kronor per år. "
        "Utfallet för 2024 blev 871 000 kronor.</p>",
        "Vägen in")
    assert (rec["budget_sek"], rec["budget_basis"]) == (900_000, "per_year")


def test_three_payers_whose_largest_part_equals_the_others_sum_are_summed():
    # 500 000 = 300 000 + 200 000 by chance: each names its own payer, so none is the total of the others
    (rec,) = _records(
        "<p>Projektet Unga i rörelse ska ge fler unga en aktiv fritid. Det startar i januari 2026 och pågår i två år.</p>"
        "<p>Fonden bidrar med 500 000 kronor, Region Gävleborg med 300 000 kronor och RF-SISU Gävleborg med "
        "200 000 kronor.</p>", "Unga i rörelse")
    assert rec["budget_sek"] == 1_000_000
    # a group naming both payers is the total of their parts
    (rec,) = _records(
        "<p>Projektet Unga i rörelse ska ge fler unga en aktiv fritid. Det startar i januari 2026 och pågår i två år.</p>"
        "<p>Ljusdals kommun och Region Gävleborg satsar 900 000 kronor på Unga i rörelse. Av pengarna kommer 600 000 "
        "kronor från Ljusdals kommun och 300 000 kronor från Region Gävleborg.</p>", "Unga i rörelse")
    assert rec["budget_sek"] == 900_000


def test_lika_mycket_in_the_next_sentence_with_its_own_verb():
    amounts = parse_amounts("Socialnämnden beslutade att bevilja 750 000 kronor till projektet. Samordningsförbundet "
                            "Gävleborg bidrar också med lika mycket.")
    assert [(a.sek, a.funder) for a in amounts] == [(750_000, None), (750_000, "Samordningsförbundet Gävleborg")]
    (rec,) = _records("<p>Projektet Vägen ut ska ge unga vuxna stöd till arbete. Det startar i mars 2026 och pågår i två "
                      "år.</p><p>Kommunstyrelsen beslutade att bevilja 1,5 mnkr till projektet Vägen ut. Region "
                      "Gävleborg går in med lika mycket.</p>", "Vägen ut")
    assert rec["budget_sek"] == 3_000_000 and rec["funders"] == ["Region Gävleborg"]
