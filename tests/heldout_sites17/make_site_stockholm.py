"""start.stockholm: Järva stadsdelsförvaltning's pages inside Stockholms stad's site, Remix + Sanity markup."""
from make_common import write_site, sitemap, jdump

HOST = "start.stockholm"
URL = "https://start.stockholm"
J = "/om-stockholms-stad/stadsdelsnamnder/jarva"
SI = J + "/sociala-investeringar"
PAG = SI + "/pagaende-investeringar"
AVS = SI + "/avslutade-investeringar"

P1 = PAG + "/sprakstart-rinkeby/"
P5 = PAG + "/laxhjalp-pa-tensta-bibliotek/"
P2 = AVS + "/foraldranatverk-husby/"
P3 = J + "/verksamhet/kvallsoppet-akalla/"
P4 = J + "/verksamhet/halsoguider-i-kista/"

MENU = [
    ("Förskola och skola", "/forskola-och-skola/"),
    ("Omsorg, stöd och hälsa", "/omsorg-stod-och-halsa/"),
    ("Uppleva och göra", "/uppleva-och-gora/"),
    ("Bo, bygga och miljö", "/bo-bygga-och-miljo/"),
    ("Om Stockholms stad", "/om-stockholms-stad/"),
]

JARVA_NAV = [
    ("Om förvaltningen", J + "/om-forvaltningen/"),
    ("Verksamhet i Järva", J + "/verksamhet/"),
    ("Sociala investeringar i Järva", SI + "/", [
        ("Så ansöker du", SI + "/sa-ansoker-du/"),
        ("Regler och kriterier", SI + "/regler-och-kriterier/"),
        ("Pågående investeringar", PAG + "/"),
        ("Avslutade investeringar", AVS + "/"),
        ("Uppföljning och utvärdering", SI + "/uppfoljning-och-utvardering/"),
    ]),
    ("Verksamhetsberättelse 2024", J + "/verksamhetsberattelse-2024/"),
    ("Nyheter från Järva", J + "/nyheter/"),
    ("Lediga jobb i Järva", J + "/lediga-jobb/"),
]

ROUTE_IDS = {"root": "root", "page": "routes/$"}


def subnav(current):
    out = ['<nav class="sidenav" aria-label="Järva stadsdelsförvaltning"><p class="sidenav__title">'
           f'<a href="{J}/">Järva stadsdelsförvaltning</a></p><ul>']
    for item in JARVA_NAV:
        name, href = item[0], item[1]
        cur = ' aria-current="page"' if href == current else ""
        out.append(f'<li><a href="{href}"{cur}>{name}</a>')
        if len(item) > 2 and current.startswith(href):
            out.append("<ul>")
            for n2, h2 in item[2]:
                c2 = ' aria-current="page"' if current == h2 else ""
                out.append(f'<li><a href="{h2}"{c2}>{n2}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "".join(out)


def layout(path, title, crumbs, body, side=True, lead="", loader_extra=None, updated="2025-10-14",
           print_link=False, description=""):
    cur_attr = ' aria-current="true"'
    menu = "".join(
        f'<li class="mainmenu__item"><a class="mainmenu__link" href="{h}"'
        f'{cur_attr if path.startswith(h) else ""}>{n}</a></li>' for n, h in MENU)
    crumb_html = ""
    if crumbs:
        parts = ['<li><a href="/">Startsida</a></li>']
        for n, h in crumbs:
            parts.append(f'<li><a href="{h}">{n}</a></li>')
        parts.append(f'<li aria-current="page">{title}</li>')
        crumb_html = f'<nav class="breadcrumbs" aria-label="Brödsmulor"><ol>{"".join(parts)}</ol></nav>'
    loader = {"root": {"env": {"SANITY_PROJECT_ID": "k3f9s2xa", "SANITY_DATASET": "production"},
                       "locale": "sv"},
              "routes/$": {"page": {"_type": "page", "title": title, "slug": path,
                                    "_updatedAt": updated + "T08:12:44Z",
                                    "breadcrumbs": [{"title": n, "href": h} for n, h in crumbs]}}}
    if loader_extra:
        loader["routes/$"]["page"].update(loader_extra)
    ctx = {"url": path, "state": {"loaderData": loader, "actionData": None, "errors": None},
           "future": {"v3_fetcherPersist": True, "v3_relativeSplatPath": True}}
    side_html = subnav(path) if side else ""
    printer = ""
    if print_link:
        printer = (f'<div class="pagetools"><a class="pagetools__print" href="{path}?utskrift=1" rel="nofollow">'
                   'Skriv ut</a><a class="pagetools__listen" href="https://app-eu.readspeaker.com/cgi-bin/rsent?'
                   'customerid=8851&amp;lang=sv_se&amp;readid=main" rel="nofollow">Lyssna</a></div>')
    lead_html = f'<p class="preamble">{lead}</p>' if lead else ""
    desc = description or lead or title
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{title} - Stockholms stad</title>
<meta name="description" content="{desc[:150]}"/>
<meta property="og:title" content="{title}"/>
<meta property="og:site_name" content="Stockholms stad"/>
<link rel="canonical" href="{URL}{path}"/>
<link rel="icon" href="/favicon.ico"/>
<link rel="stylesheet" href="/build/_assets/tailwind-6QMPRZ5V.css"/>
<link rel="stylesheet" href="/build/_assets/global-HZ3K4V2M.css"/>
<link rel="modulepreload" href="/build/manifest-3F7A9C21.js"/>
<link rel="modulepreload" href="/build/entry.client-5TQKXHJL.js"/>
<link rel="modulepreload" href="/build/_shared/chunk-GR6QL2HX.js"/>
<link rel="modulepreload" href="/build/root-QX2L6D4P.js"/>
<link rel="modulepreload" href="/build/routes/$-M7Y2WDE4.js"/>
</head>
<body class="font-sans text-gray-900">
<a class="skiplink" href="#main">Till innehållet</a>
<header class="siteheader">
<div class="siteheader__top container">
<a class="siteheader__logo" href="/"><img src="/build/_assets/stockholm-logo-4JHU2N6A.svg" alt="Stockholms stad, till startsidan" width="180" height="40"/></a>
<ul class="siteheader__tools">
<li><a href="/lattlast/">Lättläst</a></li>
<li><a href="/other-languages/">Other languages</a></li>
<li><a href="/mina-sidor/" rel="nofollow">Mina sidor</a></li>
</ul>
<form class="search" role="search" method="get" action="/sok/"><label for="q" class="sr-only">Sök på webbplatsen</label><input id="q" type="search" name="q" placeholder="Vad letar du efter?"/><button type="submit">Sök</button></form>
</div>
<nav class="mainmenu" aria-label="Huvudmeny"><ul class="mainmenu__list container">{menu}</ul></nav>
</header>
<div class="container">{crumb_html}</div>
<div class="container layout{' layout--sidenav' if side else ''}">
{side_html}
<main id="main" class="content">
<article>
<h1>{title}</h1>
{lead_html}
{body}
{printer}
<p class="updated">Senast uppdaterad: {updated}</p>
</article>
</main>
</div>
<footer class="sitefooter">
<div class="container sitefooter__cols">
<div><h2>Kontakta Stockholms stad</h2><p>Kontaktcenter: <a href="tel:+4685080000">08-508 000 00</a><br/>Vardagar 8–18</p><p><a href="/kontakta-oss/">Fler sätt att kontakta oss</a></p></div>
<div><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/">Om start.stockholm</a></li><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter/">Så hanterar vi personuppgifter</a></li></ul></div>
<div><h2>Jobba hos oss</h2><ul><li><a href="/jobba-i-stockholms-stad/">Jobba i Stockholms stad</a></li><li><a href="{J}/lediga-jobb/">Lediga jobb i Järva</a></li></ul></div>
<div><h2>Följ oss</h2><ul><li><a href="https://www.facebook.com/stockholmsstad">Facebook</a></li><li><a href="https://www.instagram.com/stockholmsstad/">Instagram</a></li><li><a href="https://www.linkedin.com/company/stockholms-stad">Linkedin</a></li></ul></div>
</div>
</footer>
<script>window.__remixContext = {jdump(ctx)};</script>
<script type="module" async="">import "/build/manifest-3F7A9C21.js";
import * as route0 from "/build/root-QX2L6D4P.js";
import * as route1 from "/build/routes/$-M7Y2WDE4.js";
window.__remixRouteModules = {{"root":route0,"routes/$":route1}};
import("/build/entry.client-5TQKXHJL.js");</script>
</body>
</html>
"""


def jcrumbs(*extra):
    base = [("Om Stockholms stad", "/om-stockholms-stad/"),
            ("Stadsdelsnämnder", "/om-stockholms-stad/stadsdelsnamnder/"),
            ("Järva", J + "/")]
    return base + list(extra)


SIC = ("Sociala investeringar i Järva", SI + "/")

pages = {}

# ---------------------------------------------------------------- start page
pages["/"] = layout("/", "Stockholms stad", [], f"""
<section class="shortcuts"><h2 class="sr-only">Genvägar</h2><ul class="grid">
<li><a href="/forskola-och-skola/forskola/ansok-om-forskoleplats/">Ansök om förskoleplats</a></li>
<li><a href="/omsorg-stod-och-halsa/ekonomiskt-bistand/">Ekonomiskt bistånd</a></li>
<li><a href="/bo-bygga-och-miljo/avfall-och-atervinning/">Avfall och återvinning</a></li>
<li><a href="/trafik-och-stadsplanering/parkering/">Parkering</a></li>
</ul></section>
<section class="popular"><h2>Andra söker efter</h2><ul>
<li><a href="/sok/?q=sommarjobb">Sommarjobb</a></li>
<li><a href="/sok/?q=skolval">Skolval</a></li>
<li><a href="/sok/?q=bygglov">Bygglov</a></li>
</ul></section>
<section class="news"><h2>Nyheter</h2>
<ul class="cards">
<li class="card"><a href="{J}/nyheter/kvallsoppet-i-akalla-lockar-hundratals-unga/"><span class="card__label">Järva</span><h3>Kvällsöppet i Akalla lockar hundratals unga</h3><p>Fredags- och lördagskvällarna på Akalla ungdomsgård har blivit en samlingspunkt.</p></a></li>
<li class="card"><a href="{J}/nyheter/ny-lekplats-i-rinkebyskogen/"><span class="card__label">Järva</span><h3>Ny lekplats i Rinkebyskogen</h3><p>Den nya lekplatsen har klätterställningar och en vattenlek.</p></a></li>
<li class="card"><a href="/nyheter/stadshuset-visningar-vinter-2025/"><span class="card__label">Stockholms stad</span><h3>Visningar av Stadshuset i vinter</h3><p>Nya tider för de guidade visningarna.</p></a></li>
</ul>
<p><a href="/nyheter/">Fler nyheter</a></p></section>
<section class="areas"><h2>Din stadsdel</h2><p>Stockholm är indelat i 13 stadsdelsnämndsområden. <a href="/om-stockholms-stad/stadsdelsnamnder/">Hitta din stadsdelsförvaltning</a>.</p></section>
""", side=False)

# ---------------------------------------------------------------- Om Stockholms stad
pages["/om-stockholms-stad/"] = layout("/om-stockholms-stad/", "Om Stockholms stad", [], f"""
<p>Här hittar du information om hur staden styrs, hur den är organiserad och hur skattepengarna används.</p>
<ul class="linklist">
<li><a href="/om-stockholms-stad/politik-och-demokrati/">Politik och demokrati</a></li>
<li><a href="/om-stockholms-stad/stadsdelsnamnder/">Stadsdelsnämnder</a></li>
<li><a href="/om-stockholms-stad/fackforvaltningar-och-bolag/">Fackförvaltningar och bolag</a></li>
<li><a href="/om-stockholms-stad/budget-och-ekonomi/">Budget och ekonomi</a></li>
<li><a href="/om-stockholms-stad/hallbarhet/">Hållbarhet</a></li>
</ul>
""", side=False, lead="Stockholms stad är Sveriges största kommun med drygt 980 000 invånare.")

districts = ["Bromma", "Enskede-Årsta-Vantör", "Farsta", "Hägersten-Älvsjö", "Hässelby-Vällingby",
             "Järva", "Kungsholmen", "Norrmalm", "Skarpnäck", "Skärholmen", "Södermalm", "Östermalm",
             "Spånga-Tensta" ]
slug = {"Bromma": "bromma", "Enskede-Årsta-Vantör": "enskede-arsta-vantor", "Farsta": "farsta",
        "Hägersten-Älvsjö": "hagersten-alvsjo", "Hässelby-Vällingby": "hasselby-vallingby", "Järva": "jarva",
        "Kungsholmen": "kungsholmen", "Norrmalm": "norrmalm", "Skarpnäck": "skarpnack",
        "Skärholmen": "skarholmen", "Södermalm": "sodermalm", "Östermalm": "ostermalm"}
lis = "".join(f'<li><a href="/om-stockholms-stad/stadsdelsnamnder/{slug[d]}/">{d} stadsdelsförvaltning</a></li>'
              for d in districts if d in slug)
pages["/om-stockholms-stad/stadsdelsnamnder/"] = layout(
    "/om-stockholms-stad/stadsdelsnamnder/", "Stadsdelsnämnder",
    [("Om Stockholms stad", "/om-stockholms-stad/")], f"""
<p>Stadsdelsnämnderna ansvarar för bland annat förskola, äldreomsorg, socialtjänst, fritidsverksamhet och lokala parker. Sedan 2020 ingår Rinkeby-Kista och Spånga-Tensta i Järva stadsdelsnämnd.</p>
<ul class="linklist">{lis}</ul>
""", side=False)

# ---------------------------------------------------------------- Järva start
pages[J + "/"] = layout(J + "/", "Järva stadsdelsförvaltning", jcrumbs()[:2], f"""
<p>Järva stadsdelsförvaltning ansvarar för verksamheten i Akalla, Husby, Kista, Rinkeby, Tensta, Hjulsta och Lunda. I området bor omkring 90 000 personer.</p>
<div class="puffs">
<div class="puff"><h2><a href="{SI}/">Sociala investeringar i Järva</a></h2><p>Stadsdelsnämnden avsätter medel för förebyggande arbete som ska minska behovet av insatser längre fram.</p></div>
<div class="puff"><h2><a href="{J}/verksamhet/">Verksamhet i Järva</a></h2><p>Förskolor, fritidsgårdar, träffpunkter och socialtjänst i stadsdelen.</p></div>
<div class="puff"><h2><a href="{J}/verksamhetsberattelse-2024/">Verksamhetsberättelse 2024</a></h2><p>Så använde nämnden sina pengar förra året.</p></div>
</div>
<h2>Nyheter från Järva</h2>
<ul class="newslist">
<li><a href="{J}/nyheter/stadsdelsnamnden-beviljar-nio-miljoner-till-sociala-investeringar/">Stadsdelsnämnden beviljar nio miljoner till sociala investeringar</a> <time datetime="2025-09-26">26 september 2025</time></li>
<li><a href="{J}/nyheter/kvallsoppet-i-akalla-lockar-hundratals-unga/">Kvällsöppet i Akalla lockar hundratals unga</a> <time datetime="2025-06-12">12 juni 2025</time></li>
<li><a href="{J}/nyheter/ny-lekplats-i-rinkebyskogen/">Ny lekplats i Rinkebyskogen</a> <time datetime="2025-05-20">20 maj 2025</time></li>
</ul>
<p><a href="{J}/nyheter/">Alla nyheter från Järva</a></p>
<h2>Besök och kontakt</h2>
<p>Besöksadress: Kista Allévägen 2, Kista. Telefon: 08-508 03 000.</p>
""", lead="Välkommen till Järva stadsdelsförvaltning.")

pages[J + "/om-forvaltningen/"] = layout(J + "/om-forvaltningen/", "Om förvaltningen", jcrumbs(), f"""
<p>Förvaltningen har omkring 2 600 medarbetare och leds av stadsdelsdirektören. Verksamheten är organiserad i fem avdelningar: förskola, individ- och familjeomsorg, äldreomsorg, kultur och fritid samt administration.</p>
<h2>Stadsdelsnämnden</h2>
<p>Järva stadsdelsnämnd har elva ledamöter och sammanträder en gång i månaden. Protokoll och handlingar finns i <a href="https://insynsverige.se/stockholm-jarva">Insyn Sverige</a>.</p>
<h2>Så styrs arbetet</h2>
<p>Nämndens verksamhetsplan utgår från kommunfullmäktiges budget. Varje år redovisar nämnden sitt arbete i en <a href="{J}/verksamhetsberattelse-2024/">verksamhetsberättelse</a>.</p>
""")

# ---------------------------------------------------------------- Verksamhet (section page, no project links)
pages[J + "/verksamhet/"] = layout(J + "/verksamhet/", "Verksamhet i Järva", jcrumbs(), f"""
<p>Här hittar du stadsdelsförvaltningens egna verksamheter i Järva.</p>
<ul class="linklist">
<li><a href="{J}/verksamhet/fritidsgardar/">Fritidsgårdar i Järva</a></li>
<li><a href="{J}/verksamhet/oppen-forskola/">Öppna förskolor</a></li>
<li><a href="{J}/verksamhet/traffpunkter-for-aldre/">Träffpunkter för äldre</a></li>
<li><a href="{J}/verksamhet/familjecentraler/">Familjecentraler</a></li>
<li><a href="{J}/verksamhet/faltassistenter/">Fältassistenter</a></li>
</ul>
""")

# ---------------------------------------------------------------- fund page
pages[SI + "/"] = layout(SI + "/", "Sociala investeringar i Järva", jcrumbs(), f"""
<p>Sedan 2021 avsätter Järva stadsdelsnämnd en del av sin budget till sociala investeringar. Pengarna ska användas till nya arbetssätt som förebygger problem tidigt, till exempel skolmisslyckanden, ohälsa eller att unga dras in i kriminalitet. Tanken är att en investering i dag ska minska kostnaderna för mer ingripande insatser senare.</p>
<h2>Hur mycket pengar finns?</h2>
<p>För 2025 har nämnden avsatt 9 miljoner kronor. Sedan starten har 14 investeringar fått medel, sammanlagt 31,5 miljoner kronor.</p>
<h2>Vem kan söka?</h2>
<p>Avdelningarna inom förvaltningen kan söka, gärna tillsammans med skolor, bibliotek, Region Stockholm, polisen eller föreningar i Järva. Läs mer under <a href="{SI}/sa-ansoker-du/">Så ansöker du</a> och <a href="{SI}/regler-och-kriterier/">Regler och kriterier</a>.</p>
<h2>Investeringarna</h2>
<p>Se <a href="{PAG}/">pågående investeringar</a> och <a href="{AVS}/">avslutade investeringar</a>. Resultaten följs upp varje år, se <a href="{SI}/uppfoljning-och-utvardering/">Uppföljning och utvärdering</a>.</p>
<aside class="contactbox"><h2>Kontakt</h2><p>Amira Haddad, utvecklingsledare sociala investeringar<br/>amira.haddad@stockholm.se</p></aside>
""", lead="Med sociala investeringar vill Järva stadsdelsnämnd pröva nya sätt att arbeta förebyggande för barn, unga och familjer.")

pages[SI + "/sa-ansoker-du/"] = layout(SI + "/sa-ansoker-du/", "Så ansöker du", jcrumbs(SIC), f"""
<p>Ansökan görs av en avdelningschef och skickas till förvaltningens utvecklingsenhet. Det finns en ansökningsomgång per år.</p>
<h2>Steg för steg</h2>
<ol>
<li>Kontakta utvecklingsledaren för ett första samtal om idén, senast i augusti.</li>
<li>Fyll i ansökningsmallen. Beskriv problemet, målgruppen, vad ni vill göra och hur ni ska mäta resultatet.</li>
<li>Gör en enkel kalkyl över vad problemet kostar i dag och vad investeringen kan spara.</li>
<li>Skicka ansökan senast den 30 september. Ledningsgruppen bereder ärendet och stadsdelsnämnden beslutar i november.</li>
</ol>
<h2>Mallar</h2>
<p>Ansökningsmallen och kalkylmallen finns på intranätet Insidan. Du som inte är anställd kan beställa dem från registrator.</p>
""", lead="Här beskriver vi hur en avdelning söker medel för en social investering.")

pages[SI + "/regler-och-kriterier/"] = layout(SI + "/regler-och-kriterier/", "Regler och kriterier", jcrumbs(SIC), f"""
<h2>Kriterier</h2>
<ul>
<li>Investeringen ska rikta sig till barn, unga eller familjer i Järva.</li>
<li>Arbetssättet ska vara nytt för förvaltningen och bygga på kunskap om vad som fungerar.</li>
<li>Det ska finnas en plan för hur arbetet tas över av ordinarie verksamhet om det faller väl ut.</li>
<li>Minst två verksamheter ska samverka.</li>
</ul>
<h2>Regler</h2>
<p>En investering kan få medel i högst tre år och högst 4 miljoner kronor. Avdelningen ska själv stå för minst 20 procent av kostnaden, oftast i form av arbetstid. Medel som inte används går tillbaka till nämnden.</p>
<p>Den som får medel ska lämna en lägesrapport varje halvår och en slutrapport senast tre månader efter att investeringen avslutats.</p>
""")

pages[SI + "/uppfoljning-och-utvardering/"] = layout(SI + "/uppfoljning-och-utvardering/", "Uppföljning och utvärdering", jcrumbs(SIC), f"""
<p>Alla investeringar följs upp med samma modell. Varje investering har mått som bestäms innan arbetet startar, till exempel närvaro i skolan, antal orosanmälningar eller hur många som går vidare till arbete eller studier.</p>
<h2>Fördelning per år</h2>
<table>
<caption>Beviljade medel och antal investeringar</caption>
<thead><tr><th scope="col">År</th><th scope="col">Antal nya investeringar</th><th scope="col">Beviljat, kronor</th></tr></thead>
<tbody>
<tr><td>2021</td><td>3</td><td>6 200 000</td></tr>
<tr><td>2022</td><td>2</td><td>4 100 000</td></tr>
<tr><td>2023</td><td>3</td><td>5 300 000</td></tr>
<tr><td>2024</td><td>3</td><td>6 900 000</td></tr>
<tr><td>2025</td><td>3</td><td>9 000 000</td></tr>
</tbody>
</table>
<h2>Extern utvärdering</h2>
<p>Stockholms universitet, institutionen för socialt arbete, utvärderar de investeringar som avslutats. Den första rapporten kom i mars 2025 och visar att två av tre avslutade investeringar har blivit ordinarie verksamhet.</p>
""")

# ---------------------------------------------------------------- list: Pågående (P5 only in loader data)
cards_shown = [
    {"title": "Språkstart i Rinkeby", "href": P1, "area": "Rinkeby",
     "text": "Språkstödjare möter familjer med små barn som inte går i förskolan."},
    {"title": "Hälsoguider i Kista", "href": None, "area": "Kista",
     "text": "Hälsoguider som talar invånarnas språk sprider kunskap om hälsa och vård."},
    {"title": "Digitala vägar för seniorer", "href": PAG + "/digitala-vagar-for-seniorer/", "area": "Husby",
     "text": "Digital vardag för äldre som inte använder bank-id eller e-tjänster."},
]
cards_more = [
    {"title": "Läxhjälp på Tensta bibliotek", "href": P5, "area": "Tensta",
     "text": "Läxhjälp fyra kvällar i veckan med lärare och studenter."},
]
def card(c):
    if c["href"]:
        return (f'<li class="card"><a class="card__link" href="{c["href"]}"><span class="card__label">{c["area"]}</span>'
                f'<h2 class="card__title">{c["title"]}</h2><p>{c["text"]}</p></a></li>')
    return (f'<li class="card"><div class="card__link"><span class="card__label">{c["area"]}</span>'
            f'<h2 class="card__title">{c["title"]}</h2><p>{c["text"]}</p></div></li>')

pages[PAG + "/"] = layout(PAG + "/", "Pågående investeringar", jcrumbs(SIC), f"""
<p>Här är de sociala investeringar som pågår i Järva just nu. Varje investering har en egen sida med syfte, tidsplan och budget när den har kommit i gång.</p>
<ul class="cards cards--3" data-total="4">{''.join(card(c) for c in cards_shown)}</ul>
<div class="loadmore"><button type="button" class="button button--secondary" data-loadmore="true">Visa fler (1)</button></div>
""", loader_extra={"investments": [dict(c, status="Pågående") for c in cards_shown + cards_more],
                   "pageSize": 3})

pages[AVS + "/"] = layout(AVS + "/", "Avslutade investeringar", jcrumbs(SIC), f"""
<p>Investeringar som har avslutats. Slutrapporterna kan beställas från förvaltningens registrator.</p>
<table class="table">
<thead><tr><th scope="col">Investering</th><th scope="col">Område</th><th scope="col">Period</th><th scope="col">Beviljat</th><th scope="col">Efter avslut</th></tr></thead>
<tbody>
<tr><td><a href="{P2}">Föräldranätverk i Husby</a></td><td>Husby</td><td>2021–2024</td><td>2,1 mnkr</td><td>Ordinarie verksamhet</td></tr>
<tr><td>Tidiga samordnade insatser i förskolan</td><td>Rinkeby</td><td>2021–2023</td><td>2,4 mnkr</td><td>Ordinarie verksamhet</td></tr>
<tr><td>Jobbspår Tensta</td><td>Tensta</td><td>2022–2024</td><td>1,7 mnkr</td><td>Avslutad</td></tr>
</tbody>
</table>
""")

# ---------------------------------------------------------------- project pages
def facts(rows):
    return ('<aside class="factbox"><h2>Kort om investeringen</h2><ul>' +
            "".join(f'<li><span class="factbox__label">{k}</span> <span class="factbox__value">{v}</span></li>' for k, v in rows) +
            '</ul></aside>')

pages[P1] = layout(P1, "Språkstart i Rinkeby", jcrumbs(SIC, ("Pågående investeringar", PAG + "/")), f"""
<p>I Rinkeby går fler barn än i resten av staden inte i förskola, och många börjar skolan med ett svagt svenskt språk. Språkstart i Rinkeby vill nå familjer innan barnen fyllt tre år, så att fler barn börjar förskolan och får ett bra språk med sig till skolan.</p>
<h2>Syfte</h2>
<p>Syftet är att fler barn i Rinkeby ska gå i förskola från tre års ålder och att barnens språkutveckling ska följas upp tidigt. På sikt ska färre barn behöva särskilt stöd i skolan.</p>
<h2>Så arbetar vi</h2>
<p>Två språkstödjare gör hembesök tillsammans med barnavårdscentralen när barnet är 18 månader och följer sedan upp familjen i öppna förskolan och på Rinkeby bibliotek. Föräldrarna får böcker, tips om lek och hjälp att ansöka om förskoleplats.</p>
{facts([("Tid", "augusti 2024 – juli 2027"), ("Beviljat", "3 600 000 kronor ur stadsdelsnämndens medel för sociala investeringar"), ("Ansvarig", "Avdelningen för förskola, Järva stadsdelsförvaltning"), ("Samverkan", "BVC Rinkeby (Region Stockholm), Rinkeby bibliotek"), ("Målgrupp", "Familjer med barn 1–3 år i Rinkeby")])}
""", lead="Språkstödjare möter familjer med små barn i Rinkeby, redan innan barnen börjat förskolan.", print_link=True, updated="2025-03-04")

pages[P5] = layout(P5, "Läxhjälp på Tensta bibliotek", jcrumbs(SIC, ("Pågående investeringar", PAG + "/")), f"""
<p>Många elever i Tensta saknar en lugn plats att göra läxor på och någon hemma som kan hjälpa till. Stadsdelsnämnden har därför beviljat 1 250 000 kronor ur medlen för sociala investeringar till läxhjälp på Tensta bibliotek. Arbetet startade i januari 2025 och pågår till och med december 2026.</p>
<p>Syftet är att fler elever i årskurs 6–9 ska nå godkända betyg i alla ämnen och därmed bli behöriga till gymnasiet. Läxhjälpen är öppen måndag till torsdag klockan 15–19. Två lärare från Tensta gymnasium och studenter från Stockholms universitet leder arbetet tillsammans med bibliotekets personal.</p>
<p>Investeringen drivs av avdelningen för kultur och fritid i samarbete med Stadsbiblioteket och grundskolorna i Tensta. Under det första halvåret kom i genomsnitt 45 elever per kväll.</p>
""", lead="Fyra kvällar i veckan får elever i Tensta hjälp med läxorna på biblioteket.", updated="2025-08-19")

pages[P2] = layout(P2, "Föräldranätverk i Husby", jcrumbs(SIC, ("Avslutade investeringar", AVS + "/")), f"""
<p>Föräldranätverk i Husby var en social investering som pågick från september 2021 till juni 2024. Stadsdelsnämnden beviljade totalt 2 100 000 kronor.</p>
<h2>Varför?</h2>
<p>Oroliga föräldrar hörde av sig till socialtjänsten först när problemen med barnen redan hade blivit stora. Syftet var att stärka föräldrar till barn i åldern 10–15 år och skapa kontakt mellan föräldrar, skola och socialtjänst tidigare.</p>
<h2>Vad gjordes?</h2>
<p>Två familjebehandlare och en samordnare höll föräldragrupper på arabiska, somaliska, tigrinja och svenska på Husby träff. Föräldrar som gått en grupp kunde sedan utbildas till föräldravägledare och leda nya grupper.</p>
<h2>Resultat</h2>
<p>Totalt deltog 212 föräldrar och 18 föräldravägledare utbildades. Andelen orosanmälningar som gällde barn 10–15 år i Husby minskade med 14 procent. Från hösten 2024 är föräldragrupperna en del av familjecentralens ordinarie arbete.</p>
""", lead="Föräldrar i Husby fick stöd i föräldragrupper och blev själva föräldravägledare.", updated="2024-09-02")

pages[P3] = layout(P3, "Kvällsöppet i Akalla", jcrumbs(("Verksamhet i Järva", J + "/verksamhet/")), f"""
<p>Kvällsöppet i Akalla håller Akalla ungdomsgård öppen på fredag- och lördagskvällar till klockan 24. Fältassistenter och fritidsledare finns på plats, och varannan kväll kommer även en polis och en ungdomscoach från Järva ungdomsmottagning.</p>
<h2>Bakgrund och syfte</h2>
<p>Sena kvällar under helger är den tid då flest unga i Akalla utsätts för eller begår brott. Syftet är att unga mellan 13 och 19 år ska ha en trygg plats att vara på och vuxna att prata med, och att färre unga ska dras in i kriminella miljöer.</p>
<h2>Tid och finansiering</h2>
<p>Arbetet startade i mars 2025 och finansieras till och med februari 2027 med 1 800 000 kronor ur stadsdelsnämndens medel för sociala investeringar. Ansvarig är avdelningen för kultur och fritid.</p>
""", lead="Ungdomsgården i Akalla har öppet sent på helgerna, med fältassistenter på plats.", updated="2025-06-12")

pages[P4] = layout(P4, "Hälsoguider i Kista", jcrumbs(("Verksamhet i Järva", J + "/verksamhet/")), f"""
<p>Hälsoguiderna är invånare i Kista och Husby som har utbildats för att sprida kunskap om hälsa, vård och egenvård på sina egna språk. De träffar grupper i föreningar, moskéer, på öppna förskolan och på träffpunkterna för äldre.</p>
<p><strong>Syfte:</strong> att fler ska söka vård i tid, använda 1177 och vaccinera sina barn, och att färre äldre ska bli isolerade.</p>
<p><strong>Projekttid:</strong> oktober 2024 – september 2026<br/>
<strong>Budget:</strong> 2 400 000 kronor, varav 1 900 000 kronor ur stadsdelsnämndens medel för sociala investeringar och 500 000 kronor från Region Stockholm<br/>
<strong>Projektägare:</strong> Järva stadsdelsförvaltning, avdelningen för äldreomsorg<br/>
<strong>Samverkan:</strong> Region Stockholm, Kista bibliotek, Husby träff</p>
<p>Åtta hälsoguider är anställda på deltid. Under 2025 ska de nå minst 1 500 invånare.</p>
""", lead="Hälsoguider som talar invånarnas språk sprider kunskap om hälsa och vård.", updated="2025-02-11")

# ---------------------------------------------------------------- verksamhetsberättelse (links P4)
pages[J + "/verksamhetsberattelse-2024/"] = layout(J + "/verksamhetsberattelse-2024/", "Verksamhetsberättelse 2024 i korthet", jcrumbs(), f"""
<p>Järva stadsdelsnämnd hade 2024 en budget på 3,9 miljarder kronor och redovisade ett överskott på 12 miljoner kronor. Här är en sammanfattning av året.</p>
<h2>Förskola</h2>
<p>Andelen barn i förskola ökade till 84 procent. Tre nya förskoleavdelningar öppnade i Hjulsta.</p>
<h2>Individ- och familjeomsorg</h2>
<p>Antalet barn placerade utanför hemmet minskade för andra året i rad.</p>
<h2>Sociala investeringar</h2>
<p>Under 2024 beviljade nämnden 6,9 miljoner kronor till tre nya sociala investeringar:</p>
<ul>
<li><a href="{P1}">Språkstart i Rinkeby</a>, 3,6 miljoner kronor</li>
<li><a href="{P4}">Hälsoguider i Kista</a>, 1,9 miljoner kronor</li>
<li>Digitala vägar för seniorer, 1,4 miljoner kronor</li>
</ul>
<p>Investeringen Föräldranätverk i Husby avslutades i juni och är nu en del av familjecentralens arbete.</p>
<h2>Ekonomi</h2>
<table><thead><tr><th>Verksamhet</th><th>Budget, mnkr</th><th>Utfall, mnkr</th></tr></thead>
<tbody><tr><td>Förskola</td><td>1 410</td><td>1 398</td></tr><tr><td>Äldreomsorg</td><td>1 150</td><td>1 161</td></tr><tr><td>Individ- och familjeomsorg</td><td>980</td><td>969</td></tr><tr><td>Kultur och fritid</td><td>160</td><td>158</td></tr><tr><td>Övrigt</td><td>200</td><td>202</td></tr></tbody></table>
""", lead="Ett urval av vad Järva stadsdelsnämnd gjorde under 2024.", updated="2025-03-20")

# ---------------------------------------------------------------- news
NEWS = J + "/nyheter"
n_call = NEWS + "/nu-kan-verksamheterna-soka-medel-for-sociala-investeringar/"
n_dec = NEWS + "/stadsdelsnamnden-beviljar-nio-miljoner-till-sociala-investeringar/"
n_p3 = NEWS + "/kvallsoppet-i-akalla-lockar-hundratals-unga/"
n_lek = NEWS + "/ny-lekplats-i-rinkebyskogen/"
n_torg = NEWS + "/valkommen-till-husby-torgdag/"
NC = ("Nyheter från Järva", NEWS + "/")

pages[NEWS + "/"] = layout(NEWS + "/", "Nyheter från Järva", jcrumbs(), f"""
<ul class="newslist">
<li><time datetime="2025-09-26">26 september 2025</time> <a href="{n_dec}">Stadsdelsnämnden beviljar nio miljoner till sociala investeringar</a><p>Tre nya investeringar får dela på pengarna.</p></li>
<li><time datetime="2025-08-15">15 augusti 2025</time> <a href="{n_torg}">Välkommen till Husby torgdag</a><p>Musik, mat och föreningar på Husby torg den 30 augusti.</p></li>
<li><time datetime="2025-06-12">12 juni 2025</time> <a href="{n_p3}">Kvällsöppet i Akalla lockar hundratals unga</a><p>Ungdomsgården i Akalla har blivit en trygg plats på helgkvällarna.</p></li>
<li><time datetime="2025-05-20">20 maj 2025</time> <a href="{n_lek}">Ny lekplats i Rinkebyskogen</a><p>Klätterställningar och vattenlek.</p></li>
<li><time datetime="2025-05-05">5 maj 2025</time> <a href="{n_call}">Nu kan verksamheterna söka medel för sociala investeringar</a><p>Ansökan ska vara inne senast 30 september.</p></li>
</ul>
""")

pages[n_call] = layout(n_call, "Nu kan verksamheterna söka medel för sociala investeringar", jcrumbs(NC), f"""
<p>Järva stadsdelsnämnd har avsatt 9 miljoner kronor för nya sociala investeringar 2026. Alla avdelningar i förvaltningen kan söka, gärna tillsammans med skolor, föreningar eller Region Stockholm.</p>
<p>Vi ser gärna ansökningar som handlar om skolnärvaro, unga vuxna som varken arbetar eller studerar och tidigt stöd till föräldrar.</p>
<p>Sista dag för ansökan är den 30 september 2025. Läs mer om hur du ansöker på sidan <a href="{SI}/sa-ansoker-du/">Så ansöker du</a>.</p>
""", lead="Ansökningsomgången för 2026 är öppen.", updated="2025-05-05")

pages[n_dec] = layout(n_dec, "Stadsdelsnämnden beviljar nio miljoner till sociala investeringar", jcrumbs(NC), f"""
<p>På sammanträdet den 25 september beslutade Järva stadsdelsnämnd att bevilja sammanlagt 9 miljoner kronor till tre nya sociala investeringar som startar 2026:</p>
<ul>
<li>Skolnärvaroteam i Tensta och Hjulsta, 4 000 000 kronor</li>
<li>Unga vuxna till jobb i Husby, 3 200 000 kronor</li>
<li>Mammagrupper på familjecentralen i Kista, 1 800 000 kronor</li>
</ul>
<p>– Vi vet att tidiga insatser lönar sig, både för den enskilde och för samhället, säger nämndens ordförande.</p>
<p>Läs mer om <a href="/api/preview?secret=4d1f0c&amp;slug={SI}/">sociala investeringar i Järva</a>.</p>
""", lead="Tre nya investeringar får dela på pengarna.", updated="2025-09-26")

pages[n_p3] = layout(n_p3, "Kvällsöppet i Akalla lockar hundratals unga", jcrumbs(NC), f"""
<p>Sedan mars har Akalla ungdomsgård haft öppet till midnatt på fredagar och lördagar. Under våren kom i genomsnitt 120 ungdomar per kväll.</p>
<p>– Det har blivit lugnare i centrum på helgerna, och vi får prata med unga som vi aldrig träffade förut, säger Yusuf, fältassistent.</p>
<p>Satsningen är en av stadsdelsnämndens sociala investeringar. <a href="{P3}">Läs mer om Kvällsöppet i Akalla</a>.</p>
""", lead="Ungdomsgården i Akalla har blivit en trygg plats på helgkvällarna.", updated="2025-06-12")

pages[n_lek] = layout(n_lek, "Ny lekplats i Rinkebyskogen", jcrumbs(NC), """
<p>Den nya lekplatsen vid Rinkebyskogen är klar. Här finns klätterställningar, gungor, en vattenlek som är öppen från juni till augusti och bänkar i skuggan.</p>
<p>Lekplatsen har byggts om efter önskemål från barn på förskolorna i området.</p>
""", lead="Klätterställningar och vattenlek.", updated="2025-05-20")

pages[n_torg] = layout(n_torg, "Välkommen till Husby torgdag", jcrumbs(NC), """
<p>Lördagen den 30 augusti klockan 12–16 är det torgdag i Husby. Det blir musik, mat från olika länder, ansiktsmålning och föreningar som visar upp sin verksamhet.</p>
<p>Stadsdelsförvaltningen finns på plats och berättar om fritidsgårdarna och de öppna förskolorna.</p>
""", lead="Musik, mat och föreningar på Husby torg den 30 augusti.", updated="2025-08-15")

# ---------------------------------------------------------------- jobs
JOB = J + "/lediga-jobb/utvecklingsledare-sociala-investeringar/"
pages[J + "/lediga-jobb/"] = layout(J + "/lediga-jobb/", "Lediga jobb i Järva", jcrumbs(), f"""
<p>Här är några av de tjänster som Järva stadsdelsförvaltning söker just nu. Alla stadens lediga jobb finns på <a href="https://stockholm.se/ledigajobb">stockholm.se/ledigajobb</a>.</p>
<ul class="joblist">
<li><a href="{JOB}">Utvecklingsledare med inriktning sociala investeringar</a>, sista ansökningsdag 2 november 2025</li>
<li><a href="{J}/lediga-jobb/forskollarare-hjulsta/">Förskollärare till Hjulsta förskolor</a>, sista ansökningsdag 20 oktober 2025</li>
<li><a href="{J}/lediga-jobb/socialsekreterare-barn-och-unga/">Socialsekreterare barn och unga</a>, sista ansökningsdag 26 oktober 2025</li>
</ul>
""")

pages[JOB] = layout(JOB, "Utvecklingsledare med inriktning sociala investeringar", jcrumbs(("Lediga jobb i Järva", J + "/lediga-jobb/")), """
<h2>Om arbetsplatsen</h2>
<p>Utvecklingsenheten stödjer förvaltningens ledning i frågor om kvalitet, uppföljning och utveckling. Vi är nio medarbetare och sitter i Kista.</p>
<h2>Arbetsuppgifter</h2>
<p>Du samordnar nämndens sociala investeringar, från idé och ansökan till uppföljning och slutrapport. Du stödjer projektledarna i de pågående investeringarna, bland annat Språkstart i Rinkeby och Hälsoguider i Kista, och tar fram underlag till nämnden.</p>
<h2>Kvalifikationer</h2>
<p>Du har högskoleexamen inom samhällsvetenskap, ekonomi eller socialt arbete och erfarenhet av projektledning och uppföljning. Kunskap om socioekonomiska analyser är meriterande.</p>
<h2>Anställning</h2>
<p>Tillsvidareanställning, heltid. Tillträde enligt överenskommelse. Sista ansökningsdag 2 november 2025. Ansök via stadens rekryteringssystem.</p>
""", lead="Vill du vara med och utveckla det förebyggande arbetet i Järva?", updated="2025-10-06")

pages["/robots.txt"] = """User-agent: *
Disallow: /sok/
Disallow: /api/
Disallow: /studio/
Disallow: /mina-sidor/
Disallow: /*?utskrift=

Sitemap: https://start.stockholm/sitemap.xml
"""

sm_paths = ["/", "/om-stockholms-stad/", "/om-stockholms-stad/stadsdelsnamnder/", J + "/", J + "/om-forvaltningen/",
            J + "/verksamhet/", SI + "/", SI + "/sa-ansoker-du/", SI + "/regler-och-kriterier/",
            SI + "/uppfoljning-och-utvardering/", PAG + "/", AVS + "/", P1, P2,
            J + "/verksamhetsberattelse-2024/", NEWS + "/", J + "/lediga-jobb/"]
pages["/sitemap.xml"] = sitemap(URL, sm_paths)

if __name__ == "__main__":
    print(HOST, write_site(HOST, pages))
