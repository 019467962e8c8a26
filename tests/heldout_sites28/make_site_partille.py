"""Partille kommun (1402, about 40 000 inhabitants) on Drupal 10 – generator for heldout_sites28.

Drupal 10.3 with a custom theme (partille, an Olivero sub-theme): path aliases without a trailing slash (saved as
<path>/index.html), root-relative links, standard Drupal markup (region-*, block-*, field--name-*, node--type-*),
a shortlink /node/<nid> in every node's head. The fund's section lives under Kommun och politik › Social hållbarhet ›
Sociala investeringsfonden. The investments are nodes of the content type 'investering' whose Pathauto pattern is
/sociala-investeringar/<title>; they are in no menu and NOT in the sitemap (Simple XML Sitemap indexes only the
bundles 'page', 'article' and 'event'). They are reached through:

  * the Search API view /sociala-investeringar ('Sök bland sociala investeringar'): Better Exposed Filters LINKS for
    status, målgrupp, område, startår and förvaltning (?status=pagaende, ?malgrupp=unga …), sort links (?sort_by=…,
    forbidden), tag links on every result, a full pager (?page=1) and a CSV export (forbidden). 4 results a page,
    sorted by last change: page 1 holds P4, P2, P1, P3; page 2 (?page=1) would hold P6 and P5, but the replay server
    ignores query strings, so every facet and pager address answers with page 1;
  * the plain page 'Alla investeringar' (a table of all six, a child of the fund page);
  * for P5 also the node path /node/388, pasted by an editor into a news item (the same page, canonical = alias).
"""
from make_common import write, urlset, hexid, numid, esc

H = 'www.partille.se'

KP = '/kommun-och-politik'
SH = KP + '/social-hallbarhet'
FUND = SH + '/sociala-investeringsfonden'
SOKA = FUND + '/sa-soker-ni-medel'
RIKT = FUND + '/riktlinjer'
ALLA = FUND + '/alla-investeringar'
UPPF = FUND + '/uppfoljning-2024'
STRAT = SH + '/program-for-social-hallbarhet'
VIEW = '/sociala-investeringar'
P1 = VIEW + '/tidig-lasning-i-furulund'
P2 = VIEW + '/arbetsbron-unga-vuxna-i-arbete'
P3 = VIEW + '/foraldrakraft-gruppstod-till-tonarsforaldrar'
P4 = VIEW + '/kvallsfaltare-i-savedalen'
P5 = VIEW + '/motesplats-for-seniorer-i-jonsered'
P6 = VIEW + '/narvarolotsen-i-kahog'
PROJECTS = [P1, P2, P3, P4, P5, P6]
NID = {P1: 412, P2: 418, P3: 421, P4: 427, P5: 388, P6: 395, FUND: 301, SOKA: 302, RIKT: 303, ALLA: 307, UPPF: 355,
       STRAT: 298, SH: 297, KP: 12}
NODE_COPIES = ['/node/%d' % NID[p] for p in PROJECTS]

OS = '/omsorg-och-stod'
BOF = OS + '/barn-och-familj'
SERVICE = BOF + '/familjecentralen-partille'            # standing service that began as a social investment
NYH = '/nyheter'
N_FUND = NYH + '/2025/kommunfullmaktige-fyller-pa-sociala-investeringsfonden'
N_P5 = NYH + '/2024/seniortraffarna-i-jonsered-lever-vidare'
N_LEK = NYH + '/2025/nya-lekplatsen-i-ugglum-ar-klar'
N_VAT = NYH + '/2025/vattenavstangning-i-savedalen'
EVS = '/evenemang'
EV = EVS + '/frukostseminarium-vad-har-sociala-investeringar-gett'
EV_NID = 530
KAL = EVS + '/kalender'
KAL_Q = '?datum=2025-11-20'
JOBS = '/jobba-hos-oss/lediga-jobb'
JOB = JOBS + '/arbetsmarknadskonsulent-till-arbetsbron'
KONTAKT = '/kontakta-oss'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
TILLG = OMW + '/tillganglighetsredogorelse'

SEARCH = '/sok'
SEARCHES = ['?keys=bygglov', '?keys=skolval', '?keys=lediga+jobb']
SORTS = ['?sort_by=title&sort_order=ASC', '?sort_by=field_period_value&sort_order=DESC',
         '?sort_by=changed&sort_order=DESC']
EXPORT = VIEW + '/export.csv'
EDITS = ['/node/%d/edit' % EV_NID, '/node/%d/revisions' % EV_NID]
LOGIN = '/user/login'
PDF = ['/print/pdf/node/%d' % NID[p] for p in PROJECTS]


def forbidden():
    return ([SEARCH] + [SEARCH + q for q in SEARCHES] + [VIEW + s for s in SORTS] + [EXPORT] + EDITS + [LOGIN]
            + PDF + [KAL, KAL + KAL_Q])


THEME = '/themes/custom/partille'
CSS = f'/sites/default/files/css/css_{hexid("partille-css", 43)}.css?delta=0&amp;language=sv&amp;theme=partille&amp;include=eJxLzs_{hexid("inc", 30)}'
JS = f'/sites/default/files/js/js_{hexid("partille-js", 43)}.js?scope=footer&amp;delta=0&amp;language=sv&amp;theme=partille&amp;include=eJxLzs_{hexid("incjs", 30)}'

MENU = [('Barn och utbildning', '/barn-och-utbildning'), ('Omsorg och stöd', OS), ('Kultur och fritid', '/kultur-och-fritid'),
        ('Bygga, bo och miljö', '/bygga-bo-och-miljo'), ('Arbete och näringsliv', '/arbete-och-naringsliv'),
        ('Kommun och politik', KP)]


def header(active):
    lis = []
    for name, href in MENU:
        act = ' menu-item--active-trail' if href == active else ''
        lis.append(f'''          <li class="menu-item menu-item--expanded{act}">
            <a href="{href}" data-drupal-link-system-path="node/{numid(href, 10, 90)}">{name}</a>
          </li>''')
    return f'''<header role="banner" class="site-header">
  <div class="region region-header">
    <div id="block-partille-site-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="{THEME}/logo.svg" alt="Partille kommun – till startsidan" width="190" height="52"></a>
    </div>
    <div id="block-partille-verktyg" class="block block-menu navigation menu--verktyg">
      <ul class="menu">
        <li class="menu-item"><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9041&amp;lang=sv_se&amp;readid=main-content&amp;url=" rel="nofollow">Lyssna</a></li>
        <li class="menu-item"><a href="/lattlast">Lättläst</a></li>
        <li class="menu-item"><a href="/other-languages" lang="en">Other languages</a></li>
        <li class="menu-item"><a href="{KONTAKT}" data-drupal-link-system-path="node/21">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="search-block-form block block-search-api-page" data-drupal-selector="search-block-form" id="block-partille-sokformular" role="search">
      <form action="{SEARCH}" method="get" id="search-block-form" accept-charset="UTF-8">
        <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
          <label for="edit-keys" class="visually-hidden">Sök</label>
          <input title="Ange de ord du vill söka efter." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" placeholder="Vad letar du efter?">
        </div>
        <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök" class="button js-form-submit form-submit"></div>
      </form>
    </div>
  </div>
  <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-partille-main-menu-menu" id="block-partille-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-partille-main-menu-menu">Huvudnavigation</h2>
      <ul data-region="primary_menu" class="menu menu--level-1">
{chr(10).join(lis)}
      </ul>
    </nav>
  </div>
</header>'''


def footer():
    return f'''<footer role="contentinfo" class="site-footer">
  <div class="region region-footer-top">
    <div id="block-partille-kontaktuppgifter" class="block block-block-content block-block-content{hexid('pk-fot', 8)}">
      <h2>Partille kommun</h2>
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
        <p>Box 302, 433 24 Partille<br>Besöksadress: Gamla Kronvägen 34<br>Telefon: 031-792 10 00<br><a href="mailto:kontaktcenter@partille.se">kontaktcenter@partille.se</a></p>
      </div>
    </div>
    <nav role="navigation" aria-labelledby="block-partille-genvagar-menu" id="block-partille-genvagar" class="block block-menu navigation menu--genvagar">
      <h2 id="block-partille-genvagar-menu">Genvägar</h2>
      <ul class="menu">
        <li class="menu-item"><a href="{NYH}">Nyheter</a></li>
        <li class="menu-item"><a href="{EVS}">Evenemang</a></li>
        <li class="menu-item"><a href="{JOBS}">Lediga jobb</a></li>
        <li class="menu-item"><a href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </nav>
    <nav role="navigation" aria-labelledby="block-partille-om-webbplatsen-menu" id="block-partille-om-webbplatsen" class="block block-menu navigation menu--om-webbplatsen">
      <h2 id="block-partille-om-webbplatsen-menu">Om webbplatsen</h2>
      <ul class="menu">
        <li class="menu-item"><a href="{OMW}">Om webbplatsen</a></li>
        <li class="menu-item"><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li class="menu-item"><a href="{KAKOR}">Kakor</a></li>
        <li class="menu-item"><a href="{LOGIN}" rel="nofollow">Logga in (redaktörer)</a></li>
      </ul>
    </nav>
  </div>
  <div class="region region-footer-bottom">
    <ul class="social-links">
      <li><a href="https://www.facebook.com/partillekommun">Facebook</a></li>
      <li><a href="https://www.instagram.com/partillekommun/">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/partille-kommun/">LinkedIn</a></li>
    </ul>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li><a href="/">Hem</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li><a href="{href}">{name}</a></li>')
    lis.append(f'<li>{trail[-1][0]}</li>')
    return f'''<div class="region region-breadcrumb">
    <div id="block-partille-breadcrumbs" class="block block-system block-system-breadcrumb-block">
      <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
        <h2 id="system-breadcrumb" class="visually-hidden">Länkstig</h2>
        <ol>
          {''.join(lis)}
        </ol>
      </nav>
    </div>
  </div>'''


def sidemenu(parent, items, current):
    """A Menu block (level 3+) in the first sidebar: the parent and its children."""
    lis = []
    for name, href in items:
        cur = ' class="is-active" aria-current="page"' if href == current else ''
        lis.append(f'<li class="menu-item"><a href="{href}"{cur}>{name}</a></li>')
    pname, phref = parent
    pcur = ' class="is-active" aria-current="page"' if phref == current else ''
    return f'''<nav role="navigation" aria-labelledby="block-partille-undermeny-menu" id="block-partille-undermeny" class="block block-menu navigation menu--main sidebar-menu">
      <h2 class="visually-hidden" id="block-partille-undermeny-menu">Undermeny</h2>
      <ul class="menu menu--level-3">
        <li class="menu-item menu-item--expanded menu-item--active-trail"><a href="{phref}"{pcur}>{pname}</a>
          <ul class="menu menu--level-4">
            {''.join(lis)}
          </ul>
        </li>
      </ul>
    </nav>'''


FUND_ITEMS = [('Så söker ni medel', SOKA), ('Riktlinjer', RIKT), ('Alla investeringar', ALLA), ('Uppföljning 2024', UPPF)]


def fund_menu(current):
    return sidemenu(('Sociala investeringsfonden', FUND), FUND_ITEMS, current)


def sh_menu(current):
    return sidemenu(('Social hållbarhet', SH), [('Program för social hållbarhet', STRAT), ('Sociala investeringsfonden', FUND)], current)


def tabs(nid):
    """Local tasks, left in a page that was cached while an editor was logged in."""
    return f'''<div class="region region-highlighted">
    <div id="block-partille-local-tasks" class="block block-core block-local-tasks-block">
      <nav class="tabs" role="navigation" aria-label="Flikar">
        <h2 class="visually-hidden">Primära flikar</h2>
        <ul class="tabs tabs--primary">
          <li class="tabs__tab is-active"><a href="/node/{nid}" data-drupal-link-system-path="node/{nid}" class="is-active">Visa<span class="visually-hidden">(aktiv flik)</span></a></li>
          <li class="tabs__tab"><a href="/node/{nid}/edit" data-drupal-link-system-path="node/{nid}/edit">Redigera</a></li>
          <li class="tabs__tab"><a href="/node/{nid}/revisions" data-drupal-link-system-path="node/{nid}/revisions">Revisioner</a></li>
        </ul>
      </nav>
    </div>
  </div>'''


def page(path, title, content, trail=None, active=None, sidebar='', aside='', nid=None, bundle='page',
         desc='', head_extra='', tabs_nid=None, front=False, canonical=None):
    canonical = canonical or path
    nid = nid or NID.get(path)
    short = f'\n<link rel="shortlink" href="https://{H}/node/{nid}">' if nid else ''
    cur = f'node\\/{nid}' if nid else ('sociala-investeringar' if path == VIEW else '')
    body_cls = 'path-frontpage' if front else (f'path-node page-node-type-{bundle}' if nid else 'path-sociala-investeringar')
    side = f'''
      <aside class="layout-sidebar-first" role="complementary">
    {sidebar}
      </aside>''' if sidebar else ''
    side2 = f'''
      <aside class="layout-sidebar-second" role="complementary">
    {aside}
      </aside>''' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="description" content="{esc(desc or title)}">
<link rel="canonical" href="https://{H}{canonical}">{short}
<meta property="og:site_name" content="Partille kommun">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{canonical}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">{head_extra}
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon">
<title>{esc(title)} | Partille kommun</title>
<link rel="stylesheet" media="all" href="{CSS}">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"{cur}","currentPathIsAdmin":false,"isFront":{str(front).lower()},"currentLanguage":"sv"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":{{"{SEARCH}":true,"{VIEW}":true}},"user":{{"uid":0,"permissionsHash":"{hexid('perm', 64)}"}}}}</script>
</head>
<body class="{body_cls}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
{header(active)}
  {crumbs(trail) if trail else ''}
  {tabs(tabs_nid) if tabs_nid else ''}
  <div class="region region-content-wrapper">
    <main role="main" class="layout-main">{side}
      <a id="main-content" tabindex="-1"></a>
      <div class="layout-content">
        <div class="region region-content">
          <div data-drupal-messages-fallback class="hidden"></div>
          <div id="block-partille-page-title" class="block block-core block-page-title-block">
            <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
          </div>
          <div id="block-partille-content" class="block block-system block-system-main-block">
{content}
          </div>
        </div>
      </div>{side2}
    </main>
  </div>
{footer()}
</div>
</div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="banner" aria-label="Kakor" hidden>
  <p>Partille kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button type="button" class="agree-button eu-cookie-compliance-default-button">Godkänn alla</button>
  <button type="button" class="decline-button eu-cookie-compliance-default-button">Endast nödvändiga</button>
</div>
<script src="{JS}"></script>
</body>
</html>
'''


def node_article(nid, bundle, inner, ingress=''):
    ing = f'''
              <div class="field field--name-field-ingress field--type-string-long field--label-hidden field__item"><p class="lead">{ingress}</p></div>''' if ingress else ''
    return f'''            <article data-history-node-id="{nid}" class="node node--type-{bundle} node--promoted node--view-mode-full">
              <div class="node__content">{ing}
                <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{inner}
                </div>
              </div>
            </article>'''


def changed(date):
    return f'''            <div class="field field--name-changed field--type-changed field--label-inline clearfix">
              <div class="field__label">Senast uppdaterad</div>
              <div class="field__item"><time datetime="{date}T09:14:02+01:00">{date}</time></div>
            </div>'''


def contact_block(name, role, phone, mail):
    return f'''<div class="block block-entity-reference paragraph paragraph--type--kontakt">
      <h2 class="block__title">Kontakt</h2>
      <div class="field field--name-field-kontakt">
        <p><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
      </div>
    </div>'''


def field(name, label, value, typ='string'):
    return f'''                <div class="field field--name-field-{name} field--type-{typ} field--label-inline clearfix">
                  <div class="field__label">{label}</div>
                  <div class="field__item">{value}</div>
                </div>'''


def field_items(name, label, values, typ='entity-reference'):
    items = ''.join(f'<div class="field__item">{v}</div>' for v in values)
    return f'''                <div class="field field--name-field-{name} field--type-{typ} field--label-above">
                  <div class="field__label">{label}</div>
                  <div class="field__items">{items}</div>
                </div>'''


# --------------------------------------------------------------------------------------------- investment nodes
MALGRUPP = [('barn', 'Barn 0–12 år'), ('unga', 'Unga 13–19 år'), ('unga-vuxna', 'Unga vuxna 18–29 år'),
            ('foraldrar', 'Föräldrar'), ('aldre', 'Äldre')]
OMRADE = [('hela-kommunen', 'Hela kommunen'), ('furulund', 'Furulund'), ('jonsered', 'Jonsered'), ('kahog', 'Kåhög'),
          ('ojersjo', 'Öjersjö'), ('partille-centrum', 'Partille centrum'), ('savedalen', 'Sävedalen')]
FORV = [('bou', 'Barn- och utbildningsförvaltningen'), ('soc', 'Socialförvaltningen'),
        ('kof', 'Kultur- och fritidsförvaltningen'), ('vo', 'Vård- och omsorgsförvaltningen'),
        ('ame', 'Arbetsmarknadsenheten')]
START = ['2021', '2022', '2024', '2025']


def tag(param, key, label):
    return f'<a href="{VIEW}?{param}={key}" hreflang="sv" class="tag tag--{param}">{label}</a>'


INV = {
    P1: dict(title='Tidig läsning i Furulund', status=('pagaende', 'Pågående'), start='2024-08-01', end='2027-06-30',
             period='augusti 2024 – juni 2027', budget='2 100 000 kronor', mg=['barn'], om=['furulund'], fv='bou',
             teaser='Läspedagoger arbetar med högläsning och språklekar i förskolorna i Furulund och i förskoleklass, så att fler barn har ett rikt språk när de börjar skolan.',
             changed='2025-10-09'),
    P2: dict(title='Arbetsbron – unga vuxna i arbete', status=('pagaende', 'Pågående'), start='2025-01-01', end='2026-12-31',
             period='januari 2025 – december 2026', budget='1 600 000 kronor', mg=['unga-vuxna'], om=['hela-kommunen'], fv='ame',
             teaser='Unga vuxna som varken arbetar eller studerar får en egen coach, praktik hos lokala arbetsgivare och stöd hela vägen till jobb eller studier.',
             changed='2025-10-14'),
    P3: dict(title='Föräldrakraft – gruppstöd till tonårsföräldrar', status=('pagaende', 'Pågående'), start='2024-09-01', end='2026-08-31',
             period='september 2024 – augusti 2026', budget='980 000 kronor', mg=['foraldrar', 'unga'], om=['ojersjo', 'savedalen'], fv='soc',
             teaser='Föräldrar till barn i åldern 12–17 år träffas i grupp, får kunskap om tonåren och stöttar varandra innan problemen växer.',
             changed='2025-09-02'),
    P4: dict(title='Kvällsfältare i Sävedalen', status=('pagaende', 'Pågående'), start='2025-03-01', end='2027-02-28',
             period='mars 2025 – februari 2027', budget='1 250 000 kronor', mg=['unga'], om=['savedalen'], fv='kof',
             teaser='Två fältare rör sig i Sävedalen fredag och lördag kväll, lär känna ungdomarna och slussar dem vidare till fritidsgårdar, föreningar och stöd.',
             changed='2025-10-21'),
    P5: dict(title='Mötesplats för seniorer i Jonsered', status=('avslutad', 'Avslutad'), start='2021-09-01', end='2023-12-31',
             period='september 2021 – december 2023', budget='540 000 kronor', mg=['aldre'], om=['jonsered'], fv='vo',
             teaser='Öppna träffar två gånger i veckan för äldre i Jonsered som kände sig ensamma. Projektet är avslutat och träffarna drivs nu av en förening.',
             changed='2024-03-18'),
    P6: dict(title='Närvarolotsen i Kåhög', status=('avslutad', 'Avslutad'), start='2022-01-01', end='2024-06-30',
             period='januari 2022 – juni 2024', budget='1 900 000 kronor', mg=['barn', 'unga'], om=['kahog'], fv='bou',
             teaser='En närvarolots arbetade med elever i årskurs 4–9 på Kåhögsskolan som var mycket frånvarande och med deras vårdnadshavare.',
             changed='2024-08-27'),
}
VIEW_ORDER_P1 = [P4, P2, P1, P3]     # page 1 (sorted by last change)
VIEW_ORDER_P2 = [P6, P5]             # page 2: never served under replay


def fvname(k):
    return dict(FORV)[k]


def inv_node(p, body, extra_fields='', aside_facts=None):
    d = INV[p]
    nid = NID[p]
    mg = ''.join(f'<div class="field__item">{tag("malgrupp", k, dict(MALGRUPP)[k])}</div>' for k in d['mg'])
    om = ''.join(f'<div class="field__item">{tag("omrade", k, dict(OMRADE)[k])}</div>' for k in d['om'])
    facts = f'''              <div class="investering-fakta">
                <h2 class="investering-fakta__rubrik">Fakta</h2>
{field('status', 'Status', d['status'][1], 'list-string')}
{field('period', 'Projektperiod', d['period'], 'daterange')}
{field('belopp', 'Beviljat belopp', d['budget'], 'integer')}
{field('forvaltning', 'Ansvarig förvaltning', fvname(d['fv']), 'entity-reference')}
{extra_fields}
                <div class="field field--name-field-malgrupp-tagg field--type-entity-reference field--label-inline clearfix">
                  <div class="field__label">Kategori</div>
                  <div class="field__items">{mg}</div>
                </div>
                <div class="field field--name-field-omrade field--type-entity-reference field--label-inline clearfix">
                  <div class="field__label">Område</div>
                  <div class="field__items">{om}</div>
                </div>
              </div>'''
    return f'''            <article data-history-node-id="{nid}" class="node node--type-investering node--view-mode-full">
              <div class="node__content">
                <div class="field field--name-field-ingress field--type-string-long field--label-hidden field__item"><p class="lead">{d['teaser']}</p></div>
{facts}
                <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
                </div>
                <ul class="links inline node__links">
                  <li class="print-pdf"><a href="/print/pdf/node/{nid}" rel="nofollow">Skriv ut som PDF</a></li>
                  <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A//{H}{p}" rel="nofollow">Dela på Facebook</a></li>
                </ul>
              </div>
            </article>
{changed(d['changed'])}'''


INV_TRAIL = [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringsfonden', FUND),
             ('Sök bland sociala investeringar', VIEW)]


def inv_page(p, body, extra_fields='', contact=''):
    d = INV[p]
    aside = f'''{contact}
    <div class="block block-views block-views-blockrelaterade-investeringar-block-1">
      <h2 class="block__title">Mer om fonden</h2>
      <ul>
        <li><a href="{FUND}">Sociala investeringsfonden</a></li>
        <li><a href="{ALLA}">Alla investeringar</a></li>
      </ul>
    </div>'''
    return page(p, d['title'], inv_node(p, body, extra_fields), INV_TRAIL + [(d['title'], p)], KP, aside=aside,
                bundle='investering', desc=d['teaser'])


def p1():
    body = '''                  <h2>Bakgrund</h2>
                  <p>Språkutvecklingen under förskoleåren har stor betydelse för hur det går i skolan. I Furulund har många barn ett annat modersmål än svenska, och förskolornas egna kartläggningar visar att var tredje femåring behöver mer stöd i språket än förskolan hinner ge i dag.</p>
                  <h2>Så arbetar vi</h2>
                  <p>Två läspedagoger, sammanlagt 1,5 tjänst, arbetar i de fyra förskolorna i Furulund och i förskoleklassen på Furulundsskolan. De läser högt i små grupper, leker språklekar och visar personalen hur de kan arbeta vidare på egen hand. En gång i månaden bjuder biblioteket in föräldrar och barn till sagostund med bokutlåning på flera språk.</p>
                  <h2>Mål</h2>
                  <ul>
                    <li>Fler barn ska klara förskoleklassens kartläggning Hitta språket.</li>
                    <li>Färre elever ska behöva särskilt stöd i läsning i årskurs 1–3.</li>
                    <li>Personalen ska kunna fortsätta arbetssättet när projektet är slut.</li>
                  </ul>
                  <p>Projektet följs upp varje termin och utvärderas av Göteborgs universitet.</p>'''
    extra = field('samverkan', 'Samverkanspartner', 'Partille bibliotek, Familjecentralen Partille')
    return inv_page(P1, body, extra, contact_block('Maria Lindqvist', 'Projektledare, Barn- och utbildningsförvaltningen', '031-792 14 62', 'maria.lindqvist@partille.se'))


def p2():
    body = '''                  <h2>Om projektet</h2>
                  <p>Arbetsbron är ett projekt för unga vuxna mellan 18 och 29 år som varken arbetar eller studerar och som inte har kontakt med Arbetsförmedlingen. Varje deltagare får en egen coach som följer hen från första samtalet till anställning eller studier, i snitt under nio månader.</p>
                  <p>Coacherna samarbetar med ett fyrtiotal arbetsgivare i Partille och Göteborg om praktikplatser och introduktionsjobb. Deltagare som behöver det får också stöd av en arbetsterapeut och kan gå en kurs i vardagsekonomi.</p>
                  <h2>Finansiering</h2>
                  <p>Projektet kostar 2 000 000 kronor under två år, varav 1 600 000 kronor ur den sociala investeringsfonden och 400 000 kronor från Samordningsförbundet Insjöriket.</p>
                  <h2>Mål</h2>
                  <p>Minst 60 av de 90 deltagarna ska ha arbete eller studier ett halvår efter att de lämnat Arbetsbron. Om målet nås beräknas kommunen minska kostnaderna för ekonomiskt bistånd med omkring 3,5 miljoner kronor på fem år.</p>'''
    extra = (field('samverkan', 'Samverkanspartner', 'Arbetsförmedlingen, Samordningsförbundet Insjöriket') + '\n'
             + field('malgrupp', 'Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar') + '\n'
             + field('bemanning', 'Bemanning', 'Tre coacher på heltid'))
    return inv_page(P2, body, extra, contact_block('Ahmed Yusuf', 'Projektledare, Arbetsmarknadsenheten', '031-792 16 05', 'ahmed.yusuf@partille.se'))


def p3():
    body = '''                  <p>Föräldrakraft är en satsning från socialförvaltningen på föräldrar till barn i åldern 12–17 år i Öjersjö och Sävedalen. Föräldrarna träffas i grupper om högst tolv personer under åtta kvällar och pratar om tonårens utveckling, gränssättning, skärmtid, alkohol och droger. Gruppledarna är familjebehandlare från individ- och familjeomsorgen.</p>
                  <p>Tanken är att nå föräldrar tidigt, innan de själva söker stöd hos socialtjänsten. Grupperna marknadsförs genom skolorna, och efter avslutad grupp kan föräldrarna boka enskilda samtal.</p>
                  <h2>Tidsplan</h2>
                  <p>Satsningen pågår från september 2024 till och med augusti 2026. Under den tiden ska tolv föräldragrupper genomföras, sex i Öjersjö och sex i Sävedalen.</p>
                  <h2>Uppföljning</h2>
                  <p>Föräldrarna svarar på en enkät före och efter gruppen. Socialförvaltningen följer också hur många orosanmälningar som kommer in från de två skolområdena.</p>'''
    extra = (field('samverkan', 'Samverkanspartner', 'Öjersjö skola, Sävedalsskolan, Partille Fritid') + '\n'
             + field('malgrupp', 'Målgrupp', 'Föräldrar till barn 12–17 år'))
    return inv_page(P3, body, extra)


def p4():
    body = '''                  <p>Ungdomar i Sävedalen har länge saknat vuxna på kvällar och helger, när fritidsgården är stängd. Under 2024 ökade också oron för att unga rekryteras in i kriminalitet. Projektet Kvällsfältare i Sävedalen ska möta ungdomarna där de är.</p>
                  <h2>Så arbetar fältarna</h2>
                  <p>Två fältassistenter arbetar fredag och lördag klockan 18–02 och en vardagskväll i veckan. De rör sig i centrum, vid idrottsplatsen och i bostadsområdena, samtalar med ungdomarna och hjälper dem vidare till fritidsgården, föreningar eller stöd från socialtjänsten. Fältarna samverkar med polisen och med bostadsbolaget Partillebo genom en gemensam lägesbild varje måndag.</p>
                  <h2>Mål och uppföljning</h2>
                  <p>Projektet ska leda till att fler ungdomar i åldern 13–18 år har en meningsfull fritid och att färre hamnar i riskmiljöer. Kultur- och fritidsförvaltningen följer upp antalet kontakter, hänvisningar och upplevd trygghet i Sävedalen.</p>'''
    extra = (field('samverkan', 'Samverkanspartner', 'Polisen, Partillebo, Socialförvaltningen') + '\n'
             + field('malgrupp', 'Målgrupp', 'Ungdomar 13–18 år') + '\n'
             + field('bemanning', 'Bemanning', 'Två fältassistenter'))
    return inv_page(P4, body, extra, contact_block('Jonas Berg', 'Enhetschef fritid, Kultur- och fritidsförvaltningen', '031-792 18 30', 'jonas.berg@partille.se'))


def p5():
    body = '''                  <p><strong>Projektet är avslutat.</strong></p>
                  <p>Mötesplats för seniorer i Jonsered var ett projekt för äldre som bor hemma och känner sig ensamma. Vård- och omsorgsförvaltningen öppnade en mötesplats i Jonsereds folkets hus med öppna träffar två eftermiddagar i veckan: fika, föreläsningar, promenader och datorhjälp. Hemtjänsten och biståndshandläggarna tipsade äldre om träffarna.</p>
                  <h2>Resultat</h2>
                  <p>Under projekttiden kom 85 personer till träffarna minst en gång, och omkring 30 kom varje vecka. I enkäten svarade sju av tio att de kände sig mindre ensamma. Antalet larm från hemtjänsten för ensamhet och oro minskade.</p>
                  <h2>Efter projektet</h2>
                  <p>Sedan januari 2024 drivs träffarna vidare av PRO Jonsered med ett mindre föreningsbidrag från kommunen.</p>'''
    extra = (field('samverkan', 'Samverkanspartner', 'PRO Jonsered, Jonsereds folkets hus') + '\n'
             + field('malgrupp', 'Målgrupp', 'Personer över 70 år som bor i eget boende'))
    return inv_page(P5, body, extra)


def p6():
    body = '''                  <p><strong>Projektet avslutades den 30 juni 2024.</strong></p>
                  <p>Närvarolotsen i Kåhög var ett projekt på Kåhögsskolan för elever i årskurs 4–9 med hög frånvaro. En närvarolots på heltid tog kontakt med eleven och vårdnadshavarna redan efter fem dagars frånvaro under en termin, gjorde hembesök och tog fram en plan för återgång tillsammans med elevhälsan.</p>
                  <h2>Resultat</h2>
                  <p>Andelen elever med mer än 20 procent frånvaro sjönk från 9 till 5 procent under projekttiden. Projektet utvärderades av FoU i Väst.</p>
                  <p>Efter projekttiden har barn- och utbildningsförvaltningen tagit med arbetssättet i skolornas gemensamma rutin för närvaro.</p>'''
    extra = (field('samverkan', 'Samverkanspartner', 'Elevhälsan, Socialförvaltningen') + '\n'
             + field('malgrupp', 'Målgrupp', 'Elever i årskurs 4–9 med hög frånvaro') + '\n'
             + field('bemanning', 'Bemanning', 'En närvarolots på heltid'))
    return inv_page(P6, body, extra)


# --------------------------------------------------------------------------------------------- the faceted view
def bef(param, title, options, all_label='Alla'):
    lis = [f'<li><a href="{VIEW}?{param}=All" class="bef-link bef-link--selected">{all_label}</a></li>']
    for key, label in options:
        lis.append(f'<li><a href="{VIEW}?{param}={key}" class="bef-link" id="edit-{param}-{key}" name="{param}[{key}]">{label}</a></li>')
    return f'''              <fieldset class="js-form-item form-item js-form-wrapper form-wrapper bef-links-fieldset" id="edit-{param}--wrapper">
                <legend><span class="fieldset-legend">{title}</span></legend>
                <div class="fieldset-wrapper">
                  <div class="form-item js-form-type-select bef-links" data-drupal-selector="edit-{param}" id="edit-{param}" name="{param}">
                    <ul>{''.join(lis)}</ul>
                  </div>
                </div>
              </fieldset>'''


def view_row(p):
    d = INV[p]
    tags = ' '.join(tag('malgrupp', k, dict(MALGRUPP)[k]) for k in d['mg']) + ' ' + \
        ' '.join(tag('omrade', k, dict(OMRADE)[k]) for k in d['om'])
    return f'''                <div class="views-row">
                  <article class="node node--type-investering node--view-mode-teaser" data-history-node-id="{NID[p]}">
                    <h2 class="node__title"><a href="{p}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{d['title']}</span></a></h2>
                    <div class="node__meta"><span class="badge badge--{d['status'][0]}">{d['status'][1]}</span> <span class="period">{d['period']}</span></div>
                    <div class="field field--name-field-ingress field--type-string-long field--label-hidden field__item">{d['teaser']}</div>
                    <div class="node__tags">{tags}</div>
                  </article>
                </div>'''


def view():
    statuses = [('pagaende', 'Pågående (4)'), ('avslutad', 'Avslutade (2)')]
    exposed = f'''            <div class="views-exposed-form bef-exposed-form" data-drupal-selector="views-exposed-form-investeringar-page-1">
              <form action="{VIEW}" method="get" id="views-exposed-form-investeringar-page-1" accept-charset="UTF-8">
                <div class="js-form-item form-item js-form-type-textfield form-item-sok js-form-item-sok">
                  <label for="edit-sok">Sök på ord</label>
                  <input data-drupal-selector="edit-sok" type="text" id="edit-sok" name="sok" value="" size="30" maxlength="128" class="form-text">
                </div>
{bef('status', 'Status', statuses)}
{bef('malgrupp', 'Målgrupp', MALGRUPP)}
{bef('omrade', 'Område', OMRADE, 'Alla områden')}
{bef('start', 'Startår', [(y, y) for y in START], 'Alla år')}
{bef('forvaltning', 'Ansvarig förvaltning', FORV)}
                <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit-investeringar" type="submit" id="edit-submit-investeringar" value="Filtrera" class="button js-form-submit form-submit"><a href="{VIEW}" class="button button--reset">Rensa filter</a></div>
              </form>
            </div>'''
    sort = f'''              <div class="view-sort">
                <span>Sortera:</span>
                <a href="{VIEW}{esc(SORTS[2])}" class="is-active">Senast uppdaterad</a>
                <a href="{VIEW}{esc(SORTS[0])}">Namn A–Ö</a>
                <a href="{VIEW}{esc(SORTS[1])}">Startdatum</a>
              </div>'''
    rows = '\n'.join(view_row(p) for p in VIEW_ORDER_P1)
    pager = f'''              <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
                <h4 id="pagination-heading" class="visually-hidden">Sidnumrering</h4>
                <ul class="pager__items js-pager__items">
                  <li class="pager__item is-active"><a href="?page=0" title="Nuvarande sida" aria-current="page"><span class="visually-hidden">Nuvarande sida</span>1</a></li>
                  <li class="pager__item"><a href="?page=1" title="Gå till sida 2"><span class="visually-hidden">Sida</span>2</a></li>
                  <li class="pager__item pager__item--next"><a href="?page=1" title="Gå till nästa sida" rel="next"><span class="visually-hidden">Nästa sida</span><span aria-hidden="true">Nästa ›</span></a></li>
                  <li class="pager__item pager__item--last"><a href="?page=1" title="Gå till sista sidan"><span class="visually-hidden">Sista sidan</span><span aria-hidden="true">Sista »</span></a></li>
                </ul>
              </nav>'''
    content = f'''            <div class="views-element-container"><div class="view view-investeringar view-id-investeringar view-display-id-page_1 js-view-dom-id-{hexid('viewdom', 64)}">
              <div class="view-header">
                <p>Här kan du söka och filtrera bland de sociala investeringar som har fått pengar ur Partille kommuns sociala investeringsfond. Vill du se alla på en gång? <a href="{ALLA}">Visa alla investeringar i en lista</a>.</p>
                <p class="view-result-summary">Visar 1–4 av 6 investeringar</p>
              </div>
{sort}
              <div class="view-content">
{rows}
              </div>
{pager}
              <div class="feed-icons"><a href="{EXPORT}" class="csv-feed views-data-export-feed" rel="nofollow">Ladda ner som CSV</a></div>
            </div></div>'''
    return page(VIEW, 'Sök bland sociala investeringar', content,
                [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringsfonden', FUND),
                 ('Sök bland sociala investeringar', VIEW)], KP, sidebar=exposed,
                desc='Sök och filtrera bland investeringarna ur Partille kommuns sociala investeringsfond.')


# --------------------------------------------------------------------------------------------- fund pages
def fund_page(path, title, inner, ingress='', contact='', date='2025-09-30'):
    trail = [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringsfonden', FUND)]
    if path != FUND:
        trail = trail + [(title, path)]
    content = node_article(NID.get(path, 300), 'page', inner, ingress) + '\n' + changed(date)
    return page(path, title, content, trail, KP, sidebar=fund_menu(path), aside=contact)


def fund():
    inner = f'''                  <h2>Vad är en social investering?</h2>
                  <p>En social investering är en satsning som görs tidigt, för att förebygga att barn, unga eller vuxna får problem som är svåra och dyra att vända längre fram. Det kan handla om att fler elever ska klara skolan, att unga vuxna ska komma i arbete eller att äldre ska slippa ofrivillig ensamhet.</p>
                  <h2>Så fungerar fonden</h2>
                  <p>Kommunfullmäktige inrättade fonden 2020 med 15 miljoner kronor av tidigare års överskott. Förvaltningarna kan söka pengar för att pröva ett nytt arbetssätt under högst tre år. Kommunstyrelsen beslutar om ansökningarna, och en investering som ger effekt ska bli en del av den ordinarie verksamheten när tiden är slut.</p>
                  <h2>Fonden i siffror</h2>
                  <ul>
                    <li>Avsatt sedan 2020: 21 000 000 kronor</li>
                    <li>Beviljat hittills: 8 370 000 kronor</li>
                    <li>Kvar att söka: 12 630 000 kronor</li>
                  </ul>
                  <h2>Investeringarna</h2>
                  <p>Sex investeringar har fått pengar ur fonden. <a href="{VIEW}">Sök och filtrera bland investeringarna</a> eller <a href="{ALLA}">se alla investeringar i en lista</a>.</p>
                  <h2>Läs mer</h2>
                  <ul>
                    <li><a href="{SOKA}">Så söker ni medel</a></li>
                    <li><a href="{RIKT}">Riktlinjer för den sociala investeringsfonden</a></li>
                    <li><a href="{UPPF}">Uppföljning 2024</a></li>
                  </ul>'''
    return fund_page(FUND, 'Sociala investeringsfonden', inner,
                     'Partille kommun har en fond för sociala investeringar. Pengarna går till förebyggande arbete som ska ge bättre livsvillkor och minska kommunens kostnader på sikt.',
                     contact_block('Sara Holm', 'Utvecklingsledare social hållbarhet, Kommunledningskontoret', '031-792 10 47', 'sara.holm@partille.se'))


def soka():
    inner = f'''                  <h2>Vem kan söka?</h2>
                  <p>Kommunens förvaltningar kan söka, ensamma eller tillsammans. Föreningar, Västra Götalandsregionen och Polisen kan vara samverkansparter men kan inte söka själva.</p>
                  <h2>Vad kan man söka pengar till?</h2>
                  <p>Ett nytt arbetssätt som förebygger problem hos barn, unga eller vuxna och som går att följa upp med mätbara mål. Man kan inte söka pengar för ordinarie verksamhet, lokaler eller inventarier.</p>
                  <h2>Hur mycket kan man söka?</h2>
                  <p>Högst 2 500 000 kronor för en period av högst tre år. Den sökande förvaltningen ska själv stå för minst 20 procent av kostnaden, i pengar eller arbetstid.</p>
                  <h2>Så går ansökan till</h2>
                  <ol>
                    <li>Kontakta utvecklingsledaren för social hållbarhet och berätta om er idé.</li>
                    <li>Fyll i ansökningsmallen och gör en enkel kalkyl tillsammans med en ekonom.</li>
                    <li>Lämna ansökan senast den 1 mars eller den 1 oktober.</li>
                    <li>Kommunstyrelsen beslutar inom två månader.</li>
                  </ol>
                  <p>Läs också <a href="{RIKT}">riktlinjerna för fonden</a>.</p>'''
    return fund_page(SOKA, 'Så söker ni medel', inner, 'Så går det till att söka pengar ur den sociala investeringsfonden.')


def riktlinjer():
    inner = '''                  <p>Riktlinjerna antogs av kommunfullmäktige den 11 juni 2020, § 58, och ändrades den 14 december 2023, § 112.</p>
                  <h2>1. Syfte</h2>
                  <p>Fonden ska ge förvaltningarna möjlighet att pröva förebyggande arbetssätt som på sikt ger bättre livsvillkor för invånarna och lägre kostnader för kommunen.</p>
                  <h2>2. Villkor för att få medel</h2>
                  <ul>
                    <li>Insatsen ska vara förebyggande och riktas till en tydlig målgrupp.</li>
                    <li>Insatsen ska vara tidsbegränsad till högst tre år.</li>
                    <li>Insatsen ska ha mätbara mål och en plan för uppföljning.</li>
                    <li>Förvaltningen ska redovisa hur arbetssättet kan bli ordinarie verksamhet.</li>
                  </ul>
                  <h2>3. Återbetalning</h2>
                  <p>Om insatsen leder till lägre kostnader ska förvaltningen betala tillbaka hälften av de beviljade medlen till fonden inom fem år efter att insatsen avslutats.</p>
                  <h2>4. Uppföljning</h2>
                  <p>Förvaltningen redovisar resultat till kommunstyrelsen en gång om året och lämnar en slutrapport senast sex månader efter att insatsen avslutats.</p>'''
    return fund_page(RIKT, 'Riktlinjer för den sociala investeringsfonden', inner,
                     'Kommunfullmäktige har beslutat om riktlinjer för hur pengarna i fonden får användas.')


def alla():
    rows = []
    for p in PROJECTS:
        d = INV[p]
        rows.append(f'''                      <tr>
                        <td><a href="{p}">{d['title']}</a></td>
                        <td>{fvname(d['fv'])}</td>
                        <td>{d['period']}</td>
                        <td>{d['status'][1]}</td>
                      </tr>''')
    inner = f'''                  <p>Här är alla investeringar som har fått pengar ur den sociala investeringsfonden sedan starten 2020. Du kan också <a href="{VIEW}">söka och filtrera bland investeringarna</a>.</p>
                  <table>
                    <caption>Investeringar ur den sociala investeringsfonden</caption>
                    <thead>
                      <tr><th scope="col">Investering</th><th scope="col">Förvaltning</th><th scope="col">Period</th><th scope="col">Status</th></tr>
                    </thead>
                    <tbody>
{chr(10).join(rows)}
                    </tbody>
                  </table>'''
    return fund_page(ALLA, 'Alla investeringar', inner, date='2025-10-21')


def uppfoljning():
    inner = '''                  <p>Varje år sammanställer kommunledningskontoret hur det går för fonden och för de investeringar som har fått pengar. Sammanställningen redovisades för kommunstyrelsen den 4 mars 2025.</p>
                  <h2>Fonden år för år</h2>
                  <table>
                    <thead><tr><th>Beslutsår</th><th>Ansökningar</th><th>Beviljade</th><th>Beviljat belopp (kr)</th></tr></thead>
                    <tbody>
                      <tr><td>2021</td><td>5</td><td>2</td><td>2 440 000</td></tr>
                      <tr><td>2022</td><td>3</td><td>0</td><td>0</td></tr>
                      <tr><td>2023</td><td>2</td><td>0</td><td>0</td></tr>
                      <tr><td>2024</td><td>7</td><td>4</td><td>5 930 000</td></tr>
                    </tbody>
                  </table>
                  <h2>De viktigaste resultaten</h2>
                  <p>De två avslutade investeringarna nådde sina mål. Båda arbetssätten finns kvar, det ena i föreningsregi och det andra i skolornas närvarorutin. Återbetalningen till fonden uppgår hittills till 450 000 kronor.</p>
                  <h2>Lärdomar</h2>
                  <p>Investeringar som planeras tillsammans med en ekonom från början är lättare att följa upp. Kommunledningskontoret erbjuder därför stöd med kalkylen redan i idéstadiet.</p>'''
    return fund_page(UPPF, 'Uppföljning 2024', inner, 'Så gick det för den sociala investeringsfonden under 2024.', date='2025-03-10')


def strat():
    inner = f'''                  <p>Programmet för social hållbarhet antogs av kommunfullmäktige i februari 2023 och gäller till och med 2030. Det pekar ut fyra fokusområden för kommunens arbete.</p>
                  <h2>Fokusområden</h2>
                  <ol>
                    <li>Goda uppväxtvillkor för alla barn</li>
                    <li>Fler i arbete och studier</li>
                    <li>Trygga och levande bostadsområden</li>
                    <li>Ett gott åldrande</li>
                  </ol>
                  <p>Programmet följs upp i en årlig välfärdsredovisning. Ett av verktygen för att nå målen är den <a href="{FUND}">sociala investeringsfonden</a>.</p>'''
    content = node_article(NID[STRAT], 'page', inner, 'Så ska Partille bli en socialt hållbar kommun.') + '\n' + changed('2024-11-05')
    return page(STRAT, 'Program för social hållbarhet 2023–2030', content,
                [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Program för social hållbarhet 2023–2030', STRAT)], KP,
                sidebar=sh_menu(STRAT))


def social_hallbarhet():
    inner = f'''                  <p>Social hållbarhet handlar om att alla invånare ska ha goda och jämlika livsvillkor. Partille kommun arbetar med det utifrån ett program som gäller hela kommunen.</p>
                  <ul class="cards">
                    <li class="card"><h2><a href="{STRAT}">Program för social hållbarhet</a></h2><p>Kommunens program för 2023–2030 och dess fyra fokusområden.</p></li>
                    <li class="card"><h2><a href="{FUND}">Sociala investeringsfonden</a></h2><p>Pengar till förebyggande arbete för barn, unga och vuxna.</p></li>
                    <li class="card"><h2><a href="/kommun-och-politik/social-hallbarhet/valfardsredovisning">Välfärdsredovisning</a></h2><p>Statistik om livsvillkoren i Partille.</p></li>
                  </ul>'''
    content = node_article(NID[SH], 'page', inner)
    return page(SH, 'Social hållbarhet', content, [('Kommun och politik', KP), ('Social hållbarhet', SH)], KP,
                sidebar=sh_menu(SH))


def kommun_och_politik():
    inner = f'''                  <ul class="cards">
                    <li class="card"><h2><a href="/kommun-och-politik/politik-och-demokrati">Politik och demokrati</a></h2><p>Kommunfullmäktige, nämnder och protokoll.</p></li>
                    <li class="card"><h2><a href="/kommun-och-politik/ekonomi">Ekonomi</a></h2><p>Budget, årsredovisning och skattesats.</p></li>
                    <li class="card"><h2><a href="{SH}">Social hållbarhet</a></h2><p>Program, välfärdsredovisning och den sociala investeringsfonden.</p></li>
                    <li class="card"><h2><a href="/kommun-och-politik/organisation">Kommunens organisation</a></h2><p>Förvaltningar och bolag.</p></li>
                  </ul>'''
    return page(KP, 'Kommun och politik', node_article(NID[KP], 'page', inner, 'Så styrs Partille kommun och så kan du påverka.'),
                [('Kommun och politik', KP)], KP)


# --------------------------------------------------------------------------------------------- elsewhere on the site
def start():
    news = [(N_FUND, 'Kommunfullmäktige fyller på sociala investeringsfonden', '2025-10-16'),
            (N_LEK, 'Nya lekplatsen i Ugglum är klar', '2025-10-03'),
            (N_VAT, 'Vattenavstängning i Sävedalen', '2025-09-29')]
    lis = ''.join(f'''
                <div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h3><a href="{h}">{t}</a></h3><time datetime="{d}">{d}</time></article></div>''' for h, t, d in news)
    content = f'''            <div class="hero"><p class="lead">Välkommen till Partille kommun. Här hittar du information om kommunens service, förskola och skola, omsorg, fritid och hur du kan påverka.</p></div>
            <div class="block block-popular-searches">
              <h2>Populära sökningar</h2>
              <ul>
                <li><a href="{SEARCH}{SEARCHES[0]}">Bygglov</a></li>
                <li><a href="{SEARCH}{SEARCHES[1]}">Skolval</a></li>
                <li><a href="{SEARCH}{SEARCHES[2]}">Lediga jobb</a></li>
              </ul>
            </div>
            <div class="block block-genvagar">
              <ul class="cards">
                <li class="card"><a href="/barn-och-utbildning/forskola">Förskola</a></li>
                <li class="card"><a href="{OS}">Omsorg och stöd</a></li>
                <li class="card"><a href="{JOBS}">Lediga jobb</a></li>
                <li class="card"><a href="{EVS}">Evenemang</a></li>
              </ul>
            </div>
            <div class="views-element-container block block-views"><h2>Nyheter</h2>
              <div class="view view-nyheter view-display-id-block_1">{lis}
              </div>
              <a href="{NYH}" class="button">Fler nyheter</a>
            </div>'''
    return page('/', 'Startsida', content, front=True, nid=1, head_extra=f'\n<link rel="alternate" type="application/rss+xml" title="Nyheter från Partille kommun" href="https://{H}/rss.xml">')


def article(path, title, date, ingress, inner, nid):
    content = f'''            <article data-history-node-id="{nid}" class="node node--type-article node--view-mode-full">
              <div class="node__meta"><span class="node__type">Nyhet</span> <time datetime="{date}">{date}</time></div>
              <div class="node__content">
                <div class="field field--name-field-ingress field--type-string-long field--label-hidden field__item"><p class="lead">{ingress}</p></div>
                <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{inner}
                </div>
              </div>
            </article>'''
    return page(path, title, content, [('Nyheter', NYH), (title, path)], None, nid=nid, bundle='article')


def news_fund():
    inner = f'''                  <p>Fonden inrättades 2020 och har sedan dess finansierat sex investeringar. Med beslutet i kommunfullmäktige den 9 oktober tillförs fonden sex miljoner kronor av 2024 års överskott, och det finns nu drygt tolv miljoner kronor att söka.</p>
                  <p>– Förebyggande arbete lönar sig, både för de människor som berörs och för kommunens ekonomi. Därför vill vi att förvaltningarna ska våga pröva nya arbetssätt, säger kommunstyrelsens ordförande.</p>
                  <p>Nästa ansökningsomgång stänger den 1 mars 2026. <a href="{SOKA}">Så söker ni medel</a>.</p>'''
    return article(N_FUND, 'Kommunfullmäktige fyller på sociala investeringsfonden', '2025-10-16',
                   'Sex miljoner kronor till – nu kan förvaltningarna söka pengar för nya förebyggande arbetssätt.', inner, 541)


def news_p5():
    inner = '''                  <p>Under projekttiden från hösten 2021 till december 2023 kom 85 äldre till träffarna i Jonsereds folkets hus, och sju av tio säger att de känner sig mindre ensamma. Från januari tar PRO Jonsered över träffarna.</p>
                  <p>– Det här visar att en liten satsning kan göra stor skillnad. Nu ser vi till att träffarna lever vidare, säger verksamhetschefen på vård- och omsorgsförvaltningen.</p>
                  <p><a href="/node/388">Läs mer om projektet Mötesplats för seniorer i Jonsered</a></p>'''
    return article(N_P5, 'Seniorträffarna i Jonsered lever vidare', '2024-01-15',
                   'Projektet Mötesplats för seniorer i Jonsered är avslutat, men träffarna fortsätter i föreningens regi.', inner, 502)


def news_plain(path, title, date, ingress, text, nid):
    return article(path, title, date, ingress, f'                  <p>{text}</p>', nid)


def nyheter():
    items = [(N_FUND, 'Kommunfullmäktige fyller på sociala investeringsfonden', '2025-10-16'),
             (N_LEK, 'Nya lekplatsen i Ugglum är klar', '2025-10-03'),
             (N_VAT, 'Vattenavstängning i Sävedalen', '2025-09-29'),
             (N_P5, 'Seniorträffarna i Jonsered lever vidare', '2024-01-15')]
    rows = ''.join(f'''
                <div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="{h}">{t}</a></h2><time datetime="{d}">{d}</time></article></div>''' for h, t, d in items)
    content = f'''            <div class="view view-nyheter view-display-id-page_1">{rows}
            </div>'''
    return page(NYH, 'Nyheter', content, [('Nyheter', NYH)], None, nid=40)


def evenemang():
    content = f'''            <div class="view view-evenemang view-display-id-page_1">
              <div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h2><a href="{EV}">Frukostseminarium: Vad har sociala investeringar gett?</a></h2><p>20 november 2025, Partille kulturhus</p></article></div>
              <div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h2><a href="/evenemang/julmarknad-i-jonsered">Julmarknad i Jonsered</a></h2><p>30 november 2025, Jonsereds herrgård</p></article></div>
            </div>
            <p><a href="{KAL}">Visa kalendern</a> · <a href="{KAL}{KAL_Q}" rel="nofollow">Evenemang den 20 november</a></p>'''
    return page(EVS, 'Evenemang', content, [('Evenemang', EVS)], None, nid=41)


def event():
    inner = f'''                  <p>Sedan 2020 har Partille kommun investerat drygt åtta miljoner kronor i förebyggande arbete genom den sociala investeringsfonden. Vad har det gett? På seminariet berättar projektledarna för Tidig läsning i Furulund och Arbetsbron om sina erfarenheter, och en forskare från Göteborgs universitet pratar om hur man mäter effekter av förebyggande arbete.</p>
                  <h2>Praktisk information</h2>
                  <table class="event-facts">
                    <tbody>
                      <tr><th scope="row">Datum</th><td>Torsdag 20 november 2025</td></tr>
                      <tr><th scope="row">Tid</th><td>07.30–09.30, frukost från 07.15</td></tr>
                      <tr><th scope="row">Plats</th><td>Partille kulturhus, Stora salen</td></tr>
                      <tr><th scope="row">Kostnad</th><td>Kostnadsfritt</td></tr>
                      <tr><th scope="row">Sista anmälningsdag</th><td>13 november 2025</td></tr>
                      <tr><th scope="row">Anmälan</th><td><a href="https://e-tjanster.partille.se/anmalan/frukostseminarium">Anmäl dig här</a></td></tr>
                      <tr><th scope="row">Arrangör</th><td>Kommunledningskontoret, Partille kommun</td></tr>
                    </tbody>
                  </table>
                  <p><a href="{P1}">Tidig läsning i Furulund</a> · <a href="{P2}">Arbetsbron</a></p>'''
    content = f'''            <article data-history-node-id="{EV_NID}" class="node node--type-event node--view-mode-full">
              <div class="node__content">
                <div class="field field--name-field-ingress field--type-string-long field--label-hidden field__item"><p class="lead">Välkommen på frukostseminarium om kommunens sociala investeringar.</p></div>
                <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{inner}
                </div>
              </div>
            </article>'''
    return page(EV, 'Frukostseminarium: Vad har sociala investeringar gett?', content,
                [('Evenemang', EVS), ('Frukostseminarium: Vad har sociala investeringar gett?', EV)], None,
                nid=EV_NID, bundle='event', tabs_nid=EV_NID)


def jobs():
    content = f'''            <div class="view view-lediga-jobb">
              <div class="views-row"><h2><a href="{JOB}">Arbetsmarknadskonsulent till Arbetsbron</a></h2><p>Arbetsmarknadsenheten · Sista ansökningsdag 2025-11-16</p></div>
              <div class="views-row"><h2><a href="/jobba-hos-oss/lediga-jobb/forskollarare-till-ojersjo-forskola">Förskollärare till Öjersjö förskola</a></h2><p>Barn- och utbildningsförvaltningen · Sista ansökningsdag 2025-11-09</p></div>
            </div>
            <p>Alla lediga jobb finns också på <a href="https://partille.varbi.com/">partille.varbi.com</a>.</p>'''
    return page(JOBS, 'Lediga jobb', content, [('Jobba hos oss', '/jobba-hos-oss'), ('Lediga jobb', JOBS)], None, nid=44)


def job():
    inner = f'''                  <p>Vill du hjälpa unga vuxna att hitta vägen till jobb eller studier? Vi söker en arbetsmarknadskonsulent till <a href="{P2}">Arbetsbron</a>, ett projekt som finansieras av kommunens sociala investeringsfond och Samordningsförbundet Insjöriket.</p>
                  <h2>Om tjänsten</h2>
                  <p>Du coachar deltagare mellan 18 och 29 år, hittar praktikplatser hos arbetsgivare och samarbetar med Arbetsförmedlingen och socialtjänsten.</p>
                  <h2>Kvalifikationer</h2>
                  <p>Du har en högskoleutbildning inom beteendevetenskap, socialt arbete eller motsvarande och erfarenhet av att arbeta med unga vuxna.</p>
                  <ul class="job-facts">
                    <li><strong>Anställningsform:</strong> Visstidsanställning till och med 2026-12-31</li>
                    <li><strong>Omfattning:</strong> Heltid</li>
                    <li><strong>Tillträde:</strong> Enligt överenskommelse</li>
                    <li><strong>Sista ansökningsdag:</strong> 2025-11-16</li>
                  </ul>
                  <p><a href="https://partille.varbi.com/what:job/jobID:{hexid('job', 6)}">Ansök via Varbi</a></p>'''
    content = node_article(560, 'jobb', inner, 'Arbetsmarknadsenheten söker en arbetsmarknadskonsulent för en visstidsanställning.')
    return page(JOB, 'Arbetsmarknadskonsulent till Arbetsbron', content,
                [('Jobba hos oss', '/jobba-hos-oss'), ('Lediga jobb', JOBS), ('Arbetsmarknadskonsulent till Arbetsbron', JOB)], None,
                nid=560, bundle='jobb')


def omsorg():
    inner = f'''                  <ul class="cards">
                    <li class="card"><h2><a href="{BOF}">Barn och familj</a></h2><p>Stöd till barn, unga och föräldrar.</p></li>
                    <li class="card"><h2><a href="/omsorg-och-stod/aldreomsorg">Äldreomsorg</a></h2><p>Hemtjänst, särskilt boende och träffpunkter.</p></li>
                    <li class="card"><h2><a href="/omsorg-och-stod/ekonomiskt-bistand">Ekonomiskt bistånd</a></h2><p>Försörjningsstöd och budgetrådgivning.</p></li>
                  </ul>'''
    return page(OS, 'Omsorg och stöd', node_article(60, 'page', inner), [('Omsorg och stöd', OS)], OS, nid=60)


def barn_och_familj():
    inner = f'''                  <ul class="cards">
                    <li class="card"><h2><a href="{SERVICE}">Familjecentralen Partille</a></h2><p>Mödra- och barnhälsovård, öppen förskola och socialtjänstens rådgivning under samma tak.</p></li>
                    <li class="card"><h2><a href="/omsorg-och-stod/barn-och-familj/orosanmalan">Orosanmälan</a></h2><p>Så gör du om du är orolig för ett barn.</p></li>
                    <li class="card"><h2><a href="/omsorg-och-stod/barn-och-familj/foraldrastod">Föräldrastöd</a></h2><p>Kurser och samtal för föräldrar.</p></li>
                  </ul>'''
    return page(BOF, 'Barn och familj', node_article(61, 'page', inner), [('Omsorg och stöd', OS), ('Barn och familj', BOF)], OS, nid=61)


def service():
    inner = f'''                  <p>På Familjecentralen Partille finns barnavårdscentral, mödravårdscentral, öppen förskola och socialtjänstens förebyggande rådgivning. Hit kan du komma med ditt barn från graviditeten tills barnet börjar förskoleklass.</p>
                  <h2>Öppettider</h2>
                  <p>Öppna förskolan har öppet måndag–torsdag klockan 9–15. Barnavårdscentralen tar emot bokade besök vardagar klockan 8–16.</p>
                  <h2>Historik</h2>
                  <p>Familjecentralen startade 2018 som en social investering med pengar ur kommunens tidigare utvecklingsfond. Sedan januari 2021 är familjecentralen en del av den ordinarie verksamheten, och den drivs gemensamt av Partille kommun och Västra Götalandsregionen.</p>
                  <p>Adress: Gamla Kronvägen 58, Partille. Telefon 031-792 11 90.</p>'''
    return page(SERVICE, 'Familjecentralen Partille', node_article(62, 'page', inner, 'En mötesplats för blivande föräldrar och familjer med barn 0–6 år.'),
                [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Familjecentralen Partille', SERVICE)], OS, nid=62)


def furniture(path, title, inner, trail, nid):
    return page(path, title, node_article(nid, 'page', inner), trail, None, nid=nid)


def robots():
    return f'''#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
# Partille kommun (added 2024-05)
Disallow: /sok
Disallow: /node/*/edit
Disallow: /node/*/revisions
Disallow: /node/*/delete
Disallow: /print/
Disallow: /*sort_by=
Disallow: /*/export.csv
Disallow: /evenemang/kalender
Crawl-delay: 2

Sitemap: https://{H}/sitemap.xml
'''


def build():
    pages = {
        '/': start(), KP: kommun_och_politik(), SH: social_hallbarhet(), STRAT: strat(), FUND: fund(), SOKA: soka(),
        RIKT: riktlinjer(), ALLA: alla(), UPPF: uppfoljning(), VIEW: view(),
        P1: p1(), P2: p2(), P3: p3(), P4: p4(), P5: p5(), P6: p6(),
        NYH: nyheter(), N_FUND: news_fund(), N_P5: news_p5(),
        N_LEK: news_plain(N_LEK, 'Nya lekplatsen i Ugglum är klar', '2025-10-03', 'Nu kan barnen i Ugglum leka på den nya lekplatsen vid Ugglumsskolan.',
                          'Lekplatsen har gungor, en klätterställning och en sandlåda som är tillgänglig för barn som använder rullstol. Den har kostat 1,8 miljoner kronor.', 545),
        N_VAT: news_plain(N_VAT, 'Vattenavstängning i Sävedalen', '2025-09-29', 'På tisdag stängs vattnet av på Sävedalsvägen mellan klockan 9 och 14.',
                          'Vi byter en ventil i ledningsnätet. Tappa upp vatten innan avstängningen. En vattentank står vid Sävedalens centrum.', 543),
        EVS: evenemang(), EV: event(), JOBS: jobs(), JOB: job(), OS: omsorg(), BOF: barn_och_familj(), SERVICE: service(),
        KONTAKT: furniture(KONTAKT, 'Kontakta oss', '                  <p>Kontaktcenter svarar på frågor vardagar klockan 8–16 på telefon 031-792 10 00 eller e-post <a href="mailto:kontaktcenter@partille.se">kontaktcenter@partille.se</a>.</p>',
                           [('Kontakta oss', KONTAKT)], 21),
        OMW: furniture(OMW, 'Om webbplatsen', f'                  <p>partille.se drivs av kommunikationsavdelningen.</p>\n                  <ul><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li></ul>',
                       [('Om webbplatsen', OMW)], 22),
        KAKOR: furniture(KAKOR, 'Kakor', '''                  <table><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
                    <tbody><tr><td>SSESS…</td><td>Inloggning för redaktörer</td><td>Sessionen</td></tr>
                    <tr><td>cookie-agreed</td><td>Sparar ditt val om kakor</td><td>100 dagar</td></tr>
                    <tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr></tbody></table>''',
                         [('Om webbplatsen', OMW), ('Kakor', KAKOR)], 23),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', '                  <p>Partille kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p>',
                         [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)], 24),
    }
    for p, h in pages.items():
        write(H, p, h)
    # Drupal answers /node/<nid> with the node itself (no redirect module): the same page, canonical = alias.
    for p in PROJECTS:
        write(H, '/node/%d' % NID[p], pages[p])
    write(H, '/robots.txt', robots())
    items = ''.join(f'''
    <item>
      <title>{t}</title>
      <link>https://{H}{p}</link>
      <pubDate>{d}</pubDate>
      <dc:creator>Kommunikationsavdelningen</dc:creator>
      <guid isPermaLink="false">{n} at https://{H}</guid>
    </item>''' for p, t, d, n in [(N_FUND, 'Kommunfullmäktige fyller på sociala investeringsfonden', 'Thu, 16 Oct 2025 10:00:00 +0200', 541),
                                (N_LEK, 'Nya lekplatsen i Ugglum är klar', 'Fri, 03 Oct 2025 09:30:00 +0200', 545),
                                (N_VAT, 'Vattenavstängning i Sävedalen', 'Mon, 29 Sep 2025 14:10:00 +0200', 543)])
    write(H, '/rss.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://{H}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Partille kommun</title>
    <link>https://{H}/</link>
    <description>Nyheter från Partille kommun</description>
    <language>sv</language>
    <atom:link href="https://{H}/rss.xml" rel="self" type="application/rss+xml"/>{items}
  </channel>
</rss>
''')
    # Simple XML Sitemap: bundles page, article, event and the view; NOT 'investering'.
    rows = []
    for p in pages:
        if p in PROJECTS:
            continue
        lm = {N_P5: '2024-01-15', UPPF: '2025-03-10'}.get(p, '2025-10-21')
        pr = '1.0' if p == '/' else '0.5'
        rows.append((p, lm + 'T08:12:44+02:00', None, pr))
    write(H, '/sitemap.xml', urlset(H, rows, ' xmlns:xhtml="http://www.w3.org/1999/xhtml"',
                                    stylesheet='/sitemap_generator/default/sitemap.xsl'))
    return pages


if __name__ == '__main__':
    build()
