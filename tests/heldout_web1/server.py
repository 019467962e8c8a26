#!/usr/bin/env python3
"""Blind hostile-web test server for `socinv crawl` (standard library only).

    python3 server.py BASE_PORT [-q]         serve case i on 127.0.0.1:BASE_PORT+i
    python3 server.py --write-cases          regenerate cases.json next to this file
    python3 server.py --list                 print "offset name" per case

Every case is a whole small municipal site of its own (own robots.txt): a start page linking to a GOOD project page
under /sociala-investeringar/... and to one or more HOSTILE resources.  Big bodies are generated on the fly.
Stops cleanly on Ctrl-C or SIGTERM (stalled connections are released at once).
"""
import datetime
import html
import json
import os
import re
import secrets
import signal
import socket
import struct
import sys
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, unquote_to_bytes, urlsplit

STOP = threading.Event()
QUIET = False

# --------------------------------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------------------------------

PROJECTS = [
    dict(slug="tidiga-samordnade-insatser-i-skolan", title="Tidiga samordnade insatser i skolan",
         lead="Ett samarbete mellan skola, socialtjänst och regionen för att elever som riskerar att få hög "
              "problematisk skolfrånvaro ska upptäckas i tid.",
         syfte="Syftet är att ta fram nya och kommunövergripande samarbetsformer mellan skola, socialtjänst och "
               "Region Gävleborg för att tidigare kunna uppmärksamma och ge rätt stöd till elever med problematisk "
               "skolfrånvaro eller tecken på problematisk skolfrånvaro.",
         malgrupp="Elever i årskurs 4–9 med begynnande eller problematisk skolfrånvaro och deras vårdnadshavare.",
         period="1 januari 2024 till och med 31 december 2026", budget="3 200 000 kronor",
         agare="Kunskapsförvaltningen", parter="Individ- och familjeomsorgsförvaltningen och Region Gävleborg",
         bemanning="Två skolkuratorer och en familjebehandlare på heltid.", status="Pågående",
         text="Arbetssättet har testats på en grundskola med ett lyckat resultat. Nu erbjuds fler skolor att "
              "implementera arbetssättet. Elevhälsan, socialtjänstens familjecenter och barn- och "
              "ungdomspsykiatrin träffas varannan vecka i ett gemensamt team kring varje elev."),
    dict(slug="multikompetent-team-i-forskolan", title="Multikompetent team i förskolan",
         lead="Ett team med psykolog, socionom och specialpedagog stödjer barn och föräldrar i nära samverkan med "
              "förskolans personal.",
         syfte="Att tidigt fånga upp barn i behov av stöd och ge föräldrar vägledning innan svårigheterna växer, "
               "så att fler barn är väl rustade när de börjar skolan.",
         malgrupp="Barn 1–5 år i förskolan och deras föräldrar.",
         period="2024–2027", budget="9 600 000 kronor",
         agare="Förskoleförvaltningen", parter="Socialförvaltningen och Barnhälsovården",
         bemanning="En psykolog, en socionom och en specialpedagog på heltid.", status="Pågående",
         text="Teamet arbetar ute i förskolorna och handleder personalen. Projektet följs upp vid återkommande "
              "tillfällen för att få veta vilka effekter som kan ses och hur erfarenheterna kan föras in i "
              "kommunens ordinarie verksamhet."),
    dict(slug="mer-rorelse-i-skolan", title="Mer rörelse i skolan",
         lead="Daglig stimulerande och inte tävlingsinriktad fysisk aktivitet för elever på mellanstadiet.",
         syfte="Projektet ska bidra till att eleverna känner tillit till sin inre förmåga, blir mer motiverade, "
               "får en bättre kunskapsutveckling och mår psykiskt och fysiskt bra.",
         malgrupp="Elever i årskurs 1–6 på Hummelstaskolan.",
         period="2024-08-15 till och med 2027-06-30", budget="1 450 000 kronor",
         agare="Utbildningsförvaltningen", parter="Skol-IF och det lokala föreningslivet",
         bemanning="En idrottslärare på halvtid.", status="Pågående",
         text="Genom fler idrottstimmar på schemat, trygghetsteam och samverkan med föreningslivet vill skolan "
              "vända utvecklingen för de elever som inte mår bra av sin sociala situation."),
    dict(slug="elevcoach-mellanstadiet", title="Elevcoach mellanstadiet",
         lead="Bergvretenskolan satsar på en elevcoach på mellanstadiet efter goda resultat på högstadiet.",
         syfte="Elevcoachen ska öka tryggheten och trivseln och motverka utanförskap och frånvaro i skolan, så att "
               "elever som inte deltar i undervisningen fångas upp tidigare än i dag.",
         malgrupp="Elever i årskurs 4–6 och deras vårdnadshavare.",
         period="2025–2027", budget="1 800 000 kronor",
         agare="Barn- och utbildningsnämnden", parter="Socialtjänsten och fritidsgårdarna",
         bemanning="En elevcoach på heltid.", status="Pågående",
         text="Coachen har tät kontakt med elevernas hem och arbetar tillsammans med elevhälsan för att skapa en "
              "trygg lärmiljö där alla elever kan utvecklas utifrån sina förutsättningar."),
    dict(slug="chatta-med-soc", title="Chatta med soc!",
         lead="En chatt som komplement till den traditionella socialtjänsten, för att öka ungas möjlighet att få "
              "råd och stöd.",
         syfte="Att göra det lättare för unga att ta den första kontakten med socialtjänsten och få råd och stöd "
               "tidigt, innan problemen har vuxit.",
         malgrupp="Ungdomar upp till 18 år, i andra hand vuxna närstående.",
         period="2024–2026", budget="950 000 kronor",
         agare="Socialnämnden", parter="Ungdomsmottagningen och elevhälsan",
         bemanning="Två socialsekreterare på halvtid.", status="Pågående",
         text="Chatten är öppen fyra kvällar i veckan. Unga kan känna sig mer bekväma och mindre rädda att höra av "
              "sig i en chatt än i telefon."),
    dict(slug="vagledande-samspel", title="Vägledande samspel för småbarnsföräldrar",
         lead="Utbildning i Vägledande samspel för föräldrar med barn 1–3 år på kommunens öppna förskolor.",
         syfte="Att stärka samspelet mellan föräldrar och små barn med ett hälsofrämjande program som bygger på "
               "modern småbarnsforskning och FN:s barnkonvention.",
         malgrupp="Småbarnsföräldrar med barn som är 1–3 år.",
         period="2025-01-01 till och med 2026-12-31", budget="780 000 kronor",
         agare="Socialförvaltningen", parter="Region Uppsala och Kråkans familjecentrum",
         bemanning="Två familjepedagoger på halvtid.", status="Pågående",
         text="Kursen ges i grupper om åtta föräldrar under tio träffar. Deltagarna får också enskilda samtal med "
              "en familjepedagog."),
]

KOMMUNER = ["Sandviken", "Kungälv", "Enköping", "Hudiksvall", "Lerum", "Nybro", "Tierp", "Vetlanda", "Ludvika",
            "Mora", "Falköping", "Ystad", "Köping", "Sala", "Härnösand", "Bollnäs", "Avesta", "Nässjö", "Arvika",
            "Vänersborg", "Mjölby", "Karlshamn", "Oskarshamn", "Söderhamn", "Sollefteå", "Kalix", "Motala",
            "Lidköping", "Skara", "Alingsås", "Håbo", "Gislaved"]


def esc(s):
    return html.escape(s, quote=True)


def page(kommun, title, body, crumbs=(), head_extra="", generator="Sitevision"):
    crumb_html = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in crumbs)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="generator" content="{generator}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(kommun)}s kommun</title>{head_extra}
</head><body>
<a class="skip" href="#main">Gå direkt till huvudinnehållet</a>
<header><a href="/">Startsidan för {esc(kommun)}s kommuns webbplats</a>
<nav><ul><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li><li><a href="/kommun-och-politik/">Kommun och politik</a></li>
<li><a href="/kontakt/">Kontakta oss</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Du är här"><ol><li><a href="/">Startsida</a></li>{crumb_html}</ol></nav>
<main id="main">
{body}
</main>
<footer><p>{esc(kommun)}s kommun, Kommunhuset, 100 00 {esc(kommun)}. Telefon: 0100-10 00 00.
E-post: kommunen@example.se</p><p>När du besöker denna webbplats sparas viss information om ditt besök.</p></footer>
</body></html>
"""


def project_body(p, kommun, extra=""):
    return f"""<article>
<h1>{esc(p['title'])}</h1>
<p class="lead">{esc(p['lead'])}</p>
<div class="fakta"><h2>Fakta om projektet</h2><ul>
<li><strong>Projektperiod:</strong> {esc(p['period'])}</li>
<li><strong>Budget:</strong> {esc(p['budget'])} från kommunens sociala investeringsfond</li>
<li><strong>Projektägare:</strong> {esc(p['agare'])}, {esc(kommun)}s kommun</li>
<li><strong>Samverkansparter:</strong> {esc(p['parter'])}</li>
<li><strong>Målgrupp:</strong> {esc(p['malgrupp'])}</li>
<li><strong>Bemanning:</strong> {esc(p['bemanning'])}</li>
<li><strong>Status:</strong> {esc(p['status'])}</li>
</ul></div>
<h2>Syfte</h2><p>{esc(p['syfte'])}</p>
<h2>Om projektet</h2><p>{esc(p['text'])}</p>
<p>Projektet är ett av de sociala investeringsprojekt som kommunstyrelsen har beviljat medel ur den sociala
investeringsfonden. Sociala investeringar är förebyggande insatser för att minska utanförskapet i samhället på lång
sikt.</p>
{extra}
<p class="updated">Senast uppdaterad: 12 mars 2025</p>
</article>"""


def topical_filler(title, text):
    return f"<h1>{esc(title)}</h1><p>{esc(text)}</p>"


# --------------------------------------------------------------------------------------------------------------
# cases: server behaviour + expectations
# --------------------------------------------------------------------------------------------------------------

HUB = "/sociala-investeringar/"


class Case:
    name = "base"
    why = ""
    hostile = []            # [(href, link text)] on the start page (and the hub)
    good_reachable = True   # False: good_project_path is null in cases.json
    expect = {}
    project_extra = ""       # extra html on the good project page

    def __init__(self, index, port):
        self.index = index
        self.port = port
        self.kommun = KOMMUNER[index % len(KOMMUNER)]
        self.project = PROJECTS[index % len(PROJECTS)]
        self.good_path = HUB + self.project["slug"]
        self.lock = threading.Lock()
        self.conn_count = 0

    # hooks -------------------------------------------------------------
    def accept(self, sock):
        """Return False to drop a connection right after accept."""
        return True

    def special(self, h, path, query):
        """Return True if the request was answered here."""
        return False

    def robots(self, h):
        h.send_body(b"User-agent: *\nDisallow: /admin/\nDisallow: /sok\n", "text/plain; charset=utf-8")

    def link(self, href):
        return href

    # normal pages --------------------------------------------------------
    def start_page(self):
        k = self.kommun
        items = [f'<li><a href="{esc(self.link(self.good_path))}">{esc(self.project["title"])}</a> – ett socialt '
                 f'investeringsprojekt</li>']
        items += [f'<li><a href="{esc(self.link(href))}">{esc(text)}</a></li>' for href, text in self.hostile]
        body = f"""<h1>Välkommen till {esc(k)}s kommun</h1>
<section class="puffar"><h2><a href="{esc(self.link(HUB))}">Sociala investeringar</a></h2>
<p>{esc(k)}s kommun har en social investeringsfond som investerar pengar i förebyggande sociala projekt.</p>
<ul>{''.join(items)}</ul></section>
<section><h2>Nyheter</h2><p>Nu öppnar simhallen igen efter renoveringen.</p>
<p><a href="{esc(self.link('/kontakt/'))}">Kontakta kommunen</a></p></section>"""
        return page(k, "Startsida", body)

    def hub_page(self):
        k = self.kommun
        items = [f'<li><a href="{esc(self.link(self.good_path))}">{esc(self.project["title"])}</a></li>']
        items += [f'<li><a href="{esc(self.link(href))}">{esc(text)}</a></li>' for href, text in self.hostile]
        body = f"""<h1>Sociala investeringar</h1>
<p>Sociala investeringar är förebyggande insatser för att minska utanförskapet i samhället på lång sikt. Det handlar
om att investera i människor, för att skapa ett socialt och ekonomiskt hållbart samhälle.</p>
<h2>Pågående satsningar</h2><ul>{''.join(items)}</ul>
<h2>Vem kan ansöka?</h2><p>Det är nämnderna som ansöker om sociala investeringsprojekt. Kommunstyrelsen beslutar om
vilka projekt som får ekonomiskt stöd.</p>"""
        return page(k, "Sociala investeringar", body, crumbs=[("/kommun-och-politik/", "Kommun och politik"),
                                                             (HUB, "Sociala investeringar")])

    def good_page(self):
        k = self.kommun
        return page(k, self.project["title"], project_body(self.project, k, self.project_extra),
                    crumbs=[("/kommun-och-politik/", "Kommun och politik"), (HUB, "Sociala investeringar"),
                            (self.good_path, self.project["title"])])

    def plain_page(self, title, text):
        return page(self.kommun, title, topical_filler(title, text), crumbs=[(HUB, "Sociala investeringar")])

    def second_project_page(self, pi):
        p = PROJECTS[pi % len(PROJECTS)]
        return page(self.kommun, p["title"], project_body(p, self.kommun),
                    crumbs=[(HUB, "Sociala investeringar"), (HUB + p["slug"], p["title"])])

    def default(self, h, path, query):
        if path == "/robots.txt":
            return self.robots(h)
        if path in ("/", "/index.html"):
            return h.send_html(self.start_page())
        if path in (HUB, HUB.rstrip("/")):
            return h.send_html(self.hub_page())
        if path.rstrip("/") == self.good_path:
            return h.send_html(self.good_page())
        if path in ("/kontakt/", "/kommun-och-politik/", "/omsorg-och-stod/"):
            return h.send_html(page(self.kommun, "Kontakta oss",
                                    "<h1>Kontakta oss</h1><p>Kontaktcenter har öppet vardagar 8–17.</p>"))
        return h.send_html(page(self.kommun, "Sidan kunde inte hittas",
                                "<h1>Sidan kunde inte hittas</h1><p>Sidan du söker finns inte.</p>"), status=404)

    def cases_json(self):
        e = dict(exit="zero", good_project_found=True, output_mentions=[], no_traceback=True, max_seconds=120,
                 max_requests=150)
        e.update(self.expect)
        return {"name": self.name, "port_offset": self.index, "start_path": "/",
                "good_project_path": self.good_path if self.good_reachable else None,
                "good_project_title": self.project["title"] if self.good_reachable else None,
                "hostile_paths": [h for h, _ in self.hostile],
                "expect": e, "why": self.why}


CASES = []


def case(cls):
    CASES.append(cls)
    return cls


# ---- robots.txt ---------------------------------------------------------------------------------------------

@case
class RobotsHang(Case):
    name = "robots_hangs"
    expect = dict(exit="any", good_project_found=None, output_mentions=["robots.txt"], max_seconds=300)
    why = ("robots.txt accepts the request and never answers (no status line). The crawl must time out on it and "
           "finish; whether an unreachable robots.txt means 'allow all' (Scrapy) or 'skip the site' (RFC 9309 "
           "reads network errors as disallow) is a choice, so the good page may or may not be fetched, but the "
           "output must name robots.txt as what failed. 300 s allows one generous timeout, not a hang.")

    def robots(self, h):
        h.stall()


@case
class Robots5MB(Case):
    name = "robots_5mb"
    expect = dict(max_seconds=180)
    why = ("robots.txt is 5 MB of generated 'Disallow: /kalender/?date=…' lines after a normal group (a CMS that "
           "writes one rule per calendar day). Google reads only the first 500 KiB; a crawler must neither choke "
           "nor take minutes per URL check. Nothing under /sociala-investeringar/ is disallowed, so the good "
           "page must be found.")
    _body = None

    def robots(self, h):
        if Robots5MB._body is None:
            lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /sok"]
            d = datetime.date(2000, 1, 1)
            size = sum(len(x) + 1 for x in lines)
            while size < 5 * 1024 * 1024:
                ln = f"Disallow: /kalender/?date={d.isoformat()}&view=day"
                lines.append(ln)
                size += len(ln) + 1
                d += datetime.timedelta(days=1)
                if d.year > 9000:
                    d = datetime.date(2000, 1, 1)
            Robots5MB._body = ("\n".join(lines) + "\n").encode()
        h.send_body(Robots5MB._body, "text/plain")


@case
class RobotsHtml(Case):
    name = "robots_is_html"
    why = ("robots.txt answers 200 text/html with the CMS's 'Sidan kunde inte hittas' page (a soft 404). It holds "
           "no rules, so everything is allowed; the crawl goes on and finds the good page.")

    def robots(self, h):
        h.send_html(page(self.kommun, "Sidan kunde inte hittas",
                         "<h1>Sidan kunde inte hittas</h1><p>Sidan du söker finns inte. Disallow-lista saknas.</p>"
                         "<p><a href='/'>Till startsidan</a></p>"))


@case
class Robots500(Case):
    name = "robots_500"
    expect = dict(exit="any", good_project_found=None)
    why = ("robots.txt answers 500. RFC 9309 says to assume complete disallow; Scrapy's default allows all. "
           "Either is sane, so the good page may or may not be found; the run must end cleanly in bounded time.")

    def robots(self, h):
        h.send_html("<html><body><h1>500 Internal Server Error</h1><p>Ett fel har inträffat.</p></body></html>",
                    status=500)


@case
class Robots403(Case):
    name = "robots_403"
    why = ("robots.txt answers 403 Forbidden (a WAF rule). RFC 9309 and Google read a 4xx robots.txt as 'no "
           "rules', so the site is crawled and the good page found.")

    def robots(self, h):
        h.send_html("<html><body><h1>403 Forbidden</h1><p>Request blocked.</p></body></html>", status=403)


@case
class RobotsRedirectOffHost(Case):
    name = "robots_redirects_off_host"
    expect = dict(exit="any", good_project_found=None, max_seconds=180)
    why = ("robots.txt 301-redirects to http://robots.kommun-cdn.invalid/robots.txt (another host that does not "
           "resolve). A crawler may refuse to follow it, or follow it and fail; whether it then crawls the site "
           "or treats robots.txt as unreachable (disallow) is a choice. It must not hang or crash.")

    def robots(self, h):
        h.send_redirect("http://robots.kommun-cdn.invalid/robots.txt", 301)


@case
class RobotsCrawlDelayHour(Case):
    name = "robots_crawl_delay_3600"
    expect = dict(max_seconds=300)
    why = ("robots.txt says Crawl-delay: 3600. A crawler must cap such a delay (and --no-polite may ignore it); "
           "obeying it would take hours for the handful of pages here.")

    def robots(self, h):
        h.send_body(b"User-agent: *\nCrawl-delay: 3600\nDisallow: /admin/\n", "text/plain")


# ---- start page / redirects ---------------------------------------------------------------------------------

@case
class CookieLoop(Case):
    name = "start_page_cookie_redirect_loop"
    expect = dict(output_mentions=["redirect"])
    why = ("The start page 302-redirects to /?cookietest=1 with a Set-Cookie, which redirects back to / whatever "
           "cookie is sent: an endless cookie check. The good page is listed in the sitemap named in robots.txt "
           "(and in /sitemap.xml), so a crawler that reads sitemaps still finds it. The output must say the start "
           "page looped ('redirect' in any case: max redirections, redirect loop …).")

    def robots(self, h):
        host = h.host()
        h.send_body(f"User-agent: *\nDisallow: /admin/\nSitemap: http://{host}/sitemap.xml\n".encode(), "text/plain")

    def special(self, h, path, query):
        if path in ("/", "/index.html"):
            if "cookietest" in query:
                h.send_redirect("/", 302, [("Set-Cookie", "cc=1; Path=/")])
            else:
                h.send_redirect("/?cookietest=1", 302, [("Set-Cookie", "cc=1; Path=/")])
            return True
        if path == "/sitemap.xml":
            host = h.host()
            urls = "".join(f"<url><loc>http://{host}{u}</loc><lastmod>2025-03-12</lastmod></url>"
                           for u in (HUB, self.good_path))
            h.send_body(('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                         f'sitemap/0.9">{urls}</urlset>\n').encode(), "application/xml")
            return True
        return False


@case
class RedirectChain25(Case):
    name = "redirect_chain_25_hops"
    hostile = [(HUB + "flyttad-sida", "Sociala investeringar – rapporten har flyttat")]
    expect = dict(max_requests=100)
    why = ("A topical link starts a 301 chain of 25 hops (/sociala-investeringar/flyttad/1 … /25) before a page. "
           "A crawler may stop at its redirect limit (Scrapy: 20) or follow all; either way it must not loop, must "
           "not crash, and the good page's record stays.")

    def special(self, h, path, query):
        if path == HUB + "flyttad-sida":
            h.send_redirect(HUB + "flyttad/1", 301)
            return True
        if path.startswith(HUB + "flyttad/"):
            try:
                n = int(path.rsplit("/", 1)[1])
            except ValueError:
                return False
            if n < 25:
                h.send_redirect(f"{HUB}flyttad/{n + 1}", 301)
            else:
                h.send_html(self.plain_page("Rapport om sociala investeringar",
                                            "Rapporten publiceras i höst."))
            return True
        return False


@case
class WeirdLocations(Case):
    name = "location_headers_odd"
    hostile = [(HUB + "gammal-lank-1", "Sociala investeringar – nyheter"),
               (HUB + "gammal-lank-2", "Förebyggande åtgärder inom sociala investeringar"),
               (HUB + "gammal-lank-3", "Arkiv för sociala investeringar"),
               (HUB + "gammal-lank-4", "Sociala investeringar – dokument"),
               (HUB + "gammal-lank-5", "Sociala investeringar – kalkyl"),
               (HUB + "gammal-lank-6", "Sociala investeringar – e-tjänst"),
               (HUB + "gammal-lank-7", "Sociala investeringar – karta")]
    why = ("Redirects with odd Location headers: a literal space, raw UTF-8 bytes (å/ä/ö unescaped), a relative "
           "'../../../../' path climbing above the root, file:///etc/passwd, javascript:, an empty-host 'http://' "
           "and http://127.0.0.1:0/. A crawler may follow the first three (the targets exist) or drop them; it "
           "must not read local files, crash or hang, and the good page's record stays.")

    def special(self, h, path, query):
        raw_path = h.path.split("?", 1)[0]
        if path == HUB + "gammal-lank-1":
            h.send_redirect(HUB + "ny sida", 301)
        elif path == HUB + "gammal-lank-2":
            h.send_redirect_raw((HUB + "förebyggande-åtgärder").encode("utf-8"), 301)
        elif path == HUB + "gammal-lank-3":
            h.send_redirect("../../../../../sociala-investeringar/../arkiv/./sida", 301)
        elif path == HUB + "gammal-lank-4":
            h.send_redirect("file:///etc/passwd", 302)
        elif path == HUB + "gammal-lank-5":
            h.send_redirect("javascript:alert(document.cookie)", 302)
        elif path == HUB + "gammal-lank-6":
            h.send_redirect("http://", 302)
        elif path == HUB + "gammal-lank-7":
            h.send_redirect("http://127.0.0.1:0/", 302)
        elif path == HUB + "ny sida" or raw_path == HUB + "ny sida":
            h.send_html(self.plain_page("Nyheter om sociala investeringar", "Inga nyheter just nu."))
        elif path == HUB + "förebyggande-åtgärder" or \
                unquote(raw_path, encoding="latin-1") == HUB + "förebyggande-åtgärder" or \
                unquote_to_bytes(raw_path.encode("latin-1", "replace")) == \
                (HUB + "förebyggande-åtgärder").encode("utf-8"):
            h.send_html(self.plain_page("Förebyggande åtgärder", "Sidan beskriver kommunens förebyggande arbete."))
        elif path == "/arkiv/sida":
            h.send_html(self.plain_page("Arkiv", "Äldre sidor om sociala investeringar."))
        else:
            return False
        return True


# ---- broken transfers ---------------------------------------------------------------------------------------

@case
class HeadersThenStall(Case):
    name = "headers_then_stall"
    hostile = [(HUB + "dokumentation", "Dokumentation av sociala investeringar")]
    expect = dict(output_mentions=["/sociala-investeringar/dokumentation"], max_seconds=300)
    why = ("A topical page sends its status line, headers (Content-Length: 40000) and 30 bytes, then stalls "
           "forever. The crawler must time out on it, say so with its URL, and keep the good page's record.")

    def special(self, h, path, query):
        if path == HUB + "dokumentation":
            h.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 40000\r\n\r\n"
                  b"<!DOCTYPE html><html><head><t", close=False)
            h.stall()
            return True
        return False


@case
class Drip(Case):
    name = "drip_one_byte_per_second"
    hostile = [(HUB + "nyhetsbrev", "Nyhetsbrev om sociala investeringar")]
    expect = dict(output_mentions=["/sociala-investeringar/nyhetsbrev"], max_seconds=300)
    why = ("A topical page announces 200 000 bytes and sends one byte per second (a tarpit; each byte arrives "
           "before any idle timeout). Only a total download timeout ends it. The URL must be reported as failed "
           "(or cut), the good page's record kept.")

    def special(self, h, path, query):
        if path == HUB + "nyhetsbrev":
            body = page(self.kommun, "Nyhetsbrev", "<h1>Nyhetsbrev</h1>" + "<p>Sociala investeringar.</p>" * 8000)
            data = body.encode()[:200000]
            h.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 200000\r\n\r\n",
                  close=False)
            h.log_line("DRIP")
            for i in range(len(data)):
                if STOP.wait(1.0):
                    break
                if not h.raw(data[i:i + 1], close=False):
                    break
            h.close_connection = True
            return True
        return False


@case
class ShortBody(Case):
    name = "content_length_larger_than_body"
    hostile = [(HUB + "rapport-2024", "Årsrapport sociala investeringar 2024")]
    expect = dict(output_mentions=["/sociala-investeringar/rapport-2024"])
    why = ("A topical page declares Content-Length: 50000, sends the first two thirds (about 2 KB) of a project page and closes. "
           "A crawler may drop it as a failed download or keep it flagged as partial; either way the URL must "
           "appear in the output, no crash, and the good page's record stays.")

    def special(self, h, path, query):
        if path == HUB + "rapport-2024":
            full = self.second_project_page(self.index + 1).encode()
            body = full[:len(full) * 2 // 3]
            h.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 50000\r\n"
                  b"Connection: close\r\n\r\n" + body)
            return True
        return False


@case
class BadChunked(Case):
    name = "malformed_chunked_encoding"
    hostile = [(HUB + "protokoll", "Protokoll: beslut om sociala investeringar"),
               (HUB + "protokoll-2", "Protokoll: uppföljning av sociala investeringar")]
    expect = dict(output_mentions=["/sociala-investeringar/protokoll"])
    why = ("Two topical pages in chunked encoding go wrong: one has a valid 1 KB chunk then a chunk size 'zz' "
           "and a close; the other declares a 0x100000 chunk, sends 2 KB and closes. Both are failed (or partial) "
           "downloads to report by URL; the good page's record stays.")

    def special(self, h, path, query):
        if path == HUB + "protokoll":
            chunk = page(self.kommun, "Protokoll", "<h1>Protokoll</h1>" + "<p>Beslut.</p>" * 200).encode()[:1024]
            h.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + b"%x\r\n" % len(chunk) + chunk + b"\r\nzz\r\n<p>garbage</p>\r\n")
            return True
        if path == HUB + "protokoll-2":
            chunk = page(self.kommun, "Protokoll", "<h1>Protokoll</h1>" + "<p>Beslut.</p>" * 400).encode()[:2048]
            h.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                  b"100000\r\n" + chunk)
            return True
        return False


@case
class Http10NoLength(Case):
    name = "http10_no_content_length_whole_site"
    why = ("Every response of the site, the good page included, is HTTP/1.0 without Content-Length, ended by "
           "closing the connection: old but valid HTTP. The good page must be found as on any site.")

    def special(self, h, path, query):
        buf = _Capture()
        self.default(buf, path, query)
        status, ctype, body = buf.result
        reason = {200: "OK", 404: "Not Found"}.get(status, "OK")
        h.raw(f"HTTP/1.0 {status} {reason}\r\nContent-Type: {ctype}\r\nServer: Apache/1.3.27\r\n\r\n".encode()
              + body, status=status)
        return True


@case
class DeadSite(Case):
    name = "dead_site_closes_after_accept"
    good_reachable = False
    expect = dict(exit="any", good_project_found=False, max_seconds=180, max_requests=60)
    why = ("Every connection is closed right after accept (reset or plain close, alternately), robots.txt and start page included: a dead site. No "
           "record is possible; the crawl must end in bounded time without a traceback and report the source "
           "with errors (no substring is required because wordings differ).")

    def accept(self, sock):
        # alternate: reset (RST) on odd connections, a plain close (FIN, "empty reply") on even ones
        if self.conn_count % 2:
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
        return False


@case
class Site503DayRetryAfter(Case):
    name = "whole_site_503_retry_after_day"
    good_reachable = False
    expect = dict(exit="any", good_project_found=False, output_mentions=["503"], max_seconds=600, max_requests=60)
    why = ("Every URL, robots.txt included, answers 503 with Retry-After: 86400. A crawler may retry a few times "
           "with a capped wait but must not wait a day (600 s is generous); it must report the 503s.")

    def special(self, h, path, query):
        h.send_html("<html><body><h1>Underhåll</h1><p>Webbplatsen är tillfälligt stängd för underhåll.</p>"
                    "</body></html>", status=503, headers=[("Retry-After", "86400")])
        return True


# ---- lying headers ------------------------------------------------------------------------------------------

@case
class OctetStreamHtml(Case):
    name = "html_served_as_octet_stream"
    hostile = [(HUB + "lasframjande-insatser", "Läsfrämjande insatser – socialt investeringsprojekt")]
    why = ("A second project page is served 200 with Content-Type: application/octet-stream (a misconfigured "
           "CMS). Reading it as HTML or skipping it as binary are both fine; no crash, and the good page (normal "
           "text/html) gives its record.")

    def special(self, h, path, query):
        if path == HUB + "lasframjande-insatser":
            h.send_body(self.second_project_page(self.index + 2).encode(), "application/octet-stream")
            return True
        return False


@case
class Utf16Lie(Case):
    name = "declares_utf16_sends_utf8"
    hostile = [(HUB + "sommarjobb-for-unga", "Sommarjobb för unga – socialt investeringsprojekt")]
    why = ("A second project page declares charset=utf-16 in both the header and <meta> but sends UTF-8 bytes "
           "(odd length too). Decoding it as UTF-16 gives CJK garbage; a crawler may sniff UTF-8 or drop it. No "
           "crash; the good page's record stays.")

    def special(self, h, path, query):
        if path == HUB + "sommarjobb-for-unga":
            body = self.second_project_page(self.index + 3).replace('<meta charset="utf-8">',
                                                                    '<meta charset="utf-16">').encode()
            if len(body) % 2 == 0:
                body += b"\n"
            h.send_body(body, "text/html; charset=utf-16")
            return True
        return False


@case
class ContentEncodingLie(Case):
    name = "content_encoding_lies"
    hostile = [(HUB + "utvardering", "Utvärdering av sociala investeringar"),
               (HUB + "utvardering-br", "Utvärdering av sociala investeringar (kortversion)"),
               (HUB + "utvardering-gz-trasig", "Utvärdering av sociala investeringar (bilaga)")]
    expect = dict(output_mentions=["/sociala-investeringar/utvardering"])
    why = ("Content-Encoding lies: 'gzip' on a plain HTML body, 'br' on random bytes, and a gzip stream cut in "
           "half. Each must be reported as failed (or read as plain where that is what it is), never crash the "
           "crawl; the good page's record stays.")

    def special(self, h, path, query):
        body = self.plain_page("Utvärdering", "Utvärderingen av fondens projekt visar goda resultat. " * 20).encode()
        if path == HUB + "utvardering":
            h.send_body(body, "text/html; charset=utf-8", [("Content-Encoding", "gzip")])
        elif path == HUB + "utvardering-br":
            h.send_body(os.urandom(4000), "text/html; charset=utf-8", [("Content-Encoding", "br")])
        elif path == HUB + "utvardering-gz-trasig":
            co = zlib.compressobj(9, zlib.DEFLATED, 31)
            gz = co.compress(body * 5) + co.flush()
            h.send_body(gz[:len(gz) // 2], "text/html; charset=utf-8", [("Content-Encoding", "gzip")])
        else:
            return False
        return True


@case
class BadHeaderLines(Case):
    name = "oversized_and_colonless_header_lines"
    hostile = [(HUB + "stor-cookie", "Sociala investeringar – ansökan"),
               (HUB + "jattestor-header", "Sociala investeringar – blanketter"),
               (HUB + "header-utan-kolon", "Sociala investeringar – riktlinjer")]
    why = ("Three topical pages with bad header lines: an 8 KB Set-Cookie (legal, common), a 100 KB X-Debug line "
           "(beyond most clients' limits), and a header line with no colon. A crawler may read or reject each; "
           "no crash or hang, and the good page's record stays.")

    def special(self, h, path, query):
        body = self.plain_page("Sociala investeringar", "Här finns blanketter och riktlinjer.").encode()
        if path == HUB + "stor-cookie":
            hdr = b"Set-Cookie: tracking=" + b"a" * 8192 + b"; Path=/\r\n"
        elif path == HUB + "jattestor-header":
            hdr = b"X-Debug: " + b"x" * 100_000 + b"\r\n"
        elif path == HUB + "header-utan-kolon":
            hdr = b"X-Powered-By ASP.NET and some broken proxy\r\n"
        else:
            return False
        h.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + hdr
              + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
        return True


# ---- statuses -----------------------------------------------------------------------------------------------

@case
class NotModifiedFirst(Case):
    name = "304_to_first_request"
    hostile = [(HUB + "nyheter", "Nyheter om sociala investeringar"),
               (HUB + "beviljade-projekt", "Beviljade sociala investeringsprojekt")]
    expect = dict(output_mentions=["304"])
    why = ("Two topical pages answer 304 Not Modified (with an ETag) to an unconditional first request: there is "
           "no stored copy to reuse. The crawler must not crash looking for one, should report the 304, and keep "
           "the good page's record.")

    def special(self, h, path, query):
        if path in (HUB + "nyheter", HUB + "beviljade-projekt"):
            h.send_empty(304, [("ETag", '"5f2-abc"'), ("Last-Modified", "Wed, 12 Mar 2025 08:00:00 GMT")])
            return True
        return False


@case
class Auth401And451(Case):
    name = "401_and_451"
    hostile = [(HUB + "intranat", "Sociala investeringar – för medarbetare"),
               (HUB + "sekretessbelagt-beslut", "Beslut om social investering (sekretess)")]
    expect = dict(output_mentions=["401", "451"])
    why = ("A topical link answers 401 with WWW-Authenticate: Basic realm=\"Intranät\"; another 451 Unavailable "
           "For Legal Reasons. Both are failures to report with their status; no credentials prompt, no crash; "
           "the good page's record stays.")

    def special(self, h, path, query):
        if path == HUB + "intranat":
            h.send_html("<html><body><h1>Inloggning krävs</h1></body></html>", status=401,
                        headers=[("WWW-Authenticate", 'Basic realm="Intranät", charset="UTF-8"')])
            return True
        if path == HUB + "sekretessbelagt-beslut":
            h.send_html("<html><body><h1>451</h1><p>Sidan är inte tillgänglig av juridiska skäl.</p></body></html>",
                        status=451)
            return True
        return False


@case
class BrokenPdf(Case):
    name = "broken_pdf_project_document"
    project_extra = ('<h2>Dokument</h2><ul><li><a href="/sociala-investeringar/dokument/projektplan.pdf">Projektplan '
                     '(PDF, 240 kB)</a></li><li><a href="/sociala-investeringar/dokument/slutrapport.pdf">'
                     'Slutrapport för projektet (PDF)</a></li></ul>')
    hostile = [(HUB + "dokument/projektplan.pdf", "Projektplan för socialt investeringsprojekt (PDF)")]
    expect = dict(output_mentions=["projektplan.pdf"])
    why = ("The good page links its project plan as a PDF that is cut after the first object (no xref, no "
           "trailer), and a final report 'PDF' that is really an HTML login page served as application/pdf. "
           "The broken PDF must be reported by name; the good page's own record stays.")

    def special(self, h, path, query):
        if path == HUB + "dokument/projektplan.pdf":
            data = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page "
                    b"/Parent 2 0 R /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 9999 /Filter /FlateDecode >>\n"
                    b"stream\n" + os.urandom(600))
            h.send_body(data, "application/pdf")
            return True
        if path == HUB + "dokument/slutrapport.pdf":
            h.send_body(b"<html><body><h1>Din session har g\xc3\xa5tt ut</h1><p>Logga in igen.</p></body></html>",
                        "application/pdf")
            return True
        return False


# ---- traps --------------------------------------------------------------------------------------------------

@case
class MetaRefreshLoop(Case):
    name = "meta_refresh_to_itself"
    hostile = [(HUB + "aktuellt", "Aktuellt om sociala investeringar"),
               (HUB + "aktuellt-nu?v=1", "Senaste nytt: sociala investeringar")]
    expect = dict(max_requests=100)
    why = ("One topical page has <meta http-equiv=refresh content=0> to itself; another refreshes to ?v=N+1 for "
           "ever. A crawler may follow meta refreshes up to a limit or not at all; it must not loop without bound. "
           "The good page's record stays.")

    def special(self, h, path, query):
        if path == HUB + "aktuellt":
            h.send_html(page(self.kommun, "Aktuellt", "<h1>Aktuellt om sociala investeringar</h1><p>Laddar…</p>",
                             head_extra='\n<meta http-equiv="refresh" content="0">'))
            return True
        if path == HUB + "aktuellt-nu":
            try:
                n = int(query.get("v", "1"))
            except ValueError:
                n = 1
            h.send_html(page(self.kommun, "Aktuellt", "<h1>Senaste nytt om sociala investeringar</h1><p>Laddar…</p>",
                             head_extra=f'\n<meta http-equiv="refresh" content="0; url={HUB}aktuellt-nu?v={n + 1}">'))
            return True
        return False


@case
class CalendarTrap(Case):
    name = "calendar_trap_20000_links"
    hostile = [(HUB + "kalender", "Kalender: seminarier om sociala investeringar")]
    expect = dict(max_requests=1000, max_seconds=300)
    why = ("A topical calendar page holds 20 000 links ?date=… to consecutive days, and every day page holds "
           "20 000 more from its own date on (about 1.7 MB each): unbounded. A crawler must stop (page budget, "
           "query/trap detection) well before thousands of requests, and still find the good page.")

    def special(self, h, path, query):
        if path.rstrip("/") == HUB + "kalender":
            try:
                d0 = datetime.date.fromisoformat(query.get("date", "2025-01-01"))
            except ValueError:
                d0 = datetime.date(2025, 1, 1)
            parts = [f"<h1>Kalender – sociala investeringar</h1><p>Inga seminarier om sociala investeringar "
                     f"{d0.isoformat()}.</p><ul>"]
            one = datetime.timedelta(days=1)
            d = d0
            for _ in range(20000):
                try:
                    d = d + one
                except OverflowError:
                    break
                parts.append(f'<li><a href="{HUB}kalender?date={d.isoformat()}">{d.isoformat()}</a></li>')
            parts.append("</ul>")
            h.send_html(page(self.kommun, "Kalender", "".join(parts), crumbs=[(HUB, "Sociala investeringar")]))
            return True
        return False


@case
class InfiniteDepth(Case):
    name = "infinite_path_depth"
    hostile = [(HUB + "arkiv/", "Arkiv: sociala investeringar")]
    expect = dict(max_requests=1000, max_seconds=300)
    why = ("A topical archive where every page /sociala-investeringar/arkiv/a/b/a/… links two deeper children "
           "'a/' and 'b/' (relative), for ever: a binary tree of topical pages. A depth limit or page budget must "
           "stop it; the good page is found.")

    def special(self, h, path, query):
        if path.startswith(HUB + "arkiv/"):
            depth = path[len(HUB + "arkiv/"):].count("/")
            h.send_html(page(self.kommun, f"Arkiv nivå {depth}",
                             f"<h1>Arkiv för sociala investeringar, nivå {depth}</h1>"
                             f"<p>Äldre material om sociala investeringar.</p><ul>"
                             f'<li><a href="a/">Sociala investeringar – mapp A</a></li>'
                             f'<li><a href="b/">Sociala investeringar – mapp B</a></li></ul>',
                             crumbs=[(HUB, "Sociala investeringar")]))
            return True
        return False


@case
class SessionIds(Case):
    name = "session_id_in_every_link"
    hostile = [(HUB + "om-fonden", "Om den sociala investeringsfonden"),
               (HUB + "ansokan", "Ansök om medel ur fonden för sociala investeringar"),
               (HUB + "uppfoljning", "Uppföljning av sociala investeringar")]
    expect = dict(max_requests=300)
    why = ("Every link on every page carries a fresh ?sessionid=<32 hex> (a new one on each request), so the "
           "same six pages have endless distinct URLs. The crawler must not fetch them without bound. The good "
           "page answers under any sessionid; it counts as found whatever query its URL carries.")

    def link(self, href):
        sep = "&" if "?" in href else "?"
        return f"{href}{sep}sessionid={secrets.token_hex(16)}"

    def special(self, h, path, query):
        if path == "/robots.txt":
            return False
        buf = _Capture()
        if not self._page(buf, path, query):
            self.default(buf, path, query)
        status, ctype, body = buf.result
        text = re.sub(r'href="(/[^"#]*)"',
                      lambda m: m.group(0) if "sessionid=" in m.group(1) else f'href="{esc(self.link(m.group(1)))}"',
                      body.decode("utf-8"))
        h.send_html(text, status=status)
        return True

    def _page(self, h, path, query):
        if path in (HUB + "om-fonden", HUB + "ansokan", HUB + "uppfoljning"):
            links = "".join(f'<li><a href="{esc(self.link(u))}">{esc(t)}</a></li>'
                            for u, t in [(HUB, "Sociala investeringar"), (self.good_path, self.project["title"])]
                            + self.hostile)
            h.send_html(page(self.kommun, "Sociala investeringar",
                             f"<h1>Sociala investeringar</h1><p>Fonden beslutar om medel två gånger per år.</p>"
                             f"<ul>{links}</ul>", crumbs=[(self.link(HUB), "Sociala investeringar")]))
            return True
        if path.rstrip("/") == self.good_path:
            extra = (f'<p><a href="{esc(self.link(HUB + "om-fonden"))}">Om fonden</a> · '
                     f'<a href="{esc(self.link(self.good_path))}">Skriv ut</a></p>')
            h.send_html(page(self.kommun, self.project["title"], project_body(self.project, self.kommun, extra),
                             crumbs=[(self.link(HUB), "Sociala investeringar"),
                                     (self.link(self.good_path), self.project["title"])]))
            return True
        return False


@case
class SitemapSelfIndex(Case):
    name = "sitemap_index_points_to_itself"
    expect = dict(max_requests=100)
    why = ("robots.txt names /sitemap_index.xml, a sitemap index listing itself, ?page=N+1 of itself (an "
           "unbounded chain) and one urlset with the good page. A crawler must not recurse without bound; the good "
           "page is found (also linked from the start page).")

    def robots(self, h):
        h.send_body(f"User-agent: *\nDisallow: /admin/\nSitemap: http://{h.host()}/sitemap_index.xml\n".encode(),
                    "text/plain")

    def special(self, h, path, query):
        host = h.host()
        if path == "/sitemap_index.xml":
            try:
                n = int(query.get("page", "1"))
            except ValueError:
                n = 1
            locs = [f"http://{host}/sitemap_index.xml", f"http://{host}/sitemap_index.xml?page={n + 1}",
                    f"http://{host}/sitemap-sidor.xml"]
            body = "".join(f"<sitemap><loc>{esc(u)}</loc></sitemap>" for u in locs)
            h.send_body(('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                         f'schemas/sitemap/0.9">{body}</sitemapindex>\n').encode(), "application/xml")
            return True
        if path == "/sitemap-sidor.xml":
            urls = "".join(f"<url><loc>http://{host}{u}</loc></url>" for u in ("/", HUB, self.good_path))
            h.send_body(('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                         f'sitemap/0.9">{urls}</urlset>\n').encode(), "application/xml")
            return True
        return False


@case
class SitemapGzFake(Case):
    name = "sitemap_gz_not_gzip"
    expect = dict(output_mentions=["sitemap.xml"])
    why = ("robots.txt names /sitemap.xml.gz, served as application/x-gzip but holding plain XML; /sitemap.xml "
           "is application/xml holding a truncated gzip stream of random bytes. Reading the plain XML or skipping "
           "it are both fine; the broken one must be named (any line with 'sitemap.xml'); no crash.")

    def robots(self, h):
        h.send_body(f"User-agent: *\nDisallow: /admin/\nSitemap: http://{h.host()}/sitemap.xml.gz\n".encode(),
                    "text/plain")

    def special(self, h, path, query):
        host = h.host()
        if path == "/sitemap.xml.gz":
            urls = "".join(f"<url><loc>http://{host}{u}</loc></url>" for u in (HUB, self.good_path))
            h.send_body(('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                         f'sitemap/0.9">{urls}</urlset>\n').encode(), "application/x-gzip")
            return True
        if path == "/sitemap.xml":
            h.send_body(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + os.urandom(300), "application/xml")
            return True
        return False


# --------------------------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------------------------

class _Capture:
    """Stand-in handler that records what default() would send."""
    result = None

    def send_html(self, text, status=200, headers=()):
        self.result = (status, "text/html; charset=utf-8", text.encode())

    def send_body(self, data, ctype, headers=(), status=200):
        self.result = (status, ctype, data)

    def host(self):
        return "127.0.0.1"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Apache"
    sys_version = ""
    timeout = 120  # idle keep-alive connections

    # senders --------------------------------------------------------------
    def host(self):
        return self.headers.get("Host") or f"127.0.0.1:{self.server.case.port}"

    def send_body(self, data, ctype, headers=(), status=200):
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers:
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True

    def send_html(self, text, status=200, headers=()):
        self.send_body(text.encode("utf-8"), "text/html; charset=utf-8", headers, status)

    def send_empty(self, status, headers=()):
        try:
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            if status not in (204, 304):
                self.send_header("Content-Length", "0")
            self.end_headers()
        except OSError:
            self.close_connection = True

    def send_redirect(self, location, status=301, headers=()):
        body = f'<html><body><a href="{esc(location)}">Flyttad</a></body></html>'.encode()
        # send_header encodes latin-1; a location with a space is passed on literally on purpose
        self.send_body(body, "text/html; charset=utf-8", [("Location", location)] + list(headers), status)

    def send_redirect_raw(self, location_bytes, status=301):
        body = b"<html><body>Flyttad</body></html>"
        self.raw(b"HTTP/1.1 %d Moved\r\nLocation: " % status + location_bytes
                 + b"\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
                 + body, status=status)

    def raw(self, data, close=True, status=None):
        ok = True
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            ok = False
        if close:
            self.close_connection = True
        if status is not None or (close and data.startswith(b"HTTP/")):
            self.log_line(status if status is not None else data[9:12].decode("ascii", "replace"))
        return ok

    def stall(self):
        self.log_line("STALL")
        STOP.wait()
        self.close_connection = True

    # logging ----------------------------------------------------------------
    def log_line(self, status):
        if not QUIET:
            c = self.server.case
            sys.stderr.write(f"[{c.port} {c.name}] {self.command} {self.path[:160]} {status}\n")

    def log_request(self, code="-", size="-"):
        self.log_line(getattr(code, "value", code))

    def log_message(self, fmt, *args):
        if not QUIET:
            sys.stderr.write(f"[{self.server.case.port}] " + (fmt % args)[:300] + "\n")

    # dispatch ---------------------------------------------------------------
    def do_GET(self):
        c = self.server.case
        parts = urlsplit(self.path)
        path = unquote(parts.path, errors="replace")
        query = {}
        for kv in parts.query.split("&"):
            if "=" in kv:
                k, v = kv.split("=", 1)
                query.setdefault(k, v)
            elif kv:
                query.setdefault(kv, "")
        try:
            if not c.special(self, path, query):
                c.default(self, path, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_HEAD(self):
        self.send_empty(405)


class CaseServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, case_obj):
        self.case = case_obj
        super().__init__(("127.0.0.1", case_obj.port), Handler)

    def verify_request(self, request, client_address):
        with self.case.lock:
            self.case.conn_count += 1
        ok = self.case.accept(request)
        if not ok and not QUIET:
            sys.stderr.write(f"[{self.case.port} {self.case.name}] connection dropped after accept\n")
        return ok


def write_cases():
    out = [cls(i, 0).cases_json() for i, cls in enumerate(CASES)]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} cases to {path}")


def main(argv):
    global QUIET
    if "--write-cases" in argv:
        return write_cases()
    if "--list" in argv:
        for i, cls in enumerate(CASES):
            print(i, cls.name)
        return
    args = [a for a in argv if not a.startswith("-")]
    QUIET = "-q" in argv or "--quiet" in argv
    if not args:
        sys.exit(__doc__)
    base = int(args[0])
    servers = []
    for i, cls in enumerate(CASES):
        srv = CaseServer(cls(i, base + i))
        servers.append(srv)
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    print(f"serving {len(servers)} cases on 127.0.0.1:{base}..{base + len(servers) - 1}", flush=True)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *a: STOP.set())
    while not STOP.wait(0.5):
        pass
    stoppers = [threading.Thread(target=srv.shutdown) for srv in servers]
    for t in stoppers:
        t.start()
    for t in stoppers:
        t.join()
    for srv in servers:
        srv.server_close()
    print("stopped", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
