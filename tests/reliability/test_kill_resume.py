"""SIGKILL during the crawl and during extraction (publishing: tests/test_publish.py): the next run resumes and
ends complete, nothing archived is fetched again, the records file is never half-written."""

from __future__ import annotations


def test_crawl_killed_resumes_without_fetching_again(reliability_run):
    o = reliability_run["outcomes"]["kill-crawl"]
    assert o.survived, o.problems
    assert "0 refetched" in o.outcome


def test_extraction_killed_leaves_no_half_file_and_reuses_the_cache(reliability_run):
    o = reliability_run["outcomes"]["kill-extract"]
    assert o.survived, o.problems
    assert o.records_lost == 0
