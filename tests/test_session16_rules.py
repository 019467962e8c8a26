"""Rules of the sixteenth session, each tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

from pipeline.extract import extract_page
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.numbers import parse_number_word


def _records(body: str, title: str, url: str = "https://www.mora.se/omsorg/sociala-investeringar/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Mora kommun, 792 80 Mora</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def _page(title: str, *paragraphs: str) -> list[dict]:
    """A one-project page: a lead, the paragraphs and a period."""
    body = (f"<p>{title} är en social investering för barn och unga som behöver stöd.</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>Den pågår 2025–2027.</p>")
    return _records(body, title)


# -- a quarter of a million

def test_a_quarter_and_three_quarters_are_number_words():
    assert parse_number_word("en kvarts") == 0.25
    assert parse_number_word("tre kvarts") == 0.75
    assert parse_number_word("trekvarts") == 0.75
    assert [a.sek for a in parse_amounts("Nämnden beviljade en kvarts miljon kronor till arbetet.")] == [250_000]
    assert [a.sek for a in parse_amounts("Totalt rör det sig om tre kvarts miljon kronor.")] == [750_000]
    assert [(a.sek, a.basis) for a in parse_amounts("trekvarts miljon kr per år")] == [(750_000, "per_year")]
    # a quarter of an hour is no money, and "en kvart" alone is no number word
    assert parse_amounts("Samtalet tar en kvart och kostar inget.") == []
    [record] = _page("Lugna stunden", "Satsningen har fått en kvarts miljon kronor ur fonden.")
    assert record["budget_sek"] == 250_000


# -- a share as the subject of who pays

def test_a_share_names_its_payer():
    cases = {
        "Budgeten är 1,2 miljoner kronor. Hälften kommer från Samordningsförbundet Västra Dalarna och resten ur fonden.":
            ["Samordningsförbundet Västra Dalarna"],
        "Kostnaden är 900 000 kronor. Hälften betalas av Morastrand AB och hälften av Region Dalarna.":
            ["Morastrand AB", "Region Dalarna"],
        "En tredjedel av kostnaden kommer från Länsstyrelsen Dalarna, resten ur fonden.": ["Länsstyrelsen Dalarna"],
        "En fjärdedel bekostas av Arvsfonden och resten av kommunen.": ["Arvsfonden"],
    }
    for sentence, funders in cases.items():
        [record] = _page("Lugna stunden", sentence)
        assert record["funders"] == funders, sentence


def test_a_share_without_a_payer_names_none():
    for sentence in ("Hälften kommer från fonden och hälften från nämndens budget.",
                     "Hälften av deltagarna kommer från Mora, de andra från Orsa.",
                     "En tredjedel av eleverna kom från andra skolor."):
        [record] = _page("Lugna stunden", sentence)
        assert record["funders"] == [], sentence


# -- two owners "gemensamt"

def test_jointly_is_no_part_of_the_last_owners_name():
    [record] = _page("Lugna stunden", "Projektet ägs av Socialnämnden och Kultur- och fritidsnämnden gemensamt.")
    assert record["organisations"] == ["Socialnämnden", "Kultur- och fritidsnämnden"]


def test_a_share_of_people_is_no_share_of_money():
    # "resten från X" names a payer only where its sentence, or the one before, speaks of money
    [record] = _page("Lugna stunden", "Hälften av deltagarna kommer från Mora och resten från Orsa.")
    assert record["funders"] == []
    [record] = _page("Lugna stunden", "Kostnaden är 400 000 kronor.", "Hälften kommer från fonden och resten från Orsa kommun.")
    assert record["funders"] == ["Orsa kommun"]


# -- partners in the sentences that tell how the work is organised

def test_partners_named_in_a_groups_composition_and_in_between_words():
    cases = {
        "Fritidsgården samarbetar i projektet med Orsa bibliotek, där läxhjälpen hålls, och med Bris region Mitt, "
        "som leder samtalsgrupperna.": ["Orsa bibliotek", "Bris region Mitt"],
        "I projektgruppen sitter en kurator från elevhälsan och en behandlare från Barn- och ungdomspsykiatrin i "
        "Mora.": ["elevhälsan", "Barn- och ungdomspsykiatrin i Mora"],
        "I styrgruppen finns också, förutom förvaltningschefen, företrädare för Polisen och Morastrand AB.":
            ["Polisen", "Morastrand AB"],
        "Ett femtontal företag är med i projektet, bland annat Mora Bygg AB, Siljan Camping och IFK Mora.":
            ["Mora Bygg AB", "Siljan Camping", "IFK Mora"],
    }
    for sentence, partners in cases.items():
        [record] = _page("Lugna stunden", sentence)
        assert record["partners"] == partners, sentence


def test_people_in_a_group_are_no_partners():
    for sentence in ("I projektgruppen finns fem personer med olika yrken.",
                     "I arbetsgruppen sitter två lärare för de yngre barnen.",
                     "Tre föräldrar är med i projektet, bland annat som volontärer."):
        [record] = _page("Lugna stunden", sentence)
        assert record["partners"] == [], sentence


# -- a standing service the fund once paid for

def test_work_ordinary_since_a_time_said_in_a_long_sentence_is_no_project():
    body = ("<p>Pratstunden är kommunens samtalstjänst för dig som är 13–20 år. Du kan vara anonym.</p>"
            "<p>Tjänsten öppnade i mars 2021 och finansierades de två första åren med 480 000 kronor ur Mora kommuns "
            "sociala investeringsfond. Sedan februari 2023 ingår Pratstunden i individ- och familjeomsorgens "
            "ordinarie verksamhet och budget.</p><p>Vi har öppet måndag till torsdag klockan 18–21.</p>")
    assert _records(body, "Pratstunden – samtal för unga") == []
