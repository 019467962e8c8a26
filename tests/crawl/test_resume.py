"""A crawl killed midway (SIGKILL) resumes from its own archive: nothing archived is fetched again, and the
finished archive holds what an uninterrupted crawl holds, each page once. A re-crawl against the previous
crawl sends conditional requests; 304s reuse the archived bodies (manifest: not_modified)."""

from __future__ import annotations

import json
import signal
import time

import pytest

from pipeline import simweb
from pipeline.archive import iter_manifest, iter_pages
from pipeline.crawl import run_crawl, start_crawl
from pipeline.replay import ReplayProxy
from pipeline.urls import canonical_url

N_SOURCES = 4
SETTINGS = {"DOWNLOAD_DELAY": 0.02, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}


def _web():
    return simweb.SimWeb(seed=1, n_sources=N_SOURCES)


def _sources(web):
    return [s.to_spider() for s in web.sources]


def _archived(crawl_dir) -> set[str]:
    keys = set()
    for e in iter_manifest(crawl_dir):
        if "warc_file" in e:
            keys |= {canonical_url(e["url"]), canonical_url(e["final_url"])}
    return keys


def _page_keys(crawl_dir) -> list[str]:
    return [canonical_url(e["final_url"]) for e in iter_manifest(crawl_dir) if e["kind"] in ("page", "pdf")]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The same web crawled without interruption."""
    web = _web()
    crawl_dir = tmp_path_factory.mktemp("reference") / "crawl"
    with ReplayProxy(web) as proxy:
        result = run_crawl(_sources(web), crawl_dir, proxy=proxy, extra_settings=SETTINGS, timeout=600)
    assert result.returncode == 0, result.log_tail
    return crawl_dir


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_interrupted_crawl_resumes_without_fetching_again(tmp_path, reference, sig):
    """SIGKILL: no clean shutdown, Scrapy's JOBDIR queue is half-written and dropped; the frontier is rebuilt
    from the archive. SIGINT: Scrapy shuts down cleanly and saves its JOBDIR queue; both are used."""
    web = _web()
    crawl_dir = tmp_path / "crawl"
    with ReplayProxy(web) as proxy:
        proc = start_crawl(_sources(web), crawl_dir, proxy=proxy, extra_settings=SETTINGS)
        manifest = crawl_dir / "manifest.jsonl"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if manifest.exists() and sum(1 for _ in manifest.open()) >= 60:
                break
            if proc.poll() is not None:
                pytest.fail("the crawl finished before it could be interrupted")
            time.sleep(0.05)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        first_requests = len(proxy.requests)
        archived_first = _archived(crawl_dir)
        assert len(archived_first) >= 50

        result = run_crawl(_sources(web), crawl_dir, proxy=proxy, extra_settings=SETTINGS, timeout=600)
        second = proxy.requests[first_requests:]
    assert result.returncode == 0, result.log_tail
    refetched = [f"https://{r['host']}{r['path']}" for r in second
                 if canonical_url(f"https://{r['host']}{r['path']}") in archived_first]
    assert refetched == []
    # the finished archive has every page the uninterrupted crawl has, each once
    keys = _page_keys(crawl_dir)
    assert len(keys) == len(set(keys))
    assert set(keys) == set(_page_keys(reference))
    assert {p.final_url for p in iter_pages(crawl_dir)} == {p.final_url for p in iter_pages(reference)}
    stats = json.loads((crawl_dir / "crawl_stats.json").read_text())
    assert stats["crawl"]["finish_reason"] == "finished"
    assert stats["crawl"]["log_errors"] == 0
    assert stats["crawl"]["pages"] == sum(1 for e in iter_manifest(reference) if e["kind"] == "page")


def test_recrawl_sends_conditional_requests_and_reuses_unchanged_pages(tmp_path, reference):
    web = _web()
    site, changed = next((s, p) for s in web.sites.values() for p in s.pages.values() if p.project)
    changed.body += "<p>Uppdatering: projektet har förlängts ett år.</p>"
    changed_url = canonical_url(site.url(changed.path))
    crawl_dir = tmp_path / "again"
    with ReplayProxy(web) as proxy:
        result = run_crawl(_sources(web), crawl_dir, proxy=proxy, extra_settings=SETTINGS, previous=reference,
                           timeout=600)
        statuses = [r["status"] for r in proxy.requests]
    assert result.returncode == 0, result.log_tail
    assert statuses.count(304) >= 0.5 * statuses.count(200)
    entries = [e for e in iter_manifest(crawl_dir) if e["kind"] == "page"]
    before = {canonical_url(e["final_url"]): e for e in iter_manifest(reference) if e["kind"] == "page"}
    reused = [e for e in entries if e.get("not_modified")]
    assert len(reused) >= 0.5 * len(entries)
    for e in reused:  # the reused body is the archived one, byte for byte, and says so
        assert e["sha256"] == before[canonical_url(e["final_url"])]["sha256"]
        assert e["status"] == 200
    fresh = {canonical_url(e["final_url"]): e for e in entries if not e.get("not_modified")}
    assert fresh[changed_url]["sha256"] != before[changed_url]["sha256"]
    # the new crawl's archive stands on its own: every candidate page body is readable from it
    pages = list(iter_pages(crawl_dir))
    assert pages and all(p.body(crawl_dir) for p in pages)
    assert {p.final_url for p in pages} == {p.final_url for p in iter_pages(reference)}
    stats = json.loads((crawl_dir / "crawl_stats.json").read_text())
    assert stats["crawl"]["not_modified"] == len(reused)


def test_queued_requests_name_their_callbacks_and_come_back_the_same():
    """The disk queue stores a request's callback by name (SpiderRequest names it without listing the spider's
    methods); read back, it is the same method, and a callback the spider does not own is refused as Scrapy does."""
    from scrapy.utils.request import request_from_dict

    from crawlers.spiders.base import SpiderRequest
    from crawlers.spiders.discovery import DiscoverySpider

    spider = DiscoverySpider.__new__(DiscoverySpider)
    for name in ("parse_page", "parse_sitemap"):
        req = SpiderRequest("https://www.kungalv.se/a", callback=getattr(spider, name), errback=spider.failed,
                            priority=3, meta={"source": "kungalv"})
        d = req.to_dict(spider=spider)
        assert (d["callback"], d["errback"]) == (name, "failed")
        back = request_from_dict(d, spider=spider)
        assert type(back) is SpiderRequest and back.callback == getattr(spider, name)
        assert back.errback == spider.failed and back.priority == 3 and back.meta == {"source": "kungalv"}
        assert req.callback == getattr(spider, name)  # the request itself is left as it was
    stranger = SpiderRequest("https://www.kungalv.se/b", callback=lambda response: None)
    with pytest.raises(ValueError):
        stranger.to_dict(spider=spider)


def test_a_damaged_previous_archive_does_not_lose_the_pages_it_held(tmp_path, reference):
    """A 304 for a page whose stored copy cannot be read (the previous crawl's WARC damaged on disk): the page is
    asked for again in full, not lost (found by an adversarial review)."""
    import shutil

    previous = tmp_path / "previous"
    shutil.copytree(reference, previous)
    for warc in previous.rglob("*.warc.gz"):
        data = bytearray(warc.read_bytes())
        for i in range(200, len(data), 997):  # flip bytes all through every record
            data[i] ^= 0xFF
        warc.write_bytes(bytes(data))
    web = _web()
    crawl_dir = tmp_path / "again"
    with ReplayProxy(web) as proxy:
        result = run_crawl(_sources(web), crawl_dir, proxy=proxy, extra_settings=SETTINGS, previous=previous,
                           timeout=600)
    assert result.returncode == 0, result.log_tail
    # every candidate page of the reference crawl is archived again, readable, and none was reused
    pages = list(iter_pages(crawl_dir))
    assert {p.final_url for p in pages} == {p.final_url for p in iter_pages(reference)}
    assert all(p.body(crawl_dir) for p in pages)
    stats = json.loads((crawl_dir / "crawl_stats.json").read_text())
    assert stats["crawl"]["not_modified"] == 0


def test_damaged_manifest_lines_are_skipped_not_fatal(tmp_path, reference, caplog):
    import shutil

    copy = tmp_path / "crawl"
    shutil.copytree(reference, copy)
    with open(copy / "manifest.jsonl", "ab") as fh:
        fh.write(b"\xff\xfe\x00garbage\x80\x81\n" + "åäö not json\n".encode("utf-16"))
    with caplog.at_level("WARNING", logger="socinv"):
        entries = list(iter_manifest(copy))
    assert len(entries) == sum(1 for _ in iter_manifest(reference))
    assert "unreadable line(s) skipped" in caplog.text
