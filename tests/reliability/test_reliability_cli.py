"""`socinv reliability` prints each case with its outcome and a closing line of totals."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app


def test_reliability_command_prints_cases_and_totals(tmp_path):
    run = CliRunner().invoke(app, ["reliability", "--case", "empty-200", "--case", "redirect-private", "--no-kills",
                                   "--work", str(tmp_path)], terminal_width=200)
    assert run.exit_code == 0, run.output
    assert "empty-200" in run.output and "redirect-private" in run.output
    assert "cases 2, survived 2, records lost 0" in run.output


def test_reliability_json(tmp_path):
    run = CliRunner().invoke(app, ["reliability", "--case", "soft-404", "--no-kills", "--json", "--work",
                                   str(tmp_path)])
    assert run.exit_code == 0, run.output
    lines = [json.loads(line) for line in run.output.splitlines() if line.startswith("{")]
    assert lines[0]["case"] == "soft-404" and lines[0]["survived"]
    assert lines[-1] == {"cases": 1, "survived": 1, "records_lost": 0}
