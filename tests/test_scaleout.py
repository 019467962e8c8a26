"""Scale-out: the same flows on a Dask cluster (here a LocalCluster of two worker processes) give the same
records as the local run; crawl shards never share a host; extraction streams; every failure is logged with its
source and URL as fields."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fixture_cases import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def write_crawl(crawl_dir: Path, pages: list[tuple[str, str, bytes]], broken: list[tuple[str, str]] = ()) -> Path:
    """A crawl folder as the spider writes it: ``warc/*.warc.gz`` + ``manifest.jsonl``. ``pages`` are
    (source, url, html); ``broken`` are (source, url) whose manifest points at no WARC record."""
    (crawl_dir / "warc").mkdir(parents=True, exist_ok=True)
    name = "warc/crawl-00000.warc.gz"
    fetched = "2026-11-01T10:00:00+00:00"
    with open(crawl_dir / name, "wb") as fh, open(crawl_dir / "manifest.jsonl", "w", encoding="utf-8") as man:
        writer = WARCWriter(fh, gzip=True)
        for source, url, body in pages:
            headers = StatusAndHeaders(f"200 {http.client.responses[200]}",
                                       [("Content-Type", "text/html; charset=utf-8"),
                                        ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": fetched.replace("+00:00", "Z")})
            offset = fh.tell()
            writer.write_record(record)
            man.write(json.dumps({"kind": "page", "url": url, "final_url": url, "status": 200, "source": source,
                                  "fetched_at": fetched, "sha256": hashlib.sha256(body).hexdigest(),
                                  "content_type": "text/html; charset=utf-8", "candidate": True,
                                  "warc_file": name, "warc_offset": offset}) + "\n")
        for source, url in broken:
            man.write(json.dumps({"kind": "page", "url": url, "final_url": url, "status": 200, "source": source,
                                  "fetched_at": fetched, "sha256": "0" * 64, "content_type": "text/html",
                                  "candidate": True, "warc_file": name, "warc_offset": fh.tell() + 10_000}) + "\n")
    return crawl_dir


def fixture_pages() -> list[tuple[str, str, bytes]]:
    out = []
    for case in sorted(p for p in FIXTURES.iterdir() if (p / "page.html").exists()):
        url = json.loads((case / "meta.json").read_text(encoding="utf-8"))["url"]
        out.append((case.name.rsplit("-", 1)[-1], url, (case / "page.html").read_bytes()))
    return out


BROKEN = ("1482", "https://www.kungalv.se/trasig-sida/")


@pytest.fixture(scope="module")
def crawl_dirs(tmp_path_factory):
    base = tmp_path_factory.mktemp("crawl")
    pages = fixture_pages()
    assert len(pages) >= 20
    half = len(pages) // 2
    return [write_crawl(base / "shard-00", pages[:half], broken=[BROKEN]), write_crawl(base / "shard-01", pages[half:])]


@pytest.fixture(scope="module")
def local_records(crawl_dirs, tmp_path_factory):
    from pipeline import stages

    out = tmp_path_factory.mktemp("local") / "records.parquet"
    result = stages.extract_crawl(crawl_dirs, out, workers=1)
    return result, pq.read_table(out)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as c:
        yield c


# -- per-host concurrency ------------------------------------------------------------------------------------------
def test_no_host_is_in_two_shards():
    """One Scrapy process owns each host, so its one-request-per-host delay holds across processes and machines."""
    from pipeline.flows import select_sources, shard_hosts, shard_sources

    spiders = [s.to_spider() for s in select_sources(live=True, sources="all", sample=None)]
    # overlapping organisations: the same site and a subdomain of another source's site
    spiders += [{"id": "dup-a", "domains": ["www.kungalv.se"]}, {"id": "dup-b", "domains": ["skola.gotland.se"]}]
    for n in (1, 2, 8, 16, 64):
        shards = shard_sources(spiders, n)
        assert sorted(s["id"] for shard in shards for s in shard) == sorted(s["id"] for s in spiders)
        hosts = [shard_hosts(shard) for shard in shards]
        for i, a in enumerate(hosts):
            for b in hosts[i + 1:]:
                assert not a & b
                assert not any(x.endswith("." + y) or y.endswith("." + x) for x in a for y in b)
        assert len(shards) == min(n, len(spiders) - 2)  # both duplicates joined their owner's shard
        by_id = {s["id"]: i for i, shard in enumerate(shards) for s in shard}
        kungalv = next(s["id"] for s in spiders if "kungalv.se" in s["domains"][0] and s["id"] != "dup-a")
        assert by_id["dup-a"] == by_id[kungalv]


def test_a_crawl_holds_the_global_crawl_limit(harness, tmp_path, monkeypatch):
    """Across runs (weekly and daily deployments, several workers): with a ``socinv-crawl`` global concurrency
    limit on the server, a running crawl holds one slot of it, so a second crawl waits."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    from pipeline import flows
    from pipeline.crawl import CrawlResult

    assert "socinv-crawl" in flows.crawl_shard.tags
    seen = []

    def fake_crawl(sources, d, **kw):
        with get_client(sync_client=True) as client:
            try:
                seen.append(client.read_global_concurrency_limit_by_name(flows.CRAWL_LIMIT).active_slots)
            except ObjectNotFound:
                seen.append(None)
        return CrawlResult(Path(d), 0)

    monkeypatch.setattr(flows, "run_crawl", fake_crawl)
    monkeypatch.setattr(flows, "crawl_shard", flows.crawl_shard.with_options(retries=0))
    spider = {"id": "1482", "domains": ["www.kungalv.se"], "start_urls": []}
    flows.crawl_flow([spider], str(tmp_path / "a"), False)  # no limit on the server: runs, holds nothing
    with get_client(sync_client=True) as client:
        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=flows.CRAWL_LIMIT, limit=1))
    try:
        flows.crawl_flow([spider], str(tmp_path / "b"), False)
        with get_client(sync_client=True) as client:
            after = client.read_global_concurrency_limit_by_name(flows.CRAWL_LIMIT).active_slots
    finally:
        with get_client(sync_client=True) as client:
            client.delete_global_concurrency_limit_by_name(flows.CRAWL_LIMIT)
    assert seen == [None, 1] and after == 0


# -- streaming extraction ----------------------------------------------------------------------------------------
def test_extraction_is_the_same_on_one_or_two_processes(crawl_dirs, local_records, tmp_path):
    from pipeline import stages

    result, table = local_records
    assert result.pages == len(fixture_pages()) + 1 and result.records > 30
    assert [f["url"] for f in result.failures] == [BROKEN[1]]
    seen = []
    two = stages.extract_crawl(crawl_dirs, tmp_path / "r.parquet", workers=2, chunk_size=3,
                               progress=lambda done, total: seen.append((done, total)))
    assert pq.read_table(tmp_path / "r.parquet").equals(table)
    assert (two.pages, two.records, two.per_source) == (result.pages, result.records, result.per_source)
    assert seen[-1] == (result.pages, result.pages) and len(seen) > 3


def test_extraction_writes_records_in_batches(crawl_dirs, local_records, tmp_path):
    """records.parquet is written by a ParquetWriter batch by batch, not built as one table in memory."""
    from pipeline import stages

    sink = stages.RecordSink(tmp_path / "r.parquet", batch_rows=5)
    for d in crawl_dirs:
        for chunk in stages.chunked(stages.iter_page_refs(d), 4):
            sink.add(stages.extract_pages(chunk))
            assert len(sink._rows) < 5 + 40  # never more than one batch (plus one page's records) held
    sink.close()
    f = pq.ParquetFile(tmp_path / "r.parquet")
    assert f.metadata.num_row_groups > 3
    assert f.read().equals(local_records[1])


def test_page_refs_keep_the_last_fetch_of_each_url(tmp_path):
    from pipeline import stages
    from pipeline.archive import iter_pages

    page = fixture_pages()[0]
    d = write_crawl(tmp_path / "c", [page, ("x", "https://www.example.se/a", b"<p>a</p>"), page])
    refs = list(stages.iter_page_refs(d))
    old = [p for p in iter_pages(d) if p.kind == "page"]
    assert [r[2] for r in refs] == [p.final_url for p in old] == [page[1], "https://www.example.se/a"]
    assert [r[3] for r in refs] == [p.manifest["warc_offset"] for p in old]


# -- structured logs ---------------------------------------------------------------------------------------------
def test_a_failing_page_is_logged_with_source_and_url_fields(crawl_dirs, tmp_path):
    from pipeline import logs, stages

    path = tmp_path / "run.log.jsonl"
    with logs.run_log(path):
        stages.extract_crawl(crawl_dirs, tmp_path / "r.parquet", workers=1)
    lines = logs.read_run_log(path)
    failed = [r for r in lines if r.get("url") == BROKEN[1]]
    assert len(failed) == 1
    rec = failed[0]
    assert rec["source"] == BROKEN[0] and rec["stage"] == "extract" and rec["level"] == "WARNING"
    assert "no WARC record" in rec["error"] and rec["ts"].startswith(str(dt.date.today().year)[:2])


# -- the same flow on a Dask cluster --------------------------------------------------------------------------------
def test_extract_flow_on_a_dask_cluster_gives_the_local_records(harness, cluster, crawl_dirs, local_records,
                                                                tmp_path):
    from pipeline import flows

    runner = flows.dask_runner(cluster.scheduler_address)
    out = tmp_path / "records.parquet"
    on_dask = flows.extract_flow.with_options(task_runner=runner)
    result = on_dask([str(d) for d in crawl_dirs], str(out), str(tmp_path / "cache"), distributed=True,
                     chunk_size=4)
    assert pq.read_table(out).equals(local_records[1])
    assert result["records"] == local_records[0].records
    assert [f["url"] for f in result["failures"]] == [BROKEN[1]]
    per_worker = chunks_per_worker(cluster, "extract")
    assert len(per_worker) == 2 and all(per_worker.values()), per_worker  # both workers extracted chunks


def chunks_per_worker(cluster, word: str) -> dict[str, int]:
    """How many distinct Dask tasks whose key names ``word`` each worker has run."""
    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        return client.run(lambda dask_worker: len({str(e[0]) for e in dask_worker.state.log
                                                   if word in str(e[0]).lower()}))


def test_build_release_on_a_dask_cluster(harness, cluster, tmp_path):
    """The whole release on the two-worker cluster: crawl shards and extraction chunks on the workers, the same
    42 projects as the local run, and a JSON-lines run log naming sources."""
    from pipeline import flows, logs

    result = flows.build_release(live=False, datasets=str(tmp_path / "datasets"), work=str(tmp_path / "work"),
                                 dask=cluster.scheduler_address)
    assert result["dedupe"]["projects"] == 42
    assert len(result["crawl"]["dirs"]) == 2  # one shard per worker
    lines = logs.read_run_log(tmp_path / "work" / "runs" / result["run"] / "run.log.jsonl")
    crawled = {r["source"] for r in lines if r.get("stage") == "crawl" and "source" in r}
    assert crawled == set(result["sources"])
    assert any(r.get("stage") == "publish" for r in lines)


# -- failure states carry the reason -------------------------------------------------------------------------------
def test_every_subflow_fails_with_its_reason(harness, tmp_path, monkeypatch):
    """A failed stage's Prefect state says what went wrong (shown in the UI and by `prefect flow-run inspect`)."""
    from pipeline import flows
    from pipeline.crawl import CrawlResult

    monkeypatch.setattr(flows, "crawl_shard", flows.crawl_shard.with_options(retries=0))
    monkeypatch.setattr(flows, "run_crawl", lambda sources, d, **kw: CrawlResult(Path(d), 1, log_tail="ERROR: boom"))
    state = flows.crawl_flow([{"id": "1482", "domains": ["www.kungalv.se"], "start_urls": []}],
                             str(tmp_path / "crawl"), False, return_state=True)
    assert state.is_failed()
    assert "crawl of shard-00 failed: scrapy exited with 1" in state.message and "1482" in state.message

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    state = flows.extract_flow([], str(blocker / "records.parquet"), str(tmp_path / "cache"), return_state=True)
    assert state.is_failed() and "not-a-folder" in state.message

    state = flows.dedupe_flow(str(tmp_path / "missing.parquet"), str(tmp_path / "p.parquet"),
                              str(tmp_path / "datasets"), return_state=True)
    assert state.is_failed() and "missing.parquet" in state.message

    state = flows.publish_flow(str(tmp_path / "none.parquet"), str(tmp_path / "datasets"), {}, {}, [],
                               dt.datetime.now(dt.timezone.utc).isoformat(), return_state=True)
    assert state.is_failed() and "none.parquet" in state.message
