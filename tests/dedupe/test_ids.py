"""Stable project ids: deterministic, and carried over edits, moves and merges from the previous release."""

from __future__ import annotations

import re

import pyarrow.parquet as pq

from conftest import period, record, region
from pipeline.dedupe import dedupe, identity_key, make_project_id
from pipeline.dedupe.ids import identity_keys

OWN = "https://www.kungalv.se/sociala-investeringar/teknikstod-i-skolan.4.5f1a.html"
ID = re.compile(r"^(\d{2}|\d{4}|x)-[0-9a-f]{12}$")


def projects_by_title(result):
    return {p["title"] or p["title_derived"]: p["project_id"] for p in result.projects}


def test_ids_are_deterministic_and_keep_the_format():
    recs = [record("Teknikstöd i skolan", url=OWN), record("Riktad drogprevention"), region(None, ["1482"],
                                                                                              title_derived="Stöd")]
    a, b = dedupe(recs), dedupe([dict(r) for r in reversed(recs)])
    assert projects_by_title(a) == projects_by_title(b)
    assert all(ID.match(p["project_id"]) for p in a.projects)


def test_a_page_that_moves_keeps_its_id_even_without_history():
    before = dedupe([record("Teknikstöd i skolan", url=OWN, **period("2015-01-01", "2018-12-31"))])
    after = dedupe([record("Teknikstöd i skolan", url="https://www.kungalv.se/utbildning/teknikstod",
                           **period("2015-01-01", "2018-12-31"))])
    assert projects_by_title(before) == projects_by_title(after)


def test_small_title_edit_keeps_the_previous_id():
    first = dedupe([record("Teknikstöd i skolan", url=OWN, **period("2015-01-01", "2018-12-31"))])
    second = dedupe([record("Teknikstöd i skolorna", url=OWN, **period("2015-01-01", "2018-12-31"))],
                    previous=first.projects)
    assert second.projects[0]["project_id"] == first.projects[0]["project_id"]
    assert second.stats["ids_carried"] == 1


def test_title_edit_and_move_together_keep_the_previous_id():
    first = dedupe([record("Multikompetent team i förskolan", url=OWN)])
    second = dedupe([record("Multikompetent team i förskolorna", url="https://www.kungalv.se/ny/plats")],
                    previous=first.projects)
    assert second.projects[0]["project_id"] == first.projects[0]["project_id"]


def test_description_edit_of_an_untitled_project_keeps_the_id():
    base = dict(title_derived="Stärka föräldraskapet", purpose="Att stärka föräldraskapet hos föräldrar i Kungälv",
                **period("2021-01-01", "2023-12-31"))
    first = dedupe([region(None, ["1482"], description="Första texten.", **base)])
    second = dedupe([region(None, ["1482"], description="Texten är omskriven helt och hållet.", **base)],
                    previous=first.projects)
    assert second.projects[0]["project_id"] == first.projects[0]["project_id"]


def test_a_new_page_joining_the_project_keeps_the_id():
    first = dedupe([region("Multikompetent team i förskolan", ["1482"])])
    second = dedupe([region("Multikompetent team i förskolan", ["1482"]),
                     record("Multikompetent team i förskolan", url=OWN)], previous=first.projects)
    assert [p["project_id"] for p in second.projects] == [first.projects[0]["project_id"]]
    assert second.projects[0]["source_url"] == OWN  # the municipality's own page now speaks for it


def test_two_previous_projects_in_one_new_project_are_resolved_and_reported():
    """Last release had the news item and the project page apart (another spelling); now one project."""
    news = record("Teknikstöd i skolan", url="https://www.kungalv.se/nyheter/teknikstod")
    page = record("Teknikstöd för skolan", url=OWN)
    previous = dedupe([news]).projects + dedupe([page]).projects
    assert len({p["project_id"] for p in previous}) == 2
    result = dedupe([news, page], previous=previous)
    assert len(result.projects) == 1
    kept = result.projects[0]["project_id"]
    assert kept in {p["project_id"] for p in previous}
    assert result.stats["previous_ids_merged"] == 1
    (merge,) = result.stats["id_merges"]
    assert merge["project_id"] == kept and merge["merged"] in {p["project_id"] for p in previous} - {kept}
    again = dedupe([news, page], previous=previous)  # the choice is deterministic
    assert again.projects[0]["project_id"] == kept


def test_look_alikes_with_one_base_id_get_distinct_ids():
    recs = [record("Läxhjälp", **period("2014-01-01", "2016-12-31")),
            record("Läxhjälp", **period("2022-01-01", "2024-12-31"))]
    result = dedupe(recs)
    ids = sorted(p["project_id"] for p in result.projects)
    assert len(set(ids)) == 2 and result.stats["ids_disambiguated"] == 1
    assert ids == sorted(p["project_id"] for p in dedupe(recs).projects)


def test_an_id_is_never_reused_for_another_project():
    old = dedupe([record("Läxhjälp", **period("2014-01-01", "2016-12-31"))])
    new = dedupe([record("Läxhjälp", **period("2022-01-01", "2024-12-31"))], previous=old.projects)
    assert new.projects[0]["project_id"] != old.projects[0]["project_id"]


def test_ids_carry_over_for_every_seed_project(seed_records):
    first = dedupe(seed_records)
    second = dedupe(seed_records, previous=first.projects)
    assert [p["project_id"] for p in second.projects] == [p["project_id"] for p in first.projects]
    assert second.stats["ids_kept"] == 42 and second.stats["ids_new"] == 0


def test_vectorised_identity_keys_equal_the_python_ones(seed_records):
    recs = seed_records + [record("Läxhjälp för nyanlända – Ytterby"), record("Ærø ﬁsk ½"),
                           region(None, ["1482"], title_derived="Stöd", partners=["Polisen", "Elevhälsan"])]
    assert identity_keys(recs) == [identity_key(r) for r in recs]


def test_seed_ids_equal_the_first_published_release(seed_records):
    """The first version published the seed projects with these ids (datasets/ of commit 2ee4524)."""
    ids = sorted(p["project_id"] for p in dedupe(seed_records).projects)
    assert ids[:3] == ["0381-1e698591e9b4", "0381-70b425dfa139", "0381-7767aa157403"]
    assert "x-6394aac934a2" in ids and "1482-0e0f4d1d3c1e" in ids
    assert make_project_id("1482|t|teknikstod i skolan", "1482").startswith("1482-")


def test_identity_keys_frame_equals_identity_key():
    import polars as pl
    import pyarrow as pa

    from pipeline.dedupe.ids import identity_keys_frame
    from pipeline.dedupe.keys import identity_key
    from pipeline.dedupe.synthetic import generate
    from pipeline.dedupe.table import record_arrow_schema

    recs = generate(600, seed=7).records
    recs[0] = dict(recs[0], title=None, publisher_code=None, publisher="Åre kommun", partners=["Ölands bank", "abc"],
                   start_date=None)
    recs[1] = dict(recs[1], title=None, partners=[], start_date=None, description="Ünïcode ☃ text " * 30)
    recs[2] = dict(recs[2], title="", partners=["", ""], start_date=None)
    recs[3] = dict(recs[3], title="Titel – med “citat”", publisher_code="")
    recs[4] = dict(recs[4], title="Ｆｕｌｌｗｉｄｔｈ ﬁ ligatur")
    frame = pl.from_arrow(pa.Table.from_pylist(recs, schema=record_arrow_schema()))
    assert identity_keys_frame(frame) == [identity_key(r) for r in frame.to_dicts()]
