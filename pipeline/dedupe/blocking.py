"""Candidate pairs: which records are worth comparing, with a cost that grows about linearly.

Comparing every record with every other is quadratic. Two records are compared only when they share a block:

- **names**: a place (a municipality code the record names; a record naming none is placed at its publisher,
  see ``features.geo_keys``) and one of the record's three rarest significant name words (at least 3 letters;
  rarity counted over the whole input). Rare words are what sets a name apart ("Hummelsta", "multikompetent"),
  and a typo or a reordering leaves at least one of three words intact. A one-word name is also blocked on its
  first and last four letters ("familjecentral" meets "familjeccentral").
- **texts**: a place, with records sorted by their purpose/description text, for pairs where at least one record
  is untitled. This is how an untitled item on a region's list meets the municipality's titled page: their
  names differ, their "Syfte" is the same text.

Inside a block, records are sorted (by their name's words in alphabetical order, so reordered names sit
together, or by text) and each is compared with the next ``window`` ones
(sorted neighbourhood). Small blocks are compared completely; a big block (a common word in a big city) costs
``window`` comparisons per record instead of growing with its size. So the number of pairs is at most
``records × keys per record × window`` whatever the data, and everything here runs column-wise in polars.

The period veto and the matcher's pre-filter (``match.pair_filter``) run inside each window, on the rows'
features carried along, so only pairs worth scoring are ever materialised. Places need no check here: a block is
a place, and a record is placed at its publisher only when it names no municipality, so two records in one block
share a municipality or one of them names none.
"""

from __future__ import annotations

import polars as pl

NAME_WINDOW = 4
TEXT_WINDOW = 3
TOKENS_PER_RECORD = 3
MIN_TOKEN_LEN = 3
MIN_TEXT_LEN = 25


def _windowed(df: pl.DataFrame, keys: list[str], window: int, keep, untitled_only: bool = False
              ) -> tuple[pl.DataFrame, int]:
    """Pairs of rows at most ``window`` apart in a block (rows with equal ``keys``, ordered by ``pos``), that
    ``keep(d)`` (an expression over a row and the row ``d`` further) lets through; and how many pairs the windows
    held before that. Blocks and order are integers (a string's categorical code, ``_positions``): sorting
    millions of rows by strings costs several times more, and blocks only need to be contiguous."""
    block = pl.lit(0, pl.UInt64)
    for k in keys:  # codes are u32: two keys fit in one u64
        block = block * (1 << 32) + pl.col(k).cast(pl.Categorical).to_physical().cast(pl.UInt64)
    df = df.with_columns(block.alias("_block")).sort("_block", "pos")
    outs, seen = [], 0
    for d in range(1, window + 1):
        same = pl.col("_block") == pl.col("_block").shift(-d)
        if untitled_only:  # texts decide only when a record has no title of its own
            same = same & ~(pl.col("titled") & pl.col("titled").shift(-d))
        flagged = df.select(pl.col("rid").alias("a"), pl.col("rid").shift(-d).alias("b"), same.fill_null(False).alias("s"),
                            keep(d).fill_null(False).alias("k"))
        seen += int(flagged["s"].sum())
        outs.append(flagged.filter(pl.col("s") & pl.col("k")).select("a", "b"))
    pairs = pl.concat(outs) if outs else pl.DataFrame(schema={"a": pl.Int64, "b": pl.Int64})
    return pairs.select(pl.min_horizontal("a", "b").alias("i"), pl.max_horizontal("a", "b").alias("j")), seen


def _positions(frame: pl.DataFrame, column: str) -> pl.DataFrame:
    """Per rid, its place (``pos``) in the order of (``column``, rid): the order inside blocks, as one integer."""
    return frame.select("rid", column).sort(column, "rid").with_row_index("pos").select("rid", "pos")


def candidate_pairs(frame: pl.DataFrame, split: int | None = None, *, prefilter: bool = True,
                    name_window: int = NAME_WINDOW, text_window: int = TEXT_WINDOW,
                    tokens_per_record: int = TOKENS_PER_RECORD) -> tuple[pl.DataFrame, int]:
    """Pairs (i < j, rids of ``frame``, column ``overlap`` always true: blocks are places) sharing a block and
    passing ``match.pair_filter`` (the period veto, and with ``prefilter`` the test that a match is possible),
    and the number of pairs the blocks held before that filter. With ``split``, only pairs with i < split <= j
    (the first ``split`` rows are one set, the rest another: new projects against the previous release)."""
    from pipeline.dedupe.match import SCALARS, pair_filter

    geo = frame.select("rid", "geo").explode("geo").drop_nulls("geo")
    toks = (frame.select("rid", "tokens").explode("tokens")
            .filter(pl.col("tokens").str.len_chars() >= MIN_TOKEN_LEN).unique(["rid", "tokens"]))
    freq = toks.group_by("tokens").len("freq")
    toks = (toks.join(freq, on="tokens").sort(["rid", "freq", "tokens"])
            .group_by("rid", maintain_order=True).head(tokens_per_record).select("rid", "tokens"))
    # A one-word name with a typo shares no word with its original: block those on the word's ends too.
    single = (frame.filter(pl.col("tokens").list.len() == 1).select("rid", pl.col("tokens").list.first().alias("t"))
              .filter(pl.col("t").str.len_chars() >= 6))
    toks = pl.concat([toks, single.select("rid", (pl.col("t").str.slice(0, 4) + "*").alias("tokens")),
                      single.select("rid", ("*" + pl.col("t").str.slice(-4)).alias("tokens"))])
    scalars = frame.select("rid", *SCALARS)
    by_name = toks.join(geo, on="rid").join(_positions(frame, "sorted_name"), on="rid").join(scalars, on="rid")
    texts = frame.select("rid", "text").filter(pl.col("text").str.len_chars() >= MIN_TEXT_LEN)
    by_text = geo.join(_positions(texts, "text"), on="rid").join(scalars, on="rid")

    def keep(d):
        cond = pair_filter(pl.col, lambda c: pl.col(c).shift(-d), prefilter=prefilter)
        if split is not None:
            lo = pl.min_horizontal("rid", pl.col("rid").shift(-d))
            hi = pl.max_horizontal("rid", pl.col("rid").shift(-d))
            cond = cond & (lo < split) & (hi >= split)
        return cond

    name_pairs, n1 = _windowed(by_name, ["geo", "tokens"], name_window, keep)
    text_pairs, n2 = _windowed(by_text, ["geo"], text_window, keep, untitled_only=True)
    pairs = pl.concat([name_pairs, text_pairs]).filter(pl.col("i") != pl.col("j")).unique().sort("i", "j")
    return pairs.with_columns(pl.lit(True).alias("overlap")), n1 + n2
