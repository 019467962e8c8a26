"""Deduplication on columns: ``dedupe_table`` takes the records as a parquet path (``records.parquet``), an Arrow
table or a polars frame and returns the projects and sources as Arrow tables, with the same content as ``dedupe`` on the same
records as dicts.

Python dicts are built only where rules need them: the candidates of exact duplicates (``content_key``), the
records of projects with several records (``merge.py``), projects whose ids need a tie-break or a fallback
(``ids.py``), and reviewed decisions. A project of one record (most of them) is its record's columns; ids,
sources and the order of the output are computed column-wise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow as pa

from pipeline.dedupe import SOURCE_FIELDS, Resolution, resolve_table
from pipeline.dedupe.ids import assign_ids, identity_keys_frame
from pipeline.dedupe.merge import _CONTENT_FIELDS, _NEWS, merge as merge_records
from pipeline.dedupe.rows import to_dicts
from schemas.project import RECORD_FIELDS, arrow_schema


def record_arrow_schema() -> pa.Schema:
    """Columns of ``records.parquet`` (``pipeline.stages.record_schema``)."""
    full = arrow_schema()
    return pa.schema([full.field(n) for n in RECORD_FIELDS] + [pa.field("page_sha256", pa.string()),
                                                               pa.field("source_id", pa.string())])


def project_arrow_schema() -> pa.Schema:
    """Columns of ``projects.parquet``: project_id, the record fields, conflicts (JSON, null when none)."""
    full = arrow_schema()
    return pa.schema([full.field(n) for n in ("project_id", *RECORD_FIELDS)] + [pa.field("conflicts", pa.string())])


def source_arrow_schema() -> pa.Schema:
    """Columns of ``project_sources.parquet`` (``SOURCE_FIELDS``) and ``record_key``."""
    rec = record_arrow_schema()
    return pa.schema([rec.field(n) if n in rec.names else pa.field(n, pa.string()) for n in SOURCE_FIELDS]
                     + [pa.field("record_key", pa.string())])


class FrameRows:
    """Rows of a polars frame as dicts, fetched on demand."""

    def __init__(self, df: pl.DataFrame):
        self.df = df

    def __len__(self) -> int:
        return self.df.height

    def __getitem__(self, k: int) -> dict:
        return self.df.row(k, named=True)

    def take(self, ks: list[int]) -> list[dict]:
        return to_dicts(self.df[ks]) if ks else []

    def __iter__(self):
        for start in range(0, self.df.height, 65536):
            yield from to_dicts(self.df.slice(start, 65536))


def as_frame(table: pa.Table | pl.DataFrame | str | Path) -> pl.DataFrame:
    """The records as a polars frame with every column of ``records.parquet`` (missing ones null)."""
    if isinstance(table, (str, Path)):
        df = pl.read_parquet(table)
    else:
        df = table if isinstance(table, pl.DataFrame) else pl.from_arrow(table)
    schema = record_arrow_schema()
    missing = [f for f in schema if f.name not in df.columns]
    if missing:
        empty = pl.from_arrow(pa.table({f.name: pa.nulls(df.height, f.type) for f in missing}))
        df = pl.concat([df, empty], how="horizontal")
    return df


def columns_of(df: pl.DataFrame) -> pl.DataFrame:
    """``features.record_table`` from columns."""
    return df.select(
        pl.col("title").cast(pl.String), pl.col("title_derived").cast(pl.String).alias("derived"),
        pl.col("purpose").cast(pl.String), pl.col("description").cast(pl.String),
        pl.col("publisher").cast(pl.String), pl.col("publisher_code").cast(pl.String),
        pl.col("publisher_type").cast(pl.String),
        pl.col("municipality_codes").cast(pl.List(pl.String)).list.join(",").fill_null("").alias("codes_str"),
        pl.col("start_date").cast(pl.Date).alias("start"), pl.col("end_date").cast(pl.Date).alias("end"),
        pl.col("budget_sek").cast(pl.Int64, strict=False).alias("budget"), pl.col("source_url").cast(pl.String),
    )


@dataclass
class DedupeTables:
    projects: pa.Table  # project_arrow_schema(), sorted by project_id
    sources: pa.Table  # source_arrow_schema(), sorted by project_id, each project's records best first
    stats: dict
    resolution: Resolution


def dedupe_table(table: pa.Table | pl.DataFrame | str | Path, previous: list[dict] | None = None,
                 decisions=None) -> DedupeTables:
    """``dedupe`` on columns (see the module docstring). ``table``: the records, or the path of a parquet file
    of them (read straight into polars: the least memory)."""
    df = as_frame(table)
    del table
    rows = FrameRows(df)
    res = resolve_table(columns_of(df), rows, decisions, previous)

    # Projects of several records: ranked (column-wise, as merge.authority_key) and merged from dicts, a chunk
    # of groups at a time (dicts are large; each chunk becomes an Arrow table at once).
    ranked_groups = _ranked_groups(df, res)
    fields_schema = pa.schema([project_arrow_schema().field(f) for f in RECORD_FIELDS])
    chunks, merged_conflicts = [], []
    for start in range(0, len(ranked_groups), MERGE_CHUNK):
        part = ranked_groups[start:start + MERGE_CHUNK]
        multi = [k for g in part for k in g]
        recs = dict(zip(multi, rows.take(multi)))
        norm = _text_normaliser(df, multi)
        merged = []
        for ranked in part:
            p, c = merge_records([recs[k] for k in ranked], norm)
            merged.append(p)
            merged_conflicts.append(json.dumps(c, ensure_ascii=False) if c else None)
        chunks.append(pa.Table.from_pylist(merged, schema=fields_schema))
        del recs, merged

    # Projects of one record: the record's columns (source_url first among its source_urls).
    rec = pl.int_range(pl.len(), dtype=pl.Int64)
    firsts = pl.Series([g[0] for g in res.groups], dtype=pl.Int64)  # res.groups and ranked_groups: one order
    su = pl.col("source_urls").fill_null(pl.lit([], dtype=pl.List(pl.String)))
    url = pl.col("source_url")
    singles = (df.select(RECORD_FIELDS).with_columns(rec.alias("first"), res.labels.alias("label"))
               .filter(pl.col("label") == pl.col("first"))
               .join(pl.DataFrame({"first": firsts}), on="first", how="anti", maintain_order="left")
               .with_columns(pl.when(url.is_not_null() & (url != "") & ~su.list.contains(url))
                             .then(pl.concat_list(url, su)).otherwise(su).alias("source_urls"),
                             pl.lit(None, dtype=pl.String).alias("conflicts"))
               .select("first", *RECORD_FIELDS, "conflicts"))
    if chunks:
        mframe = pl.from_arrow(pa.concat_tables(chunks)).with_columns(
            firsts.alias("first"), pl.Series("conflicts", merged_conflicts, dtype=pl.String))
        del chunks
        projects = pl.concat([singles, mframe.select(singles.columns).cast(dict(singles.schema))])
        del mframe
    else:
        projects = singles
    del singles

    # Ids (ids.py), for the projects in the order of their first record.
    order = projects["first"].arg_sort().to_list()
    keys = identity_keys_frame(projects)
    codes = projects["publisher_code"].cast(pl.String).to_list()
    members = None
    if previous:
        ranked_of = {g[0]: r for g, r in zip(res.groups, ranked_groups)}
        urls, names = res.urls.to_list(), res.names.to_list()
        members = [[(urls[k], names[k]) for k in ranked_of.get(f, [f])]
                   for f in projects["first"].gather(order).to_list()]
    assigned = assign_ids(_Permuted(FrameRows(projects.drop("first", "conflicts")), order), previous, members,
                          keys=[keys[k] for k in order], codes=[codes[k] for k in order])
    ids = pl.Series("project_id", assigned.ids, dtype=pl.String).scatter(order, assigned.ids)
    projects = projects.with_columns(ids)

    # Sources: every record under its project, best first, a page × name once per project.
    rank = pl.DataFrame({"rec": pl.Series([k for r in ranked_groups for k in r], dtype=pl.Int64),
                         "rank": pl.Series([i for r in ranked_groups for i in range(len(r))], dtype=pl.Int64)})
    ident = ["project_id", "source_url", "page_sha256", "title", "title_derived"]
    sources = (df.select(*[f for f in SOURCE_FIELDS if f != "project_id"], "title_derived")
               .with_columns(rec.alias("rec"), res.labels.alias("first"),
                             (res.urls + "#" + res.names).alias("record_key"))
               .join(projects.select("first", "project_id"), on="first", how="left")
               .join(rank, on="rec", how="left").with_columns(pl.col("rank").fill_null(0))
               .sort("project_id", "rank")
               .unique(subset=ident, keep="first", maintain_order=True)
               .select(*SOURCE_FIELDS, "record_key"))
    del df, rows

    stats = dict(res.stats)
    stats.update(assigned.stats)
    stats["projects"] = projects.height
    stats["id_merges"] = assigned.merges
    out = projects.drop("first").sort("project_id").select("project_id", *RECORD_FIELDS, "conflicts")
    del projects
    return DedupeTables(out.to_arrow().cast(project_arrow_schema()),
                        sources.to_arrow().cast(source_arrow_schema()), stats, res)


MERGE_CHUNK = 16384


class _Permuted:
    """``rows`` in another order: item k is ``rows[order[k]]``."""

    def __init__(self, rows, order: list[int]):
        self.rows, self.order = rows, order

    def __len__(self) -> int:
        return len(self.order)

    def __getitem__(self, k: int) -> dict:
        return self.rows[self.order[k]]

    def take(self, ks: list[int]) -> list[dict]:
        return self.rows.take([self.order[k] for k in ks])

    def __iter__(self):
        for start in range(0, len(self.order), 65536):
            yield from self.take(list(range(start, min(start + 65536, len(self.order)))))


def _text_normaliser(df: pl.DataFrame, rows: list[int]):
    """``text.normalise`` for the texts of these rows, computed column-wise (``normalise_series``)."""
    from pipeline.dedupe.ids import _SIMPLE
    from pipeline.dedupe.text import normalise, normalise_series

    if not rows:
        return normalise
    values = (df[rows].select(pl.concat_list(pl.col(f).cast(pl.String) for f in ("title", *_merge_text_fields()))
                              .alias("v")).explode("v").drop_nulls().unique())
    values = values.filter(pl.col("v").str.contains(_SIMPLE))  # where normalise_expr and normalise agree
    known = dict(zip(values["v"].to_list(), normalise_series(values["v"]).to_list()))

    def norm(v: str) -> str:
        n = known.get(v)
        return normalise(v) if n is None else n

    return norm


def _merge_text_fields() -> tuple[str, ...]:
    from pipeline.dedupe.merge import TEXT_FIELDS

    return TEXT_FIELDS


_PATH = r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)"


def _ranked_groups(df: pl.DataFrame, res: Resolution) -> list[list[int]]:
    """Each group of ``res.groups`` best first: ``merge.authority_key`` column-wise (URLs whose path the regex
    does not find, if any, go through ``authority_key`` itself)."""
    if not res.groups:
        return []
    members = pl.DataFrame({"rec": pl.Series([k for g in res.groups for k in g], dtype=pl.Int64),
                            "label": pl.Series([g[0] for g in res.groups for _ in g], dtype=pl.Int64)})
    recs = members["rec"]
    sub = df[recs.to_list()]
    fields = df.schema
    filled = pl.sum_horizontal([
        (pl.col(f).list.len().fill_null(0) > 0) if isinstance(fields[f], pl.List)
        else (pl.col(f).is_not_null() & (pl.col(f) != "")) if fields[f] == pl.String
        else pl.col(f).is_not_null()
        for f in _CONTENT_FIELDS])
    codes_empty = pl.col("municipality_codes").list.len().fill_null(0) == 0
    own = (pl.when(pl.col("publisher_type") == "kommun")
           .then(codes_empty | pl.col("municipality_codes").list.contains(pl.col("publisher_code")).fill_null(False))
           .otherwise(codes_empty).fill_null(codes_empty))
    curl = res.urls.gather(recs)
    keys = sub.select(
        own.alias("own"), filled.cast(pl.Int64).alias("filled"),
        (pl.col("page_updated").cast(pl.Date).cast(pl.Int64) + 719163).fill_null(0).alias("updated"),
        pl.col("source_url").fill_null("").alias("src"),
    ).with_columns(members["rec"], members["label"], curl.alias("curl"), res.on_page.gather(recs).alias("on_page"),
                   curl.str.extract(_PATH, 1).alias("path"))
    news = (pl.col("src") != "") & pl.col("path").str.contains(_NEWS.pattern)
    keys = keys.with_columns(news.alias("news"))
    odd = keys.with_row_index("i").filter(pl.col("path").is_null() & (pl.col("src") != ""))
    if odd.height:  # not a URL the regex reads: urlsplit decides
        from pipeline.dedupe.merge import is_news

        flags = [is_news(u, c) for u, c in zip(odd["src"].to_list(), odd["curl"].to_list())]
        keys = keys.with_columns(keys["news"].scatter(odd["i"].to_list(), flags))
    detail = (pl.col("on_page") <= 1) & ~pl.col("news")
    keys = keys.with_columns(pl.col("news").fill_null(False)).with_columns(
        (-(detail & pl.col("own")).cast(pl.Int8)).alias("k1"), (-detail.cast(pl.Int8)).alias("k2"),
        (-pl.col("own").cast(pl.Int8)).alias("k3"))
    ordered = keys.sort(["label", "k1", "k2", "k3", "news", pl.col("filled") * -1, pl.col("updated") * -1, "curl",
                         "src", "rec"], maintain_order=True)
    return ordered.group_by("label", maintain_order=True).agg("rec")["rec"].to_list()


def to_result(tables: DedupeTables):
    """A ``DedupeResult`` (dicts) from ``DedupeTables``: conflicts as dicts, as ``dedupe`` returns them."""
    from pipeline.dedupe import DedupeResult

    projects = tables.projects.to_pylist()
    for p in projects:
        p["conflicts"] = json.loads(p["conflicts"]) if p["conflicts"] else {}
    return DedupeResult(projects, tables.sources.to_pylist(), tables.stats)
