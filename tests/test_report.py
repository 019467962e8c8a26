"""report.html: self-contained (no external resource), and drawn by a real headless browser."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from pipeline.publish.report import render_report

PROJECTS = [
    {"project_id": "1482-a", "municipality_codes": ["1482"], "themes": ["skolnarvaro"], "budget_sek": 500_000,
     "start_date": dt.date(2021, 1, 1)},
    {"project_id": "14-b", "municipality_codes": ["1480", "1482"], "themes": ["skolnarvaro", "psykisk-halsa"],
     "budget_sek": 2_000_000, "start_date": dt.date(2022, 9, 1)},
    {"project_id": "14-c", "municipality_codes": ["1401"], "removed_from_source": True},
]
COVERAGE = [{"kind": "kommun", "status": "projects found"}, {"kind": "kommun", "status": "not crawled"}]


def test_report_is_self_contained_and_states_the_figures():
    page = render_report("2026-01-01T000000Z", PROJECTS, COVERAGE)
    assert not re.search(r"""(src|href)=["']?https?://""", page)  # no CDN, no remote font or script
    assert "<script" not in page
    assert "<strong>2</strong> aktiva projekt" in page and "<strong>2</strong> av 290 kommuner" in page
    assert "Kungälv (1482): 2 projekt" in page  # a tile's tooltip
    assert page.count("<rect") >= 290  # one tile per municipality, plus bars
    assert "Skolnärvaro" in page and "projects found" in page


def _screenshot(chromium: str, page, out, profile):
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--screenshot={out}", "--window-size=1000,1400", page.as_uri()],
                   check=True, capture_output=True, timeout=90)
    return out.read_bytes()


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian chromium not installed (apt-get install chromium)")
def test_report_renders_in_headless_chromium(tmp_path):
    chromium = shutil.which("chromium")
    report = tmp_path / "report.html"
    report.write_text(render_report("2026-01-01T000000Z", PROJECTS, COVERAGE), encoding="utf-8")
    blank = tmp_path / "blank.html"
    blank.write_text("<!doctype html><html><body></body></html>", encoding="utf-8")
    shot = _screenshot(chromium, report, tmp_path / "report.png", tmp_path / "p1")
    empty = _screenshot(chromium, blank, tmp_path / "blank.png", tmp_path / "p2")
    assert shot.startswith(b"\x89PNG")
    # A drawn page compresses far worse than an empty one: tiles, bars and text, not one background colour.
    assert len(shot) > 5 * len(empty)
