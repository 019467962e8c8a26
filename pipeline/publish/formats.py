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

import csv
import datetime as dt
import hashlib
import json
import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.files import FILES, PublishedFile
from schemas.project import FIELD_NAMES, FIELDS, LICENSE_ID, LICENSE_URL, SCHEMA_VERSION, arrow_schema
from schemas.tables import TABLES, Table, arrow_schema_of

LIST_SEPARATOR = "; "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATASET_TITLE = "socinv: Swedish sociala investeringar"
HOMEPAGE = "https://github.com/socinv/socinv"
_TABLE_SCHEMA_TYPES = {"string": "string", "int": "integer", "float": "number", "date": "date",
                       "timestamp": "datetime", "bool": "boolean", "list[string]": "string"}


def file_metadata(release: str, **more: str) -> dict[str, str]:
    """Key-value metadata written into every Parquet file of a release."""
    return {"license": LICENSE_ID, "license_url": LICENSE_URL, "schema_version": SCHEMA_VERSION,
            "release": release, "dataset": DATASET_TITLE, "homepage": HOMEPAGE, **more}


def to_table(projects: list[dict], release: str) -> pa.Table:
    columns = {name: [p.get(name) for p in projects] for name in FIELD_NAMES}
    meta = file_metadata(release, list_columns_in_csv=f"joined with '{LIST_SEPARATOR}'")
    return pa.table(columns, schema=arrow_schema(meta))


def table_of(table: Table, rows: list[dict], release: str, **meta: str) -> pa.Table:
    """An Arrow table of ``rows`` with the explicit schema of ``table`` (rows in the order given)."""
    schema = arrow_schema_of(table, file_metadata(release, table=table.name, **meta))
    return pa.table({name: [r.get(name) for r in rows] for name in schema.names}, schema=schema)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", compression_level=6)


def _cell(value, ftype: str, excel: bool) -> str:
    if value is None:
        return ""
    if ftype == "list[string]":
        text = LIST_SEPARATOR.join(str(v) for v in value)
    elif ftype == "float":
        value = float(value)
        if not math.isfinite(value):
            return ""
        text = repr(value).rstrip("0").rstrip(".") if value != int(value) else str(int(value))
        if excel:
            text = text.replace(".", ",")
        return text
    elif ftype in ("int",):
        return str(int(value))
    elif ftype == "bool":
        return "true" if value else "false"
    elif ftype == "timestamp":
        text = value.isoformat().replace("+00:00", "Z") if isinstance(value, dt.datetime) else str(value)
    elif ftype == "date":
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
    else:
        text = str(value)
    if excel:
        text = neutralise_formula(text)
    return text


def neutralise_formula(text: str) -> str:
    """Excel/LibreOffice run a cell starting with = + - @ TAB CR as a formula; an apostrophe stops that.

    Only for text cells of the Excel-bound files; numbers (which may be negative) are never passed here, and
    Parquet and the machine CSV keep the original text.
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def _converter(ftype: str, excel: bool):
    """``_cell`` for one column type, with the common cases (text, lists) inlined: same output, less work."""
    if ftype == "string":
        if excel:
            return lambda v: "" if v is None else neutralise_formula(str(v))
        return lambda v: "" if v is None else str(v)
    if ftype == "list[string]":
        sep = LIST_SEPARATOR
        if excel:
            return lambda v: "" if v is None else neutralise_formula(sep.join([str(x) for x in v]))
        return lambda v: "" if v is None else sep.join([str(x) for x in v])
    if ftype == "int":
        return lambda v: "" if v is None else str(int(v))
    if ftype == "bool":
        return lambda v: "" if v is None else ("true" if v else "false")
    if ftype == "date":
        def date_cell(v):
            if v is None:
                return ""
            text = v.isoformat() if isinstance(v, dt.date) else str(v)
            return neutralise_formula(text) if excel else text
        return date_cell
    return lambda v: _cell(v, ftype, excel)


def csv_rows(projects: list[dict], excel: bool = False):
    yield list(FIELD_NAMES)
    columns = [(f.name, _converter(f.type, excel)) for f in FIELDS]
    for p in projects:
        get = p.get
        yield [conv(get(name)) for name, conv in columns]


def write_csv(projects: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerows(csv_rows(projects))


def write_excel_csv(projects: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerows(csv_rows(projects, excel=True))


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
