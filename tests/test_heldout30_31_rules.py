"""Rules found on the heldout30 and heldout31 sets (tenth session), each tested in other wordings and markup than the
sets': a one-project page's "Så jobbar …" section keeps the project whole, the extent before the role in a staffing
line ("75 procent socionom"), and a count of school years before the years ("två läsår, 2024/25 och 2025/26")."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page
from pipeline.swedish.dates import parse_period
from pipeline.swedish.staffing import parse_staffing


def _records(body: str, title: str, url: str = "https://www.arjang.se/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Årjängs kommun, 672 81 Årjäng</p></footer></body></html>")
    return extract_page(html.encode(), url, "text/html")


def test_a_how_we_work_section_between_labelled_sections_keeps_one_project():
    (rec,) = _records(
        "<p class='ingress'>Familjelotsen ger föräldrar i Årjäng stöd tidigt.</p>"
        "<h2>Målgrupp</h2><p>Föräldrar med barn 0–6 år.</p>"
        "<h2>Så jobbar familjelotsarna</h2><p>Lotsarna träffar familjerna hemma.</p>"
        "<p><strong>Personal:</strong> två familjelotsar på halvtid.</p>"
        "<p>Syftet är att fler familjer ska få stöd innan problemen växer.</p>"
        "<h2>Tidsperiod</h2><p>Projektet pågår från januari 2025 till december 2026.</p>"
        "<h2>Kostnad</h2><p>Projektet kostar totalt 1,4 miljoner kronor.</p>", "Familjelotsen")
    assert rec["purpose"] == "Syftet är att fler familjer ska få stöd innan problemen växer."
    assert rec["budget_sek"] == 1_400_000 and rec["staffing_fte"] == 1.0
    assert "Familjelotsen ger föräldrar" in rec["description"]


@pytest.mark.parametrize("text, fte", [
    ("Bemanning: 50 procent kurator och 100 procent samordnare", 1.5),
    ("Personal: 80 % socialsekreterare, en fältassistent på heltid", 1.8),
    ("Projektorganisation: 25 procent projektledare.", 0.25),
])
def test_the_extent_before_the_role_in_a_staffing_line(text, fte):
    staffing = parse_staffing(text)
    assert staffing is not None and staffing.fte == pytest.approx(fte)


@pytest.mark.parametrize("text", [
    "Enkäten visar att 75 procent lärare och 60 procent elever är nöjda.",  # no staffing context
    "Bemanning: 75 procent av personalen har gått utbildningen.",  # a share of staff, no role after it
])
def test_shares_that_are_no_staffing(text):
    assert parse_staffing(text) is None


@pytest.mark.parametrize("text, span", [
    ("Satsningen pågår i tre läsår: 2023/24, 2024/25 och 2025/26.", ("2023-08-01", "2026-06-30")),
    ("Insatsen pågår under två läsår, 2025/26 och 2026/27.", ("2025-08-01", "2027-06-30")),
])
def test_a_count_of_school_years_before_them(text, span):
    p = parse_period(text)
    assert (str(p.start.date), str(p.end.date)) == span


def test_a_kort_fakta_box_is_no_projects_name():
    (rec,) = _records(
        "<p class='ingress'>Trygga vägar är ett projekt för barn i Årjäng som går eller cyklar till skolan.</p>"
        "<h2>Bakgrund</h2><p>Många föräldrar skjutsar sina barn till skolan.</p>"
        "<div class='box'><h2>Kort fakta</h2><p><strong>Målgrupp:</strong> Elever i årskurs 1–6<br>"
        "<strong>Projekttid:</strong> 2025-08-01 -- 2026-06-30<br><strong>Budget:</strong> 400 000 kronor</p></div>",
        "Trygga vägar")
    assert rec["title"] == "Trygga vägar" and rec["budget_sek"] == 400_000


@pytest.mark.parametrize("text, fte", [
    ("Bemanning: 3 tjänster (två socialsekreterare och en samordnare på halvtid)", 3.0),
    ("Personal: 1,5 årsarbetare (en kurator och en fritidsledare på halvtid).", 1.5),
])
def test_a_posts_figure_then_who_fills_them_in_brackets_counts_once(text, fte):
    assert parse_staffing(text).fte == pytest.approx(fte)


def test_the_publishers_medel_for_sociala_investeringar_is_its_own_fund():
    (rec,) = _records(
        "<p>Projektet Unga vuxna i Sunne ska ge unga stöd till arbete. Det pågår 2025–2027.</p>"
        "<p><strong>Budget:</strong> 2 Mkr totalt, varav 1,5 Mkr ur Region Värmlands medel för sociala investeringar "
        "och 0,5 Mkr från Sunne kommun</p>", "Unga vuxna i Sunne", url="https://www.regionvarmland.se/x")
    assert rec["budget_sek"] == 2_000_000 and "Region Värmland" not in rec["funders"]


def test_a_municipality_before_the_colon_of_a_heading_is_no_part_of_the_name():
    recs = _records(
        "<p>Regionstyrelsen har fördelat pengar ur den sociala investeringsfonden till två projekt.</p>"
        "<h2>Arvika: Fritid för alla</h2><p>Projektet ger barn 7–12 år en gratis fritidsaktivitet. Arvika kommun får "
        "300 000 kronor för 2026.</p>"
        "<h2>Säffle: Läxhjälp på biblioteket</h2><p>Läxhjälpen vänder sig till elever i årskurs 4–9. Säffle kommun får "
        "200 000 kronor för projektet, som pågår under 2026.</p>", "Två nya sociala investeringar",
        url="https://www.regionvarmland.se/x")
    assert [r["title"] for r in recs] == ["Fritid för alla", "Läxhjälp på biblioteket"]


def test_a_name_after_projektet_ends_before_the_municipality_it_runs_in():
    (rec,) = _records(
        "<p><strong>Den 1 mars 2026 startar projektet Steget vidare i Årjängs kommun. Projektet pågår i 18 månader.</strong>"
        "</p><p>Steget vidare vänder sig till unga vuxna 18–25 år. Syftet är att fler ska komma i arbete.</p>",
        "Nu startar ett nytt arbetsmarknadsprojekt")
    assert rec["title"] == "Steget vidare"


def test_an_extension_of_a_quoted_project_and_its_original_plan():
    p = parse_period("Nämnden har beslutat att förlänga satsningen ”Läsfrämjande i Töcksfors” till och med december "
                     "2027. ”Läsfrämjande i Töcksfors” startade våren 2025 och skulle ha avslutats i december 2026.")
    assert str(p.end.date) == "2027-12-31" and p.status_hint != "finished"


def test_the_projects_own_total_beside_an_extensions_cost():
    (rec,) = _records(
        "<p>Projektet Fritidsbanken Årjäng förlängs till och med juni 2027. Det startade i augusti 2024 och ska ge "
        "fler barn en aktiv fritid.</p><p>Förlängningen kostar 200 000 kronor ur fonden. Därmed blir projektets "
        "totala kostnad 800 000 kronor.</p>", "Fritidsbanken Årjäng")
    assert (rec["budget_sek"], rec["budget_basis"]) == (800_000, "total")


@pytest.mark.parametrize("text", [
    "Satsningen, som skulle pågå 2023–2025, avbröts i förtid när lokalen såldes.",
    "Projektet pågick 2022–2023 men lades ned när projektledaren slutade.",
])
def test_a_project_stopped_early_is_finished(text):
    assert parse_period(text).status_hint == "finished"


def test_the_same_season_two_years_running_spans_both():
    p = parse_period("Barnen fick under hösten 2024 och hösten 2025 prova på olika idrotter.")
    assert (str(p.start.date), str(p.end.date)) == ("2024-09-01", "2025-11-30")


def test_an_owner_said_to_be_responsible_for_the_project():
    (rec,) = _records(
        "<p>Lovaktiviteter för alla ger barn 6–15 år gratis aktiviteter under loven 2025–2026. Fritidsförvaltningen "
        "ansvarar för projektet, som får 300 000 kronor ur den sociala investeringsfonden.</p>", "Lovaktiviteter för alla")
    assert rec["organisations"] == ["Fritidsförvaltningen"]
