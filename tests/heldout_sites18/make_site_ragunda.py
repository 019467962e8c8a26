"""Ragunda kommun (2303): a hand-made PHP site (include-based templates, table-free but old-fashioned)."""
from make_common import write

H = 'www.ragunda.se'
KP = '/kommun-och-politik/'
FUND = KP + 'sociala-investeringsmedel/'
P1 = FUND + 'fritidsbussen/'
P2 = FUND + 'sommarjobb-i-byarna/'
P3 = '/omsorg-och-halsa/anhorigstod/anhorigcafe-hammarstrand/'
P4 = '/barn-och-utbildning/grundskola/laxhjalp-bispgarden/'
P5 = '/arbete-och-naringsliv/ungdomscoach/'
DEAD = FUND + 'naturskola-doviken/'

MENU = [('/barn-och-utbildning/', 'Barn och utbildning'), ('/omsorg-och-halsa/', 'Omsorg och hälsa'),
        ('/fritid-och-kultur/', 'Fritid och kultur'), ('/bygga-och-bo/', 'Bygga och bo'),
        ('/arbete-och-naringsliv/', 'Arbete och näringsliv'), (KP, 'Kommun och politik')]

FUNDMENU = [(FUND, 'Sociala investeringsmedel'), (FUND + 'sa-soker-du/', '» Så söker du'),
            (FUND + 'regler/', '» Regler'), (FUND + 'uppfoljning/', '» Uppföljning'),
            (FUND + 'beviljat-2024/', '» Beviljat 2024'), (FUND + 'beviljat-2023/', '» Beviljat 2023')]
KPMENU = [(KP + 'kommunfullmaktige/', 'Kommunfullmäktige'), (KP + 'kommunstyrelsen/', 'Kommunstyrelsen')] + FUNDMENU + [(KP + 'budget-och-ekonomi/', 'Budget och ekonomi')]

LASOCKSA = f'''<div class="ruta">
<h3>Läs också</h3>
<ul>
<li><a href="{P3}">Anhörigcafé i Hammarstrand</a></li>
<li><a href="/omsorg-och-halsa/folkhalsa/">Folkhälsorådet</a></li>
<li><a href="/nyheter/">Nyheter</a></li>
</ul>
</div>'''


AKTIV = ' class="aktiv"'
VALD = ' class="vald"'


def page(path, title, body, crumbs, left=None, right='', updated='2025-09-29'):
    menu = ' '.join(f'<li{AKTIV if path.startswith(h) else ""}><a href="{h}">{t}</a></li>' for h, t in MENU)
    sv = ' &gt; '.join(['<a href="/">Startsida</a>'] + [f'<a href="{h}">{t}</a>' for h, t in crumbs] + [title])
    lm = ''
    if left:
        lm = '<ul class="vanstermeny">\n' + '\n'.join(
            f'<li><a href="{h}"{VALD if h == path else ""}>{t}</a></li>' for h, t in left) + '\n</ul>'
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} | Ragunda kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="/css/stil.css?v=14">
<link rel="stylesheet" type="text/css" href="/css/utskrift.css" media="print">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/meny.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top">
  <a href="/"><img src="/bilder/ragunda_logga.png" alt="Ragunda kommun" width="220" height="70"></a>
  <div id="toppmeny">
    <a href="/kontakt/">Kontakta oss</a> | <a href="/lattlast/">Lättläst</a> | <a href="/teckensprak/">Teckenspråk</a> | <a href="/a-o/">A–Ö</a>
    <form id="sokform" action="/sok/" method="get"><input type="text" name="q" size="18" value=""> <input type="submit" value="Sök"></form>
  </div>
</div>
<ul id="huvudmeny">
{menu}
</ul>
<div id="sokvag">Du är här: {sv}</div>
<div id="kolumner">
<div id="vanster">
{lm}
</div>
<div id="innehall">
{body}
<p class="uppdaterad">Senast uppdaterad: {updated}</p>
</div>
<div id="hoger">
{right}
</div>
</div>
<div id="sidfot">
<p><strong>Ragunda kommun</strong> | Box 150, 840 70 Hammarstrand | Besöksadress: Centralgatan 15, Hammarstrand | Tel: 0696-68 20 00 | <a href="mailto:kommun@ragunda.se">kommun@ragunda.se</a></p>
<p><a href="/a-o/">A–Ö</a> | <a href="/om-webbplatsen/">Om webbplatsen</a> | <a href="/om-webbplatsen/personuppgifter/">Personuppgifter</a> | <a href="/om-webbplatsen/tillganglighet/">Tillgänglighet</a> | <a href="/utskrift{path}" rel="nofollow">Skriv ut sidan</a> | <a href="/admin/" rel="nofollow">Redaktörsinloggning</a></p>
</div>
</div>
<!-- sidan skapad av sida.php rev 2.3 -->
</body>
</html>
'''


NEWS = [
    ('2025-10-06-sok-sociala-investeringsmedel-for-2026.html', 'Sök sociala investeringsmedel för 2026', '2025-10-06',
     f'''<p class="ingress">Nu kan kommunens verksamheter söka sociala investeringsmedel för 2026. Ansökan ska vara inne senast den 15 november.</p>
<p>För 2026 finns 1,5 miljoner kronor att söka. Pengarna ska gå till förebyggande insatser för barn, unga och äldre. Föreningar kan vara med som samarbetspartner men inte söka själva.</p>
<p>Läs mer på sidan <a href="{FUND}sa-soker-du/">Så söker du</a>.</p>'''),
    ('2025-09-15-hostens-oppettider-pa-biblioteken.html', 'Höstens öppettider på biblioteken', '2025-09-15',
     '<p class="ingress">Från den 15 september gäller höstens öppettider på biblioteken i Hammarstrand, Bispgården och Stugun.</p><p>Meröppet i Hammarstrand alla dagar kl. 7–22.</p>'),
    ('2025-08-26-kommunstyrelsen-fordelade-sociala-investeringsmedel.html', 'Kommunstyrelsen fördelade sociala investeringsmedel', '2025-08-26',
     '''<p class="ingress">Kommunstyrelsen beslutade den 19 augusti om sociala investeringsmedel för hösten 2025.</p>
<p>Två ansökningar beviljades: Fritidsbussen får 380 000 kronor för att köra även under 2026, och Ungdomscoach får en förlängning med 250 000 kronor. En ansökan om naturskola i Döviken fick avslag eftersom den liknade ordinarie verksamhet.</p>
<p>Totalt har kommunen nu fördelat 4,1 miljoner kronor i sociala investeringsmedel sedan 2021.</p>'''),
    ('2025-06-10-vi-soker-folkhalsosamordnare.html', 'Vi söker en folkhälsosamordnare', '2025-06-10',
     '<p class="ingress">Ragunda kommun söker en folkhälsosamordnare. Läs mer under <a href="/jobb/folkhalsosamordnare/">Lediga jobb</a>.</p>'),
    ('2025-05-20-sommarens-badplatser.html', 'Sommarens badplatser', '2025-05-20',
     '<p class="ingress">Kommunens badplatser i Hammarstrand, Stugun och Döviken öppnar till midsommar. Vattenprover tas varannan vecka.</p>'),
    ('2025-02-12-laxhjalpen-i-bispgarden-vaxer.html', 'Läxhjälpen i Bispgården växer', '2025-02-12',
     f'''<p class="ingress">Allt fler elever kommer till läxhjälpen på Bispgårdens skola. I vinter deltar ett trettiotal elever varje vecka.</p>
<p>Läxhjälpen startade i höstas med hjälp av sociala investeringsmedel. Lärare och ungdomar från gymnasiet hjälper till två eftermiddagar i veckan, och alla får ett mellanmål.</p>
<p>– Jag klarar mattetesterna nu, det gjorde jag inte förut, säger Elin i årskurs 8.</p>
<p><a href="{P4}">Läs mer om läxhjälpen i Bispgården</a></p>'''),
    ('2024-11-28-rapport-om-de-sociala-investeringsmedlen.html', 'Ny rapport om de sociala investeringsmedlen', '2024-11-28',
     f'''<p class="ingress">En uppföljning av kommunens sociala investeringsmedel 2021–2024 visar att insatserna nått fler än 300 barn, unga och äldre.</p>
<p>Rapporten har tagits fram av kommunens kvalitetsstrateg. Den pekar också på att det är svårt för en liten kommun att mäta ekonomiska effekter och föreslår enklare uppföljning.</p>
<p>Läs mer på sidan <a href="{FUND}uppfoljning/">Uppföljning</a>.</p>'''),
    ('2024-10-01-nya-platser-pa-forskolan-i-stugun.html', 'Nya platser på förskolan i Stugun', '2024-10-01',
     '<p class="ingress">Förskolan i Stugun utökas med en avdelning från januari 2025.</p>'),
]


def npath(f):
    return '/nyheter/' + f


def nlist(items):
    return '<ul class="nyhetslista">\n' + '\n'.join(
        f'<li><span class="datum">{d}</span> <a href="{npath(f)}">{t}</a></li>' for f, t, d, b in items) + '\n</ul>'


def build():
    pages = {}
    CK = [(KP, 'Kommun och politik')]
    CF = CK + [(FUND, 'Sociala investeringsmedel')]

    pages['/'] = page('/', 'Startsida', f'''<h1>Välkommen till Ragunda kommun</h1>
<p class="ingress">Ragunda – mitt i Jämtland, vid Indalsälven. Här bor drygt 5 000 invånare i Hammarstrand, Bispgården, Stugun, Döviken och byarna.</p>
<h2>Nyheter</h2>
{nlist(NEWS[:5])}
<p><a href="/nyheter/">Fler nyheter »</a></p>
<div class="puff"><h2>Fritidsbussen kör igen</h2><p>Varje fredag och lördag kör Fritidsbussen mellan byarna och Hammarstrand. <a href="{P1}">Läs mer om Fritidsbussen</a></p></div>''', [], right='''<div class="ruta"><h3>Genvägar</h3><ul>
<li><a href="/jobb/">Lediga jobb</a></li>
<li><a href="/bygga-och-bo/avfall/">Sophämtning</a></li>
<li><a href="/barn-och-utbildning/skolmat/">Skolmat</a></li>
<li><a href="/kommun-och-politik/kommunfullmaktige/">Sammanträden</a></li>
</ul></div>''')

    pages[KP] = page(KP, 'Kommun och politik', '''<h1>Kommun och politik</h1>
<p class="ingress">Här finns information om hur Ragunda kommun styrs, om politiska beslut och om kommunens ekonomi.</p>
<p>Kommunfullmäktige har 31 ledamöter och sammanträder sex gånger per år i Folkets hus i Hammarstrand. Sammanträdena är öppna för allmänheten.</p>''', [], KPMENU)

    pages[FUND] = page(FUND, 'Sociala investeringsmedel', f'''<h1>Sociala investeringsmedel</h1>
<p class="ingress">Ragunda kommun avsätter varje år pengar till sociala investeringar. Pengarna ska användas till förebyggande insatser som ger barn, unga och äldre bättre förutsättningar och som på sikt minskar behovet av dyra insatser.</p>
<p>Kommunfullmäktige beslutade 2021 att reservera 1 miljon kronor per år av kommunens resultat för sociala investeringar. Sedan 2024 är beloppet 1,5 miljoner kronor per år. Medlen söks av kommunens verksamheter, gärna i samverkan med föreningar, Region Jämtland Härjedalen eller andra. Kommunstyrelsen beslutar.</p>
<h2>Projekt som fått medel 2025</h2>
<ul>
<li><a href="{P1}">Fritidsbussen</a> – fritid i hela kommunen</li>
<li>Ungdomscoach (förlängning)</li>
</ul>
<p>Tidigare år: <a href="{FUND}beviljat-2024/">Beviljat 2024</a> | <a href="{FUND}beviljat-2023/">Beviljat 2023</a></p>
<h2>Kontakt</h2>
<p>Maria Jonsson, folkhälsosamordnare<br>Tel: 0696-68 21 45<br><a href="mailto:maria.jonsson@ragunda.se">maria.jonsson@ragunda.se</a></p>''', CK, KPMENU, LASOCKSA)

    pages[FUND + 'sa-soker-du/'] = page(FUND + 'sa-soker-du/', 'Så söker du', f'''<h1>Så söker du sociala investeringsmedel</h1>
<p class="ingress">Ansökan görs på en särskild blankett och skickas till kommunstyrelsen. Sista dag för ansökningar inför 2026 är den 15 november 2025.</p>
<ol>
<li>Prata med folkhälsosamordnaren om er idé.</li>
<li>Fyll i <a href="/dokument/ansokan-sociala-investeringsmedel.doc">ansökningsblanketten (Word)</a>.</li>
<li>Beskriv vad ni vill göra, för vem, hur länge och vad det kostar. Beskriv också hur ni ska följa upp resultatet.</li>
<li>Skicka ansökan till <a href="mailto:kommun@ragunda.se">kommun@ragunda.se</a>. Märk den "Sociala investeringsmedel".</li>
</ol>
<p>Kommunstyrelsens arbetsutskott bereder ansökningarna och kommunstyrelsen beslutar, oftast i februari.</p>''', CF, KPMENU)

    pages[FUND + 'regler/'] = page(FUND + 'regler/', 'Regler', '''<h1>Regler för sociala investeringsmedel</h1>
<ul>
<li>Insatsen ska vara förebyggande och vända sig till invånare i Ragunda kommun.</li>
<li>Insatsen får pågå i högst tre år.</li>
<li>Medlen får inte ersätta ordinarie verksamhet.</li>
<li>Minst två verksamheter, eller en verksamhet och en förening, ska samverka.</li>
<li>En enkel rapport ska lämnas till kommunstyrelsen varje år och när insatsen är slut.</li>
</ul>
<p>Reglerna antogs av kommunfullmäktige den 14 juni 2021, § 48. Beredningsgruppens arbetsmaterial finns på <a href="/intern/beredning-sociala-investeringar/">intranätet</a>.</p>''', CF, KPMENU)

    pages[FUND + 'uppfoljning/'] = page(FUND + 'uppfoljning/', 'Uppföljning', '''<h1>Uppföljning av sociala investeringsmedel</h1>
<p class="ingress">Hösten 2024 gjordes en uppföljning av de sociala investeringsmedlen för åren 2021–2024.</p>
<table class="tabell">
<tr><th>År</th><th>Antal ansökningar</th><th>Beviljade</th><th>Beviljat belopp</th></tr>
<tr><td>2021</td><td>4</td><td>2</td><td>820 000 kr</td></tr>
<tr><td>2022</td><td>3</td><td>1</td><td>450 000 kr</td></tr>
<tr><td>2023</td><td>5</td><td>2</td><td>960 000 kr</td></tr>
<tr><td>2024</td><td>4</td><td>2</td><td>1 240 000 kr</td></tr>
</table>
<p>Insatserna har nått fler än 300 personer. De flesta har fortsatt i någon form efter projekttiden. Uppföljningen föreslår att varje insats från 2025 ska ha två eller tre mätbara mål som följs upp varje år.</p>''', CF, KPMENU, LASOCKSA)

    pages[FUND + 'beviljat-2024/'] = page(FUND + 'beviljat-2024/', 'Beviljat 2024', f'''<h1>Sociala investeringsmedel beviljade 2024</h1>
<p>Kommunstyrelsen beviljade den 20 februari 2024 medel till följande insatser:</p>
<ul>
<li><strong>Ungdomscoach</strong> – arbetsmarknadsenheten, 640 000 kr</li>
<li><strong>Läxhjälp i Bispgården</strong> – barn- och utbildningsförvaltningen, 600 000 kr</li>
</ul>
<p>En ansökan om <a href="{DEAD}">Naturskola i Döviken</a> återkallades.</p>''', CF, KPMENU)

    pages[FUND + 'beviljat-2023/'] = page(FUND + 'beviljat-2023/', 'Beviljat 2023', f'''<h1>Sociala investeringsmedel beviljade 2023</h1>
<p>Kommunstyrelsen beviljade den 14 februari 2023 medel till följande insatser:</p>
<table class="tabell">
<tr><th>Insats</th><th>Ansvarig</th><th>Belopp</th></tr>
<tr><td><a href="{P2}">Sommarjobb i byarna</a></td><td>Arbetsmarknadsenheten</td><td>510 000 kr</td></tr>
<tr><td>Anhörigcafé i Hammarstrand</td><td>Vård och omsorg</td><td>450 000 kr</td></tr>
</table>''', CF, KPMENU)

    pages[P1] = page(P1, 'Fritidsbussen', f'''<h1>Fritidsbussen – fritid i hela kommunen</h1>
<p class="ingress">Fritidsbussen gör det möjligt för barn och unga i byarna att ta sig till fritidsaktiviteter i Hammarstrand och Bispgården på kvällar och helger.</p>
<p>Många unga i Ragunda bor långt från fritidsgård, idrottshall och simhall, och kollektivtrafiken går sällan på kvällar och helger. Det gör att barn i byarna inte kan delta i föreningsliv och fritidsaktiviteter på samma villkor som andra.</p>
<h2>Så fungerar det</h2>
<p>Bussen kör fredagar och lördagar mellan Stugun, Döviken, Bispgården och Hammarstrand. Det är gratis att åka för alla mellan 10 och 20 år. En fritidsledare finns med på bussen.</p>
<h2>Period och pengar</h2>
<p>Fritidsbussen startade i januari 2025 och ska köra till och med december 2026. Kommunstyrelsen har beviljat sammanlagt 760 000 kronor i sociala investeringsmedel, 380 000 kronor per år. Kultur- och fritidsenheten ansvarar i samarbete med Länstrafiken i Jämtlands län och Ragunda IK.</p>
<p>Tidtabell finns på fritidsgården och på kommunens Facebooksida.</p>''', CF, KPMENU)

    pages[P2] = page(P2, 'Sommarjobb i byarna', '''<h1>Sommarjobb i byarna</h1>
<p class="ingress">Insatsen är avslutad. Sommarjobb i byarna gav ungdomar i Ragundas byar ett första sommarjobb nära hemmet.</p>
<p>Sommarjobb i byarna pågick somrarna 2023 och 2024. Arbetsmarknadsenheten fick 510 000 kronor i sociala investeringsmedel. Ungdomar mellan 15 och 18 år fick arbeta tre veckor med bland annat skötsel av badplatser, hembygdsgårdar och föreningarnas anläggningar i Stugun, Döviken och Gevsjön.</p>
<h2>Resultat</h2>
<p>Sammanlagt fick 58 ungdomar sommarjobb, varav 21 som annars inte hade haft något jobb. Byaföreningarna har varit mycket nöjda och från 2025 ingår sommarjobben i kommunens ordinarie feriearbeten.</p>''', CF + [(FUND + 'beviljat-2023/', 'Beviljat 2023')], KPMENU)

    # omsorg
    CO = [('/omsorg-och-halsa/', 'Omsorg och hälsa')]
    OMENU = [('/omsorg-och-halsa/hemtjanst/', 'Hemtjänst'), ('/omsorg-och-halsa/sarskilt-boende/', 'Särskilt boende'),
             ('/omsorg-och-halsa/anhorigstod/', 'Anhörigstöd'), ('/omsorg-och-halsa/folkhalsa/', 'Folkhälsa'),
             ('/omsorg-och-halsa/individ-och-familj/', 'Individ och familj')]
    pages['/omsorg-och-halsa/'] = page('/omsorg-och-halsa/', 'Omsorg och hälsa', '''<h1>Omsorg och hälsa</h1>
<p class="ingress">Information om hemtjänst, särskilt boende, stöd till anhöriga, folkhälsa och stöd till individ och familj.</p>''', [], OMENU)
    pages['/omsorg-och-halsa/anhorigstod/'] = page('/omsorg-och-halsa/anhorigstod/', 'Anhörigstöd', '''<h1>Anhörigstöd</h1>
<p class="ingress">Vårdar eller stödjer du någon som är sjuk, äldre eller har en funktionsnedsättning? Då kan du få stöd av kommunens anhörigkonsulent.</p>
<p>Anhörigkonsulenten erbjuder enskilda samtal, anhöriggrupper och information om avlösning i hemmet. Stödet är kostnadsfritt.</p>
<p>Kontakt: anhörigkonsulent Birgitta Persson, tel 0696-68 22 30.</p>''', CO, OMENU)
    pages[P3] = page(P3, 'Anhörigcafé i Hammarstrand', '''<h1>Anhörigcafé i Hammarstrand</h1>
<p class="ingress">Anhörigcaféet är en mötesplats för dig som stöttar en närstående. Här kan du träffa andra i samma situation, få information och en stunds avkoppling.</p>
<p>Caféet är öppet varannan tisdag kl. 14–16 i Träffpunkten, Centralgatan 8 i Hammarstrand. Under tiden kan din närstående vara med på en aktivitet i rummet bredvid, med personal från hemtjänsten.</p>
<h2>Om insatsen</h2>
<p>Anhörigcaféet startade i april 2023 som en insats med sociala investeringsmedel. Vård och omsorg har fått 450 000 kronor för perioden april 2023 – mars 2026. Caféet drivs tillsammans med Röda Korset Ragunda och Svenska kyrkan.</p>
<p>Syftet är att anhöriga ska orka längre och att färre ska bli sjukskrivna. Hittills har ett fyrtiotal anhöriga besökt caféet regelbundet.</p>''', CO + [('/omsorg-och-halsa/anhorigstod/', 'Anhörigstöd')], OMENU)
    pages['/omsorg-och-halsa/folkhalsa/'] = page('/omsorg-och-halsa/folkhalsa/', 'Folkhälsa', f'''<h1>Folkhälsa och folkhälsorådet</h1>
<p class="ingress">Folkhälsoarbetet i Ragunda kommun leds av folkhälsorådet, där kommunen och Region Jämtland Härjedalen samarbetar.</p>
<p>Folkhälsorådet har fem ledamöter och sammanträder fyra gånger per år. Rådet har tagit fram en folkhälsoplan för 2024–2027 med tre prioriterade områden: barn och ungas uppväxtvillkor, psykisk hälsa och ett aktivt åldrande.</p>
<p>Folkhälsorådet har en budget på 300 000 kronor per år för mindre folkhälsoinsatser. Större förebyggande insatser kan få <a href="{FUND}">sociala investeringsmedel</a>.</p>
<h2>Folkhälsorådets ledamöter</h2>
<ul><li>Anna-Lena Berg (S), ordförande</li><li>Tomas Eriksson (C)</li><li>Kerstin Sundberg (M)</li><li>Två ledamöter från Region Jämtland Härjedalen</li></ul>''', CO, OMENU)

    # barn och utbildning
    CB = [('/barn-och-utbildning/', 'Barn och utbildning')]
    BMENU = [('/barn-och-utbildning/forskola/', 'Förskola'), ('/barn-och-utbildning/grundskola/', 'Grundskola'),
             ('/barn-och-utbildning/skolmat/', 'Skolmat'), ('/barn-och-utbildning/vuxenutbildning/', 'Vuxenutbildning')]
    pages['/barn-och-utbildning/'] = page('/barn-och-utbildning/', 'Barn och utbildning', '''<h1>Barn och utbildning</h1>
<p class="ingress">Förskolor, grundskolor och vuxenutbildning i Ragunda kommun.</p>''', [], BMENU)
    pages['/barn-och-utbildning/grundskola/'] = page('/barn-och-utbildning/grundskola/', 'Grundskola', '''<h1>Grundskola</h1>
<p class="ingress">Ragunda kommun har tre grundskolor: Hammarstrands skola (F–9), Bispgårdens skola (F–9) och Stuguns skola (F–6).</p>
<p>Läsåret 2025/2026 börjar den 19 augusti och slutar den 12 juni.</p>''', CB, BMENU)
    pages[P4] = page(P4, 'Läxhjälp i Bispgården', '''<h1>Läxhjälp i Bispgården</h1>
<p class="ingress">På Bispgårdens skola finns läxhjälp två eftermiddagar i veckan för elever i årskurs 4–9.</p>
<p>Läxhjälpen är öppen måndagar och onsdagar kl. 15–17 i skolans bibliotek. Lärare och gymnasieungdomar som arbetar extra hjälper eleverna, och alla får ett mellanmål. Skolskjutsen går efter läxhjälpen så att även elever från byarna kan stanna kvar.</p>
<h2>Fakta</h2>
<p>Ansvarig: Barn- och utbildningsförvaltningen, Bispgårdens skola<br>
Period: augusti 2024 – juni 2027<br>
Finansiering: 600 000 kronor i sociala investeringsmedel<br>
Målgrupp: Elever i årskurs 4–9 på Bispgårdens skola</p>
<p>Målet är att fler elever ska nå behörighet till gymnasiet. Vårterminen 2024 var andelen behöriga på skolan 74 procent.</p>''', CB + [('/barn-och-utbildning/grundskola/', 'Grundskola')], BMENU)

    # arbete
    AMENU = [('/arbete-och-naringsliv/arbetsmarknadsenheten/', 'Arbetsmarknadsenheten'), ('/arbete-och-naringsliv/foretagare/', 'För företagare'), ('/jobb/', 'Lediga jobb')]
    pages['/arbete-och-naringsliv/'] = page('/arbete-och-naringsliv/', 'Arbete och näringsliv', '''<h1>Arbete och näringsliv</h1>
<p class="ingress">Kommunens arbetsmarknadsenhet hjälper dig som söker jobb, och näringslivsenheten stöttar företagare.</p>
<p>Arbetsmarknadsenheten finns i Hammarstrand och samarbetar med Arbetsförmedlingen och Jämtlands gymnasieförbund.</p>''', [], AMENU)
    pages[P5] = page(P5, 'Ungdomscoach', '''<h1>Ungdomscoach</h1>
<p class="ingress">Är du mellan 16 och 24 år och varken studerar eller arbetar? Då kan du få hjälp av kommunens ungdomscoach att hitta vägen till jobb eller studier.</p>
<p>Ungdomscoachen träffar dig där det passar dig – på arbetsmarknadsenheten, på biblioteket eller på en promenad. Tillsammans gör ni en plan och coachen följer med till Arbetsförmedlingen, vuxenutbildningen eller en praktikplats.</p>
<h2>Om satsningen</h2>
<p>Ungdomscoach är en social investering. Arbetsmarknadsenheten fick 640 000 kronor i sociala investeringsmedel för 2024–2025, och kommunstyrelsen har beviljat en förlängning med 250 000 kronor för 2026. Socialtjänsten och Jämtlands gymnasieförbund är samarbetspartner.</p>
<p>Hittills har 34 ungdomar fått stöd, och 19 av dem har börjat arbeta eller studera.</p>
<p>Kontakt: ungdomscoach Jonas Sjödin, tel 070-318 44 62.</p>''', [('/arbete-och-naringsliv/', 'Arbete och näringsliv')], AMENU)

    # A–Ö
    ao = [('Anhörigstöd', '/omsorg-och-halsa/anhorigstod/'), ('Avfall och sophämtning', '/bygga-och-bo/avfall/'),
          ('Badplatser', '/fritid-och-kultur/badplatser/'), ('Bibliotek', '/fritid-och-kultur/bibliotek/'),
          ('Bygglov', '/bygga-och-bo/bygglov/'), ('Färdtjänst', '/omsorg-och-halsa/fardtjanst/'),
          ('Folkhälsa', '/omsorg-och-halsa/folkhalsa/'), ('Förskola', '/barn-och-utbildning/forskola/'),
          ('Grundskola', '/barn-och-utbildning/grundskola/'), ('Hemtjänst', '/omsorg-och-halsa/hemtjanst/'),
          ('Kommunfullmäktige', '/kommun-och-politik/kommunfullmaktige/'), ('Lediga jobb', '/jobb/'),
          ('Näringsliv', '/arbete-och-naringsliv/foretagare/'), ('Skolmat', '/barn-och-utbildning/skolmat/'),
          ('Sociala investeringsmedel', FUND), ('Särskilt boende', '/omsorg-och-halsa/sarskilt-boende/'),
          ('Ungdomscoach', P5), ('Vatten och avlopp', '/bygga-och-bo/vatten-och-avlopp/'),
          ('Vuxenutbildning', '/barn-och-utbildning/vuxenutbildning/'), ('Äldreomsorg', '/omsorg-och-halsa/hemtjanst/')]
    groups = {}
    for name, href in ao:
        groups.setdefault(name[0], []).append((name, href))
    body = '<h1>A–Ö</h1>\n<p>Här hittar du kommunens tjänster och verksamheter i bokstavsordning.</p>\n'
    for letter, items in groups.items():
        body += f'<h2>{letter}</h2>\n<ul>\n' + '\n'.join(f'<li><a href="{h}">{n}</a></li>' for n, h in items) + '\n</ul>\n'
    pages['/a-o/'] = page('/a-o/', 'A–Ö', body, [])

    # news
    pages['/nyheter/'] = page('/nyheter/', 'Nyheter', '<h1>Nyheter</h1>\n' + nlist(NEWS[:5]) + '\n<p class="bladdra"><a href="/nyheter/sida-2/">Äldre nyheter »</a></p>', [])
    pages['/nyheter/sida-2/'] = page('/nyheter/sida-2/', 'Nyheter sida 2', '<h1>Nyheter</h1>\n' + nlist(NEWS[5:]) + '\n<p class="bladdra"><a href="/nyheter/">« Nyare nyheter</a></p>', [('/nyheter/', 'Nyheter')])
    for f, t, d, b in NEWS:
        pages[npath(f)] = page(npath(f), t, f'<h1>{t}</h1>\n<p class="datum">Publicerad {d}</p>\n{b}', [('/nyheter/', 'Nyheter')], updated=d)

    # jobs
    pages['/jobb/'] = page('/jobb/', 'Lediga jobb', '''<h1>Lediga jobb</h1>
<ul><li><a href="/jobb/folkhalsosamordnare/">Folkhälsosamordnare</a>, sista ansökningsdag 2025-10-31</li>
<li><a href="/jobb/sjukskoterska-hemsjukvard/">Sjuksköterska hemsjukvård</a></li></ul>''', [])
    pages['/jobb/folkhalsosamordnare/'] = page('/jobb/folkhalsosamordnare/', 'Folkhälsosamordnare', '''<h1>Folkhälsosamordnare</h1>
<p class="ingress">Ragunda kommun söker en folkhälsosamordnare på heltid med placering i kommunhuset i Hammarstrand.</p>
<h2>Arbetsuppgifter</h2>
<p>Du samordnar kommunens folkhälsoarbete och är sekreterare i folkhälsorådet. Du ansvarar också för kommunens sociala investeringsmedel: du ger råd till verksamheter som vill söka, bereder ansökningarna och sammanställer den årliga uppföljningen till kommunstyrelsen.</p>
<h2>Kvalifikationer</h2>
<p>Högskoleutbildning inom folkhälsovetenskap eller liknande. B-körkort är ett krav.</p>
<p>Tillträde: 1 januari 2026 eller enligt överenskommelse. Sista ansökningsdag: 2025-10-31. Ansökan via Offentliga jobb.</p>''', [('/jobb/', 'Lediga jobb')])

    for p, html in pages.items():
        write(H, p, html)
    write(H, '/robots.txt', '''# robots.txt för www.ragunda.se
User-agent: *
Disallow: /admin/
Disallow: /sok/
Disallow: /utskrift/
Disallow: /intern/
Disallow: /dokument/internt/
''')
    return pages


if __name__ == '__main__':
    print(len(build()))
