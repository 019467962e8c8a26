"""The pipeline's stages as plain functions over files, so each can be re-run alone and tested without Prefect.

crawl (WARC + manifest) → extract (records.parquet, one row per project per page) →
dedupe (projects.parquet) → publish (a release in datasets/).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.archive import iter_pages
from pipeline.dedupe import dedupe
from pipeline.extract import EXTRACTOR_VERSION, extract_page
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


def _extract_one(job: tuple[str, str, str, int, str, str | None, str | None, str]) -> tuple[list[dict], str | None]:
    """Worker: extract one archived page (runs in a separate process). Returns (records, error)."""
    crawl_dir, warc_file, url, offset, content_type, fetched_at, sha256, cache_dir = job
    cache_path = _cache_path(Path(cache_dir), sha256, url) if cache_dir and sha256 else None
    if cache_path is not None and cache_path.exists():
        try:
            return json.loads(cache_path.read_text(encoding="utf-8"), object_hook=_revive), None
        except (OSError, ValueError):
            pass  # a damaged cache entry is simply recomputed
    from pipeline.archive import read_body

    try:
        body = read_body(Path(crawl_dir), warc_file, offset)
        records = extract_page(body, url, content_type,
                               fetched_at=dt.datetime.fromisoformat(fetched_at) if fetched_at else None)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the run
        return [], f"{type(exc).__name__}: {exc}"[:500]
    if cache_path is not None:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(records, ensure_ascii=False, default=_jsonable), encoding="utf-8")
        tmp.replace(cache_path)
    return records, None


def _cache_path(cache_dir: Path, sha256: str, url: str) -> Path:
    """Extraction results keyed by (page content, URL, extractor version): an unchanged page is never re-read."""
    key = hashlib.sha256(f"{sha256}|{url}".encode()).hexdigest()
    return cache_dir / EXTRACTOR_VERSION / key[:2] / f"{key}.json"


def _jsonable(v):
    if isinstance(v, dt.datetime):
        return {"__dt__": v.isoformat()}
    if isinstance(v, dt.date):
        return {"__d__": v.isoformat()}
    raise TypeError(type(v))


def _revive(obj):
    if "__dt__" in obj:
        return dt.datetime.fromisoformat(obj["__dt__"])
    if "__d__" in obj:
        return dt.date.fromisoformat(obj["__d__"])
    return obj


def extract_crawl(crawl_dirs: Path | list[Path], out: Path, *, workers: int | None = None,
                  cache_dir: Path | None = None, progress=None) -> ExtractResult:
    """Extract every candidate page of one or more crawls, in parallel processes; a page that breaks the
    extractor is reported, not fatal. ``progress(done, total)`` is called as pages finish."""
    dirs = [Path(crawl_dirs)] if isinstance(crawl_dirs, (str, Path)) else [Path(d) for d in crawl_dirs]
    located = [(d, p) for d in dirs for p in iter_pages(d) if p.kind == "page"]
    pages = [p for _, p in located]
    result = ExtractResult(out)
    jobs = [(str(d), p.manifest["warc_file"], p.final_url, p.manifest["warc_offset"], p.content_type,
             p.fetched_at.isoformat() if p.fetched_at else None, p.sha256, str(cache_dir) if cache_dir else None)
            for d, p in located]
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(jobs) > 8:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            outputs = pool.map(_extract_one, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
            outcomes = _with_progress(outputs, len(jobs), progress)
    else:
        outcomes = _with_progress(map(_extract_one, jobs), len(jobs), progress)
    rows: list[dict] = []
    for page, (records, error) in zip(pages, outcomes):
        stats = result.per_source.setdefault(page.source, {"pages": 0, "records": 0, "failures": 0})
        stats["pages"] += 1
        result.pages += 1
        if error:
            stats["failures"] += 1
            result.failures.append({"url": page.final_url, "source": page.source, "error": error})
            log.warning("extraction failed for %s (source %s): %s", page.final_url, page.source, error)
            continue
        for r in records:
            r["page_sha256"] = page.sha256
            r["source_id"] = page.source
        rows.extend(records)
        stats["records"] += len(records)
    result.records = len(rows)
    write_rows(rows, record_schema(), out)
    return result


def _with_progress(outcomes, total: int, progress) -> list:
    done = []
    for item in outcomes:
        done.append(item)
        if progress is not None:
            progress(len(done), total)
    return done


def write_rows(rows: list[dict], schema: pa.Schema, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([{n: r.get(n) for n in schema.names} for r in rows], schema=schema)
    tmp = out.with_suffix(".tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(out)


def dedupe_records(records_path: Path, out: Path, *, previous: Path | None = None,
                   decisions: Path | None = None) -> dict:
    """Projects from records; ids carry over from the previous release, reviewed decisions override the matcher.

    Writes ``out`` (projects) and ``project_sources.parquet`` beside it (one row per project × page)."""
    records = pq.read_table(records_path).to_pylist()
    prev = read_projects(previous) if previous is not None and Path(previous).exists() else None
    result = dedupe(records, previous=prev, decisions=decisions if decisions and Path(decisions).exists() else None)
    projects = [dict(p) for p in result.projects]
    for p in projects:
        p["conflicts"] = json.dumps(p["conflicts"], ensure_ascii=False) if p.get("conflicts") else None
    write_rows(projects, project_schema(), out)
    source_schema = pa.schema([record_schema().field(n) if n in record_schema().names else pa.field(n, pa.string())
                               for n in ("project_id", "source_url", "source_id", "page_sha256", "fetched_at",
                                         "evidence", "extractor_version", "title")])
    write_rows(result.sources, source_schema, out.with_name("project_sources.parquet"))
    return result.stats


def read_rows(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


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
