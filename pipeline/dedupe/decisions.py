"""Reviewed decisions (``datasets/dedup_decisions.csv``): pairs forced to match or not to match.

Format (UTF-8 CSV, comma; lines starting with ``#`` are comments)::

    a,b,decision,reviewer,note
    1482-0e0f4d1d3c1e,14-10a3eaab1ee3,match,anna,the region's list item is Kungälv's project
    https://www.kungalv.se/a/familjecentral#Familjecentral,https://www.molndal.se/b#Familjecentral,no_match,anna,

``a`` and ``b`` each name one side:
- a **project id** as published (``1482-0e0f4d1d3c1e``): the records of that project in the previous release
  (same page and a name that matches), or records whose own deterministic id it is;
- a **record key** ``<source_url>#<title>``: the record(s) on that page (URL compared canonically: case,
  trailing slash, ``?lang=sv`` do not matter) whose title, or ``title_derived`` when untitled, is that name
  (compared normalised);
- a **page** ``<source_url>`` with no ``#``: every record on that page.

``decision`` is ``match`` (the two sides always end up in one project) or ``no_match`` (no project ever holds
records of both sides, not even through a third record). Decisions override the matcher. A ``match`` that
contradicts a ``no_match`` is not applied and is counted in ``stats["decisions_conflicting"]``; a row whose sides
name no record in this run is counted in ``stats["decisions_unresolved"]``. An unknown ``decision`` value is an
error (``DecisionsError``): the file is reviewed input, a typo must not silently change the data.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.dedupe.keys import canonical
from pipeline.dedupe.text import normalise

COLUMNS = ("a", "b", "decision", "reviewer", "note")
DECISIONS = ("match", "no_match")
PROJECT_ID = re.compile(r"^[0-9a-z]+-[0-9a-f]{12}$")
HEADER_COMMENT = (
    "# Reviewed deduplication decisions; they override the matcher (format: pipeline/dedupe/decisions.py).\n"
    "# a, b: a project_id, <source_url>#<title> for one record, or <source_url> for every record of a page. "
    "decision: match | no_match. Lines starting with # are comments.")


class DecisionsError(ValueError):
    pass


@dataclass(frozen=True)
class Decision:
    a: str
    b: str
    decision: str
    reviewer: str
    note: str
    line: int


def read_decisions(path: Path | None) -> list[Decision]:
    if path is None or not Path(path).exists():
        return []
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        return []
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in numbered))))
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in COLUMNS[:3] if c not in header]
    if missing:
        raise DecisionsError(f"{path}:{numbered[0][0]}: header lacks {missing} (expected {','.join(COLUMNS)})")
    out = []
    for (n, _), row in zip(numbered[1:], rows[1:]):
        values = dict(zip(header, (v.strip() for v in row)))
        decision = values.get("decision", "").lower()
        if decision not in DECISIONS:
            raise DecisionsError(f"{path}:{n}: decision {decision!r} is not one of {DECISIONS}")
        if not values.get("a") or not values.get("b"):
            raise DecisionsError(f"{path}:{n}: a and b must both be given")
        out.append(Decision(values["a"], values["b"], decision, values.get("reviewer", ""), values.get("note", ""), n))
    return out


class KeyResolver:
    """Turns one side of a decision into positions in a list of records."""

    def __init__(self, records: list[dict], urls: list[str], previous: list[dict] | None):
        self.records = records
        self.urls = urls  # canonical source URLs, parallel to records
        self.previous = {p["project_id"]: p for p in previous or [] if p.get("project_id")}
        self._by_page: dict[str, list[int]] | None = None
        self._own_ids: dict[str, list[int]] | None = None

    def _pages(self) -> dict[str, list[int]]:
        if self._by_page is None:
            self._by_page = {}
            for k, u in enumerate(self.urls):
                self._by_page.setdefault(u, []).append(k)
        return self._by_page

    def _name(self, k: int) -> str:
        r = self.records[k]
        return normalise(r.get("title") or r.get("title_derived"))

    def resolve(self, key: str) -> list[int]:
        key = key.strip()
        if PROJECT_ID.match(key):
            return self._project(key)
        url, sep, name = key.partition("#")
        on_page = self._pages().get(canonical(url), [])
        if not sep:
            return list(on_page)
        want = normalise(name)
        return [k for k in on_page if self._name(k) == want]

    def _project(self, pid: str) -> list[int]:
        from pipeline.dedupe.ids import record_ids

        found: list[int] = []
        prev = self.previous.get(pid)
        if prev is not None:
            from pipeline.dedupe.match import name_relation
            from pipeline.dedupe.text import significant_tokens

            names = {normalise(prev.get("title") or prev.get("title_derived"))}
            want = significant_tokens(next(iter(names)))
            for url in prev.get("source_urls") or [prev.get("source_url")]:
                for k in self._pages().get(canonical(url), []):
                    name = self._name(k)
                    if name in names or name_relation(significant_tokens(name), want)[0] in ("same", "extension"):
                        found.append(k)
        if self._own_ids is None:
            self._own_ids = {}
            for k, rid in enumerate(record_ids(self.records)):
                self._own_ids.setdefault(rid, []).append(k)
        found.extend(self._own_ids.get(pid, []))
        return sorted(set(found))
