"""Every saved page that has expected records next to it (see pipeline/evaluate.py for the layout)."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluate import CHECKED_FIELDS, Case, find_cases, snapshot_url as _snapshot_url

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "snapshot" / "sites"
FIXTURES = ROOT / "tests" / "fixtures"

__all__ = ["CHECKED_FIELDS", "Case", "cases", "snapshot_url", "ROOT", "SNAPSHOT", "FIXTURES"]


def snapshot_url(page: Path) -> str:
    return _snapshot_url(page, SNAPSHOT)


def cases() -> list[Case]:
    found = [Case("snapshot/" + c.id.split("/", 1)[1], c.page, c.url, c.expected) for c in find_cases(SNAPSHOT)]
    return found + [Case("fixtures/" + c.id.split("/", 1)[1], c.page, c.url, c.expected) for c in find_cases(FIXTURES)]
