"""The general checks behind the heldout_errors6 fixes, beyond what its cases pin: single-valued options repeated
with other values, the numeric SOCINV_* environment variables, a datasets folder that cannot be written, a Prefect
API that does not answer, WARC revisit records, binary bodies labelled text/html, long runs of blanks, eval files
with a byte-order mark or a key given twice, pasted values with blanks, bench --out."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import socket
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app, repeated_option_values

runner = CliRunner()


# -- options given twice -------------------------------------------------------------------------------------------
def _params(command: str):
    import typer

    return typer.main.get_command(app).commands[command].params


def test_an_option_repeated_with_another_value_is_named():
    params = _params("extract")
    assert repeated_option_values(params, ["--url", "https://a.se/x", "--url", "https://b.se/y", "p.html"]) == \
        ("--url", ["https://a.se/x", "https://b.se/y"])
    assert repeated_option_values(params, ["--url=https://a.se/x", "--url", "https://b.se/y"])[0] == "--url"


def test_the_same_value_twice_help_after_it_and_words_after_double_dash_are_no_clash():
    params = _params("extract")
    assert repeated_option_values(params, ["--url", "https://a.se/x", "--url=https://a.se/x"]) is None
    assert repeated_option_values(params, ["--url", "https://a.se/x", "--url", "https://b.se/y", "--help"]) is None
    assert repeated_option_values(params, ["--url", "https://a.se/x", "--", "--url", "https://b.se/y"]) is None


def test_both_halves_of_a_flag_clash_and_repeatable_options_do_not():
    assert repeated_option_values(_params("reliability"), ["--kills", "--no-kills"])[0] == "--kills/--no-kills"
    assert repeated_option_values(_params("reliability"), ["--case", "hang", "--case", "reset"]) is None
    assert repeated_option_values(_params("bench"), ["--size", "a=1", "--size", "b=2"]) is None
    assert repeated_option_values(_params("run"), ["--live", "--live"]) is None


@pytest.mark.parametrize("args", [["run", "--sources", "1482", "--sources", "1484"],
                                  ["status", "--datasets", "a", "--datasets", "b"],
                                  ["simweb", "--delay", "1", "--delay=0"]])
def test_every_command_refuses_a_contradicting_repeat_with_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and args[1] in result.output, result.output


# -- the numeric SOCINV_* environment variables -------------------------------------------------------------------
def test_numeric_environment_variables_are_checked_in_one_place():
    from pipeline import environment

    assert environment.problems({"SOCINV_MAX_SITEMAPS": "250", "SOCINV_SLOW_RESPONSE": "2.5"}) == []
    bad = {"SOCINV_MAX_SITEMAPS": "hundra", "SOCINV_EXPLORE_BUDGET": "-40", "SOCINV_MAX_DEPTH": "4.5",
           "SOCINV_BACKOFF_MIN": "nan", "SOCINV_MAX_PAGES_PER_HOST": "0", "SOCINV_DASK_ADDRESS": "local"}
    found = environment.problems(bad)
    assert len(found) == 5
    for name in ("SOCINV_MAX_SITEMAPS='hundra'", "SOCINV_EXPLORE_BUDGET='-40'", "SOCINV_MAX_DEPTH='4.5'",
                 "SOCINV_BACKOFF_MIN='nan'", "SOCINV_MAX_PAGES_PER_HOST='0'"):
        assert any(name in f for f in found), name
    with pytest.raises(environment.BadEnvironment, match="SOCINV_EXPLORE_BUDGET"):
        environment.check({"SOCINV_EXPLORE_BUDGET": "-40"})


def test_the_crawler_reads_them_and_the_command_line_still_wins(monkeypatch, tmp_path):
    import importlib

    monkeypatch.setenv("SOCINV_EXPLORE_BUDGET", " 7 ")
    monkeypatch.setenv("SOCINV_SLOW_RESPONSE", "2.5")
    import crawlers.settings

    try:
        settings = importlib.reload(crawlers.settings)
        assert (settings.SOCINV_EXPLORE_BUDGET, settings.SOCINV_SLOW_RESPONSE) == (7, 2.5)
        assert settings.SOCINV_MAX_SITEMAPS == 100  # not set: the default
    finally:
        monkeypatch.delenv("SOCINV_EXPLORE_BUDGET")
        monkeypatch.delenv("SOCINV_SLOW_RESPONSE")
        importlib.reload(crawlers.settings)
    from pipeline.crawl import crawl_command

    # (-s on Scrapy's command line is read after the settings module: a test's or the reliability web's value wins)
    cmd, env = crawl_command([], tmp_path, extra_settings={"SOCINV_MAX_SITEMAPS": 3})
    assert "SOCINV_MAX_SITEMAPS=3" in cmd


@pytest.mark.parametrize("command", [["crawl", "https://www.kungalv.se/"], ["simweb"], ["reliability"],
                                     ["bench", "--quick"]])
def test_commands_that_crawl_refuse_a_bad_value_before_starting(command, monkeypatch):
    monkeypatch.setenv("SOCINV_MAX_SITEMAPS", "hundra")
    result = runner.invoke(app, command)
    assert result.exit_code == 2
    assert "SOCINV_MAX_SITEMAPS='hundra'" in result.output


# -- run: the datasets folder and the Prefect API -------------------------------------------------------------------
def test_a_datasets_folder_that_cannot_be_made_is_refused_and_a_new_one_is_left_as_it_was(tmp_path):
    from pipeline.flows import BadRunParameter, check_datasets

    (tmp_path / "a-file").write_text("x")
    with pytest.raises(BadRunParameter, match="a-file/datasets"):
        check_datasets(tmp_path / "a-file" / "datasets")
    check_datasets(tmp_path / "new" / "deeper" / "datasets")  # can be made: fine, and nothing is left behind
    assert not (tmp_path / "new").exists()
    (tmp_path / "old").mkdir()
    check_datasets(tmp_path / "old")
    assert list((tmp_path / "old").iterdir()) == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_prefect_api_url_where_nothing_answers_is_refused_by_name(monkeypatch):
    from pipeline.flows import PrefectUnreachable, check_prefect_api

    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{_free_port()}/api")
    with pytest.raises(PrefectUnreachable, match="PREFECT_API_URL .*unset PREFECT_API_URL"):
        check_prefect_api(timeout=2)
    monkeypatch.setenv("PREFECT_API_URL", "not an address")
    with pytest.raises(PrefectUnreachable, match="PREFECT_API_URL"):
        check_prefect_api(timeout=2)


def test_a_prefect_api_that_answers_at_all_is_fine(monkeypatch):
    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - (even a 404 is an answer: the server is there)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{server.server_address[1]}/api")
        from pipeline.flows import check_prefect_api

        check_prefect_api(timeout=2)
    finally:
        server.shutdown()


# -- WARC revisit records and binary bodies -------------------------------------------------------------------------
PAGE = ("<html><body><main><h1>Läxhjälp i Kungälv</h1><p>Projektet Läxhjälp i Kungälv är en social investering för "
        "elever i årskurs 7–9. Projektet pågår 2024–2026.</p></main></body></html>").encode()
URL = "https://www.kungalv.se/utbildning/laxhjalp-i-kungalv"


def _crawl_with_revisit(folder: Path, refers_by_id: bool) -> dict:
    """A crawl folder whose WARC holds a response and, after it, an identical-payload revisit of the same page, with
    a manifest line for the revisit only (the last fetch of the page)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    (folder / "warc").mkdir(parents=True)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    response = writer.create_warc_record(URL, "response", payload=io.BytesIO(PAGE), http_headers=headers)
    writer.write_record(response)
    revisit_at = buf.tell()
    revisit = writer.create_revisit_record(
        URL, digest=response.rec_headers.get_header("WARC-Payload-Digest"), refers_to_uri=URL,
        refers_to_date=response.rec_headers.get_header("WARC-Date"),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"))
    if refers_by_id:
        revisit.rec_headers.add_header("WARC-Refers-To", response.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(revisit)
    (folder / "warc" / "crawl-00000.warc.gz").write_bytes(buf.getvalue())
    line = {"kind": "page", "url": URL, "final_url": URL, "status": 200, "candidate": True, "source": "1482",
            "content_type": "text/html; charset=utf-8", "sha256": hashlib.sha256(PAGE).hexdigest(),
            "warc_file": "warc/crawl-00000.warc.gz", "warc_offset": revisit_at}
    (folder / "manifest.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return line


@pytest.mark.parametrize("refers_by_id", [True, False])
def test_an_identical_payload_revisit_is_read_as_the_response_it_names(tmp_path, refers_by_id):
    from pipeline.archive import read_body

    line = _crawl_with_revisit(tmp_path, refers_by_id)
    assert read_body(tmp_path, line["warc_file"], line["warc_offset"], line["sha256"]) == PAGE


def test_a_revisit_whose_response_is_elsewhere_says_the_body_is_not_in_this_archive(tmp_path):
    from pipeline.archive import read_body

    line = _crawl_with_revisit(tmp_path, refers_by_id=True)
    warc = tmp_path / "warc" / "crawl-00000.warc.gz"
    data = warc.read_bytes()
    warc.write_bytes(data[line["warc_offset"]:])  # only the revisit is left
    with pytest.raises(ValueError, match="revisit .*not in this archive"):
        read_body(tmp_path, line["warc_file"], 0, line["sha256"])


@pytest.mark.parametrize("body,kind", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"), (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG"),
    (b"PK\x03\x04" + b"word/document.xml" * 20, "zip"), (bytes(range(256)) * 10, "binary data"),
])
def test_binary_bodies_labelled_html_are_named(body, kind):
    from pipeline.extract import check_not_binary, extract_page

    with pytest.raises(ValueError, match=kind):
        check_not_binary(body, "text/html; charset=utf-8")
    assert extract_page(body, URL, "text/html") == []  # (the library itself still gives junk no records)


@pytest.mark.parametrize("body", [PAGE, b"%PDF-1.4\n" + bytes(300), PAGE + bytes(65536), "åäö".encode("utf-16")])
def test_pages_pdfs_nul_padding_and_utf16_are_no_binary(body):
    from pipeline.extract import check_not_binary

    check_not_binary(body, "text/html")


# -- long runs of blanks ----------------------------------------------------------------------------------------------
FACTS = ("<html><body><main><h1>Fältgruppen i Tierp</h1><p>Fältgruppen i Tierp är en social investering för unga "
         "13–20 år.</p>{gap}<ul><li>Period: 2024–2026</li><li>Budget: 2 400 000 kronor</li></ul></main></body></html>")


def test_a_page_with_12_mb_of_blanks_is_read_to_its_end():
    from pipeline.extract import parse_page

    doc = parse_page(FACTS.format(gap="\n \t" * 4_000_000).encode(), "https://www.tierp.se/x", "text/html")
    assert any("Budget: 2 400 000" in b.text for b in doc.blocks)


def test_the_saved_page_limit_is_on_its_text_not_its_blanks(tmp_path):
    from pipeline.extract.input import MAX_BYTES, read_saved_page

    airy = tmp_path / "airy.html"
    airy.write_text(FACTS.format(gap=" " * (MAX_BYTES + 1000)), encoding="utf-8")
    body, _, _ = read_saved_page(airy)
    assert b"Budget: 2 400 000" in body and len(body) < 10_000
    dense = tmp_path / "dense.html"
    dense.write_text(FACTS.format(gap="<p>ord</p>" * (MAX_BYTES // 10 + 1)), encoding="utf-8")
    with pytest.raises(ValueError, match="not counting runs of blanks"):
        read_saved_page(dense)


# -- eval files, pasted values, bench --out ------------------------------------------------------------------------
def test_eval_json_with_a_bom_is_read_and_a_key_given_twice_with_two_values_is_named(tmp_path):
    from pipeline.evaluate import CaseError, read_json

    f = tmp_path / "meta.json"
    f.write_bytes(b'\xef\xbb\xbf{\r\n "url": "https://a.se/x"\r\n}\r\n')
    assert read_json(f) == {"url": "https://a.se/x"}
    f.write_text('{"url": "https://a.se/x", "url": "https://a.se/x"}', encoding="utf-8")
    assert read_json(f) == {"url": "https://a.se/x"}  # the same value twice says nothing else
    f.write_text('[{"title": "A", "budget_sek": 100, "budget_sek": 200}]', encoding="utf-8")
    with pytest.raises(CaseError, match="'budget_sek' twice.*100, 200"):
        read_json(f)


def test_extract_strips_a_pasted_url(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes(FACTS.format(gap="").encode())
    result = runner.invoke(app, ["extract", "--url", " https://www.tierp.se/faltgruppen\r", str(page)])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["source_url"] == "https://www.tierp.se/faltgruppen"


def test_bench_out_is_checked_before_measuring(tmp_path):
    (tmp_path / "a-file").write_text("x")
    for out, words in ((tmp_path, "is a folder"), (tmp_path / "a-file" / "bench.json", "cannot be made")):
        result = runner.invoke(app, ["bench", "--quick", "--only", "publish", "--out", str(out)])
        assert result.exit_code == 2 and words in result.output and "nothing was measured" in result.output
