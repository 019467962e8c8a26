"""Region Skåne's site for regional development, utveckling.skane.se (länskod 12), on Squiz Matrix 6 – heldout_sites29.

Squiz Matrix writes page addresses WITHOUT an extension or a trailing slash (a page's children live under its
address; saved as <path>/index.html), root-relative links, files under /__data/assets/…, the system's own scripts
under /__lib/…, content in 'content containers' (<div id="content_container_<asset id>">). Matrix answers some
SUFFIXES after any page address: /_nocache (the same page, served past the cache), /_recache, /_edit, /_admin,
/_login and /_performance (the last five for editors), and query parameters for designs and calendars
(?SQ_DESIGN_NAME=print, ?SQ_CALENDAR_VIEW=…). Editors who copy an address while logged in paste /_nocache addresses
into pages: such a copy is the same page, whose <link rel=canonical> names the real address.

TWO SITES IN ONE SYSTEM, ON ONE HOST: the main site 'Regional utveckling' at / and a SEPARATE SITE 'Folkhälsa i
Skåne' mounted under /folkhalsa (its own design, header, menu, search /folkhalsa/sok, footer, and its own XML sitemap
/folkhalsa/sitemap.xml, named in robots.txt beside /sitemap.xml). The region's social investment funds live on the
/folkhalsa site. AN ENGLISH SITE under /en holds translations of the fund page and of every project page
(/en/public-health/social-investments/projects/<English slug>), joined to the Swedish pages by a language switch
('In English' / 'På svenska') and hreflang alternates.
"""
from make_common import write, urlset, hexid, numid, esc

H = 'utveckling.skane.se'

# main site
KOMP = '/kompetensforsorjning'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
KONTAKT = '/kontakt'
# the /folkhalsa site
FH = '/folkhalsa'
FUND = FH + '/sociala-investeringar'
SOKA = FUND + '/sa-soker-ni-medel'
KRIT = FUND + '/kriterier-och-villkor'
UPPF = FUND + '/uppfoljning-2020-2024'
LIST = FUND + '/beviljade-projekt'
AVSL = FUND + '/avslutade-projekt'
R1 = LIST + '/barnhalsoteam-landskrona'
R2 = LIST + '/sprakstart-perstorp'
R3 = LIST + '/vagen-vidare-ostra-goinge'
R4 = AVSL + '/aktiv-hela-livet-simrishamn'
PROJECTS = [R1, R2, R3, R4]
JH = FH + '/jamlik-halsa'
SERVICE = JH + '/halsokommunikatorer'          # a standing service that began as a project
AKT = FH + '/aktuellt'
N_CALL = AKT + '/2025/utlysning-sociala-investeringsmedel-2026'
N_FUND = AKT + '/2025/regionstyrelsen-avsatter-15-miljoner-till-sociala-investeringar'
N_R2 = AKT + '/2025/sprakstart-perstorp-har-natt-300-familjer'
N_RAPP = AKT + '/2025/folkhalsorapport-skane-2025'
EVS = FH + '/evenemang'
EV = EVS + '/natverkstraff-sociala-investeringar-i-skane-2026'
KAL = FH + '/kalender'
KAL_Q = '?SQ_CALENDAR_VIEW=month&SQ_CALENDAR_DATE=2026-03-01'
OMOSS = FH + '/om-oss'
JOBS = OMOSS + '/lediga-jobb'
JOB = JOBS + '/utvecklingsledare-sociala-investeringar'
# the English site
EN = '/en'
EN_PH = '/en/public-health'
EN_FUND = EN_PH + '/social-investments'
EN_LIST = EN_FUND + '/projects'
EN_R1 = EN_LIST + '/child-health-team-landskrona'
EN_R2 = EN_LIST + '/language-start-perstorp'
EN_R3 = EN_LIST + '/the-way-forward-ostra-goinge'
EN_R4 = EN_LIST + '/active-all-life-simrishamn'
EN_OF = {FUND: EN_FUND, R1: EN_R1, R2: EN_R2, R3: EN_R3, R4: EN_R4, FH: EN_PH, LIST: EN_LIST}
SV_OF = {v: k for k, v in EN_OF.items()}
ENGLISH = [EN_FUND, EN_R1, EN_R2, EN_R3, EN_R4]
# copies under the /_nocache suffix that editors pasted (the same page; canonical = the real address)
NC = '/_nocache'
NOCACHE = [FUND + NC, R2 + NC, R3 + NC]

SEARCH = '/sok'
SEARCHES = ['?queries_search_query=kollektivtrafik', '?queries_search_query=kompetensf%C3%B6rs%C3%B6rjning']
FH_SEARCH = FH + '/sok'
FH_SEARCHES = ['?queries_search_query=sociala+investeringar']
EN_SEARCH = '/en/search'
PRINT = '?SQ_DESIGN_NAME=print'
PRINT_PAGES = [FUND, LIST, R1, R2, R3, R4]
LOGIN = '/_login'
FH_ADMIN = FH + '/_admin'
EDIT_KRIT = KRIT + '/_edit?SQ_BACKEND_PAGE=main&backend_section=am&am_section=edit_asset&assetid=' + str(numid('skane' + KRIT, 40000, 9000))
RECACHE_LIST = LIST + '/_recache'


def forbidden():
    return ([SEARCH + q for q in SEARCHES] + [FH_SEARCH + q for q in FH_SEARCHES] + [EN_SEARCH, LOGIN, FH_ADMIN,
            EDIT_KRIT, RECACHE_LIST, KAL, KAL + KAL_Q] + [p + PRINT for p in PRINT_PAGES])


def aid(path):
    return numid('skane' + path, 40000, 9000)


CSS_MAIN = '/__data/assets/css_file_folder/0012/41112/regional-utveckling.css'
CSS_FH = '/__data/assets/css_file_folder/0021/43281/folkhalsa-i-skane.css'
JS_MAIN = '/__data/assets/js_file_folder/0013/41113/main.js'


def head(path, title, site, lang='sv', canonical=None, alternates=True, desc=''):
    canonical = canonical or path
    alt = ''
    if alternates:
        sv = SV_OF.get(canonical) if lang == 'en' else canonical
        en = EN_OF.get(canonical) if lang == 'sv' else canonical
        if sv and en:
            alt = (f'\n<link rel="alternate" hreflang="sv" href="https://{H}{sv}">'
                   f'\n<link rel="alternate" hreflang="en" href="https://{H}{en}">'
                   f'\n<link rel="alternate" hreflang="x-default" href="https://{H}{sv}">')
    css = CSS_FH if site == 'fh' else CSS_MAIN
    sitename = {'fh': 'Folkhälsa i Skåne', 'main': 'Regional utveckling', 'en': 'Region Skåne – Regional development'}[site]
    return f'''<!DOCTYPE html>
<!--
  Running Squiz Matrix
  Developed by Squiz - http://www.squiz.net
  Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of Squiz Pty Ltd
  Page generated: 03 November 2025 09:14:22
-->
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {sitename} | Region Skåne</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(desc or title)}">
<meta name="dcterms.identifier" content="{aid(canonical)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{canonical}">
<link rel="canonical" href="https://{H}{canonical}">{alt}
<link rel="stylesheet" href="{css}">
<link rel="stylesheet" href="/__lib/web/css/edit.css" media="print">
<link rel="icon" href="/__data/assets/image/0010/41104/favicon.ico">
</head>'''


def main_header():
    return f'''<header class="ru-header">
  <a class="ru-skip" href="#innehall">Gå till innehållet</a>
  <div class="ru-header__top">
    <a class="ru-logo" href="/"><img src="/__data/assets/image/0011/41105/region-skane-logotyp.svg" alt="Region Skåne – Regional utveckling" width="220" height="52"></a>
    <ul class="ru-tools">
      <li><a href="{EN}" lang="en" hreflang="en">In English</a></li>
      <li><a href="https://www.skane.se/">Region Skåne</a></li>
      <li><a href="{KONTAKT}">Kontakt</a></li>
    </ul>
    <form class="ru-search" method="get" action="{SEARCH}" role="search">
      <label for="ru-q" class="ru-visually-hidden">Sök</label>
      <input id="ru-q" type="search" name="queries_search_query" placeholder="Sök på utveckling.skane.se">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="ru-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/naringsliv-och-innovation">Näringsliv och innovation</a></li>
      <li><a href="/kultur">Kultur</a></li>
      <li><a href="/infrastruktur-och-transporter">Infrastruktur och transporter</a></li>
      <li><a href="{KOMP}">Kompetensförsörjning</a></li>
      <li><a href="{FH}">Folkhälsa och social hållbarhet</a></li>
    </ul>
  </nav>
</header>'''


def main_footer():
    return f'''<footer class="ru-footer">
  <div class="ru-footer__cols">
    <div><h2>Region Skåne</h2><p>Regional utveckling<br>291 89 Kristianstad<br>Telefon: 044-309 30 00</p></div>
    <div><h2>Om webbplatsen</h2><ul><li><a href="{OMW}">Om webbplatsen</a></li><li><a href="{KAKOR}">Kakor</a></li><li><a href="https://www.skane.se/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li></ul></div>
    <div><h2>Följ oss</h2><ul><li><a href="https://www.linkedin.com/company/region-skane/">LinkedIn</a></li><li><a href="https://www.facebook.com/regionskane">Facebook</a></li></ul></div>
  </div>
  <p class="ru-footer__login"><a rel="nofollow" href="{LOGIN}">Logga in</a></p>
</footer>'''


def main_page(path, title, body, desc=''):
    return head(path, title, 'main', desc=desc, alternates=False) + f'''
<body class="ru-body">
{main_header()}
<main id="innehall" class="ru-main">
  <div id="content_container_{aid(path)}">
{body}
  </div>
</main>
{main_footer()}
<script src="/__lib/js/jquery.js"></script>
<script src="{JS_MAIN}"></script>
</body>
</html>
'''


FH_MENU = [('Sociala investeringar', FUND), ('Jämlik hälsa', JH), ('Aktuellt', AKT), ('Evenemang', EVS), ('Om oss', OMOSS)]


def fh_header(lang_href, active):
    items = ''.join(f'<li class="fh-nav__item{" fh-nav__item--active" if h == active else ""}"><a href="{h}">{n}</a></li>' for n, h in FH_MENU)
    return f'''<div class="fh-regionbar"><a href="/">Region Skåne – Regional utveckling</a></div>
<header class="fh-header">
  <a class="fh-skip" href="#fh-innehall">Till innehållet</a>
  <div class="fh-header__brand">
    <a href="{FH}"><img src="/__data/assets/image/0022/43282/folkhalsa-i-skane.svg" alt="Folkhälsa i Skåne" width="200" height="46"></a>
  </div>
  <ul class="fh-header__tools">
    <li><a href="{lang_href}" lang="en" hreflang="en">In English</a></li>
    <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9133&amp;lang=sv_se&amp;readid=fh-innehall&amp;url=">Lyssna</a></li>
  </ul>
  <form class="fh-search" method="get" action="{FH_SEARCH}" role="search">
    <label for="fh-q">Sök inom Folkhälsa i Skåne</label>
    <input id="fh-q" type="search" name="queries_search_query">
    <button type="submit">Sök</button>
  </form>
  <nav class="fh-nav" aria-label="Folkhälsa i Skåne">
    <ul>{items}</ul>
  </nav>
</header>'''


def fh_footer():
    return f'''<footer class="fh-footer">
  <p><strong>Folkhälsa i Skåne</strong> är Region Skånes webbplats för folkhälsoarbete och social hållbarhet. Ansvarig: Avdelningen för regional utveckling, enheten för folkhälsa.</p>
  <ul>
    <li><a href="{OMOSS}">Om oss</a></li>
    <li><a href="{JOBS}">Lediga jobb</a></li>
    <li><a href="{KAKOR}">Kakor</a></li>
    <li><a href="mailto:folkhalsa@skane.se">folkhalsa@skane.se</a></li>
  </ul>
  <p class="fh-footer__admin"><a rel="nofollow" href="{FH_ADMIN}">Inloggning för redaktörer</a></p>
</footer>'''


def crumbs(trail):
    lis = [f'<li><a href="{FH}">Folkhälsa i Skåne</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li><a href="{href}">{name}</a></li>')
    lis.append(f'<li aria-current="page">{trail[-1][0]}</li>')
    return f'<nav class="fh-breadcrumbs" aria-label="Du är här"><ol>{"".join(lis)}</ol></nav>'


def fund_nav(current):
    lis = ''.join(f'<li><a href="{h}"' + (' aria-current="page"' if h == current else '') + f'>{n}</a></li>'
                  for n, h in [('Så söker ni medel', SOKA), ('Kriterier och villkor', KRIT), ('Beviljade projekt', LIST),
                               ('Avslutade projekt', AVSL), ('Uppföljning 2020–2024', UPPF)])
    return f'''<nav class="fh-subnav" aria-label="Sociala investeringar">
      <h2><a href="{FUND}">Sociala investeringar</a></h2>
      <ul>{lis}</ul>
    </nav>'''


def fh_page(path, title, body, trail, active=None, subnav='', printable=False, canonical=None, updated='2025-10-14', desc=''):
    canonical = canonical or path
    lang_href = EN_OF.get(canonical, EN)
    pr = f'<li><a rel="nofollow" href="{canonical}{PRINT}">Skriv ut</a></li>' if printable else ''
    side = f'\n  <aside class="fh-aside">\n    {subnav}\n  </aside>' if subnav else ''
    return head(path, title, 'fh', canonical=canonical, desc=desc) + f'''
<body class="fh-body">
{fh_header(lang_href, active)}
<div class="fh-page">
  {crumbs(trail)}
  <div class="fh-columns">{side}
  <main id="fh-innehall" class="fh-main">
    <ul class="fh-pagetools">{pr}<li><a rel="nofollow" href="https://www.linkedin.com/sharing/share-offsite/?url=https://{H}{canonical}">Dela</a></li></ul>
    <div id="content_container_{aid(canonical)}" class="fh-content">
{body}
    </div>
    <p class="fh-updated">Senast uppdaterad: {updated}</p>
  </main>
  </div>
</div>
{fh_footer()}
<script src="/__lib/js/jquery.js"></script>
<script src="/__data/assets/js_file_folder/0023/43283/folkhalsa.js"></script>
</body>
</html>
'''


def en_page(path, title, body, trail):
    sv = SV_OF.get(path, '/')
    lis = [f'<li><a href="{EN}">Regional development</a></li>']
    for n, h in trail[:-1]:
        lis.append(f'<li><a href="{h}">{n}</a></li>')
    lis.append(f'<li aria-current="page">{trail[-1][0]}</li>')
    return head(path, title, 'en', lang='en') + f'''
<body class="ru-body ru-body--en">
<header class="ru-header">
  <a class="ru-skip" href="#content">Skip to content</a>
  <div class="ru-header__top">
    <a class="ru-logo" href="{EN}"><img src="/__data/assets/image/0011/41105/region-skane-logotyp.svg" alt="Region Skåne – Regional development" width="220" height="52"></a>
    <ul class="ru-tools">
      <li><a href="{sv}" lang="sv" hreflang="sv">På svenska</a></li>
      <li><a href="{EN_SEARCH}">Search</a></li>
    </ul>
  </div>
  <nav class="ru-nav" aria-label="Main menu"><ul><li><a href="{EN_PH}">Public health</a></li><li><a href="{EN_FUND}">Social investments</a></li></ul></nav>
</header>
<nav class="ru-breadcrumbs" aria-label="Breadcrumb"><ol>{"".join(lis)}</ol></nav>
<main id="content" class="ru-main">
  <div id="content_container_{aid(path)}">
{body}
  </div>
</main>
<footer class="ru-footer"><p>Region Skåne, 291 89 Kristianstad, Sweden. Phone +46 44 309 30 00.</p><p><a rel="nofollow" href="{LOGIN}">Log in</a></p></footer>
</body>
</html>
'''


FUND_TRAIL = [('Sociala investeringar', FUND)]


# ---------------------------------------------------------------------------------------------------------------- main site
def start():
    body = f'''    <div class="ru-hero">
      <h1>Regional utveckling i Skåne</h1>
      <p class="ru-ingress">Region Skåne arbetar för att Skåne ska vara en hållbar, öppen och innovativ region. Här finns information om regionens arbete med näringsliv, kultur, infrastruktur, kompetensförsörjning och folkhälsa.</p>
    </div>
    <div class="ru-popular">
      <h2>Populära sökningar</h2>
      <ul><li><a href="{SEARCH}{SEARCHES[0]}">Kollektivtrafik</a></li><li><a href="{SEARCH}{SEARCHES[1]}">Kompetensförsörjning</a></li></ul>
    </div>
    <ul class="ru-teasers">
      <li class="ru-teaser"><h2><a href="{FH}">Folkhälsa och social hållbarhet</a></h2><p>Folkhälsa i Skåne samlar regionens arbete för en god och jämlik hälsa.</p></li>
      <li class="ru-teaser"><h2><a href="{FUND}{NC}">Sociala investeringsmedel 2026</a></h2><p>Kommunerna i Skåne kan nu söka medel för förebyggande insatser. Sista ansökningsdag är den 15 februari 2026.</p></li>
      <li class="ru-teaser"><h2><a href="{KOMP}">Kompetensförsörjning</a></h2><p>Analyser och samarbeten för att Skånes arbetsgivare ska hitta rätt kompetens.</p></li>
    </ul>'''
    return main_page('/', 'Regional utveckling i Skåne', body)


def kompetens():
    body = '''    <h1>Kompetensförsörjning</h1>
    <p class="ru-ingress">Region Skåne samordnar arbetet med kompetensförsörjning i Skåne tillsammans med kommunerna, lärosätena och arbetsmarknadens parter.</p>
    <p>Arbetet utgår från den regionala kompetensplattformen och följs upp i en årlig analys av arbetsmarknaden i Skåne. Regionen leder branschråd för vård och omsorg, industri och byggsektorn.</p>'''
    return main_page(KOMP, 'Kompetensförsörjning', body)


def main_furniture(path, title, text_):
    return main_page(path, title, f'    <h1>{title}</h1>\n    <p>{text_}</p>')


# ---------------------------------------------------------------------------------------------------------------- /folkhalsa
def fh_start():
    body = f'''      <h1>Folkhälsa i Skåne</h1>
      <p class="fh-ingress">Region Skåne arbetar för en god och jämlik hälsa i hela Skåne, tillsammans med de 33 kommunerna, civilsamhället och andra aktörer.</p>
      <ul class="fh-cards">
        <li class="fh-card"><a href="{FUND}"><h2>Sociala investeringar</h2><p>Regionens medel för förebyggande insatser i kommunerna.</p></a></li>
        <li class="fh-card"><a href="{JH}"><h2>Jämlik hälsa</h2><p>Hälsokommunikatörer, hälsofrämjande skolor och folkhälsodata.</p></a></li>
        <li class="fh-card"><a href="{AKT}"><h2>Aktuellt</h2><p>Nyheter om folkhälsoarbetet i Skåne.</p></a></li>
      </ul>
      <p class="fh-popular">Många söker efter: <a href="{FH_SEARCH}{FH_SEARCHES[0]}">sociala investeringar</a></p>'''
    return fh_page(FH, 'Folkhälsa i Skåne', body, [('Start', FH)], None)


def fund_body():
    return f'''      <h1>Sociala investeringsmedel</h1>
      <p class="fh-ingress">Region Skåne avsätter varje år medel för sociala investeringar. Kommunerna i Skåne kan söka medlen för förebyggande insatser som ger barn, unga och vuxna bättre förutsättningar.</p>
      <h2>Vad är en social investering?</h2>
      <p>En social investering är en tidsbegränsad förebyggande insats som ska ge bättre hälsa och livsvillkor för en avgränsad målgrupp, och som på sikt minskar samhällets kostnader. Regionen och kommunen delar på kostnaden.</p>
      <h2>Så fungerar medlen</h2>
      <p>Regionstyrelsen avsätter medlen för tre år i taget. En kommun kan få högst 3 500 000 kronor för en insats och ska själv stå för minst en tredjedel av kostnaden. Beslut fattas av regionala utvecklingsnämnden en gång om året.</p>
      <h2>Medlen i siffror</h2>
      <ul>
        <li>Avsatt för 2026–2028: 15 000 000 kronor</li>
        <li>Beviljat 2020–2025: 38 600 000 kronor till 19 insatser</li>
        <li>Kommuner som har fått medel: 14</li>
      </ul>
      <ul class="fh-linklist">
        <li><a href="{LIST}">Beviljade projekt</a></li>
        <li><a href="{AVSL}">Avslutade projekt</a></li>
        <li><a href="{SOKA}">Så söker ni medel</a></li>
        <li><a href="{KRIT}">Kriterier och villkor</a></li>
        <li><a href="{UPPF}">Uppföljning 2020–2024</a></li>
      </ul>
      <div class="fh-contact"><h2>Kontakt</h2><p><strong>Annika Persson</strong><br>Utvecklingsledare sociala investeringar<br>Telefon: 040-675 30 12<br><a href="mailto:annika.persson@skane.se">annika.persson@skane.se</a></p></div>'''


def fund(path=FUND):
    return fh_page(path, 'Sociala investeringsmedel', fund_body(), FUND_TRAIL, FUND, fund_nav(FUND), printable=True, canonical=FUND)


def soka():
    body = '''      <h1>Så söker ni medel</h1>
      <p class="fh-ingress">Här beskriver vi hur en kommun ansöker om sociala investeringsmedel från Region Skåne.</p>
      <h2>Vem kan söka?</h2>
      <p>Kommunerna i Skåne, ensamma eller flera tillsammans. Föreningar och samordningsförbund kan vara samverkansparter.</p>
      <h2>När kan man söka?</h2>
      <p>Utlysningen öppnar i november och stänger den 15 februari. Besked lämnas i juni.</p>
      <h2>Hur går ansökan till?</h2>
      <ol>
        <li>Boka ett rådgivningsmöte med utvecklingsledaren.</li>
        <li>Fyll i ansökan i e-tjänsten och bifoga en budget per år och en socioekonomisk kalkyl.</li>
        <li>Ansökan ska vara undertecknad av kommundirektören.</li>
        <li>En bedömningsgrupp läser ansökningarna och kan be om kompletteringar.</li>
      </ol>
      <h2>Hur mycket kan man söka?</h2>
      <p>Högst 3 500 000 kronor per insats, och högst två tredjedelar av insatsens kostnad.</p>
      <p><a href="https://e-tjanster.skane.se/sociala-investeringsmedel">Till e-tjänsten</a></p>'''
    return fh_page(SOKA, 'Så söker ni medel', body, FUND_TRAIL + [('Så söker ni medel', SOKA)], FUND, fund_nav(SOKA))


def krit():
    body = '''      <h1>Kriterier och villkor</h1>
      <p class="fh-ingress">Villkoren beslutades av regionala utvecklingsnämnden den 14 september 2023, § 102.</p>
      <ol>
        <li>Insatsen ska vara förebyggande och rikta sig till en avgränsad målgrupp.</li>
        <li>Insatsen ska vara tidsbegränsad och pågå i högst tre år.</li>
        <li>Insatsen ska ha mätbara mål och en plan för uppföljning.</li>
        <li>Kommunen ska stå för minst en tredjedel av kostnaden.</li>
        <li>Det ska finnas en plan för hur arbetet kan fortsätta efter att medlen har tagit slut.</li>
      </ol>
      <h2>Återrapportering</h2>
      <p>Kommunen lämnar en lägesrapport varje år i december och en slutrapport senast tre månader efter att insatsen har avslutats.</p>'''
    return fh_page(KRIT, 'Kriterier och villkor', body, FUND_TRAIL + [('Kriterier och villkor', KRIT)], FUND, fund_nav(KRIT))


def uppf():
    body = '''      <h1>Uppföljning av sociala investeringsmedel 2020–2024</h1>
      <p class="fh-ingress">Malmö universitet har följt upp de insatser som fick sociala investeringsmedel 2020–2024.</p>
      <table class="fh-table">
        <caption>Beviljade insatser per år</caption>
        <thead><tr><th>År</th><th>Antal insatser</th><th>Beviljat belopp</th></tr></thead>
        <tbody><tr><td>2020</td><td>3</td><td>6 100 000 kr</td></tr><tr><td>2021</td><td>4</td><td>8 400 000 kr</td></tr><tr><td>2022</td><td>3</td><td>5 900 000 kr</td></tr><tr><td>2023</td><td>4</td><td>8 800 000 kr</td></tr><tr><td>2024</td><td>3</td><td>6 500 000 kr</td></tr></tbody>
      </table>
      <h2>De viktigaste resultaten</h2>
      <ul><li>Tolv av sexton avslutade insatser lever vidare i kommunernas ordinarie verksamhet.</li><li>Insatser för små barn och deras föräldrar visar de tydligaste effekterna.</li></ul>
      <h2>Rekommendationer</h2>
      <p>Uppföljningen rekommenderar längre tid för uppstart och gemensamma mått för alla insatser.</p>
      <p><a href="/__data/assets/pdf_file/0017/44117/uppfoljning-sociala-investeringsmedel-2020-2024.pdf">Uppföljning av sociala investeringsmedel 2020–2024 (pdf, 2,4 MB)</a></p>'''
    return fh_page(UPPF, 'Uppföljning av sociala investeringsmedel 2020–2024', body, FUND_TRAIL + [('Uppföljning 2020–2024', UPPF)], FUND, fund_nav(UPPF))


def listing():
    body = f'''      <h1>Beviljade projekt</h1>
      <p class="fh-ingress">De här insatserna har fått sociala investeringsmedel från Region Skåne och pågår nu.</p>
      <div class="fh-projectlist">
        <div class="fh-projectlist__item">
          <h2><a href="{R1}">Barnhälsoteam Landskrona</a></h2>
          <p>Landskrona stad · 2025–2027 · 3 200 000 kronor</p>
          <p>Ett team som ger tidigt stöd till barn och familjer i Centrum och Öster.</p>
        </div>
        <div class="fh-projectlist__item">
          <h2><a href="{R2}">Språkstart Perstorp</a></h2>
          <p>Perstorps kommun · 2024–2026 · 1 450 000 kronor</p>
          <p>Hembesök med böcker och sagostunder för familjer med barn 0–3 år.</p>
        </div>
        <div class="fh-projectlist__item">
          <h2><a href="{R3}{NC}">Vägen vidare Östra Göinge</a></h2>
          <p>Östra Göinge kommun · 2025–2027 · 2 100 000 kronor</p>
          <p>Stöd till unga vuxna som varken arbetar eller studerar.</p>
        </div>
      </div>
      <p>Insatser som har avslutats finns under <a href="{AVSL}">Avslutade projekt</a>.</p>'''
    return fh_page(LIST, 'Beviljade projekt', body, FUND_TRAIL + [('Beviljade projekt', LIST)], FUND, fund_nav(LIST), printable=True)


def avslutade():
    body = f'''      <h1>Avslutade projekt</h1>
      <p class="fh-ingress">Insatser som har fått sociala investeringsmedel och som nu är avslutade.</p>
      <ul class="fh-linklist">
        <li><a href="{R4}">Aktiv hela livet Simrishamn</a> (2021–2024)</li>
      </ul>
      <p>Äldre avslutade insatser redovisas i <a href="{UPPF}">uppföljningen 2020–2024</a>.</p>'''
    return fh_page(AVSL, 'Avslutade projekt', body, FUND_TRAIL + [('Avslutade projekt', AVSL)], FUND, fund_nav(AVSL))


def facts_table(rows):
    trs = ''.join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f'''      <table class="fh-facts">
        <caption>Fakta</caption>
        <tbody>{trs}</tbody>
      </table>'''


def r1_body():
    return '''      <h1>Barnhälsoteam Landskrona</h1>
      <p class="fh-ingress">Barnhälsoteam Landskrona är ett projekt som ska ge barn och familjer i stadsdelarna Centrum och Öster stöd tidigt, innan problemen växer.</p>
      <h2>Bakgrund</h2>
      <p>I Centrum och Öster bor omkring 4 000 barn under tolv år. Andelen barn med övervikt, tandhälsoproblem och språkförsening är högre än i resten av Skåne, och många familjer har svårt att hitta rätt i vården och i kommunens stöd.</p>
      <h2>Syfte</h2>
      <p>Syftet med projektet är att barn och familjer ska få samordnat stöd tidigt, så att färre barn behöver insatser från socialtjänsten och barn- och ungdomspsykiatrin.</p>
      <h2>Så arbetar teamet</h2>
      <p>En barnsjuksköterska, en familjebehandlare och en specialpedagog arbetar tillsammans på familjecentralen Öster och i förskolorna. Teamet gör hembesök, träffar föräldrar i grupp och slussar vidare till rätt instans.</p>
''' + facts_table([
        ('Projektägare', 'Landskrona stad, socialförvaltningen'),
        ('Samverkansparter', 'Region Skåne (barnhälsovården och barn- och ungdomspsykiatrin), Landskrona stads förskolor'),
        ('Målgrupp', 'Barn 0–12 år och deras familjer i Centrum och Öster'),
        ('Projektperiod', 'januari 2025 – december 2027'),
        ('Beviljade medel', '3 200 000 kronor ur Region Skånes sociala investeringsmedel'),
        ('Kommunens medfinansiering', '1 600 000 kronor'),
        ('Bemanning', 'Tre tjänster'),
        ('Status', 'Pågår')])


def r2_body():
    return '''      <h1>Språkstart Perstorp</h1>
      <p class="fh-ingress">Språkstart Perstorp är en insats för familjer med små barn. Bibliotekarier gör hembesök med böcker och berättar om hur föräldrar kan stötta barnets språk.</p>
      <h2>Varför Språkstart?</h2>
      <p>Ett rikt språk tidigt i livet har betydelse för skolresultat och hälsa. I Perstorp läser färre föräldrar högt för sina barn än i resten av Skåne, och många familjer besöker aldrig biblioteket.</p>
      <h2>Så går det till</h2>
      <p>Familjerna får fyra hembesök innan barnet fyller tre år, en bokpåse vid varje besök och en inbjudan till sagostunder på biblioteket. Barnavårdscentralen i Perstorp berättar om Språkstart vid de vanliga hälsobesöken.</p>
      <dl class="fh-dl">
        <dt>Ansvarig</dt><dd>Perstorps kommun, kultur- och fritidsförvaltningen (biblioteket)</dd>
        <dt>Samverkan</dt><dd>Region Skåne (barnavårdscentralen i Perstorp), förskolorna i Perstorp</dd>
        <dt>Målgrupp</dt><dd>Familjer med barn 0–3 år i Perstorps kommun</dd>
        <dt>Period</dt><dd>september 2024 – augusti 2026</dd>
        <dt>Budget</dt><dd>1 450 000 kronor, varav 950 000 kronor i sociala investeringsmedel från Region Skåne</dd>
        <dt>Status</dt><dd>Pågår</dd>
      </dl>'''


def r3_body():
    return '''      <h1>Vägen vidare Östra Göinge</h1>
      <p class="fh-ingress">Vägen vidare är ett projekt för unga vuxna i Östra Göinge som varken arbetar eller studerar.</p>
      <h2>Syfte</h2>
      <p>Projektet ska hjälpa unga vuxna att börja arbeta eller studera och förebygga långvarigt utanförskap och psykisk ohälsa.</p>
      <h2>Så arbetar projektet</h2>
      <p>Två coacher och en arbetsterapeut träffar deltagarna enskilt och i grupp i Broby och Glimåkra. Deltagarna får stöd med hälsa, vardag, praktik och studier. Arbetsförmedlingen och Samordningsförbundet Skåne Nordost är med i projektets styrgrupp, och vårdcentralen i Broby tar emot remisser.</p>
      <h2>Kort om projektet</h2>
      <ul>
        <li><strong>Projektägare:</strong> Östra Göinge kommun, arbetsmarknadsenheten</li>
        <li><strong>Målgrupp:</strong> Unga vuxna 18–29 år</li>
        <li><strong>Period:</strong> mars 2025 – februari 2027</li>
        <li><strong>Beviljat:</strong> 2 100 000 kronor i sociala investeringsmedel</li>
        <li><strong>Samverkan:</strong> Arbetsförmedlingen, Samordningsförbundet Skåne Nordost</li>
      </ul>'''


def r4_body():
    return '''      <h1>Aktiv hela livet Simrishamn</h1>
      <p class="fh-ingress"><strong>Projektet är avslutat.</strong> Aktiv hela livet var en insats för att förebygga fall, ensamhet och undernäring bland äldre i Simrishamns kommun.</p>
      <h2>Om projektet</h2>
      <p>Projektet pågick från september 2021 till augusti 2024. Simrishamns kommun fick 1 800 000 kronor i sociala investeringsmedel från Region Skåne. En fysioterapeut och en aktivitetsledare höll i träningsgrupper, måltidsträffar och hembesök i Simrishamn, Kivik och Borrby, tillsammans med vårdcentralerna i Simrishamn och Kivik och pensionärsföreningarna.</p>
      <h2>Målgrupp</h2>
      <p>Personer 70 år och äldre som bor hemma.</p>
      <h2>Resultat</h2>
      <ul>
        <li>412 personer deltog i minst en träningsgrupp.</li>
        <li>Antalet fallolyckor som ledde till sjukhusvård minskade med 14 procent bland deltagarna.</li>
        <li>Träningsgrupperna drivs nu vidare av pensionärsföreningarna.</li>
      </ul>'''


def project(path, body_fn, trail_name, parent, printable=True, canonical=None, updated='2025-09-30'):
    return fh_page(path, trail_name, body_fn(), FUND_TRAIL + [parent, (trail_name, canonical or path)], FUND,
                   fund_nav(parent[1]), printable=printable, canonical=canonical, updated=updated)


def service():
    body = '''      <h1>Hälsokommunikatörer</h1>
      <p class="fh-ingress">Hälsokommunikatörerna ger information om hälsa, vård och samhälle till nyanlända på deras eget språk.</p>
      <p>Hälsokommunikatörerna arbetar i tolv kommuner i Skåne. De håller samhällsorientering om hälsa på arabiska, dari, somaliska, tigrinja och ukrainska och träffar grupper på SFI, i föreningar och på biblioteken.</p>
      <h2>Bakgrund</h2>
      <p>Hälsokommunikatörerna startade 2017 som ett projekt med sociala investeringsmedel i tre kommuner. Sedan 2021 är hälsokommunikatörerna en del av Region Skånes ordinarie folkhälsoarbete.</p>
      <h2>Boka en hälsokommunikatör</h2>
      <p>Skicka e-post till <a href="mailto:halsokommunikatorer@skane.se">halsokommunikatorer@skane.se</a>.</p>'''
    return fh_page(SERVICE, 'Hälsokommunikatörer', body, [('Jämlik hälsa', JH), ('Hälsokommunikatörer', SERVICE)], JH)


def jamlik():
    body = f'''      <h1>Jämlik hälsa</h1>
      <p class="fh-ingress">Hälsan är ojämlikt fördelad i Skåne. Region Skåne arbetar för att minska skillnaderna.</p>
      <ul class="fh-linklist">
        <li><a href="{SERVICE}">Hälsokommunikatörer</a></li>
        <li><a href="{JH}/halsoframjande-skolor">Hälsofrämjande skolor</a></li>
        <li><a href="{JH}/folkhalsodata">Folkhälsodata</a></li>
      </ul>'''
    return fh_page(JH, 'Jämlik hälsa', body, [('Jämlik hälsa', JH)], JH)


def news(path, title, date, body):
    b = f'      <h1>{title}</h1>\n      <p class="fh-newsdate">Publicerad {date}</p>\n' + body
    return fh_page(path, title, b, [('Aktuellt', AKT), (title, path)], AKT, updated=date)


def n_call():
    return news(N_CALL, 'Utlysning: Sociala investeringsmedel 2026', '2025-11-03', f'''      <p class="fh-ingress">Nu kan kommunerna i Skåne söka sociala investeringsmedel för insatser som startar 2026. Sista ansökningsdag är den 15 februari 2026.</p>
      <p>Region Skåne fördelar 5 000 000 kronor under 2026. En kommun kan söka högst 3 500 000 kronor för en insats som pågår i högst tre år. Läs <a href="{esc(EDIT_KRIT)}">kriterierna och villkoren</a> innan ni skriver ansökan.</p>
      <p>Vi håller ett digitalt informationsmöte den 2 december klockan 9–10. <a href="{SOKA}">Så söker ni medel</a></p>''')


def n_fund():
    return news(N_FUND, 'Regionstyrelsen avsätter 15 miljoner kronor till sociala investeringar', '2025-09-18', f'''      <p class="fh-ingress">Regionstyrelsen har beslutat att avsätta 15 miljoner kronor till sociala investeringsmedel för 2026–2028.</p>
      <p>Medlen fördelas med 5 miljoner kronor per år. Sedan 2020 har 19 insatser i 14 kommuner fått medel.</p>
      <p>Se <a href="{RECACHE_LIST}">listan över beviljade projekt</a>.</p>''')


def n_r2():
    return news(N_R2, 'Språkstart Perstorp har nått 300 familjer', '2025-06-10', f'''      <p class="fh-ingress">På ett år har bibliotekarierna i Språkstart Perstorp gjort 300 hembesök hos familjer med små barn.</p>
      <p>– Många familjer hade aldrig varit på biblioteket. Nu kommer de på sagostunderna, säger bibliotekarien Hanna Nilsson.</p>
      <p><a href="{R2}{NC}">Läs mer om Språkstart Perstorp</a></p>''')


def n_rapp():
    return news(N_RAPP, 'Folkhälsorapport Skåne 2025', '2025-05-22', '''      <p class="fh-ingress">Folkhälsorapport Skåne 2025 visar att de flesta skåningar mår bra, men att skillnaderna mellan grupper ökar.</p>
      <p>Rapporten bygger på enkäten Folkhälsa i Skåne som 28 000 personer svarade på hösten 2024. Rapporten redovisas per kommun och stadsdel.</p>''')


def aktuellt():
    items = [(N_CALL, 'Utlysning: Sociala investeringsmedel 2026', '2025-11-03'),
             (N_FUND, 'Regionstyrelsen avsätter 15 miljoner kronor till sociala investeringar', '2025-09-18'),
             (N_R2, 'Språkstart Perstorp har nått 300 familjer', '2025-06-10'),
             (N_RAPP, 'Folkhälsorapport Skåne 2025', '2025-05-22')]
    lis = ''.join(f'\n        <li><a href="{h}">{t}</a> <span class="fh-date">{d}</span></li>' for h, t, d in items)
    return fh_page(AKT, 'Aktuellt', f'      <h1>Aktuellt</h1>\n      <ul class="fh-newslist">{lis}\n      </ul>', [('Aktuellt', AKT)], AKT)


def evenemang():
    body = f'''      <h1>Evenemang</h1>
      <ul class="fh-linklist"><li><a href="{EV}">Nätverksträff: Sociala investeringar i Skåne 2026</a> – 12 mars 2026</li></ul>
      <p><a rel="nofollow" href="{KAL}">Kalender</a> · <a rel="nofollow" href="{KAL}{esc(KAL_Q)}">Mars 2026</a></p>'''
    return fh_page(EVS, 'Evenemang', body, [('Evenemang', EVS)], EVS)


def event():
    body = f'''      <h1>Nätverksträff: Sociala investeringar i Skåne 2026</h1>
      <p class="fh-ingress">Välkommen till årets nätverksträff för kommuner som arbetar med sociala investeringar.</p>
      <p>Vi lyssnar på erfarenheter från Barnhälsoteam Landskrona och Vägen vidare Östra Göinge, och Malmö universitet berättar om uppföljningen 2020–2024.</p>
      <table class="fh-table">
        <tbody>
          <tr><th scope="row">Datum</th><td>12 mars 2026</td></tr>
          <tr><th scope="row">Tid</th><td>9.30–15.00</td></tr>
          <tr><th scope="row">Plats</th><td>Dockan, Malmö</td></tr>
          <tr><th scope="row">Kostnad</th><td>Kostnadsfritt, lunch ingår</td></tr>
          <tr><th scope="row">Sista anmälningsdag</th><td>20 februari 2026</td></tr>
          <tr><th scope="row">Anmälan</th><td><a href="https://e-tjanster.skane.se/anmalan/natverkstraff-si-2026">Anmäl dig här</a></td></tr>
          <tr><th scope="row">Arrangör</th><td>Region Skåne, enheten för folkhälsa</td></tr>
        </tbody>
      </table>'''
    return fh_page(EV, 'Nätverksträff: Sociala investeringar i Skåne 2026', body, [('Evenemang', EVS), ('Nätverksträff 2026', EV)], EVS)


def omoss():
    body = f'''      <h1>Om oss</h1>
      <p>Folkhälsa i Skåne drivs av enheten för folkhälsa på avdelningen för regional utveckling, Region Skåne.</p>
      <ul class="fh-linklist"><li><a href="{JOBS}">Lediga jobb</a></li></ul>'''
    return fh_page(OMOSS, 'Om oss', body, [('Om oss', OMOSS)], OMOSS)


def jobs():
    body = f'''      <h1>Lediga jobb</h1>
      <ul class="fh-linklist"><li><a href="{JOB}">Utvecklingsledare med inriktning sociala investeringar</a> – sista ansökningsdag 7 december 2025</li></ul>
      <p>Fler lediga jobb i Region Skåne finns på <a href="https://www.skane.se/jobb/">skane.se/jobb</a>.</p>'''
    return fh_page(JOBS, 'Lediga jobb', body, [('Om oss', OMOSS), ('Lediga jobb', JOBS)], OMOSS)


def job():
    body = f'''      <h1>Utvecklingsledare med inriktning sociala investeringar</h1>
      <p class="fh-ingress">Vill du vara med och utveckla Region Skånes arbete med sociala investeringar tillsammans med kommunerna?</p>
      <h2>Om tjänsten</h2>
      <p>Du ger råd till kommuner som vill söka sociala investeringsmedel, bereder ansökningar och följer upp de beviljade insatserna, till exempel Barnhälsoteam Landskrona och Språkstart Perstorp.</p>
      <h2>Kvalifikationer</h2>
      <p>Akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi. Erfarenhet av socioekonomiska analyser är meriterande.</p>
      <ul>
        <li>Anställningsform: Tillsvidareanställning</li>
        <li>Omfattning: Heltid</li>
        <li>Tillträde: Enligt överenskommelse</li>
        <li>Placering: Malmö</li>
        <li>Sista ansökningsdag: 2025-12-07</li>
      </ul>
      <p><a href="https://regionskane.varbi.com/what:job/jobID:861204/">Ansök via Region Skånes rekryteringssystem</a></p>'''
    return fh_page(JOB, 'Utvecklingsledare med inriktning sociala investeringar', body,
                   [('Om oss', OMOSS), ('Lediga jobb', JOBS), ('Utvecklingsledare', JOB)], OMOSS)


# ---------------------------------------------------------------------------------------------------------------- /en
def en_start():
    body = f'''    <h1>Regional development in Skåne</h1>
    <p>Region Skåne works for a sustainable, open and innovative region. A selection of our pages is available in English.</p>
    <ul><li><a href="{EN_PH}">Public health</a></li><li><a href="{EN_FUND}">Social investments</a></li></ul>'''
    return en_page(EN, 'Regional development in Skåne', body, [('Regional development', EN)])


def en_ph():
    body = f'''    <h1>Public health in Skåne</h1>
    <p>Region Skåne works for good and equal health in Skåne together with the 33 municipalities.</p>
    <ul><li><a href="{EN_FUND}">Social investments</a></li></ul>'''
    return en_page(EN_PH, 'Public health in Skåne', body, [('Public health', EN_PH)])


def en_fund():
    body = f'''    <h1>Social investment funds</h1>
    <p>Every year Region Skåne sets aside funds for social investments. The municipalities in Skåne can apply for funding for preventive measures that give children, young people and adults better opportunities.</p>
    <h2>How the funds work</h2>
    <p>The Regional Executive Board allocates the funds for three years at a time. A municipality can receive at most SEK 3.5 million for one measure and pays at least one third of the cost itself.</p>
    <ul><li><a href="{EN_LIST}">Granted projects</a></li></ul>'''
    return en_page(EN_FUND, 'Social investment funds', body, [('Public health', EN_PH), ('Social investments', EN_FUND)])


def en_list():
    body = f'''    <h1>Granted projects</h1>
    <ul>
      <li><a href="{EN_R1}">Child health team Landskrona</a></li>
      <li><a href="{EN_R2}">Language start Perstorp</a></li>
      <li><a href="{EN_R3}">The way forward – Östra Göinge</a></li>
      <li><a href="{EN_R4}">Active all life – Simrishamn</a> (completed)</li>
    </ul>'''
    return en_page(EN_LIST, 'Granted projects', body, [('Public health', EN_PH), ('Social investments', EN_FUND), ('Projects', EN_LIST)])


EN_TEXT = {
    EN_R1: ('Child health team Landskrona', 'The child health team gives early support to children aged 0–12 and their families in the Centrum and Öster districts of Landskrona. A paediatric nurse, a family therapist and a special needs teacher work together at the family centre and in the preschools. The project runs from January 2025 to December 2027 and has been granted SEK 3.2 million from Region Skåne’s social investment funds. Landskrona adds SEK 1.6 million.'),
    EN_R2: ('Language start Perstorp', 'Librarians visit families with children aged 0–3 at home with books and tell parents how they can support their child’s language. The project runs from September 2024 to August 2026. Budget: SEK 1.45 million, of which SEK 0.95 million from Region Skåne’s social investment funds.'),
    EN_R3: ('The way forward – Östra Göinge', 'A project for young adults aged 18–29 in Östra Göinge who neither work nor study. Two coaches and an occupational therapist meet the participants in Broby and Glimåkra. March 2025 – February 2027, SEK 2.1 million in social investment funds.'),
    EN_R4: ('Active all life – Simrishamn', 'The project has ended. It prevented falls, loneliness and malnutrition among people aged 70 and over in Simrishamn from September 2021 to August 2024, with SEK 1.8 million in social investment funds from Region Skåne. 412 people took part in training groups.'),
}


def en_project(path):
    t, txt = EN_TEXT[path]
    body = f'    <h1>{t}</h1>\n    <p>{txt}</p>\n    <p lang="sv"><a href="{SV_OF[path]}">Läs mer på svenska</a></p>'
    return en_page(path, t, body, [('Public health', EN_PH), ('Social investments', EN_FUND), ('Projects', EN_LIST), (t, path)])


def build():
    pages = {
        '/': start(), KOMP: kompetens(),
        OMW: main_furniture(OMW, 'Om webbplatsen', 'utveckling.skane.se drivs av avdelningen för regional utveckling i Region Skåne.'),
        KAKOR: main_furniture(KAKOR, 'Kakor', 'Vi använder en kaka för sessionen (SQ_SYSTEM_SESSION) och Matomo för besöksstatistik.'),
        KONTAKT: main_furniture(KONTAKT, 'Kontakt', 'Region Skåne, avdelningen för regional utveckling. Telefon 044-309 30 00, e-post regional.utveckling@skane.se.'),
        FH: fh_start(), FUND: fund(), SOKA: soka(), KRIT: krit(), UPPF: uppf(), LIST: listing(), AVSL: avslutade(),
        R1: project(R1, r1_body, 'Barnhälsoteam Landskrona', ('Beviljade projekt', LIST), updated='2025-02-03'),
        R2: project(R2, r2_body, 'Språkstart Perstorp', ('Beviljade projekt', LIST), updated='2025-06-10'),
        R3: project(R3, r3_body, 'Vägen vidare Östra Göinge', ('Beviljade projekt', LIST), updated='2025-04-14'),
        R4: project(R4, r4_body, 'Aktiv hela livet Simrishamn', ('Avslutade projekt', AVSL), updated='2024-11-20'),
        # /_nocache copies: the same pages, canonical = the real address
        FUND + NC: fh_page(FUND + NC, 'Sociala investeringsmedel', fund_body(), FUND_TRAIL, FUND, fund_nav(FUND), printable=True, canonical=FUND),
        R2 + NC: project(R2 + NC, r2_body, 'Språkstart Perstorp', ('Beviljade projekt', LIST), canonical=R2, updated='2025-06-10'),
        R3 + NC: project(R3 + NC, r3_body, 'Vägen vidare Östra Göinge', ('Beviljade projekt', LIST), canonical=R3, updated='2025-04-14'),
        JH: jamlik(), SERVICE: service(), AKT: aktuellt(), N_CALL: n_call(), N_FUND: n_fund(), N_R2: n_r2(), N_RAPP: n_rapp(),
        EVS: evenemang(), EV: event(), OMOSS: omoss(), JOBS: jobs(), JOB: job(),
        EN: en_start(), EN_PH: en_ph(), EN_FUND: en_fund(), EN_LIST: en_list(),
        EN_R1: en_project(EN_R1), EN_R2: en_project(EN_R2), EN_R3: en_project(EN_R3), EN_R4: en_project(EN_R4),
    }
    for p, html_ in pages.items():
        write(H, p, html_)
    robots = f'''# utveckling.skane.se – Squiz Matrix
User-agent: *
Disallow: /_admin
Disallow: /*/_admin
Disallow: /_login
Disallow: /*/_login
Disallow: /*/_edit
Disallow: /*/_recache
Disallow: /*/_performance
Disallow: /*?SQ_
Disallow: /__lib/
Disallow: /sok
Disallow: /folkhalsa/sok
Disallow: /folkhalsa/kalender
Disallow: /en/search
Crawl-delay: 2

Sitemap: https://{H}/sitemap.xml
Sitemap: https://{H}/folkhalsa/sitemap.xml
'''
    write(H, '/robots.txt', robots)
    main_rows = [(p, '2025-10-30') for p in ['/', KOMP, OMW, KAKOR, KONTAKT, EN, EN_PH, EN_FUND, EN_LIST] + [EN_R1, EN_R2, EN_R3, EN_R4]]
    write(H, '/sitemap.xml', urlset(H, main_rows))
    fh_paths = [FH, FUND, SOKA, KRIT, UPPF, LIST, AVSL, R1, R2, R3, R4, JH, SERVICE, AKT, N_CALL, N_FUND, N_R2, N_RAPP,
                EVS, EV, OMOSS, JOBS, JOB]
    alts = {p: [('sv', f'https://{H}{p}'), ('en', f'https://{H}{EN_OF[p]}')] for p in fh_paths if p in EN_OF}
    write(H, '/folkhalsa/sitemap.xml', urlset(H, [(p, '2025-11-03') for p in fh_paths],
                                              extra_ns=' xmlns:xhtml="http://www.w3.org/1999/xhtml"', alternates=alts))
    return pages


if __name__ == '__main__':
    build()
