"""Running a blind error set's cases (tests/heldout_errors*/cases.json): `socinv extract` (or the case's "command")
with the case's arguments, in process, checked against what the case expects: the exit code, the number of records,
the words a clear message must hold, no traceback, and a generous bound on the time (a hang guard, not a speed test)."""

from __future__ import annotations

import io
import logging
import time
from pathlib import Path


def check_case(case: dict, cwd: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    monkeypatch.chdir(cwd)
    expect = case["expect"]
    logged = io.StringIO()  # the "socinv" logger's warnings go to stderr in a real run
    handler = logging.StreamHandler(logged)
    logging.getLogger("socinv").addHandler(handler)
    t0 = time.monotonic()
    try:
        run = CliRunner().invoke(app, [case.get("command", "extract"), *case["args"]], terminal_width=400)
    finally:
        logging.getLogger("socinv").removeHandler(handler)
    seconds = time.monotonic() - t0
    stderr = run.stderr + logged.getvalue()
    records = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.exception is None or isinstance(run.exception, SystemExit), repr(run.exception)
    if expect["exit"] == "zero":
        assert run.exit_code == 0, run.output[-500:]
    elif expect["exit"] == "nonzero":
        assert run.exit_code != 0, run.output[-500:]
    assert expect["records_min"] <= len(records) <= expect["records_max"], stderr[-500:]
    if expect.get("titles_include"):  # (the saved-pages set: the projects that must be read by name)
        import json

        titles = {json.loads(line).get("title") for line in records}
        assert set(expect["titles_include"]) <= titles, sorted(t for t in titles if t)
    for words in expect["stderr_mentions"]:
        assert words in stderr, stderr[-500:]
    for words in expect.get("output_mentions", ()):  # (a read command's answer: on stdout or stderr)
        assert words in run.output + stderr, (run.output + stderr)[-500:]
    assert "Traceback" not in run.output + stderr
    assert seconds < expect["max_seconds"]
