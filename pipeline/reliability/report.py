"""Run every hostile case through the real pipeline (Scrapy crawl in a subprocess → archive → extraction) and
check what happened; ``socinv reliability`` prints the table.

A case *survives* when the crawl finishes, the run summary (crawl_stats.json) names the case's counter, every
good record of the site is extracted (and none the case forbids), and nothing was fetched outside the site: the
bait host (``localhost``, another host) was never asked, no private address was connected to.

Two more cases kill a run with SIGKILL and run it again: during the crawl (the next run resumes from the
archive and fetches nothing archived again; every page once, every WARC record readable) and during extraction
(the records file is absent or whole, never half-written; the page cache lets the rerun skip done pages).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.reliability.hostile import (CASES, GOOD_TITLE, BaitServer, Case, HostileSite, Reply, gzip_bomb,
                                          project_page, start_page)

from pipeline.urls import site_key

ROOT = Path(__file__).resolve().parents[2]

# Short timeouts and back-offs so the whole report takes about a minute; production values are in
# crawlers/settings.py (30 s timeout, Retry-After capped at 120 s, back-off at least 5 s).
FAST = {"DOWNLOAD_DELAY": 0.05, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 2, "SOCINV_SLOW_RESPONSE": 1.0,
        "SOCINV_BACKOFF_MIN": 0.3, "SOCINV_RETRY_AFTER_MAX": 2, "RETRY_TIMES": 2}


@dataclass
class Outcome:
    case: str
    what: str
    expect: str
    survived: bool
    outcome: str
    records_expected: int = 0
    records_lost: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stats: dict = field(default_factory=dict)


def extract_titles(crawl_dir: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Per source: titles of the records the real extractor finds on the crawl's candidate pages, and how many
    pages it failed on. (Per page, with pipeline.extract: ``stages.extract_crawl`` cannot write records of a
    loopback site, whose publisher is unknown.)"""
    from pipeline.archive import iter_pages
    from pipeline.extract import extract_page

    titles: dict[str, list[str]] = {}
    failures: dict[str, int] = {}
    for page in iter_pages(crawl_dir):
        if page.kind != "page":
            continue
        try:
            recs = extract_page(page.body(crawl_dir), page.final_url, page.content_type, page.fetched_at)
        except Exception:  # noqa: BLE001 - counted
            failures[page.source] = failures.get(page.source, 0) + 1
            continue
        titles.setdefault(page.source, []).extend(r.get("title") or "" for r in recs)
    return titles, failures


def source_counters(source_stats: dict) -> dict[str, int]:
    """A source's named counters in crawl_stats.json, flattened: skips, errors, notes, back-offs."""
    out: dict[str, int] = {}
    for group in ("skipped", "errors_by_type", "notes"):
        for k, v in (source_stats.get(group) or {}).items():
            out[k] = out.get(k, 0) + int(v)
    for k, v in (source_stats.get("backoffs") or {}).items():
        out[f"backoff-{k}"] = int(v)
    return out


def run_cases(workdir: Path, cases: list[Case] | None = None, settings: dict | None = None,
              timeout: float = 300) -> list[Outcome]:
    """Serve every case's site (each on its own port, with its own bait host), crawl them all in one run of
    the real spider (one source per case, so crawl_stats.json reports each case under its name), extract, and
    check each case's expectations."""
    from contextlib import ExitStack

    from pipeline.crawl import run_crawl

    cases = list(cases or CASES)
    started = time.monotonic()
    crawl_dir = Path(workdir) / "hostile"
    gzip_bomb()  # made before the servers answer, so the bomb is not also a slow response
    with ExitStack() as stack:
        baits = {c.name: stack.enter_context(BaitServer()) for c in cases}
        sites = {c.name: stack.enter_context(HostileSite(c, baits[c.name])) for c in cases}
        sources = [{"id": c.name, "name": c.name, "domains": ["127.0.0.1"], "start_urls": [sites[c.name].url + "/"]}
                   for c in cases]
        result = run_crawl(sources, crawl_dir, allow_loopback=True, polite=True,
                           extra_settings={**FAST, **{k: v for c in cases for k, v in c.settings.items()},
                                           **(settings or {})}, timeout=timeout)
        bait_hits = {name: sum(b.hits.values()) for name, b in baits.items()}
        site_paths = {name: dict(s.hits) for name, s in sites.items()}
        site_logs = {name: list(s.log) for name, s in sites.items()}
        streamed = {name: dict(s.streamed) for name, s in sites.items()}
    seconds = round(time.monotonic() - started, 1)
    stats = result.stats
    finish = stats.get("crawl", {}).get("finish_reason")
    titles, failures = extract_titles(crawl_dir)
    outcomes = []
    for case in cases:
        problems: list[str] = []
        if result.returncode != 0 or finish != "finished":
            problems.append(f"crawl did not finish (rc {result.returncode}, {finish})")
        src = stats.get("sources", {}).get(case.name, {})
        counters = source_counters(src)
        named = {k: counters.get(k, 0) for k in case.reported}
        if case.reported and not any(named.values()):
            problems.append("not reported: " + "/".join(case.reported))
        got = titles.get(case.name, [])
        expected = (GOOD_TITLE,) + case.extra_titles
        lost = [t for t in expected if t not in got]
        if lost:
            problems.append("lost: " + ", ".join(lost))
        bad = [t for t in got for f in case.forbidden_titles if f in t and t != GOOD_TITLE]
        if bad:
            problems.append("should not be records: " + ", ".join(bad))
        if failures.get(case.name):
            problems.append(f"{failures[case.name]} extraction failures")
        if bait_hits[case.name]:
            problems.append(f"fetched another host {bait_hits[case.name]}×")
        if case.name in ("redirect-private", "redirect-metadata", "sitemap-off-site") and \
                src.get("errors_by_type", {}).get("timeout"):
            problems.append("tried to connect to a private address")
        shown = ", ".join(f"{k} {v}" for k, v in named.items() if v) or "—"
        outcome = (f"{'finished' if finish == 'finished' else finish}; {shown}; "
                   f"records {len(expected) - len(lost)}/{len(expected)}"
                   + ("" if not bait_hits[case.name] else f"; OFF-SITE FETCHES {bait_hits[case.name]}"))
        outcomes.append(Outcome(case.name, case.what, case.expect, not problems, outcome, len(expected), len(lost),
                                problems, seconds, {"source": src, "requests": site_paths[case.name],
                                                    "log": site_logs[case.name], "streamed": streamed[case.name],
                                                    "titles": got}))
    return outcomes


# -- kill and resume -------------------------------------------------------------------------------------------

N_KILL_PAGES = 60


def _many_pages_site(bait: BaitServer | None = None) -> HostileSite:
    links = "".join(f"<li><a href='/sociala-investeringar/projekt-{i}'>Sociala investeringar: projekt {i}</a></li>"
                    for i in range(N_KILL_PAGES))
    pages = {"/": Reply(200, start_page(links).encode(), {"Content-Type": "text/html; charset=utf-8"})}
    for i in range(N_KILL_PAGES):
        body = project_page(f"Insats nummer {_words(i)}").encode()
        pages[f"/sociala-investeringar/projekt-{i}"] = Reply(200, body, {"Content-Type": "text/html; charset=utf-8"},
                                                              delay=0.02)
    return HostileSite(None, bait, pages=pages)


def _words(i: int) -> str:
    names = ["Alfa", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Jota", "Kappa"]
    return f"{names[i // 10]} {names[i % 10]}"


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    return False


def _manifest_lines(crawl_dir: Path) -> int:
    path = crawl_dir / "manifest.jsonl"
    return sum(1 for _ in path.open()) if path.exists() else 0


def kill_crawl_case(workdir: Path) -> Outcome:
    """SIGKILL a crawl once part of the site is archived; the rerun resumes without fetching anything archived,
    and the archive ends whole: every page once, every WARC record readable."""
    from warcio.archiveiterator import ArchiveIterator

    from pipeline.archive import iter_manifest, read_body
    from pipeline.crawl import run_crawl, start_crawl
    from pipeline.urls import canonical_url

    started = time.monotonic()
    crawl_dir = Path(workdir) / "kill-crawl"
    settings = {**FAST, "DOWNLOAD_DELAY": 0.03}
    problems: list[str] = []
    with BaitServer() as bait, _many_pages_site(bait) as site:
        proc = start_crawl([], crawl_dir, allow_loopback=True, urls=[site.url + "/"], extra_settings=settings)
        killed = _kill_when(proc, lambda: _manifest_lines(crawl_dir) >= 20)
        if not killed:
            problems.append("the crawl ended before it could be killed")
        first = len(site.log)
        archived = {canonical_url(e[k]) for e in iter_manifest(crawl_dir) if "warc_file" in e
                    for k in ("url", "final_url")}
        n_first = sum(1 for e in iter_manifest(crawl_dir) if e.get("kind") == "page")
        result = run_crawl([], crawl_dir, allow_loopback=True, urls=[site.url + "/"], extra_settings=settings,
                           timeout=240)
        again = [p for _, p in site.log[first:] if canonical_url(site.url + p) in archived]
    if result.returncode != 0 or result.stats["crawl"]["finish_reason"] != "finished":
        problems.append(f"resumed crawl did not finish (rc {result.returncode})")
    if again:
        problems.append(f"fetched again after resume: {sorted(set(again))[:5]}")
    pages = [canonical_url(e["final_url"]) for e in iter_manifest(crawl_dir) if e.get("kind") == "page"]
    if len(pages) != len(set(pages)):
        problems.append("a page archived twice")
    want = N_KILL_PAGES + 2  # the projects, the start page and the good page linked from it
    if len(set(pages)) != want:
        problems.append(f"{len(set(pages))} pages archived, expected {want}")
    unreadable = 0
    for e in iter_manifest(crawl_dir):
        if "warc_file" in e:
            try:
                read_body(crawl_dir, e["warc_file"], e["warc_offset"], e.get("sha256"))
            except Exception:  # noqa: BLE001
                unreadable += 1
    records = 0
    for warc in sorted((crawl_dir / "warc").glob("*.warc.gz")):
        try:
            with open(warc, "rb") as fh:
                records += sum(1 for _ in ArchiveIterator(fh))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{warc.name} unreadable: {exc}")
    if unreadable:
        problems.append(f"{unreadable} manifest entries unreadable")
    if bait.hits:
        problems.append("fetched another host")
    outcome = (f"killed after {n_first} pages; resumed, {len(again)} refetched; {len(set(pages))}/{want} pages, "
               f"{records} WARC records readable")
    return Outcome("kill-crawl", "SIGKILL during the crawl, then run again",
                   "resumes; nothing archived fetched again; archive complete and readable", not problems, outcome,
                   problems=problems, seconds=round(time.monotonic() - started, 1))


KUNGALV = {"id": "1482", "name": "Kungälvs kommun", "domains": ["kungalv.se"], "start_urls": ["https://www.kungalv.se/"]}


def crawl_as_municipality(crawl_dir: Path) -> None:
    """The many-pages site crawled as ``www.kungalv.se`` through the replay proxy (records need a publisher,
    which comes from a municipality's host), for the extraction kill."""
    from pipeline import replay
    from pipeline.crawl import run_crawl

    site = _many_pages_site()
    site._server.server_close()  # only its answers are used, through the proxy

    def resolver(scheme, host, path, headers):
        if site_key(host) != "kungalv.se":
            return replay.Reply(502, b"unknown host", {"Content-Type": "text/plain"})
        r = site.answer(path)
        return replay.Reply(r.status, r.body, dict(r.headers))

    with replay.ReplayProxy(resolver) as proxy:
        result = run_crawl([KUNGALV], crawl_dir, proxy=proxy, polite=False, timeout=240)
    if result.returncode != 0:
        raise RuntimeError(f"crawl for the extraction kill failed: {result.log_tail[-500:]}")


_EXTRACT_SCRIPT = """
import json, sys, time
from pathlib import Path
import pipeline.stages as stages
crawl_dir, out, cache, slow = sys.argv[1], Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
cache = Path(cache) if cache != "-" else None
calls = []
real = stages.extract_page
def counted(*a, **kw):
    calls.append(1)
    if slow:
        time.sleep(slow)
    return real(*a, **kw)
stages.extract_page = counted
result = stages.extract_crawl(Path(crawl_dir), out, workers=1, cache_dir=cache)
print(json.dumps({"pages": result.pages, "records": result.records, "extracted": len(calls)}))
"""


def kill_extract_case(workdir: Path, crawl_dir: Path | None = None) -> Outcome:
    """SIGKILL an extraction half-way; the records file is absent or whole (never half-written); the rerun
    takes the pages done before the kill from the cache and ends with every record."""
    import pyarrow.parquet as pq

    from pipeline.archive import iter_pages

    started = time.monotonic()
    problems: list[str] = []
    workdir = Path(workdir)
    if crawl_dir is None or not (Path(crawl_dir) / "manifest.jsonl").exists():
        crawl_dir = workdir / "kill-extract-crawl"
        crawl_as_municipality(crawl_dir)
    crawl_dir = Path(crawl_dir)
    out, cache = workdir / "kill-extract" / "records.parquet", workdir / "kill-extract" / "cache"
    out.parent.mkdir(parents=True, exist_ok=True)
    n_pages = sum(1 for p in iter_pages(crawl_dir) if p.kind == "page")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

    def cached() -> int:
        return sum(1 for _ in cache.rglob("*.json")) if cache.exists() else 0

    # the previous run's records file, made whole (no cache, so the killed run has everything still to do)
    first = subprocess.run([sys.executable, "-c", _EXTRACT_SCRIPT, str(crawl_dir), str(out), "-", "0"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if first.returncode != 0:
        problems.append(f"first extraction failed: {first.stderr[-300:]}")
    old_rows = pq.read_table(out).num_rows if out.exists() else None
    proc = subprocess.Popen([sys.executable, "-c", _EXTRACT_SCRIPT, str(crawl_dir), str(out), str(cache), "0.1"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = _kill_when(proc, lambda: cached() >= max(3, n_pages // 3))
    if not killed:
        problems.append("extraction ended before it could be killed")
    done_before = cached()
    state = "absent"
    if out.exists():
        try:
            rows = pq.read_table(out).num_rows
            state = "the old one, whole" if rows == old_rows else f"whole, {rows} rows (old had {old_rows})"
        except Exception:  # noqa: BLE001
            state = "HALF-WRITTEN"
            problems.append("the records file was left half-written")
    if old_rows is not None and state == "absent":
        problems.append("the previous records file was lost")
    rerun = subprocess.run([sys.executable, "-c", _EXTRACT_SCRIPT, str(crawl_dir), str(out), str(cache), "0"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if rerun.returncode != 0:
        problems.append(f"rerun failed: {rerun.stderr[-300:]}")
        info = {}
    else:
        info = json.loads(rerun.stdout.strip().splitlines()[-1])
    records = pq.read_table(out).num_rows if out.exists() else 0
    if info and info.get("extracted", 0) > n_pages - done_before:
        problems.append(f"rerun extracted {info['extracted']} pages; {done_before} of {n_pages} were cached")
    if records < n_pages:  # each project page holds one project
        problems.append(f"{records} records after the rerun, expected at least {n_pages}")
    outcome = (f"killed after {done_before}/{n_pages} pages, records file {state}; rerun extracted "
               f"{info.get('extracted', '?')}, {records} records")
    return Outcome("kill-extract", "SIGKILL during extraction, then run again",
                   "records file absent or whole; rerun reuses the cache; all records", not problems, outcome,
                   records_expected=n_pages, records_lost=max(0, n_pages - records), problems=problems,
                   seconds=round(time.monotonic() - started, 1))


# -- everything ------------------------------------------------------------------------------------------------

# Every case `run_all` can run by name: the hostile sites, then the two kill-and-resume cases.
CASE_NAMES = (*(c.name for c in CASES), "kill-crawl", "kill-extract")


def run_all(workdir: Path | None = None, cases: list[str] | None = None, kills: bool = True) -> list[Outcome]:
    """Every hostile case (one crawl), then the two kill-and-resume cases, side by side."""
    workdir = Path(workdir or tempfile.mkdtemp(prefix="socinv-reliability-"))
    chosen = [c for c in CASES if not cases or c.name in cases]
    jobs = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        if chosen:
            jobs.append(pool.submit(run_cases, workdir, chosen))
        if kills and (not cases or "kill-crawl" in cases):
            jobs.append(pool.submit(kill_crawl_case, workdir))
        if kills and (not cases or "kill-extract" in cases):
            jobs.append(pool.submit(kill_extract_case, workdir))
        outcomes: list[Outcome] = []
        for job in jobs:
            try:
                got = job.result()
            except Exception as exc:  # noqa: BLE001 - a harness failure is a failed case, not a crash
                got = Outcome("?", "", "", False, f"harness error: {type(exc).__name__}: {exc}")
            outcomes.extend(got if isinstance(got, list) else [got])
    return outcomes


def totals(outcomes: list[Outcome]) -> dict:
    return {"cases": len(outcomes), "survived": sum(o.survived for o in outcomes),
            "records_lost": sum(o.records_lost for o in outcomes)}


def print_report(outcomes: list[Outcome], console=None) -> dict:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title="socinv reliability: the hostile test web", show_lines=False)
    for col in ("case", "server does", "expected", "outcome", "survived"):
        table.add_column(col, overflow="fold")
    for o in outcomes:
        mark = "yes" if o.survived else "[red]NO[/red]: " + "; ".join(o.problems)
        table.add_row(o.case, o.what, o.expect, o.outcome, mark)
    console.print(table)
    t = totals(outcomes)
    console.print(f"cases {t['cases']}, survived {t['survived']}, records lost {t['records_lost']}")
    return t
