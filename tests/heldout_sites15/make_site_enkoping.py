"""Enköpings kommun (0381) on OpenCms 16 with the Mercury template. Run: python3 make_site_enkoping.py"""
from make_common import write

H = 'www.enkoping.se'
B = 'https://www.enkoping.se'

MENU = [
    ('Barn och utbildning', '/barn-och-utbildning/', [('Förskola', '/barn-och-utbildning/forskola/'), ('Grundskola', '/barn-och-utbildning/grundskola/'), ('Gymnasieskola', '/barn-och-utbildning/gymnasieskola/')]),
    ('Omsorg och stöd', '/omsorg-och-stod/', [('Stöd till barn och familj', '/omsorg-och-stod/barn-och-familj/'), ('Äldreomsorg', '/omsorg-och-stod/aldreomsorg/')]),
    ('Kultur och fritid', '/kultur-och-fritid/', [('Fritidsgårdar', '/kultur-och-fritid/fritidsgardar/'), ('Idrott och motion', '/kultur-och-fritid/idrott-och-motion/'), ('Bibliotek', '/kultur-och-fritid/bibliotek/')]),
    ('Bo och bygga', '/bo-och-bygga/', []),
    ('Näringsliv och arbete', '/naringsliv-och-arbete/', []),
    ('Kommun och politik', '/kommun-och-politik/', [('Sociala investeringar', '/kommun-och-politik/sociala-investeringar/'), ('Ekonomi', '/kommun-och-politik/ekonomi/'), ('Politik och beslut', '/kommun-och-politik/politik-och-beslut/'), ('Lediga jobb', '/kommun-och-politik/lediga-jobb/')]),
]

FUND = '/kommun-och-politik/sociala-investeringar/'
SIDE_FUND = [
    ('Sociala investeringar', FUND, [
        ('Så söker du medel', FUND + 'sa-soker-du-medel/', []),
        ('Regler för fonden', FUND + 'regler-for-fonden/', []),
        ('Pågående satsningar', FUND + 'pagaende-satsningar/', []),
        ('Avslutade satsningar', FUND + 'avslutade-satsningar/', []),
        ('Uppföljning och utvärdering', FUND + 'uppfoljning-och-utvardering/', []),
    ])
]


def nav():
    out = ['<nav class="nav-main-container" aria-label="Huvudnavigering"><ul class="nav-main-items cap-css has-search">']
    for i, (t, u, sub) in enumerate(MENU, 1):
        if sub:
            out.append(f'<li class="expand"><a href="{u}" id="nav_{i}" aria-controls="nav_{i}_d" aria-expanded="false">{t}</a>'
                       f'<ul class="nav-menu" id="nav_{i}_d" aria-labelledby="nav_{i}">')
            out.append(f'<li><a href="{u}">Översikt {t.lower()}</a></li>')
            for st, su in sub:
                out.append(f'<li><a href="{su}">{st}</a></li>')
            out.append('</ul></li>')
        else:
            out.append(f'<li><a href="{u}">{t}</a></li>')
    out.append('</ul></nav>')
    return '\n'.join(out)


def side(tree, current):
    def rec(items):
        s = ['<ul class="nav-side">' if items is tree else '<ul>']
        for t, u, kids in items:
            cls = ' class="currentpage"' if u == current else (' class="active"' if current.startswith(u) else '')
            s.append(f'<li{cls}><a href="{u}">{t}</a>')
            if kids and current.startswith(u):
                s.append(rec(kids))
            s.append('</li>')
        s.append('</ul>')
        return '\n'.join(s)
    return f'<div class="element type-nav-side pivot"><nav aria-label="Undermeny">{rec(tree)}</nav></div>'


def crumbs(trail):
    li = ['<li><a href="/">Startsida</a></li>'] + [f'<li><a href="{u}">{t}</a></li>' for t, u in trail]
    return ('<div class="element type-nav-breadcrumbs"><nav aria-label="Brödsmulor"><ul class="nav-breadcrumbs">'
            + ''.join(li) + '</ul></nav></div>')


def page(path, title, body, trail=(), sidenav='', lang='sv', pdf=False, modified='2025-03-11', extra_head=''):
    pdf_link = ''
    if pdf:
        pdf_link = (f'<div class="element type-linksequence ls-row pdf-link"><ul><li><a href="/system/modules/alkacon.mercury.template/elements/pdf.jsp?uri={path}" rel="nofollow">'
                    f'<span class="ls-item">Ladda ner sidan som PDF</span></a></li></ul></div>')
    if sidenav:
        main = (f'<div class="row"><div class="col-lg-3 order-last order-lg-first area-side">{sidenav}</div>'
                f'<div class="col-lg-9 flex-col">{body}{pdf_link}</div></div>')
    else:
        main = f'<div class="row"><div class="col-12 flex-col">{body}{pdf_link}</div></div>'
    return f'''<!DOCTYPE html>
<html lang="{lang}" class="noscript">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<title>{title} - Enköpings kommun</title>
<meta name="generator" content="OpenCms - Open Source Content Management System">
<meta name="description" content="{title}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Enköpings kommun">
<link rel="canonical" href="{B}{path}">
<link rel="stylesheet" href="/export/system/modules/alkacon.mercury.theme/css/theme-enkoping.min.css?ver=1722419834">
<link rel="icon" href="/export/system/modules/alkacon.mercury.theme/img/favicon.png" type="image/png">
{extra_head}
<script async src="/export/system/modules/alkacon.mercury.template/js/mercury.js?ver=1722419834"></script>
</head>
<body>
<a class="btn sr-only sr-only-focusable-fixed" id="skip-to-content" href="#main-content">Till sidans huvudinnehåll</a>
<div id="mercury-page">
<header class="area-header fh header-notfixed lp-l ls-0 pad-sm meta-right meta-above title-middle bc-left nav-disp-default nav-right nav-aside fix-compact">
<div class="header-group co-sm-md sticky csssetting">
<div class="head notfixed">
<div class="h-meta"><div class="container"><div class="row"><div class="col-12">
<div class="element type-linksequence ls-row no-icon cap-none header-links"><ul>
<li class="ls-li"><a href="/en/" hreflang="en" lang="en"><span class="ls-item">In English</span></a></li>
<li class="ls-li"><a href="/lattlast/"><span class="ls-item">Lättläst</span></a></li>
<li class="ls-li"><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10291&amp;lang=sv_se&amp;url={B}{path}" rel="nofollow"><span class="ls-item">Lyssna</span></a></li>
<li class="ls-li"><a href="/kontakta-oss/"><span class="ls-item">Kontakta oss</span></a></li>
</ul></div>
</div></div></div></div>
<div class="h-logo"><div class="container"><a href="/" class="imglink" title="Till startsidan"><img src="/export/sites/default/.galleries/logotyper/enkopings-kommun-logo.svg" alt="Enköpings kommun" width="220" height="60"></a></div></div>
<div class="h-search"><div class="container">
<div class="element type-search-form"><form action="/sok/" method="get" class="styled-form search-form" role="search">
<label for="searchNavQuery" class="sr-only">Sök på webbplatsen</label><input id="searchNavQuery" name="q" type="text" class="blur-focus" autocomplete="off" placeholder="Vad letar du efter?">
<button class="btn" type="submit">Sök</button></form></div>
</div></div>
<div class="h-nav"><div class="container">
{nav()}
</div></div>
</div>
</div>
<div class="h-bc"><div class="container">{crumbs(trail)}</div></div>
</header>
<main class="area-content area-one-row" id="main-content">
<div class="container area-wide">
{main}
<div class="element type-last-modified"><span class="lm-label">Senast uppdaterad:</span> <time datetime="{modified}">{modified}</time></div>
</div>
</main>
<footer class="area-foot">
<div class="topfoot"><div class="container"><div class="row">
<div class="col-md-4"><div class="element type-section piece full lay-0"><h2 class="piece-heading">Enköpings kommun</h2><div class="text">
<p>745 80 Enköping<br>Besöksadress: Kungsgatan 42<br>Telefon: 0171-62 50 00<br><a href="mailto:kommunen@enkoping.se">kommunen@enkoping.se</a></p></div></div></div>
<div class="col-md-4"><div class="element type-linksequence"><h2>Om webbplatsen</h2><ul>
<li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
<li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
<li><a href="/nyheter/">Nyheter</a></li>
<li><a href="/kommun-och-politik/lediga-jobb/">Lediga jobb</a></li>
</ul></div></div>
<div class="col-md-4"><div class="element type-linksequence"><h2>För medarbetare</h2><ul>
<li><a href="/intranat/">Intranätet</a></li>
<li><a href="/system/login/" rel="nofollow">Logga in (redaktörer)</a></li>
<li><a href="https://www.facebook.com/enkopingskommun">Facebook</a></li>
<li><a href="https://www.instagram.com/enkopingskommun/">Instagram</a></li>
</ul></div></div>
</div></div></div>
<div class="subfoot"><div class="container"><p>© Enköpings kommun</p></div></div>
</footer>
</div>
<div id="privacy-policy-banner" class="pp-banner" data-banner='{{"root":"/sites/default","page":"/om-webbplatsen/kakor/"}}'></div>
</body>
</html>
'''


def section(h1, intro, html):
    return (f'<div class="element type-section piece full lay-0 phh phb"><div class="heading"><h1 class="piece-heading" tabindex="0">{h1}</h1></div>'
            f'<div class="body"><div class="text"><div class="intro"><p>{intro}</p></div>{html}</div></div></div>')


def tiles(items):
    s = ['<div class="element type-static-list list-content"><div class="list-box"><ul class="list-entries">']
    for t, u, txt in items:
        s.append(f'<li class="list-entry"><div class="teaser teaser-elaborate"><div class="teaser-body"><a href="{u}" class="teaser-link"><h3 class="teaser-title">{t}</h3></a>'
                 f'<div class="teaser-text">{txt}</div><div class="teaser-btn-box"><a href="{u}" class="btn" tabindex="-1">Läs mer</a></div></div></div></li>')
    s.append('</ul></div></div>')
    return '\n'.join(s)


def factbox(rows):
    dl = ''.join(f'<div class="fact-row"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'<div class="element type-section box box-highlight piece full"><h2 class="piece-heading">Fakta</h2><div class="text"><dl class="facts">{dl}</dl></div></div>'


NEWS = [
    # path, title, date, teaser, body, topical
    ('/nyheter/nu-kan-verksamheterna-soka-ur-sociala-investeringsfonden/', 'Nu kan verksamheterna söka ur sociala investeringsfonden', '2025-02-03',
     'Till och med den 31 mars kan kommunens förvaltningar och bolag söka pengar ur den sociala investeringsfonden.',
     '''<p>Enköpings kommuns sociala investeringsfond öppnar nu för en ny ansökningsomgång. Förvaltningar och kommunala bolag kan söka pengar för förebyggande insatser som ska minska utanförskap och ge långsiktiga vinster för både människor och kommunens ekonomi.</p>
<p>I år finns cirka 4 miljoner kronor att fördela. Ansökan ska vara inskickad senast den 31 mars 2025 och kommunstyrelsen fattar beslut i juni.</p>
<h2>Det här ska ansökan innehålla</h2>
<p>Ansökan ska beskriva problemet, målgruppen, vilka insatser som ska göras och hur resultatet ska följas upp. Du ska också göra en enkel beräkning av vilka kostnader insatsen kan minska på sikt.</p>
<p>Läs mer om hur du <a href="/kommun-och-politik/sociala-investeringar/sa-soker-du-medel/">söker medel</a> och om <a href="/kommun-och-politik/sociala-investeringar/regler-for-fonden/">reglerna för fonden</a>.</p>
<h2>Kontakt</h2><p>Maria Lindqvist, utvecklingsledare sociala investeringar, 0171-62 51 47</p>'''),
    ('/nyheter/kommunfullmaktige-tillfor-fem-miljoner-till-fonden/', 'Kommunfullmäktige tillför fem miljoner till fonden', '2024-11-26',
     'Kommunfullmäktige har beslutat att föra över fem miljoner kronor av 2023 års överskott till den sociala investeringsfonden.',
     '''<p>Vid sitt sammanträde den 25 november beslutade kommunfullmäktige att fem miljoner kronor av överskottet från 2023 ska föras till den sociala investeringsfonden. Fonden har funnits sedan 2013 och har hittills finansierat ett tjugotal satsningar.</p>
<p>– Förebyggande arbete lönar sig, men det tar tid innan vi ser resultaten. Fonden gör det möjligt för verksamheterna att pröva nya arbetssätt utan att ta pengar från den ordinarie budgeten, säger kommunstyrelsens ordförande.</p>
<p>Efter beslutet finns drygt 12 miljoner kronor i fonden. Pengarna ska räcka till nya satsningar under perioden 2025–2027.</p>
<p><a href="/kommun-och-politik/sociala-investeringar/">Läs mer om sociala investeringar</a></p>'''),
    ('/nyheter/fritidsgarden-i-romberga-haller-oppet-langre/', 'Fritidsgården i Romberga håller öppet längre', '2025-03-04',
     'Från och med mars har fritidsgården i Romberga öppet till klockan ett på natten på fredagar och lördagar.',
     '''<p>Fritidsgården i Romberga förlänger sina öppettider. På fredagar och lördagar är gården nu öppen till klockan 01.00, och fältassistenter från socialförvaltningen finns på plats under de sena timmarna.</p>
<p>– Vi vet att många ungdomar är ute sent på helgerna. Nu får de en trygg plats att vara på, med vuxna som de känner, säger fritidsledaren Amir Haddad.</p>
<p>Satsningen heter <a href="/kultur-och-fritid/fritidsgardar/sena-kvallar-i-romberga/">Sena kvällar i Romberga</a> och pågår i två år. Den betalas med pengar ur kommunens sociala investeringsfond.</p>
<p>Gården finns på Rombergavägen 12. Alla mellan 13 och 19 år är välkomna.</p>'''),
    ('/nyheter/seminarium-sociala-investeringar-vad-har-vi-lart-oss/', 'Seminarium: Sociala investeringar – vad har vi lärt oss?', '2025-01-20',
     'Välkommen till ett seminarium om tio år med sociala investeringar i Enköping.',
     '''<p>Den 15 april bjuder kommunen in till ett halvdagsseminarium om lärdomarna från tio år med den sociala investeringsfonden. Forskare från Uppsala universitet berättar om hur man kan mäta effekter av förebyggande insatser, och projektledare delar med sig av sina erfarenheter.</p>
<p><strong>Tid:</strong> 15 april 2025 klockan 13.00–16.30<br><strong>Plats:</strong> Joar Blå, Kungsgatan 42<br><strong>Anmälan:</strong> senast 1 april till utvecklingsledaren för sociala investeringar.</p>
<p>Seminariet är kostnadsfritt och riktar sig till chefer, medarbetare och förtroendevalda.</p>'''),
    ('/nyheter/ny-gang-och-cykelvag-i-grillby/', 'Ny gång- och cykelväg i Grillby', '2025-02-18',
     'I maj börjar bygget av en ny gång- och cykelväg mellan Grillby station och skolan.',
     '<p>Gång- och cykelvägen blir 1,2 kilometer lång och ska vara klar i oktober. Under byggtiden kan det bli tillfälliga omledningar av trafiken längs Grillbyvägen.</p>'),
    ('/nyheter/sommarlov-i-enkoping-2025/', 'Sommarlov i Enköping 2025', '2025-03-10',
     'Nu kan du se vilka gratis aktiviteter som finns för barn och unga under sommarlovet.',
     '<p>Under sommarlovet erbjuder kommunen och föreningarna prova-på-aktiviteter, lovskola och utflykter. Programmet uppdateras löpande.</p>'),
]

PROJ_E1 = FUND + 'pagaende-satsningar/familjecentral-i-fjardhundra/'
PROJ_E2 = FUND + 'pagaende-satsningar/laslyftet-orsundsbro/'
PROJ_E3 = '/kultur-och-fritid/fritidsgardar/sena-kvallar-i-romberga/'
PROJ_E4 = '/barn-och-utbildning/grundskola/elevhalsa/narvaroteamet/'
PROJ_E5 = '/kultur-och-fritid/idrott-och-motion/simskola-for-alla/'


def build():
    files = []
    w = lambda p, t: files.append(write(H, p, t))

    # start page
    news_tiles = ''.join(f'<li class="list-entry"><div class="teaser teaser-compact"><a href="{p}"><h3 class="teaser-title">{t}</h3></a><div class="teaser-date"><time datetime="{d}">{d}</time></div><div class="teaser-text">{tx}</div></div></li>'
                         for p, t, d, tx, _ in sorted(NEWS, key=lambda n: n[2], reverse=True)[:4])
    body = f'''<div class="element type-section piece full lay-0"><h1 class="sr-only">Enköpings kommun</h1>
<div class="element type-linksequence ls-row popular"><h2>Populära sökningar</h2><ul>
<li><a href="/sok/?q=skolval">Skolval</a></li><li><a href="/sok/?q=bygglov">Bygglov</a></li><li><a href="/sok/?q=soptomning">Sophämtning</a></li><li><a href="/sok/?q=lediga+jobb">Lediga jobb</a></li></ul></div></div>
<div class="element type-section piece full"><h2 class="piece-heading">Genvägar</h2><div class="row tile-row">
<div class="col-md-4 tile-col"><a href="/barn-och-utbildning/forskola/" class="tile">Ansök om förskoleplats</a></div>
<div class="col-md-4 tile-col"><a href="/omsorg-och-stod/aldreomsorg/" class="tile">Äldreomsorg</a></div>
<div class="col-md-4 tile-col"><a href="/kultur-och-fritid/fritidsgardar/" class="tile">Fritidsgårdar</a></div>
</div></div>
<div class="element type-static-list list-content"><h2 class="list-title">Nyheter</h2><ul class="list-entries">{news_tiles}</ul>
<a href="/nyheter/" class="btn">Fler nyheter</a></div>'''
    w('/', page('/', 'Startsida', body))

    # Kommun och politik
    body = section('Kommun och politik', 'Här hittar du information om hur kommunen styrs, ekonomi, politiska beslut och hur du kan påverka.', '''
<div class="row tile-row">
<div class="col-md-6"><div class="teaser"><a href="/kommun-och-politik/politik-och-beslut/"><h2 class="teaser-title">Politik och beslut</h2></a><p>Kommunfullmäktige, nämnder och protokoll.</p></div></div>
<div class="col-md-6"><div class="teaser"><a href="/kommun-och-politik/ekonomi/"><h2 class="teaser-title">Ekonomi</h2></a><p>Budget, årsredovisning och kommunens ekonomi.</p></div></div>
<div class="col-md-6"><div class="teaser"><a href="/kommun-och-politik/sociala-investeringar/"><h2 class="teaser-title">Sociala investeringar</h2></a><p>Kommunens fond för förebyggande satsningar.</p></div></div>
<div class="col-md-6"><div class="teaser"><a href="/kommun-och-politik/lediga-jobb/"><h2 class="teaser-title">Lediga jobb</h2></a><p>Jobba hos oss.</p></div></div>
<div class="col-md-6"><div class="teaser"><a href="/kommun-och-politik/synpunkter-och-klagomal/"><h2 class="teaser-title">Synpunkter och klagomål</h2></a><p>Tyck till om kommunens verksamheter.</p></div></div>
</div>''')
    w('/kommun-och-politik/', page('/kommun-och-politik/', 'Kommun och politik', body, [('Kommun och politik', '/kommun-och-politik/')]))

    trail_f = [('Kommun och politik', '/kommun-och-politik/'), ('Sociala investeringar', FUND)]
    # fund page
    body = section('Sociala investeringar', 'Enköpings kommun har en social investeringsfond. Fonden betalar förebyggande satsningar som ska minska utanförskap och ge barn, unga och vuxna bättre förutsättningar.', f'''
<p>Sociala investeringar är förebyggande insatser som på lång sikt ska minska utanförskapet i samhället. Tanken är att det som kostar pengar i dag ska ge vinster senare, både för de människor som får stöd och i form av lägre kostnader för samhället.</p>
<p>Kommunfullmäktige beslutade 2013 att använda en del av budgetöverskottet från 2012 till en social investeringsfond. Sedan dess har fonden fyllts på flera gånger, senast med fem miljoner kronor i november 2024. Kommunstyrelsen beslutar vilka satsningar som får pengar.</p>
<h2>Vem kan söka?</h2>
<p>Kommunens förvaltningar och helägda bolag kan söka, gärna tillsammans med Region Uppsala, föreningar eller andra myndigheter. En satsning kan få pengar i högst tre år.</p>
<p><a href="{FUND}sa-soker-du-medel/">Så söker du medel</a> · <a href="{FUND}regler-for-fonden/">Regler för fonden</a></p>
<h2>Några pågående satsningar</h2>
{tiles([('Familjecentral i Fjärdhundra', PROJ_E1, 'Samlat stöd till småbarnsfamiljer på landsbygden väster om Enköping.'),
        ('Mer rörelse i skolan – Bredsand', FUND + 'pagaende-satsningar/mer-rorelse-i-skolan-bredsand/', 'Daglig fysisk aktivitet för eleverna i årskurs 1–6.')])}
<p><a href="{FUND}pagaende-satsningar/">Se alla pågående satsningar</a></p>
<div class="element type-section box piece full"><h2 class="piece-heading">Kontakt</h2><div class="text"><p>Maria Lindqvist<br>Utvecklingsledare sociala investeringar<br>0171-62 51 47</p></div></div>''')
    w(FUND, page(FUND, 'Sociala investeringar', body, trail_f, side(SIDE_FUND, FUND)))

    # guidance
    p = FUND + 'sa-soker-du-medel/'
    body = section('Så söker du medel', 'Ansökningar till den sociala investeringsfonden tas emot en gång per år, i februari och mars.', '''
<ol>
<li><strong>Kontakta utvecklingsledaren.</strong> Boka ett samtal innan du börjar skriva. Vi hjälper dig att formulera problemet och målgruppen.</li>
<li><strong>Gör en behovsanalys.</strong> Beskriv vilka som berörs och vad det kostar i dag att inte göra något.</li>
<li><strong>Fyll i ansökningsmallen.</strong> Mallen innehåller en enkel kalkyl för kostnader och förväntade vinster.</li>
<li><strong>Förankra i ledningen.</strong> Förvaltningschefen ska skriva under ansökan.</li>
<li><strong>Skicka in senast 31 mars.</strong> Kommunstyrelsen fattar beslut i juni.</li>
</ol>
<p>Ansökningsmallen finns på intranätet. Om du inte arbetar i kommunen kan du kontakta oss för att få den.</p>''')
    w(p, page(p, 'Så söker du medel', body, trail_f + [('Så söker du medel', p)], side(SIDE_FUND, p)))

    p = FUND + 'regler-for-fonden/'
    body = section('Regler för fonden', 'Kommunfullmäktige har fastställt riktlinjer för hur pengarna i den sociala investeringsfonden får användas.', '''
<ul>
<li>Satsningen ska vara förebyggande och riktas till en tydligt avgränsad målgrupp.</li>
<li>Satsningen ska vara ny eller pröva ett nytt arbetssätt, den får inte ersätta ordinarie verksamhet.</li>
<li>Minst två förvaltningar eller en förvaltning och en extern part ska samverka.</li>
<li>Pengar beviljas för högst tre år. Ingen satsning kan få mer än 3,5 miljoner kronor.</li>
<li>Satsningen ska följas upp varje år och utvärderas när den är klar.</li>
<li>Om satsningen ger resultat ska den ansvariga nämnden planera för att arbetssättet blir en del av den ordinarie verksamheten.</li>
</ul>
<p>Riktlinjerna beslutades av kommunfullmäktige den 10 december 2012, § 187, och reviderades 2021.</p>''')
    w(p, page(p, 'Regler för fonden', body, trail_f + [('Regler för fonden', p)], side(SIDE_FUND, p)))

    p = FUND + 'uppfoljning-och-utvardering/'
    body = section('Uppföljning och utvärdering', 'Alla satsningar som får pengar ur fonden följs upp varje år. När en satsning är klar görs en utvärdering.', '''
<p>Uppföljningen redovisas till kommunstyrelsen i samband med årsredovisningen. Där framgår hur mycket pengar som har använts och om satsningen når sina mål.</p>
<table class="table"><caption>Uppföljning 2024</caption>
<thead><tr><th scope="col">Satsning</th><th scope="col">Ansvarig förvaltning</th><th scope="col">Bedömning</th></tr></thead>
<tbody>
<tr><td>Familjecentral i Fjärdhundra</td><td>Socialförvaltningen</td><td>Enligt plan</td></tr>
<tr><td>Närvaroteamet</td><td>Utbildningsförvaltningen</td><td>Enligt plan</td></tr>
<tr><td>Simskola för alla</td><td>Kultur- och fritidsförvaltningen</td><td>Delvis enligt plan</td></tr>
<tr><td>Mer rörelse i skolan – Bredsand</td><td>Utbildningsförvaltningen</td><td>Avslutad</td></tr>
</tbody></table>
<p>Vid utvärderingen samarbetar kommunen med Uppsala universitet. Resultaten presenteras på ett årligt seminarium.</p>''')
    w(p, page(p, 'Uppföljning och utvärdering', body, trail_f + [('Uppföljning och utvärdering', p)], side(SIDE_FUND, p)))

    p = FUND + 'avslutade-satsningar/'
    body = section('Avslutade satsningar', 'Här är några satsningar som har fått pengar ur fonden tidigare och som nu är avslutade.', '''
<ul>
<li>Mer energi i Hummelsta, 2014–2018</li>
<li>Vägledande samspel på familjecentralerna, 2015–2017</li>
<li>Mer rörelse i skolan – Bredsand, 2021–2024</li>
<li><a href="/kommun-och-politik/sociala-investeringar/avslutade-satsningar/ungdomslots/">Ungdomslots</a>, 2019–2022</li>
</ul>
<p>Flera av satsningarna har blivit en del av den ordinarie verksamheten. Slutrapporterna kan beställas från kommunstyrelsens förvaltning.</p>''')
    w(p, page(p, 'Avslutade satsningar', body, trail_f + [('Avslutade satsningar', p)], side(SIDE_FUND, p)))

    p = FUND + 'pagaende-satsningar/'
    body = section('Pågående satsningar', 'Det här är de satsningar som just nu får pengar ur den sociala investeringsfonden och har en egen sida här.', tiles([
        ('Familjecentral i Fjärdhundra', PROJ_E1, 'Samlat stöd för föräldrar med små barn i västra kommundelen. 2024–2027.'),
        ('Läslyftet i Örsundsbro', PROJ_E2, 'Skola, bibliotek och föräldrar tillsammans för att fler barn ska läsa bra. 2025–2026.'),
    ]) + '<p>Andra satsningar som pågår presenteras på respektive verksamhets sidor.</p>')
    w(p, page(p, 'Pågående satsningar', body, trail_f + [('Pågående satsningar', p)], side(SIDE_FUND, p)))

    # project E1 (fact box, dl)
    body = section('Familjecentral i Fjärdhundra', 'Föräldrar i Fjärdhundra och Enköpings-Näs har långt till stödet i centralorten. Därför öppnar kommunen och Region Uppsala en familjecentral på orten.', '''
<p>På familjecentralen samlas barnavårdscentral, öppen förskola och socialtjänstens förebyggande föräldrastöd under samma tak. Syftet är att fånga upp familjer som behöver stöd tidigt, innan problemen växer, och att minska det avstånd som gör att många familjer på landsbygden inte söker hjälp.</p>
<p>Familjecentralen har öppet tre dagar i veckan i Fjärdhundra skolas lokaler. Varje termin erbjuds också föräldragrupper enligt programmet ABC.</p>''' + factbox([
        ('Projektperiod', 'september 2024 – augusti 2027'),
        ('Beviljat belopp', '2 400 000 kronor ur sociala investeringsfonden'),
        ('Projektägare', 'Socialförvaltningen'),
        ('Samverkan', 'Region Uppsala (barnavårdscentralen), utbildningsförvaltningen'),
        ('Målgrupp', 'Blivande föräldrar och familjer med barn 0–6 år i västra kommundelen'),
    ]) + '<h2>Så följer vi upp</h2><p>Antalet besök, deltagare i föräldragrupper och orosanmälningar följs upp varje år.</p>')
    w(PROJ_E1, page(PROJ_E1, 'Familjecentral i Fjärdhundra', body, trail_f + [('Pågående satsningar', FUND + 'pagaende-satsningar/'), ('Familjecentral i Fjärdhundra', PROJ_E1)], side(SIDE_FUND, PROJ_E1), pdf=True))

    # project E2 prose
    body = section('Läslyftet i Örsundsbro', 'Läslyftet i Örsundsbro ska få fler elever att knäcka läskoden tidigt och upptäcka läsglädje.', '''
<p>I Örsundsbro skola har andelen elever som inte når kunskapskraven i svenska i årskurs 3 ökat de senaste åren. Läslyftet är ett samarbete mellan skolan och biblioteket, där skolbibliotekarie och speciallärare arbetar tillsammans med klasserna i förskoleklass till årskurs 3.</p>
<p>Syftet är att fler barn ska kunna läsa med flyt i slutet av årskurs 1 och att färre elever ska behöva särskilt stöd senare under skoltiden. Föräldrarna bjuds in till träffar om hur de kan läsa med sina barn hemma, och biblioteket har öppet för familjer en kväll i veckan.</p>
<p>Satsningen startade i januari 2025 och pågår till och med december 2026. Kommunstyrelsen har beviljat 850 000 kronor ur den sociala investeringsfonden. Kultur- och fritidsförvaltningen är ansvarig tillsammans med utbildningsförvaltningen.</p>''')
    w(PROJ_E2, page(PROJ_E2, 'Läslyftet i Örsundsbro', body, trail_f + [('Pågående satsningar', FUND + 'pagaende-satsningar/'), ('Läslyftet i Örsundsbro', PROJ_E2)], side(SIDE_FUND, PROJ_E2), pdf=True))

    # sections
    trail_k = [('Kultur och fritid', '/kultur-och-fritid/')]
    body = section('Kultur och fritid', 'Bibliotek, fritidsgårdar, idrott och kultur i Enköping.', '''
<ul class="link-list"><li><a href="/kultur-och-fritid/bibliotek/">Bibliotek</a></li><li><a href="/kultur-och-fritid/fritidsgardar/">Fritidsgårdar</a></li><li><a href="/kultur-och-fritid/idrott-och-motion/">Idrott och motion</a></li><li><a href="/kultur-och-fritid/foreningsbidrag/">Föreningsbidrag</a></li></ul>''')
    w('/kultur-och-fritid/', page('/kultur-och-fritid/', 'Kultur och fritid', body, trail_k))

    p = '/kultur-och-fritid/fritidsgardar/'
    body = section('Fritidsgårdar', 'Kommunens fritidsgårdar är öppna för dig som är 13–19 år. Det kostar ingenting att komma.', '''
<table class="table"><thead><tr><th>Fritidsgård</th><th>Adress</th><th>Öppettider</th></tr></thead><tbody>
<tr><td>Romberga fritidsgård</td><td>Rombergavägen 12</td><td>Mån–tor 15–21, fre–lör 15–01</td></tr>
<tr><td>Hummelsta fritidsgård</td><td>Skolvägen 3</td><td>Tis och tor 15–21</td></tr>
<tr><td>Fjärdhundra fritidsgård</td><td>Fjärdhundra skola</td><td>Ons 15–21</td></tr>
</tbody></table>
<p>Under loven har fritidsgårdarna särskilda öppettider.</p>''')
    w(p, page(p, 'Fritidsgårdar', body, trail_k + [('Fritidsgårdar', p)]))

    body = section('Sena kvällar i Romberga', 'Fredagar och lördagar har fritidsgården i Romberga öppet till klockan ett på natten.', '''
<p>Många ungdomar i Romberga och Västra är ute sent på helgerna, och under 2023 och 2024 ökade oron för att unga rekryteras till kriminalitet. Sena kvällar i Romberga ska ge ungdomarna en trygg plats med vuxna som de känner, och samtidigt göra det lättare för socialtjänstens fältassistenter att tidigt upptäcka de ungdomar som behöver stöd.</p>
<h2>Kort om satsningen</h2>
<table class="table"><tbody>
<tr><th scope="row">Period</th><td>1 mars 2025 – 28 februari 2027</td></tr>
<tr><th scope="row">Kostnad</th><td>1 600 000 kronor, finansieras av den sociala investeringsfonden</td></tr>
<tr><th scope="row">Ansvarig</th><td>Kultur- och fritidsförvaltningen</td></tr>
<tr><th scope="row">Samarbete</th><td>Socialförvaltningens fältgrupp och lokalpolisområde Enköping</td></tr>
<tr><th scope="row">Målgrupp</th><td>Ungdomar 13–19 år</td></tr>
</tbody></table>
<p>Två extra fritidsledare är anställda för satsningen. Resultatet följs upp med besöksstatistik och enkäter till ungdomarna.</p>''')
    w(PROJ_E3, page(PROJ_E3, 'Sena kvällar i Romberga', body, trail_k + [('Fritidsgårdar', '/kultur-och-fritid/fritidsgardar/'), ('Sena kvällar i Romberga', PROJ_E3)], pdf=True))

    p = '/kultur-och-fritid/idrott-och-motion/'
    body = section('Idrott och motion', 'Badhus, idrottshallar, motionsspår och utegym i Enköpings kommun.', '''
<p>Enavallen och Enköpings simhall är kommunens största anläggningar. Simhallen erbjuder simskola för barn från fem år, vattengympa och motionssim.</p>
<ul><li><a href="/kultur-och-fritid/idrott-och-motion/simhallen/">Enköpings simhall</a></li><li><a href="/kultur-och-fritid/idrott-och-motion/motionsspar/">Motionsspår och utegym</a></li><li><a href="/kultur-och-fritid/idrott-och-motion/boka-lokal/">Boka idrottshall</a></li></ul>''')
    w(p, page(p, 'Idrott och motion', body, trail_k + [('Idrott och motion', p)]))

    body = section('Simskola för alla', 'Alla barn ska kunna simma när de slutar årskurs 3. Därför erbjuder vi gratis simskola under skoltid för barn som ännu inte är simkunniga.', '''
<p>Skolornas kartläggning visade 2023 att nästan vart fjärde barn i årskurs 3 i Västra, Romberga och Bredsand inte kunde simma 200 meter. Simskola för alla vänder sig till de barnen. Undervisningen sker i Enköpings simhall under skoldagen, och skolan ordnar transporten.</p>
<p>Syftet är att minska risken för drunkningsolyckor och att alla barn ska kunna delta i skolans idrottsundervisning och i fritidsaktiviteter vid vatten.</p>
<p>Simskola för alla pågår från april 2024 till mars 2026. Kommunstyrelsen har beviljat 560 000 kronor ur den sociala investeringsfonden. Kultur- och fritidsförvaltningen ansvarar i samarbete med utbildningsförvaltningen och Simklubben Enköping.</p>''')
    w(PROJ_E5, page(PROJ_E5, 'Simskola för alla', body, trail_k + [('Idrott och motion', '/kultur-och-fritid/idrott-och-motion/'), ('Simskola för alla', PROJ_E5)], pdf=True))

    trail_b = [('Barn och utbildning', '/barn-och-utbildning/')]
    body = section('Barn och utbildning', 'Förskola, grundskola, gymnasieskola och vuxenutbildning.', '''
<ul class="link-list"><li><a href="/barn-och-utbildning/forskola/">Förskola</a></li><li><a href="/barn-och-utbildning/grundskola/">Grundskola</a></li><li><a href="/barn-och-utbildning/gymnasieskola/">Gymnasieskola</a></li><li><a href="/barn-och-utbildning/vuxenutbildning/">Vuxenutbildning</a></li></ul>''')
    w('/barn-och-utbildning/', page('/barn-och-utbildning/', 'Barn och utbildning', body, trail_b))
    p = '/barn-och-utbildning/grundskola/'
    body = section('Grundskola', 'I Enköpings kommun finns 17 kommunala grundskolor.', '''
<ul class="link-list"><li><a href="/barn-och-utbildning/grundskola/skolval/">Skolval</a></li><li><a href="/barn-och-utbildning/grundskola/elevhalsa/">Elevhälsa</a></li><li><a href="/barn-och-utbildning/grundskola/skolskjuts/">Skolskjuts</a></li></ul>''')
    w(p, page(p, 'Grundskola', body, trail_b + [('Grundskola', p)]))
    p = '/barn-och-utbildning/grundskola/elevhalsa/'
    body = section('Elevhälsa', 'Elevhälsan finns för att stödja elevernas lärande, hälsa och utveckling.', '''
<p>På varje skola finns skolsköterska, kurator och specialpedagog. Skolläkare och psykolog arbetar på flera skolor.</p>
<h2>Om ditt barn inte vill gå till skolan</h2>
<p>Kontakta mentorn eller skolans kurator så tidigt som möjligt. Ju tidigare vi kan sätta in stöd, desto bättre.</p>''')
    w(p, page(p, 'Elevhälsa', body, trail_b + [('Grundskola', '/barn-och-utbildning/grundskola/'), ('Elevhälsa', p)]))

    body = section('Närvaroteamet', 'Närvaroteamet stöttar elever i årskurs 4–9 som har hög frånvaro och deras familjer.', '''
<p>Elever som ofta är borta från skolan riskerar att inte klara grundskolan, och det påverkar hela livet. Närvaroteamet består av en kurator och en specialpedagog som arbetar på heltid tillsammans med skolorna och socialtjänsten. Teamet träffar eleven och vårdnadshavarna, gör en plan för att eleven ska komma tillbaka och följer upp varje vecka.</p>
<p><strong>Syfte:</strong> att fler elever ska gå i skolan och nå behörighet till gymnasiet.<br>
<strong>Tid:</strong> augusti 2024 – juni 2027<br>
<strong>Pengar:</strong> 3 100 000 kronor från kommunens sociala investeringsfond<br>
<strong>Ansvarig:</strong> Utbildningsförvaltningen<br>
<strong>I samarbete med:</strong> Socialförvaltningen och BUP, Region Uppsala</p>
<p>Vårdnadshavare och skolor kan kontakta teamet direkt.</p>''')
    w(PROJ_E4, page(PROJ_E4, 'Närvaroteamet', body, trail_b + [('Grundskola', '/barn-och-utbildning/grundskola/'), ('Elevhälsa', '/barn-och-utbildning/grundskola/elevhalsa/'), ('Närvaroteamet', PROJ_E4)], pdf=True))

    # ekonomi / årsredovisning (E5 only here)
    trail_e = [('Kommun och politik', '/kommun-och-politik/'), ('Ekonomi', '/kommun-och-politik/ekonomi/')]
    body = section('Ekonomi', 'Kommunens budget, årsredovisning och delårsrapporter.', '''
<ul class="link-list"><li><a href="/kommun-och-politik/ekonomi/budget-2025/">Budget 2025</a></li><li><a href="/kommun-och-politik/ekonomi/arsredovisning-2024/">Årsredovisning 2024 i korthet</a></li><li><a href="/kommun-och-politik/ekonomi/delarsrapport/">Delårsrapport</a></li></ul>''')
    w('/kommun-och-politik/ekonomi/', page('/kommun-och-politik/ekonomi/', 'Ekonomi', body, trail_e))
    p = '/kommun-och-politik/ekonomi/arsredovisning-2024/'
    body = section('Årsredovisning 2024 i korthet', 'Kommunen redovisade ett överskott på 48 miljoner kronor för 2024. Här är en sammanfattning av året.', f'''
<h2>Resultat och ekonomi</h2>
<p>Årets resultat blev 48 miljoner kronor, vilket motsvarar 1,8 procent av skatter och statsbidrag. Nettokostnaderna ökade med 4,2 procent. Investeringarna uppgick till 412 miljoner kronor, främst i skolor och vatten och avlopp.</p>
<h2>Mål för hållbar utveckling</h2>
<p>Av kommunfullmäktiges tolv mål uppfylldes fem helt och sex delvis.</p>
<h2>Exempel på insatser under året</h2>
<ul>
<li>Två nya förskolor öppnade i Lillsidan och Bredsand.</li>
<li>Den sociala investeringsfonden finansierade bland annat Familjecentral i Fjärdhundra, Närvaroteamet och <a href="{PROJ_E5}">Simskola för alla</a>.</li>
<li>Hemtjänsten införde digitala nycklar i hela kommunen.</li>
<li>Ett nytt vattenverk började byggas i Bredsand.</li>
</ul>
<p>Hela årsredovisningen beslutas av kommunfullmäktige i april 2025.</p>''')
    w(p, page(p, 'Årsredovisning 2024 i korthet', body, trail_e + [('Årsredovisning 2024 i korthet', p)]))

    # news list + news
    items = ''.join(f'<li class="list-entry"><div class="teaser teaser-elaborate"><div class="teaser-date"><time datetime="{d}">{d}</time></div><a href="{p}" class="teaser-link"><h2 class="teaser-title">{t}</h2></a><div class="teaser-text">{tx}</div></div></li>'
                    for p, t, d, tx, _ in sorted(NEWS, key=lambda n: n[2], reverse=True))
    body = section('Nyheter', 'Aktuellt från Enköpings kommun.', f'''
<div class="element type-dynamic-list list-content" id="li_2a1f9c" data-list='{{"ajax":"/system/modules/alkacon.mercury.template/elements/list-ajax.jsp","teaser":"/system/modules/alkacon.mercury.template/elements/list-teaser.jsp","path":"/nyheter/","sitepath":"/nyheter/","subsite":"/sites/default/","appendSwitch":"true","minCallCount":"0"}}'>
<div class="list-box"><ul class="list-entries">{items}</ul></div>
<noscript><p>Äldre nyheter finns i arkivet hos kommunens registratur.</p></noscript>
</div>''')
    w('/nyheter/', page('/nyheter/', 'Nyheter', body, [('Nyheter', '/nyheter/')]))
    for p, t, d, tx, content in NEWS:
        body = (f'<article class="element type-article detail-page"><div class="detail-visual"><h1 class="piece-heading">{t}</h1><div class="visual-info"><div class="info date"><time datetime="{d}">Publicerad {d}</time></div></div></div>'
                f'<div class="detail-content"><div class="intro"><p>{tx}</p></div>{content}</div></article>')
        w(p, page(p, t, body, [('Nyheter', '/nyheter/'), (t, p)], modified=d))

    # jobs
    trail_j = [('Kommun och politik', '/kommun-och-politik/'), ('Lediga jobb', '/kommun-och-politik/lediga-jobb/')]
    jp = '/kommun-och-politik/lediga-jobb/utvecklingsledare-sociala-investeringar/'
    body = section('Lediga jobb', 'Enköpings kommun har cirka 3 500 medarbetare. Här är några av de tjänster vi söker just nu.', f'''
<ul class="link-list"><li><a href="{jp}">Utvecklingsledare sociala investeringar, kommunstyrelsens förvaltning</a></li>
<li><a href="https://enkoping.varbi.com/">Se alla lediga jobb hos Varbi</a></li></ul>''')
    w('/kommun-och-politik/lediga-jobb/', page('/kommun-och-politik/lediga-jobb/', 'Lediga jobb', body, trail_j))
    body = section('Utvecklingsledare sociala investeringar', 'Vill du vara med och utveckla kommunens arbete med sociala investeringar? Vi söker en utvecklingsledare till kommunstyrelsens förvaltning.', '''
<h2>Om tjänsten</h2>
<p>Som utvecklingsledare samordnar du arbetet med den sociala investeringsfonden. Du stöttar förvaltningarna när de tar fram ansökningar, följer upp pågående satsningar som Familjecentral i Fjärdhundra och Läslyftet i Örsundsbro och sammanställer resultaten till kommunstyrelsen.</p>
<h2>Vi söker dig som</h2>
<ul><li>har högskoleexamen inom samhällsvetenskap, folkhälsa eller ekonomi</li><li>har erfarenhet av uppföljning och utvärdering</li><li>är van att leda processer med många parter</li></ul>
<p><strong>Anställningsform:</strong> tillsvidare, heltid<br><strong>Tillträde:</strong> enligt överenskommelse<br><strong>Sista ansökningsdag:</strong> 2025-04-06</p>
<p><a href="https://enkoping.varbi.com/what:job/jobID:812345/">Ansök via Varbi</a></p>''')
    w(jp, page(jp, 'Utvecklingsledare sociala investeringar', body, trail_j + [('Utvecklingsledare sociala investeringar', jp)]))

    # English
    body = section('Welcome to Enköping Municipality', 'Enköping is a municipality of about 47 000 inhabitants between Stockholm and Västerås.', '''
<ul class="link-list"><li><a href="/en/moving-to-enkoping/">Moving to Enköping</a></li><li><a href="/en/social-investment-fund/">Social investment fund</a></li><li><a href="/en/contact/">Contact us</a></li></ul>''')
    w('/en/', page('/en/', 'In English', body, [('In English', '/en/')], lang='en'))
    p = '/en/social-investment-fund/'
    body = section('Social investment fund', 'Since 2013 Enköping Municipality has a social investment fund for preventive work.', f'''
<p>The fund finances preventive projects that are expected to reduce social exclusion and save costs in the long term. Municipal departments can apply once a year. The Municipal Executive Board decides which projects receive funding.</p>
<h2>Examples of projects</h2>
<ul>
<li>Family centre in Fjärdhundra – support for families with small children in the western part of the municipality</li>
<li>The school attendance team – <a href="{PROJ_E4}" hreflang="sv">Närvaroteamet (in Swedish)</a></li>
<li>Swimming lessons for all children in year 3</li>
</ul>
<p>More information is available <a href="/kommun-och-politik/sociala-investeringar/" hreflang="sv">in Swedish</a>.</p>''')
    w(p, page(p, 'Social investment fund', body, [('In English', '/en/'), ('Social investment fund', p)], lang='en'))

    # robots + sitemap
    w('/robots.txt', '''User-agent: *
Disallow: /system/
Disallow: /sok/
Disallow: /intranat/
Allow: /export/system/modules/

Sitemap: https://www.enkoping.se/sitemap.xml
''')
    urls = ['/', '/kommun-och-politik/', FUND, FUND + 'sa-soker-du-medel/', FUND + 'regler-for-fonden/', FUND + 'uppfoljning-och-utvardering/',
            FUND + 'avslutade-satsningar/', FUND + 'pagaende-satsningar/', PROJ_E1, PROJ_E2, '/kultur-och-fritid/', '/kultur-och-fritid/fritidsgardar/',
            PROJ_E3, '/kultur-och-fritid/idrott-och-motion/', PROJ_E5, '/barn-och-utbildning/', '/barn-och-utbildning/grundskola/',
            '/barn-och-utbildning/grundskola/elevhalsa/', PROJ_E4, '/kommun-och-politik/ekonomi/', '/kommun-och-politik/ekonomi/arsredovisning-2024/',
            '/nyheter/'] + [n[0] for n in NEWS] + ['/kommun-och-politik/lediga-jobb/', jp, '/en/', '/en/social-investment-fund/']
    sm = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for u in urls:
        sm.append(f'<url><loc>{B}{u}</loc><lastmod>2025-03-11</lastmod></url>')
    sm.append('</urlset>')
    w('/sitemap.xml', '\n'.join(sm) + '\n')
    return files


if __name__ == '__main__':
    fs = build()
    print(len(fs), 'files for', H)
