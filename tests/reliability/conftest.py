"""One run of the hostile test web for the whole folder: every hostile case in one crawl (one source per case),
and the crawl and extraction kills, side by side (about 30 s)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from pipeline.reliability import report


@pytest.fixture(scope="session")
def reliability_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("reliability")
    with ThreadPoolExecutor(max_workers=3) as pool:
        cases = pool.submit(report.run_cases, work)
        kill_crawl = pool.submit(report.kill_crawl_case, work)
        kill_extract = pool.submit(report.kill_extract_case, work)
        outcomes = {o.case: o for o in cases.result()}
        outcomes["kill-crawl"] = kill_crawl.result()
        outcomes["kill-extract"] = kill_extract.result()
    return {"outcomes": outcomes, "work": work}
