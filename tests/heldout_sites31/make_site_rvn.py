"""Region Västernorrland (länskod 22; Sundsvall 2281, Timrå 2262, Härnösand 2280, Kramfors 2282, Sollefteå 2283,
Örnsköldsvik 2284, Ånge 2260) – TWO HOSTS of the region – heldout_sites31.

(The region's short domain rvn.se was used in heldout_sites16; this set uses the long form regionvasternorrland.se,
a host no earlier set used, with content of its own.)

www.regionvasternorrland.se, the region's MAIN SITE, on SITEVISION 2025 with short addresses (no extension, no trailing
slash, a page's children under its address; saved as <path>/index.html), root-relative links, sv-layout/sv-portlet
markup. The fund 'Sociala investeringsmedel' is described here (Regional utveckling › Social hållbarhet › Sociala
investeringsmedel), but the granted projects are NOT: 'Projekten presenteras i projektdatabasen på Utvecklingsportalen'.
Only one finished project from before the portal (2019–2022) still has its page on www, under 'Avslutade projekt'.

utveckling.regionvasternorrland.se, 'Utvecklingsportalen', the region's PROJECT DATABASE for all regional development,
on WEBFLOW (data-wf-site/data-wf-page, w-nav, w-dyn-list/w-dyn-items/w-dyn-item collection lists, w-inline-block
cards, w-richtext, w-condition-invisible, assets on cdn.prod.website-files.com), addresses WITHOUT a trailing slash
(saved as <path>/index.html), root-relative links. CMS collections: Projekt (/projekt/<slug>), Kommuner
(/kommuner/<slug>), Aktuellt (/aktuellt/<slug>). The list /projekt shows six items a page, sorted by start date, with
Webflow's QUERY pagination ('?a7c3e91f_page=2', forbidden by the portal's robots.txt); the database holds social
investment projects beside other regional projects (charging infrastructure, a freight study). The sitemap is
Webflow's own (every static page and collection item). The crawl starts on www: the portal is reached only by links
from www (footer 'Våra webbplatser', the fund page's button, the Regional utveckling page, a news item).
"""
from make_common import write, esc, hexid, numid, urlset

HW = 'www.regionvasternorrland.se'
HU = 'utveckling.regionvasternorrland.se'
UW = f'https://{HW}'
UU = f'https://{HU}'

# ----------------------------------------------------------------------------------------------------- www paths
RU = '/regional-utveckling'
SH = RU + '/social-hallbarhet'
FUND = SH + '/sociala-investeringsmedel'
SOKA = FUND + '/sa-soker-ni-medel'
AVSL = FUND + '/avslutade-projekt'
R6 = AVSL + '/skolfam-sundsvall'
VH = '/vard-och-halsa'
OMR = '/om-regionen'
NYH = OMR + '/nyheter'
N_FUND = NYH + '/regionen-avsatter-tio-miljoner-till-sociala-investeringar'
N_R2 = NYH + '/nu-startar-ung-kraft-i-ornskoldsvik'
N_SJH = NYH + '/nya-besokstider-pa-sundsvalls-sjukhus'
JOBBA = '/jobba-hos-oss'
JOB = JOBBA + '/lediga-jobb/utvecklingsledare-social-hallbarhet'
KONTAKT = '/kontakt'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
W_PROJECTS = [R6]
W_NOT_PROJECTS = [FUND, SOKA, N_FUND, JOB]

W_SEARCH = '/sok'
W_SEARCHES = ['/sok?query=vardcentral', '/sok?query=tandvard', '/sok?query=lediga+jobb']
W_CAL = '/kalender'
W_CAL_Q = '/kalender?datum=2026-03-18'
W_PRINT = '?print=1'
W_PRINT_PAGES = [FUND, SOKA, R6]


def node(path):
    return '4.' + hexid('rvn' + path, 21)


W_EDIT = '/edit/' + node(SOKA)
W_LOGIN = '/sitevision/login?redirect=%2F'


def w_forbidden():
    return [W_SEARCH] + W_SEARCHES + [W_CAL, W_CAL_Q, W_EDIT, W_LOGIN] + [p + W_PRINT for p in W_PRINT_PAGES]


# ----------------------------------------------------------------------------------------------------- portal paths
P = '/projekt'
R1 = '/projekt/tidigt-stod-i-forskolan-kramfors'
R2 = '/projekt/ung-kraft-ornskoldsvik'
R3 = '/projekt/trygga-hem-timra'
R4 = '/projekt/seniorkraft-solleftea'
R5 = '/projekt/laslust-harnosand'              # page 2 of the list only: reached by its kommun page and the sitemap
UMO = '/projekt/umo-online'                     # a standing service that began as a project (page 2 of the list)
E14 = '/projekt/snabbladdning-langs-e14'        # a regional project of another kind (no social aim)
GODS = '/projekt/godsstrak-mittkorridoren'      # a regional project of another kind (no social aim)
AKT = '/aktuellt'
EV = '/aktuellt/larandetraff-sociala-investeringar-i-vasternorrland'
RAPP = '/aktuellt/utvardering-av-sociala-investeringsmedel-2019-2024'
N_NY = '/aktuellt/ny-webbplats-for-regionens-utvecklingsprojekt'
OMP = '/om-portalen'
KOM = {k: f'/kommuner/{k}' for k in ('sundsvall', 'timra', 'harnosand', 'kramfors', 'solleftea', 'ornskoldsvik',
                                      'ange', 'hela-lanet')}
KNAME = {'sundsvall': 'Sundsvall', 'timra': 'Timrå', 'harnosand': 'Härnösand', 'kramfors': 'Kramfors',
         'solleftea': 'Sollefteå', 'ornskoldsvik': 'Örnsköldsvik', 'ange': 'Ånge', 'hela-lanet': 'Hela länet'}
U_PROJECTS = [R1, R2, R3, R4, R5]
U_NOT_PROJECTS = [UMO, E14, GODS, EV, RAPP]

PAGER = 'a7c3e91f_page'
U_SEARCH = '/search'
U_SEARCHES = ['/search?query=barn+och+unga', '/search?query=aldre', '/search?query=arbete']
U_PAGE2 = f'/projekt?{PAGER}=2'
U_LOGIN = '/log-in'
U_EDIT = '/?edit'


def u_forbidden():
    return [U_SEARCH] + U_SEARCHES + [U_PAGE2, U_LOGIN, U_EDIT]


# ======================================================================================================= www chrome
MENU = [('Vård och hälsa', VH), ('Regional utveckling', RU), ('Kollektivtrafik', '/kollektivtrafik'),
        ('Kultur', '/kultur'), ('Jobba hos oss', JOBBA), ('Om regionen', OMR)]


def w_header(active):
    lis = ''.join(f'\n            <li class="env-nav__item{" env-nav__item--active" if h == active else ""}"><a class="env-nav__link" href="{h}">{t}</a></li>'
                  for t, h in MENU)
    return f'''<header class="rvn-header">
      <div class="sv-layout rvn-header__top" id="svid10_{hexid('rvn-head', 16)}">
        <a class="rvn-header__logo" href="/"><img src="/images/18.{hexid('rvn-logo', 20)}/1712066412345/rvn-logotyp.svg" alt="Region Västernorrland, till startsidan" width="220" height="48"></a>
        <ul class="rvn-header__tools">
          <li><a href="https://www.1177.se/Vasternorrland/">1177 Vårdguiden</a></li>
          <li><a href="{W_CAL}">Kalender</a></li>
          <li><a href="/other-languages">Other languages</a></li>
          <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9120&amp;lang=sv_se&amp;readid=svid10_main">Lyssna</a></li>
        </ul>
        <form class="rvn-search" action="{W_SEARCH}" method="get" role="search">
          <label class="env-assistive-text" for="rvn-q">Sök</label>
          <input id="rvn-q" name="query" type="search" class="env-form-input" placeholder="Sök på regionvasternorrland.se">
          <button type="submit" class="env-button">Sök</button>
        </form>
      </div>
      <nav class="sv-layout rvn-nav" aria-label="Huvudmeny">
        <ul class="env-nav env-nav--menubar">{lis}
        </ul>
      </nav>
    </header>'''


W_FOOTER = f'''<footer class="rvn-footer sv-layout" id="svid10_{hexid('rvn-foot', 16)}">
      <div class="env-row">
        <div class="env-col">
          <h2 class="subheading">Region Västernorrland</h2>
          <p class="normal">871 85 Härnösand<br>Växel: 0611-800 00<br><a href="mailto:region@rvn.se">region@rvn.se</a></p>
        </div>
        <div class="env-col">
          <h2 class="subheading">Våra webbplatser</h2>
          <ul class="env-list">
            <li><a href="https://www.1177.se/Vasternorrland/">1177 Vårdguiden</a></li>
            <li><a href="{UU}/">Utvecklingsportalen – regionens projekt</a></li>
            <li><a href="https://www.kulturvasternorrland.se/">Kultur i Västernorrland</a></li>
            <li><a href="https://www.folktandvardenvasternorrland.se/">Folktandvården</a></li>
          </ul>
        </div>
        <div class="env-col">
          <h2 class="subheading">Om webbplatsen</h2>
          <ul class="env-list">
            <li><a href="{KONTAKT}">Kontakta oss</a></li>
            <li><a href="{OMW}">Om webbplatsen</a></li>
            <li><a href="{KAKOR}">Kakor</a></li>
            <li><a rel="nofollow" href="{W_LOGIN}">Logga in</a></li>
          </ul>
        </div>
      </div>
    </footer>'''


def w_crumbs(trail):
    if not trail:
        return ''
    lis = ['<li><a href="/">Start</a></li>'] + [f'<li><a href="{h}">{t}</a></li>' for t, h in trail[:-1]]
    lis.append(f'<li aria-current="page">{trail[-1][0]}</li>')
    return f'''
    <nav class="sv-breadcrumbs-portlet" aria-label="Brödsmulor"><ol class="env-breadcrumb">{"".join(lis)}</ol></nav>'''


FUND_KIDS = [('Så söker ni medel', SOKA), ('Avslutade projekt', AVSL)]


def w_subnav(current):
    kids = ''.join(f'\n          <li><a href="{h}"{" aria-current=" + chr(34) + "page" + chr(34) if h == current else ""}>{t}</a></li>'
                   for t, h in FUND_KIDS)
    return f'''<nav class="sv-menu-portlet rvn-subnav" aria-label="Undermeny">
        <a class="rvn-subnav__root" href="{SH}">Social hållbarhet</a>
        <ul>
          <li><a href="{FUND}"{' aria-current="page"' if current == FUND else ''}>Sociala investeringsmedel</a>
            <ul>{kids}
            </ul>
          </li>
          <li><a href="{SH}/folkhalsa">Folkhälsa</a></li>
          <li><a href="{SH}/manskliga-rattigheter">Mänskliga rättigheter</a></li>
        </ul>
      </nav>'''


def w_page(path, title, content, trail=None, active='', side=False, printable=False, template='sida', desc='',
           updated='2025-10-14'):
    side_html = f'''
      <div class="sv-layout rvn-side">
      {w_subnav(path)}
      </div>''' if side else ''
    tools = f'''
          <p class="rvn-tools"><a rel="nofollow" href="{path}{W_PRINT}">Skriv ut</a></p>''' if printable else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{template}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} - Region Västernorrland</title>
  <meta name="description" content="{esc(desc or title)}">
  <link rel="canonical" href="{UW}{path}">
  <link rel="stylesheet" href="/sitevision/system-resource/{hexid('rvn-sys', 40)}/css/portlets.css">
  <link rel="stylesheet" href="/webapp-files/rvn-tema/2025.2.0/css/main.css">
  <script>window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '{node(path)}', siteName: 'Region Västernorrland', version: '2025.09.1'}};</script>
</head>
<body class="sv-responsive">
  <div class="sv-layout" id="svid10_{hexid('rvn-root' + path, 16)}">
    {w_header(active)}{w_crumbs(trail)}
    <div class="sv-layout rvn-main-row">{side_html}
      <main class="sv-layout rvn-content" id="svid10_main">
        <div class="sv-text-portlet sv-use-margins" id="svid12_{hexid('rvn-text' + path, 16)}">
          <div id="Rubrik"></div>
          <div class="sv-text-portlet-content">
{content}
          </div>{tools}
          <p class="rvn-updated">Senast uppdaterad: {updated}</p>
        </div>
      </main>
    </div>
    {W_FOOTER}
  </div>
</body>
</html>
'''


def w_fund():
    c = f'''            <h1 class="heading" id="h-Socialainvesteringsmedel">Sociala investeringsmedel</h1>
            <p class="preamble">Region Västernorrland avsätter varje år pengar till sociala investeringar i länet. Kommunerna kan söka medel för förebyggande arbete tillsammans med regionen.</p>
            <h2 class="subheading">Vad är sociala investeringsmedel?</h2>
            <p class="normal">Med sociala investeringsmedel vill regionen göra det möjligt att pröva nya sätt att förebygga psykisk ohälsa, utanförskap och skolmisslyckanden. Arbetet ska vara tidsbegränsat och göras av en eller flera kommuner tillsammans med regionens verksamheter.</p>
            <h2 class="subheading">Medlen i siffror</h2>
            <ul>
              <li>Avsatt för 2026: 10 000 000 kronor</li>
              <li>Beviljade projekt sedan 2019: 14</li>
              <li>Högsta belopp per projekt: 2 500 000 kronor</li>
            </ul>
            <h2 class="subheading">Beviljade projekt</h2>
            <p class="normal">Projekten som har fått sociala investeringsmedel presenteras i projektdatabasen på Utvecklingsportalen, där du kan läsa om varje projekt och filtrera på kommun.</p>
            <p class="normal"><a class="env-button env-button--primary" href="{UU}{P}?kategori=social-hallbarhet">Till projektdatabasen</a></p>
            <p class="normal">Projekt som avslutades före 2023 finns under <a href="{AVSL}">Avslutade projekt</a>.</p>
            <h2 class="subheading">Kontakt</h2>
            <p class="normal">Lena Hägglund, utvecklingsstrateg social hållbarhet, 0611-800 00</p>'''
    return w_page(FUND, 'Sociala investeringsmedel', c, [('Regional utveckling', RU), ('Social hållbarhet', SH),
                                                            ('Sociala investeringsmedel', FUND)], RU, side=True, printable=True)


def w_soka():
    c = f'''            <h1 class="heading" id="h-Sasokernimedel">Så söker ni medel</h1>
            <p class="preamble">Kommunerna i Västernorrland kan söka sociala investeringsmedel en gång om året.</p>
            <h2 class="subheading">Vem kan söka?</h2>
            <p class="normal">En eller flera kommuner i länet, tillsammans med minst en av regionens verksamheter. Föreningar och andra aktörer kan vara samverkansparter.</p>
            <h2 class="subheading">Vad kan ni söka för?</h2>
            <p class="normal">Förebyggande arbete för barn, unga, vuxna eller äldre som är nytt, tidsbegränsat till högst tre år och som följs upp.</p>
            <h2 class="subheading">När kan ni söka?</h2>
            <p class="normal">Utlysningen för 2026 är öppen till och med den 31 mars 2026. Beslut fattas av regionala utvecklingsnämnden i juni.</p>
            <h2 class="subheading">Så går det till</h2>
            <ol>
              <li>Kontakta utvecklingsstrategen och berätta om er idé.</li>
              <li>Fyll i ansökan i regionens e-tjänst, med budget och plan för uppföljning.</li>
              <li>Ansökan bedöms av en beredningsgrupp med representanter för regionen och kommunerna.</li>
              <li>Regionala utvecklingsnämnden beslutar.</li>
            </ol>
            <p class="normal"><a href="https://e-tjanster.regionvasternorrland.se/ansokan-sociala-investeringsmedel">Till e-tjänsten</a></p>'''
    return w_page(SOKA, 'Så söker ni medel', c, [('Regional utveckling', RU), ('Social hållbarhet', SH),
                                                 ('Sociala investeringsmedel', FUND), ('Så söker ni medel', SOKA)], RU,
                  side=True, printable=True)


def w_avsl():
    c = f'''            <h1 class="heading" id="h-Avslutadeprojekt">Avslutade projekt</h1>
            <p class="preamble">Projekt med sociala investeringsmedel som avslutades före 2023. Senare projekt finns i <a href="{UU}{P}">projektdatabasen på Utvecklingsportalen</a>.</p>
            <ul class="env-list">
              <li><a href="{R6}">Skolfam Sundsvall</a> (2019–2022)</li>
              <li>Hälsosamma Härnösand (2019–2021)</li>
              <li>Fritid för alla i Ånge (2020–2022)</li>
            </ul>
            <p class="normal">Resultaten från alla avslutade projekt sammanfattas i utvärderingen av sociala investeringsmedel.</p>'''
    return w_page(AVSL, 'Avslutade projekt', c, [('Regional utveckling', RU), ('Social hållbarhet', SH),
                                                 ('Sociala investeringsmedel', FUND), ('Avslutade projekt', AVSL)], RU, side=True)


def w_r6():
    c = '''            <h1 class="heading" id="h-SkolfamSundsvall">Skolfam Sundsvall</h1>
            <p class="preamble">Skolfam var ett projekt för att stärka skolgången för barn i familjehem i Sundsvall. Projektet är avslutat.</p>
            <h2 class="subheading">Bakgrund</h2>
            <p class="normal">Barn som är placerade i familjehem lämnar grundskolan med betydligt lägre betyg än andra barn. Skolfam är en modell där ett team med psykolog och specialpedagog kartlägger varje barns förutsättningar och gör en plan tillsammans med skolan, familjehemmet och socialsekreteraren.</p>
            <h2 class="subheading">Genomförande</h2>
            <p class="normal">Projektet pågick från januari 2019 till december 2022. Sundsvalls kommun var projektägare, med socialtjänsten och barn- och utbildningsförvaltningen tillsammans. Region Västernorrlands barn- och ungdomspsykiatri deltog i styrgruppen. Projektet fick 1 400 000 kronor ur regionens sociala investeringsmedel.</p>
            <div class="rvn-factbox">
              <h2 class="subheading">Fakta</h2>
              <p class="normal"><strong>Projektperiod:</strong> 2019–2022</p>
              <p class="normal"><strong>Projektägare:</strong> Sundsvalls kommun</p>
              <p class="normal"><strong>Målgrupp:</strong> Familjehemsplacerade barn 6–12 år</p>
              <p class="normal"><strong>Sociala investeringsmedel:</strong> 1 400 000 kronor</p>
              <p class="normal"><strong>Status:</strong> Avslutat</p>
            </div>
            <h2 class="subheading">Resultat</h2>
            <p class="normal">32 barn följdes av teamet. Efter två år hade 25 av dem förbättrat sina resultat i läsning och matematik. Sundsvalls kommun har sedan 2023 Skolfam som en del av sin ordinarie verksamhet.</p>'''
    return w_page(R6, 'Skolfam Sundsvall', c, [('Regional utveckling', RU), ('Social hållbarhet', SH),
                                               ('Sociala investeringsmedel', FUND), ('Avslutade projekt', AVSL),
                                               ('Skolfam Sundsvall', R6)], RU, side=True, printable=True, updated='2023-02-01')


def w_news(path, title, date, lead, body):
    c = f'''            <p class="rvn-date">Publicerad <time datetime="{date}">{date}</time></p>
            <h1 class="heading">{title}</h1>
            <p class="preamble">{lead}</p>
{body}'''
    return w_page(path, title, c, [('Om regionen', OMR), ('Nyheter', NYH), (title, path)], OMR, template='nyhet', updated=date)


W_NEWS = [
    (N_R2, 'Nu startar Ung kraft i Örnsköldsvik', '2024-06-11',
     'Unga som varken arbetar eller studerar i Örnsköldsvik får nu stöd av coacher i projektet Ung kraft, som har fått sociala investeringsmedel.',
     f'''            <p class="normal">Projektet drivs av Örnsköldsviks kommun tillsammans med Arbetsförmedlingen och regionens psykiatri. Läs mer om <a href="{UU}{R2}">Ung kraft Örnsköldsvik i projektdatabasen</a>.</p>'''),
    (N_FUND, 'Regionen avsätter tio miljoner till sociala investeringar', '2025-11-26',
     'Regionfullmäktige har beslutat att avsätta 10 000 000 kronor till sociala investeringsmedel för 2026.',
     f'''            <p class="normal">Pengarna kan sökas av kommunerna i länet tillsammans med regionens verksamheter. Utlysningen öppnar i januari och är öppen till och med den 31 mars 2026.</p>
            <p class="normal">– Vi ser att förebyggande arbete ger resultat, säger regionala utvecklingsnämndens ordförande.</p>
            <p class="normal">Läs om <a href="{W_EDIT}">hur ni söker medel</a>.</p>'''),
    (N_SJH, 'Nya besökstider på Sundsvalls sjukhus', '2025-12-01',
     'Från den 1 december gäller nya besökstider på vårdavdelningarna.',
     '            <p class="normal">Besökstiden är klockan 13–19 alla dagar.</p>'),
]


def w_nyheter():
    lis = ''.join(f'\n              <li><a href="{p}">{t}</a> <span class="rvn-date">{d}</span></li>' for p, t, d, _, _ in W_NEWS)
    c = f'''            <h1 class="heading">Nyheter</h1>
            <ul class="env-list">{lis}
            </ul>'''
    return w_page(NYH, 'Nyheter', c, [('Om regionen', OMR), ('Nyheter', NYH)], OMR)


def w_job():
    c = '''            <h1 class="heading">Utvecklingsledare social hållbarhet</h1>
            <p class="preamble">Vill du arbeta med sociala investeringar och folkhälsa i hela Västernorrland? Vi söker en utvecklingsledare till enheten för social hållbarhet.</p>
            <h2 class="subheading">Om tjänsten</h2>
            <p class="normal">Du stöttar kommunerna när de tar fram ansökningar om sociala investeringsmedel, följer upp beviljade projekt och leder regionens nätverk för social hållbarhet.</p>
            <ul>
              <li>Anställningsform: Tillsvidareanställning</li>
              <li>Omfattning: Heltid</li>
              <li>Tillträde: Enligt överenskommelse</li>
              <li>Placeringsort: Härnösand</li>
              <li>Sista ansökningsdag: 15 januari 2026</li>
            </ul>
            <p class="normal"><a href="https://regionvasternorrland.varbi.com/what:job/jobID:845512/">Ansök här</a></p>'''
    return w_page(JOB, 'Utvecklingsledare social hållbarhet', c, [('Jobba hos oss', JOBBA), ('Utvecklingsledare social hållbarhet', JOB)],
                  JOBBA, template='jobb')


def w_simple(path, title, body, trail, active=''):
    c = f'''            <h1 class="heading">{title}</h1>
{body}'''
    return w_page(path, title, c, trail, active)


def w_start():
    news = ''.join(f'\n              <li><a href="{p}">{t}</a><p class="normal">{lead}</p></li>' for p, t, d, lead, _ in W_NEWS)
    c = f'''            <h1 class="heading env-assistive-text">Region Västernorrland</h1>
            <div class="rvn-puffs">
              <a class="rvn-puff" href="{VH}"><h2 class="subheading">Vård och hälsa</h2></a>
              <a class="rvn-puff" href="{RU}"><h2 class="subheading">Regional utveckling</h2></a>
              <a class="rvn-puff" href="{JOBBA}"><h2 class="subheading">Jobba hos oss</h2></a>
            </div>
            <h2 class="subheading">Aktuellt</h2>
            <ul class="env-list">{news}
            </ul>
            <p class="normal"><a href="{NYH}">Alla nyheter</a></p>
            <h2 class="subheading">Kalendarium</h2>
            <p class="normal">18 mars: <a href="{UU}{EV}">Lärandeträff om sociala investeringar</a>. <a rel="nofollow" href="{W_CAL_Q}">Mer den dagen</a></p>
            <p class="normal">Populära sökningar: <a href="{W_SEARCHES[0]}">vårdcentral</a>, <a href="{W_SEARCHES[1]}">tandvård</a>, <a href="{W_SEARCHES[2]}">lediga jobb</a></p>'''
    return w_page('/', 'Start', c, None, '', template='startsida')


def w_build():
    pages = {
        '/': w_start(), FUND: w_fund(), SOKA: w_soka(), AVSL: w_avsl(), R6: w_r6(), NYH: w_nyheter(), JOB: w_job(),
        RU: w_simple(RU, 'Regional utveckling', f'''            <p class="preamble">Region Västernorrland leder det regionala utvecklingsarbetet i länet tillsammans med kommunerna, näringslivet och civilsamhället.</p>
            <ul class="env-list">
              <li><a href="{SH}">Social hållbarhet</a></li>
              <li><a href="{FUND}">Sociala investeringsmedel</a></li>
              <li><a href="{RU}/naringsliv">Näringsliv och innovation</a></li>
              <li><a href="{RU}/infrastruktur">Infrastruktur och kommunikationer</a></li>
              <li><a href="{RU}/kompetensforsorjning">Kompetensförsörjning</a></li>
            </ul>
            <p class="normal">Alla regionens utvecklingsprojekt finns i <a href="//{HU}{P}">projektdatabasen</a>.</p>''',
                         [('Regional utveckling', RU)], RU),
        SH: w_simple(SH, 'Social hållbarhet', f'''            <p class="preamble">Regionen arbetar för att alla i Västernorrland ska ha goda och jämlika livsvillkor.</p>
            <ul class="env-list">
              <li><a href="{FUND}">Sociala investeringsmedel</a></li>
              <li><a href="{SH}/folkhalsa">Folkhälsa</a></li>
              <li><a href="{SH}/manskliga-rattigheter">Mänskliga rättigheter</a></li>
            </ul>''', [('Regional utveckling', RU), ('Social hållbarhet', SH)], RU),
        VH: w_simple(VH, 'Vård och hälsa', '''            <p class="preamble">Information om vården i Västernorrland finns på 1177.se.</p>
            <p class="normal"><a href="https://www.1177.se/Vasternorrland/">Till 1177 Vårdguiden</a></p>''', [('Vård och hälsa', VH)], VH),
        OMR: w_simple(OMR, 'Om regionen', f'''            <p class="preamble">Region Västernorrland ansvarar för hälso- och sjukvård, tandvård, kollektivtrafik, kultur och regional utveckling.</p>
            <ul class="env-list">
              <li><a href="{NYH}">Nyheter</a></li>
              <li><a href="{OMR}/politik">Politik och beslut</a></li>
            </ul>''', [('Om regionen', OMR)], OMR),
        JOBBA: w_simple(JOBBA, 'Jobba hos oss', f'''            <p class="preamble">Vi är länets största arbetsgivare med 7 500 medarbetare.</p>
            <ul class="env-list">
              <li><a href="{JOB}">Utvecklingsledare social hållbarhet</a></li>
              <li><a href="https://regionvasternorrland.varbi.com/">Alla lediga jobb</a></li>
            </ul>''', [('Jobba hos oss', JOBBA)], JOBBA),
        KONTAKT: w_simple(KONTAKT, 'Kontakta oss', '            <p class="normal">Växel: 0611-800 00. Postadress: 871 85 Härnösand.</p>', [('Kontakta oss', KONTAKT)]),
        OMW: w_simple(OMW, 'Om webbplatsen', '            <p class="normal">Webbplatsen drivs av Region Västernorrlands kommunikationsavdelning.</p>', [('Om webbplatsen', OMW)]),
        KAKOR: w_simple(KAKOR, 'Kakor', '            <p class="normal">Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>',
                        [('Om webbplatsen', OMW), ('Kakor', KAKOR)]),
    }
    for p, t, d, lead, body in W_NEWS:
        pages[p] = w_news(p, t, d, lead, body)
    for p, h in pages.items():
        write(HW, p, h)
    write(HW, '/robots.txt', f'''User-agent: *
Disallow: /sok
Disallow: /kalender
Disallow: /edit/
Disallow: /sitevision/
Disallow: /*?print=
Crawl-delay: 2

Sitemap: {UW}/sitemap.xml
''')
    write(HW, '/sitemap.xml', urlset(HW, [(p, '2025-12-01') for p in sorted(pages)]))
    return pages


# ======================================================================================================= portal
WF_SITE = hexid('rvn-webflow-site', 24)
CDN = f'https://cdn.prod.website-files.com/{WF_SITE}'


def u_nav():
    return f'''<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
    <div class="container w-container">
      <a href="/" class="brand w-nav-brand"><img src="{CDN}/{hexid('rvn-logo-up', 24)}_utvecklingsportalen-logo.svg" loading="lazy" alt="Utvecklingsportalen" class="brand-logo"></a>
      <nav role="navigation" class="nav-menu w-nav-menu">
        <a href="{P}" class="nav-link w-nav-link">Projekt</a>
        <a href="/kommuner/hela-lanet" class="nav-link w-nav-link">Kommuner</a>
        <a href="{AKT}" class="nav-link w-nav-link">Aktuellt</a>
        <a href="{OMP}" class="nav-link w-nav-link">Om portalen</a>
        <a href="{UW}/" class="nav-link nav-link-external w-nav-link">regionvasternorrland.se</a>
      </nav>
      <form action="{U_SEARCH}" class="search w-form">
        <label for="search" class="sr-only">Sök</label>
        <input class="search-input w-input" maxlength="256" name="query" placeholder="Sök projekt …" type="search" id="search" required="">
        <input type="submit" class="search-button w-button" value="Sök">
      </form>
      <div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
    </div>
  </div>'''


def u_footer():
    return f'''<footer class="footer">
    <div class="container w-container">
      <div class="footer-grid w-layout-grid">
        <div><a href="{UW}/" class="footer-brand w-inline-block"><img src="{CDN}/{hexid('rvn-logo-ft', 24)}_rvn-logo-vit.svg" loading="lazy" alt="Region Västernorrland"></a>
          <p class="footer-text">Utvecklingsportalen drivs av Region Västernorrland, avdelningen för regional utveckling.</p></div>
        <div><h3 class="footer-heading">Portalen</h3>
          <a href="{P}" class="footer-link">Alla projekt</a>
          <a href="{AKT}" class="footer-link">Aktuellt</a>
          <a href="{OMP}" class="footer-link">Om portalen</a>
          <a href="{U_LOGIN}" class="footer-link" rel="nofollow">Logga in för projektledare</a></div>
        <div><h3 class="footer-heading">Region Västernorrland</h3>
          <a href="{UW}{FUND}" class="footer-link">Sociala investeringsmedel</a>
          <a href="{UW}{KONTAKT}" class="footer-link">Kontakta regionen</a>
          <a href="{UW}{KAKOR}" class="footer-link">Kakor</a></div>
      </div>
    </div>
  </footer>'''


def u_page(path, title, body, desc=''):
    return f'''<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Dec 01 2025 09:14:22 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="{HU}" data-wf-page="{hexid('wfp' + path, 24)}" data-wf-site="{WF_SITE}" lang="sv"><head><meta charset="utf-8"/><title>{esc(title)} | Utvecklingsportalen</title><meta content="{esc(desc or title)}" name="description"/><meta content="{esc(title)}" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="{CDN}/css/utvecklingsportalen.webflow.shared.{hexid('rvn-css', 9)}.css" rel="stylesheet" type="text/css"/><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="{CDN}/{hexid('rvn-fav', 24)}_favicon.png" rel="shortcut icon" type="image/x-icon"/><link rel="canonical" href="{UU}{path}"/></head><body>
  {u_nav()}
  <main class="main">
{body}
  </main>
  {u_footer()}
  <script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={WF_SITE}" type="text/javascript" crossorigin="anonymous"></script><script src="{CDN}/js/webflow.{hexid('rvn-js', 16)}.js" type="text/javascript"></script>
</body></html>
'''


# (path, title, kommun key, status, teaser, start) for the collection; sorted newest start first
ITEMS = [
    (R3, 'Trygga hem Timrå', 'timra', 'Pågår', 'Tidigt stöd till familjer där det finns risk för våld.', '2025-03'),
    (E14, 'Snabbladdning längs E14', 'hela-lanet', 'Pågår', 'Laddinfrastruktur för tunga fordon mellan Sundsvall och Ånge.', '2025-01'),
    (R1, 'Tidigt stöd i förskolan – Kramfors', 'kramfors', 'Pågår', 'Psykolog och specialpedagog ute i förskolorna.', '2024-08'),
    (R2, 'Ung kraft Örnsköldsvik', 'ornskoldsvik', 'Pågår', 'Coacher för unga som varken arbetar eller studerar.', '2024-06'),
    (GODS, 'Godsstråk Mittkorridoren', 'hela-lanet', 'Pågår', 'Kapacitetsstudie för godstrafik på järnväg.', '2024-01'),
    (R4, 'Seniorkraft Sollefteå', 'solleftea', 'Avslutat', 'Mötesplatser mot ofrivillig ensamhet bland äldre.', '2023-09'),
    (R5, 'Läslust Härnösand', 'harnosand', 'Pågår', 'Läsfrämjande för elever i årskurs 1–3 och deras familjer.', '2023-08'),
    (UMO, 'UMO online', 'hela-lanet', 'Ordinarie verksamhet', 'Ungdomsmottagningen på nätet.', '2020-09'),
]
ITEM = {i[0]: i for i in ITEMS}
CATS = {R1: 'Social hållbarhet', R2: 'Social hållbarhet', R3: 'Social hållbarhet', R4: 'Social hållbarhet',
        R5: 'Social hållbarhet', UMO: 'Social hållbarhet', E14: 'Infrastruktur', GODS: 'Infrastruktur'}


def u_card(path):
    p, t, k, st, teaser, start = ITEM[path]
    return f'''          <div role="listitem" class="w-dyn-item">
            <a href="{p}" class="project-card w-inline-block">
              <img src="{CDN}/{hexid('img' + p, 24)}_{p.rsplit('/', 1)[-1]}.jpg" loading="lazy" alt="" class="project-card-image"/>
              <div class="project-card-body">
                <div class="project-card-meta"><div class="tag">{KNAME[k]}</div><div class="status-pill">{st}</div></div>
                <h3 class="project-card-title">{t}</h3>
                <p class="project-card-text">{teaser}</p>
              </div>
            </a>
          </div>'''


def u_list(paths, cls='project-grid'):
    return f'''        <div class="w-dyn-list">
          <div role="list" class="{cls} w-dyn-items">
{chr(10).join(u_card(p) for p in paths)}
          </div>
        </div>'''


def u_project(path, lead, body, facts, related, report=None):
    p, t, k, st, teaser, start = ITEM[path]
    rows = ''.join(f'''
              <div class="fact-row"><div class="fact-label">{a}</div><div class="fact-value">{b}</div></div>''' for a, b in facts)
    rep = (f'<a href="{report}" class="report-link w-inline-block"><div>Slutrapport (pdf)</div></a>' if report else
           '<a href="#" class="report-link w-inline-block w-condition-invisible"><div>Slutrapport (pdf)</div></a>')
    b = f'''    <section class="section-hero">
      <div class="container w-container">
        <a href="{P}" class="back-link w-inline-block"><div>← Alla projekt</div></a>
        <div class="tag-row"><a href="{KOM[k]}" class="tag tag-link w-inline-block"><div>{KNAME[k]}</div></a><div class="tag">{CATS[path]}</div><div class="status-pill">{st}</div></div>
        <h1 class="h1-project">{t}</h1>
        <p class="lead">{lead}</p>
      </div>
    </section>
    <section class="section-content">
      <div class="container w-container">
        <div class="content-grid w-layout-grid">
          <div class="rich-text w-richtext">
{body}
          </div>
          <div class="fact-card">
            <h2 class="fact-card-heading">Fakta</h2>{rows}
            {rep}
          </div>
        </div>
      </div>
    </section>
    <section class="section-related">
      <div class="container w-container">
        <h2 class="h2">Fler projekt</h2>
{u_list(related, 'related-grid')}
      </div>
    </section>'''
    return u_page(path, f'{t}', b, lead)


def r1():
    body = '''            <p>Projektet Tidigt stöd i förskolan ska hjälpa barn i Kramfors förskolor som visar tecken på psykisk ohälsa, språkstörning eller svårigheter i samspel, innan de börjar skolan.</p>
            <h2>Så arbetar projektet</h2>
            <p>En psykolog och en specialpedagog besöker alla förskolor i kommunen regelbundet. De handleder pedagogerna, träffar föräldrar och tar kontakt med barnhälsovården när ett barn behöver mer stöd. Barnhälsovården i Kramfors hänvisar familjer till teamet.</p>
            <h2>Mål</h2>
            <ul><li>Fler barn ska få stöd redan i förskolan.</li><li>Färre barn ska behöva särskilt stöd när de börjar skolan.</li></ul>
            <p>Projektet har fått 1 650 000 kronor ur Region Västernorrlands sociala investeringsmedel och pågår från augusti 2024 till juli 2027.</p>'''
    facts = [('Projektägare', 'Kramfors kommun, barn- och utbildningsförvaltningen'), ('Samverkan', 'Barnhälsovården, Region Västernorrland'),
             ('Projektperiod', 'augusti 2024 – juli 2027'), ('Beviljade medel', '1 650 000 kronor'),
             ('Finansiering', 'Regionens sociala investeringsmedel'), ('Målgrupp', 'Barn 1–5 år i förskolan'),
             ('Bemanning', 'En psykolog och en specialpedagog'), ('Status', 'Pågår')]
    return u_project(R1, 'Psykolog och specialpedagog ute i förskolorna i Kramfors.', body, facts, [R3, R2])


def r2():
    body = '''            <p>Ung kraft är ett projekt för unga i Örnsköldsvik som varken arbetar eller studerar. Tre coacher möter de unga där de är, på fritidsgården, biblioteket eller hemma, och följer dem hela vägen till arbete eller studier.</p>
            <h2>Bakgrund</h2>
            <p>Omkring 400 unga mellan 16 och 24 år i Örnsköldsvik varken arbetar eller studerar. Många av dem har psykisk ohälsa och har haft kontakt med flera myndigheter utan att få samlat stöd.</p>
            <h2>Samverkan</h2>
            <p>Örnsköldsviks kommuns arbetsmarknadsenhet är projektägare. Arbetsförmedlingen och regionens vuxenpsykiatri i Örnsköldsvik deltar, och kommunens aktivitetsansvar för unga hänvisar deltagare.</p>'''
    facts = [('Projektägare', 'Örnsköldsviks kommun, arbetsmarknadsenheten'), ('Samverkan', 'Arbetsförmedlingen, vuxenpsykiatrin Örnsköldsvik'),
             ('Projektperiod', 'juni 2024 – maj 2027'), ('Beviljade medel', '2 300 000 kronor'),
             ('Finansiering', 'Regionens sociala investeringsmedel'), ('Målgrupp', 'Unga 16–24 år som varken arbetar eller studerar'),
             ('Bemanning', 'Tre coacher'), ('Status', 'Pågår')]
    return u_project(R2, 'Coacher för unga som varken arbetar eller studerar i Örnsköldsvik.', body, facts, [R1, R4])


def r3():
    body = '''            <p>Trygga hem Timrå är ett förebyggande projekt för familjer där det finns risk för våld i nära relationer. Målet är att barn ska växa upp utan att utsättas för eller bevittna våld.</p>
            <h2>Vad gör projektet?</h2>
            <p>Två familjebehandlare erbjuder stöd till föräldrar som själva sökt hjälp eller som socialtjänsten, barnhälsovården eller skolan har varit oroliga för. Föräldrarna får gå i en grupp om föräldraskap och konflikthantering, och barnen får egna samtal.</p>
            <p>Projektet startade i mars 2025 och pågår till och med februari 2028. Regionen har beviljat 1 900 000 kronor ur de sociala investeringsmedlen.</p>'''
    facts = [('Projektägare', 'Timrå kommun, socialtjänsten'), ('Samverkan', 'Barnhälsovården och kvinnohälsovården, Region Västernorrland; Timrå kvinnojour'),
             ('Projektperiod', 'mars 2025 – februari 2028'), ('Beviljade medel', '1 900 000 kronor'),
             ('Finansiering', 'Regionens sociala investeringsmedel'), ('Målgrupp', 'Föräldrar med barn 0–12 år'),
             ('Bemanning', 'Två familjebehandlare'), ('Status', 'Pågår')]
    return u_project(R3, 'Tidigt stöd till familjer där det finns risk för våld.', body, facts, [R1, UMO])


def r4():
    body = '''            <p>Projektet är avslutat. Seniorkraft Sollefteå arbetade mot ofrivillig ensamhet bland äldre i Sollefteå kommun, särskilt i byarna utanför tätorten.</p>
            <h2>Vad gjordes?</h2>
            <p>Projektet startade sex mötesplatser i bygdegårdar och kyrkor, med sopplunch, cirklar och träning. Hemtjänstens personal tipsade äldre som verkade ensamma om mötesplatserna, och PRO och Svenska kyrkan ordnade skjuts.</p>
            <h2>Resultat</h2>
            <p>Omkring 180 personer deltog regelbundet. I uppföljningen svarade två av tre att de kände sig mindre ensamma. Fyra av mötesplatserna drivs vidare av föreningarna.</p>'''
    facts = [('Projektägare', 'Sollefteå kommun, vård- och omsorgsförvaltningen'), ('Samverkan', 'PRO Sollefteå, Svenska kyrkan, hälsocentralerna'),
             ('Projektperiod', 'september 2023 – augusti 2025'), ('Beviljade medel', '880 000 kronor'),
             ('Finansiering', 'Regionens sociala investeringsmedel'), ('Målgrupp', 'Personer 70 år och äldre'),
             ('Status', 'Avslutat')]
    return u_project(R4, 'Mötesplatser mot ofrivillig ensamhet bland äldre i Sollefteå.', body, facts, [R2, R3],
                     report=f'{CDN}/{hexid("rvn-r4-rapport", 24)}_Slutrapport-Seniorkraft-Solleftea.pdf')


def r5():
    body = '''            <p>Läslust är ett projekt i Härnösand för elever i årskurs 1–3 som behöver mer stöd i läsningen, och för deras familjer. Skolan, skolbiblioteket och stadsbiblioteket arbetar tillsammans.</p>
            <h2>Så arbetar vi</h2>
            <p>Eleverna får läsa högt med en lässtödjare varje vecka. Familjerna bjuds in till läskvällar på biblioteket och får låna boken hem, också på sitt modersmål. Lärarna får fortbildning i tidig läsinlärning.</p>
            <p>Projektet pågår från augusti 2023 till juni 2026 och har fått 1 200 000 kronor i sociala investeringsmedel.</p>'''
    facts = [('Projektägare', 'Härnösands kommun, barn- och utbildningsförvaltningen'), ('Samverkan', 'Stadsbiblioteket i Härnösand'),
             ('Projektperiod', 'augusti 2023 – juni 2026'), ('Beviljade medel', '1 200 000 kronor'),
             ('Finansiering', 'Regionens sociala investeringsmedel'), ('Målgrupp', 'Elever i årskurs 1–3 och deras familjer'),
             ('Bemanning', 'Två lässtödjare på halvtid'), ('Status', 'Pågår')]
    return u_project(R5, 'Läsfrämjande för elever i årskurs 1–3 och deras familjer i Härnösand.', body, facts, [R1, R3])


def umo():
    body = '''            <p>UMO online är Ungdomsmottagningen på nätet för dig som är mellan 13 och 25 år och bor i Västernorrland. Du kan chatta med en barnmorska, kurator eller psykolog utan att boka tid.</p>
            <h2>Öppettider</h2>
            <p>Chatten är öppen måndag–torsdag klockan 15–20 och söndag klockan 18–21.</p>
            <h2>Från projekt till ordinarie verksamhet</h2>
            <p>UMO online startade 2020 som ett projekt med regionens sociala investeringsmedel. Sedan januari 2023 är det en del av Region Västernorrlands ordinarie verksamhet och finansieras inom ungdomsmottagningarnas budget.</p>'''
    facts = [('Huvudman', 'Region Västernorrland, ungdomsmottagningarna'), ('Målgrupp', 'Unga 13–25 år'),
             ('Status', 'Ordinarie verksamhet sedan januari 2023')]
    return u_project(UMO, 'Ungdomsmottagningen på nätet för unga i hela länet.', body, facts, [R3, R2])


def e14():
    body = '''            <p>Projektet bygger ut snabbladdning för tunga fordon och elbilar längs E14 mellan Sundsvall och Ånge. Tolv laddpunkter byggs vid fyra rastplatser.</p>
            <h2>Finansiering</h2>
            <p>Projektet finansieras av Europeiska regionala utvecklingsfonden med 6 400 000 kronor och av Region Västernorrland med 3 200 000 kronor.</p>'''
    facts = [('Projektägare', 'Region Västernorrland'), ('Projektperiod', 'januari 2025 – december 2027'),
             ('Budget', '9 600 000 kronor'), ('Finansiering', 'Europeiska regionala utvecklingsfonden, Region Västernorrland'),
             ('Status', 'Pågår')]
    return u_project(E14, 'Laddinfrastruktur för tunga fordon mellan Sundsvall och Ånge.', body, facts, [GODS])


def gods():
    body = '''            <p>Studien kartlägger kapaciteten för godstrafik på Mittbanan och Ådalsbanan och föreslår åtgärder för fler mötesspår och längre godståg.</p>
            <h2>Genomförande</h2>
            <p>Studien görs av Region Västernorrland tillsammans med Region Jämtland Härjedalen och Trafikverket. Resultaten ska ligga till grund för länets transportplan.</p>'''
    facts = [('Projektägare', 'Region Västernorrland'), ('Samverkan', 'Region Jämtland Härjedalen, Trafikverket'),
             ('Projektperiod', 'januari 2024 – juni 2026'), ('Budget', '2 800 000 kronor'), ('Status', 'Pågår')]
    return u_project(GODS, 'Kapacitetsstudie för godstrafik på järnväg i Mittkorridoren.', body, facts, [E14])


def u_projekt():
    page1 = [i[0] for i in ITEMS[:6]]
    b = f'''    <section class="section-hero">
      <div class="container w-container">
        <h1 class="h1">Projekt</h1>
        <p class="lead">Här finns Region Västernorrlands utvecklingsprojekt: sociala investeringar, infrastruktur, näringsliv och kompetensförsörjning.</p>
        <p class="quick-search">Snabbsök: <a href="{U_SEARCHES[0]}">barn och unga</a> · <a href="{U_SEARCHES[1]}">äldre</a> · <a href="{U_SEARCHES[2]}">arbete</a></p>
      </div>
    </section>
    <section class="section-list">
      <div class="container w-container">
        <div class="w-dyn-list">
          <div role="list" class="project-grid w-dyn-items">
{chr(10).join(u_card(p) for p in page1)}
          </div>
          <div role="navigation" aria-label="List" class="w-pagination-wrapper pagination">
            <a href="?{PAGER}=2" aria-label="Next Page" class="w-pagination-next next">
              <div class="w-inline-block">Nästa</div>
            </a>
            <div aria-label="Page 1 of 2" role="heading" class="w-page-count page-count">1 / 2</div>
          </div>
        </div>
        <p class="list-note">Projekt per kommun finns under <a href="/kommuner/hela-lanet">Kommuner</a>.</p>
      </div>
    </section>'''
    return u_page(P, 'Projekt', b)


def u_kommun(key, intro, paths, extra=''):
    lst = u_list(paths) if paths else '''        <div class="w-dyn-list">
          <div class="empty-state w-dyn-empty"><div>Inga projekt just nu.</div></div>
        </div>'''
    others = ' · '.join(f'<a href="{KOM[k]}">{KNAME[k]}</a>' for k in KOM if k != key)
    b = f'''    <section class="section-hero">
      <div class="container w-container">
        <a href="{P}" class="back-link w-inline-block"><div>← Alla projekt</div></a>
        <h1 class="h1">{KNAME[key]}</h1>
        <p class="lead">{intro}</p>
      </div>
    </section>
    <section class="section-list">
      <div class="container w-container">
        <h2 class="h2">Projekt i {KNAME[key]}</h2>
{lst}{extra}
        <p class="other-kommuner">Andra kommuner: {others}</p>
      </div>
    </section>'''
    return u_page(KOM[key], f'Projekt i {KNAME[key]}', b)


def u_aktuellt_item(path, title, date, body):
    b = f'''    <section class="section-content">
      <div class="container w-container">
        <a href="{AKT}" class="back-link w-inline-block"><div>← Aktuellt</div></a>
        <div class="date">{date}</div>
        <h1 class="h1">{title}</h1>
        <div class="rich-text w-richtext">
{body}
        </div>
      </div>
    </section>'''
    return u_page(path, title, b)


AKT_ITEMS = [
    (EV, 'Lärandeträff: Sociala investeringar i Västernorrland', '2026-01-20', f'''          <p>Välkommen till en lärandeträff för alla som arbetar med eller vill söka sociala investeringsmedel. Projekten berättar om vad de har lärt sig.</p>
          <h2>Praktisk information</h2>
          <ul>
            <li>Datum: Onsdag 18 mars 2026</li>
            <li>Tid: 09.30–15.00</li>
            <li>Plats: Kulturmagasinet, Sundsvall</li>
            <li>Kostnad: Kostnadsfritt, lunch ingår</li>
            <li>Sista anmälningsdag: 4 mars 2026</li>
            <li>Anmälan: <a href="https://e-tjanster.regionvasternorrland.se/anmalan/larandetraff-2026">via e-tjänsten</a></li>
            <li>Arrangör: Region Västernorrland</li>
          </ul>
          <h2>Program</h2>
          <p>Förmiddag: Tidigt stöd i förskolan – Kramfors och Trygga hem Timrå berättar. Eftermiddag: workshop om hur man mäter effekter av förebyggande arbete.</p>'''),
    (RAPP, 'Utvärdering av sociala investeringsmedel 2019–2024', '2025-05-14', '''          <p>En extern utvärdering har granskat regionens sociala investeringsmedel under de första sex åren.</p>
          <table>
            <thead><tr><th>År</th><th>Ansökningar</th><th>Beviljade projekt</th><th>Beviljat, kronor</th></tr></thead>
            <tbody>
              <tr><td>2019</td><td>7</td><td>3</td><td>3 600 000</td></tr>
              <tr><td>2020</td><td>5</td><td>2</td><td>2 500 000</td></tr>
              <tr><td>2021</td><td>4</td><td>1</td><td>900 000</td></tr>
              <tr><td>2022</td><td>6</td><td>2</td><td>2 100 000</td></tr>
              <tr><td>2023</td><td>8</td><td>3</td><td>3 280 000</td></tr>
              <tr><td>2024</td><td>9</td><td>3</td><td>5 850 000</td></tr>
            </tbody>
          </table>
          <h2>Resultat</h2>
          <p>Sex av de nio avslutade projekten har lett till att arbetssättet finns kvar i kommunernas eller regionens ordinarie verksamhet.</p>
          <h2>Lärdomar</h2>
          <p>Utvärderarna rekommenderar att regionen ställer tydligare krav på uppföljning och att kommunerna planerar för fortsättningen redan när de söker.</p>'''),
    (N_NY, 'Ny webbplats för regionens utvecklingsprojekt', '2023-02-06', f'''          <p>Nu samlar vi alla regionens utvecklingsprojekt på Utvecklingsportalen. Här kan du läsa om projekten och filtrera på kommun.</p>
          <p>Projekt som avslutades före 2023 finns kvar på <a href="{UW}{AVSL}">regionvasternorrland.se</a>.</p>'''),
]


def u_aktuellt():
    lis = ''.join(f'''
          <div role="listitem" class="w-dyn-item"><a href="{p}" class="news-card w-inline-block"><div class="date">{d}</div><h3 class="news-card-title">{t}</h3></a></div>'''
                  for p, t, d, _ in AKT_ITEMS)
    b = f'''    <section class="section-list">
      <div class="container w-container">
        <h1 class="h1">Aktuellt</h1>
        <div class="w-dyn-list"><div role="list" class="news-grid w-dyn-items">{lis}
        </div></div>
      </div>
    </section>'''
    return u_page(AKT, 'Aktuellt', b)


def u_home():
    kom = '\n'.join(f'          <a href="{KOM[k]}" class="kommun-link w-inline-block"><div>{KNAME[k]}</div></a>' for k in KOM)
    b = f'''    <section class="section-hero home-hero">
      <div class="container w-container">
        <h1 class="h1-hero">Utvecklingsportalen</h1>
        <p class="lead">Projekt som utvecklar Västernorrland, samlade på ett ställe.</p>
        <a href="{P}" class="button w-button">Se alla projekt</a>
      </div>
    </section>
    <section class="section-list">
      <div class="container w-container">
        <h2 class="h2">Utvalda projekt</h2>
{u_list([R1, R3, E14])}
      </div>
    </section>
    <section class="section-kommuner">
      <div class="container w-container">
        <h2 class="h2">Projekt per kommun</h2>
        <div class="kommun-grid w-layout-grid">
{kom}
        </div>
      </div>
    </section>
    <section class="section-news">
      <div class="container w-container">
        <h2 class="h2">Aktuellt</h2>
        <a href="{EV}" class="news-card w-inline-block"><div class="date">2026-01-20</div><h3 class="news-card-title">Lärandeträff: Sociala investeringar i Västernorrland</h3></a>
        <a href="{RAPP}" class="news-card w-inline-block"><div class="date">2025-05-14</div><h3 class="news-card-title">Utvärdering av sociala investeringsmedel 2019–2024</h3></a>
      </div>
    </section>'''
    return u_page('/', 'Start', b)


def u_om():
    b = f'''    <section class="section-content">
      <div class="container w-container">
        <h1 class="h1">Om portalen</h1>
        <div class="rich-text w-richtext">
          <p>Utvecklingsportalen drivs av Region Västernorrland sedan 2023. Projektledare uppdaterar själva sina projekt efter inloggning.</p>
          <p>Redaktörer arbetar i Webflows editor på <a href="{U_EDIT}">{HU}/?edit</a>.</p>
        </div>
      </div>
    </section>'''
    return u_page(OMP, 'Om portalen', b)


def u_build():
    pages = {'/': u_home(), P: u_projekt(), AKT: u_aktuellt(), OMP: u_om(),
             R1: r1(), R2: r2(), R3: r3(), R4: r4(), R5: r5(), UMO: umo(), E14: e14(), GODS: gods()}
    for p, t, d, body in AKT_ITEMS:
        pages[p] = u_aktuellt_item(p, t, d, body)
    pages[KOM['kramfors']] = u_kommun('kramfors', 'Regionala utvecklingsprojekt i Kramfors kommun.', [R1])
    pages[KOM['ornskoldsvik']] = u_kommun('ornskoldsvik', 'Regionala utvecklingsprojekt i Örnsköldsviks kommun.', [R2])
    pages[KOM['timra']] = u_kommun('timra', 'Regionala utvecklingsprojekt i Timrå kommun.', [R3])
    pages[KOM['solleftea']] = u_kommun('solleftea', 'Regionala utvecklingsprojekt i Sollefteå kommun.', [R4])
    pages[KOM['harnosand']] = u_kommun('harnosand', 'Regionala utvecklingsprojekt i Härnösands kommun.', [R5])
    pages[KOM['ange']] = u_kommun('ange', 'Regionala utvecklingsprojekt i Ånge kommun.', [])
    pages[KOM['hela-lanet']] = u_kommun('hela-lanet', 'Projekt som omfattar hela Västernorrland.', [E14, GODS, UMO])
    pages[KOM['sundsvall']] = u_kommun('sundsvall', 'Regionala utvecklingsprojekt i Sundsvalls kommun.', [], f'''
        <p class="archive-note">Avslutade projekt från före 2023: <a href="{UW}{R6}">Skolfam Sundsvall</a> (2019–2022).</p>''')
    for p, h in pages.items():
        write(HU, p, h)
    write(HU, '/robots.txt', f'''User-agent: *
Disallow: /search
Disallow: /log-in
Disallow: /*_page=
Disallow: /*?edit
Crawl-delay: 1

Sitemap: {UU}/sitemap.xml
''')
    order = ['/', P, AKT, OMP] + [i[0] for i in ITEMS] + list(KOM.values()) + [i[0] for i in AKT_ITEMS]
    write(HU, '/sitemap.xml', urlset(HU, [(p, '2025-12-01') for p in order]))
    return pages


def build():
    return w_build(), u_build()


if __name__ == '__main__':
    build()
