"""Hudiksvalls kommun (2184, about 37 000 inhabitants; Hudiksvall, Iggesund, Delsbo, Forsa, Bjuråker, Näsviken, Sörforsa)
on SULU CMS 2.6 (Symfony 6, Twig templates written by the municipality's web agency) – heldout_sites33.

Sulu runs several WEBSPACES on one installation. The municipality's main site is the webspace 'hudiksvall' (portal
www.hudiksvall.se); its social investment fund 'Välfärdsfonden' is a SECOND WEBSPACE 'valfardsfonden' whose portal is
mounted under the URL PREFIX www.hudiksvall.se/valfardsfonden: a small site of its own, with its own template set
(green instead of the main site's blue), its OWN HEADER, MENU, START PAGE, SEARCH, FOOTER and contact page, and a top
bar link back to hudiksvall.se. Addresses of both webspaces are extensionless WITHOUT a trailing slash (saved as
<path>/index.html), links are root-relative, media under /uploads/media/<format>/<folder>/<id>-<name>.jpg?v=1-0 (not
saved), the front-end build under /build/website/ (not saved), Sulu's live-preview RDFa attributes (vocab/typeof/
property) on the content, the admin under /admin.

THE MAIN SITE LINKS THE FUND'S SUBSITE ONLY TWICE: (a) a BANNER on the start page, an <a> round a <picture> whose
<img> alt describes the photograph ('Två barn och en vuxen läser en bok på en filt i gräset') and has no text at all,
and (b) the footer's 'Genvägar' column, 'Välfärdsfonden', on every main page. No menu item, section page, news item or
search link leads there; the main site's 'Familjecentralen' page names the fund without a link. Sulu's sitemap
(/sitemap.xml, an index, and /sitemaps/pages-1.xml) lists the main webspace only: the fund's portal has none.

THE SUBSITE: /valfardsfonden (its start page: what the fund is, puffs, 'Fonden i siffror', 'Senaste nytt'), menu
Insatser / Sök medel / Om fonden / Aktuellt / Kontakt. 'Insatser' (/valfardsfonden/insatser) shows the three ongoing
insatser as cards and 'Filtrera på målgrupp' chips (?malgrupp=…, forbidden); 'Avslutade insatser' links the
finished one; a NEWLY GRANTED insats is not yet on the list ('Listan uppdateras två gånger per år') and is linked only
from the news item on the decision (reached from the subsite's start page and its news list).

Projects (fact box 'Insatsen i korthet', a <dl>: Period, Beviljat belopp, Insatsägare, Samverkan, Målgrupp, Bemanning,
Status): Tryggare start (H1), Närvaro i fokus (H2), Jobbspåret (H3) on the list; Gemenskap 75+ (H4) only in the decision
news; Kvällsfältarna i Iggesund (H5, finished 2021–2024) only on 'Avslutade insatser'.
"""
from make_common import write, esc, hexid, numid, uuid, urlset

H = 'www.hudiksvall.se'

# ---------------------------------------------------------------------------------------------- main webspace
BU = '/barn-och-utbildning'
OS = '/omsorg-och-stod'
KF = '/kultur-och-fritid'
BB = '/bygga-och-bo'
KP = '/kommun-och-politik'
NA = '/naringsliv-och-arbete'
BF = OS + '/barn-och-familj'
SERVICE = BF + '/familjecentralen'            # a standing service that began as an insats of the fund
NYH = '/nyheter'
N1 = NYH + '/ny-gang-och-cykelvag-mellan-iggesund-och-hudiksvall'
N2 = NYH + '/sommarlovsaktiviteter-for-barn-och-unga-2026'
N3 = NYH + '/kommunen-soker-fler-familjehem'
EVS = '/evenemang'
EV_MARKNAD = EVS + '/hudiksvalls-var-marknad-2026'
EV_KONSERT = EVS + '/varkonsert-med-kulturskolan'
JOBS = '/lediga-jobb'
JOB = JOBS + '/familjebehandlare-till-tryggare-start'
JOB2 = JOBS + '/underskoterska-till-hemtjansten-i-delsbo'
KONTAKT = '/kontakt'
OMW = '/om-webbplatsen'
TILLG = OMW + '/tillganglighetsredogorelse'
KAKOR = OMW + '/kakor'

# ------------------------------------------------------------------------------------------ the fund's webspace
VF = '/valfardsfonden'
OM = VF + '/om-fonden'
UPPF = OM + '/uppfoljning-2025'
SOK = VF + '/sok-medel'
INS = VF + '/insatser'
AVS = INS + '/avslutade'
H1 = INS + '/tryggare-start'
H2 = INS + '/narvaro-i-fokus'
H3 = INS + '/jobbsparet'
H4 = INS + '/gemenskap-75-plus'           # newly granted: only in the decision news
H5 = INS + '/kvallsfaltarna-i-iggesund'   # finished: only on 'Avslutade insatser'
AKT = VF + '/aktuellt'
N_BESLUT = AKT + '/kommunstyrelsen-har-beslutat-om-tva-ansokningar'
N_FUND = AKT + '/nu-kan-verksamheterna-soka-medel-for-2026'
EV = AKT + '/frukostseminarium-vad-har-valfardsfonden-gett'
VKONTAKT = VF + '/kontakt'

PROJECTS = [H1, H2, H3, H4, H5]
NOT_PROJECTS = [VF, OM, UPPF, SOK, N_FUND, EV, JOB, SERVICE]

# ----------------------------------------------------------------------------------------------- forbidden
SEARCH = '/search'
SEARCHES = ['/search?q=bygglov', '/search?q=lediga+jobb', '/search?q=skolval']
VSEARCH = VF + '/search'
ADMIN = '/admin/'
INTRA = '/intranat/login'
CAL = EVS + '/kalender?manad=2026-04'
ICAL = EVS + '/kalender/ical/frukostseminarium-vad-har-valfardsfonden-gett.ics'
TAGS = [INS + '?malgrupp=barn-och-unga', INS + '?malgrupp=vuxna', INS + '?malgrupp=aldre']


def pdf_link(path):
    return '/pdf-export?url=' + path.replace('/', '%2F')


PDF_PAGES = [VF, OM, H1, H2, H3, H4, H5]


def forbidden():
    return [SEARCH] + SEARCHES + [VSEARCH, ADMIN, INTRA, CAL, ICAL] + TAGS + [pdf_link(p) for p in PDF_PAGES]


def media(name, fmt='1440x'):
    return f'/uploads/media/{fmt}/0{numid(name, 1, 8)}/{numid(name, 100, 800)}-{name}.jpg?v=1-0'


# -------------------------------------------------------------------------------------------- main chrome
MAIN_MENU = [('Barn och utbildning', BU), ('Omsorg och stöd', OS), ('Kultur och fritid', KF), ('Bygga och bo', BB),
             ('Kommun och politik', KP), ('Näringsliv och arbete', NA)]


def main_header(path):
    items = ''.join(
        f'\n            <li class="main-nav__item{" main-nav__item--active" if path.startswith(h) else ""}"><a class="main-nav__link" href="{h}">{t}</a></li>'
        for t, h in MAIN_MENU)
    return f'''<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
    <div class="cookie-consent" data-component="cookie-consent" hidden>
      <p>Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. <a href="{KAKOR}">Läs mer om kakor</a></p>
      <button type="button" class="btn btn--primary" data-cookie-accept>Godkänn alla</button>
      <button type="button" class="btn" data-cookie-necessary>Bara nödvändiga</button>
    </div>
    <header class="site-header" role="banner">
      <div class="site-header__top container">
        <a class="site-header__logo" href="/"><img src="/build/website/images/hudiksvall-logo.svg" alt="Hudiksvalls kommun – startsida" width="220" height="56"></a>
        <ul class="site-header__tools">
          <li><a href="#" class="rs_skip" data-component="readspeaker" onclick="return false;">Lyssna</a></li>
          <li><a href="/languages">Other languages</a></li>
          <li><a href="{KONTAKT}">Kontakta oss</a></li>
        </ul>
        <form class="site-search" action="{SEARCH}" method="get" role="search">
          <label for="site-search-q" class="visually-hidden">Sök på hudiksvall.se</label>
          <input id="site-search-q" type="search" name="q" placeholder="Vad letar du efter?" autocomplete="off">
          <button type="submit" class="btn btn--search">Sök</button>
        </form>
      </div>
      <nav class="main-nav" aria-label="Huvudmeny" data-component="main-nav">
        <div class="container">
          <ul class="main-nav__list">{items}
          </ul>
        </div>
      </nav>
    </header>'''


def main_footer():
    return f'''<footer class="site-footer" role="contentinfo">
      <div class="container site-footer__grid">
        <div class="site-footer__col">
          <h2 class="site-footer__heading">Hudiksvalls kommun</h2>
          <p>Drottninggatan 15<br>824 80 Hudiksvall</p>
          <p>Telefon: <a href="tel:+4665019000">0650-190 00</a><br>E-post: <a href="mailto:hudiksvalls.kommun@hudiksvall.se">hudiksvalls.kommun@hudiksvall.se</a></p>
          <p>Organisationsnummer: 212000-2353</p>
        </div>
        <div class="site-footer__col">
          <h2 class="site-footer__heading">Genvägar</h2>
          <ul class="site-footer__links">
            <li><a href="{JOBS}">Lediga jobb</a></li>
            <li><a href="{NYH}">Nyheter</a></li>
            <li><a href="{EVS}">Evenemang</a></li>
            <li><a href="{VF}">Välfärdsfonden</a></li>
            <li><a href="{KONTAKT}">Kontakta kommunen</a></li>
          </ul>
        </div>
        <div class="site-footer__col">
          <h2 class="site-footer__heading">Om webbplatsen</h2>
          <ul class="site-footer__links">
            <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
            <li><a href="{KAKOR}">Kakor</a></li>
            <li><a href="{INTRA}" rel="nofollow">För medarbetare</a></li>
          </ul>
          <ul class="site-footer__social">
            <li><a href="https://www.facebook.com/hudiksvallskommun" aria-label="Hudiksvalls kommun på Facebook"><svg aria-hidden="true" width="24" height="24"><use href="/build/website/images/icons.svg#facebook"></use></svg></a></li>
            <li><a href="https://www.instagram.com/hudiksvallskommun" aria-label="Hudiksvalls kommun på Instagram"><svg aria-hidden="true" width="24" height="24"><use href="/build/website/images/icons.svg#instagram"></use></svg></a></li>
          </ul>
        </div>
      </div>
    </footer>'''


def head(path, title, site_name, desc, template, webspace, css):
    return f'''<!DOCTYPE html>
<html lang="sv" data-webspace="{webspace}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(title)} - {site_name}</title>
    <meta name="description" content="{esc(desc)}">
    <meta name="robots" content="index,follow">
    <link rel="canonical" href="https://{H}{path}">
    <link rel="alternate" hreflang="sv" href="https://{H}{path}">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:description" content="{esc(desc)}">
    <meta property="og:url" content="https://{H}{path}">
    <meta property="og:site_name" content="{site_name}">
    <meta property="og:locale" content="sv_SE">
    <link rel="icon" href="/build/website/images/favicon.ico">
    <link rel="stylesheet" href="/build/website/css/{css}.{hexid(css, 8)}.css">
    <script defer src="/build/website/js/runtime.{hexid('rt', 8)}.js"></script>
    <script defer src="/build/website/js/{css}.{hexid(css + 'js', 8)}.js"></script>
</head>'''


def main_page(path, title, content, desc='', crumbs=None, template='default'):
    bc = ''
    if crumbs is not None:
        lis = ''.join(f'<li class="breadcrumbs__item"><a href="{h}">{t}</a></li>' for t, h in crumbs)
        bc = f'''
        <nav class="breadcrumbs" aria-label="Du är här">
          <ol class="breadcrumbs__list"><li class="breadcrumbs__item"><a href="/">Startsida</a></li>{lis}<li class="breadcrumbs__item" aria-current="page">{esc(title)}</li></ol>
        </nav>'''
    return f'''{head(path, title, 'Hudiksvalls kommun', desc or title, template, 'hudiksvall', 'main')}
<body class="template-{template}" data-webspace="hudiksvall">
    {main_header(path)}
    <main id="innehall" class="site-main" tabindex="-1">
      <div class="container">{bc}
{content}
      </div>
    </main>
    {main_footer()}
</body>
</html>
'''


def article(title, lead, body, aside='', updated='2025-10-01'):
    side = f'\n          <aside class="content-aside">{aside}\n          </aside>' if aside else ''
    return f'''        <div class="content-layout{" content-layout--aside" if aside else ""}">
          <article class="content" vocab="http://schema.org/" typeof="Content">
            <h1 property="title">{title}</h1>
            <p class="lead" property="excerpt">{lead}</p>
            <div class="text-block" property="article">
{body}
            </div>
            <p class="content__updated">Senast uppdaterad: <time datetime="{updated}">{updated}</time></p>
          </article>{side}
        </div>'''


def link_list(items):
    lis = ''.join(f'\n              <li class="link-list__item"><a href="{h}"><span class="link-list__title">{t}</span><span class="link-list__text">{d}</span></a></li>' for t, h, d in items)
    return f'''            <ul class="link-list">{lis}
            </ul>'''


# ------------------------------------------------------------------------------------------------- main pages
def start():
    news = ''.join(f'''
              <li class="news-list__item"><a href="{h}"><time datetime="{d}">{d}</time><span class="news-list__title">{t}</span></a></li>'''
                   for t, h, d in [('Ny gång- och cykelväg mellan Iggesund och Hudiksvall', N1, '2026-01-22'),
                                   ('Sommarlovsaktiviteter för barn och unga 2026', N2, '2026-01-15'),
                                   ('Kommunen söker fler familjehem', N3, '2025-12-10')])
    content = f'''        <section class="hero" style="background-image:url({media('hudiksvall-hamn-vinter')})">
          <div class="hero__inner">
            <h1 class="hero__title">Välkommen till Hudiksvalls kommun</h1>
            <p class="hero__text">Glada Hudik – mellan hav och skog i Hälsingland.</p>
          </div>
        </section>
        <section class="block block--shortcuts" data-block-type="shortcuts">
          <h2 class="visually-hidden">Genvägar</h2>
          <ul class="shortcuts">
            <li><a href="{BU}">Förskola och skola</a></li>
            <li><a href="{BB}">Bygglov</a></li>
            <li><a href="{JOBS}">Lediga jobb</a></li>
            <li><a href="{OS}">Omsorg och stöd</a></li>
            <li><a href="{KP}">Politik och beslut</a></li>
          </ul>
          <p class="popular-searches">Populära sökningar:
            <a href="{SEARCHES[0]}">bygglov</a>
            <a href="{SEARCHES[1]}">lediga jobb</a>
            <a href="{SEARCHES[2]}">skolval</a>
          </p>
        </section>
        <section class="block block--news" data-block-type="news-teaser">
          <h2 class="block__title">Nyheter</h2>
          <ul class="news-list">{news}
          </ul>
          <p><a class="more-link" href="{NYH}">Fler nyheter</a></p>
        </section>
        <section class="block block--banner" data-block-type="banner">
          <a class="banner__link" href="{VF}">
            <picture>
              <source srcset="{media('vf-banner-2025', '1440x400').replace('.jpg', '.webp')}" type="image/webp">
              <img class="banner__image" src="{media('vf-banner-2025', '1440x400')}" alt="Två barn och en vuxen läser en bok på en filt i gräset" width="1440" height="400" loading="lazy">
            </picture>
          </a>
        </section>
        <section class="block block--events" data-block-type="event-teaser">
          <h2 class="block__title">Evenemang</h2>
          <ul class="event-list">
            <li><a href="{EV_MARKNAD}"><time datetime="2026-04-25">25 april</time> Hudiksvalls vårmarknad</a></li>
            <li><a href="{EV_KONSERT}"><time datetime="2026-05-07">7 maj</time> Vårkonsert med kulturskolan</a></li>
          </ul>
          <p><a class="more-link" href="{EVS}">Alla evenemang</a></p>
        </section>'''
    return main_page('/', 'Startsida', content, desc='Hudiksvalls kommuns webbplats: service, nyheter och evenemang.', template='homepage')


SECTIONS = {
    BU: ('Barn och utbildning', 'Förskola, grundskola, gymnasium och vuxenutbildning i Hudiksvalls kommun.',
         [('Förskola', BU + '/forskola', 'Ansök om plats, avgifter och förskolor'), ('Grundskola', BU + '/grundskola', 'Skolval, skolskjuts och skolor'),
          ('Gymnasium', BU + '/gymnasium', 'Bromangymnasiet och Hudiksvalls ekonomigymnasium'), ('Vuxenutbildning', BU + '/vuxenutbildning', 'Komvux och SFI')]),
    OS: ('Omsorg och stöd', 'Stöd till barn och familjer, äldre, personer med funktionsnedsättning och den som behöver ekonomiskt bistånd.',
         [('Barn och familj', BF, 'Familjecentralen, föräldrastöd och stöd till barn och unga'), ('Äldreomsorg', OS + '/aldreomsorg', 'Hemtjänst, trygghetslarm och särskilt boende'),
          ('Funktionsnedsättning', OS + '/funktionsnedsattning', 'Stöd enligt LSS och socialtjänstlagen'), ('Ekonomiskt bistånd', OS + '/ekonomiskt-bistand', 'Försörjningsstöd och budget- och skuldrådgivning')]),
    KF: ('Kultur och fritid', 'Bibliotek, idrott, friluftsliv, kulturskola och fritidsgårdar.',
         [('Bibliotek', KF + '/bibliotek', 'Hudiksvalls stadsbibliotek och filialerna'), ('Idrott och motion', KF + '/idrott-och-motion', 'Idrottsanläggningar och motionsspår'),
          ('Kulturskolan', KF + '/kulturskolan', 'Musik, dans och teater för barn och unga')]),
    BB: ('Bygga och bo', 'Bygglov, detaljplaner, vatten och avlopp, avfall och trafik.',
         [('Bygglov', BB + '/bygglov', 'När behöver du bygglov?'), ('Detaljplaner', BB + '/detaljplaner', 'Pågående planarbete'),
          ('Gator och vägar', BB + '/gator-och-vagar', 'Snöröjning, gatubelysning och vägarbeten')]),
    KP: ('Kommun och politik', 'Så styrs Hudiksvalls kommun: politik, ekonomi, styrdokument och statistik.',
         [('Kommunfullmäktige', KP + '/kommunfullmaktige', 'Sammanträden, handlingar och protokoll'), ('Ekonomi och budget', KP + '/ekonomi-och-budget', 'Budget, årsredovisning och skattesats'),
          ('Styrdokument', KP + '/styrdokument', 'Policyer, planer och riktlinjer')]),
    NA: ('Näringsliv och arbete', 'Företagsservice, tillstånd och arbetsmarknad.',
         [('Starta och driva företag', NA + '/starta-och-driva-foretag', 'Företagslotsen hjälper dig'), ('Lediga jobb', JOBS, 'Jobba i Hudiksvalls kommun'),
          ('Arbetsmarknadsenheten', NA + '/arbetsmarknadsenheten', 'Stöd till arbete och studier')]),
}


def section_page(path):
    title, lead, items = SECTIONS[path]
    body = link_list(items)
    return main_page(path, title, article(title, lead, body, updated='2025-09-12'), desc=lead, crumbs=[], template='section')


def barn_och_familj():
    body = link_list([('Familjecentralen', SERVICE, 'Öppen förskola, barnavårdscentral och föräldrastöd på ett ställe'),
                      ('Föräldrastöd', BF + '/foraldrastod', 'Föräldragrupper och samtal'),
                      ('Orosanmälan', BF + '/orosanmalan', 'Om du är orolig för ett barn'),
                      ('Bli familjehem', N3, 'Vi söker fler familjehem')])
    return main_page(BF, 'Barn och familj', article('Barn och familj', 'Stöd och råd för dig som är förälder eller för dig som är ung.', body, updated='2025-08-28'),
                     crumbs=[('Omsorg och stöd', OS)], template='section')


def service():
    aside = '''
            <div class="contact-box">
              <h2>Kontakt</h2>
              <p><strong>Familjecentralen Hudiksvall</strong><br>Köpmangatan 22, Hudiksvall<br>Telefon: 0650-191 40</p>
            </div>'''
    body = '''              <p>På Familjecentralen finns barnavårdscentral, mödravårdscentral, öppen förskola och socialtjänstens förebyggande familjestöd under samma tak. Hit är alla föräldrar och blivande föräldrar med barn upp till sex år välkomna.</p>
              <h2>Det här finns på Familjecentralen</h2>
              <ul>
                <li><strong>Öppna förskolan</strong> – lek, sång och fika för barn och vuxna. Du behöver inte anmäla dig.</li>
                <li><strong>Barnavårdscentralen och mödravårdscentralen</strong> – Region Gävleborgs hälsovård för barn och blivande föräldrar.</li>
                <li><strong>Föräldrarådgivning</strong> – samtal med en familjebehandlare om det som känns svårt i föräldraskapet. Samtalen är kostnadsfria.</li>
              </ul>
              <h2>Öppettider</h2>
              <p>Öppna förskolan: måndag, tisdag och torsdag 9.00–12.00, onsdag 13.00–16.00.<br>Barnavårdscentralen: tidsbokning via 1177.se.</p>
              <h2>Bakgrund</h2>
              <p>Familjecentralen startade 2020 som en insats med medel ur kommunens välfärdsfond. Sedan januari 2022 är den en del av kommunens och Region Gävleborgs ordinarie verksamhet, och den finansieras i kommunens budget.</p>'''
    return main_page(SERVICE, 'Familjecentralen', article('Familjecentralen', 'En mötesplats för familjer med barn 0–6 år i Hudiksvall.', body, aside, updated='2025-06-03'),
                     crumbs=[('Omsorg och stöd', OS), ('Barn och familj', BF)], template='default')


def news_list():
    items = ''.join(f'''
              <li class="news-list__item"><a href="{h}"><time datetime="{d}">{d}</time><span class="news-list__title">{t}</span></a><p>{x}</p></li>'''
                    for t, h, d, x in [('Ny gång- och cykelväg mellan Iggesund och Hudiksvall', N1, '2026-01-22', 'Bygget av den nya vägen längs riksväg 84 börjar i april.'),
                                       ('Sommarlovsaktiviteter för barn och unga 2026', N2, '2026-01-15', 'Föreningar kan nu anmäla aktiviteter till sommarlovsprogrammet.'),
                                       ('Kommunen söker fler familjehem', N3, '2025-12-10', 'Kan du ge ett barn en trygg plats i din familj?')])
    body = f'''            <ul class="news-list news-list--full">{items}
            </ul>'''
    return main_page(NYH, 'Nyheter', article('Nyheter', 'Nyheter från Hudiksvalls kommun.', body, updated='2026-01-22'), crumbs=[], template='news-overview')


def news(path, title, date, lead, body):
    return main_page(path, title, article(title, lead, body, updated=date), crumbs=[('Nyheter', NYH)], template='news')


def n1():
    return news(N1, 'Ny gång- och cykelväg mellan Iggesund och Hudiksvall', '2026-01-22', 'I april börjar bygget av en ny gång- och cykelväg längs riksväg 84 mellan Iggesund och Hudiksvall.',
                '''              <p>Den nya vägen blir 6,4 kilometer lång och ska vara klar hösten 2027. Trafikverket och kommunen delar på kostnaden, som beräknas till 48 miljoner kronor.</p>
              <p>Under byggtiden kan det bli köer och sänkt hastighet på riksväg 84. Följ arbetet på sidan <a href="/bygga-och-bo/gator-och-vagar">Gator och vägar</a>.</p>''')


def n2():
    return news(N2, 'Sommarlovsaktiviteter för barn och unga 2026', '2026-01-15', 'Föreningar och studieförbund kan nu anmäla gratis aktiviteter till sommarlovsprogrammet.',
                '''              <p>Även i år ordnar kommunen ett program med kostnadsfria aktiviteter för barn och unga 6–15 år under sommarlovet. Aktiviteterna finansieras med statsbidrag från Socialstyrelsen.</p>
              <p>Anmäl er aktivitet senast den 15 mars på sidan om <a href="/kultur-och-fritid">kultur och fritid</a>.</p>''')


def n3():
    return news(N3, 'Kommunen söker fler familjehem', '2025-12-10', 'Kan du ge ett barn eller en ungdom en trygg plats i din familj under en tid?',
                '''              <p>Socialtjänsten behöver fler familjehem, särskilt för tonåringar och syskon. Som familjehem får du utbildning, handledning och ersättning.</p>
              <p>Välkommen på informationsträff den 4 februari klockan 18.00 i stadshuset. Ring familjehemsgruppen på 0650-191 70 om du vill veta mer.</p>''')


def events_list():
    body = f'''            <p><a class="btn" href="{CAL}" rel="nofollow">Visa som kalender</a></p>
            <ul class="event-list event-list--full">
              <li><a href="{EV_MARKNAD}"><time datetime="2026-04-25">25 april 2026</time> Hudiksvalls vårmarknad</a></li>
              <li><a href="{EV_KONSERT}"><time datetime="2026-05-07">7 maj 2026</time> Vårkonsert med kulturskolan</a></li>
            </ul>'''
    return main_page(EVS, 'Evenemang', article('Evenemang', 'Konserter, marknader och aktiviteter i Hudiksvalls kommun.', body, updated='2026-01-20'), crumbs=[], template='event-overview')


def event_main(path, title, lead, facts, text):
    rows = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in facts)
    body = f'''              <dl class="event-facts">{rows}</dl>
              {text}'''
    return main_page(path, title, article(title, lead, body, updated='2026-01-20'), crumbs=[('Evenemang', EVS)], template='event')


def jobs_list():
    body = link_list([('Familjebehandlare till Tryggare start', JOB, 'Socialförvaltningen · Visstidsanställning · Sista ansökningsdag 8 februari 2026'),
                      ('Undersköterska till hemtjänsten i Delsbo', JOB2, 'Omsorgsförvaltningen · Tillsvidareanställning · Sista ansökningsdag 15 februari 2026')])
    return main_page(JOBS, 'Lediga jobb', article('Lediga jobb', 'Lediga tjänster i Hudiksvalls kommun. Du söker jobben via Offentliga jobb.', body, updated='2026-01-19'), crumbs=[], template='section')


def job():
    body = '''              <h2>Om arbetsplatsen</h2>
              <p>Familjeenheten inom socialförvaltningen arbetar med råd, stöd och behandling till barn och familjer. Vi är ett trettiotal medarbetare med kontor på Köpmangatan i Hudiksvall.</p>
              <h2>Om tjänsten</h2>
              <p>Du kommer att arbeta i Tryggare start, en insats som finansieras av kommunens välfärdsfond. Tillsammans med barnavårdscentralen gör du hembesök hos familjer med små barn och leder föräldragrupper.</p>
              <h2>Kvalifikationer</h2>
              <p>Du är socionom eller har annan högskoleutbildning som vi bedömer likvärdig, och har erfarenhet av arbete med familjer. Du har körkort för personbil.</p>
              <ul class="job-facts">
                <li><strong>Anställningsform:</strong> Visstidsanställning till och med 2026-12-31</li>
                <li><strong>Omfattning:</strong> Heltid</li>
                <li><strong>Tillträde:</strong> 2026-03-01 eller enligt överenskommelse</li>
                <li><strong>Sista ansökningsdag:</strong> 2026-02-08</li>
                <li><strong>Referensnummer:</strong> HK-2026-0114</li>
              </ul>
              <p>Frågor om tjänsten besvaras av enhetschef Maria Ljung, 0650-191 52. Fackliga företrädare nås via kommunens växel.</p>
              <p><a class="btn btn--primary" href="https://www.offentligajobb.se/jobb/hudiksvall/HK-2026-0114">Sök tjänsten</a></p>'''
    return main_page(JOB, 'Familjebehandlare till Tryggare start', article('Familjebehandlare till Tryggare start', 'Socialförvaltningen söker en familjebehandlare för hembesök och föräldragrupper.', body, updated='2026-01-19'),
                     crumbs=[('Lediga jobb', JOBS)], template='job')


def job2():
    body = '''              <h2>Om tjänsten</h2>
              <p>Hemtjänsten i Delsbo ger stöd i vardagen till äldre som bor hemma. Du arbetar dag och kväll varannan helg.</p>
              <ul class="job-facts">
                <li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
                <li><strong>Omfattning:</strong> 90 procent</li>
                <li><strong>Tillträde:</strong> Enligt överenskommelse</li>
                <li><strong>Sista ansökningsdag:</strong> 2026-02-15</li>
              </ul>'''
    return main_page(JOB2, 'Undersköterska till hemtjänsten i Delsbo', article('Undersköterska till hemtjänsten i Delsbo', 'Omsorgsförvaltningen söker undersköterskor.', body, updated='2026-01-16'),
                     crumbs=[('Lediga jobb', JOBS)], template='job')


def kontakt():
    body = '''              <h2>Kontaktcenter</h2>
              <p>Telefon: 0650-190 00, måndag–fredag 8.00–16.30.<br>E-post: hudiksvalls.kommun@hudiksvall.se</p>
              <h2>Besöksadress</h2>
              <p>Stadshuset, Drottninggatan 15, Hudiksvall.</p>'''
    return main_page(KONTAKT, 'Kontakta oss', article('Kontakta oss', 'Så når du Hudiksvalls kommun.', body, updated='2025-05-20'), crumbs=[])


def tillg():
    body = '''              <p>Hudiksvalls kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
              <h2>Kända brister</h2>
              <p>Vissa äldre PDF-dokument är inte tillgänglighetsanpassade. Webbplatsen Välfärdsfonden har en egen redogörelse.</p>'''
    return main_page(TILLG, 'Tillgänglighetsredogörelse', article('Tillgänglighetsredogörelse', 'Så tillgänglig är hudiksvall.se.', body, updated='2025-03-01'), crumbs=[('Om webbplatsen', OMW)])


def kakor():
    body = '''              <p>En kaka (cookie) är en liten textfil som webbplatsen sparar i din webbläsare.</p>
              <table class="table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
              <tbody><tr><td>PHPSESSID</td><td>Håller ihop ditt besök</td><td>Sessionen</td></tr><tr><td>cookie_consent</td><td>Sparar ditt val om kakor</td><td>12 månader</td></tr></tbody></table>'''
    return main_page(KAKOR, 'Kakor', article('Kakor', 'Om kakor på hudiksvall.se.', body, updated='2025-03-01'), crumbs=[('Om webbplatsen', OMW)])


# ------------------------------------------------------------------------------------------- the fund's chrome
VF_MENU = [('Start', VF), ('Insatser', INS), ('Sök medel', SOK), ('Om fonden', OM), ('Aktuellt', AKT), ('Kontakt', VKONTAKT)]


def vf_header(path):
    items = ''
    for t, h in VF_MENU:
        cur = (path == h) if h == VF else path.startswith(h)
        ac = ' aria-current="page"' if cur else ''
        items += f'\n            <li class="vf-nav__item"><a class="vf-nav__link"{ac} href="{h}">{t}</a></li>'
    return f'''<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
    <div class="vf-topbar">
      <div class="vf-container">
        <a class="vf-topbar__back" href="/">&larr; Till hudiksvall.se</a>
        <span class="vf-topbar__owner">En webbplats från Hudiksvalls kommun</span>
      </div>
    </div>
    <header class="vf-header" role="banner">
      <div class="vf-container vf-header__inner">
        <a class="vf-logo" href="{VF}"><img src="/build/website/images/valfardsfonden-logo.svg" alt="" width="48" height="48"><span class="vf-logo__name">Välfärdsfonden</span><span class="vf-logo__sub">Hudiksvalls kommuns fond för sociala investeringar</span></a>
        <form class="vf-search" action="{VSEARCH}" method="get" role="search">
          <label class="visually-hidden" for="vf-q">Sök på Välfärdsfondens webbplats</label>
          <input id="vf-q" type="search" name="q" placeholder="Sök">
          <button type="submit">Sök</button>
        </form>
      </div>
      <nav class="vf-nav" aria-label="Välfärdsfondens meny">
        <div class="vf-container">
          <ul class="vf-nav__list">{items}
          </ul>
        </div>
      </nav>
    </header>'''


def vf_footer():
    return f'''<footer class="vf-footer" role="contentinfo">
      <div class="vf-container vf-footer__grid">
        <div>
          <p class="vf-footer__name">Välfärdsfonden</p>
          <p>Hudiksvalls kommun, kommunledningsförvaltningen<br>Drottninggatan 15, 824 80 Hudiksvall</p>
          <p>E-post: <a href="mailto:valfardsfonden@hudiksvall.se">valfardsfonden@hudiksvall.se</a></p>
        </div>
        <ul class="vf-footer__links">
          <li><a href="{VKONTAKT}">Kontakt</a></li>
          <li><a href="/">hudiksvall.se</a></li>
          <li><a href="{ADMIN}" rel="nofollow">Logga in (redaktörer)</a></li>
        </ul>
      </div>
    </footer>'''


def vf_page(path, title, content, desc='', crumbs=None, template='vf-default'):
    bc = ''
    if crumbs is not None:
        lis = ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in crumbs)
        bc = f'''
        <nav class="vf-breadcrumbs" aria-label="Brödsmulor">
          <ol><li><a href="{VF}">Välfärdsfonden</a></li>{lis}<li aria-current="page">{esc(title)}</li></ol>
        </nav>'''
    return f'''{head(path, title, 'Välfärdsfonden', desc or title, template, 'valfardsfonden', 'valfardsfonden')}
<body class="vf {template}" data-webspace="valfardsfonden">
    {vf_header(path)}
    <main id="innehall" class="vf-main" tabindex="-1">
      <div class="vf-container">{bc}
{content}
      </div>
    </main>
    {vf_footer()}
</body>
</html>
'''


def vf_article(path, title, lead, body, aside='', updated='2025-10-01', pdf=False):
    side = f'\n          <aside class="vf-aside">{aside}\n          </aside>' if aside else ''
    tools = f'\n            <p class="vf-tools"><a href="{pdf_link(path)}" rel="nofollow">Spara som PDF</a></p>' if pdf else ''
    return f'''        <div class="vf-layout{" vf-layout--aside" if aside else ""}">
          <article class="vf-article" vocab="http://schema.org/" typeof="Content">
            <h1 property="title">{title}</h1>
            <p class="vf-lead" property="excerpt">{lead}</p>
            <div class="vf-text" property="blocks">
{body}
            </div>{tools}
            <p class="vf-updated">Sidan uppdaterades <time datetime="{updated}">{updated}</time></p>
          </article>{side}
        </div>'''


# ------------------------------------------------------------------------------------------------ the fund's pages
def vf_start():
    news = ''.join(f'''
              <li><a href="{h}"><time datetime="{d}">{d}</time> {t}</a></li>'''
                   for t, h, d in [('Kommunstyrelsen har beslutat om två ansökningar', N_BESLUT, '2025-11-27'),
                                   ('Nu kan verksamheterna söka medel för 2026', N_FUND, '2025-11-03'),
                                   ('Frukostseminarium: Vad har Välfärdsfonden gett?', EV, '2025-10-20')])
    body = f'''              <p>Välfärdsfonden är Hudiksvalls kommuns fond för sociala investeringar. Kommunfullmäktige avsatte 20 miljoner kronor till fonden 2020. Pengarna ska användas till förebyggande insatser som gör livet bättre för barn, unga, vuxna och äldre – och som på sikt minskar kommunens kostnader för vård, stöd och försörjningsstöd.</p>
              <div class="vf-puffs">
                <a class="vf-puff" href="{INS}"><h2 class="vf-puff__title">Insatser som fått medel</h2><p>Läs om de insatser som fonden finansierar nu och tidigare.</p></a>
                <a class="vf-puff" href="{SOK}"><h2 class="vf-puff__title">Sök medel</h2><p>Så söker en förvaltning eller ett kommunalt bolag pengar ur fonden.</p></a>
                <a class="vf-puff" href="{OM}"><h2 class="vf-puff__title">Om fonden</h2><p>Riktlinjer, beslut och uppföljning.</p></a>
              </div>
              <h2>Fonden i siffror</h2>
              <ul class="vf-figures">
                <li><span class="vf-figures__value">20 000 000 kr</span> avsatta av kommunfullmäktige 2020</li>
                <li><span class="vf-figures__value">13 160 000 kr</span> beviljade hittills</li>
                <li><span class="vf-figures__value">9</span> insatser sedan starten</li>
              </ul>
              <h2>Senaste nytt</h2>
              <ul class="vf-news">{news}
              </ul>'''
    return vf_page(VF, 'Välfärdsfonden', vf_article(VF, 'Välfärdsfonden', 'Hudiksvalls kommuns fond för sociala investeringar – pengar för att förebygga i stället för att reparera.', body, updated='2025-11-27', pdf=True),
                   desc='Välfärdsfonden är Hudiksvalls kommuns fond för sociala investeringar.', template='vf-start')


def om():
    body = f'''              <h2>Varför en välfärdsfond?</h2>
              <p>Kommunens budget fördelas år för år, medan förebyggande arbete ofta ger resultat först efter flera år och i en annan förvaltning än den som gör jobbet. Fonden gör det möjligt att pröva nya arbetssätt utan att pengarna tas från den ordinarie verksamheten.</p>
              <h2>Riktlinjer</h2>
              <p>Kommunfullmäktige antog riktlinjerna för Välfärdsfonden den 28 september 2020 (§ 112) och ändrade dem den 22 april 2024 (§ 45). En insats som får medel ur fonden ska</p>
              <ol>
                <li>vara förebyggande och rikta sig till en tydligt avgränsad målgrupp,</li>
                <li>vara tidsbegränsad, högst tre år,</li>
                <li>ha mätbara mål och en plan för uppföljning,</li>
                <li>bygga på samverkan mellan minst två förvaltningar eller med en extern part,</li>
                <li>ha en plan för hur arbetet ska tas över av ordinarie verksamhet om det faller väl ut.</li>
              </ol>
              <h2>Beslut</h2>
              <p>Kommunstyrelsens arbetsutskott beslutar om ansökningar upp till 1 miljon kronor. Större ansökningar beslutas av kommunstyrelsen. Beredningsgruppen för Välfärdsfonden, med ekonomer och utvecklingsledare från kommunledningsförvaltningen, bereder alla ansökningar.</p>
              <h2>Återföring till fonden</h2>
              <p>När en insats har gett effekt och blivit ordinarie verksamhet betalar den förvaltning som fått medel tillbaka hälften av beloppet till fonden under fem år, så att nya insatser kan finansieras.</p>
              <h2>Uppföljning</h2>
              <p>Varje år lämnar beredningsgruppen en uppföljning av fonden till kommunstyrelsen. <a href="{UPPF}">Läs uppföljningen för 2025</a>.</p>'''
    return vf_page(OM, 'Om fonden', vf_article(OM, 'Om fonden', 'Riktlinjer och beslutsordning för Välfärdsfonden.', body, updated='2025-05-14', pdf=True), crumbs=[])


def uppf():
    body = '''              <p>Uppföljningen beskriver hur fondens medel har använts från starten 2020 till och med 2025. Den lämnades till kommunstyrelsen i februari 2026.</p>
              <h2>Beviljade medel per år</h2>
              <table class="vf-table">
                <caption>Ansökningar och beviljade medel 2020–2025</caption>
                <thead><tr><th scope="col">År</th><th scope="col">Inkomna ansökningar</th><th scope="col">Beviljade</th><th scope="col">Beviljat belopp (kr)</th></tr></thead>
                <tbody>
                  <tr><td>2020</td><td>4</td><td>2</td><td>2 150 000</td></tr>
                  <tr><td>2021</td><td>5</td><td>2</td><td>2 030 000</td></tr>
                  <tr><td>2022</td><td>3</td><td>1</td><td>650 000</td></tr>
                  <tr><td>2023</td><td>2</td><td>0</td><td>0</td></tr>
                  <tr><td>2024</td><td>6</td><td>2</td><td>5 550 000</td></tr>
                  <tr><td>2025</td><td>5</td><td>2</td><td>2 780 000</td></tr>
                  <tr><td>Totalt</td><td>25</td><td>9</td><td>13 160 000</td></tr>
                </tbody>
              </table>
              <h2>Slutsatser</h2>
              <p>Fem insatser har avslutats. Tre av dem har helt eller delvis blivit ordinarie verksamhet. Beredningsgruppen konstaterar att insatser som bygger på samverkan med Region Gävleborg har haft lättast att leva vidare, och att uppföljningen av kostnader behöver bli bättre.</p>
              <h2>Förslag</h2>
              <p>Beredningsgruppen föreslår att fonden fylls på med 5 miljoner kronor i budgeten för 2027 och att ansökningsomgångarna blir två per år även framöver.</p>'''
    return vf_page(UPPF, 'Uppföljning av Välfärdsfonden 2025', vf_article(UPPF, 'Uppföljning av Välfärdsfonden 2025', 'Rapport till kommunstyrelsen om fondens första sex år.', body, updated='2026-02-10'),
                   crumbs=[('Om fonden', OM)])


def sok():
    body = '''              <h2>Vem kan söka?</h2>
              <p>Kommunens förvaltningar och helägda bolag kan söka medel. Föreningar, Region Gävleborg och andra myndigheter kan vara med som samverkansparter, men ansökan görs av en förvaltning.</p>
              <h2>När kan vi söka?</h2>
              <p>Ansökningar tas emot två gånger per år: senast den 15 mars och senast den 15 september.</p>
              <h2>Så går ansökan till</h2>
              <ol>
                <li>Kontakta beredningsgruppen tidigt och berätta om er idé.</li>
                <li>Fyll i ansökningsmallen. Beskriv målgruppen, vad ni vill göra, vad det kostar och hur ni ska följa upp arbetet.</li>
                <li>Förvaltningschefen skriver under ansökan.</li>
                <li>Beredningsgruppen bereder ansökan och lämnar ett förslag till beslut.</li>
                <li>Kommunstyrelsens arbetsutskott eller kommunstyrelsen fattar beslut.</li>
              </ol>
              <p><a href="/uploads/media/default/0001/02/ansokningsmall-valfardsfonden-2026.docx">Ansökningsmall (Word)</a></p>
              <h2>Vanliga frågor</h2>
              <h3>Kan vi söka pengar till en tjänst som redan finns?</h3>
              <p>Nej, fonden finansierar bara nya arbetssätt och inte verksamhet som redan bedrivs.</p>
              <h3>Hur mycket kan vi söka?</h3>
              <p>Det finns inget tak, men de flesta insatser har fått mellan 500 000 och 3 miljoner kronor.</p>'''
    return vf_page(SOK, 'Sök medel', vf_article(SOK, 'Sök medel', 'Så söker en förvaltning pengar ur Välfärdsfonden.', body, updated='2025-11-03'), crumbs=[])


def card(title, href, text, meta):
    return f'''
                <article class="vf-card">
                  <img class="vf-card__image" src="{media(href.rsplit('/', 1)[-1], '400x260')}" alt="" width="400" height="260" loading="lazy">
                  <h2 class="vf-card__title"><a href="{href}">{title}</a></h2>
                  <p class="vf-card__text">{text}</p>
                  <p class="vf-card__meta">{meta}</p>
                </article>'''


def insatser():
    chips = ''.join(f'<li><a class="vf-chip" href="{h}" rel="nofollow">{t}</a></li>' for t, h in zip(['Barn och unga', 'Vuxna', 'Äldre'], TAGS))
    cards = card('Tryggare start', H1, 'Hembesök och föräldragrupper för familjer med barn upp till tre år.', '2024–2026 · Barn och familj') + \
        card('Närvaro i fokus', H2, 'Tidigt stöd till elever i årskurs 7–9 som är borta mycket från skolan.', '2024–2027 · Skola') + \
        card('Jobbspåret', H3, 'Jobbcoacher hjälper unga vuxna med försörjningsstöd till arbete eller studier.', '2025–2027 · Arbete')
    body = f'''              <p>Här finns de insatser som får pengar ur Välfärdsfonden just nu. Listan uppdateras två gånger per år, efter varje ansökningsomgång. Nyligen beviljade insatser hittar du under <a href="{AKT}">Aktuellt</a>.</p>
              <div class="vf-filter">
                <p class="vf-filter__label">Filtrera på målgrupp:</p>
                <ul class="vf-filter__chips">{chips}</ul>
              </div>
              <div class="vf-cards">{cards}
              </div>
              <p><a class="vf-more" href="{AVS}">Avslutade insatser</a></p>'''
    return vf_page(INS, 'Insatser som fått medel', vf_article(INS, 'Insatser som fått medel', 'Pågående insatser som finansieras av Välfärdsfonden.', body, updated='2025-09-30'),
                   crumbs=[], template='vf-list')


def avslutade():
    cards = card('Kvällsfältarna i Iggesund', H5, 'Fältsekreterare mötte unga i Iggesund på kvällar och helger.', '2021–2024 · Avslutad')
    body = f'''              <p>De här insatserna har avslutats. Resultaten redovisas på insatsernas egna sidor och i fondens årliga uppföljning.</p>
              <div class="vf-cards">{cards}
              </div>
              <h2>Blev ordinarie verksamhet</h2>
              <p>Familjecentralen i Hudiksvall (2020–2021) och Läxhjälp på biblioteket (2020–2022) finansieras i dag i kommunens ordinarie budget. Läs mer om <a href="{SERVICE}">Familjecentralen</a> på hudiksvall.se.</p>'''
    return vf_page(AVS, 'Avslutade insatser', vf_article(AVS, 'Avslutade insatser', 'Insatser som tidigare har fått medel ur Välfärdsfonden.', body, updated='2025-06-18'),
                   crumbs=[('Insatser', INS)], template='vf-list')


def insats(path, title, lead, body, facts, updated, crumbs=None):
    rows = ''.join(f'\n                <dt>{k}</dt>\n                <dd>{v}</dd>' for k, v in facts)
    aside = f'''
            <div class="vf-facts">
              <h2 class="vf-facts__title">Insatsen i korthet</h2>
              <dl>{rows}
              </dl>
            </div>'''
    return vf_page(path, title, vf_article(path, title, lead, body, aside, updated=updated, pdf=True), desc=lead,
                   crumbs=crumbs if crumbs is not None else [('Insatser', INS)], template='vf-insats')


def h1():
    body = f'''              <p>Tryggare start är en insats som finansieras av Välfärdsfonden. Socialtjänstens familjeenhet och barnavårdscentralerna i Hudiksvall och Iggesund gör tillsammans sex extra hembesök hos familjen under barnets första femton månader. Föräldrarna erbjuds också en föräldragrupp med Vägledande samspel (ICDP).</p>
              <h2>Bakgrund</h2>
              <p>Antalet orosanmälningar som gäller barn under tre år har ökat i kommunen sedan 2019. Forskning visar att stöd tidigt i föräldraskapet minskar risken för att barn far illa och behöver placeras senare. Insatsen bygger på det utökade hembesöksprogram som prövats i Rinkeby och i flera andra kommuner.</p>
              <h2>Mål</h2>
              <ul>
                <li>Minst 80 procent av förstagångsföräldrarna i Hudiksvall och Iggesund tar emot alla hembesök.</li>
                <li>Fler föräldrar söker stöd tidigt, och färre orosanmälningar gäller barn under tre år.</li>
              </ul>
              <p>Insatsen följs upp av FoU Hälsingland och ska utvärderas hösten 2026.</p>
              <p><a href="{JOB}">Vi söker en familjebehandlare till Tryggare start – läs annonsen</a></p>'''
    facts = [('Period', '1 januari 2024 – 31 december 2026'), ('Beviljat belopp', '2 400 000 kronor ur Välfärdsfonden'),
             ('Insatsägare', 'Socialförvaltningen, familjeenheten'),
             ('Samverkan', 'Region Gävleborg (barnavårdscentralerna i Hudiksvall och Iggesund), Svenska kyrkan i Hudiksvall'),
             ('Målgrupp', 'Förstagångsföräldrar och familjer med barn 0–3 år'),
             ('Bemanning', 'Två familjebehandlare på heltid och en barnsjuksköterska på 50 procent'), ('Status', 'Pågår')]
    return insats(H1, 'Tryggare start', 'Hembesök och föräldrastöd för familjer med barn upp till tre år i Hudiksvall och Iggesund.', body, facts, '2025-09-30')


def h2():
    body = '''              <p>Närvaro i fokus är en insats för elever i årskurs 7–9 på högstadieskolorna i Hudiksvall, Iggesund och Delsbo. Två närvarosamordnare och en socialsekreterare arbetar tillsammans med elevhälsan för att fånga upp elever med ökande frånvaro innan den blir långvarig.</p>
              <h2>Så arbetar vi</h2>
              <p>Skolan kontaktar vårdnadshavarna samma dag som en elev är frånvarande utan anmälan. När frånvaron når tio procent under en månad kallas eleven och familjen till ett möte där en gemensam plan görs. Vid behov kopplas socialtjänsten och barn- och ungdomspsykiatrin in direkt, utan remiss.</p>
              <h2>Varför?</h2>
              <p>Läsåret 2022/23 hade nästan var tionde elev i årskurs 7–9 i kommunen mer än 20 procents frånvaro. Elever som inte klarar grundskolan löper mycket större risk att hamna utanför arbetsmarknaden som vuxna.</p>
              <p>Kommunstyrelsen beviljade 3 150 000 kronor ur Välfärdsfonden i juni 2024. Insatsen pågår från augusti 2024 till juni 2027.</p>'''
    facts = [('Period', 'augusti 2024 – juni 2027'), ('Beviljat belopp', '3 150 000 kronor'),
             ('Insatsägare', 'Utbildningsförvaltningen'),
             ('Samverkan', 'Socialförvaltningen, barn- och ungdomspsykiatrin i Hudiksvall (Region Gävleborg)'),
             ('Målgrupp', 'Elever i årskurs 7–9 med hög frånvaro och deras vårdnadshavare'),
             ('Bemanning', 'Två närvarosamordnare och en socialsekreterare, alla på heltid'), ('Status', 'Pågår')]
    return insats(H2, 'Närvaro i fokus', 'Tidigt och samordnat stöd till högstadieelever som är borta mycket från skolan.', body, facts, '2025-08-21')


def h3():
    body = '''              <p>Jobbspåret är en insats för unga vuxna 18–29 år som har försörjningsstöd. Två jobbcoacher på arbetsmarknadsenheten träffar deltagarna varje vecka, hjälper dem att hitta praktik hos företag i Hudiksvall och Iggesund och att läsa in gymnasiet på Komvux.</p>
              <h2>Varför behövs Jobbspåret?</h2>
              <p>Var tredje hushåll med försörjningsstöd i kommunen är en ung vuxen. Ju längre tid någon står utanför arbete och studier, desto svårare blir det att komma tillbaka. Insatsen ska korta tiden med försörjningsstöd och ge fler unga en egen inkomst.</p>
              <h2>Mål</h2>
              <p>Minst 60 av de 100 deltagarna ska arbeta eller studera sex månader efter att de avslutat Jobbspåret.</p>'''
    facts = [('Period', 'september 2025 – augusti 2027'), ('Beviljat belopp', '1 820 000 kronor ur Välfärdsfonden'),
             ('Insatsägare', 'Arbetsmarknadsenheten'),
             ('Samverkan', 'Arbetsförmedlingen, Komvux Hudiksvall, Företagarna Hudiksvall'),
             ('Målgrupp', 'Unga vuxna 18–29 år med försörjningsstöd'),
             ('Bemanning', 'Två jobbcoacher på heltid'), ('Status', 'Pågår')]
    return insats(H3, 'Jobbspåret', 'Coachning, praktik och studier för unga vuxna som har försörjningsstöd.', body, facts, '2025-09-04')


def h4():
    body = '''              <p>Gemenskap 75+ är en ny insats mot ofrivillig ensamhet bland äldre i Forsa, Delsbo och Bjuråker. En aktivitetssamordnare bjuder in till träffar, promenadgrupper och studiecirklar i bygdegårdarna, och hjälper den som inte kan ta sig dit på egen hand med skjuts.</p>
              <h2>Bakgrund</h2>
              <p>Hemtjänsten i de västra kommundelarna möter allt fler äldre som sällan träffar någon. Ensamhet ökar risken för depression, fallolyckor och tidig flytt till särskilt boende.</p>
              <h2>Så ska insatsen följas upp</h2>
              <p>Deltagarna svarar på en enkät om ensamhet och hälsa när de börjar och efter ett år. Omsorgsförvaltningen följer också hur behovet av hemtjänst utvecklas.</p>
              <p>Kommunstyrelsens arbetsutskott beviljade insatsen 960 000 kronor ur Välfärdsfonden den 25 november 2025. Insatsen startar i februari 2026 och pågår i två år.</p>'''
    facts = [('Period', '1 februari 2026 – 31 januari 2028'), ('Beviljat belopp', '960 000 kronor'),
             ('Insatsägare', 'Omsorgsförvaltningen, äldreomsorgen'),
             ('Samverkan', 'PRO Delsbo, SPF Seniorerna Forsa, Studieförbundet Vuxenskolan, vårdcentralen i Delsbo (Region Gävleborg)'),
             ('Målgrupp', 'Personer 75 år och äldre i Forsa, Delsbo och Bjuråker som bor hemma och känner sig ensamma'),
             ('Bemanning', 'En aktivitetssamordnare på 75 procent'), ('Status', 'Startar februari 2026')]
    return insats(H4, 'Gemenskap 75+', 'Träffar, promenader och skjuts mot ensamhet för äldre i Forsa, Delsbo och Bjuråker.', body, facts, '2025-11-27')


def h5():
    body = '''              <p><strong>Insatsen är avslutad.</strong> Kvällsfältarna i Iggesund var en insats för unga 12–18 år i Iggesund. Två fältsekreterare rörde sig i centrum, vid skolan och i idrottshallen på fredags- och lördagskvällar och samarbetade med fritidsgården Tallen, Iggesunds IK och polisen.</p>
              <h2>Resultat</h2>
              <p>Under insatsen hade fältsekreterarna kontakt med omkring 180 unga. Polisens anmälningar om skadegörelse i Iggesund minskade med 40 procent mellan 2021 och 2023, och fler unga kom till fritidsgården på helgerna. FoU Hälsinglands utvärdering finns att beställa hos socialförvaltningen.</p>
              <h2>Efter insatsen</h2>
              <p>Sedan augusti 2024 ingår fältarbetet i Iggesund i ungdomsenhetens ordinarie arbete, med en fältsekreterare på halvtid.</p>'''
    facts = [('Period', 'augusti 2021 – juni 2024'), ('Beviljat belopp', '1 350 000 kronor'),
             ('Insatsägare', 'Socialförvaltningen, ungdomsenheten'),
             ('Samverkan', 'Polisen i Hudiksvall, Iggesunds IK, fritidsgården Tallen'),
             ('Målgrupp', 'Unga 12–18 år i Iggesund'),
             ('Bemanning', 'Två fältsekreterare på 75 procent'), ('Status', 'Avslutad')]
    return insats(H5, 'Kvällsfältarna i Iggesund', 'Fältsekreterare mötte unga i Iggesund på kvällar och helger 2021–2024.', body, facts, '2024-09-12',
                  crumbs=[('Insatser', INS), ('Avslutade insatser', AVS)])


def aktuellt():
    items = ''.join(f'''
              <li class="vf-news__item"><a href="{h}"><time datetime="{d}">{d}</time> <span>{t}</span></a><p>{x}</p></li>'''
                    for t, h, d, x in [('Kommunstyrelsen har beslutat om två ansökningar', N_BESLUT, '2025-11-27', 'En ny insats för äldre får medel ur fonden.'),
                                       ('Nu kan verksamheterna söka medel för 2026', N_FUND, '2025-11-03', 'Nästa ansökningsomgång stänger den 15 mars 2026.'),
                                       ('Frukostseminarium: Vad har Välfärdsfonden gett?', EV, '2025-10-20', 'Välkommen till ett seminarium om fondens första sex år.')])
    body = f'''              <ul class="vf-news vf-news--full">{items}
              </ul>'''
    return vf_page(AKT, 'Aktuellt', vf_article(AKT, 'Aktuellt', 'Nyheter och evenemang från Välfärdsfonden.', body, updated='2025-11-27'), crumbs=[], template='vf-list')


def n_beslut():
    body = f'''              <p>Kommunstyrelsens arbetsutskott behandlade den 25 november två ansökningar om medel ur Välfärdsfonden.</p>
              <p>Omsorgsförvaltningens ansökan om <a href="{H4}">Gemenskap 75+</a> beviljades 960 000 kronor. Insatsen ska minska ensamheten bland äldre i Forsa, Delsbo och Bjuråker och startar i februari.</p>
              <p>Kultur- och fritidsförvaltningens ansökan om en digital fritidsgård avslogs. Arbetsutskottet ansåg att ansökan saknade en plan för uppföljning och välkomnade en ny ansökan i vår.</p>
              <p>Listan över insatser på den här webbplatsen uppdateras efter årsskiftet.</p>'''
    return vf_page(N_BESLUT, 'Kommunstyrelsen har beslutat om två ansökningar',
                   vf_article(N_BESLUT, 'Kommunstyrelsen har beslutat om två ansökningar', 'En ny insats för äldre får pengar ur Välfärdsfonden.', body, updated='2025-11-27'),
                   crumbs=[('Aktuellt', AKT)], template='vf-news')


def n_fund():
    body = f'''              <p>Nu är ansökningsomgången för 2026 öppen. Förvaltningar och kommunala bolag kan söka medel ur Välfärdsfonden för förebyggande insatser fram till den 15 mars 2026.</p>
              <p>I år finns drygt 3 miljoner kronor att fördela. Beredningsgruppen ser gärna ansökningar som rör psykisk hälsa bland unga och stöd till föräldrar.</p>
              <p>Läs mer om hur ni <a href="{SOK}">söker medel</a> och om <a href="{OM}">fondens riktlinjer</a>. Har ni frågor? Mejla valfardsfonden@hudiksvall.se.</p>'''
    return vf_page(N_FUND, 'Nu kan verksamheterna söka medel för 2026',
                   vf_article(N_FUND, 'Nu kan verksamheterna söka medel för 2026', 'Ansökningsomgången är öppen till den 15 mars.', body, updated='2025-11-03'),
                   crumbs=[('Aktuellt', AKT)], template='vf-news')


def event():
    body = f'''              <p>Hur har det gått för de insatser som fått pengar ur Välfärdsfonden? Välkommen till ett frukostseminarium där insatsledare berättar om sina erfarenheter och FoU Hälsingland presenterar fondens uppföljning.</p>
              <dl class="vf-event">
                <dt>Datum</dt><dd>Torsdag 16 april 2026</dd>
                <dt>Tid</dt><dd>07.30–09.00, frukost från 07.15</dd>
                <dt>Plats</dt><dd>Stadshuset, Drottninggatan 15, Hudiksvall (sessionssalen)</dd>
                <dt>Kostnad</dt><dd>Kostnadsfritt</dd>
                <dt>Anmälan</dt><dd>Senast den 9 april till valfardsfonden@hudiksvall.se. Ange om du har behov av specialkost.</dd>
                <dt>Arrangör</dt><dd>Kommunledningsförvaltningen och FoU Hälsingland</dd>
              </dl>
              <h2>Program</h2>
              <ul>
                <li>07.30 Välkommen – kommunstyrelsens ordförande</li>
                <li>07.40 Sex år med Välfärdsfonden – vad säger uppföljningen?</li>
                <li>08.10 Erfarenheter från insatserna – samtal med insatsledare</li>
                <li>08.45 Frågor och avslutning</li>
              </ul>
              <p><a href="{ICAL}" rel="nofollow">Lägg till i kalender</a></p>'''
    return vf_page(EV, 'Frukostseminarium: Vad har Välfärdsfonden gett?',
                   vf_article(EV, 'Frukostseminarium: Vad har Välfärdsfonden gett?', 'Ett seminarium om fondens första sex år för politiker, chefer och medarbetare.', body, updated='2025-10-20'),
                   crumbs=[('Aktuellt', AKT)], template='vf-event')


def vkontakt():
    body = '''              <p>Har du frågor om Välfärdsfonden eller om en ansökan? Kontakta beredningsgruppen.</p>
              <div class="vf-contact">
                <p><strong>Anna Söderberg</strong><br>Utvecklingsledare, kommunledningsförvaltningen<br>Telefon: 0650-190 42</p>
                <p><strong>Per Nordin</strong><br>Ekonom, kommunledningsförvaltningen<br>Telefon: 0650-190 88</p>
              </div>'''
    return vf_page(VKONTAKT, 'Kontakt', vf_article(VKONTAKT, 'Kontakt', 'Så når du Välfärdsfonden.', body, updated='2025-01-15'), crumbs=[])


STUB_TEXT = {
    BU + '/forskola': 'Alla barn från ett års ålder har rätt till förskola om föräldrarna arbetar eller studerar. Ansök om plats i e-tjänsten minst fyra månader innan du behöver platsen.',
    BU + '/grundskola': 'Kommunen har 16 grundskolor. Skolvalet till förskoleklass och årskurs 7 görs i januari.',
    BU + '/gymnasium': 'Bromangymnasiet och Hudiksvalls ekonomigymnasium har tillsammans 18 nationella program.',
    BU + '/vuxenutbildning': 'Komvux Hudiksvall erbjuder grundläggande och gymnasial vuxenutbildning och SFI.',
    OS + '/aldreomsorg': 'Hemtjänst, trygghetslarm, dagverksamhet och särskilt boende för dig som är äldre.',
    OS + '/funktionsnedsattning': 'Stöd enligt LSS och socialtjänstlagen, till exempel daglig verksamhet, boendestöd och ledsagning.',
    OS + '/ekonomiskt-bistand': 'Du kan ansöka om försörjningsstöd om du inte kan försörja dig på annat sätt. Budget- och skuldrådgivningen är kostnadsfri.',
    BF + '/foraldrastod': 'Kommunen erbjuder föräldragrupper för föräldrar med barn i alla åldrar och enskilda samtal med en familjebehandlare.',
    BF + '/orosanmalan': 'Om du är orolig för att ett barn far illa kan du göra en orosanmälan till socialtjänsten. Vid akut fara, ring 112.',
    KF + '/bibliotek': 'Hudiksvalls stadsbibliotek och biblioteken i Iggesund, Delsbo och Näsviken.',
    KF + '/idrott-och-motion': 'Idrottsanläggningar, badhus, elljusspår och föreningsbidrag.',
    KF + '/kulturskolan': 'Kulturskolan erbjuder kurser i musik, dans och teater för barn och unga 6–19 år.',
    BB + '/bygglov': 'Här kan du läsa om när du behöver bygglov, marklov eller rivningslov och hur du ansöker.',
    BB + '/detaljplaner': 'Pågående och antagna detaljplaner i Hudiksvalls kommun.',
    BB + '/gator-och-vagar': 'Snöröjning, gatubelysning, parkering och pågående vägarbeten.',
    KP + '/kommunfullmaktige': 'Kommunfullmäktige är kommunens högsta beslutande organ och har 49 ledamöter.',
    KP + '/ekonomi-och-budget': 'Kommunens budget för 2026 omfattar 2,9 miljarder kronor. Skattesatsen är 22,86 kronor.',
    KP + '/styrdokument': 'Policyer, program, planer och riktlinjer som kommunfullmäktige och kommunstyrelsen har antagit.',
    NA + '/starta-och-driva-foretag': 'Företagslotsen hjälper dig som vill starta eller utveckla ett företag i Hudiksvall.',
    NA + '/arbetsmarknadsenheten': 'Arbetsmarknadsenheten erbjuder praktik, arbetsträning och stöd till dig som står utanför arbetsmarknaden.',
}
STUB_TITLE = {p: t for sec in SECTIONS.values() for t, p, _ in sec[2]}
STUB_TITLE.update({BF + '/foraldrastod': 'Föräldrastöd', BF + '/orosanmalan': 'Orosanmälan'})


def stub(path):
    title = STUB_TITLE[path]
    parent = path.rsplit('/', 1)[0]
    crumbs = [(SECTIONS[OS][0], OS), ('Barn och familj', BF)] if parent == BF else [(SECTIONS[parent][0], parent)]
    return main_page(path, title, article(title, STUB_TEXT[path], '              <p>Kontakta kontaktcenter på 0650-190 00 om du har frågor.</p>', updated='2025-04-11'),
                     crumbs=crumbs)


def om_webbplatsen():
    body = link_list([('Tillgänglighetsredogörelse', TILLG, 'Så tillgänglig är webbplatsen'), ('Kakor', KAKOR, 'Om kakor på hudiksvall.se')])
    return main_page(OMW, 'Om webbplatsen', article('Om webbplatsen', 'Information om hudiksvall.se.', body, updated='2025-03-01'), crumbs=[])


def languages():
    body = '''              <p lang="en">Information in English: Hudiksvall Municipality, Drottninggatan 15, Hudiksvall. Phone +46 650 190 00.</p>
              <p lang="ar" dir="rtl">معلومات باللغة العربية: اتصل بمركز الاتصال على الرقم 19000-0650.</p>'''
    return main_page('/languages', 'Other languages', article('Other languages', 'Information på andra språk.', body, updated='2024-10-02'), crumbs=[])


# -------------------------------------------------------------------------------------------------------- build
def build():
    write(H, '/', start())
    for p in SECTIONS:
        write(H, p, section_page(p))
    for p in STUB_TEXT:
        write(H, p, stub(p))
    write(H, OMW, om_webbplatsen())
    write(H, '/languages', languages())
    write(H, BF, barn_och_familj())
    write(H, SERVICE, service())
    write(H, NYH, news_list())
    write(H, N1, n1())
    write(H, N2, n2())
    write(H, N3, n3())
    write(H, EVS, events_list())
    write(H, EV_MARKNAD, event_main(EV_MARKNAD, 'Hudiksvalls vårmarknad', 'Marknad på Möljen och i stadskärnan.',
                                    [('Datum', 'Lördag 25 april 2026'), ('Tid', '10.00–16.00'), ('Plats', 'Möljen och Storgatan, Hudiksvall'), ('Arrangör', 'Hudiksvalls Handel')],
                                    '<p>Över hundra knallar, tivoli och lokala hantverkare.</p>'))
    write(H, EV_KONSERT, event_main(EV_KONSERT, 'Vårkonsert med kulturskolan', 'Kulturskolans elever spelar och sjunger.',
                                    [('Datum', 'Torsdag 7 maj 2026'), ('Tid', '18.30'), ('Plats', 'Hudiksvalls teater'), ('Kostnad', 'Fri entré')],
                                    '<p>Orkestrar, körer och ensembler från hela kommunen.</p>'))
    write(H, JOBS, jobs_list())
    write(H, JOB, job())
    write(H, JOB2, job2())
    write(H, KONTAKT, kontakt())
    write(H, TILLG, tillg())
    write(H, KAKOR, kakor())
    # the fund's webspace
    write(H, VF, vf_start())
    write(H, OM, om())
    write(H, UPPF, uppf())
    write(H, SOK, sok())
    write(H, INS, insatser())
    write(H, AVS, avslutade())
    write(H, H1, h1())
    write(H, H2, h2())
    write(H, H3, h3())
    write(H, H4, h4())
    write(H, H5, h5())
    write(H, AKT, aktuellt())
    write(H, N_BESLUT, n_beslut())
    write(H, N_FUND, n_fund())
    write(H, EV, event())
    write(H, VKONTAKT, vkontakt())
    # Sulu's sitemap: an index with one page sitemap of the main webspace (the fund's portal has none)
    write(H, '/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>https://{H}/sitemaps/pages-1.xml</loc>
    <lastmod>2026-01-22</lastmod>
  </sitemap>
</sitemapindex>
''')
    rows = [('/', '2026-01-22', None, None)] + [(p, '2025-09-12', None, None) for p in SECTIONS] + \
        [(BF, '2025-08-28', None, None), (SERVICE, '2025-06-03', None, None), (NYH, '2026-01-22', None, None),
         (N1, '2026-01-22', None, None), (N2, '2026-01-15', None, None), (N3, '2025-12-10', None, None),
         (EVS, '2026-01-20', None, None), (EV_MARKNAD, '2026-01-20', None, None), (EV_KONSERT, '2026-01-20', None, None),
         (JOBS, '2026-01-19', None, None), (JOB, '2026-01-19', None, None), (JOB2, '2026-01-16', None, None),
         (KONTAKT, '2025-05-20', None, None), (OMW, '2025-03-01', None, None), (TILLG, '2025-03-01', None, None),
         (KAKOR, '2025-03-01', None, None), ('/languages', '2024-10-02', None, None)] + [(p, '2025-04-11', None, None) for p in STUB_TEXT]
    write(H, '/sitemaps/pages-1.xml', urlset(H, rows))
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /admin
Disallow: /search
Disallow: /valfardsfonden/search
Disallow: /pdf-export
Disallow: /evenemang/kalender
Disallow: /intranat/
Disallow: /*?malgrupp=
Disallow: /_profiler/
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
''')


if __name__ == '__main__':
    build()
