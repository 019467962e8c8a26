"""One row of matching features per record (or per project), computed column-wise with polars.

Columns: ``rid`` (position in the input list), ``name`` (significant words of the title, else of
``title_derived``), ``tokens`` (those words), ``titled``, ``text`` (purpose, else description, normalised),
``codes`` (municipality codes), ``geo`` (blocking places: the codes, plus ``p:<publisher>`` for publishers that
are not a municipality, so a region's or a joint body's pages meet each other), ``start``/``end`` (days since
1970, null when unknown).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from pipeline.dedupe.text import normalise_expr, significant_tokens_expr, text_expr


def _date(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v.date() if isinstance(v, dt.datetime) else v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def publisher_key(rec: dict) -> str:
    return rec.get("publisher_code") or (rec.get("publisher") or "").strip().lower() or "?"


def geo_keys(rec: dict) -> list[str]:
    codes = list(rec.get("municipality_codes") or [])
    if rec.get("publisher_type") == "kommun" and rec.get("publisher_code"):
        return codes if rec["publisher_code"] in codes else codes + [rec["publisher_code"]]
    return codes + ["p:" + publisher_key(rec)]


def feature_frame(items: list[dict]) -> pl.DataFrame:
    title = [r.get("title") for r in items]
    frame = pl.DataFrame({
        "rid": pl.Series(range(len(items)), dtype=pl.Int64),
        "title": pl.Series(title, dtype=pl.String),
        "derived": pl.Series([r.get("title_derived") for r in items], dtype=pl.String),
        "purpose": pl.Series([r.get("purpose") or r.get("description") for r in items], dtype=pl.String),
        "codes": pl.Series([list(r.get("municipality_codes") or []) for r in items], dtype=pl.List(pl.String)),
        "geo": pl.Series([geo_keys(r) for r in items], dtype=pl.List(pl.String)),
        "start": pl.Series([_date(r.get("start_date")) for r in items], dtype=pl.Date),
        "end": pl.Series([_date(r.get("end_date")) for r in items], dtype=pl.Date),
    })
    return frame.select(
        "rid",
        pl.col("title").is_not_null().alias("titled"),
        significant_tokens_expr(normalise_expr(pl.coalesce("title", "derived"))).alias("tokens"),
        text_expr(normalise_expr(pl.col("purpose"))).alias("text"),
        "codes", "geo",
        pl.col("start").cast(pl.Int32), pl.col("end").cast(pl.Int32),
    ).with_columns(pl.col("tokens").list.join(" ").alias("name"))
