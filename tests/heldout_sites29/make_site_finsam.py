"""Samordningsförbundet Östra Skaraborg (Falköping 1499, Hjo 1497, Karlsborg 1446, Skövde 1496, Tibro 1472, Tidaholm
1498, Västra Götalandsregionen, Försäkringskassan, Arbetsförmedlingen) on WordPress 6.8 with the Astra theme –
heldout_sites29.

Classic WordPress with an Astra child theme ('astra-finsam'), Advanced Custom Fields for the facts of an insats, the
plugins 'PDF & Print' (links <post>?print=print and ?print=pdf) and Rank Math SEO (sitemap index /sitemap_index.xml).
Every internal link is an absolute https URL, as WordPress writes them. Pages are hierarchical (/om-forbundet/…/),
posts use the permalink structure /aktuellt/%postname%/.

THE FÖRBUND'S 'INSATSER' ARE A CUSTOM POST TYPE 'insats' (permalinks /insats/<slug>/) with a custom taxonomy
'insatsomrade' (/insatsomrade/<term>/). The CPT's ARCHIVE /insats/ lists them four a page (/insats/page/2/, a real
path) under a FILTER FORM: a GET form (action /insats/) whose selects and radio buttons (_insatsomrade, _kommun,
_status) give result addresses /insats/?_…=…, and 'Snabbval' links to three such results; robots.txt forbids every
/insats/? address. The CPT is left out of Rank Math's sitemap (only pages, posts and the taxonomy are in it).
Finished insatser link their FINAL REPORT as a PDF under /wp-content/uploads/…, one ongoing insats its mid-term
evaluation; the förbund's plan and budget is a PDF too.
"""
from make_common import write, write_bytes, urlset, sitemap_index, numid, esc, make_pdf

H = 'www.finsamostraskaraborg.se'
U = f'https://{H}'

OM = '/om-forbundet/'
STYR = '/om-forbundet/styrelse/'
DOK = '/om-forbundet/styrdokument/'
KONTAKT = '/om-forbundet/kontakt/'
SOKA = '/sok-medel/'
RIKT = '/sok-medel/riktlinjer-for-insatser/'
ARCH = '/insats/'
ARCH2 = '/insats/page/2/'
I1 = '/insats/steg-for-steg-tidaholm/'
I2 = '/insats/ratt-stod-tillsammans/'
I3 = '/insats/foraldrar-i-arbete-falkoping/'
I4 = '/insats/ung-kraft-karlsborg-och-hjo/'
I5 = '/insats/sprak-och-arbete-tibro/'
PROJECTS = [I1, I2, I3, I4, I5]
SERVICE = '/insats/samverkansteamet/'          # in the CPT, but a standing service that began as an insats
T_UNGA = '/insatsomrade/unga-vuxna/'
T_ARB = '/insatsomrade/arbete-och-halsa/'
T_FAM = '/insatsomrade/foraldrar-och-familj/'
AKT = '/aktuellt/'
N_CALL = '/aktuellt/nu-kan-ni-soka-medel-for-insatser-2026/'
N_FUND = '/aktuellt/forbundets-budget-for-2026-ar-faststalld/'
N_EV = '/aktuellt/frukostseminarium-insatser-som-gor-skillnad/'
N_JOB = '/aktuellt/vi-soker-en-processledare/'
N_I4 = '/aktuellt/slutrapporten-for-ung-kraft-ar-klar/'
N_BREV = '/aktuellt/nyhetsbrev-december-2025/'
INTEGR = '/integritetspolicy/'
TILLG = '/tillganglighetsredogorelse/'

PDF_I2 = '/wp-content/uploads/2025/06/Halvtidsutvardering-Ratt-stod-tillsammans.pdf'
PDF_I4 = '/wp-content/uploads/2024/09/Slutrapport-Ung-kraft-Karlsborg-och-Hjo.pdf'
PDF_I5 = '/wp-content/uploads/2025/02/Slutrapport-Sprak-och-arbete-Tibro.pdf'
PDF_VP = '/wp-content/uploads/2025/12/Verksamhetsplan-och-budget-2026.pdf'
PDFS = [PDF_I2, PDF_I4, PDF_I5, PDF_VP]

FILTER_LINKS = ['?_status=pagaende', '?_status=avslutad', '?_insatsomrade=unga-vuxna&_kommun=skovde']
PRINT_PDF = '?print=pdf'
PRINT_PRINT = '?print=print'


def pid(path):
    return numid('finsam-os' + path, 120, 900)


EDIT_RIKT = f'/wp-admin/post.php?post={pid(RIKT)}&action=edit'
LOGIN = '/wp-login.php'
WPJSON = '/wp-json/'
RSD = '/xmlrpc.php?rsd'


def json_alt(path):
    kind = 'insats' if path.startswith('/insats/') and path not in (ARCH, ARCH2) else (
        'posts' if path.startswith('/aktuellt/') and path != AKT else 'pages')
    return f'/wp-json/wp/v2/{kind}/{pid(path)}'


def forbidden():
    return ([LOGIN, EDIT_RIKT, WPJSON, json_alt(I1), json_alt(I4), RSD] + [ARCH + f for f in FILTER_LINKS]
            + [p + PRINT_PDF for p in PROJECTS] + [I1 + PRINT_PRINT])


MENU = [('Om förbundet', OM), ('Insatser', ARCH), ('Söka medel', SOKA), ('Aktuellt', AKT), ('Kontakt', KONTAKT)]


def header(active):
    lis = ''.join(
        f'<li id="menu-item-{pid(h)}" class="menu-item menu-item-type-{"post_type_archive" if h == ARCH else "post_type"} '
        f'menu-item-{pid(h)}{" current-menu-item" if h == active else ""}"><a href="{U}{h}" class="menu-link">{n}</a></li>'
        for n, h in MENU)
    return f'''<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
  <div id="ast-desktop-header" data-toggle-type="dropdown">
    <div class="ast-main-header-wrap main-header-bar-wrap">
      <div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
        <div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
          <div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
            <div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
              <div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
                <span class="site-logo-img"><a href="{U}/" class="custom-logo-link" rel="home"><img width="240" height="64" src="{U}/wp-content/uploads/2023/02/finsam-ostra-skaraborg-logo.png" class="custom-logo" alt="Samordningsförbundet Östra Skaraborg"></a></span>
              </div>
            </div>
          </div>
          <div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
            <div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
              <div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Primär webbplatsnavigering" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{lis}</ul></div></nav></div></div>
            </div>
            <div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
              <div class="ast-search-menu-icon slide-search">
                <form role="search" method="get" class="search-form" action="{U}/">
                  <label><span class="screen-reader-text">Sök efter:</span><input type="search" class="search-field" placeholder="Sök …" value="" name="s" tabindex="-1"></label>
                </form>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</header>'''


def footer():
    return f'''<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
  <div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
    <div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
      <div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">
        <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Sidfot widget 1"><section id="block-7" class="widget widget_block"><p><strong>Samordningsförbundet Östra Skaraborg</strong><br>Stationsgatan 3, 541 30 Skövde<br>Telefon: 0500-49 70 10<br><a href="mailto:info@finsamostraskaraborg.se">info@finsamostraskaraborg.se</a></p></section></aside>
      </div>
      <div class="site-footer-primary-section-2 site-footer-section site-footer-section-2">
        <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" aria-label="Sidfot widget 2"><section id="block-8" class="widget widget_block"><ul class="wp-block-list"><li><a href="{U}{INTEGR}">Integritetspolicy</a></li><li><a href="{U}{TILLG}">Tillgänglighetsredogörelse</a></li><li><a href="{U}{KONTAKT}">Kontakt</a></li></ul></section></aside>
      </div>
      <div class="site-footer-primary-section-3 site-footer-section site-footer-section-3">
        <aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" aria-label="Sidfot widget 3"><section id="block-9" class="widget widget_block"><p>Medlemmar: Falköping, Hjo, Karlsborg, Skövde, Tibro och Tidaholms kommuner, Västra Götalandsregionen, Försäkringskassan och Arbetsförmedlingen.</p><p><a rel="nofollow" href="{U}{LOGIN}">Logga in</a></p></section></aside>
      </div>
    </div></div>
  </div>
  <div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2025 Samordningsförbundet Östra Skaraborg</p></div></div>
</footer>'''


def page(path, title, content, kind='page', active=None, body_class='', extra_head='', sidebar=''):
    p_id = pid(path)
    typ = {'page': 'page', 'post': 'post', 'insats': 'insats', 'archive': None}[kind]
    json_link = f'\n<link rel="alternate" title="JSON" type="application/json" href="{U}{json_alt(path)}">' if typ else ''
    short = f'\n<link rel="shortlink" href="{U}/?p={p_id}">' if typ else ''
    body_cls = body_class or (f'{typ}-template-default single single-{typ} postid-{p_id}' if typ in ('post', 'insats')
                              else f'page-template-default page page-id-{p_id}')
    layout = 'ast-right-sidebar' if sidebar else 'ast-no-sidebar'
    side = f'''
    <div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
      <div class="sidebar-main">
{sidebar}
      </div>
    </div>''' if sidebar else ''
    return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} - Samordningsförbundet Östra Skaraborg</title>
<meta name="description" content="{esc(title)}">
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="{U}{path}">
<meta property="og:locale" content="sv_SE">
<meta property="og:type" content="{'article' if typ in ('post', 'insats') else 'website'}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{U}{path}">
<meta property="og:site_name" content="Samordningsförbundet Östra Skaraborg">
<link rel="alternate" type="application/rss+xml" title="Samordningsförbundet Östra Skaraborg &raquo; Webbflöde" href="{U}/feed/">
<link rel="alternate" type="application/rss+xml" title="Samordningsförbundet Östra Skaraborg &raquo; Insatser Webbflöde" href="{U}/insats/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="{U}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.11.5" media="all">
<link rel="stylesheet" id="astra-finsam-css" href="{U}/wp-content/themes/astra-finsam/style.css?ver=1.3.0" media="all">
<link rel="https://api.w.org/" href="{U}{WPJSON}">{json_link}
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{U}{RSD}">
<meta name="generator" content="WordPress 6.8.3">{short}{extra_head}
</head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="wp-singular {body_cls} wp-theme-astra wp-child-theme-astra-finsam ast-desktop ast-separate-container {layout} astra-4.11.5">
<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
<div class="hfeed site" id="page">
{header(active)}
  <div id="content" class="site-content">
    <div class="ast-container">
    <div id="primary" class="content-area primary">
      <main id="main" class="site-main">
{content}
      </main>
    </div>{side}
    </div>
  </div>
{footer()}
</div>
<script src="{U}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{U}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.11.5" id="astra-theme-js-js"></script>
</body>
</html>
'''


def article(path, title, inner, kind='page', date=None, footer_html=''):
    p_id = pid(path)
    meta = (f'\n          <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date}T08:00:00+01:00">{date}</time></span></div>'
            if date else '')
    classes = f'post-{p_id} {kind} type-{kind} status-publish hentry'
    foot = f'\n        <footer class="entry-footer">{footer_html}</footer>' if footer_html else ''
    return f'''      <article class="{classes} ast-article-single" id="post-{p_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
        <div class="ast-post-format- single-layout-1">
        <header class="entry-header">
          <h1 class="entry-title" itemprop="headline">{title}</h1>{meta}
        </header>
        <div class="entry-content clear" itemprop="text">
{inner}
        </div>{foot}
        </div>
      </article>'''


def pdf_block(href, text_, size):
    return f'''          <div class="wp-block-file"><a id="wp-block-file--media-{pid(href)}" href="{U}{href}">{text_}</a> <span class="filesize">(pdf, {size})</span><a href="{U}{href}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{pid(href)}">Ladda ner</a></div>'''


def acf_facts(rows):
    items = ''.join(f'\n            <div class="insats-fakta__rad"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'''          <div class="insats-fakta acf-fields">
            <h2 class="wp-block-heading">Fakta om insatsen</h2>
            <dl>{items}
            </dl>
          </div>'''


def print_links(path):
    return f'''          <div class="pdfprnt-buttons pdfprnt-buttons-insats pdfprnt-top-right"><a href="{U}{path}{PRINT_PDF}" class="pdfprnt-button pdfprnt-button-pdf" rel="nofollow" target="_blank"><span class="pdfprnt-button-title pdfprnt-button-pdf-title">Spara som PDF</span></a><a href="{U}{path}{PRINT_PRINT}" class="pdfprnt-button pdfprnt-button-print" rel="nofollow" target="_blank"><span class="pdfprnt-button-title pdfprnt-button-print-title">Skriv ut</span></a></div>'''


TERMS = {T_UNGA: 'Unga vuxna', T_ARB: 'Arbete och hälsa', T_FAM: 'Föräldrar och familj'}


def term_footer(terms, kommun):
    links = ', '.join(f'<a href="{U}{t}" rel="tag">{TERMS[t]}</a>' for t in terms)
    return f'<span class="ast-terms-link">Insatsområde: {links}</span> · <span class="insats-kommun">Kommun: {kommun}</span>'


def insats_page(path, title, inner, terms, kommun, printable=True):
    top = print_links(path) + '\n' if printable else ''
    art = article(path, title, top + inner, 'insats', footer_html=term_footer(terms, kommun))
    nav = f'''
      <nav class="navigation post-navigation" aria-label="Inlägg"><div class="nav-links"><div class="nav-previous"><a href="{U}{ARCH}" rel="prev">← Alla insatser</a></div></div></nav>'''
    return page(path, title, art + nav, 'insats', ARCH)


# ---------------------------------------------------------------------------------------------------------------- pages
def start():
    inner = f'''          <div class="wp-block-cover alignfull"><div class="wp-block-cover__inner-container">
            <p class="has-large-font-size">Tillsammans för att fler ska kunna arbeta och försörja sig själva</p>
          </div></div>
          <p>Samordningsförbundet Östra Skaraborg är ett samarbete mellan sex kommuner, Västra Götalandsregionen, Försäkringskassan och Arbetsförmedlingen. Vi finansierar insatser för personer som behöver stöd från flera myndigheter för att komma närmare arbete eller studier.</p>
          <div class="wp-block-columns">
            <div class="wp-block-column"><h2 class="wp-block-heading"><a href="{U}{ARCH}">Insatser</a></h2><p>Här hittar du de insatser som förbundet finansierar, pågående och avslutade.</p></div>
            <div class="wp-block-column"><h2 class="wp-block-heading"><a href="{U}{SOKA}">Söka medel</a></h2><p>Så söker ni medel för en ny insats.</p></div>
            <div class="wp-block-column"><h2 class="wp-block-heading"><a href="{U}{OM}">Om förbundet</a></h2><p>Finansiell samordning, styrelse och styrdokument.</p></div>
          </div>
          <h2 class="wp-block-heading">Senaste nytt</h2>
          <ul class="wp-block-latest-posts__list wp-block-latest-posts">
            <li><a class="wp-block-latest-posts__post-title" href="{U}{N_BREV}">Nyhetsbrev december 2025</a></li>
            <li><a class="wp-block-latest-posts__post-title" href="{U}{N_FUND}">Förbundets budget för 2026 är fastställd</a></li>
            <li><a class="wp-block-latest-posts__post-title" href="{U}{N_CALL}">Nu kan ni söka medel för insatser 2026</a></li>
          </ul>'''
    return page('/', 'Start', article('/', 'Samordningsförbundet Östra Skaraborg', inner), 'page',
                body_class=f'home wp-singular page-template-default page page-id-{pid("/")}')


def om():
    inner = f'''          <p>Samordningsförbundet Östra Skaraborg bildades 2009 och är ett av 37 samordningsförbund i Västra Götaland. Förbundet arbetar enligt lagen om finansiell samordning av rehabiliteringsinsatser (Finsam).</p>
          <h2 class="wp-block-heading">Så fungerar finansiell samordning</h2>
          <p>Försäkringskassan och Arbetsförmedlingen står tillsammans för hälften av förbundets budget, Västra Götalandsregionen för en fjärdedel och de sex kommunerna för en fjärdedel. Förbundet finansierar insatser som myndigheterna driver tillsammans, men anställer sällan personal själv.</p>
          <p>Ett räkneexempel: om staten bidrar med 7 miljoner kronor bidrar regionen med 3,5 miljoner och kommunerna med sammanlagt 3,5 miljoner kronor, fördelat efter folkmängd.</p>
          <h2 class="wp-block-heading">Medlemmar och avgifter 2026</h2>
          <figure class="wp-block-table"><table><thead><tr><th>Medlem</th><th>Andel</th><th>Belopp 2026</th></tr></thead><tbody>
            <tr><td>Försäkringskassan och Arbetsförmedlingen</td><td>50 %</td><td>7 100 000 kr</td></tr>
            <tr><td>Västra Götalandsregionen</td><td>25 %</td><td>3 550 000 kr</td></tr>
            <tr><td>Kommunerna</td><td>25 %</td><td>3 550 000 kr</td></tr>
          </tbody></table></figure>
          <ul class="wp-block-list"><li><a href="{U}{STYR}">Styrelse</a></li><li><a href="{U}{DOK}">Styrdokument</a></li><li><a href="{U}{KONTAKT}">Kontakt</a></li></ul>'''
    return page(OM, 'Om förbundet', article(OM, 'Om förbundet', inner), 'page', OM)


def styrelse():
    inner = '''          <p>Styrelsen har en ledamot och en ersättare från varje medlem. Ordförande 2025–2026 är Anna Bergström (Skövde kommun), vice ordförande Lars Jonsson (Västra Götalandsregionen).</p>
          <p>Styrelsen sammanträder sex gånger om året. Protokollen publiceras här två veckor efter mötet.</p>'''
    return page(STYR, 'Styrelse', article(STYR, 'Styrelse', inner), 'page', OM)


def dok():
    inner = f'''          <p>Här finns förbundets styrdokument.</p>
{pdf_block(PDF_VP, 'Verksamhetsplan och budget 2026', '412 kB')}
          <ul class="wp-block-list"><li><a href="{U}/wp-content/uploads/2025/04/Arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li><li><a href="{U}/wp-content/uploads/2023/03/Forbundsordning.pdf">Förbundsordning (pdf)</a></li></ul>'''
    return page(DOK, 'Styrdokument', article(DOK, 'Styrdokument', inner), 'page', OM)


def soka():
    inner = f'''          <p>Förbundets medlemmar kan tillsammans söka medel för insatser som hjälper personer i behov av samordnad rehabilitering att komma närmare arbete eller studier.</p>
          <h2 class="wp-block-heading">Vem kan söka?</h2>
          <p>Minst två av förbundets medlemmar tillsammans. En av dem är huvudman för insatsen.</p>
          <h2 class="wp-block-heading">När kan man söka?</h2>
          <p>Ansökningar för nästa år ska vara inne senast den 31 januari. Styrelsen beslutar i mars.</p>
          <h2 class="wp-block-heading">Hur går det till?</h2>
          <ol class="wp-block-list">
            <li>Kontakta förbundschefen och beskriv er idé.</li>
            <li>Fyll i ansökningsmallen tillsammans med de andra parterna.</li>
            <li>Beredningsgruppen går igenom ansökan.</li>
            <li>Styrelsen beslutar.</li>
          </ol>
          <p>Läs också <a href="{U}{RIKT}">riktlinjerna för insatser</a>.</p>'''
    return page(SOKA, 'Söka medel', article(SOKA, 'Söka medel', inner), 'page', SOKA)


def rikt():
    inner = '''          <p>Riktlinjerna beslutades av styrelsen den 12 december 2022 och gäller tills vidare.</p>
          <ol class="wp-block-list">
            <li>Insatsen ska rikta sig till personer 16–64 år som behöver samordnat stöd från minst två av medlemmarna.</li>
            <li>Insatsen ska drivas gemensamt av minst två medlemmar.</li>
            <li>Insatsen ska vara tidsbegränsad och pågå i högst tre år.</li>
            <li>Insatsen ska följas upp i SUS, det nationella uppföljningssystemet för samordningsförbund.</li>
            <li>En slutrapport ska lämnas senast tre månader efter att insatsen har avslutats.</li>
          </ol>'''
    return page(RIKT, 'Riktlinjer för insatser', article(RIKT, 'Riktlinjer för insatser', inner), 'page', SOKA)


# The archive, newest first, four a page. S (the standing Samverkansteamet) sorts among them.
ARCH_ITEMS = [
    (I3, 'Föräldrar i arbete Falköping', 'Stöd till föräldrar med försörjningsstöd att komma i arbete eller studier.', 'Pågående', 'Falköping', [T_FAM, T_ARB]),
    (I1, 'Steg för steg Tidaholm', 'Stegvis stöd mot arbete för unga vuxna som står långt från arbetsmarknaden.', 'Pågående', 'Tidaholm', [T_UNGA]),
    (I2, 'Rätt stöd tillsammans', 'Samordnad rehabilitering för långtidssjukskrivna med psykisk ohälsa i Skövde.', 'Pågående', 'Skövde', [T_ARB]),
    (SERVICE, 'Samverkansteamet', 'Ett team från kommunen, regionen, Försäkringskassan och Arbetsförmedlingen som ger samordnat stöd.', 'Ordinarie verksamhet', 'Alla kommuner', [T_ARB]),
    (I4, 'Ung kraft Karlsborg och Hjo', 'Stöd till unga 16–24 år som varken arbetade eller studerade.', 'Avslutad', 'Karlsborg, Hjo', [T_UNGA]),
    (I5, 'Språk och arbete Tibro', 'Språkträning på arbetsplatser för utrikes födda kvinnor och män.', 'Avslutad', 'Tibro', [T_ARB]),
]


def arch_card(path, title, excerpt, status, kommun, terms):
    cls = ' '.join('insatsomrade-' + t.strip('/').split('/')[-1] for t in terms)
    return f'''        <article class="post-{pid(path)} insats type-insats status-publish hentry {cls} ast-grid-common-col ast-full-width ast-article-post" id="post-{pid(path)}">
          <div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">
            <h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{U}{path}" rel="bookmark">{title}</a></h2>
            <div class="ast-excerpt-container ast-blog-single-element"><p>{excerpt}</p></div>
            <p class="insats-meta"><span class="insats-status insats-status--{status.lower().replace(' ', '-')}">{status}</span> · {kommun}</p>
          </div></div>
        </article>'''


def filter_form():
    return f'''        <div class="insatsfilter">
          <form class="insatsfilter__form" method="get" action="{U}{ARCH}" role="search" aria-label="Filtrera insatser">
            <label for="f-omrade">Insatsområde</label>
            <select id="f-omrade" name="_insatsomrade">
              <option value="">Alla</option><option value="unga-vuxna">Unga vuxna</option><option value="arbete-och-halsa">Arbete och hälsa</option><option value="foraldrar-och-familj">Föräldrar och familj</option>
            </select>
            <label for="f-kommun">Kommun</label>
            <select id="f-kommun" name="_kommun">
              <option value="">Alla</option><option value="falkoping">Falköping</option><option value="hjo">Hjo</option><option value="karlsborg">Karlsborg</option><option value="skovde">Skövde</option><option value="tibro">Tibro</option><option value="tidaholm">Tidaholm</option>
            </select>
            <fieldset><legend>Status</legend>
              <label><input type="radio" name="_status" value="" checked> Alla</label>
              <label><input type="radio" name="_status" value="pagaende"> Pågående</label>
              <label><input type="radio" name="_status" value="avslutad"> Avslutade</label>
            </fieldset>
            <label for="f-sok">Fritext</label><input id="f-sok" type="text" name="_sok">
            <button type="submit" class="wp-block-button__link">Filtrera</button>
          </form>
          <p class="insatsfilter__snabbval">Snabbval: <a rel="nofollow" href="{U}{ARCH}{FILTER_LINKS[0]}">Pågående insatser</a> · <a rel="nofollow" href="{U}{ARCH}{FILTER_LINKS[1]}">Avslutade insatser</a> · <a rel="nofollow" href="{U}{ARCH}{esc(FILTER_LINKS[2])}">Unga vuxna i Skövde</a></p>
        </div>'''


def archive(n):
    path = ARCH if n == 1 else ARCH2
    items = ARCH_ITEMS[:4] if n == 1 else ARCH_ITEMS[4:]
    cards = '\n'.join(arch_card(*i) for i in items)
    prev = f'<a class="prev page-numbers" href="{U}{ARCH}">← Föregående</a>' if n == 2 else ''
    nxt = f'<a class="next page-numbers" href="{U}{ARCH2}">Nästa →</a>' if n == 1 else ''
    nums = (f'<span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="{U}{ARCH2}">2</a>' if n == 1 else
            f'<a class="page-numbers" href="{U}{ARCH}">1</a><span aria-current="page" class="page-numbers current">2</span>')
    content = f'''      <section class="ast-archive-description">
        <h1 class="page-title ast-archive-title">Insatser</h1>
        <p>Förbundet finansierar insatser som medlemmarna driver tillsammans. Här finns alla insatser, pågående och avslutade.</p>
      </section>
{filter_form()}
      <div class="ast-row">
{cards}
      </div>
      <nav class="navigation pagination" aria-label="Inläggspaginering"><h2 class="screen-reader-text">Inläggspaginering</h2><div class="nav-links">{prev}{nums}{nxt}</div></nav>'''
    rel = (f'\n<link rel="next" href="{U}{ARCH2}">' if n == 1 else f'\n<link rel="prev" href="{U}{ARCH}">')
    title = 'Insatser' if n == 1 else 'Insatser - Sida 2 av 2'
    return page(path, title, content, 'archive', ARCH, body_class='archive post-type-archive post-type-archive-insats' + (' paged paged-2' if n == 2 else ''),
                extra_head=rel)


def term_archive(term):
    items = [i for i in ARCH_ITEMS if term in i[5]]
    cards = '\n'.join(arch_card(*i) for i in items)
    content = f'''      <section class="ast-archive-description">
        <h1 class="page-title ast-archive-title">Insatsområde: {TERMS[term]}</h1>
      </section>
      <div class="ast-row">
{cards}
      </div>'''
    return page(term, TERMS[term], content, 'archive', ARCH,
                body_class=f'archive tax-insatsomrade term-{term.strip("/").split("/")[-1]}')


def i1():
    inner = f'''          <p><strong>Steg för steg Tidaholm</strong> är en insats för unga vuxna som står långt från arbetsmarknaden och behöver stöd från flera myndigheter samtidigt. Insatsen finansieras av Samordningsförbundet Östra Skaraborg.</p>
          <h2 class="wp-block-heading">Syfte</h2>
          <p>Syftet är att deltagarna ska komma närmare arbete eller studier, i sin egen takt och med en plan som alla myndigheter står bakom.</p>
          <h2 class="wp-block-heading">Så arbetar vi</h2>
          <p>Två stegcoacher från Tidaholms kommuns arbetsmarknadsenhet träffar deltagarna varje vecka. Arbetsförmedlingen och Försäkringskassan är med på trepartsmöten, och Västra Götalandsregionens vårdcentral i Tidaholm deltar när deltagaren har behov av vård.</p>
{acf_facts([('Huvudman', 'Tidaholms kommun, arbetsmarknadsenheten'), ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan, Västra Götalandsregionen (Vårdcentralen Tidaholm)'),
            ('Målgrupp', 'Unga vuxna 18–29 år med försörjningsstöd eller aktivitetsersättning'), ('Period', 'januari 2025 – december 2027'),
            ('Beviljade medel', '2 600 000 kronor från Samordningsförbundet Östra Skaraborg'), ('Bemanning', '2 heltidstjänster'), ('Status', 'Pågående')])}
          <p>Kontakt: Emma Karlsson, samordnare, 0502-60 61 40, <a href="mailto:emma.karlsson@tidaholm.se">emma.karlsson@tidaholm.se</a></p>'''
    return insats_page(I1, 'Steg för steg Tidaholm', inner, [T_UNGA], 'Tidaholm')


def i2():
    inner = f'''          <p>Rätt stöd tillsammans är en insats för personer i Skövde som har varit sjukskrivna länge på grund av psykisk ohälsa. Insatsen ska ge ett samordnat stöd så att fler kan återgå till arbete.</p>
          <h2 class="wp-block-heading">Bakgrund</h2>
          <p>Många långtidssjukskrivna har kontakt med vården, Försäkringskassan, Arbetsförmedlingen och kommunen samtidigt, utan att någon håller ihop planeringen. Insatsen prövar ett gemensamt team.</p>
          <h2 class="wp-block-heading">Så arbetar teamet</h2>
          <p>En rehabkoordinator från vårdcentralerna i Skövde, en handläggare från Försäkringskassan, en arbetsspecialist från Skövde kommun och en handläggare från Arbetsförmedlingen träffar deltagaren tillsammans och gör en gemensam plan.</p>
{acf_facts([('Huvudman', 'Skövde kommun, sektor vård och omsorg'), ('Samverkansparter', 'Västra Götalandsregionen (vårdcentralerna i Skövde), Försäkringskassan, Arbetsförmedlingen'),
            ('Målgrupp', 'Personer 20–64 år med psykisk ohälsa som har varit sjukskrivna i mer än 180 dagar'), ('Period', 'juni 2024 – december 2026'),
            ('Budget', '3 100 000 kronor'), ('Status', 'Pågående')])}
          <h2 class="wp-block-heading">Utvärdering</h2>
          <p>FoU i Väst har gjort en halvtidsutvärdering av insatsen.</p>
{pdf_block(PDF_I2, 'Halvtidsutvärdering av Rätt stöd tillsammans', '690 kB')}'''
    return insats_page(I2, 'Rätt stöd tillsammans', inner, [T_ARB], 'Skövde')


def i3():
    inner = f'''          <p>Föräldrar i arbete är en insats för föräldrar i Falköping som har försörjningsstöd och barn under 18 år. Insatsen ska hjälpa föräldrarna till arbete eller studier och på så sätt minska barnfattigdomen.</p>
          <h2 class="wp-block-heading">Så går det till</h2>
          <p>En familjecoach och en arbetsmarknadskonsulent arbetar tillsammans med familjen. Föräldrarna får hjälp med barnomsorg, cv och kontakter med arbetsgivare, och barnen erbjuds fritidsaktiviteter genom Falköpings kommuns fritidsbank.</p>
{acf_facts([('Huvudman', 'Falköpings kommun, socialtjänsten'), ('Samverkansparter', 'Arbetsförmedlingen, Falköpings kommuns arbetsmarknadsenhet'),
            ('Målgrupp', 'Föräldrar 20–64 år med försörjningsstöd och barn under 18 år'), ('Period', 'mars 2025 – februari 2027'),
            ('Beviljade medel', '1 900 000 kronor'), ('Bemanning', '1,5 tjänster'), ('Status', 'Pågående')])}'''
    return insats_page(I3, 'Föräldrar i arbete Falköping', inner, [T_FAM, T_ARB], 'Falköping')


def i4():
    inner = f'''          <p><strong>Insatsen är avslutad.</strong> Ung kraft var en insats för unga 16–24 år i Karlsborg och Hjo som varken arbetade eller studerade. Insatsen pågick från januari 2022 till juni 2024.</p>
          <h2 class="wp-block-heading">Vad gjorde insatsen?</h2>
          <p>Två ungdomscoacher, en i varje kommun, sökte upp unga genom det kommunala aktivitetsansvaret och gav stöd till studier, praktik och arbete. Arbetsförmedlingen och ungdomsmottagningen i Hjo deltog i teamets möten.</p>
{acf_facts([('Huvudman', 'Karlsborgs kommun'), ('Samverkansparter', 'Hjo kommun, Arbetsförmedlingen, Västra Götalandsregionen (ungdomsmottagningen i Hjo)'),
            ('Målgrupp', 'Unga 16–24 år som varken arbetar eller studerar'), ('Period', 'januari 2022 – juni 2024'),
            ('Kostnad', '1 400 000 kronor'), ('Status', 'Avslutad')])}
          <h2 class="wp-block-heading">Resultat</h2>
          <p>88 unga deltog. 51 av dem arbetade eller studerade när de avslutade insatsen. Arbetssättet lever vidare i båda kommunernas aktivitetsansvar.</p>
{pdf_block(PDF_I4, 'Slutrapport Ung kraft Karlsborg och Hjo', '1,1 MB')}'''
    return insats_page(I4, 'Ung kraft Karlsborg och Hjo', inner, [T_UNGA], 'Karlsborg, Hjo')


def i5():
    inner = f'''          <p><strong>Insatsen är avslutad.</strong> Språk och arbete Tibro var en insats för utrikes födda kvinnor och män 20–64 år som behövde lära sig svenska på en arbetsplats för att kunna få ett arbete.</p>
          <h2 class="wp-block-heading">Så arbetade insatsen</h2>
          <p>Deltagarna varvade SFI på Komvux i Tibro med språkpraktik hos lokala arbetsgivare. En språkhandledare följde med ut på arbetsplatserna och handledde både deltagare och handledare.</p>
{acf_facts([('Huvudman', 'Tibro kommun, vuxenutbildningen'), ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan'),
            ('Målgrupp', 'Utrikes födda 20–64 år'), ('Period', 'september 2021 – december 2024'),
            ('Kostnad', '2 200 000 kronor'), ('Status', 'Avslutad')])}
          <h2 class="wp-block-heading">Slutrapport</h2>
{pdf_block(PDF_I5, 'Slutrapport Språk och arbete Tibro', '840 kB')}'''
    return insats_page(I5, 'Språk och arbete Tibro', inner, [T_ARB], 'Tibro')


def service():
    inner = '''          <p>Samverkansteamet är ett team med personal från kommunerna, Västra Götalandsregionen, Försäkringskassan och Arbetsförmedlingen. Teamet ger samordnat stöd till personer som behöver hjälp från flera myndigheter för att komma tillbaka till arbete.</p>
          <h2 class="wp-block-heading">Vem kan få stöd?</h2>
          <p>Personer 16–64 år i Östra Skaraborg som har behov av stöd från minst två myndigheter. Du kan själv kontakta teamet eller bli hänvisad av din handläggare.</p>
          <h2 class="wp-block-heading">Bakgrund</h2>
          <p>Samverkansteamet startade 2017 som en insats finansierad av samordningsförbundet. Sedan januari 2022 ingår teamet i medlemmarnas ordinarie verksamhet och finansieras av dem tills vidare.</p>
          <p>Kontakt: samverkansteamet@skovde.se, 0500-49 80 00</p>'''
    return insats_page(SERVICE, 'Samverkansteamet', inner, [T_ARB], 'Alla kommuner', printable=False)


def post(path, title, date, inner, cat='Nyheter'):
    art = article(path, title, inner, 'post', date=date,
                  footer_html=f'<span class="cat-links">Kategori: <a href="{U}/aktuellt/kategori/{cat.lower()}/" rel="category tag">{cat}</a></span>')
    return page(path, title, art, 'post', AKT)


def n_call():
    return post(N_CALL, 'Nu kan ni söka medel för insatser 2026', '2025-11-10', f'''          <p>Samordningsförbundet Östra Skaraborg har 3 000 000 kronor att fördela till nya insatser som startar 2026. Minst två medlemmar ska stå bakom ansökan.</p>
          <p>Ansökan ska vara inne senast den 31 januari 2026. Läs <a href="{U}{esc(EDIT_RIKT)}">riktlinjerna</a> och <a href="{U}{SOKA}">hur ni söker</a>.</p>''')


def n_fund():
    return post(N_FUND, 'Förbundets budget för 2026 är fastställd', '2025-12-02', f'''          <p>Styrelsen har fastställt verksamhetsplan och budget för 2026. Förbundets intäkter blir 14 200 000 kronor, varav 11 800 000 kronor går till insatser.</p>
          <p>Läs hela <a href="{U}{PDF_VP}">verksamhetsplanen och budgeten för 2026</a> (pdf).</p>''')


def n_ev():
    return post(N_EV, 'Frukostseminarium: Insatser som gör skillnad', '2025-10-20', '''          <p>Välkommen på frukostseminarium där tre av förbundets insatser berättar om sitt arbete och sina resultat.</p>
          <ul class="wp-block-list">
            <li>Datum: 4 februari 2026</li>
            <li>Tid: 8.00–9.30</li>
            <li>Plats: Kulturhuset, Skövde</li>
            <li>Kostnad: Kostnadsfritt</li>
            <li>Sista anmälningsdag: 28 januari 2026</li>
            <li>Anmälan: till info@finsamostraskaraborg.se</li>
            <li>Arrangör: Samordningsförbundet Östra Skaraborg</li>
          </ul>''', cat='Evenemang')


def n_job():
    return post(N_JOB, 'Vi söker en processledare', '2025-11-24', '''          <p>Samordningsförbundet Östra Skaraborg söker en processledare som ska stödja medlemmarna i att utveckla och följa upp insatser.</p>
          <h2 class="wp-block-heading">Om tjänsten</h2>
          <p>Du leder beredningsgruppen, stöttar insatsernas styrgrupper och ansvarar för uppföljningen i SUS.</p>
          <ul class="wp-block-list">
            <li>Anställningsform: Tillsvidare</li>
            <li>Omfattning: 100 %</li>
            <li>Tillträde: 1 mars 2026</li>
            <li>Sista ansökningsdag: 2025-12-15</li>
          </ul>
          <p>Ansök via e-post till förbundschef Maria Ek, maria.ek@finsamostraskaraborg.se.</p>''', cat='Jobb')


def n_i4():
    return post(N_I4, 'Slutrapporten för Ung kraft är klar', '2024-09-30', f'''          <p>Insatsen <a href="{U}{I4}">Ung kraft Karlsborg och Hjo</a> avslutades i juni. Nu är slutrapporten klar: 51 av 88 unga arbetade eller studerade när de lämnade insatsen.</p>
          <p><a href="{U}{PDF_I4}">Läs slutrapporten (pdf)</a></p>''')


def n_brev():
    return post(N_BREV, 'Nyhetsbrev december 2025', '2025-12-12', '''          <p>Nu har förbundets nyhetsbrev för december skickats ut. Du kan prenumerera genom att skicka e-post till info@finsamostraskaraborg.se.</p>''')


def aktuellt():
    items = [(N_BREV, 'Nyhetsbrev december 2025'), (N_FUND, 'Förbundets budget för 2026 är fastställd'),
             (N_JOB, 'Vi söker en processledare'), (N_CALL, 'Nu kan ni söka medel för insatser 2026'),
             (N_EV, 'Frukostseminarium: Insatser som gör skillnad'), (N_I4, 'Slutrapporten för Ung kraft är klar')]
    arts = '\n'.join(f'''        <article class="post-{pid(h)} post type-post status-publish hentry ast-article-post"><h2 class="entry-title"><a href="{U}{h}" rel="bookmark">{t}</a></h2></article>''' for h, t in items)
    content = f'''      <section class="ast-archive-description"><h1 class="page-title ast-archive-title">Aktuellt</h1></section>
      <div class="ast-row">
{arts}
      </div>'''
    return page(AKT, 'Aktuellt', content, 'archive', AKT, body_class='blog')


def furniture(path, title, text_):
    return page(path, title, article(path, title, f'          <p>{text_}</p>'), 'page')


# ---------------------------------------------------------------------------------------------------------------- PDFs
FOOT = 'Samordningsförbundet Östra Skaraborg'


def pdf_i4():
    return make_pdf('Slutrapport Ung kraft Karlsborg och Hjo', 'Samordningsförbundet Östra Skaraborg', [
        ('foot', FOOT + ' · Slutrapport Ung kraft'),
        ('h1', 'Slutrapport: Ung kraft Karlsborg och Hjo'),
        ('p', 'Insats finansierad av Samordningsförbundet Östra Skaraborg. Huvudman: Karlsborgs kommun. Rapporten är skriven av insatsens styrgrupp i augusti 2024.'),
        ('h2', '1. Sammanfattning'),
        ('p', 'Ung kraft var en insats för unga 16–24 år i Karlsborg och Hjo som varken arbetade eller studerade. Insatsen pågick från januari 2022 till juni 2024 och kostade 1 400 000 kronor. 88 unga deltog, och 51 av dem arbetade eller studerade när de avslutade insatsen.'),
        ('h2', '2. Bakgrund'),
        ('p', 'I de två kommunerna fanns 2021 omkring 140 unga inom det kommunala aktivitetsansvaret. Många hade kontakt med flera myndigheter utan att någon samordnade stödet.'),
        ('h2', '3. Syfte och mål'),
        ('p', 'Syftet var att fler unga skulle börja studera eller arbeta. Målet var att hälften av deltagarna skulle ha gått vidare till arbete eller studier.'),
        ('h2', '4. Genomförande'),
        ('p', 'Två ungdomscoacher sökte upp unga, gjorde en individuell plan och följde med till Arbetsförmedlingen, ungdomsmottagningen och skolan. Styrgruppen träffades fyra gånger om året.'),
        ('h2', '5. Resultat'),
        ('li', '88 deltagare, 39 kvinnor och 49 män.'),
        ('li', '31 började studera, 20 fick ett arbete.'),
        ('li', 'Deltagarnas upplevda hälsa förbättrades enligt SUS-enkäten.'),
        ('h2', '6. Ekonomi'),
        ('p', 'Budget 1 400 000 kronor. Utfall 1 362 000 kronor. Resterande 38 000 kronor återförs till förbundet.'),
        ('h2', '7. Lärdomar och fortsättning'),
        ('p', 'Uppsökande arbete och en fast kontaktperson var avgörande. Arbetssättet ingår sedan hösten 2024 i båda kommunernas ordinarie aktivitetsansvar.'),
    ], created="D:20240828101500+02'00'")


def pdf_i5():
    return make_pdf('Slutrapport Språk och arbete Tibro', 'Samordningsförbundet Östra Skaraborg', [
        ('foot', FOOT + ' · Slutrapport Språk och arbete Tibro'),
        ('h1', 'Slutrapport: Språk och arbete Tibro'),
        ('p', 'Insats finansierad av Samordningsförbundet Östra Skaraborg. Huvudman: Tibro kommun, vuxenutbildningen. Februari 2025.'),
        ('h2', 'Sammanfattning'),
        ('p', 'Språk och arbete Tibro pågick från september 2021 till december 2024 och kostade 2 200 000 kronor. Insatsen riktade sig till utrikes födda 20–64 år. 64 personer deltog och 29 hade ett arbete sex månader efter avslutad insats.'),
        ('h2', 'Genomförande'),
        ('p', 'Deltagarna varvade SFI med språkpraktik hos tolv arbetsgivare i Tibro. En språkhandledare handledde på arbetsplatserna. Arbetsförmedlingen och Försäkringskassan deltog i styrgruppen.'),
        ('h2', 'Resultat'),
        ('li', '64 deltagare, varav 41 kvinnor.'),
        ('li', '29 i arbete och 12 i studier sex månader efter insatsen.'),
        ('li', 'Elva arbetsgivare vill fortsätta ta emot språkpraktikanter.'),
        ('h2', 'Ekonomi'),
        ('p', 'Beviljat 2 200 000 kronor. Utfall 2 154 000 kronor.'),
        ('h2', 'Lärdomar'),
        ('p', 'Handledning av arbetsplatsernas handledare var viktigare än väntat. Vuxenutbildningen i Tibro fortsätter med språkpraktik inom ordinarie SFI från 2025.'),
    ], created="D:20250211143000+01'00'")


def pdf_i2():
    return make_pdf('Halvtidsutvärdering av Rätt stöd tillsammans', 'FoU i Väst', [
        ('foot', 'FoU i Väst · Halvtidsutvärdering Rätt stöd tillsammans'),
        ('h1', 'Halvtidsutvärdering av Rätt stöd tillsammans'),
        ('p', 'Utvärderingen är gjord av FoU i Väst på uppdrag av Samordningsförbundet Östra Skaraborg, maj 2025.'),
        ('h2', 'Om insatsen'),
        ('p', 'Rätt stöd tillsammans är en insats i Skövde för personer 20–64 år med psykisk ohälsa som har varit sjukskrivna i mer än 180 dagar. Insatsen pågår från juni 2024 till december 2026 och har en budget på 3 100 000 kronor.'),
        ('h2', 'Iakttagelser'),
        ('li', 'Teamet har tagit emot 46 deltagare under det första året.'),
        ('li', 'Deltagarna upplever att de slipper berätta sin historia flera gånger.'),
        ('li', 'Vårdcentralernas rehabkoordinatorer har svårt att avsätta tid.'),
        ('h2', 'Rekommendationer'),
        ('p', 'Utvärderarna rekommenderar att teamet får fasta mötestider och att Försäkringskassans handläggare avsätter en dag i veckan.'),
    ], producer='Adobe InDesign 20.2 (Windows)', created="D:20250520090000+02'00'")


def pdf_vp():
    return make_pdf('Verksamhetsplan och budget 2026', 'Samordningsförbundet Östra Skaraborg', [
        ('foot', FOOT + ' · Verksamhetsplan och budget 2026'),
        ('h1', 'Verksamhetsplan och budget 2026'),
        ('p', 'Fastställd av styrelsen den 28 november 2025.'),
        ('h2', '1. Förbundets uppdrag'),
        ('p', 'Samordningsförbundet Östra Skaraborg ska genom finansiell samordning stödja personer som behöver samordnade rehabiliteringsinsatser för att komma i arbete eller studier.'),
        ('h2', '2. Prioriterade målgrupper 2026'),
        ('li', 'Unga vuxna 18–29 år som varken arbetar eller studerar.'),
        ('li', 'Personer med psykisk ohälsa och långa sjukskrivningar.'),
        ('li', 'Föräldrar med försörjningsstöd.'),
        ('h2', '3. Budget 2026'),
        ('p', 'Intäkter 14 200 000 kronor. Insatser 11 800 000 kronor. Kansli och administration 1 900 000 kronor. Utvärdering 500 000 kronor.'),
        ('h2', '4. Insatser som fortsätter 2026'),
        ('p', 'Steg för steg Tidaholm, Rätt stöd tillsammans och Föräldrar i arbete Falköping fortsätter enligt tidigare beslut. Nya insatser beslutas i mars 2026.'),
        ('h2', '5. Uppföljning'),
        ('p', 'Alla insatser följs upp i SUS. Förbundet redovisar verksamheten i årsredovisningen.'),
    ], created="D:20251201080000+01'00'")


def build():
    pages = {
        '/': start(), OM: om(), STYR: styrelse(), DOK: dok(), SOKA: soka(), RIKT: rikt(),
        ARCH: archive(1), ARCH2: archive(2), T_UNGA: term_archive(T_UNGA), T_ARB: term_archive(T_ARB), T_FAM: term_archive(T_FAM),
        I1: i1(), I2: i2(), I3: i3(), I4: i4(), I5: i5(), SERVICE: service(),
        AKT: aktuellt(), N_CALL: n_call(), N_FUND: n_fund(), N_EV: n_ev(), N_JOB: n_job(), N_I4: n_i4(), N_BREV: n_brev(),
        KONTAKT: furniture(KONTAKT, 'Kontakt', 'Förbundschef Maria Ek, 0500-49 70 10, maria.ek@finsamostraskaraborg.se. Kansliet finns på Stationsgatan 3 i Skövde.'),
        INTEGR: furniture(INTEGR, 'Integritetspolicy', 'Så behandlar Samordningsförbundet Östra Skaraborg dina personuppgifter enligt dataskyddsförordningen.'),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Samordningsförbundet Östra Skaraborg står bakom den här webbplatsen. Den är delvis förenlig med lagen om tillgänglighet till digital offentlig service.'),
    }
    for p, html_ in pages.items():
        write(H, p, html_)
    write_bytes(H, PDF_I2, pdf_i2())
    write_bytes(H, PDF_I4, pdf_i4())
    write_bytes(H, PDF_I5, pdf_i5())
    write_bytes(H, PDF_VP, pdf_vp())
    robots = f'''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /xmlrpc.php
Disallow: /?s=
Disallow: /insats/?
Disallow: /insatsomrade/*?
Disallow: /*?print=
Crawl-delay: 2

Sitemap: {U}/sitemap_index.xml
'''
    write(H, '/robots.txt', robots)
    xsl = f'{U}/main-sitemap.xsl'
    write(H, '/sitemap_index.xml', sitemap_index(H, [('/page-sitemap.xml', '2025-12-12T09:10:00+00:00'),
                                                     ('/post-sitemap.xml', '2025-12-12T09:10:00+00:00'),
                                                     ('/insatsomrade-sitemap.xml', '2025-10-01T12:00:00+00:00')], stylesheet=xsl))
    write(H, '/page-sitemap.xml', urlset(H, [(p, '2025-11-20T10:00:00+00:00') for p in ['/', OM, STYR, DOK, SOKA, RIKT, KONTAKT, INTEGR, TILLG]], stylesheet=xsl))
    write(H, '/post-sitemap.xml', urlset(H, [(p, '2025-12-12T09:10:00+00:00') for p in [AKT, N_BREV, N_FUND, N_JOB, N_CALL, N_EV, N_I4]], stylesheet=xsl))
    write(H, '/insatsomrade-sitemap.xml', urlset(H, [(p, '2025-10-01T12:00:00+00:00') for p in [T_UNGA, T_ARB, T_FAM]], stylesheet=xsl))
    return pages


if __name__ == '__main__':
    build()
