"""Växjö kommun (0780, about 97 000 inhabitants) on Sitevision 2025 with '.html' addresses – heldout_sites29.

Sitevision with the '.html' URL ending: every page is <parent path>/<name>.html and its children live under
<parent path>/<name>/…; links are root-relative. THE MAIN MENU IS BUILT BY JAVASCRIPT: the header's <nav> holds an
empty list and a data-menu-src attribute naming a JSON file of the site's first two menu levels
(/webapp-files/vaxjo-navigation/2.4.0/meny.json, a WebApp's static resource), which an inline script fetches and
renders; the same links are also in a <noscript> block inside the <nav>. THE PROJECTS ARE REACHED ONLY THROUGH A
PAGINATED LIST: 'Beviljade investeringar' shows two cards a page, and its further pages are REAL PAGES with paths,
…/beviljade-investeringar/sida-2.html and …/sida-3.html (the editor's custom list app pre-renders them; 'Visa inte i
menyer', 'Exkludera från sitemap'), linked by a numbered pager, 'Nästa'/'Föregående' and <link rel=next/prev>.
The list's filter chips (?status=…, ?omrade=…) and its 'Visa fler' button (an /appresource/ address) are forbidden
by robots.txt. The project pages are excluded from the sitemap; two of them live in service areas under addresses
that name neither the fund nor a project.
"""
import json

from make_common import write, urlset, hexid, esc

H = 'www.vaxjo.se'

FS = '/forskola-och-skola.html'
GS = '/forskola-och-skola/grundskola.html'
EH = '/forskola-och-skola/grundskola/elevhalsa.html'
OS = '/omsorg-och-stod.html'
BOF = '/omsorg-och-stod/barn-och-familj.html'
AO = '/omsorg-och-stod/aldreomsorg.html'
TP = '/omsorg-och-stod/aldreomsorg/traffpunkter.html'
UG = '/uppleva-och-gora.html'
EVS = '/uppleva-och-gora/evenemang.html'
EV = '/uppleva-och-gora/evenemang/seminarium-sociala-investeringar-i-vaxjo.html'
KAL = '/uppleva-och-gora/evenemang/kalender.html'
KAL_Q = '?datum=2026-02-12'
KP = '/kommun-och-politik.html'
SH = '/kommun-och-politik/social-hallbarhet.html'
FUND = '/kommun-och-politik/social-hallbarhet/sociala-investeringar.html'
FD = '/kommun-och-politik/social-hallbarhet/sociala-investeringar'
SOKA = FD + '/sa-ansoker-du.html'
RIKT = FD + '/riktlinjer.html'
UPPF = FD + '/uppfoljning-och-utvardering.html'
LIST = FD + '/beviljade-investeringar.html'
LD = FD + '/beviljade-investeringar'
LIST2 = LD + '/sida-2.html'
LIST3 = LD + '/sida-3.html'
LISTS = [LIST, LIST2, LIST3]
V1 = LD + '/sprakgladje-i-forskolan-araby.html'
V2 = '/forskola-och-skola/grundskola/elevhalsa/narvarolyftet.html'
V3 = LD + '/jobbstegen.html'
V4 = '/omsorg-och-stod/aldreomsorg/traffpunkter/seniorkraft-lammhult.html'
V5 = LD + '/foraldrakraft-dalbo.html'
PROJECTS = [V1, V2, V3, V4, V5]
SERVICE = '/forskola-och-skola/grundskola/fritidsledare-i-skolan.html'   # a standing service that began as a project
NYH = '/aktuellt/nyheter.html'
ND = '/aktuellt/nyheter'
N_V2 = ND + '/narvarolyftet-har-mott-120-elever.html'
N_CALL = ND + '/nu-kan-forvaltningarna-soka-ur-fonden-for-sociala-investeringar.html'
N_FUND = ND + '/kommunfullmaktige-fyller-pa-fonden-med-tio-miljoner-kronor.html'
N_SNO = ND + '/sa-prioriterar-vi-snorojningen.html'
N_BIB = ND + '/nytt-meroppet-bibliotek-i-rottne.html'
JOBS = '/jobb-och-foretag/lediga-jobb.html'
JOB = '/jobb-och-foretag/lediga-jobb/specialpedagog-till-sprakgladje-i-forskolan.html'
KONTAKT = '/kontakta-oss.html'
OMW = '/om-webbplatsen.html'
KAKOR = '/om-webbplatsen/kakor.html'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse.html'

MENU_JSON = '/webapp-files/vaxjo-navigation/2.4.0/meny.json'
MENU_JS = '/webapp-files/vaxjo-navigation/2.4.0/js/meny.js'
AUTOCOMPLETE = '/rest-api/vx-sok/1/autocomplete'
SEARCH = '/sok.html'
SEARCHES = ['?query=bygglov', '?query=skolskjuts', '?query=sophamtning']
PRINT = '?print=1'
PRINT_PAGES = [FUND, V1, V3, V5]
FILTERS = ['?status=pagaende', '?status=avslutade', '?omrade=barn-och-unga', '?omrade=vuxna-och-aldre']


def node(path):
    return '4.' + hexid('vaxjo' + path, 22)


EDIT_RIKT = '/edit/' + node(RIKT)
LIST_MORE = f'/appresource/{node(LIST)}/12.{hexid("vaxjo-lista", 22)}/lista?sida=2&antal=2'


def forbidden():
    return ([SEARCH] + [SEARCH + q for q in SEARCHES] + [AUTOCOMPLETE, EDIT_RIKT, LIST_MORE, KAL, KAL + KAL_Q]
            + [LIST + f for f in FILTERS] + [p + PRINT for p in PRINT_PAGES])


SYS = '/sitevision/system-resource/' + hexid('vaxjo-sysres', 40)
THEME = '/webapp-files/vaxjo-tema/2025.3.1'

# The first two levels of the menu: what meny.json holds and what the <noscript> block repeats.
MENU = [
    ('Förskola och skola', FS, [
        ('Förskola', '/forskola-och-skola/forskola.html'),
        ('Grundskola', GS),
        ('Gymnasieskola', '/forskola-och-skola/gymnasieskola.html'),
        ('Vuxenutbildning', '/forskola-och-skola/vuxenutbildning.html')]),
    ('Omsorg och stöd', OS, [
        ('Barn och familj', BOF),
        ('Äldreomsorg', AO),
        ('Funktionsnedsättning', '/omsorg-och-stod/funktionsnedsattning.html'),
        ('Ekonomiskt bistånd', '/omsorg-och-stod/ekonomiskt-bistand.html')]),
    ('Uppleva och göra', UG, [
        ('Evenemang', EVS),
        ('Bibliotek', '/uppleva-och-gora/bibliotek.html'),
        ('Idrott och motion', '/uppleva-och-gora/idrott-och-motion.html')]),
    ('Bygga, bo och miljö', '/bygga-bo-och-miljo.html', [
        ('Bygglov', '/bygga-bo-och-miljo/bygglov.html'),
        ('Avfall och återvinning', '/bygga-bo-och-miljo/avfall-och-atervinning.html')]),
    ('Jobb och företag', '/jobb-och-foretag.html', [
        ('Lediga jobb', JOBS),
        ('Företagare', '/jobb-och-foretag/foretagare.html')]),
    ('Kommun och politik', KP, [
        ('Politik och demokrati', '/kommun-och-politik/politik-och-demokrati.html'),
        ('Ekonomi', '/kommun-och-politik/ekonomi.html'),
        ('Social hållbarhet', SH),
        ('Kommunens organisation', '/kommun-och-politik/kommunens-organisation.html')]),
]

_c = [0]


def sid():
    _c[0] += 1
    return hexid('vaxjo-%d' % _c[0], 22)


def menu_json():
    def item(name, href, children=None):
        d = {'id': node(href), 'title': name, 'url': href, 'hidden': False}
        if children is not None:
            d['children'] = [item(n, h) for n, h in children]
        return d
    data = {'version': '2.4.0', 'language': 'sv', 'site': 'Växjö kommun', 'updated': '2025-11-03T07:12:44Z',
            'items': [item(n, h, ch) for n, h, ch in MENU]}
    return json.dumps(data, ensure_ascii=False, indent=1) + '\n'


def noscript_menu():
    out = []
    for name, href, children in MENU:
        sub = ''.join(f'<li><a href="{h}">{n}</a></li>' for n, h in children)
        out.append(f'\n          <li class="vx-menu__item"><a href="{href}">{name}</a><ul class="vx-menu__sub">{sub}</ul></li>')
    return ''.join(out)


def header(active):
    return f'''<header class="sv-layout vx-header" id="svid10_{sid()}">
  <a class="env-assistive-text env-assistive-text--focusable" href="#innehall">Gå direkt till innehåll</a>
  <div class="sv-layout vx-header__top env-d--flex env-justify-content--between env-align-items--center" id="svid10_{sid()}">
    <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
      <a href="/"><img class="sv-noborder" src="/images/18.{hexid('vx-logo', 22)}/1699867200000/vaxjo-kommun-logotyp.svg" alt="Växjö kommun, startsida" width="190" height="56"></a>
    </div>
    <div class="sv-linklist-portlet sv-portlet vx-tools" id="svid12_{sid()}">
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=5512&amp;lang=sv_se&amp;readid=innehall&amp;url=">Lyssna</a></li>
        <li class="env-list__item"><a href="/lattlast.html">Lättläst</a></li>
        <li class="env-list__item"><a href="/other-languages.html" lang="en">Other languages</a></li>
        <li class="env-list__item"><a href="{KONTAKT}">Kontakt</a></li>
      </ul>
    </div>
    <div class="sv-searchform-portlet sv-portlet vx-search" id="svid12_{sid()}">
      <form method="get" action="{SEARCH}" class="env-form" role="search">
        <label for="vx-q" class="env-assistive-text">Sök på vaxjo.se</label>
        <input id="vx-q" class="env-form-input env-form-input--search" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off" data-autocomplete-url="{AUTOCOMPLETE}">
        <button type="submit" class="env-button env-button--primary">Sök</button>
      </form>
    </div>
  </div>
  <nav class="vx-menu" id="huvudmeny" aria-label="Huvudmeny" data-menu-src="{MENU_JSON}" data-active="{active or ''}">
    <button class="vx-menu__toggle env-button" type="button" aria-expanded="false" aria-controls="vx-menu-list">Meny</button>
    <ul class="vx-menu__list" id="vx-menu-list" data-menu-root></ul>
    <noscript>
      <ul class="vx-menu__list vx-menu__list--static">{noscript_menu()}
      </ul>
    </noscript>
  </nav>
</header>'''


MENU_SCRIPT = '''<script nonce="%s">
document.addEventListener('DOMContentLoaded', function () {
  var nav = document.getElementById('huvudmeny');
  fetch(nav.getAttribute('data-menu-src'), {credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(function (menu) { window.VxMeny.render(nav.querySelector('[data-menu-root]'), menu.items, nav.getAttribute('data-active')); })
    .catch(function () { nav.classList.add('vx-menu--failed'); });
});
</script>'''


def footer():
    return f'''<footer class="sv-layout vx-footer" id="svid10_{sid()}">
  <div class="sv-layout env-d--flex vx-footer__cols" id="svid10_{sid()}">
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h2 class="vx-footer__heading">Växjö kommun</h2>
        <p class="normal">Box 1222, 351 12 Växjö<br>Besöksadress: Västra Esplanaden 18<br>Telefon: 0470-410 00<br><a href="mailto:kommunen@vaxjo.se">kommunen@vaxjo.se</a></p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="vx-footer__heading">Genvägar</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{NYH}">Nyheter</a></li>
        <li class="env-list__item"><a href="{EVS}">Evenemang</a></li>
        <li class="env-list__item"><a href="{JOBS}">Lediga jobb</a></li>
        <li class="env-list__item"><a href="https://e-tjanster.vaxjo.se/">E-tjänster</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="vx-footer__heading">Om webbplatsen</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{OMW}">Om webbplatsen</a></li>
        <li class="env-list__item"><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li class="env-list__item"><a href="{KAKOR}">Kakor</a></li>
        <li class="env-list__item"><a href="https://intranat.vaxjo.se/">Medarbetarwebben</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet vx-social" id="svid12_{sid()}">
      <h2 class="vx-footer__heading">Följ Växjö kommun</h2>
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a href="https://www.facebook.com/vaxjokommun">Facebook</a></li>
        <li class="env-list__item"><a href="https://www.instagram.com/vaxjokommun/">Instagram</a></li>
        <li class="env-list__item"><a href="https://www.linkedin.com/company/vaxjo-kommun/">LinkedIn</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def cookie_banner():
    return f'''<div class="sv-cookie-consent-banner env-cookie-banner" id="svid12_{sid()}" role="region" aria-label="Kakor" hidden>
  <p class="normal">Växjö kommun använder kakor för att webbplatsen ska fungera och för att förstå hur den används. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button class="env-button env-button--primary" type="button">Godkänn alla kakor</button>
  <button class="env-button" type="button">Bara nödvändiga kakor</button>
</div>'''


def crumbs(trail):
    lis = ['<li class="env-breadcrumb__item"><a href="/">Startsida</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="env-breadcrumb__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="env-breadcrumb__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''<nav class="sv-breadcrumbs-portlet sv-portlet vx-breadcrumbs" id="svid12_{sid()}" aria-label="Brödsmulor">
  <ol class="env-breadcrumb">{''.join(lis)}</ol>
</nav>'''


def tools(path, printable):
    pr = (f'\n    <li class="env-list__item"><a rel="nofollow" class="vx-pagetools__print" href="{path}{PRINT}">Skriv ut</a></li>'
          if printable else '')
    return f'''<div class="sv-linklist-portlet sv-portlet vx-pagetools" id="svid12_{sid()}">
  <ul class="env-list env-list--horizontal">{pr}
    <li class="env-list__item"><a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{path}">Dela på Facebook</a></li>
    <li class="env-list__item"><a href="mailto:?subject=Tips%20fr%C3%A5n%20vaxjo.se&amp;body=https://{H}{path}">Tipsa via e-post</a></li>
  </ul>
</div>'''


def text(title, ingress, body):
    ing = f'\n        <p class="vx-ingress">{ingress}</p>' if ingress else ''
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


def box(heading, inner, cls='vx-factbox'):
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
               'vx-contactbox')


def updated(date):
    return f'<p class="vx-updated" id="svid12_{sid()}">Sidan uppdaterades <time datetime="{date}">{date}</time></p>'


def page(path, title, main, trail=None, active=None, aside='', tpl='sida', desc='', printable=False, head_extra=''):
    crumb = crumbs(trail) if trail else ''
    aside_html = f'''
    <aside class="sv-layout vx-aside" id="svid10_{sid()}">
{aside}
    </aside>''' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{tpl}">
<head>
<meta charset="utf-8">
<script nonce="{hexid(path, 16)}">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList);</script>
<title>{esc(title)} - Växjö kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(desc or title)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Växjö kommun">
<link rel="canonical" href="https://{H}{path}">{head_extra}
<link rel="stylesheet" href="{SYS}/css/portlets.css">
<link rel="stylesheet" href="/sitevision/envision/9.5.0/{hexid('vx-envision', 12)}/css/envision.css">
<link rel="stylesheet" href="{THEME}/css/main.css">
<script nonce="{hexid(path, 16)}">window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '{node(path)}', siteName: 'Växjö kommun', userIdentityId: '', dateFormat: 'yyyy-MM-dd', locale: 'sv'}};</script>
<link rel="icon" href="/favicon.ico">
</head>
<body class="sv-responsive env-m-around--0">
<div class="sv-layout" id="svid10_{sid()}">
{header(active)}
<div class="sv-layout vx-page" id="svid10_{sid()}">
  {crumb}
  <div class="sv-layout env-d--flex vx-columns" id="svid10_{sid()}">{aside_html}
    <main class="sv-layout vx-main" id="innehall">
    {tools(path, printable)}
    {main}
    </main>
  </div>
</div>
{footer()}
</div>
{cookie_banner()}
<script src="{SYS}/js/jquery.js"></script>
<script src="/sitevision/envision/9.5.0/{hexid('vx-envision', 12)}/js/envision.js"></script>
<script src="{MENU_JS}" defer></script>
{MENU_SCRIPT % hexid(path, 16)}
</body>
</html>
'''


def card(title, href, txt, meta=''):
    m = f'\n            <p class="env-card__meta vx-card__meta">{meta}</p>' if meta else ''
    return f'''        <li class="env-card vx-card">
          <div class="env-card__body">
            <h2 class="env-card__title vx-card__title"><a class="env-card__link" href="{href}">{title}</a></h2>
            <p class="env-card__text">{txt}</p>{m}
          </div>
        </li>'''


def small_card(title, href, txt):
    return f'''        <li class="env-card vx-card">
          <div class="env-card__body">
            <h3 class="env-card__title vx-card__title"><a class="env-card__link" href="{href}">{title}</a></h3>
            <p class="env-card__text">{txt}</p>
          </div>
        </li>'''


FUND_TRAIL = [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringar', FUND)]


def fund_menu(current):
    def li(name, href):
        cur = ' aria-current="page"' if href == current else ''
        return f'<li class="env-list__item vx-submenu__item"><a class="vx-submenu__link" href="{href}"{cur}>{name}</a></li>'
    return f'''<nav class="sv-menu-portlet sv-portlet vx-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="vx-submenu__parent"><a href="{SH}">Social hållbarhet</a></p>
  <ul class="env-list">
    {li('Strategi för social hållbarhet', '/kommun-och-politik/social-hallbarhet/strategi.html')}
    <li class="env-list__item vx-submenu__item vx-submenu__item--open"><a class="vx-submenu__link" href="{FUND}"{' aria-current="page"' if current == FUND else ''}>Sociala investeringar</a>
      <ul class="env-list vx-submenu__sub">
        {li('Så ansöker du', SOKA)}
        {li('Riktlinjer', RIKT)}
        {li('Beviljade investeringar', LIST)}
        {li('Uppföljning och utvärdering', UPPF)}
      </ul>
    </li>
    {li('Trygghet och brottsförebyggande', '/kommun-och-politik/social-hallbarhet/trygghet.html')}
  </ul>
</nav>'''


# ---------------------------------------------------------------------------------------------------------------- pages
def start():
    news = [(N_V2, 'Närvarolyftet har mött 120 elever', '2025-11-04'),
            (N_SNO, 'Så prioriterar vi snöröjningen', '2025-10-28'),
            (N_CALL, 'Nu kan förvaltningarna söka ur fonden för sociala investeringar', '2025-09-15')]
    lis = ''.join(f'''
        <li class="vx-newslist__item"><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>''' for h, t, d in news)
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content vx-hero">
        <h1 class="heading">Välkommen till Växjö kommun</h1>
        <p class="vx-ingress">Europas grönaste stad. Här hittar du information om kommunens service till dig som bor, verkar och vistas i Växjö.</p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet vx-popular" id="svid12_{sid()}">
      <h2 class="subheading">Vanliga sökningar</h2>
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[0]}">Bygglov</a></li>
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[1]}">Skolskjuts</a></li>
        <li class="env-list__item"><a href="{SEARCH}{SEARCHES[2]}">Sophämtning</a></li>
      </ul>
    </div>
    <div class="sv-layout vx-shortcuts" id="svid10_{sid()}">
      <ul class="env-list vx-card-grid">
{small_card('Förskola', '/forskola-och-skola/forskola.html', 'Ansök om plats och läs om förskolorna.')}
{small_card('Lediga jobb', JOBS, 'Vill du jobba hos oss?')}
{small_card('Evenemang', EVS, 'Vad händer i Växjö?')}
{small_card('Kontakt', KONTAKT, 'Kontaktcenter svarar vardagar 7.30–16.30.')}
      </ul>
    </div>
    <div class="sv-archive-portlet sv-portlet vx-news" id="svid12_{sid()}">
      <h2 class="subheading">Nyheter</h2>
      <ul class="vx-newslist">{lis}
      </ul>
      <p><a class="env-button" href="{NYH}">Fler nyheter</a></p>
    </div>'''
    return page('/', 'Startsida', main, tpl='startsida', desc='Växjö kommuns webbplats')


def section(path, title, ingress, cards, trail, active):
    main = text(title, ingress, '        <ul class="env-list vx-card-grid">\n' + '\n'.join(small_card(*c) for c in cards) + '\n        </ul>')
    return page(path, title, main, trail, active)


def kommun_och_politik():
    return section(KP, 'Kommun och politik', 'Så styrs Växjö kommun, hur kommunens pengar används och hur du kan påverka.', [
        ('Politik och demokrati', '/kommun-och-politik/politik-och-demokrati.html', 'Kommunfullmäktige, nämnder och protokoll.'),
        ('Ekonomi', '/kommun-och-politik/ekonomi.html', 'Budget, årsredovisning och skattesats.'),
        ('Social hållbarhet', SH, 'Kommunens arbete för jämlika livsvillkor och ett tryggt Växjö.'),
        ('Kommunens organisation', '/kommun-och-politik/kommunens-organisation.html', 'Förvaltningar och bolag.')],
        [('Kommun och politik', KP)], KP)


def social_hallbarhet():
    body = f'''        <p class="normal">Växjö kommun arbetar för att alla invånare ska ha goda och jämlika livsvillkor. Arbetet styrs av kommunens strategi för social hållbarhet och följs upp i den årliga välfärdsredovisningen.</p>
        <ul class="env-list vx-card-grid">
{small_card('Strategi för social hållbarhet', '/kommun-och-politik/social-hallbarhet/strategi.html', 'Mål och fokusområden till 2030.')}
{small_card('Sociala investeringar', FUND, 'Kommunens fond för förebyggande arbete med barn, unga och vuxna.')}
{small_card('Trygghet och brottsförebyggande', '/kommun-och-politik/social-hallbarhet/trygghet.html', 'Trygghetsvandringar och samverkan med polisen.')}
        </ul>'''
    main = text('Social hållbarhet', 'Ett socialt hållbart Växjö är en kommun där alla har möjlighet att leva ett gott liv.', body)
    return page(SH, 'Social hållbarhet', main, [('Kommun och politik', KP), ('Social hållbarhet', SH)], KP)


def fund():
    body = f'''        <h2 class="subheading">Vad är en social investering?</h2>
        <p class="normal">En social investering är pengar som satsas tidigt för att förebygga problem längre fram, till exempel att barn inte klarar skolan, att unga vuxna står utanför arbetsmarknaden eller att äldre blir isolerade. Om arbetet ger effekt blir livet bättre för dem det gäller och kommunens kostnader lägre på sikt.</p>
        <h2 class="subheading">Så fungerar fonden</h2>
        <p class="normal">Kommunfullmäktige beslutade 2018 att avsätta 30 miljoner kronor till en fond för sociala investeringar. Förvaltningarna kan söka pengar för att pröva nya arbetssätt under högst tre år. Kommunstyrelsens arbetsutskott beslutar om ansökningarna, och varje investering följs upp två gånger om året.</p>
        <h2 class="subheading">Fonden i siffror</h2>
        <ul class="normal">
          <li>Avsatt sedan 2018: 40 000 000 kronor</li>
          <li>Beviljat hittills: 27 400 000 kronor</li>
          <li>Pågående investeringar: 4</li>
          <li>Kvar att söka: 12 600 000 kronor</li>
        </ul>
        <ul class="env-list vx-card-grid">
{small_card('Beviljade investeringar', LIST, 'Investeringar som fått pengar ur fonden, pågående och avslutade.')}
{small_card('Så ansöker du', SOKA, 'Vem som kan söka, när och hur.')}
{small_card('Riktlinjer', RIKT, 'Kommunfullmäktiges regler för fonden.')}
{small_card('Uppföljning och utvärdering', UPPF, 'Vad fonden har gett hittills.')}
        </ul>'''
    main = text('Sociala investeringar', 'Växjö kommun har en fond för sociala investeringar. Pengarna går till förebyggande arbete som ska ge barn, unga och vuxna bättre förutsättningar.', body)
    main += '\n    ' + contact('Maria Lindqvist', 'Utvecklingsledare social hållbarhet, kommunledningsförvaltningen', '0470-413 27', 'maria.lindqvist@vaxjo.se')
    main += '\n    ' + updated('2025-10-06')
    return page(FUND, 'Sociala investeringar', main, FUND_TRAIL, KP, aside=fund_menu(FUND), printable=True)


def soka():
    body = f'''        <h2 class="subheading">Vem kan söka?</h2>
        <p class="normal">Kommunens förvaltningar och helägda bolag kan söka, ensamma eller tillsammans. Föreningar, Region Kronoberg och Polisen kan vara samverkansparter men kan inte söka själva.</p>
        <h2 class="subheading">Vad kan man söka pengar för?</h2>
        <p class="normal">Ett nytt arbetssätt som förebygger problem för en tydligt avgränsad målgrupp och som kan följas upp. Man kan inte söka pengar för ordinarie verksamhet, lokaler eller inventarier.</p>
        <h2 class="subheading">Hur går ansökan till?</h2>
        <ol class="normal">
          <li>Kontakta utvecklingsledaren för social hållbarhet och berätta om idén.</li>
          <li>Skriv ansökan tillsammans med förvaltningens ekonom och gör en socioekonomisk beräkning.</li>
          <li>Lämna ansökan senast den 1 mars eller den 1 oktober.</li>
          <li>Beredningsgruppen läser ansökan och kan be om kompletteringar.</li>
          <li>Kommunstyrelsens arbetsutskott beslutar i april respektive november.</li>
        </ol>
        <h2 class="subheading">Hur mycket kan man söka?</h2>
        <p class="normal">Högst 3 500 000 kronor för hela perioden. Förvaltningen ska själv stå för minst en fjärdedel av kostnaden.</p>
        <p class="normal"><a href="/download/18.{hexid('vx-blankett', 22)}/1726000000000/ansokan-sociala-investeringar-vaxjo.docx">Ansökningsmall (Word, 48 kB)</a></p>'''
    main = text('Så ansöker du', 'Så ansöker en förvaltning om pengar ur fonden för sociala investeringar.', body)
    main += '\n    ' + contact('Maria Lindqvist', 'Utvecklingsledare social hållbarhet', '0470-413 27', 'maria.lindqvist@vaxjo.se')
    return page(SOKA, 'Så ansöker du', main, FUND_TRAIL + [('Så ansöker du', SOKA)], KP, aside=fund_menu(SOKA))


def riktlinjer():
    body = '''        <p class="normal">Riktlinjerna antogs av kommunfullmäktige den 25 september 2018, § 145, och reviderades den 30 maj 2023, § 88.</p>
        <h2 class="subheading">1. Fondens syfte</h2>
        <p class="normal">Fonden ska göra det möjligt att pröva förebyggande arbetssätt som ger bättre livsvillkor och som på sikt minskar kommunens kostnader.</p>
        <h2 class="subheading">2. Krav på insatsen</h2>
        <ul class="normal">
          <li>Insatsen ska vara förebyggande och rikta sig till en avgränsad målgrupp.</li>
          <li>Insatsen ska vara tidsbegränsad och pågå i högst tre år.</li>
          <li>Insatsen ska ha mätbara mål och en plan för uppföljning.</li>
          <li>Insatsen ska bygga på samverkan mellan minst två förvaltningar eller med en extern part.</li>
        </ul>
        <h2 class="subheading">3. Återbetalning</h2>
        <p class="normal">När insatsen har gett effekt ska förvaltningen betala tillbaka hälften av de beräknade besparingarna till fonden, dock högst det beviljade beloppet.</p>
        <h2 class="subheading">4. Beslut och uppföljning</h2>
        <p class="normal">Kommunstyrelsens arbetsutskott beslutar om ansökningar upp till 3 500 000 kronor. Varje insats redovisar en lägesrapport i juni och december.</p>'''
    main = text('Riktlinjer för sociala investeringar', 'Riktlinjerna beskriver vad fonden ska användas till och vilka krav som gäller.', body)
    return page(RIKT, 'Riktlinjer för sociala investeringar', main, FUND_TRAIL + [('Riktlinjer', RIKT)], KP, aside=fund_menu(RIKT))


def uppfoljning():
    body = f'''        <p class="normal">Hösten 2024 utvärderade Linnéuniversitetet fonden på uppdrag av kommunstyrelsen. Utvärderingen omfattar de elva investeringar som har fått pengar sedan 2018.</p>
        <table class="sv-table vx-table">
          <caption>Fonden 2018–2024</caption>
          <thead><tr><th scope="col">År</th><th scope="col">Beviljade ansökningar</th><th scope="col">Beviljat belopp</th></tr></thead>
          <tbody>
            <tr><td>2018–2020</td><td>4</td><td>9 200 000 kr</td></tr>
            <tr><td>2021–2022</td><td>3</td><td>7 100 000 kr</td></tr>
            <tr><td>2023–2024</td><td>4</td><td>11 100 000 kr</td></tr>
          </tbody>
        </table>
        <h2 class="subheading">De viktigaste resultaten</h2>
        <ul class="normal">
          <li>Sju av elva investeringar har nått de flesta av sina mål.</li>
          <li>Tre arbetssätt har blivit ordinarie verksamhet.</li>
          <li>Samverkan mellan förvaltningarna har blivit bättre, men uppföljningen av kostnader är fortfarande svag.</li>
        </ul>
        <h2 class="subheading">Lärdomar</h2>
        <p class="normal">Investeringar som planerat för ordinarie drift från början har lättare att leva vidare. Utvärderarna föreslår att varje ansökan ska ha en mottagare i linjen redan från start.</p>
        <p class="normal"><a href="/download/18.{hexid('vx-utv', 22)}/1731500000000/utvardering-sociala-investeringar-2018-2024.pdf">Utvärdering av fonden för sociala investeringar 2018–2024 (pdf, 1,9 MB)</a></p>'''
    main = text('Uppföljning och utvärdering', 'Så har det gått för fonden för sociala investeringar sedan starten.', body)
    return page(UPPF, 'Uppföljning och utvärdering', main, FUND_TRAIL + [('Uppföljning och utvärdering', UPPF)], KP, aside=fund_menu(UPPF))


# The list: two cards a page, newest first; the last item is a service that began as a project.
ITEMS = [
    (V2, 'Närvarolyftet', 'Skolsocionomer och specialpedagog stöttar elever i årskurs 4–9 med hög frånvaro.', '2025–2027', 'Barn och unga'),
    (V1, 'Språkglädje i förskolan – Araby', 'Språkpedagoger och logoped i förskolorna i Araby, med språkkaféer för föräldrar.', '2024–2027', 'Barn och unga'),
    (V4, 'Seniorkraft Lammhult', 'Träffar, rörelse och fallprevention för äldre som bor hemma i Lammhult och Braås.', '2025–2027', 'Vuxna och äldre'),
    (V3, 'Jobbstegen', 'Coachning, praktik och studier för unga vuxna som varken arbetar eller studerar.', '2024–2026', 'Vuxna och äldre'),
    (V5, 'Föräldrakraft Dalbo', 'Föräldrastöd i grupp och hembesök för familjer med barn 6–12 år. Avslutad.', '2021–2024', 'Barn och unga'),
    (SERVICE, 'Fritidsledare i skolan', 'Började som social investering 2020 och är sedan 2023 ordinarie verksamhet.', '2020–2023', 'Barn och unga'),
]


def listing(n):
    path = LISTS[n - 1]
    items = ITEMS[(n - 1) * 2:(n - 1) * 2 + 2]
    cards = '\n'.join(card(t, h, d, f'Period: {per} · Område: {omr}') for h, t, d, per, omr in items)
    chips = ''.join(f'<li class="env-list__item"><a rel="nofollow" class="vx-chip" href="{LIST}{f}">{lbl}</a></li>'
                    for f, lbl in zip(FILTERS, ['Pågående', 'Avslutade', 'Barn och unga', 'Vuxna och äldre']))
    nums = []
    for i, p in enumerate(LISTS, 1):
        if i == n:
            nums.append(f'<li class="vx-pager__item vx-pager__item--current"><a href="{p}" aria-current="page">{i}</a></li>')
        else:
            nums.append(f'<li class="vx-pager__item"><a href="{p}">{i}</a></li>')
    prev = f'<li class="vx-pager__item vx-pager__prev"><a href="{LISTS[n - 2]}" rel="prev">Föregående</a></li>' if n > 1 else ''
    nxt = f'<li class="vx-pager__item vx-pager__next"><a href="{LISTS[n]}" rel="next">Nästa</a></li>' if n < 3 else ''
    more = (f'\n          <p class="vx-list__more"><a class="env-button" href="{esc(LIST_MORE)}" data-append-target="#vx-lista">Visa fler</a></p>'
            if n == 1 else '')
    body = f'''        <p class="normal">Här finns de investeringar som kommunstyrelsens arbetsutskott har beviljat pengar ur fonden för sociala investeringar, de senast beviljade först.</p>
        <div class="sv-custom-module vx-list" id="svid12_{sid()}" data-list-id="12.{hexid('vaxjo-lista', 22)}" data-page="{n}" data-pages="3" data-per-page="2">
          <ul class="env-list env-list--horizontal vx-chips" aria-label="Filtrera">{chips}</ul>
          <p class="vx-list__count">Visar {len(items)} av {len(ITEMS)} · sida {n} av 3</p>
          <ul class="env-list vx-card-list" id="vx-lista">
{cards}
          </ul>{more}
          <nav class="vx-pager" aria-label="Sidnumrering">
            <ul class="env-list env-list--horizontal">{prev}{''.join(nums)}{nxt}</ul>
          </nav>
        </div>'''
    title = 'Beviljade investeringar' if n == 1 else f'Beviljade investeringar – sida {n}'
    rel = ''
    if n > 1:
        rel += f'\n<link rel="prev" href="https://{H}{LISTS[n - 2]}">'
    if n < 3:
        rel += f'\n<link rel="next" href="https://{H}{LISTS[n]}">'
    if n > 1:
        rel += '\n<meta name="robots" content="noindex, follow">'
    main = text(title, 'Investeringar som har fått pengar ur fonden för sociala investeringar.', body)
    main += '\n    ' + updated('2025-10-20')
    trail = FUND_TRAIL + [('Beviljade investeringar', LIST)] + ([(f'Sida {n}', path)] if n > 1 else [])
    return page(path, title, main, trail, KP, aside=fund_menu(LIST), head_extra=rel)


def project_page(path, title, ingress, body, trail, extra='', aside='', printable=False, date='2025-10-01'):
    main = text(title, ingress, body)
    if extra:
        main += '\n    ' + extra
    main += '\n    ' + updated(date)
    return page(path, title, main, trail, trail[0][1], aside=aside, printable=printable, tpl='projekt')


def v1():
    body = '''        <h2 class="subheading">Bakgrund</h2>
        <p class="normal">I Araby går omkring 380 barn i sex förskolor. De flesta barnen har ett annat modersmål än svenska, och språkbedömningen vid fyra års ålder visar att nästan hälften behöver mer stöd i svenska språket än förskolan hittills har kunnat ge.</p>
        <h2 class="subheading">Syfte</h2>
        <p class="normal">Syftet med projektet är att fler barn ska ha ett väl utvecklat språk när de börjar förskoleklass, så att färre behöver särskilt stöd i skolan.</p>
        <h2 class="subheading">Så arbetar vi</h2>
        <p class="normal">Två språkpedagoger och en logoped arbetar i förskolorna tillsammans med pedagogerna. De handleder personalen, arbetar med små grupper av barn och bjuder in föräldrarna till språkkaféer på biblioteket i Araby varannan vecka. Barnhälsovården på Araby vårdcentral är med på samverkansmöten en gång i månaden.</p>
        <h2 class="subheading">Uppföljning</h2>
        <p class="normal">Projektet följs upp med språkbedömningar vid tre och fem års ålder och med en enkät till föräldrarna varje vår.</p>'''
    fact = box('Fakta om investeringen', '''          <dl class="vx-facts">
            <dt>Projektperiod</dt><dd>augusti 2024 – juni 2027</dd>
            <dt>Beviljat belopp</dt><dd>2 900 000 kronor ur fonden för sociala investeringar</dd>
            <dt>Projektägare</dt><dd>Förvaltningen för utbildning</dd>
            <dt>Samverkansparter</dt><dd>Kultur- och fritidsförvaltningen (biblioteket i Araby), Region Kronoberg (barnhälsovården)</dd>
            <dt>Målgrupp</dt><dd>Barn 1–5 år i förskolorna i Araby och deras vårdnadshavare</dd>
            <dt>Bemanning</dt><dd>2,5 tjänster</dd>
            <dt>Status</dt><dd>Pågående</dd>
          </dl>''')
    extra = fact + '\n    ' + contact('Sara Holm', 'Projektledare, förvaltningen för utbildning', '0470-438 12', 'sara.holm@vaxjo.se')
    return project_page(V1, 'Språkglädje i förskolan – Araby',
                        'Språkglädje i förskolan är ett projekt för barn i förskolorna i Araby som behöver extra stöd i sin språkutveckling.',
                        body, FUND_TRAIL + [('Beviljade investeringar', LIST), ('Språkglädje i förskolan – Araby', V1)],
                        extra, aside=fund_menu(LIST), printable=True, date='2025-09-18')


def v2():
    body = '''        <p class="normal">Närvarolyftet är ett treårigt projekt som ska få fler elever med hög frånvaro tillbaka till skolan. Projektet finansieras med pengar ur kommunens fond för sociala investeringar.</p>
        <h2 class="subheading">Varför behövs Närvarolyftet?</h2>
        <p class="normal">Läsåret 2023/24 hade drygt 300 elever i årskurs 4–9 en frånvaro på mer än 15 procent. Elever med hög frånvaro lämnar oftare grundskolan utan behörighet till gymnasiet, och stödet kommer ofta sent.</p>
        <h2 class="subheading">Så arbetar vi</h2>
        <p class="normal">Tre skolsocionomer och en specialpedagog arbetar på Dalbyskolan, Pilbäcksskolan och Hagaskolan. De följer frånvaron varje vecka, kontaktar hemmet redan efter några dagars frånvaro och gör en plan tillsammans med eleven, vårdnadshavarna och mentorn. Socialtjänsten och Polisen deltar i samverkansmöten när det behövs.</p>
        <table class="sv-table vx-table vx-table--facts">
          <caption>Närvarolyftet i korthet</caption>
          <tbody>
            <tr><th scope="row">Projekttid</th><td>januari 2025 – december 2027</td></tr>
            <tr><th scope="row">Budget</th><td>3 400 000 kronor ur fonden för sociala investeringar</td></tr>
            <tr><th scope="row">Målgrupp</th><td>Elever i årskurs 4–9 med hög frånvaro och deras vårdnadshavare</td></tr>
            <tr><th scope="row">Ansvarig</th><td>Förvaltningen för utbildning, centrala elevhälsan</td></tr>
            <tr><th scope="row">Samverkan</th><td>Omsorgsförvaltningen (socialtjänsten), Polisen</td></tr>
            <tr><th scope="row">Personal</th><td>Tre skolsocionomer och en specialpedagog, 4 tjänster</td></tr>
          </tbody>
        </table>'''
    extra = contact('Johan Berggren', 'Projektledare, centrala elevhälsan', '0470-437 55', 'johan.berggren@vaxjo.se')
    side = f'''<nav class="sv-menu-portlet sv-portlet vx-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="vx-submenu__parent"><a href="{GS}">Grundskola</a></p>
  <ul class="env-list">
    <li class="env-list__item vx-submenu__item"><a class="vx-submenu__link" href="/forskola-och-skola/grundskola/skolval.html">Skolval</a></li>
    <li class="env-list__item vx-submenu__item vx-submenu__item--open"><a class="vx-submenu__link" href="{EH}">Elevhälsa</a></li>
    <li class="env-list__item vx-submenu__item"><a class="vx-submenu__link" href="{SERVICE}">Fritidsledare i skolan</a></li>
    <li class="env-list__item vx-submenu__item"><a class="vx-submenu__link" href="/forskola-och-skola/grundskola/skolskjuts.html">Skolskjuts</a></li>
  </ul>
</nav>'''
    return project_page(V2, 'Närvarolyftet', 'Ett projekt för elever i årskurs 4–9 som ofta är borta från skolan.', body,
                        [('Förskola och skola', FS), ('Grundskola', GS), ('Elevhälsa', EH), ('Närvarolyftet', V2)],
                        extra, aside=side, date='2025-11-04')


def v3():
    body = '''        <p class="normal">Jobbstegen är ett projekt för unga vuxna i Växjö som varken arbetar eller studerar. Varje deltagare får en egen coach och ett upplägg med praktik, studier eller arbetsträning utifrån sina behov.</p>
        <h2 class="subheading">Syfte</h2>
        <p class="normal">Att fler unga vuxna ska börja arbeta eller studera och färre behöva försörjningsstöd.</p>
        <h2 class="subheading">Så går det till</h2>
        <p class="normal">Två arbetsmarknadscoacher och en studie- och yrkesvägledare möter deltagarna på Arbetsmarknadsenheten vid Storgatan. Coacherna hjälper till med cv, kontakter med arbetsgivare och ansökningar till Komvux. Arbetsförmedlingen och Samordningsförbundet i Kronobergs län är med i projektets styrgrupp.</p>
        <h2 class="subheading">Kort om Jobbstegen</h2>
        <ul class="normal">
          <li><strong>Period:</strong> 1 september 2024 – 31 augusti 2026</li>
          <li><strong>Budget:</strong> 1 950 000 kronor, varav 1 450 000 kronor ur fonden för sociala investeringar och 500 000 kronor från Samordningsförbundet i Kronobergs län</li>
          <li><strong>Målgrupp:</strong> Unga vuxna 18–29 år som varken arbetar eller studerar</li>
          <li><strong>Projektägare:</strong> Förvaltningen för arbete och välfärd, Arbetsmarknadsenheten</li>
          <li><strong>Status:</strong> Pågår</li>
        </ul>'''
    extra = contact('Amir Haddad', 'Projektledare, Arbetsmarknadsenheten', '0470-435 90', 'amir.haddad@vaxjo.se')
    return project_page(V3, 'Jobbstegen', 'Coachning, praktik och studier för unga vuxna 18–29 år.', body,
                        FUND_TRAIL + [('Beviljade investeringar', LIST), ('Jobbstegen', V3)], extra,
                        aside=fund_menu(LIST), printable=True, date='2025-06-12')


def v4():
    body = '''        <p class="normal">Seniorkraft Lammhult är en satsning för att förebygga ensamhet och fallolyckor bland äldre som bor hemma i Lammhult och Braås. Satsningen pågår i två år, från april 2025 till mars 2027, och har fått 1,1 miljoner kronor ur kommunens fond för sociala investeringar.</p>
        <h2 class="subheading">Vad händer på träffarna?</h2>
        <p class="normal">En aktivitetssamordnare och en fysioterapeut, båda på halvtid, leder träffar två gånger i veckan i Lammhults bibliotek och i Braås församlingshem: balansträning, samtalsgrupper, föreläsningar och gemensamma luncher. Den som inte kan ta sig till träffarna kan få ett hembesök.</p>
        <h2 class="subheading">Vem kan vara med?</h2>
        <p class="normal">Alla som är 70 år eller äldre och bor i Lammhult, Braås eller byarna runt omkring. Du behöver inte anmäla dig och det kostar ingenting.</p>
        <h2 class="subheading">Vilka står bakom?</h2>
        <p class="normal">Omsorgsförvaltningen driver satsningen tillsammans med PRO Lammhult, SPF Seniorerna, Svenska kyrkan och vårdcentralen i Lammhult (Region Kronoberg).</p>
        <h2 class="subheading">Så följer vi upp</h2>
        <p class="normal">Deltagarna får svara på frågor om ensamhet och fallrisk när de börjar och efter ett år. Omsorgsförvaltningen följer också antalet fallolyckor och ansökningar om hemtjänst i området.</p>'''
    extra = contact('Eva Sjöberg', 'Aktivitetssamordnare, Seniorkraft Lammhult', '0470-436 71', 'eva.sjoberg@vaxjo.se')
    side = f'''<nav class="sv-menu-portlet sv-portlet vx-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="vx-submenu__parent"><a href="{AO}">Äldreomsorg</a></p>
  <ul class="env-list">
    <li class="env-list__item vx-submenu__item"><a class="vx-submenu__link" href="/omsorg-och-stod/aldreomsorg/hemtjanst.html">Hemtjänst</a></li>
    <li class="env-list__item vx-submenu__item vx-submenu__item--open"><a class="vx-submenu__link" href="{TP}">Träffpunkter</a></li>
    <li class="env-list__item vx-submenu__item"><a class="vx-submenu__link" href="/omsorg-och-stod/aldreomsorg/sarskilt-boende.html">Särskilt boende</a></li>
  </ul>
</nav>'''
    return project_page(V4, 'Seniorkraft Lammhult', 'Träffar, rörelse och gemenskap för dig som är 70 år eller äldre i Lammhult och Braås.', body,
                        [('Omsorg och stöd', OS), ('Äldreomsorg', AO), ('Träffpunkter', TP), ('Seniorkraft Lammhult', V4)],
                        extra, aside=side, date='2025-04-02')


def v5():
    body = '''        <p class="normal"><strong>Projektet är avslutat.</strong></p>
        <p class="normal">Föräldrakraft Dalbo var ett projekt för familjer med barn 6–12 år i Dalbo. Projektet pågick från augusti 2021 till juni 2024 och fick 1 600 000 kronor ur kommunens fond för sociala investeringar.</p>
        <h2 class="subheading">Vad gjorde projektet?</h2>
        <p class="normal">Två familjebehandlare erbjöd föräldragrupper enligt programmet ABC på Dalbyskolan och i Dalbo familjecentral, och hembesök för familjer som inte ville eller kunde komma till en grupp. Omsorgsförvaltningen ägde projektet tillsammans med förvaltningen för utbildning.</p>
        <h2 class="subheading">Resultat</h2>
        <ul class="normal">
          <li>146 föräldrar deltog i minst fyra gruppträffar.</li>
          <li>Orosanmälningarna för barn i Dalbo minskade med 18 procent mellan 2021 och 2024.</li>
          <li>Föräldrarna skattade sin egen förmåga att sätta gränser högre efter programmet.</li>
        </ul>
        <h2 class="subheading">Fakta</h2>
        <ul class="normal">
          <li><strong>Period:</strong> augusti 2021 – juni 2024</li>
          <li><strong>Kostnad:</strong> 1 600 000 kronor</li>
          <li><strong>Målgrupp:</strong> Föräldrar till barn 6–12 år i Dalbo</li>
          <li><strong>Status:</strong> Avslutat</li>
        </ul>'''
    extra = contact('Lena Åberg', 'Enhetschef, öppenvården för barn och familj', '0470-432 09', 'lena.aberg@vaxjo.se')
    return project_page(V5, 'Föräldrakraft Dalbo', 'Föräldrastöd i grupp och hemma för familjer i Dalbo.', body,
                        FUND_TRAIL + [('Beviljade investeringar', LIST), ('Föräldrakraft Dalbo', V5)], extra,
                        aside=fund_menu(LIST), printable=True, date='2024-09-10')


def service():
    body = '''        <p class="normal">På sju grundskolor i Växjö finns fritidsledare under skoldagen. De är med på rasterna, håller i aktiviteter på lunchen och är en vuxen att prata med för elever i årskurs 4–9.</p>
        <h2 class="subheading">Var finns fritidsledarna?</h2>
        <p class="normal">På Dalbyskolan, Hagaskolan, Pilbäcksskolan, Braåsskolan, Lammhultsskolan, Rottneskolan och Ingelstadsskolan. Fritidsledarna arbetar också på fritidsgårdarna på kvällarna, så eleverna möter samma vuxna efter skolan.</p>
        <h2 class="subheading">Bakgrund</h2>
        <p class="normal">Fritidsledare i skolan startade 2020 som ett projekt med pengar ur kommunens fond för sociala investeringar. Sedan augusti 2023 är fritidsledarna en del av förvaltningen för utbildnings ordinarie verksamhet och betalas av skolornas budget.</p>'''
    main = text('Fritidsledare i skolan', 'Fritidsledare finns på skolan för att skapa trygghet och meningsfulla raster.', body)
    main += '\n    ' + contact('Fredrik Nyström', 'Samordnare fritidsledare', '0470-437 02', 'fredrik.nystrom@vaxjo.se')
    return page(SERVICE, 'Fritidsledare i skolan', main, [('Förskola och skola', FS), ('Grundskola', GS), ('Fritidsledare i skolan', SERVICE)], FS)


def news_page(path, title, date, ingress, body):
    main = text(title, ingress, f'        <p class="vx-newsdate">Publicerad <time datetime="{date}">{date}</time></p>\n' + body)
    return page(path, title, main, [('Aktuellt', NYH), ('Nyheter', NYH), (title, path)], None, tpl='nyhet')


def news_v2():
    body = f'''        <p class="normal">Sedan januari har skolsocionomerna i Närvarolyftet träffat 120 elever och deras familjer. Hälften av eleverna har nu en frånvaro under tio procent.</p>
        <p class="normal">– Det viktigaste är att vi hör av oss tidigt, redan efter några dagar, säger Johan Berggren, projektledare.</p>
        <p class="normal"><a href="{V2}">Läs mer om Närvarolyftet</a></p>'''
    return news_page(N_V2, 'Närvarolyftet har mött 120 elever', '2025-11-04', 'Ett år efter starten har fler elever kommit tillbaka till skolan.', body)


def news_call():
    body = f'''        <p class="normal">Fonden för sociala investeringar har 8 miljoner kronor att fördela under 2026. Förvaltningar som vill pröva ett nytt förebyggande arbetssätt kan lämna in en ansökan senast den 1 mars 2026.</p>
        <p class="normal">Ansökan ska visa vilket problem arbetet ska förebygga, för vilken målgrupp och hur resultatet ska följas upp. Läs <a href="{EDIT_RIKT}">riktlinjerna</a> innan du skriver ansökan.</p>
        <p class="normal">Kommunstyrelsens arbetsutskott beslutar i april. <a href="{SOKA}">Så ansöker du</a></p>'''
    return news_page(N_CALL, 'Nu kan förvaltningarna söka ur fonden för sociala investeringar', '2025-09-15',
                     'Sista dag att ansöka är den 1 mars 2026.', body)


def news_fund():
    body = f'''        <p class="normal">Kommunfullmäktige beslutade den 28 oktober att föra över tio miljoner kronor av förra årets överskott till fonden för sociala investeringar. Fonden har då fått sammanlagt 40 miljoner kronor sedan den bildades 2018.</p>
        <p class="normal">– Vi ser att det förebyggande arbetet lönar sig, både för människor och för kommunens ekonomi, säger kommunstyrelsens ordförande.</p>
        <p class="normal"><a href="{FUND}">Läs mer om sociala investeringar</a></p>'''
    return news_page(N_FUND, 'Kommunfullmäktige fyller på fonden med tio miljoner kronor', '2025-10-29',
                     'Fonden för sociala investeringar får tio miljoner kronor till.', body)


def news_plain(path, title, date, ingress, para):
    return news_page(path, title, date, ingress, f'        <p class="normal">{para}</p>')


def nyheter():
    items = [(N_V2, 'Närvarolyftet har mött 120 elever', '2025-11-04'),
             (N_FUND, 'Kommunfullmäktige fyller på fonden med tio miljoner kronor', '2025-10-29'),
             (N_SNO, 'Så prioriterar vi snöröjningen', '2025-10-28'),
             (N_BIB, 'Nytt meröppet bibliotek i Rottne', '2025-10-02'),
             (N_CALL, 'Nu kan förvaltningarna söka ur fonden för sociala investeringar', '2025-09-15')]
    lis = ''.join(f'''
        <li class="vx-newslist__item"><h2 class="vx-newslist__title"><a href="{h}">{t}</a></h2> <time datetime="{d}">{d}</time></li>''' for h, t, d in items)
    main = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content"><h1 class="heading">Nyheter</h1></div>
    </div>
    <div class="sv-archive-portlet sv-portlet" id="svid12_{sid()}">
      <ul class="vx-newslist">{lis}
      </ul>
    </div>'''
    return page(NYH, 'Nyheter', main, [('Aktuellt', NYH), ('Nyheter', NYH)], None)


def evenemang():
    main = text('Evenemang', 'Evenemang som kommunen arrangerar.', f'''        <ul class="env-list vx-eventlist">
          <li class="env-list__item"><a href="{EV}">Seminarium: Sociala investeringar i Växjö – vad har vi lärt oss?</a> <time datetime="2026-02-12">12 februari 2026</time></li>
          <li class="env-list__item"><a href="/uppleva-och-gora/evenemang/julmarknad-pa-stortorget.html">Julmarknad på Stortorget</a> <time datetime="2025-12-13">13 december 2025</time></li>
        </ul>
        <p class="normal"><a rel="nofollow" href="{KAL}">Visa kalendern</a> · <a rel="nofollow" href="{KAL}{KAL_Q}">12 februari</a></p>''')
    return page(EVS, 'Evenemang', main, [('Uppleva och göra', UG), ('Evenemang', EVS)], UG)


def event():
    body = f'''        <p class="normal">Välkommen till ett seminarium om kommunens fond för sociala investeringar. Linnéuniversitetet presenterar utvärderingen av fonden, och projektledarna för Närvarolyftet och Jobbstegen berättar om sitt arbete.</p>
        <h2 class="subheading">Program</h2>
        <ul class="normal">
          <li>13.00 Välkommen</li>
          <li>13.15 Utvärderingen av fonden 2018–2024</li>
          <li>14.00 Fika</li>
          <li>14.30 Två projekt berättar</li>
          <li>15.30 Samtal: hur blir ett projekt ordinarie verksamhet?</li>
        </ul>
        <table class="sv-table vx-eventfacts">
          <tbody>
            <tr><th scope="row">Datum</th><td>Torsdag 12 februari 2026</td></tr>
            <tr><th scope="row">Tid</th><td>13.00–16.00</td></tr>
            <tr><th scope="row">Plats</th><td>Växjö Konserthus, Västra Esplanaden 10</td></tr>
            <tr><th scope="row">Kostnad</th><td>Kostnadsfritt</td></tr>
            <tr><th scope="row">Sista anmälningsdag</th><td>2 februari 2026</td></tr>
            <tr><th scope="row">Anmälan</th><td>Till <a href="mailto:maria.lindqvist@vaxjo.se">maria.lindqvist@vaxjo.se</a></td></tr>
            <tr><th scope="row">Arrangör</th><td>Växjö kommun, kommunledningsförvaltningen</td></tr>
          </tbody>
        </table>
        <p class="normal">Läs mer om <a href="{FUND}">sociala investeringar</a>.</p>'''
    main = text('Seminarium: Sociala investeringar i Växjö – vad har vi lärt oss?', 'Ett seminarium för förtroendevalda, medarbetare och samverkansparter.', body)
    return page(EV, 'Seminarium: Sociala investeringar i Växjö', main,
                [('Uppleva och göra', UG), ('Evenemang', EVS), ('Seminarium', EV)], UG, tpl='evenemang')


def jobs():
    main = text('Lediga jobb', 'Några av kommunens lediga jobb. Alla annonser finns i rekryteringssystemet.', f'''        <ul class="env-list vx-joblist">
          <li class="env-list__item"><a href="{JOB}">Specialpedagog till Språkglädje i förskolan</a> – sista ansökningsdag 30 november 2025</li>
          <li class="env-list__item"><a href="https://vaxjo.varbi.com/what:job/jobID:845112/">Undersköterska, hemtjänsten Teleborg</a></li>
          <li class="env-list__item"><a href="https://vaxjo.varbi.com/what:job/jobID:845190/">Lärare i svenska, Hagaskolan</a></li>
        </ul>''')
    return page(JOBS, 'Lediga jobb', main, [('Jobb och företag', '/jobb-och-foretag.html'), ('Lediga jobb', JOBS)], '/jobb-och-foretag.html')


def job():
    body = f'''        <h2 class="subheading">Om arbetsplatsen</h2>
        <p class="normal">Förvaltningen för utbildning har fått pengar ur kommunens fond för sociala investeringar för projektet <a href="{V1}">Språkglädje i förskolan – Araby</a>. Nu söker vi en specialpedagog som vill arbeta med barns språkutveckling i förskolorna i Araby.</p>
        <h2 class="subheading">Arbetsuppgifter</h2>
        <p class="normal">Du handleder pedagoger, kartlägger barns språk och håller i språkkaféer för föräldrar tillsammans med projektets logoped.</p>
        <h2 class="subheading">Kvalifikationer</h2>
        <p class="normal">Specialpedagogexamen och erfarenhet av flerspråkiga barn i förskoleåldern.</p>
        <table class="sv-table vx-jobfacts">
          <tbody>
            <tr><th scope="row">Anställningsform</th><td>Visstidsanställning till och med 2027-06-30</td></tr>
            <tr><th scope="row">Omfattning</th><td>Heltid 100 %</td></tr>
            <tr><th scope="row">Tillträde</th><td>Januari 2026 eller enligt överenskommelse</td></tr>
            <tr><th scope="row">Lön</th><td>Individuell lönesättning</td></tr>
            <tr><th scope="row">Sista ansökningsdag</th><td>2025-11-30</td></tr>
            <tr><th scope="row">Referensnummer</th><td>UF 2025/1124</td></tr>
          </tbody>
        </table>
        <p class="normal"><a class="env-button env-button--primary" href="https://vaxjo.varbi.com/what:job/jobID:845077/">Ansök här</a></p>'''
    main = text('Specialpedagog till Språkglädje i förskolan', 'Vill du arbeta förebyggande med barns språk? Vi söker en specialpedagog till förskolorna i Araby.', body)
    return page(JOB, 'Specialpedagog till Språkglädje i förskolan', main,
                [('Jobb och företag', '/jobb-och-foretag.html'), ('Lediga jobb', JOBS), ('Specialpedagog', JOB)], '/jobb-och-foretag.html', tpl='annons')


def furniture(path, title, ingress, body, trail):
    return page(path, title, text(title, ingress, body), trail, None)


def build():
    pages = {
        '/': start(), KP: kommun_och_politik(), SH: social_hallbarhet(), FUND: fund(), SOKA: soka(),
        RIKT: riktlinjer(), UPPF: uppfoljning(), LIST: listing(1), LIST2: listing(2), LIST3: listing(3),
        V1: v1(), V2: v2(), V3: v3(), V4: v4(), V5: v5(), SERVICE: service(),
        FS: section(FS, 'Förskola och skola', 'Förskola, grundskola, gymnasieskola och vuxenutbildning i Växjö kommun.', [
            ('Förskola', '/forskola-och-skola/forskola.html', 'Ansök om plats.'),
            ('Grundskola', GS, 'Skolval, elevhälsa och fritidshem.'),
            ('Gymnasieskola', '/forskola-och-skola/gymnasieskola.html', 'Kungsmadskolan, Katedralskolan och Teknikum.')],
            [('Förskola och skola', FS)], FS),
        GS: section(GS, 'Grundskola', 'Information om grundskolorna i Växjö kommun.', [
            ('Skolval', '/forskola-och-skola/grundskola/skolval.html', 'Så väljer du skola.'),
            ('Elevhälsa', EH, 'Skolsköterska, kurator, psykolog och specialpedagog.'),
            ('Fritidsledare i skolan', SERVICE, 'Vuxna som skapar trygghet på raster och lunch.')],
            [('Förskola och skola', FS), ('Grundskola', GS)], FS),
        EH: section(EH, 'Elevhälsa', 'Elevhälsan arbetar för att alla elever ska må bra och nå målen.', [
            ('Skolsköterska och skolläkare', '/forskola-och-skola/grundskola/elevhalsa/skolskoterska.html', 'Hälsobesök och vaccinationer.'),
            ('Kurator och psykolog', '/forskola-och-skola/grundskola/elevhalsa/kurator.html', 'Samtal och stöd.'),
            ('Närvarolyftet', V2, 'Stöd till elever som ofta är borta från skolan.')],
            [('Förskola och skola', FS), ('Grundskola', GS), ('Elevhälsa', EH)], FS),
        OS: section(OS, 'Omsorg och stöd', 'Stöd till barn, familjer, äldre och personer med funktionsnedsättning.', [
            ('Barn och familj', BOF, 'Föräldrastöd, familjecentraler och familjebehandling.'),
            ('Äldreomsorg', AO, 'Hemtjänst, träffpunkter och särskilt boende.')],
            [('Omsorg och stöd', OS)], OS),
        BOF: section(BOF, 'Barn och familj', 'Stöd till barn, unga och föräldrar.', [
            ('Familjecentraler', '/omsorg-och-stod/barn-och-familj/familjecentraler.html', 'Öppen förskola och föräldrastöd.'),
            ('Orosanmälan', '/omsorg-och-stod/barn-och-familj/orosanmalan.html', 'Om du är orolig för ett barn.')],
            [('Omsorg och stöd', OS), ('Barn och familj', BOF)], OS),
        AO: section(AO, 'Äldreomsorg', 'Stöd och service för dig som är äldre.', [
            ('Hemtjänst', '/omsorg-och-stod/aldreomsorg/hemtjanst.html', 'Hjälp i hemmet.'),
            ('Träffpunkter', TP, 'Mötesplatser för seniorer i hela kommunen.')],
            [('Omsorg och stöd', OS), ('Äldreomsorg', AO)], OS),
        TP: section(TP, 'Träffpunkter', 'På träffpunkterna kan du träffa andra, fika och vara med på aktiviteter.', [
            ('Träffpunkt Teleborg', '/omsorg-och-stod/aldreomsorg/traffpunkter/teleborg.html', 'Öppet måndag–fredag 9–15.'),
            ('Träffpunkt Ingelstad', '/omsorg-och-stod/aldreomsorg/traffpunkter/ingelstad.html', 'Öppet tisdag och torsdag 10–14.')],
            [('Omsorg och stöd', OS), ('Äldreomsorg', AO), ('Träffpunkter', TP)], OS),
        UG: section(UG, 'Uppleva och göra', 'Evenemang, bibliotek, idrott och natur i Växjö.', [
            ('Evenemang', EVS, 'Vad händer i Växjö?'),
            ('Bibliotek', '/uppleva-och-gora/bibliotek.html', 'Stadsbiblioteket och filialerna.')],
            [('Uppleva och göra', UG)], UG),
        EVS: evenemang(), EV: event(), JOBS: jobs(), JOB: job(),
        NYH: nyheter(), N_V2: news_v2(), N_CALL: news_call(), N_FUND: news_fund(),
        N_SNO: news_plain(N_SNO, 'Så prioriterar vi snöröjningen', '2025-10-28', 'Huvudgator, bussgator och gång- och cykelvägar plogas först.',
                          'Vi börjar ploga när det har kommit fem centimeter snö. Villagator plogas inom två dygn efter att det har slutat snöa.'),
        N_BIB: news_plain(N_BIB, 'Nytt meröppet bibliotek i Rottne', '2025-10-02', 'Nu kan du låna böcker i Rottne varje dag klockan 6–22.',
                          'Du behöver ett lånekort och en pinkod. Personal finns på plats måndagar och torsdagar klockan 13–18.'),
        KONTAKT: furniture(KONTAKT, 'Kontakt', 'Kontaktcenter svarar på frågor om kommunens verksamheter.',
                           '        <p class="normal">Telefon 0470-410 00, vardagar 7.30–16.30. E-post <a href="mailto:kommunen@vaxjo.se">kommunen@vaxjo.se</a>.</p>',
                           [('Kontakt', KONTAKT)]),
        OMW: furniture(OMW, 'Om webbplatsen', 'vaxjo.se drivs av kommunledningsförvaltningens kommunikationsavdelning.',
                       f'        <ul class="normal"><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li></ul>',
                       [('Om webbplatsen', OMW)]),
        KAKOR: furniture(KAKOR, 'Kakor', 'Så använder vi kakor på vaxjo.se.',
                         '''        <table class="sv-table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
          <tbody><tr><td>JSESSIONID</td><td>Håller ihop ditt besök</td><td>Sessionen</td></tr>
          <tr><td>sv-cookie-consent</td><td>Sparar ditt val om kakor</td><td>1 år</td></tr>
          <tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr></tbody></table>''',
                         [('Om webbplatsen', OMW), ('Kakor', KAKOR)]),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Växjö kommun står bakom den här webbplatsen.',
                         '        <p class="normal">Vi vill att så många som möjligt ska kunna använda webbplatsen. Den är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p>',
                         [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)]),
    }
    for p, html_ in pages.items():
        write(H, p, html_)
    write(H, MENU_JSON, menu_json())
    robots = f'''# www.vaxjo.se
User-agent: *
Disallow: /sitevision/
Disallow: /edit
Disallow: /edit-offline
Disallow: /appresource/
Disallow: /rest-api/
Disallow: /sok.html
Disallow: /uppleva-och-gora/evenemang/kalender.html
Disallow: /*?status=
Disallow: /*?omrade=
Disallow: /*?print=
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
'''
    write(H, '/robots.txt', robots)
    # "Exkludera från sitemap": the project pages and the list's further pages (sida-2, sida-3) are not in it.
    hidden = set(PROJECTS) | {LIST2, LIST3}
    rows = [(p, '2025-11-03') for p in pages if p not in hidden]
    write(H, '/sitemap.xml', urlset(H, rows))
    return pages


if __name__ == '__main__':
    build()
