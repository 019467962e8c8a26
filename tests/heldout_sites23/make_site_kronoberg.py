"""Region Kronoberg (länskod 07) on Drupal 10 – generator for heldout_sites23.

Drupal 10 with a theme derived from Olivero ("kronoberg"), Pathauto aliases and the Trailing Slash module (every
internal link ends in '/', saved as index.html). Nodes of the content type "Social investering" get the alias
/sociala-investeringar/<title>/; the list of granted investments is one long basic page with a table of contents of
#anchors. Under /arkiv/ lies a static copy of the region's former Sitevision site (pages <name>.html with RELATIVE
links, as a site-copier wrote them), holding last years' finished projects.
"""
from make_common import write, hexid, numid, esc

H = 'www.regionkronoberg.se'

VH = '/vard-och-halsa/'
UM = VH + 'ungdomsmottagningar/'                 # untopical service page; its Relaterat field links R4
HI = VH + 'halsoinformatorer/'                   # standing service that began as a social investment
RU = '/regional-utveckling/'
SH = RU + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringsmedel/'
SOK = FUND + 'sa-soker-ni-medel/'
LONG = FUND + 'beviljade-sociala-investeringar/'
UPP = FUND + 'uppfoljning-2024/'
R1 = '/sociala-investeringar/sprakgladje-i-forskolan/'
R2 = '/sociala-investeringar/halsolots-for-nyanlanda/'
R3 = '/sociala-investeringar/fritidsguider-i-markaryd/'
R3_DEAD = '/sociala-investeringar/fritidsguide-markaryd/'   # the long page's link: an old alias (404)
R4 = '/sociala-investeringar/forsta-linjen-for-unga-i-uppvidinge/'
OM = '/om-oss/'
NYH = OM + 'nyheter/'
N_R3 = NYH + 'fler-unga-i-markaryd-har-hittat-en-fritidsaktivitet/'
N_CALL = NYH + 'nu-kan-kommunerna-soka-sociala-investeringsmedel-for-2026/'
N_TAND = NYH + 'ny-tandvardsklinik-i-ljungby/'
N_BUSS = NYH + 'vintertidtabell-for-lanstrafiken/'
JOBS = OM + 'jobba-hos-oss/'
JOB = JOBS + 'utvecklingsledare-social-hallbarhet/'
EVS = '/evenemang/'
EV = EVS + 'konferens-sociala-investeringar-i-kronoberg-2026/'
CAL = EVS + 'kalender/'
KONTAKT = OM + 'kontakta-oss/'
KAKOR = '/om-webbplatsen/kakor/'
TILLG = '/om-webbplatsen/tillganglighet/'

# the archive: a static copy of the former site
A = '/arkiv/'
A_FUND = '/arkiv/regional-utveckling/sociala-investeringar.html'
A_LIST = '/arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt.html'
A_OLD = '/arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt/tidigare-ar.html'
A1 = '/arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt/familjecoacher-i-lessebo.html'
A2 = '/arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt/narvaroteam-tingsryd.html'
A_RIKT = '/arkiv/regional-utveckling/sociala-investeringar/riktlinjer-2019-2023.html'
A_SOK = '/arkiv/sok/'

SEARCH = '/search/node/'
NODE = {}


def nid(path):
    if path not in NODE:
        NODE[path] = numid('kron' + path, 300, 1400)
    return NODE[path]


CSS = '/sites/default/files/css/css_' + hexid('kron-css', 43)
JS = '/sites/default/files/js/js_' + hexid('kron-js', 43)

MENU = [('Vård och hälsa', VH, [('Ungdomsmottagningar', UM), ('Hälsoinformatörer', HI), ('Hitta vårdcentral', 'https://www.1177.se/Kronoberg/')]),
        ('Regional utveckling', RU, [('Social hållbarhet', SH), ('Kompetensförsörjning', RU + 'kompetensforsorjning/'),
                                     ('Näringsliv', RU + 'naringsliv/')]),
        ('Kultur', '/kultur/', [('Kulturstöd', '/kultur/kulturstod/'), ('Kulturparken Småland', 'https://kulturparkensmaland.se/')]),
        ('Kollektivtrafik', 'https://www.lanstrafikenkron.se/', []),
        ('Om oss', OM, [('Nyheter', NYH), ('Jobba hos oss', JOBS), ('Evenemang', EVS), ('Kontakta oss', KONTAKT)])]


def header(active):
    lis = []
    for name, href, subs in MENU:
        act = ' menu-item--active-trail' if href == active else ''
        if subs:
            sub = ''.join(f'<li class="menu-item"><a href="{h}">{n}</a></li>' for n, h in subs)
            lis.append(f'''<li class="primary-nav__menu-item primary-nav__menu-item--level-1 menu-item--expanded{act}">
          <a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/{nid(href)}"><span class="primary-nav__menu-link-inner">{name}</span></a>
          <button class="primary-nav__button-toggle" aria-controls="{hexid(href, 8)}-submenu" aria-expanded="false" data-drupal-selector="primary-nav-submenu-toggle-button"><span class="visually-hidden">{name} undermeny</span></button>
          <span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>
          <ul class="primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2" id="{hexid(href, 8)}-submenu">{sub}</ul>
        </li>''')
        else:
            lis.append(f'''<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">{name}</span></a></li>''')
    return f'''<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
  <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
    <div class="site-header__initial"></div>
    <div class="site-header__inner">
      <div class="container site-header__inner__container">
        <div id="block-kronoberg-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
          <div class="site-branding__inner">
            <a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/kronoberg/logo.svg" alt="Region Kronoberg" width="190" height="48"></a>
          </div>
        </div>
        <div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
        <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
          <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Huvudmeny" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Meny</span></button>
        </div>
        <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
          <div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-kronoberg-search-form-narrow" role="search">
            <form action="{SEARCH}" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
              <div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
                <label for="edit-keys" class="form-item__label visually-hidden">Sök</label>
                <input title="Ange de ord du vill söka efter." placeholder="Sök på regionkronoberg.se" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search">
              </div>
              <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök"></div>
            </form>
          </div>
          <nav id="block-kronoberg-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-kronoberg-main-menu-menu" role="navigation">
            <h2 class="visually-hidden block__title" id="block-kronoberg-main-menu-menu">Huvudmeny</h2>
            <ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
            {''.join(lis)}
            </ul>
          </nav>
          <nav id="block-kronoberg-account-menu" class="secondary-nav block block-menu navigation menu--account" aria-labelledby="block-kronoberg-account-menu-menu" role="navigation">
            <h2 class="visually-hidden block__title" id="block-kronoberg-account-menu-menu">Genvägar</h2>
            <ul class="menu secondary-nav__menu">
              <li class="secondary-nav__menu-item"><a href="https://www.1177.se/Kronoberg/" class="secondary-nav__menu-link">1177</a></li>
              <li class="secondary-nav__menu-item"><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=11920&amp;lang=sv_se&amp;readid=main-content" rel="nofollow" class="secondary-nav__menu-link">Lyssna</a></li>
              <li class="secondary-nav__menu-item"><a href="/en/" class="secondary-nav__menu-link" hreflang="en">In English</a></li>
            </ul>
          </nav>
        </div>
      </div>
    </div>
  </div>
</header>'''


def footer(path):
    return f'''<footer class="site-footer">
  <div class="site-footer__inner container">
    <div class="region region--footer-top grid-full">
      <div class="region--footer_top__inner">
        <div id="block-kronoberg-footer-kontakt" class="block block-block-content">
          <h2 class="block__title">Region Kronoberg</h2>
          <div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Box 1200, 351 12 Växjö<br>Besöksadress: Regionens hus, Prästgårdsgatan 5, Växjö<br>Telefon: 0470-58 80 00<br><a href="mailto:region@kronoberg.se">region@kronoberg.se</a></p></div></div>
        </div>
      </div>
    </div>
    <div class="region region--footer-bottom grid-full">
      <nav id="block-kronoberg-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-kronoberg-footer-menu" role="navigation">
        <h2 class="visually-hidden block__title" id="block-kronoberg-footer-menu">Sidfot</h2>
        <ul class="menu">
          <li class="menu-item"><a href="{NYH}">Nyheter</a></li>
          <li class="menu-item"><a href="{EVS}">Evenemang</a></li>
          <li class="menu-item"><a href="{JOBS}">Lediga jobb</a></li>
          <li class="menu-item"><a href="{KONTAKT}">Kontakta oss</a></li>
          <li class="menu-item"><a href="{KAKOR}">Kakor</a></li>
          <li class="menu-item"><a href="{TILLG}">Tillgänglighet</a></li>
          <li class="menu-item"><a href="{A}">Arkiv: tidigare webbplats</a></li>
          <li class="menu-item"><a href="/user/login/?destination={path}" rel="nofollow">Logga in</a></li>
        </ul>
      </nav>
    </div>
  </div>
</footer>'''


def crumbs(trail):
    lis = '<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Start</a></li>'
    for name, href in trail[:-1]:
        lis += f'<li class="breadcrumb__item"><a href="{href}" class="breadcrumb__link">{name}</a></li>'
    lis += f'<li class="breadcrumb__item">{trail[-1][0]}</li>'
    return f'''<div id="block-kronoberg-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Länkstig</h2>
    <ol class="breadcrumb__list">{lis}</ol>
  </nav>
</div>'''


def body_field(inner):
    return f'''<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{inner}
</div>'''


def field(name, label, value, inline=False):
    lab = 'inline' if inline else 'above'
    return (f'<div class="field field--name-field-{name} field--type-string field--label-{lab}">'
            f'<div class="field__label">{label}</div><div class="field__item">{value}</div></div>')


def related_field(links, label='Relaterat'):
    items = ''.join(f'<div class="field__item"><a href="{h}" hreflang="sv">{t}</a></div>' for t, h in links)
    return (f'<div class="field field--name-field-related field--type-entity-reference field--label-above related-content">'
            f'<div class="field__label">{label}</div><div class="field__items">{items}</div></div>')


def page(path, title, trail, content, node_type='page', modified='2025-10-01', lead='', active=None, print_link=True,
         extra_head=''):
    n = nid(path)
    bc = crumbs(trail) if trail else ''
    ld = f'<div class="field field--name-field-lead field--type-string-long field--label-hidden field__item ingress">{lead}</div>' if lead else ''
    pr = ''
    if print_link and path != '/':
        pr = f'''<div class="node-tools"><a href="/entity-print/pdf/node/{n}/" rel="nofollow" class="node-tools__print">Skriv ut som PDF</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://{H}{path}" rel="nofollow">Dela</a></div>'''
    settings = ('{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/%d","currentPathIsAdmin":false,'
                '"isFront":%s,"currentLanguage":"sv"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
                '"ajaxTrustedUrl":{"\\/search\\/node\\/":true},"user":{"uid":0,"permissionsHash":"%s"}}') % (
        n, 'true' if path == '/' else 'false', hexid('perm', 64))
    return f'''<!DOCTYPE html>
<html lang="sv" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8">
<meta name="description" content="{esc(lead or title)}">
<link rel="canonical" href="https://{H}{path}">
<link rel="shortlink" href="https://{H}/node/{n}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="article:modified_time" content="{modified}T09:30:00+0100">
<link rel="icon" href="/themes/custom/kronoberg/favicon.ico" type="image/vnd.microsoft.icon">
<title>{esc(title)} | Region Kronoberg</title>
<link rel="stylesheet" media="all" href="{CSS}.css?delta=0&amp;language=sv&amp;theme=kronoberg&amp;include=eJxlj1EOwjAMQy9UNUeqQmu6aGkr1d2A3TPwgZj4svwiy7GnpIw9tQJX2qEi">
<link rel="stylesheet" media="all" href="{CSS}.css?delta=1&amp;language=sv&amp;theme=kronoberg&amp;include=eJxlj1EOwjAMQy9UNUeqQmu6aGkr1d2A3TPwgZj4svwiy7GnpIw9tQJX2qEi">
{extra_head}</head>
<body class="path-node page-node-type-{node_type}">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
{header(active)}
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
{bc}
</div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-kronoberg-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
</div>
<div id="block-kronoberg-content" class="block block-system block-system-main-block">
<article data-history-node-id="{n}" class="node node--type-{node_type} node--view-mode-full">
<div class="node__content">
{ld}
{content}
<div class="field field--name-changed node__meta">Senast uppdaterad: <time datetime="{modified}T09:30:00+01:00">{modified}</time></div>
{pr}
</div>
</article>
</div>
</div>
</div>
</div>
</div>
</div>
{footer(path)}
</div>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="{JS}.js?scope=footer&amp;delta=0&amp;language=sv&amp;theme=kronoberg&amp;include=eJxdjEEOwjAMBD8U1U-KnHQbrDp2FQcKvwcOFYLLHmZHW9xGGOdmg2vNpq"></script>
</body>
</html>
'''


def teaser_list(items):
    lis = ''.join(f'''<div class="views-row"><article class="node node--type-page node--view-mode-teaser teaser">
  <h3 class="teaser__title"><a href="{h}" rel="bookmark">{t}</a></h3>
  <div class="teaser__text">{d}</div>
</article></div>''' for t, h, d in items)
    return f'<div class="paragraph paragraph--type--teaser-list"><div class="views-element-container">{lis}</div></div>'


NEWS = [
    (N_CALL, '2025-10-14', '14 oktober 2025', 'Nu kan kommunerna söka sociala investeringsmedel för 2026',
     'Kommunerna i Kronobergs län kan nu söka pengar ur Region Kronobergs sociala investeringsmedel. Sista dag att söka är den 31 januari 2026.',
     f'''<p>Regionen har 6 miljoner kronor att fördela till nya sociala investeringar under 2026. Pengarna ska gå till förebyggande arbete som kommunerna och regionen gör tillsammans.</p>
<p>I år prioriteras ansökningar som rör barn och ungas psykiska hälsa och insatser i kommuner med låg andel elever som blir behöriga till gymnasiet.</p>
<p>Regionstyrelsens arbetsutskott beslutar om medlen i april 2026. Läs mer under <a href="{SOK}">Så söker ni medel</a>. (Villkoren uppdateras på <a href="https://{H}/node/{nid(SOK)}/edit/?destination=/admin/content">sidan om ansökan</a>.)</p>'''),
    (N_R3, '2025-09-23', '23 september 2025', 'Fler unga i Markaryd har hittat en fritidsaktivitet',
     'Sedan förra året har över hundra barn och unga i Markaryd provat en ny fritidsaktivitet med hjälp av kommunens fritidsguider.',
     f'''<p>Fritidsguiderna finns på skolorna under rasterna och på biblioteket efter skolan. De hjälper barn och unga att hitta en aktivitet, följer med första gången och pratar med föräldrarna.</p>
<p>– Många visste inte ens att föreningarna fanns, eller trodde att det kostade för mycket. Nu har 43 av dem blivit medlemmar, berättar en av fritidsguiderna.</p>
<p>Fritidsguiderna är en social investering som Markaryds kommun driver med pengar från Region Kronoberg.</p>
<p><a href="{R3}">Läs mer om Fritidsguider i Markaryd</a></p>'''),
    (N_TAND, '2025-09-02', '2 september 2025', 'Ny tandvårdsklinik i Ljungby',
     'Folktandvården öppnar en ny klinik vid Ljungby lasarett i januari.',
     '<p>Den nya kliniken ersätter de två mindre klinikerna i centrum och får tolv behandlingsrum. Patienterna behöver inte göra något, de får information med post.</p>'),
    (N_BUSS, '2025-08-12', '12 augusti 2025', 'Vintertidtabell för Länstrafiken',
     'Den 14 december börjar vintertidtabellen gälla för Länstrafiken Kronobergs bussar och tåg.',
     '<p>De största förändringarna gäller linjerna mellan Växjö och Alvesta, som får fler avgångar morgon och kväll.</p>'),
]


def build():
    pages = {}
    T_RU = [('Regional utveckling', RU)]
    T_SH = T_RU + [('Social hållbarhet', SH)]
    T_F = T_SH + [('Sociala investeringsmedel', FUND)]

    # ---------------- start page
    news3 = ''.join(f'''<div class="views-row"><article class="node node--type-news node--view-mode-teaser">
  <div class="node__meta"><time datetime="{iso}">{human}</time></div>
  <h3 class="node__title"><a href="{p}" rel="bookmark">{t}</a></h3>
  <div class="node__summary">{lead}</div>
</article></div>''' for p, iso, human, t, lead, _ in NEWS[:3])
    pages['/'] = page('/', 'Region Kronoberg', [], f'''{teaser_list([
        ('Hitta vård', 'https://www.1177.se/Kronoberg/', 'Vårdcentraler, sjukhus och e-tjänster på 1177.'),
        ('Regional utveckling', RU, 'Så utvecklar vi Kronobergs län tillsammans.'),
        ('Jobba hos oss', JOBS, 'Lediga jobb i Region Kronoberg.')])}
<div class="paragraph paragraph--type--text">{body_field(f'<p class="popular-searches">Vanliga sökningar: <a href="{SEARCH}?keys=1177">1177</a>, <a href="{SEARCH}?keys=tandv%C3%A5rd">tandvård</a>, <a href="{SEARCH}?keys=lediga+jobb">lediga jobb</a></p>')}</div>
<h2 class="section-title">Nyheter</h2>
<div class="views-element-container news-latest">{news3}</div>
<p><a href="{NYH}">Fler nyheter</a></p>''', node_type='landing_page', lead='Region Kronoberg ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i Kronobergs län.',
        modified='2025-10-14', print_link=False)

    # ---------------- vård och hälsa
    pages[VH] = page(VH, 'Vård och hälsa', [('Vård och hälsa', VH)], teaser_list([
        ('Ungdomsmottagningar', UM, 'För dig mellan 13 och 25 år.'),
        ('Hälsoinformatörer', HI, 'Information om hälsa och vård på ditt eget språk.'),
        ('Hitta vårdcentral', 'https://www.1177.se/Kronoberg/', 'Sök vårdcentral på 1177.')]),
        lead='Region Kronoberg ansvarar för hälso- och sjukvården i länet.', active=VH, modified='2025-05-12')

    pages[UM] = page(UM, 'Ungdomsmottagningar', [('Vård och hälsa', VH), ('Ungdomsmottagningar', UM)], f'''{body_field("""<p>På ungdomsmottagningen kan du prata med en barnmorska, kurator, psykolog eller läkare om kropp, sex, relationer och hur du mår. Det är gratis och du kan vara anonym.</p>
<h2>Här finns vi</h2>
<ul>
<li>Ungdomsmottagningen Växjö, Sandgärdsgatan 21</li>
<li>Ungdomsmottagningen Ljungby, Stora torget 3</li>
<li>Ungdomsmottagningen Älmhult, Södra Esplanaden 8</li>
<li>Ungdomsmottagningen online: chatt och videobesök för hela länet</li>
</ul>
<h2>Öppettider</h2>
<p>Drop in vardagar kl. 13–16. Boka tid via 1177 eller ring 0470-58 86 00.</p>""")}
{related_field([('Första linjen för unga i Uppvidinge', R4), ('UMO – ungdomsmottagningen på nätet', 'https://www.umo.se/'), ('Hitta vårdcentral', 'https://www.1177.se/Kronoberg/')])}''',
        lead='Ungdomsmottagningen är till för dig mellan 13 och 25 år.', active=VH, modified='2025-06-09')

    pages[HI] = page(HI, 'Hälsoinformatörer', [('Vård och hälsa', VH), ('Hälsoinformatörer', HI)], body_field("""<p>Hälsoinformatörerna ger information om hälsa, levnadsvanor och hur vården fungerar på arabiska, dari, somaliska, tigrinja och engelska. De träffar grupper på SFI, i föreningar och på biblioteken.</p>
<h2>Boka en hälsoinformatör</h2>
<p>Skolor, föreningar och kommuner kan boka en träff utan kostnad. Skicka en förfrågan till halsoinformatorer@kronoberg.se.</p>
<h2>Så började det</h2>
<p>Arbetet med hälsoinformatörer började 2018 som en social investering i Växjö och Alvesta. Sedan 2021 är hälsoinformatörerna en del av Region Kronobergs ordinarie folkhälsoarbete.</p>"""),
        lead='Information om hälsa och vård på ditt eget språk.', active=VH, modified='2025-02-24')

    # ---------------- regional utveckling
    pages[RU] = page(RU, 'Regional utveckling', T_RU, teaser_list([
        ('Social hållbarhet', SH, 'Jämlik hälsa, trygghet och delaktighet i hela länet.'),
        ('Kompetensförsörjning', RU + 'kompetensforsorjning/', 'Utbildning och arbetsmarknad.'),
        ('Näringsliv', RU + 'naringsliv/', 'Företagande och innovation.')]),
        lead='Tillsammans med kommunerna, näringslivet och civilsamhället utvecklar vi Kronobergs län.', active=RU,
        modified='2025-01-30')

    pages[SH] = page(SH, 'Social hållbarhet', T_SH, f'''{body_field(f"""<p>Region Kronoberg arbetar för att alla som bor i länet ska ha goda livsvillkor och en god hälsa. Arbetet utgår från den regionala utvecklingsstrategin och från Agenda 2030.</p>
<h2>Fokusområden</h2>
<ul>
<li>Barn och ungas uppväxtvillkor</li>
<li>Jämlik hälsa</li>
<li>Trygghet och delaktighet</li>
</ul>
<p>Kommunerna i länet kan söka pengar till förebyggande arbete ur regionens <a href="{FUND}">sociala investeringsmedel</a>.</p>""")}''',
        lead='En god och jämlik hälsa och goda livsvillkor för alla i Kronobergs län.', active=RU, modified='2025-03-18')

    pages[FUND] = page(FUND, 'Sociala investeringsmedel', T_F, f'''{body_field(f"""<p>Region Kronoberg avsätter 6 miljoner kronor per år till sociala investeringar. Kommunerna i länet kan söka pengar till förebyggande insatser som de genomför tillsammans med regionen, och som ska leda till bättre livsvillkor och lägre kostnader på sikt.</p>
<p>Pengarna kan användas i högst tre år. Kommunen ska själv stå för minst en tredjedel av kostnaden och ha en plan för hur arbetet ska tas över om det faller väl ut.</p>
<h2>Sociala investeringsmedel i siffror</h2>
<ul>
<li>Beviljat sedan 2019: 38 miljoner kronor</li>
<li>Antal beviljade investeringar: 21</li>
<li>Kommuner som har fått medel: alla åtta</li>
</ul>""")}
{teaser_list([
        ('Så söker ni medel', SOK, 'Ansökan, villkor och tidplan.'),
        ('Beviljade sociala investeringar', LONG, 'Alla investeringar som har fått medel sedan 2023.'),
        ('Uppföljning 2024', UPP, 'Resultat och lärdomar.')])}''',
        lead='Pengar till förebyggande arbete som kommunerna och regionen gör tillsammans.', active=RU, modified='2025-10-14')

    pages[SOK] = page(SOK, 'Så söker ni medel', T_F + [('Så söker ni medel', SOK)], body_field("""<p>Det är kommunerna i Kronobergs län som kan söka sociala investeringsmedel, gärna flera kommuner tillsammans.</p>
<h2>Vem kan söka?</h2>
<p>Kommunerna Alvesta, Lessebo, Ljungby, Markaryd, Tingsryd, Uppvidinge, Växjö och Älmhult, och regionens egna verksamheter tillsammans med en kommun.</p>
<h2>Så går ansökan till</h2>
<ol>
<li>Kontakta regionens utvecklingsledare för social hållbarhet och berätta om er idé.</li>
<li>Fyll i ansökningsblanketten och bifoga en budget och en plan för uppföljning.</li>
<li>Skicka ansökan senast den 31 januari.</li>
<li>Regionstyrelsens arbetsutskott beslutar i april.</li>
</ol>
<h2>Villkor</h2>
<ul>
<li>Insatsen ska vara förebyggande och tidsbegränsad, högst tre år.</li>
<li>Kommunen ska finansiera minst en tredjedel av kostnaden.</li>
<li>En ansökan kan beviljas högst 2 500 000 kronor.</li>
</ul>
<p><a href="/sites/default/files/2025-10/ansokan-sociala-investeringsmedel-2026.docx">Ansökningsblankett 2026 (Word)</a></p>"""),
        lead='Sista dag att söka medel för 2026 är den 31 januari 2026.', active=RU, modified='2025-10-14')

    # ---------------- the long page with anchors
    def inv(anchor, name, meta, text, link=None, extra=''):
        more = f'<p class="investment__more"><a href="{link}">Läs mer om {name}</a>{extra}</p>' if link else (f'<p class="investment__more">{extra}</p>' if extra else '')
        return f'''<section id="{anchor}" class="investment">
  <h3 class="investment__title">{name}</h3>
  <p class="investment__meta">{meta}</p>
  <p>{text}</p>
  {more}
  <p class="to-top"><a href="#main-content">Till sidans början</a></p>
</section>'''
    toc = f'''<nav class="toc" aria-labelledby="toc-title">
  <h2 id="toc-title" class="toc__title">Innehåll på sidan</h2>
  <ul class="toc__list">
    <li><a href="#beviljade-2025">Beviljade 2025</a>
      <ul><li><a href="#sprakgladje-i-forskolan">Språkglädje i förskolan</a></li><li><a href="#forsta-linjen-for-unga-i-uppvidinge">Första linjen för unga i Uppvidinge</a></li><li><a href="#mammagrupper-vaxjo">Mammagrupper i Växjö</a></li></ul></li>
    <li><a href="#beviljade-2024">Beviljade 2024</a>
      <ul><li><a href="#halsolots-for-nyanlanda">Hälsolots för nyanlända</a></li><li><a href="#fritidsguider-i-markaryd">Fritidsguider i Markaryd</a></li><li><a href="{LONG}#laxhjalp-lessebo">Läxhjälp på Lessebo bibliotek</a></li></ul></li>
    <li><a href="#beviljade-2023">Beviljade 2023</a></li>
    <li><a href="#avslutade">Avslutade sociala investeringar</a></li>
  </ul>
</nav>'''
    long_body = f'''{body_field("<p>Här finns alla sociala investeringar som regionstyrelsens arbetsutskott har beviljat sedan 2023, med det år de beviljades. Varje investering drivs av en eller flera kommuner tillsammans med Region Kronoberg.</p>")}
{toc}
<div class="text-content field field--name-body-sections">
<h2 id="beviljade-2025">Beviljade 2025</h2>
{inv('sprakgladje-i-forskolan', 'Språkglädje i förskolan', 'Ljungby kommun · 2025–2027 · 1 800 000 kronor',
     'Förskolorna i Ljungby arbetar med språkutveckling tillsammans med logopeder från regionen och biblioteket.', R1)}
{inv('forsta-linjen-for-unga-i-uppvidinge', 'Första linjen för unga i Uppvidinge', 'Uppvidinge kommun · 2025–2027 · 1 400 000 kronor',
     'Samtalsstöd för unga med lättare psykisk ohälsa i Åseda och Lenhovda, tillsammans med ungdomsmottagningen.', None, 'Mer information publiceras senare.')}
{inv('mammagrupper-vaxjo', 'Mammagrupper i Växjö', 'Växjö kommun · 2025–2026 · 650 000 kronor',
     'Föräldragrupper på arabiska och somaliska för nyblivna mammor på familjecentralerna i Araby och Teleborg. Investeringen har ingen egen sida.')}
<h2 id="beviljade-2024">Beviljade 2024</h2>
{inv('halsolots-for-nyanlanda', 'Hälsolots för nyanlända', 'Växjö kommun och Alvesta kommun · 2024–2026 · 2 400 000 kronor',
     'Hälsolotsar hjälper nyanlända vuxna att hitta rätt i vården och att ta hand om sin hälsa.', R2, f' · <a href="{R2}#resultat">Resultat hittills</a>')}
{inv('fritidsguider-i-markaryd', 'Fritidsguider i Markaryd', 'Markaryds kommun · 2024–2025 · 950 000 kronor',
     'Fritidsguider hjälper barn och unga som inte har någon fritidsaktivitet att hitta en.', R3_DEAD)}
{inv('laxhjalp-lessebo', 'Läxhjälp på Lessebo bibliotek', 'Lessebo kommun · 2024–2025 · 420 000 kronor',
     'Läxhjälp med studenter från Linnéuniversitetet på biblioteken i Lessebo och Hovmantorp. Investeringen har ingen egen sida.')}
<h2 id="beviljade-2023">Beviljade 2023</h2>
{inv('familjestod-tingsryd', 'Familjestöd i Tingsryd', 'Tingsryds kommun · 2023–2025 · 1 500 000 kronor',
     'Föräldraskapsstöd och familjebehandling på hemmaplan för familjer med barn 6–12 år. Investeringen har ingen egen sida.')}
{inv('ung-halsa-almhult', 'Ung hälsa Älmhult', 'Älmhults kommun · 2023–2025 · 1 100 000 kronor',
     'Hälsosamtal och aktiviteter för elever på högstadiet. Investeringen har ingen egen sida.')}
<h2 id="avslutade">Avslutade sociala investeringar</h2>
<p>Sociala investeringar som beviljades 2019–2022 och har avslutats finns kvar på vår tidigare webbplats: <a href="{A_LIST}">Avslutade projekt i arkivet</a>.</p>
</div>'''
    pages[LONG] = page(LONG, 'Beviljade sociala investeringar', T_F + [('Beviljade sociala investeringar', LONG)], long_body,
                       lead='Alla sociala investeringar som har fått medel sedan 2023.', active=RU, modified='2025-06-30')

    pages[UPP] = page(UPP, 'Uppföljning av sociala investeringsmedel 2024', T_F + [('Uppföljning 2024', UPP)], body_field(f"""<p>Varje år följer Region Kronoberg upp de sociala investeringar som har fått medel. Regionstyrelsen tog emot uppföljningen för 2024 den 11 mars 2025.</p>
<h2>Året i siffror</h2>
<table>
<thead><tr><th>År</th><th>Antal ansökningar</th><th>Antal beviljade</th><th>Beviljat belopp, kronor</th></tr></thead>
<tbody>
<tr><td>2022</td><td>7</td><td>3</td><td>4 200 000</td></tr>
<tr><td>2023</td><td>9</td><td>4</td><td>5 300 000</td></tr>
<tr><td>2024</td><td>11</td><td>4</td><td>5 800 000</td></tr>
</tbody></table>
<h2>De viktigaste resultaten</h2>
<ul>
<li>Sju av tio avslutade investeringar har tagits över av kommunernas ordinarie verksamhet.</li>
<li>Investeringar som riktar sig till små barn och deras föräldrar har haft lättast att visa resultat.</li>
</ul>
<h2>Rekommendationer</h2>
<p>Kommunerna behöver mer stöd med uppföljning och ekonomiska beräkningar. Regionen erbjuder från 2025 en gemensam mall och ett nätverk för projektledarna.</p>
<p>Se alla investeringar på sidan <a href="{LONG}">Beviljade sociala investeringar</a>.</p>"""),
        lead='Resultat och lärdomar från regionens sociala investeringar.', active=RU, modified='2025-03-20')

    # ---------------- project nodes (content type "social_investering")
    def facts_fields(rows):
        return '<div class="investment-facts">' + ''.join(field(k, lab, v) for k, lab, v in rows) + '</div>'

    pages[R1] = page(R1, 'Språkglädje i förskolan', [('Regional utveckling', RU), ('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND), ('Beviljade sociala investeringar', LONG), ('Språkglädje i förskolan', R1)], f'''{facts_fields([
        ('kommun', 'Kommun', 'Ljungby kommun'),
        ('period', 'Projektperiod', '1 januari 2025 – 31 december 2027'),
        ('belopp', 'Beviljade medel', '1 800 000 kronor ur Region Kronobergs sociala investeringsmedel'),
        ('agare', 'Projektägare', 'Ljungby kommun, barn- och utbildningsförvaltningen'),
        ('samverkan', 'Samverkan', 'Region Kronoberg (logopedmottagningen och barnhälsovården) och Ljungby bibliotek'),
        ('malgrupp', 'Målgrupp', 'Barn 1–5 år på förskolorna i Ljungby och deras föräldrar'),
        ('status', 'Status', 'Pågående')])}
{body_field("""<p>Många barn i Ljungby börjar skolan med ett svagt ordförråd, både på svenska och på sitt modersmål. Språkglädje i förskolan ska ge alla barn bättre förutsättningar att utveckla sitt språk innan de börjar skolan.</p>
<p>Förskollärarna får handledning av logopeder från regionen en gång i månaden. Biblioteket lånar ut boklådor på flera språk, och föräldrarna bjuds in till språkkaféer på förskolan. Barn som behöver det får träffa logoped tidigare än i dag.</p>
<h2>Uppföljning</h2>
<p>Barnens språkutveckling följs med samma bedömningsstöd i början och slutet av projektet. Resultaten jämförs med förskolor i en annan kommun.</p>""")}
{related_field([('Beviljade sociala investeringar', LONG), ('Hälsolots för nyanlända', R2)])}''',
        node_type='social_investering', lead='Ett projekt för att stärka små barns språkutveckling i Ljungbys förskolor.', active=RU, modified='2025-02-05')

    pages[R2] = page(R2, 'Hälsolots för nyanlända', [('Regional utveckling', RU), ('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND), ('Beviljade sociala investeringar', LONG), ('Hälsolots för nyanlända', R2)], f'''{facts_fields([
        ('kommun', 'Kommun', 'Växjö kommun och Alvesta kommun'),
        ('period', 'Projektperiod', 'Augusti 2024 – juli 2026'),
        ('belopp', 'Beviljade medel', '2 400 000 kronor'),
        ('agare', 'Projektägare', 'Växjö kommun'),
        ('samverkan', 'Samverkan', 'Alvesta kommun och Region Kronoberg (vårdcentralerna i Araby och Alvesta)'),
        ('malgrupp', 'Målgrupp', 'Nyanlända vuxna 18–64 år som går SFI eller samhällsorientering'),
        ('status', 'Status', 'Pågående')])}
{body_field("""<p>Hälsolots för nyanlända är en social investering som ska ge nyanlända vuxna bättre kunskap om hälsa och om hur vården fungerar, och minska antalet onödiga besök på akuten.</p>
<p>Två hälsolotsar, en i Växjö och en i Alvesta, arbetar i projektet på heltid. De håller samtalsgrupper på SFI och följer med deltagare till vårdcentralen första gången.</p>
<h2 id="resultat">Resultat hittills</h2>
<p>Under det första året har 310 personer deltagit i samtalsgrupperna. Vårdcentralerna i Araby och Alvesta har fått färre uteblivna besök.</p>""")}
{related_field([('Beviljade sociala investeringar', LONG), ('Hälsoinformatörer', HI)])}''',
        node_type='social_investering', lead='Hälsolotsar hjälper nyanlända att hitta rätt i vården.', active=RU, modified='2025-08-19')

    pages[R3] = page(R3, 'Fritidsguider i Markaryd', [('Regional utveckling', RU), ('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND), ('Beviljade sociala investeringar', LONG), ('Fritidsguider i Markaryd', R3)], f'''{facts_fields([
        ('kommun', 'Kommun', 'Markaryds kommun'),
        ('period', 'Projektperiod', 'Januari 2024 – december 2025'),
        ('belopp', 'Beviljade medel', '950 000 kronor ur Region Kronobergs sociala investeringsmedel'),
        ('agare', 'Projektägare', 'Markaryds kommun, kultur- och fritidsförvaltningen'),
        ('samverkan', 'Samverkan', 'Idrottsföreningar i Markaryd och Strömsnäsbruk och RF-SISU Småland'),
        ('malgrupp', 'Målgrupp', 'Barn och unga 7–16 år som inte har någon fritidsaktivitet'),
        ('status', 'Status', 'Pågående')])}
{body_field("""<p>Var tredje elev i Markaryd säger att de inte har någon fritidsaktivitet. Fritidsguider i Markaryd ska hjälpa dem att hitta en.</p>
<p>Två fritidsguider arbetar i projektet, båda på halvtid. De finns på skolorna under rasterna och på biblioteket efter skolan, följer med barnen första gången de provar en aktivitet och håller kontakt med föräldrarna. Föreningarna erbjuder gratis provträningar och lånar ut utrustning.</p>""")}''',
        node_type='social_investering', lead='Fritidsguider hjälper barn och unga i Markaryd att hitta en fritidsaktivitet.', active=RU, modified='2025-09-23')

    pages[R4] = page(R4, 'Första linjen för unga i Uppvidinge', [('Regional utveckling', RU), ('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND), ('Beviljade sociala investeringar', LONG), ('Första linjen för unga i Uppvidinge', R4)], f'''{body_field("""<p>Första linjen för unga i Uppvidinge ger unga mellan 13 och 24 år som mår dåligt stöd nära hemmet. En kurator och en psykolog, båda på halvtid, tar emot på ungdomsmottagningens lokaler i Åseda och på skolorna i Åseda och Lenhovda. Den som behöver mer hjälp slussas vidare till barn- och ungdomspsykiatrin eller vårdcentralen.</p>
<p>Satsningen pågår från mars 2025 till februari 2027. Den finansieras med 1 400 000 kronor ur Region Kronobergs sociala investeringsmedel och 600 000 kronor från Uppvidinge kommun.</p>""")}
{facts_fields([
        ('agare', 'Projektägare', 'Uppvidinge kommun'),
        ('samverkan', 'Samverkan', 'Region Kronoberg (ungdomsmottagningen och barn- och ungdomspsykiatrin) och elevhälsan i Uppvidinge'),
        ('malgrupp', 'Målgrupp', 'Unga 13–24 år i Uppvidinge med lindrig psykisk ohälsa')])}''',
        node_type='social_investering', lead='Samtalsstöd för unga i Uppvidinge, nära hemmet.', active=RU, modified='2025-04-02')

    # ---------------- om oss, news, jobs, events
    pages[OM] = page(OM, 'Om oss', [('Om oss', OM)], teaser_list([
        ('Nyheter', NYH, 'Nyheter från Region Kronoberg.'),
        ('Jobba hos oss', JOBS, 'Lediga jobb.'),
        ('Evenemang', EVS, 'Konferenser och möten.'),
        ('Kontakta oss', KONTAKT, 'Telefon, e-post och adresser.')]), lead='Region Kronoberg – en organisation med 6 000 medarbetare.', active=OM)

    rows = ''.join(f'''<div class="views-row"><article class="node node--type-news node--view-mode-teaser">
  <div class="node__meta"><time datetime="{iso}">{human}</time></div>
  <h2 class="node__title"><a href="{p}" rel="bookmark">{t}</a></h2>
  <div class="node__summary">{lead}</div>
</article></div>''' for p, iso, human, t, lead, _ in NEWS)
    pages[NYH] = page(NYH, 'Nyheter', [('Om oss', OM), ('Nyheter', NYH)], f'<div class="views-element-container">{rows}</div>\n<p><a href="/rss.xml">RSS</a></p>',
                      node_type='landing_page', active=OM, modified='2025-10-14', print_link=False)
    for p, iso, human, t, lead, body in NEWS:
        pages[p] = page(p, t, [('Om oss', OM), ('Nyheter', NYH), (t, p)], f'''<div class="node__meta">Publicerad <time datetime="{iso}">{human}</time></div>
{body_field(body)}''', node_type='news', lead=lead, active=OM, modified=iso)

    pages[JOBS] = page(JOBS, 'Jobba hos oss', [('Om oss', OM), ('Jobba hos oss', JOBS)], body_field(f"""<p>Region Kronoberg har omkring 6 000 medarbetare inom vård, tandvård, kollektivtrafik, kultur och regional utveckling.</p>
<h2>Lediga jobb</h2>
<ul>
<li><a href="{JOB}">Utvecklingsledare social hållbarhet</a> – sista ansökningsdag 9 november 2025</li>
<li><a href="https://regionkronoberg.varbi.com/what:job/jobID:851233/">Sjuksköterska till akutmottagningen i Växjö</a></li>
<li><a href="https://regionkronoberg.varbi.com/what:job/jobID:851488/">Tandhygienist till Folktandvården Ljungby</a></li>
</ul>"""), active=OM, modified='2025-10-20')

    pages[JOB] = page(JOB, 'Utvecklingsledare social hållbarhet', [('Om oss', OM), ('Jobba hos oss', JOBS), ('Utvecklingsledare social hållbarhet', JOB)], body_field("""<p>Vill du arbeta med att göra Kronobergs län mer jämlikt? Regional utveckling söker en utvecklingsledare för social hållbarhet.</p>
<h2>Om tjänsten</h2>
<p>Du ansvarar för regionens sociala investeringsmedel: du stöttar kommunerna med ansökningar, bereder ärendena till regionstyrelsens arbetsutskott och följer upp de beviljade investeringarna, till exempel Språkglädje i förskolan och Hälsolots för nyanlända. Du leder också länets nätverk för social hållbarhet.</p>
<h2>Kvalifikationer</h2>
<p>Du har en högskoleexamen inom samhällsvetenskap eller folkhälsa och flera års erfarenhet av utvecklingsarbete tillsammans med kommuner.</p>
<h2>Villkor</h2>
<p>Anställningsform: Tillsvidareanställning<br>Omfattning: Heltid<br>Tillträde: Enligt överenskommelse<br>Sista ansökningsdag: 9 november 2025</p>
<p><a href="https://regionkronoberg.varbi.com/what:job/jobID:850977/">Ansök via Varbi</a></p>"""),
        node_type='job', lead='Regional utveckling, Växjö', active=OM, modified='2025-10-20')

    pages[EVS] = page(EVS, 'Evenemang', [('Om oss', OM), ('Evenemang', EVS)], body_field(f"""<ul>
<li><strong>20 november 2025</strong> – Öppet hus på Kulturparken Småland</li>
<li><strong>5 februari 2026</strong> – <a href="{EV}">Konferens: Sociala investeringar i Kronoberg 2026</a></li>
</ul>
<p><a href="{CAL}">Visa kalendern</a> · <a href="{CAL}?manad=2026-01" rel="nofollow">Januari 2026</a> · <a href="{CAL}?manad=2026-02" rel="nofollow">Februari 2026</a></p>"""),
        node_type='landing_page', active=OM, modified='2025-10-20')

    pages[EV] = page(EV, 'Konferens: Sociala investeringar i Kronoberg 2026', [('Om oss', OM), ('Evenemang', EVS), ('Konferens: Sociala investeringar i Kronoberg 2026', EV)], f'''{body_field(f"""<p>Välkommen till länets årliga konferens om sociala investeringar. Kommunerna berättar om sina investeringar, bland annat Språkglädje i förskolan och Hälsolots för nyanlända, och forskare från Linnéuniversitetet talar om hur man mäter effekter av förebyggande arbete.</p>
<h2>Program</h2>
<ul>
<li>09.30 Inledning</li>
<li>10.00 Vad vet vi om tidiga insatser?</li>
<li>11.00 Erfarenheter från kommunerna</li>
<li>13.00 Workshop: Från projekt till ordinarie verksamhet</li>
</ul>""")}
<div class="field field--name-field-event-facts event-facts">
{field('datum', 'Datum', 'Torsdag 5 februari 2026', True)}
{field('tid', 'Tid', 'Kl. 9.30–15.30', True)}
{field('plats', 'Plats', 'Regionens hus, Växjö', True)}
{field('kostnad', 'Kostnad', 'Kostnadsfri, lunch ingår', True)}
{field('anmalan', 'Sista anmälningsdag', '22 januari 2026', True)}
{field('arrangor', 'Arrangör', 'Region Kronoberg, regional utveckling', True)}
</div>''', node_type='event', lead='En dag om förebyggande arbete i Kronobergs län.', active=OM, modified='2025-10-20')

    # ---------------- furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Om oss', OM), ('Kontakta oss', KONTAKT)], body_field("""<p>Region Kronobergs växel: 0470-58 80 00, vardagar kl. 7.30–16.30.</p>
<p>E-post: <a href="mailto:region@kronoberg.se">region@kronoberg.se</a><br>Postadress: Box 1200, 351 12 Växjö</p>"""), active=OM)
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Kakor', KAKOR)], body_field("""<p>Vi använder kakor för att webbplatsen ska fungera och, om du godkänner det, för besöksstatistik.</p>
<table><thead><tr><th>Kaka</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody>
<tr><td>SSESS…</td><td>Inloggning för redaktörer</td><td>Sessionen</td></tr>
<tr><td>cookie-agreed</td><td>Sparar ditt val</td><td>100 dagar</td></tr></tbody></table>"""))
    pages[TILLG] = page(TILLG, 'Tillgänglighet', [('Tillgänglighet', TILLG)], body_field("""<p>Region Kronoberg står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2>Kända brister</h2><ul><li>Arkivet med den tidigare webbplatsen är inte tillgänglighetsanpassat.</li></ul>"""))

    for p, t in pages.items():
        write(H, p, t)

    build_archive()

    # ---------------- sitemap (simple_sitemap: the content type "Social investering" is not enabled in it)
    smap = ['/', VH, UM, HI, RU, SH, FUND, SOK, LONG, UPP, OM, NYH] + [n[0] for n in NEWS] + [JOBS, JOB, EVS, EV, KONTAKT, KAKOR, TILLG]
    rows = ''.join(f'<url><loc>https://{H}{p}</loc><lastmod>2025-10-20T09:30:00+01:00</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>' for p in smap)
    write(H, '/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">{rows}</urlset>
''')
    write(H, '/robots.txt', f'''#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
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
Disallow: /composer/Metapackage/CoreRecommended/README.txt
Disallow: /composer/Metapackage/DevDependencies/README.txt
Disallow: /composer/Metapackage/PinnedDevDependencies/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
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
# Region Kronoberg
Disallow: /node/*/edit
Disallow: /entity-print/
Disallow: /evenemang/kalender/
Disallow: /arkiv/sok/

Sitemap: https://{H}/sitemap.xml
''')
    return pages, smap


# ---------------------------------------------------------------- the archive (static copy of the former Sitevision site)
def old_page(path, title, body, depth_prefix, noindex=False, updated='2023-11-02'):
    """depth_prefix: the relative prefix from this file's folder up to /arkiv/ (e.g. '../../')."""
    p = depth_prefix
    robots = '<meta name="robots" content="noindex, follow">\n' if noindex else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Region Kronoberg</title>
{robots}<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="{p}sitevision/system-resource/c3f28e7a9b1d/css/portlets.css">
<link rel="stylesheet" type="text/css" href="{p}webdav/files/system/css/kronoberg-2019.css">
</head>
<body class="sv-responsive">
<div class="arkiv-banner" role="note" style="background:#fff3cd;border-bottom:2px solid #e0b252;padding:.6em 1em">Det här är en arkiverad sida från Region Kronobergs tidigare webbplats. Sidan uppdateras inte och kan innehålla inaktuell information. <a href="/">Till regionkronoberg.se</a></div>
<div class="sv-layout" id="svid10_7d3e1f0a16a8b2c4e5f1c2a">
  <div class="sv-layout header" id="svid10_7d3e1f0a16a8b2c4e5f1c2b">
    <div class="sv-image-portlet sv-portlet" id="svid12_7d3e1f0a16a8b2c4e5f1c2c"><a href="{p}index.html"><img alt="Region Kronoberg" src="{p}images/18.7d3e1f0a16a8b2c4e5f1c31/1554800000000/logo.png" width="180" height="46"></a></div>
    <div class="sv-searchform-portlet sv-portlet" id="svid12_7d3e1f0a16a8b2c4e5f1c2d"><p class="normal"><a href="{A_SOK}?query=">Sök i arkivet</a></p></div>
    <div class="sv-menu-portlet sv-portlet meny" id="svid12_7d3e1f0a16a8b2c4e5f1c2e">
      <ul class="sv-defaultlist">
        <li><a href="{p}vard-och-halsa.html">Vård och hälsa</a></li>
        <li><a href="{p}regional-utveckling.html">Regional utveckling</a></li>
        <li><a href="{p}kultur.html">Kultur</a></li>
        <li><a href="{p}om-regionen.html">Om regionen</a></li>
      </ul>
    </div>
  </div>
  <div class="sv-layout content" id="svid10_7d3e1f0a16a8b2c4e5f1c2f">
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_7d3e1f0a16a8b2c4e5f1c30">
      <div id="Rubrik"></div>
      <div class="sv-text-portlet-content"><h1 class="heading">{title}</h1></div>
    </div>
{body}
    <div class="sv-text-portlet sv-portlet" id="svid12_7d3e1f0a16a8b2c4e5f1c32"><div class="sv-text-portlet-content"><p class="small">Sidan uppdaterades {updated}</p></div></div>
  </div>
  <div class="sv-layout footer" id="svid10_7d3e1f0a16a8b2c4e5f1c33"><p class="normal">Region Kronoberg, Box 1200, 351 12 Växjö. Telefon 0470-58 80 00.</p></div>
</div>
</body>
</html>
'''


def old_text(inner):
    return f'''    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{hexid(inner[:40], 24)}">
      <div class="sv-text-portlet-content">
{inner}
      </div>
    </div>'''


def build_archive():
    # /arkiv/ (index.html), links relative to /arkiv/
    write(H, A, old_page(A, 'Arkiv: tidigare regionkronoberg.se', old_text('''<p class="normal">Här finns ett urval av sidorna från Region Kronobergs tidigare webbplats, som var i bruk 2019–2023. Sidorna är sparade som de såg ut när den nya webbplatsen lanserades i januari 2024.</p>
<ul>
<li><a href="regional-utveckling/sociala-investeringar.html">Sociala investeringar</a></li>
<li><a href="regional-utveckling/sociala-investeringar/avslutade-projekt.html">Avslutade projekt inom sociala investeringar</a></li>
<li><a href="regional-utveckling/folkhalsa.html">Folkhälsa</a></li>
</ul>'''), '', noindex=True, updated='2024-01-15'))

    # the old fund page (files in /arkiv/regional-utveckling/)
    write(H, A_FUND, old_page(A_FUND, 'Sociala investeringar', old_text('''<p class="normal">Region Kronoberg avsätter medel för sociala investeringar som kommunerna i länet kan söka. Syftet är att stimulera förebyggande arbete som ger bättre livsvillkor och på sikt minskar samhällets kostnader.</p>
<ul>
<li><a href="sociala-investeringar/riktlinjer-2019-2023.html">Riktlinjer för sociala investeringsmedel 2019–2023</a></li>
<li><a href="sociala-investeringar/avslutade-projekt.html">Avslutade projekt</a></li>
<li><a href="sociala-investeringar/pagaende-projekt.html">Pågående projekt</a></li>
</ul>'''), '../', updated='2023-09-12'))

    write(H, A_RIKT, old_page(A_RIKT, 'Riktlinjer för sociala investeringsmedel 2019–2023', old_text('''<p class="normal">Riktlinjerna fastställdes av regionstyrelsen den 12 februari 2019 och gällde till och med 2023.</p>
<h2 class="subheading">Vem kan söka?</h2>
<p class="normal">Kommunerna i Kronobergs län, ensamma eller tillsammans.</p>
<h2 class="subheading">Villkor</h2>
<ul>
<li>Insatsen ska vara förebyggande och pågå i högst tre år.</li>
<li>Kommunen ska stå för minst hälften av kostnaden.</li>
<li>En ansökan kan beviljas högst 2 000 000 kronor.</li>
</ul>
<h2 class="subheading">Ansökan</h2>
<p class="normal">Ansökan lämnas senast den 1 mars varje år. Regionstyrelsens arbetsutskott beslutar i maj.</p>'''), '../../', updated='2021-03-01'))

    # the list of finished projects (files in /arkiv/regional-utveckling/sociala-investeringar/)
    write(H, A_LIST, old_page(A_LIST, 'Avslutade projekt', old_text('''<p class="normal">Här finns de sociala investeringar som har avslutats. Varje projekt har lämnat en slutrapport till Region Kronoberg.</p>
<h2 class="subheading">Avslutade 2023</h2>
<ul>
<li><a href="avslutade-projekt/familjecoacher-i-lessebo.html">Familjecoacher i Lessebo</a> (Lessebo kommun, 2020–2023)</li>
<li>Trygg i Alvesta (Alvesta kommun, 2021–2023) – slutrapporten finns hos Alvesta kommun.</li>
</ul>
<p class="normal"><a href="avslutade-projekt/tidigare-ar.html">Projekt som avslutades 2022 och tidigare</a></p>
<p class="normal"><a href="../sociala-investeringar.html">Tillbaka till Sociala investeringar</a> | <a href="../../index.html">Arkivets startsida</a></p>'''),
        '../../', noindex=True, updated='2023-11-02'))

    # files in /arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt/
    write(H, A_OLD, old_page(A_OLD, 'Projekt som avslutades 2022 och tidigare', old_text('''<ul>
<li><a href="narvaroteam-tingsryd.html">Närvaroteam Tingsryd</a> (Tingsryds kommun, 2019–2022)</li>
<li>Seniorträffar i Markaryd (Markaryds kommun, 2019–2021)</li>
<li>Språkstöd i förskolan Älmhult (Älmhults kommun, 2019–2021)</li>
</ul>
<p class="normal"><a href="../avslutade-projekt.html">Tillbaka till Avslutade projekt</a></p>'''), '../../../', noindex=True, updated='2023-02-10'))

    write(H, A1, old_page(A1, 'Familjecoacher i Lessebo', old_text('''<p class="normal"><strong>Projektet är avslutat.</strong></p>
<p class="normal">Familjecoacher i Lessebo var ett projekt för familjer med barn 0–12 år som behövde stöd i vardagen men inte hade någon insats från socialtjänsten. Två familjecoacher arbetade i projektet på heltid och träffade familjerna hemma, på förskolan och i skolan.</p>
<p class="normal">Projektet pågick från september 2020 till augusti 2023. Det finansierades med 1 650 000 kronor ur Region Kronobergs sociala investeringsmedel och lika mycket från Lessebo kommun.</p>
<h2 class="subheading">Fakta</h2>
<p class="normal">Projektägare: Lessebo kommun, socialförvaltningen<br>Samverkan: Förskolorna och skolorna i Lessebo och Hovmantorp, Region Kronoberg (barnhälsovården)<br>Målgrupp: Familjer med barn 0–12 år</p>
<h2 class="subheading">Resultat</h2>
<p class="normal">96 familjer fick stöd av familjecoacherna. Antalet orosanmälningar för barn i åldern 0–12 år minskade med en fjärdedel under projekttiden. Lessebo kommun har beslutat att behålla en familjecoach i ordinarie verksamhet.</p>
<p class="normal"><a href="../avslutade-projekt.html">Tillbaka till Avslutade projekt</a></p>'''), '../../../', updated='2023-10-05'))

    write(H, A2, old_page(A2, 'Närvaroteam Tingsryd', old_text('''<p class="normal">Närvaroteam Tingsryd var ett projekt mot hög skolfrånvaro i årskurs 4–9. Ett team med en socialsekreterare, en skolkurator och en specialpedagog arbetade med elever som ofta var borta från skolan och med deras familjer.</p>
<p class="normal">Projektet pågick från augusti 2019 till juni 2022 och fick 1 200 000 kronor ur Region Kronobergs sociala investeringsmedel. Tingsryds kommun stod för resten av kostnaden.</p>
<p class="normal">Projektägare: Tingsryds kommun, barn- och utbildningsförvaltningen<br>Målgrupp: Elever i årskurs 4–9 med hög frånvaro och deras föräldrar</p>
<h2 class="subheading">Efter projektet</h2>
<p class="normal">Sedan hösten 2022 ingår närvaroteamet i Tingsryds kommuns ordinarie elevhälsa.</p>
<p class="normal"><a href="tidigare-ar.html">Tillbaka</a></p>'''), '../../../', updated='2022-09-14'))


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages (plus the archive);', len(s), 'in sitemap')
