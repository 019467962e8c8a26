"""A crawl's WARC archive can be served again by the replay proxy (WarcResolver): the snapshot, archived
once, is crawled from its own archive with the same result."""

from __future__ import annotations

from pipeline import sources
from pipeline.archive import iter_pages
from pipeline.crawl import SNAPSHOT, run_crawl
from pipeline.replay import ReplayProxy, WarcResolver


def test_snapshot_crawl_replays_from_its_warc(tmp_path):
    hosts = [p.name for p in SNAPSHOT.iterdir() if p.is_dir()]
    srcs = [s.to_spider() for s in sources.for_hosts(hosts)]
    first = run_crawl(srcs, tmp_path / "first", snapshot=SNAPSHOT, polite=False, timeout=300)
    assert first.returncode == 0, first.log_tail
    with ReplayProxy(WarcResolver(tmp_path / "first")) as proxy:
        second = run_crawl(srcs, tmp_path / "second", proxy=proxy, polite=False, timeout=300)
    assert second.returncode == 0, second.log_tail
    a = {p.final_url: p.sha256 for p in iter_pages(tmp_path / "first")}
    b = {p.final_url: p.sha256 for p in iter_pages(tmp_path / "second")}
    assert a and a == b
