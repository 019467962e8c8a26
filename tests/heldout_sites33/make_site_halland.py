"""Region Halland (länskod 13; Halmstad 1380, Laholm 1381, Hylte 1315, Falkenberg 1382, Varberg 1383, Kungsbacka 1384),
its site for regional development utveckling.regionhalland.se, on BOLT CMS 5 (Symfony, Twig, a theme 'halland-utveckling'
built on Bolt's base-2021 theme) – heldout_sites33.

(The region's main host www.regionhalland.se was used in heldout_sites5; this set uses the development site, a host
no set used, with content of its own.)

Bolt 5 markup and addresses: meta generator 'Bolt', theme files under /theme/halland-utveckling/ (not saved),
thumbnails /thumbs/<w>×<h>×crop/<yyyy-mm>/<file> and files /files/<yyyy-mm>/<file> (not saved), records wrapped in
<article class="record record--<contenttype>" data-record-id>. Bolt's DEFAULT ROUTES are kept: a page is
/page/<slug> (pages cannot nest, so the whole site is flat under /page/), a news item /nyhet/<slug> with the
listing /nyheter, an event /evenemang/<slug>, a job ad /lediga-jobb/<slug>, and a record of the content type
'insatser' /insats/<slug>. No extension, no trailing slash (saved as <path>/index.html). Links root-relative. The back
end is /bolt/ (login /bolt/login), the API /api/ (API Platform), the search /search?searchTerm=….

THE LIST OF GRANTED SOCIAL INVESTMENTS IS A PAGINATED TABLE: a custom route /sociala-investeringar/beviljade-insatser
(and /sida-2, /sida-3, PATH pages; /sida-1 is the same first page again, linked by page 2's 'Föregående', with
rel=canonical to the bare address) shows six rows a page of a table Namn | Kommun | Period, newest first, 18 rows in all.
Only six rows link to a record of this site (/insats/<slug>, one written as an absolute http:// address); four link to
the municipality's own site (another organisation's host), the rest are plain names without a page. The pager is
'‹ Föregående', 'Sida N av 3', 'Nästa ›' only, so page 3 is reached through page 2. Above the table: a FILTER FORM
(GET to /sociala-investeringar/beviljade-insatser/filter, forbidden, with <select>s for kommun, startår and område
whose option values are bare words) and 'Snabbval' links to filtered results (forbidden); column headers are SORT
LINKS (?sortera=…, forbidden); below: 'Visa alla 18 på en sida' (?antal=alla, forbidden) and 'Ladda ner tabellen
som CSV' (…/export.csv, forbidden). Bolt's own listing of the content type is not linked. The sitemap
(/sitemap.xml, from the SEO extension) lists pages, news and events, not the insatser records nor the table's pages.

Projects (each a record with a fact table 'Fakta om insatsen': Kommun, Insatsägare, Period, Beviljat belopp,
Medfinansiering, Målgrupp, Samverkansparter, Status): Familjelotsen, Laholm (R1) and Seniorträffar på landsbygden,
Falkenberg (R2) on page 1; Barnkraft, Halmstad (R3) and Tidigt tillsammans, Kungsbacka (R4) on page 2; Brobyggare i
Varberg (R5, finished) and Livsviktigt Halland (R6, finished, the whole county, the absolute http:// link) on page 3.
"""
from make_common import write, esc, hexid, numid, urlset, pdf

H = 'utveckling.regionhalland.se'

# ------------------------------------------------------------------------------------------------------ pages
PG = '/page/'
NI = PG + 'naringsliv-och-innovation'
KOMP = PG + 'kompetensforsorjning'
SH = PG + 'social-hallbarhet'
KULT = PG + 'kultur'
OMOSS = PG + 'om-oss'
FUND = PG + 'sociala-investeringsmedel'
SOKA = PG + 'sa-soker-ni-sociala-investeringsmedel'
VILLKOR = PG + 'villkor-for-sociala-investeringsmedel'
RAPPORT = PG + 'utvardering-sociala-investeringsmedel-2019-2024'
SERVICE = PG + 'foraldraskapsstod-i-halland'     # a standing service that began as a social investment
KONTAKT = PG + 'kontakt'
TILLG = PG + 'tillganglighet'
KAKOR = PG + 'kakor'
LIST = '/sociala-investeringar/beviljade-insatser'
LIST1 = LIST + '/sida-1'
LIST2 = LIST + '/sida-2'
LIST3 = LIST + '/sida-3'
R1 = '/insats/familjelotsen-laholm'
R2 = '/insats/seniortraffar-pa-landsbygden-falkenberg'
R3 = '/insats/barnkraft-halmstad'
R4 = '/insats/tidigt-tillsammans-kungsbacka'
R5 = '/insats/brobyggare-i-varberg'
R6 = '/insats/livsviktigt-halland'
NYH = '/nyheter'
N_FUND = '/nyhet/utlysning-sociala-investeringsmedel-2026'
N_RUS = '/nyhet/regionfullmaktige-har-antagit-ny-regional-utvecklingsstrategi'
N_KOMP = '/nyhet/fler-unga-valjer-vard-och-omsorgsprogrammet'
EVS = '/evenemang'
EV = EVS + '/larandeseminarium-sociala-investeringar-2026'
EV2 = EVS + '/kompetensforum-halland-2026'
JOBS = '/lediga-jobb'
JOB = JOBS + '/utvecklingsledare-sociala-investeringar'

PROJECTS = [R1, R2, R3, R4, R5, R6]
NOT_PROJECTS = [FUND, SOKA, VILLKOR, RAPPORT, N_FUND, EV, JOB, SERVICE]

# -------------------------------------------------------------------------------------------------- forbidden
SEARCH = '/search'
SEARCHES = ['/search?searchTerm=kollektivtrafik', '/search?searchTerm=kompetensf%C3%B6rs%C3%B6rjning']
LOGIN = '/bolt/login'
EDIT = '/bolt/edit/214'
API = '/api/contents.jsonld?contentType=insatser'
FILTER = LIST + '/filter'
QUICK = [FILTER + '?kommun=halmstad', FILTER + '?kommun=varberg', FILTER + '?kommun=kungsbacka']
SORT = [LIST + '?sortera=namn&ordning=asc', LIST + '?sortera=kommun&ordning=asc', LIST + '?sortera=period&ordning=desc',
        LIST2 + '?sortera=namn&ordning=asc']
ALLA = LIST + '?antal=alla'
EXPORT = LIST + '/export.csv'
CAL = EVS + '/kalender?manad=2026-04'
PRINT = [FUND + '?format=print', R1 + '?format=print', R3 + '?format=print', R6 + '?format=print']


def forbidden():
    return [SEARCH] + SEARCHES + [LOGIN, EDIT, API, FILTER] + QUICK + SORT + [ALLA, EXPORT, CAL] + PRINT


def thumb(name, w=1000, h=560):
    return f'/thumbs/{w}×{h}×crop/2025-0{numid(name, 1, 9)}/{name}.jpg'


# ------------------------------------------------------------------------------------------------------- chrome
MENU = [('Näringsliv och innovation', NI, None), ('Kompetensförsörjning', KOMP, None),
        ('Social hållbarhet', SH, [('Sociala investeringsmedel', FUND), ('Beviljade insatser', LIST),
                                   ('Föräldraskapsstöd i Halland', SERVICE), ('Folkhälsa', PG + 'folkhalsa')]),
        ('Kultur', KULT, None), ('Aktuellt', NYH, None), ('Evenemang', EVS, None), ('Om oss', OMOSS, None)]


def header(path):
    items = ''
    for t, h, kids in MENU:
        cur = ' class="is-active"' if path == h else ''
        if kids:
            sub = ''.join(f'\n                <li><a href="{kh}">{kt}</a></li>' for kt, kh in kids)
            items += f'''
            <li class="menu__item menu__item--has-submenu">
              <a{cur} href="{h}">{t}</a>
              <button class="menu__toggle" type="button" aria-expanded="false" aria-label="Visa undermeny för {t}"></button>
              <ul class="menu__submenu">{sub}
              </ul>
            </li>'''
        else:
            items += f'\n            <li class="menu__item"><a{cur} href="{h}">{t}</a></li>'
    return f'''<header class="site-header">
      <div class="wrapper site-header__top">
        <a class="site-header__logo" href="/"><img src="/theme/halland-utveckling/images/region-halland-logo.svg" alt="Region Halland – Utveckling i Halland" width="210" height="52"></a>
        <form class="site-search" method="get" action="{SEARCH}">
          <label for="searchTerm" class="sr-only">Sök</label>
          <input type="search" id="searchTerm" name="searchTerm" placeholder="Sök på webbplatsen">
          <button type="submit">Sök</button>
        </form>
      </div>
      <nav class="menu" aria-label="Huvudmeny">
        <div class="wrapper">
          <ul class="menu__list">
            <li class="menu__item"><a href="/">Start</a></li>{items}
          </ul>
        </div>
      </nav>
    </header>'''


def footer():
    return f'''<footer class="site-footer">
      <div class="wrapper site-footer__columns">
        <section>
          <h2>Region Halland</h2>
          <p>Box 517, 301 80 Halmstad<br>Besöksadress: Regionens hus, Slottsgatan 2, Halmstad</p>
          <p>Växel: 035-13 48 00<br><a href="mailto:region@regionhalland.se">region@regionhalland.se</a></p>
        </section>
        <section>
          <h2>Om webbplatsen</h2>
          <ul>
            <li><a href="{KONTAKT}">Kontakt</a></li>
            <li><a href="{TILLG}">Tillgänglighet</a></li>
            <li><a href="{KAKOR}">Kakor</a></li>
            <li><a href="{JOBS}">Lediga jobb</a></li>
          </ul>
        </section>
        <section>
          <h2>Region Hallands webbplatser</h2>
          <ul>
            <li><a href="https://www.regionhalland.se/">regionhalland.se</a></li>
            <li><a href="https://www.1177.se/halland/">1177 Halland</a></li>
            <li><a href="https://www.hallandstrafiken.se/">Hallandstrafiken</a></li>
          </ul>
        </section>
      </div>
      <p class="wrapper site-footer__bolt"><a href="{LOGIN}" rel="nofollow">Logga in</a></p>
    </footer>'''


def page(path, title, main, desc='', crumbs=None, body_class='page', extra_head=''):
    bc = ''
    if crumbs is not None:
        lis = ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in crumbs)
        bc = f'''
        <nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li>{lis}<li aria-current="page">{esc(title)}</li></ol></nav>'''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(title)} | Utveckling i Halland</title>
    <meta name="description" content="{esc(desc or title)}">
    <meta name="generator" content="Bolt">
    <link rel="canonical" href="https://{H}{path}">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:type" content="website">
    <meta property="og:url" content="https://{H}{path}">
    <link rel="stylesheet" href="/theme/halland-utveckling/css/halland.css?v=5.2.{numid('css', 10, 80)}">
    <script src="/theme/halland-utveckling/js/halland.js?v=5.2.{numid('js', 10, 80)}" defer></script>{extra_head}
</head>
<body class="{body_class}">
    <a class="skip" href="#main">Till innehållet</a>
    {header(path)}
    <main id="main" class="wrapper">{bc}
{main}
    </main>
    {footer()}
</body>
</html>
'''


def record(ctype, rid, title, intro, body, after='', meta=''):
    m = f'\n          <p class="record__meta">{meta}</p>' if meta else ''
    return f'''        <article class="record record--{ctype}" data-record-id="{rid}">
          <h1 class="record__title">{title}</h1>{m}
          <p class="record__intro">{intro}</p>
          <div class="record__body">
{body}
          </div>{after}
        </article>'''


def print_link(path):
    return f'\n          <p class="record__tools"><a href="{path}?format=print" rel="nofollow">Skriv ut</a></p>'


# ------------------------------------------------------------------------------------------------------ content
def start():
    main = f'''        <section class="hero" style="background-image:url({thumb('halmstad-hamn', 1600, 600)})">
          <h1>Utveckling i Halland</h1>
          <p>Region Halland arbetar för att Halland ska vara den bästa livsplatsen – med ett starkt näringsliv, god kompetensförsörjning och hållbara, trygga livsvillkor för alla.</p>
        </section>
        <section class="teasers">
          <a class="teaser" href="{NI}"><h2>Näringsliv och innovation</h2><p>Stöd till företag, innovation och forskning.</p></a>
          <a class="teaser" href="{KOMP}"><h2>Kompetensförsörjning</h2><p>Utbildning och matchning på Hallands arbetsmarknad.</p></a>
          <a class="teaser" href="{SH}"><h2>Social hållbarhet</h2><p>Folkhälsa, sociala investeringar och föräldraskapsstöd.</p></a>
          <a class="teaser" href="{KULT}"><h2>Kultur</h2><p>Kulturutveckling i hela Halland.</p></a>
        </section>
        <section class="latest">
          <h2>Aktuellt</h2>
          <ul class="latest__list">
            <li><a href="{N_FUND}">Utlysning: sociala investeringsmedel 2026</a> <time datetime="2025-11-18">18 november 2025</time></li>
            <li><a href="{N_RUS}">Regionfullmäktige har antagit ny regional utvecklingsstrategi</a> <time datetime="2025-10-29">29 oktober 2025</time></li>
            <li><a href="{N_KOMP}">Fler unga väljer vård- och omsorgsprogrammet</a> <time datetime="2025-09-12">12 september 2025</time></li>
          </ul>
          <p><a href="{NYH}">Alla nyheter</a></p>
        </section>
        <section class="popular">
          <h2>Populära sökningar</h2>
          <p><a href="{SEARCHES[0]}">Kollektivtrafik</a> · <a href="{SEARCHES[1]}">Kompetensförsörjning</a></p>
        </section>'''
    return page('/', 'Start', main, desc='Region Hallands webbplats för regional utveckling.', body_class='homepage')


SECTIONS = {
    NI: ('Näringsliv och innovation', 'Region Halland stödjer företag, innovation och forskning i hela länet.',
         '<p>Här finns information om företagsstöd, innovationsmiljöer och Hallands smarta specialisering. Kontakta oss om ni vill söka regionala projektmedel för tillväxt.</p>'),
    KOMP: ('Kompetensförsörjning', 'Tillsammans med kommunerna, Arbetsförmedlingen och näringslivet arbetar vi för att arbetsgivare ska hitta rätt kompetens.',
           '<p>Region Halland leder Kompetensplattform Halland och tar fram prognoser över utbildningsbehov och arbetsmarknad.</p>'),
    KULT: ('Kultur', 'Regional kulturplan, kulturstöd och kulturutveckling.',
           '<p>Region Halland fördelar kulturstöd och arbetar efter Regional kulturplan för Halland 2022–2025.</p>'),
    OMOSS: ('Om oss', 'Regional utveckling är en del av Region Halland.',
            '<p>Avdelningen för regional utveckling har omkring 90 medarbetare i Halmstad. Regionstyrelsen är regionalt utvecklingsansvarig i Halland.</p>'),
}


def section(path):
    t, intro, body = SECTIONS[path]
    return page(path, t, record('pages', numid(path, 10, 300), t, intro, '            ' + body), desc=intro, crumbs=[])


def social():
    body = f'''            <p>Region Halland arbetar för jämlik hälsa och goda livsvillkor i hela länet, tillsammans med de sex halländska kommunerna, civilsamhället och andra aktörer.</p>
            <ul class="link-list">
              <li><a href="{FUND}">Sociala investeringsmedel</a> – medel för förebyggande insatser i kommunerna och regionen</li>
              <li><a href="{LIST}">Beviljade insatser</a> – alla insatser som fått sociala investeringsmedel sedan 2022</li>
              <li><a href="{SERVICE}">Föräldraskapsstöd i Halland</a> – föräldraprogram i alla kommuner</li>
              <li><a href="{PG}folkhalsa">Folkhälsa</a> – folkhälsopolicy och statistik</li>
            </ul>'''
    return page(SH, 'Social hållbarhet', record('pages', 41, 'Social hållbarhet', 'Jämlik hälsa och goda livsvillkor för alla som bor i Halland.', body), crumbs=[])


def fund():
    body = f'''            <p>Region Halland avsätter varje år medel för sociala investeringar. Medlen ska göra det möjligt för kommunerna och regionen att pröva nya, förebyggande arbetssätt som på sikt ger bättre livsvillkor och minskade kostnader, till exempel för barn och unga, för unga vuxna som står långt från arbetsmarknaden och för äldre.</p>
            <h2>Vad är en social investering?</h2>
            <p>En social investering är en förebyggande insats som görs i dag för att minska behovet av dyrare åtgärder i framtiden. Insatsen ska vara tidsbegränsad, ha tydliga mål och följas upp så att både de mänskliga och de ekonomiska effekterna går att bedöma.</p>
            <h2>Om medlen</h2>
            <p>Regionfullmäktige beslutade 2018 att inrätta sociala investeringsmedel. Sedan 2022 fördelas 10 miljoner kronor per år. Kommunerna i Halland och Region Hallands egna verksamheter kan söka. Regionstyrelsens arbetsutskott beslutar om medlen en gång per år.</p>
            <h2>Medlen i siffror</h2>
            <ul class="key-figures">
              <li><strong>Beviljade insatser sedan 2022:</strong> 18</li>
              <li><strong>Beviljat totalt:</strong> 27 400 000 kronor</li>
              <li><strong>Att söka 2026:</strong> 10 000 000 kronor</li>
            </ul>
            <h2>Läs mer</h2>
            <ul class="link-list">
              <li><a href="{LIST}">Beviljade insatser</a></li>
              <li><a href="{SOKA}">Så söker ni sociala investeringsmedel</a></li>
              <li><a href="{VILLKOR}">Villkor för sociala investeringsmedel</a></li>
              <li><a href="{RAPPORT}">Utvärdering av sociala investeringsmedel 2019–2024</a></li>
            </ul>'''
    return page(FUND, 'Sociala investeringsmedel', record('pages', 57, 'Sociala investeringsmedel', 'Medel för förebyggande insatser i Hallands kommuner och i Region Halland.', body, print_link(FUND)),
                desc='Region Hallands sociala investeringsmedel för förebyggande insatser.', crumbs=[('Social hållbarhet', SH)])


def soka():
    body = f'''            <h2>Vem kan söka?</h2>
            <p>De sex kommunerna i Halland och Region Hallands förvaltningar kan söka, ensamma eller tillsammans. Ideella organisationer kan delta som samverkansparter.</p>
            <h2>När kan vi söka?</h2>
            <p>Utlysningen för 2026 är öppen från den 18 november 2025 till den 1 mars 2026. Beslut fattas i maj.</p>
            <h2>Hur går ansökan till?</h2>
            <ol>
              <li>Ta kontakt med en utvecklingsledare på Region Halland och berätta om er idé.</li>
              <li>Fyll i ansökan i e-tjänsten. Bifoga en budget och en plan för uppföljning.</li>
              <li>Ansökan ska vara undertecknad av förvaltningschef eller motsvarande.</li>
              <li>Region Halland bedömer ansökningarna tillsammans med en referensgrupp från kommunerna.</li>
              <li>Regionstyrelsens arbetsutskott beslutar.</li>
            </ol>
            <h2>Hur mycket kan vi söka?</h2>
            <p>Högst 2 500 000 kronor per insats. Den sökande ska själv stå för minst 30 procent av kostnaden, i pengar eller i arbetstid.</p>
            <p><a class="button" href="https://e-tjanster.regionhalland.se/ansokan-sociala-investeringsmedel">Till e-tjänsten</a></p>
            <p>Läs också <a href="{VILLKOR}">villkoren för sociala investeringsmedel</a>.</p>'''
    return page(SOKA, 'Så söker ni sociala investeringsmedel', record('pages', 58, 'Så söker ni sociala investeringsmedel', 'Steg för steg: så går ansökan om sociala investeringsmedel till.', body),
                crumbs=[('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND)])


def villkor():
    body = '''            <p>Villkoren beslutades av regionstyrelsen den 14 juni 2022 (RS 2022/0318) och gäller för insatser som beviljas från och med 2023.</p>
            <h2>1. Syfte</h2>
            <p>Medlen ska användas till förebyggande insatser som minskar risken för utanförskap, ohälsa och otrygghet och som kan bli ordinarie verksamhet om de faller väl ut.</p>
            <h2>2. Krav på insatsen</h2>
            <ul>
              <li>Insatsen pågår i högst tre år.</li>
              <li>Målgruppen ska vara tydligt beskriven och insatsen ska bygga på kunskap om vad som fungerar.</li>
              <li>Det ska finnas en plan för uppföljning av både effekter och kostnader.</li>
              <li>Den sökande ska beskriva hur arbetet ska fortsätta när medlen tar slut.</li>
            </ul>
            <h2>3. Redovisning</h2>
            <p>Den som beviljats medel lämnar en lägesrapport varje år och en slutrapport senast tre månader efter att insatsen avslutats. Medel som inte använts ska betalas tillbaka.</p>
            <h2>4. Kommunikation</h2>
            <p>Det ska framgå att insatsen finansieras med sociala investeringsmedel från Region Halland.</p>'''
    return page(VILLKOR, 'Villkor för sociala investeringsmedel', record('pages', 59, 'Villkor för sociala investeringsmedel', 'Villkor som gäller för den som söker och får sociala investeringsmedel.', body),
                crumbs=[('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND)])


def rapport():
    body = '''            <p>Region Halland har låtit Högskolan i Halmstad utvärdera de sociala investeringsmedlen under perioden 2019–2024. Utvärderingen bygger på slutrapporter, intervjuer med insatsledare och kommunernas egna uppföljningar.</p>
            <h2>Beviljade medel per år</h2>
            <table class="table">
              <thead><tr><th scope="col">År</th><th scope="col">Ansökningar</th><th scope="col">Beviljade insatser</th><th scope="col">Beviljat (kronor)</th></tr></thead>
              <tbody>
                <tr><td>2019</td><td>9</td><td>3</td><td>4 200 000</td></tr>
                <tr><td>2020</td><td>7</td><td>2</td><td>3 100 000</td></tr>
                <tr><td>2021</td><td>8</td><td>3</td><td>4 800 000</td></tr>
                <tr><td>2022</td><td>11</td><td>4</td><td>5 900 000</td></tr>
                <tr><td>2023</td><td>10</td><td>4</td><td>6 300 000</td></tr>
                <tr><td>2024</td><td>12</td><td>5</td><td>7 400 000</td></tr>
              </tbody>
            </table>
            <h2>Slutsatser</h2>
            <p>Utvärderarna bedömer att två av tre avslutade insatser helt eller delvis har blivit ordinarie verksamhet. Insatser som riktar sig till barn och föräldrar har haft lättast att visa resultat, medan insatser för unga vuxna har haft svårt att nå sina deltagare.</p>
            <h2>Rekommendationer</h2>
            <ul>
              <li>Kräv en plan för uppföljning av kostnader redan i ansökan.</li>
              <li>Ge insatserna stöd i utvärdering från start.</li>
              <li>Samla erfarenheterna i ett regionalt lärande nätverk.</li>
            </ul>
            <p><a href="/files/2025-03/utvardering-sociala-investeringsmedel-2019-2024.pdf">Hela rapporten (pdf, 40 kB)</a></p>'''
    return page(RAPPORT, 'Utvärdering av sociala investeringsmedel 2019–2024', record('pages', 61, 'Utvärdering av sociala investeringsmedel 2019–2024', 'Högskolan i Halmstads utvärdering av regionens sociala investeringsmedel.', body),
                crumbs=[('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND)])


def service():
    body = '''            <p>Alla föräldrar i Halland ska kunna få stöd i sitt föräldraskap. Kommunerna erbjuder föräldraprogram som ABC (Alla Barn i Centrum), Connect och Trygga barn, och Region Halland samordnar utbildning av gruppledare och uppföljning.</p>
            <h2>Det här erbjuds</h2>
            <ul>
              <li>Föräldragrupper för föräldrar med barn 3–12 år och med tonåringar, i alla sex kommuner.</li>
              <li>Utbildning för gruppledare två gånger per år.</li>
              <li>Föräldraskapsstöd på arabiska, somaliska och dari.</li>
            </ul>
            <h2>Bakgrund</h2>
            <p>Föräldraskapsstöd i Halland började 2019 som en social investering. Sedan 2022 är arbetet en del av Region Hallands och kommunernas ordinarie verksamhet och regleras i en överenskommelse mellan dem.</p>
            <h2>Kontakt</h2>
            <p>Samordnare för föräldraskapsstöd, Region Halland, telefon 035-13 48 00.</p>'''
    return page(SERVICE, 'Föräldraskapsstöd i Halland', record('pages', 73, 'Föräldraskapsstöd i Halland', 'Föräldraprogram och stöd till alla föräldrar i Halland.', body),
                crumbs=[('Social hållbarhet', SH)])


# ------------------------------------------------------------------------------------------------ the table
ROWS = [
    # page 1
    ('Familjelotsen', 'Laholm', '2025–2027', R1),
    ('Språkförskola Andersberg', 'Halmstad', '2025–2027', 'https://www.halmstad.se/forskolaochskola/sprakforskolaandersberg'),
    ('Unga vuxna i arbete', 'Hylte', '2025–2026', None),
    ('Seniorträffar på landsbygden', 'Falkenberg', '2025–2027', R2),
    ('Närvarosamverkan', 'Kungsbacka', '2025–2026', 'https://www.kungsbacka.se/narvarosamverkan'),
    ('Föräldrastöd på arabiska och somaliska', 'Varberg', '2024–2026', None),
    # page 2
    ('Barnkraft', 'Halmstad', '2024–2026', R3),
    ('Ung fritid', 'Hylte', '2024–2025', None),
    ('Hälsoinspiratörer', 'Varberg', '2024–2026', 'https://www.varberg.se/halsoinspiratorer'),
    ('Tidigt tillsammans', 'Kungsbacka', '2024–2026', R4),
    ('Läsväskan', 'Laholm', '2023–2025', None),
    ('Ungdomslotsen', 'Falkenberg', '2023–2025', None),
    # page 3
    ('Brobyggare i Varberg', 'Varberg', '2023–2025', R5),
    ('Mötesplats Fyllinge', 'Halmstad', '2023–2024', None),
    ('Fältarbete på landsbygden', 'Hylte', '2022–2024', None),
    ('Familjeskolan', 'Falkenberg', '2022–2024', 'https://www.falkenberg.se/familjeskolan'),
    ('Livsviktigt Halland', 'Hela länet', '2022–2024', f'http://{H}{R6}'),
    ('Sommarjobb med stöd', 'Laholm', '2022–2023', None),
]


def table_page(n):
    path = {1: LIST, 2: LIST2, 3: LIST3}[n]
    rows = ''
    for name, kommun, period, href in ROWS[(n - 1) * 6:n * 6]:
        if href is None:
            cell = name
        elif href.startswith('https://www.'):
            host = href.split('/')[2].replace('www.', '')
            cell = f'<a href="{href}" class="external">{name}</a> <span class="external__host">({host})</span>'
        else:
            cell = f'<a href="{href}">{name}</a>'
        rows += f'\n                <tr><td>{cell}</td><td>{kommun}</td><td>{period}</td></tr>'
    opts_k = ''.join(f'<option value="{v}">{t}</option>' for v, t in [('', 'Alla kommuner'), ('falkenberg', 'Falkenberg'), ('halmstad', 'Halmstad'),
                                                                      ('hylte', 'Hylte'), ('kungsbacka', 'Kungsbacka'), ('laholm', 'Laholm'),
                                                                      ('varberg', 'Varberg'), ('hela-lanet', 'Hela länet')])
    opts_a = ''.join(f'<option value="{v}">{t}</option>' for v, t in [('', 'Alla år'), ('2025', '2025'), ('2024', '2024'), ('2023', '2023'), ('2022', '2022')])
    opts_o = ''.join(f'<option value="{v}">{t}</option>' for v, t in [('', 'Alla områden'), ('barn-och-unga', 'Barn och unga'), ('unga-vuxna', 'Unga vuxna'),
                                                                      ('aldre', 'Äldre'), ('foraldraskap', 'Föräldraskap')])
    prev = {1: '<span class="pager__prev is-disabled">‹ Föregående</span>', 2: f'<a class="pager__prev" href="{LIST1}" rel="prev">‹ Föregående</a>',
            3: f'<a class="pager__prev" href="{LIST2}" rel="prev">‹ Föregående</a>'}[n]
    nxt = {1: f'<a class="pager__next" href="{LIST2}" rel="next">Nästa ›</a>', 2: f'<a class="pager__next" href="{LIST3}" rel="next">Nästa ›</a>',
           3: '<span class="pager__next is-disabled">Nästa ›</span>'}[n]
    sort_base = ''
    alla = f'\n          <p class="table-tools"><a href="{ALLA}" rel="nofollow">Visa alla 18 på en sida</a> · <a href="{EXPORT}" rel="nofollow">Ladda ner tabellen som CSV</a></p>' if n == 1 else \
        f'\n          <p class="table-tools"><a href="{EXPORT}" rel="nofollow">Ladda ner tabellen som CSV</a></p>'
    quick = ' · '.join(f'<a href="{q}" rel="nofollow">{t}</a>' for q, t in zip(QUICK, ['Halmstad', 'Varberg', 'Kungsbacka']))
    main = f'''        <div class="listing listing--insatser">
          <h1>Beviljade insatser</h1>
          <p class="record__intro">Insatser i Hallands kommuner och i Region Halland som har fått sociala investeringsmedel sedan 2022, de senast beviljade först.</p>
          <form class="filter" method="get" action="{FILTER}">
            <fieldset>
              <legend>Filtrera insatserna</legend>
              <label for="f-kommun">Kommun</label>
              <select id="f-kommun" name="kommun">{opts_k}</select>
              <label for="f-ar">Startår</label>
              <select id="f-ar" name="ar">{opts_a}</select>
              <label for="f-omrade">Område</label>
              <select id="f-omrade" name="omrade">{opts_o}</select>
              <button type="submit">Filtrera</button>
            </fieldset>
          </form>
          <p class="filter__quick">Snabbval: {quick}</p>
          <table class="table table--insatser">
            <caption>Beviljade insatser 2022–2025, sida {n} av 3</caption>
            <thead>
              <tr>
                <th scope="col"><a href="{sort_base}?sortera=namn&amp;ordning=asc" rel="nofollow">Namn</a></th>
                <th scope="col"><a href="{sort_base}?sortera=kommun&amp;ordning=asc" rel="nofollow">Kommun</a></th>
                <th scope="col"><a href="{sort_base}?sortera=period&amp;ordning=desc" rel="nofollow">Period</a></th>
              </tr>
            </thead>
            <tbody>{rows}
            </tbody>
          </table>
          <nav class="pager" aria-label="Sidor">
            {prev}
            <span class="pager__current">Sida {n} av 3</span>
            {nxt}
          </nav>{alla}
          <p>Läs mer om <a href="{FUND}">sociala investeringsmedel</a>.</p>
        </div>'''
    extra = f'\n    <link rel="alternate" type="application/ld+json" href="{API}">' if n == 1 else ''
    return path, page(path, 'Beviljade insatser' if n == 1 else f'Beviljade insatser – sida {n}', main,
                      desc='Insatser som fått Region Hallands sociala investeringsmedel.', crumbs=[('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND)],
                      body_class='listing-page', extra_head=extra)


def page1_alias():
    """/sida-1: the same first page under a second address, with its canonical link naming the bare address."""
    _, text = table_page(1)
    return text


# ------------------------------------------------------------------------------------------------- insatser
def insats(path, title, intro, body, facts, rid, updated, printable=False):
    rows = ''.join(f'\n              <tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in facts)
    after = f'''
          <table class="fakta">
            <caption>Fakta om insatsen</caption>
            <tbody>{rows}
            </tbody>
          </table>
          <p class="record__updated">Uppdaterad <time datetime="{updated}">{updated}</time></p>
          <p><a href="{LIST}">Alla beviljade insatser</a></p>''' + (print_link(path) if printable else '')
    return page(path, title, record('insatser', rid, title, intro, body, after), desc=intro,
                crumbs=[('Social hållbarhet', SH), ('Sociala investeringsmedel', FUND), ('Beviljade insatser', LIST)], body_class='record-page')


def r1():
    body = '''            <p>Familjelotsen är en insats för familjer i Laholm som har kontakt med många olika verksamheter samtidigt – till exempel socialtjänst, skola, barn- och ungdomspsykiatri och habilitering. En familjelots blir familjens fasta kontakt, hjälper till att samordna insatserna och ser till att ingen fråga faller mellan stolarna.</p>
            <h2>Varför behövs insatsen?</h2>
            <p>Föräldrar berättar att de måste upprepa sin historia för många olika handläggare och att stödet kommer för sent. När insatserna samordnas tidigt kan barnen få rätt hjälp innan problemen växer, och behovet av placeringar utanför hemmet minska.</p>
            <h2>Så arbetar Familjelotsen</h2>
            <p>Två familjelotsar tar emot familjer efter en förfrågan från skolan, elevhälsan eller vårdcentralen. Lotsen kallar till ett samordnat möte inom två veckor och följer familjen i högst ett år.</p>'''
    facts = [('Kommun', 'Laholm'), ('Insatsägare', 'Laholms kommun, socialförvaltningen'), ('Period', '1 mars 2025 – 28 februari 2027'),
             ('Beviljat belopp', '1 400 000 kronor ur Region Hallands sociala investeringsmedel'), ('Medfinansiering', '700 000 kronor från Laholms kommun'),
             ('Målgrupp', 'Familjer med barn 0–17 år som har stöd från flera verksamheter'),
             ('Samverkansparter', 'Region Halland (Närsjukvården Halland, BUP Halmstad), barn- och ungdomsförvaltningen i Laholm'),
             ('Status', 'Pågår')]
    return insats(R1, 'Familjelotsen', 'En fast kontakt som samordnar stödet för familjer med barn i Laholm.', body, facts, 311, '2025-04-02', printable=True)


def r2():
    body = '''            <p>Seniorträffar på landsbygden ska minska ensamheten bland äldre i Falkenbergs inland. En aktivitetssamordnare ordnar träffar i bygdegårdarna i Ullared, Vessigebro och Långås tillsammans med pensionärsföreningarna, och kommunens färdtjänst kör den som inte kan ta sig dit själv.</p>
            <h2>Bakgrund</h2>
            <p>Var fjärde person över 75 år i Falkenbergs kommun bor på landsbygden. Hemtjänsten möter allt fler som är ensamma och nedstämda, och ensamhet ökar risken för fallolyckor och tidig flytt till särskilt boende.</p>
            <h2>Mål</h2>
            <p>Minst 120 äldre ska delta regelbundet. Deltagarna svarar på en enkät om ensamhet och hälsa när de börjar och efter ett år.</p>'''
    facts = [('Kommun', 'Falkenberg'), ('Insatsägare', 'Falkenbergs kommun, omsorgsförvaltningen'), ('Period', 'april 2025 – mars 2027'),
             ('Beviljat belopp', '980 000 kronor'), ('Medfinansiering', '420 000 kronor från Falkenbergs kommun'),
             ('Målgrupp', 'Personer 70 år och äldre som bor hemma på landsbygden'),
             ('Samverkansparter', 'PRO Ullared, SPF Seniorerna Vessigebro, Långås bygdegårdsförening, vårdcentralen i Ullared'),
             ('Status', 'Pågår')]
    return insats(R2, 'Seniorträffar på landsbygden', 'Träffar och skjuts mot ensamhet för äldre i Falkenbergs inland.', body, facts, 318, '2025-05-20')


def r3():
    body = '''            <p>Barnkraft är en insats för barn 6–12 år i Andersberg och Vallås i Halmstad som lever med en förälder som har psykisk ohälsa eller missbruk. Barnen träffas i grupp en gång i veckan under tio veckor och får prata om sin situation med andra i samma läge. Föräldrarna erbjuds samtidigt egna samtal.</p>
            <h2>Varför?</h2>
            <p>Barn som anhöriga har större risk att själva drabbas av ohälsa och att lämna skolan utan godkända betyg. Stöd i grupp stärker barnens förmåga att hantera situationen hemma.</p>
            <h2>Så följs insatsen upp</h2>
            <p>Barnen och föräldrarna fyller i ett frågeformulär före och efter gruppen. Halmstads kommun följer också upp skolnärvaron.</p>'''
    facts = [('Kommun', 'Halmstad'), ('Insatsägare', 'Halmstads kommun, socialförvaltningen'), ('Period', 'augusti 2024 – december 2026'),
             ('Beviljat belopp', '2 100 000 kronor'), ('Medfinansiering', '900 000 kronor från Halmstads kommun'),
             ('Målgrupp', 'Barn 6–12 år som har en förälder med psykisk ohälsa eller missbruk'),
             ('Samverkansparter', 'Region Halland (vuxenpsykiatrin Halmstad), skolorna i Andersberg och Vallås, Röda korset'),
             ('Status', 'Pågår')]
    return insats(R3, 'Barnkraft', 'Gruppverksamhet för barn som har en förälder med psykisk ohälsa eller missbruk.', body, facts, 287, '2024-09-11', printable=True)


def r4():
    body = '''            <p>Tidigt tillsammans är en insats i Kungsbackas förskolor för barn 1–5 år med tecken på språkstörning. En specialpedagog och en logoped från Region Halland arbetar direkt i förskolegrupperna och handleder personalen, så att barnen får stöd redan innan en utredning är klar.</p>
            <h2>Bakgrund</h2>
            <p>Väntetiden till logoped var 2023 över ett år. Barn med språkstörning som inte får tidigt stöd har svårare att lära sig läsa och löper större risk att inte klara grundskolan.</p>
            <p>Insatsen har fått 1 650 000 kronor i sociala investeringsmedel och pågår från januari 2024 till juni 2026 i tolv förskolor.</p>'''
    facts = [('Kommun', 'Kungsbacka'), ('Insatsägare', 'Kungsbacka kommun, förvaltningen för Förskola &amp; Grundskola'), ('Period', 'januari 2024 – juni 2026'),
             ('Beviljat belopp', '1 650 000 kronor'), ('Medfinansiering', '700 000 kronor från Kungsbacka kommun'),
             ('Målgrupp', 'Barn 1–5 år med tecken på språkstörning och deras pedagoger'),
             ('Samverkansparter', 'Region Halland (logopedmottagningen i Kungsbacka), barnavårdscentralerna'),
             ('Status', 'Pågår')]
    return insats(R4, 'Tidigt tillsammans', 'Specialpedagog och logoped i förskolan för barn med språkstörning.', body, facts, 276, '2024-02-06')


def r5():
    body = '''            <p><strong>Insatsen är avslutad.</strong> Brobyggare i Varberg var en insats för nyanlända familjer med barn i grundskolan. Tre brobyggare med arabiska, somaliska och tigrinja som modersmål fanns på skolorna i Trönninge, Håsten och Göingeskolan och var länken mellan skolan och hemmet.</p>
            <h2>Resultat</h2>
            <p>Under 2023–2025 hade brobyggarna kontakt med 210 familjer. Närvaron på föräldramöten och utvecklingssamtal ökade tydligt, och skolorna rapporterar färre konflikter som bottnat i missförstånd.</p>
            <h2>Efter insatsen</h2>
            <p>Varbergs kommun har beslutat att behålla två brobyggare inom ordinarie budget från hösten 2025.</p>'''
    facts = [('Kommun', 'Varberg'), ('Insatsägare', 'Varbergs kommun, barn- och utbildningsförvaltningen'), ('Period', 'januari 2023 – juni 2025'),
             ('Beviljat belopp', '1 200 000 kronor'), ('Medfinansiering', '600 000 kronor från Varbergs kommun'),
             ('Målgrupp', 'Nyanlända familjer med barn i grundskolan'),
             ('Samverkansparter', 'Studieförbundet Vuxenskolan, Röda korset Varberg'),
             ('Status', 'Avslutad')]
    return insats(R5, 'Brobyggare i Varberg', 'Brobyggare med flera språk förde samman skola och nyanlända familjer.', body, facts, 244, '2025-08-29')


def r6():
    body = '''            <p><strong>Insatsen är avslutad.</strong> Livsviktigt Halland var en länsgemensam insats för att förebygga självmord bland unga 15–25 år. Region Halland och de sex kommunerna utbildade personal i skolor, fritidsgårdar, idrottsföreningar och vården i att upptäcka unga som mår dåligt och våga fråga om självmordstankar.</p>
            <h2>Vad gjordes?</h2>
            <ul>
              <li>1 240 personer gick utbildningen Första hjälpen till psykisk hälsa (MHFA) eller YAM-instruktörsutbildning.</li>
              <li>Alla gymnasieskolor i Halland erbjöd YAM (Youth Aware of Mental Health) i årskurs 1.</li>
              <li>En gemensam rutin för uppföljning efter självmordsförsök infördes mellan psykiatrin och kommunerna.</li>
            </ul>
            <p>Insatsen pågick från september 2022 till december 2024 och finansierades med 2 500 000 kronor ur de sociala investeringsmedlen.</p>'''
    facts = [('Kommun', 'Hela länet'), ('Insatsägare', 'Region Halland, Psykiatri Halland'), ('Period', 'september 2022 – december 2024'),
             ('Beviljat belopp', '2 500 000 kronor'), ('Medfinansiering', 'Arbetstid från de sex kommunerna'),
             ('Målgrupp', 'Unga 15–25 år och vuxna som möter unga i sitt arbete'),
             ('Samverkansparter', 'Halmstad, Laholm, Hylte, Falkenberg, Varberg och Kungsbacka kommuner, RF-SISU Halland'),
             ('Status', 'Avslutad')]
    return insats(R6, 'Livsviktigt Halland', 'En länsgemensam insats för att förebygga självmord bland unga.', body, facts, 199, '2025-02-14', printable=True)


# ---------------------------------------------------------------------------------------------- news, events, jobs
def nyheter():
    items = ''.join(f'''
            <li class="news-item"><a href="{h}"><h2>{t}</h2></a><time datetime="{d}">{d}</time><p>{x}</p></li>'''
                    for t, h, d, x in [('Utlysning: sociala investeringsmedel 2026', N_FUND, '2025-11-18', 'Kommunerna och regionen kan söka 10 miljoner kronor till förebyggande insatser.'),
                                       ('Regionfullmäktige har antagit ny regional utvecklingsstrategi', N_RUS, '2025-10-29', 'Strategin gäller 2026–2035.'),
                                       ('Fler unga väljer vård- och omsorgsprogrammet', N_KOMP, '2025-09-12', 'Antalet sökande har ökat med 14 procent.')])
    main = f'''        <div class="listing">
          <h1>Aktuellt</h1>
          <ul class="news-list">{items}
          </ul>
        </div>'''
    return page(NYH, 'Aktuellt', main, crumbs=[])


def nyhet(path, title, date, intro, body):
    return page(path, title, record('nyheter', numid(path, 400, 300), title, intro, body, meta=f'Publicerad <time datetime="{date}">{date}</time>'),
                desc=intro, crumbs=[('Aktuellt', NYH)], body_class='record-page')


def n_fund():
    return nyhet(N_FUND, 'Utlysning: sociala investeringsmedel 2026', '2025-11-18', 'Nu kan Hallands kommuner och Region Hallands förvaltningar söka sociala investeringsmedel för 2026.',
                 f'''            <p>Region Halland utlyser 10 miljoner kronor i sociala investeringsmedel för förebyggande insatser. Sista dag att söka är den 1 mars 2026 och beslut fattas av regionstyrelsens arbetsutskott i maj.</p>
            <p>I år prioriteras ansökningar som handlar om psykisk hälsa bland barn och unga och om unga vuxna som varken arbetar eller studerar.</p>
            <p>Läs om <a href="{SOKA}">hur ni söker</a> och om <a href="https://{H}{EDIT}">villkoren</a>. Välkommen också till <a href="{EV}">lärandeseminariet den 22 april</a>.</p>''')


def n_rus():
    return nyhet(N_RUS, 'Regionfullmäktige har antagit ny regional utvecklingsstrategi', '2025-10-29', 'Hallands nya regionala utvecklingsstrategi gäller 2026–2035.',
                 '''            <p>Strategin pekar ut tre mål: en hållbar tillväxt, god kompetensförsörjning och jämlika livsvillkor. Den togs fram tillsammans med kommunerna, näringslivet och civilsamhället under två år.</p>''')


def n_komp():
    return nyhet(N_KOMP, 'Fler unga väljer vård- och omsorgsprogrammet', '2025-09-12', 'Antalet förstahandssökande till vård- och omsorgsprogrammet i Halland har ökat med 14 procent.',
                 '''            <p>Ökningen är den största på tio år. Region Halland och kommunerna har under två år marknadsfört vårdyrken i grundskolan.</p>''')


def evenemang():
    main = f'''        <div class="listing">
          <h1>Evenemang</h1>
          <p><a href="{CAL}" rel="nofollow">Visa evenemangen i en kalender</a></p>
          <ul class="event-list">
            <li><a href="{EV}">Lärandeseminarium: sociala investeringar i Halland</a> – <time datetime="2026-04-22">22 april 2026</time></li>
            <li><a href="{EV2}">Kompetensforum Halland 2026</a> – <time datetime="2026-05-13">13 maj 2026</time></li>
          </ul>
        </div>'''
    return page(EVS, 'Evenemang', main, crumbs=[])


def event():
    body = '''            <p>Hur går det för de insatser som fått sociala investeringsmedel? Välkommen till ett lärandeseminarium för insatsledare, chefer och politiker i Hallands kommuner och i Region Halland.</p>
            <dl class="event-facts">
              <dt>Datum</dt><dd>Onsdag 22 april 2026</dd>
              <dt>Tid</dt><dd>09.00–15.30</dd>
              <dt>Plats</dt><dd>Hotel Tylösand, Tylöhusvägen 28, Halmstad</dd>
              <dt>Kostnad</dt><dd>Kostnadsfritt, lunch ingår</dd>
              <dt>Sista anmälningsdag</dt><dd>8 april 2026</dd>
              <dt>Arrangör</dt><dd>Region Halland, avdelningen för regional utveckling</dd>
            </dl>
            <h2>Program</h2>
            <ul>
              <li>09.00 Välkommen och inledning</li>
              <li>09.30 Vad säger utvärderingen 2019–2024? Forskare från Högskolan i Halmstad</li>
              <li>11.00 Tre insatser berättar: Barnkraft, Brobyggare i Varberg och Familjelotsen</li>
              <li>13.00 Workshop: Från insats till ordinarie verksamhet</li>
              <li>15.00 Sammanfattning</li>
            </ul>
            <p>Anmälan görs via länken i inbjudan som skickats till kommunernas kontaktpersoner.</p>'''
    return page(EV, 'Lärandeseminarium: sociala investeringar i Halland', record('evenemang', 512, 'Lärandeseminarium: sociala investeringar i Halland',
                                                                               'Ett seminarium om lärdomarna från regionens sociala investeringsmedel.', body),
                crumbs=[('Evenemang', EVS)], body_class='record-page')


def event2():
    body = '''            <dl class="event-facts">
              <dt>Datum</dt><dd>Onsdag 13 maj 2026</dd>
              <dt>Tid</dt><dd>08.30–16.00</dd>
              <dt>Plats</dt><dd>Varbergs Kusthotell</dd>
              <dt>Kostnad</dt><dd>950 kronor</dd>
            </dl>
            <p>Arbetsgivare, skolor och myndigheter samlas för att diskutera kompetensförsörjningen i Halland.</p>'''
    return page(EV2, 'Kompetensforum Halland 2026', record('evenemang', 518, 'Kompetensforum Halland 2026', 'En konferens om kompetensförsörjning.', body),
                crumbs=[('Evenemang', EVS)], body_class='record-page')


def jobs():
    main = f'''        <div class="listing">
          <h1>Lediga jobb</h1>
          <ul>
            <li><a href="{JOB}">Utvecklingsledare med inriktning sociala investeringar</a> – sista ansökningsdag 15 februari 2026</li>
          </ul>
          <p>Alla Region Hallands lediga jobb finns på <a href="https://www.regionhalland.se/jobb-och-karriar/">regionhalland.se</a>.</p>
        </div>'''
    return page(JOBS, 'Lediga jobb', main, crumbs=[])


def job():
    body = f'''            <h2>Om tjänsten</h2>
            <p>Som utvecklingsledare ansvarar du för Region Hallands sociala investeringsmedel: du stöttar kommunerna när de tar fram ansökningar, bereder ärenden till regionstyrelsens arbetsutskott och leder det regionala lärande nätverket för insatsledare.</p>
            <h2>Kvalifikationer</h2>
            <p>Du har akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi och erfarenhet av utvecklingsarbete i offentlig sektor. Erfarenhet av socioekonomiska analyser är meriterande.</p>
            <h2>Villkor</h2>
            <p>Anställningsform: Tillsvidareanställning<br>Omfattning: Heltid<br>Tillträde: Enligt överenskommelse<br>Placering: Regionens hus, Halmstad<br>Sista ansökningsdag: 2026-02-15</p>
            <p>Ansök via <a href="https://www.regionhalland.se/jobb-och-karriar/lediga-jobb/">Region Hallands rekryteringssystem</a>, referensnummer RH-2026-112.</p>'''
    return page(JOB, 'Utvecklingsledare med inriktning sociala investeringar', record('jobb', 621, 'Utvecklingsledare med inriktning sociala investeringar',
                                                                                     'Avdelningen för regional utveckling söker en utvecklingsledare.', body),
                crumbs=[('Lediga jobb', JOBS)], body_class='record-page')


def furniture(path, title, text):
    return page(path, title, record('pages', numid(path, 10, 300), title, title + '.', '            ' + text), crumbs=[])


# -------------------------------------------------------------------------------------------------------- build
def build():
    write(H, '/', start())
    for p in SECTIONS:
        write(H, p, section(p))
    write(H, SH, social())
    write(H, FUND, fund())
    write(H, SOKA, soka())
    write(H, VILLKOR, villkor())
    write(H, RAPPORT, rapport())
    write(H, SERVICE, service())
    for n in (1, 2, 3):
        path, text = table_page(n)
        write(H, path, text)
    write(H, LIST1, page1_alias())
    write(H, R1, r1())
    write(H, R2, r2())
    write(H, R3, r3())
    write(H, R4, r4())
    write(H, R5, r5())
    write(H, R6, r6())
    write(H, NYH, nyheter())
    write(H, N_FUND, n_fund())
    write(H, N_RUS, n_rus())
    write(H, N_KOMP, n_komp())
    write(H, EVS, evenemang())
    write(H, EV, event())
    write(H, EV2, event2())
    write(H, JOBS, jobs())
    write(H, JOB, job())
    write(H, PG + 'folkhalsa', page(PG + 'folkhalsa', 'Folkhälsa', record('pages', 44, 'Folkhälsa', 'Region Hallands folkhälsoarbete.',
                                                                              '''            <p>Region Halland följer hälsan i befolkningen och arbetar efter folkhälsopolicyn för Halland. Statistik om hälsa och livsvillkor finns i Region Hallands folkhälsorapporter.</p>'''),
                                   crumbs=[('Social hållbarhet', SH)]))
    write(H, '/files/2025-03/utvardering-sociala-investeringsmedel-2019-2024.pdf',
          pdf(['Utvärdering av sociala investeringsmedel 2019–2024', 'Region Halland och Högskolan i Halmstad', 'Mars 2025'], 40 * 1024,
              'halland-utv', 'Utvärdering av sociala investeringsmedel 2019–2024', 'Högskolan i Halmstad'))
    write(H, KONTAKT, furniture(KONTAKT, 'Kontakt', '<p>Region Halland, avdelningen för regional utveckling. Växel 035-13 48 00.</p>'))
    write(H, TILLG, furniture(TILLG, 'Tillgänglighet', '<p>Region Halland står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.</p>'))
    write(H, KAKOR, furniture(KAKOR, 'Kakor', '<p>Webbplatsen använder en sessionskaka (bolt_session) som behövs för att den ska fungera.</p>'))
    rows = [('/', '2025-11-18', 'weekly', '1.0')] + [(p, '2025-06-10', 'monthly', '0.6') for p in list(SECTIONS) + [SH]] + \
        [(FUND, '2025-11-18', 'monthly', '0.8'), (SOKA, '2025-11-18', 'monthly', '0.7'), (VILLKOR, '2025-01-20', 'yearly', '0.5'),
         (RAPPORT, '2025-03-12', 'yearly', '0.5'), (SERVICE, '2025-04-09', 'yearly', '0.5'), (KONTAKT, '2024-11-01', 'yearly', '0.3'),
         (TILLG, '2024-11-01', 'yearly', '0.3'), (KAKOR, '2024-11-01', 'yearly', '0.3'), (NYH, '2025-11-18', 'weekly', '0.6'),
         (N_FUND, '2025-11-18', None, '0.5'), (N_RUS, '2025-10-29', None, '0.5'), (N_KOMP, '2025-09-12', None, '0.5'),
         (EVS, '2025-11-18', 'weekly', '0.5'), (EV, '2025-11-18', None, '0.5'), (EV2, '2025-10-02', None, '0.5'),
         (JOBS, '2026-01-12', 'weekly', '0.4'), (JOB, '2026-01-12', None, '0.4')]
    write(H, '/sitemap.xml', urlset(H, rows))
    write(H, '/robots.txt', f'''# robots.txt för utveckling.regionhalland.se
User-agent: *
Disallow: /bolt/
Disallow: /api/
Disallow: /search
Disallow: /evenemang/kalender
Disallow: /sociala-investeringar/beviljade-insatser/filter
Disallow: /*/export
Disallow: /*?sortera=
Disallow: /*?antal=
Disallow: /*?format=
Crawl-delay: 2

Sitemap: https://{H}/sitemap.xml
''')


if __name__ == '__main__':
    build()
