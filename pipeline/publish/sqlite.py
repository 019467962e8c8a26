"""``projects.sqlite`` (stdlib sqlite3) and the Datasette ``metadata.json`` that goes with it.

Tables, generated from ``schemas.tables``:
- ``projects`` (primary key project_id), ``sources`` (project_id, source_url), ``coverage`` (source_id);
  lists are JSON arrays in TEXT, dates and timestamps ISO 8601 TEXT, booleans 0/1.
- ``projects_fts``: an FTS5 index over title, title_derived, purpose, target_group and description, with
  ``projects`` as its content table and triggers that keep it in step (the layout sqlite-utils makes, which
  Datasette finds by itself): ``SELECT * FROM projects WHERE rowid IN (SELECT rowid FROM projects_fts WHERE
  projects_fts MATCH 'skola')``.
- ``data_dictionary``: every column of every table with its type and Swedish and English description.

Serve with ``datasette projects.sqlite -m metadata.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import polars as pl
import pyarrow as pa

from pipeline.publish import columns as cols
from schemas.project import LICENSE_ID, LICENSE_URL, SCHEMA_VERSION
from schemas.tables import COVERAGE, PROJECTS, SOURCES, Table

FTS_COLUMNS = ("title", "title_derived", "purpose", "target_group", "description")
FTS_TABLE = "projects_fts"
_SQL_TYPES = {"string": "TEXT", "int": "INTEGER", "float": "REAL", "date": "TEXT", "timestamp": "TEXT",
              "bool": "INTEGER", "list[string]": "TEXT"}
_DATABASE = "projects"  # Datasette names a database after its file


def _q(name: str) -> str:
    return "[" + name + "]"


def _value(v, ftype: str):
    if v is None:
        return None
    if ftype == "list[string]":
        return json.dumps(list(v), ensure_ascii=False)
    if ftype == "timestamp":
        return v.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z") if v.tzinfo else v.isoformat()
    if ftype == "date":
        return v.isoformat()
    if ftype == "bool":
        return int(bool(v))
    return v


def create_table_sql(table: Table, foreign_keys: dict[str, str] | None = None) -> str:
    """CREATE TABLE with one comment per column (SQLite keeps the text, so the schema documents itself)."""
    lines = []
    for f in table.fields:
        null = " NOT NULL" if f.required or f.name in table.primary_key else ""
        lines.append(f"  {_q(f.name)} {_SQL_TYPES[f.type]}{null}, -- {f.en}")
    tail = [f"  PRIMARY KEY ({', '.join(_q(k) for k in table.primary_key)})"]
    for col, ref in (foreign_keys or {}).items():
        tail.append(f"  FOREIGN KEY ({_q(col)}) REFERENCES {ref}")
    body = "\n".join(lines) + "\n" + ",\n".join(tail)
    return f"CREATE TABLE {_q(table.name)} (\n{body}\n)"


_AS_IS = ("string", "int", "float")  # types _value passes through unchanged


def _iso_date(v) -> str:
    return v.isoformat()


def _flag(v) -> int:
    return int(bool(v))


def _list_series(name: str, values: list, arrow: pa.Table | None) -> pl.Series:
    if arrow is not None and name in arrow.column_names:
        return pl.from_arrow(arrow.column(name))
    return pl.from_arrow(pa.array(values, type=pa.list_(pa.string())))


def _sql_columns(table: Table, rows: list[dict], arrow: pa.Table | None = None) -> list[list]:
    """The values ``_value`` gives, column by column: lists as JSON by polars, the other conversions once per
    distinct value. ``arrow``: the same rows as an Arrow table, when made already (its list columns are used)."""
    out = []
    columns = cols.columns_of(rows, [f.name for f in table.fields])
    for f in table.fields:
        values = columns[f.name]
        if f.type in _AS_IS:
            out.append(values)
        elif f.type == "list[string]":
            out.append(cols.json_lists(_list_series(f.name, values, arrow)))
        elif f.type == "timestamp":
            out.append(cols.mapped(values, cols.timestamp_text_utc, "timestamp"))
        elif f.type == "date":
            out.append(cols.mapped(values, _iso_date, "date"))
        elif f.type == "bool":
            out.append(cols.mapped(values, _flag, "bool"))
        else:
            out.append([_value(v, f.type) for v in values])
    return out


def _insert(conn: sqlite3.Connection, table: Table, rows: list[dict], arrow: pa.Table | None = None) -> None:
    cols_sql = ", ".join(_q(f.name) for f in table.fields)
    marks = ", ".join("?" for _ in table.fields)
    conn.executemany(f"INSERT INTO {_q(table.name)} ({cols_sql}) VALUES ({marks})",
                     zip(*_sql_columns(table, rows, arrow)))


def write_sqlite(path: Path, projects: list[dict], sources: list[dict], coverage: list[dict], *,
                 table: pa.Table | None = None) -> dict[str, int]:
    """Write the database; returns the row count of each table. ``table``: the projects as an Arrow table
    (``formats.to_table``), when made already."""
    path = Path(path)
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA user_version={int(SCHEMA_VERSION.split('.')[0])}")
        with conn:
            conn.execute(create_table_sql(PROJECTS))
            conn.execute(create_table_sql(SOURCES, {"project_id": "[projects]([project_id])"}))
            conn.execute(create_table_sql(COVERAGE))
            conn.execute("CREATE INDEX [idx_projects_publisher_code] ON [projects] ([publisher_code])")
            conn.execute("CREATE INDEX [idx_sources_source_id] ON [sources] ([source_id])")
            conn.execute("CREATE TABLE [data_dictionary] ([table_name] TEXT NOT NULL, [column_name] TEXT NOT NULL, "
                         "[type] TEXT NOT NULL, [description_sv] TEXT, [description_en] TEXT, "
                         "PRIMARY KEY ([table_name], [column_name]))")
            _insert(conn, PROJECTS, projects, table)
            _insert(conn, SOURCES, sources)
            _insert(conn, COVERAGE, coverage)
            conn.executemany("INSERT INTO [data_dictionary] VALUES (?, ?, ?, ?, ?)",
                             [(t.name, f.name, f.type, f.sv, f.en) for t in (PROJECTS, SOURCES, COVERAGE)
                              for f in t.fields])
            cols = ", ".join(_q(c) for c in FTS_COLUMNS)
            conn.execute(f"CREATE VIRTUAL TABLE {_q(FTS_TABLE)} USING FTS5 ({cols}, content={_q(PROJECTS.name)}, "
                         "tokenize='unicode61 remove_diacritics 2')")
            conn.execute(f"INSERT INTO {_q(FTS_TABLE)} ({_q(FTS_TABLE)}) VALUES ('rebuild')")
            new = ", ".join(f"new.{_q(c)}" for c in FTS_COLUMNS)
            old = ", ".join(f"old.{_q(c)}" for c in FTS_COLUMNS)
            t, fts = _q(PROJECTS.name), _q(FTS_TABLE)
            conn.executescript(f"""
CREATE TRIGGER [projects_ai] AFTER INSERT ON {t} BEGIN
  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER [projects_ad] AFTER DELETE ON {t} BEGIN
  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});
END;
CREATE TRIGGER [projects_au] AFTER UPDATE ON {t} BEGIN
  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});
  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});
END;
""")
        conn.execute("ANALYZE")
        counts = {t.name: conn.execute(f"SELECT count(*) FROM {_q(t.name)}").fetchone()[0]
                  for t in (PROJECTS, SOURCES, COVERAGE)}
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError(f"{path.name}: integrity_check failed")
    finally:
        conn.close()
    return counts


def datasette_metadata(release: str, homepage: str) -> dict:
    """Datasette's metadata.json: title, licence, source, and a description of every column."""
    def table_meta(table: Table) -> dict:
        return {"description": f"{table.en} / {table.sv}",
                "columns": {f.name: f"{f.en} / {f.sv}" for f in table.fields}}

    projects = table_meta(PROJECTS) | {"fts_table": FTS_TABLE, "fts_pk": "rowid", "sort": "project_id",
                                       "label_column": "title"}
    return {
        "title": "Sociala investeringar i Sveriges kommuner och regioner",
        "description": f"socinv release {release} (schema {SCHEMA_VERSION}): projects funded as social investments "
                       "by Swedish municipalities and regions, extracted from their web pages, with the page and "
                       "text snippet behind every value.",
        "license": LICENSE_ID,
        "license_url": LICENSE_URL,
        "source": "Swedish municipal and regional websites, via socinv",
        "source_url": homepage,
        "databases": {_DATABASE: {"tables": {"projects": projects, "sources": table_meta(SOURCES),
                                             "coverage": table_meta(COVERAGE) | {"label_column": "name"}}}},
    }
