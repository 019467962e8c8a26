"""Error rules of the nineteenth session (from the blind set tests/heldout_errors10), each tested directly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app


def _invoke(*args: str):
    return CliRunner().invoke(app, list(args), terminal_width=400)


def test_bench_refuses_an_empty_only_before_measuring():
    run = _invoke("bench", "--quick", "--only", "")
    assert run.exit_code == 2
    assert "--only is empty" in run.stderr + run.stdout and "nothing was measured" in run.stderr + run.stdout


def test_run_refuses_an_empty_dask_address(tmp_path):
    run = _invoke("run", "--datasets", str(tmp_path / "ds"), "--work", str(tmp_path / "work"), "--dask", "")
    assert run.exit_code == 2
    assert "--dask is empty" in run.stdout + run.stderr
    assert not (tmp_path / "ds").exists()


@pytest.mark.parametrize("value", ["${SOCINV_NO_SUCH_VARIABLE}/datasets", "$SOCINV_NO_SUCH_VARIABLE/datasets"])
def test_a_folder_holding_a_variable_no_shell_expanded_is_refused_when_unset(value, monkeypatch):
    from pipeline.flows import BadRunParameter, check_folder_value

    monkeypatch.delenv("SOCINV_NO_SUCH_VARIABLE", raising=False)
    with pytest.raises(BadRunParameter, match=r"\$SOCINV_NO_SUCH_VARIABLE, which no shell has expanded"):
        check_folder_value(value, "--datasets")


def test_a_folder_holding_a_set_variable_is_the_folder_it_names(tmp_path, monkeypatch):
    from pipeline.flows import check_folder_value

    monkeypatch.setenv("SOCINV_DATA_TEST", str(tmp_path))
    assert check_folder_value("${SOCINV_DATA_TEST}/datasets", "--datasets") == tmp_path / "datasets"


def test_a_folder_named_in_another_encoding_is_refused_by_name():
    from pipeline.flows import BadRunParameter, check_folder_value

    with pytest.raises(BadRunParameter, match=r"not UTF-8") as raised:
        check_folder_value("data/\udcd6ppna data 2026", "--datasets")
    assert "\\xd6ppna" in str(raised.value)


def test_work_inside_a_published_release_is_refused(tmp_path):
    from pipeline.flows import BadRunParameter, check_work_outside_releases

    datasets = tmp_path / "ds"
    release = datasets / "releases" / "2026-12-07T100235Z"
    release.mkdir(parents=True)
    (datasets / "latest").symlink_to(Path("releases") / release.name)
    for work in (datasets / "latest", datasets / "latest" / "runs", release, datasets / "releases", datasets):
        with pytest.raises(BadRunParameter, match="published releases"):
            check_work_outside_releases(work, datasets)
    check_work_outside_releases(tmp_path / "work", datasets)  # beside it: fine
    check_work_outside_releases(datasets / "work", datasets)  # a folder of its own inside the datasets folder: fine


def test_a_monitor_history_restored_as_a_folder_is_refused(tmp_path):
    from pipeline.flows import BadRunParameter, check_datasets

    (tmp_path / "ds" / "monitor_history.jsonl").mkdir(parents=True)
    with pytest.raises(BadRunParameter, match="monitor_history.jsonl is a folder"):
        check_datasets(tmp_path / "ds")


def _release(folder: Path, files: dict[str, bytes]) -> Path:
    from pipeline.publish import formats

    folder.mkdir(parents=True)
    for name, body in files.items():
        (folder / name).write_bytes(body)
    (folder / "SHA256SUMS").write_text("".join(f"{formats.sha256_of(folder / n)}  {n}\n" for n in files),
                                       encoding="utf-8")
    return folder


def test_a_parquet_file_replaced_by_csv_text_and_re_summed_makes_the_release_damaged(tmp_path):
    from pipeline.publish.release import release_problem

    release = _release(tmp_path / "r", {"projects.parquet": b'"project_id","title"\n"0381-1e69","Chatta"\n'})
    assert "projects.parquet is not Parquet" in release_problem(release)


def test_a_hand_edited_datapackage_that_is_no_json_is_said(tmp_path):
    from pipeline.publish.release import published_file_problems

    release = _release(tmp_path / "r", {"datapackage.json": b'{"name": "socinv", "contributors": [{"title": "A",},]}'})
    problems = published_file_problems(release)
    assert any(p.startswith("datapackage.json is not valid JSON") for p in problems), problems
