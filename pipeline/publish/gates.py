"""The checks a release must pass before it is published (the "audit" of write-audit-publish).

Each gate returns ``(gate, message)`` pairs; an empty list means the release may be published. Messages give
the numbers so that a failed run says what went wrong without anyone opening the data.

- ``schema``: required fields present, enum values allowed, patterns matched, values of the declared types.
- ``reference-codes``: ``publisher_code`` and ``municipality_codes`` are in the SCB reference list.
- ``unique-ids``: no ``project_id`` twice.
- ``row-count``: active projects did not drop by more than ``max_drop`` (a share) since the previous release.
- ``field-coverage``: for each field, the share of active projects with a value did not fall more than
  ``field_margin`` (absolute) below the previous release's share.
- ``sources``: every row of sources.parquet names a project of the release, and has a source URL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from pipeline.publish import columns as cols
from pipeline.swedish.reference import by_code
from schemas.project import FIELDS, HISTORY_FIELDS
from schemas.tables import COVERAGE_FIELDS, SOURCE_FIELDS

MAX_DROP = 0.5
FIELD_MARGIN = 0.2
_MAX_LISTED = 10
# Fields whose coverage is compared between releases: everything but release bookkeeping.
COVERAGE_CHECKED = tuple(f.name for f in FIELDS if f.name not in HISTORY_FIELDS)


class GateFailed(RuntimeError):
    """A release did not pass validation; the previous release stays published, untouched."""

    def __init__(self, failures: list[tuple[str, str]], previous_release: str | None):
        self.failures = failures
        self.previous_release = previous_release
        self.gates = sorted({g for g, _ in failures})
        by_gate: dict[str, list[str]] = {}
        for gate, msg in failures:
            by_gate.setdefault(gate, []).append(msg)
        parts = []
        for gate, msgs in by_gate.items():
            more = f" (and {len(msgs) - _MAX_LISTED} more)" if len(msgs) > _MAX_LISTED else ""
            parts.append(f"gate '{gate}' failed: " + "; ".join(msgs[:_MAX_LISTED]) + more)
        if previous_release:
            unchanged = f"The previous release {previous_release} is unchanged (datasets/latest still points at it)."
        else:
            unchanged = "Nothing was published (there is no previous release)."
        super().__init__("release not published: " + " | ".join(parts) + ". " + unchanged)


def _empty(v) -> bool:
    return v is None or v == "" or (isinstance(v, (list, tuple)) and len(v) == 0)


_TYPES = {"string": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "list[string]": (list, tuple),
          "date": (dt.date,), "timestamp": (dt.datetime,)}


def _check_rows(rows: list[dict], fields, label: str, key: str) -> list[str]:
    problems = []
    for r in rows:
        rid = r.get(key)
        for f in fields:
            v = r.get(f.name)
            if f.required and _empty(v) and f.type != "bool":
                problems.append(f"{label} {rid}: required field {f.name} is empty")
                continue
            if v is None:
                continue
            expected = _TYPES.get(f.type)
            if expected and (not isinstance(v, expected) or (f.type in ("int", "float") and isinstance(v, bool))):
                problems.append(f"{label} {rid}: {f.name}={v!r} is not of type {f.type}")
                continue
            if f.type == "list[string]" and not all(isinstance(x, str) for x in v):
                problems.append(f"{label} {rid}: {f.name} has items that are not strings")
                continue
            if f.enum and v not in f.enum:
                problems.append(f"{label} {rid}: {f.name}={v!r} not in {list(f.enum)}")
            if f.pattern and isinstance(v, str) and not re.fullmatch(f.pattern, v):
                problems.append(f"{label} {rid}: {f.name}={v!r} does not match {f.pattern}")
    return problems


# The exact types each field type takes without a second look; any other type (a subclass, a wrong type) sends
# the field to _check_rows, which says what is wrong.
_PLAIN_TYPES = {"string": {str}, "int": {int}, "float": {int, float}, "bool": {bool}, "list[string]": {list, tuple},
                "date": {dt.date, dt.datetime}, "timestamp": {dt.datetime}}


def _count_empty(values: list) -> int:
    """How many values ``_empty`` is true of (None, "", empty list or tuple), counted in C."""
    return values.count(None) + values.count("") + values.count([]) + values.count(())


def _column_passes(f, values: list) -> bool:
    """True when no value of the column can give a problem in ``_check_rows``: whole-column checks (types,
    enum and pattern over distinct values), so the common case costs no Python call per cell."""
    types = set(map(type, values))
    types.discard(type(None))
    if not types <= _PLAIN_TYPES[f.type]:
        return False
    if f.required and f.type != "bool" and _count_empty(values):
        return False
    if f.type == "list[string]":
        if f.enum or f.pattern:  # never set on lists; the row loop handles it as it always did
            return False
        items = set(map(type, (x for v in values if v is not None for x in v)))
        return items <= {str}
    distinct = set(values)
    distinct.discard(None)
    if f.enum and not distinct <= set(f.enum):
        return False
    if f.pattern and types == {str}:
        return all(map(re.compile(f.pattern).fullmatch, distinct))
    return True


def _check_columns(rows: list[dict], fields, label: str, key: str) -> list[str]:
    """``_check_rows`` with the same messages in the same order, run only over the fields a column-wide check
    could not clear (none, for a valid release)."""
    values = cols.columns_of(rows, [f.name for f in fields])
    suspect = [f for f in fields if not _column_passes(f, values[f.name])]
    return _check_rows(rows, suspect, label, key) if suspect else []


def schema_gate(projects: list[dict], sources: list[dict], coverage: list[dict]) -> list[tuple[str, str]]:
    problems = _check_columns(projects, FIELDS, "project", "project_id")
    problems += _check_columns(sources, SOURCE_FIELDS, "source row of", "project_id")
    problems += _check_columns(coverage, COVERAGE_FIELDS, "coverage row", "source_id")
    return [("schema", p) for p in problems]


def _codes_pass(projects: list[dict]) -> bool:
    """True when every distinct publisher_code and municipality code is known (a kommunkod for the latter)."""
    codes = {p.get("publisher_code") for p in projects}
    if any(code and by_code(code) is None for code in codes):
        return False
    munis = {c for p in projects for c in (p.get("municipality_codes") or [])}
    return all(by_code(c) is not None and by_code(c).kind == "kommun" for c in munis)


def reference_gate(projects: list[dict]) -> list[tuple[str, str]]:
    try:
        if _codes_pass(projects):
            return []
    except TypeError:  # an unhashable code: the row-by-row loop below says which
        pass
    problems = []
    for p in projects:
        code = p.get("publisher_code")
        if code and by_code(code) is None:
            problems.append(f"{p['project_id']}: publisher_code {code} is not in the reference list")
        for c in p.get("municipality_codes") or []:
            org = by_code(c)
            if org is None or org.kind != "kommun":
                problems.append(f"{p['project_id']}: municipality code {c} is not a kommunkod")
    return [("reference-codes", m) for m in problems]


def unique_gate(projects: list[dict]) -> list[tuple[str, str]]:
    dup = sorted(k for k, n in Counter(p.get("project_id") for p in projects).items() if n > 1)
    if not dup:
        return []
    return [("unique-ids", f"{len(dup)} project_id values occur more than once: {', '.join(map(str, dup[:10]))}")]


def _active(rows: list[dict]) -> list[dict]:
    return [p for p in rows if not p.get("removed_from_source")]


def row_count_gate(projects: list[dict], previous: list[dict], max_drop: float = MAX_DROP) -> list[tuple[str, str]]:
    before, now = len(_active(previous)), len(_active(projects))
    if before and now < (1 - max_drop) * before:
        return [("row-count", f"active projects dropped from {before} to {now} ({(before - now) / before:.0%} fewer; "
                              f"at most {max_drop:.0%} allowed)")]
    return []


def field_shares(projects: list[dict]) -> dict[str, float]:
    """Share of active projects with a value, per field (empty strings and empty lists count as missing)."""
    active = _active(projects)
    if not active:
        return {}
    n = len(active)
    values = cols.columns_of(active, COVERAGE_CHECKED)
    return {name: (n - _count_empty(values[name])) / n for name in COVERAGE_CHECKED}


def field_coverage_gate(projects: list[dict], previous: list[dict],
                        margin: float = FIELD_MARGIN) -> list[tuple[str, str]]:
    before, now = field_shares(previous), field_shares(projects)
    if not before or not now:
        return []
    n_before, n_now = len(_active(previous)), len(_active(projects))
    out = []
    for name in COVERAGE_CHECKED:
        if now[name] < before[name] - margin - 1e-12:
            out.append(("field-coverage",
                        f"{name} filled in {now[name]:.1%} of {n_now} active projects, previous release "
                        f"{before[name]:.1%} of {n_before} (down {before[name] - now[name]:.1%} points; "
                        f"margin {margin:.1%})"))
    return out


def sources_gate(projects: list[dict], sources: list[dict]) -> list[tuple[str, str]]:
    ids = {p["project_id"] for p in projects}
    dangling = sorted({s.get("project_id") for s in sources if s.get("project_id") not in ids}, key=str)
    if dangling:
        return [("sources", f"{len(dangling)} project_id values in sources are not in the release: "
                            f"{', '.join(map(str, dangling[:10]))}")]
    return []


def check(projects: list[dict], previous: list[dict], sources: list[dict], coverage: list[dict], *,
          max_drop: float = MAX_DROP, field_margin: float = FIELD_MARGIN) -> list[tuple[str, str]]:
    """Every pre-write gate; empty when the release may be written."""
    return (schema_gate(projects, sources, coverage) + reference_gate(projects) + unique_gate(projects)
            + row_count_gate(projects, previous, max_drop) + field_coverage_gate(projects, previous, field_margin)
            + sources_gate(projects, sources))
