"""`socinv crawl URL --allow-loopback`: the same discovery on any one site given by URL (here a small site on
127.0.0.1 with pagination, a gzipped child sitemap, a redirect chain, duplicate URLs, a calendar trap, a
project list only as a PDF and a project page under a path robots.txt forbids). Without --allow-loopback a
loopback address is refused."""

from __future__ import annotations

import gzip

import pytest

from pipeline.archive import iter_manifest
from pipeline.crawl import run_crawl
from pipeline.replay import ReplayProxy, Reply
from pipeline.urls import canonical_url

PROJECT = ("<p>Projektet {t} har beviljats 1,2 miljoner kronor ur fonden för sociala investeringar.</p>"
           "<p><strong>Syfte:</strong> Att minska skolfrånvaron.</p><p><strong>Målgrupp:</strong> Elever i "
           "årskurs 7–9.</p><p><strong>Projekttid:</strong> 2023–2025</p>")


def _page(title, body):
    return (f"<html lang='sv'><head><title>{title}</title></head><body><nav><a href='/'>Start</a> "
            f"<a href='/kalender?manad=2024-06'>Kalender</a></nav><main><h1>{title}</h1>{body}</main></body></html>")


def site(base: str) -> dict:
    urlset = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
              f"<url><loc>{base}/sociala-investeringar/</loc></url><url><loc>{base}/intern/sociala-investeringar-x</loc>"
              "</url></urlset>")
    pages = {
        "/robots.txt": ("text/plain", f"User-agent: *\nDisallow: /intern/\nSitemap: {base}/sitemapindex.xml\n"),
        "/sitemapindex.xml": ("application/xml", "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/"
                              f"schemas/sitemap/0.9'><sitemap><loc>{base}/sm-1.xml.gz</loc></sitemap></sitemapindex>"),
        "/sm-1.xml.gz": ("application/x-gzip", gzip.compress(urlset.encode())),
        "/": ("text/html", _page("Start", "<a href='/gammal'>Sociala investeringar (gammal länk)</a>")),
        "/sociala-investeringar/": ("text/html", _page("Sociala investeringar",
            "<p>Fonden för sociala investeringar.</p><ul><li><a href='/projekt/a?lang=sv'>A</a></li>"
            "<li><a href='/Projekt/A'>A igen</a></li><li><a href='/projekt/b/'>B</a></li>"
            "<li><a href='/intern/sociala-investeringar-x'>X</a></li></ul>"
            "<a href='/sociala-investeringar/?page=2'>Visa fler</a>"
            "<a href='/filer/beviljade.pdf'>Beviljade projekt (pdf)</a>")),
        "/sociala-investeringar/?page=2": ("text/html", _page("Sociala investeringar – sida 2",
            "<ul><li><a href='/projekt/c'>C</a></li></ul>")),
        "/projekt/a": ("text/html", _page("A", PROJECT.format(t="A"))),
        "/projekt/b": ("text/html", _page("B", PROJECT.format(t="B"))),
        "/projekt/c": ("text/html", _page("C", PROJECT.format(t="C"))),
        "/intern/sociala-investeringar-x": ("text/html", _page("X", PROJECT.format(t="X"))),
        "/filer/beviljade.pdf": ("application/pdf", b"%PDF-1.4\n% Beviljade sociala investeringar\n%%EOF\n"),
    }
    return pages


@pytest.fixture()
def origin():
    state = {}

    def resolver(scheme, host, path, headers):
        pages = state["pages"]
        key = path
        low = path.lower().split("?")[0].rstrip("/")
        if path == "/gammal":
            return Reply(301, headers={"Location": "/nytt"})
        if path == "/nytt":
            return Reply(302, headers={"Location": "/sociala-investeringar/"})
        if path.startswith("/kalender"):
            m = int(path[-2:]) % 12 + 1
            return Reply(200, _page("Kalender", f"<a href='/kalender?manad=2024-{m:02d}'>Nästa månad</a>").encode(),
                         {"Content-Type": "text/html; charset=utf-8"})
        for k in pages:
            if k.lower().split("?")[0].rstrip("/") == low and ("?page=2" in path) == ("?page=2" in k):
                key = k
        if key not in pages:
            return Reply(404, b"<html><body>404</body></html>", {"Content-Type": "text/html"})
        ctype, body = pages[key]
        body = body if isinstance(body, bytes) else body.encode()
        return Reply(200, body, {"Content-Type": ctype + ("; charset=utf-8" if ctype.startswith("text") else "")})

    with ReplayProxy(resolver) as server:  # a plain origin server on 127.0.0.1 (no proxying involved)
        state["pages"] = site(server.url)
        yield server


def test_try_one_loopback_site(origin, tmp_path):
    result = run_crawl([], tmp_path / "c", urls=[origin.url + "/"], allow_loopback=True, polite=False, timeout=120)
    assert result.returncode == 0, result.log_tail
    entries = list(iter_manifest(tmp_path / "c"))
    pages = {canonical_url(e["final_url"]): e for e in entries if e["kind"] == "page"}
    base = canonical_url(origin.url + "/").rstrip("/")
    for name in ("a", "b", "c"):
        assert pages[f"{base}/projekt/{name}"]["candidate"], name
    assert not pages[f"{base}/sociala-investeringar"]["candidate"]
    assert any(e["kind"] == "pdf" and e["final_url"].endswith("/filer/beviljade.pdf") for e in entries)
    assert any(e["kind"] == "sitemap" and e["final_url"].endswith("/sm-1.xml.gz") for e in entries)
    paths = [r["path"] for r in origin.requests]
    assert not [p for p in paths if p.startswith("/intern/")]
    assert len([p for p in paths if p.startswith("/kalender")]) <= 1
    assert not [p for p in paths if "lang=" in p]
    assert len([p for p in paths if p.lower().startswith("/projekt/a")]) == 1
    keys = [canonical_url(e["final_url"]) for e in entries if e["kind"] == "page"]
    assert len(keys) == len(set(keys))


def test_loopback_is_refused_without_the_flag(origin, tmp_path):
    result = run_crawl([], tmp_path / "c", urls=[origin.url + "/"], polite=False, timeout=120)
    assert result.returncode != 0
    assert origin.requests == []


def test_socinv_crawl_summary_comes_from_crawl_stats(origin, tmp_path):
    """`socinv crawl` prints skips, one line per source and the finish reason from crawl_stats.json, and lists
    the PDF that gave no text (here a stub PDF) as an extraction failure instead of crashing."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    run = CliRunner().invoke(app, ["crawl", origin.url + "/", "--allow-loopback", "--no-polite",
                                   "--out", str(tmp_path)], terminal_width=250)
    assert run.exit_code == 0, run.output
    out = " ".join(run.output.split())
    assert "skipped:" in out and "robots" in out
    assert "finish reason: finished" in out
    assert "1 PDFs" in out
    assert "extraction failed:" in out and "beviljade.pdf" in out and "broken PDF" in out
