"""A damaged or missing previous release, a copied datasets/ folder, and two runs at once (found by an adversarial
review that read only the docs): the next run builds on the newest release that reads back whole, says so, or
stops with a clear error; it never starts the dataset's history again by itself; a second run is refused."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.publish.release import PreviousReleaseDamaged, previous_release_dir, publish
from pipeline.runlock import RunLocked, exclusive_run
from publish_helpers import NOW, make_projects


def _two_releases(datasets: Path) -> tuple[Path, Path]:
    first = publish(make_projects(6), datasets, now=NOW).path
    second = publish(make_projects(7), datasets, now=NOW + dt.timedelta(days=7)).path
    return first, second


def test_a_damaged_latest_release_is_passed_over_for_the_newest_whole_one(tmp_path):
    first, second = _two_releases(tmp_path)
    data = (second / "projects.parquet").read_bytes()
    os.chmod(second / "projects.parquet", 0o644)
    (second / "projects.parquet").write_bytes(data[: len(data) // 2])
    problems: list[str] = []
    assert previous_release_dir(tmp_path, problems) == first
    assert "projects.parquet does not match its SHA256SUMS" in problems[0]
    # the next release builds on the first: its history goes on, the damaged one stays on disk untouched
    third = publish(make_projects(8), tmp_path, now=NOW + dt.timedelta(days=14))
    assert third.counts["inserted"] == 2 and second.exists()
    assert pq.read_table(tmp_path / "latest" / "projects.parquet").num_rows == 8


@pytest.mark.parametrize("damage", ["remove latest", "dangling latest"])
def test_a_missing_latest_link_does_not_start_the_history_again(tmp_path, damage):
    first, second = _two_releases(tmp_path)
    if damage == "remove latest":
        (tmp_path / "latest").unlink()
    else:
        shutil.rmtree(second)
    assert previous_release_dir(tmp_path) == (second if damage == "remove latest" else first)
    report = publish(make_projects(7), tmp_path, now=NOW + dt.timedelta(days=14))
    assert report.counts["inserted"] == (0 if damage == "remove latest" else 1)


def test_no_whole_release_stops_the_run_with_a_clear_error(tmp_path):
    first, second = _two_releases(tmp_path)
    for release in (first, second):
        (release / "SHA256SUMS").unlink()
    with pytest.raises(PreviousReleaseDamaged, match="no earlier release can be read back"):
        previous_release_dir(tmp_path)
    with pytest.raises(PreviousReleaseDamaged):
        publish(make_projects(7), tmp_path, now=NOW + dt.timedelta(days=14))
    assert os.readlink(tmp_path / "latest") == f"releases/{second.name}"  # nothing was changed


def test_no_release_at_all_is_a_first_run(tmp_path):
    assert previous_release_dir(tmp_path) is None


def test_a_datasets_folder_copied_with_its_links_followed(tmp_path):
    _two_releases(tmp_path / "a")
    shutil.copytree(tmp_path / "a", tmp_path / "b", symlinks=False)  # as cp -rL: links become files and folders
    copied = tmp_path / "b"
    assert (copied / "latest").is_dir() and not (copied / "latest").is_symlink()
    report = publish(make_projects(7), copied, now=NOW + dt.timedelta(days=14))
    assert report.counts["inserted"] == 0  # built on the copy's latest release
    assert os.readlink(copied / "latest") == f"releases/{report.release}"
    kept = [p for p in copied.iterdir() if p.name.startswith("latest.replaced-")]
    assert len(kept) == 1 and (kept[0] / "projects.parquet").is_file()  # the copy kept, not deleted
    assert not (copied / "latest.tmp").exists()


def test_a_second_run_on_the_same_datasets_is_refused(tmp_path):
    with exclusive_run(tmp_path):
        with pytest.raises(RunLocked, match=f"pid {os.getpid()}"):
            with exclusive_run(tmp_path):
                pass
    with exclusive_run(tmp_path):  # released when the first run ends
        pass


def test_search_explain_and_status_say_the_release_is_damaged(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    first, second = _two_releases(tmp_path)
    for name in ("projects.parquet", "sources.parquet", "coverage.parquet", "changes.parquet"):
        os.symlink(f"latest/{name}", tmp_path / name) if not (tmp_path / name).exists() else None
    target = second / "projects.parquet"
    data = target.read_bytes()
    os.chmod(target, 0o644)
    target.write_bytes(data[:100])
    runner = CliRunner()
    for args in (["search", "projekt"], ["explain", "x"]):
        result = runner.invoke(app, [*args, "--datasets", str(tmp_path)])
        assert result.exit_code == 1 and "The published release is damaged" in result.output, result.output
        assert f"builds on release {first.name}" in result.output
    status = runner.invoke(app, ["status", "--datasets", str(tmp_path)])
    assert "The published release is damaged" in status.output


def test_a_run_log_on_a_full_disk_says_so_once(tmp_path, capsys):
    import errno
    import logging

    from pipeline.logs import JsonLinesHandler

    class Full:
        closed = False

        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        flush = close = lambda self: None

    handler = JsonLinesHandler(tmp_path / "run.log.jsonl")
    handler._fh = Full()
    logger = logging.getLogger("socinv.test.full")
    logger.addHandler(handler)
    try:
        for i in range(50):
            logger.warning("line %d", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert err.count("cannot be written") == 1 and "Logging error" not in err
