"""Borlänge kommun (2081, about 53 000 inhabitants; Borlänge, Tjärna Ängar, Kvarnsveden, Jakobsgårdarna, Ornäs,
Torsång, Gylle, Hagalund) on an OLD SITEVISION (3.x era, design from 2013, never rebuilt) – heldout_sites30.

Old Sitevision addresses: the top menu is a folder '/toppmeny/', folder names are the page names run together in lower
case without å/ä/ö or hyphens ('Välfärd och utbildning' -> valfardochutbildning), and every page is
<folder path>/<name>.4.<node id>.html, its children under <folder path>/<name>/…. XHTML 1.0 Transitional, sv-layout
divs with inline widths, sv-text-portlet content with the site's own font classes (rubrik1, ingress, brodtext), files
under /download/18.<id>/… and /webdav/files/…, images under /images/18.<id>/… (none saved). No XML sitemap.

THE FUND'S PAGES ARE UNDER 'Välfärd och utbildning › Social hållbarhet › Sociala investeringsfonden'
(/toppmeny/valfardochutbildning/socialhallbarhet/socialainvesteringsfonden.4.<id>.html and its children). The fund
page and the list of granted investments NAME the projects but do not link them: the project pages are hidden from
the menus ('Visa inte i meny'), and they are linked ONLY from news items in the NEWS ARCHIVE, which shows the current
year and is filtered by year on REAL PATHS (…/nyhetsarkiv/2024.4.<id>.html, a page per year, each listing that year's
items filed under …/nyhetsarkiv/2024/…), and from the site's A–Ö INDEX (/genvagar/a-o.4.<id>.html with a page per
letter, /genvagar/a-o/f.4.<id>.html …). The archive portlet's own year drop-down uses '?sv.12.<id>.route=' query
addresses (forbidden by robots.txt).
"""
from make_common import write, hexid, esc

H = 'www.borlange.se'


def P(folder, name):
    """An old Sitevision page address: <folder>/<name>.4.<node id>.html."""
    return f'{folder}/{name}.4.{hexid("borlange" + folder + "/" + name, 23)}.html'


T = '/toppmeny'
VU_F = T + '/valfardochutbildning'
VU = P(T, 'valfardochutbildning')
SH_F = VU_F + '/socialhallbarhet'
SH = P(VU_F, 'socialhallbarhet')
FD = SH_F + '/socialainvesteringsfonden'
FUND = P(SH_F, 'socialainvesteringsfonden')
SOKA = P(FD, 'sasokerdu')
REGLER = P(FD, 'reglerforfonden')
LIST = P(FD, 'beviljadeinvesteringar')
UTV = P(FD, 'utvarderingavfonden')
B1 = P(FD, 'familjelotstjarnaangar')
B4 = P(FD, 'seniorlyftetornas')
B5 = P(FD, 'foraldraforumjakobsgardarna')
STRAT = P(SH_F, 'strategiforsocialhallbarhet')
BRA = P(SH_F, 'brottsforebyggandearbete')
GS_F = VU_F + '/grundskola'
GS = P(VU_F, 'grundskola')
B2 = P(GS_F, 'laxlyftetkvarnsveden')
SERVICE = P(GS_F, 'skolnarvaroteamet')          # a standing service that began as a social investment
ELEVH = P(GS_F, 'elevhalsa')
SKOLVAL = P(GS_F, 'skolval')
FSK = P(VU_F, 'forskola')
ALDRE = P(VU_F, 'aldreomsorg')
IFO = P(VU_F, 'individochfamilj')
AN_F = T + '/arbeteochnaringsliv'
AN = P(T, 'arbeteochnaringsliv')
AM_F = AN_F + '/arbetsmarknad'
AM = P(AN_F, 'arbetsmarknad')
B3 = P(AM_F, 'ungatillarbete')
FERIE = P(AM_F, 'feriejobb')
JOBBC = P(AM_F, 'jobbcentrum')
LJ_F = AN_F + '/ledigajobb'
LJ = P(AN_F, 'ledigajobb')
JOB = P(LJ_F, 'familjebehandlaretillfamiljelotsen')
KF_F = T + '/kulturochfritid'
KF = P(T, 'kulturochfritid')
EVS = P(KF_F, 'evenemang')
EV = P(KF_F + '/evenemang', 'frukostseminariumsocialainvesteringar')
CAL = P(KF_F, 'evenemangskalender')
CAL_Q = '?dag=2025-11-20'
BIBL = P(KF_F, 'bibliotek')
BM = P(T, 'boochmiljo')
KP = P(T, 'kommunochpolitik')
NP_F = T + '/nyheterochpress'
NA = P(NP_F, 'nyhetsarkiv')
ND = NP_F + '/nyhetsarkiv'
YEARS = [2025, 2024, 2023, 2022, 2021]
YP = {y: P(ND, str(y)) for y in YEARS[1:]}
YP[2025] = NA                                    # the archive's own page shows the current year
G_F = '/genvagar'
AO = P(G_F, 'a-o')
KONTAKT = P(G_F, 'kontaktaoss')
OMW = P(G_F, 'omwebbplatsen')
KAKOR = P(G_F + '/omwebbplatsen', 'kakor')
TILLG = P(G_F + '/omwebbplatsen', 'tillganglighetsredogorelse')
SEARCH = '/sok.4.' + hexid('borlange-sok', 23) + '.html'
SEARCHES = ['?query=bygglov', '?query=skolskjuts', '?query=lediga+jobb']
ARCHIVE_PORTLET = '12.' + hexid('borlange-arkivportlet', 23)
ARCH_Q = {y: f'?sv.{ARCHIVE_PORTLET}.route=/&ar={y}' for y in YEARS}
PRINT = '?sv.print=true'
PRINT_PAGES = [FUND, B1, B2, B5]
EDIT = '/sitevision/edit/4.' + hexid('borlange' + SH_F + '/socialainvesteringsfonden/reglerforfonden', 23)
INTERN = '/intern/socialainvesteringar/beredningsgruppen-protokoll-2025.pdf'


def news(year, slug):
    return P(ND + f'/{year}', slug)


N_B1 = news(2025, 'familjelotsarnaistjarnaangarharkommitigang')
N_CALL = news(2025, 'nukanforvaltningarnasokaursocialainvesteringsfonden')
N_FAG = news(2025, 'nyatervinningscentralifagelmyra')
N_VAL = news(2025, 'vintervaghallningensaplogarvi')
N_B2 = news(2024, 'laxlyftetpakvarnsvedenforlangs')
N_FUND = news(2024, 'kommunfullmaktigetillforfondenfemmiljonerkronor')
N_BAD = news(2024, 'borlangebadhusstangerforrenovering')
N_B4 = news(2023, 'seniorlyftetskabrytaensamhetenornas')
N_SKOLA = news(2023, 'nyaskolskjutsreglerfranhosten')
N_B5 = news(2022, 'foraldraforumijakobsgardarnaavslutas')
N_SERV = news(2022, 'skolnarvaroteametblirordinarieverksamhet')
N_MID = news(2022, 'midsommarfirandeisvenssonsangar')
N_2021 = news(2021, 'nyttbostadsomradeihagalund')

PROJECTS = [B1, B2, B3, B4, B5]
NOT_PROJECTS = [FUND, SOKA, REGLER, UTV, N_CALL, N_FUND, EV, JOB, SERVICE]


def forbidden():
    return ([SEARCH] + [SEARCH + q for q in SEARCHES] + [CAL, CAL + CAL_Q]
            + [NA + ARCH_Q[y] for y in YEARS] + [p + PRINT for p in PRINT_PAGES] + [EDIT, INTERN])


SYS = '/sitevision/system-resource/' + hexid('borlange-sysres', 32)
_c = [0]


def sid():
    _c[0] += 1
    return hexid('borlange-%d' % _c[0], 23)


TOPMENU = [('Välfärd och utbildning', VU), ('Bo och miljö', BM), ('Kultur och fritid', KF),
           ('Arbete och näringsliv', AN), ('Kommun och politik', KP)]


def header(active):
    qid = 'search12_' + sid()
    lis = []
    for name, href in TOPMENU:
        cls = ' class="sv-active"' if href == active else ''
        lis.append(f'<li{cls}><a href="{href}" class="toppmeny">{name}</a></li>')
    return f'''<div class="sv-vertical sv-layout bl-header" id="svid10_{sid()}">
  <div class="sv-horizontal sv-layout" id="svid10_{sid()}">
    <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}" style="float:left">
      <a href="/"><img alt="Borlänge kommun - till startsidan" src="/images/18.{hexid('bl-logo', 23)}/1366795634781/borlange-logo.png" width="214" height="62" class="sv-noborder" /></a>
    </div>
    <div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}" style="float:right">
      <div class="sv-text-portlet-content">
        <p class="verktyg"><a href="http://www.browsealoud.com/se/" rel="nofollow">Lyssna</a> | <a href="{AO}">A–Ö</a> | <a href="{KONTAKT}">Kontakta oss</a> | <a href="{P(G_F, 'inenglish')}" lang="en">In English</a></p>
      </div>
    </div>
    <div class="sv-searchform-portlet sv-portlet" id="svid12_{sid()}" style="float:right">
      <form method="get" action="{SEARCH}" id="searchform">
        <div><label for="{qid}" class="sv-visuallyhidden">Sök</label>
        <input type="text" name="query" id="{qid}" class="sv-searchform-text" value="" size="20" />
        <input type="submit" value="Sök" class="sv-searchform-button" /></div>
      </form>
    </div>
  </div>
  <div class="sv-vertical sv-layout bl-toppmeny" id="svid10_{sid()}">
    <div class="sv-menu-portlet sv-portlet" id="svid12_{sid()}">
      <ul class="sv-defaultlist sv-horizontal-menu">{''.join(lis)}</ul>
    </div>
  </div>
</div>'''


def footer():
    return f'''<div class="sv-vertical sv-layout bl-footer" id="svid10_{sid()}">
  <div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
    <div class="sv-text-portlet-content">
      <p class="sidfot"><strong>Borlänge kommun</strong>, 781 81 Borlänge. Besöksadress: Stadshuset, Röda vägen 50. Telefon: 0243-740 00. E-post: <a href="mailto:borlange.kommun@borlange.se">borlange.kommun@borlange.se</a></p>
      <p class="sidfot"><a href="{OMW}">Om webbplatsen</a> | <a href="{KAKOR}">Kakor</a> | <a href="{TILLG}">Tillgänglighetsredogörelse</a> | <a href="{NA}">Nyheter</a> | <a href="{LJ}">Lediga jobb</a> | <a href="http://www.facebook.com/borlangekommun">Facebook</a></p>
    </div>
  </div>
</div>'''


def crumbs(trail):
    parts = ['<a href="/" class="brodsmula">Startsida</a>']
    for name, href in trail[:-1]:
        parts.append(f'<a href="{href}" class="brodsmula">{name}</a>')
    parts.append(f'<span class="brodsmula-aktiv">{trail[-1][0]}</span>')
    return f'''<div class="sv-breadcrumbs-portlet sv-portlet" id="svid12_{sid()}">
      <p class="brodsmulor">Du är här: {' &gt; '.join(parts)}</p>
    </div>'''


def submenu(parent, items, current):
    """The left column's menu: the parent and its visible children (hidden pages are not shown)."""
    lis = []
    for name, href in items:
        if href == current:
            lis.append(f'<li class="sv-active"><strong>{name}</strong></li>')
        else:
            lis.append(f'<li><a href="{href}" class="undermeny">{name}</a></li>')
    return f'''<div class="sv-menu-portlet sv-portlet bl-undermeny" id="svid12_{sid()}">
        <p class="undermeny-rubrik"><a href="{parent[1]}">{parent[0]}</a></p>
        <ul class="sv-defaultlist">{''.join(lis)}</ul>
      </div>'''


def tools(path, printable):
    pr = f' | <a href="{path}{PRINT}" rel="nofollow">Skriv ut</a>' if printable else ''
    return f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
      <div class="sv-text-portlet-content"><p class="verktyg"><a href="mailto:?subject=Tips&amp;body=http://{H}{path}">Tipsa en vän</a>{pr}</p></div>
    </div>'''


def text(title, ingress, body):
    ing = f'\n        <p class="ingress">{ingress}</p>' if ingress else ''
    return f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h1 class="rubrik1">{title}</h1>{ing}
{body}
      </div>
    </div>'''


def updated(date, who='Webbredaktionen'):
    return f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
      <div class="sv-text-portlet-content"><p class="senastandrad">Sidansvarig: {who}<br />Senast uppdaterad: {date}</p></div>
    </div>'''


def box(heading, inner):
    return f'''<div class="sv-decoration-content bl-ruta" id="svid12_{sid()}">
        <div class="sv-text-portlet sv-use-margins">
          <div class="sv-text-portlet-content">
            <h2 class="rubrik3">{heading}</h2>
{inner}
          </div>
        </div>
      </div>'''


def contact(name, role, phone, mail):
    return box('Kontakt', f'            <p class="brodtext">{name}<br />{role}<br />Telefon: {phone}<br /><a href="mailto:{mail}">{mail}</a></p>')


def page(path, title, main, trail=None, active=None, left='', right='', printable=False, head_extra='', date='2025-10-14'):
    crumb = crumbs(trail) if trail else ''
    left_html = f'''
    <div class="sv-vertical sv-layout bl-vanster" id="svid10_{sid()}" style="float:left;width:200px">
      {left}
    </div>''' if left else ''
    right_html = f'''
    <div class="sv-vertical sv-layout bl-hoger" id="svid10_{sid()}" style="float:left;width:220px">
      {right}
    </div>''' if right else ''
    width = 740 - (200 if left else 0) - (220 if right else 0) + 220
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)} - Borlänge kommun</title>
<meta name="DC.Title" content="{esc(title)}" />
<meta name="DC.Publisher" content="Borlänge kommun" />
<meta name="DC.Date.Modified" content="{date}" />
<meta name="DC.Language" content="sv" />
<link rel="stylesheet" type="text/css" href="{SYS}/css/portlets.css" />
<link rel="stylesheet" type="text/css" href="/webdav/files/borlange2013/css/layout.css" />
<link rel="stylesheet" type="text/css" href="/webdav/files/borlange2013/css/print.css" media="print" />
<script type="text/javascript" src="{SYS}/js/jquery.js"></script>
<script type="text/javascript" src="{SYS}/js/utils.js"></script>
<script type="text/javascript">
//<![CDATA[
var sv = sv || {{}}; sv.PageContext = {{ pageId: '4.{path.split('.4.')[-1][:-5] if '.4.' in path else hexid('bl-start', 23)}', siteName: 'Borlänge kommun' }};
svDocReady(function() {{ sv.initPortlets(); }});
//]]>
</script>{head_extra}
<link rel="shortcut icon" href="/webdav/files/borlange2013/images/favicon.ico" />
</head>
<body>
<div class="sv-layout" id="svid10_{sid()}" style="width:980px;margin:0 auto">
{header(active)}
  <div class="sv-horizontal sv-layout bl-mitt" id="svid10_{sid()}">{left_html}
    <div class="sv-vertical sv-layout bl-innehall" id="svid10_{sid()}" style="float:left;width:{width}px">
    {crumb}
    {tools(path, printable)}
    {main}
    </div>{right_html}
    <div class="sv-clear"></div>
  </div>
{footer()}
</div>
<script type="text/javascript">
//<![CDATA[
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']); _gaq.push(['_trackPageview']);
//]]>
</script>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------------------- menus
VU_ITEMS = [('Förskola', FSK), ('Grundskola', GS), ('Äldreomsorg', ALDRE), ('Individ och familj', IFO),
            ('Social hållbarhet', SH)]
SH_ITEMS = [('Strategi för social hållbarhet', STRAT), ('Sociala investeringsfonden', FUND),
            ('Brottsförebyggande arbete', BRA)]
FUND_ITEMS = [('Så söker du', SOKA), ('Regler för fonden', REGLER), ('Beviljade investeringar', LIST),
              ('Utvärdering av fonden', UTV)]
GS_ITEMS = [('Skolval', SKOLVAL), ('Elevhälsa', ELEVH), ('Skolnärvaroteamet', SERVICE)]
AM_ITEMS = [('Jobbcentrum', JOBBC), ('Feriejobb', FERIE)]
FUND_TRAIL = [('Välfärd och utbildning', VU), ('Social hållbarhet', SH), ('Sociala investeringsfonden', FUND)]


def fund_left(current):
    return submenu(('Sociala investeringsfonden', FUND), FUND_ITEMS, current)


def section(path, title, ingress, items, trail, active, left=''):
    lis = ''.join(f'\n          <li><a href="{h}">{n}</a> – {d}</li>' for n, h, d in items)
    body = f'        <ul class="brodtext">{lis}\n        </ul>'
    return page(path, title, text(title, ingress, body), trail, active, left=left)


# ---------------------------------------------------------------------------------------------------------- pages
def start():
    items = [(N_B1, 'Familjelotsarna i Tjärna Ängar har kommit i gång', '2025-10-21'),
             (N_VAL, 'Vinterväghållningen – så plogar vi', '2025-10-09'),
             (N_CALL, 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-09-02')]
    lis = ''.join(f'\n          <li><span class="datum">{d}</span> <a href="{h}">{t}</a></li>' for h, t, d in items)
    main = f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h1 class="rubrik1">Välkommen till Borlänge kommun</h1>
        <p class="ingress">Här hittar du information om kommunens service till dig som bor, arbetar och verkar i Borlänge.</p>
      </div>
    </div>
    <div class="sv-text-portlet sv-use-margins bl-genvagar" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h2 class="rubrik2">Genvägar</h2>
        <ul class="brodtext">
          <li><a href="{FSK}">Ansök om förskoleplats</a></li>
          <li><a href="{LJ}">Lediga jobb</a></li>
          <li><a href="{EVS}">Evenemang i Borlänge</a></li>
          <li><a href="{P(G_F, 'felanmalan')}">Felanmälan</a></li>
        </ul>
        <h2 class="rubrik2">Populära sökningar</h2>
        <p class="brodtext"><a href="{SEARCH}{SEARCHES[0]}">Bygglov</a> | <a href="{SEARCH}{SEARCHES[1]}">Skolskjuts</a> | <a href="{SEARCH}{SEARCHES[2]}">Lediga jobb</a></p>
      </div>
    </div>
    <div class="sv-archive-portlet sv-portlet bl-nyheter" id="svid12_{sid()}">
      <h2 class="rubrik2">Nyheter</h2>
      <ul class="sv-defaultlist">{lis}
      </ul>
      <p class="brodtext"><a href="{NA}">Fler nyheter i nyhetsarkivet »</a></p>
    </div>'''
    return page('/', 'Startsida', main, date='2025-10-21')


def fund():
    body = '''        <h2 class="rubrik2">Vad är en social investering?</h2>
        <p class="brodtext">En social investering är pengar som satsas i förebyggande arbete i dag för att minska mänskligt lidande och kommunens kostnader i morgon. Det kan handla om att fler barn ska klara skolan, att unga vuxna ska få arbete eller att äldre ska kunna bo kvar hemma längre.</p>
        <h2 class="rubrik2">Om fonden</h2>
        <p class="brodtext">Kommunfullmäktige inrättade sociala investeringsfonden 2016 med 20 miljoner kronor ur kommunens överskott. Fonden fylldes på med 5 miljoner kronor 2024. Förvaltningarna kan söka pengar för att under högst tre år pröva ett nytt arbetssätt. Kommunstyrelsens arbetsutskott beslutar om ansökningarna.</p>
        <h2 class="rubrik2">Investeringar som pågår</h2>
        <p class="brodtext">Just nu pågår fyra investeringar: Familjelots Tjärna Ängar, Läxlyftet Kvarnsveden, Unga till arbete och Seniorlyftet Ornäs. Sammanlagt har fonden finansierat tio investeringar sedan starten. Nyheter om investeringarna finns i <a href="''' + NA + '''">nyhetsarkivet</a>.</p>
        <h2 class="rubrik2">Fonden i siffror</h2>
        <ul class="brodtext">
          <li>Avsatt sedan 2016: 25 000 000 kronor</li>
          <li>Beviljat hittills: 17 350 000 kronor</li>
          <li>Kvar att söka: 7 650 000 kronor</li>
        </ul>'''
    main = text('Sociala investeringsfonden', 'Borlänge kommun har en fond för sociala investeringar. Pengarna går till förebyggande arbete för barn, unga och vuxna.', body)
    main += '\n    ' + updated('2025-09-30', 'Kommunledningskontoret')
    right = contact('Lena Forsberg', 'Utvecklingsstrateg social hållbarhet', '0243-741 36', 'lena.forsberg@borlange.se')
    return page(FUND, 'Sociala investeringsfonden', main, FUND_TRAIL, VU, left=fund_left(FUND), right=right, printable=True)


def soka():
    body = f'''        <h2 class="rubrik2">Vem kan söka?</h2>
        <p class="brodtext">Kommunens förvaltningar kan söka, ensamma eller tillsammans. Föreningar, Region Dalarna och andra myndigheter kan vara med som samarbetsparter men kan inte söka själva.</p>
        <h2 class="rubrik2">När kan man söka?</h2>
        <p class="brodtext">Ansökningar tas emot två gånger om året, senast den 15 mars och den 15 oktober.</p>
        <h2 class="rubrik2">Hur går det till?</h2>
        <ol class="brodtext">
          <li>Ta kontakt med utvecklingsstrategen för social hållbarhet och beskriv idén.</li>
          <li>Fyll i ansökningsmallen och gör en beräkning av kostnader och möjliga besparingar tillsammans med förvaltningens controller.</li>
          <li>Förvaltningschefen skriver under ansökan.</li>
          <li>Beredningsgruppen läser ansökan och lämnar ett förslag till kommunstyrelsens arbetsutskott.</li>
        </ol>
        <h2 class="rubrik2">Hur mycket kan man söka?</h2>
        <p class="brodtext">Högst 3 000 000 kronor per ansökan. Förvaltningen ska själv stå för minst 20 procent av kostnaden.</p>
        <p class="brodtext"><a href="/download/18.{hexid('bl-mall', 23)}/1694000000000/Ans%C3%B6kningsmall%20sociala%20investeringar.docx">Ansökningsmall (Word-dokument, 52 kB)</a></p>'''
    main = text('Så söker du pengar ur fonden', 'Så ansöker en förvaltning om pengar ur sociala investeringsfonden.', body)
    main += '\n    ' + updated('2025-08-19', 'Kommunledningskontoret')
    return page(SOKA, 'Så söker du pengar ur fonden', main, FUND_TRAIL + [('Så söker du', SOKA)], VU, left=fund_left(SOKA))


def regler():
    body = f'''        <p class="brodtext">Reglerna antogs av kommunfullmäktige den 24 maj 2016, § 83, och ändrades senast den 18 juni 2024, § 101.</p>
        <h2 class="rubrik2">1. Syfte</h2>
        <p class="brodtext">Fonden ska ge förvaltningarna möjlighet att pröva förebyggande arbetssätt som ger bättre livsvillkor och på sikt lägre kostnader.</p>
        <h2 class="rubrik2">2. Villkor för en investering</h2>
        <ul class="brodtext">
          <li>Investeringen ska vara förebyggande och rikta sig till en avgränsad grupp.</li>
          <li>Investeringen ska vara tidsbegränsad, högst tre år.</li>
          <li>Investeringen ska ha mätbara mål och en plan för hur den följs upp.</li>
          <li>Förvaltningen ska redovisa hur arbetet kan fortsätta i ordinarie verksamhet om det faller väl ut.</li>
        </ul>
        <h2 class="rubrik2">3. Återföring</h2>
        <p class="brodtext">Hälften av de beräknade besparingarna ska föras tillbaka till fonden under fem år efter att investeringen avslutats.</p>
        <h2 class="rubrik2">4. Beredning</h2>
        <p class="brodtext">Ansökningarna bereds av en grupp med en representant för varje förvaltning. <a href="{INTERN}">Beredningsgruppens protokoll 2025 (för medarbetare)</a></p>'''
    main = text('Regler för sociala investeringsfonden', 'Kommunfullmäktiges regler för hur fondens pengar får användas.', body)
    main += '\n    ' + updated('2024-06-25', 'Kommunledningskontoret')
    return page(REGLER, 'Regler för sociala investeringsfonden', main, FUND_TRAIL + [('Regler för fonden', REGLER)], VU, left=fund_left(REGLER))


LIST_ROWS = [
    ('2025', 'Unga till arbete', 'Arbetsmarknadsförvaltningen', '2 100 000', '2025–2026'),
    ('2024', 'Familjelots Tjärna Ängar', 'Socialförvaltningen', '2 750 000', '2024–2027'),
    ('2023', 'Seniorlyftet Ornäs', 'Vård- och omsorgsförvaltningen', '900 000', '2023–2026'),
    ('2023', 'Läxlyftet Kvarnsveden', 'Barn- och bildningsförvaltningen', '1 200 000', '2023–2026'),
    ('2020', 'Fritidsbanken Hagalund', 'Kultur- och fritidsförvaltningen', '650 000', '2020–2022'),
    ('2019', 'Föräldraforum Jakobsgårdarna', 'Socialförvaltningen', '1 800 000', '2019–2022'),
    ('2018', 'Skolnärvaroteamet', 'Barn- och bildningsförvaltningen', '2 400 000', '2018–2021'),
    ('2017', 'Simskola för alla', 'Kultur- och fritidsförvaltningen', '550 000', '2017–2018'),
]


def listing():
    rows = ''.join(f'\n            <tr><td>{a}</td><td>{b}</td><td>{c}</td><td class="hoger">{d}</td><td>{e}</td></tr>'
                   for a, b, c, d, e in LIST_ROWS)
    body = f'''        <p class="brodtext">Här är de investeringar som kommunstyrelsens arbetsutskott har beviljat pengar ur fonden, de senaste först. Två beviljade investeringar från 2016 och 2017 redovisas i utvärderingen.</p>
        <table class="sv-table bl-tabell" summary="Beviljade sociala investeringar">
          <thead>
            <tr><th>Beslutsår</th><th>Investering</th><th>Förvaltning</th><th>Belopp (kr)</th><th>Period</th></tr>
          </thead>
          <tbody>{rows}
          </tbody>
        </table>
        <p class="brodtext">Mer om investeringarna kan du läsa i <a href="{NA}">nyhetsarkivet</a> och under <a href="{AO}">A–Ö</a>.</p>'''
    main = text('Beviljade investeringar', 'Investeringar som har fått pengar ur sociala investeringsfonden.', body)
    main += '\n    ' + updated('2025-03-12', 'Kommunledningskontoret')
    return page(LIST, 'Beviljade investeringar', main, FUND_TRAIL + [('Beviljade investeringar', LIST)], VU, left=fund_left(LIST))


def utv():
    body = f'''        <p class="brodtext">Högskolan Dalarna har på uppdrag av kommunstyrelsen utvärderat fonden. Utvärderingen omfattar de åtta investeringar som avslutades eller pågick mellan 2016 och 2024.</p>
        <table class="sv-table bl-tabell" summary="Fonden i siffror">
          <thead><tr><th>Period</th><th>Beviljade investeringar</th><th>Beviljat belopp</th></tr></thead>
          <tbody>
            <tr><td>2016–2018</td><td>3</td><td>3 750 000 kr</td></tr>
            <tr><td>2019–2021</td><td>2</td><td>2 450 000 kr</td></tr>
            <tr><td>2022–2024</td><td>3</td><td>4 850 000 kr</td></tr>
          </tbody>
        </table>
        <h2 class="rubrik2">Resultat</h2>
        <ul class="brodtext">
          <li>Fem av åtta investeringar nådde de flesta av sina mål.</li>
          <li>Två arbetssätt har blivit ordinarie verksamhet.</li>
          <li>Beräkningarna av besparingar var ofta för optimistiska.</li>
        </ul>
        <h2 class="rubrik2">Lärdomar</h2>
        <p class="brodtext">Investeringar som tidigt hade en mottagare i den ordinarie verksamheten levde oftare vidare. Utvärderarna föreslår att uppföljningen görs av samma personer under hela perioden.</p>
        <p class="brodtext"><a href="/download/18.{hexid('bl-utv', 23)}/1729000000000/Utv%C3%A4rdering%20sociala%20investeringsfonden%202016-2024.pdf">Utvärdering av sociala investeringsfonden 2016–2024 (pdf, 1,4 MB)</a></p>'''
    main = text('Utvärdering av sociala investeringsfonden 2016–2024', 'Så har fonden fungerat under sina första åtta år.', body)
    main += '\n    ' + updated('2024-11-05', 'Kommunledningskontoret')
    return page(UTV, 'Utvärdering av sociala investeringsfonden 2016–2024', main, FUND_TRAIL + [('Utvärdering av fonden', UTV)], VU, left=fund_left(UTV))


def social_hallbarhet():
    return section(SH, 'Social hållbarhet', 'Borlänge ska vara en kommun där alla har goda och jämlika livsvillkor.', [
        ('Strategi för social hållbarhet', STRAT, 'mål och fokusområden till 2030'),
        ('Sociala investeringsfonden', FUND, 'pengar till förebyggande arbete'),
        ('Brottsförebyggande arbete', BRA, 'trygghetsvandringar och samverkan med polisen')],
        [('Välfärd och utbildning', VU), ('Social hållbarhet', SH)], VU,
        left=submenu(('Social hållbarhet', SH), SH_ITEMS, SH))


# ------------------------------------------------------------------------------------------------------- projects
def b1():
    body = '''        <p class="brodtext">Tjärna Ängar har många barnfamiljer som nyligen har flyttat till Borlänge. Många föräldrar känner inte till förskolan, barnavårdscentralen eller socialtjänstens öppna stöd, och kontakten kommer ofta först när problemen har vuxit.</p>
        <h2 class="rubrik2">Syfte</h2>
        <p class="brodtext">Projektet ska ge föräldrar med små barn en tidig och enkel väg in till stöd, så att färre familjer behöver insatser från socialtjänsten längre fram.</p>
        <h2 class="rubrik2">Så arbetar familjelotsarna</h2>
        <p class="brodtext">Två familjelotsar finns på plats i Tjärna Ängars servicehus tre dagar i veckan. De gör hembesök tillsammans med barnavårdscentralens sjuksköterskor, hjälper föräldrar att söka förskoleplats och bjuder in till föräldraträffar på flera språk.</p>
        <h2 class="rubrik2">Uppföljning</h2>
        <p class="brodtext">Projektet följer hur många familjer som får kontakt med familjelotsarna, hur många barn som börjar förskolan och hur antalet orosanmälningar i området utvecklas.</p>'''
    main = text('Familjelots Tjärna Ängar', 'Familjelots Tjärna Ängar är ett projekt för föräldrar med barn 0–6 år i Tjärna Ängar, finansierat av sociala investeringsfonden.', body)
    main += '\n    ' + updated('2025-10-21', 'Socialförvaltningen')
    right = box('Fakta', '''            <p class="brodtext"><strong>Projekttid:</strong> 1 augusti 2024 – 31 juli 2027</p>
            <p class="brodtext"><strong>Beviljat ur fonden:</strong> 2 750 000 kronor</p>
            <p class="brodtext"><strong>Projektägare:</strong> Socialförvaltningen, individ- och familjeomsorgen</p>
            <p class="brodtext"><strong>Samarbetsparter:</strong> Barn- och bildningsförvaltningen, Region Dalarna (barnavårdscentralen Tjärna Ängar)</p>
            <p class="brodtext"><strong>Målgrupp:</strong> Föräldrar med barn 0–6 år i Tjärna Ängar</p>
            <p class="brodtext"><strong>Personal:</strong> Två familjelotsar på heltid</p>
            <p class="brodtext"><strong>Status:</strong> Pågående</p>''')
    right += '\n      ' + contact('Nadia Karimi', 'Projektledare, socialförvaltningen', '0243-745 12', 'nadia.karimi@borlange.se')
    return page(B1, 'Familjelots Tjärna Ängar', main, FUND_TRAIL + [('Familjelots Tjärna Ängar', B1)], VU,
                left=fund_left(None), right=right, printable=True)


def b2():
    body = '''        <h2 class="rubrik2">Bakgrund</h2>
        <p class="brodtext">På Kvarnsvedens skola når färre elever än i resten av kommunen godkända betyg i alla ämnen i årskurs 9. Många elever saknar någon hemma som kan hjälpa till med läxorna.</p>
        <h2 class="rubrik2">Syfte</h2>
        <p class="brodtext">Syftet med projektet är att fler elever i årskurs 4–9 ska bli behöriga till gymnasiets nationella program.</p>
        <h2 class="rubrik2">Så går det till</h2>
        <p class="brodtext">Läxlyftet har öppet på skolbiblioteket måndag till torsdag klockan 15–18. Två lärare och volontärer från Röda Korset hjälper eleverna med läxor och inför prov. Kvarnsvedens bibliotek håller öppet längre de kvällar läxhjälpen pågår, och det finns alltid mellanmål.</p>
        <h2 class="rubrik2">Tid och pengar</h2>
        <p class="brodtext">Projektet startade i augusti 2023 och pågår till och med juni 2026. Kommunstyrelsens arbetsutskott har beviljat 1 200 000 kronor ur sociala investeringsfonden. Projektet drivs av barn- och bildningsförvaltningen tillsammans med kultur- och fritidsförvaltningen och Röda Korset Borlänge.</p>
        <h2 class="rubrik2">Resultat hittills</h2>
        <p class="brodtext">Läsåret 2024/25 kom i genomsnitt 46 elever i veckan. Andelen behöriga till gymnasiet ökade från 71 till 78 procent.</p>'''
    main = text('Läxlyftet Kvarnsveden', 'Läxhjälp efter skoltid för elever i årskurs 4–9 på Kvarnsvedens skola.', body)
    main += '\n    ' + updated('2025-06-17', 'Barn- och bildningsförvaltningen')
    right = contact('Per Ekman', 'Projektledare, Kvarnsvedens skola', '0243-744 80', 'per.ekman@borlange.se')
    return page(B2, 'Läxlyftet Kvarnsveden', main, [('Välfärd och utbildning', VU), ('Grundskola', GS), ('Läxlyftet Kvarnsveden', B2)], VU,
                left=submenu(('Grundskola', GS), GS_ITEMS, None), right=right, printable=True)


def b3():
    body = '''        <p class="brodtext">Unga till arbete, UTA, är ett projekt för unga mellan 16 och 24 år som varken arbetar eller studerar. Varje deltagare får en egen coach som hjälper till att hitta en väg till jobb eller studier.</p>
        <h2 class="rubrik2">Kort om projektet</h2>
        <ul class="brodtext">
          <li>Syfte: Att fler unga i Borlänge ska börja arbeta eller studera och färre behöva försörjningsstöd.</li>
          <li>Målgrupp: Unga 16–24 år som varken arbetar eller studerar.</li>
          <li>Tid: 1 januari 2025 – 31 december 2026.</li>
          <li>Kostnad: 3 100 000 kronor, varav 2 100 000 kronor ur sociala investeringsfonden och 1 000 000 kronor från Samordningsförbundet Dalarna.</li>
          <li>Projektägare: Arbetsmarknadsförvaltningen.</li>
          <li>Samarbete: Arbetsförmedlingen, Borlänge gymnasieskola och socialförvaltningen.</li>
          <li>Personal: Tre coacher och en studie- och yrkesvägledare.</li>
        </ul>
        <h2 class="rubrik2">Så fungerar det</h2>
        <p class="brodtext">Kommunens aktivitetsansvar kontaktar alla unga under 20 år som har lämnat gymnasiet. Den som vill får träffa en coach på Jobbcentrum, gå en kort introduktion och sedan praktisera, studera på Komvux eller söka jobb med stöd av coachen.</p>
        <h2 class="rubrik2">Så anmäler du dig</h2>
        <p class="brodtext">Ring eller mejla projektet, eller be din handläggare på Arbetsförmedlingen eller socialtjänsten om en kontakt.</p>'''
    main = text('Unga till arbete', 'Coachning, praktik och studier för unga 16–24 år.', body)
    main += '\n    ' + updated('2025-02-03', 'Arbetsmarknadsförvaltningen')
    right = contact('Jonas Lindh', 'Projektledare, Unga till arbete', '0243-746 02', 'jonas.lindh@borlange.se')
    return page(B3, 'Unga till arbete', main, [('Arbete och näringsliv', AN), ('Arbetsmarknad', AM), ('Unga till arbete', B3)], AN,
                left=submenu(('Arbetsmarknad', AM), AM_ITEMS, None), right=right)


def b4():
    body = '''        <p class="brodtext">Seniorlyftet är ett projekt för att bryta ensamhet och förebygga fall bland äldre som bor hemma i Ornäs och Torsång. Projektet pågår från april 2023 till mars 2026 och har fått 900 000 kronor ur kommunens sociala investeringsfond.</p>
        <p class="brodtext">En aktivitetssamordnare på halvtid ordnar träffar två gånger i veckan i Ornäs bygdegård: stolgympa, balansträning, samtalsgrupper och gemensam lunch. Den som inte kan ta sig dit kan få besök av en frivillig seniorvärd.</p>
        <p class="brodtext">Vård- och omsorgsförvaltningen driver Seniorlyftet tillsammans med PRO Ornäs, Svenska kyrkan i Torsång och Ornäs vårdcentral inom Region Dalarna. Alla som är 70 år eller äldre och bor i Ornäs, Torsång eller byarna runt omkring är välkomna. Det kostar ingenting.</p>
        <p class="brodtext">Deltagarna svarar på frågor om ensamhet och fallrisk när de börjar och efter ett år. Förvaltningen följer också hur många i området som söker hemtjänst.</p>'''
    main = text('Seniorlyftet Ornäs', 'Gemenskap och rörelse för dig som är 70 år eller äldre i Ornäs och Torsång.', body)
    main += '\n    ' + updated('2025-04-08', 'Vård- och omsorgsförvaltningen')
    right = contact('Karin Dahl', 'Aktivitetssamordnare, Seniorlyftet', '0243-747 55', 'karin.dahl@borlange.se')
    return page(B4, 'Seniorlyftet Ornäs', main, FUND_TRAIL + [('Seniorlyftet Ornäs', B4)], VU, left=fund_left(None), right=right)


def b5():
    body = '''        <p class="brodtext"><strong>Projektet är avslutat.</strong> Föräldraforum Jakobsgårdarna pågick från januari 2019 till december 2022 och finansierades med 1 800 000 kronor ur sociala investeringsfonden.</p>
        <h2 class="rubrik2">Vad gjorde projektet?</h2>
        <p class="brodtext">Föräldrar till barn 6–12 år i Jakobsgårdarna erbjöds föräldrastödsprogrammet ABC i grupp, på svenska, arabiska och somaliska, och enskilda samtal med en familjebehandlare. Träffarna hölls på Jakobsgårdarnas skola och i Hagagårdens fritidsgård.</p>
        <h2 class="rubrik2">Vilka var med?</h2>
        <p class="brodtext">Socialförvaltningen ägde projektet. Barn- och bildningsförvaltningen, Studieförbundet Vuxenskolan och föreningen Somaliska föräldrar i Borlänge var samarbetsparter.</p>
        <h2 class="rubrik2">Resultat</h2>
        <p class="brodtext">142 föräldrar gick hela programmet. Föräldrarna upplevde färre konflikter hemma, och antalet orosanmälningar för barn i området minskade med en femtedel under projekttiden. Föräldragrupperna finns kvar i familjecentralens ordinarie utbud.</p>'''
    main = text('Föräldraforum Jakobsgårdarna', 'Föräldrastöd i grupp för föräldrar till barn 6–12 år i Jakobsgårdarna.', body)
    main += '\n    ' + updated('2023-02-14', 'Socialförvaltningen')
    return page(B5, 'Föräldraforum Jakobsgårdarna', main, FUND_TRAIL + [('Föräldraforum Jakobsgårdarna', B5)], VU,
                left=fund_left(None), printable=True, date='2023-02-14')


def service():
    body = f'''        <p class="brodtext">Skolnärvaroteamet stöttar elever i grundskolan som har hög frånvaro, och deras familjer. Teamet består av en skolsocionom, en specialpedagog och en psykolog.</p>
        <h2 class="rubrik2">Så arbetar teamet</h2>
        <p class="brodtext">Skolan anmäler till teamet när en elev har varit borta mer än 15 procent av tiden under en månad. Teamet träffar eleven och vårdnadshavarna och gör en plan tillsammans med mentorn.</p>
        <h2 class="rubrik2">Bakgrund</h2>
        <p class="brodtext">Skolnärvaroteamet startade 2018 med pengar ur sociala investeringsfonden. Sedan januari 2022 är teamet en del av barn- och bildningsförvaltningens ordinarie verksamhet och finansieras i förvaltningens budget.</p>
        <h2 class="rubrik2">Kontakt</h2>
        <p class="brodtext">Prata med din mentor eller ring teamet på 0243-744 20.</p>'''
    main = text('Skolnärvaroteamet', 'Stöd till elever som ofta är borta från skolan.', body)
    main += '\n    ' + updated('2025-01-20', 'Barn- och bildningsförvaltningen')
    return page(SERVICE, 'Skolnärvaroteamet', main, [('Välfärd och utbildning', VU), ('Grundskola', GS), ('Skolnärvaroteamet', SERVICE)], VU,
                left=submenu(('Grundskola', GS), GS_ITEMS, SERVICE))


# ---------------------------------------------------------------------------------------------------------- news
NEWS = {
    2025: [(N_B1, 'Familjelotsarna i Tjärna Ängar har kommit i gång', '2025-10-21'),
           (N_VAL, 'Vinterväghållningen – så plogar vi', '2025-10-09'),
           (N_CALL, 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-09-02'),
           (N_FAG, 'Ny återvinningscentral i Fågelmyra', '2025-05-12')],
    2024: [(N_FUND, 'Kommunfullmäktige tillför fonden fem miljoner kronor', '2024-06-19'),
           (N_B2, 'Läxlyftet på Kvarnsveden förlängs', '2024-05-28'),
           (N_BAD, 'Borlänge badhus stänger för renovering', '2024-03-04')],
    2023: [(N_SKOLA, 'Nya skolskjutsregler från hösten', '2023-06-01'),
           (N_B4, 'Seniorlyftet ska bryta ensamheten i Ornäs', '2023-04-17')],
    2022: [(N_B5, 'Föräldraforum i Jakobsgårdarna avslutas', '2022-12-08'),
           (N_SERV, 'Skolnärvaroteamet blir ordinarie verksamhet', '2022-01-11'),
           (N_MID, 'Midsommarfirande i Svenssons ängar', '2022-06-10')],
    2021: [(N_2021, 'Nytt bostadsområde i Hagalund', '2021-09-22')],
}


def archive(year):
    path = YP[year]
    items = ''.join(f'''
        <li class="arkivpost"><span class="datum">{d}</span><br /><a href="{h}" class="arkivrubrik">{t}</a></li>''' for h, t, d in NEWS[year])
    years = []
    for y in YEARS:
        if y == year:
            years.append(f'<strong>{y}</strong>')
        else:
            years.append(f'<a href="{YP[y]}">{y}</a>')
    sel = ' selected="selected"'
    opts = ''.join(f'<option value="{NA}{esc(ARCH_Q[y])}"{sel if y == year else ""}>{y}</option>' for y in YEARS)
    title = 'Nyhetsarkiv' if year == 2025 else f'Nyhetsarkiv {year}'
    main = f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <h1 class="rubrik1">{title}</h1>
        <p class="ingress">Nyheter från Borlänge kommun{'' if year == 2025 else ' under ' + str(year)}.</p>
        <p class="brodtext arkivar">Visa år: {' | '.join(years)}</p>
      </div>
    </div>
    <div class="sv-archive-portlet sv-portlet" id="svid12_{ARCHIVE_PORTLET[3:]}">
      <form action="{NA}" method="get" class="arkivfilter">
        <div><label for="arkivar">Välj år</label>
        <select id="arkivar" name="ar" onchange="window.location=this.value">{opts}</select>
        <noscript><input type="submit" value="Visa" /></noscript></div>
      </form>
      <ul class="sv-defaultlist">{items}
      </ul>
    </div>'''
    trail = [('Nyheter och press', P(T, 'nyheterochpress')), ('Nyhetsarkiv', NA)] + ([(str(year), path)] if year != 2025 else [])
    return page(path, title, main, trail)


def article(path, title, date, ingress, body, year):
    main = f'''<div class="sv-text-portlet sv-use-margins" id="svid12_{sid()}">
      <div class="sv-text-portlet-content">
        <p class="datum">Publicerad {date}</p>
        <h1 class="rubrik1">{title}</h1>
        <p class="ingress">{ingress}</p>
{body}
        <p class="brodtext"><a href="{YP[year]}">« Tillbaka till nyhetsarkivet {year}</a></p>
      </div>
    </div>'''
    trail = [('Nyheter och press', P(T, 'nyheterochpress')), ('Nyhetsarkiv', NA), (str(year), YP[year]), (title, path)]
    return page(path, title, main, trail, date=date)


def news_pages():
    out = {}
    out[N_B1] = article(N_B1, 'Familjelotsarna i Tjärna Ängar har kommit i gång', '2025-10-21',
                        'Under det första året har familjelotsarna i Tjärna Ängar träffat 160 familjer.',
                        f'''        <p class="brodtext">Familjelotsarna hjälper föräldrar med små barn att hitta rätt bland förskola, barnavårdscentral och socialtjänstens öppna stöd. Hälften av familjerna har bott i Borlänge kortare tid än två år.</p>
        <p class="brodtext">– Många föräldrar kommer till oss med frågor om förskolan, men samtalen handlar ofta om mycket mer, säger Nadia Karimi, projektledare.</p>
        <p class="brodtext"><a href="{B1}">Läs mer om Familjelots Tjärna Ängar</a></p>''', 2025)
    out[N_CALL] = article(N_CALL, 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-09-02',
                          'Fram till den 15 oktober kan kommunens förvaltningar söka pengar ur sociala investeringsfonden.',
                          f'''        <p class="brodtext">I höstens omgång finns 3 000 000 kronor att söka. Kommunstyrelsens arbetsutskott beslutar i december. Den här gången prioriteras ansökningar som gäller psykisk hälsa hos unga och äldres ensamhet.</p>
        <p class="brodtext">Läs <a href="{EDIT}">reglerna för fonden</a> och <a href="{SOKA}">hur du söker</a> innan du skriver ansökan.</p>''', 2025)
    out[N_FAG] = article(N_FAG, 'Ny återvinningscentral i Fågelmyra', '2025-05-12', 'Den nya återvinningscentralen öppnar den 2 juni.',
                         '        <p class="brodtext">Återvinningscentralen har längre öppettider och en återbruksbod där du kan lämna saker som kan användas igen.</p>', 2025)
    out[N_VAL] = article(N_VAL, 'Vinterväghållningen – så plogar vi', '2025-10-09', 'Huvudgator och busslinjer plogas först.',
                         '        <p class="brodtext">Plogningen börjar när det har kommit åtta centimeter snö. Gång- och cykelvägar till skolor prioriteras.</p>', 2025)
    out[N_B2] = article(N_B2, 'Läxlyftet på Kvarnsveden förlängs', '2024-05-28',
                        'Läxhjälpen på Kvarnsvedens skola fortsätter till och med juni 2026.',
                        f'''        <p class="brodtext">Kommunstyrelsens arbetsutskott har beslutat att förlänga projektet Läxlyftet med ett år. Under det första läsåret kom i genomsnitt 38 elever i veckan.</p>
        <p class="brodtext"><a href="{B2}">Läs mer om Läxlyftet Kvarnsveden</a></p>''', 2024)
    out[N_FUND] = article(N_FUND, 'Kommunfullmäktige tillför fonden fem miljoner kronor', '2024-06-19',
                          'Sociala investeringsfonden får fem miljoner kronor till ur 2023 års överskott.',
                          f'''        <p class="brodtext">Kommunfullmäktige beslutade den 18 juni att föra över 5 000 000 kronor till sociala investeringsfonden. Samtidigt ändrades fondens regler så att förvaltningarna kan söka två gånger om året i stället för en.</p>
        <p class="brodtext">– Fonden har visat att förebyggande arbete lönar sig. Nu kan fler goda idéer prövas, säger kommunstyrelsens ordförande.</p>
        <p class="brodtext"><a href="{FUND}">Om sociala investeringsfonden</a></p>''', 2024)
    out[N_BAD] = article(N_BAD, 'Borlänge badhus stänger för renovering', '2024-03-04', 'Badhuset är stängt från april till december.',
                         '        <p class="brodtext">Under renoveringen byts ventilationen och bassängens kakel. Simskolan flyttar till Gyllehemmet.</p>', 2024)
    out[N_B4] = article(N_B4, 'Seniorlyftet ska bryta ensamheten i Ornäs', '2023-04-17',
                        'Nu startar Seniorlyftet, ett nytt projekt för äldre i Ornäs och Torsång.',
                        f'''        <p class="brodtext">Projektet har fått pengar ur sociala investeringsfonden och pågår i tre år. Den första träffen hålls i Ornäs bygdegård den 25 april klockan 10.</p>
        <p class="brodtext"><a href="{B4}">Läs mer om Seniorlyftet Ornäs</a></p>''', 2023)
    out[N_SKOLA] = article(N_SKOLA, 'Nya skolskjutsregler från hösten', '2023-06-01', 'Avståndsgränserna för skolskjuts ändras.',
                           '        <p class="brodtext">Från höstterminen har elever i årskurs 4–6 rätt till skolskjuts om avståndet är längre än tre kilometer.</p>', 2023)
    out[N_B5] = article(N_B5, 'Föräldraforum i Jakobsgårdarna avslutas', '2022-12-08',
                        'Efter fyra år avslutas projektet Föräldraforum Jakobsgårdarna. Föräldragrupperna fortsätter på familjecentralen.',
                        f'''        <p class="brodtext">142 föräldrar har gått hela föräldrastödsprogrammet. Nu tar familjecentralen över grupperna.</p>
        <p class="brodtext"><a href="{B5}">Läs om projektet och dess resultat</a></p>''', 2022)
    out[N_SERV] = article(N_SERV, 'Skolnärvaroteamet blir ordinarie verksamhet', '2022-01-11',
                          'Teamet som har stöttat elever med hög frånvaro blir kvar.',
                          f'''        <p class="brodtext">Skolnärvaroteamet startade 2018 som en social investering. Från januari ingår teamet i barn- och bildningsförvaltningens ordinarie verksamhet.</p>
        <p class="brodtext"><a href="{SERVICE}">Mer om Skolnärvaroteamet</a></p>''', 2022)
    out[N_MID] = article(N_MID, 'Midsommarfirande i Svenssons ängar', '2022-06-10', 'Välkommen på midsommarfirande!',
                         '        <p class="brodtext">Vi dansar kring stången klockan 14. Ta med egen picknick.</p>', 2022)
    out[N_2021] = article(N_2021, 'Nytt bostadsområde i Hagalund', '2021-09-22', 'Detaljplanen för 200 nya bostäder är antagen.',
                          '        <p class="brodtext">Byggstart planeras till våren 2023.</p>', 2021)
    return out


# ---------------------------------------------------------------------------------------------------------- A–Ö
LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'R', 'S', 'T', 'U', 'V',
           'Å', 'Ä', 'Ö']
SLUG = {'Å': 'aa', 'Ä': 'ae', 'Ö': 'oe'}


def lp(letter):
    return P(G_F + '/a-o', SLUG.get(letter, letter.lower()))


AO_ENTRIES = {
    'A': [('Avfall och återvinning', P(T + '/boochmiljo', 'avfallochatervinning')), ('Arbetsmarknad', AM),
          ('Anhörigstöd', P(VU_F + '/aldreomsorg', 'anhorigstod'))],
    'B': [('Bibliotek', BIBL), ('Bygglov', P(T + '/boochmiljo', 'bygglov')), ('Budget och årsredovisning', P(T + '/kommunochpolitik', 'budget'))],
    'E': [('Elevhälsa', ELEVH), ('Evenemang', EVS)],
    'F': [('Familjelots Tjärna Ängar', B1), ('Feriejobb', FERIE), ('Förskola', FSK), ('Föräldraforum Jakobsgårdarna (avslutat)', B5)],
    'G': [('Grundskola', GS), ('Gymnasieskola', P(VU_F, 'gymnasieskola'))],
    'J': [('Jobbcentrum', JOBBC)],
    'K': [('Kommunfullmäktige', P(T + '/kommunochpolitik', 'kommunfullmaktige')), ('Kontakta oss', KONTAKT)],
    'L': [('Lediga jobb', LJ), ('Läxlyftet Kvarnsveden', B2)],
    'S': [('Skolnärvaroteamet', SERVICE), ('Skolval', SKOLVAL), ('Social hållbarhet', SH), ('Sociala investeringsfonden', FUND)],
    'U': [('Unga till arbete', B3), ('Utbildning för vuxna', P(VU_F, 'vuxenutbildning'))],
    'Ä': [('Äldreomsorg', ALDRE)],
}


def letter_nav(current=None):
    out = []
    for L in LETTERS:
        if L == current:
            out.append(f'<strong>{L}</strong>')
        elif L in AO_ENTRIES:
            out.append(f'<a href="{lp(L)}">{L}</a>')
        else:
            out.append(f'<span class="inaktiv">{L}</span>')
    return '<p class="bokstaver">' + ' '.join(out) + '</p>'


def ao_index():
    main = text('A–Ö', 'Hitta kommunens tjänster och verksamheter i bokstavsordning.', f'''        {letter_nav()}
        <p class="brodtext">Välj en bokstav för att se sidorna som börjar på den.</p>''')
    return page(AO, 'A–Ö', main, [('A–Ö', AO)])


def ao_letter(L):
    lis = ''.join(f'\n          <li><a href="{h}">{n}</a></li>' for n, h in AO_ENTRIES[L])
    main = text(f'A–Ö: {L}', '', f'''        {letter_nav(L)}
        <ul class="brodtext ao-lista">{lis}
        </ul>''')
    return page(lp(L), f'A–Ö: {L}', main, [('A–Ö', AO), (L, lp(L))])


# ---------------------------------------------------------------------------------------------------------- others
def evenemang():
    body = f'''        <p class="brodtext">Här är några av höstens evenemang. Alla evenemang finns i <a href="{CAL}">evenemangskalendern</a>.</p>
        <ul class="brodtext">
          <li><a href="{EV}">Frukostseminarium: Lönar sig förebyggande arbete?</a> – 20 november 2025</li>
          <li><a href="{CAL}{CAL_Q}" rel="nofollow">Alla evenemang den 20 november</a></li>
          <li><a href="{P(KF_F + '/evenemang', 'julmarknadistadsparken')}">Julmarknad i Stadsparken</a> – 6 december 2025</li>
        </ul>'''
    return page(EVS, 'Evenemang', text('Evenemang', 'Vad händer i Borlänge?', body), [('Kultur och fritid', KF), ('Evenemang', EVS)], KF)


def event():
    body = f'''        <p class="brodtext">Hur vet vi att ett förebyggande arbete lönar sig? Forskare från Högskolan Dalarna berättar om utvärderingen av kommunens sociala investeringsfond, och två projektledare berättar om sina erfarenheter.</p>
        <table class="sv-table bl-tabell" summary="Praktisk information">
          <tbody>
            <tr><th>Datum</th><td>Torsdag 20 november 2025</td></tr>
            <tr><th>Tid</th><td>07.30–09.00, frukost från 07.15</td></tr>
            <tr><th>Plats</th><td>Stadshuset, sessionssalen, Röda vägen 50</td></tr>
            <tr><th>Kostnad</th><td>Gratis</td></tr>
            <tr><th>Sista anmälningsdag</th><td>13 november 2025</td></tr>
            <tr><th>Anmälan</th><td>Till <a href="mailto:lena.forsberg@borlange.se">lena.forsberg@borlange.se</a></td></tr>
            <tr><th>Arrangör</th><td>Borlänge kommun och Högskolan Dalarna</td></tr>
          </tbody>
        </table>
        <h2 class="rubrik2">Program</h2>
        <ul class="brodtext">
          <li>07.30 Välkommen – kommunstyrelsens ordförande</li>
          <li>07.40 Vad visar utvärderingen? – Högskolan Dalarna</li>
          <li>08.15 Erfarenheter från Familjelots Tjärna Ängar och Läxlyftet Kvarnsveden</li>
          <li>08.45 Frågor och samtal</li>
        </ul>'''
    main = text('Frukostseminarium: Lönar sig förebyggande arbete?', 'Välkommen till ett frukostseminarium om sociala investeringar i Borlänge.', body)
    return page(EV, 'Frukostseminarium: Lönar sig förebyggande arbete?', main,
                [('Kultur och fritid', KF), ('Evenemang', EVS), ('Frukostseminarium', EV)], KF)


def jobs():
    body = f'''        <ul class="brodtext">
          <li><a href="{JOB}">Familjebehandlare till familjelotsen i Tjärna Ängar</a> – sista ansökningsdag 30 november 2025</li>
          <li><a href="https://borlange.varbi.com/what:job/jobID:812345/">Undersköterska, hemtjänsten Gylle</a></li>
          <li><a href="https://borlange.varbi.com/what:job/jobID:812377/">Lärare i matematik, Hagaskolan</a></li>
        </ul>'''
    return page(LJ, 'Lediga jobb', text('Lediga jobb', 'Några av kommunens lediga jobb.', body), [('Arbete och näringsliv', AN), ('Lediga jobb', LJ)], AN)


def job():
    body = '''        <h2 class="rubrik2">Om arbetsplatsen</h2>
        <p class="brodtext">Socialförvaltningen har fått pengar ur sociala investeringsfonden för Familjelots Tjärna Ängar, ett arbete med föräldrar till små barn. Nu söker vi en familjebehandlare som vill arbeta förebyggande tillsammans med familjelotsarna och barnavårdscentralen.</p>
        <h2 class="rubrik2">Arbetsuppgifter</h2>
        <p class="brodtext">Du håller i föräldragrupper, gör hembesök och har enskilda samtal med föräldrar.</p>
        <h2 class="rubrik2">Kvalifikationer</h2>
        <p class="brodtext">Socionomexamen eller motsvarande och erfarenhet av föräldrastöd. Du talar gärna arabiska, somaliska eller tigrinja.</p>
        <table class="sv-table bl-tabell" summary="Om anställningen">
          <tbody>
            <tr><th>Anställningsform</th><td>Visstidsanställning till och med 2027-07-31</td></tr>
            <tr><th>Omfattning</th><td>Heltid</td></tr>
            <tr><th>Tillträde</th><td>Januari 2026 eller enligt överenskommelse</td></tr>
            <tr><th>Sista ansökningsdag</th><td>2025-11-30</td></tr>
            <tr><th>Referensnummer</th><td>SOC 2025/311</td></tr>
          </tbody>
        </table>
        <p class="brodtext"><a href="https://borlange.varbi.com/what:job/jobID:812301/">Ansök här</a></p>'''
    main = text('Familjebehandlare till familjelotsen i Tjärna Ängar', 'Vill du arbeta förebyggande med barnfamiljer?', body)
    return page(JOB, 'Familjebehandlare till familjelotsen i Tjärna Ängar', main,
                [('Arbete och näringsliv', AN), ('Lediga jobb', LJ), ('Familjebehandlare', JOB)], AN)


def furniture(path, title, ingress, body, trail):
    return page(path, title, text(title, ingress, body), trail)


def build():
    pages = {
        '/': start(), FUND: fund(), SOKA: soka(), REGLER: regler(), LIST: listing(), UTV: utv(), SH: social_hallbarhet(),
        B1: b1(), B2: b2(), B3: b3(), B4: b4(), B5: b5(), SERVICE: service(),
        VU: section(VU, 'Välfärd och utbildning', 'Förskola, skola, omsorg och stöd i Borlänge kommun.',
                    [(n, h, '') for n, h in VU_ITEMS], [('Välfärd och utbildning', VU)], VU,
                    left=submenu(('Välfärd och utbildning', VU), VU_ITEMS, VU)).replace(' – </li>', '</li>'),
        GS: section(GS, 'Grundskola', 'Information om kommunens grundskolor.', [
            ('Skolval', SKOLVAL, 'så väljer du skola'), ('Elevhälsa', ELEVH, 'skolsköterska, kurator och psykolog'),
            ('Skolnärvaroteamet', SERVICE, 'stöd vid hög frånvaro')],
            [('Välfärd och utbildning', VU), ('Grundskola', GS)], VU, left=submenu(('Grundskola', GS), GS_ITEMS, GS)),
        AN: section(AN, 'Arbete och näringsliv', 'Jobb, arbetsmarknad och företagande i Borlänge.', [
            ('Arbetsmarknad', AM, 'stöd för dig som söker arbete'), ('Lediga jobb', LJ, 'jobba i Borlänge kommun')],
            [('Arbete och näringsliv', AN)], AN),
        AM: section(AM, 'Arbetsmarknad', 'Kommunens stöd för dig som vill komma i arbete eller studier.', [
            ('Jobbcentrum', JOBBC, 'vägledning, praktik och arbetsträning'), ('Feriejobb', FERIE, 'sommarjobb för dig som är 16–18 år')],
            [('Arbete och näringsliv', AN), ('Arbetsmarknad', AM)], AN, left=submenu(('Arbetsmarknad', AM), AM_ITEMS, AM)),
        KF: section(KF, 'Kultur och fritid', 'Bibliotek, idrott och evenemang.', [
            ('Evenemang', EVS, 'vad händer i Borlänge?'), ('Bibliotek', BIBL, 'stadsbiblioteket och filialerna')],
            [('Kultur och fritid', KF)], KF),
        KP: section(KP, 'Kommun och politik', 'Så styrs Borlänge kommun.', [
            ('Kommunfullmäktige', P(T + '/kommunochpolitik', 'kommunfullmaktige'), 'sammanträden och protokoll'),
            ('Budget och årsredovisning', P(T + '/kommunochpolitik', 'budget'), 'kommunens ekonomi')],
            [('Kommun och politik', KP)], KP),
        EVS: evenemang(), EV: event(), LJ: jobs(), JOB: job(), AO: ao_index(),
        KONTAKT: furniture(KONTAKT, 'Kontakta oss', 'Kontaktcenter svarar vardagar 8–16.',
                           '        <p class="brodtext">Telefon 0243-740 00. E-post <a href="mailto:borlange.kommun@borlange.se">borlange.kommun@borlange.se</a>.</p>',
                           [('Kontakta oss', KONTAKT)]),
        OMW: furniture(OMW, 'Om webbplatsen', 'borlange.se drivs av kommunikationsenheten.',
                       f'        <ul class="brodtext"><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li></ul>',
                       [('Om webbplatsen', OMW)]),
        KAKOR: furniture(KAKOR, 'Kakor', 'Så använder vi kakor.',
                         '        <p class="brodtext">Webbplatsen använder kakan JSESSIONID för att hålla ihop ditt besök och Google Analytics för besöksstatistik.</p>',
                         [('Om webbplatsen', OMW), ('Kakor', KAKOR)]),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Borlänge kommun står bakom den här webbplatsen.',
                         '        <p class="brodtext">Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Den gamla designen saknar bland annat en fungerande mobilanpassning.</p>',
                         [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)]),
    }
    for y in YEARS:
        pages[YP[y]] = archive(y)
    pages.update(news_pages())
    for L in AO_ENTRIES:
        pages[lp(L)] = ao_letter(L)
    for p, html_ in pages.items():
        write(H, p, html_)
    robots = '''# robots.txt för www.borlange.se
User-agent: *
Disallow: /sitevision/
Disallow: /sok.4.
Disallow: /*?sv.
Disallow: /toppmeny/kulturochfritid/evenemangskalender
Disallow: /intern/
Crawl-delay: 2
'''
    write(H, '/robots.txt', robots)
    return pages


if __name__ == '__main__':
    build()
