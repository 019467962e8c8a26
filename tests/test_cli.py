"""The command line as a user meets it: help, extract on saved pages, source checks, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys

from fixture_cases import ROOT, SNAPSHOT


def socinv(*args, input_bytes=None):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, capture_output=True,
                          input=input_bytes, timeout=120)


def test_help_lists_the_commands():
    out = socinv("--help").stdout.decode()
    for cmd in ("run", "extract", "crawl", "sources"):
        assert cmd in out


def test_extract_html_prints_one_json_object_per_project():
    page = SNAPSHOT / "www.enkoping.se/kommun-och-politik/sociala-investeringar/index.html"
    proc = socinv("extract", str(page), "--url", "https://www.enkoping.se/kommun-och-politik/sociala-investeringar/")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["title"] for r in records][:2] == ["Mer energi i Hummelsta", "Vägledande samspel, vägledarutbildning"]
    assert all(r["publisher_code"] == "0381" for r in records)


def test_extract_reads_url_line_from_text_file(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("URL: https://www.kungalv.se/x\n\nRiktat stöd\n\n”Läxhjälp för alla” är ett treårigt projekt som "
                    "startade 2021. Projektet riktar sig till elever i årskurs 7-9.\n", encoding="utf-8")
    proc = socinv("extract", str(page))
    rec = json.loads(proc.stdout.decode().splitlines()[0])
    assert rec["publisher"] == "Kungälv" and rec["source_url"] == "https://www.kungalv.se/x"
    assert rec["title"] == "Läxhjälp för alla"
    assert (rec["start_date"], rec["end_date"]) == ("2021-01-01", "2023-12-31")
    assert (rec["target_grade_min"], rec["target_grade_max"]) == (7, 9)


def test_extract_bad_input_gives_a_clear_error_not_a_traceback(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.html"
    binary.write_bytes(bytes(range(256)) * 10)
    proc = socinv("extract", str(empty), str(binary), str(tmp_path / "missing.html"))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "Traceback" not in err
    assert "empty file" in err and "binary file" in err and "not a file" in err


def test_sources_check_passes_and_counts_every_organisation():
    proc = socinv("sources", "check")
    assert proc.returncode == 0, proc.stderr
    # 290 municipalities + 21 regions, Region Gotland sharing gotland.se with kommun 0980, + 3 other publishers
    assert "313 sources OK" in proc.stderr.decode()


def test_eval_reports_per_field_precision_and_recall():
    proc = socinv("eval", str(SNAPSHOT.parent), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["cases"] == 5
    assert result["records"]["tp"] == 42 and result["record_precision"] == 1.0
    assert set(result["fields"]["budget_sek"]) >= {"precision", "recall", "tp", "fp", "fn"}


def test_eval_counts_a_wrong_value_against_both_precision_and_recall(tmp_path):
    case = tmp_path / "c"
    case.mkdir()
    (case / "page.txt").write_text("Läxhjälp\n\n”Läxhjälp för alla” är ett treårigt projekt som startade 2021 för "
                                   "elever i årskurs 7-9.\n", encoding="utf-8")
    (case / "meta.json").write_text(json.dumps({"url": "https://www.kungalv.se/x"}))
    (case / "expected.json").write_text("[]")
    from pipeline.evaluate import CHECKED_FIELDS, evaluate, find_cases

    got = find_cases(tmp_path)[0].extract()[0]
    want = {f: (got[f].isoformat() if hasattr(got[f], "isoformat") else got[f]) for f in CHECKED_FIELDS}
    want["start_date"] = "2020-01-01"  # a deliberately wrong expectation
    (case / "expected.json").write_text(json.dumps([want]))
    fields = evaluate(find_cases(tmp_path))["fields"]
    assert fields["start_date"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0}
    assert fields["end_date"]["precision"] == 1.0
