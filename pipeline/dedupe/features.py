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

from pipeline.dedupe.text import normalise_series, significant_tokens_expr, text_expr


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
    """Blocking places: the municipality codes; a record that names none is placed at its publisher (a
    municipality's own code, else ``p:<publisher>``), so a region's or a joint body's pages about a project that
    names no municipality still meet each other."""
    codes = list(rec.get("municipality_codes") or [])
    if codes:
        return codes
    if rec.get("publisher_type") == "kommun" and rec.get("publisher_code"):
        return [rec["publisher_code"]]
    return ["p:" + publisher_key(rec)]


def _codes(rec: dict) -> str:
    return ",".join(rec.get("municipality_codes") or ())


def _dates(values: list) -> pl.Series:
    try:
        return pl.Series(values, dtype=pl.Date)
    except (TypeError, ValueError, pl.exceptions.PolarsError):
        return pl.Series([_date(v) for v in values], dtype=pl.Date)


def record_table(items: list[dict]) -> pl.DataFrame:
    """The columns deduplication reads, taken from the dicts once (each pass over a million dicts costs about a
    second of memory traffic, so every stage shares this table). Lists cross as joined strings: building list
    columns from Python lists is several times slower."""
    def col(name):
        return [r.get(name) for r in items]

    return pl.DataFrame({
        "title": pl.Series(col("title"), dtype=pl.String),
        "derived": pl.Series(col("title_derived"), dtype=pl.String),
        "purpose": pl.Series(col("purpose"), dtype=pl.String),
        "description": pl.Series(col("description"), dtype=pl.String),
        "publisher": pl.Series(col("publisher"), dtype=pl.String),
        "publisher_code": pl.Series(col("publisher_code"), dtype=pl.String),
        "publisher_type": pl.Series(col("publisher_type"), dtype=pl.String),
        "codes_str": pl.Series([_codes(r) for r in items], dtype=pl.String),
        "start": _dates(col("start_date")),
        "end": _dates(col("end_date")),
        "budget": pl.Series(col("budget_sek"), dtype=pl.Int64, strict=False),
        "source_url": pl.Series(col("source_url"), dtype=pl.String),
    })


def feature_frame(items: list[dict] | pl.DataFrame, names: pl.Series | None = None) -> pl.DataFrame:
    """``names``: the rows' normalised title (else title_derived), when already computed."""
    table = items if isinstance(items, pl.DataFrame) else record_table(items)
    publisher_key = pl.coalesce(pl.col("publisher_code"),
                                pl.col("publisher").str.strip_chars().str.to_lowercase().replace("", None), pl.lit("?"))
    own = (pl.when((pl.col("publisher_type") == "kommun") & pl.col("publisher_code").is_not_null())
           .then(pl.col("publisher_code")).otherwise(pl.lit("p:") + publisher_key))
    codes = pl.col("codes_str").str.split(",").list.eval(pl.element().filter(pl.element() != ""))
    frame = table.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("rid"), "title", "derived",
        pl.coalesce(pl.col("purpose").replace("", None), "description").alias("purpose"), codes.alias("codes"), own.alias("own"),
        "start", "end",
    ).with_columns(
        pl.when(pl.col("codes").list.len() > 0).then(pl.col("codes")).otherwise(pl.concat_list("own")).alias("geo"))
    if names is None:
        names = normalise_series(frame.select(pl.coalesce("title", "derived")).to_series())
    frame = frame.with_columns(names.alias("_names"), normalise_series(frame["purpose"]).alias("_texts")).select(
        "rid",
        pl.col("title").is_not_null().alias("titled"),
        significant_tokens_expr(pl.col("_names")).alias("tokens"),
        text_expr(pl.col("_texts")).alias("text"),
        "codes", "geo",
        pl.col("start").cast(pl.Int32), pl.col("end").cast(pl.Int32),
    ).with_columns(
        pl.col("tokens").list.join(" ").alias("name"),
        pl.col("tokens").list.sort().list.join(" ").alias("sorted_name"),
        pl.col("tokens").list.n_unique().cast(pl.Int32).alias("ntok"),
        pl.col("text").str.len_chars().cast(pl.Int32).alias("text_len"),
        pl.col("codes").list.len().cast(pl.Int32).alias("ncodes"),
    )
    text_tokens = frame.select("rid", significant_tokens_expr(pl.col("text"), keep_places=True).list.unique()
                               .alias("tokens"))
    name_tokens = frame.select("rid", "tokens")
    return frame.with_columns(
        token_mask(name_tokens).alias("nmask"),
        edge_mask(name_tokens).alias("emask"),
        token_mask(text_tokens).alias("xmask"),
        edge_mask(text_tokens).alias("xemask"),
        text_tokens["tokens"].list.len().cast(pl.Int32).alias("xtok"),
    )


def _bits(keys: pl.Expr, seed: int) -> pl.Expr:
    """A list of strings → the bitwise or of 2^(hash mod 64) over its items (0 for an empty list)."""
    return (keys.list.eval(pl.lit(2, pl.UInt64).pow(pl.element().hash(seed=seed) % 64))
            .list.eval(pl.element().bitwise_or()).list.first().fill_null(0).cast(pl.UInt64))


def token_mask(df: pl.DataFrame) -> pl.Series:
    """Per row (column tokens), a 64-bit set of its tokens' hash bits. A token one row has and the other lacks
    may collide with one of the other's bits, never the reverse, so counting bits undercounts unshared tokens, and
    a filter on it never drops a real candidate."""
    return df.select(_bits(pl.col("tokens"), 7).alias("mask")).to_series()


def edge_mask(df: pl.DataFrame) -> pl.Series:
    """Per row, hash bits of each 4+ letter token's first two and last two letters. A typo (one local edit,
    ``match.typo_equal``) keeps one of them, so a token that is a typo of one of the other row's tokens leaves at
    most one of its edge bits unshared; a different word usually leaves two. A token's two bits are computed
    once per distinct token (string slicing inside every row's list costs several times more), then or-ed per
    row: the same bits as hashing every edge of every row."""
    vocab = df.select(pl.col("tokens").explode().drop_nulls().unique())["tokens"]
    if not vocab.len():
        return pl.Series("mask", [0] * df.height, dtype=pl.UInt64)
    word = pl.col("tokens")
    token_bits = (pl.DataFrame({"tokens": vocab})
                  .select(pl.when(word.str.len_chars() >= 4)
                          .then(_bit(pl.lit("<") + word.str.slice(0, 2), 11) | _bit(pl.lit(">") + word.str.slice(-2), 11))
                          .otherwise(0).cast(pl.UInt64).alias("bits")))["bits"]
    el = pl.element()
    return df.select(word.list.eval(el.replace_strict(vocab, token_bits, return_dtype=pl.UInt64))
                     .list.eval(el.bitwise_or()).list.first().fill_null(0).cast(pl.UInt64).alias("mask")).to_series()


def _bit(key: pl.Expr, seed: int) -> pl.Expr:
    """2^(hash mod 64) of a string, as ``_bits`` sets it."""
    return pl.lit(2, pl.UInt64).pow(key.hash(seed=seed) % 64)
