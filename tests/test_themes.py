"""The theme taxonomy: data that loads, matches words at their start, and classifies real project text."""

import csv

import pytest

from pipeline.themes import THEMES_CSV, taxonomy, themes_of


def test_taxonomy_rows_are_unique_and_complete():
    rows = list(csv.DictReader(open(THEMES_CSV, encoding="utf-8")))
    assert len({r["theme"] for r in rows}) == len(rows) == len(taxonomy())
    assert all(r["label_sv"] and r["label_en"] and r["keywords"] for r in rows)


@pytest.mark.parametrize("text,expected", [
    ("problematisk skolfrånvaro i grundskolan", {"skolnarvaro"}),
    ("förebygga psykisk ohälsa och depression hos unga", {"psykisk-halsa"}),
    ("ABC-föräldragrupper för vårdnadshavare", {"foraldraskapsstod"}),
    ("språkscreening på modersmål på BVC", {"sprakutveckling", "tidiga-insatser"}),
    ("motverka stillasittande genom fysisk aktivitet", {"fysisk-aktivitet"}),
    ("hälsosamtal i tandvården, Tandboxen", {"tandhalsa"}),
    ("etableringskoordinatorer för nyanlända arbetslösa i praktik", {"integration", "arbetsmarknad"}),
    ("Kommunen bygger en ny cykelväg", set()),
    ("barn i förskolan och deras föräldrar", {"tidiga-insatser"}),  # parents alone are not parenting support
    ("ett omvårdnadshem", set()),  # 'vårdnadshavare' must not match inside other words
])
def test_themes_of_real_project_text(text, expected):
    assert set(themes_of(text)) == expected
