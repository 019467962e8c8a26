"""Prefect flows: orchestration only. Every task calls a stage function from ``pipeline.stages``.

Runs with no Prefect server at all (Prefect starts a temporary local one), or against a server or
Prefect Cloud when ``PREFECT_API_URL`` is set.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from prefect import flow, get_run_logger, task  # noqa: E402

from pipeline import sources as source_registry  # noqa: E402
from pipeline import stages  # noqa: E402
from pipeline.crawl import SNAPSHOT, run_crawl  # noqa: E402
from pipeline.publish.release import publish  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@task(name="crawl", retries=1, retry_delay_seconds=[10])
def crawl_task(source_dicts: list[dict], crawl_dir: str, live: bool) -> dict:
    logger = get_run_logger()
    result = run_crawl(source_dicts, Path(crawl_dir), snapshot=None if live else SNAPSHOT, polite=live)
    logger.info("crawl: %d pages, %d candidates, %d errors", result.pages, result.candidates, result.errors)
    if result.returncode != 0:
        raise RuntimeError(f"scrapy exited with {result.returncode}:\n{result.log_tail}")
    return {"pages": result.pages, "candidates": result.candidates, "errors": result.errors,
            "per_source": result.per_source}


@task(name="extract")
def extract_task(crawl_dir: str, records_path: str) -> dict:
    result = stages.extract_crawl(Path(crawl_dir), Path(records_path))
    get_run_logger().info("extract: %d pages → %d records, %d failures", result.pages, result.records,
                          len(result.failures))
    return {"pages": result.pages, "records": result.records, "failures": result.failures,
            "per_source": result.per_source}


@task(name="deduplicate")
def dedupe_task(records_path: str, projects_path: str) -> dict:
    stats = stages.dedupe_records(Path(records_path), Path(projects_path))
    get_run_logger().info("dedupe: %s", stats)
    return stats


@task(name="validate and publish")
def publish_task(projects_path: str, datasets: str, extra: dict) -> dict:
    report = publish(stages.read_projects(Path(projects_path)), Path(datasets), extra=extra)
    get_run_logger().info("published release %s: %s", report.release, report.counts)
    return {"release": report.release, "path": str(report.path), "counts": report.counts}


@flow(name="build_release", log_prints=True)
def build_release(live: bool = False, sources: str = "all", datasets: str | None = None,
                  work: str | None = None) -> dict:
    """Crawl → extract → deduplicate → validate → publish, on the bundled snapshot unless ``live``."""
    datasets = datasets or str(ROOT / "datasets")
    work_dir = Path(work or ROOT / "work")
    rid = stages.run_id()
    run_dir = work_dir / "runs" / rid
    registry = source_registry.registry()
    selected = source_registry.select(sources, registry)
    if not live:
        hosts = [p.name for p in SNAPSHOT.iterdir() if p.is_dir()]
        in_snapshot = {s.id for s in source_registry.for_hosts(hosts, registry)}
        selected = [s for s in selected if s.id in in_snapshot]
    crawl = crawl_task([s.to_spider() for s in selected], str(run_dir / "crawl"), live)
    extracted = extract_task(str(run_dir / "crawl"), str(run_dir / "records.parquet"))
    deduped = dedupe_task(str(run_dir / "records.parquet"), str(run_dir / "projects.parquet"))
    extra = {"mode": "live" if live else "snapshot", "sources": len(selected), "crawl": crawl,
             "extract": {k: v for k, v in extracted.items() if k != "per_source"}, "dedupe": deduped}
    published = publish_task(str(run_dir / "projects.parquet"), datasets, extra)
    return {"run": rid, "sources": [s.id for s in selected], "crawl": crawl, "extract": extracted,
            "dedupe": deduped, "publish": published}
