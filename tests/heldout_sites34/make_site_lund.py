"""Lunds kommun (1281, about 129 000 inhabitants; Lund, Dalby, Södra Sandby, Veberöd, Genarp, Stångby) on
EXPRESSIONENGINE 7 with the add-ons STRUCTURE (the page tree), PUBLISHER (translations) and LOW SEARCH – heldout_sites34.

A BILINGUAL site: Swedish, the default language, has no prefix; English lives under /en/ with its own, shorter tree
(start, Municipality and politics, Social investment fund, three project copies, Contact). Addresses are extensionless
WITHOUT a trailing slash (saved as <path>/index.html); links root-relative. Every page that has a translation names it
in <link rel="alternate" hreflang="sv|en|x-default">; the sitemap /sitemap.xml repeats them as xhtml:link.

THE LANGUAGE SWITCH IS PUBLISHER'S ACTION URL: the header's 'English' (on Swedish pages) and 'Svenska' (on English
pages) links go to /?ACT=41&lang_id=N&site_id=1&url=<path> – an action that sets a cookie and redirects – and robots.txt
forbids '/*?ACT='. The English side is reached by plain links only through the footer's 'In English' (/en) and through
the hreflang alternates.

English copies: THE ENGLISH PROJECT TEMPLATE was copied from the Swedish one and keeps <html lang="sv-SE"> (og:locale
says en_GB, the text is English); ONE ENGLISH COPY IS A PUBLISHER FALLBACK: /en/…/steget-vidare was never translated,
so it shows the Swedish entry (title, fact box and text) under the English address with an English notice.

Projects (Swedish pages, fact box 'Fakta om investeringen' as a <dl> in an <aside>):
L1 Familjelots Linero, L2 Närvarolyftet Klostergården (on the Swedish list, English copies E1, E2);
L3 Steget vidare (on the Swedish list, English fallback copy E3);
L4 Seniorvänner i Genarp (newly granted, not on the list: only from the news of two grants);
L5 Kvällsfritids på Norra Fäladen (finished in 2024, off the Swedish list; its only link is on the ENGLISH fund page).
"""
from urllib.parse import quote

from make_common import write, esc, hexid, urlset

H = 'www.lund.se'
NAME = 'Lunds kommun'

# ------------------------------------------------------------------------------------------------------ addresses
KOP = '/kommun-och-politik'
FOND = KOP + '/sociala-investeringar'
LISTA = FOND + '/pagaende-investeringar'
SOKA = FOND + '/sa-soker-du-medel'
RIKT = FOND + '/riktlinjer'
SAMM = FOND + '/sammanstallning-2025'
L1 = LISTA + '/familjelots-linero'
L2 = LISTA + '/narvarolyftet-klostergarden'
L3 = LISTA + '/steget-vidare'
L4 = LISTA + '/seniorvanner-i-genarp'
L5 = LISTA + '/kvallsfritids-norra-faladen'
POLITIK = KOP + '/politik-och-beslut'          # dead
EKONOMI = KOP + '/ekonomi-och-budget'          # dead
NYH = '/nyheter'
N_BESLUT = NYH + '/tva-nya-sociala-investeringar-beviljade'
N_CALL = NYH + '/nu-kan-forvaltningarna-soka-medel-ur-den-sociala-investeringsfonden'
N_VATTEN = NYH + '/ledningsarbete-pa-stora-sodergatan'
N_SPORTLOV = NYH + '/sportlov-i-lund-aktiviteter-for-barn-och-unga'
EVEN = '/evenemang'
EV = EVEN + '/seminarium-vad-har-de-sociala-investeringarna-gett'
CAL = EVEN + '/kalender'
CAL_APR = EVEN + '/kalender/2026/04'
JOBB = KOP + '/jobba-hos-oss'
JOB = JOBB + '/lediga-jobb/projektledare-till-narvarolyftet'
BUT = '/barn-och-utbildning'
GRUND = BUT + '/grundskola'                    # dead
OMS = '/omsorg-och-stod'
AELDRE = OMS + '/aldreomsorg'                  # dead
IFO = OMS + '/stod-till-barn-och-familj'       # dead
KUF = '/kultur-och-fritid'
BIBL = KUF + '/bibliotek'
LAXHJALP = BIBL + '/laxhjalp-pa-biblioteken'
FRITIDSGARDAR = KUF + '/fritidsgardar'         # dead
BYGGA = '/bygga-och-bo'                        # dead
ARBETE = '/arbete-och-naringsliv'              # dead
KONTAKT = '/kontakt'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse'
LATTLAST = '/lattlast'                         # dead
TECKEN = '/teckensprak'                        # dead

EN = '/en'
EN_MUN = EN + '/municipality-and-politics'
EN_FUND = EN_MUN + '/social-investment-fund'
E1 = EN_FUND + '/family-navigator-linero'
E2 = EN_FUND + '/school-attendance-boost-klostergarden'
E3 = EN_FUND + '/steget-vidare'
EN_CONTACT = EN + '/contact'
EN_LIVING = EN + '/living-in-lund'             # dead
EN_STUDY = EN + '/studying-in-lund'            # dead

PROJECTS = [L1, L2, L3, L4, L5]
NOT_PROJECTS = [FOND, SOKA, RIKT, SAMM, N_CALL, EV, JOB, LAXHJALP, EN_FUND, E1, E2, E3]

SEARCH = '/sok'
SEARCHES = ['/sok?keywords=bygglov', '/sok?keywords=skolval', '/sok?keywords=lediga+jobb']
EN_SEARCH = '/en/search'
ADMIN = '/admin.php'
EDIT_L4 = '/admin.php?/cp/publish/edit/entry/482'


def utskrift(path):
    return f'{path}?utskrift=1'


PRINT_LISTED = ['/kommun-och-politik/sociala-investeringar',
                '/kommun-och-politik/sociala-investeringar/pagaende-investeringar/familjelots-linero',
                '/kommun-och-politik/sociala-investeringar/pagaende-investeringar/seniorvanner-i-genarp']

# translations: Swedish path <-> English path
TRANS = {'/': EN, KOP: EN_MUN, FOND: EN_FUND, L1: E1, L2: E2, L3: E3, KONTAKT: EN_CONTACT}
SV_OF = {v: k for k, v in TRANS.items()}


def act(lang_id, path):
    """Publisher's language-switch action: sets the language cookie and redirects to the other language's page."""
    return f'/?ACT=41&lang_id={lang_id}&site_id=1&url={quote(path, safe="")}'


ACT_LISTED = [act(2, '/'), act(2, FOND), act(2, L1), act(1, EN_FUND)]


def forbidden():
    return [SEARCH] + SEARCHES + [EN_SEARCH, ADMIN, EDIT_L4] + ACT_LISTED + [CAL, CAL_APR] + \
        [utskrift(p) for p in PRINT_LISTED]


CSRF = hexid('lund-csrf', 40)

# ------------------------------------------------------------------------------------------------------- chrome
MENU = [('Barn och utbildning', BUT), ('Omsorg och stöd', OMS), ('Kultur och fritid', KUF), ('Bygga och bo', BYGGA),
        ('Arbete och näringsliv', ARBETE), ('Kommun och politik', KOP)]
EN_MENU = [('Living in Lund', EN_LIVING), ('Studying in Lund', EN_STUDY),
           ('Municipality and politics', EN_MUN), ('Contact', EN_CONTACT)]


def hreflang(path):
    if path in TRANS:
        sv, en = path, TRANS[path]
    elif path in SV_OF:
        sv, en = SV_OF[path], path
    else:
        sv, en = (path, None) if not path.startswith(EN) else (None, path)
    out = ''
    if sv:
        out += f'\n<link rel="alternate" hreflang="sv" href="https://{H}{sv}">'
    if en:
        out += f'\n<link rel="alternate" hreflang="en" href="https://{H}{en}">'
    if sv:
        out += f'\n<link rel="alternate" hreflang="x-default" href="https://{H}{sv}">'
    return out


def header_sv(path, section):
    items = ''.join(f'\n        <li class="main-nav__item{" main-nav__item--active" if href == section else ""}">'
                    f'<a href="{href}">{t}</a></li>' for t, href in MENU)
    return f'''<header class="site-header" role="banner">
  <div class="site-header__top">
    <ul class="site-header__tools">
      <li><a class="tool tool--listen" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=11347&amp;lang=sv_se&amp;readid=main&amp;url=https%3A%2F%2F{H}{quote(path, safe="")}" rel="nofollow">Lyssna</a></li>
      <li><a class="tool tool--easy" href="{LATTLAST}">Lättläst</a></li>
      <li><a class="tool tool--sign" href="{TECKEN}">Teckenspråk</a></li>
      <li><a class="tool tool--lang" href="{esc(act(2, path))}" hreflang="en" lang="en">English</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="site-header__logo" href="/"><img src="/themes/user/lund/img/lunds-kommun-logo.svg" alt="Lunds kommun, till startsidan" width="180" height="56"></a>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label for="site-search-q" class="visually-hidden">Sök på lund.se</label>
      <input id="site-search-q" type="search" name="keywords" placeholder="Vad letar du efter?">
      <input type="hidden" name="collection" value="webbsidor">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul class="main-nav__list">{items}
    </ul>
  </nav>
</header>'''


def header_en(path):
    items = ''.join(f'\n        <li class="main-nav__item"><a href="{href}">{t}</a></li>' for t, href in EN_MENU)
    return f'''<header class="site-header site-header--en" role="banner">
  <div class="site-header__top">
    <ul class="site-header__tools">
      <li><a class="tool tool--lang" href="{esc(act(1, path))}" hreflang="sv" lang="sv">Svenska</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="site-header__logo" href="{EN}"><img src="/themes/user/lund/img/lund-municipality-logo.svg" alt="Lund Municipality, to the start page" width="180" height="56"></a>
    <form class="site-search" action="{EN_SEARCH}" method="get" role="search">
      <label for="site-search-q" class="visually-hidden">Search lund.se</label>
      <input id="site-search-q" type="search" name="keywords" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul class="main-nav__list">{items}
    </ul>
  </nav>
</header>'''


def footer_sv():
    return f'''<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Lunds kommun</h2>
      <p>Box 41, 221 00 Lund<br>Besöksadress: Stortorget 7<br>Telefon: 046-359 50 00<br><a href="mailto:lunds.kommun@lund.se">lunds.kommun@lund.se</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Genvägar</h2>
      <ul>
        <li><a href="{KONTAKT}">Kontakta oss</a></li>
        <li><a href="{NYH}">Nyheter</a></li>
        <li><a href="{EVEN}">Evenemang</a></li>
        <li><a href="{JOBB}">Jobba hos oss</a></li>
        <li><a href="{EN}" hreflang="en" lang="en">In English</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Om webbplatsen</h2>
      <ul>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li><a href="/nyheter/rss">Nyheter som RSS</a></li>
        <li><a href="{ADMIN}" rel="nofollow">Logga in</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def footer_en():
    return f'''<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Lund Municipality</h2>
      <p>Box 41, SE-221 00 Lund, Sweden<br>Visiting address: Stortorget 7<br>Phone: +46 46 359 50 00<br><a href="mailto:lunds.kommun@lund.se">lunds.kommun@lund.se</a></p>
    </div>
    <div class="site-footer__col">
      <ul>
        <li><a href="{EN_CONTACT}">Contact us</a></li>
        <li><a href="/" hreflang="sv" lang="sv">Till lund.se på svenska</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def crumbs_html(crumbs, en=False):
    if not crumbs:
        return ''
    label = 'You are here' if en else 'Du är här'
    items = [('Home' if en else 'Startsida', EN if en else '/')] + crumbs
    li = ''
    for i, (t, p) in enumerate(items):
        if i == len(items) - 1:
            li += f'<li aria-current="page">{esc(t)}</li>'
        else:
            li += f'<li><a href="{p}">{esc(t)}</a></li>'
    return f'<nav class="breadcrumbs" aria-label="{label}"><ol>{li}</ol></nav>'


def subnav(section_title, section_path, items, current):
    cur = ' class="is-current"'
    lis = ''.join(f'\n      <li{cur if p == current else ""}><a href="{p}">{esc(t)}</a></li>' for t, p in items)
    return f'''<nav class="subnav" aria-label="Undermeny">
    <h2 class="subnav__heading"><a href="{section_path}">{esc(section_title)}</a></h2>
    <ul>{lis}
    </ul>
  </nav>'''


FUND_SUB = [('Sociala investeringar', FOND), ('Pågående investeringar', LISTA), ('Så söker du medel', SOKA),
            ('Riktlinjer', RIKT), ('Sammanställning 2025', SAMM)]


def page(path, title, body, *, desc='', section=None, crumbs=None, aside='', updated='2026-01-15',
         template='standard', og_type='website', html_lang=None, extra_head=''):
    en = path.startswith(EN)
    lang = html_lang or ('en' if en else 'sv-SE')
    site = 'Lund Municipality' if en else NAME
    locale = 'en_GB' if en else 'sv_SE'
    upd_label = 'Page updated' if en else 'Sidan uppdaterades'
    tools = f'''
      <p class="page-meta">{upd_label} {updated}</p>'''
    if not en and path != '/':
        tools += f'''
      <p class="page-tools"><a href="{utskrift(path)}" rel="nofollow">Skriv ut</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F{H}{quote(path, safe='')}" rel="nofollow noopener">Dela</a></p>'''
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<!-- lund.se · ExpressionEngine 7.5 · Structure 5 · Publisher 4 · Low Search 8 -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {site}</title>
<meta name="description" content="{esc(desc or title)}">
<link rel="canonical" href="https://{H}{path}">{hreflang(path)}
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:locale" content="{locale}">
<meta property="og:site_name" content="{site}">
<meta name="dcterms.modified" content="{updated}">
<link rel="stylesheet" href="/themes/user/lund/css/main.css?v=20251104">
<link rel="icon" href="/themes/user/lund/img/favicon.ico">{extra_head}
<script src="/themes/user/lund/js/main.js?v=20251104" defer></script>
</head>
<body class="template-{template}{" lang-en" if en else ""}" data-entry-id="{int(hexid(path, 4), 16) % 900 + 100}">
<a class="skip-link" href="#main">{"Skip to content" if en else "Gå direkt till innehållet"}</a>
<div class="cookie-notice" hidden>
  <p>{"We use cookies to make the website work." if en else "Vi använder kakor för att webbplatsen ska fungera."} <a href="{KAKOR}">{"About cookies" if en else "Om kakor"}</a></p>
  <button type="button">OK</button>
</div>
{header_en(path) if en else header_sv(path, section)}
<div class="page-wrapper">
  {crumbs_html(crumbs, en)}
  <div class="page-layout{" page-layout--aside" if aside else ""}">
    <main id="main" class="page-main">
      <article class="entry">
{body}{tools}
      </article>
    </main>{aside}
  </div>
</div>
{footer_en() if en else footer_sv()}
</body>
</html>
'''


def fund_aside(current):
    return '\n    <aside class="page-aside">\n  ' + subnav('Sociala investeringar', FOND, FUND_SUB, current) + '\n    </aside>'


def facts(rows, heading='Fakta om investeringen'):
    dl = ''.join(f'\n          <dt>{esc(k)}</dt>\n          <dd>{v}</dd>' for k, v in rows)
    return f'''
      <aside class="factbox" aria-labelledby="factbox-heading">
        <h2 id="factbox-heading" class="factbox__heading">{heading}</h2>
        <dl class="factbox__list">{dl}
        </dl>
      </aside>'''


def contact(role, mail, en=False):
    h = 'Contact' if en else 'Kontakt'
    return f'''
      <section class="contact-card">
        <h2>{h}</h2>
        <p>{role}<br><a href="mailto:{mail}">{mail}</a></p>
      </section>'''


FUND_CRUMBS = [('Kommun och politik', KOP), ('Sociala investeringar', FOND)]
LIST_CRUMBS = FUND_CRUMBS + [('Pågående investeringar', LISTA)]


# --------------------------------------------------------------------------------------------------- the projects
def l1():
    body = f'''        <h1>Familjelots Linero</h1>
        <p class="lead">Familjelots Linero är en social investering som ska ge familjer med små barn på Linero en väg in till rätt stöd tidigt, innan svårigheterna hunnit växa.</p>{facts([
        ('Projektperiod', '1 januari 2025 – 31 december 2027'),
        ('Beviljat belopp', '2 700 000 kronor ur den sociala investeringsfonden'),
        ('Projektägare', 'Socialnämnden'),
        ('Samverkansparter', 'Barnhälsovården i Region Skåne, förskolorna på Linero och Linero bibliotek'),
        ('Målgrupp', 'Familjer med barn 0–6 år på Linero'),
        ('Bemanning', 'Två familjelotsar på heltid'),
        ('Status', 'Pågår')])}
        <h2>Bakgrund</h2>
        <p>På Linero bor många barnfamiljer, och flera av dem har kort tid i Sverige eller saknar nätverk omkring sig. Barnhälsovården och förskolorna ser att familjer ofta söker stöd först när problemen har blivit stora. Samtidigt är socialtjänstens öppna insatser okända för många.</p>
        <h2>Så arbetar familjelotsarna</h2>
        <p>I projektet arbetar två familjelotsar. De gör hembesök tillsammans med BVC-sjuksköterskan när barnet är åtta månader och femton månader, håller öppna föräldraträffar på biblioteket varje tisdag och hjälper familjer att hitta fram till förskola, öppen förskola och föräldraskapsstöd. Lotsarna talar tillsammans arabiska, somaliska, svenska och engelska.</p>
        <h2>Syfte och mål</h2>
        <p>Syftet är att fler familjer ska få stöd tidigt och att färre barn ska behöva insatser från socialtjänsten senare. Målet är att 150 familjer ska ha fått kontakt med en familjelots under projekttiden och att andelen barn på Linero som börjar i förskola före tre års ålder ska öka.</p>
        <h2>Uppföljning</h2>
        <p>Projektet följs upp av FoU Skåne med en socioekonomisk analys. Resultaten redovisas för kommunstyrelsen hösten 2027, och då avgörs om arbetssättet ska bli en del av den ordinarie verksamheten.</p>
        <p><a href="{LISTA}">Tillbaka till pågående investeringar</a></p>{contact('Projektledare, socialförvaltningen', 'familjelots@lund.se')}'''
    return page(L1, 'Familjelots Linero', body, desc='Familjelots Linero ger familjer med barn 0–6 år på Linero stöd tidigt.',
                section=KOP, crumbs=LIST_CRUMBS + [('Familjelots Linero', L1)], aside=fund_aside(LISTA),
                updated='2025-09-03', template='investering')


def l2():
    body = f'''        <h1>Närvarolyftet Klostergården</h1>
        <p class="lead">Närvarolyftet är ett projekt för elever på Klostergården som har hög frånvaro eller riskerar att få det. Skolan, socialtjänsten och fritidsgården arbetar tillsammans med eleven och familjen.</p>{facts([
        ('Projektperiod', 'augusti 2024 – juni 2027'),
        ('Beviljat belopp', '3 400 000 kronor ur den sociala investeringsfonden'),
        ('Projektägare', 'Barn- och skolnämnden'),
        ('Samverkansparter', 'Socialförvaltningen och Klostergårdens fritidsgård'),
        ('Målgrupp', 'Elever i årskurs 4–9 på Klostergårdsskolan och deras familjer'),
        ('Bemanning', 'En skolsocionom och en specialpedagog på heltid, en fritidsledare på halvtid'),
        ('Status', 'Pågår')])}
        <h2>Därför behövs projektet</h2>
        <p>Läsåret 2022/23 hade var femte elev i årskurs 7–9 på Klostergårdsskolan mer än 15 procent frånvaro. Hög frånvaro i grundskolan är en av de starkaste riskfaktorerna för att inte fullfölja gymnasiet.</p>
        <h2>Så arbetar vi</h2>
        <p>Närvaroteamet följer frånvaron varje vecka och tar kontakt med familjen redan efter några dagars ströfrånvaro. Eleven får en egen kontaktperson, och teamet gör en plan tillsammans med familjen. Fritidsledaren finns på skolan under raster och håller i eftermiddagsaktiviteter för elever som behöver en väg tillbaka in i gemenskapen.</p>
        <h2>Mål</h2>
        <p>Målet är att den problematiska frånvaron ska halveras under projekttiden och att fler elever ska bli behöriga till gymnasieskolan.</p>
        <p><a href="{JOB}">Vi söker en projektledare till Närvarolyftet</a></p>{contact('Rektor, Klostergårdsskolan', 'narvarolyftet@lund.se')}'''
    return page(L2, 'Närvarolyftet Klostergården', body, desc='Närvarolyftet ska minska frånvaron bland elever i årskurs 4–9 på Klostergården.',
                section=KOP, crumbs=LIST_CRUMBS + [('Närvarolyftet Klostergården', L2)], aside=fund_aside(LISTA),
                updated='2025-08-20', template='investering')


def l3_body(en_notice=''):
    return f'''{en_notice}        <h1>Steget vidare</h1>
        <p class="lead">Steget vidare är en social investering för unga vuxna i Södra Sandby, Veberöd och Dalby som varken arbetar eller studerar. Satsningen startade den 1 september 2025.</p>{facts([
        ('Projektperiod', '1 september 2025 – 31 augusti 2027'),
        ('Budget', '1 950 000 kronor, varav 1 650 000 kronor ur den sociala investeringsfonden och 300 000 kronor från Samordningsförbundet Lund'),
        ('Projektägare', 'Arbetsmarknadsnämnden'),
        ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan och Samordningsförbundet Lund'),
        ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar'),
        ('Bemanning', 'En jobbcoach och en studie- och yrkesvägledare, båda på heltid'),
        ('Status', 'Pågår')])}
        <h2>Om satsningen</h2>
        <p>I de östra kommundelarna finns inget arbetsmarknadstorg, och många unga har lång väg till kommunens och myndigheternas kontor i Lund. I Steget vidare möter coacherna de unga där de bor: på biblioteket i Södra Sandby, i föreningslokalen i Veberöd och på fritidsgården i Dalby.</p>
        <p>Varje deltagare får en egen plan med steg mot arbete eller studier: praktik hos företag i kommundelarna, vägledning inför komvux, körkortsteori och stöd i kontakten med Försäkringskassan och Arbetsförmedlingen.</p>
        <h2>Mål</h2>
        <p>Minst 60 unga ska ha deltagit under projekttiden, och hälften av dem ska ha börjat arbeta eller studera sex månader efter avslutat deltagande.</p>'''


def l3():
    body = l3_body() + f'''
        <p><a href="{LISTA}">Tillbaka till pågående investeringar</a></p>{contact('Jobbcoach, arbetsmarknadsavdelningen', 'stegetvidare@lund.se')}'''
    return page(L3, 'Steget vidare', body, desc='Steget vidare stöder unga vuxna 18–29 år i de östra kommundelarna.',
                section=KOP, crumbs=LIST_CRUMBS + [('Steget vidare', L3)], aside=fund_aside(LISTA),
                updated='2025-09-01', template='investering')


def l4():
    body = f'''        <h1>Seniorvänner i Genarp</h1>
        <p class="lead">Seniorvänner i Genarp är ett nytt projekt mot ofrivillig ensamhet bland äldre i Genarp med omnejd. Projektet startar i februari 2026.</p>{facts([
        ('Projektperiod', '1 februari 2026 – 31 januari 2028'),
        ('Beviljat belopp', '880 000 kronor ur den sociala investeringsfonden'),
        ('Projektägare', 'Vård- och omsorgsnämnden'),
        ('Samverkansparter', 'Genarps församling, PRO Genarp och Röda Korset Lund'),
        ('Målgrupp', 'Personer 75 år och äldre i Genarp som känner sig ensamma'),
        ('Bemanning', 'En samordnare på halvtid'),
        ('Status', 'Startar februari 2026')])}
        <h2>Bakgrund</h2>
        <p>I Genarp bor många äldre ensamma i villor långt från service. I Folkhälsoenkäten 2024 svarade var fjärde person över 75 år i kommunens östra delar att de ofta känner sig ensamma.</p>
        <h2>Så ska projektet arbeta</h2>
        <p>En samordnare bygger upp en grupp frivilliga seniorvänner som ringer och besöker äldre varje vecka. Församlingshemmet blir mötesplats med lunch två dagar i veckan, och hemtjänsten tipsar om projektet när de möter någon som verkar ensam.</p>
        <h2>Uppföljning</h2>
        <p>Deltagarna svarar på frågor om ensamhet och livskvalitet när de börjar och efter ett år. Vård- och omsorgsförvaltningen redovisar resultaten till kommunstyrelsen i mars 2028.</p>{contact('Samordnare, vård- och omsorgsförvaltningen', 'seniorvanner@lund.se')}
        <p class="ee-edit-link"><a href="{EDIT_L4}" rel="nofollow">Redigera posten</a></p>'''
    return page(L4, 'Seniorvänner i Genarp', body, desc='Seniorvänner i Genarp ska minska ensamheten bland äldre i Genarp.',
                section=KOP, crumbs=LIST_CRUMBS + [('Seniorvänner i Genarp', L4)], aside=fund_aside(LISTA),
                updated='2026-01-28', template='investering')


def l5():
    body = f'''        <h1>Kvällsfritids på Norra Fäladen</h1>
        <p class="notice"><strong>Projektet är avslutat.</strong></p>
        <p class="lead">Kvällsfritids på Norra Fäladen var ett projekt som gav barn i mellanstadiet en trygg plats med läxhjälp, mat och aktiviteter på vardagskvällarna.</p>{facts([
        ('Projektperiod', 'augusti 2021 – juni 2024'),
        ('Beviljat belopp', '1 450 000 kronor ur den sociala investeringsfonden'),
        ('Projektägare', 'Kultur- och fritidsnämnden'),
        ('Samverkansparter', 'Norra Fäladens skola och Fäladsgårdens fritidsgård'),
        ('Målgrupp', 'Barn 10–13 år på Norra Fäladen'),
        ('Status', 'Avslutat')])}
        <h2>Vad gjorde projektet?</h2>
        <p>Fritidsgården höll öppet för mellanstadiebarn måndag till torsdag klockan 17–20. Två fritidsledare och volontärer från Lunds universitet gav läxhjälp, och barnen lagade kvällsmat tillsammans. Föräldrar bjöds in till träffar en gång i månaden.</p>
        <h2>Resultat</h2>
        <p>Under projekttiden deltog 212 barn, varav 90 regelbundet. Skolan rapporterade färre konflikter på eftermiddagarna, och andelen barn som nådde kunskapskraven i årskurs 6 ökade från 71 till 79 procent. Projektet avslutades i juni 2024 enligt plan, och slutrapporten finns hos kultur- och fritidsförvaltningen.</p>{contact('Kultur- och fritidsförvaltningen', 'kultur.fritid@lund.se')}'''
    return page(L5, 'Kvällsfritids på Norra Fäladen', body,
                desc='Kvällsfritids på Norra Fäladen var ett projekt för barn 10–13 år 2021–2024.',
                section=KOP, crumbs=LIST_CRUMBS + [('Kvällsfritids på Norra Fäladen', L5)], aside=fund_aside(LISTA),
                updated='2024-09-12', template='investering')


# ------------------------------------------------------------------------------------------ the English copies
def en_facts(rows):
    return facts(rows, heading='Facts')


def e1():
    body = f'''        <h1>Family navigator Linero</h1>
        <p class="lead">Family navigator Linero is a social investment that helps families with young children in Linero to find the right support early.</p>{en_facts([
        ('Period', '1 January 2025 – 31 December 2027'),
        ('Funding', 'SEK 2.7 million from the social investment fund'),
        ('Owner', 'The Social Welfare Committee'),
        ('Partners', 'Child health care (Region Skåne), the preschools in Linero and Linero library'),
        ('Target group', 'Families with children aged 0–6 in Linero')])}
        <h2>How it works</h2>
        <p>Two family navigators make home visits together with the child health nurse, run open parent meetings at the library every Tuesday and help families find their way to preschool and parenting support. Between them, the navigators speak Arabic, Somali, Swedish and English.</p>
        <h2>Aim</h2>
        <p>The aim is that more families get support early and that fewer children need help from the social services later on. The project is evaluated by FoU Skåne, and the results will be presented in the autumn of 2027.</p>
        <p><a href="{L1}" hreflang="sv" lang="sv">Läs på svenska</a></p>{contact('Project manager, Social Services', 'familjelots@lund.se', en=True)}'''
    return page(E1, 'Family navigator Linero', body, desc='Family navigator Linero: support for families with young children.',
                crumbs=[('Municipality and politics', EN_MUN), ('Social investment fund', EN_FUND),
                        ('Family navigator Linero', E1)], updated='2025-09-10', template='investering',
                html_lang='sv-SE')


def e2():
    body = f'''        <h1>School attendance boost in Klostergården</h1>
        <p class="lead">Närvarolyftet – the school attendance boost – is a project for pupils in Klostergården who are often absent from school or at risk of becoming so.</p>{en_facts([
        ('Period', 'August 2024 – June 2027'),
        ('Funding', 'SEK 3.4 million from the social investment fund'),
        ('Owner', 'The Children and Schools Committee'),
        ('Partners', 'Social Services and Klostergården youth centre'),
        ('Target group', 'Pupils in years 4–9 at Klostergården school and their families')])}
        <h2>How it works</h2>
        <p>The attendance team follows absence every week and contacts the family after only a few days of absence. Each pupil gets a contact person, and a youth worker is present at school during breaks and in the afternoons.</p>
        <h2>Goal</h2>
        <p>Problematic absence should be halved during the project, and more pupils should qualify for upper secondary school.</p>
        <p><a href="{L2}" hreflang="sv" lang="sv">Läs på svenska</a></p>{contact('Head teacher, Klostergården school', 'narvarolyftet@lund.se', en=True)}'''
    return page(E2, 'School attendance boost in Klostergården', body,
                desc='The school attendance boost in Klostergården, a social investment.',
                crumbs=[('Municipality and politics', EN_MUN), ('Social investment fund', EN_FUND),
                        ('School attendance boost', E2)], updated='2025-08-28', template='investering',
                html_lang='sv-SE')


def e3():
    notice = '''        <div class="translation-notice" role="note" lang="en">
          <p><strong>This page has not been translated yet.</strong> The text below is in Swedish.</p>
        </div>
'''
    body = l3_body(notice) + f'''
        <p><a href="{L3}" hreflang="sv" lang="sv">Läs på svenska</a></p>{contact('Jobbcoach, arbetsmarknadsavdelningen', 'stegetvidare@lund.se')}'''
    return page(E3, 'Steget vidare', body, desc='Steget vidare stöder unga vuxna 18–29 år i de östra kommundelarna.',
                crumbs=[('Municipality and politics', EN_MUN), ('Social investment fund', EN_FUND), ('Steget vidare', E3)],
                updated='2025-09-01', template='investering', html_lang='sv-SE')


# ------------------------------------------------------------------------------------------ Swedish fund pages
def fond():
    body = f'''        <h1>Sociala investeringar</h1>
        <p class="lead">Lunds kommun har en social investeringsfond. Ur den kan nämnderna få pengar till förebyggande arbete som ska ge bättre livsvillkor för barn, unga och vuxna och på sikt minska kommunens kostnader.</p>
        <h2>Vad är en social investering?</h2>
        <p>En social investering är en tidsbegränsad satsning som sätts in tidigt för att förebygga problem. Satsningen ska följas upp så att man kan se om den gav effekt och om arbetssättet ska bli en del av den ordinarie verksamheten.</p>
        <h2>Om fonden</h2>
        <p>Kommunfullmäktige inrättade fonden 2018. Fonden förvaltas av kommunstyrelsen, som beslutar om ansökningar två gånger per år. Nämnderna betalar tillbaka en del av medlen när investeringen ger lägre kostnader.</p>
        <h2>Fonden i siffror</h2>
        <ul class="key-figures">
          <li>Avsatt sedan 2018: 30 miljoner kronor</li>
          <li>Beviljat hittills: 21,4 miljoner kronor</li>
          <li>Pågående investeringar: 4</li>
          <li>Avslutade investeringar: 9</li>
        </ul>
        <div class="puffs">
          <a class="puff" href="{LISTA}"><h2 class="puff__title">Pågående investeringar</h2><p>Läs om de investeringar som pågår just nu.</p></a>
          <a class="puff" href="{SOKA}"><h2 class="puff__title">Så söker du medel</h2><p>För förvaltningar som vill söka ur fonden.</p></a>
          <a class="puff" href="{SAMM}"><h2 class="puff__title">Sammanställning 2025</h2><p>Fondens år i korthet.</p></a>
        </div>
        <p>Lunds kommuns riktlinjer för fonden finns under <a href="{RIKT}">Riktlinjer</a>.</p>{contact('Strateg för social hållbarhet, kommunkontoret', 'socialainvesteringar@lund.se')}'''
    return page(FOND, 'Sociala investeringar', body, desc='Lunds kommuns sociala investeringsfond.', section=KOP,
                crumbs=FUND_CRUMBS, aside=fund_aside(FOND), updated='2026-01-29')


def lista():
    cards = ''
    for name, p, text, meta in [
            ('Familjelots Linero', L1, 'Familjelotsar ger familjer med små barn på Linero stöd tidigt.', '2025–2027'),
            ('Närvarolyftet Klostergården', L2, 'Skola, socialtjänst och fritidsgård arbetar tillsammans mot hög frånvaro.', '2024–2027'),
            ('Steget vidare', L3, 'Coacher möter unga vuxna i de östra kommundelarna där de bor.', '2025–2027')]:
        cards += f'''
          <li class="card">
            <h2 class="card__title"><a href="{p}">{name}</a></h2>
            <p class="card__text">{text}</p>
            <p class="card__meta">{meta}</p>
          </li>'''
    body = f'''        <h1>Pågående investeringar</h1>
        <p class="lead">Här presenteras de sociala investeringar som pågår just nu. Listan uppdateras när kommunstyrelsen har beslutat om nya ansökningar, och avslutade investeringar redovisas i fondens årliga sammanställning.</p>
        <ul class="cards">{cards}
        </ul>
        <p>Läs också <a href="{SAMM}">Sociala investeringsfonden 2025 – sammanställning</a>.</p>'''
    return page(LISTA, 'Pågående investeringar', body, desc='Sociala investeringar som pågår i Lunds kommun.',
                section=KOP, crumbs=LIST_CRUMBS, aside=fund_aside(LISTA), updated='2025-09-05')


def soka():
    body = f'''        <h1>Så söker du medel</h1>
        <p class="lead">Förvaltningar och kommunala bolag i Lunds kommun kan söka medel ur den sociala investeringsfonden. Här beskriver vi hur det går till.</p>
        <h2>Vem kan söka?</h2>
        <p>Alla nämnder och kommunala bolag kan söka, gärna flera tillsammans. Föreningar kan vara samverkansparter men kan inte själva söka ur fonden.</p>
        <h2>När kan man söka?</h2>
        <p>Det finns två ansökningsomgångar per år, med sista dag den 15 mars och den 15 september. Kommunstyrelsen beslutar i maj respektive november.</p>
        <h2>Hur går ansökan till?</h2>
        <ol>
          <li>Kontakta strategen för social hållbarhet och berätta om er idé.</li>
          <li>Fyll i ansökningsmallen med en beskrivning av problemet, målgruppen och hur ni ska följa upp arbetet.</li>
          <li>Gör en socioekonomisk analys med stöd av kommunkontoret.</li>
          <li>Förvaltningschefen skickar in ansökan till kommunstyrelsen.</li>
        </ol>
        <h2>Hur mycket kan man söka?</h2>
        <p>Det finns inget tak, men en investering får pågå i högst tre år. Räkneexempel: en satsning som kostar 600 000 kronor per år i tre år och som beräknas minska kostnaderna för placeringar med 900 000 kronor per år betalar tillbaka halva beloppet till fonden.</p>{contact('Strateg för social hållbarhet, kommunkontoret', 'socialainvesteringar@lund.se')}'''
    return page(SOKA, 'Så söker du medel', body, desc='Så söker förvaltningarna medel ur den sociala investeringsfonden.',
                section=KOP, crumbs=FUND_CRUMBS + [('Så söker du medel', SOKA)], aside=fund_aside(SOKA),
                updated='2025-11-03')


def rikt():
    body = f'''        <h1>Riktlinjer för den sociala investeringsfonden</h1>
        <p class="lead">Kommunfullmäktige antog riktlinjerna den 26 april 2018 (§ 102) och reviderade dem den 30 maj 2024 (§ 141).</p>
        <h2>1. Syfte</h2>
        <p>Fonden ska ge förutsättningar för tidiga och förebyggande insatser som minskar risken för utanförskap och ger bättre livsvillkor för kommunens invånare.</p>
        <h2>2. Vad fonden kan finansiera</h2>
        <p>Investeringen ska vara tidsbegränsad, riktas till en avgränsad målgrupp och bygga på kunskap om vad som fungerar. Investeringen ska kunna följas upp med mätbara mål. Fonden finansierar inte ordinarie verksamhet eller lokaler.</p>
        <h2>3. Återbetalning</h2>
        <p>Den nämnd som får minskade kostnader tack vare investeringen betalar tillbaka hälften av den beräknade besparingen till fonden, dock högst det beviljade beloppet.</p>
        <h2>4. Uppföljning</h2>
        <p>Varje investering redovisas för kommunstyrelsen årligen och med en slutrapport senast sex månader efter att den avslutats.</p>
        <h2>5. Beslut</h2>
        <p>Kommunstyrelsen beslutar om medel ur fonden efter beredning i arbetsutskottet.</p>'''
    return page(RIKT, 'Riktlinjer för den sociala investeringsfonden', body,
                desc='Riktlinjer för Lunds kommuns sociala investeringsfond.', section=KOP,
                crumbs=FUND_CRUMBS + [('Riktlinjer', RIKT)], aside=fund_aside(RIKT), updated='2024-06-10')


def samm():
    body = f'''        <h1>Sociala investeringsfonden 2025 – sammanställning</h1>
        <p class="lead">Här sammanfattar vi fondens år 2025: beslut, pengar och vad de avslutade investeringarna har gett.</p>
        <h2>Beslut under året</h2>
        <p>Kommunstyrelsen behandlade sju ansökningar under 2025 och beviljade två av dem, sammanlagt 5,35 miljoner kronor. Under året pågick fyra investeringar.</p>
        <h2>Fondens ställning</h2>
        <p>Vid årets slut fanns 8,6 miljoner kronor kvar att söka. Nämnderna betalade under året tillbaka 1,2 miljoner kronor till fonden.</p>
        <h2>Avslutade investeringar</h2>
        <p>Sedan 2018 har nio investeringar avslutats, bland dem Kvällsfritids på Norra Fäladen och Föräldrastöd i förskolan. Sex av dem har helt eller delvis blivit en del av den ordinarie verksamheten.</p>
        <h2>Nästa steg</h2>
        <p>Under 2026 ska kommunkontoret ta fram en gemensam modell för att mäta effekter, och kommunfullmäktige ska pröva om fonden ska fyllas på.</p>'''
    return page(SAMM, 'Sociala investeringsfonden 2025 – sammanställning', body,
                desc='Sammanställning av den sociala investeringsfonden 2025.', section=KOP,
                crumbs=FUND_CRUMBS + [('Sammanställning 2025', SAMM)], aside=fund_aside(SAMM), updated='2026-02-05')


# ------------------------------------------------------------------------------------------------------- news
def news_page(path, title, date, body_html, desc):
    body = f'''        <p class="news-meta">Nyhet <time datetime="{date}">{date}</time></p>
        <h1>{esc(title)}</h1>
{body_html}'''
    return page(path, title, body, desc=desc, section=KOP, crumbs=[('Nyheter', NYH), (title, path)],
                updated=date, template='nyhet', og_type='article')


NEWS = [
    (N_BESLUT, 'Två nya sociala investeringar beviljade', '2026-01-28',
     f'''        <p class="lead">Kommunstyrelsen har beviljat medel ur den sociala investeringsfonden till två nya satsningar. En tredje ansökan avslogs.</p>
        <p>Arbetsmarknadsnämnden får 1 650 000 kronor till <a href="{L3}">Steget vidare</a>, som stöder unga vuxna i de östra kommundelarna att komma i arbete eller studier. Samordningsförbundet Lund bidrar med ytterligare 300 000 kronor.</p>
        <p>Vård- och omsorgsnämnden får 880 000 kronor till <a href="{L4}">Seniorvänner i Genarp</a>, ett projekt mot ofrivillig ensamhet bland äldre som startar i februari.</p>
        <p>Ansökan från servicenämnden om en ny mötesplats i Stångby avslogs, eftersom den gällde lokaler.</p>
        <p>Nästa ansökningsomgång stänger den 15 mars 2026.</p>''',
     'Kommunstyrelsen har beviljat medel till två nya sociala investeringar.'),
    (N_CALL, 'Nu kan förvaltningarna söka medel ur den sociala investeringsfonden', '2026-01-12',
     f'''        <p class="lead">Vårens ansökningsomgång till den sociala investeringsfonden är öppen. Sista dag att söka är den 15 mars 2026.</p>
        <p>I fonden finns 8,6 miljoner kronor att söka. Kommunstyrelsen vill särskilt se ansökningar som riktar sig till barn i förskoleåldern och till unga som riskerar att inte fullfölja gymnasiet.</p>
        <p>Läs mer om <a href="{SOKA}">hur du söker medel</a> och om <a href="{RIKT}">riktlinjerna för fonden</a>.</p>''',
     'Vårens ansökningsomgång till den sociala investeringsfonden är öppen.'),
    (N_VATTEN, 'Ledningsarbete på Stora Södergatan', '2026-02-02',
     '''        <p class="lead">Från den 16 februari byter VA SYD vattenledningar på Stora Södergatan. Gatan stängs för biltrafik mellan Grönegatan och Bankgatan.</p>
        <p>Arbetet beräknas pågå till slutet av maj. Gång- och cykeltrafiken leds förbi arbetsområdet.</p>''',
     'VA SYD byter vattenledningar på Stora Södergatan.'),
    (N_SPORTLOV, 'Sportlov i Lund – aktiviteter för barn och unga', '2026-02-09',
     '''        <p class="lead">Under sportlovet vecka 8 finns gratis aktiviteter för barn och unga i hela kommunen: skridskor på Gerdahallen, pyssel på biblioteken och prova-på-dagar i föreningarna.</p>
        <p>Programmet finns på biblioteken och fritidsgårdarna.</p>''',
     'Gratis sportlovsaktiviteter för barn och unga.'),
]


def nyheter():
    items = ''
    for p, t, d, _, desc in sorted(NEWS, key=lambda x: x[2], reverse=True):
        items += f'''
          <li class="news-list__item"><time datetime="{d}">{d}</time> <a href="{p}">{esc(t)}</a><p>{esc(desc)}</p></li>'''
    body = f'''        <h1>Nyheter</h1>
        <ul class="news-list">{items}
        </ul>'''
    return page(NYH, 'Nyheter', body, desc='Nyheter från Lunds kommun.', section=KOP,
                crumbs=[('Nyheter', NYH)], updated='2026-02-09')


def evenemang():
    body = f'''        <h1>Evenemang</h1>
        <p><a class="button" href="{CAL}">Visa kalender</a> <a href="{CAL_APR}">April 2026</a></p>
        <ul class="event-list">
          <li><time datetime="2026-04-21">21 april 2026</time> <a href="{EV}">Seminarium: Vad har de sociala investeringarna gett?</a></li>
        </ul>'''
    return page(EVEN, 'Evenemang', body, desc='Evenemang i Lunds kommun.', crumbs=[('Evenemang', EVEN)],
                updated='2026-02-03')


def ev():
    body = f'''        <h1>Seminarium: Vad har de sociala investeringarna gett?</h1>
        <p class="lead">Välkommen till ett seminarium där vi berättar om resultaten av de sociala investeringar som har avslutats och om hur kommunen ska mäta effekter framöver.</p>
        <ul class="event-facts">
          <li><strong>Datum:</strong> 21 april 2026</li>
          <li><strong>Tid:</strong> 13.00–16.00</li>
          <li><strong>Plats:</strong> Stadshallen, Stortorget 3, Lund</li>
          <li><strong>Kostnad:</strong> Kostnadsfritt</li>
          <li><strong>Sista anmälningsdag:</strong> 10 april 2026</li>
          <li><strong>Anmälan:</strong> till socialainvesteringar@lund.se</li>
          <li><strong>Arrangör:</strong> Kommunkontoret, Lunds kommun</li>
        </ul>
        <h2>Program</h2>
        <p>13.00 Inledning. 13.20 Erfarenheter från Kvällsfritids på Norra Fäladen. 14.10 Fika. 14.40 Att mäta effekter av förebyggande arbete, FoU Skåne. 15.40 Frågor och avslutning.</p>'''
    return page(EV, 'Seminarium: Vad har de sociala investeringarna gett?', body,
                desc='Seminarium om resultaten av Lunds kommuns sociala investeringar.',
                crumbs=[('Evenemang', EVEN), ('Seminarium', EV)], updated='2026-02-03', template='evenemang')


def jobba():
    body = f'''        <h1>Jobba hos oss</h1>
        <p class="lead">Lunds kommun har drygt 10 000 medarbetare i fler än 300 yrken.</p>
        <h2>Lediga jobb</h2>
        <ul>
          <li><a href="{JOB}">Projektledare till Närvarolyftet</a>, barn- och skolförvaltningen</li>
          <li><a href="https://lund.varbi.com/">Alla lediga jobb hos Lunds kommun</a></li>
        </ul>'''
    return page(JOBB, 'Jobba hos oss', body, desc='Lediga jobb i Lunds kommun.', section=KOP,
                crumbs=[('Kommun och politik', KOP), ('Jobba hos oss', JOBB)], updated='2026-01-20')


def job():
    body = f'''        <h1>Projektledare till Närvarolyftet</h1>
        <p class="lead">Vill du leda arbetet med att få fler elever på Klostergården tillbaka till skolan? Barn- och skolförvaltningen söker en projektledare till <a href="{L2}">Närvarolyftet</a>.</p>
        <h2>Om tjänsten</h2>
        <p>Som projektledare ansvarar du för närvaroteamets arbete, för samverkan med socialtjänsten och fritidsgården och för uppföljningen av projektet.</p>
        <h2>Kvalifikationer</h2>
        <p>Du är socionom, lärare eller specialpedagog och har erfarenhet av att leda utvecklingsarbete i skolan.</p>
        <ul class="job-facts">
          <li>Anställningsform: Visstidsanställning till och med 30 juni 2027</li>
          <li>Omfattning: Heltid</li>
          <li>Tillträde: 1 mars 2026 eller enligt överenskommelse</li>
          <li>Sista ansökningsdag: 8 februari 2026</li>
          <li>Referensnummer: BSF 2026/14</li>
        </ul>
        <p><a class="button" href="https://lund.varbi.com/what:job/jobID:812345/">Ansök här</a></p>'''
    return page(JOB, 'Projektledare till Närvarolyftet', body, desc='Lediga jobb: projektledare till Närvarolyftet.',
                section=KOP, crumbs=[('Kommun och politik', KOP), ('Jobba hos oss', JOBB),
                                     ('Projektledare till Närvarolyftet', JOB)], updated='2026-01-20', template='jobb')


def laxhjalp():
    body = f'''        <h1>Läxhjälp på biblioteken</h1>
        <p class="lead">På fyra av kommunens bibliotek kan skolelever få gratis läxhjälp av utbildade läxhjälpare. Du behöver inte anmäla dig.</p>
        <table class="opening-hours">
          <caption>Tider för läxhjälp</caption>
          <thead><tr><th scope="col">Bibliotek</th><th scope="col">Dag</th><th scope="col">Tid</th></tr></thead>
          <tbody>
            <tr><td>Stadsbiblioteket</td><td>Måndag och onsdag</td><td>15.00–18.00</td></tr>
            <tr><td>Linero bibliotek</td><td>Tisdag</td><td>15.00–17.30</td></tr>
            <tr><td>Norra Fäladens bibliotek</td><td>Torsdag</td><td>15.00–17.30</td></tr>
            <tr><td>Dalby bibliotek</td><td>Onsdag</td><td>14.30–17.00</td></tr>
          </tbody>
        </table>
        <h2>Om läxhjälpen</h2>
        <p>Läxhjälpen startade 2019 som en social investering och finansierades de tre första åren ur kommunens sociala investeringsfond. Sedan januari 2022 ingår den i bibliotekens ordinarie verksamhet.</p>
        <p>Läxhjälparna är studenter vid Lunds universitet och gymnasieelever som har gått en kort utbildning hos biblioteken.</p>{contact('Biblioteken i Lund', 'biblioteket@lund.se')}'''
    return page(LAXHJALP, 'Läxhjälp på biblioteken', body, desc='Gratis läxhjälp på fyra bibliotek i Lund.',
                section=KUF, crumbs=[('Kultur och fritid', KUF), ('Bibliotek', BIBL), ('Läxhjälp på biblioteken', LAXHJALP)],
                updated='2025-08-18')


# -------------------------------------------------------------------------------------------- section pages
def section_page(path, title, lead, links, section, crumbs):
    lis = ''.join(f'\n          <li><a href="{p}">{esc(t)}</a></li>' for t, p in links)
    body = f'''        <h1>{esc(title)}</h1>
        <p class="lead">{lead}</p>
        <ul class="link-list">{lis}
        </ul>'''
    return page(path, title, body, desc=lead, section=section, crumbs=crumbs, updated='2025-10-01', template='sektion')


def start():
    body = f'''        <h1 class="visually-hidden">Lunds kommun</h1>
        <section class="hero"><p class="hero__text">Välkommen till Lunds kommun</p></section>
        <section class="popular">
          <h2>Vanliga sökningar</h2>
          <ul>
            <li><a href="{SEARCHES[0]}">Bygglov</a></li>
            <li><a href="{SEARCHES[1]}">Skolval</a></li>
            <li><a href="{SEARCHES[2]}">Lediga jobb</a></li>
          </ul>
        </section>
        <section class="news">
          <h2>Nyheter</h2>
          <ul class="news-list">
            <li><a href="{N_SPORTLOV}">Sportlov i Lund – aktiviteter för barn och unga</a></li>
            <li><a href="{N_VATTEN}">Ledningsarbete på Stora Södergatan</a></li>
            <li><a href="{N_BESLUT}">Två nya sociala investeringar beviljade</a></li>
          </ul>
          <p><a href="{NYH}">Fler nyheter</a></p>
        </section>
        <section class="puffs">
          <a class="puff" href="{FOND}"><h2 class="puff__title">Sociala investeringar</h2><p>Så arbetar kommunen förebyggande med den sociala investeringsfonden.</p></a>
          <a class="puff" href="{EVEN}"><h2 class="puff__title">Evenemang</h2><p>Vad händer i Lund?</p></a>
        </section>'''
    return page('/', 'Startsida', body, desc='Lunds kommuns webbplats.', updated='2026-02-09', template='start')


def simple(path, title, text, crumbs, section=None):
    body = f'''        <h1>{esc(title)}</h1>
        {text}'''
    return page(path, title, body, desc=title, crumbs=crumbs, section=section, updated='2025-05-12')


# --------------------------------------------------------------------------------------------- English pages
def en_start():
    body = f'''        <h1>Welcome to Lund Municipality</h1>
        <p class="lead">Lund is a city of knowledge and innovation in southern Sweden with about 129 000 inhabitants. Here you find information in English about living in Lund and about how the municipality works.</p>
        <ul class="link-list">
          <li><a href="{EN_LIVING}">Living in Lund</a></li>
          <li><a href="{EN_MUN}">Municipality and politics</a></li>
          <li><a href="{EN_CONTACT}">Contact</a></li>
        </ul>'''
    return page(EN, 'Welcome to Lund Municipality', body, desc='Lund Municipality in English.', updated='2025-06-02',
                template='start')


def en_mun():
    body = f'''        <h1>Municipality and politics</h1>
        <p class="lead">Lund Municipality is governed by the municipal council, which has 65 members elected every four years.</p>
        <ul class="link-list">
          <li><a href="{EN_FUND}">Social investment fund</a></li>
        </ul>'''
    return page(EN_MUN, 'Municipality and politics', body, desc='How Lund Municipality is governed.',
                crumbs=[('Municipality and politics', EN_MUN)], updated='2025-06-02', template='sektion')


def en_fund():
    body = f'''        <h1>Social investment fund</h1>
        <p class="lead">Since 2018 Lund Municipality has a social investment fund of SEK 30 million. The committees can apply for money for early, preventive work that gives children, young people and adults better living conditions.</p>
        <h2>How the fund works</h2>
        <p>An investment is limited in time, targets a defined group and is followed up. If the work is successful and reduces costs, the committee pays part of the money back to the fund, and the work may become part of the regular services.</p>
        <h2>Current investments</h2>
        <ul>
          <li><a href="{E1}">Family navigator Linero</a> (2025–2027)</li>
          <li><a href="{E2}">School attendance boost in Klostergården</a> (2024–2027)</li>
          <li><a href="{E3}">Steget vidare – young adults in the eastern parts of the municipality</a> (2025–2027)</li>
        </ul>
        <h2>Completed investments</h2>
        <ul>
          <li><a href="{L5}" hreflang="sv" lang="sv">Kvällsfritids på Norra Fäladen</a> (2021–2024; page in Swedish)</li>
        </ul>
        <p>More information in Swedish: <a href="{FOND}" hreflang="sv" lang="sv">Sociala investeringar</a>.</p>'''
    return page(EN_FUND, 'Social investment fund', body, desc='Lund Municipality’s social investment fund.',
                crumbs=[('Municipality and politics', EN_MUN), ('Social investment fund', EN_FUND)],
                updated='2025-09-15')


def en_contact():
    body = '''        <h1>Contact</h1>
        <p>Lund Municipality, Box 41, SE-221 00 Lund. Phone +46 46 359 50 00, weekdays 8–17. Email <a href="mailto:lunds.kommun@lund.se">lunds.kommun@lund.se</a>.</p>'''
    return page(EN_CONTACT, 'Contact', body, crumbs=[('Contact', EN_CONTACT)], updated='2025-06-02')


def robots():
    return f'''# robots.txt for https://{H}
User-agent: *
Disallow: /admin.php
Disallow: /system/
Disallow: /sok
Disallow: /en/search
Disallow: /*?ACT=
Disallow: /evenemang/kalender
Disallow: /*?utskrift=
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
'''


def sitemap():
    rows = [('/', '2026-02-09', 'daily', '1.0'), (BUT, '2025-10-01', None, None), (OMS, '2025-10-01', None, None),
            (KUF, '2025-10-01', None, None), (BIBL, '2025-10-01', None, None), (KOP, '2025-10-01', None, None),
            (FOND, '2026-01-29', None, None), (LISTA, '2025-09-05', None, None), (SOKA, '2025-11-03', None, None),
            (RIKT, '2024-06-10', None, None), (SAMM, '2026-02-05', None, None), (JOBB, '2026-01-20', None, None),
            (NYH, '2026-02-09', 'daily', None), (EVEN, '2026-02-03', None, None), (KONTAKT, '2025-05-12', None, None),
            (KAKOR, '2025-05-12', None, None), (TILLG, '2025-05-12', None, None),
            (EN, '2025-06-02', None, None), (EN_MUN, '2025-06-02', None, None), (EN_FUND, '2025-09-15', None, None),
            (EN_CONTACT, '2025-06-02', None, None)]
    alts = {}
    for sv, en in [('/', EN), (KOP, EN_MUN), (FOND, EN_FUND), (KONTAKT, EN_CONTACT)]:
        alts[sv] = alts[en] = [('sv', sv), ('en', en), ('x-default', sv)]
    return urlset(H, rows, alternates=alts)


def build():
    write(H, '/robots.txt', robots())
    write(H, '/sitemap.xml', sitemap())
    write(H, '/', start())
    for fn in (l1, l2, l3, l4, l5, e1, e2, e3, fond, lista, soka, rikt, samm, nyheter, evenemang, ev, jobba, job,
               laxhjalp, en_start, en_mun, en_fund, en_contact):
        html_text = fn()
        path = {l1: L1, l2: L2, l3: L3, l4: L4, l5: L5, e1: E1, e2: E2, e3: E3, fond: FOND, lista: LISTA, soka: SOKA,
                rikt: RIKT, samm: SAMM, nyheter: NYH, evenemang: EVEN, ev: EV, jobba: JOBB, job: JOB,
                laxhjalp: LAXHJALP, en_start: EN, en_mun: EN_MUN, en_fund: EN_FUND, en_contact: EN_CONTACT}[fn]
        write(H, path, html_text)
    for p, t, d, b, desc in NEWS:
        write(H, p, news_page(p, t, d, b, desc))
    write(H, KOP, section_page(KOP, 'Kommun och politik', 'Hur kommunen styrs, ekonomi, sociala investeringar och lediga jobb.',
                               [('Politik och beslut', POLITIK), ('Ekonomi och budget', EKONOMI),
                                ('Sociala investeringar', FOND), ('Jobba hos oss', JOBB), ('Nyheter', NYH)],
                               KOP, [('Kommun och politik', KOP)]))
    write(H, BUT, section_page(BUT, 'Barn och utbildning', 'Förskola, skola och vuxenutbildning i Lunds kommun.',
                               [('Grundskola', GRUND)], BUT, [('Barn och utbildning', BUT)]))
    write(H, OMS, section_page(OMS, 'Omsorg och stöd', 'Stöd till barn, familjer, äldre och personer med funktionsnedsättning.',
                               [('Stöd till barn och familj', IFO), ('Äldreomsorg', AELDRE)], OMS, [('Omsorg och stöd', OMS)]))
    write(H, KUF, section_page(KUF, 'Kultur och fritid', 'Bibliotek, fritidsgårdar, idrott och kultur i Lund.',
                               [('Bibliotek', BIBL), ('Fritidsgårdar', FRITIDSGARDAR)], KUF, [('Kultur och fritid', KUF)]))
    write(H, BIBL, section_page(BIBL, 'Bibliotek', 'Lunds kommun har tolv bibliotek.',
                                [('Läxhjälp på biblioteken', LAXHJALP), ('Bibliotekskatalogen', 'https://lund.bibliotek.se/')],
                                KUF, [('Kultur och fritid', KUF), ('Bibliotek', BIBL)]))
    write(H, KONTAKT, simple(KONTAKT, 'Kontakta oss', '<p>Kontaktcenter svarar vardagar 8–17 på telefon 046-359 50 00.</p>',
                             [('Kontakta oss', KONTAKT)]))
    write(H, KAKOR, simple(KAKOR, 'Kakor', '<p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>',
                           [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)]))
    write(H, TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', '<p>Lunds kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>',
                           [('Om webbplatsen', TILLG), ('Tillgänglighetsredogörelse', TILLG)]))
