"""Gullspångs kommun (1447, small, about 5 200 inhabitants) on WordPress 6.8 with the GeneratePress theme – heldout_sites22.

Classic WordPress: hierarchical pages (/<parent>/<child>/), posts under the permalink structure
/%year%/%monthnum%/%postname%/, the posts page /nyheter/ (5 a page, /nyheter/page/2/), category archives /kategori/<slug>/,
tag archives /etikett/<slug>/, author archives /author/<user>/ and month archives /<yyyy>/<mm>/ (the sidebar widget
"Arkiv"), The Events Calendar under /evenemang/, WP-Print links (<url>print/), WordPress core sitemaps
(/wp-sitemap.xml). Every internal link is absolute (https://www.gullspang.se/…), as WordPress writes them.
"""
from make_common import write, numid, esc

H = 'www.gullspang.se'
BASE = 'https://' + H

KP = '/kommun-och-politik/'
FH = '/kommun-och-politik/folkhalsa/'                       # topic page (links G4)
FUND = '/kommun-och-politik/sociala-investeringar/'
SOK = FUND + 'sa-ansoker-du/'
RIKT = FUND + 'riktlinjer/'
PROJ = FUND + 'projekt/'
G1 = PROJ + 'familjeverkstan/'
DEAD_PROJ = PROJ + 'lovskola-i-hova/'                       # dead: the page was removed when the project ended
JOBS = '/kommun-och-politik/jobba-hos-oss/'
JOB = JOBS + 'folkhalsosamordnare/'
BU = '/barn-och-utbildning/'
EH = '/barn-och-utbildning/elevhalsa/'
G2 = EH + 'skolbron/'
OS = '/omsorg-och-stod/'
AO = '/omsorg-och-stod/aldreomsorg/'
G4 = AO + 'aktiv-vardag-75/'
KF = '/kultur-och-fritid/'
FG = '/kultur-och-fritid/fritidsgarden-hangaren/'
G5 = FG + 'oppen-fritid-i-otterbacken/'
AN = '/arbete-och-naringsliv/'
UC = AN + 'ungdomscoach/'                                    # standing service that began as a project
NYH = '/nyheter/'
NYH2 = '/nyheter/page/2/'
EVS = '/evenemang/'
EV = '/evenemang/informationstraff-om-sociala-investeringar/'
EV_MONTH = '/evenemang/manad/'
KONTAKT = '/kontakt/'
KAKOR = '/om-webbplatsen/kakor/'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse/'

THEME = '/wp-content/themes/generatepress'
ARIA = ' aria-current="page"'


def U(p):
    return BASE + p


def pid(path):
    return numid(path, 40, 2400)


# ------------------------------------------------------------------ posts (newest first)
AUTHORS = {'maria-berg': 'Maria Berg', 'johan-ek': 'Johan Ek'}
CATS = {'nyheter': 'Nyheter', 'barn-och-utbildning': 'Barn och utbildning', 'kultur-och-fritid': 'Kultur och fritid', 'politik': 'Politik'}
TAGS = {'sociala-investeringar': 'sociala investeringar', 'skola': 'skola', 'fritid': 'fritid', 'vatten-och-avlopp': 'vatten och avlopp',
        'bibliotek': 'bibliotek', 'familj': 'familj', 'vinter': 'vinter'}

P_SKOL = '/2025/10/skolbron-ska-fa-fler-elever-tillbaka-till-skolan/'
P_CALL = '/2025/09/nu-kan-du-soka-pengar-ur-den-sociala-investeringsfonden/'
P_VAT = '/2025/09/vattenavstangning-i-hova-centrum/'
P_BIB = '/2025/06/sommaroppet-pa-biblioteket/'
P_FAM = '/2025/04/valkommen-till-familjedag-i-skagersvik/'
P_SNO = '/2024/12/sa-skottar-vi-snon-i-vinter/'
P_UL = '/2024/03/unga-ledare-ska-ge-fler-barn-en-meningsfull-fritid/'             # G3: the project's only page
P_KF = '/2023/11/kommunfullmaktige-avsatter-tva-miljoner-kronor-till-en-social-investeringsfond/'

POSTS = [
    dict(path=P_SKOL, iso='2025-10-14', human='14 oktober 2025', author='maria-berg', cats=['nyheter', 'barn-och-utbildning'],
         tags=['sociala-investeringar', 'skola'], title='Skolbron ska få fler elever tillbaka till skolan',
         excerpt='En socialpedagog och en skolkurator ska arbeta med elever på Gullstensskolan som ofta är borta från skolan.',
         body=f'''<p>Från och med höstterminen finns Skolbron på Gullstensskolan. Det är en socialpedagog och en skolkurator som ska arbeta med elever i årskurs 7–9 som har hög frånvaro, och med deras föräldrar.</p>
<p>– Vi vet att det är lättare att vända frånvaron om vi kommer in tidigt. Nu kan vi ringa hem redan första dagen och erbjuda ett samtal samma vecka, säger rektor Lena Ahlström.</p>
<p>Skolbron är ett projekt som har fått pengar ur kommunens sociala investeringsfond. Det drivs av barn- och utbildningsförvaltningen tillsammans med socialtjänsten och fritidsgården Hangaren.</p>
<p><a href="{U(G2)}">Läs mer om Skolbron</a></p>'''),
    dict(path=P_CALL, iso='2025-09-22', human='22 september 2025', author='johan-ek', cats=['nyheter', 'politik'],
         tags=['sociala-investeringar'], title='Nu kan du söka pengar ur den sociala investeringsfonden',
         excerpt='Kommunens verksamheter kan nu söka pengar ur den sociala investeringsfonden. Sista dag att söka är den 31 oktober.',
         body=f'''<p>I fonden finns i dag omkring 600 000 kronor att fördela. Verksamheterna kan söka var för sig eller tillsammans, gärna med en förening som samverkanspart.</p>
<p>Arbetsutskottet beslutar om ansökningarna i december. Läs mer om hur du ansöker på sidan <a href="{U(SOK)}">Så ansöker du</a> och i <a href="{U(RIKT)}">riktlinjerna</a>.</p>
<p>Vill du diskutera en idé innan du skriver ansökan? Välkommen till <a href="{U(EV)}">informationsträffen den 8 oktober</a>.</p>'''),
    dict(path=P_VAT, iso='2025-09-03', human='3 september 2025', author='maria-berg', cats=['nyheter'], tags=['vatten-och-avlopp'],
         title='Vattenavstängning i Hova centrum',
         excerpt='Onsdagen den 10 september stängs vattnet av i delar av Hova centrum mellan klockan 8 och 14.',
         body='<p>Avstängningen beror på att en ventil ska bytas på Storgatan. Fastigheter som berörs får information i brevlådan. Tappa upp vatten i förväg om du behöver.</p>'),
    dict(path=P_BIB, iso='2025-06-12', human='12 juni 2025', author='maria-berg', cats=['nyheter', 'kultur-och-fritid'], tags=['bibliotek'],
         title='Sommaröppet på biblioteket',
         excerpt='Under sommaren har biblioteken i Gullspång och Hova öppet på förmiddagarna.',
         body='<p>Meröppet fungerar som vanligt för dig som har lånekort. Sommarboken för barn 6–12 år startar den 16 juni.</p>'),
    dict(path=P_FAM, iso='2025-04-08', human='8 april 2025', author='maria-berg', cats=['nyheter', 'kultur-och-fritid'], tags=['familj', 'fritid'],
         title='Välkommen till familjedag i Skagersvik',
         excerpt='Lördagen den 17 maj blir det familjedag vid Skagersviks hamn med fiske, lekar och korvgrillning.',
         body='<p>Familjedagen ordnas av kultur och fritid tillsammans med Skagersviks byalag. Allt är gratis och ingen anmälan behövs.</p>'),
    dict(path=P_SNO, iso='2024-12-02', human='2 december 2024', author='maria-berg', cats=['nyheter'], tags=['vinter'],
         title='Så skottar vi snön i vinter',
         excerpt='Kommunen plogar gång- och cykelvägar när det har kommit 5 centimeter snö.',
         body='<p>Först plogas huvudgator, busshållplatser och vägar till skolor. Fastighetsägare ansvarar för att skotta trottoaren utanför sin tomt.</p>'),
    dict(path=P_UL, iso='2024-03-19', human='19 mars 2024', author='johan-ek', cats=['nyheter', 'kultur-och-fritid'],
         tags=['sociala-investeringar', 'fritid'], title='Unga ledare ska ge fler barn en meningsfull fritid',
         excerpt='Gymnasieungdomar ska utbildas till ledare och leda aktiviteter för yngre barn på kvällar och lov. Projektet har fått pengar ur den sociala investeringsfonden.',
         body='''<p>Många barn i Gullspång och Hova har ingen organiserad fritid, och föreningarna har svårt att hitta ledare. Nu startar kommunen projektet Unga ledare i Gullspång, där ungdomar mellan 15 och 19 år utbildas till ledare och får betalt för att leda aktiviteter för barn i åldern 7–12 år.</p>
<p>Aktiviteterna blir idrott, skapande och spel två kvällar i veckan och under sportlov, påsklov och höstlov. De unga ledarna får en utbildning på 30 timmar och en vuxen handledare från kultur och fritid.</p>
<p>Projektet startar i april 2024 och pågår till och med juni 2026. Det har fått 420 000 kronor ur kommunens sociala investeringsfond. Kultur och fritid driver projektet i samverkan med idrottsföreningarna i Hova och Gullspång och Svenska kyrkan.</p>
<p>– Vi vill att fler barn ska få en meningsfull fritid, och att de unga ledarna ska få sin första arbetslivserfarenhet, säger fritidskonsulent Sara Nyman.</p>
<p>Intresserad av att bli ledare? Kontakta kultur och fritid på 0551-360 00.</p>'''),
    dict(path=P_KF, iso='2023-11-28', human='28 november 2023', author='johan-ek', cats=['nyheter', 'politik'], tags=['sociala-investeringar'],
         title='Kommunfullmäktige avsätter två miljoner kronor till en social investeringsfond',
         excerpt='Kommunfullmäktige beslutade på måndagen att inrätta en social investeringsfond med 2 miljoner kronor.',
         body=f'''<p>Fonden ska användas till förebyggande arbete för barn, unga, familjer och äldre. Pengarna kommer från 2022 års överskott.</p>
<p>– Med fonden kan verksamheterna pröva nya arbetssätt utan att ta pengar från den ordinarie budgeten, säger kommunstyrelsens ordförande.</p>
<p>Riktlinjerna för fonden beslutades samtidigt. Den första ansökningsomgången öppnar i januari 2024. <a href="{U(FUND)}">Läs mer om sociala investeringar</a>.</p>''',
         edit=True),
]
BYPATH = {p['path']: p for p in POSTS}
EDIT_URL = f'/wp-admin/post.php?post={pid(P_KF)}&action=edit'


def month_path(iso):
    return '/' + iso[:4] + '/' + iso[5:7] + '/'


MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']


def month_name(iso):
    return f'{MONTHS_SV[int(iso[5:7]) - 1]} {iso[:4]}'


def months():
    seen = []
    for p in POSTS:
        m = month_path(p['iso'])
        if m not in [x[0] for x in seen]:
            seen.append((m, month_name(p['iso']), sum(1 for q in POSTS if month_path(q['iso']) == m)))
    return seen


# ------------------------------------------------------------------ templates
MENU = [
    ('Barn och utbildning', BU, [('Förskola', '/barn-och-utbildning/forskola/'), ('Grundskola', '/barn-och-utbildning/grundskola/'), ('Elevhälsa', EH)]),
    ('Omsorg och stöd', OS, [('Äldreomsorg', AO), ('Individ- och familjeomsorg', '/omsorg-och-stod/individ-och-familjeomsorg/')]),
    ('Kultur och fritid', KF, [('Bibliotek', '/kultur-och-fritid/bibliotek/'), ('Fritidsgården Hangaren', FG), ('Evenemang', EVS)]),
    ('Bygga och bo', '/bygga-och-bo/', []),
    ('Arbete och näringsliv', AN, [('Arbetsmarknadsenheten', '/arbete-och-naringsliv/arbetsmarknadsenheten/'), ('Ungdomscoach', UC)]),
    ('Kommun och politik', KP, [('Kommunfullmäktige', '/kommun-och-politik/kommunfullmaktige/'), ('Folkhälsa', FH),
                                ('Sociala investeringar', FUND), ('Jobba hos oss', JOBS)]),
    ('Nyheter', NYH, []),
]


def header(active):
    lis = []
    for i, (t, h, sub) in enumerate(MENU):
        cls = f'menu-item menu-item-type-post_type menu-item-object-page menu-item-{300 + i}'
        if sub:
            cls += ' menu-item-has-children'
        if h == active:
            cls += ' current-menu-ancestor current-menu-parent'
        subs = ''
        if sub:
            subs = '<ul class="sub-menu">' + ''.join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{U(sh)}">{st}</a></li>' for st, sh in sub) + '</ul>'
        drop = '<span role="presentation" class="dropdown-menu-toggle"><span class="gp-icon icon-arrow"></span></span>' if sub else ''
        lis.append(f'<li class="{cls}"><a href="{U(h)}">{t}{drop}</a>{subs}</li>')
    return f'''<header class="site-header" id="masthead" aria-label="Webbplats">
  <div class="inside-header grid-container">
    <div class="site-logo"><a href="{U('/')}" rel="home"><img class="header-image is-logo-image" alt="Gullspångs kommun" src="{U('/wp-content/uploads/2022/05/gullspang-logotyp.svg')}" width="230" height="60"></a></div>
    <div class="header-widget">
      <aside id="custom_html-3" class="widget_text widget inner-padding widget_custom_html"><div class="textwidget custom-html-widget">
        <a class="header-tool" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=6128&amp;lang=sv_se&amp;readclass=entry-content">Lyssna</a>
        <a class="header-tool" href="{U('/other-languages/')}">Other languages</a>
        <a class="header-tool" href="{U(KONTAKT)}">Kontakt</a>
      </div></aside>
      <aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{U('/')}">
        <label><span class="screen-reader-text">Sök efter:</span><input type="search" class="search-field" placeholder="Sök …" value="" name="s" title="Sök efter:"></label>
        <button class="search-submit" aria-label="Sök">Sök</button></form></aside>
    </div>
  </div>
</header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primär">
  <div class="inside-navigation grid-container">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Meny</span></button>
    <div id="primary-menu" class="main-nav"><ul id="menu-huvudmeny" class="menu sf-menu">{''.join(lis)}</ul></div>
  </div>
</nav>'''


def sidebar(extra=''):
    cats = ''.join(f'<li class="cat-item cat-item-{numid(c, 2, 40)}"><a href="{U("/kategori/" + c + "/")}">{n}</a></li>' for c, n in CATS.items())
    counts = {t: sum(1 for p in POSTS if t in p['tags']) for t in TAGS}
    cloud = ' '.join(
        f'<a href="{U("/etikett/" + t + "/")}" class="tag-cloud-link tag-link-{numid(t, 3, 60)} tag-link-position-{i + 1}" style="font-size: {8 + 4 * counts[t]}pt;" aria-label="{n} ({counts[t]} objekt)">{n}</a>'
        for i, (t, n) in enumerate(TAGS.items()))
    arch = ''.join(f'<li><a href="{U(m)}">{name}</a>&nbsp;({c})</li>' for m, name, c in months())
    recent = ''.join(f'<li><a href="{U(p["path"])}">{p["title"]}</a></li>' for p in POSTS[:4])
    return f'''<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
  <div class="inside-right-sidebar">
{extra}
    <aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Senaste nyheterna</h2><ul>{recent}</ul></aside>
    <aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Kategorier</h2><ul>{cats}</ul></aside>
    <aside id="tag_cloud-2" class="widget inner-padding widget_tag_cloud"><h2 class="widget-title">Etiketter</h2><div class="tagcloud">{cloud}</div></aside>
    <aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Arkiv</h2><ul>{arch}</ul></aside>
  </div>
</div>'''


def footer():
    return f'''<div class="site-footer">
  <div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
    <div class="footer-widget-1"><aside id="text-2" class="widget inner-padding widget_text"><h2 class="widget-title">Gullspångs kommun</h2>
      <div class="textwidget"><p>Box 80, 548 22 Hova<br>Besöksadress: Skolgatan 7, Hova<br>Telefon: 0551-360 00<br><a href="mailto:kommunen@gullspang.se">kommunen@gullspang.se</a></p></div></aside></div>
    <div class="footer-widget-2"><aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Genvägar</h2>
      <div class="menu-sidfot-container"><ul id="menu-sidfot" class="menu"><li class="menu-item"><a href="{U(NYH)}">Nyheter</a></li><li class="menu-item"><a href="{U(EVS)}">Evenemang</a></li><li class="menu-item"><a href="{U(JOBS)}">Jobba hos oss</a></li><li class="menu-item"><a href="{U(KONTAKT)}">Kontakt</a></li></ul></div></aside></div>
    <div class="footer-widget-3"><aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Om webbplatsen</h2>
      <div class="menu-om-webbplatsen-container"><ul id="menu-om-webbplatsen" class="menu"><li class="menu-item"><a href="{U(KAKOR)}">Kakor</a></li><li class="menu-item"><a href="{U(TILLG)}">Tillgänglighetsredogörelse</a></li><li class="menu-item"><a href="{U('/wp-login.php')}" rel="nofollow">Logga in</a></li></ul></div></aside></div>
  </div></div></div>
  <footer class="site-info" aria-label="Webbplats"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2025 Gullspångs kommun · <a href="https://www.facebook.com/gullspangskommun">Facebook</a></div></div></footer>
</div>'''


def layout(path, title, body_class, main_html, desc, kind='pages', obj_id=None, side=True, side_extra='', extra_head=''):
    i = obj_id if obj_id is not None else pid(path)
    json_alt = f'<link rel="alternate" title="JSON" type="application/json" href="{U(f"/wp-json/wp/v2/{kind}/{i}")}">\n' if kind else ''
    short = f"<link rel='shortlink' href='{U(f'/?p={i}')}'>\n" if kind else ''
    return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – Gullspångs kommun</title>
<meta name='robots' content='max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="Gullspångs kommun &raquo; Webbflöde" href="{U('/feed/')}">
<link rel='stylesheet' id='generate-style-css' href='{U(THEME + "/assets/css/main.min.css?ver=3.6.0")}' media='all'>
<link rel='stylesheet' id='gullspang-child-css' href='{U("/wp-content/themes/gullspang-child/style.css?ver=1.4.2")}' media='all'>
<link rel="https://api.w.org/" href="{U('/wp-json/')}">
{json_alt}<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{U('/xmlrpc.php?rsd')}">
<meta name="generator" content="WordPress 6.8.3">
<link rel="canonical" href="{U(path)}">
{short}{extra_head}<meta name="description" content="{esc(desc)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Gullspångs kommun">
<meta property="og:url" content="{U(path)}">
<link rel="icon" href="{U('/wp-content/uploads/2022/05/cropped-favicon-32x32.png')}" sizes="32x32">
</head>
<body class="{body_class} wp-embed-responsive wp-theme-generatepress wp-child-theme-gullspang-child right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Hoppa till innehåll">Hoppa till innehåll</a>
{header(None)}
<div class="site grid-container container hfeed" id="page">
  <div class="site-content" id="content">
    <div class="content-area" id="primary">
      <main class="site-main" id="main">
{main_html}
      </main>
    </div>
{sidebar(side_extra) if side else ''}
  </div>
</div>
{footer()}
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" aria-modal="true" role="dialog" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Hantera samtycke till kakor</div></div><div class="cmplz-body"><div class="cmplz-message">Gullspångs kommun använder kakor för att webbplatsen ska fungera och för statistik.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Acceptera</button><button class="cmplz-btn cmplz-deny">Neka</button></div></div></div>
<script src="{U(THEME + '/assets/js/menu.min.js?ver=3.6.0')}" id="generate-menu-js"></script>
</body>
</html>
'''


def crumbs(trail):
    items = [('Start', '/')] + trail
    parts = []
    for n, (t, h) in enumerate(items):
        parts.append(f'<a href="{U(h)}">{t}</a>' if n < len(items) - 1 else f'<span class="breadcrumb_last" aria-current="page">{t}</span>')
    return '<nav class="breadcrumbs" aria-label="Brödsmulor"><p id="breadcrumbs">' + ' » '.join(parts) + '</p></nav>'


def page(path, title, trail, content, updated='2025-09-15', side_extra='', print_link=True):
    i = pid(path)
    pr = f'<p class="wp-print-link"><a href="{U(path)}print/" title="Skriv ut" rel="nofollow">Skriv ut</a></p>' if print_link else ''
    main = f'''{crumbs(trail) if trail else ''}
<article id="post-{i}" class="post-{i} page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
  <div class="inside-article">
    <header class="entry-header"><h1 class="entry-title" itemprop="headline">{title}</h1></header>
    <div class="entry-content" itemprop="text">
{content}
    </div>
    <p class="last-modified">Sidan uppdaterades senast: <time datetime="{updated}">{updated}</time></p>
    {pr}
  </div>
</article>'''
    cls = f'home page-template-default page page-id-{i}' if path == '/' else f'page-template-default page page-id-{i}'
    return layout(path, title, cls, main, title, side_extra=side_extra)


def post_html(p):
    i = pid(p['path'])
    idx = POSTS.index(p)
    newer = POSTS[idx - 1] if idx > 0 else None
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    cats = ', '.join(f'<a href="{U("/kategori/" + c + "/")}" rel="category tag">{CATS[c]}</a>' for c in p['cats'])
    tags = ', '.join(f'<a href="{U("/etikett/" + t + "/")}" rel="tag">{TAGS[t]}</a>' for t in p['tags'])
    nav = '<nav id="nav-below" class="post-navigation" aria-label="Inlägg"><span class="screen-reader-text">Inläggsnavigering</span>'
    if older:
        nav += f'<div class="nav-previous"><span class="prev"><a href="{U(older["path"])}" rel="prev">{older["title"]}</a></span></div>'
    if newer:
        nav += f'<div class="nav-next"><span class="next"><a href="{U(newer["path"])}" rel="next">{newer["title"]}</a></span></div>'
    nav += '</nav>'
    edit = ''
    if p.get('edit'):
        edit = f' <span class="edit-link"><a class="post-edit-link" href="{U(EDIT_URL).replace("&", "&amp;")}">Redigera<span class="screen-reader-text"> "{p["title"]}"</span></a></span>'
    au = p['author']
    main = f'''<article id="post-{i}" class="post-{i} post type-post status-publish format-standard hentry {' '.join('category-' + c for c in p['cats'])} {' '.join('tag-' + t for t in p['tags'])}" itemtype="https://schema.org/CreativeWork" itemscope>
  <div class="inside-article">
    <header class="entry-header">
      <h1 class="entry-title" itemprop="headline">{p['title']}</h1>
      <div class="entry-meta">
        <span class="posted-on"><time class="entry-date published" datetime="{p['iso']}T09:12:00+01:00" itemprop="datePublished">{p['human']}</time></span>
        <span class="byline">av <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{U('/author/' + au + '/')}" title="Visa alla inlägg av {AUTHORS[au]}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{AUTHORS[au]}</span></a></span></span>{edit}
      </div>
    </header>
    <div class="entry-content" itemprop="text">
{p['body']}
    </div>
    <footer class="entry-meta" aria-label="Metadata för inlägg">
      <span class="cat-links"><span class="screen-reader-text">Kategorier </span>{cats}</span>
      <span class="tags-links"><span class="screen-reader-text">Etiketter </span>{tags}</span>
      <p class="wp-print-link"><a href="{U(p['path'])}print/" title="Skriv ut" rel="nofollow">Skriv ut</a></p>
      {nav}
    </footer>
  </div>
</article>'''
    return layout(p['path'], p['title'], f'post-template-default single single-post postid-{i} single-format-standard', main, p['excerpt'], kind='posts', obj_id=i)


def archive_html(path, h1, posts, kind_class, desc, prev=None, nxt=None, feed=None):
    arts = ''.join(f'''
<article id="post-{pid(p['path'])}" class="post-{pid(p['path'])} post type-post status-publish format-standard hentry" itemtype="https://schema.org/CreativeWork" itemscope>
  <div class="inside-article">
    <header class="entry-header">
      <h2 class="entry-title" itemprop="headline"><a href="{U(p['path'])}" rel="bookmark">{p['title']}</a></h2>
      <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{p['iso']}T09:12:00+01:00">{p['human']}</time></span> <span class="byline">av <span class="author vcard"><a class="url fn n" href="{U('/author/' + p['author'] + '/')}" rel="author"><span class="author-name">{AUTHORS[p['author']]}</span></a></span></span></div>
    </header>
    <div class="entry-summary" itemprop="text"><p>{p['excerpt']} <a title="{esc(p['title'])}" class="read-more" href="{U(p['path'])}" aria-label="Läs mer om {esc(p['title'])}">Läs mer</a></p></div>
  </div>
</article>''' for p in posts)
    pag = ''
    if prev or nxt:
        pag = '<nav id="nav-below" class="paging-navigation" aria-label="Arkivsida"><div class="nav-links">'
        if nxt:
            pag += f'<a class="next page-numbers" href="{U(nxt)}">Äldre inlägg</a>'
        if prev:
            pag += f'<a class="prev page-numbers" href="{U(prev)}">Nyare inlägg</a>'
        pag += '</div></nav>'
    main = f'''<header class="page-header" aria-label="Sida"><h1 class="page-title">{h1}</h1></header>
{arts}
{pag}'''
    extra = ''
    if prev:
        extra += f'<link rel="prev" href="{U(prev)}">\n'
    if nxt:
        extra += f'<link rel="next" href="{U(nxt)}">\n'
    if feed:
        extra += f'<link rel="alternate" type="application/rss+xml" title="Gullspångs kommun &raquo; {esc(desc)} flöde" href="{U(feed)}">\n'
    return layout(path, desc, f'{kind_class} hfeed', main, desc, kind=None, extra_head=extra)


def build():
    pages = {}

    # ---------------- front page
    latest = ''.join(f'''<li class="latest-news__item"><a href="{U(p['path'])}">{p['title']}</a> <time datetime="{p['iso']}">{p['human']}</time><br>{p['excerpt']}</li>''' for p in POSTS[:3])
    pages['/'] = page('/', 'Välkommen till Gullspångs kommun', [], f'''<p class="ingress">Gullspång – mellan Vänern och Skagern. Här bor drygt 5 000 invånare i Gullspång, Hova, Otterbäcken, Skagersvik och på landsbygden runt omkring.</p>
<div class="wp-block-columns puffar">
<div class="wp-block-column"><h2><a href="{U('/barn-och-utbildning/forskola/')}">Förskola</a></h2><p>Ansök om plats och läs om avgifter.</p></div>
<div class="wp-block-column"><h2><a href="{U(AO)}">Äldreomsorg</a></h2><p>Hemtjänst, träffpunkter och boenden.</p></div>
<div class="wp-block-column"><h2><a href="{U(JOBS)}">Jobba hos oss</a></h2><p>Lediga jobb i kommunen.</p></div>
</div>
<p class="populara-sokningar">Populära sökningar: <a href="{U('/?s=soph%C3%A4mtning')}">sophämtning</a>, <a href="{U('/?s=bygglov')}">bygglov</a>, <a href="{U('/?s=skolskjuts')}">skolskjuts</a></p>
<h2>Senaste nytt</h2>
<ul class="latest-news">{latest}</ul>
<p><a href="{U(NYH)}">Alla nyheter</a></p>''', updated='2025-10-14', print_link=False)

    # ---------------- kommun och politik
    pages[KP] = page(KP, 'Kommun och politik', [('Kommun och politik', KP)], f'''<p>Här hittar du information om hur kommunen styrs och om kommunens arbete för en hållbar utveckling.</p>
<ul>
<li><a href="{U('/kommun-och-politik/kommunfullmaktige/')}">Kommunfullmäktige</a></li>
<li><a href="{U(FH)}">Folkhälsa</a></li>
<li><a href="{U(FUND)}">Sociala investeringar</a></li>
<li><a href="{U(JOBS)}">Jobba hos oss</a></li>
</ul>''', updated='2025-01-20')

    pages[FH] = page(FH, 'Folkhälsa', [('Kommun och politik', KP), ('Folkhälsa', FH)], f'''<p>Folkhälsa handlar om hur vi mår och vad som påverkar vår hälsa. Gullspångs kommun arbetar tillsammans med Västra Götalandsregionen för att alla ska ha goda förutsättningar för en god hälsa.</p>
<h2>Folkhälsorådet</h2>
<p>Folkhälsorådet består av politiker från kommunen och regionens hälso- och sjukvårdsnämnd. Rådet tar fram en handlingsplan varje år.</p>
<h2>Pågående folkhälsoarbete</h2>
<ul>
<li><a href="{U(G4)}">Aktiv vardag 75+</a> – träning och gemenskap för äldre som bor hemma.</li>
<li>Tobaksfri skoltid på Gullstensskolan.</li>
<li>Nattvandring med föräldrar i Hova och Gullspång.</li>
</ul>
<p>En del av arbetet får pengar ur kommunens <a href="{U(FUND)}">sociala investeringsfond</a>.</p>
<h2>Kontakt</h2>
<p>Folkhälsosamordnare<br>Telefon: 0551-360 00</p>''', updated='2025-03-03')

    pages[FUND] = page(FUND, 'Sociala investeringar', [('Kommun och politik', KP), ('Sociala investeringar', FUND)], f'''<p>Kommunfullmäktige inrättade en social investeringsfond i november 2023 med 2 miljoner kronor. Ur fonden kan kommunens verksamheter få pengar för att pröva förebyggande arbetssätt för barn, unga, familjer och äldre.</p>
<p>Tanken är att ett arbete som görs tidigt ska minska behovet av dyrare insatser senare. Om arbetet ger resultat ska det bli en del av den ordinarie verksamheten.</p>
<h2>Läs mer</h2>
<ul>
<li><a href="{U(SOK)}">Så ansöker du</a></li>
<li><a href="{U(RIKT)}">Riktlinjer för den sociala investeringsfonden</a></li>
<li><a href="{U(PROJ)}">Projekt som har fått pengar</a></li>
<li><a href="{U('/etikett/sociala-investeringar/')}">Nyheter om sociala investeringar</a></li>
</ul>
<h2>Kontakt</h2>
<p>Folkhälsosamordnare<br>Telefon: 0551-360 00<br><a href="mailto:kommunen@gullspang.se">kommunen@gullspang.se</a></p>''', updated='2025-02-11')

    pages[SOK] = page(SOK, 'Så ansöker du', [('Kommun och politik', KP), ('Sociala investeringar', FUND), ('Så ansöker du', SOK)], f'''<p>Kommunens verksamheter kan söka pengar ur den sociala investeringsfonden en gång per år. Sista dag att söka för 2026 är den 31 oktober 2025.</p>
<ol>
<li>Prata med folkhälsosamordnaren om din idé.</li>
<li>Fyll i ansökningsblanketten. Beskriv målgruppen, vad ni vill göra, vad det kostar och hur ni ska följa upp arbetet.</li>
<li>Låt din chef skriva under ansökan.</li>
<li>Skicka ansökan till <a href="mailto:kommunen@gullspang.se">kommunen@gullspang.se</a>.</li>
</ol>
<p>Kommunstyrelsens arbetsutskott beslutar om ansökningarna i december.</p>
<p><a href="{U('/wp-content/uploads/2024/01/ansokan-sociala-investeringsfonden.docx')}">Ansökningsblankett (Word)</a></p>''', updated='2025-09-22')

    pages[RIKT] = page(RIKT, 'Riktlinjer för den sociala investeringsfonden', [('Kommun och politik', KP), ('Sociala investeringar', FUND), ('Riktlinjer', RIKT)], '''<p>Riktlinjerna beslutades av kommunfullmäktige den 27 november 2023.</p>
<ul>
<li>Pengarna ska användas till förebyggande arbete som är nytt för kommunen.</li>
<li>Arbetet får pågå i högst tre år.</li>
<li>En ansökan kan beviljas högst 700 000 kronor.</li>
<li>Arbetet ska följas upp och redovisas till kommunstyrelsen varje år.</li>
<li>Om arbetet minskar kommunens kostnader ska hälften av minskningen betalas tillbaka till fonden.</li>
</ul>''', updated='2023-11-30')

    pages[PROJ] = page(PROJ, 'Projekt som har fått pengar', [('Kommun och politik', KP), ('Sociala investeringar', FUND), ('Projekt', PROJ)], f'''<p>De här projekten har fått pengar ur den sociala investeringsfonden.</p>
<h2>Pågående</h2>
<ul>
<li><a href="{U(G1)}">Familjeverkstan</a> – stöd till föräldrar med små barn (2025–2026)</li>
<li>Unga ledare i Gullspång – ungdomar leder aktiviteter för yngre barn (2024–2026)</li>
<li>Aktiv vardag 75+ – träning och gemenskap för äldre (2025–2027)</li>
</ul>
<h2>Avslutade</h2>
<ul>
<li><a href="{U(DEAD_PROJ)}">Lovskola i Hova</a> (2024)</li>
</ul>''', updated='2025-06-10')

    pages[G1] = page(G1, 'Familjeverkstan', [('Kommun och politik', KP), ('Sociala investeringar', FUND), ('Projekt', PROJ), ('Familjeverkstan', G1)], '''<p>Familjeverkstan är träffar för föräldrar med barn mellan 0 och 6 år på familjecentralen i Hova. Varje grupp träffas sex gånger och pratar om sömn, mat, lek, trots och hur man tar hand om sig själv som förälder. Barnen leker med personal från öppna förskolan under tiden.</p>
<p>Familjeverkstan leds av en familjebehandlare från socialtjänsten och en förskollärare. Föräldrar som vill kan också få enskilda samtal.</p>
<h2>Fakta om projektet</h2>
<figure class="wp-block-table"><table>
<tbody>
<tr><th>Projektperiod</th><td>januari 2025 – december 2026</td></tr>
<tr><th>Beviljat belopp</th><td>640 000 kronor ur den sociala investeringsfonden</td></tr>
<tr><th>Ansvarig</th><td>Socialtjänsten, individ- och familjeomsorgen</td></tr>
<tr><th>Samverkan</th><td>Familjecentralen i Hova, förskolorna och Närhälsan Hova barnavårdscentral</td></tr>
<tr><th>Målgrupp</th><td>Föräldrar till barn 0–6 år</td></tr>
</tbody></table></figure>
<h2>Syfte</h2>
<p>Syftet är att stärka föräldrar tidigt, så att färre familjer behöver stöd från socialtjänsten när barnen blir äldre.</p>''', updated='2025-01-28')

    pages[JOBS] = page(JOBS, 'Jobba hos oss', [('Kommun och politik', KP), ('Jobba hos oss', JOBS)], f'''<p>Gullspångs kommun har omkring 600 medarbetare. Här är våra lediga jobb.</p>
<ul>
<li><a href="{U(JOB)}">Folkhälsosamordnare</a> – sista ansökningsdag 9 november 2025</li>
<li><a href="https://gullspang.varbi.com/what:job/jobID:831204/">Undersköterska till hemtjänsten i Hova</a></li>
</ul>''', updated='2025-10-20')

    pages[JOB] = page(JOB, 'Folkhälsosamordnare', [('Kommun och politik', KP), ('Jobba hos oss', JOBS), ('Folkhälsosamordnare', JOB)], '''<p>Vi söker en folkhälsosamordnare som vill leda kommunens folkhälsoarbete och arbetet med den sociala investeringsfonden.</p>
<h2>Om tjänsten</h2>
<p>Du samordnar folkhälsorådet, tar fram handlingsplaner och stöttar verksamheterna när de söker pengar ur den sociala investeringsfonden. Du följer upp projekten, till exempel Familjeverkstan och Unga ledare i Gullspång, och rapporterar till kommunstyrelsen.</p>
<h2>Kvalifikationer</h2>
<p>Du har en högskoleutbildning i folkhälsovetenskap eller motsvarande.</p>
<p><strong>Anställningsform:</strong> Tillsvidare<br>
<strong>Omfattning:</strong> 100 procent<br>
<strong>Tillträde:</strong> Januari 2026<br>
<strong>Sista ansökningsdag:</strong> 9 november 2025</p>
<p><a href="https://gullspang.varbi.com/what:job/jobID:831377/">Ansök här</a></p>''', updated='2025-10-20')

    # ---------------- barn och utbildning
    pages[BU] = page(BU, 'Barn och utbildning', [('Barn och utbildning', BU)], f'''<p>Förskola, grundskola och vuxenutbildning i Gullspångs kommun.</p>
<ul><li><a href="{U('/barn-och-utbildning/forskola/')}">Förskola</a></li><li><a href="{U('/barn-och-utbildning/grundskola/')}">Grundskola</a></li><li><a href="{U(EH)}">Elevhälsa</a></li></ul>''', updated='2025-01-20')
    pages[EH] = page(EH, 'Elevhälsa', [('Barn och utbildning', BU), ('Elevhälsa', EH)], '''<p>Elevhälsan finns på alla skolor och består av skolsköterska, skolläkare, kurator, psykolog och specialpedagog.</p>
<h2>Frånvaro</h2>
<p>Om ditt barn ofta är borta från skolan kontaktar skolan dig. Hör av dig till mentorn eller elevhälsan om du är orolig.</p>
<h2>Kontakt</h2>
<p>Skolsköterska Gullstensskolan: 0551-363 20<br>Kurator: 0551-363 24</p>''', updated='2025-02-04')

    pages[G2] = page(G2, 'Skolbron', [('Barn och utbildning', BU), ('Elevhälsa', EH), ('Skolbron', G2)], '''<p>Skolbron arbetar med elever på Gullstensskolan som har hög frånvaro eller är på väg att få det. Teamet tar kontakt med familjen redan första frånvarodagen, gör en plan tillsammans med eleven och följer med eleven till skolan om det behövs.</p>
<p>I Skolbron arbetar en socialpedagog och en skolkurator, båda på heltid. De samarbetar med socialtjänsten och med fritidsgården Hangaren, så att eleverna har vuxna att möta även efter skoltid.</p>
<h2>Om projektet</h2>
<p><strong>Period:</strong> augusti 2025 – juni 2027<br>
<strong>Budget:</strong> 1 100 000 kronor ur den sociala investeringsfonden<br>
<strong>Ansvarig:</strong> Barn- och utbildningsförvaltningen, elevhälsan<br>
<strong>Samverkan:</strong> Socialtjänsten och fritidsgården Hangaren<br>
<strong>Målgrupp:</strong> Elever i årskurs 7–9 med hög frånvaro</p>
<p>Syftet är att fler elever ska gå ut grundskolan med behörighet till gymnasiet.</p>''', updated='2025-10-14')

    # ---------------- omsorg och stöd
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], f'''<ul><li><a href="{U(AO)}">Äldreomsorg</a></li><li><a href="{U('/omsorg-och-stod/individ-och-familjeomsorg/')}">Individ- och familjeomsorg</a></li></ul>''', updated='2025-01-20')
    pages[AO] = page(AO, 'Äldreomsorg', [('Omsorg och stöd', OS), ('Äldreomsorg', AO)], '''<p>Du som är äldre och behöver hjälp i vardagen kan ansöka om hemtjänst, trygghetslarm eller särskilt boende.</p>
<h2>Träffpunkter</h2>
<p>Träffpunkten i Hova har öppet måndag–torsdag kl. 10–14 med lunch, sittgympa och bingo. I Gullspång finns träffpunkten på Gullstensgården.</p>
<h2>Biståndshandläggare</h2>
<p>Telefon: 0551-364 10, vardagar kl. 8–9.</p>''', updated='2025-02-04')

    pages[G4] = page(G4, 'Aktiv vardag 75+', [('Omsorg och stöd', OS), ('Äldreomsorg', AO), ('Aktiv vardag 75+', G4)], '''<p>Aktiv vardag 75+ är ett projekt för dig som är 75 år eller äldre och bor hemma. Tillsammans med andra tränar du balans och styrka en gång i veckan, och efteråt fikar ni tillsammans. Du som vill kan också få ett hembesök av en arbetsterapeut som ser över risken för fall i ditt hem.</p>
<p>Projektet pågår från februari 2025 till januari 2027 och har fått 380 000 kronor ur kommunens sociala investeringsfond. Vård och omsorg driver projektet tillsammans med PRO Gullspång, SPF Seniorerna Hova och Närhälsan Hova vårdcentral.</p>
<h2>Varför?</h2>
<p>Fallolyckor är den vanligaste orsaken till att äldre skadas och behöver mer hjälp. Med träning och gemenskap kan fler bo kvar hemma längre.</p>
<h2>Här tränar vi</h2>
<ul><li>Hova: Träffpunkten, tisdagar kl. 10</li><li>Gullspång: Gullstensgården, torsdagar kl. 10</li><li>Otterbäcken: Bygdegården, varannan onsdag kl. 13</li></ul>
<p>Anmälan till hemtjänstens rehabteam, telefon 0551-364 30.</p>''', updated='2025-02-18')

    # ---------------- kultur och fritid
    pages[KF] = page(KF, 'Kultur och fritid', [('Kultur och fritid', KF)], f'''<ul><li><a href="{U('/kultur-och-fritid/bibliotek/')}">Bibliotek</a></li><li><a href="{U(FG)}">Fritidsgården Hangaren</a></li><li><a href="{U(EVS)}">Evenemang</a></li></ul>''', updated='2025-01-20')
    pages[FG] = page(FG, 'Fritidsgården Hangaren', [('Kultur och fritid', KF), ('Fritidsgården Hangaren', FG)], f'''<p>Hangaren är kommunens fritidsgård för dig som går i årskurs 6 till 18 år. Här kan du spela biljard och tv-spel, laga mat, göra musik och träffa kompisar.</p>
<h2>Öppettider</h2>
<p>Tisdag och torsdag kl. 15–21<br>Fredag kl. 18–23</p>
<h2>Adress</h2>
<p>Hangaren, Industrigatan 3, Gullspång</p>
<div class="wp-block-group related-box"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Relaterat</h2>
<ul class="wp-block-list">
<li><a href="{U(G5)}">Öppen fritid i Otterbäcken</a></li>
<li><a href="{U(EVS)}">Evenemang för unga</a></li>
<li><a href="https://www.umo.se/">UMO – ungdomsmottagningen på nätet</a></li>
</ul></div></div>''', updated='2025-08-28')

    pages[G5] = page(G5, 'Öppen fritid i Otterbäcken', [('Kultur och fritid', KF), ('Fritidsgården Hangaren', FG), ('Öppen fritid i Otterbäcken', G5)], '''<p>Barn och unga i Otterbäcken har långt till fritidsgården i Gullspång. Därför öppnar kultur och fritid en mötesplats i bygdegården i Otterbäcken två kvällar i veckan, med fritidsledare, fika och aktiviteter som ungdomarna själva är med och väljer.</p>
<h2>Om projektet</h2>
<ul>
<li><strong>Projekttid:</strong> augusti 2025 – juni 2027</li>
<li><strong>Finansiering:</strong> 290 000 kronor ur den sociala investeringsfonden</li>
<li><strong>Ansvarig:</strong> Kultur och fritid</li>
<li><strong>Samverkan:</strong> Otterbäckens bygdegårdsförening</li>
<li><strong>Målgrupp:</strong> Barn och unga 10–16 år i Otterbäcken</li>
</ul>
<p>Projektet ska visa om en mötesplats nära hemmet gör att fler unga har en meningsfull och trygg fritid.</p>
<h2>Öppettider</h2>
<p>Måndag och onsdag kl. 17–20 i bygdegården.</p>''', updated='2025-08-28')

    # ---------------- arbete och näringsliv
    pages[AN] = page(AN, 'Arbete och näringsliv', [('Arbete och näringsliv', AN)], f'''<ul><li><a href="{U('/arbete-och-naringsliv/arbetsmarknadsenheten/')}">Arbetsmarknadsenheten</a></li><li><a href="{U(UC)}">Ungdomscoach</a></li></ul>''', updated='2025-01-20')
    pages[UC] = page(UC, 'Ungdomscoach', [('Arbete och näringsliv', AN), ('Ungdomscoach', UC)], '''<p>Är du mellan 16 och 24 år och varken jobbar eller studerar? Då kan du få stöd av kommunens ungdomscoach. Tillsammans gör ni en plan för vad du vill göra, och coachen hjälper dig att söka jobb, praktik eller utbildning.</p>
<h2>Så kontaktar du oss</h2>
<p>Ring eller sms:a ungdomscoachen på 070-123 45 67, eller kom förbi arbetsmarknadsenheten på Skolgatan 7 i Hova.</p>
<h2>Om ungdomscoachen</h2>
<p>Ungdomscoachen började som ett projekt med pengar från Samordningsförbundet Östra Skaraborg 2021–2023. Sedan januari 2024 är ungdomscoachen en del av arbetsmarknadsenhetens ordinarie verksamhet och finansieras av kommunen.</p>''', updated='2025-01-15')

    # ---------------- events (The Events Calendar)
    pages[EVS] = page(EVS, 'Evenemang', [('Evenemang', EVS)], f'''<div class="tribe-events-header">
  <ul class="tribe-events-c-view-selector__list"><li><a href="{U(EVS)}" class="tribe-events-c-view-selector__list-item-link">Lista</a></li><li><a href="{U(EV_MONTH)}" class="tribe-events-c-view-selector__list-item-link">Månad</a></li></ul>
</div>
<div class="tribe-events-calendar-list">
  <div class="tribe-events-calendar-list__event-row"><time datetime="2025-10-08">8 okt</time>
    <h3 class="tribe-events-calendar-list__event-title"><a href="{U(EV)}" class="tribe-events-calendar-list__event-title-link">Informationsträff om sociala investeringar</a></h3></div>
  <div class="tribe-events-calendar-list__event-row"><time datetime="2025-11-29">29 nov</time>
    <h3 class="tribe-events-calendar-list__event-title">Julmarknad i Hova</h3></div>
</div>
<nav class="tribe-events-calendar-list-nav"><a href="{U(EV_MONTH + '2025-12/')}" rel="nofollow">Nästa månad</a></nav>
<p class="tribe-events-c-ical"><a class="tribe-events-c-ical__link" href="{U(EVS)}?ical=1" rel="nofollow">Exportera evenemang</a></p>''', updated='2025-09-22', print_link=False)

    pages[EV] = page(EV, 'Informationsträff om sociala investeringar', [('Evenemang', EVS), ('Informationsträff om sociala investeringar', EV)], f'''<div class="tribe-events-single-event-description tribe-events-content">
<p>Har du en idé om förebyggande arbete som skulle kunna få pengar ur den sociala investeringsfonden? Kom på informationsträff och få tips om hur du skriver en ansökan och räknar på kostnaderna.</p>
</div>
<div class="tribe-events-single-section tribe-events-event-meta">
<h2 class="tribe-events-single-section-title">Detaljer</h2>
<dl>
<dt>Datum:</dt><dd><abbr class="tribe-events-abbr" title="2025-10-08">8 oktober 2025</abbr></dd>
<dt>Tid:</dt><dd>13:00–15:00</dd>
<dt>Plats:</dt><dd>Kommunhuset i Hova, sammanträdesrum Skagern</dd>
<dt>Kostnad:</dt><dd>Gratis</dd>
<dt>Anmälan:</dt><dd>Senast 3 oktober till kommunen@gullspang.se</dd>
<dt>Arrangör:</dt><dd>Gullspångs kommun, folkhälsosamordnaren</dd>
</dl>
</div>
<div class="tribe-events-cal-links"><a class="tribe-events-gcal" href="https://www.google.com/calendar/event?action=TEMPLATE&amp;text=Informationstr%C3%A4ff+om+sociala+investeringar">Lägg till i Google Kalender</a> <a class="tribe-events-ical" href="{U(EV)}?ical=1" rel="nofollow">Exportera .ics</a></div>''', updated='2025-09-22', print_link=False)

    # ---------------- furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakt', [('Kontakt', KONTAKT)], '''<p>Växel: 0551-360 00, vardagar kl. 8–16.30<br>E-post: <a href="mailto:kommunen@gullspang.se">kommunen@gullspang.se</a><br>Besöksadress: Skolgatan 7, Hova</p>''', updated='2024-09-02', print_link=False)
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', '/om-webbplatsen/'), ('Kakor', KAKOR)], '''<p>Webbplatsen använder kakor. Nödvändiga kakor krävs för att webbplatsen ska fungera. Statistikkakor används bara om du godkänner dem.</p>''', updated='2024-09-02', print_link=False)
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', '/om-webbplatsen/'), ('Tillgänglighetsredogörelse', TILLG)], '''<p>Gullspångs kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p><p>Vissa pdf-filer är inte tillgänglighetsanpassade.</p>''', updated='2025-03-01', print_link=False)

    # ---------------- posts and archives
    for p in POSTS:
        pages[p['path']] = post_html(p)
    pages[NYH] = archive_html(NYH, 'Nyheter', POSTS[:5], 'blog', 'Nyheter', nxt=NYH2, feed='/feed/')
    pages[NYH2] = archive_html(NYH2, 'Nyheter', POSTS[5:], 'blog paged paged-2', 'Nyheter – sida 2', prev=NYH)
    for c, n in CATS.items():
        posts = [p for p in POSTS if c in p['cats']]
        base = '/kategori/' + c + '/'
        if len(posts) > 5:
            pages[base] = archive_html(base, f'Kategori: <span>{n}</span>', posts[:5], f'archive category category-{c}', n, nxt=base + 'page/2/', feed=base + 'feed/')
            pages[base + 'page/2/'] = archive_html(base + 'page/2/', f'Kategori: <span>{n}</span>', posts[5:], f'archive category category-{c} paged paged-2', n + ' – sida 2', prev=base)
        else:
            pages[base] = archive_html(base, f'Kategori: <span>{n}</span>', posts, f'archive category category-{c}', n, feed=base + 'feed/')
    for t, n in TAGS.items():
        posts = [p for p in POSTS if t in p['tags']]
        base = '/etikett/' + t + '/'
        pages[base] = archive_html(base, f'Etikett: <span>{n}</span>', posts, f'archive tag tag-{t}', n, feed=base + 'feed/')
    for a, n in AUTHORS.items():
        posts = [p for p in POSTS if p['author'] == a]
        base = '/author/' + a + '/'
        pages[base] = archive_html(base, f'Författare: <span class="vcard">{n}</span>', posts, f'archive author author-{a}', n, feed=base + 'feed/')
    for m, name, c in months():
        posts = [p for p in POSTS if month_path(p['iso']) == m]
        pages[m] = archive_html(m, f'Månad: <span>{name}</span>', posts, 'archive date', name)

    for path, t in pages.items():
        write(H, path, t)

    # ---------------- WordPress core sitemaps
    def wp_map(rows):
        out = ''.join(f'<url><loc>{U(p)}</loc>' + (f'<lastmod>{d}T08:00:00+00:00</lastmod>' if d else '') + '</url>' for p, d in rows)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="' + U('/wp-sitemap.xsl') + '" ?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + out + '</urlset>\n')
    page_rows = [('/', None), (KP, None), (FH, None), (FUND, None), (SOK, None), (RIKT, None), (PROJ, None), (G1, None), (JOBS, None), (JOB, None),
                 (BU, None), (EH, None), (G2, None), (OS, None), (AO, None), (G4, None), (KF, None), (FG, None), (G5, None), (AN, None), (UC, None),
                 (KONTAKT, None), (KAKOR, None), (TILLG, None)]
    write(H, '/wp-sitemap-posts-page-1.xml', wp_map(page_rows))
    write(H, '/wp-sitemap-posts-post-1.xml', wp_map([(p['path'], p['iso']) for p in POSTS]))
    write(H, '/wp-sitemap-posts-tribe_events-1.xml', wp_map([(EV, '2025-09-22')]))
    write(H, '/wp-sitemap-taxonomies-category-1.xml', wp_map([('/kategori/' + c + '/', None) for c in CATS]))
    write(H, '/wp-sitemap-taxonomies-post_tag-1.xml', wp_map([('/etikett/' + t + '/', None) for t in TAGS]))
    write(H, '/wp-sitemap-users-1.xml', wp_map([('/author/' + a + '/', None) for a in AUTHORS]))
    idx = ''.join(f'<sitemap><loc>{U(s)}</loc></sitemap>' for s in (
        '/wp-sitemap-posts-post-1.xml', '/wp-sitemap-posts-page-1.xml', '/wp-sitemap-posts-tribe_events-1.xml',
        '/wp-sitemap-taxonomies-category-1.xml', '/wp-sitemap-taxonomies-post_tag-1.xml', '/wp-sitemap-users-1.xml'))
    write(H, '/wp-sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="' + U('/wp-sitemap-index.xsl') + '" ?>\n'
          '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + idx + '</sitemapindex>\n')
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /?s=
Disallow: /*?s=
Disallow: /*/print/
Disallow: /evenemang/manad/
Disallow: /*?ical=
Disallow: /*tribe-bar-date=

Sitemap: {BASE}/wp-sitemap.xml
''')
    return pages


if __name__ == '__main__':
    print(len(build()), 'pages')
