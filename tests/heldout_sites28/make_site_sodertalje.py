"""Södertälje kommun (0181, about 101 000 inhabitants) on Enonic XP 7 – generator for heldout_sites28.

Enonic XP with a site application 'se.sodertalje.webb' (server-side rendered parts: data-portal-component-type and
data-portal-region attributes, assets under /_/asset/, images under /_/image/, services under /_/service/),
addresses without extension or trailing slash (saved as <path>/index.html), root-relative links.

THE SITEMAP IS BIG: /sitemap.xml (the Sitemap.xml app, sorted by path) lists EXACTLY 2,000 URLs – every preschool and
school, ten years of news, every detailed plan, every committee meeting, every sports ground and park – of which
FIVE are project pages. Four project addresses are topical (…/sociala-investeringar/investeringar/<slug>), one is
not (/forskola-och-skola/grundskola/lasvanner-i-geneta). One finished project (S4) is linked from NO page: the list
shows only ongoing investments and the annual report names S4 without a link, so the sitemap is its only route.
Eight sitemap entries are stale (pages removed without a redirect: 404), three of them under topical addresses. Every
other listed URL is saved (nearly 1,950 generated pages: preschools, schools, news, plans, meetings, places). The news
archive beyond the first page loads from a forbidden /_/service/ endpoint, so old news items are reachable only
through the sitemap; one of them (2019) is about the fund itself.
"""
import random

from make_common import write, urlset, hexid, esc

H = 'www.sodertalje.se'
APP = 'se.sodertalje.webb'

KP = '/kommun-och-politik'
EK = KP + '/ekonomi-och-budget'
FUND = EK + '/sociala-investeringar'
SOKA = FUND + '/sa-ansoker-du'
RIKT = FUND + '/riktlinjer'
ARS = FUND + '/arsrapport-2024'
LIST = FUND + '/investeringar'
S1 = LIST + '/familjestod-i-hovsjo'
S2 = LIST + '/vagen-till-jobb-i-ronna'
S3 = LIST + '/fritidsskolan-i-fornhojden'
S4 = LIST + '/seniorkompis-i-jarna'                  # finished: ONLY in the sitemap
FS = '/forskola-och-skola'
GS = FS + '/grundskola'
S5 = GS + '/lasvanner-i-geneta'                      # untopical address
PROJECTS = [S1, S2, S3, S4, S5]
OS = '/omsorg-och-stod'
BOF = OS + '/barn-och-familj'
SERVICE = BOF + '/brobyggarna'                       # standing service that began as a social investment
NYH = '/nyheter'
N_CALL = NYH + '/2025/09/nu-kan-kontoren-soka-pengar-ur-den-sociala-investeringsfonden'
N_S5 = NYH + '/2025/08/fler-barn-laser-hemma-i-geneta'
N_OLD = NYH + '/2019/11/kommunfullmaktige-inrattar-en-fond-for-sociala-investeringar'
N_BAD = NYH + '/2025/10/badhuset-stanger-for-underhall'
N_BUSS = NYH + '/2025/10/ny-busslinje-till-glasberga'
UG = '/uppleva-och-gora'
EVS = UG + '/evenemang'
EV = EVS + '/seminarium-sociala-investeringar-i-sodertalje'
KAL = EVS + '/kalender'
KAL_Q = '?datum=2025-11-26'
JOBS = '/jobb-och-karriar/lediga-jobb'
JOB = JOBS + '/familjebehandlare-till-familjestod-i-hovsjo'
KONTAKT = '/kontakta-oss'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
TILLG = OMW + '/tillganglighetsredogorelse'
FSK = FS + '/forskola'
FSK_AO = FSK + '/forskolor-a-o'
MOH = KP + '/moten-och-handlingar'
BBM = '/bygga-bo-och-miljo'
DPL = BBM + '/planer-och-program/detaljplaner'
GS_AO = GS + '/skolor-a-o'

SEARCH = '/sok'
SEARCHES = ['?q=bygglov', '?q=skollov', '?q=sophamtning']
ADMIN = '/admin/tool'
NEWS_MORE = f'/_/service/{APP}/nyhetsarkiv?start=10&antal=10'
PRINT = '?print=true'
PRINT_PAGES = [FUND, LIST, S1, S2, S3, S5]

STALE = [LIST + '/fritidsbank-i-jarna', FUND + '/ansokan-2021', NYH + '/2021/03/tre-nya-sociala-investeringar-beviljade',
         '/omsorg-och-stod/aldre/traffpunkter/traffpunkt-mariekall', '/uppleva-och-gora/bibliotek/filialer/hovsjo-bibliotek',
         NYH + '/2018/06/sommarlovsaktiviteter-2018', '/bygga-bo-och-miljo/planer-och-program/detaljplaner/kv-brunnsang-4',
         '/forskola-och-skola/forskola/forskolor-a-o/pysslingen-forskola']


def forbidden():
    return ([SEARCH] + [SEARCH + q for q in SEARCHES] + [ADMIN, NEWS_MORE, KAL, KAL + KAL_Q]
            + [p + PRINT for p in PRINT_PAGES])


ASSET = f'/_/asset/{APP}:1729843200'
CUR_T = ' aria-current="true"'
CUR_P = ' aria-current="page"'
MENU = [('Förskola och skola', FS), ('Omsorg och stöd', OS), ('Uppleva och göra', UG),
        ('Bygga, bo och miljö', '/bygga-bo-och-miljo'), ('Näringsliv och arbete', '/naringsliv-och-arbete'),
        ('Kommun och politik', KP)]


def header(active, light=False):
    lis = ''.join(f'<li><a href="{h}"{CUR_T if h == active else ""}>{n}</a></li>' for n, h in MENU)
    if light:
        return f'''<header class="sdt-header"><a class="sdt-logo" href="/"><img src="{ASSET}/img/sodertalje-kommun.svg" alt="Södertälje kommun"></a>
<form action="{SEARCH}" method="get" role="search"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form>
<nav class="sdt-mainnav" aria-label="Huvudmeny"><ul>{lis}</ul></nav></header>'''
    return f'''<header class="sdt-header" data-portal-component-type="part">
  <a class="sdt-skip" href="#innehall">Till innehållet</a>
  <div class="sdt-header__top">
    <a class="sdt-logo" href="/"><img src="{ASSET}/img/sodertalje-kommun.svg" alt="Södertälje kommun, till startsidan" width="220" height="54"></a>
    <ul class="sdt-tools">
      <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=6650&amp;lang=sv_se&amp;readid=innehall&amp;url=">Lyssna</a></li>
      <li><a href="/lattlast">Lättläst</a></li>
      <li><a href="/other-languages" lang="en">Other languages</a></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
    <form class="sdt-search" action="{SEARCH}" method="get" role="search">
      <label for="sdt-q" class="sdt-visually-hidden">Sök på sodertalje.se</label>
      <input id="sdt-q" type="search" name="q" placeholder="Vad söker du?" data-suggest-url="/_/service/{APP}/suggest">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="sdt-mainnav" aria-label="Huvudmeny"><ul>{lis}</ul></nav>
</header>'''


def footer(light=False):
    if light:
        return f'''<footer class="sdt-footer"><p>Södertälje kommun, 151 89 Södertälje. Telefon 08-523 010 00.</p>
<ul><li><a href="{KONTAKT}">Kontakta oss</a></li><li><a href="{OMW}">Om webbplatsen</a></li><li><a href="{KAKOR}">Kakor</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li></ul></footer>'''
    return f'''<footer class="sdt-footer" data-portal-component-type="part">
  <div class="sdt-footer__cols">
    <div><h2>Södertälje kommun</h2><p>151 89 Södertälje<br>Besöksadress: Campusgatan 26<br>Telefon: 08-523 010 00<br><a href="mailto:kontaktcenter@sodertalje.se">kontaktcenter@sodertalje.se</a></p></div>
    <div><h2>Genvägar</h2><ul><li><a href="{NYH}">Nyheter</a></li><li><a href="{EVS}">Evenemang</a></li><li><a href="{JOBS}">Lediga jobb</a></li><li><a href="{KONTAKT}">Kontakta oss</a></li></ul></div>
    <div><h2>Om webbplatsen</h2><ul><li><a href="{OMW}">Om webbplatsen</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li><li><a href="{KAKOR}">Kakor</a></li><li><a href="{ADMIN}" rel="nofollow">Logga in</a></li></ul></div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li><a href="/">Start</a></li>']
    for n, h in trail[:-1]:
        lis.append(f'<li><a href="{h}">{n}</a></li>')
    lis.append(f'<li aria-current="page">{trail[-1][0]}</li>')
    return f'<nav class="sdt-breadcrumbs" aria-label="Brödsmulor"><ol>{"".join(lis)}</ol></nav>'


def tools(path):
    return f'''<ul class="sdt-pagetools">
        <li><a href="{path}{PRINT}" rel="nofollow">Skriv ut</a></li>
        <li><a href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{path}" rel="nofollow">Dela</a></li>
      </ul>'''


def page(path, title, preamble, body, trail=None, active=None, aside='', printable=False, date='2025-10-15',
         ctype='page', head_extra=''):
    pre = f'\n        <p class="sdt-preamble">{preamble}</p>' if preamble else ''
    asd = f'''
      <aside class="sdt-aside" data-portal-region="aside">
{aside}
      </aside>''' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Södertälje kommun</title>
<meta name="description" content="{esc(preamble or title)}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:image" content="https://{H}/_/image/{hexid('og' + path, 32)}:{hexid('ogh' + path, 40)}/block-1200-630/sodertalje-dela.jpg">
<meta name="generator" content="Enonic XP">{head_extra}
<link rel="stylesheet" href="{ASSET}/css/main.css">
<link rel="icon" href="{ASSET}/img/favicon.ico">
</head>
<body class="sdt sdt--{ctype}" data-portal-component-type="page">
{header(active)}
<div class="sdt-wrapper">
  {crumbs(trail) if trail else ''}
  <div class="sdt-layout" data-portal-component-type="layout">
    <main id="innehall" class="sdt-main" data-portal-region="main">
      <article class="sdt-article" data-portal-component-type="part">
        <h1>{title}</h1>{pre}
        {tools(path) if printable else ''}
{body}
        <p class="sdt-updated">Senast uppdaterad: <time datetime="{date}">{date}</time></p>
      </article>
    </main>{asd}
  </div>
</div>
{footer()}
<div class="sdt-cookies" hidden><p>Södertälje kommun använder kakor. <a href="{KAKOR}">Läs mer om kakor</a></p><button>Godkänn</button><button>Neka</button></div>
<script src="{ASSET}/js/main.js" defer></script>
</body>
</html>
'''


def light_page(path, title, trail, active, paras, date):
    """A generated page listed in the sitemap: same header and footer, a short text."""
    body = ''.join(f'<p>{p}</p>' for p in paras)
    return f'''<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{esc(title)} - Södertälje kommun</title>
<link rel="canonical" href="https://{H}{path}"><link rel="stylesheet" href="{ASSET}/css/main.css"><meta name="generator" content="Enonic XP"></head>
<body class="sdt" data-portal-component-type="page">
{header(active, True)}
{crumbs(trail)}
<main id="innehall" class="sdt-main" data-portal-region="main"><article class="sdt-article" data-portal-component-type="part"><h1>{esc(title)}</h1>{body}
<p class="sdt-updated">Senast uppdaterad: <time datetime="{date}">{date}</time></p></article></main>
{footer(True)}
</body></html>
'''


def contact(name, role, phone, mail):
    return f'''        <div class="sdt-contact" data-portal-component-type="part">
          <h2>Kontakt</h2>
          <p><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
        </div>'''


def fund_nav(current):
    items = [('Sociala investeringar', FUND), ('Investeringar', LIST), ('Så ansöker du', SOKA), ('Riktlinjer', RIKT),
             ('Årsrapport 2024', ARS)]
    lis = ''.join(f'<li><a href="{h}"{CUR_P if h == current else ""}>{n}</a></li>' for n, h in items)
    return f'''        <nav class="sdt-subnav" aria-label="I det här avsnittet" data-portal-component-type="part">
          <h2>I det här avsnittet</h2>
          <ul>{lis}</ul>
        </nav>'''


FUND_TRAIL = [('Kommun och politik', KP), ('Ekonomi och budget', EK), ('Sociala investeringar', FUND)]


# --------------------------------------------------------------------------------------------- fund section
def fund():
    body = f'''        <section data-portal-component-type="text">
          <h2>Vad är en social investering?</h2>
          <p>En social investering är en tidsbegränsad satsning på ett nytt arbetssätt som ska förebygga sociala problem, till exempel att barn inte klarar skolan, att unga vuxna blir långvarigt arbetslösa eller att äldre blir isolerade. Om arbetssättet fungerar blir det en del av den ordinarie verksamheten.</p>
          <h2>Så fungerar fonden</h2>
          <p>Kommunfullmäktige inrättade den sociala investeringsfonden i november 2019 med 30 miljoner kronor. Kontoren kan söka pengar ur fonden för satsningar på högst tre år. Kommunstyrelsen beslutar om ansökningarna två gånger om året.</p>
          <h2>Fonden i siffror</h2>
          <ul>
            <li>Fondens storlek: 30 000 000 kronor</li>
            <li>Beviljat sedan 2020: 9 870 000 kronor</li>
            <li>Återbetalat till fonden: 310 000 kronor</li>
          </ul>
          <h2>Från investering till ordinarie verksamhet</h2>
          <p>Flera arbetssätt som började som sociala investeringar finns nu kvar i ordinarie verksamhet, till exempel <a href="{SERVICE}">Brobyggarna</a>.</p>
        </section>
        <div class="sdt-cards" data-portal-component-type="part">
          <a class="sdt-card" href="{LIST}"><h2>Investeringar</h2><p>Pågående sociala investeringar i Södertälje.</p></a>
          <a class="sdt-card" href="{SOKA}"><h2>Så ansöker du</h2><p>För dig som arbetar på ett av kommunens kontor.</p></a>
          <a class="sdt-card" href="{RIKT}"><h2>Riktlinjer</h2><p>Regler för den sociala investeringsfonden.</p></a>
          <a class="sdt-card" href="{ARS}"><h2>Årsrapport 2024</h2><p>Så gick det för fonden och investeringarna under 2024.</p></a>
        </div>'''
    aside = fund_nav(FUND) + '\n' + contact('Lina Karlsson', 'Utvecklingsstrateg, kommunledningskontoret', '08-523 021 44', 'lina.karlsson@sodertalje.se')
    return page(FUND, 'Sociala investeringar', 'Södertälje kommun har en fond för sociala investeringar. Pengarna används till förebyggande arbete för barn, unga och vuxna.',
                body, FUND_TRAIL, KP, aside, True, '2025-09-29')


def investeringar():
    def card(p, name, text, period):
        return f'''          <li class="sdt-list__item">
            <h3><a href="{p}">{name}</a></h3>
            <p>{text}</p>
            <p class="sdt-meta">{period}</p>
          </li>'''
    body = f'''        <section data-portal-component-type="text">
          <p>Här är de sociala investeringar som pågår just nu. Avslutade investeringar och deras resultat redovisas i <a href="{ARS}">årsrapporten</a>.</p>
        </section>
        <h2>Pågående investeringar</h2>
        <ul class="sdt-list" data-portal-component-type="part">
{card(S1, 'Familjestöd i Hovsjö', 'Familjebehandlare på plats i Hovsjö ger föräldrar stöd tidigt, innan problemen växer.', 'Augusti 2024 – juli 2027')}
{card(S2, 'Vägen till jobb i Ronna', 'Unga vuxna med försörjningsstöd får en egen handledare och praktik hos arbetsgivare.', 'Januari 2025 – december 2027')}
{card(S3, 'Fritidsskolan i Fornhöjden', 'Läxhjälp, idrott och kultur efter skoltid för elever i årskurs 4–6.', 'Augusti 2025 – juni 2027')}
        </ul>
        <p>Satsningen <a href="{S5}">Läsvänner i Geneta</a> finns under Förskola och skola.</p>'''
    trail = FUND_TRAIL + [('Investeringar', LIST)]
    return page(LIST, 'Investeringar', 'Pågående sociala investeringar i Södertälje kommun.', body, trail, KP, fund_nav(LIST), True, '2025-09-01')


def soka():
    body = f'''        <section data-portal-component-type="text">
          <h2>Vem kan söka?</h2>
          <p>Kommunens kontor kan söka, ensamma eller tillsammans. Telge-bolagen, Region Stockholm, Polisen och föreningar kan vara samarbetspartner.</p>
          <h2>Vad kan man söka för?</h2>
          <p>Ett nytt förebyggande arbetssätt med en tydlig målgrupp, mätbara mål och en plan för hur arbetet ska bli ordinarie verksamhet. Ordinarie drift, lokaler och inventarier kan inte finansieras.</p>
          <h2>Hur mycket kan man söka?</h2>
          <p>Högst 3 500 000 kronor under högst tre år.</p>
          <h2>När kan man söka?</h2>
          <p>Ansökningar lämnas senast den 31 mars och den 30 september. Kommunstyrelsen beslutar i juni och december.</p>
          <h2>Så går det till</h2>
          <ol>
            <li>Prata med utvecklingsstrategen om er idé.</li>
            <li>Fyll i ansökan och gör en kalkyl med stöd av kommunens ekonomer.</li>
            <li>Skicka ansökan till kommunledningskontoret.</li>
          </ol>
          <p>Läs <a href="{RIKT}">riktlinjerna</a> innan du ansöker.</p>
        </section>'''
    return page(SOKA, 'Så ansöker du', 'Så ansöker kontoren om pengar ur den sociala investeringsfonden.', body,
                FUND_TRAIL + [('Så ansöker du', SOKA)], KP, fund_nav(SOKA), False, '2025-08-20')


def riktlinjer():
    body = '''        <section data-portal-component-type="text">
          <p>Riktlinjerna antogs av kommunfullmäktige den 25 november 2019, § 201, och reviderades den 30 januari 2023, § 12.</p>
          <h2>Syfte</h2>
          <p>Fonden ska ge möjlighet att pröva förebyggande arbetssätt som ger bättre livsvillkor för invånarna och lägre kostnader för kommunen på sikt.</p>
          <h2>Villkor</h2>
          <ul>
            <li>Satsningen ska vara förebyggande och riktad till en avgränsad målgrupp.</li>
            <li>Satsningen ska pågå i högst tre år.</li>
            <li>Satsningen ska ha mätbara mål och följas upp varje år.</li>
            <li>Det sökande kontoret ska betala tillbaka minst hälften av pengarna om satsningen ger minskade kostnader.</li>
          </ul>
          <h2>Beslut och uppföljning</h2>
          <p>Kommunstyrelsen beslutar om medel. Kommunledningskontoret sammanställer varje år en årsrapport om fonden.</p>
        </section>'''
    return page(RIKT, 'Riktlinjer för den sociala investeringsfonden', 'De regler som gäller för den sociala investeringsfonden.', body,
                FUND_TRAIL + [('Riktlinjer', RIKT)], KP, fund_nav(RIKT), False, '2023-02-08')


def arsrapport():
    body = '''        <section data-portal-component-type="text">
          <p>Årsrapporten beskriver fondens ekonomi och hur det har gått för de sociala investeringarna under 2024. Den redovisades för kommunstyrelsen i april 2025.</p>
          <h2>Fondens ekonomi</h2>
          <table>
            <thead><tr><th>År</th><th>Beviljat (kr)</th><th>Utbetalt (kr)</th><th>Återbetalt (kr)</th></tr></thead>
            <tbody>
              <tr><td>2021</td><td>620 000</td><td>210 000</td><td>0</td></tr>
              <tr><td>2022</td><td>900 000</td><td>520 000</td><td>0</td></tr>
              <tr><td>2023</td><td>0</td><td>790 000</td><td>0</td></tr>
              <tr><td>2024</td><td>5 800 000</td><td>1 950 000</td><td>310 000</td></tr>
            </tbody>
          </table>
          <h2>Avslutade investeringar</h2>
          <p>Under 2023 avslutades Seniorkompis i Järna och Fritidsbanken i Järna. Seniorkompis i Järna nådde sina mål, och arbetssättet har tagits över av Järna församling. Fritidsbanken drivs sedan 2023 av en förening.</p>
          <h2>De viktigaste resultaten</h2>
          <p>Investeringarna når de grupper de är tänkta för. Det är fortfarande för tidigt att bedöma effekterna av de investeringar som startade 2024.</p>
          <h2>Lärdomar</h2>
          <p>Investeringar som har en chef med mandat att ta över arbetssättet efteråt blir oftare ordinarie verksamhet.</p>
        </section>'''
    return page(ARS, 'Sociala investeringar – årsrapport 2024', 'Så gick det för den sociala investeringsfonden under 2024.', body,
                FUND_TRAIL + [('Årsrapport 2024', ARS)], KP, fund_nav(ARS), False, '2025-04-22')


# --------------------------------------------------------------------------------------------- projects
PTRAIL = FUND_TRAIL + [('Investeringar', LIST)]


def s1():
    body = f'''        <section data-portal-component-type="text">
          <p>Familjestöd i Hovsjö är en social investering som ger föräldrar i Hovsjö stöd tidigt. Tre familjebehandlare från socialkontoret arbetar på plats i familjecentralen, i förskolorna och på Hovsjöskolan. Föräldrar kan få råd och samtal utan att ansöka om bistånd, och familjebehandlarna ordnar föräldragrupper på svenska, arabiska och syriska.</p>
          <h2>Varför behövs satsningen?</h2>
          <p>Många familjer i Hovsjö får stöd från socialtjänsten först när problemen har blivit stora. Satsningen ska vända på det: fler familjer ska få hjälp tidigt, och färre barn ska behöva placeras utanför hemmet.</p>
        </section>
        <div class="sdt-facts" data-portal-component-type="part">
          <h2>Fakta om investeringen</h2>
          <dl>
            <dt>Period</dt><dd>Augusti 2024 – juli 2027</dd>
            <dt>Beviljat ur fonden</dt><dd>3 200 000 kronor</dd>
            <dt>Ansvarigt kontor</dt><dd>Socialkontoret</dd>
            <dt>Samarbetspartner</dt><dd>Utbildningskontoret, barnavårdscentralen i Hovsjö (Region Stockholm), Telge Bostäder</dd>
            <dt>Målgrupp</dt><dd>Familjer med barn 0–12 år i Hovsjö</dd>
            <dt>Personal</dt><dd>Tre familjebehandlare</dd>
          </dl>
        </div>
        <section data-portal-component-type="text">
          <h2>Uppföljning</h2>
          <p>Socialkontoret följer antalet familjer som får stöd, hur många orosanmälningar som kommer in och hur många barn som placeras. Satsningen utvärderas av Stockholms universitet.</p>
        </section>'''
    aside = contact('Noor Saliba', 'Enhetschef, socialkontoret', '08-523 034 70', 'noor.saliba@sodertalje.se')
    return page(S1, 'Familjestöd i Hovsjö', 'Tidigt stöd till föräldrar i Hovsjö, där familjerna finns.', body, PTRAIL + [('Familjestöd i Hovsjö', S1)],
                KP, aside, True, '2025-09-12', 'investering')


def s2():
    body = f'''        <section data-portal-component-type="text">
          <p>Projektet Vägen till jobb i Ronna är till för unga vuxna mellan 20 och 29 år som har försörjningsstöd och som har varit utan arbete länge. Varje deltagare får en handledare som hjälper till med allt från cv och körkort till praktik hos en arbetsgivare. Målet är ett arbete eller studier som leder till arbete.</p>
          <ul class="sdt-factlist">
            <li><strong>Projekttid:</strong> 1 januari 2025 – 31 december 2027</li>
            <li><strong>Kostnad:</strong> 2 600 000 kronor ur den sociala investeringsfonden</li>
            <li><strong>Projektägare:</strong> Arbetsmarknads- och vuxenutbildningskontoret</li>
            <li><strong>Samverkan:</strong> Arbetsförmedlingen, Samordningsförbundet Södertälje, Telge Tillväxt</li>
            <li><strong>Målgrupp:</strong> Unga vuxna 20–29 år med försörjningsstöd i Ronna</li>
          </ul>
          <h2>Så arbetar vi</h2>
          <p>Handledarna har kontor i Ronna centrum och träffar deltagarna minst en gång i veckan. Telge Tillväxt ordnar praktikplatser i de kommunala bolagen, och Arbetsförmedlingen ger deltagarna rätt till arbetsmarknadsutbildning.</p>
          <h2>Mål</h2>
          <p>Hälften av deltagarna ska ha ett arbete eller studera ett år efter att de började. Om målet nås minskar kommunens kostnader för försörjningsstöd med omkring 6 miljoner kronor på fem år.</p>
        </section>'''
    return page(S2, 'Vägen till jobb i Ronna', 'Ett projekt för unga vuxna i Ronna som vill komma i arbete.', body, PTRAIL + [('Vägen till jobb i Ronna', S2)],
                KP, '', True, '2025-06-30', 'investering')


def s3():
    body = f'''        <section data-portal-component-type="text">
          <p>Fritidsskolan i Fornhöjden är en satsning på eftermiddagar och lov för elever i årskurs 4–6 på Fornhöjdsskolan. Efter skoltid erbjuds läxhjälp, idrott, musik och skapande, varje vardag klockan 14–17. Aktiviteterna leds av fritidsledare tillsammans med föreningar i området, och alla är gratis.</p>
          <p>Satsningen pågår från augusti 2025 till juni 2027 och har fått 1 400 000 kronor ur kommunens sociala investeringsfond. Kultur- och fritidskontoret ansvarar, i samarbete med Fornhöjdsskolan, Södertälje SK och Studiefrämjandet.</p>
          <h2>Varför?</h2>
          <p>Barnen i Fornhöjden deltar mindre i föreningsliv än barn i andra delar av kommunen, och många går hem till tomma lägenheter efter skolan. En meningsfull fritid ger bättre skolresultat och minskar risken att dras in i kriminalitet.</p>
          <h2>Uppföljning</h2>
          <p>Kontoret följer hur många barn som deltar, hur deras skolresultat utvecklas och hur många som börjar i en förening.</p>
        </section>'''
    aside = contact('Peter Aho', 'Verksamhetsutvecklare, kultur- och fritidskontoret', '08-523 055 12', 'peter.aho@sodertalje.se')
    return page(S3, 'Fritidsskolan i Fornhöjden', 'Läxhjälp, idrott och kultur efter skoltid.', body, PTRAIL + [('Fritidsskolan i Fornhöjden', S3)],
                KP, aside, True, '2025-08-14', 'investering')


def s4():
    body = f'''        <section data-portal-component-type="text">
          <p><strong>Investeringen är avslutad.</strong></p>
          <p>Seniorkompis i Järna var en social investering för äldre i Järna som bodde hemma och kände sig ensamma. Frivilliga seniorkompisar gjorde hembesök, följde med på promenader och ärenden och bjöd in till gemensamma luncher i Järna församlingshem. Äldreomsorgskontoret anställde en samordnare på halvtid som rekryterade och stöttade de frivilliga.</p>
        </section>
        <table class="sdt-facts-table" data-portal-component-type="part">
          <caption>Fakta</caption>
          <tbody>
            <tr><th scope="row">Period</th><td>Mars 2021 – december 2023</td></tr>
            <tr><th scope="row">Beviljat ur fonden</th><td>620 000 kronor</td></tr>
            <tr><th scope="row">Ansvarigt kontor</th><td>Äldreomsorgskontoret</td></tr>
            <tr><th scope="row">Samarbetspartner</th><td>Järna församling, SPF Seniorerna Järna</td></tr>
            <tr><th scope="row">Målgrupp</th><td>Personer över 75 år i Järna som bor i eget boende</td></tr>
          </tbody>
        </table>
        <section data-portal-component-type="text">
          <h2>Resultat</h2>
          <p>Under investeringen fick 64 äldre en seniorkompis. Sju av tio deltagare uppgav att de kände sig mindre ensamma, och behovet av hemtjänstinsatser för social samvaro minskade. Sedan januari 2024 driver Järna församling seniorkompisarna vidare.</p>
        </section>'''
    return page(S4, 'Seniorkompis i Järna', 'En avslutad social investering mot ofrivillig ensamhet bland äldre i Järna.', body,
                PTRAIL + [('Seniorkompis i Järna', S4)], KP, '', False, '2024-02-05', 'investering')


def s5():
    body = f'''        <section data-portal-component-type="text">
          <p>Läsvänner i Geneta är ett projekt för elever i årskurs 1–3 på Geneta skola och deras föräldrar. Varje elev får en läsvän – en student eller pensionär – som läser med eleven en gång i veckan. Föräldrarna bjuds in till läskvällar på biblioteket, där de får böcker på svenska och sitt modersmål att läsa hemma.</p>
          <p>Projektet finansieras med 1 150 000 kronor ur kommunens sociala investeringsfond och pågår från augusti 2025 till juni 2027. Utbildningskontoret äger projektet tillsammans med Geneta skola. Södertälje stadsbibliotek och Studieförbundet Vuxenskolan är samarbetspartner.</p>
          <h2>Mål</h2>
          <p>Fler elever ska nå kunskapskraven i svenska i årskurs 3, och fler föräldrar ska läsa med sina barn hemma.</p>
          <h2>Bli läsvän</h2>
          <p>Vill du bli läsvän? Kontakta projektledaren på Geneta skola.</p>
        </section>'''
    aside = contact('Hanna Mårtensson', 'Projektledare, Geneta skola', '08-523 062 91', 'hanna.martensson@sodertalje.se')
    return page(S5, 'Läsvänner i Geneta', 'Läsvänner och läskvällar för elever i årskurs 1–3 och deras föräldrar.', body,
                [('Förskola och skola', FS), ('Grundskola', GS), ('Läsvänner i Geneta', S5)], FS, aside, True, '2025-08-25', 'investering')


# --------------------------------------------------------------------------------------------- elsewhere
def start():
    news = [(N_BAD, 'Badhuset stänger för underhåll', '2025-10-13'), (N_BUSS, 'Ny busslinje till Glasberga', '2025-10-06'),
            (N_CALL, 'Nu kan kontoren söka pengar ur den sociala investeringsfonden', '2025-09-15')]
    lis = ''.join(f'<li><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>' for h, t, d in news)
    body = f'''        <div class="sdt-popular" data-portal-component-type="part"><h2>Många söker</h2><ul>
          <li><a href="{SEARCH}{SEARCHES[0]}">Bygglov</a></li><li><a href="{SEARCH}{SEARCHES[1]}">Skollov</a></li><li><a href="{SEARCH}{SEARCHES[2]}">Sophämtning</a></li></ul></div>
        <div class="sdt-cards" data-portal-component-type="part">
          <a class="sdt-card" href="{FSK}"><h2>Förskola</h2><p>Ansök om plats och hitta förskolor.</p></a>
          <a class="sdt-card" href="{JOBS}"><h2>Lediga jobb</h2><p>Jobba i Södertälje kommun.</p></a>
          <a class="sdt-card" href="{EVS}"><h2>Evenemang</h2><p>Vad händer i Södertälje?</p></a>
        </div>
        <div class="sdt-news" data-portal-component-type="part"><h2>Nyheter</h2><ul>{lis}</ul><p><a href="{NYH}">Fler nyheter</a></p></div>'''
    return page('/', 'Välkommen till Södertälje kommun', '', body, None, None, '', False, '2025-10-13', 'start')


def section(path, title, trail, active, cards, preamble=''):
    cs = ''.join(f'\n          <a class="sdt-card" href="{h}"><h2>{t}</h2><p>{d}</p></a>' for t, h, d in cards)
    body = f'        <div class="sdt-cards" data-portal-component-type="part">{cs}\n        </div>'
    return page(path, title, preamble, body, trail, active, '', False, '2025-06-01', 'section')


def grundskola():
    body = f'''        <section data-portal-component-type="text">
          <p>I Södertälje finns 38 kommunala grundskolor och ett tiotal fristående. Här kan du läsa om skolval, skolskjuts, fritidshem och elevhälsa.</p>
        </section>
        <div class="sdt-cards" data-portal-component-type="part">
          <a class="sdt-card" href="{GS_AO}"><h2>Skolor A–Ö</h2><p>Alla grundskolor i kommunen.</p></a>
          <a class="sdt-card" href="{GS}/skolval"><h2>Skolval</h2><p>Så väljer du skola.</p></a>
          <a class="sdt-card" href="{GS}/skolskjuts"><h2>Skolskjuts</h2><p>Vem har rätt till skolskjuts?</p></a>
        </div>
        <div class="sdt-related" data-portal-component-type="part">
          <h2>Aktuellt i grundskolan</h2>
          <ul>
            <li><a href="{S5}">Läsvänner i Geneta</a></li>
            <li><a href="{N_S5}">Fler barn läser hemma i Geneta</a></li>
            <li><a href="{GS}/skolval">Skolvalet 2026 öppnar i januari</a></li>
          </ul>
        </div>'''
    return page(GS, 'Grundskola', 'Grundskolan i Södertälje.', body, [('Förskola och skola', FS), ('Grundskola', GS)], FS, '', False, '2025-09-02', 'section')


def service():
    body = f'''        <section data-portal-component-type="text">
          <p>Brobyggarna hjälper familjer som är nya i Sverige att förstå förskolan, skolan och socialtjänsten. De talar arabiska, syriska, somaliska, tigrinja och dari och finns på familjecentralerna i Hovsjö, Ronna och Fornhöjden.</p>
          <h2>Så når du Brobyggarna</h2>
          <p>Besök en familjecentral under öppettiderna eller ring 08-523 030 80 vardagar klockan 9–15.</p>
          <h2>Bakgrund</h2>
          <p>Brobyggarna startade 2017 som en social investering. Sedan 2020 är Brobyggarna en del av socialkontorets ordinarie verksamhet.</p>
        </section>'''
    return page(SERVICE, 'Brobyggarna', 'Stöd till nyanlända familjer på flera språk.', body,
                [('Omsorg och stöd', OS), ('Barn och familj', BOF), ('Brobyggarna', SERVICE)], OS, '', False, '2025-03-18')


def article(path, title, date, preamble, text, active=None):
    body = f'''        <p class="sdt-newsdate">Nyhet · <time datetime="{date}">{date}</time></p>
        <section data-portal-component-type="text">
{text}
        </section>'''
    return page(path, title, preamble, body, [('Nyheter', NYH), (title, path)], active, '', False, date, 'nyhet')


def news_call():
    return article(N_CALL, 'Nu kan kontoren söka pengar ur den sociala investeringsfonden', '2025-09-15',
                   'Ansökningsomgången är öppen till och med den 30 september.',
                   f'''          <p>Det finns 8 miljoner kronor att söka i höstens omgång. Kontoren kan söka för nya förebyggande arbetssätt för barn, unga, vuxna och äldre. Kommunstyrelsen beslutar i december.</p>
          <p>Läs mer om <a href="{SOKA}">hur du ansöker</a>.</p>''')


def news_s5():
    return article(N_S5, 'Fler barn läser hemma i Geneta', '2025-08-28',
                   'Nu får eleverna i årskurs 1–3 på Geneta skola en egen läsvän.',
                   f'''          <p>Projektet Läsvänner i Geneta startade när höstterminen började. 40 läsvänner, studenter och pensionärer, läser med eleverna varje vecka, och föräldrarna bjuds in till läskvällar på biblioteket.</p>
          <p>– Vi ser redan att barnen pratar mer om böcker, säger rektorn på Geneta skola.</p>
          <p>Projektet pågår till juni 2027 och finansieras ur kommunens sociala investeringsfond. <a href="{S5}">Läs mer om Läsvänner i Geneta</a>.</p>''')


def news_old():
    return article(N_OLD, 'Kommunfullmäktige inrättar en fond för sociala investeringar', '2019-11-26',
                   'Södertälje kommun avsätter 30 miljoner kronor till förebyggande arbete.',
                   '''          <p>Kommunfullmäktige beslutade på måndagskvällen att inrätta en social investeringsfond. Pengarna kommer från tidigare års överskott och ska användas till nya arbetssätt som förebygger utanförskap.</p>
          <p>– Det här är en investering i människor. Vi vet att det lönar sig att sätta in stöd tidigt, säger kommunstyrelsens ordförande.</p>
          <p>Kontoren kan söka pengar ur fonden från och med våren 2020.</p>''')


def nyheter():
    items = [(N_BAD, 'Badhuset stänger för underhåll', '2025-10-13'), (N_BUSS, 'Ny busslinje till Glasberga', '2025-10-06'),
             (N_CALL, 'Nu kan kontoren söka pengar ur den sociala investeringsfonden', '2025-09-15'),
             (N_S5, 'Fler barn läser hemma i Geneta', '2025-08-28')]
    lis = ''.join(f'\n          <li><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>' for h, t, d in items)
    body = f'''        <ul class="sdt-newslist" data-portal-component-type="part">{lis}
        </ul>
        <p><a class="sdt-button" href="{esc(NEWS_MORE)}" data-load-more="true">Visa fler nyheter</a></p>'''
    return page(NYH, 'Nyheter', '', body, [('Nyheter', NYH)], None, '', False, '2025-10-13', 'section')


def evenemang():
    body = f'''        <ul class="sdt-eventlist">
          <li><a href="{EV}">Seminarium: Sociala investeringar i Södertälje</a> – 26 november 2025, Stadshuset</li>
          <li><a href="{EVS}/julmarknad-i-torekallberget">Julmarknad i Torekällberget</a> – 6 december 2025</li>
        </ul>
        <p><a href="{KAL}">Visa kalendern</a> · <a href="{KAL}{KAL_Q}" rel="nofollow">Evenemang 26 november</a></p>'''
    return page(EVS, 'Evenemang', '', body, [('Uppleva och göra', UG), ('Evenemang', EVS)], UG, '', False, '2025-10-10', 'section')


def event():
    body = f'''        <section data-portal-component-type="text">
          <p>Vad har fem år med en social investeringsfond gett Södertälje? På seminariet berättar medarbetare från Familjestöd i Hovsjö och Vägen till jobb i Ronna om sitt arbete, och en forskare från Stockholms universitet pratar om hur man mäter effekter av förebyggande arbete.</p>
          <ul>
            <li><strong>Datum:</strong> Onsdag 26 november 2025</li>
            <li><strong>Tid:</strong> 13.00–16.00</li>
            <li><strong>Plats:</strong> Stadshuset, Campusgatan 26, sessionssalen</li>
            <li><strong>Kostnad:</strong> Kostnadsfritt</li>
            <li><strong>Sista anmälningsdag:</strong> 19 november 2025</li>
            <li><strong>Anmälan:</strong> <a href="https://e-tjanster.sodertalje.se/anmalan/seminarium-sociala-investeringar">Anmäl dig här</a></li>
            <li><strong>Arrangör:</strong> Kommunledningskontoret</li>
          </ul>
        </section>'''
    return page(EV, 'Seminarium: Sociala investeringar i Södertälje', 'Ett seminarium för medarbetare, politiker och samarbetspartner.', body,
                [('Uppleva och göra', UG), ('Evenemang', EVS), ('Seminarium: Sociala investeringar i Södertälje', EV)], UG, '', False, '2025-10-01', 'evenemang')


def jobs():
    body = f'''        <ul class="sdt-joblist">
          <li><a href="{JOB}">Familjebehandlare till Familjestöd i Hovsjö</a> – Socialkontoret, sista ansökningsdag 2025-11-10</li>
          <li><a href="{JOBS}/larare-i-matematik-till-wendelaskolan">Lärare i matematik till Wendelaskolan</a> – Utbildningskontoret</li>
        </ul>
        <p>Alla lediga jobb finns på <a href="https://sodertalje.varbi.com/">sodertalje.varbi.com</a>.</p>'''
    return page(JOBS, 'Lediga jobb', '', body, [('Jobb och karriär', '/jobb-och-karriar'), ('Lediga jobb', JOBS)], None, '', False, '2025-10-20', 'section')


def job():
    body = f'''        <section data-portal-component-type="text">
          <p>Socialkontoret söker en familjebehandlare till <a href="{S1}">Familjestöd i Hovsjö</a>, en social investering där vi arbetar nära familjerna på familjecentralen, i förskolorna och i skolan.</p>
          <h2>Om tjänsten</h2>
          <p>Du ger råd och stödsamtal till föräldrar, leder föräldragrupper och samarbetar med förskola, skola och barnavårdscentral.</p>
          <h2>Kvalifikationer</h2>
          <p>Socionomexamen eller motsvarande och erfarenhet av familjebehandling. Du talar gärna arabiska eller syriska.</p>
          <p><strong>Anställningsform:</strong> Visstidsanställning till och med 2027-07-31<br>
          <strong>Omfattning:</strong> Heltid<br>
          <strong>Tillträde:</strong> Januari 2026<br>
          <strong>Sista ansökningsdag:</strong> 2025-11-10</p>
          <p><a href="https://sodertalje.varbi.com/what:job/jobID:{hexid('sdtjob', 6)}">Ansök via Varbi</a></p>
        </section>'''
    return page(JOB, 'Familjebehandlare till Familjestöd i Hovsjö', 'Vill du ge föräldrar i Hovsjö stöd tidigt?', body,
                [('Jobb och karriär', '/jobb-och-karriar'), ('Lediga jobb', JOBS), ('Familjebehandlare till Familjestöd i Hovsjö', JOB)],
                None, '', False, '2025-10-20', 'jobb')


def simple(path, title, trail, active, text, date='2025-05-01'):
    return page(path, title, '', f'        <section data-portal-component-type="text"><p>{text}</p></section>', trail, active, '', False, date)


# --------------------------------------------------------------------------------------------- the generated bulk
PLACES = ['Hovsjö', 'Ronna', 'Geneta', 'Fornhöjden', 'Järna', 'Hölö', 'Mölnbo', 'Enhörna', 'Östertälje', 'Brunnsäng',
          'Saltskog', 'Pershagen', 'Glasberga', 'Viksängen', 'Karlhov', 'Blombacka', 'Västergård', 'Mariekäll', 'Tveta',
          'Bergvik', 'Lina hage', 'Eneby', 'Ritorp', 'Vattubrinken', 'Grusåsen', 'Ekdalen', 'Tallhöjden', 'Ragnhildsborg',
          'Bårsta', 'Ytterjärna']
STREETS = ['Storgatan', 'Nygatan', 'Järnagatan', 'Bangårdsgatan', 'Ekdalsvägen', 'Oxbacksleden', 'Hovsjövägen',
           'Ronnavägen', 'Genetaleden', 'Tvetavägen', 'Kusens väg', 'Bergvägen', 'Kringlavägen', 'Vasagatan', 'Kungsgatan',
           'Slussgatan', 'Kanalgatan', 'Saltskogsgatan', 'Mariekällgatan', 'Strandvägen', 'Enhörnavägen', 'Hölövägen',
           'Mölnbovägen', 'Villagatan', 'Skolgatan']
PRESCHOOL = ['Ekorren', 'Humlan', 'Myran', 'Solrosen', 'Blåklockan', 'Lärkan', 'Tallkotten', 'Snäckan', 'Regnbågen',
             'Kotten', 'Vitsippan', 'Nyckelpigan', 'Trollet', 'Fjärilen', 'Ugglan', 'Björken', 'Linden', 'Eken', 'Rönnen',
             'Hagen', 'Ängen', 'Bäcken', 'Stjärnan', 'Månen', 'Solen', 'Kastanjen', 'Lönnen', 'Aspen', 'Granen', 'Pärlan',
             'Kristallen', 'Vinden', 'Vågen', 'Tranan', 'Svanen', 'Igelkotten', 'Räven', 'Haren', 'Grodan', 'Bävern']
SCHOOLS = ['Hovsjöskolan', 'Ronnaskolan', 'Geneta skola', 'Fornhöjdsskolan', 'Järna skola', 'Hölö skola', 'Mölnbo skola',
           'Enhörna skola', 'Wendelaskolan', 'Brunnsängskolan', 'Saltskogsskolan', 'Pershagenskolan', 'Glasbergaskolan',
           'Viksängsskolan', 'Karlhovskolan', 'Blombackaskolan', 'Västergårdsskolan', 'Mariekällskolan', 'Tvetaskolan',
           'Bergviksskolan', 'Lina hage skola', 'Enebyskolan', 'Ritorpsskolan', 'Vattubrinksskolan', 'Grusåsskolan',
           'Ekdalsskolan', 'Tallhöjdens skola', 'Ragnhildsborgsskolan', 'Bårsta skola', 'Ytterjärna skola', 'Kattrumpstullsskolan',
           'Oxbacksskolan', 'Wasaskolan', 'Kringelskolan', 'Igelstaskolan', 'Nykvarnsvägens skola', 'Sandvikens skola', 'Solbacka skola']
NAMNDER = [('kommunfullmaktige', 'Kommunfullmäktige'), ('kommunstyrelsen', 'Kommunstyrelsen'),
           ('socialnamnden', 'Socialnämnden'), ('utbildningsnamnden', 'Utbildningsnämnden'),
           ('kultur-och-fritidsnamnden', 'Kultur- och fritidsnämnden'), ('stadsbyggnadsnamnden', 'Stadsbyggnadsnämnden'),
           ('aldrenamnden', 'Äldrenämnden'), ('miljonamnden', 'Miljönämnden')]
NEWS_T = [('vattenavstangning-pa-{s}', 'Vattenavstängning på {S}', 'Vattnet stängs av på {S} på grund av ledningsarbete. Tappa upp vatten i förväg. En vattentank ställs ut vid korsningen.'),
          ('gatuarbete-pa-{s}', 'Gatuarbete på {S}', 'Vi byter beläggning på {S}. Trafiken leds om under arbetet, som beräknas ta tre veckor.'),
          ('nytt-konstgras-pa-{p}-ip', 'Nytt konstgräs på {P} IP', 'Konstgräsplanen på {P} IP har fått nytt gräs och ny belysning. Planen kan bokas från och med nästa vecka.'),
          ('ny-lekplats-i-{p}', 'Ny lekplats i {P}', 'Nu är den nya lekplatsen i {P} klar. Den har gungor, klätterställning och en tillgänglig sandlåda.'),
          ('snorojning-i-{p}', 'Snöröjning i {P}', 'Snöröjningen i {P} pågår. Flytta gärna bilen från gatan så att plogbilarna kommer fram.'),
          ('trafikomlaggning-vid-{s}', 'Trafikomläggning vid {S}', 'Under ombyggnaden av korsningen vid {S} leds trafiken om. Bussarna stannar vid tillfälliga hållplatser.'),
          ('julbelysningen-tands-i-{p}', 'Julbelysningen tänds i {P}', 'På lördag tänds julbelysningen i {P}. Det blir glögg, musik och tomtar på torget.'),
          ('nya-oppettider-pa-biblioteket-i-{p}', 'Nya öppettider på biblioteket i {P}', 'Biblioteket i {P} får nya öppettider. Meröppet gäller som vanligt mellan klockan 7 och 21.'),
          ('badplatsen-i-{p}-har-provtagits', 'Badplatsen i {P} har provtagits', 'Miljöförvaltningen har tagit vattenprover vid badplatsen i {P}. Vattnet är tjänligt.'),
          ('parkeringen-vid-{s}-stangs', 'Parkeringen vid {S} stängs', 'Parkeringen vid {S} stängs för asfaltering under två dagar.'),
          ('atervinningscentralen-i-{p}-far-nya-tider', 'Återvinningscentralen i {P} får nya tider', 'Från måndag har återvinningscentralen i {P} öppet klockan 10–19 på vardagar.'),
          ('grasklippning-i-{p}', 'Gräsklippning i {P}', 'Nu klipper vi gräset i parkerna i {P}. Arbetet pågår hela veckan.')]


def slug(s):
    tr = str.maketrans({'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e', ' ': '-', 'Å': 'a', 'Ä': 'a', 'Ö': 'o'})
    return s.lower().translate(tr)


def generated(n_needed, taken):
    """Exactly n_needed generated pages (path, title, trail, active, paras, date), none of them in taken."""
    rnd = random.Random(28)
    out = []
    seen = set(taken)

    def add(path, *rest):
        if path not in seen and len(out) < n_needed:
            seen.add(path)
            out.append((path,) + rest)

    fsk_trail = [('Förskola och skola', FS), ('Förskola', FSK), ('Förskolor A–Ö', FSK_AO)]
    for i, name in enumerate(PRESCHOOL):
        for place in (PLACES[i % len(PLACES)], PLACES[(i * 7 + 3) % len(PLACES)]):
            t = f'Förskolan {name} i {place}'
            add(f'{FSK_AO}/forskolan-{slug(name)}-{slug(place)}', t, fsk_trail + [(t, None)], FS,
                [f'Förskolan {name} ligger i {place} och har fyra avdelningar för barn 1–5 år.',
                 'Vi arbetar med utomhuspedagogik, språk och matematik i leken. Förskolan har öppet 6.30–18.00.'], '2025-0%d-1%d' % (1 + i % 9, i % 10))
    gs_trail = [('Förskola och skola', FS), ('Grundskola', GS), ('Skolor A–Ö', GS_AO)]
    for i, name in enumerate(SCHOOLS):
        add(f'{GS_AO}/{slug(name)}', name, gs_trail + [(name, None)], FS,
            [f'{name} har elever från förskoleklass till årskurs {6 if i % 3 else 9}.',
             'Skolan har fritidshem, bibliotek och elevhälsa med skolsköterska och kurator.'], '2025-08-%02d' % (1 + i % 28))
    for key, name in NAMNDER:
        for y in range(2016, 2026):
            for m in (2, 3, 4, 5, 6, 9, 10, 11, 12):
                d = f'{y}-{m:02d}-{7 + (y + m * 3 + len(key)) % 20:02d}'
                add(f'{KP}/moten-och-handlingar/{key}/sammantrade-{d}', f'{name} {d}',
                    [('Kommun och politik', KP), ('Möten och handlingar', KP + '/moten-och-handlingar'), (f'{name} {d}', None)], KP,
                    [f'{name} sammanträder den {d} klockan 18.00 i Stadshuset.',
                     'Kallelse och handlingar publiceras en vecka före mötet. Protokollet justeras inom fjorton dagar och anslås på den digitala anslagstavlan.'], d)
    plans = []
    for p in PLACES:
        for k in range(1, 10):
            plans.append((p, k))
    rnd.shuffle(plans)
    for p, k in plans[:230]:
        t = f'Detaljplan för {p} {k}:{(k * 13) % 40 + 1}'
        add(f'/bygga-bo-och-miljo/planer-och-program/detaljplaner/{slug(p)}-{k}-{(k * 13) % 40 + 1}', t,
            [('Bygga, bo och miljö', '/bygga-bo-och-miljo'), ('Detaljplaner', '/bygga-bo-och-miljo/planer-och-program/detaljplaner'), (t, None)],
            '/bygga-bo-och-miljo',
            [f'Planen gäller fastigheten {p} {k}:{(k * 13) % 40 + 1} och möjliggör bostäder i två till fyra våningar.',
             'Samråd har genomförts. Planen beräknas antas av stadsbyggnadsnämnden under nästa år.'], '2024-%02d-15' % (1 + k))
    for i, p in enumerate(PLACES):
        for kind, label, text in (('idrottsplatser', 'idrottsplats', 'har fotbollsplan, löparbana och omklädningsrum.'),
                                  ('parker', 'park', 'har lekplats, grillplats och belysta gångstigar.'),
                                  ('motionsspar', 'motionsspår', 'är 2,5 kilometer långt och belyst till klockan 22.')):
            t = f'{p} {label}'
            add(f'{UG}/{kind}/{slug(p)}-{slug(label)}', t, [('Uppleva och göra', UG), (t, None)], UG,
                [f'{t} {text}', 'Anläggningen sköts av kultur- och fritidskontoret.'], '2025-04-%02d' % (1 + i % 28))
    years = list(range(2016, 2026))
    combos = []
    for ti, (sl, tt, tx) in enumerate(NEWS_T):
        for j in range(len(PLACES)):
            for y in years:
                combos.append((ti, j, y))
    rnd.shuffle(combos)
    for ti, j, y in combos:
        if len(out) >= n_needed:
            break
        sl, tt, tx = NEWS_T[ti]
        s, S = slug(STREETS[j % len(STREETS)]), STREETS[j % len(STREETS)]
        p, P = slug(PLACES[j]), PLACES[j]
        m = 1 + (ti * 5 + j + y) % 12
        path = f'{NYH}/{y}/{m:02d}/' + sl.format(s=s, p=p)
        title = tt.format(S=S, P=P)
        add(path, title, [('Nyheter', NYH), (title, None)], None, [tx.format(S=S, P=P)], f'{y}-{m:02d}-{1 + (j * 3 + ti) % 27:02d}')
    assert len(out) == n_needed, len(out)
    return out


def light_trail(trail):
    """A generated page's trail: its last item links nowhere (it is the page)."""
    return [(n, h) for n, h in trail]


def build():
    pages = {
        '/': start(), KP: section(KP, 'Kommun och politik', [('Kommun och politik', KP)], KP,
                                  [('Ekonomi och budget', EK, 'Budget, årsredovisning och den sociala investeringsfonden.'),
                                   ('Möten och handlingar', KP + '/moten-och-handlingar', 'Kallelser och protokoll.'),
                                   ('Organisation', KP + '/organisation', 'Kontor och bolag.')]),
        EK: section(EK, 'Ekonomi och budget', [('Kommun och politik', KP), ('Ekonomi och budget', EK)], KP,
                    [('Budget 2026', EK + '/budget-2026', 'Mål och budget för 2026.'),
                     ('Årsredovisning', EK + '/arsredovisning', 'Så gick det för kommunen 2024.'),
                     ('Sociala investeringar', FUND, 'Kommunens fond för förebyggande arbete.')]),
        FUND: fund(), LIST: investeringar(), SOKA: soka(), RIKT: riktlinjer(), ARS: arsrapport(),
        S1: s1(), S2: s2(), S3: s3(), S4: s4(), S5: s5(),
        FS: section(FS, 'Förskola och skola', [('Förskola och skola', FS)], FS,
                    [('Förskola', FSK, 'Ansök om plats och hitta förskolor.'), ('Grundskola', GS, 'Skolval, skolskjuts och fritidshem.'),
                     ('Gymnasieskola', FS + '/gymnasieskola', 'Gymnasieskolor i Södertälje.')]),
        FSK: section(FSK, 'Förskola', [('Förskola och skola', FS), ('Förskola', FSK)], FS,
                     [('Förskolor A–Ö', FSK_AO, 'Alla förskolor i kommunen.'), ('Ansök om plats', FSK + '/ansok-om-plats', 'Så ansöker du om förskoleplats.')]),
        GS: grundskola(),
        OS: section(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], OS,
                    [('Barn och familj', BOF, 'Stöd till barn, unga och föräldrar.'), ('Äldre', OS + '/aldre', 'Hemtjänst och boenden.')]),
        BOF: section(BOF, 'Barn och familj', [('Omsorg och stöd', OS), ('Barn och familj', BOF)], OS,
                     [('Brobyggarna', SERVICE, 'Stöd till nyanlända familjer på flera språk.'),
                      ('Familjecentraler', BOF + '/familjecentraler', 'Familjecentralerna i Södertälje.')]),
        SERVICE: service(),
        UG: section(UG, 'Uppleva och göra', [('Uppleva och göra', UG)], UG,
                    [('Evenemang', EVS, 'Vad händer i Södertälje?'), ('Bibliotek', UG + '/bibliotek', 'Stadsbiblioteket och filialerna.')]),
        NYH: nyheter(), N_CALL: news_call(), N_S5: news_s5(), N_OLD: news_old(),
        N_BAD: article(N_BAD, 'Badhuset stänger för underhåll', '2025-10-13', 'Simhallen i Södertälje stänger under två veckor i november.',
                       '          <p>Under stängningen byts ventilationen i simhallen. Badhuset öppnar igen den 24 november.</p>'),
        N_BUSS: article(N_BUSS, 'Ny busslinje till Glasberga', '2025-10-06', 'Från december går buss 757 till Glasberga sjöstad.',
                        '          <p>Bussen går varje halvtimme från Södertälje centrum under vardagar och en gång i timmen på helger.</p>'),
        EVS: evenemang(), EV: event(), JOBS: jobs(), JOB: job(),
        KONTAKT: simple(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], None, 'Kontaktcenter svarar vardagar klockan 8–17 på telefon 08-523 010 00.'),
        OMW: simple(OMW, 'Om webbplatsen', [('Om webbplatsen', OMW)], None, 'sodertalje.se drivs av kommunikationsavdelningen.'),
        KAKOR: simple(KAKOR, 'Kakor', [('Om webbplatsen', OMW), ('Kakor', KAKOR)], None, 'Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.'),
        TILLG: simple(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)], None,
                      'Södertälje kommun står bakom den här webbplatsen. Den är delvis förenlig med lagen om tillgänglighet till digital offentlig service.'),
        MOH: section(MOH, 'Möten och handlingar', [('Kommun och politik', KP), ('Möten och handlingar', MOH)], KP,
                     [(n, f'{MOH}/{k}', f'Kallelser och protokoll för {n.lower()}.') for k, n in NAMNDER]),
        BBM: section(BBM, 'Bygga, bo och miljö', [('Bygga, bo och miljö', BBM)], BBM,
                     [('Detaljplaner', DPL, 'Pågående och antagna detaljplaner.'), ('Bygglov', BBM + '/bygglov', 'Ansök om bygglov.')]),
        DPL: section(DPL, 'Detaljplaner', [('Bygga, bo och miljö', BBM), ('Detaljplaner', DPL)], BBM,
                     [('Planer på samråd', DPL + '/pa-samrad', 'Lämna synpunkter på planer.'),
                      ('Antagna planer', DPL + '/antagna', 'Planer som har vunnit laga kraft.')]),
    }
    n_gen = 2000 - len(pages) - 2 - len(STALE)
    gen = generated(n_gen, set(pages) | set(STALE))
    for p, h in pages.items():
        write(H, p, h)
    for path, title, trail, active, paras, date in gen:
        write(H, path, light_page(path, title, [(n, h if h else path) for n, h in trail], active, paras, date))
    # A-Ö lists for preschools and schools (not in the sitemap: the app lists content, and these are its folders' pages)
    fsk = [g for g in gen if g[0].startswith(FSK_AO + '/')]
    gsk = [g for g in gen if g[0].startswith(GS_AO + '/')]
    write(H, FSK_AO, page(FSK_AO, 'Förskolor A–Ö', 'Alla kommunala förskolor i Södertälje.',
                          '        <ul class="sdt-az">' + ''.join(f'<li><a href="{g[0]}">{g[1]}</a></li>' for g in fsk) + '</ul>',
                          [('Förskola och skola', FS), ('Förskola', FSK), ('Förskolor A–Ö', FSK_AO)], FS))
    write(H, GS_AO, page(GS_AO, 'Skolor A–Ö', 'Alla kommunala grundskolor i Södertälje.',
                         '        <ul class="sdt-az">' + ''.join(f'<li><a href="{g[0]}">{g[1]}</a></li>' for g in gsk) + '</ul>',
                         [('Förskola och skola', FS), ('Grundskola', GS), ('Skolor A–Ö', GS_AO)], FS))
    write(H, '/robots.txt', f'''# www.sodertalje.se
User-agent: *
Disallow: /admin
Disallow: /_/service/
Disallow: /_/component/
Disallow: /_/error/
Disallow: /sok
Disallow: /*?print=
Disallow: /uppleva-och-gora/evenemang/kalender
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
''')
    rows = []
    lm = {p: '2025-10-20' for p in pages}
    lm.update({S4: '2024-02-05', N_OLD: '2019-11-26', RIKT: '2023-02-08', ARS: '2025-04-22'})
    for p in pages:
        rows.append((p, lm[p]))
    rows += [(FSK_AO, '2025-08-11'), (GS_AO, '2025-08-11')]
    for p in STALE:
        rows.append((p, '2022-03-01'))
    for g in gen:
        rows.append((g[0], g[5]))
    rows.sort(key=lambda r: r[0])
    assert len(rows) == 2000 and len({r[0] for r in rows}) == 2000
    write(H, '/sitemap.xml', urlset(H, [(p, d + 'T00:00:00Z', 'weekly' if p.startswith(NYH) else 'monthly', '0.5') for p, d in rows]))
    return pages, gen


if __name__ == '__main__':
    build()
