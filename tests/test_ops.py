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
