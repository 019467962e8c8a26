"""Rules found in the eleventh session (a statutory service's page, and the blind sets heldout38 onwards), each
tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

from pipeline.extract import extract_page


def _records(body: str, title: str, url: str = "https://www.hallsberg.se/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Hallsbergs kommun, 694 80 Hallsberg</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def test_a_statutory_services_page_holds_no_project():
    # An LSS service: its start year, its fee in kronor, its ages and "beviljas" are the service's.
    assert _records(
        "<p>Ledsagarservice är en insats enligt LSS för dig som behöver stöd för att delta i fritidsaktiviteter.</p>"
        "<h2>Vem kan få ledsagarservice?</h2><p>Insatsen riktar sig till personer mellan 18 och 65 år med en "
        "funktionsnedsättning. Den beviljas efter en utredning av en LSS-handläggare.</p>"
        "<h2>Avgift</h2><p>Insatsen är avgiftsfri, men du betalar själv dina egna kostnader, högst 300 kronor i "
        "månaden för ledsagarens entréer.</p>"
        "<h2>Nytt arbetssätt</h2><p>Sedan mars 2023 samordnar vi ledsagningen med daglig verksamhet.</p>",
        "Ledsagarservice") == []
    assert _records(
        "<p>Hemtjänst är bistånd enligt socialtjänstlagen. Den beviljas efter en ansökan och riktar sig till dig "
        "som är över 65 år. Sedan januari 2024 har hemtjänsten nya larm. Avgiften är högst 2 359 kronor i månaden.</p>",
        "Hemtjänst") == []


def test_a_project_that_offers_a_statutory_service_is_still_a_project():
    (rec,) = _records(
        "<p>Projektet Boendecoach prövar ett nytt sätt att ge boendestöd, som är en insats enligt socialtjänstlagen, "
        "till unga vuxna 18–25 år.</p><p>Projektet pågår från januari 2025 till december 2026 och har fått "
        "1,2 miljoner kronor ur den sociala investeringsfonden.</p>", "Boendecoach")
    assert rec["title"] == "Boendecoach" and rec["budget_sek"] == 1_200_000
    assert (rec["target_age_min"], rec["target_age_max"]) == (18, 25)


def test_a_name_and_one_sentence_under_a_heading_that_lists_projects():
    # The other items are read by their labels; the one told in a sentence is an item of the same list.
    recs = _records(
        "<p>Här är de projekt som fått pengar ur fonden.</p>"
        "<h2>Pågående projekt</h2>"
        "<h3>Familjestöd i Vretstorp</h3><p>Stöd till familjer i förskolan.</p>"
        "<ul><li>Tid: 2024–2026</li><li>Belopp: 800 000 kr</li><li>Ansvarig: Socialförvaltningen</li></ul>"
        "<h3>Kompisbussen</h3><p>Projektet kör barn i Hallsberg till fritidsaktiviteter på helgerna.</p>"
        "<h3>Språkfika</h3><ul><li>Tid: 2025–2026</li><li>Belopp: 150 000 kr</li><li>Ansvarig: Biblioteket</li></ul>"
        "<h2>Kommuner utan projekt</h2><h3>Pålsboda</h3><p>Inga projekt har beviljats ännu.</p>",
        "Sociala investeringar i Hallsberg")
    assert [r["title"] for r in recs] == ["Familjestöd i Vretstorp", "Kompisbussen", "Språkfika"]
    assert recs[1]["budget_sek"] is None and recs[1]["start_date"] is None


def test_outside_a_list_a_name_and_one_sentence_is_no_project():
    recs = _records(
        "<h2>Familjestöd i Vretstorp</h2><p>Stöd till familjer i förskolan.</p>"
        "<ul><li>Tid: 2024–2026</li><li>Belopp: 800 000 kr</li></ul>"
        "<h2>Om fonden</h2><p>Projektet ska bidra till att fler unga klarar skolan.</p>",
        "Familjestöd i Vretstorp")
    assert [r["title"] for r in recs] == ["Familjestöd i Vretstorp"]


def test_an_item_of_a_list_that_says_there_is_none_is_no_project():
    recs = _records(
        "<h2>Beviljade projekt 2025</h2>"
        "<h3>Läxhjälp i Vretstorp</h3><p>Projektet ger elever i årskurs 4–6 läxhjälp två gånger i veckan.</p>"
        "<h3>Nattvandring</h3><p>Satsningen samlar vuxna som vandrar i centrum på helgerna.</p>"
        "<h2>Beviljade projekt 2026</h2>"
        "<h3>Vretstorps skola</h3><p>Inga projekt har beviljats ännu i år.</p>",
        "Beviljade projekt")
    assert [r["title"] for r in recs] == ["Läxhjälp i Vretstorp", "Nattvandring"]


def test_the_owner_as_the_subject_of_the_projects_name():
    (rec,) = _records(
        "<p>Kompisbussen kör barn till fritidsaktiviteter i hela kommunen.</p>"
        "<p>Kultur- och fritidsförvaltningen driver Kompisbussen tillsammans med Länstrafiken Örebro.</p>"
        "<p>Projektet pågår 2025–2026 och har fått 400 000 kronor ur den sociala investeringsfonden.</p>",
        "Kompisbussen")
    assert rec["organisations"] == ["Kultur- och fritidsförvaltningen"]


def test_partners_in_a_tables_description_column():
    recs = _records(
        "<table><thead><tr><th>Projekt</th><th>Beskrivning</th><th>Period</th><th>Belopp (kr)</th></tr></thead><tbody>"
        "<tr><td>Trygga helger</td><td>Nattvandring i centrum för unga 13–17 år, tillsammans med Polisen och "
        "Hallsbergs IF.</td><td>2025–2026</td><td>300 000</td></tr>"
        "<tr><td>Läsfrämjande</td><td>Högläsning för barn 3–5 år på biblioteket.</td><td>2024–2025</td>"
        "<td>120 000</td></tr></tbody></table>", "Beviljade sociala investeringar")
    assert [(r["title"], r["partners"]) for r in recs] == [
        ("Trygga helger", ["Polisen", "Hallsbergs IF"]), ("Läsfrämjande", [])]
