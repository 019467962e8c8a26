"""Monitors: is a source's crawl believable? Flags for the run summary, never silent drops.

Two kinds of flag, both ``{source_id: reason}``:

* :func:`flag_sources` compares this crawl's project counts with earlier crawls: a sharp fall against the
  source's previous *good* crawl, a fall to nothing, several empty crawls in a row after having had projects,
  or a source that had projects and was not crawled at all. A flagged source's previous records should be
  carried forward (marked as such) rather than dropped; that is the caller's (the flow's) decision.
* :func:`crawl_flags` reads one crawl's ``crawl_stats.json`` (``pipeline.crawl.crawl_stats``): a site that
  answered nothing, a robots.txt that forbids everything, a page budget that ran out, a crawl that did not
  finish.

History is a JSON-lines file of per-run counts (:func:`append_history`, :func:`load_history`), oldest first.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

DROP_RATIO = 0.5        # a fall to less than half of the previous good crawl is sharp …
MIN_PREVIOUS = 3        # … when the previous good crawl had at least this many projects
EMPTY_RUNS = 3          # this many empty crawls in a row (this one included) after having had projects


def _is_sharp_drop(now: int, good: int, drop_ratio: float, min_previous: int) -> bool:
    if good <= 0:
        return False
    if now == 0:
        return True
    return good >= min_previous and now < good * (1 - drop_ratio)


def flag_sources(current: dict[str, int], history: list[dict[str, int]], *, drop_ratio: float = DROP_RATIO,
                 min_previous: int = MIN_PREVIOUS, empty_runs: int = EMPTY_RUNS,
                 expected: dict[str, int] | None = None) -> dict[str, str]:
    """Sources whose project count this crawl does not look right, with the reason.

    ``current``: source id → projects extracted in this crawl (a source absent from it was not crawled or
    yielded no stats). ``history``: the same for earlier crawls, oldest first. A crawl is *good* for a source
    when it found projects and was not itself a sharp drop against the good crawl before it, so one bad
    crawl never becomes the yardstick for the next.

    Flags: ``"dropped from 12 to 3 projects (previous good crawl)"``, ``"no projects (previous good crawl
    had 4)"``, ``"no projects in 3 crawls in a row (last good crawl had 4)"``, ``"not crawled (previous
    good crawl had 4 projects)"``. Sources that never had projects are not flagged for having none, unless
    ``expected`` (source id → ``expected_min_projects`` from the source's metadata file) says they should have
    some: ``"3 projects, expected at least 5"``.
    """
    flags: dict[str, str] = {}
    sources = set(current) | {s for run in history for s in run} | set(expected or {})
    for sid in sorted(sources):
        good = 0          # projects in the last good crawl
        zeros = 0         # consecutive crawls with nothing, up to and excluding this one
        for run in history:
            if sid not in run:
                continue
            n = int(run[sid] or 0)
            if n > 0 and not _is_sharp_drop(n, good, drop_ratio, min_previous):
                good = n
            zeros = zeros + 1 if n == 0 else 0
        if good == 0:
            want = (expected or {}).get(sid, 0)
            if want and int(current.get(sid) or 0) < want:
                flags[sid] = f"{int(current.get(sid) or 0)} projects, expected at least {want}"
            continue
        if sid not in current:
            flags[sid] = f"not crawled (previous good crawl had {good} projects)"
            continue
        now = int(current[sid] or 0)
        if now == 0 and zeros + 1 >= empty_runs:
            flags[sid] = f"no projects in {zeros + 1} crawls in a row (last good crawl had {good})"
        elif now == 0:
            flags[sid] = f"no projects (previous good crawl had {good})"
        elif _is_sharp_drop(now, good, drop_ratio, min_previous):
            flags[sid] = f"dropped from {good} to {now} projects (previous good crawl)"
    return flags


def crawl_flags(stats: dict) -> dict[str, str]:
    """Per-source problems visible in one crawl's ``crawl_stats.json`` (``{"crawl": …, "sources": …}``)."""
    flags: dict[str, str] = {}
    for sid, s in (stats.get("sources") or {}).items():
        skipped = s.get("skipped") or {}
        if not s.get("pages"):
            if skipped.get("robots"):
                flags[sid] = "robots.txt forbids the start page"
            elif s.get("errors") or s.get("missing"):
                flags[sid] = f"no page fetched ({s.get('errors', 0) + s.get('missing', 0)} errors)"
            else:
                flags[sid] = "no page fetched"
        elif skipped.get("budget"):
            flags[sid] = f"page budget reached ({skipped['budget']} links left); pages may be missing"
    finish = (stats.get("crawl") or {}).get("finish_reason")
    if finish not in (None, "finished"):
        flags["*"] = f"crawl did not finish: {finish}"
    return flags


def source_summary(stats: dict, projects: dict[str, int], flags: dict[str, str]) -> list[dict]:
    """One row per source for a run summary: pages, candidates, PDFs, errors, projects, platform, flag."""
    rows = []
    sources = stats.get("sources") or {}
    for sid in sorted(set(sources) | set(projects) | {k for k in flags if k != "*"}):
        s = sources.get(sid, {})
        rows.append({"source": sid, "pages": s.get("pages", 0), "candidates": s.get("candidates", 0),
                     "pdfs": s.get("pdfs", 0), "errors": s.get("errors", 0) + s.get("missing", 0),
                     "not_modified": s.get("not_modified", 0), "projects": projects.get(sid, 0),
                     "platform": s.get("platform"), "flag": flags.get(sid)})
    return rows


def load_history(path: Path) -> list[dict[str, int]]:
    """Per-source project counts of earlier crawls, oldest first (``counts`` of each line of ``path``)."""
    path = Path(path)
    if not path.exists():
        return []
    out = []
    for line in path.read_bytes().splitlines():  # a damaged line (not UTF-8, binary) is skipped, not fatal
        try:
            out.append(dict(json.loads(line)["counts"]))
        except (ValueError, KeyError, TypeError):
            continue
    return out


def append_history(path: Path, counts: dict[str, int], run_id: str | None = None) -> None:
    """Record this crawl's per-source project counts (call once per finished run)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"run": run_id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"), "counts": counts}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


HISTORY_FILE = "monitor_history.jsonl"  # in the datasets folder: it lives as long as the releases it judged


def recorded_runs(path: Path) -> set[str]:
    """The run ids the history holds (damaged lines skipped, as ``load_history`` does)."""
    path = Path(path)
    if not path.exists():
        return set()
    runs = set()
    for line in path.read_bytes().splitlines():
        try:
            runs.add(str(json.loads(line)["run"]))
        except (ValueError, KeyError, TypeError):
            continue
    return runs


def reconcile_history(path: Path, summary: dict | None) -> str | None:
    """Record the latest release's counts when its run was killed after publishing and before ``append_history``
    (the release is in place, its run is not in the history: the next run's monitors would judge without it).
    ``summary``: the latest release's ``run_summary.json``. The run id it adds, or None."""
    if not summary:
        return None
    run = summary.get("run")
    counts = (summary.get("monitor") or {}).get("counts")
    if not run or not isinstance(counts, dict) or str(run) in recorded_runs(path):
        return None
    append_history(path, counts, str(run))
    return str(run)


def merge_crawl_stats(crawl_dirs: list[Path]) -> dict:
    """The ``crawl_stats.json`` of a run's shards as one: sources merged, and per-crawl finish reasons kept per
    shard (``{"crawl": {"finish_reason": worst, "shards": {name: reason}}, "sources": …}``)."""
    sources: dict[str, dict] = {}
    shards: dict[str, str | None] = {}
    for d in crawl_dirs:
        d = Path(d)
        try:
            stats = json.loads((d / "crawl_stats.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stats = {"crawl": {"finish_reason": "no crawl_stats.json"}, "sources": {}}
        shards[d.name] = (stats.get("crawl") or {}).get("finish_reason")
        sources.update(stats.get("sources") or {})
    bad = sorted({r for r in shards.values() if r != "finished"}, key=str)
    return {"crawl": {"finish_reason": bad[0] if bad else "finished", "shards": shards}, "sources": sources}


def projects_per_source(project_sources: list[dict], source_ids: list[str]) -> dict[str, int]:
    """Distinct projects each source's pages gave this run (rows of ``project_sources.parquet``)."""
    seen: dict[str, set] = {sid: set() for sid in source_ids}
    for r in project_sources:
        if r.get("source_id") in seen:
            seen[r["source_id"]].add(r["project_id"])
    return {sid: len(ids) for sid, ids in seen.items()}


def monitor_run(crawl_dirs: list[Path], source_ids: list[str], projects: dict[str, int],
                history: list[dict[str, int]], extract_per_source: dict[str, dict] | None = None) -> dict:
    """The monitors of one run, for ``run_summary.json`` and the release: ``flags`` (source → why its previous
    projects are carried forward: :func:`flag_sources`, only for the sources this run crawled), ``crawl_flags``
    (per source, from the crawl stats: :func:`crawl_flags`), ``sources`` (one row per crawled source: pages
    fetched, candidate pages, PDFs, projects, errors, the shard's finish reason, flag), ``counts`` (what
    :func:`append_history` records once the release is published)."""
    stats = merge_crawl_stats(crawl_dirs)
    wanted = set(source_ids)
    counts = {sid: int(projects.get(sid, 0)) for sid in source_ids}
    flags = {k: v for k, v in flag_sources(counts, history).items() if k in wanted}
    problems = crawl_flags(stats)
    problems.pop("*", None)
    by_shard = {}
    for d in crawl_dirs:
        try:
            for sid in json.loads((Path(d) / "crawl_stats.json").read_text(encoding="utf-8")).get("sources") or {}:
                by_shard[sid] = stats["crawl"]["shards"].get(Path(d).name)
        except (OSError, ValueError):
            continue
    rows = []
    for r in source_summary(stats, counts, flags):
        if r["source"] not in wanted:
            continue
        e = (extract_per_source or {}).get(r["source"], {})
        r["extraction_failures"] = e.get("failures", 0)
        r["errors"] += e.get("failures", 0)
        r["finish_reason"] = by_shard.get(r["source"], "not crawled")
        r["crawl_flag"] = problems.get(r["source"])
        r["carried_forward"] = r["source"] in flags
        rows.append(r)
    return {"flags": flags, "crawl_flags": {k: v for k, v in problems.items() if k in wanted},
            "finish_reason": stats["crawl"]["finish_reason"], "shards": stats["crawl"]["shards"],
            "sources": rows, "counts": counts}
