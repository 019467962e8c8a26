"""Region Gotland (0980; länskod 09; a region that is also the municipality, about 61 000 inhabitants) on Optimizely
CMS 12 – generator for heldout_sites28.

Optimizely (ASP.NET Core) with friendly URLs that END IN '/' (saved as <path>/index.html), root-relative links, a
custom design system (gtl-*), content areas of blocks (teaserblock, factboxblock, linklistblock), and NO SIDE MENU:
below the top menu the only navigation is the breadcrumb trail and the blocks each page's editor placed. The fund's
pages sit FIVE MENU LEVELS DOWN, Regional utveckling › Folkhälsa › Social hållbarhet › Sociala investeringar ›
Beviljade, and the project pages are children of 'Beviljade' (level 6). Every project page has a 'Relaterade sidor'
box (an <aside> linklistblock). The finished project G5 was moved under the CONTAINER page 'Avslutade' (a page type
without a template, so /…/sociala-investeringar/avslutade/ answers 404 and the breadcrumb shows it as text): it is
on no list, in no sitemap, and reached ONLY through the 'Relaterade sidor' boxes of G1 and of an untopical health page
('Psykisk hälsa hos barn och unga' under Vård och hälsa).

The sitemap is STALE: Geta's sitemap job last ran in November 2023, before the site moved its public-health pages from
/halsa-och-omsorg/folkhalsa/ to /regional-utveckling/folkhalsa/ (spring 2024). It lists the old fund and project
addresses (404 now; a live site would answer 301, the replay answers 404) and none of the new ones.
"""
from make_common import write, urlset, hexid, numid, guid, esc

H = 'www.gotland.se'

RU = '/regional-utveckling/'
FH = RU + 'folkhalsa/'
SH = FH + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringar/'
BEV = FUND + 'beviljade/'
ANS = FUND + 'ansok-om-medel/'
KRIT = FUND + 'kriterier-och-villkor/'
UTV = FUND + 'utvardering-2018-2024/'
AVSL = FUND + 'avslutade/'                      # a container page: no template, no URL of its own (404)
G1 = BEV + 'utokade-hembesok-i-hemse/'
G2 = BEV + 'ungdomslyftet-visby/'
G3 = BEV + 'tillsammans-i-skolan-norra-gotland/'
G4 = BEV + 'gemenskap-pa-faro/'
G5 = AVSL + 'ung-halsa-pa-gotland/'
PROJECTS = [G1, G2, G3, G4, G5]
FDATA = FH + 'folkhalsodata/'
RUS = RU + 'regional-utvecklingsstrategi/'
TRYGG = SH + 'trygghet-och-brottsforebyggande-arbete/'
VH = '/vard-och-halsa/'
BU = VH + 'barn-och-unga/'
PSY = BU + 'psykisk-halsa-hos-barn-och-unga/'
SERVICE = VH + 'halsolotsar/'                   # standing service that began as a social investment
NYH = '/nyheter/'
N_FUND = NYH + 'regionfullmaktige-avsatter-10-miljoner-till-sociala-investeringar/'
N_G2 = NYH + 'ungdomslyftet-har-hjalpt-40-unga-till-jobb-eller-studier/'
N_FARJA = NYH + 'nya-turlistor-for-faro-farjan/'
N_LAS = NYH + 'nya-besokstider-pa-visby-lasarett/'
EVS = '/evenemang/'
EV = EVS + 'dialogtraff-sociala-investeringar-pa-gotland/'
KAL = EVS + 'kalender/'
KAL_Q = '?datum=2026-02-05'
JOBS = '/jobb-och-karriar/lediga-jobb/'
JOB = JOBS + 'processledare-sociala-investeringar/'
KONTAKT = '/kontakta-oss/'
OMW = '/om-webbplatsen/'
KAKOR = OMW + 'kakor/'
TILLG = OMW + 'tillganglighetsredogorelse/'
EN = '/en/'

SEARCH = '/sok/'
SEARCHES = ['?q=f%C3%A4rjan', '?q=bygglov', '?q=lediga+jobb']
LOGIN = '/episerver/cms/'
PDF_PAGES = [FUND, BEV, G1, G2, G3, G4]
SUB_PAGES = [FUND, BEV]


def pid(path):
    return numid('gtl' + path, 4000, 9000)


def pdf(path):
    return f'/pdf/?pageId={pid(path)}&lang=sv'


def sub(path):
    return f'/api/pagesubscription/subscribe?pageId={pid(path)}'


def forbidden():
    return ([SEARCH] + [SEARCH + q for q in SEARCHES] + [LOGIN] + [pdf(p) for p in PDF_PAGES]
            + [sub(p) for p in SUB_PAGES] + [KAL, KAL + KAL_Q])


ASSET = '/dist'
VER = hexid('gtl-build', 10)
MENU = [('Vård och hälsa', VH), ('Utbildning och barnomsorg', '/utbildning-och-barnomsorg/'),
        ('Omsorg och stöd', '/omsorg-och-stod/'), ('Kultur och fritid', '/kultur-och-fritid/'),
        ('Regional utveckling', RU), ('Politik och påverkan', '/politik-och-paverkan/')]


def header(active):
    lis = []
    for name, href in MENU:
        cur = ' aria-current="true"' if href == active else ''
        lis.append(f'<li class="gtl-mainnav__item"><a class="gtl-mainnav__link" href="{href}"{cur}>{name}</a></li>')
    return f'''<header class="gtl-header">
  <a class="gtl-skiplink" href="#main">Gå till innehåll</a>
  <div class="gtl-header__top">
    <a class="gtl-header__logo" href="/"><img src="{ASSET}/img/region-gotland-logo.svg" alt="Region Gotland" width="180" height="56"></a>
    <ul class="gtl-tools">
      <li><a class="gtl-tools__listen" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=5117&amp;lang=sv_se&amp;readid=main&amp;url=">Lyssna</a></li>
      <li><a href="/lattlast/">Lättläst</a></li>
      <li><a href="{EN}" lang="en" hreflang="en">In English</a></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
    <form class="gtl-search" action="{SEARCH}" method="get" role="search">
      <label class="visually-hidden" for="q">Sök på gotland.se</label>
      <input type="search" id="q" name="q" placeholder="Sök på gotland.se" autocomplete="off">
      <button type="submit" class="gtl-button">Sök</button>
    </form>
  </div>
  <nav class="gtl-mainnav" aria-label="Huvudmeny">
    <ul class="gtl-mainnav__list">{''.join(lis)}</ul>
  </nav>
</header>'''


def footer():
    return f'''<footer class="gtl-footer">
  <div class="gtl-footer__cols">
    <div class="gtl-footer__col">
      <h2 class="gtl-footer__heading">Region Gotland</h2>
      <p>621 81 Visby<br>Besöksadress: Visborgsallén 19<br>Telefon: 0498-26 90 00<br><a href="mailto:registrator@gotland.se">registrator@gotland.se</a></p>
    </div>
    <div class="gtl-footer__col">
      <h2 class="gtl-footer__heading">Genvägar</h2>
      <ul>
        <li><a href="{NYH}">Nyheter</a></li>
        <li><a href="{EVS}">Evenemang</a></li>
        <li><a href="{JOBS}">Lediga jobb</a></li>
        <li><a href="{KONTAKT}">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="gtl-footer__col">
      <h2 class="gtl-footer__heading">Om webbplatsen</h2>
      <ul>
        <li><a href="{OMW}">Om webbplatsen</a></li>
        <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="{LOGIN}" rel="nofollow">Logga in</a></li>
      </ul>
    </div>
    <div class="gtl-footer__col">
      <h2 class="gtl-footer__heading">Följ oss</h2>
      <ul>
        <li><a href="https://www.facebook.com/regiongotland">Facebook</a></li>
        <li><a href="https://www.instagram.com/regiongotland/">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/region-gotland/">LinkedIn</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="gtl-breadcrumbs__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Startsida</span></a><meta itemprop="position" content="1"></li>']
    for i, (name, href) in enumerate(trail[:-1], 2):
        if href:
            lis.append(f'<li class="gtl-breadcrumbs__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{href}"><span itemprop="name">{name}</span></a><meta itemprop="position" content="{i}"></li>')
        else:
            lis.append(f'<li class="gtl-breadcrumbs__item gtl-breadcrumbs__item--nolink"><span>{name}</span></li>')
    lis.append(f'<li class="gtl-breadcrumbs__item" aria-current="page"><span>{trail[-1][0]}</span></li>')
    return f'''<nav class="gtl-breadcrumbs" aria-label="Du är här">
    <ol class="gtl-breadcrumbs__list" itemscope itemtype="https://schema.org/BreadcrumbList">
      {''.join(lis)}
    </ol>
  </nav>'''


def pagetools(path, subscribe=False):
    s = f'\n      <li><a href="{sub(path)}" rel="nofollow">Bevaka sidan</a></li>' if subscribe else ''
    return f'''<ul class="gtl-pagetools">
      <li><a href="{esc(pdf(path))}" rel="nofollow">Spara som PDF</a></li>{s}
      <li><a href="https://www.facebook.com/sharer/sharer.php?u=https://{H}{path}" rel="nofollow">Dela</a></li>
    </ul>'''


def related(items, title='Relaterade sidor'):
    lis = ''.join(f'\n          <li class="gtl-linklist__item"><a href="{h}">{t}</a></li>' for t, h in items)
    return f'''<aside class="block linklistblock gtl-related" aria-labelledby="rel-{hexid(title + str(items), 6)}">
      <h2 class="gtl-related__heading" id="rel-{hexid(title + str(items), 6)}">{title}</h2>
      <ul class="gtl-linklist">{lis}
      </ul>
    </aside>'''


def teaser(title, href, text):
    return f'''        <div class="block teaserblock gtl-col-12 gtl-col-md-6">
          <a class="gtl-teaser" href="{href}">
            <h2 class="gtl-teaser__heading">{title}</h2>
            <p class="gtl-teaser__text">{text}</p>
          </a>
        </div>'''


def contentarea(blocks):
    return f'''<div class="gtl-contentarea gtl-row">
{chr(10).join(blocks)}
      </div>'''


def updated(date):
    return f'<p class="gtl-updated">Sidan uppdaterades <time datetime="{date}">{date}</time></p>'


def contact(name, role, phone, mail):
    return f'''<div class="block contactblock gtl-contact">
        <h2 class="gtl-contact__heading">Kontakt</h2>
        <p><strong>{name}</strong><br>{role}<br>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
      </div>'''


def page(path, title, preamble, body, trail=None, active=None, blocks='', aside='', ptype='StandardPage',
         tools=True, subscribe=False, date='2025-10-15', lang_en=None, desc=''):
    alt = f'\n<link rel="alternate" hreflang="en" href="https://{H}{lang_en}">' if lang_en else ''
    pre = f'\n      <div class="gtl-preamble"><p>{preamble}</p></div>' if preamble else ''
    tl = pagetools(path, subscribe) if tools else ''
    asd = f'\n    <div class="gtl-article__aside">\n    {aside}\n    </div>' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Region Gotland</title>
<meta name="description" content="{esc(desc or preamble or title)}">
<link rel="canonical" href="https://{H}{path}">
<link rel="alternate" hreflang="sv" href="https://{H}{path}">{alt}
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:image" content="https://{H}/globalassets/bilder/delning/region-gotland-dela.jpg">
<link rel="stylesheet" href="{ASSET}/css/main.css?v={VER}">
<link rel="icon" href="/favicon.ico">
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageId": "{pid(path)}", "pageType": "{ptype}", "contentGuid": "{guid('gtl' + path)}", "language": "sv"}});</script>
</head>
<body class="gtl-page gtl-page--{ptype.lower()}">
{header(active)}
<div class="gtl-container">
  {crumbs(trail) if trail else ''}
  <main id="main" class="gtl-main">
    <article class="gtl-article">
      <h1 class="gtl-article__heading">{title}</h1>{pre}
      {tl}
      <div class="gtl-article__body">
{body}
      </div>
      {blocks}
      {updated(date)}
    </article>{asd}
  </main>
</div>
{footer()}
<div class="gtl-cookie" id="cookie-consent" hidden>
  <p>Region Gotland använder kakor för att webbplatsen ska fungera och för att förbättra den. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button type="button" class="gtl-button">Godkänn alla</button> <button type="button" class="gtl-button gtl-button--secondary">Endast nödvändiga</button>
</div>
<script src="{ASSET}/js/main.js?v={VER}" defer></script>
</body>
</html>
'''


L1 = ('Regional utveckling', RU)
L2 = ('Folkhälsa', FH)
L3 = ('Social hållbarhet', SH)
L4 = ('Sociala investeringar', FUND)
L5 = ('Beviljade', BEV)


# --------------------------------------------------------------------------------------------- levels 1–5
def regional_utveckling():
    body = '''        <p>Region Gotland har det regionala utvecklingsansvaret på Gotland. Det innebär att vi tillsammans med näringsliv, föreningar och statliga myndigheter arbetar för att Gotland ska vara en attraktiv plats att bo, leva och verka på.</p>'''
    blocks = contentarea([
        teaser('Regional utvecklingsstrategi', RUS, 'Vårt Gotland 2040 – den gemensamma strategin för Gotlands utveckling.'),
        teaser('Näringsliv och innovation', RU + 'naringsliv-och-innovation/', 'Stöd till företag, innovation och entreprenörskap.'),
        teaser('Kompetensförsörjning', RU + 'kompetensforsorjning/', 'Så arbetar vi för att arbetsgivare ska hitta rätt kompetens.'),
        teaser('Folkhälsa', FH, 'Förutsättningar för en god och jämlik hälsa för alla gotlänningar.'),
        teaser('EU-program och projektstöd', RU + 'eu-program-och-projektstod/', 'Regionala utvecklingsmedel och EU:s program.'),
    ])
    return page(RU, 'Regional utveckling', 'Tillsammans utvecklar vi Gotland.', body, [L1], RU, blocks, ptype='LandingPage', tools=False)


def folkhalsa():
    body = '''        <p>Folkhälsoarbetet handlar om att skapa förutsättningar för en god och jämlik hälsa. Hälsan påverkas av var vi bor, vilken utbildning vi har, om vi arbetar och av våra levnadsvanor.</p>'''
    blocks = contentarea([
        teaser('Folkhälsodata', FDATA, 'Statistik om gotlänningarnas hälsa och livsvillkor.'),
        teaser('Alkohol, narkotika, dopning och tobak', FH + 'andt/', 'Det förebyggande arbetet mot ANDT.'),
        teaser('Social hållbarhet', SH, 'Jämlik hälsa, trygghet och sociala investeringar.'),
        teaser('Fysisk aktivitet och matvanor', FH + 'fysisk-aktivitet-och-matvanor/', 'Stöd för hälsosamma levnadsvanor.'),
    ])
    return page(FH, 'Folkhälsa', 'Region Gotland arbetar för en god och jämlik hälsa i hela befolkningen.', body, [L1, L2], RU, blocks,
                ptype='LandingPage', tools=False)


def social_hallbarhet():
    body = '''        <p>Ett socialt hållbart Gotland är ett samhälle där alla har goda livsvillkor, känner tillit och kan vara delaktiga. Regionfullmäktige antog 2022 ett program för social hållbarhet som pekar ut vad Region Gotland ska prioritera fram till 2030.</p>'''
    blocks = contentarea([
        teaser('Sociala investeringar', FUND, 'Medel för förebyggande arbete som ger bättre livsvillkor och lägre kostnader på sikt.'),
        teaser('Jämlik hälsa', SH + 'jamlik-halsa/', 'Så minskar vi skillnaderna i hälsa.'),
        teaser('Barnets rättigheter', SH + 'barnets-rattigheter/', 'Barnkonventionen i Region Gotlands arbete.'),
        teaser('Trygghet och brottsförebyggande arbete', TRYGG, 'Samverkan för ett tryggare Gotland.'),
    ])
    return page(SH, 'Social hållbarhet', 'Goda livsvillkor, tillit och delaktighet för alla som bor på Gotland.', body, [L1, L2, L3], RU,
                blocks, ptype='LandingPage', tools=False)


def fund():
    body = f'''        <h2>Vad är sociala investeringar?</h2>
        <p>En social investering är ett förebyggande arbete som prövas under en begränsad tid och som förväntas ge bättre livsvillkor för dem som berörs och lägre kostnader för samhället längre fram. Region Gotland har avsatt medel för sociala investeringar sedan 2018.</p>
        <h2>Så fungerar det</h2>
        <p>Förvaltningarna inom Region Gotland kan ansöka om medel, ofta tillsammans med civilsamhället eller statliga myndigheter. Regionstyrelsen beslutar om medel en gång om året efter beredning i en arbetsgrupp. En satsning kan få medel i högst tre år och ska följas upp med en socioekonomisk analys.</p>
        <h2>Medlen i siffror</h2>
        <ul>
          <li>Avsatt sedan 2018: 34 000 000 kronor</li>
          <li>Antal satsningar som fått medel: 14</li>
          <li>Att fördela 2026: 10 000 000 kronor</li>
        </ul>'''
    blocks = contentarea([
        teaser('Beviljade', BEV, 'De satsningar som har fått sociala investeringsmedel.'),
        teaser('Ansök om medel', ANS, 'Vem kan söka, när och hur?'),
        teaser('Kriterier och villkor', KRIT, 'De villkor som regionfullmäktige har beslutat.'),
        teaser('Utvärdering 2018–2024', UTV, 'Vad har de sociala investeringarna gett?'),
    ])
    aside = contact('Karin Ekström', 'Folkhälsostrateg, Regionstyrelseförvaltningen', '0498-26 94 51', 'karin.ekstrom@gotland.se')
    return page(FUND, 'Sociala investeringar', 'Region Gotland avsätter medel för sociala investeringar – förebyggande arbete som ska ge gotlänningarna bättre livsvillkor och minska kostnaderna på sikt.',
                body, [L1, L2, L3, L4], RU, blocks, aside, ptype='StandardPage', subscribe=True, date='2025-10-02',
                lang_en='/en/regional-development/public-health/social-investments/')


def beviljade():
    def item(href, name, text):
        return f'''        <h3><a href="{href}">{name}</a></h3>
        <p>{text}</p>'''
    body = f'''        <p>Här är de satsningar som har fått sociala investeringsmedel och som pågår. Regionstyrelsen fattar beslut en gång om året, i november.</p>
        <h2>Beviljade 2024 (start 2025)</h2>
{item(G2, 'Ungdomslyftet Visby', 'Stöd till unga 16–24 år i Visby som varken arbetar eller studerar.')}
{item(G4, 'Gemenskap på Fårö', 'En mötesplats för äldre på Fårö som riskerar ofrivillig ensamhet.')}
        <h2>Beviljade 2023 (start 2024)</h2>
{item(G1, 'Utökade hembesök i Hemse', 'Fler hembesök till förstagångsföräldrar på södra Gotland.')}
{item(G3, 'Tillsammans i skolan – norra Gotland', 'Närvaroteam för elever med hög frånvaro i Slite, Lärbro och Fårösund.')}
        <p>Satsningar som har avslutats redovisas i <a href="{UTV}">utvärderingen 2018–2024</a>.</p>'''
    return page(BEV, 'Beviljade', 'Satsningar som fått sociala investeringsmedel från Region Gotland.', body, [L1, L2, L3, L4, L5], RU,
                '', related([('Sociala investeringar', FUND), ('Ansök om medel', ANS)]), ptype='StandardPage', subscribe=True,
                date='2025-01-20')


def fund_child(path, title, preamble, body, date, aside=''):
    return page(path, title, preamble, body, [L1, L2, L3, L4, (title, path)], RU, '', aside, date=date)


def ansok():
    body = f'''        <h2>Vem kan ansöka?</h2>
        <p>Förvaltningar inom Region Gotland kan ansöka, ensamma eller tillsammans. Föreningar, Polisen, Försäkringskassan och Arbetsförmedlingen kan delta som samverkansparter.</p>
        <h2>Vad kan man söka medel för?</h2>
        <p>Ett nytt förebyggande arbetssätt med en tydlig målgrupp och mätbara mål. Medlen får inte användas till ordinarie verksamhet eller till lokaler.</p>
        <h2>Hur mycket kan man söka?</h2>
        <p>Högst 3 000 000 kronor under högst tre år. Den sökande förvaltningen ska stå för minst en fjärdedel av kostnaden.</p>
        <h2>När ska ansökan vara inne?</h2>
        <p>Ansökan för 2026 ska vara inne senast den 15 september 2025. Regionstyrelsen beslutar i november.</p>
        <h2>Så går det till</h2>
        <ol>
          <li>Kontakta folkhälsostrategen och beskriv er idé.</li>
          <li>Fyll i ansökningsmallen och gör en socioekonomisk kalkyl med stöd av en controller.</li>
          <li>Skicka ansökan till registrator@gotland.se, märkt ”Sociala investeringar”.</li>
        </ol>
        <p>Läs också <a href="{KRIT}">kriterier och villkor</a>.</p>'''
    return fund_child(ANS, 'Ansök om medel', 'Så ansöker förvaltningarna om sociala investeringsmedel.', body, '2025-06-11')


def kriterier():
    body = '''        <p>Kriterierna beslutades av regionfullmäktige den 19 juni 2023, § 88.</p>
        <h2>Kriterier</h2>
        <ol>
          <li>Satsningen ska vara förebyggande och bygga på kunskap om vad som fungerar.</li>
          <li>Satsningen ska ha en tydligt avgränsad målgrupp.</li>
          <li>Satsningen ska vara tidsbegränsad till högst tre år.</li>
          <li>Satsningen ska kunna följas upp med mätbara mål och en socioekonomisk analys.</li>
          <li>Det ska finnas en plan för hur arbetssättet kan bli ordinarie verksamhet.</li>
        </ol>
        <h2>Villkor</h2>
        <p>Den förvaltning som får medel ska redovisa resultatet årligen till regionstyrelsen. Om satsningen ger lägre kostnader ska förvaltningen betala tillbaka hälften av medlen inom fem år.</p>'''
    return fund_child(KRIT, 'Kriterier och villkor', 'De kriterier och villkor som gäller för Region Gotlands sociala investeringsmedel.', body, '2023-08-30')


def utvardering():
    body = '''        <p>Under 2025 har Region Gotland låtit utvärdera de sociala investeringar som fått medel mellan 2018 och 2024. Utvärderingen har gjorts av RISE på uppdrag av regionstyrelseförvaltningen.</p>
        <h2>Satsningarna i siffror</h2>
        <table class="gtl-table">
          <thead><tr><th>Beslutsår</th><th>Antal satsningar</th><th>Beviljat (kr)</th><th>Blev ordinarie verksamhet</th></tr></thead>
          <tbody>
            <tr><td>2018</td><td>3</td><td>5 200 000</td><td>2</td></tr>
            <tr><td>2019</td><td>2</td><td>3 100 000</td><td>1</td></tr>
            <tr><td>2020</td><td>2</td><td>2 800 000</td><td>1</td></tr>
            <tr><td>2021</td><td>2</td><td>2 700 000</td><td>1</td></tr>
            <tr><td>2022</td><td>1</td><td>900 000</td><td>–</td></tr>
            <tr><td>Summa</td><td>10</td><td>14 700 000</td><td>5</td></tr>
          </tbody>
        </table>
        <p>Satsningar som fick medel 2023 och senare pågår fortfarande och ingår inte i utvärderingen.</p>
        <h2>De viktigaste resultaten</h2>
        <p>Hälften av satsningarna har blivit ordinarie verksamhet. De som lyckades bäst hade en tydlig målgrupp, en ansvarig chef och en kalkyl från början.</p>
        <h2>Rekommendationer</h2>
        <ul>
          <li>Följ upp alla satsningar med samma mått.</li>
          <li>Planera för övergången till ordinarie verksamhet redan i ansökan.</li>
        </ul>'''
    return fund_child(UTV, 'Utvärdering av sociala investeringar 2018–2024', 'Vad har de sociala investeringarna gett? En sammanfattning av utvärderingen.', body, '2025-05-27')


# --------------------------------------------------------------------------------------------- project pages
PROJ_TRAIL = [L1, L2, L3, L4, L5]


def factbox(rows, heading='Fakta'):
    items = ''.join(f'\n            <dt>{k}</dt>\n            <dd>{v}</dd>' for k, v in rows)
    return f'''<div class="block factboxblock gtl-factbox">
          <h2 class="gtl-factbox__heading">{heading}</h2>
          <dl class="gtl-factbox__list">{items}
          </dl>
        </div>'''


def g1():
    body = f'''        <p>Barnhälsovården på Gotland erbjuder i dag två hembesök under barnets första år. På södra Gotland är andelen förstagångsföräldrar med ekonomisk stress och svagt nätverk högre än i resten av regionen, och fler familjer behöver stöd från socialtjänsten när barnen blir äldre.</p>
        <p>Projektet utökar hembesöken till sex under barnets första femton månader. En sjuksköterska från barnavårdscentralen och en familjebehandlare från socialtjänsten gör besöken tillsammans. De pratar om amning, sömn, språk och anknytning, och visar vägen till öppna förskolan och föräldragrupper på familjecentralen i Hemse.</p>
        {factbox([('Projektperiod', 'september 2024 – augusti 2027'), ('Budget', '2 800 000 kronor ur de sociala investeringsmedlen'),
                  ('Ansvarig', 'Hälso- och sjukvårdsförvaltningen tillsammans med Socialförvaltningen'),
                  ('Samverkan', 'Familjecentralen i Hemse, barnhälsovården'),
                  ('Målgrupp', 'Förstagångsföräldrar med barn 0–15 månader på södra Gotland'),
                  ('Bemanning', 'En sjuksköterska och en familjebehandlare, sammanlagt 1,6 tjänst'), ('Status', 'Pågår')])}
        <h2>Mål</h2>
        <p>Fler barn ska ha en trygg anknytning och ett utvecklat språk vid 18-månaderskontrollen, och färre familjer ska behöva insatser från socialtjänsten under barnets första fem år.</p>
        <h2>Uppföljning</h2>
        <p>Projektet följs upp med barnhälsovårdens ordinarie mått och en socioekonomisk analys. Modellen bygger på erfarenheterna från utökade hembesök i Rinkeby och i flera andra regioner.</p>'''
    aside = related([('Ung hälsa på Gotland (avslutat projekt)', G5), ('Kriterier och villkor', KRIT), ('Folkhälsodata', FDATA),
                     ('Familjecentraler på Gotland', VH + 'familjecentraler/')])
    return page(G1, 'Utökade hembesök i Hemse', 'Ett projekt som ger förstagångsföräldrar på södra Gotland fler hembesök under barnets första år.',
                body, PROJ_TRAIL + [('Utökade hembesök i Hemse', G1)], RU, '', aside, ptype='ProjectPage', date='2025-09-18')


def g2():
    body = f'''        <p>Ungdomslyftet Visby är en satsning för unga mellan 16 och 24 år i Visby som varken arbetar eller studerar. Många av dem har hoppat av gymnasiet och saknar kontakt med både skolan och Arbetsförmedlingen. Satsningen ska hitta de unga tidigt, innan de blir långvarigt beroende av försörjningsstöd.</p>
        <h2>Så arbetar vi</h2>
        <p>Två ungdomscoacher finns på plats på Gråbo och på Öster några dagar i veckan. De tar kontakt med unga via det kommunala aktivitetsansvaret, fritidsgårdarna och Gotlandshems bovärdar. Varje deltagare gör en egen plan och får stöd till praktik, sommarjobb, studier eller arbete.</p>
        <table class="gtl-table gtl-table--facts">
          <caption>Ungdomslyftet Visby i korthet</caption>
          <tbody>
            <tr><th scope="row">Period</th><td>1 januari 2025 – 31 december 2026</td></tr>
            <tr><th scope="row">Beviljade medel</th><td>1 950 000 kronor</td></tr>
            <tr><th scope="row">Projektägare</th><td>Utbildningsförvaltningen, Arbetsmarknadsenheten</td></tr>
            <tr><th scope="row">Samverkanspartner</th><td>Arbetsförmedlingen, AB Gotlandshem, Samordningsförbundet Gotland</td></tr>
            <tr><th scope="row">Målgrupp</th><td>Unga 16–24 år i Visby som varken arbetar eller studerar</td></tr>
          </tbody>
        </table>
        <h2>Resultat hittills</h2>
        <p>Under de första nio månaderna har 58 unga deltagit. 40 av dem har börjat arbeta eller studera.</p>'''
    aside = related([('Tillsammans i skolan – norra Gotland', G3), ('Ansök om medel', ANS), ('Kompetensförsörjning', RU + 'kompetensforsorjning/')])
    return page(G2, 'Ungdomslyftet Visby', 'Coacher som hjälper unga i Visby vidare till arbete eller studier.',
                body, PROJ_TRAIL + [('Ungdomslyftet Visby', G2)], RU, '', aside, ptype='ProjectPage', date='2025-10-08')


def g3():
    body = f'''        <p>På skolorna i Slite, Lärbro och Fårösund har andelen elever med hög frånvaro ökat sedan pandemin. Projektet Tillsammans i skolan bygger upp ett närvaroteam som arbetar över skolgränserna på norra Gotland.</p>
        <p><strong>Period:</strong> augusti 2024 – juni 2027<br>
        <strong>Budget:</strong> 3 400 000 kronor<br>
        <strong>Projektägare:</strong> Utbildningsförvaltningen<br>
        <strong>Samverkan:</strong> Socialförvaltningen, barn- och ungdomspsykiatrin (BUP)<br>
        <strong>Målgrupp:</strong> Elever i årskurs 4–9 med hög eller ökande frånvaro och deras vårdnadshavare</p>
        <h2>Så arbetar närvaroteamet</h2>
        <p>Teamet består av en specialpedagog, en skolkurator och en socialsekreterare. De följer frånvaron varje vecka tillsammans med rektorerna och tar kontakt med familjen redan när frånvaron börjar öka. Eleven får en plan för återgång till skolan och en vuxen som följer upp den.</p>
        <h2>Mål</h2>
        <p>Andelen elever med mer än 15 procent frånvaro ska halveras till 2027, och fler elever ska bli behöriga till gymnasiet.</p>'''
    aside = related([('Ungdomslyftet Visby', G2), ('Utvärdering 2018–2024', UTV), ('Elevhälsa', '/utbildning-och-barnomsorg/elevhalsa/')])
    return page(G3, 'Tillsammans i skolan – norra Gotland', 'Ett närvaroteam för elever i årskurs 4–9 på norra Gotland.',
                body, PROJ_TRAIL + [('Tillsammans i skolan – norra Gotland', G3)], RU, '', aside, ptype='ProjectPage', date='2025-08-21')


def g4():
    body = f'''        <p>Fårö har en av Gotlands äldsta befolkningar, och under vinterhalvåret är det långt till service och gemenskap. Många äldre bor ensamma och träffar sällan andra. Satsningen Gemenskap på Fårö ska minska den ofrivilliga ensamheten.</p>
        <p>En aktivitetssamordnare på halvtid ordnar träffar två dagar i veckan i Fårö bygdegård: gemensam lunch, föreläsningar, friskvård och skjuts för den som inte kan ta sig dit själv. Träffarna planeras tillsammans med deltagarna.</p>
        {factbox([('Tid', 'mars 2025 – februari 2027'), ('Kostnad', '720 000 kronor'), ('Ansvarig', 'Socialförvaltningen, äldreomsorgen'),
                  ('Samverkan', 'Fårö hembygdsförening, Svenska kyrkan Fårö, Röda Korset Gotland'),
                  ('Målgrupp', 'Personer över 75 år som bor på Fårö')], 'Kort om satsningen')}
        <h2>Uppföljning</h2>
        <p>Deltagarna svarar på frågor om ensamhet och livskvalitet när de börjar och efter ett år. Socialförvaltningen följer också behovet av hemtjänst.</p>'''
    aside = related([('Utökade hembesök i Hemse', G1), ('Sociala investeringar', FUND)])
    return page(G4, 'Gemenskap på Fårö', 'En mötesplats för äldre på Fårö.',
                body, PROJ_TRAIL + [('Gemenskap på Fårö', G4)], RU, '', aside, ptype='ProjectPage', date='2025-04-02')


def g5():
    body = f'''        <p><strong>Projektet är avslutat.</strong></p>
        <p>Ung hälsa på Gotland var ett projekt för unga mellan 13 och 19 år som mådde dåligt av stress, oro och nedstämdhet men som inte behövde specialistvård. Ungdomsmottagningen och elevhälsan erbjöd kurser i stresshantering i grupp på högstadieskolor och gymnasiet, och samtal med kurator inom en vecka.</p>
        {factbox([('Projektperiod', 'augusti 2021 – juni 2024'), ('Budget', '1 500 000 kronor'),
                  ('Ansvarig', 'Hälso- och sjukvårdsförvaltningen, Ungdomsmottagningen'), ('Samverkan', 'Elevhälsan, Gotlands folkhögskola'),
                  ('Målgrupp', 'Unga 13–19 år med psykisk ohälsa'), ('Status', 'Avslutat')])}
        <h2>Resultat</h2>
        <p>Under projekttiden deltog 410 unga i grupperna. Väntetiden till barn- och ungdomspsykiatrin för lindrig psykisk ohälsa minskade, och två av tre deltagare uppgav att de mådde bättre efter kursen.</p>
        <h2>Efter projektet</h2>
        <p>Stresshanteringsgrupperna ingår sedan hösten 2024 i Ungdomsmottagningens ordinarie utbud.</p>'''
    aside = related([('Utökade hembesök i Hemse', G1), ('Psykisk hälsa hos barn och unga', PSY), ('Utvärdering 2018–2024', UTV)])
    return page(G5, 'Ung hälsa på Gotland', 'Ett avslutat projekt om psykisk hälsa för unga 13–19 år.',
                body, PROJ_TRAIL[:4] + [('Avslutade', None), ('Ung hälsa på Gotland', G5)], RU, '', aside, ptype='ProjectPage',
                date='2024-09-03')


# --------------------------------------------------------------------------------------------- elsewhere
def start():
    news = [(N_FUND, 'Regionfullmäktige avsätter 10 miljoner till sociala investeringar', '2025-10-20'),
            (N_FARJA, 'Nya turlistor för Fårö-färjan', '2025-10-10'),
            (N_LAS, 'Nya besökstider på Visby lasarett', '2025-10-01')]
    lis = ''.join(f'''
          <li class="gtl-newslist__item"><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>''' for h, t, d in news)
    body = f'''        <p>Här hittar du information om vård, skola, omsorg, kultur, kollektivtrafik och regional utveckling på Gotland.</p>
        <div class="gtl-popular">
          <h2>Populära sökningar</h2>
          <ul>
            <li><a href="{SEARCH}{SEARCHES[0]}">Färjan</a></li>
            <li><a href="{SEARCH}{SEARCHES[1]}">Bygglov</a></li>
            <li><a href="{SEARCH}{SEARCHES[2]}">Lediga jobb</a></li>
          </ul>
        </div>
        <div class="gtl-news">
          <h2>Nyheter</h2>
          <ul class="gtl-newslist">{lis}
          </ul>
          <p><a href="{NYH}">Alla nyheter</a></p>
        </div>'''
    return page('/', 'Välkommen till Region Gotland', '', body, None, None, '', ptype='StartPage', tools=False, lang_en=EN)


def vard_och_halsa():
    body = '''        <p>Region Gotland ansvarar för hälso- och sjukvården på Gotland: vårdcentraler, Visby lasarett, psykiatri och tandvård.</p>'''
    blocks = contentarea([
        teaser('Barn och unga', BU, 'Barnhälsovård, elevhälsa, ungdomsmottagning och psykisk hälsa.'),
        teaser('Hälsolotsar', SERVICE, 'Hälsolotsar ger information om hälsa och vård på flera språk.'),
        teaser('Vårdcentraler', VH + 'vardcentraler/', 'Hitta din vårdcentral.'),
    ])
    return page(VH, 'Vård och hälsa', 'Vård och hälsa på Gotland.', body, [('Vård och hälsa', VH)], VH, blocks, ptype='LandingPage', tools=False)


def barn_och_unga():
    body = '''        <p>Här hittar du information om vård och stöd för barn och unga på Gotland.</p>'''
    blocks = contentarea([
        teaser('Psykisk hälsa hos barn och unga', PSY, 'Var kan man få hjälp när ett barn mår dåligt?'),
        teaser('Ungdomsmottagningen', BU + 'ungdomsmottagningen/', 'För dig som är 13–23 år.'),
        teaser('Barnhälsovård', BU + 'barnhalsovard/', 'Barnavårdscentralerna på Gotland.'),
    ])
    return page(BU, 'Barn och unga', '', body, [('Vård och hälsa', VH), ('Barn och unga', BU)], VH, blocks, ptype='LandingPage', tools=False)


def psykisk_halsa():
    body = '''        <p>Det är vanligt att barn och unga ibland mår dåligt. Oftast går det över, men ibland behövs hjälp. Här kan du läsa om vart du kan vända dig.</p>
        <h2>Första linjen</h2>
        <p>Elevhälsan på skolan och Ungdomsmottagningen är ofta det första stället att vända sig till. Barn under 13 år får hjälp via vårdcentralen.</p>
        <h2>Barn- och ungdomspsykiatrin</h2>
        <p>BUP tar emot barn och unga med svårare psykisk ohälsa. Du behöver ingen remiss.</p>
        <h2>Om du behöver hjälp direkt</h2>
        <p>Ring 1177 för rådgivning dygnet runt. Vid akut fara, ring 112.</p>'''
    aside = related([('Ung hälsa på Gotland', G5), ('Sociala investeringar', FUND), ('1177 – Psykisk hälsa', 'https://www.1177.se/Gotland/barn--gravid/')])
    return page(PSY, 'Psykisk hälsa hos barn och unga', 'Vart vänder man sig när ett barn eller en ungdom mår dåligt?', body,
                [('Vård och hälsa', VH), ('Barn och unga', BU), ('Psykisk hälsa hos barn och unga', PSY)], VH, '', aside, date='2025-02-14')


def service():
    body = f'''        <p>Hälsolotsarna ger information om hälsa, vård och tandvård på arabiska, dari, somaliska, tigrinja och ukrainska. De håller träffar på språkcaféer, i SFI-klasser och i föreningar, och svarar på frågor om hur vården på Gotland fungerar.</p>
        <h2>Träffa en hälsolots</h2>
        <p>Hälsolotsarna finns på Visby stadsbibliotek varje tisdag klockan 13–16 och på Hemse bibliotek första torsdagen i månaden.</p>
        <h2>Bakgrund</h2>
        <p>Hälsolotsarna startade 2019 som en social investering med medel från Region Gotlands sociala investeringsmedel. Sedan januari 2022 är hälsolotsarna en del av hälso- och sjukvårdsförvaltningens ordinarie verksamhet.</p>'''
    return page(SERVICE, 'Hälsolotsar', 'Information om hälsa och vård på flera språk.', body, [('Vård och hälsa', VH), ('Hälsolotsar', SERVICE)],
                VH, '', contact('Amina Hassan', 'Samordnare hälsolotsar', '0498-26 83 20', 'halsolotsar@gotland.se'), date='2025-03-11')


def simple(path, title, trail, active, text, date='2025-06-01'):
    return page(path, title, '', f'        <p>{text}</p>', trail, active, '', date=date)


def article(path, title, date, preamble, body):
    return page(path, title, preamble, body, [('Nyheter', NYH), (title, path)], None, '', ptype='NewsPage', tools=True, date=date)


def news_fund():
    body = f'''        <p class="gtl-newsdate">Nyhet <time datetime="2025-10-20">20 oktober 2025</time></p>
        <p>Regionfullmäktige beslutade på måndagen att avsätta 10 miljoner kronor av 2024 års överskott till sociala investeringar. Medlen ska fördelas under 2026 och 2027.</p>
        <p>– Vi vet att förebyggande arbete lönar sig. Nu ger vi förvaltningarna möjlighet att pröva nya arbetssätt för barn, unga och äldre, säger regionstyrelsens ordförande.</p>
        <p>Ansökningar för 2026 tas emot till och med den 15 september. <a href="{ANS}">Så ansöker ni om medel</a>.</p>'''
    return article(N_FUND, 'Regionfullmäktige avsätter 10 miljoner till sociala investeringar', '2025-10-20',
                   'Förvaltningarna får mer pengar att pröva förebyggande arbetssätt.', body)


def news_g2():
    body = f'''        <p class="gtl-newsdate">Nyhet <time datetime="2025-09-30">30 september 2025</time></p>
        <p>Ungdomslyftet Visby startade i januari och riktar sig till unga mellan 16 och 24 år i Visby som varken arbetar eller studerar. Under de första nio månaderna har 58 unga deltagit och 40 av dem har börjat arbeta eller studera.</p>
        <p>– Det viktigaste är att vi finns där de unga finns, på Gråbo och på Öster, säger en av ungdomscoacherna.</p>
        <p>Ungdomslyftet finansieras med 1 950 000 kronor ur Region Gotlands sociala investeringsmedel och pågår till och med december 2026.</p>
        <p><a href="/link/{hexid('gtl-g2-link', 32)}.aspx">Läs mer om Ungdomslyftet Visby</a></p>'''
    return article(N_G2, 'Ungdomslyftet har hjälpt 40 unga till jobb eller studier', '2025-09-30',
                   'Satsningen i Visby har nått fler unga än beräknat.', body)


def nyheter():
    items = [(N_FUND, 'Regionfullmäktige avsätter 10 miljoner till sociala investeringar', '2025-10-20'),
             (N_FARJA, 'Nya turlistor för Fårö-färjan', '2025-10-10'),
             (N_LAS, 'Nya besökstider på Visby lasarett', '2025-10-01'),
             (N_G2, 'Ungdomslyftet har hjälpt 40 unga till jobb eller studier', '2025-09-30')]
    lis = ''.join(f'''
          <li class="gtl-newslist__item"><a href="{h}">{t}</a> <time datetime="{d}">{d}</time></li>''' for h, t, d in items)
    return page(NYH, 'Nyheter', '', f'        <ul class="gtl-newslist">{lis}\n        </ul>', [('Nyheter', NYH)], None, '', tools=False)


def evenemang():
    body = f'''        <ul class="gtl-eventlist">
          <li><a href="{EV}">Dialogträff: Sociala investeringar på Gotland</a> <span>5 februari 2026, Almedalsbiblioteket</span></li>
          <li><a href="/evenemang/julkonsert-i-visby-domkyrka/">Julkonsert i Visby domkyrka</a> <span>13 december 2025</span></li>
        </ul>
        <p><a href="{KAL}">Visa kalendern</a> · <a href="{KAL}{KAL_Q}" rel="nofollow">Evenemang 5 februari</a></p>'''
    return page(EVS, 'Evenemang', '', body, [('Evenemang', EVS)], None, '', tools=False)


def event():
    body = f'''        <p>Hur kan civilsamhället och Region Gotland samarbeta kring sociala investeringar? På dialogträffen berättar vi om medlen, om hur man ansöker och om erfarenheterna från tidigare satsningar. Därefter diskuterar vi i mindre grupper.</p>
        <dl class="gtl-eventfacts">
          <dt>Datum</dt><dd>Torsdag 5 februari 2026</dd>
          <dt>Tid</dt><dd>13.00–16.00</dd>
          <dt>Plats</dt><dd>Almedalsbiblioteket, Cramérgatan 5, Visby</dd>
          <dt>Kostnad</dt><dd>Kostnadsfritt, fika ingår</dd>
          <dt>Sista anmälningsdag</dt><dd>29 januari 2026</dd>
          <dt>Anmälan</dt><dd><a href="https://www.trippus.net/regiongotland-dialogtraff">Anmäl dig här</a></dd>
          <dt>Arrangör</dt><dd>Region Gotland och Gotlands idrottsförbund</dd>
        </dl>'''
    return page(EV, 'Dialogträff: Sociala investeringar på Gotland', 'Välkommen till en eftermiddag om sociala investeringar för föreningar och förvaltningar.',
                body, [('Evenemang', EVS), ('Dialogträff: Sociala investeringar på Gotland', EV)], None, '', ptype='EventPage', date='2025-10-22')


def jobs():
    body = f'''        <ul class="gtl-joblist">
          <li><a href="{JOB}">Processledare sociala investeringar</a> – Regionstyrelseförvaltningen, sista ansökningsdag 2025-11-23</li>
          <li><a href="/jobb-och-karriar/lediga-jobb/sjukskoterska-till-visby-lasarett/">Sjuksköterska till Visby lasarett</a> – Hälso- och sjukvårdsförvaltningen</li>
        </ul>
        <p>Alla lediga jobb hittar du på <a href="https://regiongotland.varbi.com/">regiongotland.varbi.com</a>.</p>'''
    return page(JOBS, 'Lediga jobb', '', body, [('Jobb och karriär', '/jobb-och-karriar/'), ('Lediga jobb', JOBS)], None, '', tools=False)


def job():
    body = f'''        <h2>Om tjänsten</h2>
        <p>Som processledare stödjer du förvaltningarna när de tar fram och följer upp sociala investeringar. Du håller i beredningen av ansökningar, ordnar nätverksträffar och samordnar utvärderingarna. Du är placerad på regionstyrelseförvaltningens avdelning för samhällsplanering i Visby.</p>
        <h2>Kvalifikationer</h2>
        <p>Du har en akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi och erfarenhet av att leda utvecklingsarbete. Erfarenhet av socioekonomisk analys är meriterande.</p>
        <ul class="gtl-jobfacts">
          <li>Anställningsform: Tillsvidareanställning</li>
          <li>Omfattning: Heltid</li>
          <li>Tillträde: Enligt överenskommelse</li>
          <li>Sista ansökningsdag: 2025-11-23</li>
        </ul>
        <p><a href="https://regiongotland.varbi.com/what:job/jobID:{hexid('gtljob', 6)}">Ansök här</a></p>'''
    return page(JOB, 'Processledare sociala investeringar', 'Vill du utveckla det förebyggande arbetet på Gotland?', body,
                [('Jobb och karriär', '/jobb-och-karriar/'), ('Lediga jobb', JOBS), ('Processledare sociala investeringar', JOB)], None, '',
                ptype='JobPage', date='2025-10-24')


def english():
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Region Gotland – in English</title>
<link rel="canonical" href="https://{H}{EN}">
<link rel="alternate" hreflang="sv" href="https://{H}/">
<link rel="alternate" hreflang="en" href="https://{H}{EN}">
<link rel="stylesheet" href="{ASSET}/css/main.css?v={VER}">
</head>
<body class="gtl-page gtl-page--startpage">
<header class="gtl-header"><a href="/">Region Gotland</a> <a href="/" lang="sv" hreflang="sv">På svenska</a></header>
<main id="main" class="gtl-main">
  <h1>Region Gotland – in English</h1>
  <p>Region Gotland is responsible for health care, schools, social services, public transport and regional development on the island of Gotland.</p>
  <ul>
    <li><a href="/en/health-care/">Health care</a></li>
    <li><a href="/en/moving-to-gotland/">Moving to Gotland</a></li>
    <li><a href="/en/contact/">Contact</a></li>
  </ul>
</main>
</body>
</html>
'''


OLD = '/halsa-och-omsorg/folkhalsa/'


def build():
    pages = {
        '/': start(), RU: regional_utveckling(), FH: folkhalsa(), SH: social_hallbarhet(), FUND: fund(), BEV: beviljade(),
        ANS: ansok(), KRIT: kriterier(), UTV: utvardering(),
        G1: g1(), G2: g2(), G3: g3(), G4: g4(), G5: g5(),
        FDATA: simple(FDATA, 'Folkhälsodata', [L1, L2, ('Folkhälsodata', FDATA)], RU,
                      'Här hittar du statistik om gotlänningarnas hälsa och livsvillkor, bland annat från Liv och hälsa ung, Skolbarns hälsovanor och Folkhälsomyndighetens nationella folkhälsoenkät. Statistiken uppdateras en gång om året.'),
        RUS: simple(RUS, 'Regional utvecklingsstrategi', [L1, ('Regional utvecklingsstrategi', RUS)], RU,
                    'Vårt Gotland 2040 är den regionala utvecklingsstrategin för Gotland. Den antogs av regionfullmäktige 2021 och pekar ut riktningen för hela Gotlands utveckling.'),
        TRYGG: simple(TRYGG, 'Trygghet och brottsförebyggande arbete', [L1, L2, L3, ('Trygghet och brottsförebyggande arbete', TRYGG)], RU,
                      'Region Gotland samverkar med Polisen och civilsamhället i det brottsförebyggande rådet. Varje år görs en lägesbild över brott och otrygghet på Gotland.'),
        VH: vard_och_halsa(), BU: barn_och_unga(), PSY: psykisk_halsa(), SERVICE: service(),
        NYH: nyheter(), N_FUND: news_fund(), N_G2: news_g2(),
        N_FARJA: article(N_FARJA, 'Nya turlistor för Fårö-färjan', '2025-10-10', 'Från den 1 november gäller vintertidtabellen.',
                         '        <p>Färjan mellan Fårösund och Fårö går varje halvtimme mellan klockan 6 och 22. Under helger går den en gång i timmen efter klockan 20.</p>'),
        N_LAS: article(N_LAS, 'Nya besökstider på Visby lasarett', '2025-10-01', 'Besökstiderna ändras från och med oktober.',
                       '        <p>Besök på vårdavdelningarna är välkomna klockan 13–19. Kontakta avdelningen om du vill komma vid en annan tid.</p>'),
        EVS: evenemang(), EV: event(), JOBS: jobs(), JOB: job(),
        KONTAKT: simple(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], None,
                        'Region Gotlands kontaktcenter svarar vardagar klockan 8–16 på telefon 0498-26 90 00.'),
        OMW: simple(OMW, 'Om webbplatsen', [('Om webbplatsen', OMW)], None, 'gotland.se drivs av kommunikationsavdelningen i Region Gotland.'),
        KAKOR: simple(KAKOR, 'Kakor', [('Om webbplatsen', OMW), ('Kakor', KAKOR)], None,
                      'Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik (Matomo).'),
        TILLG: simple(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)], None,
                      'Region Gotland står bakom den här webbplatsen. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.'),
    }
    for p, h in pages.items():
        write(H, p, h)
    write(H, EN, english())
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /episerver/
Disallow: /util/
Disallow: /sok/
Disallow: /pdf/
Disallow: /api/
Disallow: /evenemang/kalender/
Disallow: /globalassets/intern/
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
''')
    # STALE sitemap (Geta Sitemaps job last ran 2023-11-14): the public-health pages still under /halsa-och-omsorg/.
    old = [('/', '2023-11-10'), (NYH, '2023-11-13'), (EVS, '2023-11-01'), (JOBS, '2023-11-13'), (KONTAKT, '2022-05-02'),
           (OMW, '2022-05-02'), (KAKOR, '2023-02-20'), (TILLG, '2023-09-28'), (VH, '2023-06-12'), (SERVICE, '2023-04-18'),
           (VH + 'vardcentraler/', '2023-10-02'), ('/halsa-och-omsorg/', '2023-03-01'), (OLD, '2023-03-01'),
           (OLD + 'folkhalsodata/', '2023-09-14'), (OLD + 'sociala-investeringar/', '2023-10-30'),
           (OLD + 'sociala-investeringar/ansok-om-sociala-investeringsmedel/', '2023-06-01'),
           (OLD + 'sociala-investeringar/kriterier/', '2023-08-30'),
           (OLD + 'sociala-investeringar/beviljade-projekt/', '2023-01-25'),
           (OLD + 'sociala-investeringar/beviljade-projekt/ung-halsa-pa-gotland/', '2023-05-09'),
           (OLD + 'sociala-investeringar/beviljade-projekt/familjelotsen-i-roma/', '2022-12-01'),
           (OLD + 'sociala-investeringar/beviljade-projekt/halsolotsar/', '2021-11-22'),
           (RU, '2023-10-05'), (RUS, '2023-02-14'), (RU + 'naringsliv-och-innovation/', '2023-08-22'),
           ('/nyheter/nu-kan-ni-soka-sociala-investeringsmedel-for-2024/', '2023-08-15'),
           ('/nyheter/julmarknad-pa-stora-torget/', '2023-11-13')]
    write(H, '/sitemap.xml', urlset(H, [(p, d + 'T06:00:00+01:00', 'weekly', None) for p, d in old]))
    return pages


if __name__ == '__main__':
    build()
