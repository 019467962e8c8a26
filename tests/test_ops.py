"""Operations: deployments declared once in two forms that agree, retries only where they can help,
task functions callable directly (``.fn``) without Prefect."""

from __future__ import annotations

import yaml

from fixture_cases import ROOT
from pipeline import flows
from pipeline.deployments import DEPLOYMENTS, TIMEZONE


def test_prefect_yaml_matches_the_served_deployments():
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    declared = {d["name"]: d for d in spec["deployments"]}
    assert set(declared) == set(DEPLOYMENTS)
    for name, (cron, params, _desc) in DEPLOYMENTS.items():
        d = declared[name]
        assert d["entrypoint"] == "pipeline/flows.py:build_release"
        assert d["schedules"] == [{"cron": cron, "timezone": TIMEZONE}]
        assert d["parameters"] == params


def test_retries_only_where_a_retry_can_help():
    assert flows.crawl_shard.retries == 2  # network, a killed process: a retry resumes from JOBDIR
    assert flows.extract_task.retries == 0  # a parser bug is not helped by running it again
    assert flows.publish_task.retries == 0


def test_extract_task_runs_without_prefect(tmp_path):
    """Task functions are plain functions underneath; the stage they call needs no server."""
    empty = tmp_path / "crawl"
    empty.mkdir()
    out = flows.stages.extract_crawl(empty, tmp_path / "r.parquet")
    assert out.pages == 0 and out.records == 0 and (tmp_path / "r.parquet").exists()


def test_sample_and_selection_are_deterministic():
    a = [s.id for s in flows.select_sources(live=True, sources="all", sample=10)]
    b = [s.id for s in flows.select_sources(live=True, sources="all", sample=10)]
    assert a == b and len(a) == 10
    assert [s.id for s in flows.select_sources(live=True, sources="lan:14", sample=None)][:1] == ["1401"]
    snap = {s.id for s in flows.select_sources(live=False, sources="all", sample=None)}
    assert snap == {"1482", "2181", "0381", "region-14", "vardsamverkan-fyrbodal"}


def test_progress_is_plain_lines_when_not_on_a_terminal(tmp_path):
    """CI and cron get a line per stage at its start and end (and every few seconds between), no bars."""
    import io

    from pipeline import progress

    out = io.StringIO()
    rep = progress.for_terminal(out)
    assert isinstance(rep, progress.PlainReporter)
    rep.stream, rep.every = out, 0.0
    with progress.reporting(rep):
        progress.reporter().start("extract", 3)
        for i in (1, 2, 3):
            progress.reporter().update("extract", i, 3)
        progress.reporter().finish("extract")
        shard = tmp_path / "shard-00"
        shard.mkdir()
        with progress.watch_manifests({"crawl shard-00": shard}, every=0.01):
            (shard / "manifest.jsonl").write_text('{"kind": "page"}\n' * 7)
    text = out.getvalue()
    assert "extract: started, 3 pages" in text and "extract: 2/3 pages" in text
    assert "extract: finished, 3 pages in" in text
    assert "crawl shard-00: finished, 7 fetched" in text
    assert set(rep.timings) == {"extract", "crawl shard-00"}
    assert progress.reporter() is not rep  # restored afterwards: flows run silently outside `socinv run`


def test_rich_bars_on_a_terminal():
    import io

    from pipeline import progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    rep = progress.for_terminal(Tty())
    try:
        assert isinstance(rep, progress.RichReporter)
        rep.start("extract", 10)
        rep.update("extract", 4, 10)
        rep.finish("extract", 10)
        assert rep.progress.tasks[0].completed == 10
    finally:
        rep.close()


def test_run_ends_with_a_table_of_stages():
    from pipeline.cli import stage_rows

    result = {"run": "r", "crawl": {"pages": 16, "candidates": 5, "errors": 1, "dirs": ["a", "b"]},
              "extract": {"pages": 5, "records": 42, "failures": []}, "dedupe": {"projects": 40},
              "publish": {"release": "x", "counts": {"inserted": 40, "updated": 0, "removed": 0}}}
    rows = stage_rows(result, {"crawl shard-00": 6.0, "crawl shard-01": 7.25, "extract": 0.5, "dedupe": 0.25,
                               "publish": 1.0})
    assert [r[0] for r in rows] == ["crawl", "extract", "dedupe", "publish"]
    assert rows[0] == ("crawl", "16 pages, 5 candidates, 1 errors (2 shards)", "7.2")
    assert rows[2][1] == "42 records → 40 projects" and rows[3][2] == "1.0"


def test_publish_progress_counts_the_files_of_the_new_release(tmp_path):
    import io

    from pipeline import progress

    (tmp_path / "releases" / "old").mkdir(parents=True)
    rep = progress.PlainReporter(io.StringIO(), every=0.0)
    with progress.reporting(rep):
        with progress.watch_release(tmp_path, every=10):
            staging = tmp_path / "releases" / ".staging-new"
            staging.mkdir()
            for name in ("a.csv", "b.parquet", "SHA256SUMS"):
                (staging / name).write_text("x")
            staging.rename(tmp_path / "releases" / "new")
    assert rep.counts["publish"][0] == 3 and "publish: finished, 3 files" in rep.stream.getvalue()
