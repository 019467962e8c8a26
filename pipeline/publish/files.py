"""Every file a release publishes, once: name, format, media type, and where it is described.

``datapackage.json`` and ``catalog.rdf`` are generated from this list; ``SHA256SUMS`` covers every file of the
release whether listed here or not.
"""

from __future__ import annotations

from dataclasses import dataclass

XLSX_MEDIATYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class PublishedFile:
    name: str
    format: str  # Frictionless "format"
    mediatype: str  # IANA media type
    eu_filetype: str | None  # code in the EU file-type authority table, when it has one
    table: str | None  # the schemas.tables table the file holds
    sv: str
    en: str
    csv_table_schema: bool = False  # described in datapackage.json with a Table Schema (validated row by row)
    in_datapackage: bool = True
    in_catalog: bool = True


FILES: tuple[PublishedFile, ...] = (
    PublishedFile("projects.parquet", "parquet", "application/vnd.apache.parquet", "PARQUET", "projects",
                  "Projekten som Parquet (typade kolumner, zstd).", "The projects as Parquet (typed columns, zstd)."),
    PublishedFile("projects.csv", "csv", "text/csv", "CSV", "projects",
                  "Projekten som CSV (RFC 4180, UTF-8, kommatecken).", "The projects as CSV (RFC 4180, UTF-8, comma).",
                  csv_table_schema=True),
    PublishedFile("projects_excel.csv", "csv", "text/csv", "CSV", "projects",
                  "Projekten som CSV för svenskt Excel (semikolon, UTF-8 med BOM, decimalkomma).",
                  "The projects as CSV for Swedish Excel (semicolon, UTF-8 with BOM, decimal comma).",
                  csv_table_schema=True),
    PublishedFile("projects.xlsx", "xlsx", XLSX_MEDIATYPE, "XLSX", "projects",
                  "Projekten som Excel-arbetsbok, med en flik som beskriver kolumnerna.",
                  "The projects as an Excel workbook, with a sheet describing the columns."),
    PublishedFile("projects.sqlite", "sqlite", "application/vnd.sqlite3", None, "projects",
                  "Projekt, källor och täckning som SQLite med fritextsökning (redo för Datasette).",
                  "Projects, sources and coverage as SQLite with full-text search (ready for Datasette)."),
    PublishedFile("sources.parquet", "parquet", "application/vnd.apache.parquet", "PARQUET", "sources",
                  "En rad per projekt och sida det beskrivs på, med textbelägg.",
                  "One row per project and page describing it, with evidence."),
    PublishedFile("coverage.parquet", "parquet", "application/vnd.apache.parquet", "PARQUET", "coverage",
                  "En rad per kommun, region och annan utgivare: genomsökt när, vad som hittades.",
                  "One row per municipality, region and other publisher: crawled when, what was found."),
    PublishedFile("changes.parquet", "parquet", "application/vnd.apache.parquet", "PARQUET", "changes",
                  "Projekt som lagts till, ändrats eller försvunnit, för varje release.",
                  "Projects added, changed or removed, for every release."),
    PublishedFile("datapackage.json", "json", "application/json", "JSON", None,
                  "Frictionless Data Package som beskriver filerna.", "Frictionless Data Package describing the files.",
                  in_datapackage=False),
)
BY_FILE = {f.name: f for f in FILES}
