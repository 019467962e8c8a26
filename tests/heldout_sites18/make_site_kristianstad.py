"""Kristianstads kommun (1290) on Umbraco 13 with the Block Grid editor."""
import uuid
from make_common import write, sitemap

H = 'www.kristianstad.se'
SH = '/kommun-och-politik/social-hallbarhet/'
FUND = SH + 'sociala-investeringar/'
PROJ = FUND + 'projekt/'
P1 = PROJ + 'foraldraskap-i-fokus/'
P2 = PROJ + 'sommarskola-nasby/'
P3 = PROJ + 'mattecoacher-va/'
P4 = '/omsorg-och-stod/aldreomsorg/seniorkompis-tollarp/'
P5 = '/kultur-och-fritid/bibliotek/bokstart-degeberga/'
DEAD = PROJ + 'trygga-strak-charlottesund/'
TAG = '/nyheter/amne/sociala-investeringar/'

MENU = [('/barn-och-utbildning/', 'Barn och utbildning'), ('/omsorg-och-stod/', 'Omsorg och stöd'),
        ('/kultur-och-fritid/', 'Kultur och fritid'), ('/bygga-och-bo/', 'Bygga och bo'),
        ('/naringsliv-och-arbete/', 'Näringsliv och arbete'), ('/kommun-och-politik/', 'Kommun och politik')]

SIDE = [(FUND, 'Sociala investeringar', 0), (FUND + 'sa-ansoker-du/', 'Så ansöker du', 1),
        (FUND + 'kriterier-och-villkor/', 'Kriterier och villkor', 1), (FUND + 'uppfoljning/', 'Uppföljning', 1),
        (FUND + 'avslutade-projekt/', 'Avslutade projekt', 1), (FUND + 'projekt-a-o/', 'Projekt A–Ö', 1)]

_n = [0]


def key():
    _n[0] += 1
    return str(uuid.UUID(int=0x5c1a0000000000000000000000000000 + _n[0] * 7919))


def block(alias, inner, span=12):
    k = key()
    return (f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" '
            f'data-content-element-type-key="{key()}" data-element-udi="umb://element/{k.replace("-", "")}" '
            f'data-col-span="{span}" data-row-span="1" style="--umb-block-grid--item-column-span: {span}; --umb-block-grid--item-row-span: 1; ">\n'
            f'{inner}\n</div>')


def grid(*blocks):
    return ('<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">\n'
            '<div class="umb-block-grid__layout-container">\n' + '\n'.join(blocks) + '\n</div>\n</div>')


def rte(html, span=12):
    return block('richTextBlock', f'<div class="rte">\n{html}\n</div>', span)


def card(href, title, text, img):
    return block('cardBlock', f'''<article class="card">
  <img class="card__img" src="/media/{img}?width=600&amp;height=338&amp;rmode=crop" alt="" loading="lazy">
  <div class="card__body"><h3 class="card__title"><a href="{href}">{title}</a></h3><p>{text}</p></div>
</article>''', 4)


def sidenav(current):
    out = []
    for h, t, lvl in SIDE:
        a = ' aria-current="page"' if h == current else ''
        out.append(f'<li class="sidenav__item sidenav__item--level-{lvl}"><a href="{h}"{a}>{t}</a></li>')
    return '<nav class="sidenav" aria-label="Undermeny"><ul>\n' + '\n'.join(out) + '\n</ul></nav>'


def page(path, title, content, crumbs, doctype='contentPage', side=None, tags=None):
    menu = '\n'.join(f'<li class="navbar__item"><a class="navbar__link" href="{h}">{t}</a></li>' for h, t in MENU)
    bc = '\n'.join([f'<li class="breadcrumb__item"><a href="/">Hem</a></li>'] +
                   [f'<li class="breadcrumb__item"><a href="{h}">{t}</a></li>' for h, t in crumbs] +
                   [f'<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">{title}</li>'])
    aside = f'<aside class="layout__aside">{side}</aside>' if side else ''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - Kristianstads kommun</title>
<link rel="canonical" href="https://www.kristianstad.se{path}">
<meta name="description" content="{title} - Kristianstads kommun">
<link rel="stylesheet" href="/css/site.min.css?v=13.5.2">
<link rel="stylesheet" href="/css/blockgridlayout.css">
<script defer src="/scripts/site.min.js?v=13.5.2"></script>
</head>
<body class="doctype-{doctype}">
<a class="skiplink" href="#main">Hoppa till huvudinnehållet</a>
<header class="header">
  <div class="header__inner">
    <a class="header__logo" href="/"><img src="/media/n3kdfjvq/kristianstad-logotyp.svg" alt="Kristianstads kommun"></a>
    <div class="header__tools">
      <a href="/lattlast/">Lättläst</a>
      <a href="/other-languages/">Other languages</a>
      <a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=9052&amp;lang=sv_se&amp;readid=main&amp;url=https://www.kristianstad.se{path}" rel="nofollow">Lyssna</a>
    </div>
    <form class="header__search" action="/sok/" method="get"><label for="search-q" class="sr-only">Sök</label><input id="search-q" type="search" name="q"><button type="submit">Sök</button></form>
  </div>
  <nav class="navbar" aria-label="Huvudmeny"><ul class="navbar__list">
{menu}
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Brödsmulor"><ol class="breadcrumb__list">
{bc}
</ol></nav>
<div class="layout{' layout--with-aside' if side else ''}">
{aside}
<main id="main" class="layout__main">
<h1 class="page-title">{title}</h1>
{content}
{tags or ''}
<p class="page-updated">Senast uppdaterad: 2025-10-08</p>
</main>
</div>
<footer class="footer">
  <div class="footer__inner">
    <div class="footer__col"><h2>Kristianstads kommun</h2><p>291 80 Kristianstad<br>Besöksadress: Rådhuset Ljunggren, V Storgatan 12<br>Telefon: 044-13 50 00<br><a href="mailto:kristianstads.kommun@kristianstad.se">kristianstads.kommun@kristianstad.se</a></p></div>
    <div class="footer__col"><h2>Snabblänkar</h2><ul><li><a href="/nyheter/">Nyheter</a></li><li><a href="/jobb/lediga-jobb/">Lediga jobb</a></li><li><a href="/kommun-och-politik/orter/">Våra orter</a></li></ul></div>
    <div class="footer__col"><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li></ul></div>
  </div>
</footer>
</body>
</html>
'''


def tagline(*tags):
    items = ''.join(f'<li><a class="tag" href="/nyheter/amne/{slug}/">{name}</a></li>' for slug, name in tags)
    return f'<div class="news-tags"><span>Ämnen:</span><ul class="tag-list">{items}</ul></div>'


SI = ('sociala-investeringar', 'Sociala investeringar')

NEWS = [
    # slug, title, date, dtext, tags, lead, body
    ('nu-kan-du-soka-medel-for-sociala-investeringar-2026', 'Nu kan du söka medel för sociala investeringar 2026', '2025-10-06', '6 oktober 2025', [SI],
     'Förvaltningarna kan nu söka pengar ur fonden för sociala investeringar inför 2026. Sista dag att lämna in en ansökan är den 28 november.',
     f'<p>Inför 2026 finns 4,5 miljoner kronor att fördela. Kommunstyrelsen har pekat ut barn och ungas skolresultat och ofrivillig ensamhet bland äldre som prioriterade områden.</p>\n<p>Läs mer om <a href="{FUND}sa-ansoker-du/">hur du ansöker</a> och vilka <a href="{FUND}kriterier-och-villkor/">kriterier och villkor</a> som gäller.</p>'),
    ('kommunstyrelsen-beviljade-tre-nya-sociala-investeringar', 'Kommunstyrelsen beviljade tre nya sociala investeringar', '2025-09-02', '2 september 2025', [SI],
     'Kommunstyrelsen har beslutat att tre nya projekt får pengar ur fonden för sociala investeringar.',
     '<p>De nya projekten är:</p>\n<ul>\n<li><strong>Trygga stråk Charlottesund</strong> – tekniska förvaltningen, 1 200 000 kronor</li>\n<li><strong>Hälsoinspiratörer i Gamlegården</strong> – omsorgsförvaltningen, 950 000 kronor</li>\n<li><strong>Digitala vägar till jobb</strong> – arbetsmarknadsförvaltningen, 1 400 000 kronor</li>\n</ul>\n<p>Projekten startar under hösten 2025 och våren 2026.</p>'),
    ('valkommen-pa-frukostseminarium-om-sociala-investeringar', 'Välkommen på frukostseminarium om sociala investeringar', '2025-05-20', '20 maj 2025', [SI],
     'Hur räknar man på förebyggande arbete? Välkommen på frukostseminarium den 12 juni.',
     '<p><strong>När:</strong> 12 juni 2025 kl. 8.00–9.30<br><strong>Var:</strong> Rådhuset Ljunggren, sessionssalen<br><strong>Anmälan:</strong> senast 5 juni till folkhalsa@kristianstad.se</p>\n<p>Ingvar Nilsson, nationalekonom, berättar om socioekonomiska analyser och hur kommuner kan räkna på vad utanförskap kostar.</p>'),
    ('sa-gick-det-for-mattecoacherna-i-va', 'Så gick det för Mattecoacherna i Vä', '2025-03-11', '11 mars 2025', [SI, ('skola', 'Skola')],
     'Fler elever i Vä klarar nu matematiken i årskurs 9. Slutrapporten för projektet Mattecoacher i Vä är klar.',
     f'<p>Under tre läsår har två mattecoacher arbetat på Väskolan. Andelen elever med godkänt betyg i matematik i årskurs 9 ökade från 78 till 89 procent.</p>\n<p><a href="{P3}">Läs mer om Mattecoacher i Vä</a></p>'),
    ('fonden-for-sociala-investeringar-fylls-pa', 'Fonden för sociala investeringar fylls på med 5 miljoner', '2025-02-04', '4 februari 2025', [SI, ('ekonomi', 'Ekonomi')],
     'Kommunfullmäktige har beslutat att föra över 5 miljoner kronor av 2024 års överskott till fonden för sociala investeringar.',
     '<p>Fonden inrättades 2020 och har sedan dess fått sammanlagt 25 miljoner kronor. Hittills har sju projekt fått pengar.</p>'),
    ('seniorkompis-bryter-ensamheten-i-tollarp', 'Seniorkompis bryter ensamheten i Tollarp', '2024-11-19', '19 november 2024', [SI, ('aldreomsorg', 'Äldreomsorg')],
     'I Tollarp matchas äldre som känner sig ensamma med en frivillig kompis. Projektet har fått pengar ur fonden för sociala investeringar.',
     f'<p>– Jag har fått någon att fika och promenera med varje vecka. Det betyder mer än man tror, säger Gunnel, 84 år.</p>\n<p>Hittills har 23 par matchats. Projektet söker fler frivilliga, särskilt män.</p>\n<p><a href="{P4}">Läs mer om Seniorkompis i Tollarp</a></p>'),
    ('fyra-fragor-om-sociala-investeringar', 'Fyra frågor om kommunens sociala investeringar', '2024-04-23', '23 april 2024', [SI],
     'Vad är en social investering och varför satsar kommunen på det? Folkhälsostrateg Sara Lindqvist svarar.',
     '<p><strong>Vad är en social investering?</strong><br>Det är pengar som används i dag för att förebygga problem som annars skulle kosta mer längre fram, både för människor och för samhället.</p>\n<p><strong>Vem kan få pengar?</strong><br>Kommunens förvaltningar, ofta tillsammans med föreningar eller Region Skåne.</p>\n<p><strong>Hur följs det upp?</strong><br>Varje projekt har mål som mäts varje år.</p>\n<p><strong>Var kan jag läsa mer?</strong><br>På sidan om sociala investeringar.</p>'),
]
OTHER_NEWS = [
    ('vagarbete-pa-ostra-boulevarden', 'Vägarbete på Östra Boulevarden', '2025-09-22', '22 september 2025', [('trafik', 'Trafik')],
     'Från den 29 september byggs Östra Boulevarden om mellan Södra Kasern och Tivoliparken.',
     '<p>Arbetet pågår till och med december. Busslinje 1 och 3 får ändrade hållplatser.</p>'),
    ('hostlov-i-kristianstad', 'Höstlov i Kristianstad', '2025-10-01', '1 oktober 2025', [('fritid', 'Fritid')],
     'Gratis aktiviteter för barn och unga under höstlovet vecka 44.',
     '<p>Programmet finns på biblioteken och fritidsgårdarna.</p>'),
]


def npath(slug):
    return f'/nyheter/{slug}/'


def news_page(n):
    slug, title, date, dtext, tags, lead, body = n
    content = f'<p class="news__date"><time datetime="{date}">{dtext}</time></p>\n' + grid(rte(f'<p class="lead">{lead}</p>\n{body}', 8))
    return page(npath(slug), title, content, [('/nyheter/', 'Nyheter')], 'newsPage', tags=tagline(*tags))


def news_list(items):
    li = '\n'.join(f'<li class="news-list__item"><a href="{npath(s)}"><h2>{t}</h2></a><time datetime="{d}">{dt}</time><p>{lead}</p></li>'
                   for s, t, d, dt, tg, lead, b in items)
    return f'<ul class="news-list">\n{li}\n</ul>'


def pager(base, cur, last):
    out = []
    if cur > 1:
        prev = base if cur == 2 else f'{base}sida/{cur-1}/'
        out.append(f'<a class="pager__prev" href="{prev}">Föregående</a>')
    for i in range(1, last + 1):
        href = base if i == 1 else f'{base}sida/{i}/'
        out.append(f'<span class="pager__current">{i}</span>' if i == cur else f'<a class="pager__link" href="{href}">{i}</a>')
    if cur < last:
        out.append(f'<a class="pager__next" href="{base}sida/{cur+1}/">Nästa</a>')
    return '<nav class="pager" aria-label="Sidnumrering">' + ' '.join(out) + '</nav>'


def build():
    pages = {}
    CK = [('/kommun-och-politik/', 'Kommun och politik')]
    CSH = CK + [(SH, 'Social hållbarhet')]
    CF = CSH + [(FUND, 'Sociala investeringar')]

    pages['/'] = page('/', 'Välkommen till Kristianstads kommun', grid(
        rte('<p class="lead">Här hittar du information och service från Kristianstads kommun.</p>\n<div class="popular"><h2>Populära sökningar</h2><ul><li><a href="/sok/?q=bygglov">Bygglov</a></li><li><a href="/sok/?q=skolskjuts">Skolskjuts</a></li><li><a href="/sok/?q=avfallsh%C3%A4mtning">Avfallshämtning</a></li></ul></div>'),
        card('/barn-och-utbildning/', 'Barn och utbildning', 'Förskola, skola och vuxenutbildning.', 'x1c2v3b4/skola.jpg'),
        card('/omsorg-och-stod/', 'Omsorg och stöd', 'Äldreomsorg, funktionsnedsättning och socialt stöd.', 'q9w8e7r6/omsorg.jpg'),
        card('/kultur-och-fritid/', 'Kultur och fritid', 'Bibliotek, bad, idrott och evenemang.', 'a5s4d3f2/fritid.jpg'),
        block('newsListBlock', '<section class="news-block"><h2>Nyheter</h2>' + news_list([NEWS[0], OTHER_NEWS[1], NEWS[1]]) + '<p><a href="/nyheter/">Alla nyheter</a></p></section>'),
    ), [], 'homePage').replace('<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">Välkommen till Kristianstads kommun</li>', '')

    pages['/kommun-och-politik/'] = page('/kommun-och-politik/', 'Kommun och politik', grid(
        rte('<p class="lead">Hur kommunen styrs, ekonomi, hållbarhet och fakta om Kristianstad och våra orter.</p>'),
        card(SH, 'Social hållbarhet', 'Folkhälsa, trygghet och sociala investeringar.', 'h7g6f5d4/social-hallbarhet.jpg'),
        card('/kommun-och-politik/orter/', 'Våra orter', 'Åhus, Tollarp, Degeberga och de andra orterna i kommunen.', 'z1x2c3v4/orter.jpg'),
        card('/kommun-och-politik/politik-och-beslut/', 'Politik och beslut', 'Kommunfullmäktige, kommunstyrelsen och nämnderna.', 'p0o9i8u7/politik.jpg'),
        card('/kommun-och-politik/ekonomi/', 'Ekonomi', 'Budget, årsredovisning och skattesats.', 'l1k2j3h4/ekonomi.jpg'),
    ), [], 'landingPage')

    pages[SH] = page(SH, 'Social hållbarhet', grid(
        rte('<p class="lead">Kristianstads kommun arbetar för att alla invånare ska ha goda och jämlika livsvillkor.</p>\n<p>Arbetet utgår från kommunens program för social hållbarhet 2023–2030 och görs tillsammans med Region Skåne, polisen och civilsamhället.</p>'),
        card(FUND, 'Sociala investeringar', 'Pengar till förebyggande projekt för barn, unga och äldre.', 'm3n4b5v6/sociala-investeringar.jpg'),
        card(SH + 'folkhalsa/', 'Folkhälsa', 'Folkhälsoarbete och folkhälsorådet.', 'c6v7b8n9/folkhalsa.jpg'),
        card(SH + 'trygghet/', 'Trygghet och brottsförebyggande', 'Kommunens trygghetsarbete.', 'j2k3l4m5/trygghet.jpg'),
    ), CK, 'landingPage')

    pages[FUND] = page(FUND, 'Sociala investeringar', grid(
        rte('<p class="lead">Genom fonden för sociala investeringar kan kommunens förvaltningar pröva nya förebyggande arbetssätt som ger bättre livsvillkor och på sikt lägre kostnader.</p>\n'
            '<p>Kommunfullmäktige inrättade fonden 2020. Sedan dess har fonden fått 25 miljoner kronor och tio projekt har beviljats pengar. Ett projekt kan få pengar i högst tre år, och tanken är att det som fungerar ska bli en del av den ordinarie verksamheten.</p>\n'
            '<h2>Pågående projekt</h2>'),
        card(P1, 'Föräldraskap i fokus', 'Föräldrastöd för familjer med barn i förskoleåldern i Gamlegården.', 't5r4e3w2/foraldraskap.jpg'),
        card(DEAD, 'Trygga stråk Charlottesund', 'Belysning och trygghetsvandringar längs gång- och cykelvägar.', 'y6u7i8o9/trygga-strak.jpg'),
        rte(f'<p>Se alla projekt i <a href="{FUND}projekt-a-o/">Projekt A–Ö</a> eller läs om <a href="{FUND}avslutade-projekt/">avslutade projekt</a>.</p>'),
        block('contactBlock', '<div class="contact"><h2>Kontakt</h2><p><strong>Sara Lindqvist</strong>, folkhälsostrateg<br>Telefon: 044-13 52 17<br><a href="mailto:sara.lindqvist@kristianstad.se">sara.lindqvist@kristianstad.se</a></p></div>', 6),
    ), CSH, 'fundPage', sidenav(FUND))

    pages[FUND + 'sa-ansoker-du/'] = page(FUND + 'sa-ansoker-du/', 'Så ansöker du', grid(
        rte('<p class="lead">Förvaltningarna kan söka pengar ur fonden en gång per år. Ansökan för 2026 ska vara inne senast den 28 november 2025.</p>\n'
            '<h2>Steg för steg</h2>\n<ol>\n<li>Boka ett samtal med folkhälsostrategen för att stämma av er idé.</li>\n<li>Skriv ansökan i kommunens mall. Beskriv problemet, målgruppen, vad ni vill göra och hur ni ska mäta resultatet.</li>\n<li>Gör en kostnadskalkyl och en bedömning av vilka kostnader som kan minska på sikt.</li>\n<li>Låt förvaltningschefen godkänna ansökan och skicka den till registrator.</li>\n</ol>\n'
            '<p>Beredningsgruppen lämnar förslag till kommunstyrelsen, som fattar beslut i februari.</p>\n'
            '<p><a href="/media/w2e3r4t5/ansokan-sociala-investeringar-2026.docx">Ansökningsmall (Word)</a></p>', 8),
    ), CF, 'contentPage', sidenav(FUND + 'sa-ansoker-du/'))

    pages[FUND + 'kriterier-och-villkor/'] = page(FUND + 'kriterier-och-villkor/', 'Kriterier och villkor', grid(
        rte('<p class="lead">För att få pengar ur fonden ska projektet uppfylla några grundläggande kriterier.</p>\n<ul>\n<li>Projektet ska vara förebyggande och rikta sig till barn, unga, unga vuxna eller äldre.</li>\n<li>Minst två förvaltningar eller en förvaltning och en extern part ska samverka.</li>\n<li>Projektet får pågå i högst tre år och få högst 3 miljoner kronor.</li>\n<li>Förvaltningen ska bidra med egen tid motsvarande minst 20 procent av projektets kostnad.</li>\n<li>Det ska finnas en plan för hur arbetet kan fortsätta om det ger resultat.</li>\n</ul>\n<h2>Återbetalning</h2>\n<p>Om projektet leder till minskade kostnader ska förvaltningen betala tillbaka hälften av det beviljade beloppet till fonden inom fem år.</p>', 8),
    ), CF, 'contentPage', sidenav(FUND + 'kriterier-och-villkor/'))

    pages[FUND + 'uppfoljning/'] = page(FUND + 'uppfoljning/', 'Uppföljning', grid(
        rte('<p class="lead">Varje projekt rapporterar sina resultat en gång per år till kommunstyrelsen. Här är en sammanställning för fonden som helhet.</p>', 12),
        block('tableBlock', '''<table class="table"><caption>Fonden för sociala investeringar 2020–2025</caption>
<thead><tr><th>År</th><th>Nya projekt</th><th>Beviljat, tkr</th><th>Återbetalt till fonden, tkr</th></tr></thead>
<tbody><tr><td>2020</td><td>2</td><td>3 400</td><td>0</td></tr><tr><td>2021</td><td>1</td><td>1 650</td><td>0</td></tr><tr><td>2022</td><td>0</td><td>0</td><td>0</td></tr><tr><td>2023</td><td>0</td><td>0</td><td>400</td></tr><tr><td>2024</td><td>2</td><td>3 140</td><td>650</td></tr><tr><td>2025</td><td>5</td><td>4 750</td><td>900</td></tr></tbody></table>'''),
        rte('<p>Högskolan Kristianstad gör en följeforskning av fonden 2024–2026. En delrapport kommer våren 2026.</p>\n<p>För medarbetare: <a href="/media/interna/q1w2e3r4/beredningsgruppen-protokoll-2025.pdf">Beredningsgruppens protokoll 2025 (pdf)</a></p>', 8),
    ), CF, 'contentPage', sidenav(FUND + 'uppfoljning/'))

    pages[FUND + 'avslutade-projekt/'] = page(FUND + 'avslutade-projekt/', 'Avslutade projekt', grid(
        rte('<p class="lead">Projekt som har fått pengar ur fonden och som nu är avslutade.</p>', 12),
        block('tableBlock', f'''<table class="table"><thead><tr><th>Projekt</th><th>Förvaltning</th><th>Period</th><th>Beviljat</th></tr></thead>
<tbody><tr><td><a href="{P3}">Mattecoacher i Vä</a></td><td>Barn- och utbildningsförvaltningen</td><td>2021–2024</td><td>1 650 000 kr</td></tr>
<tr><td>Ung i Åhus</td><td>Kultur- och fritidsförvaltningen</td><td>2020–2023</td><td>1 900 000 kr</td></tr>
<tr><td>Boendecoacher</td><td>Arbetsmarknadsförvaltningen</td><td>2020–2022</td><td>1 500 000 kr</td></tr></tbody></table>'''),
    ), CF, 'contentPage', sidenav(FUND + 'avslutade-projekt/'))

    pages[FUND + 'projekt-a-o/'] = page(FUND + 'projekt-a-o/', 'Projekt A–Ö', grid(
        rte(f'''<p class="lead">Alla projekt som har fått pengar ur fonden för sociala investeringar, i bokstavsordning.</p>
<nav class="az-nav"><a href="#F">F</a> <a href="#M">M</a> <a href="#S">S</a> <a href="#T">T</a> <a href="#U">U</a></nav>
<h2 id="F">F</h2><ul><li><a href="{P1}">Föräldraskap i fokus</a></li></ul>
<h2 id="M">M</h2><ul><li><a href="{P3}">Mattecoacher i Vä</a> (avslutat)</li></ul>
<h2 id="S">S</h2><ul><li><a href="{P2}">Sommarskola i Näsby</a></li></ul>
<h2 id="T">T</h2><ul><li><a href="{DEAD}">Trygga stråk Charlottesund</a></li></ul>
<h2 id="U">U</h2><ul><li>Ung i Åhus (avslutat)</li></ul>''', 8),
    ), CF, 'contentPage', sidenav(FUND + 'projekt-a-o/'))

    CP = CF + [(FUND + 'projekt-a-o/', 'Projekt A–Ö')]
    pages[P1] = page(P1, 'Föräldraskap i fokus', grid(
        rte(f'''<p class="print"><a href="{P1}?altTemplate=utskrift" rel="nofollow">Skriv ut sidan</a></p>
<p class="lead">Föräldraskap i fokus erbjuder föräldrastöd till familjer med barn i förskoleåldern i Gamlegården, på förskolan och på familjens eget språk.</p>
<h2>Bakgrund och syfte</h2>
<p>Forskning visar att tidigt stöd i föräldraskapet minskar risken för att barn utvecklar beteendeproblem. Samtidigt når kommunens ordinarie föräldrautbildningar sällan familjer i Gamlegården. Syftet med projektet är att fler föräldrar ska få verktyg för att stötta sina barns utveckling, och att färre barn ska behöva särskilt stöd när de börjar skolan.</p>
<h2>Så arbetar vi</h2>
<p>Två familjepedagoger leder föräldragrupper enligt programmet ABC på förskolorna Gamlegården och Lerbäck. Grupperna hålls på svenska, arabiska och somaliska med hjälp av kulturtolkar.</p>''', 8),
        block('factBlock', '''<div class="factbox"><h2>Fakta</h2><ul>
<li><span class="factbox__label">Period:</span> september 2024 – juni 2027</li>
<li><span class="factbox__label">Budget:</span> 2 600 000 kronor från fonden för sociala investeringar</li>
<li><span class="factbox__label">Ansvarig:</span> Barn- och utbildningsförvaltningen</li>
<li><span class="factbox__label">Samverkan:</span> Socialförvaltningen, Region Skåne (familjecentralen)</li>
<li><span class="factbox__label">Målgrupp:</span> Föräldrar till barn 1–5 år i Gamlegården</li>
</ul></div>''', 4),
    ), CP, 'projectPage', sidenav(FUND))

    pages[P2] = page(P2, 'Sommarskola i Näsby', grid(
        rte(f'''<p class="print"><a href="{P2}?altTemplate=utskrift" rel="nofollow">Skriv ut sidan</a></p>
<p class="lead">Sommarskolan i Näsby ger elever i årskurs 6–9 chansen att ta igen kunskaper i svenska, engelska och matematik under sommarlovet.</p>
<p>Sommarskolan hålls på Näsby skola under tre veckor i juni och augusti, somrarna 2025 och 2026. Utöver undervisning på förmiddagarna erbjuds lunch och idrottsaktiviteter på eftermiddagarna i samarbete med IFK Kristianstad.</p>
<h2>Varför sommarskola?</h2>
<p>Elever som inte når målen i årskurs 9 har betydligt svårare att klara gymnasiet. Genom sommarskolan vill vi öka andelen elever i Näsby som blir behöriga till gymnasiets nationella program.</p>
<h2>Ekonomi och organisation</h2>
<p>Projektet har beviljats 720 000 kronor ur fonden för sociala investeringar, fördelat på två somrar. Barn- och utbildningsförvaltningen ansvarar för projektet. Sommaren 2025 deltog 64 elever.</p>''', 8),
    ), CP, 'projectPage', sidenav(FUND))

    pages[P3] = page(P3, 'Mattecoacher i Vä', grid(
        rte('''<p class="lead">Projektet Mattecoacher i Vä är avslutat. Under tre läsår arbetade två mattecoacher på Väskolan för att fler elever skulle klara matematiken.</p>
<h2>Om projektet</h2>
<p>Mattecoacher i Vä pågick från augusti 2021 till juni 2024. Coacherna arbetade i klassrummen tillsammans med lärarna, höll läxhjälp två eftermiddagar i veckan och hade samtal med elever och föräldrar om studieteknik.</p>
<p>Barn- och utbildningsförvaltningen fick 1 650 000 kronor ur fonden för sociala investeringar för projektet.</p>
<h2>Resultat</h2>
<p>Andelen elever med godkänt betyg i matematik i årskurs 9 ökade från 78 till 89 procent. Arbetssättet med en mattecoach finns nu kvar på Väskolan och har spridits till två andra skolor.</p>''', 8),
    ), CF + [(FUND + 'avslutade-projekt/', 'Avslutade projekt')], 'projectPage', sidenav(FUND + 'avslutade-projekt/'))

    # omsorg
    CO = [('/omsorg-och-stod/', 'Omsorg och stöd')]
    pages['/omsorg-och-stod/'] = page('/omsorg-och-stod/', 'Omsorg och stöd', grid(
        card('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg', 'Hemtjänst, särskilt boende och träffpunkter.', 'b1n2m3k4/aldre.jpg'),
        card('/omsorg-och-stod/funktionsnedsattning/', 'Funktionsnedsättning', 'Stöd enligt LSS och socialtjänstlagen.', 'g5h6j7k8/lss.jpg'),
        card('/omsorg-och-stod/ekonomiskt-bistand/', 'Ekonomiskt bistånd', 'Försörjningsstöd och budgetrådgivning.', 'v9b8n7m6/bistand.jpg'),
    ), [], 'landingPage')
    pages['/omsorg-och-stod/aldreomsorg/'] = page('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg', grid(
        rte('<p class="lead">Här hittar du information om hemtjänst, särskilt boende, trygghetslarm och träffpunkter för dig som är äldre.</p>\n<ul>\n<li><a href="/omsorg-och-stod/aldreomsorg/hemtjanst/">Hemtjänst</a></li>\n<li><a href="/omsorg-och-stod/aldreomsorg/sarskilt-boende/">Särskilt boende</a></li>\n<li><a href="/omsorg-och-stod/aldreomsorg/traffpunkter/">Träffpunkter</a></li>\n</ul>', 8),
    ), CO, 'contentPage')
    pages[P4] = page(P4, 'Seniorkompis i Tollarp', grid(
        rte('''<p class="lead">Seniorkompis matchar äldre i Tollarp som känner sig ensamma med en frivillig kompis som de kan träffa regelbundet.</p>
<p>Ofrivillig ensamhet ökar risken för depression och för att behöva hemtjänst tidigare. I Seniorkompis får äldre som bor hemma en frivillig som de träffar varje vecka – för en promenad, en fika eller ett besök på biblioteket.</p>
<h3>Fakta</h3>
<p><strong>Projekttid:</strong> 1 mars 2024 – 28 februari 2026<br>
<strong>Finansiering:</strong> 540 000 kronor ur fonden för sociala investeringar<br>
<strong>Projektägare:</strong> Omsorgsförvaltningen<br>
<strong>I samarbete med:</strong> Svenska kyrkan Tollarp och PRO Tollarp</p>
<p>Vill du bli seniorkompis eller få en kompis? Ring projektledaren Lena Håkansson på 044-13 58 60.</p>''', 8),
    ), CO + [('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg')], 'contentPage')

    # kultur och fritid, orter
    CKF = [('/kultur-och-fritid/', 'Kultur och fritid')]
    pages['/kultur-och-fritid/'] = page('/kultur-och-fritid/', 'Kultur och fritid', grid(
        card('/kultur-och-fritid/bibliotek/', 'Bibliotek', 'Stadsbiblioteket och biblioteken på orterna.', 'r4t5y6u7/bibliotek.jpg'),
        card('/kultur-och-fritid/bad/', 'Bad och simhallar', 'Kristianstads badanläggningar.', 'e3w2q1a2/bad.jpg'),
        card('/kultur-och-fritid/fritidsgardar/', 'Fritidsgårdar', 'Mötesplatser för unga.', 'o8i7u6y5/fritidsgard.jpg'),
    ), [], 'landingPage')
    pages['/kultur-och-fritid/bibliotek/'] = page('/kultur-och-fritid/bibliotek/', 'Bibliotek', grid(
        rte('<p class="lead">Kristianstads kommun har ett stadsbibliotek och tio filialer runt om i kommunen.</p>\n<h2>Våra bibliotek</h2>\n<ul><li>Stadsbiblioteket</li><li>Åhus bibliotek</li><li>Degeberga bibliotek</li><li>Tollarps bibliotek</li><li>Vä bibliotek</li></ul>\n<p>Lånar gör du med ditt lånekort eller med BankID i appen.</p>', 8),
    ), CKF, 'contentPage')
    pages[P5] = page(P5, 'Bokstart Degeberga', grid(
        rte('''<p class="lead">Bokstart Degeberga ska ge små barn en god språkutveckling genom att föräldrar läser, pratar och sjunger med sina barn från första början.</p>
<p>Bibliotekspedagoger gör hembesök hos familjer med barn i åldern 6 månader till 3 år i Degeberga med omnejd och ger en bokgåva och tips om läsning. Familjerna bjuds sedan in till sagostunder och rim- och ramsträffar på Degeberga bibliotek.</p>
<p>Bokstart Degeberga pågår från januari 2025 till december 2026. Kultur- och fritidsförvaltningen har fått 480 000 kronor ur kommunens fond för sociala investeringar. Projektet görs i samarbete med barnavårdscentralen i Degeberga och förskolan Solrosen, och bygger på Kulturrådets nationella satsning Bokstart.</p>
<p>Målet är att nå 60 familjer under projekttiden.</p>''', 8),
    ), CKF + [('/kultur-och-fritid/bibliotek/', 'Bibliotek')], 'contentPage')

    pages['/kommun-och-politik/orter/'] = page('/kommun-och-politik/orter/', 'Våra orter', grid(
        rte('''<p class="lead">Kristianstads kommun består av staden Kristianstad och ett tjugotal orter och byar.</p>
<ul>
<li><a href="/kommun-och-politik/orter/ahus/">Åhus</a></li>
<li><a href="/kommun-och-politik/orter/degeberga/">Degeberga</a></li>
<li><a href="/kommun-och-politik/orter/tollarp/">Tollarp</a></li>
<li><a href="/kommun-och-politik/orter/va/">Vä</a></li>
<li><a href="/kommun-och-politik/orter/fjalkinge/">Fjälkinge</a></li>
<li><a href="/kommun-och-politik/orter/arkelstorp/">Arkelstorp</a></li>
</ul>''', 8),
    ), CK, 'contentPage')
    pages['/kommun-och-politik/orter/degeberga/'] = page('/kommun-och-politik/orter/degeberga/', 'Degeberga', grid(
        rte('''<p class="lead">Degeberga ligger vid foten av Linderödsåsen, cirka 25 kilometer söder om Kristianstad, och har omkring 1 500 invånare.</p>
<p>I Degeberga finns förskola, skola för årskurs F–6, bibliotek, vårdcentral och ett aktivt föreningsliv. Närheten till Forsakar naturreservat och Hanöbukten lockar många besökare.</p>''', 8),
        block('linkListBlock', f'''<div class="link-list"><h2>Aktuellt i Degeberga</h2><ul>
<li><a href="{P5}">Bokstart Degeberga – läsning för de minsta</a></li>
<li><a href="/kultur-och-fritid/bad/friluftsbad/">Degeberga friluftsbad</a></li>
<li><a href="/bygga-och-bo/detaljplaner/degeberga-5-12/">Detaljplan för Degeberga 5:12</a></li>
</ul></div>''', 4),
    ), CK + [('/kommun-och-politik/orter/', 'Våra orter')], 'contentPage')

    # news
    allnews = sorted(NEWS + OTHER_NEWS, key=lambda n: n[2], reverse=True)
    for n in allnews:
        pages[npath(n[0])] = news_page(n)
    pages['/nyheter/'] = page('/nyheter/', 'Nyheter', news_list(allnews[:5]) + pager('/nyheter/', 1, 2), [], 'newsListPage')
    pages['/nyheter/sida/2/'] = page('/nyheter/sida/2/', 'Nyheter – sida 2', news_list(allnews[5:]) + pager('/nyheter/', 2, 2), [('/nyheter/', 'Nyheter')], 'newsListPage')
    tagged = sorted(NEWS, key=lambda n: n[2], reverse=True)
    pages[TAG] = page(TAG, 'Nyheter om sociala investeringar', news_list(tagged[:5]) + pager(TAG, 1, 2), [('/nyheter/', 'Nyheter')], 'tagPage')
    pages[TAG + 'sida/2/'] = page(TAG + 'sida/2/', 'Nyheter om sociala investeringar – sida 2', news_list(tagged[5:]) + pager(TAG, 2, 2), [('/nyheter/', 'Nyheter'), (TAG, 'Sociala investeringar')], 'tagPage')

    # jobs
    JOB = '/jobb/lediga-jobb/projektledare-sociala-investeringar/'
    pages['/jobb/lediga-jobb/'] = page('/jobb/lediga-jobb/', 'Lediga jobb', grid(rte(f'<p class="lead">Vill du arbeta i Kristianstads kommun? Här är några av våra lediga jobb.</p>\n<ul><li><a href="{JOB}">Projektledare för sociala investeringar</a>, kommunledningskontoret</li><li><a href="/jobb/lediga-jobb/underskoterska-tollarp/">Undersköterska, Tollarp</a></li></ul>\n<p>Alla lediga jobb finns på <a href="https://kristianstad.varbi.com/">kristianstad.varbi.com</a>.</p>', 8)), [], 'contentPage')
    pages[JOB] = page(JOB, 'Projektledare för sociala investeringar', grid(rte(f'''<p class="lead">Kommunledningskontoret söker en projektledare som vill utveckla kommunens arbete med sociala investeringar.</p>
<h2>Arbetsuppgifter</h2>
<p>Du stöttar förvaltningarna när de tar fram ansökningar till fonden för sociala investeringar, samordnar beredningsgruppen och följer upp projekten, bland annat Föräldraskap i fokus och Sommarskola i Näsby. Du sammanställer den årliga rapporten till kommunstyrelsen.</p>
<h2>Kvalifikationer</h2>
<p>Högskoleexamen inom folkhälsa, samhällsvetenskap eller ekonomi. Erfarenhet av projektledning och utvärdering.</p>
<p><strong>Omfattning:</strong> Visstidsanställning på heltid till och med 31 december 2027<br><strong>Sista ansökningsdag:</strong> 2025-11-23<br><strong>Referensnummer:</strong> KLK 2025/318</p>''', 8)), [('/jobb/lediga-jobb/', 'Lediga jobb')], 'jobPage')

    for p, html in pages.items():
        write(H, p, html)
    write(H, '/robots.txt', '''User-agent: *
Disallow: /umbraco/
Disallow: /App_Plugins/
Disallow: /sok/
Disallow: /*?altTemplate=
Disallow: /media/interna/

Sitemap: https://www.kristianstad.se/sitemap.xml
''')
    write(H, '/sitemap.xml', sitemap(H, list(pages)))
    return pages, JOB


if __name__ == '__main__':
    ps, _ = build()
    print(len(ps))
