"""Deduplicate extracted records into projects and give each a stable ``project_id``.

The same project appears on several pages and sites (a municipality's page and the region's list, a news article
and the project page, a listing and a detail page, a page that moved). ``dedupe`` finds them, cheapest first:

1. **exact duplicates**: the same content (every field but provenance; ``keys.content_key``), found column-wise
   with a row hash and confirmed field by field;
2. **same-source duplicates**: the same page under another URL (``pipeline.urls.canonical_url``: ``?lang=sv``,
   ``?print=1``, a trailing slash, case) with the same title;
3. **cross-source duplicates**: fuzzy matching (``match.py``: rapidfuzz on names and texts, vetoed by places,
   periods and names) of pairs from blocking (``blocking.py``: place × rare name word, place × text; sorted
   neighbourhood, so the cost grows about linearly), joined transitively (``cluster.py``) unless a join would put
   two incompatible records, or two sides of a reviewed ``no_match``, in one project;
4. **reviewed decisions** (``decisions.py``, ``datasets/dedup_decisions.csv``) override the matcher.

Each group of records becomes one project (``merge.py``: lists united, the most specific value kept, real
conflicts recorded) with an id that is deterministic and carried over from the previous release (``ids.py``).

Modules: ``text`` (normalisation), ``keys`` (content/page/identity keys), ``features`` (matching features per
record), ``blocking``, ``match``, ``cluster``, ``merge``, ``ids``, ``decisions``, ``synthetic`` (benchmark data
with planted duplicates and look-alikes, and ``measure``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipeline.dedupe import merge as _merge
from pipeline.dedupe.cluster import MERGED, Clusters
from pipeline.dedupe.decisions import DecisionsError, KeyResolver, read_decisions
from pipeline.dedupe.ids import assign_ids, make_project_id
from pipeline.dedupe.keys import canonical_many, content_key, identity_key
from pipeline.dedupe.text import normalise, normalise_expr
from schemas.project import RECORD_FIELDS

__all__ = ["DEFAULT_DECISIONS", "DecisionsError", "DedupeResult", "dedupe", "identity_key", "make_project_id", "merge",
           "normalise"]

DEFAULT_DECISIONS = Path(__file__).resolve().parents[2] / "datasets" / "dedup_decisions.csv"
SOURCE_FIELDS = ("project_id", "source_url", "source_id", "page_sha256", "fetched_at", "evidence", "extractor_version",
                 "title")


@dataclass
class DedupeResult:
    projects: list[dict]  # schema fields + project_id, source_urls, source_url (most authoritative), conflicts
    sources: list[dict]  # one per project × record: SOURCE_FIELDS + record_key (for the decisions file)
    stats: dict  # records, exact_duplicates, same_source_merged, cross_source_merged, decisions_applied, projects, …

    def __iter__(self):
        """Transitional: lets ``projects, stats = dedupe(records)`` (the first version's API, still used by
        ``pipeline/stages.py``) work, with conflicts under ``_conflicts`` as it expects."""
        yield [dict(p, _conflicts=p.get("conflicts") or {}) for p in self.projects]
        yield self.stats


@dataclass
class Resolution:
    """Which records form which project (positions in the input list), before merging and ids."""
    clusters: list[list[int]]
    stats: dict = field(default_factory=dict)
    urls: list[str] = field(default_factory=list)  # canonical source URL per input position
    records_on_page: dict[str, int] = field(default_factory=dict)  # distinct records per canonical URL
    names: list[str] = field(default_factory=list)  # normalised title (else title_derived) per input position


def _exact_groups(records: list[dict], table: pl.DataFrame) -> tuple[list[int], dict[int, list[int]]]:
    """Positions of the first record of each distinct content, and {first: [all positions]} for repeated ones.
    A row hash over the main columns finds candidates column-wise; ``content_key`` confirms them field by field."""
    hashed = table.select("title", "derived", "publisher", "purpose", "description", "start", "end",
                          "budget").hash_rows(seed=0)
    candidates = pl.DataFrame({"h": hashed}).with_row_index("k").filter(pl.col("h").is_duplicated())
    first_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    seen: dict[tuple, int] = {}
    for k, h in candidates.iter_rows():
        key = (h, content_key(records[k]))
        if key in seen:
            first_of[k] = seen[key]
            members.setdefault(seen[key], [seen[key]]).append(k)
        else:
            seen[key] = k
    units = [k for k in range(len(records)) if k not in first_of] if first_of else list(range(len(records)))
    return units, members


def resolve(records: list[dict], decisions: Path | None = None, previous: list[dict] | None = None) -> Resolution:
    from pipeline.dedupe.blocking import candidate_pairs
    from pipeline.dedupe.features import feature_frame, record_table
    from pipeline.dedupe.match import Compatibility, score_pairs

    stats = {"records": len(records), "exact_duplicates": 0, "same_source_merged": 0, "cross_source_merged": 0,
             "decisions_applied": 0, "merged_by_decision": 0, "decisions_conflicting": 0, "decisions_unresolved": 0,
             "merges_refused": 0}
    if not records:
        return Resolution([], stats)
    table = record_table(records)
    units, exact_members = _exact_groups(records, table)
    stats["exact_duplicates"] = len(records) - len(units)
    unit_recs = [records[u] for u in units]
    all_urls = canonical_many(table["source_url"].to_list())
    all_names = table.select(normalise_expr(pl.coalesce("title", "derived"))).to_series().to_list()
    curls = [all_urls[u] for u in units]
    unit_table = table if len(units) == len(records) else table[units]
    frame = feature_frame(unit_table)
    compatibility = Compatibility(frame)
    clusters = Clusters(len(units), compatibility)

    # Reviewed decisions: no_match first (cannot-links), then forced matches.
    rows = read_decisions(decisions)
    if rows:
        resolver = KeyResolver(unit_recs, curls, previous)
        forced = []
        for k, d in enumerate(rows):
            a, b = resolver.resolve(d.a), resolver.resolve(d.b)
            if not a or not b:
                stats["decisions_unresolved"] += 1
            elif set(a) & set(b):
                stats["decisions_conflicting"] += 1
            elif d.decision == "no_match":
                clusters.tag(a, 2 * k)
                clusters.tag(b, 2 * k + 1)
                stats["decisions_applied"] += 1
            else:
                forced.append(a + b)
        for group in forced:
            results = [clusters.union(group[0], x, check=False) for x in group[1:]]
            if any(r < 0 for r in results):
                stats["decisions_conflicting"] += 1
            else:
                stats["decisions_applied"] += 1
            stats["merged_by_decision"] += sum(1 for r in results if r == MERGED)

    # The same page under several URLs, with the same name.
    pages = pl.DataFrame({"u": curls, "pos": range(len(units)), "n": [all_names[u] for u in units]})
    same = (pages.filter(pl.col("n") != "").group_by("u", "n").agg(pl.col("pos").sort())
            .filter(pl.col("pos").list.len() > 1).sort("u", "n"))["pos"].to_list()
    pairs, stats["candidate_pairs"] = candidate_pairs(frame)
    matches, match_stats = score_pairs(frame, pairs, filtered=True)
    stats.update(match_stats)
    compatibility.prefetch([x for group in same for x in group] + [x for _, i, j in matches for x in (i, j)])
    for group in same:
        for x in group[1:]:
            r = clusters.union(group[0], x, check=True, pair_checked=False)
            stats["same_source_merged"] += r == MERGED
            stats["merges_refused"] += r < 0

    # Other pages and sites: blocking, scoring (above), transitive joins best first.
    for _, i, j in matches:
        r = clusters.union(i, j, check=True, pair_checked=True)
        stats["cross_source_merged"] += r == MERGED
        stats["merges_refused"] += r < 0

    by_root: dict[int, list[int]] = {}
    for pos in range(len(units)):
        by_root.setdefault(clusters.find(pos), []).append(pos)
    out = []
    for group in by_root.values():
        recs = []
        for pos in group:
            recs.extend(exact_members.get(units[pos], [units[pos]]))
        out.append(sorted(recs))
    out.sort(key=lambda g: g[0])
    counts: dict[str, int] = {}
    for u in curls:
        counts[u] = counts.get(u, 0) + 1
    return Resolution(out, stats, all_urls, counts, all_names)


_RECORD_FIELD_SET = frozenset(RECORD_FIELDS)


def _project_of(recs: list[dict]) -> tuple[dict, dict]:
    if len(recs) == 1:
        r = recs[0]
        p = dict(r)  # a C-level copy; then drop what is not a project field (page_sha256, source_id)
        p.pop("page_sha256", None)
        p.pop("source_id", None)
        if len(p) != len(RECORD_FIELDS) or not _RECORD_FIELD_SET.issuperset(p):
            p = {f: r.get(f) for f in RECORD_FIELDS}
        urls = list(r.get("source_urls") or [])
        if r.get("source_url") and r["source_url"] not in urls:
            urls.insert(0, r["source_url"])
        p["source_urls"] = urls
        return p, {}
    return _merge.merge(recs)


def dedupe(records: list[dict], previous: list[dict] | None = None, decisions: Path | None = None) -> DedupeResult:
    """Projects from records (see the module docstring). ``previous``: the previous release's projects, whose ids
    carry over; ``decisions``: a reviewed decisions file (``DEFAULT_DECISIONS`` is the repository's)."""
    return _dedupe(records, previous, decisions)[0]


def _dedupe(records: list[dict], previous: list[dict] | None = None,
            decisions: Path | None = None) -> tuple[DedupeResult, Resolution]:
    res = resolve(records, decisions, previous)
    projects, conflicts, members = [], [], []
    for group in res.clusters:
        if len(group) == 1:
            ranked = group
        else:
            ranked = sorted(group, key=lambda k: _merge.authority_key(records[k], res.records_on_page.get(res.urls[k], 1),
                                                                      res.urls[k]))
        p, c = _project_of([records[k] for k in ranked])
        projects.append(p)
        conflicts.append(c)
        members.append(ranked)
    keys = [[(res.urls[k], res.names[k]) for k in ranked] for ranked in members] if previous else None
    assigned = assign_ids(projects, previous, keys)
    urls, names = res.urls, res.names
    sources = []
    for p, c, pid, ranked in zip(projects, conflicts, assigned.ids, members):
        p["project_id"] = pid
        p["conflicts"] = c
        seen = set()
        for k in ranked:
            r = records[k]
            row = {f: r.get(f) for f in SOURCE_FIELDS}
            row["project_id"] = pid
            row["record_key"] = f"{urls[k]}#{names[k]}"
            ident = (row["source_url"], row["page_sha256"], row["title"], r.get("title_derived"))
            if ident not in seen:
                seen.add(ident)
                sources.append(row)
    order = sorted(range(len(projects)), key=lambda k: projects[k]["project_id"])
    projects = [projects[k] for k in order]
    sources.sort(key=lambda s: s["project_id"])
    stats = dict(res.stats)
    stats.update(assigned.stats)
    stats["projects"] = len(projects)
    stats["id_merges"] = assigned.merges
    return DedupeResult(projects, sources, stats), res


def merge(records: list[dict]) -> dict:
    """First version's helper: one project from several records (the first is the base), conflicts under
    ``_conflicts`` as strings."""
    project, conflicts = _merge.merge(records)
    project["_conflicts"] = {k: [str(x) for x in v] for k, v in conflicts.items()}
    return project
