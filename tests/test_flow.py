"""The whole pipeline as a Prefect flow, end to end on the snapshot: 42 projects, published atomically."""

from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from fixture_cases import cases


@pytest.fixture(scope="module")
def two_runs(harness, tmp_path_factory):
    from pipeline.flows import build_release

    base = tmp_path_factory.mktemp("flow")
    first = build_release(live=False, datasets=str(base / "datasets"), work=str(base / "work"))
    first_rows = pq.read_table(base / "datasets" / "projects.parquet").to_pylist()
    second = build_release(live=False, datasets=str(base / "datasets"), work=str(base / "work"))
    return base / "datasets", first, first_rows, second


def expected_total() -> int:
    return sum(len(c.expected_records()) for c in cases() if c.id.startswith("snapshot/"))


def test_the_seed_sites_give_42_projects(two_runs):
    datasets, first, rows, _ = two_runs
    assert expected_total() == 42
    assert first["dedupe"]["projects"] == 42
    assert len(rows) == 42
    assert first["publish"]["counts"]["inserted"] == 42


def test_parquet_is_typed_sorted_and_labelled(two_runs):
    datasets, *_ = two_runs
    f = pq.ParquetFile(datasets / "projects.parquet")
    schema = f.schema_arrow
    assert str(schema.field("start_date").type) == "date32[day]"
    assert str(schema.field("budget_sek").type) == "int64"
    assert pa.types.is_list(schema.field("partners").type) and schema.field("partners").type.value_type == pa.string()
    meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
    assert meta["license"] == "CC0-1.0" and meta["schema_version"] and meta["release"]
    assert f.metadata.row_group(0).column(0).compression == "ZSTD"
    ids = f.read(columns=["project_id"]).column(0).to_pylist()
    assert ids == sorted(ids)


def test_csv_matches_parquet(two_runs):
    datasets, *_ = two_runs
    rows = list(csv.DictReader(open(datasets / "projects.csv", encoding="utf-8", newline="")))
    table = pq.read_table(datasets / "projects.parquet").to_pylist()
    assert [r["project_id"] for r in rows] == [t["project_id"] for t in table]
    by_id = {t["project_id"]: t for t in table}
    for r in rows:
        t = by_id[r["project_id"]]
        assert r["budget_sek"] == ("" if t["budget_sek"] is None else str(t["budget_sek"]))
        assert r["publisher_code"] == (t["publisher_code"] or "")


def test_excel_csv_has_bom_semicolons_and_kept_codes(two_runs):
    datasets, *_ = two_runs
    raw = (datasets / "projects_excel.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(";")[0] == "project_id"
    assert "0381" in raw.decode("utf-8-sig")  # Enköping's kommunkod keeps its leading zero


def test_datapackage_describes_the_files(two_runs):
    datasets, *_ = two_runs
    dp = json.loads((datasets / "datapackage.json").read_text())
    names = {r["path"] for r in dp["resources"]}
    assert {"projects.parquet", "projects.csv", "projects_excel.csv"} <= names
    csv_res = next(r for r in dp["resources"] if r["path"] == "projects.csv")
    fields = [f["name"] for f in csv_res["schema"]["fields"]]
    assert fields == list(csv.reader(open(datasets / "projects.csv", encoding="utf-8")))[0]


def test_second_run_keeps_ids_and_reports_no_change(two_runs):
    datasets, first, first_rows, second = two_runs
    rows = pq.read_table(datasets / "projects.parquet").to_pylist()
    assert {r["project_id"] for r in rows} == {r["project_id"] for r in first_rows}
    assert second["publish"]["counts"] == {"inserted": 0, "updated": 0, "unchanged": 42, "removed": 0}
    assert (datasets / "latest").is_symlink()
    releases = sorted(p.name for p in (datasets / "releases").iterdir())
    assert len(releases) == 2 and not any(r.startswith(".staging") for r in releases)


def test_runs_publish_artifacts_for_data_engineers(two_runs):
    """Without reading logs: a table per source and a markdown summary of the release."""
    import asyncio

    from prefect.client.orchestration import get_client

    async def keys():
        async with get_client() as client:
            return {a.key for a in await client.read_artifacts()}

    assert {"sources", "release-summary"} <= asyncio.run(keys())


def test_cli_search_status_and_explain_read_the_release(two_runs):
    import subprocess
    import sys

    from fixture_cases import ROOT

    datasets, *_ = two_runs

    def cli(*args):
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args, "--datasets", str(datasets)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120, env={"COLUMNS": "200", **__import__("os").environ})
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "Teknikstöd i skolan" in cli("search", "teknikstöd")
    assert "42 active projects" in cli("status")
    pid = next(r["project_id"] for r in pq.read_table(datasets / "projects.parquet").to_pylist()
               if r["title"] == "Riktad Drogprevention")
    shown = cli("explain", pid)
    assert "femårigt projekt som startar under våren 2016" in shown  # the evidence for the period
    assert "sex heltidstjänster" in shown


def test_datasette_serves_the_release_with_search(two_runs):
    """`socinv serve-data` starts Datasette on 127.0.0.1; its JSON API answers a full-text search."""
    import json as _json
    import subprocess
    import sys
    import time
    import urllib.request

    from fixture_cases import ROOT
    from pipeline.replay import free_port

    datasets, *_ = two_runs
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve-data", "--datasets", str(datasets),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/projects/projects.json?_search=Drogprevention&_shape=array"
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    rows = _json.loads(resp.read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError(proc.stderr.read().decode() if proc.poll() is not None else "datasette did not start")
        assert [r["title"] for r in rows] == ["Riktad Drogprevention"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/metadata.json", timeout=5) as resp:
            meta = _json.loads(resp.read())
        assert meta["license"].startswith("CC0") or "CC0" in _json.dumps(meta)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    # The process the caller holds is the server itself: stopping it stops serving (no orphan left listening).
    import socket

    for _ in range(50):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                break
        time.sleep(0.1)
    else:
        raise AssertionError(f"something still listens on port {port} after serve-data was stopped")


def test_no_person_names_in_published_text(two_runs):
    """The seed pages name officials and contacts; none of them may reach the dataset."""
    datasets, *_ = two_runs
    text = (datasets / "projects.csv").read_text(encoding="utf-8")
    for name in ("Berfenhag", "Niklund", "Kronberg", "Holgersson", "Carina Hansson", "Henrik Lindh", "Lisbeth Tilly",
                 "Majvor", "Midtvedt", "Mats Dahl", "Elisabeth Bengtsson", "Gäbel", "Almén", "Högström",
                 "Grönberg", "Helena Hedman", "Ahlberg"):
        assert name not in text


def test_a_run_never_publishes_over_a_folder_that_is_not_a_datasets_folder(two_runs, tmp_path):
    """The top-level names a release links are the ones check_datasets guards; a release itself, or a researcher's
    folder with a README.md of their own, is refused before any work and left as it was."""
    from pipeline.flows import STABLE_NAMES, BadRunParameter, build_release, check_datasets

    datasets, *_ = two_runs
    linked = {p.name for p in datasets.iterdir() if p.is_symlink() and os.readlink(p).startswith("latest/")}
    assert linked <= STABLE_NAMES and {"README.md", "projects.csv", "SHA256SUMS"} <= linked
    with pytest.raises(BadRunParameter, match="published release itself"):
        check_datasets(datasets / "latest")
    own = tmp_path / "mitt projekt"
    own.mkdir()
    (own / "README.md").write_text("Mina anteckningar\n", encoding="utf-8")
    (own / "analys.R").write_text("library(arrow)\n", encoding="utf-8")
    with pytest.raises(BadRunParameter, match="README.md"):
        build_release(live=False, datasets=str(own), work=str(tmp_path / "work"))
    assert sorted(p.name for p in own.iterdir()) == ["README.md", "analys.R"]
    assert (own / "README.md").read_text(encoding="utf-8") == "Mina anteckningar\n"
    check_datasets(tmp_path / "new")  # a new folder, an empty one and one with only files of other names are fine
    (tmp_path / "empty").mkdir()
    check_datasets(tmp_path / "empty")
