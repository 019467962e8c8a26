"""Run a crawl: the Scrapy discovery spider in a subprocess, optionally through the snapshot replay proxy.

Scrapy's Twisted reactor cannot be restarted inside one process, so every crawl is its own
``scrapy crawl`` process (research/stack.md). Snapshot mode differs from live mode only in the
``http(s)_proxy`` variables given to that process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.archive import iter_manifest
from pipeline.replay import ReplayProxy, SnapshotResolver

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "snapshot" / "sites"


@dataclass
class CrawlResult:
    crawl_dir: Path
    returncode: int
    pages: int = 0
    candidates: int = 0
    errors: int = 0
    per_source: dict[str, dict] = field(default_factory=dict)
    log_tail: str = ""


def summarize(crawl_dir: Path) -> tuple[dict[str, dict], Counter]:
    per_source: dict[str, Counter] = {}
    totals: Counter = Counter()
    for e in iter_manifest(crawl_dir):
        c = per_source.setdefault(e.get("source", ""), Counter())
        kind = e.get("kind")
        c[kind] += 1
        totals[kind] += 1
        if kind == "page" and e.get("candidate"):
            c["candidates"] += 1
            totals["candidates"] += 1
    return {k: dict(v) for k, v in per_source.items()}, totals


def run_crawl(sources: list[dict], crawl_dir: Path, *, snapshot: Path | None = None, proxy: ReplayProxy | None = None,
              polite: bool = True,
              allow_loopback: bool = False, urls: list[str] | None = None, extra_settings: dict | None = None,
              timeout: float | None = None) -> CrawlResult:
    """Crawl ``sources`` (spider dicts) into ``crawl_dir``; resumable through Scrapy's JOBDIR.

    ``snapshot`` replays a saved site tree; ``proxy`` uses a running replay proxy (tests, simulated webs).
    """
    crawl_dir = Path(crawl_dir)
    crawl_dir.mkdir(parents=True, exist_ok=True)
    sources_file = crawl_dir / "sources.json"
    sources_file.write_text(json.dumps(sources, ensure_ascii=False, indent=1), encoding="utf-8")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "discovery", "-a", f"sources={sources_file}",
           "-s", f"ARCHIVE_DIR={crawl_dir}", "-s", f"JOBDIR={crawl_dir / 'job'}",
           "-s", f"LOG_FILE={crawl_dir / 'crawl.log'}"]
    if urls:
        cmd += ["-a", "urls=" + ",".join(urls)]
    if allow_loopback:
        cmd += ["-a", "allow_loopback=1"]
    if not polite:
        # Replaying our own files on this machine: no remote server to be polite to.
        cmd += ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]
    for k, v in (extra_settings or {}).items():
        cmd += ["-s", f"{k}={v}"]
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if proxy is not None:
        env.update(proxy.env)
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    elif snapshot is not None:
        with ReplayProxy(SnapshotResolver(snapshot)) as snap:
            env.update(snap.env)
            proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    else:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    per_source, totals = summarize(crawl_dir)
    log = (crawl_dir / "crawl.log")
    tail = log.read_text(encoding="utf-8", errors="replace")[-4000:] if log.exists() else proc.stderr[-4000:]
    return CrawlResult(crawl_dir, proc.returncode, pages=totals["page"], candidates=totals["candidates"],
                       errors=totals["error"], per_source=per_source, log_tail=tail)
