"""``socinv bench``: the pipeline's speed and memory at several sizes, on generated data with fixed seeds.

Parts (``--only`` picks some; each heavy part runs in its own process, so peak memory is per part):

- ``extract``: ``extract_page`` vs bare ``lxml.html`` parsing (the floor) vs ``trafilatura.extract`` on the same
  ~60 KB pages (``pipeline.benchmarks.corpus``), in one process, same run.
- ``dedup``: ``pipeline.dedupe.synthetic`` at 10 k, 100 k and 1 M records (10 % planted near-duplicates and
  look-alikes that must stay apart), seconds, peak memory, and the planted pairs' precision and recall.
- ``publish``: ``pipeline.publish.release.publish`` of 1 M synthetic projects (every format; the xlsx holds what
  Excel can).
- ``reextract``: an archived crawl (WARC + manifest, written here without Scrapy in the spider's format) of
  20 000 pages re-extracted by ``pipeline.stages.extract_crawl`` with 1 and 2 workers; peak memory at 5 000 and
  20 000 pages with 2 workers (flat = streaming).
- ``crawl``: Scrapy through the real discovery spider against the simulated national web
  (``pipeline.simweb``) on 127.0.0.1, sharded over Scrapy processes as ``crawl_flow`` does, with politeness
  delays off (engine throughput), and with a per-host delay on (2 s, and 1 s for comparison): ideal time
  (requests to the busiest site × delay) ÷ wall time of the crawl (1.0 is ideal). A site is one organisation's
  server: ``www.x.se`` and ``x.se`` share one download slot and one delay, so together they set the bound.
- ``run``: ``socinv run`` on the bundled snapshot into a temporary folder, with the shares of its wall time spent
  starting Prefect (process start → first flow run) and Scrapy (crawl sub-flow start → Scrapy engine start).

Output: a table, then one line of JSON with every key (``None`` for parts not run).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARTS = ("extract", "dedup", "publish", "reextract", "crawl", "run")

# Every key of the JSON line, in order (None when the part was not run).
KEYS = (
    "extract_pages", "extract_pages_per_s", "lxml_pages_per_s", "trafilatura_pages_per_s",
    "extract_vs_lxml", "extract_vs_trafilatura",
    "dedup_10k_s", "dedup_100k_s", "dedup_1m_s", "dedup_peak_mb", "dedup_step_max", "dedup_precision",
    "dedup_recall",
    "publish_projects", "publish_s", "publish_1m_s", "publish_peak_mb",
    "reextract_pages", "reextract_1worker_s", "reextract_2workers_s", "reextract_speedup_2cores",
    "reextract_peak_mb_small", "reextract_peak_mb", "reextract_small_pages",
    "crawl_sources", "crawl_pages", "crawl_requests", "crawl_seconds", "crawl_pages_per_s",
    "crawl_host_sources", "crawl_host_delay", "crawl_host_seconds", "crawl_host_ideal_s",
    "crawl_shards", "crawl_host_busiest_requests", "crawl_host_busiest_hostname_requests",
    "crawl_host_parallelism", "crawl_host_bound_ratio",
    "crawl_host_needed_rps", "crawl_host_parallelism_1s", "crawl_peak_mb_per_process", "crawl_kept_links",
    "run_snapshot_s", "prefect_startup_s", "prefect_startup_share", "scrapy_startup_s", "scrapy_startup_share",
    "scrapy_version_s",
    "quick", "cpus", "seconds_total",
)

FULL = {"extract_pages": 300, "dedup_sizes": [10_000, 100_000, 1_000_000], "publish_projects": 1_000_000,
        "reextract_pages": 20_000, "reextract_small": 5_000, "crawl_sources": 120, "crawl_host_sources": None,
        "crawl_host_delay": 2.0, "crawl_host_extra_delays": [1.0]}
QUICK = {"extract_pages": 12, "dedup_sizes": [10_000], "publish_projects": 500,
         "reextract_pages": 60, "reextract_small": 30, "crawl_sources": 2, "crawl_host_sources": 2,
         "crawl_host_delay": 0.2, "crawl_host_extra_delays": []}


# ------------------------------------------------------------------------------------------------ helpers
def _in_child(func: str, **kwargs) -> dict:
    """Run ``pipeline.benchmarks.bench.<func>(**kwargs)`` in a fresh Python process; its result (a dict) plus
    the child's peak resident memory (``peak_mb``, its own and its worker processes', whichever is larger)."""
    code = ("import json, resource, sys; from pipeline.benchmarks import bench; "
            f"r = bench.{func}(**json.loads(sys.argv[1])); "
            "r['peak_mb'] = round(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024, 1); "
            "r['peak_mb_main'] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1); "
            "print('BENCH-RESULT ' + json.dumps(r))")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(kwargs)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            return json.loads(line[len("BENCH-RESULT "):])
    raise RuntimeError(f"bench.{func} failed (exit {proc.returncode}): {proc.stderr[-3000:]}")


def _r(v, nd=3):
    return None if v is None else round(v, nd)


# ------------------------------------------------------------------------------------------------ extract
def bench_extract(n: int, seed: int = 0) -> dict:
    from pipeline.benchmarks.corpus import corpus
    from pipeline.benchmarks.extract_speed import measure_extract

    pages = corpus(n, seed)
    m = measure_extract(pages)
    return {"extract_pages": n, **{k: _r(m.get(k)) for k in (
        "extract_pages_per_s", "lxml_pages_per_s", "trafilatura_pages_per_s", "extract_vs_lxml",
        "extract_vs_trafilatura")}}


# ------------------------------------------------------------------------------------------------ dedup
def _dedup_one(n: int, seed: int = 0) -> dict:
    from pipeline.dedupe import synthetic

    return synthetic.measure(n, seed)


def bench_dedup(sizes: list[int], seed: int = 0) -> dict:
    """Each size in its own process, so the peak memory of one size is not the previous size's."""
    from pipeline.dedupe import synthetic

    names = {10_000: "dedup_10k_s", 100_000: "dedup_100k_s", 1_000_000: "dedup_1m_s"}
    out: dict = {k: None for k in names.values()}
    first = list(inspect_params(synthetic.measure))[:1]
    if first == ["sizes"]:  # measure(sizes, seed) -> dict with the dedup_* keys itself
        res = synthetic.measure(sizes, seed)
        out.update({k: res.get(k) for k in ("dedup_10k_s", "dedup_100k_s", "dedup_1m_s", "dedup_peak_mb",
                                            "dedup_precision", "dedup_recall")})
        out["dedup_detail"] = res.get("dedup_detail")
        times = [res.get(names[n]) for n in sizes if n in names]
    else:
        peaks, precs, recs, times = [], [], [], []
        for n in sizes:
            r = _in_child("_dedup_one", n=n, seed=seed)
            if n in names:
                out[names[n]] = r["seconds"]
            times.append(r["seconds"])
            peaks.append(r.get("peak_mb"))
            precs.append(r["precision"])
            recs.append(r["recall"])
            out[f"dedup_{n}_detail"] = {k: r.get(k) for k in ("seconds", "peak_mb", "precision", "recall",
                                                                "projects", "planted_pairs", "found_pairs",
                                                                "predicted_pairs", "candidate_pairs")}
        out["dedup_peak_mb"] = max(p for p in peaks if p is not None) if peaks else None
        out["dedup_precision"] = min(precs) if precs else None
        out["dedup_recall"] = min(recs) if recs else None
    steps = [b / a for a, b in zip(times, times[1:]) if a and b]
    out["dedup_step_max"] = _r(max(steps), 2) if steps else None
    return out


def inspect_params(fn):
    import inspect

    return inspect.signature(fn).parameters


# ------------------------------------------------------------------------------------------------ publish
def synthetic_projects(n: int, seed: int = 0) -> list[dict]:
    """``n`` projects valid against ``schemas/project.py`` and the publishing gates (real SCB codes), with
    Swedish text of realistic length and some empty fields, some values Excel would run as formulas."""
    import random

    from pipeline.swedish.reference import municipalities, regions
    from schemas.project import FIELDS, HISTORY_FIELDS

    rng = random.Random(seed)
    munis, regs = list(municipalities()), list(regions())
    words = ("barn", "unga", "familjer", "skolan", "förebyggande", "insatser", "samverkan", "socialtjänsten",
             "närvaro", "hälsa", "trygghet", "stöd", "föräldrar", "förskolan", "fritid", "nyanlända", "arbete")

    def text(k: int) -> str:
        return " ".join(rng.choice(words) for _ in range(k))

    # pools of text drawn once, so that 1 M projects are made in seconds; every project still differs (its number)
    titles = [text(rng.randint(2, 6)).capitalize() for _ in range(997)]
    purposes = [text(25).capitalize() + "." for _ in range(991)]
    descriptions = [text(80) + "." for _ in range(983)]
    partner_sets = [["Polisen", "Skolan"], ["Regionen", "Arbetsförmedlingen"], ["Polisen", "Regionen"]]
    starts = [dt.date(2018 + y, 1 + mo, 1) for y in range(8) for mo in range(12)]
    fetched = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)
    empty = {f.name: ([] if f.type == "list[string]" else None) for f in FIELDS if f.name not in HISTORY_FIELDS}
    statuses, bases, staffing = ("planned", "ongoing", "finished"), ("total", "per_year"), (None, 1.0, 2.5)
    out = []
    for i in range(n):
        r = rng.random()
        region = r < 0.1
        org = regs[i % len(regs)] if region else munis[(i * 7919) % len(munis)]
        m = munis[(i * 104729) % len(munis)] if region else org
        code = org.code
        title = f"{titles[i % 997]} {i}"
        url = f"https://www.example-{code}.se/sociala-investeringar/projekt-{i}"
        start = starts[i % len(starts)]
        p = dict(empty)
        p.update({
            "project_id": f"{code}-{i:012x}", "title": title if r > 0.02 else None,
            "title_derived": None, "publisher": org.name, "publisher_code": code,
            "publisher_type": "region" if region else "kommun",
            "municipality_codes": [m.code], "municipalities": [m.name],
            "organisations": ["Socialnämnden"], "partners": list(partner_sets[i % 3]),
            "funders": ["Sociala investeringsfonden"], "purpose": purposes[i % 991],
            "target_group": "Barn 6–12 år", "description": descriptions[i % 983],
            "target_age_min": 6.0, "target_age_max": 12.0, "target_grade_min": 0, "target_grade_max": 6,
            "start_date": start, "start_precision": "month", "end_date": start.replace(year=start.year + 3),
            "end_precision": "year", "budget_sek": 100_000 + (i * 7_919) % 20_000_000,
            "budget_basis": bases[i % 2], "staffing_fte": staffing[i % 3],
            "status": statuses[i % 3], "source_url": url, "source_urls": [url],
            "page_updated": dt.date(2025, 5, 1), "fetched_at": fetched, "extractor_version": "bench",
            "evidence": json.dumps({"title": title, "budget_sek": "1,5 miljoner kronor"}, ensure_ascii=False),
        })
        if "themes" in p:
            p["themes"] = ["skola"]
        if i % 997 == 0:
            p["description"] = "=HYPERLINK(\"http://example.org\") " + p["description"]
        if p["title"] is None:
            p["title_derived"] = p["purpose"][:60]
        out.append(p)
    out.sort(key=lambda p: p["project_id"])
    return out


def bench_publish(n: int, seed: int = 0, keep: str | None = None) -> dict:
    from pipeline.publish.release import publish

    t0 = time.perf_counter()
    projects = synthetic_projects(n, seed)
    gen_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        datasets = Path(keep) if keep else Path(tmp) / "datasets"
        t0 = time.perf_counter()
        rep = publish(projects, datasets, now=dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.timezone.utc))
        seconds = time.perf_counter() - t0
        sizes = {f.name: f.stat().st_size for f in rep.path.iterdir() if f.is_file()}
        summary = json.loads((rep.path / "run_summary.json").read_text(encoding="utf-8"))
    return {"publish_projects": n, "publish_s": round(seconds, 2), "generate_s": round(gen_s, 2),
            "xlsx": summary.get("xlsx"), "bytes": sizes}


# ------------------------------------------------------------------------------------------------ reextract
def write_warc_crawl(crawl_dir: Path, n: int, seed: int = 0, chunk: int = 500) -> dict:
    """An archived crawl of ``n`` corpus pages in the spider's own format (``crawlers/pipelines.py``: gzip WARC
    response records + ``manifest.jsonl`` with ``warc_file``/``warc_offset``), written without Scrapy and
    without holding more than ``chunk`` pages in memory. Every page is a candidate with a unique final URL."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from pipeline.benchmarks.corpus import corpus
    from pipeline.swedish.reference import organisation_for_host

    crawl_dir = Path(crawl_dir)
    (crawl_dir / "warc").mkdir(parents=True, exist_ok=True)
    warc_name = "warc/crawl-00000.warc.gz"
    fetched = "2026-11-01T12:00:00+00:00"
    written = 0
    with open(crawl_dir / warc_name, "wb") as fh, open(crawl_dir / "manifest.jsonl", "w", encoding="utf-8") as man:
        writer = WARCWriter(fh, gzip=True)
        part = 0
        while written < n:
            pages = corpus(min(chunk, n - written), seed=seed * 100_000 + part)
            part += 1
            for url, body in pages:
                url = f"{url}{'&' if '?' in url else '?'}bench={written}"
                host = url.split("/")[2]
                org = organisation_for_host(host)
                source = (f"region-{org.code}" if len(org.code) == 2 else org.code) if org else host
                ctype = "text/html; charset=utf-8"
                http_headers = StatusAndHeaders("200 OK", [("Content-Type", ctype),
                                                           ("Content-Length", str(len(body)))],
                                                protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=http_headers,
                                                   warc_headers_dict={"WARC-Date": fetched.replace("+00:00", "Z")})
                entry = {"kind": "page", "url": url, "final_url": url, "status": 200, "fetched_at": fetched,
                         "source": source, "depth": 1, "candidate": True, "reason": "bench",
                         "sha256": hashlib.sha256(body).hexdigest(), "content_type": ctype, "size": len(body),
                         "warc_file": warc_name, "warc_offset": fh.tell()}
                writer.write_record(record)
                man.write(json.dumps(entry, ensure_ascii=False) + "\n")
                written += 1
            del pages
    return {"pages": written, "warc_bytes": (crawl_dir / warc_name).stat().st_size}


def _reextract_one(crawl_dir: str, workers: int) -> dict:
    from pipeline.stages import extract_crawl

    with tempfile.TemporaryDirectory(prefix="bench-reextract-") as tmp:
        t0 = time.perf_counter()
        res = extract_crawl(Path(crawl_dir), Path(tmp) / "records.parquet", workers=workers, cache_dir=None)
        seconds = time.perf_counter() - t0
    return {"seconds": round(seconds, 2), "pages": res.pages, "records": res.records, "failures": len(res.failures)}


def bench_reextract(n: int, small: int, seed: int = 0, tmp_root: str | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-warc-", dir=tmp_root) as tmp:
        big, little = Path(tmp) / "big", Path(tmp) / "small"
        t0 = time.perf_counter()
        info = write_warc_crawl(big, n, seed)
        write_warc_crawl(little, small, seed + 1)
        gen_s = time.perf_counter() - t0
        one = _in_child("_reextract_one", crawl_dir=str(big), workers=1)
        two = _in_child("_reextract_one", crawl_dir=str(big), workers=2)
        two_small = _in_child("_reextract_one", crawl_dir=str(little), workers=2)
    return {"reextract_pages": n, "reextract_1worker_s": one["seconds"], "reextract_2workers_s": two["seconds"],
            "reextract_speedup_2cores": round(one["seconds"] / two["seconds"], 3) if two["seconds"] else None,
            "reextract_peak_mb": two["peak_mb"], "reextract_peak_mb_small": two_small["peak_mb"],
            "reextract_small_pages": small,
            "reextract_detail": {"1worker": one, "2workers": two, "2workers_small": two_small,
                                 "warc_bytes": info["warc_bytes"], "generate_s": round(gen_s, 1)}}


# ------------------------------------------------------------------------------------------------ crawl
def _sim_crawl(n_sources: int | None, delay: float, seed: int = 0) -> dict:
    """The simulated web crawled through the replay proxy with the real spider, the way ``crawl_flow`` crawls:
    host-disjoint shards (``flows.shard_sources``), one Scrapy process each, as many as ``flows.shard_count``
    gives on this machine. The proxy's request log gives the per-host counts."""
    from collections import Counter
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.crawl import run_crawl
    from pipeline.flows import shard_count, shard_sources
    from pipeline.replay import ReplayProxy
    from pipeline.simweb import SimWeb
    from pipeline.urls import site_key

    web = SimWeb(seed, n_sources=n_sources)
    sources = [s.to_spider() for s in web.sources]
    shards = shard_sources(sources, shard_count(len(sources)))
    settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": max(delay, 0.001),
                "AUTOTHROTTLE_ENABLED": delay > 0, "AUTOTHROTTLE_START_DELAY": max(delay, 0.01)}
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        with ReplayProxy(web) as proxy, ThreadPoolExecutor(len(shards)) as pool:
            t0 = time.monotonic()
            results = list(pool.map(lambda i: run_crawl(shards[i], Path(tmp) / f"shard-{i:02d}", proxy=proxy,
                                                        polite=True, extra_settings=settings), range(len(shards))))
            seconds = time.monotonic() - t0
            requests = list(proxy.requests)
        memory = []  # per shard process: its peak resident memory and the spider's growing tables at the end
        for runs in Path(tmp).glob("shard-*/runs.jsonl"):
            lines = runs.read_text(encoding="utf-8").splitlines()
            if lines:
                memory.append(json.loads(lines[-1]).get("memory") or {})
    engine = [r.stats.get("crawl", {}).get("elapsed_seconds") for r in results]
    # The bound is the biggest *site*: www.x.se and x.se are one server, and the crawler gives them one download
    # slot (crawlers.middlewares.slot_key), so their requests queue behind one another and share one delay.
    per_site = Counter(site_key(r["host"]) for r in requests)
    per_host = Counter(r["host"] for r in requests)
    busiest, busiest_n = per_site.most_common(1)[0] if per_site else (None, 0)
    busiest_host, busiest_host_n = per_host.most_common(1)[0] if per_host else (None, 0)
    times = sorted(r["t"] for r in requests)
    return {"sources": len(web.sites), "shards": len(shards), "pages": sum(r.pages for r in results),
            "requests": len(requests), "seconds": round(seconds, 2),
            "engine_seconds": max((e for e in engine if e is not None), default=None),
            "first_to_last_request_s": round(times[-1] - times[0], 2) if len(times) > 1 else 0.0,
            "busiest_site": busiest, "busiest_requests": busiest_n,
            "busiest_host": busiest_host, "busiest_host_requests": busiest_host_n,
            "returncode": max(r.returncode for r in results), "hosts": len(per_host), "sites": len(per_site),
            "peak_rss_mb_per_process": max((m.get("peak_rss_mb") or 0 for m in memory), default=None),
            "kept_link_pages": sum(m.get("kept_link_pages") or 0 for m in memory),
            "kept_links": sum(m.get("kept_links") or 0 for m in memory)}


def bench_crawl(n_sources: int | None, host_sources: int | None, delay: float, seed: int = 0,
                extra_delays: tuple[float, ...] = ()) -> dict:
    """Engine throughput (no delay), then host parallelism with a per-host ``delay`` (the headline figure) and
    with each of ``extra_delays``: with a short delay the whole crawl needs more requests per second than the
    CPUs give (requests ÷ ideal time), and the figure measures the CPUs rather than the scheduling."""
    fast = _sim_crawl(n_sources, 0.0, seed)
    slow = _sim_crawl(host_sources, delay, seed)
    ideal = slow["busiest_requests"] * delay
    out = {"crawl_sources": fast["sources"], "crawl_pages": fast["pages"], "crawl_requests": fast["requests"],
           "crawl_seconds": fast["seconds"],
           "crawl_pages_per_s": round(fast["pages"] / fast["seconds"], 1) if fast["seconds"] else None,
           "crawl_shards": slow["shards"],
           # the largest Scrapy process of the fast crawl, and the links its spiders kept for nearer paths at the end
           "crawl_peak_mb_per_process": fast["peak_rss_mb_per_process"], "crawl_kept_links": fast["kept_links"],
           "crawl_host_sources": slow["sources"], "crawl_host_delay": delay, "crawl_host_seconds": slow["seconds"],
           "crawl_host_ideal_s": round(ideal, 2), "crawl_host_busiest_requests": slow["busiest_requests"],
           "crawl_host_busiest_hostname_requests": slow["busiest_host_requests"],
           "crawl_host_parallelism": round(ideal / slow["seconds"], 3) if slow["seconds"] else None,
           "crawl_host_bound_ratio": round(slow["seconds"] / ideal, 3) if ideal else None,
           "crawl_host_needed_rps": round(slow["requests"] / ideal, 1) if ideal else None,
           "crawl_detail": {"fast": fast, "polite": slow}}
    for d in extra_delays:
        other = _sim_crawl(host_sources, d, seed)
        other_ideal = other["busiest_requests"] * d
        other["parallelism"] = round(other_ideal / other["seconds"], 3) if other["seconds"] else None
        other["needed_rps"] = round(other["requests"] / other_ideal, 1) if other_ideal else None
        out["crawl_detail"][f"polite_{d:g}s"] = other
        if d == 1.0:
            out["crawl_host_parallelism_1s"] = other["parallelism"]
    return out


# ------------------------------------------------------------------------------------------------ run
_LOG_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d\.\d+) \| \w+\s*\| (.*)$")


def _clock(start: dt.datetime, h: str, m: str, s: str) -> dt.datetime:
    t = start.replace(hour=int(h), minute=int(m), second=0, microsecond=0) + dt.timedelta(seconds=float(s))
    return t + dt.timedelta(days=1) if t < start - dt.timedelta(hours=1) else t


def bench_run(tmp_root: str | None = None) -> dict:
    """``socinv run`` (snapshot) in a subprocess into a temporary datasets/work folder."""
    with tempfile.TemporaryDirectory(prefix="bench-run-", dir=tmp_root) as tmp:
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   COLUMNS="200", PREFECT_LOGGING_COLORS="false",
                   PREFECT_LOGGING_LEVEL="INFO")  # the start-up shares are read from the flow's log lines
        start = dt.datetime.now().astimezone().replace(tzinfo=None)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--datasets", f"{tmp}/datasets",
                               "--work", f"{tmp}/work"], cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"socinv run failed ({proc.returncode}): {proc.stderr[-3000:]}")
        first_flow, crawl_starts = None, []
        for line in (proc.stdout + "\n" + proc.stderr).splitlines():
            m = _LOG_TIME.match(line.strip())
            if not m:
                continue
            when = _clock(start, *m.groups()[:3])
            msg = m.group(4)
            if first_flow is None and "Beginning flow run" in msg:
                first_flow = when
            if "Beginning subflow run" in msg and "for flow 'crawl'" in msg:
                crawl_starts.append(when)
        engine_starts = []
        for stats_file in Path(tmp, "work").glob("runs/*/crawl/*/crawl_stats.json"):
            started = json.loads(stats_file.read_text(encoding="utf-8"))["crawl"].get("started_at")
            if started:
                engine_starts.append(dt.datetime.fromisoformat(started).astimezone().replace(tzinfo=None))
    prefect_s = (first_flow - start).total_seconds() if first_flow else None
    scrapy_s = (max(engine_starts) - crawl_starts[0]).total_seconds() if engine_starts and crawl_starts else None
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scrapy", "version"], cwd=ROOT, env=env, capture_output=True)
    scrapy_version_s = time.perf_counter() - t0
    return {"run_snapshot_s": round(seconds, 2), "prefect_startup_s": _r(prefect_s, 2),
            "prefect_startup_share": _r(prefect_s / seconds) if prefect_s is not None else None,
            "scrapy_startup_s": _r(scrapy_s, 2),
            "scrapy_startup_share": _r(scrapy_s / seconds) if scrapy_s is not None else None,
            "scrapy_version_s": round(scrapy_version_s, 2)}


# ------------------------------------------------------------------------------------------------ driver
def run_bench(quick: bool = False, only: list[str] | None = None, seed: int = 0, progress=None,
              sizes: dict | None = None) -> dict:
    """Run the chosen parts and return one flat dict with every key of ``KEYS`` (None for parts not run) and
    ``*_detail`` entries with more figures."""
    base = QUICK if quick else FULL
    unknown_sizes = set(sizes or {}) - set(base)
    if unknown_sizes:
        raise ValueError(f"unknown sizes: {', '.join(sorted(unknown_sizes))} (choose from {', '.join(base)})")
    for key, value in (sizes or {}).items():
        _check_size(key, value)
    cfg = dict(base, **(sizes or {}))
    out_sizes = dict(cfg)
    parts = [p for p in PARTS if not only or p in only]
    unknown = set(only or []) - set(PARTS)
    if unknown:
        raise ValueError(f"unknown bench parts: {', '.join(sorted(unknown))} (choose from {', '.join(PARTS)})")
    out: dict = {k: None for k in KEYS}
    out.update({"errors": {}, "quick": quick, "sizes": out_sizes, "cpus": os.cpu_count(),
                "loadavg_start": [round(x, 2) for x in os.getloadavg()]})
    t_all = time.perf_counter()

    def say(msg):
        if progress:
            progress(msg)

    for part in parts:
        t0 = time.perf_counter()
        say(f"bench {part} …")
        try:
            _run_part(part, cfg, seed, quick, out)
        except Exception as exc:  # noqa: BLE001 - one failing part must not cost the others' figures
            out.setdefault("errors", {})[part] = f"{type(exc).__name__}: {exc}"[-2000:]
            say(f"bench {part} FAILED: {type(exc).__name__}: {str(exc)[-500:]}")
        out.setdefault("part_seconds", {})[part] = round(time.perf_counter() - t0, 1)
        say(f"bench {part}: {time.perf_counter() - t0:.1f} s")
    out["seconds_total"] = round(time.perf_counter() - t_all, 1)
    out["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    return out


def _check_size(key: str, value) -> None:
    """A size given on the command line must be what the part can use: a count of at least 1 (a list of them for
    the dedup sizes), a delay a finite number of seconds ≥ 0; else a ValueError that names it (-1 projects, NaN s)."""
    def count(v) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and v >= 1

    def seconds(v) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v >= 0

    if key.endswith("_delay"):
        ok, want = seconds(value), "a number of seconds, 0 or more"
    elif key.endswith("_delays"):
        ok, want = isinstance(value, list) and all(map(seconds, value)), "a list of numbers of seconds, 0 or more"
    elif key == "dedup_sizes":
        ok, want = isinstance(value, list) and bool(value) and all(map(count, value)), "a list of counts of at least 1"
    elif key == "crawl_host_sources":
        ok, want = value is None or count(value), "a count of at least 1, or null for all"
    else:
        ok, want = count(value), "a count of at least 1"
    if not ok:
        raise ValueError(f"--size {key}={json.dumps(value)}: {key} must be {want}")


def _run_part(part: str, cfg: dict, seed: int, quick: bool, out: dict) -> None:
    if part == "extract":
        r = _in_child("bench_extract", n=cfg["extract_pages"], seed=seed)
        r["extract_peak_mb"] = r.pop("peak_mb")
        r.pop("peak_mb_main", None)
        out.update(r)
    elif part == "dedup":
        out.update(bench_dedup(cfg["dedup_sizes"], seed))
    elif part == "publish":
        r = _in_child("bench_publish", n=cfg["publish_projects"], seed=seed)
        out.update({"publish_projects": r["publish_projects"], "publish_s": r["publish_s"],
                    # only a million-project run is the 1 M figure (a smaller --size leaves it null)
                    "publish_1m_s": r["publish_s"] if r["publish_projects"] == 1_000_000 else None,
                    "publish_peak_mb": r["peak_mb"],
                    "publish_detail": {k: r[k] for k in ("generate_s", "xlsx", "bytes")}})
    elif part == "reextract":
        out.update(bench_reextract(cfg["reextract_pages"], cfg["reextract_small"], seed))
    elif part == "crawl":
        out.update(bench_crawl(cfg["crawl_sources"], cfg["crawl_host_sources"], cfg["crawl_host_delay"], seed,
                               tuple(cfg.get("crawl_host_extra_delays") or ())))
    elif part == "run":
        out.update(bench_run())


TARGETS = {  # key: (description, test)
    "extract_vs_lxml": ("≤ 3", lambda v: v <= 3),
    "extract_vs_trafilatura": ("< 1", lambda v: v < 1),
    "dedup_1m_s": ("< 60 s", lambda v: v < 60),
    "dedup_peak_mb": ("< 4096 MB", lambda v: v < 4096),
    "dedup_step_max": ("≤ 13× per tenfold", lambda v: v <= 13),
    "reextract_speedup_2cores": ("≥ 1.7", lambda v: v >= 1.7),
    "crawl_host_parallelism": ("≥ 0.9", lambda v: v >= 0.9),
}

ROWS = (
    ("extraction", [("pages", "extract_pages"), ("extract_page pages/s", "extract_pages_per_s"),
                    ("lxml.html parse pages/s (floor)", "lxml_pages_per_s"),
                    ("trafilatura.extract pages/s", "trafilatura_pages_per_s"),
                    ("extract ÷ lxml time", "extract_vs_lxml"),
                    ("extract ÷ trafilatura time", "extract_vs_trafilatura")]),
    ("deduplication", [("10 000 records (s)", "dedup_10k_s"), ("100 000 records (s)", "dedup_100k_s"),
                       ("1 000 000 records (s)", "dedup_1m_s"), ("peak memory (MB)", "dedup_peak_mb"),
                       ("largest tenfold step (×)", "dedup_step_max"),
                       ("planted pairs precision", "dedup_precision"), ("planted pairs recall", "dedup_recall")]),
    ("publishing", [("projects", "publish_projects"), ("every format (s)", "publish_s"),
                    ("peak memory (MB)", "publish_peak_mb")]),
    ("re-extraction from WARC", [("pages", "reextract_pages"), ("1 worker (s)", "reextract_1worker_s"),
                                 ("2 workers (s)", "reextract_2workers_s"),
                                 ("speed-up with 2 workers", "reextract_speedup_2cores"),
                                 ("peak memory, small crawl (MB)", "reextract_peak_mb_small"),
                                 ("pages in small crawl", "reextract_small_pages"),
                                 ("peak memory, full crawl (MB)", "reextract_peak_mb")]),
    ("crawling (simulated web)", [("sources, no delay", "crawl_sources"), ("pages", "crawl_pages"),
                                  ("requests", "crawl_requests"), ("seconds", "crawl_seconds"),
                                  ("pages/s", "crawl_pages_per_s"), ("Scrapy processes (shards)", "crawl_shards"),
                                  ("peak memory of one Scrapy process (MB)", "crawl_peak_mb_per_process"),
                                  ("links kept for nearer paths (all shards)", "crawl_kept_links"),
                                  ("sources, per-host delay", "crawl_host_sources"),
                                  ("delay (s)", "crawl_host_delay"), ("wall time (s)", "crawl_host_seconds"),
                                  ("busiest site (www.x.se + x.se): requests", "crawl_host_busiest_requests"),
                                  ("busiest host name alone: requests", "crawl_host_busiest_hostname_requests"),
                                  ("ideal = busiest requests × delay (s)", "crawl_host_ideal_s"),
                                  ("ideal ÷ wall (1.0 ideal)", "crawl_host_parallelism"),
                                  ("wall ÷ ideal", "crawl_host_bound_ratio"),
                                  ("requests/s the ideal needs", "crawl_host_needed_rps"),
                                  ("ideal ÷ wall with a 1 s delay", "crawl_host_parallelism_1s")]),
    ("socinv run (snapshot)", [("wall time (s)", "run_snapshot_s"), ("Prefect start-up (s)", "prefect_startup_s"),
                               ("Prefect share", "prefect_startup_share"), ("Scrapy start-up (s)", "scrapy_startup_s"),
                               ("Scrapy share", "scrapy_startup_share"),
                               ("`scrapy version` alone (s)", "scrapy_version_s")]),
)


def render_table(result: dict):
    from rich.table import Table

    title = f"socinv bench{' --quick' if result.get('quick') else ''} ({result.get('cpus')} CPUs, " \
            f"{result.get('seconds_total')} s)"
    table = Table(title=title)
    table.add_column("part")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("target")
    for part, rows in ROWS:
        first = True
        for label, key in rows:
            v = result.get(key)
            if v is None:
                continue
            target = ""
            if key in TARGETS:
                desc, ok = TARGETS[key]
                target = f"{desc} {'met' if ok(v) else 'MISSED'}"
            shown = f"{v:,}".replace(",", " ") if isinstance(v, int) and not isinstance(v, bool) else str(v)
            table.add_row(part if first else "", label, shown, target)
            first = False
    return table


def json_line(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, default=str)
