"""Höganäs kommun (1284, about 27 000 inhabitants) on WordPress 6.8 with the Municipio 5 theme – heldout_sites27.

Municipio is Helsingborg stad's open-source municipal WordPress theme (used by several kommuner in Skåne), with the
Modularity plugin: pages are built from modules (mod-posts card grids, mod-text, mod-contacts, mod-fileslist). The
social-investment projects are posts of a CUSTOM POST TYPE 'investering' (permalinks /investering/<slug>/), shown as
Modularity cards on the hub page 'Sociala investeringar'. Every project page is also reachable under TWO MORE
ADDRESSES that are the same page: the WP-Print endpoint <post>/print/ (a second PATH, linked by 'Skriv ut' on every
project page, and by one news post instead of the project itself) and WPML's language parameter <page>?lang=en (the
header's 'In English' on every page; nothing is translated, so WPML shows the Swedish page). Every internal link is an
absolute https URL, as WordPress writes them. Sitemaps are WordPress core's (/wp-sitemap.xml and its children).
"""
from make_common import write, urlset, sitemap_index, numid, esc

H = 'www.hoganas.se'
BASE = 'https://' + H

KP = '/kommun-och-politik/'
SH = KP + 'social-hallbarhet/'
STRAT = SH + 'strategi-for-social-hallbarhet/'
FUND = SH + 'sociala-investeringar/'                        # the hub: Modularity cards
SOKA = FUND + 'sa-soker-du-medel/'
RIKT = FUND + 'riktlinjer-for-fonden/'
UPPF = FUND + 'uppfoljning-och-resultat/'
ARCH = '/investering/'                                      # the custom post type's archive
P1 = ARCH + 'familjeresursen/'
P2 = ARCH + 'tillsammans-for-narvaro/'
P3 = ARCH + 'jobbsparet/'
P4 = ARCH + 'aktiva-seniorer-i-kullabygden/'
P5 = ARCH + 'fritid-for-alla/'
PROJECTS = [P1, P2, P3, P4, P5]
PRINT = 'print/'                                            # WP-Print endpoint: a second path of the same post
PRINTS = [p + PRINT for p in PROJECTS] + [RIKT + PRINT]
LANG = '?lang=en'                                           # WPML language parameter

OS = '/omsorg-och-stod/'
BUF = OS + 'barn-och-familj/'
SERVICE = BUF + 'ungdomslotsarna/'                          # a standing service that began as a project
NYH = '/nyheter/'
N_CALL = NYH + 'nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden/'
N_FUND = NYH + 'kommunfullmaktige-tillfor-fonden-fem-miljoner-kronor/'
N_P2 = NYH + 'fler-elever-tillbaka-i-skolan-i-nyhamnslage/'
N_LEK = NYH + 'nya-lekplatsen-i-viken-ar-invigd/'
N_VA = NYH + 'vattenlackan-i-jonstorp-ar-atgardad/'
EVS = '/evenemang/'
EV = EVS + 'temadag-tidiga-insatser-lonar-sig/'
KAL = EVS + 'kalender/'
KAL_Q = '?manad=2025-12'
JOBS = '/jobba-hos-oss/lediga-jobb/'
JOB = JOBS + 'familjebehandlare-till-familjeresursen/'
KONTAKT = '/kontakt/'
OMW = '/om-webbplatsen/'
KAKOR = OMW + 'kakor/'
TILLG = OMW + 'tillganglighetsredogorelse/'

SEARCHES = ['/?s=bygglov', '/?s=skolval', '/?s=sociala+investeringar']
LOGIN = '/wp-login.php'
PDF = '?pdf=1'
ICAL = '?ical=1'

THEME = '/wp-content/themes/municipio'
CHILD = '/wp-content/themes/hoganas-municipio'
UP = '/wp-content/uploads'


def U(p):
    return BASE + p


def pid(path):
    return numid('hoganas' + path, 200, 9000)


EDIT_CALL = f'/wp-admin/post.php?post={pid(N_CALL)}&action=edit'
JSON_ROOT = '/wp-json/'
JSON_P1 = f'/wp-json/wp/v2/investering/{pid(P1)}'
JSON_FUND = f'/wp-json/wp/v2/pages/{pid(FUND)}'


def forbidden():
    return (SEARCHES + [LOGIN, EDIT_CALL, JSON_ROOT, JSON_P1, JSON_FUND, KAL, KAL + KAL_Q]
            + [p + PDF for p in PROJECTS] + [EV + ICAL])


MENU = [('Utbildning och förskola', '/utbildning-och-forskola/'), ('Omsorg och stöd', OS),
        ('Kultur och fritid', '/kultur-och-fritid/'), ('Bygga, bo och miljö', '/bygga-bo-och-miljo/'),
        ('Näringsliv och arbete', '/naringsliv-och-arbete/'), ('Kommun och politik', KP)]


# ------------------------------------------------------------------------------------------------------------- chrome
def head(path, title, kind, desc, canonical=None, robots='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'):
    canon = canonical or path
    json_kind = {'page': 'pages', 'post': 'posts', 'investering': 'investering'}.get(kind)
    json = (f'\n<link rel="alternate" title="JSON" type="application/json" href="{U(f"/wp-json/wp/v2/{json_kind}/{pid(path)}")}">'
            if json_kind else '')
    short = f"\n<link rel='shortlink' href='{U('/?p=%d' % pid(path))}'>" if json_kind else ''
    return f'''<!DOCTYPE html>
<html lang="sv-SE" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="pagename" content="{esc(title)}">
<title>{esc(title)} - Höganäs kommun</title>
<meta name="robots" content="{robots}">
<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="{U(canon)}">
<meta property="og:locale" content="sv_SE">
<meta property="og:type" content="{'article' if kind in ('post', 'investering') else 'website'}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{U(canon)}">
<meta property="og:site_name" content="Höganäs kommun">
<link rel="alternate" hreflang="sv" href="{U(canon)}">
<link rel="alternate" hreflang="en" href="{U(canon + LANG)}">
<link rel="alternate" hreflang="x-default" href="{U(canon)}">
<link rel="dns-prefetch" href="//cdn-eu.readspeaker.com">
<link rel="https://api.w.org/" href="{U(JSON_ROOT)}">{json}
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{U('/xmlrpc.php?rsd')}">
<meta name="generator" content="WordPress 6.8.3">
<meta name="generator" content="WPML ver:4.7.6 stt:1,50;">{short}
<link rel="stylesheet" id="styleguide-css" href="{U(THEME + '/assets/dist/css/styleguide.min.css?ver=5.74.2')}" media="all">
<link rel="stylesheet" id="municipio-css" href="{U(THEME + '/assets/dist/css/municipio.min.css?ver=5.74.2')}" media="all">
<link rel="stylesheet" id="hoganas-css" href="{U(CHILD + '/assets/dist/css/app.css?ver=2.3.1')}" media="all">
<link rel="icon" href="{U(UP + '/2021/03/cropped-hoganas-vapen-32x32.png')}" sizes="32x32">
</head>'''


def header(path, active):
    items = []
    for name, href in MENU:
        cur = ' aria-current="page"' if href == active else ''
        cls = ' c-nav__item--active is-current' if href == active else ''
        items.append(f'<li class="c-nav__item c-nav__item--depth-0{cls}"><a class="c-nav__link" href="{U(href)}"{cur}><span class="c-nav__text">{name}</span></a></li>')
    return f'''<a href="#main-content" class="screen-reader-text">Hoppa till huvudinnehåll</a>
<header id="site-header" class="c-header c-header--business site-header">
  <div class="c-header__top o-container">
    <a href="{U('/')}" class="c-brand c-header__brand"><img class="c-brand__logotype" src="{U(UP + '/2021/03/hoganas-kommun-logotyp.svg')}" alt="Höganäs kommun, till startsidan" width="220" height="56"></a>
    <nav class="c-nav c-nav--horizontal c-header__help-menu" aria-label="Hjälpmeny">
      <ul class="c-nav__list">
        <li class="c-nav__item"><a class="c-nav__link" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9134&amp;lang=sv_se&amp;readid=article&amp;url={U(path)}">Lyssna</a></li>
        <li class="c-nav__item"><a class="c-nav__link" href="{U(KONTAKT)}">Kontakt</a></li>
        <li class="c-nav__item"><a class="c-nav__link" href="https://e-tjanster.hoganas.se/">E-tjänster</a></li>
        <li class="c-nav__item wpml-ls-item wpml-ls-item-en"><a class="c-nav__link wpml-ls-link" hreflang="en" lang="en" href="{U(path + LANG)}"><span class="wpml-ls-native">In English</span></a></li>
      </ul>
    </nav>
    <form class="c-form c-header__search search-form" method="get" action="{U('/')}" role="search">
      <div class="c-field c-field--search">
        <label class="c-field__label u-sr__only" for="header-search">Sök på hoganas.se</label>
        <input class="c-field__input" id="header-search" type="search" name="s" placeholder="Vad letar du efter?" autocomplete="off">
      </div>
      <button class="c-button c-button__filled c-button__filled--primary" type="submit">Sök</button>
    </form>
  </div>
  <nav class="c-nav c-nav--horizontal c-header__menu o-container" aria-label="Huvudmeny">
    <ul class="c-nav__list">{''.join(items)}</ul>
  </nav>
</header>'''


def footer():
    return f'''<footer id="site-footer" class="c-footer c-footer--basic">
  <div class="o-container c-footer__widget-area o-grid">
    <div class="o-grid-4@md widget widget_text">
      <h2 class="c-footer__heading">Höganäs kommun</h2>
      <p>263 82 Höganäs<br>Besöksadress: Centralgatan 20<br>Telefon: 042-33 71 00<br><a href="mailto:kommunen@hoganas.se">kommunen@hoganas.se</a></p>
    </div>
    <div class="o-grid-4@md widget widget_nav_menu">
      <h2 class="c-footer__heading">Genvägar</h2>
      <ul class="c-nav c-nav--vertical">
        <li><a href="{U(NYH)}">Nyheter</a></li>
        <li><a href="{U(EVS)}">Evenemang</a></li>
        <li><a href="{U(JOBS)}">Lediga jobb</a></li>
        <li><a href="{U(KONTAKT)}">Kontakta oss</a></li>
      </ul>
    </div>
    <div class="o-grid-4@md widget widget_nav_menu">
      <h2 class="c-footer__heading">Om webbplatsen</h2>
      <ul class="c-nav c-nav--vertical">
        <li><a href="{U(OMW)}">Om webbplatsen</a></li>
        <li><a href="{U(KAKOR)}">Kakor</a></li>
        <li><a href="{U(TILLG)}">Tillgänglighetsredogörelse</a></li>
        <li><a rel="nofollow" href="{U(LOGIN)}">Logga in</a></li>
      </ul>
    </div>
  </div>
  <div class="c-footer__bottom o-container">
    <ul class="c-footer__social">
      <li><a href="https://www.facebook.com/hoganaskommun">Facebook</a></li>
      <li><a href="https://www.instagram.com/hoganaskommun/">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/hoganas-kommun/">LinkedIn</a></li>
    </ul>
  </div>
</footer>'''


def crumbs(trail):
    lis = [f'<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{U("/")}"><span itemprop="name">Startsida</span></a><meta itemprop="position" content="1"></li>']
    for i, (name, href) in enumerate(trail[:-1]):
        lis.append(f'<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{U(href)}"><span itemprop="name">{name}</span></a><meta itemprop="position" content="{i + 2}"></li>')
    lis.append(f'<li class="c-breadcrumb__item c-breadcrumb__item--current" aria-current="page"><span>{trail[-1][0]}</span></li>')
    return f'''<nav class="c-breadcrumb" aria-label="Du är här">
      <ol class="c-breadcrumb__list" itemscope itemtype="https://schema.org/BreadcrumbList">{''.join(lis)}</ol>
    </nav>'''


def sidenav(parent, items, current):
    def li(name, href, children=None):
        cur = ' aria-current="page"' if href == current else ''
        cls = ' is-current' if href == current else ''
        sub = ''
        if children:
            cls += ' has-children is-open'
            sub = '<ul class="c-nav__list c-nav__list--depth-1">' + ''.join(li(n, h) for n, h in children) + '</ul>'
        return f'<li class="c-nav__item{cls}"><a class="c-nav__link" href="{U(href)}"{cur}>{name}</a>{sub}</li>'
    lis = ''.join(li(*it) for it in items)
    return f'''<aside class="o-grid-3@md sidebar-left-sidebar" aria-label="Undermeny">
        <nav class="c-nav c-nav--vertical c-nav--sidebar">
          <p class="c-nav__parent"><a href="{U(parent[1])}">{parent[0]}</a></p>
          <ul class="c-nav__list c-nav__list--depth-0">{lis}</ul>
        </nav>
      </aside>'''


FUND_NAV = [('Sociala investeringar', FUND, [('Så söker du medel', SOKA), ('Riktlinjer för fonden', RIKT),
                                              ('Uppföljning och resultat', UPPF)]),
            ('Strategi för social hållbarhet', STRAT), ('Folkhälsa', SH + 'folkhalsa/'),
            ('Brottsförebyggande arbete', SH + 'brottsforebyggande-arbete/')]


def fund_nav(current):
    return sidenav(('Social hållbarhet', SH), FUND_NAV, current)


def page(path, title, article, trail=None, active=None, left='', right='', kind='page', desc='', modules='',
         body_cls='page-template-default page'):
    crumb = crumbs(trail) if trail else ''
    width = 'o-grid-9@md' if left and not right else ('o-grid-6@md' if left and right else ('o-grid-8@md' if right else 'o-grid-12@md'))
    right_html = f'''
      <aside class="o-grid-3@md sidebar-right-sidebar">
{right}
      </aside>''' if right else ''
    mods = f'''
        <div class="modularity-content-area" id="content-area">
{modules}
        </div>''' if modules else ''
    return f'''{head(path, title, kind, desc or title)}
<body class="{body_cls} {'page-id' if kind == 'page' else 'postid'}-{pid(path)} wp-theme-municipio wp-child-theme-hoganas-municipio t-municipio header-business">
{header(path, active)}
<main id="main-content" class="l-main">
  <div class="o-container">
    {crumb}
    <div class="o-grid">
      {left}
      <div class="{width} l-content">
        <article class="c-article s-article" id="article">
{article}
        </article>{mods}
      </div>{right_html}
    </div>
  </div>
</main>
{footer()}
<div class="c-notice c-notice--cookie" id="cookie-consent" role="region" aria-label="Kakor" hidden>
  <p>Höganäs kommun använder kakor för att webbplatsen ska fungera och för att få statistik om besöken. <a href="{U(KAKOR)}">Läs mer om kakor</a></p>
  <button class="c-button" type="button">Jag förstår</button>
</div>
<script src="{U(THEME + '/assets/dist/js/municipio.min.js?ver=5.74.2')}"></script>
<script src="{U('/wp-content/plugins/modularity/dist/js/modularity.min.js?ver=6.61.0')}"></script>
</body>
</html>
'''


def card(title, href, text, meta='', img=None):
    m = f'<div class="c-card__meta"><span class="c-tag c-tag--small">{meta}</span></div>' if meta else ''
    im = f'<div class="c-card__image c-card__image--ratio-16-9"><img src="{U(UP + img)}" alt="" loading="lazy"></div>' if img else ''
    return f'''            <div class="o-grid-4@md">
              <a href="{U(href)}" class="c-card c-card--link c-card--ratio-16-9">
                {im}
                <div class="c-card__body">
                  {m}
                  <h3 class="c-card__heading">{title}</h3>
                  <div class="c-card__content"><p>{text}</p></div>
                </div>
              </a>
            </div>'''


def mod(title, inner, kind='posts', mid=None):
    return f'''          <div class="modularity-mod-{kind} modularity-mod-{kind}-{mid or pid(title) }" id="modularity-mod-{kind}-{mid or pid(title)}">
            <h2 class="modularity-mod-{kind}__title">{title}</h2>
{inner}
          </div>'''


def contact_mod(name, role, phone, mail):
    return mod('Kontakt', f'''            <div class="c-card c-card--contact">
              <div class="c-card__body">
                <p class="c-typography c-card__title"><strong>{name}</strong></p>
                <p>{role}</p>
                <p>Telefon: {phone}<br><a href="mailto:{mail}">{mail}</a></p>
              </div>
            </div>''', 'contacts')


def updated(date):
    return f'<p class="c-article__updated"><small>Senast uppdaterad: <time datetime="{date}">{date}</time></small></p>'


def tools(path, pdf=False):
    pdf_li = (f'\n            <li><a class="c-button c-button--sm" rel="nofollow" href="{U(path + PDF)}">Spara som PDF</a></li>' if pdf else '')
    return f'''          <div class="c-article__tools">
            <ul class="c-article__tools-list">
            <li><a class="c-button c-button--sm print-link" href="{U(path + PRINT)}" title="Skriv ut">Skriv ut</a></li>{pdf_li}
            <li><a class="c-button c-button--sm" rel="nofollow" href="https://www.facebook.com/sharer/sharer.php?u={U(path)}">Dela</a></li>
            </ul>
          </div>'''


FUND_TRAIL = [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringar', FUND)]


# ------------------------------------------------------------------------------------------------------ the projects
PROJ = {}

PROJ[P1] = dict(
    title='Familjeresursen – tidigt stöd till småbarnsfamiljer', short='Familjeresursen', date='2025-02-10',
    lead='Familjeresursen är en social investering där socialtjänsten, barnavårdscentralen och förskolan arbetar tillsammans för att ge småbarnsfamiljer stöd tidigt, innan små svårigheter hinner bli stora.',
    body='''          <h2>Bakgrund</h2>
          <p>Många av de familjer som i dag får insatser från socialtjänsten har haft svårigheter sedan barnen var små. Ofta har både barnavårdscentralen och förskolan sett att familjen behövt stöd, men det har saknats ett enkelt sätt att erbjuda det utan en ansökan eller en anmälan.</p>
          <h2>Så arbetar vi</h2>
          <p>Två familjebehandlare finns på plats på barnavårdscentralen i Höganäs och på förskolorna i Lerberget och Jonstorp. Föräldrar kan själva ta kontakt, och personalen på förskolan eller barnavårdscentralen kan föreslå en första träff. Stödet kan vara samtal, föräldragrupper eller hembesök och är frivilligt och kostnadsfritt.</p>
          <ul>
            <li>Föräldragruppen ”Trygga små” varje termin</li>
            <li>Hembesök tillsammans med barnavårdscentralens sjuksköterska</li>
            <li>Rådgivning om sömn, mat och samspel</li>
          </ul>
          <h2>Mål</h2>
          <p>Målet är att färre barn ska behöva insatser från socialtjänsten när de börjar skolan och att fler föräldrar ska känna sig trygga i sitt föräldraskap. Projektet följs upp med enkäter till föräldrar och med socialtjänstens statistik.</p>
          <h2>Uppföljning</h2>
          <p>Projektet följs upp två gånger om året av kommunens strateg för sociala investeringar. En extern utvärdering görs av Malmö universitet under 2027.</p>''',
    right='''        <div class="c-card c-card--panel c-card--facts">
          <div class="c-card__header"><h2 class="c-card__heading">Fakta om projektet</h2></div>
          <div class="c-card__body">
            <ul class="c-listing c-listing--facts">
              <li><strong>Projektperiod:</strong> januari 2025 – december 2027</li>
              <li><strong>Budget:</strong> 2 400 000 kronor ur den sociala investeringsfonden</li>
              <li><strong>Projektägare:</strong> Socialförvaltningen, avdelningen för barn och familj</li>
              <li><strong>Samverkan:</strong> Region Skåne (Barnavårdscentralen Höganäs), förskoleverksamheten</li>
              <li><strong>Målgrupp:</strong> Familjer med barn 0–6 år</li>
              <li><strong>Bemanning:</strong> två familjebehandlare på heltid</li>
              <li><strong>Status:</strong> Pågår</li>
            </ul>
          </div>
        </div>''',
    contact=('Sara Lindqvist', 'Projektledare, socialförvaltningen', '042-33 74 12', 'sara.lindqvist@hoganas.se'))

PROJ[P2] = dict(
    title='Tillsammans för närvaro', short='Tillsammans för närvaro', date='2024-09-02',
    lead='Tillsammans för närvaro är ett projekt i Nyhamnsläge skola och Jonstorps skola som ska få fler elever med hög frånvaro att komma tillbaka till skolan.',
    body='''          <p>Hög frånvaro är en av de tydligaste varningssignalerna för att en elev inte kommer att klara skolan. I projektet arbetar skolan och socialtjänsten tillsammans redan när frånvaron börjar öka, i stället för att vänta tills den blivit långvarig.</p>
          <h2>Så arbetar vi</h2>
          <p>Ett närvaroteam med en kurator, en specialpedagog och en socialsekreterare träffar eleven och vårdnadshavarna inom en vecka efter att frånvaron har upptäckts. Tillsammans gör de en plan för hur eleven ska komma tillbaka. Teamet finns på skolorna tre dagar i veckan.</p>
          <figure class="wp-block-table">
            <table class="c-table">
              <caption>Projektet i korthet</caption>
              <tbody>
                <tr><th scope="row">Period</th><td>augusti 2024 – juni 2027</td></tr>
                <tr><th scope="row">Beviljat</th><td>3 100 000 kronor ur sociala investeringsfonden</td></tr>
                <tr><th scope="row">Ansvarig</th><td>Utbildningsförvaltningen</td></tr>
                <tr><th scope="row">Samverkanspartner</th><td>Socialförvaltningen, Kultur och fritid</td></tr>
                <tr><th scope="row">Målgrupp</th><td>Elever i årskurs 4–9 med hög frånvaro och deras vårdnadshavare</td></tr>
                <tr><th scope="row">Personal</th><td>2,5 tjänster</td></tr>
              </tbody>
            </table>
          </figure>
          <h2>Första året</h2>
          <p>Under läsåret 2024/2025 fick 46 elever stöd av närvaroteamet. 31 av dem hade vid läsårets slut en frånvaro under 15 procent.</p>''',
    right='', contact=('Johan Berg', 'Rektor, Nyhamnsläge skola', '042-33 76 40', 'johan.berg@hoganas.se'))

PROJ[P3] = dict(
    title='Jobbspåret – unga vuxna i arbete', short='Jobbspåret', date='2024-09-16',
    lead='Jobbspåret hjälper unga vuxna som varken arbetar eller studerar att hitta en väg till jobb eller studier, med en jobbcoach som följer dem hela vägen.',
    body='''          <p>I Höganäs finns omkring 250 unga vuxna som varken arbetar eller studerar. Många av dem har inte kontakt med någon myndighet alls. I Jobbspåret söker jobbcoacherna upp de unga där de är, och erbjuder praktik hos företag i kommunen, studievägledning och stöd i kontakten med Arbetsförmedlingen.</p>
          <div class="c-fields c-fields--project">
            <div class="c-fields__item"><span class="c-fields__label">Period</span><span class="c-fields__value">1 september 2024 – 31 augusti 2026</span></div>
            <div class="c-fields__item"><span class="c-fields__label">Total budget</span><span class="c-fields__value">1 800 000 kronor, varav 1 400 000 kronor ur den sociala investeringsfonden och 400 000 kronor från Samordningsförbundet Nordvästra Skåne</span></div>
            <div class="c-fields__item"><span class="c-fields__label">Projektägare</span><span class="c-fields__value">Arbetsmarknadsenheten</span></div>
            <div class="c-fields__item"><span class="c-fields__label">Samverkan</span><span class="c-fields__value">Arbetsförmedlingen, Samordningsförbundet Nordvästra Skåne</span></div>
            <div class="c-fields__item"><span class="c-fields__label">Målgrupp</span><span class="c-fields__value">Unga vuxna 18–29 år som varken arbetar eller studerar</span></div>
            <div class="c-fields__item"><span class="c-fields__label">Status</span><span class="c-fields__value">Pågår</span></div>
          </div>
          <h2>Så går det till</h2>
          <p>Den unga träffar sin jobbcoach varje vecka. Tillsammans gör de en plan med mål för varje månad. Efter tre månader följer de upp planen och bestämmer nästa steg. Stödet pågår så länge det behövs, men längst i tolv månader.</p>''',
    right='', contact=('Amir Haddad', 'Projektledare, arbetsmarknadsenheten', '042-33 78 05', 'amir.haddad@hoganas.se'))

PROJ[P4] = dict(
    title='Aktiva seniorer i Kullabygden', short='Aktiva seniorer i Kullabygden', date='2025-03-03',
    lead='Aktiva seniorer i Kullabygden är en satsning mot ofrivillig ensamhet bland äldre i Arild, Mölle, Jonstorp och Viken.',
    body='''          <p>Satsningen har fått 950 000 kronor ur kommunens sociala investeringsfond och pågår från mars 2025 till februari 2027. Den vänder sig till personer som är 75 år eller äldre och bor hemma, och som känner sig ensamma eller vill träffa fler människor.</p>
          <p>En aktivitetssamordnare på 75 procent ordnar promenadgrupper, samtalscaféer och digitala träffar tillsammans med PRO Höganäs, Svenska kyrkan och biblioteket. Hemtjänstens personal kan tipsa om aktiviteterna och följa med första gången.</p>
          <h2>Varför satsar vi på det här?</h2>
          <p>Ensamhet ökar risken för både psykisk och fysisk ohälsa. Äldre som är aktiva och har sociala kontakter klarar sig längre i sitt eget hem och behöver mindre hemtjänst. Satsningen ska visa om tidiga, enkla aktiviteter kan skjuta upp behovet av hemtjänst och särskilt boende.</p>
          <p>Vård- och omsorgsförvaltningen är ansvarig och följer upp satsningen med en enkät om ensamhet och livskvalitet när deltagarna börjar och efter ett år.</p>''',
    right='', contact=('Birgitta Holm', 'Aktivitetssamordnare', '042-33 79 22', 'birgitta.holm@hoganas.se'))

PROJ[P5] = dict(
    title='Fritid för alla', short='Fritid för alla', date='2021-08-23',
    lead='Fritid för alla var ett projekt som gav barn som inte hade någon fritidsaktivitet möjlighet att prova på idrott, kultur och friluftsliv tillsammans med föreningar i Höganäs.',
    body='''          <p><strong>Projektet är avslutat.</strong></p>
          <p>Fritid för alla pågick från augusti 2021 till juni 2024. Barn fick prova på aktiviteter gratis under en termin, med en fritidsledare som följde med de första gångerna. Föreningarna fick stöd för att ta emot barn som inte tidigare varit med i någon förening.</p>
          <p><strong>Period:</strong> augusti 2021 – juni 2024<br>
          <strong>Beviljat:</strong> 1 200 000 kronor ur den sociala investeringsfonden<br>
          <strong>Projektägare:</strong> Kultur- och fritidsförvaltningen<br>
          <strong>Målgrupp:</strong> Barn och unga 7–15 år<br>
          <strong>Status:</strong> Avslutat</p>
          <h2>Resultat</h2>
          <p>260 barn deltog under projekttiden, och 140 av dem var fortfarande med i en förening ett år senare. Fjorton föreningar tog emot barn från projektet.</p>
          <h2>Lärdomar</h2>
          <p>Det som fungerade bäst var att en vuxen följde med barnet de första gångerna. Slutrapporten finns att läsa nedan.</p>
          <p><a href="https://www.hoganas.se/wp-content/uploads/2024/09/slutrapport-fritid-for-alla.pdf">Slutrapport Fritid för alla (pdf, 1,2 MB)</a></p>''',
    right='', contact=('Nils Ek', 'Fritidskonsulent', '042-33 77 31', 'nils.ek@hoganas.se'))


def project_page(path):
    p = PROJ[path]
    article = f'''          <h1 class="c-article__title">{p['title']}</h1>
          <p class="lead">{p['lead']}</p>
{tools(path, pdf=True)}
{p['body']}
          {updated(p['date'])}'''
    trail = [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringar', FUND), (p['short'], path)]
    return page(path, p['title'], article, trail, KP, left=fund_nav(None), right=p['right'], kind='investering',
                desc=p['lead'], modules=contact_mod(*p['contact']),
                body_cls='investering-template-default single single-investering')


def print_page(path, title, date, inner):
    """WP-Print's print view: a bare page at <post>/print/, with rel=canonical to the post and noindex."""
    return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - Höganäs kommun</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="{U(path)}">
<link rel="stylesheet" href="{U('/wp-content/plugins/wp-print/print-css.css?ver=2.61')}" media="all">
</head>
<body>
<p style="text-align: center;"><strong>- Höganäs kommun - {U('/')} -</strong></p>
<div class="Center">
  <div id="Outline">
    <p id="BlogTitle">{title}</p>
    <p id="BlogDate">Publicerad: {date}</p>
    <div id="BlogContent">
{inner}
    </div>
  </div>
</div>
<hr class="Divider" style="text-align: center;">
<p>Artikel utskriven från Höganäs kommun: <strong>{date}</strong></p>
<p>URL till artikeln: <strong dir="ltr">{U(path)}</strong></p>
<p style="text-align: center;">Copyright © 2025 Höganäs kommun. Med ensamrätt.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Klicka här för att skriva ut.">Klicka här för att skriva ut.</a></p>
</body>
</html>
'''


def project_print(path):
    p = PROJ[path]
    inner = f'''      <p>{p['lead']}</p>
{p['body']}
{p['right']}'''
    return print_page(path, p['title'], p['date'], inner)


# ----------------------------------------------------------------------------------------------------------- pages
def start():
    news = [(N_P2, 'Fler elever tillbaka i skolan i Nyhamnsläge', '2025-10-21'),
            (N_LEK, 'Nya lekplatsen i Viken är invigd', '2025-10-09'),
            (N_CALL, 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-09-15')]
    cards = '\n'.join(card(t, h, f'Publicerad {d}', meta='Nyhet') for h, t, d in news)
    article = f'''          <h1 class="c-article__title u-sr__only">Höganäs kommun</h1>
          <div class="c-hero"><p class="c-hero__text">Välkommen till Höganäs kommun – här hittar du service, nyheter och evenemang på Kullahalvön.</p></div>'''
    modules = mod('Populära sökningar', f'''            <ul class="c-tag-list">
              <li><a class="c-tag" href="{U(SEARCHES[0])}">Bygglov</a></li>
              <li><a class="c-tag" href="{U(SEARCHES[1])}">Skolval</a></li>
              <li><a class="c-tag" href="{U(SEARCHES[2])}">Sociala investeringar</a></li>
            </ul>''', 'inlaylist') + '\n' + mod('Genvägar', f'''            <div class="o-grid">
{card('Lediga jobb', JOBS, 'Jobba hos oss – se alla lediga tjänster.')}
{card('Evenemang', EVS, 'Vad händer i Höganäs?')}
{card('Omsorg och stöd', OS, 'Stöd till barn, familjer, äldre och personer med funktionsnedsättning.')}
            </div>''', 'manualinput') + '\n' + mod('Nyheter', f'''            <div class="o-grid">
{cards}
            </div>
            <p><a class="c-button c-button__filled" href="{U(NYH)}">Alla nyheter</a></p>''', 'posts')
    return page('/', 'Startsida', article, active=None, kind='page', desc='Höganäs kommuns webbplats', modules=modules,
                body_cls='home page-template-default page')


def kommun_och_politik():
    article = '''          <h1 class="c-article__title">Kommun och politik</h1>
          <p class="lead">Så styrs Höganäs kommun, hur pengarna används och hur du kan påverka.</p>'''
    modules = mod('Kommun och politik', f'''            <div class="o-grid">
{card('Politik och beslut', KP + 'politik-och-beslut/', 'Kommunfullmäktige, nämnder och protokoll.')}
{card('Ekonomi', KP + 'ekonomi/', 'Budget, årsredovisning och skattesats.')}
{card('Social hållbarhet', SH, 'Folkhälsa, brottsförebyggande arbete och sociala investeringar.')}
{card('Kommunens organisation', KP + 'organisation/', 'Förvaltningar och bolag.')}
            </div>''', 'manualinput')
    return page(KP, 'Kommun och politik', article, [('Kommun och politik', KP)], KP, modules=modules)


def social_hallbarhet():
    article = '''          <h1 class="c-article__title">Social hållbarhet</h1>
          <p class="lead">Ett socialt hållbart Höganäs är en kommun där alla har goda livsvillkor och kan påverka sin vardag.</p>
          <p>Kommunen arbetar med social hållbarhet genom folkhälsoarbete, brottsförebyggande arbete och sociala investeringar. Arbetet utgår från kommunens strategi för social hållbarhet.</p>'''
    modules = mod('Läs mer', f'''            <div class="o-grid">
{card('Sociala investeringar', FUND, 'Kommunens fond för förebyggande arbete och de satsningar som fått pengar.')}
{card('Strategi för social hållbarhet', STRAT, 'Kommunens strategi 2024–2030.')}
{card('Folkhälsa', SH + 'folkhalsa/', 'Så arbetar kommunen för en god och jämlik hälsa.')}
            </div>''', 'manualinput')
    return page(SH, 'Social hållbarhet', article, [('Kommun och politik', KP), ('Social hållbarhet', SH)], KP,
                left=fund_nav(SH), modules=modules)


def hub():
    article = f'''          <h1 class="c-article__title">Sociala investeringar</h1>
          <p class="lead">Höganäs kommun har en fond för sociala investeringar. Pengarna används till förebyggande arbete som ska ge barn, unga, vuxna och äldre bättre förutsättningar och minska kommunens kostnader på sikt.</p>
          <p>Kommunfullmäktige avsatte 15 miljoner kronor till fonden 2020 och tillförde ytterligare 5 miljoner kronor 2025. Förvaltningarna kan söka pengar för att pröva nya arbetssätt under högst tre år. Nedan ser du de sociala investeringar som pågår och de som har avslutats.</p>'''
    pag = '\n'.join([
        card('Familjeresursen – tidigt stöd till småbarnsfamiljer', P1, 'Socialtjänst, barnavårdscentral och förskola ger småbarnsfamiljer stöd tidigt.', meta='Barn och familj', img='/2025/02/familjeresursen-1024x576.jpg'),
        card('Tillsammans för närvaro', P2, 'Ett närvaroteam i Nyhamnsläge och Jonstorp hjälper elever med hög frånvaro tillbaka till skolan.', meta='Skola', img='/2024/09/narvaro-1024x576.jpg'),
        card('Jobbspåret – unga vuxna i arbete', P3, 'Jobbcoacher följer unga vuxna hela vägen till arbete eller studier.', meta='Arbete', img='/2024/09/jobbsparet-1024x576.jpg'),
        card('Aktiva seniorer i Kullabygden', P4, 'Promenadgrupper, samtalscaféer och digitala träffar mot ofrivillig ensamhet.', meta='Äldre', img='/2025/03/seniorer-1024x576.jpg')])
    avsl = card('Fritid för alla', P5, 'Barn som saknade en fritidsaktivitet fick prova på idrott, kultur och friluftsliv. Avslutat 2024.', meta='Avslutat')
    modules = '\n'.join([
        mod('Pågående sociala investeringar', f'''            <div class="o-grid modularity-mod-posts__cards">
{pag}
            </div>''', 'posts', mid=4411),
        mod('Avslutade sociala investeringar', f'''            <div class="o-grid modularity-mod-posts__cards">
{avsl}
            </div>
            <p><a class="c-button" href="{U(ARCH)}">Visa alla sociala investeringar</a></p>''', 'posts', mid=4412),
        mod('Mer om fonden', f'''            <ul class="c-list">
              <li><a href="{U(SOKA)}">Så söker du medel</a></li>
              <li><a href="{U(RIKT)}">Riktlinjer för fonden</a></li>
              <li><a href="{U(UPPF)}">Uppföljning och resultat</a></li>
            </ul>''', 'index', mid=4413),
        contact_mod('Maria Sjöberg', 'Strateg för sociala investeringar, kommunledningskontoret', '042-33 71 88', 'maria.sjoberg@hoganas.se')])
    article += '\n          ' + updated('2025-10-02')
    return page(FUND, 'Sociala investeringar', article, FUND_TRAIL, KP, left=fund_nav(FUND), modules=modules)


def archive():
    items = ''
    for p in PROJECTS:
        d = PROJ[p]
        items += f'''
            <li class="c-collection__item">
              <a class="c-collection__link" href="{U(p)}"><h2 class="c-collection__title">{d['title']}</h2></a>
              <p class="c-collection__content">{d['lead']}</p>
            </li>'''
    article = f'''          <h1 class="c-article__title">Sociala investeringar</h1>
          <ul class="c-collection c-collection--archive">{items}
          </ul>'''
    return page(ARCH, 'Sociala investeringar – arkiv', article, [('Sociala investeringar', ARCH)], KP,
                kind='archive', body_cls='archive post-type-archive post-type-archive-investering')


def soka():
    article = '''          <h1 class="c-article__title">Så söker du medel ur den sociala investeringsfonden</h1>
          <p class="lead">Alla kommunens förvaltningar kan söka pengar ur fonden för att pröva ett nytt förebyggande arbetssätt.</p>
          <h2>Vem kan söka?</h2>
          <p>En eller flera förvaltningar kan söka tillsammans. Föreningar, Region Skåne och Polisen kan vara samverkansparter men kan inte själva stå som sökande.</p>
          <h2>Vad kan man söka för?</h2>
          <p>Ett nytt arbetssätt som förebygger ohälsa, utanförskap eller otrygghet och som kan följas upp med mätbara mål. Man kan inte söka för ordinarie verksamhet, lokaler eller inventarier.</p>
          <h2>När kan man söka?</h2>
          <p>Ansökan lämnas senast den 1 mars eller den 1 oktober. Kommunstyrelsens arbetsutskott beslutar inom två månader.</p>
          <h2>Så går ansökan till</h2>
          <ol>
            <li>Kontakta strategen för sociala investeringar och berätta om er idé.</li>
            <li>Fyll i ansökningsmallen tillsammans med en ekonom från förvaltningen.</li>
            <li>Skicka ansökan till kommunledningskontoret.</li>
            <li>Beredningsgruppen går igenom ansökan och kan ställa frågor.</li>
            <li>Arbetsutskottet beslutar.</li>
          </ol>
          <h2>Hur mycket kan man söka?</h2>
          <p>Högst 3 000 000 kronor för en period på högst tre år. Förvaltningen ska själv stå för minst 20 procent av kostnaden.</p>'''
    article += '\n          ' + updated('2025-09-12')
    modules = mod('Dokument', f'''            <ul class="c-fileslist">
              <li><a href="{U(UP + '/2025/09/ansokningsmall-sociala-investeringar.docx')}">Ansökningsmall (Word, 45 kB)</a></li>
              <li><a href="{U(UP + '/2025/09/kalkylmall-sociala-investeringar.xlsx')}">Kalkylmall (Excel, 30 kB)</a></li>
            </ul>''', 'fileslist')
    return page(SOKA, 'Så söker du medel ur den sociala investeringsfonden', article,
                FUND_TRAIL + [('Så söker du medel', SOKA)], KP, left=fund_nav(SOKA), modules=modules)


RIKT_BODY = '''          <p>Riktlinjerna beslutades av kommunfullmäktige den 17 september 2020, § 112, och reviderades den 13 mars 2025, § 28.</p>
          <h2>1. Syfte med fonden</h2>
          <p>Fonden ska ge förvaltningarna möjlighet att pröva förebyggande arbetssätt som ger bättre livsvillkor för invånarna och minskade kostnader för kommunen på sikt.</p>
          <h2>2. Villkor</h2>
          <ol>
            <li>Insatsen ska vara förebyggande och rikta sig till en avgränsad målgrupp.</li>
            <li>Insatsen ska vara tidsbegränsad, högst tre år.</li>
            <li>Insatsen ska ha mätbara mål och en plan för uppföljning.</li>
            <li>Minst två förvaltningar, eller en förvaltning och en extern part, ska samverka.</li>
            <li>Förvaltningen ska redovisa hur arbetssättet ska finansieras om det blir ordinarie verksamhet.</li>
          </ol>
          <h2>3. Belopp</h2>
          <p>En insats kan beviljas högst 3 000 000 kronor. Sökande förvaltning står för minst 20 procent av kostnaden.</p>
          <h2>4. Återbetalning</h2>
          <p>Om insatsen leder till minskade kostnader ska förvaltningen betala tillbaka hälften av den beräknade besparingen till fonden, under högst fem år.</p>
          <h2>5. Uppföljning</h2>
          <p>Varje insats lämnar en lägesrapport två gånger om året och en slutrapport senast sex månader efter att den avslutats.</p>'''


def riktlinjer():
    article = f'''          <h1 class="c-article__title">Riktlinjer för den sociala investeringsfonden</h1>
          <p class="lead">Här är de regler som gäller för fonden och för de insatser som får pengar ur den.</p>
{tools(RIKT)}
{RIKT_BODY}
          {updated('2025-03-20')}'''
    return page(RIKT, 'Riktlinjer för den sociala investeringsfonden', article,
                FUND_TRAIL + [('Riktlinjer för fonden', RIKT)], KP, left=fund_nav(RIKT))


def riktlinjer_print():
    return print_page(RIKT, 'Riktlinjer för den sociala investeringsfonden', '2025-03-20',
                      '      <p>Här är de regler som gäller för fonden och för de insatser som får pengar ur den.</p>\n' + RIKT_BODY)


def uppfoljning():
    article = '''          <h1 class="c-article__title">Uppföljning och resultat 2024</h1>
          <p class="lead">Varje år följer kommunledningskontoret upp den sociala investeringsfonden och rapporterar till kommunstyrelsen.</p>
          <h2>Fonden år för år</h2>
          <figure class="wp-block-table">
            <table class="c-table">
              <thead><tr><th>År</th><th>Nya ansökningar</th><th>Beviljade</th><th>Beviljat belopp, kr</th><th>Kvar i fonden, kr</th></tr></thead>
              <tbody>
                <tr><td>2021</td><td>4</td><td>2</td><td>2 150 000</td><td>12 850 000</td></tr>
                <tr><td>2022</td><td>3</td><td>1</td><td>900 000</td><td>11 950 000</td></tr>
                <tr><td>2023</td><td>2</td><td>0</td><td>0</td><td>11 950 000</td></tr>
                <tr><td>2024</td><td>5</td><td>2</td><td>4 900 000</td><td>7 050 000</td></tr>
              </tbody>
            </table>
          </figure>
          <h2>De viktigaste resultaten</h2>
          <ul>
            <li>Fyra av fem avslutade eller pågående insatser når sina mål för deltagarna.</li>
            <li>Två insatser har lett till minskade kostnader för placeringar och försörjningsstöd.</li>
            <li>Återbetalningen till fonden har hittills varit 600 000 kronor.</li>
          </ul>
          <h2>Lärdomar</h2>
          <p>Insatser där flera förvaltningar har ett gemensamt ansvar från början har lättare att bli ordinarie verksamhet. Uppföljningen behöver planeras redan i ansökan.</p>'''
    article += '\n          ' + updated('2025-04-08')
    modules = mod('Dokument', f'''            <ul class="c-fileslist">
              <li><a href="{U(UP + '/2025/04/uppfoljning-sociala-investeringar-2024.pdf')}">Uppföljning av sociala investeringar 2024 (pdf, 880 kB)</a></li>
            </ul>''', 'fileslist')
    return page(UPPF, 'Uppföljning och resultat 2024', article, FUND_TRAIL + [('Uppföljning och resultat', UPPF)], KP,
                left=fund_nav(UPPF), modules=modules)


def strategi():
    article = '''          <h1 class="c-article__title">Strategi för social hållbarhet 2024–2030</h1>
          <p class="lead">Strategin pekar ut vad kommunen ska prioritera för att minska skillnaderna i livsvillkor och hälsa mellan invånarna.</p>
          <h2>Fyra fokusområden</h2>
          <ol>
            <li><strong>Goda uppväxtvillkor</strong> – alla barn ska ha en trygg uppväxt och klara skolan.</li>
            <li><strong>Arbete och försörjning</strong> – fler ska kunna försörja sig själva.</li>
            <li><strong>Trygghet och delaktighet</strong> – alla ska känna sig trygga och kunna påverka.</li>
            <li><strong>Ett gott åldrande</strong> – äldre ska kunna leva ett aktivt liv.</li>
          </ol>
          <h2>Så följs strategin upp</h2>
          <p>Kommunstyrelsen följer upp strategin varje år med indikatorer från bland annat Kolada och Region Skånes folkhälsoenkät. Den sociala investeringsfonden är ett av verktygen för att nå målen.</p>
          <p>Strategin antogs av kommunfullmäktige den 14 december 2023, § 156.</p>'''
    article += '\n          ' + updated('2024-01-15')
    return page(STRAT, 'Strategi för social hållbarhet 2024–2030', article,
                [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Strategi för social hållbarhet', STRAT)], KP,
                left=fund_nav(STRAT))


def post(path, title, date, body, cat='Nyheter', edit=False):
    ed = f'\n          <p class="post-edit-link"><a class="c-button c-button--sm" href="{U(EDIT_CALL)}">Redigera</a></p>' if edit else ''
    article = f'''          <h1 class="c-article__title">{title}</h1>
          <div class="c-article__meta"><time datetime="{date}">Publicerad {date}</time> · <span class="c-article__category">{cat}</span></div>
{body}{ed}'''
    return page(path, title, article, [('Nyheter', NYH), (title, path)], None, kind='post',
                body_cls='post-template-default single single-post')


def nyheter():
    rows = [(N_P2, 'Fler elever tillbaka i skolan i Nyhamnsläge', '2025-10-21', 'Ett år med närvaroteamet i Nyhamnsläge och Jonstorp.'),
            (N_LEK, 'Nya lekplatsen i Viken är invigd', '2025-10-09', 'Nu kan barnen i Viken leka i den nya lekplatsen vid hamnen.'),
            (N_CALL, 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-09-15', 'Sista dag att söka är den 1 oktober.'),
            (N_VA, 'Vattenläckan i Jonstorp är åtgärdad', '2025-08-28', 'Vattnet är tillbaka i hela Jonstorp.'),
            (N_FUND, 'Kommunfullmäktige tillför fonden fem miljoner kronor', '2025-03-14', 'Fonden för sociala investeringar fylls på.')]
    items = ''.join(f'''
            <li class="c-collection__item"><a class="c-collection__link" href="{U(h)}"><h2 class="c-collection__title">{t}</h2></a><time datetime="{d}">{d}</time><p>{s}</p></li>''' for h, t, d, s in rows)
    article = f'''          <h1 class="c-article__title">Nyheter</h1>
          <ul class="c-collection">{items}
          </ul>'''
    return page(NYH, 'Nyheter', article, [('Nyheter', NYH)], None, body_cls='blog')


def n_call():
    return post(N_CALL, 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '2025-09-15', f'''          <p class="lead">Den 1 oktober är sista dag att söka pengar ur den sociala investeringsfonden i höstens omgång. Just nu finns 7 miljoner kronor att söka.</p>
          <p>Fonden är till för förebyggande arbetssätt som ska prövas under högst tre år. Ansökan ska visa vilken målgrupp insatsen vänder sig till, vilka mål den har och hur den ska följas upp. Den här gången vill arbetsutskottet särskilt se ansökningar som rör barn och unga med psykisk ohälsa.</p>
          <p>Läs mer om hur du söker på sidan <a href="{U(SOKA)}">Så söker du medel</a> och i <a href="{U(RIKT)}">riktlinjerna för fonden</a>.</p>''', edit=True)


def n_fund():
    return post(N_FUND, 'Kommunfullmäktige tillför fonden fem miljoner kronor', '2025-03-14', f'''          <p class="lead">Kommunfullmäktige beslutade på torsdagens sammanträde att tillföra den sociala investeringsfonden 5 miljoner kronor av 2024 års överskott.</p>
          <p>Fonden startade 2020 med 15 miljoner kronor. Sedan dess har sju insatser fått pengar, och i början av året fanns drygt 2 miljoner kronor kvar att söka. Med de nya pengarna kan fonden ta emot ansökningar i två omgångar per år även 2025 och 2026.</p>
          <p>– Vi ser att de förebyggande insatserna ger resultat, och vi vill att förvaltningarna ska kunna fortsätta pröva nya arbetssätt, säger kommunstyrelsens ordförande Peter Nyman.</p>
          <p>Fullmäktige beslutade samtidigt om reviderade <a href="{U(RIKT)}">riktlinjer för fonden</a>.</p>''')


def n_p2():
    return post(N_P2, 'Fler elever tillbaka i skolan i Nyhamnsläge', '2025-10-21', f'''          <p class="lead">Efter ett år med närvaroteamet i Nyhamnsläge skola och Jonstorps skola har två av tre elever med hög frånvaro kommit tillbaka till skolan.</p>
          <p>Närvaroteamet, med en kurator, en specialpedagog och en socialsekreterare, har träffat 46 elever och deras familjer under läsåret. För 31 av eleverna var frånvaron under 15 procent när läsåret slutade.</p>
          <p>– Det viktigaste är att vi kommer in tidigt, innan frånvaron har blivit ett mönster, säger kuratorn Lina Persson.</p>
          <p>Arbetet är en del av projektet Tillsammans för närvaro, som pågår till juni 2027. <a href="{U(P2 + PRINT)}">Läs mer om Tillsammans för närvaro</a>.</p>''')


def n_lek():
    return post(N_LEK, 'Nya lekplatsen i Viken är invigd', '2025-10-09', '''          <p class="lead">I lördags invigdes den nya lekplatsen vid Vikens hamn med korvgrillning och ansiktsmålning.</p>
          <p>Lekplatsen har en klätterställning formad som en fiskebåt, gungor och en sandlåda som är tillgänglig för barn som använder rullstol.</p>''', cat='Kultur och fritid')


def n_va():
    return post(N_VA, 'Vattenläckan i Jonstorp är åtgärdad', '2025-08-28', '''          <p class="lead">Läckan på vattenledningen vid Jonstorpsvägen är lagad och vattnet är tillbaka i hela Jonstorp.</p>
          <p>Det kan komma missfärgat vatten ur kranen den närmaste dagen. Spola tills vattnet är klart.</p>''', cat='Vatten och avlopp')


def evenemang():
    article = f'''          <h1 class="c-article__title">Evenemang</h1>
          <p class="lead">Konserter, föreläsningar och aktiviteter i Höganäs kommun.</p>
          <ul class="c-collection">
            <li class="c-collection__item"><a class="c-collection__link" href="{U(EV)}"><h2 class="c-collection__title">Temadag: Tidiga insatser lönar sig</h2></a><time datetime="2025-11-27">27 november 2025</time></li>
            <li class="c-collection__item"><a class="c-collection__link" href="{U(EVS + 'julmarknad-i-molle/')}"><h2 class="c-collection__title">Julmarknad i Mölle</h2></a><time datetime="2025-12-06">6 december 2025</time></li>
          </ul>
          <p><a class="c-button" href="{U(KAL)}">Visa kalendern</a> <a class="c-button" rel="nofollow" href="{U(KAL + KAL_Q)}">December 2025</a></p>'''
    return page(EVS, 'Evenemang', article, [('Evenemang', EVS)], None)


def event():
    article = f'''          <h1 class="c-article__title">Temadag: Tidiga insatser lönar sig</h1>
          <p class="lead">Välkommen till en temadag om hur förebyggande arbete för barn och familjer kan ge både bättre liv och lägre kostnader.</p>
          <ul class="c-listing c-listing--event">
            <li><strong>Datum:</strong> 27 november 2025</li>
            <li><strong>Tid:</strong> 09.00–15.30</li>
            <li><strong>Plats:</strong> Tryckeriet, Höganäs</li>
            <li><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</li>
            <li><strong>Sista anmälningsdag:</strong> 14 november 2025</li>
            <li><strong>Anmälan:</strong> Via formuläret nedan</li>
            <li><strong>Arrangör:</strong> Höganäs kommun, kommunledningskontoret</li>
          </ul>
          <h2>Program</h2>
          <p>09.00 Välkommen. 09.15 Föreläsning om socioekonomisk analys. 10.30 Erfarenheter från Familjeresursen och Tillsammans för närvaro. 13.00 Workshop: Hur skriver man en bra ansökan? 15.00 Avslutning.</p>
          <p>Temadagen vänder sig till chefer och medarbetare i kommunen, Region Skåne och föreningar.</p>
          <p><a class="c-button" rel="nofollow" href="{U(EV + ICAL)}">Lägg till i kalender</a></p>'''
    return page(EV, 'Temadag: Tidiga insatser lönar sig', article, [('Evenemang', EVS), ('Temadag: Tidiga insatser lönar sig', EV)], None,
                kind='event', body_cls='event-template-default single single-event')


def jobs():
    article = f'''          <h1 class="c-article__title">Lediga jobb</h1>
          <p class="lead">Här ser du de tjänster som är lediga just nu i Höganäs kommun.</p>
          <ul class="c-collection">
            <li class="c-collection__item"><a class="c-collection__link" href="{U(JOB)}"><h2 class="c-collection__title">Familjebehandlare till Familjeresursen</h2></a><p>Socialförvaltningen · Sista ansökningsdag 2025-11-30</p></li>
            <li class="c-collection__item"><a class="c-collection__link" href="https://hoganas.varbi.com/what:job/jobID:812233/"><h2 class="c-collection__title">Undersköterska till hemtjänsten</h2></a><p>Vård- och omsorgsförvaltningen</p></li>
          </ul>'''
    return page(JOBS, 'Lediga jobb', article, [('Jobba hos oss', '/jobba-hos-oss/'), ('Lediga jobb', JOBS)], None)


def job():
    article = f'''          <h1 class="c-article__title">Familjebehandlare till Familjeresursen</h1>
          <p class="lead">Vill du arbeta förebyggande med småbarnsfamiljer? Nu söker vi en familjebehandlare till <a href="{U(P1)}">Familjeresursen</a>.</p>
          <h2>Om tjänsten</h2>
          <p>Du arbetar på barnavårdscentralen och på förskolorna i Lerberget och Jonstorp med samtal, föräldragrupper och hembesök, tillsammans med en kollega och barnavårdscentralens sjuksköterskor.</p>
          <h2>Kvalifikationer</h2>
          <p>Socionomexamen eller annan relevant högskoleexamen och vidareutbildning i familjebehandling. Erfarenhet av arbete med små barn och deras föräldrar är meriterande.</p>
          <ul class="c-listing">
            <li><strong>Anställningsform:</strong> Visstidsanställning till och med 2027-12-31</li>
            <li><strong>Omfattning:</strong> Heltid</li>
            <li><strong>Tillträde:</strong> 2026-01-15 eller enligt överenskommelse</li>
            <li><strong>Sista ansökningsdag:</strong> 2025-11-30</li>
          </ul>
          <p><a class="c-button c-button__filled" href="https://hoganas.varbi.com/what:job/jobID:812190/">Ansök här</a></p>'''
    return page(JOB, 'Familjebehandlare till Familjeresursen', article,
                [('Jobba hos oss', '/jobba-hos-oss/'), ('Lediga jobb', JOBS), ('Familjebehandlare till Familjeresursen', JOB)], None)


def omsorg():
    article = '''          <h1 class="c-article__title">Omsorg och stöd</h1>
          <p class="lead">Stöd till barn, unga, familjer, äldre och personer med funktionsnedsättning.</p>'''
    modules = mod('Omsorg och stöd', f'''            <div class="o-grid">
{card('Barn och familj', BUF, 'Stöd till barn, unga och föräldrar.')}
{card('Äldreomsorg', OS + 'aldreomsorg/', 'Hemtjänst, särskilt boende och träffpunkter.')}
{card('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/', 'Försörjningsstöd och budgetrådgivning.')}
            </div>''', 'manualinput')
    return page(OS, 'Omsorg och stöd', article, [('Omsorg och stöd', OS)], OS, modules=modules)


def barn_och_familj():
    article = '''          <h1 class="c-article__title">Barn och familj</h1>
          <p class="lead">Här finns stöd för dig som är förälder eller ung och behöver någon att prata med.</p>'''
    modules = mod('Stöd till barn och familj', f'''            <div class="o-grid">
{card('Ungdomslotsarna', SERVICE, 'Stöd till unga 16–20 år som inte går i gymnasiet.')}
{card('Familjecentralen', BUF + 'familjecentralen/', 'Öppen förskola, barnavårdscentral och föräldrastöd på ett ställe.')}
{card('Orosanmälan', BUF + 'orosanmalan/', 'Så gör du om du är orolig för ett barn.')}
            </div>''', 'manualinput')
    return page(BUF, 'Barn och familj', article, [('Omsorg och stöd', OS), ('Barn och familj', BUF)], OS, modules=modules)


def service():
    article = '''          <h1 class="c-article__title">Ungdomslotsarna</h1>
          <p class="lead">Ungdomslotsarna stöttar dig som är 16–20 år och inte går i gymnasieskolan att hitta en väg tillbaka till studier eller till arbete.</p>
          <p>Ungdomslotsarna startade 2019 som ett projekt med pengar ur den sociala investeringsfonden. Sedan januari 2022 är ungdomslotsarna en del av utbildningsförvaltningens ordinarie verksamhet inom det kommunala aktivitetsansvaret.</p>
          <h2>Så kan vi hjälpa dig</h2>
          <ul>
            <li>Samtal om vad du vill göra framåt</li>
            <li>Studie- och yrkesvägledning</li>
            <li>Praktik hos företag i Höganäs</li>
            <li>Stöd i kontakten med Arbetsförmedlingen och vården</li>
          </ul>
          <h2>Öppettider</h2>
          <p>Måndag–torsdag 9–16, fredag 9–12. Du hittar oss på Bruksgatan 12 i Höganäs.</p>'''
    modules = contact_mod('Ungdomslotsarna', 'Utbildningsförvaltningen', '042-33 75 60', 'ungdomslotsarna@hoganas.se')
    return page(SERVICE, 'Ungdomslotsarna', article, [('Omsorg och stöd', OS), ('Barn och familj', BUF), ('Ungdomslotsarna', SERVICE)], OS,
                modules=modules)


def simple(path, title, text, trail):
    return page(path, title, f'''          <h1 class="c-article__title">{title}</h1>
{text}''', trail, None)


# ------------------------------------------------------------------------------------------------------------- build
def build():
    w = lambda p, t: write(H, p, t)
    w('/', start())
    w(KP, kommun_och_politik())
    w(SH, social_hallbarhet())
    w(STRAT, strategi())
    w(FUND, hub())
    w(SOKA, soka())
    w(RIKT, riktlinjer())
    w(RIKT + PRINT, riktlinjer_print())
    w(UPPF, uppfoljning())
    w(ARCH, archive())
    for p in PROJECTS:
        w(p, project_page(p))
        w(p + PRINT, project_print(p))
    w(NYH, nyheter())
    w(N_CALL, n_call())
    w(N_FUND, n_fund())
    w(N_P2, n_p2())
    w(N_LEK, n_lek())
    w(N_VA, n_va())
    w(EVS, evenemang())
    w(EV, event())
    w(JOBS, jobs())
    w(JOB, job())
    w(OS, omsorg())
    w(BUF, barn_och_familj())
    w(SERVICE, service())
    w(KONTAKT, simple(KONTAKT, 'Kontakta oss', '''          <p class="lead">Kontaktcenter svarar på dina frågor vardagar 8–16.</p>
          <p>Telefon: 042-33 71 00<br>E-post: <a href="mailto:kommunen@hoganas.se">kommunen@hoganas.se</a><br>Besöksadress: Centralgatan 20, Höganäs</p>''', [('Kontakta oss', KONTAKT)]))
    w(OMW, simple(OMW, 'Om webbplatsen', f'''          <p class="lead">Webbplatsen drivs av kommunikationsavdelningen och bygger på Municipio, en öppen källkodsplattform från Helsingborgs stad.</p>
          <ul><li><a href="{U(KAKOR)}">Kakor</a></li><li><a href="{U(TILLG)}">Tillgänglighetsredogörelse</a></li></ul>''', [('Om webbplatsen', OMW)]))
    w(KAKOR, simple(KAKOR, 'Kakor', '''          <p>Webbplatsen använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik (Matomo).</p>''', [('Om webbplatsen', OMW), ('Kakor', KAKOR)]))
    w(TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', '''          <p>Höganäs kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
          <p>Vissa äldre pdf-dokument är inte helt tillgängliga.</p>''', [('Om webbplatsen', OMW), ('Tillgänglighetsredogörelse', TILLG)]))

    w('/robots.txt', '''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /xmlrpc.php
Disallow: /?s=
Disallow: /*?s=
Disallow: /evenemang/kalender/
Disallow: /*?pdf=
Disallow: /*?ical=
Crawl-delay: 1

Sitemap: https://www.hoganas.se/wp-sitemap.xml
''')
    w('/wp-sitemap.xml', sitemap_index(H, [('/wp-sitemap-posts-post-1.xml', None), ('/wp-sitemap-posts-page-1.xml', None),
                                            ('/wp-sitemap-posts-investering-1.xml', None),
                                            ('/wp-sitemap-taxonomies-category-1.xml', None)],
                                       stylesheet=U('/wp-sitemap-index.xsl')))
    w('/wp-sitemap-posts-post-1.xml', urlset(H, [(N_P2, '2025-10-21T08:12:40+00:00'), (N_LEK, '2025-10-09T13:02:11+00:00'),
                                                 (N_CALL, '2025-09-15T07:30:00+00:00'), (N_VA, '2025-08-28T11:45:19+00:00'),
                                                 (N_FUND, '2025-03-14T09:00:00+00:00')], stylesheet=U('/wp-sitemap.xsl')))
    w('/wp-sitemap-posts-page-1.xml', urlset(H, [('/', '2025-10-21T08:15:00+00:00'), (KP, '2024-05-02T10:00:00+00:00'),
                                                 (SH, '2024-05-02T10:05:00+00:00'), (STRAT, '2024-01-15T09:20:00+00:00'),
                                                 (FUND, '2025-10-02T14:10:00+00:00'), (SOKA, '2025-09-12T08:00:00+00:00'),
                                                 (RIKT, '2025-03-20T12:00:00+00:00'), (UPPF, '2025-04-08T10:30:00+00:00'),
                                                 (NYH, '2025-10-21T08:12:40+00:00'), (EVS, '2025-10-01T09:00:00+00:00'),
                                                 (JOBS, '2025-10-30T07:00:00+00:00'), (OS, '2023-11-10T10:00:00+00:00'),
                                                 (BUF, '2023-11-10T10:10:00+00:00'), (SERVICE, '2025-01-20T13:00:00+00:00'),
                                                 (KONTAKT, '2023-06-01T08:00:00+00:00'), (OMW, '2023-06-01T08:00:00+00:00')],
                                             stylesheet=U('/wp-sitemap.xsl')))
    w('/wp-sitemap-posts-investering-1.xml', urlset(H, [(P1, '2025-02-10T09:00:00+00:00'), (P2, '2025-08-20T10:00:00+00:00'),
                                                        (P3, '2024-09-16T08:30:00+00:00'), (P4, '2025-03-03T12:00:00+00:00'),
                                                        (P5, '2024-09-30T15:20:00+00:00')], stylesheet=U('/wp-sitemap.xsl')))
    w('/wp-sitemap-taxonomies-category-1.xml', urlset(H, [('/nyheter/kategori/nyheter/', None), ('/nyheter/kategori/kultur-och-fritid/', None)],
                                                      stylesheet=U('/wp-sitemap.xsl')))


if __name__ == '__main__':
    build()
