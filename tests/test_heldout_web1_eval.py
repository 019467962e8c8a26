"""The blind hostile web (tests/heldout_web1/, 30 sites written by a helper who read only the README): ``socinv
crawl`` of each site, as a user runs it, checked against the case's expectations (tests/web_cases.py). At first
contact 28 of 30 held (a redirect to port 0 left Scrapy's traceback of the refused robots.txt in the log, and a
sitemap index listing itself "?page=N+1" was followed for 14,000 requests); all hold now.

The four cases that wait on a server on purpose (a robots.txt and a page that never answer, a page that drips a byte
a second, a site answering 503 with "Retry-After: 86400") take 90–250 s each and are marked slow: run them with
``pytest -m slow tests/test_heldout_web1_eval.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from web_cases import Server, failures, run_case

SET = Path(__file__).parent / "heldout_web1"
CASES = json.loads((SET / "cases.json").read_text())
WAITING = {"robots_hangs", "headers_then_stall", "drip_one_byte_per_second", "whole_site_503_retry_after_day"}


@pytest.fixture(scope="module")
def server():
    running = Server(SET, max(c["port_offset"] for c in CASES) + 1)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def quick_runs(server, tmp_path_factory):
    """The quick cases crawled side by side (each is a subprocess waiting on its own site)."""
    import concurrent.futures

    out = tmp_path_factory.mktemp("web1")
    quick = [c for c in CASES if c["name"] not in WAITING]
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        return dict(zip([c["name"] for c in quick], pool.map(lambda c: run_case(c, server.base, out / c["name"]), quick)))


@pytest.mark.parametrize("case", [c for c in CASES if c["name"] not in WAITING], ids=lambda c: c["name"])
def test_quick_case(case, quick_runs):
    assert failures(case, quick_runs[case["name"]]) == []


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if c["name"] in WAITING], ids=lambda c: c["name"])
def test_waiting_case(case, server, tmp_path):
    assert failures(case, run_case(case, server.base, tmp_path / case["name"])) == []


def test_the_set_is_whole():
    assert len(CASES) == 30 and WAITING <= {c["name"] for c in CASES}
