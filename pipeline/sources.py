"""The source registry: every organisation we crawl, as data.

Built from the SCB reference list (290 municipalities, 21 regions) and the list of other publishers,
plus an optional ``crawlers/sources/<id>.toml`` per source where a source needs more than its host.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.swedish.reference import municipalities, regions
from pipeline.urls import same_site

ROOT = Path(__file__).resolve().parents[1]
META_DIR = ROOT / "crawlers" / "sources"
OTHERS = ROOT / "schemas" / "reference" / "other_publishers.csv"
_KEYS = {"start_urls": list, "extra_domains": list, "extra_paths": list, "pages": list, "expected_min_projects": int,
         "enabled": bool, "caveats": str, "name": str, "parser": str}
_PARSER = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_HOST = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass
class Source:
    id: str
    name: str
    kind: str  # kommun | region | other
    code: str | None
    lanskod: str | None
    domains: list[str]
    start_urls: list[str]
    pages: list[str] = field(default_factory=list)
    expected_min_projects: int = 0
    enabled: bool = True
    caveats: str = ""
    extra_paths: list[str] = field(default_factory=list)  # more places to start discovery, on the main host
    parser: str = ""  # a site-specific extraction parser, by name (for extraction; the crawler ignores it)

    def to_spider(self) -> dict:
        start = list(self.start_urls)
        root = start[0].split("/", 3)[:3] if start else ["https:", "", self.domains[0]]
        start += ["/".join(root) + p for p in self.extra_paths]
        return {"id": self.id, "name": self.name, "domains": self.domains, "start_urls": start,
                "pages": self.pages}

    def as_dict(self) -> dict:
        return asdict(self)


def _slug(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _base_sources() -> list[Source]:
    out = []
    for m in municipalities():
        out.append(Source(m.code, m.name, "kommun", m.code, m.lanskod, [m.website], [f"https://{m.website}/"]))
    for r in regions():
        if r.website in {m.website for m in municipalities()}:
            continue  # Region Gotland shares gotland.se with the municipality; crawled once, as 0980
        out.append(Source(f"region-{r.code}", r.name, "region", r.code, r.lanskod, [r.website],
                          [f"https://{r.website}/"]))
    with open(OTHERS, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.append(Source(_slug(row["name"]), row["name"], row["type"], None, None, [row["host"]],
                              [f"https://{row['host']}/"]))
    return out


class SourceConfigError(ValueError):
    """A source metadata file or a selection of sources that cannot be used: the message names the file or spec."""


def load_meta(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SourceConfigError(f"crawlers/sources/{Path(path).name}: not valid TOML: {exc}") from None


def registry() -> dict[str, Source]:
    sources = {s.id: s for s in _base_sources()}
    for path in sorted(META_DIR.glob("*.toml")):
        src = sources.get(path.stem)
        if src is None:
            continue  # reported by check()
        meta = load_meta(path)
        for key, value in meta.items():
            if key == "extra_domains":
                src.domains = src.domains + list(value)
            elif key in _KEYS:
                setattr(src, key, value)
    return sources


def _check_others() -> list[str]:
    """Problems in schemas/reference/other_publishers.csv: each row a host, a name and a kind, no host twice."""
    where = "schemas/reference/other_publishers.csv"
    problems, hosts = [], set()
    try:
        with open(OTHERS, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                host, name, kind = (row.get("host") or "").strip(), (row.get("name") or "").strip(), row.get("type")
                if not host or not _HOST.match(host):
                    problems.append(f"{where}:{n}: not a host name: {host!r}")
                if not name:
                    problems.append(f"{where}:{n}: the name is empty")
                if kind not in ("other", "kommun", "region"):
                    problems.append(f"{where}:{n}: type must be 'other', not {kind!r}")
                if host in hosts:
                    problems.append(f"{where}:{n}: host {host} is listed twice")
                hosts.add(host)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(f"{where}: cannot be read: {exc}")
    return problems


def check() -> list[str]:
    """Problems in the registry and its metadata files; empty when all is well."""
    problems = _check_others()
    if problems:
        return problems  # the registry is built from that file: nothing further can be checked
    base = {s.id: s for s in _base_sources()}
    if sum(1 for s in base.values() if s.kind == "kommun") != 290:
        problems.append("expected 290 municipalities in the reference list")
    if sum(1 for s in base.values() if s.kind == "region") + 1 != 21:
        problems.append("expected 21 regions (Gotland counted once) in the reference list")
    domains: dict[str, str] = {}
    for s in base.values():
        for d in s.domains:
            if not _HOST.match(d):
                problems.append(f"{s.id}: not a host name: {d!r}")
            if d in domains:
                problems.append(f"{s.id}: domain {d} also belongs to {domains[d]}")
            domains[d] = s.id
    for path in sorted(META_DIR.glob("*.toml")):
        where = f"crawlers/sources/{path.name}"
        if path.stem not in base:
            problems.append(f"{where}: no source with id {path.stem!r} (use a kommunkod, region-<länskod> or a slug)")
            continue
        try:
            meta = load_meta(path)
        except SourceConfigError as exc:
            problems.append(str(exc))
            continue
        src = base[path.stem]
        for key, value in meta.items():
            if key not in _KEYS:
                problems.append(f"{where}: unknown key {key!r}")
            elif not isinstance(value, _KEYS[key]) or (_KEYS[key] is int and isinstance(value, bool)):
                problems.append(f"{where}: {key} must be {_KEYS[key].__name__}")
        for path_ in meta.get("extra_paths", []) if isinstance(meta.get("extra_paths"), list) else []:
            if not isinstance(path_, str) or not path_.startswith("/"):
                problems.append(f"{where}: extra_paths must be paths starting with '/': {path_!r}")
        if isinstance(meta.get("parser"), str) and not _PARSER.match(meta["parser"]):
            problems.append(f"{where}: parser must be a dotted lower-case name: {meta['parser']!r}")
        if isinstance(meta.get("expected_min_projects"), int) and meta["expected_min_projects"] < 0:
            problems.append(f"{where}: expected_min_projects must be 0 or more")
        for d in meta.get("extra_domains", []) if isinstance(meta.get("extra_domains"), list) else []:
            if not isinstance(d, str) or not _HOST.match(d):
                problems.append(f"{where}: not a host name in extra_domains: {d!r}")
        hosts = src.domains + list(meta.get("extra_domains", []))
        for url in list(meta.get("start_urls", [])) + list(meta.get("pages", [])):
            host = urlsplit(url).hostname or ""
            if urlsplit(url).scheme not in ("http", "https") or not host:
                problems.append(f"{where}: not an http(s) URL: {url}")
            elif not any(same_site(host, d) for d in hosts):
                problems.append(f"{where}: {url} is not on the source's hosts {hosts}")
    return problems


def select(spec: str | None, sources: dict[str, Source] | None = None) -> list[Source]:
    """'all', a comma list of ids/kommunkoder, or 'lan:14' for every source in a county."""
    sources = sources or registry()
    enabled = [s for s in sources.values() if s.enabled]
    if not spec or spec == "all":
        return enabled
    out = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part.startswith("lan:"):
            in_county = [s for s in enabled if s.lanskod == part[4:]]
            if not in_county:
                raise SourceConfigError(f"no source in county {part[4:]!r} ({part}): use a länskod, 01–25")
            out.extend(in_county)
        elif part in sources:
            out.append(sources[part])
        else:
            raise SourceConfigError(f"unknown source {part!r}: use a kommunkod, region-<länskod>, an other "
                                    f"publisher's slug, 'lan:<länskod>' or 'all'")
    if not out:
        raise SourceConfigError(f"the selection {spec!r} names no source")
    return out


def for_hosts(hosts: list[str], sources: dict[str, Source] | None = None) -> list[Source]:
    """Sources owning any of the given hosts (the snapshot's sites)."""
    sources = sources or registry()
    return [s for s in sources.values() if any(same_site(h, d) for h in hosts for d in s.domains)]
