"""The blind set of damaged crawl folders (tests/heldout_errors2, written by someone who read only the README and
one real crawl folder's manifest and WARC headers): `socinv extract --from-warc` on a WARC cut mid-record, wrong
offsets, broken and non-UTF-8 manifest lines, missing, empty and foreign WARC members, encoded bodies, lying
lengths, a 30 MB page, a 50,000-line manifest, a file or a missing folder. The folders (51 MB) are not kept in git:
the set's own generator writes them, the same bytes every time, into a temporary copy of the set."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from error_cases import check_case

SET = Path(__file__).parent / "heldout_errors2"
CASES = json.loads((SET / "cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def set_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("warc-errors") / "heldout_errors2"
    d.mkdir()
    shutil.copy(SET / "make_crawls.py", d)
    subprocess.run([sys.executable, str(d / "make_crawls.py")], check=True, capture_output=True)
    yield d
    for root, dirs, _ in os.walk(d):  # the read-only case's folders, so the copy can be removed
        for name in dirs:
            os.chmod(Path(root) / name, 0o755)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_damaged_crawl_folder(case, set_dir, monkeypatch):
    check_case(case, set_dir, monkeypatch)
