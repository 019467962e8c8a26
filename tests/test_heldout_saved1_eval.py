"""The blind set of saved pages (tests/heldout_saved1, written by a helper who read only the README): the ways people
save a municipal page in a browser or elsewhere (Chrome's and Firefox's "Webpage, Complete", MHTML, Safari's
webarchive, the text save, SingleFile, reader view, Word's "Web Page, filtered", a Google Docs zip, an e-mail, a
view-source page, a printed PDF, redirect stubs, login pages, shortcuts, odd file names), each case run through
`socinv extract` and checked for its exit code, the number of records, the project titles that must be read, the
messages that must name a file, and no traceback. ``python3 tests/heldout_saved1/make_files.py`` regenerates the
files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from error_cases import check_case

SET = Path(__file__).parent / "heldout_saved1"
CASES = json.loads((SET / "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_saved_page(case, monkeypatch):
    check_case(case, SET, monkeypatch)
