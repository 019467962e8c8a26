"""www.tjorn.se: Tjörns kommun as a static Eleventy 3 site edited in Decap CMS, Pagefind search."""
from make_common import write, sitemap, WRITTEN

H = "www.tjorn.se"
FUND = "/kommun-och-politik/sociala-investeringar/"
LIST = FUND + "projekt/"
P1 = LIST + "ungdomslots-tjorn/"
P2 = LIST + "motesplats-kallekarr/"
P3 = "/omsorg-och-stod/anhorigstod/anhorigcoach/"
P4 = "/forskola-och-skola/forskola/rorelsegladje/"
P5 = "/nyheter/sommarlov-for-alla-sa-blev-de-tre-somrarna/"
DEAD = LIST + "laxhjalp-skarhamn/"
DRAFT = "/utkast/sociala-investeringar-beredning-2026/"
TAG = "/taggar/folkhalsa/"

MENU = [("/forskola-och-skola/", "Förskola och skola"),
        ("/omsorg-och-stod/", "Omsorg och stöd"),
        ("/kultur-och-fritid/", "Kultur och fritid"),
        ("/bo-och-bygga/", "Bo och bygga"),
        ("/naringsliv-och-arbete/", "Näringsliv och arbete"),
        ("/kommun-och-politik/", "Kommun och politik")]


def page(path, title, body, crumbs, lead="", aside="", date="", tags=(), layout="page", toc=None):
    menu = "\n".join('<li><a href="%s"%s>%s</a></li>' % (h, ' aria-current="true"' if path.startswith(h) else "", t) for h, t in MENU)
    bc = ""
    if crumbs is not None:
        items = ['<li><a href="/">Start</a></li>'] + [f'<li><a href="{h}">{t}</a></li>' for h, t in crumbs] + \
                [f'<li><span aria-current="page">{title}</span></li>']
        bc = f'<nav class="breadcrumbs" aria-label="Du är här"><ol>{"".join(items)}</ol></nav>'
    lead_html = f'<p class="lead">{lead}</p>' if lead else ""
    date_html = f'<p class="meta">Publicerad <time datetime="{date}">{date}</time></p>' if date else ""
    tag_html = ""
    if tags:
        tag_html = '<ul class="tags" aria-label="Taggar">' + "".join(f'<li><a href="/taggar/{s}/">{t}</a></li>' for s, t in tags) + "</ul>"
    aside_html = f'<aside class="sidebar">{aside}</aside>' if aside else ""
    return f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Tjörns kommun</title>
<meta name="generator" content="Eleventy v3.0.0">
<meta name="description" content="{(lead or title)[:150]}">
<link rel="canonical" href="https://www.tjorn.se{path}">
<link rel="stylesheet" href="/assets/css/main.3f9a12c4.css">
<link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/nyheter/feed.xml" title="Nyheter från Tjörns kommun">
<script type="module" src="/assets/js/main.8b1e77d0.js"></script>
</head>
<body class="layout-{layout}">
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<header class="site-header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/assets/img/tjorns-kommun-logo.svg" alt="Tjörns kommun" width="180" height="56"></a>
    <ul class="quick-links">
      <li><a href="/kontakta-oss/">Kontakta oss</a></li>
      <li><a href="/other-languages/" lang="en">Other languages</a></li>
      <li><a href="/lattlast/">Lättläst</a></li>
    </ul>
    <form class="search-form" action="/sok/" method="get" role="search">
      <label for="sok">Sök</label>
      <input id="sok" type="search" name="q" autocomplete="off">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny"><ul class="wrap">
{menu}
  </ul></nav>
</header>
<main id="innehall" class="wrap">
{bc}
<div class="content-grid">
<article class="content" data-pagefind-body>
<h1>{title}</h1>
{date_html}
{lead_html}
{body}
{tag_html}
<p class="updated">Senast ändrad: {date or '2025-10-21'}</p>
</article>
{aside_html}
</div>
</main>
<footer class="site-footer">
  <div class="wrap footer-cols">
    <div><h2>Tjörns kommun</h2><p>Tjörns kommun, 471 80 Skärhamn<br>Besöksadress: Häggvägen 3, Skärhamn<br>Telefon: 0304-60 10 00<br><a href="mailto:tjorns.kommun@tjorn.se">tjorns.kommun@tjorn.se</a></p></div>
    <div><ul>
      <li><a href="/nyheter/">Nyheter</a></li>
      <li><a href="/a-o/">A–Ö</a></li>
      <li><a href="/jobba-hos-oss/">Jobba hos oss</a></li>
      <li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
      <li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li>
    </ul></div>
    <div><ul>
      <li><a href="https://www.facebook.com/tjornskommun" rel="external">Facebook</a></li>
      <li><a href="https://www.instagram.com/tjornskommun/" rel="external">Instagram</a></li>
      <li><a href="/admin/" rel="nofollow">Redaktörsinloggning</a></li>
    </ul></div>
  </div>
</footer>
</body>
</html>
"""


KOP = [("/kommun-och-politik/", "Kommun och politik")]
FC = KOP + [(FUND, "Sociala investeringar")]


def fund_nav(current):
    items = [(FUND, "Sociala investeringar"), (FUND + "ansokan/", "Ansökan"), (FUND + "riktlinjer/", "Riktlinjer"),
             (LIST, "Projekt som fått medel"), (FUND + "uppfoljning/", "Uppföljning")]
    return '<nav class="section-nav" aria-label="Sociala investeringar"><ul>' + "".join(
        '<li><a href="%s"%s>%s</a></li>' % (h, ' aria-current="page"' if h == current else "", t) for h, t in items) + "</ul></nav>"


CONTACT = """<div class="box box--contact"><h2>Kontakt</h2><p>Linnea Johansson<br>Folkhälsostrateg<br>0304-60 14 85<br><a href="mailto:linnea.johansson@tjorn.se">linnea.johansson@tjorn.se</a></p></div>"""

# news in date order, newest first; 3 per page
NEWS = [
    ("/nyheter/nu-kan-du-soka-medel-ur-den-sociala-investeringsfonden/", "Nu kan du söka medel ur den sociala investeringsfonden", "2025-10-01",
     "Sektorerna kan söka medel för förebyggande insatser fram till den 30 november."),
    ("/nyheter/vagarbete-pa-myggenasvagen/", "Vägarbete på Myggenäsvägen", "2025-09-24",
     "Trafikverket byter beläggning på Myggenäsvägen vecka 40–41."),
    ("/nyheter/folkhalsoveckan-pa-tjorn/", "Folkhälsoveckan på Tjörn", "2025-09-10",
     "Prova-på-aktiviteter, föreläsningar och promenader i hela kommunen vecka 39."),
    ("/nyheter/fonden-for-sociala-investeringar-forlangs-till-2028/", "Fonden för sociala investeringar förlängs till 2028", "2025-06-17",
     "Kommunfullmäktige har beslutat att förlänga den sociala investeringsfonden och tillföra 3 miljoner kronor."),
    ("/nyheter/ny-tidtabell-for-faerjan-till-dyron/", "Ny tidtabell för färjan till Dyrön", "2025-06-02",
     "Sommartidtabellen gäller från midsommar till och med den 17 augusti."),
    ("/nyheter/badplatserna-provtas-varje-vecka/", "Badplatserna provtas varje vecka", "2025-05-28",
     "Miljöenheten tar vattenprover på kommunens tolv badplatser under sommaren."),
    (P5, "Sommarlov för alla – så blev de tre somrarna", "2025-01-22",
     "Nästan 700 barn och unga har deltagit i de gratis sommarlovsaktiviteterna sedan 2022."),
    ("/nyheter/tjorn-far-ny-kommundirektor/", "Tjörn får ny kommundirektör", "2024-12-05",
     "Kommunstyrelsen har utsett Helena Karlsson till ny kommundirektör från den 1 februari."),
]


def news_teasers(items):
    return '<ul class="news-list">' + "".join(
        f'<li class="news-item"><time datetime="{d}">{d}</time><h2><a href="{h}">{t}</a></h2><p>{l}</p></li>' for h, t, d, l in items) + "</ul>"


def pager(n, total):
    def url(i):
        return "/nyheter/" if i == 1 else f"/nyheter/sida/{i}/"
    out = ['<nav class="pagination" aria-label="Sidor"><ol>']
    if n > 1:
        out.append(f'<li><a href="{url(n-1)}">Föregående</a></li>')
    for i in range(1, total + 1):
        out.append(f'<li><a href="{url(i)}" aria-current="page">{i}</a></li>' if i == n else f'<li><a href="{url(i)}">{i}</a></li>')
    if n < total:
        out.append(f'<li><a href="{url(n+1)}">Nästa</a></li>')
    out.append("</ol></nav>")
    return "".join(out)


def build():
    # start page
    body = f"""<div class="shortcuts">
<a class="shortcut" href="/forskola-och-skola/">Förskola och skola</a>
<a class="shortcut" href="/omsorg-och-stod/">Omsorg och stöd</a>
<a class="shortcut" href="/jobba-hos-oss/">Lediga jobb</a>
<a class="shortcut" href="/a-o/">A–Ö</a>
</div>
<div class="popular-searches"><h2>Andra söker efter</h2><ul>
<li><a href="/sok/?q=bygglov">Bygglov</a></li><li><a href="/sok/?q=f%C3%A4rjan+dyr%C3%B6n">Färjan Dyrön</a></li><li><a href="/sok/?q=lediga+jobb">Lediga jobb</a></li>
</ul></div>
<h2>Nyheter</h2>
{news_teasers(NEWS[:3])}
<p><a href="/nyheter/">Alla nyheter</a></p>"""
    write(H, "/", page("/", "Välkommen till Tjörns kommun", body, None, layout="home"))

    # Kommun och politik
    body = f"""<ul class="link-list">
<li><a href="/kommun-och-politik/politik-och-demokrati/">Politik och demokrati</a></li>
<li><a href="/kommun-och-politik/ekonomi-och-budget/">Ekonomi och budget</a></li>
<li><a href="{FUND}">Sociala investeringar</a></li>
<li><a href="/kommun-och-politik/folkhalsa/">Folkhälsa</a></li>
</ul>"""
    write(H, "/kommun-och-politik/", page("/kommun-och-politik/", "Kommun och politik", body, [],
          lead="Hur kommunen styrs, ekonomi och kommunens utvecklingsarbete."))

    # fund page
    aside = fund_nav(FUND) + CONTACT
    body = f"""<p>Tjörns kommun har sedan 2020 en fond för sociala investeringar. Kommunfullmäktige har avsatt 8 miljoner kronor. Pengarna ska användas till insatser som förebygger psykisk ohälsa, utanförskap och att barn och unga inte klarar skolan.</p>
<p>Sektorerna i kommunen kan söka medel för att pröva nya arbetssätt under högst tre år. En styrgrupp med sektorcheferna bereder ansökningarna och kommunstyrelsen beslutar.</p>
<h2>Aktuella projekt</h2>
<div class="cards">
<a class="card" href="{P1}"><h3 class="card__title">Ungdomslots Tjörn</h3><p>Stöd till unga 16–20 år som har hoppat av eller riskerar att hoppa av gymnasiet.</p></a>
<a class="card" href="{DEAD}"><h3 class="card__title">Läxhjälp i Skärhamn</h3><p>Läxhjälp och studiero för elever i årskurs 4–9.</p></a>
</div>
<p><a href="{LIST}">Alla projekt som har fått medel</a></p>
<h2>Beredning 2026</h2>
<p>Styrgruppens arbetsmaterial för ansökningsomgången 2026 finns på <a href="{DRAFT}">den interna beredningssidan</a>.</p>"""
    write(H, FUND, page(FUND, "Sociala investeringar", body, KOP, aside=aside,
          lead="Med pengar från den sociala investeringsfonden kan kommunens sektorer pröva nya sätt att förebygga problem tidigt.", tags=(("sociala-investeringar", "Sociala investeringar"),)))

    body = """<p>Alla sektorer i Tjörns kommun kan söka. Ansökan ska göras av minst två sektorer tillsammans, eller av en sektor tillsammans med en förening eller Västra Götalandsregionen.</p>
<h2>Steg för steg</h2>
<ol>
<li>Prata med folkhälsostrategen om er idé.</li>
<li>Fyll i ansökningsblanketten och bifoga budget och tidplan.</li>
<li>Beskriv hur ni ska mäta resultat och vad insatsen kan spara på sikt.</li>
<li>Lämna ansökan senast den 30 november.</li>
</ol>
<p>Styrgruppen går igenom ansökningarna i december och kommunstyrelsen beslutar i februari.</p>
<p><a href="/assets/dokument/ansokan-sociala-investeringar.docx">Ansökningsblankett (Word)</a></p>"""
    write(H, FUND + "ansokan/", page(FUND + "ansokan/", "Ansökan", body, FC, aside=fund_nav(FUND + "ansokan/") + CONTACT,
          lead="Så söker sektorerna medel ur den sociala investeringsfonden."))

    body = """<ul>
<li>Insatsen ska vara förebyggande och vända sig till barn, unga eller familjer.</li>
<li>Insatsen får pågå i högst tre år och få högst 2 miljoner kronor.</li>
<li>Sektorerna ska bidra med egen tid motsvarande minst en fjärdedel av kostnaden.</li>
<li>Om insatsen ger resultat ska den bli ordinarie verksamhet och finansieras i sektorns budget.</li>
<li>Insatsen ska följas upp varje halvår och rapporteras till kommunstyrelsen.</li>
</ul>
<p>Riktlinjerna antogs av kommunfullmäktige den 11 juni 2020 och reviderades den 13 juni 2025.</p>"""
    write(H, FUND + "riktlinjer/", page(FUND + "riktlinjer/", "Riktlinjer för sociala investeringar", body, FC,
          aside=fund_nav(FUND + "riktlinjer/")))

    body = """<p>Varje projekt rapporterar två gånger om året till styrgruppen. När projektet är slut gör sektorn en slutrapport med en jämförelse mellan kostnader och resultat.</p>
<h2>Fondens ekonomi</h2>
<table><thead><tr><th>År</th><th>Fondens kapital vid årets början</th><th>Beviljat under året</th></tr></thead><tbody>
<tr><td>2023</td><td>6 100 000 kr</td><td>1 960 000 kr</td></tr>
<tr><td>2024</td><td>4 140 000 kr</td><td>1 900 000 kr</td></tr>
<tr><td>2025</td><td>2 240 000 kr</td><td>2 210 000 kr</td></tr>
</tbody></table>
<p>Inför 2026 tillförs fonden 3 miljoner kronor.</p>"""
    write(H, FUND + "uppfoljning/", page(FUND + "uppfoljning/", "Uppföljning", body, FC, aside=fund_nav(FUND + "uppfoljning/")))

    body = f"""<p>Här är projekten som har fått pengar ur den sociala investeringsfonden.</p>
<table class="project-table">
<thead><tr><th scope="col">Projekt</th><th scope="col">Sektor</th><th scope="col">Period</th><th scope="col">Beviljat</th><th scope="col">Status</th></tr></thead>
<tbody>
<tr><td><a href="{P1}">Ungdomslots Tjörn</a></td><td>Utbildning</td><td>2024–2027</td><td>1 900 000 kr</td><td>Pågår</td></tr>
<tr><td><a href="{P2}">Mötesplats Kållekärr</a></td><td>Kultur och fritid</td><td>2025–2026</td><td>750 000 kr</td><td>Pågår</td></tr>
<tr><td>Anhörigcoach</td><td>Socialtjänst</td><td>2025–2027</td><td>620 000 kr</td><td>Pågår</td></tr>
<tr><td>Rörelseglädje i förskolan</td><td>Utbildning</td><td>2025–2028</td><td>840 000 kr</td><td>Pågår</td></tr>
<tr><td><a href="{DEAD}">Läxhjälp i Skärhamn</a></td><td>Utbildning</td><td>2023–2025</td><td>560 000 kr</td><td>Avslutat</td></tr>
<tr><td>Sommarlov för alla</td><td>Kultur och fritid</td><td>2022–2024</td><td>1 200 000 kr</td><td>Avslutat</td></tr>
</tbody></table>"""
    write(H, LIST, page(LIST, "Projekt som fått medel", body, FC, aside=fund_nav(LIST)))

    # P1
    body = """<p>Ungdomslotsen finns för dig som är 16–20 år och bor på Tjörn och som har hoppat av gymnasiet, har hög frånvaro eller inte vet vad du vill göra efter skolan. Lotsen hjälper dig att hitta en väg tillbaka till studier, praktik eller jobb.</p>
<h2>Varför ett projekt?</h2>
<p>Många unga på Tjörn pendlar till gymnasier i Stenungsund, Kungälv och Göteborg. När någon slutar gå till skolan upptäcks det ofta sent. Projektet ska pröva om en lots som har kontakt med både gymnasieskolorna och det kommunala aktivitetsansvaret kan minska antalet avhopp.</p>
<h2>Fakta om projektet</h2>
<ul class="facts">
<li><strong>Projekttid:</strong> augusti 2024 – juli 2027</li>
<li><strong>Medel ur fonden:</strong> 1 900 000 kronor</li>
<li><strong>Ansvarig:</strong> Sektor utbildning, kultur och fritid (KAA)</li>
<li><strong>Samverkan:</strong> Socialtjänsten, Arbetsförmedlingen och Tjörns bibliotek</li>
<li><strong>Målgrupp:</strong> Unga 16–20 år som omfattas av det kommunala aktivitetsansvaret</li>
</ul>
<p>Kontakt: Ungdomslotsen, 0304-60 13 50, ungdomslots@tjorn.se</p>"""
    write(H, P1, page(P1, "Ungdomslots Tjörn", body, FC + [(LIST, "Projekt som fått medel")], aside=fund_nav(LIST),
          lead="En ungdomslots som hjälper unga tillbaka till studier eller jobb.", tags=(("sociala-investeringar", "Sociala investeringar"),)))

    # P2
    body = """<p>I Kållekärr finns ingen fritidsgård och bussarna går sällan på kvällarna. Mötesplats Kållekärr håller öppet i Kållekärrs bygdegård två kvällar i veckan för barn och unga 10–16 år. Två fritidsledare finns på plats, och föreningar i området turas om att visa sina aktiviteter.</p>
<p>Syftet är att fler barn och unga i norra Tjörn ska ha en trygg och meningsfull fritid och att fler ska hitta in i föreningslivet.</p>
<p>Mötesplatsen startade i januari 2025 och är ett projekt till och med december 2026. Projektet har fått 750 000 kronor ur kommunens sociala investeringsfond. Sektor utbildning, kultur och fritid driver projektet tillsammans med Kållekärrs bygdegårdsförening och Tjörns IBK.</p>"""
    write(H, P2, page(P2, "Mötesplats Kållekärr", body, FC + [(LIST, "Projekt som fått medel")], aside=fund_nav(LIST),
          lead="En mötesplats för barn och unga i norra Tjörn två kvällar i veckan."))

    # Omsorg + P3
    body = """<ul class="link-list">
<li><a href="/omsorg-och-stod/aldreomsorg/">Äldreomsorg</a></li>
<li><a href="/omsorg-och-stod/anhorigstod/">Anhörigstöd</a></li>
<li><a href="/omsorg-och-stod/stod-till-barn-och-familj/">Stöd till barn och familj</a></li>
</ul>"""
    write(H, "/omsorg-och-stod/", page("/omsorg-och-stod/", "Omsorg och stöd", body, []))
    body = """<p>Är du anhörig till någon som är sjuk, äldre eller har en funktionsnedsättning? Då kan du få stöd av kommunens anhörigkonsulent. Stödet är gratis.</p>
<h2>Det här kan du få</h2>
<ul><li>Enskilda samtal</li><li>Samtalsgrupper för anhöriga</li><li>Avlösning i hemmet</li><li>Föreläsningar och träffar på Anhörigcenter i Skärhamn</li></ul>
<p>Kontakta anhörigkonsulenten på telefon 0304-60 12 70.</p>"""
    write(H, "/omsorg-och-stod/anhorigstod/", page("/omsorg-och-stod/anhorigstod/", "Anhörigstöd", body, [("/omsorg-och-stod/", "Omsorg och stöd")]))
    body = """<p>Unga som tar hand om en förälder eller ett syskon med sjukdom, missbruk eller funktionsnedsättning får ofta mindre tid för skola, vänner och fritid. Anhörigcoachen stöttar unga anhöriga 13–24 år på Tjörn med samtal, gruppträffar och hjälp att berätta för skolan.</p>
<p>Anhörigcoach är ett projekt inom sektor socialtjänst som pågår från mars 2025 till februari 2027. Det finansieras med 620 000 kronor ur kommunens sociala investeringsfond. Elevhälsan och Anhörigcenter är med i arbetet.</p>
<p>Målet är att unga anhöriga ska upptäckas tidigare, klara skolan och må bättre.</p>
<p>Du når anhörigcoachen på 0304-60 12 74 eller via elevhälsan på din skola.</p>"""
    write(H, P3, page(P3, "Anhörigcoach för unga anhöriga", body, [("/omsorg-och-stod/", "Omsorg och stöd"), ("/omsorg-och-stod/anhorigstod/", "Anhörigstöd")],
          lead="Stöd till unga som tar hand om någon i familjen."))

    # Förskola + P4
    body = """<ul class="link-list">
<li><a href="/forskola-och-skola/forskola/">Förskola</a></li>
<li><a href="/forskola-och-skola/grundskola/">Grundskola</a></li>
<li><a href="/forskola-och-skola/gymnasium/">Gymnasium</a></li>
</ul>"""
    write(H, "/forskola-och-skola/", page("/forskola-och-skola/", "Förskola och skola", body, []))
    body = """<p>Tjörns kommun har 14 förskolor. Här kan du läsa om hur du söker plats, om avgifter och om förskolans arbete.</p>
<ul class="link-list">
<li><a href="/forskola-och-skola/forskola/ansok-om-plats/">Ansök om plats</a></li>
<li><a href="/forskola-och-skola/forskola/avgifter/">Avgifter</a></li>
<li><a href="/forskola-och-skola/forskola/vara-forskolor/">Våra förskolor</a></li>
</ul>"""
    write(H, "/forskola-och-skola/forskola/", page("/forskola-och-skola/forskola/", "Förskola", body, [("/forskola-och-skola/", "Förskola och skola")]))
    body = """<p>Barn rör sig mindre i dag än för tjugo år sedan. På sex förskolor på Tjörn får barnen minst en timmes planerad rörelse varje dag, ute i naturen, i rörelsesagor och i lek. Pedagogerna utbildas av fysioterapeuter från Västra Götalandsregionens barnhälsovård.</p>
<h2>Om satsningen</h2>
<p>Rörelseglädje i förskolan finansieras med 840 000 kronor ur Tjörns kommuns fond för sociala investeringar. Projektet pågår från augusti 2025 till och med juni 2028 och leds av sektor utbildning, kultur och fritid.</p>
<p>Målgruppen är barn 3–5 år. Målet är att barnens motorik och koncentration ska bli bättre och att vanor som håller livet ut grundläggs tidigt.</p>"""
    write(H, P4, page(P4, "Rörelseglädje i förskolan", body, [("/forskola-och-skola/", "Förskola och skola"), ("/forskola-och-skola/forskola/", "Förskola")],
          lead="Mer rörelse varje dag för barnen på sex förskolor.", tags=(("folkhalsa", "Folkhälsa"),)))

    # A–Ö
    az = {"A": [("/omsorg-och-stod/anhorigstod/", "Anhörigstöd"), (P3, "Anhörigcoach för unga anhöriga"), ("/forskola-och-skola/forskola/ansok-om-plats/", "Ansök om förskoleplats")],
          "B": [("/bo-och-bygga/bygglov/", "Bygglov"), ("/kultur-och-fritid/bibliotek/", "Bibliotek")],
          "F": [("/forskola-och-skola/forskola/", "Förskola"), ("/kommun-och-politik/folkhalsa/", "Folkhälsa")],
          "J": [("/jobba-hos-oss/", "Jobba hos oss")],
          "K": [("/kommun-och-politik/", "Kommun och politik")],
          "N": [("/nyheter/", "Nyheter")],
          "S": [(FUND, "Sociala investeringar"), ("/bo-och-bygga/sophamtning/", "Sophämtning")],
          "Ä": [("/omsorg-och-stod/aldreomsorg/", "Äldreomsorg")]}
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
    nav = '<nav class="az-nav"><ul>' + "".join(
        f'<li><a href="#bokstav-{l}">{l}</a></li>' if l in az else f'<li><span>{l}</span></li>' for l in letters) + "</ul></nav>"
    secs = "".join(f'<section id="bokstav-{l}"><h2>{l}</h2><ul>' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in az[l]) + "</ul></section>"
                   for l in letters if l in az)
    write(H, "/a-o/", page("/a-o/", "A–Ö", nav + secs, [], lead="Alla ämnen på tjorn.se i bokstavsordning."))

    # news pages
    per = 3
    pages_ = [NEWS[i:i + per] for i in range(0, len(NEWS), per)]
    for i, items in enumerate(pages_, 1):
        p = "/nyheter/" if i == 1 else f"/nyheter/sida/{i}/"
        t = "Nyheter" if i == 1 else f"Nyheter – sida {i}"
        write(H, p, page(p, t, news_teasers(items) + pager(i, len(pages_)), [] if i == 1 else [("/nyheter/", "Nyheter")], layout="news-list"))
    nb = [("/nyheter/", "Nyheter")]
    bodies = {
        NEWS[0][0]: f"""<p>Nu är det dags att söka medel ur den sociala investeringsfonden för 2026. Det finns 3 miljoner kronor att fördela. Insatser som riktar sig till barn och unga med hög skolfrånvaro och till unga anhöriga prioriteras.</p>
<p>Ansökan ska vara inne senast den 30 november. Läs mer om hur du gör på sidan <a href="{FUND}ansokan/">Ansökan</a>.</p>""",
        NEWS[1][0]: """<p>Arbetet pågår dagtid. Räkna med köer och sänkt hastighet förbi arbetsplatsen.</p>""",
        NEWS[2][0]: f"""<p>Under Folkhälsoveckan kan du prova på stavgång, yoga, kajak och simning. Bibliotekets föreläsning handlar om sömn och stress och förskolorna bjuder in till en rörelsedag i Skärhamn.</p>
<p>Hela programmet finns på <a href="/kommun-och-politik/folkhalsa/">sidan om folkhälsa</a>.</p>""",
        NEWS[3][0]: f"""<p>Kommunfullmäktige beslutade den 12 juni att den sociala investeringsfonden ska finnas kvar till och med 2028 och att fonden tillförs 3 miljoner kronor ur 2024 års resultat.</p>
<p>– Vi ser att projekten gör skillnad för barn och unga. Nu kan fler sektorer pröva nya arbetssätt, säger kommunstyrelsens ordförande.</p>
<p>Samtidigt reviderades <a href="{FUND}riktlinjer/">riktlinjerna för fonden</a>.</p>""",
        NEWS[4][0]: """<p>Under sommaren går färjan varje timme mellan klockan 06.00 och 23.00. Tidtabellen finns hos Västtrafik.</p>""",
        NEWS[5][0]: """<p>Resultaten publiceras på havochvatten.se och på våra anslagstavlor vid badplatserna.</p>""",
        P5: """<p>Sommarlov för alla har varit ett av projekten i Tjörns kommuns sociala investeringsfond. Under tre somrar, 2022–2024, har barn och unga 6–15 år kunnat delta gratis i segling, simskola, slöjd, fotboll och utflykter. Aktiviteterna har ordnats av sektor utbildning, kultur och fritid tillsammans med tolv föreningar.</p>
<p>Syftet var att alla barn, oavsett familjens ekonomi, ska ha ett meningsfullt sommarlov och att fler barn ska hitta en fritidsaktivitet som de fortsätter med.</p>
<h2>Resultat</h2>
<p>Totalt har 684 barn deltagit. Var fjärde deltagare har efteråt börjat i en förening. Projektet pågick från juni 2022 till och med december 2024 och fick 1 200 000 kronor ur fonden.</p>
<p>Från 2025 finansieras sommarlovsaktiviteterna med statsbidrag och i sektorns ordinarie budget.</p>""",
        NEWS[7][0]: """<p>Helena Karlsson kommer närmast från Orust kommun där hon har varit sektorchef. Hon tillträder den 1 februari 2025.</p>""",
    }
    tags = {NEWS[2][0]: (("folkhalsa", "Folkhälsa"),), NEWS[0][0]: (("sociala-investeringar", "Sociala investeringar"),),
            NEWS[3][0]: (("sociala-investeringar", "Sociala investeringar"),)}
    for h, t, d, l in NEWS:
        write(H, h, page(h, t, bodies[h], nb, lead=l, date=d, tags=tags.get(h, ()), layout="news"))

    # tag pages
    body = f"""<ul class="tag-list">
<li><a href="{P4}">Rörelseglädje i förskolan</a></li>
<li><a href="{NEWS[2][0]}">{NEWS[2][1]}</a> <time datetime="{NEWS[2][2]}">{NEWS[2][2]}</time></li>
</ul>"""
    write(H, TAG, page(TAG, "Taggat med ”Folkhälsa”", body, [], layout="tag"))
    body = f"""<ul class="tag-list">
<li><a href="{FUND}">Sociala investeringar</a></li>
<li><a href="{P1}">Ungdomslots Tjörn</a></li>
<li><a href="{NEWS[0][0]}">{NEWS[0][1]}</a> <time datetime="{NEWS[0][2]}">{NEWS[0][2]}</time></li>
<li><a href="{NEWS[3][0]}">{NEWS[3][1]}</a> <time datetime="{NEWS[3][2]}">{NEWS[3][2]}</time></li>
</ul>"""
    write(H, "/taggar/sociala-investeringar/", page("/taggar/sociala-investeringar/", "Taggat med ”Sociala investeringar”", body, [], layout="tag"))

    # jobs
    JOB = "/jobba-hos-oss/lediga-jobb/processledare-sociala-investeringar/"
    body = f"""<p>Tjörns kommun har cirka 1 500 medarbetare. Alla lediga jobb annonseras på Offentliga jobb.</p>
<ul class="link-list">
<li><a href="{JOB}">Processledare för sociala investeringar och folkhälsa</a> (sista ansökningsdag 9 november)</li>
<li><a href="https://www.offentligajobb.se/arbetsgivare/tjorns-kommun">Alla lediga jobb</a></li>
</ul>"""
    write(H, "/jobba-hos-oss/", page("/jobba-hos-oss/", "Jobba hos oss", body, []))
    body = """<p>Vi söker en processledare på 50 procent som ska stödja sektorerna i arbetet med den sociala investeringsfonden. Du hjälper till med ansökningar och uppföljning av projekt som Ungdomslots Tjörn och Mötesplats Kållekärr och sammanställer resultaten till kommunstyrelsen.</p>
<h2>Kvalifikationer</h2>
<ul><li>Högskoleutbildning inom folkhälsa, samhällsvetenskap eller liknande</li><li>Erfarenhet av projekt- och processledning</li></ul>
<p>Anställningsform: Visstidsanställning 50 %, 2026-01-01 – 2027-12-31.</p>
<p>Sista ansökningsdag: 2025-11-09. Ansök via <a href="https://www.offentligajobb.se/annons/tjorns-kommun-processledare-4471">Offentliga jobb</a>.</p>"""
    write(H, JOB, page(JOB, "Processledare för sociala investeringar och folkhälsa", body, [("/jobba-hos-oss/", "Jobba hos oss")],
          lead="Sektor samhällsstöd söker en processledare på halvtid.", date="2025-10-10", layout="job"))

    write(H, "/robots.txt", """User-agent: *
Disallow: /admin/
Disallow: /sok/
Disallow: /pagefind/
Disallow: /utkast/

Sitemap: https://www.tjorn.se/sitemap.xml
""")
    pages_all = [p for p in WRITTEN[H] if p.endswith("/")]
    write(H, "/sitemap.xml", sitemap(H, pages_all, "2025-10-21"))
    return dict(P=[P1, P2, P3, P4, P5], JOB=JOB, FUND=FUND, LIST=LIST, NEWS=NEWS, DEAD=DEAD, DRAFT=DRAFT, TAG=TAG)


if __name__ == "__main__":
    build()
