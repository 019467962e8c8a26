"""Prefect flows: orchestration only. Every task calls a stage function from ``pipeline.stages`` (or the
crawl/publish modules); no parsing or formatting logic lives here.

``build_release`` is the parent flow with one subflow per stage. It runs with no Prefect server at all
(Prefect starts a temporary local one), or against a server / Prefect Cloud when ``PREFECT_API_URL`` is set.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from pipeline import sources as source_registry  # noqa: E402
from pipeline import stages  # noqa: E402
from pipeline.crawl import SNAPSHOT, run_crawl  # noqa: E402
from pipeline.publish.coverage import coverage_rows  # noqa: E402
from pipeline.publish.release import latest_summary, publish  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCES_PER_SHARD = 40  # one Scrapy process crawls this many organisations' hosts in parallel


# -- crawl --------------------------------------------------------------------------------------------------------
@task(name="crawl shard", retries=2, retry_delay_seconds=[30, 120], task_run_name="crawl {shard_dir}")
def crawl_shard(source_dicts: list[dict], shard_dir: str, live: bool) -> dict:
    """One Scrapy process over a shard of sources. Retried: a network hiccup or a killed process can pass,
    and a retry resumes from the shard's JOBDIR instead of starting over."""
    logger = get_run_logger()
    result = run_crawl(source_dicts, Path(shard_dir), snapshot=None if live else SNAPSHOT, polite=live)
    logger.info("crawl %s: %d pages, %d candidates, %d errors", shard_dir, result.pages, result.candidates,
                result.errors)
    if result.returncode != 0:
        raise RuntimeError(f"scrapy exited with {result.returncode} for {shard_dir}; last log lines:\n"
                           f"{result.log_tail[-1500:]}")
    return {"dir": shard_dir, "pages": result.pages, "candidates": result.candidates, "errors": result.errors,
            "per_source": result.per_source}


@flow(name="crawl", task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
def crawl_flow(source_dicts: list[dict], crawl_dir: str, live: bool) -> dict:
    """Crawl every selected source: shards of sources in parallel Scrapy processes."""
    n = max(1, min(os.cpu_count() or 1, math.ceil(len(source_dicts) / SOURCES_PER_SHARD)))
    shards = [source_dicts[i::n] for i in range(n)]
    futures = [crawl_shard.submit(shard, str(Path(crawl_dir) / f"shard-{i:02d}"), live)
               for i, shard in enumerate(shards) if shard]
    results = [f.result() for f in futures]
    per_source: dict[str, dict] = {}
    for r in results:
        per_source.update(r["per_source"])
    return {"dirs": [r["dir"] for r in results], "pages": sum(r["pages"] for r in results),
            "candidates": sum(r["candidates"] for r in results), "errors": sum(r["errors"] for r in results),
            "per_source": per_source}


# -- extract, dedupe, publish -------------------------------------------------------------------------------------
@task(name="extract pages")
def extract_task(crawl_dirs: list[str], records_path: str, cache_dir: str) -> dict:
    """No retries: a parser bug is not helped by running it again."""
    result = stages.extract_crawl([Path(d) for d in crawl_dirs], Path(records_path), cache_dir=Path(cache_dir))
    logger = get_run_logger()
    logger.info("extract: %d pages → %d records, %d failures", result.pages, result.records, len(result.failures))
    for f in result.failures:
        logger.warning("extraction failed: source=%s url=%s error=%s", f["source"], f["url"], f["error"])
    return {"pages": result.pages, "records": result.records, "failures": result.failures,
            "per_source": result.per_source}


@flow(name="extract")
def extract_flow(crawl_dirs: list[str], records_path: str, cache_dir: str) -> dict:
    return extract_task(crawl_dirs, records_path, cache_dir)


@task(name="deduplicate")
def dedupe_task(records_path: str, projects_path: str, datasets: str) -> dict:
    stats = stages.dedupe_records(Path(records_path), Path(projects_path),
                                  previous=Path(datasets) / "latest" / "projects.parquet",
                                  decisions=Path(datasets) / "dedup_decisions.csv")
    get_run_logger().info("dedupe: %s", stats)
    return stats


@flow(name="deduplicate")
def dedupe_flow(records_path: str, projects_path: str, datasets: str) -> dict:
    return dedupe_task(records_path, projects_path, datasets)


@task(name="validate and publish")
def publish_task(projects_path: str, datasets: str, extra: dict, crawl_per_source: dict, selected_ids: list[str],
                 started: str) -> dict:
    """Write-audit-publish; a failed gate raises with the reason and leaves the previous release in place."""
    projects = stages.read_projects(Path(projects_path))
    registry = source_registry.registry()
    coverage = coverage_rows([s.as_dict() for s in registry.values()],
                             {sid: crawl_per_source.get(sid, {}) for sid in selected_ids}, projects,
                             dt.datetime.fromisoformat(started))
    sources_path = Path(projects_path).with_name("project_sources.parquet")
    sources = stages.read_rows(sources_path) if sources_path.exists() else None
    report = publish(projects, Path(datasets), extra=extra, coverage=coverage, sources=sources)
    get_run_logger().info("published release %s: %s", report.release, report.counts)
    return {"release": report.release, "path": str(report.path), "counts": report.counts,
            "changes": report.changes}


@flow(name="publish")
def publish_flow(projects_path: str, datasets: str, extra: dict, crawl_per_source: dict, selected_ids: list[str],
                 started: str) -> dict:
    return publish_task(projects_path, datasets, extra, crawl_per_source, selected_ids, started)


# -- the release ------------------------------------------------------------------------------------------------------
def select_sources(live: bool, sources: str, sample: int | None, seed: int = 0) -> list:
    registry = source_registry.registry()
    selected = source_registry.select(sources, registry)
    if not live:
        hosts = [p.name for p in SNAPSHOT.iterdir() if p.is_dir()]
        in_snapshot = {s.id for s in source_registry.for_hosts(hosts, registry)}
        selected = [s for s in selected if s.id in in_snapshot]
    if sample and sample < len(selected):
        selected = sorted(random.Random(seed).sample(selected, sample), key=lambda s: s.id)
    return selected


@flow(name="build_release", log_prints=True)
def build_release(live: bool = False, sources: str = "all", sample: int | None = None,
                  since: str | None = None, datasets: str | None = None, work: str | None = None) -> dict:
    """Crawl → extract → deduplicate → validate → publish, on the bundled snapshot unless ``live``.

    ``sources``: 'all', kommunkoder/ids separated by commas, or 'lan:14'. ``sample``: crawl only that many
    randomly chosen sources (a quick check). ``since`` ('1d', '7d' or a date): an incremental run, recorded in
    the run summary; pages unchanged since the last crawl are not re-extracted (extraction is cached by page
    content and extractor version).
    """
    datasets = datasets or str(ROOT / "datasets")
    work_dir = Path(work or ROOT / "work")
    started = dt.datetime.now(dt.timezone.utc)
    rid = stages.run_id(started)
    run_dir = work_dir / "runs" / rid
    previous = latest_summary(Path(datasets)) or {}
    selected = select_sources(live, sources, sample)
    crawl = crawl_flow([s.to_spider() for s in selected], str(run_dir / "crawl"), live)
    extracted = extract_flow(crawl["dirs"], str(run_dir / "records.parquet"), str(work_dir / "cache" / "extract"))
    deduped = dedupe_flow(str(run_dir / "records.parquet"), str(run_dir / "projects.parquet"), datasets)
    extra = {"mode": "live" if live else "snapshot", "sources": len(selected), "since": str(since) if since else None,
             "crawl": {k: v for k, v in crawl.items() if k != "dirs"},
             "extract": {k: v for k, v in extracted.items() if k != "per_source"} | {"per_source": extracted["per_source"]},
             "dedupe": deduped}
    published = publish_flow(str(run_dir / "projects.parquet"), datasets, extra, crawl["per_source"],
                             [s.id for s in selected], started.isoformat())
    result = {"run": rid, "sources": [s.id for s in selected], "crawl": crawl, "extract": extracted,
              "dedupe": deduped, "publish": published}
    publish_artifacts(result, selected, previous)
    return result


def publish_artifacts(result: dict, selected: list, previous: dict) -> None:
    """What a data engineer reads in the Prefect UI instead of the logs: a table per source, a release summary."""
    prev_ps = (previous.get("extract") or {}).get("per_source", {})
    rows = []
    for s in selected:
        c = result["crawl"]["per_source"].get(s.id, {})
        e = result["extract"]["per_source"].get(s.id, {})
        before = prev_ps.get(s.id, {}).get("records")
        rows.append({"source": s.id, "name": s.name, "pages": c.get("page", 0), "candidates": c.get("candidates", 0),
                     "projects": e.get("records", 0), "errors": c.get("error", 0) + e.get("failures", 0),
                     "change vs last run": "" if before is None else f"{e.get('records', 0) - before:+d}"})
    create_table_artifact(rows, key="sources", description=f"Per source, run {result['run']}")
    counts = result["publish"]["counts"]
    lines = [f"# Release {result['publish']['release']}", "",
             f"- sources crawled: {len(selected)}; pages: {result['crawl']['pages']}; "
             f"candidate pages: {result['crawl']['candidates']}",
             f"- records extracted: {result['extract']['records']}; projects: {result['dedupe']['projects']}",
             f"- added {counts['inserted']}, changed {counts['updated']}, unchanged {counts['unchanged']}, "
             f"removed from source {counts['removed']}", ""]
    changes = result["publish"].get("changes", [])
    for kind in ("added", "changed", "removed"):
        items = [c for c in changes if c["change"] == kind]
        if items:
            lines.append(f"## {kind.capitalize()} ({len(items)})")
            lines += [f"- `{c['project_id']}`" + (f": {', '.join(c['fields'])}" if c.get("fields") else "")
                      for c in items[:200]]
            lines.append("")
    failures = result["extract"]["failures"]
    if failures:
        lines.append(f"## Pages that failed extraction ({len(failures)})")
        lines += [f"- {f['source']}: {f['url']} — {f['error']}" for f in failures[:100]]
    create_markdown_artifact("\n".join(lines), key="release-summary", description="What this release changed")
