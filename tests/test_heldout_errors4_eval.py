"""The fourth blind error set (tests/heldout_errors4, written by someone who read only the README, the docs and the
earlier error sets' data): what a data engineer meets on a bad day — file names with blanks, Swedish letters or
Latin-1 bytes, a link that points at itself, pages in odd encodings or that are images and archives, one --url for two
pages, an eval case without its answers, a release whose CSV Excel re-saved or whose datapackage.json was deleted, a
run given "--since igår", a file or a link loop for --datasets, an unreachable Dask scheduler, a folder given to
`socinv crawl`. Its generator builds the damaged copies from a release the test builds from the bundled snapshot.
At first contact 22 of 30 passed (tracebacks for --datasets a file or a loop and for the Dask scheduler; "--since
igår" ran the whole crawl; status said nothing of changed or missing files; the case without expected.json was
silently left out; one --url was stamped on two pages; a Latin-1 file name crashed the output)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from error_cases import check_case

SET = Path(__file__).parent / "heldout_errors4"
NAMES = [c["name"] for c in json.loads((SET / "cases.json").read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def set_dir(harness, tmp_path_factory):
    from pipeline.flows import build_release

    base = tmp_path_factory.mktemp("release-errors4")
    build_release(live=False, datasets=str(base / "datasets"), work=str(base / "work"))
    d = base / "heldout_errors4"
    d.mkdir()
    shutil.copy(SET / "make_cases.py", d)
    subprocess.run([sys.executable, str(d / "make_cases.py"), str(base / "datasets")], check=True,
                   capture_output=True)
    yield d
    for root, dirs, files in os.walk(d):  # the read-only cases' files, so the copy can be removed
        for name in dirs + files:
            if not (Path(root) / name).is_symlink():
                os.chmod(Path(root) / name, 0o755)


@pytest.mark.parametrize("name", NAMES)
def test_a_bad_day_for_the_data_engineer(name, set_dir, monkeypatch):
    cases = {c["name"]: c for c in json.loads((set_dir / "cases.json").read_text(encoding="utf-8"))}
    check_case(cases[name], set_dir, monkeypatch)
