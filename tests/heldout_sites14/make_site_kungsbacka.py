"""Kungsbacka kommun (1384) on Optimizely CMS 12 – generator for heldout_sites14."""
import json
from make_common import write, sitemap

H = 'www.kungsbacka.se'
PAGES = []
FUND = '/kommun-och-politik/social-hallbarhet/medel-for-sociala-investeringar/'
PROJ = FUND + 'projekt/'
K1 = PROJ + 'motesplats-hede/'
K2 = PROJ + 'foraldrastod-frillesas/'
K3 = '/kultur-och-fritid/bad-och-simhallar/simskola-for-alla/'
K4 = '/naringsliv-och-arbete/arbetsmarknad/jobbsparet/'
K5 = '/barn-och-utbildning/forskola/sprakglada-barn-i-onsala/'
ASSET = '/dist/main.7c41e2b9.css'
_id = [4790]

MENU = [('Barn och utbildning', '/barn-och-utbildning/'), ('Omsorg och hjälp', '/omsorg-och-hjalp/'),
        ('Bygga, bo och miljö', '/bygga-bo-och-miljo/'), ('Kultur och fritid', '/kultur-och-fritid/'),
        ('Näringsliv och arbete', '/naringsliv-och-arbete/'), ('Kommun och politik', '/kommun-och-politik/')]


def header(active):
    lis = ''.join(
        f'<li class="main-menu__item{" main-menu__item--active" if h == active else ""}"><a class="main-menu__link" href="{h}">{n}</a></li>'
        for n, h in MENU)
    return f'''<header class="site-header">
  <a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
  <div class="site-header__top container">
    <a class="site-header__logo" href="/"><img src="/globalassets/bilder/logotyp/kungsbacka-kommun-logo.svg" alt="Kungsbacka kommun – till startsidan" width="190" height="52"></a>
    <ul class="site-header__tools">
      <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10231&amp;lang=sv_se&amp;readid=main-content" rel="nofollow" class="tool tool--listen">Lyssna</a></li>
      <li><a href="/other-languages/" class="tool tool--language">Other languages</a></li>
      <li><a href="/kontakta-oss/" class="tool tool--contact">Kontakta oss</a></li>
    </ul>
    <form class="site-search" action="/sok/" method="get" role="search">
      <label for="site-search__input" class="visually-hidden">Sök på kungsbacka.se</label>
      <input id="site-search__input" class="site-search__input" type="search" name="q" placeholder="Sök på kungsbacka.se" autocomplete="off">
      <button class="site-search__button" type="submit">Sök</button>
    </form>
  </div>
  <nav class="main-menu" aria-label="Huvudmeny">
    <button class="main-menu__toggle" type="button" aria-expanded="false" aria-controls="main-menu-list">Meny</button>
    <ul class="main-menu__list container" id="main-menu-list">{lis}</ul>
  </nav>
</header>'''


FOOTER = '''<footer class="site-footer">
  <div class="container site-footer__grid">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Kungsbacka kommun</h2>
      <p>434 81 Kungsbacka<br>Besöksadress: Stadshuset, Storgatan 37<br>Telefon: 0300-83 40 00<br><a href="mailto:info@kungsbacka.se">info@kungsbacka.se</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Genvägar</h2>
      <ul>
        <li><a href="/nyheter/">Nyheter</a></li>
        <li><a href="/jobb/">Jobba hos oss</a></li>
        <li><a href="/press/">Press och media</a></li>
        <li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
        <li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
        <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Följ oss</h2>
      <ul>
        <li><a href="https://www.facebook.com/kungsbackakommun">Facebook</a></li>
        <li><a href="https://www.instagram.com/kungsbackakommun/">Instagram</a></li>
        <li><a href="https://www.youtube.com/@kungsbackakommun">Youtube</a></li>
      </ul>
    </div>
  </div>
  <div class="site-footer__bottom container"><a href="/Util/Login?ReturnUrl=%2F" class="site-footer__login">Logga in</a></div>
</footer>'''


def breadcrumbs(trail):
    lis = ['<li class="breadcrumbs__item"><a href="/">Start</a></li>']
    for n, h in trail[:-1]:
        lis.append(f'<li class="breadcrumbs__item"><a href="{h}">{n}</a></li>')
    lis.append(f'<li class="breadcrumbs__item"><span aria-current="page">{trail[-1][0]}</span></li>')
    return f'<nav class="breadcrumbs container" aria-label="Du är här"><ol class="breadcrumbs__list">{"".join(lis)}</ol></nav>'


def page(path, title, trail, main, active=None, ptype='StandardPage', side='', lead=None, updated='2025-11-12', extra_head=''):
    PAGES.append(path)
    _id[0] += 13
    pid = _id[0]
    lead_html = f'<p class="preamble">{lead}</p>' if lead else ''
    side_html = f'<aside class="page-layout__aside">{side}</aside>' if side else ''
    bc = breadcrumbs(trail) if trail else ''
    html = f'''<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Kungsbacka kommun</title>
<meta name="description" content="{lead or title}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:image" content="https://{H}/globalassets/bilder/delningsbild-kungsbacka.jpg">
<link rel="stylesheet" href="{ASSET}">
<link rel="icon" href="/favicon.ico">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="5e0f4b8c-7a21-4d93-9c3e-1b2a6f8d0e47" data-blockingmode="auto"></script>
{extra_head}</head>
<body class="page page--{ptype.lower()}" data-page-id="{pid}" data-content-type="{ptype}">
{header(active)}
{bc}
<div class="page-layout container">
<main id="main-content" class="page-layout__main">
<article class="article">
<h1 class="article__heading">{title}</h1>
{lead_html}
{main}
<p class="article__updated">Sidan uppdaterades senast {updated}</p>
</article>
</main>
{side_html}
</div>
{FOOTER}
<script src="/dist/main.7c41e2b9.js" defer></script>
</body>
</html>
'''
    write(H, path, html)


def body(html):
    return f'<div class="article__body editorial">\n{html}\n</div>'


def area(*blocks):
    return '<div class="content-area">\n' + '\n'.join(blocks) + '\n</div>'


def teasers(items, heading):
    cards = ''.join(f'''
    <div class="block teaser-block content-area__item content-area__item--third" data-block-type="TeaserBlock">
      <a class="teaser" href="{h}">
        <img class="teaser__image" src="{img}" alt="" loading="lazy">
        <span class="teaser__heading">{n}</span>
        <span class="teaser__text">{t}</span>
      </a>
    </div>''' for n, h, t, img in items)
    return f'<section class="content-area__section"><h2 class="content-area__heading">{heading}</h2><div class="content-area__row">{cards}\n</div></section>'


def linklist(heading, items, cls='link-list-block'):
    lis = ''.join(f'<li class="link-list__item"><a href="{h}">{n}</a></li>' for n, h in items)
    return f'<div class="block {cls}" data-block-type="LinkListBlock"><h2 class="link-list__heading">{heading}</h2><ul class="link-list">{lis}</ul></div>'


def subnav(current):
    items = [('Medel för sociala investeringar', FUND), ('Ansök om medel', FUND + 'ansok-om-medel/'), ('Riktlinjer', FUND + 'riktlinjer/'),
             ('Projekt som fått medel', PROJ), ('Uppföljning', FUND + 'uppfoljning/')]
    cur = ' aria-current="page"'
    lis = ''.join(f'<li class="sub-nav__item{" sub-nav__item--current" if h == current else ""}"><a href="{h}"{cur if h == current else ""}>{n}</a></li>' for n, h in items)
    return f'<nav class="sub-nav" aria-label="Undermeny"><ul class="sub-nav__list">{lis}</ul></nav>'


def contact(name, role, phone):
    return f'<div class="block contact-block" data-block-type="ContactBlock"><h2 class="contact-block__heading">Kontakt</h2><p class="contact-block__name">{name}</p><p class="contact-block__role">{role}</p><p><a href="tel:{phone.replace(" ", "").replace("-", "")}">{phone}</a></p></div>'


NEWS = []


def news(slug, date, title, lead, html, active=None):
    path = f'/nyheter/{slug}/'
    page(path, title, [('Nyheter', '/nyheter/'), (title, path)],
         f'<p class="article__date">Publicerad <time datetime="{date}">{date}</time></p>\n' + body(html),
         ptype='NewsPage', lead=lead, updated=date)
    NEWS.append((path, title, date, lead))
    return path


def build():
    # ---------- news
    n_call = news('ansok-om-medel-for-sociala-investeringar-senast-31-mars', '2026-02-05',
                  'Ansök om medel för sociala investeringar senast 31 mars',
                  'Nu är det dags för förvaltningarna att söka medel för sociala investeringar. I år finns 4 miljoner kronor att fördela.',
                  f'''<p>Medlen ska gå till förebyggande arbete som ger bättre förutsättningar för barn, unga och vuxna i Kungsbacka och som på sikt minskar kommunens kostnader. Ansökan ska vara inne senast den 31 mars 2026 och beslut fattas av kommunstyrelsen i juni.</p>
<p>Den 17 februari klockan 13–15 ordnar vi en digital informationsträff där du får veta mer om hur du skriver en ansökan och räknar på effekterna.</p>
<p><a href="{FUND}ansok-om-medel/">Så ansöker du om medel</a></p>''')
    n_ny_avc = news('ny-atervinningscentral-i-frillesas-oppnar-i-var', '2026-01-14', 'Ny återvinningscentral i Frillesås öppnar i vår',
                    'Den nya återvinningscentralen vid Frillesås industriområde öppnar i april.',
                    '<p>Återvinningscentralen blir större än den gamla och får en återbruksdel där du kan lämna saker som fortfarande går att använda. Öppettiderna presenteras i mars.</p>')
    n_ks = news('kommunstyrelsen-avsatter-8-miljoner-till-sociala-investeringar', '2025-12-10',
                'Kommunstyrelsen avsätter 8 miljoner kronor till sociala investeringar',
                'I budgeten för 2026–2027 avsätter kommunstyrelsen 8 miljoner kronor till förebyggande sociala investeringar.',
                f'''<p>Pengarna fördelas med 4 miljoner kronor per år. Sedan 2020 har medlen finansierat elva projekt inom skola, fritid, arbetsmarknad och äldreomsorg.</p>
<p>– Vi vill fortsätta att pröva nya arbetssätt som gör skillnad tidigt. Erfarenheterna från projekten visar att det går att både hjälpa fler och använda skattepengarna klokare, säger kommunstyrelsens ordförande.</p>
<p>Läs mer om <a href="https://www.kungsbacka.se/EPiServer/CMS/?language=sv#context=epi.cms.contentdata:///4812">medel för sociala investeringar</a>.</p>''')
    n_jobb = news('jobbsparet-har-hjalpt-35-unga-vuxna-till-jobb-eller-studier', '2025-10-22',
                  'Jobbspåret har hjälpt 35 unga vuxna till jobb eller studier',
                  'Halvvägs in i projektet Jobbspåret har 35 av 58 deltagare fått ett arbete eller börjat studera.',
                  f'''<p>Jobbspåret vänder sig till unga vuxna mellan 18 och 29 år som varken arbetar eller studerar. Deltagarna får en egen coach, praktik hos lokala företag och hjälp att ta körkort om det behövs för jobbet.</p>
<p>– Många av deltagarna har varit hemma i flera år. Det som gör skillnad är att någon finns med hela vägen, från första mötet till de första veckorna på jobbet, säger Jonas Ek, coach i Jobbspåret.</p>
<p>Projektet finansieras med kommunens medel för sociala investeringar och drivs av Individ och familjeomsorg tillsammans med Arbetsförmedlingen.</p>
<p><a href="{K4}">Läs mer om Jobbspåret</a></p>''')
    n_lov = news('hostlovsaktiviteter-for-barn-och-unga', '2025-09-30', 'Höstlovsaktiviteter för barn och unga',
                 'Under höstlovet kan barn och unga prova på allt från klättring till filmskapande.',
                 '<p>De flesta aktiviteter är gratis. En del kräver anmälan i förväg. Hela programmet finns i kalendern.</p>')
    n_utegym = news('utegym-invigs-vid-tingbergsvallen', '2025-06-17', 'Utegym invigs vid Tingbergsvallen',
                    'Nu står det nya utegymmet vid Tingbergsvallen klart.',
                    '<p>Utegymmet har redskap för styrka, balans och rörlighet och är tillgängligt dygnet runt. Det är belyst kvällstid under vinterhalvåret.</p>')
    n_onsala = news('fler-barn-i-onsala-laser-och-sjunger-tillsammans', '2025-03-12',
                    'Fler barn i Onsala läser och sjunger tillsammans',
                    'På förskolorna i Onsala har pedagoger och bibliotekarier börjat arbeta med högläsning och sång varje dag.',
                    f'''<p>Tanken är att barnen ska få ett rikare språk innan de börjar skolan. Föräldrar bjuds in till sagostunder på biblioteket och får låna hem böcker på flera språk.</p>
<p>– Vi märker redan att barnen pratar mer och vill berätta om det de har läst, säger förskolläraren Anna Strand.</p>
<p>Satsningen heter <a href="{K5}">Språkglada barn i Onsala</a> och pågår i tre år.</p>''')
    n_hede = news('motesplats-hede-har-oppnat', '2024-11-20', 'Mötesplats Hede har öppnat',
                  'I den gamla butikslokalen vid Hede torg finns nu en mötesplats för boende i alla åldrar.',
                  f'''<p>På mötesplatsen finns läxhjälp, språkcafé och rådgivning om ekonomi och bostad. Verksamheten drivs av kommunen tillsammans med Hyresgästföreningen och Röda korset.</p>
<p><a href="{K1}">Mer om Mötesplats Hede</a></p>''')

    # JSON "load more" endpoint (items 7–9); item 9 is a removed page (404)
    more = {"total": 9, "skip": 6, "take": 6, "hasMore": False, "items": [
        {"id": 3951, "title": "Fler barn i Onsala läser och sjunger tillsammans", "url": n_onsala, "published": "2025-03-12T08:30:00+01:00",
         "preamble": "På förskolorna i Onsala har pedagoger och bibliotekarier börjat arbeta med högläsning och sång varje dag.",
         "image": {"url": "/globalassets/bilder/nyheter/2025/sagostund-onsala.jpg", "alt": ""}},
        {"id": 3722, "title": "Mötesplats Hede har öppnat", "url": n_hede, "published": "2024-11-20T10:00:00+01:00",
         "preamble": "I den gamla butikslokalen vid Hede torg finns nu en mötesplats för boende i alla åldrar.",
         "image": {"url": "/globalassets/bilder/nyheter/2024/motesplats-hede.jpg", "alt": ""}},
        {"id": 3690, "title": "Trafikomläggning på Kungsgatan", "url": "/nyheter/trafikomlaggning-pa-kungsgatan/", "published": "2024-09-05T07:45:00+02:00",
         "preamble": "Från den 9 september stängs Kungsgatan av mellan Storgatan och Borgmästaregatan.", "image": None}]}
    write(H, '/api/nyhetslista/1122.json', json.dumps(more, ensure_ascii=False, indent=1) + '\n')

    shown = [(p, t, d, l) for p, t, d, l in NEWS if p not in (n_onsala, n_hede)]

    def nl(items):
        return ''.join(f'''
<li class="news-list__item"><a class="news-list__link" href="{p}"><span class="news-list__title">{t}</span></a>
<time class="news-list__date" datetime="{d}">{d}</time><p class="news-list__preamble">{l}</p></li>''' for p, t, d, l in items)

    page('/nyheter/', 'Nyheter', [('Nyheter', '/nyheter/')],
         f'''<div class="block news-list-block" data-block-type="NewsListBlock" data-page-id="1122">
<ul class="news-list" id="news-list-1122">{nl(shown)}
</ul>
<button type="button" class="button button--secondary news-list__more" data-load-more-url="/api/nyhetslista/1122.json?skip=6&amp;take=6" data-target="#news-list-1122">Visa fler nyheter</button>
</div>''', ptype='NewsListPage', lead='Nyheter från Kungsbacka kommun.')

    # ---------- start
    page('/', 'Välkommen till Kungsbacka kommun', None,
         area(teasers([('Förskola', '/barn-och-utbildning/forskola/', 'Ansök om plats och läs om förskolorna.', '/globalassets/bilder/start/forskola.jpg'),
                       ('Bad och simhallar', '/kultur-och-fritid/bad-och-simhallar/', 'Öppettider och simskola.', '/globalassets/bilder/start/bad.jpg'),
                       ('Lediga jobb', '/jobb/', 'Jobba hos oss.', '/globalassets/bilder/start/jobb.jpg')], 'Populärt just nu'),
              linklist('Vanliga sökningar', [('Bygglov', '/sok/?q=bygglov'), ('Sophämtning', '/sok/?q=soph%C3%A4mtning'), ('Skolskjuts', '/sok/?q=skolskjuts')], 'link-list-block link-list-block--inline'),
              f'''<div class="block news-list-block" data-block-type="NewsListBlock"><h2>Nyheter</h2><ul class="news-list">{nl(shown[:4])}
</ul><a class="button" href="/nyheter/">Alla nyheter</a></div>'''),
         ptype='StartPage')

    # ---------- kommun och politik
    page('/kommun-och-politik/', 'Kommun och politik', [('Kommun och politik', '/kommun-och-politik/')],
         area(teasers([('Politik och beslut', '/kommun-och-politik/politik-och-beslut/', 'Fullmäktige, nämnder och protokoll.', '/globalassets/bilder/kop/politik.jpg'),
                       ('Ekonomi', '/kommun-och-politik/ekonomi/', 'Budget och årsredovisning.', '/globalassets/bilder/kop/ekonomi.jpg'),
                       ('Social hållbarhet', '/kommun-och-politik/social-hallbarhet/', 'Folkhälsa, trygghet och sociala investeringar.', '/globalassets/bilder/kop/social.jpg')], 'Kommun och politik')),
         active='/kommun-och-politik/', ptype='LandingPage', lead='Så styrs Kungsbacka kommun.')
    page('/kommun-och-politik/social-hallbarhet/', 'Social hållbarhet',
         [('Kommun och politik', '/kommun-och-politik/'), ('Social hållbarhet', '/kommun-och-politik/social-hallbarhet/')],
         body('<p>Kungsbacka ska vara en kommun där alla har goda möjligheter att må bra, utbilda sig och försörja sig. Arbetet utgår från kommunens program för social hållbarhet 2023–2030.</p>') +
         area(teasers([('Folkhälsa', '/kommun-och-politik/social-hallbarhet/folkhalsa/', 'Kommunens folkhälsoarbete.', '/globalassets/bilder/social/folkhalsa.jpg'),
                       ('Trygghet', '/kommun-och-politik/social-hallbarhet/trygghet/', 'Brottsförebyggande arbete.', '/globalassets/bilder/social/trygghet.jpg'),
                       ('Medel för sociala investeringar', FUND, 'Pengar till förebyggande insatser.', '/globalassets/bilder/social/sociala-investeringar.jpg')], 'Läs mer')),
         active='/kommun-och-politik/', ptype='LandingPage', lead='Kommunens arbete för en socialt hållbar utveckling.')

    ftrail = [('Kommun och politik', '/kommun-och-politik/'), ('Social hållbarhet', '/kommun-och-politik/social-hallbarhet/'), ('Medel för sociala investeringar', FUND)]
    page(FUND, 'Medel för sociala investeringar', ftrail,
         body('''<p>Sedan 2020 avsätter Kungsbacka kommun pengar till sociala investeringar. Det är tidsbegränsade satsningar som ska förebygga utanförskap och ohälsa och som på sikt ska minska kommunens kostnader, till exempel för försörjningsstöd, placeringar eller vård och omsorg.</p>
<h2>Hur fungerar det?</h2>
<p>Förvaltningarna kan söka pengar en gång per år. En social investering ska pröva ett nytt arbetssätt, ha tydliga mål och följas upp. Om arbetssättet fungerar ska det införas i den ordinarie verksamheten när projekttiden är slut.</p>
<p>För 2026 och 2027 finns 4 miljoner kronor per år att söka.</p>
<h2>För förvaltningarna</h2>
<p>Ansökningar och beslutsunderlag från beredningen finns i <a href="/globalassets/internt/sociala-investeringar/beredning-ansokningar-2025.pdf">sammanställningen för 2025</a> (endast för medarbetare).</p>''') +
         area(teasers([('Mötesplats Hede', K1, 'En mötesplats för boende i alla åldrar vid Hede torg.', '/globalassets/bilder/social/motesplats-hede.jpg'),
                       ('Fixartjänst för seniorer', PROJ + 'fixartjanst-for-seniorer/', 'Hjälp med små sysslor i hemmet för att förebygga fallolyckor.', '/globalassets/bilder/social/fixartjanst.jpg')], 'Aktuella projekt'),
              linklist('Mer om sociala investeringar', [('Ansök om medel', FUND + 'ansok-om-medel/'), ('Riktlinjer', FUND + 'riktlinjer/'),
                                                       ('Alla projekt som fått medel', PROJ), ('Uppföljning', FUND + 'uppfoljning/')])),
         active='/kommun-och-politik/', ptype='StandardPage', side=subnav(FUND) + contact('Helena Sjöberg', 'Strateg social hållbarhet', '0300-83 52 17'),
         lead='Medel för sociala investeringar är pengar som förvaltningarna kan söka för att pröva nya, förebyggande arbetssätt.', updated='2026-02-05')

    page(FUND + 'ansok-om-medel/', 'Ansök om medel', ftrail + [('Ansök om medel', FUND + 'ansok-om-medel/')],
         body('''<p>Ansökan görs av en förvaltning. Det är en fördel om flera förvaltningar eller externa parter står bakom ansökan.</p>
<h2>Så här gör du</h2>
<ol><li>Boka ett möte med strategen för social hållbarhet för att stämma av din idé.</li>
<li>Fyll i ansökningsmallen. Beskriv behov, målgrupp, mål, aktiviteter och hur resultatet ska mätas.</li>
<li>Räkna på vad det kostar i dag när problemet inte förebyggs och vad insatsen kan spara. Vi hjälper dig med beräkningen.</li>
<li>Förvaltningschefen skriver under ansökan.</li>
<li>Skicka ansökan senast den 31 mars till kommunstyrelsen.</li></ol>
<h2>Efter ansökan</h2>
<p>En beredningsgrupp med representanter från alla förvaltningar går igenom ansökningarna i april och maj. Kommunstyrelsen fattar beslut i juni.</p>''') +
         area('<div class="block file-block" data-block-type="FileListBlock"><h2>Dokument</h2><ul><li><a href="/contentassets/4f1a9d2e7c8b4e0f9a3b2c1d0e5f6a7b/ansokningsmall-sociala-investeringar.docx">Ansökningsmall (Word)</a></li><li><a href="/contentassets/4f1a9d2e7c8b4e0f9a3b2c1d0e5f6a7b/berakningsmodell.xlsx">Beräkningsmodell (Excel)</a></li></ul></div>'),
         active='/kommun-och-politik/', side=subnav(FUND + 'ansok-om-medel/'), lead='Sista dag att ansöka om medel för 2026 är den 31 mars.', updated='2026-01-28')

    page(FUND + 'riktlinjer/', 'Riktlinjer', ftrail + [('Riktlinjer', FUND + 'riktlinjer/')],
         body('''<p>Kommunfullmäktige har beslutat om riktlinjer för hur medlen får användas.</p>
<ul><li>Insatsen ska vara förebyggande och rikta sig till barn, unga eller vuxna i riskzonen.</li>
<li>Insatsen ska vara tidsbegränsad, högst tre år.</li>
<li>En ansökan kan som mest beviljas 2,5 miljoner kronor.</li>
<li>Den sökande förvaltningen ska själv stå för minst 25 procent av kostnaderna, i pengar eller arbetstid.</li>
<li>Det ska finnas en plan för hur insatsen ska utvärderas och hur den ska föras över till ordinarie verksamhet.</li></ul>
<p>Medlen får inte användas för att finansiera verksamhet som redan pågår eller som kommunen är skyldig att erbjuda enligt lag.</p>'''),
         active='/kommun-och-politik/', side=subnav(FUND + 'riktlinjer/'), updated='2025-04-02')

    page(FUND + 'uppfoljning/', 'Uppföljning', ftrail + [('Uppföljning', FUND + 'uppfoljning/')],
         body('''<p>Varje projekt lämnar en lägesrapport i december och en slutrapport senast tre månader efter att projektet har avslutats. Kommunstyrelsen får en samlad redovisning varje år.</p>
<h2>Resultat hittills</h2>
<p>Av de sex projekt som har avslutats sedan 2020 har fyra förts över till ordinarie verksamhet. Den samlade bedömningen i 2025 års redovisning är att insatserna har gett minskade kostnader för försörjningsstöd och externa placeringar, men att effekterna är svåra att mäta på kort sikt.</p>
<p>Göteborgs universitet har på kommunens uppdrag utvärderat arbetssättet med sociala investeringar. Utvärderingen rekommenderar bland annat att projekten ska få längre tid och att ekonomiska effekter ska följas upp under fem år.</p>'''),
         active='/kommun-och-politik/', side=subnav(FUND + 'uppfoljning/'), lead='Så följer vi upp de sociala investeringarna.', updated='2025-12-15')

    page(PROJ, 'Projekt som fått medel', ftrail + [('Projekt som fått medel', PROJ)],
         body('<p>Tabellen visar pågående projekt som har fått medel för sociala investeringar.</p>') +
         area(f'''<div class="block table-block" data-block-type="TableBlock">
<table class="table table--striped">
<caption>Pågående projekt</caption>
<thead><tr><th scope="col">Projekt</th><th scope="col">Förvaltning</th><th scope="col">Beviljat</th><th scope="col">Period</th></tr></thead>
<tbody>
<tr><td><a href="{K1}">Mötesplats Hede</a></td><td>Individ och familjeomsorg</td><td>2 100 000 kr</td><td>2024–2027</td></tr>
<tr><td><a href="{K2}">Föräldrastöd i Frillesås</a></td><td>Förskola och grundskola</td><td>1 350 000 kr</td><td>2025–2027</td></tr>
<tr><td>Jobbspåret</td><td>Individ och familjeomsorg</td><td>2 400 000 kr</td><td>2024–2026</td></tr>
<tr><td>Simskola för alla</td><td>Kultur och fritid</td><td>780 000 kr</td><td>2025–2027</td></tr>
<tr><td>Språkglada barn i Onsala</td><td>Förskola och grundskola</td><td>1 200 000 kr</td><td>2025–2027</td></tr>
<tr><td><a href="{PROJ}fixartjanst-for-seniorer/">Fixartjänst för seniorer</a></td><td>Vård och omsorg</td><td>900 000 kr</td><td>2023–2025</td></tr>
</tbody></table>
</div>'''),
         active='/kommun-och-politik/', side=subnav(PROJ), updated='2025-06-24')

    # ---------- projects
    def fakta(rows):
        return '<div class="block fact-block" data-block-type="FactBlock"><h2 class="fact-block__heading">Fakta</h2><dl class="fact-block__list">' + \
               ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows) + '</dl></div>'

    page(K1, 'Mötesplats Hede', ftrail + [('Projekt som fått medel', PROJ), ('Mötesplats Hede', K1)],
         body('''<p>Hede är ett av de områden i Kungsbacka där arbetslösheten och andelen hushåll med försörjningsstöd är högst. Samtidigt saknas mötesplatser där grannar i olika åldrar kan träffas.</p>
<h2>Syfte</h2>
<p>Syftet med Mötesplats Hede är att stärka gemenskapen i området och att ge boende tidig hjälp med sådant som annars kan leda till större problem, till exempel skulder, otrygga boendeförhållanden eller isolering.</p>
<h2>Verksamhet</h2>
<p>Mötesplatsen är öppen fyra dagar i veckan. Här finns läxhjälp för barn, språkcafé, budget- och skuldrådgivning och en bostadsrådgivare en gång i veckan.</p>''') +
         area(fakta([('Projekttid', 'november 2024 – oktober 2027'), ('Beviljade medel', '2 100 000 kronor ur medel för sociala investeringar'),
                     ('Ansvarig', 'Individ och familjeomsorg'), ('Samarbetspartner', 'Hyresgästföreningen, Röda korset och Eksta Bostads AB'),
                     ('Målgrupp', 'Boende i Hede i alla åldrar')])),
         active='/kommun-och-politik/', ptype='ProjectPage', side=subnav(PROJ),
         lead='En öppen mötesplats för boende i alla åldrar vid Hede torg.', updated='2025-02-11')

    page(K2, 'Föräldrastöd i Frillesås', ftrail + [('Projekt som fått medel', PROJ), ('Föräldrastöd i Frillesås', K2)],
         body('''<p>Projektet Föräldrastöd i Frillesås ska ge föräldrar till barn i förskoleåldern bättre förutsättningar att stötta sina barns utveckling. Förskolorna har märkt att allt fler barn har svårt med sömn, språk och samspel, och att föräldrarna efterfrågar råd.</p>
<p>Förskolorna i Frillesås erbjuder föräldragrupper enligt programmet ABC – Alla barn i centrum – och individuella samtal med en familjepedagog. Träffarna hålls på kvällstid och det finns barnpassning.</p>
<p>Projektet pågår från augusti 2025 till juni 2027. Förskola och grundskola har beviljats 1 350 000 kronor ur kommunens medel för sociala investeringar. Målet är att minst 80 familjer ska delta och att färre barn ska behöva särskilt stöd när de börjar i förskoleklass.</p>'''),
         active='/kommun-och-politik/', ptype='ProjectPage', side=subnav(PROJ),
         lead='Föräldragrupper och familjepedagog för familjer med barn i förskolan.', updated='2025-09-01')

    page('/kultur-och-fritid/', 'Kultur och fritid', [('Kultur och fritid', '/kultur-och-fritid/')],
         area(teasers([('Bad och simhallar', '/kultur-och-fritid/bad-och-simhallar/', 'Kungsbackas simhallar och utebad.', '/globalassets/bilder/kof/bad.jpg'),
                       ('Bibliotek', '/kultur-och-fritid/bibliotek/', 'Stadsbiblioteket och biblioteken i kommundelarna.', '/globalassets/bilder/kof/bibliotek.jpg'),
                       ('Fritidsgårdar', '/kultur-och-fritid/fritidsgardar/', 'Mötesplatser för unga.', '/globalassets/bilder/kof/fritidsgard.jpg')], 'Kultur och fritid')),
         active='/kultur-och-fritid/', ptype='LandingPage')
    page('/kultur-och-fritid/bad-och-simhallar/', 'Bad och simhallar', [('Kultur och fritid', '/kultur-och-fritid/'), ('Bad och simhallar', '/kultur-och-fritid/bad-och-simhallar/')],
         body('''<p>I Kungsbacka finns simhallar i Kungsbacka, Åsa och Onsala. Under sommaren är det också bevakat på tre av kommunens utebad.</p>
<h2>Simskola</h2>
<p>Vi erbjuder simskola för barn från fem år under terminerna och på sommarlovet. Anmälan görs i bokningssystemet.</p>''') +
         area(f'''<div class="block table-block" data-block-type="TableBlock"><table class="table"><caption>Öppettider</caption>
<thead><tr><th scope="col">Simhall</th><th scope="col">Vardagar</th><th scope="col">Helger</th></tr></thead>
<tbody><tr><td>Kungsbacka simhall</td><td>6.30–21</td><td>9–17</td></tr><tr><td>Åsa simhall</td><td>15–20</td><td>10–15</td></tr><tr><td>Onsala simhall</td><td>7–20</td><td>10–16</td></tr></tbody></table></div>''',
              linklist('Se även', [('Simskola för alla', K3), ('Utebad och badplatser', '/kultur-och-fritid/bad-och-simhallar/badplatser/'), ('Boka simskola', 'https://kungsbacka.ibgo.se/')], 'link-list-block link-list-block--related')),
         active='/kultur-och-fritid/', lead='Öppettider, priser och simskola.', updated='2025-08-19')

    page(K3, 'Simskola för alla', [('Kultur och fritid', '/kultur-och-fritid/'), ('Bad och simhallar', '/kultur-och-fritid/bad-och-simhallar/'), ('Simskola för alla', K3)],
         body('''<p>Alla barn ska kunna simma när de slutar årskurs 4, men i vissa skolor i Kungsbacka når bara sju av tio elever kunskapskravet i simning. Barn vars föräldrar inte kan simma, eller som inte har råd med simskola, riskerar att hamna efter.</p>
<h2>Vad gör vi?</h2>
<ul><li>Avgiftsfri simskola för barn i förskoleklass till årskurs 3 på skolor där simkunnigheten är låg.</li>
<li>Simundervisning för föräldrar samtidigt som barnen simmar.</li>
<li>Buss från skolan till simhallen i Åsa och Kungsbacka.</li></ul>
<h2>Tid och pengar</h2>
<p>Simskola för alla startade i januari 2025 och pågår till december 2027. Kultur och fritid har fått 780 000 kronor från kommunens medel för sociala investeringar. Förskola och grundskola bidrar med personal och skolskjuts.</p>'''),
         active='/kultur-och-fritid/', ptype='ProjectPage', lead='Avgiftsfri simskola för barn som annars inte lär sig simma.', updated='2025-01-20')

    page('/naringsliv-och-arbete/', 'Näringsliv och arbete', [('Näringsliv och arbete', '/naringsliv-och-arbete/')],
         area(teasers([('Arbetsmarknad', '/naringsliv-och-arbete/arbetsmarknad/', 'Stöd för dig som söker jobb.', '/globalassets/bilder/noa/arbetsmarknad.jpg'),
                       ('Starta företag', '/naringsliv-och-arbete/starta-foretag/', 'Råd och tillstånd.', '/globalassets/bilder/noa/foretag.jpg')], 'Näringsliv och arbete')),
         active='/naringsliv-och-arbete/', ptype='LandingPage')
    page('/naringsliv-och-arbete/arbetsmarknad/', 'Arbetsmarknad', [('Näringsliv och arbete', '/naringsliv-och-arbete/'), ('Arbetsmarknad', '/naringsliv-och-arbete/arbetsmarknad/')],
         body('''<p>Kungsbacka kommun erbjuder stöd till dig som är arbetslös och behöver hjälp att komma vidare till jobb eller studier. Vi samarbetar med Arbetsförmedlingen och lokala arbetsgivare.</p>
<h2>Det här kan vi hjälpa till med</h2>
<ul><li>Studie- och yrkesvägledning</li><li>Praktik och arbetsträning</li><li>Extratjänster och introduktionsjobb</li><li>Svenska för invandrare</li></ul>''') +
         area(linklist('Mer om arbetsmarknad', [('Vuxenutbildning', '/barn-och-utbildning/vuxenutbildning/'), ('Försörjningsstöd', '/omsorg-och-hjalp/forsorjningsstod/')])),
         active='/naringsliv-och-arbete/', updated='2025-05-06')

    page(K4, 'Jobbspåret', [('Näringsliv och arbete', '/naringsliv-och-arbete/'), ('Arbetsmarknad', '/naringsliv-och-arbete/arbetsmarknad/'), ('Jobbspåret', K4)],
         body('''<p>Jobbspåret är för dig som är mellan 18 och 29 år och som varken arbetar eller studerar. Du får en egen coach som hjälper dig att hitta vägen till jobb eller studier, i din egen takt.</p>
<h2>Om projektet</h2>
<p><strong>Syfte:</strong> att minska antalet unga vuxna som är beroende av försörjningsstöd och att fler ska nå egen försörjning.<br>
<strong>Period:</strong> 1 april 2024 – 31 december 2026<br>
<strong>Finansiering:</strong> 2 400 000 kronor ur kommunens medel för sociala investeringar<br>
<strong>Projektägare:</strong> Individ och familjeomsorg<br>
<strong>Samverkan:</strong> Arbetsförmedlingen, Vuxenutbildningen och Näringslivsenheten</p>
<h2>Så anmäler du dig</h2>
<p>Du kan anmäla dig själv eller bli tipsad av din handläggare. Ring eller mejla så bokar vi ett första möte.</p>''') +
         area(contact('Jonas Ek', 'Coach, Jobbspåret', '0300-83 61 04')),
         active='/naringsliv-och-arbete/', ptype='ProjectPage', lead='Coachning till jobb eller studier för unga vuxna.', updated='2025-10-22')

    page('/barn-och-utbildning/', 'Barn och utbildning', [('Barn och utbildning', '/barn-och-utbildning/')],
         area(teasers([('Förskola', '/barn-och-utbildning/forskola/', 'Ansök om plats.', '/globalassets/bilder/bou/forskola.jpg'),
                       ('Grundskola', '/barn-och-utbildning/grundskola/', 'Skolval och skolskjuts.', '/globalassets/bilder/bou/grundskola.jpg'),
                       ('Vuxenutbildning', '/barn-och-utbildning/vuxenutbildning/', 'Läs vidare som vuxen.', '/globalassets/bilder/bou/vux.jpg')], 'Barn och utbildning')),
         active='/barn-och-utbildning/', ptype='LandingPage')
    page('/barn-och-utbildning/forskola/', 'Förskola', [('Barn och utbildning', '/barn-och-utbildning/'), ('Förskola', '/barn-och-utbildning/forskola/')],
         body('''<p>Ditt barn kan börja förskola från ett års ålder. Du ansöker om plats i e-tjänsten senast fyra månader innan du behöver platsen.</p>
<h2>Avgifter</h2>
<p>Avgiften beror på hushållets inkomst och hur många barn du har i förskola. Kungsbacka följer maxtaxan.</p>''') +
         area(linklist('Mer om förskola', [('Ansök om förskoleplats', 'https://e-tjanster.kungsbacka.se/forskola'), ('Förskolor i Kungsbacka', '/barn-och-utbildning/forskola/forskolor/'), ('Avgifter', '/barn-och-utbildning/forskola/avgifter/')])),
         active='/barn-och-utbildning/', lead='Ansök om plats, avgifter och förskolor i Kungsbacka.', updated='2025-08-04')

    page(K5, 'Språkglada barn i Onsala', [('Barn och utbildning', '/barn-och-utbildning/'), ('Förskola', '/barn-och-utbildning/forskola/'), ('Språkglada barn i Onsala', K5)],
         body('''<p>Språkglada barn i Onsala är ett samarbete mellan förskolorna i Onsala och Onsala bibliotek. Målet är att alla barn ska ha ett rikt språk när de börjar förskoleklass.</p>
<p>Förskolorna har högläsning och sång varje dag, och bibliotekarierna besöker förskolorna en gång i månaden. Föräldrar bjuds in till sagostunder och kan låna böcker på flera språk. Pedagogerna får utbildning i språkutvecklande arbetssätt.</p>
<p>Satsningen pågår från januari 2025 till december 2027 och har beviljats 1 200 000 kronor från kommunens medel för sociala investeringar. Den följs upp med språkscreening vid 3 och 5 års ålder.</p>'''),
         active='/barn-och-utbildning/', ptype='ProjectPage', lead='Högläsning, sång och bibliotek för ett rikare språk i förskolan.', updated='2025-03-12')

    # ---------- jobs
    JOB = '/jobb/lediga-jobb/utvecklingsledare-social-hallbarhet/'
    page('/jobb/', 'Jobba hos oss', [('Jobba hos oss', '/jobb/')],
         body(f'''<p>Kungsbacka kommun har cirka 6 500 medarbetare inom ett hundratal yrken.</p>
<h2>Lediga jobb</h2>
<ul><li><a href="{JOB}">Utvecklingsledare med inriktning på sociala investeringar</a></li>
<li><a href="/jobb/lediga-jobb/underskoterska-hemtjanst/">Undersköterska till hemtjänsten</a></li></ul>
<p>Fler lediga jobb finns på <a href="https://kungsbacka.varbi.com/">kungsbacka.varbi.com</a>.</p>'''), ptype='LandingPage')
    page(JOB, 'Utvecklingsledare med inriktning på sociala investeringar', [('Jobba hos oss', '/jobb/'), ('Utvecklingsledare med inriktning på sociala investeringar', JOB)],
         body('''<h2>Om jobbet</h2>
<p>Vi söker en utvecklingsledare som vill driva kommunens arbete med sociala investeringar framåt. Du stöttar förvaltningarna i att ta fram ansökningar, gör ekonomiska beräkningar och följer upp pågående projekt som Mötesplats Hede, Jobbspåret och Simskola för alla. Du samordnar också beredningsgruppen och skriver den årliga redovisningen till kommunstyrelsen.</p>
<h2>Din profil</h2>
<p>Du har högskoleexamen inom samhällsvetenskap, nationalekonomi eller folkhälsovetenskap och erfarenhet av uppföljning och analys. Det är meriterande om du har arbetat med socioekonomiska beräkningar.</p>
<h2>Anställning</h2>
<p>Tillsvidare, heltid. Sista ansökningsdag 2026-03-01. Ansök på kungsbacka.varbi.com.</p>'''),
         ptype='JobPage', lead='Kommunledningsförvaltningen söker en utvecklingsledare.', updated='2026-02-02')

    write(H, '/robots.txt', '''User-agent: *
Disallow: /EPiServer/
Disallow: /episerver/
Disallow: /Util/
Disallow: /sok/
Disallow: /globalassets/internt/
Disallow: /api/internal/

Sitemap: https://www.kungsbacka.se/sitemap.xml
''')
    write(H, '/sitemap.xml', sitemap(H, PAGES, '2026-02-05'))
    return PAGES


if __name__ == '__main__':
    print(len(build()))
