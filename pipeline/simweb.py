"""A simulated national web: one invented site per registry organisation, served from memory on 127.0.0.1.

``SimWeb(seed)`` is a *resolver* for :class:`pipeline.replay.ReplayProxy`: the real spiders crawl
``https://www.ale.se/…`` through the proxy exactly as they would live, and every site answers from a
deterministic (seeded) model built here. Nothing is written to disk.

Each site gets a CMS style (Sitevision, Episerver/Optimizely, WordPress/Municipio, plain), 10–60 ordinary
municipal pages (news, schools, care, politics, contact …) with realistic furniture (mega menu, breadcrumbs,
cookie banner, "Lyssna", feedback widget, footer), and a *scenario* for social investment: nothing at all
(most sites), near-miss pages, only the fund's rules, one project page, a listing with detail pages
(optionally paginated), projects described on the hub itself, projects only in news articles, a project list
only as a PDF, projects only reachable by following links, a project page under a path robots.txt forbids.
Independent *modifiers* add what real sites do to crawlers: bare host → ``www.`` redirects, redirect chains,
missing/broken/stale sitemaps, sitemap indexes with gzipped children, ``Sitemap:`` lines, duplicate URLs of one
page (``?lang=sv``, ``?print=1``, case, trailing slash), calendar traps with endless "next month" links,
faceted search, 404 links, 410 pages, robots rules for our own user agent, 429/503 with ``Retry-After``.

The ground truth (:class:`Truth`) lists the planted project pages (canonical URLs), the PDFs that must be
archived, and the robots rules of every host; :func:`measure` crawls the web with the real spider and scores
discovery against it. ``python -m pipeline.simweb --measure [--sources N] [--delay S]`` prints the report.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import html
import json
import random
import re
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import Mapping
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from pipeline.replay import Reply
from pipeline.urls import canonical_url

# ================================================================================================ vocabulary
# Invented text in the register of Swedish municipal websites (no copied page text).

KOMMUN_SECTIONS = [
    ("Barn och utbildning", "barn-och-utbildning", [
        ("Förskola", "forskola", "forskola"), ("Grundskola", "grundskola", "skola"),
        ("Gymnasieskola", "gymnasieskola", "skola"), ("Vuxenutbildning", "vuxenutbildning", "skola"),
        ("Skolskjuts", "skolskjuts", "trafik"), ("Elevhälsa", "elevhalsa", "skola")]),
    ("Omsorg och stöd", "omsorg-och-stod", [
        ("Äldreomsorg", "aldreomsorg", "omsorg"), ("Hemtjänst", "hemtjanst", "omsorg"),
        ("Stöd vid funktionsnedsättning", "stod-vid-funktionsnedsattning", "omsorg"),
        ("Ekonomiskt bistånd", "ekonomiskt-bistand", "bistand"), ("Missbruk och beroende", "missbruk-och-beroende", "omsorg"),
        ("Våld i nära relationer", "vald-i-nara-relationer", "omsorg")]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", [
        ("Bygglov", "bygglov", "bygg"), ("Avfall och återvinning", "avfall-och-atervinning", "miljo"),
        ("Vatten och avlopp", "vatten-och-avlopp", "miljo"), ("Detaljplaner", "detaljplaner", "bygg"),
        ("Energi- och klimatrådgivning", "energi-och-klimatradgivning", "miljo")]),
    ("Kultur och fritid", "kultur-och-fritid", [
        ("Bibliotek", "bibliotek", "kultur"), ("Idrottsanläggningar", "idrottsanlaggningar", "kultur"),
        ("Föreningsliv", "foreningsliv", "forening"), ("Fritidsgårdar", "fritidsgardar", "kultur"),
        ("Kulturskola", "kulturskola", "kultur")]),
    ("Näringsliv och arbete", "naringsliv-och-arbete", [
        ("Starta företag", "starta-foretag", "naringsliv"), ("Upphandling", "upphandling", "naringsliv"),
        ("Lediga jobb", "lediga-jobb", "jobb"), ("Arbetsmarknadsinsatser", "arbetsmarknadsinsatser", "jobb")]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur", [
        ("Gator och vägar", "gator-och-vagar", "trafik"), ("Parkering", "parkering", "trafik"),
        ("Snöröjning", "snorojning", "trafik")]),
    ("Kommun och politik", "kommun-och-politik", [
        ("Kommunfullmäktige", "kommunfullmaktige", "politik"), ("Nämnder och styrelser", "namnder-och-styrelser", "politik"),
        ("Budget och årsredovisning", "budget-och-arsredovisning", "budget"), ("Styrdokument", "styrdokument", "politik"),
        ("Kommunens organisation", "kommunens-organisation", "politik"), ("Diarium och allmänna handlingar", "diarium", "politik")]),
]
REGION_SECTIONS = [
    ("Vård och hälsa", "vard-och-halsa", [
        ("Hitta vårdcentral", "hitta-vardcentral", "vard"), ("Tandvård", "tandvard", "vard"),
        ("Patientavgifter", "patientavgifter", "vard"), ("Vaccinationer", "vaccinationer", "vard")]),
    ("Regional utveckling", "regional-utveckling", [
        ("Näringsliv och innovation", "naringsliv-och-innovation", "naringsliv"),
        ("Kompetensförsörjning", "kompetensforsorjning", "jobb"), ("Regionala utvecklingsstrategin", "rus", "politik"),
        ("Projektmedel", "projektmedel", "forening")]),
    ("Kultur", "kultur", [("Kulturstöd", "kulturstod", "forening"), ("Museer", "museer", "kultur")]),
    ("Kollektivtrafik", "kollektivtrafik", [("Färdtjänst", "fardtjanst", "trafik"), ("Sjukresor", "sjukresor", "trafik")]),
    ("Politik och påverkan", "politik", [
        ("Regionfullmäktige", "regionfullmaktige", "politik"), ("Budget och verksamhetsplan", "budget", "budget"),
        ("Styrande dokument", "styrande-dokument", "politik")]),
    ("Jobba hos oss", "jobba-hos-oss", [("Lediga jobb", "lediga-jobb", "jobb"), ("Löner och förmåner", "loner", "jobb")]),
]
OTHER_SECTIONS = [
    ("Om oss", "om-oss", [("Organisation", "organisation", "politik"), ("Styrelse", "styrelse", "politik")]),
    ("Samverkan", "samverkan", [("Barn och unga", "barn-och-unga", "omsorg"), ("Psykisk hälsa", "psykisk-halsa", "vard")]),
]

SENTENCES = {
    "forskola": [
        "I {name} finns både kommunala och fristående förskolor.",
        "Ditt barn kan börja i förskola från ett års ålder.",
        "Du ansöker om plats i förskola i e-tjänsten senast fyra månader innan du behöver platsen.",
        "Förskolan är öppen mellan klockan 6.30 och 18.30 på vardagar.",
        "Avgiften för förskola beräknas på hushållets inkomst enligt maxtaxan.",
    ],
    "skola": [
        "Alla barn i {name} har rätt till en plats i grundskolan nära hemmet.",
        "Skolvalet görs i e-tjänsten under januari månad.",
        "Elevhälsan består av skolsköterska, skolläkare, kurator, psykolog och specialpedagog.",
        "Läsåret börjar i mitten av augusti och slutar i början av juni.",
        "Gymnasieskolan erbjuder både högskoleförberedande program och yrkesprogram.",
        "Vid frånvaro ska vårdnadshavare anmäla det till skolan varje dag.",
    ],
    "omsorg": [
        "Du som behöver stöd i vardagen kan ansöka om insatser enligt socialtjänstlagen.",
        "Kontakta kommunens biståndshandläggare för att få veta mer om vilka insatser som finns.",
        "Hemtjänsten hjälper dig med till exempel städning, inköp och personlig omvårdnad.",
        "Socialtjänsten har tystnadsplikt och du kan vara anonym när du ringer.",
        "Vid akuta ärenden utanför kontorstid kontaktar du socialjouren.",
    ],
    "bistand": [
        "Ekonomiskt bistånd är ett tillfälligt stöd när du inte kan försörja dig på annat sätt.",
        "Du ansöker om ekonomiskt bistånd via e-tjänsten eller på blankett.",
        "Riksnormen bestäms av regeringen och ändras varje år.",
    ],
    "bygg": [
        "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad.",
        "Handläggningstiden för ett komplett ärende är högst tio veckor.",
        "Avgiften för bygglov tas ut enligt plan- och bygglovstaxan som kommunfullmäktige beslutat.",
        "En detaljplan reglerar hur mark och vatten får användas inom ett visst område.",
    ],
    "miljo": [
        "Hushållsavfallet hämtas varannan vecka.",
        "Farligt avfall lämnar du på återvinningscentralen.",
        "Kommunen ansvarar för dricksvattnet fram till förbindelsepunkten vid tomtgränsen.",
        "Energi- och klimatrådgivningen är kostnadsfri och opartisk.",
    ],
    "kultur": [
        "Biblioteket har öppet alla vardagar och lördagar.",
        "Med ett lånekort kan du låna böcker, ljudböcker och filmer.",
        "Kommunens idrottshallar kan bokas av föreningar och privatpersoner.",
        "Fritidsgården är öppen för dig som går i årskurs 7 och uppåt.",
        "Kulturskolan erbjuder kurser i musik, dans, teater och bild.",
    ],
    "forening": [
        "Föreningar som är registrerade i kommunens föreningsregister kan söka bidrag.",
        "Ansökan om aktivitetsstöd lämnas två gånger per år.",
        "Bidraget fördelas enligt de riktlinjer som kultur- och fritidsnämnden har beslutat.",
    ],
    "naringsliv": [
        "Näringslivsenheten hjälper dig som vill starta, driva eller utveckla ett företag.",
        "Kommunen upphandlar varor och tjänster enligt lagen om offentlig upphandling.",
        "Företagslotsen samordnar kontakterna med kommunens olika förvaltningar.",
    ],
    "jobb": [
        "Här hittar du alla lediga tjänster hos oss.",
        "Vi är en av de största arbetsgivarna i länet med cirka 3 000 medarbetare.",
        "Arbetsmarknadsenheten erbjuder praktik, utbildning och stöd att hitta ett arbete.",
    ],
    "trafik": [
        "Kommunen sköter cirka 200 kilometer gator och vägar.",
        "Snöröjningen startar när det har fallit mer än fem centimeter snö.",
        "Felanmälan om gatubelysning gör du i e-tjänsten.",
        "Parkeringstillstånd för rörelsehindrade söker du hos kommunen.",
    ],
    "politik": [
        "Kommunfullmäktige är kommunens högsta beslutande organ.",
        "Sammanträdena är öppna för allmänheten och sänds på webben.",
        "Protokoll från sammanträdena publiceras senast två veckor efter mötet.",
        "Nämnderna ansvarar för verksamheten inom sina respektive områden.",
        "Allmänna handlingar kan du begära ut från registraturen.",
    ],
    "budget": [
        "Budgeten för nästa år fastställs av fullmäktige i november.",
        "Årsredovisningen visar hur det gick för verksamheten och ekonomin under året.",
        "Investeringsbudgeten omfattar bland annat nya förskolor, gator och va-ledningar.",
    ],
    "vard": [
        "Du kan lista dig på valfri vårdcentral i länet.",
        "Ring 1177 för sjukvårdsrådgivning dygnet runt.",
        "Högkostnadsskyddet gör att du som mest betalar 1 450 kronor under tolv månader.",
        "Tandvården är avgiftsfri till och med det år du fyller 23.",
    ],
    "kontakt": [
        "Kontaktcenter har öppet vardagar klockan 8–16.",
        "Du kan också skicka e-post eller besöka oss i kommunhuset.",
        "Vi svarar på e-post inom två arbetsdagar.",
    ],
}

NEWS = [
    ("Ny förskola invigd", "forskola"), ("Vägarbete på Storgatan under sommaren", "trafik"),
    ("Budget för nästa år antagen", "budget"), ("Biblioteket får nya öppettider", "kultur"),
    ("Sommarjobb för unga – ansök nu", "jobb"), ("Kommunen söker familjehem", "omsorg"),
    ("Nytt avfallssystem införs", "miljo"), ("Resultat från medborgarundersökningen", "politik"),
    ("Simhallen stänger för renovering", "kultur"), ("Ny detaljplan ute på samråd", "bygg"),
    ("Krisberedskapsveckan: är du förberedd?", "kontakt"), ("Skolvalet är öppet", "skola"),
    ("Lördagsöppet på återvinningscentralen", "miljo"), ("Nya laddplatser vid kommunhuset", "trafik"),
    ("Kommunens tjänster utmärkta i tillgänglighet", "kontakt"), ("Fritidsgården firar 30 år", "kultur"),
    ("Ny företagslots på plats", "naringsliv"), ("Så gick det i Öppna jämförelser", "politik"),
    ("Rekordmånga ansökte om bygglov", "bygg"), ("Folkhälsoveckan bjuder på aktiviteter", "kultur"),
]

PROJECTS = [
    ("Tidiga insatser i förskolan", "att tidigt upptäcka barn som behöver särskilt stöd och ge dem rätt hjälp",
     "barn 1–5 år i förskolan och deras vårdnadshavare", "en specialpedagog och en psykolog på heltid"),
    ("Familjecentral i Centrum", "att samla mödravård, barnavård, öppen förskola och socialtjänst på ett ställe",
     "blivande och nyblivna föräldrar och barn 0–6 år", "en socionom och en förskollärare"),
    ("Unga vuxna i jobb", "att fler unga vuxna ska komma i arbete eller studier",
     "unga 16–24 år som varken arbetar eller studerar", "två arbetsmarknadskonsulenter"),
    ("Läxhjälp och mentorskap", "att öka andelen elever som blir behöriga till gymnasiet",
     "elever i årskurs 7–9", "tre mentorer på deltid"),
    ("Multikompetent team i skolan", "att minska den problematiska skolfrånvaron",
     "elever i årskurs 4–9 med hög frånvaro", "en kurator, en specialpedagog och en fritidsledare"),
    ("Föräldraskapsstöd för alla", "att erbjuda föräldrar stöd i föräldraskapet genom gruppverksamhet",
     "föräldrar till barn 3–12 år", "två gruppledare"),
    ("Mobilt team för psykisk hälsa", "att förebygga psykisk ohälsa bland unga",
     "ungdomar 13–19 år", "en psykolog och två behandlare"),
    ("Trygg i vardagen", "att minska oro och ensamhet bland äldre",
     "personer över 75 år som bor hemma", "en aktivitetssamordnare"),
    ("Fältgrupp för unga", "att nå unga som riskerar att hamna i kriminalitet",
     "ungdomar 12–18 år", "tre fältassistenter"),
    ("Meningsfull fritid", "att fler barn i socioekonomiskt utsatta områden ska delta i fritidsaktiviteter",
     "barn 7–15 år", "en föreningssamordnare"),
    ("Språkstöd i förskolan", "att stärka språkutvecklingen hos flerspråkiga barn",
     "barn 3–5 år med annat modersmål än svenska", "två språkpedagoger"),
    ("Brobyggare mellan skola och hem", "att öka samverkan mellan skolan och nyanlända familjer",
     "nyanlända elever och deras familjer", "två brobyggare med arabiska och somaliska"),
    ("Stöd till barn i familjer med missbruk", "att ge barn som växer upp med missbruk stöd i grupp",
     "barn 7–17 år", "två samtalsledare"),
    ("Hemmasittare tillbaka till skolan", "att elever med långvarig frånvaro ska komma tillbaka till skolan",
     "elever i årskurs 6–9", "en skolsocionom"),
    ("Sommarlovsentreprenörer", "att ge unga erfarenhet av företagande under sommarlovet",
     "ungdomar 15–17 år", "två handledare"),
    ("Våld i nära relationer – tidig upptäckt", "att fler som utsätts för våld upptäcks tidigt",
     "vuxna och barn som utsätts för våld i nära relation", "en samordnare"),
    ("Samordnad individuell plan för unga", "att unga med behov av stöd från flera aktörer får en samordnad plan",
     "unga 12–20 år", "en samordnare från socialtjänsten och en från regionen"),
    ("Hälsosamt åldrande", "att förebygga fallolyckor och undernäring bland äldre",
     "personer över 70 år", "en fysioterapeut och en dietist"),
    ("Ungdomsmottagning online", "att göra ungdomsmottagningen tillgänglig för unga på landsbygden",
     "unga 13–23 år", "en barnmorska och en kurator"),
    ("Fritidsbanken", "att alla barn ska kunna låna fritidsutrustning gratis",
     "barn och unga 6–18 år", "en föreningskonsulent"),
    ("Arbetsintegrerande socialt företag", "att personer långt från arbetsmarknaden ska få en väg till arbete",
     "vuxna som har haft ekonomiskt bistånd i mer än ett år", "två arbetsledare"),
    ("Skolfam", "att familjehemsplacerade barn ska lyckas i skolan",
     "familjehemsplacerade barn i årskurs 1–9", "en psykolog och en specialpedagog"),
    ("Tidig upptäckt av läs- och skrivsvårigheter", "att alla elever ska kunna läsa i slutet av årskurs 1",
     "elever i förskoleklass och årskurs 1", "två speciallärare"),
    ("Ung och trygg i centrum", "att skapa trygga mötesplatser för unga på kvällstid",
     "ungdomar 13–20 år", "fyra fritidsledare"),
]
OWNERS = ["Socialnämnden", "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden", "Kommunstyrelsen",
          "Arbetsmarknadsnämnden", "Vård- och omsorgsnämnden", "Utbildningsnämnden"]
PARTNERS = ["Polisen", "Försäkringskassan", "Arbetsförmedlingen", "Samordningsförbundet", "Region {county}",
            "Studieförbundet Vuxenskolan", "Rädda Barnen", "Fryshuset", "Länsstyrelsen", "Bostadsbolaget"]
TOPIC_NAMES = [
    ("Sociala investeringar", "sociala-investeringar", "fonden för sociala investeringar"),
    ("Socialinvesteringsfonden", "socialinvesteringsfonden", "socialinvesteringsfonden"),
    ("Fonden för sociala investeringar", "fonden-for-sociala-investeringar", "fonden för sociala investeringar"),
    ("Sociala investeringsmedel", "sociala-investeringsmedel", "de sociala investeringsmedlen"),
    ("Social investeringsfond", "social-investeringsfond", "den sociala investeringsfonden"),
    ("Sociala hållbarhetsmedel", "sociala-hallbarhetsmedel", "medlen för sociala investeringar"),
    ("Socialt investeringsprogram", "socialt-investeringsprogram", "det sociala investeringsprogrammet"),
]
SURNAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson"]
FIRSTNAMES = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Peter", "Eva", "Mikael"]


def _slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKD", html.unescape(text)).encode("ascii", "ignore").decode().lower().split())


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _money(rng: random.Random) -> str:
    kr = rng.choice([450_000, 800_000, 1_200_000, 1_500_000, 2_400_000, 3_100_000, 650_000, 5_000_000])
    style = rng.randrange(4)
    if style == 0:
        return f"{kr:,}".replace(",", " ") + " kr"
    if style == 1:
        return f"{kr / 1e6:.1f}".replace(".", ",").replace(",0", "") + " miljoner kronor"
    if style == 2:
        return f"{kr // 1000} tkr"
    return f"{kr / 1e6:.1f}".replace(".", ",") + " mnkr"


# ================================================================================================ the model
@dataclass
class SimPage:
    path: str                      # the path (and query) the site serves it under, as linked
    title: str
    kind: str                      # start, section, leaf, news-list, news, hub, apply, listing, project, …
    body: str = ""                 # main-content HTML
    section: str | None = None     # section slug, for sub-navigation and breadcrumbs
    project: bool = False          # ground truth: a page describing one or more projects
    status: int = 200
    ctype: str = "text/html; charset=utf-8"
    raw: bytes | None = None       # non-HTML bodies (PDF)
    in_sitemap: bool = True
    modified: str = "2024-05-14"


@dataclass
class SimSite:
    source_id: str
    kind: str                      # kommun | region | other
    name: str                      # display name, e.g. "Ale kommun"
    host: str                      # the registry host, e.g. "ale.se"
    serve_host: str                # where the site lives ("www.ale.se" when the bare host redirects)
    platform: str                  # sitevision | episerver | municipio | plain
    scenario: str
    features: dict
    pages: dict[str, SimPage] = field(default_factory=dict)       # lookup key → page
    redirects: dict[str, tuple[int, str]] = field(default_factory=dict)  # lookup key → (status, location)
    gone: set[str] = field(default_factory=set)                    # lookup keys answering 410
    nav: list[tuple[str, str]] = field(default_factory=list)       # (title, path) top menu
    subnav: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    robots: str = ""
    disallow: list[str] = field(default_factory=list)             # prefixes forbidden to socinv (ground truth)
    sitemap_urls: list[str] = field(default_factory=list)
    calendar: str | None = None     # calendar path prefix (trap)
    facets: str | None = None       # faceted listing path (trap)
    throttle: dict[int, tuple[int, int]] = field(default_factory=dict)  # request number → (status, retry-after)
    style: str = "clean"
    hexid: str = ""
    county: str = ""

    @property
    def origin(self) -> str:
        return f"https://{self.serve_host}"

    def url(self, path: str) -> str:
        return self.origin + path

    def add(self, page: SimPage) -> SimPage:
        self.pages[_key(page.path)] = page
        return page


def _key(path: str) -> str:
    """How a site looks a request up: case-insensitive path, trailing slash optional, noise params ignored."""
    parts = urlsplit(path)
    p = parts.path.lower()
    if len(p) > 1:
        p = p.rstrip("/")
    q = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in ("lang", "print")]
    return p + ("?" + urlencode(sorted(q)) if q else "")


# Cycles of scenarios and modifiers. Sources are shuffled (seeded) and the i-th source takes the i-th entry of
# every cycle, so any 24 consecutive sources cover every scenario and the coprime cycle lengths mix modifiers.
SCENARIOS = ["single", "listing", "none", "news", "pdf-only", "none", "listing-paged", "forbidden", "none",
             "hub-described", "link-only", "none", "fund-only", "none", "nearmiss", "none", "single", "none",
             "none", "listing", "nearmiss", "none", "none", "none"]
PLATFORMS = ["sitevision", "sitevision", "episerver", "sitevision", "municipio", "sitevision", "sitevision",
             "plain", "sitevision"]
WWW = ["www", "bare", "www"]
SITEMAPS = ["default", "robots-line", "index-gz", "missing", "broken-html", "broken-truncated", "stale"]
TRAPS = ["calendar", "none", "facets", "both", "none"]
DUPLICATES = ["dups", "none"]
ERRORS = ["404", "410", "none", "both"]
CHAINS = ["chain", "none", "none"]
THROTTLE = ["429", "none", "none", "none", "503", "none", "none", "none", "none", "none", "none"]
ROBOTS_EXTRA = ["none", "print", "agent-group", "none", "none", "wildcard"]
BUDGET_NEWS = ["yes", "no", "no", "no"]
JS_MENU = ["no", "no", "no", "no", "no", "no", "no", "yes"]


class SimWeb:
    """The simulated web: ``SimWeb(seed, sources)`` is a resolver for :class:`pipeline.replay.ReplayProxy`."""

    def __init__(self, seed: int = 0, sources: list | None = None, n_sources: int | None = None):
        from pipeline.sources import registry

        if sources is None:
            sources = sorted(registry().values(), key=lambda s: s.id)
            if n_sources is not None and n_sources < len(sources):
                sources = sorted(random.Random(f"pick:{seed}").sample(sources, n_sources), key=lambda s: s.id)
        self.seed = seed
        self.sources = list(sources)
        order = list(self.sources)
        random.Random(f"order:{seed}").shuffle(order)
        self.sites: dict[str, SimSite] = {}
        self.by_host: dict[str, SimSite] = {}
        for i, src in enumerate(order):
            site = build_site(src, i, seed)
            self.sites[src.id] = site
            self.by_host[site.host] = site
            self.by_host["www." + site.host] = site
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    # -- the resolver ------------------------------------------------------------------------------------------
    def __call__(self, scheme: str, host: str, path: str, headers: Mapping[str, str]) -> Reply:
        host = host.lower().rstrip(".")
        site = self.by_host.get(host)
        if site is None:
            return Reply(502, b"unknown host", {"Content-Type": "text/plain"})
        if host != site.serve_host:
            return Reply(301, b"", {"Location": f"https://{site.serve_host}{path}"})
        with self._lock:
            self._counts[host] += 1
            n = self._counts[host]
        if n in site.throttle:
            status, after = site.throttle[n]
            return Reply(status, b"<html><body><h1>Too many requests</h1></body></html>",
                         {"Content-Type": "text/html; charset=utf-8", "Retry-After": str(after)})
        reply = self._answer(site, path)
        if reply.status == 200:
            etag = '"' + hashlib.sha1(reply.body).hexdigest()[:16] + '"'
            reply.headers.setdefault("ETag", etag)
            if headers.get("If-None-Match") == etag:
                return Reply(304, b"", {"ETag": etag})
            ims = headers.get("If-Modified-Since")
            lm = reply.headers.get("Last-Modified")
            if ims and lm and not headers.get("If-None-Match"):
                try:
                    if parsedate_to_datetime(lm) <= parsedate_to_datetime(ims):
                        return Reply(304, b"", {"ETag": etag})
                except (TypeError, ValueError):
                    pass
        return reply

    def _answer(self, site: SimSite, path: str) -> Reply:
        parts = urlsplit(path)
        if parts.path == "/robots.txt":
            return _text(site.robots, "text/plain; charset=utf-8")
        sm = self._sitemap(site, parts.path)
        if sm is not None:
            return sm
        if site.platform == "municipio" and parts.path.rstrip("/") in ("/wp-json/wp/v2/pages", "/wp-json/wp/v2/posts"):
            return self._wp_search(site, parts.path, dict(parse_qsl(parts.query)).get("search", ""))
        key = _key(path)
        if key in site.redirects:
            status, loc = site.redirects[key]
            return Reply(status, b"", {"Location": loc if loc.startswith("http") else site.origin + loc})
        if key in site.gone:
            return _html(410, _render(site, SimPage(path, "Sidan är borttagen", "error",
                                                        "<p>Sidan du söker har tagits bort.</p>")))
        page = site.pages.get(key)
        if page is None and "print" in dict(parse_qsl(parts.query)):
            page = site.pages.get(_key(parts.path))
        if page is None:
            page = _dynamic(site, parts.path, parts.query)
        if page is None:
            return _html(404, _render(site, SimPage(path, "Sidan kunde inte hittas", "error",
                                                        "<p>Sidan du söker finns inte. Den kan ha flyttats.</p>")))
        if page.raw is not None:
            return Reply(200, page.raw, {"Content-Type": page.ctype, "Last-Modified": _httpdate(page.modified)})
        reply = _html(page.status, _render(site, page))
        reply.headers["Last-Modified"] = _httpdate(page.modified)
        if site.platform == "sitevision":
            reply.headers["Set-Cookie"] = f"JSESSIONID={site.hexid[:24].upper()}; Path=/; Secure; HttpOnly"
        return reply

    def _wp_search(self, site: SimSite, path: str, term: str) -> Reply:
        """WordPress's REST search: pages (or posts = news) whose title or text contains the term."""
        want = _fold(term)
        posts = path.rstrip("/").endswith("posts")
        rows = []
        for page in site.pages.values():
            if page.raw is not None or (page.kind == "news") != posts:
                continue
            if want and want in _fold(page.title + " " + re.sub(r"<[^>]+>", " ", page.body)):
                rows.append({"link": site.url(page.path), "title": {"rendered": page.title}})
        return Reply(200, json.dumps(rows, ensure_ascii=False).encode("utf-8"),
                     {"Content-Type": "application/json; charset=UTF-8"})

    def _sitemap(self, site: SimSite, path: str) -> Reply | None:
        kind = site.features["sitemap"]
        urls = site.sitemap_urls
        if kind in ("default", "stale", "broken-truncated", "broken-html", "missing"):
            if path != "/sitemap.xml":
                return None
            if kind == "missing":
                return None  # falls through to a 404 page
            if kind == "broken-html":
                return _html(200, "<html><head><title>Fel</title></head><body><h1>Något gick fel</h1>"
                                  "<p>Ett tekniskt fel uppstod.</p></body></html>")
            body = _urlset(urls)
            if kind == "broken-truncated":
                body = body[: len(body) // 3]
            return _text(body, "application/xml; charset=utf-8")
        if kind == "robots-line":
            if path == "/sitemap-pages.xml":
                return _text(_urlset(urls), "application/xml; charset=utf-8")
            return None
        if kind == "index-gz":
            half = len(urls) // 2
            if path == "/sitemapindex.xml":
                return _text(_sitemapindex([site.url("/sitemap-1.xml.gz"), site.url("/sitemap-2.xml.gz")]),
                             "application/xml; charset=utf-8")
            if path in ("/sitemap-1.xml.gz", "/sitemap-2.xml.gz"):
                chunk = urls[:half] if path == "/sitemap-1.xml.gz" else urls[half:]
                return Reply(200, gzip.compress(_urlset(chunk).encode("utf-8"), mtime=0),
                             {"Content-Type": "application/x-gzip"})
        return None

    # -- ground truth ------------------------------------------------------------------------------------------
    def truth(self) -> "Truth":
        projects, pdfs, forbidden = {}, {}, {}
        for site in self.sites.values():
            for page in site.pages.values():
                url = canonical_url(site.url(page.path))
                if _forbidden(site, page.path):
                    if page.project or page.kind == "pdf":
                        forbidden[url] = site.source_id
                    continue
                if page.project:
                    projects[url] = site.source_id
                elif page.kind == "pdf":
                    pdfs[url] = site.source_id
        return Truth(projects, pdfs, forbidden, {s.source_id: s for s in self.sites.values()})


@dataclass
class Truth:
    project_pages: dict[str, str]   # canonical URL → source id (reachable, not forbidden)
    pdfs: dict[str, str]            # project-list and report PDFs that should be archived
    forbidden: dict[str, str]       # planted project pages/PDFs under a path robots.txt forbids
    sites: dict[str, SimSite]


def _forbidden(site: SimSite, path: str) -> bool:
    return _robots_for(site).can_fetch(site.url(path), "socinv") is False


_ROBOTS_CACHE: dict[int, object] = {}


def _robots_for(site: SimSite):
    from protego import Protego

    rp = _ROBOTS_CACHE.get(id(site))
    if rp is None:
        rp = _ROBOTS_CACHE[id(site)] = Protego.parse(site.robots)
    return rp


def _httpdate(day: str) -> str:
    return formatdate(dt.datetime.fromisoformat(day + "T08:00:00+00:00").timestamp(), usegmt=True)


def _text(body: str, ctype: str) -> Reply:
    return Reply(200, body.encode("utf-8"), {"Content-Type": ctype})


def _html(status: int, body: str) -> Reply:
    return Reply(status, body.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


def _urlset(urls: list[str]) -> str:
    rows = "".join(f"<url><loc>{_esc(u)}</loc><lastmod>2024-05-14</lastmod></url>\n" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n')


def _sitemapindex(urls: list[str]) -> str:
    rows = "".join(f"<sitemap><loc>{_esc(u)}</loc></sitemap>\n" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</sitemapindex>\n')


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with the given lines (Latin-1 text in a Helvetica text object)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"({esc(line)}) '" for line in lines) + " ET"
    stream = text.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ================================================================================================ building a site
def _cycle(values: list[str], i: int) -> str:
    return values[i % len(values)]


def build_site(src, i: int, seed: int) -> SimSite:
    rng = random.Random(f"site:{seed}:{src.id}")
    host = src.domains[0].lower()
    features = {
        "www": "www" if host.startswith("www.") else _cycle(WWW, i),
        "sitemap": _cycle(SITEMAPS, i), "traps": _cycle(TRAPS, i), "duplicates": _cycle(DUPLICATES, i),
        "errors": _cycle(ERRORS, i), "chain": _cycle(CHAINS, i), "throttle": _cycle(THROTTLE, i),
        "robots_extra": _cycle(ROBOTS_EXTRA, i), "budget_news": _cycle(BUDGET_NEWS, i) == "yes",
    }
    scenario = _cycle(SCENARIOS, i)
    if scenario == "link-only":
        features["sitemap"] = "missing"
    features["js_menu"] = _cycle(JS_MENU, i) == "yes" and features["sitemap"] in ("default", "robots-line", "index-gz")
    platform = _cycle(PLATFORMS, i)
    host = host.removeprefix("www.")
    if src.kind == "kommun":
        name = f"{src.name} kommun" if not src.name.endswith(("stad", "Stad")) else src.name
    else:
        name = src.name
    site = SimSite(src.id, src.kind, name, host, ("www." + host) if features["www"] == "www" else host,
                   platform, scenario, features, hexid=_hex(rng, 64))
    site.county = (src.name if src.kind == "region" else rng.choice(["Västra Götaland", "Skåne", "Stockholm",
                                                                     "Uppsala", "Gävleborg", "Örebro"]))
    site.style = {"sitevision": rng.choice(["clean", "sv-old"]), "episerver": "slash", "municipio": "slash",
                  "plain": "html"}[platform]
    _build_furniture_pages(site, rng)
    _plant(site, rng)
    _add_traps(site, rng)
    _add_errors(site, rng)
    _finish_robots(site, rng)
    _finish_sitemap(site, rng)
    if features["throttle"] in ("429", "503"):
        status = int(features["throttle"])
        site.throttle = {4: (status, 1), 11: (status, 2)}
    return site


def _leaf_path(site: SimSite, parent: str, slug: str, rng: random.Random) -> str:
    parent = parent.rstrip("/")
    if site.style == "sv-old":
        return f"{parent}/{slug}.4.{_hex(rng, 22)}.html"
    if site.style == "slash":
        return f"{parent}/{slug}/"
    if site.style == "html":
        return f"{parent}/{slug}.html"
    return f"{parent}/{slug}"


def _section_path(site: SimSite, slug: str) -> str:
    return f"/{slug}/" if site.style in ("slash", "html") else f"/{slug}"


def _paras(rng: random.Random, topic: str, name: str, n: int = 3) -> str:
    pool = SENTENCES.get(topic) or SENTENCES["kontakt"]
    out = []
    for _ in range(n):
        k = min(len(pool), rng.randint(1, 3))
        out.append("<p>" + _esc(" ".join(s.format(name=name) for s in rng.sample(pool, k))) + "</p>")
    return "".join(out)


def _build_furniture_pages(site: SimSite, rng: random.Random) -> None:
    sections = {"kommun": KOMMUN_SECTIONS, "region": REGION_SECTIONS}.get(site.kind, OTHER_SECTIONS)
    size = rng.randint(10, 60)  # the site's ordinary pages
    n_sections = min(len(sections), max(3, size // 8))
    chosen = sections[:n_sections]
    if site.kind == "kommun" and sections[-1] not in chosen:
        chosen = chosen[:-1] + [sections[-1]]  # every municipality has "Kommun och politik"
    per_section = max(1, (size - n_sections - 8) // n_sections)
    site.add(SimPage("/", site.name, "start", "", None))
    for title, slug, subs in chosen:
        spath = _section_path(site, slug)
        site.nav.append((title, spath))
        links = []
        for stitle, sslug, topic in subs[:per_section]:
            p = _leaf_path(site, spath, sslug, rng)
            body = f"<p class='ingress'>{_esc(stitle)} i {_esc(site.name)}.</p>" + _paras(rng, topic, site.name)
            site.add(SimPage(p, stitle, "leaf", body, slug))
            links.append((stitle, p))
        site.subnav[slug] = links
        body = f"<p class='ingress'>Här hittar du information om {_esc(title.lower())}.</p>" + _link_list(links)
        site.add(SimPage(spath, title, "section", body, slug))
    # News: a paginated list (6 a page) of ordinary items.
    n_news = rng.randint(3, 14)
    news_root = "/nyheter" if site.style != "slash" else "/nyheter/"
    items = []
    for k in range(n_news):
        title, topic = NEWS[(k + rng.randrange(len(NEWS))) % len(NEWS)]
        day = (dt.date(2024, 6, 1) - dt.timedelta(days=9 * k + rng.randrange(9))).isoformat()
        p = _leaf_path(site, "/nyheter", _slug(title) + ("" if site.style == "sv-old" else f"-{k}"), rng)
        body = f"<p class='date'>Publicerad {day}</p>" + _paras(rng, topic, site.name, 2)
        site.add(SimPage(p, title, "news", body, "nyheter", modified=day))
        items.append((title, p, day))
    site.features["news_items"] = items
    site.nav.append(("Nyheter", news_root))
    # Contact and the small print.
    for title, slug, topic in (("Kontakta oss", "kontakta-oss", "kontakt"),
                               ("Om webbplatsen", "om-webbplatsen", "kontakt"),
                               ("Tillgänglighetsredogörelse", "tillganglighetsredogorelse", "kontakt"),
                               ("Kakor", "om-webbplatsen/kakor", "kontakt")):
        p = _section_path(site, slug)
        site.add(SimPage(p, title, "leaf", _paras(rng, topic, site.name, 2), None))


def _link_list(links: list[tuple[str, str]], cls: str = "link-list") -> str:
    return f"<ul class='{cls}'>" + "".join(f"<li><a href='{_esc(p)}'>{_esc(t)}</a></li>" for t, p in links) + "</ul>"


def _news_lists(site: SimSite, rng: random.Random) -> None:
    if site.features.get("budget_news"):
        _budget_news(site, rng)
    items = sorted(site.features["news_items"], key=lambda x: x[2], reverse=True)
    per = 6
    pages = max(1, -(-len(items) // per))
    root = "/nyheter/" if site.style == "slash" else "/nyheter"
    for n in range(pages):
        chunk = items[n * per:(n + 1) * per]
        body = "".join(f"<article class='news-item'><span class='date'>{d}</span> "
                       f"<h2><a href='{_esc(p)}'>{_esc(t)}</a></h2></article>" for t, p, d in chunk)
        if n + 1 < pages:
            nxt = _page_url(site, root, n + 2)
            body += f"<p class='pagination'><a class='show-more' href='{_esc(nxt)}'>Visa fler nyheter</a></p>"
        path = root if n == 0 else _page_url(site, root, n + 1)
        site.add(SimPage(path, "Nyheter" if n == 0 else f"Nyheter – sida {n + 1}", "news-list", body, "nyheter",
                         in_sitemap=n == 0))


def _page_url(site: SimSite, root: str, n: int) -> str:
    if site.platform == "municipio":
        return f"{root.rstrip('/')}/page/{n}/"
    if site.platform == "plain":
        return f"{root}?sida={n}"
    return f"{root}?page={n}"


# ---------------------------------------------------------------------------------------------- planting
def _project_body(site: SimSite, rng: random.Random, proj: tuple, style: str, heading: str = "h2") -> str:
    title, purpose, target, staff = proj
    y0 = rng.choice([2019, 2020, 2021, 2022, 2023])
    y1 = y0 + rng.choice([2, 3, 4])
    money = _money(rng)
    owner = rng.choice(OWNERS)
    partners = ", ".join(p.format(county=site.county) for p in rng.sample(PARTNERS, 2))
    ended = y1 < 2024
    status = "Avslutat" if ended else "Pågående"
    contact = f"{rng.choice(FIRSTNAMES)} {rng.choice(SURNAMES)}"
    h = heading
    if style == "brief":
        return (f"<p>{_esc(title)} har fått {money} ur {site.features['topic'][2]} för {y0}–{y1}. "
                f"Insatsen riktar sig till {_esc(target)}.</p>")
    if style == "factsheet":  # the fund is not named: only the listing it hangs under says so
        return (f"<p class='ingress'>{_esc(purpose[0].upper() + purpose[1:])}.</p>"
                f"<p><strong>Målgrupp:</strong> {_esc(target[0].upper() + target[1:])}</p>"
                f"<p><strong>Tidsperiod:</strong> {y0}–{y1}</p><p><strong>Budget:</strong> {money}</p>"
                f"<p><strong>Ansvarig:</strong> {owner}</p><p><strong>Samverkan:</strong> {_esc(partners)}</p>")
    if style == "plain-prose":  # nor here, and no labels either
        return (f"<p class='ingress'>{_esc(title)} startade {y0}.</p><p>Målet är {_esc(purpose)}. Arbetet riktar "
                f"sig till {_esc(target)} och bedrivs av {_esc(staff)}.</p>"
                f"<p>{owner} driver arbetet tillsammans med {_esc(partners)} till och med {y1}.</p>")
    if style == "labels":
        return (f"<p class='ingress'>{_esc(title)} är ett av de projekt som fått medel ur {site.features['topic'][2]}.</p>"
                f"<p><strong>Syfte:</strong> {_esc(purpose[0].upper() + purpose[1:])}.</p>"
                f"<p><strong>Målgrupp:</strong> {_esc(target[0].upper() + target[1:])}.</p>"
                f"<p><strong>Projekttid:</strong> {y0}–{y1}</p>"
                f"<p><strong>Beviljat belopp:</strong> {money}</p>"
                f"<p><strong>Ansvarig:</strong> {owner}</p>"
                f"<p><strong>Samverkansparter:</strong> {_esc(partners)}</p>"
                f"<p><strong>Status:</strong> {status}</p>")
    if style == "dl":
        return (f"<p class='ingress'>Projektet {_esc(title)} finansieras av {site.features['topic'][2]}.</p>"
                f"<dl class='facts'><dt>Syfte</dt><dd>{_esc(purpose[0].upper() + purpose[1:])}</dd>"
                f"<dt>Målgrupp</dt><dd>{_esc(target[0].upper() + target[1:])}</dd>"
                f"<dt>Tidsperiod</dt><dd>{y0}-01-01 – {y1}-12-31</dd><dt>Budget</dt><dd>{money}</dd>"
                f"<dt>Projektägare</dt><dd>{owner}</dd><dt>Bemanning</dt><dd>{_esc(staff[0].upper() + staff[1:])}</dd></dl>")
    if style == "table":
        return (f"<p>{_esc(title)} har beviljats medel ur {site.features['topic'][2]}.</p>"
                f"<table><tr><th>Syfte</th><td>{_esc(purpose)}</td></tr><tr><th>Målgrupp</th><td>{_esc(target)}</td></tr>"
                f"<tr><th>Period</th><td>{y0}–{y1}</td></tr><tr><th>Beviljat</th><td>{money}</td></tr>"
                f"<tr><th>Ansvarig nämnd</th><td>{owner}</td></tr></table>")
    if style == "headings":
        return (f"<p class='ingress'>Ett projekt inom {site.features['topic'][2]}.</p>"
                f"<{h}>Syfte</{h}><p>Syftet med projektet är {_esc(purpose)}.</p>"
                f"<{h}>Målgrupp</{h}><p>Projektet vänder sig till {_esc(target)}.</p>"
                f"<{h}>Tid och pengar</{h}><p>Projektet pågår {y0}–{y1} och har beviljats {money}.</p>"
                f"<{h}>Samverkan</{h}><p>Projektet drivs av {owner.lower()} i samverkan med {_esc(partners)}.</p>")
    # prose
    verb = "pågick" if ended else "pågår"
    return (f"<p class='ingress'>{_esc(title)} är en social investering som {verb} {y0}–{y1}.</p>"
            f"<p>Syftet är {_esc(purpose)}. Insatsen riktar sig till {_esc(target)}. I projektet arbetar "
            f"{_esc(staff)}.</p><p>{owner} har beviljats {money} ur {site.features['topic'][2]} för projektet, "
            f"som genomförs tillsammans med {_esc(partners)}.</p>"
            f"<p>Kontaktperson: {contact}, projektledare.</p>")


def _hub_intro(site: SimSite, rng: random.Random) -> str:
    t = site.features["topic"]
    total = rng.choice(["10 miljoner kronor", "25 miljoner kronor", "5 miljoner kronor", "40 miljoner kronor"])
    return (f"<p class='ingress'>Med {t[2]} vill vi förebygga utanförskap och skapa bättre förutsättningar för "
            f"barn och unga i {_esc(site.name)}.</p>"
            f"<p>Fullmäktige har avsatt {total} för sociala investeringar. En social investering är en förebyggande "
            f"insats som förväntas ge bättre resultat för individen och lägre kostnader för samhället på sikt.</p>")


def _apply_page(site: SimSite, rng: random.Random) -> str:
    t = site.features["topic"]
    return (f"<p class='ingress'>Här kan du läsa om vem som kan söka pengar ur {t[2]} och hur ansökan går till.</p>"
            "<h2>Vem kan söka?</h2><p>Nämnder och kommunala bolag kan söka medel. Föreningar kan vara "
            "samverkansparter men kan inte söka själva.</p>"
            "<h2>Vad kan man söka för?</h2><ul><li>Insatser som förebygger psykisk ohälsa bland barn och unga.</li>"
            "<li>Insatser som ökar andelen elever som fullföljer gymnasiet.</li>"
            "<li>Insatser som minskar behovet av ekonomiskt bistånd.</li></ul>"
            "<h2>Så går ansökan till</h2><p>Kontakta samordnaren och beskriv din idé. Fyll sedan i "
            "ansökningsblanketten. Ansökan behandlas av styrgruppen och beslutas av kommunstyrelsen. "
            f"Ett projekt kan beviljas högst 3 miljoner kronor. Nästa ansökningsperiod är 1 februari–15 mars {2025}.</p>")


def _plant(site: SimSite, rng: random.Random) -> None:
    sc = site.scenario
    site.features["topic"] = rng.choice(TOPIC_NAMES)
    topic_title, topic_slug, topic_fund = site.features["topic"]
    politics = "/kommun-och-politik" if site.kind == "kommun" else ("/regional-utveckling" if site.kind == "region"
                                                                      else "/samverkan")
    if site.kind == "kommun" and rng.random() < 0.4:
        # deeper: under a sub-hub that is itself reachable only from the politics section
        sub = _leaf_path(site, politics, "styrning-och-ekonomi", rng)
        site.add(SimPage(sub, "Styrning och ekonomi", "leaf", _paras(rng, "budget", site.name), "styrning"))
        site.subnav.setdefault(politics.strip("/"), []).append(("Styrning och ekonomi", sub))
        parent, parent_section, deeper = politics + "/styrning-och-ekonomi", "styrning", True
    else:
        parent, parent_section, deeper = politics, politics.strip("/"), False
    news_projects: list[tuple] = []
    if sc in ("none",):
        _news_lists(site, rng)
        return
    if sc == "nearmiss":
        p = _leaf_path(site, politics, "investeringar", rng)
        site.add(SimPage(p, "Investeringar", "leaf",
                         "<p>Kommunen investerar 120 miljoner kronor under året i nya förskolor, gator och va-ledningar."
                         " De största investeringarna är en ny skola i centrum och upprustning av simhallen.</p>"
                         "<p>Investeringsbudgeten fastställs av fullmäktige. Projekten följs upp i delårsrapporten.</p>",
                         parent_section))
        p2 = _leaf_path(site, politics, "folkhalsa-och-social-hallbarhet", rng)
        site.add(SimPage(p2, "Folkhälsa och social hållbarhet", "leaf",
                         "<p>Kommunen arbetar förebyggande för en god folkhälsa och social hållbarhet. Barn och unga "
                         "är en prioriterad grupp, och vi samverkar med regionen och civilsamhället.</p>"
                         "<p>Folkhälsorådet samordnar arbetet och följer upp det i en årlig folkhälsorapport. Arbetet mot "
                         "segregation och utanförskap bedrivs i flera satsningar, bland annat inom skolan.</p>",
                         parent_section))
        site.subnav.setdefault(parent_section, []).extend([("Investeringar", p), ("Folkhälsa och social hållbarhet", p2)])
        _news_lists(site, rng)
        return
    hub = _leaf_path(site, parent, topic_slug, rng) if site.style != "sv-old" else f"{parent}/{topic_slug}"
    hub_dir = f"{parent}/{topic_slug}"  # where the hub's children live
    pool = rng.sample(PROJECTS, 16)
    styles = ["labels", "dl", "table", "headings", "prose", "labels", "prose", "brief", "factsheet", "plain-prose"]
    links: list[tuple[str, str]] = []      # hub content links
    hub_body = _hub_intro(site, rng)
    hub_project = False
    pdf_links: list[tuple[str, str]] = []

    def detail(parent_path: str, proj: tuple, under_topic: bool = True) -> str:
        slug = _slug(proj[0])
        if under_topic:
            path = _leaf_path(site, parent_path, slug, rng)
        else:
            path = _leaf_path(site, "/projekt", slug, rng)
        body = _project_body(site, rng, proj, rng.choice(styles))
        if rng.random() < 0.5:
            pdf = _pdf_path(site, rng, f"Slutrapport {proj[0]}")
            body += f"<h2>Dokument</h2><p><a href='{_esc(pdf)}'>Slutrapport {_esc(proj[0])} (pdf, 245 kB)</a></p>"
            site.add(SimPage(pdf, f"Slutrapport {proj[0]}", "pdf", ctype="application/pdf",
                             raw=_pdf([f"Slutrapport {proj[0]}", site.name]), in_sitemap=False))
        site.add(SimPage(path, proj[0], "project", body, parent_section, project=True))
        return path

    if sc == "fund-only":
        apply = _leaf_path(site, hub_dir, "sa-soker-du-medel", rng)
        site.add(SimPage(apply, "Så söker du medel", "apply", _apply_page(site, rng), parent_section))
        links.append(("Så söker du medel", apply))
    elif sc == "single":
        d = detail(hub_dir, pool[0])
        links.append((pool[0][0], d))
        apply = _leaf_path(site, hub_dir, "ansok-om-medel", rng)
        site.add(SimPage(apply, "Ansök om medel", "apply", _apply_page(site, rng), parent_section))
        links.append(("Ansök om medel", apply))
    elif sc in ("listing", "listing-paged", "forbidden", "link-only"):
        n = {"listing": rng.randint(3, 6), "listing-paged": rng.randint(8, 14), "forbidden": 3,
             "link-only": rng.randint(2, 4)}[sc]
        listing = _leaf_path(site, hub_dir, "pagaende-projekt", rng) if site.style != "sv-old" else f"{hub_dir}/pagaende-projekt"
        listing_dir = f"{hub_dir}/pagaende-projekt"
        projs = pool[:n]
        details = [(p[0], detail(listing_dir, p, under_topic=sc != "link-only"),
                    p[1]) for p in projs]
        per = 5
        pages = max(1, -(-len(details) // per))
        for k in range(pages):
            chunk = details[k * per:(k + 1) * per]
            body = (f"<p class='ingress'>Här är de projekt som just nu får pengar ur {topic_fund}.</p>" if k == 0 else "")
            body += _cards(site, [(t, _dup_variant(site, rng, p), f"Projektet ska {purpose}.") for t, p, purpose in chunk])
            if k + 1 < pages:
                body += (f"<p class='pagination'><a href='{_esc(_page_url(site, listing, k + 2))}'>Visa fler</a> "
                         + " ".join(f"<a href='{_esc(_page_url(site, listing, j + 1) if j else listing)}'>{j + 1}</a>"
                                    for j in range(pages)) + "</p>")
            path = listing if k == 0 else _page_url(site, listing, k + 1)
            site.add(SimPage(path, "Pågående projekt" if k == 0 else f"Pågående projekt – sida {k + 1}", "listing",
                             body, parent_section, in_sitemap=k == 0))
        links.append(("Pågående projekt", listing))
        if sc == "forbidden":
            archive_path = _leaf_path(site, f"/arkiv/{topic_slug}", _slug(pool[n][0]), rng)
            site.add(SimPage(archive_path, pool[n][0], "project",
                             _project_body(site, rng, pool[n], rng.choice(styles)), parent_section, project=True))
            links.append((f"Avslutat projekt: {pool[n][0]}", archive_path))
            site.features["forbidden_prefix"] = "/arkiv/"
    elif sc == "hub-described":
        hub_project = True
        hub_body += "<h2>Pågående satsningar</h2>"
        for proj in pool[:rng.randint(2, 4)]:
            hub_body += f"<h3>{_esc(proj[0])}</h3>" + _project_body(site, rng, proj, rng.choice(["labels", "prose"]))
    elif sc == "pdf-only":
        pdf = _pdf_path(site, rng, f"Beviljade sociala investeringar {2023}")
        lines = [f"Beviljade sociala investeringar 2023 – {site.name}"] + [
            f"{p[0]}: {_money(rng)}, {p[2]}" for p in pool[:5]]
        site.add(SimPage(pdf, "Beviljade sociala investeringar 2023", "pdf", ctype="application/pdf",
                         raw=_pdf(lines), in_sitemap=False))
        pdf_links.append(("Beviljade sociala investeringar 2023 (pdf, 120 kB)", pdf))
        hub_body += "<p>En förteckning över de projekt som beviljats medel finns i dokumentet nedan.</p>"
    elif sc == "news":
        for proj in pool[:rng.randint(1, 3)]:
            news_projects.append(proj)
    # the fund's governing document, a PDF on every topical hub
    if sc not in ("news",):
        rules = _pdf_path(site, rng, "Riktlinjer för sociala investeringar")
        site.add(SimPage(rules, "Riktlinjer för sociala investeringar", "pdf", ctype="application/pdf",
                         raw=_pdf(["Riktlinjer för sociala investeringar", site.name]), in_sitemap=False))
        pdf_links.append(("Riktlinjer för sociala investeringar (pdf, 210 kB)", rules))
    if sc != "news":
        body = hub_body + (_link_list(links) if links else "") + _file_list(site, pdf_links)
        site.add(SimPage(hub, topic_title, "hub", body, parent_section, project=hub_project))
        site.subnav.setdefault(parent_section, []).append((topic_title, hub))
        site.features["hub"] = hub
        # a short old URL that still works, through a chain of redirects
        if site.features["chain"] == "chain":
            short = "/" + topic_slug.replace("-", "")
            mid = "/gamla-sidor" + short
            site.redirects[_key(short)] = (301, mid)
            site.redirects[_key(mid)] = (302, hub)
            site.features["hub_link"] = short
        if not deeper and rng.random() < 0.5:
            site.features["footer_topic"] = True  # a footer link to the hub on every page
    else:
        for proj in news_projects:
            day = (dt.date(2024, 5, 20) - dt.timedelta(days=rng.randrange(300))).isoformat()
            title = rng.choice([f"{_money(rng).capitalize()} ur {topic_fund} till {proj[0].lower()}",
                                f"Sociala investeringar: {proj[0]} får förlängt",
                                f"Nytt projekt inom sociala investeringar – {proj[0].lower()}"])
            p = _leaf_path(site, "/nyheter", _slug(title)[:60], rng)
            body = f"<p class='date'>Publicerad {day}</p>" + _project_body(site, rng, proj, "prose")
            site.add(SimPage(p, title, "news", body, "nyheter", project=True, modified=day))
            site.features["news_items"].append((title, p, day))
    _news_lists(site, rng)


def _budget_news(site: SimSite, rng: random.Random) -> None:
    """A hard negative: news that names the fund, with money and years, but describes no project."""
    fund = rng.choice(TOPIC_NAMES)[2]
    day = (dt.date(2024, 6, 1) - dt.timedelta(days=rng.randrange(200))).isoformat()
    title = rng.choice(["Budget 2025: satsningar på skola och omsorg", "Fullmäktige har antagit budgeten",
                        "Årsredovisningen visar överskott"])
    body = (f"<p class='date'>Publicerad {day}</p><p class='ingress'>Kommunfullmäktige har fastställt budgeten "
            f"för 2025–2027.</p><p>Skolan får 14 miljoner kronor mer än i år och äldreomsorgen 9 miljoner kronor. "
            f"Dessutom avsätts 5 miljoner kronor per år till {fund}. Nämnderna kan ansöka om medel under "
            f"hösten.</p><p>Investeringsbudgeten omfattar 310 miljoner kronor, bland annat till en ny skola.</p>")
    p = _leaf_path(site, "/nyheter", _slug(title), rng)
    site.add(SimPage(p, title, "news", body, "nyheter", modified=day))
    site.features["news_items"].append((title, p, day))


def _dup_variant(site: SimSite, rng: random.Random, path: str) -> str:
    """A link to a page under another URL of the same page, as CMSs and editors produce them."""
    if site.features["duplicates"] != "dups":
        return path
    k = rng.randrange(4)
    if k == 0:
        return path + ("&" if "?" in path else "?") + "lang=sv"
    if k == 1:
        return path + "?print=1"
    if k == 2:
        return path.replace("/kommun-och-politik", "/Kommun-och-Politik").replace("/pagaende-projekt", "/Pagaende-Projekt")
    return path[:-1] if path.endswith("/") else (path + "/" if not path.endswith(".html") else path)


def _cards(site: SimSite, items: list[tuple[str, str, str]]) -> str:
    if site.platform == "municipio":
        return "".join(f"<div class='c-card'><h3 class='c-card__title'><a href='{_esc(p)}'>{_esc(t)}</a></h3>"
                       f"<div class='c-card__body'>{_esc(s)}</div></div>" for t, p, s in items)
    return "<ul class='project-list'>" + "".join(
        f"<li><a href='{_esc(p)}'>{_esc(t)}</a><br><span>{_esc(s)}</span></li>" for t, p, s in items) + "</ul>"


def _pdf_path(site: SimSite, rng: random.Random, title: str) -> str:
    name = quote(title) + ".pdf"
    if site.platform == "sitevision":
        return f"/download/18.{_hex(rng, 22)}/{1_700_000_000_000 + rng.randrange(10**9)}/{name}"
    if site.platform == "episerver":
        return f"/globalassets/dokument/{_slug(title)}.pdf"
    if site.platform == "municipio":
        return f"/wp-content/uploads/2023/{rng.randint(1, 12):02d}/{_slug(title)}.pdf"
    return f"/filer/{_slug(title)}.pdf"


def _file_list(site: SimSite, links: list[tuple[str, str]]) -> str:
    if not links:
        return ""
    if site.platform == "sitevision":
        return "<div class='sv-file-portlet sv-portlet'><ul>" + "".join(
            f"<li><div class='sv-file-portlet-file'><a href='{_esc(p)}' rel='external'>{_esc(t)}</a>"
            f"<span class='env-assistive-text'> Pdf, öppnas i nytt fönster.</span></div></li>" for t, p in links) + "</ul></div>"
    return "<h2>Dokument</h2>" + _link_list(links, "documents")


# ---------------------------------------------------------------------------------------------- traps, errors
def _add_traps(site: SimSite, rng: random.Random) -> None:
    traps = site.features["traps"]
    if traps in ("calendar", "both"):
        site.calendar = rng.choice(["/kalender", "/uppleva-och-gora/evenemangskalender", "/pa-gang", "/kalendarium"])
        site.nav.append(("Evenemang", site.calendar + "?manad=2024-06"))
    if traps in ("facets", "both"):
        site.facets = "/nyheter/arkiv"
        site.subnav.setdefault("nyheter", []).append(("Nyhetsarkiv", site.facets))


_CAL_RX = re.compile(r"^(\d{4})-(\d{2})$")
_FACETS = {"kategori": ["skola", "omsorg", "trafik", "kultur", "politik"], "ar": ["2021", "2022", "2023", "2024"],
           "omrade": ["centrum", "norr", "soder"], "sortering": ["senaste", "aldsta", "a-o"]}


def _dynamic(site: SimSite, path: str, query: str) -> SimPage | None:
    """Endless pages: a calendar with "next month" links, a faceted archive with every filter combination."""
    q = dict(parse_qsl(query))
    if site.calendar and path.rstrip("/").lower() == site.calendar:
        m = _CAL_RX.match(q.get("manad", "2024-06"))
        if not m:
            return None
        y, mo = int(m.group(1)), int(m.group(2))
        prev = f"{y - (mo == 1)}-{(mo - 2) % 12 + 1:02d}"
        nxt = f"{y + (mo == 12)}-{mo % 12 + 1:02d}"
        events = "".join(f"<li>{y}-{mo:02d}-{d:02d} <a href='{site.calendar}/evenemang-{y}{mo:02d}{d:02d}'>"
                         f"Sagostund på biblioteket</a></li>" for d in (3, 12, 21))
        body = (f"<h2>{y}-{mo:02d}</h2><ul class='events'>{events}</ul>"
                f"<p><a href='{site.calendar}?manad={prev}'>Föregående månad</a> "
                f"<a href='{site.calendar}?manad={nxt}'>Nästa månad</a></p>")
        return SimPage(f"{path}?{query}", f"Evenemang {y}-{mo:02d}", "calendar", body, None)
    if site.calendar and path.lower().startswith(site.calendar + "/evenemang-"):
        return SimPage(path, "Sagostund på biblioteket", "event",
                       "<p>Sagostund för barn 3–6 år. Fri entré.</p>", None)
    if site.facets and path.rstrip("/").lower() == site.facets:
        chosen = {k: v for k, v in q.items() if k in _FACETS}
        links = []
        for k, values in _FACETS.items():
            for v in values:
                nq = dict(chosen, **{k: v})
                links.append((f"{k}: {v}", f"{site.facets}?{urlencode(sorted(nq.items()))}"))
        items = "".join(f"<li><a href='{_esc(p)}'>{_esc(t)}</a></li>" for t, p, _ in site.features["news_items"][:4])
        body = ("<form class='filters'>" + "".join(f"<a class='facet' href='{_esc(p)}'>{_esc(t)}</a> " for t, p in links)
                + f"</form><ul>{items}</ul>")
        return SimPage(f"{path}?{query}", "Nyhetsarkiv", "facets", body, "nyheter")
    return None


def _add_errors(site: SimSite, rng: random.Random) -> None:
    e = site.features["errors"]
    if e in ("404", "both"):
        site.features["broken_link"] = _leaf_path(site, "/omsorg-och-stod", "gammal-sida-som-flyttats", rng)
    if e in ("410", "both"):
        gone = _leaf_path(site, "/kommun-och-politik", "borttagen-sida", rng)
        site.gone.add(_key(gone))
        site.features["gone"] = gone


def _finish_robots(site: SimSite, rng: random.Random) -> None:
    lines = ["User-agent: *"]
    dis = {"sitevision": ["/sok/", "/sitevision/proxy/"], "episerver": ["/find/", "/util/", "/episerver/"],
           "municipio": ["/wp-admin/"], "plain": ["/cgi-bin/", "/sok/"]}[site.platform]
    if site.features.get("forbidden_prefix"):
        dis = dis + [site.features["forbidden_prefix"]]
    extra = site.features["robots_extra"]
    if extra == "print":
        dis = dis + ["/*?print="]
    if extra == "wildcard":
        dis = dis + ["/*?sortering="]
    lines += [f"Disallow: {d}" for d in dis]
    if site.platform == "municipio":
        lines.append("Allow: /wp-admin/admin-ajax.php")
    if extra == "agent-group":
        lines += ["", "User-agent: socinv"] + [f"Disallow: {d}" for d in dis] + ["Disallow: /intern/"]
        p = _leaf_path(site, "/intern", "sociala-investeringar-arbetsmaterial", rng)
        site.add(SimPage(p, "Sociala investeringar – arbetsmaterial", "leaf",
                         "<p>Internt arbetsmaterial.</p>", None, in_sitemap=True))
        site.features["intern"] = p
    if site.features["sitemap"] == "robots-line":
        lines += ["", f"Sitemap: {site.url('/sitemap-pages.xml')}"]
    elif site.features["sitemap"] == "index-gz":
        lines += ["", f"Sitemap: {site.url('/sitemapindex.xml')}"]
    site.robots = "\n".join(lines) + "\n"


def _finish_sitemap(site: SimSite, rng: random.Random) -> None:
    urls = []
    topical_kinds = ("hub", "listing", "project", "apply")
    for page in site.pages.values():
        if not page.in_sitemap or page.raw is not None:
            continue
        if site.features["sitemap"] == "stale" and page.kind in topical_kinds:
            continue
        urls.append(site.url(page.path))
    if site.features.get("gone"):
        urls.append(site.url(site.features["gone"]))
    rng.shuffle(urls)
    # the topical pages come last, so a truncated sitemap loses them
    urls.sort(key=lambda u: any(w in u for w in ("social", "projekt", "arkiv")))
    site.sitemap_urls = urls


# ================================================================================================ rendering
def _render(site: SimSite, page: SimPage) -> str:
    """The whole HTML page: the platform's furniture around the page's main content."""
    rng = random.Random(f"render:{site.source_id}:{page.path}")
    title = page.title
    body = page.body
    if page.kind == "start":
        news = sorted(site.features["news_items"], key=lambda x: x[2], reverse=True)[:3]
        body = (f"<p class='ingress'>Välkommen till {_esc(site.name)}.</p>"
                + ("" if site.features.get("js_menu") else "<h2>Genvägar</h2>" + _link_list(site.nav[:6], "shortcuts"))
                + "<h2>Aktuellt</h2>" + _link_list([(t, p) for t, p, _ in news], "news")
                + f"<p><a href='{'/nyheter/' if site.style == 'slash' else '/nyheter'}'>Alla nyheter</a></p>")
        if site.features.get("broken_link"):
            body += f"<p><a href='{_esc(site.features['broken_link'])}'>Tyck till om kommunens service</a></p>"
    if page.kind == "section" and page.section == ("kommun-och-politik" if site.kind == "kommun" else
                                                   ("regional-utveckling" if site.kind == "region" else "samverkan")):
        if site.features.get("gone"):
            body += f"<p><a href='{_esc(site.features['gone'])}'>Om kommunens vision 2020</a></p>"
        if site.features.get("intern"):
            body += f"<p><a href='{_esc(site.features['intern'])}'>Arbetsmaterial</a></p>"
    subnav = site.subnav.get(page.section or "", [])
    hub_link = site.features.get("hub_link")
    if hub_link and subnav:
        subnav = [(t, hub_link if p == site.features.get("hub") else p) for t, p in subnav]
    nav = site.nav
    if site.features.get("js_menu"):
        # the menu is built by a script from JSON: no links for a crawler that does not run JavaScript
        body += ("<script>window.__MENU__ = " + json.dumps([{"title": t, "href": p} for t, p in nav]) + ";</script>")
        nav, subnav = [], []
    footer_links = [("Kontakta oss", _section_path(site, "kontakta-oss")),
                    ("Om webbplatsen", _section_path(site, "om-webbplatsen")),
                    ("Tillgänglighetsredogörelse", _section_path(site, "tillganglighetsredogorelse")),
                    ("Kakor", _section_path(site, "om-webbplatsen/kakor"))]
    if site.features.get("footer_topic") and site.features.get("hub"):
        footer_links.append((site.features["topic"][0], site.features.get("hub_link") or site.features["hub"]))
    social = [("Facebook", "https://www.facebook.com/" + site.host.split(".")[0]),
              ("Instagram", "https://www.instagram.com/" + site.host.split(".")[0])]
    print_link = (page.path + ("&" if "?" in page.path else "?") + "print=1") if site.features["duplicates"] == "dups" else None
    updated = f"Senast uppdaterad: {page.modified} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
    crumbs = [("Startsida", "/")]
    if page.section:
        sec = next(((t, p) for t, p in nav if p.strip("/").split("?")[0] == page.section), None)
        if sec:
            crumbs.append(sec)
    crumbs.append((title, page.path))
    return {"sitevision": _sv, "episerver": _epi, "municipio": _wp, "plain": _plain}[site.platform](
        site, page, title, body, nav, subnav, footer_links, social, print_link, updated, crumbs, rng)


def _a(p: str, t: str, cls: str = "") -> str:
    c = f" class='{cls}'" if cls else ""
    return f"<a href='{_esc(p)}'{c}>{_esc(t)}</a>"


def _sv(site, page, title, body, nav, subnav, footer, social, print_link, updated, crumbs, rng) -> str:
    h = site.hexid
    hid = "h-" + re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode())
    menu = "".join(f"<li class='mega-menu__item'>{_a(p, t)}</li>" for t, p in nav)
    side = "".join(f"<li>{_a(p, t)}</li>" for t, p in subnav)
    tools = f"<a class='rs_href' rel='nofollow' href='https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=4711'>Lyssna</a>"
    if print_link:
        tools += " " + _a(print_link, "Skriv ut")
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sidmall"><head><meta charset="utf-8">
<title>{_esc(title)} - {_esc(site.name)}</title>
<link rel="canonical" href="{_esc(site.url(page.path.split('?')[0]) if page.kind not in ('calendar', 'facets') else site.url(page.path))}">
<link rel="stylesheet" href="/sitevision/system-resource/{h}/css/portlets.css">
<link rel="stylesheet" href="/sitevision/system-resource/{h}/envision/envision.css">
<script>window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '4.{h[:22]}', siteId: '2.{h[22:44]}'}};</script>
<script src="/sitevision/system-resource/{h}/js/webAppExternals/react_17_0.js"></script>
</head><body class="sv-responsive">
<div class="sv-layout sv-template-layout" id="svid10_{h[:21]}">
<div class="cookie-banner" role="dialog"><p>Vi använder kakor för att webbplatsen ska fungera. {_a(footer[3][1], "Läs mer om kakor")}</p><button>Jag förstår</button></div>
<div class="ie-banner">Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis Internet Explorer 11.</div>
<header class="sv-layout site-header" id="svid10_{h[1:22]}">
<a href="/" class="site-header__home"><img src="/images/18.{h[:22]}/logotyp.svg" alt="{_esc(site.name)}, till startsidan"></a>
<div class="tools">{tools}</div>
<form class="site-search" action="/sok/" method="get"><input name="query" type="search"><button>Sök</button></form>
<nav class="sv-layout mega-menu" aria-label="Huvudmeny"><ul>{menu}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Brödsmulor">{" / ".join(_a(p, t) for t, p in crumbs)}</nav>
<div class="sv-layout pagecontent sv-column-8" id="svid94_{h[2:23]}"><main id="content">
<div id="Rubrik"></div><div class="sv-text-portlet sv-use-margins" id="svid12_{h[3:24]}"><div class="sv-text-portlet-content"><h1 class="heading" id="{hid}">{_esc(title)}</h1></div></div>
<div id="Text1"></div><div class="sv-text-portlet sv-use-margins" id="svid12_{h[4:25]}"><div class="sv-text-portlet-content">{body}</div></div>
<div class="sv-text-portlet"><p class="normal updated">{updated}</p></div>
<div class="feedback"><p>Hjälpte informationen på sidan dig?</p><button>Ja</button><button>Nej</button></div>
</main></div>
<aside class="sv-layout subnav sv-column-4"><ul>{side}</ul></aside>
<footer class="sv-layout site-footer"><p>{_esc(site.name)}, 123 45 Kommunstad. Telefon 0123-45 67 89.</p>
<ul>{"".join(f"<li>{_a(p, t)}</li>" for t, p in footer + social)}</ul></footer>
</div></body></html>"""


def _epi(site, page, title, body, nav, subnav, footer, social, print_link, updated, crumbs, rng) -> str:
    menu = "".join(f"<li>{_a(p, t)}</li>" for t, p in nav)
    side = "".join(f"<li>{_a(p, t)}</li>" for t, p in subnav)
    pr = f"<a class='print' href='{_esc(print_link)}'>Skriv ut</a>" if print_link else ""
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_esc(title)} | {_esc(site.name)}</title>
<link rel="stylesheet" href="/Static/dist/css/main.min.css?v=3.2.1">
<script>var epi = epi || {{}}; epi.contentId = "{rng.randint(1000, 99999)}";</script>
</head><body class="page">
<div id="cookie-consent">Vi använder kakor (cookies). <a href="{_esc(footer[3][1])}">Mer om kakor</a></div>
<header class="header"><a class="logo" href="/"><img src="/globalassets/bilder/logotyp.png" alt="{_esc(site.name)}"></a>
<form action="/find/" method="get"><input name="q"></form>
<nav class="main-nav"><ul>{menu}</ul></nav></header>
<ol class="breadcrumb">{"".join(f"<li>{_a(p, t)}</li>" for t, p in crumbs)}</ol>
<main id="main-content" class="main"><article>
<h1>{_esc(title)}</h1>{pr}
<div class="content-area" data-epi-contentarea="true" data-epi-property-name="MainBody">{body}</div>
<p class="last-updated">{updated}</p></article>
<aside class="related" data-epi-property-name="RelatedLinks"><h2>Relaterat</h2><ul>{side}</ul></aside></main>
<footer class="footer"><div class="footer__contact">{_esc(site.name)} · Växel 0123-45 67 89</div>
<ul>{"".join(f"<li>{_a(p, t)}</li>" for t, p in footer + social)}</ul></footer>
</body></html>"""


def _wp(site, page, title, body, nav, subnav, footer, social, print_link, updated, crumbs, rng) -> str:
    menu = "".join(f"<li class='c-nav__item'>{_a(p, t, 'c-nav__link')}</li>" for t, p in nav)
    side = "".join(f"<li>{_a(p, t)}</li>" for t, p in subnav)
    pr = f"<a class='c-button' href='{_esc(print_link)}'>Skriv ut</a>" if print_link else ""
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><title>{_esc(title)} – {_esc(site.name)}</title>
<link rel="canonical" href="{_esc(site.url(page.path.split('?')[0]))}">
<link rel="stylesheet" href="/wp-content/themes/municipio/assets/dist/css/app.css?ver=5.2.0">
<link rel="https://api.w.org/" href="{_esc(site.url('/wp-json/'))}">
</head><body class="page-template-default page">
<div class="c-cookie-consent">Vi använder kakor. <a href="{_esc(footer[3][1])}">Läs mer</a></div>
<header class="c-header"><a class="c-brand" href="/">{_esc(site.name)}</a>
<form action="/" class="c-search"><input name="s"></form>
<nav class="c-nav"><ul>{menu}</ul></nav></header>
<nav class="c-breadcrumb">{" › ".join(_a(p, t) for t, p in crumbs)}</nav>
<main id="main-content" class="o-container"><article class="c-article">
<h1 class="c-typography">{_esc(title)}</h1>{pr}{body}
<p class="u-margin__top--4">{updated}</p></article></main>
<aside class="o-grid sidebar"><ul>{side}</ul></aside>
<footer class="c-footer"><ul>{"".join(f"<li>{_a(p, t)}</li>" for t, p in footer + social)}</ul></footer>
</body></html>"""


def _plain(site, page, title, body, nav, subnav, footer, social, print_link, updated, crumbs, rng) -> str:
    menu = " | ".join(_a(p, t) for t, p in nav)
    side = "<br>".join(_a(p, t) for t, p in subnav)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_esc(site.name)} - {_esc(title)}</title></head>
<body><div id="top"><a href="/">{_esc(site.name)}</a></div>
<div id="menu">{menu}</div>
<table width="100%"><tr><td id="left" valign="top">{side}</td>
<td id="content" valign="top"><h1>{_esc(title)}</h1>{body}<p><small>{updated}</small></p></td></tr></table>
<div id="bottom">{" | ".join(_a(p, t) for t, p in footer)}</div>
</body></html>"""


# ================================================================================================ measuring
def request_rates(requests: list[dict], key: str = "host") -> dict:
    """Highest number of requests to one host in any 1-second window, and the smallest gap between two."""
    by: dict[str, list[float]] = defaultdict(list)
    for r in requests:
        k = r["host"] if key == "host" else r["host"].removeprefix("www.")
        by[k].append(r["t"])
    max_rate, max_host, min_gap, gap_host = 0, None, None, None
    for h, ts in by.items():
        ts.sort()
        j = 0
        for i in range(len(ts)):
            while ts[i] - ts[j] >= 1.0:
                j += 1
            if i - j + 1 > max_rate:
                max_rate, max_host = i - j + 1, h
        for a, b in zip(ts, ts[1:]):
            if min_gap is None or b - a < min_gap:
                min_gap, gap_host = b - a, h
    return {"max_requests_per_second": max_rate, "max_rate_host": max_host,
            "min_gap_seconds": round(min_gap, 4) if min_gap is not None else None, "min_gap_host": gap_host}


def retry_after_violations(requests: list[dict], tolerance: float = 0.05) -> int:
    """Requests that came sooner after a 429/503 with Retry-After than the server asked for."""
    by: dict[str, list[dict]] = defaultdict(list)
    for r in requests:
        by[r["host"]].append(r)
    bad = 0
    for rows in by.values():
        rows.sort(key=lambda r: r["t"])
        for a, b in zip(rows, rows[1:]):
            wait = _seconds(a.get("retry_after"))
            if a["status"] in (429, 503) and wait:
                if b["t"] - a["t"] < wait - tolerance:
                    bad += 1
    return bad


def _seconds(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def forbidden_requests(web: SimWeb, requests: list[dict]) -> list[str]:
    out = []
    for r in requests:
        site = web.by_host.get(r["host"])
        if site is None or r["path"] == "/robots.txt":
            continue
        if _robots_for(site).can_fetch(f"https://{r['host']}{r['path']}", "socinv") is False:
            out.append(f"https://{r['host']}{r['path']}")
    return out


def score(web: SimWeb, crawl_dir: Path, requests: list[dict]) -> dict:
    from pipeline.archive import iter_manifest

    truth = web.truth()
    candidates: dict[str, str] = {}
    pdfs, platforms, pages = set(), defaultdict(Counter), 0
    page_keys: Counter[str] = Counter()
    for e in iter_manifest(crawl_dir):
        if e.get("kind") == "page":
            pages += 1
            page_keys[canonical_url(e["final_url"])] += 1
            platforms[e.get("source", "")][e.get("platform")] += 1
            if e.get("candidate"):
                candidates[canonical_url(e["final_url"])] = e.get("source", "")
        elif e.get("kind") == "pdf":
            pdfs.add(canonical_url(e["final_url"]))
    planted = set(truth.project_pages)
    found = set(candidates)
    tp = planted & found
    plat_ok = sum(1 for sid, site in web.sites.items()
                  if platforms[sid] and platforms[sid].most_common(1)[0][0] ==
                  {"municipio": "wordpress", "plain": "other"}.get(site.platform, site.platform))
    plat_n = sum(1 for sid in web.sites if platforms[sid])
    per_host = request_rates(requests, "host")
    per_site = request_rates(requests, "site")
    forb = forbidden_requests(web, requests)
    return {
        "sources": len(web.sites),
        "planted_project_pages": len(planted),
        "candidate_pages": len(found),
        "recall": round(len(tp) / len(planted), 4) if planted else 1.0,
        "precision": round(len(tp) / len(found), 4) if found else 1.0,
        "missed": sorted(planted - found),
        "false_positives": sorted(found - planted),
        "pdf_recall": round(len(set(truth.pdfs) & pdfs) / len(truth.pdfs), 4) if truth.pdfs else 1.0,
        "missed_pdfs": sorted(set(truth.pdfs) - pdfs),
        "forbidden_requests": len(forb),
        "forbidden_urls": forb[:20],
        "max_requests_per_second_per_host": per_host["max_requests_per_second"],
        "max_rate_host": per_host["max_rate_host"],
        "min_gap_seconds_per_host": per_host["min_gap_seconds"],
        "min_gap_host": per_host["min_gap_host"],
        "min_gap_seconds_per_site": per_site["min_gap_seconds"],
        "retry_after_violations": retry_after_violations(requests),
        "platform_accuracy": round(plat_ok / plat_n, 4) if plat_n else None,
        "pages_fetched": pages,
        "duplicate_pages": sum(n - 1 for n in page_keys.values()),
        "requests": len(requests),
    }


def measure(n_sources: int | None = None, seed: int = 0, delay: float = 0.0, crawl_dir: Path | None = None,
            extra_settings: dict | None = None, timeout: float | None = None) -> dict:
    """Build the simulated web, crawl it with the real discovery spider through the replay proxy, and score it.

    ``delay`` is the per-host download delay (0 for a fast functional measure; 1.0 is the production
    politeness). Returns recall, precision, forbidden_requests, max_requests_per_second_per_host,
    min_gap_seconds_per_host, pages_fetched, requests, seconds and more.
    """
    import tempfile

    from pipeline.crawl import run_crawl
    from pipeline.replay import ReplayProxy

    web = SimWeb(seed, n_sources=n_sources)
    sources = [s.to_spider() for s in web.sources]
    # A delay of exactly 0 makes Scrapy 2.19 hand a slot's whole queue to the downloader at once (it schedules
    # each download as an asyncio task, so the slot's concurrency limit is checked before any of them has
    # started): one request at a time per host then needs a delay above 0; 1 ms is "no delay" in practice.
    settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": max(delay, 0.001),
                "AUTOTHROTTLE_ENABLED": delay > 0,
                "AUTOTHROTTLE_START_DELAY": max(delay, 0.01), "CONCURRENT_REQUESTS": 64}
    settings.update(extra_settings or {})
    tmp = None
    if crawl_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="simweb-")
        crawl_dir = Path(tmp.name) / "crawl"
    t0 = time.monotonic()
    with ReplayProxy(web) as proxy:
        result = run_crawl(sources, crawl_dir, proxy=proxy, polite=True, extra_settings=settings, timeout=timeout)
        requests = proxy.requests
    seconds = time.monotonic() - t0
    out = score(web, crawl_dir, requests)
    out.update({"seconds": round(seconds, 1), "delay": delay, "seed": seed, "returncode": result.returncode,
                "crawl_dir": str(crawl_dir) if tmp is None else None})
    if result.returncode != 0:
        out["log_tail"] = result.log_tail
    if tmp is not None:
        tmp.cleanup()
    return out


def print_report(result: dict, file=None) -> None:
    """A readable table of the figures, then the whole result as one JSON line."""
    import sys

    out = file or sys.stdout
    rows = [
        ("sources", result.get("sources")), ("planted project pages", result.get("planted_project_pages")),
        ("candidate pages", result.get("candidate_pages")), ("recall", result.get("recall")),
        ("precision", result.get("precision")), ("pdf recall", result.get("pdf_recall")),
        ("requests to forbidden paths", result.get("forbidden_requests")),
        ("max requests/s on one host", result.get("max_requests_per_second_per_host")),
        ("min gap between requests to one host (s)", result.get("min_gap_seconds_per_host")),
        ("min gap between requests to one site (s)", result.get("min_gap_seconds_per_site")),
        ("Retry-After violations", result.get("retry_after_violations")),
        ("platform detected correctly", result.get("platform_accuracy")),
        ("pages fetched", result.get("pages_fetched")), ("pages archived twice", result.get("duplicate_pages")),
        ("requests", result.get("requests")),
        ("seconds", result.get("seconds")), ("download delay (s)", result.get("delay")),
    ]
    width = max(len(k) for k, _ in rows)
    print("simulated national web — discovery measured against the planted ground truth", file=out)
    for k, v in rows:
        print(f"  {k:<{width}}  {v}", file=out)
    for label, key in (("missed", "missed"), ("false positives", "false_positives"), ("missed pdfs", "missed_pdfs")):
        items = result.get(key) or []
        if items:
            print(f"  {label} ({len(items)}): " + ", ".join(items[:8]) + (" …" if len(items) > 8 else ""), file=out)
    print(json.dumps({k: v for k, v in result.items() if k not in ("log_tail",)}, ensure_ascii=False), file=out)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m pipeline.simweb", description=__doc__.split("\n")[0])
    ap.add_argument("--measure", action="store_true", help="build, crawl and score the simulated web")
    ap.add_argument("--sources", type=int, default=None, help="number of sources (default: all in the registry)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--delay", type=float, default=0.0, help="per-host download delay in seconds (1.0 = polite)")
    ap.add_argument("--crawl-dir", type=Path, default=None, help="keep the crawl here")
    args = ap.parse_args(argv)
    if not args.measure:
        web = SimWeb(args.seed, n_sources=args.sources)
        t = web.truth()
        print(json.dumps({"sources": len(web.sites), "project_pages": len(t.project_pages), "pdfs": len(t.pdfs),
                          "forbidden": len(t.forbidden),
                          "scenarios": Counter(s.scenario for s in web.sites.values()),
                          "platforms": Counter(s.platform for s in web.sites.values())}, ensure_ascii=False))
        return 0
    result = measure(args.sources, args.seed, args.delay, crawl_dir=args.crawl_dir)
    print_report(result)
    return 0 if result.get("returncode") == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
