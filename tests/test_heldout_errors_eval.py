"""The blind set of hostile files (tests/heldout_errors1, written by someone who read only the README): each case
runs `socinv extract` on its files and checks the exit code, the number of records, the messages that must name
the file, and that no traceback is printed. The set's own cases.json says why each expectation is right."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from error_cases import check_case

SET = Path(__file__).parent / "heldout_errors1"
CASES = json.loads((SET / "cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def set_dir(tmp_path_factory):
    """A copy of the set, with the file that must be unreadable made so (git keeps no mode 000)."""
    d = tmp_path_factory.mktemp("errors") / "heldout_errors1"
    shutil.copytree(SET, d, symlinks=True)
    os.chmod(d / "files" / "noperm.html", 0)
    yield d
    os.chmod(d / "files" / "noperm.html", 0o644)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hostile_file(case, set_dir, monkeypatch):
    check_case(case, set_dir, monkeypatch)
