"""The 42 records of the seed pages are 42 distinct projects."""

from __future__ import annotations

from pipeline.dedupe import dedupe


def test_seed_records_stay_42_projects(seed_records):
    assert len(seed_records) == 42
    result = dedupe(seed_records)
    assert result.stats["projects"] == 42 and len(result.projects) == 42
    assert result.stats["exact_duplicates"] == result.stats["same_source_merged"] == 0
    assert result.stats["cross_source_merged"] == 0
    assert len({p["project_id"] for p in result.projects}) == 42
    assert len(result.sources) == 42
    assert all(p["conflicts"] == {} for p in result.projects)
    assert all(p["source_urls"] == [p["source_url"]] for p in result.projects)


def test_seed_projects_keep_their_record_values(seed_records):
    result = dedupe(seed_records)
    by_key = {(p["source_url"], p["title"], p["title_derived"]): p for p in result.projects}
    for r in seed_records:
        p = by_key[(r["source_url"], r["title"], r["title_derived"])]
        for field in ("purpose", "start_date", "end_date", "budget_sek", "municipality_codes", "partners", "status"):
            assert p[field] == r[field]
