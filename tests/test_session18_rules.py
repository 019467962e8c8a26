"""Rules of the eighteenth session, each in wordings other than the page that showed it was missing."""

import pytest

from pipeline.swedish.staffing import parse_staffing


@pytest.mark.parametrize("text, fte", [
    ("En samordnare på kvartstid anställs för att hålla ihop arbetet.", 0.25),
    ("I projektet arbetar en samordnare på trekvartstid och en kurator på halvtid.", 1.25),
    ("Två fältassistenter anställs på kvartstid.", 0.5),
    ("två fritidsledare med varsin kvartstidstjänst", 0.5),
    ("Bemanningen är en projektledare på heltid och en ekonom på kvartstid.", 1.25),
])
def test_quarter_and_three_quarter_time_are_extents(text, fte):
    assert parse_staffing(text).fte == pytest.approx(fte)


@pytest.mark.parametrize("text", [
    "Projektet har en kvartstid för administration.",  # no person, no post
    "Mötet tar en kvart, och tiden räcker till frågor.",
])
def test_a_quarter_without_a_post_is_no_staffing(text):
    assert parse_staffing(text) is None


# -- target group said to the reader -----------------------------------------------------------------------------------

def _record(body_html: str, url: str = "https://www.exempel.se/projekt/x") -> dict:
    from pipeline.extract import extract_page

    page = (f"<html><head><title>Projekt</title></head><body><main>{body_html}</main></body></html>").encode()
    recs = extract_page(page, url, "text/html")
    assert len(recs) == 1, recs
    return recs[0]


_PROJECT = ("<h1>Ung i Mora</h1><p>Ung i Mora är ett projekt som finansieras av Mora kommuns sociala investeringsfond "
            "och pågår 2025–2027.</p><h2>Deltagare</h2><p>{}</p><p>Projektet drivs av socialförvaltningen.</p>")


@pytest.mark.parametrize("sentence", [
    "Du som är mellan 16 och 20 år och har hoppat av gymnasiet kan vara med.",
    "Ni som är föräldrar till barn i förskoleklass är välkomna att delta i träffarna.",
    "Du som bor i Mora och är 65 år eller äldre kan anmäla dig till gruppen.",
])
def test_who_may_take_part_said_to_the_reader_is_the_target_group(sentence):
    assert _record(_PROJECT.format(sentence))["target_group"] == sentence


@pytest.mark.parametrize("sentence", [
    "Du som vill veta mer kan kontakta projektledaren.",
    "Du som är förälder kan läsa mer på 1177.",
])
def test_a_way_in_said_to_the_reader_is_no_target_group(sentence):
    assert _record(_PROJECT.format(sentence))["target_group"] is None
