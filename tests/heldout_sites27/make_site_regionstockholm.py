"""Region Stockholm (länskod 01) on Sitevision 2025 – generator for heldout_sites27.

Sitevision with short addresses (no extension, no trailing slash; a page's children under its address, saved as
<path>/index.html); links root-relative; news in an archive with year and month folders (/nyheter/2025/06/<slug>).
The region's 'Sociala investeringsmedel' are granted to the MUNICIPALITIES of the county: the lists of granted
insatser per year link each municipal insats to ITS PAGE ON THE MUNICIPALITY'S OWN HOST (www.sodertalje.se,
haninge.se, www.norrtalje.se, www.upplandsvasby.se, www.nynashamn.se, www.tyreso.se), which is another organisation's
site; two insatser that the region runs itself have their pages on the region's host.
"""
from make_common import write, urlset, hexid, esc

H = 'www.regionstockholm.se'

RU = '/regional-utveckling'
FSH = RU + '/folkhalsa-och-social-hallbarhet'
FUND = FSH + '/sociala-investeringsmedel'
SOKA = FUND + '/sa-ansoker-ni'
VILL = FUND + '/villkor-och-bedomningskriterier'
B25 = FUND + '/beviljade-insatser-2025'
B24 = FUND + '/beviljade-insatser-2024'
UTV = FUND + '/utvardering-2021-2024'
NATV = FUND + '/natverk-for-sociala-investeringar'
R1 = FUND + '/ungdomsmottagning-pa-distans-i-skargarden'
HV = '/halsa-och-vard'
R2 = HV + '/graviditet-och-forlossning/tidigt-tillsammans'
SERVICE = HV + '/halsosamtal-for-nyanlanda'              # standing service that began as a project
NYH = '/nyheter'
N_CALL = NYH + '/2025/09/utlysning-sociala-investeringsmedel-2026'
N_DEC = NYH + '/2025/06/fyra-nya-insatser-far-sociala-investeringsmedel'
N_R2 = NYH + '/2024/11/tidigt-tillsammans-har-mott-200-blivande-foraldrar'
N_FLU = NYH + '/2025/10/vaccinationen-mot-influensa-startar'
N_TRAF = NYH + '/2025/10/ny-regional-cykelplan-antagen'
EVS = '/evenemang'
EV = EVS + '/konferens-sociala-investeringar-2026'
KAL = EVS + '/kalender'
KAL_Q = '?datum=2026-03-10'
JOBS = '/jobba-hos-oss/lediga-jobb'
JOB = JOBS + '/utredare-sociala-investeringar'
KONTAKT = '/kontakta-oss'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
TILLG = OMW + '/tillganglighetsredogorelse'

SEARCH = '/sok'
SEARCHES = ['?query=ungdomsmottagning', '?query=vaccination']
PRINT = '?sv.print=true'
PRINT_PAGES = [FUND, B25, R1, R2]
INTERN = '/intern/beredningsgrupp-sociala-investeringsmedel'


def node(path):
    return '4.' + hexid('rs' + path, 22)


EDIT_VILL = '/edit/' + node(VILL)
NEWS_MORE = f'/appresource/{node(NYH)}/12.{hexid("rs-news-archive", 22)}/nyheter?start=6&antal=6'

# Municipal pages the region's lists link to: OFF-SITE (other organisations' hosts), never saved.
OFF = {
    'sodertalje': 'https://www.sodertalje.se/uppleva-och-gora/fritid/fritidsledare-i-skolan-hovsjo/',
    'haninge': 'https://haninge.se/omsorg-och-hjalp/barn-och-familj/brobyggare-i-brandbergen/',
    'norrtalje': 'https://www.norrtalje.se/arbete-och-naringsliv/ung-framtid-rimbo/',
    'vasby': 'https://www.upplandsvasby.se/kultur-och-fritid/bibliotek/lasframjande-vilunda.html',
    'nynashamn': 'https://www.nynashamn.se/omsorg-och-stod/barn-och-unga/trygga-vuxna-pa-stan.html',
    'tyreso': 'https://www.tyreso.se/omsorg-och-hjalp/aldre/seniorkraft-tyreso',
}


def forbidden_local():
    return ([SEARCH] + [SEARCH + q for q in SEARCHES] + [EDIT_VILL, NEWS_MORE, KAL, KAL + KAL_Q, INTERN]
            + [p + PRINT for p in PRINT_PAGES])


def offsite():
    return list(OFF.values())


SYS = '/sitevision/system-resource/' + hexid('rs-sysres', 40)
THEME = '/webapp-files/regionstockholm-tema/3.12.0'

MENU = [('Hälsa och vård', HV), ('Kollektivtrafik', '/kollektivtrafik'), ('Regional utveckling', RU),
        ('Kultur', '/kultur'), ('Politik', '/politik'), ('Jobba hos oss', '/jobba-hos-oss')]

_c = [0]


def sid():
    _c[0] += 1
    return hexid('rs-%d' % _c[0], 22)


def header(active):
    items = []
    for name, href in MENU:
        cur = ' aria-current="true"' if href == active else ''
        items.append(f'<li class="env-list__item rs-mainmenu__item"><a class="rs-mainmenu__link" href="{href}"{cur}>{name}</a></li>')
    return f'''<header class="sv-layout rs-header" id="svid10_{sid()}">
  <a class="env-assistive-text env-assistive-text--focusable" href="#innehall">Till innehållet</a>
  <div class="sv-layout rs-header__top env-d--flex env-justify-content--between" id="svid10_{sid()}">
    <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
      <a href="/"><img class="sv-noborder" src="/images/18.{hexid('rs-logo', 22)}/1698144200000/region-stockholm-logotyp.svg" alt="Region Stockholm, till startsidan" width="210" height="48"></a>
    </div>
    <div class="sv-linklist-portlet sv-portlet rs-tools" id="svid12_{sid()}">
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=7412&amp;lang=sv_se&amp;readid=innehall&amp;url=">Lyssna</a></li>
        <li class="env-list__item"><a href="/lattlast">Lättläst</a></li>
        <li class="env-list__item"><a href="/other-languages" lang="en">Other languages</a></li>
        <li class="env-list__item"><a href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </div>
  </div>
  <div class="sv-searchform-portlet sv-portlet rs-search" id="svid12_{sid()}">
    <form method="get" action="{SEARCH}" class="env-form" role="search">
      <label for="rs-q" class="env-assistive-text">Sök på regionstockholm.se</label>
      <input id="rs-q" class="env-form-input env-form-input--search" type="search" name="query" placeholder="Sök på regionstockholm.se" autocomplete="off" data-autocomplete-url="/rest-api/sok/autocomplete">
      <button type="submit" class="env-button env-button--primary">Sök</button>
    </form>
  </div>
  <nav class="sv-menu-portlet sv-portlet rs-mainmenu" id="svid12_{sid()}" aria-label="Huvudmeny">
    <ul class="env-list env-list--horizontal">{''.join(items)}</ul>
  </nav>
</header>'''


def footer():
    return f'''<footer class="sv-layout rs-footer" id="svid10_{sid()}">
  <div class="sv-layout env-d--flex rs-footer__cols" id="svid10_{sid()}">
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h2 class="rs-footer__heading">Region Stockholm</h2>
        <p class="normal">Box 22550, 104 22 Stockholm<br>Besöksadress: Hantverkargatan 45<br>Växel: 08-123 132 00<br><a href="mailto:registrator.rs@regionstockholm.se">registrator.rs@regionstockholm.se</a></p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="rs-footer__heading">Genvägar</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{NYH}">Nyheter</a></li>
        <li class="env-list__item"><a href="{EVS}">Evenemang</a></li>
        <li class="env-list__item"><a href="{JOBS}">Lediga jobb</a></li>
        <li class="env-list__item"><a href="https://www.1177.se/Stockholm/">1177 Stockholm</a></li>
        <li class="env-list__item"><a href="https://sl.se/">SL</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="rs-footer__heading">Om webbplatsen</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{OMW}">Om webbplatsen</a></li>
        <li class="env-list__item"><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li class="env-list__item"><a href="{KAKOR}">Kakor</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="env-breadcrumb__item"><a href="/">Startsida</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="env-breadcrumb__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="env-breadcrumb__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''<nav class="sv-breadcrumbs-portlet sv-portlet rs-breadcrumbs" id="svid12_{sid()}" aria-label="Du är här">
  <ol class="env-breadcrumb">{''.join(lis)}</ol>
</nav>'''


def tools(path, printable):
    pr = f'<li class="env-list__item"><a rel="nofollow" href="{path}{PRINT}">Skriv ut</a></li>' if printable else ''
    return f'''<div class="sv-linklist-portlet sv-portlet rs-pagetools" id="svid12_{sid()}">
      <ul class="env-list env-list--horizontal">
        {pr}
        <li class="env-list__item"><a rel="nofollow" href="https://www.linkedin.com/sharing/share-offsite/?url=https://{H}{path}">Dela</a></li>
      </ul>
    </div>'''


def fund_menu(current):
    def li(name, href):
        cur = ' aria-current="page"' if href == current else ''
        return f'<li class="env-list__item rs-submenu__item"><a class="rs-submenu__link" href="{href}"{cur}>{name}</a></li>'
    return f'''<nav class="sv-menu-portlet sv-portlet rs-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="rs-submenu__parent"><a href="{FSH}">Folkhälsa och social hållbarhet</a></p>
  <ul class="env-list">
    {li('Folkhälsopolitisk plan', FSH + '/folkhalsopolitisk-plan')}
    <li class="env-list__item rs-submenu__item rs-submenu__item--open"><a class="rs-submenu__link" href="{FUND}"{' aria-current="page"' if current == FUND else ''}>Sociala investeringsmedel</a>
      <ul class="env-list rs-submenu__sub">
        {li('Så ansöker ni', SOKA)}
        {li('Villkor och bedömningskriterier', VILL)}
        {li('Beviljade insatser 2025', B25)}
        {li('Beviljade insatser 2024', B24)}
        {li('Utvärdering 2021–2024', UTV)}
        {li('Nätverk för sociala investeringar', NATV)}
      </ul>
    </li>
    {li('Jämlik hälsa', FSH + '/jamlik-halsa')}
  </ul>
</nav>'''


def text(title, ingress, body):
    ing = f'\n        <p class="rs-ingress">{ingress}</p>' if ingress else ''
    return f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div id="Rubrik" class="sv-text-portlet-content">
        <h1 class="heading">{title}</h1>
      </div>
    </div>
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div id="Ingress" class="sv-text-portlet-content">{ing}
      </div>
    </div>
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div id="Innehall" class="sv-text-portlet-content">
{body}
      </div>
    </div>'''


def box(heading, inner, cls='rs-factbox'):
    return f'''<div class="sv-decoration-content {cls}" id="svid12_{sid()}">
      <div class="sv-text-portlet sv-use-margins sv-portlet">
        <div class="sv-text-portlet-content">
          <h2 class="subheading">{heading}</h2>
{inner}
        </div>
      </div>
    </div>'''


def contact(name, role, phone, mail):
    return box('Kontakt', f'          <p class="normal"><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>',
               'rs-contactbox')


def updated(date):
    return f'<p class="rs-updated" id="svid12_{sid()}">Senast uppdaterad: <time datetime="{date}">{date}</time></p>'


def page(path, title, main, trail=None, active=None, aside='', tpl='sida', desc='', printable=False):
    crumb = crumbs(trail) if trail else ''
    aside_html = f'''
    <aside class="sv-layout rs-aside" id="svid10_{sid()}">
{aside}
    </aside>''' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{tpl}">
<head>
<meta charset="utf-8">
<script nonce="{hexid(path, 16)}">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList);</script>
<title>{esc(title)} - Region Stockholm</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(desc or title)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Region Stockholm">
<link rel="canonical" href="https://{H}{path}">
<link rel="stylesheet" href="{SYS}/css/portlets.css">
<link rel="stylesheet" href="/sitevision/envision/9.4.1/{hexid('rs-envision', 12)}/css/envision.css">
<link rel="stylesheet" href="{THEME}/css/main.css">
<script nonce="{hexid(path, 16)}">window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '{node(path)}', siteName: 'Region Stockholm', userIdentityId: '', dateFormat: 'yyyy-MM-dd', locale: 'sv'}};</script>
<link rel="icon" href="/favicon.ico">
</head>
<body class="sv-responsive env-m-around--0">
<div class="sv-layout" id="svid10_{sid()}">
{header(active)}
<div class="sv-layout rs-page" id="svid10_{sid()}">
  {crumb}
  <div class="sv-layout env-d--flex rs-columns" id="svid10_{sid()}">{aside_html}
    <main class="sv-layout rs-main" id="innehall">
    {tools(path, printable)}
    {main}
    </main>
  </div>
</div>
{footer()}
</div>
<div class="sv-cookie-consent-banner env-cookie-banner" id="svid12_{sid()}" role="region" aria-label="Kakor" hidden>
  <p class="normal">Vi använder kakor för att webbplatsen ska fungera och för besöksstatistik. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button class="env-button env-button--primary" type="button">Godkänn alla</button>
  <button class="env-button" type="button">Endast nödvändiga</button>
</div>
<script src="{SYS}/js/jquery.js"></script>
<script src="/sitevision/envision/9.4.1/{hexid('rs-envision', 12)}/js/envision.js"></script>
<script src="{THEME}/js/main.js"></script>
</body>
</html>
'''


def card(title, href, txt, meta=''):
    link = f'<a class="env-card__link" href="{href}">{title}</a>' if href else title
    m = f'\n          <p class="env-card__meta">{meta}</p>' if meta else ''
    return f'''        <li class="env-card rs-card">
          <div class="env-card__body">
            <h3 class="env-card__title">{link}</h3>
            <p class="env-card__text">{txt}</p>{m}
          </div>
        </li>'''


FUND_TRAIL = [('Regional utveckling', RU), ('Folkhälsa och social hållbarhet', FSH), ('Sociala investeringsmedel', FUND)]


# ---------------------------------------------------------------------------------------------------------------- pages
def start():
    news = [(N_FLU, 'Vaccinationen mot influensa startar', '2025-10-13'),
            (N_TRAF, 'Ny regional cykelplan antagen', '2025-10-06'),
            (N_CALL, 'Utlysning: nu kan kommunerna söka sociala investeringsmedel för 2026', '2025-09-15')]
    lis = ''.join(f'''
        <li class="rs-newslist__item"><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>''' for h, t, d in news)
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content rs-hero">
        <h1 class="heading">Region Stockholm</h1>
        <p class="rs-ingress">Region Stockholm ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i Stockholms län.</p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet rs-popular" id="svid12_{sid()}">
      <h2 class="subheading">Vanliga sökningar</h2>
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[0]}">Ungdomsmottagning</a></li>
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[1]}">Vaccination</a></li>
      </ul>
    </div>
    <div class="sv-layout rs-shortcuts" id="svid10_{sid()}">
      <ul class="env-list rs-card-grid">
{card('Hälsa och vård', HV, 'Vård, tandvård och vaccinationer i Stockholms län.')}
{card('Regional utveckling', RU, 'Regionplanering, folkhälsa och social hållbarhet.')}
{card('Lediga jobb', JOBS, 'Jobba hos Region Stockholm.')}
      </ul>
    </div>
    <div class="sv-archive-portlet sv-portlet rs-news" id="svid12_{sid()}">
      <h2 class="subheading">Nyheter</h2>
      <ul class="rs-newslist">{lis}
      </ul>
      <p><a class="env-button" href="{NYH}">Fler nyheter</a></p>
    </div>'''
    return page('/', 'Startsida', main, tpl='startsida', desc='Region Stockholms webbplats')


def ru():
    main = text('Regional utveckling', 'Region Stockholm tar fram den regionala utvecklingsplanen och arbetar för en hållbar utveckling i hela länet.', f'''
        <ul class="env-list rs-card-grid">
{card('Regionplanering', RU + '/regionplanering', 'RUFS 2050, den regionala utvecklingsplanen.')}
{card('Folkhälsa och social hållbarhet', FSH, 'Folkhälsopolitisk plan, jämlik hälsa och sociala investeringsmedel.')}
{card('Kompetensförsörjning', RU + '/kompetensforsorjning', 'Regionalt arbete med kompetens och utbildning.')}
        </ul>''')
    return page(RU, 'Regional utveckling', main, [('Regional utveckling', RU)], RU)


def fsh():
    main = text('Folkhälsa och social hållbarhet', 'En god och jämlik hälsa i hela länet är ett av Region Stockholms mål.', f'''
        <p class="normal">Regionen arbetar med folkhälsa och social hållbarhet tillsammans med länets 26 kommuner, idéburna organisationer och forskningen.</p>
        <ul class="env-list rs-card-grid">
{card('Sociala investeringsmedel', FUND, 'Medel som kommunerna i länet kan söka för förebyggande insatser tillsammans med regionen.')}
{card('Folkhälsopolitisk plan', FSH + '/folkhalsopolitisk-plan', 'Regionens plan för folkhälsoarbetet 2024–2030.')}
{card('Jämlik hälsa', FSH + '/jamlik-halsa', 'Om skillnader i hälsa i länet.')}
        </ul>''')
    return page(FSH, 'Folkhälsa och social hållbarhet', main, [('Regional utveckling', RU), ('Folkhälsa och social hållbarhet', FSH)], RU)


def fund():
    body = f'''        <h2 class="subheading">Vad är sociala investeringsmedel?</h2>
        <p class="normal">Sociala investeringsmedel är pengar som Region Stockholm avsätter varje år för att kommunerna i länet, tillsammans med regionen, ska kunna pröva förebyggande arbetssätt för barn, unga, vuxna och äldre. Insatserna ska minska risken för ohälsa och utanförskap och på sikt minska kostnaderna för både regionen och kommunen.</p>
        <h2 class="subheading">Så fungerar medlen</h2>
        <p class="normal">Tillväxt- och regionplanenämnden avsätter 12 miljoner kronor per år. Kommunerna söker medel en gång om året. En insats kan få pengar i högst tre år, och kommunen ska stå för minst lika mycket själv. Regionen kan också själv driva insatser tillsammans med kommunerna.</p>
        <h2 class="subheading">Medlen i siffror</h2>
        <ul class="normal">
          <li>Avsatt per år: 12 000 000 kronor</li>
          <li>Beviljat 2021–2025: 51 400 000 kronor</li>
          <li>Antal insatser: 31 i 19 kommuner</li>
        </ul>
        <h2 class="subheading">Läs mer</h2>
        <ul class="env-list rs-card-grid">
{card('Beviljade insatser 2025', B25, 'De insatser som fick medel i 2025 års omgång.')}
{card('Beviljade insatser 2024', B24, 'De insatser som fick medel 2024.')}
{card('Så ansöker ni', SOKA, 'Vem kan söka, när och hur.')}
{card('Villkor och bedömningskriterier', VILL, 'Vad som krävs av en insats.')}
{card('Utvärdering 2021–2024', UTV, 'Vad har medlen gett?')}
{card('Nätverk för sociala investeringar', NATV, 'Ett nätverk för kommunernas samordnare.')}
        </ul>
        <p class="normal"><a rel="nofollow" href="{INTERN}">Beredningsgruppens arbetsrum (inloggning)</a></p>'''
    main = text('Sociala investeringsmedel', 'Region Stockholm avsätter varje år pengar som kommunerna i länet kan söka för förebyggande insatser som ger bättre hälsa och livsvillkor.', body)
    main += '\n    ' + contact('Camilla Norén', 'Utvecklingsledare, social hållbarhet', '08-123 400 27', 'camilla.noren@regionstockholm.se')
    main += '\n    ' + updated('2025-09-15')
    return page(FUND, 'Sociala investeringsmedel', main, FUND_TRAIL, RU, aside=fund_menu(FUND), printable=True)


def soka():
    body = '''        <h2 class="subheading">Vem kan söka?</h2>
        <p class="normal">En eller flera kommuner i Stockholms län. Idéburna organisationer kan vara med som samverkansparter. Regionens egna förvaltningar kan söka tillsammans med minst en kommun.</p>
        <h2 class="subheading">När kan man söka?</h2>
        <p class="normal">Ansökan ska vara inne senast den 15 februari. Nämnden beslutar i maj.</p>
        <h2 class="subheading">Så går ansökan till</h2>
        <ol class="normal">
          <li>Kontakta utvecklingsledaren för sociala investeringar.</li>
          <li>Fyll i ansökan i regionens e-tjänst för bidrag.</li>
          <li>Bifoga en kalkyl och ett beslut om kommunens egen finansiering.</li>
          <li>Beredningsgruppen bedömer ansökan utifrån kriterierna.</li>
        </ol>
        <h2 class="subheading">Hur mycket kan man söka?</h2>
        <p class="normal">Högst 2 500 000 kronor per insats och högst tre år. Kommunen ska själv stå för minst 50 procent av kostnaden.</p>'''
    main = text('Så ansöker ni', 'Här beskriver vi hur en kommun ansöker om sociala investeringsmedel.', body) + '\n    ' + updated('2025-09-15')
    return page(SOKA, 'Så ansöker ni', main, FUND_TRAIL + [('Så ansöker ni', SOKA)], RU, aside=fund_menu(SOKA))


def villkor():
    body = '''        <ol class="normal">
          <li>Insatsen ska vara förebyggande och rikta sig till en tydligt avgränsad målgrupp.</li>
          <li>Insatsen ska vara tidsbegränsad, högst tre år.</li>
          <li>Insatsen ska bygga på kunskap om vad som fungerar och ha mätbara mål.</li>
          <li>Minst en kommun och regionen, eller minst två kommuner, ska samverka.</li>
          <li>Den sökande ska beskriva hur arbetet kan fortsätta när medlen tar slut.</li>
        </ol>
        <h2 class="subheading">Bedömningskriterier</h2>
        <p class="normal">Beredningsgruppen bedömer behovet i målgruppen, kunskapsstödet för arbetssättet, den förväntade effekten för både regionen och kommunen samt planen för uppföljning.</p>
        <h2 class="subheading">Redovisning</h2>
        <p class="normal">Insatsen redovisas en gång om året och med en slutrapport senast sex månader efter att den avslutats.</p>'''
    main = text('Villkor och bedömningskriterier', 'Villkoren beslutades av tillväxt- och regionplanenämnden den 23 januari 2024.', body) + '\n    ' + updated('2024-02-01')
    return page(VILL, 'Villkor och bedömningskriterier', main, FUND_TRAIL + [('Villkor och bedömningskriterier', VILL)], RU, aside=fund_menu(VILL))


def grant_item(name, where, amount, text_, href, offsite_name=None):
    if offsite_name:
        link = f'<a class="env-link env-link--external" href="{href}">Läs mer på {offsite_name}s webbplats<span class="env-assistive-text"> (extern länk)</span></a>'
    else:
        link = f'<a class="env-link" href="{href}">Läs mer om insatsen</a>'
    return f'''        <li class="env-card rs-grant">
          <div class="env-card__body">
            <h3 class="env-card__title">{name}</h3>
            <p class="env-card__meta">{where} · Beviljat: {amount}</p>
            <p class="env-card__text">{text_}</p>
            <p class="normal">{link}</p>
          </div>
        </li>'''


def b25():
    items = '\n'.join([
        grant_item('Fritidsledare i skolan – Hovsjö', 'Södertälje kommun', '1 900 000 kronor',
                   'Fritidsledare finns på skolgården och i korridorerna på Hovsjöskolan för att öka tryggheten och få fler elever till fritidsgården.',
                   OFF['sodertalje'], 'Södertälje kommun'),
        grant_item('Brobyggare i Brandbergen', 'Haninge kommun', '2 200 000 kronor',
                   'Brobyggare med egen erfarenhet av migration stöttar föräldrar i kontakten med förskola, skola och socialtjänst.',
                   OFF['haninge'], 'Haninge kommun'),
        grant_item('Ung framtid Rimbo', 'Norrtälje kommun', '1 450 000 kronor',
                   'Unga 16–24 år som varken arbetar eller studerar får en coach och praktik hos företag i Rimbo.',
                   OFF['norrtalje'], 'Norrtälje kommun'),
        grant_item('Ungdomsmottagning på distans i skärgården', 'Region Stockholm med Värmdö, Norrtälje och Österåkers kommuner', '2 300 000 kronor',
                   'Unga i skärgården får samtal med ungdomsmottagningen via video och träffar personalen när mottagningsbåten kommer.',
                   R1)])
    main = text('Beviljade insatser 2025', 'Tillväxt- och regionplanenämnden beviljade den 20 maj 2025 sammanlagt 7 850 000 kronor till fyra insatser.', f'''
        <p class="normal">Kommunernas insatser beskrivs på respektive kommuns webbplats. Insatser som regionen driver själv beskrivs här.</p>
        <ul class="env-list rs-grant-list">
{items}
        </ul>''') + '\n    ' + updated('2025-06-02')
    return page(B25, 'Beviljade insatser 2025', main, FUND_TRAIL + [('Beviljade insatser 2025', B25)], RU, aside=fund_menu(B25), printable=True)


def b24():
    items = '\n'.join([
        grant_item('Läsfrämjande Vilunda', 'Upplands Väsby kommun', '980 000 kronor',
                   'Biblioteket och förskolorna i Vilunda läser med barn och föräldrar för att stärka språket före skolstarten.',
                   OFF['vasby'], 'Upplands Väsby kommun'),
        grant_item('Trygga vuxna på stan', 'Nynäshamns kommun', '1 100 000 kronor',
                   'Fältassistenter och föreningar finns ute på helgkvällar där unga samlas.',
                   OFF['nynashamn'], 'Nynäshamns kommun'),
        grant_item('Seniorkraft Tyresö', 'Tyresö kommun', '760 000 kronor',
                   'Träning och gemenskap för äldre som riskerar att bli ensamma.',
                   OFF['tyreso'], 'Tyresö kommun'),
        grant_item('Tidigt tillsammans', 'Region Stockholm med Huddinge, Haninge och Nynäshamns kommuner', '2 400 000 kronor',
                   'Blivande föräldrar får föräldrastöd i mödrahälsovården tillsammans med socialtjänsten.',
                   R2)])
    main = text('Beviljade insatser 2024', 'Tillväxt- och regionplanenämnden beviljade i maj 2024 sammanlagt 5 240 000 kronor till fyra insatser.', f'''
        <ul class="env-list rs-grant-list">
{items}
        </ul>''') + '\n    ' + updated('2024-06-10')
    return page(B24, 'Beviljade insatser 2024', main, FUND_TRAIL + [('Beviljade insatser 2024', B24)], RU, aside=fund_menu(B24))


def r1():
    body = f'''        <p class="normal">Unga som bor på öarna i Värmdö, Norrtälje och Österåker har långt till närmaste ungdomsmottagning. Många avstår från att söka hjälp för psykisk ohälsa, sexuell hälsa eller relationer. Projektet ska göra det lika lätt för dem som för unga på fastlandet att få kontakt.</p>
        <h2 class="subheading">Så arbetar vi</h2>
        <ul class="normal">
          <li>Samtal med kurator, barnmorska och psykolog via video, även kvällar.</li>
          <li>Mottagningsbåten besöker Möja, Sandhamn, Ingmarsö och Blidö varannan vecka.</li>
          <li>Skolornas elevhälsa kan boka en första kontakt tillsammans med eleven.</li>
        </ul>
        <h2 class="subheading">Uppföljning</h2>
        <p class="normal">Projektet följs upp med antalet besök, en enkät till unga och intervjuer med elevhälsan. Centrum för epidemiologi och samhällsmedicin gör en utvärdering under 2026.</p>'''
    facts = box('Fakta om projektet', '''          <ul class="normal rs-facts">
            <li><strong>Projektperiod:</strong> 1 mars 2025 – 28 februari 2027</li>
            <li><strong>Budget:</strong> 2 300 000 kronor ur regionens sociala investeringsmedel</li>
            <li><strong>Projektägare:</strong> Region Stockholm, Hälso- och sjukvårdsförvaltningen</li>
            <li><strong>Samverkan:</strong> Värmdö kommun, Norrtälje kommun, Österåkers kommun</li>
            <li><strong>Målgrupp:</strong> Unga 13–25 år som bor i skärgården</li>
            <li><strong>Status:</strong> Pågår</li>
          </ul>''')
    main = text('Ungdomsmottagning på distans i skärgården',
                'Ungdomsmottagning på distans är ett projekt där unga i skärgården kan få samtal med kurator, barnmorska och psykolog via video och träffa personalen när mottagningsbåten kommer.', body)
    main += '\n    ' + facts + '\n    ' + contact('Jenny Åkesson', 'Projektledare', '08-123 455 90', 'jenny.akesson@regionstockholm.se') + '\n    ' + updated('2025-03-12')
    return page(R1, 'Ungdomsmottagning på distans i skärgården', main,
                FUND_TRAIL + [('Beviljade insatser 2025', B25), ('Ungdomsmottagning på distans i skärgården', R1)], RU,
                aside=fund_menu(None), printable=True)


def r2():
    body = '''        <p class="normal">Tidigt tillsammans är ett projekt där barnmorskor i mödrahälsovården och familjebehandlare från socialtjänsten tillsammans erbjuder föräldrastöd till blivande föräldrar som väntar sitt första barn.</p>
        <p class="normal">Föräldrarna träffas i grupper på barnmorskemottagningen fyra gånger före förlossningen och två gånger efter. Familjebehandlaren finns med vid träffarna, så att föräldrar som behöver mer stöd kan få det utan att själva behöva kontakta socialtjänsten.</p>
        <table class="rs-table">
          <caption>Projektet i korthet</caption>
          <tbody>
            <tr><th scope="row">Period</th><td>1 september 2024 – 31 augusti 2027</td></tr>
            <tr><th scope="row">Budget</th><td>3 600 000 kronor, varav 2 400 000 kronor ur de sociala investeringsmedlen och 1 200 000 kronor från Huddinge, Haninge och Nynäshamns kommuner</td></tr>
            <tr><th scope="row">Ansvarig</th><td>Region Stockholm, Kvinnohälsovården Södra</td></tr>
            <tr><th scope="row">Samverkan</th><td>Socialtjänsten i Huddinge, Haninge och Nynäshamn</td></tr>
            <tr><th scope="row">Målgrupp</th><td>Blivande föräldrar som väntar sitt första barn</td></tr>
            <tr><th scope="row">Bemanning</th><td>2,5 tjänster</td></tr>
          </tbody>
        </table>
        <h2 class="subheading">Varför?</h2>
        <p class="normal">Stöd tidigt i föräldraskapet minskar risken för att barn far illa och för att familjer senare behöver mer omfattande insatser. Projektet ska visa om gemensamma grupper i mödrahälsovården når fler föräldrar än socialtjänstens egna föräldrakurser.</p>'''
    main = text('Tidigt tillsammans – föräldrastöd i mödrahälsovården',
                'Blivande föräldrar i Huddinge, Haninge och Nynäshamn får föräldrastöd av barnmorskor och socialtjänst tillsammans.', body)
    main += '\n    ' + contact('Hanna Lundgren', 'Barnmorska och projektledare', '08-123 471 15', 'hanna.lundgren@regionstockholm.se') + '\n    ' + updated('2024-11-18')
    return page(R2, 'Tidigt tillsammans – föräldrastöd i mödrahälsovården', main,
                [('Hälsa och vård', HV), ('Graviditet och förlossning', HV + '/graviditet-och-forlossning'), ('Tidigt tillsammans', R2)], HV,
                printable=True)


def utv():
    body = '''        <p class="normal">Centrum för epidemiologi och samhällsmedicin (CES) har på uppdrag av tillväxt- och regionplanenämnden utvärderat de sociala investeringsmedlen 2021–2024.</p>
        <h2 class="subheading">Medlen år för år</h2>
        <table class="rs-table">
          <thead><tr><th>År</th><th>Ansökningar</th><th>Beviljade insatser</th><th>Beviljat, kr</th></tr></thead>
          <tbody>
            <tr><td>2021</td><td>14</td><td>7</td><td>11 200 000</td></tr>
            <tr><td>2022</td><td>17</td><td>8</td><td>12 000 000</td></tr>
            <tr><td>2023</td><td>12</td><td>8</td><td>11 600 000</td></tr>
            <tr><td>2024</td><td>15</td><td>4</td><td>5 240 000</td></tr>
          </tbody>
        </table>
        <h2 class="subheading">De viktigaste resultaten</h2>
        <ul class="normal">
          <li>Två av tre avslutade insatser har fortsatt i kommunernas ordinarie verksamhet.</li>
          <li>Insatser som regionen och kommunen driver tillsammans når fler i målgruppen.</li>
          <li>Uppföljningen av kostnader är ofta för svag för att visa ekonomiska effekter.</li>
        </ul>
        <h2 class="subheading">Rekommendationer</h2>
        <p class="normal">CES rekommenderar att uppföljningen planeras redan i ansökan och att regionen erbjuder stöd i socioekonomisk analys.</p>
        <p class="normal"><a href="/download/18.{}/1712730000000/utvardering-sociala-investeringsmedel-2021-2024.pdf">Utvärdering av sociala investeringsmedel 2021–2024 (pdf, 2,1 MB)</a></p>'''.format(hexid('rs-utv-pdf', 22))
    main = text('Utvärdering av sociala investeringsmedel 2021–2024', 'Vad har de sociala investeringsmedlen gett? Här är en sammanfattning av utvärderingen.', body) + '\n    ' + updated('2025-04-10')
    return page(UTV, 'Utvärdering av sociala investeringsmedel 2021–2024', main, FUND_TRAIL + [('Utvärdering 2021–2024', UTV)], RU, aside=fund_menu(UTV))


def natv():
    body = '''        <p class="normal">Nätverket är till för kommunernas samordnare och strateger som arbetar med sociala investeringar. Region Stockholm håller i nätverket.</p>
        <h2 class="subheading">Träffar 2026</h2>
        <ul class="normal">
          <li>12 februari 2026 – Att räkna på effekter</li>
          <li>14 maj 2026 – Från projekt till ordinarie verksamhet</li>
          <li>8 oktober 2026 – Erfarenheter från länets insatser</li>
        </ul>
        <h2 class="subheading">Så blir du medlem</h2>
        <p class="normal">Skicka ett mejl till utvecklingsledaren för sociala investeringar med namn, kommun och befattning.</p>'''
    main = text('Nätverk för sociala investeringar', 'Ett nätverk för dig som arbetar med sociala investeringar i en kommun i Stockholms län.', body) + '\n    ' + updated('2025-08-20')
    return page(NATV, 'Nätverk för sociala investeringar', main, FUND_TRAIL + [('Nätverk för sociala investeringar', NATV)], RU, aside=fund_menu(NATV))


def hv():
    main = text('Hälsa och vård', 'Region Stockholm ansvarar för hälso- och sjukvården i länet.', f'''
        <ul class="env-list rs-card-grid">
{card('Graviditet och förlossning', HV + '/graviditet-och-forlossning', 'Mödrahälsovård, förlossning och eftervård.')}
{card('Hälsosamtal för nyanlända', SERVICE, 'Ett hälsosamtal för dig som är ny i Sverige.')}
{card('Vaccinationer', HV + '/vaccinationer', 'Influensa, covid-19 och barnvaccinationer.')}
        </ul>''')
    return page(HV, 'Hälsa och vård', main, [('Hälsa och vård', HV)], HV)


def service():
    body = '''        <p class="normal">Alla som är nya i Sverige och har fått uppehållstillstånd erbjuds ett hälsosamtal på en vårdcentral. Samtalet görs med tolk om du behöver det och är kostnadsfritt.</p>
        <p class="normal">Hälsosamtalen startade 2019 som ett projekt med sociala investeringsmedel i fyra kommuner. Sedan 2023 är hälsosamtalen en del av vårdcentralernas ordinarie uppdrag i hela länet.</p>
        <h2 class="subheading">Vad händer vid samtalet?</h2>
        <p class="normal">Du får prata om din hälsa, hur du mår och vad du behöver. Du får också information om hur vården fungerar i Sverige.</p>
        <h2 class="subheading">Så bokar du</h2>
        <p class="normal">Ring din vårdcentral eller boka via 1177.</p>'''
    main = text('Hälsosamtal för nyanlända', 'Är du ny i Sverige? Då kan du få ett hälsosamtal på en vårdcentral.', body) + '\n    ' + updated('2024-05-06')
    return page(SERVICE, 'Hälsosamtal för nyanlända', main, [('Hälsa och vård', HV), ('Hälsosamtal för nyanlända', SERVICE)], HV)


def news_page(path, title, date, body, edit=False):
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div id="Rubrik" class="sv-text-portlet-content">
        <p class="rs-newsdate">Nyhet <time datetime="{date}">{date}</time></p>
        <h1 class="heading">{title}</h1>
      </div>
    </div>
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div id="Innehall" class="sv-text-portlet-content">
{body}
      </div>
    </div>'''
    return page(path, title, main, [('Nyheter', NYH), (title, path)], None, tpl='nyhet')


def n_call():
    return news_page(N_CALL, 'Utlysning: nu kan kommunerna söka sociala investeringsmedel för 2026', '2025-09-15', f'''        <p class="rs-ingress">Nu öppnar ansökan om sociala investeringsmedel för insatser som startar 2026. Totalt finns 12 miljoner kronor att söka.</p>
        <p class="normal">Kommunerna i Stockholms län kan söka medel för förebyggande insatser, ensamma eller tillsammans med regionen. Den här gången prioriteras insatser för barn och unga med psykisk ohälsa och insatser i länets landsbygds- och skärgårdsområden.</p>
        <p class="normal">Sista dag att söka är den 15 februari 2026. Läs <a href="{EDIT_VILL}">villkoren och bedömningskriterierna</a> och <a href="{SOKA}">så ansöker ni</a>.</p>''')


def n_dec():
    return news_page(N_DEC, 'Fyra nya insatser får sociala investeringsmedel', '2025-06-02', f'''        <p class="rs-ingress">Tillväxt- och regionplanenämnden har beviljat 7 850 000 kronor i sociala investeringsmedel till fyra insatser i länet.</p>
        <p class="normal">Tre av insatserna drivs av kommuner och en av regionen tillsammans med tre skärgårdskommuner:</p>
        <ul class="normal">
          <li><a href="{OFF['sodertalje']}">Fritidsledare i skolan – Hovsjö</a>, Södertälje kommun</li>
          <li><a href="{OFF['haninge']}">Brobyggare i Brandbergen</a>, Haninge kommun</li>
          <li><a href="{OFF['norrtalje']}">Ung framtid Rimbo</a>, Norrtälje kommun</li>
          <li><a href="{R1}">Ungdomsmottagning på distans i skärgården</a>, Region Stockholm</li>
        </ul>
        <p class="normal">Se alla <a href="{B25}">beviljade insatser 2025</a>.</p>''')


def n_r2():
    return news_page(N_R2, 'Tidigt tillsammans har mött 200 blivande föräldrar', '2024-11-18', f'''        <p class="rs-ingress">Sedan i september har drygt 200 blivande föräldrar i Huddinge, Haninge och Nynäshamn deltagit i föräldragrupperna i projektet Tidigt tillsammans.</p>
        <p class="normal">I grupperna möts barnmorskor från mödrahälsovården och familjebehandlare från socialtjänsten. – Föräldrarna tycker att det är enkelt att prata med familjebehandlaren när vi redan känner varandra från gruppen, säger barnmorskan Hanna Lundgren.</p>
        <p class="normal"><a href="{R2}">Läs mer om Tidigt tillsammans</a></p>''')


def n_flu():
    return news_page(N_FLU, 'Vaccinationen mot influensa startar', '2025-10-13', '''        <p class="rs-ingress">Den 4 november startar vaccinationen mot säsongsinfluensa för dig som är 65 år eller äldre eller tillhör en riskgrupp.</p>
        <p class="normal">Du bokar tid via 1177 eller på din vårdcentral.</p>''')


def n_traf():
    return news_page(N_TRAF, 'Ny regional cykelplan antagen', '2025-10-06', '''        <p class="rs-ingress">Regionfullmäktige har antagit en ny regional cykelplan som pekar ut de viktigaste cykelstråken i länet fram till 2035.</p>''')


def nyheter():
    rows = [(N_FLU, 'Vaccinationen mot influensa startar', '2025-10-13'),
            (N_TRAF, 'Ny regional cykelplan antagen', '2025-10-06'),
            (N_CALL, 'Utlysning: nu kan kommunerna söka sociala investeringsmedel för 2026', '2025-09-15'),
            (N_DEC, 'Fyra nya insatser får sociala investeringsmedel', '2025-06-02'),
            (N_R2, 'Tidigt tillsammans har mött 200 blivande föräldrar', '2024-11-18')]
    lis = ''.join(f'''
        <li class="rs-newslist__item"><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>''' for h, t, d in rows)
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content"><h1 class="heading">Nyheter</h1></div>
    </div>
    <div class="sv-archive-portlet sv-portlet" id="svid12_{sid()}">
      <ul class="rs-newslist">{lis}
      </ul>
      <p><a class="env-button" href="{NEWS_MORE}">Visa fler nyheter</a></p>
    </div>'''
    return page(NYH, 'Nyheter', main, [('Nyheter', NYH)], None)


def evenemang():
    main = text('Evenemang', 'Konferenser, seminarier och andra evenemang som Region Stockholm arrangerar.', f'''
        <ul class="env-list">
          <li class="env-list__item"><a href="{EV}">Konferens: Sociala investeringar i Stockholms län 2026</a> – 10 mars 2026</li>
          <li class="env-list__item"><a href="{EVS}/kulturnatt-2026">Kulturnatt Stockholm</a> – 25 april 2026</li>
        </ul>
        <p class="normal"><a href="{KAL}">Visa kalendern</a> · <a rel="nofollow" href="{KAL}{KAL_Q}">10 mars 2026</a></p>''')
    return page(EVS, 'Evenemang', main, [('Evenemang', EVS)], None)


def event():
    body = f'''        <table class="rs-table rs-eventfacts">
          <tbody>
            <tr><th scope="row">Datum</th><td>10 mars 2026</td></tr>
            <tr><th scope="row">Tid</th><td>09.00–16.00</td></tr>
            <tr><th scope="row">Plats</th><td>Folkets hus, Barnhusgatan 12, Stockholm</td></tr>
            <tr><th scope="row">Kostnad</th><td>Kostnadsfritt</td></tr>
            <tr><th scope="row">Sista anmälningsdag</th><td>20 februari 2026</td></tr>
            <tr><th scope="row">Anmälan</th><td>Via formuläret nedan</td></tr>
            <tr><th scope="row">Arrangör</th><td>Region Stockholm och Storsthlm</td></tr>
          </tbody>
        </table>
        <h2 class="subheading">Program</h2>
        <p class="normal">Under dagen berättar kommuner och regionen om sina insatser, bland annat Ungdomsmottagning på distans i skärgården och Brobyggare i Brandbergen. Forskare från CES presenterar utvärderingen av medlen 2021–2024.</p>
        <p class="normal">Konferensen vänder sig till politiker, chefer och medarbetare i länets kommuner och i regionen.</p>'''
    main = text('Konferens: Sociala investeringar i Stockholms län 2026', 'Välkommen till den årliga konferensen om sociala investeringar i länet.', body) + '\n    ' + updated('2025-10-01')
    return page(EV, 'Konferens: Sociala investeringar i Stockholms län 2026', main, [('Evenemang', EVS), ('Konferens: Sociala investeringar 2026', EV)], None, tpl='evenemang')


def jobs():
    main = text('Lediga jobb', 'Lediga tjänster inom Region Stockholm.', f'''
        <ul class="env-list">
          <li class="env-list__item"><a href="{JOB}">Utredare med inriktning sociala investeringar</a> – Regional utveckling</li>
          <li class="env-list__item"><a href="https://regionstockholm.varbi.com/what:job/jobID:845512/">Sjuksköterska till akutmottagningen</a> – Södersjukhuset</li>
        </ul>''')
    return page(JOBS, 'Lediga jobb', main, [('Jobba hos oss', '/jobba-hos-oss'), ('Lediga jobb', JOBS)], '/jobba-hos-oss')


def job():
    body = '''        <h2 class="subheading">Om tjänsten</h2>
        <p class="normal">Du bereder ansökningar om sociala investeringsmedel, stöttar kommunerna i uppföljning och socioekonomisk analys och håller i nätverket för sociala investeringar.</p>
        <h2 class="subheading">Kvalifikationer</h2>
        <p class="normal">Akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller nationalekonomi. Erfarenhet av utvärdering och av att arbeta med kommuner.</p>
        <ul class="normal">
          <li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
          <li><strong>Omfattning:</strong> Heltid</li>
          <li><strong>Tillträde:</strong> Enligt överenskommelse</li>
          <li><strong>Placering:</strong> Hantverkargatan 45, Stockholm</li>
          <li><strong>Sista ansökningsdag:</strong> 2025-11-23</li>
        </ul>
        <p class="normal"><a href="https://regionstockholm.varbi.com/what:job/jobID:845390/">Ansök här</a></p>'''
    main = text('Utredare med inriktning sociala investeringar', 'Vill du bidra till att fler förebyggande insatser prövas i länet? Nu söker vi en utredare till enheten för social hållbarhet.', body)
    return page(JOB, 'Utredare med inriktning sociala investeringar', main,
                [('Jobba hos oss', '/jobba-hos-oss'), ('Lediga jobb', JOBS), ('Utredare med inriktning sociala investeringar', JOB)], '/jobba-hos-oss')


def simple(path, title, ingress, body, trail):
    return page(path, title, text(title, ingress, body), trail, None)


# ---------------------------------------------------------------------------------------------------------------- build
def build():
    w = lambda p, t: write(H, p, t)
    w('/', start())
    w(RU, ru())
    w(FSH, fsh())
    w(FUND, fund())
    w(SOKA, soka())
    w(VILL, villkor())
    w(B25, b25())
    w(B24, b24())
    w(UTV, utv())
    w(NATV, natv())
    w(R1, r1())
    w(HV, hv())
    w(R2, r2())
    w(SERVICE, service())
    w(NYH, nyheter())
    w(N_CALL, n_call())
    w(N_DEC, n_dec())
    w(N_R2, n_r2())
    w(N_FLU, n_flu())
    w(N_TRAF, n_traf())
    w(EVS, evenemang())
    w(EV, event())
    w(JOBS, jobs())
    w(JOB, job())
    w(KONTAKT, simple(KONTAKT, 'Kontakta oss', 'Region Stockholms växel har telefon 08-123 132 00.', '        <p class="normal">Frågor om vård: ring 1177.</p>', [('Kontakta oss', KONTAKT)]))
    w(OMW, simple(OMW, 'Om webbplatsen', 'Webbplatsen ges ut av Region Stockholm.', f'        <p class="normal"><a href="{KAKOR}">Kakor</a> · <a href="{TILLG}">Tillgänglighetsredogörelse</a></p>', [('Om webbplatsen', OMW)]))
    w(KAKOR, simple(KAKOR, 'Kakor', 'Så använder vi kakor.', '        <p class="normal">Vi använder nödvändiga kakor och, om du godkänner, kakor för statistik.</p>', [('Om webbplatsen', OMW), ('Kakor', KAKOR)]))
    w(TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', 'Region Stockholm står bakom webbplatsen.', '        <p class="normal">Vissa pdf-filer är inte tillgängliga.</p>', [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)]))

    w('/robots.txt', '''# www.regionstockholm.se
User-agent: *
Disallow: /sitevision/
Disallow: /edit
Disallow: /edit-offline
Disallow: /appresource/
Disallow: /rest-api/
Disallow: /sok
Disallow: /intern/
Disallow: /evenemang/kalender
Disallow: /*?sv.print=
Crawl-delay: 1

Sitemap: https://www.regionstockholm.se/sitemap.xml
''')
    rows = [('/', '2025-10-13'), (RU, '2024-03-01'), (FSH, '2024-03-01'), (FUND, '2025-09-15'), (SOKA, '2025-09-15'),
            (VILL, '2024-02-01'), (B25, '2025-06-02'), (B24, '2024-06-10'), (UTV, '2025-04-10'), (NATV, '2025-08-20'),
            (R1, '2025-03-12'), (HV, '2024-01-10'), (SERVICE, '2024-05-06'), (NYH, '2025-10-13'), (N_CALL, '2025-09-15'),
            (N_DEC, '2025-06-02'), (N_R2, '2024-11-18'), (N_FLU, '2025-10-13'), (N_TRAF, '2025-10-06'), (EVS, '2025-10-01'),
            (EV, '2025-10-01'), (JOBS, '2025-10-20'), (JOB, '2025-10-20'), (KONTAKT, '2023-05-01'), (OMW, '2023-05-01')]
    w('/sitemap.xml', urlset(H, rows))


if __name__ == '__main__':
    build()
