"""Linköpings kommun (0580) on Episerver CMS 11 (MVC, Alloy-derived block areas)."""
from make_common import write, sitemap

H = 'www.linkoping.se'
FUND = '/kommun-och-politik/ekonomi-och-budget/sociala-investeringsfonden/'
PROJ = FUND + 'projekt/'

MENU = [
    ('/utbildning-och-barnomsorg/', 'Utbildning och barnomsorg'),
    ('/omsorg-och-stod/', 'Omsorg och stöd'),
    ('/fritid-och-kultur/', 'Fritid och kultur'),
    ('/bygga-bo-och-miljo/', 'Bygga, bo och miljö'),
    ('/trafik-och-resor/', 'Trafik och resor'),
    ('/kommun-och-politik/', 'Kommun och politik'),
]

SUBNAV = [
    (FUND, 'Sociala investeringsfonden'),
    (FUND + 'ansok-om-medel/', 'Ansök om medel'),
    (FUND + 'regler-for-fonden/', 'Regler för fonden'),
    (PROJ, 'Projekt'),
    (PROJ + 'avslutade-projekt/', 'Avslutade projekt'),
    (FUND + 'beviljade-ansokningar-2025/', 'Beviljade ansökningar 2025'),
    (FUND + 'utvardering/', 'Utvärdering'),
]


def subnav(current):
    items = []
    for href, label in SUBNAV:
        cls = ' class="active"' if href == current else ''
        lvl = ' class="level-2"' if href != FUND else ''
        items.append(f'<li{lvl}><a href="{href}"{cls}>{label}</a></li>')
    return ('<nav class="sub-navigation" aria-label="Undermeny">\n<ul>\n' + '\n'.join(items) + '\n</ul>\n</nav>')


def page(path, title, body, crumbs, pagetype='StandardPage', side=None, pageid='1000', extra_head=''):
    menu = '\n'.join(
        f'<li class="main-nav__item{" main-nav__item--active" if path.startswith(h) else ""}"><a href="{h}">{t}</a></li>'
        for h, t in MENU)
    bc = ['<li><a href="/">Startsida</a></li>']
    for h, t in crumbs:
        bc.append(f'<li><a href="{h}">{t}</a></li>')
    bc.append(f'<li aria-current="page">{title}</li>')
    layout_side = f'<aside class="col-12 col-lg-3 page-sidebar">\n{side}\n</aside>' if side else ''
    main_cls = 'col-12 col-lg-9' if side else 'col-12'
    return f'''<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Linköpings kommun</title>
<link rel="canonical" href="https://www.linkoping.se{path}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Linköpings kommun">
<link href="/Static/css/main.min.css?v=11.20.7" rel="stylesheet">
<link rel="icon" href="/Static/gfx/favicon.ico">
{extra_head}<script src="/Static/js/vendor/modernizr.min.js"></script>
</head>
<body class="page-{pagetype.lower()}" data-page-id="{pageid}">
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
<header class="site-header">
  <div class="container">
    <div class="site-header__top">
      <a class="site-header__logo" href="/"><img src="/Static/gfx/linkoping-logo.svg" alt="Linköpings kommun, till startsidan"></a>
      <ul class="site-header__tools">
        <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=7414&amp;lang=sv_se&amp;url=https%3A%2F%2Fwww.linkoping.se{path}" rel="nofollow">Lyssna</a></li>
        <li><a href="/other-languages/">Other languages</a></li>
        <li><a href="/kontakt/">Kontakta oss</a></li>
      </ul>
      <form class="site-search" action="/sok/" method="get" role="search">
        <label for="q" class="visually-hidden">Sök på linkoping.se</label>
        <input type="search" id="q" name="q" placeholder="Vad letar du efter?">
        <button type="submit">Sök</button>
      </form>
    </div>
    <nav class="main-nav" aria-label="Huvudmeny">
      <ul class="main-nav__list">
{menu}
      </ul>
    </nav>
  </div>
</header>
<div class="container">
  <nav class="breadcrumbs" aria-label="Du är här">
    <ol>
{chr(10).join(bc)}
    </ol>
  </nav>
</div>
<div class="container page-container">
  <div class="row">
    {layout_side}
    <main id="main-content" class="{main_cls}">
{body}
      <div class="page-meta"><p>Sidan uppdaterades senast: 2025-10-21</p></div>
    </main>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <div class="row">
      <div class="col-12 col-md-4">
        <h2 class="site-footer__heading">Linköpings kommun</h2>
        <p>581 81 Linköping<br>Besöksadress: Drottninggatan 45<br>Kontaktcenter: 013-20 50 00<br><a href="mailto:linkopings.kommun@linkoping.se">linkopings.kommun@linkoping.se</a></p>
      </div>
      <div class="col-12 col-md-4">
        <h2 class="site-footer__heading">Genvägar</h2>
        <ul>
          <li><a href="/nyheter/">Nyheter</a></li>
          <li><a href="/jobb/lediga-jobb/">Lediga jobb</a></li>
          <li><a href="/press/">Press</a></li>
        </ul>
      </div>
      <div class="col-12 col-md-4">
        <h2 class="site-footer__heading">Om webbplatsen</h2>
        <ul>
          <li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
          <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
          <li><a href="/om-webbplatsen/behandling-av-personuppgifter/">Behandling av personuppgifter</a></li>
          <li><a href="/om-webbplatsen/kakor/">Kakor (cookies)</a></li>
          <li><a href="/util/login.aspx?ReturnUrl=%2f" rel="nofollow">Logga in</a></li>
        </ul>
      </div>
    </div>
  </div>
</footer>
<script src="/Static/js/main.min.js?v=11.20.7"></script>
</body>
</html>
'''


def teaser(href, heading, text, img, cls='displaymode-one-third'):
    return f'''<div class="block teaserblock {cls}">
  <a class="teaser" href="{href}">
    <img class="teaser__image" src="/globalassets/bilder/{img}" alt="">
    <div class="teaser__body">
      <h3 class="teaser__heading">{heading}</h3>
      <p>{text}</p>
    </div>
  </a>
</div>'''


def contact(name, role, phone, mail):
    return f'''<div class="block contactblock displaymode-full">
  <div class="contact-card">
    <h2>Kontakt</h2>
    <p><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
  </div>
</div>'''


CRUMB_KOP = [('/kommun-och-politik/', 'Kommun och politik')]
CRUMB_EKO = CRUMB_KOP + [('/kommun-och-politik/ekonomi-och-budget/', 'Ekonomi och budget')]
CRUMB_FUND = CRUMB_EKO + [(FUND, 'Sociala investeringsfonden')]
CRUMB_PROJ = CRUMB_FUND + [(PROJ, 'Projekt')]

P1 = PROJ + 'familjelots-skaggetorp/'
P2 = PROJ + 'avslutade-projekt/fritidsledare-i-skolan-lambohov/'
P3 = '/utbildning-och-barnomsorg/grundskola/elevhalsa/narvaroteamet/'
P4 = PROJ + 'sprakvanner-berga/'
P5 = '/fritid-och-kultur/lovaktiviteter/lovganget-ryd/'
DEAD_PROJ = PROJ + 'jobbsprint-vallastaden/'

NEWS = {
    'call': '/nyheter/2025/nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden/',
    'kf': '/nyheter/2025/fullmaktige-tillfor-tio-miljoner-till-sociala-investeringsfonden/',
    'dag': '/nyheter/2025/valkommen-till-inspirationsdag-om-sociala-investeringar/',
    'sim': '/nyheter/2025/simhallen-i-ryd-stanger-for-renovering/',
    'cykel': '/nyheter/2025/ny-cykelbana-langs-stangan/',
    'lov': '/nyheter/2024/fullt-upp-for-lovganget-i-ryd/',
    'jul': '/nyheter/2024/julmarknad-pa-stora-torget/',
    'skate': '/nyheter/2024/ny-skatepark-i-berga/',
}
JOB = '/jobb/lediga-jobb/utvecklingsstrateg-sociala-investeringar/'


def build():
    pages = {}

    # ---------- start page
    body = f'''<h1 class="visually-hidden">Linköpings kommun</h1>
<section class="hero">
  <h2>Välkommen till Linköpings kommun</h2>
  <p>Här hittar du information om kommunens service, politik och aktuella händelser.</p>
</section>
<section class="popular-searches">
  <h2>Andra söker efter</h2>
  <ul>
    <li><a href="/sok/?q=bygglov">Bygglov</a></li>
    <li><a href="/sok/?q=skolval">Skolval</a></li>
    <li><a href="/sok/?q=sophamtning">Sophämtning</a></li>
    <li><a href="/sok/?q=lediga+jobb">Lediga jobb</a></li>
  </ul>
</section>
<div class="content-area row">
{teaser('/utbildning-och-barnomsorg/', 'Utbildning och barnomsorg', 'Förskola, skola, fritidshem och vuxenutbildning.', 'skola-teaser.jpg')}
{teaser('/fritid-och-kultur/', 'Fritid och kultur', 'Bad, idrott, bibliotek, fritidsgårdar och lovaktiviteter.', 'fritid-teaser.jpg')}
{teaser('/kommun-och-politik/', 'Kommun och politik', 'Så styrs Linköping, ekonomi, budget och hur du kan påverka.', 'stadshuset.jpg')}
</div>
<div class="block pagelistblock displaymode-full">
  <h2>Nyheter</h2>
  <ul class="news-list">
    <li><a href="{NEWS['call']}">Nu kan förvaltningarna söka ur sociala investeringsfonden</a> <time datetime="2025-10-14">14 oktober 2025</time></li>
    <li><a href="{NEWS['sim']}">Simhallen i Ryd stänger för renovering</a> <time datetime="2025-09-30">30 september 2025</time></li>
    <li><a href="{NEWS['kf']}">Fullmäktige tillför tio miljoner till sociala investeringsfonden</a> <time datetime="2025-06-17">17 juni 2025</time></li>
  </ul>
  <p><a href="/nyheter/">Fler nyheter</a></p>
</div>'''
    pages['/'] = page('/', 'Startsida', body, [], 'StartPage', pageid='5')

    # ---------- Kommun och politik
    body = f'''<h1>Kommun och politik</h1>
<p class="preamble">Här kan du läsa om hur Linköpings kommun styrs, hur kommunens pengar används och hur du kan påverka.</p>
<div class="content-area row">
{teaser('/kommun-och-politik/ekonomi-och-budget/', 'Ekonomi och budget', 'Kommunens budget, årsredovisning och sociala investeringsfonden.', 'ekonomi.jpg')}
{teaser('/kommun-och-politik/politik-och-namnder/', 'Politik och nämnder', 'Kommunfullmäktige, kommunstyrelsen och nämnderna.', 'fullmaktige.jpg')}
{teaser('/kommun-och-politik/styrdokument/', 'Styrdokument', 'Policyer, planer och riktlinjer som styr kommunens arbete.', 'styrdokument.jpg')}
{teaser('/kommun-och-politik/linkoping-i-siffror/', 'Linköping i siffror', 'Statistik om befolkning, arbete och boende.', 'statistik.jpg')}
</div>'''
    pages['/kommun-och-politik/'] = page('/kommun-och-politik/', 'Kommun och politik', body, [], 'LandingPage', pageid='120')

    body = f'''<h1>Ekonomi och budget</h1>
<p class="preamble">Linköpings kommun omsätter drygt 13 miljarder kronor per år. Här kan du läsa om budgeten, årsredovisningen och hur kommunen arbetar med långsiktiga investeringar.</p>
<div class="content-area row">
{teaser('/kommun-och-politik/ekonomi-och-budget/budget-2026/', 'Budget 2026', 'Strategisk plan och budget med flerårsplan.', 'budget.jpg')}
{teaser('/kommun-och-politik/ekonomi-och-budget/arsredovisning/', 'Årsredovisning', 'Så användes pengarna förra året.', 'arsredovisning.jpg')}
{teaser(FUND, 'Sociala investeringsfonden', 'Pengar för att pröva förebyggande arbetssätt för barn, unga och vuxna.', 'sociala-investeringar.jpg')}
</div>'''
    pages['/kommun-och-politik/ekonomi-och-budget/'] = page('/kommun-och-politik/ekonomi-och-budget/', 'Ekonomi och budget', body, CRUMB_KOP, 'LandingPage', pageid='134')

    # ---------- fund page
    body = f'''<h1>Sociala investeringsfonden</h1>
<p class="preamble">Sociala investeringsfonden ska ge kommunens förvaltningar möjlighet att pröva nya, förebyggande arbetssätt som på sikt minskar kostnaderna för utanförskap och ger Linköpingsborna bättre livsvillkor.</p>
<div class="editorial">
<p>Kommunfullmäktige inrättade fonden 2019. Sedan dess har fonden tillförts sammanlagt 60 miljoner kronor, varav 10 miljoner kronor i juni 2025. Pengarna ska användas till tidsbegränsade satsningar där två eller flera verksamheter samarbetar och där effekterna går att följa upp och mäta.</p>
<p>En satsning får pågå i högst fyra år. Om arbetssättet ger resultat ska det föras över till ordinarie verksamhet när projekttiden är slut. Den förvaltning som får medel förbinder sig att återföra en del av de minskade kostnaderna till fonden.</p>
<h2>Exempel på vad fonden har gått till</h2>
<p>Inom grundskolan arbetar <a href="{P3}">Närvaroteamet</a> med elever som har hög frånvaro. Teamet är ett av de största projekten som fonden har finansierat och följs av forskare vid Linköpings universitet.</p>
<h2>Vem kan söka?</h2>
<p>Kommunens förvaltningar och bolag kan söka, gärna tillsammans med Region Östergötland, föreningar eller andra aktörer. Läs mer under <a href="{FUND}ansok-om-medel/">Ansök om medel</a> och <a href="{FUND}regler-for-fonden/">Regler för fonden</a>.</p>
</div>
<h2>Pågående projekt</h2>
<div class="content-area row">
{teaser(P1, 'Familjelots i Skäggetorp', 'Familjelotsar hjälper barnfamiljer att hitta rätt stöd i rätt tid.', 'familjelots.jpg')}
{teaser(DEAD_PROJ, 'Jobbsprint Vallastaden', 'Snabbare väg till arbete för unga vuxna som står långt från arbetsmarknaden.', 'jobbsprint.jpg')}
{teaser(PROJ, 'Alla projekt', 'Se alla pågående och avslutade projekt som fått pengar ur fonden.', 'alla-projekt.jpg')}
</div>
{contact('Karin Ljungberg', 'Utvecklingsstrateg, kommunledningsförvaltningen', '013-20 64 18', 'karin.ljungberg@linkoping.se')}'''
    pages[FUND] = page(FUND, 'Sociala investeringsfonden', body, CRUMB_EKO, 'StandardPage', subnav(FUND), pageid='2210')

    body = f'''<h1>Ansök om medel</h1>
<p class="preamble">Förvaltningar och kommunala bolag kan ansöka om pengar ur sociala investeringsfonden två gånger per år. Nästa ansökningsomgång stänger den 15 december 2025.</p>
<div class="editorial">
<h2>Så går ansökan till</h2>
<ol>
<li>Kontakta utvecklingsstrategen för sociala investeringar och berätta om er idé. Ni får hjälp att beskriva målgrupp, problem och förväntade effekter.</li>
<li>Fyll i ansökningsmallen. Beskriv vilka kostnader ni räknar med att minska och för vem, och bifoga en enkel kalkyl.</li>
<li>Förvaltningschefen skriver under ansökan. Om flera förvaltningar samarbetar skriver alla under.</li>
<li>Beredningsgruppen går igenom ansökan och lämnar förslag till kommunstyrelsen, som fattar beslut.</li>
</ol>
<h2>Vad bedöms?</h2>
<ul>
<li>Att insatsen är förebyggande och riktar sig till en tydlig målgrupp.</li>
<li>Att det finns kunskap om att arbetssättet kan ge effekt.</li>
<li>Att insatsen kan följas upp och mätas.</li>
<li>Att det finns en plan för hur arbetet ska fortsätta efter projekttiden.</li>
</ul>
<p>Beslut fattas normalt inom tre månader efter sista ansökningsdag.</p>
</div>
<div class="block filelistblock displaymode-full">
  <h2>Dokument</h2>
  <ul class="file-list">
    <li><a href="/globalassets/kommun-och-politik/sociala-investeringsfonden/ansokningsmall-sociala-investeringsfonden.docx">Ansökningsmall (Word, 64 kB)</a></li>
    <li><a href="/globalassets/kommun-och-politik/sociala-investeringsfonden/kalkylmall.xlsx">Kalkylmall för sociala investeringar (Excel, 38 kB)</a></li>
  </ul>
</div>
{contact('Karin Ljungberg', 'Utvecklingsstrateg, kommunledningsförvaltningen', '013-20 64 18', 'karin.ljungberg@linkoping.se')}'''
    pages[FUND + 'ansok-om-medel/'] = page(FUND + 'ansok-om-medel/', 'Ansök om medel', body, CRUMB_FUND, 'StandardPage', subnav(FUND + 'ansok-om-medel/'), pageid='2211')

    body = '''<h1>Regler för fonden</h1>
<p class="preamble">Kommunfullmäktige har beslutat om riktlinjer för sociala investeringsfonden. Här är de viktigaste reglerna i korthet.</p>
<div class="editorial">
<h2>Fondens storlek och användning</h2>
<p>Fonden är en del av kommunens eget kapital som reserverats för sociala investeringar. Ett projekt kan beviljas högst 5 miljoner kronor och pågå i högst fyra år. Pengarna får inte användas till ordinarie verksamhet eller till lokaler och inventarier.</p>
<h2>Återföring</h2>
<p>När ett projekt lett till lägre kostnader ska förvaltningen betala tillbaka en del av det beviljade beloppet till fonden, normalt hälften, under en period av högst fem år efter projektets slut.</p>
<h2>Uppföljning</h2>
<p>Varje projekt ska lämna en lägesrapport varje år och en slutrapport senast sex månader efter projektets slut. Kommunstyrelsen får en samlad redovisning en gång per år.</p>
<h2>Beslut</h2>
<p>Kommunstyrelsen beslutar om medel efter beredning. Riktlinjerna antogs av kommunfullmäktige den 12 november 2019 och reviderades senast den 10 juni 2025.</p>
</div>'''
    pages[FUND + 'regler-for-fonden/'] = page(FUND + 'regler-for-fonden/', 'Regler för fonden', body, CRUMB_FUND, 'StandardPage', subnav(FUND + 'regler-for-fonden/'), pageid='2212')

    body = '''<h1>Utvärdering</h1>
<p class="preamble">Alla projekt som får pengar ur sociala investeringsfonden följs upp. Fonden som helhet utvärderades av Linköpings universitet 2024.</p>
<div class="editorial">
<p>Utvärderingen visar att projekten har nått de målgrupper som var tänkta, men att det ofta är svårt att visa ekonomiska effekter inom projekttiden. Forskarna rekommenderar att projekten tidigare planerar för hur arbetssättet ska tas över av ordinarie verksamhet.</p>
</div>
<div class="block tableblock displaymode-full">
<table class="table">
<caption>Sociala investeringsfonden i siffror</caption>
<thead><tr><th scope="col">År</th><th scope="col">Antal ansökningar</th><th scope="col">Beviljade projekt</th><th scope="col">Beviljat belopp, kronor</th></tr></thead>
<tbody>
<tr><td>2021</td><td>9</td><td>3</td><td>7 300 000</td></tr>
<tr><td>2022</td><td>7</td><td>2</td><td>5 100 000</td></tr>
<tr><td>2023</td><td>11</td><td>3</td><td>8 650 000</td></tr>
<tr><td>2024</td><td>8</td><td>3</td><td>8 280 000</td></tr>
<tr><td>2025</td><td>10</td><td>3</td><td>6 950 000</td></tr>
</tbody>
</table>
</div>
<div class="block filelistblock displaymode-full">
<ul class="file-list"><li><a href="/globalassets/kommun-och-politik/sociala-investeringsfonden/utvardering-sociala-investeringsfonden-2024.pdf">Utvärdering av sociala investeringsfonden 2024 (pdf, 1,2 MB)</a></li></ul>
</div>'''
    pages[FUND + 'utvardering/'] = page(FUND + 'utvardering/', 'Utvärdering', body, CRUMB_FUND, 'StandardPage', subnav(FUND + 'utvardering/'), pageid='2216')

    # ---------- project list pages (neutral)
    body = f'''<h1>Projekt</h1>
<p class="preamble">Här ser du de pågående projekt som har fått pengar ur sociala investeringsfonden.</p>
<div class="block pagelistblock displaymode-full">
<h2>Pågående projekt</h2>
<ul class="page-list">
<li class="page-list__item"><a href="{P1}"><h3>Familjelots i Skäggetorp</h3></a><p>Socialförvaltningen och utbildningsförvaltningen. 2024–2027.</p></li>
<li class="page-list__item"><a href="{DEAD_PROJ}"><h3>Jobbsprint Vallastaden</h3></a><p>Arbetsmarknadsförvaltningen. 2023–2026.</p></li>
</ul>
</div>
<p>Projekt som har avslutats hittar du under <a href="{PROJ}avslutade-projekt/">Avslutade projekt</a>.</p>'''
    pages[PROJ] = page(PROJ, 'Projekt', body, CRUMB_FUND, 'ProjectListPage', subnav(PROJ), pageid='2213')

    body = f'''<h1>Avslutade projekt</h1>
<p class="preamble">Projekt som har fått pengar ur sociala investeringsfonden och som nu är avslutade. Slutrapporterna kan beställas från kommunledningsförvaltningen.</p>
<div class="block linklistblock displaymode-full">
<ul class="link-list">
<li><a href="{P2}">Fritidsledare i skolan – Lambohov</a> (2021–2024)</li>
<li>Tidig språkstimulans i Ryd (2020–2022)</li>
<li>Boendestöd för unga vuxna (2020–2023)</li>
</ul>
</div>'''
    pages[PROJ + 'avslutade-projekt/'] = page(PROJ + 'avslutade-projekt/', 'Avslutade projekt', body, CRUMB_PROJ, 'ProjectListPage', subnav(PROJ + 'avslutade-projekt/'), pageid='2214')

    body = f'''<h1>Beviljade ansökningar 2025</h1>
<p class="preamble">Kommunstyrelsen beviljade den 3 juni 2025 pengar ur sociala investeringsfonden till tre nya projekt.</p>
<div class="block tableblock displaymode-full">
<table class="table">
<thead><tr><th scope="col">Projekt</th><th scope="col">Sökande förvaltning</th><th scope="col">Beviljat belopp</th></tr></thead>
<tbody>
<tr><td><a href="{P4}">Språkvänner i Berga</a></td><td>Kultur- och fritidsförvaltningen</td><td>1 150 000 kr</td></tr>
<tr><td>Trygg hemgång efter sjukhusvistelse</td><td>Äldreförvaltningen</td><td>2 900 000 kr</td></tr>
<tr><td>Digital vardag för personer med funktionsnedsättning</td><td>Socialförvaltningen</td><td>2 900 000 kr</td></tr>
</tbody>
</table>
</div>
<p>Beredningsgruppens underlag: <a href="/globalassets/interna-dokument/sociala-investeringsfonden/beredning-ansokningar-2025.pdf">Beredning av ansökningar 2025 (pdf)</a></p>'''
    pages[FUND + 'beviljade-ansokningar-2025/'] = page(FUND + 'beviljade-ansokningar-2025/', 'Beviljade ansökningar 2025', body, CRUMB_FUND, 'StandardPage', subnav(FUND + 'beviljade-ansokningar-2025/'), pageid='2215')

    # ---------- P1: teaser cards; fact block as <dl>
    body = f'''<h1>Familjelots i Skäggetorp</h1>
<p class="preamble">Familjelotsar hjälper barnfamiljer i Skäggetorp att hitta rätt stöd i rätt tid – från förskola och skola till socialtjänst, vårdcentral och föreningsliv.</p>
<p class="print-link"><a href="{P1}?print=true" rel="nofollow">Skriv ut</a></p>
<div class="editorial">
<p>Många familjer i Skäggetorp har kontakt med flera olika verksamheter samtidigt, men vet inte alltid vart de ska vända sig. I projektet Familjelots i Skäggetorp arbetar tre familjelotsar på plats i stadsdelen. De träffar familjer på förskolor, i skolan och på familjecentralen och följer med till möten när det behövs.</p>
<h2>Syfte</h2>
<p>Syftet är att fler barn ska gå ut grundskolan med godkända betyg och att färre familjer ska behöva insatser från socialtjänsten längre fram. Familjelotsarna ska upptäcka svårigheter tidigt och se till att familjen får samordnat stöd.</p>
<h2>Så arbetar vi</h2>
<ul>
<li>Öppna träffar för föräldrar två eftermiddagar i veckan på Skäggetorps bibliotek.</li>
<li>Hembesök tillsammans med barnavårdscentralen för familjer med små barn.</li>
<li>Stöd i kontakter med myndigheter, till exempel Försäkringskassan och Arbetsförmedlingen.</li>
</ul>
</div>
<div class="block factblock displaymode-one-third">
<h2>Fakta om projektet</h2>
<dl>
<dt>Projektperiod</dt><dd>augusti 2024 – juli 2027</dd>
<dt>Beviljat belopp</dt><dd>3 200 000 kronor ur sociala investeringsfonden</dd>
<dt>Projektägare</dt><dd>Socialförvaltningen</dd>
<dt>Samarbetspartner</dt><dd>Utbildningsförvaltningen, Region Östergötland (barnavårdscentralen), Skäggetorps bibliotek</dd>
<dt>Målgrupp</dt><dd>Barnfamiljer i Skäggetorp med barn 0–12 år</dd>
</dl>
</div>
{contact('Amina Yusuf', 'Projektledare, socialförvaltningen', '013-26 31 07', 'amina.yusuf@linkoping.se')}'''
    pages[P1] = page(P1, 'Familjelots i Skäggetorp', body, CRUMB_PROJ, 'ProjectPage', subnav(PROJ), pageid='2231')

    # ---------- P2: finished, Avslutade projekt link list
    body = f'''<h1>Fritidsledare i skolan – Lambohov</h1>
<p class="preamble">Projektet placerade fritidsledare på Lambohovsskolan under skoldagen för att skapa trygghet och en meningsfull fritid för eleverna i årskurs 4–9. Projektet är avslutat.</p>
<div class="editorial">
<p>Fritidsledare i skolan pågick från augusti 2021 till juni 2024 och finansierades med 2 400 000 kronor ur sociala investeringsfonden. Kultur- och fritidsförvaltningen och utbildningsförvaltningen drev projektet tillsammans.</p>
<h2>Bakgrund</h2>
<p>Lambohovsskolan hade under flera år haft problem med otrygghet på raster och i korridorer, och många elever saknade en organiserad fritid. Tanken var att fritidsledarna skulle bygga relationer med eleverna under skoltid och slussa dem vidare till fritidsgården och föreningslivet på eftermiddagar och kvällar.</p>
<h2>Resultat</h2>
<p>Andelen elever som uppgav att de kände sig trygga på skolan ökade från 71 till 86 procent. Antalet besök på Lambohovs fritidsgård fördubblades under projekttiden. Från hösten 2024 ingår två fritidsledartjänster i skolans ordinarie budget.</p>
<p>Slutrapporten kan beställas från kultur- och fritidsförvaltningen.</p>
</div>'''
    pages[P2] = page(P2, 'Fritidsledare i skolan – Lambohov', body, CRUMB_PROJ + [(PROJ + 'avslutade-projekt/', 'Avslutade projekt')], 'ProjectPage', subnav(PROJ + 'avslutade-projekt/'), pageid='2241')

    # ---------- P4: only in the 2025 decision table
    body = '''<h1>Språkvänner i Berga</h1>
<p class="preamble">I Språkvänner i Berga träffas nyanlända och Linköpingsbor som vill öva svenska tillsammans – på biblioteket, i föreningslivet och i vardagen.</p>
<div class="editorial">
<p>Projektet startade i september 2025 och pågår till och med augusti 2027. Kommunstyrelsen har beviljat 1 150 000 kronor ur sociala investeringsfonden. Kultur- och fritidsförvaltningen äger projektet och samarbetar med Berga bibliotek, Studieförbundet Vuxenskolan och Bergas hyresgästförening.</p>
<h2>Varför behövs projektet?</h2>
<p>Många nyanlända i Berga har få tillfällen att tala svenska utanför SFI-undervisningen. Det gör vägen till arbete längre. Språkvänner ska ge fler möjlighet att öva språket i vardagen och få kontakter som kan leda till praktik och jobb.</p>
<h2>Vad händer i projektet?</h2>
<p>Varje termin matchas omkring 40 par av språkvänner. Dessutom ordnas språkcaféer två gånger i veckan och gemensamma aktiviteter med föreningar i stadsdelen. Målet är att 120 nyanlända ska ha deltagit när projektet är slut.</p>
<p>Vill du bli språkvän? Kontakta Berga bibliotek, telefon 013-20 69 40.</p>
</div>'''
    pages[P4] = page(P4, 'Språkvänner i Berga', body, CRUMB_PROJ, 'ProjectPage', subnav(PROJ), pageid='2251')

    # ---------- utbildning
    body = f'''<h1>Utbildning och barnomsorg</h1>
<p class="preamble">Förskola, grundskola, gymnasium och vuxenutbildning i Linköpings kommun.</p>
<div class="content-area row">
{teaser('/utbildning-och-barnomsorg/forskola/', 'Förskola', 'Ansök om plats, avgifter och förskolor i Linköping.', 'forskola.jpg')}
{teaser('/utbildning-och-barnomsorg/grundskola/', 'Grundskola', 'Skolval, skolskjuts, elevhälsa och läsårstider.', 'grundskola.jpg')}
{teaser('/utbildning-och-barnomsorg/gymnasieskola/', 'Gymnasieskola', 'Program, antagning och gymnasieskolor.', 'gymnasium.jpg')}
</div>'''
    pages['/utbildning-och-barnomsorg/'] = page('/utbildning-och-barnomsorg/', 'Utbildning och barnomsorg', body, [], 'LandingPage', pageid='60')

    body = f'''<h1>Grundskola</h1>
<p class="preamble">Alla barn i Linköping har rätt till en bra skolgång. Här hittar du information om skolval, läsårstider och stöd i skolan.</p>
<div class="block linklistblock displaymode-full">
<ul class="link-list">
<li><a href="/utbildning-och-barnomsorg/grundskola/skolval/">Skolval</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/lasarstider/">Läsårstider</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/skolskjuts/">Skolskjuts</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/elevhalsa/">Elevhälsa</a></li>
</ul>
</div>'''
    pages['/utbildning-och-barnomsorg/grundskola/'] = page('/utbildning-och-barnomsorg/grundskola/', 'Grundskola', body, [('/utbildning-och-barnomsorg/', 'Utbildning och barnomsorg')], 'LandingPage', pageid='64')

    body = f'''<h1>Elevhälsa</h1>
<p class="preamble">Elevhälsan finns på alla grundskolor och består av skolsköterska, skolläkare, kurator, psykolog och specialpedagog.</p>
<div class="editorial">
<p>Elevhälsans uppdrag är främst förebyggande och hälsofrämjande. Alla elever erbjuds hälsobesök, och du som vårdnadshavare kan alltid kontakta elevhälsan på ditt barns skola.</p>
<h2>När ditt barn inte går till skolan</h2>
<p>Om ditt barn ofta är frånvarande är det viktigt att du pratar med skolan så tidigt som möjligt. Skolan kan få stöd av det centrala Närvaroteamet.</p>
</div>
<div class="block linklistblock displaymode-full">
<h2>Läs mer</h2>
<ul class="link-list">
<li><a href="{P3}">Närvaroteamet</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/elevhalsa/skolskoterska/">Skolsköterska och skolläkare</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/elevhalsa/kurator/">Kurator</a></li>
</ul>
</div>'''
    pages['/utbildning-och-barnomsorg/grundskola/elevhalsa/'] = page('/utbildning-och-barnomsorg/grundskola/elevhalsa/', 'Elevhälsa', body, [('/utbildning-och-barnomsorg/', 'Utbildning och barnomsorg'), ('/utbildning-och-barnomsorg/grundskola/', 'Grundskola')], 'StandardPage', pageid='71')

    # ---------- P3: service area, linked from fund page body
    body = '''<h1>Närvaroteamet</h1>
<p class="preamble">Närvaroteamet stöttar elever med hög frånvaro att komma tillbaka till skolan. Teamet arbetar tillsammans med elev, vårdnadshavare och skola.</p>
<div class="editorial">
<p>Närvaroteamet består av två specialpedagoger, två skolkuratorer, en skolpsykolog och en socialsekreterare. Teamet tar emot uppdrag från rektorer på kommunens grundskolor när en elev har en frånvaro som skolan inte själv har lyckats vända.</p>
<h2>Ett projekt inom sociala investeringsfonden</h2>
<p>Närvaroteamet startade som ett projekt i januari 2025 och finansieras fram till december 2027 med 4 100 000 kronor ur kommunens sociala investeringsfond. Utbildningsförvaltningen driver projektet tillsammans med socialförvaltningen och Barn- och ungdomspsykiatrin i Region Östergötland.</p>
<p>Målet är att minst 70 procent av de elever som teamet arbetar med ska ha en närvaro på över 80 procent efter ett år. Projektet följs av forskare vid Linköpings universitet.</p>
<h2>Så kontaktar du Närvaroteamet</h2>
<p>Som vårdnadshavare tar du i första hand kontakt med ditt barns mentor eller rektor. Skolan gör sedan en anmälan till Närvaroteamet.</p>
</div>
<div class="block contactblock displaymode-full"><div class="contact-card"><h2>Kontakt</h2><p><strong>Johan Eklöf</strong><br>Samordnare Närvaroteamet<br>Telefon: 013-20 78 55</p></div></div>'''
    pages[P3] = page(P3, 'Närvaroteamet', body, [('/utbildning-och-barnomsorg/', 'Utbildning och barnomsorg'), ('/utbildning-och-barnomsorg/grundskola/', 'Grundskola'), ('/utbildning-och-barnomsorg/grundskola/elevhalsa/', 'Elevhälsa')], 'StandardPage', pageid='72')

    # ---------- fritid
    body = f'''<h1>Fritid och kultur</h1>
<p class="preamble">Idrott, bad, bibliotek, fritidsgårdar och aktiviteter på loven.</p>
<div class="content-area row">
{teaser('/fritid-och-kultur/bad-och-simhallar/', 'Bad och simhallar', 'Öppettider och priser för kommunens bad.', 'bad.jpg')}
{teaser('/fritid-och-kultur/fritidsgardar/', 'Fritidsgårdar', 'Mötesplatser för unga i hela kommunen.', 'fritidsgard.jpg')}
{teaser('/fritid-och-kultur/lovaktiviteter/', 'Lovaktiviteter', 'Gratis aktiviteter för barn och unga på sportlov, påsklov, sommarlov och höstlov.', 'lov.jpg')}
</div>'''
    pages['/fritid-och-kultur/'] = page('/fritid-och-kultur/', 'Fritid och kultur', body, [], 'LandingPage', pageid='80')

    body = '''<h1>Lovaktiviteter</h1>
<p class="preamble">På skolloven ordnar kommunen och föreningar gratis aktiviteter för barn och unga mellan 6 och 18 år.</p>
<div class="editorial">
<p>Programmet för varje lov publiceras här ungefär två veckor innan lovet börjar. Du behöver oftast inte anmäla dig i förväg.</p>
<h2>Höstlov 2025</h2>
<p>Under höstlovet, vecka 44, finns aktiviteter på fritidsgårdar, bibliotek och i idrottshallar i hela kommunen. Programmet kommer i mitten av oktober.</p>
<h2>Vill din förening ordna lovaktiviteter?</h2>
<p>Föreningar kan söka lovaktivitetsbidrag från kultur- och fritidsförvaltningen.</p>
</div>'''
    pages['/fritid-och-kultur/lovaktiviteter/'] = page('/fritid-och-kultur/lovaktiviteter/', 'Lovaktiviteter', body, [('/fritid-och-kultur/', 'Fritid och kultur')], 'StandardPage', pageid='88')

    # ---------- P5: only through a 2024 news item in the year archive
    body = '''<h1>Lovgänget i Ryd</h1>
<p class="preamble">Lovgänget ger barn och unga i Ryd en meningsfull sysselsättning på skolloven, med unga ledare från stadsdelen.</p>
<div class="editorial">
<p>I Lovgänget anställs ungdomar från Ryd som feriearbetare och lovledare. De leder aktiviteter för yngre barn på skolgårdar, i idrottshallen och vid Rydsskolans fotbollsplan under sommarlov, höstlov och sportlov.</p>
<h2>Mål</h2>
<p>Målet är att färre barn ska vara utan sysselsättning på loven och att fler ungdomar ska få sin första arbetslivserfarenhet. På sikt hoppas vi att det minskar oron i området under sommaren.</p>
<h2>Tid och pengar</h2>
<p>Lovgänget startade på sommarlovet 2024 och pågår till och med augusti 2026. Projektet har fått 980 000 kronor från sociala investeringsfonden. Kultur- och fritidsförvaltningen ansvarar i samarbete med Stångåstaden och IFK Linköping.</p>
<p>Sommaren 2024 var 22 lovledare anställda och omkring 350 barn deltog i minst en aktivitet.</p>
</div>'''
    pages[P5] = page(P5, 'Lovgänget i Ryd', body, [('/fritid-och-kultur/', 'Fritid och kultur'), ('/fritid-och-kultur/lovaktiviteter/', 'Lovaktiviteter')], 'StandardPage', pageid='89')

    # ---------- news
    def news(path, title, date, dtext, text, crumbs_year):
        b = f'''<article class="news-article">
<h1>{title}</h1>
<p class="news-article__date">Publicerad <time datetime="{date}">{dtext}</time></p>
{text}
</article>'''
        return page(path, title, b, [('/nyheter/', 'Nyheter')], 'NewsPage', pageid=str(3000 + len(path)))

    pages['/nyheter/'] = page('/nyheter/', 'Nyheter', f'''<h1>Nyheter</h1>
<div class="block pagelistblock displaymode-full">
<ul class="news-list">
<li><a href="{NEWS['call']}"><h2>Nu kan förvaltningarna söka ur sociala investeringsfonden</h2></a><time datetime="2025-10-14">14 oktober 2025</time><p>Sista dag för ansökan är den 15 december.</p></li>
<li><a href="{NEWS['sim']}"><h2>Simhallen i Ryd stänger för renovering</h2></a><time datetime="2025-09-30">30 september 2025</time><p>Simhallen är stängd från 1 november till och med mars.</p></li>
<li><a href="{NEWS['dag']}"><h2>Välkommen till inspirationsdag om sociala investeringar</h2></a><time datetime="2025-08-28">28 augusti 2025</time><p>Den 20 november bjuder vi in till en dag om förebyggande arbete.</p></li>
<li><a href="{NEWS['kf']}"><h2>Fullmäktige tillför tio miljoner till sociala investeringsfonden</h2></a><time datetime="2025-06-17">17 juni 2025</time><p>Fonden växer och fler projekt kan få pengar.</p></li>
<li><a href="{NEWS['cykel']}"><h2>Ny cykelbana längs Stångån</h2></a><time datetime="2025-05-06">6 maj 2025</time><p>Den nya cykelbanan öppnar i juni.</p></li>
</ul>
</div>
<nav class="news-archive" aria-label="Nyhetsarkiv">
<h2>Nyhetsarkiv</h2>
<ul><li><a href="/nyheter/arkiv/2024/">Nyheter 2024</a></li><li><a href="/nyheter/arkiv/2023/">Nyheter 2023</a></li><li><a href="/nyheter/arkiv/2022/">Nyheter 2022</a></li></ul>
</nav>''', [], 'NewsListPage', pageid='300')

    pages['/nyheter/arkiv/2024/'] = page('/nyheter/arkiv/2024/', 'Nyheter 2024', f'''<h1>Nyheter 2024</h1>
<div class="block pagelistblock displaymode-full">
<ul class="news-list">
<li><a href="{NEWS['jul']}"><h2>Julmarknad på Stora torget</h2></a><time datetime="2024-11-20">20 november 2024</time></li>
<li><a href="{NEWS['skate']}"><h2>Ny skatepark i Berga</h2></a><time datetime="2024-09-12">12 september 2024</time></li>
<li><a href="{NEWS['lov']}"><h2>Fullt upp för Lovgänget i Ryd</h2></a><time datetime="2024-08-15">15 augusti 2024</time></li>
</ul>
</div>''', [('/nyheter/', 'Nyheter')], 'NewsListPage', pageid='301')

    pages[NEWS['call']] = news(NEWS['call'], 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-10-14', '14 oktober 2025', f'''<p class="preamble">Höstens ansökningsomgång till sociala investeringsfonden är öppen. Förvaltningar och kommunala bolag kan söka pengar till förebyggande projekt fram till den 15 december 2025.</p>
<p>I år finns omkring 12 miljoner kronor att fördela. Kommunstyrelsen vill särskilt se ansökningar som handlar om barn och ungas psykiska hälsa och om vägar till arbete för unga vuxna.</p>
<p>– Vi ser gärna att flera förvaltningar söker tillsammans, och att ni tar kontakt med oss tidigt i processen, säger Karin Ljungberg, utvecklingsstrateg.</p>
<p>Läs mer om hur du <a href="{FUND}ansok-om-medel/">ansöker om medel</a>.</p>''', None)
    pages[NEWS['kf']] = news(NEWS['kf'], 'Fullmäktige tillför tio miljoner till sociala investeringsfonden', '2025-06-17', '17 juni 2025', f'''<p class="preamble">Kommunfullmäktige beslutade den 10 juni att tillföra 10 miljoner kronor till sociala investeringsfonden från 2024 års överskott.</p>
<p>Därmed har fonden tillförts 60 miljoner kronor sedan starten 2019. Samtidigt reviderades riktlinjerna: ett projekt kan nu få högst 5 miljoner kronor och pågå i upp till fyra år.</p>
<p>Vid samma sammanträde redovisades att 14 projekt hittills har fått pengar ur fonden, varav sex är avslutade.</p>
<p><a href="{FUND}">Läs mer om sociala investeringsfonden</a></p>''', None)
    pages[NEWS['dag']] = news(NEWS['dag'], 'Välkommen till inspirationsdag om sociala investeringar', '2025-08-28', '28 augusti 2025', f'''<p class="preamble">Den 20 november 2025 bjuder Linköpings kommun och Region Östergötland in till en inspirationsdag om sociala investeringar och förebyggande arbete.</p>
<p><strong>Tid:</strong> 20 november 2025 kl. 9.00–15.30<br><strong>Plats:</strong> Konsert &amp; Kongress, Linköping<br><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</p>
<p>Under dagen berättar forskare från Linköpings universitet om utvärderingen av fonden, och flera projekt visar vad de har lärt sig. Anmäl dig senast den 1 november till <a href="mailto:socialainvesteringar@linkoping.se">socialainvesteringar@linkoping.se</a>.</p>''', None)
    pages[NEWS['sim']] = news(NEWS['sim'], 'Simhallen i Ryd stänger för renovering', '2025-09-30', '30 september 2025', '''<p class="preamble">Rydsbadet stänger den 1 november 2025 för att byta ventilation och renovera omklädningsrummen. Badet beräknas öppna igen i april 2026.</p>
<p>Under tiden hänvisas simskolor och föreningar till Tinnerbäcksbadet och Lambohovs simhall.</p>''', None)
    pages[NEWS['lov']] = news(NEWS['lov'], 'Fullt upp för Lovgänget i Ryd', '2024-08-15', '15 augusti 2024', f'''<p class="preamble">I somras var det full fart på skolgårdarna i Ryd. 22 ungdomar från området arbetade som lovledare och ordnade aktiviteter för yngre barn hela sommarlovet.</p>
<p>Lovgänget är ett nytt projekt som har fått pengar ur kommunens sociala investeringsfond. Ungdomarna anställdes som feriearbetare och fick utbildning i ledarskap och första hjälpen innan sommaren.</p>
<p>– Det bästa var att se de små barnen komma tillbaka varje dag, säger Hanna, 16 år, som var lovledare.</p>
<p><a href="{P5}">Läs mer om Lovgänget i Ryd</a></p>''', None)
    pages[NEWS['jul']] = news(NEWS['jul'], 'Julmarknad på Stora torget', '2024-11-20', '20 november 2024', '''<p class="preamble">Lördagarna i advent fylls Stora torget av stånd med hantverk, glögg och julgodis.</p>
<p>Marknaden är öppen kl. 11–16. Tomten kommer klockan 14.</p>''', None)

    # ---------- jobs
    pages['/jobb/lediga-jobb/'] = page('/jobb/lediga-jobb/', 'Lediga jobb', f'''<h1>Lediga jobb</h1>
<p class="preamble">Linköpings kommun har omkring 10 000 medarbetare. Här är några av de tjänster vi söker just nu. Alla lediga jobb hittar du på Offentliga jobb.</p>
<ul class="job-list">
<li><a href="{JOB}">Utvecklingsstrateg med inriktning sociala investeringar</a> – kommunledningsförvaltningen, sista ansökningsdag 2025-11-16</li>
<li><a href="/jobb/lediga-jobb/forskollarare-skaggetorp/">Förskollärare till Skäggetorp</a> – sista ansökningsdag 2025-11-09</li>
<li><a href="https://www.offentligajobb.se/">Alla lediga jobb på Offentliga jobb</a></li>
</ul>''', [], 'StandardPage', pageid='400')
    pages[JOB] = page(JOB, 'Utvecklingsstrateg med inriktning sociala investeringar', f'''<h1>Utvecklingsstrateg med inriktning sociala investeringar</h1>
<p class="preamble">Vill du vara med och utveckla Linköpings arbete med sociala investeringar? Vi söker en utvecklingsstrateg till kommunledningsförvaltningen.</p>
<div class="editorial">
<h2>Om tjänsten</h2>
<p>Du samordnar kommunens sociala investeringsfond: du stöttar förvaltningar som vill söka medel, bereder ansökningar inför beslut i kommunstyrelsen och följer upp pågående projekt som Familjelots i Skäggetorp och Närvaroteamet. Du arbetar nära ekonomiavdelningen och Linköpings universitet.</p>
<h2>Din profil</h2>
<p>Du har en akademisk examen inom samhällsvetenskap, ekonomi eller folkhälsa och erfarenhet av uppföljning och analys.</p>
<p><strong>Anställningsform:</strong> Tillsvidareanställning, heltid<br><strong>Tillträde:</strong> Enligt överenskommelse<br><strong>Sista ansökningsdag:</strong> 2025-11-16</p>
<p>Upplysningar lämnas av avdelningschef Per Nordin, 013-20 60 11.</p>
</div>''', [('/jobb/lediga-jobb/', 'Lediga jobb')], 'JobPage', pageid='410')

    for path, html in pages.items():
        write(H, path, html)

    write(H, '/robots.txt', '''User-agent: *
Disallow: /sok/
Disallow: /util/
Disallow: /episerver/
Disallow: /EPiServer/
Disallow: /globalassets/interna-dokument/
Disallow: /*?print=
Disallow: /find/

Sitemap: https://www.linkoping.se/sitemap.xml
''')
    in_map = [p for p in pages if p not in (P5, NEWS['lov'], NEWS['jul'], '/nyheter/arkiv/2024/')]
    write(H, '/sitemap.xml', sitemap(H, in_map))
    return pages


if __name__ == '__main__':
    ps = build()
    print(len(ps), 'pages')
