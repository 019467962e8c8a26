"""Ängelholms kommun (1292, mid-size) on WordPress 6.8 with the Municipio 5 theme and Modularity – heldout_sites20.

Pages are hierarchical WordPress pages (/<parent>/<child>/), posts use the permalink structure /nyheter/%postname%/
with the posts page /nyheter/, its pagination /nyheter/page/2/ and date archives /nyheter/date/<year>/.
Every internal link is absolute (https://www.engelholm.se/…), as WordPress writes them.
"""
import html as _html

from make_common import write

H = 'www.engelholm.se'
BASE = 'https://' + H

KP = '/kommun-och-politik/'
HU = KP + 'hallbar-utveckling/'
FUND = HU + 'sociala-investeringar/'
SOK = FUND + 'sa-soker-ni/'
REGLER = FUND + 'regler-och-kriterier/'
LIST = FUND + 'pagaende-projekt/'
B1 = LIST + 'laslust-i-rebbelberga/'
DEAD_CARD = LIST + 'motesplats-ossjo/'                      # dead: finished, page removed
BEV = FUND + 'beviljade-medel/'
UPP = FUND + 'uppfoljning/'
UF = '/utbildning-och-forskola/'
EH = UF + 'elevhalsa/'
B2 = EH + 'familjebehandlare-i-skolan/'
OS = '/omsorg-och-stod/'
TP = OS + 'traffpunkter-for-aldre/'
B3 = TP + 'digitalt-seniorcafe/'
AV = '/arbete-och-vuxenutbildning/'
JT = AV + 'jobbtorg/'
B4 = JT + 'ung-framtid/'
KF = '/kultur-och-fritid/'
FG = KF + 'fritidsgardar/'
B5 = FG + 'kvallsoppet-i-vejbystrand/'
NYH = '/nyheter/'
NYH2 = '/nyheter/page/2/'
Y25 = '/nyheter/date/2025/'
Y24 = '/nyheter/date/2024/'
EVS = '/evenemang/'
EV = '/evenemang/frukostseminarium-om-sociala-investeringar/'
JOBS = '/jobba-hos-oss/'
JOB = '/jobba-hos-oss/utvecklingsledare-social-hallbarhet/'

THEME = '/wp-content/themes/municipio/assets/dist'
ARIA = ' aria-current="page"'


def U(p):
    return BASE + p


MENU = [('Utbildning och förskola', UF), ('Omsorg och stöd', OS), ('Kultur och fritid', KF),
        ('Bygga, bo och miljö', '/bygga-bo-och-miljo/'), ('Arbete och vuxenutbildning', AV), ('Kommun och politik', KP)]

_ids = {}


def pid(path):
    if path not in _ids:
        _ids[path] = 1180 + 17 * len(_ids)
    return _ids[path]


def header(active):
    items = ''.join(
        f'<li class="c-nav__item{" c-nav__item--active" if h == active else ""}"><a class="c-nav__link" href="{U(h)}"{ARIA if h == active else ""}><span class="c-nav__text">{t}</span></a></li>'
        for t, h in MENU)
    return f'''<header id="site-header" class="c-header c-header--business site-header">
  <div class="c-header__main-upper-area-container">
    <div class="c-header__main-upper-area o-container">
      <a href="{U('/')}" class="c-brand" aria-label="Till startsidan"><img class="c-image__image c-brand__image" src="{U('/wp-content/uploads/2023/09/engelholm-logotyp.svg')}" alt="Ängelholms kommun"></a>
      <form class="c-form search-form" method="get" action="{U('/')}" role="search" id="header-search-form">
        <div class="c-field c-field--search c-field--md"><label class="c-field__label u-sr__only" for="header-search-input">Sök</label>
        <div class="c-field__inner"><input id="header-search-input" class="c-field__input" type="search" name="s" placeholder="Vad letar du efter?" autocomplete="off"></div></div>
        <button class="c-button c-button__filled c-button__filled--primary c-button--md" type="submit"><span class="c-button__label"><span class="c-button__label-text">Sök</span></span></button>
      </form>
      <nav class="c-nav c-nav--horizontal c-nav--tiles u-display--none@xs u-display--none@sm" aria-label="Hjälpmeny">
        <ul class="c-nav__list">
          <li class="c-nav__item"><a class="c-nav__link" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10388&amp;lang=sv_se&amp;readclass=c-article"><span class="c-nav__text">Lyssna</span></a></li>
          <li class="c-nav__item"><a class="c-nav__link" href="{U('/other-languages/')}"><span class="c-nav__text">Other languages</span></a></li>
          <li class="c-nav__item"><a class="c-nav__link" href="https://e-tjanster.engelholm.se/"><span class="c-nav__text">E-tjänster</span></a></li>
        </ul>
      </nav>
    </div>
  </div>
  <div class="c-header__main-lower-area o-container">
    <nav class="c-nav c-nav--horizontal site-nav-primary" aria-label="Huvudmeny">
      <ul class="c-nav__list">{items}</ul>
    </nav>
  </div>
</header>'''


def footer():
    return f'''<footer id="site-footer" class="c-footer c-footer--basic site-footer">
  <div class="c-footer__body o-container">
    <div class="o-grid">
      <div class="o-grid-12 o-grid-4@md"><div class="c-footer__widget widget_text"><h2 class="c-typography c-typography__variant--h4">Ängelholms kommun</h2>
        <p>262 80 Ängelholm<br>Besöksadress: Stadshuset, Storgatan 59<br>Telefon: 0431-870 00<br><a href="mailto:kommun@engelholm.se">kommun@engelholm.se</a></p></div></div>
      <div class="o-grid-12 o-grid-4@md"><div class="c-footer__widget widget_nav_menu"><h2 class="c-typography c-typography__variant--h4">Genvägar</h2>
        <ul class="menu"><li class="menu-item"><a href="{U(NYH)}">Nyheter</a></li><li class="menu-item"><a href="{U(EVS)}">Evenemang</a></li><li class="menu-item"><a href="{U(JOBS)}">Jobba hos oss</a></li><li class="menu-item"><a href="{U('/kontakta-oss/')}">Kontakta oss</a></li><li class="menu-item"><a href="{U('/press/')}">Press</a></li></ul></div></div>
      <div class="o-grid-12 o-grid-4@md"><div class="c-footer__widget widget_nav_menu"><h2 class="c-typography c-typography__variant--h4">Om webbplatsen</h2>
        <ul class="menu"><li class="menu-item"><a href="{U('/om-webbplatsen/')}">Om webbplatsen</a></li><li class="menu-item"><a href="{U('/om-webbplatsen/tillganglighetsredogorelse/')}">Tillgänglighetsredogörelse</a></li><li class="menu-item"><a href="{U('/om-webbplatsen/kakor/')}">Kakor</a></li><li class="menu-item"><a href="{U('/wp-admin/')}" rel="nofollow">Logga in</a></li></ul></div></div>
    </div>
  </div>
  <div class="c-footer__subfooter o-container"><ul class="c-footer__subfooter-list"><li><a href="https://www.facebook.com/engelholmskommun">Facebook</a></li><li><a href="https://www.instagram.com/engelholmskommun/">Instagram</a></li><li><a href="https://www.linkedin.com/company/angelholms-kommun/">LinkedIn</a></li></ul></div>
</footer>'''


def crumbs(trail):
    items = [('Start', '/')] + trail
    out = []
    for i, (t, h) in enumerate(items, 1):
        if i < len(items):
            out.append(f'<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="{U(h)}" class="c-breadcrumb__link"><span itemprop="name">{t}</span></a><meta itemprop="position" content="{i}"></li>')
        else:
            out.append(f'<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" aria-current="page"><span itemprop="name">{t}</span><meta itemprop="position" content="{i}"></li>')
    return f'<nav aria-label="Brödsmulor" class="c-breadcrumb"><ol class="c-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">{"".join(out)}</ol></nav>'


def sidenav(parent, children, current, sub=None):
    """Municipio's vertical sidebar menu: parent, its children, and optionally the current page's children."""
    sub = sub or {}
    lis = []
    for t, h in children:
        cur = ' c-nav__item--active' if h == current else ''
        aria = ' aria-current="page"' if h == current else ''
        inner = ''
        if h in sub:
            inner = '<ul class="c-nav__list c-nav__child-container">' + ''.join(
                f'<li class="c-nav__item{" c-nav__item--active" if sh == current else ""}"><a class="c-nav__link" href="{U(sh)}"><span class="c-nav__text">{st}</span></a></li>'
                for st, sh in sub[h]) + '</ul>'
        lis.append(f'<li class="c-nav__item{cur}"><a class="c-nav__link" href="{U(h)}"{aria}><span class="c-nav__text">{t}</span></a>{inner}</li>')
    pt, ph = parent
    return f'''<aside class="o-grid-12 o-grid-3@md o-order-1 sidebar-left-sidebar">
  <nav class="c-nav c-nav--vertical c-nav--sidebar" aria-label="Undermeny">
    <a class="c-nav__parent-link" href="{U(ph)}"{ARIA if ph == current else ""}>{pt}</a>
    <ul class="c-nav__list">{"".join(lis)}</ul>
  </nav>
</aside>'''


def cards(heading, items, mid='1842'):
    out = ''.join(f'''<div class="o-grid-12 o-grid-6@sm o-grid-4@md">
  <a href="{U(h) if h.startswith('/') else h}" class="c-card c-card--default c-card--ratio-16:9"><div class="c-card__body"><h3 class="c-typography c-card__heading c-typography__variant--h4">{t}</h3><p class="c-card__content">{d}</p></div></a>
</div>''' for t, h, d in items)
    head = f'<h2 class="c-typography module-title c-typography__variant--h2">{heading}</h2>' if heading else ''
    return f'''<div id="mod-manualinput-{mid}" class="modularity-mod-manualinput modularity-{mid}">
  {head}
  <div class="o-grid">{out}</div>
</div>'''


def inlay(heading, items, mid='2210'):
    lis = ''.join(f'<li class="c-listing__item"><a class="c-link" href="{U(h) if h.startswith("/") else h}">{t}</a></li>' for t, h in items)
    return f'''<div id="mod-inlaylist-{mid}" class="modularity-mod-inlaylist modularity-{mid} c-card c-card--panel">
  <div class="c-card__header"><h2 class="c-typography c-typography__variant--h4">{heading}</h2></div>
  <div class="c-card__body"><ul class="c-listing c-listing--links">{lis}</ul></div>
</div>'''


def contact(name, role, phone, email):
    return f'''<div class="modularity-mod-contacts c-card c-card--panel">
  <div class="c-card__header"><h2 class="c-typography c-typography__variant--h4">Kontakt</h2></div>
  <div class="c-card__body"><p><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{email}">{email}</a></p></div>
</div>'''


def layout(path, title, body_class, main, desc, kind='pages', extra_head='', active=None):
    i = pid(path)
    return f'''<!DOCTYPE html>
<html lang="sv-SE" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="pagetitle" content="{_html.escape(title)}">
<meta name="description" content="{_html.escape(desc)}">
<title>{title} - Ängelholms kommun</title>
<meta name='robots' content='max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="Ängelholms kommun &raquo; Webbflöde" href="{U('/feed/')}">
<link rel='stylesheet' id='municipio-css' href='{U(THEME + "/css/municipio.3f9a7c21.css")}' media='all'>
<link rel='stylesheet' id='modularity-css' href='{U("/wp-content/plugins/modularity/dist/css/modularity.1d2e8b40.css")}' media='all'>
<link rel="https://api.w.org/" href="{U('/wp-json/')}">
<link rel="alternate" title="JSON" type="application/json" href="{U(f'/wp-json/wp/v2/{kind}/{i}')}">
<meta name="generator" content="WordPress 6.8.3">
<link rel="canonical" href="{U(path)}">
<link rel='shortlink' href='{U(f"/?p={i}")}'>
{extra_head}<meta property="og:title" content="{_html.escape(title)}">
<meta property="og:url" content="{U(path)}">
<meta property="og:site_name" content="Ängelholms kommun">
<link rel="icon" href="{U('/wp-content/uploads/2023/09/cropped-favicon-32x32.png')}" sizes="32x32">
</head>
<body class="{body_class} wp-theme-municipio t-municipio header-business">
<a href="#main-content" class="c-button u-sr__only u-sr__only--focusable">Hoppa till huvudinnehåll</a>
<div class="site-wrapper">
{header(active)}
<main id="main-content" class="o-container o-container--content">
{main}
</main>
{footer()}
</div>
<script src="{U(THEME + '/js/municipio.8b0e4d92.js')}" id="municipio-js"></script>
<script src="{U('/wp-content/plugins/modularity/dist/js/modularity.77c31fa0.js')}" id="modularity-js"></script>
</body>
</html>
'''




def page(path, title, trail, article, modules='', side='', lead='', updated='2025-10-28', active=None):
    i = pid(path)
    lead_html = f'<p class="lead">{lead}</p>' if lead else ''
    colmain = 'o-grid-12 o-grid-9@md o-order-2' if side else 'o-grid-12'
    main = f'''{crumbs(trail) if trail else ''}
<div class="o-grid o-grid--no-margin@md">
{side}
<div class="{colmain}">
  <article id="article" class="c-article c-article--readable-width s-article u-clearfix">
    <h1 class="c-typography c-typography__variant--h1">{title}</h1>
    {lead_html}
{article}
  </article>
  <div class="o-grid modularity-content-area">
{modules}
  </div>
  <div class="page-meta"><p class="c-typography c-typography__variant--meta">Senast uppdaterad: <time datetime="{updated}">{updated}</time></p></div>
</div>
</div>'''
    cls = 'home page-template-default page page-id-%d' % i if path == '/' else f'page-template-default page page-id-{i} page-child'
    return layout(path, title, cls, main, lead or title, active=active)


# ------------------------------------------------------------------ posts
POSTS = [
    ('/nyheter/nu-kan-forvaltningarna-soka-sociala-investeringsmedel-for-2026/', '2025-11-04', '4 november 2025',
     'Nu kan förvaltningarna söka sociala investeringsmedel för 2026',
     'Ansökningsomgången för 2026 är öppen. Sista dag att lämna in en ansökan är den 1 mars.',
     f'''<p>Efter kommunfullmäktiges beslut i maj finns knappt 11 miljoner kronor att söka ur den sociala investeringsfonden. Förvaltningarna kan söka var för sig eller tillsammans, gärna med föreningar eller Region Skåne som samverkanspart.</p>
<p>Den här gången prioriteras ansökningar som minskar skolfrånvaro och ansökningar som hjälper unga vuxna till arbete.</p>
<p>Läs mer på sidan <a href="{U(SOK)}">Så söker ni</a>.</p>'''),
    ('/nyheter/ny-belysning-i-stadsparken/', '2025-10-20', '20 oktober 2025', 'Ny belysning i Stadsparken',
     'Under hösten byter kommunen ut belysningen längs gångvägarna i Stadsparken.',
     '<p>De gamla armaturerna ersätts med LED-belysning som ger jämnare ljus och drar mindre energi. Arbetet pågår till mitten av december. Några gångvägar kan vara avstängda under kortare perioder.</p>'),
    ('/nyheter/hostlovsprogrammet-ar-klart/', '2025-09-08', '8 september 2025', 'Höstlovsprogrammet är klart',
     'Skapande verkstäder, prova-på-idrott och skräckfilmskväll – nu finns höstlovets program för barn och unga.',
     '<p>Aktiviteterna är gratis och de flesta kräver ingen anmälan. Programmet finns på biblioteken och fritidsgårdarna.</p>'),
    ('/nyheter/kommunfullmaktige-avsatter-10-miljoner-till-sociala-investeringar/', '2025-05-13', '13 maj 2025',
     'Kommunfullmäktige avsätter 10 miljoner kronor till sociala investeringar',
     'Kommunfullmäktige beslutade på måndagen att föra över 10 miljoner kronor av förra årets överskott till den sociala investeringsfonden.',
     f'''<p>Fonden startade 2022 med 8 miljoner kronor. Sedan dess har åtta ansökningar beviljats, och i början av 2025 fanns mindre än en miljon kronor kvar att fördela.</p>
<p>– Vi ser att förebyggande arbete lönar sig, både för människor och för kommunens ekonomi, säger kommunstyrelsens ordförande.</p>
<p><a href="{U(FUND)}">Läs mer om sociala investeringar</a></p>'''),
    ('/nyheter/vagarbete-pa-ostra-storgatan/', '2025-03-18', '18 mars 2025', 'Vägarbete på Östra Storgatan',
     'Från den 24 mars byggs Östra Storgatan om mellan Järnvägsgatan och Tingstorget.',
     '<p>Biltrafiken leds om via Klostergatan. Gående och cyklister kan passera hela tiden. Arbetet beräknas vara klart i juni.</p>'),
    ('/nyheter/tre-nya-sociala-investeringar-beviljade/', '2024-12-10', '10 december 2024',
     'Tre nya sociala investeringar beviljade',
     'Kommunstyrelsen har beviljat sammanlagt 3,16 miljoner kronor ur den sociala investeringsfonden till tre nya ansökningar.',
     f'''<p>Pengarna går till <a href="{U(B1)}">Läslust i Rebbelberga</a> (1,8 miljoner kronor), ett digitalt seniorcafé (640 000 kronor) och kvällsöppet på fritidsgården i Vejbystrand (720 000 kronor). Alla tre startar under våren 2025.</p>
<p>– Gemensamt för dem är att de vill nå människor tidigt, innan problemen blir stora, säger kommunstyrelsens ordförande.</p>'''),
    ('/nyheter/familjebehandlarna-i-skolan-har-mott-120-familjer/', '2024-11-05', '5 november 2024',
     'Familjebehandlarna i skolan har mött 120 familjer',
     'Sedan i augusti finns familjebehandlare på två av kommunens skolor. Redan har de haft kontakt med 120 familjer.',
     f'''<p>Familjebehandlarna är anställda av socialförvaltningen men har sina kontor på Centralskolan och Skäldervikens skola. Där kan elever och föräldrar träffa dem utan att gå via en ansökan hos socialtjänsten.</p>
<p>– Föräldrar som aldrig skulle ha ringt socialtjänsten kommer hit och pratar. Då kan vi hjälpa till innan det har gått för långt, säger familjebehandlaren Jenny Ek.</p>
<p><a href="{U(B2)}">Läs mer om familjebehandlare i skolan</a></p>'''),
    ('/nyheter/sommarjobb-for-400-ungdomar/', '2024-06-10', '10 juni 2024', 'Sommarjobb för 400 ungdomar',
     'I sommar får 400 ungdomar i Ängelholm sommarjobb genom kommunen.',
     '<p>Ungdomarna arbetar tre veckor inom bland annat äldreomsorg, parkförvaltning och kultur och fritid. Alla har fått introduktion och en handledare på arbetsplatsen.</p>'),
]


def post_html(i):
    p, iso, human, title, lead, body = POSTS[i]
    pi = pid(p)
    share = f'<a class="c-button c-button__basic" rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u={U(p)}">Dela på Facebook</a>'
    main = f'''{crumbs([('Nyheter', NYH), (title, p)])}
<div class="o-grid o-grid--no-margin@md">
<div class="o-grid-12 o-grid-9@md">
  <article id="article" class="c-article c-article--readable-width s-article u-clearfix post-{pi} post type-post status-publish">
    <h1 class="c-typography c-typography__variant--h1">{title}</h1>
    <div class="c-article__meta"><span class="c-typography c-typography__variant--meta">Publicerad: <time datetime="{iso}T08:30:00+01:00">{human}</time></span></div>
    <p class="lead">{lead}</p>
{body}
    <div class="c-article__share">{share}</div>
  </article>
</div>
{archive_sidebar()}
</div>'''
    return layout(p, title, f'post-template-default single single-post postid-{pi} single-format-standard', main, lead, kind='posts')


def archive_sidebar():
    return f'''<aside class="o-grid-12 o-grid-3@md sidebar-right-sidebar">
  <div class="c-card c-card--panel widget widget_archive"><div class="c-card__header"><h2 class="c-typography c-typography__variant--h4">Arkiv</h2></div>
  <div class="c-card__body"><ul class="c-listing"><li><a href="{U(Y25)}">2025</a></li><li><a href="{U(Y24)}">2024</a></li></ul></div></div>
</aside>'''


def listing(path, title, posts, prev=None, nxt=None, kind='home blog'):
    items = ''.join(f'''<div class="o-grid-12">
  <a href="{U(p)}" class="c-card c-card--default c-card--news"><div class="c-card__body">
    <span class="c-card__meta"><time datetime="{iso}">{human}</time></span>
    <h2 class="c-typography c-card__heading c-typography__variant--h3">{t}</h2>
    <p class="c-card__content">{lead}</p></div></a>
</div>''' for p, iso, human, t, lead, body in posts)
    pag = ''
    if prev or nxt:
        pag = '<nav class="c-pagination" aria-label="Sidnavigering"><ul class="c-pagination__list">'
        if prev:
            pag += f'<li class="c-pagination__item"><a class="c-pagination__link prev page-numbers" href="{U(prev)}">Föregående sida</a></li>'
        pag += f'<li class="c-pagination__item"><a class="c-pagination__link page-numbers" href="{U(NYH)}">1</a></li><li class="c-pagination__item"><a class="c-pagination__link page-numbers" href="{U(NYH2)}">2</a></li>' if path in (NYH, NYH2) else ''
        if nxt:
            pag += f'<li class="c-pagination__item"><a class="c-pagination__link next page-numbers" href="{U(nxt)}">Nästa sida</a></li>'
        pag += '</ul></nav>'
    main = f'''{crumbs([(title, path)])}
<div class="o-grid o-grid--no-margin@md">
<div class="o-grid-12 o-grid-9@md">
  <h1 class="c-typography c-typography__variant--h1">{title}</h1>
  <div class="o-grid archive-posts">{items}</div>
  {pag}
</div>
{archive_sidebar()}
</div>'''
    return layout(path, title, kind, main, title)


FUNDNAV_ITEMS = [('Så söker ni', SOK), ('Regler och kriterier', REGLER), ('Pågående projekt', LIST),
                 ('Beviljade medel', BEV), ('Uppföljning', UPP)]


def fundnav(current):
    return sidenav(('Sociala investeringar', FUND), FUNDNAV_ITEMS, current,
                   sub={LIST: [('Läslust i Rebbelberga', B1)]} if current in (LIST, B1) else None)


def build():
    pages = {}
    T_KP = [('Kommun och politik', KP)]
    T_HU = T_KP + [('Hållbar utveckling', HU)]
    T_F = T_HU + [('Sociala investeringar', FUND)]

    # ---------------- start
    latest = ''.join(f'''<div class="o-grid-12 o-grid-4@md"><a href="{U(p[0])}" class="c-card c-card--default c-card--news"><div class="c-card__body"><span class="c-card__meta"><time datetime="{p[1]}">{p[2]}</time></span><h3 class="c-typography c-card__heading c-typography__variant--h4">{p[3]}</h3></div></a></div>''' for p in POSTS[:3])
    pages['/'] = page('/', 'Välkommen till Ängelholms kommun', [], f'''<p>Här bor drygt 43 000 människor – i staden, på landsbygden och längs Skälderviken.</p>
<p class="popular-searches">Populära sökningar: <a href="{U('/?s=bygglov')}">bygglov</a>, <a href="{U('/?s=soph%C3%A4mtning')}">sophämtning</a>, <a href="{U('/?s=skolval')}">skolval</a></p>''',
        modules=cards('Genvägar', [('Lediga jobb', JOBS, 'Jobba hos oss'), ('Evenemang', EVS, 'Vad händer i Ängelholm?'),
                                   ('Fritidsgårdar', FG, 'Mötesplatser för unga'), ('Träffpunkter för äldre', TP, 'Gemenskap och aktiviteter'),
                                   ('Skolmat', UF + 'skolmat/', 'Veckans meny')], '1001') +
        f'''<div id="mod-posts-1002" class="modularity-mod-posts modularity-1002"><h2 class="c-typography module-title c-typography__variant--h2">Nyheter</h2><div class="o-grid">{latest}</div>
<a class="c-button c-button__filled c-button__filled--primary" href="{U(NYH)}"><span class="c-button__label-text">Alla nyheter</span></a></div>''')

    pages[KP] = page(KP, 'Kommun och politik', T_KP, '', modules=cards('', [
        ('Hållbar utveckling', HU, 'Social, ekologisk och ekonomisk hållbarhet'),
        ('Kommunfullmäktige', KP + 'kommunfullmaktige/', 'Sammanträden och protokoll'),
        ('Budget och årsredovisning', KP + 'budget-och-arsredovisning/', 'Kommunens ekonomi'),
        ('Jobba hos oss', JOBS, 'Lediga jobb')], '1010'), lead='Hur kommunen styrs, ekonomi och hållbar utveckling.', active=KP)

    pages[HU] = page(HU, 'Hållbar utveckling', T_HU, '<p>Ängelholms kommun arbetar med hållbar utveckling utifrån de globala målen i Agenda 2030.</p>',
                     modules=cards('', [('Sociala investeringar', FUND, 'Pengar för förebyggande arbete'),
                                        ('Klimat och miljö', HU + 'klimat-och-miljo/', 'Kommunens miljömål'),
                                        ('Folkhälsa', HU + 'folkhalsa/', 'Jämlik hälsa för alla')], '1011'),
                     lead='Social, ekologisk och ekonomisk hållbarhet i Ängelholm.', active=KP)

    # ---------------- fund section
    pages[FUND] = page(FUND, 'Sociala investeringar', T_F, f'''<p>Kommunfullmäktige inrättade den sociala investeringsfonden 2022 med 8 miljoner kronor. Budgeten för 2024 tillförde 2,5 miljoner kronor, och i maj 2025 beslutade fullmäktige att tillföra ytterligare 10 miljoner kronor.</p>
<p>Pengarna används för att pröva nya, förebyggande arbetssätt som kan ge bättre livsvillkor för invånarna och samtidigt minska kommunens kostnader längre fram. Förvaltningarna söker medel och ansvarar för arbetet. Kommunstyrelsen beslutar.</p>
<h2>Vad kan fonden användas till?</h2>
<ul>
<li>Tidiga insatser för barn och unga</li>
<li>Stöd till unga vuxna som står utanför arbete och studier</li>
<li>Insatser som bryter ensamhet och ger äldre möjlighet att leva ett aktivt liv</li>
</ul>
<p>Här kan du läsa om vilka som har fått pengar under <a href="{U(BEV)}">Beviljade medel</a>.</p>''',
        modules=cards('Läs mer', [('Så söker ni', SOK, 'Steg för steg'), ('Regler och kriterier', REGLER, 'Vad gäller för fonden?'),
                                  ('Pågående projekt', LIST, 'Ett urval av det som pågår'), ('Läslust i Rebbelberga', B1, 'Läsning och språk i förskolan'),
                                  ('Uppföljning', UPP, 'Resultat och utvärdering')], '1020') +
        contact('Anna Sjöberg', 'Utvecklingsledare social hållbarhet', '0431-870 12', 'anna.sjoberg@engelholm.se'),
        side=fundnav(FUND), lead='Den sociala investeringsfonden ger förvaltningarna möjlighet att arbeta förebyggande.', active=KP)

    pages[SOK] = page(SOK, 'Så söker ni', T_F + [('Så söker ni', SOK)], f'''<p>Det finns två ansökningsomgångar per år: senast den 1 mars och senast den 1 oktober.</p>
<ol>
<li>Boka ett möte med utvecklingsledaren för social hållbarhet och berätta om er idé.</li>
<li>Fyll i ansökan. Beskriv målgruppen, vad ni vill uppnå och hur ni ska mäta resultaten.</li>
<li>Gör en kostnadsberäkning och en bedömning av vilka kostnader som kan minska på sikt.</li>
<li>Förvaltningschefen skriver under ansökan.</li>
</ol>
<p>Ansökan bereds av en arbetsgrupp med representanter från alla förvaltningar. Beslut fattas av kommunstyrelsen, normalt två månader efter sista ansökningsdag.</p>
<ul class="c-listing c-listing--files">
<li><a href="{U('/wp-content/uploads/2024/02/ansokan-sociala-investeringar.docx')}">Ansökningsmall (docx)</a></li>
<li><a href="{U('/wp-content/uploads/2024/02/kalkylmall-sociala-investeringar.xlsx')}">Kalkylmall (xlsx)</a></li>
</ul>''', side=fundnav(SOK), lead='Så ansöker en förvaltning om medel ur den sociala investeringsfonden.', active=KP)

    pages[REGLER] = page(REGLER, 'Regler och kriterier', T_F + [('Regler och kriterier', REGLER)], f'''<p>Reglerna antogs av kommunfullmäktige den 28 mars 2022, § 45.</p>
<h2>Kriterier</h2>
<ul>
<li>Insatsen ska vara förebyggande och rikta sig till en tydlig målgrupp.</li>
<li>Det ska finnas en beräkning av förväntade effekter och kostnader.</li>
<li>Insatsen ska kunna utvärderas.</li>
</ul>
<h2>Regler</h2>
<ul>
<li>En ansökan kan beviljas högst 2 500 000 kronor.</li>
<li>Tiden får vara högst tre år.</li>
<li>Om arbetet ger effekt ska förvaltningen ta över det i ordinarie budget.</li>
<li>Hälften av de besparingar som uppstår ska betalas tillbaka till fonden.</li>
</ul>
<p><a href="{U('/wp-content/uploads/2022/04/regler-sociala-investeringsfonden.pdf')}">Regler för den sociala investeringsfonden (pdf)</a></p>''',
        side=fundnav(REGLER), lead='Det här gäller för att få pengar ur den sociala investeringsfonden.', active=KP)

    pages[LIST] = page(LIST, 'Pågående projekt', T_F + [('Pågående projekt', LIST)], f'''<p>Här presenterar vi ett urval av det som just nu får pengar ur den sociala investeringsfonden. Alla beviljade ansökningar finns under <a href="{U(BEV)}">Beviljade medel</a>.</p>
<div class="c-filter" role="group" aria-label="Filtrera på målgrupp"><span class="c-filter__label">Målgrupp:</span>
<a class="c-tag" rel="nofollow" href="{U(LIST + '?malgrupp=barn-och-unga')}">Barn och unga</a>
<a class="c-tag" rel="nofollow" href="{U(LIST + '?malgrupp=vuxna')}">Vuxna</a>
<a class="c-tag" rel="nofollow" href="{U(LIST + '?malgrupp=aldre')}">Äldre</a></div>''',
        modules=cards('', [('Läslust i Rebbelberga', B1, 'Förskola, bibliotek och barnhälsovård tillsammans för barns språk. 2025–2027.'),
                           ('Mötesplats Össjö', DEAD_CARD, 'En mötesplats för alla åldrar i Össjö bygdegård. 2023–2024.')], '1030'),
        side=fundnav(LIST), lead='Ett urval av det som finansieras av den sociala investeringsfonden just nu.', active=KP)

    pages[B1] = page(B1, 'Läslust i Rebbelberga', T_F + [('Pågående projekt', LIST), ('Läslust i Rebbelberga', B1)], f'''<p>I Rebbelberga läser många barn mindre hemma än barn i andra delar av kommunen, och fler barn behöver stöd i sin språkutveckling när de börjar skolan. Projektet Läslust ska ändra på det.</p>
<h2>Vad gör vi?</h2>
<ul>
<li>Förskolorna i Rebbelberga får bokpåsar som barnen lånar hem varje vecka.</li>
<li>Barnbibliotekarien håller sagostunder på förskolorna och på familjecentralen.</li>
<li>Barnhälsovården delar ut en bok och information om läsning vid besöken när barnet är 8 månader och 3 år.</li>
<li>Föräldrar bjuds in till träffar om språk och läsning, med tolk vid behov.</li>
</ul>
<div class="c-card c-card--panel factbox"><div class="c-card__header"><h2 class="c-typography c-typography__variant--h4">Fakta</h2></div><div class="c-card__body">
<p><strong>Projekttid:</strong> januari 2025 – december 2027<br>
<strong>Budget:</strong> 1 800 000 kronor ur den sociala investeringsfonden<br>
<strong>Projektägare:</strong> Utbildningsförvaltningen, förskoleverksamheten<br>
<strong>Samverkan:</strong> Ängelholms bibliotek och barnhälsovården i Region Skåne<br>
<strong>Målgrupp:</strong> Barn 1–5 år och deras vårdnadshavare i Rebbelberga</p></div></div>
<h2>Uppföljning</h2>
<p>Vi följer barnens språkutveckling med förskolans ordinarie språkobservationer och räknar antalet utlån. Resultaten redovisas till kommunstyrelsen varje år.</p>''',
        modules=contact('Petra Nilsson', 'Projektledare', '0431-871 45', 'petra.nilsson@engelholm.se'),
        side=fundnav(B1), lead='Ett projekt för att fler barn i Rebbelberga ska få läsa och höra berättelser varje dag.', active=KP)

    pages[BEV] = page(BEV, 'Beviljade medel', T_F + [('Beviljade medel', BEV)], f'''<p>Sedan starten 2022 har kommunstyrelsen beviljat medel till åtta ansökningar.</p>
<figure class="wp-block-table c-table"><table class="c-table__table">
<thead><tr><th>Namn</th><th>Ansvarig förvaltning</th><th>Period</th><th>Belopp</th><th>Beslut</th></tr></thead>
<tbody>
<tr><td><a href="{U(B1)}">Läslust i Rebbelberga</a></td><td>Utbildningsförvaltningen</td><td>jan 2025 – dec 2027</td><td>1 800 000 kr</td><td>december 2024</td></tr>
<tr><td>Digitalt seniorcafé</td><td>Vård och omsorg</td><td>mar 2025 – feb 2027</td><td>640 000 kr</td><td>december 2024</td></tr>
<tr><td><a href="{U(B5)}">Kvällsöppet i Vejbystrand</a></td><td>Kultur och fritid</td><td>jan 2025 – dec 2026</td><td>720 000 kr</td><td>december 2024</td></tr>
<tr><td>Familjebehandlare i skolan</td><td>Socialförvaltningen</td><td>aug 2024 – jul 2027</td><td>2 100 000 kr</td><td>april 2024</td></tr>
<tr><td>Ung Framtid</td><td>Arbete och vuxenutbildning</td><td>sep 2024 – aug 2027</td><td>2 400 000 kr</td><td>april 2024</td></tr>
<tr><td>Hälsovägledning i Hjärnarp</td><td>Vård och omsorg</td><td>jan 2024 – dec 2025</td><td>560 000 kr</td><td>oktober 2023</td></tr>
<tr><td><a href="{U(DEAD_CARD)}">Mötesplats Össjö</a></td><td>Kultur och fritid</td><td>jan 2023 – dec 2024</td><td>450 000 kr</td><td>november 2022</td></tr>
<tr><td>Tidiga samordnade insatser</td><td>Socialförvaltningen</td><td>aug 2022 – jul 2025</td><td>1 500 000 kr</td><td>maj 2022</td></tr>
</tbody></table></figure>''', side=fundnav(BEV), lead='Alla ansökningar som har fått pengar ur den sociala investeringsfonden.', active=KP)

    pages[UPP] = page(UPP, 'Uppföljning', T_F + [('Uppföljning', UPP)], f'''<p>Varje insats som får medel ur fonden följs upp två gånger per år. Ekonomiavdelningen sammanställer en rapport till kommunstyrelsen i samband med årsredovisningen.</p>
<h2>Fondens ekonomi</h2>
<figure class="wp-block-table c-table"><table class="c-table__table">
<thead><tr><th>År</th><th>Tillfört</th><th>Beviljat</th><th>Återbetalt</th><th>Saldo vid årets slut</th></tr></thead>
<tbody>
<tr><td>2022</td><td>8 000 000 kr</td><td>1 950 000 kr</td><td>0 kr</td><td>6 050 000 kr</td></tr>
<tr><td>2023</td><td>0 kr</td><td>560 000 kr</td><td>0 kr</td><td>5 490 000 kr</td></tr>
<tr><td>2024</td><td>2 500 000 kr</td><td>7 660 000 kr</td><td>250 000 kr</td><td>580 000 kr</td></tr>
<tr><td>2025</td><td>10 000 000 kr</td><td>0 kr</td><td>400 000 kr</td><td>10 980 000 kr</td></tr>
</tbody></table></figure>
<h2>Utvärdering</h2>
<p>Lunds universitet utvärderar fondens arbetssätt under 2025–2026. Utvärderingen ska visa om de beräknade effekterna stämmer och hur fler insatser kan bli en del av ordinarie verksamhet.</p>
<p>Tidiga samordnade insatser avslutades i juli 2025 och arbetssättet finns nu kvar i socialförvaltningens ordinarie budget.</p>
<p><a href="{U('/wp-content/uploads/2025/03/rapport-sociala-investeringar-2024.pdf')}">Rapport om sociala investeringar 2024 (pdf)</a></p>''',
        side=fundnav(UPP), lead='Så följer vi upp arbetet som får pengar ur den sociala investeringsfonden.', active=KP)

    # ---------------- utbildning och förskola
    EH_CHILDREN = [('Skolhälsovård', EH + 'skolhalsovard/'), ('Kurator och psykolog', EH + 'kurator-och-psykolog/'),
                   ('Studie- och yrkesvägledning', EH + 'studie-och-yrkesvagledning/')]
    pages[UF] = page(UF, 'Utbildning och förskola', [('Utbildning och förskola', UF)], '', modules=cards('', [
        ('Förskola', UF + 'forskola/', 'Ansök om plats'), ('Grundskola', UF + 'grundskola/', 'Skolval och skolor'),
        ('Elevhälsa', EH, 'Stöd för elevers hälsa och lärande'), ('Skolmat', UF + 'skolmat/', 'Veckans meny')], '1040'),
        lead='Förskola, grundskola, gymnasium och vuxenutbildning.', active=UF)
    pages[EH] = page(EH, 'Elevhälsa', [('Utbildning och förskola', UF), ('Elevhälsa', EH)], '''<p>Elevhälsan finns på alla kommunens grundskolor. Där arbetar skolsköterska, skolläkare, kurator, psykolog, specialpedagog och studie- och yrkesvägledare. Elevhälsan arbetar främst förebyggande och hälsofrämjande.</p>
<h2>Hälsobesök</h2>
<p>Alla elever erbjuds hälsobesök hos skolsköterskan i förskoleklass, årskurs 2, 4, 6 och 8. Du som vårdnadshavare får en kallelse.</p>
<h2>Familjebehandlare på skolan</h2>
<p>På Centralskolan och Skäldervikens skola finns sedan hösten 2024 också familjebehandlare från socialförvaltningen. De kan ge stöd till familjer när ett barn har hög frånvaro eller mår dåligt. Tjänsterna finansieras ur kommunens sociala investeringsfond till och med juli 2027.</p>
<h2>Kontakta elevhälsan</h2>
<p>Kontaktuppgifter till elevhälsan finns på din skolas sida.</p>''',
        side=sidenav(('Elevhälsa', EH), EH_CHILDREN, EH), lead='Elevhälsan hjälper elever att må bra och nå målen i skolan.', active=UF)
    pages[B2] = page(B2, 'Familjebehandlare i skolan', [('Utbildning och förskola', UF), ('Elevhälsa', EH), ('Familjebehandlare i skolan', B2)], '''<p>Sedan augusti 2024 finns två familjebehandlare med kontor på Centralskolan och Skäldervikens skola. Familjebehandlarna är anställda av socialförvaltningen men arbetar nära lärare och elevhälsa.</p>
<h2>Vem kan få stöd?</h2>
<p>Stödet är till för elever i årskurs 4–9 som har hög frånvaro eller mår dåligt, och för deras familjer. Du behöver inte ansöka hos socialtjänsten – det räcker att du pratar med mentorn, kuratorn eller direkt med familjebehandlaren.</p>
<h2>Vad kan vi hjälpa till med?</h2>
<ul>
<li>Samtal med eleven och med föräldrarna, enskilt eller tillsammans</li>
<li>Stöd för att skapa fungerande rutiner hemma, till exempel kring sömn och skärmtid</li>
<li>Planering tillsammans med skolan för att eleven ska komma tillbaka</li>
</ul>
<h2>Finansiering och uppföljning</h2>
<p>Teamet finansieras med 2 100 000 kronor ur den sociala investeringsfonden under perioden augusti 2024 – juli 2027. Målet är att närvaron ska öka och att färre familjer ska behöva insatser från socialtjänsten senare. Socialförvaltningen och utbildningsförvaltningen följer upp verksamheten tillsammans varje termin.</p>''',
        modules=contact('Jenny Ek', 'Familjebehandlare', '0431-872 30', 'jenny.ek@engelholm.se'),
        side=sidenav(('Elevhälsa', EH), EH_CHILDREN, B2), lead='Familjebehandlare på skolan ger stöd till elever och deras familjer, nära och utan krångel.', active=UF)

    # ---------------- omsorg och stöd
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], '', modules=cards('', [
        ('Träffpunkter för äldre', TP, 'Gemenskap, aktiviteter och lunch'), ('Hemtjänst', OS + 'hemtjanst/', 'Hjälp i hemmet'),
        ('Särskilt boende', OS + 'sarskilt-boende/', 'Ansök om plats'), ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/', 'Försörjningsstöd')], '1050'),
        lead='Stöd och omsorg för dig i alla åldrar.', active=OS)
    pages[TP] = page(TP, 'Träffpunkter för äldre', [('Omsorg och stöd', OS), ('Träffpunkter för äldre', TP)], '''<p>På kommunens träffpunkter kan du som är över 65 år träffa andra, äta lunch och delta i aktiviteter. Du behöver inget biståndsbeslut.</p>
<h2>Våra träffpunkter</h2>
<ul>
<li><strong>Solgläntan</strong>, Ängelholm – måndag till fredag kl. 9–15</li>
<li><strong>Munkagården</strong>, Munka-Ljungby – tisdag och torsdag kl. 10–14</li>
<li><strong>Hjärnarps träffpunkt</strong> – onsdagar kl. 10–14</li>
</ul>
<p>Program med veckans aktiviteter finns på varje träffpunkt.</p>''',
        modules=inlay('Läs mer', [('Digitalt seniorcafé', B3), ('Aktivitetsprogram hösten 2025 (pdf)', '/wp-content/uploads/2025/08/aktivitetsprogram-traffpunkter-hosten-2025.pdf'),
                                  ('SPF Seniorerna Ängelholm', 'https://www.spfseniorerna.se/')]),
        lead='Mötesplatser för dig som är över 65 år.', active=OS)
    pages[B3] = page(B3, 'Digitalt seniorcafé', [('Omsorg och stöd', OS), ('Träffpunkter för äldre', TP), ('Digitalt seniorcafé', B3)], '''<p>På det digitala seniorcaféet kan du få hjälp med mobilen, surfplattan eller datorn. Du kan till exempel lära dig att använda BankID, boka tid i vården via 1177 eller ringa videosamtal med barnbarnen.</p>
<p>Caféet är öppet på träffpunkten Solgläntan varje tisdag kl. 13–16 och på biblioteket i Munka-Ljungby första torsdagen i månaden. Det bjuds på kaffe.</p>
<h2>Om projektet</h2>
<p>Det digitala seniorcaféet är ett projekt som pågår från mars 2025 till februari 2027. Det har beviljats 640 000 kronor ur den sociala investeringsfonden. Vård och omsorg driver projektet tillsammans med Ängelholms bibliotek och SPF Seniorerna, som bidrar med frivilliga handledare.</p>
<p>Syftet är att minska ensamhet och att fler äldre ska kunna klara vardagens ärenden själva. Målgruppen är personer över 65 år.</p>''',
        lead='Få hjälp med mobilen och datorn – och träffa andra.', active=OS)

    # ---------------- arbete och vuxenutbildning
    pages[AV] = page(AV, 'Arbete och vuxenutbildning', [('Arbete och vuxenutbildning', AV)], '', modules=cards('', [
        ('Jobbtorg Ängelholm', JT, 'Stöd till arbete och studier'), ('Vuxenutbildning', AV + 'vuxenutbildning/', 'Komvux och SFI'),
        ('Feriejobb', AV + 'feriejobb/', 'Sommarjobb för unga')], '1060'), lead='Vägar till arbete och utbildning.', active=AV)
    pages[JT] = page(JT, 'Jobbtorg Ängelholm', [('Arbete och vuxenutbildning', AV), ('Jobbtorg Ängelholm', JT)], f'''<p>Jobbtorg Ängelholm är kommunens arbetsmarknadsenhet. Vi hjälper dig som är arbetssökande och behöver stöd för att komma närmare arbete eller studier.</p>
<h2>Våra insatser</h2>
<ul>
<li><a href="{U(JT + 'jobbcoachning/')}">Jobbcoachning</a> – individuellt stöd för dig som har försörjningsstöd</li>
<li><a href="{U(B4)}">Ung Framtid</a> – för dig mellan 16 och 29 år som varken arbetar eller studerar</li>
<li><a href="{U(JT + 'praktik-i-kommunen/')}">Praktik i kommunen</a> – arbetsträning på en kommunal arbetsplats</li>
</ul>
<h2>Besöksadress</h2>
<p>Jobbtorg Ängelholm, Järnvägsgatan 12. Drop-in måndag och onsdag kl. 9–11.</p>''',
        lead='Stöd på vägen till arbete och studier.', active=AV)
    pages[B4] = page(B4, 'Ung Framtid', [('Arbete och vuxenutbildning', AV), ('Jobbtorg Ängelholm', JT), ('Ung Framtid', B4)], '''<p>Ung Framtid hjälper unga som varken arbetar eller studerar att hitta sin väg vidare. Du får en egen coach och ett program som anpassas efter dig: studiebesök, praktik, stöd för att söka jobb eller komma tillbaka till skolan.</p>
<figure class="wp-block-table c-table"><table class="c-table__table">
<tbody>
<tr><th scope="row">Projektperiod</th><td>1 september 2024 – 31 augusti 2027</td></tr>
<tr><th scope="row">Beviljade medel</th><td>2 400 000 kronor ur sociala investeringsfonden</td></tr>
<tr><th scope="row">Ansvarig</th><td>Jobbtorg Ängelholm, arbete och vuxenutbildning</td></tr>
<tr><th scope="row">Samverkan</th><td>Arbetsförmedlingen, Samordningsförbundet Nordvästra Skåne och socialförvaltningen</td></tr>
<tr><th scope="row">Målgrupp</th><td>Unga 16–29 år som varken arbetar eller studerar</td></tr>
</tbody></table></figure>
<h2>Varför behövs Ung Framtid?</h2>
<p>I Ängelholm finns omkring 350 unga mellan 16 och 29 år som varken arbetar eller studerar. Ju längre tid som går, desto svårare blir det att komma tillbaka. Projektet ska visa att tidigt och samordnat stöd gör att fler kommer i arbete eller studier och att färre behöver försörjningsstöd.</p>
<h2>Så anmäler du dig</h2>
<p>Kom till drop-in på Jobbtorg eller ring oss. Du kan också bli anmäld av din handläggare på Arbetsförmedlingen eller socialtjänsten.</p>''',
        modules=contact('Oskar Lind', 'Projektledare Ung Framtid', '0431-873 08', 'oskar.lind@engelholm.se'),
        lead='För dig mellan 16 och 29 år som vill komma vidare till jobb eller studier.', active=AV)

    # ---------------- kultur och fritid
    pages[KF] = page(KF, 'Kultur och fritid', [('Kultur och fritid', KF)], '', modules=cards('', [
        ('Fritidsgårdar', FG, 'Mötesplatser för unga'), ('Bibliotek', KF + 'bibliotek/', 'Låna, läs och lär'),
        ('Idrott och motion', KF + 'idrott-och-motion/', 'Hallar, spår och bad'), ('Evenemang', EVS, 'Vad händer?')], '1070'),
        lead='Bibliotek, fritidsgårdar, idrott och kultur i Ängelholm.', active=KF)
    pages[FG] = page(FG, 'Fritidsgårdar', [('Kultur och fritid', KF), ('Fritidsgårdar', FG)], '''<p>Kommunens fritidsgårdar är öppna för dig mellan 13 och 17 år. Här finns personal som du kan prata med, och du kan vara med och bestämma vad som ska hända.</p>
<h2>Fritidsgårdarna</h2>
<ul>
<li><strong>Magasinet</strong>, Ängelholm centrum – måndag till fredag kl. 15–21</li>
<li><strong>Munka-Ljungby fritidsgård</strong> – tisdag och torsdag kl. 15–21</li>
<li><strong>Vejbystrands fritidsgård</strong> – tisdag, torsdag och fredag kl. 18–22</li>
</ul>
<p>Under loven har gårdarna särskilda öppettider och aktiviteter.</p>''',
        modules=inlay('Läs mer', [('Höstlovsprogrammet', '/nyheter/hostlovsprogrammet-ar-klart/'), ('Föreningsbidrag', KF + 'foreningsbidrag/')], '2220'),
        lead='Mötesplatser för unga mellan 13 och 17 år.', active=KF)
    pages[B5] = page(B5, 'Kvällsöppet i Vejbystrand', [('Kultur och fritid', KF), ('Fritidsgårdar', FG), ('Kvällsöppet i Vejbystrand', B5)], '''<p>Fritidsgården i Vejbystrand har sedan januari 2025 öppet tre kvällar i veckan: tisdag, torsdag och fredag kl. 18–22. Tidigare var gården öppen en eftermiddag i veckan.</p>
<p>Två fritidsledare och en ungdomscoach från Fältgruppen finns på plats. På fredagarna ordnas aktiviteter tillsammans med Vejbystrands IF, till exempel futsal och padel.</p>
<h2>Varför kvällsöppet?</h2>
<p>Under 2023 och 2024 ökade oron för unga som rörde sig ute sent på kvällarna i Vejbystrand och Barkåkra. Med en öppen gård och vuxna på plats vill vi ge unga en trygg plats att vara på och fånga upp den som behöver stöd tidigt.</p>
<h2>Finansiering</h2>
<p>Verksamheten finansieras till och med december 2026 med 720 000 kronor ur den sociala investeringsfonden. Ansvarig är kultur och fritid, i samarbete med Vejbystrands IF och socialförvaltningens fältgrupp. Målgruppen är unga mellan 13 och 17 år i Vejbystrand och Barkåkra.</p>''',
        lead='Fritidsgården i Vejbystrand är öppen tre kvällar i veckan.', active=KF)

    # ---------------- news
    pages[NYH] = listing(NYH, 'Nyheter', POSTS[:5], nxt=NYH2, kind='blog page-template-default')
    pages[NYH2] = listing(NYH2, 'Nyheter', POSTS[5:], prev=NYH, kind='blog paged paged-2')
    pages[Y25] = listing(Y25, 'Arkiv för 2025', [p for p in POSTS if p[1].startswith('2025')], kind='archive date')
    pages[Y24] = listing(Y24, 'Arkiv för 2024', [p for p in POSTS if p[1].startswith('2024')], kind='archive date')
    for i in range(len(POSTS)):
        pages[POSTS[i][0]] = post_html(i)

    # ---------------- events
    pages[EVS] = page(EVS, 'Evenemang', [('Evenemang', EVS)], f'''<div class="c-event-filter"><span>November 2025</span>
<a class="c-button c-button__basic" rel="nofollow" href="{U(EVS + '?from=2025-12-01&to=2025-12-31')}">December ›</a>
<a class="c-button c-button__basic" rel="nofollow" href="{U(EVS + '?from=2026-01-01&to=2026-01-31')}">Januari ›</a></div>
<ul class="c-listing event-list">
<li><time datetime="2025-11-21">21 november</time> – <a href="https://www.visitengelholm.se/evenemang/julskyltningen">Julskyltning i centrum</a></li>
<li><time datetime="2025-11-27">27 november</time> – <a href="{U(EV)}">Frukostseminarium: Sociala investeringar – vad har vi lärt oss?</a></li>
<li><time datetime="2025-11-30">30 november</time> – Adventskonsert i Sankt Mikaels kyrka</li>
</ul>''', lead='Evenemang som kommunen arrangerar eller medverkar i.')
    pages[EV] = page(EV, 'Frukostseminarium: Sociala investeringar – vad har vi lärt oss?', [('Evenemang', EVS), ('Frukostseminarium', EV)], f'''<p><strong>När:</strong> torsdag 27 november 2025, kl. 7.30–9.00<br>
<strong>Var:</strong> Stadshuset, sessionssalen, Storgatan 59<br>
<strong>Pris:</strong> Kostnadsfritt, frukost ingår</p>
<p>Tre år efter att den sociala investeringsfonden startade bjuder vi in till ett frukostseminarium. Medarbetare berättar om vad de har lärt sig, och forskare från Lunds universitet presenterar de första resultaten från utvärderingen.</p>
<p>Seminariet vänder sig till förtroendevalda, chefer och medarbetare i kommunen samt till föreningar och andra som vill samarbeta. Anmälan senast 20 november till <a href="mailto:anna.sjoberg@engelholm.se">anna.sjoberg@engelholm.se</a>.</p>
<p><a href="{U(EV + '?ical=1')}" rel="nofollow">Lägg till i kalender</a> · <a href="{U(FUND)}">Om sociala investeringar</a></p>''',
        lead='Frukostseminarium om vad den sociala investeringsfonden har gett hittills.')

    # ---------------- jobs
    pages[JOBS] = page(JOBS, 'Jobba hos oss', [('Jobba hos oss', JOBS)], f'''<p>Ängelholms kommun har omkring 3 300 medarbetare i över 300 yrken.</p>
<h2>Lediga jobb</h2>
<ul>
<li><a href="{U(JOB)}">Utvecklingsledare med inriktning social hållbarhet</a> – sista ansökningsdag 30 november 2025</li>
<li><a href="https://engelholm.varbi.com/what:job/jobID:814502/">Sjuksköterska till hemsjukvården</a> – sista ansökningsdag 23 november 2025</li>
<li><a href="https://engelholm.varbi.com/what:job/jobID:814377/">Fritidsledare till Magasinet</a> – sista ansökningsdag 19 november 2025</li>
</ul>''', lead='Välkommen att söka jobb hos oss.', active=KP)
    pages[JOB] = page(JOB, 'Utvecklingsledare med inriktning social hållbarhet', [('Jobba hos oss', JOBS), ('Utvecklingsledare', JOB)], '''<p><strong>Kommunledningsförvaltningen, Ängelholms kommun</strong></p>
<h2>Om tjänsten</h2>
<p>Som utvecklingsledare samordnar du kommunens arbete med social hållbarhet och den sociala investeringsfonden. Du stöttar förvaltningarna från idé till ansökan, följer upp pågående insatser som Familjebehandlare i skolan och Ung Framtid och tar fram underlag till kommunstyrelsen.</p>
<h2>Vem är du?</h2>
<p>Du har akademisk examen inom samhällsvetenskap, folkhälsa eller ekonomi och erfarenhet av utvecklingsarbete i offentlig sektor. Du är van att arbeta med analyser och uppföljning.</p>
<p><strong>Anställningsform:</strong> Tillsvidare, heltid<br><strong>Sista ansökningsdag:</strong> 30 november 2025</p>
<p><a href="https://engelholm.varbi.com/what:job/jobID:814611/">Ansök via Varbi</a></p>''', lead='Vill du leda arbetet med social hållbarhet i Ängelholm?', active=KP)

    for p, text in pages.items():
        write(H, p, text)
    write(H, '/robots.txt', '''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /?s=
Disallow: /*?s=
Disallow: /*?p=
Disallow: /*?malgrupp=
Disallow: /*?from=
Disallow: /*?ical=
''')
    return pages


if __name__ == '__main__':
    print(len(build()), 'pages')
