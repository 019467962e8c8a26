"""Ockelbo kommun (2101, small, about 5 800 inhabitants) on WordPress 6.8 with the Kadence theme – heldout_sites26.

Classic WordPress with the permalink structure /nyheter/%postname%/ (so the category, tag and author bases carry the
/nyheter/ front: /nyheter/kategori/<slug>/, /nyheter/etikett/<slug>/, /nyheter/author/<user>/), the posts page
/nyheter/ (5 a page), hierarchical pages, Yoast SEO sitemaps (/sitemap_index.xml), Jetpack sharing buttons
(?share=…), open comments with "Svara" links (?replytocom=…), and the feeds WordPress announces in every head
(/feed/, /comments/feed/, archive feeds and each post's comment feed <post>/feed/). Every internal link is an
absolute https URL, as WordPress writes them. THE SOCIAL INVESTMENT PROJECTS ARE ORDINARY BLOG POSTS in the category
"Sociala investeringar" (/nyheter/kategori/sociala-investeringar/, two pages), among posts of the same category that
are not projects (the fund's news, the call, an information meeting, a job ad, a follow-up).
"""
from make_common import write, urlset, sitemap_index, numid, esc

H = 'www.ockelbo.se'
BASE = 'https://' + H

KP = '/kommun-och-politik/'
FUND = KP + 'sociala-investeringsfonden/'
SOKA = FUND + 'sa-soker-du/'
JOBBA = KP + 'jobba-hos-oss/'
BU = '/barn-och-utbildning/'
SERVICE = BU + 'oppna-forskolan/'                  # standing service that began as a project
OS = '/omsorg-och-stod/'
KF = '/kultur-och-fritid/'
NYH = '/nyheter/'
KONTAKT = '/kontakt/'
OMW = '/om-webbplatsen/'
KAKOR = OMW + 'kakor/'
TILLG = OMW + 'tillganglighetsredogorelse/'
CAT = NYH + 'kategori/'
TAG = NYH + 'etikett/'
AUTH = NYH + 'author/'
SI = CAT + 'sociala-investeringar/'

SEARCHES = ['/?s=sophamtning', '/?s=bygglov', '/?s=lediga+jobb']
LOGIN = '/wp-login.php'
XMLRPC = '/xmlrpc.php?rsd'
PER_PAGE = 5
SHARE = '?share=facebook&nb=1'
THEME = '/wp-content/themes/kadence'
ARIA = ' aria-current="page"'


def U(p):
    return BASE + p


def pid(path):
    return numid('ockelbo' + path, 40, 1900)


AUTHORS = {'anna-lind': 'Anna Lind', 'per-olsson': 'Per Olsson'}
CATS = {'sociala-investeringar': 'Sociala investeringar', 'kommunnytt': 'Kommunnytt',
        'kultur-och-fritid': 'Kultur och fritid', 'lediga-jobb': 'Lediga jobb'}
CAT_DESC = {'sociala-investeringar': 'Här samlar vi nyheter om kommunens sociala investeringsfond och om de projekt som har fått pengar ur fonden.',
            'kommunnytt': '', 'kultur-och-fritid': '', 'lediga-jobb': 'Aktuella annonser från Ockelbo kommun.'}
TAGS = {'barn-och-unga': 'barn och unga', 'skola': 'skola', 'familj': 'familj', 'folkhalsa': 'folkhälsa', 'aldre': 'äldre',
        'lediga-jobb': 'lediga jobb', 'avfall': 'avfall', 'forskola': 'förskola'}

P_SOP = NYH + 'sophamtningen-i-jul-och-nyar/'
C1 = NYH + 'narvarolyftet-ska-fa-fler-elever-att-ga-till-skolan/'
P_JOB = NYH + 'vi-soker-en-familjebehandlare-till-familjestod-i-hemmet/'
P_CALL = NYH + 'nu-kan-du-soka-pengar-ur-den-sociala-investeringsfonden-for-2026/'
P_SOM = NYH + 'gratis-sommarlovsaktiviteter-for-barn-och-unga/'
C2 = NYH + 'familjestod-i-hemmet-nytt-projekt-for-smabarnsfamiljer/'
P_EV = NYH + 'valkommen-pa-informationstraff-om-sociala-investeringar/'
P_FSK = NYH + 'nya-forskolan-i-amot-ar-invigd/'
C3 = NYH + 'seniorer-i-rorelse-traning-och-gemenskap-i-amot-och-lingbo/'
P_REP = NYH + 'sa-gick-det-for-fondens-forsta-projekt/'
C5 = NYH + 'trygga-helger-faltarbete-med-unga/'
C4 = NYH + 'laxcafe-pa-biblioteket-i-amot/'
P_FUND = NYH + 'kommunfullmaktige-fyller-pa-den-sociala-investeringsfonden/'
PROJECTS = [C1, C2, C3, C4, C5]


def comment(cid, post, name, date, human, text, children=()):
    return dict(id=cid, post=post, name=name, date=date, human=human, text=text, children=list(children))


POSTS = [
    dict(path=P_SOP, iso='2025-11-03', human='3 november 2025', author='anna-lind', cats=['kommunnytt'], tags=['avfall'],
         title='Sophämtningen i jul och nyår',
         excerpt='Under helgerna flyttas några hämtningsdagar. Här ser du vad som gäller i ditt område.',
         body='''<p>Hämtningen som skulle ha skett på juldagen görs i stället lördagen den 27 december. Hämtningen på nyårsdagen flyttas till fredagen den 2 januari.</p>
<p>Återvinningscentralen i Ockelbo har stängt julafton, juldagen, nyårsafton och nyårsdagen.</p>'''),
    dict(path=C1, iso='2025-10-20', human='20 oktober 2025', author='anna-lind', cats=['sociala-investeringar'], tags=['barn-och-unga', 'skola'],
         title='Närvarolyftet ska få fler elever att gå till skolan',
         excerpt='En närvarokoordinator och en socialpedagog ska arbeta med elever som ofta är borta från skolan. Projektet har fått pengar ur den sociala investeringsfonden.',
         body='''<p>Från och med höstterminen driver barn- och utbildningsförvaltningen projektet Närvarolyftet på Perslundaskolan och Åmots skola. En närvarokoordinator och en socialpedagog ska arbeta med elever i årskurs 4–9 som har hög frånvaro, och med deras föräldrar.</p>
<p>– Vi ser att frånvaron har ökat sedan pandemin. Nu kan vi höra av oss redan efter några dagar och göra en plan tillsammans med familjen, säger rektor Eva Norberg.</p>
<p>Projektet ska också pröva en gemensam rutin för skolan och socialtjänsten när en elev är borta mycket. Målet är att andelen elever med mer än 15 procents frånvaro ska halveras till 2027.</p>
<h2 class="wp-block-heading">Kort om Närvarolyftet</h2>
<ul class="wp-block-list">
<li><strong>Projekttid:</strong> augusti 2025 – juni 2027</li>
<li><strong>Budget:</strong> 1 150 000 kronor ur den sociala investeringsfonden</li>
<li><strong>Ansvarig:</strong> Barn- och utbildningsförvaltningen</li>
<li><strong>Samverkan:</strong> Socialtjänsten och elevhälsan</li>
<li><strong>Målgrupp:</strong> Elever i årskurs 4–9 med hög frånvaro</li>
</ul>''',
         comments=[comment(248, C1, 'Förälder i Ockelbo', '2025-10-21T19:04:11+02:00', '21 oktober 2025 kl. 19:04',
                           'Äntligen! Det här har vi föräldrar efterfrågat länge.')]),
    dict(path=P_JOB, iso='2025-09-15', human='15 september 2025', author='anna-lind', cats=['sociala-investeringar', 'lediga-jobb'],
         tags=['familj', 'lediga-jobb'], title='Vi söker en familjebehandlare till Familjestöd i hemmet',
         excerpt='Individ- och familjeomsorgen söker en familjebehandlare till projektet Familjestöd i hemmet. Sista ansökningsdag 12 oktober.',
         body='''<p>Vill du arbeta nära familjer och förebygga problem innan de växer? Individ- och familjeomsorgen söker en familjebehandlare till projektet Familjestöd i hemmet, som har fått pengar ur kommunens sociala investeringsfond.</p>
<h2 class="wp-block-heading">Arbetsuppgifter</h2>
<p>Du gör hembesök hos småbarnsfamiljer, håller i föräldragrupper och samarbetar med barnavårdscentralen och förskolorna.</p>
<h2 class="wp-block-heading">Kvalifikationer</h2>
<p>Socionomexamen eller annan relevant högskoleutbildning. Erfarenhet av familjebehandling är meriterande. B-körkort krävs.</p>
<figure class="wp-block-table"><table><tbody>
<tr><td>Anställningsform</td><td>Visstidsanställning till och med 31 maj 2027</td></tr>
<tr><td>Omfattning</td><td>Heltid</td></tr>
<tr><td>Tillträde</td><td>1 december 2025 eller enligt överenskommelse</td></tr>
<tr><td>Sista ansökningsdag</td><td>12 oktober 2025</td></tr>
<tr><td>Kontakt</td><td>Enhetschef Helena Ström, 0297-555 32</td></tr>
</tbody></table></figure>
<p><a href="https://www.offentligajobb.se/jobb/ockelbo-kommun/familjebehandlare-448812">Ansök via Offentliga jobb</a></p>'''),
    dict(path=P_CALL, iso='2025-09-01', human='1 september 2025', author='per-olsson', cats=['sociala-investeringar'], tags=['folkhalsa'],
         title='Nu kan du söka pengar ur den sociala investeringsfonden för 2026',
         excerpt='Kommunens verksamheter kan nu söka pengar ur den sociala investeringsfonden. Sista dag att söka är den 31 oktober.',
         body=f'''<p>I fonden finns i dag omkring 1,2 miljoner kronor att fördela till nya projekt som startar under 2026. Verksamheterna kan söka var för sig eller tillsammans, gärna med en förening eller Region Gävleborg som samverkanspart.</p>
<p>Kommunstyrelsens arbetsutskott beslutar om ansökningarna i december. Läs mer om hur du ansöker på sidan <a href="{U(SOKA)}">Så söker du</a>.</p>''',
         comments=[comment(230, P_CALL, 'Kerstin', '2025-09-02T08:41:52+02:00', '2 september 2025 kl. 08:41',
                           'Kan en förening söka själv, eller måste det vara kommunen?',
                           [comment(231, P_CALL, 'Per Olsson', '2025-09-02T10:15:03+02:00', '2 september 2025 kl. 10:15',
                                    'Hej Kerstin! Det är kommunens verksamheter som söker, men en förening kan vara samverkanspart. Hör gärna av dig så berättar jag mer.')])]),
    dict(path=P_SOM, iso='2025-06-09', human='9 juni 2025', author='anna-lind', cats=['kultur-och-fritid'], tags=['barn-och-unga'],
         title='Gratis sommarlovsaktiviteter för barn och unga',
         excerpt='I sommar kan barn och unga 6–15 år vara med på gratis aktiviteter i hela kommunen.',
         body='''<p>Aktiviteterna är gratis och de flesta kräver ingen anmälan. Kommunen har fått statsbidrag från Socialstyrelsen för avgiftsfria sommarlovsaktiviteter.</p>
<figure class="wp-block-table"><table><thead><tr><th>Aktivitet</th><th>Datum</th><th>Plats</th><th>Ålder</th></tr></thead><tbody>
<tr><td>Fiskedag</td><td>18 juni</td><td>Öjaren</td><td>6–12 år</td></tr>
<tr><td>Skateskola</td><td>23–27 juni</td><td>Skateparken, Ockelbo</td><td>8–15 år</td></tr>
<tr><td>Pyssel på biblioteket</td><td>8 juli</td><td>Biblioteket i Åmot</td><td>6–10 år</td></tr>
<tr><td>Kanotpaddling</td><td>5 augusti</td><td>Lingbo</td><td>10–15 år</td></tr>
</tbody></table></figure>
<p>Anmälan till kanotpaddlingen görs till fritidsgården, 0297-555 70.</p>'''),
    dict(path=C2, iso='2025-05-12', human='12 maj 2025', author='anna-lind', cats=['sociala-investeringar'], tags=['barn-och-unga', 'familj'],
         title='Familjestöd i hemmet – nytt projekt för småbarnsfamiljer',
         excerpt='Från juni kan småbarnsfamiljer få stöd av en familjebehandlare hemma, utan att ansöka. Projektet får 980 000 kronor ur den sociala investeringsfonden.',
         body='''<p>Kommunstyrelsens arbetsutskott har beslutat att ge 980 000 kronor ur den sociala investeringsfonden till projektet Familjestöd i hemmet. Projektet drivs av socialtjänstens individ- och familjeomsorg och startar i juni.</p>
<p>En familjebehandlare ska göra hembesök hos familjer med barn 0–6 år som behöver stöd i föräldraskapet, till exempel med sömn, rutiner eller konflikter. Familjerna behöver inte ansöka om stödet, och det registreras inte som en insats hos socialtjänsten.</p>
<p>– Vi vill nå familjerna innan problemen har vuxit sig stora. Barnavårdscentralen och förskolorna möter nästan alla familjer och kan tipsa om oss, säger enhetschef Helena Ström.</p>
<h2 class="wp-block-heading">Fakta om projektet</h2>
<figure class="wp-block-table"><table><tbody>
<tr><th>Projektperiod</th><td>juni 2025 – maj 2027</td></tr>
<tr><th>Budget</th><td>980 000 kronor ur den sociala investeringsfonden</td></tr>
<tr><th>Projektägare</th><td>Individ- och familjeomsorgen</td></tr>
<tr><th>Samverkan</th><td>Barnavårdscentralen i Ockelbo (Region Gävleborg) och förskolorna</td></tr>
<tr><th>Målgrupp</th><td>Familjer med barn 0–6 år</td></tr>
<tr><th>Bemanning</th><td>En familjebehandlare på heltid</td></tr>
</tbody></table></figure>''',
         comments=[comment(212, C2, 'Sofia', '2025-05-13T09:12:44+02:00', '13 maj 2025 kl. 09:12',
                           'Hur kommer man i kontakt med familjebehandlaren?',
                           [comment(213, C2, 'Anna Lind', '2025-05-13T11:02:10+02:00', '13 maj 2025 kl. 11:02',
                                    'Hej Sofia! Ring kommunens växel 0297-555 00 och fråga efter Familjestöd i hemmet.')]),
                   comment(215, C2, 'Mats E.', '2025-05-15T20:47:31+02:00', '15 maj 2025 kl. 20:47',
                           'Bra satsning. Hoppas att det blir kvar efter 2027.')]),
    dict(path=P_EV, iso='2025-03-03', human='3 mars 2025', author='per-olsson', cats=['sociala-investeringar'], tags=['folkhalsa'],
         title='Välkommen på informationsträff om sociala investeringar',
         excerpt='Vill du veta mer om den sociala investeringsfonden? Kom på informationsträff den 26 mars.',
         body='''<p>Under träffen berättar vi hur fonden fungerar, vad som krävs av en ansökan och hur man räknar på kostnader och nytta. Projektledare från tidigare projekt berättar om sina erfarenheter.</p>
<ul class="wp-block-list">
<li><strong>Datum:</strong> onsdag 26 mars 2025</li>
<li><strong>Tid:</strong> 13.00–15.30</li>
<li><strong>Plats:</strong> Kommunhuset, sammanträdesrummet Vällingen</li>
<li><strong>Kostnad:</strong> Kostnadsfritt, fika ingår</li>
<li><strong>Sista anmälningsdag:</strong> 19 mars</li>
<li><strong>Anmälan:</strong> till per.olsson@ockelbo.se</li>
<li><strong>Arrangör:</strong> Kommunledningsförvaltningen</li>
</ul>'''),
    dict(path=P_FSK, iso='2025-01-20', human='20 januari 2025', author='anna-lind', cats=['kommunnytt'], tags=['forskola'],
         title='Nya förskolan i Åmot är invigd',
         excerpt='Förskolan Myran i Åmot har flyttat in i nya lokaler med plats för 40 barn.',
         body='<p>Den nya förskolan har fyra avdelningar, en stor gård med skogsdunge och ett tillagningskök. Invigningen firades med tårta och sång.</p>'),
    dict(path=C3, iso='2024-11-18', human='18 november 2024', author='per-olsson', cats=['sociala-investeringar'], tags=['folkhalsa', 'aldre'],
         title='Seniorer i rörelse – träning och gemenskap i Åmot och Lingbo',
         excerpt='Äldre i Åmot och Lingbo ska få träna tillsammans och träffas oftare. Satsningen Seniorer i rörelse startar i januari.',
         body='''<p>Många äldre i kommunens mindre orter bor ensamma och har långt till aktiviteter. Därför startar vård och omsorg satsningen Seniorer i rörelse, som har fått 450 000 kronor ur den sociala investeringsfonden.</p>
<p>Två gånger i veckan blir det gruppträning med en fysioterapeut i bygdegårdarna i Åmot och Lingbo, följt av fika. Den som inte kan ta sig dit själv kan åka med kommunens seniorbuss.</p>
<p>Satsningen pågår från januari 2025 till december 2026 och vänder sig till personer som är 70 år och äldre. Vård och omsorg driver den tillsammans med PRO Ockelbo, SPF Seniorerna och Region Gävleborg genom Ockelbo hälsocentral.</p>
<p>Syftet är att förebygga fall, ensamhet och behov av hemtjänst.</p>'''),
    dict(path=P_REP, iso='2024-06-10', human='10 juni 2024', author='per-olsson', cats=['sociala-investeringar'], tags=['folkhalsa'],
         title='Så gick det för fondens första projekt',
         excerpt='Den sociala investeringsfonden har funnits i fem år. Nu har kommunstyrelsen fått en uppföljning av fonden.',
         body=f'''<p>Sedan 2019 har sju projekt fått pengar ur den sociala investeringsfonden, sammanlagt 3,4 miljoner kronor. Fem av dem är avslutade och tre har blivit ordinarie verksamhet.</p>
<h2 class="wp-block-heading">Fonden i siffror</h2>
<ul class="wp-block-list">
<li>Beviljat sedan 2019: 3 400 000 kronor</li>
<li>Antal projekt: 7</li>
<li>Blivit ordinarie verksamhet: 3</li>
</ul>
<h2 class="wp-block-heading">Lärdomar</h2>
<p>Uppföljningen visar att projekten har nått fler barn och familjer än väntat, men att det är svårt att mäta effekterna på kort sikt. Kommunstyrelsen vill därför att nya projekt ska ha en plan för uppföljning redan i ansökan.</p>
<p>Uppföljningen finns att läsa i <a href="{U('/wp-content/uploads/2024/06/uppfoljning-sociala-investeringsfonden-2024.pdf')}">rapporten (pdf)</a>.</p>''',
         comments=[comment(150, P_REP, 'Bengt', '2024-06-11T07:33:20+02:00', '11 juni 2024 kl. 07:33',
                           'Vilka tre verksamheter är det som har blivit kvar?')]),
    dict(path=C5, iso='2023-04-17', human='17 april 2023', author='per-olsson', cats=['sociala-investeringar'], tags=['barn-och-unga'],
         title='Trygga helger – fältarbete med unga i Ockelbo',
         excerpt='Fältassistenter ska finnas ute på fredags- och lördagskvällar. Projektet Trygga helger startar i maj.',
         body='''<p>I maj startar socialtjänsten projektet Trygga helger. Två fältassistenter ska finnas ute i Ockelbo centrum och vid fritidsgården på fredags- och lördagskvällar, där unga 13–18 år träffas.</p>
<p>Projektet ska förebygga alkohol, droger och kriminalitet bland unga och göra det lättare för unga att få kontakt med vuxna. Fältassistenterna samarbetar med Polisen, fritidsgården och Ockelbo IF.</p>
<p>Trygga helger pågår från maj 2023 till april 2025 och har fått 600 000 kronor ur kommunens sociala investeringsfond.</p>'''),
    dict(path=C4, iso='2023-02-06', human='6 februari 2023', author='anna-lind', cats=['sociala-investeringar', 'kultur-och-fritid'],
         tags=['barn-och-unga', 'skola'], title='Läxcafé på biblioteket i Åmot',
         excerpt='Varje tisdag och torsdag kan elever i Åmot få hjälp med läxorna på biblioteket.',
         body='''<p>Nu startar Läxcafé Åmot, ett projekt där elever i årskurs 4–9 i Åmot och Lingbo kan få hjälp med läxorna på biblioteket två eftermiddagar i veckan. Läxhjälpen ges av lärarstudenter och volontärer från Studieförbundet Vuxenskolan, och det bjuds på mellanmål.</p>
<p>Projektet pågår från februari 2023 till juni 2024 och har fått 310 000 kronor ur den sociala investeringsfonden. Biblioteket driver läxcaféet tillsammans med Åmots skola.</p>
<p>Syftet är att fler elever ska klara kunskapskraven och bli behöriga till gymnasiet.</p>'''),
    dict(path=P_FUND, iso='2023-01-30', human='30 januari 2023', author='per-olsson', cats=['sociala-investeringar', 'kommunnytt'],
         tags=['folkhalsa'], title='Kommunfullmäktige fyller på den sociala investeringsfonden',
         excerpt='Kommunfullmäktige har beslutat att föra över 1,5 miljoner kronor av förra årets överskott till den sociala investeringsfonden.',
         body=f'''<p>Den sociala investeringsfonden inrättades 2019 med 2 miljoner kronor. Nu fyller kommunfullmäktige på fonden med 1,5 miljoner kronor av överskottet från 2022.</p>
<p>– Fonden gör det möjligt att pröva nya sätt att förebygga problem utan att ta pengar från den ordinarie verksamheten, säger kommunstyrelsens ordförande.</p>
<p>Läs mer om <a href="{U(FUND)}">den sociala investeringsfonden</a>.</p>''',
         edit=True),
]
BYPATH = {p['path']: p for p in POSTS}
EDIT_URL = f'/wp-admin/post.php?post={pid(P_FUND)}&action=edit'


def feed_of(path):
    return path + 'feed/'


# ---------------------------------------------------------------------------------------------------------- chrome
PAGES_MENU = [
    ('Barn och utbildning', BU, [('Öppna förskolan', SERVICE), ('Förskola', BU + 'forskola/'), ('Grundskola', BU + 'grundskola/')]),
    ('Omsorg och stöd', OS, [('Äldreomsorg', OS + 'aldreomsorg/'), ('Individ- och familjeomsorg', OS + 'individ-och-familjeomsorg/')]),
    ('Kultur och fritid', KF, [('Bibliotek', KF + 'bibliotek/'), ('Fritidsgården', KF + 'fritidsgarden/')]),
    ('Bygga och bo', '/bygga-och-bo/', []),
    ('Kommun och politik', KP, [('Sociala investeringsfonden', FUND), ('Kommunfullmäktige', KP + 'kommunfullmaktige/'), ('Jobba hos oss', JOBBA)]),
    ('Nyheter', NYH, []),
]


def menu(current):
    out = []
    for name, href, subs in PAGES_MENU:
        cur = ARIA if href == current else ''
        cls = 'menu-item menu-item-type-post_type menu-item-object-page' + (' menu-item-has-children' if subs else '') + (' current-menu-item' if href == current else '')
        sub = ''
        if subs:
            sub = '<ul class="sub-menu">' + ''.join(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page{" current-menu-item" if h == current else ""}"><a href="{U(h)}"{ARIA if h == current else ""}>{n}</a></li>'
                for n, h in subs) + '</ul>'
        out.append(f'<li id="menu-item-{numid(href, 100, 900)}" class="{cls}"><a href="{U(href)}"{cur}>{name}</a>{sub}</li>')
    return ''.join(out)


def header(current):
    return f'''<a class="skip-link screen-reader-text scroll-ignore" href="#main">Hoppa till innehåll</a>
<header id="masthead" class="site-header" role="banner">
  <div class="site-header-inner-wrap">
    <div class="site-branding branding-layout-standard">
      <a class="brand has-logo-image" href="{BASE}/" rel="home"><img width="220" height="64" src="{U('/wp-content/uploads/2023/05/ockelbo-kommun-logo.svg')}" class="custom-logo" alt="Ockelbo kommun"></a>
    </div>
    <form role="search" method="get" class="search-form" action="{BASE}/">
      <label><span class="screen-reader-text">Sök efter:</span><input type="search" class="search-field" placeholder="Sök …" value="" name="s"></label>
      <input type="submit" class="search-submit" value="Sök">
    </form>
    <nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Primär navigering">
      <div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">{menu(current)}</ul></div>
    </nav>
  </div>
</header>'''


def footer():
    return f'''<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="site-footer-wrap">
    <section class="widget widget_block"><h2 class="widget-title">Ockelbo kommun</h2>
      <p>816 80 Ockelbo<br>Besöksadress: Södra Åsgatan 30<br>Telefon: 0297-555 00<br><a href="mailto:kommun@ockelbo.se">kommun@ockelbo.se</a></p></section>
    <section class="widget widget_nav_menu"><h2 class="widget-title">Om webbplatsen</h2>
      <ul class="menu">
        <li class="menu-item"><a href="{U(KONTAKT)}">Kontakt</a></li>
        <li class="menu-item"><a href="{U(KAKOR)}">Kakor</a></li>
        <li class="menu-item"><a href="{U(TILLG)}">Tillgänglighetsredogörelse</a></li>
        <li class="menu-item"><a href="{U(LOGIN)}">Logga in</a></li>
      </ul></section>
    <div class="site-info">© 2025 Ockelbo kommun · <a href="https://www.facebook.com/ockelbokommun">Facebook</a></div>
  </div>
</footer>'''


def sidebar():
    latest = ''.join(f'<li><a class="wp-block-latest-posts__post-title" href="{U(p["path"])}">{p["title"]}</a></li>' for p in POSTS[:5])
    cats = ''.join(f'<li class="cat-item cat-item-{numid(s, 2, 40)}"><a href="{U(CAT + s)}/">{n}</a> ({len([p for p in POSTS if s in p["cats"]])})</li>'
                   for s, n in CATS.items())
    tags = ''.join(f'<a href="{U(TAG + s)}/" class="tag-cloud-link tag-link-{numid(s, 2, 60)}" style="font-size: {8 + 2 * len([p for p in POSTS if s in p["tags"]])}pt;" aria-label="{n} ({len([p for p in POSTS if s in p["tags"]])} objekt)">{n}</a> '
                   for s, n in TAGS.items())
    return f'''<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary">
  <div class="sidebar-inner-wrap">
    <section id="block-3" class="widget widget_block"><h2 class="wp-block-heading widget-title">Senaste inläggen</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul></section>
    <section id="block-4" class="widget widget_block"><h2 class="wp-block-heading widget-title">Kategorier</h2><ul class="wp-block-categories-list wp-block-categories">{cats}</ul></section>
    <section id="block-5" class="widget widget_block"><h2 class="wp-block-heading widget-title">Etiketter</h2><p class="wp-block-tag-cloud">{tags}</p></section>
  </div>
</aside>'''


def head(title, path, feeds=(), json_alt=None, body_class='', extra=''):
    fl = ''.join(f'\n<link rel="alternate" type="application/rss+xml" title="{esc(t)}" href="{U(f)}">' for t, f in feeds)
    ja = f'\n<link rel="alternate" title="JSON" type="application/json" href="{U(json_alt)}">' if json_alt else ''
    return f'''<!doctype html>
<html lang="sv-SE" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v26.2 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)} - Ockelbo kommun</title>
<link rel="canonical" href="{U(path)}">
<meta property="og:locale" content="sv_SE">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{U(path)}">
<meta property="og:site_name" content="Ockelbo kommun">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"{U(path)}","url":"{U(path)}","name":"{esc(title)} - Ockelbo kommun","isPartOf":{{"@id":"{BASE}/#website"}}}},{{"@type":"WebSite","@id":"{BASE}/#website","url":"{BASE}/","name":"Ockelbo kommun","potentialAction":[{{"@type":"SearchAction","target":{{"@type":"EntryPoint","urlTemplate":"{BASE}/?s={{search_term_string}}"}},"query-input":{{"@type":"PropertyValueSpecification","valueRequired":true,"valueName":"search_term_string"}}}}],"inLanguage":"sv-SE"}}]}}</script>
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="Ockelbo kommun &raquo; Webbflöde" href="{U('/feed/')}">
<link rel="alternate" type="application/rss+xml" title="Ockelbo kommun &raquo; Kommentarsflöde" href="{U('/comments/feed/')}">{fl}
<link rel="stylesheet" id="kadence-global-css" href="{U(THEME + '/assets/css/global.min.css?ver=1.2.14')}" media="all">
<link rel="stylesheet" id="jetpack-sharing-css" href="{U('/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=14.9')}" media="all">
<link rel="https://api.w.org/" href="{U('/wp-json/')}">{ja}
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{U(XMLRPC)}">
<meta name="generator" content="WordPress 6.8.3">{extra}
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive has-sidebar">
<div id="wrapper" class="site wp-site-blocks">
'''


def close():
    return f'''{footer()}
</div><!-- #wrapper -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner" hidden><p>Vi använder kakor för att webbplatsen ska fungera. <a href="{U(KAKOR)}">Läs mer</a></p><button class="cmplz-btn cmplz-accept">Godkänn</button></div></div>
<script src="{U(THEME + '/assets/js/navigation.min.js?ver=1.2.14')}" id="kadence-navigation-js" async></script>
<script src="{U('/wp-includes/js/comment-reply.min.js?ver=6.8.3')}" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
'''


def wp_page(path, title, content, parent=None, current=None, json_id=None):
    crumbs = f'<a href="{BASE}/">Hem</a> » ' + (f'<a href="{U(parent[1])}">{parent[0]}</a> » ' if parent else '') + f'<span class="breadcrumb_last" aria-current="page">{title}</span>'
    return head(title, path, json_alt=f'/wp-json/wp/v2/pages/{json_id or pid(path)}',
                body_class=f'page-template-default page page-id-{pid(path)}',
                extra=f"\n<link rel='shortlink' href='{U('/?p=' + str(pid(path)))}'>") + header(current or path) + f'''
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main">
<p id="breadcrumbs" class="yoast-breadcrumbs">{crumbs}</p>
<article id="post-{pid(path)}" class="entry content-bg single-entry post-{pid(path)} page type-page status-publish hentry">
<div class="entry-content-wrap">
<header class="entry-header page-title title-align-inherit"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content single-content">
{content}
</div>
</div>
</article>
</main>
</div></div>
</div>
''' + close()


def share(path):
    return f'''<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Dela detta:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{pid(path)}" class="share-facebook sd-button share-icon" href="{U(path)}{SHARE.replace('&', '&amp;')}" target="_blank" title="Klicka för att dela på Facebook"><span>Facebook</span></a></li>
<li class="share-linkedin"><a rel="nofollow noopener noreferrer" data-shared="sharing-linkedin-{pid(path)}" class="share-linkedin sd-button share-icon" href="{U(path)}?share=linkedin&amp;nb=1" target="_blank" title="Klicka för att dela på LinkedIn"><span>LinkedIn</span></a></li>
<li class="share-end"></li></ul></div></div></div>'''


def render_comment(c, depth=1, parity='even'):
    kids = ''
    if c['children']:
        kids = '<ol class="children">' + ''.join(render_comment(k, depth + 1, 'odd' if parity == 'even' else 'even') for k in c['children']) + '</ol>'
    post = c['post']
    return f'''<li id="comment-{c['id']}" class="comment {parity} depth-{depth}{' parent' if c['children'] else ''}">
<article id="div-comment-{c['id']}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(c['name'])}</b> <span class="says">skriver:</span></div>
<div class="comment-metadata"><a href="{U(post)}#comment-{c['id']}"><time datetime="{c['date']}">{c['human']}</time></a></div></footer>
<div class="comment-content"><p>{esc(c['text'])}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{U(post)}?replytocom={c['id']}#respond" data-commentid="{c['id']}" data-postid="{pid(post)}" data-belowelement="div-comment-{c['id']}" data-respondelement="respond" data-replyto="Svar till {esc(c['name'])}" aria-label="Svar till {esc(c['name'])}">Svara</a></div>
</article>{kids}
</li>'''


def all_comment_ids(p):
    out = []

    def walk(cs):
        for c in cs:
            out.append(c['id'])
            walk(c['children'])
    walk(p.get('comments', []))
    return out


def comments_html(p):
    cs = p.get('comments', [])
    n = len(all_comment_ids(p))
    listing = ''
    if cs:
        listing = f'''<h2 class="comments-title">{n} {"svar" if n != 1 else "svar"} på ”{esc(p['title'])}”</h2>
<ol class="comment-list">{''.join(render_comment(c) for c in cs)}</ol>'''
    return f'''<div id="comments" class="comments-area">
{listing}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Lämna ett svar <small><a rel="nofollow" id="cancel-comment-reply-link" href="{U(p['path'])}#respond" style="display:none;">Avbryt svar</a></small></h3>
<form action="{U('/wp-comments-post.php')}" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *</p>
<p class="comment-form-comment"><label for="comment">Kommentar *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Namn *</label><input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">E-postadress *</label><input id="email" name="email" type="email" size="30" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publicera kommentar"><input type="hidden" name="comment_post_ID" value="{pid(p['path'])}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form>
</div>
</div>'''


def post_html(i):
    p = POSTS[i]
    newer = POSTS[i - 1] if i > 0 else None
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    cats = ', '.join(f'<a href="{U(CAT + c)}/" rel="category tag">{CATS[c]}</a>' for c in p['cats'])
    tags = ', '.join(f'<a href="{U(TAG + t)}/" rel="tag">{TAGS[t]}</a>' for t in p['tags'])
    nav = '<nav class="navigation post-navigation" aria-label="Inlägg"><h2 class="screen-reader-text">Inläggsnavigering</h2><div class="nav-links">'
    if older:
        nav += f'<div class="nav-previous"><a href="{U(older["path"])}" rel="prev"><span class="meta-nav">Föregående</span> {older["title"]}</a></div>'
    if newer:
        nav += f'<div class="nav-next"><a href="{U(newer["path"])}" rel="next"><span class="meta-nav">Nästa</span> {newer["title"]}</a></div>'
    nav += '</div></nav>'
    edit = f'\n<span class="edit-link"><a class="post-edit-link" href="{U(EDIT_URL)}">Redigera</a></span>' if p.get('edit') else ''
    feeds = [(f'Ockelbo kommun » Kommentarsflöde för {p["title"]}', feed_of(p['path']))]
    cat_classes = ' '.join('category-' + c for c in p['cats']) + ' ' + ' '.join('tag-' + t for t in p['tags'])
    return head(p['title'], p['path'], feeds=feeds, json_alt=f'/wp-json/wp/v2/posts/{pid(p["path"])}',
                body_class=f'wp-singular post-template-default single single-post postid-{pid(p["path"])} single-format-standard',
                extra=f'''\n<meta property="og:type" content="article">\n<meta property="article:published_time" content="{p["iso"]}T08:00:00+00:00">\n<link rel='shortlink' href='{U("/?p=" + str(pid(p["path"])))}'>''') + header(NYH) + f'''
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main">
<article id="post-{pid(p['path'])}" class="entry content-bg single-entry post-{pid(p['path'])} post type-post status-publish format-standard hentry {cat_classes}">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">{cats}</span></div>
<h1 class="entry-title">{p['title']}</h1>
<div class="entry-meta entry-meta-divider-dot">
<span class="posted-by"><span class="meta-label">Av</span> <span class="author vcard"><a class="url fn n" href="{U(AUTH + p['author'])}/">{AUTHORS[p['author']]}</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="{p['iso']}T08:00:00+01:00">{p['human']}</time></span>{edit}
</div>
</header>
<div class="entry-content single-content">
{p['body']}
{share(p['path'])}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Etiketter:</span> {tags}</span></div></footer>
</div>
</article>
{nav}
{comments_html(p)}
</main>
</div></div>
{sidebar()}
</div>
''' + close()


def excerpt_item(p):
    return f'''<article class="entry content-bg loop-entry post-{pid(p['path'])} post type-post status-publish format-standard hentry">
<div class="entry-content-wrap">
<header class="entry-header"><h2 class="entry-title"><a href="{U(p['path'])}" rel="bookmark">{p['title']}</a></h2>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{p['iso']}T08:00:00+01:00">{p['human']}</time></span></div></header>
<div class="entry-summary"><p>{p['excerpt']}</p></div>
<footer class="entry-footer"><div class="entry-actions"><p class="more-link-wrap"><a href="{U(p['path'])}" class="post-more-link">Läs mer<span class="screen-reader-text"> {p['title']}</span></a></p></div></footer>
</div>
</article>'''


def archive_pages(base, title, posts, desc='', feed=None, body_class='archive'):
    """Write a paginated archive; return the list of paths written."""
    paths = []
    n = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    for i in range(n):
        path = base if i == 0 else f'{base}page/{i + 1}/'
        chunk = posts[i * PER_PAGE:(i + 1) * PER_PAGE]
        pag = ''
        rel = ''
        if n > 1:
            links = []
            if i > 0:
                prev = base if i == 1 else f'{base}page/{i}/'
                links.append(f'<a class="prev page-numbers" href="{U(prev)}">Föregående</a>')
                rel += f'\n<link rel="prev" href="{U(prev)}">'
            for j in range(n):
                pj = base if j == 0 else f'{base}page/{j + 1}/'
                links.append(f'<span aria-current="page" class="page-numbers current">{j + 1}</span>' if j == i else f'<a class="page-numbers" href="{U(pj)}">{j + 1}</a>')
            if i < n - 1:
                links.append(f'<a class="next page-numbers" href="{U(base + "page/" + str(i + 2) + "/")}">Nästa</a>')
                rel += f'\n<link rel="next" href="{U(base + "page/" + str(i + 2) + "/")}">'
            pag = '<nav class="navigation pagination" aria-label="Inlägg"><h2 class="screen-reader-text">Inläggsnavigering</h2><div class="nav-links">' + ''.join(links) + '</div></nav>'
        feeds = [(f'Ockelbo kommun » {title} Flöde', feed)] if feed else []
        d = f'\n<div class="archive-description"><p>{desc}</p></div>' if desc and i == 0 else ''
        html_ = head(title + (f' – Sida {i + 1} av {n}' if i else ''), path, feeds=feeds, body_class=f'{body_class} paged-{i + 1}', extra=rel) + header(NYH) + f'''
<div id="inner-wrap" class="wrap hfeed kt-clear">
<section class="entry-hero post-archive-hero-section"><div class="entry-header post-archive-title title-align-inherit"><h1 class="page-title archive-title">{title}</h1>{d}</div></section>
<div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main">
<ul id="archive-container" class="content-wrap kadence-posts-list grid-cols post-archive">
{''.join('<li class="entry-list-item">' + excerpt_item(p) + '</li>' for p in chunk)}
</ul>
{pag}
</main>
</div></div>
{sidebar()}
</div>
''' + close()
        write(H, path, html_)
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------------------- pages
def start():
    latest = ''.join(f'''<li class="news-item"><a href="{U(p['path'])}">{p['title']}</a> <time datetime="{p['iso']}">{p['human']}</time></li>''' for p in POSTS[:3])
    content = f'''<div class="wp-block-group hero"><p class="has-large-font-size">Välkommen till Ockelbo kommun – en kommun med närhet till natur, kultur och gemenskap.</p></div>
<h2 class="wp-block-heading">Populära sökningar</h2>
<ul class="wp-block-list popular-searches">
<li><a href="{U(SEARCHES[0])}">Sophämtning</a></li>
<li><a href="{U(SEARCHES[1])}">Bygglov</a></li>
<li><a href="{U(SEARCHES[2])}">Lediga jobb</a></li>
</ul>
<h2 class="wp-block-heading">Genvägar</h2>
<ul class="wp-block-list shortcuts">
<li><a href="{U(BU + 'forskola/')}">Ansök om förskoleplats</a></li>
<li><a href="{U(JOBBA)}">Jobba hos oss</a></li>
<li><a href="{U(KONTAKT)}">Kontakta kommunen</a></li>
</ul>
<h2 class="wp-block-heading">Senaste nyheterna</h2>
<ul class="wp-block-list news-list">{latest}</ul>
<p><a href="{U(NYH)}">Alla nyheter</a></p>'''
    html_ = wp_page('/', 'Startsida', content, current='/')
    return html_.replace('page-template-default page page-id', 'home page-template-default page page-id')


def fund():
    content = f'''<p class="lead">Ockelbo kommun har en social investeringsfond. Pengarna används till förebyggande arbete som ska ge barn, unga, familjer och äldre bättre förutsättningar och minska behovet av kostsamma insatser längre fram.</p>
<h2 class="wp-block-heading">Om fonden</h2>
<p>Kommunfullmäktige inrättade fonden 2019 med 2 miljoner kronor och fyllde på den med 1,5 miljoner kronor 2023. Kommunens verksamheter kan söka pengar för att pröva ett nytt arbetssätt under högst tre år.</p>
<h2 class="wp-block-heading">Riktlinjer</h2>
<ol class="wp-block-list">
<li>Arbetet ska vara förebyggande och rikta sig till en avgränsad målgrupp.</li>
<li>Arbetet ska vara nytt och får pågå i högst tre år.</li>
<li>Ansökan ska innehålla mål, budget och en plan för uppföljning.</li>
<li>Om arbetssättet fungerar ska det bli en del av ordinarie verksamhet.</li>
<li>Kommunstyrelsens arbetsutskott beslutar om ansökningarna.</li>
</ol>
<h2 class="wp-block-heading">Projekt som har fått pengar</h2>
<p>Vi skriver om projekten som har fått pengar ur fonden i våra nyheter. <a href="{U(SI)}">Läs alla inlägg om sociala investeringar</a>.</p>
<h2 class="wp-block-heading">Kontakt</h2>
<p>Per Olsson, folkhälsostrateg<br>Telefon: 0297-555 19<br><a href="mailto:per.olsson@ockelbo.se">per.olsson@ockelbo.se</a></p>
<ul class="wp-block-page-list"><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="{U(SOKA)}">Så söker du</a></li></ul>'''
    return wp_page(FUND, 'Sociala investeringsfonden', content, parent=('Kommun och politik', KP))


def soka():
    content = f'''<p class="lead">Här kan du läsa om hur en verksamhet ansöker om pengar ur den sociala investeringsfonden.</p>
<h2 class="wp-block-heading">Vem kan söka?</h2>
<p>Kommunens verksamheter, ensamma eller tillsammans. Föreningar och Region Gävleborg kan vara samverkansparter.</p>
<h2 class="wp-block-heading">När kan man söka?</h2>
<p>En gång om året, 1 september – 31 oktober. Beslut fattas i december.</p>
<h2 class="wp-block-heading">Så går det till</h2>
<ol class="wp-block-list">
<li>Prata med folkhälsostrategen om er idé.</li>
<li>Fyll i ansökningsblanketten med mål, budget och plan för uppföljning.</li>
<li>Skicka ansökan till kommunstyrelsen, kommun@ockelbo.se.</li>
</ol>
<p><a href="{U('/wp-content/uploads/2024/08/ansokan-sociala-investeringsfonden.docx')}">Ansökningsblankett (Word)</a></p>'''
    return wp_page(SOKA, 'Så söker du', content, parent=('Sociala investeringsfonden', FUND))


def service():
    content = '''<p class="lead">Öppna förskolan är en mötesplats för dig som är hemma med barn 0–6 år. Här kan barnen leka och du kan träffa andra föräldrar.</p>
<h2 class="wp-block-heading">Öppettider</h2>
<p>Måndag och onsdag 9–12 i Ockelbo, torsdag 9–12 i Åmot. Ingen anmälan behövs och det kostar ingenting.</p>
<h2 class="wp-block-heading">Vad händer på öppna förskolan?</h2>
<p>Sångstund, lek, skapande och fika. En gång i månaden kommer en BVC-sjuksköterska eller en familjebehandlare och svarar på frågor.</p>
<h2 class="wp-block-heading">Bakgrund</h2>
<p>Öppna förskolan startade 2020 som ett projekt med pengar ur den sociala investeringsfonden. Sedan augusti 2022 är den en del av förskolans ordinarie verksamhet.</p>
<p>Kontakt: Lisa Hed, förskollärare, 0297-555 61.</p>'''
    return wp_page(SERVICE, 'Öppna förskolan', content, parent=('Barn och utbildning', BU))


def simple_parent(path, title, lead, children):
    lis = ''.join(f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="{U(h)}">{n}</a></li>' for n, h in children)
    return wp_page(path, title, f'<p class="lead">{lead}</p>\n<ul class="wp-block-page-list">{lis}</ul>')


def jobba():
    content = f'''<p class="lead">Ockelbo kommun har omkring 600 medarbetare inom skola, vård och omsorg, teknik och administration.</p>
<p>Alla lediga jobb annonseras på Offentliga jobb. <a href="{U(CAT + 'lediga-jobb/')}">Se aktuella annonser</a>.</p>'''
    return wp_page(JOBBA, 'Jobba hos oss', content, parent=('Kommun och politik', KP))


def furniture(path, title, body, parent=None):
    return wp_page(path, title, body, parent=parent)


def build():
    written = {}

    def put(path, html_):
        write(H, path, html_)
        written[path] = html_

    put('/', start())
    put(KP, simple_parent(KP, 'Kommun och politik', 'Så styrs Ockelbo kommun och hur du kan påverka.',
                          [('Sociala investeringsfonden', FUND), ('Kommunfullmäktige', KP + 'kommunfullmaktige/'), ('Jobba hos oss', JOBBA)]))
    put(FUND, fund())
    put(SOKA, soka())
    put(JOBBA, jobba())
    put(BU, simple_parent(BU, 'Barn och utbildning', 'Förskola, skola och fritidshem i Ockelbo kommun.',
                          [('Öppna förskolan', SERVICE), ('Förskola', BU + 'forskola/'), ('Grundskola', BU + 'grundskola/')]))
    put(SERVICE, service())
    put(OS, simple_parent(OS, 'Omsorg och stöd', 'Äldreomsorg, stöd till barn och familjer och stöd vid funktionsnedsättning.',
                          [('Äldreomsorg', OS + 'aldreomsorg/'), ('Individ- och familjeomsorg', OS + 'individ-och-familjeomsorg/')]))
    put(KF, simple_parent(KF, 'Kultur och fritid', 'Bibliotek, fritidsgård, idrott och friluftsliv.',
                          [('Bibliotek', KF + 'bibliotek/'), ('Fritidsgården', KF + 'fritidsgarden/')]))
    put(KONTAKT, furniture(KONTAKT, 'Kontakt', '<p>Växel 0297-555 00, vardagar 8–16. E-post kommun@ockelbo.se. Besöksadress Södra Åsgatan 30, Ockelbo.</p>'))
    put(OMW, simple_parent(OMW, 'Om webbplatsen', 'ockelbo.se drivs av kommunledningsförvaltningen.', [('Kakor', KAKOR), ('Tillgänglighetsredogörelse', TILLG)]))
    put(KAKOR, furniture(KAKOR, 'Kakor', '<figure class="wp-block-table"><table><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody><tr><td>cmplz_consent</td><td>Sparar ditt val om kakor</td><td>1 år</td></tr><tr><td>wordpress_test_cookie</td><td>Kontrollerar att kakor fungerar</td><td>Sessionen</td></tr></tbody></table></figure>', parent=('Om webbplatsen', OMW)))
    put(TILLG, furniture(TILLG, 'Tillgänglighetsredogörelse', '<p>Ockelbo kommun står bakom den här webbplatsen. Den är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p>', parent=('Om webbplatsen', OMW)))
    for i, p in enumerate(POSTS):
        put(p['path'], post_html(i))
    archives = []
    archives += archive_pages(NYH, 'Nyheter', POSTS, body_class='blog')
    for s, n in CATS.items():
        archives += archive_pages(CAT + s + '/', f'Kategori: {n}', [p for p in POSTS if s in p['cats']], CAT_DESC[s], feed_of(CAT + s + '/'),
                                  body_class=f'archive category category-{s}')
    for s, n in TAGS.items():
        archives += archive_pages(TAG + s + '/', f'Etikett: {n}', [p for p in POSTS if s in p['tags']], '', feed_of(TAG + s + '/'),
                                  body_class=f'archive tag tag-{s}')
    for s, n in AUTHORS.items():
        archives += archive_pages(AUTH + s + '/', f'Författare: {n}', [p for p in POSTS if p['author'] == s], '', feed_of(AUTH + s + '/'),
                                  body_class=f'archive author author-{s}')
    robots = f'''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /xmlrpc.php
Disallow: /?s=
Disallow: /*?s=
Disallow: /feed/
Disallow: /*/feed/
Disallow: /*?replytocom=
Disallow: /*?share=
Crawl-delay: 2

Sitemap: {BASE}/sitemap_index.xml
'''
    write(H, '/robots.txt', robots)
    xsl = '//www.ockelbo.se/main-sitemap.xsl'
    write(H, '/post-sitemap.xml', urlset(H, [(NYH, '2025-11-03T09:12:00+00:00')] + [(p['path'], p['iso'] + 'T08:00:00+00:00') for p in reversed(POSTS)], stylesheet=xsl))
    page_paths = ['/', KP, FUND, SOKA, JOBBA, BU, SERVICE, OS, KF, KONTAKT, OMW, KAKOR, TILLG]
    write(H, '/page-sitemap.xml', urlset(H, [(p, '2025-10-01T10:00:00+00:00') for p in page_paths], stylesheet=xsl))
    write(H, '/category-sitemap.xml', urlset(H, [(CAT + s + '/', '2025-11-03T09:12:00+00:00') for s in CATS], stylesheet=xsl))
    write(H, '/post_tag-sitemap.xml', urlset(H, [(TAG + s + '/', '2025-11-03T09:12:00+00:00') for s in TAGS], stylesheet=xsl))
    write(H, '/author-sitemap.xml', urlset(H, [(AUTH + s + '/', '2025-11-03T09:12:00+00:00') for s in AUTHORS], stylesheet=xsl))
    write(H, '/sitemap_index.xml', sitemap_index(H, [(x, '2025-11-03T09:12:00+00:00') for x in
                                                     ('/post-sitemap.xml', '/page-sitemap.xml', '/category-sitemap.xml',
                                                      '/post_tag-sitemap.xml', '/author-sitemap.xml')], stylesheet=xsl))
    return written, archives


def forbidden():
    """The URLs the pages link or announce that robots.txt forbids (listed in expected.json's must_not_fetch)."""
    out = list(SEARCHES) + [LOGIN, EDIT_URL, '/wp-json/', XMLRPC, f'/wp-json/wp/v2/pages/{pid(FUND)}']
    out += [f'/wp-json/wp/v2/posts/{pid(p)}' for p in PROJECTS]
    out += ['/feed/', '/comments/feed/', feed_of(SI), feed_of(TAG + 'barn-och-unga/'), feed_of(AUTH + 'per-olsson/')]
    out += [feed_of(p) for p in PROJECTS]
    for p in POSTS:
        for cid_ in all_comment_ids(p):
            out.append(f'{p["path"]}?replytocom={cid_}')
    out += [p + SHARE for p in PROJECTS]
    return out


if __name__ == '__main__':
    build()
