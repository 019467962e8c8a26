"""Manners on a small simulated web with a short per-host delay: no host ever gets two requests closer than
the delay, 429/503 Retry-After is honoured, robots.txt-forbidden URLs are never requested, we say who we are."""

from __future__ import annotations

import pytest

from crawlers.middlewares import parse_retry_after
from pipeline import simweb

DELAY = 0.1


@pytest.fixture(scope="module")
def polite(tmp_path_factory):
    result = simweb.measure(n_sources=6, seed=3, delay=DELAY, crawl_dir=tmp_path_factory.mktemp("manners") / "c",
                            timeout=600)
    assert result["returncode"] == 0, result.get("log_tail")
    return result


def test_no_host_gets_two_requests_closer_than_the_delay(polite):
    # the delay is counted from the end of the previous answer, so it is a floor for arrivals at the server
    assert polite["min_gap_seconds_per_host"] >= DELAY * 0.95, polite["min_gap_host"]
    assert polite["min_gap_seconds_per_site"] >= DELAY * 0.95  # www.x.se and x.se share one slot
    assert polite["max_requests_per_second_per_host"] <= int(1 / DELAY)


def test_retry_after_is_honoured(polite):
    assert polite["retry_after_violations"] == 0


def test_robots_forbidden_urls_are_never_requested(polite):
    assert polite["forbidden_requests"] == 0, polite["forbidden_urls"]


def test_the_web_still_gets_crawled(polite):
    assert polite["recall"] >= 0.95
    assert polite["pages_fetched"] > 100


@pytest.mark.parametrize("value,expected", [
    ("5", 5.0), (b"120", 120.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), (None, None), ("soon", None)])
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date_in_the_future():
    import email.utils
    import time

    now = time.time()
    assert abs(parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) - 30) < 1.5


def test_allow_loopback_allows_loopback_only():
    """--allow-loopback is for local test servers: 127.0.0.1/localhost, never other private ranges."""
    from crawlers.spiders.discovery import DiscoverySpider

    spider = DiscoverySpider(urls="http://127.0.0.1:8000/,http://localhost:8001/", allow_loopback="1")
    assert len(spider.sources) == 2
    for url in ("http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/"):
        with pytest.raises(ValueError):
            DiscoverySpider(urls=url, allow_loopback="1")
    with pytest.raises(ValueError):
        DiscoverySpider(urls="http://127.0.0.1:8000/")
