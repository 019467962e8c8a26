"""Write-audit-publish: build a release in staging, validate it, then swap it in atomically.

Layout of ``datasets/``::

    datasets/releases/<release id>/   every file of one release, never modified after publishing
    datasets/latest -> releases/<id>  a symlink, replaced with one atomic rename
    datasets/projects.parquet -> latest/projects.parquet   (and every other file: stable paths for users)

The order of work:

1. history: ``first_seen`` … ``removed_from_source`` against the previous release;
2. gates (``gates.py``): schema, reference codes, unique ids, row count, per-field coverage, sources; a failure
   raises ``GateFailed`` before anything is written;
3. write every file into ``releases/.staging-<id>/``, then audit what was written (row counts re-read, checksums
   re-computed); a failure removes the staging folder and raises ``GateFailed``;
4. fsync, rename the staging folder to ``releases/<id>`` (atomic), then point ``latest`` at it (atomic rename of
   a new symlink over the old one), then add stable links for new file names and prune old releases.

A crash, ``SIGKILL`` or failed check at any moment leaves ``latest`` pointing at a complete release: the previous
one until the single ``rename`` of step 4, the new one after it. Leftovers of a killed run (a ``.staging-*``
folder, a ``latest.tmp`` link, an unreferenced release folder) are hidden or unused, and the next run removes them.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish import card, catalog, report, changelog, formats, gates, sanitize, spreadsheet, sqlite
from pipeline import carry
from pipeline.publish import coverage as cov
from pipeline.publish.gates import GateFailed  # noqa: F401  (re-exported: callers import it from here)
from schemas.project import FIELDS, HISTORY_FIELDS
from schemas.tables import CHANGES, COVERAGE, SOURCE_FIELDS, SOURCES

KEEP_RELEASES = 10
_CONTENT_FIELDS = tuple(f.name for f in FIELDS if f.name not in HISTORY_FIELDS + (
    "fetched_at", "extractor_version", "evidence", "source_url", "source_urls"))


@dataclass
class ReleaseReport:
    release: str
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    changes: list[dict] = field(default_factory=list)
    kept_not_crawled: int = 0  # previous projects of sources this run did not crawl, carried over unchanged
    carried_forward: list[str] = field(default_factory=list)  # previous projects of flagged sources (carry.py)
    files: list[str] = field(default_factory=list)
    kept_aside: list[str] = field(default_factory=list)  # a user's files where the new links go, renamed aside (said)


# The files of a release that the next run reads (history, ids, sources, coverage): checked against SHA256SUMS.
_HISTORY_FILES = ("projects.parquet", "sources.parquet", "coverage.parquet", "changes.parquet")


class PreviousReleaseDamaged(RuntimeError):
    """Releases exist but none can be read back: a run stops rather than start the dataset's history again."""


def _listed_sums(sums: Path) -> dict[str, str]:
    """File name → sha256 of each "<digest>  <name>" line of a SHA256SUMS file."""
    return dict(reversed(line.split("  ", 1)) for line in sums.read_text(encoding="utf-8").splitlines() if "  " in line)


def release_problem(path: Path) -> str | None:
    """Why a release folder cannot serve as the previous release (None when it can): its SHA256SUMS is missing, or a
    file the next run reads is missing or does not match its checksum."""
    sums = path / "SHA256SUMS"
    if not sums.is_file():
        return f"{path.name}: no SHA256SUMS (an incomplete release)"
    try:
        listed = _listed_sums(sums)
    except (OSError, UnicodeDecodeError) as exc:
        return f"{path.name}: SHA256SUMS unreadable ({exc})"
    for name in _HISTORY_FILES:
        if name not in listed:
            continue  # an older release without this file
        f = path / name
        if not f.is_file():
            return f"{path.name}: {name} is missing"
        if formats.sha256_of(f) != listed[name]:
            return f"{path.name}: {name} does not match its SHA256SUMS line (damaged)"
        if (wrong := content_problem(f)) is not None:
            # replaced after publishing and re-summed (an R script's write.csv to "projects.parquet"): SHA256SUMS
            # agrees, the bytes are no Parquet
            return f"{path.name}: {name} {wrong}"
    return None


def is_release_file_name(name: str) -> bool:
    """A name a release's SHA256SUMS may list: a plain file name in the release's own folder. A path (``a/b``, a
    Windows ``a\\b``), an absolute one, ``.`` or ``..`` could lead out of the release, and is never followed."""
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\\0")


def published_file_problems(path: Path) -> list[str]:
    """Every file SHA256SUMS lists that is missing or no longer matches its line (a CSV opened and saved in Excel, a
    clean-up script that took *.json for temporary files), for ``socinv status``: the next run builds on the release
    as long as ``release_problem`` finds nothing, but a user reading these files should know. A line naming a path
    outside the release (``../../notes.txt``, ``/etc/passwd``) is said and not followed.

    SHA256SUMS is no proof by itself (a script that rewrites a file can re-run ``sha256sum``): a file that agrees with
    it is also held against the size and sha256 that the release's datapackage.json gives it, and against what its
    name says it is (Parquet bytes in ``projects.csv``, a CSV in ``projects.parquet``)."""
    try:
        listed = _listed_sums(path / "SHA256SUMS")
    except (OSError, UnicodeDecodeError):
        return []  # (release_problem says so)
    described = _described_files(path)
    out = []
    for name, digest in listed.items():
        if not is_release_file_name(name):
            out.append(f"SHA256SUMS lists {name!r}, a path outside the release: not followed and not checked (a "
                       f"release lists only its own files; the line was added after publishing)")
            continue
        f = path / name
        if not f.is_file():
            out.append(f"{name} is missing; the next `socinv run` publishes it anew")
            continue
        actual = formats.sha256_of(f)
        if actual != digest:
            out.append(f"{name} does not match its SHA256SUMS line (changed after publishing); the next `socinv run` "
                       f"publishes it anew")
            continue
        size, sha = described.get(name, (None, None))
        wrong = content_problem(f) or _json_problem(f)
        if (sha is not None and sha != actual) or (size is not None and size != f.stat().st_size):
            out.append(f"{name} is not the file this release published: its size or sha256 differs from what the "
                       f"release's datapackage.json gives it, although SHA256SUMS agrees (the file was replaced after "
                       f"publishing and SHA256SUMS re-summed?){f'; it {wrong}' if wrong else ''}; the next "
                       f"`socinv run` publishes it anew")
        elif wrong:
            out.append(f"{name} {wrong}; the next `socinv run` publishes it anew")
    return out


def _json_problem(f: Path) -> str | None:
    """A release's small JSON file (datapackage.json, run_summary.json …) that is no JSON: hand-edited with a trailing
    comma and re-summed. Files over 5 MB are left to their readers."""
    if f.suffix.lower() != ".json" or f.stat().st_size > 5_000_000:
        return None
    try:
        json.loads(f.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        return "is not UTF-8 text"
    except ValueError as exc:
        return f"is not valid JSON ({exc})"
    return None


def _described_files(path: Path) -> dict[str, tuple[int | None, str | None]]:
    """Each plain file name the release's datapackage.json describes → (bytes, sha256) as it gives them ({} without a
    readable datapackage.json: SHA256SUMS says what is wrong with it)."""
    try:
        package = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, tuple[int | None, str | None]] = {}
    for res in package.get("resources") or [] if isinstance(package, dict) else []:
        if not isinstance(res, dict) or not isinstance(res.get("path"), str) or not is_release_file_name(res["path"]):
            continue
        size = res.get("bytes") if isinstance(res.get("bytes"), int) else None
        digest = res.get("hash") if isinstance(res.get("hash"), str) else None
        if digest is not None:
            algorithm, _, value = digest.rpartition(":")
            digest = value.lower() if algorithm in ("", "sha256") else None  # (v1 wrote md5 without a prefix)
            digest = digest if digest and len(digest) == 64 else None
        out[res["path"]] = (size, digest)
    return out


# What a file's first bytes say it is, for the formats a release writes.
_MAGIC = ((b"PAR1", "Parquet"), (b"SQLite format 3\x00", "an SQLite database"), (b"PK\x03\x04", "a zip archive"),
          (b"%PDF-", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\x1f\x8b", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd"))
_FORMAT_OF_SUFFIX = {".parquet": "Parquet", ".sqlite": "an SQLite database", ".xlsx": "a zip archive"}
_TEXT_SUFFIXES = frozenset((".csv", ".json", ".md", ".rdf", ".cff", ".html", ""))


def content_problem(f: Path) -> str | None:
    """What is wrong with a release file's bytes for the format its name says (None when nothing is seen): a text
    file (.csv, .json, .md …) that starts as Parquet, SQLite or a zip does, a Parquet, SQLite or xlsx file that does
    not. Only the first bytes are read (and a Parquet file's last four)."""
    try:
        with open(f, "rb") as fh:
            head = fh.read(16)
            fh.seek(max(0, f.stat().st_size - 4))
            tail = fh.read(4)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    found = next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)
    suffix = f.suffix.lower()
    wanted = _FORMAT_OF_SUFFIX.get(suffix)
    if wanted is not None:
        whole = found == wanted and (wanted != "Parquet" or tail == b"PAR1")
        if not whole:
            return (f"is not {wanted} (its bytes are {found})" if found and found != wanted else
                    f"is not {wanted}: its bytes do not {'end' if found == wanted else 'start'} as {wanted} does")
        return None
    if suffix in _TEXT_SUFFIXES and found is not None:
        return f"holds {found} bytes, not the text ({suffix.lstrip('.') or 'plain'}) its name says"
    return None


def latest_outside(datasets: Path) -> str | None:
    """What ``datasets/latest`` points at when that is not a release of this datasets folder (a release of another
    datasets folder, left by an ``ln -sfn`` typed in the wrong place), as the link text and where it leads; None when
    it names an entry of ``datasets/releases/`` (by a relative or an absolute link; the entry may itself be a link to
    a release moved to a bigger disk), or is missing, or not a link."""
    latest = Path(datasets) / "latest"
    if not latest.is_symlink():
        return None
    try:
        target = latest.resolve(strict=True)
        text = os.readlink(latest)
    except (OSError, RuntimeError):
        return None  # dangling or a loop: said elsewhere
    entry = Path(os.path.normpath(os.path.join(datasets, text)))  # the link followed once: the name it gives
    if entry.parent.resolve() == (Path(datasets) / "releases").resolve():
        return None
    return text if os.path.isabs(text) else f"{text} ({target})"


def top_level_problems(datasets: Path, release: Path | None = None, copies: bool = True) -> list[str]:
    """The top-level names of ``datasets/`` that should be links into ``latest/`` and are not: a regular file an editor
    saved in the link's place (LibreOffice writes a new file and renames it over the name), or a folder. Each is said,
    with whether it still holds the published file's bytes (``copies``: also one line for those that do); nothing is
    changed. ``release``: the release the names belong to (default: where ``latest`` leads)."""
    datasets = Path(datasets)
    release = release if release is not None else (datasets / "latest")
    try:
        names = [n for n in _listed_sums(release / "SHA256SUMS") if is_release_file_name(n)] + ["SHA256SUMS"]
    except (OSError, UnicodeDecodeError):
        return []
    out, identical = [], []
    for name in names:
        p = datasets / name
        if p.is_symlink() or not (p.exists()):
            continue
        if p.is_dir():
            out.append(f"datasets/{name} is a folder where the link to latest/{name} belongs; readers of "
                       f"datasets/{name} do not get the published file")
        elif (release / name).is_file() and formats.sha256_of(p) == formats.sha256_of(release / name):
            identical.append(name)
        else:
            out.append(f"datasets/{name} is a regular file, not the link to latest/{name}: a local copy that differs "
                       f"from the published file (saved over the link by an editor or a script?); whoever opens "
                       f"datasets/{name} reads that copy. It is left as it is; the next `socinv run` keeps it aside as "
                       f"{name}.replaced-<release>")
    if copies and identical:
        out.append(f"{', '.join(identical)}: copies of the published files, not links to latest/ (the folder was copied "
                   f"with its links followed?); the next `socinv run` puts the links back")
    return out


def previous_release_dir(datasets: Path, problems: list[str] | None = None) -> Path | None:
    """The release the next one builds on: the one ``latest`` points at when it is whole, else the newest whole one in
    ``releases/`` (each one passed over is named in ``problems``). None when there is no release yet. Raises
    ``PreviousReleaseDamaged`` when releases exist and none is whole: history is never silently started again."""
    datasets = Path(datasets)
    problems = [] if problems is None else problems
    latest = datasets / "latest"
    tried: set[Path] = set()
    outside = latest_outside(datasets)
    if outside:
        # another datasets folder's release: this folder's history is not built on it, nor is anything written there
        tried.add(latest.resolve())
        problems.append(f"datasets/latest points outside this datasets folder, at {outside}: not this folder's "
                        f"release")
    elif latest.exists():
        target = latest.resolve()
        tried.add(target)
        problem = release_problem(target)
        if problem is None:
            return target
        problems.append(f"datasets/latest → {problem}")
    elif latest.is_symlink():
        problems.append(f"datasets/latest points at {os.readlink(latest)}, which does not exist")
    releases = datasets / "releases"
    done = sorted((p for p in releases.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True) \
        if releases.is_dir() else []
    for candidate in done:
        if candidate.resolve() in tried:
            continue
        problem = release_problem(candidate)
        if problem is None:
            return candidate
        problems.append(problem)
    if done or latest.exists():
        raise PreviousReleaseDamaged(
            "no earlier release can be read back, so this run cannot continue the dataset's history: "
            + "; ".join(problems) + ". Restore the damaged files from a backup (their checksums are in the "
            "release's SHA256SUMS), or move datasets/ aside to start a new history on purpose.")
    return None


def apply_history(projects: list[dict], previous: list[dict], today: dt.date,
                  crawled_sources: set[str] | None = None, source_ids_of=None,
                  complete_run: bool = True) -> tuple[list[dict], dict[str, int], list[dict]]:
    """first_seen/last_seen/last_changed and removed_from_source, against the previous release.

    A project the previous release had and this one lacks is kept, marked ``removed_from_source``; it is
    never deleted. When ``crawled_sources`` is given (ids of the sources this run crawled) and
    ``source_ids_of(project)`` says which sources a previous project belongs to, a missing project whose sources
    were all left out of this run is carried over unchanged instead: not looking is not "gone". A project that
    cannot be attributed to any source is taken as removed only when the run was ``complete_run``.
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
        if not old.get("removed_from_source") and _looked_at(old, crawled_sources, source_ids_of, complete_run):
            kept["removed_from_source"] = True
            kept["last_changed"] = today
            counts["removed"] += 1
            changes.append({"project_id": old["project_id"], "change": "removed", "fields": []})
        out.append(kept)
    out.sort(key=lambda p: p["project_id"])
    return out, counts, changes


def _looked_at(project: dict, crawled: set[str] | None, source_ids_of, complete_run: bool) -> bool:
    if crawled is None or source_ids_of is None:
        return True
    ids = source_ids_of(project)
    return bool(ids & crawled) if ids else complete_run


def _norm(v):
    if isinstance(v, (list, tuple)):
        return tuple(v)
    return v


def validate(projects: list[dict], previous: list[dict], max_drop: float = gates.MAX_DROP) -> list[str]:
    """Problems that must stop a release (schema, codes, ids, row count); empty when it may be published."""
    found = (gates.schema_gate(projects, [], []) + gates.reference_gate(projects) + gates.unique_gate(projects)
             + gates.row_count_gate(projects, previous, max_drop))
    return [msg for _, msg in found]


_DEFAULTS = tuple((f.name, f.type == "list[string]") for f in FIELDS)
_FIELD_SET = frozenset(name for name, _ in _DEFAULTS)


def _fill(rows: list[dict]) -> list[dict]:
    """Every schema field present (None, or [] for lists), then markup stripped; in place, column by column."""
    for p in rows:
        if not p.keys() >= _FIELD_SET:
            for name, is_list in _DEFAULTS:
                p.setdefault(name, [] if is_list else None)
    return sanitize.clean_rows(rows)


def source_rows(sources: list[dict] | None, projects: list[dict], previous_sources: list[dict],
                carried: set[str]) -> list[dict]:
    """The release's sources table: this run's rows, plus the previous release's rows of projects that were
    carried over (not in this run). Without ``sources`` from the caller, rows are made from each project's
    ``source_urls`` (evidence, fetch time and extractor version only for its main ``source_url``).
    One row per (project_id, source_url): when a page gave a project twice, the most recently fetched wins."""
    this_run = {p["project_id"] for p in projects} - carried
    if sources is None:
        sources = []
        for p in projects:
            if p["project_id"] not in this_run:
                continue
            for url in dict.fromkeys((p.get("source_urls") or []) + [p.get("source_url")]):
                if not url:
                    continue
                main = url == p.get("source_url")
                sources.append({"project_id": p["project_id"], "source_url": url,
                                "fetched_at": p.get("fetched_at") if main else None,
                                "evidence": p.get("evidence") if main else None,
                                "extractor_version": p.get("extractor_version") if main else None,
                                "title": p.get("title") if main else None})
    rows = [{f.name: s.get(f.name) for f in SOURCE_FIELDS} for s in sources]
    rows += [{f.name: s.get(f.name) for f in SOURCE_FIELDS} for s in previous_sources
             if s.get("project_id") in carried]
    best: dict[tuple, dict] = {}
    for r in rows:
        key = (r["project_id"], r["source_url"])
        old = best.get(key)
        newer = r.get("fetched_at") and (old is None or old.get("fetched_at") is None
                                         or r["fetched_at"] > old["fetched_at"])
        if old is None or newer:
            best[key] = r
    return sanitize.clean_rows([best[k] for k in sorted(best, key=lambda k: (str(k[0]), str(k[1])))])


def _release_id(releases: Path, now: dt.datetime) -> str:
    base = now.strftime("%Y-%m-%dT%H%M%SZ")
    rid, n = base, 1
    while (releases / rid).exists():
        n += 1
        rid = f"{base}-{n}"
    return rid


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


def _audit(staging: Path, projects: list[dict], sources: list[dict], coverage_rows: list[dict],
           db_counts: dict[str, int], xlsx: dict) -> list[tuple[str, str]]:
    """Check what was written, not what we meant to write."""
    problems = []
    expected = {"projects.parquet": len(projects), "sources.parquet": len(sources),
                "coverage.parquet": len(coverage_rows)}
    for name, n in expected.items():
        got = pq.read_metadata(staging / name).num_rows
        if got != n:
            problems.append(f"{name} holds {got} rows, expected {n}")
    ids = pq.read_table(staging / "projects.parquet", columns=["project_id"]).column(0).to_pylist()
    if ids != sorted(ids) or ids != [p["project_id"] for p in projects]:
        problems.append("projects.parquet does not hold the projects sorted by project_id")
    for table, n in (("projects", len(projects)), ("sources", len(sources)), ("coverage", len(coverage_rows))):
        if db_counts.get(table) != n:
            problems.append(f"projects.sqlite table {table} holds {db_counts.get(table)} rows, expected {n}")
    if xlsx["rows_written"] + xlsx["rows_left_out"] != len(projects):
        problems.append(f"projects.xlsx accounts for {xlsx['rows_written'] + xlsx['rows_left_out']} projects, "
                        f"expected {len(projects)}")
    for line in (staging / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        if formats.sha256_of(staging / name) != digest:
            problems.append(f"{name} does not match its SHA256SUMS line")
    return [("audit", p) for p in problems]


def _gc_paused(func):
    """Run ``func`` with Python's cyclic garbage collector off (and back as it was after): publishing builds
    millions of small lists and tuples, and each of the collector's passes walks every live project dict,
    while the rows hold no reference cycles to collect. Reference counting still frees everything."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        was_on = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()
    return wrapper


@_gc_paused
def publish(projects: list[dict], datasets: Path, *, now: dt.datetime | None = None,
            extra: dict | None = None, max_drop: float = gates.MAX_DROP,
            sources: list[dict] | None = None, coverage: list[dict] | None = None,
            base_url: str = catalog.BASE_URL, field_margin: float = gates.FIELD_MARGIN,
            carry_forward: dict[str, str] | None = None) -> ReleaseReport:
    """Build, validate and swap in a release. Raises GateFailed and leaves ``datasets/`` untouched on failure.

    ``projects``: this run's deduplicated projects (schema fields; history fields are computed here).
    ``sources``: one row per project × page (``project_id, source_url, source_id, page_sha256, fetched_at,
    evidence, extractor_version, title``); None makes them from the projects' ``source_urls``.
    ``coverage``: ``coverage.coverage_rows(...)`` for this run; None carries the previous release's coverage.
    With coverage, projects of sources this run did not crawl are carried over, not marked removed.
    ``max_drop``: largest allowed drop in active projects (share); ``field_margin``: largest allowed drop in a
    field's share of filled values (absolute). ``base_url``: where the files are served, for ``catalog.rdf``.
    ``carry_forward``: source id → monitor flag; the previous projects of those sources that this run lacks
    are carried forward unchanged and marked (``pipeline.carry``), not marked removed.
    """
    datasets = Path(datasets)
    base_url = catalog.normalise_base_url(base_url)
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    releases = datasets / "releases"
    release = _release_id(releases, now)
    prev_dir = previous_release_dir(datasets)
    prev_name = prev_dir.name if prev_dir else None
    previous = formats.read_projects(prev_dir / "projects.parquet") if prev_dir else []
    prev_sources = formats.read_rows(prev_dir / "sources.parquet") if prev_dir else []
    prev_coverage = formats.read_rows(prev_dir / "coverage.parquet") if prev_dir else []
    prev_changes, prev_releases = changelog.previous_history(prev_dir / "changes.parquet") if prev_dir else ([], [])

    # History, with projects of sources not crawled in this run carried over.
    crawled = cov.crawled_ids(coverage)
    index_rows = list(coverage or []) + prev_coverage
    by_code, by_name = cov.source_index(index_rows)
    prev_source_ids: dict[str, set[str]] = {}
    for s in prev_sources:
        if s.get("source_id"):
            prev_source_ids.setdefault(s["project_id"], set()).add(s["source_id"])

    def source_ids_of(p: dict) -> set[str]:
        return prev_source_ids.get(p["project_id"], set()) | cov.sources_of(p, by_code, by_name)

    complete = coverage is None or all(r.get("crawled") for r in coverage)
    run_ids = {p["project_id"] for p in projects}
    flags = dict(carry_forward or {})
    hist_crawled, hist_ids_of = carry.history_view(crawled, source_ids_of, flags,
                                                   {r["source_id"] for r in index_rows})
    projects, counts, changes = apply_history(_fill([dict(p) for p in projects]), previous, now.date(),
                                              hist_crawled, hist_ids_of, complete)
    projects = _fill(projects)
    carried_forward = carry.mark(projects, previous, run_ids, source_ids_of, flags)
    by_id = {p["project_id"]: p for p in projects}
    carried = {p["project_id"] for p in previous} - run_ids
    changed_ids = {c["project_id"] for c in changes}
    kept_not_crawled = sum(1 for p in previous if p["project_id"] in carried - changed_ids
                           and not p.get("removed_from_source")) - len(carried_forward)
    for c in changes:
        c["title"] = changelog.display_title(by_id.get(c["project_id"]))
    source_table = source_rows(sources, projects, prev_sources, carried)
    coverage_table = cov.finalize([dict(r) for r in coverage] if coverage is not None else [],
                                  prev_coverage, projects, release)
    change_table, release_list = changelog.cumulative(prev_changes, prev_releases,
                                                      changelog.change_rows(changes, release, by_id), release)

    failures = gates.check(projects, previous, source_table, coverage_table, max_drop=max_drop,
                           field_margin=field_margin)
    if not failures:
        try:  # the explicit Arrow schemas are part of the schema gate
            tables = {"projects.parquet": formats.to_table(projects, release),
                      "sources.parquet": formats.table_of(SOURCES, source_table, release),
                      "coverage.parquet": formats.table_of(COVERAGE, coverage_table, release),
                      "changes.parquet": formats.table_of(CHANGES, change_table, release,
                                                          releases=json.dumps(release_list))}
        except (TypeError, ValueError, OverflowError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            failures = [("schema", f"a value does not fit its Arrow type: {exc}")]
    if failures:
        raise GateFailed(failures, prev_name)

    active = sum(1 for p in projects if not p["removed_from_source"])
    staging = releases / f".staging-{release}"
    final = releases / release
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    xlsx_job = None
    try:
        for name, table in tables.items():
            formats.write_parquet(table, staging / name)
        # the workbook (about half the work) is written in the background for big releases: same bytes
        xlsx_job = spreadsheet.start_xlsx(projects, staging / "projects.xlsx", release, created=now,
                                          parquet=staging / "projects.parquet")
        table = tables["projects.parquet"]  # the columns, converted once, for the other formats too
        formats.write_csv(projects, staging / "projects.csv", table=table)
        formats.write_excel_csv(projects, staging / "projects_excel.csv", table=table)
        db_counts = sqlite.write_sqlite(staging / "projects.sqlite", projects, source_table, coverage_table,
                                        table=table)
        formats.write_json(sqlite.datasette_metadata(release, formats.HOMEPAGE), staging / "metadata.json")
        formats.write_json(changes, staging / "changes.json")
        (staging / "report.html").write_text(report.render_report(release, projects, coverage_table), encoding="utf-8")
        (staging / "README.md").write_text(
            card.dataset_card(release, projects, coverage_table, mode=(extra or {}).get("mode")), encoding="utf-8")
        (staging / "CHANGELOG.md").write_text(
            changelog.changelog_markdown(change_table, release_list, active=active, release=release), encoding="utf-8")
        (staging / "CITATION.cff").write_text(
            changelog.citation_cff(release, now.date(), url=base_url,
                                   repository=formats.HOMEPAGE), encoding="utf-8")
        xlsx = xlsx_job.result()
        summary = {"release": release, "previous_release": prev_name, "counts": counts, "projects": len(projects),
                   "active_projects": active, "kept_not_crawled": kept_not_crawled,
                   "carried_forward": len(carried_forward),
                   "sources_rows": len(source_table), "coverage_rows": len(coverage_table),
                   "xlsx": xlsx, **(extra or {})}
        formats.write_json(summary, staging / "run_summary.json")
        formats.write_json(formats.datapackage(staging, release, created=now), staging / "datapackage.json")
        starts = [p["start_date"] for p in projects if p.get("start_date") and not p["removed_from_source"]]
        ends = [p["end_date"] for p in projects if p.get("end_date") and not p["removed_from_source"]]
        first = [p["first_seen"] for p in projects if p.get("first_seen")]
        graph = catalog.catalog_graph(staging, release, modified=now, issued=min(first) if first else now.date(),
                                      temporal=(min(starts) if starts else None, max(ends) if ends else None),
                                      base_url=base_url)
        catalog.write_catalog(staging / "catalog.rdf", graph)
        names = sorted(f.name for f in staging.iterdir() if f.is_file())
        sums = "".join(f"{formats.sha256_of(staging / n)}  {n}\n" for n in names)
        (staging / "SHA256SUMS").write_text(sums, encoding="utf-8")
        audit = _audit(staging, projects, source_table, coverage_table, db_counts, xlsx)
        if audit:
            raise GateFailed(audit, prev_name)
        for f in sorted(staging.iterdir()):
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(staging)
        os.rename(staging, final)
    except BaseException:
        if xlsx_job is not None:
            xlsx_job.cancel()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_dir(releases)
    latest = datasets / "latest"
    kept_aside = []
    if latest.is_dir() and not latest.is_symlink():
        # datasets/ copied with its links followed (cp -rL): "latest" is a copy of a release, not a link. Kept, renamed
        # aside, so that the link can take its place.
        aside = _aside_name(datasets, "latest", release)
        os.rename(latest, aside)
        kept_aside.append(f"datasets/latest was a folder (a copy of a release), not a link: kept aside as {aside.name}")
    _swap_symlink(latest, f"releases/{release}")
    files = names + ["SHA256SUMS"]
    kept_aside += _link_stable_paths(datasets, files, release, prev_dir)
    _fsync_dir(datasets)
    _prune(releases, keep=KEEP_RELEASES, current=release)
    return ReleaseReport(release, final, counts, changes, kept_not_crawled, files=files,
                         carried_forward=carried_forward, kept_aside=kept_aside)


def _aside_name(datasets: Path, name: str, release: str) -> Path:
    """``<name>.replaced-<release>`` in ``datasets``, with a number after it if that is taken: never over a file."""
    aside = datasets / f"{name}.replaced-{release}"
    n = 1
    while aside.exists() or aside.is_symlink():
        n += 1
        aside = datasets / f"{name}.replaced-{release}-{n}"
    return aside


def _link_stable_paths(datasets: Path, names: list[str], release: str = "", previous: Path | None = None) -> list[str]:
    """``datasets/<name> -> latest/<name>`` for every file of the release; links left dangling are removed.

    What stands in a link's place and is no link is never deleted unless it is a copy of the published file (the
    previous release's bytes, as ``cp -rL`` leaves them): a file an editor saved over the link (a journalist's
    LibreOffice save of projects.csv) or a folder is renamed ``<name>.replaced-<release>``, and each one is returned
    as a message saying where it went."""
    kept = []
    for name in names:
        link = datasets / name
        if link.is_symlink() and os.readlink(link) == f"latest/{name}":
            continue
        if link.is_symlink():
            link.unlink()  # a link elsewhere: removing it loses nothing
        elif link.exists():
            copy = link.is_file() and previous is not None and (previous / name).is_file() \
                and formats.sha256_of(link) == formats.sha256_of(previous / name)
            if copy:
                link.unlink()
            else:
                aside = _aside_name(datasets, name, release)
                os.rename(link, aside)
                what = "a folder" if aside.is_dir() else "a regular file that differs from the published one"
                kept.append(f"datasets/{name} was {what}, not the link to latest/{name}: kept aside as {aside.name}")
        os.symlink(f"latest/{name}", link)
    for link in datasets.iterdir():
        if link.is_symlink() and os.readlink(link).startswith("latest/") and not link.exists():
            link.unlink()
    return kept


def _prune(releases: Path, keep: int, current: str) -> None:
    done = sorted(p for p in releases.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in done[:-keep]:
        if old.name != current:
            shutil.rmtree(old, ignore_errors=True)
    for stale in releases.glob(".staging-*"):
        if stale.name != f".staging-{current}":
            shutil.rmtree(stale, ignore_errors=True)
    tmp = releases.parent / "latest.tmp"
    if tmp.is_symlink():
        tmp.unlink()


def latest_summary(datasets: Path) -> dict | None:
    """The run summary of the release ``datasets/latest`` points at; None without one, or when ``latest`` leads out of
    this datasets folder (another folder's release is not this one's: see ``latest_outside``)."""
    if latest_outside(datasets):
        return None
    return release_summary(Path(datasets) / "latest")


def release_summary(release: Path) -> dict | None:
    """``run_summary.json`` of a release folder, None when it has none. Raises ValueError when it is no JSON, or JSON
    of another shape than the object a run summary is (a monitoring script's ``jq -s`` wraps it in a list)."""
    path = Path(release) / "run_summary.json"
    if not path.exists():
        return None
    summary = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(summary, dict):
        kind = {list: "a list", str: "a string", type(None): "null", bool: "true or false"}.get(type(summary),
                                                                                              "a number")
        raise ValueError(f"it holds {kind}, not the JSON object a run summary is (rewritten by a script?)")
    return summary


# A release id: the run's time in UTC, upper-case T and Z (a second release in the same second gets "-2" …).
RELEASE_ID = re.compile(r"^\d{4}-\d\d-\d\dT\d{6}Z(?:-\d+)?$")


def newest_published(datasets: Path) -> str | None:
    """The newest published release id in ``datasets/releases/`` (with its SHA256SUMS: a half-copied folder is no
    release), by its time and then its number; None when there is none or releases/ cannot be read."""
    releases = Path(datasets) / "releases"
    try:
        names = [p.name for p in releases.iterdir() if RELEASE_ID.match(p.name) and (p / "SHA256SUMS").is_file()]
    except OSError:
        return None
    return max(names, key=lambda n: (n[:18], int(n[19:] or 1))) if names else None


def dated_after(release_id: str, now: dt.datetime) -> bool:
    """The release id names a time after ``now`` (a run's clock was ahead, or this one's is behind)."""
    return bool(RELEASE_ID.match(release_id)) and now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H%M%SZ") \
        < release_id[:18]
