"""Fyrbodals kommunalförbund (the fourteen municipalities of Fyrbodal: Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud,
Munkedal, Orust, Sotenäs, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg, Åmål) on October CMS 3 (Laravel) –
generator for heldout_sites24.

October CMS with a custom theme 'fyrbodal' (/themes/fyrbodal/assets/…, combined assets under /combine/<hash>-<ts>, the
AJAX framework /modules/system/assets/js/framework.combined-min.js, a csrf-token meta, data-request attributes; media under
/storage/app/media/…, not saved). The theme writes every page address with a trailing slash (saved as index.html). A
custom plugin 'Fyrbodal.Projektbank' publishes the förbund's Projektbank under /projektbank/<id>-<slug>/ with numeric ids:
all kinds of projects (social sustainability, but also charging infrastructure and skills), paginated /projektbank/,
/projektbank/sida/2/, /projektbank/sida/3/, six items a page, newest id first, with a 'Visa fler' AJAX button, numbered
pager links and <link rel=next/prev>. Some old ids now only show 'Projektet har avslutats' (still projects), some are
placeholders 'Sidan finns inte längre' (soft 404s, HTTP 200). The plugin does not register its items in RainLab.Sitemap:
/sitemap.xml lists the static pages and the three list pages only.
"""
from make_common import write, hexid, numid, esc

H = 'www.fyrbodal.se'

PB = '/projektbank/'
PB2 = PB + 'sida/2/'
PB3 = PB + 'sida/3/'
F1 = PB + '1312-unga-vuxna-pa-vag-orust/'
N1 = PB + '1309-laddinfrastruktur-i-dalsland/'           # not social: no people, only charging points
F2 = PB + '1301-foraldraskap-i-dalsland/'
F3 = PB + '1284-skolnarvaro-norra-bohuslan/'
X1 = PB + '1263-motesplats-for-unga-i-lysekil/'          # placeholder 'Sidan finns inte längre'
F4 = PB + '1251-seniorkraft-sotenas/'                     # old page: 'Projektet har avslutats'
F5 = PB + '1198-fritidsledare-i-skolan-munkedal/'         # old page: 'Projektet har avslutats'
X2 = PB + '1187-familjecentral-fargelanda/'              # placeholder 'Sidan finns inte längre'

VO = '/verksamhetsomraden/'
SOC = VO + 'social-hallbarhet/'
REGLER = SOC + 'regler-for-medel-till-social-hallbarhet/'
LAGE = SOC + 'lagesrapport-social-hallbarhet-2024/'
UTL = '/utlysningar/'
CALL = UTL + 'medel-for-social-hallbarhet-2026/'
SOKNI = UTL + 'sa-soker-ni/'
AKT = '/aktuellt/'
A1 = AKT + 'direktionen-beviljade-medel-till-tre-nya-projekt/'
A2 = AKT + 'nu-oppnar-utlysningen-av-medel-for-social-hallbarhet-2026/'
A3 = AKT + 'ny-rapport-om-kompetensforsorjningen-i-fyrbodal/'
EVS = '/evenemang/'
EV = EVS + 'natverkstraff-social-hallbarhet-4-december/'
KAL = '/kalender/'
OM = '/om-oss/'
JOBS = OM + 'lediga-jobb/'
JOB = JOBS + 'processledare-social-hallbarhet/'
KONTAKT = '/kontakt/'
KAKOR = '/om-webbplatsen/kakor/'
TILLG = '/om-webbplatsen/tillganglighet/'

SEARCH = '/sok/'
PBSEARCH = PB + 'sok/'
BACKEND = '/backend/'
PRINT = '?utskrift=1'

COMBINE = '/combine/7d1f0a9b3c5e2d4f6a8b0c1d2e3f4a5b-1730812234'

MENU = [
    ('Om oss', OM, [('Om förbundet', OM), ('Medlemskommuner', OM + 'medlemskommuner/'), ('Direktion och beredningar', OM + 'direktion-och-beredningar/'),
                    ('Lediga jobb', JOBS)]),
    ('Verksamhetsområden', VO, [('Social hållbarhet', SOC), ('Utbildning och kompetens', VO + 'utbildning-och-kompetens/'),
                                ('Näringsliv och tillväxt', VO + 'naringsliv-och-tillvaxt/'), ('Digitalisering', VO + 'digitalisering/')]),
    ('Projektbank', PB, []),
    ('Utlysningar', UTL, []),
    ('Aktuellt', AKT, [('Nyheter', AKT), ('Evenemang', EVS)]),
    ('Kontakt', KONTAKT, []),
]

OMRADEN = {'social': ('Social hållbarhet', 'social-hallbarhet'), 'kompetens': ('Kompetensförsörjning', 'kompetensforsorjning'),
           'infra': ('Infrastruktur', 'infrastruktur'), 'naring': ('Näringsliv', 'naringsliv'),
           'digital': ('Digitalisering', 'digitalisering')}

# the Projektbank, newest id first: (id, name, href or None, external href or None, område, kommuner, period, status)
ITEMS = [
    (1312, 'Unga vuxna på väg – Orust', F1, None, 'social', 'Orust', '2025–2027', 'Pågående'),
    (1309, 'Laddinfrastruktur i Dalsland', N1, None, 'infra', 'Bengtsfors, Dals-Ed, Färgelanda, Mellerud, Åmål', '2025–2026', 'Pågående'),
    (1306, 'Kompetenslyft inom äldreomsorgen', None, 'https://www.trollhattan.se/kompetenslyft-aldreomsorg/', 'kompetens', 'Trollhättan, Vänersborg', '2024–2026', 'Pågående'),
    (1301, 'Föräldraskap i Dalsland', F2, None, 'social', 'Bengtsfors, Dals-Ed, Färgelanda, Mellerud, Åmål', '2024–2027', 'Pågående'),
    (1297, 'Besöksnäring Bohuslän 2030', None, None, 'naring', 'Lysekil, Sotenäs, Strömstad, Tanum', '2024–2026', 'Pågående'),
    (1290, 'Digital kompetens för förtroendevalda', None, None, 'digital', 'Alla medlemskommuner', '2024–2025', 'Pågående'),
    (1284, 'Skolnärvaro norra Bohuslän', F3, None, 'social', 'Strömstad, Tanum', '2024–2026', 'Pågående'),
    (1276, 'Lärcentrum Dalsland', None, 'https://www.amal.se/larcentrum/', 'kompetens', 'Åmål, Mellerud, Bengtsfors', '2023–2025', 'Pågående'),
    (1263, 'Mötesplats för unga i Lysekil', X1, None, 'social', 'Lysekil', '2021–2023', 'Avslutat'),
    (1251, 'Seniorkraft Sotenäs', F4, None, 'social', 'Sotenäs', '2021–2023', 'Avslutat'),
    (1240, 'Gemensam e-arkivlösning', None, None, 'digital', 'Alla medlemskommuner', '2021–2023', 'Avslutat'),
    (1232, 'Företagslots Fyrbodal', None, None, 'naring', 'Alla medlemskommuner', '2020–2022', 'Avslutat'),
    (1198, 'Fritidsledare i skolan – Munkedal', F5, None, 'social', 'Munkedal', '2019–2022', 'Avslutat'),
    (1187, 'Familjecentral Färgelanda', X2, None, 'social', 'Färgelanda', '2019–2021', 'Avslutat'),
    (1174, 'Cykelled Bohusleden', None, None, 'infra', 'Uddevalla, Munkedal, Tanum', '2019–2021', 'Avslutat'),
    (1166, 'Yrkesvux i samverkan', None, 'https://www.uddevalla.se/yrkesvux/', 'kompetens', 'Uddevalla, Lysekil, Munkedal', '2018–2020', 'Avslutat'),
]
PAGES = [(PB, ITEMS[0:6]), (PB2, ITEMS[6:12]), (PB3, ITEMS[12:16])]


def header(active):
    lis = []
    for i, (name, href, subs) in enumerate(MENU):
        act = ' active' if href == active else ''
        if subs:
            sub = ''.join(f'<li><a class="dropdown-item" href="{h}">{n}</a></li>' for n, h in subs)
            lis.append(f'''<li class="nav-item dropdown{act}">
          <a class="nav-link" href="{href}">{name}</a>
          <button class="dropdown-toggle" type="button" aria-expanded="false" aria-controls="dd-{i}"><span class="visually-hidden">Undermeny</span></button>
          <ul class="dropdown-menu" id="dd-{i}">{sub}</ul>
        </li>''')
        else:
            lis.append(f'<li class="nav-item{act}"><a class="nav-link" href="{href}">{name}</a></li>')
    return f'''<header class="site-header">
  <div class="container site-header__top">
    <a class="brand" href="/"><img src="/themes/fyrbodal/assets/images/fyrbodal-logo.svg" alt="Fyrbodals kommunalförbund" width="220" height="48"></a>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label for="sok-q" class="visually-hidden">Sök</label>
      <input id="sok-q" type="search" name="q" placeholder="Sök på webbplatsen">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="navbar" aria-label="Huvudmeny">
    <div class="container"><ul class="navbar-nav">{''.join(lis)}</ul></div>
  </nav>
</header>'''


def footer():
    return f'''<footer class="site-footer">
  <div class="container site-footer__grid">
    <div>
      <h2 class="h5">Fyrbodals kommunalförbund</h2>
      <p>Box 305, 451 18 Uddevalla<br>Besöksadress: Östergatan 4, Uddevalla<br>Telefon: 0522-44 08 20<br><a href="mailto:info@fyrbodal.se">info@fyrbodal.se</a></p>
    </div>
    <div>
      <h2 class="h5">Snabblänkar</h2>
      <ul><li><a href="{PB}">Projektbank</a></li><li><a href="{UTL}">Utlysningar</a></li><li><a href="{JOBS}">Lediga jobb</a></li><li><a href="{KONTAKT}">Kontakt</a></li></ul>
    </div>
    <div>
      <h2 class="h5">Om webbplatsen</h2>
      <ul><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighet</a></li><li><a href="{BACKEND}" rel="nofollow">Logga in</a></li></ul>
    </div>
  </div>
  <p class="container site-footer__small">Fyrbodals kommunalförbund är en samverkansorganisation för 14 kommuner i Bohuslän och Dalsland.</p>
</footer>'''


def crumbs(trail):
    lis = '<li class="breadcrumb-item"><a href="/">Start</a></li>'
    for n, h in trail[:-1]:
        lis += f'<li class="breadcrumb-item"><a href="{h}">{n}</a></li>'
    lis += f'<li class="breadcrumb-item active" aria-current="page">{trail[-1][0]}</li>'
    return f'<nav aria-label="Brödsmulor" class="container"><ol class="breadcrumb">{lis}</ol></nav>'


def page(path, title, trail, body, lead='', modified='2025-09-01', side='', extra_head='', robots='', tools=True,
         page_class='page'):
    root = trail[0][1] if trail else None
    bc = crumbs(trail) if trail else ''
    ld = f'<p class="lead">{lead}</p>' if lead else ''
    tl = ''
    if tools and path != '/':
        tl = f'''<div class="page-tools"><a href="{path}{PRINT}" rel="nofollow" class="page-tools__print">Skriv ut</a>
  <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://{H}{path}" class="page-tools__share" rel="nofollow noopener">Dela på LinkedIn</a></div>'''
    rob = f'\n<meta name="robots" content="{robots}">' if robots else ''
    if side:
        layout = f'''<div class="row">
  <main id="content" class="col-lg-8">
    <h1>{title}</h1>
    {ld}
{body}
    <p class="page-updated">Senast uppdaterad: {modified}</p>
    {tl}
  </main>
  <aside class="col-lg-4 sidebar">
{side}
  </aside>
</div>'''
    else:
        layout = f'''<main id="content">
  <h1>{title}</h1>
  {ld}
{body}
  <p class="page-updated">Senast uppdaterad: {modified}</p>
  {tl}
</main>'''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{hexid('csrf' + path, 40)}">
<title>{esc(title)} | Fyrbodals kommunalförbund</title>
<meta name="description" content="{esc(lead or title)}">{rob}
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<link href="{COMBINE}.css" rel="stylesheet">{extra_head}
</head>
<body class="{page_class}">
<a href="#content" class="skip-link">Till innehållet</a>
<div id="cookie-notice" class="cookie-notice" hidden><p>Vi använder kakor för statistik. <a href="{KAKOR}">Läs mer</a></p><button type="button" data-request="onAcceptCookies">Jag förstår</button></div>
{header(root)}
{bc}
<div class="container page-body">
{layout}
</div>
{footer()}
<script src="/themes/fyrbodal/assets/vendor/jquery.min.js"></script>
<script src="/modules/system/assets/js/framework.combined-min.js"></script>
<script src="{COMBINE}.js"></script>
</body>
</html>
'''


def list_item(it):
    i, name, href, ext, omr, kommuner, period, status = it
    oname, oslug = OMRADEN[omr]
    badge = 'bg-success' if status == 'Pågående' else 'bg-secondary'
    if href:
        title = f'<a href="{href}">{name}</a>'
        more = f'<a class="projekt-kort__more" href="{href}" aria-label="Läs mer om {esc(name)}">Läs mer</a>'
    elif ext:
        title = name
        more = f'<a class="projekt-kort__more projekt-kort__more--extern" href="{ext}">Projektets webbplats</a>'
    else:
        title = name
        more = '<span class="projekt-kort__nolink">Ingen projektsida</span>'
    return f'''<li class="projekt-kort" data-projekt-id="{i}">
  <p class="projekt-kort__id">Projekt-id {i}</p>
  <h2 class="projekt-kort__title h4">{title}</h2>
  <p class="projekt-kort__meta"><span class="badge {badge}">{status}</span> <span class="projekt-kort__omrade">{oname}</span> · {kommuner} · {period}</p>
  {more}
</li>'''


def filter_side(base):
    chips = ''.join(f'<li><a href="?omrade={slug}">{n}</a></li>' for n, slug in OMRADEN.values())
    return f'''<div class="filter-box">
  <h2 class="h5">Filtrera projekt</h2>
  <form action="{base}" method="get" class="filter-form">
    <label for="f-omrade">Område</label>
    <select id="f-omrade" name="omrade"><option value="">Alla områden</option>{''.join(f'<option value="{s}">{n}</option>' for n, s in OMRADEN.values())}</select>
    <label for="f-kommun">Kommun</label>
    <select id="f-kommun" name="kommun"><option value="">Alla kommuner</option><option value="orust">Orust</option><option value="munkedal">Munkedal</option><option value="sotenas">Sotenäs</option><option value="tanum">Tanum</option></select>
    <button type="submit" class="btn btn-outline-primary">Filtrera</button>
  </form>
  <h3 class="h6">Område</h3>
  <ul class="filter-links">{chips}</ul>
  <h3 class="h6">Status</h3>
  <ul class="filter-links"><li><a href="?status=pagaende">Pågående</a></li><li><a href="?status=avslutat">Avslutade</a></li></ul>
  <p class="filter-box__search"><a href="{PBSEARCH}" rel="nofollow">Sök i projektbanken</a></p>
</div>'''


def list_page(n, path, items):
    prev_p = PAGES[n - 2][0] if n > 1 else None
    next_p = PAGES[n][0] if n < len(PAGES) else None
    head = ''
    if prev_p:
        head += f'\n<link rel="prev" href="https://{H}{prev_p}">'
    if next_p:
        head += f'\n<link rel="next" href="https://{H}{next_p}">'
    pager = '<nav aria-label="Sidnumrering"><ul class="pagination">'
    pager += (f'<li class="page-item"><a class="page-link" href="{prev_p}">Föregående</a></li>' if prev_p
              else '<li class="page-item disabled"><span class="page-link">Föregående</span></li>')
    for k, (pp, _) in enumerate(PAGES, 1):
        if k == n:
            pager += f'<li class="page-item active" aria-current="page"><span class="page-link">{k}</span></li>'
        else:
            pager += f'<li class="page-item"><a class="page-link" href="{pp}">{k}</a></li>'
    pager += (f'<li class="page-item"><a class="page-link" href="{next_p}">Nästa</a></li>' if next_p
              else '<li class="page-item disabled"><span class="page-link">Nästa</span></li>')
    pager += '</ul></nav>'
    more = ''
    if next_p:
        more = f'''<div class="text-center"><button type="button" class="btn btn-primary" data-request="projektLista::onLoadMore" data-request-data="sida: {n + 1}" data-request-update="'projektLista::items': '@#projekt-lista'">Visa fler projekt</button></div>'''
    title = 'Projektbank' if n == 1 else f'Projektbank – sida {n}'
    body = f'''<p>I projektbanken finns projekt som Fyrbodals kommunalförbund driver eller har finansierat, tillsammans med medlemskommunerna. Projekten är sorterade med de senaste först. Äldre projekt kan sakna projektsida.</p>
<p class="projekt-antal">Visar {sum(len(x) for _, x in PAGES[:n - 1]) + 1}–{sum(len(x) for _, x in PAGES[:n])} av {len(ITEMS)} projekt</p>
<ul class="projekt-lista list-unstyled" id="projekt-lista">
{''.join(list_item(it) for it in items)}
</ul>
{more}
{pager}'''
    return page(path, title, [('Projektbank', PB)] if n == 1 else [('Projektbank', PB), (f'Sida {n}', path)], body,
                lead='Projekt inom social hållbarhet, kompetensförsörjning, näringsliv och infrastruktur i Fyrbodal.' if n == 1 else '',
                side=filter_side(path), extra_head=head, modified='2025-10-21', tools=False, page_class='page page--projektbank')


def projekt_side(facts):
    rows = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in facts)
    return f'''<div class="projekt-fakta card">
  <div class="card-body">
    <h2 class="h5">Projektfakta</h2>
    <dl class="projekt-fakta__list">{rows}</dl>
  </div>
</div>
<p><a href="{PB}">Tillbaka till projektbanken</a></p>'''


def build():
    pages = {}

    # ------------------------------------------------------------ start
    pages['/'] = page('/', 'Fyrbodals kommunalförbund', [], f'''<section class="puffar">
  <div class="row">
    <div class="col-md-4"><a class="puff" href="{PB}"><h2 class="h4">Projektbank</h2><p>Sök bland projekt i Fyrbodal.</p></a></div>
    <div class="col-md-4"><a class="puff" href="{SOC}"><h2 class="h4">Social hållbarhet</h2><p>Samverkan för jämlika livsvillkor.</p></a></div>
    <div class="col-md-4"><a class="puff" href="{UTL}"><h2 class="h4">Utlysningar</h2><p>Aktuella utlysningar av medel.</p></a></div>
  </div>
</section>
<section class="nyheter">
  <h2>Aktuellt</h2>
  <ul class="list-unstyled nyhetslista">
    <li><time datetime="2025-10-21">21 oktober 2025</time> <a href="{A1}">Direktionen beviljade medel till tre nya projekt</a></li>
    <li><time datetime="2025-09-30">30 september 2025</time> <a href="{A2}">Nu öppnar utlysningen av medel för social hållbarhet 2026</a></li>
    <li><time datetime="2025-09-12">12 september 2025</time> <a href="{A3}">Ny rapport om kompetensförsörjningen i Fyrbodal</a></li>
  </ul>
  <p><a href="{AKT}">Alla nyheter</a></p>
</section>
<p class="snabbsok">Vanliga sökningar: <a href="{SEARCH}?q=utlysning">utlysning</a>, <a href="{SEARCH}?q=delregionala+utvecklingsmedel">delregionala utvecklingsmedel</a></p>''',
        lead='Vi samverkar för hållbar utveckling i 14 kommuner i Bohuslän och Dalsland.', modified='2025-10-21')

    # ------------------------------------------------------------ om oss, verksamhetsområden
    pages[OM] = page(OM, 'Om förbundet', [('Om oss', OM)], f'''<p>Fyrbodals kommunalförbund bildades 2005 och är en samverkansorganisation för Bengtsfors, Dals-Ed, Färgelanda, Lysekil, Mellerud, Munkedal, Orust, Sotenäs, Strömstad, Tanum, Trollhättan, Uddevalla, Vänersborg och Åmål.</p>
<p>Förbundet leds av en direktion med kommunstyrelsernas ordförande. Kansliet finns i Uddevalla och har ett trettiotal medarbetare.</p>
<h2>Finansiering</h2>
<p>Medlemskommunerna betalar en avgift per invånare. Förbundet fördelar också delregionala utvecklingsmedel från Västra Götalandsregionen.</p>
<p><a href="{JOBS}">Lediga jobb hos förbundet</a></p>''', lead='Samverkan för 14 kommuner.', modified='2025-02-14')

    pages[VO] = page(VO, 'Verksamhetsområden', [('Verksamhetsområden', VO)], f'''<ul class="list-unstyled">
<li><a href="{SOC}">Social hållbarhet</a> – folkhälsa, barn och unga, välfärd</li>
<li><a href="{VO}utbildning-och-kompetens/">Utbildning och kompetens</a> – kompetensförsörjning och vuxenutbildning</li>
<li><a href="{VO}naringsliv-och-tillvaxt/">Näringsliv och tillväxt</a> – företagsklimat och besöksnäring</li>
<li><a href="{VO}digitalisering/">Digitalisering</a> – gemensamma digitala lösningar</li>
</ul>''', lead='Förbundets fyra verksamhetsområden.', modified='2024-11-11')

    pages[SOC] = page(SOC, 'Social hållbarhet', [('Verksamhetsområden', VO), ('Social hållbarhet', SOC)], f'''<p>Inom social hållbarhet samordnar förbundet nätverk för medlemskommunernas socialchefer, folkhälsostrateger och elevhälsochefer. Vi driver också gemensamma utvecklingsarbeten och fördelar medel för social hållbarhet.</p>
<h2>Medel för social hållbarhet</h2>
<p>Varje år avsätter direktionen en del av de delregionala utvecklingsmedlen från Västra Götalandsregionen till förebyggande projekt för barn, unga och vuxna i medlemskommunerna. Kommunerna kan söka för projekt som pågår i högst tre år. Projekten finns i <a href="{PB}">projektbanken</a> under området Social hållbarhet.</p>
<ul>
<li><a href="{REGLER}">Regler för medel till social hållbarhet</a></li>
<li><a href="{CALL}">Utlysning: Medel för social hållbarhet 2026</a></li>
<li><a href="{LAGE}">Lägesrapport social hållbarhet 2024</a></li>
<li><a href="{PB}?omrade=social-hallbarhet">Projekt inom social hållbarhet</a></li>
</ul>
<h2>Nätverk</h2>
<p>Socialchefsnätverket, folkhälsonätverket och nätverket för elevhälsa träffas fyra gånger per år. Kontakta processledaren om du vill veta mer.</p>''',
        lead='Samverkan för jämlika livsvillkor i Fyrbodal.', modified='2025-09-30')

    pages[REGLER] = page(REGLER, 'Regler för medel till social hållbarhet', [('Verksamhetsområden', VO), ('Social hållbarhet', SOC), ('Regler för medlen', REGLER)], '''<p>Reglerna beslutades av direktionen den 8 februari 2024 och gäller från utlysningen 2025.</p>
<ol>
<li>Medlen kan sökas av en eller flera av förbundets medlemskommuner. En ideell organisation eller ett samordningsförbund kan vara samverkanspart.</li>
<li>Projektet ska vara förebyggande och rikta sig till barn, unga eller vuxna i en utsatt situation.</li>
<li>Ett projekt kan beviljas högst 1 200 000 kronor per år och pågå i högst tre år.</li>
<li>Kommunen ska själv stå för minst 25 procent av kostnaden, i pengar eller arbetstid.</li>
<li>Projektet ska rapportera till förbundet varje år och lämna en slutrapport senast tre månader efter att det har avslutats.</li>
<li>Medlen får inte användas till investeringar eller till verksamhet som redan finns.</li>
</ol>''', lead='Vad medlen får användas till och vilka krav som gäller.', modified='2024-02-12')

    pages[LAGE] = page(LAGE, 'Lägesrapport social hållbarhet 2024', [('Verksamhetsområden', VO), ('Social hållbarhet', SOC), ('Lägesrapport 2024', LAGE)], '''<p>Lägesrapporten sammanfattar förbundets arbete med social hållbarhet under 2024 och redovisades för direktionen i mars 2025.</p>
<h2>Sammanfattning</h2>
<p>Under 2024 pågick sju projekt med medel för social hållbarhet i nio medlemskommuner. Sammanlagt betalades 4 950 000 kronor ut. Två projekt avslutades och tre nya beviljades.</p>
<table class="table">
<caption>Medel för social hållbarhet 2022–2024, kronor</caption>
<thead><tr><th>År</th><th>Beviljat</th><th>Utbetalt</th><th>Antal projekt</th></tr></thead>
<tbody>
<tr><td>2022</td><td>3 600 000</td><td>3 100 000</td><td>5</td></tr>
<tr><td>2023</td><td>4 200 000</td><td>3 900 000</td><td>6</td></tr>
<tr><td>2024</td><td>5 400 000</td><td>4 950 000</td><td>7</td></tr>
</tbody>
</table>
<h2>Lärdomar</h2>
<p>Projekten som drivs av flera kommuner tillsammans har haft svårare att komma i gång, men har oftare blivit kvar efter projekttiden. Förbundet föreslår att stödet till projektledarna stärks.</p>
<p><a href="/storage/app/media/rapporter/lagesrapport-social-hallbarhet-2024.pdf">Lägesrapport social hållbarhet 2024 (pdf)</a></p>''',
        lead='Så gick arbetet med social hållbarhet under 2024.', modified='2025-03-20')

    # ------------------------------------------------------------ projektbank list pages
    for n, (p, items) in enumerate(PAGES, 1):
        pages[p] = list_page(n, p, items)

    # ------------------------------------------------------------ project pages
    T_PB = [('Projektbank', PB)]
    pages[F1] = page(F1, 'Unga vuxna på väg – Orust', T_PB + [('Unga vuxna på väg – Orust', F1)], '''<p class="projekt-id">Projekt-id 1312 · Social hållbarhet</p>
<p>Unga vuxna på väg är ett projekt för unga mellan 18 och 29 år på Orust som varken arbetar eller studerar. Många av dem har inte gått ut gymnasiet och en del har psykisk ohälsa. Två coacher från arbetsmarknadsenheten träffar deltagarna individuellt och i grupp, och hjälper dem vidare till studier, praktik eller arbete.</p>
<p>Syftet med projektet är att fler unga vuxna på Orust ska bli självförsörjande och att färre ska behöva ekonomiskt bistånd.</p>
<h2>Så arbetar projektet</h2>
<ul>
<li>Uppsökande arbete tillsammans med socialtjänsten och det kommunala aktivitetsansvaret.</li>
<li>Praktikplatser hos företag på ön, med handledare.</li>
<li>Samtalsstöd i samarbete med vårdcentralen.</li>
</ul>''', lead='Coachning till arbete eller studier för unga vuxna på Orust.', modified='2025-04-02',
        side=projekt_side([('Projektägare', 'Orust kommun, arbetsmarknadsenheten'), ('Samverkanspartner', 'Arbetsförmedlingen, Samordningsförbundet Väst'),
                           ('Projektperiod', '1 mars 2025 – 28 februari 2027'),
                           ('Budget', '2 800 000 kronor, varav 2 100 000 kronor i medel för social hållbarhet från Fyrbodals kommunalförbund och 700 000 kronor från Orust kommun'),
                           ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar'), ('Bemanning', 'Två coacher på heltid'),
                           ('Status', 'Pågående')]))

    pages[N1] = page(N1, 'Laddinfrastruktur i Dalsland', T_PB + [('Laddinfrastruktur i Dalsland', N1)], '''<p class="projekt-id">Projekt-id 1309 · Infrastruktur</p>
<p>Projektet ska ta fram en gemensam plan för publika laddpunkter för elfordon i de fem Dalslandskommunerna och bygga ut laddning vid kommunernas egna fastigheter.</p>
<p>Under 2025 kartläggs elnätets kapacitet och effektbehovet vid 40 möjliga platser. Under 2026 upphandlas och installeras laddstolpar vid tolv platser, bland annat vid kommunhusen och resecentrum.</p>
<h2>Leveranser</h2>
<ul>
<li>En gemensam laddplan för Dalsland.</li>
<li>Tolv nya publika laddplatser med sammanlagt 48 laddpunkter.</li>
<li>Ett gemensamt underlag för ansökan om statligt stöd till snabbladdning.</li>
</ul>''', lead='Gemensam plan och utbyggnad av laddpunkter i Dalsland.', modified='2025-05-14',
        side=projekt_side([('Projektägare', 'Melleruds kommun'), ('Samverkanspartner', 'Bengtsfors, Dals-Ed, Färgelanda och Åmåls kommuner, Vattenfall Eldistribution'),
                           ('Projektperiod', 'januari 2025 – december 2026'), ('Budget', '3 400 000 kronor'), ('Status', 'Pågående')]))

    pages[F2] = page(F2, 'Föräldraskap i Dalsland', T_PB + [('Föräldraskap i Dalsland', F2)], '''<p class="projekt-id">Projekt-id 1301 · Social hållbarhet</p>
<p>Föräldraskap i Dalsland är ett gemensamt projekt för de fem Dalslandskommunerna. Projektet ska göra det lättare för alla föräldrar att få stöd i sitt föräldraskap, oavsett var i Dalsland de bor.</p>
<p>Kommunerna utbildar gemensamt gruppledare i föräldraprogrammen ABC och Komet och erbjuder kurser på kvällstid och digitalt. En föräldracoach per kommun når ut till föräldrar som inte själva söker sig till kurserna, bland annat genom förskolan och öppna förskolan.</p>
<p><strong>Projektperiod:</strong> september 2024 – augusti 2027<br>
<strong>Beviljade medel:</strong> 3 200 000 kronor i medel för social hållbarhet<br>
<strong>Projektägare:</strong> Åmåls kommun tillsammans med Bengtsfors, Dals-Ed, Färgelanda och Melleruds kommuner<br>
<strong>Målgrupp:</strong> Föräldrar med barn 0–12 år i Dalsland</p>
<h2>Mål</h2>
<p>Minst 400 föräldrar ska ha gått en föräldrakurs när projektet är slut, och alla fem kommuner ska ha ett gemensamt utbud av föräldraskapsstöd som finns kvar efter projekttiden.</p>''',
        lead='Ett gemensamt föräldraskapsstöd för de fem Dalslandskommunerna.', modified='2025-01-20')

    pages[F3] = page(F3, 'Skolnärvaro norra Bohuslän', T_PB + [('Skolnärvaro norra Bohuslän', F3)], '''<p class="projekt-id">Projekt-id 1284 · Social hållbarhet</p>
<p>I projektet Skolnärvaro norra Bohuslän arbetar Strömstads och Tanums kommuner tillsammans för att fler elever ska gå till skolan. Ett gemensamt närvaroteam med en socialsekreterare, en skolkurator och en specialpedagog stöttar elever i årskurs 4–9 med hög frånvaro och deras familjer.</p>
<p>Projektet pågår från januari 2024 till december 2026 och har beviljats 2 600 000 kronor i medel för social hållbarhet från Fyrbodals kommunalförbund. Strömstads kommun är projektägare.</p>
<h2>Målgrupp</h2>
<p>Elever i årskurs 4–9 i Strömstad och Tanum som har mer än 15 procents frånvaro.</p>
<h2>Resultat hittills</h2>
<p>Under 2024 fick 46 elever stöd av teamet. Hos två av tre minskade frånvaron med mer än hälften under läsåret.</p>''',
        lead='Ett gemensamt närvaroteam för Strömstad och Tanum.', modified='2025-08-26')

    pages[F4] = page(F4, 'Seniorkraft Sotenäs', T_PB + [('Seniorkraft Sotenäs', F4)], '''<div class="alert alert-secondary" role="status"><strong>Projektet har avslutats.</strong></div>
<p class="projekt-id">Projekt-id 1251 · Social hållbarhet</p>
<p>Seniorkraft Sotenäs pågick 2021–2023 och riktade sig till äldre över 65 år som riskerade att bli ensamma. Frivilliga seniorvärdar ringde och besökte äldre i Kungshamn, Smögen och Hunnebostrand och bjöd in till träffar på träffpunkterna. Projektet fick 1 400 000 kronor i medel för social hållbarhet. Projektägare var Sotenäs kommun.</p>
<p><a href="/storage/app/media/projektbank/1251/slutrapport-seniorkraft-sotenas.pdf">Slutrapport (pdf)</a></p>''',
        lead='', modified='2024-03-05', tools=False)

    pages[F5] = page(F5, 'Fritidsledare i skolan – Munkedal', T_PB + [('Fritidsledare i skolan – Munkedal', F5)], '''<div class="alert alert-secondary" role="status"><strong>Projektet har avslutats.</strong></div>
<p class="projekt-id">Projekt-id 1198 · Social hållbarhet</p>
<p>Projektet pågick från augusti 2019 till juni 2022. Två fritidsledare arbetade på Kungsmarksskolan under skoldagen och på fritidsgården på kvällarna, för att elever i årskurs 6–9 skulle få en trygg skoldag och en meningsfull fritid. Munkedals kommun fick 1 100 000 kronor i medel för social hållbarhet.</p>''',
        lead='', modified='2022-09-12', tools=False)

    pages[X1] = page(X1, 'Sidan finns inte längre', T_PB + [('Sidan finns inte längre', X1)], f'''<p>Sidan du söker har tagits bort eller flyttats. Projektet finns kvar i projektbankens register, men projektsidan publiceras inte längre.</p>
<ul>
<li><a href="{PB}">Gå till projektbanken</a></li>
<li><a href="{PBSEARCH}?q=motesplats" rel="nofollow">Sök i projektbanken</a></li>
<li><a href="/">Till startsidan</a></li>
</ul>''', modified='2024-01-09', robots='noindex', tools=False)

    pages[X2] = page(X2, 'Sidan finns inte längre', T_PB + [('Sidan finns inte längre', X2)], f'''<p>Informationen om projektet har flyttats till kommunens webbplats. Du hittar den på <a href="https://www.fargelanda.se/">fargelanda.se</a>.</p>
<p><a href="{PB}">Tillbaka till projektbanken</a> · <a href="{PBSEARCH}?q=familjecentral" rel="nofollow">Sök i projektbanken</a></p>''',
        modified='2023-06-19', robots='noindex', tools=False)

    # ------------------------------------------------------------ utlysningar
    pages[UTL] = page(UTL, 'Utlysningar', [('Utlysningar', UTL)], f'''<p>Här publicerar förbundet utlysningar av medel som medlemskommunerna kan söka.</p>
<ul class="list-unstyled utlysningar">
<li><h2 class="h4"><a href="{CALL}">Medel för social hållbarhet 2026</a></h2><p>Sista ansökningsdag 30 november 2025.</p></li>
<li><h2 class="h4">Delregionala utvecklingsmedel 2026</h2><p>Utlysningen öppnar i januari 2026.</p></li>
</ul>
<p><a href="{SOKNI}">Så söker ni medel</a></p>''', lead='Aktuella utlysningar av medel.', modified='2025-09-30')

    pages[CALL] = page(CALL, 'Utlysning: Medel för social hållbarhet 2026', [('Utlysningar', UTL), ('Medel för social hållbarhet 2026', CALL)], f'''<p>Direktionen har avsatt 4 000 000 kronor per år till medel för social hållbarhet 2026–2028. Nu kan medlemskommunerna söka för nya projekt.</p>
<h2>Vad kan ni söka för?</h2>
<p>Förebyggande projekt för barn, unga eller vuxna som riskerar utanförskap. Projektet ska pågå i högst tre år och kan beviljas högst 1 200 000 kronor per år. Projekt som drivs av flera kommuner tillsammans prioriteras.</p>
<h2>Viktiga datum</h2>
<ul>
<li>Sista ansökningsdag: 30 november 2025</li>
<li>Beslut i direktionen: 12 februari 2026</li>
<li>Tidigaste projektstart: 1 mars 2026</li>
</ul>
<p>Läs <a href="{REGLER}">reglerna</a> och <a href="{SOKNI}">så söker ni</a> innan ni ansöker.</p>''',
        lead='Medlemskommunerna kan söka medel för förebyggande projekt till och med den 30 november 2025.', modified='2025-09-30')

    pages[SOKNI] = page(SOKNI, 'Så söker ni medel', [('Utlysningar', UTL), ('Så söker ni medel', SOKNI)], '''<ol>
<li>Kontakta förbundets processledare och berätta om er projektidé.</li>
<li>Fyll i ansökningsformuläret. Bifoga en budget och en tidsplan.</li>
<li>Ansökan ska vara undertecknad av kommunens förvaltningschef.</li>
<li>Skicka ansökan till registrator@fyrbodal.se senast sista ansökningsdag.</li>
<li>Beredningen för social hållbarhet går igenom ansökningarna och direktionen fattar beslut.</li>
</ol>
<h2>Vanliga frågor</h2>
<h3>Kan en förening söka?</h3>
<p>Nej, men en förening kan vara samverkanspart i en kommuns ansökan.</p>
<h3>Hur redovisas projektet?</h3>
<p>Varje år i en lägesrapport och efter projekttiden i en slutrapport.</p>
<p><a href="/storage/app/media/mallar/ansokan-medel-social-hallbarhet.docx">Ansökningsformulär (Word)</a></p>''',
        lead='Så går ansökan om medel till.', modified='2025-09-30')

    # ------------------------------------------------------------ aktuellt
    T_A = [('Aktuellt', AKT)]
    pages[AKT] = page(AKT, 'Aktuellt', T_A, f'''<ul class="list-unstyled nyhetslista">
<li><article><time datetime="2025-10-21">21 oktober 2025</time><h2 class="h4"><a href="{A1}">Direktionen beviljade medel till tre nya projekt</a></h2><p>Orust, Tanum och Vänersborg får medel för social hållbarhet.</p></article></li>
<li><article><time datetime="2025-09-30">30 september 2025</time><h2 class="h4"><a href="{A2}">Nu öppnar utlysningen av medel för social hållbarhet 2026</a></h2><p>Sista ansökningsdag är den 30 november.</p></article></li>
<li><article><time datetime="2025-09-12">12 september 2025</time><h2 class="h4"><a href="{A3}">Ny rapport om kompetensförsörjningen i Fyrbodal</a></h2><p>Bristen på undersköterskor och lärare ökar.</p></article></li>
</ul>
<p><a href="{EVS}">Evenemang</a></p>''', lead='Nyheter från Fyrbodals kommunalförbund.', modified='2025-10-21', tools=False)

    pages[A1] = page(A1, 'Direktionen beviljade medel till tre nya projekt', T_A + [('Direktionen beviljade medel till tre nya projekt', A1)], f'''<p>Vid sitt möte den 16 oktober beviljade direktionen sammanlagt 4 300 000 kronor i medel för social hållbarhet till tre nya projekt.</p>
<p><strong>Orust:</strong> <a href="{F1}">Unga vuxna på väg – Orust</a> har redan startat med en förstudie och får 2 100 000 kronor för att fortsätta till februari 2027.</p>
<p><strong>Tanum:</strong> Hälsoteam för nyanlända får 1 200 000 kronor för 2026–2027. Projektsidan publiceras när projektet startar.</p>
<p><strong>Vänersborg:</strong> Trygg i Blåsut får 1 000 000 kronor för 2026–2027.</p>''',
        lead='Tre projekt får sammanlagt 4,3 miljoner kronor i medel för social hållbarhet.', modified='2025-10-21')

    pages[A2] = page(A2, 'Nu öppnar utlysningen av medel för social hållbarhet 2026', T_A + [('Nu öppnar utlysningen 2026', A2)], f'''<p>Medlemskommunerna kan nu söka medel för social hållbarhet för projekt som startar 2026. Direktionen har avsatt 4 000 000 kronor per år under tre år.</p>
<p>Den här gången prioriteras projekt för barn och unga med hög skolfrånvaro och för unga vuxna som varken arbetar eller studerar. Sista ansökningsdag är den 30 november 2025.</p>
<p>Läs hela <a href="{CALL}">utlysningen</a>.</p>''', lead='Sista ansökningsdag är den 30 november 2025.', modified='2025-09-30')

    pages[A3] = page(A3, 'Ny rapport om kompetensförsörjningen i Fyrbodal', T_A + [('Ny rapport om kompetensförsörjningen', A3)], '''<p>Fram till 2030 behöver kommunerna i Fyrbodal rekrytera drygt 6 000 personer, främst undersköterskor, lärare och socialsekreterare. Det visar förbundets nya rapport.</p>
<p>Rapporten tas upp på nästa möte i beredningen för utbildning och kompetens.</p>''',
        lead='Bristen på undersköterskor och lärare ökar.', modified='2025-09-12')

    pages[EVS] = page(EVS, 'Evenemang', T_A + [('Evenemang', EVS)], f'''<ul class="list-unstyled">
<li><time datetime="2025-12-04">4 december 2025</time> <a href="{EV}">Nätverksträff social hållbarhet</a></li>
<li><time datetime="2026-01-22">22 januari 2026</time> Regionalt skolledarforum, Trollhättan</li>
</ul>
<p><a href="{KAL}" rel="nofollow">Kalender</a> · <a href="{KAL}?manad=2025-12" rel="nofollow">December</a> · <a href="{KAL}?manad=2026-01" rel="nofollow">Januari</a></p>''',
        lead='Möten, konferenser och nätverksträffar.', modified='2025-10-01', tools=False)

    pages[EV] = page(EV, 'Nätverksträff social hållbarhet 4 december', T_A + [('Evenemang', EVS), ('Nätverksträff social hållbarhet', EV)], '''<p>Välkommen till årets sista nätverksträff för dig som arbetar med social hållbarhet i Fyrbodals kommuner. Projekten som har fått medel för social hållbarhet berättar om sina resultat, och vi pratar om hur arbetet kan bli kvar efter projekttiden.</p>
<dl class="event-info">
<dt>Datum</dt><dd>Torsdag 4 december 2025</dd>
<dt>Tid</dt><dd>09.00–15.30</dd>
<dt>Plats</dt><dd>Bohusgården, Uddevalla</dd>
<dt>Kostnad</dt><dd>Kostnadsfritt för medlemskommunernas medarbetare, lunch ingår</dd>
<dt>Sista anmälningsdag</dt><dd>20 november 2025</dd>
<dt>Arrangör</dt><dd>Fyrbodals kommunalförbund</dd>
</dl>''', lead='Erfarenhetsutbyte för projektledare och chefer.', modified='2025-10-01')

    # ------------------------------------------------------------ jobs, furniture
    pages[JOBS] = page(JOBS, 'Lediga jobb', [('Om oss', OM), ('Lediga jobb', JOBS)], f'''<ul><li><a href="{JOB}">Processledare social hållbarhet</a> – sista ansökningsdag 15 december 2025</li></ul>''',
                       lead='Jobba hos Fyrbodals kommunalförbund.', modified='2025-11-03', tools=False)

    pages[JOB] = page(JOB, 'Processledare social hållbarhet', [('Om oss', OM), ('Lediga jobb', JOBS), ('Processledare social hållbarhet', JOB)], '''<p>Vi söker en processledare som ska leda förbundets nätverk inom social hållbarhet och stötta medlemskommunernas projekt, till exempel Föräldraskap i Dalsland och Skolnärvaro norra Bohuslän.</p>
<h2>Om tjänsten</h2>
<p>Du samordnar utlysningen av medel för social hållbarhet, bereder ärenden till direktionen och följer upp projekten. Tjänsten innebär resor i Bohuslän och Dalsland.</p>
<h2>Kvalifikationer</h2>
<p>Akademisk examen inom samhällsvetenskap, socialt arbete eller folkhälsa och erfarenhet av att leda projekt tillsammans med flera organisationer.</p>
<p><strong>Anställningsform:</strong> Tillsvidare, provanställning sex månader<br>
<strong>Omfattning:</strong> Heltid<br>
<strong>Tillträde:</strong> 1 mars 2026 eller enligt överenskommelse<br>
<strong>Sista ansökningsdag:</strong> 15 december 2025</p>''',
        lead='Vill du leda samverkan för social hållbarhet i 14 kommuner?', modified='2025-11-03')

    pages[KONTAKT] = page(KONTAKT, 'Kontakt', [('Kontakt', KONTAKT)], '''<p>Telefon: 0522-44 08 20<br>E-post: info@fyrbodal.se<br>Besöksadress: Östergatan 4, Uddevalla</p>''',
                          lead='Så når du oss.', modified='2024-08-19', tools=False)
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)], '''<p>Webbplatsen använder kakor för att fungera och för besöksstatistik.</p>
<table class="table"><thead><tr><th>Kaka</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody>
<tr><td>october_session</td><td>Sessionskaka</td><td>Sessionen</td></tr><tr><td>cookie_notice</td><td>Sparar ditt val</td><td>1 år</td></tr></tbody></table>''',
                        lead='Om kakor på fyrbodal.se.', modified='2024-05-02', tools=False)
    pages[TILLG] = page(TILLG, 'Tillgänglighet', [('Om webbplatsen', KAKOR), ('Tillgänglighet', TILLG)], '''<p>Fyrbodals kommunalförbund står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2>Kända brister</h2><ul><li>Äldre rapporter i pdf är inte tillgänglighetsanpassade.</li><li>Vissa äldre projektsidor saknar rubrikstruktur.</li></ul>''',
                        lead='Tillgänglighetsredogörelse för fyrbodal.se.', modified='2025-01-30', tools=False)

    for p, t in pages.items():
        write(H, p, t)

    sm = ['/', OM, JOBS, JOB, VO, SOC, REGLER, LAGE, PB, PB2, PB3, UTL, CALL, SOKNI, AKT, A1, A2, A3, EVS, EV, KONTAKT, KAKOR, TILLG]
    rows = ''.join(f'  <url>\n    <loc>https://{H}{p}</loc>\n    <lastmod>2025-10-21T10:04:11+00:00</lastmod>\n    <changefreq>weekly</changefreq>\n    <priority>0.5</priority>\n  </url>\n'
                   for p in sm)
    write(H, '/sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + '</urlset>\n')
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /backend/
Disallow: /sok/
Disallow: /projektbank/sok/
Disallow: /kalender/
Disallow: /storage/app/uploads/protected/
Disallow: /*?omrade=
Disallow: /*?status=
Disallow: /*?kommun=
Disallow: /*?utskrift=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, sm


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemaps')
