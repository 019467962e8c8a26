"""Motala kommun (0583, about 44 000 inhabitants) on Sitevision 2025 – generator for heldout_sites26.

Sitevision with short addresses: every page is /<section>/<page> without extension or trailing slash, and its children
live under that address (saved as <path>/index.html). Links are root-relative. The social-investment section sits
under Kommun och politik › Ekonomi › Sociala investeringar. The projects have "Visa inte i menyer" and "Exkludera från
sitemap" set: they are reached ONLY through the list page "Projekt som fått medel", whose Envision tabs "Pågående" and
"Avslutade" are both in the HTML, the second panel hidden by CSS (no hidden attribute).
"""
from make_common import write, urlset, hexid, esc

H = 'www.motala.se'

KP = '/kommun-och-politik'
EK = '/kommun-och-politik/ekonomi'
FUND = '/kommun-och-politik/ekonomi/sociala-investeringar'
SOKA = FUND + '/sa-soker-du-medel'
RIKT = FUND + '/riktlinjer'
LIST = FUND + '/projekt'
UPPF = FUND + '/uppfoljning-2024'
METOD = FUND + '/sa-beraknar-vi-effekterna'
P1 = LIST + '/tidiga-insatser-i-forskolan-rassnas'
P2 = LIST + '/skolnarvaroteamet'
P3 = LIST + '/steget-unga-vuxna'
P4 = LIST + '/foraldrastod-i-borensberg'
P5 = LIST + '/trygg-fritid-charlottenborg'
BU = '/barn-och-utbildning'
OS = '/omsorg-och-stod'
BOF = '/omsorg-och-stod/barn-och-familj'
FALT = '/omsorg-och-stod/barn-och-familj/faltgruppen'          # standing service that began as a project
UG = '/uppleva-och-gora'
EVS = '/uppleva-och-gora/evenemang'
EV = '/uppleva-och-gora/evenemang/frukostmote-sociala-investeringar'
KAL = '/uppleva-och-gora/evenemang/kalender'
KAL_DAYS = ['?datum=2025-11-20', '?datum=2025-12-04']
JOBS = '/jobb-och-karriar/lediga-jobb'
JOB = '/jobb-och-karriar/lediga-jobb/logoped-tidiga-insatser-i-forskolan'
NYH = '/nyheter'
N_P2 = '/nyheter/2025-10-14-skolnarvaroteamet-har-motts-av-140-elever'
N_CALL = '/nyheter/2025-09-22-nu-kan-forvaltningarna-soka-medel-for-sociala-investeringar'
N_GCB = '/nyheter/2025-10-02-ny-gang-och-cykelvag-langs-vatterstranden'
N_SOP = '/nyheter/2025-09-08-andrade-tider-for-sophamtning-i-borensberg'
N_BIB = '/nyheter/2025-08-25-biblioteket-oppnar-meroppet-i-tjallmo'
KONTAKT = '/kontakta-oss'
OMW = '/om-webbplatsen'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse'
SEARCH = '/sok'
SEARCHES = ['?query=bygglov', '?query=lediga+jobb', '?query=skolmat']
PRINT = '?print=true'
PRINT_PAGES = [FUND, LIST, P1, P4, EV]
EDIT_RIKT = '/edit/4.' + hexid('motala' + RIKT, 22)
NEWS_MORE = f'/appresource/4.{hexid("motala" + NYH, 22)}/12.{hexid("motala-news-archive", 22)}/nyheter?start=6&antal=6'

SYS = '/sitevision/system-resource/' + hexid('motala-sysres', 40)
THEME = '/webapp-files/motala-tema/2025.4.2'

MENU = [('Barn och utbildning', BU), ('Omsorg och stöd', OS), ('Uppleva och göra', UG),
        ('Bygga, bo och miljö', '/bygga-bo-och-miljo'), ('Näringsliv och arbete', '/naringsliv-och-arbete'),
        ('Kommun och politik', KP)]

_c = [0]


def sid():
    _c[0] += 1
    return hexid('motala-%d' % _c[0], 22)


def node(path):
    return '4.' + hexid('motala' + path, 22)


def header(active):
    items = []
    for name, href in MENU:
        cur = ' aria-current="true"' if href == active else ''
        cls = ' mk-mainmenu__item--active' if href == active else ''
        items.append(f'<li class="env-list__item mk-mainmenu__item{cls}"><a class="mk-mainmenu__link" href="{href}"{cur}>{name}</a></li>')
    return f'''<header class="sv-layout mk-header" id="svid10_{sid()}">
  <a class="env-assistive-text env-assistive-text--focusable" href="#huvudinnehall">Gå direkt till innehållet</a>
  <div class="sv-layout mk-header__top env-d--flex env-justify-content--between" id="svid10_{sid()}">
    <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
      <a href="/"><img class="sv-noborder" src="/images/18.{hexid('motala-logo', 22)}/1712048811000/motala-kommun-logotyp.svg" alt="Motala kommun, till startsidan" width="200" height="60"></a>
    </div>
    <div class="sv-linklist-portlet sv-portlet mk-tools" id="svid12_{sid()}">
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=8823&amp;lang=sv_se&amp;readid=huvudinnehall&amp;url=">Lyssna</a></li>
        <li class="env-list__item"><a href="/lattlast">Lättläst</a></li>
        <li class="env-list__item"><a href="/other-languages" lang="en">Other languages</a></li>
        <li class="env-list__item"><a href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </div>
  </div>
  <div class="sv-searchform-portlet sv-portlet mk-search" id="svid12_{sid()}">
    <form method="get" action="{SEARCH}" class="env-form" role="search">
      <label for="mk-q" class="env-assistive-text">Sök på motala.se</label>
      <input id="mk-q" class="env-form-input env-form-input--search" type="search" name="query" placeholder="Sök på motala.se" autocomplete="off" data-autocomplete-url="/rest-api/sok/autocomplete">
      <button type="submit" class="env-button env-button--primary">Sök</button>
    </form>
  </div>
  <nav class="sv-menu-portlet sv-portlet mk-mainmenu" id="svid12_{sid()}" aria-label="Huvudmeny">
    <ul class="env-list env-list--horizontal">{''.join(items)}</ul>
  </nav>
</header>'''


def footer():
    return f'''<footer class="sv-layout mk-footer" id="svid10_{sid()}">
  <div class="sv-layout env-d--flex mk-footer__cols" id="svid10_{sid()}">
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h2 class="mk-footer__heading">Motala kommun</h2>
        <p class="normal">591 86 Motala<br>Besöksadress: Drottninggatan 2<br>Telefon: 0141-22 50 00<br><a href="mailto:kommun@motala.se">kommun@motala.se</a></p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="mk-footer__heading">Genvägar</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{NYH}">Nyheter</a></li>
        <li class="env-list__item"><a href="{EVS}">Evenemang</a></li>
        <li class="env-list__item"><a href="{JOBS}">Lediga jobb</a></li>
        <li class="env-list__item"><a href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="mk-footer__heading">Om webbplatsen</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{OMW}">Om webbplatsen</a></li>
        <li class="env-list__item"><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li class="env-list__item"><a href="{KAKOR}">Kakor</a></li>
        <li class="env-list__item"><a href="/om-webbplatsen/personuppgifter">Så behandlar vi personuppgifter</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet mk-social" id="svid12_{sid()}">
      <h2 class="mk-footer__heading">Följ oss</h2>
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a href="https://www.facebook.com/motalakommun">Facebook</a></li>
        <li class="env-list__item"><a href="https://www.instagram.com/motalakommun/">Instagram</a></li>
        <li class="env-list__item"><a href="https://www.linkedin.com/company/motala-kommun/">LinkedIn</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def cookie_banner():
    return f'''<div class="sv-cookie-consent-banner env-cookie-banner" id="svid12_{sid()}" role="region" aria-label="Kakor" hidden>
  <p class="normal">Motala kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button class="env-button env-button--primary" type="button">Tillåt alla kakor</button>
  <button class="env-button" type="button">Endast nödvändiga</button>
</div>'''


def crumbs(trail):
    lis = ['<li class="env-breadcrumb__item"><a href="/">Startsida</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="env-breadcrumb__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="env-breadcrumb__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''<nav class="sv-breadcrumbs-portlet sv-portlet mk-breadcrumbs" id="svid12_{sid()}" aria-label="Du är här">
  <ol class="env-breadcrumb">{''.join(lis)}</ol>
</nav>'''


def tools(path):
    return f'''<div class="sv-linklist-portlet sv-portlet mk-pagetools" id="svid12_{sid()}">
  <ul class="env-list env-list--horizontal">
    <li class="env-list__item"><a rel="nofollow" class="mk-pagetools__print" href="{path}{PRINT}">Skriv ut</a></li>
    <li class="env-list__item"><a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{path}">Dela</a></li>
  </ul>
</div>'''


def fund_menu(current):
    def li(name, href):
        cur = ' aria-current="page"' if href == current else ''
        return f'<li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{href}"{cur}>{name}</a></li>'
    return f'''<nav class="sv-menu-portlet sv-portlet mk-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="mk-submenu__parent"><a href="{EK}">Ekonomi</a></p>
  <ul class="env-list">
    {li('Budget och verksamhetsplan', EK + '/budget-och-verksamhetsplan')}
    {li('Årsredovisning', EK + '/arsredovisning')}
    <li class="env-list__item mk-submenu__item mk-submenu__item--open"><a class="mk-submenu__link" href="{FUND}"{' aria-current="page"' if current == FUND else ''}>Sociala investeringar</a>
      <ul class="env-list mk-submenu__sub">
        {li('Så söker du medel', SOKA)}
        {li('Riktlinjer', RIKT)}
        {li('Projekt som fått medel', LIST)}
        {li('Uppföljning 2024', UPPF)}
        {li('Så beräknar vi effekterna', METOD)}
      </ul>
    </li>
    {li('Skattesats', EK + '/skattesats')}
  </ul>
</nav>'''


def ek_menu():
    return f'''<nav class="sv-menu-portlet sv-portlet mk-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="mk-submenu__parent"><a href="{KP}">Kommun och politik</a></p>
  <ul class="env-list">
    <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{KP}/politik-och-demokrati">Politik och demokrati</a></li>
    <li class="env-list__item mk-submenu__item mk-submenu__item--open"><a class="mk-submenu__link" href="{EK}" aria-current="page">Ekonomi</a>
      <ul class="env-list mk-submenu__sub">
        <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{EK}/budget-och-verksamhetsplan">Budget och verksamhetsplan</a></li>
        <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{EK}/arsredovisning">Årsredovisning</a></li>
        <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{FUND}">Sociala investeringar</a></li>
        <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{EK}/skattesats">Skattesats</a></li>
      </ul>
    </li>
    <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{KP}/kommunens-organisation">Kommunens organisation</a></li>
    <li class="env-list__item mk-submenu__item"><a class="mk-submenu__link" href="{KP}/overklaga-beslut">Överklaga beslut</a></li>
  </ul>
</nav>'''


def text(title, ingress, body):
    ing = f'\n        <p class="mk-ingress">{ingress}</p>' if ingress else ''
    return f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div id="Rubrik" class="sv-text-portlet-content">
        <h1 class="heading" id="h-{hexid(title, 8)}">{title}</h1>
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


def box(heading, inner, cls='mk-factbox'):
    return f'''<div class="sv-decoration-content {cls}" id="svid12_{sid()}">
      <div class="sv-text-portlet sv-use-margins sv-portlet">
        <div class="sv-text-portlet-content">
          <h2 class="subheading">{heading}</h2>
{inner}
        </div>
      </div>
    </div>'''


def contact(name, role, phone, mail):
    return box('Kontakt', f'''          <p class="normal"><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>''',
               'mk-contactbox')


def updated(date):
    return f'<p class="mk-updated" id="svid12_{sid()}">Senast uppdaterad: <time datetime="{date}">{date}</time></p>'


TAB_CSS = '''.env-tabs__panel{display:none}
.env-tabs__panel--active{display:block}
.mk-card-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1.5rem}'''


def page(path, title, main, trail=None, active=None, aside='', tpl='sida', desc='', print_tools=True, extra_css=''):
    style = f'\n<style>\n{TAB_CSS}\n{extra_css}</style>' if extra_css is not None and (extra_css or 'env-tabs' in main) else ''
    crumb = crumbs(trail) if trail else ''
    tl = tools(path) if print_tools else ''
    aside_html = f'''
    <aside class="sv-layout mk-aside" id="svid10_{sid()}">
{aside}
    </aside>''' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{tpl}">
<head>
<meta charset="utf-8">
<script nonce="{hexid(path, 16)}">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList);</script>
<title>{esc(title)} - Motala kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(desc or title)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Motala kommun">
<link rel="canonical" href="https://{H}{path}">
<link rel="stylesheet" href="{SYS}/css/portlets.css">
<link rel="stylesheet" href="/sitevision/envision/9.4.1/{hexid('motala-envision', 12)}/css/envision.css">
<link rel="stylesheet" href="{THEME}/css/main.css">{style}
<script nonce="{hexid(path, 16)}">window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '{node(path)}', siteName: 'Motala kommun', userIdentityId: '', dateFormat: 'yyyy-MM-dd', locale: 'sv'}};</script>
<link rel="icon" href="/favicon.ico">
</head>
<body class="sv-responsive env-m-around--0">
<div class="sv-layout" id="svid10_{sid()}">
{header(active)}
<div class="sv-layout mk-page" id="svid10_{sid()}">
  {crumb}
  <div class="sv-layout env-d--flex mk-columns" id="svid10_{sid()}">{aside_html}
    <main class="sv-layout mk-main" id="huvudinnehall">
    {tl}
    {main}
    </main>
  </div>
</div>
{footer()}
</div>
{cookie_banner()}
<script src="{SYS}/js/jquery.js"></script>
<script src="/sitevision/envision/9.4.1/{hexid('motala-envision', 12)}/js/envision.js"></script>
<script src="{THEME}/js/main.js"></script>
</body>
</html>
'''


def card(title, href, txt, meta=''):
    link = f'<a class="env-card__link" href="{href}">{title}</a>' if href else title
    m = f'\n          <p class="env-card__meta">{meta}</p>' if meta else ''
    return f'''        <li class="env-card mk-card">
          <div class="env-card__body">
            <h3 class="env-card__title">{link}</h3>
            <p class="env-card__text">{txt}</p>{m}
          </div>
        </li>'''


FUND_TRAIL = [('Kommun och politik', KP), ('Ekonomi', EK), ('Sociala investeringar', FUND)]


# ---------------------------------------------------------------------------------------------------------------- pages
def start():
    news = [(N_P2, 'Skolnärvaroteamet har mötts av 140 elever', '2025-10-14'),
            (N_GCB, 'Ny gång- och cykelväg längs Vätterstranden', '2025-10-02'),
            (N_CALL, 'Nu kan förvaltningarna söka medel för sociala investeringar', '2025-09-22')]
    lis = ''.join(f'''
        <li class="mk-newslist__item"><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>''' for h, t, d in news)
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content mk-hero">
        <h1 class="heading">Välkommen till Motala kommun</h1>
        <p class="mk-ingress">Här hittar du information om kommunens service, förskola och skola, omsorg, fritid och hur du kan påverka.</p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet mk-popular" id="svid12_{sid()}">
      <h2 class="subheading">Många söker efter</h2>
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[0]}">Bygglov</a></li>
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[1]}">Lediga jobb</a></li>
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[2]}">Skolmat</a></li>
      </ul>
    </div>
    <div class="sv-layout mk-shortcuts" id="svid10_{sid()}">
      <ul class="env-list mk-card-grid">
{card('Förskola', BU + '/forskola', 'Ansök om plats, läs om förskolorna och om omsorg på obekväm tid.')}
{card('Lediga jobb', JOBS, 'Vill du jobba hos oss? Se alla lediga tjänster.')}
{card('Evenemang', EVS, 'Konserter, föreläsningar och aktiviteter i hela kommunen.')}
{card('Kontakta oss', KONTAKT, 'Kontaktcenter svarar vardagar klockan 8–16.')}
      </ul>
    </div>
    <div class="sv-archive-portlet sv-portlet mk-news" id="svid12_{sid()}">
      <h2 class="subheading">Nyheter</h2>
      <ul class="mk-newslist">{lis}
      </ul>
      <p><a class="env-button" href="{NYH}">Fler nyheter</a></p>
    </div>'''
    return page('/', 'Startsida', main, tpl='startsida', desc='Motala kommuns webbplats', print_tools=False)


def kommun_och_politik():
    main = text('Kommun och politik', 'Så styrs Motala kommun, hur kommunens pengar används och hur du kan påverka.', f'''
        <ul class="env-list mk-card-grid">
{card('Politik och demokrati', KP + '/politik-och-demokrati', 'Kommunfullmäktige, nämnder, protokoll och hur du lämnar ett medborgarförslag.')}
{card('Ekonomi', EK, 'Budget, årsredovisning, skattesats och kommunens fond för sociala investeringar.')}
{card('Kommunens organisation', KP + '/kommunens-organisation', 'Förvaltningar, bolag och kommunens ledning.')}
{card('Överklaga beslut', KP + '/overklaga-beslut', 'Så överklagar du ett beslut som kommunen har fattat.')}
        </ul>''')
    return page(KP, 'Kommun och politik', main, [('Kommun och politik', KP)], KP)


def ekonomi():
    main = text('Ekonomi', 'Motala kommun har en budget på omkring 4,3 miljarder kronor om året. Här kan du läsa om hur pengarna fördelas och följs upp.', f'''
        <h2 class="subheading">Budget och uppföljning</h2>
        <p class="normal">Kommunfullmäktige beslutar varje år om budget och verksamhetsplan för kommande år och plan för de två följande åren. Utfallet redovisas i delårsrapporten och i årsredovisningen.</p>
        <h2 class="subheading">Skattesats</h2>
        <p class="normal">Kommunalskatten i Motala är 22,10 kronor per hundralapp för 2025.</p>
        <ul class="env-list mk-card-grid">
{card('Budget och verksamhetsplan', EK + '/budget-och-verksamhetsplan', 'Budget 2026 och plan för 2027–2028.')}
{card('Årsredovisning', EK + '/arsredovisning', 'Hur det gick för kommunen 2024.')}
{card('Sociala investeringar', FUND, 'Kommunens fond för förebyggande arbete för barn, unga och vuxna.')}
        </ul>''')
    return page(EK, 'Ekonomi', main, [('Kommun och politik', KP), ('Ekonomi', EK)], KP, aside=ek_menu())


def fund():
    body = f'''        <h2 class="subheading">Vad är en social investering?</h2>
        <p class="normal">En social investering är en satsning som görs tidigt för att förebygga problem längre fram, till exempel att barn inte klarar skolan eller att unga vuxna hamnar utanför arbetsmarknaden. Tanken är att satsningen ska ge bättre livsvillkor för de som berörs och på sikt minska kommunens kostnader.</p>
        <h2 class="subheading">Så fungerar fonden</h2>
        <p class="normal">Kommunfullmäktige avsatte 2019 20 miljoner kronor av tidigare års överskott till en fond för sociala investeringar. Förvaltningarna kan söka pengar ur fonden för ett nytt arbetssätt som ska prövas under högst tre år. Kommunstyrelsens arbetsutskott beslutar om ansökningarna två gånger om året.</p>
        <p class="normal">Om arbetssättet ger de effekter som man räknat med ska förvaltningen betala tillbaka en del av pengarna till fonden, och arbetssättet ska bli en del av den ordinarie verksamheten.</p>
        <h2 class="subheading">Fonden i siffror</h2>
        <ul class="normal">
          <li>Avsatt till fonden: 20 000 000 kronor</li>
          <li>Beviljat sedan starten: 14 300 000 kronor</li>
          <li>Kvar att söka: 5 700 000 kronor</li>
          <li>Återfört till fonden: 1 100 000 kronor</li>
        </ul>
        <h2 class="subheading">Läs mer</h2>
        <ul class="env-list mk-card-grid">
{card('Projekt som fått medel', LIST, 'Pågående och avslutade projekt som har fått pengar ur fonden.')}
{card('Så söker du medel', SOKA, 'Vem kan söka, när och hur ansökan går till.')}
{card('Riktlinjer', RIKT, 'De regler som kommunfullmäktige har beslutat för fonden.')}
{card('Uppföljning 2024', UPPF, 'Hur det gick för fonden under 2024.')}
{card('Så beräknar vi effekterna', METOD, 'Om socioekonomisk analys och hur vi följer upp kostnader och nytta.')}
        </ul>'''
    main = text('Sociala investeringar', 'Motala kommun har en fond för sociala investeringar. Pengarna används till förebyggande arbete som ska ge barn, unga och vuxna bättre förutsättningar och minska kommunens kostnader på sikt.', body)
    main += '\n    ' + contact('Elin Strand', 'Strateg för sociala investeringar, kommunledningsförvaltningen', '0141-22 51 37', 'elin.strand@motala.se')
    main += '\n    ' + updated('2025-10-01')
    return page(FUND, 'Sociala investeringar', main, FUND_TRAIL, KP, aside=fund_menu(FUND))


def soka():
    body = f'''        <h2 class="subheading">Vem kan söka?</h2>
        <p class="normal">Alla kommunens förvaltningar kan söka, ensamma eller tillsammans. Region Östergötland, Polisen och föreningar kan vara med som samverkansparter men kan inte söka själva.</p>
        <h2 class="subheading">Vad kan man söka för?</h2>
        <p class="normal">Pengarna ska användas till ett nytt arbetssätt som förebygger problem för barn, unga eller vuxna och som kan följas upp med mätbara mål. Man kan inte söka för verksamhet som redan finns eller för lokaler och inventarier.</p>
        <h2 class="subheading">Så går ansökan till</h2>
        <ol class="normal">
          <li>Kontakta strategen för sociala investeringar och berätta om er idé.</li>
          <li>Fyll i ansökningsblanketten tillsammans med en ekonom från er förvaltning.</li>
          <li>Lämna ansökan senast den 15 mars eller den 15 september.</li>
          <li>Beredningsgruppen går igenom ansökan och kan be om kompletteringar.</li>
          <li>Kommunstyrelsens arbetsutskott beslutar i maj respektive november.</li>
        </ol>
        <h2 class="subheading">Vad ska ansökan innehålla?</h2>
        <ul class="normal">
          <li>Vilket problem ni vill förebygga och för vilken målgrupp</li>
          <li>Vad ni ska göra, med vilka samverkansparter och under hur lång tid</li>
          <li>En budget per år och en socioekonomisk beräkning</li>
          <li>Hur arbetet ska följas upp och hur det kan bli en del av ordinarie verksamhet</li>
        </ul>
        <p class="normal"><a href="/download/18.{hexid('motala-blankett', 22)}/1727163600000/ansokan-sociala-investeringar.docx">Ansökningsblankett (Word)</a></p>'''
    main = text('Så söker du medel', 'Här kan du läsa om hur en förvaltning ansöker om pengar ur fonden för sociala investeringar.', body)
    main += '\n    ' + contact('Elin Strand', 'Strateg för sociala investeringar', '0141-22 51 37', 'elin.strand@motala.se')
    return page(SOKA, 'Så söker du medel', main, FUND_TRAIL + [('Så söker du medel', SOKA)], KP, aside=fund_menu(SOKA))


def riktlinjer():
    body = '''        <p class="normal">Riktlinjerna antogs av kommunfullmäktige den 27 maj 2019, § 78, och reviderades den 24 april 2023, § 51.</p>
        <h2 class="subheading">1. Syfte</h2>
        <p class="normal">Fonden ska ge förvaltningarna möjlighet att pröva förebyggande arbetssätt som ger bättre livsvillkor för kommunens invånare och som på sikt minskar kommunens kostnader.</p>
        <h2 class="subheading">2. Vem kan söka</h2>
        <p class="normal">Kommunens förvaltningar, ensamma eller tillsammans. Externa parter kan delta som samverkansparter.</p>
        <h2 class="subheading">3. Krav på insatsen</h2>
        <ul class="normal">
          <li>Insatsen ska vara förebyggande och rikta sig till en tydligt avgränsad målgrupp.</li>
          <li>Insatsen ska vara tidsbegränsad och pågå högst tre år.</li>
          <li>Insatsen ska ha mätbara mål och en socioekonomisk beräkning.</li>
          <li>Det ska finnas en plan för hur arbetssättet kan bli ordinarie verksamhet.</li>
        </ul>
        <h2 class="subheading">4. Återföring</h2>
        <p class="normal">När effekterna har uppstått ska förvaltningen återföra hälften av de beräknade besparingarna till fonden, dock högst det belopp som har beviljats.</p>
        <h2 class="subheading">5. Uppföljning</h2>
        <p class="normal">Varje insats följs upp två gånger om året och redovisas till kommunstyrelsen i en årlig uppföljning.</p>
        <h2 class="subheading">6. Beslut</h2>
        <p class="normal">Kommunstyrelsens arbetsutskott beslutar om ansökningar upp till 4 miljoner kronor. Större ansökningar beslutas av kommunstyrelsen.</p>'''
    main = text('Riktlinjer för sociala investeringar', 'Riktlinjerna beskriver syftet med fonden, vem som kan söka, vilka krav som ställs och hur pengarna ska betalas tillbaka.', body)
    return page(RIKT, 'Riktlinjer för sociala investeringar', main, FUND_TRAIL + [('Riktlinjer', RIKT)], KP, aside=fund_menu(RIKT))


def listing():
    ongoing = [
        (P1, 'Tidiga insatser i förskolan – Råssnäs', 'Ett team med specialpedagog, logoped och familjebehandlare på förskolorna i Råssnäs.', '2024–2027'),
        (P2, 'Skolnärvaroteamet', 'Skolsocionomer och specialpedagog som stöttar elever i årskurs 4–9 med hög frånvaro.', '2025–2027'),
        (P3, 'Steget – vägen till arbete för unga vuxna', 'Coachning, praktik och studier för unga vuxna som varken arbetar eller studerar.', '2024–2026'),
    ]
    ended = [
        (P4, 'Föräldrastöd i Borensberg', '2021–2024'),
        (P5, 'Trygg fritid Charlottenborg', '2020–2023'),
    ]
    cards = '\n'.join(card(t, h, d, 'Projektperiod ' + m) for h, t, d, m in ongoing)
    lis = ''.join(f'''
              <li class="env-list__item"><a href="{h}">{t}</a> ({m})</li>''' for h, t, m in ended)
    body = f'''        <div class="env-tabs mk-tabs" data-env-tabs id="svid12_{sid()}">
          <div class="env-tabs__nav" role="tablist">
            <a class="env-tabs__link env-tabs__link--active" href="#pagaende" role="tab" id="flik-pagaende" aria-controls="pagaende" aria-selected="true">Pågående</a>
            <a class="env-tabs__link" href="#avslutade" role="tab" id="flik-avslutade" aria-controls="avslutade" aria-selected="false" tabindex="-1">Avslutade</a>
          </div>
          <div class="env-tabs__panel env-tabs__panel--active" id="pagaende" role="tabpanel" aria-labelledby="flik-pagaende">
            <ul class="env-list mk-card-grid">
{cards}
            </ul>
          </div>
          <div class="env-tabs__panel" id="avslutade" role="tabpanel" aria-labelledby="flik-avslutade">
            <p class="normal">Projekten nedan är avslutade. Resultaten redovisas i slutrapporterna och i den årliga uppföljningen.</p>
            <ul class="env-list mk-linklist">{lis}
            </ul>
          </div>
        </div>'''
    main = text('Projekt som fått medel', 'Här hittar du de projekt som har fått pengar ur kommunens fond för sociala investeringar.', body)
    main += '\n    ' + updated('2025-09-30')
    return page(LIST, 'Projekt som fått medel', main, FUND_TRAIL + [('Projekt som fått medel', LIST)], KP, aside=fund_menu(LIST))


def project_page(path, title, ingress, body, fact, contact_html, date):
    main = text(title, ingress, body)
    if fact:
        main += '\n    ' + fact
    main += '\n    ' + contact_html + '\n    ' + updated(date)
    return page(path, title, main, FUND_TRAIL + [('Projekt som fått medel', LIST), (title, path)], KP, aside=fund_menu(LIST))


def p1():
    body = '''        <h2 class="subheading">Bakgrund</h2>
        <p class="normal">I Råssnäs finns fyra förskolor med sammanlagt omkring 320 barn. Förskolorna har under flera år sett att allt fler barn behöver stöd i språk, kommunikation och samspel, och att stödet ofta kommer först när barnet har börjat skolan.</p>
        <h2 class="subheading">Syfte</h2>
        <p class="normal">Syftet med projektet är att barn som behöver stöd ska få det tidigt, redan i förskolan, så att färre barn behöver särskilt stöd i skolan och färre familjer behöver insatser från socialtjänsten.</p>
        <h2 class="subheading">Så arbetar vi</h2>
        <p class="normal">Ett team med en specialpedagog, en logoped och en familjebehandlare arbetar på förskolorna. Teamet handleder pedagogerna, träffar barnen i den vanliga verksamheten och erbjuder föräldrarna samtal och föräldragrupper. Barnhälsovården på Råssnäs vårdcentral är med i samverkansmöten en gång i månaden.</p>
        <h2 class="subheading">Målgrupp</h2>
        <p class="normal">Barn 1–5 år på förskolorna i Råssnäs och deras vårdnadshavare.</p>
        <h2 class="subheading">Uppföljning</h2>
        <p class="normal">Projektet följs upp med språkscreening vid 3 och 5 års ålder, antal ärenden till elevhälsan i förskoleklass och en enkät till vårdnadshavare.</p>'''
    fact = box('Fakta om projektet', '''          <ul class="normal mk-facts">
            <li><strong>Projektperiod:</strong> augusti 2024 – juni 2027</li>
            <li><strong>Budget:</strong> 2 600 000 kronor ur fonden för sociala investeringar</li>
            <li><strong>Projektägare:</strong> Barn- och utbildningsförvaltningen</li>
            <li><strong>Samverkan:</strong> Socialförvaltningen och Region Östergötland (barnhälsovården)</li>
            <li><strong>Bemanning:</strong> 2,5 tjänster</li>
            <li><strong>Status:</strong> Pågår</li>
          </ul>''')
    return project_page(P1, 'Tidiga insatser i förskolan – Råssnäs',
                        'Projektet ska ge barn som behöver stöd hjälp tidigt, direkt i förskolan, i stället för när de har börjat skolan.',
                        body, fact, contact('Karin Holm', 'Projektledare, barn- och utbildningsförvaltningen', '0141-22 63 10', 'karin.holm@motala.se'), '2025-08-18')


def p2():
    body = '''        <p class="normal">Skolnärvaroteamet är en social investering som startade i januari 2025. Teamet består av två skolsocionomer och en specialpedagog som arbetar på Platensskolan, Charlottenborgsskolan och Borenskolan.</p>
        <h2 class="subheading">Varför behövs teamet?</h2>
        <p class="normal">Omkring 9 procent av eleverna i årskurs 4–9 har en frånvaro på mer än 15 procent. Hög frånvaro hänger ihop med sämre betyg, och elever som inte blir behöriga till gymnasiet löper större risk att hamna utanför arbetsmarknaden som vuxna.</p>
        <h2 class="subheading">Vad gör teamet?</h2>
        <p class="normal">Teamet kontaktar hemmet redan efter några dagars frånvaro, gör en kartläggning tillsammans med elevhälsan och följer eleven tillbaka till skolan med en individuell plan. Föräldrarna erbjuds samtal och stöd från socialtjänstens familjebehandlare.</p>
        <p class="normal">
          <strong>Projektperiod:</strong> 1 januari 2025 – 31 december 2027<br>
          <strong>Kostnad:</strong> 3 400 000 kronor ur fonden för sociala investeringar<br>
          <strong>Projektägare:</strong> Barn- och utbildningsförvaltningen<br>
          <strong>Samverkan:</strong> Socialförvaltningen och elevhälsan<br>
          <strong>Målgrupp:</strong> Elever i årskurs 4–9 med hög frånvaro och deras vårdnadshavare<br>
          <strong>Bemanning:</strong> två skolsocionomer och en specialpedagog, tre heltidstjänster
        </p>
        <h2 class="subheading">Mål</h2>
        <ul class="normal">
          <li>Andelen elever med mer än 15 procents frånvaro ska minska till 6 procent till 2027.</li>
          <li>Fler elever ska bli behöriga till gymnasiets nationella program.</li>
        </ul>'''
    return project_page(P2, 'Skolnärvaroteamet',
                        'Skolnärvaroteamet arbetar med elever som ofta är borta från skolan, och med deras familjer.',
                        body, '', contact('Jonas Ek', 'Projektledare, elevhälsan', '0141-22 64 52', 'jonas.ek@motala.se'), '2025-10-14')


def p3():
    body = '''        <p class="normal">Steget är ett projekt för unga vuxna mellan 18 och 29 år som varken arbetar eller studerar. Deltagarna får en egen coach som hjälper dem att hitta en väg till arbete eller studier, med praktik hos lokala arbetsgivare och studier på vuxenutbildningen.</p>
        <h2 class="subheading">Syfte</h2>
        <p class="normal">Syftet är att fler unga vuxna ska bli självförsörjande och att färre ska behöva ekonomiskt bistånd under lång tid.</p>
        <h2 class="subheading">Så går det till</h2>
        <p class="normal">Den unga och coachen gör tillsammans en plan. Coachen följer med på möten med Arbetsförmedlingen och vården vid behov, och ordnar praktik och studiebesök. Deltagandet är frivilligt och pågår i upp till tolv månader.</p>
        <table class="sv-table mk-facttable">
          <caption>Kort om Steget</caption>
          <tbody>
            <tr><th scope="row">Projekttid</th><td>september 2024 – augusti 2026</td></tr>
            <tr><th scope="row">Finansiering</th><td>2 500 000 kronor, varav 1 900 000 kronor ur fonden för sociala investeringar och 600 000 kronor från Samordningsförbundet Centrala Östergötland</td></tr>
            <tr><th scope="row">Projektägare</th><td>Arbetsmarknadsenheten, Motala kommun</td></tr>
            <tr><th scope="row">Samverkansparter</th><td>Arbetsförmedlingen, Samordningsförbundet Centrala Östergötland och socialförvaltningen</td></tr>
            <tr><th scope="row">Målgrupp</th><td>Unga vuxna 18–29 år som varken arbetar eller studerar</td></tr>
            <tr><th scope="row">Personal</th><td>Två coacher och en studie- och yrkesvägledare på halvtid</td></tr>
          </tbody>
        </table>'''
    return project_page(P3, 'Steget – vägen till arbete för unga vuxna',
                        'Steget ger unga vuxna som står långt från arbetsmarknaden stöd att komma vidare till jobb eller studier.',
                        body, '', contact('Sara Lindqvist', 'Projektledare, arbetsmarknadsenheten', '0141-22 58 90', 'sara.lindqvist@motala.se'), '2025-06-03')


def p4():
    body = '''        <p class="normal"><strong>Projektet är avslutat.</strong> Föräldrastöd i Borensberg pågick från mars 2021 till februari 2024 och fick 1 250 000 kronor ur kommunens fond för sociala investeringar.</p>
        <h2 class="subheading">Om projektet</h2>
        <p class="normal">Projektet erbjöd föräldrar till barn 0–12 år i Borensberg föräldragrupper, hembesök och samtal med en familjebehandlare på plats i Borensberg, i stället för att familjerna skulle resa till Motala. Projektet drevs av socialförvaltningen tillsammans med förskolorna i Borensberg och Borensbergs vårdcentral.</p>
        <h2 class="subheading">Resultat</h2>
        <ul class="normal">
          <li>78 familjer deltog i föräldragrupper eller samtal.</li>
          <li>Antalet orosanmälningar för barn i Borensberg minskade med 22 procent mellan 2021 och 2023.</li>
          <li>9 av 10 föräldrar skulle rekommendera föräldragruppen till andra.</li>
        </ul>
        <p class="normal">Från mars 2024 ingår föräldragrupperna i familjecentralens ordinarie utbud.</p>
        <p class="normal"><a href="/download/18.''' + hexid('motala-slutrapport-borensberg', 22) + '''/1712050000000/slutrapport-foraldrastod-borensberg.pdf">Slutrapport Föräldrastöd i Borensberg (pdf)</a></p>'''
    return project_page(P4, 'Föräldrastöd i Borensberg',
                        'Ett projekt som gav föräldrar i Borensberg stöd på hemmaplan.',
                        body, '', contact('Maria Sjöberg', 'Enhetschef, familjeenheten', '0141-22 67 40', 'maria.sjoberg@motala.se'), '2024-03-12')


def p5():
    body = '''        <p class="normal">Trygg fritid Charlottenborg var ett projekt som pågick från augusti 2020 till juni 2023. Projektet fick 980 000 kronor ur fonden för sociala investeringar.</p>
        <h2 class="subheading">Bakgrund och syfte</h2>
        <p class="normal">Många barn och unga i Charlottenborg hade ingen organiserad fritid. Syftet var att ge barn och unga 10–16 år en trygg och meningsfull fritid och att minska risken för att de dras in i kriminalitet.</p>
        <h2 class="subheading">Vad gjorde projektet?</h2>
        <p class="normal">Två fritidsledare fanns i Charlottenborg fyra kvällar i veckan och under loven, med idrott i skolans gymnastiksal, läxhjälp och utflykter. Projektet drevs av kultur- och fritidsförvaltningen i samverkan med socialförvaltningens fältgrupp, Polisen och Motala AIF.</p>
        <p class="normal"><strong>Status:</strong> Avslutat</p>
        <h2 class="subheading">Resultat</h2>
        <p class="normal">I genomsnitt deltog 45 barn och unga varje vecka. Den upplevda tryggheten i området ökade enligt Polisens trygghetsmätning.</p>'''
    return project_page(P5, 'Trygg fritid Charlottenborg',
                        'Fritidsledare som gav barn och unga i Charlottenborg en trygg fritid.',
                        body, '', contact('Anders Wik', 'Verksamhetschef fritid', '0141-22 59 20', 'anders.wik@motala.se'), '2023-09-05')


def uppfoljning():
    body = f'''        <p class="normal">Kommunstyrelsen tog del av uppföljningen av fonden för sociala investeringar den 3 mars 2025.</p>
        <h2 class="subheading">Fonden i siffror 2024</h2>
        <table class="sv-table">
          <caption>Nyckeltal för fonden</caption>
          <thead><tr><th scope="col">Nyckeltal</th><th scope="col">2022</th><th scope="col">2023</th><th scope="col">2024</th></tr></thead>
          <tbody>
            <tr><th scope="row">Ansökningar</th><td>4</td><td>3</td><td>5</td></tr>
            <tr><th scope="row">Beviljade ansökningar</th><td>2</td><td>1</td><td>2</td></tr>
            <tr><th scope="row">Beviljat belopp, kronor</th><td>2 150 000</td><td>1 900 000</td><td>6 000 000</td></tr>
            <tr><th scope="row">Återfört till fonden, kronor</th><td>0</td><td>400 000</td><td>700 000</td></tr>
          </tbody>
        </table>
        <h2 class="subheading">Vad visar uppföljningen?</h2>
        <p class="normal">De avslutade projekten har i stort sett nått sina mål. Två arbetssätt har blivit ordinarie verksamhet. Det är fortfarande svårt att mäta effekterna på kort sikt, och beredningsgruppen föreslår att uppföljningen ska göras tillsammans med Region Östergötland.</p>
        <h2 class="subheading">Lärdomar</h2>
        <ul class="normal">
          <li>Projekt som har med samverkansparter från början har lättare att bli ordinarie verksamhet.</li>
          <li>Budgeten för uppföljning behöver vara en egen post i ansökan.</li>
          <li>Förvaltningarna behöver mer stöd med socioekonomiska beräkningar.</li>
        </ul>
        <p class="normal">Alla projekt finns på sidan <a href="{LIST}">Projekt som fått medel</a>.</p>
        <p class="normal"><a href="/download/18.{hexid('motala-uppf-2024', 22)}/1741000000000/uppfoljning-sociala-investeringar-2024.pdf">Uppföljning av fonden för sociala investeringar 2024 (pdf)</a></p>'''
    main = text('Uppföljning 2024', 'Varje år följer kommunen upp hur pengarna i fonden för sociala investeringar har använts och vad de har gett.', body)
    return page(UPPF, 'Uppföljning 2024', main, FUND_TRAIL + [('Uppföljning 2024', UPPF)], KP, aside=fund_menu(UPPF))


def metod():
    body = '''        <p class="normal">Innan en ansökan beslutas gör förvaltningen en socioekonomisk analys. Den visar vad problemet kostar i dag, vad insatsen kostar och hur mycket kostnaderna kan minska om insatsen ger effekt.</p>
        <h2 class="subheading">Så går analysen till</h2>
        <ol class="normal">
          <li>Beskriv målgruppen och hur många personer det gäller.</li>
          <li>Räkna ut vad utanförskapet kostar i dag för kommunen, regionen och staten.</li>
          <li>Uppskatta hur många i målgruppen som insatsen kan hjälpa.</li>
          <li>Jämför kostnaden för insatsen med de minskade kostnaderna över tio år.</li>
        </ol>
        <h2 class="subheading">Räkneexempel</h2>
        <p class="normal">En ung vuxen som har ekonomiskt bistånd i fem år kostar kommunen omkring 600 000 kronor. Om en insats för 20 personer kostar 1 200 000 kronor räcker det att två av deltagarna blir självförsörjande för att insatsen ska löna sig för kommunen. Exemplet är förenklat och bygger inte på ett verkligt projekt.</p>
        <h2 class="subheading">Verktyg</h2>
        <p class="normal">Kommunen använder samma beräkningsverktyg som flera andra kommuner i Östergötland. Ekonomerna på kommunledningsförvaltningen hjälper till med beräkningen.</p>'''
    main = text('Så beräknar vi effekterna', 'Med en socioekonomisk analys beräknar vi vad ett förebyggande arbetssätt kan ge i minskade kostnader och bättre livsvillkor.', body)
    return page(METOD, 'Så beräknar vi effekterna', main, FUND_TRAIL + [('Så beräknar vi effekterna', METOD)], KP, aside=fund_menu(METOD))


def news_page(path, title, date, ingress, body):
    main = text(title, ingress, body)
    main += f'\n    <p class="mk-published" id="svid12_{sid()}">Publicerad <time datetime="{date}">{date}</time></p>'
    return page(path, title, main, [('Nyheter', NYH), (title, path)], None, tpl='nyhet', print_tools=False)


def news_call():
    body = f'''        <p class="normal">Ansökan ska vara inlämnad senast den 15 november. I fonden finns i dag 5,7 miljoner kronor att söka. Förvaltningarna kan söka för ett nytt förebyggande arbetssätt som pågår i högst tre år.</p>
        <p class="normal">– Vi vill gärna se ansökningar som rör psykisk hälsa hos unga och stöd till äldre som bor ensamma, säger Elin Strand, strateg för sociala investeringar.</p>
        <p class="normal">Arbetsutskottet beslutar om ansökningarna i december. Läs <a href="https://www.motala.se{EDIT_RIKT}">riktlinjerna för fonden</a> och <a href="{SOKA}">hur du söker medel</a>.</p>'''
    return news_page(N_CALL, 'Nu kan förvaltningarna söka medel för sociala investeringar', '2025-09-22',
                     'Kommunens förvaltningar kan nu söka pengar ur fonden för sociala investeringar för arbete som startar under 2026.', body)


def news_p2():
    body = f'''        <p class="normal">Sedan januari har Skolnärvaroteamet haft kontakt med 140 elever i årskurs 4–9 och deras familjer. Av de elever som hade mer än 30 procents frånvaro i våras har två av tre kommit tillbaka till skolan i större utsträckning.</p>
        <p class="normal">– Det viktigaste är att vi hör av oss tidigt. Många föräldrar har inte vetat vart de ska vända sig, säger skolsocionom Hanna Berg.</p>
        <p class="normal">Teamet har fått pengar ur kommunens fond för sociala investeringar. Läs mer om <a href="{LIST}">projekten som har fått medel</a>.</p>'''
    return news_page(N_P2, 'Skolnärvaroteamet har mötts av 140 elever', '2025-10-14',
                     'Under det första året har Skolnärvaroteamet mött 140 elever som ofta var borta från skolan.', body)


def news_plain(path, title, date, ingress, para):
    return news_page(path, title, date, ingress, f'        <p class="normal">{para}</p>')


def nyheter():
    items = [(N_P2, 'Skolnärvaroteamet har mötts av 140 elever', '2025-10-14', 'Under det första året har Skolnärvaroteamet mött 140 elever.'),
             (N_GCB, 'Ny gång- och cykelväg längs Vätterstranden', '2025-10-02', 'Den nya gång- och cykelvägen mellan Varamobaden och hamnen är klar.'),
             (N_CALL, 'Nu kan förvaltningarna söka medel för sociala investeringar', '2025-09-22', 'Ansökan ska vara inlämnad senast den 15 november.'),
             (N_SOP, 'Ändrade tider för sophämtning i Borensberg', '2025-09-08', 'Från vecka 38 hämtas hushållsavfallet på tisdagar.'),
             (N_BIB, 'Biblioteket öppnar meröppet i Tjällmo', '2025-08-25', 'Nu kan du låna böcker i Tjällmo varje dag mellan 7 och 21.')]
    lis = ''.join(f'''
        <li class="mk-newslist__item">
          <h2 class="mk-newslist__title"><a href="{h}">{t}</a></h2>
          <p class="mk-newslist__date"><time datetime="{d}">{d}</time></p>
          <p class="normal">{x}</p>
        </li>''' for h, t, d, x in items)
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content"><h1 class="heading">Nyheter</h1></div>
    </div>
    <div class="sv-archive-portlet sv-portlet" id="svid12_{sid()}">
      <ul class="mk-newslist">{lis}
      </ul>
      <a class="env-button mk-more" href="{NEWS_MORE}" data-append-target=".mk-newslist">Visa fler nyheter</a>
    </div>'''
    return page(NYH, 'Nyheter', main, [('Nyheter', NYH)], None, print_tools=False)


def barn_och_utbildning():
    main = text('Barn och utbildning', 'Förskola, grundskola, gymnasium och vuxenutbildning i Motala kommun.', f'''
        <ul class="env-list mk-card-grid">
{card('Förskola', BU + '/forskola', 'Ansök om plats i förskola och pedagogisk omsorg.')}
{card('Grundskola', BU + '/grundskola', 'Skolval, skolskjuts och fritidshem.')}
{card('Gymnasieskola', BU + '/gymnasieskola', 'Carlsunds utbildningscentrum och andra gymnasieskolor.')}
{card('Vuxenutbildning', BU + '/vuxenutbildning', 'Komvux, SFI och yrkesutbildningar.')}
        </ul>''')
    return page(BU, 'Barn och utbildning', main, [('Barn och utbildning', BU)], BU)


def omsorg():
    main = text('Omsorg och stöd', 'Stöd till barn, familjer, äldre och personer med funktionsnedsättning.', f'''
        <ul class="env-list mk-card-grid">
{card('Barn och familj', BOF, 'Stöd till barn, unga och föräldrar.')}
{card('Äldreomsorg', OS + '/aldreomsorg', 'Hemtjänst, särskilt boende och träffpunkter.')}
{card('Ekonomiskt bistånd', OS + '/ekonomiskt-bistand', 'Försörjningsstöd och budget- och skuldrådgivning.')}
{card('Funktionsnedsättning', OS + '/funktionsnedsattning', 'Stöd enligt LSS och socialtjänstlagen.')}
        </ul>''')
    return page(OS, 'Omsorg och stöd', main, [('Omsorg och stöd', OS)], OS)


def barn_och_familj():
    main = text('Barn och familj', 'Socialförvaltningen erbjuder stöd till barn, unga och föräldrar. Mycket av stödet kan du få utan att ansöka.', f'''
        <ul class="env-list mk-card-grid">
{card('Familjecentralen', BOF + '/familjecentralen', 'Öppen förskola, barnmorskemottagning och föräldrastöd under samma tak.')}
{card('Fältgruppen', FALT, 'Fältsekreterare som finns där unga är på kvällar och helger.')}
{card('Familjerådgivning', BOF + '/familjeradgivning', 'Samtal för par och familjer.')}
{card('Orosanmälan', BOF + '/orosanmalan', 'Om du är orolig för ett barn.')}
        </ul>''')
    return page(BOF, 'Barn och familj', main, [('Omsorg och stöd', OS), ('Barn och familj', BOF)], OS)


def faltgruppen():
    body = '''        <p class="normal">Fältgruppen består av fyra fältsekreterare som rör sig där unga i åldern 12–20 år finns, i centrum, på skolgårdar, vid idrottsplatser och på sociala medier. Fältsekreterarna samarbetar med skolorna, fritidsgårdarna och Polisen.</p>
        <h2 class="subheading">När är fältgruppen ute?</h2>
        <p class="normal">Fredagar och lördagar klockan 18–01 och vid större evenemang som Motala Ström Festival. På vardagar finns fältsekreterarna på högstadieskolorna.</p>
        <h2 class="subheading">Om fältgruppen</h2>
        <p class="normal">Fältgruppen startade 2018 som ett projekt med pengar ur kommunens fond för sociala investeringar. Sedan januari 2021 är fältgruppen en del av socialförvaltningens ordinarie verksamhet.</p>
        <h2 class="subheading">Kontakta fältgruppen</h2>
        <p class="normal">Ring eller sms:a 070-123 45 67, eller skriv till <a href="mailto:faltgruppen@motala.se">faltgruppen@motala.se</a>.</p>'''
    main = text('Fältgruppen', 'Fältgruppen finns där unga är, på kvällar och helger, för att förebygga att de far illa.', body)
    return page(FALT, 'Fältgruppen', main, [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Fältgruppen', FALT)], OS)


def uppleva():
    main = text('Uppleva och göra', 'Evenemang, bibliotek, idrott och friluftsliv i Motala.', f'''
        <ul class="env-list mk-card-grid">
{card('Evenemang', EVS, 'Vad händer i Motala?')}
{card('Bibliotek', UG + '/bibliotek', 'Stadsbiblioteket och filialerna.')}
{card('Idrott och motion', UG + '/idrott-och-motion', 'Idrottsanläggningar, badhus och motionsspår.')}
        </ul>''')
    return page(UG, 'Uppleva och göra', main, [('Uppleva och göra', UG)], UG)


def evenemang():
    main = text('Evenemang', 'Här hittar du evenemang som kommunen arrangerar.', f'''
        <ul class="env-list mk-eventlist">
          <li class="env-list__item"><a href="{EV}">Frukostmöte: Vad har sociala investeringar gett Motala?</a> <time datetime="2025-11-27">27 november 2025</time></li>
          <li class="env-list__item"><a href="{EVS}/julmarknad-i-borensberg">Julmarknad i Borensberg</a> <time datetime="2025-12-06">6 december 2025</time></li>
        </ul>
        <p class="normal"><a rel="nofollow" href="{KAL}">Visa kalendern</a></p>
        <ul class="env-list env-list--horizontal mk-daylinks">
          <li class="env-list__item"><a rel="nofollow" href="{KAL}{KAL_DAYS[0]}">20 november</a></li>
          <li class="env-list__item"><a rel="nofollow" href="{KAL}{KAL_DAYS[1]}">4 december</a></li>
        </ul>''')
    return page(EVS, 'Evenemang', main, [('Uppleva och göra', UG), ('Evenemang', EVS)], UG, print_tools=False)


def event():
    body = f'''        <p class="normal">Välkommen till ett frukostmöte om kommunens fond för sociala investeringar. Vi berättar om vad fonden har gett sedan starten 2019 och om vad projektledarna har lärt sig. Projektledare från Föräldrastöd i Borensberg och Skolnärvaroteamet berättar om sitt arbete.</p>
        <h2 class="subheading">Program</h2>
        <ul class="normal">
          <li>07.30 Frukost</li>
          <li>08.00 Fonden för sociala investeringar – fem år i siffror</li>
          <li>08.20 Erfarenheter från två projekt</li>
          <li>08.50 Frågor och samtal</li>
        </ul>
        <table class="sv-table mk-eventfacts">
          <tbody>
            <tr><th scope="row">Datum</th><td>Torsdag 27 november 2025</td></tr>
            <tr><th scope="row">Tid</th><td>07.30–09.00</td></tr>
            <tr><th scope="row">Plats</th><td>Folkets hus, Motala</td></tr>
            <tr><th scope="row">Kostnad</th><td>Kostnadsfritt, frukost ingår</td></tr>
            <tr><th scope="row">Antal platser</th><td>80</td></tr>
            <tr><th scope="row">Sista anmälningsdag</th><td>20 november</td></tr>
            <tr><th scope="row">Anmälan</th><td>Till <a href="mailto:elin.strand@motala.se">elin.strand@motala.se</a></td></tr>
            <tr><th scope="row">Arrangör</th><td>Motala kommun, kommunledningsförvaltningen</td></tr>
          </tbody>
        </table>
        <p class="normal">Läs mer om <a href="{FUND}">sociala investeringar</a>.</p>'''
    main = text('Frukostmöte: Vad har sociala investeringar gett Motala?', 'Ett frukostmöte för förtroendevalda, medarbetare och samverkansparter.', body)
    return page(EV, 'Frukostmöte: Vad har sociala investeringar gett Motala?', main,
                [('Uppleva och göra', UG), ('Evenemang', EVS), ('Frukostmöte', EV)], UG, tpl='evenemang')


def jobs():
    main = text('Lediga jobb', 'Här är några av kommunens lediga jobb. Alla annonser finns på Offentliga jobb.', f'''
        <ul class="env-list mk-joblist">
          <li class="env-list__item"><a href="{JOB}">Logoped till Tidiga insatser i förskolan</a> – sista ansökningsdag 7 december 2025</li>
          <li class="env-list__item"><a href="https://motala.varbi.com/what:job/jobID:812345/">Undersköterska till hemtjänsten Borensberg</a></li>
          <li class="env-list__item"><a href="https://motala.varbi.com/what:job/jobID:812377/">Lärare i matematik, Platensskolan</a></li>
        </ul>''')
    return page(JOBS, 'Lediga jobb', main, [('Jobb och karriär', '/jobb-och-karriar'), ('Lediga jobb', JOBS)], None)


def job():
    body = '''        <h2 class="subheading">Om arbetsplatsen</h2>
        <p class="normal">Barn- och utbildningsförvaltningen har fått pengar ur kommunens fond för sociala investeringar för projektet Tidiga insatser i förskolan – Råssnäs. Nu söker vi en logoped som vill vara med i teamet på förskolorna i Råssnäs.</p>
        <h2 class="subheading">Arbetsuppgifter</h2>
        <p class="normal">Du handleder pedagoger, gör bedömningar av barns språk och kommunikation och håller i föräldragrupper tillsammans med teamets familjebehandlare.</p>
        <h2 class="subheading">Kvalifikationer</h2>
        <p class="normal">Legitimerad logoped. Erfarenhet av arbete med förskolebarn är meriterande.</p>
        <table class="sv-table mk-jobfacts">
          <tbody>
            <tr><th scope="row">Anställningsform</th><td>Visstidsanställning till och med 30 juni 2027</td></tr>
            <tr><th scope="row">Omfattning</th><td>Heltid 100 %</td></tr>
            <tr><th scope="row">Tillträde</th><td>Enligt överenskommelse</td></tr>
            <tr><th scope="row">Lön</th><td>Individuell lönesättning</td></tr>
            <tr><th scope="row">Sista ansökningsdag</th><td>2025-12-07</td></tr>
            <tr><th scope="row">Referensnummer</th><td>BUF 2025/418</td></tr>
          </tbody>
        </table>
        <p class="normal"><a class="env-button env-button--primary" href="https://motala.varbi.com/what:job/jobID:812401/">Ansök här</a></p>'''
    main = text('Logoped till Tidiga insatser i förskolan', 'Vill du arbeta förebyggande med barns språkutveckling? Vi söker en logoped till ett team på förskolorna i Råssnäs.', body)
    return page(JOB, 'Logoped till Tidiga insatser i förskolan', main,
                [('Jobb och karriär', '/jobb-och-karriar'), ('Lediga jobb', JOBS), ('Logoped', JOB)], None, tpl='annons')


def furniture(path, title, ingress, body, trail):
    return page(path, title, text(title, ingress, body), trail, None, print_tools=False)


def build():
    pages = {
        '/': start(), KP: kommun_och_politik(), EK: ekonomi(), FUND: fund(), SOKA: soka(), RIKT: riktlinjer(),
        LIST: listing(), UPPF: uppfoljning(), METOD: metod(), P1: p1(), P2: p2(), P3: p3(), P4: p4(), P5: p5(),
        NYH: nyheter(), N_CALL: news_call(), N_P2: news_p2(),
        N_GCB: news_plain(N_GCB, 'Ny gång- och cykelväg längs Vätterstranden', '2025-10-02',
                          'Den nya gång- och cykelvägen mellan Varamobaden och hamnen är klar.',
                          'Gång- och cykelvägen är 2,4 kilometer lång och har ny belysning. Arbetet har kostat 11 miljoner kronor, varav hälften är statlig medfinansiering från Trafikverket.'),
        N_SOP: news_plain(N_SOP, 'Ändrade tider för sophämtning i Borensberg', '2025-09-08',
                          'Från vecka 38 hämtas hushållsavfallet i Borensberg på tisdagar.',
                          'Ställ ut kärlet senast klockan 6 på hämtningsdagen. Trädgårdsavfall hämtas som vanligt varannan onsdag.'),
        N_BIB: news_plain(N_BIB, 'Biblioteket öppnar meröppet i Tjällmo', '2025-08-25',
                          'Nu kan du låna böcker i Tjällmo varje dag mellan 7 och 21.',
                          'Du behöver ett lånekort och en pinkod. Personal finns på plats tisdagar klockan 14–18.'),
        BU: barn_och_utbildning(), OS: omsorg(), BOF: barn_och_familj(), FALT: faltgruppen(), UG: uppleva(),
        EVS: evenemang(), EV: event(), JOBS: jobs(), JOB: job(),
        KONTAKT: furniture(KONTAKT, 'Kontakta oss', 'Kontaktcenter svarar på frågor om kommunens verksamheter.',
                           '        <p class="normal">Telefon 0141-22 50 00, vardagar 8–16. E-post <a href="mailto:kommun@motala.se">kommun@motala.se</a>. Besöksadress Drottninggatan 2.</p>',
                           [('Kontakta oss', KONTAKT)]),
        OMW: furniture(OMW, 'Om webbplatsen', 'motala.se drivs av kommunikationsenheten.',
                       f'''        <ul class="normal"><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li></ul>''',
                       [('Om webbplatsen', OMW)]),
        KAKOR: furniture(KAKOR, 'Kakor', 'Så använder vi kakor på motala.se.',
                         '''        <table class="sv-table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
          <tbody><tr><td>JSESSIONID</td><td>Håller reda på din session</td><td>Sessionen</td></tr>
          <tr><td>sv-cookie-consent</td><td>Sparar ditt val om kakor</td><td>1 år</td></tr>
          <tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr></tbody></table>''',
                         [('Om webbplatsen', OMW), ('Kakor', KAKOR)]),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Motala kommun står bakom den här webbplatsen.',
                         '        <p class="normal">Vi vill att så många som möjligt ska kunna använda webbplatsen. Den är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Kontakta oss om du upptäcker problem.</p>',
                         [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)]),
    }
    for p, html_ in pages.items():
        write(H, p, html_)
    robots = f'''# robots.txt för www.motala.se
User-agent: *
Disallow: /sitevision/
Disallow: /edit
Disallow: /edit-offline
Disallow: /appresource/
Disallow: /rest-api/
Disallow: /sok
Disallow: /uppleva-och-gora/evenemang/kalender
Disallow: /*?print=
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
'''
    write(H, '/robots.txt', robots)
    # The project pages (P1–P5) have "Exkludera från sitemap" set, as they have "Visa inte i menyer".
    rows = [(p, '2025-10-20') for p in pages if p not in (P1, P2, P3, P4, P5)]
    write(H, '/sitemap.xml', urlset(H, rows))
    return pages


if __name__ == '__main__':
    build()
