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
