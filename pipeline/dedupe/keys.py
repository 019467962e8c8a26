"""Keys that identify records: content (exact duplicates), page + name (same-source duplicates), identity (ids).

- ``content_key``: every value of a record except provenance (which URL, when fetched, evidence, extractor
  version, page hash). Two records with equal content keys say exactly the same thing: exact duplicates.
- ``record_key``: ``<canonical source_url>#<title or title_derived>``, how a reviewer names one record in
  ``datasets/dedup_decisions.csv``.
- ``identity_key``: what a project's deterministic ``project_id`` is made from (publisher + normalised title, or,
  for an untitled project, publisher + period + places + partners). Unchanged from the first version, so ids
  published before stay the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from pipeline.dedupe.text import normalise
from pipeline.urls import canonical_url

# Per-page facts: not part of what a record says about its project.
PROVENANCE_FIELDS = frozenset({"source_url", "source_urls", "fetched_at", "evidence", "extractor_version",
                               "page_sha256", "source_id", "page_updated"})


def _freeze(v):
    if isinstance(v, list):
        return tuple(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def content_key(rec: dict) -> tuple:
    return tuple(sorted((k, _freeze(v)) for k, v in rec.items() if k not in PROVENANCE_FIELDS and v not in (None, [])))


def canonical(url: str | None) -> str:
    if not url:
        return ""
    if _CANONICAL_RE.fullmatch(url) and not url.endswith("/index.html"):
        return url  # canonical_url would return it unchanged
    return _canonical(url)


@functools.lru_cache(maxsize=1 << 16)
def _canonical(url: str) -> str:
    return canonical_url(url)


def record_name(rec: dict) -> str:
    return rec.get("title") or rec.get("title_derived") or ""


def record_key(rec: dict) -> str:
    """``<canonical url>#<normalised name>``: the form ``decisions.py`` compares record keys in."""
    return f"{canonical(rec.get('source_url'))}#{normalise(record_name(rec))}"


def _iso(v) -> str:
    if not v:
        return ""
    return v.isoformat() if isinstance(v, dt.date) else str(v)[:10]


def identity_key(rec: dict) -> str:
    """What makes two records the same project, before any fuzzy matching."""
    who = rec.get("publisher_code") or normalise(rec.get("publisher"))
    if rec.get("title"):
        return f"{who}|t|{normalise(rec['title'])}"
    start = _iso(rec.get("start_date"))
    end = _iso(rec.get("end_date"))
    partners = "+".join(sorted(normalise(p) for p in (rec.get("partners") or [])))
    munis = "+".join(sorted(rec.get("municipality_codes") or []))
    if start or partners:
        return f"{who}|p|{start}|{end}|{munis}|{partners}"
    return f"{who}|d|{normalise(rec.get('title_derived'))}|{normalise(rec.get('description'))[:200]}"


# A URL that canonical_url() would return unchanged: lower-case http(s), a plain host, a path of lower-case ASCII
# without a trailing slash (or just "/"), no "index.html", no query, no fragment. Checked column-wise, so only the
# other URLs pay for urlsplit.
_ALREADY_CANONICAL = r"^https?://[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?:/|(?:/[a-z0-9\-._~!$&'()*+,;=:@%/]*[a-z0-9\-._~!$&'()*+,;=:@%]))$"


_CANONICAL_RE = re.compile(_ALREADY_CANONICAL)


def canonical_many(urls: list[str | None]) -> list[str]:
    """``canonical(url)`` for many URLs at once (the same values; see tests/dedupe/test_keys.py)."""
    import polars as pl

    s = pl.Series(urls, dtype=pl.String).fill_null("")
    ok = (s.str.contains(_ALREADY_CANONICAL) & ~s.str.ends_with("/index.html")).to_list()
    return [u if fine else canonical(u) for u, fine in zip(s.to_list(), ok)]
