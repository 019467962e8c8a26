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

Two entry points, one result: ``dedupe(records)`` on dicts, and ``table.dedupe_table(table_or_parquet_path)``
on columns, which the pipeline uses (``pipeline.stages.dedupe_records``): there, only exact-duplicate candidates,
the records of projects with several records, and id tie-breaks become dicts; a project of one record is its
record's columns, and ids and sources are computed column-wise. Both share ``resolve_table`` (which records form
which project); ``tests/dedupe/test_synthetic.py`` checks they agree field by field.

Modules: ``text`` (normalisation), ``keys`` (content/page/identity keys), ``features`` (matching features per
record), ``blocking``, ``match``, ``cluster``, ``merge``, ``ids``, ``decisions``, ``table`` (the columnar path),
``synthetic`` (benchmark data with planted duplicates and look-alikes, and ``measure``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipeline.dedupe import merge as _merge
from pipeline.dedupe.cluster import MERGED, Clusters
from pipeline.dedupe.decisions import DecisionsError, KeyResolver, read_decisions
from pipeline.dedupe.ids import assign_ids, make_project_id
from pipeline.dedupe.keys import content_key, identity_key
from pipeline.dedupe.text import normalise, normalise_series
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


class ListRows:
    """Records by position, from a list of dicts (``resolve`` fetches dicts only for the few rows it needs)."""

    def __init__(self, records: list[dict]):
        self.records = records

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, k: int) -> dict:
        return self.records[k]

    def take(self, ks: list[int]) -> list[dict]:
        records = self.records
        return [records[k] for k in ks]


class SubRows:
    """A subset (positions ``index``) of other rows, as a sequence of dicts fetched on demand."""

    def __init__(self, rows, index: list[int]):
        self.rows, self.index = rows, index

    def __len__(self) -> int:
        return len(self.index)

    def __getitem__(self, k: int) -> dict:
        return self.rows[self.index[k]]

    def __iter__(self):
        for start in range(0, len(self.index), 65536):
            yield from self.rows.take(self.index[start:start + 65536])


@dataclass
class Resolution:
    """Which records form which project, before merging and ids. Per input position: ``labels`` (the first
    position of its project), ``urls`` (canonical source URL), ``names`` (normalised title, else title_derived),
    ``on_page`` (distinct records on its canonical URL); ``groups``: the projects of several records (positions,
    sorted), ordered by their first position."""
    labels: pl.Series
    groups: list[list[int]]
    stats: dict = field(default_factory=dict)
    urls: pl.Series = field(default_factory=lambda: pl.Series([], dtype=pl.String))
    names: pl.Series = field(default_factory=lambda: pl.Series([], dtype=pl.String))
    on_page: pl.Series = field(default_factory=lambda: pl.Series([], dtype=pl.Int64))

    @property
    def clusters(self) -> list[list[int]]:
        """Every project's positions (singletons too), ordered by their first position."""
        firsts = {g[0]: g for g in self.groups}
        return [firsts.get(k, [k]) for k, lab in enumerate(self.labels.to_list()) if lab == k]


def _exact_groups(rows, table: pl.DataFrame) -> tuple[list[int], dict[int, list[int]]]:
    """Positions of the first record of each distinct content, and {first: [all positions]} for repeated ones.
    A row hash over the main columns finds candidates column-wise; ``content_key`` confirms them field by field."""
    hashed = table.select("title", "derived", "publisher", "purpose", "description", "start", "end",
                          "budget").hash_rows(seed=0)
    candidates = pl.DataFrame({"h": hashed}).with_row_index("k").filter(pl.col("h").is_duplicated())
    first_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    seen: dict[tuple, int] = {}
    ks = candidates["k"].to_list()
    for k, h, rec in zip(ks, candidates["h"].to_list(), rows.take(ks)):
        key = (h, content_key(rec))
        if key in seen:
            first_of[k] = seen[key]
            members.setdefault(seen[key], [seen[key]]).append(k)
        else:
            seen[key] = k
    n = table.height
    units = [k for k in range(n) if k not in first_of] if first_of else list(range(n))
    return units, members


def resolve(records: list[dict], decisions: Path | None = None, previous: list[dict] | None = None) -> Resolution:
    from pipeline.dedupe.features import record_table

    return resolve_table(record_table(records), ListRows(records), decisions, previous)


def resolve_table(table: pl.DataFrame, rows, decisions: Path | None = None,
                  previous: list[dict] | None = None) -> Resolution:
    """``table``: the columns of ``features.record_table``; ``rows``: the same records as dicts on demand
    (``ListRows``, ``table.FrameRows``), fetched only for exact-duplicate candidates and reviewed decisions."""
    from pipeline.dedupe.blocking import candidate_pairs
    from pipeline.dedupe.features import feature_frame
    from pipeline.dedupe.match import Compatibility, score_pairs

    n = table.height
    stats = {"records": n, "exact_duplicates": 0, "same_source_merged": 0, "cross_source_merged": 0,
             "decisions_applied": 0, "merged_by_decision": 0, "decisions_conflicting": 0, "decisions_unresolved": 0,
             "merges_refused": 0}
    if not n:
        return Resolution(pl.Series([], dtype=pl.Int64), [], stats)
    units, exact_members = _exact_groups(rows, table)
    stats["exact_duplicates"] = n - len(units)
    all_urls = canonical_series(table["source_url"])
    all_names = normalise_series(table.select(pl.coalesce("title", "derived")).to_series())
    whole = len(units) == n
    curls = all_urls if whole else all_urls.gather(units)
    unit_table = table if whole else table[units]
    frame = feature_frame(unit_table, all_names if whole else all_names.gather(units))
    compatibility = Compatibility(frame)
    clusters = Clusters(len(units), compatibility)

    # Reviewed decisions: no_match first (cannot-links), then forced matches.
    decision_rows = read_decisions(decisions)
    if decision_rows:
        resolver = KeyResolver(SubRows(rows, units), curls.to_list(), previous)
        forced = []
        for k, d in enumerate(decision_rows):
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
    pages = pl.DataFrame({"u": curls, "n": all_names if whole else all_names.gather(units)}).with_row_index("pos")
    same = (pages.filter(pl.col("n") != "").group_by("u", "n").agg(pl.col("pos").cast(pl.Int64).sort())
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

    # Per record: its cluster (a unit's root; an exact duplicate's first), then the cluster's first position.
    root = list(range(len(units)))
    for r, members in clusters.members.items():
        for m in members:
            root[m] = r
    per_unit = pl.DataFrame({"rec": pl.Series(units, dtype=pl.Int64), "g": pl.Series(root, dtype=pl.Int64)})
    if exact_members:
        dup_rec = [m for first, ms in exact_members.items() for m in ms[1:]]
        dup_first = [first for first, ms in exact_members.items() for _ in ms[1:]]
        unit_pos = pl.DataFrame({"first": pl.Series(units, dtype=pl.Int64)}).with_row_index("pos")
        dups = (pl.DataFrame({"rec": pl.Series(dup_rec, dtype=pl.Int64), "first": pl.Series(dup_first, dtype=pl.Int64)})
                .join(unit_pos, on="first").join(per_unit.with_row_index("pos"), on="pos", suffix="_u")
                .select("rec", "g"))
        per_unit = pl.concat([per_unit, dups])
    labelled = (per_unit.with_columns(pl.col("rec").min().over("g").alias("label"), pl.len().over("g").alias("size"))
                .sort("rec"))
    groups = (labelled.filter(pl.col("size") > 1).group_by("label").agg(pl.col("rec").sort()).sort("label")
              ["rec"].to_list())
    counts = pl.DataFrame({"u": curls}).group_by("u").len("c")
    on_page = (pl.DataFrame({"u": all_urls}).join(counts, on="u", how="left", maintain_order="left")["c"]
               .fill_null(1).cast(pl.Int64))
    return Resolution(labelled["label"], groups, stats, all_urls, all_names, on_page)


def canonical_series(urls: pl.Series) -> pl.Series:
    """``keys.canonical`` of every URL, column-wise: only URLs not already canonical (and each once) go through
    Python."""
    from pipeline.dedupe.keys import _ALREADY_CANONICAL, canonical

    s = urls.cast(pl.String).fill_null("")
    bad = s.filter(~(s.str.contains(_ALREADY_CANONICAL) & ~s.str.ends_with("/index.html"))).unique()
    if not bad.len():
        return s
    mapping = dict(zip(bad.to_list(), (canonical(u) for u in bad.to_list())))
    return s.replace(mapping)


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
    urls, names, on_page = res.urls.to_list(), res.names.to_list(), res.on_page.to_list()
    projects, conflicts, members = [], [], []
    for group in res.clusters:
        if len(group) == 1:
            ranked = group
        else:
            ranked = sorted(group, key=lambda k: _merge.authority_key(records[k], on_page[k], urls[k]))
        p, c = _project_of([records[k] for k in ranked])
        projects.append(p)
        conflicts.append(c)
        members.append(ranked)
    keys = [[(urls[k], names[k]) for k in ranked] for ranked in members] if previous else None
    assigned = assign_ids(projects, previous, keys)
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
