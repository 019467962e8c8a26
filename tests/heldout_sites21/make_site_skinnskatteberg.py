"""Skinnskattebergs kommun (1904, small) on DRUPAL 10 – generator for heldout_sites21.

Pathauto aliases with a trailing slash (the site runs the Trailing Slash module), so every page ends in '/' and is
saved as index.html; every node also has its system path /node/<nid> (announced as rel=shortlink, not saved here).
Views listings page with relative "?page=N" links (zero-based, Drupal's pager), taxonomy terms are aliased under
/amne/<term>/, news under /nyheter/<yyyy>/<mm>/<title>/. The simple_sitemap module serves a sitemap INDEX at
/sitemap.xml with two variants, /sidor/sitemap.xml and /projekt/sitemap.xml. Links are root-relative.
"""
import json

from make_common import write, sitemap, sitemap_index, hexid

H = 'www.skinnskatteberg.se'

KP = '/kommun-och-politik/'
KS = KP + 'kommunstyrelsen/'
FUND = KP + 'sociala-investeringar/'
SOK = FUND + 'sa-soker-du-medel/'
RIKT = FUND + 'riktlinjer/'
UPP = FUND + 'uppfoljning-2024/'
PROJ = FUND + 'projekt/'
C1 = PROJ + 'spraklust-i-forskolan/'
C2 = PROJ + 'fritidslotsen/'
DEAD_FARNA = PROJ + 'motesplats-farna/'                   # dead: unpublished node
OMS = '/omsorg-och-stod/'
ALD = OMS + 'aldreomsorg/'
C3 = ALD + 'seniortraffar-i-riddarhyttan/'
UTB = '/utbildning/'
EH = UTB + 'elevhalsa/'
C5 = EH + 'familjecoach-i-skolan/'
ARB = '/arbete-och-naringsliv/'
AME = ARB + 'arbetsmarknadsenheten/'
C4 = AME + 'steg-framat/'
TAG = '/amne/sociala-investeringar/'
NEWS = '/nyheter/'
EVS = '/evenemang/'
EV = EVS + 'dialogmote-om-sociala-investeringar/'
CAL = EVS + 'kalender/2025-11/'                           # forbidden
JOBS = '/jobb/'
JOB = JOBS + 'lediga-jobb/folkhalsosamordnare/'
KONTAKT = '/kontakt/'
KAKOR = '/om-webbplatsen/kakor/'
SEARCH = '/search/node'                                   # forbidden
LOGIN = '/user/login'                                     # forbidden

NID = {}
_next = [41]


def nid(path):
    if path not in NID:
        _next[0] += 7
        NID[path] = _next[0]
    return NID[path]


MENU = [('Utbildning', UTB), ('Omsorg och stöd', OMS), ('Arbete och näringsliv', ARB),
        ('Bygga och bo', '/bygga-och-bo/'), ('Kultur och fritid', '/kultur-och-fritid/'), ('Kommun och politik', KP)]


def header(active):
    lis = []
    for name, href in MENU:
        if href == active:
            lis.append(f'<li class="menu-item menu-item--active-trail"><a href="{href}" class="is-active" data-drupal-link-system-path="node/{nid(href)}">{name}</a></li>')
        else:
            lis.append(f'<li class="menu-item"><a href="{href}" data-drupal-link-system-path="node/{nid(href)}">{name}</a></li>')
    return f'''<header role="banner" class="site-header">
  <div class="region region-header layout-container">
    <div id="block-skinn-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/skinn/logo.svg" alt="Skinnskattebergs kommun – Hem" width="200" height="54"></a>
    </div>
    <div id="block-verktyg" class="block block-menu-block">
      <ul class="menu menu--verktyg">
        <li class="menu-item"><a rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10512&amp;lang=sv_se&amp;readid=main-content&amp;url=">Lyssna</a></li>
        <li class="menu-item"><a href="{KONTAKT}">Kontakt</a></li>
      </ul>
    </div>
    <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-skinn-search-form" role="search">
      <form action="{SEARCH}" method="get" id="search-block-form" accept-charset="UTF-8">
        <div class="js-form-item form-item js-form-type-search form-type-search form-item-keys">
          <label for="edit-keys" class="visually-hidden">Sök</label>
          <input title="Ange de ord du vill söka efter." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search">
        </div>
        <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök" class="button js-form-submit form-submit"></div>
      </form>
    </div>
  </div>
  <nav role="navigation" aria-labelledby="block-skinn-main-menu-menu" id="block-skinn-main-menu" class="block block-menu navigation menu--main">
    <h2 class="visually-hidden" id="block-skinn-main-menu-menu">Huvudnavigering</h2>
    <ul class="menu menu--main layout-container">{''.join(lis)}</ul>
  </nav>
</header>'''


def footer():
    return f'''<footer role="contentinfo" class="site-footer">
  <div class="region region-footer layout-container">
    <div id="block-kontaktuppgifter" class="block block-block-content">
      <h2>Skinnskattebergs kommun</h2>
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Box 500, 739 22 Skinnskatteberg<br>Besöksadress: Kommunalhuset, Skolvägen 4<br>Telefon: 0222-450 00<br><a href="mailto:kommun@skinnskatteberg.se">kommun@skinnskatteberg.se</a></p></div>
    </div>
    <nav role="navigation" aria-labelledby="block-sidfot-menu" id="block-sidfot" class="block block-menu navigation menu--footer">
      <h2 id="block-sidfot-menu">Om webbplatsen</h2>
      <ul class="menu">
        <li class="menu-item"><a href="{NEWS}">Nyheter</a></li>
        <li class="menu-item"><a href="{EVS}">Evenemang</a></li>
        <li class="menu-item"><a href="{JOBS}">Lediga jobb</a></li>
        <li class="menu-item"><a href="{KAKOR}">Kakor</a></li>
        <li class="menu-item"><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
        <li class="menu-item"><a href="{LOGIN}" rel="nofollow">Logga in</a></li>
      </ul>
    </nav>
    <div class="block social"><a href="https://www.facebook.com/skinnskattebergskommun">Facebook</a></div>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li><a href="/">Start</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li><a href="{href}">{name}</a></li>')
    lis.append(f'<li>{trail[-1][0]}</li>')
    return f'''<div id="block-skinn-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Länkstig</h2>
    <ol>{''.join(lis)}</ol>
  </nav>
</div>'''


def fund_menu(current):
    def li(name, href):
        a = ' class="is-active" aria-current="page"' if href == current else ''
        return f'<li class="menu-item"><a href="{href}"{a}>{name}</a></li>'
    return f'''<nav role="navigation" aria-labelledby="block-undermeny-menu" id="block-undermeny" class="block block-menu-block navigation menu--main">
  <h2 id="block-undermeny-menu"><a href="{FUND}">Sociala investeringar</a></h2>
  <ul class="menu">{li('Så söker du medel', SOK)}{li('Riktlinjer', RIKT)}{li('Projekt', PROJ)}{li('Uppföljning 2024', UPP)}</ul>
</nav>'''


def field(name, label, value, ftype='string'):
    return f'''<div class="field field--name-field-{name} field--type-{ftype} field--label-above">
  <div class="field__label">{label}</div>
  <div class="field__item">{value}</div>
</div>'''


def tags(items):
    lis = ''.join(f'<div class="field__item"><a href="{h}" hreflang="sv">{t}</a></div>' for t, h in items)
    return f'''<div class="field field--name-field-amne field--type-entity-reference field--label-inline clearfix">
  <div class="field__label">Ämne</div>
  <div class="field__items">{lis}</div>
</div>'''


def body(html):
    return f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n{html}\n</div>'


def page(path, title, trail, content, active=None, side='', ntype='page', lead='', modified='2025-10-29',
         is_node=True, view_page=False):
    n = nid(path)
    current = f'node/{n}' if is_node else path.strip('/')
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": current, "currentPathIsAdmin": False,
                         "isFront": path == '/', "currentLanguage": "sv"},
                "pluralDelimiter": "\u0003", "ajaxTrustedUrl": {SEARCH: True},
                "user": {"uid": 0, "permissionsHash": "3f9a1c0e52b7d84e6a0c9f21d3b5e7a8c4f6d0b2e9a1c3f5e7d9b0a2c4e6f8a1"}}
    shortlink = f'<link rel="shortlink" href="https://{H}/node/{n}">' if is_node else ''
    bc = crumbs(trail) if trail else ''
    side_html = f'<aside class="layout-sidebar-first" role="complementary">{side}</aside>' if side else ''
    lead_html = f'<div class="field field--name-field-ingress field--type-string-long field--label-hidden field__item ingress">{lead}</div>' if lead else ''
    body_cls = f'path-node page-node-type-{ntype}' if is_node else ('path-taxonomy' if path.startswith('/amne/') else 'path-view')
    if is_node and not view_page:
        article = f'''<article data-history-node-id="{n}" class="node node--type-{ntype} node--promoted node--view-mode-full">
  <div class="node__content">
{lead_html}
{content}
  </div>
</article>'''
    else:
        article = f'{lead_html}\n{content}'
    return f'''<!DOCTYPE html>
<html lang="sv" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="description" content="{(lead or title)[:150]}">
    <link rel="canonical" href="https://{H}{path}">
    {shortlink}
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
    <meta name="MobileOptimized" content="width">
    <meta name="HandheldFriendly" content="true">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="icon" href="/themes/custom/skinn/favicon.ico" type="image/vnd.microsoft.icon">
    <title>{title} | Skinnskattebergs kommun</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2m9c1kXk3b7Yt0Jm5Vd8aP4rW6sE1nZ0fL2gH3jK5o.css?delta=0&amp;language=sv&amp;theme=skinn&amp;include=eJxLzs8pSk0u">
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="{body_cls}">
    <a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
      <div class="layout-container">
{header(active)}
        <div class="region region-highlighted">
          <div data-drupal-messages-fallback class="hidden"></div>
        </div>
{bc}
        <main role="main">
          <a id="main-content" tabindex="-1"></a>
          <div class="layout-content{' layout-content--with-sidebar' if side else ''}">
            <div class="region region-content">
              <div id="block-skinn-page-title" class="block block-core block-page-title-block">
                <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
              </div>
              <div id="block-skinn-content" class="block block-system block-system-main-block">
{article}
              </div>
              <p class="senast-uppdaterad">Senast uppdaterad: <time datetime="{modified}">{modified}</time></p>
            </div>
          </div>
{side_html}
        </main>
{footer()}
      </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>
    <script src="/sites/default/files/js/js_X4f7eH0b9Jw2qR5tY8uI1oP3aS6dF9gH2jK4lZ7xC0v.js?scope=footer&amp;delta=0&amp;language=sv&amp;theme=skinn&amp;include=eJxLzs8pSk0u"></script>
  </body>
</html>
'''


def view_rows(rows, pager=''):
    lis = ''.join(f'''
    <div class="views-row">
      <article class="node node--type-{t} node--view-mode-teaser">
        <h2 class="node__title"><a href="{h}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{name}</span></a></h2>
        {f'<div class="node__meta"><time datetime="{d}">{d}</time></div>' if d else ''}
        <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{txt}</p></div>
      </article>
    </div>''' for t, h, name, d, txt in rows)
    return f'''<div class="views-element-container"><div class="view view-lista view-display-id-page_1 js-view-dom-id-{hexid(lis, 32)}">
  <div class="view-content">{lis}
  </div>
{pager}
</div></div>'''


def pager(current_label='Sida 1'):
    return '''  <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">Sidnumrering</h4>
    <ul class="pager__items js-pager__items">
      <li class="pager__item is-active"><a href="?page=0" title="Nuvarande sida" aria-current="page"><span class="visually-hidden">Nuvarande sida</span>1</a></li>
      <li class="pager__item"><a href="?page=1" title="Gå till sida 2"><span class="visually-hidden">Sida</span>2</a></li>
      <li class="pager__item pager__item--next"><a href="?page=1" title="Gå till nästa sida" rel="next"><span class="visually-hidden">Nästa sida</span><span aria-hidden="true">Nästa ›</span></a></li>
      <li class="pager__item pager__item--last"><a href="?page=1" title="Gå till sista sidan"><span class="visually-hidden">Sista sidan</span><span aria-hidden="true">Sista »</span></a></li>
    </ul>
  </nav>'''


EDIT_FUND = f'/node/{nid(FUND)}/edit?destination=/admin/content'   # forbidden (pasted edit link)


# ------------------------------------------------------------------ news
def npath(y, m, slug):
    return f'/nyheter/{y}/{m:02d}/{slug}/'


N_SENIOR = npath(2025, 11, 'seniortraffarna-i-riddarhyttan-fyller-ett-ar')
N_CALL = npath(2025, 10, 'nu-kan-du-soka-medel-ur-den-sociala-investeringsfonden')
N_VA = npath(2025, 9, 'vattenledningsarbete-pa-storgatan')
N_KF = npath(2025, 6, 'kommunfullmaktige-fyller-pa-den-sociala-investeringsfonden')
N_BIB = npath(2025, 5, 'biblioteket-har-nya-oppettider-i-sommar')
N_HALKA = npath(2025, 1, 'halkbekampning-i-vinter')

NEWSD = {
    N_SENIOR: ('2025-11-04', 'Seniorträffarna i Riddarhyttan fyller ett år',
               'Varje tisdag samlas ett trettiotal seniorer i Bygdegården i Riddarhyttan. Nu har träffarna funnits i ett år.',
               f'''<p>Träffarna startade i oktober förra året. Det bjuds på lunch, gympa och ibland föreläsningar om allt från bedrägerier till läkemedel.</p>
<p>– Förut träffade jag knappt någon under veckorna. Nu har jag fått nya vänner, säger en av deltagarna.</p>
<p>Seniorträffarna är ett projekt som finansieras ur kommunens sociala investeringsfond. <a href="{C3}">Läs mer om seniorträffarna i Riddarhyttan</a>.</p>''', True),
    N_CALL: ('2025-10-13', 'Nu kan du söka medel ur den sociala investeringsfonden',
             'Kommunens verksamheter kan nu söka pengar ur den sociala investeringsfonden. Sista dag att söka är den 15 december.',
             f'''<p>Det finns omkring 1,2 miljoner kronor att söka. Ansökningar som riktar sig till barn och unga prioriteras.</p>
<p>Läs mer på sidan <a href="{SOK}">Så söker du medel</a> och i <a href="{RIKT}">riktlinjerna</a>.</p>''', True),
    N_VA: ('2025-09-18', 'Vattenledningsarbete på Storgatan',
           'Under vecka 39–42 byter kommunen vattenledningar på Storgatan. Gatan är avstängd för genomfartstrafik.',
           '<p>Boende längs gatan kan få kortare avbrott i vattnet. Vi informerar med lapp i brevlådan dagen innan.</p>', False),
    N_KF: ('2025-06-16', 'Kommunfullmäktige fyller på den sociala investeringsfonden',
           'Kommunfullmäktige har beslutat att föra över 2 miljoner kronor av 2024 års överskott till den sociala investeringsfonden.',
           f'''<p>Fonden inrättades 2022 med 3 miljoner kronor. Fem projekt har fått pengar hittills.</p>
<p>– Vi är en liten kommun och varje barn som klarar skolan och varje ung vuxen som får ett jobb gör stor skillnad, säger kommunstyrelsens ordförande.</p>
<p>Läs mer om sociala investeringar: <a href="{EDIT_FUND}">https://www.skinnskatteberg.se{EDIT_FUND}</a></p>''', True),
    N_BIB: ('2025-05-20', 'Biblioteket har nya öppettider i sommar',
            'Från midsommar till och med vecka 32 har biblioteket sommaröppet.',
            '<p>Biblioteket är öppet måndag och onsdag 10–18 och fredag 10–14. Meröppet gäller som vanligt 7–21.</p>', False),
    N_HALKA: ('2025-01-08', 'Halkbekämpning i vinter',
              'Kommunen sandar gång- och cykelvägar och busshållplatser när det är halt.',
              '<p>Sand finns att hämta gratis vid återvinningscentralen. Ta med egen hink.</p>', False),
}


def news_page(p):
    iso, title, lead, content, tagged = NEWSD[p]
    t = tags([('Sociala investeringar', TAG)]) if tagged else ''
    return page(p, title, [('Nyheter', NEWS), (title, p)], f'''<div class="node__meta"><span>Publicerad <time datetime="{iso}">{iso}</time></span></div>
{body(content)}
{t}''', ntype='nyhet', lead=lead, modified=iso)


def build():
    P = {}
    T_KP = [('Kommun och politik', KP)]
    T_F = T_KP + [('Sociala investeringar', FUND)]

    # ---------------- start page
    latest = [('nyhet', p, NEWSD[p][1], NEWSD[p][0], NEWSD[p][2]) for p in (N_SENIOR, N_CALL, N_VA)]
    P['/'] = page('/', 'Välkommen till Skinnskattebergs kommun', [], f'''{body(f"""<p>Skinnskatteberg – mitt i Bergslagen, med skogen och sjöarna inpå knuten.</p>
<ul class="genvagar">
<li><a href="/utbildning/forskola/">Förskola</a></li>
<li><a href="{ALD}">Äldreomsorg</a></li>
<li><a href="{JOBS}">Lediga jobb</a></li>
<li><a href="{EVS}">Evenemang</a></li>
</ul>
<p class="vanliga-sokningar">Vanliga sökningar: <a href="{SEARCH}?keys=bygglov">bygglov</a>, <a href="{SEARCH}?keys=sopt%C3%B6mning">soptömning</a>, <a href="{SEARCH}?keys=skolskjuts">skolskjuts</a></p>""")}
<h2>Nyheter</h2>
{view_rows(latest)}
<p><a href="{NEWS}">Fler nyheter</a></p>''', lead='', is_node=True)

    # ---------------- kommun och politik
    P[KP] = page(KP, 'Kommun och politik', T_KP, body(f'''<ul>
<li><a href="{KS}">Kommunstyrelsen</a></li>
<li><a href="{KP}kommunfullmaktige/">Kommunfullmäktige</a></li>
<li><a href="{FUND}">Sociala investeringar</a></li>
<li><a href="{KP}budget-och-ekonomi/">Budget och ekonomi</a></li>
</ul>'''), active=KP, lead='Så styrs Skinnskattebergs kommun.')
    P[KS] = page(KS, 'Kommunstyrelsen', T_KP + [('Kommunstyrelsen', KS)], body('''<p>Kommunstyrelsen leder och samordnar kommunens arbete och har uppsikt över nämnderna. Kommunstyrelsen har elva ledamöter och sammanträder en gång i månaden.</p>
<p>Kallelser och protokoll publiceras på kommunens anslagstavla.</p>'''), active=KP, lead='Kommunstyrelsen är kommunens ledande politiska organ.')

    P[FUND] = page(FUND, 'Sociala investeringar', T_F, body(f'''<p>Kommunfullmäktige inrättade en social investeringsfond 2022 med 3 miljoner kronor. I juni 2025 fylldes fonden på med ytterligare 2 miljoner kronor.</p>
<p>Fonden ska ge verksamheterna möjlighet att pröva förebyggande arbetssätt, så att fler barn klarar skolan, fler unga vuxna kommer i arbete och fler äldre kan leva ett aktivt liv. Om arbetssättet fungerar ska det bli en del av den ordinarie verksamheten.</p>
<h2>Aktuella projekt</h2>
<ul>
<li><a href="{C1}">Språklust i förskolan</a></li>
</ul>
<p><a href="{PROJ}">Se alla projekt</a></p>
<h2>Vem kan söka?</h2>
<p>Kommunens förvaltningar och bolag kan söka, gärna tillsammans med föreningar eller regionen.</p>''') + tags([('Sociala investeringar', TAG)]),
        active=KP, side=fund_menu(FUND), lead='Med den sociala investeringsfonden kan kommunen pröva nya sätt att förebygga.')

    P[SOK] = page(SOK, 'Så söker du medel', T_F + [('Så söker du medel', SOK)], body(f'''<p>Ansökningsomgången är öppen till och med den 15 december 2025.</p>
<h2>Steg för steg</h2>
<ol>
<li>Prata med folkhälsosamordnaren om er idé.</li>
<li>Fyll i ansökningsblanketten och bifoga en budget.</li>
<li>Ansökan behandlas av kommunstyrelsens arbetsutskott i februari.</li>
</ol>
<p><a href="/sites/default/files/2025-10/ansokan-sociala-investeringsfonden.docx">Ansökningsblankett (Word, 45 kB)</a></p>'''),
        active=KP, side=fund_menu(SOK), lead='Så går det till att söka pengar ur den sociala investeringsfonden.')

    P[RIKT] = page(RIKT, 'Riktlinjer', T_F + [('Riktlinjer', RIKT)], body('''<p>Riktlinjerna för den sociala investeringsfonden antogs av kommunfullmäktige 2022.</p>
<ul>
<li>Ett projekt kan få högst 1 miljon kronor och pågå i högst tre år.</li>
<li>Projektet ska vara förebyggande och ha en tydlig målgrupp.</li>
<li>Det ska finnas en plan för uppföljning och för hur arbetet kan tas över av ordinarie verksamhet.</li>
<li>Om projektet leder till lägre kostnader ska hälften av besparingen betalas tillbaka till fonden.</li>
</ul>'''), active=KP, side=fund_menu(RIKT), lead='Regler för den sociala investeringsfonden.')

    P[UPP] = page(UPP, 'Uppföljning 2024', T_F + [('Uppföljning 2024', UPP)], body('''<p>Här är en sammanställning av den sociala investeringsfonden för 2024.</p>
<table>
<thead><tr><th>Fonden i siffror</th><th>2023</th><th>2024</th></tr></thead>
<tbody>
<tr><td>Fondens kapital vid årets början (kr)</td><td>3 000 000</td><td>2 310 000</td></tr>
<tr><td>Beviljat under året (kr)</td><td>690 000</td><td>1 380 000</td></tr>
<tr><td>Återbetalt till fonden (kr)</td><td>0</td><td>0</td></tr>
<tr><td>Antal pågående projekt</td><td>1</td><td>3</td></tr>
</tbody>
</table>
<p>Inget projekt har avslutats ännu. Den första utvärderingen görs 2026.</p>'''),
        active=KP, side=fund_menu(UPP), lead='Sammanställning av den sociala investeringsfonden för 2024.')

    P[PROJ] = page(PROJ, 'Projekt', T_F + [('Projekt', PROJ)], f'''<form class="views-exposed-form" action="{PROJ}" method="get" id="views-exposed-form-projekt-page-1" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-select form-item-status">
    <label for="edit-status">Status</label>
    <select data-drupal-selector="edit-status" id="edit-status" name="status" class="form-select"><option value="All" selected="selected">- Alla -</option><option value="pagaende">Pågående</option><option value="avslutad">Avslutad</option></select>
  </div>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit-projekt" type="submit" value="Filtrera" class="button js-form-submit form-submit"></div>
</form>
<p class="snabbfilter">Visa: <a href="?status=pagaende" rel="nofollow">Pågående</a> | <a href="?status=avslutad" rel="nofollow">Avslutade</a> | <a href="?omrade=riddarhyttan" rel="nofollow">Riddarhyttan</a></p>
{view_rows([
    ('projekt', C1, 'Språklust i förskolan', '', 'Språklekar, högläsning och bokpåsar för de yngsta barnen. 2025–2027.'),
    ('projekt', DEAD_FARNA, 'Mötesplats Färna', '', 'En mötesplats för unga i Färna. 2025–2027.')], pager())}''',
        active=KP, side=fund_menu(PROJ), lead='Projekt som har fått pengar ur den sociala investeringsfonden.', view_page=True)

    P[C1] = page(C1, 'Språklust i förskolan', T_F + [('Projekt', PROJ), ('Språklust i förskolan', C1)], body('''<p>Projektet Språklust i förskolan ska ge alla barn i kommunens förskolor ett rikare språk innan de börjar skolan. Många barn har ett annat modersmål än svenska, och fler barn än tidigare behöver stöd i sin språkutveckling.</p>
<p>En språkpedagog arbetar på de tre förskolorna i Skinnskatteberg och Riddarhyttan. Barnen har språklekar och högläsning i små grupper varje dag, och biblioteket delar ut bokpåsar till alla familjer. Föräldrarna bjuds in till sagostunder på biblioteket en lördag i månaden.</p>''') +
        field('projektperiod', 'Projektperiod', 'augusti 2025 – juni 2027') +
        field('belopp', 'Beviljat belopp', '640 000 kronor ur den sociala investeringsfonden') +
        field('projektagare', 'Projektägare', 'Barn- och utbildningsförvaltningen') +
        field('samverkan', 'Samverkan', 'Biblioteket och barnavårdscentralen i Skinnskatteberg') +
        field('malgrupp', 'Målgrupp', 'Barn 1–5 år och deras vårdnadshavare') +
        field('status', 'Status', 'Pågående', 'list-string') +
        tags([('Sociala investeringar', TAG), ('Förskola', '/amne/forskola/')]),
        active=KP, side=fund_menu(PROJ), ntype='projekt', lead='Mer språk för de yngsta barnen – ett projekt med pengar ur den sociala investeringsfonden.')

    P[C2] = page(C2, 'Fritidslotsen', T_F + [('Projekt', PROJ), ('Fritidslotsen', C2)], body('''<p>Fritidslotsen hjälper barn och unga som inte har någon fritidsaktivitet att hitta en. Lotsen träffar barnen i skolan, tar kontakt med föreningarna och följer med de första gångerna. Familjer som inte har råd kan få låna utrustning från Fritidsbanken.</p>
<p>Projektet vill förebygga utanförskap och ohälsa genom att fler barn rör på sig och har ett sammanhang efter skolan.</p>''') +
        field('projektperiod', 'Projektperiod', 'januari 2025 – december 2026') +
        field('belopp', 'Beviljat belopp', '480 000 kronor ur den sociala investeringsfonden') +
        field('projektagare', 'Projektägare', 'Kultur- och fritidsenheten') +
        field('samverkan', 'Samverkan', 'Skinnskattebergs IF, Riddarhyttans SK och skolorna') +
        field('malgrupp', 'Målgrupp', 'Barn och unga 7–16 år') +
        field('status', 'Status', 'Pågående', 'list-string'),
        active=KP, side=fund_menu(PROJ), ntype='projekt', lead='En lots som hjälper barn och unga att hitta en fritidsaktivitet.')

    # ---------------- omsorg
    P[OMS] = page(OMS, 'Omsorg och stöd', [('Omsorg och stöd', OMS)], body(f'''<ul>
<li><a href="{ALD}">Äldreomsorg</a></li>
<li><a href="{OMS}individ-och-familjeomsorg/">Individ- och familjeomsorg</a></li>
<li><a href="{OMS}funktionsnedsattning/">Funktionsnedsättning</a></li>
</ul>'''), active=OMS, lead='Stöd och omsorg för dig som behöver hjälp.')
    P[ALD] = page(ALD, 'Äldreomsorg', [('Omsorg och stöd', OMS), ('Äldreomsorg', ALD)], body('''<p>Kommunen erbjuder hemtjänst, trygghetslarm, dagverksamhet och särskilt boende. Du ansöker hos biståndshandläggaren.</p>
<h2>Mötesplatser för äldre</h2>
<p>Träffpunkten i Skinnskatteberg är öppen vardagar 9–15. I Riddarhyttan ordnas träffar varje tisdag i Bygdegården.</p>
<h2>Kontakt</h2>
<p>Biståndshandläggare: 0222-450 00</p>'''), active=OMS, lead='Stöd för dig som är äldre.')
    P[C3] = page(C3, 'Seniorträffar i Riddarhyttan', [('Omsorg och stöd', OMS), ('Äldreomsorg', ALD), ('Seniorträffar i Riddarhyttan', C3)], body('''<p>I Riddarhyttan bor många äldre ensamma, och det är två mil till närmaste träffpunkt. Seniorträffarna ska minska ensamheten och förebygga ohälsa hos äldre i Riddarhyttan med omnejd.</p>
<p>Seniorträffarna är ett projekt som startade i oktober 2024 och pågår till och med september 2026. Äldreomsorgen har fått 350 000 kronor ur kommunens sociala investeringsfond för att pröva arbetssättet, tillsammans med PRO Riddarhyttan och Riddarhyttans bygdegårdsförening.</p>
<h2>Varje tisdag</h2>
<ul>
<li>10.00 Gympa med fysioterapeut</li>
<li>11.30 Gemensam lunch (45 kronor)</li>
<li>12.30 Föreläsning, sång eller spel</li>
</ul>
<p>Färdtjänsten kör den som behöver skjuts. Träffarna är öppna för alla som är 65 år eller äldre.</p>''') + tags([('Sociala investeringar', TAG), ('Äldre', '/amne/aldre/')]),
        active=OMS, lead='Gemenskap, lunch och gympa för äldre i Riddarhyttan varje tisdag.')

    # ---------------- utbildning
    P[UTB] = page(UTB, 'Utbildning', [('Utbildning', UTB)], body(f'''<ul>
<li><a href="/utbildning/forskola/">Förskola</a></li>
<li><a href="/utbildning/grundskola/">Grundskola</a></li>
<li><a href="{EH}">Elevhälsa</a></li>
</ul>'''), active=UTB, lead='Förskola, grundskola och vuxenutbildning.')
    P[EH] = page(EH, 'Elevhälsa', [('Utbildning', UTB), ('Elevhälsa', EH)], body('''<p>Elevhälsan består av skolsköterska, skolläkare, kurator, psykolog och specialpedagog. Elevhälsan arbetar förebyggande och hälsofrämjande och finns på båda skolorna.</p>
<h2>Kontakt</h2>
<p>Skolsköterska: 0222-451 20<br>Kurator: 0222-451 24</p>''') + f'''
<div class="block block-block-content block-relaterat">
  <h2>Se även</h2>
  <ul>
    <li><a href="{C5}">Familjecoach i skolan</a></li>
    <li><a href="/utbildning/grundskola/skolskjuts/">Skolskjuts</a></li>
  </ul>
</div>''', active=UTB, lead='Elevhälsan ska hjälpa alla elever att må bra och lära sig.')
    P[C5] = page(C5, 'Familjecoach i skolan', [('Utbildning', UTB), ('Elevhälsa', EH), ('Familjecoach i skolan', C5)], body('''<p>Familjecoach i skolan är ett samarbete mellan skolan och socialtjänsten. En familjecoach finns på Klockarbergsskolan och stöttar familjer när ett barn har svårt i skolan, har hög frånvaro eller visar tecken på att må dåligt.</p>
<p>Projektet ska förebygga att barnens svårigheter växer och att familjerna senare behöver mer omfattande insatser från socialtjänsten.</p>
<h2>Kort om projektet</h2>
<ul>
<li><strong>Period:</strong> augusti 2024 – juni 2026</li>
<li><strong>Finansiering:</strong> 900 000 kronor ur kommunens sociala investeringsfond</li>
<li><strong>Ansvarig:</strong> Socialtjänsten, individ- och familjeomsorgen</li>
<li><strong>Samverkan:</strong> Klockarbergsskolan och elevhälsan</li>
<li><strong>Målgrupp:</strong> elever i förskoleklass till årskurs 9 och deras familjer</li>
</ul>'''), active=UTB, lead='En familjecoach på skolan stöttar familjer tidigt.')

    # ---------------- arbete
    P[ARB] = page(ARB, 'Arbete och näringsliv', [('Arbete och näringsliv', ARB)], body(f'''<ul>
<li><a href="{AME}">Arbetsmarknadsenheten</a></li>
<li><a href="{ARB}foretagare/">För företagare</a></li>
</ul>'''), active=ARB, lead='Stöd till arbete och för dig som driver företag.')
    P[AME] = page(AME, 'Arbetsmarknadsenheten', [('Arbete och näringsliv', ARB), ('Arbetsmarknadsenheten', AME)], body('''<p>Arbetsmarknadsenheten hjälper dig som behöver stöd för att komma ut i arbete eller studier. Du får en handledare och kan prova på arbete i någon av kommunens verksamheter.</p>
<p>Kontakta arbetsmarknadsenheten på 0222-450 70.</p>'''), active=ARB, lead='Stöd för dig som vill komma i arbete.')
    P[C4] = page(C4, 'Steg framåt', [('Arbete och näringsliv', ARB), ('Arbetsmarknadsenheten', AME), ('Steg framåt', C4)], body('''<p>Steg framåt är en insats för unga vuxna mellan 18 och 29 år som varken arbetar eller studerar. Deltagarna får en egen coach, praktik hos lokala arbetsgivare och hjälp att söka till vuxenutbildningen.</p>
<p>Insatsen finansieras med 820 000 kronor ur kommunens sociala investeringsfond och pågår från mars 2025 till februari 2027. Arbetsmarknadsenheten driver arbetet tillsammans med Arbetsförmedlingen och Samordningsförbundet Västmanland.</p>
<h2>Varför?</h2>
<p>I Skinnskatteberg står omkring 40 unga vuxna utanför både arbete och studier. Ju längre tiden utanför blir, desto svårare blir det att komma tillbaka. Steg framåt ska fånga upp dem tidigt.</p>''') + tags([('Sociala investeringar', TAG)]),
        active=ARB, lead='Coachning och praktik för unga vuxna som varken arbetar eller studerar.')

    # ---------------- taxonomy term page
    P[TAG] = page(TAG, 'Sociala investeringar', [('Sociala investeringar', TAG)], view_rows([
        ('nyhet', N_SENIOR, NEWSD[N_SENIOR][1], NEWSD[N_SENIOR][0], NEWSD[N_SENIOR][2]),
        ('nyhet', N_CALL, NEWSD[N_CALL][1], NEWSD[N_CALL][0], NEWSD[N_CALL][2]),
        ('page', C4, 'Steg framåt', '', 'Coachning och praktik för unga vuxna som varken arbetar eller studerar.'),
        ('projekt', C1, 'Språklust i förskolan', '', 'Mer språk för de yngsta barnen.'),
        ('nyhet', N_KF, NEWSD[N_KF][1], NEWSD[N_KF][0], NEWSD[N_KF][2]),
        ('page', C3, 'Seniorträffar i Riddarhyttan', '', 'Gemenskap, lunch och gympa för äldre i Riddarhyttan.'),
        ('page', FUND, 'Sociala investeringar', '', 'Med den sociala investeringsfonden kan kommunen pröva nya sätt att förebygga.')]),
        is_node=False, lead='')

    # ---------------- news, events, jobs
    rows = [('nyhet', p, NEWSD[p][1], NEWSD[p][0], NEWSD[p][2]) for p in NEWSD]
    P[NEWS] = page(NEWS, 'Nyheter', [('Nyheter', NEWS)], view_rows(rows, pager()), is_node=False, lead='Nyheter från Skinnskattebergs kommun.')
    for p in NEWSD:
        P[p] = news_page(p)

    P[EVS] = page(EVS, 'Evenemang', [('Evenemang', EVS)], body(f'''<ul>
<li><a href="{EV}">Dialogmöte om sociala investeringar</a> – 25 november 2025</li>
<li><a href="{EVS}julmarknad-i-riddarhyttan/">Julmarknad i Riddarhyttan</a> – 6 december 2025</li>
</ul>
<p><a href="{CAL}">Visa kalender för november</a> · <a href="{EVS}kalender/2025-12/">december</a></p>'''), is_node=False, lead='Vad händer i Skinnskatteberg?')
    P[EV] = page(EV, 'Dialogmöte om sociala investeringar', [('Evenemang', EVS), ('Dialogmöte om sociala investeringar', EV)], body(f'''<p>Hur kan vi i Skinnskatteberg förebygga mer? Kommunen bjuder in föreningar och invånare till ett dialogmöte om den sociala investeringsfonden och vilka behov som finns.</p>''') +
        field('datum', 'Datum', '25 november 2025') +
        field('tid', 'Tid', '18.00–20.00') +
        field('plats', 'Plats', 'Kommunalhuset, sammanträdesrummet Bergslagen') +
        field('anmalan', 'Anmälan', 'Senast 20 november till kommun@skinnskatteberg.se') +
        field('arrangor', 'Arrangör', 'Skinnskattebergs kommun') +
        body(f'<p>Kaffe serveras. Läs mer om <a href="{FUND}">sociala investeringar</a>.</p>'), ntype='evenemang', lead='Välkommen till ett öppet dialogmöte om den sociala investeringsfonden.')

    P[JOBS] = page(JOBS, 'Lediga jobb', [('Lediga jobb', JOBS)], body(f'''<ul>
<li><a href="{JOB}">Folkhälsosamordnare</a></li>
<li><a href="https://skinnskatteberg.varbi.com/">Alla lediga jobb på Varbi</a></li>
</ul>'''), lead='Jobba i Skinnskattebergs kommun.')
    P[JOB] = page(JOB, 'Folkhälsosamordnare', [('Lediga jobb', JOBS), ('Folkhälsosamordnare', JOB)], body('''<p>Vi söker en folkhälsosamordnare som också ska ansvara för kommunens sociala investeringsfond.</p>
<h2>Om tjänsten</h2>
<p>Du samordnar kommunens folkhälsoarbete och det brottsförebyggande rådet, handleder verksamheterna när de söker ur den sociala investeringsfonden och följer upp pågående projekt som Språklust i förskolan och Seniorträffar i Riddarhyttan.</p>
<h2>Kvalifikationer</h2>
<p>Du har en högskoleexamen i folkhälsovetenskap eller motsvarande.</p>
<p><strong>Anställningsform:</strong> Tillsvidareanställning<br><strong>Omfattning:</strong> 100 %<br><strong>Tillträde:</strong> Januari 2026<br><strong>Sista ansökningsdag:</strong> 2025-11-23</p>'''),
        ntype='jobb', lead='Kommunledningsförvaltningen söker en folkhälsosamordnare.')

    P[KONTAKT] = page(KONTAKT, 'Kontakt', [('Kontakt', KONTAKT)], body('''<p>Växel: 0222-450 00 (vardagar 8–16)<br>E-post: kommun@skinnskatteberg.se<br>Besöksadress: Kommunalhuset, Skolvägen 4</p>'''),
                      lead='Så når du kommunen.')
    P[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)], body('''<p>Webbplatsen använder kakor för att komma ihåg ditt val i kakbannern och för anonym besöksstatistik.</p>
<table><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead><tbody>
<tr><td>cookie-agreed</td><td>Sparar ditt val</td><td>100 dagar</td></tr>
<tr><td>_pk_id</td><td>Besöksstatistik</td><td>13 månader</td></tr>
</tbody></table>'''), lead='Om kakor på skinnskatteberg.se.')

    for p, html in P.items():
        write(H, p, html)

    write(H, '/robots.txt', f'''#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /profiles/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
# Skinnskatteberg: filters and calendar
Disallow: /*?status=
Disallow: /*?omrade=
Disallow: /node/*/edit
Disallow: /evenemang/kalender/

Sitemap: https://{H}/sitemap.xml
''')
    sidor = ['/', KP, KS, FUND, SOK, RIKT, UPP, PROJ, OMS, ALD, C3, UTB, EH, C5, ARB, AME, C4, NEWS, EVS, JOBS, KONTAKT]
    projekt = [C1, C2]
    write(H, '/sitemap.xml', sitemap_index(H, ['/sidor/sitemap.xml', '/projekt/sitemap.xml'], '2025-11-06'))
    write(H, '/sidor/sitemap.xml', sitemap(H, sidor, '2025-11-06'))
    write(H, '/projekt/sitemap.xml', sitemap(H, projekt, '2025-11-06'))
    return P, sidor, projekt


if __name__ == '__main__':
    build()
