"""The pipeline's stages as plain functions over files, so each can be re-run alone and tested without Prefect.

crawl (WARC + manifest) → extract (records.parquet, one row per project per page) →
dedupe (projects.parquet) → publish (a release in datasets/).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.archive import iter_pages
from pipeline.dedupe import dedupe
from pipeline.extract import extract_page
from schemas.project import BY_NAME, RECORD_FIELDS, arrow_schema

log = logging.getLogger("socinv")


def record_schema() -> pa.Schema:
    full = arrow_schema()
    return pa.schema([full.field(n) for n in RECORD_FIELDS] + [pa.field("page_sha256", pa.string()),
                                                               pa.field("source_id", pa.string())])


def project_schema() -> pa.Schema:
    full = arrow_schema()
    names = ["project_id"] + list(RECORD_FIELDS)
    return pa.schema([full.field(n) for n in names] + [pa.field("conflicts", pa.string())])


@dataclass
class ExtractResult:
    path: Path
    pages: int = 0
    records: int = 0
    failures: list[dict] = field(default_factory=list)
    per_source: dict[str, dict] = field(default_factory=dict)


def extract_crawl(crawl_dir: Path, out: Path) -> ExtractResult:
    """Extract every candidate page of a crawl; a page that breaks the extractor is reported, not fatal."""
    rows: list[dict] = []
    result = ExtractResult(out)
    for page in iter_pages(crawl_dir):
        if page.kind != "page":
            continue
        stats = result.per_source.setdefault(page.source, {"pages": 0, "records": 0, "failures": 0})
        stats["pages"] += 1
        result.pages += 1
        try:
            body = page.body(crawl_dir)
            records = extract_page(body, page.final_url, page.content_type, fetched_at=page.fetched_at)
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the run
            stats["failures"] += 1
            result.failures.append({"url": page.final_url, "source": page.source,
                                    "error": f"{type(exc).__name__}: {exc}"[:500]})
            log.warning("extraction failed for %s: %s", page.final_url, exc)
            continue
        for r in records:
            r["page_sha256"] = page.sha256
            r["source_id"] = page.source
        rows.extend(records)
        stats["records"] += len(records)
    result.records = len(rows)
    write_rows(rows, record_schema(), out)
    return result


def write_rows(rows: list[dict], schema: pa.Schema, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([{n: r.get(n) for n in schema.names} for r in rows], schema=schema)
    tmp = out.with_suffix(".tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(out)


def dedupe_records(records_path: Path, out: Path) -> dict:
    records = pq.read_table(records_path).to_pylist()
    projects, stats = dedupe(records)
    for p in projects:
        p["conflicts"] = json.dumps(p.pop("_conflicts", {}), ensure_ascii=False) if p.get("_conflicts") else None
    write_rows(projects, project_schema(), out)
    return stats


def read_projects(path: Path) -> list[dict]:
    rows = pq.read_table(path).to_pylist()
    for r in rows:
        r.pop("conflicts", None)
        for k in list(r):
            if k not in BY_NAME:
                r.pop(k)
    return rows


def run_id(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
