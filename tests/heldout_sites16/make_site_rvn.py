"""www.rvn.se: Region Västernorrland on Jahia 8 (DX), URLs with the '.html' suffix."""
from make_common import write, sitemap, WRITTEN

H = "www.rvn.se"
SEC = "/sv/utveckling/folkhalsa-och-social-hallbarhet"
FUND = SEC + "/sociala-investeringar.html"
FD = SEC + "/sociala-investeringar"
LIST = FD + "/beviljade-projekt.html"
LIST2 = FD + "/beviljade-projekt/sida-2.html"
P1 = FD + "/beviljade-projekt/unga-till-arbete-solleftea.html"
P2 = FD + "/beviljade-projekt/tidig-upptackt-ornskoldsvik.html"
P3 = "/sv/halsa-och-vard/samordnad-halsa-for-nyanlanda-i-timra.html"
P4 = "/sv/utveckling/barn-och-unga/foraldrastod-harnosand.html"
P5 = "/sv/utveckling/kultur/digital-fritid-ange.html"
DEAD = FD + "/beviljade-projekt/motesplats-kramfors.html"

MENU = [("/sv/halsa-och-vard.html", "Hälsa och vård"),
        ("/sv/utveckling.html", "Regional utveckling"),
        ("/sv/kollektivtrafik.html", "Kollektivtrafik"),
        ("/sv/kultur.html", "Kultur"),
        ("/sv/politik-och-organisation.html", "Politik och organisation"),
        ("/sv/jobba-hos-oss.html", "Jobba hos oss")]

FUND_NAV = [(FUND, "Sociala investeringar"),
            (FD + "/sa-ansoker-du.html", "Så ansöker du"),
            (FD + "/kriterier-och-villkor.html", "Kriterier och villkor"),
            (LIST, "Beviljade projekt"),
            (FD + "/uppfoljning-och-utvardering.html", "Uppföljning och utvärdering")]


def sidenav(current):
    out = ['<nav class="rvn-sidenav" aria-label="Undermeny"><h2 class="rvn-sidenav__title"><a href="%s">Folkhälsa och social hållbarhet</a></h2><ul>' % (SEC + ".html")]
    out.append(f'<li class="rvn-sidenav__item is-open"><a href="{FUND}">Sociala investeringar</a><ul>')
    for h, t in FUND_NAV[1:]:
        c = ' class="is-current" aria-current="page"' if h == current else ""
        out.append(f'<li{c}><a href="{h}">{t}</a></li>')
    out.append("</ul></li>")
    out.append(f'<li class="rvn-sidenav__item"><a href="{SEC}/folkhalsopolitiskt-program.html">Folkhälsopolitiskt program</a></li>')
    out.append(f'<li class="rvn-sidenav__item"><a href="{SEC}/mansklig-rattigheter.html">Mänskliga rättigheter</a></li>')
    out.append("</ul></nav>")
    return "\n".join(out)


def page(path, title, body, crumbs, uuid, template="jnt:page", side="", aside="", lead="", date="", tags=()):
    menu = "\n".join('<li class="rvn-mainnav__item%s"><a href="%s">%s</a></li>' % (
        " is-active" if path.startswith(h[:-5]) else "", h, t) for h, t in MENU)
    bc = ['<li><a href="/">Startsida</a></li>'] + [f'<li><a href="{h}">{t}</a></li>' for h, t in crumbs] + \
         [f'<li aria-current="page">{title}</li>']
    lead_html = f'<p class="rvn-preamble">{lead}</p>' if lead else ""
    date_html = f'<p class="rvn-meta">Publicerad <time datetime="{date}">{date}</time></p>' if date else ""
    tags_html = ""
    if tags:
        tags_html = '<div class="rvn-tags"><h2 class="visually-hidden">Ämnen</h2><ul>' + "".join(
            f'<li><a class="rvn-tag" href="{h}">{t}</a></li>' for h, t in tags) + "</ul></div>"
    side_html = f'<div class="col-lg-3 rvn-col-side">{side}</div>' if side else ""
    aside_html = f'<aside class="col-lg-3 rvn-col-aside">{aside}</aside>' if aside else ""
    main_w = 12 - (3 if side else 0) - (3 if aside else 0)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Region Västernorrland</title>
<link rel="canonical" href="https://www.rvn.se{path}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Region Västernorrland">
<link rel="icon" href="/modules/rvn-template/img/favicon.ico">
<link id="staticAssetCSS0" rel="stylesheet" href="/generated-resources/6d2b9f0e4c8a1735b2e0c9d4a7f1e3b8.min.css" media="screen" type="text/css"/>
<link id="staticAssetCSSprint0" rel="stylesheet" href="/modules/rvn-template/css/print.css" media="print" type="text/css"/>
<script id="staticAssetJavascript0" type="text/javascript" src="/generated-resources/a41e7c2d9b0f5e3a8c6d1b2e0f9a7c4d.min.js"></script>
<script type="text/javascript">
    var contextJsParameters={{contextPath:"",lang:"sv",uilang:"sv",siteUuid:"7c1d2e3f-4a5b-46c7-8d9e-0f1a2b3c4d5e",wcag:true,ckeCfg:""}};
</script>
</head>
<body class="rvn-body {template.replace(':', '-')}" data-node-uuid="{uuid}">
<a class="rvn-skip" href="#main">Gå direkt till innehållet</a>
<div class="cookie-consent" data-module="cookieConsent" hidden><p>Vi använder kakor för statistik. <a href="/sv/om-webbplatsen/kakor.html">Läs mer om kakor</a></p><button type="button">Jag förstår</button></div>
<header class="rvn-header">
  <div class="container rvn-header__top">
    <a class="rvn-logo" href="/"><img src="/files/live/sites/rvn/files/grafik/rvn-logotyp.svg" alt="Region Västernorrland, startsida" width="220" height="48"></a>
    <ul class="rvn-tools">
      <li><a href="/sv/lattlast.html">Lättläst</a></li>
      <li><a href="/sv/teckensprak.html">Teckenspråk</a></li>
      <li><a href="/en.html" hreflang="en" lang="en">English</a></li>
      <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9612&amp;lang=sv_se&amp;readid=main" rel="nofollow">Lyssna</a></li>
    </ul>
    <form class="rvn-search" action="/sv/sok.html" method="get" role="search">
      <label for="q" class="visually-hidden">Sök</label>
      <input type="search" id="q" name="q" placeholder="Sök på rvn.se">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="rvn-mainnav" aria-label="Huvudmeny"><ul class="container">
{menu}
  </ul></nav>
</header>
<div class="container">
  <nav class="rvn-breadcrumb" aria-label="Brödsmulor"><ol>{''.join(bc)}</ol></nav>
  <div class="row">
    {side_html}
    <main id="main" class="col-lg-{main_w} rvn-col-main">
      <!-- jnt:contentList main -->
      <article class="rvn-article">
        <h1>{title}</h1>
        {date_html}
        {lead_html}
        <div class="rvn-richtext jnt-bigText">
{body}
        </div>
        {tags_html}
        <p class="rvn-updated">Senast uppdaterad: {date or '2025-10-30'}</p>
      </article>
    </main>
    {aside_html}
  </div>
</div>
<footer class="rvn-footer">
  <div class="container row">
    <div class="col-md-4"><h2>Region Västernorrland</h2><p>Storgatan 44, 871 85 Härnösand<br>Växel: 0611-800 00<br><a href="mailto:region@rvn.se">region@rvn.se</a></p></div>
    <div class="col-md-4"><ul>
      <li><a href="/sv/nyheter.html">Nyheter</a></li>
      <li><a href="/sv/jobba-hos-oss.html">Jobba hos oss</a></li>
      <li><a href="/sv/om-webbplatsen.html">Om webbplatsen</a></li>
      <li><a href="/sv/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
      <li><a href="/sv/om-webbplatsen/kakor.html">Kakor</a></li>
    </ul></div>
    <div class="col-md-4"><ul>
      <li><a href="https://www.1177.se/Vasternorrland/" rel="external">1177 Vårdguiden</a></li>
      <li><a href="https://www.facebook.com/regionvasternorrland" rel="external">Facebook</a></li>
      <li><a href="https://www.linkedin.com/company/region-vasternorrland" rel="external">LinkedIn</a></li>
      <li><a href="/cms/login?redirect=%2Fsv.html" rel="nofollow">Logga in</a></li>
    </ul></div>
  </div>
</footer>
<script type="text/javascript" src="/modules/rvn-template/javascript/main.js"></script>
</body>
</html>
"""


UT = [("/sv/utveckling.html", "Regional utveckling")]
FS = UT + [(SEC + ".html", "Folkhälsa och social hållbarhet")]
FC = FS + [(FUND, "Sociala investeringar")]
CONTACT = """<div class="rvn-box rvn-box--contact"><h2>Kontakt</h2><p>Maria Sjölander<br>Utvecklingsstrateg, social hållbarhet<br>Telefon: 0611-800 42<br><a href="mailto:maria.sjolander@rvn.se">maria.sjolander@rvn.se</a></p></div>"""

TAG_SOC = ("/sv/amne/social-hallbarhet.html", "Social hållbarhet")
TAG_FOR = ("/sv/amne/foraldraskap.html", "Föräldraskap")

NEWS = [
    ("/sv/nyheter/2025/utlysning-regionala-medel-for-sociala-investeringar-2026.html",
     "Utlysning: sök regionala medel för sociala investeringar 2026", "2025-10-06",
     "Länets kommuner kan nu söka medel för förebyggande insatser som startar 2026."),
    ("/sv/nyheter/2025/nya-turer-med-dinbuss-mellan-kramfors-och-solleftea.html",
     "Nya turer med Din Tur mellan Kramfors och Sollefteå", "2025-09-29",
     "Från den 12 oktober blir det fler avgångar på linje 40 på vardagar."),
    ("/sv/nyheter/2025/region-och-timra-samordnar-halsoinsatser-for-nyanlanda.html",
     "Regionen och Timrå samordnar hälsoinsatser för nyanlända", "2025-09-15",
     "Hälsoskolor, hälsosamtal och en gemensam hälsolots ska ge nyanlända i Timrå en bättre start."),
    ("/sv/nyheter/2025/foraldraskapsveckan-med-fokus-pa-tonaren.html",
     "Föräldraskapsveckan med fokus på tonåren", "2025-09-08",
     "Under vecka 38 ordnar kommunerna och regionen föreläsningar för föräldrar i hela länet."),
    ("/sv/nyheter/2025/regionala-utvecklingsnamnden-beviljar-6-2-miljoner-till-sociala-investeringar.html",
     "Regionala utvecklingsnämnden beviljar 6,2 miljoner till sociala investeringar", "2025-06-12",
     "Fyra nya projekt i länets kommuner får regionala medel för sociala investeringar."),
    ("/sv/nyheter/2025/konferens-sociala-investeringar-i-vasternorrland.html",
     "Välkommen till konferensen Sociala investeringar i Västernorrland", "2025-04-22",
     "Den 20 maj samlas kommuner, region och civilsamhälle i Sundsvall för att dela erfarenheter."),
]


def cards(items):
    out = ['<ul class="rvn-cards">']
    for href, title, kommun, text in items:
        out.append(f'''<li class="rvn-card"><a class="rvn-card__link" href="{href}"><span class="rvn-card__label">{kommun}</span><h3 class="rvn-card__title">{title}</h3><p class="rvn-card__text">{text}</p></a></li>''')
    out.append("</ul>")
    return "\n".join(out)


def build():
    # start
    body = f"""<div class="rvn-puffs">
<a class="rvn-puff" href="/sv/halsa-och-vard.html">Hälsa och vård</a>
<a class="rvn-puff" href="/sv/utveckling.html">Regional utveckling</a>
<a class="rvn-puff" href="/sv/kollektivtrafik.html">Kollektivtrafik</a>
<a class="rvn-puff" href="/sv/jobba-hos-oss.html">Lediga jobb</a>
</div>
<div class="rvn-popular"><h2>Vanliga sökningar</h2><ul>
<li><a href="/sv/sok.html?q=tandv%C3%A5rd">tandvård</a></li><li><a href="/sv/sok.html?q=lediga+jobb">lediga jobb</a></li><li><a href="/sv/sok.html?q=f%C3%A4rdtj%C3%A4nst">färdtjänst</a></li>
</ul></div>
<h2>Aktuellt</h2>
<ul class="rvn-newslist">
""" + "\n".join(f'<li><time datetime="{d}">{d}</time> <a href="{h}">{t}</a></li>' for h, t, d, _ in NEWS[:4]) + """
</ul>
<p><a href="/sv/nyheter.html">Alla nyheter</a></p>"""
    write(H, "/", page("/", "Region Västernorrland", body, [], "a0b1c2d3-0001").replace(
        '<nav class="rvn-breadcrumb" aria-label="Brödsmulor"><ol><li><a href="/">Startsida</a></li><li aria-current="page">Region Västernorrland</li></ol></nav>', ""))

    # Regional utveckling
    body = f"""<p>Region Västernorrland har det regionala utvecklingsansvaret i länet. Vi arbetar tillsammans med kommuner, näringsliv, akademi och civilsamhälle för ett hållbart och attraktivt Västernorrland.</p>
<ul class="rvn-linklist">
<li><a href="{SEC}.html">Folkhälsa och social hållbarhet</a></li>
<li><a href="/sv/utveckling/barn-och-unga.html">Barn och unga</a></li>
<li><a href="/sv/utveckling/kultur.html">Kulturutveckling</a></li>
<li><a href="/sv/utveckling/naringsliv.html">Näringsliv och innovation</a></li>
<li><a href="/sv/utveckling/regionala-utvecklingsstrategin.html">Regionala utvecklingsstrategin</a></li>
</ul>"""
    write(H, "/sv/utveckling.html", page("/sv/utveckling.html", "Regional utveckling", body, [], "a0b1c2d3-0100"))

    aside = f"""<div class="rvn-box rvn-box--related"><h2>Se även</h2><ul>
<li><a href="{FUND}">Regionala medel för sociala investeringar</a></li>
<li><a href="https://www.folkhalsomyndigheten.se/" rel="external">Folkhälsomyndigheten</a></li>
<li><a href="/sv/utveckling/barn-och-unga.html">Barn och unga</a></li>
</ul></div>"""
    body = f"""<p>En god och jämlik hälsa är en förutsättning för att Västernorrland ska utvecklas. Region Västernorrland samverkar med länets sju kommuner genom folkhälsoavtal och gemensamma satsningar.</p>
<h2>Folkhälsoavtal med kommunerna</h2>
<p>Regionen har folkhälsoavtal med Härnösand, Kramfors, Sollefteå, Sundsvall, Timrå, Ånge och Örnsköldsvik. Avtalen ger varje kommun medel för lokalt folkhälsoarbete.</p>
<h2>Sociala investeringar</h2>
<p>Sedan 2021 avsätter regionala utvecklingsnämnden medel för sociala investeringar i länets kommuner.</p>"""
    write(H, SEC + ".html", page(SEC + ".html", "Folkhälsa och social hållbarhet", body, UT, "a0b1c2d3-0110",
          side=sidenav(SEC + ".html"), aside=aside, lead="Vi arbetar för att skillnaderna i hälsa mellan olika grupper i länet ska minska."))

    # fund page
    body = f"""<p>Regionala utvecklingsnämnden avsätter varje år 6 miljoner kronor för sociala investeringar. Medlen går till kommunernas förebyggande insatser för barn, unga och unga vuxna där regionen och kommunen gemensamt har ansvar, till exempel psykisk hälsa, skolnärvaro och etablering på arbetsmarknaden.</p>
<p>Ett projekt kan få medel i upp till tre år. Kommunen ska själv stå för minst hälften av kostnaden.</p>
<h2>Aktuellt</h2>
<p>Ansökningsomgången för 2026 är öppen till och med den 15 december 2025. <a href="{FD}/sa-ansoker-du.html">Så ansöker du</a>.</p>
<h2>Projekt som har fått medel</h2>
<p>Hittills har 14 projekt i sex kommuner fått medel. <a href="{LIST}">Se alla beviljade projekt</a>.</p>
<h2>Beredning</h2>
<p>Ansökningarna bereds av en arbetsgrupp med tjänstepersoner från regionen och Kommunförbundet Västernorrland. Underlag för arbetsgruppen finns på <a href="/files/live/sites/rvn/files/internt/beredning-sociala-investeringar-2026.pdf" rel="nofollow">arbetsgruppens sida (inloggning krävs)</a>.</p>"""
    write(H, FUND, page(FUND, "Regionala medel för sociala investeringar", body, FS, "a0b1c2d3-0120",
          side=sidenav(FUND), aside=CONTACT, lead="Region Västernorrland ger länets kommuner medel för sociala investeringar som förebygger ohälsa och utanförskap.",
          tags=(TAG_SOC,)))

    body = """<ol>
<li><strong>Förankra idén.</strong> Projektet ska vara förankrat hos kommunens ledning och, om regionens verksamheter berörs, hos regionens verksamhetschef.</li>
<li><strong>Skriv ansökan.</strong> Använd regionens ansökningsformulär. Beskriv problemet, målgruppen, aktiviteterna, budgeten och hur projektet ska följas upp.</li>
<li><strong>Bifoga en kalkyl.</strong> En enkel socioekonomisk kalkyl visar vad insatsen kan leda till för kommunen och regionen.</li>
<li><strong>Skicka in.</strong> Ansökan skickas till regionen@rvn.se senast den 15 december. Märk den med ”Sociala investeringar”.</li>
</ol>
<p>Beslut fattas av regionala utvecklingsnämnden i mars. Besked lämnas skriftligt till sökande kommun.</p>
<p><a href="/files/live/sites/rvn/files/dokument/utveckling/ansokningsformular-sociala-investeringar.docx">Ansökningsformulär (Word)</a></p>"""
    write(H, FD + "/sa-ansoker-du.html", page(FD + "/sa-ansoker-du.html", "Så ansöker du", body, FC, "a0b1c2d3-0121",
          side=sidenav(FD + "/sa-ansoker-du.html"), aside=CONTACT, lead="Så söker kommunerna regionala medel för sociala investeringar."))

    body = """<h2>Vem kan söka?</h2>
<p>Länets sju kommuner kan söka, enskilt eller tillsammans. Ideella föreningar kan delta som samverkanspart men inte söka själva.</p>
<h2>Villkor</h2>
<ul>
<li>Projektet ska vara förebyggande och rikta sig till barn, unga eller unga vuxna upp till 29 år.</li>
<li>Regionens bidrag är högst 50 procent av projektets kostnad och högst 2,5 miljoner kronor.</li>
<li>Projektet får pågå i högst tre år.</li>
<li>Kommunen ska redovisa hur arbetet tas över av ordinarie verksamhet om det faller väl ut.</li>
<li>Projektet ska lämna en lägesrapport varje år och en slutrapport senast tre månader efter avslut.</li>
</ul>
<h2>Bedömning</h2>
<p>Vid bedömningen väger vi in behovet i kommunen, hur väl insatsen bygger på kunskap om vad som fungerar och hur samverkan mellan kommun och region ser ut.</p>"""
    write(H, FD + "/kriterier-och-villkor.html", page(FD + "/kriterier-och-villkor.html", "Kriterier och villkor", body, FC, "a0b1c2d3-0122",
          side=sidenav(FD + "/kriterier-och-villkor.html")))

    body = """<p>Alla projekt lämnar en lägesrapport varje år. Regionen sammanställer rapporterna och redovisar dem för regionala utvecklingsnämnden i juni.</p>
<p>Sedan 2023 utvärderas satsningen av Mittuniversitetet. Den första delrapporten visar att projekten har nått fler unga än beräknat, men att det är svårt att mäta effekter på kort sikt.</p>
<table class="rvn-table"><caption>Beviljade medel per kommun 2021–2025 (tusental kronor)</caption>
<thead><tr><th>Kommun</th><th>Antal projekt</th><th>Beviljat</th></tr></thead>
<tbody>
<tr><td>Härnösand</td><td>2</td><td>1 700</td></tr>
<tr><td>Kramfors</td><td>2</td><td>2 100</td></tr>
<tr><td>Sollefteå</td><td>2</td><td>3 300</td></tr>
<tr><td>Sundsvall</td><td>3</td><td>5 400</td></tr>
<tr><td>Timrå</td><td>2</td><td>2 050</td></tr>
<tr><td>Örnsköldsvik</td><td>3</td><td>4 600</td></tr>
</tbody></table>
<p><a href="/files/live/sites/rvn/files/dokument/utveckling/delrapport-utvardering-sociala-investeringar-2025.pdf">Delrapport: Utvärdering av regionala sociala investeringar (pdf)</a></p>"""
    write(H, FD + "/uppfoljning-och-utvardering.html", page(FD + "/uppfoljning-och-utvardering.html", "Uppföljning och utvärdering", body, FC,
          "a0b1c2d3-0123", side=sidenav(FD + "/uppfoljning-och-utvardering.html")))

    # list pages (paginated by path)
    c1 = [(P1, "Unga till arbete i Sollefteå", "Sollefteå kommun", "Stöd för unga vuxna 18–29 år som varken arbetar eller studerar."),
          (DEAD, "Mötesplats Kramfors", "Kramfors kommun", "En mötesplats för unga i Kramfors centrum."),
          ("https://www.sundsvall.se/kommun-och-politik/sociala-investeringar/", "Tre projekt i Sundsvall", "Sundsvalls kommun", "Sundsvall beskriver sina projekt på kommunens webbplats."),
          (FD + "/beviljade-projekt/sida-2.html", "Fler projekt", "", "Se projekt som beviljades 2024.")]
    body = f"""<p>Här presenteras de projekt som har fått regionala medel för sociala investeringar. Projekten beviljade 2025 visas först.</p>
<h2>Beviljade 2025</h2>
{cards(c1[:3])}
<nav class="rvn-pagination" aria-label="Sidnumrering"><ul>
<li><span class="is-current" aria-current="page">1</span></li>
<li><a href="{LIST2}">2</a></li>
<li><a href="{LIST2}" rel="next">Nästa</a></li>
</ul></nav>"""
    write(H, LIST, page(LIST, "Beviljade projekt", body, FC, "a0b1c2d3-0124", side=sidenav(LIST)))
    c2 = [(P2, "Tidig upptäckt av psykisk ohälsa hos unga", "Örnsköldsviks kommun", "Elevhälsa och ungdomsmottagning arbetar tillsammans med tidiga samtal."),
          ("/sv/utveckling/barn-och-unga/feriepraktik-med-handledning.html", "Feriepraktik med handledning", "Kramfors kommun", "Projektet avslutades 2024 och rapporten finns på kommunens webbplats.")]
    body = f"""<h2>Beviljade 2024</h2>
{cards(c2)}
<nav class="rvn-pagination" aria-label="Sidnumrering"><ul>
<li><a href="{LIST}" rel="prev">Föregående</a></li>
<li><a href="{LIST}">1</a></li>
<li><span class="is-current" aria-current="page">2</span></li>
</ul></nav>"""
    write(H, LIST2, page(LIST2, "Beviljade projekt – sida 2", body, FC + [(LIST, "Beviljade projekt")], "a0b1c2d3-0125", side=sidenav(LIST)))

    # P1
    body = """<p>I Sollefteå kommun finns omkring 300 unga vuxna som varken arbetar eller studerar. Projektet Unga till arbete ska hitta dem tidigt och ge samordnat stöd från kommunens arbetsmarknadsenhet, socialtjänsten och regionens psykiatri.</p>
<h2>Syfte</h2>
<p>Syftet är att fler unga vuxna 18–29 år ska komma i arbete eller studier och att färre ska bli långvarigt beroende av försörjningsstöd.</p>
<h2>Så arbetar projektet</h2>
<ul>
<li>Två stegförflyttare söker upp unga som har avbrutit gymnasiet eller avslutat sin anställning.</li>
<li>Varje deltagare får en plan som följs upp varje månad.</li>
<li>En sjuksköterska från regionens psykiatri finns med en dag i veckan.</li>
</ul>
<div class="rvn-factbox">
<h2>Fakta</h2>
<dl>
<dt>Projektägare</dt><dd>Sollefteå kommun, arbetsmarknadsenheten</dd>
<dt>Samverkan</dt><dd>Region Västernorrland (vuxenpsykiatrin), Arbetsförmedlingen</dd>
<dt>Projekttid</dt><dd>januari 2025 – december 2027</dd>
<dt>Regionala medel</dt><dd>2 100 000 kronor</dd>
<dt>Total budget</dt><dd>4 300 000 kronor</dd>
</dl>
</div>"""
    write(H, P1, page(P1, "Unga till arbete i Sollefteå", body, FC + [(LIST, "Beviljade projekt")], "a0b1c2d3-0131",
          side=sidenav(P1), lead="Ett samordnat stöd för unga vuxna i Sollefteå som varken arbetar eller studerar.", date="2025-03-20", tags=(TAG_SOC,)))

    # P2
    body = """<p>Allt fler unga i Örnsköldsvik söker hjälp för oro, nedstämdhet och sömnproblem, ofta sent. I projektet arbetar kommunens elevhälsa och regionens ungdomsmottagning tillsammans för att fånga upp tecken på psykisk ohälsa i tid.</p>
<p>Alla elever i årskurs 7 och i gymnasiets första år erbjuds ett hälsosamtal med frågor om psykiskt mående. Elever som behöver det får träffa en kurator eller psykolog inom två veckor. Personalen på skolorna utbildas i att uppmärksamma och samtala om psykisk ohälsa.</p>
<p>Projektet pågår från augusti 2024 till juni 2027. Region Västernorrland bidrar med 1 800 000 kronor ur de regionala medlen för sociala investeringar och Örnsköldsviks kommun med lika mycket i egen arbetstid. Målgruppen är unga 13–19 år.</p>
<p>Kontakt: projektledare Erik Nordin, Örnsköldsviks kommun, 0660-880 00.</p>"""
    write(H, P2, page(P2, "Tidig upptäckt av psykisk ohälsa hos unga i Örnsköldsvik", body, FC + [(LIST, "Beviljade projekt")],
          "a0b1c2d3-0132", side=sidenav(P2), lead="Elevhälsan och ungdomsmottagningen samarbetar för att upptäcka psykisk ohälsa tidigt.", date="2024-09-02"))

    # Hälsa och vård + P3
    body = """<p>Här hittar du information om regionens hälso- och sjukvård. För personliga råd om vård, ring 1177 eller besök 1177.se.</p>
<ul class="rvn-linklist">
<li><a href="/sv/halsa-och-vard/hitta-vard.html">Hitta vård</a></li>
<li><a href="/sv/halsa-och-vard/tandvard.html">Tandvård</a></li>
<li><a href="/sv/halsa-och-vard/vaccinationer.html">Vaccinationer</a></li>
<li><a href="/sv/halsa-och-vard/halsa-for-nyanlanda.html">Hälsa för nyanlända</a></li>
</ul>"""
    write(H, "/sv/halsa-och-vard.html", page("/sv/halsa-och-vard.html", "Hälsa och vård", body, [], "a0b1c2d3-0200"))
    body = """<p>Nyanlända har ofta sämre hälsa än befolkningen i övrigt, men söker vård mer sällan och senare. I Timrå arbetar Timrå kommun och Region Västernorrland tillsammans för att nyanlända vuxna och deras barn ska få en bättre hälsa och lättare hitta rätt i vården.</p>
<h2>Vad ingår?</h2>
<ul>
<li>Hälsoskola på modersmål inom samhällsorienteringen, tio träffar per grupp.</li>
<li>En hälsolots, anställd av kommunen, som följer med till vårdcentralen och hjälper till att boka tider.</li>
<li>Hälsosamtal för alla nyanlända vid Timrå hälsocentral inom tre månader efter ankomst.</li>
</ul>
<h2>Om projektet</h2>
<p>Projektperiod: mars 2025 – februari 2027<br>
Finansiering: 1 350 000 kronor ur regionala medel för sociala investeringar; Timrå kommun står för lika stor del.<br>
Projektägare: Timrå kommun, integrationsenheten<br>
Samverkan: Timrå hälsocentral, Region Västernorrland</p>"""
    write(H, P3, page(P3, "Samordnad hälsa för nyanlända i Timrå", body, [("/sv/halsa-och-vard.html", "Hälsa och vård")],
          "a0b1c2d3-0231", lead="Hälsoskola, hälsosamtal och en hälsolots för nyanlända i Timrå.", date="2025-03-11"))

    # Barn och unga + P4
    body = """<p>Regionen arbetar för att barnets rättigheter ska få genomslag i all regional utveckling. Här finns information om barnrättsarbetet, ungdomsråd och länets gemensamma satsningar för barn och unga.</p>
<ul class="rvn-linklist">
<li><a href="/sv/utveckling/barn-och-unga/barnkonventionen.html">Barnkonventionen</a></li>
<li><a href="/sv/utveckling/barn-och-unga/ungdomsradet.html">Regionens ungdomsråd</a></li>
</ul>"""
    write(H, "/sv/utveckling/barn-och-unga.html", page("/sv/utveckling/barn-och-unga.html", "Barn och unga", body, UT, "a0b1c2d3-0140"))
    body = """<p>Föräldrastöd i Härnösand erbjuder alla föräldrar till barn i förskoleklass till årskurs 3 en föräldrautbildning i grupp. Träffarna hålls på skolorna efter skoltid, med barnpassning och enkel middag. Föräldrar som vill ha mer stöd kan få enskilda samtal med en familjebehandlare.</p>
<p>Målet är att minska konflikter i familjen, stärka barnens trygghet och minska behovet av insatser från socialtjänsten när barnen blir äldre.</p>
<p>Projektet startade i september 2024 och pågår till augusti 2026. Härnösands kommun driver projektet med 900 000 kronor i regionala medel för sociala investeringar. Barn- och ungdomspsykiatrin och Härnösands familjecentral deltar.</p>"""
    write(H, P4, page(P4, "Föräldrastöd i Härnösand", body, UT + [("/sv/utveckling/barn-och-unga.html", "Barn och unga")],
          "a0b1c2d3-0141", lead="Föräldrautbildning för föräldrar till yngre skolbarn i Härnösand.", date="2024-10-01", tags=(TAG_FOR, TAG_SOC)))

    # Kultur + P5
    body = """<p>Regionens kulturutveckling stöttar kulturlivet i hela länet genom bidrag, konsulenter och samverkan med kommunerna enligt kultursamverkansmodellen.</p>
<ul class="rvn-linklist">
<li><a href="/sv/utveckling/kultur/kulturbidrag.html">Kulturbidrag</a></li>
<li><a href="/sv/utveckling/kultur/regional-kulturplan.html">Regional kulturplan</a></li>
</ul>"""
    write(H, "/sv/utveckling/kultur.html", page("/sv/utveckling/kultur.html", "Kulturutveckling", body, UT, "a0b1c2d3-0150"))
    body = """<p>I Ånge kommun är avstånden långa och det finns få mötesplatser för unga. Digital fritid i Ånge bygger upp en digital fritidsgård med spel, skapande och livesända träffar som kompletteras med fysiska träffar på biblioteket i Ånge och i Fränsta.</p>
<p>Syftet är att minska ensamhet och stillasittande bland unga 13–19 år och att ge fler unga kontakt med vuxna fritidsledare.</p>
<h2>Projektet i korthet</h2>
<ul>
<li><strong>Period:</strong> januari 2026 – december 2027</li>
<li><strong>Belopp:</strong> 650 000 kronor i regionala medel för sociala investeringar</li>
<li><strong>Projektägare:</strong> Ånge kommun, kultur och fritid</li>
<li><strong>Samverkan:</strong> Region Västernorrland (regionbiblioteket), Studiefrämjandet</li>
</ul>"""
    write(H, P5, page(P5, "Digital fritid i Ånge", body, UT + [("/sv/utveckling/kultur.html", "Kulturutveckling")],
          "a0b1c2d3-0151", lead="En digital fritidsgård med fysiska träffar för unga i Ånge kommun.", date="2025-06-16"))

    # news list
    body = '<ul class="rvn-newslist rvn-newslist--full">' + "\n".join(
        f'<li><time datetime="{d}">{d}</time><h2><a href="{h}">{t}</a></h2><p>{l}</p></li>' for h, t, d, l in NEWS) + "</ul>"
    write(H, "/sv/nyheter.html", page("/sv/nyheter.html", "Nyheter", body, [], "a0b1c2d3-0300"))
    nb = [("/sv/nyheter.html", "Nyheter")]
    bodies = [
        f"""<p>Nu kan länets kommuner söka regionala medel för sociala investeringar för projekt som startar under 2026. Totalt finns 6 miljoner kronor att fördela.</p>
<p>I år prioriteras projekt som rör skolnärvaro och psykisk hälsa hos unga. Ansökan ska vara inne senast den 15 december 2025.</p>
<p><a href="{FD}/sa-ansoker-du.html">Så ansöker du</a> | <a href="{FD}/kriterier-och-villkor.html">Kriterier och villkor</a></p>""",
        """<p>Linje 40 får fyra nya avgångar i varje riktning på vardagar. Den nya tidtabellen finns i Din Turs app och på dintur.se.</p>""",
        f"""<p>Timrå kommun och Region Västernorrland har inlett ett gemensamt projekt för att förbättra hälsan hos nyanlända. Hälsoskola på modersmål, hälsosamtal vid hälsocentralen och en hälsolots ska göra det lättare att hitta rätt i vården.</p>
<p>– Många nyanlända vet inte hur vården fungerar i Sverige. Hälsolotsen blir en bro mellan familjerna och hälsocentralen, säger Amina Yusuf, hälsolots i Timrå.</p>
<p>Projektet får regionala medel för sociala investeringar. <a href="{P3}">Läs mer om Samordnad hälsa för nyanlända i Timrå</a>.</p>""",
        """<p>Under Föräldraskapsveckan bjuder länets kommuner och Region Västernorrland in till föreläsningar om tonåren, skärmtid och psykisk hälsa. Föreläsningarna är gratis och sänds också digitalt.</p>
<p>Programmet finns på respektive kommuns webbplats.</p>""",
        f"""<p>Regionala utvecklingsnämnden beslutade den 11 juni att bevilja sammanlagt 6,2 miljoner kronor till fyra nya projekt:</p>
<ul>
<li>Unga till arbete i Sollefteå, Sollefteå kommun, 2 100 000 kronor</li>
<li>Samordnad hälsa för nyanlända i Timrå, Timrå kommun, 1 350 000 kronor</li>
<li>Mötesplats Kramfors, Kramfors kommun, 2 100 000 kronor</li>
<li>Digital fritid i Ånge, Ånge kommun, 650 000 kronor</li>
</ul>
<p>Mer information om projekten i Ånge: https://www.rvn.se/sv/utveckling/kultur/digital-fritid-ange.html</p>
<p>Läs mer om <a href="/cms/edit/default/sv/sites/rvn/home/utveckling/folkhalsa-och-social-hallbarhet/sociala-investeringar.html">regionala medel för sociala investeringar</a>.</p>""",
        f"""<p>Välkommen till en dag om sociala investeringar i Västernorrland. Projekt från Sollefteå, Örnsköldsvik och Sundsvall berättar om sina erfarenheter och Mittuniversitetet presenterar utvärderingen.</p>
<p><strong>Tid:</strong> 20 maj 2025, kl. 9.30–16.00<br><strong>Plats:</strong> Kulturmagasinet, Sundsvall<br><strong>Kostnad:</strong> Konferensen är kostnadsfri, lunch ingår.</p>
<p>Anmäl dig senast den 8 maj via <a href="https://www.rvn.se/sv/anmalan/sociala-investeringar-2025.html">anmälningsformuläret</a>.</p>""",
    ]
    tags = [(TAG_SOC,), (), (TAG_SOC,), (TAG_FOR,), (TAG_SOC,), (TAG_SOC,)]
    for (h, t, d, l), b, tg in zip(NEWS, bodies, tags):
        write(H, h, page(h, t, b, nb, "a0b1c2d3-03" + h[-8:-5], "rvn:newsPage", lead=l, date=d, tags=tg))

    # tag pages
    body = f"""<p>Sidor och nyheter om föräldraskap och föräldrastöd.</p>
<ul class="rvn-taglist">
<li><a href="{P4}">Föräldrastöd i Härnösand</a><br><span class="rvn-meta">Sida · 2024-10-01</span></li>
<li><a href="{NEWS[3][0]}">{NEWS[3][1]}</a><br><span class="rvn-meta">Nyhet · {NEWS[3][2]}</span></li>
</ul>"""
    write(H, TAG_FOR[0], page(TAG_FOR[0], "Ämne: Föräldraskap", body, [], "a0b1c2d3-0401"))
    body = f"""<p>Sidor och nyheter om social hållbarhet.</p>
<ul class="rvn-taglist">
<li><a href="{FUND}">Regionala medel för sociala investeringar</a><br><span class="rvn-meta">Sida</span></li>
<li><a href="{NEWS[0][0]}">{NEWS[0][1]}</a><br><span class="rvn-meta">Nyhet · {NEWS[0][2]}</span></li>
<li><a href="{NEWS[4][0]}">{NEWS[4][1]}</a><br><span class="rvn-meta">Nyhet · {NEWS[4][2]}</span></li>
<li><a href="{NEWS[5][0]}">{NEWS[5][1]}</a><br><span class="rvn-meta">Nyhet · {NEWS[5][2]}</span></li>
<li><a href="{P1}">Unga till arbete i Sollefteå</a><br><span class="rvn-meta">Sida · 2025-03-20</span></li>
</ul>"""
    write(H, TAG_SOC[0], page(TAG_SOC[0], "Ämne: Social hållbarhet", body, [], "a0b1c2d3-0402"))

    # jobs
    JOB = "/sv/jobba-hos-oss/lediga-jobb/utvecklingsledare-social-hallbarhet.html"
    body = f"""<p>Region Västernorrland är länets största arbetsgivare med cirka 7 000 medarbetare.</p>
<h2>Lediga jobb just nu</h2>
<ul class="rvn-linklist">
<li><a href="{JOB}">Utvecklingsledare inom social hållbarhet och sociala investeringar</a>, Härnösand</li>
<li><a href="https://regionvasternorrland.varbi.com/">Alla lediga jobb på Varbi</a></li>
</ul>"""
    write(H, "/sv/jobba-hos-oss.html", page("/sv/jobba-hos-oss.html", "Jobba hos oss", body, [], "a0b1c2d3-0500"))
    body = """<p>Vill du vara med och utveckla arbetet med social hållbarhet i hela Västernorrland? Vi söker en utvecklingsledare till enheten för folkhälsa och social hållbarhet.</p>
<h2>Arbetsuppgifter</h2>
<p>Du samordnar de regionala medlen för sociala investeringar: du ger råd till kommuner som vill söka, bereder ansökningar, följer upp beviljade projekt som Unga till arbete i Sollefteå och Föräldrastöd i Härnösand och håller ihop samarbetet med Mittuniversitetet om utvärderingen.</p>
<h2>Kvalifikationer</h2>
<ul><li>Högskoleexamen inom folkhälsovetenskap, samhällsvetenskap eller motsvarande</li><li>Erfarenhet av att leda utvecklingsarbete tillsammans med kommuner</li><li>B-körkort</li></ul>
<p>Omfattning: heltid, tillsvidare. Placering: Härnösand. Sista ansökningsdag: 2025-11-20.</p>
<p><a href="https://regionvasternorrland.varbi.com/what:job/jobID:790112/">Ansök här</a></p>"""
    write(H, JOB, page(JOB, "Utvecklingsledare inom social hållbarhet och sociala investeringar", body,
          [("/sv/jobba-hos-oss.html", "Jobba hos oss")], "a0b1c2d3-0511", "rvn:jobPage", date="2025-10-20"))

    write(H, "/robots.txt", """# robots.txt for www.rvn.se
User-agent: *
Disallow: /cms/
Disallow: /files/live/sites/rvn/files/internt/
Disallow: /sv/sok.html
Disallow: /en/sok.html
Disallow: /*?print=

Sitemap: https://www.rvn.se/sitemap.xml
""")
    sm = ["/", "/sv/utveckling.html", SEC + ".html", FUND, FD + "/sa-ansoker-du.html", FD + "/kriterier-och-villkor.html",
          LIST, FD + "/uppfoljning-och-utvardering.html", P1, "/sv/halsa-och-vard.html", "/sv/nyheter.html",
          "/sv/jobba-hos-oss.html", "/sv/utveckling/barn-och-unga.html", "/sv/utveckling/kultur.html"]
    write(H, "/sitemap.xml", sitemap(H, sm, "2025-06-01"))
    return dict(P=[P1, P2, P3, P4, P5], JOB=JOB, FUND=FUND, NEWS=NEWS, LIST=LIST, LIST2=LIST2, FD=FD, DEAD=DEAD, SEC=SEC)


if __name__ == "__main__":
    build()
