"""The blind set of damaged releases and eval folders (tests/heldout_errors3, written by someone who read only the
README, the docs, the earlier error sets' data and one real release): `socinv status`, `search` and `explain` on a
truncated, emptied, older-schema, CSV-only, link-less, looping or lying release, odd queries and ids; `socinv eval` on
cases whose expected.json, meta.json or page is missing or malformed. The set's generator damages copies of a release
the test builds from the bundled snapshot (the same flow as `socinv run`), so the cases' expectations (the release's
id, a project's id and title) are those of that release. At first contact 28 of 35 passed: a 10,000-character query
took 62 s (each word rebuilt every project's text), and six malformed eval cases crashed `socinv eval`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from error_cases import check_case

SET = Path(__file__).parent / "heldout_errors3"
NAMES = [c["name"] for c in json.loads((SET / "cases.json").read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def set_dir(harness, tmp_path_factory):
    from pipeline.flows import build_release

    base = tmp_path_factory.mktemp("release-errors")
    build_release(live=False, datasets=str(base / "datasets"), work=str(base / "work"))
    d = base / "heldout_errors3"
    d.mkdir()
    shutil.copy(SET / "make_cases.py", d)
    subprocess.run([sys.executable, str(d / "make_cases.py"), str(base / "datasets")], check=True,
                   capture_output=True)
    yield d
    for root, dirs, files in os.walk(d):  # the unreadable case's files, so the copy can be removed
        for name in dirs + files:
            if not (Path(root) / name).is_symlink():  # (a link may point nowhere, or at itself)
                os.chmod(Path(root) / name, 0o755)


@pytest.mark.parametrize("name", NAMES)
def test_damaged_release_or_eval_folder(name, set_dir, monkeypatch):
    cases = {c["name"]: c for c in json.loads((set_dir / "cases.json").read_text(encoding="utf-8"))}
    check_case(cases[name], set_dir, monkeypatch)
