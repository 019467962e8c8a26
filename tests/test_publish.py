"""Publishing: every file of a release, the history of the data, coverage, and the safety of write-audit-publish.

Synthetic projects (tests/publish_helpers.py), no crawl: two releases are built once per module.
Release 1: projects 0–7 of four publishers (0381, 1482, region 14, 2181); Upplands Väsby (0114) was crawled
and had nothing, Vallentuna (0115) had errors. Release 2 crawls 0381, 1482 and region 14 but not 2181:
project 1 changes its purpose, project 2 is gone, project 8 is new, and 2181's projects 3 and 7 are carried over.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.publish import spreadsheet
from pipeline.publish import sqlite as sqlite_mod
from pipeline.publish.coverage import coverage_rows
from pipeline.publish.release import GateFailed, publish
from publish_helpers import (NOW, check_release, make_project, make_projects, read_xlsx, registry_dicts,
                             source_rows_for, tree)
from schemas.project import FIELD_NAMES, FIELDS, arrow_schema
from schemas.tables import CHANGES, COVERAGE, SOURCES, arrow_schema_of

ROOT = Path(__file__).resolve().parents[1]
NOW2 = NOW + dt.timedelta(days=7)
CRAWL1 = {"0381": {"page": 3, "candidates": 2, "error": 0, "robots": 1}, "1482": {"page": 4, "candidates": 4},
          "region-14": {"page": 3, "candidates": 3}, "2181": {"page": 3, "candidates": 1},
          "0114": {"page": 5, "candidates": 0, "error": 0}, "0115": {"page": 0, "candidates": 0, "error": 2}}
CRAWL2 = {k: CRAWL1[k] for k in ("0381", "1482", "region-14")}
EVIL = ["=HYPERLINK(\"http://x\")", "+46 70", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def first_projects() -> list[dict]:
    projects = make_projects(8)
    for p, evil in zip(projects, EVIL):
        p["description"] = evil
    projects[0]["partners"] = ["=cmd|' /C calc'!A0", "Polisen"]
    projects[0]["budget_sek"] = -5  # a negative number stays a number
    projects[0]["staffing_fte"] = 0.75
    return projects


def second_projects() -> list[dict]:
    projects = [p for p in first_projects() if p["project_id"] not in (make_project(2)["project_id"],
                                                                        make_project(3)["project_id"],
                                                                        make_project(7)["project_id"])]
    projects[1]["purpose"] = "Ett nytt syfte."
    return projects + [make_project(8)]


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    datasets = tmp_path_factory.mktemp("publish") / "datasets"
    reg = registry_dicts()
    p1 = first_projects()
    r1 = publish(p1, datasets, now=NOW, sources=source_rows_for(p1),
                 coverage=coverage_rows(reg, CRAWL1, p1, NOW))
    after_first = tree(datasets)
    p2 = second_projects()
    r2 = publish(p2, datasets, now=NOW2, sources=source_rows_for(p2),
                 coverage=coverage_rows(reg, CRAWL2, p2, NOW2))
    return datasets, r1, r2, after_first


def latest(datasets: Path) -> Path:
    return (datasets / "latest").resolve()


# -- the files ------------------------------------------------------------------------------------------------------

EXPECTED_FILES = {"projects.parquet", "projects.csv", "projects_excel.csv", "projects.xlsx", "projects.sqlite",
                  "metadata.json", "sources.parquet", "coverage.parquet", "changes.parquet", "changes.json",
                  "CHANGELOG.md", "CITATION.cff", "run_summary.json", "datapackage.json", "catalog.rdf", "SHA256SUMS",
                  "README.md", "report.html"}


def test_every_file_is_published_checksummed_and_linked(released):
    datasets, r1, r2, _ = released
    rel = latest(datasets)
    assert rel.name == r2.release
    assert {p.name for p in rel.iterdir()} == EXPECTED_FILES
    assert check_release(rel) == []
    for name in EXPECTED_FILES:
        assert (datasets / name).is_symlink() and os.readlink(datasets / name) == f"latest/{name}"
    assert sorted(p.name for p in (datasets / "releases").iterdir()) == [r1.release, r2.release]


def test_companion_parquet_files_have_explicit_types_sorting_and_metadata(released):
    datasets, _, r2, _ = released
    project_schema = arrow_schema()
    for name, table in (("sources.parquet", SOURCES), ("coverage.parquet", COVERAGE), ("changes.parquet", CHANGES)):
        f = pq.ParquetFile(datasets / name)
        schema = f.schema_arrow
        assert schema.remove_metadata() == arrow_schema_of(table).remove_metadata(), name
        meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
        assert meta["license"] == "CC0-1.0" and meta["release"] == r2.release and meta["table"] == table.name
        assert f.metadata.row_group(0).column(0).compression == "ZSTD"
        for fld in schema:  # a column shared with the project record has its type and description
            if fld.name in project_schema.names and table is not COVERAGE:
                assert fld.type == project_schema.field(fld.name).type, (name, fld.name)
        rows = f.read().to_pylist()
        keys = [tuple(str(r[k]) for k in table.primary_key) for r in rows]
        assert keys == sorted(keys) and len(set(keys)) == len(keys), name
    assert pq.read_schema(datasets / "sources.parquet").field("fetched_at").metadata[b"description"] == \
        project_schema.field("fetched_at").metadata[b"description"]
    assert str(pq.read_schema(datasets / "sources.parquet").field("fetched_at").type) == "timestamp[us, tz=UTC]"


def test_sources_keep_this_runs_rows_and_carry_over_the_rest(released):
    datasets, *_ = released
    rows = pq.read_table(datasets / "sources.parquet").to_pylist()
    by_project = {}
    for r in rows:
        by_project.setdefault(r["project_id"], []).append(r)
    assert set(by_project) == {p["project_id"] for p in pq.read_table(datasets / "projects.parquet").to_pylist()}
    carried = by_project[make_project(3)["project_id"]]  # 2181 was not crawled: its rows come from release 1
    assert [r["source_url"] for r in carried] == sorted(make_project(3)["source_urls"])
    assert carried[0]["source_id"] == "2181" and carried[0]["page_sha256"] == "ab" * 32
    assert json.loads(carried[0]["evidence"])["title"] == "Projekt nummer 3"


def test_sources_default_and_duplicates(tmp_path):
    p = make_projects(2)
    rows = source_rows_for(p) + [dict(source_rows_for(p)[0], fetched_at=NOW, title="newer")]
    publish(p, tmp_path / "a", now=NOW, sources=rows)
    got = pq.read_table(tmp_path / "a" / "sources.parquet").to_pylist()
    assert len(got) == 4 and got[0]["title"] == "newer"  # one row per project × page: the newest fetch
    publish(p, tmp_path / "b", now=NOW)  # no sources given: made from each project's source_urls
    got = pq.read_table(tmp_path / "b" / "sources.parquet").to_pylist()
    assert [(r["project_id"], r["source_url"]) for r in got] == sorted(
        (x["project_id"], u) for x in p for u in x["source_urls"])
    main = [r for r in got if r["source_url"] == p[0]["source_url"]][0]
    assert main["evidence"] == p[0]["evidence"] and main["fetched_at"] == p[0]["fetched_at"]


# -- coverage --------------------------------------------------------------------------------------------------------

def test_coverage_rows_tell_no_projects_from_not_looked():
    reg = registry_dicts()
    projects = make_projects(4) + [make_project(9, publisher="Vårdsamverkan Fyrbodal", publisher_code=None,
                                                publisher_type="other", project_id="x-000000000009")]
    crawl = dict(CRAWL1, **{"vardsamverkan-fyrbodal": {"page": 1, "candidates": 1}, "0117": {},
                            "0120": {"page": 2, "error": 0, "failures": 1}})
    rows = {r["source_id"]: r for r in coverage_rows(reg, crawl, projects, NOW)}
    assert len(rows) == len(reg) >= 311
    assert (rows["0381"]["crawled"], rows["0381"]["projects"], rows["0381"]["status"]) == (True, 1, "projects found")
    assert rows["0381"]["pages_fetched"] == 3 and rows["0381"]["candidate_pages"] == 2 and rows["0381"]["errors"] == 0
    assert rows["0381"]["website"].startswith("https://") and rows["0381"]["lanskod"] == "03"
    assert rows["region-14"]["kind"] == "region" and rows["region-14"]["projects"] == 1
    assert rows["vardsamverkan-fyrbodal"]["projects"] == 1  # an "other" publisher is matched by name
    assert rows["0114"]["status"] == "no project pages found" and rows["0114"]["crawled"]
    assert rows["0115"]["status"] == "errors" and rows["0115"]["errors"] == 2
    assert rows["0117"]["status"] == "errors" and rows["0117"]["crawled"]  # tried, but nothing was fetched
    assert rows["0120"]["errors"] == 1 and rows["0120"]["status"] == "errors"  # an extraction failure counts
    assert rows["0180"]["status"] == "not crawled" and not rows["0180"]["crawled"]
    assert rows["0180"]["crawled_at"] is None and rows["0180"]["pages_fetched"] is None
    with pytest.raises(ValueError):
        coverage_rows(reg, crawl, projects, NOW.replace(tzinfo=None))


def test_coverage_carries_the_last_crawl_of_sources_not_crawled(released):
    datasets, r1, r2, _ = released
    rows = {r["source_id"]: r for r in pq.read_table(datasets / "coverage.parquet").to_pylist()}
    now = rows["0381"]
    assert now["crawled"] and now["crawl_release"] == r2.release and now["crawled_at"] == NOW2
    assert now["projects"] == 3 and now["status"] == "projects found"  # 0, 4 and the new 8
    old = rows["2181"]  # not crawled in release 2: last crawl carried, projects still counted
    assert not old["crawled"] and old["crawl_release"] == r1.release and old["crawled_at"] == NOW
    assert old["pages_fetched"] == 3 and old["projects"] == 2 and old["status"] == "projects found"
    assert (rows["0114"]["crawled"], rows["0114"]["status"]) == (False, "no project pages found")
    assert rows["0115"]["status"] == "errors"
    assert rows["0180"]["status"] == "not crawled"
    assert rows["region-14"]["projects"] == 1  # project 2 was removed from its crawled source


def test_projects_of_sources_not_crawled_stay_active(released):
    datasets, _, r2, _ = released
    assert r2.counts == {"inserted": 1, "updated": 1, "unchanged": 4, "removed": 1}
    assert r2.kept_not_crawled == 2
    rows = {p["project_id"]: p for p in pq.read_table(datasets / "projects.parquet").to_pylist()}
    for i in (3, 7):
        p = rows[make_project(i)["project_id"]]
        assert p["removed_from_source"] is False and p["last_seen"] == NOW.date()
    assert rows[make_project(2)["project_id"]]["removed_from_source"] is True
    summary = json.loads((datasets / "run_summary.json").read_text())
    assert summary["kept_not_crawled"] == 2 and summary["previous_release"] is not None


# -- xlsx ------------------------------------------------------------------------------------------------------------

def test_xlsx_types_sheets_and_layout(released):
    datasets, *_ = released
    book = read_xlsx(datasets / "projects.xlsx")
    assert list(book) == ["projekt", "kolumner", "om"]
    sheet = book["projekt"]
    header = [c[0] for c in sheet["rows"][0]]
    assert header == list(FIELD_NAMES)
    assert '<pane ySplit="1"' in sheet["xml"] and 'state="frozen"' in sheet["xml"]
    assert "<autoFilter" in sheet["xml"]
    col = {n: i for i, n in enumerate(header)}
    parquet = pq.read_table(datasets / "projects.parquet").to_pylist()
    assert len(sheet["rows"]) == 1 + len(parquet)
    by_id = {r[col["project_id"]][0]: r for r in sheet["rows"][1:]}
    enk = by_id[make_project(0)["project_id"]]
    assert enk[col["publisher_code"]][:2] == ("0381", "s")  # a code stays text, leading zero kept
    assert enk[col["municipality_codes"]][:2] == ("0381", "s")
    value, kind, fmt = enk[col["start_date"]]
    assert kind == "n" and fmt == "yyyy-mm-dd"
    assert dt.date(1899, 12, 30) + dt.timedelta(days=int(value)) == dt.date(2024, 1, 1)
    assert enk[col["fetched_at"]][1:] == ("n", "yyyy-mm-dd hh:mm:ss")
    assert enk[col["budget_sek"]][:2] == (-5.0, "n") and enk[col["staffing_fte"]][:2] == (0.75, "n")
    assert enk[col["target_grade_min"]][:2] == (0.0, "n")
    assert enk[col["removed_from_source"]][:2] == (False, "b")
    assert enk[col["organisations"]][0] == "Socialnämnden"
    assert enk[col["source_urls"]][0] == "; ".join(make_project(0)["source_urls"])
    dd = book["kolumner"]["rows"]
    assert [c[0] for c in dd[0]] == ["kolumn", "typ", "beskrivning", "description"]
    assert [r[0][0] for r in dd[1:]] == list(FIELD_NAMES)
    assert dd[1][2][0] == FIELDS[0].sv and dd[1][3][0] == FIELDS[0].en
    assert any("CC0-1.0" in (r[1][0] or "") for r in book["om"]["rows"])


def test_xlsx_row_limit_writes_what_fits_and_says_so(tmp_path):
    projects = make_projects(5)
    info = spreadsheet.write_xlsx(projects, tmp_path / "p.xlsx", "r1", max_rows=3, created=NOW)
    assert info == {"rows_written": 2, "rows_left_out": 3, "cells_cut": 0}
    book = read_xlsx(tmp_path / "p.xlsx")
    assert len(book["projekt"]["rows"]) == 3
    notes = " ".join(r[1][0] for r in book["om"]["rows"])
    assert "1\u00a0048\u00a0576" in notes and "3 projects did not fit" in notes
    assert spreadsheet.EXCEL_MAX_ROWS == 1_048_576


def test_xlsx_cuts_cells_longer_than_excel_allows(tmp_path):
    info = spreadsheet.write_xlsx([make_project(0, description="x" * 40_000)], tmp_path / "p.xlsx", "r1")
    assert info["cells_cut"] == 1
    book = read_xlsx(tmp_path / "p.xlsx")
    cell = book["projekt"]["rows"][1][FIELD_NAMES.index("description")][0]
    assert len(cell) == spreadsheet.EXCEL_MAX_CELL_CHARS and cell.endswith("Excel cell limit]")


# -- formula neutralisation ------------------------------------------------------------------------------------------

def test_formula_cells_are_neutralised_only_in_excel_bound_text(released):
    datasets, *_ = released
    ids = [make_project(i)["project_id"] for i in range(len(EVIL))]
    parquet = {r["project_id"]: r for r in pq.read_table(datasets / "projects.parquet").to_pylist()}
    machine = {r["project_id"]: r for r in csv.DictReader(open(datasets / "projects.csv", encoding="utf-8",
                                                              newline=""))}
    excel = {r["project_id"]: r for r in csv.DictReader(open(datasets / "projects_excel.csv", encoding="utf-8-sig",
                                                            newline=""), delimiter=";")}
    sheet = read_xlsx(datasets / "projects.xlsx")["projekt"]["rows"]
    col = {c[0]: i for i, c in enumerate(sheet[0])}
    xlsx = {r[col["project_id"]][0]: r for r in sheet[1:]}
    for pid, evil in zip(ids, EVIL):
        assert parquet[pid]["description"] == evil
        assert machine[pid]["description"] == evil
        assert excel[pid]["description"] == "'" + evil
        assert xlsx[pid][col["description"]][:2] == ("'" + evil, "s")
    first = ids[0]
    assert parquet[first]["partners"] == ["=cmd|' /C calc'!A0", "Polisen"]
    assert machine[first]["partners"] == "=cmd|' /C calc'!A0; Polisen"
    assert excel[first]["partners"] == "'=cmd|' /C calc'!A0; Polisen"
    assert xlsx[first][col["partners"]][0] == "'=cmd|' /C calc'!A0; Polisen"
    # numbers are never touched: a negative amount stays a number, decimal comma only in the Excel CSV
    assert machine[first]["budget_sek"] == excel[first]["budget_sek"] == "-5"
    assert xlsx[first][col["budget_sek"]][:2] == (-5.0, "n")
    assert (machine[first]["staffing_fte"], excel[first]["staffing_fte"]) == ("0.75", "0,75")
    assert excel[ids[2]]["publisher_code"] == "14" and excel[ids[1]]["target_age_max"] == "12,5"


# -- sqlite ----------------------------------------------------------------------------------------------------------

def test_sqlite_tables_fulltext_and_datasette_metadata(released, tmp_path):
    datasets, *_ = released
    db = tmp_path / "copy.sqlite"
    shutil.copy(datasets / "projects.sqlite", db)
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert {"projects", "sources", "coverage", "projects_fts", "data_dictionary"} <= tables
    cols = [r[1] for r in conn.execute("pragma table_info(projects)")]
    assert cols == list(FIELD_NAMES)
    assert [r[1] for r in conn.execute("pragma table_info(projects)") if r[5]] == ["project_id"]
    n = conn.execute("select count(*) from projects").fetchone()[0]
    assert n == len(pq.read_table(datasets / "projects.parquet"))
    row = conn.execute("select municipality_codes, start_date, fetched_at, removed_from_source from projects "
                       "where project_id=?", (make_project(0)["project_id"],)).fetchone()
    assert json.loads(row[0]) == ["0381"] and row[1] == "2024-01-01" and row[2].endswith("Z") and row[3] == 0
    hits = conn.execute("select p.project_id from projects p join projects_fts f on p.rowid = f.rowid "
                        "where projects_fts match 'syfte' order by p.project_id").fetchall()
    assert [h[0] for h in hits] == [make_project(1)["project_id"]]  # "Ett nytt syfte." (purpose)
    assert conn.execute("select count(*) from projects_fts where projects_fts match 'utanforskap'").fetchone()[0] > 0
    conn.execute("insert into projects (project_id, publisher, publisher_type, source_url, title) "
                 "values ('x-1', 'X', 'other', 'https://x.se/', 'Fotbollsskola')")  # triggers keep the index
    assert conn.execute("select count(*) from projects_fts where projects_fts match 'fotbollsskola'").fetchone()[0] == 1
    n_sources = len(pq.read_table(datasets / "sources.parquet"))
    assert conn.execute("select count(*) from sources").fetchone()[0] == n_sources
    assert conn.execute("select count(*) from coverage where status='not crawled'").fetchone()[0] > 290
    conn.close()
    meta = json.loads((datasets / "metadata.json").read_text())
    assert meta["license"] == "CC0-1.0" and meta["license_url"] == "http://creativecommons.org/publicdomain/zero/1.0/"
    assert meta["title"] and meta["source"] and meta["source_url"]
    t = meta["databases"]["projects"]["tables"]
    assert t["projects"]["fts_table"] == "projects_fts"
    for name, table in (("projects", FIELDS), ("sources", SOURCES.fields), ("coverage", COVERAGE.fields)):
        assert set(t[name]["columns"]) == {f.name for f in table}
        assert all(t[name]["columns"][f.name].startswith(f.en) for f in table)


# -- history of the data ---------------------------------------------------------------------------------------------

def test_changelog_and_changes_parquet(released):
    datasets, r1, r2, _ = released
    rows = pq.read_table(datasets / "changes.parquet").to_pylist()
    assert {r["release"] for r in rows} == {r1.release, r2.release}  # cumulative
    assert sum(1 for r in rows if r["release"] == r1.release and r["change"] == "added") == 8
    mine = {(r["project_id"], r["change"]): r for r in rows if r["release"] == r2.release}
    assert set(mine) == {(make_project(8)["project_id"], "added"), (make_project(1)["project_id"], "changed"),
                         (make_project(2)["project_id"], "removed")}
    assert mine[(make_project(1)["project_id"], "changed")]["fields"] == ["purpose"]
    assert mine[(make_project(2)["project_id"], "removed")]["title"] == "Projekt nummer 2"
    meta = json.loads(pq.read_schema(datasets / "changes.parquet").metadata[b"releases"])
    assert meta == [r1.release, r2.release]
    md = (datasets / "CHANGELOG.md").read_text()
    assert md.index(f"## {r2.release}") < md.index(f"## {r1.release}")  # newest first
    section = md.split(f"## {r2.release}")[1].split("## ")[0]
    assert "1 added, 1 changed, 1 removed" in section
    assert f"`{make_project(1)['project_id']}` Projekt nummer 1 — fields: purpose" in md
    assert f"`{make_project(2)['project_id']}` Projekt nummer 2" in md.split("Removed from source")[1]
    assert json.loads((datasets / "changes.json").read_text())[0]["project_id"]


def test_citation_cff(released):
    datasets, _, r2, _ = released
    cff = yaml.safe_load((datasets / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset" and cff["license"] == "CC0-1.0"
    assert cff["version"] == r2.release and cff["date-released"] == NOW2.date().isoformat()
    assert cff["authors"] == [{"name": "socinv contributors", "website": "https://github.com/socinv/socinv"}]
    assert cff["message"] and cff["title"]
    assert set(cff) <= {"cff-version", "message", "type", "title", "authors", "license", "version", "date-released",
                        "url", "repository-code", "abstract", "keywords"}


def test_publish_keeps_its_old_call_working(tmp_path):
    report = publish(make_projects(3), tmp_path / "d")  # positional args only, as before
    assert report.counts["inserted"] == 3 and check_release(report.path) == []
    assert pq.read_table(tmp_path / "d" / "coverage.parquet").num_rows == 0


# -- gates: a failure leaves every byte of datasets/ as it was --------------------------------------------------------

def _failing(kind: str) -> tuple[list[dict], dict]:
    p = second_projects()
    kw: dict = {}
    if kind == "field-coverage":
        for x in p:
            x["purpose"] = None
    elif kind == "row-count":
        p = p[:1]
    elif kind == "unique-ids":
        p = p + [dict(p[0])]
    elif kind == "reference-codes":
        p[0]["publisher_code"] = "0999"
    elif kind == "schema":
        p[0]["publisher_type"] = "county"
        p[1]["budget_sek"] = "lots"
    elif kind == "sources":
        kw["sources"] = source_rows_for(p) + [dict(source_rows_for(p)[0], project_id="0381-nosuchproject")]
    return p, kw


@pytest.mark.parametrize("gate", ["field-coverage", "row-count", "unique-ids", "reference-codes", "schema", "sources"])
def test_a_failed_gate_changes_nothing(released, tmp_path, gate):
    datasets = tmp_path / "datasets"
    shutil.copytree(released[0], datasets, symlinks=True)
    before = tree(datasets)
    projects, kw = _failing(gate)
    with pytest.raises(GateFailed) as err:
        publish(projects, datasets, now=NOW2 + dt.timedelta(days=1), **kw)
    assert tree(datasets) == before
    msg = str(err.value)
    assert f"gate '{gate}' failed" in msg and gate in err.value.gates
    assert f"previous release {released[2].release} is unchanged" in msg
    if gate == "field-coverage":
        assert "purpose filled in 0.0% of 6 active projects, previous release 100.0% of 8" in msg
        assert "margin 20.0%" in msg
    if gate == "row-count":
        assert "dropped from 8 to 1" in msg


def test_field_coverage_margin_is_configurable(released, tmp_path):
    datasets = tmp_path / "datasets"
    shutil.copytree(released[0], datasets, symlinks=True)
    p = second_projects()
    for x in p[:2]:  # 2 of 6 active lose their purpose: 100 % → 66.7 %
        x["purpose"] = None
    with pytest.raises(GateFailed, match="purpose filled in 66.7%"):
        publish(p, datasets, now=NOW2 + dt.timedelta(days=1), field_margin=0.2)
    publish(p, datasets, now=NOW2 + dt.timedelta(days=1), field_margin=0.4)


@pytest.mark.parametrize("where", ["audit", "crash"])
def test_a_failure_after_writing_staging_changes_nothing(released, tmp_path, monkeypatch, where):
    datasets = tmp_path / "datasets"
    shutil.copytree(released[0], datasets, symlinks=True)
    before = tree(datasets)
    if where == "audit":  # the workbook claims fewer rows than there are projects
        real = spreadsheet.write_xlsx
        monkeypatch.setattr(spreadsheet, "write_xlsx", lambda *a, **k: real(*a, **k) | {"rows_written": 0})
        with pytest.raises(GateFailed, match="gate 'audit' failed: projects.xlsx accounts for"):
            publish(second_projects(), datasets, now=NOW2 + dt.timedelta(days=1))
    else:
        def boom(*a, **k):
            raise OSError("disk full")
        monkeypatch.setattr(sqlite_mod, "write_sqlite", boom)
        with pytest.raises(OSError, match="disk full"):
            publish(second_projects(), datasets, now=NOW2 + dt.timedelta(days=1))
    assert tree(datasets) == before


def test_gate_failure_without_previous_release_says_nothing_was_published(tmp_path):
    with pytest.raises(GateFailed, match="Nothing was published"):
        publish([make_project(0, publisher_code="0999")], tmp_path / "d", now=NOW)
    assert not (tmp_path / "d" / "latest").exists()


# -- killed at any moment --------------------------------------------------------------------------------------------

_SERVER = """
import datetime as dt, os, sys, time
from pathlib import Path
sys.path[:0] = [{root!r}, {tests!r}]
from pipeline.publish.release import publish
from publish_helpers import NOW, make_projects
projects = make_projects(300)
print("ready", flush=True)
for line in sys.stdin:  # one publishing process per line, forked so that imports are paid once
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        t = time.perf_counter()
        publish(projects, Path(line.strip()), now=NOW + dt.timedelta(days=30))
        os.write(w, f"{{time.perf_counter() - t}}".encode())
        os._exit(0)
    os.close(w)
    print(pid, flush=True)
    took = os.read(r, 100).decode()
    os.close(r)
    print(os.waitpid(pid, 0)[1], took or "-", flush=True)
"""


def _assert_consistent(datasets: Path) -> str:
    current = latest(datasets).name
    assert check_release(latest(datasets)) == [], current
    for rel in (datasets / "releases").iterdir():  # a visible release folder is always complete
        if not rel.name.startswith("."):
            assert check_release(rel) == [], rel.name
    return current


def test_killing_publish_at_any_moment_leaves_a_complete_release(tmp_path):
    base = tmp_path / "base"
    old = publish(make_projects(8), base, now=NOW).release
    n = 6
    dirs = []
    for i in range(n + 1):
        shutil.copytree(base, tmp_path / f"d{i}", symlinks=True)
        dirs.append(tmp_path / f"d{i}")
    code = _SERVER.format(root=str(ROOT), tests=str(ROOT / "tests"))
    server = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)

    def start(d: Path) -> int:
        server.stdin.write(f"{d}\n")
        server.stdin.flush()
        return int(server.stdout.readline())

    try:
        assert server.stdout.readline().strip() == "ready"
        start(dirs[0])  # an undisturbed run first, to learn how long publishing takes here
        status, took = server.stdout.readline().split()
        assert status == "0", status
        duration = float(took)
        assert _assert_consistent(dirs[0]) != old
        rng = random.Random(20260301)
        outcomes = []
        for k, d in enumerate(dirs[1:]):
            pid = start(d)
            time.sleep(duration * 2 * (k + rng.random()) / n)  # spread over the whole run and past it
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it had finished
            server.stdout.readline()
            outcomes.append(_assert_consistent(d) != old)
        # the next run cleans up after a killed one and publishes normally
        report = publish(make_projects(300), dirs[1], now=NOW + dt.timedelta(days=31))
        assert latest(dirs[1]).name == report.release
        assert not [p for p in (dirs[1] / "releases").iterdir() if p.name.startswith(".")]
        assert not (dirs[1] / "latest.tmp").exists()
        assert False in outcomes  # at least one kill landed before the swap
    finally:
        server.stdin.close()
        server.kill()
        server.wait()
