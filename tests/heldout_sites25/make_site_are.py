"""Åre kommun (2321, about 12 000 inhabitants; Järpen, Åre, Duved, Undersåker, Mörsil, Hallen, Kall, Storlien) on Kirby 4 –
generator for heldout_sites25.

Kirby 4 (flat-file PHP CMS) with two languages: Swedish, the default, without a prefix, and English under /en
(translated slugs where an English translation has been written; a page without translated text still answers under
/en with Swedish text, Kirby's field-by-field fallback to the default language). A separate tree of easy-to-read pages
under /lattlast holds a Lättläst version of every project page. Addresses are absolute (Kirby's url()), extensionless
and WITHOUT a trailing slash (saved as <path>/index.html). Kirby's layout field (<section class="grid"> with
<div class="column" style="--span:8">), blocks (<div class="block block-type-…">), media under /media/pages/… (not
saved), the Panel at /panel, Kirby params in the path for the print view (<page>/print:true) and the calendar
(…/kalender/datum:2025-11-20), both forbidden by robots.txt.
"""
from make_common import write, esc, hexid

H = 'www.are.se'
B = 'https://' + H

# ---------------------------------------------------------------- Swedish
KP = '/kommun-och-politik'
FUND = KP + '/sociala-investeringsfonden'                     # N1 fund page
SAT = FUND + '/satsningar'                                    # list (neither)
P1 = SAT + '/familjecentral-pa-hjul'
P2 = SAT + '/narvaroteamet'
P3 = SAT + '/jobb-i-byn'
P4 = SAT + '/tillsammans-mot-ensamhet-i-undersaker'           # UNLISTED: only from its Lättläst and English copies
SOKA = FUND + '/sa-soker-du-medel'                            # N2
RIKT = FUND + '/riktlinjer'                                   # N3
OS = '/omsorg-och-stod'
BOF = OS + '/barn-och-familj'
MOTDUV = BOF + '/motesplats-duved'                            # N6 standing service
BU = '/barn-och-utbildning'
UG = '/uppleva-och-gora'
EVS = UG + '/evenemang'
EV = EVS + '/forelasning-unga-och-psykisk-halsa-i-jarpen'     # N4 event
NYH = '/nyheter'
NN_CALL = NYH + '/nu-kan-forvaltningarna-soka-ur-den-sociala-investeringsfonden'   # N7 call news
NN_P1 = NYH + '/familjecentralen-pa-hjul-har-besokt-120-familjer'                  # one-project news (neither)
NN_X1 = NYH + '/skidbussen-gar-oftare-i-vinter'
NN_X2 = NYH + '/nya-atervinningscentralen-i-jarpen-oppnar'
JOBB = '/jobba-hos-oss'
JOB = JOBB + '/familjebehandlare-till-familjecentral-pa-hjul'                      # N5 job ad
KONTAKT = '/kontakt'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse'

# ---------------------------------------------------------------- Lättläst
LL = '/lattlast'
LL_SI = LL + '/sociala-investeringar'
LL1 = LL_SI + '/familjecentral-pa-hjul'
LL2 = LL_SI + '/narvaroteamet'
LL3 = LL_SI + '/jobb-i-byn'
LL4 = LL_SI + '/tillsammans-mot-ensamhet-i-undersaker'

# ---------------------------------------------------------------- English
EN = '/en'
EN_MP = EN + '/municipality-and-politics'
EN_FUND = EN_MP + '/social-investment-fund'                  # English fund page (not a project)
EN_PROJ = EN_FUND + '/projects'                               # English list (neither)
E1 = EN_PROJ + '/mobile-family-centre'
E2 = EN_PROJ + '/school-attendance-team'
E3 = EN_PROJ + '/jobb-i-byn'                                  # fallback: English title, Swedish text
E4 = EN_PROJ + '/together-against-loneliness-in-undersaker'
EN_CONTACT = EN + '/contact'

# translations: Swedish path <-> English path
TRANS = {'/': EN, KP: EN_MP, FUND: EN_FUND, SAT: EN_PROJ, P1: E1, P2: E2, P3: E3, P4: E4, KONTAKT: EN_CONTACT}
BACK = {v: k for k, v in TRANS.items()}
EASY = {P1: LL1, P2: LL2, P3: LL3, P4: LL4, FUND: LL_SI, SAT: LL_SI}

# ---------------------------------------------------------------- forbidden
SEARCH = '/sok'
SEARCHES = ['?q=bygglov', '?q=skolskjuts', '?q=lediga+jobb']
EN_SEARCH = EN + '/search'
PANEL = '/panel'
PRINT = '/print:true'
KAL = EVS + '/kalender'
KAL_DAYS = ['/datum:2025-11-20', '/datum:2025-12-04']

MENU_SV = [('Barn och utbildning', BU), ('Omsorg och stöd', OS), ('Uppleva och göra', UG), ('Kommun och politik', KP),
           ('Nyheter', NYH), ('Jobba hos oss', JOBB)]
MENU_EN = [('Living in Åre', EN + '/living-in-are'), ('Municipality and politics', EN_MP), ('Contact', EN_CONTACT)]


def u(p):
    return B if p == '/' else B + p


def head_alternates(path, lang):
    sv = BACK.get(path) if lang == 'en' else path
    en = path if lang == 'en' else TRANS.get(path)
    if not sv or not en:
        return ''
    return (f'<link rel="alternate" hreflang="sv" href="{u(sv)}">\n<link rel="alternate" hreflang="en" href="{u(en)}">\n'
            f'<link rel="alternate" hreflang="x-default" href="{u(sv)}">\n')


def page(path, title, body, lang='sv', desc='', crumbs=None, tools=True, template='default', easy=False):
    if lang == 'en':
        other = BACK.get(path)
        switch = f'<a href="{u(other)}" hreflang="sv" lang="sv" class="lang-switch">Svenska</a>' if other else f'<a href="{B}" hreflang="sv" lang="sv" class="lang-switch">Svenska</a>'
        menu = ''.join(f'<li><a href="{u(h)}">{n}</a></li>' for n, h in MENU_EN)
        search = f'<form action="{u(EN_SEARCH)}" method="get" role="search" class="search"><label for="q" class="visually-hidden">Search</label><input id="q" type="search" name="q" placeholder="Search"><button>Search</button></form>'
        tools_html = ''
        top = f'<li>{switch}</li>'
        foot = f'''<p>Åre Municipality · Box 201, SE-830 05 Järpen · +46 647 161 00 · <a href="mailto:kommun@are.se">kommun@are.se</a></p>
<ul><li><a href="{u(EN_CONTACT)}">Contact</a></li><li><a href="{u(KAKOR)}">Cookies (in Swedish)</a></li></ul>'''
        site = 'Åre Municipality'
        skip = 'Skip to content'
    else:
        other = TRANS.get(path)
        switch = f'<a href="{u(other)}" hreflang="en" lang="en" class="lang-switch">English</a>' if other else f'<a href="{u(EN)}" hreflang="en" lang="en" class="lang-switch">English</a>'
        act = crumbs[0][1] if crumbs else None
        menu = ''.join(('<li class="active">' if h == act else '<li>') + f'<a href="{u(h)}">{n}</a></li>' for n, h in MENU_SV)
        search = f'<form action="{u(SEARCH)}" method="get" role="search" class="search"><label for="q" class="visually-hidden">Sök</label><input id="q" type="search" name="q" placeholder="Vad letar du efter?"><button>Sök</button></form>'
        easy_link = EASY.get(path)
        tools_html = ''
        if tools:
            ll = f'<li><a href="{u(easy_link)}">Lättläst version av sidan</a></li>' if easy_link else ''
            tools_html = f'''<ul class="page-tools">
  <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9184&amp;lang=sv_se&amp;readid=main&amp;url={u(path)}" rel="nofollow">Lyssna</a></li>
  <li><a href="{u(path)}{PRINT}" rel="nofollow">Skriv ut</a></li>
  {ll}
</ul>'''
        top = f'<li><a href="{u(LL)}">Lättläst</a></li><li>{switch}</li>'
        foot = f'''<p>Åre kommun · Box 201, 830 05 Järpen · Telefon 0647-161 00 · <a href="mailto:kommun@are.se">kommun@are.se</a></p>
<ul><li><a href="{u(KONTAKT)}">Kontakta oss</a></li><li><a href="{u(NYH)}">Nyheter</a></li><li><a href="{u(KAKOR)}">Kakor</a></li><li><a href="{u(TILLG)}">Tillgänglighetsredogörelse</a></li><li><a href="{u(PANEL)}" rel="nofollow">Logga in</a></li></ul>'''
        site = 'Åre kommun'
        skip = 'Till innehållet'
    bc = ''
    if crumbs:
        home = 'Home' if lang == 'en' else 'Start'
        items = f'<li><a href="{u(EN if lang == "en" else "/")}">{home}</a></li>' + ''.join(
            f'<li><a href="{u(h)}">{n}</a></li>' for n, h in crumbs[:-1]) + f'<li><a href="{u(crumbs[-1][1])}" aria-current="page">{crumbs[-1][0]}</a></li>'
        bc = f'<nav class="breadcrumb" aria-label="{"Breadcrumb" if lang == "en" else "Brödsmulor"}"><ol>{items}</ol></nav>'
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {site}</title>
<meta name="description" content="{esc(desc or title)}">
<link rel="canonical" href="{u(path)}">
{head_alternates(path, lang)}<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:locale" content="{'en_GB' if lang == 'en' else 'sv_SE'}">
<link rel="stylesheet" href="{B}/assets/css/index.css?v=1730982211">
<link rel="stylesheet" href="{B}/media/plugins/are/theme/index.css">
<link rel="icon" href="{B}/assets/icons/favicon.svg" type="image/svg+xml">
</head>
<body class="template-{template}{' lattlast' if easy else ''}">
<a class="skip-link" href="#main">{skip}</a>
<header class="site-header">
  <div class="site-header__top container">
    <a class="logo" href="{u(EN if lang == 'en' else '/')}"><img src="{B}/assets/images/are-kommun-logo.svg" alt="{site}" width="170" height="50"></a>
    <ul class="site-header__tools">{top}</ul>
    {search}
  </div>
  <nav class="main-nav" aria-label="{'Main menu' if lang == 'en' else 'Huvudmeny'}"><ul class="container">{menu}</ul></nav>
</header>
<main id="main" class="main container">
  {bc}
{body}
  {tools_html}
</main>
<footer class="site-footer"><div class="container">{foot}</div></footer>
<script src="{B}/assets/js/index.js?v=1730982211" defer></script>
</body>
</html>
'''


def layout(main, aside=''):
    if aside:
        return f'''<section class="grid" style="--gutter: 1.5rem">
  <div class="column" style="--span:8">
{main}
  </div>
  <div class="column" style="--span:4">
{aside}
  </div>
</section>'''
    return f'''<section class="grid" style="--gutter: 1.5rem">
  <div class="column" style="--span:12">
{main}
  </div>
</section>'''


def text_page(path, title, intro, html, crumbs, lang='sv', aside='', modified=None, **kw):
    mod = ''
    if modified:
        mod = f'<p class="page-meta">{"Last updated" if lang == "en" else "Senast uppdaterad"}: <time datetime="{modified}">{modified}</time></p>'
    main = f'''<article class="article">
  <h1>{title}</h1>
  {f'<p class="intro">{intro}</p>' if intro else ''}
  <div class="blocks">
{html}
  </div>
  {mod}
</article>'''
    return page(path, title, layout(main, aside), lang=lang, desc=intro, crumbs=crumbs, **kw)


def fakta(rows, heading='Fakta'):
    dl = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows)
    return f'<aside class="block block-type-fakta"><h2>{heading}</h2><dl>{dl}</dl></aside>'


def build():
    pages = {}
    T_SV = [('Kommun och politik', KP), ('Sociala investeringsfonden', FUND), ('Satsningar', SAT)]

    # ============================================================ Swedish
    pages['/'] = page('/', 'Startsida', f'''<section class="hero"><h1>Välkommen till Åre kommun</h1><p>Här finns information om kommunens service, för dig som bor, verkar och vistas i Åre kommun.</p></section>
<section class="shortcuts"><h2>Genvägar</h2><ul>
  <li><a href="{u(BU)}">Förskola och skola</a></li><li><a href="{u(BOF)}">Stöd till barn och familj</a></li>
  <li><a href="{u(EVS)}">Evenemang</a></li><li><a href="{u(JOBB)}">Lediga jobb</a></li>
</ul></section>
<section class="news"><h2>Nyheter</h2><ul class="news-list">
  <li><time datetime="2025-11-05">5 november 2025</time> <a href="{u(NN_P1)}">Familjecentralen på hjul har besökt 120 familjer</a></li>
  <li><time datetime="2025-10-28">28 oktober 2025</time> <a href="{u(NN_X1)}">Skidbussen går oftare i vinter</a></li>
  <li><time datetime="2025-10-14">14 oktober 2025</time> <a href="{u(NN_CALL)}">Nu kan förvaltningarna söka ur den sociala investeringsfonden</a></li>
</ul><p><a href="{u(NYH)}">Alla nyheter</a></p></section>
<section class="popular"><h2>Vanliga sökningar</h2><ul>{''.join(f'<li><a href="{u(SEARCH)}{q}">{q[3:].replace("+", " ")}</a></li>' for q in SEARCHES)}</ul></section>''',
                      desc='Åre kommuns webbplats.', tools=False, template='home')

    pages[KP] = text_page(KP, 'Kommun och politik', 'Så styrs Åre kommun.', f'''<ul class="link-list">
<li><a href="{u(FUND)}">Sociala investeringsfonden</a></li>
<li><a href="{u(KP)}/politik-och-beslut">Politik och beslut</a></li>
<li><a href="{u(KP)}/budget-och-ekonomi">Budget och ekonomi</a></li>
</ul>''', [('Kommun och politik', KP)], tools=False)

    pages[FUND] = text_page(FUND, 'Sociala investeringsfonden', 'Med pengar ur den sociala investeringsfonden kan kommunens förvaltningar pröva nya sätt att förebygga problem för barn, unga och vuxna.', f'''<div class="block block-type-text">
<p>Kommunfullmäktige inrättade fonden 2020 med 5 miljoner kronor. Tanken är att förebyggande arbete ger bättre liv för dem som får stöd tidigt, och på sikt lägre kostnader för kommunen. Det som fungerar ska bli en del av förvaltningens vanliga verksamhet.</p>
</div>
<div class="block block-type-heading"><h2>Fonden i siffror</h2></div>
<div class="block block-type-list"><ul>
<li>Avsatt sedan 2020: 8 miljoner kronor</li>
<li>Beviljat hittills: 5 250 000 kronor</li>
<li>Antal satsningar: 5</li>
</ul></div>
<div class="block block-type-heading"><h2>Satsningar</h2></div>
<div class="block block-type-text"><p>Här kan du läsa om <a href="{u(SAT)}">de satsningar som får pengar ur fonden</a>. Tidigare satsningar: Tillsammans mot ensamhet i Undersåker (2021–2023) och Fritidsledare i Kall (2020–2022).</p></div>
<div class="block block-type-heading"><h2>Vill du söka?</h2></div>
<div class="block block-type-text"><p><a href="{u(SOKA)}">Så söker du medel ur fonden</a> · <a href="{u(RIKT)}">Riktlinjer för fonden</a></p></div>''',
                            [('Kommun och politik', KP), ('Sociala investeringsfonden', FUND)], modified='2025-10-14')

    pages[SAT] = text_page(SAT, 'Satsningar', 'Det här arbetar kommunen med just nu med pengar ur den sociala investeringsfonden.', f'''<ul class="cards">
  <li class="card"><h2><a href="{u(P1)}">Familjecentral på hjul</a></h2><p>En buss med familjecentralens personal besöker byarna. 2024–2027.</p></li>
  <li class="card"><h2><a href="{u(P2)}">Närvaroteamet</a></h2><p>Stöd till elever med hög frånvaro i årskurs 4–9. 2023–2026.</p></li>
  <li class="card"><h2><a href="{u(P3)}">Jobb i byn</a></h2><p>Arbetsträning för unga vuxna hos företag i byarna. 2025–2026.</p></li>
</ul>''', T_SV, modified='2025-03-04')

    pages[P1] = text_page(P1, 'Familjecentral på hjul', 'En buss med personal från familjecentralen besöker byarna i Åre kommun varannan vecka.', f'''<div class="block block-type-text">
<p>Åre kommun är nästan lika stor som Skåne, och för många familjer i byarna är det flera mil till familjecentralen i Järpen. I projektet Familjecentral på hjul kommer familjecentralen i stället till familjerna. Bussen stannar i Kall, Hallen, Storlien, Mörsil och Undersåker varannan vecka. Där kan blivande föräldrar och föräldrar med små barn träffa barnmorska, BVC-sjuksköterska, förskollärare och familjebehandlare, och barnen kan leka med andra barn.</p>
<p>Syftet är att alla familjer i kommunen ska få samma möjlighet till stöd, oavsett var de bor, och att problem ska upptäckas tidigt.</p>
</div>
{fakta([('Projektperiod', 'augusti 2024 – juni 2027'), ('Budget', '1 600 000 kronor ur kommunens sociala investeringsfond'),
       ('Projektägare', 'Socialtjänsten, Åre kommun'), ('Samverkan', 'Region Jämtland Härjedalen (barnhälsovården och mödrahälsovården), Svenska kyrkan i Åre'),
       ('Målgrupp', 'Blivande föräldrar och familjer med barn 0–6 år'), ('Bemanning', 'En familjebehandlare och en förskollärare på heltid')])}
<div class="block block-type-heading"><h2>Turlista</h2></div>
<div class="block block-type-text"><p>Bussens turlista finns på familjecentralens Facebooksida och på anslagstavlorna i byarna.</p></div>''',
                           T_SV + [('Familjecentral på hjul', P1)], modified='2025-09-02')

    pages[P2] = text_page(P2, 'Närvaroteamet', 'Närvaroteamet hjälper elever som ofta är borta från skolan att komma tillbaka.', f'''<div class="block block-type-text">
<p>Närvaroteamet är en social investering som startade i augusti 2023. I teamet arbetar en skolkurator, en specialpedagog och en socialsekreterare. De stöttar elever i årskurs 4–9 som har hög frånvaro, och deras familjer, på kommunens skolor i Järpen, Åre, Duved och Undersåker.</p>
<p>Teamet träffar eleven hemma eller i skolan, gör en plan tillsammans med eleven, vårdnadshavarna och skolan och följer upp varje vecka. Målet är att fler elever ska gå ut grundskolan med godkända betyg.</p>
<p><strong>Period:</strong> augusti 2023 – juni 2026<br>
<strong>Kostnad:</strong> 2 100 000 kronor ur den sociala investeringsfonden<br>
<strong>Ansvarig:</strong> Barn- och utbildningsförvaltningen, tillsammans med socialtjänsten<br>
<strong>Målgrupp:</strong> Elever i årskurs 4–9 med hög frånvaro</p>
</div>
<div class="block block-type-heading"><h2>Så går det</h2></div>
<div class="block block-type-text"><p>Läsåret 2024/25 fick 34 elever stöd. 22 av dem hade minst halverat sin frånvaro efter en termin.</p></div>''',
                           T_SV + [('Närvaroteamet', P2)], modified='2025-08-18')

    pages[P3] = text_page(P3, 'Jobb i byn – arbetsträning för unga vuxna', 'Unga vuxna som står utan jobb får arbetsträna hos företag i byarna, med stöd av en handledare.', f'''<div class="block block-type-text">
<p>Jobb i byn är ett projekt för unga vuxna i Åre kommun som varken arbetar eller studerar. Deltagarna arbetstränar hos företag i byarna, inom turism, hotell och restaurang, liftsystem, bygg och handel. En handledare från arbetsmarknadsenheten följer varje deltagare och håller kontakt med arbetsgivaren. Många företag i kommunen har svårt att hitta personal året runt, och projektet vill ta vara på det.</p>
<p>Projektet pågår från januari 2025 till december 2026.</p>
</div>
{fakta([('Projektägare', 'Arbetsmarknadsenheten, Åre kommun'), ('Samverkan', 'Arbetsförmedlingen, Samordningsförbundet i Jämtlands län, Åre Destination'),
       ('Finansiering', '1 200 000 kronor, varav 900 000 kronor ur kommunens sociala investeringsfond och 300 000 kronor från Samordningsförbundet i Jämtlands län'),
       ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar'), ('Antal platser', '15 per år')], 'Kort om projektet')}''',
                           T_SV + [('Jobb i byn', P3)], modified='2025-02-10')

    pages[P4] = text_page(P4, 'Tillsammans mot ensamhet i Undersåker', 'Ett avslutat projekt för äldre som kände sig ensamma.', f'''<div class="block block-type-text">
<p><strong>Projektet är avslutat.</strong></p>
<p>Tillsammans mot ensamhet i Undersåker var ett projekt som pågick från september 2021 till december 2023. Det finansierades med 650 000 kronor ur kommunens sociala investeringsfond och drevs av vård- och omsorgsförvaltningen tillsammans med PRO Undersåker och Undersåkers församling.</p>
<p>En aktivitetssamordnare på halvtid ordnade träffpunkter, promenadgrupper och telefonvänner för äldre över 70 år som bodde hemma och kände sig ensamma. Hemtjänstpersonalen tipsade om projektet när de märkte att någon var ensam.</p>
</div>
<div class="block block-type-heading"><h2>Resultat</h2></div>
<div class="block block-type-text"><p>Ett sextiotal äldre deltog. I enkäten efter projektet svarade två av tre att de kände sig mindre ensamma. Träffpunkten i Undersåker drivs nu vidare av PRO och församlingen.</p></div>''',
                           T_SV + [('Tillsammans mot ensamhet i Undersåker', P4)], modified='2024-02-12')

    pages[SOKA] = text_page(SOKA, 'Så söker du medel ur fonden', 'Förvaltningarna kan söka medel ur den sociala investeringsfonden två gånger om året.', '''<div class="block block-type-heading"><h2>Vem kan söka?</h2></div>
<div class="block block-type-text"><p>Kommunens förvaltningar, ensamma eller tillsammans med Region Jämtland Härjedalen, samordningsförbundet eller en förening.</p></div>
<div class="block block-type-heading"><h2>När kan vi söka?</h2></div>
<div class="block block-type-text"><p>Senast den 1 mars och den 1 oktober. Kommunstyrelsens arbetsutskott beslutar inom sex veckor.</p></div>
<div class="block block-type-heading"><h2>Vad ska ansökan innehålla?</h2></div>
<div class="block block-type-list"><ul><li>Vilket problem ni vill förebygga och för vem</li><li>Vad ni ska göra och hur länge, högst tre år</li><li>En budget och en plan för uppföljning</li><li>Hur arbetet ska fortsätta efter att pengarna från fonden har tagit slut</li></ul></div>''',
                            [('Kommun och politik', KP), ('Sociala investeringsfonden', FUND), ('Så söker du medel', SOKA)], modified='2025-02-03')

    pages[RIKT] = text_page(RIKT, 'Riktlinjer för den sociala investeringsfonden', 'Antagna av kommunfullmäktige den 21 september 2020, § 104.', '''<div class="block block-type-text">
<h2>1. Syfte</h2><p>Fonden ska ge förvaltningarna möjlighet att arbeta förebyggande med barn, unga och vuxna som riskerar att hamna i utanförskap.</p>
<h2>2. Villkor</h2><ul><li>En insats får pågå i högst tre år.</li><li>Insatsen ska ha en tydlig målgrupp och mätbara mål.</li><li>Insatsen får inte ersätta ordinarie verksamhet.</li></ul>
<h2>3. Återbetalning</h2><p>Förvaltningen betalar tillbaka hälften av de besparingar som insatsen ger, dock högst det belopp den fått.</p>
<h2>4. Uppföljning</h2><p>Insatserna redovisas till kommunstyrelsen en gång om året och i en slutrapport.</p>
</div>''', [('Kommun och politik', KP), ('Sociala investeringsfonden', FUND), ('Riktlinjer', RIKT)], modified='2020-10-01')

    pages[OS] = text_page(OS, 'Omsorg och stöd', 'Stöd till barn, familjer, vuxna och äldre.', f'''<ul class="link-list"><li><a href="{u(BOF)}">Barn och familj</a></li><li><a href="{u(OS)}/aldreomsorg">Äldreomsorg</a></li><li><a href="{u(OS)}/ekonomiskt-bistand">Ekonomiskt bistånd</a></li></ul>''',
                          [('Omsorg och stöd', OS)], tools=False)
    pages[BOF] = text_page(BOF, 'Barn och familj', 'Socialtjänsten och familjecentralen ger stöd till barn, unga och föräldrar.', f'''<div class="block block-type-text"><p>Familjecentralen finns i Järpen. Du kan också få råd och samtal hos familjebehandlarna.</p>
<ul><li><a href="{u(MOTDUV)}">Mötesplats Duved – öppen förskola och föräldraträff</a></li><li>Familjecentralen i Järpen</li><li>Familjebehandling</li></ul></div>''',
                           [('Omsorg och stöd', OS), ('Barn och familj', BOF)], tools=False)

    pages[MOTDUV] = text_page(MOTDUV, 'Mötesplats Duved', 'Öppen förskola och föräldraträff i Duved för dig som är förälder till barn 0–6 år.', '''<div class="block block-type-heading"><h2>Öppettider</h2></div>
<div class="block block-type-list"><ul><li>Tisdag kl. 9.30–12.00</li><li>Torsdag kl. 9.30–12.00 och 15.00–17.00</li></ul></div>
<div class="block block-type-text"><p>Adress: Duveds skola, Hembygdsvägen 4. Det kostar ingenting och du behöver inte anmäla dig.</p></div>
<div class="block block-type-heading"><h2>Historia</h2></div>
<div class="block block-type-text"><p>Mötesplats Duved startade 2020 med pengar ur kommunens sociala investeringsfond. Sedan januari 2023 är mötesplatsen en del av socialtjänstens ordinarie verksamhet.</p></div>''',
                              [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Mötesplats Duved', MOTDUV)], modified='2025-01-20')

    pages[BU] = text_page(BU, 'Barn och utbildning', 'Förskola, grundskola och gymnasium i Åre kommun.', '''<ul class="link-list"><li>Förskola</li><li>Grundskola</li><li>Wargentinskolan i Östersund (gymnasium)</li></ul>''',
                          [('Barn och utbildning', BU)], tools=False)
    pages[UG] = text_page(UG, 'Uppleva och göra', 'Friluftsliv, kultur och evenemang.', f'''<ul class="link-list"><li><a href="{u(EVS)}">Evenemang</a></li><li>Skoterleder</li><li>Bibliotek</li></ul>''',
                          [('Uppleva och göra', UG)], tools=False)

    pages[EVS] = text_page(EVS, 'Evenemang', 'Vad händer i Åre kommun?', f'''<ul class="event-list">
<li><time datetime="2025-11-20">20 november</time> <a href="{u(EV)}">Föreläsning: Unga och psykisk hälsa</a>, Järpen</li>
<li><time datetime="2025-12-13">13 december</time> Luciatåg i Åre kyrka</li>
</ul>
<p><a href="{u(KAL)}" rel="nofollow">Visa kalendern</a> · <a href="{u(KAL)}{KAL_DAYS[0]}" rel="nofollow">20 november</a> · <a href="{u(KAL)}{KAL_DAYS[1]}" rel="nofollow">4 december</a></p>''',
                           [('Uppleva och göra', UG), ('Evenemang', EVS)], tools=False)

    pages[EV] = text_page(EV, 'Föreläsning: Unga och psykisk hälsa', 'En kväll för föräldrar och andra vuxna om hur vi kan stötta unga som mår dåligt.', '''<div class="block block-type-text"><p>En psykolog från barn- och ungdomspsykiatrin berättar om oro, nedstämdhet och stress hos unga och om när man ska söka hjälp. Närvaroteamet berättar om sitt arbete.</p></div>
<div class="block block-type-list"><ul>
<li><strong>Datum:</strong> torsdag 20 november 2025</li>
<li><strong>Tid:</strong> kl. 18.30–20.00</li>
<li><strong>Plats:</strong> Folkets hus, Järpen</li>
<li><strong>Kostnad:</strong> Gratis</li>
<li><strong>Anmälan:</strong> senast 17 november till kommunens kontaktcenter</li>
<li><strong>Arrangör:</strong> Åre kommun och Region Jämtland Härjedalen</li>
</ul></div>''', [('Uppleva och göra', UG), ('Evenemang', EVS), ('Föreläsning: Unga och psykisk hälsa', EV)], modified='2025-10-22')

    news = [(NN_P1, '2025-11-05', 'Familjecentralen på hjul har besökt 120 familjer'), (NN_X1, '2025-10-28', 'Skidbussen går oftare i vinter'),
            (NN_CALL, '2025-10-14', 'Nu kan förvaltningarna söka ur den sociala investeringsfonden'),
            (NN_X2, '2025-09-30', 'Nya återvinningscentralen i Järpen öppnar')]
    pages[NYH] = text_page(NYH, 'Nyheter', 'Nyheter från Åre kommun.', '<ul class="news-list">' + ''.join(
        f'<li><time datetime="{d}">{d}</time> <a href="{u(p)}">{t}</a></li>' for p, d, t in news) + '</ul>', [('Nyheter', NYH)], tools=False)

    pages[NN_P1] = text_page(NN_P1, 'Familjecentralen på hjul har besökt 120 familjer', 'Sedan starten i augusti förra året har bussen med familjecentralens personal besökt 120 familjer i byarna.', f'''<div class="block block-type-text">
<p>Flest besök har bussen haft i Kall och i Hallen, där det är längst till familjecentralen i Järpen.</p>
<p>– Föräldrarna uppskattar att vi kommer till dem. Många har tagit upp sådant de annars inte hade ringt om, säger en av familjebehandlarna.</p>
<p>Familjecentral på hjul är en social investering som pågår till juni 2027.</p>
<p><a href="{u(P1)}">Läs mer om Familjecentral på hjul</a></p></div>''', [('Nyheter', NYH), ('Familjecentralen på hjul har besökt 120 familjer', NN_P1)], modified='2025-11-05')

    pages[NN_CALL] = text_page(NN_CALL, 'Nu kan förvaltningarna söka ur den sociala investeringsfonden', 'Sista dag att söka i höstens omgång är den 1 december.', f'''<div class="block block-type-text">
<p>Det finns 2 750 000 kronor kvar i fonden. Kommunstyrelsens arbetsutskott beslutar i januari. I år välkomnas särskilt ansökningar om äldres hälsa och om unga vuxnas väg till arbete.</p>
<p>Läs om <a href="{u(SOKA)}">hur du söker</a> och <a href="{u(RIKT)}">riktlinjerna</a>.</p></div>''', [('Nyheter', NYH), ('Sök ur den sociala investeringsfonden', NN_CALL)], modified='2025-10-14')

    pages[NN_X1] = text_page(NN_X1, 'Skidbussen går oftare i vinter', 'Från den 13 december går skidbussen mellan Duved och Åre var tjugonde minut.', '<p>Bussen är gratis för alla.</p>',
                             [('Nyheter', NYH), ('Skidbussen går oftare i vinter', NN_X1)], modified='2025-10-28')
    pages[NN_X2] = text_page(NN_X2, 'Nya återvinningscentralen i Järpen öppnar', 'Måndag 6 oktober öppnar den nya återvinningscentralen vid Västra Järpen.', '<p>Öppettider: måndag–torsdag kl. 12–19 och lördag kl. 10–14.</p>',
                             [('Nyheter', NYH), ('Nya återvinningscentralen', NN_X2)], modified='2025-09-30')

    pages[JOBB] = text_page(JOBB, 'Jobba hos oss', 'Åre kommun har cirka 1 100 medarbetare.', f'''<ul class="link-list"><li><a href="{u(JOB)}">Familjebehandlare till Familjecentral på hjul, vikariat</a> – sista ansökningsdag 23 november 2025</li><li>Undersköterska till hemtjänsten i Åre – sista ansökningsdag 30 november 2025</li></ul>
<p>Alla lediga jobb finns på <a href="https://are.varbi.com/">are.varbi.com</a>.</p>''', [('Jobba hos oss', JOBB)], tools=False)

    pages[JOB] = text_page(JOB, 'Familjebehandlare till Familjecentral på hjul, vikariat', 'Socialtjänsten söker en familjebehandlare som vill arbeta i projektet Familjecentral på hjul.', '''<div class="block block-type-heading"><h2>Om tjänsten</h2></div>
<div class="block block-type-text"><p>Du följer med bussen till byarna, möter föräldrar i samtal och föräldragrupper och samarbetar med barnhälsovården och förskolan. Du har körkort för personbil och trivs med att arbeta på olika platser.</p></div>
<div class="block block-type-heading"><h2>Kvalifikationer</h2></div>
<div class="block block-type-text"><p>Socionomexamen eller annan relevant utbildning och erfarenhet av familjebehandling.</p></div>
<div class="block block-type-list"><ul>
<li><strong>Anställningsform:</strong> Vikariat till och med 30 juni 2027</li>
<li><strong>Omfattning:</strong> 100 %</li>
<li><strong>Tillträde:</strong> 7 januari 2026</li>
<li><strong>Sista ansökningsdag:</strong> 23 november 2025</li>
</ul></div>''', [('Jobba hos oss', JOBB), ('Familjebehandlare', JOB)], modified='2025-11-02')

    pages[KONTAKT] = text_page(KONTAKT, 'Kontakta oss', 'Kontaktcenter svarar vardagar kl. 8–16.', '<p>Telefon: 0647-161 00<br>E-post: kommun@are.se<br>Besöksadress: Kommunhuset, Önevägen 2, Järpen</p>',
                               [('Kontakta oss', KONTAKT)], tools=False)
    pages[KAKOR] = text_page(KAKOR, 'Kakor', 'Så använder vi kakor på are.se.', '<p>Vi använder en sessionskaka, kirby_session, som försvinner när du stänger webbläsaren. Den behövs bara när du loggar in.</p>',
                             [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)], tools=False)
    pages[TILLG] = text_page(TILLG, 'Tillgänglighetsredogörelse', 'Åre kommun står bakom den här webbplatsen.', '<p>Vi vill att så många som möjligt ska kunna använda webbplatsen.</p><h2>Kända brister</h2><ul><li>Vissa pdf-dokument är inte tillgängliga.</li></ul>',
                             [('Om webbplatsen', KAKOR), ('Tillgänglighetsredogörelse', TILLG)], tools=False)

    # ============================================================ Lättläst
    T_LL = [('Lättläst', LL), ('Pengar för att förebygga problem', LL_SI)]

    def easy(path, title, html, full, crumbs):
        back = f'<p class="back-to-full"><a href="{u(full)}">Läs sidan på vanlig svenska</a></p>' if full else ''
        return text_page(path, title, '', html + back, crumbs, easy=True, template='lattlast', tools=False)

    pages[LL] = easy(LL, 'Lättläst', f'''<p>Här kan du läsa om Åre kommun på lätt svenska.</p>
<ul class="link-list">
<li><a href="{u(LL)}/om-are-kommun">Om Åre kommun</a></li>
<li><a href="{u(LL)}/skola-och-forskola">Skola och förskola</a></li>
<li><a href="{u(LL_SI)}">Pengar för att förebygga problem</a></li>
</ul>''', None, [('Lättläst', LL)])

    pages[LL_SI] = easy(LL_SI, 'Pengar för att förebygga problem', f'''<p>Kommunen har pengar som ska användas för att förebygga problem.</p>
<p>Förebygga betyder att hindra att något händer.</p>
<p>Pengarna kallas den sociala investeringsfonden.</p>
<p>Här kan du läsa om det som kommunen gör med pengarna.</p>
<ul class="link-list">
<li><a href="{u(LL1)}">Familjecentral på hjul</a></li>
<li><a href="{u(LL2)}">Närvaroteamet</a></li>
<li><a href="{u(LL3)}">Jobb i byn</a></li>
<li><a href="{u(LL4)}">Tillsammans mot ensamhet i Undersåker</a></li>
</ul>''', FUND, T_LL[:1] + [('Pengar för att förebygga problem', LL_SI)])

    pages[LL1] = easy(LL1, 'Familjecentral på hjul', '''<h2>Vad är det?</h2>
<p>En familjecentral är en plats för föräldrar och små barn.</p>
<p>Där finns barnmorska, sjuksköterska och förskollärare.</p>
<p>Nu finns det en buss med familjecentralen.</p>
<p>Bussen åker till byarna i Åre kommun.</p>
<h2>Vem är det för?</h2>
<p>För dig som ska få barn eller har barn som är 0 till 6 år.</p>
<h2>När?</h2>
<p>Från augusti 2024 till juni 2027.</p>
<h2>Pengarna</h2>
<p>Pengarna kommer från kommunens sociala investeringsfond.</p>
<p>Det är 1 600 000 kronor.</p>''', P1, T_LL + [('Familjecentral på hjul', LL1)])

    pages[LL2] = easy(LL2, 'Närvaroteamet', '''<h2>Vad är det?</h2>
<p>Några elever är ofta borta från skolan.</p>
<p>Närvaroteamet hjälper dem att komma tillbaka till skolan.</p>
<p>I teamet finns en kurator, en specialpedagog och en socialsekreterare.</p>
<h2>Vem är det för?</h2>
<p>För elever i årskurs 4 till 9.</p>
<h2>När?</h2>
<p>Från augusti 2023 till juni 2026.</p>
<h2>Pengarna</h2>
<p>Pengarna kommer från kommunens sociala investeringsfond.</p>''', P2, T_LL + [('Närvaroteamet', LL2)])

    pages[LL3] = easy(LL3, 'Jobb i byn', '''<h2>Vad är det?</h2>
<p>Du som är ung och inte har något jobb kan få träna på ett jobb.</p>
<p>Du får vara på ett företag i din by.</p>
<p>En handledare hjälper dig.</p>
<h2>Vem är det för?</h2>
<p>För dig som är 18 till 29 år och inte jobbar eller studerar.</p>
<h2>När?</h2>
<p>Under 2025 och 2026.</p>
<h2>Pengarna</h2>
<p>Pengarna kommer från kommunens sociala investeringsfond och från samordningsförbundet.</p>''', P3, T_LL + [('Jobb i byn', LL3)])

    pages[LL4] = easy(LL4, 'Tillsammans mot ensamhet i Undersåker', '''<h2>Vad var det?</h2>
<p>Många äldre känner sig ensamma.</p>
<p>Kommunen ordnade träffar och promenader för äldre i Undersåker.</p>
<h2>Vem var det för?</h2>
<p>För dig som är äldre än 70 år.</p>
<h2>När?</h2>
<p>Från september 2021 till december 2023. Nu är det slut.</p>
<h2>Pengarna</h2>
<p>Pengarna kom från kommunens sociala investeringsfond.</p>''', P4, T_LL + [('Tillsammans mot ensamhet', LL4)])

    # ============================================================ English
    T_EN = [('Municipality and politics', EN_MP), ('Social investment fund', EN_FUND), ('Projects', EN_PROJ)]

    pages[EN] = page(EN, 'Welcome to Åre Municipality', f'''<section class="hero"><h1>Welcome to Åre Municipality</h1><p>Information in English for residents, seasonal workers and visitors. Most of our website is in Swedish.</p></section>
<ul class="link-list"><li><a href="{u(EN_MP)}">Municipality and politics</a></li><li><a href="{u(EN_CONTACT)}">Contact us</a></li><li><a href="https://www.visitare.com/">Visit Åre</a></li></ul>''',
                     lang='en', desc='Åre Municipality in English.', tools=False, template='home')
    pages[EN_MP] = text_page(EN_MP, 'Municipality and politics', 'How Åre Municipality is governed.', f'''<ul class="link-list"><li><a href="{u(EN_FUND)}">Social investment fund</a></li></ul>''',
                             [('Municipality and politics', EN_MP)], lang='en', tools=False)
    pages[EN_FUND] = text_page(EN_FUND, 'Social investment fund', 'With money from the social investment fund, the municipality tries out new ways of preventing problems for children, young people and adults.', f'''<div class="block block-type-text">
<p>The municipal council set up the fund in 2020 with SEK 5 million. The idea is that early, preventive work gives people a better life and reduces the municipality's costs in the long run.</p>
<p>Only the municipality's own departments can apply. <a href="{u(EN_PROJ)}">Read about the projects</a>.</p></div>''',
                               [('Municipality and politics', EN_MP), ('Social investment fund', EN_FUND)], lang='en', modified='2025-03-04')
    pages[EN_PROJ] = text_page(EN_PROJ, 'Projects', 'Projects funded by the social investment fund.', f'''<ul class="cards">
<li class="card"><h2><a href="{u(E1)}">Mobile family centre</a></h2><p>A bus with family centre staff visits the villages. 2024–2027.</p></li>
<li class="card"><h2><a href="{u(E2)}">School attendance team</a></h2><p>Support for pupils with high absence. 2023–2026.</p></li>
<li class="card"><h2><a href="{u(E3)}">Village jobs</a></h2><p>Work training for young adults (page in Swedish).</p></li>
<li class="card"><h2><a href="{u(E4)}">Together against loneliness in Undersåker</a></h2><p>Ended in 2023.</p></li>
</ul>''', T_EN, lang='en', modified='2025-03-04')

    pages[E1] = text_page(E1, 'Mobile family centre', 'A bus with staff from the family centre visits the villages of Åre Municipality every other week.', f'''<div class="block block-type-text">
<p>Åre Municipality is almost as large as the province of Skåne, and for many families in the villages the family centre in Järpen is far away. In the Mobile family centre project, the family centre comes to the families instead. The bus stops in Kall, Hallen, Storlien, Mörsil and Undersåker every other week.</p>
<p>The aim is that all families in the municipality have the same access to support, wherever they live.</p></div>
{fakta([('Project period', 'August 2024 – June 2027'), ('Budget', 'SEK 1,600,000 from the social investment fund'),
       ('Project owner', 'Social services, Åre Municipality'), ('Partners', 'Region Jämtland Härjedalen, Church of Sweden in Åre'),
       ('Target group', 'Expectant parents and families with children aged 0–6')], 'Facts')}''',
                          T_EN + [('Mobile family centre', E1)], lang='en', modified='2025-09-02')

    pages[E2] = text_page(E2, 'School attendance team', 'The school attendance team helps pupils who are often absent to come back to school.', '''<div class="block block-type-text">
<p>The school attendance team is a social investment that started in August 2023. A school counsellor, a special needs teacher and a social worker support pupils in years 4–9 with high absence, and their families.</p>
<p><strong>Period:</strong> August 2023 – June 2026<br><strong>Cost:</strong> SEK 2,100,000 from the social investment fund<br><strong>Responsible:</strong> Department of Children and Education</p></div>''',
                          T_EN + [('School attendance team', E2)], lang='en', modified='2025-08-18')

    # E3: the English title was written, the text was not: Kirby falls back to the Swedish fields under the English URL
    pages[E3] = text_page(E3, 'Village jobs – work training for young adults', 'Unga vuxna som står utan jobb får arbetsträna hos företag i byarna, med stöd av en handledare.', f'''<div class="block block-type-text">
<p>Jobb i byn är ett projekt för unga vuxna i Åre kommun som varken arbetar eller studerar. Deltagarna arbetstränar hos företag i byarna, inom turism, hotell och restaurang, liftsystem, bygg och handel. En handledare från arbetsmarknadsenheten följer varje deltagare och håller kontakt med arbetsgivaren. Många företag i kommunen har svårt att hitta personal året runt, och projektet vill ta vara på det.</p>
<p>Projektet pågår från januari 2025 till december 2026.</p>
</div>
{fakta([('Projektägare', 'Arbetsmarknadsenheten, Åre kommun'), ('Samverkan', 'Arbetsförmedlingen, Samordningsförbundet i Jämtlands län, Åre Destination'),
       ('Finansiering', '1 200 000 kronor, varav 900 000 kronor ur kommunens sociala investeringsfond och 300 000 kronor från Samordningsförbundet i Jämtlands län'),
       ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar'), ('Antal platser', '15 per år')], 'Kort om projektet')}''',
                          T_EN + [('Village jobs', E3)], lang='en', modified='2025-02-10')

    pages[E4] = text_page(E4, 'Together against loneliness in Undersåker', 'A finished project for older people who felt lonely.', '''<div class="block block-type-text">
<p><strong>The project has ended.</strong></p>
<p>Together against loneliness in Undersåker ran from September 2021 to December 2023 and was funded with SEK 650,000 from the social investment fund. An activity coordinator organised meeting points, walking groups and telephone friends for people over 70 living at home.</p>
<p>About sixty older people took part. The meeting point is now run by the local pensioners' association and the parish.</p></div>''',
                          T_EN + [('Together against loneliness', E4)], lang='en', modified='2024-02-12')

    pages[EN_CONTACT] = text_page(EN_CONTACT, 'Contact us', 'Our contact centre answers weekdays 8 am – 4 pm.', '<p>Phone: +46 647 161 00<br>E-mail: kommun@are.se</p>',
                                  [('Contact us', EN_CONTACT)], lang='en', tools=False)

    for p, t in pages.items():
        write(H, p, t)

    # ------------------------------------------------------------ sitemap: listed pages, both languages, with alternates
    listed_sv = ['/', KP, FUND, SAT, P1, P2, P3, SOKA, RIKT, OS, BOF, MOTDUV, BU, UG, EVS, EV, NYH, NN_P1, NN_CALL, NN_X1, NN_X2,
                 JOBB, JOB, KONTAKT, KAKOR, TILLG, LL, LL_SI, LL1, LL2, LL3, LL4]
    listed_en = [EN, EN_MP, EN_FUND, EN_PROJ, E1, E2, E3, EN_CONTACT]
    rows = []
    for p in listed_sv + listed_en:
        alt = ''
        sv = BACK.get(p, p) if p in BACK else p
        en = TRANS.get(sv)
        if en and sv:
            alt = (f'    <xhtml:link rel="alternate" hreflang="sv" href="{u(sv)}"/>\n'
                   f'    <xhtml:link rel="alternate" hreflang="en" href="{u(en)}"/>\n')
        rows.append(f'  <url>\n    <loc>{u(p)}</loc>\n{alt}    <lastmod>2025-11-05</lastmod>\n  </url>\n')
    write(H, '/sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
          + ''.join(rows) + '</urlset>\n')

    write(H, '/robots.txt', f'''User-agent: *
Disallow: /panel
Disallow: /api
Disallow: /sok
Disallow: /en/search
Disallow: /*/print:
Disallow: /uppleva-och-gora/evenemang/kalender
Allow: /media/

Sitemap: {B}/sitemap.xml
''')
    return pages, listed_sv + listed_en


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in the sitemap')
