"""``coverage.parquet``: one row per source (municipality, region, other publisher) — was it looked at?

Researchers must be able to tell "looked, found no projects" from "not looked". Each row says:

- ``crawled``: whether the run that built *this* release crawled the source;
- ``crawled_at``, ``crawl_release``, ``pages_fetched``, ``candidate_pages``, ``errors``, ``monitor_flag`` (the
  monitors' flag: a sharp fall or no projects; the source's previous projects are then carried forward): about
  the most recent
  crawl of the source, in this run or, for a source this run did not crawl, carried over from the previous
  release's coverage row; all null when socinv has never crawled it;
- ``projects``: active projects in this release whose publisher is the source (by ``publisher_code``, or by
  publisher name for sources without a code), recounted at every release;
- ``status``, from the most recent crawl and the current project count:
  ``not crawled`` (never crawled), ``projects found`` (projects > 0), ``errors`` (no projects, and the last crawl
  had errors or fetched no page at all: the absence is not trustworthy), ``no project pages found`` (pages were
  fetched without errors, no projects).

So a source left out of a partial run keeps its last known state with ``crawled`` false, and its projects stay
active in the dataset (see ``release.apply_history``): not looking is never taken as "the project is gone".
"""

from __future__ import annotations

import datetime as dt

from schemas.tables import COVERAGE_FIELDS

_CRAWL_COLUMNS = ("crawled_at", "crawl_release", "pages_fetched", "candidate_pages", "errors", "monitor_flag")


def _website(src: dict) -> str | None:
    starts = src.get("start_urls") or []
    if starts:
        return starts[0]
    domains = src.get("domains") or []
    return f"https://{domains[0]}/" if domains else None


def _key(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


def status_of(row: dict) -> str:
    if row.get("crawled_at") is None:
        return "not crawled"
    if row.get("projects"):
        return "projects found"
    if row.get("errors") or not row.get("pages_fetched"):
        return "errors"
    return "no project pages found"


def count_projects(rows: list[dict], projects: list[dict]) -> list[dict]:
    """Set ``projects`` (active projects published by each source) and ``status`` on every row, in place."""
    by_code: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = {}
    for p in projects:
        if p.get("removed_from_source"):
            continue
        if p.get("publisher_code"):
            by_code.setdefault(p["publisher_code"], set()).add(p["project_id"])
        by_name.setdefault(_key(p.get("publisher")), set()).add(p["project_id"])
    for r in rows:
        ids = set(by_code.get(r["code"], set())) if r.get("code") else set()
        ids |= by_name.get(_key(r.get("name")), set())
        r["projects"] = len(ids)
        r["status"] = status_of(r)
    return rows


def coverage_rows(sources_registry: list[dict], crawl_per_source: dict[str, dict], projects: list[dict],
                  crawled_at: dt.datetime, flags: dict[str, str] | None = None) -> list[dict]:
    """One coverage row per source in the registry, for a run that crawled the sources in ``crawl_per_source``.

    ``sources_registry``: dicts with ``id, name, kind, code, lanskod, domains`` (``Source.as_dict()``).
    ``crawl_per_source[id]``: the crawl's counts for a source, e.g. ``{"page": 3, "candidates": 2, "error": 0,
    "robots": 1}`` (a ``failures`` count of pages the extractor failed on is added to ``errors`` when present);
    sources missing from it were not crawled in this run, so give every source the run tried an entry, ``{}``
    when the crawl recorded nothing for it (it then counts as ``errors``: nothing could be fetched).
    ``projects``: the run's projects (``projects`` and ``status`` are recounted by ``publish()`` against the final
    release, which also carries over the last crawl of sources not crawled now).
    ``flags``: source id → the monitors' flag on this crawl (``monitor_flag``; see ``pipeline.monitors``).
    """
    if crawled_at.tzinfo is None:
        raise ValueError("crawled_at must be timezone-aware (UTC)")
    rows = []
    for src in sources_registry:
        counts = crawl_per_source.get(src["id"])
        crawled = counts is not None
        rows.append({
            "source_id": src["id"], "name": src["name"], "kind": src["kind"], "code": src.get("code"),
            "lanskod": src.get("lanskod"), "website": _website(src), "crawled": crawled,
            "crawled_at": crawled_at if crawled else None, "crawl_release": None,
            "pages_fetched": int(counts.get("page", 0)) if crawled else None,
            "candidate_pages": int(counts.get("candidates", 0)) if crawled else None,
            "errors": int(counts.get("error", 0)) + int(counts.get("failures", 0)) if crawled else None,
            "monitor_flag": (flags or {}).get(src["id"]) if crawled else None,
        })
    rows.sort(key=lambda r: r["source_id"])
    return count_projects(rows, projects)


def finalize(rows: list[dict], previous_rows: list[dict], projects: list[dict], release: str) -> list[dict]:
    """The release's coverage: this run's rows, the previous crawl carried into rows not crawled now, previous
    rows for sources this run did not list at all, and project counts against the final ``projects``."""
    prev = {r["source_id"]: r for r in previous_rows}
    out = {}
    for r in rows:
        r = {f.name: r.get(f.name) for f in COVERAGE_FIELDS}
        old = prev.get(r["source_id"])
        if r["crawled"]:
            r["crawl_release"] = r.get("crawl_release") or release
        elif old is not None and old.get("crawled_at") is not None:
            for c in _CRAWL_COLUMNS:
                r[c] = old.get(c)
        out[r["source_id"]] = r
    for sid, old in prev.items():
        if sid not in out:
            out[sid] = {f.name: old.get(f.name) for f in COVERAGE_FIELDS} | {"crawled": False}
    return count_projects([out[k] for k in sorted(out)], projects)


def crawled_ids(rows: list[dict] | None) -> set[str] | None:
    """Sources crawled in this run, or None when the caller gave no coverage (every source counts as crawled)."""
    if rows is None:
        return None
    return {r["source_id"] for r in rows if r.get("crawled")}


def source_index(rows: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """(publisher code → source id, publisher name key → source id) for attributing projects to sources."""
    by_code = {r["code"]: r["source_id"] for r in rows if r.get("code")}
    by_name = {_key(r.get("name")): r["source_id"] for r in rows if r.get("name")}
    return by_code, by_name


def sources_of(project: dict, by_code: dict[str, str], by_name: dict[str, str]) -> set[str]:
    out = set()
    if project.get("publisher_code") in by_code:
        out.add(by_code[project["publisher_code"]])
    if _key(project.get("publisher")) in by_name:
        out.add(by_name[_key(project.get("publisher"))])
    return out
