"""Sigtuna kommun (0191, about 52 000 inhabitants; Märsta, Valsta, Sigtuna stad, Steninge, Rosersberg) on Ibexa DXP 4.6 –
generator for heldout_sites24.

Ibexa (the former eZ Platform) with Twig templates: content views 'full' wrapped in <article class="content-view-full
content-type-<identifier>" data-content-id data-location-id>, rich-text fields in 'ezrichtext-field' divs, Page Builder
landing pages in 'landing-page__zone' / 'landing-page__block block_<type>' wrappers with data-ibexa-block-id, images under
/var/site/storage/images/…, Webpack Encore assets under /assets/build/ (not saved). URL aliases are lower case and
transliterated (å/ä -> a, ö -> o), and the front proxy writes every content address with a trailing slash (saved as
<path>/index.html). The social-investment pages sit under Demokrati och påverkan › Social hållbarhet, and the granted
efforts ('satsningar') under …/vara-satsningar/<Swedish slug>/. The list 'Våra satsningar' is a filterable card grid that
a Stimulus controller fills from a JSON endpoint under /api/ (forbidden by robots.txt), with query-string filter chips
(forbidden) and a plain HTML fallback list (relative links, one behind <details>).
"""
import json

from make_common import write, hexid, numid, esc

H = 'www.sigtuna.se'

DP = '/demokrati-och-paverkan/'
SH = DP + 'social-hallbarhet/'
PROG = SH + 'program-for-social-hallbarhet/'
FUND = SH + 'social-investeringsfond/'
SOK = FUND + 'sa-ansoker-ni/'
REGLER = FUND + 'regler-for-fonden/'
UPP = FUND + 'uppfoljning-2024/'
LIST = SH + 'vara-satsningar/'
S1 = LIST + 'brobyggare-i-marsta/'
S2 = LIST + 'motesplats-rosersberg/'
S3 = LIST + 'lasa-for-livet/'
S4 = LIST + 'narvaroteam-sigtuna-stad/'
S5 = LIST + 'stod-till-unga-anhoriga/'          # not in the list, not in the sitemap: only from a news item

BU = '/barn-och-utbildning/'
OS = '/omsorg-och-stod/'
BOF = OS + 'barn-och-familj/'
AV = '/arbete-och-vuxenutbildning/'
LOTS = AV + 'ungdomslotsen/'                      # standing service that began as a social investment
UG = '/uppleva-och-gora/'
EVS = UG + 'evenemang/'
EV = EVS + 'frukostseminarium-vad-lonar-sig/'
KAL = EVS + 'kalender/'
JOBS = '/jobba-hos-oss/'
JOB = JOBS + 'utvecklingsledare-social-hallbarhet/'
AKT = '/aktuellt/'
KONTAKT = '/kontakta-oss/'
KAKOR = '/om-webbplatsen/kakor/'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse/'
BYGG = '/bygga-bo-och-miljo/'

N1 = AKT + '2025/nytt-stod-for-unga-som-tar-hand-om-en-narstaende/'
N2 = AKT + '2025/nu-kan-forvaltningarna-soka-medel-ur-den-sociala-investeringsfonden/'
N3 = AKT + '2025/hostlovet-i-sigtuna-kommun/'
N4 = AKT + '2025/ny-gang-och-cykelbro-i-marsta-centrum/'

SEARCH = '/sok/'
API = '/api/satsningar.json'
LOGIN = '/login'
ADMIN = '/admin/dashboard'

CHIPS = [('Skola och lärande', '?omrade=skola'), ('Fritid och kultur', '?omrade=fritid'),
         ('Familj och föräldraskap', '?omrade=familj'), ('Arbete och försörjning', '?omrade=arbete'),
         ('Pågående', '?status=pagaende'), ('Avslutade', '?status=avslutad')]

MENU = [
    ('Barn och utbildning', BU, [('Förskola', BU + 'forskola/'), ('Grundskola', BU + 'grundskola/'),
                                 ('Gymnasieskola', BU + 'gymnasieskola/'), ('Elevhälsa', BU + 'elevhalsa/')]),
    ('Omsorg och stöd', OS, [('Barn och familj', BOF), ('Äldreomsorg', OS + 'aldreomsorg/'),
                             ('Funktionsnedsättning', OS + 'funktionsnedsattning/'),
                             ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/')]),
    ('Arbete och vuxenutbildning', AV, [('Ungdomslotsen', LOTS), ('Vuxenutbildning', AV + 'vuxenutbildning/'),
                                        ('Feriejobb', AV + 'feriejobb/')]),
    ('Uppleva och göra', UG, [('Evenemang', EVS), ('Bibliotek', UG + 'bibliotek/'), ('Fritidsgårdar', UG + 'fritidsgardar/'),
                              ('Idrott och motion', UG + 'idrott-och-motion/')]),
    ('Bygga, bo och miljö', '/bygga-bo-och-miljo/', [('Bygglov', '/bygga-bo-och-miljo/bygglov/'),
                                                    ('Avfall och återvinning', '/bygga-bo-och-miljo/avfall-och-atervinning/')]),
    ('Demokrati och påverkan', DP, [('Politik och beslut', DP + 'politik-och-beslut/'), ('Social hållbarhet', SH),
                                    ('Medborgardialog', DP + 'medborgardialog/'), ('Kommunens ekonomi', DP + 'kommunens-ekonomi/'),
                                    ('Statistik', DP + 'statistik/')]),
]

SUBNAV = {
    DP: [('Politik och beslut', DP + 'politik-och-beslut/'), ('Social hållbarhet', SH),
         ('Medborgardialog', DP + 'medborgardialog/'), ('Kommunens ekonomi', DP + 'kommunens-ekonomi/'),
         ('Statistik', DP + 'statistik/')],
    SH: [('Program för social hållbarhet', PROG), ('Social investeringsfond', FUND), ('Våra satsningar', LIST)],
    FUND: [('Så ansöker ni', SOK), ('Regler för fonden', REGLER), ('Uppföljning 2024', UPP)],
    LIST: [],
    AV: [('Ungdomslotsen', LOTS), ('Vuxenutbildning', AV + 'vuxenutbildning/'), ('Feriejobb', AV + 'feriejobb/')],
    UG: [('Evenemang', EVS), ('Bibliotek', UG + 'bibliotek/'), ('Fritidsgårdar', UG + 'fritidsgardar/'),
         ('Idrott och motion', UG + 'idrott-och-motion/')],
    OS: [('Barn och familj', BOF), ('Äldreomsorg', OS + 'aldreomsorg/'), ('Funktionsnedsättning', OS + 'funktionsnedsattning/'),
         ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/')],
    BOF: [('Föräldraskapsstöd', BOF + 'foraldraskapsstod/'), ('Familjebehandling', BOF + 'familjebehandling/'),
          ('Orolig för ett barn', BOF + 'orolig-for-ett-barn/')],
    BU: [('Förskola', BU + 'forskola/'), ('Grundskola', BU + 'grundskola/'), ('Gymnasieskola', BU + 'gymnasieskola/'),
         ('Elevhälsa', BU + 'elevhalsa/')],
}
ROOTS = {DP: 'Demokrati och påverkan', AV: 'Arbete och vuxenutbildning', UG: 'Uppleva och göra', OS: 'Omsorg och stöd',
         BU: 'Barn och utbildning'}


def cid(path):
    return numid('sig-c' + path, 4200, 3000)


def lid(path):
    return numid('sig-l' + path, 7300, 3000)


def img(path, name, alt):
    c = cid(path)
    return (f'<figure class="content-image"><img src="/var/site/storage/images/{c % 10}/{c % 7}/{c % 5}/{c}-{c % 3 + 1}-swe-SE/{name}_large.jpg" '
            f'alt="{esc(alt)}" width="1000" height="560" loading="lazy"></figure>')


def header(active):
    items = []
    for i, (name, href, subs) in enumerate(MENU):
        cur = ' mega-menu__item--current' if href == active else ''
        sub = ''.join(f'<li><a class="mega-menu__sublink" href="{h}">{n}</a></li>' for n, h in subs)
        items.append(f'''<li class="mega-menu__item{cur}">
        <a class="mega-menu__link" href="{href}">{name}</a>
        <button class="mega-menu__toggle" type="button" aria-expanded="false" aria-controls="mm-panel-{i}"><span class="sr-only">Visa innehåll i {name}</span></button>
        <div class="mega-menu__panel" id="mm-panel-{i}" hidden><ul class="mega-menu__sublist">{sub}</ul></div>
      </li>''')
    return f'''<header class="site-header" role="banner">
  <div class="site-header__inner container">
    <a class="site-header__logo" href="/"><img src="/assets/images/sigtuna-kommun-logotyp.svg" alt="Sigtuna kommun – till startsidan" width="196" height="56"></a>
    <ul class="site-header__tools">
      <li><a href="/lattlast/">Lättläst</a></li>
      <li><a href="/other-languages/" lang="en">Other languages</a></li>
      <li><button type="button" class="rs-button" data-readspeaker-readid="main">Lyssna</button></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label class="sr-only" for="q">Sök på sigtuna.se</label>
      <input id="q" type="search" name="SearchText" placeholder="Vad söker du?" autocomplete="off">
      <button type="submit" class="site-search__button">Sök</button>
    </form>
  </div>
  <nav class="mega-menu" aria-label="Huvudmeny">
    <ul class="mega-menu__list container">
      {''.join(items)}
    </ul>
  </nav>
</header>'''


def footer():
    return f'''<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner container">
    <section class="site-footer__col">
      <h2>Sigtuna kommun</h2>
      <p>195 85 Märsta<br>Besöksadress: Södergatan 20, Märsta<br>Telefon: 08-591 260 00<br><a href="mailto:sigtuna.kommun@sigtuna.se">sigtuna.kommun@sigtuna.se</a></p>
    </section>
    <section class="site-footer__col">
      <h2>Genvägar</h2>
      <ul>
        <li><a href="{AKT}">Aktuellt</a></li>
        <li><a href="{EVS}">Evenemang</a></li>
        <li><a href="{JOBS}">Jobba hos oss</a></li>
        <li><a href="/e-tjanster/">E-tjänster och blanketter</a></li>
      </ul>
    </section>
    <section class="site-footer__col">
      <h2>Om webbplatsen</h2>
      <ul>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li><a href="/om-webbplatsen/behandling-av-personuppgifter/">Behandling av personuppgifter</a></li>
        <li><a href="{LOGIN}" rel="nofollow">Logga in</a></li>
      </ul>
    </section>
    <section class="site-footer__col">
      <h2>Följ oss</h2>
      <ul class="site-footer__social">
        <li><a href="https://www.facebook.com/sigtunakommun">Facebook</a></li>
        <li><a href="https://www.instagram.com/sigtunakommun/">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/sigtuna-kommun/">LinkedIn</a></li>
      </ul>
    </section>
  </div>
</footer>'''


def crumbs(trail):
    lis = '<li class="breadcrumbs__item"><a href="/">Startsida</a></li>'
    for n, h in trail[:-1]:
        lis += f'<li class="breadcrumbs__item"><a href="{h}">{n}</a></li>'
    lis += f'<li class="breadcrumbs__item" aria-current="page">{trail[-1][0]}</li>'
    return f'<nav class="breadcrumbs container" aria-label="Brödsmulor"><ol class="breadcrumbs__list">{lis}</ol></nav>'


def subnav(path, trail):
    root = trail[0][1]
    if root not in SUBNAV:
        return ''
    opened = [h for _, h in trail]

    def level(parent):
        out = ''
        for n, h in SUBNAV.get(parent, []):
            cur = ' aria-current="page"' if h == path else ''
            kids = ''
            if h in opened and SUBNAV.get(h):
                kids = f'<ul class="subnav__list subnav__list--nested">{level(h)}</ul>'
            cls = 'subnav__item subnav__item--open' if h in opened else 'subnav__item'
            out += f'<li class="{cls}"><a href="{h}"{cur}>{n}</a>{kids}</li>'
        return out
    return f'''<aside class="page__aside">
  <nav class="subnav" aria-label="Undermeny">
    <a class="subnav__root" href="{root}">{ROOTS[root]}</a>
    <ul class="subnav__list">{level(root)}</ul>
  </nav>
</aside>'''


def rich(inner):
    return f'<div class="ezrichtext-field">\n{inner}\n</div>'


def block(kind, inner):
    return f'''<div class="landing-page__block block_{kind}" data-ibexa-block-id="b-{hexid(kind + inner[:60], 12)}">
{inner}
</div>'''


def cards(items, heading=''):
    lis = ''.join(f'''<li class="card-list__item"><a class="card" href="{h}">
  <h3 class="card__title">{t}</h3>
  <p class="card__text">{d}</p>
</a></li>''' for t, h, d in items)
    hd = f'<h2 class="card-list__heading">{heading}</h2>' if heading else ''
    return f'<div class="card-list">{hd}<ul class="card-list__items">{lis}</ul></div>'


def contact(inner):
    return f'''<aside class="contact-box" aria-label="Kontakt">
  <h2 class="contact-box__heading">Kontakt</h2>
  {inner}
</aside>'''


def page(path, title, trail, body, intro='', ctype='article', published='2024-02-12', modified='2025-09-01',
         og_type='website', extra_head=''):
    root = trail[0][1] if trail else None
    side = subnav(path, trail) if trail else ''
    bc = crumbs(trail) if trail else ''
    intro_html = f'<div class="article__intro ezrichtext-field"><p>{intro}</p></div>' if intro else ''
    layout = 'page page--with-aside' if side else 'page'
    meta = '' if path == '/' else f'''<p class="article__dates">Publicerad <time datetime="{published}">{published}</time> · Senast uppdaterad <time datetime="{modified}">{modified}</time></p>
    <div class="article__share"><button type="button" class="share-button" onclick="window.print()">Skriv ut</button> <a class="share-button" href="mailto:?subject={esc(title)}&amp;body=https://{H}{path}">Tipsa om sidan</a></div>'''
    return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Sigtuna kommun</title>
<meta name="description" content="{esc(intro or title)}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:locale" content="sv_SE">
<meta property="article:modified_time" content="{modified}T09:30:00+01:00">
<link rel="stylesheet" href="/assets/build/app.4c1e9a7b.css">
<script src="/assets/build/runtime.9d2f11e0.js" defer></script>
<script src="/assets/build/app.4c1e9a7b.js" defer></script>{extra_head}
</head>
<body class="ibexa-siteaccess--site_sv content-type--{ctype}" data-location-id="{lid(path)}">
<a class="skip-link" href="#main">Hoppa till innehållet</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Kakor" hidden>
  <p>Sigtuna kommun använder kakor för att webbplatsen ska fungera och för besöksstatistik. <a href="{KAKOR}">Om kakor</a></p>
  <button type="button" data-cookie-accept="all">Godkänn alla</button> <button type="button" data-cookie-accept="necessary">Endast nödvändiga</button>
</div>
{header(root)}
{bc}
<div class="container {layout}">
{side}
<main id="main" class="page__main">
  <article class="content-view-full content-type-{ctype}" data-content-id="{cid(path)}" data-location-id="{lid(path)}">
    <h1 class="article__title">{title}</h1>
    {intro_html}
{body}
    {meta}
  </article>
</main>
</div>
{footer()}
</body>
</html>
'''


NEWS = [
    (N1, '2025-10-14', '14 oktober 2025', 'Nytt stöd för unga som tar hand om en närstående',
     'Barn och unga som har en förälder eller ett syskon som är sjukt kan nu få eget stöd av socialtjänsten, utan att ansöka.'),
    (N3, '2025-10-02', '2 oktober 2025', 'Höstlovet i Sigtuna kommun',
     'Under höstlovet vecka 44 finns gratis aktiviteter för barn och unga i hela kommunen.'),
    (N2, '2025-09-22', '22 september 2025', 'Nu kan förvaltningarna söka medel ur den sociala investeringsfonden',
     'Ansökningsomgången för 2026 är öppen till och med den 1 november.'),
    (N4, '2025-09-03', '3 september 2025', 'Ny gång- och cykelbro i Märsta centrum',
     'Bron över Märstaån öppnar för gående och cyklister den 15 september.'),
]


def news_teasers(items):
    lis = ''.join(f'''<li class="news-list__item"><article class="news-teaser">
  <time class="news-teaser__date" datetime="{iso}">{human}</time>
  <h3 class="news-teaser__title"><a href="{p}">{t}</a></h3>
  <p class="news-teaser__lead">{lead}</p>
</article></li>''' for p, iso, human, t, lead in items)
    return f'<ul class="news-list">{lis}</ul>'


def satsningsfilter():
    cfg = json.dumps({'endpoint': API, 'lang': 'swe-SE', 'pageSize': 9,
                      'filters': {'omrade': ['skola', 'fritid', 'familj', 'arbete'], 'status': ['pagaende', 'avslutad']}},
                     ensure_ascii=False)
    chips = ''.join(f'<li><a class="chip" href="{q}">{n}</a></li>' for n, q in CHIPS)
    return f'''<div class="satsningsfilter" data-controller="satsningsfilter" data-satsningsfilter-endpoint-value="{API}?sprak=swe-SE" data-satsningsfilter-page-size-value="9">
  <form class="satsningsfilter__form" action="" method="get" aria-label="Filtrera satsningar">
    <fieldset class="satsningsfilter__group">
      <legend>Område</legend>
      <label><input type="checkbox" name="omrade" value="skola" data-action="satsningsfilter#filter"> Skola och lärande</label>
      <label><input type="checkbox" name="omrade" value="fritid" data-action="satsningsfilter#filter"> Fritid och kultur</label>
      <label><input type="checkbox" name="omrade" value="familj" data-action="satsningsfilter#filter"> Familj och föräldraskap</label>
      <label><input type="checkbox" name="omrade" value="arbete" data-action="satsningsfilter#filter"> Arbete och försörjning</label>
    </fieldset>
    <fieldset class="satsningsfilter__group">
      <legend>Status</legend>
      <label><input type="radio" name="status" value="" checked data-action="satsningsfilter#filter"> Alla</label>
      <label><input type="radio" name="status" value="pagaende" data-action="satsningsfilter#filter"> Pågående</label>
      <label><input type="radio" name="status" value="avslutad" data-action="satsningsfilter#filter"> Avslutade</label>
    </fieldset>
    <button type="submit" class="btn btn--secondary satsningsfilter__submit">Visa</button>
  </form>
  <ul class="satsningsfilter__chips" aria-label="Snabbval">{chips}</ul>
  <p class="satsningsfilter__count" aria-live="polite" data-satsningsfilter-target="count"></p>
  <div class="card-grid card-grid--3" data-satsningsfilter-target="grid"><!-- Kort renderas av satsningsfilter_controller.js --></div>
  <button type="button" class="btn satsningsfilter__more" data-satsningsfilter-target="more" data-action="satsningsfilter#more" hidden>Visa fler satsningar</button>
  <script type="application/json" id="satsningsfilter-config">{cfg}</script>
  <div class="satsningsfilter__fallback" data-satsningsfilter-target="fallback">
    <h2>Alla satsningar</h2>
    <p>Fungerar inte filtreringen? Här finns alla satsningar i en lista.</p>
    <h3>Pågående satsningar</h3>
    <ul class="fallback-list">
      <li><a href="{S1}">Brobyggare i Märsta</a> – Skola och lärande · 2024–2027</li>
      <li><a href="motesplats-rosersberg/">Mötesplats Rosersberg</a> – Fritid och kultur · 2025–2026</li>
    </ul>
    <details class="fallback-list__more">
      <summary>Visa fler pågående satsningar (1)</summary>
      <ul class="fallback-list">
        <li><a href="lasa-for-livet/">Läsa för livet</a> – Skola och lärande · 2023–2026</li>
      </ul>
    </details>
    <h3>Avslutade satsningar</h3>
    <ul class="fallback-list">
      <li><a href="narvaroteam-sigtuna-stad/">Närvaroteam Sigtuna stad</a> – Skola och lärande · 2021–2024</li>
    </ul>
  </div>
</div>'''


def build():
    pages = {}
    T_DP = [('Demokrati och påverkan', DP)]
    T_SH = T_DP + [('Social hållbarhet', SH)]
    T_F = T_SH + [('Social investeringsfond', FUND)]
    T_L = T_SH + [('Våra satsningar', LIST)]

    # ------------------------------------------------------------ start page (Page Builder landing page)
    pages['/'] = page('/', 'Välkommen till Sigtuna kommun', [], f'''<div class="landing-page__zone landing-page__zone--default" data-ibexa-zone-id="default">
{block('hero', '<div class="hero"><p class="hero__text">Sigtuna kommun – Sveriges äldsta stad och porten till världen.</p></div>')}
{block('cards', cards([
        ('Förskola', BU + 'forskola/', 'Ansök om plats och hitta förskolor.'),
        ('Jobba hos oss', JOBS, 'Lediga jobb i Sigtuna kommun.'),
        ('Evenemang', EVS, 'Föreläsningar, konserter och lovaktiviteter.'),
        ('Kontakta oss', KONTAKT, 'Kontaktcenter har öppet vardagar 8–16.30.')], 'Genvägar'))}
{block('popular', f'<p class="popular-searches">Populära sökningar: <a href="{SEARCH}?SearchText=forskola">förskola</a>, <a href="{SEARCH}?SearchText=bygglov">bygglov</a>, <a href="{SEARCH}?SearchText=lediga+jobb">lediga jobb</a></p>')}
{block('news', '<h2 class="block__heading">Aktuellt</h2>' + news_teasers(NEWS[:3]) + f'<p><a class="more-link" href="{AKT}">Fler nyheter</a></p>')}
</div>''', ctype='landing_page', modified='2025-10-14')

    # ------------------------------------------------------------ Demokrati och påverkan › Social hållbarhet
    pages[DP] = page(DP, 'Demokrati och påverkan', T_DP, cards([
        ('Politik och beslut', DP + 'politik-och-beslut/', 'Kommunfullmäktige, nämnder och protokoll.'),
        ('Social hållbarhet', SH, 'Kommunens arbete för jämlika livsvillkor.'),
        ('Medborgardialog', DP + 'medborgardialog/', 'Tyck till och påverka.'),
        ('Kommunens ekonomi', DP + 'kommunens-ekonomi/', 'Budget, årsredovisning och skatter.'),
        ('Statistik', DP + 'statistik/', 'Befolkning och nyckeltal.')]),
        intro='Så styrs Sigtuna kommun och så kan du vara med och påverka.', ctype='landing_page', modified='2025-02-03')

    pages[SH] = page(SH, 'Social hållbarhet', T_SH, rich('''<p>Alla som bor i Sigtuna kommun ska ha goda och jämlika förutsättningar att leva ett bra liv. I dag skiljer sig livsvillkoren mycket mellan kommundelarna, till exempel när det gäller hur många unga som går ut gymnasiet och hur många vuxna som har ett arbete.</p>
<p>Kommunens arbete för social hållbarhet styrs av Program för social hållbarhet 2023–2030. En del av arbetet görs i den ordinarie verksamheten. Nya arbetssätt kan prövas under några år med pengar ur kommunens sociala investeringsfond.</p>''') + '\n' + cards([
        ('Program för social hållbarhet', PROG, 'Programmet och dess fyra målområden.'),
        ('Social investeringsfond', FUND, 'Så fungerar fonden och så ansöker förvaltningarna.'),
        ('Våra satsningar', LIST, 'Pågående och avslutade satsningar med pengar ur fonden.')]),
        intro='Kommunens arbete för att minska skillnaderna i livsvillkor mellan invånarna.', ctype='landing_page',
        modified='2025-05-20')

    pages[PROG] = page(PROG, 'Program för social hållbarhet 2023–2030', T_SH + [('Program för social hållbarhet', PROG)], rich('''<p>Kommunfullmäktige antog Program för social hållbarhet 2023–2030 i juni 2023. Programmet gäller för alla nämnder och de kommunala bolagen.</p>
<h2>Fyra målområden</h2>
<ol>
<li><strong>Goda uppväxtvillkor</strong> – alla barn ska få en trygg start i livet och klara skolan.</li>
<li><strong>Arbete och egen försörjning</strong> – fler unga vuxna och nyanlända ska ha ett arbete.</li>
<li><strong>Hälsa och delaktighet</strong> – skillnaderna i hälsa mellan kommundelarna ska minska.</li>
<li><strong>Trygga och levande miljöer</strong> – alla ska kunna känna sig trygga där de bor.</li>
</ol>
<h2>Så följs programmet upp</h2>
<p>Varje nämnd tar fram aktiviteter utifrån programmet i sin verksamhetsplan. Kommunstyrelsen följer upp programmet varje år i samband med årsredovisningen och gör en fördjupad uppföljning 2026.</p>
<p>Programmet genomförs i den ordinarie verksamheten och med stöd av kommunens sociala investeringsfond, som gör det möjligt att pröva nya arbetssätt.</p>
<p><a href="/content/download/5811/program-for-social-hallbarhet-2023-2030.pdf">Program för social hållbarhet 2023–2030 (pdf, 1,4 MB)</a></p>'''),
        intro='Programmet pekar ut vad kommunen ska göra för att minska skillnaderna i livsvillkor fram till 2030.',
        published='2023-06-20', modified='2024-11-04')

    pages[FUND] = page(FUND, 'Social investeringsfond', T_F, rich(f'''<p>Kommunfullmäktige inrättade den sociala investeringsfonden 2020 och har sedan dess avsatt sammanlagt 15 miljoner kronor ur kommunens resultat. Fonden ger förvaltningarna möjlighet att pröva förebyggande arbetssätt som inte ryms i den ordinarie budgeten.</p>
<p>En social investering är en tidsbegränsad satsning som ska ge bättre livsvillkor för dem det gäller och lägre kostnader för kommunen och samhället på sikt. Om satsningen fungerar ska förvaltningen ta över kostnaden i sin ordinarie budget.</p>
<h2>Fonden i siffror</h2>
<ul class="key-figures">
<li><strong>Avsatt sedan 2020:</strong> 15 000 000 kronor</li>
<li><strong>Beviljat hittills:</strong> 10 400 000 kronor</li>
<li><strong>Antal satsningar:</strong> 7</li>
<li><strong>Kvar att söka:</strong> 4 600 000 kronor</li>
</ul>
<h2>Om fonden</h2>
<p>Kommunstyrelsens arbetsutskott beslutar om pengar ur fonden två gånger om året. Stadsledningskontoret bereder ansökningarna och hjälper förvaltningarna att räkna på vad en satsning kan leda till.</p>''') + '\n' + cards([
        ('Så ansöker ni', SOK, 'Steg för steg från idé till beslut.'),
        ('Regler för fonden', REGLER, 'Vad pengarna får användas till.'),
        ('Uppföljning 2024', UPP, 'Så har det gått för satsningarna.'),
        ('Våra satsningar', LIST, 'Alla satsningar som har fått pengar ur fonden.')]) + '\n' + contact(
        '<p>Strateg social hållbarhet, stadsledningskontoret<br>Telefon: 08-591 260 00<br><a href="mailto:socialinvestering@sigtuna.se">socialinvestering@sigtuna.se</a></p>'),
        intro='Kommunens sociala investeringsfond ger pengar till förebyggande satsningar för barn, unga och vuxna.',
        published='2020-09-01', modified='2025-09-22')

    pages[SOK] = page(SOK, 'Så ansöker ni om medel ur den sociala investeringsfonden', T_F + [('Så ansöker ni', SOK)], rich('''<p>Det är förvaltningarna och de kommunala bolagen som kan ansöka om pengar ur fonden. Föreningar och privatpersoner kan inte ansöka, men kan vara med som samverkanspart.</p>
<h2>Vem kan söka?</h2>
<p>En förvaltning eller ett kommunalt bolag, ensam eller tillsammans med andra. Ansökan ska ha stöd av förvaltningschefen.</p>
<h2>Så går ansökan till</h2>
<ol>
<li>Kontakta stadsledningskontoret tidigt och berätta om er idé.</li>
<li>Fyll i ansökningsmallen och beräkningsunderlaget. Beskriv målgruppen, vad ni vill göra, hur länge och vad det kostar.</li>
<li>Skicka ansökan senast den 1 mars eller den 1 november.</li>
<li>Kommunstyrelsens arbetsutskott beslutar inom två månader.</li>
</ol>
<h2>Räkneexempel</h2>
<p>En satsning som kostar 600 000 kronor per år i tre år och som gör att två unga per år inte behöver placeras utanför hemmet kan på sikt minska kommunens kostnader med flera miljoner kronor.</p>
<p><a href="/content/download/5902/ansokningsmall-social-investering.docx">Ansökningsmall (Word)</a> · <a href="/content/download/5903/berakningsunderlag.xlsx">Beräkningsunderlag (Excel)</a></p>'''),
        intro='Ansökningar tas emot två gånger om året: senast den 1 mars och senast den 1 november.', modified='2025-09-22')

    pages[REGLER] = page(REGLER, 'Regler för den sociala investeringsfonden', T_F + [('Regler för fonden', REGLER)], rich('''<p>Reglerna beslutades av kommunfullmäktige den 17 september 2020, § 112, och reviderades den 14 december 2023.</p>
<ol>
<li>En satsning ska vara förebyggande och rikta sig till en tydlig målgrupp.</li>
<li>En satsning får pågå i högst tre år och beviljas högst 3 000 000 kronor.</li>
<li>Förvaltningen ska visa hur arbetet ska tas över i ordinarie verksamhet om det faller väl ut.</li>
<li>Minst hälften av de minskade kostnader som satsningen leder till ska betalas tillbaka till fonden.</li>
<li>Varje satsning ska följas upp en gång per år och utvärderas när den är klar.</li>
<li>Pengar ur fonden får inte användas till lokaler, inventarier eller ordinarie verksamhet.</li>
</ol>'''), intro='Vad pengarna ur fonden får användas till och vilka krav som ställs på en satsning.',
        published='2020-09-30', modified='2024-01-10')

    pages[UPP] = page(UPP, 'Uppföljning av sociala investeringar 2024', T_F + [('Uppföljning 2024', UPP)], rich('''<p>Stadsledningskontoret följer varje år upp de satsningar som har fått pengar ur den sociala investeringsfonden. Uppföljningen för 2024 redovisades för kommunstyrelsen i april 2025.</p>
<h2>Satsningar under 2024</h2>
<table class="table">
<thead><tr><th>Satsning</th><th>Förvaltning</th><th>Period</th><th>Beviljat</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Närvaroteam Sigtuna stad</td><td>Utbildningsförvaltningen</td><td>2021–2024</td><td>1 650 000 kr</td><td>Avslutad</td></tr>
<tr><td>Läsa för livet</td><td>Utbildningsförvaltningen</td><td>2023–2026</td><td>2 400 000 kr</td><td>Pågår</td></tr>
<tr><td>Brobyggare i Märsta</td><td>Utbildningsförvaltningen</td><td>2024–2027</td><td>2 850 000 kr</td><td>Pågår</td></tr>
<tr><td>Mötesplats Rosersberg</td><td>Kultur- och fritidsförvaltningen</td><td>2025–2026</td><td>1 900 000 kr</td><td>Beviljad</td></tr>
</tbody>
</table>
<h2>De viktigaste resultaten</h2>
<ul>
<li>Andelen elever med hög frånvaro på Tingvallaskolan och Sätunaskolan minskade från 11 till 6 procent.</li>
<li>Fler elever i årskurs 1 på Steningehöjdens skola klarade läsavstämningen än året innan.</li>
</ul>
<h2>Lärdomar</h2>
<p>Satsningarna som har lyckats bäst har haft en tydlig ägare i linjen och en plan för hur arbetet ska tas över redan från början. Beräkningarna av framtida kostnader behöver bli enklare att följa upp.</p>
<h2>Fonden i siffror 2024</h2>
<p>Under 2024 betalades 2 310 000 kronor ut ur fonden. Vid årets slut fanns 4 600 000 kronor kvar att söka.</p>'''),
        intro='Så har det gått för satsningarna som har fått pengar ur den sociala investeringsfonden.', published='2025-04-15',
        modified='2025-04-15')

    # ------------------------------------------------------------ Våra satsningar (filterable card grid + fallback list)
    pages[LIST] = page(LIST, 'Våra satsningar', T_L, f'''<div class="landing-page__zone landing-page__zone--default" data-ibexa-zone-id="default">
{block('richtext', rich('<p>Här hittar du de satsningar som har fått pengar ur kommunens sociala investeringsfond. Filtrera på område eller status.</p>'))}
{block('satsningsfilter', satsningsfilter())}
</div>''', intro='Förebyggande satsningar som prövas med pengar ur den sociala investeringsfonden.', ctype='landing_page',
        modified='2025-06-02')

    # ------------------------------------------------------------ the satsningar (content type 'satsning')
    pages[S1] = page(S1, 'Brobyggare i Märsta', T_L + [('Brobyggare i Märsta', S1)], f'''{img(S1, 'brobyggare-i-marsta', 'En brobyggare samtalar med en förälder i förskolans hall')}
<div class="satsning__layout">
  <div class="satsning__body">
{rich("""<p>Satsningen Brobyggare i Märsta startade i augusti 2024. Tre brobyggare som talar arabiska, dari och tigrinja arbetar på förskolor och skolor i Märsta och Valsta. De följer med vid inskolning och utvecklingssamtal, ringer hem när ett barn är borta och håller föräldraträffar om hur förskolan och skolan fungerar i Sverige.</p>
<p>Syftet är att fler nyanlända barn ska gå till förskolan och skolan varje dag och att föräldrarna ska kunna stötta sina barn i skolarbetet. På sikt ska satsningen minska behovet av särskilt stöd och av insatser från socialtjänsten.</p>
<h2>Så arbetar brobyggarna</h2>
<ul>
<li>Föräldraträffar på förskolan varannan vecka, med tolk vid behov.</li>
<li>Hembesök tillsammans med förskolläraren innan barnet börjar.</li>
<li>Stöd till mentorer och elevhälsa i kontakten med familjen.</li>
</ul>
<h2>Uppföljning</h2>
<p>Satsningen följs upp varje termin. Forskare vid Stockholms universitet utvärderar arbetet och lämnar en slutrapport hösten 2027.</p>""")}
  </div>
  <aside class="satsning__facts" aria-labelledby="fakta-{cid(S1)}">
    <h2 id="fakta-{cid(S1)}">Fakta</h2>
    <dl class="facts">
      <dt>Period</dt><dd>augusti 2024 – juni 2027</dd>
      <dt>Budget</dt><dd>2 850 000 kronor ur kommunens sociala investeringsfond</dd>
      <dt>Ansvarig</dt><dd>Utbildningsförvaltningen</dd>
      <dt>Samverkan</dt><dd>Socialförvaltningen, Sigtuna bibliotek</dd>
      <dt>Målgrupp</dt><dd>Nyanlända familjer med barn i förskola och grundskola, 1–16 år</dd>
      <dt>Bemanning</dt><dd>Tre brobyggare på heltid</dd>
      <dt>Status</dt><dd>Pågående</dd>
    </dl>
  </aside>
</div>
{contact('<p>Projektledare, utbildningsförvaltningen<br>Telefon: 08-591 260 00</p>')}''',
        intro='Brobyggare med eget språk och egen erfarenhet av att komma till Sverige hjälper nyanlända familjer att förstå och delta i förskolan och skolan.',
        ctype='satsning', published='2024-08-19', modified='2025-03-11')

    pages[S2] = page(S2, 'Mötesplats Rosersberg', T_L + [('Mötesplats Rosersberg', S2)], f'''{rich("""<p>Mötesplats Rosersberg är en satsning för unga mellan 13 och 19 år i Rosersberg, där det i dag inte finns någon fritidsgård. Från januari 2025 har mötesplatsen öppet tisdag till fredag kvällar i Rosersbergs skolas lokaler och på lördagar i idrottshallen.</p>
<p>På mötesplatsen arbetar två fritidsledare tillsammans med kommunens fältassistenter. De unga är med och bestämmer aktiviteterna genom ett ungdomsråd. Syftet är att ge unga en trygg plats på kvällstid, minska otryggheten i centrum och fånga upp unga som riskerar att hamna i kriminalitet.</p>
<h2>Så följs satsningen upp</h2>
<p>Besöksstatistik, enkäter till besökarna och polisens lägesbilder följs upp varje halvår. Efter 2026 ska kultur- och fritidsnämnden ta ställning till om mötesplatsen ska bli ordinarie verksamhet.</p>""")}
<table class="ezmatrix-field table table--facts">
<caption>Kort om satsningen</caption>
<tbody>
<tr><th scope="row">Period</th><td>januari 2025 – december 2026</td></tr>
<tr><th scope="row">Kostnad</th><td>2 300 000 kronor, varav 1 900 000 kronor ur den sociala investeringsfonden och 400 000 kronor från Sigtunahem</td></tr>
<tr><th scope="row">Ansvarig</th><td>Kultur- och fritidsförvaltningen</td></tr>
<tr><th scope="row">Samverkan</th><td>Polisen, Sigtunahem, Rosersbergs IK</td></tr>
<tr><th scope="row">Målgrupp</th><td>Unga 13–19 år i Rosersberg</td></tr>
</tbody>
</table>
{contact('<p>Enhetschef fritid, kultur- och fritidsförvaltningen<br>Telefon: 08-591 260 00</p>')}''',
        intro='En mötesplats på kvällar och helger för unga i Rosersberg.', ctype='satsning', published='2025-01-08',
        modified='2025-05-27')

    pages[S3] = page(S3, 'Läsa för livet', T_L + [('Läsa för livet', S3)], f'''{rich("""<p>Läsa för livet är ett projekt på Steningehöjdens skola i Steninge. Alla elever i förskoleklass till årskurs 3 får läsa varje dag i små grupper, och elever som behöver mer stöd får intensiv lästräning med en speciallärare i sex veckor i taget.</p>
<p>Syftet med projektet är att alla elever ska kunna läsa i slutet av årskurs 1. Elever som inte kan läsa när de börjar årskurs 4 har mycket svårare att klara skolan, och risken ökar för att de inte går ut grundskolan med godkända betyg.</p>
<p><strong>Period:</strong> läsåren 2023/24–2025/26<br>
<strong>Beviljat belopp:</strong> 2 400 000 kronor ur den sociala investeringsfonden<br>
<strong>Projektägare:</strong> Utbildningsförvaltningen, Steningehöjdens skola<br>
<strong>Samverkan:</strong> Sigtuna bibliotek<br>
<strong>Målgrupp:</strong> Elever i förskoleklass till årskurs 3<br>
<strong>Bemanning:</strong> Två speciallärare på heltid</p>
<h2>Resultat hittills</h2>
<p>Läsåret 2024/25 kunde 92 procent av eleverna i årskurs 1 läsa en enkel text på egen hand vid läsårets slut, jämfört med 78 procent läsåret innan projektet startade.</p>""")}
{contact('<p>Rektor, Steningehöjdens skola<br>Telefon: 08-591 260 00</p>')}''',
        intro='Ett projekt för att alla elever på Steningehöjdens skola ska kunna läsa i slutet av årskurs 1.',
        ctype='satsning', published='2023-08-21', modified='2025-08-18')

    pages[S4] = page(S4, 'Närvaroteam Sigtuna stad', T_L + [('Närvaroteam Sigtuna stad', S4)], f'''<div class="alert alert--info" role="note"><p><strong>Satsningen har avslutats.</strong> Sidan uppdateras inte längre.</p></div>
{rich("""<p>Närvaroteam Sigtuna stad var en social investering som pågick från augusti 2021 till juni 2024 på Tingvallaskolan och Sätunaskolan. Teamet, en socialsekreterare och en skolkurator på heltid, arbetade med elever i årskurs 4–9 som hade hög frånvaro från skolan.</p>
<p>Teamet kontaktade familjen redan efter några dagars frånvaro, gjorde en plan tillsammans med eleven, föräldrarna och mentorn och följde upp den varje vecka. Satsningen fick 1 650 000 kronor ur den sociala investeringsfonden.</p>
<h2>Resultat</h2>
<p>Andelen elever med mer än 15 procents frånvaro minskade från 11 till 6 procent på de två skolorna. Antalet orosanmälningar som gällde skolfrånvaro halverades.</p>
<h2>Efter satsningen</h2>
<p>Sedan augusti 2024 ingår arbetssättet i elevhälsans ordinarie arbete på alla kommunens grundskolor.</p>
<p><a href="/content/download/6120/slutrapport-narvaroteam-sigtuna-stad.pdf">Slutrapport Närvaroteam Sigtuna stad (pdf)</a></p>""")}''',
        intro='Ett team som arbetade med elever med hög frånvaro på två skolor i Sigtuna stad 2021–2024.',
        ctype='satsning', published='2021-09-06', modified='2024-09-02')

    pages[S5] = page(S5, 'Stöd till unga anhöriga', T_L + [('Stöd till unga anhöriga', S5)], f'''{rich("""<p>Stöd till unga anhöriga är en ny satsning för barn och unga som har en förälder eller ett syskon med allvarlig sjukdom, funktionsnedsättning eller missbruk. Många av dem tar ett stort ansvar hemma, och det påverkar skolgången och hälsan.</p>
<p>Barnen och ungdomarna kan träffa en anhörigstödjare enskilt eller i grupp, utan att ansöka och utan att det blir ett ärende hos socialtjänsten. Anhörigstödjarna samarbetar med elevhälsan och med Region Stockholms barn- och ungdomspsykiatri.</p>""")}
<ul class="facts-list" aria-label="Fakta om satsningen">
  <li class="facts-list__item"><span class="facts-list__label">Period</span><span class="facts-list__value">september 2025 – augusti 2027</span></li>
  <li class="facts-list__item"><span class="facts-list__label">Budget</span><span class="facts-list__value">1 500 000 kronor, varav 1 200 000 kronor ur den sociala investeringsfonden och 300 000 kronor från Region Stockholm</span></li>
  <li class="facts-list__item"><span class="facts-list__label">Ansvarig</span><span class="facts-list__value">Socialförvaltningen, individ- och familjeomsorgen</span></li>
  <li class="facts-list__item"><span class="facts-list__label">Samverkan</span><span class="facts-list__value">Anhörigcentrum, elevhälsan, Region Stockholm</span></li>
  <li class="facts-list__item"><span class="facts-list__label">Målgrupp</span><span class="facts-list__value">Barn och unga 8–20 år som är anhöriga</span></li>
</ul>
{contact('<p>Anhörigcentrum<br>Telefon: 08-591 260 00<br><a href="mailto:anhorigcentrum@sigtuna.se">anhorigcentrum@sigtuna.se</a></p>')}''',
        intro='Eget stöd för barn och unga som tar hand om en närstående.', ctype='satsning', published='2025-10-13',
        modified='2025-10-13')

    # ------------------------------------------------------------ other sections (level 1 of the mega menu)
    pages[BU] = page(BU, 'Barn och utbildning', [('Barn och utbildning', BU)], cards([
        ('Förskola', BU + 'forskola/', 'Ansök om plats, regler och avgifter.'),
        ('Grundskola', BU + 'grundskola/', 'Skolval, skolskjuts och läsårstider.'),
        ('Gymnasieskola', BU + 'gymnasieskola/', 'Sigtunaskolan Humanistiska läroverket och andra val.'),
        ('Elevhälsa', BU + 'elevhalsa/', 'Skolsköterska, kurator och psykolog.')]),
        intro='Förskola, skola och elevhälsa i Sigtuna kommun.', ctype='landing_page', modified='2025-01-20')
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], cards([
        ('Barn och familj', BOF, 'Stöd till barn, unga och föräldrar.'),
        ('Äldreomsorg', OS + 'aldreomsorg/', 'Hemtjänst, trygghetslarm och boende.'),
        ('Funktionsnedsättning', OS + 'funktionsnedsattning/', 'Stöd enligt LSS och socialtjänstlagen.'),
        ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/', 'När du inte kan försörja dig själv.')]),
        intro='Stöd och hjälp när du eller någon i din närhet behöver det.', ctype='landing_page', modified='2024-12-09')
    pages[BYGG] = page(BYGG, 'Bygga, bo och miljö', [('Bygga, bo och miljö', BYGG)], cards([
        ('Bygglov', BYGG + 'bygglov/', 'När behöver du bygglov?'),
        ('Avfall och återvinning', BYGG + 'avfall-och-atervinning/', 'Sophämtning och återvinningscentraler.')]),
        intro='Bygglov, avfall, vatten och miljö.', ctype='landing_page', modified='2024-10-01')

    # ------------------------------------------------------------ Arbete och vuxenutbildning › Ungdomslotsen (standing service)
    T_AV = [('Arbete och vuxenutbildning', AV)]
    pages[AV] = page(AV, 'Arbete och vuxenutbildning', T_AV, cards([
        ('Ungdomslotsen', LOTS, 'För dig mellan 16 och 24 år som varken jobbar eller studerar.'),
        ('Vuxenutbildning', AV + 'vuxenutbildning/', 'Läs in grundskolan eller gymnasiet.'),
        ('Feriejobb', AV + 'feriejobb/', 'Sommarjobb för dig som går i gymnasiet.')]),
        intro='Stöd för att komma i arbete eller studier.', ctype='landing_page', modified='2025-01-15')

    pages[LOTS] = page(LOTS, 'Ungdomslotsen', T_AV + [('Ungdomslotsen', LOTS)], rich('''<p>Ungdomslotsen är till för dig som är mellan 16 och 24 år och som varken arbetar eller studerar. Du får en egen lots som hjälper dig att hitta en väg till studier, praktik eller ett jobb. Det kostar ingenting och du bestämmer själv om du vill vara med.</p>
<h2>Så går det till</h2>
<ul>
<li>Du bokar ett första samtal med en lots, på telefon eller på Ungdomslotsens kontor i Märsta centrum.</li>
<li>Tillsammans gör ni en plan som utgår från vad du vill.</li>
<li>Lotsen följer med till Arbetsförmedlingen, vuxenutbildningen eller en arbetsgivare om du vill.</li>
</ul>
<h2>Öppettider</h2>
<p>Drop in måndag och onsdag kl. 13–16, Centrumslingan 12, Märsta. Andra tider efter överenskommelse.</p>
<h2>Bakgrund</h2>
<p>Ungdomslotsen startade 2019 som en av de första satsningarna med pengar ur kommunens sociala investeringsfond. Sedan januari 2022 är Ungdomslotsen en del av arbetsmarknadsenhetens ordinarie verksamhet och finansieras i budgeten.</p>''') + '\n' + contact(
        '<p>Ungdomslotsen<br>Telefon: 08-591 263 40<br>Sms: 076-123 45 67</p>'),
        intro='Stöd för dig som är 16–24 år och varken jobbar eller studerar.', published='2019-03-01', modified='2025-08-25')

    # ------------------------------------------------------------ news (Aktuellt)
    T_A = [('Aktuellt', AKT)]
    pages[AKT] = page(AKT, 'Aktuellt', T_A, news_teasers(NEWS) + '\n<p class="news-list__rss"><a href="/aktuellt/rss/">Prenumerera via RSS</a></p>',
                      intro='Nyheter från Sigtuna kommun.', ctype='news_list', modified='2025-10-14')

    pages[N1] = page(N1, 'Nytt stöd för unga som tar hand om en närstående', T_A + [('Nytt stöd för unga som tar hand om en närstående', N1)], rich('''<p>Ungefär var femte ung tar ett stort ansvar för en förälder eller ett syskon som är sjukt, har en funktionsnedsättning eller ett missbruk. Från i höst kan de få stöd av socialförvaltningens anhörigstödjare.</p>
<p>– Många unga anhöriga berättar inte för någon hur de har det. Vi vill finnas där de finns, i skolan och på fritiden, och erbjuda samtal och gruppträffar utan att det blir ett ärende, säger enhetschefen på Anhörigcentrum.</p>
<p>Stödet är en social investering som pågår i två år med pengar ur kommunens sociala investeringsfond och från Region Stockholm.</p>''') + f'''
<div class="ezembed related-content">
  <h2 class="related-content__heading">Relaterat innehåll</h2>
  <ul class="related-content__list">
    <li><a href="{S5}">Stöd till unga anhöriga</a></li>
    <li><a href="https://www.1177.se/Stockholm/liv--halsa/psykisk-halsa/nar-nagon-i-familjen-ar-sjuk/">När någon i familjen är sjuk (1177)</a></li>
  </ul>
</div>''', intro=NEWS[0][4], ctype='news', og_type='article', published='2025-10-14', modified='2025-10-14')

    pages[N2] = page(N2, 'Nu kan förvaltningarna söka medel ur den sociala investeringsfonden', T_A + [('Nu kan förvaltningarna söka medel ur den sociala investeringsfonden', N2)], rich(f'''<p>Förvaltningar och kommunala bolag kan nu söka pengar ur den sociala investeringsfonden för satsningar som startar 2026. Sista dag att ansöka är den 1 november.</p>
<p>I fonden finns 4 600 000 kronor att fördela. Den här gången prioriteras ansökningar som gäller goda uppväxtvillkor och arbete för unga vuxna, två av målområdena i Program för social hållbarhet.</p>
<p>Kommunstyrelsens arbetsutskott beslutar om ansökningarna i januari 2026.</p>
<p>Läs mer under <a href="{SOK}">Så ansöker ni</a> och <a href="{REGLER}">Regler för fonden</a>.</p>'''),
        intro=NEWS[2][4], ctype='news', og_type='article', published='2025-09-22', modified='2025-09-22')

    pages[N3] = page(N3, 'Höstlovet i Sigtuna kommun', T_A + [('Höstlovet i Sigtuna kommun', N3)], rich(f'''<p>Under höstlovet, vecka 44, ordnar fritidsgårdarna, biblioteken och idrottsföreningarna aktiviteter för barn och unga. Alla aktiviteter är gratis.</p>
<p>Se hela programmet under <a href="{EVS}">Evenemang</a>.</p>'''), intro=NEWS[1][4], ctype='news', og_type='article',
        published='2025-10-02', modified='2025-10-02')

    pages[N4] = page(N4, 'Ny gång- och cykelbro i Märsta centrum', T_A + [('Ny gång- och cykelbro i Märsta centrum', N4)], rich('''<p>Den nya bron över Märstaån binder ihop Märsta centrum med Valsta. Bron är 48 meter lång och har belysning som tänds när någon närmar sig.</p>
<p>Arbetet har pågått sedan mars och har kostat 18 miljoner kronor.</p>'''), intro=NEWS[3][4], ctype='news', og_type='article',
        published='2025-09-03', modified='2025-09-03')

    # ------------------------------------------------------------ Uppleva och göra › Evenemang
    T_UG = [('Uppleva och göra', UG)]
    pages[UG] = page(UG, 'Uppleva och göra', T_UG, cards([
        ('Evenemang', EVS, 'Vad händer i Sigtuna kommun?'),
        ('Bibliotek', UG + 'bibliotek/', 'Fem bibliotek i kommunen.'),
        ('Fritidsgårdar', UG + 'fritidsgardar/', 'Mötesplatser för unga.'),
        ('Idrott och motion', UG + 'idrott-och-motion/', 'Hallar, spår och badplatser.')]),
        intro='Kultur, fritid och natur i Sigtuna kommun.', ctype='landing_page', modified='2025-03-03')

    pages[EVS] = page(EVS, 'Evenemang', T_UG + [('Evenemang', EVS)], f'''<ul class="event-list">
<li class="event-list__item"><article class="event-teaser">
  <p class="event-teaser__date"><time datetime="2025-11-20">20 nov</time></p>
  <h3 class="event-teaser__title"><a href="{EV}">Frukostseminarium: Vad lönar sig?</a></h3>
  <p>Om sociala investeringar för chefer och politiker.</p>
</article></li>
<li class="event-list__item"><article class="event-teaser">
  <p class="event-teaser__date"><time datetime="2025-11-29">29 nov</time></p>
  <h3 class="event-teaser__title">Julmarknad i Sigtuna stad</h3>
  <p>Stora gatan och Stora torget kl. 11–16.</p>
</article></li>
</ul>
<p class="event-calendar-links"><a href="{KAL}" rel="nofollow">Visa kalendern</a> · <a href="{KAL}?datum=2025-11-20" rel="nofollow">20 november</a> · <a href="{KAL}?datum=2025-11-29" rel="nofollow">29 november</a></p>''',
        intro='Evenemang i Sigtuna kommun.', ctype='event_list', modified='2025-10-20')

    pages[EV] = page(EV, 'Frukostseminarium: Vad lönar sig?', T_UG + [('Evenemang', EVS), ('Frukostseminarium: Vad lönar sig?', EV)], rich('''<p>Hur vet vi att en förebyggande satsning lönar sig? På seminariet berättar en forskare i nationalekonomi om hur man räknar på sociala investeringar, och två förvaltningar berättar om sina erfarenheter av kommunens sociala investeringsfond.</p>
<h2>Praktisk information</h2>
<ul class="event-facts">
<li><strong>Datum:</strong> torsdag 20 november 2025</li>
<li><strong>Tid:</strong> kl. 7.45–9.30, frukost från kl. 7.30</li>
<li><strong>Plats:</strong> Kulturhuset Märsta, salongen</li>
<li><strong>Kostnad:</strong> Kostnadsfritt</li>
<li><strong>Anmälan:</strong> senast 13 november till socialinvestering@sigtuna.se</li>
<li><strong>Arrangör:</strong> Stadsledningskontoret</li>
</ul>'''), intro='Ett seminarium om sociala investeringar för chefer, medarbetare och förtroendevalda.', ctype='event',
        published='2025-10-20', modified='2025-10-20')

    # ------------------------------------------------------------ jobs
    T_J = [('Jobba hos oss', JOBS)]
    pages[JOBS] = page(JOBS, 'Jobba hos oss', T_J, f'''{rich('<p>Sigtuna kommun har drygt 4 000 medarbetare. Här ser du några av våra lediga jobb. Alla lediga jobb finns på <a href="https://sigtuna.varbi.com/">sigtuna.varbi.com</a>.</p>')}
<ul class="job-list"><li><a href="{JOB}">Utvecklingsledare social hållbarhet</a> – Stadsledningskontoret · Sista ansökningsdag 30 november 2025</li></ul>''',
        intro='Lediga jobb och hur det är att arbeta i Sigtuna kommun.', modified='2025-10-28')

    pages[JOB] = page(JOB, 'Utvecklingsledare social hållbarhet', T_J + [('Utvecklingsledare social hållbarhet', JOB)], rich('''<p>Vill du vara med och utveckla kommunens arbete med sociala investeringar? Stadsledningskontoret söker en utvecklingsledare som ska samordna den sociala investeringsfonden och stötta förvaltningarna i satsningar som Brobyggare i Märsta och Läsa för livet.</p>
<h2>Om tjänsten</h2>
<p>Du bereder ansökningar till fonden, följer upp pågående satsningar och tar fram kommunens årliga uppföljning. Du arbetar nära förvaltningarna och rapporterar till kommunstyrelsens arbetsutskott.</p>
<h2>Kvalifikationer</h2>
<p>Du har en akademisk utbildning inom samhällsvetenskap, ekonomi eller folkhälsa och erfarenhet av uppföljning och analys.</p>
<ul class="job-facts">
<li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
<li><strong>Omfattning:</strong> Heltid</li>
<li><strong>Tillträde:</strong> Enligt överenskommelse</li>
<li><strong>Sista ansökningsdag:</strong> 30 november 2025</li>
<li><strong>Referensnummer:</strong> SLK 2025/214</li>
</ul>
<p><a href="https://sigtuna.varbi.com/se/what:job/jobID:845210/">Ansök via Varbi</a></p>'''),
        intro='Stadsledningskontoret söker en utvecklingsledare till arbetet med social hållbarhet.', ctype='job',
        published='2025-10-28', modified='2025-10-28')

    # ------------------------------------------------------------ furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], rich('''<p>Kontaktcenter svarar på frågor om kommunens verksamheter.</p>
<ul><li>Telefon: 08-591 260 00, vardagar kl. 8–16.30</li><li>E-post: sigtuna.kommun@sigtuna.se</li><li>Besök: Södergatan 20, Märsta</li></ul>'''),
        intro='Så når du Sigtuna kommun.', modified='2025-01-07')
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', '/om-webbplatsen/'), ('Kakor', KAKOR)], rich('''<p>En kaka (cookie) är en liten textfil som sparas i din webbläsare.</p>
<table class="table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
<tbody><tr><td>eZSESSID</td><td>Håller reda på din session</td><td>Sessionen</td></tr>
<tr><td>cookie_consent</td><td>Sparar ditt val om kakor</td><td>12 månader</td></tr>
<tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr></tbody></table>'''),
        intro='Så använder vi kakor på sigtuna.se.', modified='2024-05-02')
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', '/om-webbplatsen/'), ('Tillgänglighetsredogörelse', TILLG)], rich('''<p>Sigtuna kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2>Kända brister</h2><ul><li>Vissa pdf-dokument är inte tillgängliga.</li><li>Filtreringen av satsningar kräver JavaScript; en lista utan filter finns på samma sida.</li></ul>'''),
        intro='Hur tillgänglig är sigtuna.se?', modified='2025-02-11')

    for p, t in pages.items():
        write(H, p, t)

    # ------------------------------------------------------------ sitemaps (an index; the pages file generated in June 2025)
    sm = ['/', BU, OS, BYGG, DP, SH, PROG, FUND, SOK, REGLER, UPP, LIST, S1, S2, S3, S4, AV, LOTS, UG, EVS, EV, JOBS, JOB, AKT, N3, N4, N2,
          KONTAKT, KAKOR, TILLG]
    rows = ''.join(f'<url><loc>https://{H}{p}</loc><lastmod>2025-06-02T04:00:00+02:00</lastmod><changefreq>weekly</changefreq></url>\n'
                   for p in sm if p not in (N2, N3, N4))
    write(H, '/sitemap-sv-1.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + rows + '</urlset>\n')
    rows = ''.join(f'<url><loc>https://{H}{p}</loc><lastmod>2025-10-02T04:00:00+02:00</lastmod></url>\n' for p in (AKT, N3, N4, N2))
    write(H, '/sitemap-sv-nyheter.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + rows + '</urlset>\n')
    write(H, '/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://{H}/sitemap-sv-1.xml</loc><lastmod>2025-06-02T04:00:00+02:00</lastmod></sitemap>
<sitemap><loc>https://{H}/sitemap-sv-nyheter.xml</loc><lastmod>2025-10-02T04:00:00+02:00</lastmod></sitemap>
</sitemapindex>
''')
    write(H, '/robots.txt', f'''# www.sigtuna.se
User-agent: *
Disallow: /admin/
Disallow: /login
Disallow: /api/
Disallow: /sok/
Disallow: /_fragment
Disallow: /uppleva-och-gora/evenemang/kalender/
Disallow: /*?omrade=
Disallow: /*?status=
Disallow: /*&status=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, sm


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemaps')
