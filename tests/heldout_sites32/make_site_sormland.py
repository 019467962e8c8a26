"""Region Sörmland (länskod 04; Eskilstuna, Flen, Gnesta, Katrineholm, Nyköping, Oxelösund, Strängnäs, Trosa,
Vingåker), its site for regional development utveckling.regionsormland.se, on DOTCMS (a VTL theme 'rs-utveckling')
AFTER A MOVE – heldout_sites32.

(The region's main host www.regionsormland.se was used in heldout_sites7; this set uses the development site, a host
no set used, with content of its own.)

dotCMS: theme files under /application/themes/rs-utveckling/, images as dotAssets under /dA/<id>/… (none saved),
body data-identifier/data-inode, the back end /dotAdmin/ and the portal servlet /c/, the REST API under /api/. dotCMS
addresses a FOLDER with a trailing slash (its index page: /regional-utveckling/) and a PAGE without one
(/…/sociala-investeringsmedel/sa-soker-ni-medel); both are saved as <path>/index.html. Links are root-relative.

THE FUND SECTION MOVED. Until the autumn of 2024 the site (then on Episerver) had the fund at /sociala-investeringar/
with its projects under /sociala-investeringar/projekt/<slug>/. The new section is THREE LEVELS DOWN: Regional
utveckling › Hälsa och social hållbarhet › Sociala investeringsmedel (/regional-utveckling/halsa-och-social-
hallbarhet/sociala-investeringsmedel/), with the folders beviljade-projekt/ and avslutade-projekt/ holding the project
pages. The OLD ADDRESSES were not redirected by the server: the web team left a SMALL HTML FILE at each of them ('Sidan
har flyttat'), some with <meta http-equiv="refresh"> (5 s or 0 s; an absolute, a root-relative quoted and a relative
'../../../' URL) and a fallback link, ONE (the only way to a
finished project) WITH THE REFRESH ALONE, one with a script and a link only, one chaining to another old address, one pointing into the
forbidden e-service. News items migrated from the old site keep their OLD LINKS, and the start page's shortcut
'Sociala investeringsmedel' still points at the old fund address. One finished project's new page is linked from
nowhere on the new site and is not in its sitemap: only the stub at its old address leads there.
"""
from make_common import write, esc, hexid, urlset

H = 'utveckling.regionsormland.se'

RU = '/regional-utveckling/'
HSH = RU + 'halsa-och-social-hallbarhet/'
FUND = HSH + 'sociala-investeringsmedel/'
LIST = FUND + 'beviljade-projekt/'
AVS = FUND + 'avslutade-projekt/'
R1 = LIST + 'familjecoacher-i-flen'
R2 = LIST + 'unga-pa-vag-vingaker'
R3 = LIST + 'lasande-familjer-i-oxelosund'
R4 = AVS + 'halsoskolan-i-gnesta'            # ONLY through the stub at its old address (from a 2022 news item)
R5 = AVS + 'sprakvanner-i-katrineholm'
PROJECTS = [R1, R2, R3, R4, R5]
SOKA = FUND + 'sa-soker-ni-medel'
VILL = FUND + 'villkor-och-riktlinjer'
UTV = FUND + 'utvardering-2019-2024'
HL = HSH + 'halsolotsar'                     # a standing service that began as a project
HT = RU + 'hallbar-tillvaxt/'
HTP = HT + 'projekt/'
LADD = HTP + 'laddinfrastruktur-i-sormland'  # a regional project with no social aim, same template
AKT = '/aktuellt/'
ARK22 = AKT + 'arkiv/2022'
ARK23 = AKT + 'arkiv/2023'
N_FUND = AKT + '2025/regionen-avsatter-sex-miljoner-kronor-till-sociala-investeringar-2026'
N_RUS = AKT + '2025/ny-regional-utvecklingsstrategi-for-sormland'
N_TAG = AKT + '2025/fler-avgangar-med-sormlandspilen'
N22_R4 = AKT + '2022/gnesta-startar-halsoskolan-for-hogstadieelever'
N22_CALL = AKT + '2022/nu-kan-kommunerna-soka-sociala-investeringsmedel'
N23_GRANT = AKT + '2023/fyra-projekt-far-sociala-investeringsmedel'
EV = AKT + 'evenemang/larandetraff-sociala-investeringar-i-sormland'
OMOSS = '/om-oss/'
JOBS = OMOSS + 'lediga-jobb/'
JOB = JOBS + 'processledare-social-hallbarhet'
KONTAKT = OMOSS + 'kontakt'
OMW = '/om-webbplatsen/'
KAKOR = OMW + 'kakor'
TILLG = OMW + 'tillganglighetsredogorelse'
NOT_PROJECTS = [FUND, SOKA, VILL, UTV, N_FUND, EV, JOB, HL, LADD]

# the old addresses (small 'Sidan har flyttat' files)
O = '/sociala-investeringar/'
S_FUND = O                                             # refresh 5 s, absolute URL, and a link
S_R1 = O + 'projekt/familjecoacher-flen/'              # refresh 0, RELATIVE url=../../../…
S_R4 = O + 'projekt/halsoskolan-gnesta/'               # refresh 0, URL='…' (quoted, capitals)
S_R5 = O + 'projekt/sprakvanner-katrineholm/'          # no meta refresh: a script and a link
S_SOK = O + 'sok-medel/'                               # refresh to another old address ...
S_SOK2 = O + 'ansok-om-medel/'                         # ... which refreshes to the new page
S_ANS = O + 'ansokningsformular/'                      # refresh into the forbidden e-service
STUBS = [S_FUND, S_R1, S_R4, S_R5, S_SOK, S_SOK2, S_ANS]
ETJ = '/e-tjanster/ansokan-sociala-investeringsmedel'

SEARCH = '/sok'
SEARCHES = ['/sok?q=regional+utvecklingsstrategi', '/sok?q=kollektivtrafik', '/sok?q=sociala+investeringar']
CAL = '/aktuellt/kalender'
CAL_Q = '/aktuellt/kalender?datum=2026-03-19'
LOGIN = '/dotAdmin/'
PORTAL = '/c/portal/login?referer=%2F'
API_LIST = '/api/content/render/false/query/+contentType:RsProjekt%20+RsProjekt.status:*/orderby/RsProjekt.startdatum%20desc'
PRINT = '?print=true'
PRINT_PAGES = [FUND, R1, R2, R3, R5]


def forbidden():
    return ([SEARCH] + SEARCHES + [CAL, CAL_Q, LOGIN, PORTAL, API_LIST, ETJ] + [p + PRINT for p in PRINT_PAGES])


def ident(path):
    h = hexid('rs' + path, 32)
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'


# ------------------------------------------------------------------------------------------------------------ chrome
TOP = [('Regional utveckling', RU), ('Aktuellt', AKT), ('Om oss', OMOSS)]


def header(active):
    lis = ''.join(f'<li class="rs-nav__item{" rs-nav__item--active" if h == active else ""}"><a class="rs-nav__link" href="{h}">{t}</a></li>'
                  for t, h in TOP)
    return f'''<header class="rs-header">
    <div class="rs-header__top rs-container">
      <a class="rs-skip" href="#innehall">Gå direkt till innehållet</a>
      <a class="rs-header__logo" href="/"><img src="/application/themes/rs-utveckling/img/region-sormland-regional-utveckling.svg" alt="Region Sörmland – Regional utveckling, till startsidan" width="240" height="48"></a>
      <ul class="rs-header__tools">
        <li><a href="https://www.regionsormland.se/">Region Sörmlands webbplats</a></li>
        <li><a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=10432&amp;lang=sv_se&amp;readid=innehall" rel="nofollow">Lyssna</a></li>
      </ul>
      <form class="rs-search" action="{SEARCH}" method="get" role="search">
        <label class="rs-visually-hidden" for="rs-q">Sök på webbplatsen</label>
        <input id="rs-q" name="q" type="search" placeholder="Sök">
        <button type="submit">Sök</button>
      </form>
    </div>
    <nav class="rs-nav" aria-label="Huvudmeny"><ul class="rs-nav__list rs-container">{lis}</ul></nav>
  </header>'''


FOOTER = f'''<footer class="rs-footer">
    <div class="rs-container rs-footer__inner">
      <div class="rs-footer__col">
        <h2>Region Sörmland</h2>
        <p>Regional utveckling<br>611 88 Nyköping<br>Telefon: 0155-24 50 00<br><a href="mailto:regionsormland@regionsormland.se">regionsormland@regionsormland.se</a></p>
      </div>
      <div class="rs-footer__col">
        <h2>Genvägar</h2>
        <ul><li><a href="{AKT}">Aktuellt</a></li><li><a href="{JOBS}">Lediga jobb</a></li><li><a href="{KONTAKT}">Kontakt</a></li></ul>
      </div>
      <div class="rs-footer__col">
        <h2>Om webbplatsen</h2>
        <ul><li><a href="{OMW}">Om webbplatsen</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li><li><a href="{KAKOR}">Kakor</a></li><li><a href="{LOGIN}" rel="nofollow">Logga in</a></li></ul>
      </div>
    </div>
  </footer>'''


def crumbs(trail):
    lis = '<li><a href="/">Start</a></li>' + ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in trail[:-1]) + \
          f'<li aria-current="page">{esc(trail[-1][0])}</li>'
    return f'<nav class="rs-breadcrumb rs-container" aria-label="Brödsmulor"><ol>{lis}</ol></nav>'


FUND_KIDS = [('Beviljade projekt', LIST, None), ('Avslutade projekt', AVS, None), ('Så söker ni medel', SOKA, None),
             ('Villkor och riktlinjer', VILL, None), ('Utvärdering 2019–2024', UTV, None)]
HSH_KIDS = [('Sociala investeringsmedel', FUND, FUND_KIDS), ('Hälsolotsar', HL, None),
            ('Folkhälsopolitiskt program', HSH + 'folkhalsopolitiskt-program', None)]
HT_KIDS = [('Projekt', HTP, None), ('Näringsliv och innovation', HT + 'naringsliv-och-innovation', None)]
RU_KIDS = [('Hälsa och social hållbarhet', HSH, HSH_KIDS), ('Hållbar tillväxt', HT, HT_KIDS),
           ('Kompetensförsörjning', RU + 'kompetensforsorjning/', None), ('Infrastruktur', RU + 'infrastruktur/', None)]


def subnav(current):
    def lis(items):
        out = ''
        for t, h, kids in items:
            open_ = current == h or current.startswith(h)
            cur = ' aria-current="page"' if h == current else ''
            sub = f'<ul>{lis(kids)}</ul>' if kids and open_ else ''
            out += f'<li class="rs-subnav__item{" rs-subnav__item--open" if open_ and kids else ""}"><a href="{h}"{cur}>{t}</a>{sub}</li>'
        return out
    items = [(t, h, k if isinstance(k, list) else None) for t, h, k in RU_KIDS]
    return f'''<aside class="rs-layout__side"><nav class="rs-subnav" aria-label="Undermeny"><a class="rs-subnav__root" href="{RU}">Regional utveckling</a><ul>{lis(items)}</ul></nav></aside>'''


def page(path, title, main, trail, top=RU, side=True, desc='', printable=False, updated='2025-10-09', tpl='standard'):
    tools = f'''
        <ul class="rs-pagetools"><li><a href="{path}{PRINT}" rel="nofollow">Skriv ut</a></li><li><a href="mailto:?subject={esc(title)}&amp;body=https://{H}{path}">Tipsa</a></li></ul>''' if printable else ''
    title_tag = f'{title} - Regional utveckling - Region Sörmland' if path != '/' else 'Regional utveckling - Region Sörmland'
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title_tag)}</title>
  <meta name="description" content="{esc(desc or title)}">
  <link rel="canonical" href="https://{H}{path}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:url" content="https://{H}{path}">
  <meta property="og:image" content="https://{H}/dA/{hexid('og' + path, 10)}/image/delning.jpg">
  <meta name="dcterms.modified" content="{updated}">
  <link rel="stylesheet" href="/application/themes/rs-utveckling/css/main.min.css?v=2024.11.3">
  <script src="/application/themes/rs-utveckling/js/main.min.js?v=2024.11.3" defer></script>
</head>
<body class="rs-template-{tpl}" data-identifier="{ident(path)}" data-inode="{ident('inode' + path)}">
  {header(top)}
  {crumbs(trail) if trail else ''}
  <div class="rs-layout rs-container{' rs-layout--with-side' if side else ''}">
    {subnav(path) if side else ''}
    <main class="rs-layout__main" id="innehall">
{main}{tools}
      <p class="rs-updated">Sidan uppdaterades: <time datetime="{updated}">{updated}</time></p>
    </main>
  </div>
  {FOOTER}
</body>
</html>
'''


def trail_of(path, title):
    t = [('Regional utveckling', RU)]
    for name, h in (('Hälsa och social hållbarhet', HSH), ('Sociala investeringsmedel', FUND), ('Beviljade projekt', LIST),
                    ('Avslutade projekt', AVS), ('Hållbar tillväxt', HT), ('Projekt', HTP)):
        if path.startswith(h) and path != h:
            t.append((name, h))
    t.append((title, path))
    return t


# ---------------------------------------------------------------------------------------------------------- projects
def projekt(path, title, lead, text, facts, updated, tpl='projekt'):
    dl = ''.join(f'\n          <div class="rs-facts__row"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in facts)
    main = f'''      <article class="rs-article rs-project">
        <h1>{title}</h1>
        <p class="rs-lead">{lead}</p>
        <img class="rs-article__image" src="/dA/{hexid('img' + path, 10)}/image/480w/60q/{path.rsplit('/', 1)[-1]}.jpg" alt="">
        <div class="rs-facts"><h2 class="rs-facts__heading">Fakta om projektet</h2><dl>{dl}
        </dl></div>
        <div class="rs-richtext">
{text}
        </div>
      </article>'''
    return page(path, title, main, trail_of(path, title), desc=lead, printable=path in PRINT_PAGES, updated=updated, tpl=tpl)


def r1():
    text = '''          <p>Familjecoacher i Flen är ett projekt för barnfamiljer som under lång tid har haft ekonomiskt bistånd. En familjecoach stöttar hela familjen: föräldrarna mot arbete eller studier och barnen i skolan och på fritiden.</p>
          <h2>Varför behövs projektet?</h2>
          <p>I Flen växer fler barn upp i familjer med långvarigt ekonomiskt bistånd än i resten av länet. Barn i familjer med låg inkomst deltar mindre i fritidsaktiviteter och klarar skolan sämre. Projektet ska bryta mönstret genom att arbeta med hela familjen på en gång.</p>
          <h2>Så arbetar familjecoacherna</h2>
          <p>Varje familj får en egen coach som de träffar varje vecka. Coachen hjälper föräldrarna att ta kontakt med Arbetsförmedlingen och vuxenutbildningen, hjälper barnen att hitta en fritidsaktivitet och har kontakt med skolan när familjen vill det.</p>
          <p>Flens kommun driver projektet med 1 800 000 kronor från Region Sörmlands sociala investeringsmedel. Projektet pågår från januari 2024 till december 2026.</p>'''
    facts = [('Projektägare', 'Flens kommun, arbetsmarknads- och socialförvaltningen'),
             ('Samverkanspartner', 'Arbetsförmedlingen, Region Sörmland (barn- och ungdomshälsan)'),
             ('Projektperiod', 'januari 2024 – december 2026'),
             ('Beviljade medel', '1 800 000 kronor'),
             ('Målgrupp', 'Familjer med barn 0–17 år som har haft ekonomiskt bistånd i mer än ett år'),
             ('Bemanning', 'Två familjecoacher på heltid'),
             ('Status', 'Pågående')]
    return projekt(R1, 'Familjecoacher i Flen', 'Familjecoacher stöttar barnfamiljer med långvarigt ekonomiskt bistånd i Flen.', text, facts, '2025-03-18')


def r2():
    text = '''          <p>Unga på väg är ett projekt för unga i Vingåker som varken arbetar eller studerar. Två ungdomscoacher söker upp de unga, träffar dem där de är och hjälper dem tillbaka till skolan eller ut i arbete.</p>
          <h2>Bakgrund</h2>
          <p>Vingåker har en av de högsta andelarna unga som varken arbetar eller studerar i Sörmland. Många av dem har hoppat av gymnasiet och har ingen kontakt med någon myndighet. Ju längre tiden går, desto svårare blir det att komma tillbaka.</p>
          <h2>Mål</h2>
          <ul>
            <li>Minst 40 unga ska ha fått stöd av projektet till sommaren 2026.</li>
            <li>Hälften av dem ska ha börjat arbeta eller studera sex månader efter att stödet avslutats.</li>
            <li>Kommunens aktivitetsansvar och Arbetsförmedlingen ska ha ett gemensamt arbetssätt när projektet tar slut.</li>
          </ul>
          <p>Projektet får 1 100 000 kronor ur Region Sörmlands sociala investeringsmedel och pågår från augusti 2024 till juli 2026.</p>'''
    facts = [('Projektägare', 'Vingåkers kommun, kommunala aktivitetsansvaret'),
             ('Samverkanspartner', 'Arbetsförmedlingen, Viadidakt, Samordningsförbundet RAR i Sörmland'),
             ('Projektperiod', 'augusti 2024 – juli 2026'),
             ('Beviljade medel', '1 100 000 kronor'),
             ('Målgrupp', 'Unga 16–24 år som varken arbetar eller studerar'),
             ('Bemanning', 'Två ungdomscoacher'),
             ('Status', 'Pågående')]
    return projekt(R2, 'Unga på väg – Vingåker', 'Ungdomscoacher hjälper unga i Vingåker som varken arbetar eller studerar.', text, facts, '2025-01-22')


def r3():
    text = '''          <p>Läsande familjer är ett projekt där biblioteket och barnavårdscentralen i Oxelösund tillsammans ger föräldrar verktyg att läsa, prata och sjunga med sina små barn. Ett rikt språk tidigt i livet är en av de viktigaste förutsättningarna för att klara skolan.</p>
          <h2>Vad händer i projektet?</h2>
          <p>Alla familjer som kommer till barnavårdscentralen när barnet är sex och tolv månader får en bokpåse och en personlig inbjudan till biblioteket. En barnbibliotekarie håller språkträffar för föräldrar och barn varje vecka, på svenska, arabiska och somaliska, och besöker öppna förskolan.</p>
          <p>Oxelösunds kommun har beviljats 650 000 kronor ur Region Sörmlands sociala investeringsmedel för projektet, som pågår från mars 2025 till februari 2027.</p>'''
    facts = [('Projektägare', 'Oxelösunds kommun, biblioteket'),
             ('Samverkanspartner', 'Barnavårdscentralen i Oxelösund (Region Sörmland), öppna förskolan'),
             ('Projektperiod', 'mars 2025 – februari 2027'),
             ('Beviljade medel', '650 000 kronor'),
             ('Målgrupp', 'Familjer med barn 0–6 år'),
             ('Bemanning', 'En barnbibliotekarie på halvtid'),
             ('Status', 'Pågående')]
    return projekt(R3, 'Läsande familjer i Oxelösund', 'Biblioteket och barnavårdscentralen hjälper föräldrar att ge sina barn ett rikt språk.', text, facts, '2025-04-02')


def r4():
    text = '''          <p><strong>Projektet är avslutat.</strong> Hälsoskolan var ett projekt för högstadieelever i Gnesta som mådde dåligt av stress och sov för lite. Projektet pågick från september 2021 till juni 2024.</p>
          <h2>Vad gjorde projektet?</h2>
          <p>Skolsköterskan och en hälsopedagog höll samtalsgrupper om sömn, stress och skärmtid för elever i årskurs 7–9 på Frejaskolan. Eleverna fick också ett enskilt hälsosamtal och föräldrarna bjöds in till tre föräldrakvällar per läsår.</p>
          <h2>Resultat</h2>
          <p>314 elever deltog i grupperna. Andelen elever som sov mindre än sju timmar en vanlig skolnatt minskade från 41 till 29 procent, och färre elever sökte skolsköterskan för huvudvärk och magont. Projektet fick 950 000 kronor ur Region Sörmlands sociala investeringsmedel.</p>
          <h2>Efter projektet</h2>
          <p>Samtalsgrupperna ingår sedan hösten 2024 i elevhälsans ordinarie arbete i Gnesta kommun.</p>'''
    facts = [('Projektägare', 'Gnesta kommun, elevhälsan'),
             ('Samverkanspartner', 'Frejaskolan, Ungdomsmottagningen i Gnesta (Region Sörmland)'),
             ('Projektperiod', 'september 2021 – juni 2024'),
             ('Beviljade medel', '950 000 kronor'),
             ('Målgrupp', 'Elever i årskurs 7–9'),
             ('Status', 'Avslutat')]
    return projekt(R4, 'Hälsoskolan i Gnesta', 'Samtalsgrupper om sömn och stress för högstadieelever i Gnesta.', text, facts, '2024-10-07')


def r5():
    text = '''          <p><strong>Projektet är avslutat.</strong> Språkvänner i Katrineholm matchade nyanlända vuxna med frivilliga språkvänner som de träffade varje vecka för att prata svenska och lära känna Katrineholm. Projektet pågick från augusti 2020 till juli 2023.</p>
          <h2>Så arbetade projektet</h2>
          <p>En samordnare på Katrineholms kommun rekryterade språkvänner genom föreningar, Svenska kyrkan och studieförbunden och matchade dem med deltagare från SFI. Språkvännerna och deltagarna träffades en gång i veckan i minst sex månader, och varje månad ordnades en gemensam aktivitet.</p>
          <h2>Resultat</h2>
          <p>218 par matchades. Deltagarna klarade SFI-kurserna snabbare än andra elever, och 61 procent av dem hade ett arbete eller studerade ett år efter projektet. Projektet fick 720 000 kronor ur Region Sörmlands sociala investeringsmedel.</p>'''
    facts = [('Projektägare', 'Katrineholms kommun, Viadidakt'),
             ('Samverkanspartner', 'Svenska kyrkan i Katrineholm, Studieförbundet Vuxenskolan, ABF Katrineholm'),
             ('Projektperiod', 'augusti 2020 – juli 2023'),
             ('Beviljade medel', '720 000 kronor'),
             ('Målgrupp', 'Nyanlända vuxna som läser SFI'),
             ('Bemanning', 'En samordnare på 75 procent'),
             ('Status', 'Avslutat')]
    return projekt(R5, 'Språkvänner i Katrineholm', 'Nyanlända vuxna fick en språkvän att träffa varje vecka.', text, facts, '2024-10-07')


def ladd():
    text = '''          <p>Projektet ska öka antalet publika laddpunkter för elbilar och tunga fordon i Sörmland. Region Sörmland kartlägger behoven tillsammans med kommunerna och energibolagen och tar fram en regional plan för laddinfrastruktur.</p>
          <h2>Aktiviteter</h2>
          <ul>
            <li>Kartläggning av befintliga och planerade laddpunkter längs E4, E20 och riksväg 55.</li>
            <li>Dialog med energibolagen om kapaciteten i elnätet.</li>
            <li>En regional plan för laddinfrastruktur, klar hösten 2026.</li>
          </ul>
          <p>Projektet finansieras av Europeiska regionala utvecklingsfonden och Region Sörmland.</p>'''
    facts = [('Projektägare', 'Region Sörmland, regional utveckling'),
             ('Samverkanspartner', 'Länsstyrelsen Södermanland, Sörmlands kommuner, Energikontoret i Mälardalen'),
             ('Projektperiod', 'januari 2025 – december 2027'),
             ('Budget', '7 400 000 kronor'),
             ('Finansiering', 'Europeiska regionala utvecklingsfonden (ERUF) och Region Sörmland'),
             ('Status', 'Pågående')]
    return projekt(LADD, 'Laddinfrastruktur i Sörmland', 'En regional plan för fler laddpunkter för elbilar och tunga fordon.', text, facts, '2025-06-16')


# ------------------------------------------------------------------------------------------------------- fund pages
def fund():
    main = f'''      <article class="rs-article">
        <h1>Sociala investeringsmedel</h1>
        <p class="rs-lead">Region Sörmland avsätter varje år pengar till sociala investeringar i länets kommuner. Medlen ska ge kommunerna möjlighet att pröva nya, förebyggande arbetssätt tillsammans med regionen.</p>
        <div class="rs-richtext">
          <h2>Vad är sociala investeringsmedel?</h2>
          <p>Sociala investeringsmedel är pengar som regionstyrelsen avsätter för att förebygga ohälsa och utanförskap. Ett projekt som får medel ska vara tidsbegränsat, ha en tydlig målgrupp och följas upp så att resultaten kan spridas till andra kommuner.</p>
          <h2>Vem kan söka?</h2>
          <p>Sörmlands nio kommuner kan söka, ensamma eller tillsammans. Region Sörmlands egna verksamheter kan vara samverkanspartner men inte projektägare.</p>
          <h2>Medlen i siffror</h2>
          <ul>
            <li>Avsatt för 2026: 6 000 000 kronor</li>
            <li>Beviljade projekt sedan 2019: 17</li>
            <li>Nästa ansökningsperiod: 1 februari–15 mars 2026</li>
          </ul>
          <h2>Projekten</h2>
          <p>Se <a href="{LIST}">beviljade projekt</a> och <a href="{AVS}">avslutade projekt</a>. Hur medlen har fungerat under de första fem åren beskrivs i <a href="{UTV}">utvärderingen 2019–2024</a>.</p>
          <div class="rs-notice"><p>Sidorna om sociala investeringsmedel har fått nya adresser. Har du sparat en länk till den gamla sidan leds du hit.</p></div>
        </div>
        <div class="rs-linkboxes">
          <a class="rs-linkbox" href="{SOKA}"><span class="rs-linkbox__title">Så söker ni medel</span><span class="rs-linkbox__text">Ansökan, bedömning och beslut</span></a>
          <a class="rs-linkbox" href="{VILL}"><span class="rs-linkbox__title">Villkor och riktlinjer</span><span class="rs-linkbox__text">Vad medlen får användas till</span></a>
        </div>
      </article>'''
    return page(FUND, 'Sociala investeringsmedel', main, trail_of(FUND, 'Sociala investeringsmedel'), printable=True, updated='2025-10-09')


def card(path, title, kommun, years, text):
    return f'''          <li class="rs-card">
            <img class="rs-card__image" src="/dA/{hexid('img' + path, 10)}/image/320w/50q/{path.rsplit('/', 1)[-1]}.jpg" alt="">
            <h3 class="rs-card__title"><a href="{path}">{title}</a></h3>
            <p class="rs-card__meta">{kommun} · {years}</p>
            <p class="rs-card__text">{text}</p>
          </li>'''


def lista():
    cards = ''.join([card(R1, 'Familjecoacher i Flen', 'Flens kommun', '2024–2026', 'Familjecoacher stöttar barnfamiljer med långvarigt ekonomiskt bistånd.'),
                     card(R3, 'Läsande familjer i Oxelösund', 'Oxelösunds kommun', '2025–2027', 'Biblioteket och barnavårdscentralen stöttar föräldrar att läsa med sina barn.'),
                     card(R2, 'Unga på väg – Vingåker', 'Vingåkers kommun', '2024–2026', 'Ungdomscoacher för unga som varken arbetar eller studerar.')])
    main = f'''      <article class="rs-article">
        <h1>Beviljade projekt</h1>
        <p class="rs-lead">Här är de projekt som har fått Region Sörmlands sociala investeringsmedel och som pågår just nu.</p>
        <div class="rs-projectfilter" data-endpoint="{API_LIST}" data-kommuner="Eskilstuna,Flen,Gnesta,Katrineholm,Nyköping,Oxelösund,Strängnäs,Trosa,Vingåker">
          <p class="rs-projectfilter__fallback">Filtrera på kommun kräver JavaScript.</p>
        </div>
        <ul class="rs-cards">
{cards}
        </ul>
        <p>Projekt som har avslutats finns under <a href="{AVS}">Avslutade projekt</a>.</p>
      </article>'''
    return page(LIST, 'Beviljade projekt', main, trail_of(LIST, 'Beviljade projekt'), updated='2025-04-02')


def avslutade():
    main = f'''      <article class="rs-article">
        <h1>Avslutade projekt</h1>
        <p class="rs-lead">Projekt som har fått sociala investeringsmedel och som nu är avslutade. Vi flyttar över projektsidorna från den gamla webbplatsen efter hand.</p>
        <div class="rs-richtext">
          <table>
            <caption>Avslutade projekt</caption>
            <thead><tr><th scope="col">Projekt</th><th scope="col">Kommun</th><th scope="col">År</th></tr></thead>
            <tbody>
              <tr><td><a href="{R5}">Språkvänner i Katrineholm</a></td><td>Katrineholm</td><td>2020–2023</td></tr>
              <tr><td>Hälsoskolan i Gnesta</td><td>Gnesta</td><td>2021–2024</td></tr>
              <tr><td>Fritidsbanken Trosa</td><td>Trosa</td><td>2019–2021</td></tr>
              <tr><td>Hälsolotsar i Sörmland</td><td>Hela länet</td><td>2019–2022</td></tr>
            </tbody>
          </table>
          <p>Hälsolotsar i Sörmland är i dag en del av Region Sörmlands ordinarie verksamhet: läs om <a href="{HL}">hälsolotsarna</a>.</p>
        </div>
      </article>'''
    return page(AVS, 'Avslutade projekt', main, trail_of(AVS, 'Avslutade projekt'), updated='2024-10-07')


def soka():
    main = f'''      <article class="rs-article">
        <h1>Så söker ni medel</h1>
        <p class="rs-lead">Kommunerna i Sörmland kan söka sociala investeringsmedel en gång per år.</p>
        <div class="rs-richtext">
          <h2>Vem kan söka?</h2>
          <p>En eller flera av länets kommuner. Ideella föreningar och Region Sörmlands verksamheter kan vara med som samverkanspartner.</p>
          <h2>Hur mycket kan vi söka?</h2>
          <p>Högst 2 000 000 kronor per projekt och högst tre år. Kommunen ska bidra med egen tid eller egna pengar.</p>
          <h2>Så går det till</h2>
          <ol>
            <li>Kontakta en processledare på regional utveckling och berätta om er idé.</li>
            <li>Skicka in ansökan i e-tjänsten mellan 1 februari och 15 mars.</li>
            <li>En bedömningsgrupp läser ansökningarna i april.</li>
            <li>Regionala utvecklingsnämnden beslutar i maj.</li>
          </ol>
          <h2>Vad bedöms?</h2>
          <p>Att projektet är förebyggande, bygger på kunskap, har mätbara mål och en plan för hur arbetet kan fortsätta efter projekttiden.</p>
          <p><a class="rs-button" href="{ETJ}">Till e-tjänsten</a></p>
        </div>
      </article>'''
    return page(SOKA, 'Så söker ni medel', main, trail_of(SOKA, 'Så söker ni medel'), updated='2025-09-30')


def vill():
    main = '''      <article class="rs-article">
        <h1>Villkor och riktlinjer</h1>
        <p class="rs-lead">Riktlinjer för Region Sörmlands sociala investeringsmedel, beslutade av regionala utvecklingsnämnden den 12 december 2023.</p>
        <div class="rs-richtext">
          <h2>1. Syfte</h2>
          <p>Medlen ska stärka länets kommuner i att förebygga ohälsa, utanförskap och brott, särskilt bland barn och unga.</p>
          <h2>2. Villkor</h2>
          <ul>
            <li>Projektet ska vara tidsbegränsat till högst tre år.</li>
            <li>Medlen får inte användas till ordinarie verksamhet, investeringar i lokaler eller inventarier.</li>
            <li>Projektägaren ska lämna en lägesrapport varje år och en slutrapport senast tre månader efter projektets slut.</li>
            <li>Ej förbrukade medel betalas tillbaka.</li>
          </ul>
          <h2>3. Utbetalning</h2>
          <p>Medlen betalas ut i förskott, en gång per år, efter att lägesrapporten har godkänts.</p>
        </div>
      </article>'''
    return page(VILL, 'Villkor och riktlinjer', main, trail_of(VILL, 'Villkor och riktlinjer'), updated='2024-01-15')


def utv():
    main = '''      <article class="rs-article">
        <h1>Utvärdering 2019–2024</h1>
        <p class="rs-lead">Mälardalens universitet har på regionens uppdrag utvärderat de sociala investeringsmedlen under de första fem åren.</p>
        <div class="rs-richtext">
          <table>
            <caption>Ansökningar och beviljade medel per år</caption>
            <thead><tr><th scope="col">År</th><th scope="col">Ansökningar</th><th scope="col">Beviljade</th><th scope="col">Beviljat belopp (kronor)</th></tr></thead>
            <tbody>
              <tr><td>2019</td><td>9</td><td>4</td><td>3 600 000</td></tr>
              <tr><td>2020</td><td>7</td><td>3</td><td>2 450 000</td></tr>
              <tr><td>2021</td><td>8</td><td>3</td><td>2 900 000</td></tr>
              <tr><td>2022</td><td>6</td><td>2</td><td>1 750 000</td></tr>
              <tr><td>2023</td><td>10</td><td>2</td><td>2 900 000</td></tr>
              <tr><td>2024</td><td>8</td><td>2</td><td>1 750 000</td></tr>
            </tbody>
          </table>
          <h2>Resultat</h2>
          <p>Två av tre avslutade projekt har helt eller delvis blivit ordinarie verksamhet. Projekten som riktade sig till barn och familjer visade tydligast resultat.</p>
          <h2>Lärdomar</h2>
          <p>Utvärderarna rekommenderar att kommunerna får stöd med uppföljning redan från start och att medlen kan sökas för längre tid än tre år.</p>
          <p>Rapporten finns som <a href="/dA/7c1e2b9f04/rapport/utvardering-sociala-investeringsmedel-2019-2024.pdf">pdf</a>.</p>
        </div>
      </article>'''
    return page(UTV, 'Utvärdering 2019–2024', main, trail_of(UTV, 'Utvärdering 2019–2024'), updated='2025-02-11')


def halsolotsar():
    main = '''      <article class="rs-article">
        <h1>Hälsolotsar</h1>
        <p class="rs-lead">Hälsolotsar ger nyanlända och andra som är nya i Sörmland information om hälsa och om hur vården fungerar, på flera språk.</p>
        <div class="rs-richtext">
          <h2>Vad gör hälsolotsarna?</h2>
          <p>Hälsolotsarna håller informationsträffar om egenvård, tandvård, psykisk hälsa och hur man söker vård. Träffarna hålls på SFI, på språkcaféer och i föreningar, på arabiska, dari, somaliska, tigrinja och engelska.</p>
          <h2>Boka en träff</h2>
          <p>Verksamheter i Sörmland kan boka en kostnadsfri träff via folkhälsoenheten, telefon 0155-24 50 00.</p>
          <h2>Bakgrund</h2>
          <p>Hälsolotsar startade 2019 som ett projekt med sociala investeringsmedel. Sedan 2023 är hälsolotsarna en del av Region Sörmlands ordinarie folkhälsoarbete.</p>
        </div>
      </article>'''
    return page(HL, 'Hälsolotsar', main, trail_of(HL, 'Hälsolotsar'), updated='2025-05-20')


# ------------------------------------------------------------------------------------------------------------ others
def start():
    main = f'''      <div class="rs-hero"><h1>Regional utveckling i Sörmland</h1><p>Region Sörmland arbetar för ett hållbart och attraktivt Sörmland – tillsammans med kommunerna, näringslivet och civilsamhället.</p></div>
      <section class="rs-shortcuts"><h2>Genvägar</h2>
        <ul>
          <li><a href="{S_FUND}">Sociala investeringsmedel</a></li>
          <li><a href="{HT}">Hållbar tillväxt</a></li>
          <li><a href="{RU}kompetensforsorjning/">Kompetensförsörjning</a></li>
          <li><a href="{JOBS}">Lediga jobb</a></li>
        </ul>
      </section>
      <section class="rs-news"><h2>Aktuellt</h2>
        <ul>
          <li><a href="{N_FUND}">Regionen avsätter sex miljoner kronor till sociala investeringar 2026</a> <span>2025-10-09</span></li>
          <li><a href="{N_RUS}">Ny regional utvecklingsstrategi för Sörmland</a> <span>2025-09-24</span></li>
          <li><a href="{N_TAG}">Fler avgångar med Sörmlandspilen</a> <span>2025-08-28</span></li>
        </ul>
        <p><a href="{AKT}">Alla nyheter</a></p>
      </section>
      <section class="rs-popular"><h2>Populära sökningar</h2><ul><li><a href="{SEARCHES[0]}">Regional utvecklingsstrategi</a></li><li><a href="{SEARCHES[1]}">Kollektivtrafik</a></li><li><a href="{SEARCHES[2]}">Sociala investeringar</a></li></ul></section>'''
    return page('/', 'Regional utveckling', main, None, top='', side=False, tpl='start')


def simple(path, title, lead, items, updated='2025-06-01', side=True, top=RU, trail=None):
    lis = ''.join(f'<li><a href="{h}">{t}</a>{" – " + d if d else ""}</li>' for h, t, d in items)
    main = f'''      <article class="rs-article">
        <h1>{title}</h1>
        <p class="rs-lead">{lead}</p>
        <div class="rs-richtext"><ul class="rs-linklist">{lis}</ul></div>
      </article>'''
    return page(path, title, main, trail or trail_of(path, title), top=top, side=side, updated=updated)


NEWS = [
    (N_FUND, 'Regionen avsätter sex miljoner kronor till sociala investeringar 2026', '2025-10-09',
     'Regionala utvecklingsnämnden har beslutat att avsätta 6 000 000 kronor till sociala investeringsmedel för 2026.',
     f'''<p>Det är en miljon kronor mer än i år. Kommunerna kan söka medel mellan den 1 februari och den 15 mars 2026, och beslut fattas i maj.</p>
<p>– Utvärderingen visar att medlen gör skillnad, särskilt för barn och familjer. Därför ökar vi nu ramen, säger regionala utvecklingsnämndens ordförande.</p>
<p>Läs mer om <a href="{FUND}">sociala investeringsmedel</a> och <a href="{SOKA}">hur man söker</a>. (Intern länk för redaktörer: https://{H}/dotAdmin/#/edit-page/content?url=%2Fregional-utveckling%2Fhalsa-och-social-hallbarhet%2Fsociala-investeringsmedel%2F)</p>'''),
    (N_RUS, 'Ny regional utvecklingsstrategi för Sörmland', '2025-09-24',
     'Regionfullmäktige har antagit en ny regional utvecklingsstrategi för Sörmland 2025–2035.',
     '<p>Strategin pekar ut tre prioriterade områden: kompetensförsörjning, hållbara transporter och en jämlik hälsa. Den har tagits fram tillsammans med länets kommuner, näringslivet och civilsamhället.</p>'),
    (N_TAG, 'Fler avgångar med Sörmlandspilen', '2025-08-28',
     'Från december går Sörmlandspilen varje halvtimme mellan Eskilstuna och Stockholm i rusningstid.',
     '<p>Den nya tidtabellen gäller från den 14 december 2025. Biljetterna kostar som tidigare.</p>'),
    (N22_R4, 'Gnesta startar Hälsoskolan för högstadieelever', '2022-01-20',
     'Gnesta kommun har fått 950 000 kronor i sociala investeringsmedel till Hälsoskolan, som ska hjälpa högstadieelever som mår dåligt av stress.',
     f'''<p>Hälsoskolan startade på Frejaskolan i september och pågår till och med juni 2024. Eleverna erbjuds samtalsgrupper om sömn, stress och skärmtid.</p>
<p>Läs mer om <a href="{S_R4}">Hälsoskolan</a> och om <a href="{S_FUND}">Region Sörmlands sociala investeringar</a>.</p>'''),
    (N22_CALL, 'Nu kan kommunerna söka sociala investeringsmedel', '2022-01-31',
     'Ansökningsperioden för sociala investeringsmedel 2022 är öppen från 1 februari till 15 mars.',
     f'''<p>Totalt finns 4 000 000 kronor att söka. Läs <a href="{S_SOK}">hur man söker</a> och fyll i <a href="{S_ANS}">ansökningsformuläret</a>.</p>'''),
    (N23_GRANT, 'Fyra projekt får sociala investeringsmedel', '2023-05-25',
     'Regionala utvecklingsnämnden har beviljat sociala investeringsmedel till fyra nya projekt i Flen, Trosa, Eskilstuna och Strängnäs.',
     f'''<p>Bland projekten finns <a href="{S_R1}">Familjecoacher i Flen</a>, som ska stötta barnfamiljer med långvarigt ekonomiskt bistånd. Beslutet om de andra projekten presenteras på sidan om <a href="{S_FUND}">sociala investeringar</a>.</p>
<p>Samtidigt avslutas <a href="{S_R5}">Språkvänner i Katrineholm</a> efter tre år.</p>'''),
]


def news(path, title, date, lead, text):
    main = f'''      <article class="rs-article rs-news-item">
        <p class="rs-date"><time datetime="{date}">{date}</time></p>
        <h1>{title}</h1>
        <p class="rs-lead">{lead}</p>
        <div class="rs-richtext">
{text}
        </div>
      </article>'''
    trail = [('Aktuellt', AKT), (title, path)]
    return page(path, title, main, trail, top=AKT, side=False, updated=date, tpl='nyhet')


def aktuellt():
    lis = ''.join(f'<li><span class="rs-date">{d}</span> <a href="{p}">{t}</a></li>' for p, t, d, _, _ in NEWS if d >= '2025')
    main = f'''      <article class="rs-article">
        <h1>Aktuellt</h1>
        <ul class="rs-newslist">{lis}</ul>
        <nav class="rs-archive" aria-label="Nyhetsarkiv"><h2>Nyhetsarkiv</h2><ul><li><a href="{ARK23}">2023</a></li><li><a href="{ARK22}">2022</a></li></ul></nav>
        <p><a href="{CAL}">Kalender</a> · <a href="{EV}">Lärandeträff om sociala investeringar 19 mars 2026</a></p>
      </article>'''
    return page(AKT, 'Aktuellt', main, [('Aktuellt', AKT)], top=AKT, side=False, updated='2025-10-09')


def arkiv(path, year):
    lis = ''.join(f'<li><span class="rs-date">{d}</span> <a href="{p}">{t}</a></li>' for p, t, d, _, _ in NEWS if d.startswith(year))
    main = f'''      <article class="rs-article">
        <h1>Nyhetsarkiv {year}</h1>
        <p class="rs-lead">Nyheter från {year}, flyttade från den tidigare webbplatsen. Länkar i äldre nyheter kan leda till sidor som har flyttat.</p>
        <ul class="rs-newslist">{lis}</ul>
      </article>'''
    return page(path, f'Nyhetsarkiv {year}', main, [('Aktuellt', AKT), (f'Nyhetsarkiv {year}', path)], top=AKT, side=False, updated='2024-11-04')


def event():
    main = f'''      <article class="rs-article rs-event">
        <h1>Lärandeträff: Sociala investeringar i Sörmland</h1>
        <p class="rs-lead">Välkommen till en lärandeträff för er som arbetar med eller funderar på att söka sociala investeringsmedel.</p>
        <div class="rs-richtext">
          <p>Projektledarna för Familjecoacher i Flen och Unga på väg i Vingåker berättar om sina erfarenheter, och Mälardalens universitet presenterar utvärderingen av medlen.</p>
          <ul class="rs-eventfacts">
            <li><strong>Datum:</strong> torsdag 19 mars 2026</li>
            <li><strong>Tid:</strong> 9.00–15.30</li>
            <li><strong>Plats:</strong> Culturen, Västerport, Nyköping</li>
            <li><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</li>
            <li><strong>Sista anmälningsdag:</strong> 5 mars 2026</li>
            <li><strong>Anmälan:</strong> via <a href="https://regionsormland.ungapped.com/anmalan/larandetraff-2026">anmälningsformuläret</a></li>
            <li><strong>Arrangör:</strong> Region Sörmland, regional utveckling</li>
          </ul>
          <p>Fler evenemang samma dag: <a href="{CAL_Q}" rel="nofollow">kalendern</a>.</p>
        </div>
      </article>'''
    return page(EV, 'Lärandeträff: Sociala investeringar i Sörmland', main, [('Aktuellt', AKT), ('Lärandeträff: Sociala investeringar i Sörmland', EV)],
                top=AKT, side=False, updated='2025-10-01', tpl='evenemang')


def job():
    main = f'''      <article class="rs-article rs-job">
        <h1>Processledare social hållbarhet</h1>
        <p class="rs-lead">Vill du vara med och utveckla det förebyggande arbetet i Sörmlands kommuner? Vi söker en processledare till regional utveckling.</p>
        <div class="rs-richtext">
          <h2>Om tjänsten</h2>
          <p>Du stöttar kommunerna när de tar fram ansökningar om sociala investeringsmedel, följer upp de projekt som har beviljats och samordnar regionens nätverk för social hållbarhet.</p>
          <h2>Kvalifikationer</h2>
          <p>Du har en akademisk examen inom samhällsvetenskap, folkhälsa eller socialt arbete och erfarenhet av att leda utvecklingsarbete tillsammans med kommuner.</p>
          <ul>
            <li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
            <li><strong>Omfattning:</strong> Heltid</li>
            <li><strong>Tillträde:</strong> Enligt överenskommelse</li>
            <li><strong>Sista ansökningsdag:</strong> 16 november 2025</li>
          </ul>
          <p>Ansök via <a href="https://regionsormland.varbi.com/what:job/jobID:809312/">Varbi</a>.</p>
        </div>
      </article>'''
    return page(JOB, 'Processledare social hållbarhet', main, [('Om oss', OMOSS), ('Lediga jobb', JOBS), ('Processledare social hållbarhet', JOB)],
                top=OMOSS, side=False, updated='2025-10-20', tpl='jobb')


# -------------------------------------------------------------------------------------------------------- the stubs
def stub_refresh(title, target, delay, style, link=True):
    if style == 'abs':
        meta = f'<meta http-equiv="refresh" content="{delay};url=https://{H}{target}">'
        href = f'https://{H}{target}'
    elif style == 'quoted':
        meta = f'<meta http-equiv="Refresh" content="{delay}; URL=\'{target}\'">'
        href = target
    else:   # a relative target, as written
        meta = f'<meta http-equiv="refresh" content="{delay};url={target}">'
        href = target
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Sidan har flyttat</title>
<meta name="robots" content="noindex">
{meta}
<style>body{{font-family:Arial,sans-serif;margin:4em auto;max-width:36em;color:#222}}a{{color:#00588a}}</style>
</head>
<body>
<p><img src="/application/themes/rs-utveckling/img/region-sormland-regional-utveckling.svg" alt="Region Sörmland" width="240" height="48"></p>
<h1>Sidan har flyttat</h1>
<p>{esc(title)} har en ny adress. Du skickas vidare automatiskt{" om " + str(delay) + " sekunder" if delay else ""}.</p>
{f'<p>Om inget händer: <a href="{href}">gå till den nya sidan</a>.</p>' if link else '<p>Om inget händer, sök efter sidan på webbplatsen.</p>'}
<p>Uppdatera gärna dina bokmärken.</p>
</body>
</html>
'''


def stub_script(title, target):
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Sidan har flyttat</title>
<meta name="robots" content="noindex">
<script>window.location.replace("{target}");</script>
</head>
<body>
<h1>Sidan har flyttat</h1>
<p>Sidan om {esc(title)} finns nu på en ny adress:</p>
<p><a href="{target}">https://{H}{target}</a></p>
</body>
</html>
'''


def stubs():
    return {
        S_FUND: stub_refresh('Sidan Sociala investeringar', FUND, 5, 'abs'),
        S_R1: stub_refresh('Sidan Familjecoacher i Flen', '../../../regional-utveckling/halsa-och-social-hallbarhet/sociala-investeringsmedel/beviljade-projekt/familjecoacher-i-flen', 0, 'rel'),
        S_R4: stub_refresh('Sidan Hälsoskolan i Gnesta', R4, 0, 'quoted', link=False),     # the refresh is the only way on
        S_R5: stub_script('Språkvänner i Katrineholm', R5),
        S_SOK: stub_refresh('Sidan Sök medel', S_SOK2, 0, 'abs'),
        S_SOK2: stub_refresh('Sidan Ansök om medel', SOKA, 0, 'quoted'),
        S_ANS: stub_refresh('Ansökningsformuläret', ETJ, 3, 'abs'),
    }


def build():
    pages = {
        '/': start(), R1: r1(), R2: r2(), R3: r3(), R4: r4(), R5: r5(), LADD: ladd(),
        FUND: fund(), LIST: lista(), AVS: avslutade(), SOKA: soka(), VILL: vill(), UTV: utv(), HL: halsolotsar(),
        RU: simple(RU, 'Regional utveckling', 'Region Sörmland har ansvar för den regionala utvecklingen i länet.',
                   [(HSH, 'Hälsa och social hållbarhet', 'folkhälsa och sociala investeringsmedel'),
                    (HT, 'Hållbar tillväxt', 'näringsliv, innovation och projekt'),
                    (RU + 'kompetensforsorjning/', 'Kompetensförsörjning', ''), (RU + 'infrastruktur/', 'Infrastruktur', '')],
                   trail=[('Regional utveckling', RU)]),
        HSH: simple(HSH, 'Hälsa och social hållbarhet', 'Regionen arbetar för en god och jämlik hälsa i hela Sörmland.',
                    [(FUND, 'Sociala investeringsmedel', 'medel för förebyggande projekt i kommunerna'),
                     (HL, 'Hälsolotsar', 'hälsoinformation på flera språk'),
                     (HSH + 'folkhalsopolitiskt-program', 'Folkhälsopolitiskt program', '')]),
        HT: simple(HT, 'Hållbar tillväxt', 'Regionen arbetar för ett konkurrenskraftigt och hållbart näringsliv.',
                   [(HTP, 'Projekt', 'regionala tillväxtprojekt'), (HT + 'naringsliv-och-innovation', 'Näringsliv och innovation', '')]),
        HTP: simple(HTP, 'Projekt inom hållbar tillväxt', 'Här är de tillväxtprojekt som Region Sörmland driver eller deltar i.',
                    [(LADD, 'Laddinfrastruktur i Sörmland', '2025–2027'), (HTP + 'smart-industri-sormland', 'Smart industri Sörmland', '2024–2026')]),
        AKT: aktuellt(), ARK22: arkiv(ARK22, '2022'), ARK23: arkiv(ARK23, '2023'), EV: event(), JOB: job(),
        OMOSS: simple(OMOSS, 'Om oss', 'Regional utveckling är en del av Region Sörmland.',
                      [(JOBS, 'Lediga jobb', ''), (KONTAKT, 'Kontakt', '')], side=False, top=OMOSS, trail=[('Om oss', OMOSS)]),
        JOBS: simple(JOBS, 'Lediga jobb', 'Lediga tjänster inom regional utveckling. Alla Region Sörmlands lediga jobb finns på regionsormland.se.',
                     [(JOB, 'Processledare social hållbarhet', 'sista ansökningsdag 16 november 2025')], side=False, top=OMOSS,
                     trail=[('Om oss', OMOSS), ('Lediga jobb', JOBS)]),
        KONTAKT: simple(KONTAKT, 'Kontakt', 'Region Sörmland, regional utveckling, nås på 0155-24 50 00.', [], side=False, top=OMOSS,
                        trail=[('Om oss', OMOSS), ('Kontakt', KONTAKT)]),
        OMW: simple(OMW, 'Om webbplatsen', 'Webbplatsen drivs av Region Sörmland.', [(KAKOR, 'Kakor', ''), (TILLG, 'Tillgänglighetsredogörelse', ''),
                                                                               (PORTAL, 'Inloggning för redaktörer', '')],
                    side=False, top='', trail=[('Om webbplatsen', OMW)]),
        KAKOR: simple(KAKOR, 'Kakor', 'Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.', [], side=False, top='',
                      trail=[('Om webbplatsen', OMW), ('Kakor', KAKOR)]),
        TILLG: simple(TILLG, 'Tillgänglighetsredogörelse', 'Region Sörmland står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.', [],
                      side=False, top='', trail=[('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)]),
    }
    for p, t, d, lead, text in NEWS:
        pages[p] = news(p, t, d, lead, text)
    for p, h in pages.items():
        write(H, p, h)
    for p, h in stubs().items():
        write(H, p, h)
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /dotAdmin/
Disallow: /c/
Disallow: /api/
Disallow: /sok
Disallow: /aktuellt/kalender
Disallow: /e-tjanster/
Disallow: /*?print=
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
''')
    # the new site's sitemap (dotCMS's sitemap job): the new pages only, not the old addresses, and not R4
    # (its page was moved over with 'Visa i sitemap' off, like the other pages not yet 'published' in the lists)
    rows = []
    for p in pages:
        if p in (R4,):
            continue
        d = '2025-10-09' if p in ('/', FUND, N_FUND, AKT) else '2025-06-30'
        rows.append((p, d, None, None))
    write(H, '/sitemap.xml', urlset(H, rows))
    return pages


if __name__ == '__main__':
    build()
