"""Uppsala kommun (0380, large) on Optimizely CMS 12 (ASP.NET Core, custom front end) – heldout_sites20.

Page URLs end in '/' (saved as index.html); links are root-relative. Blocks in content areas
(<div class="content-area"> > <div class="block …" data-block-type="…">).
"""
from make_common import write, sitemap

H = 'www.uppsala.se'

KP = '/kommun-och-politik/'
SH = KP + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringar/'
ANS = FUND + 'ansok-om-medel/'
KRIT = FUND + 'kriterier-och-villkor/'
LIST = FUND + 'beviljade-projekt/'
C1 = LIST + 'tidiga-insatser-for-barn-i-gottsunda/'
C2 = LIST + 'vagen-in-sprak-och-praktik-i-aldreomsorgen/'
C5 = LIST + 'sprakstod-i-forskolan-savja/'
DEAD_LIST = LIST + 'trygg-i-gottsunda-centrum/'            # dead: granted, page withdrawn
DEAD_AR = LIST + 'motesplats-stenhagen/'                     # dead: finished, page removed
UPP = FUND + 'uppfoljning-och-utvardering/'
AR24 = UPP + 'arsrapport-2024/'
AR23 = UPP + 'arsrapport-2023/'
AR22 = UPP + 'arsrapport-2022/'                              # dead
OS = '/omsorg-och-stod/'
BO = OS + 'stod-i-boendet/'
C3 = BO + 'boendestodsteamet/'
KF = '/kultur-och-fritid/'
FG = KF + 'fritidsgardar-och-motesplatser/'
C4 = FG + 'rorelsekompisar-i-granby/'
FS = KF + 'foreningsstod/'
FSK = '/forskola-och-skola/'
NYH = '/nyheter/'
EVS = '/evenemang/'
EV = '/evenemang/sociala-investeringar-i-praktiken/'
CAL = '/evenemang/kalender/2025-11/'
CAL2 = '/evenemang/kalender/2025-12/'
JOBS = '/jobb-och-karriar/'
JOB = JOBS + 'lediga-jobb/controller-med-inriktning-sociala-investeringar/'

MENU = [('Förskola och skola', FSK), ('Omsorg och stöd', OS), ('Kultur och fritid', KF),
        ('Bo, bygga och miljö', '/bo-bygga-och-miljo/'), ('Trafik och gator', '/trafik-och-gator/'), ('Kommun och politik', KP)]

_ids = {}


def pid(path):
    if path not in _ids:
        _ids[path] = 40211 + 37 * len(_ids)
    return _ids[path]


def header(active):
    items = ''.join(
        f'<li class="main-nav__item{" main-nav__item--active" if h == active else ""}"><a class="main-nav__link" href="{h}">{t}</a></li>' for t, h in MENU)
    return f'''<header class="site-header" role="banner">
  <div class="site-header__top container">
    <a class="site-header__logo" href="/"><img src="/siteassets/gfx/uppsala-kommun-logotyp.svg" alt="Uppsala kommun – till startsidan" width="200" height="56"></a>
    <ul class="site-header__tools">
      <li><a class="tool-link tool-link--listen" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=5862&amp;lang=sv_se&amp;readid=main">Lyssna</a></li>
      <li><a class="tool-link" href="/lattlast/">Lättläst</a></li>
      <li><a class="tool-link" href="/other-languages/" lang="en">Other languages</a></li>
      <li><a class="tool-link" href="https://minasidor.uppsala.se/">Mina sidor</a></li>
    </ul>
    <form class="site-search" action="/sok/" method="get" role="search">
      <label class="visually-hidden" for="site-search-q">Sök på uppsala.se</label>
      <input class="site-search__input" id="site-search-q" type="search" name="q" placeholder="Vad letar du efter?">
      <button class="site-search__button" type="submit">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny"><ul class="main-nav__list container">{items}</ul></nav>
</header>'''


FOOTER = '''<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner container">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Uppsala kommun</h2>
      <p>753 75 Uppsala<br>Besöksadress: Stationsgatan 12<br>Telefon: 018-727 00 00<br><a href="mailto:kontaktcenter@uppsala.se">kontaktcenter@uppsala.se</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Snabblänkar</h2>
      <ul>
        <li><a href="/nyheter/">Nyheter</a></li>
        <li><a href="/evenemang/">Evenemang</a></li>
        <li><a href="/jobb-och-karriar/">Jobb och karriär</a></li>
        <li><a href="/press/">Press</a></li>
        <li><a href="/kontakta-oss/">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Om webbplatsen</h2>
      <ul>
        <li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
        <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
        <li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
        <li><a href="/om-webbplatsen/personuppgifter/">Så behandlar vi personuppgifter</a></li>
        <li><a href="/Util/Login?ReturnUrl=%2F" rel="nofollow">Logga in</a></li>
      </ul>
    </div>
    <div class="site-footer__col site-footer__social">
      <a href="https://www.facebook.com/uppsalakommun">Facebook</a>
      <a href="https://www.instagram.com/uppsalakommun/">Instagram</a>
      <a href="https://www.linkedin.com/company/uppsala-kommun/">LinkedIn</a>
    </div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="breadcrumbs__item"><a href="/">Startsida</a></li>']
    for t, h in trail[:-1]:
        lis.append(f'<li class="breadcrumbs__item"><a href="{h}">{t}</a></li>')
    lis.append(f'<li class="breadcrumbs__item" aria-current="page">{trail[-1][0]}</li>')
    return f'<nav class="breadcrumbs container" aria-label="Brödsmulor"><ol class="breadcrumbs__list">{"".join(lis)}</ol></nav>'


def subnav(root, items, current, expand=None):
    expand = expand or {}
    lis = []
    for t, h in items:
        cur = ' aria-current="page"' if h == current else ''
        kids = ''
        if h in expand:
            kids = '<ul class="subnav__list subnav__list--level2">' + ''.join(
                f'<li class="subnav__item"><a class="subnav__link" href="{kh}"{" aria-current=" + chr(34) + "page" + chr(34) if kh == current else ""}>{kt}</a></li>'
                for kt, kh in expand[h]) + '</ul>'
        lis.append(f'<li class="subnav__item{" subnav__item--open" if kids else ""}"><a class="subnav__link" href="{h}"{cur}>{t}</a>{kids}</li>')
    rt, rh = root
    rcur = ' aria-current="page"' if rh == current else ''
    return f'''<nav class="subnav" aria-label="Undermeny">
  <a class="subnav__root" href="{rh}"{rcur}>{rt}</a>
  <ul class="subnav__list">{"".join(lis)}</ul>
</nav>'''


FUND_ITEMS = [('Ansök om medel', ANS), ('Kriterier och villkor', KRIT), ('Beviljade projekt', LIST),
              ('Uppföljning och utvärdering', UPP)]


def fundnav(current):
    exp = {}
    if current in (UPP, AR24, AR23):
        exp[UPP] = [('Årsrapport 2024', AR24), ('Årsrapport 2023', AR23), ('Årsrapport 2022', AR22)]
    return subnav(('Sociala investeringar', FUND), FUND_ITEMS, current, exp)


def teaser(title, href, text, img=None):
    im = f'<img class="teaser__image" src="{img}" alt="" loading="lazy" width="400" height="225">' if img else ''
    return f'''<div class="block teaserblock displaymode-one-third" data-block-type="TeaserBlock">
  <a class="teaser" href="{href}">{im}<div class="teaser__body"><h3 class="teaser__heading">{title}</h3><p class="teaser__text">{text}</p></div></a>
</div>'''


def linklist(heading, items, related=False):
    lis = ''.join(f'<li class="link-list__item"><a class="link-list__link" href="{h}">{t}</a></li>' for t, h in items)
    cls = ' link-list-block--related' if related else ''
    return f'''<div class="block linklistblock{cls}" data-block-type="LinkListBlock">
  <h2 class="link-list__heading">{heading}</h2>
  <ul class="link-list">{lis}</ul>
</div>'''


def contact(name, role, phone, email):
    return f'''<div class="block contactblock" data-block-type="ContactBlock">
  <h2 class="contact__heading">Kontakt</h2>
  <p class="contact__name">{name}</p><p class="contact__role">{role}</p>
  <p>Telefon: <a href="tel:{phone.replace(' ', '').replace('-', '')}">{phone}</a><br>E-post: <a href="mailto:{email}">{email}</a></p>
</div>'''


def factblock(heading, rows):
    dl = ''.join(f'<dt>{a}</dt><dd>{b}</dd>' for a, b in rows)
    return f'''<div class="block factblock" data-block-type="FactBlock">
  <h2 class="fact__heading">{heading}</h2>
  <dl class="fact__list">{dl}</dl>
</div>'''


def page(path, title, trail, body, ptype='StandardPage', preamble='', side='', area='', aside='', active=None,
         updated='2025-10-21', printable=False, desc=None):
    i = pid(path)
    desc = desc or preamble or title
    pre = f'<p class="article__preamble">{preamble}</p>' if preamble else ''
    prt = f' <a class="article__print" href="{path}?print=true" rel="nofollow">Skriv ut</a>' if printable else ''
    layout_cls = 'page-layout--with-subnav' if side else 'page-layout--wide'
    ca = f'<div class="content-area">{area}</div>' if area else ''
    asd = f'<aside class="page-aside">{aside}</aside>' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Uppsala kommun</title>
<meta name="description" content="{desc}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:type" content="website">
<meta property="og:image" content="https://{H}/globalassets/gfx/uppsala-kommun-delning.jpg">
<link rel="stylesheet" href="/dist/css/main.a81f3c94.css">
<link rel="icon" href="/siteassets/gfx/favicon.ico">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3f8d2b71-5c0e-4a96-9e1d-7b2a6c4f8e10" data-blockingmode="auto" type="text/javascript"></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"pageId":"{i}","pageType":"{ptype}","language":"sv"}});</script>
</head>
<body class="page page--{ptype[:-4].lower() if ptype.endswith('Page') else ptype.lower()}" data-page-id="{i}" data-content-type="{ptype}">
<a class="skip-link" href="#main">Hoppa till huvudinnehållet</a>
{header(active)}
{crumbs(trail) if trail else ''}
<div class="page-layout {layout_cls} container">
{side}
<main id="main" class="page-main">
  <article class="article">
    <header class="article__header"><h1 class="article__heading">{title}</h1>{pre}</header>
    <div class="article__body rich-text">
{body}
    </div>
    {ca}
    <footer class="article__footer"><p class="article__updated">Senast uppdaterad: <time datetime="{updated}">{updated}</time></p>{prt}</footer>
  </article>
</main>
{asd}
</div>
{FOOTER}
<script src="/dist/js/main.5c9e7a02.js" defer></script>
</body>
</html>
'''


# ------------------------------------------------------------------ news
NEWS = [
    ('/nyheter/nu-kan-du-ansoka-om-medel-for-sociala-investeringar-2026/', '2025-11-03', '3 november 2025',
     'Nu kan du ansöka om medel för sociala investeringar 2026',
     'Förvaltningar och bolag i Uppsala kommun kan nu ansöka om medel ur fonden för sociala investeringar. Sista ansökningsdag är 15 januari 2026.',
     f'''<p>Inför 2026 finns 15 miljoner kronor att fördela. Kommunstyrelsen vill särskilt se ansökningar som förebygger skolfrånvaro och som stärker unga vuxnas väg till arbete.</p>
<p>Ansökan ska göras i samverkan mellan minst två förvaltningar eller en förvaltning och ett bolag. Idéburna organisationer kan vara med som partner.</p>
<p>Läs mer om hur du <a href="{ANS}">ansöker om medel</a> och om <a href="{KRIT}">kriterierna</a>.</p>'''),
    ('/nyheter/boendestodsteamet-har-hjalpt-60-hushall/', '2025-10-15', '15 oktober 2025',
     'Boendestödsteamet har hjälpt 60 hushåll att behålla sin bostad',
     'Sedan starten för ett och ett halvt år sedan har Boendestödsteamet arbetat med 60 hushåll som riskerade att bli vräkta. Bara två av dem har förlorat sin bostad.',
     f'''<p>Boendestödsteamet kontaktas av hyresvärden redan när hyran är en månad sen. Då hinner teamet hjälpa hushållet att göra upp en betalningsplan och söka det stöd de har rätt till.</p>
<p>– Det är mycket lättare att hjälpa någon att behålla sin bostad än att hitta en ny, särskilt för barnfamiljer, säger Maria Ekström, socialsekreterare i teamet.</p>
<p>Hittills har 112 barn berörts. Kommunen räknar med att varje avhysning som förhindras sparar omkring 300 000 kronor i kostnader för tillfälliga boenden.</p>
<p><a href="{C3}">Läs mer om Boendestödsteamet</a></p>'''),
    ('/nyheter/ny-simhall-i-gottsunda-oppnar-i-december/', '2025-09-29', '29 september 2025', 'Ny simhall i Gottsunda öppnar i december',
     'Den nya simhallen i Gottsunda öppnar för allmänheten den 13 december.',
     '<p>Simhallen har en 25-metersbassäng, en undervisningsbassäng och ett äventyrsbad för de minsta. Skolorna i södra Uppsala får simundervisning i den nya hallen från januari.</p>'),
    ('/nyheter/kommunstyrelsen-fordelar-18-miljoner-till-sociala-investeringar/', '2025-04-15', '15 april 2025',
     'Kommunstyrelsen fördelar 18 miljoner kronor till sociala investeringar',
     'Kommunstyrelsen beslutade i dag att bevilja fyra nya sociala investeringar på sammanlagt 18 miljoner kronor.',
     f'''<p>Det största beloppet, 6,2 miljoner kronor, går till ett arbete med unga i Stenhagen som riskerar att dras in i kriminalitet. Övriga medel går till fysisk aktivitet för barn i Gränby, stöd till föräldrar med intellektuell funktionsnedsättning och digitalt stöd i hemtjänsten.</p>
<p>Med besluten finns nu tolv pågående sociala investeringar i kommunen.</p>
<p><a href="{FUND}">Läs mer om sociala investeringar</a></p>'''),
    ('/nyheter/trafikomlaggning-vid-resecentrum/', '2025-04-02', '2 april 2025', 'Trafikomläggning vid Uppsala resecentrum',
     'Från den 7 april leds busstrafiken om vid resecentrum på grund av ledningsarbeten i Kungsgatan.',
     '<p>Hållplatserna flyttas tillfälligt till Stationsgatan och Bangårdsgatan. Omläggningen pågår till och med augusti.</p>'),
    ('/nyheter/sok-sommarjobb-senast-15-mars/', '2025-02-11', '11 februari 2025', 'Sök sommarjobb senast 15 mars',
     'Är du född 2008 eller 2009 och bor i Uppsala kommun? Nu kan du söka sommarjobb hos kommunen.',
     '<p>Sommarjobben finns inom bland annat äldreomsorg, parkförvaltning och fritidsverksamhet. Du söker via kommunens e-tjänst.</p>'),
]


def news_page(n):
    p, iso, human, title, lead, body = n
    return page(p, title, [('Nyheter', NYH), (title, p)],
                f'<p class="article__date">Publicerad <time datetime="{iso}">{human}</time></p>\n{body}',
                ptype='NewsPage', preamble=lead, updated=iso,
                aside=linklist('Dela', [('Dela på Facebook', f'https://www.facebook.com/sharer/sharer.php?u=https://{H}{p}'),
                                        ('Dela på LinkedIn', f'https://www.linkedin.com/sharing/share-offsite/?url=https://{H}{p}')]))


def build():
    pages = {}
    T_KP = [('Kommun och politik', KP)]
    T_SH = T_KP + [('Social hållbarhet', SH)]
    T_F = T_SH + [('Sociala investeringar', FUND)]
    T_L = T_F + [('Beviljade projekt', LIST)]
    T_U = T_F + [('Uppföljning och utvärdering', UPP)]

    # ---------------- start
    latest = ''.join(f'<li class="news-list__item"><time datetime="{n[1]}">{n[2]}</time> <a href="{n[0]}">{n[3]}</a></li>' for n in NEWS[:3])
    pages['/'] = page('/', 'Välkommen till Uppsala kommun', [], f'''<p class="popular">Vanliga sökningar: <a href="/sok/?q=bygglov">bygglov</a>, <a href="/sok/?q=f%C3%B6rskola">förskola</a>, <a href="/sok/?q=parkering">parkering</a>, <a href="/sok/?q=lediga+jobb">lediga jobb</a></p>
<h2>Nyheter</h2>
<ul class="news-list">{latest}</ul>
<p><a href="{NYH}">Fler nyheter</a></p>''', ptype='StartPage', area=''.join([
        teaser('Förskola', FSK + 'forskola/', 'Ansök om plats, avgifter och förskolor'),
        teaser('Fritidsgårdar och mötesplatser', FG, 'Här kan unga träffas'),
        teaser('Evenemang', EVS, 'Vad händer i Uppsala?'),
        teaser('Jobb och karriär', JOBS, 'Lediga jobb i kommunen')]))

    # ---------------- kommun och politik
    pages[KP] = page(KP, 'Kommun och politik', T_KP, '<p>Så styrs Uppsala kommun, kommunens ekonomi och hur vi arbetar för ett hållbart Uppsala.</p>', ptype='LandingPage',
                     active=KP, area=''.join([
                         teaser('Social hållbarhet', SH, 'Jämlika livsvillkor och trygghet'),
                         teaser('Kommunfullmäktige', KP + 'kommunfullmaktige/', 'Sammanträden, handlingar och protokoll'),
                         teaser('Budget och ekonomi', KP + 'budget-och-ekonomi/', 'Mål och budget, årsredovisning'),
                         teaser('Jobb och karriär', JOBS, 'Arbeta i Uppsala kommun')]))
    pages[SH] = page(SH, 'Social hållbarhet', T_SH, f'''<p>Uppsala kommun arbetar för att alla invånare ska ha goda och jämlika livsvillkor, oavsett var i kommunen de bor. Skillnaderna i hälsa, utbildning och inkomst mellan kommunens stadsdelar är stora.</p>
<p>Arbetet utgår från kommunens program för social hållbarhet och från mål och budget.</p>''', ptype='LandingPage', active=KP, area=''.join([
        teaser('Sociala investeringar', FUND, 'Medel för förebyggande arbete'),
        teaser('Trygghet och brottsförebyggande arbete', SH + 'trygghet/', 'Tillsammans för ett tryggare Uppsala'),
        teaser('Program för social hållbarhet', '/globalassets/kommun-och-politik/styrdokument/program-social-hallbarhet.pdf', 'Styrdokument (pdf)')]))

    # ---------------- fund section
    pages[FUND] = page(FUND, 'Sociala investeringar', T_F, f'''<p>Uppsala kommun har sedan 2019 en fond för sociala investeringar. Kommunfullmäktige har hittills avsatt 120 miljoner kronor till fonden.</p>
<p>En social investering är en tidsbegränsad insats som ska förebygga sociala problem och ge bättre livsvillkor för invånarna. Insatsen ska också kunna minska kommunens kostnader på sikt. Förvaltningar och kommunala bolag kan ansöka om medel tillsammans.</p>
<h2>Så fungerar fonden</h2>
<ul>
<li>Kommunstyrelsen beslutar om medel en gång per år.</li>
<li>Varje insats pågår i högst fyra år.</li>
<li>Den förvaltning som får minskade kostnader betalar tillbaka en del till fonden.</li>
</ul>''', ptype='LandingPage', active=KP, side=fundnav(FUND), printable=True,
        preamble='Fonden för sociala investeringar ger förvaltningarna möjlighet att pröva nya, förebyggande arbetssätt.',
        area=''.join([teaser('Tidiga insatser för barn i Gottsunda', C1, 'Samordnat stöd till småbarnsfamiljer i Gottsunda och Valsätra.'),
                      teaser('Beviljade projekt', LIST, 'Pågående sociala investeringar'),
                      teaser('Ansök om medel', ANS, 'Så går ansökan till')]),
        aside=contact('Karin Wallin', 'Strateg, sociala investeringar', '018-727 14 60', 'karin.wallin@uppsala.se'))

    pages[ANS] = page(ANS, 'Ansök om medel', T_F + [('Ansök om medel', ANS)], f'''<p>Ansökningsomgången för 2026 är öppen till och med den 15 januari 2026.</p>
<h2>Så går det till</h2>
<ol>
<li>Anmäl ert intresse till strategen för sociala investeringar senast den 1 december.</li>
<li>Ni får stöd att ta fram en förändringsteori och en socioekonomisk kalkyl.</li>
<li>Lämna in ansökan med underskrift av förvaltningsdirektörerna.</li>
<li>Beredningsgruppen bedömer ansökningarna i februari och kommunstyrelsen beslutar i april.</li>
</ol>
<h2>Mallar</h2>
<ul>
<li><a href="/contentassets/8a1f4c2e9b7d4e30a6c51f2d9e8b7a60/ansokningsmall-sociala-investeringar-2026.docx">Ansökningsmall 2026 (Word)</a></li>
<li><a href="/contentassets/8a1f4c2e9b7d4e30a6c51f2d9e8b7a60/socioekonomisk-kalkyl.xlsx">Mall för socioekonomisk kalkyl (Excel)</a></li>
</ul>''', active=KP, side=fundnav(ANS), printable=True, preamble='Förvaltningar och kommunala bolag kan ansöka om medel ur fonden för sociala investeringar.')

    pages[KRIT] = page(KRIT, 'Kriterier och villkor', T_F + [('Kriterier och villkor', KRIT)], '''<p>Kriterierna finns i riktlinjerna för sociala investeringar, som kommunfullmäktige antog den 25 november 2019 och reviderade den 13 juni 2023.</p>
<h2>Kriterier</h2>
<ul>
<li>Insatsen ska vara förebyggande och nå en avgränsad målgrupp.</li>
<li>Den ska bygga på kunskap om vad som fungerar.</li>
<li>Minst två förvaltningar eller en förvaltning och ett bolag ska samverka.</li>
<li>Det ska finnas en plan för hur insatsen tas över av ordinarie verksamhet.</li>
</ul>
<h2>Villkor</h2>
<ul>
<li>Medel beviljas för högst fyra år.</li>
<li>Insatsen ska följas upp varje halvår och utvärderas när den är slut.</li>
<li>Hälften av de uppnådda besparingarna betalas tillbaka till fonden under fem år.</li>
</ul>
<p><a href="/globalassets/kommun-och-politik/styrdokument/riktlinjer-sociala-investeringar.pdf">Riktlinjer för sociala investeringar (pdf)</a></p>''',
        active=KP, side=fundnav(KRIT), printable=True, preamble='Det här krävs för att en insats ska kunna få medel ur fonden.')

    facets = ''.join([
        '<fieldset class="filter__group"><legend>Område</legend>',
        '<a class="filter__option" rel="nofollow" href="?omrade=gottsunda">Gottsunda</a>',
        '<a class="filter__option" rel="nofollow" href="?omrade=stenhagen">Stenhagen</a>',
        '<a class="filter__option" rel="nofollow" href="?omrade=granby">Gränby</a>',
        '<a class="filter__option" rel="nofollow" href="?omrade=hela-kommunen">Hela kommunen</a></fieldset>',
        '<fieldset class="filter__group"><legend>Målgrupp</legend>',
        '<a class="filter__option" rel="nofollow" href="?malgrupp=barn">Barn</a>',
        '<a class="filter__option" rel="nofollow" href="?malgrupp=unga">Unga</a>',
        '<a class="filter__option" rel="nofollow" href="?malgrupp=vuxna">Vuxna</a>',
        '<a class="filter__option" rel="nofollow" href="?malgrupp=aldre">Äldre</a></fieldset>',
        '<fieldset class="filter__group"><legend>Status</legend>',
        '<a class="filter__option" rel="nofollow" href="?status=pagaende">Pågående</a>',
        '<a class="filter__option" rel="nofollow" href="?status=avslutade">Avslutade</a></fieldset>'])
    pages[LIST] = page(LIST, 'Beviljade projekt', T_L, f'''<p>Här presenteras ett urval av de tolv sociala investeringar som pågår just nu. Avslutade insatser beskrivs i <a href="{UPP}">årsrapporterna</a>.</p>
<div class="filter" role="search" aria-label="Filtrera projekt">{facets}</div>
<ul class="card-list">
<li class="card"><a class="card__link" href="{C1}"><h2 class="card__heading">Tidiga insatser för barn i Gottsunda</h2><p class="card__meta">Barn · Gottsunda · 2024–2027</p></a></li>
<li class="card"><a class="card__link" href="{C2}"><h2 class="card__heading">Vägen in – språk och praktik i äldreomsorgen</h2><p class="card__meta">Vuxna · Hela kommunen · 2025–2027</p></a></li>
<li class="card"><a class="card__link" href="{DEAD_LIST}"><h2 class="card__heading">Trygg i Gottsunda centrum</h2><p class="card__meta">Unga · Gottsunda · 2025–2028</p></a></li>
<li class="card"><a class="card__link" href="https://www.uppsalahem.se/om-uppsalahem/hallbarhet/grannskap-i-savja/"><h2 class="card__heading">Grannskap i Sävja (Uppsalahem)</h2><p class="card__meta">Alla åldrar · Sävja · 2024–2026</p></a></li>
</ul>''', ptype='ProjectListPage', active=KP, side=fundnav(LIST), preamble='Pågående sociala investeringar i Uppsala kommun.')

    pages[C1] = page(C1, 'Tidiga insatser för barn i Gottsunda', T_L + [('Tidiga insatser för barn i Gottsunda', C1)], '''<p>I Gottsunda och Valsätra får färre barn än i andra delar av Uppsala det stöd de behöver innan de börjar skolan. Projektet samlar förskola, socialtjänst och barnhälsovård kring familjerna från barnets första år.</p>
<h2>Syfte</h2>
<p>Syftet är att fler barn ska vara redo för skolstarten, med en god språkutveckling och trygga relationer, och att färre familjer ska behöva insatser från socialtjänsten senare.</p>
<h2>Vad gör projektet?</h2>
<ul>
<li>Hembesök tillsammans med barnavårdscentralen när barnet är 2, 8 och 15 månader.</li>
<li>Språkförskola med extra personal på två förskolor i Gottsunda.</li>
<li>Föräldraskapsstöd i grupp på flera språk.</li>
</ul>''', ptype='ProjectPage', active=KP, side=fundnav(C1), printable=True,
        preamble='Samordnat stöd till småbarnsfamiljer i Gottsunda och Valsätra.',
        area=factblock('Fakta om projektet', [
            ('Projektperiod', 'augusti 2024 – juli 2027'), ('Beviljade medel', '6 500 000 kronor'),
            ('Projektägare', 'Utbildningsförvaltningen'), ('Samverkanspartner', 'Socialförvaltningen och barnhälsovården i Region Uppsala'),
            ('Målgrupp', 'Barn 0–6 år och deras familjer i Gottsunda och Valsätra'), ('Status', 'Pågående')]),
        aside=contact('Sofia Lindqvist', 'Projektledare', '018-727 31 05', 'sofia.lindqvist@uppsala.se'))

    pages[C2] = page(C2, 'Vägen in – språk och praktik i äldreomsorgen', T_L + [('Vägen in', C2)], '''<p>Vägen in är ett projekt för vuxna som har försörjningsstöd och vill arbeta i äldreomsorgen. Deltagarna läser svenska med inriktning mot vård och omsorg och gör praktik på ett vård- och omsorgsboende eller i hemtjänsten, med en handledare på arbetsplatsen.</p>
<p>Projektet startade i januari 2025 och pågår till december 2027. Det har fått 4 200 000 kronor ur fonden för sociala investeringar. Arbetsmarknadsförvaltningen leder projektet tillsammans med äldreförvaltningen och Uppsala vuxenutbildning.</p>
<h2>Målgrupp</h2>
<p>Vuxna 20–64 år som är födda utomlands, har försörjningsstöd och har läst svenska för invandrare (sfi) i minst ett år. Varje år tar projektet emot 40 deltagare.</p>
<h2>Varför?</h2>
<p>Äldreomsorgen behöver rekrytera omkring 400 nya undersköterskor per år fram till 2030. Samtidigt har många som står långt från arbetsmarknaden erfarenhet av omsorg. Målet är att minst hälften av deltagarna ska ha ett arbete eller studera vidare ett år efter avslutad praktik.</p>''',
        ptype='ProjectPage', active=KP, side=fundnav(C2), printable=True, preamble='Svenska och praktik som väg till jobb i äldreomsorgen.',
        aside=contact('Erik Johansson', 'Projektledare', '018-727 48 92', 'erik.johansson@uppsala.se'))

    pages[C5] = page(C5, 'Språkstöd i förskolan i Sävja', T_L + [('Språkstöd i förskolan i Sävja', C5)], '''<p><strong>Projektet är avslutat.</strong></p>
<p>Språkstöd i förskolan i Sävja pågick från januari 2021 till december 2023 och finansierades med 2 800 000 kronor ur fonden för sociala investeringar. Utbildningsförvaltningen drev projektet tillsammans med Uppsala universitet, institutionen för pedagogik, didaktik och utbildningsstudier.</p>
<h2>Vad gjorde projektet?</h2>
<p>Två språkpedagoger arbetade på de fyra förskolorna i Sävja. De handledde personalen i språkutvecklande arbetssätt och arbetade i små grupper med barn som hade svenska som andraspråk. Målgruppen var barn 3–5 år.</p>
<h2>Resultat</h2>
<p>Andelen barn som nådde förväntad nivå i språkscreeningen vid fem års ålder ökade från 58 till 74 procent. Arbetssättet finns nu kvar i förskolornas ordinarie verksamhet och sprids till Gottsunda och Stenhagen.</p>
<p><a href="/globalassets/kommun-och-politik/sociala-investeringar/slutrapport-sprakstod-savja.pdf">Slutrapport (pdf)</a></p>''',
        ptype='ProjectPage', active=KP, side=fundnav(C5), updated='2024-03-12', preamble='Språkpedagoger i förskolorna i Sävja 2021–2023.')

    pages[UPP] = page(UPP, 'Uppföljning och utvärdering', T_U, f'''<p>Alla sociala investeringar följs upp varje halvår. Varje år sammanställer kommunledningskontoret en årsrapport till kommunstyrelsen. När en insats är avslutad utvärderas den, ofta av en extern utvärderare.</p>
<h2>Årsrapporter</h2>
<ul>
<li><a href="{AR24}">Årsrapport 2024</a></li>
<li><a href="{AR23}">Årsrapport 2023</a></li>
<li><a href="{AR22}">Årsrapport 2022</a></li>
</ul>
<h2>Socioekonomiska analyser</h2>
<p>Vi använder socioekonomiska analyser för att beräkna vad en insats kostar och vad den kan spara, för individen, kommunen och samhället.</p>''',
        active=KP, side=fundnav(UPP), preamble='Så följer vi upp och utvärderar de sociala investeringarna.')

    pages[AR24] = page(AR24, 'Årsrapport 2024', T_U + [('Årsrapport 2024', AR24)], f'''<p>Under 2024 pågick nio sociala investeringar. Tre nya beviljades och två avslutades.</p>
<h2>Pågående under 2024</h2>
<div class="table-wrapper"><table class="table">
<thead><tr><th>Namn</th><th>Period</th><th>Beviljade medel</th><th>Kommentar</th></tr></thead>
<tbody>
<tr><td><a href="{C1}">Tidiga insatser för barn i Gottsunda</a></td><td>2024–2027</td><td>6 500 000 kr</td><td>Startade i augusti. 48 familjer har fått hembesök.</td></tr>
<tr><td>Boendestödsteamet</td><td>2024–2027</td><td>5 100 000 kr</td><td>Startade i april. 31 hushåll.</td></tr>
<tr><td>Hälsolotsar i Gottsunda</td><td>2022–2025</td><td>3 900 000 kr</td><td>Enligt plan.</td></tr>
<tr><td>Fritid för alla</td><td>2023–2026</td><td>2 600 000 kr</td><td>Enligt plan.</td></tr>
</tbody></table></div>
<h2>Ekonomi</h2>
<p>Fonden hade vid årets slut 41,3 miljoner kronor kvar att fördela. Under året betalades 1,8 miljoner kronor tillbaka.</p>
<p><a href="/globalassets/kommun-och-politik/sociala-investeringar/arsrapport-sociala-investeringar-2024.pdf">Hela årsrapporten (pdf)</a></p>''',
        active=KP, side=fundnav(AR24), preamble='Sammanfattning av årsrapporten om sociala investeringar för 2024.', updated='2025-03-20')

    pages[AR23] = page(AR23, 'Årsrapport 2023', T_U + [('Årsrapport 2023', AR23)], f'''<p>Under 2023 pågick åtta sociala investeringar. Två avslutades under året och har utvärderats.</p>
<h2>Avslutade under 2023</h2>
<div class="table-wrapper"><table class="table">
<thead><tr><th>Namn</th><th>Period</th><th>Beviljade medel</th><th>Resultat</th></tr></thead>
<tbody>
<tr><td><a href="{C5}">Språkstöd i förskolan i Sävja</a></td><td>2021–2023</td><td>2 800 000 kr</td><td>Fler barn når förväntad språknivå. Arbetssättet har implementerats.</td></tr>
<tr><td><a href="{DEAD_AR}">Mötesplats Stenhagen</a></td><td>2020–2023</td><td>3 400 000 kr</td><td>Mötesplatsen drivs vidare av en förening.</td></tr>
</tbody></table></div>
<h2>Ekonomi</h2>
<p>Fonden hade vid årets slut 52,6 miljoner kronor kvar att fördela.</p>
<p><a href="/globalassets/kommun-och-politik/sociala-investeringar/arsrapport-sociala-investeringar-2023.pdf">Hela årsrapporten (pdf)</a></p>''',
        active=KP, side=fundnav(AR23), preamble='Sammanfattning av årsrapporten om sociala investeringar för 2023.', updated='2024-03-28')

    # ---------------- omsorg och stöd
    pages[OS] = page(OS, 'Omsorg och stöd', [('Omsorg och stöd', OS)], '<p>Stöd och omsorg för dig i alla åldrar.</p>', ptype='LandingPage', active=OS, area=''.join([
        teaser('Stöd i boendet', BO, 'När du behöver hjälp med ditt boende'),
        teaser('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/', 'Försörjningsstöd och skuldrådgivning'),
        teaser('Äldreomsorg', OS + 'aldreomsorg/', 'Hemtjänst, boende och träffpunkter'),
        teaser('Barn och familj', OS + 'barn-och-familj/', 'Stöd till barn, unga och föräldrar')]))
    pages[BO] = page(BO, 'Stöd i boendet', [('Omsorg och stöd', OS), ('Stöd i boendet', BO)], f'''<p>Socialtjänsten kan ge stöd om du har svårt att klara ditt boende, till exempel om du har hyresskulder, har fått en uppsägning eller saknar bostad.</p>
<h2>Om du har svårt att betala hyran</h2>
<p>Kontakta din hyresvärd så tidigt som möjligt. Du kan också få hjälp av kommunens budget- och skuldrådgivning att göra en plan för din ekonomi.</p>
<h2>Om du saknar bostad</h2>
<p>Kommunen har inget ansvar att ordna bostad åt alla, men kan i vissa fall hjälpa till med tillfälligt boende. Kontakta socialtjänstens mottagning.</p>
<h2>Boendestöd</h2>
<p>Om du har en funktionsnedsättning eller psykisk ohälsa kan du ansöka om boendestöd enligt socialtjänstlagen.</p>''',
        active=OS, side=subnav(('Omsorg och stöd', OS), [('Stöd i boendet', BO), ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/'), ('Äldreomsorg', OS + 'aldreomsorg/'), ('Barn och familj', OS + 'barn-och-familj/')], BO),
        preamble='Här får du veta vilket stöd du kan få om du har svårt att klara ditt boende.',
        aside=linklist('Relaterat', [('Budget- och skuldrådgivning', OS + 'ekonomiskt-bistand/budget-och-skuldradgivning/'),
                                     ('Kronofogden: Vräkning och avhysning', 'https://kronofogden.se/avhysning')], related=True))

    pages[C3] = page(C3, 'Boendestödsteamet', [('Omsorg och stöd', OS), ('Stöd i boendet', BO), ('Boendestödsteamet', C3)], '''<p>Boendestödsteamet hjälper hushåll som riskerar att förlora sin bostad på grund av obetalda hyror eller störningar. Teamet består av tre socialsekreterare och en budget- och skuldrådgivare.</p>
<h2>Hur går det till?</h2>
<p>När hyran är en månad sen kontaktar hyresvärden teamet, om du har gett ditt samtycke i hyresavtalet. Teamet hör av sig till dig inom en vecka och erbjuder ett hembesök. Tillsammans går ni igenom ekonomin, gör en betalningsplan och ser vilket stöd du har rätt till.</p>
<h2>Vem kan få hjälp?</h2>
<p>Hushåll som hyr sin bostad av Uppsalahem, Rikshem eller Heimstaden i Uppsala kommun. Barnfamiljer prioriteras.</p>
<h2>Finansiering</h2>
<p>Teamet startade i april 2024 och finansieras till och med mars 2027 med 5 100 000 kronor ur kommunens sociala investeringsfond. Socialförvaltningen ansvarar för verksamheten i samarbete med Uppsalahem, Rikshem och Heimstaden. Målet är att halvera antalet avhysningar av barnfamiljer.</p>''',
        active=OS, side=subnav(('Omsorg och stöd', OS), [('Stöd i boendet', BO), ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/'), ('Äldreomsorg', OS + 'aldreomsorg/'), ('Barn och familj', OS + 'barn-och-familj/')], C3),
        preamble='Stöd till hushåll som riskerar att förlora sin bostad.', updated='2025-10-15',
        aside=contact('Boendestödsteamet', 'Socialförvaltningen', '018-727 60 40', 'boendestodsteamet@uppsala.se'))

    # ---------------- kultur och fritid
    KF_ITEMS = [('Fritidsgårdar och mötesplatser', FG), ('Föreningsstöd', FS), ('Bibliotek', KF + 'bibliotek/'), ('Bad och idrott', KF + 'bad-och-idrott/')]
    pages[KF] = page(KF, 'Kultur och fritid', [('Kultur och fritid', KF)], '<p>Bibliotek, bad, idrott, kultur och fritidsgårdar i Uppsala.</p>', ptype='LandingPage', active=KF,
                     area=''.join(teaser(t, h, '') for t, h in KF_ITEMS))
    pages[FG] = page(FG, 'Fritidsgårdar och mötesplatser', [('Kultur och fritid', KF), ('Fritidsgårdar och mötesplatser', FG)], '''<p>Kommunens fritidsgårdar är öppna för dig som är 10–17 år. Det finns fritidsgårdar i de flesta stadsdelar och i flera av kransorterna.</p>
<h2>Fritidsgårdar i staden</h2>
<ul>
<li>Gottsunda fritidsgård – måndag–fredag kl. 15–21</li>
<li>Gränby fritidsgård – måndag–torsdag kl. 15–21</li>
<li>Stenhagens fritidsgård – tisdag–lördag kl. 15–22</li>
<li>Sävja fritidsgård – måndag–fredag kl. 14–20</li>
</ul>
<p>Under skollov är öppettiderna annorlunda. Se respektive fritidsgårds sida.</p>''',
        active=KF, side=subnav(('Kultur och fritid', KF), KF_ITEMS, FG), preamble='Mötesplatser för barn och unga i hela kommunen.',
        aside=linklist('Relaterat', [('Rörelsekompisar i Gränby', C4), ('Lovaktiviteter', KF + 'lovaktiviteter/'), ('UMO – ungdomsmottagning på nätet', 'https://www.umo.se/')], related=True))

    pages[C4] = page(C4, 'Rörelsekompisar i Gränby', [('Kultur och fritid', KF), ('Fritidsgårdar och mötesplatser', FG), ('Rörelsekompisar i Gränby', C4)], '''<p>Rörelsekompisar ger barn i Gränby och Kvarngärdet möjlighet att röra på sig varje dag efter skolan. Unga ledare från IK Sirius och fritidsgården leder lekar, bollspel och dans på skolgården och i Gränby sporthall måndag till torsdag kl. 14–16.</p>
<p>Aktiviteterna är gratis och kräver ingen anmälan. Barnen behöver inte vara med i någon förening.</p>
<h2>Om satsningen</h2>
<p><strong>Period:</strong> augusti 2025 – juni 2028<br>
<strong>Finansiering:</strong> 3 300 000 kronor ur den sociala investeringsfonden<br>
<strong>Ansvarig:</strong> Kulturförvaltningen, fritidsavdelningen<br>
<strong>Samverkan:</strong> IK Sirius, Gränbyskolan och Upplandsidrotten<br>
<strong>Målgrupp:</strong> Barn 7–12 år i Gränby och Kvarngärdet</p>
<p>Syftet är att fler barn ska vara fysiskt aktiva minst en timme om dagen och att fler ska hitta till föreningslivet. De unga ledarna får samtidigt sitt första extrajobb.</p>''',
        active=KF, side=subnav(('Kultur och fritid', KF), KF_ITEMS, C4), preamble='Lek och rörelse efter skolan för barn i Gränby.', updated='2025-08-26')

    pages[FS] = page(FS, 'Föreningsstöd', [('Kultur och fritid', KF), ('Föreningsstöd', FS)], f'''<p>Uppsala kommun ger stöd till föreningar som bedriver verksamhet för invånarna. Stödet söks i föreningsportalen.</p>
<h2>Bidrag att söka</h2>
<ul>
<li><strong>Verksamhetsstöd</strong> för barn- och ungdomsföreningar, söks senast 15 mars.</li>
<li><strong>Lokalstöd</strong> för föreningar med egna lokaler, söks senast 1 oktober.</li>
<li><strong>Arrangemangsstöd</strong> för öppna arrangemang, söks löpande.</li>
</ul>
<h2>Idéburet offentligt partnerskap och sociala investeringar</h2>
<p>Föreningar kan inte själva ansöka om medel ur kommunens fond för sociala investeringar, men de kan vara partner när en förvaltning ansöker. Flera föreningar är i dag med i sådana insatser, till exempel inom idrott och läxhjälp. Kontakta strategen för sociala investeringar om ni vill veta mer.</p>
<p><a href="{FUND}">Om sociala investeringar</a></p>''',
        active=KF, side=subnav(('Kultur och fritid', KF), KF_ITEMS, FS), preamble='Bidrag och stöd till föreningar i Uppsala kommun.',
        aside=linklist('Relaterat', [('Föreningsportalen', 'https://foreningsportalen.uppsala.se/')], related=True))

    pages[FSK] = page(FSK, 'Förskola och skola', [('Förskola och skola', FSK)], '<p>Förskola, grundskola, gymnasieskola och vuxenutbildning i Uppsala kommun.</p>', ptype='LandingPage', active=FSK, area=''.join([
        teaser('Förskola', FSK + 'forskola/', 'Ansök om plats'), teaser('Grundskola', FSK + 'grundskola/', 'Skolval och skolor'),
        teaser('Gymnasieskola', FSK + 'gymnasieskola/', 'Program och antagning'), teaser('Skolmat', FSK + 'skolmat/', 'Veckans meny')]))

    # ---------------- news
    items = ''.join(f'''<li class="news-list__item"><article class="news-teaser"><time class="news-teaser__date" datetime="{n[1]}">{n[2]}</time>
<h2 class="news-teaser__heading"><a href="{n[0]}">{n[3]}</a></h2><p class="news-teaser__text">{n[4]}</p></article></li>''' for n in NEWS)
    pages[NYH] = page(NYH, 'Nyheter', [('Nyheter', NYH)], f'<ul class="news-list">{items}</ul>', ptype='NewsListPage', preamble='Nyheter från Uppsala kommun.')
    for n in NEWS:
        pages[n[0]] = news_page(n)

    # ---------------- events
    pages[EVS] = page(EVS, 'Evenemang', [('Evenemang', EVS)], f'''<p class="event-calendar-links">Visa som kalender: <a href="{CAL}">november 2025</a> · <a href="{CAL2}" rel="nofollow">december 2025 ›</a></p>
<ul class="event-list">
<li class="event-list__item"><time datetime="2025-11-20">20 november 2025</time> <a href="{EV}">Sociala investeringar i praktiken – halvdagskonferens</a></li>
<li class="event-list__item"><time datetime="2025-11-29">29 november 2025</time> <a href="https://destinationuppsala.se/evenemang/julmarknad-pa-stora-torget/">Julmarknad på Stora torget</a></li>
<li class="event-list__item"><time datetime="2025-12-13">13 december 2025</time> Invigning av Gottsunda simhall</li>
</ul>''', ptype='EventListPage', preamble='Evenemang som Uppsala kommun arrangerar.')
    pages[EV] = page(EV, 'Sociala investeringar i praktiken – halvdagskonferens', [('Evenemang', EVS), ('Sociala investeringar i praktiken', EV)], f'''<dl class="event-facts">
<dt>Datum</dt><dd>Torsdag 20 november 2025</dd>
<dt>Tid</dt><dd>13.00–16.30</dd>
<dt>Plats</dt><dd>Uppsala konsert och kongress, sal C</dd>
<dt>Kostnad</dt><dd>Kostnadsfritt</dd>
</dl>
<p>Hur går det till att pröva nya arbetssätt med medel ur en fond för sociala investeringar – och vad händer när pengarna tar slut? Under eftermiddagen berättar projektledare och chefer om sina erfarenheter, och forskare från Uppsala universitet presenterar en studie om hur insatser blir ordinarie verksamhet.</p>
<p>Konferensen vänder sig till medarbetare och chefer i Uppsala kommun och i länets kommuner, och till idéburna organisationer.</p>
<p>Anmäl dig senast 10 november via <a href="https://uppsala.trippus.net/sociala-investeringar-2025">anmälningsformuläret</a>.</p>
<p><a href="{FUND}">Läs om sociala investeringar i Uppsala kommun</a></p>''', ptype='EventPage', preamble='En eftermiddag om vad sociala investeringar ger – och vad som krävs för att de ska leva vidare.')

    # ---------------- jobs
    pages[JOBS] = page(JOBS, 'Jobb och karriär', [('Jobb och karriär', JOBS)], f'''<p>Uppsala kommun är en av Upplands största arbetsgivare med omkring 14 000 medarbetare.</p>
<h2>Utvalda lediga jobb</h2>
<ul>
<li><a href="{JOB}">Controller med inriktning sociala investeringar</a>, kommunledningskontoret – sista ansökningsdag 28 november 2025</li>
<li><a href="https://uppsala.varbi.com/what:job/jobID:815530/">Specialpedagog till förskolan i Gottsunda</a> – sista ansökningsdag 21 november 2025</li>
</ul>
<p><a href="https://uppsala.varbi.com/">Se alla lediga jobb hos Uppsala kommun</a></p>''', ptype='LandingPage', preamble='Jobba hos oss och gör skillnad för Uppsalaborna.')
    pages[JOB] = page(JOB, 'Controller med inriktning sociala investeringar', [('Jobb och karriär', JOBS), ('Controller med inriktning sociala investeringar', JOB)], '''<p><strong>Kommunledningskontoret, ekonomiavdelningen</strong></p>
<h2>Arbetsuppgifter</h2>
<p>Du ansvarar för den ekonomiska uppföljningen av kommunens fond för sociala investeringar. Du tar fram socioekonomiska kalkyler tillsammans med förvaltningarna, följer upp utfall och återbetalningar och skriver den ekonomiska delen av årsrapporten. Du kommer bland annat att arbeta nära Tidiga insatser för barn i Gottsunda och Boendestödsteamet.</p>
<h2>Kvalifikationer</h2>
<p>Du har en akademisk examen i ekonomi eller nationalekonomi och minst tre års erfarenhet av ekonomiskt analysarbete, gärna i offentlig sektor.</p>
<p><strong>Anställningsform:</strong> Tillsvidareanställning, heltid<br><strong>Sista ansökningsdag:</strong> 28 november 2025<br><strong>Referensnummer:</strong> KLK 2025/412</p>
<p><a href="https://uppsala.varbi.com/what:job/jobID:815611/">Ansök via Varbi</a></p>''', ptype='JobPage', preamble='Vill du räkna på vad förebyggande arbete ger? Vi söker en controller till kommunledningskontoret.')

    for p, text in pages.items():
        write(H, p, text)

    smap = ['/', KP, SH, FUND, ANS, KRIT, LIST, C1, C2, UPP, AR24, OS, BO, KF, FG, FS, FSK, NYH, EVS, JOBS]
    write(H, '/sitemap.xml', sitemap(H, smap))
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /episerver/
Disallow: /EPiServer/
Disallow: /Util/
Disallow: /util/
Disallow: /api/
Disallow: /sok/
Disallow: /evenemang/kalender/
Disallow: /*?print=
Disallow: /*?omrade=
Disallow: /*?malgrupp=
Disallow: /*?status=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, smap


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemap')
