"""www.lidkoping.se: Lidköpings kommun on Bloomreach Experience Manager (Hippo CMS, HST with a .html suffix)."""
from make_common import write_site, sitemap

HOST = "www.lidkoping.se"
URL = "https://www.lidkoping.se"

KP = "/kommun-och-politik"
SH = KP + "/social-hallbarhet"
SF = SH + "/sociala-investeringsfonden"
BV = SF + "/beviljade-investeringar"
L1 = BV + "/tidiga-insatser-margretelund.html"
L4 = BV + "/mentorskap-de-la-gardiegymnasiet.html"
L2 = "/omsorg-och-stod/barn-och-familj/familjeteam-guldvingen.html"
L3 = "/uppleva-och-gora/fritidsgardar/motesplats-jarpas.html"
L5 = "/utbildning-och-forskola/grundskola/lasa-for-livet.html"

MENU = [("Utbildning och förskola", "/utbildning-och-forskola.html"),
        ("Omsorg och stöd", "/omsorg-och-stod.html"),
        ("Uppleva och göra", "/uppleva-och-gora.html"),
        ("Bygga, bo och miljö", "/bygga-bo-och-miljo.html"),
        ("Näringsliv och arbete", "/naringsliv-och-arbete.html"),
        ("Kommun och politik", KP + ".html")]

KP_TREE = [
    ("Politik och demokrati", KP + "/politik-och-demokrati.html", []),
    ("Ekonomi och budget", KP + "/ekonomi-och-budget.html", []),
    ("Social hållbarhet", SH + ".html", [
        ("Folkhälsa", SH + "/folkhalsa.html", []),
        ("Sociala investeringsfonden", SF + ".html", [
            ("Ansök om medel", SF + "/ansok-om-medel.html", []),
            ("Regler för fonden", SF + "/regler-for-fonden.html", []),
            ("Beviljade investeringar", BV + ".html", [
                ("Tidiga insatser i förskolan Margretelund", L1, []),
                ("Mentorskap på De la Gardiegymnasiet", L4, []),
            ]),
            ("Utvärdering och resultat", SF + "/utvardering-och-resultat.html", []),
        ]),
    ]),
    ("Lediga jobb", "/jobba-hos-oss/lediga-jobb.html", []),
]


def in_branch(path, href):
    base = href[:-5] if href.endswith(".html") else href
    return path == href or path.startswith(base + "/")


def tree_html(items, path, level=1):
    out = [f'<ul class="subnav__list subnav__list--level{level}">']
    for name, href, kids in items:
        active = in_branch(path, href)
        cls = "subnav__item" + (" subnav__item--active" if active else "") + (" subnav__item--current" if path == href else "")
        out.append(f'<li class="{cls}"><a href="{href}">{name}</a>')
        if kids and active:
            out.append(tree_html(kids, path, level + 1))
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def layout(path, title, crumbs, body, side="kp", lead="", date=None, related=None, doc_id="a1b2"):
    menu = "".join(f'<li class="mainnav__item{" mainnav__item--active" if in_branch(path, h) else ""}">'
                   f'<a href="{h}">{n}</a></li>' for n, h in MENU)
    crumb_html = ""
    if path != "/":
        parts = ['<li class="breadcrumb__item"><a href="/">Start</a></li>']
        for n, h in crumbs:
            parts.append(f'<li class="breadcrumb__item"><a href="{h}">{n}</a></li>')
        parts.append(f'<li class="breadcrumb__item breadcrumb__item--current">{title}</li>')
        crumb_html = f'<nav aria-label="Du är här" class="breadcrumb"><ol>{"".join(parts)}</ol></nav>'
    side_html = ""
    if side == "kp":
        side_html = (f'<aside class="col-md-3 subnav" aria-label="Undermeny"><p class="subnav__title"><a href="{KP}.html">'
                     f'Kommun och politik</a></p>{tree_html(KP_TREE, path)}</aside>')
    elif isinstance(side, tuple):
        sname, shref, sitems = side
        side_html = (f'<aside class="col-md-3 subnav" aria-label="Undermeny"><p class="subnav__title"><a href="{shref}">'
                     f'{sname}</a></p>{tree_html(sitems, path)}</aside>')
    rel_html = ""
    if related:
        rel_html = ('<section class="related"><h2 class="related__title">Se även</h2><ul>' +
                    "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in related) + "</ul></section>")
    date_html = f'<p class="article__date">Publicerad <time datetime="{date}">{date}</time></p>' if date else ""
    lead_html = f'<p class="article__ingress">{lead}</p>' if lead else ""
    return f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Lidköpings kommun</title>
<meta name="description" content="{(lead or title)[:155]}">
<link rel="canonical" href="{URL}{path}">
<link rel="stylesheet" href="/webfiles/1729081234567/css/lidkoping.min.css">
<link rel="icon" href="/webfiles/1729081234567/images/favicon.ico">
<script src="/webfiles/1729081234567/js/vendor/jquery-3.7.1.min.js"></script>
</head>
<body class="hst-page" data-hippo-doc="{doc_id}">
<a href="#content" class="skiplink">Gå direkt till innehållet</a>
<header class="site-header">
<div class="container site-header__top">
<a class="site-header__logo" href="/"><img src="/webfiles/1729081234567/images/lidkoping-logo.svg" alt="Lidköpings kommun – till startsidan"></a>
<ul class="site-header__tools">
<li><a href="/a-o.html">A–Ö</a></li>
<li><a href="/kontakta-oss.html">Kontakta oss</a></li>
<li><a href="/other-languages.html" lang="en">Other languages</a></li>
<li><a href="/lattlast.html">Lättläst</a></li>
</ul>
<form class="site-search" action="/sok.html" method="get" role="search"><label for="query" class="visually-hidden">Sök</label><input type="text" id="query" name="query" placeholder="Sök på lidkoping.se"><button type="submit">Sök</button></form>
</div>
<nav class="mainnav" aria-label="Huvudmeny"><div class="container"><ul class="mainnav__list">{menu}</ul></div></nav>
</header>
<div class="container">{crumb_html}</div>
<div class="container">
<div class="row">
{side_html}
<main id="content" class="{'col-md-9' if side_html else 'col-md-12'}">
<article class="article">
<h1 class="article__title">{title}</h1>
{lead_html}
<div class="article__body">
{body}
</div>
{rel_html}
{date_html}
<div class="article__tools"><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9412&amp;lang=sv_se&amp;url={URL}{path}" rel="nofollow" class="listen">Lyssna</a></div>
</article>
</main>
</div>
</div>
<footer class="site-footer">
<div class="container">
<div class="row">
<div class="col-md-4"><h2>Lidköpings kommun</h2><p>Skaragatan 8, 531 88 Lidköping<br>Telefon: 0510-77 00 00<br>lidkopings.kommun@lidkoping.se</p></div>
<div class="col-md-4"><h2>Genvägar</h2><ul><li><a href="/nyheter.html">Nyheter</a></li><li><a href="/a-o.html">A–Ö</a></li><li><a href="/jobba-hos-oss/lediga-jobb.html">Lediga jobb</a></li><li><a href="/om-webbplatsen.html">Om webbplatsen</a></li><li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li></ul></div>
<div class="col-md-4"><h2>Följ oss</h2><ul><li><a href="https://www.facebook.com/lidkopingskommun">Facebook</a></li><li><a href="https://www.instagram.com/lidkopingskommun/">Instagram</a></li></ul><p class="login"><a href="/cms/" rel="nofollow">Logga in</a></p></div>
</div>
</div>
</footer>
<script src="/webfiles/1729081234567/js/lidkoping.min.js"></script>
</body>
</html>
"""


CR_KP = [("Kommun och politik", KP + ".html")]
CR_SH = CR_KP + [("Social hållbarhet", SH + ".html")]
CR_SF = CR_SH + [("Sociala investeringsfonden", SF + ".html")]
CR_BV = CR_SF + [("Beviljade investeringar", BV + ".html")]

pages = {}

pages["/"] = layout("/", "Välkommen till Lidköpings kommun", [], f"""
<section class="shortcuts"><h2>Genvägar</h2><ul>
<li><a href="/utbildning-och-forskola/forskola/ansok-om-plats.html">Ansök om förskoleplats</a></li>
<li><a href="/bygga-bo-och-miljo/avfall-och-atervinning.html">Avfall och återvinning</a></li>
<li><a href="/uppleva-och-gora.html">Uppleva och göra</a></li>
<li><a href="/a-o.html">A–Ö</a></li>
</ul></section>
<section class="popular"><h2>Populära sökningar</h2><ul>
<li><a href="/sok.html?query=matsedel">Matsedel</a></li>
<li><a href="/sok.html?query=bygglov">Bygglov</a></li>
<li><a href="/sok.html?query=soph%C3%A4mtning">Sophämtning</a></li>
</ul></section>
<section class="news"><h2>Nyheter</h2><ul class="newslist">
<li><a href="/nyheter/2025/kommunfullmaktige-fyller-pa-sociala-investeringsfonden.html">Kommunfullmäktige fyller på sociala investeringsfonden</a> <time datetime="2025-09-30">30 september 2025</time></li>
<li><a href="/nyheter/2025/nya-cykelparkeringar-vid-resecentrum.html">Nya cykelparkeringar vid resecentrum</a> <time datetime="2025-08-21">21 augusti 2025</time></li>
<li><a href="/nyheter/2025/nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden.html">Nu kan förvaltningarna söka ur sociala investeringsfonden</a> <time datetime="2025-04-02">2 april 2025</time></li>
</ul><p><a href="/nyheter.html">Fler nyheter</a></p></section>
""", side=None, lead="Lidköping – en kommun vid Vänern med drygt 40 000 invånare.")

pages[KP + ".html"] = layout(KP + ".html", "Kommun och politik", [], f"""
<p>Här hittar du information om hur kommunen styrs, om ekonomin och om kommunens arbete för ett socialt hållbart Lidköping.</p>
<ul class="linklist">
<li><a href="{KP}/politik-och-demokrati.html">Politik och demokrati</a></li>
<li><a href="{KP}/ekonomi-och-budget.html">Ekonomi och budget</a></li>
<li><a href="{SH}.html">Social hållbarhet</a></li>
</ul>
""")

pages[SH + ".html"] = layout(SH + ".html", "Social hållbarhet", CR_KP, f"""
<p>Lidköpings kommun arbetar för att alla invånare ska ha goda och jämlika förutsättningar för hälsa och ett bra liv. Arbetet utgår från kommunens program för social hållbarhet 2023–2030.</p>
<h2>Folkhälsa</h2>
<p>Kommunen och Västra Götalandsregionen har ett gemensamt folkhälsoavtal. <a href="{SH}/folkhalsa.html">Läs mer om folkhälsoarbetet</a>.</p>
<h2>Sociala investeringar</h2>
<p>Sedan 2019 har kommunen en fond för sociala investeringar. <a href="{SF}.html">Läs mer om sociala investeringsfonden</a>.</p>
""", lead="Ett socialt hållbart Lidköping där alla kan växa.")

pages[SF + ".html"] = layout(SF + ".html", "Sociala investeringsfonden", CR_SH, f"""
<p>Kommunfullmäktige inrättade sociala investeringsfonden 2019 med 15 miljoner kronor ur det egna kapitalet. Fonden ska ge förvaltningarna möjlighet att pröva nya förebyggande arbetssätt för barn och unga, som på sikt kan minska kostnaderna för försörjningsstöd, placeringar och utanförskap.</p>
<h2>Återbetalning</h2>
<p>En förvaltning som får medel ska betala tillbaka hälften till fonden när arbetssättet ger effekt, senast tre år efter att investeringen avslutats. På så sätt kan fonden användas flera gånger.</p>
<h2>Fondens storlek</h2>
<p>I september 2025 beslutade kommunfullmäktige att fylla på fonden med 5 miljoner kronor. Fondens kapital är nu 11,3 miljoner kronor, varav 6,2 miljoner kronor är fria att söka.</p>
<h2>Läs mer</h2>
<ul>
<li><a href="{SF}/ansok-om-medel.html">Ansök om medel</a></li>
<li><a href="{SF}/regler-for-fonden.html">Regler för fonden</a></li>
<li><a href="{BV}.html">Beviljade investeringar</a></li>
<li><a href="{SF}/utvardering-och-resultat.html">Utvärdering och resultat</a></li>
</ul>
<p>Beredningsgruppens underlag finns på <a href="/binaries/content/assets/internt/beredning-sociala-investeringar-2026.pdf" rel="nofollow">intranätet</a> (inloggning krävs).</p>
""", lead="Med sociala investeringsfonden kan förvaltningarna pröva nya sätt att arbeta förebyggande.",
    related=[("Social hållbarhet", SH + ".html"), ("SKR om sociala investeringar", "https://skr.se/skr/demokratiledningstyrning/analysuppfoljning/socialinvestering.html")])

pages[SF + "/ansok-om-medel.html"] = layout(SF + "/ansok-om-medel.html", "Ansök om medel", CR_SF, """
<p>Förvaltningarna kan söka medel ur fonden två gånger per år. Ansökan görs av förvaltningschefen.</p>
<h2>Innan du ansöker</h2>
<p>Kontakta kommunens strateg för social hållbarhet för att diskutera idén. Strategen hjälper till med kalkylen för vad arbetet kan spara.</p>
<h2>Ansökan ska innehålla</h2>
<ul>
<li>en beskrivning av problemet och målgruppen</li>
<li>vad ni vill göra och vilken kunskap arbetssättet bygger på</li>
<li>mål och hur de ska mätas</li>
<li>tidplan och budget, inklusive egen insats</li>
<li>en kalkyl över förväntade effekter och en plan för återbetalning</li>
</ul>
<h2>Sista ansökningsdag</h2>
<p>15 mars och 15 september. Kommunstyrelsens arbetsutskott beslutar efter beredning i gruppen för social hållbarhet.</p>
""", lead="Så ansöker en förvaltning om medel ur sociala investeringsfonden.")

pages[SF + "/regler-for-fonden.html"] = layout(SF + "/regler-for-fonden.html", "Regler för fonden", CR_SF, """
<p>Reglerna antogs av kommunfullmäktige den 25 mars 2019 (§ 34) och reviderades den 28 november 2022.</p>
<ol>
<li>Fonden får användas till tidsbegränsade investeringar som förebygger utanförskap bland barn och unga 0–25 år.</li>
<li>En investering kan få högst 3 miljoner kronor och pågå i högst tre år.</li>
<li>Minst två förvaltningar, eller en förvaltning och en extern part, ska samverka.</li>
<li>Den sökande förvaltningen ska själv bidra med minst 25 procent, i pengar eller arbetstid.</li>
<li>Hälften av de beviljade medlen ska betalas tillbaka till fonden.</li>
<li>Varje investering ska följas upp halvårsvis och utvärderas när den avslutas.</li>
</ol>
""", lead="Regler för Lidköpings kommuns sociala investeringsfond.")

pages[SF + "/utvardering-och-resultat.html"] = layout(SF + "/utvardering-och-resultat.html", "Utvärdering och resultat", CR_SF, """
<p>Alla investeringar utvärderas. Högskolan Väst har följt fonden sedan 2021 och lämnade sin senaste rapport i juni 2025.</p>
<h2>Resultat i korthet</h2>
<table>
<thead><tr><th>Investering</th><th>Avslutad</th><th>Ordinarie verksamhet</th><th>Återbetalt</th></tr></thead>
<tbody>
<tr><td>Skolsociala team</td><td>2022</td><td>Ja</td><td>800 000 kr</td></tr>
<tr><td>Feriejobb med stöd</td><td>2023</td><td>Delvis</td><td>250 000 kr</td></tr>
<tr><td>Hemmasittare tillbaka</td><td>2024</td><td>Ja</td><td>600 000 kr</td></tr>
</tbody>
</table>
<p>Rapporten visar att investeringarna har gett bäst resultat när flera förvaltningar arbetat tillsammans från början och när målen har varit mätbara.</p>
""", lead="Så följs investeringarna upp.")

pages[BV + ".html"] = layout(BV + ".html", "Beviljade investeringar", CR_SF, f"""
<p>Här är de investeringar som har fått medel ur fonden och som pågår. Avslutade investeringar finns under <a href="{SF}/utvardering-och-resultat.html">Utvärdering och resultat</a>.</p>
<h2>Beviljade 2025</h2>
<table class="table">
<thead><tr><th>Investering</th><th>Förvaltning</th><th>Period</th><th>Belopp</th></tr></thead>
<tbody>
<tr><td>Mentorskap på De la Gardiegymnasiet</td><td>Utbildningsförvaltningen</td><td>2025–2027</td><td>1 600 000 kr</td></tr>
<tr><td>Familjeteam Guldvingen</td><td>Socialförvaltningen</td><td>2025–2027</td><td>2 450 000 kr</td></tr>
</tbody>
</table>
<h2>Beviljade 2024</h2>
<table class="table">
<thead><tr><th>Investering</th><th>Förvaltning</th><th>Period</th><th>Belopp</th></tr></thead>
<tbody>
<tr><td><a href="{L1}">Tidiga insatser i förskolan Margretelund</a></td><td>Utbildningsförvaltningen</td><td>2024–2026</td><td>1 950 000 kr</td></tr>
<tr><td>Mötesplats Järpås</td><td>Kultur- och fritidsförvaltningen</td><td>2024–2026</td><td>900 000 kr</td></tr>
<tr><td><a href="{BV}/sommarskola-for-nyanlanda.html">Sommarskola för nyanlända</a></td><td>Utbildningsförvaltningen</td><td>2024–2025</td><td>480 000 kr</td></tr>
</tbody>
</table>
<p class="more"><a class="button" href="{BV}.html?_hn:type=resource&amp;_hn:ref=r46_r1_r2&amp;_hn:rid=alla">Visa alla investeringar sedan 2019</a></p>
""", lead="Investeringar som har fått medel ur sociala investeringsfonden.")

pages[L1] = layout(L1, "Tidiga insatser i förskolan Margretelund", CR_BV, """
<p>I Margretelund har förskolorna sett att allt fler barn behöver stöd i sin språkliga och sociala utveckling, men att stödet ofta kommer sent. Investeringen Tidiga insatser i förskolan ska ge förskolorna i området tillgång till ett team med specialpedagog, logoped och kurator.</p>
<h2>Mål</h2>
<ul><li>Barn i behov av stöd ska upptäckas före tre års ålder.</li><li>Fler barn ska ha åldersadekvat språk vid skolstart.</li><li>Färre barn ska behöva särskilt stöd i förskoleklass.</li></ul>
<div class="factbox">
<h2 class="factbox__title">Fakta</h2>
<dl>
<dt>Projektperiod</dt><dd>1 augusti 2024 – 31 juli 2026</dd>
<dt>Beviljat ur fonden</dt><dd>1 950 000 kronor</dd>
<dt>Egen insats</dt><dd>650 000 kronor i arbetstid</dd>
<dt>Ansvarig</dt><dd>Utbildningsförvaltningen, förskoleområde Margretelund</dd>
<dt>Samverkan</dt><dd>Socialförvaltningen, Barnhälsovården Lidköping</dd>
</dl>
</div>
""", lead="Ett team med specialpedagog, logoped och kurator stöttar förskolorna i Margretelund.")

pages[L4] = layout(L4, "Mentorskap på De la Gardiegymnasiet", CR_BV, """
<p>Var femte elev på De la Gardiegymnasiets yrkesprogram lämnar skolan utan examen. Med investeringen Mentorskap får elever i årskurs 1 som riskerar att avbryta sina studier en mentor från det lokala näringslivet eller från kommunens verksamheter.</p>
<p>Syftet är att fler elever ska fullfölja gymnasiet och få ett arbete efter examen. Mentorerna träffar sina elever varannan vecka under ett läsår och tar emot dem för praktik.</p>
<p>Mentorskapet pågår från augusti 2025 till juni 2027. Utbildningsförvaltningen har fått 1 600 000 kronor ur sociala investeringsfonden och samarbetar med Näringslivsrådet i Lidköping och Arbetsförmedlingen. Två mentorsamordnare arbetar på halvtid i projektet.</p>
""", lead="Elever som riskerar att hoppa av gymnasiet får en mentor från arbetslivet.")

# ---------------------------------------------------------------- Omsorg och stöd (L2 via A–Ö)
OS_TREE = [("Barn och familj", "/omsorg-och-stod/barn-och-familj.html", [
               ("Familjerådgivning", "/omsorg-och-stod/barn-och-familj/familjeradgivning.html", []),
               ("Föräldrastöd", "/omsorg-och-stod/barn-och-familj/foraldrastod.html", [])]),
           ("Äldreomsorg", "/omsorg-och-stod/aldreomsorg.html", []),
           ("Ekonomiskt bistånd", "/omsorg-och-stod/ekonomiskt-bistand.html", [])]
OS_SIDE = ("Omsorg och stöd", "/omsorg-och-stod.html", OS_TREE)
pages["/omsorg-och-stod.html"] = layout("/omsorg-och-stod.html", "Omsorg och stöd", [], """
<p>Socialförvaltningen ger stöd till barn, familjer, äldre och personer med funktionsnedsättning.</p>
<ul class="linklist"><li><a href="/omsorg-och-stod/barn-och-familj.html">Barn och familj</a></li><li><a href="/omsorg-och-stod/aldreomsorg.html">Äldreomsorg</a></li><li><a href="/omsorg-och-stod/ekonomiskt-bistand.html">Ekonomiskt bistånd</a></li></ul>
""", side=OS_SIDE)
pages["/omsorg-och-stod/barn-och-familj.html"] = layout("/omsorg-och-stod/barn-och-familj.html", "Barn och familj", [("Omsorg och stöd", "/omsorg-och-stod.html")], """
<p>Har du frågor om ditt barn eller behöver din familj stöd? Socialförvaltningen erbjuder råd, samtal och föräldrastöd. Du kan också vända dig till familjecentralen.</p>
<ul class="linklist"><li><a href="/omsorg-och-stod/barn-och-familj/familjeradgivning.html">Familjerådgivning</a></li><li><a href="/omsorg-och-stod/barn-och-familj/foraldrastod.html">Föräldrastöd</a></li></ul>
<p>Är du orolig för ett barn? Kontakta socialtjänstens mottagning på 0510-77 00 00.</p>
""", side=OS_SIDE)
pages[L2] = layout(L2, "Familjeteam Guldvingen", [("Omsorg och stöd", "/omsorg-och-stod.html"), ("Barn och familj", "/omsorg-och-stod/barn-och-familj.html")], """
<p>Familjeteam Guldvingen är ett nytt sätt att arbeta med familjer i området Guldvingen och Östermalm. Teamet består av två familjebehandlare, en fritidsledare och en skolkurator och finns på plats i Guldvingens skola och i träffpunkten på Stenportsgatan.</p>
<p>Syftet är att nå familjer tidigt, innan oron för ett barn leder till en anmälan, och att fler barn ska gå i skolan och ha en meningsfull fritid.</p>
<p><strong>Period:</strong> januari 2025 – december 2027<br>
<strong>Medel ur sociala investeringsfonden:</strong> 2 450 000 kronor<br>
<strong>Ansvarig:</strong> Socialförvaltningen<br>
<strong>I samarbete med:</strong> Utbildningsförvaltningen, Kultur- och fritidsförvaltningen, bostadsbolaget AB Bostäder i Lidköping</p>
""", side=OS_SIDE, lead="Familjebehandlare, fritidsledare och kurator på plats där familjerna finns.")

# ---------------------------------------------------------------- Uppleva och göra (L3 via Se även)
UG_TREE = [("Fritidsgårdar", "/uppleva-och-gora/fritidsgardar.html", []),
           ("Bibliotek", "/uppleva-och-gora/bibliotek.html", []),
           ("Idrott och motion", "/uppleva-och-gora/idrott-och-motion.html", [])]
UG_SIDE = ("Uppleva och göra", "/uppleva-och-gora.html", UG_TREE)
pages["/uppleva-och-gora.html"] = layout("/uppleva-och-gora.html", "Uppleva och göra", [], """
<p>Bad, bibliotek, idrott, fritidsgårdar och evenemang i Lidköping.</p>
<ul class="linklist"><li><a href="/uppleva-och-gora/fritidsgardar.html">Fritidsgårdar</a></li><li><a href="/uppleva-och-gora/bibliotek.html">Bibliotek</a></li><li><a href="/uppleva-och-gora/idrott-och-motion.html">Idrott och motion</a></li><li><a href="/uppleva-och-gora/evenemang.html">Evenemang</a></li></ul>
""", side=UG_SIDE)
pages["/uppleva-och-gora/fritidsgardar.html"] = layout("/uppleva-och-gora/fritidsgardar.html", "Fritidsgårdar", [("Uppleva och göra", "/uppleva-och-gora.html")], """
<p>Kommunen har fritidsgårdar i centrala Lidköping, i Filipsdal och i Järpås. Fritidsgårdarna är öppna för dig som går i årskurs 6 till 18 år.</p>
<h2>Öppettider</h2>
<table><thead><tr><th>Fritidsgård</th><th>Öppet</th></tr></thead><tbody>
<tr><td>Ungdomens hus, centrum</td><td>Måndag–fredag 15–21</td></tr>
<tr><td>Filipsdal</td><td>Tisdag–torsdag 15–20</td></tr>
<tr><td>Järpås</td><td>Tisdag och torsdag 15–21</td></tr>
</tbody></table>
""", side=UG_SIDE, related=[("Mötesplats Järpås", L3), ("Lovaktiviteter", "/uppleva-och-gora/lovaktiviteter.html")])
pages[L3] = layout(L3, "Mötesplats Järpås", [("Uppleva och göra", "/uppleva-och-gora.html"), ("Fritidsgårdar", "/uppleva-och-gora/fritidsgardar.html")], """
<p>I Järpås fanns länge ingen fritidsgård, och unga fick ta bussen till Lidköping för att träffas. Mötesplats Järpås är en av kommunens sociala investeringar och har gjort bygdegården till en mötesplats för unga två kvällar i veckan.</p>
<h2>Om satsningen</h2>
<p>Kultur- och fritidsförvaltningen har fått 900 000 kronor ur sociala investeringsfonden för perioden september 2024 – augusti 2026. Två fritidsledare arbetar tillsammans med Järpås IK och Järpås bygdegårdsförening. Målet är att unga på landsbygden ska ha samma möjligheter till en meningsfull fritid som unga i staden, och att fler ska vara med i en förening.</p>
""", side=UG_SIDE, lead="En mötesplats för unga i Järpås två kvällar i veckan.")

# ---------------------------------------------------------------- L5 (only from a 2023 news item)
pages[L5] = layout(L5, "Läsa för livet", [("Utbildning och förskola", "/utbildning-och-forskola.html"), ("Grundskola", "/utbildning-och-forskola/grundskola.html")], """
<p>Läsa för livet är ett läsfrämjande arbete för elever i årskurs 1–3 i Lidköpings grundskolor. Eleverna får läsa högt för en vuxen varje dag, och skolbiblioteken lånar ut boksäckar som familjerna tar hem under loven.</p>
<p>Arbetet startade i augusti 2023 som en investering ur kommunens sociala investeringsfond och pågår till och med juni 2026. Utbildningsförvaltningen har fått 1 200 000 kronor, och biblioteket bidrar med personal. Syftet är att fler elever ska kunna läsa på förväntad nivå i årskurs 3, eftersom läsförmågan har stor betydelse för hur det går i skolan senare.</p>
<p>Kontakt: Annika Berg, utvecklingsledare, utbildningsförvaltningen.</p>
""", side=None, lead="Högläsning varje dag och boksäckar under loven ska ge fler barn en god läsförmåga.")

# ---------------------------------------------------------------- news
N25c = "/nyheter/2025/nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden.html"
N25d = "/nyheter/2025/kommunfullmaktige-fyller-pa-sociala-investeringsfonden.html"
N25u = "/nyheter/2025/nya-cykelparkeringar-vid-resecentrum.html"
N24s = "/nyheter/2024/valkommen-till-seminarium-om-sociala-investeringar.html"
N24u = "/nyheter/2024/isbanan-pa-framnas-oppnar.html"
N23l = "/nyheter/2023/fler-elever-laste-i-sommar.html"
N23u = "/nyheter/2023/ny-rektor-pa-stenhammarskolan.html"
CR_N = [("Nyheter", "/nyheter.html")]


def archive_links():
    return ('<nav class="news-archive" aria-label="Nyhetsarkiv"><h2>Arkiv</h2><ul>'
            '<li><a href="/nyheter.html">2025</a></li><li><a href="/nyheter/arkiv/2024.html">2024</a></li>'
            '<li><a href="/nyheter/arkiv/2023.html">2023</a></li><li><a href="/nyheter/arkiv/2022.html">2022</a></li></ul></nav>')


def news_list(items):
    return '<ul class="newslist">' + "".join(
        f'<li class="newslist__item"><time datetime="{d}">{d}</time> <a href="{h}">{t}</a><p>{x}</p></li>' for d, h, t, x in items) + "</ul>"


pages["/nyheter.html"] = layout("/nyheter.html", "Nyheter", [], news_list([
    ("2025-09-30", N25d, "Kommunfullmäktige fyller på sociala investeringsfonden", "Fonden får 5 miljoner kronor till."),
    ("2025-08-21", N25u, "Nya cykelparkeringar vid resecentrum", "200 nya platser under tak."),
    ("2025-04-02", N25c, "Nu kan förvaltningarna söka ur sociala investeringsfonden", "Sista dag 15 september."),
]) + archive_links(), side=None)
pages["/nyheter/arkiv/2024.html"] = layout("/nyheter/arkiv/2024.html", "Nyheter 2024", CR_N, news_list([
    ("2024-12-04", N24u, "Isbanan på Framnäs öppnar", "Skridskobanan är öppen från den 7 december."),
    ("2024-10-10", N24s, "Välkommen till seminarium om sociala investeringar", "Den 14 november på Stadshotellet."),
]) + archive_links(), side=None)
pages["/nyheter/arkiv/2023.html"] = layout("/nyheter/arkiv/2023.html", "Nyheter 2023", CR_N, news_list([
    ("2023-09-12", N23l, "Fler elever läste i sommar", "Boksäckarna var populära under sommarlovet."),
    ("2023-06-15", N23u, "Ny rektor på Stenhammarskolan", "Maria Lind börjar i augusti."),
]) + archive_links(), side=None)

pages[N25c] = layout(N25c, "Nu kan förvaltningarna söka ur sociala investeringsfonden", CR_N, f"""
<p>Den 15 september är sista dag att söka medel ur sociala investeringsfonden för investeringar som startar 2026. Det finns 6,2 miljoner kronor att söka.</p>
<p>I år vill kommunstyrelsen särskilt se ansökningar som handlar om skolnärvaro och om unga vuxna som varken arbetar eller studerar.</p>
<p>Läs mer om hur ni <a href="{SF}/ansok-om-medel.html">ansöker om medel</a>.</p>
""", side=None, date="2025-04-02", lead="Ansökningsomgången för 2026 är öppen.")
pages[N25d] = layout(N25d, "Kommunfullmäktige fyller på sociala investeringsfonden", CR_N, f"""
<p>Kommunfullmäktige beslutade den 29 september att föra över 5 miljoner kronor från årets överskott till sociala investeringsfonden. Fonden har sedan 2019 finansierat nio investeringar.</p>
<p>– Fonden har visat att det lönar sig att satsa tidigt. Tre av de avslutade investeringarna är i dag ordinarie verksamhet, säger kommunstyrelsens ordförande.</p>
<p>Läs mer om <a href="/site/_cmsinternal/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden.html">sociala investeringsfonden</a>.</p>
""", side=None, date="2025-09-30", lead="Fonden får 5 miljoner kronor till.")
pages[N25u] = layout(N25u, "Nya cykelparkeringar vid resecentrum", CR_N, """
<p>Vid resecentrum finns nu 200 nya cykelparkeringar under tak, varav 40 med laddning för elcyklar.</p>
""", side=None, date="2025-08-21", lead="200 nya platser under tak.")
pages[N24s] = layout(N24s, "Välkommen till seminarium om sociala investeringar", CR_N, """
<p>Hur kan kommuner arbeta med sociala investeringar? Välkommen till ett seminarium för förtroendevalda och medarbetare i Skaraborg.</p>
<p><strong>Tid:</strong> 14 november 2024 klockan 13–16<br><strong>Plats:</strong> Stadshotellet, Lidköping<br><strong>Medverkande:</strong> forskare från Högskolan Väst och SKR</p>
<p>Seminariet är kostnadsfritt. Anmäl dig senast den 4 november.</p>
""", side=None, date="2024-10-10", lead="Den 14 november på Stadshotellet.")
pages[N24u] = layout(N24u, "Isbanan på Framnäs öppnar", CR_N, """
<p>Den konstfrusna isbanan på Framnäs öppnar lördagen den 7 december. Det går att låna skridskor och hjälmar gratis.</p>
""", side=None, date="2024-12-04", lead="Skridskobanan är öppen från den 7 december.")
pages[N23l] = layout(N23l, "Fler elever läste i sommar", CR_N, f"""
<p>I juni fick 640 elever i årskurs 1–3 med sig en boksäck hem över sommarlovet. Efter lovet hade nästan alla säckar kommit tillbaka, och många elever berättade om böcker de läst tillsammans med sina föräldrar.</p>
<p>– Det märks att barnen har fortsatt läsa under lovet, säger Annika Berg, utvecklingsledare.</p>
<p>Boksäckarna är en del av <a href="{L5}">Läsa för livet</a>.</p>
""", side=None, date="2023-09-12", lead="Boksäckarna var populära under sommarlovet.")
pages[N23u] = layout(N23u, "Ny rektor på Stenhammarskolan", CR_N, """
<p>Maria Lind blir ny rektor på Stenhammarskolan från den 1 augusti. Hon kommer närmast från en tjänst som biträdande rektor i Götene.</p>
""", side=None, date="2023-06-15", lead="Maria Lind börjar i augusti.")

# ---------------------------------------------------------------- A–Ö
AO = [("A", [("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning.html"), ("Äldreomsorg", "/omsorg-och-stod/aldreomsorg.html")]),
      ("B", [("Barn och familj", "/omsorg-och-stod/barn-och-familj.html"), ("Bibliotek", "/uppleva-och-gora/bibliotek.html"), ("Bygglov", "/bygga-bo-och-miljo/bygglov.html")]),
      ("E", [("Ekonomiskt bistånd", "/omsorg-och-stod/ekonomiskt-bistand.html")]),
      ("F", [("Familjerådgivning", "/omsorg-och-stod/barn-och-familj/familjeradgivning.html"), ("Familjeteam Guldvingen", L2), ("Fritidsgårdar", "/uppleva-och-gora/fritidsgardar.html"), ("Föräldrastöd", "/omsorg-och-stod/barn-och-familj/foraldrastod.html")]),
      ("L", [("Lediga jobb", "/jobba-hos-oss/lediga-jobb.html")]),
      ("N", [("Nyheter", "/nyheter.html")]),
      ("S", [("Social hållbarhet", SH + ".html"), ("Sociala investeringsfonden", SF + ".html")]),
      ("U", [("Uppleva och göra", "/uppleva-och-gora.html")])]
letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
have = {l for l, _ in AO}
nav = " ".join(f'<a href="#{l}">{l}</a>' if l in have else f'<span>{l}</span>' for l in letters)
body = f'<nav class="az-nav">{nav}</nav>' + "".join(
    f'<h2 id="{l}">{l}</h2><ul>' + "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in items) + "</ul>" for l, items in AO)
pages["/a-o.html"] = layout("/a-o.html", "A–Ö", [], body, side=None)

# ---------------------------------------------------------------- jobs
JOB = "/jobba-hos-oss/lediga-jobb/utredare-sociala-investeringar.html"
pages["/jobba-hos-oss/lediga-jobb.html"] = layout("/jobba-hos-oss/lediga-jobb.html", "Lediga jobb", [("Jobba hos oss", "/jobba-hos-oss.html")], f"""
<ul class="joblist"><li><a href="{JOB}">Utredare med inriktning sociala investeringar</a> – sista ansökningsdag 9 november 2025</li>
<li><a href="/jobba-hos-oss/lediga-jobb/specialpedagog-forskola.html">Specialpedagog till förskolan</a> – sista ansökningsdag 31 oktober 2025</li></ul>
<p>Alla lediga jobb finns också på <a href="https://lidkoping.varbi.com/">lidkoping.varbi.com</a>.</p>
""", side=None)
pages[JOB] = layout(JOB, "Utredare med inriktning sociala investeringar", [("Jobba hos oss", "/jobba-hos-oss.html"), ("Lediga jobb", "/jobba-hos-oss/lediga-jobb.html")], """
<p>Kommunledningsförvaltningen söker en utredare som ska samordna kommunens arbete med sociala investeringar och social hållbarhet.</p>
<h2>Arbetsuppgifter</h2>
<p>Du bereder ansökningar till sociala investeringsfonden, stödjer förvaltningarna med kalkyler och följer upp pågående investeringar, till exempel Familjeteam Guldvingen och Mötesplats Järpås. Du samordnar också samarbetet med Högskolan Väst.</p>
<h2>Vi söker dig som</h2>
<p>har en akademisk examen inom samhällsvetenskap eller ekonomi och erfarenhet av uppföljning och analys.</p>
<h2>Om anställningen</h2>
<p>Tillsvidare, heltid. Sista ansökningsdag 9 november 2025. Ansök via lidkoping.varbi.com.</p>
""", side=None, date="2025-10-13", lead="Vill du arbeta med förebyggande arbete och uppföljning?")

pages["/robots.txt"] = """User-agent: *
Disallow: /cms/
Disallow: /site/
Disallow: /_cmsinternal/
Disallow: /sok.html
Disallow: /*?_hn:
Disallow: /binaries/content/assets/internt/

Sitemap: https://www.lidkoping.se/sitemap.xml
"""
sm = [p for p in pages if p.endswith(".html") or p == "/"]
pages["/sitemap.xml"] = sitemap(URL, sm)

if __name__ == "__main__":
    print(HOST, write_site(HOST, pages))
