"""A page on a host no registry knows names its publisher itself (og:site_name or the <title>'s parts)."""

import json

import pytest

from pipeline.extract import extract_page
from pipeline.extract.publisher import publisher_named_on_page


@pytest.mark.parametrize("meta, expected", [
    ({"og:site_name": "Samordningsförbundet Norra Västmanland"}, ("Samordningsförbundet Norra Västmanland", None, "other")),
    ({"html_title": "Våra insatser | Finsam Östra Skaraborg"}, ("Finsam Östra Skaraborg", None, "other")),
    ({"html_title": "Kommunalförbundet Sjuhärad – Projekt"}, ("Kommunalförbundet Sjuhärad", None, "other")),
    ({"html_title": "Start - Falu kommun"}, ("Falun", "2080", "kommun")),
    ({"application-name": "Stockholms stad"}, ("Stockholm", "0180", "kommun")),
    ({"html_title": "Aktuellt — Region Norrbotten"}, ("Region Norrbotten", "25", "region")),
])
def test_an_organisation_named_as_the_site(meta, expected):
    publisher, evidence = publisher_named_on_page(meta)
    assert (publisher.name, publisher.code, publisher.type) == expected
    assert evidence.split(": ", 1)[1] in (meta.get("html_title"), meta.get("og:site_name"), meta.get("application-name"))


@pytest.mark.parametrize("meta", [
    {"og:site_name": "Trygg i Tyresö"},  # a project's own site: no organisation
    {"html_title": "Jobbsteget – ett projekt i Malmö"},  # names a place, not the site's owner
    {"html_title": "Samordningsförbundet"},  # one part: a page's own title, not a site name
    {"html_title": "Umeå – en stad i rörelse"},  # a slogan with a place
    {},
])
def test_no_organisation_named(meta):
    assert publisher_named_on_page(meta) is None


_PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>Lotsen – Samordningsförbundet Mitt i Norr</title>
<meta property="og:site_name" content="{site}"></head><body><main>
<h1>Lotsen</h1>
<p>Lotsen är en insats för unga vuxna 18–29 år som står långt från arbetsmarknaden. Insatsen pågår 2024–2026.</p>
<p>Budget: 1,8 miljoner kronor.</p>
</main></body></html>"""


def test_record_of_an_unknown_host_names_its_publisher_with_evidence():
    page = _PAGE.format(site="Samordningsförbundet Mitt i Norr").encode()
    (rec,) = extract_page(page, "https://www.mittinorr-finsam.example/lotsen/", "text/html")
    assert (rec["publisher"], rec["publisher_code"], rec["publisher_type"]) == \
        ("Samordningsförbundet Mitt i Norr", None, "other")
    assert json.loads(rec["evidence"])["publisher"] == "og:site_name: Samordningsförbundet Mitt i Norr"


def test_a_known_host_keeps_its_registry_publisher():
    page = _PAGE.format(site="Samordningsförbundet Mitt i Norr").encode()
    (rec,) = extract_page(page, "https://www.sundsvall.se/lotsen/", "text/html")
    assert (rec["publisher"], rec["publisher_code"], rec["publisher_type"]) == ("Sundsvall", "2281", "kommun")
    assert "publisher" not in json.loads(rec["evidence"])
