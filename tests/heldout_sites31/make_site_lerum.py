"""Lerums kommun (1441, about 43 000 inhabitants; Lerum, Gråbo, Floda, Stenkullen, Tollered, Sjövik, Aspedalen) on
OPTIMIZELY CMS 12 (ASP.NET Core, a custom BEM front end) – heldout_sites31.

Optimizely friendly URLs END IN '/' (saved as <path>/index.html), root-relative links, content areas of blocks
(<div class="content-area"> > <div class="block …" data-block-type="…">), media under /globalassets/ (not saved),
bundles under /dist/ (not saved), body class 'page page--<type>' with data-content-id. The header's MEGA MENU is a row
of <button>s whose hidden panels hold the section links (the links are plain <a> in the HTML).

THE FUND'S PAGES SIT UNDER 'Omsorg och stöd › Sociala investeringar' (/omsorg-och-stod/sociala-investeringar/), with
two list pages, 'Pågående investeringar' and 'Avslutade investeringar', and THE PROJECT PAGES ARE CHILDREN OF THOSE
LISTS, three levels under Omsorg och stöd (/omsorg-och-stod/sociala-investeringar/pagaende-investeringar/<slug>/).
The project pages are not in the side menu. The lists are a ProjectListingBlock: a grid of cards in which THE WHOLE
CARD IS THE LINK (<a class="card"> wraps an image and an <h3>, no teaser text), the first three (or two) cards in the
HTML and a 'Visa fler' <button> that ONLY WORKS WITH JAVASCRIPT: on 'Pågående' the remaining card is in a <template>
the script clones, on 'Avslutade' the remaining card is only in the block's data-more-items attribute (JSON, the
quotes written as &quot;). The button also names the block's API endpoint (/api/listing/…, forbidden by robots.txt).
There is no XML sitemap (no Sitemap line; /sitemap.xml is 404).
"""
from make_common import write, esc, numid, attr_json, hexid

H = 'www.lerum.se'

OS = '/omsorg-och-stod/'
BF = OS + 'barn-och-familj/'
SERVICE = BF + 'familjecentralen-i-grabo/'            # a standing service that began as a social investment
FUND = OS + 'sociala-investeringar/'
PAG = FUND + 'pagaende-investeringar/'
AVS = FUND + 'avslutade-investeringar/'
L1 = PAG + 'barnens-basta-i-grabo/'
L2 = PAG + 'trygg-fritid-stenkullen/'
L3 = PAG + 'halsolyftet-unga-vuxna/'
L4 = PAG + 'lasfamiljer-i-floda/'                     # ONLY in the <template> behind 'Visa fler'
L5 = AVS + 'skolnarvaro-i-aspedalen/'
L6 = AVS + 'aldre-i-rorelse-tollered/'                # ONLY in the data-more-items JSON behind 'Visa fler'
PROJECTS = [L1, L2, L3, L4, L5, L6]
SOKA = FUND + 'sa-soker-du-medel/'
REGLER = FUND + 'regler-for-fonden/'
UPPF = FUND + 'uppfoljning-och-utvardering/'
FSK = '/forskola-och-skola/'
KF = '/kultur-och-fritid/'
KP = '/kommun-och-politik/'
NYH = '/nyheter/'
N_FUND = '/nyheter/2025/kommunfullmaktige-tillfor-fonden-fem-miljoner-kronor/'
N_L1 = '/nyheter/2025/nytt-team-ger-tidigt-stod-i-grabos-forskolor/'
N_SNO = '/nyheter/2025/sa-rojer-vi-sno-i-vinter/'
N_BIB = '/nyheter/2025/biblioteket-i-floda-far-nya-oppettider/'
EVS = '/evenemang/'
EV = '/evenemang/frukostseminarium-lonar-sig-sociala-investeringar/'
EV_JUL = '/evenemang/julmarknad-i-floda/'
JOBS = '/jobb/lediga-jobb/'
JOB = '/jobb/lediga-jobb/familjebehandlare-till-barnens-basta-i-grabo/'
KONTAKT = '/kontakta-oss/'
OMW = '/om-webbplatsen/'
KAKOR = '/om-webbplatsen/kakor/'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse/'
NOT_PROJECTS = [FUND, SOKA, REGLER, UPPF, N_FUND, EV, JOB, SERVICE]

SEARCH = '/sok/'
SEARCHES = ['/sok/?q=forskola', '/sok/?q=bygglov', '/sok/?q=lediga+jobb']
CAL = '/evenemang/kalender/'
CAL_Q = '/evenemang/kalender/?datum=2026-02-12'
LOGIN = '/Util/Login?ReturnUrl=%2F'
MINA = '/mina-sidor/logga-in/'
EDIT = '/EPiServer/CMS/?language=sv'                  # pasted with '#context=epi.cms.contentdata:///<id>'
PRINT = '?print=true'
PRINT_PAGES = [FUND] + PROJECTS


def cid(path):
    return numid('lerum' + path, 5100, 900)


API_PAG = f'/api/listing/{cid(PAG)}?skip=3&take=6'
API_AVS = f'/api/listing/{cid(AVS)}?skip=2&take=6'


def forbidden():
    return ([SEARCH] + SEARCHES + [CAL, CAL_Q, LOGIN, MINA, EDIT, API_PAG, API_AVS] + [p + PRINT for p in PRINT_PAGES])


# ------------------------------------------------------------------------------------------------------------ chrome
MEGA = [
    ('Förskola och skola', FSK, [('Förskola', FSK + 'forskola/'), ('Grundskola', FSK + 'grundskola/'),
                                  ('Gymnasieskola', FSK + 'gymnasieskola/'), ('Vuxenutbildning', FSK + 'vuxenutbildning/')]),
    ('Omsorg och stöd', OS, [('Barn och familj', BF), ('Äldreomsorg', OS + 'aldreomsorg/'),
                             ('Funktionsnedsättning', OS + 'funktionsnedsattning/'),
                             ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/'), ('Sociala investeringar', FUND)]),
    ('Kultur och fritid', KF, [('Bibliotek', KF + 'bibliotek/'), ('Idrott och motion', KF + 'idrott-och-motion/'),
                               ('Evenemang', EVS)]),
    ('Bygga, bo och miljö', '/bygga-bo-och-miljo/', [('Bygglov', '/bygga-bo-och-miljo/bygglov/'),
                                                     ('Avfall och återvinning', '/bygga-bo-och-miljo/avfall-och-atervinning/')]),
    ('Kommun och politik', KP, [('Ekonomi och budget', KP + 'ekonomi-och-budget/'), ('Nyheter', NYH),
                                ('Lediga jobb', JOBS), ('Politik och beslut', KP + 'politik-och-beslut/')]),
]


def header(active_top):
    items = []
    for i, (name, href, kids) in enumerate(MEGA, 1):
        act = ' mega-nav__item--active' if href == active_top else ''
        links = ''.join(f'\n              <li><a class="mega-nav__link" href="{h}">{t}</a></li>' for t, h in kids)
        items.append(f'''
        <li class="mega-nav__item{act}">
          <button class="mega-nav__toggle" type="button" aria-expanded="false" aria-controls="mega-{i}">{name}</button>
          <div class="mega-nav__panel" id="mega-{i}" hidden>
            <a class="mega-nav__overview" href="{href}">Allt om {name.lower()}</a>
            <ul class="mega-nav__links">{links}
            </ul>
          </div>
        </li>''')
    return f'''<header class="header" role="banner">
    <a class="skip-link" href="#main-content">Till innehållet</a>
    <div class="header__top container">
      <a class="header__logo" href="/"><img src="/static/gfx/lerums-kommun-logotyp.svg" alt="Lerums kommun, till startsidan" width="180" height="52"></a>
      <ul class="header__tools">
        <li><a class="tool tool--listen" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=7421&amp;lang=sv_se&amp;readid=main-content">Lyssna</a></li>
        <li><a class="tool" href="/lattlast/">Lättläst</a></li>
        <li><a class="tool" href="/other-languages/" lang="en">Other languages</a></li>
        <li><a class="tool tool--login" rel="nofollow" href="{MINA}">Mina sidor</a></li>
      </ul>
      <form class="header__search" action="{SEARCH}" method="get" role="search">
        <label class="visually-hidden" for="q">Sök på lerum.se</label>
        <input id="q" name="q" type="search" placeholder="Vad letar du efter?" autocomplete="off">
        <button type="submit" class="button button--icon">Sök</button>
      </form>
    </div>
    <nav class="mega-nav" aria-label="Huvudmeny">
      <ul class="mega-nav__list container">{''.join(items)}
      </ul>
    </nav>
  </header>'''


FOOTER = f'''<footer class="footer" role="contentinfo">
    <div class="footer__inner container">
      <div class="footer__col">
        <h2 class="footer__heading">Lerums kommun</h2>
        <p>443 80 Lerum<br>Besöksadress: Bryggaregatan 2<br>Telefon: 0302-52 10 00<br><a href="mailto:kommun@lerum.se">kommun@lerum.se</a></p>
      </div>
      <div class="footer__col">
        <h2 class="footer__heading">Genvägar</h2>
        <ul>
          <li><a href="{NYH}">Nyheter</a></li>
          <li><a href="{EVS}">Evenemang</a></li>
          <li><a href="{JOBS}">Lediga jobb</a></li>
          <li><a href="{KONTAKT}">Kontakta oss</a></li>
        </ul>
      </div>
      <div class="footer__col">
        <h2 class="footer__heading">Om webbplatsen</h2>
        <ul>
          <li><a href="{OMW}">Om webbplatsen</a></li>
          <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
          <li><a href="{KAKOR}">Kakor</a></li>
          <li><a rel="nofollow" href="{LOGIN}">Logga in</a></li>
        </ul>
      </div>
      <div class="footer__col footer__social">
        <a href="https://www.facebook.com/lerumskommun">Facebook</a>
        <a href="https://www.instagram.com/lerumskommun/">Instagram</a>
        <a href="https://www.linkedin.com/company/lerums-kommun/">Linkedin</a>
      </div>
    </div>
  </footer>'''


def crumbs(trail):
    if not trail:
        return ''
    lis = ['<li class="breadcrumbs__item"><a href="/">Startsida</a></li>']
    for t, h in trail[:-1]:
        lis.append(f'<li class="breadcrumbs__item"><a href="{h}">{t}</a></li>')
    lis.append(f'<li class="breadcrumbs__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''
    <nav class="breadcrumbs container" aria-label="Du är här">
      <ol class="breadcrumbs__list">{"".join(lis)}</ol>
    </nav>'''


FUND_KIDS = [('Pågående investeringar', PAG), ('Avslutade investeringar', AVS), ('Så söker du medel', SOKA),
             ('Regler för fonden', REGLER), ('Uppföljning och utvärdering', UPPF)]
OS_KIDS = [('Barn och familj', BF), ('Äldreomsorg', OS + 'aldreomsorg/'), ('Funktionsnedsättning', OS + 'funktionsnedsattning/'),
           ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/'), ('Sociala investeringar', FUND)]


def subnav(current):
    """The side menu of the Omsorg och stöd section. Project pages are not in it (they are hidden from menus)."""
    lis = []
    for t, h in OS_KIDS:
        cur = ' aria-current="page"' if h == current else ''
        kids = ''
        if h == FUND and current.startswith(FUND):
            kids = '\n          <ul class="subnav__list subnav__list--level2">' + ''.join(
                f'\n            <li class="subnav__item"><a class="subnav__link" href="{kh}"'
                f'{" aria-current=" + chr(34) + "page" + chr(34) if kh == current else ""}>{kt}</a></li>'
                for kt, kh in FUND_KIDS) + '\n          </ul>'
        if h == BF and current.startswith(BF):
            kids = f'''
          <ul class="subnav__list subnav__list--level2">
            <li class="subnav__item"><a class="subnav__link" href="{SERVICE}"{' aria-current="page"' if current == SERVICE else ''}>Familjecentralen i Gråbo</a></li>
          </ul>'''
        lis.append(f'\n        <li class="subnav__item"><a class="subnav__link" href="{h}"{cur}>{t}</a>{kids}</li>')
    return f'''<nav class="subnav" aria-label="Undermeny">
        <a class="subnav__root" href="{OS}"{' aria-current="page"' if current == OS else ''}>Omsorg och stöd</a>
        <ul class="subnav__list">{"".join(lis)}
        </ul>
      </nav>'''


def page(path, title, main, ptype='StandardPage', trail=None, top='', side=False, desc='', printable=False,
         updated='2025-11-03'):
    content_id = cid(path)
    side_html = f'''
      <aside class="layout__side">
      {subnav(path)}
      </aside>''' if side else ''
    tools = (f'''
        <ul class="page-tools">
          <li><a class="page-tools__print" rel="nofollow" href="{path}{PRINT}">Skriv ut</a></li>
          <li><a class="page-tools__share" href="mailto:?subject={esc(title)}">Dela</a></li>
        </ul>''' if printable else '')
    return f'''<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} - Lerums kommun</title>
  <meta name="description" content="{esc(desc or title)}">
  <link rel="canonical" href="https://{H}{path}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:url" content="https://{H}{path}">
  <meta property="og:site_name" content="Lerums kommun">
  <link rel="stylesheet" href="/dist/main.7c41e2a9.css">
  <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{hexid('lerum-cb', 8)}-4d1e-9a2b-{hexid('lerum-cb2', 12)}" data-blockingmode="auto"></script>
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <script src="/dist/main.7c41e2a9.js" defer></script>
</head>
<body class="page page--{ptype[0].lower() + ptype[1:].replace('Page', '')}" data-content-id="{content_id}" data-content-type="{ptype}">
  {header(top)}{crumbs(trail)}
  <div class="layout container{' layout--with-side' if side else ''}">{side_html}
    <main class="layout__main" id="main-content">
      <article class="article">
{main}{tools}
        <p class="article__updated">Senast uppdaterad: <time datetime="{updated}">{updated}</time></p>
      </article>
    </main>
  </div>
  {FOOTER}
</body>
</html>
'''


def facts(rows, heading='Fakta om investeringen'):
    dl = ''.join(f'\n            <dt class="fact-block__term">{k}</dt>\n            <dd class="fact-block__value">{v}</dd>' for k, v in rows)
    return f'''        <div class="content-area">
          <div class="block fact-block" data-block-type="FactBlock">
            <h2 class="fact-block__heading">{heading}</h2>
            <dl class="fact-block__list">{dl}
            </dl>
          </div>
        </div>'''


def contact(name, role, phone, mail):
    return f'''        <div class="content-area">
          <div class="block contact-block" data-block-type="ContactBlock">
            <h2 class="contact-block__heading">Kontakt</h2>
            <p class="contact-block__name">{name}</p>
            <p class="contact-block__role">{role}</p>
            <p>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
          </div>
        </div>'''


def img(slug):
    return f'/globalassets/bilder/sociala-investeringar/{slug}.jpg?width=640&amp;quality=80'


# ---------------------------------------------------------------------------------------------------------- projects
def project(path, title, lead, body, rows, ctc, trail_list):
    main = f'''        <h1 class="article__heading">{title}</h1>
        <p class="article__preamble">{lead}</p>
        <figure class="article__image"><img src="{img(path.rstrip('/').rsplit('/', 1)[-1])}" alt="" width="640" height="360"></figure>
        <div class="article__body rich-text">
{body}
        </div>
{facts(rows)}
{ctc}'''
    trail = [('Omsorg och stöd', OS), ('Sociala investeringar', FUND), trail_list, (title, path)]
    return page(path, title, main, 'ProjectPage', trail, OS, side=True, desc=lead, printable=True)


def l1():
    body = '''          <p>Barnens bästa i Gråbo är en social investering som ska ge barn i Gråbos förskolor stöd tidigt, innan svårigheterna växer. Ett team med en specialpedagog, en logoped och en familjebehandlare arbetar ute på förskolorna tillsammans med pedagogerna och erbjuder föräldrarna samtal och stöd hemma.</p>
          <h2>Varför en social investering?</h2>
          <p>I Gråbo får fler barn än i resten av kommunen stöd av elevhälsan först när de börjar skolan. Forskningen visar att insatser under förskoleåren ger störst effekt och minskar behovet av särskilt stöd och av socialtjänstens insatser senare.</p>
          <h2>Så arbetar teamet</h2>
          <p>Teamet observerar barngrupperna, handleder pedagogerna och gör tillsammans med föräldrarna en plan för de barn som behöver mer stöd. Familjebehandlaren kan träffa familjen hemma eller på familjecentralen. Barnhälsovården i Gråbo deltar i teamets möten en gång i månaden.</p>
          <h2>Hur följs investeringen upp?</h2>
          <p>Sektor lärande följer varje termin upp hur många barn som fått stöd, pedagogernas bedömning av barnens språk och samspel och hur många barn som behöver särskilt stöd i förskoleklass.</p>'''
    rows = [('Period', 'augusti 2024 – juni 2027'),
            ('Budget', '2 400 000 kronor ur sociala investeringsfonden'),
            ('Ansvarig', 'Sektor lärande, förskoleverksamheten i Gråbo'),
            ('Samverkan', 'Sektor social välfärd, barnhälsovården i Gråbo (Västra Götalandsregionen)'),
            ('Målgrupp', 'Barn 1–5 år i Gråbos förskolor och deras föräldrar'),
            ('Bemanning', 'En specialpedagog, en logoped på halvtid och en familjebehandlare'),
            ('Status', 'Pågår')]
    return project(L1, 'Barnens bästa i Gråbo', 'Ett team med specialpedagog, logoped och familjebehandlare ger tidigt stöd till barn i Gråbos förskolor.',
                   body, rows, contact('Sara Lindqvist', 'Verksamhetschef förskola Gråbo', '0302-52 14 60', 'sara.lindqvist@lerum.se'),
                   ('Pågående investeringar', PAG))


def l2():
    body = '''          <p>Trygg fritid Stenkullen ger barn och unga i Stenkullen en trygg och meningsfull fritid. Två fritidsledare finns på skolgården på eftermiddagarna och i Stenkullens fritidslokal tre kvällar i veckan. Investeringen finansieras ur kommunens sociala investeringsfond.</p>
          <h2>Bakgrund</h2>
          <p>Skolan och föräldrar har under flera år sett att en grupp barn i mellanstadiet och högstadiet rör sig ute sent på kvällarna utan vuxna i närheten. Det finns få föreningar i området och långt till fritidsgården i Lerums centrum.</p>
          <h2>Mål</h2>
          <ul>
            <li>Fler barn i Stenkullen ska delta i organiserade fritidsaktiviteter.</li>
            <li>Färre elever ska uppleva otrygghet på skolgården och i centrum.</li>
            <li>Samarbetet mellan skolan, fritiden, föreningarna och polisen ska bli en del av det vanliga arbetet.</li>
          </ul>
          <h2>Vilka är med?</h2>
          <p>Fritidsledarna är anställda av fritidsavdelningen i Sektor lärande. Stenkullens skola, Polisen i Lerum och två idrottsföreningar är med i arbetet.</p>'''
    rows = [('Period', '1 januari 2025 – 31 december 2026'),
            ('Budget', '1 100 000 kronor'),
            ('Ansvarig', 'Sektor lärande, fritidsavdelningen'),
            ('Samverkan', 'Stenkullens skola, Polisen, Stenkullens IK, Lerums BK'),
            ('Målgrupp', 'Barn och unga 10–15 år i Stenkullen'),
            ('Bemanning', 'Två fritidsledare'),
            ('Status', 'Pågår')]
    return project(L2, 'Trygg fritid Stenkullen', 'Fritidsledare på skolgården och kvällsaktiviteter för barn och unga i Stenkullen.',
                   body, rows, contact('Johan Berg', 'Fritidschef', '0302-52 13 20', 'johan.berg@lerum.se'),
                   ('Pågående investeringar', PAG))


def l3():
    body = '''          <p>Hälsolyftet är en social investering för unga vuxna som har försörjningsstöd och samtidigt mår psykiskt dåligt. Två hälsocoacher hjälper deltagarna med sömn, rörelse och vardagsrutiner, och med kontakten med vården, så att de orkar börja arbeta eller studera.</p>
          <h2>Därför behövs Hälsolyftet</h2>
          <p>Var tredje ung vuxen med långvarigt försörjningsstöd i Lerum har en psykisk ohälsa som gör det svårt att delta i arbetsmarknadens insatser. Utan stöd riskerar de att bli kvar i försörjningsstöd i många år.</p>
          <h2>Så går det till</h2>
          <p>Deltagarna kommer via handläggarna på Ekonomiskt bistånd. De träffar sin coach varje vecka, deltar i en hälsogrupp och får hjälp att ta kontakt med vårdcentralen. Efter sex månader gör deltagaren, coachen och handläggaren en plan för nästa steg tillsammans med Arbetsförmedlingen.</p>
          <p>Investeringen pågår från september 2024 till och med augusti 2026. Sociala investeringsfonden har beviljat 1 800 000 kronor.</p>'''
    rows = [('Period', 'september 2024 – augusti 2026'),
            ('Budget', '1 800 000 kronor ur sociala investeringsfonden'),
            ('Ansvarig', 'Sektor social välfärd, Arbetsmarknadsenheten'),
            ('Samverkan', 'Vårdcentralen Lerum (Västra Götalandsregionen), Arbetsförmedlingen'),
            ('Målgrupp', 'Unga vuxna 18–24 år med försörjningsstöd och psykisk ohälsa'),
            ('Bemanning', 'Två hälsocoacher'),
            ('Status', 'Pågår')]
    return project(L3, 'Hälsolyftet för unga vuxna', 'Hälsocoacher hjälper unga vuxna med försörjningsstöd att må bättre och komma vidare till arbete eller studier.',
                   body, rows, contact('Amira Haddad', 'Enhetschef Arbetsmarknadsenheten', '0302-52 17 05', 'amira.haddad@lerum.se'),
                   ('Pågående investeringar', PAG))


def l4():
    body = '''          <p>Läsfamiljer i Floda är en social investering där biblioteket och barnavårdscentralen tillsammans stöttar föräldrar att läsa, sjunga och prata med sina barn från första året. Barn som får ett rikt språk tidigt klarar skolan bättre.</p>
          <h2>Vad händer?</h2>
          <p>Alla familjer som besöker barnavårdscentralen i Floda när barnet är sex månader får en bokpåse och en inbjudan till biblioteket. En barnbibliotekarie leder språkträffar för föräldrar och barn varje vecka på biblioteket och på öppna förskolan, på svenska, arabiska och tigrinja.</p>
          <h2>Tid och pengar</h2>
          <p>Läsfamiljer pågår från januari 2025 till december 2026. Kommunfullmäktige beviljade 650 000 kronor ur den sociala investeringsfonden i november 2024.</p>'''
    rows = [('Period', 'januari 2025 – december 2026'),
            ('Budget', '650 000 kronor'),
            ('Ansvarig', 'Sektor samhällsbyggnad, biblioteket i Floda'),
            ('Samverkan', 'Barnavårdscentralen i Floda (Västra Götalandsregionen), öppna förskolan i Floda'),
            ('Målgrupp', 'Familjer med barn 0–6 år i Floda'),
            ('Bemanning', 'En barnbibliotekarie på halvtid'),
            ('Status', 'Pågår')]
    return project(L4, 'Läsfamiljer i Floda', 'Biblioteket och barnavårdscentralen i Floda stöttar föräldrar att läsa och prata med sina små barn.',
                   body, rows, contact('Elin Strand', 'Barnbibliotekarie', '0302-52 18 44', 'elin.strand@lerum.se'),
                   ('Pågående investeringar', PAG))


def l5():
    body = '''          <p><strong>Investeringen är avslutad.</strong> Skolnärvaro i Aspedalen pågick från januari 2020 till december 2023 och arbetade med elever i årskurs 4–9 som var borta mycket från skolan.</p>
          <h2>Vad gjordes?</h2>
          <p>Ett närvaroteam med en skolkurator, en specialpedagog och en socialsekreterare kartlade orsakerna till frånvaron för varje elev och gjorde en plan tillsammans med eleven och familjen. Teamet hade tät kontakt med föräldrarna redan efter några dagars frånvaro.</p>
          <h2>Resultat</h2>
          <p>Den problematiska frånvaron i årskurs 4–9 minskade från 9 till 5 procent av eleverna. 46 elever fick stöd av teamet, och 38 av dem gick mer än 80 procent av tiden i skolan ett år senare. Sociala investeringsfonden bidrog med 1 500 000 kronor.</p>
          <p>Arbetssättet med tidig kontakt med hemmet används nu på alla skolor i kommunen.</p>'''
    rows = [('Period', 'januari 2020 – december 2023'),
            ('Budget', '1 500 000 kronor ur sociala investeringsfonden'),
            ('Ansvarig', 'Sektor lärande, skolorna i Aspedalen'),
            ('Samverkan', 'Sektor social välfärd'),
            ('Målgrupp', 'Elever i årskurs 4–9 med hög frånvaro'),
            ('Status', 'Avslutad')]
    return project(L5, 'Skolnärvaro i Aspedalen', 'Ett närvaroteam arbetade med elever som var borta mycket från skolan.',
                   body, rows, contact('Maria Öberg', 'Utvecklingsledare', '0302-52 12 31', 'maria.oberg@lerum.se'),
                   ('Avslutade investeringar', AVS))


def l6():
    body = '''          <p><strong>Investeringen är avslutad.</strong> Äldre i rörelse var en social investering för att förebygga fallolyckor bland äldre i Tollered och Floda. Den pågick från mars 2021 till februari 2024.</p>
          <h2>Så arbetade vi</h2>
          <p>Fysioterapeuter från hemtjänsten ledde balansträning i grupp två gånger i veckan i Tollereds bygdegård och i Floda. Äldre som bodde hemma och hade fallit under det senaste året fick ett hembesök med råd om hjälpmedel och en egen träningsplan. PRO Tollered ordnade promenadgrupper.</p>
          <h2>Resultat</h2>
          <p>112 personer deltog. Antalet fallolyckor som ledde till sjukhusvård bland deltagarna halverades jämfört med åren före. Fonden bidrog med 420 000 kronor. Balansträningen finns kvar och drivs nu av PRO med stöd av kommunens fysioterapeuter.</p>'''
    rows = [('Period', 'mars 2021 – februari 2024'),
            ('Budget', '420 000 kronor'),
            ('Ansvarig', 'Sektor social välfärd, hemtjänsten'),
            ('Samverkan', 'PRO Tollered, Vårdcentralen Floda'),
            ('Målgrupp', 'Personer 75 år och äldre som bor hemma'),
            ('Status', 'Avslutad')]
    return project(L6, 'Äldre i rörelse – Tollered', 'Balansträning och hembesök för att förebygga fallolyckor bland äldre.',
                   body, rows, contact('Karin Ahl', 'Enhetschef rehab', '0302-52 16 70', 'karin.ahl@lerum.se'),
                   ('Avslutade investeringar', AVS))


# ---------------------------------------------------------------------------------------------------------- listings
def card(href, title, slug):
    return f'''              <li class="card-grid__item">
                <a class="card card--link" href="{href}">
                  <div class="card__media"><img src="{img(slug)}" alt="" width="480" height="270" loading="lazy"></div>
                  <h3 class="card__heading">{title}</h3>
                </a>
              </li>'''


LOAD_MORE_JS = '''<script>
  (function () {
    document.querySelectorAll('.js-load-more').forEach(function (btn) {
      btn.hidden = false;
      btn.addEventListener('click', function () {
        var grid = document.getElementById(btn.dataset.target);
        var tpl = btn.dataset.template && document.getElementById(btn.dataset.template);
        if (tpl) { grid.appendChild(tpl.content.cloneNode(true)); }
        var block = btn.closest('[data-more-items]');
        if (block) {
          JSON.parse(block.dataset.moreItems).forEach(function (it) {
            var li = document.createElement('li');
            li.className = 'card-grid__item';
            li.innerHTML = '<a class="card card--link" href="' + it.url + '"><div class="card__media"><img src="' + it.image + '" alt=""></div><h3 class="card__heading">' + it.name + '</h3></a>';
            grid.appendChild(li);
          });
        }
        btn.remove();
      });
    });
  })();
  </script>'''


def pagaende():
    bid = cid(PAG)
    main = f'''        <h1 class="article__heading">Pågående investeringar</h1>
        <p class="article__preamble">Här är de sociala investeringar som pågår just nu. Varje investering har fått pengar ur kommunens sociala investeringsfond för en begränsad tid.</p>
        <div class="content-area">
          <div class="block listing-block" data-block-type="ProjectListingBlock" data-content-id="{bid}">
            <p class="listing-block__count" aria-live="polite">Visar 3 av 4</p>
            <ul class="card-grid" id="cards-{bid}">
{card(L1, 'Barnens bästa i Gråbo', 'barnens-basta-i-grabo')}
{card(L2, 'Trygg fritid Stenkullen', 'trygg-fritid-stenkullen')}
{card(L3, 'Hälsolyftet för unga vuxna', 'halsolyftet-unga-vuxna')}
            </ul>
            <template id="cards-{bid}-more">
{card(L4, 'Läsfamiljer i Floda', 'lasfamiljer-i-floda')}
            </template>
            <button type="button" class="button button--secondary js-load-more" data-target="cards-{bid}" data-template="cards-{bid}-more" data-endpoint="{API_PAG.replace('&', '&amp;')}" hidden>Visa fler</button>
          </div>
        </div>
        <p>Läs också om <a href="{AVS}">avslutade investeringar</a> och om <a href="{SOKA}">hur du söker medel</a>.</p>
        {LOAD_MORE_JS}'''
    return page(PAG, 'Pågående investeringar', main, 'ListPage',
                [('Omsorg och stöd', OS), ('Sociala investeringar', FUND), ('Pågående investeringar', PAG)], OS, side=True)


def avslutade():
    bid = cid(AVS)
    more = [{'contentLink': cid(L6), 'name': 'Äldre i rörelse – Tollered', 'url': L6,
             'image': img('aldre-i-rorelse-tollered').replace('&amp;', '&')}]
    main = f'''        <h1 class="article__heading">Avslutade investeringar</h1>
        <p class="article__preamble">Sociala investeringar som har avslutats. En del arbetssätt lever vidare i kommunens ordinarie verksamhet.</p>
        <div class="content-area">
          <div class="block listing-block" data-block-type="ProjectListingBlock" data-content-id="{bid}" data-total="3" data-page-size="2" data-more-items="{attr_json(more)}">
            <p class="listing-block__count" aria-live="polite">Visar 2 av 3</p>
            <ul class="card-grid" id="cards-{bid}">
{card(L5, 'Skolnärvaro i Aspedalen', 'skolnarvaro-i-aspedalen')}
{card(SERVICE, 'Familjecentralen i Gråbo', 'familjecentralen-i-grabo')}
            </ul>
            <button type="button" class="button button--secondary js-load-more" data-target="cards-{bid}" data-endpoint="{API_AVS.replace('&', '&amp;')}" hidden>Visa fler</button>
          </div>
        </div>
        <p>Resultaten från avslutade investeringar redovisas i <a href="{UPPF}">uppföljningen av fonden</a>.</p>
        {LOAD_MORE_JS}'''
    return page(AVS, 'Avslutade investeringar', main, 'ListPage',
                [('Omsorg och stöd', OS), ('Sociala investeringar', FUND), ('Avslutade investeringar', AVS)], OS, side=True)


# ---------------------------------------------------------------------------------------------------------- fund
def teaser(href, title, text):
    return f'''            <div class="block teaser-block" data-block-type="TeaserBlock">
              <a class="teaser" href="{href}"><h2 class="teaser__heading">{title}</h2><p class="teaser__text">{text}</p></a>
            </div>'''


def fund():
    main = f'''        <h1 class="article__heading">Sociala investeringar</h1>
        <p class="article__preamble">Lerums kommun har en social investeringsfond. Pengarna används till förebyggande arbete som ska ge människor bättre livsvillkor och minska kommunens kostnader på sikt.</p>
        <div class="article__body rich-text">
          <h2>Vad är en social investering?</h2>
          <p>En social investering är en satsning som görs i dag för att förebygga problem som annars hade kostat mycket, både för människor och för kommunen. Det kan handla om tidigt stöd till barn, om unga som riskerar att hamna utanför eller om äldre som riskerar att skada sig.</p>
          <h2>Om fonden</h2>
          <p>Kommunfullmäktige inrättade fonden 2016. Sektorerna kan söka pengar ur fonden för arbete som är nytt, tidsbegränsat och som går att följa upp. Investeringarna ska helst göras tillsammans med andra sektorer eller med regionen, föreningar eller andra myndigheter.</p>
          <h2>Fonden i siffror</h2>
          <ul>
            <li>Avsatt sedan 2016: 25 000 000 kronor</li>
            <li>Beviljat hittills: 16 850 000 kronor</li>
            <li>Antal investeringar sedan starten: 12</li>
            <li>Pågående investeringar: 4</li>
          </ul>
        </div>
        <div class="content-area content-area--teasers">
{teaser(PAG, 'Pågående investeringar', 'Det här arbetar vi med just nu.')}
{teaser(AVS, 'Avslutade investeringar', 'Investeringar som är klara och vad de gav.')}
{teaser(SOKA, 'Så söker du medel', 'För dig som arbetar i kommunen och har en idé.')}
{teaser(UPPF, 'Uppföljning och utvärdering', 'Årsrapporter och utvärderingar av fonden.')}
        </div>
{contact('Henrik Svärd', 'Strateg social hållbarhet', '0302-52 10 48', 'henrik.svard@lerum.se')}'''
    return page(FUND, 'Sociala investeringar', main, 'LandingPage', [('Omsorg och stöd', OS), ('Sociala investeringar', FUND)],
                OS, side=True, printable=True)


def soka():
    main = f'''        <h1 class="article__heading">Så söker du medel ur fonden</h1>
        <p class="article__preamble">Medarbetare i kommunens sektorer kan söka pengar ur den sociala investeringsfonden. Här beskriver vi hur det går till.</p>
        <div class="article__body rich-text">
          <h2>Vem kan söka?</h2>
          <p>Sektorerna i Lerums kommun kan söka. Ansökan ska vara förankrad hos sektorchefen. Föreningar, regionen och andra myndigheter kan vara med i en ansökan, men inte söka själva.</p>
          <h2>Vad kan man söka för?</h2>
          <p>Förebyggande arbete som är nytt för kommunen, som har ett tydligt mål och som går att följa upp. Arbetet ska vara tidsbegränsat, högst tre år.</p>
          <h2>Hur mycket kan man söka?</h2>
          <p>Högst 3 000 000 kronor per ansökan.</p>
          <h2>Så går det till</h2>
          <ol>
            <li>Kontakta strategen för social hållbarhet och berätta om idén.</li>
            <li>Fyll i ansökningsmallen med mål, budget, tidplan och en beräkning av vad arbetet kan spara.</li>
            <li>Lämna ansökan senast den 15 mars eller den 15 september.</li>
            <li>Kommunstyrelsens arbetsutskott bereder ansökan och kommunfullmäktige beslutar.</li>
          </ol>
          <p><a href="/globalassets/dokument/sociala-investeringar/ansokningsmall-sociala-investeringar.docx">Ansökningsmall (Word)</a></p>
          <p>Läs också <a href="{REGLER}">reglerna för fonden</a>.</p>
        </div>'''
    return page(SOKA, 'Så söker du medel ur fonden', main, 'StandardPage',
                [('Omsorg och stöd', OS), ('Sociala investeringar', FUND), ('Så söker du medel', SOKA)], OS, side=True)


def regler():
    main = '''        <h1 class="article__heading">Regler för sociala investeringsfonden</h1>
        <p class="article__preamble">Reglerna antogs av kommunfullmäktige den 25 maj 2016, § 87, och ändrades den 12 december 2024, § 201.</p>
        <div class="article__body rich-text">
          <h2>1. Syfte</h2>
          <p>Fonden ska ge förutsättningar för förebyggande arbete som förbättrar livsvillkoren för barn, unga och vuxna i Lerum och som på sikt minskar kommunens kostnader.</p>
          <h2>2. Fondens storlek</h2>
          <p>Kommunfullmäktige beslutar i samband med bokslutet om att sätta av pengar till fonden. Fonden får inte understiga 5 000 000 kronor.</p>
          <h2>3. Krav på en investering</h2>
          <ol>
            <li>Investeringen ska vara förebyggande och rikta sig till en tydlig målgrupp.</li>
            <li>Investeringen ska vara tidsbegränsad, högst tre år.</li>
            <li>Investeringen ska ha mätbara mål och en plan för uppföljning.</li>
            <li>Investeringen ska om möjligt göras tillsammans med andra sektorer eller aktörer.</li>
            <li>Den sökande sektorn ska ha en plan för hur ett lyckat arbetssätt ska tas in i ordinarie verksamhet.</li>
          </ol>
          <h2>4. Återbetalning</h2>
          <p>Om investeringen leder till minskade kostnader för sektorn ska hälften av det sparade beloppet betalas tillbaka till fonden.</p>
        </div>'''
    return page(REGLER, 'Regler för sociala investeringsfonden', main, 'StandardPage',
                [('Omsorg och stöd', OS), ('Sociala investeringar', FUND), ('Regler för fonden', REGLER)], OS, side=True)


def uppf():
    main = '''        <h1 class="article__heading">Uppföljning och utvärdering</h1>
        <p class="article__preamble">Varje år redovisar kommunstyrelsen hur fonden har använts. Här finns en sammanfattning av årsrapporten för 2024.</p>
        <div class="article__body rich-text">
          <h2>Årsrapport 2024</h2>
          <table class="table">
            <caption>Investeringar och beviljade medel per år</caption>
            <thead><tr><th>År</th><th>Nya investeringar</th><th>Beviljat, kronor</th><th>Avslutade</th></tr></thead>
            <tbody>
              <tr><td>2022</td><td>1</td><td>1 200 000</td><td>1</td></tr>
              <tr><td>2023</td><td>0</td><td>0</td><td>1</td></tr>
              <tr><td>2024</td><td>4</td><td>5 950 000</td><td>1</td></tr>
            </tbody>
          </table>
          <h2>Resultat</h2>
          <p>Av de tolv investeringar som fonden har finansierat sedan 2016 har åtta avslutats. Fem av dem har lett till att arbetssättet finns kvar i ordinarie verksamhet. Två investeringar har betalat tillbaka pengar till fonden.</p>
          <h2>Lärdomar</h2>
          <p>Investeringar som planeras tillsammans med flera sektorer från början får bättre resultat. Det är viktigt att bestämma hur uppföljningen ska göras innan arbetet startar.</p>
          <p><a href="/globalassets/dokument/sociala-investeringar/arsrapport-sociala-investeringsfonden-2024.pdf">Årsrapport 2024 (pdf)</a></p>
        </div>'''
    return page(UPPF, 'Uppföljning och utvärdering', main, 'StandardPage',
                [('Omsorg och stöd', OS), ('Sociala investeringar', FUND), ('Uppföljning och utvärdering', UPPF)], OS, side=True)


def service():
    main = '''        <h1 class="article__heading">Familjecentralen i Gråbo</h1>
        <p class="article__preamble">På familjecentralen i Gråbo finns mödrahälsovård, barnhälsovård, öppen förskola och socialtjänstens föräldrastöd under samma tak.</p>
        <div class="article__body rich-text">
          <p>Du som väntar barn eller har barn mellan 0 och 6 år är välkommen hit. Här kan du träffa barnmorska, barnsjuksköterska, förskollärare och familjebehandlare, gå på föräldragrupper och träffa andra föräldrar.</p>
          <h2>Från social investering till ordinarie verksamhet</h2>
          <p>Familjecentralen startade 2019 som en social investering med pengar ur kommunens sociala investeringsfond. Sedan januari 2023 är familjecentralen en del av ordinarie verksamhet och finansieras av Lerums kommun och Västra Götalandsregionen tillsammans.</p>
          <h2>Öppettider</h2>
          <p>Öppna förskolan: måndag, tisdag och torsdag klockan 9–12. Barnavårdscentralen har tidsbokning.</p>
          <h2>Hitta hit</h2>
          <p>Gråbo centrum, Ishallsvägen 4.</p>
        </div>'''
    return page(SERVICE, 'Familjecentralen i Gråbo', main, 'StandardPage',
                [('Omsorg och stöd', OS), ('Barn och familj', BF), ('Familjecentralen i Gråbo', SERVICE)], OS, side=True)


def barn_och_familj():
    main = f'''        <h1 class="article__heading">Barn och familj</h1>
        <p class="article__preamble">Stöd till dig som är förälder, och till barn och unga som behöver hjälp.</p>
        <div class="content-area content-area--teasers">
{teaser(SERVICE, 'Familjecentralen i Gråbo', 'Mödrahälsovård, barnhälsovård, öppen förskola och föräldrastöd.')}
{teaser(BF + 'foraldrastod/', 'Föräldrastöd', 'Föräldragrupper och samtal för dig som är förälder.')}
{teaser(BF + 'familjebehandling/', 'Familjebehandling', 'Stöd när det är svårt i familjen.')}
{teaser(BF + 'orosanmalan/', 'Orolig för ett barn', 'Så gör du en orosanmälan.')}
        </div>'''
    return page(BF, 'Barn och familj', main, 'LandingPage', [('Omsorg och stöd', OS), ('Barn och familj', BF)], OS, side=True)


def omsorg():
    main = f'''        <h1 class="article__heading">Omsorg och stöd</h1>
        <p class="article__preamble">Stöd och omsorg för barn, familjer, äldre och personer med funktionsnedsättning.</p>
        <div class="content-area content-area--teasers">
{teaser(BF, 'Barn och familj', 'Familjecentral, föräldrastöd och familjebehandling.')}
{teaser(OS + 'aldreomsorg/', 'Äldreomsorg', 'Hemtjänst, särskilt boende och träffpunkter.')}
{teaser(OS + 'funktionsnedsattning/', 'Funktionsnedsättning', 'Stöd enligt LSS och socialtjänstlagen.')}
{teaser(OS + 'ekonomiskt-bistand/', 'Ekonomiskt bistånd', 'Försörjningsstöd och budget- och skuldrådgivning.')}
{teaser(FUND, 'Sociala investeringar', 'Kommunens fond för förebyggande arbete.')}
        </div>'''
    return page(OS, 'Omsorg och stöd', main, 'LandingPage', [('Omsorg och stöd', OS)], OS, side=True)


def section(path, title, lead, teasers):
    main = f'''        <h1 class="article__heading">{title}</h1>
        <p class="article__preamble">{lead}</p>
        <div class="content-area content-area--teasers">
''' + '\n'.join(teaser(h, t, x) for h, t, x in teasers) + '''
        </div>'''
    return page(path, title, main, 'LandingPage', [(title, path)], path)


# ---------------------------------------------------------------------------------------------------------- news etc.
def news(path, title, date, lead, body):
    main = f'''        <p class="article__meta">Nyhet · <time datetime="{date}">{date}</time></p>
        <h1 class="article__heading">{title}</h1>
        <p class="article__preamble">{lead}</p>
        <div class="article__body rich-text">
{body}
        </div>'''
    return page(path, title, main, 'NewsPage', [('Nyheter', NYH), (title, path)], KP, updated=date)


NEWS = [
    (N_L1, 'Nytt team ger tidigt stöd i Gråbos förskolor', '2025-09-02',
     'Sedan augusti arbetar ett team med specialpedagog, logoped och familjebehandlare ute på förskolorna i Gråbo.',
     f'''          <p>Teamet är en del av den sociala investeringen Barnens bästa i Gråbo, som kommunfullmäktige beviljade pengar till i våras.</p>
          <p>– Vi vill fånga upp barnen innan svårigheterna växer, säger Sara Lindqvist, verksamhetschef för förskolan i Gråbo.</p>
          <p><a href="{L1}">Läs mer om Barnens bästa i Gråbo</a></p>'''),
    (N_FUND, 'Kommunfullmäktige tillför fonden fem miljoner kronor', '2025-06-18',
     'Kommunfullmäktige har beslutat att sätta av 5 000 000 kronor av förra årets överskott till den sociala investeringsfonden.',
     f'''          <p>Därmed har kommunen avsatt 25 000 000 kronor till fonden sedan den inrättades 2016. Sektorerna kan söka pengar ur fonden två gånger om året, nästa gång senast den 15 september.</p>
          <p>– Det förebyggande arbetet lönar sig både för människor och för kommunens ekonomi, säger kommunstyrelsens ordförande.</p>
          <p>Läs mer om <a href="{EDIT}#context=epi.cms.contentdata:///{cid(REGLER)}">reglerna för fonden</a> och <a href="{SOKA}">hur du söker</a>.</p>'''),
    (N_SNO, 'Så röjer vi snö i vinter', '2025-11-20',
     'Kommunen plogar gång- och cykelvägar först, sedan bussgator och sist lokalgator.',
     '          <p>Plogningen startar när det har fallit fem centimeter snö. Fastighetsägare ansvarar för trottoaren utanför sin fastighet.</p>'),
    (N_BIB, 'Biblioteket i Floda får nya öppettider', '2025-10-07',
     'Från den 1 november har biblioteket i Floda öppet längre på torsdagar.',
     '          <p>Nya öppettider: måndag–torsdag 10–19, fredag 10–16, lördag 11–14.</p>'),
]


def nyheter():
    lis = ''.join(f'''
            <li class="news-list__item"><a class="news-list__link" href="{p}"><h2 class="news-list__heading">{t}</h2></a><p><time datetime="{d}">{d}</time> – {lead}</p></li>'''
                  for p, t, d, lead, _ in sorted(NEWS, key=lambda x: x[2], reverse=True))
    main = f'''        <h1 class="article__heading">Nyheter</h1>
        <div class="content-area">
          <div class="block news-list-block" data-block-type="NewsListBlock">
            <ul class="news-list">{lis}
            </ul>
          </div>
        </div>'''
    return page(NYH, 'Nyheter', main, 'NewsListPage', [('Nyheter', NYH)], KP)


def event():
    main = f'''        <p class="article__meta">Evenemang</p>
        <h1 class="article__heading">Frukostseminarium: Lönar sig sociala investeringar?</h1>
        <p class="article__preamble">Välkommen till ett frukostseminarium om kommunens sociala investeringar och vad de har gett.</p>
        <div class="content-area">
          <div class="block event-facts" data-block-type="EventFactsBlock">
            <dl>
              <dt>Datum</dt><dd>Torsdag 12 februari 2026</dd>
              <dt>Tid</dt><dd>07.30–09.30</dd>
              <dt>Plats</dt><dd>Lerums kulturhus, Bryggaregatan 2</dd>
              <dt>Kostnad</dt><dd>Kostnadsfritt, frukost ingår</dd>
              <dt>Sista anmälningsdag</dt><dd>5 februari 2026</dd>
              <dt>Anmälan</dt><dd><a href="https://e-tjanster.lerum.se/anmalan/frukostseminarium-2026">Anmäl dig här</a></dd>
              <dt>Arrangör</dt><dd>Lerums kommun, social hållbarhet</dd>
            </dl>
          </div>
        </div>
        <div class="article__body rich-text">
          <h2>Program</h2>
          <p>07.30 Frukost. 08.00 Vad är en social investering? 08.20 Erfarenheter från Skolnärvaro i Aspedalen och Barnens bästa i Gråbo. 09.00 Frågor och samtal.</p>
          <p>Seminariet riktar sig till förtroendevalda, chefer och medarbetare i kommunen och till föreningar.</p>
          <p><a rel="nofollow" href="{CAL_Q}">Fler evenemang samma dag</a></p>
        </div>'''
    return page(EV, 'Frukostseminarium: Lönar sig sociala investeringar?', main, 'EventPage',
                [('Evenemang', EVS), ('Frukostseminarium: Lönar sig sociala investeringar?', EV)], KF)


def event_jul():
    main = '''        <p class="article__meta">Evenemang</p>
        <h1 class="article__heading">Julmarknad i Floda</h1>
        <p class="article__preamble">Traditionell julmarknad med hantverk, glögg och tomteparad på Flodas torg.</p>
        <div class="article__body rich-text">
          <p>Lördag 13 december 2025 klockan 11–16. Fri entré.</p>
        </div>'''
    return page(EV_JUL, 'Julmarknad i Floda', main, 'EventPage', [('Evenemang', EVS), ('Julmarknad i Floda', EV_JUL)], KF)


def evenemang():
    main = f'''        <h1 class="article__heading">Evenemang</h1>
        <p class="article__preamble">Det här händer i Lerum.</p>
        <ul class="event-list">
          <li><a href="{EV_JUL}">Julmarknad i Floda</a> – 13 december 2025</li>
          <li><a href="{EV}">Frukostseminarium: Lönar sig sociala investeringar?</a> – 12 februari 2026</li>
        </ul>
        <p><a href="{CAL}">Se alla evenemang i kalendern</a></p>'''
    return page(EVS, 'Evenemang', main, 'ListPage', [('Evenemang', EVS)], KF)


def job():
    main = '''        <p class="article__meta">Ledigt jobb · Sektor social välfärd</p>
        <h1 class="article__heading">Familjebehandlare till Barnens bästa i Gråbo</h1>
        <p class="article__preamble">Vill du arbeta förebyggande med barn och föräldrar? Vi söker en familjebehandlare till teamet i den sociala investeringen Barnens bästa i Gråbo.</p>
        <div class="article__body rich-text">
          <h2>Om tjänsten</h2>
          <p>Du arbetar i ett team med en specialpedagog och en logoped ute på förskolorna i Gråbo. Du har föräldrasamtal, leder föräldragrupper och samverkar med barnhälsovården.</p>
          <h2>Kvalifikationer</h2>
          <p>Socionomexamen eller annan relevant högskoleutbildning och erfarenhet av att arbeta med familjer.</p>
          <ul>
            <li>Anställningsform: Visstidsanställning till och med 30 juni 2027</li>
            <li>Omfattning: Heltid</li>
            <li>Tillträde: 1 mars 2026 eller enligt överenskommelse</li>
            <li>Sista ansökningsdag: 18 januari 2026</li>
          </ul>
          <p><a href="https://lerum.varbi.com/what:job/jobID:812044/">Sök tjänsten</a></p>
        </div>'''
    return page(JOB, 'Familjebehandlare till Barnens bästa i Gråbo', main, 'JobPage',
                [('Lediga jobb', JOBS), ('Familjebehandlare till Barnens bästa i Gråbo', JOB)], KP)


def jobs():
    main = f'''        <h1 class="article__heading">Lediga jobb</h1>
        <ul class="job-list">
          <li><a href="{JOB}">Familjebehandlare till Barnens bästa i Gråbo</a> – sista ansökningsdag 18 januari 2026</li>
          <li><a href="https://lerum.varbi.com/what:job/jobID:811902/">Undersköterska till hemtjänsten i Floda</a></li>
          <li><a href="https://lerum.varbi.com/what:job/jobID:811877/">Förskollärare till Sjövik</a></li>
        </ul>'''
    return page(JOBS, 'Lediga jobb', main, 'ListPage', [('Lediga jobb', JOBS)], KP)


def furniture(path, title, text):
    main = f'''        <h1 class="article__heading">{title}</h1>
        <div class="article__body rich-text">
          <p>{text}</p>
        </div>'''
    return page(path, title, main, 'StandardPage', [(title, path)] if path != KAKOR and path != TILLG else
                [('Om webbplatsen', OMW), (title, path)])


def start():
    lis = ''.join(f'''
          <li class="news-list__item"><a class="news-list__link" href="{p}"><h3 class="news-list__heading">{t}</h3></a><p>{lead}</p></li>'''
                  for p, t, d, lead, _ in [NEWS[0], NEWS[1], NEWS[2]])
    main = f'''        <h1 class="visually-hidden">Lerums kommun</h1>
        <div class="hero"><p class="hero__text">Välkommen till Lerums kommun</p></div>
        <div class="content-area content-area--shortcuts">
{teaser(JOBS, 'Lediga jobb', 'Jobba hos oss.')}
{teaser(FSK, 'Förskola och skola', 'Ansök om förskoleplats och skolval.')}
{teaser(EVS, 'Evenemang', 'Det här händer i Lerum.')}
{teaser(KONTAKT, 'Kontakta oss', 'Kontaktcenter svarar på dina frågor.')}
        </div>
        <section class="start-news">
          <h2>Nyheter</h2>
          <ul class="news-list">{lis}
          </ul>
          <p><a href="{NYH}">Fler nyheter</a></p>
        </section>
        <p class="popular-searches">Populära sökningar: <a href="{SEARCHES[0]}">förskola</a>, <a href="{SEARCHES[1]}">bygglov</a>, <a href="{SEARCHES[2]}">lediga jobb</a></p>'''
    return page('/', 'Startsida', main, 'StartPage', None, '')


def build():
    pages = {
        '/': start(), OS: omsorg(), BF: barn_och_familj(), SERVICE: service(), FUND: fund(), PAG: pagaende(),
        AVS: avslutade(), L1: l1(), L2: l2(), L3: l3(), L4: l4(), L5: l5(), L6: l6(), SOKA: soka(), REGLER: regler(),
        UPPF: uppf(), NYH: nyheter(), EVS: evenemang(), EV: event(), EV_JUL: event_jul(), JOBS: jobs(), JOB: job(),
        FSK: section(FSK, 'Förskola och skola', 'Förskola, grundskola, gymnasium och vuxenutbildning i Lerum.',
                     [(FSK + 'forskola/', 'Förskola', 'Ansök om plats.'), (FSK + 'grundskola/', 'Grundskola', 'Skolval och skolskjuts.')]),
        KF: section(KF, 'Kultur och fritid', 'Bibliotek, idrott och evenemang.',
                    [(KF + 'bibliotek/', 'Bibliotek', 'Lerums, Gråbos och Flodas bibliotek.'), (EVS, 'Evenemang', 'Det här händer i Lerum.')]),
        KP: section(KP, 'Kommun och politik', 'Så styrs Lerums kommun.',
                    [(KP + 'ekonomi-och-budget/', 'Ekonomi och budget', 'Budget, årsredovisning och sociala investeringsfonden.'),
                     (NYH, 'Nyheter', 'Nyheter från kommunen.'), (JOBS, 'Lediga jobb', 'Jobba hos oss.')]),
        KONTAKT: furniture(KONTAKT, 'Kontakta oss', 'Kontaktcenter nås på 0302-52 10 00 vardagar klockan 8–17.'),
        OMW: furniture(OMW, 'Om webbplatsen', 'Webbplatsen drivs av kommunikationsenheten i Lerums kommun.'),
        KAKOR: furniture(KAKOR, 'Kakor', 'Vi använder kakor för att webbplatsen ska fungera och för besöksstatistik.'),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Lerums kommun står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.'),
    }
    for p, t, d, lead, body in NEWS:
        pages[p] = news(p, t, d, lead, body)
    for p, h in pages.items():
        write(H, p, h)
    write(H, '/robots.txt', '''User-agent: *
Disallow: /EPiServer/
Disallow: /episerver/
Disallow: /Util/
Disallow: /api/
Disallow: /sok/
Disallow: /evenemang/kalender/
Disallow: /mina-sidor/
Disallow: /*?print=
Crawl-delay: 2
''')
    return pages


if __name__ == '__main__':
    build()
