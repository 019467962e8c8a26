"""Whole-column conversions shared by the writers (CSV, SQLite, xlsx), instead of one Python call per cell.

The published files must not change when the code gets faster, so each helper gives exactly what the old
per-cell code gave: Python converts each *distinct* value (columns repeat a few values: dates, ages, booleans)
where that is safe, and polars does the string work over whole columns.
"""

from __future__ import annotations

import datetime as dt
import math
import operator

import polars as pl

LIST_SEPARATOR = "; "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NONE = type(None)


def column(rows: list[dict], name: str) -> list:
    return [r.get(name) for r in rows]


def columns_of(rows: list[dict], names) -> dict[str, list]:
    """``{name: column(rows, name)}`` for several names in one pass over the rows (one C-level itemgetter call
    per row, then a transpose): much faster than one pass per column over a million scattered dicts."""
    names = list(names)
    if len(names) < 2 or not rows:
        return {name: column(rows, name) for name in names}
    try:
        cells = list(map(operator.itemgetter(*names), rows))
    except KeyError:  # rows without some of the fields: .get, column by column
        return {name: column(rows, name) for name in names}
    return dict(zip(names, map(list, zip(*cells))))


def _distinct_is_safe(distinct: set, ftype: str) -> bool:
    """Whether values that compare equal are certain to convert to the same text. Not so for datetimes with
    different time zones (equal instants, different ISO text), nor for a date column holding datetimes."""
    types = set(map(type, distinct)) - {_NONE}
    if ftype == "date":
        return types <= {dt.date}
    if ftype == "timestamp":
        zones = {v.tzinfo for v in distinct if v is not None}
        return types <= {dt.datetime} and (zones <= {None} or zones == {dt.timezone.utc})
    if ftype == "float":
        return types <= {float, int}  # 1 == 1.0 and 0.0 == -0.0 give the same text
    return ftype in ("bool", "int") and types <= {bool if ftype == "bool" else int}


def mapped(values: list, convert, ftype: str) -> list:
    """``[None if v is None else convert(v) for v in values]``, converting each distinct value once when that
    gives the same result (see ``_distinct_is_safe``)."""
    try:
        distinct = set(values)
    except TypeError:  # unhashable values: one by one
        distinct = None
    if distinct is None or not _distinct_is_safe(distinct, ftype):
        return [None if v is None else convert(v) for v in values]
    table = {v: convert(v) for v in distinct if v is not None}
    table[None] = None
    # NaN != NaN, but each NaN object is found again by identity, as it is the same object in `distinct`
    return list(map(table.__getitem__, values))


def text_series(name: str, values: list) -> pl.Series:
    return pl.Series(name, values, dtype=pl.Utf8)


# ---------------------------------------------------------------------------------------------------- text
def float_text(value) -> str | None:
    """A float as the CSV files write it: no trailing zeros, integers without a decimal point, "" (None here)
    for NaN and infinities."""
    value = float(value)
    if not math.isfinite(value):
        return None
    return repr(value).rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def date_text(value) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def timestamp_text(value) -> str:
    """A timestamp as the CSV files write it: the value's own offset, "Z" for UTC."""
    return value.isoformat().replace("+00:00", "Z") if isinstance(value, dt.datetime) else str(value)


def timestamp_text_utc(value) -> str:
    """A timestamp as SQLite stores it: converted to UTC ("Z") when it has a time zone."""
    return value.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z") if value.tzinfo else value.isoformat()


def neutralised(expr: pl.Expr) -> pl.Expr:
    """``formats.neutralise_formula`` over a column: a leading apostrophe on text a spreadsheet would run."""
    starts = pl.any_horizontal([expr.str.starts_with(ch) for ch in FORMULA_START])
    return pl.when(starts).then(pl.lit("'") + expr).otherwise(expr)


def joined(expr: pl.Expr) -> pl.Expr:
    """A list column as one text cell, items joined with ``LIST_SEPARATOR``."""
    return expr.list.join(LIST_SEPARATOR)


# ---------------------------------------------------------------------------------------------------- JSON
# json.dumps(..., ensure_ascii=False) escapes only these characters in a string
_JSON_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                 **{chr(i): f"\\u{i:04x}" for i in range(0x20) if chr(i) not in "\b\f\n\r\t"}}


def _json_string(expr: pl.Expr, present: set[str]) -> pl.Expr:
    for ch in sorted(present, key=lambda c: c != "\\"):  # the backslash first: the others add backslashes
        expr = expr.str.replace_all(ch, _JSON_ESCAPES[ch], literal=True)
    return pl.concat_str([pl.lit('"'), expr, pl.lit('"')])


def json_lists(series: pl.Series) -> list:
    """``json.dumps(list(v), ensure_ascii=False)`` for every list of strings in the column, None for None."""
    items = series.explode().drop_nulls()
    present = set()
    if items.str.contains(r'[\x00-\x1f\\"]').any():
        present = {ch for ch in _JSON_ESCAPES if items.str.contains(ch, literal=True).any()}
    body = series.to_frame("v").select(
        pl.concat_str([pl.lit("["), pl.col("v").list.eval(_json_string(pl.element(), present)).list.join(", "),
                       pl.lit("]")]))
    return body.to_series().to_list()
