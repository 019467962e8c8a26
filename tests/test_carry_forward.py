"""A source whose project count falls sharply, or to nothing, is flagged and its previous projects are carried
into the release unchanged and marked: never silently dropped. End to end through ``build_release`` on a copy
of the snapshot where Enköping's project page becomes empty, and at the publishing level."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pyarrow.parquet as pq
import pytest

from publish_helpers import NOW, make_projects, source_rows_for
from pipeline.publish.coverage import coverage_rows
from pipeline.publish.release import publish

ENKOPING_PAGE = "www.enkoping.se/kommun-och-politik/sociala-investeringar/index.html"
EMPTY = ("<!DOCTYPE html><html lang='sv'><head><title>Sociala investeringar - Enköpings kommun</title></head>"
         "<body><main><h1>Sociala investeringar</h1><p>Sidan håller på att uppdateras. Välkommen tillbaka "
         "senare.</p></main></body></html>")


# -- publishing level ------------------------------------------------------------------------------------------
def _registry():
    return [{"id": sid, "name": name, "kind": kind, "code": code, "lanskod": code[:2], "domains": [f"{sid}.se"]}
            for sid, name, kind, code in (("0381", "Enköpings kommun", "kommun", "0381"),
                                          ("1482", "Kungälvs kommun", "kommun", "1482"))]


def _publish(projects, datasets, when, flags=None):
    crawl = {sid: {"page": 3, "candidates": 1} for sid in ("0381", "1482")}
    cov = coverage_rows(_registry(), crawl, projects, when, flags=flags)
    return publish(projects, datasets, now=when, coverage=cov, sources=source_rows_for(projects),
                   carry_forward=flags)


def test_flagged_source_projects_are_carried_forward_marked_and_unchanged(tmp_path):
    first = [p for p in make_projects(8) if p["publisher_code"] in ("0381", "1482")]  # 2 + 2
    first += [p for p in make_projects(16, 8) if p["publisher_code"] in ("0381", "1482")]  # 4 + 4 more
    enk = {p["project_id"] for p in first if p["publisher_code"] == "0381"}
    _publish(first, tmp_path, NOW)
    before = {r["project_id"]: r for r in pq.read_table(tmp_path / "projects.parquet").to_pylist()}
    assert not any(r["carried_forward"] for r in before.values())

    # Enköping's crawl gave only one of its six projects: flagged, the other five carried forward
    kept_one = sorted(enk)[0]
    second = [p for p in first if p["publisher_code"] != "0381" or p["project_id"] == kept_one]
    flags = {"0381": "dropped from 6 to 1 projects (previous good crawl)"}
    later = NOW + dt.timedelta(days=7)
    report = _publish(second, tmp_path, later, flags)
    rows = {r["project_id"]: r for r in pq.read_table(tmp_path / "projects.parquet").to_pylist()}
    assert set(rows) == set(before)
    assert report.counts == {"inserted": 0, "updated": 0, "unchanged": 7, "removed": 0}
    assert sorted(report.carried_forward) == sorted(enk - {kept_one})
    for pid in enk - {kept_one}:
        r = rows[pid]
        assert r["carried_forward"] is True and r["removed_from_source"] is False
        assert r["carried_forward_reason"] == "0381: dropped from 6 to 1 projects (previous good crawl)"
        assert r["last_seen"] == before[pid]["last_seen"]  # not seen again: carried, not re-dated
        assert {k: v for k, v in r.items() if not k.startswith("carried_forward")} == \
            {k: v for k, v in before[pid].items() if not k.startswith("carried_forward")}
    assert rows[kept_one]["carried_forward"] is False
    sources = pq.read_table(tmp_path / "sources.parquet").to_pylist()
    assert {s["project_id"] for s in sources} == set(rows)  # the carried projects keep their pages
    cov = {r["source_id"]: r for r in pq.read_table(tmp_path / "coverage.parquet").to_pylist()}
    assert cov["0381"]["monitor_flag"] == flags["0381"] and cov["0381"]["projects"] == 6
    assert cov["1482"]["monitor_flag"] is None
    summary = json.loads((tmp_path / "run_summary.json").read_text())
    assert summary["carried_forward"] == 5 and summary["counts"]["removed"] == 0

    # Enköping believed again, and still without those five: now they are removed from source, mark cleared
    report = _publish(second, tmp_path, later + dt.timedelta(days=7))
    rows = {r["project_id"]: r for r in pq.read_table(tmp_path / "projects.parquet").to_pylist()}
    assert report.counts["removed"] == 5 and not report.carried_forward
    assert not any(r["carried_forward"] for r in rows.values())
    assert all(rows[pid]["removed_from_source"] for pid in enk - {kept_one})


# -- end to end ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def two_runs(harness, tmp_path_factory):
    from fixture_cases import ROOT

    base = tmp_path_factory.mktemp("carry")
    snap = base / "sites"
    shutil.copytree(ROOT / "snapshot" / "sites", snap)
    mp = pytest.MonkeyPatch()
    mp.setenv("SOCINV_SNAPSHOT", str(snap))
    try:
        from pipeline.flows import build_release

        kw = dict(live=False, sources="0381,1482", datasets=str(base / "datasets"), work=str(base / "work"))
        first = build_release(**kw)
        first_rows = pq.read_table(base / "datasets" / "projects.parquet").to_pylist()
        (snap / ENKOPING_PAGE).write_text(EMPTY, encoding="utf-8")  # the project page is emptied
        second = build_release(**kw)
    finally:
        mp.undo()
    return base / "datasets", base / "work", first, first_rows, second


def test_emptied_source_is_flagged_and_its_projects_carried_forward(two_runs):
    datasets, work, first, first_rows, second = two_runs
    enk = {r["project_id"] for r in first_rows if r["publisher_code"] == "0381"}
    assert len(enk) == 5 and len(first_rows) > len(enk)
    assert first["monitor"]["flags"] == {}
    assert second["monitor"]["flags"] == {"0381": "no projects (previous good crawl had 5)"}

    rows = {r["project_id"]: r for r in pq.read_table(datasets / "projects.parquet").to_pylist()}
    assert set(rows) == {r["project_id"] for r in first_rows}  # nothing dropped, nothing added
    for pid in enk:
        assert rows[pid]["carried_forward"] is True and rows[pid]["removed_from_source"] is False
        assert rows[pid]["carried_forward_reason"] == "0381: no projects (previous good crawl had 5)"
    before = {r["project_id"]: r for r in first_rows}
    for pid, r in rows.items():  # nothing else changed: every value as in the first release
        assert {k: v for k, v in r.items() if not k.startswith("carried_forward")} == \
            {k: v for k, v in before[pid].items() if not k.startswith("carried_forward")}, pid
        if pid not in enk:
            assert r["carried_forward"] is False
    assert second["publish"]["counts"] == {"inserted": 0, "updated": 0, "unchanged": len(rows) - 5, "removed": 0}

    summary = json.loads((datasets / "run_summary.json").read_text())
    assert summary["carried_forward"] == 5
    assert summary["monitor"]["flags"] == {"0381": "no projects (previous good crawl had 5)"}
    per_source = {r["source"]: r for r in summary["monitor"]["sources"]}
    assert set(per_source) == {"0381", "1482"}
    assert per_source["0381"]["projects"] == 0 and per_source["0381"]["carried_forward"]
    assert per_source["0381"]["flag"] == "no projects (previous good crawl had 5)"
    assert per_source["1482"]["projects"] > 0 and per_source["1482"]["flag"] is None
    for r in per_source.values():
        assert r["pages"] > 0 and r["finish_reason"] == "finished"
        assert {"candidates", "errors", "pdfs"} <= set(r)
    cov = {r["source_id"]: r for r in pq.read_table(datasets / "coverage.parquet").to_pylist()}
    assert cov["0381"]["monitor_flag"] == "no projects (previous good crawl had 5)" and cov["0381"]["projects"] == 5
    assert cov["1482"]["monitor_flag"] is None

    history = [json.loads(line) for line in (datasets / "monitor_history.jsonl").read_text().splitlines()]
    assert [h["counts"]["0381"] for h in history] == [5, 0]


def test_second_crawl_is_conditional_per_source(two_runs):
    datasets, work, first, first_rows, second = two_runs
    prev = json.loads((work / "runs" / second["run"] / "previous-crawl" / "previous.json").read_text())
    assert set(prev["sources"]) == {"0381", "1482"}
    summary = json.loads((datasets / "run_summary.json").read_text())
    assert summary["monitor"]["previous_crawl"]
    # unchanged pages answered 304 and were reused; the emptied page was fetched again
    assert sum(r["not_modified"] for r in summary["monitor"]["sources"]) > 0
