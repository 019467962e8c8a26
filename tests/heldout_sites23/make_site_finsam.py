"""Samordningsförbundet Norra Kalmar län (Finsam: Västervik 0883, Vimmerby 0884, Hultsfred 0860, Region Kalmar län,
Försäkringskassan, Arbetsförmedlingen) on ProcessWire 3 with a UIkit 3 site profile – generator for heldout_sites23.

ProcessWire writes every page URL with a trailing slash (saved as index.html). The list of "insatser" is one page whose
items are a repeater field, paginated by ProcessWire's page numbers with the prefix "sida" (/insatser/sida2/,
/insatser/sida3/: four items a page), with a sidebar of filter links written as query-only relative hrefs
("?kategori=…", "?ar=…") that the template reads from $input->get. Only some items link to a page of their own.
Assets under /site/templates/, files under /site/assets/files/<page id>/ (not saved); the admin is /processwire/.
"""
from make_common import write, esc

H = 'www.finsamnorrakalmar.se'

OM = '/om-oss/'
FINS = OM + 'finansiell-samordning/'
STY = OM + 'styrelse/'
VP = OM + 'verksamhetsplan-och-budget/'
AR = OM + 'arsredovisning-2024/'
INS = '/insatser/'
INS2 = '/insatser/sida2/'
INS3 = '/insatser/sida3/'
F1 = '/insatser/spranget/'
F2 = '/insatser/balans-i-vardagen-vimmerby/'
F3 = '/insatser/jobbnav-hultsfred/'
F4 = '/insatser/startpunkten-hultsfred/'          # not in the list: only from a news item
F5 = '/insatser/ips-arbete-med-stod/'             # hidden page: only from the "Relaterat" box on Lotsen
LOTS = '/insatser/lotsen/'                        # standing: began as an insats
KOMP = '/insatser/kompetensutveckling/'           # standing offer of courses
DEAD = '/insatser/digitalt-stod-for-sjukskrivna/'  # list item whose page was removed (404)
SOKA = '/soka-medel/'
AKT = '/aktuellt/'
KAL = '/aktuellt/kalender/'
EV = '/aktuellt/kalender/finsamdagen-2025/'
N_F4 = '/aktuellt/startpunkten-ska-hjalpa-unga-i-hultsfred-att-hitta-ratt/'
N_CALL = '/aktuellt/nu-kan-ni-soka-medel-for-2026/'
N_JOB = '/aktuellt/vi-soker-en-processledare/'
N_FLYTT = '/aktuellt/forbundet-har-flyttat/'
N_STY = '/aktuellt/ny-styrelse-for-2025/'
KONTAKT = '/kontakt/'
TILLG = '/tillganglighet/'
PUL = '/personuppgifter/'
SEARCH = '/sok/'
ADMIN = '/processwire/'
EDIT = '/processwire/page/edit/?id=1187'

TPL = '/site/templates'

MENU = [('Om oss', OM), ('Insatser', INS), ('Söka medel', SOKA), ('Aktuellt', AKT), ('Kontakt', KONTAKT)]
OM_SUB = [('Om förbundet', OM), ('Finansiell samordning', FINS), ('Styrelse', STY),
          ('Verksamhetsplan och budget', VP), ('Årsredovisning 2024', AR)]

KATEGORIER = [('unga-vuxna', 'Unga vuxna'), ('arbete-och-studier', 'Arbete och studier'),
              ('psykisk-halsa', 'Psykisk hälsa'), ('strukturovergripande', 'Strukturövergripande')]
AR_FILTER = ['2025', '2024', '2023']

PAGE_IDS = {}


def pid(path):
    if path not in PAGE_IDS:
        PAGE_IDS[path] = 1030 + len(PAGE_IDS) * 7
    return PAGE_IDS[path]


def navbar(active):
    lis = []
    for name, href in MENU:
        act = ' class="uk-active"' if href == active else ''
        if href == OM:
            sub = ''.join(f'<li><a href="{h}">{n}</a></li>' for n, h in OM_SUB)
            lis.append(f'''<li{act}><a href="{href}">{name} <span uk-navbar-parent-icon></span></a>
            <div class="uk-navbar-dropdown"><ul class="uk-nav uk-navbar-dropdown-nav">{sub}</ul></div></li>''')
        else:
            lis.append(f'<li{act}><a href="{href}">{name}</a></li>')
    return f'''<header id="masthead" class="pw-masthead">
  <div class="uk-container">
    <nav class="uk-navbar-container uk-navbar-transparent" uk-navbar>
      <div class="uk-navbar-left">
        <a class="uk-navbar-item uk-logo" href="/"><img src="{TPL}/img/finsam-norra-kalmar.svg" alt="Samordningsförbundet Norra Kalmar län" width="240" height="48"></a>
      </div>
      <div class="uk-navbar-right">
        <ul class="uk-navbar-nav uk-visible@m">{''.join(lis)}</ul>
        <a class="uk-navbar-toggle uk-hidden@m" href="#offcanvas-nav" uk-toggle><span uk-navbar-toggle-icon></span> <span class="uk-margin-small-left">Meny</span></a>
        <div class="uk-navbar-item uk-visible@m">
          <form class="uk-search uk-search-navbar" action="{SEARCH}" method="get">
            <span uk-search-icon></span>
            <input class="uk-search-input" type="search" name="q" placeholder="Sök…" aria-label="Sök">
          </form>
        </div>
      </div>
    </nav>
  </div>
</header>'''


def offcanvas():
    lis = ''.join(f'<li><a href="{h}">{n}</a></li>' for n, h in MENU)
    return f'''<div id="offcanvas-nav" uk-offcanvas="mode: push; overlay: true" hidden>
  <div class="uk-offcanvas-bar">
    <button class="uk-offcanvas-close" type="button" uk-close></button>
    <ul class="uk-nav uk-nav-default">{lis}</ul>
  </div>
</div>'''


def footer():
    return f'''<footer class="pw-footer uk-section uk-section-secondary uk-section-small">
  <div class="uk-container">
    <div class="uk-grid-medium uk-child-width-1-3@m" uk-grid>
      <div>
        <h3 class="uk-h5">Samordningsförbundet Norra Kalmar län</h3>
        <p>Storgatan 18, 593 33 Västervik<br>Telefon: 0490-25 40 10<br><a href="mailto:info@finsamnorrakalmar.se">info@finsamnorrakalmar.se</a><br>Organisationsnummer 222000-2417</p>
      </div>
      <div>
        <h3 class="uk-h5">Medlemmar</h3>
        <ul class="uk-list">
          <li><a href="https://www.vastervik.se/">Västerviks kommun</a></li>
          <li><a href="https://www.vimmerby.se/">Vimmerby kommun</a></li>
          <li><a href="https://www.hultsfred.se/">Hultsfreds kommun</a></li>
          <li><a href="https://regionkalmar.se/">Region Kalmar län</a></li>
          <li><a href="https://www.forsakringskassan.se/">Försäkringskassan</a></li>
          <li><a href="https://arbetsformedlingen.se/">Arbetsförmedlingen</a></li>
        </ul>
      </div>
      <div>
        <h3 class="uk-h5">Om webbplatsen</h3>
        <ul class="uk-list">
          <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
          <li><a href="{PUL}">Personuppgifter och kakor</a></li>
          <li><a href="{ADMIN}" rel="nofollow">Logga in</a></li>
        </ul>
      </div>
    </div>
    <p class="uk-text-small uk-margin-medium-top">Webbplatsen drivs med ProcessWire.</p>
  </div>
</footer>'''


def crumbs(trail):
    lis = '<li><a href="/">Start</a></li>'
    for name, href in trail[:-1]:
        lis += f'<li><a href="{href}">{name}</a></li>'
    lis += f'<li><span aria-current="page">{trail[-1][0]}</span></li>'
    return f'<nav aria-label="Brödsmulor"><ul class="uk-breadcrumb">{lis}</ul></nav>'


def page(path, title, trail, body, active=None, sidebar='', summary='', modified='2025-10-01', extra_head='',
         template='basic-page'):
    bc = crumbs(trail) if trail else ''
    summ = f'<p class="uk-text-lead">{summary}</p>' if summary else ''
    if sidebar:
        main = f'''<div class="uk-grid-large" uk-grid>
      <div class="uk-width-expand@m">
        <h1 class="uk-article-title">{title}</h1>
        {summ}
{body}
        <p class="uk-text-meta pw-modified">Senast ändrad {modified}</p>
      </div>
      <aside id="sidebar" class="uk-width-1-3@m">
{sidebar}
      </aside>
    </div>'''
    else:
        main = f'''<h1 class="uk-article-title">{title}</h1>
    {summ}
{body}
    <p class="uk-text-meta pw-modified">Senast ändrad {modified}</p>'''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – Samordningsförbundet Norra Kalmar län</title>
<meta name="description" content="{esc(summary or title)}">
<link rel="canonical" href="https://{H}{path}">
<link rel="stylesheet" href="{TPL}/uikit/dist/css/uikit.pw.min.css">
<link rel="stylesheet" href="{TPL}/styles/main.css?v=1.4">
<script src="{TPL}/uikit/dist/js/uikit.min.js"></script>
<script src="{TPL}/uikit/dist/js/uikit-icons.min.js"></script>
{extra_head}</head>
<body class="template-{template} page-{pid(path)}">
<a class="uk-hidden-visually uk-hidden-focus" href="#content">Hoppa till innehållet</a>
{navbar(active)}
<main id="content" class="uk-section uk-section-default">
  <div class="uk-container">
    {bc}
    {main}
  </div>
</main>
{footer()}
{offcanvas()}
</body>
</html>
'''


def facts(rows):
    dl = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows)
    return f'''<div class="uk-card uk-card-default uk-card-body uk-margin insats-fakta">
  <h2 class="uk-card-title">Fakta om insatsen</h2>
  <dl class="uk-description-list uk-description-list-divider">{dl}</dl>
</div>'''


# ---------------------------------------------------------------- the insatser list (a repeater, four items a page)
ITEMS = [
    # (name, href or None, text, kategori, period, status)
    ('Språnget', F1, 'Coachning, studie- och yrkesvägledning och stöd från psykiatrin för unga vuxna i Västervik som varken arbetar eller studerar.',
     'Unga vuxna', '2024–2026', 'Pågående'),
    ('Lotsen', LOTS, 'En väg in för den som behöver stöd från flera myndigheter samtidigt. Ordinarie verksamhet sedan 2023.',
     'Arbete och studier', 'Sedan 2019', 'Ordinarie verksamhet'),
    ('Kompetensutveckling för medlemmarnas personal', KOMP, 'Utbildningar och nätverksträffar för personal hos förbundets medlemmar.',
     'Strukturövergripande', 'Löpande', 'Pågående'),
    ('Samverkansteam Västervik', None, 'Handläggare från Försäkringskassan, Arbetsförmedlingen, kommunen och vårdcentralen träffas varje vecka kring gemensamma ärenden.',
     'Strukturövergripande', '2025–2026', 'Pågående'),
    ('Balans i vardagen – Vimmerby', F2, 'Gruppverksamhet och individuellt stöd för personer som är sjukskrivna på grund av psykisk ohälsa.',
     'Psykisk hälsa', '2025–2027', 'Pågående'),
    ('Hälsosamtal på jobbet', None, 'Hälsosamtal och arbetsplatsanpassning för anställda med lönebidrag i Hultsfred.',
     'Psykisk hälsa', '2025–2026', 'Pågående'),
    ('Digitalt stöd för sjukskrivna', DEAD, 'En digital plattform med självhjälpsprogram för sjukskrivna. Insatsen avbröts 2024.',
     'Psykisk hälsa', '2023–2024', 'Avslutad'),
    ('Motivationsgruppen Västervik', None, 'Motiverande gruppverksamhet för personer med långvarigt försörjningsstöd.',
     'Arbete och studier', '2020–2022', 'Avslutad'),
    ('Jobbnav Hultsfred', F3, 'Ett samlat stöd till arbete för unga vuxna och långtidsarbetslösa i Hultsfred.',
     'Arbete och studier', '2021–2024', 'Avslutad'),
    ('Unga in i Vimmerby', None, 'Praktik och handledning för unga 16–24 år som hoppat av gymnasiet.',
     'Unga vuxna', '2019–2021', 'Avslutad'),
]
PAGES_OF_LIST = [(INS, 1), (INS2, 2), (INS3, 3)]


def filter_sidebar():
    kat = ''.join(f'<li><a href="?kategori={slug}">{name}</a></li>' for slug, name in KATEGORIER)
    years = ''.join(f'<li><a href="?ar={y}">{y}</a></li>' for y in AR_FILTER)
    return f'''<div class="uk-card uk-card-muted uk-card-body insats-filter">
  <h2 class="uk-h4">Filtrera insatser</h2>
  <h3 class="uk-h6 uk-margin-small-bottom">Kategori</h3>
  <ul class="uk-list uk-list-collapse insats-filter__kategori">
    <li><a href="{INS}">Alla insatser</a></li>
{kat}
  </ul>
  <h3 class="uk-h6 uk-margin-small-bottom">Pågick under år</h3>
  <ul class="uk-list uk-list-collapse insats-filter__ar">{years}</ul>
</div>'''


def pager(n):
    def li(k):
        href = INS if k == 1 else f'/insatser/sida{k}/'
        if k == n:
            return (f"<li aria-label='Sida {k}, nuvarande sida' class='uk-active MarkupPagerNavOn' aria-current='true'>"
                    f"<a href='{href}'><span>{k}</span></a></li>")
        return f"<li aria-label='Sida {k}'><a href='{href}'><span>{k}</span></a></li>"
    out = []
    if n > 1:
        prev = INS if n == 2 else f'/insatser/sida{n - 1}/'
        out.append(f"<li aria-label='Föregående sida' class='MarkupPagerNavPrevious'><a href='{prev}'><span uk-pagination-previous></span> Föregående</a></li>")
    out += [li(k) for k in (1, 2, 3)]
    if n < 3:
        out.append(f"<li aria-label='Nästa sida' class='MarkupPagerNavNext'><a href='/insatser/sida{n + 1}/'>Nästa <span uk-pagination-next></span></a></li>")
    return f"<ul class='uk-pagination MarkupPagerNav' role='navigation' aria-label='Sidor'>{''.join(out)}</ul>"


def list_page(path, n):
    items = ITEMS[(n - 1) * 4: n * 4]
    cards = []
    for name, href, text, kat, period, status in items:
        more = f'<a class="uk-button uk-button-text" href="{href}">Läs mer om {name}</a>' if href else ''
        head = f'<a class="uk-link-heading" href="{href}">{name}</a>' if href else name
        cards.append(f'''<li>
  <article class="uk-card uk-card-default uk-card-small uk-card-body insats-item">
    <h2 class="uk-card-title uk-margin-small-bottom">{head}</h2>
    <p class="uk-text-meta uk-margin-remove-top"><span class="uk-label">{status}</span> {kat} · {period}</p>
    <p>{text}</p>
    {more}
  </article>
</li>''')
    intro = '''<p>Samordningsförbundet finansierar insatser som medlemmarna driver tillsammans. Här finns både pågående och avslutade insatser, och de insatser som förbundet driver för alla medlemmar (strukturövergripande insatser).</p>''' if n == 1 else ''
    head = []
    if n > 1:
        head.append(f'<link rel="prev" href="https://{H}{INS if n == 2 else f"/insatser/sida{n - 1}/"}">')
    if n < 3:
        head.append(f'<link rel="next" href="https://{H}/insatser/sida{n + 1}/">')
    title = 'Insatser' if n == 1 else f'Insatser – sida {n}'
    body = f'''{intro}
<p class="uk-text-meta">Visar {(n - 1) * 4 + 1}–{min(n * 4, len(ITEMS))} av {len(ITEMS)} insatser</p>
<ul class="uk-list uk-list-large insats-list">{''.join(cards)}</ul>
{pager(n)}'''
    return page(path, title, [('Insatser', INS)] if n == 1 else [('Insatser', INS), (f'Sida {n}', path)], body, active=INS,
                sidebar=filter_sidebar(), summary='Insatser som finansieras av samordningsförbundet.' if n == 1 else '',
                modified='2025-09-24', extra_head='\n'.join(head) + '\n', template='insatser')


NEWS = [
    (N_F4, '2025-10-21', 'Startpunkten ska hjälpa unga i Hultsfred att hitta rätt',
     'Styrelsen har beviljat pengar till en ny insats för unga i Hultsfred. Startpunkten börjar i november.',
     f'''<p>Startpunkten ska ge unga mellan 16 och 24 år som varken arbetar eller studerar en enda plats att vända sig till. Där finns en coach från kommunens aktivitetsansvar, en arbetsförmedlare och en kurator från ungdomsmottagningen.</p>
<p>– Många unga har kontakt med tre eller fyra olika handläggare. Nu ska de få träffa alla på samma ställe, säger förbundets verksamhetsutvecklare.</p>
<p>Insatsen pågår i två år och drivs av Hultsfreds kommun tillsammans med Arbetsförmedlingen och Region Kalmar län.</p>
<p><a href="{F4}">Läs mer om Startpunkten</a></p>'''),
    (N_CALL, '2025-09-30', 'Nu kan ni söka medel för 2026',
     'Medlemmarna kan nu söka medel för nya insatser som ska starta under 2026. Sista dag att söka är den 1 december.',
     f'''<p>Förbundet har omkring 2,5 miljoner kronor att fördela till nya insatser 2026. Styrelsen prioriterar insatser för unga vuxna och för personer med psykisk ohälsa.</p>
<p>Ansökan ska vara förankrad hos alla parter som ska vara med. Ta gärna kontakt med kansliet innan ni skriver ansökan.</p>
<p>Läs mer under <a href="{SOKA}">Söka medel</a>.</p>'''),
    (N_JOB, '2025-09-12', 'Vi söker en processledare',
     'Samordningsförbundet söker en processledare som ska stödja insatserna och medlemmarnas samverkan.',
     f'''<h2>Om tjänsten</h2>
<p>Som processledare stöttar du de insatser som förbundet finansierar, bland annat Språnget och Balans i vardagen, leder nätverksträffar och sammanställer uppföljningen till styrelsen.</p>
<h2>Kvalifikationer</h2>
<p>Du har en högskoleutbildning inom socialt arbete, folkhälsa eller beteendevetenskap och erfarenhet av samverkan mellan myndigheter.</p>
<ul>
<li><strong>Anställningsform:</strong> Tillsvidare, med sex månaders provanställning</li>
<li><strong>Omfattning:</strong> 100 procent</li>
<li><strong>Tillträde:</strong> Enligt överenskommelse</li>
<li><strong>Sista ansökningsdag:</strong> 15 oktober 2025</li>
</ul>
<p>Skicka ansökan till förbundschefen på <a href="mailto:info@finsamnorrakalmar.se">info@finsamnorrakalmar.se</a>.</p>'''),
    (N_STY, '2025-02-03', 'Ny styrelse för 2025',
     'Förbundsstämman har valt en ny styrelse. Ordförande är en ledamot från Vimmerby kommun.',
     f'''<p>Styrelsen har sex ledamöter och sex ersättare, en från varje medlem. Styrelsen träffas sex gånger om året.</p>
<p>Se alla ledamöter under <a href="{STY}">Styrelse</a>.</p>
<p class="uk-text-meta">Redaktörens anteckning: uppdatera styrelsesidan, se <a href="https://{H}{EDIT}">sidan i ProcessWire</a>.</p>'''),
    (N_FLYTT, '2024-11-18', 'Förbundet har flyttat',
     'Kansliet har flyttat till nya lokaler på Storgatan 18 i Västervik.',
     '<p>Den nya adressen är Storgatan 18, 593 33 Västervik. Telefonnumret är detsamma som tidigare.</p>'),
]


def build():
    pages = {}

    # ---------------- start page
    latest = ''.join(f'''<li><article class="uk-article">
  <p class="uk-article-meta"><time datetime="{d}">{d}</time></p>
  <h3 class="uk-h4 uk-margin-remove"><a href="{p}">{t}</a></h3>
  <p>{lead}</p>
</article></li>''' for p, d, t, lead, _ in NEWS[:3])
    pages['/'] = page('/', 'Samverkan för fler i arbete', [], f'''<div class="uk-grid-large" uk-grid>
  <div class="uk-width-2-3@m">
    <p>Samordningsförbundet Norra Kalmar län är ett samarbete mellan Försäkringskassan, Arbetsförmedlingen, Region Kalmar län och kommunerna Västervik, Vimmerby och Hultsfred. Tillsammans finansierar vi insatser för personer i arbetsför ålder som behöver samordnat stöd för att komma i arbete eller studier.</p>
    <p><a class="uk-button uk-button-primary" href="{INS}">Se våra insatser</a> <a class="uk-button uk-button-default" href="{SOKA}">Söka medel</a></p>
    <h2 class="uk-h3">Aktuellt</h2>
    <ul class="uk-list uk-list-divider">{latest}</ul>
    <p><a href="{AKT}">Alla nyheter</a></p>
  </div>
  <div class="uk-width-1-3@m">
    <div class="uk-card uk-card-muted uk-card-body">
      <h2 class="uk-h4">Snabbsök</h2>
      <ul class="uk-list"><li><a href="{SEARCH}?q=ips">IPS</a></li><li><a href="{SEARCH}?q=lotsen">Lotsen</a></li><li><a href="{SEARCH}?q=ansokan">Ansökan</a></li></ul>
    </div>
    <div class="uk-card uk-card-default uk-card-body uk-margin">
      <h2 class="uk-h4">Kalender</h2>
      <p><a href="{EV}">Finsamdagen 2025 – 27 november i Vimmerby</a></p>
      <p><a href="{KAL}">Hela kalendern</a></p>
    </div>
  </div>
</div>''', summary='Finansiell samordning i Västervik, Vimmerby och Hultsfred.', modified='2025-10-21', template='home')

    # ---------------- om oss
    pages[OM] = page(OM, 'Om förbundet', [('Om oss', OM)], f'''<p>Samordningsförbundet Norra Kalmar län bildades 2011 enligt lagen om finansiell samordning av rehabiliteringsinsatser. Förbundet har sex medlemmar: Försäkringskassan, Arbetsförmedlingen, Region Kalmar län och Västerviks, Vimmerbys och Hultsfreds kommuner.</p>
<p>Förbundet är en egen juridisk person med en styrelse och ett litet kansli med förbundschef, processledare och ekonom.</p>
<h2>Medlemsavgifter 2026</h2>
<p>Staten (Försäkringskassan och Arbetsförmedlingen) betalar hälften av förbundets intäkter, regionen en fjärdedel och kommunerna en fjärdedel, fördelad efter invånarantal. För 2026 är medlemsavgifterna sammanlagt 7 200 000 kronor.</p>
<ul class="uk-list uk-list-bullet">
<li><a href="{FINS}">Finansiell samordning</a></li>
<li><a href="{STY}">Styrelse</a></li>
<li><a href="{VP}">Verksamhetsplan och budget</a></li>
<li><a href="{AR}">Årsredovisning 2024</a></li>
</ul>''', active=OM, summary='Ett samarbete mellan sex myndigheter i norra Kalmar län.', modified='2025-02-03')

    pages[FINS] = page(FINS, 'Finansiell samordning', [('Om oss', OM), ('Finansiell samordning', FINS)], '''<p>Finansiell samordning (Finsam) gör det möjligt för Försäkringskassan, Arbetsförmedlingen, regionen och kommunerna att samarbeta och gemensamt finansiera insatser. Lagen om finansiell samordning av rehabiliteringsinsatser (2003:1210) reglerar arbetet.</p>
<h2>Så fungerar det</h2>
<p>Medlemmarna betalar in pengar till förbundet, som sedan finansierar insatser som ingen av medlemmarna hade kunnat göra ensam. Insatserna ska riktas till personer i förvärvsaktiv ålder, 16–64 år, som behöver samordnat stöd.</p>
<h2>Ett räkneexempel</h2>
<p>Om förbundet har 100 kronor att fördela har staten betalat 50 kronor, regionen 25 kronor och kommunerna 25 kronor. Pengarna används till gemensamma insatser, oavsett vem som betalat in dem.</p>
<h2>Läs mer</h2>
<p>Nationella rådet för finansiell samordning har mer information på <a href="https://www.finsam.se/">finsam.se</a>.</p>''',
        active=OM, summary='Så fungerar samarbetet mellan myndigheterna.', modified='2024-05-06')

    pages[STY] = page(STY, 'Styrelse', [('Om oss', OM), ('Styrelse', STY)], '''<p>Styrelsen har en ledamot och en ersättare från varje medlem.</p>
<table class="uk-table uk-table-divider uk-table-small">
<thead><tr><th>Medlem</th><th>Roll</th></tr></thead>
<tbody>
<tr><td>Vimmerby kommun</td><td>Ordförande</td></tr>
<tr><td>Region Kalmar län</td><td>Vice ordförande</td></tr>
<tr><td>Västerviks kommun</td><td>Ledamot</td></tr>
<tr><td>Hultsfreds kommun</td><td>Ledamot</td></tr>
<tr><td>Försäkringskassan</td><td>Ledamot</td></tr>
<tr><td>Arbetsförmedlingen</td><td>Ledamot</td></tr>
</tbody></table>
<p>Protokoll från styrelsens möten kan beställas från kansliet.</p>''',
        active=OM, summary='Förbundets styrelse 2025–2026.', modified='2025-02-03')

    pages[VP] = page(VP, 'Verksamhetsplan och budget 2026', [('Om oss', OM), ('Verksamhetsplan och budget', VP)], f'''<p>Styrelsen antog verksamhetsplanen och budgeten för 2026 den 8 oktober 2025.</p>
<h2>Prioriteringar 2026</h2>
<ul class="uk-list uk-list-bullet">
<li>Unga vuxna som varken arbetar eller studerar</li>
<li>Personer med psykisk ohälsa som står långt från arbetsmarknaden</li>
<li>Bättre samverkan mellan handläggare i de tre kommunerna</li>
</ul>
<h2>Budget 2026</h2>
<table class="uk-table uk-table-divider uk-table-small">
<thead><tr><th>Post</th><th class="uk-text-right">Kronor</th></tr></thead>
<tbody>
<tr><td>Medlemsavgifter</td><td class="uk-text-right">7 200 000</td></tr>
<tr><td>Individinriktade insatser</td><td class="uk-text-right">4 900 000</td></tr>
<tr><td>Strukturövergripande insatser</td><td class="uk-text-right">900 000</td></tr>
<tr><td>Kansli och administration</td><td class="uk-text-right">1 400 000</td></tr>
</tbody></table>
<p><a href="/site/assets/files/{pid(VP)}/verksamhetsplan-och-budget-2026.pdf">Verksamhetsplan och budget 2026 (pdf)</a></p>''',
        active=OM, summary='Vad förbundet ska göra under 2026 och vad det får kosta.', modified='2025-10-10')

    pages[AR] = page(AR, 'Årsredovisning 2024', [('Om oss', OM), ('Årsredovisning 2024', AR)], f'''<p>Förbundsstämman godkände årsredovisningen för 2024 den 22 april 2025.</p>
<h2>Året i korthet</h2>
<ul class="uk-list uk-list-bullet">
<li>412 personer deltog i någon av förbundets individinriktade insatser.</li>
<li>38 procent av deltagarna som avslutade en insats gick vidare till arbete eller studier.</li>
<li>Förbundets intäkter var 6 900 000 kronor och kostnaderna 6 650 000 kronor.</li>
</ul>
<h2>Insatser under 2024</h2>
<p>Under året finansierade förbundet sju insatser, bland annat Språnget, Jobbnav Hultsfred och Lotsen. Insatsen Digitalt stöd för sjukskrivna avbröts i förtid.</p>
<p>Se alla insatser för unga vuxna som pågick 2024: <a href="/insatser/?ar=2024&amp;kategori=unga-vuxna" rel="nofollow">Insatser för unga vuxna 2024</a></p>
<p><a href="/site/assets/files/{pid(AR)}/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></p>''',
        active=OM, summary='Förbundets verksamhet och ekonomi under 2024.', modified='2025-04-28')

    # ---------------- the insatser list and its pages
    for path, n in PAGES_OF_LIST:
        pages[path] = list_page(path, n)

    rel_lots = f'''<div class="uk-card uk-card-default uk-card-body uk-card-small insats-relaterat">
  <h2 class="uk-h4">Relaterat</h2>
  <ul class="uk-list uk-list-divider">
    <li><a href="{F5}">IPS – arbete med stöd</a></li>
    <li><a href="{INS}">Alla insatser</a></li>
  </ul>
</div>'''

    pages[F1] = page(F1, 'Språnget', [('Insatser', INS), ('Språnget', F1)], f'''<p><strong>Språnget är en insats för unga vuxna mellan 18 och 29 år i Västervik som varken arbetar eller studerar och som behöver stöd från flera håll för att komma vidare.</strong></p>
<p>Deltagarna får en egen coach som de träffar minst en gång i veckan. Coachen hjälper till med allt från att komma upp på morgonen till att söka praktik eller börja studera. I teamet finns också en studie- och yrkesvägledare, och den som behöver det kan få samtal med en psykolog från vuxenpsykiatrin.</p>
<p>Två coacher och en studie- och yrkesvägledare arbetar i Språnget på heltid.</p>
<h2>Syfte</h2>
<p>Syftet är att fler unga vuxna i Västervik ska börja arbeta eller studera och att färre ska vara beroende av försörjningsstöd.</p>
{facts([('Insatsägare', 'Västerviks kommun, arbetsmarknadsenheten'),
        ('Samverkanspartner', 'Arbetsförmedlingen, Försäkringskassan och Region Kalmar län (vuxenpsykiatrin)'),
        ('Period', '1 mars 2024 – 31 december 2026'),
        ('Finansiering', '2 700 000 kronor från Samordningsförbundet Norra Kalmar län'),
        ('Målgrupp', 'Unga vuxna 18–29 år i Västervik som varken arbetar eller studerar'),
        ('Antal deltagare', 'Cirka 40 per år')])}''',
        active=INS, sidebar=f'''<div class="uk-card uk-card-muted uk-card-body uk-card-small"><h2 class="uk-h4">Kontakt</h2><p>Arbetsmarknadsenheten, Västerviks kommun<br>Telefon: 0490-25 40 00</p></div>''',
        summary='Stöd för unga vuxna i Västervik att ta steget till arbete eller studier.', modified='2024-03-05', template='insats')

    pages[F2] = page(F2, 'Balans i vardagen – Vimmerby', [('Insatser', INS), ('Balans i vardagen – Vimmerby', F2)], f'''<p>Balans i vardagen är en insats för personer mellan 20 och 64 år i Vimmerby som är sjukskrivna eller har aktivitetsersättning på grund av psykisk ohälsa, till exempel depression, ångest eller utmattning.</p>
<p>Deltagarna går i en grupp som träffas två gånger i veckan under tolv veckor. Gruppen leds av en arbetsterapeut och en fysioterapeut från vårdcentralen och tar upp sömn, stress, fysisk aktivitet och vardagsrutiner. Efter gruppen får var och en individuellt stöd av en arbetsspecialist från kommunen för att pröva arbete eller studier.</p>
<h2>Syfte</h2>
<p>Syftet är att deltagarna ska få bättre hälsa och närma sig arbetsmarknaden.</p>
<table class="uk-table uk-table-divider uk-table-small insats-faktatabell">
<caption>Fakta om insatsen</caption>
<tbody>
<tr><th>Insatsägare</th><td>Vimmerby kommun</td></tr>
<tr><th>Samverkanspartner</th><td>Region Kalmar län (vårdcentralerna i Vimmerby) och Försäkringskassan</td></tr>
<tr><th>Period</th><td>Januari 2025 – december 2027</td></tr>
<tr><th>Finansiering</th><td>2 250 000 kronor från samordningsförbundet, 750 000 kronor per år</td></tr>
<tr><th>Målgrupp</th><td>Personer 20–64 år i Vimmerby som är sjukskrivna på grund av psykisk ohälsa</td></tr>
</tbody></table>''',
        active=INS, summary='Grupp och individuellt stöd för den som är sjukskriven på grund av psykisk ohälsa.', modified='2025-01-14',
        template='insats')

    pages[F3] = page(F3, 'Jobbnav Hultsfred', [('Insatser', INS), ('Jobbnav Hultsfred', F3)], f'''<div class="uk-alert-primary" uk-alert><p><strong>Insatsen är avslutad.</strong></p></div>
<p>Jobbnav Hultsfred var ett samlat stöd till arbete för unga vuxna och för personer som varit arbetslösa länge. Deltagarna fick träffa en handläggare från Arbetsförmedlingen, en socialsekreterare och en jobbcoach på samma ställe, i kommunens lokaler vid Knektaparken.</p>
<p>Jobbnav pågick från september 2021 till augusti 2024. Samordningsförbundet finansierade insatsen med sammanlagt 1 980 000 kronor.</p>
<h2>Resultat</h2>
<p>64 personer deltog i Jobbnav. 29 av dem gick vidare till arbete eller studier, och ytterligare 12 till arbetsträning eller praktik.</p>
<h2>Efter insatsen</h2>
<p>Arbetssättet med gemensamma möten lever vidare i Hultsfreds kommuns arbetsmarknadsenhet.</p>
{facts([('Insatsägare', 'Hultsfreds kommun'), ('Samverkanspartner', 'Arbetsförmedlingen'),
        ('Period', 'September 2021 – augusti 2024'), ('Målgrupp', 'Unga vuxna 18–29 år och personer som varit arbetslösa mer än två år')])}''',
        active=INS, summary='Ett samlat stöd till arbete i Hultsfred, 2021–2024.', modified='2024-09-30', template='insats')

    pages[F4] = page(F4, 'Startpunkten Hultsfred', [('Insatser', INS), ('Startpunkten Hultsfred', F4)], f'''<p>Startpunkten är en insats för unga mellan 16 och 24 år i Hultsfred som varken arbetar eller studerar. Den unga får träffa en coach från kommunens aktivitetsansvar, en arbetsförmedlare och en kurator på samma ställe och får en gemensam plan.</p>
<p>Insatsen startar i november 2025 och pågår till och med oktober 2027. Samordningsförbundet har beviljat 1 600 000 kronor för hela perioden.</p>
<ul class="uk-list">
<li><strong>Insatsägare:</strong> Hultsfreds kommun</li>
<li><strong>Samverkanspartner:</strong> Arbetsförmedlingen och Region Kalmar län (ungdomsmottagningen)</li>
<li><strong>Målgrupp:</strong> Unga 16–24 år som varken arbetar eller studerar</li>
</ul>''',
        active=INS, summary='En väg in för unga i Hultsfred.', modified='2025-10-21', template='insats')

    pages[F5] = page(F5, 'IPS – arbete med stöd', [('Insatser', INS), ('IPS – arbete med stöd', F5)], f'''<p>IPS (Individual Placement and Support) är en metod för att hjälpa personer med psykisk ohälsa att få och behålla ett arbete på den vanliga arbetsmarknaden. En IPS-coach hjälper deltagaren att hitta ett arbete som passar och ger stöd både till deltagaren och arbetsgivaren.</p>
<p>Samordningsförbundet finansierar en insats för att införa IPS i Vimmerby och Hultsfred. Insatsen pågår från april 2025 till mars 2027 och finansieras med 2 400 000 kronor från samordningsförbundet. Region Kalmar län bidrar dessutom med en IPS-coach på halvtid.</p>
<h2>Vem kan delta?</h2>
<p>Personer mellan 18 och 64 år som har kontakt med psykiatrin eller kommunens socialpsykiatri och som vill arbeta.</p>
{facts([('Insatsägare', 'Vimmerby kommun och Hultsfreds kommun'), ('Samverkanspartner', 'Region Kalmar län (psykiatrin) och Arbetsförmedlingen'),
        ('Period', 'April 2025 – mars 2027'), ('Målgrupp', 'Personer 18–64 år med psykisk ohälsa som vill arbeta')])}''',
        active=INS, summary='Stöd till arbete för personer med psykisk ohälsa i Vimmerby och Hultsfred.', modified='2025-04-08',
        template='insats')

    pages[LOTS] = page(LOTS, 'Lotsen', [('Insatser', INS), ('Lotsen', LOTS)], f'''<p>Lotsen är en väg in för dig som behöver stöd från flera myndigheter samtidigt, till exempel från Försäkringskassan, Arbetsförmedlingen och kommunen. Lotsen hjälper dig att samordna kontakterna och att få ett gemensamt möte med alla som berörs.</p>
<h2>Så började det</h2>
<p>Lotsen startade 2019 med pengar från samordningsförbundet. Sedan januari 2023 ingår Lotsen i kommunernas och Arbetsförmedlingens ordinarie verksamhet, och förbundet bidrar tills vidare till lokalkostnaderna.</p>
<h2>Här finns Lotsen</h2>
<ul class="uk-list uk-list-bullet">
<li>Västervik: Storgatan 18, måndag–torsdag kl. 9–15</li>
<li>Vimmerby: Medborgarkontoret, tisdagar kl. 9–12</li>
<li>Hultsfred: Kommunhuset, onsdagar kl. 13–16</li>
</ul>''',
        active=INS, sidebar=rel_lots, summary='Ett gemensamt stöd när du har kontakt med flera myndigheter.', modified='2025-03-18')

    pages[KOMP] = page(KOMP, 'Kompetensutveckling för medlemmarnas personal', [('Insatser', INS), ('Kompetensutveckling', KOMP)], '''<p>Förbundet erbjuder varje år utbildningar och nätverksträffar för personal hos medlemmarna. Utbildningarna är kostnadsfria för deltagarna.</p>
<h2>Utbildningar hösten 2025</h2>
<table class="uk-table uk-table-divider uk-table-small">
<thead><tr><th>Datum</th><th>Utbildning</th><th>Plats</th><th>Anmälan</th></tr></thead>
<tbody>
<tr><td>16 oktober</td><td>Motiverande samtal, grundkurs</td><td>Vimmerby</td><td>Senast 2 oktober</td></tr>
<tr><td>6 november</td><td>Samordnad individuell plan (SIP)</td><td>Västervik</td><td>Senast 23 oktober</td></tr>
<tr><td>4 december</td><td>Neuropsykiatriska funktionsnedsättningar i arbetslivet</td><td>Digitalt</td><td>Senast 20 november</td></tr>
</tbody></table>
<p>Anmälan görs till kansliet på info@finsamnorrakalmar.se.</p>''',
        active=INS, summary='Utbildningar och nätverk för dig som arbetar hos någon av förbundets medlemmar.', modified='2025-08-29')

    pages[SOKA] = page(SOKA, 'Söka medel', [('Söka medel', SOKA)], f'''<p>Medlemmarna kan söka medel från samordningsförbundet för insatser som två eller fler av dem vill genomföra tillsammans.</p>
<h2>Vem kan söka?</h2>
<p>Försäkringskassan, Arbetsförmedlingen, Region Kalmar län och kommunerna Västervik, Vimmerby och Hultsfred. Minst två medlemmar ska stå bakom ansökan.</p>
<h2>Så går ansökan till</h2>
<ol>
<li>Kontakta förbundschefen och berätta om er idé.</li>
<li>Fyll i ansökningsblanketten och bifoga en budget.</li>
<li>Skicka ansökan till info@finsamnorrakalmar.se senast den 1 december.</li>
<li>Beredningsgruppen går igenom ansökan i december.</li>
<li>Styrelsen beslutar i februari.</li>
</ol>
<h2>Vad krävs?</h2>
<ul class="uk-list uk-list-bullet">
<li>Insatsen ska rikta sig till personer 16–64 år som behöver samordnat stöd.</li>
<li>Insatsen ska vara tidsbegränsad, högst tre år.</li>
<li>Insatsen ska följas upp i SUS, det nationella uppföljningssystemet.</li>
</ul>
<p><a href="/site/assets/files/{pid(SOKA)}/ansokningsblankett-2026.docx">Ansökningsblankett 2026 (Word)</a></p>''',
        active=SOKA, summary='Så söker medlemmarna medel för gemensamma insatser.', modified='2025-09-30')

    # ---------------- aktuellt
    items = ''.join(f'''<li><article class="uk-article">
  <p class="uk-article-meta"><time datetime="{d}">{d}</time></p>
  <h2 class="uk-h4 uk-margin-remove"><a href="{p}">{t}</a></h2>
  <p>{lead}</p>
</article></li>''' for p, d, t, lead, _ in NEWS)
    pages[AKT] = page(AKT, 'Aktuellt', [('Aktuellt', AKT)], f'''<ul class="uk-list uk-list-divider">{items}</ul>
<p><a href="{KAL}">Kalender</a></p>''', active=AKT, summary='Nyheter från samordningsförbundet.', modified='2025-10-21',
        template='news-list')
    for p, d, t, lead, body in NEWS:
        pages[p] = page(p, t, [('Aktuellt', AKT), (t, p)], f'<p class="uk-article-meta">Publicerad <time datetime="{d}">{d}</time></p>\n{body}',
                        active=AKT, summary=lead, modified=d, template='news-item')

    pages[KAL] = page(KAL, 'Kalender', [('Aktuellt', AKT), ('Kalender', KAL)], f'''<ul class="uk-list uk-list-divider">
<li><strong>6 november 2025</strong> – Utbildning: Samordnad individuell plan (SIP), Västervik</li>
<li><strong>27 november 2025</strong> – <a href="{EV}">Finsamdagen 2025</a>, Vimmerby</li>
<li><strong>11 december 2025</strong> – Styrelsemöte</li>
</ul>
<p>Visa månad: <a href="?manad=2025-12" rel="nofollow">december 2025</a> · <a href="?manad=2026-01" rel="nofollow">januari 2026</a></p>''',
        active=AKT, summary='Utbildningar, möten och konferenser.', modified='2025-10-01', template='calendar')

    pages[EV] = page(EV, 'Finsamdagen 2025', [('Aktuellt', AKT), ('Kalender', KAL), ('Finsamdagen 2025', EV)], '''<p>Välkommen till Finsamdagen, en dag för alla som arbetar med samverkan kring rehabilitering i norra Kalmar län. Vi får höra om forskning om unga vuxna som varken arbetar eller studerar, och deltagare och personal från förbundets insatser berättar om sina erfarenheter.</p>
<ul class="uk-list">
<li><strong>Datum:</strong> Torsdag 27 november 2025</li>
<li><strong>Tid:</strong> Kl. 9.00–15.30</li>
<li><strong>Plats:</strong> Vimmerby Stadshotell</li>
<li><strong>Kostnad:</strong> Kostnadsfri för medlemmarnas personal</li>
<li><strong>Sista anmälningsdag:</strong> 13 november 2025</li>
<li><strong>Arrangör:</strong> Samordningsförbundet Norra Kalmar län</li>
</ul>
<p>Anmäl dig via e-post till info@finsamnorrakalmar.se.</p>''',
        active=AKT, summary='En konferens om samverkan och rehabilitering.', modified='2025-10-02', template='event')

    # ---------------- furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakt', [('Kontakt', KONTAKT)], '''<p>Kansliet finns på Storgatan 18 i Västervik.</p>
<p>Telefon: 0490-25 40 10<br>E-post: <a href="mailto:info@finsamnorrakalmar.se">info@finsamnorrakalmar.se</a></p>
<table class="uk-table uk-table-small"><tbody>
<tr><td>Förbundschef</td><td>0490-25 40 11</td></tr>
<tr><td>Processledare</td><td>0490-25 40 12</td></tr>
<tr><td>Ekonom</td><td>0490-25 40 13</td></tr>
</tbody></table>''', active=KONTAKT, summary='Så når du kansliet.')
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Tillgänglighetsredogörelse', TILLG)], '''<p>Samordningsförbundet Norra Kalmar län står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2>Kända brister</h2><p>Vissa pdf-dokument är inte tillgänglighetsanpassade.</p>''', summary='Hur tillgänglig är webbplatsen?')
    pages[PUL] = page(PUL, 'Personuppgifter och kakor', [('Personuppgifter och kakor', PUL)], '''<p>Förbundet behandlar personuppgifter enligt dataskyddsförordningen. Webbplatsen använder bara en nödvändig kaka (wire) som håller ihop ditt besök.</p>''',
        summary='Så behandlar vi personuppgifter.')

    for p, t in pages.items():
        write(H, p, t)

    # ---------------- a stale static sitemap (written by hand in March 2024, never updated)
    smap = ['/', OM, FINS, STY, '/om-oss/arsredovisning-2023/', INS, INS2, F3, LOTS, '/insatser/motivationsgruppen/',
            SOKA, AKT, KONTAKT]
    rows = ''.join(f'  <url>\n    <loc>https://{H}{p}</loc>\n    <lastmod>2024-03-12</lastmod>\n  </url>\n' for p in smap)
    write(H, '/sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + rows + '</urlset>\n')
    write(H, '/robots.txt', f'''# robots.txt för finsamnorrakalmar.se
User-agent: *
Disallow: /processwire/
Disallow: /site/assets/cache/
Disallow: /sok/
Disallow: /*kategori=
Disallow: /*?manad=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, smap


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemap')
