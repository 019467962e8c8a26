"""A funding label whose value names who pays ("Finansiering: Samordningsförbundet Sjuhärad 80 %, Ulricehamns kommun
20 %") gives the funders, without their shares; a funding label with an amount, a sentence or no names gives none
from the list (the amount and the prose rules read those)."""

import pytest

from pipeline.extract import extract_page

PAGE = """<html><head><title>{title}</title></head><body><main><h1>{title}</h1>
<p>Projektet ger unga vuxna 18–29 år stöd att komma i arbete eller studier.</p>
<p><strong>Projektperiod:</strong> 2024–2026</p>
<p><strong>{label}:</strong> {value}</p>
</main></body></html>"""


def _funders(label: str, value: str, url: str = "https://www.ulricehamn.se/projekt/arbetstraning") -> list[str]:
    html = PAGE.format(title="Arbetsträning för unga vuxna", label=label, value=value)
    (rec,) = extract_page(html.encode(), url, "text/html")
    return rec["funders"]


@pytest.mark.parametrize(("label", "value", "expected"), [
    ("Finansiering", "Samordningsförbundet Sjuhärad 80 %, Ulricehamns kommun 20 %",
     ["Samordningsförbundet Sjuhärad", "Ulricehamns kommun"]),
    ("Finansiering", "Samordningsförbundet Sjuhärad (80 procent) och Ulricehamns kommun (20 procent)",
     ["Samordningsförbundet Sjuhärad", "Ulricehamns kommun"]),
    ("Finansieras av", "Allmänna arvsfonden", ["Allmänna arvsfonden"]),
    ("Medfinansiering", "Region Västra Götaland och Länsstyrelsen", ["Region Västra Götaland", "Länsstyrelsen"]),
])
def test_names_under_a_funding_label_are_funders(label, value, expected):
    assert _funders(label, value) == expected


@pytest.mark.parametrize(("label", "value"), [
    ("Finansiering", "ur kommunens sociala investeringsfond"),  # the publisher's own fund is no funder
    ("Kostnad", "Lönekostnader för två tjänster"),  # not a funding label
    ("Finansiering", "medel söks under hösten"),  # no names
])
def test_no_funders_from_a_value_that_names_none(label, value):
    assert _funders(label, value) == []


def test_a_funding_sentence_is_read_once_by_the_prose_rule():
    assert _funders("Finansiering", "Projektet finansieras av Allmänna arvsfonden.") == ["Allmänna arvsfonden"]


def test_funding_line_beside_a_budget_line_in_a_fact_block():
    """Read as fields (two labels name the project), "Budget" gives the sum and "Finansiering" who pays it."""
    html = """<html><body><main><h1>Samordningsförbundets insatser</h1>
    <h2>Arbetsro</h2><p><strong>Målgrupp:</strong> Unga vuxna 18–29 år som står långt från arbetsmarknaden.</p>
    <p><strong>Projektperiod:</strong> 2024–2026</p><p><strong>Budget:</strong> 1 450 000 kronor per år</p>
    <p><strong>Finansiering:</strong> Samordningsförbundet Sjuhärad 80 %, Ulricehamns kommun 20 %</p>
    </main></body></html>"""
    (rec,) = extract_page(html.encode(), "https://www.sjuharad.se/insatser", "text/html")
    assert rec["budget_sek"] == 1_450_000 and rec["budget_basis"] == "per_year"
    assert rec["funders"] == ["Samordningsförbundet Sjuhärad", "Ulricehamns kommun"]


@pytest.mark.parametrize(("value", "expected_funders", "budget"), [
    # a share named without an amount of its own (heldout7, Region JH)
    ("totalt 2 miljoner kronor, varav en fjärdedel från Länsstyrelsen Västernorrland", ["Länsstyrelsen Västernorrland"],
     2_000_000),
    # an amount in another currency: no budget in kronor, but who pays is stated
    ("120 000 EUR från Europeiska socialfonden", ["Europeiska socialfonden"], None),
])
def test_funder_of_a_share_or_a_foreign_amount_on_a_line_of_its_own(value, expected_funders, budget):
    html = f"""<html><body><main><h1>Insatser</h1><ul><li><strong>Jobbspår</strong> Unga vuxna får en coach.<ul>
    <li>Målgrupp: unga vuxna 18–29 år</li><li>Projekttid: 2024–2026</li><li>Finansiering: {value}</li>
    <li>Samverkan: Arbetsförmedlingen</li></ul></li></ul></main></body></html>"""
    (rec,) = extract_page(html.encode(), "https://www.sundsvall.se/sociala-investeringar/insatser", "text/html")
    assert rec["funders"] == expected_funders and rec["budget_sek"] == budget


def test_a_partner_phrase_ending_its_line():
    """"i samverkan med X" at the end of a line (a labelled value, a list item) ends the name there."""
    html = """<html><body><main><h1>Läxhjälp i Nacksta</h1><ul><li>Målgrupp: elever i årskurs 4–6</li>
    <li>Projekttid: 2024–2026</li><li>Genomförs i samverkan med Röda Korset</li><li>Budget: 300 000 kronor</li></ul>
    </main></body></html>"""
    (rec,) = extract_page(html.encode(), "https://www.sundsvall.se/projekt/laxhjalp", "text/html")
    assert rec["partners"] == ["Röda Korset"]


@pytest.mark.parametrize(("value", "expected"), [
    ("Kostnaden är 900 000 kronor, varav 600 000 kronor ur fonden och återstoden från Arbetsförmedlingen.",
     ["Arbetsförmedlingen"]),
    ("Totalt 1,5 miljoner kronor, varav en miljon från fonden och resten från Region Västra Götaland.",
     ["Region Västra Götaland"]),
])
def test_the_rest_from_another_funder(value, expected):
    assert _funders("Ekonomi", value) == expected


def test_an_earlier_projects_partners_are_not_this_ones():
    html = PAGE.format(title="Fältkompis", label="Projektperiod", value="2025–2027").replace(
        "<p>Projektet ger unga vuxna", "<p>Idén bygger på erfarenheterna från projektet Unga ledare, som kommunen "
        "drev 2021–2023 tillsammans med Studieförbundet Vuxenskolan.</p><p>Fältkompis arbetar i samverkan med "
        "Polisen.</p><p>Projektet ger unga vuxna")
    (rec,) = extract_page(html.encode(), "https://www.orust.se/faltkompis", "text/html")
    assert rec["partners"] == ["Polisen"]
