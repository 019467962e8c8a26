"""Link scoring, trap recognition and the page verdict, table-driven; the verdict is also checked against the
saved pages with hand-written expected records (tests/fixtures, snapshot/): written independently of the
simulated web, so they keep the page classifier honest."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers import platforms, relevance
from tests.fixture_cases import cases

# Pages with expected records the crawler does not hand to extraction, and why.
KNOWN_MISSES = {
    "fixtures/plaintext-news-single-kiruna": "news of a grant that names neither the fund nor social investment",
}


def _verdict(case):
    view = platforms.analyse(case.url, Path(case.page).read_bytes(), "text/html; charset=utf-8")
    return relevance.assess_page(case.url, view.title, view.main_text, view.labels, view.link_chars, view.own_text)


@pytest.mark.parametrize("case", [c for c in cases() if str(c.page).endswith(".html")], ids=lambda c: c.id)
def test_saved_pages_verdict(case):
    candidate, reason = _verdict(case)
    if case.id in KNOWN_MISSES:
        assert not candidate
        return
    assert candidate == bool(case.expected_records()), reason


@pytest.mark.parametrize("url,text,reason", [
    ("https://www.x.se/kalender?manad=2024-07", "Nästa månad", "calendar"),
    ("https://www.x.se/pa-gang?manad=2024-07", "", "calendar"),
    ("https://www.x.se/uppleva/evenemangskalender/2024/07/", "", "calendar"),
    ("https://www.x.se/events?date=2024-07-01", "", "calendar"),
    ("https://www.x.se/nyheter/arkiv?kategori=skola&ar=2023", "ar: 2023", "facets"),
    ("https://www.x.se/sok?q=sociala+investeringar", "", "search"),
    ("https://www.x.se/?s=fonden", "", "search"),
    ("https://www.x.se/a;jsessionid=ABC123?x=1", "", "session-id"),
    ("https://www.x.se/a/b/a/b/a/b/a/b", "", "repeated-path"),
    ("https://www.x.se/nyheter/2023-05-12-ny-forskola", "Ny förskola invigd", None),
    ("https://www.x.se/2023/05/12/fonden-delar-ut-medel/", "Fonden delar ut medel", None),
    ("https://www.x.se/sociala-investeringar/?page=2", "Visa fler", None),
    ("https://www.x.se/socialt-investeringsprogram/2023-05-beslut", "Beslut maj", None),
])
def test_trap_reason(url, text, reason):
    assert relevance.trap_reason(url, text) == reason


@pytest.mark.parametrize("url,text,expected", [
    ("https://www.x.se/nyheter?page=2", "2", True),
    ("https://www.x.se/nyheter/page/3/", "", True),
    ("https://www.x.se/projekt?sida=2", "Nästa", True),
    ("https://www.x.se/lista?visa=alla", "Visa fler", True),
    ("https://www.x.se/nyheter/arkiv?kategori=skola", "skola", False),
    ("https://www.x.se/projekt/a", "Visa fler", False),
])
def test_is_pagination(url, text, expected):
    assert relevance.is_pagination(url, text) is expected


@pytest.mark.parametrize("url,text,least,most", [
    ("https://www.x.se/kommun-och-politik/sociala-investeringar/", "", 100, 100),
    ("https://www.x.se/a.4.1234.html", "Socialinvesteringsfonden", 100, 100),
    ("https://www.x.se/kommun-och-politik", "Kommun och politik", 10, 30),
    ("https://www.x.se/bygglov", "Bygglov", 0, 0),
    ("https://www.x.se/sok/", "Sök", -1, -1),
    ("mailto:info@x.se", "", -1, -1),
])
def test_link_score(url, text, least, most):
    assert least <= relevance.link_score(url, text) <= most


def test_url_pattern_folds_digits_and_query_values():
    a = relevance.url_pattern("https://www.x.se/kalender/2024/06/?vy=manad")
    assert a == relevance.url_pattern("https://x.se/kalender/2025/11/?vy=vecka")
    assert relevance.url_pattern("https://x.se/nyheter/ny-skola") != relevance.url_pattern("https://x.se/nyheter/ny-vag")


def test_menus_and_footers_do_not_make_a_page_topical():
    html = ("<html><body><nav><a href='/sociala-investeringar'>Sociala investeringar</a></nav>"
            "<main><h1>Bygglov</h1><p>Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen "
            "av en byggnad. Handläggningstiden är högst tio veckor.</p></main>"
            "<footer><a href='/sociala-investeringar'>Fonden för sociala investeringar</a></footer></body></html>")
    view = platforms.analyse("https://www.x.se/bygglov", html.encode())
    assert not view.topical
    assert [u for u, _ in view.main_links] == []
    assert {u for u, _ in view.other_links} == {"https://www.x.se/sociala-investeringar"}


@pytest.mark.parametrize("head,platform", [
    ("<link href='/sitevision/system-resource/abc/css/portlets.css'>", "sitevision"),
    ("<div class='sv-layout' id='svid10_1'>", "sitevision"),
    ("<img src='/globalassets/bild.png'>", "episerver"),
    ("<div data-epi-contentarea='true'>", "episerver"),
    ("<link href='/wp-content/themes/municipio/app.css'>", "wordpress"),
    ("<script>Drupal.settings = {}</script>", "drupal"),
    ("<p>plain</p>", "other"),
])
def test_platform_detection(head, platform):
    assert relevance.detect_platform(head) == platform


def test_wordpress_offers_sitemaps_and_rest_search():
    wp = platforms.for_name("wordpress")
    assert wp.sitemaps("https://x.se") == ["https://x.se/wp-sitemap.xml", "https://x.se/sitemap_index.xml"]
    assert wp.lookups("https://x.se", ["sociala investeringar"])[0].startswith(
        "https://x.se/wp-json/wp/v2/pages?search=sociala%20investeringar")
    rows = wp.parse_lookup("", b'[{"link": "https://x.se/a/", "title": {"rendered": "Sociala investeringar"}}]')
    assert rows == [("https://x.se/a/", "Sociala investeringar")]
    assert platforms.for_name("sitevision").lookups("https://x.se", ["x"]) == []
