"""The eighth blind error set (tests/heldout_errors8, written by someone who read only the README, the docs and the
earlier error sets' data): pages as browsers and editors save them (Firefox's complete save with its _files folder,
MHTML cut off inside its HTML part, IE's .mht in Windows-1252 under a UTF-8 meta, a Safari webarchive cut short, text
pages whose `URL:` line follows a byte-order mark, a meta declaring UTF-16 over UTF-8 bytes, an XHTML prolog and a
meta that disagree, content only inside <noscript>, a file name in Unicode NFD); someone else's eval folders
(expected.json holding one object, records missing keys, one case's folder given for the set); releases other tools
touched with SHA256SUMS made to agree (run_summary.json and metadata.json valid JSON of the wrong shape, projects.csv
holding Parquet bytes), a `latest` link with a trailing slash, a release dated in the future, SHA256SUMS with CRLF, a
twin release folder in lower case, a future-dated folder that is no release; and the environment a scheduled job gets
(HOME and TMPDIR nobody can write, the C locale, a locale not installed, a dead proxy in every proxy variable, '~',
'..' and a trailing line break in --datasets).
At first contact (commit 67fbfa0) 15 of 30 passed. The fifteen that failed: a saved page's address came only from a
`URL:` line or a one-file save's headers, so four pages whose <link rel="canonical"> named their site were published
under file:// addresses, and a UTF-8 byte-order mark hid the `URL:` line after it; eval scored an expected record's
absent keys as nulls in silence and scored a case folder given for the set without naming it; status ended in a
traceback on a run_summary.json that is a list, called a projects.csv of Parquet bytes whole because SHA256SUMS was
re-summed, reported a release dated 2031 in silence, and read '~/ds_kopia' and 'data/hem/ds_kopia\\n' as folders that
do not exist (search too); serve-data started Datasette on a metadata.json that is a list and waited for ever; and
`run` ended in "Timed out while attempting to connect to ephemeral Prefect API server" with HOME unwritable
(Prefect's database under ~/.prefect), with TMPDIR=/proc (SQLite in Prefect's server could make no temporary file:
503s) and with a dead proxy in http(s)_proxy (httpx sent Prefect's health checks of 127.0.0.1 to it).
What changed: a saved page's canonical link (else og:url) is its address when no other is given, after a byte-order
mark is dropped; eval names absent keys and leaves those fields of that record out, and names a single case folder;
status also holds each file against datapackage.json and against its own name, names a run summary of the wrong shape
and still reports the release's projects, and says a release is dated after the present; folder options are read as
meant ('~' expanded, blanks and line breaks around them dropped, unless the path exists as given); serve-data checks
metadata.json before starting; `run` adds loopback to no_proxy when a proxy is set, replaces a TMPDIR where no file
can be made, gives Prefect a home under --work when ~/.prefect cannot be written (each said), and refuses an
unwritable --work or PREFECT_HOME by name. Now 30 of 30."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from error_cases import check_case

from pipeline.environment import TEMP_VARIABLES
from pipeline.publish.release import RELEASE_ID

SET = Path(__file__).parent / "heldout_errors8"
NAMES = [c["name"] for c in json.loads((SET / "cases.json").read_text(encoding="utf-8"))]

CORRECTED: dict[str, dict] = {}  # (no case's expectation contradicts its own "why")

# What `socinv run` may set for itself (pipeline.environment.prepare_run): put back after each case, as the case's own
# variables are, so that no case's surroundings leak into the next test.
RUN_SETS = ("PREFECT_HOME", "PREFECT_PROFILES_PATH", "no_proxy", "NO_PROXY", *TEMP_VARIABLES)


@pytest.fixture(scope="module")
def pristine(harness, tmp_path_factory):
    from pipeline.flows import build_release

    base = tmp_path_factory.mktemp("release-errors8")
    build_release(live=False, datasets=str(base / "datasets"), work=str(base / "work"))
    return base / "datasets"


def _make_set(pristine: Path, d: Path) -> Path:
    d.mkdir()
    shutil.copy(SET / "make_cases.py", d)
    subprocess.run([sys.executable, str(d / "make_cases.py"), str(pristine)], check=True, capture_output=True)
    return d


@pytest.fixture(scope="module")
def set_dir(pristine):
    d = _make_set(pristine, pristine.parent / "heldout_errors8")
    yield d
    for root, dirs, files in os.walk(d):  # (in case a case left a file without write bits)
        for name in dirs + files:
            if not (Path(root) / name).is_symlink():
                os.chmod(Path(root) / name, 0o755)


def _keep_environment(monkeypatch) -> None:
    for name in RUN_SETS:
        monkeypatch.setenv(name, os.environ.get(name, ""))
        if not os.environ.get(name):
            monkeypatch.delenv(name)


def _run_case(case: dict, set_dir: Path, monkeypatch) -> None:
    with monkeypatch.context() as m:
        _keep_environment(m)
        for key, value in case.get("env", {}).items():
            m.setenv(key, value)
        check_case(case, set_dir, m)


@pytest.mark.parametrize("name", NAMES)
def test_saved_pages_eval_folders_touched_releases_and_a_scheduled_jobs_environment(name, set_dir, monkeypatch):
    cases = {c["name"]: c for c in json.loads((set_dir / "cases.json").read_text(encoding="utf-8"))}
    case = cases[name]
    case["expect"].update(CORRECTED.get(name, {}))
    _run_case(case, set_dir, monkeypatch)


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def test_what_the_runs_leave_behind(pristine, monkeypatch):
    """What the runner cannot see: the release with CRLF sums is built on and left as it was (its SHA256SUMS still
    CRLF); the lower-case twin and the upper-case release stay as they were and the new release and `latest` are
    upper case; the half-copied 2099 folder is left as it was; the run behind a dead proxy publishes all 42 projects;
    the runs without a writable HOME or TMPDIR leave one whole release or nothing."""
    set_dir = _make_set(pristine, pristine.parent / "heldout_errors8-afterwards")
    cases = {c["name"]: c for c in json.loads((set_dir / "cases.json").read_text(encoding="utf-8"))}
    data = set_dir / "data"

    crlf = (data / "ds_crlf_summor" / "latest").resolve()  # (the pristine release's id, whatever day it was built)
    before = _digests(crlf)
    _run_case(cases["run_on_a_release_whose_sha256sums_has_crlf_line_ends"], set_dir, monkeypatch)
    assert _digests(crlf) == before and b"\r\n" in (crlf / "SHA256SUMS").read_bytes()
    summary = json.loads((data / "ds_crlf_summor" / "latest" / "run_summary.json").read_text(encoding="utf-8"))
    assert summary["previous_release"] == crlf.name

    twin = data / "ds_tvilling_gemener" / "releases"
    before = {p.name: _digests(p) for p in twin.iterdir()}
    assert len(before) == 2 and any(not RELEASE_ID.match(n) for n in before)  # (the upper-case id and its twin)
    _run_case(cases["run_beside_a_twin_release_whose_name_differs_only_in_case"], set_dir, monkeypatch)
    assert {n: _digests(twin / n) for n in before} == before
    new = os.readlink(data / "ds_tvilling_gemener" / "latest")
    assert new.startswith("releases/") and RELEASE_ID.match(new[9:]) and new[9:] not in before

    later = data / "ds_framtida_mapp" / "releases"
    before = {p.name: _digests(p) for p in later.iterdir()}
    assert "2099-12-31T235959Z" in before and len(before) == 2
    _run_case(cases["run_with_a_future_dated_folder_that_is_no_release"], set_dir, monkeypatch)
    assert {n: _digests(later / n) for n in before} == before
    assert (data / "ds_framtida_mapp" / "latest").resolve().name not in before

    _run_case(cases["run_with_proxy_variables_pointing_at_a_dead_proxy"], set_dir, monkeypatch)
    summary = json.loads((data / "ds_tom_proxy" / "latest" / "run_summary.json").read_text(encoding="utf-8"))
    assert summary["projects"] == 42

    for name, folder in (("run_with_a_home_nobody_can_write", "ds_tom_hem"),
                         ("run_with_a_tmpdir_nobody_can_write", "ds_tom_tmpdir")):
        _run_case(cases[name], set_dir, monkeypatch)
        releases = list((data / folder / "releases").iterdir()) if (data / folder / "releases").is_dir() else []
        assert len(releases) <= 1 and all((r / "SHA256SUMS").is_file() for r in releases)
        assert os.environ.get("TMPDIR") != "/proc"  # (the case's variables are put back)
