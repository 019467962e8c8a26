"""The saved pages' blocks, parsed once per test run: the real texts the shortcut tests compare fast and plain
forms on (tests/**/test_*shortcuts*.py and the gate tests)."""

from __future__ import annotations

import functools


@functools.cache
def saved_page_blocks(limit: int = 150) -> tuple[tuple, ...]:
    """The blocks of each of the first ``limit`` saved pages (``pipeline.extract.parse_page``)."""
    from pipeline.benchmarks.extract_speed import saved_pages
    from pipeline.extract import parse_page

    return tuple(tuple(parse_page(body, url, "text/html").blocks) for url, body in saved_pages()[:limit])


def saved_block_texts(limit: int = 150) -> list[str]:
    """Every block's text of those pages."""
    return [b.text for blocks in saved_page_blocks(limit) for b in blocks]
