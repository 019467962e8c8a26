"""Carry-forward: a flagged source's previous projects stay in the release, marked, never silently dropped.

When the monitors (``pipeline.monitors.flag_sources``) flag a source — its project count fell sharply against
its previous good crawl, or it yielded nothing — this run's crawl of it is not believed for the projects it
*lacks*: every project of the previous release that belongs to the source and is missing now is carried into
this release unchanged (values, ``first_seen``, ``last_seen``, its rows in ``sources.parquet``), with
``carried_forward`` true and ``carried_forward_reason`` naming the source and the flag. It is not marked
``removed_from_source`` and the changelog does not list it. Projects the flagged source still gave this run are
published as found. When the source is believed again, its projects are re-found (the mark is cleared) or,
missing from a good crawl, marked removed as usual.

``publish(..., carry_forward={source_id: flag})`` applies this (``pipeline.publish.release``); the functions
here are the two steps: the view of the run that history is computed against, and the marking afterwards.
"""

from __future__ import annotations

from typing import Callable

SourceIds = Callable[[dict], set]


def history_view(crawled: set[str] | None, source_ids_of: SourceIds | None, flags: dict[str, str],
                 all_sources: set[str] | None = None) -> tuple[set[str] | None, SourceIds | None]:
    """``(crawled, source_ids_of)`` for ``release.apply_history`` in which flagged sources count as not looked
    at: a project of a flagged source is then carried over, never marked removed, even when it is attributed to
    another (crawled) source as well. ``all_sources``: ids to use when the caller gave no coverage (``crawled``
    None means every source was looked at)."""
    if not flags:
        return crawled, source_ids_of
    flagged = set(flags)
    if crawled is None:
        crawled = set(all_sources or ())
    crawled = set(crawled) - flagged
    base = source_ids_of or (lambda p: set())

    def view(p: dict) -> set:
        ids = base(p)
        return (ids & flagged) or ids

    return crawled, view


def reason_for(project: dict, source_ids_of: SourceIds | None, flags: dict[str, str]) -> str | None:
    ids = sorted((source_ids_of(project) if source_ids_of else set()) & set(flags))
    return "; ".join(f"{sid}: {flags[sid]}" for sid in ids) or None


def mark(projects: list[dict], previous: list[dict], run_ids: set[str], source_ids_of: SourceIds | None,
         flags: dict[str, str]) -> list[str]:
    """Set ``carried_forward``/``carried_forward_reason`` on every project of the release, in place; returns
    the ids carried forward by this run.

    Found by this run: not carried. Missing now, active, and of a flagged source: carried forward with the
    reason. Missing and marked removed now: not carried. Otherwise (kept because its source was not crawled
    this run) the previous release's mark is kept as it was."""
    prev = {p["project_id"]: p for p in previous}
    carried = []
    for p in projects:
        pid = p["project_id"]
        if pid in run_ids or p.get("removed_from_source"):
            p["carried_forward"], p["carried_forward_reason"] = False, None
            continue
        old = prev.get(pid, {})
        reason = reason_for(p, source_ids_of, flags) if flags else None
        if reason:
            p["carried_forward"], p["carried_forward_reason"] = True, reason
            carried.append(pid)
        else:
            p["carried_forward"] = bool(old.get("carried_forward"))
            p["carried_forward_reason"] = old.get("carried_forward_reason") if p["carried_forward"] else None
    return carried
