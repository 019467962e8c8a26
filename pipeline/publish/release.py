"""Write-audit-publish: build a release in staging, validate it, then swap it in atomically.

Layout of ``datasets/``::

    datasets/releases/<release id>/   every file of one release, never modified after publishing
    datasets/latest -> releases/<id>  a symlink, replaced with one atomic rename
    datasets/projects.parquet -> latest/projects.parquet   (and the other files: stable paths for users)

A crash or a failed check at any moment leaves ``latest`` pointing at the previous complete release.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.publish import formats
from pipeline.swedish.reference import by_code
from schemas.project import FIELDS, HISTORY_FIELDS

PUBLISHED_FILES = {"projects.parquet": "parquet", "projects.csv": "csv", "projects_excel.csv": "csv"}
KEEP_RELEASES = 10
_CONTENT_FIELDS = tuple(f.name for f in FIELDS if f.name not in HISTORY_FIELDS + (
    "fetched_at", "extractor_version", "evidence", "source_url", "source_urls"))


class GateFailed(RuntimeError):
    """A release did not pass validation; the previous release stays published."""


@dataclass
class ReleaseReport:
    release: str
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    changes: list[dict] = field(default_factory=list)


def previous_projects(datasets: Path) -> list[dict]:
    current = Path(datasets) / "latest" / "projects.parquet"
    return formats.read_projects(current) if current.exists() else []


def apply_history(projects: list[dict], previous: list[dict], today: dt.date,
                  crawled_sources: set[str] | None = None) -> tuple[list[dict], dict[str, int], list[dict]]:
    """first_seen/last_seen/last_changed and removed_from_source, against the previous release.

    A project the previous release had and this one lacks is kept, marked ``removed_from_source``; it is
    never deleted.
    """
    prev = {p["project_id"]: p for p in previous}
    counts = {"inserted": 0, "updated": 0, "unchanged": 0, "removed": 0}
    changes = []
    out = []
    for p in projects:
        old = prev.pop(p["project_id"], None)
        p["removed_from_source"] = False
        p["last_seen"] = today
        if old is None:
            p["first_seen"] = p["last_changed"] = today
            counts["inserted"] += 1
            changes.append({"project_id": p["project_id"], "change": "added", "fields": []})
        else:
            p["first_seen"] = old.get("first_seen") or today
            changed = [f for f in _CONTENT_FIELDS if _norm(p.get(f)) != _norm(old.get(f))]
            if changed or old.get("removed_from_source"):
                p["last_changed"] = today
                counts["updated"] += 1
                changes.append({"project_id": p["project_id"], "change": "changed", "fields": changed})
            else:
                p["last_changed"] = old.get("last_changed") or today
                counts["unchanged"] += 1
        out.append(p)
    for old in prev.values():
        kept = dict(old)
        if not old.get("removed_from_source"):
            kept["removed_from_source"] = True
            kept["last_changed"] = today
            counts["removed"] += 1
            changes.append({"project_id": old["project_id"], "change": "removed", "fields": []})
        out.append(kept)
    out.sort(key=lambda p: p["project_id"])
    return out, counts, changes


def _norm(v):
    if isinstance(v, (list, tuple)):
        return tuple(v)
    return v


def validate(projects: list[dict], previous: list[dict], max_drop: float = 0.5) -> list[str]:
    """Problems that must stop a release; empty when it may be published."""
    problems = []
    ids = [p["project_id"] for p in projects]
    if len(ids) != len(set(ids)):
        problems.append("duplicate project_id values")
    for p in projects:
        for f in FIELDS:
            v = p.get(f.name)
            if f.required and v in (None, ""):
                problems.append(f"{p.get('project_id')}: required field {f.name} is empty")
            if f.enum and v is not None and v not in f.enum:
                problems.append(f"{p.get('project_id')}: {f.name}={v!r} not in {f.enum}")
        code = p.get("publisher_code")
        if code and by_code(code) is None:
            problems.append(f"{p['project_id']}: publisher_code {code} is not in the reference list")
        for c in p.get("municipality_codes") or []:
            org = by_code(c)
            if org is None or org.kind != "kommun":
                problems.append(f"{p['project_id']}: municipality code {c} is not a kommunkod")
    active_prev = [p for p in previous if not p.get("removed_from_source")]
    active_now = [p for p in projects if not p.get("removed_from_source")]
    if active_prev and len(active_now) < (1 - max_drop) * len(active_prev):
        problems.append(f"active projects dropped from {len(active_prev)} to {len(active_now)} "
                        f"(more than {int(max_drop * 100)} %)")
    return problems


def _swap_symlink(link: Path, target: str) -> None:
    tmp = link.with_name(link.name + ".tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)  # atomic on POSIX


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(projects: list[dict], datasets: Path, *, now: dt.datetime | None = None,
            extra: dict | None = None, max_drop: float = 0.5) -> ReleaseReport:
    """Build, validate and swap in a release. Raises GateFailed and leaves ``latest`` alone on failure."""
    datasets = Path(datasets)
    now = now or dt.datetime.now(dt.timezone.utc)
    release = now.strftime("%Y-%m-%dT%H%M%SZ")
    previous = previous_projects(datasets)
    projects, counts, changes = apply_history([dict(p) for p in projects], previous, now.date())
    for p in projects:
        for f in FIELDS:
            p.setdefault(f.name, [] if f.type == "list[string]" else None)
    problems = validate(projects, previous, max_drop=max_drop)
    if problems:
        raise GateFailed("release not published: " + "; ".join(problems[:10]))

    releases = datasets / "releases"
    staging = releases / f".staging-{release}"
    final = releases / release
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        table = formats.to_table(projects, release)
        formats.write_parquet(table, staging / "projects.parquet")
        formats.write_csv(projects, staging / "projects.csv")
        formats.write_excel_csv(projects, staging / "projects_excel.csv")
        formats.write_json(changes, staging / "changes.json")
        summary = {"release": release, "counts": counts, "projects": len(projects),
                   "active_projects": sum(1 for p in projects if not p["removed_from_source"]), **(extra or {})}
        formats.write_json(summary, staging / "run_summary.json")
        formats.write_json(formats.datapackage(staging, release, PUBLISHED_FILES), staging / "datapackage.json")
        sums = "".join(f"{formats.sha256_of(f)}  {f.name}\n" for f in sorted(staging.iterdir()) if f.is_file())
        (staging / "SHA256SUMS").write_text(sums, encoding="utf-8")
        # Audit what was written, not what we meant to write.
        reread = formats.read_projects(staging / "projects.parquet")
        if len(reread) != len(projects):
            raise GateFailed(f"parquet holds {len(reread)} rows, expected {len(projects)}")
        for f in sorted(staging.iterdir()):
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(staging)
        os.rename(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_dir(releases)
    _swap_symlink(datasets / "latest", f"releases/{release}")
    for name in list(PUBLISHED_FILES) + ["datapackage.json", "SHA256SUMS", "changes.json", "run_summary.json"]:
        link = datasets / name
        if not link.is_symlink():
            if link.exists():
                link.unlink()
            os.symlink(f"latest/{name}", link)
    _fsync_dir(datasets)
    _prune(releases, keep=KEEP_RELEASES, current=release)
    return ReleaseReport(release, final, counts, changes)


def _prune(releases: Path, keep: int, current: str) -> None:
    done = sorted(p for p in releases.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in done[:-keep]:
        if old.name != current:
            shutil.rmtree(old, ignore_errors=True)
    for stale in releases.glob(".staging-*"):
        if stale.name != f".staging-{current}":
            shutil.rmtree(stale, ignore_errors=True)


def latest_summary(datasets: Path) -> dict | None:
    path = Path(datasets) / "latest" / "run_summary.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

