"""Region Västmanland (länskod 19) on EPISERVER CMS 11 with language prefixes – generator for heldout_sites21.

Every page lives under a language branch: /sv/… (Swedish, the master language) and /en/… (a few English pages).
The bare start URL / is a language chooser (a script sends the browser to /sv/ or /en/). Page URLs end in '/'
(saved as index.html); links are root-relative. The news list loads older items with a "Visa fler" button from
/api/ (forbidden) and keeps an HTML fallback link to /sv/om-regionen/nyheter/sida-2/.
"""
from make_common import write, sitemap, hexid

H = 'www.regionvastmanland.se'

SV = '/sv/'
EN = '/en/'
HV = '/sv/halsa-och-vard/'
BHV = HV + 'barnhalsovard/'
B2 = BHV + 'utokade-hembesok-i-vasteras/'
ALDH = HV + 'aldres-halsa/'
B4 = ALDH + 'seniorhalsa-hallstahammar/'
RU = '/sv/regional-utveckling/'
RUS = RU + 'regional-utvecklingsstrategi/'
SOC = RU + 'social-hallbarhet/'
FUND = SOC + 'sociala-investeringsmedel/'
SOK = FUND + 'sok-medel/'
KRIT = FUND + 'kriterier-och-bedomning/'
BEV = FUND + 'beviljade-projekt/'
B1 = BEV + 'ungdomshalsa-norra-vastmanland/'
B3 = BEV + 'jobbhalsa-sala/'
DEAD_KOPING = BEV + 'trygg-i-koping/'                      # dead: granted, page not published
UTV = FUND + 'utvardering-2019-2024/'
KULT = '/sv/kultur/'
KH = KULT + 'kultur-och-halsa/'
B5 = KH + 'kultur-pa-recept-arboga/'
OM = '/sv/om-regionen/'
NEWS = OM + 'nyheter/'
NEWS2 = NEWS + 'sida-2/'
NEWS3 = NEWS + 'sida-3/'                                     # dead
EVS = OM + 'evenemang/'
EV = EVS + 'konferens-sociala-investeringar-i-vastmanland-2026/'
CAL = OM + 'kalender/'                                       # forbidden
JOBS = '/sv/jobba-hos-oss/'
JOB = JOBS + 'lediga-jobb/strateg-social-hallbarhet/'
KONTAKT = OM + 'kontakta-oss/'
KAKOR = OM + 'om-webbplatsen/kakor/'
EN_RD = '/en/regional-development/'
EN_SI = EN_RD + 'social-investments/'
SEARCH = '/sv/sok/'                                          # forbidden
EN_SEARCH = '/en/search/'                                    # forbidden
LOGIN = '/util/login.aspx?ReturnUrl=%2fsv%2f'                # forbidden
EDIT = '/EPiServer/CMS/?language=sv#context=epi.cms.contentdata:///1843'   # forbidden (fragment not sent)
LOADMORE = '/api/nyheter/lista?sida=2&sprak=sv'              # forbidden (data-url only)

ASSETS = '/dist/' + hexid('rv-build', 10)

MENU = [('Hälsa och vård', HV), ('Regional utveckling', RU), ('Kultur', KULT), ('Kollektivtrafik', '/sv/kollektivtrafik/'),
        ('Om regionen', OM), ('Jobba hos oss', JOBS)]

CID = {}


def cid(path):
    if path not in CID:
        CID[path] = 1000 + int(hexid('rv-' + path, 4), 16) % 8000
    return CID[path]


def header(active, lang_links, lang='sv'):
    items = []
    for name, href in MENU:
        if href == active:
            items.append(f'<li class="main-nav__item main-nav__item--active"><a class="main-nav__link" href="{href}" aria-current="true">{name}</a></li>')
        else:
            items.append(f'<li class="main-nav__item"><a class="main-nav__link" href="{href}">{name}</a></li>')
    items = ''.join(items)
    search = SEARCH if lang == 'sv' else EN_SEARCH
    langs = ''.join(f'<li><a href="{h}" hreflang="{l}" lang="{l}">{t}</a></li>' for l, t, h in lang_links)
    return f'''<header class="site-header">
  <a class="skip-link" href="#main-content">Hoppa till huvudinnehållet</a>
  <div class="site-header__top container">
    <a class="site-header__logo" href="/sv/"><img src="/globalassets/grafik/region-vastmanland-logo.svg" alt="Region Västmanland – till startsidan" width="220" height="56"></a>
    <ul class="site-header__tools">
      <li><a href="https://www.1177.se/Vastmanland/">1177 Västmanland</a></li>
      <li><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9823&amp;lang=sv_se&amp;readid=main-content&amp;url=">Lyssna</a></li>
      <li class="language-selector"><ul>{langs}</ul></li>
    </ul>
    <form class="site-search" action="{search}" method="get" role="search">
      <label for="q" class="visually-hidden">Sök på regionvastmanland.se</label>
      <input type="search" id="q" name="q" placeholder="Vad letar du efter?">
      <button type="submit" class="btn btn--search">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list container">{items}</ul></nav>
</header>'''


def footer():
    return f'''<footer class="site-footer">
  <div class="container site-footer__grid">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Region Västmanland</h2>
      <p>721 89 Västerås<br>Växel: 021-17 30 00<br><a href="mailto:region@regionvastmanland.se">region@regionvastmanland.se</a><br>Organisationsnummer: 232100-0172</p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Genvägar</h2>
      <ul>
        <li><a href="{NEWS}">Nyheter</a></li>
        <li><a href="{EVS}">Evenemang</a></li>
        <li><a href="{JOBS}">Lediga jobb</a></li>
        <li><a href="{KONTAKT}">Kontakta oss</a></li>
        <li><a href="/sv/om-regionen/press/">Press</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Om webbplatsen</h2>
      <ul>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="/sv/om-regionen/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
        <li><a href="/sv/om-regionen/om-webbplatsen/personuppgifter/">Så behandlar vi personuppgifter</a></li>
        <li><a href="{LOGIN}" rel="nofollow">Logga in</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <ul class="site-footer__social">
        <li><a href="https://www.facebook.com/regionvastmanland">Facebook</a></li>
        <li><a href="https://www.linkedin.com/company/region-vastmanland">Linkedin</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="breadcrumbs__item"><a href="/sv/">Start</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="breadcrumbs__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="breadcrumbs__item" aria-current="page">{trail[-1][0]}</li>')
    return f'<nav class="breadcrumbs container" aria-label="Brödsmulor"><ol class="breadcrumbs__list">{"".join(lis)}</ol></nav>'


def subnav(title, href_top, items, current):
    def li(name, href):
        cur = ' class="subnav__link subnav__link--current" aria-current="page"' if href == current else ' class="subnav__link"'
        return f'<li class="subnav__item"><a href="{href}"{cur}>{name}</a></li>'
    return f'''<nav class="subnav" aria-label="Undermeny">
  <p class="subnav__title"><a href="{href_top}">{title}</a></p>
  <ul class="subnav__list">{''.join(li(n, h) for n, h in items)}</ul>
</nav>'''


def fund_nav(current):
    return subnav('Sociala investeringsmedel', FUND, [
        ('Sök medel', SOK), ('Kriterier och bedömning', KRIT), ('Beviljade projekt', BEV),
        ('Utvärdering 2019–2024', UTV)], current)


def teasers(items, heading=None):
    h = f'<h2 class="content-area__heading">{heading}</h2>' if heading else ''
    blocks = ''.join(f'''
  <div class="block teaserblock col-12 col-md-6 col-lg-4">
    <a class="teaser" href="{href}">
      <div class="teaser__body">
        <h3 class="teaser__heading">{t}</h3>
        <p class="teaser__text">{d}</p>
      </div>
    </a>
  </div>''' for t, href, d in items)
    return f'<div class="content-area row">{h}{blocks}\n</div>'


def linklist(heading, items, cls=''):
    lis = ''.join(f'<li class="link-list__item"><a href="{h}">{t}</a></li>' for t, h in items)
    return f'''<div class="block linklistblock {cls}">
  <h2 class="link-list__heading">{heading}</h2>
  <ul class="link-list">{lis}</ul>
</div>'''


def factblock(heading, rows):
    dl = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows)
    return f'''<div class="block factblock">
  <h2 class="factblock__heading">{heading}</h2>
  <dl class="factblock__list">{dl}</dl>
</div>'''


def page(path, title, trail, body, active=None, side='', ptype='StandardPage', ingress='', modified='2025-10-30',
         en=None, lang='sv', head_extra=''):
    en_href = en or EN
    alt = f'<link rel="alternate" hreflang="en" href="https://{H}{en}">\n<link rel="alternate" hreflang="sv" href="https://{H}{path}">' if en else ''
    lang_links = [('en', 'In English', en_href)] if lang == 'sv' else [('sv', 'På svenska', SV)]
    bc = crumbs(trail) if trail else ''
    aside = f'<aside class="page-layout__side">{side}</aside>' if side else ''
    ing = f'<p class="preamble">{ingress}</p>' if ingress else ''
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} - Region Västmanland</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{(ingress or title)[:155]}">
<link rel="canonical" href="https://{H}{path}">
{alt}
<meta property="og:title" content="{title}">
<meta property="og:url" content="https://{H}{path}">
<link rel="stylesheet" href="{ASSETS}/main.css">
<script src="https://consent.cookiebot.com/uc.js" data-cbid="3c5f0a1e-8b2d-4f7a-9e61-0d2c4b8a7f13" type="text/javascript" async></script>
{head_extra}
</head>
<body class="page page--{ptype.lower()}" data-content-id="{cid(path)}" data-page-type="{ptype}">
{header(active, lang_links, lang)}
{bc}
<div class="page-layout container{' page-layout--with-side' if side else ''}">
{aside}
<main id="main-content" class="page-layout__main">
<article class="article">
<h1 class="article__heading">{title}</h1>
{ing}
<div class="article__body">
{body}
</div>
<p class="article__updated">Senast uppdaterad: <time datetime="{modified}">{modified}</time></p>
</article>
</main>
</div>
{footer()}
<script src="{ASSETS}/main.js" defer></script>
</body>
</html>
'''


# ------------------------------------------------------------------ news
def nslug(s):
    return NEWS + s + '/'


N_HEMBES = nslug('utokade-hembesok-har-natt-300-familjer-i-vasteras')
N_CALL = nslug('nu-kan-kommunerna-soka-sociala-investeringsmedel-for-2026')
N_VC = nslug('ny-vardcentral-oppnar-i-skiljebo')
N_RF = nslug('regionfullmaktige-avsatter-25-miljoner-kronor-till-sociala-investeringar')
N_FLU = nslug('vaccination-mot-influensa-startar-4-november')
N_KULT = nslug('nu-kan-du-soka-kulturstod-for-2026')
N_SALA = nslug('jobbhalsa-i-sala-har-startat')
N_FARD = nslug('nya-tider-for-bestallning-av-fardtjanst')
N_ENK = nslug('resultaten-fran-folkhalsoenkaten-ar-klara')

NEWSD = {
    N_HEMBES: ('2025-11-06', '6 november 2025', 'Utökade hembesök har nått 300 familjer i Västerås',
               'Sedan starten för ett och ett halvt år sedan har barnhälsovården och socialtjänsten gjort utökade hembesök hos 300 förstagångsföräldrar i Västerås.',
               f'''<p>Familjerna får sex hembesök under barnets första 15 månader i stället för ett. Vid besöken deltar både en BVC-sjuksköterska och en föräldrarådgivare från Västerås stad.</p>
<p>– Föräldrarna vågar ställa frågor hemma som de inte ställer på mottagningen. Vi ser också att fler tar del av tandvården och öppna förskolan, säger en av BVC-sjuksköterskorna.</p>
<p>Arbetet finansieras med regionens sociala investeringsmedel och av Västerås stad till och med 2026.</p>
<p><a href="{B2}">Läs mer om utökade hembesök i Västerås</a></p>'''),
    N_CALL: ('2025-10-20', '20 oktober 2025', 'Nu kan kommunerna söka sociala investeringsmedel för 2026',
             'Länets kommuner kan nu söka regionens sociala investeringsmedel tillsammans med regionens verksamheter. Sista dag för ansökan är den 15 februari 2026.',
             f'''<p>För 2026 finns 8 miljoner kronor att söka. Medlen ska gå till förebyggande arbete som minskar skillnader i hälsa och livsvillkor i Västmanland, och ansökan ska göras gemensamt av minst en kommun och en verksamhet inom regionen.</p>
<p>Regionala utvecklingsnämnden beslutar om medlen i april. Läs mer under <a href="{SOK}">Sök medel</a> och <a href="{KRIT}">Kriterier och bedömning</a>.</p>'''),
    N_VC: ('2025-10-02', '2 oktober 2025', 'Ny vårdcentral öppnar i Skiljebo',
           'Den 1 december öppnar en ny vårdcentral i Skiljebo i Västerås.',
           '<p>Vårdcentralen Skiljebo får tio läkare, sjuksköterskor, fysioterapeuter och en psykolog. Du kan välja vårdcentralen via 1177 redan nu.</p>'),
    N_RF: ('2025-09-15', '15 september 2025', 'Regionfullmäktige avsätter 25 miljoner kronor till sociala investeringar',
           'Regionfullmäktige har beslutat att avsätta 25 miljoner kronor till sociala investeringar under perioden 2026–2028.',
           f'''<p>Sedan 2019 har Region Västmanland avsatt pengar för sociala investeringar som görs tillsammans med länets kommuner. Hittills har 17 projekt fått medel.</p>
<p>– Den utvärdering som kom i våras visar att flera av projekten har gett resultat. Därför förlänger vi satsningen och höjer beloppet, säger regionstyrelsens ordförande.</p>
<p>Redaktörens länk till sidan om medlen: <a href="https://{H}{EDIT}">https://{H}{EDIT}</a></p>'''),
    N_FLU: ('2025-08-28', '28 augusti 2025', 'Vaccination mot influensa startar 4 november',
            'Den 4 november startar vaccinationen mot säsongsinfluensa för dig som är 65 år eller äldre eller tillhör en riskgrupp.',
            '<p>Du bokar tid via 1177 eller på din vårdcentral. Vaccinationen är kostnadsfri för dig som tillhör en riskgrupp.</p>'),
    N_KULT: ('2025-06-10', '10 juni 2025', 'Nu kan du söka kulturstöd för 2026',
             'Föreningar, organisationer och kulturskapare i Västmanland kan nu söka regionens kulturstöd för 2026.',
             '<p>Sista dag att söka verksamhetsstöd är den 1 oktober. Projektstöd kan sökas löpande. Ansökan görs i regionens e-tjänst för bidrag.</p>'),
    N_SALA: ('2025-04-22', '22 april 2025', 'Jobbhälsa i Sala har startat',
             'I april startade Jobbhälsa, ett samarbete mellan Sala kommun och vårdcentralerna i Sala för personer som har varit sjukskrivna länge.',
             f'''<p>Deltagarna får stöd av ett team med arbetsterapeut, fysioterapeut och arbetsmarknadskonsulent. Målet är att fler ska kunna gå tillbaka till arbete eller börja studera.</p>
<p>Projektet har fått medel ur Region Västmanlands sociala investeringsmedel.</p>
<p><a href="{B3}">Läs mer om Jobbhälsa Sala</a></p>'''),
    N_FARD: ('2025-03-03', '3 mars 2025', 'Nya tider för beställning av färdtjänst',
             'Från den 1 april kan du beställa färdtjänst dygnet runt.',
             '<p>Beställningscentralen har fått fler medarbetare och öppnar därför dygnet runt. Telefonnumret är detsamma som tidigare.</p>'),
    N_ENK: ('2025-01-20', '20 januari 2025', 'Resultaten från folkhälsoenkäten är klara',
            'Nio av tio västmanlänningar uppger att de mår bra eller mycket bra, men skillnaderna mellan grupper ökar.',
            '<p>Enkäten Hälsa på lika villkor besvarades av drygt 6 000 personer i länet. Resultaten per kommun finns i regionens statistikdatabas.</p>'),
}
PAGE1 = [N_HEMBES, N_CALL, N_VC, N_RF, N_FLU, N_KULT]
PAGE2 = [N_SALA, N_FARD, N_ENK]


def news_list_items(keys):
    return ''.join(f'''
  <li class="news-list__item">
    <article class="news-teaser">
      <p class="news-teaser__date"><time datetime="{NEWSD[k][0]}">{NEWSD[k][1]}</time></p>
      <h2 class="news-teaser__heading"><a href="{k}">{NEWSD[k][2]}</a></h2>
      <p class="news-teaser__text">{NEWSD[k][3]}</p>
    </article>
  </li>''' for k in keys)


def news_page(k):
    iso, human, title, lead, body = NEWSD[k]
    return page(k, title, [('Om regionen', OM), ('Nyheter', NEWS), (title, k)], f'''<p class="article__date">Publicerad <time datetime="{iso}">{human}</time></p>
{body}''', active=OM, ptype='NewsPage', ingress=lead, modified=iso)


def build():
    P = {}

    # ---------------- language chooser at /
    P['/'] = f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Region Västmanland</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" hreflang="sv" href="https://{H}/sv/">
<link rel="alternate" hreflang="en" href="https://{H}/en/">
<link rel="alternate" hreflang="x-default" href="https://{H}/sv/">
<link rel="stylesheet" href="{ASSETS}/main.css">
<script>
  (function () {{
    var l = (navigator.language || 'sv').toLowerCase();
    window.location.replace(l.indexOf('sv') === 0 ? '/sv/' : (l.indexOf('en') === 0 ? '/en/' : '/sv/'));
  }})();
</script>
</head>
<body class="page page--languageselector">
<main class="language-chooser">
  <img src="/globalassets/grafik/region-vastmanland-logo.svg" alt="Region Västmanland" width="220" height="56">
  <ul class="language-chooser__list">
    <li><a href="/sv/" hreflang="sv" lang="sv">Till webbplatsen på svenska</a></li>
    <li><a href="/en/" hreflang="en" lang="en">To the website in English</a></li>
  </ul>
</main>
</body>
</html>
'''

    # ---------------- Swedish start
    P[SV] = page(SV, 'Region Västmanland', [], f'''{teasers([
        ('Hitta vårdcentral', '/sv/halsa-och-vard/vardcentraler/', 'Alla vårdcentraler i Västmanland'),
        ('Barnhälsovård', BHV, 'BVC, vaccinationer och föräldrastöd'),
        ('Regional utveckling', RU, 'Tillväxt, kompetens och social hållbarhet'),
        ('Kultur', KULT, 'Kulturstöd, kultur och hälsa'),
        ('Lediga jobb', JOBS, 'Jobba hos oss')], 'Genvägar')}
<div class="popular-searches"><h2>Vanliga sökningar</h2>
<ul><li><a href="{SEARCH}?q=1177">1177</a></li><li><a href="{SEARCH}?q=lediga+jobb">lediga jobb</a></li><li><a href="{SEARCH}?q=tandv%C3%A5rd">tandvård</a></li></ul></div>
<section class="news-list news-list--start">
<h2>Nyheter</h2>
<ul class="news-list__items">{news_list_items(PAGE1[:3])}
</ul>
<p><a class="btn btn--secondary" href="{NEWS}">Alla nyheter</a></p>
</section>''', ptype='StartPage', en=EN, ingress='Region Västmanland ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i Västmanlands län.')

    # ---------------- regional utveckling
    P[RU] = page(RU, 'Regional utveckling', [('Regional utveckling', RU)], teasers([
        ('Regional utvecklingsstrategi', RUS, 'Västmanland 2030 – mål och prioriteringar'),
        ('Social hållbarhet', SOC, 'Jämlik hälsa och sociala investeringar'),
        ('Kompetensförsörjning', RU + 'kompetensforsorjning/', 'Utbildning och arbetsmarknad'),
        ('Näringsliv och innovation', RU + 'naringsliv-och-innovation/', 'Företagsstöd och innovation')]),
        active=RU, en=EN_RD, ptype='LandingPage',
        ingress='Region Västmanland arbetar för att länet ska vara attraktivt att bo, arbeta och driva företag i.')

    P[RUS] = page(RUS, 'Regional utvecklingsstrategi', [('Regional utveckling', RU), ('Regional utvecklingsstrategi', RUS)], f'''<p>Den regionala utvecklingsstrategin Västmanland 2030 beslutades av regionfullmäktige 2021. Den pekar ut fyra prioriterade områden: kompetensförsörjning, ett innovativt näringsliv, hållbara transporter och ett socialt hållbart Västmanland.</p>
<h2>Ett socialt hållbart Västmanland</h2>
<p>Målet är att skillnaderna i hälsa och livsvillkor ska minska. Regionen och kommunerna arbetar tillsammans för att fler barn ska klara skolan, fler vuxna ska ha ett arbete och fler äldre ska kunna leva ett aktivt liv.</p>
<p>Exempel på arbete som bidrar till målet:</p>
<ul>
<li><a href="{B4}">Seniorhälsa Hallstahammar</a></li>
<li>Kompetenslyft i äldreomsorgen</li>
<li>Folkhälsoavtal med alla tio kommuner</li>
</ul>
<h2>Uppföljning</h2>
<p>Strategin följs upp med indikatorer varje år. Den senaste uppföljningen finns i rapporten <a href="/globalassets/regional-utveckling/uppfoljning-rus-2024.pdf">Uppföljning av Västmanland 2030 (pdf)</a>.</p>''',
        active=RU, ptype='StandardPage', ingress='Västmanland 2030 är länets gemensamma strategi för hållbar utveckling.')

    P[SOC] = page(SOC, 'Social hållbarhet', [('Regional utveckling', RU), ('Social hållbarhet', SOC)], f'''<p>Regionen arbetar för jämlik hälsa och goda livsvillkor i hela länet. Arbetet sker i nära samverkan med kommunerna, bland annat genom folkhälsoavtal och gemensamma sociala investeringar.</p>
{teasers([('Sociala investeringsmedel', FUND, 'Medel för förebyggande arbete tillsammans med kommunerna'),
          ('Folkhälsa', SOC + 'folkhalsa/', 'Folkhälsoavtal och statistik'),
          ('Våld i nära relationer', SOC + 'vald-i-nara-relationer/', 'Regionalt stöd')])}''',
        active=RU, ptype='LandingPage', ingress='Alla i Västmanland ska ha samma möjligheter till en god hälsa.')

    # ---------------- fund section
    P[FUND] = page(FUND, 'Sociala investeringsmedel', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND)], f'''<p>Sedan 2019 avsätter Region Västmanland medel för sociala investeringar som görs tillsammans med länets kommuner. Medlen ska användas till förebyggande arbete som ger människor bättre livsvillkor och minskar behovet av vård och stöd på sikt.</p>
<p>För perioden 2026–2028 har regionfullmäktige avsatt 25 miljoner kronor.</p>
<h2>Vem kan söka?</h2>
<p>En kommun och en verksamhet inom regionen söker tillsammans. Ideella organisationer kan vara med som samverkansparter.</p>
{teasers([('Sök medel', SOK, 'Ansökningsomgång och mallar'),
          ('Kriterier och bedömning', KRIT, 'Vad bedömningen grundar sig på'),
          ('Beviljade projekt', BEV, 'Projekt som har fått medel'),
          ('Utvärdering 2019–2024', UTV, 'Vad har medlen gett?')])}
<div class="block eventteaserblock">
  <h2>Konferens</h2>
  <p><a href="{EV}">Konferens: Sociala investeringar i Västmanland 2026</a> – 5 februari 2026</p>
</div>
<div class="block contactblock"><h2>Kontakt</h2><p>Utvecklingsledare social hållbarhet<br>Regional utveckling<br>021-17 30 00</p></div>''',
        active=RU, side=fund_nav(FUND), ptype='StandardPage', en=EN_SI,
        ingress='Regionens sociala investeringsmedel ska stärka det förebyggande arbetet i Västmanland, tillsammans med kommunerna.')

    P[SOK] = page(SOK, 'Sök medel', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND), ('Sök medel', SOK)], f'''<p>Ansökningsomgången för 2026 är öppen till och med den 15 februari 2026.</p>
<h2>Så går det till</h2>
<ol>
<li>Ta kontakt med utvecklingsledaren för social hållbarhet i god tid.</li>
<li>Fyll i ansökan tillsammans med er samverkanspart. Ansökan ska undertecknas av både kommunen och regionens verksamhet.</li>
<li>Bifoga en budget och en plan för uppföljning.</li>
<li>Regionala utvecklingsnämnden beslutar i april.</li>
</ol>
<div class="block filelistblock"><h2>Dokument</h2><ul>
<li><a href="/globalassets/regional-utveckling/sociala-investeringar/ansokan-sociala-investeringsmedel-2026.docx">Ansökan sociala investeringsmedel 2026 (Word)</a></li>
<li><a href="/globalassets/regional-utveckling/sociala-investeringar/budgetmall.xlsx">Budgetmall (Excel)</a></li>
</ul></div>''', active=RU, side=fund_nav(SOK), ingress='Så söker kommunerna och regionens verksamheter sociala investeringsmedel.')

    P[KRIT] = page(KRIT, 'Kriterier och bedömning', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND), ('Kriterier och bedömning', KRIT)], '''<p>Ansökningarna bedöms av en beredningsgrupp med representanter för regionen och kommunerna.</p>
<h2>Kriterier</h2>
<ul>
<li>Arbetet ska vara förebyggande och riktat till en avgränsad målgrupp.</li>
<li>Det ska bygga på kunskap om vad som fungerar.</li>
<li>Det ska pågå i högst tre år.</li>
<li>Regionens medel får vara högst hälften av den totala budgeten och högst 4 miljoner kronor.</li>
<li>Det ska finnas en plan för hur arbetet ska tas över av ordinarie verksamhet.</li>
</ul>
<h2>Bedömning</h2>
<p>Beredningsgruppen poängsätter ansökningarna utifrån behov, kunskapsgrund, samverkan och förutsättningar för att arbetet ska leva vidare. Regionala utvecklingsnämnden fattar beslut.</p>''',
        active=RU, side=fund_nav(KRIT), ingress='Vad krävs för att få sociala investeringsmedel?')

    P[BEV] = page(BEV, 'Beviljade projekt', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND), ('Beviljade projekt', BEV)], f'''<div class="filter" role="group" aria-label="Filtrera på kommun">
<p class="filter__label">Visa projekt i:</p>
<ul class="filter__list">
<li><a href="?kommun=arboga" rel="nofollow">Arboga</a></li>
<li><a href="?kommun=fagersta" rel="nofollow">Fagersta</a></li>
<li><a href="?kommun=koping" rel="nofollow">Köping</a></li>
<li><a href="?kommun=sala" rel="nofollow">Sala</a></li>
<li><a href="?kommun=vasteras" rel="nofollow">Västerås</a></li>
<li><a href="?status=avslutade" rel="nofollow">Avslutade projekt</a></li>
</ul>
</div>
<h2>Beviljade 2025</h2>
{teasers([('Ungdomshälsa Norra Västmanland', B1, 'Fagersta, Norberg och Skinnskatteberg'),
          ('Trygg i Köping', DEAD_KOPING, 'Köping')])}
<p>Sedan 2019 har 17 projekt fått medel. Vad de tidigare projekten har gett kan du läsa i <a href="{UTV}">utvärderingen för 2019–2024</a>.</p>''',
        active=RU, side=fund_nav(BEV), ptype='ProjectListPage', ingress='Här finns projekt som har fått regionens sociala investeringsmedel.')

    P[B1] = page(B1, 'Ungdomshälsa Norra Västmanland', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND), ('Beviljade projekt', BEV), ('Ungdomshälsa Norra Västmanland', B1)], f'''<p>Många unga i norra Västmanland söker hjälp för psykisk ohälsa först när besvären har blivit svåra. Projektet Ungdomshälsa Norra Västmanland ska göra det lättare att få stöd tidigt, nära skolan och fritiden.</p>
<h2>Så arbetar projektet</h2>
<p>En kurator och en sjuksköterska från ungdomsmottagningen finns på plats på högstadieskolorna i Fagersta, Norberg och Skinnskatteberg en dag i veckan. Fritidsgårdarna får handledning i att prata med unga om psykisk hälsa, och föräldrar bjuds in till föreläsningar.</p>
{factblock('Fakta om projektet', [
    ('Projektperiod', 'januari 2025 – december 2027'),
    ('Beviljade medel', '3 200 000 kronor ur Region Västmanlands sociala investeringsmedel'),
    ('Total budget', '6 400 000 kronor'),
    ('Projektägare', 'Fagersta kommun'),
    ('Samverkanspartner', 'Norbergs kommun, Skinnskattebergs kommun och Ungdomsmottagningen Fagersta'),
    ('Målgrupp', 'unga 13–20 år i Fagersta, Norberg och Skinnskatteberg')])}''',
        active=RU, side=fund_nav(BEV), ptype='ProjectPage', ingress='Tidigt stöd för unga som mår dåligt, nära skolan och fritiden.')

    P[B3] = page(B3, 'Jobbhälsa Sala', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND), ('Beviljade projekt', BEV), ('Jobbhälsa Sala', B3)], f'''<p>Jobbhälsa Sala är ett projekt för personer i Sala kommun som har varit sjukskrivna i mer än ett år eller som har försörjningsstöd på grund av ohälsa. Projektet ska förebygga att de hamnar långvarigt utanför arbetsmarknaden.</p>
<p>Deltagarna får stöd av ett team med arbetsterapeut och fysioterapeut från vårdcentralerna i Sala och en arbetsmarknadskonsulent från Sala kommun. Teamet gör en gemensam plan med varje deltagare och följer upp den varannan vecka.</p>
{factblock('Fakta om projektet', [
    ('Projektperiod', 'april 2025 – mars 2028'),
    ('Beviljade medel', '2 100 000 kronor ur Region Västmanlands sociala investeringsmedel'),
    ('Projektägare', 'Sala kommun, arbetsmarknadsenheten'),
    ('Samverkanspartner', 'Vårdcentralen Sala Väsby och Vårdcentralen Sala Centrum'),
    ('Målgrupp', 'vuxna 20–64 år som varit sjukskrivna länge'),
    ('Status', 'Pågående')])}''',
        active=RU, side=fund_nav(BEV), ptype='ProjectPage', ingress='Ett samlat stöd tillbaka till arbete för dig som varit sjukskriven länge.')

    P[UTV] = page(UTV, 'Utvärdering 2019–2024', [('Regional utveckling', RU), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FUND), ('Utvärdering 2019–2024', UTV)], '''<p>Mälardalens universitet har utvärderat regionens sociala investeringsmedel för åren 2019–2024. Utvärderingen bygger på uppföljningar av 14 projekt och intervjuer med projektledare och chefer.</p>
<h2>De viktigaste resultaten</h2>
<ul>
<li>Nio av fjorton projekt lever vidare helt eller delvis i ordinarie verksamhet.</li>
<li>Samverkan mellan kommun och region har blivit bättre i de flesta projekt.</li>
<li>Få projekt har kunnat visa minskade kostnader, eftersom uppföljningen av kostnader ofta saknades från början.</li>
</ul>
<h2>Rekommendationer</h2>
<p>Utvärderarna rekommenderar att kostnaderna beräknas på samma sätt i alla projekt och att mottagaren i den ordinarie verksamheten utses redan vid ansökan.</p>
<p><a href="/globalassets/regional-utveckling/sociala-investeringar/utvardering-sociala-investeringsmedel-2019-2024.pdf">Läs hela utvärderingen (pdf)</a></p>''',
        active=RU, side=fund_nav(UTV), ptype='StandardPage', ingress='Vad har de sociala investeringsmedlen gett? En utvärdering av de första sex åren.')

    # ---------------- hälsa och vård
    P[HV] = page(HV, 'Hälsa och vård', [('Hälsa och vård', HV)], teasers([
        ('Vårdcentraler', '/sv/halsa-och-vard/vardcentraler/', 'Hitta din vårdcentral'),
        ('Barnhälsovård', BHV, 'BVC och föräldrastöd'),
        ('Äldres hälsa', ALDH, 'Förebyggande arbete för äldre'),
        ('Tandvård', '/sv/halsa-och-vard/tandvard/', 'Folktandvården Västmanland')]), active=HV, ptype='LandingPage',
        ingress='Information om regionens hälso- och sjukvård. För personlig rådgivning, ring 1177.')
    P[BHV] = page(BHV, 'Barnhälsovård', [('Hälsa och vård', HV), ('Barnhälsovård', BHV)], '''<p>Barnhälsovården (BVC) följer barnets hälsa och utveckling från födseln till sex års ålder. Alla barn erbjuds hälsobesök, vaccinationer och föräldragrupper.</p>
<h2>Hembesök</h2>
<p>Alla familjer erbjuds ett hembesök av BVC-sjuksköterskan när barnet är nyfött. I vissa områden erbjuds fler hembesök tillsammans med kommunens socialtjänst.</p>
<h2>Föräldragrupper</h2>
<p>Under barnets första år erbjuds du att delta i en föräldragrupp på din BVC.</p>''', active=HV,
        ingress='BVC finns för alla barn mellan 0 och 6 år och deras föräldrar.')
    P[B2] = page(B2, 'Utökade hembesök i Västerås', [('Hälsa och vård', HV), ('Barnhälsovård', BHV), ('Utökade hembesök i Västerås', B2)], f'''<p>Utökade hembesök är ett samarbete mellan barnhälsovården i Region Västmanland och socialtjänsten i Västerås stad. Förstagångsföräldrar i Råby, Bäckby och Skallberget erbjuds sex hembesök under barnets första 15 månader i stället för ett.</p>
<h2>Syfte</h2>
<p>Syftet är att stärka föräldrarna, främja barns hälsa och tidigt upptäcka behov av stöd, så att färre familjer behöver insatser från socialtjänsten senare.</p>
<h2>Period och finansiering</h2>
<p>Projektet pågår från april 2024 till december 2026. Budgeten är 4 800 000 kronor, varav 2 400 000 kronor ur Region Västmanlands sociala investeringsmedel och 2 400 000 kronor från Västerås stad.</p>
<h2>Uppföljning</h2>
<p>Centrum för epidemiologi och samhällsmedicin följer upp hur många familjer som tar emot besöken, vaccinationstäckningen och kontakterna med socialtjänsten.</p>
<p><strong>Ansvarig:</strong> Barnhälsovården, Region Västmanland<br><strong>Samarbetspartner:</strong> Västerås stad, individ- och familjeförvaltningen<br><strong>Målgrupp:</strong> förstagångsföräldrar och deras barn 0–15 månader</p>''',
        active=HV, ptype='StandardPage', ingress='Sex hembesök under barnets första tid, tillsammans med socialtjänsten.')
    P[ALDH] = page(ALDH, 'Äldres hälsa', [('Hälsa och vård', HV), ('Äldres hälsa', ALDH)], '''<p>Goda levnadsvanor, fysisk aktivitet och social gemenskap är viktiga för att må bra även högre upp i åldrarna. Vårdcentralerna erbjuder hälsosamtal och stöd för att förebygga fall och undernäring.</p>
<h2>Förebyggande hembesök</h2>
<p>Flera kommuner i länet erbjuder förebyggande hembesök till invånare som fyller 75 eller 80 år. Kontakta din kommun för att få veta vad som gäller där du bor.</p>''',
        active=HV, ingress='Stöd för att må bra och leva ett aktivt liv som äldre.')
    P[B4] = page(B4, 'Seniorhälsa Hallstahammar', [('Hälsa och vård', HV), ('Äldres hälsa', ALDH), ('Seniorhälsa Hallstahammar', B4)], f'''<p>Seniorhälsa Hallstahammar är en social investering som Hallstahammars kommun och Vårdcentralen Hallstahammar gör tillsammans. Satsningen ska förebygga fall, undernäring och ensamhet hos äldre som ännu inte har hemtjänst.</p>
<p>Alla invånare som fyller 75 år får ett hembesök av en distriktssköterska och en biståndshandläggare. Vid besöket går man igenom hälsa, läkemedel, risker i hemmet och vilka aktiviteter som finns i närheten. Den som vill kan få ett uppföljande besök efter ett halvår.</p>
<ul class="fact-list">
<li><strong>Period:</strong> februari 2025 – januari 2027</li>
<li><strong>Budget:</strong> 1 600 000 kronor ur Region Västmanlands sociala investeringsmedel</li>
<li><strong>Projektägare:</strong> Hallstahammars kommun, vård- och omsorgsförvaltningen</li>
<li><strong>Samverkan:</strong> Vårdcentralen Hallstahammar och PRO Hallstahammar</li>
<li><strong>Målgrupp:</strong> invånare som fyller 75 år</li>
</ul>''', active=HV, ingress='Hembesök för att förebygga fall, undernäring och ensamhet hos äldre.')

    # ---------------- kultur
    P[KULT] = page(KULT, 'Kultur', [('Kultur', KULT)], teasers([
        ('Kulturstöd', KULT + 'kulturstod/', 'Bidrag till föreningar och kulturskapare'),
        ('Kultur och hälsa', KH, 'Kultur som främjar hälsa')]), active=KULT, ptype='LandingPage',
        ingress='Regionen stödjer kulturlivet i hela Västmanland.')
    P[KH] = page(KH, 'Kultur och hälsa', [('Kultur', KULT), ('Kultur och hälsa', KH)], '''<p>Forskning visar att kultur kan främja hälsa och välbefinnande. Region Västmanland arbetar för att kultur ska vara en naturlig del av hälso- och sjukvården.</p>
<h2>Kultur i vården</h2>
<p>På Västmanlands sjukhus Västerås finns konst i alla väntrum, och Musik i vården besöker avdelningarna varje vecka.</p>
<h2>Kultur för äldre</h2>
<p>Tillsammans med kommunerna erbjuder regionen konserter och högläsning på äldreboenden.</p>''', active=KULT,
        ingress='Kultur som en del av vården och folkhälsoarbetet.')
    P[B5] = page(B5, 'Kultur på recept i Arboga', [('Kultur', KULT), ('Kultur och hälsa', KH), ('Kultur på recept i Arboga', B5)], '''<p>Kultur på recept är ett projekt för dig som är sjukskriven för lätt eller måttlig psykisk ohälsa, till exempel stress, oro eller nedstämdhet. Under tio veckor träffas en grupp två gånger i veckan och målar, skriver, sjunger eller går på museum och teater tillsammans med en kulturpedagog.</p>
<p>Projektet pågår från september 2024 till augusti 2026 och finansieras med 1 900 000 kronor ur Region Västmanlands sociala investeringsmedel. Det drivs av regionens kulturavdelning tillsammans med Arboga kommun och Vårdcentralen Arboga.</p>
<h2>Vem kan delta?</h2>
<p>Du som är 18–67 år, bor i Arboga och är sjukskriven för lätt eller måttlig psykisk ohälsa. Din läkare eller rehabkoordinator på vårdcentralen skriver en remiss.</p>
<h2>Varför kultur?</h2>
<p>Målet är att förebygga långa sjukskrivningar. Liknande projekt i andra regioner har visat att deltagarna mår bättre och går tillbaka till arbetet tidigare.</p>''',
        active=KULT, ingress='Kulturaktiviteter i grupp för dig som är sjukskriven för lätt eller måttlig psykisk ohälsa.')

    # ---------------- om regionen: news, events, jobs
    P[OM] = page(OM, 'Om regionen', [('Om regionen', OM)], teasers([
        ('Nyheter', NEWS, 'Aktuellt från Region Västmanland'),
        ('Evenemang', EVS, 'Konferenser och seminarier'),
        ('Kontakta oss', KONTAKT, 'Växel och e-post')]), active=OM, ptype='LandingPage',
        ingress='Fakta om Region Västmanland, politik och organisation.')
    P[NEWS] = page(NEWS, 'Nyheter', [('Om regionen', OM), ('Nyheter', NEWS)], f'''<section class="news-list" data-module="news-list">
<ul class="news-list__items js-news-items">{news_list_items(PAGE1)}
</ul>
<div class="news-list__more">
  <button type="button" class="btn btn--secondary js-load-more" data-url="{LOADMORE.replace('&', '&amp;')}" data-target=".js-news-items" hidden>Visa fler nyheter</button>
  <a class="btn btn--secondary news-list__more-link js-load-more-fallback" href="{NEWS2}">Visa fler nyheter</a>
</div>
</section>''', active=OM, ptype='NewsListPage', ingress='Nyheter från Region Västmanland.')
    P[NEWS2] = page(NEWS2, 'Nyheter – sida 2', [('Om regionen', OM), ('Nyheter', NEWS), ('Sida 2', NEWS2)], f'''<section class="news-list">
<ul class="news-list__items">{news_list_items(PAGE2)}
</ul>
<nav class="pagination" aria-label="Sidnumrering"><a href="{NEWS}" rel="prev">Nyare nyheter</a> <a href="{NEWS3}" rel="next">Äldre nyheter</a></nav>
</section>''', active=OM, ptype='NewsListPage', ingress='Äldre nyheter från Region Västmanland.')
    for k in NEWSD:
        P[k] = news_page(k)

    P[EVS] = page(EVS, 'Evenemang', [('Om regionen', OM), ('Evenemang', EVS)], f'''<ul class="event-list">
<li><a href="{EV}">Konferens: Sociala investeringar i Västmanland 2026</a> – 5 februari 2026, Västerås</li>
<li><a href="{EVS}patientsakerhetsdagen-2026/">Patientsäkerhetsdagen 2026</a> – 12 mars 2026</li>
</ul>
<p><a href="{CAL}">Visa alla evenemang i kalendern</a> · <a href="{CAL}?manad=2025-12">December</a> · <a href="{CAL}?manad=2026-01">Januari</a></p>''',
        active=OM, ptype='EventListPage', ingress='Konferenser, seminarier och öppna möten.')
    P[EV] = page(EV, 'Konferens: Sociala investeringar i Västmanland 2026', [('Om regionen', OM), ('Evenemang', EVS), ('Konferens: Sociala investeringar i Västmanland 2026', EV)], f'''<p>Välkommen till den årliga konferensen om sociala investeringar i Västmanland. Projekt från länets kommuner berättar om sina erfarenheter, och Mälardalens universitet presenterar utvärderingen av de första sex åren.</p>
{factblock('Praktisk information', [
    ('Datum', '5 februari 2026'),
    ('Tid', '09.00–15.30'),
    ('Plats', 'Västerås konserthus, Kopparbergsvägen 1'),
    ('Kostnad', 'Kostnadsfritt, lunch ingår'),
    ('Sista anmälningsdag', '15 januari 2026'),
    ('Arrangör', 'Region Västmanland och Länets kommuner')])}
<h2>Program</h2>
<ul><li>09.00 Inledning</li><li>09.30 Utvärderingen 2019–2024</li><li>11.00 Projekten berättar</li><li>13.00 Workshop: från projekt till ordinarie verksamhet</li></ul>
<p><a href="https://regionvastmanland.trippus.net/sociala-investeringar-2026">Anmälan</a></p>''',
        active=OM, ptype='EventPage', ingress='En konferens för politiker, chefer och medarbetare i kommunerna och regionen.')

    P[JOBS] = page(JOBS, 'Jobba hos oss', [('Jobba hos oss', JOBS)], f'''<p>Region Västmanland har omkring 7 500 medarbetare inom vård, kollektivtrafik, kultur och regional utveckling.</p>
{linklist('Lediga jobb i urval', [('Strateg social hållbarhet', JOB), ('Alla lediga jobb', 'https://regionvastmanland.varbi.com/')])}''',
        active=JOBS, ingress='Välkommen till en arbetsplats där du gör skillnad.')
    P[JOB] = page(JOB, 'Strateg social hållbarhet', [('Jobba hos oss', JOBS), ('Strateg social hållbarhet', JOB)], '''<p>Vill du leda regionens arbete med social hållbarhet och sociala investeringar? Vi söker en strateg till avdelningen för regional utveckling.</p>
<h2>Om tjänsten</h2>
<p>Du samordnar beredningen av ansökningar om sociala investeringsmedel, stödjer pågående projekt som Ungdomshälsa Norra Västmanland och Utökade hembesök i Västerås, och ansvarar för kontakten med kommunerna.</p>
<h2>Kvalifikationer</h2>
<p>Akademisk examen inom folkhälsovetenskap, samhällsvetenskap eller motsvarande och minst fem års erfarenhet av utvecklingsarbete i offentlig sektor.</p>
<ul>
<li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
<li><strong>Omfattning:</strong> Heltid</li>
<li><strong>Tillträde:</strong> Enligt överenskommelse</li>
<li><strong>Sista ansökningsdag:</strong> 7 december 2025</li>
</ul>
<p><a href="https://regionvastmanland.varbi.com/what:job/jobID:845120/">Ansök här</a></p>''',
        active=JOBS, ptype='JobPage', ingress='Regional utveckling söker en strateg för social hållbarhet.')

    P[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Om regionen', OM), ('Kontakta oss', KONTAKT)], '''<p>Växel: 021-17 30 00<br>E-post: region@regionvastmanland.se<br>Postadress: Region Västmanland, 721 89 Västerås</p>
<p>Frågor om din vård ställer du enklast via 1177.</p>''', active=OM, ingress='Så når du Region Västmanland.')
    P[KAKOR] = page(KAKOR, 'Kakor', [('Om regionen', OM), ('Om webbplatsen', OM + 'om-webbplatsen/'), ('Kakor', KAKOR)], '''<p>Webbplatsen använder kakor. Nödvändiga kakor krävs för att webbplatsen ska fungera. Statistikkakor används bara om du godkänner dem.</p>
<table><thead><tr><th>Kaka</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody>
<tr><td>.EPiServerLogin</td><td>Inloggning för redaktörer</td><td>Sessionen</td></tr>
<tr><td>CookieConsent</td><td>Sparar ditt val om kakor</td><td>12 månader</td></tr>
</tbody></table>''', active=OM, ingress='Om kakor på regionvastmanland.se.')

    # ---------------- English branch
    P[EN] = page(EN, 'Region Västmanland', [], f'''{teasers([
        ('Regional development', EN_RD, 'Growth, skills and social sustainability'),
        ('Healthcare in Västmanland', '/en/healthcare/', 'How to get care'),
        ('Contact us', '/en/contact-us/', 'Switchboard and e-mail')])}''', lang='en', ptype='StartPage',
        ingress='Region Västmanland is responsible for healthcare, public transport, culture and regional development in Västmanland County.')
    P[EN_RD] = page(EN_RD, 'Regional development', [], f'''<p>Region Västmanland works to make the county an attractive place to live, work and run a business.</p>
{teasers([('Social investments', EN_SI, 'Preventive work together with the municipalities')])}''', lang='en', ptype='LandingPage',
        ingress='Regional development in Västmanland.')
    P[EN_SI] = page(EN_SI, 'Social investments', [], f'''<p>Since 2019, Region Västmanland has set aside funds for social investments made together with the ten municipalities in the county. The funds support preventive work that improves people's living conditions and reduces the need for care and support in the long term. For 2026–2028, the Regional Council has allocated SEK 25 million.</p>
<h2>Examples of projects (in Swedish)</h2>
<ul>
<li><a href="{B1}">Ungdomshälsa Norra Västmanland</a> – early support for young people's mental health in Fagersta, Norberg and Skinnskatteberg, 2025–2027.</li>
<li><a href="{B5}">Kultur på recept i Arboga</a> – culture on prescription for people on sick leave, 2024–2026.</li>
</ul>
<p>More information is available on the <a href="{FUND}">Swedish page about social investment funds</a>.</p>''',
        lang='en', ptype='StandardPage', ingress='Funds for preventive work together with the municipalities of Västmanland.',
        head_extra=f'<link rel="alternate" hreflang="sv" href="https://{H}{FUND}">')

    for p, html in P.items():
        write(H, p, html)

    write(H, '/robots.txt', f'''User-agent: GPTBot
Disallow: /

User-agent: *
Crawl-delay: 2
Disallow: /EPiServer/
Disallow: /episerver/
Disallow: /util/
Disallow: /Util/
Disallow: /api/
Disallow: /sv/sok/
Disallow: /en/search/
Disallow: /sv/om-regionen/kalender/
Disallow: /*?kommun=
Disallow: /*?status=
Disallow: /globalassets/intern/

Sitemap: https://{H}/sitemap.xml
''')
    smap = [SV, RU, RUS, SOC, FUND, SOK, KRIT, BEV, B1, UTV, HV, BHV, ALDH, KULT, KH, OM, NEWS, EVS, EV, JOBS, JOB, EN, EN_RD, EN_SI]
    write(H, '/sitemap.xml', sitemap(H, smap, '2025-11-07'))
    return P, smap


if __name__ == '__main__':
    build()
