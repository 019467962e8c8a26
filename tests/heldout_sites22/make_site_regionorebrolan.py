"""Region Örebro län (länskod 18) – generator for heldout_sites22.

Two sites on one host, www.regionorebrolan.se:
- the region's main site on Optimizely CMS 12 (pages end in '/', root-relative links, English start page /en/);
- a SEPARATE SITE mounted under /samverkan/ ("Samverkan i Örebro län", the region and the twelve municipalities
  together) on Umbraco 13 behind the same reverse proxy: its own header, menu, footer and search, a language switch
  (Swedish at /samverkan/…, English at /samverkan/en/…, hreflang alternates), print links '?altTemplate=Utskrift',
  and its own XML sitemap /samverkan/sitemap.xml (declared in robots.txt; pages hidden from the navigation are not in it).
The region's social-investment funds ("sociala investeringsmedel") live on the /samverkan/ site.
"""
from make_common import write, sitemap_dated, numid, esc

H = 'www.regionorebrolan.se'

# ------------------------------------------------------------------ main site (Optimizely)
HOV = '/halsa-och-vard/'
HLV = '/halsa-och-vard/halsa-och-levnadsvanor/'
JH = '/halsa-och-vard/halsa-och-levnadsvanor/jamlik-halsa/'                      # topic page (links R3)
R3 = '/halsa-och-vard/halsa-och-levnadsvanor/halsokommunikatorer-i-vivalla/'
RU = '/regional-utveckling/'
SH = '/regional-utveckling/social-hallbarhet/'
OR = '/om-regionen/'
NYH = '/om-regionen/nyheter/'
JOBS = '/om-regionen/jobba-hos-oss/'
JOB = '/om-regionen/jobba-hos-oss/utvecklingsledare-sociala-investeringar/'
KONTAKT = '/om-regionen/kontakta-oss/'
KAKOR = '/om-webbplatsen/kakor/'
EN = '/en/'
SEARCH = '/sok/'

NM_VC = '/om-regionen/nyheter/nya-oppettider-pa-vardcentralen-i-kumla/'
NM_SEN = '/om-regionen/nyheter/fler-seniorer-i-norra-lanet-ror-pa-sig/'             # one-project news (links R4)
NM_RS = '/om-regionen/nyheter/regionstyrelsen-forlanger-de-sociala-investeringsmedlen/'
NM_FLU = '/om-regionen/nyheter/vaccinationen-mot-influensa-har-startat/'
NM_BUSS = '/om-regionen/nyheter/ny-busslinje-mellan-nora-och-lindesberg/'

# ------------------------------------------------------------------ /samverkan/ (Umbraco 13)
S = '/samverkan/'
HO = '/samverkan/halsa-och-omsorg/'
R4 = '/samverkan/halsa-och-omsorg/aktiv-senior-i-bergslagen/'                    # hidden from navigation and sitemap
FUND = '/samverkan/sociala-investeringsmedel/'
SOK = FUND + 'sa-soker-ni-medel/'
VILL = FUND + 'villkor-och-bedomning/'
FAQ = FUND + 'vanliga-fragor/'
BEV = FUND + 'beviljade-projekt/'
R1 = BEV + 'familjelots-karlskoga/'
R2 = BEV + 'ung-vuxen-lindesberg/'
DEAD_CARD = BEV + 'sommarlovsentreprenorer-laxa/'                                 # dead: granted, page not published
R5 = FUND + 'avslutade-projekt/tillsammans-for-narvaro-askersund/'               # hidden; only in the FAQ's <details>
UPP = FUND + 'uppfoljning-2025/'
AKT = '/samverkan/aktuellt/'
F_CALL = '/samverkan/aktuellt/ansokningsomgangen-for-2026-ar-oppen/'
F_HSJ = '/samverkan/aktuellt/ny-overenskommelse-om-hemsjukvard/'
F_BAA = '/samverkan/aktuellt/nytt-kunskapsstod-om-barn-som-anhoriga/'
EVL = '/samverkan/aktuellt/evenemang/'
EV = '/samverkan/aktuellt/evenemang/natverkstraff-sociala-investeringar-2025/'
CAL = '/samverkan/kalender/'
S_SEARCH = '/samverkan/sok/'
S_EN = '/samverkan/en/'
EN_FUND = '/samverkan/en/social-investment-funds/'
EN_LIST = '/samverkan/en/social-investment-funds/funded-projects/'
EN_R1 = '/samverkan/en/social-investment-funds/funded-projects/family-navigator-karlskoga/'
PRINT = '?altTemplate=Utskrift'
UMBRACO_EDIT = f'https://{H}/umbraco/#/content/content/edit/{numid(FUND, 1200, 400)}'

EN_OF = {S: S_EN, FUND: EN_FUND, BEV: EN_LIST, R1: EN_R1}
SV_OF = {v: k for k, v in EN_OF.items()}

DIST = '/dist/assets/ro-2025.10.2'
ARIA = ' aria-current="page"'


# ================================================================== main site templates
MAIN_MENU = [('Hälsa och vård', HOV), ('Kollektivtrafik', 'https://www.lanstrafiken.se/'), ('Kultur och fritid', '/kultur-och-fritid/'),
             ('Regional utveckling', RU), ('Om regionen', OR)]


def m_header(active):
    items = ''.join(
        f'<li class="main-nav__item{" main-nav__item--active" if h == active else ""}"><a class="main-nav__link" href="{h}"{ARIA if h == active else ""}>{t}</a></li>'
        for t, h in MAIN_MENU)
    return f'''<header class="site-header" role="banner">
  <div class="site-header__top container">
    <a class="site-header__logo" href="/"><img src="/globalassets/grafik/region-orebro-lan-logotyp.svg" alt="Region Örebro län, till startsidan" width="200" height="48"></a>
    <ul class="site-header__tools">
      <li><a href="https://www.1177.se/Orebro-lan/">1177 Vårdguiden</a></li>
      <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=7710&amp;lang=sv_se&amp;readclass=main-content">Lyssna</a></li>
      <li><a href="{EN}" lang="en" hreflang="en">In English</a></li>
      <li><a href="/lattlast/">Lättläst</a></li>
    </ul>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label class="visually-hidden" for="site-search-q">Sök på regionorebrolan.se</label>
      <input id="site-search-q" type="search" name="q" placeholder="Sök">
      <button type="submit" class="button button--primary">Sök</button>
    </form>
  </div>
  <nav class="main-nav container" aria-label="Huvudmeny"><ul class="main-nav__list">{items}</ul></nav>
</header>'''


def m_footer():
    return f'''<footer class="site-footer" role="contentinfo">
  <div class="container site-footer__grid">
    <div><h2 class="site-footer__heading">Region Örebro län</h2>
      <p>Box 1613, 701 16 Örebro<br>Växel: 019-602 10 00<br><a href="mailto:regionen@regionorebrolan.se">regionen@regionorebrolan.se</a></p></div>
    <div><h2 class="site-footer__heading">Genvägar</h2>
      <ul><li><a href="{NYH}">Nyheter</a></li><li><a href="{JOBS}">Jobba hos oss</a></li><li><a href="{S}">Samverkan med länets kommuner</a></li><li><a href="{KONTAKT}">Kontakta oss</a></li></ul></div>
    <div><h2 class="site-footer__heading">Om webbplatsen</h2>
      <ul><li><a href="{KAKOR}">Kakor</a></li><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighet</a></li><li><a href="/om-webbplatsen/personuppgifter/">Personuppgifter</a></li></ul></div>
  </div>
</footer>'''


def m_crumbs(trail):
    items = [('Startsida', '/')] + trail
    lis = []
    for i, (t, h) in enumerate(items):
        if i < len(items) - 1:
            lis.append(f'<li class="breadcrumbs__item"><a href="{h}">{t}</a></li>')
        else:
            lis.append(f'<li class="breadcrumbs__item" aria-current="page">{t}</li>')
    return f'<nav class="breadcrumbs container" aria-label="Brödsmulor"><ol class="breadcrumbs__list">{"".join(lis)}</ol></nav>'


def m_page(path, title, trail, body, ptype='StandardPage', active=None, lead='', updated='2025-10-20', side='', extra_head=''):
    cid = numid(path, 2000, 9000)
    lead_html = f'<p class="preamble">{lead}</p>' if lead else ''
    side_html = f'<aside class="layout__aside" aria-label="Relaterat">{side}</aside>' if side else ''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Region Örebro län</title>
<meta name="description" content="{esc(lead or title)}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Region Örebro län">
<meta property="og:url" content="https://{H}{path}">
{extra_head}<link rel="stylesheet" href="{DIST}/main.css">
<script defer src="{DIST}/main.js"></script>
</head>
<body class="page page--{ptype.lower()}" data-content-id="{cid}" data-page-type="{ptype}">
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
<div id="CybotCookiebotDialog" class="cookie-banner" hidden><p>Vi använder kakor. <a href="{KAKOR}">Läs mer om kakor</a></p></div>
{m_header(active)}
{m_crumbs(trail) if trail else ''}
<main id="main-content" class="layout container{' layout--with-aside' if side else ''}">
  <article class="layout__main">
    <h1 class="page-title">{title}</h1>
    {lead_html}
    <div class="editorial">
{body}
    </div>
    <p class="page-meta">Senast uppdaterad: <time datetime="{updated}">{updated}</time></p>
  </article>
  {side_html}
</main>
{m_footer()}
</body>
</html>
'''


def m_teasers(items):
    out = ''.join(f'''<div class="block teaserblock"><a class="teaser" href="{h}"><h3 class="teaser__heading">{t}</h3><p class="teaser__text">{d}</p></a></div>'''
                  for t, h, d in items)
    return f'<div class="content-area content-area--teasers">{out}</div>'


def m_newslist(items):
    lis = ''.join(f'''<li class="news-list__item"><article class="news-teaser">
  <time class="news-teaser__date" datetime="{iso}">{human}</time>
  <h3 class="news-teaser__heading"><a href="{p}">{t}</a></h3>
  <p class="news-teaser__text">{lead}</p></article></li>''' for p, iso, human, t, lead, _ in items)
    return f'<ul class="news-list">{lis}</ul>'


MAIN_NEWS = [
    (NM_VC, '2025-11-03', '3 november 2025', 'Nya öppettider på vårdcentralen i Kumla',
     'Från den 1 december har Kumla vårdcentral öppet till klockan 19 på tisdagar och torsdagar.',
     '<p>De längre öppettiderna gäller bokade besök hos läkare och sjuksköterska. Drop-in för vaccinationer finns kvar på onsdagar.</p>'),
    (NM_SEN, '2025-10-16', '16 oktober 2025', 'Fler seniorer i norra länet rör på sig',
     'Sedan i våras har 140 seniorer i Nora, Hällefors och Ljusnarsberg börjat träna i grupp inom Aktiv senior i Bergslagen.',
     f'''<p>Aktiv senior i Bergslagen drivs av Nora kommun tillsammans med Hällefors och Ljusnarsbergs kommuner och regionens primärvårdsrehabilitering. Seniorerna tränar balans och styrka i grupper på bygdegårdar och i föreningslokaler, och efter träningen blir det fika.</p>
<p>– Det sociala är minst lika viktigt som träningen. Många säger att det är det enda de har inbokat i veckan, säger fysioterapeuten som leder grupperna i Grythyttan.</p>
<p>Projektet har fått 1 350 000 kronor ur regionens sociala investeringsmedel och pågår till och med mars 2027. Målet är färre fallolyckor och att fler ska kunna bo kvar hemma utan hemtjänst.</p>
<p><a href="{R4}">Läs mer om Aktiv senior i Bergslagen</a></p>'''),
    (NM_RS, '2025-10-08', '8 oktober 2025', 'Regionstyrelsen förlänger de sociala investeringsmedlen',
     'Region Örebro län fortsätter att avsätta 10 miljoner kronor per år till sociala investeringar tillsammans med länets kommuner, nu till och med 2028.',
     f'''<p>Regionstyrelsen beslutade på tisdagen att förlänga de sociala investeringsmedlen med tre år. Medlen infördes 2020 och har sedan dess fördelats till 19 projekt i tio av länets tolv kommuner.</p>
<p>– Utvärderingen visar att de flesta projekt har lett till nya arbetssätt som lever kvar. Därför vill vi fortsätta, säger regionstyrelsens ordförande.</p>
<p>Till skillnad från tidigare ska minst en tredjedel av medlen gå till arbete för barn under sex år. Nästa ansökningsomgång öppnar i höst. <a href="{FUND}">Läs mer om de sociala investeringsmedlen</a>.</p>'''),
    (NM_FLU, '2025-10-01', '1 oktober 2025', 'Vaccinationen mot influensa har startat',
     'Nu kan du som är 65 år eller äldre eller tillhör en riskgrupp vaccinera dig mot influensa.',
     '<p>Vaccinationen är kostnadsfri för dig som tillhör en riskgrupp. Boka tid via 1177 eller kom på drop-in.</p>'),
    (NM_BUSS, '2025-08-18', '18 augusti 2025', 'Ny busslinje mellan Nora och Lindesberg',
     'Från den 1 september går linje 353 varje timme mellan Nora och Lindesberg.',
     '<p>Den nya linjen ersätter de tidigare anropsstyrda turerna. Tidtabellen finns på lanstrafiken.se.</p>'),
]


def m_news_page(n):
    p, iso, human, title, lead, body = n
    return m_page(p, title, [('Om regionen', OR), ('Nyheter', NYH), (title, p)], f'''<p class="news-meta">Publicerad <time datetime="{iso}">{human}</time></p>
{body}''', ptype='NewsPage', active=OR, lead=lead, updated=iso)


# ================================================================== /samverkan/ templates (Umbraco 13)
S_MENU = [('Hälsa och omsorg', HO), ('Barn och unga', '/samverkan/barn-och-unga/'), ('Sociala investeringsmedel', FUND),
          ('Aktuellt', AKT), ('Om samverkan', '/samverkan/om-samverkan/')]
S_MENU_EN = [('Social investment funds', EN_FUND), ('About', '/samverkan/en/about/')]


def s_header(path, active, en=False):
    menu = S_MENU_EN if en else S_MENU
    items = ''.join(
        f'<li class="nav__item{" nav__item--active" if h == active else ""}"><a class="nav__link" href="{h}">{t}</a></li>' for t, h in menu)
    if en:
        sv = SV_OF.get(path, S)
        lang = f'''<nav class="lang-switch" aria-label="Language">
      <ul class="lang-switch__list">
        <li><a class="lang-switch__link" href="{sv}" hreflang="sv" lang="sv">Svenska</a></li>
        <li><a class="lang-switch__link lang-switch__link--current" href="{path}" hreflang="en" lang="en" aria-current="true">English</a></li>
      </ul></nav>'''
        search = f'''<form class="sv-search" action="{S_SEARCH}" method="get" role="search"><label class="sr-only" for="q">Search</label><input id="q" type="search" name="q"><button type="submit">Search</button></form>'''
        brand = 'Collaboration in Örebro County'
        home = S_EN
    else:
        en_href = EN_OF.get(path, S_EN)
        lang = f'''<nav class="lang-switch" aria-label="Språk">
      <ul class="lang-switch__list">
        <li><a class="lang-switch__link lang-switch__link--current" href="{path}" hreflang="sv" lang="sv" aria-current="true">Svenska</a></li>
        <li><a class="lang-switch__link" href="{en_href}" hreflang="en" lang="en">English</a></li>
      </ul></nav>'''
        search = f'''<form class="sv-search" action="{S_SEARCH}" method="get" role="search"><label class="sr-only" for="q">Sök inom Samverkan</label><input id="q" type="search" name="q" placeholder="Sök inom Samverkan"><button type="submit">Sök</button></form>'''
        brand = 'Samverkan i Örebro län'
        home = S
    return f'''<header class="header">
  <div class="header__bar">
    <a class="header__parent" href="/">regionorebrolan.se</a>
    {lang}
  </div>
  <div class="header__main">
    <a class="header__brand" href="{home}"><img src="/media/3k2fmq1d/samverkan-logo.svg" alt="" width="48" height="48"><span>{brand}</span></a>
    {search}
  </div>
  <nav class="nav" aria-label="{'Main menu' if en else 'Huvudmeny'}"><ul class="nav__list">{items}</ul></nav>
</header>'''


def s_footer(en=False):
    if en:
        return f'''<footer class="footer"><div class="footer__inner">
  <p>Collaboration in Örebro County is run by Region Örebro län together with the twelve municipalities of the county.</p>
  <ul><li><a href="{S_EN}">Start</a></li><li><a href="/">regionorebrolan.se</a></li></ul>
</div></footer>'''
    return f'''<footer class="footer"><div class="footer__inner">
  <p>Samverkan i Örebro län drivs av Region Örebro län tillsammans med länets tolv kommuner: Askersund, Degerfors, Hallsberg, Hällefors, Karlskoga, Kumla, Laxå, Lekeberg, Lindesberg, Ljusnarsberg, Nora och Örebro.</p>
  <ul class="footer__links"><li><a href="{AKT}">Aktuellt</a></li><li><a href="/samverkan/om-samverkan/kontakt/">Kontakt</a></li><li><a href="{KAKOR}">Kakor</a></li><li><a href="/">Till regionorebrolan.se</a></li></ul>
</div></footer>'''


def s_crumbs(trail, en=False):
    items = [('Start' if en else 'Samverkan', S_EN if en else S)] + trail
    lis = []
    for i, (t, h) in enumerate(items):
        lis.append(f'<li><a href="{h}">{t}</a></li>' if i < len(items) - 1 else f'<li aria-current="page">{t}</li>')
    return f'<nav class="crumbs" aria-label="{"Breadcrumbs" if en else "Du är här"}"><ol>{"".join(lis)}</ol></nav>'


def s_subnav(current):
    def li(t, h):
        return f'<li class="subnav__item{" subnav__item--current" if h == current else ""}"><a href="{h}"{ARIA if h == current else ""}>{t}</a></li>'
    return f'''<nav class="subnav" aria-label="Sociala investeringsmedel">
  <a class="subnav__parent" href="{FUND}">Sociala investeringsmedel</a>
  <ul class="subnav__list">{li('Så söker ni medel', SOK)}{li('Villkor och bedömning', VILL)}{li('Beviljade projekt', BEV)}{li('Uppföljning 2025', UPP)}{li('Vanliga frågor', FAQ)}</ul>
</nav>'''


def rte(inner):
    return f'''<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock" data-col-span="12" data-row-span="1">
  <div class="rte">
{inner}
  </div>
</div>'''


def s_page(path, title, trail, blocks, doctype='contentPage', active=None, lead='', updated='2025-10-20', side='', en=False, alts=True):
    nid = numid(path, 1200, 400)
    lead_html = f'<p class="lead">{lead}</p>' if lead else ''
    alt = ''
    if alts:
        sv_p = SV_OF.get(path, path) if en else path
        en_p = path if en else EN_OF.get(path)
        if en_p:
            alt = (f'<link rel="alternate" hreflang="sv" href="https://{H}{sv_p}">\n'
                   f'<link rel="alternate" hreflang="en" href="https://{H}{en_p}">\n')
    side_html = f'<aside class="page__aside">{side}</aside>' if side else ''
    tools = '' if path in (S, S_EN) else f'''<ul class="page-tools">
      <li><a class="page-tools__print" rel="nofollow" href="{path}{PRINT}">{'Print' if en else 'Skriv ut'}</a></li>
      <li><a rel="nofollow" href="https://www.linkedin.com/sharing/share-offsite/?url=https://{H}{path}">{'Share' if en else 'Dela'}</a></li>
    </ul>'''
    return f'''<!DOCTYPE html>
<html lang="{'en' if en else 'sv'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {'Collaboration in Örebro County' if en else 'Samverkan i Örebro län'}</title>
<meta name="description" content="{esc(lead or title)}">
<link rel="canonical" href="https://{H}{path}">
{alt}<meta property="og:site_name" content="{'Collaboration in Örebro County' if en else 'Samverkan i Örebro län'}">
<meta property="og:title" content="{esc(title)}">
<link rel="stylesheet" href="/samverkan/css/samverkan.min.css?v=13.9.2">
<script src="/samverkan/scripts/samverkan.min.js?v=13.9.2" defer></script>
</head>
<body class="doctype-{doctype}" data-node-id="{nid}">
<a class="skip" href="#content">{'Skip to content' if en else 'Till innehållet'}</a>
{s_header(path, active, en)}
{s_crumbs(trail, en) if trail else ''}
<div class="page{' page--aside' if side else ''}">
  <main id="content" class="page__main">
    <h1>{title}</h1>
    {lead_html}
    <div class="umb-block-grid" data-grid-columns="12">
      <div class="umb-block-grid__layout-container">
{blocks}
      </div>
    </div>
    <p class="updated">{'Last updated' if en else 'Senast ändrad'}: <time datetime="{updated}">{updated}</time></p>
    {tools}
  </main>
  {side_html}
</div>
{s_footer(en)}
</body>
</html>
'''


def fact_block(heading, rows):
    dl = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows)
    return f'''<div class="umb-block-grid__layout-item" data-content-element-type-alias="factBlock" data-col-span="12">
  <section class="facts"><h2 class="facts__heading">{heading}</h2><dl class="facts__list">{dl}</dl></section>
</div>'''


def related_block(heading, links):
    lis = ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return f'''<div class="umb-block-grid__layout-item" data-content-element-type-alias="relatedLinksBlock" data-col-span="12">
  <section class="related"><h2 class="related__heading">{heading}</h2><ul>{lis}</ul></section>
</div>'''


def card_block(heading, items):
    """items: (title, href or None, text, meta)."""
    out = []
    for t, h, d, meta in items:
        inner = f'<h3 class="card__title">{t}</h3><p class="card__text">{d}</p><p class="card__meta">{meta}</p>'
        out.append(f'<li class="cards__item"><a class="card" href="{h}">{inner}</a></li>' if h else f'<li class="cards__item"><div class="card">{inner}</div></li>')
    head = f'<h2>{heading}</h2>' if heading else ''
    return f'''<div class="umb-block-grid__layout-item" data-content-element-type-alias="cardListBlock" data-col-span="12">
  <section class="cards">{head}<ul class="cards__list">{''.join(out)}</ul></section>
</div>'''


def contact_block(text):
    return f'''<div class="umb-block-grid__layout-item" data-content-element-type-alias="contactBlock" data-col-span="12">
  <section class="contact"><h2 class="contact__heading">Kontakt</h2><p>{text}</p></section>
</div>'''


S_NEWS = [
    (F_CALL, '2025-10-09', '9 oktober 2025', 'Ansökningsomgången för 2026 är öppen',
     'Nu kan länets kommuner och regionens verksamheter söka sociala investeringsmedel för 2026. Sista dag att söka är den 31 januari.',
     f'''<p>För 2026 finns 10 miljoner kronor att fördela. Minst en tredjedel ska gå till arbete för barn under sex år och deras familjer. En ansökan ska alltid göras av minst en kommun och en verksamhet inom regionen tillsammans.</p>
<p>Beredningsgruppen går igenom ansökningarna i februari och regionstyrelsen fattar beslut i april.</p>
<p>Läs mer under <a href="{SOK}">Så söker ni medel</a> och i <a href="{UMBRACO_EDIT}">villkoren för medlen</a>.</p>'''),
    (F_HSJ, '2025-09-15', '15 september 2025', 'Ny överenskommelse om hemsjukvård',
     'Region Örebro län och länets kommuner har skrivit under en ny överenskommelse om ansvaret för hemsjukvården.',
     '<p>Överenskommelsen gäller från den 1 januari 2026 och ersätter den från 2019. Den förtydligar vem som ansvarar för läkarinsatser i hemmet.</p>'),
    (F_BAA, '2025-06-02', '2 juni 2025', 'Nytt kunskapsstöd om barn som anhöriga',
     'Ett nytt gemensamt kunskapsstöd ska hjälpa personal i kommuner och region att uppmärksamma barn som anhöriga.',
     '<p>Kunskapsstödet har tagits fram av en länsgemensam arbetsgrupp och finns som webbutbildning.</p>'),
]


def s_news_page(n):
    p, iso, human, title, lead, body = n
    return s_page(p, title, [('Aktuellt', AKT), (title, p)], rte(f'''<p class="news-date">Publicerad <time datetime="{iso}">{human}</time></p>
{body}'''), doctype='newsPage', active=AKT, lead=lead, updated=iso)


def build():
    pages = {}

    # ================================================================ main site
    pages['/'] = m_page('/', 'Region Örebro län', [], f'''{m_teasers([
        ('Hitta vårdcentral', '/halsa-och-vard/hitta-vard/', 'Vårdcentraler och mottagningar i länet.'),
        ('Hälsa och levnadsvanor', HLV, 'Stöd för att må bra och leva hälsosamt.'),
        ('Samverkan med länets kommuner', S, 'Gemensamt arbete för hälsa, vård och omsorg.'),
        ('Jobba hos oss', JOBS, 'Lediga jobb i Region Örebro län.')])}
<p class="popular-searches">Vanliga sökningar: <a href="{SEARCH}?q=1177">1177</a>, <a href="{SEARCH}?q=tandv%C3%A5rd">tandvård</a>, <a href="{SEARCH}?q=lediga+jobb">lediga jobb</a></p>
<h2>Nyheter</h2>
{m_newslist(MAIN_NEWS[:3])}
<p><a href="{NYH}">Fler nyheter</a></p>''', ptype='StartPage', lead='Region Örebro län ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i länet.',
        extra_head=f'<link rel="alternate" hreflang="sv" href="https://{H}/">\n<link rel="alternate" hreflang="en" href="https://{H}{EN}">\n')

    pages[EN] = m_page(EN, 'Region Örebro County', [], f'''<p lang="en">Region Örebro County is responsible for health care, public transport, culture and regional development in Örebro County.</p>
<ul lang="en"><li><a href="https://www.1177.se/en/Orebro-lan/">1177 – health care guide</a></li><li><a href="{S_EN}">Collaboration with the municipalities</a></li><li><a href="/">In Swedish</a></li></ul>''',
        ptype='StandardPage', lead='', extra_head=f'<link rel="alternate" hreflang="sv" href="https://{H}/">\n<link rel="alternate" hreflang="en" href="https://{H}{EN}">\n')

    pages[HOV] = m_page(HOV, 'Hälsa och vård', [('Hälsa och vård', HOV)], m_teasers([
        ('Hitta vård', '/halsa-och-vard/hitta-vard/', 'Vårdcentraler, sjukhus och tandvård.'),
        ('Hälsa och levnadsvanor', HLV, 'Stöd för att må bra och leva hälsosamt.'),
        ('Barn och unga', '/halsa-och-vard/barn-och-unga/', 'Barnhälsovård, ungdomsmottagningar och BUP.')]),
        ptype='LandingPage', active=HOV, lead='Vård och stöd för dig som bor i Örebro län.')

    pages[HLV] = m_page(HLV, 'Hälsa och levnadsvanor', [('Hälsa och vård', HOV), ('Hälsa och levnadsvanor', HLV)], f'''<p>Goda levnadsvanor minskar risken för många sjukdomar. På vårdcentralerna kan du få stöd att förändra dina vanor när det gäller fysisk aktivitet, matvanor, alkohol och tobak.</p>
{m_teasers([
        ('Fysisk aktivitet på recept', '/halsa-och-vard/halsa-och-levnadsvanor/fysisk-aktivitet-pa-recept/', 'Träning som en del av behandlingen.'),
        ('Sluta röka', '/halsa-och-vard/halsa-och-levnadsvanor/sluta-roka/', 'Stöd för dig som vill sluta med tobak.'),
        ('Jämlik hälsa', JH, 'Så arbetar regionen för att minska skillnaderna i hälsa.')])}''',
        ptype='LandingPage', active=HOV, lead='Stöd för att leva hälsosamt.')

    pages[JH] = m_page(JH, 'Jämlik hälsa', [('Hälsa och vård', HOV), ('Hälsa och levnadsvanor', HLV), ('Jämlik hälsa', JH)], f'''<p>Hälsan är ojämnt fördelad i Örebro län. Den som har kort utbildning eller låg inkomst lever i genomsnitt flera år kortare än den som har lång utbildning och hög inkomst. Region Örebro län arbetar tillsammans med kommunerna för att minska de skillnaderna.</p>
<h2>Så arbetar vi</h2>
<p>Arbetet utgår från den regionala folkhälsopolicyn och riktar sig särskilt till områden där ohälsan är störst. Vi samarbetar med kommuner, civilsamhälle och bostadsbolag.</p>
<h2>Exempel på arbete</h2>
<ul>
<li><a href="{R3}">Hälsokommunikatörer i Vivalla</a> – invånare som sprider kunskap om hälsa och vård på flera språk.</li>
<li>Hälsosamtal i skolan för elever i årskurs 4, 7 och gymnasiets första år.</li>
<li>Språkstöd och tolk på alla vårdcentraler.</li>
</ul>
<p>Regionen och kommunerna kan också söka <a href="{FUND}">sociala investeringsmedel</a> för att pröva nya förebyggande arbetssätt.</p>''',
        ptype='StandardPage', active=HOV, lead='Alla i Örebro län ska ha samma möjligheter till en god hälsa.', updated='2025-09-12')

    pages[R3] = m_page(R3, 'Hälsokommunikatörer i Vivalla', [('Hälsa och vård', HOV), ('Hälsa och levnadsvanor', HLV), ('Hälsokommunikatörer i Vivalla', R3)], f'''<p>Fem hälsokommunikatörer som själva bor i Vivalla håller samtalsträffar om hälsa, vård och levnadsvanor på arabiska, somaliska, tigrinja, dari och persiska. Träffarna hålls på mötesplatser, i föreningar och på öppna förskolan, och hälsokommunikatörerna kan hjälpa deltagarna att boka tid och hitta rätt i vården.</p>
<p>Hälsokommunikatörerna är anställda av regionen på deltid och har gått en utbildning på 80 timmar. De samarbetar med Vivalla vårdcentral och med Örebro kommuns områdesarbete.</p>
<h2>Varför?</h2>
<p>I Vivalla är andelen invånare med diabetes och högt blodtryck högre än i länet i stort, och många söker vård sent. Hälsokommunikatörerna ska göra det lättare att få kunskap och hjälp tidigt.</p>
<div class="block factblock"><h2 class="factblock__heading">Fakta om projektet</h2>
<dl class="factblock__list">
<dt>Projektperiod</dt><dd>januari 2025 – december 2026</dd>
<dt>Budget</dt><dd>1 500 000 kronor ur Region Örebro läns sociala investeringsmedel</dd>
<dt>Projektägare</dt><dd>Region Örebro län, enheten för folkhälsa</dd>
<dt>Samverkan</dt><dd>Örebro kommun, Vivalla vårdcentral och ÖrebroBostäder</dd>
<dt>Målgrupp</dt><dd>Vuxna invånare i Vivalla, särskilt föräldrar och äldre som är nya i Sverige</dd>
</dl></div>''', ptype='StandardPage', active=HOV, lead='Hälsokommunikatörer ger invånare i Vivalla kunskap om hälsa och vård på sitt eget språk.', updated='2025-02-18')

    pages[RU] = m_page(RU, 'Regional utveckling', [('Regional utveckling', RU)], m_teasers([
        ('Social hållbarhet', SH, 'Ett län där alla kan leva ett gott liv.'),
        ('Näringsliv och innovation', '/regional-utveckling/naringsliv-och-innovation/', 'Stöd till företag och innovation.'),
        ('Kompetensförsörjning', '/regional-utveckling/kompetensforsorjning/', 'Utbildning och arbetskraft.')]),
        ptype='LandingPage', active=RU, lead='Regionen leder arbetet med att utveckla Örebro län.')

    pages[SH] = m_page(SH, 'Social hållbarhet', [('Regional utveckling', RU), ('Social hållbarhet', SH)], f'''<p>Social hållbarhet handlar om att alla ska kunna leva ett gott liv, med god hälsa, trygghet och möjlighet att försörja sig. Regionens arbete utgår från den regionala utvecklingsstrategin och görs tillsammans med länets kommuner.</p>
<h2>Sociala investeringar</h2>
<p>Tillsammans med kommunerna fördelar regionen varje år sociala investeringsmedel till förebyggande arbete. Medlen söks och beslutas via Samverkan i Örebro län.</p>
<p><a class="button" href="{FUND}">Till sociala investeringsmedel</a></p>''',
        ptype='StandardPage', active=RU, lead='Ett län där alla kan leva ett gott liv.', updated='2025-05-06')

    pages[OR] = m_page(OR, 'Om regionen', [('Om regionen', OR)], m_teasers([
        ('Nyheter', NYH, 'Nyheter från Region Örebro län.'),
        ('Jobba hos oss', JOBS, 'Lediga jobb och karriär.'),
        ('Kontakta oss', KONTAKT, 'Växel, adresser och e-post.')]), ptype='LandingPage', active=OR, lead='Region Örebro län – organisation, politik och nyheter.')

    pages[NYH] = m_page(NYH, 'Nyheter', [('Om regionen', OR), ('Nyheter', NYH)], m_newslist(MAIN_NEWS), ptype='NewsListPage', active=OR,
                        lead='Nyheter från Region Örebro län.', updated='2025-11-03')
    for n in MAIN_NEWS:
        pages[n[0]] = m_news_page(n)

    pages[JOBS] = m_page(JOBS, 'Jobba hos oss', [('Om regionen', OR), ('Jobba hos oss', JOBS)], f'''<p>Region Örebro län har omkring 10 000 medarbetare. Alla lediga jobb finns på Varbi.</p>
<ul>
<li><a href="{JOB}">Utvecklingsledare, sociala investeringar</a> – sista ansökningsdag 23 november 2025</li>
<li><a href="https://regionorebrolan.varbi.com/what:job/jobID:829911/">Sjuksköterska till akutmottagningen, Universitetssjukhuset Örebro</a></li>
<li><a href="https://regionorebrolan.varbi.com/what:job/jobID:829540/">Tandhygienist till Folktandvården Karlskoga</a></li>
</ul>''', ptype='StandardPage', active=OR, lead='Gör skillnad för människor i Örebro län.', updated='2025-10-30')

    pages[JOB] = m_page(JOB, 'Utvecklingsledare, sociala investeringar', [('Om regionen', OR), ('Jobba hos oss', JOBS), ('Utvecklingsledare, sociala investeringar', JOB)], '''<p>Regional utveckling söker en utvecklingsledare som vill driva arbetet med sociala investeringar tillsammans med länets kommuner.</p>
<h2>Om tjänsten</h2>
<p>Du samordnar beredningen av ansökningar om sociala investeringsmedel, stöttar kommunerna när de tar fram ansökningar och ekonomiska kalkyler och leder länets nätverk för sociala investeringar. Du följer också upp pågående projekt som Familjelots Karlskoga och Ung vuxen Lindesberg.</p>
<h2>Kvalifikationer</h2>
<p>Akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi. Du har erfarenhet av att leda utvecklingsarbete i samverkan mellan organisationer.</p>
<div class="block factblock"><dl class="factblock__list">
<dt>Anställningsform</dt><dd>Tillsvidareanställning</dd>
<dt>Omfattning</dt><dd>Heltid</dd>
<dt>Tillträde</dt><dd>Enligt överenskommelse</dd>
<dt>Placering</dt><dd>Eklundavägen 1, Örebro</dd>
<dt>Sista ansökningsdag</dt><dd>23 november 2025</dd>
</dl></div>
<p><a class="button" href="https://regionorebrolan.varbi.com/what:job/jobID:830212/">Ansök via Varbi</a></p>''',
        ptype='JobPage', active=OR, lead='Regional utveckling, Region Örebro län', updated='2025-10-24')

    pages[KONTAKT] = m_page(KONTAKT, 'Kontakta oss', [('Om regionen', OR), ('Kontakta oss', KONTAKT)], '''<p>Växel: 019-602 10 00<br>Postadress: Box 1613, 701 16 Örebro<br>E-post: <a href="mailto:regionen@regionorebrolan.se">regionen@regionorebrolan.se</a></p>
<p>Har du frågor om din vård? Ring 1177 eller logga in på 1177.se.</p>''', ptype='StandardPage', active=OR, lead='Så når du Region Örebro län.')
    pages[KAKOR] = m_page(KAKOR, 'Kakor', [('Om webbplatsen', '/om-webbplatsen/'), ('Kakor', KAKOR)], '''<p>Vi använder kakor för att webbplatsen ska fungera och, om du godkänner det, för statistik. Du kan när som helst ändra ditt samtycke.</p>
<ul><li>Nödvändiga kakor: inloggning och språkval.</li><li>Statistik: Siteimprove Analytics.</li></ul>''', ptype='StandardPage', lead='Om kakor på regionorebrolan.se och samverkanswebben.')

    # ================================================================ /samverkan/ (Swedish)
    pages[S] = s_page(S, 'Samverkan i Örebro län', [], f'''{rte('<p>Här samlar Region Örebro län och länets tolv kommuner sitt gemensamma arbete inom hälsa, vård, omsorg och socialtjänst: överenskommelser, kunskapsstöd, nätverk och de gemensamma sociala investeringsmedlen.</p>')}
{card_block('', [
        ('Hälsa och omsorg', HO, 'Samverkan kring äldre, hemsjukvård och psykisk hälsa.', ''),
        ('Sociala investeringsmedel', FUND, 'Medel för förebyggande arbete i kommuner och region tillsammans.', ''),
        ('Aktuellt', AKT, 'Nyheter och evenemang.', '')])}
{rte(f'<p class="popular">Vanliga sökord: <a href="{S_SEARCH}?q=ans%C3%B6kan">ansökan</a>, <a href="{S_SEARCH}?q=samordnad+individuell+plan">samordnad individuell plan</a></p>')}''',
        doctype='homePage', lead='Region Örebro län och länets kommuner arbetar tillsammans för invånarnas hälsa och välfärd.')

    pages[HO] = s_page(HO, 'Hälsa och omsorg', [('Hälsa och omsorg', HO)], f'''{rte('<p>Kommunerna och regionen delar ansvaret för många invånare som behöver både vård och omsorg. Här finns överenskommelser, rutiner och kunskapsstöd för det gemensamma arbetet.</p>')}
{card_block('', [
        ('Äldres hälsa', '/samverkan/halsa-och-omsorg/aldres-halsa/', 'Nätverk och kunskapsstöd om äldres hälsa.', ''),
        ('Hemsjukvård', '/samverkan/halsa-och-omsorg/hemsjukvard/', 'Överenskommelse och rutiner.', ''),
        ('Psykisk hälsa', '/samverkan/halsa-och-omsorg/psykisk-halsa/', 'Länets handlingsplan för psykisk hälsa.', '')])}''',
        active=HO, lead='Samverkan kring äldre, hemsjukvård och psykisk hälsa.')

    pages[R4] = s_page(R4, 'Aktiv senior i Bergslagen', [('Hälsa och omsorg', HO), ('Aktiv senior i Bergslagen', R4)], f'''{rte("""<p>I Aktiv senior i Bergslagen tränar seniorer balans och styrka i grupper två gånger i veckan på bygdegårdar och i föreningslokaler i Nora, Hällefors och Ljusnarsberg. Grupperna leds av fysioterapeuter från regionens primärvårdsrehabilitering tillsammans med frivilliga träningsvärdar från pensionärsföreningarna.</p>
<p>Efter varje träningspass blir det fika och ibland en kort föreläsning om till exempel mat, sömn eller läkemedel. Deltagarna gör ett enkelt balanstest när de börjar och efter sex månader.</p>
<h2>Bakgrund</h2>
<p>Fallolyckor är den vanligaste orsaken till att äldre skadas, och i norra länet bor många äldre långt från vårdcentral och träningslokaler. Projektet ska visa om gruppträning nära hemmet kan minska antalet fall och skjuta upp behovet av hemtjänst.</p>""")}
{fact_block('Fakta om projektet', [
        ('Projektperiod', 'april 2025 – mars 2027'),
        ('Beviljade medel', '1 350 000 kronor ur Region Örebro läns sociala investeringsmedel'),
        ('Projektägare', 'Nora kommun'),
        ('Samverkan', 'Hällefors kommun, Ljusnarsbergs kommun, Region Örebro län (primärvårdsrehabiliteringen) och PRO'),
        ('Målgrupp', 'Personer 70 år och äldre som bor hemma')])}
{contact_block('Projektledare, Nora kommun<br>Telefon: 0587-810 00')}''',
        doctype='projectPage', active=HO, lead='Balans- och styrketräning i grupp för seniorer i norra Örebro län.', updated='2025-04-22')

    pages[FUND] = s_page(FUND, 'Sociala investeringsmedel', [('Sociala investeringsmedel', FUND)], f'''{rte(f"""<p>Sedan 2020 avsätter Region Örebro län 10 miljoner kronor per år till sociala investeringsmedel. Medlen ska användas till förebyggande arbete som kommuner och region gör tillsammans och som kan minska både ohälsa och framtida kostnader.</p>
<p>I oktober 2025 beslutade regionstyrelsen att medlen ska finnas kvar till och med 2028. Minst en tredjedel ska gå till arbete för barn under sex år och deras familjer.</p>
<h2>Vem kan söka?</h2>
<p>Länets kommuner och regionens verksamheter kan söka, alltid minst en kommun och en regional verksamhet tillsammans. Läs mer under <a href="{SOK}">Så söker ni medel</a>.</p>""")}
{card_block('Läs mer', [
        ('Så söker ni medel', SOK, 'Ansökningsomgång, blanketter och beredning.', ''),
        ('Villkor och bedömning', VILL, 'Vad medlen får användas till.', ''),
        ('Beviljade projekt', BEV, 'Projekt som har fått medel.', ''),
        ('Uppföljning 2025', UPP, 'Hur det har gått hittills.', ''),
        ('Vanliga frågor', FAQ, 'Svar på de vanligaste frågorna.', '')])}
{rte(f'<p>Välkommen till <a href="{EV}">nätverksträffen för sociala investeringar</a> den 4 december.</p>')}
{contact_block('Utvecklingsledare för sociala investeringar, Regional utveckling<br><a href="mailto:socialainvesteringar@regionorebrolan.se">socialainvesteringar@regionorebrolan.se</a>')}''',
        active=FUND, lead='Medel för förebyggande arbete som kommunerna och regionen gör tillsammans.', side=s_subnav(FUND), updated='2025-10-09')

    pages[SOK] = s_page(SOK, 'Så söker ni medel', [('Sociala investeringsmedel', FUND), ('Så söker ni medel', SOK)], rte('''<p>Det finns en ansökningsomgång per år. För 2026 ska ansökan vara inne senast den 31 januari 2026.</p>
<h2>Så går det till</h2>
<ol>
<li>Kontakta utvecklingsledaren för ett inledande samtal om er idé.</li>
<li>Skriv ansökan tillsammans – minst en kommun och en regional verksamhet.</li>
<li>Gör en ekonomisk kalkyl med länets beräkningsmall.</li>
<li>Ansökan ska vara undertecknad av förvaltningschef i kommunen och verksamhetschef i regionen.</li>
<li>Skicka ansökan till <a href="mailto:socialainvesteringar@regionorebrolan.se">socialainvesteringar@regionorebrolan.se</a>.</li>
</ol>
<h2>Beredning och beslut</h2>
<p>En beredningsgrupp med representanter för kommunerna och regionen går igenom ansökningarna i februari. Regionstyrelsen beslutar i april, och arbetet kan starta tidigast i augusti.</p>
<h2>Dokument</h2>
<ul><li><a href="/media/5ctnqkxw/ansokan-sociala-investeringsmedel-2026.docx">Ansökningsblankett 2026 (Word)</a></li><li><a href="/media/vb2lq0sd/berakningsmall.xlsx">Beräkningsmall (Excel)</a></li></ul>'''),
        active=FUND, lead='Så ansöker kommuner och regionens verksamheter om sociala investeringsmedel.', side=s_subnav(SOK), updated='2025-10-09')

    pages[VILL] = s_page(VILL, 'Villkor och bedömning', [('Sociala investeringsmedel', FUND), ('Villkor och bedömning', VILL)], rte('''<h2>Villkor</h2>
<ul>
<li>Arbetet ska vara förebyggande och rikta sig till en grupp med risk för ohälsa eller utanförskap.</li>
<li>Minst en kommun och en regional verksamhet ska delta.</li>
<li>Arbetet får pågå i högst tre år.</li>
<li>Medlen får täcka högst två tredjedelar av kostnaden. Resten står de sökande för.</li>
<li>Högst 2 500 000 kronor kan beviljas per ansökan.</li>
</ul>
<h2>Så bedöms ansökan</h2>
<p>Beredningsgruppen bedömer hur väl ansökan beskriver behovet, hur arbetet ska följas upp, vilka kostnader det kan minska och hur det ska tas över av ordinarie verksamhet.</p>
<h2>Uppföljning</h2>
<p>De som får medel rapporterar två gånger per år och lämnar en slutrapport senast tre månader efter att arbetet har avslutats.</p>'''),
        active=FUND, lead='Villkoren för sociala investeringsmedel och hur ansökningarna bedöms.', side=s_subnav(VILL), updated='2025-10-09')

    pages[FAQ] = s_page(FAQ, 'Vanliga frågor om sociala investeringsmedel', [('Sociala investeringsmedel', FUND), ('Vanliga frågor', FAQ)], rte(f'''<details class="faq"><summary>Vem kan söka medel?</summary>
<p>Länets kommuner och regionens verksamheter. En ansökan ska alltid göras av minst en kommun och en regional verksamhet tillsammans. Föreningar kan vara samverkansparter men inte söka själva.</p></details>
<details class="faq"><summary>Hur mycket kan man söka?</summary>
<p>Högst 2 500 000 kronor per ansökan, och medlen får täcka högst två tredjedelar av kostnaden.</p></details>
<details class="faq"><summary>Måste kommunen medfinansiera?</summary>
<p>Ja, minst en tredjedel av kostnaden ska bäras av de sökande. Det kan vara personal eller lokaler.</p></details>
<details class="faq"><summary>Vilka projekt har fått medel tidigare?</summary>
<p>Sedan 2020 har 19 projekt fått medel. Aktuella projekt finns under <a href="{BEV}">Beviljade projekt</a>. Några av de avslutade:</p>
<ul>
<li><a href="{R5}">Tillsammans för närvaro – Askersund</a> (2021–2024)</li>
<li>Familjecentral i Degerfors (2020–2023)</li>
<li>Unga i sommarjobb, Laxå (2021–2022)</li>
</ul></details>
<details class="faq"><summary>Hur följs projekten upp?</summary>
<p>Alla projekt rapporterar två gånger per år till beredningsgruppen. Regionen gör en samlad uppföljning varje år.</p></details>'''),
        doctype='faqPage', active=FUND, lead='Svar på de frågor vi oftast får om sociala investeringsmedel.', side=s_subnav(FAQ), updated='2025-09-01')

    pages[BEV] = s_page(BEV, 'Beviljade projekt', [('Sociala investeringsmedel', FUND), ('Beviljade projekt', BEV)], f'''{rte('<p>Här är de projekt som pågår med stöd av sociala investeringsmedel.</p>')}
{card_block('', [
        ('Familjelots Karlskoga', R1, 'En familjelots samordnar stödet till familjer som har kontakt med många verksamheter.', '2025–2028 · Karlskoga'),
        ('Ung vuxen Lindesberg', R2, 'Stöd till unga vuxna med psykisk ohälsa som varken arbetar eller studerar.', '2024–2026 · Lindesberg'),
        ('Sommarlovsentreprenörer Laxå', DEAD_CARD, 'Unga startar sommarföretag med stöd av handledare.', '2025–2027 · Laxå')])}
{rte(f'<p>Hälsokommunikatörer i Vivalla och Aktiv senior i Bergslagen har också fått medel. Frågor om tidigare projekt besvaras under <a href="{FAQ}">Vanliga frågor</a>.</p>')}''',
        active=FUND, lead='Projekt som har fått sociala investeringsmedel.', side=s_subnav(BEV), updated='2025-06-10')

    pages[R1] = s_page(R1, 'Familjelots Karlskoga', [('Sociala investeringsmedel', FUND), ('Beviljade projekt', BEV), ('Familjelots Karlskoga', R1)], f'''{rte("""<p>Familjer som har kontakt med socialtjänsten, elevhälsan, barn- och ungdomspsykiatrin och habiliteringen på samma gång får ofta gå på många möten och berätta sin historia om och om igen. I Familjelots Karlskoga får familjen en lots som samordnar stödet och ser till att verksamheterna gör en gemensam plan.</p>
<p>Två familjelotsar på heltid tar emot familjer som hänvisas från skola, socialtjänst eller vård. Lotsen följer familjen i upp till ett år.</p>
<h2>Syfte</h2>
<p>Syftet är att barn och föräldrar ska få rätt stöd tidigare och att färre barn ska behöva placeras utanför hemmet.</p>""")}
{fact_block('Fakta', [
        ('Projektperiod', '1 februari 2025 – 31 januari 2028'),
        ('Beviljade medel', '2 400 000 kronor ur sociala investeringsmedel'),
        ('Medfinansiering', 'Karlskoga kommun 1 200 000 kronor'),
        ('Projektägare', 'Karlskoga kommun, socialförvaltningen'),
        ('Samverkan', 'Region Örebro län: barn- och ungdomspsykiatrin, barnhälsovården och habiliteringen'),
        ('Målgrupp', 'Familjer med barn 0–17 år som har stöd från flera verksamheter')])}
{related_block('Relaterat', [('Beviljade projekt', BEV), ('Hälsa och omsorg', HO), ('Karlskoga kommun: Stöd till barn och familj', 'https://www.karlskoga.se/omsorg-och-stod/barn-och-familj.html')])}''',
        doctype='projectPage', active=FUND, lead='En lots för familjer som har stöd från många håll.', side=s_subnav(BEV), updated='2025-03-04')

    pages[R2] = s_page(R2, 'Ung vuxen Lindesberg', [('Sociala investeringsmedel', FUND), ('Beviljade projekt', BEV), ('Ung vuxen Lindesberg', R2)], rte('''<p>Ung vuxen Lindesberg är ett projekt för unga vuxna mellan 18 och 29 år som har psykisk ohälsa och som varken arbetar eller studerar. Deltagarna får en egen coach från kommunens arbetsmarknadsenhet och samtalsstöd från vuxenpsykiatrin på samma ställe, på Lindesbergs resurscentrum.</p>
<p>Coacherna arbetar med stegvisa mål: att komma upp på morgonen, att delta i en grupp, att pröva praktik eller studier. Arbetsförmedlingen finns med en dag i veckan.</p>
<p><strong>Period:</strong> september 2024 – augusti 2026<br>
<strong>Budget:</strong> 1 800 000 kronor ur regionens sociala investeringsmedel<br>
<strong>Projektägare:</strong> Lindesbergs kommun, arbetsmarknad och integration<br>
<strong>Samverkan:</strong> Region Örebro län (vuxenpsykiatrin i Lindesberg) och Arbetsförmedlingen<br>
<strong>Målgrupp:</strong> Unga vuxna 18–29 år med psykisk ohälsa som varken arbetar eller studerar</p>
<h2>Resultat hittills</h2>
<p>Under det första året har 34 unga vuxna deltagit. Elva av dem har börjat arbeta eller studera.</p>'''),
        doctype='projectPage', active=FUND, lead='Samordnat stöd till arbete eller studier för unga vuxna med psykisk ohälsa.', side=s_subnav(BEV), updated='2025-09-22')

    pages[R5] = s_page(R5, 'Tillsammans för närvaro – Askersund', [('Sociala investeringsmedel', FUND), ('Tillsammans för närvaro – Askersund', R5)], f'''{rte("""<p><strong>Projektet är avslutat.</strong> Arbetssättet är sedan hösten 2024 en del av elevhälsans ordinarie arbete i Askersunds kommun.</p>
<p>Tillsammans för närvaro var ett projekt för elever i årskurs 6–9 med hög frånvaro på Sjöängsskolan och Hammars skola. Ett närvaroteam med en socialsekreterare, en skolkurator och en ungdomsmottagningskurator från regionen arbetade med eleverna och deras familjer, hemma och i skolan.</p>
<p>Projektet pågick från augusti 2021 till juni 2024 och fick 2 100 000 kronor ur Region Örebro läns sociala investeringsmedel. Askersunds kommun var projektägare, och barn- och ungdomspsykiatrin och ungdomsmottagningen i Askersund deltog från regionen.</p>
<h2>Resultat</h2>
<p>Av de 52 elever som deltog ökade 37 sin närvaro med minst 20 procentenheter. Alla nio elever i årskurs 9 som deltog läsåret 2023/24 blev behöriga till ett gymnasieprogram.</p>""")}
{fact_block('Fakta', [('Målgrupp', 'Elever i årskurs 6–9 med hög frånvaro'), ('Status', 'Avslutat')])}''',
        doctype='projectPage', active=FUND, lead='Ett närvaroteam för elever med hög frånvaro i Askersund.', side=s_subnav(BEV), updated='2024-09-30')

    pages[UPP] = s_page(UPP, 'Uppföljning av sociala investeringsmedel 2025', [('Sociala investeringsmedel', FUND), ('Uppföljning 2025', UPP)], rte('''<p>Varje år gör regionen en samlad uppföljning av de projekt som har fått sociala investeringsmedel. Här är en sammanfattning av uppföljningen som regionstyrelsen fick i september 2025.</p>
<h2>Medlen i siffror</h2>
<table class="table">
<thead><tr><th>År</th><th>Antal ansökningar</th><th>Antal beviljade</th><th>Beviljat belopp</th></tr></thead>
<tbody>
<tr><td>2023</td><td>9</td><td>3</td><td>6 200 000 kr</td></tr>
<tr><td>2024</td><td>11</td><td>4</td><td>8 950 000 kr</td></tr>
<tr><td>2025</td><td>8</td><td>4</td><td>7 050 000 kr</td></tr>
</tbody></table>
<h2>De viktigaste resultaten</h2>
<ul>
<li>Tretton av femton avslutade projekt har helt eller delvis blivit ordinarie verksamhet.</li>
<li>Samverkan mellan kommun och region lyfts fram som den största vinsten.</li>
<li>Det är svårt att mäta ekonomiska effekter under projekttiden.</li>
</ul>
<h2>Rekommendationer</h2>
<p>Uppföljningen rekommenderar gemensamma mått för alla projekt och att fler projekt riktas till barn under sex år.</p>'''),
        doctype='reportPage', active=FUND, lead='Sammanfattning av den årliga uppföljningen.', side=s_subnav(UPP), updated='2025-09-25')

    pages[AKT] = s_page(AKT, 'Aktuellt', [('Aktuellt', AKT)], rte(''.join(f'''<article class="news-item"><p class="news-item__date"><time datetime="{iso}">{human}</time></p>
<h2 class="news-item__title"><a href="{p}">{t}</a></h2><p>{lead}</p></article>
''' for p, iso, human, t, lead, _ in S_NEWS) + f'''<p><a href="{EVL}">Evenemang</a></p>'''), doctype='newsListPage', active=AKT,
        lead='Nyheter från samverkan mellan regionen och länets kommuner.', updated='2025-10-09')
    for n in S_NEWS:
        pages[n[0]] = s_news_page(n)

    pages[EVL] = s_page(EVL, 'Evenemang', [('Aktuellt', AKT), ('Evenemang', EVL)], rte(f'''<ul class="event-list">
<li><time datetime="2025-12-04">4 december 2025</time> – <a href="{EV}">Nätverksträff för sociala investeringar</a></li>
<li><time datetime="2026-01-22">22 januari 2026</time> – Länsgemensam konferens om psykisk hälsa</li>
</ul>
<p><a href="{CAL}">Visa kalendern</a> · <a href="{CAL}?manad=2025-12" rel="nofollow">december</a> · <a href="{CAL}?manad=2026-01" rel="nofollow">januari</a></p>'''),
        doctype='eventListPage', active=AKT, lead='Evenemang inom samverkan i Örebro län.', updated='2025-10-09')

    pages[EV] = s_page(EV, 'Nätverksträff för sociala investeringar', [('Aktuellt', AKT), ('Evenemang', EVL), ('Nätverksträff för sociala investeringar', EV)], f'''{rte("""<p>Välkommen till höstens nätverksträff för alla som arbetar med sociala investeringar i länet. Projekten berättar om sina erfarenheter, och vi går igenom villkoren inför ansökningsomgången 2026.</p>
<h2>Program</h2>
<ul><li>9.00 Inledning</li><li>9.15 Erfarenheter från Familjelots Karlskoga och Ung vuxen Lindesberg</li><li>10.30 Att räkna på förebyggande arbete</li><li>11.30 Frågor om ansökningsomgången</li></ul>""")}
{fact_block('Praktisk information', [
        ('Datum', '4 december 2025'), ('Tid', '9.00–12.00'), ('Plats', 'Regionhuset, Eklundavägen 1, Örebro, och digitalt'),
        ('Kostnad', 'Kostnadsfritt'), ('Sista anmälningsdag', '27 november 2025'), ('Arrangör', 'Region Örebro län, Regional utveckling')])}''',
        doctype='eventPage', active=AKT, lead='Erfarenhetsutbyte och information inför ansökningsomgången 2026.', updated='2025-10-09')

    # ================================================================ /samverkan/en/
    pages[S_EN] = s_page(S_EN, 'Collaboration in Örebro County', [], rte(f'''<p>Region Örebro län and the twelve municipalities of the county work together on health, care and social services. This site gathers agreements, knowledge support and the joint social investment funds.</p>
<p><a href="{EN_FUND}">Social investment funds</a></p>'''), doctype='homePage', en=True, lead='')
    pages[EN_FUND] = s_page(EN_FUND, 'Social investment funds', [('Social investment funds', EN_FUND)], rte(f'''<p>Since 2020, Region Örebro län has set aside SEK 10 million a year for social investments: preventive work that municipalities and the region carry out together. The funds will continue until 2028.</p>
<p>Applications are made in Swedish. See <a href="{EN_LIST}">funded projects</a>.</p>'''), en=True, active=EN_FUND, lead='Joint funds for preventive work in Örebro County.')
    pages[EN_LIST] = s_page(EN_LIST, 'Funded projects', [('Social investment funds', EN_FUND), ('Funded projects', EN_LIST)], rte(f'''<ul>
<li><a href="{EN_R1}">Family navigator Karlskoga</a></li>
<li>Young adults Lindesberg (in Swedish only)</li>
</ul>'''), en=True, active=EN_FUND, lead='Projects that receive social investment funds.')
    pages[EN_R1] = s_page(EN_R1, 'Family navigator Karlskoga', [('Social investment funds', EN_FUND), ('Funded projects', EN_LIST), ('Family navigator Karlskoga', EN_R1)], rte('''<p>Families in contact with many services get one navigator who coordinates their support. The project runs from February 2025 to January 2028 with SEK 2.4 million from the social investment funds. Project owner: Karlskoga municipality.</p>'''),
        en=True, active=EN_FUND, lead='One navigator for families with support from many services.', updated='2025-03-04')

    for p, t in pages.items():
        write(H, p, t)

    main_map = [('/', '2025-11-03'), (EN, '2025-01-10'), (HOV, '2025-03-01'), (HLV, '2025-03-01'), (JH, '2025-09-12'), (R3, '2025-02-18'),
                (RU, '2025-03-01'), (SH, '2025-05-06'), (OR, '2025-03-01'), (NYH, '2025-11-03'), (JOBS, '2025-10-30'), (JOB, '2025-10-24'),
                (KONTAKT, '2025-01-10'), (KAKOR, '2025-01-10')] + [(n[0], n[1]) for n in MAIN_NEWS]
    write(H, '/sitemap.xml', sitemap_dated(H, main_map))
    s_map = [(S, '2025-10-09'), (HO, '2025-05-20'), (FUND, '2025-10-09'), (SOK, '2025-10-09'), (VILL, '2025-10-09'), (FAQ, '2025-09-01'),
             (BEV, '2025-06-10'), (R1, '2025-03-04'), (R2, '2025-09-22'), (UPP, '2025-09-25'), (AKT, '2025-10-09'), (EVL, '2025-10-09'),
             (EV, '2025-10-09'), (S_EN, '2025-03-04'), (EN_FUND, '2025-03-04'), (EN_LIST, '2025-03-04'), (EN_R1, '2025-03-04')] + [(n[0], n[1]) for n in S_NEWS]
    write(H, '/samverkan/sitemap.xml', sitemap_dated(H, s_map))
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /sok/
Disallow: /EPiServer/
Disallow: /util/
Disallow: /api/
Disallow: /umbraco/
Disallow: /samverkan/sok/
Disallow: /samverkan/kalender/
Disallow: /*?altTemplate=

Sitemap: https://{H}/sitemap.xml
Sitemap: https://{H}/samverkan/sitemap.xml
''')
    return pages, main_map, s_map


if __name__ == '__main__':
    p, m, s = build()
    print(len(p), 'pages;', len(m), '+', len(s), 'in sitemaps')
