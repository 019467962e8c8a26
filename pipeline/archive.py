"""Read a crawl's archive (WARC files + manifest) back as pages, streaming, one record at a time.

Memory stays flat in the number of pages: the manifest is read line by line and each page body is read
from its WARC offset when it is needed, never the whole archive at once.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator


@dataclass
class ArchivedPage:
    url: str
    final_url: str
    source: str
    status: int | None
    content_type: str
    fetched_at: dt.datetime | None
    sha256: str | None
    kind: str
    candidate: bool
    manifest: dict

    def body(self, crawl_dir: Path) -> bytes:
        return read_body(crawl_dir, self.manifest["warc_file"], self.manifest["warc_offset"])


def read_body(crawl_dir: Path, warc_file: str, offset: int) -> bytes:
    base = Path(crawl_dir).resolve()
    path = (base / warc_file).resolve()
    if base not in path.parents:
        raise ValueError(f"manifest names a WARC file outside the crawl folder: {warc_file!r}")
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            return record.content_stream().read()
    raise ValueError(f"no WARC record at {warc_file}:{offset}")


def _ts(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def iter_manifest(crawl_dir: Path) -> Iterator[dict]:
    path = Path(crawl_dir) / "manifest.jsonl"
    if not path.exists():
        return
    skipped = 0
    with open(path, "rb") as fh:  # bytes: a damaged line (not UTF-8, binary) is one bad line, not a failed run
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                entry = json.loads(line)
            except ValueError:  # JSONDecodeError, UnicodeDecodeError
                skipped += 1  # a line cut by a crash mid-write (fetched again on resume), or damaged on disk
                continue
            if isinstance(entry, dict):
                yield entry
            else:
                skipped += 1
    if skipped:
        logging.getLogger("socinv").warning("%s: %d unreadable line(s) skipped (cut by a crash or damaged)",
                                            path, skipped)


def iter_pages(crawl_dir: Path, candidates_only: bool = True) -> Iterator[ArchivedPage]:
    """Pages of a crawl, each final URL once (the last fetch wins after a resumed crawl)."""
    latest: dict[str, dict] = {}
    for entry in iter_manifest(crawl_dir):
        if entry.get("kind") not in ("page", "pdf") or "warc_file" not in entry:
            continue
        latest[entry["final_url"]] = entry
    for entry in latest.values():
        if candidates_only and not entry.get("candidate"):
            continue
        yield ArchivedPage(
            url=entry["url"], final_url=entry["final_url"], source=entry.get("source", ""),
            status=entry.get("status"), content_type=entry.get("content_type", ""),
            fetched_at=_ts(entry.get("fetched_at")), sha256=entry.get("sha256"), kind=entry["kind"],
            candidate=bool(entry.get("candidate")), manifest=entry,
        )
