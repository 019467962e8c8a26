"""Who publishes a page: the organisation that owns the URL's host.

Municipalities and regions come from the SCB reference list; joint bodies that are neither (for example
Vårdsamverkan Fyrbodal) come from ``schemas/reference/other_publishers.csv`` and have no code.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.extract.fields import Publisher
from pipeline.swedish.reference import organisation_for_host
from pipeline.urls import same_site

_OTHERS = Path(__file__).resolve().parents[2] / "schemas" / "reference" / "other_publishers.csv"


@functools.cache
def _others() -> tuple[tuple[str, Publisher], ...]:
    with open(_OTHERS, encoding="utf-8", newline="") as fh:
        return tuple((row["host"], Publisher(row["name"], None, row["type"])) for row in csv.DictReader(fh))


def publisher_for_url(url: str) -> Publisher | None:
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    return _publisher_for_host(host)


@functools.lru_cache(maxsize=4096)
def _publisher_for_host(host: str) -> Publisher | None:
    """Cached per host: a crawl reads many pages of each site."""
    for domain, pub in _others():
        if same_site(host, domain):
            return pub
    org = organisation_for_host(host)
    if org is None:
        return None
    return Publisher(org.name, org.code, org.kind)
