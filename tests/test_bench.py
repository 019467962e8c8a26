"""Smoke tests of ``socinv bench``: the real code path at tiny sizes, so the benchmark cannot rot.

They check that the JSON line parses and carries every key with sane types, not speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.benchmarks import bench

ROOT = Path(__file__).resolve().parents[1]
CORE = ("extract", "dedup", "publish", "reextract")
NUMERIC_OF = {
    "extract": ("extract_pages_per_s", "lxml_pages_per_s", "trafilatura_pages_per_s", "extract_vs_lxml",
                "extract_vs_trafilatura"),
    "dedup": ("dedup_10k_s", "dedup_peak_mb", "dedup_precision", "dedup_recall"),
    "publish": ("publish_s", "publish_peak_mb"),
    "reextract": ("reextract_1worker_s", "reextract_2workers_s", "reextract_speedup_2cores", "reextract_peak_mb",
                  "reextract_peak_mb_small"),
    "crawl": ("crawl_pages_per_s", "crawl_host_parallelism", "crawl_host_ideal_s", "crawl_host_seconds",
              "crawl_peak_mb_per_process", "crawl_kept_links"),
    "run": ("run_snapshot_s", "prefect_startup_s", "prefect_startup_share", "scrapy_startup_s",
            "scrapy_startup_share"),
}


def _bench(tmp_path: Path, *args: str) -> tuple[dict, dict]:
    out = tmp_path / "bench.json"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "bench", "--quick", "--out", str(out), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, f"stdout must be exactly one JSON line, got {len(lines)}"
    result = json.loads(lines[0])
    assert json.loads(out.read_text(encoding="utf-8")) == result
    return result, proc.__dict__


def _check(result: dict, parts: tuple[str, ...]) -> None:
    for key in bench.KEYS:
        assert key in result, key
        v = result[key]
        assert v is None or isinstance(v, (int, float, bool)), (key, v)
    assert result["quick"] is True
    for part in parts:
        for key in NUMERIC_OF[part]:
            v = result[key]
            assert isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0, (key, v)
    if "publish" in parts:  # quick sizes publish 500 projects: that is not the 1 M figure
        assert result["publish_projects"] == 500 and result["publish_1m_s"] is None
    if "dedup" in parts:
        assert 0 <= result["dedup_precision"] <= 1 and 0 <= result["dedup_recall"] <= 1
    if "reextract" in parts:
        assert result["reextract_detail"]["1worker"]["failures"] == 0
        assert result["reextract_detail"]["1worker"]["pages"] == result["reextract_pages"]
    if "crawl" in parts:  # a site (www.x.se + x.se, one download slot) has at least its busiest host name's requests
        assert result["crawl_host_busiest_requests"] >= result["crawl_host_busiest_hostname_requests"] > 0
    if "run" in parts:
        assert 0 < result["prefect_startup_share"] < 1 and 0 < result["scrapy_startup_share"] < 1


def test_bench_quick_core(tmp_path):
    """extract, dedup, publish, re-extraction: the real code at tiny sizes (about 20 s)."""
    result, _ = _bench(tmp_path, "--only", ",".join(CORE))
    _check(result, CORE)
    for part in ("crawl", "run"):
        assert all(result[k] is None for k in NUMERIC_OF[part])


@pytest.mark.slow
def test_bench_quick_all(tmp_path):
    """Every part, crawls and `socinv run` included (about a minute)."""
    result, _ = _bench(tmp_path)
    _check(result, tuple(NUMERIC_OF))


def test_unknown_part_is_refused(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "bench", "--quick", "--only", "nonsense"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "unknown bench parts" in proc.stderr


def test_generated_warc_crawl_reads_back(tmp_path):
    """The generated archive is in the spider's format: iter_pages and read_body give back every page."""
    from pipeline.archive import iter_pages

    info = bench.write_warc_crawl(tmp_path / "crawl", 7, seed=3, chunk=3)
    pages = list(iter_pages(tmp_path / "crawl"))
    assert info["pages"] == len(pages) == 7
    assert len({p.final_url for p in pages}) == 7
    for p in pages:
        body = p.body(tmp_path / "crawl")
        assert len(body) > 20_000 and body.lstrip().lower().startswith(b"<!doctype") or b"<html" in body[:500]
        assert p.kind == "page" and p.candidate and p.sha256


def test_synthetic_projects_pass_the_gates():
    from pipeline.publish import gates

    projects = bench.synthetic_projects(300)
    assert len({p["project_id"] for p in projects}) == 300
    assert gates.schema_gate(projects, [], []) == [] and gates.reference_gate(projects) == []


def test_run_log_parsing_handles_midnight():
    import datetime as dt

    start = dt.datetime(2026, 1, 1, 23, 59, 50)
    assert bench._clock(start, "00", "00", "05.5") == dt.datetime(2026, 1, 2, 0, 0, 5, 500000)
    assert bench._clock(start, "23", "59", "55.0") == dt.datetime(2026, 1, 1, 23, 59, 55)


def test_table_marks_targets():
    from rich.console import Console

    result = {k: None for k in bench.KEYS}
    result.update({"extract_vs_lxml": 2.5, "extract_vs_trafilatura": 1.2, "quick": True, "cpus": 2})
    console = Console(record=True, width=200)
    console.print(bench.render_table(result))
    text = console.export_text()
    assert "≤ 3 met" in text and "< 1 MISSED" in text


def test_background_xlsx_writes_the_same_bytes(tmp_path, monkeypatch):
    """Big releases write projects.xlsx in a separate process while the other files are written: same files."""
    import datetime as dt
    import hashlib

    from pipeline.publish import spreadsheet
    from pipeline.publish.release import publish

    now = dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.timezone.utc)
    projects = bench.synthetic_projects(400)

    def digests(datasets: Path) -> dict:
        rep = publish([dict(p) for p in projects], datasets, now=now)
        return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in rep.path.iterdir()
                if f.name not in ("catalog.rdf", "SHA256SUMS")}  # rdflib orders namespaces by hash seed

    serial = digests(tmp_path / "serial")
    monkeypatch.setattr(spreadsheet, "BACKGROUND_MIN_ROWS", 1)
    assert digests(tmp_path / "forked") == serial


def test_background_xlsx_is_stopped_when_publishing_fails(tmp_path, monkeypatch):
    import datetime as dt

    from pipeline.publish import formats, spreadsheet
    from pipeline.publish.release import publish

    monkeypatch.setattr(spreadsheet, "BACKGROUND_MIN_ROWS", 1)
    started = []
    real_start = spreadsheet.start_xlsx

    def start(*a, **k):
        job = real_start(*a, **k)
        started.append(job)
        return job

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(spreadsheet, "start_xlsx", start)
    monkeypatch.setattr(formats, "write_csv", boom)
    with pytest.raises(OSError):
        publish(bench.synthetic_projects(50), tmp_path / "ds",
                now=dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.timezone.utc))
    assert started and started[0].pid is None  # waited for: no process left behind
    assert not any(p.name.startswith(".staging") for p in (tmp_path / "ds" / "releases").iterdir())
