"""Region Värmland (länskod 17), its site 'Social hållbarhet i Värmland' on the host socialhallbarhet.regionvarmland.se
(the main host www.regionvarmland.se was used in heldout_sites6) on WORDPRESS 6.8.3 with the BLOCKSY theme, a child
theme 'rv-socialhallbarhet' and Slim SEO – heldout_sites34.

A NEWS-LIKE SITE: permalinks /%year%/%monthnum%/%postname%/, so EVERY PROJECT PAGE IS A POST UNDER A DATED PATH
(/2025/11/tidigt-stod-i-hagfors-…/). Archives: the posts page /aktuellt/ with PLAIN NUMBERED PAGINATION (/aktuellt/page/2/,
/page/3/, six posts a page, 'Nästa'), category archives /kategori/<slug>/, tag archives /amne/<slug>/ (tag base 'amne'),
author archives /author/<nicename>/ and year archives /<yyyy>/ (the sidebar's 'Arkiv' widget). THE ARCHIVES (category,
tag, author, year) SHOW SIX POSTS AND A 'VISA FLER INLÄGG' BUTTON instead of a pager: the child theme's load-more
script reads data-endpoint, a REST URL under /wp-json/wp/v2/posts?…&page=2 (robots.txt forbids /wp-json/); the
archives' /page/2/ addresses are linked nowhere (and not saved). Every internal link is an absolute https URL, as
WordPress writes them. Every post announces an AMP copy <post>/amp/ (the AMP plugin in reader mode; its
rel=canonical names the post). No sitemap (robots.txt has no Sitemap line; the core sitemaps are switched off).

Projects (posts in the category 'Sociala investeringsmedel', each one project's presentation with a fact box 'Fakta om
projektet'): R1 Tidigt stöd i Hagfors, R2 Närvarobryggan (Säffle and Årjäng), R3 Vägval (Kristinehamn) – linked from
the fund page; R4 Seniorlots i Arvika and R5 Ung fritid i Grums (finished) – behind the category's load-more button,
reached through /aktuellt/page/3/, the year archives and tag archives.
"""
import json

from make_common import write, esc, hexid

H = 'socialhallbarhet.regionvarmland.se'
SITE = 'Social hållbarhet i Värmland'
B = f'https://{H}'


def u(p):
    return B + p


# ----------------------------------------------------------------------------------------------------- taxonomies
CATS = {'sociala-investeringsmedel': (7, 'Sociala investeringsmedel'), 'folkhalsa': (3, 'Folkhälsa'),
        'evenemang': (5, 'Evenemang'), 'nyheter': (1, 'Nyheter')}
TAGS = {'barn-och-unga': (11, 'Barn och unga'), 'familj': (12, 'Familj'), 'skola': (13, 'Skola'),
        'unga-vuxna': (14, 'Unga vuxna'), 'aldre': (15, 'Äldre'), 'fritid': (16, 'Fritid'),
        'psykisk-halsa': (17, 'Psykisk hälsa'), 'uppfoljning': (18, 'Uppföljning'), 'arbete': (19, 'Arbete')}
AUTHORS = {'maria-lindahl': (2, 'Maria Lindahl'), 'erik-sandberg': (3, 'Erik Sandberg')}

# ----------------------------------------------------------------------------------------------------------- pages
START = '/'
AKT = '/aktuellt/'
FOND = '/sociala-investeringsmedel/'
SOKA = FOND + 'sa-soker-ni/'
STOD = '/stod-till-kommunerna/'
FORALDER = STOD + 'foraldraskapsstod-i-varmland/'
OM = '/om-oss/'
KONTAKT = '/kontakt/'
TILLG = '/tillganglighetsredogorelse/'
INTEG = '/integritetspolicy/'


def facts(rows):
    lis = ''.join(f'\n<li><strong>{k}:</strong> {v}</li>' for k, v in rows)
    return f'''
<div class="wp-block-group faktaruta has-background is-layout-flow wp-block-group-is-layout-flow" style="background-color:#eef4f1">
<h2 class="wp-block-heading" id="fakta-om-projektet">Fakta om projektet</h2>
<ul class="wp-block-list">{lis}
</ul>
</div>'''


P = []   # posts, newest first after sorting


def post(key, date, time, slug, title, cats, tags, author, excerpt, body):
    y, m, _ = date.split('-')
    P.append({'key': key, 'date': date, 'time': time, 'slug': slug, 'title': title, 'cats': cats, 'tags': tags,
              'author': author, 'excerpt': excerpt, 'body': body, 'path': f'/{y}/{m}/{slug}/',
              'id': 1000 + int(hexid(slug, 4), 16) % 3000})


# ---------------------------------------------------------------------------------------------------- projects
post('R1', '2025-11-18', '09:12', 'tidigt-stod-i-hagfors-ska-na-familjer-innan-problemen-vaxer',
     'Tidigt stöd i Hagfors ska nå familjer innan problemen växer', ['sociala-investeringsmedel'],
     ['barn-och-unga', 'familj'], 'maria-lindahl',
     'Hagfors kommun får 2,4 miljoner kronor ur Region Värmlands sociala investeringsmedel för projektet Tidigt stöd i Hagfors.',
     '''
<p class="has-medium-font-size"><strong>Hagfors kommun får 2,4 miljoner kronor ur Region Värmlands sociala investeringsmedel för projektet Tidigt stöd i Hagfors. Projektet ska ge familjer med små barn hjälp tidigt, innan svårigheterna hinner växa.</strong></p>

<p>I Hagfors kommun har andelen barn som får insatser från socialtjänsten ökat under flera år, samtidigt som många familjer bor långt från service. I projektet bildar barnhälsovården, förskolan och socialtjänstens öppenvård ett gemensamt team som möter familjerna där de redan finns: på BVC, i förskolan och på öppna förskolan i Ekshärad.</p>

<p>– Vi vill att det ska vara lika lätt att få stöd i föräldraskapet som att gå på tremånaderskontrollen, säger projektledaren på Hagfors kommun.</p>

<h2 class="wp-block-heading">Så ska projektet arbeta</h2>

<p>Teamet erbjuder hembesök, föräldragrupper med programmet Vägledande samspel och en lättillgänglig rådgivning utan remiss. Två familjebehandlare anställs på heltid i projektet. Arbetet följs upp av Region Värmlands analysenhet med en socioekonomisk beräkning.</p>
''' + facts([('Projektägare', 'Hagfors kommun'),
             ('Samverkansparter', 'Barnhälsovården i Region Värmland, förskolorna i Hagfors kommun och Svenska kyrkan i Ekshärad'),
             ('Period', '1 januari 2026 – 31 december 2028'),
             ('Beviljade medel', '2 400 000 kronor'),
             ('Målgrupp', 'Familjer med barn 0–6 år i Hagfors kommun'),
             ('Bemanning', 'Två familjebehandlare på heltid')]))

post('R2', '2025-06-10', '13:40', 'narvarobryggan-ska-fa-fler-elever-tillbaka-till-skolan',
     'Närvarobryggan ska få fler elever tillbaka till skolan', ['sociala-investeringsmedel'],
     ['barn-och-unga', 'skola'], 'erik-sandberg',
     'Säffle och Årjäng startar projektet Närvarobryggan för elever med hög frånvaro. Projektet får 3,1 miljoner kronor.',
     '''
<p class="has-medium-font-size"><strong>Säffle kommun och Årjängs kommun startar projektet Närvarobryggan för elever i årskurs 4–9 som har hög frånvaro. Region Värmland bidrar med 3,1 miljoner kronor ur de regionala sociala investeringsmedlen.</strong></p>

<p>Var sjätte elev i årskurs 7–9 i de två kommunerna hade läsåret 2023/24 mer än 20 procent frånvaro. I Närvarobryggan arbetar ett gemensamt närvaroteam med skolsocionomer och specialpedagoger tillsammans med barn- och ungdomspsykiatrin.</p>

<h2 class="wp-block-heading">Ett team för två kommuner</h2>

<p>Teamet finns på plats på sex skolor och tar kontakt med familjen redan när frånvaron börjar öka. Eleven får en plan för att komma tillbaka, och BUP kan snabbt konsultera när det finns tecken på psykisk ohälsa. Projektet pågår i tre läsår.</p>

<h2 class="wp-block-heading">Mål</h2>

<p>Målet är att den långa frånvaron ska minska med hälften och att fler elever ska bli behöriga till gymnasiet. Erfarenheterna ska spridas till länets övriga kommuner.</p>
''' + facts([('Projektägare', 'Säffle kommun'),
             ('Samverkansparter', 'Årjängs kommun och barn- och ungdomspsykiatrin (BUP) i Region Värmland'),
             ('Period', 'augusti 2025 – juni 2028'),
             ('Beviljade medel', '3 100 000 kronor'),
             ('Målgrupp', 'Elever i årskurs 4–9 med hög frånvaro och deras vårdnadshavare')]))

post('R3', '2025-09-16', '10:05', 'vagval-ska-hjalpa-unga-vuxna-i-kristinehamn-till-jobb-eller-studier',
     'Vägval ska hjälpa unga vuxna i Kristinehamn till jobb eller studier', ['sociala-investeringsmedel'],
     ['unga-vuxna', 'arbete'], 'maria-lindahl',
     'Projektet Vägval i Kristinehamn riktar sig till unga vuxna som varken arbetar eller studerar.',
     '''
<p class="has-medium-font-size"><strong>Projektet Vägval i Kristinehamn riktar sig till unga vuxna 18–29 år som varken arbetar eller studerar. Projektet startade i september och pågår i två år.</strong></p>

<p>Kristinehamns kommun har fått 1 300 000 kronor ur Region Värmlands sociala investeringsmedel. Samordningsförbundet Östra Värmland finansierar projektet med ytterligare 500 000 kronor, så att den totala budgeten blir 1 800 000 kronor.</p>

<p>I Vägval får varje deltagare en coach som följer hen hela vägen: från första mötet på ungdomsmottagningen eller biblioteket till praktik, komvux eller ett arbete. Coacherna samarbetar med Arbetsförmedlingen och med näringslivet i kommunen.</p>

<h2 class="wp-block-heading">Därför behövs projektet</h2>

<p>I Kristinehamn är omkring 400 unga vuxna varken i arbete eller studier. Att bli stående utanför i unga år ökar risken för långvarigt utanförskap och psykisk ohälsa.</p>
''' + facts([('Projektägare', 'Kristinehamns kommun'),
             ('Samverkansparter', 'Arbetsförmedlingen och Samordningsförbundet Östra Värmland'),
             ('Period', 'september 2025 – augusti 2027'),
             ('Budget', '1 800 000 kronor, varav 1 300 000 kronor ur regionens sociala investeringsmedel och 500 000 kronor från Samordningsförbundet Östra Värmland'),
             ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar')]))

post('R4', '2024-11-19', '08:30', 'seniorlots-ska-bryta-ensamheten-bland-aldre-i-arvika',
     'Seniorlots ska bryta ensamheten bland äldre i Arvika', ['sociala-investeringsmedel'], ['aldre'], 'erik-sandberg',
     'Arvika kommun får 1,2 miljoner kronor för projektet Seniorlots i Arvika.',
     '''
<p class="has-medium-font-size"><strong>Arvika kommun får 1,2 miljoner kronor ur Region Värmlands sociala investeringsmedel för projektet Seniorlots i Arvika. Projektet ska minska den ofrivilliga ensamheten bland äldre på landsbygden.</strong></p>

<p>Var tredje person över 75 år i Arvika kommun bor ensam, och många har långt till närmaste mötesplats. I projektet anställs två seniorlotsar som besöker äldre i hemmet, hjälper dem att hitta till aktiviteter och ordnar skjuts till träffpunkterna i Glava, Edane och Klässbol.</p>

<h2 class="wp-block-heading">Samarbete med civilsamhället</h2>

<p>Projektet drivs tillsammans med Arvika församling, Röda Korset och vårdcentralerna i Arvika, som tipsar om äldre som kan behöva kontakt. Projektet pågår under 2025 och 2026 och följs upp med enkäter om ensamhet och livskvalitet.</p>
''' + facts([('Projektägare', 'Arvika kommun'),
             ('Samverkansparter', 'Arvika församling, Röda Korset och vårdcentralerna i Arvika'),
             ('Period', 'januari 2025 – december 2026'),
             ('Beviljade medel', '1 200 000 kronor'),
             ('Målgrupp', 'Personer 75 år och äldre som känner sig ensamma')]))

post('R5', '2023-03-14', '11:20', 'ung-fritid-i-grums-ger-fler-barn-en-meningsfull-fritid',
     'Ung fritid i Grums ger fler barn en meningsfull fritid', ['sociala-investeringsmedel'],
     ['barn-och-unga', 'fritid'], 'maria-lindahl',
     'Grums kommun startar projektet Ung fritid i Grums för barn och unga som inte deltar i föreningslivet.',
     '''
<p class="has-text-align-left"><em>Uppdatering 17 januari 2025: Projektet är avslutat sedan december 2024. Grums kommun redovisar resultaten i en slutrapport under våren.</em></p>

<p class="has-medium-font-size"><strong>Grums kommun startar projektet Ung fritid i Grums för barn och unga 10–15 år som inte deltar i föreningslivet. Projektet får 950 000 kronor ur Region Värmlands sociala investeringsmedel.</strong></p>

<p>Bara hälften av barnen i åldern 10–15 år i Grums är med i en förening, och andelen är lägre i familjer med låga inkomster. I projektet erbjuder fritidsgården, idrottsföreningarna och Studiefrämjandet kostnadsfria aktiviteter efter skolan, och en fritidslots hjälper barn och föräldrar att hitta rätt.</p>

<p>Projektet pågår från januari 2023 till december 2024.</p>
''' + facts([('Projektägare', 'Grums kommun'),
             ('Samverkansparter', 'Grums IK, Grums simklubb och Studiefrämjandet Värmland'),
             ('Period', 'januari 2023 – december 2024'),
             ('Beviljade medel', '950 000 kronor'),
             ('Målgrupp', 'Barn och unga 10–15 år')]))

# ------------------------------------------------------------------------------------------------- look-alikes
post('N1', '2026-02-12', '09:00', 'nu-kan-kommunerna-soka-regionala-sociala-investeringsmedel-for-2027',
     'Nu kan kommunerna söka regionala sociala investeringsmedel för 2027', ['sociala-investeringsmedel'], [],
     'maria-lindahl', 'Ansökningsomgången för 2027 är öppen. Sista dag att söka är den 30 april 2026.', '''
<p class="has-medium-font-size"><strong>Nu är ansökningsomgången för regionala sociala investeringsmedel 2027 öppen. Värmlands kommuner kan söka medel för förebyggande insatser, ensamma eller tillsammans. Sista dag att söka är den 30 april 2026.</strong></p>

<p>Totalt finns 4 miljoner kronor att fördela. En ansökan kan gälla högst tre år, och kommunen ska själv stå för minst 30 procent av kostnaden. Regionens beredningsgrupp bedömer ansökningarna i maj, och regionstyrelsen beslutar i juni.</p>

<p>Läs mer om <a href="''' + u(SOKA) + '''">hur ni söker</a> och om <a href="''' + esc(u('/wp-admin/post.php?post=412&action=edit')) + '''">villkoren för medlen</a>.</p>

<h2 class="wp-block-heading">Frågor?</h2>

<p>Kontakta utvecklingsledaren för sociala investeringar på Region Värmland, <a href="mailto:socialainvesteringar@regionvarmland.se">socialainvesteringar@regionvarmland.se</a>.</p>
''')

post('N2', '2026-01-20', '14:15', 'seminarium-12-mars-hur-mater-vi-effekterna-av-sociala-investeringar',
     'Seminarium 12 mars: Hur mäter vi effekterna av sociala investeringar?', ['evenemang', 'sociala-investeringsmedel'],
     ['uppfoljning'], 'erik-sandberg',
     'Välkommen till ett seminarium om hur kommunerna kan följa upp och mäta effekter av sociala investeringar.', '''
<p class="has-medium-font-size"><strong>Välkommen till ett seminarium om hur kommunerna kan följa upp och mäta effekterna av sociala investeringar. Seminariet vänder sig till tjänstepersoner och förtroendevalda i Värmlands kommuner.</strong></p>

<ul class="wp-block-list">
<li><strong>Datum:</strong> 12 mars 2026</li>
<li><strong>Tid:</strong> 09.00–12.00</li>
<li><strong>Plats:</strong> Region Värmlands hus, Karlstad, och digitalt</li>
<li><strong>Kostnad:</strong> Kostnadsfritt</li>
<li><strong>Sista anmälningsdag:</strong> 2 mars 2026</li>
<li><strong>Anmälan:</strong> via Region Värmlands anmälningsformulär</li>
<li><strong>Arrangör:</strong> Region Värmland</li>
<li><strong>Medverkande:</strong> analytiker från Region Värmland och SKR</li>
</ul>

<h2 class="wp-block-heading">Program</h2>

<p>Vi går igenom regionens modell för socioekonomisk analys och hör erfarenheter från kommuner som har följt upp sina projekt. Efter fikat arbetar vi i grupper med egna exempel.</p>
''')

post('N3', '2025-12-15', '15:30', 'vi-soker-en-utvecklingsledare-for-sociala-investeringar',
     'Vi söker en utvecklingsledare för sociala investeringar', ['nyheter', 'sociala-investeringsmedel'], [],
     'maria-lindahl', 'Region Värmland söker en utvecklingsledare med inriktning på sociala investeringar.', '''
<p class="has-medium-font-size"><strong>Region Värmland söker en utvecklingsledare som ska stödja länets kommuner i arbetet med sociala investeringar.</strong></p>

<h2 class="wp-block-heading">Om tjänsten</h2>

<p>Du handleder kommunerna när de tar fram ansökningar, samordnar uppföljningen av de projekt som har fått medel och utvecklar regionens modell för socioekonomisk analys.</p>

<h2 class="wp-block-heading">Kvalifikationer</h2>

<p>Du har en akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller nationalekonomi och erfarenhet av att leda utvecklingsarbete tillsammans med kommuner.</p>

<ul class="wp-block-list">
<li>Anställningsform: Tillsvidareanställning</li>
<li>Omfattning: Heltid</li>
<li>Tillträde: Enligt överenskommelse</li>
<li>Sista ansökningsdag: 11 januari 2026</li>
<li>Referensnummer: RV 2025/1187</li>
</ul>

<p>Ansök via <a href="https://regionvarmland.varbi.com/">Region Värmlands rekryteringssystem</a>.</p>
''')

post('N4', '2025-10-28', '10:45', 'regionstyrelsen-avsatter-12-miljoner-kronor-till-sociala-investeringsmedel',
     'Regionstyrelsen avsätter 12 miljoner kronor till sociala investeringsmedel', ['sociala-investeringsmedel'], [],
     'erik-sandberg', 'Regionstyrelsen har beslutat att avsätta 12 miljoner kronor till sociala investeringsmedel 2026–2028.', '''
<p class="has-medium-font-size"><strong>Regionstyrelsen har beslutat att avsätta 12 miljoner kronor till regionala sociala investeringsmedel för åren 2026–2028, det vill säga 4 miljoner kronor per år.</strong></p>

<p>Medlen ska användas till förebyggande arbete i länets kommuner som minskar skillnaderna i hälsa och livsvillkor. Sedan starten 2019 har medlen fördelats till 23 projekt i 14 kommuner.</p>

<p>– Vi ser att de förebyggande projekten gör skillnad, och nu kan kommunerna planera långsiktigt, säger regionstyrelsens ordförande.</p>

<p>Beslutet innebär också att kommunernas egen andel höjs från 20 till 30 procent.</p>
''')

post('N5', '2025-04-08', '09:30', 'uppfoljning-sa-har-de-sociala-investeringsmedlen-anvants-2019-2024',
     'Uppföljning: Så har de sociala investeringsmedlen använts 2019–2024', ['sociala-investeringsmedel'],
     ['uppfoljning'], 'maria-lindahl',
     'En ny uppföljning visar hur de regionala sociala investeringsmedlen har använts under åren 2019–2024.', '''
<p class="has-medium-font-size"><strong>En ny uppföljning visar hur de regionala sociala investeringsmedlen har använts under åren 2019–2024 och vad projekten har gett.</strong></p>

<p>Under perioden fördelades 21,5 miljoner kronor till 21 projekt i 13 kommuner. Hälften av projekten riktade sig till barn och unga, en fjärdedel till unga vuxna och resten till äldre och till familjer.</p>

<h2 class="wp-block-heading">De viktigaste resultaten</h2>

<ul class="wp-block-list">
<li>Tolv av projekten har helt eller delvis blivit ordinarie verksamhet.</li>
<li>Projekten som hade en tydlig målgrupp och en plan för uppföljning från start nådde oftare sina mål.</li>
<li>Samverkan med civilsamhället var en framgångsfaktor i projekten för äldre.</li>
</ul>

<p>Uppföljningen har gjorts av Region Värmlands analysenhet. Rapporten kan beställas via <a href="mailto:socialainvesteringar@regionvarmland.se">socialainvesteringar@regionvarmland.se</a>.</p>
''')

# ------------------------------------------------------------------------------------------------- other posts
post('u1', '2025-12-02', '08:00', 'liv-och-halsa-ung-2026-enkaten-skickas-ut-till-skolorna',
     'Liv och hälsa ung 2026: enkäten skickas ut till skolorna', ['folkhalsa'], ['barn-och-unga', 'psykisk-halsa'],
     'erik-sandberg', 'Under våren besvarar elever i årskurs 7, 9 och gymnasiets år 2 enkäten Liv och hälsa ung.', '''
<p>Under våren 2026 besvarar elever i årskurs 7, 9 och gymnasiets år 2 i hela Värmland enkäten Liv och hälsa ung. Enkäten handlar om hälsa, skola, fritid och trygghet.</p>

<p>Resultaten redovisas för varje kommun i oktober 2026.</p>
''')
post('u2', '2025-10-07', '09:00', 'valkommen-till-var-nya-webbplats', 'Välkommen till vår nya webbplats', ['nyheter'], [],
     'maria-lindahl', 'Social hållbarhet i Värmland har fått en ny webbplats.', '''
<p>Social hållbarhet i Värmland har fått en ny webbplats. Här samlar Region Värmland nyheter om folkhälsa, social hållbarhet och stödet till kommunerna.</p>

<p>Hör gärna av dig om du saknar något.</p>
''')
post('u3', '2025-08-26', '13:00', 'barnrattsdagarna-i-karlstad-presentationer-och-filmer',
     'Barnrättsdagarna i Karlstad – presentationer och filmer', ['evenemang'], ['barn-och-unga'], 'erik-sandberg',
     'Nu finns presentationer och filmer från Barnrättsdagarna.', '''
<p>Nu finns presentationerna och filmerna från Barnrättsdagarna i Karlstad. Över 300 deltagare diskuterade barns rätt till delaktighet i skolan och i samhällsplaneringen.</p>
''')
post('u4', '2025-05-20', '10:00', 'ny-strategi-for-psykisk-halsa-och-suicidprevention',
     'Ny strategi för psykisk hälsa och suicidprevention', ['folkhalsa'], ['psykisk-halsa'], 'maria-lindahl',
     'Regionfullmäktige har antagit en ny länsgemensam strategi för psykisk hälsa.', '''
<p>Regionfullmäktige har antagit en ny länsgemensam strategi för psykisk hälsa och suicidprevention för åren 2025–2030. Strategin pekar ut fyra fokusområden: barn och unga, äldre, arbetsliv och kompetens.</p>
''')
post('u5', '2025-03-11', '11:00', 'overenskommelse-om-barns-och-ungas-halsa-undertecknad',
     'Överenskommelse om barns och ungas hälsa undertecknad', ['folkhalsa'], ['barn-och-unga'], 'erik-sandberg',
     'Region Värmland och länets kommuner har undertecknat en överenskommelse om barns och ungas hälsa.', '''
<p>Region Värmland och länets sexton kommuner har undertecknat en överenskommelse om samverkan för barns och ungas hälsa. Överenskommelsen gäller tills vidare och följs upp varje år.</p>
''')
post('u6', '2024-10-01', '09:00', 'jamlik-halsa-2024-filmer-fran-konferensen', 'Jämlik hälsa 2024 – filmer från konferensen',
     ['evenemang'], [], 'maria-lindahl', 'Se filmerna från konferensen Jämlik hälsa 2024.', '''
<p>Nu kan du se filmerna från konferensen Jämlik hälsa 2024, där forskare och kommuner berättade om arbetet för att minska skillnaderna i hälsa.</p>
''')
post('u7', '2024-06-04', '10:30', 'sommarlovsaktiviteter-for-barn-och-unga-i-lanet',
     'Sommarlovsaktiviteter för barn och unga i länet', ['nyheter'], ['barn-och-unga', 'fritid'], 'erik-sandberg',
     'Länets kommuner erbjuder gratis sommarlovsaktiviteter.', '''
<p>Också i år erbjuder Värmlands kommuner gratis sommarlovsaktiviteter för barn och unga 6–15 år, med stöd av statsbidraget från Socialstyrelsen. Programmen finns på kommunernas webbplatser.</p>
''')
post('u8', '2024-03-12', '08:45', 'statistik-sa-mar-unga-i-varmland', 'Statistik: Så mår unga i Värmland', ['folkhalsa'],
     ['barn-och-unga', 'psykisk-halsa'], 'maria-lindahl', 'Ny statistik om ungas hälsa i Värmland.', '''
<p>Andelen unga i Värmland som uppger att de mår bra har minskat något sedan 2020, visar resultaten från Liv och hälsa ung 2023. Flickor i gymnasiet rapporterar oftast psykiska besvär.</p>
''')

P.sort(key=lambda p: (p['date'], p['time']), reverse=True)
BY = {p['key']: p for p in P}

PROJECTS = [BY[k]['path'] for k in ('R1', 'R2', 'R3', 'R4', 'R5')]
AMP_PROJECTS = [BY[k]['path'] + 'amp/' for k in ('R1', 'R2', 'R3', 'R4', 'R5')]
NOT_PROJECTS = [FOND, SOKA, BY['N1']['path'], BY['N2']['path'], BY['N3']['path'], BY['N4']['path'], BY['N5']['path'],
                FORALDER] + AMP_PROJECTS


def rest(query):
    return f'/wp-json/wp/v2/posts?{query}&per_page=6&page=2'


def year_query(y):
    return f'after={y}-01-01T00:00:00&before={int(y) + 1}-01-01T00:00:00'


POPULAR = ['/?s=sociala+investeringsmedel', '/?s=liv+och+h%C3%A4lsa']


def forbidden():
    return (['/wp-json/', f"/wp-json/wp/v2/posts/{BY['R1']['id']}", f"/wp-json/wp/v2/posts/{BY['R4']['id']}",
             rest('categories=7'), rest('tags=11'), rest('author=2'), rest(year_query('2025')),
             '/wp-login.php', '/wp-admin/post.php?post=412&action=edit', '/xmlrpc.php?rsd'] + POPULAR)


# --------------------------------------------------------------------------------------------------- archives
def archive_members():
    out = {}
    for slug in CATS:
        out[f'/kategori/{slug}/'] = ('cat', slug, [p for p in P if slug in p['cats']])
    for slug in TAGS:
        out[f'/amne/{slug}/'] = ('tag', slug, [p for p in P if slug in p['tags']])
    for slug in AUTHORS:
        out[f'/author/{slug}/'] = ('author', slug, [p for p in P if p['author'] == slug])
    for y in sorted({p['date'][:4] for p in P}, reverse=True):
        out[f'/{y}/'] = ('year', y, [p for p in P if p['date'].startswith(y)])
    return {k: v for k, v in out.items() if v[2]}


ARCHIVES = archive_members()

# ----------------------------------------------------------------------------------------------------- chrome
MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
          'november', 'december']


def sv_date(d):
    y, m, dd = d.split('-')
    return f'{int(dd)} {MONTHS[int(m) - 1]} {y}'


MENU = [('Start', START, []),
        ('Sociala investeringsmedel', FOND, [('Om medlen', FOND), ('Så söker ni', SOKA)]),
        ('Stöd till kommunerna', STOD, [('Föräldraskapsstöd i Värmland', FORALDER)]),
        ('Aktuellt', AKT, []), ('Om oss', OM, []), ('Kontakt', KONTAKT, [])]


def menu(current):
    out = ''
    for i, (t, p, sub) in enumerate(MENU):
        mid = 20 + i
        cls = f'menu-item menu-item-type-post_type menu-item-object-page menu-item-{mid}'
        if sub:
            cls += ' menu-item-has-children'
        if p == current:
            cls += ' current-menu-item'
        if sub:
            subs = ''.join(f'<li id="menu-item-{40 + i * 3 + j}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{40 + i * 3 + j}"><a href="{u(sp)}" class="ct-menu-link">{esc(st)}</a></li>'
                           for j, (st, sp) in enumerate(sub))
            out += (f'<li id="menu-item-{mid}" class="{cls} animated-submenu-block"><a href="{u(p)}" class="ct-menu-link">{esc(t)}'
                    f'<span class="ct-toggle-dropdown-desktop"><svg class="ct-icon" width="8" height="8" viewBox="0 0 15 15"><path d="M2.1,3.2l5.4,5.4l5.4-5.4L15,4.3l-7.5,7.5L0,4.3L2.1,3.2z"/></svg></span></a>'
                    f'<button class="ct-toggle-dropdown-desktop-ghost" aria-label="Expandera rullgardinsmenyn" aria-haspopup="true" aria-expanded="false"></button>'
                    f'<ul class="sub-menu">{subs}</ul></li>')
        else:
            out += f'<li id="menu-item-{mid}" class="{cls}"><a href="{u(p)}" class="ct-menu-link">{esc(t)}</a></li>'
    return out


def sidebar():
    latest = ''.join(f'<li><a href="{u(p["path"])}">{esc(p["title"])}</a></li>' for p in P[:5])
    cats = ''.join(f'<li class="cat-item cat-item-{cid}"><a href="{u("/kategori/" + slug + "/")}">{esc(name)}</a> ({len(ARCHIVES["/kategori/" + slug + "/"][2])})</li>'
                   for slug, (cid, name) in sorted(CATS.items(), key=lambda x: x[1][1]))
    years = ''.join(f'<option value="{u("/" + y + "/")}"> {y} &nbsp;({len(ARCHIVES["/" + y + "/"][2])})</option>'
                    for y in sorted({p['date'][:4] for p in P}, reverse=True))
    return f'''
	<aside class="ct-hidden-sm ct-hidden-md" data-type="type-1" id="sidebar" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
		<div class="ct-sidebar">
			<div class="ct-widget is-layout-flow widget_search" id="search-2"><form role="search" method="get" class="ct-search-form" action="{B}/" aria-haspopup="listbox"><input type="search" placeholder="Sök" value="" name="s" autocomplete="off" title="Sök efter…" aria-label="Sök efter…"><button type="submit" class="wp-element-button" aria-label="Sökknapp">Sök</button></form></div>
			<div class="ct-widget is-layout-flow widget_recent_entries" id="recent-posts-2"><h3 class="widget-title">Senaste inläggen</h3><ul>{latest}</ul></div>
			<div class="ct-widget is-layout-flow widget_categories" id="categories-2"><h3 class="widget-title">Kategorier</h3><ul>{cats}</ul></div>
			<div class="ct-widget is-layout-flow widget_archive" id="archives-2"><h3 class="widget-title"><label for="archives-dropdown-2">Arkiv</label></h3>
		<select id="archives-dropdown-2" name="archive-dropdown">
			<option value="">Välj år</option>{years}
		</select>
<script>
(function() {{
	var dropdown = document.getElementById( "archives-dropdown-2" );
	function onSelectChange() {{
		if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
			document.location.href = this.options[ this.selectedIndex ].value;
		}}
	}}
	dropdown.onchange = onSelectChange;
}})();
</script>
</div>
		</div>
	</aside>'''


def head(path, title, desc, og_type='website', json_alt=None, shortlink=None, amp=False, extra=''):
    ja = f'\n<link rel="alternate" title="JSON" type="application/json" href="{u(json_alt)}" />' if json_alt else ''
    sl = f"\n<link rel='shortlink' href='{B}/?p={shortlink}' />" if shortlink else ''
    am = f'\n<link rel="amphtml" href="{u(path)}amp/">' if amp else ''
    ld = json.dumps({'@context': 'https://schema.org', '@graph': [
        {'@type': 'WebSite', '@id': f'{B}/#website', 'url': f'{B}/', 'name': SITE, 'inLanguage': 'sv-SE'},
        {'@type': 'BlogPosting' if og_type == 'article' else 'WebPage', '@id': u(path) + '#webpage', 'url': u(path),
         'name': title, 'isPartOf': {'@id': f'{B}/#website'}}]}, ensure_ascii=False)
    return f'''<!doctype html>
<html lang="sv-SE">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
	<link rel="profile" href="https://gmpg.org/xfn/11">

<title>{esc(title)} – {SITE}</title>
<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="{u(path)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{u(path)}">
<meta property="og:locale" content="sv_SE">
<meta property="og:site_name" content="{SITE}">
<script type="application/ld+json">{ld}</script>
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Flöde" href="{B}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{B}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3' media='all' />
<link rel='stylesheet' id='ct-main-styles-css' href='{B}/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.1.14' media='all' />
<link rel='stylesheet' id='rv-child-css' href='{B}/wp-content/themes/rv-socialhallbarhet/style.css?ver=1.4.2' media='all' />
<link rel="https://api.w.org/" href="{B}/wp-json/" />{ja}
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{B}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.8.3" />{sl}{am}{extra}
<noscript><link rel='stylesheet' href='{B}/wp-content/themes/blocksy/static/bundle/no-scripts.min.css' type='text/css'></noscript>
</head>'''


def header(current):
    return f'''
<a class="skip-link show-on-focus" href="#main">Hoppa till innehåll</a>

<div class="ct-drawer-canvas" data-location="start"><div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Offcanvas-modal" inert=""><div class="ct-panel-inner"><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Stäng panelen"><svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg></button></div><div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner"><nav class="mobile-menu menu-container has-submenu" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" aria-label="Offcanvas-meny"><ul id="menu-huvudmeny-1" class="">{menu(current)}</ul></nav></div></div></div></div></div>
<div id="main-container">
	<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader"><div data-device="desktop"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><a href="{B}/" class="site-logo-container" rel="home" itemprop="url"><img width="260" height="64" src="{B}/wp-content/uploads/2025/09/rv-socialhallbarhet-logo.svg" class="default-logo" alt="Region Värmland – Social hållbarhet i Värmland" decoding="async" /></a></div>
</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<nav id="header-menu-1" class="header-menu-1 menu-container" data-id="menu" data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Huvudmeny"><ul id="menu-huvudmeny" class="menu">{menu(current)}</ul></nav>
<button class="ct-header-search ct-toggle " data-toggle-panel="#search-modal" aria-controls="search-modal" aria-label="Sök" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Sök</span><svg class="ct-icon ct-search-button-content" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8c0.1,0.1,0.3,0.2,0.5,0.2s0.4-0.1,0.5-0.2C15.1,14.5,15.1,14,14.8,13.7z M1.5,6.8c0-2.9,2.4-5.2,5.2-5.2S12,3.9,12,6.8S9.6,12,6.8,12S1.5,9.6,1.5,6.8z"/></svg></button>
</div></div></div></div></div></header>'''


def footer():
    return f'''
	<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="middle"><div class="ct-container"><div data-column="widget-area-1"><div class="ct-widget is-layout-flow widget_block" id="block-3">
<p><strong>Region Värmland</strong><br>Regional utveckling, Social hållbarhet<br>Box 1022, 651 15 Karlstad<br>Telefon 054-61 00 00<br><a href="https://www.regionvarmland.se/">www.regionvarmland.se</a></p>
</div></div><div data-column="widget-area-2"><div class="ct-widget is-layout-flow widget_nav_menu" id="nav_menu-2"><h3 class="widget-title">Om webbplatsen</h3><div class="menu-sidfot-container"><ul id="menu-sidfot" class="menu"><li class="menu-item"><a href="{u(TILLG)}">Tillgänglighetsredogörelse</a></li><li class="menu-item"><a href="{u(INTEG)}">Integritetspolicy och kakor</a></li><li class="menu-item"><a href="{u(KONTAKT)}">Kontakt</a></li><li class="menu-item"><a href="{B}/wp-login.php" rel="nofollow">Logga in</a></li></ul></div></div></div></div></div><div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright"><p>Copyright &copy; 2026 Region Värmland</p></div></div></div></div></footer></div>

<div id="search-modal" class="ct-panel" data-behaviour="modal" role="dialog" aria-label="Sökmodal" inert><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Stäng sökmodalen"></button></div><div class="ct-panel-content"><form role="search" method="get" class="ct-search-form" action="{B}/" aria-haspopup="listbox" data-live-results="thumbs"><input type="search" class="modal-field" placeholder="Sök" value="" name="s" autocomplete="off" title="Sök efter…" aria-label="Sök efter…"><div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="icon" aria-label="Sökknapp">Sök</button><input type="hidden" name="ct_post_type" value="post:page"></div></form>
<div class="rv-popular-searches"><span>Populära sökningar:</span> <a href="{B}{POPULAR[0]}">sociala investeringsmedel</a> <a href="{B}{POPULAR[1]}">liv och hälsa</a></div></div></div>
<script id="rv-load-more-js-extra">
var rvLoadMore = {{"restRoot":"{B.replace('/', chr(92) + '/')}\\/wp-json\\/","nonce":"{hexid('nonce', 10)}","i18n":{{"more":"Visa fler inl\\u00e4gg","loading":"Laddar\\u2026","none":"Inga fler inl\\u00e4gg"}}}};
</script>
<script src="{B}/wp-content/themes/blocksy/static/bundle/main.js?ver=2.1.14" id="ct-scripts-js"></script>
<script src="{B}/wp-content/themes/rv-socialhallbarhet/js/load-more.js?ver=1.4.2" id="rv-load-more-js"></script>
</body>
</html>
'''


def body_open(cls, prefix):
    return f'''
<body class="{cls} wp-theme-blocksy wp-child-theme-rv-socialhallbarhet" data-link="type-2" data-prefix="{prefix}" data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/WebPage">'''


def card(p):
    cat_links = ', '.join(f'<a href="{u("/kategori/" + c + "/")}" rel="tag" class="ct-term-{CATS[c][0]}">{CATS[c][1]}</a>' for c in p['cats'])
    return f'''
<article class="entry-card post-{p['id']} post type-post status-publish format-standard hentry {' '.join('category-' + c for c in p['cats'])}" data-reveal="bottom:no">
<h2 class="entry-title"><a href="{u(p['path'])}" rel="bookmark">{esc(p['title'])}</a></h2>
<ul class="entry-meta" data-type="simple:slash" data-id="meta_1"><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{p['date']}T{p['time']}:00+01:00">{sv_date(p['date'])}</time></li><li class="meta-categories" data-type="simple">{cat_links}</li></ul>
<div class="entry-excerpt"><p>{esc(p['excerpt'])}</p></div>
<a class="entry-button ct-button" data-alignment="left" href="{u(p['path'])}">Läs mer<span class="screen-reader-text"> om {esc(p['title'])}</span></a>
</article>'''


def archive(path):
    kind, slug, members = ARCHIVES[path]
    if kind == 'cat':
        cid, name = CATS[slug]
        title, h1, q, cls, jalt = name, f'Kategori: <span>{esc(name)}</span>', f'categories={cid}', f'archive category category-{slug} category-{cid}', f'/wp-json/wp/v2/categories/{cid}'
    elif kind == 'tag':
        tid, name = TAGS[slug]
        title, h1, q, cls, jalt = name, f'Ämne: <span>{esc(name)}</span>', f'tags={tid}', f'archive tag tag-{slug} tag-{tid}', f'/wp-json/wp/v2/tags/{tid}'
    elif kind == 'author':
        aid, name = AUTHORS[slug]
        title, h1, q, cls, jalt = name, f'Författare: <span>{esc(name)}</span>', f'author={aid}', f'archive author author-{slug} author-{aid}', f'/wp-json/wp/v2/users/{aid}'
    else:
        title, h1, q, cls, jalt = f'År: {slug}', f'År: <span>{slug}</span>', year_query(slug), 'archive date', None
    shown = members[:6]
    more = ''
    if len(members) > 6:
        pages = (len(members) + 5) // 6
        more = f'''
<div class="rv-load-more" data-endpoint="{esc(u(rest(q)))}" data-total-pages="{pages}" data-per-page="6">
<button type="button" class="ct-button rv-load-more__button" aria-controls="rv-entries">Visa fler inlägg</button>
<p class="rv-load-more__status" aria-live="polite"></p>
</div>'''
    cards = ''.join(card(p) for p in shown)
    desc = f'Inlägg i {title.lower() if kind != "author" else "författararkivet för " + title}.'
    return (head(path, title, desc, json_alt=jalt) + body_open(cls, 'categories') + header(None) + f'''
	<main id="main" class="site-main hfeed">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header"><h1 class="page-title" itemprop="headline">{h1}</h1></header></div>
<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom"><section>
<div class="entries" id="rv-entries" data-archive="default" data-layout="simple" data-cards="boxed">{cards}
</div>{more}
</section>{sidebar()}
</div>
	</main>''' + footer())


def akt_page(n):
    path = AKT if n == 1 else f'{AKT}page/{n}/'
    total = (len(P) + 5) // 6
    shown = P[(n - 1) * 6:n * 6]
    nums = ''
    for i in range(1, total + 1):
        href = u(AKT if i == 1 else f'{AKT}page/{i}/')
        nums += (f'<span aria-current="page" class="page-numbers current">{i}</span>' if i == n
                 else f'<a class="page-numbers" href="{href}">{i}</a>')
    prev = f'<a class="prev page-numbers" rel="prev" href="{u(AKT if n == 2 else f"{AKT}page/{n - 1}/")}">Föregående</a>' if n > 1 else ''
    nxt = f'<a class="next page-numbers" rel="next" href="{u(f"{AKT}page/{n + 1}/")}">Nästa</a>' if n < total else ''
    title = 'Aktuellt' if n == 1 else f'Aktuellt – sida {n}'
    cards = ''.join(card(p) for p in shown)
    return (head(path, title, 'Nyheter från Social hållbarhet i Värmland.') + body_open(f'blog{" paged paged-" + str(n) if n > 1 else ""}', 'blog') +
            header(AKT) + f'''
	<main id="main" class="site-main hfeed">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header"><h1 class="page-title" itemprop="headline">Aktuellt</h1><div class="page-description ct-hidden-sm"><p>Nyheter om folkhälsa, social hållbarhet och sociala investeringar i Värmland.</p></div></header></div>
<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom"><section>
<div class="entries" data-archive="default" data-layout="simple" data-cards="boxed">{cards}
</div>
<nav class="ct-pagination" data-pagination="simple" aria-label="Sidnumrering">{prev}<div class="ct-hidden-sm">{nums}</div>{nxt}</nav>
</section>{sidebar()}
</div>
	</main>''' + footer())


def single(p):
    cat_links = ', '.join(f'<a href="{u("/kategori/" + c + "/")}" rel="tag" class="ct-term-{CATS[c][0]}">{CATS[c][1]}</a>' for c in p['cats'])
    tag_links = ''.join(f'<a href="{u("/amne/" + t + "/")}" rel="tag">{TAGS[t][1]}</a>' for t in p['tags'])
    tags = f'''
<div class="entry-tags is-width-constrained"><span class="ct-module-title">Ämnen</span><div data-type="simple:none">{tag_links}</div></div>''' if p['tags'] else ''
    aid, aname = AUTHORS[p['author']]
    cls = (f'wp-singular post-template-default single single-post postid-{p["id"]} single-format-standard')
    return (head(p['path'], p['title'], p['excerpt'], og_type='article', json_alt=f'/wp-json/wp/v2/posts/{p["id"]}',
                 shortlink=p['id'], amp=True,
                 extra=f'\n<meta property="article:published_time" content="{p["date"]}T{p["time"]}:00+01:00">')
            + body_open(cls, 'single_blog_post') + header(None) + f'''
	<main id="main" class="site-main hfeed">
<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom"><section>
<article id="post-{p['id']}" class="post-{p['id']} post type-post status-publish format-standard hentry {' '.join('category-' + c for c in p['cats'])} {' '.join('tag-' + t for t in p['tags'])}">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header"><h1 class="page-title" itemprop="headline">{esc(p['title'])}</h1>
<ul class="entry-meta" data-type="simple:slash" data-id="meta_1"><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a class="ct-meta-element-author" href="{u('/author/' + p['author'] + '/')}" title="Inlägg av {aname}" rel="author" itemprop="url"><span itemprop="name">{aname}</span></a></li><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{p['date']}T{p['time']}:00+01:00">{sv_date(p['date'])}</time></li><li class="meta-categories" data-type="simple">{cat_links}</li></ul></header></div>
<div class="entry-content is-layout-constrained">{p['body']}</div>{tags}
<div class="ct-share-box is-width-constrained" data-location="bottom" data-type="type-1"><span class="ct-module-title">Dela</span><div data-icons-type="simple"><a href="https://www.facebook.com/sharer/sharer.php?u={u(p['path'])}" data-network="facebook" aria-label="Facebook" rel="noopener noreferrer nofollow" target="_blank">Facebook</a><a href="https://www.linkedin.com/shareArticle?url={u(p['path'])}" data-network="linkedin" aria-label="LinkedIn" rel="noopener noreferrer nofollow" target="_blank">LinkedIn</a></div></div>
</article>
</section>{sidebar()}
</div>
	</main>''' + footer())


def amp(p):
    return f'''<!doctype html>
<html amp lang="sv-SE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(p['title'])} – {SITE}</title>
<link rel="canonical" href="{u(p['path'])}">
<meta name="generator" content="AMP Plugin v2.5.5; mode=reader; theme=legacy">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-wp-header{{background:#1b5e45}}.amp-wp-header a{{color:#fff}}.amp-wp-article{{max-width:840px;margin:1.5em auto}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{B}/">{SITE}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(p['title'])}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{AUTHORS[p['author']][1]}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{p['date']}T{p['time']}:00+01:00">{sv_date(p['date'])}</time></div></header>
<div class="amp-wp-article-content">{p['body']}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Kategorier: {', '.join(f'<a href="{u("/kategori/" + c + "/")}" rel="category tag">{CATS[c][1]}</a>' for c in p['cats'])}</div></footer>
</article>
<footer class="amp-wp-footer"><div><p>&copy; {SITE}</p><a href="#top" class="back-to-top">Tillbaka till toppen</a></div></footer>
</body>
</html>
'''


def wp_page(path, title, content, desc, current=None, pid=None, crumbs=None):
    pid = pid or 100 + int(hexid(path, 3), 16) % 800
    cr = ''
    if crumbs:
        items = ''.join(f'<span class="item-0"><a href="{u(cp)}"><span>{esc(ct)}</span></a></span><span class="ct-separator">/</span>'
                        for ct, cp in crumbs)
        cr = f'<nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList"><span class="first-item"><a href="{B}/"><span>Start</span></a></span><span class="ct-separator">/</span>{items}<span class="last-item" aria-current="page"><span>{esc(title)}</span></span></nav>'
    return (head(path, title, desc, json_alt=f'/wp-json/wp/v2/pages/{pid}', shortlink=pid) +
            body_open(f'wp-singular page-template-default page page-id-{pid}', 'single_page') + header(current) + f'''
	<main id="main" class="site-main hfeed">
<div class="ct-container-full" data-content="narrow" data-vertical-spacing="top:bottom">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">{cr}<h1 class="page-title" itemprop="headline">{esc(title)}</h1></header></div>
<div class="entry-content is-layout-constrained">{content}</div>
</article>
</div>
	</main>''' + footer())


def start():
    latest = ''.join(f'''
<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="{u(p['path'])}">{esc(p['title'])}</a></h3><div class="wp-block-post-date"><time datetime="{p['date']}">{sv_date(p['date'])}</time></div></li>''' for p in P[:3])
    content = f'''
<div class="wp-block-cover alignfull rv-hero"><div class="wp-block-cover__inner-container">
<h1 class="wp-block-heading has-text-align-center">Social hållbarhet i Värmland</h1>
<p class="has-text-align-center">Region Värmland arbetar tillsammans med länets sexton kommuner för bättre och mer jämlika livsvillkor.</p>
</div></div>

<div class="wp-block-columns rv-puffs is-layout-flex">
<div class="wp-block-column"><h2 class="wp-block-heading"><a href="{u(FOND)}">Sociala investeringsmedel</a></h2><p>Regionen fördelar medel till kommunernas förebyggande projekt.</p></div>
<div class="wp-block-column"><h2 class="wp-block-heading"><a href="{u(FORALDER)}">Föräldraskapsstöd</a></h2><p>Stöd till föräldrar i hela länet.</p></div>
<div class="wp-block-column"><h2 class="wp-block-heading"><a href="{u('/kategori/folkhalsa/')}">Folkhälsa</a></h2><p>Nyheter och statistik om hälsan i Värmland.</p></div>
</div>

<h2 class="wp-block-heading">Senaste nytt</h2>
<ul class="wp-block-post-template is-layout-flow">{latest}
</ul>
<p><a href="{u(AKT)}">Alla nyheter</a></p>
'''
    return wp_page(START, SITE, content, 'Region Värmlands webbplats om social hållbarhet.', current=START, pid=2)


def fond():
    lis = ''.join(f'<li><a href="{u(BY[k]["path"])}">{n}</a> – {t}</li>'
                  for k, n, t in [('R1', 'Tidigt stöd i Hagfors', 'familjer med barn 0–6 år, 2026–2028'),
                                  ('R3', 'Vägval, Kristinehamn', 'unga vuxna 18–29 år, 2025–2027'),
                                  ('R2', 'Närvarobryggan, Säffle och Årjäng', 'elever med hög frånvaro, 2025–2028')])
    content = f'''
<p class="has-medium-font-size">Region Värmland fördelar varje år regionala sociala investeringsmedel till kommunernas förebyggande arbete. Medlen ska ge bättre livsvillkor och minska skillnaderna i hälsa i länet.</p>

<h2 class="wp-block-heading">Om medlen</h2>

<p>Regionstyrelsen avsätter pengarna och beslutar om vilka projekt som får medel. Kommunerna kan söka ensamma eller tillsammans, och ska själva stå för en del av kostnaden. Projekten följs upp av Region Värmlands analysenhet.</p>

<h2 class="wp-block-heading">Medlen i siffror</h2>

<ul class="wp-block-list rv-key-figures">
<li>Avsatt 2026–2028: 12 miljoner kronor</li>
<li>Projekt sedan 2019: 23</li>
<li>Kommuner som har fått medel: 14 av 16</li>
</ul>

<h2 class="wp-block-heading">Pågående projekt i urval</h2>

<ul class="wp-block-list">{lis}
</ul>

<p>Alla nyheter om medlen och de beviljade projekten finns under <a href="{u('/kategori/sociala-investeringsmedel/')}">Sociala investeringsmedel</a>.</p>

<p><a href="{u(SOKA)}">Så söker ni medel</a></p>
'''
    return wp_page(FOND, 'Regionala sociala investeringsmedel', content, 'Region Värmlands sociala investeringsmedel.',
                   current=FOND, pid=14)


def soka():
    content = f'''
<p class="has-medium-font-size">Här beskriver vi hur kommunerna söker regionala sociala investeringsmedel.</p>

<h2 class="wp-block-heading">Vem kan söka?</h2>
<p>Värmlands sexton kommuner kan söka, ensamma eller tillsammans med andra kommuner. Regionens egna verksamheter och civilsamhällets organisationer kan vara samverkansparter.</p>

<h2 class="wp-block-heading">Vad kan man söka för?</h2>
<p>Tidsbegränsade, förebyggande projekt som riktar sig till en avgränsad målgrupp och som går att följa upp.</p>

<h2 class="wp-block-heading">Hur går ansökan till?</h2>
<ol class="wp-block-list">
<li>Kontakta utvecklingsledaren och berätta om er idé.</li>
<li>Fyll i ansökningsmallen och bifoga en budget.</li>
<li>Skicka ansökan till Region Värmland senast den 30 april.</li>
</ol>

<h2 class="wp-block-heading">När får vi besked?</h2>
<p>Regionstyrelsen beslutar i juni, och projekten kan starta från och med januari året efter.</p>
'''
    return wp_page(SOKA, 'Så söker ni sociala investeringsmedel', content, 'Så söker kommunerna regionala sociala investeringsmedel.',
                   current=FOND, pid=16, crumbs=[('Regionala sociala investeringsmedel', FOND)])


def stod():
    content = f'''
<p>Region Värmland stöder kommunerna i det förebyggande arbetet med kunskap, analys, utbildning och regionala medel.</p>
<ul class="wp-block-list">
<li><a href="{u(FORALDER)}">Föräldraskapsstöd i Värmland</a></li>
<li><a href="{u(FOND)}">Regionala sociala investeringsmedel</a></li>
</ul>
'''
    return wp_page(STOD, 'Stöd till kommunerna', content, 'Region Värmlands stöd till kommunerna.', current=STOD, pid=18)


def foralder():
    content = '''
<p class="has-medium-font-size">Föräldraskapsstöd i Värmland ger föräldrar i hela länet tillgång till föräldragrupper, föreläsningar och stöd på nätet.</p>

<h2 class="wp-block-heading">Vad erbjuds?</h2>
<ul class="wp-block-list">
<li>Föräldragrupper med programmen ABC och Vägledande samspel i alla kommuner</li>
<li>Föreläsningar för föräldrar till tonåringar, varje termin</li>
<li>Utbildning av gruppledare för kommunernas personal</li>
</ul>

<h2 class="wp-block-heading">Bakgrund</h2>
<p>Föräldraskapsstödet startade 2018 som ett projekt som finansierades med regionala sociala investeringsmedel 2018–2020. Sedan januari 2021 ingår det i Region Värmlands ordinarie verksamhet och erbjuds alla kommuner i länet.</p>

<h2 class="wp-block-heading">Kontakt</h2>
<p>Samordnare för föräldraskapsstöd, <a href="mailto:foraldraskapsstod@regionvarmland.se">foraldraskapsstod@regionvarmland.se</a></p>
'''
    return wp_page(FORALDER, 'Föräldraskapsstöd i Värmland', content, 'Föräldraskapsstöd i hela Värmland.', current=STOD,
                   pid=20, crumbs=[('Stöd till kommunerna', STOD)])


def simple(path, title, text, pid):
    return wp_page(path, title, text, title, pid=pid)


def robots():
    return '''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /xmlrpc.php
Disallow: /?s=
Disallow: /*?s=
Crawl-delay: 2
'''


def build():
    write(H, '/robots.txt', robots())
    write(H, START, start())
    write(H, FOND, fond())
    write(H, SOKA, soka())
    write(H, STOD, stod())
    write(H, FORALDER, foralder())
    write(H, OM, simple(OM, 'Om oss', '<p>Social hållbarhet i Värmland är Region Värmlands webbplats för arbetet med folkhälsa och social hållbarhet inom regional utveckling.</p>', 22))
    write(H, KONTAKT, simple(KONTAKT, 'Kontakt', '<p>Region Värmland, Regional utveckling, Box 1022, 651 15 Karlstad. Telefon 054-61 00 00.</p>', 24))
    write(H, TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', '<p>Region Värmland står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.</p>', 26))
    write(H, INTEG, simple(INTEG, 'Integritetspolicy och kakor', '<p>Webbplatsen använder bara nödvändiga kakor.</p>', 28))
    for n in range(1, (len(P) + 5) // 6 + 1):
        write(H, AKT if n == 1 else f'{AKT}page/{n}/', akt_page(n))
    for path in ARCHIVES:
        write(H, path, archive(path))
    for p in P:
        write(H, p['path'], single(p))
        write(H, p['path'] + 'amp/', amp(p))
