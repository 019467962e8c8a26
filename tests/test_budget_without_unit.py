"""A money label or column that names no unit ("Beviljat belopp", "Budget:") over a number written as kronor are
("1 200 000", "850 000:-", "SEK 500 000") gives that many kronor; a small bare number ("1 200", perhaps tkr the page
does not name) gives nothing rather than a value a thousandfold off."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page
from pipeline.swedish.money import parse_bare_kronor


@pytest.mark.parametrize("text,sek", [
    ("500 000", 500_000), ("1 200 000", 1_200_000), ("1\u00a0200\u00a0000", 1_200_000), ("1.200.000", 1_200_000),
    ("1200000", 1_200_000), ("850 000:-", 850_000), (" 100 000 ", 100_000), ("SEK 500 000", 500_000),
    ("kr 12 000", 12_000), ("Kr. 40 000", 40_000), ("kronor 850 000", 850_000),  # the currency first (heldout2)
    # not kronor for sure, or not a bare number
    ("1 200", None), ("99 999", None), ("20210901", None), ("2023", None), ("500 000 (2023)", None), ("ca 500 000", None),
    ("2 mkr", None), ("", None), ("0", None), ("SEK", None), ("1 200 000 000 000", 1_200_000_000_000),
])
def test_parse_bare_kronor(text, sek):
    found = parse_bare_kronor(text)
    assert (found.sek if found else None) == sek


_PAGE = """<html><body><main><h1>Beviljade sociala investeringar</h1>
<table><tr><th>Projekt</th><th>Nämnd</th><th>Beviljat belopp</th><th>Period</th></tr>
<tr><td>Tidiga insatser</td><td>Socialnämnden</td><td>1 200 000</td><td>2022–2024</td></tr>
<tr><td>Närvaroteam</td><td>Utbildningsnämnden</td><td>850</td><td>2023–2025</td></tr>
<tr><td>Fältarbete</td><td>Socialnämnden</td><td>{tkr_cell}</td><td>2023–2025</td></tr></table>
<h2>Familjecentral</h2><p><strong>Budget:</strong> 500 000</p><p><strong>Tidsperiod:</strong> 2021–2023</p>
<p><strong>Syfte:</strong> Att stödja familjer.</p></main></body></html>"""


def test_a_money_column_and_label_without_a_unit():
    records = extract_page(_PAGE.format(tkr_cell="400 tkr").encode(), "https://www.kungalv.se/x", "text/html")
    budgets = {r["title"]: r["budget_sek"] for r in records}
    assert budgets == {"Tidiga insatser": 1_200_000, "Närvaroteam": None, "Fältarbete": 400_000,
                       "Familjecentral": 500_000}


def test_a_unit_in_the_header_still_decides():
    page = _PAGE.replace("<th>Beviljat belopp</th>", "<th>Beviljat belopp (tkr)</th>").format(tkr_cell="400")
    budgets = {r["title"]: r["budget_sek"] for r in extract_page(page.encode(), "https://www.kungalv.se/x", "text/html")}
    assert budgets["Tidiga insatser"] == 1_200_000_000 and budgets["Närvaroteam"] == 850_000
    assert budgets["Fältarbete"] == 400_000
