"""Realistic benchmark corpora: the project's own saved pages wrapped in real municipal page furniture.

``corpus(n, seed)`` returns ``n`` (url, html bytes) pages of ~60 KB each, deterministic for a seed. The content
of each page is the main part of a saved page (tests/fixtures, tests/heldout*, snapshot/) in all the styles the
extractor is tested on; around it goes what a real Sitevision, Episerver or Municipio page carries: a header
with tools, a mega-menu of ~150 links, breadcrumbs, a cookie banner, inline scripts and JSON blobs, a
stylesheet, a related-links sidebar, a contact box and a footer with address and social links. The furniture
states no project facts, so the records on a page are those of its source page. Benchmark data only: never
published.
"""

from __future__ import annotations

import functools
import html
import json
import random
import re
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[2]
TARGET_BYTES = 60_000

_MAIN_XPATHS = ("//main", "//*[@role='main']", "//*[@id='main-content']", "//*[@id='maincontent']",
                "//*[@id='content']", "//article")

_SECTIONS = {
    "Barn och utbildning": ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Fritidshem",
                            "Skolval", "Elevhälsa", "Skolskjuts", "Modersmål", "Kulturskola", "Särskola",
                            "Läsårstider", "Skolmat", "Ansök om förskoleplats", "Barnomsorg på obekväm tid"],
    "Omsorg och stöd": ["Äldreomsorg", "Hemtjänst", "Särskilt boende", "Funktionsnedsättning", "LSS",
                        "Ekonomiskt bistånd", "Missbruk och beroende", "Våld i nära relationer",
                        "Stöd till barn och unga", "Anhörigstöd", "Färdtjänst", "Familjerådgivning",
                        "Budget- och skuldrådgivning", "God man och förvaltare", "Öppenvård"],
    "Bygga, bo och miljö": ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp",
                            "Energi och klimat", "Miljö och hälsoskydd", "Kartor", "Lantmäteri",
                            "Bostäder", "Tomter", "Strandskydd", "Buller", "Radon", "Naturvård", "Eldning"],
    "Trafik och infrastruktur": ["Gator och vägar", "Parkering", "Kollektivtrafik", "Cykel", "Vinterväghållning",
                                 "Trafiksäkerhet", "Vägarbeten", "Gatubelysning", "Felanmälan",
                                 "Flyttade fordon", "Trafikföreskrifter", "Bredband", "Hamnar", "Broar",
                                 "Enskilda vägar"],
    "Kultur och fritid": ["Bibliotek", "Idrott och motion", "Badhus", "Föreningsliv", "Evenemang",
                          "Museer", "Friluftsliv", "Fritidsgårdar", "Konst", "Lokalbokning", "Kulturstöd",
                          "Ungdomsverksamhet", "Motionsspår", "Lekplatser", "Naturreservat"],
    "Näringsliv och arbete": ["Starta företag", "Tillstånd", "Upphandling", "Lediga jobb", "Feriejobb",
                              "Arbetsmarknad", "Etablering", "Företagslotsen", "Serveringstillstånd",
                              "Livsmedel", "Mark och lokaler", "Turism", "Handel", "Praktik", "Jobbtorg"],
    "Kommun och politik": ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Politiker", "Val",
                           "Budget och ekonomi", "Styrdokument", "Diarium", "Överklaga beslut",
                           "Sociala investeringar", "Hållbarhet", "Statistik", "Organisation", "Medborgardialog",
                           "Press och media"],
    "Uppleva och göra": ["Sevärdheter", "Boende", "Äta och dricka", "Kalender", "Guidade turer", "Stränder",
                         "Fiske", "Vandringsleder", "Skidåkning", "Marknader", "Konserter", "Teater",
                         "Barnaktiviteter", "Utflyktsmål", "Turistbyrå"],
    "Självservice": ["E-tjänster", "Blanketter", "Mina sidor", "Betala", "Felanmälan", "Synpunkter",
                     "Kontakta oss", "Öppettider", "Lediga tomter", "Prenumerera", "Nyhetsbrev",
                     "Frågor och svar", "Tolk", "Lättläst", "Teckenspråk"],
    "Trygghet och säkerhet": ["Krisberedskap", "Räddningstjänst", "Brandskydd", "Trygghetsvandringar",
                              "Brottsförebyggande arbete", "Sotning", "Viktigt meddelande till allmänheten",
                              "Hemberedskap", "Värmebölja", "Översvämning", "Dricksvatten vid kris",
                              "Säkerhetsskydd", "Informationssäkerhet", "Kameraövervakning", "Olyckor"],
}

_RELATED = ["Folkhälsa", "Barnkonventionen", "Välfärdsbokslut", "Hållbarhetsprogram", "Kolada – jämför kommuner",
            "Forskning och utvärdering", "Brottsförebyggande rådet", "Elevhälsans arbete", "Föräldrastöd",
            "Mötesplatser för unga", "Delårsrapport", "Årsredovisning", "Skolinspektionen", "Kommunens vision"]


def _slug(text: str) -> str:
    s = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("–", "-")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _source_pages() -> list[tuple[str, str, str, str]]:
    """(url, title, head meta html, main content html) of every saved HTML page, in a fixed order."""
    found: list[tuple[str, Path]] = []
    for base in ("tests/fixtures", "tests/heldout", "tests/heldout2"):
        for page in sorted((ROOT / base).glob("*/page.html")):
            meta = page.parent / "meta.json"
            url = None
            if meta.exists():
                url = json.loads(meta.read_text(encoding="utf-8")).get("url")
            found.append((url or f"https://www.example.se/{page.parent.name}/", page))
    for page in sorted((ROOT / "snapshot" / "sites").rglob("*.html")):
        rel = page.relative_to(ROOT / "snapshot" / "sites")
        host, rest = rel.parts[0], "/".join(rel.parts[1:])
        rest = rest[:-len("index.html")] if rest.endswith("index.html") else rest
        found.append((f"https://{host}/{rest}", page))
    out = []
    for url, page in found:
        root = lxml.html.document_fromstring(page.read_bytes())
        main = None
        for xp in _MAIN_XPATHS:
            hits = root.xpath(xp)
            if hits:
                main = next((h for h in hits if h.xpath(".//h1")), hits[0])
                break
        if main is None:
            main = root.find("body") if root.find("body") is not None else root
        content = "".join(lxml.html.tostring(child, encoding="unicode") for child in main)
        if main.text:
            content = html.escape(main.text) + content
        metas = "".join(lxml.html.tostring(m, encoding="unicode") for m in root.xpath("//head/meta[@content]"))
        t = root.find(".//title")
        title = (t.text_content().strip() if t is not None else "") or "Sociala investeringar"
        out.append((url, title, metas, content))
    return out


_source_pages_cached = functools.lru_cache(maxsize=1)(_source_pages)


def _site_name(url: str) -> str:
    host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
    name = host.split(".")[0].replace("-", " ")
    return name[:1].upper() + name[1:] + (" kommun" if not name.startswith("region") else "")


def _mega_menu(rnd: random.Random, style: str, links: int) -> str:
    parts = [f'<nav class="{style}-megamenu mega-menu" aria-label="Huvudmeny"><ul class="mega-menu__list">']
    names = list(_SECTIONS)
    rnd.shuffle(names)
    count = 0
    while count < links:
        for section in names:
            if count >= links:
                break
            parts.append(f'<li class="mega-menu__item"><a href="/{_slug(section)}/" aria-expanded="false" '
                         f'class="mega-menu__toggle">{section}</a><div class="mega-menu__panel"><ul>')
            for sub in _SECTIONS[section]:
                parts.append(f'<li class="mega-menu__subitem"><a class="mega-menu__link" '
                             f'href="/{_slug(section)}/{_slug(sub)}/" data-track="menu-{count}">{sub}</a></li>')
                count += 1
            parts.append("</ul></div></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def _script_blobs(rnd: random.Random, site: str, size: int) -> str:
    items = []
    i = 0
    while sum(len(x) for x in items) < size:
        items.append(json.dumps({"id": f"{rnd.randrange(16**12):012x}", "type": rnd.choice(["portlet", "menuItem",
                     "searchHint", "analytics"]), "label": rnd.choice([s for v in _SECTIONS.values() for s in v]),
                     "weight": rnd.randrange(1000), "visible": bool(i % 3), "site": site}, ensure_ascii=False))
        i += 1
    return ('<script>window.__INITIAL_STATE__ = {"site": %s, "items": [%s]};</script>'
            % (json.dumps(site, ensure_ascii=False), ",".join(items)))


_CSS = ("body{margin:0;font-family:'Source Sans Pro',Arial,sans-serif;color:#1a1a1a}"
        ".site-header{background:#004b87;color:#fff;padding:1rem 2rem}.mega-menu__panel{display:none;position:absolute}"
        ".mega-menu__item:hover .mega-menu__panel{display:grid;grid-template-columns:repeat(3,1fr)}"
        ".breadcrumb{font-size:.875rem;margin:1rem 0}.cookie-banner{position:fixed;bottom:0;left:0;right:0}"
        ".site-footer{background:#222;color:#eee;padding:2rem}.related-links a{display:block;padding:.25rem 0}"
        "@media (max-width:768px){.mega-menu{display:none}.site-header{padding:.5rem}}")


def _wrap(rnd: random.Random, url: str, title: str, metas: str, content: str) -> str:
    style = rnd.choice(["sitevision", "episerver", "municipio"])
    site = _site_name(url)
    path = [p for p in re.sub(r"^https?://[^/]+", "", url).split("/") if p][:4]
    crumbs = "".join(f'<li><a href="/{"/".join(path[:i + 1])}/">{p.replace("-", " ").capitalize()}</a></li>'
                     for i, p in enumerate(path[:-1]))
    related = rnd.sample(_RELATED, 6)
    head = (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{metas}'
            f'<title>{html.escape(title)}</title>'
            f'<link rel="stylesheet" href="/static/{style}/main.css?v={rnd.randrange(10**6)}">'
            f"<style>{_CSS * 3}</style>"
            f'<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}'
            f"gtag('js',new Date());gtag('config','G-{rnd.randrange(10**8):08d}');</script>"
            f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": site, "url": url}, ensure_ascii=False)}</script>'
            "</head>")
    cookie = ('<div class="cookie-banner" id="cookie-consent" role="dialog" aria-label="Kakor">'
              "<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
              "Du kan själv välja vilka kakor du godkänner.</p><button>Godkänn alla</button>"
              "<button>Endast nödvändiga</button><a href='/om-webbplatsen/kakor/'>Läs mer om kakor</a></div>")
    header = (f'<a class="skip-link" href="#main-content">Gå direkt till huvudinnehållet</a>'
              f'<header class="site-header" role="banner"><a class="logo" href="/"><img src="/logo.svg" '
              f'alt="{site}, till startsidan"></a><ul class="site-header__tools"><li><a href="/lyssna/">Lyssna</a>'
              f'</li><li><a href="/translate/">Translate</a></li><li><a href="/lattlast/">Lättläst</a></li>'
              f'<li><a href="/kontakt/">Kontakt</a></li></ul><form class="search" action="/sok/"><label for="q">'
              f'Sök på webbplatsen</label><input id="q" name="q"><button>Sök</button></form>'
              f"{_mega_menu(rnd, style, rnd.randrange(140, 165))}</header>")
    breadcrumbs = (f'<nav class="breadcrumb" aria-label="Brödsmulor"><ol><li><a href="/">Startsida</a></li>'
                   f"{crumbs}</ol></nav>")
    sidebar = ('<aside class="related-links sidebar" role="complementary"><h2>Relaterade sidor</h2><ul>'
               + "".join(f'<li><a href="/{_slug(r)}/">{r}</a></li>' for r in related) + "</ul></aside>")
    contact = (f'<div class="contact-box sv-contact"><h2>Kontakt</h2><p>{site}<br>Kontaktcenter<br>'
               f"Telefon: 0{rnd.randrange(10, 99)}-{rnd.randrange(100, 999)} {rnd.randrange(10, 99)} 00<br>"
               f"E-post: kontaktcenter@{_slug(site)}.se</p></div>")
    footer = (f'<footer class="site-footer" role="contentinfo"><div class="site-footer__col"><h2>{site}</h2>'
              f"<address>Box {rnd.randrange(1, 999)}<br>{rnd.randrange(100, 999)} {rnd.randrange(10, 99)} "
              f"{site.split()[0]}<br>Besöksadress: Stadshuset, Storgatan {rnd.randrange(1, 40)}</address>"
              "<p>Öppettider kontaktcenter: måndag–fredag 8–17</p></div><div class='site-footer__col'>"
              "<h2>Följ oss</h2><ul class='social-media'><li><a href='https://www.facebook.com/'>Facebook</a></li>"
              "<li><a href='https://www.instagram.com/'>Instagram</a></li><li><a href='https://www.linkedin.com/'>"
              "LinkedIn</a></li><li><a href='https://www.youtube.com/'>Youtube</a></li></ul></div>"
              "<div class='site-footer__col'><h2>Om webbplatsen</h2><ul><li><a href='/tillganglighet/'>"
              "Tillgänglighetsredogörelse</a></li><li><a href='/personuppgifter/'>Behandling av personuppgifter</a>"
              "</li><li><a href='/kakor/'>Kakor</a></li><li><a href='/press/'>Press</a></li></ul></div></footer>")
    main = (f'<main id="main-content" class="{style}-main"><div class="page-content">{content}</div>'
            f"{contact}</main>")
    parts = [head, f'<body class="{style} page">', cookie, header, breadcrumbs,
             f'<div class="layout">{sidebar}{main}</div>', footer]
    page = "".join(parts)
    pad = TARGET_BYTES - len(page.encode("utf-8")) - 200
    blob = _script_blobs(rnd, site, pad) if pad > 200 else ""
    script_tail = (f'<script src="/static/{style}/bundle.js?v={rnd.randrange(10**6)}" defer></script>'
                   "<script>document.documentElement.className=document.documentElement.className"
                   ".replace('no-js','js');</script>")
    return page + blob + script_tail + "</body></html>"


def corpus(n: int, seed: int = 0) -> list[tuple[str, bytes]]:
    """n (url, html bytes) pages of ~60 KB, deterministic for ``seed``; sources taken in shuffled rotation."""
    sources = _source_pages_cached()
    rnd = random.Random(seed)
    order: list[int] = []
    pages = []
    for i in range(n):
        if not order:
            order = list(range(len(sources)))
            rnd.shuffle(order)
        url, title, metas, content = sources[order.pop()]
        page_url = url if i < len(sources) else f"{url}{'' if url.endswith('/') else '/'}?v={i}"
        pages.append((page_url, _wrap(rnd, url, title, metas, content).encode("utf-8")))
    return pages


def corpus_stats(pages: list[tuple[str, bytes]]) -> dict:
    sizes = [len(b) for _, b in pages]
    return {"pages": len(pages), "bytes": sum(sizes), "min_bytes": min(sizes, default=0),
            "max_bytes": max(sizes, default=0), "mean_bytes": sum(sizes) / len(sizes) if sizes else 0}
