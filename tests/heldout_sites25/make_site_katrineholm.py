"""Katrineholms kommun (0483, about 35 000 inhabitants; Katrineholm, Valla, Sköldinge, Bie, Forssjö, Julita) on Statamic 5 –
generator for heldout_sites25.

Statamic 5 (Laravel, flat files + Antlers) with the Peak starter kit's markup (Tailwind classes, Alpine.js x-data, Vite
assets /build/assets/…, Glide images /img/asset/…, none saved). Addresses are extensionless WITHOUT a trailing slash
(saved as <path>/index.html), links root-relative. The news collection 'Aktuellt' has the route /aktuellt/{slug}; its
list /aktuellt shows the ten newest and paginates with Statamic's default QUERY parameter (?page=2, forbidden by
robots.txt). The taxonomy 'taggar' has the route /tagg/{slug}; the developer added path pagination for tag archives,
/tagg/{slug}/sida/{n} (four entries a page), with numbered links, 'Nästa'/'Föregående' and <link rel=next/prev>.

THE PROJECT PAGES ARE AKTUELLT ARTICLES tagged 'Sociala investeringar' (plus subject tags); the fund page names the
efforts without links and sends readers to the tag archive.
"""
from make_common import write, esc, urlset, hexid

H = 'www.katrineholm.se'

START = '/'
AKT = '/aktuellt'
TAGROOT = '/tagg'
TAG = TAGROOT + '/sociala-investeringar'
TAG2 = TAG + '/sida/2'
TAG3 = TAG + '/sida/3'

KP = '/kommun-och-politik'
EK = KP + '/ekonomi'
FUND = EK + '/sociala-investeringsfonden'                   # N7
RIKT = FUND + '/riktlinjer'                                # N8
POLB = KP + '/politik-och-beslut'
OS = '/omsorg-och-stod'
BOF = OS + '/barn-och-familj'
BRYGGAN = BOF + '/bryggan'                                 # N6 standing service
FS = '/forskola-och-skola'
UG = '/uppleva-och-gora'
EVS = UG + '/evenemang'
JOBB = '/jobba-hos-oss'
JOB = JOBB + '/lediga-jobb/projektledare-till-jobbsparet'  # N5 job ad
KONTAKT = '/kontakt'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse'

# forbidden
SEARCH = '/sok'
CP = '/cp'
KAL = EVS + '/kalender'
KAL_MONTHS = ['/2025/11', '/2025/12', '/2026/01']
PAGEQ = '?page=2'
YEARQ = ['?ar=2025', '?ar=2024']
PRINTQ = '?print=1'

TAGNAMES = {
    'sociala-investeringar': 'Sociala investeringar', 'barn-och-unga': 'Barn och unga', 'skola': 'Skola', 'forskola': 'Förskola',
    'arbete-och-studier': 'Arbete och studier', 'kultur-och-fritid': 'Kultur och fritid', 'trygghet': 'Trygghet',
    'trafik': 'Trafik', 'bygga-och-bo': 'Bygga och bo', 'politik': 'Politik', 'omsorg': 'Omsorg',
}


def art(slug):
    return AKT + '/' + slug


# ---------------------------------------------------------------- articles: (path, iso date, title, tags, lead, body)
P1 = art('narvarolyftet-ska-fa-fler-elever-pa-jarvenskolan-att-komma-till-skolan')
P2 = art('foraldragrupper-pa-arabiska-och-somaliska-i-navertorp')
P3 = art('kvallsoppet-i-backa-ger-unga-en-plats-att-vara-pa')
P4 = art('jobbsparet-ska-hjalpa-unga-vuxna-till-egen-forsorjning')
P5 = art('sprakstart-lovkulla-har-avslutats-sa-gick-det')
N1 = art('nu-kan-forvaltningarna-soka-medel-ur-den-sociala-investeringsfonden')
N2 = art('sociala-investeringsfonden-2024-sa-gick-det')
N3 = art('valkommen-pa-frukostseminarium-om-sociala-investeringar')
N4 = art('kommunfullmaktige-fyller-pa-den-sociala-investeringsfonden')


def fakta(rows, heading):
    dl = ''.join(f'<div class="py-2 sm:grid sm:grid-cols-3 sm:gap-4"><dt class="font-bold">{k}</dt><dd class="sm:col-span-2">{v}</dd></div>' for k, v in rows)
    return f'''<aside class="not-prose my-8 rounded-lg bg-neutral-100 p-6" aria-labelledby="fakta-{hexid(heading, 6)}">
  <h2 id="fakta-{hexid(heading, 6)}" class="text-xl font-bold">{heading}</h2>
  <dl class="mt-4 divide-y divide-neutral-300">{dl}</dl>
</aside>'''


ARTICLES = [
    # ---------------- projects
    (P1, '2025-10-15', 'Närvarolyftet ska få fler elever på Järvenskolan att komma till skolan', ['sociala-investeringar', 'skola', 'barn-och-unga'],
     'Var femte elev på Järvenskolan är borta från mer än var tionde lektion. Nu startar projektet Närvarolyftet, som ska få fler att komma till skolan och stanna kvar.',
     '''<p>När en elev inte kommer till skolan ringer skolan hem redan samma förmiddag. Så börjar arbetet i Närvarolyftet, ett projekt på Järvenskolan som bildningsförvaltningen driver tillsammans med socialförvaltningen. En närvarokoordinator följer frånvaron varje dag och tar kontakt med eleven och vårdnadshavarna. En skolsocionom arbetar med de elever som har varit borta länge och med deras familjer, och kan snabbt koppla in socialtjänsten eller barn- och ungdomspsykiatrin.</p>
<p>– Ju längre en elev har varit borta, desto svårare är det att komma tillbaka. Därför måste vi agera tidigt, säger Järvenskolans rektor.</p>
<p>Projektet får 2,7 miljoner kronor ur kommunens sociala investeringsfond. Om frånvaron minskar som det är tänkt räknar kommunen med att fler elever blir behöriga till gymnasiet och att färre behöver stöd från socialtjänsten som unga vuxna.</p>
''' + fakta([('Projektnamn', 'Närvarolyftet'), ('Projekttid', 'augusti 2025 – juni 2028'),
             ('Budget', '2 700 000 kronor ur kommunens sociala investeringsfond'), ('Projektägare', 'Bildningsförvaltningen'),
             ('Samverkan', 'Socialförvaltningen och Region Sörmland, barn- och ungdomspsykiatrin'),
             ('Målgrupp', 'Elever i årskurs 7–9 på Järvenskolan och deras vårdnadshavare'),
             ('Bemanning', 'En närvarokoordinator och en skolsocionom, båda på heltid')], 'Närvarolyftet i korthet')),
    (P2, '2025-06-10', 'Föräldragrupper på arabiska och somaliska i Nävertorp', ['sociala-investeringar', 'barn-och-unga'],
     'I höst startar familjecentralen i Nävertorp föräldragrupper på arabiska och somaliska. Grupperna är en del av projektet Föräldrakraft Nävertorp.',
     '''<p>Många föräldrar i Nävertorp har efterfrågat stöd i föräldraskapet på sitt eget språk. I projektet Föräldrakraft Nävertorp får föräldrar till barn mellan 0 och 12 år träffas i grupp fyra gånger under en termin. Grupperna följer föräldraskapsprogrammet ABC, Alla Barn i Centrum, och leds av två gruppledare som talar arabiska och somaliska.</p>
<p>Projektet pågår från augusti 2025 till juni 2027 och har fått 1 450 000 kronor ur kommunens sociala investeringsfond. Det drivs av socialförvaltningen tillsammans med Region Sörmland, som har barnavårdscentralen på familjecentralen, och Studieförbundet Vuxenskolan.</p>
<p>Syftet är att föräldrarna ska känna sig tryggare i sitt föräldraskap och att färre barn ska behöva stöd från socialtjänsten längre fram.</p>
<h2>Så anmäler du dig</h2>
<p>Prata med personalen på familjecentralen i Nävertorp eller ring socialförvaltningens mottagning, 0150-570 00.</p>'''),
    (P3, '2025-03-20', 'Kvällsöppet i Backa ger unga en plats att vara på', ['sociala-investeringar', 'kultur-och-fritid', 'barn-och-unga'],
     'Sedan i somras har Backa fritidsgård öppet fyra kvällar i veckan och alla lov. Nu kommer fler unga än någonsin.',
     '''<p>Satsningen Lov och kväll i Backa startade i juni 2024. Fritidsgården har fått längre öppettider, och fältassistenterna från socialförvaltningen är på plats två kvällar i veckan. På loven ordnar KFUM Katrineholm prova-på-aktiviteter och utflykter.</p>
<p>– Förut fanns det inget att göra här på kvällarna. Nu kommer jag hit nästan varje dag, säger en av besökarna.</p>
<p>Under hösten 2024 hade fritidsgården i genomsnitt 45 besökare per kväll, mot 18 året innan.</p>
<h2>Fakta om satsningen</h2>
<p><strong>Period:</strong> juni 2024 – maj 2026<br>
<strong>Kostnad:</strong> 980 000 kronor ur kommunens sociala investeringsfond<br>
<strong>Ansvarig:</strong> Kultur- och turismförvaltningen<br>
<strong>Samverkan:</strong> Socialförvaltningen (fältgruppen), KFUM Katrineholm och Polisen<br>
<strong>Målgrupp:</strong> Barn och unga 10–16 år i Backa och Nävertorp</p>'''),
    (P4, '2024-09-02', 'Jobbspåret ska hjälpa unga vuxna till egen försörjning', ['sociala-investeringar', 'arbete-och-studier'],
     'Unga vuxna som har ekonomiskt bistånd ska få en snabbare väg till jobb. Det är målet med Jobbspåret, en social investering som startar i september.',
     '''<p>I Jobbspåret får varje deltagare en egen jobbcoach från första dagen. Coachen hjälper till att hitta en praktikplats hos en arbetsgivare i Katrineholm och följer med under praktiken. Den som behöver kan samtidigt läsa in gymnasiekurser på Viadidakt.</p>
<p>Jobbspåret drivs av Viadidakt tillsammans med socialförvaltningen och Arbetsförmedlingen. Tre jobbcoacher arbetar i projektet.</p>
''' + fakta([('Projektperiod', '1 september 2024 – 31 augusti 2027'),
             ('Budget', '3 100 000 kronor, varav 2 500 000 kronor ur den sociala investeringsfonden och 600 000 kronor från Samordningsförbundet RAR i Sörmland'),
             ('Projektägare', 'Viadidakt'), ('Samverkanspartner', 'Socialförvaltningen, Arbetsförmedlingen'),
             ('Målgrupp', 'Unga vuxna 18–29 år med ekonomiskt bistånd'), ('Antal deltagare', '60 under projekttiden')], 'Fakta')),
    (P5, '2024-06-12', 'Språkstart Lövkulla har avslutats – så gick det', ['sociala-investeringar', 'forskola'],
     'Efter tre år är projektet Språkstart Lövkulla avslutat. Barnen på förskolorna Lövkulla och Ängen har fått ett större ordförråd.',
     '''<p>Projektet Språkstart Lövkulla pågick från augusti 2021 till juni 2024 på förskolorna Lövkulla och Ängen, där många barn har ett annat modersmål än svenska. Projektet finansierades med 1 800 000 kronor ur kommunens sociala investeringsfond.</p>
<p>En språkpedagog och en modersmålsstödjare på heltid arbetade med barnen i små grupper varje dag, och förskollärarna fick handledning i språkutvecklande arbetssätt. Föräldrarna bjöds in till läsecaféer på biblioteket.</p>
<h2>Resultat</h2>
<p>När barnen började förskoleklass hösten 2023 nådde 78 procent av dem den förväntade nivån i svenska, mot 52 procent tre år tidigare. Andelen föräldrar som läser för sina barn varje vecka ökade från 40 till 65 procent.</p>
<h2>Hur går det vidare?</h2>
<p>Bildningsnämnden tar i höst ställning till om arbetssättet ska införas på fler förskolor.</p>'''),
    # ---------------- non-projects tagged 'Sociala investeringar'
    (N1, '2025-11-04', 'Nu kan förvaltningarna söka medel ur den sociala investeringsfonden', ['sociala-investeringar'],
     'Kommunens förvaltningar kan söka medel för förebyggande arbete som startar 2026. Sista dag att söka är den 15 januari.',
     f'''<p>Det finns 4 miljoner kronor att fördela för 2026. Förvaltningarna kan söka ensamma eller tillsammans, gärna med en extern part som Region Sörmland eller en förening.</p>
<p>Kommunstyrelsen beslutar i mars. Ansökan görs på blanketten på intranätet.</p>
<p>Läs mer om <a href="{FUND}">den sociala investeringsfonden</a> och <a href="{RIKT}">riktlinjerna</a>.</p>'''),
    (N2, '2025-04-28', 'Sociala investeringsfonden 2024 – så gick det', ['sociala-investeringar'],
     'Under 2024 betalade fonden ut 2,9 miljoner kronor till fyra satsningar. Här är sammanställningen.',
     '''<p>Kommunstyrelsen tog den 16 april del av sammanställningen över den sociala investeringsfonden för 2024.</p>
<table class="w-full">
<thead><tr><th>Satsning</th><th>Förvaltning</th><th>Utbetalt 2024</th><th>Läge</th></tr></thead>
<tbody>
<tr><td>Språkstart Lövkulla</td><td>Bildningsförvaltningen</td><td>410 000 kr</td><td>Avslutad juni 2024</td></tr>
<tr><td>Lov och kväll i Backa</td><td>Kultur- och turismförvaltningen</td><td>520 000 kr</td><td>Pågår</td></tr>
<tr><td>Jobbspåret</td><td>Viadidakt</td><td>640 000 kr</td><td>Pågår</td></tr>
<tr><td>Familjeteam Valla</td><td>Socialförvaltningen</td><td>1 330 000 kr</td><td>Avslutad december 2024</td></tr>
</tbody>
</table>
<h2>Fonden i siffror</h2>
<ul><li>Fondens storlek vid årets slut: 11,2 miljoner kronor</li><li>Utbetalt 2024: 2 900 000 kronor</li><li>Beviljat men inte utbetalt: 5 600 000 kronor</li></ul>'''),
    (N3, '2025-02-12', 'Välkommen på frukostseminarium om sociala investeringar', ['sociala-investeringar'],
     'Hur räknar man på förebyggande arbete? Kommunen och Samordningsförbundet RAR bjuder in till frukostseminarium.',
     '''<p>En forskare i nationalekonomi berättar om hur man räknar på vad förebyggande arbete kostar och vad det sparar, och två förvaltningar berättar om sina erfarenheter.</p>
<ul>
<li><strong>Datum:</strong> onsdag 12 mars 2025</li>
<li><strong>Tid:</strong> kl. 7.30–9.00, frukost från kl. 7.15</li>
<li><strong>Plats:</strong> Kulturhuset Ängeln, Katrineholm</li>
<li><strong>Kostnad:</strong> Gratis</li>
<li><strong>Sista anmälningsdag:</strong> 5 mars</li>
<li><strong>Anmälan:</strong> till kommunledningsförvaltningen, e-post kommunen@katrineholm.se</li>
<li><strong>Arrangör:</strong> Katrineholms kommun och Samordningsförbundet RAR i Sörmland</li>
</ul>'''),
    (N4, '2024-11-20', 'Kommunfullmäktige fyller på den sociala investeringsfonden med 5 miljoner kronor', ['sociala-investeringar', 'politik'],
     'Kommunfullmäktige beslutade på måndagen att avsätta 5 miljoner kronor av 2024 års överskott till den sociala investeringsfonden.',
     f'''<p>Fonden inrättades 2016 med 10 miljoner kronor. Sedan dess har 14 förebyggande arbeten fått medel. Med påfyllnaden kan kommunen bevilja nya medel även 2025 och 2026.</p>
<p>– Vi vet att det lönar sig att sätta in stöd tidigt. Fonden gör att förvaltningarna kan pröva nya arbetssätt, säger kommunstyrelsens ordförande.</p>
<p><a href="{FUND}">Om den sociala investeringsfonden</a></p>'''),
]

# untopical news (not tagged 'Sociala investeringar')
OTHERS = [
    ('julbelysningen-tands-pa-stortorget-29-november', '2025-11-07', 'Julbelysningen tänds på Stortorget 29 november', ['kultur-och-fritid'],
     'Lördag 29 november tänds julbelysningen med musik och glögg på Stortorget.'),
    ('vagarbete-pa-vasavagen-under-november', '2025-10-30', 'Vägarbete på Vasavägen under november', ['trafik'],
     'Vasavägen stängs av mellan Drottninggatan och Järnvägsgatan under tre veckor.'),
    ('nu-oppnar-ansokan-till-forskoleklass', '2025-10-21', 'Nu öppnar ansökan till förskoleklass', ['skola', 'forskola'],
     'Barn som fyller sex år 2026 ska börja i förskoleklass. Välj skola senast 30 november.'),
    ('budget-2026-kommunstyrelsen-foreslar-mer-till-skolan', '2025-10-02', 'Budget 2026: Kommunstyrelsen föreslår mer till skolan', ['politik'],
     'Kommunstyrelsens förslag till budget för 2026 ger skolan 18 miljoner kronor mer än i år.'),
    ('ny-detaljplan-for-norra-djulo-pa-samrad', '2025-09-18', 'Ny detaljplan för Norra Djulö på samråd', ['bygga-och-bo'],
     'Planen ger plats för 120 nya bostäder. Lämna synpunkter senast 10 oktober.'),
    ('trygghetsvandring-i-navertorp-23-september', '2025-09-05', 'Trygghetsvandring i Nävertorp 23 september', ['trygghet'],
     'Följ med och visa var du känner dig otrygg. Vi samlas vid Nävertorps centrum kl. 18.'),
    ('skolstart-for-4-200-elever', '2025-08-20', 'Skolstart för 4 200 elever', ['skola'], 'I dag började höstterminen för kommunens grundskoleelever.'),
    ('sommarlovsaktiviteter-for-barn-och-unga', '2025-07-01', 'Sommarlovsaktiviteter för barn och unga', ['kultur-och-fritid', 'barn-och-unga'],
     'Gratis aktiviteter hela sommaren: bad, fiske, fotboll och film.'),
    ('nytt-aldreboende-i-lovkulla-klart-2027', '2025-05-22', 'Nytt äldreboende i Lövkulla klart 2027', ['omsorg', 'bygga-och-bo'],
     'Nu börjar bygget av ett äldreboende med 80 platser i Lövkulla.'),
    ('katrineholm-far-en-ny-simhall', '2025-05-08', 'Katrineholm får en ny simhall', ['kultur-och-fritid'],
     'Kommunfullmäktige har beslutat att bygga en ny simhall vid Backavallen.'),
    ('fler-far-plats-pa-fritidshemmen', '2025-01-15', 'Fler får plats på fritidshemmen', ['skola'], 'Från hösten utökas fritidshemmen på tre skolor.'),
    ('sa-plogar-vi-i-vinter', '2024-12-10', 'Så plogar vi i vinter', ['trafik'], 'Gång- och cykelvägar och busshållplatser plogas först.'),
    ('feriepraktik-2025-nu-kan-du-soka', '2024-10-08', 'Feriepraktik 2025 – nu kan du söka', ['arbete-och-studier'],
     'Du som går i årskurs 9 eller på gymnasiet kan söka feriepraktik till sommaren.'),
    ('vuxenutbildningen-startar-nya-yrkesutbildningar', '2024-08-19', 'Vuxenutbildningen startar nya yrkesutbildningar', ['arbete-och-studier'],
     'Viadidakt startar utbildningar till undersköterska och lagerarbetare.'),
    ('forskolan-ormbacka-firar-50-ar', '2024-05-30', 'Förskolan Ormbacka firar 50 år', ['forskola'], 'Välkommen på kalas lördag 8 juni.'),
]


def all_entries():
    """(path, iso, title, tags, lead, body or None) sorted newest first."""
    rows = [(p, d, t, tags, lead, body) for p, d, t, tags, lead, body in ARTICLES]
    rows += [(art(s), d, t, tags, lead, None) for s, d, t, tags, lead in OTHERS]
    return sorted(rows, key=lambda r: r[1], reverse=True)


MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']


def human(iso):
    y, m, d = iso.split('-')
    return f'{int(d)} {MONTHS[int(m) - 1]} {y}'


MENU = [
    ('Förskola och skola', FS, [('Förskola', FS + '/forskola'), ('Grundskola', FS + '/grundskola'), ('Gymnasium', FS + '/gymnasium')]),
    ('Omsorg och stöd', OS, [('Barn och familj', BOF), ('Äldreomsorg', OS + '/aldreomsorg'), ('Ekonomiskt bistånd', OS + '/ekonomiskt-bistand')]),
    ('Uppleva och göra', UG, [('Evenemang', EVS), ('Idrott och motion', UG + '/idrott-och-motion'), ('Bibliotek', UG + '/bibliotek')]),
    ('Kommun och politik', KP, [('Ekonomi', EK), ('Sociala investeringsfonden', FUND), ('Politik och beslut', POLB)]),
    ('Aktuellt', AKT, []),
    ('Jobba hos oss', JOBB, []),
]


def menu(active):
    lis = []
    for name, href, subs in MENU:
        cur = ' aria-current="page"' if href == active else ''
        if subs:
            sub = ''.join(f'<li><a href="{h}" class="block px-4 py-2 hover:underline">{n}</a></li>' for n, h in subs)
            lis.append(f'''<li class="relative" x-data="{{ open: false }}" @mouseleave="open = false">
          <a href="{href}" class="inline-flex items-center py-4 font-bold hover:underline"{cur}>{name}</a>
          <button type="button" class="ml-1" @click="open = !open" :aria-expanded="open" aria-label="Visa undermeny för {name}"><svg class="h-3 w-3" aria-hidden="true"><use href="#chevron-down"></use></svg></button>
          <ul class="absolute left-0 z-20 w-64 bg-white shadow-lg" x-show="open" x-cloak>{sub}</ul>
        </li>''')
        else:
            lis.append(f'<li><a href="{href}" class="inline-flex items-center py-4 font-bold hover:underline"{cur}>{name}</a></li>')
    return '\n        '.join(lis)


def page(path, title, body, desc='', active=None, crumbs=None, head_extra='', tools=True):
    bc = ''
    if crumbs:
        items = '<li><a href="/" class="underline">Start</a></li>' + ''.join(
            f'<li><span aria-hidden="true" class="mx-2">/</span><a href="{h}" class="underline">{n}</a></li>' for n, h in crumbs[:-1])
        items += f'<li><span aria-hidden="true" class="mx-2">/</span><span aria-current="page">{crumbs[-1][0]}</span></li>'
        bc = f'<nav aria-label="Brödsmulor" class="fluid-container py-4 text-sm"><ol class="flex flex-wrap">{items}</ol></nav>'
    tl = ''
    if tools:
        tl = f'''<div class="fluid-container flex gap-4 py-2 text-sm" data-tools>
    <a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=8112&amp;lang=sv_se&amp;readid=content&amp;url=https%3A%2F%2F{H}{path}" rel="nofollow" class="underline">Lyssna</a>
    <a href="{path}{PRINTQ}" rel="nofollow" class="underline">Skriv ut</a>
  </div>'''
    return f'''<!doctype html>
<html lang="sv" class="antialiased scroll-smooth">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Xq2rU8f0cH1mZk3VbQe7yA9tL4wN6sJd0pRg5oTi">
<title>{esc(title)} | Katrineholms kommun</title>
<meta name="description" content="{esc(desc or title)}">
<link rel="canonical" href="https://{H}{'' if path == '/' else path}">
<meta property="og:site_name" content="Katrineholms kommun">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="{'article' if path.startswith(AKT + '/') else 'website'}">
<meta property="og:image" content="https://{H}/img/asset/YXNzZXRzL29nL2thdHJpbmVob2xtLmpwZw/katrineholm.jpg?w=1200&amp;h=630&amp;fit=crop&amp;s=6d0a2c1f1e">
<link rel="icon" href="/favicons/favicon.svg" type="image/svg+xml">
<link rel="preload" as="style" href="/build/assets/site-4b9d1a2c.css"><link rel="stylesheet" href="/build/assets/site-4b9d1a2c.css">
<link rel="modulepreload" href="/build/assets/site-8f3e2b11.js"><script type="module" src="/build/assets/site-8f3e2b11.js"></script>
{head_extra}</head>
<body class="flex min-h-screen flex-col bg-white text-neutral-900 selection:bg-primary selection:text-white">
<a href="#content" class="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:p-4">Hoppa till innehållet</a>
<div class="bg-primary-dark text-sm text-white" x-data="{{ show: !localStorage.getItem('cookie-ok') }}" x-show="show" x-cloak>
  <div class="fluid-container flex items-center justify-between py-3"><p>Vi använder bara nödvändiga kakor. <a href="{KAKOR}" class="underline">Läs mer om kakor</a></p><button @click="localStorage.setItem('cookie-ok', 1); show = false" class="rounded bg-white px-3 py-1 text-primary-dark">Jag förstår</button></div>
</div>
<header class="border-b border-neutral-200" x-data="{{ navOpen: false }}">
  <div class="fluid-container flex items-center justify-between py-4">
    <a href="/" aria-label="Katrineholms kommun, till startsidan"><img src="/assets/logo/katrineholms-kommun.svg" alt="Katrineholms kommun" width="200" height="52"></a>
    <form action="{SEARCH}" method="GET" role="search" class="hidden md:flex"><label for="q" class="sr-only">Sök</label><input id="q" type="search" name="q" placeholder="Vad letar du efter?" class="rounded-l border px-3 py-2"><button type="submit" class="rounded-r bg-primary px-4 text-white">Sök</button></form>
    <button type="button" class="md:hidden" @click="navOpen = !navOpen" :aria-expanded="navOpen" aria-controls="main-nav">Meny</button>
  </div>
  <nav id="main-nav" aria-label="Huvudmeny" class="bg-neutral-50" :class="{{ 'hidden md:block': !navOpen }}">
    <ul class="fluid-container flex flex-col gap-6 md:flex-row">
        {menu(active)}
    </ul>
  </nav>
</header>
{bc}
<main id="content" class="flex-grow" tabindex="-1">
{body}
</main>
{tl}
<footer class="mt-16 bg-primary-dark text-white">
  <div class="fluid-container grid gap-8 py-12 md:grid-cols-3">
    <div><h2 class="font-bold">Katrineholms kommun</h2><p>641 80 Katrineholm<br>Besöksadress: Stadshuset, Djulögatan 34<br>Telefon: 0150-570 00<br><a href="mailto:kommunen@katrineholm.se" class="underline">kommunen@katrineholm.se</a></p></div>
    <div><h2 class="font-bold">Genvägar</h2><ul><li><a href="{AKT}" class="underline">Aktuellt</a></li><li><a href="{EVS}" class="underline">Evenemang</a></li><li><a href="{JOBB}" class="underline">Jobba hos oss</a></li><li><a href="{KONTAKT}" class="underline">Kontakta oss</a></li></ul></div>
    <div><h2 class="font-bold">Om webbplatsen</h2><ul><li><a href="{KAKOR}" class="underline">Kakor</a></li><li><a href="{TILLG}" class="underline">Tillgänglighetsredogörelse</a></li><li><a href="{CP}" rel="nofollow" class="underline">Logga in</a></li></ul></div>
  </div>
</footer>
<svg xmlns="http://www.w3.org/2000/svg" class="hidden"><symbol id="chevron-down" viewBox="0 0 20 20"><path d="M5 7l5 5 5-5"/></symbol></svg>
</body>
</html>
'''


def chips(tags):
    return '<ul class="flex flex-wrap gap-2" aria-label="Taggar">' + ''.join(
        f'<li><a href="{TAGROOT}/{t}" class="rounded-full bg-neutral-100 px-3 py-1 text-sm hover:underline">{TAGNAMES[t]}</a></li>' for t in tags) + '</ul>'


def card(p, iso, t, tags, lead):
    return f'''<li class="border-b border-neutral-200 py-6">
        <article>
          <p class="text-sm text-neutral-600"><time datetime="{iso}">{human(iso)}</time></p>
          <h3 class="text-xl font-bold"><a href="{p}" class="hover:underline">{t}</a></h3>
          <p class="mt-2">{lead}</p>
        </article>
      </li>'''


def article_page(p, iso, t, tags, lead, body):
    if body is None:
        body = f'<p>{lead}</p><p>Har du frågor? Kontakta kommunens kundtjänst på 0150-570 00.</p>'
    main = f'''<article class="fluid-container grid gap-8 py-8 md:grid-cols-12">
  <div class="md:col-span-8">
    <p class="text-sm text-neutral-600">Nyhet · <time datetime="{iso}">{human(iso)}</time></p>
    <h1 class="mt-2 text-3xl font-bold md:text-5xl">{t}</h1>
    <p class="mt-4 text-xl">{lead}</p>
    <div class="prose mt-8 max-w-none">
{body}
    </div>
    <div class="mt-8">
      <h2 class="text-sm font-bold uppercase">Taggar</h2>
      {chips(tags)}
    </div>
    <p class="mt-8 flex gap-4 text-sm"><span>Dela:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F{H}{p}" class="underline" rel="noopener">Facebook</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2F{H}{p}" class="underline" rel="noopener">LinkedIn</a></p>
  </div>
  <aside class="md:col-span-4">
    <h2 class="text-lg font-bold">Mer från Aktuellt</h2>
    <p><a href="{AKT}" class="underline">Alla nyheter</a></p>
  </aside>
</article>'''
    return page(p, t, main, desc=lead, active=AKT, crumbs=[('Aktuellt', AKT), (t, p)])


def pagination(base, cur, total):
    def href(n):
        return base if n == 1 else f'{base}/sida/{n}'
    parts = []
    if cur > 1:
        parts.append(f'<a href="{href(cur - 1)}" rel="prev" class="px-3 py-2 underline">Föregående</a>')
    for n in range(1, total + 1):
        if n == cur:
            parts.append(f'<span aria-current="page" class="rounded bg-primary px-3 py-2 text-white">{n}</span>')
        else:
            parts.append(f'<a href="{href(n)}" class="px-3 py-2 underline" aria-label="Sida {n}">{n}</a>')
    if cur < total:
        parts.append(f'<a href="{href(cur + 1)}" rel="next" class="px-3 py-2 underline">Nästa</a>')
    return f'<nav role="navigation" aria-label="Sidnumrering" class="mt-8 flex items-center gap-1">{"".join(parts)}</nav>'


def tag_pages(slug, per_page=4):
    entries = [e for e in all_entries() if slug in e[3]]
    chunks = [entries[i:i + per_page] for i in range(0, len(entries), per_page)]
    base = f'{TAGROOT}/{slug}'
    name = TAGNAMES[slug]
    out = {}
    for k, chunk in enumerate(chunks, 1):
        path = base if k == 1 else f'{base}/sida/{k}'
        head = ''
        if k > 1:
            head += f'<link rel="prev" href="https://{H}{base if k == 2 else base + "/sida/" + str(k - 1)}">\n'
        if k < len(chunks):
            head += f'<link rel="next" href="https://{H}{base}/sida/{k + 1}">\n'
        years = ''
        if slug == 'sociala-investeringar':
            years = '<p class="mt-4 text-sm">Visa år: ' + ' · '.join(f'<a href="{base}{q}" rel="nofollow" class="underline">{q.split("=")[1]}</a>' for q in YEARQ) + '</p>'
        intro = ''
        if slug == 'sociala-investeringar':
            intro = f'<p class="mt-4 text-xl">Nyheter om kommunens sociala investeringsfond och de satsningar som har fått medel ur den. <a href="{FUND}" class="underline">Om fonden</a></p>'
        title = f'Tagg: {name}' + (f' – sida {k}' if k > 1 else '')
        body = f'''<div class="fluid-container py-8">
  <h1 class="text-3xl font-bold md:text-5xl">{name}</h1>
  {intro}
  {years}
  <p class="mt-2 text-sm text-neutral-600">{len(entries)} nyheter med taggen {name}. Sida {k} av {len(chunks)}.</p>
  <ul class="mt-6">
      {''.join(card(p, d, t, tags, lead) for p, d, t, tags, lead, _ in chunk)}
  </ul>
  {pagination(base, k, len(chunks)) if len(chunks) > 1 else ''}
</div>'''
        out[path] = page(path, title, body, desc=f'Nyheter med taggen {name}.', active=AKT,
                         crumbs=[('Aktuellt', AKT), (name, base)] if k == 1 else [('Aktuellt', AKT), (name, base), (f'Sida {k}', path)],
                         head_extra=head, tools=False)
    return out


def section(path, title, lead, links, crumbs, extra=''):
    lis = ''.join(f'<li><a href="{h}" class="block rounded border p-4 font-bold hover:underline">{n}</a></li>' for n, h in links)
    body = f'''<div class="fluid-container py-8">
  <h1 class="text-3xl font-bold md:text-5xl">{title}</h1>
  <p class="mt-4 text-xl">{lead}</p>
  <ul class="mt-8 grid gap-4 md:grid-cols-3">{lis}</ul>
  {extra}
</div>'''
    return page(path, title, body, desc=lead, active=crumbs[0][1], crumbs=crumbs)


def content(path, title, lead, html, crumbs, active=None, tools=True):
    body = f'''<article class="fluid-container grid gap-8 py-8 md:grid-cols-12">
  <div class="md:col-span-8">
    <h1 class="text-3xl font-bold md:text-5xl">{title}</h1>
    <p class="mt-4 text-xl">{lead}</p>
    <div class="prose mt-8 max-w-none">
{html}
    </div>
    <p class="mt-8 text-sm text-neutral-600">Senast uppdaterad: {{upd}}</p>
  </div>
</article>'''
    return page(path, title, body, desc=lead, active=active or crumbs[0][1], crumbs=crumbs, tools=tools)


def build():
    pages = {}
    entries = all_entries()

    # ------------------------------------------------------------ start page
    newest = entries[:4]
    pages[START] = page(START, 'Startsida', f'''<section class="bg-primary-light">
  <div class="fluid-container py-12"><h1 class="text-4xl font-bold">Välkommen till Katrineholms kommun</h1>
  <form action="{SEARCH}" method="GET" role="search" class="mt-6 flex max-w-xl"><label for="q2" class="sr-only">Sök</label><input id="q2" name="q" type="search" class="flex-grow rounded-l border px-3 py-3" placeholder="Sök på webbplatsen"><button class="rounded-r bg-primary px-6 text-white">Sök</button></form>
  <p class="mt-3 text-sm">Många söker efter: <a href="{SEARCH}?q=forskola" class="underline">förskola</a>, <a href="{SEARCH}?q=bygglov" class="underline">bygglov</a>, <a href="{SEARCH}?q=lediga+jobb" class="underline">lediga jobb</a></p></div>
</section>
<section class="fluid-container py-12">
  <h2 class="text-2xl font-bold">Genvägar</h2>
  <ul class="mt-6 grid gap-4 md:grid-cols-4">
    <li><a href="{FS}" class="block rounded border p-4 font-bold">Förskola och skola</a></li>
    <li><a href="{BOF}" class="block rounded border p-4 font-bold">Stöd till barn och familj</a></li>
    <li><a href="{EVS}" class="block rounded border p-4 font-bold">Evenemang</a></li>
    <li><a href="{JOBB}" class="block rounded border p-4 font-bold">Lediga jobb</a></li>
  </ul>
</section>
<section class="fluid-container py-12">
  <h2 class="text-2xl font-bold">Aktuellt</h2>
  <ul class="mt-6">{''.join(card(p, d, t, tags, lead) for p, d, t, tags, lead, _ in newest)}</ul>
  <p class="mt-6"><a href="{AKT}" class="rounded bg-primary px-4 py-2 text-white">Fler nyheter</a></p>
</section>''', desc='Katrineholms kommuns webbplats.', tools=False)

    # ------------------------------------------------------------ Aktuellt (page 1 only; ?page=2 is forbidden)
    pages[AKT] = page(AKT, 'Aktuellt', f'''<div class="fluid-container py-8">
  <h1 class="text-3xl font-bold md:text-5xl">Aktuellt</h1>
  <p class="mt-4 text-xl">Nyheter från Katrineholms kommun.</p>
  <ul class="mt-6">{''.join(card(p, d, t, tags, lead) for p, d, t, tags, lead, _ in entries[:10])}</ul>
  <nav role="navigation" aria-label="Sidnumrering" class="mt-8 flex gap-2"><span aria-current="page" class="rounded bg-primary px-3 py-2 text-white">1</span><a href="{AKT}{PAGEQ}" class="px-3 py-2 underline">2</a><a href="{AKT}?page=3" class="px-3 py-2 underline">3</a><a href="{AKT}{PAGEQ}" rel="next" class="px-3 py-2 underline">Nästa</a></nav>
</div>''', desc='Nyheter från Katrineholms kommun.', active=AKT, crumbs=[('Aktuellt', AKT)], tools=False)

    # ------------------------------------------------------------ articles
    for p, d, t, tags, lead, body in entries:
        pages[p] = article_page(p, d, t, tags, lead, body)

    # ------------------------------------------------------------ tag archives (path pagination)
    for slug in TAGNAMES:
        pages.update(tag_pages(slug))

    # ------------------------------------------------------------ sections
    pages[KP] = section(KP, 'Kommun och politik', 'Så styrs Katrineholms kommun, ekonomi och beslut.',
                        [('Ekonomi', EK), ('Sociala investeringsfonden', FUND), ('Politik och beslut', POLB)], [('Kommun och politik', KP)])
    pages[EK] = content(EK, 'Ekonomi', 'Budget, årsredovisning och kommunens fonder.', f'''<h2>Budget och årsredovisning</h2>
<ul><li><a href="/assets/dokument/ekonomi/budget-2026.pdf">Budget 2026 (pdf)</a></li><li><a href="/assets/dokument/ekonomi/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li></ul>
<h2>Sociala investeringsfonden</h2>
<p>Kommunen har en fond för förebyggande arbete. <a href="{FUND}">Läs om den sociala investeringsfonden</a>.</p>''',
                        [('Kommun och politik', KP), ('Ekonomi', EK)]).replace('{upd}', '12 maj 2025')
    pages[POLB] = content(POLB, 'Politik och beslut', 'Kommunfullmäktige, nämnder och protokoll.', '''<p>Kommunfullmäktige sammanträder en måndag i månaden i stadshusets sessionssal. Sammanträdena sänds på webben.</p>
<ul><li>Kommunfullmäktige</li><li>Kommunstyrelsen</li><li>Nämnder</li><li>Protokoll och handlingar</li></ul>''',
                          [('Kommun och politik', KP), ('Politik och beslut', POLB)]).replace('{upd}', '3 februari 2025')

    # N7 the fund page: efforts named without links, readers sent to the tag archive
    pages[FUND] = content(FUND, 'Sociala investeringsfonden', 'Kommunens sociala investeringsfond ger förvaltningarna möjlighet att pröva förebyggande arbetssätt för barn, unga och vuxna.', f'''<p>Kommunfullmäktige inrättade fonden 2016 med 10 miljoner kronor och har sedan fyllt på den två gånger. Förvaltningarna söker medel för arbete som ska förebygga utanförskap och ge bättre livsvillkor, och som på sikt ska minska kommunens kostnader. Det som fungerar ska sedan bli en del av förvaltningens vanliga arbete.</p>
<h2>Fonden i siffror</h2>
<ul>
<li>Avsatt sedan 2016: 20 miljoner kronor</li>
<li>Beviljat hittills: 15,4 miljoner kronor</li>
<li>Antal satsningar: 14</li>
</ul>
<h2>Satsningar som pågår</h2>
<p>Närvarolyftet på Järvenskolan, Föräldrakraft Nävertorp, Lov och kväll i Backa och Jobbspåret.</p>
<p>Vi berättar om satsningarna i våra nyheter. <a href="{TAG}">Läs alla nyheter om sociala investeringar</a>.</p>
<h2>Exempel på satsningar som har blivit ordinarie verksamhet</h2>
<ul><li><a href="{BRYGGAN}">Bryggan – stöd till unga 13–20 år</a></li></ul>
<h2>Vill du söka medel?</h2>
<p>Förvaltningarna kan söka en gång om året. Läs <a href="{RIKT}">riktlinjerna för den sociala investeringsfonden</a>.</p>
<h2>Kontakt</h2>
<p>Kommunledningsförvaltningen, utvecklingsstrateg för social hållbarhet, 0150-570 00.</p>''',
                          [('Kommun och politik', KP), ('Ekonomi', EK), ('Sociala investeringsfonden', FUND)]).replace('{upd}', '4 november 2025')

    # N8 rules
    pages[RIKT] = content(RIKT, 'Riktlinjer för den sociala investeringsfonden', 'Antagna av kommunfullmäktige den 19 september 2022, § 112.', '''<h2>Vad fonden kan användas till</h2>
<p>Medel ur fonden kan användas till tidsbegränsade förebyggande insatser som riktar sig till barn, unga eller vuxna i riskzonen och som förväntas minska kommunens kostnader på sikt.</p>
<h2>Villkor</h2>
<ol>
<li>Insatsen får pågå i högst tre år.</li>
<li>Ansökan ska innehålla mål, målgrupp, budget och en plan för uppföljning.</li>
<li>Förvaltningen ska i ansökan beskriva hur arbetet ska finansieras efter insatsen.</li>
<li>Hälften av de beräknade besparingarna ska återföras till fonden.</li>
</ol>
<h2>Ansökan och beslut</h2>
<p>Ansökan lämnas till kommunledningsförvaltningen senast den 15 januari. Kommunstyrelsen beslutar i mars.</p>
<h2>Uppföljning</h2>
<p>Insatserna redovisas till kommunstyrelsen varje år och i en slutrapport när de är avslutade.</p>''',
                          [('Kommun och politik', KP), ('Ekonomi', EK), ('Sociala investeringsfonden', FUND), ('Riktlinjer', RIKT)]).replace('{upd}', '10 oktober 2022')

    pages[OS] = section(OS, 'Omsorg och stöd', 'Stöd och omsorg för barn, familjer, vuxna och äldre.',
                        [('Barn och familj', BOF), ('Äldreomsorg', OS + '/aldreomsorg'), ('Ekonomiskt bistånd', OS + '/ekonomiskt-bistand')], [('Omsorg och stöd', OS)])
    pages[BOF] = content(BOF, 'Barn och familj', 'Socialförvaltningen erbjuder stöd till barn, unga och föräldrar.', f'''<p>Du kan få råd och stöd i föräldraskapet, samtal eller familjebehandling. En del stöd kan du få utan att ansöka.</p>
<ul>
<li>Familjecentralen i Nävertorp</li>
<li>Familjebehandling</li>
<li><a href="{BRYGGAN}">Bryggan – för unga 13–20 år</a></li>
</ul>
<h2>Orolig för ett barn?</h2>
<p>Ring socialförvaltningens mottagning på 0150-570 00. Efter kontorstid: ring 112.</p>''', [('Omsorg och stöd', OS), ('Barn och familj', BOF)]).replace('{upd}', '20 augusti 2025')

    # N6 standing service that began as a social investment
    pages[BRYGGAN] = content(BRYGGAN, 'Bryggan – stöd till unga 13–20 år', 'Hos Bryggan kan du som är ung prata med någon om det som känns svårt. Du behöver inte ansöka.', '''<h2>Öppettider</h2>
<ul><li>Drop-in tisdag och torsdag kl. 14–18</li><li>Boka tid: ring eller sms:a 0150-572 40</li></ul>
<p>Adress: Drottninggatan 19. Det kostar ingenting, och du kan vara anonym.</p>
<h2>Vad kan vi hjälpa till med?</h2>
<p>Stress, bråk hemma, alkohol och droger, relationer, skolan eller något annat. Vi kan också hjälpa dig vidare till ungdomsmottagningen eller vården.</p>
<h2>Om Bryggan</h2>
<p>Bryggan startade 2018 som en social investering. Sedan 2021 är Bryggan en del av socialförvaltningens ordinarie verksamhet.</p>''',
                             [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Bryggan', BRYGGAN)]).replace('{upd}', '2 juni 2025')

    pages[FS] = section(FS, 'Förskola och skola', 'Förskola, grundskola, gymnasium och vuxenutbildning i Katrineholm.',
                        [('Förskola', FS + '/forskola'), ('Grundskola', FS + '/grundskola'), ('Gymnasium', FS + '/gymnasium')], [('Förskola och skola', FS)])
    pages[UG] = section(UG, 'Uppleva och göra', 'Evenemang, idrott, kultur och natur.',
                        [('Evenemang', EVS), ('Idrott och motion', UG + '/idrott-och-motion'), ('Bibliotek', UG + '/bibliotek')], [('Uppleva och göra', UG)])

    cal = ' · '.join(f'<a href="{KAL}{m}" rel="nofollow" class="underline">{MONTHS[int(m.split("/")[2]) - 1].capitalize()} {m.split("/")[1]}</a>' for m in KAL_MONTHS)
    pages[EVS] = content(EVS, 'Evenemang', 'Vad händer i Katrineholm?', f'''<ul>
<li><strong>29 november 2025:</strong> Julbelysningen tänds på Stortorget, kl. 16</li>
<li><strong>6 december 2025:</strong> Julmarknad i Julita gård</li>
<li><strong>17 januari 2026:</strong> Vinterlovskul i Backavallen</li>
</ul>
<p><a href="{KAL}" rel="nofollow">Till kalendern</a> · {cal}</p>''', [('Uppleva och göra', UG), ('Evenemang', EVS)]).replace('{upd}', '3 november 2025')

    # N5 job ad
    pages[JOBB] = content(JOBB, 'Jobba hos oss', 'Katrineholms kommun har cirka 3 500 medarbetare.', f'''<h2>Lediga jobb i urval</h2>
<ul>
<li><a href="{JOB}">Projektledare till Jobbspåret</a> – sista ansökningsdag 24 november 2025</li>
<li>Förskollärare till Lövkulla förskola – sista ansökningsdag 30 november 2025</li>
</ul>
<p>Alla lediga jobb finns på <a href="https://katrineholm.varbi.com/">katrineholm.varbi.com</a>.</p>''', [('Jobba hos oss', JOBB)], tools=False).replace('{upd}', '3 november 2025')

    pages[JOB] = content(JOB, 'Projektledare till Jobbspåret', 'Viadidakt söker en projektledare till Jobbspåret, en satsning för unga vuxna som finansieras ur kommunens sociala investeringsfond.', '''<h2>Om tjänsten</h2>
<p>Du leder Jobbspårets tre jobbcoacher, håller kontakten med arbetsgivare, socialförvaltningen och Arbetsförmedlingen och ansvarar för uppföljningen och rapporterna till kommunstyrelsen.</p>
<h2>Kvalifikationer</h2>
<p>Du har en högskoleutbildning inom beteendevetenskap, socialt arbete eller personalvetenskap och erfarenhet av att leda projekt. Du har arbetat med unga vuxna som står långt från arbetsmarknaden.</p>
<ul>
<li><strong>Anställningsform:</strong> Visstidsanställning till och med 31 augusti 2027</li>
<li><strong>Omfattning:</strong> Heltid</li>
<li><strong>Tillträde:</strong> 1 januari 2026</li>
<li><strong>Sista ansökningsdag:</strong> 24 november 2025</li>
<li><strong>Kontakt:</strong> Enhetschef på Viadidakt, 0150-570 00</li>
</ul>
<p><a href="https://katrineholm.varbi.com/what:job/jobID:801243/">Ansök via Varbi</a></p>''', [('Jobba hos oss', JOBB), ('Projektledare till Jobbspåret', JOB)]).replace('{upd}', '3 november 2025')

    # furniture
    pages[KONTAKT] = content(KONTAKT, 'Kontakta oss', 'Kundtjänst svarar på dina frågor vardagar kl. 8–16.', '''<p>Telefon: 0150-570 00<br>E-post: kommunen@katrineholm.se<br>Besöksadress: Stadshuset, Djulögatan 34</p>''',
                             [('Kontakta oss', KONTAKT)], tools=False).replace('{upd}', '10 januari 2025')
    pages[KAKOR] = content(KAKOR, 'Kakor', 'Så använder vi kakor på katrineholm.se.', '''<table><thead><tr><th>Kaka</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody>
<tr><td>statamic_session</td><td>Håller ihop ditt besök</td><td>2 timmar</td></tr><tr><td>XSRF-TOKEN</td><td>Skydd mot förfalskade formulär</td><td>2 timmar</td></tr></tbody></table>''',
                           [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)], tools=False).replace('{upd}', '10 januari 2025')
    pages[TILLG] = content(TILLG, 'Tillgänglighetsredogörelse', 'Katrineholms kommun står bakom den här webbplatsen.', '''<p>Vi vill att så många som möjligt ska kunna använda webbplatsen.</p><h2>Kända brister</h2><ul><li>Vissa pdf-dokument är inte tillgängliga.</li></ul>''',
                           [('Om webbplatsen', KAKOR), ('Tillgänglighetsredogörelse', TILLG)], tools=False).replace('{upd}', '10 januari 2025')

    for p, t in pages.items():
        write(H, p, t)

    # ------------------------------------------------------------ sitemap (SEO Pro: pages and taxonomy terms; the
    # Aktuellt collection is excluded from the sitemap)
    sm = [(START, '2025-11-07'), (AKT, '2025-11-07'), (KP, '2025-05-12'), (EK, '2025-05-12'), (FUND, '2025-11-04'), (RIKT, '2022-10-10'),
          (POLB, '2025-02-03'), (OS, '2025-08-20'), (BOF, '2025-08-20'), (BRYGGAN, '2025-06-02'), (FS, '2025-08-20'), (UG, '2025-11-03'),
          (EVS, '2025-11-03'), (JOBB, '2025-11-03'), (JOB, '2025-11-03'), (KONTAKT, '2025-01-10'), (KAKOR, '2025-01-10'), (TILLG, '2025-01-10')]
    sm += [(f'{TAGROOT}/{s}', '2025-11-07') for s in TAGNAMES]
    write(H, '/sitemap.xml', urlset(H, [('' if p == '/' else p, d) for p, d in sm]))

    write(H, '/robots.txt', f'''User-agent: *
Disallow: /cp
Disallow: /!/
Disallow: /sok
Disallow: /img/
Disallow: /uppleva-och-gora/evenemang/kalender
Disallow: /*?page=
Disallow: /*?ar=
Disallow: /*?print=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, sm


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in the sitemap')
