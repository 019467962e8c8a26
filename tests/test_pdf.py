"""A project list published only as a PDF yields records (source_url = the PDF); a PDF without usable text
(encrypted, broken, scanned) is a clear failure entry, never a crash or a silent nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json

import pytest

from pdf_helpers import PROJECT_LIST, encrypted_pdf, image_only_pdf, make_pdf
from pipeline.extract import extract_page
from pipeline.extract.pdf import PdfError, pdf_text

URL = "https://www.enkoping.se/download/18.5f3/beviljade-sociala-investeringar-2024.pdf"


def test_pdf_text_keeps_headings_and_paragraphs():
    text = pdf_text(make_pdf(PROJECT_LIST))
    paras = text.strip().split("\n\n")
    assert paras[0] == "Beviljade sociala investeringar 2024"
    assert "Tidiga insatser i förskolan" in paras
    assert "Målgrupp: Barn 1–5 år i förskolan och deras vårdnadshavare." in paras
    # a wrapped paragraph is one paragraph again
    assert any(p.startswith("Syfte: Att öka andelen unga") and p.endswith("ekonomiskt bistånd.") for p in paras)


def test_a_project_list_only_as_pdf_gives_records():
    records = extract_page(make_pdf(PROJECT_LIST), URL, "application/pdf", fetched_at=dt.datetime(2024, 5, 1))
    by_title = {r["title"]: r for r in records}
    assert set(by_title) == {"Tidiga insatser i förskolan", "Fritidsbanken för unga"}
    early = by_title["Tidiga insatser i förskolan"]
    assert early["source_url"] == URL and early["source_urls"] == [URL]
    assert early["publisher"] == "Enköping" and early["publisher_code"] == "0381"
    assert early["target_group"] == "Barn 1–5 år i förskolan och deras vårdnadshavare."
    assert early["start_date"] == dt.date(2024, 1, 1) and early["end_date"] == dt.date(2026, 12, 31)
    assert early["partners"] == ["Barn- och utbildningsförvaltningen", "Socialförvaltningen"]
    young = by_title["Fritidsbanken för unga"]
    assert young["target_grade_min"] == 4 and young["target_grade_max"] == 9
    assert json.loads(young["evidence"])  # every value keeps the PDF text it came from


def test_pdf_is_recognised_without_a_content_type():
    assert len(extract_page(make_pdf(PROJECT_LIST), URL, None)) == 2


@pytest.mark.parametrize("body, reason", [
    (encrypted_pdf(PROJECT_LIST), "encrypted PDF"),
    (image_only_pdf(), "no text layer"),
    (b"%PDF-1.4\n% Beviljade sociala investeringar\n%%EOF\n", "broken PDF"),
    (make_pdf(PROJECT_LIST)[:400], "broken PDF"),
])
def test_unusable_pdfs_raise_a_clear_error(body, reason):
    with pytest.raises(PdfError, match=reason):
        extract_page(body, URL, "application/pdf")


def _crawl_with(tmp_path, files: dict[str, bytes]):
    """A crawl folder as the spider leaves it: WARC + manifest, PDFs archived as kind "pdf", not candidates."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    crawl = tmp_path / "crawl"
    (crawl / "warc").mkdir(parents=True)
    manifest = []
    with open(crawl / "warc" / "a.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in files.items():
            offset = fh.tell()
            http = StatusAndHeaders("200 OK", [("Content-Type", "application/pdf")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
            manifest.append({"url": url, "final_url": url, "source": "0381", "status": 200, "kind": "pdf",
                             "candidate": False, "content_type": "application/pdf",
                             "fetched_at": "2024-05-01T10:00:00+00:00", "sha256": hashlib.sha256(body).hexdigest(),
                             "warc_file": "warc/a.warc.gz", "warc_offset": offset})
    (crawl / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest), encoding="utf-8")
    return crawl


def test_extraction_stage_reads_archived_pdfs_and_lists_bad_ones(tmp_path):
    import pyarrow.parquet as pq

    from pipeline.stages import extract_crawl

    crawl = _crawl_with(tmp_path, {URL: make_pdf(PROJECT_LIST),
                                   "https://www.enkoping.se/skannad.pdf": image_only_pdf(),
                                   "https://www.enkoping.se/last.pdf": encrypted_pdf(PROJECT_LIST)})
    result = extract_crawl(crawl, tmp_path / "records.parquet", workers=1)
    rows = pq.read_table(tmp_path / "records.parquet").to_pylist()
    assert sorted(r["title"] for r in rows) == ["Fritidsbanken för unga", "Tidiga insatser i förskolan"]
    assert {r["source_url"] for r in rows} == {URL} and {r["source_id"] for r in rows} == {"0381"}
    errors = {f["url"]: f["error"] for f in result.failures}
    assert "no text layer" in errors["https://www.enkoping.se/skannad.pdf"]
    assert "encrypted PDF" in errors["https://www.enkoping.se/last.pdf"]


def test_socinv_extract_reads_a_pdf_file(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    good = tmp_path / "beviljade.pdf"
    good.write_bytes(make_pdf(PROJECT_LIST))
    bad = tmp_path / "skannad.pdf"
    bad.write_bytes(image_only_pdf())
    run = CliRunner().invoke(app, ["extract", str(good), "--url", URL])
    assert run.exit_code == 0, run.output
    titles = [json.loads(line)["title"] for line in run.output.splitlines() if line.startswith("{")]
    assert titles == ["Tidiga insatser i förskolan", "Fritidsbanken för unga"]
    run = CliRunner().invoke(app, ["extract", str(bad)], terminal_width=250)
    assert run.exit_code == 1 and "no text layer" in run.output
