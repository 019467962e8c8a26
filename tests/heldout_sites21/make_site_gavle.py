"""Gävle kommun (2180, large) on an older SITEVISION install – generator for heldout_sites21.

Legacy Sitevision addresses: every page is <parent folders>/<page name>.4.<node id>.html (the node id is part of the
file name, folders carry no ids: /kommun-och-politik/social-hallbarhet.4.<id>.html and its children under
/kommun-och-politik/social-hallbarhet/…), the search page is /sok.4.<id>.html, portlet state links are relative
"?sv.url=12.<id>&state=…" and "?sv.target=12.<id>&sv.12.<id>.route=…" query links. Links are root-relative.
"""
import re

from make_common import write, sitemap, hexid

H = 'www.gavle.se'


def node(key):
    return '4.' + hexid('gavle-node-' + key)


def portlet(key):
    return '12.' + hexid('gavle-portlet-' + key)


def pg(folder, name, key=None):
    return f'{folder}/{name}.{node(key or name)}.html'


KP = pg('', 'kommun-och-politik')
SH = pg('/kommun-och-politik', 'social-hallbarhet')
FUND = pg('/kommun-och-politik/social-hallbarhet', 'sociala-investeringsfonden')
FD = '/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden'
SOK = pg(FD, 'ansok-om-medel')
REGL = pg(FD, 'regler-for-fonden')
UPP = pg(FD, 'uppfoljning-och-resultat')
PAG = pg(FD, 'pagaende-investeringar')
AVS = pg(FD, 'avslutade-investeringar')
A1 = pg(FD + '/pagaende-investeringar', 'sprakrik-forskola-andersberg')
DEAD_MOBIL = pg(FD + '/pagaende-investeringar', 'mobil-fritidsgard-sorby')          # dead: granted, page not published
A4_OLD = pg(FD + '/avslutade-investeringar', 'unga-vuxna-i-arbete', 'uva-old')       # meta-refresh stub (moved page)
TRYGG = pg('/kommun-och-politik/social-hallbarhet', 'trygghet-och-brottsforebyggande')
FOLK = pg('/kommun-och-politik/social-hallbarhet', 'folkhalsa')                    # dead

FS = pg('', 'forskola-och-skola')
GRS = pg('/forskola-och-skola', 'grundskola')
EH = pg('/forskola-och-skola/grundskola', 'elevhalsa')
A2 = pg('/forskola-och-skola/grundskola/elevhalsa', 'skolnarvaroteamet')

OS = pg('', 'omsorg-och-stod')
ALD = pg('/omsorg-och-stod', 'aldre')
TRF = pg('/omsorg-och-stod/aldre', 'traffpunkter')
A3 = pg('/omsorg-och-stod/aldre/traffpunkter', 'aktiv-senior-i-hille')
BOF = pg('/omsorg-och-stod', 'barn-och-familj')
A5 = pg('/omsorg-och-stod/barn-och-familj', 'foraldraskap-i-fokus-nordost')

ARB = pg('', 'arbete-och-vuxenutbildning')
ARBM = pg('/arbete-och-vuxenutbildning', 'arbetsmarknad')
A4 = pg('/arbete-och-vuxenutbildning/arbetsmarknad', 'unga-vuxna-i-arbete')

UG = pg('', 'uppleva-och-gora')
EVS = pg('/uppleva-och-gora', 'evenemang')
EV = pg('/uppleva-och-gora/evenemang', 'frukostseminarium-om-sociala-investeringar')
CAL = pg('/uppleva-och-gora/evenemang', 'kalender')                                  # forbidden

JOBS = pg('', 'jobba-hos-oss')
JOB = pg('/jobba-hos-oss/lediga-jobb', 'utvecklingsledare-sociala-investeringar')

NYH = pg('', 'nyheter')
ARK24 = pg('/nyheter', 'nyhetsarkiv-2024')
ARK23 = pg('/nyheter', 'nyhetsarkiv-2023')                                          # dead

KONTAKT = pg('', 'kontakta-oss')
KAKOR = pg('/om-webbplatsen', 'kakor')
TILLG = pg('/om-webbplatsen', 'tillganglighetsredogorelse')
SEARCH = pg('', 'sok')                                                               # forbidden
EDIT_FUND = '/edit/' + node('sociala-investeringsfonden')                            # forbidden

NEWS_ARCHIVE_PORTLET = portlet('nyhetsarkiv')
NEWS_PAGE2 = NYH + f'?sv.url={NEWS_ARCHIVE_PORTLET}&state=cGFnZT0y'
NEWS_CAT = NYH + f'?sv.target={NEWS_ARCHIVE_PORTLET}&sv.{NEWS_ARCHIVE_PORTLET}.route=/kategori/social-hallbarhet'
ARK24_PAGE2 = ARK24 + f'?sv.url={portlet("nyhetsarkiv-2024")}&state=cGFnZT0y'
CAL_DAYS = [CAL + '?datum=2025-11-20', CAL + '?datum=2025-11-21']

SYS = '/sitevision/system-resource/' + hexid('gavle-sys', 32)
THEME = '/webdav/files/system/gavle-tema'

MENU = [('Förskola och skola', FS), ('Omsorg och stöd', OS), ('Arbete och vuxenutbildning', ARB),
        ('Uppleva och göra', UG), ('Bygga, bo och miljö', pg('', 'bygga-bo-och-miljo')), ('Kommun och politik', KP)]

_n = [0x51c]


def sid():
    _n[0] += 0x1d
    return f'{_n[0]:x}' + '16e3b2a94d7c0f5e18'


def header(active):
    items = []
    for name, href in MENU:
        cur = ' class="gk-menu__link gk-menu__link--selected"' if href == active else ' class="gk-menu__link"'
        items.append(f'<li class="gk-menu__item"><a href="{href}"{cur}>{name}</a></li>')
    return f'''<div class="sv-layout gk-header" id="svid10_{sid()}">
  <a class="gk-skip" href="#innehall">Till innehållet</a>
  <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
    <a href="/"><img class="sv-noborder" alt="Gävle kommun – till startsidan" src="/images/18.{hexid('gavle-logo')}/1596012345678/gavle-logo.svg" width="180" height="60"></a>
  </div>
  <div class="sv-linklist-portlet sv-portlet gk-tools" id="svid12_{sid()}">
    <ul>
      <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=8152&amp;lang=sv_se&amp;readid=innehall&amp;url=">Lyssna</a></li>
      <li><a href="{pg('', 'other-languages')}" lang="en">Other languages</a></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
  </div>
  <div class="sv-searchform-portlet sv-portlet gk-search" id="svid12_{sid()}">
    <form method="get" action="{SEARCH}" name="searchform_{sid()[:6]}">
      <label for="search{sid()[:5]}" class="sv-visuallyhidden">Sök</label>
      <input id="search{sid()[:5]}" class="sv-vamiddle" type="text" name="query" size="20" placeholder="Sök på gavle.se">
      <input class="sv-vamiddle gk-search__button" type="submit" value="Sök" name="submitButton">
    </form>
  </div>
  <div class="sv-menu-portlet sv-portlet gk-menu" id="svid12_{sid()}">
    <ul class="sv-menu">
      {''.join(items)}
    </ul>
  </div>
</div>'''


def footer():
    return f'''<div class="sv-layout gk-footer" id="svid10_{sid()}">
  <div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
    <div class="sv-text-portlet-content">
      <h2 class="subheading">Gävle kommun</h2>
      <p class="normal">801 84 Gävle<br>Besöksadress: Stortorget 1<br>Kontaktcenter: 026-17 80 00<br><a href="mailto:kontaktcenter@gavle.se">kontaktcenter@gavle.se</a></p>
    </div>
  </div>
  <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
    <h2 class="subheading">Snabblänkar</h2>
    <ul>
      <li><a href="{NYH}">Nyheter</a></li>
      <li><a href="{EVS}">Evenemang</a></li>
      <li><a href="{JOBS}">Jobba hos oss</a></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
  </div>
  <div class="sv-linklist-portlet sv-portlet" id="svid12_{sid()}">
    <h2 class="subheading">Om webbplatsen</h2>
    <ul>
      <li><a href="{KAKOR}">Kakor</a></li>
      <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
      <li><a href="{pg('/om-webbplatsen', 'personuppgifter')}">Personuppgifter</a></li>
    </ul>
  </div>
  <div class="sv-linklist-portlet sv-portlet gk-social" id="svid12_{sid()}">
    <ul>
      <li><a href="https://www.facebook.com/gavlekommun">Facebook</a></li>
      <li><a href="https://www.instagram.com/gavlekommun/">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/gavle-kommun">Linkedin</a></li>
    </ul>
  </div>
</div>'''


def crumbs(trail):
    parts = ['<a href="/">Startsida</a>']
    for name, href in trail[:-1]:
        parts.append(f'<a href="{href}">{name}</a>')
    parts.append(f'<span class="gk-breadcrumbs__current">{trail[-1][0]}</span>')
    return f'''<div class="sv-breadcrumbs-portlet sv-portlet gk-breadcrumbs" id="svid12_{sid()}">
  <p class="gk-breadcrumbs__label">Du är här:</p>
  {' <span class="sv-breadcrumbs-separator">/</span> '.join(parts)}
</div>'''


def fund_menu(current):
    def li(name, href, sub=''):
        cur = ' class="gk-sub__link gk-sub__link--selected"' if href == current else ' class="gk-sub__link"'
        return f'<li><a href="{href}"{cur}>{name}</a>{sub}</li>'
    sub = ''
    if current in (PAG, A1):
        sub = f'<ul>{li("Språkrik förskola i Andersberg", A1)}</ul>'
    return f'''<div class="sv-menu-portlet sv-portlet gk-sub" id="svid12_{sid()}">
  <h2 class="gk-sub__title"><a href="{FUND}">Sociala investeringsfonden</a></h2>
  <ul class="sv-menu">
    {li('Ansök om medel', SOK)}
    {li('Regler för fonden', REGL)}
    {li('Pågående investeringar', PAG, sub)}
    {li('Avslutade investeringar', AVS)}
    {li('Uppföljning och resultat', UPP)}
  </ul>
</div>'''


def text(inner):
    return f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
  <div id="Text{sid()[:3]}"></div>
  <div class="sv-text-portlet-content">
{inner}
  </div>
</div>'''


def box(heading, inner, kind='fakta'):
    return f'''<div class="sv-decoration-content gk-box gk-box--{kind}">
<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
  <div class="sv-text-portlet-content">
    <h2 class="subheading">{heading}</h2>
{inner}
  </div>
</div>
</div>'''


def links(heading, items, cls='gk-related'):
    lis = ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in items)
    return f'''<div class="sv-linklist-portlet sv-portlet {cls}" id="svid12_{sid()}">
  <h2 class="subheading">{heading}</h2>
  <ul>{lis}</ul>
</div>'''


def cards(items, cls='gk-puffar'):
    lis = ''.join(f'''
    <li class="gk-puff"><a class="gk-puff__link" href="{h}"><span class="gk-puff__title">{t}</span><span class="gk-puff__text">{d}</span></a></li>''' for t, h, d in items)
    return f'''<div class="sv-linklist-portlet sv-portlet {cls}" id="svid12_{sid()}">
  <ul class="gk-puffar__list">{lis}
  </ul>
</div>'''


def page(path, title, trail, body, active=None, side='', template='standardsida', ingress='', modified='2025-10-28',
         canonical=True, head_extra=''):
    bc = crumbs(trail) if trail else ''
    left = f'<div class="sv-layout gk-left" id="svid10_{sid()}">{side}</div>' if side else ''
    ing = f'<p class="ingress">{ingress}</p>' if ingress else ''
    canon = f'<link rel="canonical" href="https://{H}{path}">' if canonical else ''
    m = re.search(r'\.(4\.[0-9a-f]+)\.html$', path)
    nid = m.group(1) if m else node('start')
    return f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{template}">
<head>
<meta charset="UTF-8">
<script>(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{title} - Gävle kommun</title>
<link rel="stylesheet" type="text/css" href="{SYS}/css/portlets.css">
<link rel="stylesheet" type="text/css" href="{THEME}/css/gavle.css?v=1698745612345">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{(ingress or title)[:150]}">
{canon}
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Gävle kommun">
<link rel="shortcut icon" href="/images/18.{hexid('gavle-favicon')}/1596012345700/favicon.ico">
<script src="{SYS}/js/jquery.js"></script>
<script src="{SYS}/js/utils.js"></script>
<script>window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '{nid}', siteName: 'Gävle kommun', lang: 'sv', version: '5.2.3', dateModified: '{modified}'}};</script>
{head_extra}
</head>
<body class="sv-responsive">
<div class="sv-layout gk-page" id="svid10_{sid()}">
{header(active)}
<div class="sv-layout gk-wrapper" id="svid10_{sid()}">
{bc}
<div class="sv-layout gk-columns" id="svid10_{sid()}">
{left}
<div class="sv-layout gk-main" id="innehall">
<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
  <div id="Rubrik"></div>
  <div class="sv-text-portlet-content"><h1 class="heading">{title}</h1></div>
</div>
<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
  <div id="Ingress"></div>
  <div class="sv-text-portlet-content">{ing}</div>
</div>
{body}
<div class="sv-text-portlet sv-use-margins gk-updated" id="svid12_{sid()}">
  <div class="sv-text-portlet-content"><p class="gk-small">Sidan uppdaterades {modified}</p></div>
</div>
</div>
</div>
</div>
{footer()}
</div>
<script src="{THEME}/js/gavle.js?v=1698745612399"></script>
</body>
</html>
'''


def archive(items, pager=''):
    lis = ''.join(f'''
  <li class="sv-channel-item">
    <p class="gk-date"><time datetime="{iso}">{human}</time></p>
    <h3 class="gk-news__title"><a href="{p}">{t}</a></h3>
    <p class="normal">{lead}</p>
  </li>''' for p, iso, human, t, lead in items)
    return f'''<div class="sv-archive-portlet sv-portlet gk-news" id="svid12_{sid()}">
<ul class="sv-channel">{lis}
</ul>
{pager}
</div>'''


# ------------------------------------------------------------------ news
N_SKOL = pg('/nyheter', 'skolnarvaroteamet-har-hjalpt-90-elever-tillbaka-till-skolan')
N_CALL = pg('/nyheter', 'nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden')
N_CYKEL = pg('/nyheter', 'nya-gang-och-cykelvagar-i-satra')
N_KF = pg('/nyheter', 'kommunfullmaktige-tillfor-10-miljoner-kronor-till-sociala-investeringsfonden')
N_BAD = pg('/nyheter', 'sommarens-badplatser-ar-klara')
N_FORALDER = pg('/nyheter', 'nytt-foraldrastod-i-nordost')
N_UVA = pg('/nyheter', 'unga-vuxna-i-arbete-summerar-tre-ar')
N_SNO = pg('/nyheter', 'sa-rojer-vi-snon-i-vinter')

NEWS = {
    N_SKOL: ('2025-11-03', '3 november 2025', 'Skolnärvaroteamet har hjälpt 90 elever tillbaka till skolan',
             'Nästan 90 elever med hög frånvaro har fått stöd av skolnärvaroteamet sedan starten. Sju av tio går nu i skolan minst fyra dagar i veckan.',
             f'''<p class="normal">Skolnärvaroteamet består av en socialsekreterare, en skolkurator och två elevcoacher. Teamet arbetar med elever i årskurs 4–9 som har varit borta från skolan länge, och med deras familjer.</p>
<p class="normal">– Det viktigaste är att vi kommer in tidigt och att vi inte släpper taget. Vi hämtar elever hemma om det behövs, säger en av elevcoacherna.</p>
<p class="normal">Arbetet finansieras ur kommunens sociala investeringsfond fram till och med 2026. Högskolan i Gävle följer upp resultaten.</p>
<p class="normal"><a href="{A2}">Läs mer om skolnärvaroteamet</a></p>'''),
    N_CALL: ('2025-10-14', '14 oktober 2025', 'Nu kan förvaltningarna söka ur sociala investeringsfonden',
             'Förvaltningarna och de kommunala bolagen kan nu söka medel ur sociala investeringsfonden. Nästa ansökningsomgång stänger den 31 januari 2026.',
             f'''<p class="normal">Den här gången finns omkring 12 miljoner kronor att söka. Beredningsgruppen prioriterar ansökningar som rör barns tidiga språkutveckling, psykisk hälsa bland unga och ofrivillig ensamhet hos äldre.</p>
<p class="normal">En ansökan ska beskriva vilket problem investeringen ska minska, vilka som ska nås och hur resultaten ska följas upp. Förvaltningen som söker ska också visa hur arbetet kan tas över av den ordinarie verksamheten om det faller väl ut.</p>
<p class="normal">Läs mer under <a href="{SOK}">Ansök om medel</a> och <a href="{REGL}">Regler för fonden</a>.</p>'''),
    N_CYKEL: ('2025-09-22', '22 september 2025', 'Nya gång- och cykelvägar i Sätra',
              'Under hösten bygger kommunen två nya gång- och cykelvägar i Sätra. Arbetet pågår till mitten av december.',
              '<p class="normal">Den första sträckan går mellan Sätra centrum och Sätraskolan, den andra längs Norra Sätravägen. Under byggtiden leds gång- och cykeltrafiken om. Busshållplatsen Sätra centrum flyttas tillfälligt 40 meter norrut.</p>'),
    N_KF: ('2025-06-17', '17 juni 2025', 'Kommunfullmäktige tillför 10 miljoner kronor till sociala investeringsfonden',
           'Kommunfullmäktige beslutade på måndagen att föra över 10 miljoner kronor av förra årets överskott till sociala investeringsfonden.',
           f'''<p class="normal">Fonden inrättades 2016 med 30 miljoner kronor. Sedan dess har 14 investeringar fått pengar, och sex av dem har blivit en del av den ordinarie verksamheten.</p>
<p class="normal">– Vi ser att det lönar sig att satsa tidigt, både för människorna det gäller och för kommunens ekonomi, säger kommunstyrelsens ordförande.</p>
<p class="normal">Med beslutet finns omkring 12 miljoner kronor att söka i nästa ansökningsomgång, som öppnar i oktober.</p>
<p class="normal">Läs mer om fonden: <a href="https://{H}{EDIT_FUND}">https://{H}{EDIT_FUND}</a></p>'''),
    N_BAD: ('2025-05-28', '28 maj 2025', 'Sommarens badplatser är klara',
            'Nu är bryggor, sandstränder och toaletter vid kommunens badplatser klara för säsongen.',
            '<p class="normal">Vattenprover tas varannan vecka från midsommar till mitten av augusti. Resultaten anslås vid varje badplats. Kommunen har i år satt upp nya livbojar vid Rörberg och Hemlingby.</p>'),
    N_FORALDER: ('2024-09-10', '10 september 2024', 'Nytt föräldrastöd i Nordost',
                 'Från oktober kan föräldrar i Nordost få stöd i föräldraskapet – i grupp, hembesök eller samtal på familjecentralen.',
                 f'''<p class="normal">Socialförvaltningen startar tillsammans med familjecentralen Nordost ett nytt förebyggande föräldrastöd för familjer med barn upp till tolv år. Stödet finansieras ur kommunens sociala investeringsfond under tre år.</p>
<p class="normal">Föräldrar kan själva höra av sig, eller få tips om stödet via förskolan, skolan eller barnavårdscentralen. Det kostar ingenting.</p>
<p class="normal"><a href="{A5}">Läs mer om Föräldraskap i fokus – Nordost</a></p>'''),
    N_UVA: ('2024-08-27', '27 augusti 2024', 'Unga vuxna i arbete summerar tre år',
            'När Unga vuxna i arbete nu avslutas har 142 unga vuxna deltagit. 81 av dem har gått vidare till jobb eller studier.',
            f'''<p class="normal">Arbetssättet med personliga coacher och praktikplatser hos lokala företag blir nu en del av arbetsmarknadsavdelningens ordinarie arbete.</p>
<p class="normal"><a href="{A4_OLD}">Läs mer om Unga vuxna i arbete</a></p>'''),
    N_SNO: ('2024-01-09', '9 januari 2024', 'Så röjer vi snön i vinter',
            'Kommunen plogar gator när det kommit 7 centimeter snö och gång- och cykelvägar vid 4 centimeter.',
            '<p class="normal">Först plogas huvudgator, busshållplatser och vägar till förskolor och skolor. Villagator plogas sist.</p>'),
}


def news_item(p):
    return (p,) + NEWS[p][:2] + (NEWS[p][2], NEWS[p][3])


def news_page(p):
    iso, human, title, lead, body = NEWS[p]
    return page(p, title, [('Nyheter', NYH), (title, p)], text(f'''<p class="gk-date">Publicerad <time datetime="{iso}">{human}</time></p>
{body}''') + f'''
<div class="sv-linklist-portlet sv-portlet gk-share" id="svid12_{sid()}">
  <ul><li><a rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{p}">Dela på Facebook</a></li></ul>
</div>''', template='nyhetsartikel', ingress=lead, modified=iso)


def build():
    P = {}
    T_KP = [('Kommun och politik', KP)]
    T_SH = T_KP + [('Social hållbarhet', SH)]
    T_F = T_SH + [('Sociala investeringsfonden', FUND)]

    # ---------------- start page
    latest = [news_item(p) for p in (N_SKOL, N_CALL, N_CYKEL)]
    P['/'] = page('/', 'Gävle kommun', [], f'''{cards([
        ('Förskola', pg('/forskola-och-skola', 'forskola'), 'Ansök om plats, barnomsorg på obekväm tid'),
        ('Lediga jobb', JOBS, 'Jobba hos oss – Gävles största arbetsgivare'),
        ('Evenemang', EVS, 'Vad händer i Gävle?'),
        ('Träffpunkter för äldre', TRF, 'Gemenskap, aktiviteter och lunch'),
        ('Sophämtning', pg('/bygga-bo-och-miljo', 'avfall'), 'Hämtningsdagar och återvinning')], 'gk-genvagar')}
{text(f"""<p class="normal gk-popular">Många söker efter: <a href="{SEARCH}?query=bygglov">bygglov</a>, <a href="{SEARCH}?query=skolval">skolval</a>, <a href="{SEARCH}?query=lediga+jobb">lediga jobb</a></p>""")}
<h2 class="subheading">Nyheter</h2>
{archive(latest)}
{text(f'<p class="normal"><a href="{NYH}">Fler nyheter</a></p>')}''', template='startsida',
        ingress='Välkommen till Gävle – en stad vid havet med drygt 104 000 invånare.')

    # ---------------- kommun och politik / social hållbarhet
    P[KP] = page(KP, 'Kommun och politik', T_KP, cards([
        ('Kommunfullmäktige', pg('/kommun-och-politik', 'kommunfullmaktige'), 'Sammanträden, ledamöter och protokoll'),
        ('Social hållbarhet', SH, 'Folkhälsa, trygghet och sociala investeringar'),
        ('Budget och årsredovisning', pg('/kommun-och-politik', 'budget-och-arsredovisning'), 'Så används skattepengarna'),
        ('Jobba hos oss', JOBS, 'Lediga jobb och sommarjobb')]), active=KP,
        ingress='Här finns information om hur kommunen styrs, om ekonomin och om kommunens arbete med social hållbarhet.')

    P[SH] = page(SH, 'Social hållbarhet', T_SH, text(f"""<p class="normal">Gävle ska vara en kommun där alla har samma möjligheter till ett gott liv, oavsett var i kommunen man växer upp. Skillnaderna i hälsa, utbildning och inkomst mellan kommunens olika delar ska minska.</p>
<h2 class="subheading">Så arbetar vi</h2>
<p class="normal">Arbetet leds av kommunstyrelsen och samordnas av en strateg för social hållbarhet. Kommunen samverkar med Region Gävleborg, polisen, Högskolan i Gävle och civilsamhället.</p>
<p class="normal">Sedan 2016 har kommunen en fond för sociala investeringar, där förvaltningarna kan söka pengar för att pröva förebyggande arbetssätt.</p>""") + cards([
        ('Sociala investeringsfonden', FUND, 'Pengar för att pröva förebyggande arbetssätt'),
        ('Trygghet och brottsförebyggande arbete', TRYGG, 'Samverkan med polisen, trygghetsvandringar'),
        ('Folkhälsa', FOLK, 'Folkhälsoprogram och statistik')]), active=KP,
        ingress='Social hållbarhet handlar om att alla ska kunna leva ett gott liv, med tillit till varandra och till samhället.')

    P[TRYGG] = page(TRYGG, 'Trygghet och brottsförebyggande arbete', T_SH + [('Trygghet och brottsförebyggande arbete', TRYGG)], text(f"""<p class="normal">Kommunen och polisen har ett gemensamt medborgarlöfte för 2025–2026. Det handlar om att minska otryggheten kring Gävle centralstation och i Sätra centrum, och om att förebygga att unga dras in i kriminalitet.</p>
<h2 class="subheading">Trygghetsvandringar</h2>
<p class="normal">Varje höst gör kommunen trygghetsvandringar tillsammans med boende, fastighetsägare och polisen. Synpunkterna används när gator, parker och belysning ska byggas om.</p>
<h2 class="subheading">Föräldrar på stan</h2>
<p class="normal">Föräldravandringar ordnas fredag och lördag kvällar av föreningen Nattvandrarna i samarbete med fritidsgårdarna.</p>"""), active=KP,
        ingress='Alla ska kunna känna sig trygga i Gävle – hemma, i skolan och på stan.')

    # ---------------- fund section
    P[FUND] = page(FUND, 'Sociala investeringsfonden', T_F, text(f"""<p class="normal">Kommunfullmäktige inrättade sociala investeringsfonden 2016 med 30 miljoner kronor. I juni 2025 tillfördes ytterligare 10 miljoner kronor.</p>
<p class="normal">En social investering är en förebyggande insats som görs i dag för att undvika större problem – och kostnader – längre fram. Fonden ger förvaltningarna möjlighet att pröva nya arbetssätt under en begränsad tid. Om arbetssättet fungerar ska det bli en del av den ordinarie verksamheten.</p>
<h2 class="subheading">Vem kan söka?</h2>
<p class="normal">Kommunens förvaltningar och helägda bolag kan söka, gärna tillsammans med varandra eller med föreningar, regionen eller andra myndigheter.</p>
<h2 class="subheading">Fonden i siffror</h2>
<ul>
<li>14 investeringar har fått medel sedan 2016</li>
<li>6 har blivit ordinarie verksamhet</li>
<li>Omkring 12 miljoner kronor finns att söka 2026</li>
</ul>""") + cards([
        ('Pågående investeringar', PAG, 'De investeringar som pågår just nu'),
        ('Avslutade investeringar', AVS, 'Resultat och lärdomar'),
        ('Ansök om medel', SOK, 'Så går ansökan till'),
        ('Regler för fonden', REGL, 'Villkor, kriterier och återbetalning'),
        ('Uppföljning och resultat', UPP, 'Så följer vi upp investeringarna')]) + box('Kontakt', '''<p class="normal">Strateg för social hållbarhet<br>Kommunledningskontoret<br>026-17 80 00 (kontaktcenter)</p>''', 'kontakt'),
        active=KP, side=fund_menu(FUND),
        ingress='Ur sociala investeringsfonden kan förvaltningarna få pengar för att pröva förebyggande arbetssätt som ger bättre liv för invånarna och lägre kostnader på sikt.')

    P[SOK] = page(SOK, 'Ansök om medel', T_F + [('Ansök om medel', SOK)], text(f"""<p class="normal">Det finns två ansökningsomgångar per år. Sista dag att söka är den 31 januari och den 30 september.</p>
<h2 class="subheading">Så går ansökan till</h2>
<ol>
<li>Kontakta strategen för social hållbarhet och berätta om er idé.</li>
<li>Fyll i ansökningsmallen och kostnadskalkylen. Ansökan ska vara förankrad hos förvaltningschefen.</li>
<li>Beredningsgruppen bedömer ansökan och kan be om kompletteringar.</li>
<li>Kommunstyrelsens arbetsutskott beslutar inom åtta veckor efter sista ansökningsdag.</li>
</ol>
<h2 class="subheading">Mallar</h2>
<ul>
<li><a href="/download/18.{hexid('gavle-mall-ansokan')}/1706612345678/ansokan-sociala-investeringsfonden.docx">Ansökningsmall (Word)</a></li>
<li><a href="/download/18.{hexid('gavle-mall-kalkyl')}/1706612345690/kostnadskalkyl-sociala-investeringar.xlsx">Kostnadskalkyl (Excel)</a></li>
</ul>"""), active=KP, side=fund_menu(SOK),
        ingress='Här kan du läsa om hur förvaltningarna söker pengar ur sociala investeringsfonden.')

    P[REGL] = page(REGL, 'Regler för fonden', T_F + [('Regler för fonden', REGL)], text("""<p class="normal">Kommunfullmäktige har beslutat om regler för sociala investeringsfonden (senast reviderade 2023).</p>
<h2 class="subheading">Kriterier</h2>
<ul>
<li>Investeringen ska vara förebyggande och rikta sig till en tydlig målgrupp.</li>
<li>Den ska bygga på kunskap om vad som fungerar och ha en plan för uppföljning.</li>
<li>Den ska pågå i högst tre år och få högst 5 miljoner kronor ur fonden.</li>
<li>Den ska kunna leda till minskade kostnader för kommunen eller samhället.</li>
</ul>
<h2 class="subheading">Återbetalning</h2>
<p class="normal">När en investering ger lägre kostnader ska förvaltningen betala tillbaka halva den beräknade besparingen till fonden, dock högst det belopp som har beviljats. Återbetalningen sker under de tre år som följer efter att investeringen har avslutats.</p>"""),
        active=KP, side=fund_menu(REGL), ingress='Reglerna beskriver vad som kan få pengar ur fonden och hur pengarna ska betalas tillbaka.')

    P[UPP] = page(UPP, 'Uppföljning och resultat', T_F + [('Uppföljning och resultat', UPP)], text("""<p class="normal">Varje investering följs upp två gånger per år och utvärderas när den har avslutats. Högskolan i Gävle bistår med utvärderingarna.</p>
<h2 class="subheading">Fonden år för år</h2>
<table class="sv-table gk-table">
<caption>Beviljade och återbetalda medel, miljoner kronor</caption>
<thead><tr><th scope="col">År</th><th scope="col">Antal nya investeringar</th><th scope="col">Beviljat</th><th scope="col">Återbetalt</th></tr></thead>
<tbody>
<tr><td>2021</td><td>2</td><td>7,1</td><td>0,4</td></tr>
<tr><td>2022</td><td>1</td><td>2,2</td><td>0,9</td></tr>
<tr><td>2023</td><td>2</td><td>6,0</td><td>1,1</td></tr>
<tr><td>2024</td><td>3</td><td>8,3</td><td>1,6</td></tr>
<tr><td>2025</td><td>2</td><td>4,5</td><td>2,0</td></tr>
</tbody>
</table>
<h2 class="subheading">Lärdomar</h2>
<p class="normal">Utvärderingarna visar att investeringar som har en tydlig mottagare i den ordinarie verksamheten från början oftare lever vidare. Det är också viktigt att räkna på kostnaderna på samma sätt före och efter.</p>"""),
        active=KP, side=fund_menu(UPP), ingress='Så följer kommunen upp de sociala investeringarna.')

    P[PAG] = page(PAG, 'Pågående investeringar', T_F + [('Pågående investeringar', PAG)], text(f"""<p class="normal">Här är de sociala investeringar som pågår just nu.</p>
<table class="sv-table gk-table">
<thead><tr><th scope="col">Investering</th><th scope="col">Förvaltning</th><th scope="col">Period</th><th scope="col">Beviljat (kr)</th></tr></thead>
<tbody>
<tr><td><a href="{A1}">Språkrik förskola i Andersberg</a></td><td>Utbildningsförvaltningen</td><td>2025–2028</td><td>3 400 000</td></tr>
<tr><td><a href="{DEAD_MOBIL}">Mobil fritidsgård i Sörby</a></td><td>Kultur och fritid</td><td>2025–2027</td><td>1 100 000</td></tr>
<tr><td>Aktiv senior i Hille</td><td>Omsorgsförvaltningen</td><td>2025–2027</td><td>1 150 000</td></tr>
<tr><td>Föräldraskap i fokus – Nordost</td><td>Socialförvaltningen</td><td>2024–2027</td><td>2 750 000</td></tr>
<tr><td>Skolnärvaroteamet</td><td>Utbildningsförvaltningen och socialförvaltningen</td><td>2024–2026</td><td>4 200 000</td></tr>
</tbody>
</table>"""), active=KP, side=fund_menu(PAG), ingress='Fem investeringar pågår under 2025.')

    P[AVS] = page(AVS, 'Avslutade investeringar', T_F + [('Avslutade investeringar', AVS)], text(f"""<p class="normal">De här investeringarna har avslutats. Flera av arbetssätten lever vidare i den ordinarie verksamheten.</p>
<table class="sv-table gk-table">
<thead><tr><th scope="col">Investering</th><th scope="col">Period</th><th scope="col">Resultat</th></tr></thead>
<tbody>
<tr><td><a href="{A4_OLD}">Unga vuxna i arbete</a></td><td>2021–2024</td><td>Ordinarie verksamhet från hösten 2024</td></tr>
<tr><td>Läxhjälp i Andersberg</td><td>2019–2022</td><td>Ordinarie verksamhet på biblioteket</td></tr>
<tr><td>Seniorgympa på distans</td><td>2020–2022</td><td>Avslutad</td></tr>
</tbody>
</table>"""), active=KP, side=fund_menu(AVS), ingress='Här finns investeringar som har avslutats.')

    P[A1] = page(A1, 'Språkrik förskola i Andersberg', T_F + [('Pågående investeringar', PAG), ('Språkrik förskola i Andersberg', A1)],
                 text("""<p class="normal">I Andersberg har många barn ett annat modersmål än svenska, och en stor del av barnen börjar förskoleklass med ett begränsat svenskt ordförråd. Projektet ska ge alla barn en bättre språklig grund innan de börjar skolan.</p>
<h2 class="subheading">Så arbetar vi</h2>
<p class="normal">Två språkpedagoger arbetar tillsammans med personalen på de fyra förskolorna i Andersberg. Varje vecka har barnen högläsning och språklekar i små grupper, och en gång i månaden bjuds föräldrarna in till språkcafé på biblioteket. Barnavårdscentralen delar ut bokpåsar till alla familjer vid tvåårsbesöket.</p>
<h2 class="subheading">Uppföljning</h2>
<p class="normal">Barnens språkutveckling följs med samma kartläggning varje termin. Högskolan i Gävle gör en utvärdering när projektet avslutas.</p>""") +
                 box('Fakta om investeringen', """<ul>
<li><strong>Period:</strong> augusti 2025 – juli 2028</li>
<li><strong>Beviljat belopp:</strong> 3 400 000 kronor ur sociala investeringsfonden</li>
<li><strong>Ansvarig:</strong> Utbildningsförvaltningen, förskoleområde Andersberg</li>
<li><strong>Samverkan:</strong> Biblioteket Andersberg och barnavårdscentralen i Andersberg (Region Gävleborg)</li>
<li><strong>Målgrupp:</strong> barn 1–5 år i förskolorna i Andersberg och deras vårdnadshavare</li>
</ul>"""), active=KP, side=fund_menu(A1),
                 ingress='Språkrik förskola i Andersberg är en social investering för att stärka språket hos de yngsta barnen.')

    # moved page: a Sitevision redirect page saved as an HTML stub (no <a>)
    P[A4_OLD] = f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="UTF-8">
<title>Unga vuxna i arbete - Gävle kommun</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={A4}">
</head>
<body class="sv-responsive">
</body>
</html>
'''

    # ---------------- schools
    P[FS] = page(FS, 'Förskola och skola', [('Förskola och skola', FS)], cards([
        ('Förskola', pg('/forskola-och-skola', 'forskola'), 'Ansök om plats'),
        ('Grundskola', GRS, 'Skolval, skolskjuts och elevhälsa'),
        ('Gymnasieskola', pg('/forskola-och-skola', 'gymnasieskola'), 'Program och antagning')]), active=FS,
        ingress='Förskola, grundskola, gymnasium och vuxenutbildning i Gävle kommun.')
    P[GRS] = page(GRS, 'Grundskola', [('Förskola och skola', FS), ('Grundskola', GRS)], cards([
        ('Skolval', pg('/forskola-och-skola/grundskola', 'skolval'), 'Välj skola inför hösten'),
        ('Elevhälsa', EH, 'Skolsköterska, kurator och psykolog'),
        ('Skolskjuts', pg('/forskola-och-skola/grundskola', 'skolskjuts'), 'Vem har rätt till skolskjuts?')]), active=FS,
        ingress='Alla barn mellan 6 och 16 år går i grundskolan.')
    P[EH] = page(EH, 'Elevhälsa', [('Förskola och skola', FS), ('Grundskola', GRS), ('Elevhälsa', EH)], text("""<p class="normal">På varje skola finns ett elevhälsoteam med skolsköterska, skolläkare, kurator, psykolog och specialpedagog. Elevhälsan arbetar främst förebyggande och hälsofrämjande.</p>
<h2 class="subheading">Om ditt barn inte vill gå till skolan</h2>
<p class="normal">Kontakta mentor eller rektor så tidigt som möjligt. Skolan utreder frånvaron och kan ta hjälp av skolnärvaroteamet, som arbetar med elever i årskurs 4–9.</p>
<h2 class="subheading">Skolhälsovård</h2>
<p class="normal">Alla elever erbjuds hälsobesök hos skolsköterskan i förskoleklass, årskurs 2, 4, 6 och 8.</p>"""), active=FS,
        ingress='Elevhälsan ska hjälpa alla elever att må bra och nå målen i skolan.')
    P[A2] = page(A2, 'Skolnärvaroteamet', [('Förskola och skola', FS), ('Grundskola', GRS), ('Elevhälsa', EH), ('Skolnärvaroteamet', A2)],
                 text("""<p class="normal">Skolnärvaroteamet arbetar med elever i årskurs 4–9 som har hög frånvaro från skolan, och med deras familjer. Teamet består av en socialsekreterare, en skolkurator och två elevcoacher.</p>
<p class="normal">Skolnärvaroteamet är en social investering. Arbetet finansieras med 4 200 000 kronor ur kommunens sociala investeringsfond och pågår från januari 2024 till december 2026. Under tiden prövar utbildningsförvaltningen och socialförvaltningen om ett gemensamt team kan vända frånvaron tidigare än i dag.</p>
<h2 class="subheading">Så arbetar teamet</h2>
<ul>
<li>Skolan anmäler frånvaron när en elev har varit borta mer än 15 procent under en månad.</li>
<li>Teamet träffar eleven och familjen inom två veckor och gör en plan tillsammans med skolan.</li>
<li>Elevcoacherna kan följa eleven till skolan och finns med under skoldagen i början.</li>
</ul>
<h2 class="subheading">Uppföljning</h2>
<p class="normal">Högskolan i Gävle följer upp elevernas närvaro och betyg. Efter 2026 ska kommunstyrelsen ta ställning till om teamet ska bli en del av den ordinarie elevhälsan.</p>
<p class="normal"><strong>Ansvarig:</strong> Utbildningsförvaltningen, centrala elevhälsan, i samverkan med socialförvaltningen<br><strong>Målgrupp:</strong> elever i årskurs 4–9 med hög frånvaro</p>"""),
                 active=FS, ingress='Skolnärvaroteamet hjälper elever som har varit borta länge tillbaka till skolan.')

    # ---------------- omsorg och stöd
    P[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], cards([
        ('Äldre', ALD, 'Hemtjänst, träffpunkter och boenden'),
        ('Barn och familj', BOF, 'Stöd till föräldrar och barn'),
        ('Ekonomiskt bistånd', pg('/omsorg-och-stod', 'ekonomiskt-bistand'), 'Försörjningsstöd')]), active=OS,
        ingress='Stöd och omsorg för dig som behöver hjälp i vardagen.')
    P[ALD] = page(ALD, 'Äldre', [('Omsorg och stöd', OS), ('Äldre', ALD)], cards([
        ('Hemtjänst', pg('/omsorg-och-stod/aldre', 'hemtjanst'), 'Hjälp i hemmet'),
        ('Träffpunkter', TRF, 'Gemenskap och aktiviteter'),
        ('Särskilt boende', pg('/omsorg-och-stod/aldre', 'sarskilt-boende'), 'Ansök om plats')]), active=OS,
        ingress='Stöd för dig som är äldre och för dig som är anhörig.')
    P[TRF] = page(TRF, 'Träffpunkter', [('Omsorg och stöd', OS), ('Äldre', ALD), ('Träffpunkter', TRF)], text("""<p class="normal">På kommunens träffpunkter kan du som är 65 år eller äldre fika, äta lunch, träna och träffa andra. Du behöver inte anmäla dig och det kostar inget att komma.</p>
<table class="sv-table gk-table">
<thead><tr><th scope="col">Träffpunkt</th><th scope="col">Adress</th><th scope="col">Öppet</th></tr></thead>
<tbody>
<tr><td>Träffpunkt Brynäs</td><td>Brynäsgatan 12</td><td>Mån–fre 9–15</td></tr>
<tr><td>Träffpunkt Sätra</td><td>Sätra centrum</td><td>Mån–tor 9–15</td></tr>
<tr><td>Träffpunkt Hille</td><td>Hillevägen 4</td><td>Tis och tor 10–14</td></tr>
</tbody>
</table>""") + links('Relaterat', [('Aktiv senior i Hille', A3), ('Hemtjänst', pg('/omsorg-och-stod/aldre', 'hemtjanst'))]),
        active=OS, ingress='Träffpunkterna är öppna mötesplatser för dig som är 65 år eller äldre.')
    P[A3] = page(A3, 'Aktiv senior i Hille', [('Omsorg och stöd', OS), ('Äldre', ALD), ('Träffpunkter', TRF), ('Aktiv senior i Hille', A3)],
                 text("""<p class="normal">I Hille bor många äldre ensamma och långt från kommunens träffpunkter i stan. Aktiv senior i Hille ska minska ensamheten och förebygga fallolyckor genom träning, gemenskap och hembesök.</p>
<p class="normal">Projektet startade i mars 2025 och pågår till och med februari 2027. Omsorgsförvaltningen har fått 1 150 000 kronor ur kommunens sociala investeringsfond för att pröva arbetssättet.</p>
<h2 class="subheading">Vad händer?</h2>
<ul>
<li>Balansträning två gånger i veckan i Hille IK:s klubbstuga, med en fysioterapeut.</li>
<li>Förebyggande hembesök hos alla som fyller 75 år under projekttiden.</li>
<li>Gemensam lunch varje torsdag på Träffpunkt Hille, ordnad tillsammans med PRO Hille.</li>
</ul>
<h2 class="subheading">Vem kan delta?</h2>
<p class="normal">Alla som är 70 år eller äldre och bor i Hille, Forsbacka eller Sörby urfjäll.</p>"""),
                 active=OS, ingress='Träning, gemenskap och hembesök för äldre i Hille.')
    P[BOF] = page(BOF, 'Barn och familj', [('Omsorg och stöd', OS), ('Barn och familj', BOF)], text("""<p class="normal">Alla föräldrar behöver ibland stöd. Kommunen erbjuder föräldrakurser, samtal och familjebehandling. Stödet är gratis.</p>
<h2 class="subheading">Familjecentraler</h2>
<p class="normal">På familjecentralerna i Nordost, Sätra och Andersberg finns barnavårdscentral, öppen förskola, mödrahälsovård och socialtjänstens förebyggande verksamhet under samma tak.</p>
<h2 class="subheading">Föräldrakurser</h2>
<p class="normal">Kommunen erbjuder föräldrakurserna ABC och Älskade förbannade tonåren flera gånger per år. Anmälan görs till familjecentralen.</p>"""), active=OS,
        ingress='Stöd för dig som är förälder och för barn och unga.')
    P[A5] = page(A5, 'Föräldraskap i fokus – Nordost', [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Föräldraskap i fokus – Nordost', A5)],
                 text("""<p class="normal">Föräldraskap i fokus är ett förebyggande föräldrastöd för familjer i Nordost med barn mellan 0 och 12 år. Satsningen ska nå föräldrar som sällan söker stöd själva, innan problemen har hunnit växa.</p>
<h2 class="subheading">Tre sätt att få stöd</h2>
<p class="normal">Föräldrar kan välja mellan föräldragrupper på arabiska, somaliska och svenska, hembesök av en familjebehandlare eller enskilda samtal på familjecentralen Nordost.</p>""") +
                 box('Kort om satsningen', """<p class="normal"><strong>Projekttid:</strong> oktober 2024 – september 2027<br>
<strong>Budget:</strong> 2 750 000 kronor ur sociala investeringsfonden<br>
<strong>Projektägare:</strong> Socialförvaltningen, individ- och familjeomsorgen<br>
<strong>Samverkanspartner:</strong> Familjecentralen Nordost, Region Gävleborg<br>
<strong>Målgrupp:</strong> föräldrar till barn 0–12 år i Nordost</p>"""),
                 active=OS, ingress='Stöd i föräldraskapet för familjer i Nordost.')

    # ---------------- arbete
    P[ARB] = page(ARB, 'Arbete och vuxenutbildning', [('Arbete och vuxenutbildning', ARB)], cards([
        ('Arbetsmarknad', ARBM, 'Stöd för att komma i arbete'),
        ('Vuxenutbildning', pg('/arbete-och-vuxenutbildning', 'vuxenutbildning'), 'Komvux och SFI')]), active=ARB,
        ingress='Stöd till arbete och studier för dig som är vuxen.')
    P[ARBM] = page(ARBM, 'Arbetsmarknad', [('Arbete och vuxenutbildning', ARB), ('Arbetsmarknad', ARBM)], text("""<p class="normal">Arbetsmarknadsavdelningen hjälper dig som står långt från arbetsmarknaden att hitta arbete eller börja studera. Du får en egen handledare och kan prova på arbete genom praktik eller en anställning med stöd.</p>
<h2 class="subheading">Unga vuxna</h2>
<p class="normal">Är du mellan 18 och 29 år och varken arbetar eller studerar? Då kan du få en coach som hjälper dig vidare. Kontakta arbetsmarknadsavdelningen på 026-17 80 00.</p>"""), active=ARB,
        ingress='Kommunens stöd för dig som vill komma i arbete.')
    P[A4] = page(A4, 'Unga vuxna i arbete', [('Arbete och vuxenutbildning', ARB), ('Arbetsmarknad', ARBM), ('Unga vuxna i arbete', A4)],
                 text("""<p class="normal"><strong>Projektet är avslutat.</strong></p>
<p class="normal">Unga vuxna i arbete var en social investering för unga vuxna mellan 18 och 29 år som varken arbetade eller studerade. Projektet pågick från september 2021 till augusti 2024 och finansierades med 5 600 000 kronor ur kommunens sociala investeringsfond.</p>
<h2 class="subheading">Så arbetade projektet</h2>
<p class="normal">Varje deltagare fick en personlig coach och en plan. Coacherna ordnade praktikplatser hos ett fyrtiotal lokala företag och följde med de första dagarna. Arbetet drevs av arbetsmarknadsavdelningen tillsammans med Arbetsförmedlingen och socialförvaltningen.</p>
<h2 class="subheading">Resultat</h2>
<p class="normal">142 unga vuxna deltog. 81 av dem gick vidare till arbete eller studier, och kostnaderna för ekonomiskt bistånd i gruppen minskade med drygt 3 miljoner kronor per år. Sedan hösten 2024 är arbetssättet en del av arbetsmarknadsavdelningens ordinarie arbete.</p>"""),
                 active=ARB, ingress='Ett avslutat projekt för unga vuxna som varken arbetade eller studerade.')

    # ---------------- uppleva och göra / events
    P[UG] = page(UG, 'Uppleva och göra', [('Uppleva och göra', UG)], cards([
        ('Evenemang', EVS, 'Vad händer i Gävle?'),
        ('Bibliotek', pg('/uppleva-och-gora', 'bibliotek'), 'Öppettider och program'),
        ('Idrott och motion', pg('/uppleva-och-gora', 'idrott-och-motion'), 'Simhallar, spår och idrottsplatser')]), active=UG,
        ingress='Kultur, idrott och friluftsliv i Gävle.')
    P[EVS] = page(EVS, 'Evenemang', [('Uppleva och göra', UG), ('Evenemang', EVS)], text(f"""<p class="normal">Här är några av höstens evenemang. Alla evenemang finns i <a href="{CAL}">evenemangskalendern</a>.</p>
<ul>
<li><a href="{EV}">Frukostseminarium om sociala investeringar</a> – 20 november</li>
<li><a href="{pg('/uppleva-och-gora/evenemang', 'julmarknad-pa-radhustorget')}">Julmarknad på Rådhustorget</a> – 13–14 december</li>
</ul>
<p class="normal">Visa dag: <a href="{CAL_DAYS[0]}">20 november</a> | <a href="{CAL_DAYS[1]}">21 november</a></p>"""), active=UG,
        ingress='Konserter, föreläsningar, marknader och mycket mer.')
    P[EV] = page(EV, 'Frukostseminarium om sociala investeringar', [('Uppleva och göra', UG), ('Evenemang', EVS), ('Frukostseminarium om sociala investeringar', EV)],
                 text(f"""<p class="normal">Hur kan kommunen arbeta mer förebyggande – och hur vet vi att det lönar sig? Välkommen till ett frukostseminarium om sociala investeringar, med exempel från Gävle och andra kommuner.</p>
<table class="sv-table gk-facts">
<tr><th scope="row">Datum</th><td>20 november 2025</td></tr>
<tr><th scope="row">Tid</th><td>07.30–09.30, frukost från 07.15</td></tr>
<tr><th scope="row">Plats</th><td>Stadshuset, Rådhussalen, Drottninggatan 22</td></tr>
<tr><th scope="row">Kostnad</th><td>Gratis</td></tr>
<tr><th scope="row">Sista anmälningsdag</th><td>13 november</td></tr>
<tr><th scope="row">Arrangör</th><td>Gävle kommun och Högskolan i Gävle</td></tr>
</table>
<h2 class="subheading">Program</h2>
<p class="normal">07.30 Välkommen. 07.45 Vad är en social investering? 08.30 Exempel från förskola och skola. 09.15 Frågor.</p>
<p class="normal"><a href="https://gavle.trippus.net/frukostseminarium-sociala-investeringar">Anmäl dig här</a>. Läs mer om <a href="{FUND}">sociala investeringsfonden</a>.</p>"""),
                 active=UG, template='evenemang', ingress='Ett seminarium om förebyggande arbete och sociala investeringar.')

    # ---------------- jobs
    P[JOBS] = page(JOBS, 'Jobba hos oss', [('Jobba hos oss', JOBS)], text(f"""<p class="normal">Gävle kommun har omkring 7 000 medarbetare i fler än 300 yrken.</p>
<h2 class="subheading">Lediga jobb</h2>
<ul>
<li><a href="{JOB}">Utvecklingsledare med inriktning sociala investeringar</a></li>
<li><a href="{pg('/jobba-hos-oss/lediga-jobb', 'forskollarare-andersberg')}">Förskollärare till Andersberg</a></li>
<li><a href="https://gavle.varbi.com/">Alla lediga jobb</a></li>
</ul>"""), ingress='Gör skillnad för Gävleborna – varje dag.')
    P[JOB] = page(JOB, 'Utvecklingsledare med inriktning sociala investeringar', [('Jobba hos oss', JOBS), ('Utvecklingsledare med inriktning sociala investeringar', JOB)],
                  text("""<p class="normal">Vill du vara med och utveckla kommunens förebyggande arbete? Vi söker en utvecklingsledare som ska stödja förvaltningarna i arbetet med sociala investeringar.</p>
<h2 class="subheading">Om tjänsten</h2>
<p class="normal">Du handleder förvaltningarna när de tar fram ansökningar, följer upp pågående investeringar som Språkrik förskola i Andersberg och Skolnärvaroteamet, och räknar på kostnader och effekter tillsammans med Högskolan i Gävle.</p>
<h2 class="subheading">Kvalifikationer</h2>
<p class="normal">Du har en akademisk examen inom samhällsvetenskap, ekonomi eller folkhälsa och erfarenhet av uppföljning och analys.</p>
<p class="normal"><strong>Anställningsform:</strong> Tillsvidareanställning<br><strong>Omfattning:</strong> Heltid<br><strong>Tillträde:</strong> Enligt överenskommelse<br><strong>Sista ansökningsdag:</strong> 2025-11-30</p>
<p class="normal"><a href="https://gavle.varbi.com/what:job/jobID:812345/">Ansök via Varbi</a></p>"""),
                  template='jobbannons', ingress='Kommunledningskontoret söker en utvecklingsledare.')

    # ---------------- news lists
    P[NYH] = page(NYH, 'Nyheter', [('Nyheter', NYH)], archive([news_item(p) for p in (N_SKOL, N_CALL, N_CYKEL, N_KF, N_BAD)],
        pager=f'<p class="gk-pager"><span class="gk-pager__current">1</span> <a href="?sv.url={NEWS_ARCHIVE_PORTLET}&amp;state=cGFnZT0y">2</a> <a href="?sv.url={NEWS_ARCHIVE_PORTLET}&amp;state=cGFnZT0y" rel="next">Nästa sida</a></p>') +
        f'''<div class="sv-linklist-portlet sv-portlet gk-filter" id="svid12_{sid()}">
  <h2 class="subheading">Visa nyheter om</h2>
  <ul><li><a href="?sv.target={NEWS_ARCHIVE_PORTLET}&amp;sv.{NEWS_ARCHIVE_PORTLET}.route=/kategori/social-hallbarhet" rel="nofollow">Social hållbarhet</a></li></ul>
</div>''' + links('Arkiv', [('Nyhetsarkiv 2024', ARK24), ('Nyhetsarkiv 2023', ARK23)], 'gk-archive-links'),
        template='nyhetslista', ingress='Nyheter från Gävle kommun.')
    P[ARK24] = page(ARK24, 'Nyhetsarkiv 2024', [('Nyheter', NYH), ('Nyhetsarkiv 2024', ARK24)],
                    archive([news_item(p) for p in (N_FORALDER, N_UVA, N_SNO)],
                            pager=f'<p class="gk-pager"><span class="gk-pager__current">1</span> <a href="?sv.url={portlet("nyhetsarkiv-2024")}&amp;state=cGFnZT0y">2</a></p>'),
                    template='nyhetslista', ingress='Nyheter som publicerades under 2024.')
    for p in NEWS:
        P[p] = news_page(p)

    # ---------------- furniture
    P[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], text("""<p class="normal">Kontaktcenter svarar på frågor om kommunens verksamheter vardagar kl. 8–17.</p>
<p class="normal">Telefon: 026-17 80 00<br>E-post: kontaktcenter@gavle.se<br>Besöksadress: Stortorget 1</p>"""), ingress='Så når du Gävle kommun.')
    P[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)], text("""<p class="normal">Gävle kommun använder kakor (cookies) för att webbplatsen ska fungera och för att få statistik över hur den används.</p>
<table class="sv-table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
<tbody><tr><td>JSESSIONID</td><td>Håller ihop ditt besök</td><td>Sessionen</td></tr><tr><td>_pk_id</td><td>Besöksstatistik (Matomo)</td><td>13 månader</td></tr></tbody></table>"""),
        ingress='Information om kakor på gavle.se.')
    P[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', KAKOR), ('Tillgänglighetsredogörelse', TILLG)], text("""<p class="normal">Gävle kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2 class="subheading">Kända brister</h2>
<p class="normal">Vissa äldre pdf-dokument är inte tillgänglighetsanpassade. Vi arbetar med att ersätta dem.</p>"""),
        ingress='Hur tillgänglig är webbplatsen?')

    for p, html in P.items():
        write(H, p, html)

    write(H, '/robots.txt', f'''# robots.txt för www.gavle.se
User-agent: *
Disallow: /sitevision/
Disallow: /edit/
Disallow: /sok.
Disallow: /*sv.url=
Disallow: /*sv.target=
Disallow: /uppleva-och-gora/evenemang/kalender.
Disallow: /*datum=

Sitemap: https://{H}/sitemap.xml
''')
    smap = ['/', KP, SH, FUND, SOK, REGL, UPP, PAG, AVS, A1, A3, TRYGG, NYH, EVS, JOBS, OS, ALD, TRF, FS, GRS, EH, ARB, ARBM, UG]
    write(H, '/sitemap.xml', sitemap(H, smap, '2025-11-05'))
    return P, smap


if __name__ == '__main__':
    build()
