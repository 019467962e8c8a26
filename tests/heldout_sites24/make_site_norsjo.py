"""Norsjö kommun (2417, about 4 000 inhabitants; Norsjö, Bastuträsk, Kusfors, Bjurträsk, Petiknäs) on Grav 1.7 –
generator for heldout_sites24.

Grav (flat-file PHP CMS) with a Quark-derived theme 'norsjo' (Spectre.css: container grid-lg, columns, navbar, dropmenu
'navigation', the mobile overlay menu repeating it, breadcrumbs plugin with schema.org BreadcrumbList, meta generator
'GravCMS'; assets under /user/themes/norsjo/…, images under /user/pages/…, not saved) and system.pages.append_url_extension
'.html': every page is /<route>.html, a parent /kommun-och-politik.html beside its children /kommun-och-politik/ekonomi.html.
The five project pages are HIDDEN pages (visible: false, so in no menu; sitemap ignore): they are linked only from the
annual reports' HTML versions (Årsredovisning 2024 and 2023) and from news items. The simplesearch plugin answers under
/sok/query:<term> and a print plugin under /utskrift/<route>.html, both disallowed in robots.txt (Grav's default file with
the site's additions and a Crawl-delay).
"""
from make_common import write, hexid, esc

H = 'www.norsjo.se'

BU = '/barn-och-utbildning.html'
OS = '/omsorg-och-stod.html'
AN = '/arbete-och-naringsliv.html'
UG = '/uppleva-och-gora.html'
KP = '/kommun-och-politik.html'
EK = '/kommun-och-politik/ekonomi.html'
AR24 = '/kommun-och-politik/ekonomi/arsredovisning-2024.html'
AR23 = '/kommun-och-politik/ekonomi/arsredovisning-2023.html'
FUND = '/kommun-och-politik/ekonomi/sociala-investeringsmedel.html'
RIKT = '/kommun-och-politik/ekonomi/sociala-investeringsmedel/riktlinjer.html'
JOBS = '/kommun-och-politik/lediga-jobb.html'
JOB = '/kommun-och-politik/lediga-jobb/arbetsmarknadscoach-visstid.html'
BOF = '/omsorg-och-stod/barn-och-familj.html'
ALD = '/omsorg-och-stod/aldreomsorg.html'
KRAFT = '/uppleva-och-gora/kraftstationen.html'           # standing service that began as a project
EVS = '/uppleva-och-gora/evenemang.html'
EV = '/uppleva-och-gora/evenemang/temakvall-att-vara-foralder-till-en-tonaring.html'

P1 = '/uppleva-och-gora/fritid-i-byarna.html'             # only from ÅR 2024's table
P2 = '/omsorg-och-stod/barn-och-familj/bus-teamet.html'   # ÅR 2024 and a news item of 2025
P3 = '/arbete-och-naringsliv/arbetstraning-pa-aterbruket.html'  # only from a news item of 2025 (start page, Nyheter)
P4 = '/barn-och-utbildning/lasgladje-i-bastutrask.html'   # finished: only from ÅR 2023
P5 = '/omsorg-och-stod/aldreomsorg/halsolots-75-plus.html'  # only from a 2024 news item in the news archive

NYH = '/nyheter.html'
ARKIV = '/nyheter/arkiv-2024.html'
NN1 = '/nyheter/unga-vuxna-far-arbetstraning-pa-aterbruket.html'
NN2 = '/nyheter/bus-teamet-har-traffat-40-familjer.html'
NN3 = '/nyheter/nu-kan-forvaltningarna-soka-sociala-investeringsmedel-for-2026.html'
NN4 = '/nyheter/snorojning-vintern-2025-2026.html'
NN5 = '/nyheter/nytt-konstgras-pa-norsjovallen.html'
NN6 = '/nyheter/halsolotsar-besoker-aldre-i-byarna.html'
NN7 = '/nyheter/arsredovisningen-for-2023-ar-klar.html'
NN8 = '/nyheter/valet-till-europaparlamentet-9-juni.html'

KONTAKT = '/kontakt.html'
KAKOR = '/om-webbplatsen/kakor.html'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse.html'

SEARCH = '/sok'
ADMIN = '/admin'
T = '/user/themes/norsjo'


def printurl(path):
    return '/utskrift' + path


MENU = [
    ('Barn och utbildning', BU, [('Förskola', '/barn-och-utbildning/forskola.html'), ('Grundskola', '/barn-och-utbildning/grundskola.html')]),
    ('Omsorg och stöd', OS, [('Barn och familj', BOF), ('Äldreomsorg', ALD), ('Ekonomiskt bistånd', '/omsorg-och-stod/ekonomiskt-bistand.html')]),
    ('Arbete och näringsliv', AN, [('Arbetsmarknadsenheten', '/arbete-och-naringsliv/arbetsmarknadsenheten.html'),
                                   ('Starta företag', '/arbete-och-naringsliv/starta-foretag.html')]),
    ('Uppleva och göra', UG, [('Kraftstationen', KRAFT), ('Evenemang', EVS), ('Bibliotek', '/uppleva-och-gora/bibliotek.html')]),
    ('Bo och miljö', '/bo-och-miljo.html', [('Vatten och avlopp', '/bo-och-miljo/vatten-och-avlopp.html')]),
    ('Kommun och politik', KP, [('Ekonomi', EK), ('Lediga jobb', JOBS), ('Politik och beslut', '/kommun-och-politik/politik-och-beslut.html')]),
]


def nav(active, cls):
    lis = []
    for name, href, subs in MENU:
        act = ' class="active"' if href == active else ''
        sub = ''.join(f'<li><a href="{h}">{n}</a></li>' for n, h in subs)
        lis.append(f'<li{act}><a href="{href}">{name}</a><ul>{sub}</ul></li>')
    return f'<ul class="{cls}">{"".join(lis)}</ul>'


def crumbs(trail):
    out = ['<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Start</span></a><meta itemprop="position" content="1"></span>']
    for k, (n, h) in enumerate(trail[:-1], 2):
        out.append(f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{h}" itemprop="item"><span itemprop="name">{n}</span></a><meta itemprop="position" content="{k}"></span>')
    out.append(f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">{trail[-1][0]}</span><meta itemprop="position" content="{len(trail) + 1}"></span>')
    return '<div id="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">' + ' <i class="fa fa-angle-right"></i> '.join(out) + '</div>'


def page(path, title, trail, body, desc='', modified='2025-09-01', sidebar='', template='default', tools=True):
    root = trail[0][1] if trail else None
    bc = crumbs(trail) if trail else ''
    tl = ''
    if tools and path != '/':
        tl = f'''<p class="page-tools"><a href="{printurl(path)}" rel="nofollow"><i class="fa fa-print"></i> Skriv ut</a> · <a href="#" onclick="rsReadPage();return false;"><i class="fa fa-volume-up"></i> Lyssna</a></p>'''
    if sidebar:
        content = f'''<div class="columns">
  <div id="item" class="column col-9 col-md-12 extra-spacing">
    {bc}
    <h1>{title}</h1>
{body}
    <p class="page-modified">Senast ändrad: {modified}</p>
    {tl}
  </div>
  <div id="sidebar" class="column col-3 col-md-12">
{sidebar}
  </div>
</div>'''
    else:
        content = f'''<div class="content-item">
  {bc}
  <h1>{title}</h1>
{body}
  <p class="page-modified">Senast ändrad: {modified}</p>
  {tl}
</div>'''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8" />
<title>{esc(title)} | Norsjö kommun</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="GravCMS" />
<meta name="description" content="{esc(desc or title)}" />
<link rel="icon" type="image/png" href="{T}/images/favicon.png" />
<link rel="canonical" href="https://{H}{path}" />
<link href="{T}/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
<link href="{T}/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
<link href="{T}/css/custom.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/form/assets/form-styles.css" type="text/css" rel="stylesheet">
</head>
<body id="top" class="header-fixed header-animated sticky-footer template-{template}">
<div id="page-wrapper">
<section id="header" class="section">
  <section class="container grid-lg">
    <nav class="navbar">
      <section class="navbar-section logo">
        <a href="/" class="navbar-brand mr-10"><img src="{T}/images/logo/norsjo-kommun.svg" alt="Norsjö kommun" width="180" height="48"></a>
      </section>
      <section class="navbar-section desktop-menu">
        <nav class="dropmenu animated">{nav(root, 'navigation')}</nav>
        <form class="search-form" action="{SEARCH}" method="get"><input type="text" name="query" placeholder="Sök…" aria-label="Sök"><button type="submit">Sök</button></form>
      </section>
    </nav>
  </section>
</section>
<div class="mobile-menu"><div class="button_container" id="toggle"><span class="top"></span><span class="middle"></span><span class="bottom"></span></div></div>
<section id="start">
<section id="body-wrapper" class="section">
  <section class="container grid-lg">
{content}
  </section>
</section>
</section>
<section id="footer" class="section bg-gray">
  <section class="container grid-lg">
    <div class="columns">
      <div class="column col-4 col-md-12"><h4>Norsjö kommun</h4><p>Storgatan 21, 935 81 Norsjö<br>Telefon: 0918-141 00<br><a href="mailto:kommun@norsjo.se">kommun@norsjo.se</a></p></div>
      <div class="column col-4 col-md-12"><h4>Genvägar</h4><ul><li><a href="{NYH}">Nyheter</a></li><li><a href="{JOBS}">Lediga jobb</a></li><li><a href="{KONTAKT}">Kontakta oss</a></li></ul></div>
      <div class="column col-4 col-md-12"><h4>Om webbplatsen</h4><ul><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li><li><a href="{ADMIN}" rel="nofollow">Redaktörsinloggning</a></li></ul></div>
    </div>
  </section>
</section>
</div>
<div class="mobile-container">
  <div class="overlay" id="overlay">
    <div class="mobile-logo"><img src="{T}/images/logo/norsjo-kommun.svg" alt="Norsjö kommun"></div>
    <nav class="overlay-menu">{nav(root, 'tree')}</nav>
  </div>
</div>
<script src="/system/assets/jquery/jquery-3.x.min.js"></script>
<script src="{T}/js/jquery.treemenu.js"></script>
<script src="{T}/js/site.js"></script>
</body>
</html>
'''


def facts_box(rows, heading='Fakta'):
    lis = ''.join(f'<li><strong>{k}:</strong> {v}</li>' for k, v in rows)
    return f'<div class="notices blue"><h3>{heading}</h3><ul>{lis}</ul></div>'


NEWS25 = [
    (NN4, '2025-10-20', '20 okt 2025', 'Snöröjning vintern 2025/2026', 'Så prioriterar kommunen plogningen i vinter.'),
    (NN1, '2025-10-08', '8 okt 2025', 'Unga vuxna får arbetsträning på Återbruket',
     'Åtta unga vuxna kan nu arbetsträna på kommunens återbruk i Norsjö.'),
    (NN2, '2025-09-15', '15 sep 2025', 'BUS-teamet har träffat 40 familjer', 'Ett år efter starten har teamet hjälpt 40 familjer.'),
    (NN3, '2025-09-01', '1 sep 2025', 'Nu kan förvaltningarna söka sociala investeringsmedel för 2026',
     'Ansökan ska vara inne senast den 31 oktober.'),
    (NN5, '2025-08-20', '20 aug 2025', 'Nytt konstgräs på Norsjövallen', 'Konstgräsplanen är klar och invigs den 30 augusti.'),
]
NEWS24 = [
    (NN8, '2024-05-30', '30 maj 2024', 'Valet till Europaparlamentet 9 juni', 'Här kan du förtidsrösta i Norsjö kommun.'),
    (NN6, '2024-05-14', '14 maj 2024', 'Hälsolotsar besöker äldre i byarna', 'Nu kan du som är 75 år eller äldre få besök av en hälsolots.'),
    (NN7, '2024-04-25', '25 apr 2024', 'Årsredovisningen för 2023 är klar', 'Kommunen gick med 6,2 miljoner kronor i överskott.'),
]


def news_list(items):
    return '<div class="news-list">' + ''.join(f'''<div class="list-item">
  <p class="list-item__date"><time datetime="{iso}">{human}</time></p>
  <h3 class="list-item__title"><a href="{p}">{t}</a></h3>
  <p>{lead}</p>
</div>''' for p, iso, human, t, lead in items) + '</div>'


def news_sidebar():
    return f'''<div class="sidebar-content">
  <h4>Nyhetsarkiv</h4>
  <ul class="archives"><li><a href="{NYH}">2025</a></li><li><a href="{ARKIV}">2024</a></li></ul>
</div>'''


def build():
    pages = {}

    # ------------------------------------------------------------ start
    pages['/'] = page('/', 'Välkommen till Norsjö kommun', [], f'''<div class="columns start-puffar">
  <div class="column col-3 col-sm-6"><a class="puff" href="{JOBS}">Lediga jobb</a></div>
  <div class="column col-3 col-sm-6"><a class="puff" href="/barn-och-utbildning/forskola.html">Förskola</a></div>
  <div class="column col-3 col-sm-6"><a class="puff" href="{EVS}">Evenemang</a></div>
  <div class="column col-3 col-sm-6"><a class="puff" href="{KONTAKT}">Kontakta oss</a></div>
</div>
<h2>Nyheter</h2>
{news_list(NEWS25[:4])}
<p><a class="button" href="{NYH}">Fler nyheter</a></p>
<p class="snabbsok">Snabbsök: <a href="{SEARCH}/query:forskola">förskola</a> · <a href="{SEARCH}/query:sophamtning">sophämtning</a> · <a href="{SEARCH}/query:bygglov">bygglov</a></p>''',
        desc='Norsjö kommuns webbplats.', modified='2025-10-20', template='home')

    # ------------------------------------------------------------ sections
    pages[BU] = page(BU, 'Barn och utbildning', [('Barn och utbildning', BU)], '''<p>Norsjö kommun har förskolor i Norsjö och Bastuträsk, grundskolor i Norsjö och Bastuträsk och gymnasieutbildning i samverkan med Skellefteå.</p>
<ul><li><a href="/barn-och-utbildning/forskola.html">Förskola</a></li><li><a href="/barn-och-utbildning/grundskola.html">Grundskola</a></li></ul>''',
        desc='Förskola och skola i Norsjö kommun.', modified='2025-01-13')
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], f'''<ul><li><a href="{BOF}">Barn och familj</a></li><li><a href="{ALD}">Äldreomsorg</a></li><li><a href="/omsorg-och-stod/ekonomiskt-bistand.html">Ekonomiskt bistånd</a></li></ul>''',
        desc='Stöd och omsorg.', modified='2024-12-02')
    pages[BOF] = page(BOF, 'Barn och familj', [('Omsorg och stöd', OS), ('Barn och familj', BOF)], '''<p>Individ- och familjeomsorgen erbjuder stöd till barn, unga och föräldrar. Du kan få samtal, familjebehandling eller hjälp att hitta rätt stöd.</p>
<h2>Orolig för ett barn?</h2>
<p>Ring socialtjänsten på 0918-141 00 dagtid. Efter kontorstid når du socialjouren via 112.</p>''',
        desc='Stöd till barn, unga och föräldrar.', modified='2025-02-20')
    pages[ALD] = page(ALD, 'Äldreomsorg', [('Omsorg och stöd', OS), ('Äldreomsorg', ALD)], '''<p>Du som är äldre och behöver hjälp i vardagen kan ansöka om hemtjänst, trygghetslarm eller särskilt boende hos biståndshandläggaren.</p>
<ul><li>Hemtjänst</li><li>Trygghetslarm</li><li>Särskilt boende: Solgården i Norsjö och Lärkbacken i Bastuträsk</li></ul>''',
        desc='Hemtjänst, trygghetslarm och boende.', modified='2025-03-04')
    pages[AN] = page(AN, 'Arbete och näringsliv', [('Arbete och näringsliv', AN)], '''<ul><li><a href="/arbete-och-naringsliv/arbetsmarknadsenheten.html">Arbetsmarknadsenheten</a></li><li><a href="/arbete-och-naringsliv/starta-foretag.html">Starta företag</a></li></ul>''',
        desc='Arbete och företagande i Norsjö.', modified='2024-10-10')
    pages[UG] = page(UG, 'Uppleva och göra', [('Uppleva och göra', UG)], f'''<ul><li><a href="{KRAFT}">Ungdomens hus Kraftstationen</a></li><li><a href="{EVS}">Evenemang</a></li><li><a href="/uppleva-och-gora/bibliotek.html">Bibliotek</a></li><li><a href="/uppleva-och-gora/skidbacken.html">Norsjö skidbacke</a></li></ul>''',
        desc='Fritid, kultur och natur.', modified='2025-05-06')
    pages[KP] = page(KP, 'Kommun och politik', [('Kommun och politik', KP)], f'''<ul><li><a href="{EK}">Ekonomi</a></li><li><a href="{JOBS}">Lediga jobb</a></li><li><a href="/kommun-och-politik/politik-och-beslut.html">Politik och beslut</a></li></ul>''',
        desc='Så styrs Norsjö kommun.', modified='2025-01-09')

    pages[EK] = page(EK, 'Ekonomi', [('Kommun och politik', KP), ('Ekonomi', EK)], f'''<p>Här hittar du kommunens budget, årsredovisningar och information om kommunens sociala investeringsmedel.</p>
<h2>Årsredovisning</h2>
<ul>
<li><a href="{AR24}">Årsredovisning 2024 (webbversion)</a></li>
<li><a href="/user/pages/06.kommun-och-politik/01.ekonomi/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf, 3,1 MB)</a></li>
</ul>
<h3>Tidigare årsredovisningar</h3>
<ul>
<li><a href="{AR23}">Årsredovisning 2023 (webbversion)</a></li>
<li><a href="/user/pages/06.kommun-och-politik/01.ekonomi/arsredovisning-2022.pdf">Årsredovisning 2022 (pdf)</a></li>
</ul>
<h2>Budget</h2>
<p><a href="/user/pages/06.kommun-och-politik/01.ekonomi/budget-2026-plan-2027-2028.pdf">Budget 2026 och plan 2027–2028 (pdf)</a></p>
<h2>Sociala investeringsmedel</h2>
<p><a href="{FUND}">Om kommunens sociala investeringsmedel</a></p>''', desc='Budget, årsredovisning och sociala investeringsmedel.',
        modified='2025-04-28')

    # ------------------------------------------------------------ fund and rules
    pages[FUND] = page(FUND, 'Sociala investeringsmedel', [('Kommun och politik', KP), ('Ekonomi', EK), ('Sociala investeringsmedel', FUND)], f'''<p>Kommunfullmäktige avsatte 2019 tre miljoner kronor av kommunens överskott till sociala investeringsmedel och fyllde på med två miljoner kronor 2023. Medlen ska användas till förebyggande satsningar för barn, unga och vuxna som annars inte skulle rymmas i budgeten.</p>
<p>En satsning får pågå i högst tre år. Om den faller väl ut ska verksamheten ta över kostnaden. Vilka satsningar som har fått medel och hur det har gått redovisas varje år i kommunens <a href="{AR24}">årsredovisning</a>.</p>
<h2>Medlen i siffror</h2>
<ul>
<li><strong>Avsatt sedan 2019:</strong> 5 000 000 kronor</li>
<li><strong>Beviljat hittills:</strong> 4 370 000 kronor</li>
<li><strong>Kvar att söka:</strong> 630 000 kronor</li>
</ul>
<h2>Vem kan söka?</h2>
<p>Kommunens verksamheter kan söka, gärna tillsammans med Region Västerbotten, föreningar eller samordningsförbundet. Ansökan lämnas till kommunledningskontoret senast den 31 oktober.</p>
<p><a href="{RIKT}">Riktlinjer för sociala investeringsmedel</a></p>''', desc='Kommunens medel för förebyggande satsningar.',
        modified='2025-09-01')

    pages[RIKT] = page(RIKT, 'Riktlinjer för sociala investeringsmedel', [('Kommun och politik', KP), ('Ekonomi', EK), ('Sociala investeringsmedel', FUND), ('Riktlinjer', RIKT)], '''<p>Riktlinjerna antogs av kommunfullmäktige den 16 december 2019, § 88.</p>
<h2>1. Syfte</h2>
<p>Sociala investeringsmedel ska ge kommunens verksamheter möjlighet att pröva förebyggande arbetssätt som kan ge bättre livsvillkor och lägre kostnader på sikt.</p>
<h2>2. Villkor</h2>
<ul>
<li>Satsningen ska vara tidsbegränsad, högst tre år.</li>
<li>Satsningen ska ha en tydlig målgrupp och mätbara mål.</li>
<li>Verksamheten ska redovisa hur arbetet ska finansieras efter satsningen.</li>
</ul>
<h2>3. Beslut och uppföljning</h2>
<p>Kommunstyrelsen beslutar om medel. Satsningarna följs upp i årsredovisningen.</p>''', desc='Villkor för kommunens sociala investeringsmedel.',
        modified='2020-01-15')

    # ------------------------------------------------------------ annual reports (HTML versions)
    pages[AR24] = page(AR24, 'Årsredovisning 2024', [('Kommun och politik', KP), ('Ekonomi', EK), ('Årsredovisning 2024', AR24)], f'''<p class="lead">Årsredovisningen för 2024 godkändes av kommunfullmäktige den 23 april 2025. Här är webbversionen. Hela årsredovisningen med räkenskaper och noter finns som <a href="/user/pages/06.kommun-och-politik/01.ekonomi/arsredovisning-2024.pdf">pdf</a>.</p>
<nav class="toc"><h2>Innehåll</h2><ol>
<li><a href="#ordforande">Kommunstyrelsens ordförande har ordet</a></li>
<li><a href="#oversikt">Översikt över verksamhetens utveckling</a></li>
<li><a href="#viktiga-forhallanden">Viktiga förhållanden för resultat och finansiell ställning</a></li>
<li><a href="#balanskrav">Balanskravsresultat</a></li>
<li><a href="#personal">Väsentliga personalförhållanden</a></li>
<li><a href="#sociala-investeringar">Sociala investeringsmedel</a></li>
<li><a href="#forvantad-utveckling">Förväntad utveckling</a></li>
<li><a href="#resultatrakning">Resultaträkning</a></li>
</ol></nav>
<h2 id="ordforande">Kommunstyrelsens ordförande har ordet</h2>
<p>2024 blev ett år med stora investeringar i skolan och i vatten och avlopp, men också ett år då befolkningen för första gången på tio år ökade. Vi gick med överskott för femte året i rad.</p>
<h2 id="oversikt">Översikt över verksamhetens utveckling</h2>
<table class="table">
<thead><tr><th>Nyckeltal</th><th>2020</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr></thead>
<tbody>
<tr><td>Antal invånare 31 december</td><td>4 113</td><td>4 062</td><td>4 031</td><td>4 009</td><td>4 024</td></tr>
<tr><td>Årets resultat, mnkr</td><td>11,4</td><td>14,8</td><td>5,1</td><td>6,2</td><td>4,7</td></tr>
<tr><td>Soliditet, procent</td><td>48</td><td>51</td><td>50</td><td>49</td><td>47</td></tr>
<tr><td>Nettoinvesteringar, mnkr</td><td>18,2</td><td>22,5</td><td>31,0</td><td>27,4</td><td>42,9</td></tr>
</tbody>
</table>
<h2 id="viktiga-forhallanden">Viktiga förhållanden för resultat och finansiell ställning</h2>
<p>Kostnaderna för placeringar av barn och unga minskade med 1,9 miljoner kronor jämfört med 2023. Kostnaderna för ekonomiskt bistånd ökade något.</p>
<h2 id="balanskrav">Balanskravsresultat</h2>
<p>Balanskravsresultatet uppgick till 4,2 miljoner kronor. Kommunen har inga underskott att återställa.</p>
<h2 id="personal">Väsentliga personalförhållanden</h2>
<p>Kommunen hade 412 tillsvidareanställda den 31 december. Sjukfrånvaron minskade från 7,1 till 6,4 procent.</p>
<h2 id="sociala-investeringar">Sociala investeringsmedel</h2>
<p>Kommunfullmäktige har sedan 2019 avsatt sammanlagt 5 miljoner kronor till sociala investeringsmedel. Under 2024 pågick tre satsningar, och 690 000 kronor betalades ut.</p>
<table class="table">
<caption>Satsningar med sociala investeringsmedel 2024</caption>
<thead><tr><th>Satsning</th><th>Ansvarig</th><th>Period</th><th>Beviljat</th><th>Utfall 2024</th></tr></thead>
<tbody>
<tr><td><a href="{P1}">Fritid i byarna</a></td><td>Kultur och fritid</td><td>jan 2024 – jun 2026</td><td>780 000 kr</td><td>240 000 kr</td></tr>
<tr><td><a href="{P2}">BUS-teamet</a></td><td>Individ- och familjeomsorgen</td><td>aug 2024 – jun 2027</td><td>1 350 000 kr</td><td>190 000 kr</td></tr>
<tr><td>Hälsolots 75+</td><td>Vård och omsorg</td><td>mar 2024 – feb 2026</td><td>600 000 kr</td><td>260 000 kr</td></tr>
</tbody>
</table>
<p>Läsglädje i Bastuträsk avslutades i juni 2023 och redovisades i årsredovisningen för 2023. Arbetssättet finns kvar på Bastuträsk skola.</p>
<h2 id="forvantad-utveckling">Förväntad utveckling</h2>
<p>Befolkningen väntas vara oförändrad de närmaste åren. Investeringarna i den nya skolan i Norsjö ökar kapitalkostnaderna från 2026.</p>
<h2 id="resultatrakning">Resultaträkning</h2>
<table class="table">
<thead><tr><th>Mnkr</th><th>2023</th><th>2024</th></tr></thead>
<tbody>
<tr><td>Verksamhetens intäkter</td><td>98,4</td><td>104,1</td></tr>
<tr><td>Verksamhetens kostnader</td><td>-402,7</td><td>-421,3</td></tr>
<tr><td>Skatteintäkter och generella statsbidrag</td><td>331,2</td><td>343,6</td></tr>
<tr><td>Årets resultat</td><td>6,2</td><td>4,7</td></tr>
</tbody>
</table>''', desc='Norsjö kommuns årsredovisning för 2024.', modified='2025-04-28')

    pages[AR23] = page(AR23, 'Årsredovisning 2023', [('Kommun och politik', KP), ('Ekonomi', EK), ('Årsredovisning 2023', AR23)], f'''<p class="lead">Årsredovisningen för 2023 godkändes av kommunfullmäktige den 22 april 2024.</p>
<h2 id="ordforande">Kommunstyrelsens ordförande har ordet</h2>
<p>2023 präglades av höga priser och räntor. Trots det gick kommunen med ett överskott på 6,2 miljoner kronor.</p>
<h2 id="viktiga-forhallanden">Viktiga förhållanden för resultat och finansiell ställning</h2>
<p>Pensionskostnaderna ökade kraftigt till följd av det nya pensionsavtalet. Skatteintäkterna blev högre än budgeterat.</p>
<h2 id="sociala-investeringar">Sociala investeringsmedel</h2>
<p>Under 2023 avslutades en satsning och två nya beviljades. Kommunfullmäktige avsatte ytterligare 2 miljoner kronor till medlen.</p>
<ul>
<li><a href="{P4}">Läsglädje i Bastuträsk</a> (augusti 2021 – juni 2023, 540 000 kronor) avslutades enligt plan. Andelen elever i årskurs 3 som nådde kunskapskraven i läsning ökade från 71 till 88 procent.</li>
<li>Fritid i byarna beviljades 780 000 kronor i november och startar i januari 2024.</li>
<li>Hälsolots 75+ beviljades 600 000 kronor i december och startar i mars 2024.</li>
</ul>
<h2 id="personal">Väsentliga personalförhållanden</h2>
<p>Kommunen hade 405 tillsvidareanställda. Sjukfrånvaron var 7,1 procent.</p>
<h2 id="forvantad-utveckling">Förväntad utveckling</h2>
<p>Befolkningen väntas minska något. Kommunen planerar för en ny skola i Norsjö.</p>''', desc='Norsjö kommuns årsredovisning för 2023.', modified='2024-04-25')

    # ------------------------------------------------------------ the project pages (hidden pages)
    pages[P1] = page(P1, 'Fritid i byarna', [('Uppleva och göra', UG), ('Fritid i byarna', P1)], f'''<p class="lead">Fritid i byarna är ett projekt som ska ge barn och unga i kommunens byar samma möjligheter till en aktiv fritid som barn i Norsjö samhälle.</p>
<p>I Bastuträsk, Kusfors och Bjurträsk finns få fritidsaktiviteter, och det är långt till hallen och simhallen i Norsjö. I projektet kör en fritidsbuss från byarna till Norsjö två kvällar i veckan, och föreningarna ordnar prova-på-aktiviteter i byarnas skolor och bygdegårdar. En fritidsledare på 75 procent samordnar arbetet.</p>
<p>Syftet är att fler barn och unga i byarna ska röra sig och vara med i en förening, och att färre ska känna sig ensamma.</p>
{facts_box([('Period', 'januari 2024 – juni 2026'), ('Budget', '780 000 kronor ur kommunens sociala investeringsmedel'),
            ('Ansvarig', 'Kultur och fritid, Norsjö kommun'), ('Samverkan', 'Norsjö IF, Bastuträsk IK, Kusfors bygdegårdsförening'),
            ('Målgrupp', 'Barn och unga 7–16 år som bor i byarna')])}''',
        desc='Fritidsbuss och prova-på-aktiviteter för barn och unga i byarna.', modified='2025-02-11')

    pages[P2] = page(P2, 'BUS-teamet – tidigt stöd till barn och unga', [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('BUS-teamet', P2)], '''<p class="lead">BUS står för Barn och Unga i Samverkan. I BUS-teamet arbetar socialtjänsten, elevhälsan och barnhälsovården tillsammans för att barn och familjer ska få stöd tidigt.</p>
<p>BUS-teamet är en social investering som startade i augusti 2024. Teamet består av en socialsekreterare, en skolkurator och en familjebehandlare, alla på heltid. Föräldrar kan själva kontakta teamet, och förskolan, skolan och barnavårdscentralen kan med föräldrarnas samtycke be teamet om hjälp.</p>
<p>Syftet med projektet är att färre barn ska behöva placeras utanför hemmet och att fler ska klara skolan.</p>
<table class="table">
<tbody>
<tr><th>Projektperiod</th><td>augusti 2024 – juni 2027</td></tr>
<tr><th>Finansiering</th><td>1 350 000 kronor ur kommunens sociala investeringsmedel</td></tr>
<tr><th>Projektägare</th><td>Individ- och familjeomsorgen</td></tr>
<tr><th>Samverkan</th><td>Elevhälsan, Region Västerbotten (barnhälsovården i Norsjö)</td></tr>
<tr><th>Målgrupp</th><td>Barn och unga 0–18 år och deras familjer</td></tr>
</tbody>
</table>
<h2>Kontakt</h2>
<p>Ring kommunens växel 0918-141 00 och fråga efter BUS-teamet.</p>''',
        desc='Socialtjänst, elevhälsa och barnhälsovård i samverkan.', modified='2025-09-15')

    pages[P3] = page(P3, 'Arbetsträning på Återbruket', [('Arbete och näringsliv', AN), ('Arbetsträning på Återbruket', P3)], f'''<p class="lead">Unga vuxna som har ekonomiskt bistånd kan arbetsträna på Återbruket, kommunens butik och verkstad för återbruk i Norsjö.</p>
<p>Projektet Arbetsträning på Återbruket startade i april 2025. Deltagarna reparerar möbler och cyklar, sorterar och säljer i butiken och får samtidigt stöd att söka jobb eller börja studera. En arbetsledare på heltid handleder deltagarna, och en studie- och yrkesvägledare från vuxenutbildningen finns på plats en dag i veckan.</p>
<p>Syftet är att fler unga vuxna ska gå vidare till arbete eller studier och att färre ska vara beroende av ekonomiskt bistånd.</p>
{facts_box([('Projektperiod', 'april 2025 – mars 2027'),
            ('Budget', '1 100 000 kronor, varav 700 000 kronor ur kommunens sociala investeringsmedel och 400 000 kronor från Samordningsförbundet Skellefteå'),
            ('Projektägare', 'Arbetsmarknadsenheten'), ('Samverkan', 'Arbetsförmedlingen, Samordningsförbundet Skellefteå, vuxenutbildningen'),
            ('Målgrupp', 'Unga vuxna 18–29 år med ekonomiskt bistånd'), ('Antal platser', '8')], 'Kort om projektet')}''',
        desc='Arbetsträning för unga vuxna på kommunens återbruk.', modified='2025-10-08')

    pages[P4] = page(P4, 'Läsglädje i Bastuträsk', [('Barn och utbildning', BU), ('Läsglädje i Bastuträsk', P4)], '''<p><strong>Projektet är avslutat.</strong></p>
<p>Läsglädje i Bastuträsk var ett projekt på Bastuträsk skola för elever i förskoleklass till årskurs 6. Projektet pågick från augusti 2021 till juni 2023 och finansierades med 540 000 kronor ur kommunens sociala investeringsmedel.</p>
<p>Skolbiblioteket hölls öppet varje dag, en lärare arbetade halvtid som läsombud, och alla elever läste högt tillsammans med en vuxen tre gånger i veckan. Elever som behövde mer stöd fick lästräning i liten grupp.</p>
<h2>Resultat</h2>
<p>Andelen elever i årskurs 3 som nådde kunskapskraven i läsning ökade från 71 till 88 procent. Skolan har behållit det dagliga högläsandet efter projektet.</p>''',
        desc='Ett avslutat läsprojekt på Bastuträsk skola 2021–2023.', modified='2023-09-04')

    pages[P5] = page(P5, 'Hälsolots 75+', [('Omsorg och stöd', OS), ('Äldreomsorg', ALD), ('Hälsolots 75+', P5)], f'''<p class="lead">Du som är 75 år eller äldre och inte har hemtjänst kan få ett hembesök av en hälsolots.</p>
<p>Hälsolots 75+ är en satsning för att förebygga fallolyckor, undernäring och ensamhet bland äldre i Norsjö kommun, särskilt i byarna. Två hälsolotsar, en undersköterska och en fysioterapeut, arbetar i satsningen på halvtid vardera. De besöker dig hemma, pratar om hur du mår och ger tips om träning, mat och aktiviteter nära dig.</p>
<p>Satsningen pågår från mars 2024 till februari 2026 och har fått 600 000 kronor ur kommunens sociala investeringsmedel. Den drivs av vård och omsorg tillsammans med Norsjö hälsocentral, Region Västerbotten.</p>
<h2>Så får du besök</h2>
<p>Alla som fyller 75 år får ett brev med ett förslag på tid. Du kan också ringa och boka ett besök.</p>''',
        desc='Hembesök för äldre som vill hålla sig friska.', modified='2024-05-14')

    # ------------------------------------------------------------ Kraftstationen (standing service), events, jobs
    pages[KRAFT] = page(KRAFT, 'Ungdomens hus Kraftstationen', [('Uppleva och göra', UG), ('Kraftstationen', KRAFT)], '''<p class="lead">Kraftstationen är kommunens mötesplats för unga mellan 13 och 19 år, mitt i Norsjö.</p>
<h2>Öppettider</h2>
<ul><li>Tisdag och torsdag kl. 15–21</li><li>Fredag kl. 18–23</li><li>Lov: se Kraftstationens Instagram</li></ul>
<p>På Kraftstationen finns musikstudio, gym, spel och café. Fritidsledarna ordnar resor, läger och kvällar med tema.</p>
<h2>Historia</h2>
<p>Kraftstationen startade som ett projekt med sociala investeringsmedel hösten 2019. Sedan januari 2022 är Kraftstationen en del av kultur och fritids ordinarie verksamhet.</p>''',
        desc='Mötesplats för unga 13–19 år.', modified='2025-08-18')

    pages[EVS] = page(EVS, 'Evenemang', [('Uppleva och göra', UG), ('Evenemang', EVS)], f'''<div class="event-list">
<div class="list-item"><p class="list-item__date">18 nov 2025</p><h3><a href="{EV}">Temakväll: Att vara förälder till en tonåring</a></h3></div>
<div class="list-item"><p class="list-item__date">6 dec 2025</p><h3>Julmarknad på Torget</h3><p>Kl. 11–15.</p></div>
</div>''', desc='Vad händer i Norsjö?', modified='2025-10-27')

    pages[EV] = page(EV, 'Temakväll: Att vara förälder till en tonåring', [('Uppleva och göra', UG), ('Evenemang', EVS), ('Temakväll', EV)], '''<p>Hur pratar man med sin tonåring om alkohol, nätet och kompisar? En familjebehandlare och en skolsköterska berättar och svarar på frågor. Kvällen ordnas av individ- och familjeomsorgen och elevhälsan.</p>
<ul>
<li><strong>Datum:</strong> tisdag 18 november 2025</li>
<li><strong>Tid:</strong> kl. 18.30–20.00</li>
<li><strong>Plats:</strong> Folkets hus, Norsjö</li>
<li><strong>Kostnad:</strong> Gratis, fika ingår</li>
<li><strong>Anmälan:</strong> senast 14 november till kommunens växel</li>
<li><strong>Arrangör:</strong> Norsjö kommun</li>
</ul>''', desc='Föräldrakväll om tonåren.', modified='2025-10-27')

    pages[JOBS] = page(JOBS, 'Lediga jobb', [('Kommun och politik', KP), ('Lediga jobb', JOBS)], f'''<ul><li><a href="{JOB}">Arbetsmarknadscoach, visstidsanställning</a> – sista ansökningsdag 30 november 2025</li>
<li>Undersköterska till Solgården – sista ansökningsdag 15 november 2025</li></ul>
<p>Alla lediga jobb finns också på <a href="https://norsjo.varbi.com/">norsjo.varbi.com</a>.</p>''', desc='Lediga jobb i Norsjö kommun.', modified='2025-11-03')

    pages[JOB] = page(JOB, 'Arbetsmarknadscoach, visstidsanställning', [('Kommun och politik', KP), ('Lediga jobb', JOBS), ('Arbetsmarknadscoach', JOB)], '''<p>Arbetsmarknadsenheten söker en arbetsmarknadscoach till projektet Arbetsträning på Återbruket, som får pengar ur kommunens sociala investeringsmedel.</p>
<h2>Om tjänsten</h2>
<p>Du coachar unga vuxna som arbetstränar på Återbruket, håller kontakt med arbetsgivare och Arbetsförmedlingen och dokumenterar deltagarnas utveckling.</p>
<h2>Kvalifikationer</h2>
<p>Du har utbildning inom beteendevetenskap, socialt arbete eller motsvarande och erfarenhet av att arbeta med unga vuxna.</p>
<ul>
<li><strong>Anställningsform:</strong> Visstidsanställning till och med 31 mars 2027</li>
<li><strong>Omfattning:</strong> 100 procent</li>
<li><strong>Tillträde:</strong> 12 januari 2026</li>
<li><strong>Sista ansökningsdag:</strong> 30 november 2025</li>
</ul>''', desc='Arbetsmarknadsenheten söker en arbetsmarknadscoach.', modified='2025-11-03')

    # ------------------------------------------------------------ news
    pages[NYH] = page(NYH, 'Nyheter', [('Nyheter', NYH)], news_list(NEWS25), desc='Nyheter från Norsjö kommun.', modified='2025-10-20',
                      sidebar=news_sidebar(), template='blog', tools=False)
    pages[ARKIV] = page(ARKIV, 'Nyhetsarkiv 2024', [('Nyheter', NYH), ('Arkiv 2024', ARKIV)], news_list(NEWS24), desc='Nyheter från 2024.',
                        modified='2024-12-30', sidebar=news_sidebar(), template='blog', tools=False)

    T_N = [('Nyheter', NYH)]
    pages[NN1] = page(NN1, 'Unga vuxna får arbetsträning på Återbruket', T_N + [('Unga vuxna får arbetsträning på Återbruket', NN1)], f'''<p class="lead">Åtta unga vuxna kan nu arbetsträna på Återbruket i Norsjö. Projektet ska hjälpa dem vidare till jobb eller studier.</p>
<p>– Många av deltagarna har inte haft ett jobb tidigare. Här får de komma varje morgon, lära sig ett arbete och känna att de behövs, säger arbetsledaren på Återbruket.</p>
<p>Projektet pågår i två år och får pengar ur kommunens sociala investeringsmedel och från Samordningsförbundet Skellefteå.</p>
<p><a href="{P3}">Läs mer om Arbetsträning på Återbruket</a></p>''', desc=NEWS25[1][4], modified='2025-10-08', sidebar=news_sidebar(), template='item')

    pages[NN2] = page(NN2, 'BUS-teamet har träffat 40 familjer', T_N + [('BUS-teamet har träffat 40 familjer', NN2)], f'''<p class="lead">Ett år efter starten har BUS-teamet gett stöd till 40 familjer i Norsjö kommun.</p>
<p>De flesta familjerna har själva hört av sig, ofta efter tips från förskolan eller skolan. Ingen av familjerna har behövt en placering under året.</p>
<p><a href="{P2}">Om BUS-teamet</a></p>''', desc=NEWS25[2][4], modified='2025-09-15', sidebar=news_sidebar(), template='item')

    pages[NN3] = page(NN3, 'Nu kan förvaltningarna söka sociala investeringsmedel för 2026', T_N + [('Sociala investeringsmedel 2026', NN3)], f'''<p class="lead">Kommunens verksamheter kan nu söka sociala investeringsmedel för satsningar som startar 2026. Ansökan ska vara inne senast den 31 oktober.</p>
<p>Det finns 630 000 kronor kvar att söka. Kommunstyrelsen beslutar i december.</p>
<p>Läs mer om <a href="{FUND}">sociala investeringsmedel</a> och <a href="{RIKT}">riktlinjerna</a>.</p>''', desc=NEWS25[3][4], modified='2025-09-01',
        sidebar=news_sidebar(), template='item')

    pages[NN4] = page(NN4, 'Snöröjning vintern 2025/2026', T_N + [('Snöröjning', NN4)], '''<p class="lead">Kommunen plogar när det har kommit fem centimeter snö. Huvudgator, skolvägar och busshållplatser plogas först.</p>''',
                      desc=NEWS25[0][4], modified='2025-10-20', sidebar=news_sidebar(), template='item')
    pages[NN5] = page(NN5, 'Nytt konstgräs på Norsjövallen', T_N + [('Nytt konstgräs', NN5)], '''<p class="lead">Den nya konstgräsplanen på Norsjövallen invigs lördag 30 augusti med match mellan Norsjö IF och Bastuträsk IK.</p>''',
                      desc=NEWS25[4][4], modified='2025-08-20', sidebar=news_sidebar(), template='item')
    pages[NN6] = page(NN6, 'Hälsolotsar besöker äldre i byarna', T_N + [('Arkiv 2024', ARKIV), ('Hälsolotsar besöker äldre i byarna', NN6)], f'''<p class="lead">Nu kan du som är 75 år eller äldre och bor i Norsjö kommun få besök av en hälsolots.</p>
<p>Hälsolotsarna är en undersköterska och en fysioterapeut. De har börjat i Bastuträsk och Kusfors och besöker hela kommunen under året.</p>
<p><a href="{P5}">Läs mer om Hälsolots 75+</a></p>''', desc=NEWS24[1][4], modified='2024-05-14', sidebar=news_sidebar(), template='item')
    pages[NN7] = page(NN7, 'Årsredovisningen för 2023 är klar', T_N + [('Arkiv 2024', ARKIV), ('Årsredovisningen för 2023 är klar', NN7)], f'''<p class="lead">Norsjö kommun gick med 6,2 miljoner kronor i överskott 2023. Kommunfullmäktige godkände årsredovisningen den 22 april.</p>
<p><a href="{AR23}">Läs årsredovisningen för 2023</a></p>''', desc=NEWS24[2][4], modified='2024-04-25', sidebar=news_sidebar(), template='item')
    pages[NN8] = page(NN8, 'Valet till Europaparlamentet 9 juni', T_N + [('Arkiv 2024', ARKIV), ('Valet till Europaparlamentet', NN8)], '''<p class="lead">Du kan förtidsrösta i kommunhuset och på biblioteket i Bastuträsk från den 22 maj.</p>''',
                      desc=NEWS24[0][4], modified='2024-05-30', sidebar=news_sidebar(), template='item')

    # ------------------------------------------------------------ furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], '''<p>Kommunens växel: 0918-141 00, vardagar kl. 8–16.<br>E-post: kommun@norsjo.se<br>Besöksadress: Storgatan 21, Norsjö</p>''',
                          desc='Så når du Norsjö kommun.', modified='2024-06-10', tools=False)
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)], '''<p>Webbplatsen använder en sessionskaka (grav-site-…) som försvinner när du stänger webbläsaren. Vi använder inga kakor för statistik.</p>''',
                        desc='Kakor på norsjo.se.', modified='2024-06-10', tools=False)
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', KAKOR), ('Tillgänglighetsredogörelse', TILLG)], '''<p>Norsjö kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2>Kända brister</h2><ul><li>Årsredovisningarna i pdf är inte helt tillgängliga. Webbversionerna är det.</li></ul>''',
                        desc='Hur tillgänglig är norsjo.se?', modified='2025-01-20', tools=False)

    for p, t in pages.items():
        write(H, p, t)

    sm = ['/', BU, OS, BOF, ALD, AN, UG, KRAFT, EVS, EV, KP, EK, AR24, AR23, FUND, RIKT, JOBS, JOB, NYH, ARKIV,
          NN4, NN1, NN2, NN3, NN5, NN8, NN7, NN6, KONTAKT, KAKOR, TILLG]
    rows = ''.join(f'''    <url>
        <loc>https://{H}{p}</loc>
        <lastmod>2025-10-20</lastmod>
    </url>
''' for p in sm)
    write(H, '/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/user/plugins/sitemap/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
{rows}</urlset>
''')
    write(H, '/robots.txt', f'''User-agent: *
Crawl-delay: 3
Disallow: /admin
Disallow: /sok
Disallow: /utskrift/
Disallow: /backup/
Disallow: /bin/
Disallow: /cache/
Disallow: /grav/
Disallow: /logs/
Disallow: /system/
Disallow: /vendor/
Disallow: /user/
Allow: /user/pages/
Allow: /user/themes/
Allow: /user/images/
Allow: /
Allow: *.css$
Allow: *.js$
Allow: /system/*.js$

Sitemap: https://{H}/sitemap.xml
''')
    return pages, sm


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemaps')
