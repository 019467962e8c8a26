"""Write one release's files, every format derived from ``schemas.project``.

- ``projects.parquet``: the canonical file. zstd, explicit Arrow types, sorted by project_id, licence,
  schema version and release id in the file's key-value metadata.
- ``projects.csv``: RFC 4180, UTF-8 without BOM, comma, dot decimals; list cells joined with "; ".
- ``projects_excel.csv``: for Swedish Excel: semicolon, UTF-8 with BOM, CRLF, decimal comma, and text cells
  that a spreadsheet would run as a formula neutralised with a leading apostrophe.
- ``datapackage.json``: Frictionless Data Package v2 describing the CSV and Parquet files.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.project import FIELD_NAMES, FIELDS, LICENSE_ID, LICENSE_URL, SCHEMA_VERSION, arrow_schema

LIST_SEPARATOR = "; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TABLE_SCHEMA_TYPES = {"string": "string", "int": "integer", "float": "number", "date": "date",
                       "timestamp": "datetime", "bool": "boolean", "list[string]": "string"}


def to_table(projects: list[dict], release: str) -> pa.Table:
    columns = {name: [p.get(name) for p in projects] for name in FIELD_NAMES}
    meta = {"license": LICENSE_ID, "license_url": LICENSE_URL, "schema_version": SCHEMA_VERSION,
            "release": release, "dataset": "socinv: Swedish sociala investeringar",
            "list_columns_in_csv": f"joined with '{LIST_SEPARATOR}'"}
    return pa.table(columns, schema=arrow_schema(meta))


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", compression_level=6)


def _cell(value, ftype: str, excel: bool) -> str:
    if value is None:
        return ""
    if ftype == "list[string]":
        text = LIST_SEPARATOR.join(str(v) for v in value)
    elif ftype == "float":
        text = repr(float(value)).rstrip("0").rstrip(".") if float(value) != int(value) else str(int(value))
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
    """Excel/LibreOffice run a cell starting with = + - @ TAB CR as a formula; an apostrophe stops that."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_rows(projects: list[dict], excel: bool = False):
    yield list(FIELD_NAMES)
    for p in projects:
        yield [_cell(p.get(f.name), f.type, excel) for f in FIELDS]


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


def table_schema(decimal_comma: bool = False) -> dict:
    fields = []
    for f in FIELDS:
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
        if f.name == "project_id":
            constraints["unique"] = True
        if constraints:
            d["constraints"] = constraints
        fields.append(d)
    return {"fields": fields, "primaryKey": ["project_id"], "missingValues": [""]}


def datapackage(release_dir: Path, release: str, files: dict[str, str]) -> dict:
    resources = []
    for name, fmt in files.items():
        path = release_dir / name
        res = {"name": name.replace(".", "-").replace("_", "-"), "path": name, "format": fmt,
               "bytes": path.stat().st_size, "hash": f"sha256:{sha256_of(path)}"}
        if fmt == "csv":
            excel = name.endswith("_excel.csv")
            res.update(type="table", mediatype="text/csv", encoding="utf-8-sig" if excel else "utf-8",
                       dialect={"delimiter": ";" if excel else ",", "header": True},
                       schema=table_schema(decimal_comma=excel))
            res["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json"
        elif fmt == "parquet":
            res.update(mediatype="application/vnd.apache.parquet")
        resources.append(res)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "socinv-sociala-investeringar",
        "id": "https://github.com/socinv/socinv/datasets",
        "title": "Sociala investeringar i Sveriges kommuner och regioner",
        "description": "Projects funded as social investments (sociala investeringar) by Swedish municipalities "
                       "and regions, extracted from their web pages with the source page of every value.",
        "version": release,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "licenses": [{"name": LICENSE_ID, "path": "https://creativecommons.org/publicdomain/zero/1.0/",
                      "title": "Creative Commons Zero v1.0 Universal"}],
        "keywords": ["sociala investeringar", "social investment", "kommun", "region", "Sverige", "open data"],
        "homepage": "https://github.com/socinv/socinv",
        "sources": [{"title": "Swedish municipal and regional websites; see source_url of each record"},
                    {"title": "SCB: Län och kommuner i kodnummerordning (kommunkod, länskod)"}],
        "resources": resources,
    }


def write_json(obj, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


def read_projects(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()
