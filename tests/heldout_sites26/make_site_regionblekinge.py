"""Region Blekinge (länskod 10) on Episerver CMS 11 (MVC, Alloy-derived theme) – generator for heldout_sites26.

Episerver addresses end in '/' (saved as index.html); links are root-relative; files live under /globalassets/ and
/contentassets/<guid>/. The region's social investment funds ("sociala investeringsmedel", granted to the five
municipalities' projects) sit under Utveckling och tillväxt › Social hållbarhet › Sociala investeringsmedel. The
granted projects are listed on ONE PAGE PER YEAR (…/beviljade-projekt/2025/, /2024/, /2023/), reached from a year
selector on the landing page "Beviljade projekt" (which itself lists no project) and on each year page. robots.txt
names a sitemap index with two child sitemaps: one for pages, one Google News sitemap listing the news.
"""
from make_common import write, urlset, sitemap_index, hexid, guid, numid, esc

H = 'www.regionblekinge.se'

UT = '/utveckling-och-tillvaxt/'
SH = UT + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringsmedel/'
SOKA = FUND + 'sa-soker-ni/'
VILL = FUND + 'villkor-och-kriterier/'
UTV = FUND + 'utvardering-2019-2024/'
BEV = FUND + 'beviljade-projekt/'
Y = {2025: BEV + '2025/', 2024: BEV + '2024/', 2023: BEV + '2023/'}
B1 = Y[2025] + 'tidiga-samordnade-insatser-olofstrom/'
B2 = Y[2025] + 'halsolots-for-unga-vuxna-karlshamn/'
B3 = Y[2024] + 'familjeteam-kallinge/'
B4 = Y[2024] + 'aktiv-ung-solvesborg/'
B5 = Y[2023] + 'sprakstod-i-forskolan-kungsmarken/'
B6 = Y[2023] + 'unga-anhoriga-i-vastra-blekinge/'
HV = '/halsa-och-vard/'
HBF = HV + 'barn-och-familj/'
SERVICE = HBF + 'utokade-hembesok/'                 # standing service that began as a social investment
JOBS = '/jobba-hos-oss/'
LJ = JOBS + 'lediga-jobb/'
JOB = LJ + 'utvecklingsledare-social-hallbarhet/'
EVS = '/evenemang/'
EV = EVS + 'natverkstraff-sociala-investeringar-2026/'
NYH = '/nyheter/'
N_CALL = NYH + 'nu-kan-kommunerna-soka-sociala-investeringsmedel-for-2026/'
N_GRANT = NYH + 'tva-nya-projekt-far-sociala-investeringsmedel/'
N_RES = NYH + 'familjeteamet-i-kallinge-har-stottat-60-familjer/'
N_VACC = NYH + 'nu-startar-vaccinationen-mot-influensa/'
N_TRAF = NYH + 'nya-tidtabeller-for-kustpilen/'
OM = '/om-webbplatsen/'
KAKOR = OM + 'kakor/'
TILLG = OM + 'tillganglighetsredogorelse/'
KONTAKT = '/kontakta-oss/'

SEARCH = '/sok/'
SEARCHES = ['?q=1177', '?q=lediga+jobb', '?q=sociala+investeringsmedel']
LOGIN = '/util/login.aspx?ReturnUrl=%2F'
EPI = '/EPiServer/CMS/'
EPI_EDIT = '/EPiServer/CMS/?language=sv'
PERMALINK = '/link/' + hexid('blekinge-villkor-permalink', 32) + '.aspx'
KAL = '/kalender/'
KAL_DAYS = ['?datum=2026-02-12', '?datum=2026-03-05']
RSS = '/api/rss/nyheter/'

STATIC = '/Static/dist'
VER = hexid('blekinge-build', 10)

MENU = [('Hälsa och vård', HV), ('Utveckling och tillväxt', UT), ('Kultur och fritid', '/kultur-och-fritid/'),
        ('Kollektivtrafik', 'https://www.blekingetrafiken.se/'), ('Politik och påverkan', '/politik-och-paverkan/'),
        ('Jobba hos oss', JOBS)]


def cid(path):
    return numid('blekinge' + path, 1200, 9000)


def header(active):
    lis = []
    for name, href in MENU:
        cur = ' aria-current="true"' if href == active else ''
        cls = ' is-active' if href == active else ''
        lis.append(f'<li class="main-nav__item{cls}"><a class="main-nav__link" href="{href}"{cur}>{name}</a></li>')
    return f'''<a class="skip-link" href="#main-content">Hoppa till innehållet</a>
<header class="site-header" role="banner">
  <div class="site-header__top container">
    <a class="site-header__logo" href="/"><img src="/globalassets/grafik/region-blekinge-logotyp.svg" alt="Region Blekinge, till startsidan" width="190" height="48"></a>
    <ul class="site-header__tools">
      <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=7331&amp;lang=sv_se&amp;readid=main-content&amp;url=">Lyssna</a></li>
      <li><a href="/other-languages/" lang="en">Other languages</a></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label class="visually-hidden" for="site-search-q">Sök på regionblekinge.se</label>
      <input id="site-search-q" type="search" name="q" placeholder="Vad söker du?" data-autocomplete="/api/search/autocomplete">
      <button type="submit" class="btn btn--primary">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny">
    <div class="container"><ul class="main-nav__list">{''.join(lis)}</ul></div>
  </nav>
</header>'''


def footer():
    return f'''<footer class="site-footer" role="contentinfo">
  <div class="container site-footer__grid">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Region Blekinge</h2>
      <p>371 81 Karlskrona<br>Besöksadress: Valhallavägen 1<br>Växel: 0455-73 10 00<br><a href="mailto:region@regionblekinge.se">region@regionblekinge.se</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Genvägar</h2>
      <ul>
        <li><a href="{NYH}">Nyheter</a></li>
        <li><a href="{EVS}">Evenemang</a></li>
        <li><a href="{LJ}">Lediga jobb</a></li>
        <li><a href="https://www.1177.se/Blekinge/">1177 Vårdguiden</a></li>
        <li><a rel="nofollow" href="{RSS}">Prenumerera på nyheter (RSS)</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Om webbplatsen</h2>
      <ul>
        <li><a href="{OM}">Om webbplatsen</a></li>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li><a rel="nofollow" href="{LOGIN}">Logga in</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="breadcrumbs__item"><a href="/">Start</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="breadcrumbs__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="breadcrumbs__item"><span aria-current="page">{trail[-1][0]}</span></li>')
    return f'<nav class="breadcrumbs container" aria-label="Brödsmulor"><ol class="breadcrumbs__list">{"".join(lis)}</ol></nav>'


def fund_nav(current):
    def li(name, href, sub=''):
        cur = ' aria-current="page"' if href == current else ''
        cls = ' sub-nav__item--selected' if href == current else ''
        return f'<li class="sub-nav__item{cls}"><a href="{href}"{cur}>{name}</a>{sub}</li>'
    return f'''<nav class="sub-nav" aria-label="Undermeny Sociala investeringsmedel">
  <p class="sub-nav__heading"><a href="{SH}">Social hållbarhet</a></p>
  <ul class="sub-nav__list">
    {li('Sociala investeringsmedel', FUND, f"""
      <ul class="sub-nav__list sub-nav__list--level2">
        {li('Beviljade projekt', BEV)}
        {li('Så söker ni', SOKA)}
        {li('Villkor och kriterier', VILL)}
        {li('Utvärdering 2019–2024', UTV)}
      </ul>""")}
    {li('Folkhälsopolicy', SH + 'folkhalsopolicy/')}
    {li('Nätverk för social hållbarhet', SH + 'natverk/')}
  </ul>
</nav>'''


def page(path, title, content, trail=None, active=None, nav='', ptype='StandardPage', desc='', updated='2025-10-15',
         head_extra=''):
    crumb = crumbs(trail) if trail else ''
    left = f'\n      <aside class="layout__aside">{nav}</aside>' if nav else ''
    foot = f'\n        <p class="page-meta">Senast uppdaterad: <time datetime="{updated}">{updated}</time></p>' if updated else ''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} - Region Blekinge</title>
  <meta name="description" content="{esc(desc or title)}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:type" content="website">
  <meta property="og:url" content="https://{H}{path}">
  <link rel="canonical" href="https://{H}{path}">
  <link rel="alternate" type="application/rss+xml" title="Nyheter från Region Blekinge" href="{RSS}">
  <link rel="stylesheet" href="{STATIC}/main.css?v={VER}">{head_extra}
  <script>window.epi = window.epi || {{}}; window.epi.contentLink = "{cid(path)}"; window.epi.pageType = "{ptype}";</script>
</head>
<body class="{ptype.lower()}" data-content-id="{cid(path)}" data-page-type="{ptype}">
{header(active)}
{crumb}
<div class="layout container">{left}
  <main class="layout__main" id="main-content">
    <article class="page page--{ptype.lower()}">
{content}{foot}
    </article>
  </main>
</div>
{footer()}
<div class="cookie-consent" hidden data-cookie-consent><p>Vi använder kakor för att förbättra webbplatsen. <a href="{KAKOR}">Läs mer om kakor</a></p><button type="button" class="btn">Jag förstår</button></div>
<script src="{STATIC}/main.js?v={VER}" defer></script>
<script src="/Util/Find/epi-util/find.js"></script>
</body>
</html>
'''


def intro(title, ingress):
    return f'''      <h1 class="page__heading">{title}</h1>
      <p class="page__preamble">{ingress}</p>'''


def teaser(title, href, txt):
    return f'''        <div class="teaser-block">
          <h3 class="teaser-block__heading"><a href="{href}">{title}</a></h3>
          <p class="teaser-block__text">{txt}</p>
        </div>'''


def contact_block(name, role, phone, mail):
    return f'''      <div class="contact-block">
        <h2 class="contact-block__heading">Kontakt</h2>
        <p><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
      </div>'''


FUND_TRAIL = [('Utveckling och tillväxt', UT), ('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND)]


def year_selector(current):
    links = []
    for y in (2025, 2024, 2023):
        cur = ' aria-current="page" class="year-selector__link is-selected"' if y == current else ' class="year-selector__link"'
        links.append(f'<li class="year-selector__item"><a href="{Y[y]}"{cur}>{y}</a></li>')
    opts = ''.join(f'<option value="{Y[y]}"{" selected" if y == current else ""}>{y}</option>' for y in (2025, 2024, 2023))
    return f'''      <div class="year-selector" data-module="year-selector">
        <h2 class="year-selector__heading" id="valj-ar">Välj år</h2>
        <ul class="year-selector__list" aria-labelledby="valj-ar">{''.join(links)}</ul>
        <label class="visually-hidden" for="year-select">Välj år</label>
        <select id="year-select" class="year-selector__select" onchange="window.location.href=this.value">
          <option value="">Välj år</option>{opts}
        </select>
      </div>'''


# --------------------------------------------------------------------------------------------------------- pages
def start():
    news = [(N_RES, 'Familjeteamet i Kallinge har stöttat 60 familjer', '2025-10-21'),
            (N_VACC, 'Nu startar vaccinationen mot influensa', '2025-10-13'),
            (N_CALL, 'Nu kan kommunerna söka sociala investeringsmedel för 2026', '2025-09-29')]
    items = ''.join(f'''
          <li class="news-list__item"><a href="{h}">{t}</a><time datetime="{d}">{d}</time></li>''' for h, t, d in news)
    content = f'''      <h1 class="visually-hidden">Region Blekinge</h1>
      <div class="hero"><p class="hero__text">Region Blekinge ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i Blekinge.</p></div>
      <div class="shortcuts">
        <ul class="shortcuts__list">
          <li><a href="https://www.1177.se/Blekinge/">1177 Vårdguiden</a></li>
          <li><a href="{LJ}">Lediga jobb</a></li>
          <li><a href="{KAL}">Kalender</a></li>
          <li><a href="{UT}">Utveckling och tillväxt</a></li>
        </ul>
      </div>
      <div class="popular-searches">
        <h2>Vanliga sökningar</h2>
        <ul>
          <li><a href="{SEARCH}{SEARCHES[0]}">1177</a></li>
          <li><a href="{SEARCH}{SEARCHES[1]}">Lediga jobb</a></li>
        </ul>
      </div>
      <section class="news-list">
        <h2 class="news-list__heading">Nyheter</h2>
        <ul class="news-list__items">{items}
        </ul>
        <a class="btn" href="{NYH}">Alla nyheter</a>
      </section>
      <section class="event-teaser">
        <h2>Evenemang</h2>
        <p><a href="{EV}">Nätverksträff om sociala investeringar 2026</a>, 12 februari 2026</p>
        <p><a href="{EVS}">Alla evenemang</a></p>
      </section>'''
    return page('/', 'Startsida', content, ptype='StartPage', updated='')


def section_ut():
    content = intro('Utveckling och tillväxt', 'Region Blekinge leder det regionala utvecklingsarbetet tillsammans med kommunerna, näringslivet och civilsamhället.') + f'''
      <div class="teaser-grid">
{teaser('Regional utvecklingsstrategi', UT + 'regional-utvecklingsstrategi/', 'Blekingestrategin 2022–2030.')}
{teaser('Social hållbarhet', SH, 'Folkhälsa, jämlik hälsa och sociala investeringsmedel.')}
{teaser('Näringsliv', UT + 'naringsliv/', 'Stöd till företag och innovation.')}
{teaser('Kompetensförsörjning', UT + 'kompetensforsorjning/', 'Utbildning och matchning på arbetsmarknaden.')}
      </div>'''
    return page(UT, 'Utveckling och tillväxt', content, [('Utveckling och tillväxt', UT)], UT, ptype='LandingPage')


def section_sh():
    content = intro('Social hållbarhet', 'Region Blekinge arbetar tillsammans med kommunerna för en god och jämlik hälsa i hela länet.') + f'''
      <div class="text-block">
        <p>Skillnaderna i hälsa mellan olika grupper i Blekinge ökar. Det regionala arbetet för social hållbarhet utgår från folkhälsopolicyn och görs i nätverk med kommunerna, Länsstyrelsen och civilsamhället.</p>
      </div>
      <div class="teaser-grid">
{teaser('Sociala investeringsmedel', FUND, 'Medel som kommunerna kan söka för förebyggande arbete tillsammans med regionen.')}
{teaser('Folkhälsopolicy', SH + 'folkhalsopolicy/', 'Blekinges gemensamma folkhälsopolicy.')}
{teaser('Nätverk för social hållbarhet', SH + 'natverk/', 'Nätverk för folkhälsosamordnare och strateger.')}
      </div>'''
    return page(SH, 'Social hållbarhet', content, [('Utveckling och tillväxt', UT), ('Social hållbarhet', SH)], UT,
                nav=fund_nav(SH), ptype='LandingPage')


def fund():
    content = intro('Sociala investeringsmedel', 'Region Blekinge avsätter 5 miljoner kronor om året till sociala investeringar. Kommunerna i Blekinge kan söka medel för förebyggande arbete som de driver tillsammans med regionen.') + f'''
      <div class="text-block">
        <h2>Varför sociala investeringsmedel?</h2>
        <p>Medlen ska ge kommunerna och regionen möjlighet att tillsammans pröva nya arbetssätt som förebygger ohälsa och utanförskap, särskilt bland barn och unga. Ett arbetssätt som visar sig fungera ska kunna bli en del av den ordinarie verksamheten.</p>
        <h2>Om medlen</h2>
        <p>Regionfullmäktige beslutade 2018 att avsätta medel till sociala investeringar. Sedan 2019 har regionen beviljat medel till arton projekt i länets fem kommuner. Regionstyrelsens arbetsutskott beslutar om ansökningarna en gång om året.</p>
        <h2>Medlen i siffror</h2>
        <ul>
          <li>Avsatt per år: 5 000 000 kronor</li>
          <li>Beviljat 2019–2025: 31 400 000 kronor</li>
          <li>Antal beviljade projekt: 18</li>
        </ul>
      </div>
      <div class="teaser-grid">
{teaser('Beviljade projekt', BEV, 'Projekt som har fått sociala investeringsmedel, år för år.')}
{teaser('Så söker ni', SOKA, 'Vem kan söka och hur ansökan går till.')}
{teaser('Villkor och kriterier', VILL, 'Vad som krävs för att få medel.')}
{teaser('Utvärdering 2019–2024', UTV, 'Vad har medlen gett? En extern utvärdering.')}
      </div>
      <div class="related-block">
        <h2>Aktuellt</h2>
        <ul>
          <li><a href="{N_CALL}">Nu kan kommunerna söka sociala investeringsmedel för 2026</a></li>
          <li><a href="{EV}">Nätverksträff om sociala investeringar 2026</a></li>
        </ul>
      </div>
{contact_block('Linda Holmberg', 'Utvecklingsledare social hållbarhet', '0455-73 12 48', 'linda.holmberg@regionblekinge.se')}
      <div id="epi-quickNavigator" class="epi-quickNavigator" style="display:none">
        <ul>
          <li><a href="{EPI_EDIT}#context=epi.cms.contentdata:///{cid(FUND)}">Redigera</a></li>
          <li><a href="{EPI}">CMS</a></li>
        </ul>
      </div>'''
    return page(FUND, 'Sociala investeringsmedel', content, FUND_TRAIL, UT, nav=fund_nav(FUND))


def soka():
    content = intro('Så söker ni sociala investeringsmedel', 'Här beskriver vi vem som kan söka, när ni kan söka och hur ansökan går till.') + f'''
      <div class="text-block">
        <h2>Vem kan söka?</h2>
        <p>Kommunerna i Blekinge kan söka, ensamma eller tillsammans. En verksamhet inom Region Blekinge ska vara med som samverkanspart i projektet.</p>
        <h2>När kan vi söka?</h2>
        <p>Ansökningsomgången är öppen 1 oktober – 30 november. Beslut fattas i februari och projekten kan starta tidigast den 1 mars.</p>
        <h2>Hur mycket kan vi söka?</h2>
        <p>Ett projekt kan få högst 3 000 000 kronor och pågå i högst tre år. Kommunen ska själv stå för minst 25 procent av kostnaden.</p>
        <h2>Så går ansökan till</h2>
        <ol>
          <li>Kontakta utvecklingsledaren för sociala investeringar.</li>
          <li>Fyll i ansökningsmallen med projektplan, budget och socioekonomisk beräkning.</li>
          <li>Låt kommunens socialchef eller skolchef skriva under.</li>
          <li>Skicka ansökan till registrator@regionblekinge.se.</li>
        </ol>
        <p><a href="/contentassets/{hexid('blekinge-mall', 32)}/ansokningsmall-sociala-investeringsmedel.docx">Ansökningsmall (Word)</a></p>
      </div>
{contact_block('Linda Holmberg', 'Utvecklingsledare social hållbarhet', '0455-73 12 48', 'linda.holmberg@regionblekinge.se')}'''
    return page(SOKA, 'Så söker ni sociala investeringsmedel', content, FUND_TRAIL + [('Så söker ni', SOKA)], UT, nav=fund_nav(SOKA))


def villkor():
    content = intro('Villkor och kriterier för sociala investeringsmedel', 'Regionstyrelsen har beslutat om villkor och bedömningskriterier för medlen.') + '''
      <div class="text-block">
        <h2>Villkor</h2>
        <ol>
          <li>Projektet ska vara förebyggande och rikta sig till barn, unga eller unga vuxna.</li>
          <li>Projektet ska drivas av en eller flera kommuner i samverkan med Region Blekinge.</li>
          <li>Projektet ska vara tidsbegränsat och pågå högst tre år.</li>
          <li>Kommunen ska medfinansiera minst 25 procent.</li>
          <li>Det ska finnas en plan för hur arbetssättet ska föras över till ordinarie verksamhet.</li>
        </ol>
        <h2>Bedömningskriterier</h2>
        <ul>
          <li>Hur väl problemet och målgruppen är beskrivna</li>
          <li>Om arbetssättet bygger på kunskap om vad som fungerar</li>
          <li>Hur effekterna ska mätas</li>
          <li>Den socioekonomiska beräkningen</li>
        </ul>
        <h2>Rapportering</h2>
        <p>Projekten lämnar en lägesrapport varje år den 31 januari och en slutrapport senast tre månader efter projektets slut.</p>
      </div>'''
    return page(VILL, 'Villkor och kriterier', content, FUND_TRAIL + [('Villkor och kriterier', VILL)], UT, nav=fund_nav(VILL))


def utvardering():
    content = intro('Utvärdering av sociala investeringsmedel 2019–2024', 'Blekinge Tekniska Högskola har på uppdrag av Region Blekinge utvärderat de sociala investeringsmedlen under de första sex åren.') + f'''
      <div class="text-block">
        <h2>Sammanfattning</h2>
        <p>Utvärderingen omfattar de tolv projekt som hade avslutats vid utgången av 2024. Åtta av dem har helt eller delvis blivit ordinarie verksamhet i kommunerna. Samverkan mellan kommunerna och regionen har blivit bättre, men uppföljningen av effekter för målgrupperna är ofta svag.</p>
        <h2>Utvärderingen i siffror</h2>
        <table class="table">
          <thead><tr><th scope="col">Mått</th><th scope="col">Antal</th></tr></thead>
          <tbody>
            <tr><td>Avslutade projekt</td><td>12</td></tr>
            <tr><td>Helt eller delvis ordinarie verksamhet</td><td>8</td></tr>
            <tr><td>Projekt med mätbara effektmål</td><td>5</td></tr>
            <tr><td>Intervjuade projektledare och chefer</td><td>31</td></tr>
          </tbody>
        </table>
        <h2>Rekommendationer</h2>
        <ul>
          <li>Kräv en uppföljningsplan med mätbara mål redan i ansökan.</li>
          <li>Ge projektledarna ett gemensamt nätverk och stöd i utvärdering.</li>
          <li>Besluta om medfinansiering för ordinarie drift innan projektet slutar.</li>
        </ul>
        <p><a href="/globalassets/utveckling/social-hallbarhet/utvardering-sociala-investeringsmedel-2019-2024.pdf">Läs hela utvärderingen (pdf, 2 MB)</a></p>
      </div>'''
    return page(UTV, 'Utvärdering 2019–2024', content, FUND_TRAIL + [('Utvärdering 2019–2024', UTV)], UT, nav=fund_nav(UTV))


def beviljade():
    content = intro('Beviljade projekt', 'Här kan du läsa om de projekt som har fått sociala investeringsmedel. Projekten presenteras efter det år då de beviljades.') + f'''
{year_selector(None)}
      <div class="text-block">
        <p>Projekt som beviljades 2019–2022 finns sammanställda i <a href="{UTV}">utvärderingen av sociala investeringsmedel 2019–2024</a>.</p>
      </div>'''
    return page(BEV, 'Beviljade projekt', content, FUND_TRAIL + [('Beviljade projekt', BEV)], UT, nav=fund_nav(BEV), ptype='ListPage')


YEAR_ITEMS = {
    2025: [(B1, 'Tidiga samordnade insatser i Olofström', 'Olofströms kommun', 'Samordnat stöd till barn och unga i förskola och skola, tillsammans med barn- och ungdomspsykiatrin.', '2 700 000 kronor'),
           (B2, 'Hälsolots för unga vuxna i Karlshamn', 'Karlshamns kommun', 'Hälsolotsar som hjälper unga vuxna med psykisk ohälsa vidare till vård, studier och arbete.', '1 800 000 kronor')],
    2024: [(B3, 'Familjeteam Kallinge', 'Ronneby kommun', 'Ett familjeteam som erbjuder föräldrastöd tidigt, på förskolorna och BVC i Kallinge.', '2 200 000 kronor'),
           (B4, 'Aktiv ung i Sölvesborg', 'Sölvesborgs kommun', 'Rörelse och gemenskap för unga som inte är med i någon förening.', '1 350 000 kronor')],
    2023: [(B5, 'Språkstöd i förskolan – Kungsmarken', 'Karlskrona kommun', 'Språkutvecklande arbetssätt och föräldrasamverkan i förskolorna på Kungsmarken.', '1 600 000 kronor'),
           (B6, 'Unga anhöriga i Västra Blekinge', 'Karlshamns, Olofströms och Sölvesborgs kommuner', 'Stödgrupper för barn och unga som har en förälder med missbruk eller psykisk sjukdom.', '1 450 000 kronor')],
}


def year_page(y):
    cards = ''.join(f'''
        <li class="project-list__item card">
          <h3 class="card__heading"><a href="{h}">{t}</a></h3>
          <p class="card__meta">{m} · Beviljat {a}</p>
          <p class="card__text">{d}</p>
        </li>''' for h, t, m, d, a in YEAR_ITEMS[y])
    content = intro(f'Beviljade projekt {y}', f'Projekt som fick sociala investeringsmedel av regionstyrelsens arbetsutskott {y}.') + f'''
{year_selector(y)}
      <section class="project-list" aria-label="Projekt som beviljades {y}">
        <ul class="project-list__items">{cards}
        </ul>
      </section>'''
    return page(Y[y], f'Beviljade projekt {y}', content, FUND_TRAIL + [('Beviljade projekt', BEV), (str(y), Y[y])], UT,
                nav=fund_nav(BEV), ptype='ListPage')


def project(path, y, title, ingress, body, facts, contact, updated):
    content = intro(title, ingress) + f'''
      <div class="text-block">
{body}
      </div>
{facts}
{contact}'''
    return page(path, title, content, FUND_TRAIL + [('Beviljade projekt', BEV), (str(y), Y[y]), (title, path)], UT,
                nav=fund_nav(BEV), ptype='ProjectPage', updated=updated)


def factblock(heading, rows):
    dl = ''.join(f'''
          <dt>{k}</dt>
          <dd>{v}</dd>''' for k, v in rows)
    return f'''      <aside class="fact-block">
        <h2 class="fact-block__heading">{heading}</h2>
        <dl class="fact-block__list">{dl}
        </dl>
      </aside>'''


def b1():
    body = '''        <h2>Bakgrund</h2>
        <p>I Olofström får många barn och unga stöd först när problemen har blivit stora. Skolan, socialtjänsten och barn- och ungdomspsykiatrin arbetar var för sig, och familjerna får berätta sin historia många gånger.</p>
        <h2>Syfte</h2>
        <p>Syftet med projektet är att barn och unga som visar tidiga tecken på psykisk ohälsa, skolfrånvaro eller normbrytande beteende ska få samordnat stöd tidigt, så att färre behöver mer omfattande insatser senare.</p>
        <h2>Så arbetar projektet</h2>
        <p>Ett samordningsteam med en socialsekreterare, en skolkurator och en psykolog från barn- och ungdomspsykiatrin träffar förskolor och skolor varje månad. Teamet gör en gemensam plan med familjen och följer upp den efter tre månader.</p>'''
    facts = factblock('Fakta om projektet', [
        ('Projektperiod', '1 februari 2025 – 31 januari 2028'),
        ('Beviljade medel', '2 700 000 kronor i sociala investeringsmedel'),
        ('Medfinansiering', 'Olofströms kommun 900 000 kronor'),
        ('Projektägare', 'Olofströms kommun, socialförvaltningen'),
        ('Samverkan', 'Barn- och utbildningsförvaltningen i Olofström, Region Blekinge (barn- och ungdomspsykiatrin) och Polisen'),
        ('Målgrupp', 'Barn och unga 6–15 år och deras familjer'),
        ('Status', 'Pågår')])
    return project(B1, 2025, 'Tidiga samordnade insatser i Olofström',
                   'Projektet ska ge barn och unga i Olofström samordnat stöd från skola, socialtjänst och barn- och ungdomspsykiatri innan problemen växer.',
                   body, facts, contact_block('Emma Nilsson', 'Projektledare, Olofströms kommun', '0454-930 00', 'emma.nilsson@olofstrom.se'), '2025-03-10')


def b2():
    body = '''        <p>Hälsolots för unga vuxna är ett projekt där två hälsolotsar stöttar unga vuxna i Karlshamn som har psykisk ohälsa och som varken arbetar eller studerar. Lotsen hjälper den unga att få kontakt med vården, hålla i sin behandling och ta steg mot studier eller arbete.</p>
        <h2>Varför behövs projektet?</h2>
        <p>Andelen unga vuxna med psykisk ohälsa som varken arbetar eller studerar är högre i Karlshamn än i riket. Många av dem har kontakt med flera myndigheter men saknar någon som håller ihop stödet.</p>
        <h2>Mål</h2>
        <ul>
          <li>Minst 60 unga vuxna ska ha deltagit när projektet slutar.</li>
          <li>Hälften av deltagarna ska ha börjat arbeta eller studera sex månader efter avslutat stöd.</li>
        </ul>'''
    facts = factblock('Fakta', [
        ('Projekttid', 'april 2025 – mars 2027'),
        ('Budget', '2 400 000 kronor, varav 1 800 000 kronor i sociala investeringsmedel från Region Blekinge och 600 000 kronor från Karlshamns kommun'),
        ('Projektägare', 'Karlshamns kommun, arbetsmarknadsavdelningen'),
        ('Samverkan', 'Region Blekinge (vuxenpsykiatrin och vårdcentralerna i Karlshamn) och Arbetsförmedlingen'),
        ('Målgrupp', 'Unga vuxna 18–29 år'),
        ('Bemanning', 'Två hälsolotsar på heltid')])
    return project(B2, 2025, 'Hälsolots för unga vuxna i Karlshamn',
                   'Hälsolotsar hjälper unga vuxna med psykisk ohälsa vidare till vård, studier och arbete.',
                   body, facts, contact_block('Ali Hassan', 'Projektledare, Karlshamns kommun', '0454-810 00', 'ali.hassan@karlshamn.se'), '2025-04-22')


def b3():
    body = '''        <p>Familjeteam Kallinge är ett projekt i Ronneby kommun som erbjuder föräldrar i Kallinge stöd tidigt, på de platser där familjerna redan finns: förskolorna, öppna förskolan och barnavårdscentralen.</p>
        <h2>Syfte</h2>
        <p>Syftet är att förebygga att barn far illa och att minska antalet orosanmälningar genom att föräldrar får stöd innan problemen har blivit stora.</p>
        <h2>Så arbetar familjeteamet</h2>
        <p>Teamet består av två familjebehandlare och en förskollärare. Föräldrar kan boka samtal utan biståndsbeslut, delta i föräldragruppen ABC och få hembesök tillsammans med BVC-sjuksköterskan.</p>
        <h2>Kort om projektet</h2>
        <p><strong>Period:</strong> 1 augusti 2024 – 31 juli 2026<br>
        <strong>Beviljat:</strong> 2 200 000 kronor i sociala investeringsmedel<br>
        <strong>Projektägare:</strong> Ronneby kommun, socialförvaltningen<br>
        <strong>Samverkan:</strong> Förskolorna i Kallinge och Region Blekinge, BVC Kallinge<br>
        <strong>Målgrupp:</strong> Familjer med barn 0–12 år i Kallinge<br>
        <strong>Status:</strong> Pågår</p>'''
    return project(B3, 2024, 'Familjeteam Kallinge',
                   'Ett familjeteam i Kallinge ger föräldrar stöd tidigt, utan ansökan.',
                   body, '', contact_block('Petra Ahl', 'Enhetschef, Ronneby kommun', '0457-61 80 00', 'petra.ahl@ronneby.se'), '2025-10-21')


def b4():
    body = '''        <h2>Om projektet</h2>
        <p>Aktiv ung i Sölvesborg vänder sig till unga som inte är med i någon förening och som rör sig lite. Tillsammans med de unga planerar fritidsledare och en fysioterapeut från vårdcentralen aktiviteter som de unga själva vill göra, som klättring, dans och gym.</p>
        <h2>Syfte</h2>
        <p>Syftet är att fler unga ska röra sig regelbundet och må bättre, och att färre ska söka vård för stressrelaterade besvär.</p>
        <table class="table">
          <caption>Fakta om projektet</caption>
          <tbody>
            <tr><th scope="row">Period</th><td>september 2024 – juni 2026</td></tr>
            <tr><th scope="row">Sociala investeringsmedel</th><td>1 350 000 kronor</td></tr>
            <tr><th scope="row">Projektägare</th><td>Sölvesborgs kommun, kultur och fritid</td></tr>
            <tr><th scope="row">Samverkan</th><td>Region Blekinge, Vårdcentralen Sölvesborg, och högstadieskolorna i Sölvesborg</td></tr>
            <tr><th scope="row">Målgrupp</th><td>Unga 13–19 år</td></tr>
          </tbody>
        </table>'''
    return project(B4, 2024, 'Aktiv ung i Sölvesborg',
                   'Aktiviteter som unga själva väljer ska få fler unga i Sölvesborg att röra på sig.',
                   body, '', contact_block('Johan Berg', 'Fritidskonsulent, Sölvesborgs kommun', '0456-81 60 00', 'johan.berg@solvesborg.se'), '2024-11-04')


def b5():
    body = '''        <p><strong>Projektet är avslutat.</strong> Språkstöd i förskolan – Kungsmarken pågick från augusti 2023 till juni 2025 och fick 1 600 000 kronor i sociala investeringsmedel.</p>
        <h2>Om projektet</h2>
        <p>I förskolorna på Kungsmarken i Karlskrona har många barn ett annat modersmål än svenska. Projektet gav pedagogerna utbildning i språkutvecklande arbetssätt, och en språkpedagog och en BVC-sjuksköterska träffade föräldrarna i språkcaféer varje vecka.</p>
        <p>Projektet drevs av Karlskrona kommun, utbildningsförvaltningen, i samverkan med Region Blekinge (barnhälsovården) och stadsbiblioteket. Målgruppen var barn 1–5 år och deras föräldrar.</p>
        <h2>Resultat</h2>
        <ul>
          <li>Andelen barn med åldersadekvat språk vid femårskontrollen ökade från 58 till 71 procent.</li>
          <li>124 föräldrar deltog i språkcaféerna.</li>
        </ul>
        <p>Språkcaféerna drivs vidare av stadsbiblioteket från hösten 2025.</p>
        <p><a href="/contentassets/''' + hexid('blekinge-b5-slut', 32) + '''/slutrapport-sprakstod-kungsmarken.pdf">Slutrapport (pdf)</a></p>'''
    return project(B5, 2023, 'Språkstöd i förskolan – Kungsmarken',
                   'Ett projekt som stärkte språkutvecklingen hos barn i förskolorna på Kungsmarken.',
                   body, '', contact_block('Sofia Lund', 'Förskolechef, Karlskrona kommun', '0455-30 30 00', 'sofia.lund@karlskrona.se'), '2025-08-28')


def b6():
    body = '''        <h2>Bakgrund</h2>
        <p>Omkring vart femte barn växer upp med en förälder som har missbruk eller psykisk sjukdom. Barnen har själva en högre risk att drabbas av ohälsa, men få av dem får stöd.</p>
        <h2>Syfte och målgrupp</h2>
        <p>Projektet ska ge barn och unga 8–20 år i Karlshamn, Olofström och Sölvesborg som har en förälder med missbruk eller psykisk sjukdom stöd i grupp, så att de får kunskap, kan dela erfarenheter och mår bättre.</p>
        <h2>Arbetssätt</h2>
        <p>Stödgrupperna leds av gruppledare från kommunernas socialtjänst och vuxenpsykiatrin. Barnen hittas genom vuxenpsykiatrins barnombud och genom elevhälsan.</p>'''
    facts = factblock('Fakta om projektet', [
        ('Projektperiod', 'oktober 2023 – december 2025'),
        ('Beviljade medel', '1 450 000 kronor'),
        ('Projektägare', 'Karlshamns kommun'),
        ('Samverkan', 'Olofströms kommun, Sölvesborgs kommun och Region Blekinge (vuxenpsykiatrin)'),
        ('Målgrupp', 'Barn och unga 8–20 år'),
        ('Status', 'Pågår')])
    return project(B6, 2023, 'Unga anhöriga i Västra Blekinge',
                   'Stödgrupper för barn och unga som har en förälder med missbruk eller psykisk sjukdom.',
                   body, facts, contact_block('Maja Persson', 'Projektledare, Karlshamns kommun', '0454-810 00', 'maja.persson@karlshamn.se'), '2025-01-15')


def halsa():
    content = intro('Hälsa och vård', 'Region Blekinge ansvarar för hälso- och sjukvården i länet. Information om vård och besök hittar du på 1177.se.') + f'''
      <div class="teaser-grid">
{teaser('Barn och familj', HBF, 'Barnhälsovård, ungdomsmottagningar och stöd till föräldrar.')}
{teaser('Vårdcentraler', HV + 'vardcentraler/', 'Hitta din vårdcentral.')}
{teaser('Tandvård', HV + 'tandvard/', 'Folktandvården Blekinge.')}
      </div>'''
    return page(HV, 'Hälsa och vård', content, [('Hälsa och vård', HV)], HV, ptype='LandingPage')


def hbf():
    content = intro('Barn och familj', 'Stöd och vård för barn, unga och föräldrar i Blekinge.') + f'''
      <div class="teaser-grid">
{teaser('Barnhälsovård', HBF + 'barnhalsovard/', 'BVC följer barnets hälsa och utveckling från födseln till sex år.')}
{teaser('Utökade hembesök', SERVICE, 'Fler hembesök för nyblivna föräldrar i hela Blekinge.')}
{teaser('Ungdomsmottagningar', HBF + 'ungdomsmottagningar/', 'För dig mellan 13 och 25 år.')}
      </div>'''
    return page(HBF, 'Barn och familj', content, [('Hälsa och vård', HV), ('Barn och familj', HBF)], HV, ptype='LandingPage')


def service():
    content = intro('Utökade hembesök för nyblivna föräldrar', 'Alla familjer som får sitt första barn i Blekinge erbjuds sex hembesök under barnets första femton månader.') + '''
      <div class="text-block">
        <h2>Så fungerar det</h2>
        <p>Hembesöken görs av en sjuksköterska från barnavårdscentralen tillsammans med en föräldrarådgivare från kommunens socialtjänst. Vid besöken pratar ni om barnets hälsa, sömn, mat och lek, och om hur det är att bli förälder.</p>
        <h2>Vem kan få hembesök?</h2>
        <p>Alla förstagångsföräldrar som är listade på en barnavårdscentral i Blekinge. Besöken är kostnadsfria och frivilliga.</p>
        <h2>Bakgrund</h2>
        <p>Utökade hembesök startade 2019 som ett projekt i Karlshamn och Ronneby med sociala investeringsmedel från Region Blekinge. Sedan 2023 är hembesöken en del av barnhälsovårdens ordinarie verksamhet i hela länet.</p>
        <h2>Kontakt</h2>
        <p>Kontakta din barnavårdscentral via 1177.se.</p>
      </div>'''
    return page(SERVICE, 'Utökade hembesök', content, [('Hälsa och vård', HV), ('Barn och familj', HBF), ('Utökade hembesök', SERVICE)], HV)


def nyheter():
    items = [(N_RES, 'Familjeteamet i Kallinge har stöttat 60 familjer', '2025-10-21'),
             (N_VACC, 'Nu startar vaccinationen mot influensa', '2025-10-13'),
             (N_CALL, 'Nu kan kommunerna söka sociala investeringsmedel för 2026', '2025-09-29'),
             (N_TRAF, 'Nya tidtabeller för Kustpilen', '2025-08-18'),
             (N_GRANT, 'Två nya projekt får sociala investeringsmedel', '2025-02-20')]
    lis = ''.join(f'''
        <li class="news-list__item"><h2 class="news-list__title"><a href="{h}">{t}</a></h2><time datetime="{d}">{d}</time></li>''' for h, t, d in items)
    content = intro('Nyheter', 'Nyheter från Region Blekinge.') + f'''
      <ul class="news-list__items">{lis}
      </ul>
      <p><a rel="nofollow" href="{RSS}">Prenumerera via RSS</a></p>'''
    return page(NYH, 'Nyheter', content, [('Nyheter', NYH)], None, ptype='NewsListPage', updated='')


def news(path, title, date, ingress, body):
    content = intro(title, ingress) + f'''
      <p class="news-meta">Publicerad <time datetime="{date}">{date}</time></p>
      <div class="text-block">
{body}
      </div>'''
    return page(path, title, content, [('Nyheter', NYH), (title, path)], None, ptype='NewsPage', updated='')


def n_call():
    body = f'''        <p>Ansökningsomgången är öppen 1 oktober – 30 november 2025. Region Blekinge har 5 miljoner kronor att fördela till nya projekt som startar 2026.</p>
        <p>I år välkomnar regionen särskilt ansökningar som rör psykisk hälsa hos unga och stöd till barn i familjer med ekonomisk utsatthet.</p>
        <p>– Vi vill att fler kommuner söker tillsammans, säger Linda Holmberg, utvecklingsledare för social hållbarhet.</p>
        <p>Läs <a href="{PERMALINK}">villkoren för sociala investeringsmedel</a> och <a href="{SOKA}">hur ni söker</a>.</p>'''
    return news(N_CALL, 'Nu kan kommunerna söka sociala investeringsmedel för 2026', '2025-09-29',
                'Kommunerna i Blekinge kan nu söka sociala investeringsmedel för förebyggande arbete som startar 2026.', body)


def n_grant():
    body = f'''        <p>Regionstyrelsens arbetsutskott beslutade den 18 februari att bevilja sociala investeringsmedel till två nya projekt. Sammanlagt fördelas 4,5 miljoner kronor.</p>
        <ul>
          <li><a href="{B1}">Tidiga samordnade insatser i Olofström</a></li>
          <li><a href="{B2}">Hälsolots för unga vuxna i Karlshamn</a></li>
        </ul>
        <p>Alla beviljade projekt finns på sidan <a href="{BEV}">Beviljade projekt</a>.</p>'''
    return news(N_GRANT, 'Två nya projekt får sociala investeringsmedel', '2025-02-20',
                'Två projekt i Olofström och Karlshamn får sociala investeringsmedel från Region Blekinge.', body)


def n_res():
    body = f'''        <p>Sedan starten i augusti 2024 har Familjeteam Kallinge haft kontakt med 60 familjer. De flesta har själva tagit kontakt efter att ha träffat teamet på förskolan eller BVC.</p>
        <p>– Föräldrarna uppskattar att de kan få prata med oss utan att först ansöka om stöd, säger familjebehandlare Nadia Osman.</p>
        <p>Projektet pågår till sommaren 2026 och har fått sociala investeringsmedel från Region Blekinge. <a href="{B3}">Läs mer om Familjeteam Kallinge</a>.</p>'''
    return news(N_RES, 'Familjeteamet i Kallinge har stöttat 60 familjer', '2025-10-21',
                'Efter ett drygt år har familjeteamet i Kallinge stöttat 60 familjer.', body)


def evenemang():
    content = intro('Evenemang', 'Konferenser, nätverksträffar och andra evenemang som Region Blekinge arrangerar.') + f'''
      <ul class="event-list">
        <li><a href="{EV}">Nätverksträff om sociala investeringar 2026</a> <time datetime="2026-02-12">12 februari 2026</time></li>
        <li><a href="{EVS}kulturkonferens-2026/">Kulturkonferens Blekinge 2026</a> <time datetime="2026-03-19">19 mars 2026</time></li>
      </ul>
      <p><a href="{KAL}">Visa alla evenemang i kalendern</a></p>
      <ul class="calendar-days">
        <li><a href="{KAL}{KAL_DAYS[0]}">12 februari</a></li>
        <li><a href="{KAL}{KAL_DAYS[1]}">5 mars</a></li>
      </ul>'''
    return page(EVS, 'Evenemang', content, [('Evenemang', EVS)], None, ptype='EventListPage', updated='')


def event():
    content = intro('Nätverksträff om sociala investeringar 2026', 'En dag för projektledare, chefer och strateger i Blekinges kommuner och regionen.') + f'''
      <div class="text-block">
        <p>Under dagen får du höra om erfarenheter från projekt som har fått sociala investeringsmedel och om hur man räknar på effekter. Projektledarna för Familjeteam Kallinge och Unga anhöriga i Västra Blekinge medverkar.</p>
        <h2>Program</h2>
        <ul>
          <li>09.00 Kaffe och registrering</li>
          <li>09.30 Utvärderingen 2019–2024: vad har vi lärt oss?</li>
          <li>11.00 Erfarenheter från två projekt</li>
          <li>13.00 Workshop: socioekonomisk beräkning</li>
          <li>15.30 Avslutning</li>
        </ul>
      </div>
      <aside class="event-facts">
        <dl>
          <dt>Datum</dt><dd>12 februari 2026</dd>
          <dt>Tid</dt><dd>09.00–15.30</dd>
          <dt>Plats</dt><dd>Region Blekinge, Valhallavägen 1, Karlskrona</dd>
          <dt>Kostnad</dt><dd>Kostnadsfri</dd>
          <dt>Sista anmälningsdag</dt><dd>29 januari 2026</dd>
          <dt>Anmälan</dt><dd><a href="https://www.blekinge-event.se/natverkstraff-2026">Anmäl dig här</a></dd>
          <dt>Arrangör</dt><dd>Region Blekinge</dd>
        </dl>
      </aside>'''
    return page(EV, 'Nätverksträff om sociala investeringar 2026', content, [('Evenemang', EVS), ('Nätverksträff 2026', EV)], None, ptype='EventPage')


def jobba():
    content = intro('Jobba hos oss', 'Region Blekinge är en av länets största arbetsgivare med omkring 5 000 medarbetare.') + f'''
      <div class="teaser-grid">
{teaser('Lediga jobb', LJ, 'Se alla lediga jobb.')}
{teaser('Förmåner', JOBS + 'formaner/', 'Friskvård, semesterväxling och pension.')}
      </div>'''
    return page(JOBS, 'Jobba hos oss', content, [('Jobba hos oss', JOBS)], JOBS, ptype='LandingPage')


def lediga():
    content = intro('Lediga jobb', 'Ett urval av våra lediga jobb. Alla annonser finns i rekryteringssystemet.') + f'''
      <ul class="job-list">
        <li><a href="{JOB}">Utvecklingsledare, social hållbarhet</a> – sista ansökningsdag 2025-11-30</li>
        <li><a href="https://regionblekinge.varbi.com/what:job/jobID:771201/">Sjuksköterska, akutmottagningen Karlskrona</a></li>
        <li><a href="https://regionblekinge.varbi.com/what:job/jobID:771340/">Undersköterska, psykiatrin Karlshamn</a></li>
      </ul>'''
    return page(LJ, 'Lediga jobb', content, [('Jobba hos oss', JOBS), ('Lediga jobb', LJ)], JOBS, ptype='JobListPage')


def job():
    content = intro('Utvecklingsledare, social hållbarhet', 'Vill du leda arbetet med sociala investeringar tillsammans med länets kommuner?') + '''
      <div class="text-block">
        <h2>Om tjänsten</h2>
        <p>Som utvecklingsledare ansvarar du för regionens sociala investeringsmedel: du stöttar kommunerna när de tar fram ansökningar, bereder ärenden till regionstyrelsen och följer upp de projekt som har fått medel. Du leder också nätverket för social hållbarhet.</p>
        <h2>Vi söker dig som</h2>
        <p>har en akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi och erfarenhet av att leda utvecklingsarbete i offentlig sektor.</p>
        <h2>Anställningsvillkor</h2>
        <ul>
          <li>Anställningsform: Tillsvidareanställning</li>
          <li>Omfattning: Heltid</li>
          <li>Tillträde: 1 februari 2026 eller enligt överenskommelse</li>
          <li>Placering: Regionhuset, Karlskrona</li>
          <li>Sista ansökningsdag: 2025-11-30</li>
        </ul>
        <p><a class="btn btn--primary" href="https://regionblekinge.varbi.com/what:job/jobID:771455/">Ansök här</a></p>
      </div>'''
    return page(JOB, 'Utvecklingsledare, social hållbarhet', content, [('Jobba hos oss', JOBS), ('Lediga jobb', LJ), ('Utvecklingsledare', JOB)], JOBS, ptype='JobPage')


def furniture(path, title, ingress, body, trail):
    return page(path, title, intro(title, ingress) + f'\n      <div class="text-block">\n{body}\n      </div>', trail, None)


def build():
    pages = {
        '/': start(), UT: section_ut(), SH: section_sh(), FUND: fund(), SOKA: soka(), VILL: villkor(), UTV: utvardering(),
        BEV: beviljade(), Y[2025]: year_page(2025), Y[2024]: year_page(2024), Y[2023]: year_page(2023),
        B1: b1(), B2: b2(), B3: b3(), B4: b4(), B5: b5(), B6: b6(),
        HV: halsa(), HBF: hbf(), SERVICE: service(),
        NYH: nyheter(), N_CALL: n_call(), N_GRANT: n_grant(), N_RES: n_res(),
        N_VACC: news(N_VACC, 'Nu startar vaccinationen mot influensa', '2025-10-13',
                     'Från den 14 oktober kan du som är 65 år eller äldre vaccinera dig mot influensa.',
                     '        <p>Vaccinationen är kostnadsfri för dig som är 65 år eller äldre eller tillhör en riskgrupp. Boka tid via 1177.se eller kom till drop-in på din vårdcentral.</p>'),
        N_TRAF: news(N_TRAF, 'Nya tidtabeller för Kustpilen', '2025-08-18',
                     'Från den 24 augusti gäller nya tidtabeller för Kustpilen mellan Karlskrona och Kristianstad.',
                     '        <p>Avgångarna i rusningstid blir fler. Tidtabellerna finns hos Blekingetrafiken.</p>'),
        EVS: evenemang(), EV: event(), JOBS: jobba(), LJ: lediga(), JOB: job(),
        KONTAKT: furniture(KONTAKT, 'Kontakta oss', 'Så når du Region Blekinge.',
                           '        <p>Växel 0455-73 10 00. Besöksadress Valhallavägen 1, Karlskrona. Vårdfrågor: ring 1177.</p>', [('Kontakta oss', KONTAKT)]),
        OM: furniture(OM, 'Om webbplatsen', 'regionblekinge.se drivs av kommunikationsenheten.',
                      f'        <ul><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li></ul>', [('Om webbplatsen', OM)]),
        KAKOR: furniture(KAKOR, 'Kakor', 'Så använder vi kakor.',
                         '        <table class="table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody><tr><td>.EPiServerLogin</td><td>Inloggning för redaktörer</td><td>Sessionen</td></tr><tr><td>cookieconsent</td><td>Sparar ditt val</td><td>1 år</td></tr></tbody></table>',
                         [('Om webbplatsen', OM), ('Kakor', KAKOR)]),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Region Blekinge står bakom den här webbplatsen.',
                         '        <p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Kontakta oss om du upptäcker brister.</p>',
                         [('Om webbplatsen', OM), ('Tillgänglighetsredogörelse', TILLG)]),
    }
    for p, html_ in pages.items():
        write(H, p, html_)
    robots = f'''User-agent: *
Disallow: /EPiServer/
Disallow: /episerver/
Disallow: /util/
Disallow: /Util/
Disallow: /link/
Disallow: /sok/
Disallow: /kalender/
Disallow: /api/
Crawl-delay: 2

Sitemap: https://{H}/sitemap.xml
'''
    write(H, '/robots.txt', robots)
    news_paths = [N_RES, N_VACC, N_CALL, N_TRAF, N_GRANT]
    # the 2023 year page and its two projects have "Visa i sitemap" unticked (the year was archived by the editors)
    hidden = {Y[2023], B5, B6}
    page_rows = [(p, '2025-10-21') for p in pages if p not in hidden and p not in news_paths]
    write(H, '/sitemap-pages.xml', urlset(H, page_rows))
    dates = {N_RES: '2025-10-21', N_VACC: '2025-10-13', N_CALL: '2025-09-29', N_TRAF: '2025-08-18', N_GRANT: '2025-02-20'}
    titles = {N_RES: 'Familjeteamet i Kallinge har stöttat 60 familjer', N_VACC: 'Nu startar vaccinationen mot influensa',
              N_CALL: 'Nu kan kommunerna söka sociala investeringsmedel för 2026', N_TRAF: 'Nya tidtabeller för Kustpilen',
              N_GRANT: 'Två nya projekt får sociala investeringsmedel'}
    rows = ''.join(f'''  <url>
    <loc>https://{H}{p}</loc>
    <news:news>
      <news:publication><news:name>Region Blekinge</news:name><news:language>sv</news:language></news:publication>
      <news:publication_date>{dates[p]}T08:00:00+02:00</news:publication_date>
      <news:title>{esc(titles[p])}</news:title>
    </news:news>
  </url>
''' for p in news_paths)
    write(H, '/sitemap-news.xml', '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + rows + '</urlset>\n')
    write(H, '/sitemap.xml', sitemap_index(H, [('/sitemap-pages.xml', '2025-10-21T06:00:00+02:00'),
                                               ('/sitemap-news.xml', '2025-10-21T06:00:00+02:00')]))
    return pages


if __name__ == '__main__':
    build()
