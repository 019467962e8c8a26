"""The general checks behind the heldout_errors7 fixes, beyond what its cases pin: search folding (Unicode form,
case, invisible characters), ids in any case, output to a terminal that cannot hold every character, SHA256SUMS lines
naming paths outside a release, `latest` leading out of the datasets folder, top-level names that are no links (kept
aside by a run, never deleted), the lock file's name taken by a folder, a clock behind the newest release, folder
options that are empty or web addresses, SOCINV_SNAPSHOT naming no folder, a projects.sqlite that is no database,
bench --out to an existing file in a folder this user cannot write."""

from __future__ import annotations

import datetime as dt
import fcntl
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import _json, _unwritable, app, fold_for_search, sqlite_problem
from pipeline.publish.release import (PreviousReleaseDamaged, _link_stable_paths, is_release_file_name, latest_outside,
                                      previous_release_dir, publish, published_file_problems, top_level_problems)
from publish_helpers import NOW, make_projects

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture()
def release(tmp_path) -> Path:
    """A datasets folder with one published release of 6 synthetic projects."""
    datasets = tmp_path / "datasets"
    publish(make_projects(6), datasets, now=NOW)
    return datasets


# -- search and explain as people type and paste -------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["va\u0308gledarutbildning", "vägledar\u00adutbildning", "VÄGLEDARUTBILDNING",
                                   "väg\u200bledar\u2060utbildning", "\ufeffvägledarutbildning"])
def test_a_query_is_folded_as_the_text_is(typed):
    assert fold_for_search(typed) == "vägledarutbildning"
    assert fold_for_search("ﬁka") == "fika"  # a PDF's ligature


def test_search_finds_a_title_typed_in_nfd_capitals_or_with_a_soft_hyphen(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")  # (the table's width: ids unbroken)
    projects = make_projects(6)
    projects[2]["title"] = "Vägledande samspel, väg\u00adledar\u00adutbildning"  # (the page's soft hyphens kept)
    publish(projects, tmp_path, now=NOW)
    for typed in ("vägledarutbildning", "va\u0308gledarutbildning", "VÄGLEDARUTBILDNING", "vägledar\u00adutbildning",
                  "väg\u200bledarutbildning"):
        result = runner.invoke(app, ["search", "--datasets", str(tmp_path), typed])
        assert result.exit_code == 0 and "1 projects matching" in result.stdout, (typed, result.output)
        assert projects[2]["project_id"] in result.stdout


def test_explain_takes_an_id_in_any_case(release, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    pid = make_projects(6)[1]["project_id"]
    result = runner.invoke(app, ["explain", "--datasets", str(release), pid.upper()])
    assert result.exit_code == 0 and pid in result.stdout, result.output


# -- a terminal that cannot hold every character --------------------------------------------------------------------
def test_output_to_a_latin1_terminal_is_replaced_not_raised():
    code = ("from pipeline.cli import _tolerant_stdio, _json; import sys; _tolerant_stdio(); "
            "print('Ungdomar 15–17 år …'); print(_json({'t': 'a – b'})); sys.stderr.write('fel – här\\n')")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "iso-8859-1", "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode("latin-1").splitlines()
    assert lines[0] == "Ungdomar 15?17 år ?"
    assert lines[1] == '{"t": "a \\u2013 b"}'  # a JSON record stays whole, as an escape
    assert proc.stderr.decode("latin-1") == "fel \\u2013 här\n"


@pytest.mark.parametrize("encoding, expected", [("utf-8", '{"t": "å – ö"}'),
                                                ("iso-8859-1", '{"t": "\\u00e5 \\u2013 \\u00f6"}')])
def test_json_keeps_its_letters_where_stdout_holds_them(encoding, expected, monkeypatch):
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding=encoding))
    assert _json({"t": "å – ö"}) == expected


# -- SHA256SUMS and the links of the datasets folder -----------------------------------------------------------------
@pytest.mark.parametrize("name", ["../../notes.txt", "/etc/passwd", "sub/file", "..", ".", "a\\b", ""])
def test_a_checksum_line_outside_the_release_is_no_release_file(name):
    assert not is_release_file_name(name)


def test_a_checksum_line_outside_the_release_is_said_and_not_followed(release, tmp_path):
    rel = (release / "latest").resolve()
    secret = tmp_path / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    sums = rel / "SHA256SUMS"
    os.chmod(sums, 0o644)
    sums.write_text(sums.read_text(encoding="utf-8") + f"{'0' * 64}  ../../../secret.txt\n{'0' * 64}  {secret}\n",
                    encoding="utf-8")
    problems = published_file_problems(rel)
    assert len(problems) == 2 and all("outside the release: not followed" in p for p in problems)
    assert "secret.txt" in problems[0] and str(secret) in problems[1]
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert result.exit_code == 0 and "secret.txt" in result.stderr


def test_latest_leading_out_of_the_folder_is_not_this_folders_release(release, tmp_path):
    other = tmp_path / "other"
    publish(make_projects(8), other, now=NOW - dt.timedelta(days=7))
    own = (release / "latest").resolve()
    assert latest_outside(release) is None
    os.symlink(str(own), release / "latest.abs")
    os.replace(release / "latest.abs", release / "latest")  # an absolute link into its own folder is fine
    assert latest_outside(release) is None
    os.symlink(os.path.relpath((other / "latest").resolve(), release), release / "latest.tmp")
    os.replace(release / "latest.tmp", release / "latest")
    assert "other" in latest_outside(release)
    problems: list[str] = []
    assert previous_release_dir(release, problems) == own  # this folder's own release, the neighbour's passed over
    assert "outside this datasets folder" in problems[0]
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert result.exit_code == 0 and "other" in result.stderr and own.name in result.stdout
    shutil_rmtree(release / "releases")
    with pytest.raises(PreviousReleaseDamaged, match="outside this datasets folder"):
        previous_release_dir(release)


def shutil_rmtree(path: Path) -> None:
    import shutil

    for root, dirs, files in os.walk(path):
        for n in dirs + files:
            os.chmod(Path(root) / n, 0o755)
    shutil.rmtree(path)


def test_a_releases_folder_on_other_storage_is_still_this_folders(tmp_path):
    store = tmp_path / "big-disk" / "releases"
    datasets = tmp_path / "datasets"
    publish(make_projects(6), datasets, now=NOW)
    store.parent.mkdir()
    os.rename(datasets / "releases", store)
    os.symlink(store, datasets / "releases")
    assert latest_outside(datasets) is None
    rel = (datasets / "latest").resolve()  # and one release moved there on its own, linked back
    os.rename(rel, tmp_path / "big-disk" / rel.name)
    os.symlink(tmp_path / "big-disk" / rel.name, rel)
    assert latest_outside(datasets) is None and previous_release_dir(datasets) == tmp_path / "big-disk" / rel.name


def test_top_level_files_that_are_no_links_are_named_and_left(release):
    rel = (release / "latest").resolve()
    (release / "projects.csv").unlink()
    (release / "projects.csv").write_bytes(b"project_id;title\r\n")  # an editor's save
    (release / "README.md").unlink()
    (release / "README.md").write_bytes((rel / "README.md").read_bytes())  # a copy with the link followed
    (release / "report.html").unlink()
    (release / "report.html").mkdir()
    problems = top_level_problems(release)
    assert any(p.startswith("datasets/projects.csv is a regular file") for p in problems)
    assert any(p.startswith("datasets/report.html is a folder") for p in problems)
    assert any(p.startswith("README.md: copies of the published files") for p in problems)
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert "datasets/projects.csv is a regular file" in result.stderr
    assert (release / "projects.csv").read_bytes() == b"project_id;title\r\n"  # status changes nothing


def test_publishing_keeps_a_users_file_aside_and_never_over_another(release):
    rel = (release / "latest").resolve()
    (release / "projects.csv").unlink()
    (release / "projects.csv").write_bytes(b"edited")
    (release / "README.md").unlink()
    (release / "README.md").write_bytes((rel / "README.md").read_bytes())
    (release / "report.html").unlink()
    (release / "report.html").mkdir()
    (release / "report.html" / "mine.txt").write_text("mine", encoding="utf-8")
    (release / "projects.csv.replaced-X").write_bytes(b"an earlier one")
    kept = _link_stable_paths(release, ["projects.csv", "README.md", "report.html"], "X", rel)
    assert (release / "projects.csv.replaced-X").read_bytes() == b"an earlier one"
    assert (release / "projects.csv.replaced-X-2").read_bytes() == b"edited"
    assert (release / "report.html.replaced-X" / "mine.txt").read_text(encoding="utf-8") == "mine"
    assert not list(release.glob("README.md.replaced-*"))  # a copy of the published bytes: nothing lost
    assert [k.split(" was ")[0] for k in kept] == ["datasets/projects.csv", "datasets/report.html"]
    assert "kept aside as projects.csv.replaced-X-2" in kept[0]
    for name in ("projects.csv", "README.md", "report.html"):
        assert os.readlink(release / name) == f"latest/{name}"


def test_a_run_publishing_over_an_editors_save_reports_where_it_went(release):
    (release / "projects.csv").unlink()
    (release / "projects.csv").write_bytes(b"edited")
    report = publish(make_projects(6), release, now=NOW + dt.timedelta(days=7))
    assert len(report.kept_aside) == 1 and "projects.csv" in report.kept_aside[0]
    aside = release / f"projects.csv.replaced-{report.release}"
    assert aside.read_bytes() == b"edited" and os.readlink(release / "projects.csv") == "latest/projects.csv"


# -- the run's lock, clock and folders --------------------------------------------------------------------------------
def test_a_folder_in_the_locks_place_is_refused_and_kept(tmp_path):
    from pipeline.runlock import RunLocked, check_free, exclusive_run

    (tmp_path / ".run.lock").mkdir()
    (tmp_path / ".run.lock" / "pid").write_text("4242\n", encoding="utf-8")
    with pytest.raises(RunLocked, match=r"\.run\.lock is a folder"):
        check_free(tmp_path)
    with pytest.raises(RunLocked, match=r"\.run\.lock is a folder"):
        with exclusive_run(tmp_path):
            pass
    assert (tmp_path / ".run.lock" / "pid").read_text(encoding="utf-8") == "4242\n"


def test_the_lock_check_sees_a_held_lock_and_passes_a_stale_file(tmp_path):
    from pipeline.runlock import check_free

    check_free(tmp_path)  # no lock file: nothing created
    assert not (tmp_path / ".run.lock").exists()
    (tmp_path / ".run.lock").write_text("pid 1, started 2026-01-01", encoding="utf-8")
    check_free(tmp_path)  # a file nobody holds
    fd = os.open(tmp_path / ".run.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        holder = subprocess.run([sys.executable, "-c", "from pipeline.runlock import check_free; import sys; "
                                 f"check_free({str(tmp_path)!r})"], cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert holder.returncode != 0 and "another run is publishing" in holder.stderr
    finally:
        os.close(fd)


def test_a_clock_behind_the_newest_release_is_refused(release):
    from pipeline.flows import ClockBehind, check_clock

    rid = (release / "latest").resolve().name
    check_clock(release, NOW + dt.timedelta(seconds=1))
    check_clock(release, NOW)  # the same second: the new id gets a number after it
    with pytest.raises(ClockBehind, match=rid):
        check_clock(release, NOW - dt.timedelta(days=1))
    (release / "releases" / "2099-01-01T000000Z").mkdir()  # a half-copied folder, no SHA256SUMS: no release
    check_clock(release, NOW + dt.timedelta(seconds=1))


@pytest.mark.parametrize("value", ["", "   ", "https://www.dataportal.se/sv/datasets/socinv", "file:///tmp/x",
                                   "s3://bucket/datasets"])
def test_a_folder_option_that_names_no_local_folder_is_refused(value):
    from pipeline.flows import BadRunParameter, check_folder_value

    with pytest.raises(BadRunParameter, match="--datasets"):
        check_folder_value(value, "--datasets")


@pytest.mark.parametrize("command", [["status"], ["search", "x"], ["explain", "0381-abc"], ["serve-data"]])
@pytest.mark.parametrize("value", ["", "https://www.dataportal.se/x"])
def test_read_commands_refuse_an_empty_or_web_datasets(command, value, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command[0], "--datasets", value, *command[1:]])
    assert result.exit_code == 2 and "--datasets" in result.stderr, result.output


def test_run_refuses_an_empty_work_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", "--datasets", str(tmp_path / "ds"), "--work", ""])
    assert result.exit_code == 2 and "--work" in result.stderr and list(tmp_path.iterdir()) == []


def test_a_snapshot_variable_that_names_no_folder_is_refused(tmp_path, monkeypatch):
    from pipeline.flows import BadRunParameter, check_snapshot

    monkeypatch.setenv("SOCINV_SNAPSHOT", str(tmp_path / "gone"))
    with pytest.raises(BadRunParameter, match="SOCINV_SNAPSHOT.*does not exist"):
        check_snapshot()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("SOCINV_SNAPSHOT", str(tmp_path / "file"))
    with pytest.raises(BadRunParameter, match="is not a folder"):
        check_snapshot()
    monkeypatch.setenv("SOCINV_SNAPSHOT", str(tmp_path))
    assert check_snapshot() == tmp_path


# -- serve-data and bench ---------------------------------------------------------------------------------------------
def test_a_projects_sqlite_that_is_no_database_is_named(tmp_path):
    db = tmp_path / "projects.sqlite"
    db.write_bytes(b"")
    assert "empty (0 bytes)" in sqlite_problem(db)
    db.write_text("project_id,title\n", encoding="utf-8")
    assert "not an SQLite database" in sqlite_problem(db)
    db.unlink()
    con = sqlite3.connect(db)
    con.execute("create table other (x)")
    con.commit()
    con.close()
    assert "no table 'projects'" in sqlite_problem(db)
    con = sqlite3.connect(db)
    con.execute("create table projects (project_id)")
    con.commit()
    con.close()
    assert sqlite_problem(db) is None


def test_serve_data_refuses_an_empty_database_at_once(release):
    db = (release / "latest").resolve() / "projects.sqlite"
    os.chmod(db, 0o644)
    db.write_bytes(b"")
    result = runner.invoke(app, ["serve-data", "--datasets", str(release)])
    assert result.exit_code == 1 and "projects.sqlite: is empty" in result.stderr


def test_bench_out_may_be_an_existing_file_in_a_folder_it_cannot_write():
    assert _unwritable(Path("/dev/full")) is None  # (written in place; /dev itself is not writable for most users)
