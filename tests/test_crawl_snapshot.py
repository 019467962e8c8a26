"""The real Scrapy engine crawls the snapshot of the seed sites through the replay proxy on 127.0.0.1."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from pipeline import sources
from pipeline.archive import iter_manifest, iter_pages
from pipeline.crawl import SNAPSHOT, run_crawl
from pipeline.replay import ReplayProxy, Reply, SnapshotResolver

CONTENT_PAGES = {
    "https://www.kungalv.se/kommun-och-politik/sociala-investeringar/"
    "sociala-investeringar-blir-nu-konkreta-insatser-och-resurser.4.5f1a2b3c16d9e8f7a6b51c2.html",
    "https://www.vardsamverkanfyrbodal.se/projekt/partnerskapsatsning-i-fyrbodal---sim-spar-2/",
    "https://sandviken.se/nyheter/14-miljoner-for-att-minska-utanforskap---lyckat-skolprojekt-far-del-av-pengarna.html",
    "https://www.vgregion.se/regional-utveckling/verksamhetsomraden/social-hallbarhet/sociala-investeringar/"
    "pagaende-sociala-investeringar/",
    "https://www.enkoping.se/kommun-och-politik/sociala-investeringar/",
}


def seed_sources() -> list[dict]:
    hosts = [p.name for p in SNAPSHOT.iterdir() if p.is_dir()]
    return [s.to_spider() for s in sources.for_hosts(hosts)]


@functools.cache
def _crawl(tmp: str):
    return run_crawl(seed_sources(), Path(tmp) / "crawl", snapshot=SNAPSHOT, polite=False, timeout=300)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    return _crawl(str(tmp_path_factory.mktemp("snapcrawl")))


def test_seed_sources_are_the_five_organisations():
    ids = sorted(s["id"] for s in seed_sources())
    assert ids == sorted(["1482", "2181", "0381", "region-14", "vardsamverkan-fyrbodal"])


def test_crawl_finds_every_content_page_as_candidate(crawl):
    assert crawl.returncode == 0, crawl.log_tail
    candidates = {p.final_url for p in iter_pages(crawl.crawl_dir)}
    assert CONTENT_PAGES <= candidates


def test_listing_and_start_pages_are_fetched_but_not_all_candidates(crawl):
    pages = [e for e in iter_manifest(crawl.crawl_dir) if e["kind"] == "page"]
    assert any(e["final_url"] == "https://www.enkoping.se/" and not e["candidate"] for e in pages)


def test_archive_round_trip_gives_the_served_bytes(crawl):
    resolver = SnapshotResolver(SNAPSHOT)
    for page in iter_pages(crawl.crawl_dir):
        host = page.final_url.split("/")[2]
        path = "/" + page.final_url.split("/", 3)[3]
        assert page.body(crawl.crawl_dir) == resolver.file_for(host, path).read_bytes()


def test_sitemap_index_and_robots_were_read(crawl):
    kinds = {(e["kind"], e["final_url"]) for e in iter_manifest(crawl.crawl_dir)}
    assert ("sitemap", "https://www.vgregion.se/sitemap-2.xml") in kinds
    assert ("robots", "https://www.kungalv.se/robots.txt") in kinds


def test_manifest_records_provenance(crawl):
    for e in iter_manifest(crawl.crawl_dir):
        if e["kind"] == "page":
            assert e["sha256"] and len(e["sha256"]) == 64
            assert e["fetched_at"].endswith("+00:00")
            assert e["source"]
            assert e["platform"] in ("sitevision", "episerver", "wordpress", "drupal", "other")


def test_robots_disallowed_paths_are_never_requested(tmp_path):
    """A topical page under a path robots.txt forbids is linked from the start page; it is never fetched."""
    site = {
        "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /intern/\n"),
        "/": ("text/html", '<html><body><a href="/intern/sociala-investeringar.html">Sociala investeringar</a>'
                           '<a href="/kommun/sociala-investeringar.html">Sociala investeringar</a></body></html>'),
        "/intern/sociala-investeringar.html": ("text/html", "<html><body><h1>Sociala investeringar</h1></body></html>"),
        "/kommun/sociala-investeringar.html": ("text/html", "<html><body><h1>Sociala investeringar</h1></body></html>"),
    }

    def resolver(scheme, host, path, headers):
        if host != "www.testkommun.se" or path not in site:
            return Reply(404)
        ctype, body = site[path]
        return Reply(200, body.encode(), {"Content-Type": ctype + "; charset=utf-8"})

    src = [{"id": "t", "name": "Test", "domains": ["testkommun.se"], "start_urls": ["https://www.testkommun.se/"]}]
    with ReplayProxy(resolver) as proxy:
        result = run_crawl(src, tmp_path / "c", proxy=proxy, polite=False, timeout=120)
        requests = proxy.requests
    assert result.returncode == 0
    paths = [r["path"] for r in requests]
    assert "/kommun/sociala-investeringar.html" in paths
    assert "/intern/sociala-investeringar.html" not in paths
    assert all(r["user_agent"].startswith("socinv/") for r in requests)


def test_a_live_crawl_goes_through_the_users_proxy_and_a_replayed_one_does_not(tmp_path, monkeypatch):
    """The crawl's command leaves the user's proxy variables out (a replayed crawl must reach the replay proxy only);
    a crawl of the live web gets them back: a user behind an organisation's proxy crawls through it."""
    import subprocess

    from pipeline import crawl as crawl_module

    monkeypatch.setenv("https_proxy", "http://proxy.example.se:3128")
    monkeypatch.setenv("no_proxy", "intranet.example.se")
    seen = []

    def fake_run(cmd, **kw):  # the spider process itself is not what is tested here: the environment it is given
        seen.append(kw["env"])
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(crawl_module.subprocess, "run", fake_run)
    sources = [{"id": "ale.se", "name": "Ale", "domains": ["ale.se"], "start_urls": ["https://www.ale.se/"]}]
    crawl_module.run_crawl(sources, tmp_path / "live")
    assert seen[-1]["https_proxy"] == "http://proxy.example.se:3128"
    assert seen[-1]["no_proxy"].split(",") == ["intranet.example.se", "127.0.0.1", "localhost", "::1"]
    cmd, env = crawl_module.crawl_command(sources, tmp_path / "replayed")
    assert "https_proxy" not in env and "no_proxy" not in env
