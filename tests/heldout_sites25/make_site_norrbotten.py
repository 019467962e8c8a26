"""Region Norrbotten (länskod 25) on Plone 6 Classic UI – generator for heldout_sites25.

Plone 6.0 Classic (Barceloneta-based theme '++theme++norrbotten'): absolute URLs everywhere (Plone writes
https://www.norrbotten.se/... in every link), extensionless addresses WITHOUT a trailing slash (a folder and its default
page share the folder's address; saved as <path>/index.html), the global navigation with dropdowns
(#portal-globalnav, checkbox openers), breadcrumbs (#portal-breadcrumbs), the navigation portlet in the left column
(.portletNavigationTree), documentFirstHeading / documentDescription / #parent-fieldname-text, the related-items
viewlet ('Relaterat innehåll'), document actions 'Skicka' (<page>/sendto_form) and 'Skriv ut' (<page>/@@print, the theme's print view), Plone's
gzipped /sitemap.xml.gz named in robots.txt, the HTML site map /sitemap (depth 2), collections with filter links.

The region's fund for preventive work is called by its own brand, FRAMTIDSMEDEL ('Framtidsmedel för jämlik hälsa'):
no page of this site says "social investering". Its pages live in the section 'Folkhälsa och social hållbarhet';
the project pages never have the brand in their address, two of them live in other sections.
"""
from make_common import write, write_gzip, hexid, esc, urlset

H = 'www.norrbotten.se'
B = 'https://' + H

# ---------------------------------------------------------------- addresses
HV = '/halsa-och-vard'
HV_NY = HV + '/for-nyanlanda'
HV_FC = HV + '/familjecentraler'
FC_JOKK = HV_FC + '/familjecentralen-i-jokkmokk'                   # N8 standing service that began with Framtidsmedel
P4 = HV_NY + '/halsosamtal-for-nyanlanda-i-boden'                  # only from a news item

FS = '/folkhalsa-och-social-hallbarhet'
FM = FS + '/framtidsmedel'                                         # N1 the fund (brand)
SOK = FM + '/sa-soker-ni'                                          # N2 how to apply
VILL = FM + '/villkor-och-kriterier'                               # N3 rules
UPP = FM + '/uppfoljning-2019-2024'                                # N6 follow-up report
INS = FS + '/insatser-i-lanet'                                     # the list (a collection)
P1 = INS + '/utokade-hembesok-i-tornedalen'
P2 = INS + '/stark-tillsammans-arjeplog-arvidsjaur'
P3 = INS + '/unga-renskotares-halsa'                               # finished; in a closed collapsible
POL = FS + '/folkhalsopolicy-2023-2030'                            # N9 policy

RU = '/regional-utveckling'
KOMP = RU + '/kompetensforsorjning'
P5 = KOMP + '/unga-vuxna-tillbaka-kalix-haparanda'                 # under Regional utveckling

KUL = '/kultur'
POLIT = '/politik-och-paverkan'

NYH = '/nyheter'
NN_CALL = NYH + '/nu-kan-kommunerna-soka-framtidsmedel-for-2026'   # N4 call news
NN_P4 = NYH + '/halsosamtal-ger-nyanlanda-battre-koll-pa-varden'   # one-project news (neither list)
NN_X1 = NYH + '/vintertidtabell-for-lanstrafiken'
NN_X2 = NYH + '/mammografibussen-besoker-inlandet'

EVS = '/evenemang'
EV = EVS + '/lanstraff-jamlik-halsa-2026'                          # N5 event
JOBB = '/jobba-hos-oss'
JOB = JOBB + '/folkhalsostrateg-med-inriktning-jamlik-halsa'       # N7 job ad

KONTAKT = '/kontakt'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
TILLG = OMW + '/tillganglighetsredogorelse'
SMAP = '/sitemap'

# ---------------------------------------------------------------- forbidden (robots.txt)
SEARCH = '/@@search'
SEARCHES = ['?SearchableText=framtidsmedel', '?SearchableText=1177', '?SearchableText=lediga+jobb']
LOGIN = '/login'
SENDTO = '/sendto_form'
PRINTV = '/@@print'                                              # the theme's print view
PRINT_PAGES = [FM, P1, P4, P5, EV]
ICS = '/ics_view'
VCS = '/vcs_view'
LISTING = EVS + '/@@event_listing'
LISTINGS = ['?mode=day&date=2026-02-11', '?mode=month&date=2026-02-01']
FILTERS = ['?kommun=Pajala', '?kommun=Arjeplog', '?kommun=Kiruna', '?kommun=Kalix', '?kommun=Boden']
SENDTO_PAGES = [FM, INS, P1, P2, P3, EV]

THEME = B + '/++theme++norrbotten'

# ---------------------------------------------------------------- navigation
GLOBALNAV = [
    ('Hälsa och vård', HV, [('Familjecentraler', HV_FC), ('För dig som är ny i Sverige', HV_NY), ('Tandvård', HV + '/tandvard'),
                            ('Ungdomsmottagningar', HV + '/ungdomsmottagningar')]),
    ('Folkhälsa och social hållbarhet', FS, [('Framtidsmedel', FM), ('Insatser i länet', INS), ('Folkhälsopolicy', POL),
                                             ('Folkhälsodata', FS + '/folkhalsodata')]),
    ('Regional utveckling', RU, [('Kompetensförsörjning', KOMP), ('Näringsliv', RU + '/naringsliv'),
                                 ('Infrastruktur', RU + '/infrastruktur')]),
    ('Kultur', KUL, [('Kulturstöd', KUL + '/kulturstod'), ('Norrbottens museum', KUL + '/norrbottens-museum')]),
    ('Politik och påverkan', POLIT, [('Regionfullmäktige', POLIT + '/regionfullmaktige'), ('Protokoll', POLIT + '/protokoll')]),
    ('Jobba hos oss', JOBB, []),
]

# navigation portlet per section: (title, path, children)
NAVTREE = {
    HV: [('Familjecentraler', HV_FC, [('Familjecentralen i Jokkmokk', FC_JOKK)]),
         ('För dig som är ny i Sverige', HV_NY, [('Hälsosamtal för nyanlända i Boden', P4)]),
         ('Tandvård', HV + '/tandvard', []), ('Ungdomsmottagningar', HV + '/ungdomsmottagningar', [])],
    FS: [('Framtidsmedel', FM, [('Så söker ni', SOK), ('Villkor och kriterier', VILL), ('Uppföljning 2019–2024', UPP)]),
         ('Insatser i länet', INS, [('Familjestart Tornedalen', P1), ('Stark tillsammans', P2), ('Unga renskötares hälsa', P3)]),
         ('Folkhälsopolicy 2023–2030', POL, []), ('Folkhälsodata', FS + '/folkhalsodata', [])],
    RU: [('Kompetensförsörjning', KOMP, [('Unga vuxna tillbaka', P5)]), ('Näringsliv', RU + '/naringsliv', []),
         ('Infrastruktur', RU + '/infrastruktur', [])],
    NYH: [], EVS: [], JOBB: [], OMW: [('Kakor', KAKOR, []), ('Tillgänglighetsredogörelse', TILLG, [])],
}


def a(path, text, cls=''):
    c = f' class="{cls}"' if cls else ''
    return f'<a href="{B}{path}"{c}>{text}</a>'


def globalnav(active_root):
    lis = []
    for name, href, subs in GLOBALNAV:
        key = href.strip('/')
        sel = ' current' if href == active_root else ''
        if subs:
            sub = ''.join(f'<li class="{s.rsplit("/", 1)[-1]} nav-item"><a href="{B}{s}" class="state-published nav-link">{n}</a></li>'
                          for n, s in subs)
            lis.append(f'''<li class="{key} has_subtree nav-item{sel}"><a href="{B}{href}" class="state-published nav-link" aria-haspopup="true">{name}</a><input id="navitem-{key}" type="checkbox" class="opener"/><label for="navitem-{key}" role="button" aria-label="{name}"></label><ul class="has_subtree dropdown">{sub}</ul></li>''')
        else:
            lis.append(f'<li class="{key} nav-item{sel}"><a href="{B}{href}" class="state-published nav-link">{name}</a></li>')
    return (f'<ul class="navbar-nav" id="portal-globalnav"><li class="index_html nav-item"><a href="{B}" class="state-None nav-link">Start</a></li>'
            + ''.join(lis) + '</ul>')


def navportlet(root, current):
    items = NAVTREE.get(root)
    if items is None:
        return ''
    root_title = {HV: 'Hälsa och vård', FS: 'Folkhälsa och social hållbarhet', RU: 'Regional utveckling', NYH: 'Nyheter',
                  EVS: 'Evenemang', JOBB: 'Jobba hos oss', OMW: 'Om webbplatsen'}[root]
    lis = []
    for name, href, kids in items:
        open_ = current == href or current.startswith(href + '/')
        kid = ''
        if open_ and kids:
            kid = '<ul class="navTree navTreeLevel1">' + ''.join(
                f'<li class="navTreeItem visualNoMarker{" navTreeCurrentNode" if current == k else ""}"><a href="{B}{k}" class="state-published contenttype-document{" navTreeCurrentItem" if current == k else ""}">{n}</a></li>'
                for n, k in kids) + '</ul>'
        cur = ' navTreeCurrentNode' if current == href else ''
        lis.append(f'<li class="navTreeItem visualNoMarker{cur}{" navTreeItemInPath" if open_ and current != href else ""}"><a href="{B}{href}" class="state-published contenttype-folder">{name}</a>{kid}</li>')
    return f'''<aside id="portal-column-one" class="col-xs-12 col-md-3">
  <div class="portletWrapper" id="portletwrapper-{hexid(root, 24)}" data-portlethash="{hexid(root + 'hash', 40)}">
    <div class="card portlet portletNavigationTree">
      <div class="card-header"><a href="{B}{root}" class="tile">{root_title}</a></div>
      <nav class="card-body"><ul class="navTree navTreeLevel0">{"".join(lis)}</ul></nav>
    </div>
  </div>
</aside>'''


def crumbs(trail):
    lis = [f'<li class="breadcrumb-item"><a href="{B}">Start</a></li>']
    for n, p in trail[:-1]:
        lis.append(f'<li class="breadcrumb-item"><a href="{B}{p}">{n}</a></li>')
    lis.append(f'<li class="breadcrumb-item active" aria-current="page">{trail[-1][0]}</li>')
    return f'<nav id="portal-breadcrumbs" aria-label="Brödsmulor"><div class="container"><ol class="breadcrumb">{"".join(lis)}</ol></div></nav>'


def page(path, title, description, body, trail, modified='2025-10-03', portal_type='document', related=(), actions=True,
         section_root=None, extra_head=''):
    root = section_root or ('/' + path.strip('/').split('/')[0] if path != '/' else None)
    seg = path.strip('/').split('/')
    section_cls = f'section-{seg[0]}' if seg[0] else 'section-front-page'
    sub_cls = f' subsection-{seg[1]}' if len(seg) > 1 else ''
    portlet = navportlet(root, path) if root else ''
    col = 'col-xs-12 col-md-9' if portlet else 'col-xs-12 col-md-12'
    rel = ''
    if related:
        rel = '<section class="relatedItems" id="section-related"><header><h2 class="related-items-heading">Relaterat innehåll</h2></header><ul>' + ''.join(
            f'<li><a href="{B}{p}" class="state-published contenttype-document">{n}</a></li>' for n, p in related) + '</ul></section>'
    acts = ''
    if actions:
        acts = f'''<section id="viewlet-below-content-body"><div class="visualClear"></div><div class="documentActions"><ul>
<li id="document-action-sendto"><a href="{B}{path}{SENDTO}" title="Skicka sidan till någon">Skicka</a></li>
<li id="document-action-print"><a href="{B}{path}{PRINTV}" rel="nofollow" title="Utskriftsvänlig version">Skriv ut</a></li>
</ul></div></section>'''
    bc = crumbs(trail) if trail else ''
    header = ''
    if title:
        desc = f'<p class="documentDescription lead">{description}</p>' if description else ''
        header = f'''<header>
        <div id="viewlet-above-content-title"><span id="social-tags-body" itemscope itemtype="http://schema.org/WebPage" style="display: none"><span itemprop="name">{esc(title)}</span></span></div>
        <h1 class="documentFirstHeading">{title}</h1>
        <div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentModified"><span>Senast ändrad</span> {modified}</span></div></div>
        {desc}
      </header>'''
    return f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
<head>
<meta charset="utf-8"/>
<meta name="twitter:card" content="summary"/><meta property="og:site_name" content="Region Norrbotten"/><meta property="og:title" content="{esc(title or 'Region Norrbotten')}"/><meta property="og:type" content="website"/><meta property="og:description" content="{esc(description)}"/><meta property="og:url" content="{B}{path if path != '/' else ''}"/>
<meta name="description" content="{esc(description)}"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<meta name="generator" content="Plone - https://plone.org/"/>
<title>{esc(title) + ' — ' if title and path != '/' else ''}Region Norrbotten</title>
<link rel="canonical" href="{B}{path if path != '/' else ''}"/>
<link rel="preload icon" type="image/vnd.microsoft.icon" href="{B}/favicon.ico?name=favicon.ico"/>
<link rel="search" href="{B}{SEARCH}" title="Sök på denna webbplats"/>
<link rel="home" title="Start" href="{B}"/>
<link rel="stylesheet" href="{B}/++plone++production/++unique++2025-09-18%2008%3A12%3A40/default.css" data-bundle="production"/>
<link rel="stylesheet" href="{THEME}/css/theme.min.css?t=1726660360" data-bundle="diazo"/>
{extra_head}<script data-bundle="plone" integrity="sha384-{hexid(path + 'sri', 48)}" src="{B}/++plone++static/bundle-plone/bundle.min.js"></script>
</head>
<body class="col-content frontend icons-on portaltype-{portal_type} {section_cls}{sub_cls} site-Plone template-{'event_view' if portal_type == 'event' else 'document_view'} thumbs-on userrole-anonymous viewpermission-view{' col-one' if portlet else ''}" id="visual-portal-wrapper" dir="ltr" data-base-url="{B}{path if path != '/' else ''}" data-view-url="{B}{path if path != '/' else ''}" data-portal-url="{B}" data-i18ncatalogurl="{B}/plonejsi18n" data-pat-pickadate='{{"date": {{"selectYears": 200}}, "time": {{"interval": 5 }} }}'>
<div class="outer-wrapper">
  <header id="content-header" class="sticky-top">
    <div id="portal-top" class="container">
      <div id="portal-header">
        <a id="portal-logo" title="Region Norrbotten" href="{B}"><img alt="Region Norrbotten" src="{B}/@@site-logo/logo-region-norrbotten.svg"/></a>
        <div class="site-actions"><ul>
          <li><a href="https://www.1177.se/Norrbotten/">1177 Vårdguiden</a></li>
          <li><a href="{B}{KONTAKT}">Kontakta oss</a></li>
          <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=5421&amp;lang=sv_se&amp;readid=content&amp;url={B}{path}" rel="nofollow" class="rs_href">Lyssna</a></li>
        </ul></div>
        <div id="portal-searchbox">
          <form id="searchGadget_form" action="{B}{SEARCH}" role="search" data-pat-livesearch="ajaxUrl:{B}/@@ajax-search" class="pat-livesearch show_images">
            <label class="hiddenStructure" for="searchGadget">Sök på webbplatsen</label>
            <div class="form-inline"><input name="SearchableText" type="text" size="18" id="searchGadget" title="Sök på webbplatsen" placeholder="Sök på webbplatsen" class="searchField form-control me-3"/><button class="searchButton btn btn-outline-light" type="submit">Sök</button></div>
          </form>
        </div>
        <div id="portal-anontools"><ul class="list-inline"><li class="list-inline-item"><a href="{B}{LOGIN}" id="personaltools-login" class="pat-plone-modal" rel="nofollow">Logga in</a></li></ul></div>
      </div>
    </div>
    <div id="mainnavigation-wrapper"><div id="mainnavigation">
      <nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper">
        <div class="container">
          <div class="offcanvas offcanvas-end" tabindex="-1" id="offcanvasNavbar" aria-labelledby="offcanvasNavbarLabel">
            <div class="offcanvas-body align-items-center">{globalnav(root)}</div>
          </div>
        </div>
      </nav>
    </div></div>
  </header>
  <div id="above-content-wrapper"><div id="viewlet-above-content">{bc}</div></div>
  <div class="container">
    <div class="row"><aside class="col-12" id="global_statusmessage"></aside></div>
    <main id="main-container" class="row">
      {portlet}
      <div id="portal-column-content" class="{col}">
        <article id="content">
      {header}
          <div id="viewlet-above-content-body"></div>
          <div id="content-core">
{body}
          </div>
          <footer>
            <div id="viewlet-below-content">{rel}{acts}</div>
          </footer>
        </article>
      </div>
    </main>
  </div>
  <footer id="portal-footer-wrapper">
    <div class="container" id="portal-footer">
      <div class="doormat row">
        <div class="col-xs-12 col-md-4"><div class="portletWrapper"><div class="card portlet portletStaticText"><div class="card-header">Region Norrbotten</div><div class="card-body"><p>Regionhuset, Robertsviksgatan 7, 971 89 Luleå<br/>Telefon: 0920-28 40 00<br/><a href="mailto:region.norrbotten@norrbotten.se">region.norrbotten@norrbotten.se</a></p></div></div></div></div>
        <div class="col-xs-12 col-md-4"><div class="portletWrapper"><div class="card portlet portletStaticText"><div class="card-header">Genvägar</div><div class="card-body"><ul><li>{a(NYH, 'Nyheter')}</li><li>{a(EVS, 'Evenemang')}</li><li>{a(JOBB, 'Jobba hos oss')}</li><li>{a(KONTAKT, 'Kontakta oss')}</li></ul></div></div></div></div>
        <div class="col-xs-12 col-md-4"><div class="portletWrapper"><div class="card portlet portletStaticText"><div class="card-header">Om webbplatsen</div><div class="card-body"><ul><li>{a(KAKOR, 'Kakor')}</li><li>{a(TILLG, 'Tillgänglighetsredogörelse')}</li><li>{a(SMAP, 'Webbplatskarta')}</li></ul></div></div></div></div>
      </div>
      <div class="row"><div class="col-12"><p class="colophon">Webbplatsen drivs med <a href="https://plone.org">Plone</a>.</p></div></div>
    </div>
  </footer>
</div>
<div id="plone-analytics"><script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script></div>
</body>
</html>
'''


def facts_table(rows, caption):
    trs = ''.join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f'<table class="plain listing"><caption>{caption}</caption><tbody>{trs}</tbody></table>'


def news_items(items):
    return '<div class="entries">' + ''.join(f'''<article class="entry">
  <header><span class="summary"><a href="{B}{p}" class="state-published url">{t}</a></span></header>
  <div class="documentByLine"><span class="documentPublished">{d}</span></div>
  <p class="description discreet">{lead}</p>
</article>''' for p, d, t, lead in items) + '</div>'


NEWS = [
    (NN_P4, '2025-11-06', 'Hälsosamtal ger nyanlända bättre koll på vården',
     'På hälsocentralen i Boden får nyanlända ett samtal om hälsa och om hur vården fungerar.'),
    (NN_CALL, '2025-10-20', 'Nu kan kommunerna söka Framtidsmedel för 2026',
     'Kommunerna, ideella organisationer och regionens verksamheter kan söka senast den 15 januari 2026.'),
    (NN_X1, '2025-10-14', 'Vintertidtabell för Länstrafiken', 'Den 14 december börjar vintertidtabellen gälla.'),
    (NN_X2, '2025-09-29', 'Mammografibussen besöker inlandet', 'Under hösten kommer mammografibussen till Arjeplog, Arvidsjaur och Jokkmokk.'),
]


def build():
    pages = {}

    # ------------------------------------------------------------ start page
    pages['/'] = page('/', '', 'Region Norrbotten ansvarar för hälso- och sjukvård, tandvård, kollektivtrafik, kultur och regional utveckling i Norrbotten.', f'''<div class="front-page">
  <section class="hero"><h1 class="visually-hidden">Region Norrbotten</h1><p class="hero-text">Vi arbetar för ett gott liv i hela Norrbotten.</p></section>
  <section class="shortcuts row">
    <div class="col-md-3"><a class="shortcut" href="https://www.1177.se/Norrbotten/">Sök vård på 1177</a></div>
    <div class="col-md-3">{a(HV + '/tandvard', 'Tandvård', 'shortcut')}</div>
    <div class="col-md-3">{a(JOBB, 'Lediga jobb', 'shortcut')}</div>
    <div class="col-md-3">{a(FS, 'Folkhälsa och social hållbarhet', 'shortcut')}</div>
  </section>
  <section class="front-news"><h2>Nyheter</h2>
{news_items(NEWS[:3])}
  <p>{a(NYH, 'Alla nyheter', 'btn btn-primary')}</p></section>
  <section class="popular-searches"><h2>Populära sökningar</h2><ul class="list-inline">
    <li class="list-inline-item"><a href="{B}{SEARCH}{SEARCHES[0]}">Framtidsmedel</a></li>
    <li class="list-inline-item"><a href="{B}{SEARCH}{SEARCHES[1]}">1177</a></li>
    <li class="list-inline-item"><a href="{B}{SEARCH}{SEARCHES[2]}">Lediga jobb</a></li>
  </ul></section>
</div>''', None, modified='2025-11-06', portal_type='plone-site', actions=False)

    # ------------------------------------------------------------ section pages
    pages[HV] = page(HV, 'Hälsa och vård', 'Region Norrbotten har hälsocentraler, sjukhus och tandvård i hela länet.', f'''<div id="parent-fieldname-text">
<p>Söker du vård? Börja alltid på <a href="https://www.1177.se/Norrbotten/">1177.se</a> eller ring 1177. Här hittar du information om regionens verksamheter.</p>
<ul>
<li>{a(HV_FC, 'Familjecentraler')}</li>
<li>{a(HV_NY, 'För dig som är ny i Sverige')}</li>
<li>{a(HV + '/tandvard', 'Tandvård')}</li>
<li>{a(HV + '/ungdomsmottagningar', 'Ungdomsmottagningar')}</li>
</ul>
</div>''', [('Hälsa och vård', HV)], modified='2025-05-12', portal_type='folder')

    pages[HV_FC] = page(HV_FC, 'Familjecentraler', 'På en familjecentral finns barnavårdscentral, mödravårdscentral, öppen förskola och socialtjänst på samma ställe.', f'''<div id="parent-fieldname-text">
<p>Familjecentralerna drivs tillsammans med kommunerna. Här kan du som är förälder få stöd, träffa andra föräldrar och få svar på frågor om barnets hälsa.</p>
<h2>Familjecentraler i länet</h2>
<ul>
<li>Familjecentralen Stadsön, Luleå</li>
<li>Familjecentralen i Piteå</li>
<li>{a(FC_JOKK, 'Familjecentralen i Jokkmokk')}</li>
<li>Familjecentralen i Kalix</li>
</ul>
</div>''', [('Hälsa och vård', HV), ('Familjecentraler', HV_FC)], modified='2025-02-03', portal_type='folder')

    pages[HV_NY] = page(HV_NY, 'För dig som är ny i Sverige', 'Information om vården för asylsökande, nyanlända och personer som saknar tillstånd.', f'''<div id="parent-fieldname-text">
<p>Som asylsökande eller nyanländ erbjuds du en hälsoundersökning. Du har rätt till tolk när du besöker vården.</p>
<ul><li><a href="https://www.1177.se/Norrbotten/olika-sprak/">Information på olika språk, 1177.se</a></li><li><a href="https://www.informationsverige.se/">Information Sverige</a></li></ul>
</div>''', [('Hälsa och vård', HV), ('För dig som är ny i Sverige', HV_NY)], modified='2025-03-17', portal_type='folder')

    pages[FS] = page(FS, 'Folkhälsa och social hållbarhet', 'Region Norrbotten arbetar för en god och jämlik hälsa i hela länet, tillsammans med kommunerna och civilsamhället.', f'''<div id="parent-fieldname-text">
<p>Hälsan i Norrbotten har blivit bättre, men skillnaderna mellan grupper och mellan länets kommuner är stora. Därför arbetar regionen med folkhälsa och social hållbarhet på flera sätt: med en gemensam folkhälsopolicy, med stöd till kommunernas förebyggande arbete och med medel som kommunerna och föreningarna kan söka.</p>
<div class="row tiles">
  <div class="col-md-6"><div class="card"><div class="card-body"><h2 class="card-title">{a(FM, 'Framtidsmedel')}</h2><p>Regionens medel för förebyggande insatser som minskar skillnaderna i hälsa.</p></div></div></div>
  <div class="col-md-6"><div class="card"><div class="card-body"><h2 class="card-title">{a(INS, 'Insatser i länet')}</h2><p>Insatser som har fått Framtidsmedel.</p></div></div></div>
  <div class="col-md-6"><div class="card"><div class="card-body"><h2 class="card-title">{a(POL, 'Folkhälsopolicy 2023–2030')}</h2><p>Den gemensamma policyn för regionen och länets kommuner.</p></div></div></div>
  <div class="col-md-6"><div class="card"><div class="card-body"><h2 class="card-title">{a(EV, 'Länsträff: Jämlik hälsa i Norrbotten')}</h2><p>11 februari 2026 i Luleå.</p></div></div></div>
</div>
</div>''', [('Folkhälsa och social hållbarhet', FS)], modified='2025-10-20', portal_type='folder',
        related=[('Nu kan kommunerna söka Framtidsmedel för 2026', NN_CALL)])

    # ------------------------------------------------------------ N1 the fund
    pages[FM] = page(FM, 'Framtidsmedel', 'Framtidsmedel för jämlik hälsa är Region Norrbottens medel för förebyggande insatser för barn, unga och vuxna i länet.', f'''<div id="parent-fieldname-text">
<p>Regionfullmäktige inrättade Framtidsmedel 2019. Tanken är att pengar som satsas tidigt, innan problemen har vuxit sig stora, ger bättre hälsa för fler och lägre kostnader för regionen och kommunerna på sikt. Varje år avsätter regionen 6 miljoner kronor.</p>
<p>Kommunerna i Norrbotten, ideella organisationer och regionens egna verksamheter kan söka. Insatserna ska vara tidsbegränsade, ha en tydlig målgrupp och följas upp. Helst ska de drivas av flera organisationer tillsammans.</p>
<h2>Framtidsmedel i siffror</h2>
<ul>
<li><strong>Avsatt 2019–2025:</strong> 42 miljoner kronor</li>
<li><strong>Beviljat hittills:</strong> 37,6 miljoner kronor</li>
<li><strong>Antal insatser sedan starten:</strong> 19</li>
<li><strong>Kommuner som har fått medel:</strong> 12 av 14</li>
</ul>
<h2>Läs mer</h2>
<ul>
<li>{a(SOK, 'Så söker ni Framtidsmedel')}</li>
<li>{a(VILL, 'Villkor och kriterier')}</li>
<li>{a(INS, 'Insatser som har fått Framtidsmedel')}</li>
<li>{a(UPP, 'Uppföljning av Framtidsmedel 2019–2024')}</li>
</ul>
<h2>Kontakt</h2>
<p>Enheten för folkhälsa och social hållbarhet, <a href="mailto:framtidsmedel@norrbotten.se">framtidsmedel@norrbotten.se</a></p>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Framtidsmedel', FM)], modified='2025-10-20', portal_type='folder',
        related=[('Nu kan kommunerna söka Framtidsmedel för 2026', NN_CALL), ('Folkhälsopolicy 2023–2030', POL)])

    # ------------------------------------------------------------ N2 how to apply
    pages[SOK] = page(SOK, 'Så söker ni Framtidsmedel', 'Ansökan görs en gång om året. Beslut fattas av regionala utvecklingsnämnden i mars.', f'''<div id="parent-fieldname-text">
<h2>Vem kan söka?</h2>
<p>Kommuner i Norrbottens län, ideella organisationer med verksamhet i länet och Region Norrbottens egna verksamheter. En ideell organisation ska ha en kommun eller regionen med som samverkanspart.</p>
<h2>Så går ansökan till</h2>
<ol>
<li>Ta kontakt med enheten för folkhälsa och social hållbarhet och berätta om er idé, gärna före den 1 december.</li>
<li>Fyll i ansökningsblanketten och bifoga en budget och en plan för uppföljning.</li>
<li>Skicka ansökan till <a href="mailto:framtidsmedel@norrbotten.se">framtidsmedel@norrbotten.se</a> senast den 15 januari.</li>
<li>Regionala utvecklingsnämnden beslutar i mars. Insatsen kan starta tidigast den 1 april.</li>
</ol>
<h2>Hur mycket kan vi söka?</h2>
<p>Ni kan söka högst 2,5 miljoner kronor för en insats som pågår i högst tre år. Minst en fjärdedel av kostnaden ska sökanden själv eller samverkansparterna stå för, i pengar eller arbetstid.</p>
<h2>Blanketter</h2>
<ul>
<li><a href="{B}{FM}/ansokningsblankett-framtidsmedel.docx" class="contenttype-file">Ansökningsblankett (Word)</a></li>
<li><a href="{B}{FM}/budgetmall-framtidsmedel.xlsx" class="contenttype-file">Budgetmall (Excel)</a></li>
</ul>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Framtidsmedel', FM), ('Så söker ni', SOK)], modified='2025-10-20')

    # ------------------------------------------------------------ N3 rules
    pages[VILL] = page(VILL, 'Villkor och kriterier för Framtidsmedel', 'Beslutade av regionala utvecklingsnämnden den 12 juni 2023.', '''<div id="parent-fieldname-text">
<h2>1. Syfte</h2>
<p>Framtidsmedel ska bidra till att minska skillnaderna i hälsa i Norrbotten genom förebyggande insatser tidigt i livet och tidigt i förloppet.</p>
<h2>2. Kriterier</h2>
<ul>
<li>Insatsen ska rikta sig till en tydlig målgrupp med särskilda behov.</li>
<li>Insatsen ska bygga på kunskap om vad som fungerar och ha mätbara mål.</li>
<li>Insatsen ska vara tidsbegränsad, högst tre år.</li>
<li>Sökanden ska beskriva hur arbetet kan fortsätta när medlen tar slut.</li>
</ul>
<h2>3. Vad medlen inte får användas till</h2>
<p>Ordinarie verksamhet, lokaler, investeringar i byggnader och kostnader som någon annan har ansvar för enligt lag.</p>
<h2>4. Återrapportering</h2>
<p>Den som får medel lämnar en lägesrapport varje år och en slutrapport senast tre månader efter att insatsen har avslutats. Medel som inte används ska betalas tillbaka.</p>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Framtidsmedel', FM), ('Villkor och kriterier', VILL)], modified='2023-06-20')

    # ------------------------------------------------------------ N6 follow-up report
    pages[UPP] = page(UPP, 'Uppföljning av Framtidsmedel 2019–2024', 'En sammanställning av de insatser som har fått Framtidsmedel och vad de har lett till.', '''<div id="parent-fieldname-text">
<p>Under 2019–2024 beviljades 16 insatser sammanlagt 31,2 miljoner kronor. Elva av dem har avslutats. Uppföljningen bygger på insatsernas slutrapporter och på intervjuer med insatsledarna.</p>
<h2>Insatser som har avslutats</h2>
<table class="listing">
<thead><tr><th>Insats</th><th>Kommun</th><th>Period</th><th>Beviljat, kr</th><th>Fortsätter efter medlen?</th></tr></thead>
<tbody>
<tr><td>Unga renskötares hälsa</td><td>Gällivare, Jokkmokk, Kiruna</td><td>2021–2023</td><td>1 200 000</td><td>Delvis</td></tr>
<tr><td>Familjecentralen i Jokkmokk</td><td>Jokkmokk</td><td>2019–2021</td><td>1 900 000</td><td>Ja</td></tr>
<tr><td>Läslust i Överkalix</td><td>Överkalix</td><td>2020–2022</td><td>640 000</td><td>Ja</td></tr>
<tr><td>Seniorer i rörelse</td><td>Älvsbyn</td><td>2020–2023</td><td>980 000</td><td>Nej</td></tr>
<tr><td>Fritid för alla i Gällivare</td><td>Gällivare</td><td>2019–2022</td><td>1 450 000</td><td>Ja</td></tr>
</tbody>
</table>
<h2>De viktigaste resultaten</h2>
<ul>
<li>Sju av elva avslutade insatser finns kvar i ordinarie verksamhet.</li>
<li>Insatser där kommunen och regionen arbetade tillsammans fortsatte oftare.</li>
<li>Få insatser mätte kostnaderna före och efter, så de ekonomiska effekterna är osäkra.</li>
</ul>
<h2>Lärdomar</h2>
<p>Insatserna behöver en plan för uppföljning redan från början och stöd med mätningar under resans gång. Från 2024 erbjuder regionen därför stöd från en analytiker till alla som får Framtidsmedel.</p>
<p><a href="{B}/folkhalsa-och-social-hallbarhet/framtidsmedel/uppfoljning-framtidsmedel-2019-2024.pdf" class="contenttype-file">Hela rapporten (pdf, 2,4 MB)</a></p>
</div>'''.replace('{B}', B), [('Folkhälsa och social hållbarhet', FS), ('Framtidsmedel', FM), ('Uppföljning 2019–2024', UPP)], modified='2025-04-02')

    # ------------------------------------------------------------ the list (a collection) – neither list
    pages[INS] = page(INS, 'Insatser i länet', 'Här är de insatser som får eller har fått Framtidsmedel för jämlik hälsa.', f'''<div id="parent-fieldname-text">
<p>Insatserna drivs av kommuner, ideella organisationer och regionens egna verksamheter, ofta tillsammans. Varje insats har en egen sida med mål, målgrupp, period och kostnad.</p>
</div>
<nav class="collection-filter" aria-label="Filtrera på kommun"><span>Filtrera på kommun:</span>
  <ul class="list-inline">{''.join(f'<li class="list-inline-item"><a href="{B}{INS}{q}" rel="nofollow">{q.split("=")[1]}</a></li>' for q in FILTERS)}</ul>
</nav>
<h2>Pågående insatser</h2>
<div class="entries">
  <article class="entry">
    <header><span class="summary"><a href="{B}{P1}" class="contenttype-document state-published url" title="Document">Familjestart Tornedalen – utökade hembesök i Pajala och Övertorneå</a></span></header>
    <p class="description discreet">Fler hembesök för förstagångsföräldrar. 2024–2026.</p>
  </article>
  <article class="entry">
    <header><span class="summary"><a href="{B}{P2}" class="contenttype-document state-published url" title="Document">Stark tillsammans – Arjeplog och Arvidsjaur</a></span></header>
    <p class="description discreet">Gruppträffar om psykisk hälsa för högstadiet och gymnasiet. 2023–2026.</p>
  </article>
  <article class="entry">
    <header><span class="summary"><a href="{B}{P5}" class="contenttype-document state-published url" title="Document">Unga vuxna tillbaka – Kalix och Haparanda</a></span></header>
    <p class="description discreet">Stöd till unga vuxna som varken arbetar eller studerar. 2025–2027.</p>
  </article>
</div>
<div class="pat-collapsible closed" data-pat-collapsible="close-trigger: .close-panel">
  <h2 class="collapsible-trigger">Avslutade insatser</h2>
  <div class="panel-content">
    <div class="entries">
      <article class="entry">
        <header><span class="summary"><a href="{B}{P3}" class="contenttype-document state-published url" title="Document">Unga renskötares hälsa</a></span></header>
        <p class="description discreet">Psykisk hälsa bland unga i renskötseln. 2021–2023.</p>
      </article>
    </div>
    <p>Äldre avslutade insatser finns i {a(UPP, 'uppföljningen av Framtidsmedel 2019–2024')}.</p>
  </div>
</div>
<p class="rss"><a href="{B}{INS}/RSS">RSS-flöde för insatser i länet</a></p>''', [('Folkhälsa och social hållbarhet', FS), ('Insatser i länet', INS)],
        modified='2025-09-08', portal_type='collection', related=[('Framtidsmedel', FM)])

    # ------------------------------------------------------------ P1
    pages[P1] = page(P1, 'Familjestart Tornedalen – utökade hembesök i Pajala och Övertorneå',
                     'Förstagångsföräldrar i Pajala och Övertorneå får sex hembesök under barnets första femton månader.', f'''<div id="parent-fieldname-text">
<p>I Familjestart Tornedalen får alla förstagångsföräldrar i Pajala och Övertorneå kommuner sex hembesök i stället för ett. Barnsjuksköterskan från barnavårdscentralen och en föräldrarådgivare från kommunens socialtjänst kommer hem till familjen tillsammans. Besöken tar upp det som föräldrarna själva undrar över: amning och mat, sömn, barnets utveckling, tandhälsa, säkerhet i hemmet och hur det är att bli förälder.</p>
<p>Insatsen bygger på erfarenheterna från Rinkeby och andra kommuner som har arbetat med utökade hembesök. I Tornedalen är avstånden långa och många familjer bor långt från barnavårdscentralen. Därför görs besöken hemma, och de kan hållas på svenska, finska eller meänkieli.</p>
<h2>Syfte</h2>
<p>Syftet är att stärka föräldrarnas tilltro till sin egen förmåga, att fler barn ska vara vaccinerade och ha god tandhälsa och att familjer som behöver mer stöd ska få det tidigt.</p>
{facts_table([('Period', '1 januari 2024 – 31 december 2026'),
              ('Kostnad', '2 400 000 kronor i Framtidsmedel från Region Norrbotten. Kommunerna står för föräldrarådgivarnas tid.'),
              ('Ansvarig', 'Region Norrbotten, barnhälsovården'),
              ('Samverkanspart', 'Pajala kommun och Övertorneå kommun, socialtjänsten'),
              ('Målgrupp', 'Förstagångsföräldrar och deras barn från födseln till 15 månader'),
              ('Bemanning', 'Två barnsjuksköterskor på 50 procent och två föräldrarådgivare på 50 procent'),
              ('Status', 'Pågår')], 'Fakta om insatsen')}
<h2>Uppföljning</h2>
<p>Insatsen följs upp med barnhälsovårdens statistik över vaccinationer och besök och med en enkät till föräldrarna när barnet är 15 månader. En första lägesrapport lämnades i februari 2025: 41 familjer hade då fått minst tre besök.</p>
<h2>Kontakt</h2>
<p>Barnavårdscentralen i Pajala, telefon 0978-780 00</p>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Insatser i länet', INS), ('Familjestart Tornedalen', P1)], modified='2025-02-24',
        related=[('Framtidsmedel', FM), ('Insatser i länet', INS)])

    # ------------------------------------------------------------ P2
    pages[P2] = page(P2, 'Stark tillsammans – Arjeplog och Arvidsjaur',
                     'Gruppträffar om stress, sömn och känslor för elever på högstadiet och gymnasiet i Arjeplog och Arvidsjaur.', f'''<div id="parent-fieldname-text">
<p><strong>Stark tillsammans</strong> är ett projekt där elevhälsan i Arvidsjaur och Arjeplog tillsammans med ungdomsmottagningen lär unga att hantera stress, nedstämdhet och oro innan det blir en psykisk ohälsa som kräver vård. Alla elever i årskurs 8 och i gymnasiets första år får delta i tio gruppträffar under skoltid. Gruppledarna är skolkuratorer, skolsköterskor och personal från ungdomsmottagningen som har gått en särskild utbildning.</p>
<p>I de två inlandskommunerna är vägen till barn- och ungdomspsykiatrin i Luleå lång, och köerna till första linjen har varit långa. Projektet ska visa om ett förebyggande arbete i skolan kan minska behovet av vård.</p>
<h2>Kort om projektet</h2>
<ul>
<li><strong>Projektperiod:</strong> september 2023 – juni 2026</li>
<li><strong>Projektägare:</strong> Arvidsjaurs kommun, elevhälsan</li>
<li><strong>Samverkan:</strong> Arjeplogs kommun, Region Norrbotten (ungdomsmottagningen i Arvidsjaur)</li>
<li><strong>Målgrupp:</strong> Elever i årskurs 8 och i gymnasiets första år, 14–17 år</li>
<li><strong>Budget:</strong> 2 150 000 kronor, varav 1 850 000 kronor i Framtidsmedel och 300 000 kronor från kommunerna</li>
</ul>
<h2>Så går det</h2>
<p>Läsåret 2024/25 deltog 214 elever. Andelen som säger att de ofta känner sig stressade minskade från 46 till 35 procent mellan första och sista träffen.</p>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Insatser i länet', INS), ('Stark tillsammans', P2)], modified='2025-08-29',
        related=[('Insatser i länet', INS)])

    # ------------------------------------------------------------ P3 (finished)
    pages[P3] = page(P3, 'Unga renskötares hälsa', 'En avslutad insats för psykisk hälsa bland unga i renskötseln i Gällivare, Jokkmokk och Kiruna.', f'''<div id="parent-fieldname-text">
<div class="portalMessage info" role="status"><strong>Insatsen är avslutad.</strong> Slutrapporten finns längre ned på sidan.</div>
<p>Unga renskötares hälsa var ett projekt som pågick från mars 2021 till december 2023. Unga renskötare har ett tungt och ensamt arbete, långa avstånd till vården och en hög risk för psykisk ohälsa och självmord. Projektet tog fram samtalsstöd på samiska och svenska, utbildade kontaktpersoner i samebyarna och ordnade träffar där unga renskötare kunde prata om hur de mådde.</p>
<p>Projektet drevs av Region Norrbotten, folkhälsocentrum, tillsammans med Svenska Samernas Riksförbund och sex samebyar i Gällivare, Jokkmokk och Kiruna. Det finansierades med 1 200 000 kronor i Framtidsmedel.</p>
<h2>Målgrupp</h2>
<p>Unga renskötare och unga i renskötarfamiljer, 16–30 år.</p>
<h2>Resultat</h2>
<p>Ett åttiotal unga deltog i träffarna och 24 kontaktpersoner utbildades. Samtalsstödet finns kvar hos Region Norrbottens hälsocentraler i Jokkmokk och Karesuando.</p>
<p><a href="{B}{P3}/slutrapport-unga-renskotares-halsa.pdf" class="contenttype-file">Slutrapport (pdf, 1,1 MB)</a></p>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Insatser i länet', INS), ('Unga renskötares hälsa', P3)], modified='2024-03-18')

    # ------------------------------------------------------------ P4 (only from the news item)
    pages[P4] = page(P4, 'Hälsosamtal för nyanlända i Boden', 'Ett projekt på hälsocentralen i Boden för vuxna som nyligen har kommit till Sverige.', f'''<div id="parent-fieldname-text">
<p>Många som kommer till Sverige vet inte hur vården fungerar, när man ska ringa 1177 och när man ska åka till akuten. Kroniska sjukdomar som diabetes och högt blodtryck upptäcks ofta sent. I projektet Hälsosamtal för nyanlända får vuxna som deltar i etableringsprogrammet eller läser svenska för invandrare i Boden ett hälsosamtal med en sjuksköterska och en gruppträff med en hälsopedagog.</p>
<p>Samtalen hålls med tolk. Under gruppträffarna, som hålls på SFI, pratar deltagarna om mat, rörelse, sömn, stress och om vart man vänder sig när man blir sjuk.</p>
<h2>Kort om projektet</h2>
<table class="plain"><tbody>
<tr><th>Projekttid</th><td>februari 2025 – december 2026</td></tr>
<tr><th>Finansiering</th><td>980 000 kronor i Framtidsmedel</td></tr>
<tr><th>Projektägare</th><td>Region Norrbotten, Hälsocentralen Boden</td></tr>
<tr><th>Samverkan</th><td>Bodens kommun, SFI och etableringsenheten</td></tr>
<tr><th>Målgrupp</th><td>Nyanlända vuxna 18–64 år</td></tr>
<tr><th>Personal</th><td>En sjuksköterska och en hälsopedagog, båda på halvtid</td></tr>
</tbody></table>
<h2>Vill du boka ett samtal?</h2>
<p>Fråga din lärare på SFI eller din handläggare på etableringsenheten.</p>
</div>''', [('Hälsa och vård', HV), ('För dig som är ny i Sverige', HV_NY), ('Hälsosamtal för nyanlända i Boden', P4)], modified='2025-11-06')

    # ------------------------------------------------------------ P5 (under Regional utveckling)
    pages[RU] = page(RU, 'Regional utveckling', 'Region Norrbotten är regionalt utvecklingsansvarig och arbetar med näringsliv, kompetensförsörjning och infrastruktur.', f'''<div id="parent-fieldname-text">
<ul><li>{a(KOMP, 'Kompetensförsörjning')}</li><li>{a(RU + '/naringsliv', 'Näringsliv')}</li><li>{a(RU + '/infrastruktur', 'Infrastruktur')}</li></ul>
<p>Den regionala utvecklingsstrategin Norrbotten 2030 pekar ut riktningen för arbetet.</p>
</div>''', [('Regional utveckling', RU)], modified='2025-01-22', portal_type='folder')

    pages[KOMP] = page(KOMP, 'Kompetensförsörjning', 'Norrbotten behöver fler som arbetar. Regionen samordnar arbetet med kompetensförsörjning i länet.', f'''<div id="parent-fieldname-text">
<p>De stora industriinvesteringarna i Norrbotten gör att länet behöver tiotusentals nya medarbetare de närmaste åren. Samtidigt står många unga vuxna utan arbete och utbildning. Regionen samordnar länets arbete med kompetensförsörjning tillsammans med kommunerna, Arbetsförmedlingen och lärosätena.</p>
<h2>Arbetet i länet</h2>
<ul>
<li>Regionalt kompetensråd</li>
<li>Yrkesvux i samverkan</li>
<li>{a(P5, 'Unga vuxna tillbaka – Kalix och Haparanda')}</li>
</ul>
</div>''', [('Regional utveckling', RU), ('Kompetensförsörjning', KOMP)], modified='2025-06-16', portal_type='folder')

    pages[P5] = page(P5, 'Unga vuxna tillbaka – Kalix och Haparanda', 'Stöd till unga vuxna som varken arbetar eller studerar, så att de kan gå vidare till jobb eller utbildning.', f'''<div id="parent-fieldname-text">
<p>Satsningen Unga vuxna tillbaka riktar sig till unga vuxna i Kalix och Haparanda som varken arbetar eller studerar och som ofta har varit utan sysselsättning länge. Många har psykisk ohälsa eller en funktionsnedsättning och har inte fått det stöd de behöver. Två coacher möter varje deltagare där hon eller han befinner sig, hemma, på biblioteket eller på fiket, och hjälper till att ta kontakt med vården, Arbetsförmedlingen och vuxenutbildningen.</p>
<p>Satsningen pågår från januari 2025 till december 2027. Den finansieras med Framtidsmedel och av Samordningsförbundet Östra Norrbotten.</p>
<h2>Fakta</h2>
<dl class="facts">
<dt>Projektägare</dt><dd>Kalix kommun, arbetsmarknadsenheten</dd>
<dt>Samverkanspartner</dt><dd>Haparanda stad, Arbetsförmedlingen, Region Norrbotten (psykiatrin i Kalix)</dd>
<dt>Målgrupp</dt><dd>Unga vuxna 18–29 år som varken arbetar eller studerar</dd>
<dt>Total budget</dt><dd>2 900 000 kronor, varav 2 000 000 kronor i Framtidsmedel och 900 000 kronor från Samordningsförbundet Östra Norrbotten</dd>
<dt>Bemanning</dt><dd>Två coacher på heltid</dd>
</dl>
</div>''', [('Regional utveckling', RU), ('Kompetensförsörjning', KOMP), ('Unga vuxna tillbaka', P5)], modified='2025-03-10',
        related=[('Insatser i länet', INS)])

    # ------------------------------------------------------------ N8 standing service that began with Framtidsmedel
    pages[FC_JOKK] = page(FC_JOKK, 'Familjecentralen i Jokkmokk', 'Barnavårdscentral, mödravårdscentral, öppen förskola och socialtjänst under samma tak.', '''<div id="parent-fieldname-text">
<h2>Öppettider</h2>
<ul>
<li>Öppna förskolan: måndag, onsdag och torsdag kl. 9–12</li>
<li>Barnavårdscentralen: tidsbokning vardagar kl. 8–16, telefon 0971-440 00</li>
<li>Föräldrarådgivare: drop-in onsdagar kl. 13–15</li>
</ul>
<p>Adress: Storgatan 34, Jokkmokk. På familjecentralen talar personalen svenska, samiska och engelska.</p>
<h2>Om familjecentralen</h2>
<p>Familjecentralen i Jokkmokk startade hösten 2019 som en insats med Framtidsmedel. Sedan januari 2022 ingår familjecentralen i Region Norrbottens och Jokkmokks kommuns ordinarie verksamhet, och de delar på kostnaderna.</p>
</div>''', [('Hälsa och vård', HV), ('Familjecentraler', HV_FC), ('Familjecentralen i Jokkmokk', FC_JOKK)], modified='2025-01-13')

    # ------------------------------------------------------------ N9 policy
    pages[POL] = page(POL, 'Folkhälsopolicy för Norrbotten 2023–2030', 'En gemensam policy för Region Norrbotten och länets 14 kommuner.', '''<div id="parent-fieldname-text">
<p>Folkhälsopolicyn antogs av regionfullmäktige i april 2023 och av alla kommuner i länet under 2023. Målet är en god och jämlik hälsa i hela Norrbotten och att skillnaderna i hälsa ska minska inom en generation.</p>
<h2>Fyra målområden</h2>
<ol>
<li><strong>Det tidiga livet:</strong> alla barn ska få en god start och klara skolan.</li>
<li><strong>Arbete och försörjning:</strong> fler ska ha ett arbete och en egen inkomst.</li>
<li><strong>Levnadsvanor:</strong> fler ska röra sig, äta bra och avstå tobak och alkohol.</li>
<li><strong>Delaktighet och tillit:</strong> ingen ska vara ofrivilligt ensam.</li>
</ol>
<h2>Uppföljning</h2>
<p>Policyn följs upp vartannat år med data från Folkhälsomyndigheten, elevhälsan och regionens hälsoenkät Hälsa på lika villkor.</p>
<p><a href="https://www.norrbotten.se/folkhalsa-och-social-hallbarhet/folkhalsopolicy-2023-2030/folkhalsopolicy-norrbotten.pdf" class="contenttype-file">Folkhälsopolicyn (pdf)</a></p>
</div>''', [('Folkhälsa och social hållbarhet', FS), ('Folkhälsopolicy 2023–2030', POL)], modified='2023-05-02')

    # ------------------------------------------------------------ news
    pages[NYH] = page(NYH, 'Nyheter', 'Nyheter från Region Norrbotten.', news_items(NEWS), [('Nyheter', NYH)], modified='2025-11-06',
                      portal_type='folder', actions=False)

    pages[NN_P4] = page(NN_P4, 'Hälsosamtal ger nyanlända bättre koll på vården', 'På hälsocentralen i Boden får nyanlända ett samtal om hälsa och om hur vården fungerar.', f'''<div id="parent-fieldname-text">
<p>Sedan februari har drygt 60 personer som läser svenska för invandrare i Boden fått ett hälsosamtal på hälsocentralen. Det är en del av projektet Hälsosamtal för nyanlända, som Region Norrbotten driver tillsammans med Bodens kommun.</p>
<p>– Flera har fått veta att de har högt blodtryck eller diabetes och har fått behandling. Andra har fått svar på hur man bokar en tid och vad 1177 är, säger sjuksköterskan som håller i samtalen.</p>
<p>Projektet pågår till och med 2026 och får Framtidsmedel från regionen.</p>
<p><a href="{B}{P4}">Läs mer om Hälsosamtal för nyanlända i Boden</a></p>
</div>''', [('Nyheter', NYH), ('Hälsosamtal ger nyanlända bättre koll på vården', NN_P4)], modified='2025-11-06', portal_type='news-item',
        related=[('Framtidsmedel', FM)])

    pages[NN_CALL] = page(NN_CALL, 'Nu kan kommunerna söka Framtidsmedel för 2026', 'Kommunerna, ideella organisationer och regionens verksamheter kan söka senast den 15 januari 2026.', f'''<div id="parent-fieldname-text">
<p>Region Norrbotten fördelar 6 miljoner kronor i Framtidsmedel för insatser som startar 2026. Ansökan ska vara inne senast den 15 januari, och regionala utvecklingsnämnden beslutar i mars.</p>
<p>I år vill regionen särskilt se ansökningar om psykisk hälsa hos barn och unga och om äldres ensamhet. Insatser som drivs av flera kommuner tillsammans prioriteras.</p>
<p>Läs mer om {a(SOK, 'hur ni söker')} och om {a(VILL, 'villkoren för Framtidsmedel')}.</p>
</div>''', [('Nyheter', NYH), ('Nu kan kommunerna söka Framtidsmedel för 2026', NN_CALL)], modified='2025-10-20', portal_type='news-item')

    pages[NN_X1] = page(NN_X1, 'Vintertidtabell för Länstrafiken', 'Den 14 december börjar vintertidtabellen gälla.', '''<div id="parent-fieldname-text">
<p>Den 14 december börjar Länstrafikens vintertidtabell gälla. Flera linjer i inlandet får fler turer under sportloven.</p>
</div>''', [('Nyheter', NYH), ('Vintertidtabell för Länstrafiken', NN_X1)], modified='2025-10-14', portal_type='news-item')

    pages[NN_X2] = page(NN_X2, 'Mammografibussen besöker inlandet', 'Under hösten kommer mammografibussen till Arjeplog, Arvidsjaur och Jokkmokk.', '''<div id="parent-fieldname-text">
<p>Alla kvinnor mellan 40 och 74 år får en kallelse till mammografi. Under hösten står bussen vid hälsocentralerna i Arjeplog, Arvidsjaur och Jokkmokk.</p>
</div>''', [('Nyheter', NYH), ('Mammografibussen besöker inlandet', NN_X2)], modified='2025-09-29', portal_type='news-item')

    # ------------------------------------------------------------ N5 event (Plone Event)
    pages[EVS] = page(EVS, 'Evenemang', 'Konferenser, utbildningar och träffar som Region Norrbotten ordnar.', f'''<div class="entries event-listing">
<article class="entry vevent">
  <header><span class="summary"><a href="{B}{EV}" class="contenttype-event state-published url">Länsträff: Jämlik hälsa i Norrbotten 2026</a></span></header>
  <p class="documentByLine"><span class="dtstart">11 feb 2026</span> · Kulturens hus, Luleå</p>
</article>
<article class="entry vevent">
  <header><span class="summary">Kulturrådslag 2026</span></header>
  <p class="documentByLine"><span class="dtstart">19 mar 2026</span> · Piteå</p>
</article>
</div>
<p><a href="{B}{LISTING}" rel="nofollow">Visa kalendern</a> · <a href="{B}{LISTING}{LISTINGS[1]}" rel="nofollow">Februari 2026</a> · <a href="{B}{LISTING}{LISTINGS[0]}" rel="nofollow">11 februari 2026</a></p>''',
        [('Evenemang', EVS)], modified='2025-10-27', portal_type='folder', actions=False)

    pages[EV] = page(EV, 'Länsträff: Jämlik hälsa i Norrbotten 2026', 'En dag för alla som arbetar med folkhälsa och förebyggande arbete i länets kommuner, i regionen och i föreningslivet.', f'''<div class="event-details card mb-3">
  <ul class="list-group list-group-flush">
    <li class="list-group-item"><strong>När</strong> <span class="dtstart">11 februari 2026 09.30</span> till <span class="dtend">11 februari 2026 16.00</span></li>
    <li class="list-group-item"><strong>Var</strong> <span class="location">Kulturens hus, Skeppsbrogatan 17, Luleå</span></li>
    <li class="list-group-item"><strong>Kontaktnamn</strong> Enheten för folkhälsa och social hållbarhet</li>
    <li class="list-group-item"><strong>Lägg till i kalender</strong> <a href="{B}{EV}{ICS}" rel="nofollow" title="Ladda ner den här händelsen i iCal-format">iCal</a> <a href="{B}{EV}{VCS}" rel="nofollow" title="Ladda ner den här händelsen i vCal-format">vCal</a></li>
  </ul>
</div>
<div id="parent-fieldname-text">
<p>Under dagen berättar kommuner och föreningar om insatser som har fått Framtidsmedel, och forskare från Luleå tekniska universitet presenterar ny kunskap om hälsans fördelning i länet. Efter lunch arbetar vi i grupper med de fyra målområdena i folkhälsopolicyn.</p>
<h2>Program</h2>
<ul>
<li>09.30 Kaffe och registrering</li>
<li>10.00 Hälsan i Norrbotten – läget 2026</li>
<li>11.00 Tre insatser berättar</li>
<li>13.00 Grupparbete</li>
<li>15.30 Sammanfattning</li>
</ul>
<h2>Praktisk information</h2>
<ul>
<li><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</li>
<li><strong>Antal platser:</strong> 150</li>
<li><strong>Sista anmälningsdag:</strong> 23 januari 2026</li>
<li><strong>Anmälan:</strong> via formuläret nedan</li>
<li><strong>Arrangör:</strong> Region Norrbotten och Norrbottens kommuner</li>
</ul>
</div>''', [('Evenemang', EVS), ('Länsträff: Jämlik hälsa i Norrbotten 2026', EV)], modified='2025-10-27', portal_type='event',
        related=[('Framtidsmedel', FM)])

    # ------------------------------------------------------------ N7 job ad
    pages[JOBB] = page(JOBB, 'Jobba hos oss', 'Region Norrbotten är en av länets största arbetsgivare med cirka 7 500 medarbetare.', f'''<div id="parent-fieldname-text">
<h2>Lediga jobb i urval</h2>
<ul>
<li>{a(JOB, 'Folkhälsostrateg med inriktning jämlik hälsa')} – sista ansökningsdag 30 november 2025</li>
<li>Sjuksköterska till Hälsocentralen Kiruna – sista ansökningsdag 20 november 2025</li>
</ul>
<p>Alla lediga jobb finns på <a href="https://norrbotten.varbi.com/">norrbotten.varbi.com</a>.</p>
</div>''', [('Jobba hos oss', JOBB)], modified='2025-11-03', portal_type='folder', actions=False)

    pages[JOB] = page(JOB, 'Folkhälsostrateg med inriktning jämlik hälsa', 'Enheten för folkhälsa och social hållbarhet söker en folkhälsostrateg.', f'''<div id="parent-fieldname-text">
<h2>Om tjänsten</h2>
<p>Du samordnar Framtidsmedel: du ger råd till kommuner och föreningar som vill söka, bereder ansökningarna inför beslut och följer upp de insatser som har fått medel, bland annat Familjestart Tornedalen och Stark tillsammans. Du arbetar också med uppföljningen av folkhälsopolicyn.</p>
<h2>Kvalifikationer</h2>
<p>Du har en examen i folkhälsovetenskap eller motsvarande och erfarenhet av att leda utvecklingsarbete tillsammans med kommuner. Du talar och skriver svenska mycket bra. Kunskaper i finska, meänkieli eller samiska är meriterande.</p>
<ul>
<li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
<li><strong>Omfattning:</strong> Heltid</li>
<li><strong>Placering:</strong> Regionhuset, Luleå</li>
<li><strong>Tillträde:</strong> 1 februari 2026 eller enligt överenskommelse</li>
<li><strong>Sista ansökningsdag:</strong> 30 november 2025</li>
</ul>
<p><a href="https://norrbotten.varbi.com/what:job/jobID:845512/">Ansök via Varbi</a></p>
</div>''', [('Jobba hos oss', JOBB), ('Folkhälsostrateg med inriktning jämlik hälsa', JOB)], modified='2025-11-03')

    # ------------------------------------------------------------ other sections (short)
    pages[KUL] = page(KUL, 'Kultur', 'Region Norrbotten stödjer kulturlivet i länet.', f'''<div id="parent-fieldname-text"><ul><li>{a(KUL + '/kulturstod', 'Kulturstöd')}</li><li>{a(KUL + '/norrbottens-museum', 'Norrbottens museum')}</li></ul></div>''',
                      [('Kultur', KUL)], modified='2024-11-05', portal_type='folder')
    pages[POLIT] = page(POLIT, 'Politik och påverkan', 'Regionfullmäktige är Region Norrbottens högsta beslutande organ.', f'''<div id="parent-fieldname-text"><ul><li>{a(POLIT + '/regionfullmaktige', 'Regionfullmäktige')}</li><li>{a(POLIT + '/protokoll', 'Protokoll')}</li></ul></div>''',
                        [('Politik och påverkan', POLIT)], modified='2024-12-02', portal_type='folder')

    # ------------------------------------------------------------ furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakta oss', 'Så når du Region Norrbotten.', '''<div id="parent-fieldname-text"><p>Växel: 0920-28 40 00, vardagar kl. 7.30–16.30.<br/>E-post: region.norrbotten@norrbotten.se<br/>Postadress: Region Norrbotten, 971 89 Luleå</p><p>Sjukvårdsrådgivning: ring 1177.</p></div>''',
                          [('Kontakta oss', KONTAKT)], modified='2024-09-02', actions=False)
    pages[OMW] = page(OMW, 'Om webbplatsen', '', f'''<div id="parent-fieldname-text"><ul><li>{a(KAKOR, 'Kakor')}</li><li>{a(TILLG, 'Tillgänglighetsredogörelse')}</li></ul></div>''',
                      [('Om webbplatsen', OMW)], modified='2024-09-02', portal_type='folder', actions=False)
    pages[KAKOR] = page(KAKOR, 'Kakor', 'Så använder vi kakor på norrbotten.se.', '''<div id="parent-fieldname-text"><p>Vi använder en nödvändig kaka (__ac) när du loggar in och Matomo utan kakor för besöksstatistik.</p>
<table class="listing"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody><tr><td>__ac</td><td>Inloggning för redaktörer</td><td>Sessionen</td></tr><tr><td>I18N_LANGUAGE</td><td>Språkval</td><td>Sessionen</td></tr></tbody></table></div>''',
                        [('Om webbplatsen', OMW), ('Kakor', KAKOR)], modified='2024-09-02', actions=False)
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', 'Region Norrbotten står bakom den här webbplatsen.', '''<div id="parent-fieldname-text"><p>Vi vill att så många som möjligt ska kunna använda webbplatsen.</p><h2>Kända brister</h2><ul><li>Vissa pdf-dokument är inte tillgängliga.</li><li>Kartor saknar textalternativ.</li></ul></div>''',
                        [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)], modified='2025-01-15', actions=False)

    # HTML site map (Plone's @@sitemap at depth 2)
    rows = []
    for name, href, subs in GLOBALNAV:
        sub = ''.join(f'<li>{a(s, n)}</li>' for n, s in subs)
        rows.append(f'<li>{a(href, name)}<ul>{sub}</ul></li>')
    rows.append(f'<li>{a(NYH, "Nyheter")}</li><li>{a(EVS, "Evenemang")}</li><li>{a(KONTAKT, "Kontakta oss")}</li><li>{a(OMW, "Om webbplatsen")}<ul><li>{a(KAKOR, "Kakor")}</li><li>{a(TILLG, "Tillgänglighetsredogörelse")}</li></ul></li>')
    pages[SMAP] = page(SMAP, 'Webbplatskarta', '', f'<ul id="portal-sitemap" class="navTreeLevel0">{"".join(rows)}</ul>',
                       [('Webbplatskarta', SMAP)], modified='2025-11-06', actions=False)

    for p, t in pages.items():
        write(H, p, t)

    # ------------------------------------------------------------ sitemap.xml.gz (Plone lists all published content)
    sm = [('', '2025-11-06'), (HV, '2025-05-12'), (HV_FC, '2025-02-03'), (FC_JOKK, '2025-01-13'), (HV_NY, '2025-03-17'), (P4, '2025-11-06'),
          (FS, '2025-10-20'), (FM, '2025-10-20'), (SOK, '2025-10-20'), (VILL, '2023-06-20'), (UPP, '2025-04-02'), (INS, '2025-09-08'),
          (P1, '2025-02-24'), (P2, '2025-08-29'), (P3, '2024-03-18'), (POL, '2023-05-02'), (RU, '2025-01-22'), (KOMP, '2025-06-16'),
          (P5, '2025-03-10'), (KUL, '2024-11-05'), (POLIT, '2024-12-02'), (NYH, '2025-11-06'), (NN_P4, '2025-11-06'),
          (NN_CALL, '2025-10-20'), (NN_X1, '2025-10-14'), (NN_X2, '2025-09-29'), (EVS, '2025-10-27'), (EV, '2025-10-27'),
          (JOBB, '2025-11-03'), (JOB, '2025-11-03'), (KONTAKT, '2024-09-02'), (OMW, '2024-09-02'), (KAKOR, '2024-09-02'),
          (TILLG, '2025-01-15')]
    xml = urlset(H, [(p, d) for p, d in sm])
    write_gzip(H, '/sitemap.xml.gz', xml)

    write(H, '/robots.txt', f'''Sitemap: {B}/sitemap.xml.gz

# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html

# Region Norrbotten: sök, inloggning, formulär, kalendervyer och filtrerade listor ska inte hämtas

User-agent: *
Disallow: /@@search
Disallow: /login
Disallow: /acl_users/
Disallow: /*sendto_form$
Disallow: /*/@@print
Disallow: /*mail_password_form$
Disallow: /*/ics_view$
Disallow: /*/vcs_view$
Disallow: /*@@event_listing
Disallow: /*?kommun=
Disallow: /*?b_start

# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
# the wildcard is only supported by Googlebot
# http://www.google.com/support/webmasters/bin/answer.py?answer=40367&ctx=sibling

User-Agent: Googlebot
Disallow: /*?
Disallow: /*atct_album_view$
Disallow: /*folder_factories$
Disallow: /*folder_summary_view$
Disallow: /*login_form$
Disallow: /*mail_password_form$
Disallow: /@@search
Disallow: /*search_rss$
Disallow: /*sendto_form$
Disallow: /*summary_view$
Disallow: /*thumbnail_view$
Disallow: /*view$
''')
    return pages, sm


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in the sitemap')
