"""Each case of the hostile test web (pipeline/reliability/hostile.py), crawled with the real spider: the crawl
finishes, crawl_stats.json names the case, the good project page next to it is extracted, and nothing is fetched
off the site (the bait host is never asked; private addresses are refused before any connection)."""

from __future__ import annotations

import pytest

from pipeline.archive import iter_manifest
from pipeline.reliability.hostile import CASES, GOOD_PATH, HOSTILE_PATH, GOOD_TITLE

SITE_PATHS = {"/robots.txt", "/sitemap.xml", "/", GOOD_PATH, HOSTILE_PATH, HOSTILE_PATH + "-b", "/kommun-och-politik/"}


@pytest.fixture(scope="module")
def outcomes(reliability_run):
    return reliability_run["outcomes"]


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_case_survives(outcomes, name):
    o = outcomes[name]
    assert o.survived, o.problems
    assert o.records_lost == 0
    assert GOOD_TITLE in o.stats["titles"]
    # only the site's own paths were asked for: no /intern/ (robots.txt), no links from hostile pages
    assert set(o.stats["requests"]) <= SITE_PATHS, o.stats["requests"]


def test_every_case_is_named_in_the_run_summary(outcomes, reliability_run):
    import json

    stats = json.loads((reliability_run["work"] / "hostile" / "crawl_stats.json").read_text())
    assert stats["crawl"]["finish_reason"] == "finished"
    for case in CASES:
        src = stats["sources"][case.name]
        named = {**src["skipped"], **src["errors_by_type"], **src["notes"],
                 **{f"backoff-{k}": v for k, v in src["backoffs"].items()}}
        assert any(named.get(k) for k in case.reported), (case.name, named)


def test_timeouts_and_resets_are_retried_then_given_up(outcomes):
    for name in ("hang", "reset"):
        # RETRY_TIMES = 2: three attempts; Twisted's connection pool may repeat an attempt once on a fresh
        # connection when a kept-alive one failed
        assert 3 <= outcomes[name].stats["requests"][HOSTILE_PATH] <= 6


def test_retry_after_is_waited_for(outcomes):
    log = [t for t, p in outcomes["429-retry-after"].stats["log"] if p == HOSTILE_PATH]
    assert len(log) == 2 and log[1] - log[0] >= 0.95


def test_huge_page_is_cut_off_near_the_size_limit(outcomes):
    streamed = outcomes["huge-page"].stats["streamed"].get(HOSTILE_PATH, 0)
    assert streamed < 50 * 1024 * 1024  # the client hung up at DOWNLOAD_MAXSIZE (10 MB), the server noticed


def test_redirect_loop_is_bounded(outcomes):
    req = outcomes["redirect-loop"].stats["requests"]
    assert req[HOSTILE_PATH] + req[HOSTILE_PATH + "-b"] <= 6  # REDIRECT_MAX_TIMES = 5


def test_private_and_off_site_targets_are_never_tried(outcomes):
    for name in ("redirect-off-site", "redirect-private", "redirect-metadata", "sitemap-off-site",
                 "prompt-like-text"):
        src = outcomes[name].stats["source"]
        assert not src["errors_by_type"].get("timeout"), name
        assert not src["errors_by_type"].get("connection-refused"), name


def test_rejected_pages_are_archived_but_not_extracted(reliability_run):
    crawl_dir = reliability_run["work"] / "hostile"
    rejected = {e["source"]: e["reason"] for e in iter_manifest(crawl_dir) if e["kind"] == "rejected"}
    assert rejected["binary-as-html"] == "binary-as-html"
    assert rejected["empty-200"] == "empty-page"
    soft = [e for e in iter_manifest(crawl_dir) if e["source"] == "soft-404" and e["final_url"].endswith(HOSTILE_PATH)]
    assert soft and not soft[0]["candidate"] and soft[0]["reason"] == "soft-404"


def test_prompt_like_text_gives_no_record(outcomes):
    assert outcomes["prompt-like-text"].stats["titles"] == [GOOD_TITLE]
