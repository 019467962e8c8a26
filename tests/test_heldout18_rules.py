"""Rules found on the heldout18 set, tested on pages written in other styles: a digest of a council's decisions holds
no project, facts in one line split by semicolons with labels in lower case, a list item's paragraph opened by a bold
name, a label left without a value (a row of logos) does not split a one-project page, a zero-width space inside a
label."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page


def _records(html: str, url: str) -> list[dict]:
    return extract_page(html.encode(), url, "text/html")


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Kommunen, 123 45 Orten</p></footer></body></html>")


@pytest.mark.parametrize("title", ["Beslut i korthet från kommunstyrelsen 3 juni 2025",
                                   "Besluten från kommunfullmäktige i maj"])
def test_a_digest_of_decisions_holds_no_project(title):
    body = ("<ul><li><strong>Sociala investeringsfonden fylls på</strong><br>Fonden tillförs 2 miljoner kronor ur 2024 "
            "års resultat. Sedan 2020 har fonden finansierat projekt för barn och unga.</li>"
            "<li><strong>Ny taxa för förskola</strong><br>Taxan höjs med 3 procent från den 1 augusti 2025 för familjer "
            "med barn 1–5 år.</li><li><strong>Detaljplan för skola</strong><br>En ny skola för 450 elever i årskurs "
            "F–6 planeras till 2027.</li></ul>")
    assert _records(_page(title, body), "https://www.lomma.se/kommun-och-politik/beslut.html") == []


def test_facts_split_by_semicolons_with_lower_case_labels_under_a_bold_name():
    items = ("<li><p><strong>Läxhjälp i Centrum</strong> (Ronneby kommun) – Studenter hjälper elever med läxor två "
             "kvällar i veckan.<br>målgrupp: elever i årskurs 4–9; period: 2025–2026; beviljat: 300 000 kr; "
             "samverkan: Blekinge tekniska högskola och biblioteket.</p></li>"
             "<li><p><strong>Trygg äldre</strong> (Karlshamns kommun) – Frivilliga ringer upp äldre som bor ensamma."
             "<br>målgrupp: personer 80 år och äldre; period: 2025; beviljat: 150 000 kr.</p></li>")
    recs = _records(_page("Beviljade medel 2025", f"<ol>{items}</ol>"), "https://www.regionblekinge.se/beviljat.html")
    assert [r["title"] for r in recs] == ["Läxhjälp i Centrum", "Trygg äldre"]
    first = recs[0]
    assert first["target_group"] == "elever i årskurs 4–9" and first["budget_sek"] == 300_000
    assert first["partners"] == ["Blekinge tekniska högskola", "biblioteket"]
    assert first["description"] == "Studenter hjälper elever med läxor två kvällar i veckan."


def test_a_label_left_without_a_value_does_not_split_a_one_project_page():
    body = ("<p>Skolbron är en social investering på Östra skolan. Projektet vänder sig till eleverna i åk 4–6.</p>"
            "<h2>Fakta</h2><ul><li>Projektperiod: 2025–2026</li><li>Beviljat belopp: 800 000 kronor</li>"
            "<li>Ansvarig: Barn- och utbildningsförvaltningen</li></ul>"
            "<h2>Så arbetar vi</h2><p>Två fritidspedagoger finns i skolan varje eftermiddag.</p>"
            "<h2>Samarbetspartner</h2><div class='logos'><a href='https://x.se'><img src='a.svg' alt='Polisen'></a>"
            "</div>")
    recs = _records(_page("Skolbron", body), "https://www.tranas.se/skola/skolbron.html")
    assert len(recs) == 1
    rec = recs[0]
    assert rec["target_grade_min"] == 4 and rec["target_grade_max"] == 6
    assert rec["description"].startswith("Skolbron är en social investering på Östra skolan.")


def test_a_zero_width_space_inside_a_label():
    body = ("<p>Jobbspåret ger unga vuxna en coach.</p><table><tr><td>Samverkans\u200bparter</td><td>Arbetsförmedlingen "
            "och Samordningsförbundet</td></tr><tr><td>Projekt\u200bperiod</td><td>2025–2026</td></tr></table>")
    rec = _records(_page("Jobbspåret", body), "https://www.skara.se/arbete/jobbsparet.html")[0]
    assert rec["partners"] == ["Arbetsförmedlingen", "Samordningsförbundet"]
    assert str(rec["start_date"]) == "2025-01-01"


def test_two_same_name_projects_with_their_years_in_the_headings():
    body = ("<h2>Mötesplats Torget 2020–2022</h2><p>Projektet Mötesplats Torget pågick 2020–2022 och gav unga 13–17 år "
            "en plats på kvällarna. Det kostade totalt 900 000 kronor.</p>"
            "<h2>Mötesplats Torget 2.0</h2><p>Projektet Mötesplats Torget 2.0 pågår 2025–2026 och tar verksamheten till "
            "fler stadsdelar för unga 13–17 år, med 600 000 kronor ur fonden.</p>")
    recs = _records(_page("Mötesplats Torget", body), "https://www.soderkoping.se/fritid/motesplats-torget.html")
    assert [(r["title"], str(r["start_date"])) for r in recs] == [("Mötesplats Torget", "2020-01-01"),
                                                                  ("Mötesplats Torget 2.0", "2025-01-01")]
