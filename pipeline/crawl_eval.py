"""How well discovery finds project pages on saved sites it was not built on (``socinv eval-crawl DIR``).

``DIR`` holds site trees in the snapshot's layout (``DIR/<host>/<path>``, served by the replay server on 127.0.0.1
exactly as ``snapshot/`` is) and ``DIR/expected.json``: per host, the pages that describe projects
(``project_pages``), topical pages that do not (``not_projects``) and URLs robots.txt forbids
(``must_not_fetch``). The real spiders crawl every site through the real Scrapy engine, politeness delays off;
the figures are, per host and overall, the share of project pages the crawl handed to extraction (recall: its
candidate pages and every PDF it archived, as the extraction stage reads them all), the share of its candidate pages
that are project pages (precision), the topical non-project pages it took for projects,
the forbidden URLs it requested (must be none) and the requests it spent. A host no registry source owns (a
kommunalförbund or samordningsförbund the registry does not hold) is crawled from its start URL, as ``socinv crawl
URL`` crawls any site.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from urllib.parse import quote, unquote, urlsplit

from pipeline.urls import canonical_url, same_site


def _key(url: str) -> str:
    return canonical_url(url).rstrip("/")


def _exact_key(url: str) -> str:
    """A URL as requested, for the robots check: only the spelling normalised (host case, percent-encoding, a final
    "/"), the query kept whole. ``_key`` drops print and tracking parameters, so "/fond/?print=1" (forbidden) and
    "/fond/" (allowed) would be one key there."""
    parts = urlsplit(url)
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~").rstrip("/") or "/"
    query = quote(unquote(parts.query), safe="=&/:@!$'()*+,;-._~")
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}{path}" + (f"?{query}" if query else "")


HOST_KEYS = ("start_url", "project_pages", "not_projects", "must_not_fetch", "notes")  # ("notes": the annotator's)


class EvalFolderError(ValueError):
    """The folder is no eval-crawl folder: expected.json unreadable or of another shape, or no saved site for it
    (the message names the folder or the file and what is wrong)."""


def check_folder(directory: Path) -> tuple[dict, list[str], list[str]]:
    """``expected.json`` of an eval-crawl folder, read and checked before any server or spider starts: (the answers
    of the hosts that have a saved site, the hosts it names that have none, notes on keys no host's answers hold).
    Raises ``EvalFolderError`` when the file is no JSON object of hosts, or when not one host has its site folder
    beside it (expected.json e-mailed without the sites): crawling then would serve nothing and report every
    project page as missed by the crawler. A host without its folder, beside others that have one, is left out of
    the figures (said by the caller), not scored as a crawl that found nothing."""
    directory = Path(directory)
    path = directory / "expected.json"
    try:
        expected = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EvalFolderError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(expected, dict) or not expected:
        raise EvalFolderError(f"{path}: not a JSON object of hosts ({{\"<host>\": {{\"project_pages\": […], …}}}})")
    sites = sorted(p.name for p in directory.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    if not sites:
        named = sorted({h for h in map(_host, _strings(expected)) if h} | {h for h in expected if "." in h})
        raise EvalFolderError(f"{directory} holds no saved site: no <host>/ folder beside expected.json to crawl"
                              + (f" (expected.json is about {', '.join(named)})" if named else "")
                              + f". Put each site's saved pages in {directory}/<host>/"
                              + (f", e.g. {directory}/{named[0]}/" if named else ""))
    wrong = [h for h, answers in expected.items() if not isinstance(answers, dict)]
    if wrong:
        raise EvalFolderError(f"{path}: {', '.join(map(repr, wrong[:5]))} "
                              f"{'holds' if len(wrong) == 1 else 'hold'} no host's answers (an object "
                              f"{{\"project_pages\": […], \"not_projects\": […], \"must_not_fetch\": […]}} per host)")
    missing = [h for h in expected if not (directory / h).is_dir() and not (directory / f"www.{h}").is_dir()]
    if len(missing) == len(expected):
        raise EvalFolderError(f"{directory} holds no saved site of the hosts expected.json names "
                              f"({', '.join(missing)}); its folders are {', '.join(sites)}")
    notes = [f"{path}: {h}: {key!r} is no key eval-crawl reads ({', '.join(HOST_KEYS)}): not scored"
             for h, answers in expected.items() for key in answers if key not in HOST_KEYS]
    return {h: a for h, a in expected.items() if h not in missing}, missing, notes


def _host(text: str) -> str | None:
    try:
        return urlsplit(text).hostname if text.startswith(("http://", "https://")) else None
    except ValueError:
        return None


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def evaluate_crawl(directory: Path, timeout: float = 600, expected: dict | None = None) -> dict:
    """Crawl every site of ``directory`` and score the candidates against ``expected.json`` (see the module; only
    the hosts of ``expected`` when given: ``check_folder``'s answers for the hosts that have a saved site)."""
    from pipeline import sources
    from pipeline.archive import iter_manifest
    from pipeline.crawl import run_crawl
    from pipeline.replay import ReplayProxy, SnapshotResolver

    directory = Path(directory)
    missing: list[str] = []
    if expected is None:
        expected, missing, _ = check_folder(directory)
    hosts = sorted(expected)
    found = sources.for_hosts(hosts)
    def owns(src, host: str) -> bool:
        return any(same_site(host, d) for d in src.domains)

    # An organisation the registry does not know (a kommunalförbund, a samordningsförbund) is crawled from its start
    # URL as `socinv crawl URL` crawls any site.
    unknown = [expected[h]["start_url"] for h in hosts if not any(owns(s, h) for s in found)]
    spider_sources = []
    for src in found:
        spec = src.to_spider()
        starts = [expected[h]["start_url"] for h in hosts if owns(src, h) and expected[h].get("start_url")]
        if starts:
            spec["start_urls"] = starts
        spider_sources.append(spec)
    with tempfile.TemporaryDirectory() as tmp, ReplayProxy(SnapshotResolver(directory)) as proxy:
        result = run_crawl(spider_sources, Path(tmp) / "crawl", proxy=proxy, polite=False, timeout=timeout,
                           urls=unknown or None)
        entries = list(iter_manifest(Path(tmp) / "crawl"))
        requests = list(proxy.requests)
    candidates = {_key(e["final_url"]) for e in entries if e.get("kind") == "page" and e.get("candidate")}
    # what the crawl hands to extraction: its candidate pages, and every PDF it archived (the extraction stage reads
    # them all: a project's report may be its only publication). Recall counts both; precision, the crawler's own
    # judgement of pages, the candidates alone.
    handed = candidates | {_key(e["final_url"]) for e in entries if e.get("kind") == "pdf"}
    requested = {_exact_key(f"{r['scheme']}://{r['host']}{r['path']}") for r in requests}
    per_host = {}
    totals = {"project_pages": 0, "found": 0, "found_candidates": 0, "candidates": 0, "false_candidates": 0,
              "forbidden_fetched": 0, "requests": 0}
    for host in hosts:
        exp = expected[host]
        projects = {_key(u) for u in exp.get("project_pages", [])}
        not_projects = {_key(u) for u in exp.get("not_projects", [])}
        forbidden = {_exact_key(u) for u in exp.get("must_not_fetch", [])}
        own = {c for c in candidates if c.split("/")[2] == host}
        row = {
            # a project page may be on another host of the organisation (a library's subdomain): found wherever
            "project_pages": len(projects),
            "found": len(projects & handed),
            "missed": sorted(projects - handed),
            "candidates": len(own),
            "false_candidates": sorted(own & not_projects),
            "other_candidates": sorted(own - projects - not_projects),
            "forbidden_fetched": sorted(requested & forbidden),
            "requests": sum(1 for r in requests if r["host"] == host),
        }
        per_host[host] = row
        totals["project_pages"] += row["project_pages"]
        totals["found"] += row["found"]
        totals["found_candidates"] += len(projects & own)
        totals["candidates"] += row["candidates"]
        totals["false_candidates"] += len(row["false_candidates"])
        totals["forbidden_fetched"] += len(row["forbidden_fetched"])
        totals["requests"] += row["requests"]
    return {
        "sites": len(hosts),
        "returncode": result.returncode,
        "recall": totals["found"] / totals["project_pages"] if totals["project_pages"] else None,
        "precision": (totals["found_candidates"] / totals["candidates"]) if totals["candidates"] else None,
        **totals,
        "hosts": per_host,
        "no_site": missing,  # hosts of expected.json without a saved site folder: not crawled, not scored
    }
