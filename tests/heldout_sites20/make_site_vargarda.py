"""Vårgårda kommun (1442, small) on Sitevision 2025 – generator for heldout_sites20.

Sitevision with the '.html' URL ending: every page is <parent path>/<name>.html, its children live under
<parent path>/<name>/…, news articles are /nyheter/<yyyy-mm-dd>-<slug>.html. Links are root-relative.
"""
from make_common import write, sitemap

H = 'www.vargarda.se'

KP = '/kommun-och-politik.html'
SH = '/kommun-och-politik/social-hallbarhet.html'
FUND = '/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden.html'
FD = '/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden/'
SOK = FD + 'sa-soker-du.html'
RIKT = FD + 'riktlinjer.html'
BEV = FD + 'beviljade-medel.html'
BEV25 = FD + 'beviljade-medel/beviljade-medel-2025.html'
BEV24 = FD + 'beviljade-medel/beviljade-medel-2024.html'
BEV23 = FD + 'beviljade-medel/beviljade-medel-2023.html'          # dead
UPP = FD + 'uppfoljning-och-utvardering.html'
A1 = FD + 'tidiga-insatser-i-forskolan.html'
A2 = FD + 'trygg-hemma-teamet.html'
DEAD_PROJ = FD + 'halsosamma-hol.html'                              # dead (granted, page not published)
JOBS = '/kommun-och-politik/lediga-jobb.html'
JOB = '/kommun-och-politik/lediga-jobb/folkhalsostrateg.html'
OS = '/omsorg-och-stod.html'
A5 = '/omsorg-och-stod/stod-till-vuxna/steget.html'
UG = '/uppleva-och-gora.html'
BIB = '/uppleva-och-gora/bibliotek.html'
A3 = '/uppleva-och-gora/bibliotek/laxhjalp-pa-biblioteket.html'
FG = '/uppleva-och-gora/fritidsgardar.html'
A4 = '/uppleva-och-gora/fritidsgardar/fritidsbussen.html'
EVS = '/uppleva-och-gora/evenemang.html'
EV = '/uppleva-och-gora/evenemang/inspirationstraff-om-sociala-investeringar.html'
CAL = '/uppleva-och-gora/evenemang/kalender.html'
BIDRAG = '/uppleva-och-gora/foreningsliv/bidrag-till-foreningar.html'
NYH = '/nyheter.html'
ARK24 = '/nyheter/nyhetsarkiv-2024.html'
ARK23 = '/nyheter/nyhetsarkiv-2023.html'                            # dead
BU = '/barn-och-utbildning.html'
INTERN = '/intern/beredningsgrupp-sociala-investeringar.html'
SEARCH = '/sok.html'

SYS = '/sitevision/system-resource/7c1e9d0a4b2f58e36a0d1c9b8e7f6a5d'
THEME = '/webapp-files/vargarda-tema/2025.10.1'

MENU = [('Barn och utbildning', BU), ('Omsorg och stöd', OS), ('Uppleva och göra', UG),
        ('Bo och bygga', '/bo-och-bygga.html'), ('Näringsliv och arbete', '/naringsliv-och-arbete.html'),
        ('Kommun och politik', KP)]

_n = [0x2a1]


def sid():
    _n[0] += 0x13
    return f'{_n[0]:x}' + '18c4e0b9a7d3f1e2c5'


def header(active):
    items = []
    for name, href in MENU:
        cur = ' class="vg-mainmenu__link vg-mainmenu__link--active" aria-current="true"' if href == active else ' class="vg-mainmenu__link"'
        items.append(f'<li class="env-list__item vg-mainmenu__item"><a href="{href}"{cur}>{name}</a></li>')
    return f'''<header class="sv-layout vg-header" id="svid10_{sid()}">
  <a class="env-assistive-text" href="#Mittspalt">Gå direkt till innehåll</a>
  <div class="sv-layout vg-header__top" id="svid10_{sid()}">
    <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
      <a href="/"><img class="sv-noborder" src="/images/18.4e0a7b2c18c4e0b9a7d1f0/1699877112345/vargarda-kommun-logotyp.svg" alt="Vårgårda kommun, gå till startsidan" width="210" height="52"></a>
    </div>
    <div class="sv-linklist-portlet sv-portlet vg-tools" id="svid12_{sid()}">
      <ul class="env-list env-list--horizontal">
        <li class="env-list__item"><a rel="nofollow" class="vg-readspeaker" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=11742&amp;lang=sv_se&amp;readid=Mittspalt&amp;url=">Lyssna</a></li>
        <li class="env-list__item"><a href="https://e-tjanster.vargarda.se/">E-tjänster</a></li>
        <li class="env-list__item"><a href="/kommun-och-politik/kontakta-oss.html">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="sv-searchform-portlet sv-portlet vg-search" id="svid12_{sid()}">
      <form method="get" action="{SEARCH}" class="env-form" role="search">
        <label for="vg-search-query" class="env-assistive-text">Sök på vargarda.se</label>
        <input id="vg-search-query" class="env-form-input" type="search" name="query" placeholder="Vad söker du?" autocomplete="off">
        <button type="submit" class="env-button env-button--primary">Sök</button>
      </form>
    </div>
  </div>
  <nav class="sv-menu-portlet sv-portlet vg-mainmenu" id="svid12_{sid()}" aria-label="Huvudmeny">
    <ul class="env-list env-list--horizontal">
      {''.join(items)}
    </ul>
  </nav>
</header>'''


def footer():
    return f'''<footer class="sv-layout vg-footer" id="svid10_{sid()}">
  <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
    <div class="sv-text-portlet-content">
      <h2 class="vg-footer__heading">Vårgårda kommun</h2>
      <p class="normal">447 80 Vårgårda<br>Besöksadress: Kungsgatan 41<br>Telefon: 0322-60 00 00<br><a href="mailto:kommun@vargarda.se">kommun@vargarda.se</a></p>
    </div>
  </div>
  <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
    <h2 class="vg-footer__heading">Genvägar</h2>
    <ul class="env-list">
      <li class="env-list__item"><a href="{NYH}">Nyheter</a></li>
      <li class="env-list__item"><a href="{EVS}">Evenemang</a></li>
      <li class="env-list__item"><a href="{JOBS}">Lediga jobb</a></li>
      <li class="env-list__item"><a href="/kommun-och-politik/kontakta-oss.html">Kontakta oss</a></li>
    </ul>
  </div>
  <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
    <h2 class="vg-footer__heading">Om webbplatsen</h2>
    <ul class="env-list">
      <li class="env-list__item"><a href="/om-webbplatsen.html">Om webbplatsen</a></li>
      <li class="env-list__item"><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
      <li class="env-list__item"><a href="/om-webbplatsen/behandling-av-personuppgifter.html">Behandling av personuppgifter</a></li>
      <li class="env-list__item"><a href="/om-webbplatsen/kakor.html">Kakor</a></li>
      <li class="env-list__item"><a href="/edit" rel="nofollow">Inloggning för redaktörer</a></li>
    </ul>
  </div>
  <div class="sv-linklist-portlet sv-portlet vg-social" id="svid12_{sid()}">
    <ul class="env-list env-list--horizontal">
      <li class="env-list__item"><a href="https://www.facebook.com/vargardakommun">Facebook</a></li>
      <li class="env-list__item"><a href="https://www.instagram.com/vargardakommun/">Instagram</a></li>
    </ul>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="env-breadcrumb__item"><a href="/">Startsida</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="env-breadcrumb__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="env-breadcrumb__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''<nav class="sv-breadcrumbs-portlet sv-portlet vg-breadcrumbs" id="svid12_{sid()}" aria-label="Du är här">
  <ol class="env-breadcrumb">{''.join(lis)}</ol>
</nav>'''


def fund_menu(current):
    def li(name, href, sub=''):
        cur = ' aria-current="page" class="vg-submenu__link vg-submenu__link--current"' if href == current else ' class="vg-submenu__link"'
        return f'<li class="env-list__item vg-submenu__item"><a href="{href}"{cur}>{name}</a>{sub}</li>'
    sub = ''
    if current in (BEV, BEV25, BEV24):
        sub = ('<ul class="env-list vg-submenu__level2">' + li('Beviljade medel 2025', BEV25) +
               li('Beviljade medel 2024', BEV24) + li('Beviljade medel 2023', BEV23) + '</ul>')
    return f'''<nav class="sv-menu-portlet sv-portlet vg-submenu" id="svid12_{sid()}" aria-label="Undermeny">
  <p class="vg-submenu__parent"><a href="{FUND}"{' aria-current="page"' if current == FUND else ''}>Sociala investeringsfonden</a></p>
  <ul class="env-list">
    {li('Så söker du', SOK)}
    {li('Riktlinjer', RIKT)}
    {li('Beviljade medel', BEV, sub)}
    {li('Uppföljning och utvärdering', UPP)}
  </ul>
</nav>'''


def text_portlet(inner):
    return f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
  <div id="Text{sid()[:4]}"></div>
  <div class="sv-text-portlet-content">
{inner}
  </div>
</div>'''


def decoration(heading, inner, kind='fakta'):
    return f'''<div class="sv-decoration-content vg-box vg-box--{kind}">
  <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
    <div class="sv-text-portlet-content">
      <h2 class="subheading" id="h-{heading.replace(' ', '')}">{heading}</h2>
{inner}
    </div>
  </div>
</div>'''


def linklist(heading, links, cls='vg-related'):
    lis = ''.join(f'<li class="env-list__item"><a href="{h}">{t}</a></li>' for t, h in links)
    return f'''<div class="sv-linklist-portlet sv-portlet {cls}" id="svid12_{sid()}">
  <h2 class="subheading">{heading}</h2>
  <ul class="env-list">{lis}</ul>
</div>'''


def page(path, title, trail, body, active=None, side='', template='standardsida', desc=None, ingress='', modified='2025-10-30'):
    desc = desc or title
    left = f'<div class="sv-layout vg-col-left" id="svid10_{sid()}">{side}</div>' if side else ''
    bc = crumbs(trail) if trail else ''
    ing = f'<p class="vg-ingress">{ingress}</p>' if ingress else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{template}">
<head>
<meta charset="utf-8">
<script nonce="dmFyZ2FyZGE">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{title} - Vårgårda kommun</title>
<link rel="preload" href="{SYS}/js/jquery.js" as="script">
<link rel="preload" href="{SYS}/envision/envision.js" as="script">
<link rel="preload" href="{SYS}/js/utils.js" as="script">
<link rel="stylesheet" type="text/css" href="{SYS}/css/portlets.css">
<link rel="stylesheet" type="text/css" href="{SYS}/envision/envision.css">
<link rel="stylesheet" type="text/css" href="{THEME}/css/vargarda.css">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="description" content="{desc}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Vårgårda kommun">
<meta property="og:image" content="https://{H}/images/18.4e0a7b2c18c4e0b9a7d1f1/1699877112400/vargarda-dela.png">
<link rel="icon" href="/images/18.4e0a7b2c18c4e0b9a7d1f2/1699877112455/favicon.ico">
<script nonce="dmFyZ2FyZGE">window.sv = window.sv || {{}};
sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {{}};
sv.PageContext = {{pageId: '4.{sid()}', siteName: 'Vårgårda kommun', lang: 'sv', version: '2025.09.1', dateModified: '{modified}'}};</script>
</head>
<body class="sv-responsive env-m-around--0">
<div class="sv-layout vg-page" id="svid10_{sid()}">
{header(active)}
<div class="sv-layout vg-content" id="svid10_{sid()}">
{bc}
<div class="sv-layout vg-columns" id="svid10_{sid()}">
{left}
<main class="sv-layout vg-col-main" id="Mittspalt">
<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
  <div id="Rubrik"></div>
  <div class="sv-text-portlet-content"><h1 class="heading" id="h-{title.replace(' ', '')}">{title}</h1></div>
</div>
<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
  <div id="Ingress"></div>
  <div class="sv-text-portlet-content">{ing}</div>
</div>
{body}
<div class="sv-text-portlet sv-use-margins sv-portlet vg-updated" id="svid12_{sid()}">
  <div class="sv-text-portlet-content"><p class="vg-small">Senast uppdaterad: <time datetime="{modified}">{modified}</time></p></div>
</div>
</main>
</div>
</div>
{footer()}
</div>
<script src="{SYS}/js/jquery.js"></script>
<script src="{SYS}/js/utils.js"></script>
<script src="{SYS}/envision/envision.js"></script>
<script src="{THEME}/js/vargarda.js"></script>
<script nonce="dmFyZ2FyZGE">svDocReady(function(){{ sv.initPortlets && sv.initPortlets(); }});</script>
</body>
</html>
'''


def archive_list(items):
    """A Sitevision archive portlet (news list): items are (path, iso, human, title, lead)."""
    lis = ''.join(f'''
    <li class="sv-channel-item vg-news-item">
      <div class="vg-news-item__body">
        <p class="vg-news-item__date"><time datetime="{iso}">{human}</time></p>
        <h3 class="vg-news-item__title"><a href="{p}">{t}</a></h3>
        <p class="normal">{lead}</p>
      </div>
    </li>''' for p, iso, human, t, lead in items)
    return f'''<div class="sv-archive-portlet sv-portlet" id="svid12_{sid()}">
  <ul class="sv-channel sv-defaultlist">{lis}
  </ul>
</div>'''


# ------------------------------------------------------------------ news
N_CALL = '/nyheter/2025-10-14-nu-kan-du-soka-ur-sociala-investeringsfonden.html'
N_LAX = '/nyheter/2025-09-22-fler-elever-far-laxhjalp-pa-biblioteket.html'
N_CYKEL = '/nyheter/2025-08-18-ny-gang-och-cykelvag-langs-algutstorpsvagen.html'
N_SOMMAR = '/nyheter/2025-06-02-sommarlovsaktiviteter-for-barn-och-unga.html'
N_KF = '/nyheter/2024-11-26-kommunfullmaktige-fyller-pa-sociala-investeringsfonden.html'
N_STEGET = '/nyheter/2024-03-12-steget-ska-hjalpa-unga-vuxna-till-arbete-eller-studier.html'
N_PLOG = '/nyheter/2024-01-15-sa-plogar-vi-i-vinter.html'

NEWS = [
    (N_CALL, '2025-10-14', '14 oktober 2025', 'Nu kan du söka ur sociala investeringsfonden',
     'Kommunens förvaltningar kan nu söka pengar ur sociala investeringsfonden för arbete som startar under 2026. Sista dag att söka är den 30 november.',
     f'''<p class="normal">Det finns drygt 2,3 miljoner kronor kvar att fördela i fonden. Beredningsgruppen prioriterar den här gången ansökningar som riktar sig till barn och unga i skolåldern och ansökningar som minskar ofrivillig ensamhet hos äldre.</p>
<p class="normal">Alla ansökningar ska vara förankrade hos förvaltningschefen och ha en plan för hur arbetet ska följas upp. Kommunstyrelsen beslutar om medlen i februari.</p>
<p class="normal">Läs mer på sidan <a href="{SOK}">Så söker du</a> och i <a href="{RIKT}">riktlinjerna för fonden</a>.</p>'''),
    (N_LAX, '2025-09-22', '22 september 2025', 'Fler elever får läxhjälp på biblioteket',
     'Sedan i våras har läxhjälpen på biblioteket haft över 1 100 besök. Nu utökas öppettiderna med en kväll i veckan.',
     f'''<p class="normal">Det är framför allt elever i årskurs 7–9 som kommer, men allt fler yngre elever hittar också dit. Läxhjälpen bemannas av två bibliotekarier och frivilliga från Studieförbundet Vuxenskolan.</p>
<p class="normal">– Många säger att de inte har någon hemma som kan hjälpa till med matten. Här får de både hjälp och en lugn plats att sitta på, säger bibliotekarien Sara Lind.</p>
<p class="normal">Från och med oktober är läxhjälpen öppen måndag, tisdag och onsdag kl. 15–18.</p>
<p class="normal"><a href="{A3}">Läs mer om läxhjälpen på biblioteket</a></p>'''),
    (N_CYKEL, '2025-08-18', '18 augusti 2025', 'Ny gång- och cykelväg längs Algutstorpsvägen',
     'Nu börjar bygget av en ny gång- och cykelväg mellan Vårgårda tätort och Algutstorp. Vägen ska vara klar i december.',
     '<p class="normal">Under byggtiden kan det bli tillfälliga avstängningar och hastighetsbegränsningar på Algutstorpsvägen. Busshållplatsen vid Bergsäter flyttas cirka 50 meter under september.</p><p class="normal">Arbetet görs tillsammans med Trafikverket.</p>'),
    (N_SOMMAR, '2025-06-02', '2 juni 2025', 'Sommarlovsaktiviteter för barn och unga',
     'I sommar kan barn och unga i Vårgårda prova på allt från paddling till graffiti – och det mesta är gratis.',
     '<p class="normal">Aktiviteterna ordnas av kultur och fritid tillsammans med föreningarna. Fritidsbussen kör även i sommar, varannan kväll till Östadkulle och Nårunga.</p><p class="normal">Hela programmet finns på biblioteket och på fritidsgården Kupolen.</p>'),
    (N_KF, '2024-11-26', '26 november 2024', 'Kommunfullmäktige fyller på sociala investeringsfonden',
     'Kommunfullmäktige beslutade på måndagens sammanträde att föra över 5 miljoner kronor av 2023 års överskott till sociala investeringsfonden.',
     f'''<p class="normal">Fonden inrättades 2021 med 5 miljoner kronor. Efter beslutet om tre nya ansökningar i början av året var alla pengar i fonden intecknade.</p>
<p class="normal">– Vi ser redan att arbetet med tidiga insatser ger resultat. Därför vill vi att förvaltningarna ska kunna fortsätta pröva nya arbetssätt, säger kommunstyrelsens ordförande.</p>
<p class="normal"><a href="{FUND}">Läs mer om sociala investeringsfonden</a></p>'''),
    (N_STEGET, '2024-03-12', '12 mars 2024', 'Steget ska hjälpa unga vuxna till arbete eller studier',
     'Nu startar Steget, ett nytt stöd för unga vuxna i Vårgårda som varken arbetar eller studerar. Pengarna kommer från sociala investeringsfonden.',
     f'''<p class="normal">I Vårgårda finns omkring 80 unga vuxna mellan 18 och 29 år som varken arbetar, studerar eller söker arbete via Arbetsförmedlingen. Med Steget får de en egen coach som följer dem hela vägen.</p>
<p class="normal">Kommunstyrelsen har beviljat 1 450 000 kronor ur sociala investeringsfonden för tre år.</p>
<p class="normal"><a href="{A5}">Läs mer om Steget</a></p>'''),
    (N_PLOG, '2024-01-15', '15 januari 2024', 'Så plogar vi i vinter',
     'Kommunen plogar när det kommit 5 centimeter snö på gång- och cykelvägar och 8 centimeter på gator.',
     '<p class="normal">Först plogas huvudgator, busshållplatser och vägar till skolor och förskolor. Enskilda vägar ansvarar vägföreningarna för.</p>'),
]


def news_page(i):
    p, iso, human, title, lead, body = NEWS[i]
    return page(p, title, [('Nyheter', NYH), (title, p)], f'''{text_portlet(f"""<p class="vg-news-date">Publicerad <time datetime="{iso}">{human}</time></p>
{body}""")}
<div class="sv-linklist-portlet sv-portlet vg-share" id="svid12_{sid()}">
  <ul class="env-list env-list--horizontal"><li class="env-list__item"><a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{p}">Dela på Facebook</a></li></ul>
</div>''', template='nyhetsartikel', desc=lead, ingress=lead, modified=iso)


def build():
    pages = {}
    T_KP = [('Kommun och politik', KP)]
    T_SH = T_KP + [('Social hållbarhet', SH)]
    T_F = T_SH + [('Sociala investeringsfonden', FUND)]

    # ---------------- start
    latest = [(n[0], n[1], n[2], n[3], n[4]) for n in NEWS[:3]]
    pages['/'] = page('/', 'Välkommen till Vårgårda kommun', [], f'''{linklist('Genvägar', [
        ('Fritidsgårdar', FG), ('Biblioteket', BIB), ('Lediga jobb', JOBS), ('Evenemang', EVS),
        ('Skolmat', '/barn-och-utbildning/skolmat.html'), ('Sophämtning', '/bo-och-bygga/avfall-och-atervinning.html')], 'vg-shortcuts')}
{text_portlet(f"""<p class="normal vg-popular">Populära sökningar: <a href="{SEARCH}?query=sop%C3%A4mtning">sophämtning</a>, <a href="{SEARCH}?query=bygglov">bygglov</a>, <a href="{SEARCH}?query=lediga+jobb">lediga jobb</a></p>""")}
<h2 class="subheading">Nyheter</h2>
{archive_list(latest)}
{text_portlet(f'<p class="normal"><a href="{NYH}">Fler nyheter</a></p>')}''', template='startsida',
        ingress='Vårgårda – en kommun med närhet till allt. Här bor drygt 12 000 invånare i tätorten och i socknarna runt omkring.')

    # ---------------- kommun och politik
    pages[KP] = page(KP, 'Kommun och politik', [('Kommun och politik', KP)], linklist('Innehåll', [
        ('Kommunfullmäktige', '/kommun-och-politik/kommunfullmaktige.html'), ('Social hållbarhet', SH),
        ('Ekonomi och budget', '/kommun-och-politik/ekonomi-och-budget.html'), ('Lediga jobb', JOBS),
        ('Kontakta oss', '/kommun-och-politik/kontakta-oss.html')], 'vg-cards'), active=KP,
        ingress='Här hittar du information om hur kommunen styrs, om ekonomin och om kommunens arbete med hållbarhet.')

    pages[SH] = page(SH, 'Social hållbarhet', T_SH, f'''{text_portlet(f"""<p class="normal">Vårgårda kommun arbetar för att alla invånare ska ha goda och jämlika förutsättningar för en god hälsa. Arbetet leds av folkhälsorådet, där kommunen och Västra Götalandsregionen samarbetar.</p>
<h2 class="subheading" id="h-Folkhalsoplan">Folkhälsoplan</h2>
<p class="normal">Folkhälsoplanen för 2024–2027 pekar ut tre områden: barns och ungas uppväxtvillkor, psykisk hälsa och ett tryggt åldrande.</p>
<ul><li><a href="/download/18.4e0a7b2c18c4e0b9a7d2a0/1712232010021/folkhalsoplan-2024-2027.pdf">Folkhälsoplan 2024–2027 (pdf)</a></li></ul>
<h2 class="subheading" id="h-Socialainvesteringar">Sociala investeringar</h2>
<p class="normal">Sedan 2021 har kommunen en fond för sociala investeringar. Ur fonden kan förvaltningarna få pengar för att pröva förebyggande arbetssätt.</p>""")}
{linklist('Läs mer', [('Sociala investeringsfonden', FUND), ('Brottsförebyggande arbete', '/kommun-och-politik/social-hallbarhet/brottsforebyggande-arbete.html')], 'vg-cards')}''',
        active=KP, ingress='Social hållbarhet handlar om att alla ska ha möjlighet till ett gott liv, oavsett var i kommunen man bor.')

    # ---------------- fund section
    pages[FUND] = page(FUND, 'Sociala investeringsfonden', T_F, f'''{text_portlet(f"""<p class="normal">Kommunfullmäktige inrättade sociala investeringsfonden 2021 med 5 miljoner kronor. I november 2024 fylldes fonden på med ytterligare 5 miljoner kronor.</p>
<p class="normal">En social investering är en förebyggande insats som görs i dag för att minska problem – och kostnader – i framtiden. Det kan handla om att upptäcka barns behov tidigt, att förebygga att unga hamnar utanför eller att äldre kan bo kvar hemma längre.</p>
<h2 class="subheading" id="h-Vemkansoka">Vem kan söka?</h2>
<p class="normal">Kommunens förvaltningar kan söka, gärna tillsammans. Föreningar, regionen och andra myndigheter kan vara med som samverkansparter. Läs mer under <a href="{SOK}">Så söker du</a> och <a href="{RIKT}">Riktlinjer</a>.</p>""")}
{linklist('Pågående projekt', [('Tidiga insatser i förskolan', A1)], 'vg-projectlist')}
{text_portlet(f"""<p class="normal">Fonden finansierar också läxhjälpen på biblioteket, Fritidsbussen, Steget och ett stöd för äldre som kommer hem från sjukhuset. En sammanställning per år finns under <a href="{BEV}">Beviljade medel</a>.</p>
<p class="normal vg-small">För medarbetare: <a href="{INTERN}" rel="nofollow">beredningsgruppens dokument</a> (kräver inloggning).</p>""")}
{decoration('Kontakt', '<p class="normal">Lena Bergqvist, folkhälsostrateg<br>Telefon: 0322-60 01 27<br><a href="mailto:lena.bergqvist@vargarda.se">lena.bergqvist@vargarda.se</a></p>', 'kontakt')}''',
        active=KP, side=fund_menu(FUND), ingress='Ur sociala investeringsfonden kan kommunens förvaltningar få pengar för att pröva nya, förebyggande arbetssätt.')

    pages[SOK] = page(SOK, 'Så söker du', T_F + [('Så söker du', SOK)], f'''{text_portlet(f"""<p class="normal">Du kan söka två gånger per år: senast den 15 mars och senast den 30 november. Beredningsgruppen går igenom ansökningarna och kommunstyrelsen fattar beslut.</p>
<h2 class="subheading" id="h-Stegforsteg">Steg för steg</h2>
<ol>
<li>Kontakta folkhälsostrategen för ett första samtal om din idé.</li>
<li>Fyll i ansökningsblanketten och beräkna kostnaderna. Beskriv vilka kostnader som kan undvikas på sikt.</li>
<li>Förankra ansökan hos din förvaltningschef.</li>
<li>Skicka ansökan till <a href="mailto:kommun@vargarda.se">kommun@vargarda.se</a>.</li>
</ol>
<h2 class="subheading" id="h-Blanketter">Blanketter</h2>
<ul>
<li><a href="/download/18.4e0a7b2c18c4e0b9a7d2b1/1706700212144/ansokan-sociala-investeringsfonden.docx">Ansökan till sociala investeringsfonden (Word)</a></li>
<li><a href="/download/18.4e0a7b2c18c4e0b9a7d2b2/1706700212190/berakningsmall-sociala-investeringar.xlsx">Beräkningsmall (Excel)</a></li>
</ul>""")}''', active=KP, side=fund_menu(SOK), ingress='Här beskriver vi hur en förvaltning ansöker om pengar ur sociala investeringsfonden.')

    pages[RIKT] = page(RIKT, 'Riktlinjer', T_F + [('Riktlinjer', RIKT)], text_portlet(f"""<p class="normal">Riktlinjerna beslutades av kommunfullmäktige den 14 juni 2021, § 87.</p>
<ul>
<li>En ansökan kan beviljas högst 1 500 000 kronor.</li>
<li>Arbetet får pågå i högst tre år.</li>
<li>Insatsen ska vara förebyggande och ske tidigt.</li>
<li>Det ska finnas en plan för hur arbetet tas över av ordinarie verksamhet om det faller väl ut.</li>
<li>Hälften av de beräknade besparingarna ska betalas tillbaka till fonden.</li>
</ul>
<p class="normal"><a href="/download/18.4e0a7b2c18c4e0b9a7d2c3/1623750011221/riktlinjer-sociala-investeringsfonden.pdf">Riktlinjer för sociala investeringsfonden (pdf)</a></p>"""),
        active=KP, side=fund_menu(RIKT), ingress='Riktlinjerna beskriver vad pengarna i fonden får användas till och hur de ska följas upp.')

    pages[BEV] = page(BEV, 'Beviljade medel', T_F + [('Beviljade medel', BEV)], f'''{text_portlet("""<p class="normal">Sedan 2021 har kommunstyrelsen beviljat pengar ur fonden till elva ansökningar. Här finns en sammanställning per år.</p>""")}
{linklist('Beviljade medel per år', [('Beviljade medel 2025', BEV25), ('Beviljade medel 2024', BEV24), ('Beviljade medel 2023', BEV23)], 'vg-cards')}''',
        active=KP, side=fund_menu(BEV), ingress='Här ser du vilka ansökningar som har fått pengar ur sociala investeringsfonden.')

    def table(rows):
        trs = ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>' for a, b, c, d in rows)
        return f'''<div class="sv-table-responsive"><table class="sv-table sv-table-bordered">
<thead><tr><th scope="col">Namn</th><th scope="col">Förvaltning</th><th scope="col">Period</th><th scope="col">Beviljat belopp</th></tr></thead>
<tbody>{trs}</tbody></table></div>'''

    pages[BEV25] = page(BEV25, 'Beviljade medel 2025', T_F + [('Beviljade medel', BEV), ('Beviljade medel 2025', BEV25)],
                        text_portlet('<p class="normal">Kommunstyrelsen beslutade den 11 februari 2025, § 19, att bevilja tre ansökningar.</p>' + table([
                            (f'<a href="{A1}">Tidiga insatser i förskolan</a>', 'Barn- och utbildningsförvaltningen', 'augusti 2025 – juni 2028', '1 200 000 kr'),
                            ('Läxhjälp på biblioteket', 'Kultur och fritid', 'februari 2025 – december 2026', '380 000 kr'),
                            (f'<a href="{DEAD_PROJ}">Hälsosamma Hol</a>', 'Vård- och omsorgsförvaltningen', 'september 2025 – augusti 2027', '560 000 kr')])),
                        active=KP, side=fund_menu(BEV25), ingress='Ansökningar som beviljades medel ur sociala investeringsfonden 2025.')

    pages[BEV24] = page(BEV24, 'Beviljade medel 2024', T_F + [('Beviljade medel', BEV), ('Beviljade medel 2024', BEV24)],
                        text_portlet('<p class="normal">Kommunstyrelsen beslutade den 6 februari 2024, § 14, att bevilja tre ansökningar.</p>' + table([
                            ('Steget – stöd till unga vuxna', 'Socialförvaltningen', 'mars 2024 – februari 2027', '1 450 000 kr'),
                            ('Fritidsbussen', 'Kultur och fritid', 'augusti 2024 – juli 2027', '1 100 000 kr'),
                            (f'<a href="{A2}">Trygg hemma-teamet</a>', 'Vård- och omsorgsförvaltningen', 'oktober 2024 – september 2026', '950 000 kr')])),
                        active=KP, side=fund_menu(BEV24), ingress='Ansökningar som beviljades medel ur sociala investeringsfonden 2024.')

    pages[UPP] = page(UPP, 'Uppföljning och utvärdering', T_F + [('Uppföljning och utvärdering', UPP)], text_portlet(f"""<p class="normal">Alla som får pengar ur fonden rapporterar till beredningsgruppen två gånger per år. Kommunstyrelsen får en samlad rapport varje höst.</p>
<p class="normal">Fonden startade med 5 miljoner kronor 2021 och fick ytterligare 5 miljoner kronor i november 2024.</p>
<h2 class="subheading" id="h-Fondensutveckling">Fondens utveckling</h2>
<div class="sv-table-responsive"><table class="sv-table sv-table-bordered">
<thead><tr><th scope="col">År</th><th scope="col">Antal beviljade</th><th scope="col">Beviljat totalt</th><th scope="col">Kvar att fördela vid årets slut</th></tr></thead>
<tbody>
<tr><td>2022</td><td>3</td><td>1 300 000 kr</td><td>3 700 000 kr</td></tr>
<tr><td>2023</td><td>2</td><td>750 000 kr</td><td>2 950 000 kr</td></tr>
<tr><td>2024</td><td>3</td><td>3 500 000 kr</td><td>4 450 000 kr</td></tr>
<tr><td>2025</td><td>3</td><td>2 140 000 kr</td><td>2 310 000 kr</td></tr>
</tbody></table></div>
<h2 class="subheading" id="h-Avslutat">Avslutat arbete</h2>
<p class="normal">Aktivt föräldraskap (2022–2024) nådde 140 föräldrar och har blivit en del av familjecentralens ordinarie arbete. Simlyftet i årskurs 3 (2022–2023) ledde till att andelen elever som klarar simkunnighetskravet ökade från 78 till 91 procent.</p>
<p class="normal"><a href="/download/18.4e0a7b2c18c4e0b9a7d2d4/1729500031001/uppfoljning-sociala-investeringar-2024.pdf">Uppföljningsrapport 2024 (pdf)</a></p>"""),
        active=KP, side=fund_menu(UPP), ingress='Så följer vi upp det som finansieras ur sociala investeringsfonden.')

    # ---------------- project pages (fund section)
    pages[A1] = page(A1, 'Tidiga insatser i förskolan', T_F + [('Tidiga insatser i förskolan', A1)], f'''{text_portlet("""<p class="normal">I projektet arbetar en specialpedagog, en logoped och en förskolekurator tillsammans med förskolornas personal. De handleder personalen och träffar barn och föräldrar redan när barnet börjar på förskolan.</p>
<h2 class="subheading" id="h-Syfte">Syfte</h2>
<p class="normal">Syftet är att barn som behöver extra stöd i sin språkliga och sociala utveckling ska få det tidigt, så att färre behöver särskilt stöd i skolan.</p>
<h2 class="subheading" id="h-Sagorvi">Så gör vi</h2>
<ul>
<li>Alla barn får en språkscreening vid tre års ålder.</li>
<li>Personalen får handledning varannan vecka.</li>
<li>Föräldrar erbjuds träffar om språk, lek och samspel.</li>
</ul>""")}
{decoration('Fakta om projektet', """<ul>
<li><strong>Projektperiod:</strong> augusti 2025 – juni 2028</li>
<li><strong>Beviljat belopp:</strong> 1 200 000 kronor ur sociala investeringsfonden</li>
<li><strong>Projektägare:</strong> Barn- och utbildningsförvaltningen, förskoleenheten</li>
<li><strong>Samverkan:</strong> Elevhälsan och familjecentralen</li>
<li><strong>Målgrupp:</strong> Barn 1–5 år i förskolorna i Vårgårda tätort och Östadkulle</li>
</ul>""")}
{decoration('Kontakt', '<p class="normal">Maria Holm, förskolechef<br>Telefon: 0322-60 03 41</p>', 'kontakt')}''',
        active=KP, side=fund_menu(A1), template='projektsida', ingress='Tidiga insatser i förskolan ska ge fler barn rätt stöd innan de börjar skolan.')

    pages[A2] = page(A2, 'Trygg hemma-teamet', T_F + [('Trygg hemma-teamet', A2)], f'''{text_portlet("""<p class="normal">Trygg hemma-teamet består av en sjuksköterska, en arbetsterapeut och två undersköterskor. Teamet tar emot dig som har varit inlagd på sjukhus och behöver stöd de första veckorna hemma.</p>
<p class="normal">Under de första två veckorna besöker teamet dig så ofta som det behövs. Tillsammans går ni igenom vad du klarar själv, vilka hjälpmedel du behöver och vilken hjälp du ska ha framöver. Målet är att du ska känna dig trygg och kunna bo kvar hemma.</p>
<h2 class="subheading" id="h-Bakgrund">Bakgrund</h2>
<p class="normal">Många äldre får mer hjälp än de behöver efter en sjukhusvistelse, eftersom behoven bedöms när de är som sjukast. Med ett team som arbetar med rehabilitering från första dagen kan fler klara sig med mindre hemtjänst på sikt.</p>
<h2 class="subheading" id="h-Finansiering">Finansiering</h2>
<p class="normal">Teamet startade i oktober 2024 och finansieras fram till september 2026 med 950 000 kronor ur den sociala investeringsfonden. Verksamheten drivs av vård- och omsorgsförvaltningen tillsammans med Närhälsan Vårgårda vårdcentral. Därefter ska kommunstyrelsen ta ställning till om teamet ska bli permanent.</p>""")}
{decoration('Kontakt', '<p class="normal">Trygg hemma-teamet nås via biståndshandläggarna<br>Telefon: 0322-60 02 60</p>', 'kontakt')}''',
        active=KP, side=fund_menu(A2), ingress='Stöd under de första veckorna hemma efter en sjukhusvistelse.')

    # ---------------- jobs
    pages[JOBS] = page(JOBS, 'Lediga jobb', T_KP + [('Lediga jobb', JOBS)], text_portlet(f"""<p class="normal">Här är kommunens lediga jobb just nu. Du söker alla jobb via Varbi.</p>
<ul>
<li><a href="{JOB}">Folkhälsostrateg</a> – sista ansökningsdag 23 november 2025</li>
<li><a href="https://vargarda.varbi.com/what:job/jobID:812044/">Undersköterska till hemtjänsten</a> – sista ansökningsdag 16 november 2025</li>
<li><a href="https://vargarda.varbi.com/what:job/jobID:811903/">Lärare i matematik, årskurs 7–9</a> – sista ansökningsdag 30 november 2025</li>
</ul>"""), active=KP, ingress='Vill du arbeta hos oss? Vårgårda kommun har omkring 1 000 medarbetare.')

    pages[JOB] = page(JOB, 'Folkhälsostrateg', T_KP + [('Lediga jobb', JOBS), ('Folkhälsostrateg', JOB)], text_portlet("""<p class="normal">Vi söker en folkhälsostrateg som vill leda kommunens arbete med social hållbarhet.</p>
<h2 class="subheading" id="h-Arbetsuppgifter">Arbetsuppgifter</h2>
<p class="normal">Du samordnar folkhälsorådet och arbetet med folkhälsoplanen. Du är också sammankallande i beredningsgruppen för sociala investeringsfonden och stöttar förvaltningarna när de skriver ansökningar och följer upp sitt arbete, till exempel Steget och Tidiga insatser i förskolan.</p>
<h2 class="subheading" id="h-Kvalifikationer">Kvalifikationer</h2>
<p class="normal">Du har en akademisk utbildning inom folkhälsovetenskap, samhällsvetenskap eller motsvarande. Erfarenhet av uppföljning och ekonomiska analyser är meriterande.</p>
<p class="normal"><strong>Omfattning:</strong> Heltid, tillsvidare<br><strong>Tillträde:</strong> Enligt överenskommelse<br><strong>Sista ansökningsdag:</strong> 23 november 2025</p>
<p class="normal"><a href="https://vargarda.varbi.com/what:job/jobID:812217/">Sök jobbet via Varbi</a></p>"""),
        active=KP, template='jobbannons', ingress='Kommunledningsförvaltningen, Vårgårda kommun')

    # ---------------- omsorg och stöd
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], linklist('Innehåll', [
        ('Äldreomsorg', '/omsorg-och-stod/aldreomsorg.html'), ('Stöd till vuxna', '/omsorg-och-stod/stod-till-vuxna.html'),
        ('Stöd till barn och familjer', '/omsorg-och-stod/stod-till-barn-och-familjer.html'),
        ('Funktionsnedsättning', '/omsorg-och-stod/funktionsnedsattning.html'),
        ('Ekonomiskt bistånd', '/omsorg-och-stod/stod-till-vuxna/ekonomiskt-bistand.html')], 'vg-cards'),
        active=OS, ingress='Stöd och hjälp för dig som behöver det – i alla åldrar.')

    pages[A5] = page(A5, 'Steget – stöd till unga vuxna', [('Omsorg och stöd', OS), ('Stöd till vuxna', '/omsorg-och-stod/stod-till-vuxna.html'), ('Steget – stöd till unga vuxna', A5)],
                     f'''{text_portlet("""<p class="normal">Steget är till för dig som är mellan 18 och 29 år, bor i Vårgårda och varken arbetar eller studerar. Hos Steget får du en egen coach som hjälper dig att hitta vägen till ett arbete, en utbildning eller annan sysselsättning.</p>
<h2 class="subheading" id="h-Sahargardet">Så går det till</h2>
<p class="normal">Du och din coach träffas en gång i veckan. Ni gör en plan tillsammans, och coachen följer med dig på möten med till exempel Arbetsförmedlingen, vuxenutbildningen eller vården om du vill det.</p>
<h2 class="subheading" id="h-Omprojektet">Om projektet</h2>
<p class="normal"><strong>Period:</strong> mars 2024 – februari 2027<br>
<strong>Finansiering:</strong> 1 450 000 kronor ur sociala investeringsfonden<br>
<strong>Ansvarig:</strong> Socialförvaltningen, individ- och familjeomsorgen<br>
<strong>Samverkan:</strong> Arbetsmarknadsenheten och Arbetsförmedlingen<br>
<strong>Målgrupp:</strong> Unga vuxna 18–29 år som varken arbetar eller studerar</p>
<p class="normal">Syftet är att färre unga vuxna ska bli beroende av ekonomiskt bistånd. Projektet följs upp med hjälp av Samordningsförbundet Sjuhärad.</p>""")}
{decoration('Kontakt', '<p class="normal">Ahmed Rashid, coach<br>Telefon: 0322-60 05 12<br><a href="mailto:steget@vargarda.se">steget@vargarda.se</a></p>', 'kontakt')}''',
                     active=OS, ingress='Steget ger unga vuxna stöd på vägen till arbete eller studier.', modified='2025-03-04')

    # ---------------- uppleva och göra
    pages[UG] = page(UG, 'Uppleva och göra', [('Uppleva och göra', UG)], linklist('Innehåll', [
        ('Biblioteket', BIB), ('Fritidsgårdar', FG), ('Evenemang', EVS), ('Bidrag till föreningar', BIDRAG),
        ('Idrott och motion', '/uppleva-och-gora/idrott-och-motion.html'), ('Natur och friluftsliv', '/uppleva-och-gora/natur-och-friluftsliv.html')], 'vg-cards'),
        active=UG, ingress='Bibliotek, fritidsgårdar, idrott och evenemang i Vårgårda.')

    pages[BIB] = page(BIB, 'Biblioteket', [('Uppleva och göra', UG), ('Biblioteket', BIB)], f'''{text_portlet("""<p class="normal">Vårgårda bibliotek ligger i Kulturhuset vid torget. Här kan du låna böcker, filmer och ljudböcker, läsa tidningar, använda datorer och skriva ut.</p>
<h2 class="subheading" id="h-Oppettider">Öppettider</h2>
<p class="normal">Måndag–torsdag kl. 10–19<br>Fredag kl. 10–16<br>Lördag kl. 10–13</p>
<p class="normal">Meröppet alla dagar kl. 7–22 för dig som har lånekort och har skrivit under ett avtal.</p>
<h2 class="subheading" id="h-Laxhjalp">Läxhjälp</h2>
<p class="normal">Läxhjälp för elever i årskurs 4–9 måndag–onsdag kl. 15–18. Ingen anmälan behövs.</p>""")}
{linklist('Relaterat', [('Sök i katalogen', 'https://bibliotek.vargarda.se/'), ('Evenemang', EVS)])}''',
        active=UG, ingress='Välkommen till biblioteket – en mötesplats för alla.')

    pages[A3] = page(A3, 'Läxhjälp på biblioteket', [('Uppleva och göra', UG), ('Biblioteket', BIB), ('Läxhjälp på biblioteket', A3)], text_portlet("""<p class="normal">På biblioteket kan elever i årskurs 4–9 få hjälp med läxor och skolarbete tre eftermiddagar i veckan. Två bibliotekarier och frivilliga läxhjälpare finns på plats, och det finns alltid frukt och något att dricka.</p>
<h2 class="subheading" id="h-Omprojektet">Om projektet</h2>
<p class="normal">Läxhjälpen är ett projekt som pågår från februari 2025 till december 2026. Det har fått 380 000 kronor ur kommunens sociala investeringsfond. Kultur och fritid driver projektet tillsammans med Studieförbundet Vuxenskolan och elevhälsan på Östadkulleskolan och Kullingsskolan.</p>
<p class="normal">Syftet är att fler elever ska klara kunskapskraven och gå vidare till gymnasiet. Vi följer upp hur många som kommer och vad eleverna och lärarna tycker.</p>
<h2 class="subheading" id="h-Tider">Tider</h2>
<p class="normal">Måndag, tisdag och onsdag kl. 15–18 under terminerna.</p>"""),
        active=UG, ingress='Gratis läxhjälp för elever i årskurs 4–9 på Vårgårda bibliotek.', modified='2025-09-23')

    pages[FG] = page(FG, 'Fritidsgårdar', [('Uppleva och göra', UG), ('Fritidsgårdar', FG)], f'''{text_portlet("""<p class="normal">Kommunens fritidsgård Kupolen ligger vid Kullingsskolan och är öppen för dig som går i årskurs 6 och uppåt, upp till 18 år. Här kan du spela biljard och tv-spel, laga mat, göra musik eller bara umgås.</p>
<h2 class="subheading" id="h-Oppettider">Öppettider</h2>
<p class="normal">Tisdag och torsdag kl. 15–21<br>Fredag kl. 18–23<br>Under loven har vi särskilda öppettider.</p>""")}
{linklist('Relaterat', [('Fritidsbussen', A4), ('Evenemang för unga', EVS), ('Ungdomsmottagningen (umo.se)', 'https://www.umo.se/')])}''',
        active=UG, ingress='Fritidsgården är en trygg mötesplats för unga i Vårgårda.')

    pages[A4] = page(A4, 'Fritidsbussen', [('Uppleva och göra', UG), ('Fritidsgårdar', FG), ('Fritidsbussen', A4)], text_portlet("""<p class="normal">Fritidsbussen är en fritidsgård på hjul. Bussen är inredd med sittgrupp, tv-spel och ett litet kök, och två fritidsledare kör ut till orterna runt Vårgårda på kvällarna.</p>
<h2 class="subheading" id="h-Harfinnsvi">Här finns vi</h2>
<ul>
<li>Måndag: Östadkulle, vid skolan kl. 17–20</li>
<li>Tisdag: Nårunga, vid bygdegården kl. 17–20</li>
<li>Onsdag: Lena, vid idrottsplatsen kl. 17–20</li>
<li>Torsdag: Algutstorp, vid badplatsen kl. 17–20</li>
</ul>
<h2 class="subheading" id="h-Varforfritidsbussen">Varför en fritidsbuss?</h2>
<p class="normal">Unga som bor på landsbygden har långt till fritidsgården och kan inte ta sig hem med buss på kvällen. Med Fritidsbussen får de en trygg mötesplats nära hemmet och vuxna att prata med.</p>
<p class="normal">Verksamheten startade i augusti 2024 och finansieras till och med juli 2027 med 1 100 000 kronor ur den sociala investeringsfonden. Ansvarig är kultur och fritid, och vi samarbetar med föreningarna i byarna. Målgruppen är unga mellan 12 och 17 år.</p>"""),
        active=UG, ingress='En fritidsgård på hjul för unga på landsbygden.', modified='2025-05-20')

    pages[EVS] = page(EVS, 'Evenemang', [('Uppleva och göra', UG), ('Evenemang', EVS)], f'''{text_portlet(f"""<ul class="vg-eventlist">
<li><strong>20 november 2025</strong> – Bokcirkel för vuxna, Vårgårda bibliotek kl. 18</li>
<li><strong>29 november 2025</strong> – <a href="https://www.visitvargarda.se/julmarknad">Julmarknad på torget</a></li>
<li><strong>5 februari 2026</strong> – <a href="{EV}">Inspirationsträff om sociala investeringar</a></li>
</ul>
<p class="normal"><a href="{CAL}?datum=2025-11">Visa evenemangen i kalendern</a></p>
<p class="normal vg-calnav"><a href="{CAL}?datum=2025-11" rel="nofollow">‹ november</a> <a href="{CAL}?datum=2025-12" rel="nofollow">december ›</a></p>""")}''',
        active=UG, ingress='Evenemang som kommunen ordnar. Fler evenemang finns hos Visit Vårgårda.')

    pages[EV] = page(EV, 'Inspirationsträff om sociala investeringar', [('Uppleva och göra', UG), ('Evenemang', EVS), ('Inspirationsträff om sociala investeringar', EV)], text_portlet(f"""<p class="normal"><strong>Datum:</strong> Torsdag 5 februari 2026<br>
<strong>Tid:</strong> Kl. 13.00–16.00<br>
<strong>Plats:</strong> Kommunhuset, sammanträdesrummet Tumberg, Kungsgatan 41<br>
<strong>Arrangör:</strong> Vårgårda kommun och Samordningsförbundet Sjuhärad</p>
<p class="normal">Vill du veta mer om hur man arbetar med sociala investeringar? Under eftermiddagen berättar medarbetare om sina erfarenheter, och en forskare från Högskolan i Borås föreläser om hur man beräknar nyttan av förebyggande arbete.</p>
<p class="normal">Träffen vänder sig till chefer och medarbetare i kommunen och till föreningar som vill samarbeta. Anmäl dig senast 26 januari till <a href="mailto:lena.bergqvist@vargarda.se">lena.bergqvist@vargarda.se</a>.</p>
<p class="normal"><a href="{FUND}">Läs mer om sociala investeringsfonden</a></p>"""),
        active=UG, template='evenemang', ingress='En eftermiddag om förebyggande arbete och sociala investeringar.')

    pages[BIDRAG] = page(BIDRAG, 'Bidrag till föreningar', [('Uppleva och göra', UG), ('Föreningsliv', '/uppleva-och-gora/foreningsliv.html'), ('Bidrag till föreningar', BIDRAG)], text_portlet(f"""<p class="normal">Kommunen stöttar föreningslivet med olika bidrag. Du söker bidragen via e-tjänsten.</p>
<h2 class="subheading" id="h-Bidragattsoka">Bidrag att söka</h2>
<ul>
<li><strong>Aktivitetsbidrag</strong> – för föreningar med verksamhet för barn och unga 7–20 år. Söks senast 25 februari och 25 augusti.</li>
<li><strong>Lokalbidrag</strong> – för föreningar som äger eller hyr egna lokaler. Söks senast 1 mars.</li>
<li><strong>Arrangemangsbidrag</strong> – för kultur- och idrottsarrangemang öppna för allmänheten. Söks senast sex veckor före arrangemanget.</li>
</ul>
<h2 class="subheading" id="h-Socialainvesteringar">Samarbete kring sociala investeringar</h2>
<p class="normal">Föreningar kan inte själva söka pengar ur kommunens sociala investeringsfond, men de kan vara samverkanspart när en förvaltning söker. Flera föreningar i byarna samarbetar i dag med kommunen på det sättet. <a href="{FUND}">Läs mer om sociala investeringsfonden</a>.</p>
<p class="normal"><a href="https://e-tjanster.vargarda.se/foreningsbidrag">Sök bidrag i e-tjänsten</a></p>"""),
        active=UG, ingress='Här hittar du de bidrag som föreningar i Vårgårda kan söka.')

    # ---------------- barn och utbildning (untopical)
    pages[BU] = page(BU, 'Barn och utbildning', [('Barn och utbildning', BU)], linklist('Innehåll', [
        ('Förskola', '/barn-och-utbildning/forskola.html'), ('Grundskola', '/barn-och-utbildning/grundskola.html'),
        ('Gymnasium och vuxenutbildning', '/barn-och-utbildning/gymnasium-och-vuxenutbildning.html'),
        ('Skolmat', '/barn-och-utbildning/skolmat.html'), ('Skolskjuts', '/barn-och-utbildning/skolskjuts.html')], 'vg-cards'),
        active=BU, ingress='Förskola, skola och vuxenutbildning i Vårgårda kommun.')

    # ---------------- news
    pages[NYH] = page(NYH, 'Nyheter', [('Nyheter', NYH)], f'''{archive_list([(n[0], n[1], n[2], n[3], n[4]) for n in NEWS[:4]])}
{linklist('Nyhetsarkiv', [('Nyheter 2024', ARK24), ('Nyheter 2023', ARK23)], 'vg-archive-years')}''',
        template='nyhetslista', ingress='Nyheter från Vårgårda kommun.')
    pages[ARK24] = page(ARK24, 'Nyheter 2024', [('Nyheter', NYH), ('Nyheter 2024', ARK24)],
                        archive_list([(n[0], n[1], n[2], n[3], n[4]) for n in NEWS[4:]]),
                        template='nyhetslista', ingress='Nyheter från Vårgårda kommun som publicerades under 2024.')
    for i in range(len(NEWS)):
        pages[NEWS[i][0]] = news_page(i)

    for p, text in pages.items():
        write(H, p, text)

    smap = ['/', KP, SH, FUND, SOK, RIKT, BEV, BEV25, UPP, A1, JOBS, OS, UG, BIB, FG, EVS, BU, NYH]
    write(H, '/sitemap.xml', sitemap(H, smap))
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /sitevision/
Disallow: /edit
Disallow: /sok.html
Disallow: /intern/
Disallow: {CAL}

Sitemap: https://{H}/sitemap.xml
''')
    return pages, smap


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemap')
