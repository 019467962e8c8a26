"""Reference data: the 290 Swedish municipalities (kommuner) and 21 regions.

The data lives in ``schemas/reference/municipalities.csv`` and ``schemas/reference/regions.csv``
(byte-for-byte copies of ``shared/reference``; see its README for provenance). All codes are
zero-padded strings: kommunkod has 4 digits, länskod 2 digits, and every kommunkod starts with its
länskod.

Names follow SCB: municipalities use the SCB *short* name (``Kungälv``, ``Upplands Väsby``), never a
generated long name (the official long forms vary: ``Kungälvs kommun``, ``Malmö stad``, ``Göteborgs
Stad``, ``Region Gotland``). Regions use the official name of the regional authority
(``Västra Götalandsregionen``, ``Region Skåne``).

Region Gotland is both a municipality (kommunkod 0980) and a region (länskod 09) and both rows share
the host ``gotland.se``. ``organisation_for_host("gotland.se")`` returns the municipality (0980):
the kommunkod is the more specific code and the region can always be derived from its ``lanskod``.
``by_code("09")`` still returns the region.

A few extra hosts (former or e-mail domains such as ``stockholm.se`` and ``sll.se``) come from
``pipeline/swedish/data/host_aliases.csv``; each row names the code it belongs to and why.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from typing import Literal
from urllib.parse import urlsplit

__all__ = [
    "Organisation",
    "by_code",
    "county_names",
    "extra_hosts",
    "municipalities",
    "organisation_for_host",
    "regions",
]


@dataclass(frozen=True)
class Organisation:
    code: str  # kommunkod (4 digits) for kind "kommun", länskod (2 digits) for "region"
    name: str  # SCB short name for kommuner ("Kungälv"), official name for regions
    kind: Literal["kommun", "region"]
    lanskod: str
    website: str  # bare host, e.g. "kungalv.se"


def _read_csv(package: str, *parts: str) -> list[dict[str, str]]:
    resource = resources.files(package)
    for part in parts:
        resource = resource.joinpath(part)
    text = resource.read_text(encoding="utf-8")
    rows: list[dict[str, str]] = []
    for row in csv.DictReader(io.StringIO(text)):
        if not row or not any((v or "").strip() for v in row.values()):
            continue
        rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return rows


@functools.cache
def municipalities() -> tuple[Organisation, ...]:
    """All 290 municipalities in kommunkod order."""
    rows = _read_csv("schemas", "reference", "municipalities.csv")
    out = [
        Organisation(
            code=r["kommunkod"],
            name=r["kommun"],
            kind="kommun",
            lanskod=r["lanskod"],
            website=r["website"].lower(),
        )
        for r in rows
    ]
    return tuple(sorted(out, key=lambda o: o.code))


@functools.cache
def regions() -> tuple[Organisation, ...]:
    """All 21 regions (regional authorities) in länskod order."""
    rows = _read_csv("schemas", "reference", "regions.csv")
    out = [
        Organisation(
            code=r["lanskod"],
            name=r["region"],
            kind="region",
            lanskod=r["lanskod"],
            website=r["website"].lower(),
        )
        for r in rows
    ]
    return tuple(sorted(out, key=lambda o: o.code))


@functools.cache
def county_names() -> dict[str, str]:
    """länskod -> county name as written by SCB (``"14" -> "Västra Götalands län"``)."""
    rows = _read_csv("schemas", "reference", "municipalities.csv")
    return {r["lanskod"]: r["lan"] for r in rows}


@functools.cache
def _code_index() -> dict[str, Organisation]:
    index: dict[str, Organisation] = {}
    for org in municipalities():
        index[org.code] = org
    for org in regions():
        index[org.code] = org
    return index


def by_code(code: str) -> Organisation | None:
    """Look up a kommunkod (4 digits) or länskod (2 digits). ``"1482"`` -> Kungälv, ``"14"`` -> VGR.

    Surrounding whitespace is ignored and Kolada-style region ids (``"0014"``) are *not* accepted,
    because ``"0014"`` is not a valid kommunkod and guessing would hide data errors.
    """
    if not isinstance(code, str):
        return None
    return _code_index().get(code.strip())


@functools.cache
def extra_hosts() -> dict[str, str]:
    """Additional host -> code entries from ``pipeline/swedish/data/host_aliases.csv``."""
    try:
        rows = _read_csv("pipeline.swedish", "data", "host_aliases.csv")
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover - data file is shipped
        return {}
    return {r["host"].lower(): r["code"] for r in rows if r.get("host") and r.get("code")}


@functools.cache
def _host_index() -> tuple[tuple[str, Organisation], ...]:
    """(registered domain, organisation), longest domain first.

    Municipalities are added before regions so that on an exact tie (only ``gotland.se``) the
    municipality wins; ``sorted`` is stable.
    """
    entries: dict[str, Organisation] = {}
    for org in municipalities():
        entries.setdefault(org.website, org)
    for org in regions():
        entries.setdefault(org.website, org)
    index = _code_index()
    for host, code in extra_hosts().items():
        org = index.get(code)
        if org is not None:
            entries.setdefault(host, org)
    return tuple(sorted(entries.items(), key=lambda kv: -len(kv[0])))


def _normalise_host(host: str) -> str:
    h = host.strip().lower()
    if not h:
        return ""
    if "://" in h or h.startswith("//"):
        try:
            h = urlsplit(h if "://" in h else "http:" + h).hostname or ""
        except ValueError:
            return ""
    else:
        h = h.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        if "@" in h:
            h = h.rsplit("@", 1)[1]
        if h.count(":") == 1:
            h = h.split(":", 1)[0]
    return h.strip().rstrip(".")


def organisation_for_host(host: str) -> Organisation | None:
    """Map a host name (or URL) to the municipality or region that owns it.

    Case, a trailing dot, a port, a scheme and a path are ignored. Subdomains match their registered
    domain (``utveckling.skane.se`` -> Region Skåne) and the longest matching registered domain
    wins (``kommun.varnamo.se`` is Värnamo's). ``gotland.se`` -> municipality 0980 (Region Gotland
    is both; see module docstring). Unknown hosts -> ``None``.
    """
    if not isinstance(host, str):
        return None
    h = _normalise_host(host)
    if not h:
        return None
    # The longest registered domain that is ``h`` or follows a dot in it: the first of those suffixes, longest
    # first, that the index holds (the same as trying the index longest domain first, without a loop over it).
    domains = _host_dict()
    org = domains.get(h)
    if org is not None:
        return org
    i = h.find(".")
    while i >= 0:
        org = domains.get(h[i + 1:])
        if org is not None:
            return org
        i = h.find(".", i + 1)
    return None


@functools.cache
def _host_dict() -> dict[str, Organisation]:
    """``_host_index`` as a dict (a domain is in it once)."""
    return dict(_host_index())
