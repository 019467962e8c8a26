"""Record factories for deduplication tests, and the 42 records of the seed pages."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from schemas.project import BY_NAME, RECORD_FIELDS

_serial = itertools.count(1)

MUNICIPALITIES = {  # kommunkod -> (SCB short name, host)
    "1482": ("Kungälv", "www.kungalv.se"),
    "1481": ("Mölndal", "www.molndal.se"),
    "1480": ("Göteborg", "goteborg.se"),
    "0381": ("Enköping", "www.enkoping.se"),
    "2181": ("Sandviken", "sandviken.se"),
}


def D(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def record(title: str | None = None, *, code: str = "1482", url: str | None = None, **fields) -> dict:
    """A record as extract_page returns it, published by municipality ``code`` (or ``publisher_type="region"``
    with ``code`` a länskod), with ``fields`` overriding. Dates may be given as ISO strings."""
    rec = {f: [] if BY_NAME[f].type == "list[string]" else None for f in RECORD_FIELDS}
    n = next(_serial)
    if fields.get("publisher_type") == "region":
        rec.update(publisher="Västra Götalandsregionen", publisher_code=code, publisher_type="region",
                   municipality_codes=[], municipalities=[])
        host = "www.vgregion.se"
    else:
        name, host = MUNICIPALITIES[code]
        rec.update(publisher=name, publisher_code=code, publisher_type="kommun", municipality_codes=[code],
                   municipalities=[name])
    rec.update(title=title, extractor_version="0.1.0", evidence="{}", page_sha256=f"{n:064x}", source_id=code,
               fetched_at=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc), page_updated=dt.date(2025, 1, 1))
    rec["source_url"] = url or f"https://{host}/sociala-investeringar/projekt-{n}"
    for k, v in fields.items():
        if k in ("start_date", "end_date", "page_updated") and isinstance(v, str):
            v = D(v)
        rec[k] = v
    if "municipality_codes" in fields and "municipalities" not in fields:
        rec["municipalities"] = [MUNICIPALITIES.get(c, (c, ""))[0] for c in rec["municipality_codes"]]
    rec["source_urls"] = [rec["source_url"]]
    return rec


def region(title: str | None = None, codes: list[str] | None = None, **fields) -> dict:
    """An item on Västra Götalandsregionen's list (several projects on one page)."""
    fields.setdefault("url", "https://www.vgregion.se/sociala-investeringar/pagaende-sociala-investeringar/")
    return record(title, code="14", publisher_type="region", municipality_codes=codes or [], **fields)


def period(start: str, end: str | None, precision: str = "year") -> dict:
    out = {"start_date": D(start), "start_precision": precision}
    if end:
        out.update(end_date=D(end), end_precision=precision)
    return out


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    from fixture_cases import cases
    from pipeline.extract import extract_page

    out = []
    for case in cases():
        if not case.id.startswith("snapshot/"):
            continue
        for r in extract_page(case.page.read_bytes(), case.url):
            r["page_sha256"] = "0" * 64
            r["source_id"] = r.get("publisher_code") or "other"
            out.append(r)
    return out
