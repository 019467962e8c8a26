"""Rules found on the heldout19 set, tested in other wordings: a funder's name ends before the share that follows
it, a question for a headline names no project (the bold name that opens the ingress does), and a teaser's line of
facts ("2024–2026 · 1 800 000 kronor") is no description."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page
from pipeline.extract.fields import _not_description


def _records(html: str, url: str) -> list[dict]:
    return extract_page(html.encode(), url, "text/html")


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Kommunen, 123 45 Orten</p></footer></body></html>")


def test_a_funders_name_ends_before_the_share_after_it():
    body = ("<p>Jobbsteget ger unga vuxna 18–24 år en coach och praktik. Projektet pågår 2025–2027.</p>"
            "<p>Hälften finansieras av Allmänna arvsfonden och 50 procent med medel ur kommunens sociala "
            "investeringsfond.</p>")
    rec = _records(_page("Jobbsteget", body), "https://www.bollnas.se/arbete/jobbsteget.html")[0]
    assert rec["funders"] == ["Allmänna arvsfonden"]


def test_a_question_headline_takes_the_bold_name_of_the_ingress():
    body = ("<p class='ingress'><strong>Läslyftet</strong> är en social investering för elever i årskurs 1–3 som "
            "behöver mer stöd i läsning.</p><p>Projektet pågår 2025–2026 och har fått 800 000 kronor ur fonden.</p>")
    recs = _records(_page("Hur får fler barn läsa?", body), "https://www.hofors.se/skola/laslyftet.html")
    assert [r["title"] for r in recs] == ["Läslyftet"]


@pytest.mark.parametrize("line,facts", [
    ("2024–2026 · 1 800 000 kronor", True),
    ("ht 2024 – vt 2026 | 950 tkr", True),
    ("Hösten 2025 – våren 2027 · 2,4 miljoner kronor", True),
    ("Läxhjälp · för alla barn", False),  # words, not facts
    ("Projektet pågår 2024–2026 · läs mer om det", False),
])
def test_a_teasers_line_of_facts_is_no_description(line, facts):
    assert _not_description(line) is facts
