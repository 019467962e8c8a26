"""Rules found on the heldout20 and heldout21 sets (eighth session), tested in other wordings and markup: a jQuery UI
accordion inside role="tablist", Word's bullets pasted as text, bold header cells wrapped in <p>, a cost per
participant, "kom från X", an earlier project's money, long captions, attributions, kickers with publish dates,
phases with their years in the heading, shares by payer, a table's unit in its caption, a Medfinansiär column, a
financing table per project, payers with amounts under a funding label, "och av X med N", a fact list inside a
sidebar wrapper, and a call for applications."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page, parse_page
from pipeline.extract.fields import _not_description, _share_payers, _without_attribution
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing


def _records(html: str, url: str) -> list[dict]:
    return extract_page(html.encode(), url, "text/html")


def _page(title: str, body: str, head: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Kommunen, 123 45 Orten</p></footer></body></html>")


def test_an_accordion_whose_container_is_a_tablist_is_read():
    panel = ("<h3 role='tab' aria-controls='p{i}'><a href='#'>{name}</a></h3><div id='p{i}' role='tabpanel' "
             "aria-hidden='true' style='display:none'><p>{name} är en social investering för barn 6–12 år. Projektet "
             "pågår 2024–2025 och har fått 400 000 kronor.</p></div>")
    body = ("<p>Här är satsningarna som har fått medel.</p><div class='acc' role='tablist'>"
            + panel.format(i=1, name="Läsglädje") + panel.format(i=2, name="Simkul") + "</div>")
    recs = _records(_page("Beviljade sociala investeringar", body), "https://www.dorotea.se/beviljade.aspx")
    assert [r["title"] for r in recs] == ["Läsglädje", "Simkul"]


def test_a_tablist_of_tab_buttons_alone_is_still_furniture():
    body = ("<ul role='tablist'><li role='tab'>Översikt</li><li role='tab'>Resultat</li></ul>"
            "<p>Projektet Läsglädje är en social investering för barn 6–12 år och pågår 2024–2025.</p>")
    doc = parse_page(_page("Läsglädje", body).encode(), "https://www.dorotea.se/lasgladje.aspx", "text/html")
    assert not any(b.text in ("Översikt", "Resultat") for b in doc.blocks)


def test_word_bullets_pasted_as_text_are_list_items():
    body = ("<p>Samverkansparter:</p><p class='MsoListParagraphCxSpFirst'>•&nbsp;&nbsp;Polisen</p>"
            "<p class='MsoListParagraphCxSpLast'>•&nbsp;&nbsp;Socialtjänsten</p><p>Mer text om projektet.</p>")
    doc = parse_page(_page("Trygg skolväg", body).encode(), "https://www.mora.se/trygg.html", "text/html")
    items = [b for b in doc.blocks if b.kind == "li"]
    assert [b.text for b in items] == ["Polisen", "Socialtjänsten"] and items[0].list_id == items[1].list_id
    assert any(b.kind == "p" and b.text == "Mer text om projektet." for b in doc.blocks)


def test_a_word_table_with_bold_header_cells_in_paragraphs_gives_its_total():
    cell = "<td><p class='MsoNormal'><b><span>{}</span></b></p></td>"
    row = "<tr><td><p class='MsoNormal'>{}</p></td><td><p>{}</p></td><td><p>{}</p></td></tr>"
    body = ("<p>Läslyftet är en social investering för elever i årskurs 1–3. Projektet pågår 2025–2026.</p>"
            "<h2>Budget (kronor)</h2><table><tr>" + "".join(cell.format(c) for c in ("Post", "2025", "Totalt"))
            + "</tr>" + row.format("Personal", "300 000", "600 000") + row.format("Material", "50 000", "100 000")
            + row.format("Summa", "350 000", "700 000") + "</table>")
    rec = _records(_page("Läslyftet", body), "https://www.leksand.se/skola/laslyftet.html")[0]
    assert (rec["budget_sek"], rec["budget_basis"]) == (700_000, "total")


def test_a_cost_per_participant_in_a_table_row_is_no_amount():
    assert parse_amounts("Kostnad per elev | ca 12 000 kronor") == []
    assert [a.sek for a in parse_amounts("Projektet kostade 2 miljoner kronor.")] == [2_000_000]


def test_money_that_came_from_a_payer_names_it():
    found = parse_amounts("Totalt 3 miljoner kronor, varav 1 miljon kronor kommer från Allmänna arvsfonden.")
    assert [a.funder for a in found if a.part] == ["Allmänna arvsfonden"]


def test_an_earlier_projects_money_and_funder_are_not_this_ones():
    body = ("<p>Steg två är en social investering för unga vuxna 18–25 år och pågår 2025–2026. Kommunen har avsatt "
            "900 000 kronor ur den sociala investeringsfonden.</p>"
            "<p>Steg två bygger på erfarenheterna från projektet Steg ett, som fick 500 000 kronor från Länsstyrelsen "
            "Dalarna.</p>")
    rec = _records(_page("Steg två", body), "https://www.rattvik.se/arbete/steg-tva.html")[0]
    assert rec["budget_sek"] == 900_000 and rec["funders"] == []


def test_a_long_caption_is_text_without_its_credit_and_a_short_one_is_none():
    long = ("Familjecentralen har fått nya lokaler i det gamla stationshuset, med plats för öppen förskola, "
            "barnmorskemottagning och föräldragrupper på samma ställe. Foto: Eva Lind")
    body = (f"<p>Familjecentralen är en social investering för familjer med barn 0–6 år och pågår 2024–2026.</p>"
            f"<figure><img src='a.jpg' alt=''><figcaption>{long}</figcaption></figure>"
            "<figure><img src='b.jpg' alt=''><figcaption>Invigningen i maj. Foto: Eva Lind</figcaption></figure>")
    rec = _records(_page("Familjecentralen", body), "https://www.orsa.se/familj/familjecentralen.html")[0]
    assert "gamla stationshuset" in rec["description"] and "Eva Lind" not in rec["description"]
    assert "Invigningen" not in rec["description"]


@pytest.mark.parametrize("part,kept", [
    ("”Nu vågar jag ringa arbetsgivare.”\nDeltagare i Jobbsteget", "”Nu vågar jag ringa arbetsgivare.”"),
    ("Vi ser redan skillnad i klassrummen.\nKarin Ek (S), ordförande i barn- och utbildningsnämnden",
     "Vi ser redan skillnad i klassrummen."),
    ("Projektet startade i mars.\nDet pågår i två år", "Projektet startade i mars.\nDet pågår i två år"),
])
def test_an_attribution_under_a_quotation_is_no_description(part, kept):
    assert _without_attribution(part) == kept


@pytest.mark.parametrize("line,alone", [
    ("Aktuellt Publicerad 2 mars 2025 Uppdaterad 3 mars 2025", True), ("Publicerat 2025-03-02", True),
    ("Den här texten är skriven på lättläst svenska.", True),
    ("Publicerad i tidningen var en artikel om projektet 2025.", False),
])
def test_publish_lines_and_easy_read_notes_are_no_description(line, alone):
    assert _not_description(line) is alone


def test_phases_under_headings_with_their_years_are_one_record_each():
    body = ("<p>Närvaro Västerbotten är ett gemensamt arbete i länet. Här beskrivs etapperna.</p>"
            "<h2>Närvaro Västerbotten etapp 1 (2022–2023)</h2><p>I etapp 1 kartlade tre kommuner frånvaron. Etappen "
            "fick 600 000 kronor från Region Västerbotten.</p>"
            "<h2>Närvaro Västerbotten etapp 2 (2024–2025)</h2><p>Etapp 2 prövar närvaroteam på sex skolor för elever i "
            "årskurs 4–9. Budgeten är 2 miljoner kronor.</p>")
    recs = _records(_page("Närvaro Västerbotten", body), "https://www.kfvasterbotten.se/narvaro/")
    assert [(r["title"], str(r["start_date"]), str(r["end_date"])) for r in recs] == [
        ("Närvaro Västerbotten etapp 1", "2022-01-01", "2023-12-31"),
        ("Närvaro Västerbotten etapp 2", "2024-01-01", "2025-12-31")]


def test_shares_named_by_payer():
    assert [n for n, _ in _share_payers("Kostnaden delas. Region Uppsala står för 60 procent, kommunerna 30 procent "
                                        "och Upplandsstiftelsen 10 procent.")] == ["Region Uppsala", "Upplandsstiftelsen"]
    assert _share_payers("Närvaron ökade med 20 procent.") == []


def test_a_table_takes_its_unit_from_its_caption_and_its_funders_from_a_cofunder_column():
    body = ("<p>Region Örebro län avsätter 2 miljoner kronor per år till sociala investeringar.</p>"
            "<table><caption>Beviljade 2025 (tkr)</caption><tr><th>Projekt</th><th>Kommun</th><th>Medfinansiär</th>"
            "<th>Regionens del</th><th>Total budget</th></tr>"
            "<tr><td>Simskola för alla</td><td>Lindesberg</td><td>Lindesbergs kommun</td><td>300</td><td>650</td></tr>"
            "<tr><td>Läxhjälp</td><td>Nora</td><td>–</td><td>200</td><td>200</td></tr></table>")
    recs = _records(_page("Beviljade sociala investeringar", body), "https://www.regionorebrolan.se/si/beviljade/")
    assert [(r["title"], r["budget_sek"], r["funders"]) for r in recs] == [
        ("Simskola för alla", 650_000, ["Lindesbergs kommun"]), ("Läxhjälp", 200_000, [])]


def test_a_financing_table_per_project_gives_its_total_and_payers():
    block = ("<h3>{name}</h3><p>{name} ger stöd till unga 13–19 år.</p><p>Projekttid: 2025–2026<br>Projektägare: "
             "{owner}</p><table><tr><th>Finansiär</th><th>Belopp (kr)</th></tr><tr><td>Regionens sociala "
             "investeringsmedel</td><td>{a}</td></tr><tr><td>{owner}</td><td>{a}</td></tr><tr><td>Totalt</td>"
             "<td>{t}</td></tr></table>")
    body = (block.format(name="Fritid för alla", owner="Arvika kommun", a="400 000", t="800 000")
            + block.format(name="Ungdomslots", owner="Säffle kommun", a="250 000", t="500 000"))
    recs = _records(_page("Projekt med delad finansiering", body), "https://www.regionvarmland.se/si/projekt/")
    assert [(r["title"], r["budget_sek"], r["budget_basis"], r["funders"]) for r in recs] == [
        ("Fritid för alla", 800_000, "total", ["Arvika kommun"]), ("Ungdomslots", 500_000, "total", ["Säffle kommun"])]


def test_payers_with_amounts_under_a_funding_label_are_summed():
    body = ("<p>Trygga gårdar är en social investering för barn 6–12 år i Hässelby.</p><ul><li>Period: 2025–2026</li>"
            "<li>Målgrupp: barn 6–12 år</li><li>Finansiering: Länsstyrelsen i Stockholms län 0,8 mnkr och "
            "stadsdelsnämnden 0,2 mnkr</li></ul>")
    rec = _records(_page("Trygga gårdar", body), "https://start.stockholm/hasselby/trygga-gardar/")[0]
    assert rec["budget_sek"] == 1_000_000 and rec["funders"] == ["Länsstyrelsen i Stockholms län"]


def test_the_next_payer_of_a_funding_sentence():
    found = parse_amounts("Satsningen finansieras av Skolverket med 1 200 000 kronor och av socialnämnden med 300 000 "
                          "kronor.")
    assert [(a.sek, a.funder) for a in found] == [(1_200_000, "Skolverket"), (300_000, "socialnämnden")]


def test_a_fact_list_inside_a_sidebar_wrapper_beside_main_is_read():
    html = ("<html><head><title>Jobbkompis</title></head><body><div class='layout'><main><h1>Jobbkompis</h1><p>"
            "Jobbkompis är en insats för unga vuxna 20–29 år som vill börja arbeta.</p></main>"
            "<aside role='complementary'><div class='region-sidebar-second'><h2>Fakta</h2><dl><dt>Insatsägare</dt>"
            "<dd>Arbetsmarknadsenheten</dd><dt>Insatsperiod</dt><dd>2025-02-01 – 2026-12-31</dd><dt>Målgrupp</dt>"
            "<dd>Unga vuxna 20–29 år</dd></dl></div></aside></div></body></html>")
    rec = _records(html, "https://www.finsamnacka.se/insatser/jobbkompis")[0]
    assert str(rec["start_date"]) == "2025-02-01" and rec["organisations"] == ["Arbetsmarknadsenheten"]


@pytest.mark.parametrize("title", ["Utlysning: sociala investeringsmedel 2026", "Ansökningsomgång hösten 2025",
                                   "Sök medel ur fonden för sociala investeringar"])
def test_a_call_for_applications_holds_no_project(title):
    body = ("<ul><li>Projekttid: högst tre år</li><li>Belopp: högst 1 miljon kronor per år</li><li>Målgrupp: barn "
            "och unga 0–24 år</li></ul><p>Projektet ska ha en plan för hur arbetet fortsätter.</p>")
    assert _records(_page(title, body), "https://www.regionjh.se/si/utlysning.html") == []


def test_a_chauffeur_and_a_role_with_its_share_after_a_comma_are_staff():
    assert parse_staffing("I bussen arbetar en förskollärare på heltid och en chaufför på 50 procent.").fte == 1.5
    assert parse_staffing("Bemanning: tre kuratorer, 50 % vardera").fte == 1.5


@pytest.mark.parametrize("title,name,body", [
    ("Vanliga frågor om Läslyftet", "Läslyftet",
     "<dl><dt>Vad är projektet?</dt><dd>Det är en social investering för barn 6–9 år som pågår 2024–2025.</dd></dl>"),
    ("Sammanfattning av rapporten: Familjelyftet", "Familjelyftet",
     "<p>Familjelyftet var en social investering för familjer med barn 0–12 år. Projektet pågick 2022–2024.</p>")])
def test_a_questions_or_report_title_names_its_project(title, name, body):
    recs = _records(_page(title, body), "https://www.ockelbo.se/skola/projekt.html")
    assert [r["title"] for r in recs] == [name]
