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


def _shard(run_dir, name, finish, entries):
    import json

    d = run_dir / "crawl" / name
    (d / "warc").mkdir(parents=True)
    (d / "warc" / "a.warc.gz").write_bytes(b"warc of " + name.encode())
    (d / "manifest.jsonl").write_text("".join(json.dumps(e) + "\n" for e in entries))
    sources = {e["source"]: {"pages": 1} for e in entries}
    (d / "crawl_stats.json").write_text(json.dumps({"crawl": {"finish_reason": finish}, "sources": sources}))
    return d


def test_previous_crawl_is_merged_per_source_across_runs_and_shards(tmp_path):
    """Shards are cut anew every run: each source's conditional requests use its own newest finished crawl."""
    import json

    from pipeline.crawl import merge_previous_crawls

    def entry(sid, url):
        return {"source": sid, "kind": "page", "url": url, "final_url": url, "status": 200, "etag": '"x"',
                "warc_file": "warc/a.warc.gz", "warc_offset": 0}

    runs = tmp_path / "runs"
    _shard(runs / "20240101T000000Z", "shard-00", "finished", [entry("a", "https://a.se/1"), entry("c", "https://c.se/")])
    _shard(runs / "20240201T000000Z", "shard-00", "finished", [entry("a", "https://a.se/2")])
    _shard(runs / "20240201T000000Z", "shard-01", "killed", [entry("b", "https://b.se/")])
    _shard(runs / "20240101T000000Z", "shard-01", "finished", [entry("b", "https://b.se/old")])
    now = runs / "20240301T000000Z"
    _shard(now, "shard-00", "finished", [entry("a", "https://a.se/now")])  # this run: never its own previous
    out = merge_previous_crawls(runs, ["a", "b"], now / "previous-crawl", before=now)
    lines = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert {(e["source"], e["url"]) for e in lines} == {("a", "https://a.se/2"), ("b", "https://b.se/old")}
    for e in lines:  # WARC names stay inside the merged folder (linked), readable as the middleware reads them
        assert not e["warc_file"].startswith(("/", ".."))
        assert (out / e["warc_file"]).read_bytes().startswith(b"warc of shard-0")
    origin = json.loads((out / "previous.json").read_text())["sources"]
    assert origin == {"a": str(runs / "20240201T000000Z" / "crawl" / "shard-00"),
                      "b": str(runs / "20240101T000000Z" / "crawl" / "shard-01")}
    assert merge_previous_crawls(tmp_path / "none", ["a"], tmp_path / "p") is None


def test_monitor_run_flags_only_crawled_sources_and_summarises_each(tmp_path):
    import json

    run = tmp_path / "run"
    d = run / "crawl" / "shard-00"
    d.mkdir(parents=True)
    (d / "crawl_stats.json").write_text(json.dumps({"crawl": {"finish_reason": "finished"}, "sources": {
        "a": {"pages": 9, "candidates": 2, "pdfs": 1, "errors": 1, "skipped": {}},
        "b": {"pages": 0, "errors": 4, "skipped": {}}}}))
    history = [{"a": 6, "b": 3, "x": 5}]
    m = monitors.monitor_run([d], ["a", "b"], {"a": 2, "b": 0}, history, {"a": {"failures": 1}})
    assert m["flags"] == {"a": "dropped from 6 to 2 projects (previous good crawl)",
                          "b": "no projects (previous good crawl had 3)"}  # x was not crawled: not this run's call
    rows = {r["source"]: r for r in m["sources"]}
    assert rows["a"]["errors"] == 2 and rows["a"]["finish_reason"] == "finished"
    assert rows["b"]["crawl_flag"].startswith("no page fetched") and rows["b"]["carried_forward"]
    assert m["counts"] == {"a": 2, "b": 0}
    assert monitors.projects_per_source([{"source_id": "a", "project_id": "p1"}, {"source_id": "a", "project_id": "p1"},
                                         {"source_id": "a", "project_id": "p2"}], ["a", "b"]) == {"a": 2, "b": 0}


def test_crawl_summary_lines_from_crawl_stats():
    from pipeline.cli import crawl_summary

    stats = {"crawl": {"finish_reason": "finished", "skipped": {"calendar": 2}, "robots_forbidden": 1,
                       "requests": 14}, "sources": {"a": {"pages": 5, "candidates": 3, "pdfs": 1, "errors": 0,
                                                          "skipped": {"budget": 7}}}}
    lines = crawl_summary(stats)
    assert lines[0] == "skipped: calendar 2, robots 1"
    assert lines[1].startswith("source a: 5 pages, 3 candidates, 1 PDFs") and "page budget reached" in lines[1]
    assert lines[2].startswith("finish reason: finished, 14 requests")


def test_a_release_whose_counts_never_reached_the_history_is_recorded_by_the_next_run(tmp_path):
    """A run killed after publishing and before appending its counts: the release's run_summary.json holds them, and
    the next run records them first (once; a history that has them, or a summary without them, is left alone)."""
    from pipeline.monitors import HISTORY_FILE, append_history, load_history, reconcile_history

    history = tmp_path / HISTORY_FILE
    append_history(history, {"0381": 4}, "20261201T000000Z")
    summary = {"run": "20261206T120000Z", "monitor": {"counts": {"0381": 5, "1482": 3}, "flags": {}}}
    assert reconcile_history(history, summary) == "20261206T120000Z"
    assert load_history(history) == [{"0381": 4}, {"0381": 5, "1482": 3}]
    assert reconcile_history(history, summary) is None  # already there
    assert len(load_history(history)) == 2
    assert reconcile_history(history, {"release": "x"}) is None  # a release from before run ids were kept
    assert reconcile_history(history, None) is None
    history.write_bytes(history.read_bytes() + b"\xff\xfe broken line\n")  # a damaged line is skipped, not fatal
    assert reconcile_history(history, {"run": "r2", "monitor": {"counts": {}}}) == "r2"
