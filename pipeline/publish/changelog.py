"""The history of the data: ``changes.parquet``, ``CHANGELOG.md``, and ``CITATION.cff``.

Both change files are cumulative: each release's ``changes.parquet`` holds every change of every release so
far (the previous release's rows plus this release's), and ``CHANGELOG.md`` is rendered from those rows,
newest release first. The list of releases (including those that changed nothing) rides along in the Parquet
file's key-value metadata (``releases``), so the history survives the pruning of old release folders.
"""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.project import LICENSE_ID, SCHEMA_VERSION

MAX_LISTED = 200  # per release and kind in CHANGELOG.md; changes.parquet has all
_HEADINGS = {"added": "Added", "changed": "Changed", "removed": "Removed from source"}


def display_title(p: dict | None) -> str | None:
    if not p:
        return None
    return p.get("title") or p.get("title_derived")


def change_rows(changes: list[dict], release: str, projects_by_id: dict[str, dict]) -> list[dict]:
    """Rows of the changes table for one release, from ``apply_history``'s change list."""
    return [{"release": release, "project_id": c["project_id"], "change": c["change"],
             "fields": list(c.get("fields") or []), "title": display_title(projects_by_id.get(c["project_id"]))}
            for c in changes]


def previous_history(path) -> tuple[list[dict], list[str]]:
    """(change rows, release ids) from a previous release's changes.parquet; empty when there is none."""
    try:
        table = pq.read_table(path)
    except (FileNotFoundError, OSError, pa.ArrowInvalid):
        return [], []
    meta = table.schema.metadata or {}
    releases = json.loads(meta.get(b"releases", b"[]").decode())
    return table.to_pylist(), releases


def cumulative(previous_rows: list[dict], previous_releases: list[str], rows: list[dict],
               release: str) -> tuple[list[dict], list[str]]:
    releases = sorted(set(previous_releases) | {r["release"] for r in previous_rows} | {release})
    out = [r for r in previous_rows if r["release"] != release] + rows
    out.sort(key=lambda r: (r["release"], r["project_id"]))
    return out, releases


def changelog_markdown(rows: list[dict], releases: list[str], *, active: int | None = None,
                       release: str | None = None) -> str:
    """CHANGELOG.md: per release, newest first, projects added / changed (with field names) / removed."""
    by_release: dict[str, list[dict]] = {}
    for r in rows:
        by_release.setdefault(r["release"], []).append(r)
    lines = ["# Changelog of the data", "",
             "What each release of socinv changed: projects added, changed (with the fields that changed) and "
             "removed from their source (a removed project's row is kept, with `removed_from_source` true). "
             f"Every change is also in `changes.parquet`; here at most {MAX_LISTED} projects are listed per release "
             "and kind.", ""]
    for rel in sorted(set(releases) | set(by_release), reverse=True):
        items = by_release.get(rel, [])
        n = {k: sum(1 for r in items if r["change"] == k) for k in _HEADINGS}
        lines += [f"## {rel}", ""]
        summary = f"{n['added']} added, {n['changed']} changed, {n['removed']} removed"
        if rel == release and active is not None:
            summary += f"; {active} active projects"
        lines += [summary + ".", ""]
        if not items:
            lines += ["No changes.", ""]
        for kind, heading in _HEADINGS.items():
            these = [r for r in items if r["change"] == kind]
            if not these:
                continue
            lines += [f"### {heading} ({len(these)})", ""]
            for r in these[:MAX_LISTED]:
                title = (r.get("title") or "").replace("\n", " ").strip()
                line = f"- `{r['project_id']}`" + (f" {title}" if title else "")
                if kind == "changed" and r.get("fields"):
                    line += f" — fields: {', '.join(r['fields'])}"
                lines.append(line)
            if len(these) > MAX_LISTED:
                lines.append(f"- … and {len(these) - MAX_LISTED} more (see `changes.parquet`)")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _y(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def citation_cff(release: str, released: dt.date, *, url: str, repository: str) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for this release of the dataset."""
    keywords = ["sociala investeringar", "social investment", "Sweden", "municipalities", "regions", "open data"]
    return "\n".join([
        "cff-version: 1.2.0",
        f"message: {_y('If you use this dataset, please cite it as below.')}",
        "type: dataset",
        f"title: {_y('socinv: sociala investeringar i Sveriges kommuner och regioner')}",
        "authors:",
        f"  - name: {_y('socinv contributors')}",
        f"    website: {_y(repository)}",
        f"license: {LICENSE_ID}",
        f"version: {_y(release)}",
        f"date-released: {_y(released.isoformat())}",
        f"url: {_y(url)}",
        f"repository-code: {_y(repository)}",
        "abstract: " + _y("Projects funded as social investments (sociala investeringar) by Swedish municipalities "
                          "and regions, extracted from their web pages, with the source page and text snippet "
                          f"behind every value. Schema version {SCHEMA_VERSION}."),
        "keywords:",
        *[f"  - {_y(k)}" for k in keywords],
        "",
    ])
