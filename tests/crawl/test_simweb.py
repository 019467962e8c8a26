"""Discovery measured on a small simulated national web (pipeline/simweb.py), crawled once per module.

25 organisations on their real host names, served from memory through the replay proxy: Sitevision,
Episerver, Municipio and plain sites, most with no social-investment page, some with one page, listings with
detail pages (paginated), projects only in news, only in a PDF, only by following links, under a path
robots.txt forbids; broken/missing/gzipped sitemaps, redirect chains, duplicate URLs, calendar and facet
traps, 404/410 pages, 429/503 with Retry-After. The full 311-organisation measure is marked slow.
"""

from __future__ import annotations

import json

import pytest

from pipeline import simweb
from pipeline.archive import iter_manifest


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    crawl_dir = tmp_path_factory.mktemp("simweb") / "crawl"
    result = simweb.measure(n_sources=25, seed=0, delay=0.0, crawl_dir=crawl_dir, timeout=600)
    assert result["returncode"] == 0, result.get("log_tail")
    return result


def test_the_generator_is_deterministic_and_covers_every_scenario():
    a, b = simweb.SimWeb(0, n_sources=25), simweb.SimWeb(0, n_sources=25)
    assert set(a.truth().project_pages) == set(b.truth().project_pages)
    scenarios = {s.scenario for s in a.sites.values()}
    assert scenarios >= {"none", "single", "listing", "listing-paged", "news", "pdf-only", "forbidden",
                         "hub-described", "link-only", "fund-only", "nearmiss"}
    assert {s.platform for s in a.sites.values()} == {"sitevision", "episerver", "municipio", "plain"}
    sizes = [len([p for p in s.pages.values() if p.raw is None]) for s in a.sites.values()]
    assert min(sizes) >= 10 and max(sizes) <= 80
    site = next(iter(a.sites.values()))
    assert a("https", site.serve_host, "/", {}).status == 200
    if site.serve_host != site.host:
        assert a("https", site.host, "/", {}).status == 301


def test_recall_and_precision_of_project_pages(small):
    assert small["recall"] >= 0.95, small["missed"]
    assert small["precision"] >= 0.9, small["false_positives"]


def test_pdfs_linked_from_topical_pages_are_archived(small):
    assert small["pdf_recall"] >= 0.95, small["missed_pdfs"]


def test_no_request_to_a_path_robots_txt_forbids(small):
    assert small["forbidden_requests"] == 0, small["forbidden_urls"]


def test_retry_after_is_honoured(small):
    assert small["retry_after_violations"] == 0


def test_platform_is_detected_from_the_pages(small):
    assert small["platform_accuracy"] >= 0.95


def test_traps_and_duplicates_are_not_crawled(small):
    entries = list(iter_manifest(small["crawl_dir"]))
    urls = [e["final_url"] for e in entries if e["kind"] == "page"]
    assert not [u for u in urls if "manad=" in u], "calendar pages fetched"
    assert not [u for u in urls if u.count("=") >= 2], "facet combinations fetched"
    assert not [u for u in urls if "print=" in u or "lang=" in u], "duplicate URL variants fetched"
    from pipeline.urls import canonical_url
    keys = [canonical_url(u) for u in urls]
    assert len(keys) == len(set(keys)), "a page archived twice"
    assert small["duplicate_pages"] == 0


def test_crawl_stats_are_written_per_source(small):
    from pathlib import Path

    stats = json.loads((Path(small["crawl_dir"]) / "crawl_stats.json").read_text())
    assert stats["crawl"]["finish_reason"] == "finished"
    assert stats["crawl"]["pages"] == small["pages_fetched"]
    assert len(stats["sources"]) == 25
    assert sum(s["candidates"] for s in stats["sources"].values()) == stats["crawl"]["candidates"]
    assert all(s["platform"] for s in stats["sources"].values() if s["pages"])


@pytest.mark.slow
def test_national_simulated_web(tmp_path):
    result = simweb.measure(seed=0, delay=0.0, crawl_dir=tmp_path / "crawl", timeout=3600)
    simweb.print_report(result)
    assert result["returncode"] == 0
    assert result["recall"] >= 0.95 and result["precision"] >= 0.9
    assert result["forbidden_requests"] == 0
