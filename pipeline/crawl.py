"""Run a crawl: the Scrapy discovery spider in a subprocess, optionally through the snapshot replay proxy.

Scrapy's Twisted reactor cannot be restarted inside one process, so every crawl is its own
``scrapy crawl`` process (research/stack.md). Snapshot mode differs from live mode only in the
``http(s)_proxy`` variables given to that process.

A crawl folder holds ``warc/*.warc.gz`` + ``manifest.jsonl`` (the archive), ``crawl_stats.json`` (per source and
per crawl), ``runs.jsonl`` (Scrapy's stats of every run), ``crawl.log`` and ``job/`` (Scrapy's JOBDIR).
Running a crawl again on the same folder resumes it: what is archived is replayed, not fetched. Passing
``previous=`` (the last crawl of the same sources, see :func:`find_previous_crawl`) makes requests
conditional; unchanged pages answer 304 and their archived bodies are reused.
"""

from __future__ import annotations

import json
import os
import shutil
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
    stats: dict = field(default_factory=dict)  # crawl_stats.json: {"crawl": {...}, "sources": {id: {...}}}


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


def crawl_command(sources: list[dict], crawl_dir: Path, *, polite: bool = True, allow_loopback: bool = False,
                  urls: list[str] | None = None, extra_settings: dict | None = None,
                  previous: Path | None = None) -> tuple[list[str], dict[str, str]]:
    """The ``scrapy crawl discovery`` command line and environment for a crawl into ``crawl_dir``."""
    crawl_dir = Path(crawl_dir)
    crawl_dir.mkdir(parents=True, exist_ok=True)
    queue = crawl_dir / "job" / "requests.queue"
    if queue.exists() and not (queue / "active.json").exists():
        # A run killed without a clean shutdown leaves half-written disk queues that Scrapy cannot read back.
        # Nothing is lost by dropping them: the spider rebuilds its frontier by replaying its own archive.
        shutil.rmtree(queue)
    sources_file = crawl_dir / "sources.json"
    sources_file.write_text(json.dumps(sources, ensure_ascii=False, indent=1), encoding="utf-8")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "discovery", "-a", f"sources={sources_file}",
           "-s", f"ARCHIVE_DIR={crawl_dir}", "-s", f"JOBDIR={crawl_dir / 'job'}",
           "-s", f"LOG_FILE={crawl_dir / 'crawl.log'}"]
    if urls:
        cmd += ["-a", "urls=" + ",".join(urls)]
    if allow_loopback:
        cmd += ["-a", "allow_loopback=1"]
    if previous is not None and (Path(previous) / "manifest.jsonl").exists():
        cmd += ["-s", f"SOCINV_PREVIOUS_CRAWL={Path(previous)}"]
    if not polite:
        # Replaying our own files on this machine: no remote server to be polite to.
        cmd += ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]
    for k, v in (extra_settings or {}).items():
        cmd += ["-s", f"{k}={v}"]
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return cmd, env


def user_proxy() -> dict[str, str]:
    """The proxy variables of the user's environment. ``crawl_command`` leaves them out (a replayed crawl goes through
    the replay proxy alone); a crawl of the live web goes through the user's proxy, as their other tools do."""
    found = {k: v for k, v in os.environ.items() if k.lower() in ("http_proxy", "https_proxy", "no_proxy")}
    if any(k.lower() != "no_proxy" for k in found):
        # (a site on this machine, --allow-loopback, is never behind the proxy)
        own = [h for h in (found.get("no_proxy") or found.get("NO_PROXY") or "").split(",") if h.strip()]
        found["no_proxy"] = found["NO_PROXY"] = ",".join(own + [h for h in ("127.0.0.1", "localhost", "::1")
                                                                 if h not in own])
    return found


def start_crawl(sources: list[dict], crawl_dir: Path, *, proxy: ReplayProxy | None = None, **kw) -> subprocess.Popen:
    """Start a crawl without waiting for it (tests that interrupt a crawl; long crawls watched from outside)."""
    cmd, env = crawl_command(sources, crawl_dir, **kw)
    env.update(proxy.env if proxy is not None else user_proxy())
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def run_crawl(sources: list[dict], crawl_dir: Path, *, snapshot: Path | None = None, proxy: ReplayProxy | None = None,
              polite: bool = True,
              allow_loopback: bool = False, urls: list[str] | None = None, extra_settings: dict | None = None,
              timeout: float | None = None, previous: Path | None = None) -> CrawlResult:
    """Crawl ``sources`` (spider dicts) into ``crawl_dir``; resumable (run it again on the same folder).

    ``snapshot`` replays a saved site tree; ``proxy`` uses a running replay proxy (tests, simulated webs);
    ``previous`` is the last crawl of the same sources: its ETag/Last-Modified make the requests
    conditional, and a 304 reuses its archived body. Writes ``crawl_stats.json`` (see :func:`crawl_stats`).
    """
    crawl_dir = Path(crawl_dir)
    cmd, env = crawl_command(sources, crawl_dir, polite=polite, allow_loopback=allow_loopback, urls=urls,
                             extra_settings=extra_settings, previous=previous)
    if proxy is not None:
        env.update(proxy.env)
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    elif snapshot is not None:
        with ReplayProxy(SnapshotResolver(snapshot)) as snap:
            env.update(snap.env)
            proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    else:  # the live web: through the user's own proxy, if they have one
        env.update(user_proxy())
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    per_source, totals = summarize(crawl_dir)
    stats = write_crawl_stats(crawl_dir, proc.returncode, sources)
    log = (crawl_dir / "crawl.log")
    tail = log.read_text(encoding="utf-8", errors="replace")[-4000:] if log.exists() else proc.stderr[-4000:]
    return CrawlResult(crawl_dir, proc.returncode, pages=totals["page"], candidates=totals["candidates"],
                       errors=totals["error"], per_source=per_source, log_tail=tail, stats=stats)


def find_previous_crawl(runs_dir: Path, before: Path | None = None) -> Path | None:
    """The newest finished crawl under ``runs_dir/<run id>/crawl`` (other than ``before``), for conditional
    requests and for comparing counts; None when there is none."""
    runs_dir = Path(runs_dir)
    if not runs_dir.is_dir():
        return None
    for run in sorted((p for p in runs_dir.iterdir() if p.is_dir()), reverse=True):
        crawl_dir = run / "crawl"
        if before is not None and crawl_dir.resolve() == Path(before).resolve():
            continue
        stats_file = crawl_dir / "crawl_stats.json"
        if not stats_file.exists() or not (crawl_dir / "manifest.jsonl").exists():
            continue
        try:
            finish = json.loads(stats_file.read_text(encoding="utf-8"))["crawl"]["finish_reason"]
        except (ValueError, KeyError):
            continue
        if finish == "finished":
            return crawl_dir
    return None


def crawl_stats(crawl_dir: Path, returncode: int | None = None, sources: list[dict] | None = None) -> dict:
    """Per source and per crawl: pages fetched, candidate pages, PDFs, errors, 404/410s, not-modified pages,
    skips by reason, platform, and the crawl's finish reason (Scrapy's, of the last run; ``killed`` when the
    last run left no stats, e.g. after SIGKILL). Counts of what is archived come from the manifest (all runs
    of a resumed crawl); request and skip counts are summed over the runs' Scrapy stats.
    """
    crawl_dir = Path(crawl_dir)
    runs = []
    runs_file = crawl_dir / "runs.jsonl"
    if runs_file.exists():
        for line in runs_file.read_text(encoding="utf-8").splitlines():
            try:
                runs.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    per: dict[str, Counter] = {}
    for s in sources or []:
        per.setdefault(s["id"], Counter())
    platforms: dict[str, Counter] = {}
    totals: Counter = Counter()
    for e in iter_manifest(crawl_dir):
        sid = e.get("source", "")
        c = per.setdefault(sid, Counter())
        kind = e.get("kind")
        if kind == "error":
            key = "missing" if e.get("status") in (404, 410) else "errors"
        else:
            key = {"page": "pages", "pdf": "pdfs", "sitemap": "sitemaps", "robots": "robots"}.get(kind, kind)
        c[key] += 1
        totals[key] += 1
        if kind == "page":
            if e.get("candidate"):
                c["candidates"] += 1
                totals["candidates"] += 1
            if e.get("not_modified"):
                c["not_modified"] += 1
                totals["not_modified"] += 1
            platforms.setdefault(sid, Counter())[e.get("platform") or "other"] += 1
    skipped: dict[str, Counter] = {}
    notes: dict[str, Counter] = {}
    stats_sum: Counter = Counter()
    for run in runs:
        for sid, counters in (run.get("per_source") or {}).items():
            for k, v in counters.items():
                if k.startswith("skipped/") and isinstance(v, int):
                    skipped.setdefault(sid, Counter())[k[8:]] += v
                elif k.startswith(("notes/", "errors/", "backoff/")) and isinstance(v, int):
                    notes.setdefault(sid, Counter())[k] += v
        for k, v in (run.get("stats") or {}).items():
            if isinstance(v, (int, float)) and not isinstance(v, bool) and (
                    k.startswith(("downloader/request_count", "downloader/response_count", "robotstxt/forbidden",
                                  "socinv/skipped/", "socinv/errors/", "socinv/backoff/", "retry/count",
                                  "socinv/notes/",
                                  "socinv/not_modified", "elapsed_time_seconds", "log_count/ERROR"))):
                stats_sum[k] += v
    sources_out = {}
    for sid, c in sorted(per.items()):
        d = {k: c.get(k, 0) for k in ("pages", "candidates", "pdfs", "errors", "missing", "not_modified", "sitemaps",
                                      "robots")}
        d["platform"] = platforms[sid].most_common(1)[0][0] if sid in platforms else None
        d["skipped"] = dict(skipped.get(sid, {}))
        odd = notes.get(sid, Counter())
        for group in ("notes", "errors", "backoff"):
            d[{"errors": "errors_by_type", "backoff": "backoffs"}.get(group, group)] = {
                k.split("/", 1)[1]: v for k, v in odd.items() if k.startswith(group + "/")}
        d["rejected"] = c.get("rejected", 0)
        sources_out[sid] = d
    last = runs[-1] if runs else {}
    killed = returncode is not None and returncode < 0
    finish = "killed" if killed or not runs else last.get("finish_reason")
    crawl = {k: totals.get(k, 0) for k in ("pages", "candidates", "pdfs", "errors", "missing", "not_modified",
                                           "sitemaps", "robots")}
    crawl.update({
        "finish_reason": finish, "runs": len(runs), "returncode": returncode,
        "requests": stats_sum.get("downloader/request_count", 0),
        "robots_forbidden": stats_sum.get("robotstxt/forbidden", 0),
        "retries": stats_sum.get("retry/count", 0),
        "log_errors": stats_sum.get("log_count/ERROR", 0),
        "backoffs": {k.rsplit("/", 1)[1]: v for k, v in stats_sum.items()
                     if k.startswith("socinv/backoff/") and not k.endswith("max_wait")},
        "skipped": {k.split("/", 2)[2]: v for k, v in stats_sum.items() if k.startswith("socinv/skipped/")},
        "errors_by_type": {k.split("/", 2)[2]: v for k, v in stats_sum.items() if k.startswith("socinv/errors/")},
        # pages kept but odd (encoding lied, slow, prompt-like text …): crawlers/pagechecks.py
        "notes": {k.split("/", 2)[2]: v for k, v in stats_sum.items() if k.startswith("socinv/notes/")},
        "rejected": totals.get("rejected", 0),
        "elapsed_seconds": round(stats_sum.get("elapsed_time_seconds", 0.0), 1),
        "started_at": (runs[0].get("stats") or {}).get("start_time") if runs else None,
        "finished_at": last.get("finished_at"),
    })
    return {"crawl": crawl, "sources": sources_out}


def write_crawl_stats(crawl_dir: Path, returncode: int | None = None, sources: list[dict] | None = None) -> dict:
    stats = crawl_stats(crawl_dir, returncode, sources)
    path = Path(crawl_dir) / "crawl_stats.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return stats


def previous_crawl_dirs(runs_dir: Path, before: Path | None = None) -> list[Path]:
    """Every finished crawl folder under ``runs_dir/<run id>/crawl`` (the folder itself, or its ``shard-NN``
    folders when the run was sharded), newest run first; ``before``'s run is left out."""
    runs_dir = Path(runs_dir)
    if not runs_dir.is_dir():
        return []
    skip = Path(before).resolve() if before is not None else None
    out = []
    for run in sorted((p for p in runs_dir.iterdir() if p.is_dir()), reverse=True):
        root = run / "crawl"
        if skip is not None and skip in (run.resolve(), root.resolve()):
            continue
        dirs = [root] if (root / "manifest.jsonl").exists() else sorted(
            p for p in root.glob("shard-*") if p.is_dir()) if root.is_dir() else []
        for d in dirs:
            try:
                stats = json.loads((d / "crawl_stats.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if (stats.get("crawl") or {}).get("finish_reason") == "finished" and (d / "manifest.jsonl").exists():
                out.append(d)
    return out


def merge_previous_crawls(runs_dir: Path, source_ids: list[str], out_dir: Path,
                          before: Path | None = None) -> Path | None:
    """The previous crawl of each source, whatever shard or run it was in, merged into one folder for
    ``run_crawl(previous=…)``: for every source its newest finished crawl is taken (so a re-sharded run, or a
    source crawled alone last time, still sends conditional requests), and that crawl's manifest lines of the
    source are written to ``out_dir/manifest.jsonl`` with its WARC files hard-linked (copied across file
    systems) into ``out_dir/warc-NN/``. ``out_dir/previous.json`` says which crawl each source came from.
    None when no source has a finished previous crawl."""
    import shutil as _shutil

    wanted = set(source_ids)
    chosen: dict[Path, set[str]] = {}
    for d in previous_crawl_dirs(runs_dir, before):
        if not wanted:
            break
        try:
            listed = set((json.loads((d / "crawl_stats.json").read_text(encoding="utf-8")).get("sources") or {}))
        except (OSError, ValueError):
            continue
        take = listed & wanted
        if take:
            chosen[d] = take
            wanted -= take
    if not chosen:
        return None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    origin: dict[str, str] = {}
    lines = 0
    tmp = out_dir / "manifest.jsonl.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for i, (d, ids) in enumerate(chosen.items()):
            linked: dict[str, str] = {}
            for e in iter_manifest(d):
                if e.get("source") not in ids or "warc_file" not in e:
                    continue
                name = linked.get(e["warc_file"])
                if name is None:
                    src = (d / e["warc_file"]).resolve()
                    if not src.is_file() or not src.is_relative_to(d.resolve()):
                        continue
                    name = f"warc-{i:02d}/{src.name}"
                    target = out_dir / name
                    target.parent.mkdir(exist_ok=True)
                    if not target.exists():
                        try:
                            os.link(src, target)
                        except OSError:
                            _shutil.copy2(src, target)
                    linked[e["warc_file"]] = name
                fh.write(json.dumps(e | {"warc_file": name}, ensure_ascii=False) + "\n")
                lines += 1
            origin.update({sid: str(d) for sid in ids})
    tmp.replace(out_dir / "manifest.jsonl")
    (out_dir / "previous.json").write_text(json.dumps({"sources": origin, "entries": lines}, ensure_ascii=False,
                                                      indent=1), encoding="utf-8")
    return out_dir
