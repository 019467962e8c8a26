"""The matcher's rules one by one: typos, names, texts, periods, places."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipeline.dedupe.match import (name_relation, period_veto_expr, periods_compatible, places_compatible, text_score,
                                   typo_equal)
from pipeline.dedupe.text import normalise, significant_name


@pytest.mark.parametrize("a,b,expected", [
    ("multikompetent", "mlutikompetent", True),   # swapped letters
    ("familjecentral", "familjeccentral", True),  # doubled letter
    ("forskolan", "forskolam", True),             # one letter replaced
    ("norrby", "norby", True),                    # dropped letter
    ("norrby", "sorby", False),                   # another district
    ("mellanstadiet", "lagstadiet", False),       # another school stage
    ("spar", "spar", True),
    ("1", "2", False),                            # numbers never differ by a typo
    ("2016", "2017", False),
    ("npf", "nfp", False),                        # too short to tell
])
def test_typo_equal(a, b, expected):
    assert typo_equal(a, b) is expected


@pytest.mark.parametrize("a,b,relation", [
    ("Läxhjälp för nyanlända i Norrby", "Läxhjälp för nyanlända i Norrby", "same"),
    ("Läxhjälp för nyanlända i Norrby", "Norrby: läxhjälp för nyanlända", "same"),
    ("Multikompetent team i förskolan", "Mlutikompetent team i förskolan", "same"),
    ("Familjecentral", "Familjeccentral", "same"),
    ("Multikompetent team i förskolan, Kungälv", "Multikompetent team i förskolan", "same"),  # place names dropped
    ("Multikompetent team", "Multikompetent team i förskolan", "extension"),
    ("Läxhjälp i Norrby", "Läxhjälp i Sörby", "conflict"),
    ("Partnerskapsatsning i Fyrbodal - SIM Spår 1", "Partnerskapsatsning i Fyrbodal - SIM Spår 2", "conflict"),
    ("Elevcoach mellanstadiet", "Elevcoach lågstadiet", "conflict"),
    ("Familjecentral", "Familjecentral Norr", "partial"),  # one generic word: not enough to merge on
    ("Tidiga samordnade insatser i skolan", "Teknikstöd i skolan", "conflict"),
])
def test_name_relation(a, b, relation):
    assert name_relation(significant_name(a).split(), significant_name(b).split())[0] == relation


@pytest.mark.parametrize("a,b,match", [
    ("Att stärka skolresultaten hos nyanlända genom läxhjälp i Norrby",
     "Att stärka skolresultaten hos nyanlända genom läxhjälp i Norrby", True),
    ("Att stärka skolresultaten hos nyanlända genom läxhjälp i Norrby",
     "Att stärka skolresultaten hos nyanlända genom läxhjälp i Norrby och Sörby samt ge föräldrar stöd", True),
    ("Att stärka skolresultaten hos nyanlända genom läxhjälp i Norrby",
     "Att stärka skolresultaten hos nyanlända genom läxhjälp i Bergbacka", False),  # formulaic, other district
    ("Att ge tidigt stöd", "Att ge tidigt stöd", False),  # too short to say anything
])
def test_text_score(a, b, match):
    assert (text_score(normalise(a), normalise(b)) > 0) is match


def _d(s):
    return dt.date.fromisoformat(s) if s else None


PERIODS = [
    # start1, end1, start2, end2, compatible
    ("2014-01-01", "2016-12-31", "2022-01-01", "2024-12-31", False),  # the same name eight years later
    ("2014-01-01", "2016-12-31", "2016-01-01", "2018-12-31", True),   # overlapping
    ("2016-01-01", "2023-12-31", "2016-03-01", "2021-02-28", True),   # year vs month precision
    ("2016-01-01", None, "2016-03-01", "2021-02-28", True),
    ("2014-01-01", None, "2022-01-01", None, False),                  # starts eight years apart
    ("2022-01-01", None, None, "2016-12-31", False),                  # starts after the other ended
    (None, None, "2022-01-01", "2024-12-31", True),                   # unknown period: no veto
    ("2019-04-01", "2022-03-31", "2022-05-01", "2024-12-31", True),   # a month apart: within the rounding slack
    ("2019-04-01", "2022-03-31", "2022-09-01", "2024-12-31", False),  # five months apart
]


@pytest.mark.parametrize("s1,e1,s2,e2,ok", PERIODS)
def test_periods_compatible(s1, e1, s2, e2, ok):
    assert periods_compatible(_d(s1), _d(e1), _d(s2), _d(e2)) is ok
    assert periods_compatible(_d(s2), _d(e2), _d(s1), _d(e1)) is ok


def test_period_veto_expr_agrees_with_python():
    rows = []
    for s1, e1, s2, e2, _ in PERIODS:
        rows.append((_d(s1), _d(e1), _d(s2), _d(e2)))
        rows.append((_d(s2), _d(e2), _d(s1), _d(e1)))
    df = pl.DataFrame(rows, schema=["s1", "e1", "s2", "e2"], orient="row").with_columns(pl.all().cast(pl.Int32))
    veto = df.select(period_veto_expr(*[pl.col(c) for c in ("s1", "e1", "s2", "e2")]).fill_null(False)).to_series()
    assert veto.to_list() == [not periods_compatible(*r) for r in rows]


@pytest.mark.parametrize("a,b,ok", [
    (["1482"], ["1481"], False),
    (["1482"], ["1482", "1481"], True),
    ([], ["1481"], True),
])
def test_places_compatible(a, b, ok):
    assert places_compatible(a, b) is ok


@pytest.mark.parametrize("a,b,expected", [
    ("skolan", "skolorna", True),              # inflected: enough to carry an id to the next release
    ("forskolan", "forskolorna", True),
    ("norrby", "sorby", False),
    ("laxhjalp", "laxlasning", False),
    ("familjecentral", "familjestod", False),
])
def test_edit_equal(a, b, expected):
    from pipeline.dedupe.match import edit_equal

    assert edit_equal(a, b) is expected


def test_first_version_helpers_still_work():
    from pipeline.dedupe import identity_key, make_project_id, merge, normalise

    assert normalise("Läxhjälp för Nyanlända!") == "laxhjalp for nyanlanda"
    key = identity_key({"publisher_code": "1482", "title": "Teknikstöd i skolan"})
    assert key == "1482|t|teknikstod i skolan" and make_project_id(key, "1482").startswith("1482-")
    merged = merge([{"title": "A", "partners": ["X"], "budget_sek": 8_000_000},
                    {"title": "A", "partners": ["Y"], "budget_sek": 6_000_000}])
    assert merged["partners"] == ["X", "Y"] and merged["_conflicts"] == {"budget_sek": ["8000000", "6000000"]}
