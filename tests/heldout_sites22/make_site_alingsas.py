"""Alingsås kommun (1489, mid-size, about 42 000 inhabitants) on Sitevision 2024 – generator for heldout_sites22.

Sitevision with the '.html' URL ending: every page is <parent path>/<name>.html and its children live under
<parent path>/<name>/…; news articles are filed by the archive in year folders, /nyheter/<yyyy>/<slug>.html (the year
folders have no page of their own). Links are root-relative, except one relative link an editor wrote in an accordion.
The social-investment section sits under Kommun och politik › Hållbar utveckling › Sociala investeringar.
"""
from make_common import write, sitemap_dated, hexid, esc

H = 'www.alingsas.se'

KP = '/kommun-och-politik.html'
HU = '/kommun-och-politik/hallbar-utveckling.html'
FH = '/kommun-och-politik/hallbar-utveckling/folkhalsa.html'                 # topic page (links A3)
FUND = '/kommun-och-politik/hallbar-utveckling/sociala-investeringar.html'
FD = '/kommun-och-politik/hallbar-utveckling/sociala-investeringar/'
SOK = FD + 'sa-soker-du-medel.html'
RIKT = FD + 'riktlinjer.html'
PAG = FD + 'pagaende-investeringar.html'
AVS = FD + 'avslutade-investeringar.html'
RAP = FD + 'arsrapport-2024.html'
A1 = FD + 'pagaende-investeringar/sprakstart-brogarden.html'
DEAD_CARD = FD + 'pagaende-investeringar/mobil-fritidsledare.html'          # dead: granted, page not published
A5 = FD + 'avslutade-investeringar/halsoguider-i-noltorp.html'              # only via a RELATIVE link on AVS
A5_REL = 'avslutade-investeringar/halsoguider-i-noltorp.html'
JOBS = '/kommun-och-politik/jobba-hos-oss.html'
JOB = '/kommun-och-politik/jobba-hos-oss/strateg-for-sociala-investeringar.html'
OS = '/omsorg-och-stod.html'
BOF = '/omsorg-och-stod/barn-och-familj.html'
A2 = '/omsorg-och-stod/barn-och-familj/familjeteam-noltorp.html'
MSS = '/omsorg-och-stod/barn-och-familj/motesplats-stadsskogen.html'        # standing service (began as a project)
AO = '/omsorg-och-stod/aldreomsorg.html'
TPA = '/omsorg-och-stod/aldreomsorg/traffpunkter-och-aktiviteter.html'
A4 = '/omsorg-och-stod/aldreomsorg/traffpunkter-och-aktiviteter/seniorlots-sollebrunn.html'
BU = '/barn-och-utbildning.html'
GS = '/barn-och-utbildning/grundskola.html'
EH = '/barn-och-utbildning/grundskola/elevhalsa.html'
A3 = '/barn-och-utbildning/grundskola/elevhalsa/hela-skoldagen.html'
UG = '/uppleva-och-gora.html'
EVS = '/uppleva-och-gora/evenemang.html'
EV = '/uppleva-och-gora/evenemang/frukostseminarium-vad-kostar-utanforskapet.html'
CAL = '/uppleva-och-gora/evenemangskalender.html'
NA = '/naringsliv-och-arbete.html'
NYH = '/nyheter.html'
KONTAKT = '/kontakta-oss.html'
KAKOR = '/om-webbplatsen/kakor.html'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse.html'
SEARCH = '/sok.html'

SYS = '/sitevision/system-resource/4c0b7e2d91f35a6e8d2c1b0a9f8e7d6c5b4a3f21'
THEME = '/webapp-files/alingsas-tema/2024.11.3'
NEWS_PORTLET = '12.' + hexid('alingsas-news-portlet', 20)
NEWS_APPRES = f'/appresource/4.{hexid(NYH, 20)}/{NEWS_PORTLET}/nyheter?start=8&antal=8'
EDIT_FUND = '/edit/4.' + hexid(FUND, 20)
PRINT = '?print=true'

MENU = [('Barn och utbildning', BU), ('Omsorg och stöd', OS), ('Uppleva och göra', UG),
        ('Bygga, bo och miljö', '/bygga-bo-och-miljo.html'), ('Näringsliv och arbete', NA),
        ('Kommun och politik', KP)]

_c = [0]


def sid():
    _c[0] += 1
    return hexid('alingsas-%d' % _c[0], 20)


def node(path):
    return '4.' + hexid(path, 20)


def header(active):
    items = []
    for name, href in MENU:
        if href == active:
            items.append(f'<li class="env-list__item al-mainmenu__item al-mainmenu__item--active"><a class="al-mainmenu__link" href="{href}" aria-current="true">{name}</a></li>')
        else:
            items.append(f'<li class="env-list__item al-mainmenu__item"><a class="al-mainmenu__link" href="{href}">{name}</a></li>')
    return f'''<header class="sv-layout al-header" id="svid10_{sid()}">
  <a class="env-assistive-text env-assistive-text--focusable" href="#innehall">Till innehållet</a>
  <div class="sv-layout al-header__inner env-d--flex" id="svid10_{sid()}">
    <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
      <a href="/"><img class="sv-noborder" src="/images/18.{hexid('logo', 20)}/1706188112000/alingsas-kommun-logotyp.svg" alt="Alingsås kommun – till startsidan" width="220" height="56"></a>
    </div>
    <div class="sv-linklist-portlet sv-portlet al-tools" id="svid12_{sid()}">
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a class="al-tools__link" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9411&amp;lang=sv_se&amp;readid=innehall&amp;url=">Lyssna</a></li>
        <li class="env-list__item"><a class="al-tools__link" href="/other-languages.html" lang="en">Other languages</a></li>
        <li class="env-list__item"><a class="al-tools__link" href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="sv-searchform-portlet sv-portlet al-search" id="svid12_{sid()}">
      <form method="get" action="{SEARCH}" class="env-form" role="search">
        <label for="al-q" class="env-assistive-text">Sök på alingsas.se</label>
        <input id="al-q" class="env-form-input env-form-input--search" type="search" name="query" placeholder="Vad letar du efter?" autocomplete="off" data-autocomplete-url="/rest-api/sok/autocomplete">
        <button type="submit" class="env-button env-button--primary">Sök</button>
      </form>
    </div>
  </div>
  <nav class="sv-menu-portlet sv-portlet al-mainmenu" id="svid12_{sid()}" aria-label="Huvudmeny">
    <ul class="env-list env-list--horizontal">{''.join(items)}</ul>
  </nav>
</header>'''


def footer():
    return f'''<footer class="sv-layout al-footer" id="svid10_{sid()}">
  <div class="sv-layout env-d--flex al-footer__cols" id="svid10_{sid()}">
    <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h2 class="al-footer__heading">Alingsås kommun</h2>
        <p class="normal">441 81 Alingsås<br>Besöksadress: Stadshuset, Stora torget 1<br>Telefon: 0322-61 60 00<br><a href="mailto:alingsas.kommun@alingsas.se">alingsas.kommun@alingsas.se</a></p>
      </div>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="al-footer__heading">Genvägar</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{NYH}">Nyheter</a></li>
        <li class="env-list__item"><a href="{EVS}">Evenemang</a></li>
        <li class="env-list__item"><a href="{JOBS}">Jobba hos oss</a></li>
        <li class="env-list__item"><a href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
      <h2 class="al-footer__heading">Om webbplatsen</h2>
      <ul class="env-list">
        <li class="env-list__item"><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li class="env-list__item"><a href="{KAKOR}">Kakor</a></li>
        <li class="env-list__item"><a href="/om-webbplatsen/personuppgifter.html">Så hanterar vi personuppgifter</a></li>
      </ul>
    </div>
    <div class="sv-linklist-portlet sv-portlet al-social" id="svid12_{sid()}">
      <h2 class="al-footer__heading">Följ oss</h2>
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a href="https://www.facebook.com/alingsaskommun">Facebook</a></li>
        <li class="env-list__item"><a href="https://www.instagram.com/alingsaskommun/">Instagram</a></li>
        <li class="env-list__item"><a href="https://www.linkedin.com/company/alingsas-kommun/">LinkedIn</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def cookie_banner():
    return f'''<div class="sv-cookie-consent-banner env-cookie-banner" id="svid12_{sid()}" role="region" aria-label="Kakor" hidden>
  <p class="normal">Alingsås kommun använder kakor för att webbplatsen ska fungera och för att förbättra den. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button class="env-button env-button--primary" type="button">Godkänn alla kakor</button>
  <button class="env-button" type="button">Endast nödvändiga</button>
</div>'''


def crumbs(trail):
    lis = ['<li class="env-breadcrumb__item"><a href="/">Startsida</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="env-breadcrumb__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="env-breadcrumb__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''<nav class="sv-breadcrumbs-portlet sv-portlet al-breadcrumbs" id="svid12_{sid()}" aria-label="Du är här">
  <ol class="env-breadcrumb">{''.join(lis)}</ol>
</nav>'''


def tools(path):
    return f'''<div class="sv-linklist-portlet sv-portlet al-pagetools" id="svid12_{sid()}">
  <ul class="env-list env-list--horizontal">
    <li class="env-list__item"><a rel="nofollow" class="al-pagetools__print" href="{path}{PRINT}">Skriv ut</a></li>
    <li class="env-list__item"><a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{path}">Dela</a></li>
  </ul>
</div>'''


def fund_menu(current):
    def li(name, href):
        cur = ' aria-current="page" class="al-submenu__link al-submenu__link--current"' if href == current else ' class="al-submenu__link"'
        return f'<li class="env-list__item al-submenu__item"><a href="{href}"{cur}>{name}</a></li>'
    return f'''<nav class="sv-menu-portlet sv-portlet al-submenu" id="svid12_{sid()}" aria-label="Undermeny Sociala investeringar">
  <p class="al-submenu__parent"><a href="{FUND}"{' aria-current="page"' if current == FUND else ''}>Sociala investeringar</a></p>
  <ul class="env-list">
    {li('Så söker du medel', SOK)}
    {li('Riktlinjer', RIKT)}
    {li('Pågående investeringar', PAG)}
    {li('Avslutade investeringar', AVS)}
    {li('Årsrapport 2024', RAP)}
  </ul>
</nav>'''


def hu_menu(current):
    def li(name, href):
        cur = ' aria-current="page"' if href == current else ''
        return f'<li class="env-list__item al-submenu__item"><a class="al-submenu__link" href="{href}"{cur}>{name}</a></li>'
    return f'''<nav class="sv-menu-portlet sv-portlet al-submenu" id="svid12_{sid()}" aria-label="Undermeny Hållbar utveckling">
  <p class="al-submenu__parent"><a href="{HU}">Hållbar utveckling</a></p>
  <ul class="env-list">
    {li('Agenda 2030', '/kommun-och-politik/hallbar-utveckling/agenda-2030.html')}
    {li('Folkhälsa', FH)}
    {li('Miljö och klimat', '/kommun-och-politik/hallbar-utveckling/miljo-och-klimat.html')}
    {li('Sociala investeringar', FUND)}
  </ul>
</nav>'''


def text(inner):
    return f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
  <div id="Text{sid()[:6]}"></div>
  <div class="sv-text-portlet-content">
{inner}
  </div>
</div>'''


def decoration(heading, inner, kind='fakta'):
    return f'''<div class="sv-decoration-content al-box al-box--{kind}">
  <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
    <div class="sv-text-portlet-content">
      <h2 class="subheading">{heading}</h2>
{inner}
    </div>
  </div>
</div>'''


def linklist(heading, links, cls='al-related'):
    lis = ''.join(f'<li class="env-list__item"><a href="{h}">{t}</a></li>' for t, h in links)
    return f'''<div class="sv-linklist-portlet sv-portlet {cls}" id="svid12_{sid()}">
  <h2 class="subheading">{heading}</h2>
  <ul class="env-list">{lis}</ul>
</div>'''


def cards(heading, items, cls='al-cards'):
    """Envision cards: (title, href or None, text, meta or '')."""
    out = []
    for t, h, d, meta in items:
        m = f'<p class="env-card__meta al-card__facts">{meta}</p>' if meta else ''
        if h:
            out.append(f'''<li class="env-list__item"><div class="env-card al-card">
        <div class="env-card__body"><h3 class="env-card__title"><a class="env-link al-card__link" href="{h}">{t}</a></h3>
        <p class="env-card__text">{d}</p>{m}</div></div></li>''')
        else:
            out.append(f'''<li class="env-list__item"><div class="env-card al-card al-card--nolink">
        <div class="env-card__body"><h3 class="env-card__title">{t}</h3>
        <p class="env-card__text">{d}</p>{m}</div></div></li>''')
    head = f'<h2 class="subheading">{heading}</h2>' if heading else ''
    return f'''<div class="sv-layout {cls}" id="svid10_{sid()}">
  {head}
  <ul class="env-list env-list--grid">{''.join(out)}</ul>
</div>'''


def page(path, title, trail, body, active=None, side='', template='standardsida', ingress='', modified='2025-10-28',
         desc=None, extra_head=''):
    desc = desc or ingress or title
    left = f'<div class="sv-layout al-col-side" id="svid10_{sid()}">{side}</div>' if side else ''
    bc = crumbs(trail) if trail else ''
    ing = f'<p class="al-ingress">{ingress}</p>' if ingress else ''
    tl = tools(path) if path != '/' else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{template}">
<head>
<meta charset="utf-8">
<script nonce="YWxpbmdzYXM">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{esc(title)} - Alingsås kommun</title>
<link rel="preload" href="{SYS}/js/jquery.js" as="script">
<link rel="preload" href="{SYS}/envision/envision.js" as="script">
<link rel="stylesheet" type="text/css" href="{SYS}/css/portlets.css">
<link rel="stylesheet" type="text/css" href="{SYS}/envision/envision.css">
<link rel="stylesheet" type="text/css" href="{THEME}/css/alingsas.css">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Alingsås kommun">
<meta property="og:image" content="https://{H}/images/18.{hexid('og', 20)}/1706188112100/alingsas-dela.png">
<meta name="dcterms.modified" content="{modified}">
{extra_head}<link rel="icon" href="/images/18.{hexid('favicon', 20)}/1706188112155/favicon.ico">
<script nonce="YWxpbmdzYXM">window.sv = window.sv || {{}};
sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {{}};
sv.PageContext = {{pageId: '{node(path)}', siteName: 'Alingsås kommun', lang: 'sv', version: '2024.10.1', dateModified: '{modified}'}};</script>
</head>
<body class="sv-responsive env-m-around--0">
{cookie_banner()}
<div class="sv-layout al-page" id="svid10_{sid()}">
{header(active)}
<div class="sv-layout al-content" id="svid10_{sid()}">
{bc}
<div class="sv-layout al-columns env-d--flex" id="svid10_{sid()}">
{left}
<main class="sv-layout al-col-main" id="innehall">
<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
  <div id="Rubrik"></div>
  <div class="sv-text-portlet-content"><h1 class="heading">{title}</h1></div>
</div>
<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
  <div id="Ingress"></div>
  <div class="sv-text-portlet-content">{ing}</div>
</div>
{body}
<div class="sv-text-portlet sv-use-margins sv-portlet al-updated" id="svid12_{sid()}">
  <div class="sv-text-portlet-content"><p class="al-small">Senast uppdaterad: <time datetime="{modified}">{modified}</time></p></div>
</div>
{tl}
</main>
</div>
</div>
{footer()}
</div>
<script src="{SYS}/js/jquery.js"></script>
<script src="{SYS}/envision/envision.js"></script>
<script src="{THEME}/js/alingsas.js"></script>
<script nonce="YWxpbmdzYXM">svDocReady(function(){{ sv.initPortlets && sv.initPortlets(); }});</script>
</body>
</html>
'''


def archive_list(items):
    """A Sitevision archive portlet (news list): (path, iso, human, title, lead)."""
    lis = ''.join(f'''
    <li class="sv-channel-item al-news-item">
      <p class="al-news-item__date"><time datetime="{iso}">{human}</time></p>
      <h3 class="al-news-item__title"><a href="{p}">{t}</a></h3>
      <p class="normal">{lead}</p>
    </li>''' for p, iso, human, t, lead in items)
    return f'''<div class="sv-archive-portlet sv-portlet" id="svid12_{sid()}">
  <ul class="sv-channel sv-defaultlist">{lis}
  </ul>
</div>'''


# ------------------------------------------------------------------ news (newest first)
N_FT = '/nyheter/2025/familjeteamet-i-noltorp-har-mott-60-familjer.html'
N_CALL = '/nyheter/2025/nu-kan-forvaltningarna-soka-medel-for-sociala-investeringar.html'
N_CYKEL = '/nyheter/2025/nya-cykelparkeringar-vid-resecentrum.html'
N_KF = '/nyheter/2025/kommunfullmaktige-tillfor-sex-miljoner-kronor-till-sociala-investeringar.html'
N_SOMMAR = '/nyheter/2025/sommarens-badplatser-har-fatt-godkant.html'
N_SNO = '/nyheter/2024/sa-rojer-vi-sno-i-vinter.html'
N_LUCIA = '/nyheter/2024/lucia-pa-stora-torget.html'

NEWS = [
    (N_FT, '2025-10-21', '21 oktober 2025', 'Familjeteamet i Noltorp har mött 60 familjer',
     'Sedan januari har familjeteamet i Noltorp haft kontakt med 60 familjer. Många har sökt sig dit själva.',
     f'''<p class="normal">Familjeteamet har sitt kontor i Noltorpsskolans gamla bibliotek. Där kan föräldrar komma in utan tidsbokning två eftermiddagar i veckan, och teamet är med på föräldramöten och utvecklingssamtal när familjerna vill det.</p>
<p class="normal">– Många föräldrar hade aldrig ringt socialtjänsten. Men de kommer hit och pratar, och då kan vi hjälpa till innan det har blivit för svårt, säger familjebehandlaren i teamet.</p>
<p class="normal">Familjeteamet är ett projekt som socialförvaltningen driver till och med december 2027 med pengar ur kommunens fond för sociala investeringar. Efter halva tiden ska arbetet utvärderas tillsammans med Högskolan Väst.</p>
<p class="normal"><a href="{A2}">Läs mer om Familjeteam Noltorp</a></p>'''),
    (N_CALL, '2025-09-30', '30 september 2025', 'Nu kan förvaltningarna söka medel för sociala investeringar',
     'Ansökningsomgången för 2026 är öppen. Förvaltningarna kan söka pengar ur fonden för sociala investeringar till och med den 15 december.',
     f'''<p class="normal">I fonden finns i dag omkring 1,5 miljoner kronor att fördela, och fler återbetalningar väntas under 2026. Den här gången prioriteras ansökningar som riktar sig till barn i förskoleåldern och till unga vuxna som varken arbetar eller studerar.</p>
<p class="normal">Ansökan ska vara förankrad hos förvaltningschefen och innehålla en beräkning av vilka kostnader arbetet kan minska på sikt. Kommunstyrelsens arbetsutskott beslutar om medlen i februari 2026.</p>
<p class="normal">Läs mer under <a href="{SOK}">Så söker du medel</a> och i <a href="{RIKT}">riktlinjerna</a>.</p>'''),
    (N_CYKEL, '2025-09-08', '8 september 2025', 'Nya cykelparkeringar vid resecentrum',
     'Nu finns 240 nya cykelplatser under tak vid Alingsås resecentrum.',
     '<p class="normal">Cykelparkeringen ligger på östra sidan av spåren och har laddplatser för elcyklar. Den är öppen dygnet runt och kameraövervakad.</p>'),
    (N_KF, '2025-06-17', '17 juni 2025', 'Kommunfullmäktige tillför sex miljoner kronor till sociala investeringar',
     'Kommunfullmäktige beslutade på sitt junisammanträde att föra över 6 miljoner kronor av 2024 års resultat till fonden för sociala investeringar.',
     f'''<p class="normal">Fonden inrättades 2017 med 15 miljoner kronor. Sedan dess har kommunstyrelsen beviljat pengar till elva ansökningar, och vid årsskiftet fanns drygt en miljon kronor kvar att fördela.</p>
<p class="normal">– Vi ser att förebyggande arbete gör skillnad, både för de barn och familjer det gäller och för kommunens ekonomi på sikt, säger kommunstyrelsens ordförande.</p>
<p class="normal">Beslutet innebär också att riktlinjerna ses över under hösten. Läs mer om fonden på sidan <a href="https://{H}{EDIT_FUND}">Sociala investeringar</a>.</p>'''),
    (N_SOMMAR, '2025-06-02', '2 juni 2025', 'Sommarens badplatser har fått godkänt',
     'Vattenproverna vid kommunens tolv badplatser visar att vattnet är tjänligt.',
     '<p class="normal">Miljöskyddskontoret tar prover varannan vecka under sommaren. Resultaten publiceras på havochvatten.se.</p>'),
    (N_SNO, '2024-11-25', '25 november 2024', 'Så röjer vi snö i vinter',
     'Kommunen börjar snöröja när det har kommit 5 centimeter snö på gång- och cykelvägar.',
     '<p class="normal">Först röjs huvudgator, busshållplatser och vägar till skolor och förskolor. Enskilda vägar sköts av vägföreningarna.</p>'),
    (N_LUCIA, '2024-11-12', '12 november 2024', 'Lucia på Stora torget',
     'Den 13 december klockan 17 kröns årets Alingsåslucia på Stora torget.',
     '<p class="normal">Luciatåget går sedan genom Kungsgatan till Christinae kyrka. Kulturskolan och Alingsås körsällskap medverkar.</p>'),
]


def news_page(i):
    p, iso, human, title, lead, body = NEWS[i]
    return page(p, title, [('Nyheter', NYH), (title, p)], f'''{text(f"""<p class="al-news-date">Publicerad <time datetime="{iso}">{human}</time></p>
{body}""")}''', template='nyhetsartikel', ingress=lead, modified=iso)


def build():
    pages = {}
    T_KP = [('Kommun och politik', KP)]
    T_HU = T_KP + [('Hållbar utveckling', HU)]
    T_F = T_HU + [('Sociala investeringar', FUND)]

    # ---------------- start page
    latest = [(n[0], n[1], n[2], n[3], n[4]) for n in NEWS[:4]]
    pages['/'] = page('/', 'Alingsås kommun', [], f'''{cards('', [
        ('Förskola och skola', BU, 'Ansök om förskoleplats, skolval och skolmat.', ''),
        ('Äldreomsorg', AO, 'Hemtjänst, träffpunkter och särskilt boende.', ''),
        ('Evenemang', EVS, 'Vad händer i Alingsås?', ''),
        ('Jobba hos oss', JOBS, 'Lediga jobb och sommarjobb i kommunen.', '')], 'al-shortcuts')}
{text(f"""<p class="normal al-popular">Många söker efter: <a href="{SEARCH}?query=bygglov">bygglov</a>, <a href="{SEARCH}?query=skolmat">skolmat</a>, <a href="{SEARCH}?query=lediga+jobb">lediga jobb</a></p>""")}
<h2 class="subheading">Nyheter</h2>
{archive_list(latest)}
{text(f'<p class="normal"><a href="{NYH}">Alla nyheter</a></p>')}''', template='startsida',
        ingress='Välkommen till Alingsås – Lärkstaden med kaféer, kultur och natur runt hörnet.')

    # ---------------- kommun och politik
    pages[KP] = page(KP, 'Kommun och politik', T_KP, cards('', [
        ('Politik och demokrati', '/kommun-och-politik/politik-och-demokrati.html', 'Kommunfullmäktige, nämnder och protokoll.', ''),
        ('Kommunens organisation', '/kommun-och-politik/kommunens-organisation.html', 'Förvaltningar och bolag.', ''),
        ('Hållbar utveckling', HU, 'Agenda 2030, folkhälsa, miljö och sociala investeringar.', ''),
        ('Ekonomi', '/kommun-och-politik/ekonomi.html', 'Budget, årsredovisning och skattesats.', ''),
        ('Jobba hos oss', JOBS, 'Lediga jobb i Alingsås kommun.', '')]), active=KP,
        ingress='Hur kommunen styrs, hur pengarna används och hur du kan påverka.')

    pages[HU] = page(HU, 'Hållbar utveckling', T_HU, f'''{text("""<p class="normal">Alingsås kommun arbetar med alla tre delarna av hållbar utveckling: den ekologiska, den ekonomiska och den sociala. Arbetet utgår från de globala målen i Agenda 2030 och från kommunens vision Alingsås 2040.</p>""")}
{cards('', [
        ('Agenda 2030', '/kommun-och-politik/hallbar-utveckling/agenda-2030.html', 'Så arbetar kommunen med de globala målen.', ''),
        ('Folkhälsa', FH, 'En god och jämlik hälsa för alla som bor i Alingsås.', ''),
        ('Miljö och klimat', '/kommun-och-politik/hallbar-utveckling/miljo-och-klimat.html', 'Miljöprogram och klimatlöften.', ''),
        ('Sociala investeringar', FUND, 'Pengar till förebyggande arbete som ska löna sig på sikt.', '')])}''',
        active=KP, side=hu_menu(HU), ingress='Ett Alingsås där människor mår bra, miljön är frisk och ekonomin håller över tid.')

    # ---------------- topic page Folkhälsa (the only link to A3)
    pages[FH] = page(FH, 'Folkhälsa', T_HU + [('Folkhälsa', FH)], f'''{text(f"""<p class="normal">Folkhälsoarbetet i Alingsås leds av folkhälsorådet, där kommunen och Västra Götalandsregionen samarbetar. Rådet följer hur invånarna mår och tar fram en folkhälsoplan för varje mandatperiod.</p>
<h2 class="subheading">Tre prioriterade områden 2024–2027</h2>
<ul>
<li>Barns och ungas uppväxtvillkor, med fokus på skolnärvaro och psykisk hälsa</li>
<li>Goda levnadsvanor genom hela livet</li>
<li>Ett tryggt och aktivt åldrande</li>
</ul>
<h2 class="subheading">Exempel på vad vi gör</h2>
<ul>
<li><a href="{A3}">Hela skoldagen</a> – ett arbete mot oroande skolfrånvaro i årskurs 4–9.</li>
<li>Föräldraskapsstöd i grupp på familjecentralerna i Noltorp och Brogården.</li>
<li>Träffpunkter för äldre i alla kommundelar.</li>
<li>Trygghetsvandringar tillsammans med polisen och bostadsbolagen.</li>
</ul>
<p class="normal">Flera av insatserna får pengar ur kommunens fond för <a href="{FUND}">sociala investeringar</a>.</p>
<h2 class="subheading">Folkhälsoplan</h2>
<p class="normal">Folkhälsoplanen för 2024–2027 antogs av kommunfullmäktige i februari 2024.</p>
<ul><li><a href="/download/18.{hexid('fhplan', 20)}/1707900112000/folkhalsoplan-2024-2027.pdf">Folkhälsoplan 2024–2027 (pdf, 1,2 MB)</a></li></ul>""")}
{decoration('Kontakt', '<p class="normal">Folkhälsostrateg<br>Telefon: 0322-61 60 00 (kontaktcenter)<br><a href="mailto:folkhalsa@alingsas.se">folkhalsa@alingsas.se</a></p>', 'kontakt')}''',
        active=KP, side=hu_menu(FH), ingress='Alla i Alingsås ska ha goda förutsättningar för en god hälsa, oavsett var man bor eller vilken bakgrund man har.',
        modified='2025-08-19')

    # ---------------- the fund section
    pages[FUND] = page(FUND, 'Sociala investeringar', T_F, f'''{text(f"""<p class="normal">Kommunfullmäktige inrättade fonden för sociala investeringar 2017 med 15 miljoner kronor. I juni 2025 tillförde fullmäktige ytterligare 6 miljoner kronor.</p>
<p class="normal">En social investering är ett förebyggande arbete som görs i dag för att minska både mänskligt lidande och samhällets kostnader i framtiden. Pengarna i fonden ska användas till att pröva nya arbetssätt som kan bli en del av den ordinarie verksamheten om de ger resultat.</p>
<h2 class="subheading">Vem kan söka?</h2>
<p class="normal">Kommunens förvaltningar och bolag kan söka, gärna tillsammans. Föreningar, Västra Götalandsregionen och andra myndigheter kan vara samverkansparter. Läs mer under <a href="{SOK}">Så söker du medel</a>.</p>""")}
{cards('Läs mer', [
        ('Så söker du medel', SOK, 'Ansökningsomgångar, blanketter och beräkningsmall.', ''),
        ('Riktlinjer', RIKT, 'Vad pengarna får användas till och hur de ska betalas tillbaka.', ''),
        ('Pågående investeringar', PAG, 'De sociala investeringar som pågår just nu.', ''),
        ('Avslutade investeringar', AVS, 'Resultat från det som redan har genomförts.', ''),
        ('Årsrapport 2024', RAP, 'Fondens ekonomi och resultat under 2024.', '')])}
{text(f"""<h2 class="subheading">Seminarium</h2>
<p class="normal">Den 4 december ordnar vi ett <a href="{EV}">frukostseminarium om vad utanförskapet kostar</a>.</p>""")}
{decoration('Kontakt', '<p class="normal">Strateg för sociala investeringar<br>Kommunledningskontoret<br>Telefon: 0322-61 60 00<br><a href="mailto:socialainvesteringar@alingsas.se">socialainvesteringar@alingsas.se</a></p>', 'kontakt')}''',
        active=KP, side=fund_menu(FUND), ingress='Ur fonden för sociala investeringar kan kommunens verksamheter få pengar för att pröva förebyggande arbetssätt.',
        modified='2025-06-18')

    pages[SOK] = page(SOK, 'Så söker du medel', T_F + [('Så söker du medel', SOK)], text(f"""<p class="normal">Det finns en ansökningsomgång per år. Ansökan ska vara inlämnad senast den 15 december, och kommunstyrelsens arbetsutskott beslutar i februari.</p>
<h2 class="subheading">Steg för steg</h2>
<ol>
<li>Boka ett första samtal med strategen för sociala investeringar om din idé.</li>
<li>Fyll i ansökningsblanketten. Beskriv målgruppen, vad ni vill göra och hur ni ska följa upp arbetet.</li>
<li>Gör en ekonomisk kalkyl i beräkningsmallen: vad kostar arbetet, och vilka kostnader kan det minska på sikt?</li>
<li>Förankra ansökan hos din förvaltningschef och skicka den till <a href="mailto:socialainvesteringar@alingsas.se">socialainvesteringar@alingsas.se</a>.</li>
</ol>
<h2 class="subheading">Det här bedöms</h2>
<ul>
<li>att arbetet är förebyggande och når målgruppen tidigt</li>
<li>att det finns en realistisk plan för hur arbetet ska tas över av ordinarie verksamhet</li>
<li>att flera verksamheter samverkar</li>
</ul>
<h2 class="subheading">Blanketter</h2>
<ul>
<li><a href="/download/18.{hexid('ansokan', 20)}/1727700112000/ansokan-sociala-investeringar.docx">Ansökan om medel för sociala investeringar (Word)</a></li>
<li><a href="/download/18.{hexid('kalkyl', 20)}/1727700112044/berakningsmall-sociala-investeringar.xlsx">Beräkningsmall (Excel)</a></li>
</ul>"""), active=KP, side=fund_menu(SOK), ingress='Så ansöker en förvaltning om pengar ur fonden för sociala investeringar.', modified='2025-09-30')

    pages[RIKT] = page(RIKT, 'Riktlinjer för sociala investeringar', T_F + [('Riktlinjer', RIKT)], text("""<p class="normal">Riktlinjerna antogs av kommunfullmäktige den 25 oktober 2017, § 142, och reviderades senast i juni 2025.</p>
<h2 class="subheading">Vad kan få pengar?</h2>
<ul>
<li>Arbete som är förebyggande och riktar sig till barn, unga, familjer, vuxna eller äldre med risk för utanförskap eller ohälsa.</li>
<li>Arbetssätt som är nya för kommunen och som kan följas upp och utvärderas.</li>
<li>Arbete som pågår i högst fyra år.</li>
</ul>
<h2 class="subheading">Belopp och återbetalning</h2>
<p class="normal">En ansökan kan beviljas högst 3 500 000 kronor. Den förvaltning som får pengar ska betala tillbaka hälften av de minskade kostnader som arbetet ger, under högst fem år efter att det har avslutats.</p>
<h2 class="subheading">Uppföljning</h2>
<p class="normal">Alla som får medel rapporterar till kommunstyrelsen en gång per år. En slutrapport lämnas senast tre månader efter att arbetet har avslutats.</p>
<ul><li><a href="/download/18.4d1f2c3b18a0e5b7c9d1e2/1718630112000/riktlinjer-sociala-investeringar-2025.pdf">Riktlinjer för sociala investeringar (pdf)</a></li></ul>"""),
        active=KP, side=fund_menu(RIKT), ingress='Riktlinjerna styr vad fonden får användas till och hur pengarna ska följas upp.', modified='2025-06-18')

    pages[PAG] = page(PAG, 'Pågående investeringar', T_F + [('Pågående investeringar', PAG)], f'''{text("""<p class="normal">Här är de sociala investeringar som pågår just nu. Klicka på en investering för att läsa mer.</p>""")}
{cards('', [
        ('Språkstart Brogården', A1, 'Språkpedagoger stärker språket hos de yngsta barnen i Brogården och deras föräldrar.', '2024–2027 · 2,4 mnkr'),
        ('Familjeteam Noltorp', None, 'Ett team av socialtjänstens familjebehandlare finns på plats i Noltorp för familjer med barn 0–12 år.', '2025–2027 · 3,1 mnkr'),
        ('Mobil fritidsledare', DEAD_CARD, 'Fritidsledare som rör sig där unga finns på kvällar och helger.', '2025–2027 · 1,2 mnkr'),
        ('Seniorlots Sollebrunn', None, 'Stöd för äldre som bor ensamma i norra kommundelen.', '2025–2027 · 980 tkr')])}
{text(f"""<p class="normal">Läs också om <a href="{AVS}">avslutade investeringar</a>.</p>""")}''',
        active=KP, side=fund_menu(PAG), ingress='Sociala investeringar som har fått pengar ur fonden och som pågår nu.', modified='2025-10-02')

    # Avslutade: accordion per year; the finished project linked by a RELATIVE href inside a closed panel.
    acc_id1 = 'acc-' + sid()[:8]
    acc_id2 = 'acc-' + sid()[:8]
    pages[AVS] = page(AVS, 'Avslutade investeringar', T_F + [('Avslutade investeringar', AVS)], f'''{text("""<p class="normal">Här kan du läsa om sociala investeringar som har avslutats och vad de ledde till. Flera av dem lever vidare som ordinarie verksamhet.</p>""")}
<div class="sv-layout env-accordion al-accordion" id="svid10_{sid()}">
  <div class="env-accordion__item">
    <h2 class="env-accordion__heading"><button class="env-button env-button--link env-accordion__button" type="button" aria-expanded="false" aria-controls="{acc_id1}" data-env-collapse data-target="#{acc_id1}">Avslutade 2024</button></h2>
    <div class="env-collapse env-accordion__panel" id="{acc_id1}">
      <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}"><div class="sv-text-portlet-content">
      <ul>
      <li><a href="{A5_REL}">Hälsoguider i Noltorp</a> (2021–2024)</li>
      <li>Läxhjälp i Ängabo (2022–2024) – arbetet fortsätter i skolans regi.</li>
      </ul>
      </div></div>
    </div>
  </div>
  <div class="env-accordion__item">
    <h2 class="env-accordion__heading"><button class="env-button env-button--link env-accordion__button" type="button" aria-expanded="false" aria-controls="{acc_id2}" data-env-collapse data-target="#{acc_id2}">Avslutade 2020–2023</button></h2>
    <div class="env-collapse env-accordion__panel" id="{acc_id2}">
      <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}"><div class="sv-text-portlet-content">
      <ul>
      <li>Mötesplats Stadsskogen (2018–2020) – är sedan 2021 ordinarie verksamhet, se <a href="{MSS}">Mötesplats Stadsskogen</a>.</li>
      <li>Simkunnighet i årskurs 3 (2019–2021)</li>
      <li>Trygg övergång till gymnasiet (2020–2023)</li>
      </ul>
      </div></div>
    </div>
  </div>
</div>''', active=KP, side=fund_menu(AVS), ingress='Resultat och lärdomar från sociala investeringar som har avslutats.', modified='2025-01-14')

    pages[RAP] = page(RAP, 'Årsrapport 2024 – sociala investeringar', T_F + [('Årsrapport 2024', RAP)], text("""<p class="normal">Varje år rapporterar kommunstyrelsen till kommunfullmäktige hur fonden för sociala investeringar har använts. Här är en sammanfattning av rapporten för 2024.</p>
<h2 class="subheading">Fonden i siffror</h2>
<div class="sv-table-responsive"><table class="sv-table sv-table-bordered">
<thead><tr><th scope="col">År</th><th scope="col">Nya beviljade ansökningar</th><th scope="col">Beviljat totalt</th><th scope="col">Återbetalat till fonden</th><th scope="col">Kvar att fördela vid årets slut</th></tr></thead>
<tbody>
<tr><td>2022</td><td>2</td><td>3 900 000 kr</td><td>420 000 kr</td><td>4 700 000 kr</td></tr>
<tr><td>2023</td><td>1</td><td>1 380 000 kr</td><td>610 000 kr</td><td>3 930 000 kr</td></tr>
<tr><td>2024</td><td>2</td><td>3 600 000 kr</td><td>880 000 kr</td><td>1 210 000 kr</td></tr>
</tbody></table></div>
<h2 class="subheading">Det viktigaste under året</h2>
<ul>
<li>Två nya ansökningar beviljades, båda riktade till barn och unga.</li>
<li>Två investeringar avslutades. Den ena blev ordinarie verksamhet, den andra lämnade lärdomar till skolornas arbete med läxhjälp.</li>
<li>Återbetalningarna till fonden ökade för tredje året i rad.</li>
</ul>
<h2 class="subheading">Lärdomar</h2>
<p class="normal">Det tar tid att bygga upp samverkan mellan förvaltningarna, och de första månaderna ger sällan mätbara resultat. Rapporten föreslår att uppföljningen i fortsättningen ska innehålla fler mått på hur deltagarna själva upplever stödet.</p>
<ul><li><a href="/download/18.{x}/1712100112000/arsrapport-sociala-investeringar-2024.pdf">Årsrapport 2024 (pdf)</a></li></ul>""".replace('{x}', hexid('arsrapport', 20))),
        active=KP, side=fund_menu(RAP), template='standardsida', ingress='Så användes fonden för sociala investeringar under 2024.', modified='2025-04-09')

    # ---------------- project pages
    pages[A1] = page(A1, 'Språkstart Brogården', T_F + [('Pågående investeringar', PAG), ('Språkstart Brogården', A1)], f'''{text("""<p class="normal">I Brogården talar många familjer andra språk än svenska hemma, och många barn börjar skolan med ett svagt ordförråd på svenska. I Språkstart Brogården arbetar två språkpedagoger på heltid tillsammans med personalen på områdets fyra förskolor.</p>
<p class="normal">Språkpedagogerna handleder personalen i språkutvecklande arbetssätt, läser med barnen i små grupper och bjuder in föräldrarna till Läsfika på biblioteket varannan vecka. Alla barn får en bok att ta hem varje månad.</p>
<h2 class="subheading">Syfte</h2>
<p class="normal">Syftet är att fler barn ska ha ett åldersadekvat språk när de börjar förskoleklass, så att färre behöver särskilt stöd i skolan senare.</p>
<h2 class="subheading">Så följer vi upp</h2>
<p class="normal">Barnens språkutveckling följs med samma material vid tre och fem års ålder. Högskolan Väst gör en utvärdering under 2026.</p>""")}
{decoration('Fakta om investeringen', """<ul>
<li><strong>Projektperiod:</strong> augusti 2024 – juni 2027</li>
<li><strong>Beviljat belopp:</strong> 2 400 000 kronor ur fonden för sociala investeringar</li>
<li><strong>Projektägare:</strong> Barn- och ungdomsförvaltningen, förskoleområde Brogården</li>
<li><strong>Samverkan:</strong> Stadsbiblioteket, barnavårdscentralen och familjecentralen i Brogården</li>
<li><strong>Målgrupp:</strong> Barn 1–5 år i förskolorna i Brogården och deras vårdnadshavare</li>
</ul>""")}
{decoration('Kontakt', '<p class="normal">Förskolechef, förskoleområde Brogården<br>Telefon: 0322-61 60 00</p>', 'kontakt')}''',
        active=KP, side=fund_menu(PAG), template='projektsida', ingress='Språkstart Brogården ska ge de yngsta barnen en bättre start i språket.', modified='2025-03-11')

    pages[A5] = page(A5, 'Hälsoguider i Noltorp', T_F + [('Avslutade investeringar', AVS), ('Hälsoguider i Noltorp', A5)], f'''{text("""<p class="normal"><strong>Projektet är avslutat.</strong></p>
<p class="normal">Hälsoguiderna var sex invånare i Noltorp och Brogården som talar arabiska, somaliska, tigrinja eller dari. De utbildades av Västra Götalandsregionen och kommunen och arbetade på timmar med att sprida kunskap om hälsa, vård och levnadsvanor till grannar och andra invånare som är nya i Sverige.</p>
<p class="normal">Hälsoguiderna höll samtalsgrupper på mötesplatser och i föreningslokaler, följde med till vårdcentralen när någon ville det och var med på föräldraträffar på förskolorna.</p>
<h2 class="subheading">Period och finansiering</h2>
<p class="normal">Projektet pågick från september 2021 till augusti 2024. Det finansierades med 1 650 000 kronor ur kommunens fond för sociala investeringar och med 400 000 kronor från Västra Götalandsregionen. Projektägare var kommunledningskontorets folkhälsoenhet, i samverkan med Närhälsan Noltorp vårdcentral och Alingsåshem.</p>
<h2 class="subheading">Resultat</h2>
<p class="normal">Under tre år nådde hälsoguiderna drygt 1 100 vuxna. Andelen deltagare som visste hur de skulle få kontakt med vården ökade från 41 till 78 procent. Arbetssättet ingår sedan hösten 2024 i Västra Götalandsregionens hälsokommunikatörsprogram.</p>
<h2 class="subheading">Målgrupp</h2>
<p class="normal">Vuxna som är nya i Sverige och bor i Noltorp eller Brogården.</p>""")}''',
        active=KP, side=fund_menu(AVS), template='projektsida', ingress='Invånare som hälsoguider för grannar som är nya i Sverige.', modified='2024-10-03')

    # ---------------- omsorg och stöd
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], cards('', [
        ('Barn och familj', BOF, 'Stöd till barn, unga och föräldrar.', ''),
        ('Äldreomsorg', AO, 'Hemtjänst, träffpunkter och boenden.', ''),
        ('Funktionsnedsättning', '/omsorg-och-stod/funktionsnedsattning.html', 'Stöd enligt LSS och socialtjänstlagen.', ''),
        ('Ekonomiskt bistånd', '/omsorg-och-stod/ekonomiskt-bistand.html', 'Om du inte kan försörja dig.', ''),
        ('Våld i nära relationer', '/omsorg-och-stod/vald-i-nara-relationer.html', 'Hjälp om du utsätts eller utsätter.', '')]),
        active=OS, ingress='Stöd och omsorg för dig i alla åldrar.')

    pages[BOF] = page(BOF, 'Barn och familj', [('Omsorg och stöd', OS), ('Barn och familj', BOF)], f'''{text(f"""<p class="normal">Socialtjänsten kan ge stöd till dig som är förälder, till barn och unga och till hela familjer. Du kan kontakta oss själv, och mycket av stödet kan du få utan att det blir ett ärende.</p>
<h2 class="subheading">Stöd du kan få</h2>
<ul>
<li>Föräldraskapsstöd i grupp och enskilt</li>
<li>Familjebehandling</li>
<li>Samtalsstöd för barn och unga</li>
<li>Öppna mötesplatser för familjer, till exempel <a href="{MSS}">Mötesplats Stadsskogen</a></li>
</ul>
<h2 class="subheading">Familjecentraler</h2>
<p class="normal">I Noltorp och Brogården finns familjecentraler med barnavårdscentral, barnmorskemottagning, öppen förskola och socialtjänst under samma tak.</p>""")}
{decoration('Kontakt', '<p class="normal">Mottagningen för barn och unga<br>Telefon: 0322-61 60 00, vardagar kl. 8–16</p>', 'kontakt')}''',
        active=OS, ingress='Stöd till barn, unga och föräldrar.')

    pages[A2] = page(A2, 'Familjeteam Noltorp', [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Familjeteam Noltorp', A2)], f'''{text("""<p class="normal">Familjeteam Noltorp är ett team med en familjebehandlare, en socialsekreterare och en förskolekurator som har sin arbetsplats i Noltorpsskolan. Hit kan föräldrar och barn vända sig med små och stora frågor, utan att göra en ansökan hos socialtjänsten.</p>
<p class="normal">Teamet är med på föräldramöten, har öppet hus två eftermiddagar i veckan och samarbetar med lärare, förskolepersonal och elevhälsa när ett barn behöver mer stöd.</p>
<h2 class="subheading">Om projektet</h2>
<p class="normal">Projektet pågår från januari 2025 till december 2027 och finansieras med 3 100 000 kronor ur kommunens fond för sociala investeringar. Socialförvaltningen, individ- och familjeomsorgen, driver projektet tillsammans med Noltorpsskolan, förskolorna i Noltorp och Alingsåshem.</p>
<p class="normal">Syftet är att familjer ska få stöd tidigt, så att färre barn behöver placeras utanför hemmet och färre ärenden blir akuta.</p>""")}
{decoration('Kort om projektet', """<ul>
<li><strong>Målgrupp:</strong> Familjer med barn 0–12 år i Noltorp</li>
<li><strong>Bemanning:</strong> 2,5 tjänster</li>
<li><strong>Utvärdering:</strong> Högskolan Väst, halvtidsrapport hösten 2026</li>
</ul>""")}
{decoration('Kontakt', '<p class="normal">Familjeteam Noltorp<br>Telefon: 0322-61 60 00<br>Öppet hus tisdag och torsdag kl. 14–17</p>', 'kontakt')}''',
        active=OS, template='standardsida', ingress='Stöd för familjer i Noltorp – nära, tidigt och utan krångel.', modified='2025-10-21')

    pages[MSS] = page(MSS, 'Mötesplats Stadsskogen', [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Mötesplats Stadsskogen', MSS)], f'''{text("""<p class="normal">Mötesplats Stadsskogen är en öppen mötesplats för föräldrar och barn i Stadsskogen och Ängabo. Här kan du fika, låta barnen leka, träffa andra föräldrar och prata med personal från socialtjänsten om stort och smått. Det kostar ingenting och du behöver inte anmäla dig.</p>
<h2 class="subheading">Öppettider</h2>
<p class="normal">Måndag och onsdag kl. 9–12<br>Torsdag kl. 15–18 (familjekväll med gemensam middag för 20 kronor per vuxen)</p>
<h2 class="subheading">Här finns vi</h2>
<p class="normal">Stadsskogsvägen 12, i samma hus som Stadsskogens förskola.</p>
<h2 class="subheading">Bakgrund</h2>
<p class="normal">Mötesplatsen startade 2018 som en försöksverksamhet med pengar ur fonden för sociala investeringar. Sedan januari 2021 är den en del av socialförvaltningens ordinarie verksamhet och finansieras i socialnämndens budget.</p>""")}
{decoration('Kontakt', '<p class="normal">Mötesplats Stadsskogen<br>Telefon: 0322-61 60 00<br><a href="mailto:motesplats.stadsskogen@alingsas.se">motesplats.stadsskogen@alingsas.se</a></p>', 'kontakt')}''',
        active=OS, ingress='En öppen mötesplats för föräldrar och barn i Stadsskogen och Ängabo.', modified='2025-02-06')

    pages[AO] = page(AO, 'Äldreomsorg', [('Omsorg och stöd', OS), ('Äldreomsorg', AO)], cards('', [
        ('Hemtjänst', '/omsorg-och-stod/aldreomsorg/hemtjanst.html', 'Hjälp i hemmet med omsorg och service.', ''),
        ('Träffpunkter och aktiviteter', TPA, 'Gemenskap, motion och föreläsningar.', ''),
        ('Särskilt boende', '/omsorg-och-stod/aldreomsorg/sarskilt-boende.html', 'När du behöver omsorg dygnet runt.', ''),
        ('Anhörigstöd', '/omsorg-och-stod/aldreomsorg/anhorigstod.html', 'Stöd till dig som hjälper en närstående.', '')]),
        active=OS, ingress='Stöd och omsorg för dig som är äldre.')

    pages[TPA] = page(TPA, 'Träffpunkter och aktiviteter', [('Omsorg och stöd', OS), ('Äldreomsorg', AO), ('Träffpunkter och aktiviteter', TPA)], f'''{text("""<p class="normal">På kommunens träffpunkter kan du som är pensionär träffa andra, fika, delta i sittgympa, spela boule eller lyssna på föreläsningar. Du behöver inget biståndsbeslut och de flesta aktiviteter är gratis.</p>
<h2 class="subheading">Träffpunkter</h2>
<ul>
<li><strong>Träffpunkt Ängabo</strong> – Ängabogatan 4, måndag–fredag kl. 9–15</li>
<li><strong>Träffpunkt Sollebrunn</strong> – Sollebrunns bygdegård, tisdag och torsdag kl. 10–14</li>
<li><strong>Träffpunkt Ingared</strong> – Ingareds församlingshem, onsdag kl. 13–16</li>
</ul>
<h2 class="subheading">Program hösten 2025</h2>
<p class="normal">Programmet finns på träffpunkterna och på biblioteken. Där ser du också när det är föreläsning om fallprevention, mobiltelefoner och trygg ekonomi.</p>""")}
{linklist('Relaterat', [('Seniorlots Sollebrunn', A4), ('Anhörigstöd', '/omsorg-och-stod/aldreomsorg/anhorigstod.html'), ('Hemtjänst', '/omsorg-och-stod/aldreomsorg/hemtjanst.html'), ('Aktiviteter för seniorer i Alingsås (visitalingsas.se)', 'https://www.visitalingsas.se/seniorer')])}''',
        active=OS, ingress='Gemenskap och aktiviteter för dig som är pensionär.', modified='2025-09-02')

    pages[A4] = page(A4, 'Seniorlots Sollebrunn', [('Omsorg och stöd', OS), ('Äldreomsorg', AO), ('Träffpunkter och aktiviteter', TPA), ('Seniorlots Sollebrunn', A4)], f'''{text("""<p class="normal">Seniorlotsen hjälper dig som är 75 år eller äldre och bor ensam i Sollebrunn, Gräfsnäs eller Magra. Lotsen ringer eller kommer på besök, tar reda på vad du behöver och hjälper dig vidare – till en träffpunkt, en förening, vårdcentralen eller kommunens biståndshandläggare.</p>
<p class="normal">Seniorlots Sollebrunn är en social investering. Många äldre på landsbygden blir ensamma när de inte längre kan köra bil, och ensamhet ökar risken för fall, depression och tidigt behov av hemtjänst.</p>
<h2 class="subheading">Om projektet</h2>
<p class="normal"><strong>Period:</strong> mars 2025 – februari 2027<br>
<strong>Finansiering:</strong> 980 000 kronor ur fonden för sociala investeringar<br>
<strong>Ansvarig:</strong> Vård- och omsorgsförvaltningen<br>
<strong>Samverkan:</strong> PRO Sollebrunn, Hemsjö församling och Närhälsan Sollebrunn vårdcentral<br>
<strong>Målgrupp:</strong> Personer 75 år och äldre som bor ensamma i norra kommundelen</p>
<p class="normal">En seniorlots arbetar i projektet på heltid. Syftet är att minska ofrivillig ensamhet och skjuta upp behovet av hemtjänst.</p>""")}
{decoration('Kontakt', '<p class="normal">Seniorlotsen<br>Telefon: 0322-61 60 00<br>Måndag–torsdag kl. 8–16</p>', 'kontakt')}''',
        active=OS, ingress='Stöd för dig som är äldre och bor ensam på landsbygden i norra Alingsås.', modified='2025-03-20')

    # ---------------- barn och utbildning
    pages[BU] = page(BU, 'Barn och utbildning', [('Barn och utbildning', BU)], cards('', [
        ('Förskola', '/barn-och-utbildning/forskola.html', 'Ansök om plats, avgifter och förskolor.', ''),
        ('Grundskola', GS, 'Skolval, skolskjuts och elevhälsa.', ''),
        ('Gymnasium', '/barn-och-utbildning/gymnasium.html', 'Alströmergymnasiet.', ''),
        ('Vuxenutbildning', '/barn-och-utbildning/vuxenutbildning.html', 'Komvux och SFI.', '')]),
        active=BU, ingress='Förskola, skola och vuxenutbildning i Alingsås.')

    pages[GS] = page(GS, 'Grundskola', [('Barn och utbildning', BU), ('Grundskola', GS)], cards('', [
        ('Skolval', '/barn-och-utbildning/grundskola/skolval.html', 'Så väljer du skola.', ''),
        ('Skolskjuts', '/barn-och-utbildning/grundskola/skolskjuts.html', 'Vem har rätt till skolskjuts?', ''),
        ('Elevhälsa', EH, 'Skolsköterska, kurator, psykolog och specialpedagog.', ''),
        ('Skolmat', '/barn-och-utbildning/grundskola/skolmat.html', 'Veckans meny.', '')]),
        active=BU, ingress='Kommunens grundskolor från förskoleklass till årskurs 9.')

    pages[EH] = page(EH, 'Elevhälsa', [('Barn och utbildning', BU), ('Grundskola', GS), ('Elevhälsa', EH)], f'''{text("""<p class="normal">På varje skola finns elevhälsa med skolsköterska, skolläkare, kurator, psykolog och specialpedagog. Elevhälsan arbetar främst förebyggande och hälsofrämjande.</p>
<h2 class="subheading">Frånvaro</h2>
<p class="normal">Om ditt barn är borta mycket från skolan ska skolan utreda orsaken och ta kontakt med dig. Kontakta mentorn eller elevhälsan om du är orolig.</p>
<h2 class="subheading">Hälsobesök</h2>
<p class="normal">Alla elever erbjuds hälsobesök i förskoleklass och i årskurs 2, 4, 7 och 9.</p>""")}
{decoration('Kontakt', '<p class="normal">Kontakta elevhälsan via skolans expedition.</p>', 'kontakt')}''',
        active=BU, ingress='Elevhälsan finns för att alla elever ska må bra och kunna lära sig.')

    pages[A3] = page(A3, 'Hela skoldagen', [('Barn och utbildning', BU), ('Grundskola', GS), ('Elevhälsa', EH), ('Hela skoldagen', A3)], f'''{text("""<p class="normal">Hela skoldagen är ett arbete mot oroande skolfrånvaro på Stadsskogenskolan och Tuvehagens skola. Ett team med en socialpedagog, en skolkurator och en fritidsledare arbetar med elever som ofta är borta från skolan, och med deras föräldrar.</p>
<p class="normal">Teamet följer frånvaron varje vecka, tar kontakt med familjen redan efter några dagars frånvaro och gör en plan tillsammans med eleven. En del elever får börja dagen med frukost och samtal, andra får en mindre studiemiljö under en period.</p>
<h2 class="subheading">Varför?</h2>
<p class="normal">Elever med mycket frånvaro riskerar att gå ut grundskolan utan behörighet till gymnasiet. Det påverkar resten av livet – och kostar samhället mycket.</p>""")}
{decoration('Fakta', """<table class="sv-table al-facts">
<tbody>
<tr><th scope="row">Projekttid</th><td>Läsåren 2025/26–2027/28 (augusti 2025 – juni 2028)</td></tr>
<tr><th scope="row">Budget</th><td>2 850 000 kronor ur fonden för sociala investeringar</td></tr>
<tr><th scope="row">Projektägare</th><td>Barn- och ungdomsförvaltningen, centrala elevhälsan</td></tr>
<tr><th scope="row">Samverkan</th><td>Socialtjänsten och Fritid Alingsås</td></tr>
<tr><th scope="row">Målgrupp</th><td>Elever i årskurs 4–9 med oroande frånvaro</td></tr>
</tbody></table>""")}''',
        active=BU, ingress='Ett skolnära team ska få fler elever tillbaka till skolan.', modified='2025-08-25')

    # ---------------- uppleva och göra, events
    pages[UG] = page(UG, 'Uppleva och göra', [('Uppleva och göra', UG)], cards('', [
        ('Evenemang', EVS, 'Konserter, föreläsningar och marknader.', ''),
        ('Bibliotek', '/uppleva-och-gora/bibliotek.html', 'Stadsbiblioteket och filialerna.', ''),
        ('Idrott och motion', '/uppleva-och-gora/idrott-och-motion.html', 'Idrottsplatser, bad och motionsspår.', ''),
        ('Fritidsgårdar', '/uppleva-och-gora/fritidsgardar.html', 'För dig mellan 13 och 18 år.', '')]),
        active=UG, ingress='Kultur, fritid och evenemang i Alingsås.')

    pages[EVS] = page(EVS, 'Evenemang', [('Uppleva och göra', UG), ('Evenemang', EVS)], f'''{text(f"""<ul class="al-eventlist">
<li><strong>20 november 2025</strong> – Bokcirkel på Stadsbiblioteket kl. 18</li>
<li><strong>4 december 2025</strong> – <a href="{EV}">Frukostseminarium: Vad kostar utanförskapet?</a></li>
<li><strong>13 december 2025</strong> – <a href="/nyheter/2024/lucia-pa-stora-torget.html">Lucia på Stora torget</a></li>
</ul>
<p class="normal"><a href="{CAL}">Till evenemangskalendern</a></p>
<p class="normal al-calnav">Dagar: <a href="{CAL}?datum=2025-11-20" rel="nofollow">20 nov</a> · <a href="{CAL}?datum=2025-11-27" rel="nofollow">27 nov</a></p>""")}''',
        active=UG, ingress='Evenemang som kommunen ordnar.')

    pages[EV] = page(EV, 'Frukostseminarium: Vad kostar utanförskapet?', [('Uppleva och göra', UG), ('Evenemang', EVS), ('Frukostseminarium: Vad kostar utanförskapet?', EV)], f'''{text(f"""<p class="normal">Vad kostar det när en ung människa inte kommer in på arbetsmarknaden? Och vad kan kommunen vinna på att sätta in stöd tidigt? Nationalekonomen Ingvar Nilsson berättar om socioekonomiska beräkningar, och medarbetare berättar om erfarenheter från kommunens sociala investeringar.</p>""")}
{decoration('Praktisk information', """<ul>
<li><strong>Datum:</strong> Torsdag 4 december 2025</li>
<li><strong>Tid:</strong> Kl. 7.30–9.30, frukost från kl. 7.00</li>
<li><strong>Plats:</strong> Stadshuset, sessionssalen</li>
<li><strong>Kostnad:</strong> Gratis</li>
<li><strong>Sista anmälningsdag:</strong> 27 november 2025</li>
<li><strong>Arrangör:</strong> Alingsås kommun, kommunledningskontoret</li>
</ul>""")}
{text(f"""<p class="normal">Anmäl dig till <a href="mailto:socialainvesteringar@alingsas.se">socialainvesteringar@alingsas.se</a>. Seminariet riktar sig till chefer, medarbetare och förtroendevalda. <a href="{FUND}">Läs mer om sociala investeringar</a>.</p>""")}''',
        active=UG, template='evenemang', ingress='Ett frukostseminarium om socioekonomiska beräkningar och förebyggande arbete.', modified='2025-10-15')

    # ---------------- näringsliv och arbete (small)
    pages[NA] = page(NA, 'Näringsliv och arbete', [('Näringsliv och arbete', NA)], cards('', [
        ('Starta företag', '/naringsliv-och-arbete/starta-foretag.html', 'Rådgivning och tillstånd.', ''),
        ('Arbetsmarknad', '/naringsliv-och-arbete/arbetsmarknad.html', 'Stöd för att komma i arbete.', ''),
        ('Jobba hos oss', JOBS, 'Lediga jobb i kommunen.', '')]),
        active=NA, ingress='För företagare och för dig som söker arbete.')

    # ---------------- jobs
    pages[JOBS] = page(JOBS, 'Jobba hos oss', T_KP + [('Jobba hos oss', JOBS)], text(f"""<p class="normal">Alingsås kommun har omkring 3 500 medarbetare. Alla lediga jobb söker du via Varbi.</p>
<h2 class="subheading">Lediga jobb just nu</h2>
<ul>
<li><a href="{JOB}">Strateg för sociala investeringar</a> – sista ansökningsdag 16 november 2025</li>
<li><a href="https://alingsas.varbi.com/what:job/jobID:833121/">Förskollärare till Brogårdens förskoleområde</a> – sista ansökningsdag 23 november 2025</li>
<li><a href="https://alingsas.varbi.com/what:job/jobID:832877/">Undersköterska till hemtjänsten i Sollebrunn</a> – sista ansökningsdag 30 november 2025</li>
</ul>"""), active=KP, ingress='Gör skillnad för Alingsåsborna – varje dag.', modified='2025-10-27')

    pages[JOB] = page(JOB, 'Strateg för sociala investeringar', T_KP + [('Jobba hos oss', JOBS), ('Strateg för sociala investeringar', JOB)], text("""<p class="normal">Vill du leda och utveckla kommunens arbete med sociala investeringar? Nu söker vi en strateg till kommunledningskontoret.</p>
<h2 class="subheading">Om tjänsten</h2>
<p class="normal">Du samordnar arbetet med fonden för sociala investeringar: du stöttar förvaltningarna när de tar fram ansökningar och ekonomiska kalkyler, bereder ärendena till kommunstyrelsen och ansvarar för den årliga rapporten till kommunfullmäktige. Du följer upp pågående investeringar, bland annat Språkstart Brogården och Familjeteam Noltorp, tillsammans med Högskolan Väst.</p>
<h2 class="subheading">Kvalifikationer</h2>
<p class="normal">Du har en akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi och erfarenhet av uppföljning och utvärdering. Erfarenhet av socioekonomiska analyser är meriterande.</p>
<h2 class="subheading">Anställningsvillkor</h2>
<p class="normal"><strong>Anställningsform:</strong> Tillsvidareanställning<br>
<strong>Omfattning:</strong> Heltid<br>
<strong>Tillträde:</strong> 1 februari 2026 eller enligt överenskommelse<br>
<strong>Sista ansökningsdag:</strong> 16 november 2025</p>
<p class="normal"><a href="https://alingsas.varbi.com/what:job/jobID:832540/">Sök tjänsten via Varbi</a></p>"""),
        active=KP, template='jobbannons', ingress='Kommunledningskontoret, Alingsås kommun', modified='2025-10-20')

    # ---------------- news
    pages[NYH] = page(NYH, 'Nyheter', [('Nyheter', NYH)], f'''{archive_list([(n[0], n[1], n[2], n[3], n[4]) for n in NEWS])}
<div class="sv-layout al-loadmore" id="svid10_{sid()}">
  <a class="env-button al-loadmore__button" href="{NEWS_APPRES}" data-portlet="{NEWS_PORTLET}" rel="nofollow">Visa fler nyheter</a>
</div>''', template='nyhetslista', ingress='Nyheter från Alingsås kommun.', modified='2025-10-21')
    for i in range(len(NEWS)):
        pages[NEWS[i][0]] = news_page(i)

    # ---------------- furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], text("""<p class="normal">Kontaktcenter svarar på dina frågor vardagar kl. 8–17.</p>
<p class="normal">Telefon: 0322-61 60 00<br>E-post: <a href="mailto:alingsas.kommun@alingsas.se">alingsas.kommun@alingsas.se</a><br>Besöksadress: Stadshuset, Stora torget 1</p>"""),
        ingress='Så når du Alingsås kommun.')
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', '/om-webbplatsen.html'), ('Kakor', KAKOR)], text("""<p class="normal">En kaka är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>
<div class="sv-table-responsive"><table class="sv-table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
<tbody><tr><td>JSESSIONID</td><td>Håller ihop ditt besök</td><td>Sessionen</td></tr>
<tr><td>sv-cookie-consent</td><td>Sparar ditt val om kakor</td><td>1 år</td></tr>
<tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr></tbody></table></div>"""),
        ingress='Så använder vi kakor på alingsas.se.')
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', '/om-webbplatsen.html'), ('Tillgänglighetsredogörelse', TILLG)], text("""<p class="normal">Alingsås kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2 class="subheading">Kända brister</h2>
<ul><li>Vissa äldre pdf-dokument är inte tillgänglighetsanpassade.</li><li>Inbäddade kartor saknar textalternativ.</li></ul>
<p class="normal">Redogörelsen uppdaterades senast den 3 mars 2025.</p>"""), ingress='Hur tillgänglig är alingsas.se?')

    for p, t in pages.items():
        write(H, p, t)

    smap = [('/', '2025-10-21'), (KP, '2025-05-02'), (HU, '2025-05-02'), (FH, '2025-08-19'), (FUND, '2025-06-18'),
            (SOK, '2025-09-30'), (RIKT, '2025-06-18'), (PAG, '2025-10-02'), (AVS, '2025-01-14'), (RAP, '2025-04-09'),
            (A1, '2025-03-11'), (OS, '2025-02-01'), (BOF, '2025-02-01'), (MSS, '2025-02-06'), (AO, '2025-02-01'),
            (TPA, '2025-09-02'), (A4, '2025-03-20'), (BU, '2025-01-20'), (GS, '2025-01-20'), (EH, '2025-01-20'),
            (UG, '2025-01-20'), (EVS, '2025-10-15'), (NA, '2025-01-20'), (JOBS, '2025-10-27'), (NYH, '2025-10-21'),
            (KONTAKT, '2024-12-01'), (KAKOR, '2024-12-01'), (TILLG, '2025-03-03')]
    write(H, '/sitemap.xml', sitemap_dated(H, smap))
    write(H, '/robots.txt', f'''# robots.txt för www.alingsas.se
User-agent: *
Disallow: /sitevision/
Disallow: /edit
Disallow: /appresource/
Disallow: /rest-api/
Disallow: /sok.html
Disallow: /uppleva-och-gora/evenemangskalender
Disallow: /*?print=
Disallow: /*?datum=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, smap


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemap')
