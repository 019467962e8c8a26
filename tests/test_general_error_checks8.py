"""The general checks behind the heldout_errors8 fixes, beyond what its cases pin: a saved page's own address (a
byte-order mark before its `URL:` line, its canonical link), expected records that leave keys out and a case folder
given for the set, folder options as the user meant them ('~', a line break at the end), release files that agree
with a re-summed SHA256SUMS but not with datapackage.json or with their own name, a run summary or a Datasette
metadata file of the wrong shape, a release dated after the present, and what `socinv run` needs of its
surroundings (a proxy that would get its loopback traffic, a HOME or TMPDIR where nothing can be written)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import environment
from pipeline.cli import app, metadata_problem
from pipeline.evaluate import evaluate, find_cases
from pipeline.extract.input import own_address, read_saved_page
from pipeline.publish.release import (content_problem, dated_after, newest_published, publish,
                                      published_file_problems, release_summary)
from pipeline.urls import folder_as_meant
from publish_helpers import NOW, make_projects

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

PAGE = ("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Läxhjälp – Orsa kommun</title>{head}"
        "</head><body><main><h1>Läxhjälp i Orsa</h1><p>Projektet Läxhjälp i Orsa är en social investering.</p>"
        "<p><strong>Syfte:</strong> Att fler elever ska klara skolan.</p>"
        "<p><strong>Tidsperiod:</strong> 2025–2026</p></main></body></html>")


@pytest.fixture()
def release(tmp_path) -> Path:
    datasets = tmp_path / "datasets"
    publish(make_projects(6), datasets, now=NOW)
    return datasets


def _writable(path: Path) -> Path:
    os.chmod(path, 0o644)
    return path


# -- a saved page's own address ---------------------------------------------------------------------------------------
def test_a_byte_order_mark_before_the_url_line_leaves_the_line_an_address_line(tmp_path):
    page = tmp_path / "laxhjalp.txt"
    page.write_bytes(b"\xef\xbb\xbfURL: https://www.orsa.se/laxhjalp\r\nL\xc3\xa4xhj\xc3\xa4lp i Orsa\r\n\r\nText.\r\n")
    body, url, ctype = read_saved_page(page)
    assert url == "https://www.orsa.se/laxhjalp" and ctype == "text/plain"
    assert body.startswith("Läxhjälp".encode())


@pytest.mark.parametrize("head, expected", [
    ('<link rel="canonical" href="https://www.orsa.se/laxhjalp">', "https://www.orsa.se/laxhjalp"),
    ("<link href='https://www.orsa.se/a?x=1&amp;y=2' rel='alternate canonical'/>", "https://www.orsa.se/a?x=1&y=2"),
    ('<meta property="og:url" content="https://www.orsa.se/og">', "https://www.orsa.se/og"),
    ('<meta property="og:url" content="https://www.orsa.se/og"><link rel=canonical href=https://www.orsa.se/c>',
     "https://www.orsa.se/c"),  # the canonical link first
    ('<link rel="canonical" href="/laxhjalp">', None),  # no host: no address
    ('<link rel="stylesheet" href="https://www.orsa.se/s.css">', None),
])
def test_a_saved_page_gives_the_address_its_head_names(head, expected):
    assert own_address(PAGE.format(head=head).encode()) == expected


def test_the_canonical_link_is_the_saved_pages_address_unless_one_is_given(tmp_path):
    page = tmp_path / "Läxhjälp i Orsa.html"
    page.write_text(PAGE.format(head='<link rel="canonical" href="https://www.orsa.se/laxhjalp">'), encoding="utf-8")
    assert read_saved_page(page)[1] == "https://www.orsa.se/laxhjalp"
    assert read_saved_page(page, "https://www.mora.se/x")[1] == "https://www.mora.se/x"  # --url wins
    page.write_text("URL: https://www.mora.se/y\n" + PAGE.format(head='<link rel="canonical" href="https://www.orsa.se/'
                                                                      'laxhjalp">'), encoding="utf-8")
    assert read_saved_page(page)[1] == "https://www.mora.se/y"  # and the user's URL line
    page.write_text(PAGE.format(head="").replace("</main>", '<link rel="canonical" href="https://www.mora.se/z">'
                                                            "</main>"), encoding="utf-8")
    assert read_saved_page(page)[1].startswith("file://")  # only the page's <head> says what the page is


# -- eval: expected records without some keys, one case's folder ------------------------------------------------------
def _case(folder: Path, record: dict) -> None:
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(PAGE.format(head=""), encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps({"url": "https://www.orsa.se/laxhjalp"}), encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")


def test_absent_keys_are_said_and_not_scored(tmp_path):
    got = evaluate(find_cases(_make_eval(tmp_path, {"title": "Läxhjälp i Orsa"})))
    assert len(got["warnings"]) == 1 and "lacks 24 key(s)" in got["warnings"][0]["warning"]
    assert "status" in got["warnings"][0]["warning"] and got["warnings"][0]["case"].endswith("orsa")
    assert got["fields"]["title"]["tp"] == 1
    for name, field in got["fields"].items():  # nothing the record leaves out counts as a hit or a miss
        assert name == "title" or field["tp"] + field["fp"] + field["fn"] == 0, name
    stated = {f: None for f in got["fields"]} | {"title": "Läxhjälp i Orsa"}
    got = evaluate(find_cases(_make_eval(tmp_path / "all", stated)))
    assert got["warnings"] == [] and got["fields"]["purpose"]["fp"] == 1  # a null stated is "the page says nothing"


def _make_eval(root: Path, record: dict) -> Path:
    _case(root / "set" / "orsa", record)
    return root / "set"


def test_one_cases_folder_is_scored_by_its_name(tmp_path):
    cases = find_cases(_make_eval(tmp_path, {"title": "Läxhjälp i Orsa"}) / "orsa")
    assert [c.id for c in cases] == ["orsa"]
    result = runner.invoke(app, ["eval", str(tmp_path / "set" / "orsa")])
    assert result.exit_code == 0 and "recall" in result.stdout
    assert "one case (orsa)" in result.stderr and f"socinv eval {tmp_path / 'set'}" in result.stderr


# -- folder options as meant -------------------------------------------------------------------------------------------
def test_a_folder_value_is_read_as_meant(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "hem"))
    (tmp_path / "hem" / "ds").mkdir(parents=True)
    assert folder_as_meant("~/ds") == str(tmp_path / "hem" / "ds")
    assert folder_as_meant("hem/ds\n") == "hem/ds" and folder_as_meant(" hem/ds\r\n") == "hem/ds"
    assert folder_as_meant("~/nytt") == str(tmp_path / "hem" / "nytt")  # (a run makes it)
    (tmp_path / "~").mkdir()  # a folder really named '~' (made by a script), or ending in a blank: as given
    (tmp_path / "blank ").mkdir()
    assert folder_as_meant("~") == "~" and folder_as_meant("blank ") == "blank "


def test_read_commands_take_a_tilde_and_a_line_break(release, monkeypatch):
    monkeypatch.setenv("HOME", str(release.parent))
    monkeypatch.setenv("COLUMNS", "300")
    for value in ("~/datasets", f"{release}\n"):
        result = runner.invoke(app, ["status", "--datasets", value])
        assert result.exit_code == 0 and "6 active projects" in result.stdout, (value, result.output)
        result = runner.invoke(app, ["search", "--datasets", value, "Projekt"])
        assert result.exit_code == 0 and "6 projects matching" in result.stdout, (value, result.output)


# -- what a release's files are --------------------------------------------------------------------------------------
def test_a_file_replaced_and_resummed_is_held_against_datapackage_json(release):
    rel = (release / "latest").resolve()
    assert published_file_problems(rel) == []  # (a release as published agrees with its datapackage.json)
    csv = _writable(rel / "projects.csv")
    csv.write_bytes((rel / "projects.parquet").read_bytes())
    sums = _writable(rel / "SHA256SUMS")
    import hashlib

    digest = hashlib.sha256(csv.read_bytes()).hexdigest()
    sums.write_text("".join(f"{digest}  projects.csv\n" if line.endswith("  projects.csv") else line + "\n"
                            for line in sums.read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    problems = published_file_problems(rel)
    assert len(problems) == 1 and problems[0].startswith("projects.csv is not the file this release published")
    assert "datapackage.json" in problems[0] and "holds Parquet bytes" in problems[0]
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert result.exit_code == 0 and "projects.csv is not the file" in result.stderr


def test_content_is_held_against_the_name(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"PAR1" + b"\0" * 20 + b"PAR1")
    (tmp_path / "b.parquet").write_text("project_id,title\n", encoding="utf-8")
    (tmp_path / "c.parquet").write_bytes(b"PAR1" + b"\0" * 20)  # cut short: its footer is gone
    (tmp_path / "d.sqlite").write_bytes(b"PK\x03\x04" + b"\0" * 30)
    (tmp_path / "e.csv").write_text("project_id,title\n", encoding="utf-8")
    (tmp_path / "f.parquet").write_bytes(b"PAR1" + b"\0" * 20 + b"PAR1")
    assert "holds Parquet bytes" in content_problem(tmp_path / "a.csv")
    assert "is not Parquet" in content_problem(tmp_path / "b.parquet")
    assert "do not end as Parquet" in content_problem(tmp_path / "c.parquet")
    assert "its bytes are a zip archive" in content_problem(tmp_path / "d.sqlite")
    assert content_problem(tmp_path / "e.csv") is None and content_problem(tmp_path / "f.parquet") is None


def test_a_run_summary_of_another_shape_is_named(release):
    rel = (release / "latest").resolve()
    summary = _writable(rel / "run_summary.json")
    summary.write_text(json.dumps([json.loads(summary.read_text(encoding="utf-8"))]), encoding="utf-8")
    with pytest.raises(ValueError, match="holds a list, not the JSON object"):
        release_summary(rel)
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None)))
    assert "run_summary.json cannot be read" in result.stderr and "6 projects in projects.parquet" in result.stdout


def test_a_release_dated_after_the_present_is_said(release):
    name = newest_published(release)
    assert not dated_after(name, dt.datetime.now(dt.timezone.utc))
    assert dated_after(name, NOW - dt.timedelta(seconds=1)) and not dated_after(name, NOW)
    assert not dated_after("2026-03-01t080000z", NOW - dt.timedelta(days=1))  # no release id
    later = release / "releases" / "2099-12-31T235959Z"
    later.mkdir()  # a folder without SHA256SUMS is no published release
    assert newest_published(release) == name
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert "dated after the present" not in result.stderr
    (later / "SHA256SUMS").write_text("", encoding="utf-8")
    assert newest_published(release) == later.name
    result = runner.invoke(app, ["status", "--datasets", str(release)])
    assert "release 2099-12-31T235959Z is dated after the present" in result.stderr
    assert "`socinv run` refuses to publish here" in result.stderr


def test_serve_data_refuses_metadata_of_another_shape_at_once(release, tmp_path):
    meta = tmp_path / "metadata.json"
    meta.write_text('[{"title": "a"}, {"title": "b"}]', encoding="utf-8")
    assert "holds a JSON list" in metadata_problem(meta)
    meta.write_text('{"title": "a", "databases": []}', encoding="utf-8")
    assert "databases" in metadata_problem(meta)
    meta.write_text('{"title": "a"', encoding="utf-8")
    assert "cannot be read as JSON" in metadata_problem(meta)
    assert metadata_problem((release / "latest").resolve() / "metadata.json") is None
    published = _writable((release / "latest").resolve() / "metadata.json")
    published.write_text('[{"title": "a"}]', encoding="utf-8")
    result = runner.invoke(app, ["serve-data", "--datasets", str(release)])
    assert result.exit_code == 1 and "metadata.json: holds a JSON list" in result.stderr


# -- what `socinv run` needs of its surroundings ----------------------------------------------------------------------
def test_loopback_is_kept_off_an_environment_proxy():
    env = {"https_proxy": "http://proxy.example:3128", "no_proxy": "intra.example"}
    assert environment.keep_loopback_off_proxies(env)
    assert env["no_proxy"] == "intra.example,127.0.0.1,localhost,::1" and env["NO_PROXY"] == "127.0.0.1,localhost,::1"
    assert not environment.keep_loopback_off_proxies(env)  # (once)
    assert not environment.keep_loopback_off_proxies({"no_proxy": ""})  # no proxy: nothing to do
    assert not environment.keep_loopback_off_proxies({"HTTP_PROXY": "http://p:1", "no_proxy": "*", "NO_PROXY": "*"})


def test_a_temporary_folder_where_no_file_can_be_made_is_replaced(tmp_path):
    env = {"TMPDIR": "/proc", "HOME": str(tmp_path)}
    notes = environment.prepare_run(tmp_path / "work", env)
    assert env["TMPDIR"] == "/tmp" and "TMPDIR=/proc: no file can be made there" in notes[0]
    assert environment.cannot_write(Path("/proc")) is not None and environment.cannot_write(tmp_path) is None


def test_a_home_where_nothing_can_be_written_gets_prefect_a_home_under_work(tmp_path):
    env = {"HOME": "/proc/socinv-ingen-hemkatalog"}
    notes = environment.prepare_run(tmp_path / "work", env)
    assert env["PREFECT_HOME"] == str((tmp_path / "work" / "prefect-home").resolve())
    assert Path(env["PREFECT_HOME"]).is_dir() and "this run keeps Prefect's files in" in notes[0]
    env = {"HOME": str(tmp_path)}  # a home that can be written: nothing changes, nothing is left there
    assert environment.prepare_run(tmp_path / "work2", env) == [] and "PREFECT_HOME" not in env
    assert not (tmp_path / ".prefect").exists() and not (tmp_path / "work2").exists()
    with pytest.raises(environment.BadEnvironment, match="PREFECT_HOME=/proc/x"):
        environment.prepare_run(tmp_path / "work", {"HOME": str(tmp_path), "PREFECT_HOME": "/proc/x"})


def test_a_run_from_a_bare_cron_environment_publishes(tmp_path):
    """The three together, in a real process with its own temporary Prefect server (the test harness's server would
    hide them): a HOME that cannot be made, a TMPDIR where no file can be made, a dead proxy in every variable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k.lower() != "no_proxy"}
    env.update({"HOME": "/proc/socinv-ingen-hemkatalog", "TMPDIR": "/proc", "PYTHONPATH": str(ROOT),
                **{name: "http://127.0.0.1:9" for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}})
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--datasets", str(tmp_path / "ds"), "--work",
                           str(tmp_path / "work")], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0 and "Traceback" not in out, out[-3000:]
    assert "TMPDIR=/proc" in out and "Prefect's home" in out
    summary = json.loads((tmp_path / "ds" / "run_summary.json").read_text(encoding="utf-8"))
    assert summary["projects"] == 42
