"""Write one release's tabular files, every format derived from ``schemas.project`` and ``schemas.tables``.

- ``projects.parquet``: the canonical file. zstd, explicit Arrow types, sorted by project_id, licence,
  schema version and release id in the file's key-value metadata. ``sources.parquet``, ``coverage.parquet`` and
  ``changes.parquet`` are written the same way from their tables in ``schemas.tables``.
- ``projects.csv``: RFC 4180, UTF-8 without BOM, comma, dot decimals; list cells joined with "; ".
- ``projects_excel.csv``: for Swedish Excel: semicolon, UTF-8 with BOM, CRLF, decimal comma, and text cells
  that a spreadsheet would run as a formula neutralised with a leading apostrophe.
- ``datapackage.json``: Frictionless Data Package v2: the CSV files with a Table Schema, the other data files
  (Parquet, xlsx, SQLite) as plain file resources with media type, size and hash.

The xlsx workbook is written by ``spreadsheet.py``, the SQLite database by ``sqlite.py``, the DCAT catalogue by
``catalog.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish import columns as cols
from pipeline.publish.columns import FORMULA_START, LIST_SEPARATOR
from pipeline.publish.files import FILES, PublishedFile
from schemas.project import FIELD_NAMES, FIELDS, LICENSE_ID, LICENSE_URL, SCHEMA_VERSION, arrow_schema
from schemas.tables import TABLES, Table, arrow_schema_of

DATASET_TITLE = "socinv: Swedish sociala investeringar"
HOMEPAGE = "https://github.com/socinv/socinv"
_TABLE_SCHEMA_TYPES = {"string": "string", "int": "integer", "float": "number", "date": "date",
                       "timestamp": "datetime", "bool": "boolean", "list[string]": "string"}


def file_metadata(release: str, **more: str) -> dict[str, str]:
    """Key-value metadata written into every Parquet file of a release."""
    return {"license": LICENSE_ID, "license_url": LICENSE_URL, "schema_version": SCHEMA_VERSION,
            "release": release, "dataset": DATASET_TITLE, "homepage": HOMEPAGE, **more}


def to_table(projects: list[dict], release: str) -> pa.Table:
    columns = cols.columns_of(projects, FIELD_NAMES)
    meta = file_metadata(release, list_columns_in_csv=f"joined with '{LIST_SEPARATOR}'")
    return pa.table(columns, schema=arrow_schema(meta))


def table_of(table: Table, rows: list[dict], release: str, **meta: str) -> pa.Table:
    """An Arrow table of ``rows`` with the explicit schema of ``table`` (rows in the order given)."""
    schema = arrow_schema_of(table, file_metadata(release, table=table.name, **meta))
    return pa.table(cols.columns_of(rows, schema.names), schema=schema)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", compression_level=6)


def neutralise_formula(text: str) -> str:
    """Excel/LibreOffice run a cell starting with = + - @ TAB CR as a formula; an apostrophe stops that.

    Only for text cells of the Excel-bound files; numbers (which may be negative) are never passed here, and
    Parquet and the machine CSV keep the original text.
    """
    return "'" + text if text.startswith(FORMULA_START) else text


_TEMPORAL = tuple(f.name for f in FIELDS if f.type in ("date", "timestamp"))


def _csv_column(data: pl.DataFrame, temporal: dict[str, list], f, excel: bool) -> pl.Series:
    """One column of a CSV file as text (None for an empty cell), from the Arrow data or, for dates and
    timestamps, from the projects' own Python values (``temporal``: written with the time zone as given)."""
    if f.type in ("date", "timestamp"):
        convert = cols.date_text if f.type == "date" else cols.timestamp_text
        return cols.text_series(f.name, cols.mapped(temporal[f.name], convert, f.type))
    s = data.get_column(f.name)
    if f.type == "float":
        text = cols.text_series(f.name, cols.mapped(s.to_list(), cols.float_text, "float"))
        return text.str.replace_all(".", ",", literal=True) if excel else text
    if f.type == "list[string]":
        return s.list.join(LIST_SEPARATOR)
    return s.cast(pl.Utf8)  # string; int as digits; bool as true/false


def csv_frame(projects: list[dict], excel: bool = False, table: pa.Table | None = None) -> pl.DataFrame:
    """Every cell of ``projects.csv`` (or, ``excel``, ``projects_excel.csv``) as text; None for an empty cell
    (``csv`` writes "" and None alike; polars would quote ""). ``table``: ``to_table(projects)`` if made."""
    table = table if table is not None else to_table(projects, "")
    data = pl.from_arrow(table.select([name for name in FIELD_NAMES if name not in _TEMPORAL]))
    temporal = cols.columns_of(projects, _TEMPORAL)
    frame = pl.DataFrame([_csv_column(data, temporal, f, excel) for f in FIELDS])
    exprs = []
    for f in FIELDS:
        e = pl.col(f.name)
        if excel and f.type in ("string", "list[string]", "date", "timestamp"):
            e = cols.neutralised(e)
        exprs.append(pl.when(e == "").then(None).otherwise(e).alias(f.name))
    return frame.select(exprs)


def _write_frame_csv(frame: pl.DataFrame, path: Path, separator: str, bom: bool) -> None:
    """RFC 4180 as Python's ``csv`` module writes it (QUOTE_MINIMAL, CRLF): the same bytes."""
    frame.write_csv(path, separator=separator, line_terminator="\r\n", quote_style="necessary", include_bom=bom)


def write_csv(projects: list[dict], path: Path, *, table: pa.Table | None = None) -> None:
    _write_frame_csv(csv_frame(projects, table=table), path, ",", bom=False)


def write_excel_csv(projects: list[dict], path: Path, *, table: pa.Table | None = None) -> None:
    _write_frame_csv(csv_frame(projects, excel=True, table=table), path, ";", bom=True)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def table_schema(decimal_comma: bool = False, table: Table = TABLES["projects"]) -> dict:
    """Frictionless Table Schema of a table, from its fields."""
    fields = []
    for f in table.fields:
        d = {"name": f.name, "type": _TABLE_SCHEMA_TYPES[f.type], "title": f.sv, "description": f.en}
        if f.type == "list[string]":
            d["description"] += f" (a list; in CSV the items are joined with '{LIST_SEPARATOR}')"
        if f.type == "float" and decimal_comma:
            d["decimalChar"] = ","
        constraints = {}
        if f.required:
            constraints["required"] = True
        if f.enum:
            constraints["enum"] = list(f.enum)
        if f.pattern:
            constraints["pattern"] = f.pattern
        if table.primary_key == (f.name,):
            constraints["unique"] = True
        if constraints:
            d["constraints"] = constraints
        fields.append(d)
    return {"fields": fields, "primaryKey": list(table.primary_key), "missingValues": [""]}


def _resource(release_dir: Path, spec: PublishedFile) -> dict:
    path = release_dir / spec.name
    res = {"name": spec.name.replace(".", "-").replace("_", "-"), "path": spec.name, "title": spec.sv,
           "description": spec.en, "format": spec.format, "mediatype": spec.mediatype,
           "bytes": path.stat().st_size, "hash": f"sha256:{sha256_of(path)}"}
    if spec.csv_table_schema:
        excel = spec.name.endswith("_excel.csv")
        res.update({"$schema": "https://datapackage.org/profiles/2.0/dataresource.json", "type": "table",
                    "encoding": "utf-8",  # the IANA name; readers skip the Excel file's BOM
                    "dialect": {"delimiter": ";" if excel else ",", "header": True},
                    "schema": table_schema(decimal_comma=excel, table=TABLES[spec.table])})
    else:
        # Frictionless reads Parquet, xlsx and SQLite as tables only with extra packages (pandas, openpyxl,
        # SQLAlchemy); as "file" resources it checks their size and hash.
        res["type"] = "file"
    return res


def datapackage(release_dir: Path, release: str, files: tuple[PublishedFile, ...] = FILES, *,
                created: dt.datetime | None = None, homepage: str = HOMEPAGE) -> dict:
    resources = [_resource(release_dir, spec) for spec in files
                 if spec.in_datapackage and (release_dir / spec.name).exists()]
    created = created or dt.datetime.now(dt.timezone.utc)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "socinv-sociala-investeringar",
        "id": f"{homepage}/datasets",
        "title": "Sociala investeringar i Sveriges kommuner och regioner",
        "description": "Projects funded as social investments (sociala investeringar) by Swedish municipalities "
                       "and regions, extracted from their web pages with the source page of every value.",
        "version": release,
        "created": created.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "licenses": [{"name": LICENSE_ID, "path": "https://creativecommons.org/publicdomain/zero/1.0/",
                      "title": "Creative Commons Zero v1.0 Universal"}],
        "keywords": ["sociala investeringar", "social investment", "kommun", "region", "Sverige", "open data"],
        "homepage": homepage,
        "contributors": [{"title": "socinv contributors", "path": homepage, "roles": ["creator"]}],
        "sources": [{"title": "Swedish municipal and regional websites; see source_url of each record"},
                    {"title": "SCB: Län och kommuner i kodnummerordning (kommunkod, länskod)"}],
        "resources": resources,
    }


def write_json(obj, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


def read_projects(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def read_rows(path: Path) -> list[dict]:
    """Rows of any Parquet file of a release; empty when the file does not exist (older releases)."""
    return pq.read_table(path).to_pylist() if Path(path).exists() else []
