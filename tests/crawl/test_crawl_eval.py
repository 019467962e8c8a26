"""`socinv eval-crawl DIR` crawls saved sites with the real spiders on 127.0.0.1 and scores the candidates against
expected.json: a project page the links do not reach is counted as missed, a guidance page taken for a project as a
false candidate, and a URL robots.txt forbids must never be requested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.crawl_eval import evaluate_crawl
from pipeline.urls import canonical_url

HOST = "www.ale.se"
PROJECT = ("<p>Projektet {t} har beviljats 1,2 miljoner kronor ur fonden för sociala investeringar.</p>"
           "<p><strong>Syfte:</strong> Att minska skolfrånvaron.</p><p><strong>Målgrupp:</strong> Elever i "
           "årskurs 7–9.</p><p><strong>Projekttid:</strong> 2023–2025</p>")


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav><a href='/'>Start</a></nav><main><h1>{title}</h1>{body}</main></body></html>")


def _assert_floor(name: str, recall: float = 0.95, timeout: int = 600) -> dict:
    """Crawl tests/<name> with the real spiders and hold it to its floor: recall at least ``recall``, no request
    that robots.txt forbids."""
    from fixture_cases import ROOT

    result = evaluate_crawl(ROOT / "tests" / name, timeout=timeout)
    assert result["returncode"] == 0, name
    assert result["recall"] >= recall and result["forbidden_fetched"] == 0, name
    return result


def _site(root: Path) -> None:
    files = {
        "robots.txt": "User-agent: *\nDisallow: /intern/\n",
        "index.html": _page("Ale kommun", "<a href='/kommun/sociala-investeringar/'>Sociala investeringar</a>"),
        "kommun/sociala-investeringar/index.html": _page("Sociala investeringar", (
            "<p>Kommunens fond för sociala investeringar.</p><ul>"
            "<li><a href='/kommun/sociala-investeringar/narvaro/'>Närvaroteam</a></li>"
            "<li><a href='/kommun/sociala-investeringar/sa-soker-du/'>Så söker du medel</a></li>"
            "<li><a href='/intern/sociala-investeringar/'>Internt</a></li></ul>")),
        "kommun/sociala-investeringar/narvaro/index.html": _page("Närvaroteam", PROJECT.format(t="Närvaroteam")),
        "kommun/sociala-investeringar/sa-soker-du/index.html": _page("Så söker du medel", (
            "<h2>Vem kan söka?</h2><p>Nämnderna kan söka medel ur fonden.</p><h2>Hur ansöker man?</h2>"
            "<p>Ansökan lämnas senast den 1 mars.</p>")),
        "kommun/sociala-investeringar/forgotten/index.html": _page("Läxhjälp", PROJECT.format(t="Läxhjälp")),
        "intern/sociala-investeringar/index.html": _page("Internt", PROJECT.format(t="Internt")),
    }
    for rel, text in files.items():
        path = root / HOST / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    base = f"https://{HOST}"
    (root / "expected.json").write_text(json.dumps({HOST: {
        "start_url": f"{base}/",
        "project_pages": [f"{base}/kommun/sociala-investeringar/narvaro/",
                          f"{base}/kommun/sociala-investeringar/forgotten/"],
        "not_projects": [f"{base}/kommun/sociala-investeringar/sa-soker-du/"],
        "must_not_fetch": [f"{base}/intern/sociala-investeringar/"],
    }}), encoding="utf-8")


def test_eval_crawl_counts_found_missed_and_forbidden(tmp_path):
    _site(tmp_path)
    result = evaluate_crawl(tmp_path, timeout=180)
    assert result["returncode"] == 0
    row = result["hosts"][HOST]
    assert row["found"] == 1 and result["recall"] == 0.5
    assert row["missed"] == ["https://www.ale.se/kommun/sociala-investeringar/forgotten"]
    assert row["false_candidates"] == [] and row["forbidden_fetched"] == []
    assert result["precision"] == 1.0 and row["requests"] >= 4


def test_blind_sites_stay_above_the_floor():
    """tests/heldout_sites/ was written by a helper that did not read the crawler: projects only in a paginated
    news archive under bare page ids, a list three clicks deep in a table and closed accordions, a service page
    holding a project, no sitemap on one site, search and intranet paths forbidden by robots.txt that link to every
    project, calendars, print links. At first contact discovery found 9 of 9 project pages (3 of its 12 candidates
    were topical non-project pages, where extraction then found no records) and requested no forbidden URL."""
    from fixture_cases import ROOT

    result = evaluate_crawl(ROOT / "tests" / "heldout_sites", timeout=300)
    assert result["returncode"] == 0
    assert result["recall"] == 1.0 and result["forbidden_fetched"] == 0
    assert result["precision"] >= 0.7


def test_second_blind_sites_stay_above_the_floor():
    """tests/heldout_sites2/ (three more sites written blind): a <base href> on every page, pagination by path, a
    project behind tracking parameters, a gzip sitemap behind a sitemap index, http:// and www-less links to the same
    pages, WordPress archives with ?replytocom= copies of posts, feeds, forbidden /wp-json/ and /?s=. At first
    contact discovery found 10 of 15 project pages (precision 0.48: http:// copies and reply links counted apart);
    with https links and WordPress's reply parameter read as the same page, 12 of 15. The three missed are
    reachable only through a sitemap URL without a topical word or archives of bare titles."""
    result = _assert_floor("heldout_sites2", recall=0.8, timeout=300)
    assert result["precision"] >= 0.8


def test_an_http_link_on_an_https_site_is_asked_for_over_https():
    from crawlers.spiders.discovery import DiscoverySpider

    spider = DiscoverySpider(urls="https://www.solna.se/")
    spider.max_depth, spider._link_memo = 4, {}  # as from_crawler sets them
    source = next(iter(spider.sources.values()))
    decision = spider.link_decision(source, "http://www.solna.se/kommun-och-politik/sociala-investeringar/",
                                    "Sociala investeringar", True, 0, True)
    assert decision[0] == "follow" and decision[1] == "https://www.solna.se/kommun-och-politik/sociala-investeringar/"
    off = spider.link_decision(source, "http://www.example.com/sociala-investeringar/", "x", True, 0, True)
    assert off[0] == "skip"


def test_wordpress_reply_links_and_more_tracking_are_the_same_page():
    from pipeline.urls import canonical_url

    post = "https://www.solna.se/2024/05/12/nytt-projekt"
    assert canonical_url(post + "/?replytocom=43010#respond") == canonical_url(post + "/")
    assert canonical_url(post + "?utm_id=7&mc_cid=abc&msclkid=x") == canonical_url(post)


def test_third_blind_sites_stay_above_the_floor():
    """tests/heldout_sites3/ (three more sites written blind): projects linked only from a <select> drop-down's
    option values and from a converted annual report's text-less links in upper case, upper-case duplicates with
    rel=canonical, a region's projects on a subdomain behind an A–Ö index, print and ReadSpeaker query links, a
    114-link mega menu mostly dead, a calendar of ?date= days, search forbidden by robots.txt. At first contact
    discovery found 14 of 16 (the two drop-down-only projects missed), no forbidden request; with option values
    read as links, 16 of 16."""
    result = _assert_floor("heldout_sites3", recall=0.9, timeout=300)
    assert result["precision"] >= 0.6


def test_a_drop_downs_option_values_are_links():
    from crawlers import platforms

    html = b"""<html><body><main><h1>Projekt</h1><label>G\xc3\xa5 till projekt</label><select onchange="go(this)">
    <option value="">V\xc3\xa4lj</option><option value="tryggare-skolvag/">Tryggare skolv\xc3\xa4g</option>
    <option value="/Sociala-Investeringar/projekt/familjebryggan/">Familjebryggan</option>
    <option value="2024">2024</option></select></main></body></html>"""
    view = platforms.analyse("https://www.orebro.se/sociala-investeringar/projekt/", html, "text/html")
    urls = [u for u, _ in view.main_links]
    assert "https://www.orebro.se/sociala-investeringar/projekt/tryggare-skolvag/" in urls
    assert "https://www.orebro.se/Sociala-Investeringar/projekt/familjebryggan/" in urls
    assert not any(u.endswith("/2024") for u in urls)


def test_fourth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites4/ (three more sites written blind): project cards whose href is "#" and whose address is in
    data-href (root-relative, relative, absolute), page 2 of a list linked only by <link rel="next">, a project
    reachable only through an Atom feed the head announces, one only through the hreflang alternate of its English
    copy, one only through an image map's <area>, a faceted project bank, Allow inside a Disallow, a meta-refresh
    stub into a forbidden folder. At first contact discovery found 6 of 15 (precision 0.13), no forbidden request;
    reading data-href and click handlers, <area>, <link rel=next>, hreflang alternates and feeds, and English topic
    words: 13 of 15. Still missed: a project linked only from a calendar event page (event pages are never
    followed), and one only in a sitemap under a URL with no topical word."""
    result = _assert_floor("heldout_sites4", recall=0.85, timeout=300)
    assert result["precision"] >= 0.2


def test_script_links_image_maps_and_head_links_are_read():
    from crawlers import platforms

    html = b"""<html><head><title>Projekt</title>
    <link rel="next" href="/projekt/sida-2/"><link rel="alternate" hreflang="en" href="/en/projects/">
    <link rel="alternate" type="application/atom+xml" href="/feeds/projekt.xml" title="Projekt">
    <link rel="stylesheet" href="/a.css"></head>
    <body><main><h1>Projekt</h1>
    <a href="#" data-href="/projekt/lasglada/" onclick="go(this)">L\xc3\xa4sglada familjer</a>
    <a href="javascript:void(0)" onclick="window.location.href='fritidsledare/';return false;">Fritidsledare</a>
    <a href="#" data-href="2024">not a page</a>
    <img usemap="#karta" src="karta.png"><map name="karta"><area shape="poly" coords="1,2,3" href="/insatser/ockelbo/"
    alt="Ockelbo"></map></main></body></html>"""
    view = platforms.analyse("https://www.x.se/projekt/", html, "text/html; charset=utf-8")
    main = dict(view.main_links)
    assert main["https://www.x.se/projekt/lasglada/"] == "Läsglada familjer"
    assert main["https://www.x.se/projekt/fritidsledare/"] == "Fritidsledare"
    assert main["https://www.x.se/insatser/ockelbo/"] == "Ockelbo"
    assert main["https://www.x.se/projekt/sida-2/"] == "next"
    assert "https://www.x.se/projekt/2024" not in main
    assert ("https://www.x.se/en/projects/", "") in view.other_links
    assert view.feeds == ["https://www.x.se/feeds/projekt.xml"]


def test_feed_entries_atom_and_rss():
    from crawlers.spiders.discovery import feed_entries

    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Projekt</title>
    <entry><title>Aktiva seniorer</title><link rel="alternate" href="https://www.x.se/projekt/aktiva/"/>
    <link rel="enclosure" href="https://www.x.se/bild.jpg"/><id>urn:cms:1</id></entry>
    <entry><title>Utan adress</title><id>urn:cms:2</id></entry></feed>"""
    assert feed_entries(atom) == [("https://www.x.se/projekt/aktiva/", "Aktiva seniorer")]
    rss = b"""<rss version="2.0"><channel><title>Nyheter</title><item><title>Nytt projekt</title>
    <link> https://www.x.se/nyheter/nytt/ </link></item></channel></rss>"""
    assert feed_entries(rss) == [("https://www.x.se/nyheter/nytt/", "Nytt projekt")]
    assert feed_entries(b"not xml at all <<<") == []


def test_fifth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites5/ (three more sites written blind): tab panels loaded from HTML fragments (hx-get,
    data-src), a "Läs mer" only in <noscript>, a broken CMS link beside a working one in a news item, projects seven
    levels deep behind "Nästa" paths, an allowed alias of a forbidden path, a page inside an <iframe>, a link on an SVG
    chart (xlink:href), a JSON list of projects a script loads (data-source, <link rel="preload" as="fetch">), a
    schema.org ItemList in JSON-LD, index.html variants and a Word document saved as HTML. At first contact
    discovery found 9 of 15 (precision 0.36), no forbidden request; reading what a page loads into itself (fragments,
    iframes, JSON and JSON-LD addresses) and SVG links: 15 of 15."""
    result = _assert_floor("heldout_sites5", recall=0.9, timeout=300)
    assert result["precision"] >= 0.35


def test_what_a_page_loads_into_itself_is_read():
    from crawlers import platforms

    html = b"""<html><head><title>Projekt</title><link rel="preload" as="fetch" href="/data/projekt.json">
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
      {"@type": "ListItem", "position": 1, "item": {"@type": "WebPage", "name": "Trygg hemg\xc3\xa5ng",
       "url": "https://www.x.se/projekt/trygg-hemgang/"}}]}</script></head>
    <body><main><h1>Projekt</h1>
    <button hx-get="/projekt/_fragment/avslutade.html" hx-target="#panel">Avslutade</button>
    <div role="tabpanel" hidden data-src="/projekt/_fragment/forstudier.html"></div>
    <div id="lista" data-source="/data/lista.json"></div>
    <img data-src="/bilder/karta.jpg" alt="">
    <svg><a xlink:href="/projekt/foraldraskap/"><rect width="10" height="10"/></a></svg>
    <iframe src="/inbaddat/samtalsstod.html" title="Samtalsst\xc3\xb6d"></iframe>
    </main></body></html>"""
    view = platforms.analyse("https://www.x.se/projekt/", html, "text/html; charset=utf-8")
    links = {u for u, _ in view.main_links + view.other_links}
    for path in ("/projekt/_fragment/avslutade.html", "/projekt/_fragment/forstudier.html",
                 "/projekt/foraldraskap/", "/inbaddat/samtalsstod.html", "/projekt/trygg-hemgang/"):
        assert "https://www.x.se" + path in links, path
    assert sorted(view.data_files) == ["https://www.x.se/data/lista.json", "https://www.x.se/data/projekt.json"]


def test_json_links_reads_addresses_not_other_strings():
    from crawlers.platforms import json_links

    data = {"projekt": [{"namn": "Jobbspår", "title": "Jobbspår Bosvedjan", "url": "/projekt/jobbspar/",
                         "apiUrl": "/api/projekt/7", "bild": "/bilder/a.jpg", "beskrivning": "Se /projekt/annat/"},
                        {"title": "Läsa", "link": "https://www.x.se/projekt/lasa/", "href": "//cdn.x.se/y"}]}
    assert json_links(data) == [("/projekt/jobbspar/", "Jobbspår Bosvedjan"), ("https://www.x.se/projekt/lasa/", "Läsa")]


def test_sixth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites6/ (three more sites written blind): a Joomla site behind a language chooser whose every link
    carries a new PHPSESSID, soft 404s, robots.txt groups per user agent, an archive; an Astro site whose mega menu is
    a separate file (data-menu-url, <link rel="prefetch">), cards in a <template>, a map component's JSON props; a
    Wagtail site with å/ä/ö in its paths in three encodings, a "Skriv ut hela avsnittet" page and a 237-link site
    map. At first contact discovery found 8 of 15 (precision 0.42), no forbidden request: every Joomla link was
    skipped as a session-id trap. Session ids dropped from URLs instead, the menu file, prefetched pages and a
    component's props read: 12 of 15; with a soft 404's suggestions followed at a topical address (eighth session):
    13 of 15. Still missed: a project only from a non-topical archive in the footer, one only from a "Senast ändrade
    sidor" sidebar under a URL with no topical word."""
    result = _assert_floor("heldout_sites6", recall=0.85, timeout=300)
    assert result["precision"] >= 0.35


def test_session_ids_are_dropped_from_urls():
    from pipeline.urls import canonical_url, clean_url

    assert clean_url("https://www.x.se/sv/projekt.html?PHPSESSID=3f9a1c") == "https://www.x.se/sv/projekt.html"
    assert clean_url("https://www.x.se/sida.html;jsessionid=0A1B2C?id=4") == "https://www.x.se/sida.html?id=4"
    assert canonical_url("https://www.x.se/A.html?sid=77&page=2") == canonical_url("https://www.x.se/a.html?page=2")


def test_a_menu_file_prefetched_pages_and_component_props_are_read():
    from crawlers import platforms

    html = b"""<html><head><title>Start</title><link rel="prefetch" href="/meny/huvudmeny.html?v=1"></head><body>
    <rv-megamenu data-menu-url="/meny/huvudmeny.html?v=2"></rv-megamenu><main><h1>Start</h1>
    <astro-island props="{&quot;insatser&quot;:[1,[[0,{&quot;namn&quot;:[0,&quot;H\xc3\xa4lsov\xc3\xa4xling&quot;],
    &quot;url&quot;:[0,&quot;/insatser/halsovaxling&quot;]}]]]}"></astro-island></main></body></html>"""
    view = platforms.analyse("https://www.x.se/", html, "text/html; charset=utf-8")
    links = dict(view.main_links + view.other_links)
    assert "https://www.x.se/meny/huvudmeny.html?v=1" in links and "https://www.x.se/meny/huvudmeny.html?v=2" in links
    assert links["https://www.x.se/insatser/halsovaxling"] == "Hälsoväxling"


def test_seventh_blind_sites_stay_above_the_floor():
    """tests/heldout_sites7/ (three more sites written blind, most projects reachable in ordinary ways): TYPO3 with
    "Skriv ut" (?type=98) links, an A–Ö index, a project only through a relative ../../../ link and one only from the
    English page; Sitecore SXA with year pages, a "Relaterade länkar" box, a map whose JSON file is named in a
    data-map-source attribute and a project in a text list of another section; Hugo with /page/2/, tag pages, an
    RSS feed, a meta-refresh redirect page and a project on a subdomain. At first contact discovery found 14 of 15
    (precision 0.52), no forbidden request; with any data-* attribute that names a JSON file read: 15 of 15."""
    result = _assert_floor("heldout_sites7", recall=0.9, timeout=300)
    assert result["precision"] >= 0.4


def test_a_json_file_named_in_any_data_attribute_is_read():
    from crawlers import platforms

    html = b"""<html><head><title>Karta</title></head><body><main><h1>Karta</h1>
    <div class="map" data-map-source="/media/data/projektkarta.json" data-zoom="8"></div>
    <section data-json-url="https://www.x.se/api/insatser.json?lang=sv"></section>
    <div data-config="{&quot;zoom&quot;: 3}" data-note="se projekt.jsonfil"></div>
    </main></body></html>"""
    view = platforms.analyse("https://www.x.se/karta/", html, "text/html; charset=utf-8")
    assert sorted(view.data_files) == ["https://www.x.se/api/insatser.json?lang=sv",
                                       "https://www.x.se/media/data/projektkarta.json"]


def test_eighth_and_ninth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites8/ (Göteborg on WebSphere Portal, Region Skåne on Magnolia, Botkyrka on Craft) found 13 of
    15 at first contact, no forbidden request; still missed: a project linked only from a non-topical district page's
    list and one only from a service page's "Relaterat" box and a job ad reached through the job list. tests/
    heldout_sites9/ (Uddevalla on Contao with a library subdomain, Region Västerbotten on Kentico, Falun on ProcessWire)
    found 8 of 15 at first contact; its eval counted 8 allowed requests as forbidden (a "?print=" link and its page
    were one key: now a request is compared as requested) and missed a project on the other host it listed. With a
    topical menu item's sub-items followed, a page that calls its own name a project and a short page with money and
    a period taken as candidates: 13 of 15 (still missed: a project only in a news archive under a non-topical news
    item, one only in a report's list in another section)."""
    for name, floor in (("heldout_sites8", 0.85), ("heldout_sites9", 0.85)):
        _assert_floor(name, recall=floor, timeout=300)


def test_a_topical_menu_items_sub_items_are_section_links():
    from crawlers import platforms

    html = """<html><head><title>Regler</title></head><body><main><h1>Regler för fonden</h1><p>Text.</p></main>
    <aside><nav><ul><li><a href="/sociala-investeringsfonden.html">Sociala investeringsfonden</a><ul>
    <li><a href="/regler.html">Regler</a></li><li><a href="/projekt.html">Beviljade projekt</a><ul>
    <li><a href="/uva.html">UVA – Unga vuxna i arbete</a></li></ul></li></ul></li>
    <li><a href="/kultur.html">Kultur</a><ul><li><a href="/bibliotek.html">Bibliotek</a></li></ul></li></ul></nav></aside>
    </body></html>"""
    view = platforms.analyse("https://www.x.se/regler.html", html.encode(), "text/html; charset=utf-8")
    section = {u for u, _ in view.section_links}
    assert "https://www.x.se/uva.html" in section and "https://www.x.se/projekt.html" in section
    assert "https://www.x.se/bibliotek.html" not in section


@pytest.mark.parametrize("title,text,candidate", [
    ("Fritid för alla – Vilhelmina", "Kommunen har tillsammans med Region Västerbotten startat insatsen Fritid för "
     "alla för barn i årskurs 4–9, med en fritidsvägledare på heltid och i samverkan med föreningarna. Den finansieras "
     "med sociala investeringsmedel.", True),
    ("Anhörigstöd i Svärdsjö", "Med 1 600 000 kronor ur kommunens pott för sociala investeringar prövar "
     "omsorgsförvaltningen ett lokalt anhörigstöd från januari 2025 till december 2027 för anhöriga i byarna. "
     "Svenska kyrkan är samarbetspartner.", True),
    ("Budget 2025", "Fullmäktige har antagit budgeten för 2025–2027. Fonden för sociala investeringar får 5 miljoner "
     "kronor och skolan och omsorgen får mer pengar i samverkan med regionen.", False),
    ("Sök medel", "Ansök om medel ur fonden för sociala investeringar. Sista dag för ansökan är 1 mars. Riktlinjer och "
     "kriterier finns på sidan. Blankett laddar du ner här. Vem kan söka? Förvaltningarna.", False),
])
def test_short_project_pages_are_candidates(title, text, candidate):
    from crawlers import relevance

    assert relevance.assess_page("https://www.x.se/si/sida/", title, text)[0] is candidate


def test_the_robots_check_compares_requests_as_requested():
    from pipeline.crawl_eval import _exact_key

    assert _exact_key("https://www.x.se/fond/?print=1") != _exact_key("https://www.x.se/fond/")
    assert _exact_key("https://WWW.x.se/sök/?q=bygglov") == _exact_key("https://www.x.se/s%C3%B6k?q=bygglov")


def test_tenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites10/ (Piteå on Silverstripe, Region Östergötland on Concrete CMS, Vänersborg on django CMS
    with a WordPress youth portal): 12 of 15 at first contact, no forbidden request. With a project's facts read from
    the sidebar beside its text (Concrete's "col-sidebar") and the Swedish keys of a map's JSON ("lank"): 14 of 15
    (still missed: a project whose only page is in English, linked only from the English section)."""
    _assert_floor("heldout_sites10", recall=0.9, timeout=300)


def test_facts_in_a_sidebar_count_for_the_page():
    from crawlers import platforms, relevance

    html = """<html><head><title>Familjelotsar</title></head><body><main><div class="col-main"><h1>Familjelotsar</h1>
    <p>Familjelotsarna hjälper föräldrar med små barn att hitta rätt stöd tidigt.</p></div>
    <div class="col-sidebar"><nav><ul><li><a href="/a/">Annat</a></li></ul></nav><div class="facts"><p>
    <strong>Projektägare:</strong> Motala kommun<br><strong>Projektperiod:</strong> 2025–2027<br>
    <strong>Sociala investeringsmedel:</strong> 2 100 000 kronor</p></div></div></main></body></html>"""
    url = "https://www.x.se/sociala-investeringar/projekt/familjelotsar/"
    view = platforms.analyse(url, html.encode(), "text/html; charset=utf-8")
    assert "Projektägare: Motala kommun" in view.own_text and "Annat" not in view.own_text
    assert relevance.assess_page(url, view.title, view.main_text, view.labels, view.link_chars, view.own_text)[0]


def test_swedish_keys_of_a_json_list_are_addresses():
    from crawlers.platforms import json_links

    data = {"features": [{"properties": {"namn": "Lärcentrum", "lank": "/projekt/larcentrum/"}},
                         {"properties": {"namn": "Annat", "länk": "https://www.x.se/projekt/annat/"}}]}
    assert sorted(u for u, _ in json_links(data)) == ["/projekt/larcentrum/", "https://www.x.se/projekt/annat/"]


def test_a_moved_topical_pages_suggestions_are_followed_but_no_other_soft_404s(tmp_path):
    """A link to a project's old address answers 200 "Sidan kunde inte hittas" with "Menade du …?" suggestions: at a
    topical address they are followed (the project moved); a soft 404 elsewhere leads nowhere."""
    host = "www.ale.se"
    files = {
        "robots.txt": "User-agent: *\nDisallow:\n",
        "index.html": _page("Ale kommun", "<a href='/kommun/sociala-investeringar/'>Sociala investeringar</a>"
                                          "<a href='/evenemang/gammal/'>Evenemang</a>"),
        "kommun/sociala-investeringar/index.html": _page("Sociala investeringar", (
            "<p>Kommunens fond för sociala investeringar.</p>"
            "<a href='/kommun/sociala-investeringar/projekt/jobbspar-2023/'>Jobbspåret</a>")),
        "kommun/sociala-investeringar/projekt/jobbspar-2023/index.html": _page("Sidan kunde inte hittas", (
            "<p>Sidan kunde inte hittas.</p><p>Menade du någon av de här sidorna?</p>"
            "<ul><li><a href='/arbete/jobbsparet/'>Jobbspåret – unga vuxna till arbete</a></li></ul>")),
        "arbete/jobbsparet/index.html": _page("Jobbspåret", PROJECT.format(t="Jobbspåret")),
        "evenemang/gammal/index.html": _page("Sidan kunde inte hittas", (
            "<p>Sidan kunde inte hittas.</p><ul><li><a href='/fritid/simskola/'>Simskola</a></li></ul>")),
        "fritid/simskola/index.html": _page("Simskola", PROJECT.format(t="Simskola")),
    }
    for rel, text in files.items():
        path = tmp_path / host / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    base = f"https://{host}"
    (tmp_path / "expected.json").write_text(json.dumps({host: {
        "start_url": f"{base}/", "project_pages": [f"{base}/arbete/jobbsparet/", f"{base}/fritid/simskola/"],
        "not_projects": [], "must_not_fetch": []}}), encoding="utf-8")
    row = evaluate_crawl(tmp_path, timeout=180)["hosts"][host]
    assert row["missed"] == [f"{base}/fritid/simskola"]


def test_eleventh_and_twelfth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites11/ (Jönköping on Adobe Experience Manager, Örkelljunga on WordPress/Municipio, Skaraborgs
    Kommunalförbund on Gatsby, an organisation the registry does not hold, now crawled from its start URL) and
    tests/heldout_sites12/ (Skövde on Nuxt, Karlskrona on Neos, Region Jönköpings län on AEM): 10 and 12 of 15 at
    first contact. With facts in a `<dl>` without colons, the breadcrumb trail as the page's topic, a small budget of
    pages beyond the topic (a service page's "Se även" box), and the pages a topical page's JSON lists (Nuxt's and
    Gatsby's data files): 14 and 15 of 15; with that budget reaching four hops (tenth session), the project linked
    only from a district page's text list too: 15 and 15."""
    for name, floor in (("heldout_sites11", 0.95), ("heldout_sites12", 0.95)):
        _assert_floor(name, recall=floor, timeout=300)


def test_facts_in_a_term_list_and_the_breadcrumb_trail_count_for_the_page():
    from crawlers import platforms, relevance

    html = """<html><head><title>Språkstöd</title></head><body><nav class="breadcrumbs" aria-label="Brödsmulor">
    <a href="/">Start</a> › <a href="/valfard/sociala-investeringsmedel/">Sociala investeringsmedel</a></nav><main>
    <article><h1>Språkstöd</h1><p>Språkstöd ger nyanlända föräldrar stöd i vardagen.</p><p>Arbetet pågår i två
    år.</p><aside class="facts"><h2>Fakta</h2><dl><dt>Period</dt><dd>2025–2027</dd><dt>Beviljade medel</dt>
    <dd>900 000 kronor</dd><dt>Samverkan</dt><dd>Biblioteket</dd></dl></aside></article></main></body></html>"""
    url = "https://www.x.se/insatser/sprakstod/"
    view = platforms.analyse(url, html.encode(), "text/html; charset=utf-8")
    assert "Period: 2025–2027" in view.own_text and "Sociala investeringsmedel" in view.trail and view.topical
    assert relevance.assess_page(url, view.title, view.main_text, view.labels, view.link_chars, view.own_text,
                                 trail=view.trail)[0]
    assert not relevance.assess_page(url, view.title, view.main_text, view.labels, view.link_chars,
                                     view.own_text)[0]  # without its trail the page names no topic


def test_json_links_read_bare_paths_of_a_flat_payload():
    from crawlers.platforms import json_links

    payload = [{"data": 1}, {"title": 2, "path": 3}, "Skolnärvaro", "/skola/narvaro/", "/_nuxt/app.js",
               "https://www.x.se/a/", "inte en sökväg"]
    assert sorted(u for u, _ in json_links(payload)) == ["/skola/narvaro/"]


def test_pages_beyond_the_topic_a_topical_pages_json_and_an_unknown_organisation(tmp_path):
    """A project filed under a service page (linked only from its "Se även" box), one listed only in the JSON its
    fund page loads, and a kommunalförbund the registry does not hold are all found; robots.txt still rules."""
    host, other = "www.ale.se", "www.exempelforbundet.se"
    files = {
        f"{host}/robots.txt": "User-agent: *\nDisallow: /intern/\n",
        f"{host}/index.html": _page("Ale kommun", "<a href='/kultur-och-fritid/'>Kultur och fritid</a>"
                                                  "<a href='/kommun/sociala-investeringar/'>Sociala investeringar</a>"),
        f"{host}/kultur-och-fritid/index.html": _page("Kultur och fritid", (
            "<ul><li><a href='/kultur-och-fritid/fritidsgardar/'>Fritidsgårdar</a></li>"
            "<li><a href='/intern/fritid/'>Intranät</a></li></ul>")),
        f"{host}/kultur-och-fritid/fritidsgardar/index.html": _page("Fritidsgårdar", (
            "<p>Kommunen har två fritidsgårdar.</p><section class='c-related'><h2>Se även</h2><ul><li>"
            "<a href='/kultur-och-fritid/fritidsgardar/kvallsoppet/'>Kvällsöppet</a></li></ul></section>")),
        f"{host}/kultur-och-fritid/fritidsgardar/kvallsoppet/index.html": _page("Kvällsöppet",
                                                                               PROJECT.format(t="Kvällsöppet")),
        f"{host}/intern/fritid/index.html": _page("Intranät", PROJECT.format(t="Internt")),
        f"{host}/kommun/sociala-investeringar/index.html": (
            "<!doctype html><html><head><title>Sociala investeringar</title><link rel='preload' as='fetch' "
            "href='/kommun/sociala-investeringar/_payload.json'></head><body><main><h1>Sociala investeringar</h1>"
            "<p>Kommunens fond för sociala investeringar finansierar förebyggande projekt.</p><button>Visa fler"
            "</button></main></body></html>"),
        f"{host}/kommun/sociala-investeringar/_payload.json": json.dumps(
            [{"data": 1}, {"title": 2, "path": 3}, "Skolnärvaro", "/skola/narvaro/"]),
        f"{host}/skola/narvaro/index.html": _page("Skolnärvaro", PROJECT.format(t="Skolnärvaro")),
        f"{other}/robots.txt": "User-agent: *\nDisallow:\n",
        f"{other}/index.html": _page("Exempelförbundet", "<a href='/sociala-investeringar/lyftet/'>Lyftet</a>"),
        f"{other}/sociala-investeringar/lyftet/index.html": _page("Lyftet", PROJECT.format(t="Lyftet")),
    }
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    base = f"https://{host}"
    (tmp_path / "expected.json").write_text(json.dumps({
        host: {"start_url": f"{base}/", "project_pages": [f"{base}/kultur-och-fritid/fritidsgardar/kvallsoppet/",
                                                          f"{base}/skola/narvaro/"],
               "not_projects": [], "must_not_fetch": [f"{base}/intern/fritid/"]},
        other: {"start_url": f"https://{other}/", "project_pages": [f"https://{other}/sociala-investeringar/lyftet/"],
                "not_projects": [], "must_not_fetch": []}}), encoding="utf-8")
    result = evaluate_crawl(tmp_path, timeout=180)
    assert result["hosts"][host]["missed"] == [] and result["hosts"][other]["missed"] == []
    assert result["forbidden_fetched"] == 0


def test_thirteenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites13/ (Halmstad on Sitefinity, Samordningsförbundet Västra Mälardalen on WordPress/Divi,
    Region Dalarna on Drupal 10 with a filtered project bank): 12 of 15 at first contact (a samordningsförbund's
    insatser never name social investments; a project only in a section page's side menu). With Finsam's words as
    the topic and a section page's children explored: 15 of 15, no forbidden request."""
    _assert_floor("heldout_sites13", recall=0.95, timeout=300)


def test_a_section_pages_side_menu_children_and_a_samordningsforbunds_insats(tmp_path):
    host, finsam = "www.ale.se", "www.samordningsforbundet-exempel.se"
    insats = ("<p>Insatsen Steget finansieras av Samordningsförbundet Exempel och pågår 2025–2027.</p><p><strong>"
              "Syfte:</strong> Fler i arbete.</p><p><strong>Målgrupp:</strong> Personer 18–64 år.</p>"
              "<p><strong>Budget:</strong> 1 800 000 kronor</p>")
    files = {
        f"{host}/robots.txt": "User-agent: *\nDisallow:\n",
        f"{host}/index.html": _page("Ale kommun", "<a href='/omsorg/'>Omsorg och stöd</a>"),
        f"{host}/omsorg/index.html": _page("Omsorg och stöd", "<a href='/omsorg/barn-och-familj/'>Barn och familj</a>"),
        f"{host}/omsorg/barn-och-familj/index.html": (
            "<!doctype html><html><head><title>Barn och familj</title></head><body><nav class='subnav'><ul><li>"
            "<a href='/omsorg/barn-och-familj/tonarsstod/'>Tonårsstöd</a></li></ul></nav><main><h1>Barn och familj"
            "</h1><p>Här finns stöd för familjer.</p></main></body></html>"),
        f"{host}/omsorg/barn-och-familj/tonarsstod/index.html": _page("Tonårsstöd", PROJECT.format(t="Tonårsstöd")),
        f"{finsam}/robots.txt": "User-agent: *\nDisallow:\n",
        f"{finsam}/index.html": _page("Samordningsförbundet Exempel", "<a href='/insatser/'>Insatser</a>"),
        f"{finsam}/insatser/index.html": _page("Insatser", "<a href='/insatser/steget/'>Steget</a>"),
        f"{finsam}/insatser/steget/index.html": _page("Steget", insats),
    }
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "expected.json").write_text(json.dumps({
        host: {"start_url": f"https://{host}/", "project_pages": [f"https://{host}/omsorg/barn-och-familj/tonarsstod/"],
               "not_projects": [], "must_not_fetch": []},
        finsam: {"start_url": f"https://{finsam}/", "project_pages": [f"https://{finsam}/insatser/steget/"],
                 "not_projects": [], "must_not_fetch": []}}), encoding="utf-8")
    result = evaluate_crawl(tmp_path, timeout=180)
    assert result["hosts"][host]["missed"] == [] and result["hosts"][finsam]["missed"] == []


def test_fourteenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites14/ (Umeå on Sitevision 2025, Kungsbacka on Optimizely CMS 12, Hofors on a WordPress block
    theme), representative sites written after every rule above: 14 of 15 at first contact (a project only in a
    Sitevision map app's initial state); with that state read as the page's links, 15 of 15."""
    _assert_floor("heldout_sites14", recall=0.95, timeout=300)


def test_a_sitevision_apps_initial_state_is_the_pages_links():
    from crawlers import platforms

    html = ("<html><head><title>Sociala investeringar</title></head><body><main><h1>Sociala investeringar</h1>"
            "<div id='map'></div><script>AppRegistry.registerInitialState('12.abc',{\"projects\":[{\"title\":"
            "\"Familjeguiden\",\"url\":\"/omsorg/familjeguiden/\"}]});\nAppRegistry.registerInitialState('12.def',"
            "{\"x\":1});</script></main></body></html>")
    view = platforms.analyse("https://www.x.se/si/", html.encode(), "text/html; charset=utf-8")
    assert ("https://www.x.se/omsorg/familjeguiden/", "Familjeguiden") in view.main_links


def test_fifteenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites15/ (Enköping on OpenCms/Mercury, Västra Götalandsregionen on SvelteKit with a second
    subdomain, Sandviken on MODX with <base href>): 9 of 15 at first contact. Every VGR project page was "too little
    text": its article sits in a "layout layout--sidebar" wrapper, read as a sidebar; a wrapper that holds the h1 is
    now content, as the extractor reads it (14 of 15). The budget beyond the topic reaching four hops instead of three
    finds a project linked only from an untopical news item in a year archive (15 of 15; sites8 and sites11 gained
    one each, 1–2 more requests)."""
    _assert_floor("heldout_sites15", recall=0.95, timeout=300)


def test_a_wrapper_named_for_its_sidebar_that_holds_the_h1_is_content():
    from crawlers import platforms

    html = ("<html><head><title>Unga till jobb</title></head><body><main><div class='page page--with-sidebar'>"
            "<nav class='subnav'><a href='/a/'>Sök medel</a></nav><section><h1>Unga till jobb</h1><p>Syfte: Fler unga "
            "i arbete. Tidsperiod: 2025-01-01 till 2026-12-31. Beviljade medel: 900 000 kronor.</p></section>"
            "<aside class='sidebar'><p>Kontakta oss</p></aside></div></main></body></html>")
    view = platforms.analyse("https://www.x.se/si/unga/", html.encode(), "text/html; charset=utf-8")
    assert "Beviljade medel" in view.own_text and "Kontakta oss" not in view.own_text and "Sök medel" not in view.own_text
    # a header holding a logo's h1 stays furniture
    html = ("<html><body><header><h1>Kommunen</h1><nav><a href='/x/'>Meny</a></nav><p>Hoppa</p></header><main>"
            "<p>Projektet Unga till jobb pågår 2025–2026 och får 900 000 kronor ur fonden.</p></main></body></html>")
    view = platforms.analyse("https://www.x.se/si/unga/", html.encode(), "text/html; charset=utf-8")
    assert "Hoppa" not in view.own_text and "900 000" in view.own_text


def test_sixteenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites16/ (Mölndal on EPiServer 7.5 WebForms, Region Västernorrland on Jahia, Tjörn on Eleventy
    with Decap CMS; representative): 14 of 15 at first contact, the miss a project whose address is written out as
    plain text in a decision news item ("Mer information om projekten i Ånge: https://www.rvn.se/…"); such an address
    in a page's text is now one of its links: 15 of 15 (heldout_sites2: 5 more requests, nothing else changed)."""
    _assert_floor("heldout_sites16", recall=0.95, timeout=300)


def test_an_address_written_out_in_the_text_is_a_link():
    from crawlers import platforms

    html = ("<html><body><main><h1>Beslut</h1><p>Mer information: https://www.x.se/sv/projekt/ung-fritid.html.</p>"
            "<p>Se också www.x.se/sv/a.html, eller mejla info@x.se.</p></main></body></html>")
    view = platforms.analyse("https://www.x.se/sv/beslut.html", html.encode(), "text/html; charset=utf-8")
    assert ("https://www.x.se/sv/projekt/ung-fritid.html", "") in view.main_links
    assert ("https://www.x.se/sv/a.html", "") in view.main_links
    assert not any("@" in u or "info" in u for u, _ in view.main_links)


def test_seventeenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites17/ (Järva stadsdelsförvaltning inside start.stockholm on Remix and Sanity, Samordningsförbundet
    Gotland on Ghost, Lidköping on Bloomreach): 13 of 15 at first contact: a project page whose facts are in an aside
    of label and value spans without colons read as "no project description", and a project only in the list page's
    `window.__remixContext` (behind a "Visa fler" button without an address). Such a fact box is read as labelled
    lines, and a framework's serialised state as the page's links: 15 of 15, every earlier set unchanged (sites5: one
    more request)."""
    _assert_floor("heldout_sites17", recall=0.95, timeout=300)


def test_a_fact_box_of_label_and_value_elements_and_a_frameworks_state():
    from crawlers import platforms

    html = ("<html><head><title>Unga till jobb</title></head><body><main><h1>Unga till jobb</h1><p>Unga får stöd till "
            "arbete.</p><aside class='factbox'><ul><li><span>Tid</span> <span>2025–2027</span></li>"
            "<li><span>Beviljat</span> <span>900 000 kronor</span></li><li><span>Målgrupp</span> <span>Unga 16–24 år"
            "</span></li></ul></aside></main><script>window.__INITIAL_STATE__ = {\"items\": [{\"title\": \"Läxhjälp\", "
            "\"slug\": \"/projekt/laxhjalp/\"}]}; window.x = 1;</script>"
            "<script id='__NEXT_DATA__' type='application/json'>{\"props\": {\"pageProps\": {\"more\": [{\"href\": "
            "\"/projekt/fritid/\", \"title\": \"Fritid\"}]}}}</script></body></html>")
    view = platforms.analyse("https://www.x.se/projekt/", html.encode(), "text/html; charset=utf-8")
    assert "Beviljat: 900 000 kronor" in view.own_text
    assert ("https://www.x.se/projekt/laxhjalp/", "Läxhjälp") in view.main_links
    assert ("https://www.x.se/projekt/fritid/", "Fritid") in view.main_links


def test_eighteenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites18/ (Linköping on Episerver CMS 11, Kristianstad on Umbraco 13 with a village page's news
    box, Ragunda on a hand-made PHP site with side columns; representative, written last): 15 of 15 at first contact,
    no forbidden request."""
    _assert_floor("heldout_sites18", recall=0.95, timeout=300)


def test_nextjs_app_router_flight_data_gives_the_pages_links():
    from crawlers import platforms

    row = json.dumps({"markers": [{"title": "Läxhjälp i Bräcke", "url": "/utbildning/laxhjalp-bracke/"},
                                  {"title": "Fritidsbuss", "href": "https://www.x.se/fritid/buss/"}]})
    push = json.dumps([1, "4:I[7391,[\"862\",\"static/chunks/862.js\"],\"ProjectMap\"]\nd:[\"$\",\"$L4\",null," + row
                       + "]\n"])
    html = ("<html><head><title>Projekt</title></head><body><main><h1>Projekt i länet</h1><p>Kartan visar projekten."
            f"</p></main><script>self.__next_f.push({push})</script>"
            "<script>self.__next_f.push([1,\"broken\\n5:{not json\"])</script></body></html>")
    view = platforms.analyse("https://www.x.se/projekt/", html.encode(), "text/html; charset=utf-8")
    assert ("https://www.x.se/utbildning/laxhjalp-bracke/", "Läxhjälp i Bräcke") in view.main_links
    assert ("https://www.x.se/fritid/buss/", "Fritidsbuss") in view.main_links


def test_nineteenth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites19/ (Nacka on a Qwik City static build fed by Directus, Region Jämtland Härjedalen on a
    Next.js 15 App Router export, Orsa on Publii; written blind in the eleventh session): 13 of 15 at first contact;
    14 of 15 once Next.js's flight data (`self.__next_f.push`) is read as the page's links (a project only in a map
    component's props). Still missed: Orsa's "Träffpunkt Våmhus", linked only from an untopical event page that the
    events list in the footer leads to (the fund page names it without a link)."""
    from fixture_cases import ROOT

    result = evaluate_crawl(ROOT / "tests" / "heldout_sites19", timeout=300)
    assert result["returncode"] == 0
    assert result["found"] >= 14 and result["forbidden_fetched"] == 0


def test_twentieth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites20/ (Vårgårda on Sitevision 2025 with .html addresses, Ängelholm on WordPress with Municipio 5
    and no sitemap, Uppsala on Optimizely CMS 12; representative, some project pages never saying "projekt"; written
    blind in the eleventh session after the flight-data rule): 15 of 15 at first contact, no forbidden request."""
    _assert_floor("heldout_sites20", recall=0.95, timeout=300)


def test_twenty_first_blind_sites_stay_above_the_floor():
    """tests/heldout_sites21/ (Gävle on an older Sitevision with "?sv.url=" portlet links and a meta-refresh stub,
    Region Västmanland on Episerver with /sv/ and /en/ and "Crawl-delay: 2", a "Visa fler" button over a forbidden
    /api/ with an HTML fallback, Skinnskatteberg on Drupal 10 with a sitemap index whose second child alone lists a
    project; written blind in the twelfth session): 15 of 15 at first contact, no forbidden request; of the five
    fund pages the crawl took for candidates, one (the fund's evaluation "Utvärdering 2019–2024") gave a record at
    first contact and none does since."""
    _assert_floor("heldout_sites21", recall=0.95, timeout=300)


def test_twenty_second_blind_sites_stay_above_the_floor():
    """tests/heldout_sites22/ (Alingsås on Sitevision 2024, a project only behind a relative link in a closed accordion;
    Region Örebro län with a separate Umbraco site under /samverkan/, its own sitemap and an English copy; Gullspång on
    WordPress with category, tag, author and month archives and a project whose only page is a news post; written
    blind in the twelfth session): 15 of 15 at first contact, no forbidden request."""
    _assert_floor("heldout_sites22", recall=0.95, timeout=300)


def test_thirteenth_sessions_blind_sites_stay_above_the_floor():
    """tests/heldout_sites23/ (Hässleholm on Pimcore three levels deep with Swedish-only slugs, Samordningsförbundet
    Norra Kalmar län on ProcessWire with paginated insatser and ?kategori= filters, Region Kronoberg on Drupal 10 with
    one long list page and an old static archive) and tests/heldout_sites24/ (Sigtuna on Ibexa with a script-filled
    card grid over an HTML fallback list, Fyrbodal's project bank on October CMS with numeric ids, placeholders and
    three list pages, Norsjö on Grav reached only from its annual reports and news, Crawl-delay 3), written blind in
    the thirteenth session: 16 of 16 and 13 of 15 at first contact, no forbidden request. Fyrbodal calls its fund
    "medel för social hållbarhet", which discovery did not read as the topic: two project-bank pages whose only
    topic word that is were fetched and not handed on (15 of 15 since). tests/heldout_sites25/ (Region Norrbotten on
    Plone with its fund under its own brand "Framtidsmedel för jämlik hälsa", Katrineholm on Statamic with projects as
    tagged news in a paginated tag archive, Åre on Kirby with English and Lättläst copies): 14 of 14 at first contact,
    no forbidden request."""
    for name in ("heldout_sites23", "heldout_sites24", "heldout_sites25"):
        _assert_floor(name, recall=0.95, timeout=600)


def test_fourteenth_sessions_blind_sites_stay_above_the_floor():
    """tests/heldout_sites26/ (Motala on Sitevision with its projects only behind "Pågående"/"Avslutade" tabs, the
    second hidden by CSS; Region Blekinge on Episerver with a page per year reached from a year selector and a sitemap
    index of a pages and a news sitemap; Ockelbo on WordPress with projects as posts in a paginated category among
    look-alikes, tag, author, feed, ?replytocom= and share links), written blind in the fourteenth session: 16 of 16 at
    first contact, no forbidden request. Extraction then read one of the 26 pages that are no project as one (Motala's
    page on how the fund's effects are computed, with a worked example)."""
    _assert_floor("heldout_sites26", recall=0.95, timeout=600)


def test_fifteenth_sessions_blind_sites_stay_above_the_floor():
    """tests/heldout_sites27/ (Höganäs on Municipio with Modularity cards, print copies with rel=canonical and
    ?lang=en links; Samordningsförbundet Södra Hälsingland's hand-made frameset site, layout tables, relative links
    and an "Aktuellt" archive of a page per year; Region Stockholm on Sitevision linking projects on the
    municipalities' hosts), written blind in the fifteenth session: 11 of 12 at first contact (the session's first
    commit 867f4f6), no forbidden request. The missed project was reached only from a 2023 news item on the 2023
    archive page: the frameset's frames were not read as part of its page (each cost a level of depth), and an index
    file's items ("/aktuellt/2023/index.htm" → "/aktuellt/2023/x.htm") were not its children. 12 of 12 since."""
    _assert_floor("heldout_sites27", recall=0.95, timeout=600)


def test_a_framesets_frames_are_its_page_and_an_index_file_heads_its_folder():
    from crawlers import platforms
    from crawlers.spiders.discovery import _child_of, _section_path

    html = ('<html><frameset rows="100,*"><frame name="topp" src="topp.htm"><frameset cols="200,*">'
            '<frame src="meny.htm"><frame name="huvud" src="../start.htm"></frameset></frameset></html>')
    view = platforms.analyse("https://www.finsam.se/sv/index.html", html.encode())
    assert view.frame_links == ["https://www.finsam.se/sv/topp.htm", "https://www.finsam.se/sv/meny.htm",
                                "https://www.finsam.se/start.htm"]
    assert _section_path("https://www.finsam.se/aktuellt/2023/index.htm") == "/aktuellt/2023/"
    assert _section_path("https://www.kommun.se/sociala-investeringar/") == "/sociala-investeringar/"
    assert _section_path("https://www.kommun.se/sociala-investeringar") == "/sociala-investeringar/"
    assert _child_of("https://www.finsam.se/aktuellt/2023/motivationsgruppen.htm", "/aktuellt/2023/")
    assert not _child_of("https://www.finsam.se/aktuellt/2024/x.htm", "/aktuellt/2023/")


def test_fifteenth_sessions_second_blind_sites_stay_above_the_floor():
    """tests/heldout_sites28/ (Partille on Drupal with a faceted Search API listing of ~30 filter and pager links,
    /node/N copies and page 2 never served; Region Gotland on Optimizely with the fund five menu levels down, reached
    through teaser blocks and breadcrumbs, a finished project only in "Relaterade sidor" boxes and a stale sitemap;
    Södertälje on Enonic with a sitemap of 2,000 addresses of which five are projects, one of them reachable only
    there), written blind in the fifteenth session: 16 of 16 at first contact, no forbidden request. Södertälje's
    2,000 saved pages (17 MB) are not kept in git: its generator (fixed seed) writes them when they are missing."""
    import subprocess
    import sys

    from fixture_cases import ROOT

    site = ROOT / "tests" / "heldout_sites28"
    if not (site / "www.sodertalje.se" / "sitemap.xml").exists():
        subprocess.run([sys.executable, "make_site_sodertalje.py"], cwd=site, check=True, capture_output=True)
    result = evaluate_crawl(site, timeout=600)
    assert result["returncode"] == 0
    assert result["recall"] >= 0.95 and result["forbidden_fetched"] == 0


def test_sixteenth_sessions_blind_sites_stay_above_the_floor():
    """tests/heldout_sites29/ (Växjö on Sitevision with a menu built by JavaScript from a JSON file, the links also in
    <noscript>, and a listing paginated by real paths; Region Skåne's development site on Squiz Matrix with a separate
    public-health site under /folkhalsa, English copies and /_nocache copies whose canonical names the real page;
    Samordningsförbundet Östra Skaraborg on WordPress with insatser as a custom post type, a GET filter form and final
    reports as PDFs), written blind in the sixteenth session: 14 of 14 at first contact, no forbidden request."""
    _assert_floor("heldout_sites29", recall=0.95, timeout=600)


def test_a_pages_cache_print_or_node_copy_is_no_candidate_of_its_own():
    from crawlers.spiders.discovery import _copy_of

    page = "https://utveckling.skane.se/folkhalsa/projekt/sprakstart"
    assert _copy_of(page + "/_nocache", page) == page
    assert _copy_of(page + "/print", page + "/") == page + "/"
    assert _copy_of(page + "?print=1", page) == page
    assert _copy_of("https://www.partille.se/node/388", "https://www.partille.se/projekt/unga-in") \
        == "https://www.partille.se/projekt/unga-in"
    # the page itself, another host, a template naming the start page or the section: no copy
    assert _copy_of(page, page) is None
    assert _copy_of(page + "/_nocache", "https://www.skane.se/folkhalsa/projekt/sprakstart") is None
    assert _copy_of(page, "https://utveckling.skane.se/") is None
    assert _copy_of(page, "https://utveckling.skane.se/folkhalsa/projekt") is None


def test_sixteenth_sessions_second_blind_sites_stay_above_the_floor():
    """tests/heldout_sites30/ (Borlänge on an old Sitevision 3 with run-together folder names, projects linked only
    from a news archive of a page per year and an A–Ö index; Samordningsförbundet Sydnärke on Textpattern with a page
    per member kommun listing its insatser, one project under two addresses; Region Östergötland's development site
    on Angular over a headless CMS, projects only in a sitemap index of three children (one of 300 unrelated pages,
    half of them gone) and in "Relaterat" blocks, one only in the page's embedded JSON), written blind in the sixteenth
    session after the copy rule: 15 of 15 at first contact, no forbidden request. Extraction then missed one project
    page whose facts sat in an old Sitevision's floated right column (a fact box read since)."""
    _assert_floor("heldout_sites30", recall=0.95, timeout=600)


def _spider_reading(tmp_path):
    """A discovery spider set up as a crawl sets it up, whose pages are handed to it here in a chosen order."""
    from scrapy.utils.test import get_crawler

    from crawlers.spiders.discovery import DiscoverySpider

    crawler = get_crawler(DiscoverySpider, {"ARCHIVE_DIR": str(tmp_path)})
    spider = DiscoverySpider.from_crawler(crawler, urls="https://www.ale.se/")
    return spider, next(iter(spider.sources.values()))


def _read(spider, source, url: str, depth: int, body: str, claim: bool = True) -> list[str]:
    """Ask for ``url`` at ``depth`` hops (as a link found it), hand its page to the spider: the URLs it asks for next."""
    from scrapy.http import HtmlResponse

    if claim:
        assert spider.claim(url, source)
    request = spider.page_request(url, source, depth=depth)
    return _asked(spider, HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request))


def _asked(spider, response) -> list[str]:
    return [r.url for r in spider.parse_page(response) if hasattr(r, "callback")]


_ARCHIVE = "https://www.ale.se/nyheter/2024/"
_ITEM = "https://www.ale.se/nyheter/2024/10/nytt-stod-for-foraldrar.html"
_ARCHIVE_PAGE = _page("Nyheter 2024", "<p>Nyheter om sociala investeringar under 2024.</p><ul>"
                      f"<li><a href='{_ITEM}'>Nytt stöd för föräldrar i Järbo</a></li></ul>")
_START_PAGE = _page("Ale kommun", f"<p>Välkommen.</p><a href='{_ARCHIVE}'>Nyheter 2024</a>")


@pytest.mark.parametrize("start_first", [False, True])
def test_a_page_found_nearer_later_is_read_at_its_nearest_depth(tmp_path, start_first):
    """Which link to a page is read first depends on which response comes first: a news archive first reached through
    a long path sat at the depth limit, and its items went unread on some runs (heldout_sites15 under load). A page
    counts the fewest hops any link found to it, whether the nearer link turns up before it is read or after."""
    spider, source = _spider_reading(tmp_path)
    deep = spider.max_depth
    assert spider.claim(_ARCHIVE, source)
    waiting = spider.page_request(_ARCHIVE, source, depth=deep)  # found first through a long path
    from scrapy.http import HtmlResponse

    archive = HtmlResponse(_ARCHIVE, body=_ARCHIVE_PAGE.encode(), encoding="utf-8", request=waiting)
    if start_first:  # the start page's link comes while the archive's request waits
        assert _ARCHIVE not in _read(spider, source, "https://www.ale.se/", 0, _START_PAGE)
        assert _ITEM in _asked(spider, archive)
    else:  # the archive is read at the limit, then the nearer link turns up: its cut links are followed then
        assert _ITEM not in _asked(spider, archive)
        assert _ITEM in _read(spider, source, "https://www.ale.se/", 0, _START_PAGE)
    assert spider.depth_of[canonical_url(_ARCHIVE)] == 1


def test_a_page_read_at_the_depth_limit_with_no_nearer_link_stays_cut(tmp_path):
    spider, source = _spider_reading(tmp_path)
    assert _ITEM not in _read(spider, source, _ARCHIVE, spider.max_depth, _ARCHIVE_PAGE)
    # another link at the same depth or deeper changes nothing
    assert _ITEM not in _read(spider, source, "https://www.ale.se/a.html", spider.max_depth - 1,
                              _page("A", f"<p>Sociala investeringar.</p><a href='{_ARCHIVE}'>Nyheter 2024</a>"))


def test_a_list_blocks_json_in_any_data_attribute_gives_its_links():
    """An Optimizely list block keeps the cards its "Visa fler" button draws in a data attribute (HTML-escaped JSON,
    "\\u00C4" escapes): they are the page's links, whatever the attribute is called."""
    from crawlers import platforms

    more = ('[{&quot;name&quot;:&quot;\\u00C4ldre i r\\u00F6relse&quot;,&quot;url&quot;:&quot;/omsorg/'
            'aldre-i-rorelse/&quot;}]')
    html = (f"<html><body><main><h1>Avslutade</h1><div class='listing' data-page-size='2' data-more-items=\"{more}\">"
            "<a href='/omsorg/a/'>A</a></div></main><div data-config='{\"theme\": \"dark\"}'></div></body></html>")
    view = platforms.analyse("https://www.x.se/omsorg/", html.encode(), "text/html; charset=utf-8")
    assert ("https://www.x.se/omsorg/aldre-i-rorelse/", "Äldre i rörelse") in view.main_links
    assert not any("dark" in u for u, _ in view.main_links + view.other_links)


_FEED = ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Förbundet</title>"
         "<link>https://www.ale.se</link><item><title>Ny insats: Steg för steg i Sävsjö</title>"
         "<link>https://www.ale.se/ny-insats-steg-for-steg/</link>"
         "<guid isPermaLink='false'>https://www.ale.se/?p=165</guid></item></channel></rss>")


def test_a_feed_served_as_html_is_read_as_a_feed_and_its_items_followed(tmp_path):
    """WordPress's /feed/ saved or proxied as text/html was read as a page whose text is a list of addresses (the
    items' "?p=165" guids fetched as pages); it is a feed. A topical page's feed lists the site's news, sometimes the
    only list of a samordningsförbund's insatser: its items are followed as the page's links are, whatever their
    words."""
    spider, source = _spider_reading(tmp_path)
    asked = _read(spider, source, "https://www.ale.se/feed/", 1, _FEED)
    assert asked == ["https://www.ale.se/ny-insats-steg-for-steg/"]
    from scrapy.http import XmlResponse

    spider2, source2 = _spider_reading(tmp_path / "b")
    request = spider2.sitemap_request("https://www.ale.se/feed/", source2)
    response = XmlResponse("https://www.ale.se/feed/", body=_FEED.encode(), request=request,
                           headers={"Content-Type": "application/rss+xml; charset=UTF-8"})
    assert [r.url for r in spider2.parse_sitemap(response) if hasattr(r, "callback")] == \
        ["https://www.ale.se/ny-insats-steg-for-steg/"]


def test_thirty_first_blind_sites_stay_above_the_floor():
    """tests/heldout_sites31/ (Lerum on Optimizely with whole-card links and a "Visa fler" whose later cards sit in a
    <template> and a data-more-items attribute; Region Västernorrland with its projects on a Webflow subdomain;
    Samordningsförbundet Höglandet on a one-page WordPress theme with insatser as uploaded HTML documents and one only
    in the RSS feed): 16 of 17 at first contact, 0 forbidden — the card only in the data attribute's JSON was missed,
    and the feed (saved as text/html) was read as a page whose guids were ten more requests. JSON in any data-*
    attribute is now read for links, and a feed is read as a feed: 17 of 17, every earlier set unchanged."""
    _assert_floor("heldout_sites31", recall=0.95, timeout=600)


def test_a_card_that_navigates_when_clicked_is_a_link():
    """Squarespace-like cards without an <a>: a <div onclick="document.location.href='…'"> is the page's link, in any of
    the handler forms (location.href, window.location, window.open(…, '_self'))."""
    from crawlers import platforms

    html = ("<html><body><main><h1>Investeringar</h1>"
            "<div class='card' onclick=\"document.location.href='/skola/narvarostod'\"><h3>Närvarostöd</h3></div>"
            "<section onclick=\"window.open('/omsorg/familjecentralen', '_self')\"><h3>Familjecentralen</h3></section>"
            "<button onclick='toggleMenu()'>Meny</button></main></body></html>")
    view = platforms.analyse("https://www.ydre.se/sociala-investeringar", html.encode(), "text/html; charset=utf-8")
    assert ("https://www.ydre.se/skola/narvarostod", "Närvarostöd") in view.main_links
    assert ("https://www.ydre.se/omsorg/familjecentralen", "Familjecentralen") in view.main_links
    assert not any("toggle" in u for u, _ in view.main_links)


def test_thirty_second_blind_sites_stay_above_the_floor():
    """tests/heldout_sites32/ (Mjölby on Drupal 7 with pages sharing one generic <title> and projects only in yearly
    follow-up pages and a sidebar block; Region Sörmland's development site on dotCMS whose fund section moved, the old
    addresses "Sidan har flyttat" stubs with meta refreshes; Ydre on Squarespace with a hidden menu and <div onclick>
    cards): 14 of 15 at first contact, 0 forbidden — a project whose address has no topical word was linked only from
    a clickable card. Such a card is a link now: 15 of 15."""
    _assert_floor("heldout_sites32", recall=0.95, timeout=600)


def test_thirty_third_blind_sites_stay_above_the_floor():
    """tests/heldout_sites33/ (Hudiksvall's Välfärdsfond as a subsite on Sulu, linked from the main site only by a banner
    image and a footer item; Region Halland's development site on Bolt with its investments in a paginated table whose
    pages are reached only through "Nästa"; Samordningsförbundet i Jämtlands län on Jekyll with its insatser linked
    only inline from the Verksamhetsplan): 16 of 16 at first contact, 0 forbidden (precision 0.53). The extraction of
    its pages did worse, and is held in tests/test_session18_rules.py."""
    result = _assert_floor("heldout_sites33", recall=0.95, timeout=600)
    assert result["precision"] >= 0.45


def test_a_cms_address_of_two_content_parameters_is_no_faceted_search():
    """Joomla's "…/article/kvallskraft?catid=19&Itemid=131" names one article (its category and menu item), not a
    combination of filters; two filters still are."""
    from crawlers import relevance

    assert relevance.trap_reason("https://www.x.se/component/content/article/kvallskraft?catid=19&Itemid=131") is None
    assert relevance.trap_reason("https://www.x.se/index.php?option=com_content&view=article&id=7") is None
    assert relevance.trap_reason("https://www.x.se/projekt?amne=skola&kommun=boras") == "facets"


def test_a_page_whose_head_names_its_swedish_version_is_a_translation():
    from crawlers import platforms

    head = ("<link rel='alternate' hreflang='sv' href='https://www.lund.se/sociala-investeringar/steget-vidare'>"
            "<link rel='alternate' hreflang='en' href='https://www.lund.se/en/social-investment-fund/steget-vidare'>")
    page = f"<html lang='sv-SE'><head>{head}</head><body><main><h1>Steget vidare</h1></main></body></html>".encode()
    en = platforms.analyse("https://www.lund.se/en/social-investment-fund/steget-vidare", page, "text/html")
    sv = platforms.analyse("https://www.lund.se/sociala-investeringar/steget-vidare", page, "text/html")
    assert en.swedish_version == "https://www.lund.se/sociala-investeringar/steget-vidare"
    assert sv.swedish_version is None  # (its own "sv" alternate is itself)


def test_thirty_fourth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites34 (Lund with Swedish and English pages and hreflang links; Region Värmland's WordPress site
    with dated posts, archives, a "load more" over /wp-json/ and AMP copies; Boråsregionen on Joomla with projects only on
    a map page and a document library of 29 PDFs): 14 of 16 at first contact, 0 forbidden — the Joomla article
    addressed "?catid=19&Itemid=131" was taken for faceted search, and a project whose only publication is its final
    report (a PDF) was archived but not counted, though extraction reads every archived PDF. Content parameters are no
    facets now, and eval-crawl counts archived PDFs as handed to extraction: 16 of 16. English copies are no candidates."""
    result = _assert_floor("heldout_sites34", recall=0.95, timeout=600)
    assert result["precision"] >= 0.5


def test_a_fact_box_in_an_aside_beside_the_main_content_is_read_with_it():
    """A project page whose facts sit in an <aside> beside <main>, one fact a paragraph (heldout_sites35's Region
    Gävleborg): the facts are the page's, as the extractor reads them; a sidebar of contacts adds nothing."""
    from crawlers import platforms, relevance

    main = ("<main><h1>Barnlots Bollnäs</h1><p>Barnlots Bollnäs är ett projekt där två barnlotsar hjälper familjer "
            "med ekonomisk utsatthet att hitta rätt stöd för sina barn.</p><h2>Bakgrund</h2><p>I Bollnäs lever vart "
            "femte barn i en familj med låg ekonomisk standard.</p></main>")
    facts = ("<aside><h2>Fakta</h2><p><strong>Projektägare:</strong> Bollnäs kommun</p><p><strong>Projektperiod:"
             "</strong> 1 september 2024 – 31 augusti 2026</p><p><strong>Beviljade sociala investeringsmedel:</strong> "
             "1 200 000 kronor</p><p><strong>Målgrupp:</strong> Barn 0–12 år</p></aside>")
    contacts = "<aside><h2>Kontakt</h2><p>Anna Berg, samordnare</p><p>Telefon: 026-17 80 00</p></aside>"
    url = "https://utveckling.regiongavleborg.se/projekt/barnlots-bollnas"

    def verdict(side: str) -> bool:
        view = platforms.analyse(url, f"<html><body><div class='layout'>{main}{side}</div></body></html>".encode())
        return relevance.assess_page(url, view.title, view.main_text, view.labels, view.link_chars, view.own_text,
                                     context_topical=True)[0]

    assert verdict(facts)
    assert not verdict(contacts)


def test_a_child_sitemap_of_projects_is_followed_whatever_its_addresses_say(tmp_path):
    """A sitemap index whose child "projekt.xml" lists the projects under "/projekt/<name>" (no topic word): the
    project only the sitemap names is fetched and found; a child of other pages is still read for topical words only."""
    host = "utveckling.regionexempel.se"
    base = f"https://{host}"
    files = {
        "robots.txt": f"User-agent: *\nDisallow: /sok\n\nSitemap: {base}/sitemap_index.xml\n",
        "index.html": _page("Regional utveckling", "<p>Välkommen till regional utveckling.</p>"),
        "sitemap_index.xml": ("<?xml version='1.0' encoding='UTF-8'?><sitemapindex "
                              "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                              f"<sitemap><loc>{base}/sitemaps/sidor.xml</loc></sitemap>"
                              f"<sitemap><loc>{base}/sitemaps/projekt.xml</loc></sitemap></sitemapindex>"),
        "sitemaps/sidor.xml": ("<?xml version='1.0' encoding='UTF-8'?><urlset "
                               "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                               f"<url><loc>{base}/kultur/bibliotek</loc></url></urlset>"),
        "sitemaps/projekt.xml": ("<?xml version='1.0' encoding='UTF-8'?><urlset "
                                 "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                                 f"<url><loc>{base}/projekt/skolnarvaro-hofors</loc></url></urlset>"),
        "projekt/skolnarvaro-hofors/index.html": _page("Skolnärvaro Hofors", PROJECT.format(t="Skolnärvaro Hofors")),
        "kultur/bibliotek/index.html": _page("Bibliotek", "<p>Länets bibliotek samarbetar om e-böcker.</p>"),
    }
    for rel, text in files.items():
        path = tmp_path / host / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "expected.json").write_text(json.dumps({host: {
        "start_url": f"{base}/", "project_pages": [f"{base}/projekt/skolnarvaro-hofors"], "not_projects": [],
        "must_not_fetch": [f"{base}/sok"]}}), encoding="utf-8")
    result = evaluate_crawl(tmp_path, timeout=180)
    assert result["returncode"] == 0
    row = result["hosts"][host]
    assert row["found"] == 1 and row["forbidden_fetched"] == []


def test_thirty_fifth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites35 (Karlstad's fund and projects on a subdomain whose robots.txt differs from www's; Region
    Gävleborg's projects only on a one-page A–Ö index and, for the newest, only in a child sitemap "projekt.xml" under a
    sitemap index; a samordningsförbund's static site with year folders, /arkiv/ and a print copy of every page): 13 of
    16 at first contact (on 1389369), 0 forbidden — two Gävleborg projects kept their facts in an <aside> "Fakta" beside
    <main>, which the crawler did not read, and the sitemap-only project's address held no topic word. The aside's fact
    box is read now, and a child sitemap named for projects is followed: 16 of 16."""
    result = _assert_floor("heldout_sites35", recall=0.95, timeout=600)
    assert result["forbidden_fetched"] == 0


def test_a_fact_table_in_an_aside_inside_the_main_content_is_read():
    """A project article whose facts are a table of <th>/<td> rows in an <aside> beside its text (heldout_sites36's
    Kunskapsbank): read as "Projektperiod: …" lines, as a list of two-part items is."""
    from crawlers import platforms, relevance

    html = ("<html><body><main><article><h1>Närvaro Gnosjö</h1><p>Närvaro Gnosjö är ett projekt för elever med hög "
            "frånvaro från skolan.</p><div class='col'><p>Ett närvaroteam träffar eleven och familjen.</p></div>"
            "<div class='col'><aside class='faktaruta'><h2>Fakta om projektet</h2><table><tr><th>Projektägare</th>"
            "<td>Gnosjö kommun</td></tr><tr><th>Projektperiod</th><td>1 augusti 2024 – 30 juni 2026</td></tr>"
            "<tr><th>Beviljade medel</th><td>1 200 000 kronor</td></tr><tr><th>Målgrupp</th><td>Elever i årskurs 7–9"
            "</td></tr></table></aside></div></article></main></body></html>")
    url = "https://folkhalsaochsjukvard.rjl.se/kunskapsbank/artikel/1142-narvaro-gnosjo"
    view = platforms.analyse(url, html.encode())
    assert "Projektperiod: 1 augusti 2024 – 30 juni 2026" in view.own_text
    assert relevance.assess_page(url, view.title, view.main_text, view.labels, view.link_chars, view.own_text,
                                 context_topical=True)[0]


def test_thirty_sixth_blind_sites_stay_above_the_floor():
    """tests/heldout_sites36 (Ludvika on Pelican with document-relative links and "Visa fler" pages /projekt/sida/N.html;
    Region Jönköpings län's Kunskapsbank of typed articles with query filters, a click counter and an archive; a
    samordningsförbund's hand-made site whose only menu is an image map, beside a jump menu, its insatser a table with
    links in the last column): 11 of 15 at first contact (on 1389369), 0 forbidden — four Kunskapsbank projects kept
    their facts in a table in an <aside> beside the article's text, which the crawler's view did not read as facts. A
    fact box's table rows are read now: 15 of 15."""
    result = _assert_floor("heldout_sites36", recall=0.95, timeout=600)
    assert result["forbidden_fetched"] == 0
