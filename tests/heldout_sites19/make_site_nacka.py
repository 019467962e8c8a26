"""Nacka kommun (0182): a Qwik City 1.9 static build (SSG, trailing slashes) fed by a headless Directus CMS."""
import hashlib
import html
import json
from urllib.parse import quote

from make_common import write, sitemap

H = 'www.nacka.se'
KP = '/kommun-och-politik/'
SH = KP + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringar/'
PROJ = FUND + 'projekt/'
P1 = PROJ + 'sprakstart-fisksatra/'
P2 = PROJ + 'jobbspar-orminge/'
P3 = '/fritid/fritidsgardar/mobila-fritidsgarden/'
P4 = PROJ + 'digitala-seniorer-saltsjobaden/'
P5 = '/omsorg-och-hjalp/halsa/halsolotsar/'
DEAD = PROJ + 'mattelyftet-alta/'
BEV = {y: FUND + f'beviljade-medel-{y}/' for y in (2025, 2024, 2023, 2022)}  # 2023 is not saved (404)
MG = {k: PROJ + f'malgrupp/{k}/' for k in ('barn-och-unga', 'vuxna', 'aldre')}
TAG = '/nyheter/amne/sociala-investeringar/'
NEWS = {
    'vinter': '/nyheter/2025/sa-plogar-vi-i-vinter/',
    'call': '/nyheter/2025/nu-kan-enheterna-soka-sociala-investeringsmedel-for-2026/',
    'cykel': '/nyheter/2025/ny-cykelbana-mellan-sickla-och-nacka-centrum/',
    'kf': '/nyheter/2025/fullmaktige-fyller-pa-den-sociala-investeringsreserven/',
    'lotsar': '/nyheter/2025/halsolotsarna-har-mott-400-nackabor/',
}
EVENT = '/evenemang/frukostseminarium-vad-ger-sociala-investeringar/'
JOB = '/jobb/analytiker-social-hallbarhet/'
CAL = '/evenemang/kalender/2025/11/'

_ids = [0]


def qid():
    _ids[0] += 1
    n, s = _ids[0], ''
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def L(href, text, cls=''):
    """A Qwik City <Link>: a real <a href> plus Qwik's lazy event handlers."""
    c = f' class="{cls}"' if cls else ''
    return (f'<a href="{href}"{c} data-prefetch on:click="q-CfB2kQ9x.js#s_8gdLBszqbaM[0 1]" '
            f'on:mouseover="q-CfB2kQ9x.js#s_fV2uzAL99u4" on:focus="q-CfB2kQ9x.js#s_fV2uzAL99u4" '
            f'on:qvisible="q-CfB2kQ9x.js#s_XsRvE4VUGxQ" q:id="{qid()}">{text}</a>')


MENU = [('/forskola-och-skola/', 'Förskola och skola'), ('/omsorg-och-hjalp/', 'Omsorg och hjälp'),
        ('/fritid/', 'Fritid'), ('/bo-och-bygga/', 'Bo och bygga'), ('/trafik-och-gator/', 'Trafik och gator'),
        (KP, 'Kommun och politik')]

SUBNAV = [(FUND, 'Sociala investeringar'), (FUND + 'sa-ansoker-ni/', 'Så ansöker ni'),
          (FUND + 'riktlinjer/', 'Riktlinjer'), (PROJ, 'Projektbanken'),
          (BEV[2025], 'Beviljade medel'), (FUND + 'uppfoljning-och-utvardering/', 'Uppföljning och utvärdering')]


def subnav(path):
    items = ''.join(
        f'<li class="sub-nav__item{" sub-nav__item--active" if h == path else ""}">'
        f'{L(h, t, "sub-nav__link")}</li>' for h, t in SUBNAV)
    return (f'<nav class="sub-nav" aria-label="Undermeny Sociala investeringar" q:key="subnav">'
            f'<!--qv q:id={qid()} q:key=sN_0:sub--><ul class="sub-nav__list">{items}</ul><!--/qv--></nav>')


def card(href, title, text, meta=''):
    m = f'<p class="card__meta">{meta}</p>' if meta else ''
    return (f'<li class="card-list__item"><article class="card" q:key="{qid()}">'
            f'<h3 class="card__title">{L(href, title, "card__link")}</h3>{m}<p class="card__text">{text}</p>'
            f'</article></li>')


def cards(items):
    return '<ul class="card-list card-list--3">' + ''.join(card(*i) for i in items) + '</ul>'


def page(path, title, body, crumbs, kind='standard', left=None, aside='', desc=None, extra_state=None):
    inst = 'n' + hashlib.sha1(path.encode()).hexdigest()[:10]
    desc = desc or title
    menu = ''.join(
        f'<li class="main-nav__item{" main-nav__item--active" if path.startswith(h) else ""}">'
        f'{L(h, t, "main-nav__link")}</li>' for h, t in MENU)
    bc = ''.join(f'<li class="breadcrumbs__item">{L(h, t)}</li>' for h, t in [('/', 'Start')] + crumbs)
    bc += f'<li class="breadcrumbs__item" aria-current="page">{title}</li>'
    rs = ('https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10217&amp;lang=sv_se&amp;readid=main-content&amp;url='
          + quote('https://www.nacka.se' + path, safe=''))
    layout = 'layout layout--sidebar' if (left or aside) else 'layout'
    leftcol = f'<div class="layout__nav">{left}</div>' if left else ''
    asidecol = f'<aside class="layout__aside" aria-label="Relaterat">{aside}</aside>' if aside else ''
    state = {"refs": {qid(): "0 1"}, "ctx": {}, "objs": [
        {"url": "\u00122", "params": "\u00123", "isNavigating": "\u00124", "prevUrl": "\u00115"},
        {"pageTitle": "\u00126", "template": "\u00127"},
        f"https://www.nacka.se{path}", {}, False, None, title, kind], "subs": []}
    if extra_state:
        state["objs"].extend(extra_state)
    st = json.dumps(state, ensure_ascii=False).replace('</', '<\\/')
    return f'''<!DOCTYPE html>
<html lang="sv" q:container="paused" q:version="1.9.1" q:render="ssr" q:base="/build/" q:locale="" q:manifest-hash="7qk2xv" q:instance="{inst}"><!--qv q:id=0 q:key=wc_0:Ok_0--><head q:head><meta charset="utf-8" q:head><title q:head>{title} - Nacka kommun</title><link rel="canonical" href="https://www.nacka.se{path}" q:key="canonical" q:head><meta name="viewport" content="width=device-width, initial-scale=1.0" q:head><meta name="description" content="{html.escape(desc, quote=True)}" q:key="description" q:head><meta property="og:title" content="{html.escape(title, quote=True)}" q:key="og:title" q:head><meta property="og:site_name" content="Nacka kommun" q:key="og:site_name" q:head><link rel="icon" type="image/svg+xml" href="/favicon.svg" q:head><link rel="modulepreload" href="/build/q-CfB2kQ9x.js"><link rel="modulepreload" href="/build/q-DkR8m2Zx.js"><link rel="stylesheet" href="/assets/DPb7Tw2e-root.css"><style q:style="lh0tbw-0" hidden>:root{{--nacka-blue:#00507a;--nacka-green:#3c7d22}}</style></head>
<body lang="sv" class="template-{kind}"><!--qv q:id=1 q:key=9Y_0:Ok_0--><!--qv q:s q:sref=1 q:key=-->
<a class="skip-link" href="#main-content">Gå direkt till innehåll</a>
<header class="site-header" q:key="header"><!--qv q:id={qid()} q:key=hD_0:header-->
<div class="site-header__top container">
{L('/', '<img src="/images/nacka-kommun-logo.svg" alt="Nacka kommun, till startsidan" width="168" height="48">', 'site-header__logo')}
<ul class="site-header__tools">
<li><a href="{rs}" rel="nofollow" class="tool tool--listen">Lyssna</a></li>
<li>{L('/languages/', 'Other languages', 'tool')}</li>
<li>{L('/kontakt/', 'Kontakta oss', 'tool')}</li>
<li><a href="/mina-sidor/logga-in/" rel="nofollow" class="tool tool--login">Mina sidor</a></li>
</ul>
<form class="site-search" role="search" action="/sok/" method="get" preventdefault:submit on:submit="q-DkR8m2Zx.js#s_lWSbb5Hq2rI[0]" q:id="{qid()}"><label for="site-search-q" class="sr-only">Sök på nacka.se</label><input id="site-search-q" name="q" type="search" placeholder="Vad letar du efter?" autocomplete="off"><button type="submit" class="site-search__button">Sök</button></form>
</div>
<nav class="main-nav" aria-label="Huvudmeny"><button type="button" class="main-nav__toggle" aria-expanded="false" on:click="q-DkR8m2Zx.js#s_rT2xOg6nB4k[0]" q:id="{qid()}">Meny</button><ul class="main-nav__list">{menu}</ul></nav>
<!--/qv--></header>
<main id="main-content" class="page page--{kind}">
<div class="container">
<nav class="breadcrumbs" aria-label="Du är här"><ol class="breadcrumbs__list">{bc}</ol></nav>
<div class="{layout}">{leftcol}
<article class="article" q:key="article"><!--qv q:id={qid()} q:key=aR_0:article-->
{body}
<p class="article__updated">Senast uppdaterad: <time datetime="2025-11-04">4 november 2025</time></p>
<!--/qv--></article>
{asidecol}</div>
</div>
</main>
<footer class="site-footer" q:key="footer"><!--qv q:id={qid()} q:key=fT_0:footer-->
<div class="container site-footer__grid">
<div class="site-footer__col"><h2 class="site-footer__heading">Nacka kommun</h2><p>131 81 Nacka<br>Besöksadress: Granitvägen 15, Nacka<br>Telefon: 08-718 80 00<br><a href="mailto:info@nacka.se">info@nacka.se</a></p></div>
<div class="site-footer__col"><h2 class="site-footer__heading">Genvägar</h2><ul><li>{L('/nyheter/', 'Nyheter')}</li><li>{L('/evenemang/', 'Evenemang')}</li><li>{L('/jobb/', 'Lediga jobb')}</li><li>{L('/press/', 'Press')}</li></ul></div>
<div class="site-footer__col"><h2 class="site-footer__heading">Om webbplatsen</h2><ul><li>{L('/om-webbplatsen/', 'Om webbplatsen')}</li><li>{L('/om-webbplatsen/tillganglighetsredogorelse/', 'Tillgänglighetsredogörelse')}</li><li>{L('/om-webbplatsen/kakor/', 'Kakor')}</li><li>{L('/om-webbplatsen/personuppgifter/', 'Så hanterar vi personuppgifter')}</li></ul></div>
<div class="site-footer__col"><h2 class="site-footer__heading">Följ oss</h2><ul class="social"><li><a href="https://www.facebook.com/nackakommun" rel="noopener">Facebook</a></li><li><a href="https://www.instagram.com/nackakommun/" rel="noopener">Instagram</a></li><li><a href="https://www.linkedin.com/company/nacka-kommun" rel="noopener">Linkedin</a></li></ul></div>
</div>
<!--/qv--></footer>
<!--/qv--><!--/qv-->
<script type="qwik/json">{st}</script>
<script q:func="qwik/json">document["qFuncs_{inst}"]=[];</script>
<script id="qwikloader">((e,t)=>{{const n="__q_context__",o=window,s=new Set,i="replace",a="forEach",r="target",c="getAttribute",l="isConnected",p="qvisible",d="_qwikjson_";/* qwikloader 1.9.1 */}})(document);</script>
<script>(window.qwikevents||=[]).push("click","mouseover","focus","submit","input")</script>
</body><!--/qv--></html>
'''


def build():
    pages = {}
    CK = [(KP, 'Kommun och politik')]
    CS = CK + [(SH, 'Social hållbarhet')]
    CF = CS + [(FUND, 'Sociala investeringar')]
    CP = CF + [(PROJ, 'Projektbanken')]

    # ---------- start page ----------
    pages['/'] = page('/', 'Startsida', f'''<h1 class="sr-only">Nacka kommun</h1>
<section class="hero"><p class="hero__lead">Välkommen till Nacka – nära natur, vatten och stad.</p></section>
<section class="shortcuts"><h2>Genvägar</h2><ul class="shortcut-list">
<li>{L('/forskola-och-skola/ansok-om-forskola/', 'Ansök om förskola')}</li>
<li>{L('/bo-och-bygga/bygglov/', 'Bygglov')}</li>
<li>{L('/trafik-och-gator/parkering/', 'Parkering')}</li>
<li>{L('/jobb/', 'Lediga jobb')}</li>
</ul></section>
<section class="popular-searches"><h2>Populära sökningar</h2><ul>
<li><a href="/sok/?q=bygglov">bygglov</a></li>
<li><a href="/sok/?q=skolval">skolval</a></li>
<li><a href="/sok/?q=parkeringstillst%C3%A5nd">parkeringstillstånd</a></li>
</ul></section>
<section class="news-teasers"><h2>Nyheter</h2>{cards([
        (NEWS['vinter'], 'Så plogar vi i vinter', 'Huvudgator och gång- och cykelbanor till skolor prioriteras när snön kommer.', '3 november 2025'),
        (NEWS['call'], 'Nu kan enheterna söka sociala investeringsmedel för 2026', 'Ansökningar ska vara inne senast den 1 december.', '14 oktober 2025'),
        (NEWS['cykel'], 'Ny cykelbana mellan Sickla och Nacka centrum', 'Den nya cykelbanan längs Värmdövägen är klar.', '30 september 2025')])}
<p>{L('/nyheter/', 'Alla nyheter', 'link-arrow')}</p></section>
<section class="events-teaser"><h2>Evenemang</h2><p>Konserter, föreläsningar och aktiviteter i hela Nacka. {L('/evenemang/', 'Se alla evenemang', 'link-arrow')}</p></section>''', [], kind='start')

    # ---------- Kommun och politik, Social hållbarhet ----------
    pages[KP] = page(KP, 'Kommun och politik', f'''<h1>Kommun och politik</h1>
<p class="lead">Här kan du läsa om hur Nacka kommun styrs, om kommunens ekonomi och om arbetet för ett socialt hållbart Nacka.</p>
{cards([('/kommun-och-politik/kommunfullmaktige/', 'Kommunfullmäktige', 'Sammanträden, ledamöter och protokoll.'),
        ('/kommun-och-politik/budget-och-ekonomi/', 'Budget och ekonomi', 'Mål och budget, årsredovisning och skattesats.'),
        (SH, 'Social hållbarhet', 'Hur kommunen arbetar för att alla Nackabor ska ha goda livsvillkor.'),
        ('/jobb/', 'Jobba hos oss', 'Lediga jobb i Nacka kommun.')])}''', [], kind='landing')

    pages[SH] = page(SH, 'Social hållbarhet', f'''<h1>Social hållbarhet</h1>
<p class="lead">Nacka ska vara en kommun där alla barn får en bra start i livet och där alla invånare har möjlighet till arbete, hälsa och trygghet.</p>
<p>Skillnaderna i livsvillkor mellan olika delar av Nacka är stora. Medellivslängden i Fisksätra är flera år kortare än i Saltsjöbaden, och andelen unga som varken arbetar eller studerar är högre i Orminge och Fisksätra än i resten av kommunen. Kommunens arbete för social hållbarhet utgår från kommunfullmäktiges mål om en god uppväxt och trygga miljöer.</p>
{cards([(FUND, 'Sociala investeringar', 'Medel från den sociala investeringsreserven till förebyggande projekt.'),
        ('/kommun-och-politik/social-hallbarhet/trygghet/', 'Trygghet och brottsförebyggande arbete', 'Trygghetsvandringar, samverkan med polisen och lägesbilder.'),
        ('/kommun-och-politik/social-hallbarhet/folkhalsa/', 'Folkhälsa', 'Kommunens folkhälsoarbete och folkhälsoenkäten.')])}''', CK, kind='landing')

    # ---------- fund page ----------
    pages[FUND] = page(FUND, 'Sociala investeringar', f'''<h1>Sociala investeringar</h1>
<p class="lead">Med sociala investeringar vill Nacka kommun pröva nya, förebyggande arbetssätt som kan ge människor bättre livsvillkor och som på sikt minskar kommunens kostnader för sena och dyra insatser.</p>
<div class="rich-text">
<p>Kommunfullmäktige inrättade en social investeringsreserv 2019 med 30 miljoner kronor av kommunens överskott. Sommaren 2025 beslutade fullmäktige att fylla på reserven med ytterligare 20 miljoner kronor. Kommunens enheter kan söka medel för projekt som pågår i högst tre år, gärna tillsammans med civilsamhället, Region Stockholm eller andra aktörer.</p>
<p>Ett projekt som får medel ska ha en tydlig målgrupp och mätbara mål, och det ska finnas en plan för hur arbetssättet kan bli en del av den ordinarie verksamheten om det faller väl ut. Kommunstyrelsens arbetsutskott beslutar om medel två gånger per år.</p>
</div>
<h2>Exempel på pågående projekt</h2>
{cards([(P1, 'Språkstart Fisksätra', 'Språkstöd för barn som inte går i förskola och deras föräldrar.', 'Barn och unga · 2025–2027'),
        (DEAD, 'Mattelyftet i Älta', 'Extra mattestöd i årskurs 4–6 på Älta skola.', 'Barn och unga · 2025–2027')])}
<p>{L(PROJ, 'Alla projekt i projektbanken', 'link-arrow')}</p>
<h2>Beviljade medel</h2>
<p>På sidan {L(BEV[2025], 'Beviljade medel')} finns alla beslut om medel ur reserven, år för år.</p>
<h2>Kontakt</h2>
<p>Sara Lindqvist, strateg social hållbarhet<br>Telefon: 08-718 93 40<br><a href="mailto:sara.lindqvist@nacka.se">sara.lindqvist@nacka.se</a></p>''',
        CS, kind='standard', left=subnav(FUND),
        desc='Nacka kommuns sociala investeringsreserv finansierar förebyggande projekt.')

    pages[FUND + 'sa-ansoker-ni/'] = page(FUND + 'sa-ansoker-ni/', 'Så ansöker ni', f'''<h1>Så ansöker ni om sociala investeringsmedel</h1>
<p class="lead">Det är kommunens enheter som kan söka medel ur den sociala investeringsreserven. Föreningar och andra organisationer kan vara med som samarbetspartner.</p>
<div class="rich-text">
<h2>Ansökningsperioder</h2>
<p>Ni kan söka två gånger per år. Sista dag för ansökan är den 1 juni och den 1 december. Beslut fattas av kommunstyrelsens arbetsutskott i september respektive mars.</p>
<h2>Gör så här</h2>
<ol>
<li>Kontakta strategen för social hållbarhet tidigt och berätta om er idé.</li>
<li>Fyll i <a href="/dokument/ansokningsmall-sociala-investeringar.docx">ansökningsmallen (Word)</a>. Beskriv problemet, målgruppen, vad ni vill göra och vilka effekter ni förväntar er.</li>
<li>Gör en enkel kalkyl över vad det kostar i dag att inte göra något, med hjälp av <a href="/dokument/berakningsstod-sociala-investeringar.xlsx">beräkningsstödet (Excel)</a>.</li>
<li>Låt er enhetschef godkänna ansökan och skicka den till <a href="mailto:socialainvesteringar@nacka.se">socialainvesteringar@nacka.se</a>.</li>
</ol>
<p>Läs också {L(FUND + 'riktlinjer/', 'riktlinjerna för sociala investeringar')} innan ni ansöker.</p>
</div>''', CF, left=subnav(FUND + 'sa-ansoker-ni/'))

    pages[FUND + 'riktlinjer/'] = page(FUND + 'riktlinjer/', 'Riktlinjer', '''<h1>Riktlinjer för sociala investeringar</h1>
<p class="lead">Riktlinjerna antogs av kommunstyrelsen den 11 mars 2019 och reviderades den 2 juni 2025.</p>
<div class="rich-text">
<ul>
<li>Projektet ska vara förebyggande och rikta sig till en tydligt avgränsad målgrupp.</li>
<li>Projektet ska vara nytt för Nacka och får inte ersätta ordinarie verksamhet.</li>
<li>Ett projekt kan få högst 5 miljoner kronor och pågå i högst tre år.</li>
<li>Minst två enheter, eller en enhet och en extern part, ska samverka.</li>
<li>Om projektet ger minskade kostnader ska hälften av den beräknade besparingen betalas tillbaka till reserven under de tre år som följer efter projektet.</li>
<li>Varje projekt ska följas upp halvårsvis och utvärderas när det avslutas.</li>
</ul>
</div>''', CF, left=subnav(FUND + 'riktlinjer/'))

    pages[FUND + 'uppfoljning-och-utvardering/'] = page(FUND + 'uppfoljning-och-utvardering/', 'Uppföljning och utvärdering', '''<h1>Uppföljning och utvärdering</h1>
<p class="lead">Alla projekt som får sociala investeringsmedel följs upp två gånger per år. När projektet är slut görs en utvärdering av effekter och kostnader.</p>
<div class="rich-text">
<h2>Reserven i siffror</h2>
<table class="table">
<thead><tr><th scope="col">År</th><th scope="col">Ansökningar</th><th scope="col">Beviljade projekt</th><th scope="col">Beviljat belopp</th></tr></thead>
<tbody>
<tr><td>2022</td><td>7</td><td>2</td><td>4 300 000 kr</td></tr>
<tr><td>2023</td><td>5</td><td>1</td><td>2 100 000 kr</td></tr>
<tr><td>2024</td><td>9</td><td>3</td><td>9 100 000 kr</td></tr>
<tr><td>2025</td><td>8</td><td>2</td><td>5 650 000 kr</td></tr>
</tbody>
</table>
<h2>Utvärderingar</h2>
<p>Utvärderingen av det avslutade projektet Jobbspår Orminge visar att 41 av 63 deltagare hade arbete eller studerade ett år efter projektet. Kommunens kostnader för ekonomiskt bistånd till deltagarna minskade med uppskattningsvis 2,8 miljoner kronor under det första året.</p>
<p>Från 2025 görs utvärderingarna tillsammans med forskare vid Södertörns högskola.</p>
</div>''', CF, left=subnav(FUND + 'uppfoljning-och-utvardering/'))

    # ---------- Beviljade medel per year (tabs) ----------
    def yeartabs(cur):
        items = ''.join(
            f'<li class="tabs__item{" tabs__item--active" if y == cur else ""}">{L(BEV[y], str(y), "tabs__link")}</li>'
            for y in (2025, 2024, 2023, 2022))
        return f'<nav class="tabs" aria-label="Välj år"><ul class="tabs__list">{items}</ul></nav>'

    def bevtable(rows):
        return ('<table class="table"><thead><tr><th scope="col">Projekt</th><th scope="col">Ansvarig enhet</th>'
                '<th scope="col">Period</th><th scope="col">Beviljat</th></tr></thead><tbody>' + ''.join(
                    f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>' for a, b, c, d in rows) + '</tbody></table>')

    pages[BEV[2025]] = page(BEV[2025], 'Beviljade medel 2025', f'''<h1>Beviljade sociala investeringsmedel 2025</h1>
{yeartabs(2025)}
<p class="lead">Kommunstyrelsens arbetsutskott beviljade under 2025 medel till följande projekt.</p>
{bevtable([('Mobila fritidsgården', 'Enheten för fritid', '2025–2027', '2 250 000 kr'),
           (f'<a href="{DEAD}">Mattelyftet i Älta</a>', 'Välfärd skola', '2025–2027', '3 400 000 kr')])}
<p>Arbetsutskottet beviljade också en förlängning av Hälsolotsar med sex månader inom tidigare beviljad ram.</p>''', CF, left=subnav(BEV[2025]))

    pages[BEV[2024]] = page(BEV[2024], 'Beviljade medel 2024', f'''<h1>Beviljade sociala investeringsmedel 2024</h1>
{yeartabs(2024)}
<p class="lead">Kommunstyrelsens arbetsutskott beviljade under 2024 medel till följande projekt.</p>
{bevtable([(f'<a href="{P1}">Språkstart Fisksätra</a>', 'Välfärd skola, förskoleenheten', '2025–2027', '4 600 000 kr'),
           ('Hälsolotsar', 'Enheten för folkhälsa', '2024–2027', '2 700 000 kr'),
           ('Digitala seniorer Saltsjöbaden', 'Äldreenheten', '2024–2026', '1 800 000 kr')])}''', CF, left=subnav(BEV[2024]))

    pages[BEV[2022]] = page(BEV[2022], 'Beviljade medel 2022', f'''<h1>Beviljade sociala investeringsmedel 2022</h1>
{yeartabs(2022)}
<p class="lead">Kommunstyrelsens arbetsutskott beviljade under 2022 medel till följande projekt.</p>
{bevtable([(f'<a href="{P2}">Jobbspår Orminge</a>', 'Arbete och försörjning', '2022–2024', '3 100 000 kr'),
           ('Trygg i Sickla (förstudie)', 'Enheten för trygghet', '2022', '1 200 000 kr')])}
<p>Förstudien Trygg i Sickla redovisades för arbetsutskottet i december 2022 och ledde inte till något projekt.</p>''', CF, left=subnav(BEV[2022]))

    # ---------- project bank with path filters ----------
    def chips(cur):
        items = [('Alla', PROJ)] + [('Barn och unga', MG['barn-och-unga']), ('Vuxna', MG['vuxna']), ('Äldre', MG['aldre'])]
        ch = ''.join(f'<li>{L(h, t, "chip chip--active" if h == cur else "chip")}</li>' for t, h in items)
        areas = ''.join(f'<li><a href="?omrade={k}" class="chip chip--small" rel="nofollow">{v}</a></li>'
                        for k, v in (('fisksatra', 'Fisksätra'), ('orminge', 'Orminge'), ('alta', 'Älta'), ('saltsjobaden', 'Saltsjöbaden')))
        return (f'<div class="filters"><h2 class="filters__heading">Målgrupp</h2><ul class="chips">{ch}</ul>'
                f'<h2 class="filters__heading">Område</h2><ul class="chips">{areas}</ul>'
                f'<p class="filters__sort">Sortera: <a href="?sort=nyast" rel="nofollow">Nyast</a> | <a href="?sort=a-o" rel="nofollow">A–Ö</a></p></div>')

    pages[PROJ] = page(PROJ, 'Projektbanken', f'''<h1>Projektbanken</h1>
<p class="lead">Här hittar du projekt som får eller har fått medel ur Nacka kommuns sociala investeringsreserv. Välj målgrupp för att se alla projekt.</p>
{chips(PROJ)}
<h2>Senast beviljade</h2>
{cards([(DEAD, 'Mattelyftet i Älta', 'Extra mattestöd i årskurs 4–6 på Älta skola.', 'Barn och unga · beviljat 2025'),
        (P1, 'Språkstart Fisksätra', 'Språkstöd för barn som inte går i förskola och deras föräldrar.', 'Barn och unga · beviljat 2024')])}''',
        CF, left=subnav(PROJ), desc='Projekt som finansieras med sociala investeringsmedel i Nacka.')

    pages[MG['barn-och-unga']] = page(MG['barn-och-unga'], 'Projekt för barn och unga', f'''<h1>Projekt för barn och unga</h1>
{chips(MG['barn-och-unga'])}
<p class="result-count">2 pågående projekt</p>
{cards([(P1, 'Språkstart Fisksätra', 'Språkstöd för barn som inte går i förskola och deras föräldrar.', '2025–2027'),
        (DEAD, 'Mattelyftet i Älta', 'Extra mattestöd i årskurs 4–6 på Älta skola.', '2025–2027')])}''', CP, left=subnav(PROJ))

    pages[MG['vuxna']] = page(MG['vuxna'], 'Projekt för vuxna', f'''<h1>Projekt för vuxna</h1>
{chips(MG['vuxna'])}
<p class="result-count">0 pågående projekt</p>
<p>Just nu finns inga pågående projekt som riktar sig till vuxna. Avslutade projekt finns bland {L(BEV[2022], 'besluten från tidigare år')}.</p>''', CP, left=subnav(PROJ))

    pages[MG['aldre']] = page(MG['aldre'], 'Projekt för äldre', f'''<h1>Projekt för äldre</h1>
{chips(MG['aldre'])}
<p class="result-count">1 pågående projekt</p>
{cards([(P4, 'Digitala seniorer Saltsjöbaden', 'Digital vardagshjälp och träffar för äldre i Saltsjöbaden.', '2024–2026')])}''', CP, left=subnav(PROJ))

    # ---------- project pages ----------
    pages[P1] = page(P1, 'Språkstart Fisksätra', f'''<h1>Språkstart Fisksätra</h1>
<p class="lead">Språkstart Fisksätra ska ge små barn som inte går i förskola en bättre start i svenska språket – och ge deras föräldrar verktyg att stötta barnens språkutveckling.</p>
<div class="rich-text">
<p>I Fisksätra går var femte treåring inte i förskola, och många barn börjar förskoleklass med ett litet svenskt ordförråd. Det påverkar skolresultaten långt upp i åldrarna. I projektet besöker språkpedagoger familjer hemma, och varje vecka ordnas öppna språklekar på biblioteket och på öppna förskolan. Föräldrarna erbjuds en kurs i hur man läser och leker med språket hemma, på svenska och på modersmålet.</p>
<p>Projektet ska också göra det lättare för familjerna att söka förskoleplats.</p>
</div>
<aside class="fact-box" aria-labelledby="fakta-rubrik"><h2 id="fakta-rubrik" class="fact-box__heading">Fakta om projektet</h2>
<dl class="fact-box__list">
<dt>Projektperiod</dt><dd>januari 2025 – december 2027</dd>
<dt>Budget</dt><dd>4 600 000 kronor ur den sociala investeringsreserven</dd>
<dt>Projektägare</dt><dd>Välfärd skola, förskoleenheten</dd>
<dt>Samarbetspartner</dt><dd>Fisksätra bibliotek, Barnavårdscentralen Fisksätra (Region Stockholm), Fisksätra folkets hus</dd>
<dt>Målgrupp</dt><dd>Barn 1–5 år i Fisksätra som inte går i förskola, och deras vårdnadshavare</dd>
</dl></aside>
<p class="page-tools"><a href="/pdf{P1}" rel="nofollow" class="page-tools__pdf">Spara sidan som PDF</a></p>''', CP, left=subnav(PROJ),
        desc='Språkstart Fisksätra – ett projekt med sociala investeringsmedel.')

    pages[P2] = page(P2, 'Jobbspår Orminge', f'''<h1>Jobbspår Orminge</h1>
<p class="lead">Projektet är avslutat. Jobbspår Orminge hjälpte unga vuxna utan gymnasieexamen vidare till arbete eller studier.</p>
<div class="rich-text">
<p>Jobbspår Orminge pågick från augusti 2022 till juni 2024 och finansierades med 3 100 000 kronor ur kommunens sociala investeringsreserv. Projektet drevs av enheten Arbete och försörjning tillsammans med Arbetsförmedlingen och Nacka vuxenutbildning.</p>
<p>Målgruppen var unga mellan 18 och 24 år i Orminge som saknade gymnasieexamen och hade ekonomiskt bistånd. Varje deltagare fick en egen jobbcoach, kortare yrkesutbildningar inom bland annat lager, vård och restaurang och praktik hos företag i Orminge centrum.</p>
<h2>Resultat</h2>
<p>Sammanlagt deltog 63 unga. Ett år efter projektet hade 41 av dem arbete eller studerade. Arbetssättet med en jobbcoach per deltagare ingår sedan hösten 2024 i den ordinarie verksamheten på Arbete och försörjning.</p>
</div>''', CP, left=subnav(PROJ))

    pages[P4] = page(P4, 'Digitala seniorer Saltsjöbaden', f'''<h1>Digitala seniorer Saltsjöbaden</h1>
<p class="lead">Allt fler kontakter med vården, banken och kommunen sker digitalt. I Saltsjöbaden får äldre hjälp att komma igång – och ett sammanhang att träffa andra i.</p>
<div class="rich-text">
<p>Varje vecka ordnas digitala vardagsträffar på Saltsjöbadens bibliotek och i seniorlokalen på Tattby. Där får du hjälp med BankID, 1177, Swish och videosamtal med barn och barnbarn av digitala guider, som själva är pensionärer och har gått kommunens utbildning. Den som inte kan ta sig till träffarna kan få besök hemma.</p>
<p>Projektet ska minska ofrivillig ensamhet och göra det möjligt för fler att bo kvar hemma utan hemtjänst längre.</p>
</div>
<table class="table table--facts"><caption>Projektfakta</caption><tbody>
<tr><th scope="row">Tid</th><td>september 2024 – augusti 2026</td></tr>
<tr><th scope="row">Beviljat belopp</th><td>1 800 000 kronor från den sociala investeringsreserven</td></tr>
<tr><th scope="row">Ansvarig</th><td>Äldreenheten</td></tr>
<tr><th scope="row">I samarbete med</th><td>Saltsjöbadens bibliotek, SPF Seniorerna Saltsjöbaden och PRO Saltsjöbaden</td></tr>
<tr><th scope="row">För vem</th><td>Äldre över 70 år i Saltsjöbaden</td></tr>
</tbody></table>
<p class="page-tools"><a href="/pdf{P4}" rel="nofollow" class="page-tools__pdf">Spara sidan som PDF</a></p>''', CP, left=subnav(PROJ))

    # ---------- Fritid, P3 ----------
    CFr = [('/fritid/', 'Fritid')]
    pages['/fritid/'] = page('/fritid/', 'Fritid', f'''<h1>Fritid</h1>
<p class="lead">Idrott, friluftsliv, bibliotek och mötesplatser för unga – här hittar du fritidsaktiviteter i Nacka.</p>
{cards([('/fritid/fritidsgardar/', 'Fritidsgårdar', 'Mötesplatser för unga 12–17 år.'),
        ('/fritid/idrott-och-motion/', 'Idrott och motion', 'Idrottshallar, simhallar och motionsspår.'),
        ('/fritid/bibliotek/', 'Bibliotek', 'Nackas bibliotek och e-medier.'),
        ('/fritid/natur-och-friluftsliv/', 'Natur och friluftsliv', 'Naturreservat, badplatser och vandringsleder.')])}''', [], kind='landing')

    pages['/fritid/fritidsgardar/'] = page('/fritid/fritidsgardar/', 'Fritidsgårdar', f'''<h1>Fritidsgårdar</h1>
<p class="lead">På Nackas fritidsgårdar kan du som är 12–17 år träffa kompisar, spela musik, laga mat eller bara hänga. Det är gratis och du behöver inte anmäla dig.</p>
<div class="rich-text">
<h2>Fritidsgårdar i Nacka</h2>
<ul>
<li><strong>Fisksätra fritidsgård</strong>, Fisksätra torg 12. Öppet måndag–torsdag kl. 15–21, fredag kl. 15–23.</li>
<li><strong>Orminge fritidsgård</strong>, Edövägen 2. Öppet måndag–fredag kl. 15–21.</li>
<li><strong>Älta fritidsgård</strong>, Ältavägen 174. Öppet tisdag–fredag kl. 15–21.</li>
</ul>
<p>På loven har fritidsgårdarna särskilda öppettider och aktiviteter.</p>
</div>''', CFr, aside=f'''<section class="related"><h2 class="related__heading">Relaterat</h2><ul class="related__list">
<li>{L(P3, 'Mobila fritidsgården')}</li>
<li>{L('/fritid/fritidsgardar/faltgruppen/', 'Fältgruppen')}</li>
<li>{L('/fritid/sommarlov/', 'Sommarlov i Nacka')}</li>
</ul></section>''')

    pages[P3] = page(P3, 'Mobila fritidsgården', '''<h1>Mobila fritidsgården</h1>
<p class="lead">Mobila fritidsgården är en ombyggd buss som kommer till dig. På fredags- och lördagskvällar står den i områden som saknar egen fritidsgård.</p>
<div class="rich-text">
<p>I bussen finns spelkonsoler, musikutrustning och ett litet kök, och utanför ordnas aktiviteter som streetbasket och pingis. Bussen bemannas av två fritidsledare och en fältassistent. Den står bland annat vid Sågtorp, vid Solsidan och i Boo.</p>
<h2>Ett projekt med sociala investeringsmedel</h2>
<p>Mobila fritidsgården startade i maj 2025 och finansieras till och med april 2027 med 2 250 000 kronor från kommunens sociala investeringsreserv. Enheten för fritid ansvarar för projektet tillsammans med fältgruppen och lokalpolisområde Nacka.</p>
<p>Målgruppen är unga 12–17 år i områden utan fritidsgård. Målet är att fler unga ska ha en meningsfull fritid och att antalet orosanmälningar som gäller unga på helgkvällar ska minska.</p>
<p>Var bussen står varje helg ser du på fritidsgårdarnas Instagram.</p>
</div>''', CFr + [('/fritid/fritidsgardar/', 'Fritidsgårdar')])

    # ---------- Omsorg och hjälp, P5 ----------
    pages['/omsorg-och-hjalp/'] = page('/omsorg-och-hjalp/', 'Omsorg och hjälp', f'''<h1>Omsorg och hjälp</h1>
<p class="lead">Stöd till äldre, personer med funktionsnedsättning, familjer och dig som behöver ekonomiskt bistånd.</p>
{cards([('/omsorg-och-hjalp/aldreomsorg/', 'Äldreomsorg', 'Hemtjänst, särskilt boende och träffpunkter.'),
        ('/omsorg-och-hjalp/funktionsnedsattning/', 'Funktionsnedsättning', 'Stöd enligt LSS och socialtjänstlagen.'),
        ('/omsorg-och-hjalp/ekonomiskt-bistand/', 'Ekonomiskt bistånd', 'Försörjningsstöd och budget- och skuldrådgivning.'),
        ('/omsorg-och-hjalp/halsa/', 'Hälsa och levnadsvanor', 'Stöd för bättre hälsa.')])}''', [], kind='landing')

    pages[P5] = page(P5, 'Hälsolotsar', '''<h1>Hälsolotsar</h1>
<p class="lead">Hälsolotsarna hjälper dig som är ny i Sverige att hitta rätt i vården och att ta hand om din hälsa. De talar arabiska, dari, somaliska, tigrinja och svenska.</p>
<div class="rich-text">
<p>Hälsolotsarna finns på plats i Fisksätra och Orminge. De ordnar samtalsgrupper om bland annat kost, sömn, diabetes och psykisk hälsa, följer med till vårdcentralen första gången och visar hur 1177 fungerar. Det är gratis och du behöver inte boka tid.</p>
<p><strong>Period:</strong> mars 2024 – februari 2027<br>
<strong>Finansiering:</strong> 2 700 000 kronor ur Nacka kommuns sociala investeringsreserv<br>
<strong>Ansvarig:</strong> Enheten för folkhälsa, Välfärd samhällsservice<br>
<strong>Samverkan:</strong> Fisksätra och Orminge vårdcentraler (Region Stockholm), Studieförbundet ABF<br>
<strong>Målgrupp:</strong> Vuxna Nackabor som har bott i Sverige kortare tid än fem år</p>
<p>Målet är att färre ska söka akutvård för besvär som kan tas om hand på vårdcentralen och att fler ska delta i hälsosamtal och screening.</p>
<h2>Träffa en hälsolots</h2>
<p>Fisksätra: tisdagar kl. 13–16 på Fisksätra bibliotek.<br>Orminge: torsdagar kl. 13–16 i Orminge centrum, plan 2.</p>
</div>''', [('/omsorg-och-hjalp/', 'Omsorg och hjälp'), ('/omsorg-och-hjalp/halsa/', 'Hälsa och levnadsvanor')])

    # ---------- news ----------
    def newsitem(path, title, date, human, lead, body, topical=False):
        chip = (f'<p class="tags">Ämne: {L(TAG, "Sociala investeringar", "chip chip--tag")}</p>' if topical else '')
        return page(path, title, f'''<h1>{title}</h1>
<p class="article__date">Publicerad <time datetime="{date}">{human}</time></p>
<p class="lead">{lead}</p>
<div class="rich-text">{body}</div>
{chip}''', [('/nyheter/', 'Nyheter')], kind='news')

    pages[NEWS['vinter']] = newsitem(NEWS['vinter'], 'Så plogar vi i vinter', '2025-11-03', '3 november 2025',
        'När det snöar plogar kommunen först huvudgator, bussgator och gång- och cykelvägar till skolor.',
        '<p>Villagator och mindre vägar plogas när det har kommit mer än åtta centimeter snö. Halkbekämpning görs i första hand vid busshållplatser, övergångsställen och trappor. Du kan anmäla brister i vinterväghållningen via felanmälan.</p>')
    pages[NEWS['call']] = newsitem(NEWS['call'], 'Nu kan enheterna söka sociala investeringsmedel för 2026', '2025-10-14', '14 oktober 2025',
        'Kommunens enheter kan nu söka medel ur den sociala investeringsreserven. Sista dag för ansökan är den 1 december.',
        f'''<p>Efter fullmäktiges påfyllning i somras finns drygt 20 miljoner kronor att söka. I den här ansökningsomgången prioriteras projekt som riktar sig till barn och unga i Fisksätra, Orminge och Älta och projekt som förebygger psykisk ohälsa.</p>
<p>Arbetsutskottet beslutar i mars 2026. Läs mer om {L(FUND + 'sa-ansoker-ni/', 'hur ni ansöker')}.</p>''', topical=True)
    pages[NEWS['cykel']] = newsitem(NEWS['cykel'], 'Ny cykelbana mellan Sickla och Nacka centrum', '2025-09-30', '30 september 2025',
        'Den nya dubbelriktade cykelbanan längs Värmdövägen mellan Sickla och Nacka centrum är klar.',
        '<p>Cykelbanan är 1,8 kilometer lång och separerad från gångbanan. Den ingår i det regionala cykelstråket mot Värmdö. Arbetet har pågått sedan mars.</p>')
    pages[NEWS['kf']] = newsitem(NEWS['kf'], 'Fullmäktige fyller på den sociala investeringsreserven', '2025-06-19', '19 juni 2025',
        'Kommunfullmäktige beslutade på måndagen att föra över 20 miljoner kronor av 2024 års överskott till den sociala investeringsreserven.',
        f'''<p>Sedan starten 2019 har reserven finansierat tio projekt för sammanlagt drygt 28 miljoner kronor. Med påfyllningen kan kommunen fortsätta pröva nya förebyggande arbetssätt de kommande åren.</p>
<p>– Vi ser att satsningarna ger resultat, både för de Nackabor som deltar och för kommunens ekonomi, säger kommunstyrelsens ordförande.</p>
<p>Läs mer om {L(FUND, 'sociala investeringar i Nacka')}.</p>''', topical=True)
    pages[NEWS['lotsar']] = newsitem(NEWS['lotsar'], 'Hälsolotsarna har mött 400 Nackabor', '2025-04-08', '8 april 2025',
        'Under sitt första år har kommunens hälsolotsar haft samtal med drygt 400 Nackabor i Fisksätra och Orminge.',
        f'''<p>Hälsolotsarna är ett av de projekt som finansieras med sociala investeringsmedel. Lotsarna ordnar samtalsgrupper om hälsa och följer med till vårdcentralen. Många av deltagarna har inte tidigare haft kontakt med primärvården.</p>
<p>– Det viktigaste är att man får prata på sitt eget språk med någon man litar på, säger hälsolotsen Hodan Ali.</p>
<p>{L(P5, 'Läs mer om hälsolotsarna och var du träffar dem')}</p>''', topical=True)

    news_sorted = [(NEWS['vinter'], 'Så plogar vi i vinter', '3 november 2025'),
                   (NEWS['call'], 'Nu kan enheterna söka sociala investeringsmedel för 2026', '14 oktober 2025'),
                   (NEWS['cykel'], 'Ny cykelbana mellan Sickla och Nacka centrum', '30 september 2025'),
                   (NEWS['kf'], 'Fullmäktige fyller på den sociala investeringsreserven', '19 juni 2025')]
    pages['/nyheter/'] = page('/nyheter/', 'Nyheter', f'''<h1>Nyheter</h1>
<ul class="news-list">{''.join(f'<li class="news-list__item"><p class="news-list__date">{d}</p><h2 class="news-list__title">{L(h, t)}</h2></li>' for h, t, d in news_sorted)}</ul>
<p class="news-list__more"><button type="button" class="button button--secondary" on:click="q-DkR8m2Zx.js#s_2Lq9bXw5Hk0[0 1]" q:id="{qid()}">Visa fler nyheter</button></p>''', [], kind='newslist')

    tagged = [(NEWS['call'], 'Nu kan enheterna söka sociala investeringsmedel för 2026', '14 oktober 2025'),
              (NEWS['kf'], 'Fullmäktige fyller på den sociala investeringsreserven', '19 juni 2025'),
              (NEWS['lotsar'], 'Hälsolotsarna har mött 400 Nackabor', '8 april 2025')]
    pages[TAG] = page(TAG, 'Nyheter om sociala investeringar', f'''<h1>Nyheter om sociala investeringar</h1>
<ul class="news-list">{''.join(f'<li class="news-list__item"><p class="news-list__date">{d}</p><h2 class="news-list__title">{L(h, t)}</h2></li>' for h, t, d in tagged)}</ul>''',
        [('/nyheter/', 'Nyheter')], kind='newslist')

    # ---------- events ----------
    pages['/evenemang/'] = page('/evenemang/', 'Evenemang', f'''<h1>Evenemang i Nacka</h1>
<p class="lead">Här hittar du evenemang som kommunen ordnar.</p>
<ul class="event-list">
<li class="event-list__item"><p class="event-list__date">20 november 2025</p><h2>{L(EVENT, 'Frukostseminarium: Vad ger sociala investeringar?')}</h2></li>
<li class="event-list__item"><p class="event-list__date">29 november 2025</p><h2>Julmarknad på Nacka gård</h2><p>Hantverk, glögg och ponnyridning. Fri entré.</p></li>
<li class="event-list__item"><p class="event-list__date">13 december 2025</p><h2>Luciakonsert i Fisksätra kyrka</h2></li>
</ul>
<p><a href="{CAL}" class="link-arrow">Visa evenemang i kalendern</a></p>''', [], kind='eventlist')

    pages[EVENT] = page(EVENT, 'Frukostseminarium: Vad ger sociala investeringar?', f'''<h1>Frukostseminarium: Vad ger sociala investeringar?</h1>
<p class="lead">Välkommen till ett frukostseminarium om hur kommuner kan mäta effekterna av förebyggande arbete.</p>
<dl class="event-facts"><dt>Tid</dt><dd>Torsdag 20 november 2025 kl. 8.00–9.30</dd><dt>Plats</dt><dd>Nacka stadshus, sal Jarlaberg, Granitvägen 15</dd><dt>Kostnad</dt><dd>Gratis, frukost ingår</dd><dt>Anmälan</dt><dd>Senast 13 november till <a href="mailto:socialainvesteringar@nacka.se">socialainvesteringar@nacka.se</a></dd></dl>
<div class="rich-text"><p>Forskare från Södertörns högskola berättar om hur man räknar på kostnader och nyttor av sociala investeringar, och projektledare från två av Nackas projekt delar med sig av sina erfarenheter. Seminariet vänder sig till chefer och medarbetare i kommunen och till föreningar.</p>
<p>Läs mer om {L(FUND, 'sociala investeringar i Nacka')}.</p></div>''', [('/evenemang/', 'Evenemang')], kind='event')

    # ---------- jobs ----------
    pages['/jobb/'] = page('/jobb/', 'Lediga jobb', f'''<h1>Lediga jobb</h1>
<p class="lead">Nacka kommun har cirka 7 000 medarbetare. Alla lediga jobb finns också på <a href="https://nacka.varbi.com/">nacka.varbi.com</a>.</p>
<ul class="job-list">
<li>{L(JOB, 'Analytiker med inriktning social hållbarhet')} – sista ansökningsdag 30 november 2025</li>
<li><a href="https://nacka.varbi.com/what:job/jobID:812344/">Förskollärare till Fisksätra förskola</a> – sista ansökningsdag 23 november 2025</li>
<li><a href="https://nacka.varbi.com/what:job/jobID:811902/">Biståndshandläggare inom äldreomsorgen</a> – sista ansökningsdag 17 november 2025</li>
</ul>''', [], kind='joblist')

    pages[JOB] = page(JOB, 'Analytiker med inriktning social hållbarhet', f'''<h1>Analytiker med inriktning social hållbarhet</h1>
<p class="lead">Vill du hjälpa oss att visa vad förebyggande arbete ger? Nu söker vi en analytiker till kommunstyrelsens stab.</p>
<div class="rich-text">
<h2>Om tjänsten</h2>
<p>Som analytiker ansvarar du för uppföljningen av kommunens sociala investeringar. Du tar fram beräkningsunderlag inför beslut, stöttar projektledarna i projekt som Språkstart Fisksätra och Hälsolotsar med uppföljning och mätbara mål, och sammanställer resultaten till kommunstyrelsen.</p>
<h2>Vi söker dig som</h2>
<p>har en akademisk examen i nationalekonomi, statistik eller samhällsvetenskap och erfarenhet av kvantitativa analyser.</p>
<p>Anställningsform: tillsvidare, heltid. Tillträde enligt överenskommelse. Sista ansökningsdag: 30 november 2025. Ansök via <a href="https://nacka.varbi.com/what:job/jobID:812870/">Varbi</a>.</p>
</div>''', [('/jobb/', 'Lediga jobb')], kind='job')

    for p, text in pages.items():
        write(H, p, text)

    write(H, '/robots.txt', '''User-agent: *
Disallow: /sok/
Disallow: /mina-sidor/
Disallow: /pdf/
Disallow: /evenemang/kalender/
Disallow: /api/
Disallow: /*?*omrade=
Disallow: /*?*sort=
Disallow: /*q-data.json

Sitemap: https://www.nacka.se/sitemap.xml
''')
    smap = ['/', KP, SH, FUND, FUND + 'sa-ansoker-ni/', FUND + 'riktlinjer/', FUND + 'uppfoljning-och-utvardering/',
            BEV[2025], PROJ, P1, '/fritid/', '/fritid/fritidsgardar/', '/omsorg-och-hjalp/', '/nyheter/', '/evenemang/', '/jobb/']
    write(H, '/sitemap.xml', sitemap(H, smap))
    return pages, smap


if __name__ == '__main__':
    print(len(build()[0]))
