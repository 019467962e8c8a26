"""Read a crawl's archive (WARC files + manifest) back as pages, streaming, one record at a time.

Memory stays flat in the number of pages: the manifest is read line by line and each page body is read
from its WARC offset when it is needed, never the whole archive at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
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
        return read_body(crawl_dir, self.manifest["warc_file"], self.manifest["warc_offset"], self.sha256)


def read_body(crawl_dir: Path, warc_file: str, offset: int, sha256: str | None = None) -> bytes:
    """The page archived at ``warc_file``:``offset``. With the ``sha256`` the manifest recorded, a body that does not
    match it (a WARC cut short by a crash or a full disk, a damaged member) raises ValueError instead of passing a
    part of the page on as the page."""
    base = Path(crawl_dir).resolve()
    path = (base / warc_file).resolve()
    if base not in path.parents:
        raise ValueError(f"manifest names a WARC file outside the crawl folder: {warc_file!r}")
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_headers.get_header("WARC-Target-URI") is None:
                raise ValueError(f"no archived page at {warc_file}:{offset} (not a WARC record of a page)")
            if record.rec_type == "request":
                raise ValueError(f"the record at {warc_file}:{offset} is a request, not a response: the page's body "
                                 f"is not archived")
            if record.rec_type == "revisit":
                body = _revisited_body(base, path, warc_file, offset, record)
            else:
                body = record.content_stream().read()
            if sha256 and hashlib.sha256(body).hexdigest() != sha256 and not _raw_matches(path, offset, sha256):
                raise ValueError(f"the page archived at {warc_file}:{offset} is damaged or cut short (its content "
                                 f"does not match the sha256 the manifest recorded)")
            return body
    raise ValueError(f"no WARC record at {warc_file}:{offset}")


def _revisited_body(base: Path, path: Path, warc_file: str, offset: int, record) -> bytes:
    """The body a WARC revisit record stands for (ISO 28500: a page archived without its body): the response it
    refers to (WARC-Refers-To, else the same target URI with the same payload digest or date), looked for in the
    crawl folder's WARC files. Not there (a 304 to a conditional request, whose body an earlier crawl holds):
    ValueError saying the page's body is not in this archive."""
    h = record.rec_headers
    target = h.get_header("WARC-Refers-To-Target-URI") or h.get_header("WARC-Target-URI")
    keys = [("id", h.get_header("WARC-Refers-To")),
            ("digest", target, h.get_header("WARC-Payload-Digest")),
            ("date", target, h.get_header("WARC-Refers-To-Date"))]
    keys = [k for k in keys if all(k)]
    files = [path] + sorted(p for p in base.rglob("*.warc*") if p.is_file() and p.resolve() != path)
    for f in files:
        index = _response_index(f)
        found = next((index[k] for k in keys if k in index), None)
        if found is not None:
            with open(f, "rb") as fh:
                fh.seek(found)
                for original in ArchiveIterator(fh):
                    return original.content_stream().read()
    profile = (h.get_header("WARC-Profile") or "").rstrip("/").rsplit("/", 1)[-1] or "revisit"
    when = h.get_header("WARC-Refers-To-Date")
    raise ValueError(f"the record at {warc_file}:{offset} is a revisit ({profile}) of a response"
                     f"{f' of {when}' if when else ''} that is not in this archive: the page's body is not in this "
                     f"crawl folder")


def _response_index(path: Path) -> dict[tuple, int]:
    """Offsets of the response and resource records of one WARC file, by record id, (URI, payload digest) and (URI,
    date): read once per file and state, for the revisit records that refer to them."""
    st = path.stat()
    return _response_index_of(str(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _response_index_of(path: str, _size: int, _mtime: int) -> dict[tuple, int]:
    index: dict[tuple, int] = {}
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                h = record.rec_headers
                at = records.get_record_offset()
                uri = h.get_header("WARC-Target-URI")
                for key in (("id", h.get_header("WARC-Record-ID")), ("digest", uri, h.get_header("WARC-Payload-Digest")),
                            ("date", uri, h.get_header("WARC-Date"))):
                    if all(key):
                        index.setdefault(key, at)
    except Exception:  # noqa: BLE001 - a damaged member ends the index there: what was read before it is kept
        pass
    return index


def _raw_matches(path: Path, offset: int, sha256: str) -> bool:
    """Whether the record's payload as the server encoded it (gzip, br) is what the manifest's sha256 is of: an
    archive written by another tool may record that instead of the decoded page."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            return hashlib.sha256(record.raw_stream.read()).hexdigest() == sha256
    return False


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
            except UnicodeDecodeError:
                # not UTF-8 (a line saved by another tool in Windows-1252): its addresses and offsets are ASCII,
                # so the line is read with its odd letters replaced rather than its page lost
                try:
                    entry = json.loads(line.decode("utf-8", "replace"))
                except ValueError:
                    skipped += 1
                    continue
            except ValueError:  # JSONDecodeError
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
