"""Rules found on heldout18's leftovers in the eighth session, tested in other wordings and markup: key-figure tiles
that show the value before its label, a count of posts under a staffing label, a total said by the budget's label,
a diary number on its own, partners shown only as logos, a status badge with its noun, and a one-project page whose
facts are spread over its sections."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page, parse_page
from pipeline.extract.fields import _not_description


def _records(html: str, url: str) -> list[dict]:
    return extract_page(html.encode(), url, "text/html")


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Kommunen, 123 45 Orten</p></footer></body></html>")


_TILES = ("<p>Lässpåret är en social investering för elever i årskurs 1–3 med svag läsförmåga.</p>"
          "<div class='stats'>"
          "<div class='stat'><strong class='stat__num'>2023–2025</strong><span class='stat__txt'>Projekttid</span></div>"
          "<div class='stat'><strong class='stat__num'>1 200 000 kr</strong><span class='stat__txt'>Budget</span></div>"
          "<div class='stat'><strong class='stat__num'>140</strong><span class='stat__txt'>elever fick extra "
          "lästräning</span></div>"
          "<div class='stat'><strong class='stat__num'>0,4 mnkr</strong><span class='stat__txt'>lägre kostnad för "
          "särskilt stöd per år</span></div></div>"
          "<p>Specialpedagoger arbetar med små grupper tre gånger i veckan.</p>")


def test_value_first_tiles_give_label_lines_and_results_stay_out_of_facts_and_description():
    rec = _records(_page("Lässpåret", _TILES), "https://www.mora.se/skola/lassparet.html")[0]
    assert rec["budget_sek"] == 1_200_000  # the result's "0,4 mnkr … per år" is no second amount
    assert (str(rec["start_date"]), str(rec["end_date"])) == ("2023-01-01", "2025-12-31")
    assert "140" not in rec["description"] and "mnkr" not in rec["description"]
    assert "Specialpedagoger arbetar" in rec["description"]


def test_value_first_tile_blocks():
    doc = parse_page(_page("Lässpåret", _TILES).encode(), "https://www.mora.se/skola/lassparet.html", "text/html")
    got = [(b.kind, b.text) for b in doc.blocks if b.kind in ("p", "li", "figure")]
    assert ("p", "Budget: 1 200 000 kr") in got and ("p", "Projekttid: 2023–2025") in got
    assert ("figure", "140 elever fick extra lästräning") in got
    # an item whose first part is a label, not a figure, is that label and its value (ninth session: label and value
    # elements without a colon); one whose first part is no label is read as it stands
    doc = parse_page(_page("X", "<ul><li><span>Ansvarig</span><span>Socialtjänsten</span></li>"
                                "<li><span>Vi ses</span><span>i höst</span></li></ul>").encode(),
                     "https://www.mora.se/x.html", "text/html")
    assert [b.text for b in doc.blocks if b.kind == "li"] == ["Ansvarig: Socialtjänsten", "Vi sesi höst"]


@pytest.mark.parametrize("line,fte", [("Tjänster: 1,5", 1.5), ("Antal årsarbetare: 3", 3.0),
                                      ("Heltidstjänster: 2", 2.0)])
def test_a_count_of_posts_under_its_label_is_full_time_equivalents(line, fte):
    body = ("<p>Fritidsguiderna är en social investering för barn 7–12 år i Mora.</p>"
            f"<h2>Fakta</h2><ul><li>Projektperiod: 2024–2026</li><li>Projektägare: Kultur- och fritidsförvaltningen"
            f"</li><li>{line}</li></ul>")
    rec = _records(_page("Fritidsguiderna", body), "https://www.mora.se/fritid/fritidsguiderna.html")[0]
    assert rec["staffing_fte"] == fte


def test_a_budget_label_that_says_total_gives_the_total_basis():
    body = ("<p>Trygga hem är en social investering för familjer med barn 0–6 år.</p>"
            "<ul><li>Period: 2024–2025</li><li>Ansvarig: Socialförvaltningen</li>"
            "<li>Kostnad totalt: 2,2 miljoner kronor</li></ul>")
    rec = _records(_page("Trygga hem", body), "https://www.leksand.se/omsorg/trygga-hem.html")[0]
    assert (rec["budget_sek"], rec["budget_basis"]) == (2_200_000, "total")


@pytest.mark.parametrize("line,alone", [("SN 2024/188", True), ("KS/2025:41", True), ("Dnr BUN 2023/77", True),
                                        ("Läsåret 2024/25", False), ("Projektet startar 2024", False)])
def test_a_diary_number_alone_is_no_description(line, alone):
    assert _not_description(line) is alone


@pytest.mark.parametrize("label,field", [("Samverkanspartner", "partners"), ("Våra samarbetspartner", "partners"),
                                         ("Finansiärer", "funders")])
def test_logos_under_a_partner_or_funder_label_are_read_from_their_alt_texts(label, field):
    body = ("<p>Unga i jobb är en social investering för unga vuxna 18–29 år som varken arbetar eller studerar. "
            "Projektet pågår 2024–2026.</p>"
            f"<h2>{label}</h2><div class='logos'><div class='logo'><a href='https://arbetsformedlingen.se'>"
            "<img src='/a.svg' alt='Arbetsförmedlingen logotyp'></a></div><div class='logo'><img src='/b.png' "
            "alt='Logotyp för Samordningsförbundet Östra Skaraborg'></div></div>")
    rec = _records(_page("Unga i jobb", body), "https://www.skovde.se/arbete/unga-i-jobb.html")[0]
    assert rec[field] == ["Arbetsförmedlingen", "Samordningsförbundet Östra Skaraborg"]


def test_logos_beside_text_are_not_names():
    body = ("<p>Unga i jobb är en social investering för unga vuxna 18–29 år. Projektet pågår 2024–2026.</p>"
            "<h2>Samverkanspartner</h2><div><img src='/a.svg' alt='Foto: deltagare'><p>Vi samarbetar med "
            "Arbetsförmedlingen.</p></div>")
    doc = parse_page(_page("Unga i jobb", body).encode(), "https://www.skovde.se/arbete/unga-i-jobb.html",
                     "text/html")
    assert not any("Foto" in b.text for b in doc.blocks)


@pytest.mark.parametrize("badge", ["Avslutat projekt", "Pågående insats", "Planerad satsning"])
def test_a_status_badge_with_its_noun_is_no_description(badge):
    assert _not_description(badge)


def test_a_one_project_pages_facts_over_its_sections_make_one_record_with_its_whole_text():
    body = ("<p class='lead'>Bokstart är en social investering för familjer med barn 0–3 år i Gnosjö.</p>"
            "<h2>I korthet</h2><ul><li>Projekttid: 2025–2026</li><li>Ansvarig: Kultur- och fritidsförvaltningen</li>"
            "<li>Budget: 600 000 kronor</li></ul>"
            "<h2>Så går det till</h2><p>Bibliotekarier besöker familjerna hemma och ger dem böcker.</p>"
            "<h2>Samverkansparter</h2><p>Gnosjö församling, Region Jönköpings län</p>")
    recs = _records(_page("Bokstart", body), "https://www.gnosjo.se/kultur/bokstart.html")
    assert len(recs) == 1
    rec = recs[0]
    assert rec["partners"] == ["Gnosjö församling", "Region Jönköpings län"]
    assert rec["description"].startswith("Bokstart är en social investering")
    assert "Bibliotekarier besöker" in rec["description"]
    assert rec["target_age_min"] == 0 and rec["target_age_max"] == 3


def test_a_lower_case_care_unit_runs_the_project():
    body = ("<p>Trygg i hemmet är en social investering för äldre över 75 år. Projektet drivs av äldreomsorgen "
            "i samverkan med Region Dalarna och pågår 2024–2026.</p>")
    rec = _records(_page("Trygg i hemmet", body), "https://www.falun.se/omsorg/trygg-i-hemmet.html")[0]
    assert rec["organisations"] == ["äldreomsorgen"]
