"""Who publishes a page: the organisation that owns the URL's host.

Municipalities and regions come from the SCB reference list; joint bodies that are neither (for example
Vårdsamverkan Fyrbodal) come from ``schemas/reference/other_publishers.csv`` and have no code.
"""

from __future__ import annotations

import csv
import functools
import re
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


# The words that make a site name an organisation's rather than a project's or a campaign's: joint bodies
# (samordningsförbund, kommunalförbund, vårdsamverkan, FINSAM) have hosts no registry lists.
_JOINT_BODY = re.compile(r"förbund|samverkan|\bfinsam\b", re.I)
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|\s*\|\s*")


def _site_names(meta: dict[str, str]) -> list[tuple[str, str]]:
    """What the page says its site is, with where it says so: og:site_name, application-name, then the
    <title>'s last and first parts."""
    names = [(meta.get("og:site_name"), "og:site_name"), (meta.get("application-name"), "application-name")]
    title = meta.get("html_title") or ""
    parts = [p for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) > 1:
        names += [(parts[-1], "<title>"), (parts[0], "<title>")]
    return [(" ".join(n.split()), f"{where}: {title if where == '<title>' else n}") for n, where in names
            if n and n.strip()]


def publisher_named_on_page(meta: dict[str, str]) -> tuple[Publisher, str] | None:
    """The publisher as the page names its own site, for a host that neither registry knows.

    A municipality or region written in full ("Falu kommun", "Region Gotland") is that organisation, with its code;
    a joint body ("Samordningsförbundet Västra Mälardalen") is an 'other' publisher with no code. Anything else (a
    project's or campaign's own site name) names no organisation: None, as before. With the publisher comes the
    evidence: where the page names it.
    """
    from pipeline.swedish.orgs import find_municipalities
    from pipeline.swedish.reference import by_code, regions

    region_names = {r.name.casefold(): r for r in regions()}
    for name, evidence in _site_names(meta):
        if len(name) > 80:
            continue
        if _JOINT_BODY.search(name):
            return Publisher(name, None, "other"), evidence
        region = region_names.get(name.casefold())
        if region is not None:
            return Publisher(region.name, region.code, "region"), evidence
        places = find_municipalities(name)
        if len(places) == 1 and places[0].text == name and re.search(r"(?:kommun|stad)$|^Region\s", name):
            org = by_code(places[0].code)
            if org is not None:
                return Publisher(org.name, org.code, org.kind), evidence
    return None
