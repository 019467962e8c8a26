"""The pipeline's stages as plain functions over files, so each can be re-run alone and tested without Prefect.

crawl (WARC + manifest) → extract (records.parquet, one row per project per page) →
dedupe (projects.parquet) → publish (a release in datasets/).
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import itertools
import json
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.extract import EXTRACTOR_VERSION, check_not_binary, extract_page
from schemas.project import BY_NAME, RECORD_FIELDS, arrow_schema

log = logging.getLogger("socinv")


def record_schema() -> pa.Schema:
    full = arrow_schema()
    # nullable: a page of a host outside the registry (``socinv crawl URL``) has no publisher; the publish gates,
    # not this intermediate file, decide what a release must have
    return pa.schema([full.field(n).with_nullable(True) for n in RECORD_FIELDS] + [pa.field("page_sha256", pa.string()),
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
        body = read_body(Path(crawl_dir), warc_file, offset, sha256)
        check_not_binary(body, content_type)  # a PNG labelled text/html: a failure naming it, not no records
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


PageRef = tuple  # (crawl_dir, warc_file, url, offset, content_type, fetched_at iso | None, sha256 | None, source)


def iter_page_refs(crawl_dirs: Path | list[Path]) -> Iterator[PageRef]:
    """Every candidate page of one or more crawls as a small picklable tuple, streaming.

    Same pages and order as :func:`pipeline.archive.iter_pages` (each final URL once, the last fetch wins, in the
    order of first appearance), but only a 16-byte key and a file offset per page are held in memory: the manifest
    line of each page is read again, by offset, when its turn comes."""
    from pipeline.archive import _ts

    dirs = [Path(crawl_dirs)] if isinstance(crawl_dirs, (str, Path)) else [Path(d) for d in crawl_dirs]
    for d in dirs:
        path = d / "manifest.jsonl"
        if not path.exists():
            continue
        last: dict[bytes, int] = {}
        with open(path, "rb") as fh:
            offset = 0
            for line in fh:
                here, offset = offset, offset + len(line)
                entry = _manifest_entry(line)
                if entry is None or entry.get("kind") not in ("page", "pdf") or "warc_file" not in entry:
                    continue
                last[hashlib.blake2b(entry["final_url"].encode(), digest_size=16).digest()] = here
            for here in last.values():
                fh.seek(here)
                e = _manifest_entry(fh.readline())
                # candidate pages, and every archived PDF (linked from a topical page; text via extract.pdf)
                if e is None or not (e.get("kind") == "pdf" or (e.get("candidate") and e.get("kind") == "page")):
                    continue
                fetched = _ts(e.get("fetched_at"))
                yield (str(d), e["warc_file"], e["final_url"], e["warc_offset"], e.get("content_type", ""),
                       fetched.isoformat() if fetched else None, e.get("sha256"), e.get("source", ""))


def _manifest_entry(line: bytes) -> dict | None:
    line = line.strip()
    if not line:
        return None
    try:
        return json.loads(line)
    except ValueError:
        return None  # a line cut by a crash mid-write; the page will be fetched again on resume


def crawl_failures(crawl_dir: Path, limit: int = 500) -> list[dict]:
    """The requests of a crawl that failed (``kind: error`` in the manifest): source, URL and reason, at most
    ``limit`` of them (the counts per source are in ``crawl_stats.json``)."""
    from pipeline.archive import iter_manifest

    out = []
    for e in iter_manifest(Path(crawl_dir)):
        if e.get("kind") == "error":
            out.append({"source": e.get("source", ""), "url": e.get("url") or e.get("final_url", ""),
                        "error": str(e.get("error", ""))[:500]})
            if len(out) >= limit:
                break
    return out


def chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_pages(refs: list[PageRef], cache_dir: str | None = None) -> list[tuple[str, str, list[dict], str | None]]:
    """Extract a chunk of archived pages: ``[(source, url, records, error)]``, one per page, in order.

    A pure function of files (the WARC, the cache): it runs the same in this process, a process pool or on a Dask
    worker on another machine that sees the same ``work/`` folder. Records carry ``page_sha256`` and
    ``source_id``; a page that breaks the extractor gives its error instead (logged, with source and URL, by the
    :class:`RecordSink` that receives it, in the process that owns the run's log)."""
    out = []
    for ref in refs:
        crawl_dir, warc_file, url, offset, content_type, fetched_at, sha256, source = ref
        records, error = _extract_one((crawl_dir, warc_file, url, offset, content_type, fetched_at, sha256,
                                       cache_dir))
        for r in records:
            r["page_sha256"] = sha256
            r["source_id"] = source
        out.append((source, url, records, error))
    return out


class RecordSink:
    """The combine step of extraction: page results in, ``records.parquet`` out, streaming.

    Rows are written in batches with a ParquetWriter to a temporary file that replaces ``out`` on
    :meth:`close`, so memory is one batch whatever the number of pages, and a killed run leaves no half file."""

    def __init__(self, out: Path, batch_rows: int = 2000):
        self.result = ExtractResult(Path(out))
        self.schema = record_schema()
        self.batch_rows = batch_rows
        self._rows: list[dict] = []
        self.result.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.result.path.with_suffix(".tmp")
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")

    def add(self, page_results: Iterable[tuple[str, str, list[dict], str | None]]) -> None:
        res = self.result
        for source, url, records, error in page_results:
            stats = res.per_source.setdefault(source, {"pages": 0, "records": 0, "failures": 0})
            stats["pages"] += 1
            res.pages += 1
            if error:
                stats["failures"] += 1
                res.failures.append({"url": url, "source": source, "error": error})
                log.warning("extraction failed for %s (source %s): %s", url, source, error,
                            extra={"stage": "extract", "source": source, "url": url, "error": error})
                continue
            stats["records"] += len(records)
            res.records += len(records)
            self._rows.extend(records)
            if len(self._rows) >= self.batch_rows:
                self._flush()

    def _flush(self) -> None:
        if self._rows:
            names = self.schema.names
            self._writer.write_table(pa.Table.from_pylist([{n: r.get(n) for n in names} for r in self._rows],
                                                          schema=self.schema))
            self._rows = []

    def close(self) -> ExtractResult:
        self._flush()
        self._writer.close()
        self._tmp.replace(self.result.path)
        return self.result

    def abort(self) -> None:
        self._writer.close()
        self._tmp.unlink(missing_ok=True)


def extract_crawl(crawl_dirs: Path | list[Path], out: Path, *, workers: int | None = None,
                  cache_dir: Path | None = None, progress=None, chunk_size: int | None = None) -> ExtractResult:
    """Extract every candidate page of one or more crawls on all cores (``workers``, default the CPU count); a
    page that breaks the extractor is reported, not fatal. ``progress(done, total)`` is called as pages finish.

    Streaming: the manifest is read page by page, at most a few chunks of pages are in flight, and records go to
    ``records.parquet`` in batches, so memory stays flat in the number of pages."""
    dirs = [Path(crawl_dirs)] if isinstance(crawl_dirs, (str, Path)) else [Path(d) for d in crawl_dirs]
    total = sum(1 for _ in iter_page_refs(dirs)) if progress is not None else 0
    workers = workers if workers is not None else (os.cpu_count() or 1)
    cache = str(cache_dir) if cache_dir else None
    sink = RecordSink(out)
    done = 0
    refs = iter_page_refs(dirs)
    head = list(itertools.islice(refs, 9))
    refs = itertools.chain(head, refs)
    try:
        if workers > 1 and len(head) > 8:  # a handful of pages is not worth starting processes for
            size = chunk_size or 32
            ctx = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
                window: collections.deque = collections.deque()
                for chunk in chunked(refs, size):
                    window.append(pool.submit(extract_pages, chunk, cache))
                    if len(window) >= workers * 4:  # bounded: a few chunks per worker in flight, results in order
                        done = _take(window.popleft().result(), sink, done, total, progress)
                while window:
                    done = _take(window.popleft().result(), sink, done, total, progress)
        else:
            for chunk in chunked(refs, chunk_size or 32):
                done = _take(extract_pages(chunk, cache), sink, done, total, progress)
    except BaseException:
        sink.abort()
        raise
    return sink.close()


def _take(page_results: list, sink: RecordSink, done: int, total: int, progress) -> int:
    sink.add(page_results)
    done += len(page_results)
    if progress is not None:
        progress(done, max(total, done))
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
    from pipeline.dedupe.table import dedupe_table

    prev = read_projects(previous) if previous is not None and Path(previous).exists() else None
    result = dedupe_table(Path(records_path), previous=prev,
                          decisions=decisions if decisions and Path(decisions).exists() else None)
    source_schema = pa.schema([record_schema().field(n) if n in record_schema().names else pa.field(n, pa.string())
                               for n in ("project_id", "source_url", "source_id", "page_sha256", "fetched_at",
                                         "evidence", "extractor_version", "title")])
    for table, path in ((result.projects.select(project_schema().names).cast(project_schema()), out),
                        (result.sources.select(source_schema.names).cast(source_schema),
                         out.with_name("project_sources.parquet"))):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        pq.write_table(table, tmp, compression="zstd")
        tmp.replace(path)
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
