"""Region Jämtland Härjedalen (länskod 23): Next.js 15 App Router, static export with trailingSlash, Payload CMS 3."""
import html
import json
import re

from make_common import write, sitemap

H = 'www.regionjh.se'
RU = '/regional-utveckling/'
SH = RU + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringar/'
LIST = FUND + 'beviljade-projekt/'
LIST2 = LIST + 'sida/2/'
DOCS = FUND + 'dokument/'
P1 = LIST + 'tidig-samverkan-bracke/'
P2 = LIST + 'unga-till-arbete-berg/'
P3 = '/kultur/barn-och-unga/skapande-lov/'
P4 = '/dokument/projektbeskrivningar/run-2025-118/'
P5 = '/halsa-och-vard/ungdomsmottagning/ungdomsmottagning-pa-vag/'
DEAD = LIST + 'trygg-skolvag-ostersund/'
PROT = '/politik/protokoll/run-2025-03-12/'
NEWS = {
    'vacc': '/nyheter/2025/nu-startar-vaccinationen-mot-influensa-och-covid-19/',
    'call': '/nyheter/2025/sok-regionala-medel-for-sociala-investeringar-2026/',
    'buss': '/nyheter/2025/nya-tidtabeller-for-lansbussarna/',
    'lov': '/nyheter/2025/fullt-i-verkstaderna-under-sommarlovet/',
    'beslut': '/nyheter/2025/13-miljoner-till-forebyggande-insatser-i-lanet/',
}
EVENT = '/evenemang/lanstraff-sociala-investeringar-2025/'
JOBS = '/om-regionen/jobba-hos-oss/'
JOB = JOBS + 'utvecklingsledare-sociala-investeringar/'
CAL = '/evenemang/kalender/2025/11/'

CUR = ' aria-current="page"'
MENU = [('/halsa-och-vard/', 'Hälsa och vård'), (RU, 'Regional utveckling'), ('/kultur/', 'Kultur'),
        ('/kollektivtrafik/', 'Kollektivtrafik'), ('/om-regionen/', 'Om regionen'), (JOBS, 'Jobba hos oss')]

FUNDNAV = [(FUND, 'Sociala investeringar'), (FUND + 'sa-soker-ni/', 'Så söker ni'), (FUND + 'villkor/', 'Villkor'),
           (LIST, 'Beviljade projekt'), (DOCS, 'Dokument och beslut'), (FUND + 'utvardering/', 'Utvärdering')]

# map markers of the fund page's client component (rendered in the browser only; its props are in the RSC payload)
MARKERS = [
    {"id": 41, "title": "Tidig samverkan kring barn i Bräcke", "kommun": "Bräcke", "lat": 62.7503, "lng": 15.4186, "href": P1},
    {"id": 38, "title": "Unga till arbete i Berg", "kommun": "Berg", "lat": 62.8036, "lng": 14.4633, "href": P2},
    {"id": 44, "title": "Naturpedagogik för alla", "kommun": "Åre", "lat": 63.3985, "lng": 13.0810, "href": "https://www.are.se/barn-och-utbildning/naturpedagogik-for-alla"},
    {"id": 36, "title": "Unga vuxna i Krokom", "kommun": "Krokom", "lat": 63.3268, "lng": 14.4583, "href": "https://www.krokom.se/omsorg-och-stod/unga-vuxna"},
    {"id": 47, "title": "Digitalt föräldraskapsstöd i Strömsund", "kommun": "Strömsund", "lat": 63.8513, "lng": 15.5563, "href": None},
    {"id": 45, "title": "Skapande lov", "kommun": "Ragunda och Bräcke", "lat": 63.1081, "lng": 16.3539, "href": P3},
    {"id": 49, "title": "Ungdomsmottagning på väg", "kommun": "Härjedalen", "lat": 62.0333, "lng": 14.3500, "href": P5},
]


def cls(name, h):
    return f'{name}_{h}'


def flight(path, body_html, extra=None):
    """A plausible React Server Components payload (self.__next_f) for the page."""
    segs = [s for s in path.strip('/').split('/') if s]
    links = []
    for m in re.finditer(r'<a ([^>]*?)href="([^"]+)"[^>]*>(.*?)</a>', body_html, re.S):
        href, text = m.group(2), re.sub(r'<[^>]+>', '', m.group(3)).strip()
        if href.startswith('/') and not href.startswith('//'):
            links.append(["$", "$L6", None, {"href": html.unescape(href), "children": html.unescape(text)}])
    chunks = [
        '1:"$Sreact.fragment"\n2:I[7555,[],""]\n3:I[1295,[],""]\n4:I[4861,["177","static/chunks/app/layout-8c2f1e0b9a7d6c54.js"],"SiteHeader"]\n'
        '6:I[6874,["874","static/chunks/874-4a1b2c3d4e5f6a7b.js","311","static/chunks/app/%5B...slug%5D/page-0e9d8c7b6a5f4e3d.js"],""]\n',
        '0:' + json.dumps({"P": None, "b": "rJH-2025-11-06", "p": "", "c": [""] + segs, "i": False,
                           "f": [[["", {"children": [["slug", "/".join(segs), "c"], {"children": ["__PAGE__", {}]}]}, "$undefined", "$undefined", True],
                                  ["", ["$", "$1", "c", {"children": [None, "$L5"]}]], None]],
                           "m": "$undefined", "G": ["$e", []], "s": False, "S": True}, ensure_ascii=False, separators=(',', ':')) + '\n',
        '5:' + json.dumps(["$", "main", None, {"id": "main", "children": links}], ensure_ascii=False, separators=(',', ':')) + '\n',
    ]
    if extra:
        chunks.extend(extra)
    out = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>'
    for c in chunks:
        out += '<script>self.__next_f.push([1,' + json.dumps(c, ensure_ascii=False).replace('</', '\\u003c/') + '])</script>'
    return out


def page(path, title, body, crumbs, left=False, kind='standard', desc=None, extra_flight=None):
    desc = desc or title
    menu = ''.join(
        f'<li class="{cls("MainNav_item", "q8Zr1")}"><a class="{cls("MainNav_link", "Xk2p0")}{" " + cls("MainNav_active", "Y3mLc") if path.startswith(h) else ""}" href="{h}">{t}</a></li>'
        for h, t in MENU)
    bc = ''.join(f'<li><a href="{h}">{t}</a></li>' for h, t in [('/', 'Start')] + crumbs) + f'<li aria-current="page">{title}</li>'
    side = ''
    if left:
        side = (f'<nav class="{cls("SectionNav_nav", "h0Tq4")}" aria-label="I avsnittet"><h2 class="{cls("SectionNav_heading", "Pp91a")}">Sociala investeringar</h2><ul>'
                + ''.join(f'<li><a href="{h}"{CUR if h == path else ""}>{t}</a></li>' for h, t in FUNDNAV) + '</ul></nav>')
    main = (f'<main id="main" class="{cls("Page_main", "Qw8e1")} {cls("Page_" + kind, "b7Rt2")}">'
            f'<nav class="{cls("Breadcrumbs_nav", "c9Vd2")}" aria-label="Brödsmulor"><ol>{bc}</ol></nav>'
            f'<div class="{cls("Page_grid", "z1Xn3")}">{side}<div class="{cls("Page_content", "m4Kd8")}">{body}'
            f'<p class="{cls("Page_updated", "u2Lo9")}">Senast granskad <time dateTime="2025-11-06">6 november 2025</time></p></div></div></main>')
    header = (f'<header class="{cls("Header_header", "k3Jd2")}"><div class="{cls("Header_top", "a8Fe1")}">'
              f'<a class="{cls("Header_logo", "W2xv7")}" href="/"><img alt="Region Jämtland Härjedalen" loading="eager" width="190" height="56" decoding="async" src="/images/region-jamtland-harjedalen-logo.svg"/></a>'
              f'<ul class="{cls("Header_tools", "e5Gh6")}"><li><a href="https://www.1177.se/Jamtland-Harjedalen/">1177</a></li>'
              f'<li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=11802&amp;lang=sv_se&amp;readid=main&amp;url=https%3A%2F%2Fwww.regionjh.se{path.replace("/", "%2F")}">Lyssna</a></li>'
              f'<li><a href="/lattlast/">Lättläst</a></li><li><a href="/en/">In English</a></li></ul>'
              f'<form class="{cls("Search_form", "r1Sd4")}" role="search" action="/sok/" method="get"><label for="search-q" class="sr-only">Sök</label><input id="search-q" type="search" name="q" placeholder="Sök på regionjh.se" autoComplete="off"/><button type="submit">Sök</button></form></div>'
              f'<nav class="{cls("MainNav_nav", "t6Hu0")}" aria-label="Huvudmeny"><ul class="{cls("MainNav_list", "v0Bn5")}">{menu}</ul></nav></header>')
    footer = (f'<footer class="{cls("Footer_footer", "p0Lm3")}"><div class="{cls("Footer_cols", "n5Qa2")}">'
              f'<div><h2>Region Jämtland Härjedalen</h2><p>Box 654, 831 27 Östersund<br/>Besöksadress: Kyrkgatan 12, Östersund<br/>Växel: 063-14 75 00<br/><a href="mailto:region@regionjh.se">region@regionjh.se</a></p></div>'
              f'<div><h2>Snabblänkar</h2><ul><li><a href="/nyheter/">Nyheter</a></li><li><a href="/evenemang/">Evenemang</a></li><li><a href="{JOBS}">Jobba hos oss</a></li><li><a href="/press/">Press</a></li><li><a href="https://intranat.regionjh.se/">Intranätet</a></li></ul></div>'
              f'<div><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a rel="nofollow" href="/admin/login/">Redaktörsinloggning</a></li></ul></div>'
              f'</div></footer>')
    rsc = flight(path, header + main + footer, extra_flight)
    return ('<!DOCTYPE html><html lang="sv" class="__variable_8b3a0b"><head><meta charSet="utf-8"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<link rel="stylesheet" href="/_next/static/css/5f1d3c8a2b7e9d04.css" data-precedence="next"/>'
            '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-9f3b2c1d7a6e5f40.js"/>'
            '<script src="/_next/static/chunks/4bd1b696-1a2b3c4d5e6f7a8b.js" async=""></script>'
            '<script src="/_next/static/chunks/684-2c3d4e5f6a7b8c9d.js" async=""></script>'
            '<script src="/_next/static/chunks/main-app-3e4f5a6b7c8d9e0f.js" async=""></script>'
            f'<title>{title} | Region Jämtland Härjedalen</title><meta name="description" content="{html.escape(desc, quote=True)}"/>'
            f'<link rel="canonical" href="https://www.regionjh.se{path}"/>'
            f'<meta property="og:title" content="{html.escape(title, quote=True)}"/><meta property="og:url" content="https://www.regionjh.se{path}"/>'
            '<meta property="og:site_name" content="Region Jämtland Härjedalen"/><meta property="og:locale" content="sv_SE"/>'
            '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/>'
            '<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>'
            '<body class="__className_8b3a0b"><div hidden=""><!--$--><!--/$--></div>'
            f'<a class="{cls("SkipLink_skip", "x1a2B")}" href="#main">Till huvudinnehållet</a>\n'
            + header + '\n' + main + '\n' + footer + '\n'
            '<script src="/_next/static/chunks/webpack-9f3b2c1d7a6e5f40.js" async=""></script>'
            + rsc + '</body></html>\n')


def card(href, title, text, meta):
    return (f'<li class="{cls("ProjectCard_card", "f4Ws1")}"><article><p class="{cls("ProjectCard_meta", "o0Pq7")}">{meta}</p>'
            f'<h3 class="{cls("ProjectCard_title", "g2Hd9")}"><a href="{href}">{title}</a></h3><p>{text}</p></article></li>')


def pager(cur):
    items = []
    if cur == 2:
        items.append(f'<li><a href="{LIST}" rel="prev">Föregående</a></li>')
    for n, h in ((1, LIST), (2, LIST2)):
        items.append(f'<li><a href="{h}"{CUR if n == cur else ""}>{n}</a></li>')
    if cur == 1:
        items.append(f'<li><a href="{LIST2}" rel="next">Nästa</a></li>')
    return f'<nav class="{cls("Pagination_nav", "y7Uu2")}" aria-label="Sidnumrering"><ul>{"".join(items)}</ul></nav>'


def filters():
    opts = ''.join(f'<li><a rel="nofollow" href="{LIST}?kommun={k}">{v}</a></li>' for k, v in (
        ('berg', 'Berg'), ('bracke', 'Bräcke'), ('harjedalen', 'Härjedalen'), ('krokom', 'Krokom'),
        ('ragunda', 'Ragunda'), ('stromsund', 'Strömsund'), ('are', 'Åre'), ('ostersund', 'Östersund')))
    years = ''.join(f'<li><a rel="nofollow" href="{LIST}?ar={y}">{y}</a></li>' for y in (2025, 2024, 2023))
    return (f'<div class="{cls("Filter_box", "d3Ee8")}"><h2>Filtrera</h2><h3>Kommun</h3><ul class="{cls("Filter_list", "s8Ty1")}">{opts}</ul>'
            f'<h3>Beviljat år</h3><ul class="{cls("Filter_list", "s8Ty1")}">{years}</ul></div>')


def build():
    pages = {}
    CR = [(RU, 'Regional utveckling')]
    CS = CR + [(SH, 'Social hållbarhet')]
    CF = CS + [(FUND, 'Sociala investeringar')]
    CL = CF + [(LIST, 'Beviljade projekt')]

    pages['/'] = page('/', 'Startsida', f'''<h1 class="sr-only">Region Jämtland Härjedalen</h1>
<section class="{cls("Hero_hero", "j5Ka0")}"><p>Vi ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i Jämtlands län.</p></section>
<section><h2>Genvägar</h2><ul class="{cls("Shortcuts_list", "w3Rr6")}">
<li><a href="https://www.1177.se/Jamtland-Harjedalen/hitta-vard/">Hitta vård</a></li>
<li><a href="/halsa-och-vard/">Hälsa och vård</a></li>
<li><a href="{RU}">Regional utveckling</a></li>
<li><a href="/kollektivtrafik/">Res med Länstrafiken</a></li></ul></section>
<section><h2>Populära sökningar</h2><ul><li><a href="/sok/?q=v%C3%A5rdcentral">vårdcentral</a></li><li><a href="/sok/?q=tandv%C3%A5rd">tandvård</a></li><li><a href="/sok/?q=lediga+jobb">lediga jobb</a></li></ul></section>
<section><h2>Nyheter</h2><ul class="{cls("NewsList_list", "l6Ga3")}">
<li><a href="{NEWS['vacc']}">Nu startar vaccinationen mot influensa och covid-19</a> <span>4 november 2025</span></li>
<li><a href="{NEWS['call']}">Sök regionala medel för sociala investeringar 2026</a> <span>15 oktober 2025</span></li>
<li><a href="{NEWS['buss']}">Nya tidtabeller för länsbussarna</a> <span>29 september 2025</span></li></ul>
<p><a href="/nyheter/">Fler nyheter</a></p></section>''', [], kind='start')

    pages[RU] = page(RU, 'Regional utveckling', f'''<h1>Regional utveckling</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Region Jämtland Härjedalen har det regionala utvecklingsansvaret i länet. Vi arbetar med näringsliv, kompetensförsörjning, infrastruktur och social hållbarhet.</p>
<ul class="{cls("LinkList_list", "h7Mx2")}">
<li><a href="/regional-utveckling/regional-utvecklingsstrategi/">Regional utvecklingsstrategi</a></li>
<li><a href="/regional-utveckling/naringsliv/">Näringsliv och företagsstöd</a></li>
<li><a href="/regional-utveckling/kompetensforsorjning/">Kompetensförsörjning</a></li>
<li><a href="{SH}">Social hållbarhet</a></li></ul>''', [], kind='landing')

    pages[SH] = page(SH, 'Social hållbarhet', f'''<h1>Social hållbarhet</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Alla som bor i Jämtlands län ska ha goda och jämlika förutsättningar för hälsa, utbildning och arbete.</p>
<p>Regionen samordnar länets arbete med social hållbarhet tillsammans med de åtta kommunerna: Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre och Östersund. Arbetet utgår från den regionala utvecklingsstrategin och länets folkhälsopolitiska program.</p>
<ul class="{cls("LinkList_list", "h7Mx2")}"><li><a href="{FUND}">Regionala medel för sociala investeringar</a></li>
<li><a href="/regional-utveckling/social-hallbarhet/folkhalsoprogram/">Folkhälsopolitiskt program</a></li>
<li><a href="/regional-utveckling/social-hallbarhet/valfardsbokslut/">Välfärdsbokslut</a></li></ul>''', CR, kind='landing')

    map_ref = ('c:I[7391,["862","static/chunks/862-5b6c7d8e9f0a1b2c.js","311","static/chunks/app/%5B...slug%5D/page-0e9d8c7b6a5f4e3d.js"],"ProjectMap"]\n',
               'd:' + json.dumps(["$", "$Lc", None, {"heading": "Beviljade projekt i länet", "zoom": 6,
                                                      "center": [63.0, 14.6], "markers": MARKERS}], ensure_ascii=False, separators=(',', ':')) + '\n')
    pages[FUND] = page(FUND, 'Regionala medel för sociala investeringar', f'''<h1>Regionala medel för sociala investeringar</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Region Jämtland Härjedalen avsätter varje år medel för sociala investeringar som länets kommuner kan söka för förebyggande insatser, tillsammans med regionen.</p>
<p>Regionfullmäktige beslutade 2021 att avsätta 10 miljoner kronor per år under 2022–2025 till sociala investeringar i länet. För 2026–2028 har regionfullmäktige beslutat om 13 miljoner kronor per år. Medlen ska användas till insatser som förebygger ohälsa, utanförskap och ojämlika uppväxtvillkor, och som bygger på samverkan mellan en eller flera kommuner och regionen.</p>
<p>Kommunen som söker ska själv finansiera minst hälften av kostnaden. Regionala utvecklingsnämnden beslutar om medel en gång per år.</p>
<h2>Beviljade projekt i länet</h2>
<div class="{cls("ProjectMap_placeholder", "i9Oz5")}" data-map-id="projektkarta"><p>Kartan laddas …</p></div>
<p>Se också listan över <a href="{LIST}">beviljade projekt</a> och <a href="{DOCS}">dokument och beslut</a>.</p>
<h2>Kontakt</h2>
<p>Johanna Öberg, utvecklingsledare social hållbarhet<br/>063-14 80 25<br/><a href="mailto:johanna.oberg@regionjh.se">johanna.oberg@regionjh.se</a></p>''',
        CS, left=True, desc='Länets kommuner kan söka regionala medel för sociala investeringar.', extra_flight=list(map_ref))

    pages[FUND + 'sa-soker-ni/'] = page(FUND + 'sa-soker-ni/', 'Så söker ni', f'''<h1>Så söker ni regionala medel för sociala investeringar</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Ansökan görs av en eller flera kommuner i länet tillsammans med en verksamhet i regionen. Nästa ansökningsomgång stänger den 31 januari 2026.</p>
<ol>
<li>Kontakta utvecklingsledaren för social hållbarhet för ett första samtal om er idé.</li>
<li>Ta fram en projektbeskrivning med problem, målgrupp, mål, aktiviteter, budget och plan för hur arbetet ska leva vidare.</li>
<li>Se till att kommunens medfinansiering är beslutad, minst 50 procent av den totala kostnaden.</li>
<li>Skicka ansökan via regionens e-tjänst <a href="https://etjanster.regionjh.se/ansokan-sociala-investeringar">Ansökan om regionala utvecklingsmedel</a>.</li>
</ol>
<p>Regionala utvecklingsnämnden beslutar i mars. Läs också <a href="{FUND}villkor/">villkoren för medlen</a>.</p>''', CF, left=True)

    pages[FUND + 'villkor/'] = page(FUND + 'villkor/', 'Villkor', f'''<h1>Villkor för regionala medel för sociala investeringar</h1>
<ul>
<li>Insatsen ska vara förebyggande och genomföras i Jämtlands län.</li>
<li>Minst en kommun och en verksamhet inom regionen ska samverka.</li>
<li>Regionen finansierar högst 50 procent av den totala kostnaden och högst 3 miljoner kronor per insats.</li>
<li>Insatsen får pågå i högst tre år.</li>
<li>En lägesrapport lämnas varje år och en slutrapport senast tre månader efter avslut.</li>
<li>Medel som inte har använts betalas tillbaka.</li>
</ul>
<p>Villkoren beslutades av regionala utvecklingsnämnden den 14 september 2021 och gäller i tillämpliga delar också för beslut från 2026.</p>''', CF, left=True)

    pages[FUND + 'utvardering/'] = page(FUND + 'utvardering/', 'Utvärdering', f'''<h1>Utvärdering av de sociala investeringarna</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Mittuniversitetet utvärderar de regionala sociala investeringarna på uppdrag av regionen. En första delrapport kom i juni 2025.</p>
<table><caption>Beviljade medel 2022–2025</caption><thead><tr><th>År</th><th>Ansökningar</th><th>Beviljade</th><th>Regionala medel</th></tr></thead><tbody>
<tr><td>2022</td><td>9</td><td>4</td><td>8,6 mnkr</td></tr><tr><td>2023</td><td>7</td><td>3</td><td>7,2 mnkr</td></tr>
<tr><td>2024</td><td>11</td><td>5</td><td>9,8 mnkr</td></tr><tr><td>2025</td><td>11</td><td>5</td><td>7,5 mnkr</td></tr></tbody></table>
<p>Delrapporten visar att samverkan mellan kommun och region har blivit bättre i de flesta insatser, men att få insatser har mätbara mål för vad de ska leda till på längre sikt. Utvärderarna rekommenderar att varje insats från 2026 använder gemensamma indikatorer.</p>''', CF, left=True)

    # ---------- project list, two pages ----------
    pages[LIST] = page(LIST, 'Beviljade projekt', f'''<h1>Beviljade projekt</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Här finns ett urval av de projekt som har fått regionala medel för sociala investeringar, de senast beviljade först. Flera projekt har sina sidor på kommunernas webbplatser.</p>
{filters()}
<p>Visar 1–3 av 6</p>
<ul class="{cls("ProjectList_list", "n2Cc4")}">
{card(P1, 'Tidig samverkan kring barn i Bräcke', 'Familjer i Bräcke får samordnat stöd från kommun och hälsocentral.', 'Bräcke · beviljat 2025')}
{card('https://www.are.se/barn-och-utbildning/naturpedagogik-for-alla', 'Naturpedagogik för alla', 'Utomhuspedagogik för elever i behov av särskilt stöd. Sidan finns på Åre kommuns webbplats.', 'Åre · beviljat 2025')}
{card(DEAD, 'Trygg skolväg Östersund', 'Vuxennärvaro och trafiksäkerhet kring skolorna på Odenskog och Lugnvik.', 'Östersund · beviljat 2025')}
</ul>
{pager(1)}''', CF, left=True)

    pages[LIST2] = page(LIST2, 'Beviljade projekt – sida 2', f'''<h1>Beviljade projekt</h1>
{filters()}
<p>Visar 4–6 av 6</p>
<ul class="{cls("ProjectList_list", "n2Cc4")}">
{card(P2, 'Unga till arbete i Berg', 'Stöd till unga mellan 16 och 29 år som varken arbetar eller studerar.', 'Berg · beviljat 2024')}
{card('https://www.krokom.se/omsorg-och-stod/unga-vuxna', 'Unga vuxna i Krokom', 'Boendestöd och sysselsättning för unga vuxna med psykisk ohälsa. Sidan finns på Krokoms kommuns webbplats.', 'Krokom · beviljat 2024')}
<li class="{cls("ProjectCard_card", "f4Ws1")}"><article><p class="{cls("ProjectCard_meta", "o0Pq7")}">Östersund · beviljat 2023 · avslutat</p><h3 class="{cls("ProjectCard_title", "g2Hd9")}">Förstärkt elevhälsa i Östersund</h3><p>Projektet avslutades i juni 2025. Slutrapporten publiceras under våren 2026.</p></article></li>
</ul>
{pager(2)}''', CL, left=True)

    pages[P1] = page(P1, 'Tidig samverkan kring barn i Bräcke', f'''<h1>Tidig samverkan kring barn i Bräcke</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Familjer som behöver stöd ska inte behöva slussas mellan olika verksamheter. I Bräcke samlas socialtjänst, förskola, skola och hälsocentral kring barnet.</p>
<p>I projektet bildas ett gemensamt familjeteam med en familjebehandlare, en specialpedagog och en BVC-sköterska. Teamet kan ta emot familjer utan att det först görs en utredning, och familjen får en kontaktperson som håller ihop stödet. Arbetssättet bygger på modellen Barnets bästa gäller – i Jämtland.</p>
<dl class="{cls("FactBox_list", "k1Wq3")}">
<dt>Projektperiod</dt><dd>april 2025 – mars 2028</dd>
<dt>Total budget</dt><dd>5 200 000 kronor, varav 2 600 000 kronor i regionala medel för sociala investeringar</dd>
<dt>Projektägare</dt><dd>Bräcke kommun, socialförvaltningen</dd>
<dt>Samverkanspart</dt><dd>Region Jämtland Härjedalen, Hälsocentralen Bräcke och barnhälsovården</dd>
<dt>Målgrupp</dt><dd>Barn 0–12 år och deras familjer i Bräcke kommun</dd>
</dl>''', CL, left=True)

    pages[P2] = page(P2, 'Unga till arbete i Berg', f'''<h1>Unga till arbete i Berg</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Unga till arbete ger unga i Bergs kommun som varken arbetar eller studerar stöd att komma vidare, med en coach och en plats att vara på.</p>
<p>Projektet startade i september 2024 och pågår till och med augusti 2026. Den totala budgeten är 2 800 000 kronor: Bergs kommun står för 1 400 000 kronor och regionen för 1 400 000 kronor ur de regionala medlen för sociala investeringar.</p>
<p>Projektet drivs av Bergs kommuns arbetsmarknadsenhet tillsammans med Region Jämtland Härjedalens första linjen för unga och Arbetsförmedlingen. Det vänder sig till unga mellan 16 och 29 år som är inskrivna i det kommunala aktivitetsansvaret eller har försörjningsstöd.</p>
<h2>Vad gör vi?</h2>
<p>Deltagarna träffar en coach varje vecka och kan vara med i en arbetsträningsgrupp på Myrviken. Första linjen erbjuder samtalsstöd för den som mår dåligt. Hittills har 22 unga deltagit, och elva av dem har börjat arbeta eller studera.</p>''', CL, left=True)

    # ---------- documents (no PDFs: every item is an HTML page) ----------
    pages[DOCS] = page(DOCS, 'Dokument och beslut', f'''<h1>Dokument och beslut</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Styrdokument, beslut och projektbeskrivningar för de regionala medlen för sociala investeringar. Alla dokument finns som webbsidor.</p>
<table class="{cls("DocumentList_table", "q4Nn6")}"><thead><tr><th>Dokument</th><th>Typ</th><th>Datum</th></tr></thead><tbody>
<tr><td><a href="{FUND}villkor/">Villkor för regionala medel för sociala investeringar</a></td><td>Styrdokument</td><td>2021-09-14</td></tr>
<tr><td><a href="{PROT}">Regionala utvecklingsnämnden 12 mars 2025 – beslut i korthet</a></td><td>Protokollsutdrag</td><td>2025-03-12</td></tr>
<tr><td><a href="{P4}">Projektbeskrivning RUN/2025-118</a></td><td>Projektbeskrivning</td><td>2025-06-17</td></tr>
<tr><td><a href="/dokument/projektbeskrivningar/run-2024-087/">Projektbeskrivning RUN/2024-087</a></td><td>Projektbeskrivning</td><td>2024-03-20</td></tr>
<tr><td><a href="{FUND}utvardering/">Utvärdering, delrapport 1 (sammanfattning)</a></td><td>Rapport</td><td>2025-06-30</td></tr>
</tbody></table>''', CF, left=True)

    pages[P4] = page(P4, 'Projektbeskrivning RUN/2025-118', f'''<h1>Projektbeskrivning: Digitalt föräldraskapsstöd i Strömsund</h1>
<p class="{cls("Page_meta", "b1Yy0")}">Diarienummer RUN/2025-118 · Beslut av regionala utvecklingsnämnden 17 juni 2025</p>
<table class="{cls("Facts_table", "w8Ee2")}"><tbody>
<tr><th scope="row">Projektnamn</th><td>Digitalt föräldraskapsstöd i Strömsund</td></tr>
<tr><th scope="row">Sökande</th><td>Strömsunds kommun, socialtjänsten</td></tr>
<tr><th scope="row">Samverkanspart</th><td>Region Jämtland Härjedalen, barn- och ungdomshälsan och familjecentralen i Strömsund</td></tr>
<tr><th scope="row">Projektperiod</th><td>1 augusti 2025 – 31 juli 2027</td></tr>
<tr><th scope="row">Total kostnad</th><td>1 760 000 kronor</td></tr>
<tr><th scope="row">Beviljade regionala medel</th><td>880 000 kronor</td></tr>
<tr><th scope="row">Målgrupp</th><td>Föräldrar till barn 3–17 år i Strömsunds kommun, särskilt i byarna långt från centralorten</td></tr>
</tbody></table>
<h2>Bakgrund</h2>
<p>Strömsunds kommun är till ytan en av Sveriges största, och många familjer har flera mil till familjecentralen. Föräldraskapsstöd i grupp har därför varit svårt att erbjuda utanför Strömsund och Hammerdal.</p>
<h2>Syfte och mål</h2>
<p>Syftet är att fler föräldrar ska få tillgång till evidensbaserat föräldraskapsstöd, genom att kurserna ABC och Komet ges digitalt med en fysisk träff i början och slutet. Målet är att minst 120 föräldrar deltar under projekttiden och att andelen barn med orosanmälningar som gäller föräldraförmåga minskar.</p>''',
        [('/dokument/', 'Dokument')], kind='document')

    pages[PROT] = page(PROT, 'Regionala utvecklingsnämnden 12 mars 2025 – beslut i korthet', f'''<h1>Regionala utvecklingsnämnden 12 mars 2025 – beslut i korthet</h1>
<p>Här är ett urval av nämndens beslut. Det justerade protokollet finns hos regionens registratur.</p>
<h2>§ 24 Regionala medel för sociala investeringar 2025</h2>
<p>Nämnden beviljade regionala medel för sociala investeringar till tre insatser:</p>
<ul>
<li>Tidig samverkan kring barn i Bräcke (Bräcke kommun): 2 600 000 kronor för april 2025 – mars 2028.</li>
<li>Naturpedagogik för alla (Åre kommun): 1 150 000 kronor för augusti 2025 – juni 2027.</li>
<li>Trygg skolväg Östersund (Östersunds kommun): 1 900 000 kronor för augusti 2025 – juli 2027.</li>
</ul>
<p>Två ansökningar avslogs. Ytterligare ansökningar behandlas i juni.</p>
<h2>§ 25 Länstransportplan</h2>
<p>Nämnden godkände förslaget till remissversion av länstransportplanen för 2026–2037.</p>''', [('/politik/', 'Politik')], kind='document')

    # ---------- hälsa och vård, P5 ----------
    CH = [('/halsa-och-vard/', 'Hälsa och vård')]
    pages['/halsa-och-vard/'] = page('/halsa-och-vard/', 'Hälsa och vård', f'''<h1>Hälsa och vård</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Information om regionens hälso- och sjukvård. Du hittar också all information om vård och hälsa på <a href="https://www.1177.se/Jamtland-Harjedalen/">1177.se</a>.</p>
<ul class="{cls("LinkList_list", "h7Mx2")}"><li><a href="/halsa-och-vard/halsocentraler/">Hälsocentraler</a></li>
<li><a href="/halsa-och-vard/ungdomsmottagning/">Ungdomsmottagning</a></li>
<li><a href="/halsa-och-vard/tandvard/">Folktandvården</a></li>
<li><a href="/halsa-och-vard/ostersunds-sjukhus/">Östersunds sjukhus</a></li></ul>''', [], kind='landing')

    pages['/halsa-och-vard/ungdomsmottagning/'] = page('/halsa-och-vard/ungdomsmottagning/', 'Ungdomsmottagning', f'''<h1>Ungdomsmottagning</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Ungdomsmottagningen är till för dig som är 13–25 år. Du kan prata om kroppen, sex, relationer och hur du mår. Det är gratis.</p>
<h2>Här finns vi</h2>
<ul><li>Östersund, Rådhusgatan 19 – drop-in måndag och torsdag kl. 13–16</li><li>Krokom, Hälsocentralen – tisdagar</li><li>Strömsund, Hälsocentralen – onsdagar</li><li>Sveg, Härjedalens hälsocentral – varannan torsdag</li></ul>
<p>Du kan också chatta med ungdomsmottagningen via <a href="https://www.umo.se/">UMO.se</a> eller boka tid via <a href="https://www.1177.se/Jamtland-Harjedalen/">1177</a>.</p>''', CH)

    pages[P5] = page(P5, 'Ungdomsmottagning på väg', f'''<h1>Ungdomsmottagning på väg</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Från januari 2026 kommer ungdomsmottagningen till dig som bor i Härjedalen. En ombyggd buss med barnmorska och kurator besöker orterna i kommunen varje vecka.</p>
<p>Unga i Härjedalen har i dag långt till närmaste ungdomsmottagning, och många avstår från att söka hjälp. Ungdomsmottagningen på väg stannar vid skolorna i Funäsdalen, Sveg, Lillhärdal, Vemdalen och Ytterhogdal, och kvällstid vid fritidsgårdarna.</p>
<ul class="{cls("Facts_list", "v6Tt1")}">
<li><strong>Period:</strong> januari 2026 – december 2028</li>
<li><strong>Budget:</strong> 6 000 000 kronor, varav 3 000 000 kronor i regionala medel för sociala investeringar och 3 000 000 kronor från Härjedalens kommun</li>
<li><strong>Ansvariga:</strong> Region Jämtland Härjedalen, ungdomsmottagningen, och Härjedalens kommun, socialtjänsten och skolan</li>
<li><strong>Målgrupp:</strong> Unga 13–25 år i Härjedalens kommun</li>
</ul>
<p>Regionala utvecklingsnämnden beviljade medlen i oktober 2025 ur ramen för 2026. Tider och hållplatser publiceras här i december 2025.</p>''', CH + [('/halsa-och-vard/ungdomsmottagning/', 'Ungdomsmottagning')])

    # ---------- kultur, P3 ----------
    CK = [('/kultur/', 'Kultur')]
    pages['/kultur/'] = page('/kultur/', 'Kultur', f'''<h1>Kultur</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Regionen stödjer kulturlivet i länet genom bidrag, konsulenter och egna verksamheter som Jamtli, Länsmusiken och Regionteatern.</p>
<ul class="{cls("LinkList_list", "h7Mx2")}"><li><a href="/kultur/kulturbidrag/">Kulturbidrag</a></li><li><a href="/kultur/barn-och-unga/">Kultur för barn och unga</a></li><li><a href="/kultur/regional-kulturplan/">Regional kulturplan</a></li></ul>''', [], kind='landing')

    pages['/kultur/barn-och-unga/'] = page('/kultur/barn-och-unga/', 'Kultur för barn och unga', f'''<h1>Kultur för barn och unga</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Alla barn och unga i länet ska kunna ta del av och skapa kultur, oavsett var de bor.</p>
<p>Regionens konsulenter för barn- och ungdomskultur stöttar kommunerna med skolbio, Skapande skola och läsfrämjande arbete. Regionen delar också ut bidrag till kulturprojekt för och med unga.</p>
<ul><li><a href="/kultur/barn-och-unga/skapande-skola/">Skapande skola</a></li><li><a href="/kultur/barn-och-unga/lasframjande/">Läsfrämjande</a></li></ul>''', CK)

    pages[P3] = page(P3, 'Skapande lov', f'''<h1>Skapande lov</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Skapande lov är gratis verkstäder i konst, musik, film och slöjd för barn och unga under sommar-, höst- och sportlov i Ragunda och Bräcke.</p>
<p>Verkstäderna leds av konstnärer, musiker och slöjdare från hela länet. De hålls på skolor, bibliotek och bygdegårdar, och det finns skjuts från byarna. Under sommarlovet 2025 deltog drygt 300 barn.</p>
<h2>Om projektet</h2>
<p>Skapande lov pågår från juni 2025 till augusti 2027 och har fått 980 000 kronor i regionala medel för sociala investeringar. Regionens kulturenhet driver projektet tillsammans med Ragunda kommun och Bräcke kommun och med Studieförbundet Vuxenskolan. Syftet är att barn 7–15 år i kommuner med få fritidsaktiviteter ska få en meningsfull fritid på loven, och att färre barn ska vara ensamma under loven.</p>''', CK + [('/kultur/barn-och-unga/', 'Kultur för barn och unga')])

    # ---------- news ----------
    def news(path, title, date, human, lead, body):
        return page(path, title, f'''<h1>{title}</h1>
<p class="{cls("News_date", "r4Ee3")}">Publicerad <time dateTime="{date}">{human}</time></p>
<p class="{cls("Page_lead", "e0Aa1")}">{lead}</p>
{body}
<p><a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u=https://www.regionjh.se{path}">Dela på Facebook</a></p>''', [('/nyheter/', 'Nyheter')], kind='news')

    pages[NEWS['vacc']] = news(NEWS['vacc'], 'Nu startar vaccinationen mot influensa och covid-19', '2025-11-04', '4 november 2025',
        'Från den 4 november kan du som är 65 år eller äldre eller tillhör en riskgrupp vaccinera dig mot influensa och covid-19.',
        '<p>Du bokar tid via 1177 eller går på drop-in på din hälsocentral. Vaccinationen är kostnadsfri för dig som tillhör målgruppen.</p>')
    pages[NEWS['call']] = news(NEWS['call'], 'Sök regionala medel för sociala investeringar 2026', '2025-10-15', '15 oktober 2025',
        'Nu öppnar ansökan om regionala medel för sociala investeringar för 2026. Kommunerna i länet kan söka fram till den 31 januari.',
        f'''<p>För 2026 finns 13 miljoner kronor att söka. Insatser som riktar sig till barn och unga och insatser i kommuner med långa avstånd prioriteras. Kommunerna ska själva stå för minst hälften av kostnaden.</p>
<p>Läs mer om <a href="{FUND}sa-soker-ni/">hur ni söker</a>.</p>''')
    pages[NEWS['buss']] = news(NEWS['buss'], 'Nya tidtabeller för länsbussarna', '2025-09-29', '29 september 2025',
        'Den 15 december börjar nya tidtabeller gälla för Länstrafikens bussar.',
        '<p>Linje 45 mellan Östersund och Sveg får fler turer på helger, och linje 63 mot Strömsund får en ny morgontur. Tidtabellerna finns i appen och på hållplatserna.</p>')
    pages[NEWS['lov']] = news(NEWS['lov'], 'Fullt i verkstäderna under sommarlovet', '2025-08-21', '21 augusti 2025',
        'Drygt 300 barn i Ragunda och Bräcke målade, filmade och spelade musik under sommarlovets verkstäder.',
        f'''<p>Verkstäderna hölls i Hammarstrand, Bispgården, Bräcke och Kälarne och leddes av konstnärer och musiker från hela länet. Populärast var filmverkstaden i Hammarstrand, där barnen gjorde en egen skräckfilm.</p>
<p>– Det är första gången vi har haft så mycket att göra på loven, säger Alva, 11 år.</p>
<p>Verkstäderna ingår i ett projekt som finansieras med regionala medel för sociala investeringar. <a href="{P3}">Läs mer om Skapande lov</a>.</p>''')
    pages[NEWS['beslut']] = news(NEWS['beslut'], '13 miljoner till förebyggande insatser i länet', '2025-06-18', '18 juni 2025',
        'Regionfullmäktige har beslutat att avsätta 13 miljoner kronor per år under 2026–2028 för sociala investeringar tillsammans med kommunerna.',
        f'''<p>Sedan 2022 har regionen beviljat 17 insatser i sju av länets åtta kommuner. Med det nya beslutet höjs den årliga ramen från 10 till 13 miljoner kronor.</p>
<p>– Vi vet att tidiga insatser lönar sig, både för människor och för samhället, säger regionala utvecklingsnämndens ordförande.</p>
<p>Läs mer om <a href="{FUND}">regionala medel för sociala investeringar</a>.</p>''')

    nl = [(NEWS['vacc'], 'Nu startar vaccinationen mot influensa och covid-19', '4 november 2025'),
          (NEWS['call'], 'Sök regionala medel för sociala investeringar 2026', '15 oktober 2025'),
          (NEWS['buss'], 'Nya tidtabeller för länsbussarna', '29 september 2025'),
          (NEWS['lov'], 'Fullt i verkstäderna under sommarlovet', '21 augusti 2025'),
          (NEWS['beslut'], '13 miljoner till förebyggande insatser i länet', '18 juni 2025')]
    pages['/nyheter/'] = page('/nyheter/', 'Nyheter', f'''<h1>Nyheter</h1>
<ul class="{cls("NewsList_list", "l6Ga3")}">{''.join(f'<li><p>{d}</p><h2><a href="{h}">{t}</a></h2></li>' for h, t, d in nl)}</ul>
<p>Äldre nyheter finns i <a href="/nyheter/arkiv/">nyhetsarkivet</a>.</p>''', [], kind='newslist')

    # ---------- events ----------
    pages['/evenemang/'] = page('/evenemang/', 'Evenemang', f'''<h1>Evenemang</h1>
<ul class="{cls("EventList_list", "m0Rr8")}">
<li><p>27 november 2025</p><h2><a href="{EVENT}">Länsträff om sociala investeringar 2025</a></h2></li>
<li><p>2 december 2025</p><h2>Öppet hus på Östersunds sjukhus förlossning</h2></li>
<li><p>10 december 2025</p><h2>Julkonsert med Länsmusiken i Storsjöteatern</h2></li></ul>
<p><a href="{CAL}">Visa som kalender</a></p>''', [], kind='eventlist')

    pages[EVENT] = page(EVENT, 'Länsträff om sociala investeringar 2025', f'''<h1>Länsträff om sociala investeringar 2025</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Välkommen till den årliga länsträffen för er som arbetar med eller är intresserade av sociala investeringar i Jämtlands län.</p>
<dl class="{cls("EventFacts_list", "a4Jj9")}"><dt>Datum</dt><dd>27 november 2025, kl. 9.30–15.30</dd><dt>Plats</dt><dd>Folkets hus, Östersund, och digitalt</dd><dt>Kostnad</dt><dd>Kostnadsfritt</dd><dt>Sista anmälningsdag</dt><dd>18 november 2025</dd></dl>
<p>Under dagen presenterar Mittuniversitetet utvärderingen av de regionala sociala investeringarna, och projekt från Bräcke, Berg och Krokom berättar om sitt arbete. På eftermiddagen arbetar vi i grupper med ansökningar inför 2026.</p>
<p><a href="https://etjanster.regionjh.se/anmalan/lanstraff-2025">Anmäl dig här</a></p>''', [('/evenemang/', 'Evenemang')], kind='event')

    # ---------- jobs ----------
    pages[JOBS] = page(JOBS, 'Jobba hos oss', f'''<h1>Jobba hos oss</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Region Jämtland Härjedalen är länets största arbetsgivare med cirka 4 500 medarbetare.</p>
<h2>Lediga jobb i urval</h2>
<ul><li><a href="{JOB}">Utvecklingsledare med inriktning sociala investeringar</a>, Regional utveckling</li>
<li><a href="https://regionjh.varbi.com/what:job/jobID:803311/">Sjuksköterska till akutmottagningen, Östersunds sjukhus</a></li>
<li><a href="https://regionjh.varbi.com/what:job/jobID:803120/">Tandhygienist, Folktandvården Sveg</a></li></ul>
<p>Alla lediga jobb finns på <a href="https://regionjh.varbi.com/">regionjh.varbi.com</a>.</p>''', [('/om-regionen/', 'Om regionen')])

    pages[JOB] = page(JOB, 'Utvecklingsledare med inriktning sociala investeringar', f'''<h1>Utvecklingsledare med inriktning sociala investeringar</h1>
<p class="{cls("Page_lead", "e0Aa1")}">Vill du vara med och utveckla det förebyggande arbetet i hela länet? Nu söker vi en utvecklingsledare till enheten för social hållbarhet.</p>
<h2>Arbetsuppgifter</h2>
<p>Du samordnar regionens medel för sociala investeringar: du ger stöd till kommunerna i ansökningsprocessen, bereder ärenden till regionala utvecklingsnämnden och följer upp de beviljade insatserna, till exempel Unga till arbete i Berg och Skapande lov. Du arbetar nära Mittuniversitetet, som utvärderar satsningen.</p>
<h2>Kvalifikationer</h2>
<p>Högskoleexamen inom samhällsvetenskap, folkhälsovetenskap eller motsvarande och erfarenhet av projektledning i offentlig sektor.</p>
<p>Omfattning: tillsvidare, heltid. Placering: Östersund. Sista ansökningsdag: 1 december 2025. <a href="https://regionjh.varbi.com/what:job/jobID:803402/">Ansök via Varbi</a>.</p>''', [('/om-regionen/', 'Om regionen'), (JOBS, 'Jobba hos oss')], kind='job')

    for p, text in pages.items():
        write(H, p, text)
    write(H, '/robots.txt', '''# https://www.robotstxt.org/robotstxt.html
User-agent: *
Allow: /
Disallow: /admin
Disallow: /api/
Disallow: /sok/
Disallow: /evenemang/kalender/
Disallow: /*?*kommun=
Disallow: /*?*ar=

Sitemap: https://www.regionjh.se/sitemap.xml
''')
    smap = ['/', RU, SH, FUND, FUND + 'sa-soker-ni/', FUND + 'villkor/', FUND + 'utvardering/', LIST, DOCS,
            '/halsa-och-vard/', '/halsa-och-vard/ungdomsmottagning/', '/kultur/', '/kultur/barn-och-unga/',
            '/nyheter/', '/evenemang/', JOBS]
    write(H, '/sitemap.xml', sitemap(H, smap, lastmod='2025-11-06'))
    return pages, smap


if __name__ == '__main__':
    print(len(build()[0]))
