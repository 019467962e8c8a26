"""Monitors flag sources whose project counts fall sharply or vanish, never those that never had any."""

from __future__ import annotations

from pipeline import monitors


def test_sharp_drop_against_previous_good_crawl_is_flagged():
    flags = monitors.flag_sources({"a": 3, "b": 11, "c": 0}, [{"a": 12, "b": 12, "c": 0}])
    assert flags == {"a": "dropped from 12 to 3 projects (previous good crawl)"}


def test_a_bad_crawl_is_not_the_yardstick_for_the_next():
    # 12 → 3 (flagged then) → 4 now: still compared with 12, the last good crawl
    flags = monitors.flag_sources({"a": 4}, [{"a": 12}, {"a": 3}])
    assert flags["a"].startswith("dropped from 12 to 4")


def test_recovered_source_is_not_flagged():
    assert monitors.flag_sources({"a": 11}, [{"a": 12}, {"a": 3}]) == {}


def test_small_sources_are_flagged_only_when_they_fall_to_nothing():
    assert monitors.flag_sources({"a": 1}, [{"a": 2}]) == {}
    assert monitors.flag_sources({"a": 0}, [{"a": 2}]) == {"a": "no projects (previous good crawl had 2)"}


def test_several_empty_crawls_in_a_row_after_having_projects():
    flags = monitors.flag_sources({"a": 0}, [{"a": 5}, {"a": 0}, {"a": 0}])
    assert flags == {"a": "no projects in 3 crawls in a row (last good crawl had 5)"}


def test_sources_that_never_had_projects_and_new_sources_are_quiet():
    assert monitors.flag_sources({"never": 0, "new": 4}, [{"never": 0}, {"never": 0}, {"never": 0}]) == {}


def test_source_missing_from_this_crawl_is_flagged():
    assert monitors.flag_sources({}, [{"a": 4}]) == {"a": "not crawled (previous good crawl had 4 projects)"}


def test_history_round_trip(tmp_path):
    path = tmp_path / "history.jsonl"
    monitors.append_history(path, {"a": 3}, "r1")
    monitors.append_history(path, {"a": 5, "b": 1}, "r2")
    assert monitors.load_history(path) == [{"a": 3}, {"a": 5, "b": 1}]
    assert monitors.load_history(tmp_path / "missing.jsonl") == []


def test_crawl_flags_from_crawl_stats():
    stats = {"crawl": {"finish_reason": "shutdown"}, "sources": {
        "ok": {"pages": 12, "skipped": {}},
        "blocked": {"pages": 0, "skipped": {"robots": 1}},
        "dead": {"pages": 0, "errors": 3, "skipped": {}},
        "big": {"pages": 300, "skipped": {"budget": 40}},
    }}
    flags = monitors.crawl_flags(stats)
    assert "ok" not in flags
    assert flags["blocked"] == "robots.txt forbids the start page"
    assert flags["dead"].startswith("no page fetched")
    assert flags["big"].startswith("page budget reached")
    assert flags["*"] == "crawl did not finish: shutdown"
    rows = monitors.source_summary(stats, {"ok": 4}, flags)
    assert {r["source"]: r["projects"] for r in rows}["ok"] == 4


def test_find_previous_crawl(tmp_path):
    import json

    from pipeline.crawl import find_previous_crawl

    for rid, finish in (("20240101T000000Z", "finished"), ("20240201T000000Z", "finished"),
                        ("20240301T000000Z", "killed")):
        d = tmp_path / rid / "crawl"
        d.mkdir(parents=True)
        (d / "manifest.jsonl").write_text("")
        (d / "crawl_stats.json").write_text(json.dumps({"crawl": {"finish_reason": finish}}))
    assert find_previous_crawl(tmp_path) == tmp_path / "20240201T000000Z" / "crawl"
    assert find_previous_crawl(tmp_path, before=tmp_path / "20240201T000000Z" / "crawl") == \
        tmp_path / "20240101T000000Z" / "crawl"
    assert find_previous_crawl(tmp_path / "none") is None


def test_expected_minimum_from_source_metadata():
    flags = monitors.flag_sources({"a": 1, "b": 6}, [], expected={"a": 3, "b": 5, "c": 2})
    assert flags == {"a": "1 projects, expected at least 3", "c": "0 projects, expected at least 2"}
