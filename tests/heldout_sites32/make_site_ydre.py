"""Ydre kommun (0512, about 3 700 inhabitants; Österbymo, Rydsnäs, Asby, Norra Vi, Sund, Svinhult, Torpa) on a SITE
BUILDER: SQUARESPACE 7.1 (Fluid Engine sections, a code block written by the municipality's web editor) – heldout_sites32.

Squarespace 7.1 markup: '<!-- This is Squarespace. -->', an EMPTY <base href="">, Static.SQUARESPACE_CONTEXT,
body id 'collection-<24 hex>', <section class="page-section"> > .content-wrapper > .fluid-engine > .fe-block > .sqs-block
(html-block, button-block, code-block, summary-block, accordion-block), assets on images.squarespace-cdn.com,
static1.squarespace.com and assets.squarespace.com (external). Page addresses WITHOUT a trailing slash (saved as
<path>/index.html); a blog collection /nyheter (items /nyheter/<slug>, author links ?author=, tag links ?tag=, category
links ?category=, pagination ?offset=), a second blog collection /lediga-jobb, an events collection /evenemang (items
/evenemang/<slug>, an ICS link ?format=ical, the calendar view ?view=calendar&month=…). Root-relative links.

THE MENU IS HIDDEN: the site's header has only the logo, a search icon and a burger <button>; the whole menu is a
<ul> inside <nav id="huvudmeny" hidden>, opened by a script; its folder 'Kommun och politik' holds the only menu
link to the fund page 'Sociala investeringar'. The footer does not link it.

THE PROJECTS ARE CARDS WITHOUT LINKS: the fund page's 'Våra projekt' is a CODE BLOCK of <div class="ydre-kort"> cards
whose only address is in an ONCLICK HANDLER (location.href=…, window.location.href='https://…', window.location=…,
document.location.href=…, window.open(…, '_self')); there is no <a> around or inside them. One project page lives in
another section under an address without a topical word (/barn-och-utbildning/…), also behind an onclick card on
that section page. A FINISHED project's card was removed when it ended: its page is linked from nowhere and is
only in the plain /sitemap.xml (a <urlset> with <lastmod>, as Squarespace writes it: every page, 'not linked'
pages included), which robots.txt names.
"""
import json

from make_common import write, esc, hexid, urlset

H = 'www.ydre.se'
SITE_ID = hexid('ydre-site', 24)

BU = '/barn-och-utbildning'
OS = '/omsorg-och-stod'
KF = '/kultur-och-fritid'
KP = '/kommun-och-politik'
FUND = '/sociala-investeringar'
SOKA = FUND + '/sok-medel'
RIKT = FUND + '/riktlinjer'
RAPP = FUND + '/arsrapport-2024'
Y1 = FUND + '/lasglada-familjer'
Y2 = FUND + '/fritid-for-alla'
Y3 = FUND + '/seniorkraft-rydsnas'
Y4 = BU + '/narvarostod-i-ydreskolan'          # an untopical address: onclick cards only (and the sitemap)
Y5 = FUND + '/vagen-vidare'                    # finished: ONLY in the sitemap
PROJECTS = [Y1, Y2, Y3, Y4, Y5]
SERVICE = OS + '/familjecentralen'             # a standing service that began as a social investment
NYH = '/nyheter'
N_FUND = NYH + '/fonden-for-sociala-investeringar-oppnar-for-ansokningar'
N_Y2 = NYH + '/nu-startar-fritid-for-alla'
N_SNO = NYH + '/snoplogning-vintern-2025-2026'
N_WEB = NYH + '/ydre-kommun-har-fatt-ny-webbplats'
EVS = '/evenemang'
EV = EVS + '/forelasning-tidiga-insatser-lonar-sig'
EV2 = EVS + '/hostmarknad-i-osterbymo'
JOBS = '/lediga-jobb'
JOB = JOBS + '/fritidsledare-till-fritid-for-alla'
KONTAKT = '/kontakt'
TILLG = '/tillganglighetsredogorelse'
KAKOR = '/kakor-och-personuppgifter'
NOT_PROJECTS = [FUND, SOKA, RIKT, RAPP, N_FUND, EV, JOB, SERVICE]

SEARCH = '/search'
SEARCHES = ['/search?q=bygglov', '/search?q=skolskjuts', '/search?q=lediga+jobb']
ACCOUNT = '/account'
CONFIG = '/config/pages/' + hexid('ydre-rikt-page', 24)
AUTHOR = NYH + '?author=' + hexid('ydre-author', 24)
TAG = NYH + '?tag=sociala+investeringar'
FORMAT_JSON = NYH + '?format=json'
ICAL = EV + '?format=ical'
CALVIEW = EVS + '?view=calendar&month=03-2026'
API_FORM = '/api/form/SaveFormSubmission'


def forbidden():
    return [SEARCH] + SEARCHES + [ACCOUNT, CONFIG, AUTHOR, TAG, FORMAT_JSON, ICAL, CALVIEW, API_FORM]


def cid(path):
    return hexid('ydre-coll' + path, 24)


def bid(seed):
    return hexid('ydre-block' + seed, 20)


def img(name, w=750):
    return f'https://images.squarespace-cdn.com/content/v1/{SITE_ID}/{hexid(name, 13)}/{name}.jpg?format={w}w'


# ------------------------------------------------------------------------------------------------------------ chrome
MENU = [('Start', '/', None), ('Barn och utbildning', BU, None), ('Omsorg och stöd', OS, None), ('Kultur och fritid', KF, None),
        ('Kommun och politik', None, [('Översikt', KP), ('Sociala investeringar', FUND), ('Nyheter', NYH),
                                      ('Evenemang', EVS), ('Lediga jobb', JOBS)]),
        ('Kontakt', KONTAKT, None)]


def header():
    items = ''
    for t, h, kids in MENU:
        if kids:
            sub = ''.join(f'\n              <li class="header-menu-nav-folder-item"><a href="{kh}">{kt}</a></li>' for kt, kh in kids)
            items += f'''
          <li class="header-menu-nav-item header-menu-nav-item--folder">
            <button class="header-menu-nav-folder-toggle" type="button" aria-expanded="false">{t}</button>
            <ul class="header-menu-nav-folder-list">{sub}
            </ul>
          </li>'''
        else:
            items += f'\n          <li class="header-menu-nav-item"><a href="{h}">{t}</a></li>'
    return f'''<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles='{{"layout":"brandingCenter","action":{{"buttonText":"Kontakt","newWindow":false}},"showSocial":false,"solidOptions":{{"headerOpacity":100.0}},"showPromotedElement":false,"showSearch":true,"showCart":false,"showAccountLogin":true,"showButton":false}}' data-first-focusable-element tabindex="-1">
    <div class="sqs-announcement-bar-dropzone"></div>
    <div class="header-announcement-bar-wrapper">
      <div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-center-nav-left" data-test="header-inner">
        <div class="header-display-desktop" data-content-field="site-title">
          <div class="header-burger menu-overlay-does-not-have-visible-non-navigation-items" data-animation-role="header-element">
            <button class="header-burger-btn burger" data-test="header-burger" type="button" aria-controls="huvudmeny" aria-expanded="false">
              <span class="hidden-visually">Öppna meny</span>
              <div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div>
            </button>
          </div>
          <div class="header-title" data-animation-role="header-element">
            <div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="{img('ydre-kommun-logotyp', 1500)}" alt="Ydre kommun" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div>
          </div>
          <div class="header-actions header-actions--right">
            <div class="showOnDesktop"><div class="header-actions-action header-actions-action--search"><a class="header-search-link" href="{SEARCH}" aria-label="Sök"><span class="hidden-visually">Sök</span></a></div></div>
            <div class="showOnDesktop"><div class="header-actions-action header-actions-action--account"><a class="user-accounts-link" href="{ACCOUNT}" aria-label="Mitt konto"><span class="user-accounts-text-link">Mitt konto</span></a></div></div>
          </div>
        </div>
      </div>
    </div>
    <nav id="huvudmeny" class="header-menu header-menu--folder-list" aria-label="Huvudmeny" data-section-theme="" hidden>
      <div class="header-menu-bg theme-bg--primary"></div>
      <ul class="header-menu-nav-list">{items}
      </ul>
    </nav>
  </header>
  <script>
  (function () {{
    var btn = document.querySelector('.header-burger-btn');
    var menu = document.getElementById('huvudmeny');
    btn.addEventListener('click', function () {{
      var opening = menu.hasAttribute('hidden');
      if (opening) {{ menu.removeAttribute('hidden'); }} else {{ menu.setAttribute('hidden', ''); }}
      btn.setAttribute('aria-expanded', opening ? 'true' : 'false');
      document.body.classList.toggle('header--menu-open', opening);
    }});
    document.querySelectorAll('.header-menu-nav-folder-toggle').forEach(function (b) {{
      b.addEventListener('click', function () {{ b.setAttribute('aria-expanded', b.getAttribute('aria-expanded') !== 'true'); }});
    }});
  }})();
  </script>'''


def footer():
    return f'''<footer class="sections" id="footer-sections" data-footer-sections>
    <section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark" data-section-id="{hexid('ydre-footer', 24)}" data-controller="SectionWrapperController">
      <div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-{hexid('ydre-footer-fe', 24)}">
        <div class="fe-block fe-block-{bid('f1')}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{bid('f1')}"><div class="sqs-block-content"><div class="sqs-html-content">
          <h3 style="white-space:pre-wrap;">Ydre kommun</h3>
          <p style="white-space:pre-wrap;">Box 103, 573 71 Österbymo<br>Besöksadress: Centrumvägen 2, Österbymo<br>Telefon: 0381-661 00<br><a href="mailto:kommun@ydre.se">kommun@ydre.se</a></p>
        </div></div></div></div>
        <div class="fe-block fe-block-{bid('f2')}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{bid('f2')}"><div class="sqs-block-content"><div class="sqs-html-content">
          <p style="white-space:pre-wrap;"><a href="{KONTAKT}">Kontakt</a><br><a href="{TILLG}">Tillgänglighetsredogörelse</a><br><a href="{KAKOR}">Kakor och personuppgifter</a></p>
        </div></div></div></div>
        <div class="fe-block fe-block-{bid('f3')}"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-{bid('f3')}"><div class="sqs-block-content">
          <div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
            <form class="newsletter-form" data-form-id="{hexid('ydre-nl', 24)}" data-form-endpoint="{API_FORM}" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '{hexid('ydre-nl', 24)}', collectionId: '{cid('/')}', objectName: 'footer' }}); }}); return false; }}(this));">
              <header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Få nyheter från Ydre kommun</h2></header>
              <div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="{hexid('ydre-nl-email', 36)}-field">E-postadress</label><input id="{hexid('ydre-nl-email', 36)}-field" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="E-postadress" aria-required="true"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Prenumerera">Prenumerera</button></div></div>
            </form>
          </div>
        </div></div></div>
        <div class="fe-block fe-block-{bid('f4')}"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54" id="block-{bid('f4')}"><div class="sqs-block-content"><nav class="sqs-svg-icon--list"><a href="https://www.facebook.com/ydrekommun" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a><a href="https://www.instagram.com/ydrekommun" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"></a></nav></div></div></div>
      </div></div></div></div>
    </section>
  </footer>'''


def context(path, ctype):
    return json.dumps({
        'facebookAppId': '314192535267336', 'facebookApiVersion': 'v6.0', 'rollups': {},
        'pageType': ctype, 'website': {'id': SITE_ID, 'identifier': 'ydre-kommun', 'websiteType': 1, 'contentModifiedOn': 1759391845000,
                                       'cloneable': False, 'hasBeenCloneable': False, 'siteStatus': {}, 'language': 'sv-SE',
                                       'timeZone': 'Europe/Stockholm', 'machineTimeZoneOffset': 7200000, 'timeZoneOffset': 7200000,
                                       'timeZoneAbbr': 'CEST', 'siteTitle': 'Ydre kommun', 'fullSiteTitle': 'Ydre kommun',
                                       'siteDescription': '', 'shareButtonOptions': {}, 'authenticUrl': f'https://{H}',
                                       'internalUrl': 'https://ydre-kommun.squarespace.com', 'baseUrl': f'https://{H}',
                                       'primaryDomain': H, 'sslSetting': 3, 'isHstsEnabled': True, 'typekitId': ''},
        'websiteSettings': {'id': hexid('ydre-settings', 24), 'websiteId': SITE_ID, 'country': 'SE', 'state': 'E'},
        'cookieSettings': {'isCookieBannerEnabled': True, 'isRestrictiveCookiePolicyEnabled': True},
        'collectionId': cid(path), 'templateId': hexid('ydre-template', 24), 'templateVersion': '7.1',
        'pageFeatures': [1, 2, 4], 'gmRenderKey': 'QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQ3bXk4',
        'impersonatedSession': False, 'tzData': {'zones': [[60, 'EU', 'CE%sT', None]], 'rules': {'EU': [[1981, 'max', None, 'Mar', 'lastSun', '1:00u', '1:00', 'S']]}},
        'showAnnouncementBar': False, 'recaptchaEnterpriseContext': {'recaptchaEnterpriseSiteKey': '6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv'},
    }, ensure_ascii=False, separators=(',', ':'))


def section(seed, blocks, theme='white'):
    fe = ''.join(f'''
        <div class="fe-block fe-block-{bid(seed + str(i))}">{b}</div>''' for i, b in enumerate(blocks))
    return f'''    <section data-test="page-section" data-section-theme="{theme}" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle {theme}" data-section-id="{hexid('ydre-sec' + seed, 24)}" data-controller="SectionWrapperController" data-current-styles="{{&quot;imageOverlayOpacity&quot;:0.15,&quot;backgroundWidth&quot;:&quot;background-width--full-bleed&quot;,&quot;sectionHeight&quot;:&quot;section-height--medium&quot;,&quot;customSectionHeight&quot;:10,&quot;horizontalAlignment&quot;:&quot;horizontal-alignment--center&quot;,&quot;verticalAlignment&quot;:&quot;vertical-alignment--middle&quot;,&quot;contentWidth&quot;:&quot;content-width--wide&quot;,&quot;sectionTheme&quot;:&quot;{theme}&quot;,&quot;sectionAnimation&quot;:&quot;none&quot;,&quot;backgroundMode&quot;:&quot;image&quot;}}" data-animation="none">
      <div class="section-border"><div class="section-background"></div></div>
      <div class="content-wrapper" style=''>
        <div class="content">
          <div data-fluid-engine="true"><div class="fluid-engine fe-{hexid('ydre-fe' + seed, 24)}">{fe}
          </div></div>
        </div>
      </div>
    </section>'''


def html_block(seed, inner):
    return f'''<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-{bid(seed)}"><div class="sqs-block-content"><div class="sqs-html-content">
{inner}
</div></div></div>'''


def button_block(seed, text, href):
    return f'''<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{bid(seed)}"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left" data-button-size="medium" data-button-type="primary"><a href="{href}" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">{text}</a></div></div></div>'''


def image_block(seed, name):
    return f'''<div class="sqs-block image-block sqs-block-image sqs-stretched" data-block-type="5" id="block-{bid(seed)}"><div class="sqs-block-content"><div class="fluid-image-animation-wrapper sqs-image sqs-block-alignment-wrapper"><div class="fluid-image-container sqs-image-content"><div class="content-fill"><img data-stretch="true" data-src="{img(name)}" data-image="{img(name)}" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" alt="" data-load="false" elementtiming="system-image-block" src="{img(name)}" width="2500" height="1667" sizes="100vw" style="display:block;object-fit:cover;" srcset="{img(name, 500)} 500w, {img(name, 1000)} 1000w" loading="lazy" decoding="async" data-loader="sqs"></div></div></div></div></div>'''


def page(path, title, sections, ctype='page', desc='', updated='2025-10-02', rss=False, body_cls='collection-type-page'):
    alt = f'\n<link rel="alternate" type="application/rss+xml" title="RSS-flöde" href="https://{H}{NYH}?format=rss" />' if rss else ''
    return f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="sv-SE">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- ydre-kommun -->
<base href="">
<meta charset="utf-8" />
<title>{esc(title)} &mdash; Ydre kommun</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/{SITE_ID}/{hexid('ydre-fav', 13)}/favicon.ico?format=100w"/>
<link rel="canonical" href="https://{H}{path}"/>
<meta property="og:site_name" content="Ydre kommun"/>
<meta property="og:title" content="{esc(title)} &mdash; Ydre kommun"/>
<meta property="og:url" content="https://{H}{path}"/>
<meta property="og:type" content="website"/>
<meta property="og:image" content="{img('ydre-delning', 1500)}"/>
<meta itemprop="name" content="{esc(title)} &mdash; Ydre kommun"/>
<meta itemprop="url" content="https://{H}{path}"/>
<meta name="twitter:title" content="{esc(title)} &mdash; Ydre kommun"/>
<meta name="twitter:url" content="https://{H}{path}"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{esc(desc or title)}" />{alt}
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-{hexid('rt', 16)}-min.sv-SE.js" defer></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {context(path, ctype)};</script>
<script type="application/ld+json">{{"url":"https://{H}","name":"Ydre kommun","@context":"http://schema.org","@type":"WebSite"}}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{SITE_ID}/57/{hexid('ydre-tpl', 24)}/{hexid('ydre-tplv', 24)}/1759391845123/site.css"/>
<script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<!-- End of Squarespace Headers -->
<meta name="dcterms.modified" content="{updated}">
</head>
<body id="collection-{cid(path)}" class="header-overlay-alignment-center header-width-full tweak-transparent-header tweak-fixed-header-style-basic tweak-blog-alternating-side-by-side-width-full tweak-events-stacked-show-thumbnails tweak-events-stacked-thumbnail-size-32-standard tweak-global-animations-animation-type-none primary-button-style-solid primary-button-shape-square form-field-style-solid form-field-shape-square {body_cls} collection-layout-default collection-{cid(path)} mobile-style-available sqs-seven-one">
  <div id="siteWrapper" class="clearfix site-wrapper">
  {header()}
  <main id="page" class="container" role="main">
  <article class="sections" id="sections" data-page-sections="{hexid('ydre-ps' + path, 24)}">
{sections}
  </article>
  </main>
  {footer()}
  </div>
  <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.{hexid('bundle', 32)}.js" type="text/javascript"></script>
</body>
</html>
'''


# ---------------------------------------------------------------------------------------------------------- projects
def projekt(path, title, lead, text, facts, updated, accordion=False):
    if accordion:
        rows = '<br>'.join(f'<strong>{k}:</strong> {v}' for k, v in facts)
        aid = bid(path + 'acc')
        fact_block = f'''<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-{aid}"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="false" data-is-divider-enabled="true" data-is-first-divider-visible="true" data-is-last-divider-visible="true" data-is-expanded-first-item="false" data-accordion-title-alignment="left" data-accordion-description-alignment="left" data-accordion-description-placement="left" data-accordion-icon-placement="right">
  <li class="accordion-item">
    <h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-{aid}-0" id="button-{aid}-0" style="padding-top:30px;padding-bottom:30px;"><span class="accordion-item__title">Fakta om projektet</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div></button></h4>
    <div class="accordion-item__dropdown" role="region" id="accordion-{aid}-0" aria-labelledby="button-{aid}-0">
      <div class="accordion-item__description" style="min-width:70%;max-width:300px;"><p style="white-space:pre-wrap;">{rows}</p></div>
    </div>
  </li>
</ul>
</div></div>'''
    else:
        rows = ''.join(f'\n<p style="white-space:pre-wrap;"><strong>{k}:</strong> {v}</p>' for k, v in facts)
        fact_block = html_block(path + 'facts', f'<h3 style="white-space:pre-wrap;">Fakta om projektet</h3>{rows}')
    sections = section(path + 'top', [html_block(path + 'h1', f'<h1 style="white-space:pre-wrap;">{title}</h1>\n<p class="sqsrte-large" style="white-space:pre-wrap;">{lead}</p>'),
                                      image_block(path + 'img', path.rsplit('/', 1)[-1])]) + '\n' + \
        section(path + 'body', [html_block(path + 'text', text), fact_block,
                                button_block(path + 'back', 'Alla sociala investeringar', FUND) if path != Y4 else button_block(path + 'back', 'Tillbaka till Barn och utbildning', BU)])
    return page(path, title, sections, desc=lead, updated=updated)


def y1():
    text = '''<p style="white-space:pre-wrap;">Läsglada familjer är ett projekt inom Ydre kommuns sociala investeringar. Biblioteket i Österbymo och barnavårdscentralen arbetar tillsammans för att alla barn i Ydre ska få ett rikt språk innan de börjar skolan.</p>
<h2 style="white-space:pre-wrap;">Vad gör vi?</h2>
<p style="white-space:pre-wrap;">Alla familjer som besöker barnavårdscentralen när barnet är sex månader och tre år får en bokpåse och en inbjudan till biblioteket. Bibliotekarien håller sagostunder och språkträffar för föräldrar och barn varannan vecka, i Österbymo och i bygdegårdarna i Rydsnäs och Norra Vi.</p>
<h2 style="white-space:pre-wrap;">Varför?</h2>
<p style="white-space:pre-wrap;">Barn som får höra och läsa många böcker tidigt klarar skolan bättre. I Ydre har allt färre familjer lånekort på biblioteket, och förskolorna ser fler barn med svaga språkkunskaper.</p>'''
    facts = [('Period', 'augusti 2024 – juni 2026'), ('Budget', '380 000 kronor ur den sociala investeringsfonden'),
             ('Projektägare', 'Kultur och fritid, biblioteket i Österbymo'),
             ('Samverkan', 'Barnavårdscentralen i Österbymo (Region Östergötland), förskolorna i Ydre'),
             ('Målgrupp', 'Familjer med barn 0–6 år'), ('Bemanning', 'En bibliotekarie på 40 procent'), ('Status', 'Pågår')]
    return projekt(Y1, 'Läsglada familjer', 'Biblioteket och barnavårdscentralen hjälper föräldrar att läsa och prata med sina små barn.', text, facts, '2025-08-19')


def y2():
    text = '''<p style="white-space:pre-wrap;">Fritid för alla i Ydre är en social investering för barn och unga som inte har någon fritidsaktivitet. En fritidsledare samarbetar med föreningarna och skolan så att fler barn kan prova på idrott, musik och friluftsliv, och barnen kan låna utrustning gratis på Fritidsbanken.</p>
<h2 style="white-space:pre-wrap;">Bakgrund</h2>
<p style="white-space:pre-wrap;">I Ydre är avstånden långa och bussarna går sällan på kvällarna. I Lupp-enkäten 2024 svarade fyra av tio unga att de inte deltar i någon organiserad fritidsaktivitet.</p>
<h2 style="white-space:pre-wrap;">Så arbetar vi</h2>
<ul data-rte-list="default"><li><p style="white-space:pre-wrap;">Prova-på-dagar på lov tillsammans med Rydsnäs IF, Österbymo IK och Ydre musikskola.</p></li><li><p style="white-space:pre-wrap;">Samåkning till träningarna som föräldrarna organiserar med stöd av fritidsledaren.</p></li><li><p style="white-space:pre-wrap;">Fritidsbanken i Österbymo har öppet två eftermiddagar i veckan.</p></li></ul>
<p style="white-space:pre-wrap;">Projektet pågår från januari 2025 till december 2026 och finansieras med 540 000 kronor ur kommunens sociala investeringsfond.</p>'''
    facts = [('Period', 'januari 2025 – december 2026'), ('Budget', '540 000 kronor'),
             ('Projektägare', 'Kultur och fritid'), ('Samverkan', 'Rydsnäs IF, Österbymo IK, Ydre musikskola, Ydreskolan'),
             ('Målgrupp', 'Barn och unga 10–18 år'), ('Bemanning', 'En fritidsledare på halvtid'), ('Status', 'Pågår')]
    return projekt(Y2, 'Fritid för alla i Ydre', 'En fritidsledare och föreningarna ger fler barn och unga i Ydre en aktiv fritid.', text, facts, '2025-02-04')


def y3():
    text = '''<p style="white-space:pre-wrap;">Seniorkraft Rydsnäs är ett projekt för äldre i Rydsnäs och Asby som bor hemma och som känner sig ensamma. En aktivitetssamordnare ordnar träffar, promenadgrupper och studiecirklar tillsammans med PRO och Svenska kyrkan, och hämtar den som inte kan ta sig dit själv.</p>
<h2 style="white-space:pre-wrap;">Varför behövs projektet?</h2>
<p style="white-space:pre-wrap;">Ydre har Östergötlands äldsta befolkning. Många äldre i de södra delarna av kommunen bor långt från grannar och service, och hemtjänsten möter allt fler som är ensamma och nedstämda. Ensamhet ökar risken för depression, fall och tidig flytt till särskilt boende.</p>
<h2 style="white-space:pre-wrap;">Mål</h2>
<p style="white-space:pre-wrap;">Minst 50 äldre ska delta regelbundet, och färre ska uppge att de ofta känner sig ensamma när projektet följs upp hösten 2026.</p>'''
    facts = [('Period', 'september 2024 – augusti 2026'), ('Budget', '290 000 kronor ur den sociala investeringsfonden'),
             ('Projektägare', 'Vård och omsorg'), ('Samverkan', 'PRO Ydre, Svenska kyrkan i Ydre, Rydsnäs bygdegårdsförening'),
             ('Målgrupp', 'Personer 70 år och äldre i Rydsnäs och Asby som bor hemma'), ('Bemanning', 'En aktivitetssamordnare på 50 procent'),
             ('Status', 'Pågår')]
    return projekt(Y3, 'Seniorkraft Rydsnäs', 'Träffar och promenader mot ensamhet för äldre i Rydsnäs och Asby.', text, facts, '2025-03-11', accordion=True)


def y4():
    text = '''<p style="white-space:pre-wrap;">Närvarostöd i Ydreskolan är ett projekt inom kommunens sociala investeringar. Det ska hjälpa elever i årskurs 4–9 som är borta mycket från skolan att komma tillbaka, innan frånvaron hinner bli lång.</p>
<h2 style="white-space:pre-wrap;">Så arbetar vi</h2>
<p style="white-space:pre-wrap;">Skolan kontaktar vårdnadshavarna samma dag som en elev är borta utan anmälan. När frånvaron blir hög träffar skolkuratorn och en socialsekreterare eleven och familjen och gör en plan tillsammans med dem. Planen följs upp varannan vecka.</p>
<h2 style="white-space:pre-wrap;">Tid och pengar</h2>
<p style="white-space:pre-wrap;">Projektet pågår från augusti 2025 till juni 2027. Kommunstyrelsen har beviljat 620 000 kronor ur den sociala investeringsfonden.</p>'''
    facts = [('Period', 'augusti 2025 – juni 2027'), ('Budget', '620 000 kronor'),
             ('Projektägare', 'Barn och utbildning, Ydreskolan'), ('Samverkan', 'Individ- och familjeomsorgen'),
             ('Målgrupp', 'Elever i årskurs 4–9 med hög frånvaro och deras vårdnadshavare'),
             ('Bemanning', 'En skolkurator på halvtid och en socialsekreterare på 30 procent'), ('Status', 'Pågår')]
    return projekt(Y4, 'Närvarostöd i Ydreskolan', 'Tidig kontakt och en gemensam plan för elever som är borta mycket från skolan.', text, facts, '2025-08-12')


def y5():
    text = '''<p style="white-space:pre-wrap;"><strong>Projektet är avslutat.</strong> Vägen vidare var ett projekt för unga vuxna i Ydre som varken arbetade eller studerade. Projektet pågick från januari 2022 till december 2024.</p>
<h2 style="white-space:pre-wrap;">Vad gjorde projektet?</h2>
<p style="white-space:pre-wrap;">En coach på arbetsmarknadsenheten sökte upp unga som hade hoppat av gymnasiet eller saknade arbete, hjälpte dem att läsa in kurser på distans och ordnade praktik hos företag i Österbymo och Tranås.</p>
<h2 style="white-space:pre-wrap;">Resultat</h2>
<p style="white-space:pre-wrap;">31 unga deltog. 19 av dem arbetade eller studerade när de lämnade projektet. Projektet kostade 450 000 kronor ur den sociala investeringsfonden. Coachen finns kvar inom arbetsmarknadsenheten sedan januari 2025.</p>'''
    facts = [('Period', 'januari 2022 – december 2024'), ('Budget', '450 000 kronor'),
             ('Projektägare', 'Arbetsmarknadsenheten'), ('Samverkan', 'Arbetsförmedlingen, vuxenutbildningen'),
             ('Målgrupp', 'Unga vuxna 18–25 år som varken arbetar eller studerar'), ('Status', 'Avslutat')]
    return projekt(Y5, 'Vägen vidare', 'En coach hjälpte unga vuxna i Ydre till arbete eller studier.', text, facts, '2025-01-28')


# --------------------------------------------------------------------------------------------------------- the cards
def kort(title, text, onclick):
    return f'''  <div class="ydre-kort" role="listitem" tabindex="0" onclick="{onclick}">
    <div class="ydre-kort__bild" style="background-image:url({img(title.lower().replace(' ', '-').replace('ä', 'a').replace('å', 'a').replace('ö', 'o'), 500)})"></div>
    <h3 class="ydre-kort__rubrik">{title}</h3>
    <p class="ydre-kort__text">{text}</p>
    <span class="ydre-kort__mer">Läs mer →</span>
  </div>'''


def code_block(seed, inner):
    return f'''<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_{1716280000000 + int(hexid(seed, 6), 16) % 9000000}_{int(hexid(seed + 'n', 6), 16) % 90000 + 10000}"><div class="sqs-block-content">
<style>
.ydre-kortlista {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 24px; }}
.ydre-kort {{ cursor: pointer; background: #f4f1ea; border-radius: 6px; overflow: hidden; }}
.ydre-kort:hover, .ydre-kort:focus {{ outline: 3px solid #2f5d3a; }}
.ydre-kort__bild {{ height: 160px; background-size: cover; background-position: center; }}
.ydre-kort__rubrik, .ydre-kort__text, .ydre-kort__mer {{ margin: 12px 16px; }}
</style>
{inner}
</div></div>'''


CARDS_FUND = [
    ('Läsglada familjer', 'Biblioteket och barnavårdscentralen i Österbymo hjälper föräldrar att läsa med sina små barn. 2024–2026.',
     f"location.href='{Y1}'"),
    ('Fritid för alla i Ydre', 'Fritidsledare och föreningar ger fler barn och unga en aktiv fritid. 2025–2026.',
     f"window.location.href='https://{H}{Y2}'"),
    ('Seniorkraft Rydsnäs', 'Träffar och promenader mot ensamhet för äldre i Rydsnäs och Asby. 2024–2026.',
     f"window.location='{Y3}';"),
    ('Närvarostöd i Ydreskolan', 'Tidigt stöd till elever som är borta mycket från skolan. 2025–2027.',
     f"document.location.href='{Y4}'"),
]


def fund():
    cards = '\n'.join(kort(t, d, o) for t, d, o in CARDS_FUND)
    tidigare = kort('Familjecentralen', 'Startade som en social investering 2019 och är i dag ordinarie verksamhet.',
                    f"window.open('{SERVICE}', '_self')")
    intro = html_block('fund-h1', '''<h1 style="white-space:pre-wrap;">Sociala investeringar</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">Ydre kommun har en social investeringsfond för förebyggande arbete. Med fonden kan verksamheterna pröva nya sätt att stötta barn, unga, vuxna och äldre innan problemen växer.</p>''')
    om = html_block('fund-om', '''<h2 style="white-space:pre-wrap;">Om fonden</h2>
<p style="white-space:pre-wrap;">Kommunfullmäktige inrättade fonden 2021 och avsatte 2 miljoner kronor ur det egna kapitalet. Kommunstyrelsen beslutar om ansökningar två gånger per år. Ett projekt som får pengar ska vara tidsbegränsat, ha tydliga mål och följas upp.</p>
<h2 style="white-space:pre-wrap;">Fonden i siffror</h2>
<p style="white-space:pre-wrap;">Beviljat sedan 2021: 2 280 000 kronor<br>Kvar att söka 2026: 720 000 kronor</p>''')
    sections = section('fund-a', [intro, image_block('fund-img', 'sociala-investeringar-ydre')]) + '\n' + \
        section('fund-b', [om, button_block('fund-soka', 'Så söker du medel', SOKA), button_block('fund-rikt', 'Riktlinjer för fonden', RIKT),
                           button_block('fund-rapp', 'Årsrapport 2024', RAPP)]) + '\n' + \
        section('fund-c', [html_block('fund-proj-h', '<h2 style="white-space:pre-wrap;">Våra projekt</h2><p style="white-space:pre-wrap;">Klicka på ett projekt för att läsa mer.</p>'),
                           code_block('fund-kort', f'<div class="ydre-kortlista" role="list">\n{cards}\n</div>'),
                           html_block('fund-tid-h', '<h2 style="white-space:pre-wrap;">Tidigare projekt</h2><p style="white-space:pre-wrap;">Vägen vidare (2022–2024) har avslutats. Familjecentralen i Österbymo började som ett projekt:</p>'),
                           code_block('fund-tid', f'<div class="ydre-kortlista" role="list">\n{tidigare}\n</div>')], theme='light')
    return page(FUND, 'Sociala investeringar', sections, desc='Ydre kommuns sociala investeringsfond och projekten som fonden finansierar.', updated='2025-10-02')


def soka():
    text = '''<h1 style="white-space:pre-wrap;">Så söker du medel</h1>
<h2 style="white-space:pre-wrap;">Vem kan söka?</h2>
<p style="white-space:pre-wrap;">Alla verksamheter i Ydre kommun kan söka, gärna tillsammans med föreningar, Region Östergötland eller andra myndigheter.</p>
<h2 style="white-space:pre-wrap;">Hur mycket kan man söka?</h2>
<p style="white-space:pre-wrap;">Högst 600 000 kronor för ett projekt som pågår i högst tre år.</p>
<h2 style="white-space:pre-wrap;">Så går det till</h2>
<ol data-rte-list="default"><li><p style="white-space:pre-wrap;">Prata med folkhälsosamordnaren om er idé.</p></li><li><p style="white-space:pre-wrap;">Fyll i ansökningsmallen med mål, målgrupp, tidsplan och budget.</p></li><li><p style="white-space:pre-wrap;">Lämna ansökan senast den 1 mars eller den 1 september.</p></li><li><p style="white-space:pre-wrap;">Kommunstyrelsen beslutar inom två månader.</p></li></ol>
<p style="white-space:pre-wrap;"><a href="/s/ansokan-sociala-investeringsfonden.docx">Ladda ner ansökningsmallen (Word)</a></p>'''
    return page(SOKA, 'Så söker du medel', section('soka', [html_block('soka-t', text), button_block('soka-back', 'Tillbaka till Sociala investeringar', FUND)]),
                desc='Så söker verksamheterna pengar ur Ydre kommuns sociala investeringsfond.', updated='2025-02-17')


def rikt():
    text = '''<h1 style="white-space:pre-wrap;">Riktlinjer för den sociala investeringsfonden</h1>
<p style="white-space:pre-wrap;">Antagna av kommunfullmäktige den 26 april 2021, § 31.</p>
<h2 style="white-space:pre-wrap;">Syfte</h2>
<p style="white-space:pre-wrap;">Fonden ska användas till förebyggande insatser som minskar risken för utanförskap och ohälsa och som på sikt minskar kommunens kostnader.</p>
<h2 style="white-space:pre-wrap;">Villkor</h2>
<ul data-rte-list="default"><li><p style="white-space:pre-wrap;">Insatsen ska vara tidsbegränsad, högst tre år.</p></li><li><p style="white-space:pre-wrap;">Insatsen ska ha mätbara mål och följas upp varje år.</p></li><li><p style="white-space:pre-wrap;">Fonden betalar inte för ordinarie verksamhet.</p></li></ul>
<h2 style="white-space:pre-wrap;">Återföring</h2>
<p style="white-space:pre-wrap;">När en insats blir ordinarie verksamhet ska verksamheten inom tre år återföra hälften av det beviljade beloppet till fonden, om insatsen har gett lägre kostnader.</p>'''
    return page(RIKT, 'Riktlinjer för fonden', section('rikt', [html_block('rikt-t', text), button_block('rikt-back', 'Tillbaka till Sociala investeringar', FUND)]),
                desc='Riktlinjer för Ydre kommuns sociala investeringsfond.', updated='2021-05-03')


def rapp():
    text = '''<h1 style="white-space:pre-wrap;">Årsrapport 2024</h1>
<p style="white-space:pre-wrap;">Den sociala investeringsfondens årsrapport för 2024, som kommunstyrelsen godkände den 18 mars 2025.</p>
<h2 style="white-space:pre-wrap;">Fonden under 2024</h2>
<p style="white-space:pre-wrap;">Fonden hade 1 530 000 kronor vid årets början. Under året beviljades två nya projekt och 60 000 kronor återfördes till fonden. Vid årets slut fanns 720 000 kronor kvar att söka.</p>
<h2 style="white-space:pre-wrap;">Projekt som fick pengar under 2024</h2>
<table style="border-collapse:collapse;"><thead><tr><th>Projekt</th><th>Kostnad 2024 (kronor)</th><th>Status</th></tr></thead>
<tbody><tr><td>Vägen vidare</td><td>150 000</td><td>Avslutat i december</td></tr><tr><td>Läsglada familjer</td><td>70 000</td><td>Pågår</td></tr><tr><td>Seniorkraft Rydsnäs</td><td>45 000</td><td>Pågår</td></tr></tbody></table>
<h2 style="white-space:pre-wrap;">Lärdomar</h2>
<p style="white-space:pre-wrap;">I en liten kommun är samarbetet med föreningarna avgörande. Projekten behöver också planera tidigt för hur arbetet ska fortsätta när pengarna från fonden tar slut.</p>'''
    return page(RAPP, 'Årsrapport 2024', section('rapp', [html_block('rapp-t', text), button_block('rapp-back', 'Tillbaka till Sociala investeringar', FUND)]),
                desc='Årsrapport för den sociala investeringsfonden 2024.', updated='2025-03-25')


def service():
    text = '''<h1 style="white-space:pre-wrap;">Familjecentralen</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">På familjecentralen i Österbymo finns barnavårdscentralen, öppna förskolan och socialtjänstens förebyggande stöd under samma tak.</p>
<h2 style="white-space:pre-wrap;">Öppettider</h2>
<p style="white-space:pre-wrap;">Öppna förskolan: tisdag och torsdag 9–12<br>Barnavårdscentralen: måndag–fredag, tidsbokning<br>Föräldrarådgivning: onsdag 13–16, drop-in</p>
<h2 style="white-space:pre-wrap;">Hitta hit</h2>
<p style="white-space:pre-wrap;">Centrumvägen 6, Österbymo. Telefon 0381-662 40.</p>
<h2 style="white-space:pre-wrap;">Bakgrund</h2>
<p style="white-space:pre-wrap;">Familjecentralen startade 2019 som en social investering. Sedan januari 2022 är familjecentralen en del av kommunens och Region Östergötlands ordinarie verksamhet.</p>'''
    return page(SERVICE, 'Familjecentralen', section('srv', [html_block('srv-t', text), image_block('srv-img', 'familjecentralen-osterbymo')]),
                desc='Familjecentralen i Österbymo.', updated='2025-04-08')


def start():
    news_items = ''.join(f'''
<div class="summary-item summary-item-record-type-text sqs-gallery-design-autocolumns-slide"><div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-item--date">{d}</time></div></div><div class="summary-title"><a href="{p}" class="summary-title-link">{t}</a></div><div class="summary-excerpt"><p>{lead}</p></div><a href="{p}" class="summary-read-more-link">Läs mer →</a></div></div>'''
                         for p, t, d, lead, _ in NEWS)
    summary = f'''<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-{bid('start-sum')}" data-block-json="{{&quot;collectionId&quot;:&quot;{cid(NYH)}&quot;,&quot;pageSize&quot;:4,&quot;design&quot;:&quot;autocolumns&quot;,&quot;source&quot;:&quot;{FORMAT_JSON}&quot;}}"><div class="sqs-block-content"><div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid"><div class="summary-block-header"><h3 class="summary-header-text">Nyheter</h3></div><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{news_items}
</div></div></div></div></div>'''
    hero = html_block('start-h1', '''<h1 style="white-space:pre-wrap;">Välkommen till Ydre kommun</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">Sjöar, skog och närhet – i Österbymo, Rydsnäs, Asby, Norra Vi, Sund, Svinhult och Torpa.</p>''')
    sok = html_block('start-sok', f'''<h3 style="white-space:pre-wrap;">Vanliga sökningar</h3>
<p style="white-space:pre-wrap;"><a href="{SEARCHES[0]}">Bygglov</a> · <a href="{SEARCHES[1]}">Skolskjuts</a> · <a href="{SEARCHES[2]}">Lediga jobb</a></p>''')
    sections = section('start-a', [hero, image_block('start-img', 'ydre-sommar')], theme='black') + '\n' + \
        section('start-b', [button_block('start-b1', 'Lediga jobb', JOBS), button_block('start-b2', 'Evenemang', EVS),
                            button_block('start-b3', 'Kontakta kommunen', KONTAKT)]) + '\n' + \
        section('start-c', [summary, sok])
    return page('/', 'Start', sections, ctype='page', desc='Ydre kommuns webbplats.', updated='2025-10-02')


def section_page(path, title, lead, items, cards=None):
    lis = ''.join(f'<li><p style="white-space:pre-wrap;"><strong>{t}</strong> – {d}</p></li>' for t, d in items)
    blocks = [html_block(path + 'h1', f'<h1 style="white-space:pre-wrap;">{title}</h1>\n<p class="sqsrte-large" style="white-space:pre-wrap;">{lead}</p>'),
              html_block(path + 'list', f'<ul data-rte-list="default">{lis}</ul>')]
    if cards:
        blocks.append(code_block(path + 'kort', '<div class="ydre-kortlista" role="list">\n' + '\n'.join(kort(t, d, o) for t, d, o in cards) + '\n</div>'))
    return page(path, title, section(path, blocks), desc=lead)


NEWS = [
    (N_FUND, 'Fonden för sociala investeringar öppnar för ansökningar', '2 okt. 2025',
     'Verksamheterna kan nu söka pengar ur den sociala investeringsfonden för 2026.',
     f'''<p style="white-space:pre-wrap;">Det finns 720 000 kronor att söka. Sista dag att lämna in en ansökan är den 1 mars 2026, och kommunstyrelsen beslutar i april.</p>
<p style="white-space:pre-wrap;">Läs mer om <a href="{FUND}">sociala investeringar</a> och <a href="{SOKA}">hur du söker</a>. Riktlinjerna finns på sidan <a href="https://{H}{CONFIG}">https://{H}{CONFIG}</a>.</p>'''),
    (N_Y2, 'Nu startar Fritid för alla', '20 jan. 2025',
     'Barn och unga i Ydre får fler chanser att prova på idrott, musik och friluftsliv.',
     f'''<p style="white-space:pre-wrap;">Fritid för alla i Ydre är ett nytt projekt som finansieras ur kommunens sociala investeringsfond. Under sportlovet ordnas prova-på-dagar i Rydsnäs och Österbymo.</p>
<p style="white-space:pre-wrap;">Läs mer om projekten på sidan om <a href="{FUND}">sociala investeringar</a>.</p>'''),
    (N_SNO, 'Snöplogning vintern 2025–2026', '15 okt. 2025',
     'Så plogar vi i Ydre i vinter.',
     '<p style="white-space:pre-wrap;">Kommunen plogar när det har fallit fem centimeter snö. Gång- och cykelvägar vid skolorna plogas först. Vägföreningarna ansvarar för de enskilda vägarna.</p>'),
    (N_WEB, 'Ydre kommun har fått ny webbplats', '4 juni 2024',
     'Vi har bytt till en ny och enklare webbplats.',
     '<p style="white-space:pre-wrap;">Menyn hittar du bakom knappen högst upp på sidan. Saknar du något? Hör av dig till kommun@ydre.se.</p>'),
]


def news(path, title, date, lead, text, coll=NYH, cat='Fonden'):
    body = f'''<article class="entry h-entry blog-item hentry author-kommunikation post-type-text" data-item-id="{hexid('ydre-item' + path, 24)}">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
  <div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="{date}">{date}</time></div><div class="blog-meta-item blog-meta-item--author"><a href="{AUTHOR}" class="blog-author">Kommunikation</a></div><div class="blog-meta-item blog-meta-item--categories"><a href="{coll}?category={cat}" class="blog-item-category">{cat}</a></div></div>
  <h1 class="entry-title entry-title--large p-name" data-content-field="title">{title}</h1>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
{section(path, [html_block(path + 't', f'<p class="sqsrte-large" style="white-space:pre-wrap;">{lead}</p>' + chr(10) + text)])}
</div></div>
<div class="blog-item-tag-wrapper"><a href="{TAG}" class="blog-item-tag">sociala investeringar</a></div>
<section class="blog-item-pagination"><a href="{coll}" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-title">Alla nyheter</div></a></section>
</div></article>'''
    return page(path, title, body, ctype='blog-item', desc=lead, rss=coll == NYH, body_cls='collection-type-blog-basic-grid view-item')


def nyheter():
    items = ''.join(f'''
<article class="blog-basic-grid--container entry blog-item is-loaded" data-item-id="{hexid('ydre-item' + p, 24)}"><div class="blog-basic-grid--text"><div class="blog-meta-section"><span class="blog-meta-secondary"><time class="blog-date" pubdate data-animation-role="date">{d}</time></span></div><h1 class="blog-title"><a href="{p}" data-no-animation>{t}</a></h1><div class="blog-excerpt"><div class="blog-excerpt-wrapper"><p>{lead}</p></div></div><a class="blog-more-link" href="{p}" data-animation-role="content">Läs mer</a></div></article>'''
                    for p, t, d, lead, _ in NEWS)
    body = f'''<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid" data-section-theme="white"><div class="content-wrapper"><div class="content"><h1 class="blog-collection-title">Nyheter</h1>
<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">{items}
</div>
<nav class="blog-list-pagination"><div class="newer"></div><div class="older"><a href="{NYH}?offset=1717491600000" rel="next"><span class="next-label">Äldre inlägg</span></a></div></nav>
</div></div></section>'''
    return page(NYH, 'Nyheter', body, ctype='blog', rss=True, body_cls='collection-type-blog-basic-grid view-list')


def evenemang():
    body = f'''<section class="page-section content-collection full-bleed-section collection-type-events" data-section-theme="white"><div class="content-wrapper"><div class="content"><h1>Evenemang</h1>
<div class="eventlist eventlist--upcoming">
<article class="eventlist-event eventlist-event--upcoming"><div class="eventlist-column-info"><h1 class="eventlist-title"><a href="{EV}" class="eventlist-title-link">Föreläsning: Tidiga insatser lönar sig</a></h1><ul class="eventlist-meta event-meta"><li class="eventlist-meta-item eventlist-meta-date event-meta-item"><time class="event-date" datetime="2026-03-18">onsdag 18 mars 2026</time></li></ul><a href="{EV}" class="eventlist-button sqs-editable-button sqs-button-element--primary">Läs mer</a></div></article>
<article class="eventlist-event eventlist-event--upcoming"><div class="eventlist-column-info"><h1 class="eventlist-title"><a href="{EV2}" class="eventlist-title-link">Höstmarknad i Österbymo</a></h1><ul class="eventlist-meta event-meta"><li class="eventlist-meta-item eventlist-meta-date event-meta-item"><time class="event-date" datetime="2025-10-25">lördag 25 oktober 2025</time></li></ul><a href="{EV2}" class="eventlist-button sqs-editable-button sqs-button-element--primary">Läs mer</a></div></article>
</div>
<p><a href="{CALVIEW}">Kalendervy</a></p>
</div></div></section>'''
    return page(EVS, 'Evenemang', body, ctype='events', body_cls='collection-type-events view-list')


def event(path, title, date, time_, place, text, ical):
    ex = f'<a href="{ICAL}" class="eventitem-meta-export-item eventitem-meta-export-ical event-meta-export-ical">ICS</a>' if ical else ''
    body = f'''<section class="page-section content-collection full-bleed-section collection-type-events" data-section-theme="white"><div class="content-wrapper"><div class="content">
<article class="eventitem" data-item-id="{hexid('ydre-ev' + path, 24)}">
<div class="eventitem-column-meta"><h1 class="eventitem-title" data-content-field="title">{title}</h1>
<ul class="eventitem-meta event-meta event-meta-date-time-container"><li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="{date}">{date}</time></li><li class="eventitem-meta-item eventitem-meta-time event-meta-item"><span class="event-time-localized">{time_}</span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">{place} <a href="http://maps.google.com?q={place.replace(' ', '+')}" class="eventitem-meta-address-maplink event-meta-address-maplink" target="_blank">(karta)</a></li></ul>
<ul class="eventitem-meta event-meta event-meta-export-container"><li class="eventitem-meta-item eventitem-meta-export event-meta-item"><a href="http://www.google.com/calendar/event?action=TEMPLATE&amp;text={title.replace(' ', '+')}&amp;dates={date.replace('-', '')}" class="eventitem-meta-export-item eventitem-meta-export-google event-meta-export-google">Google-kalender</a>{ex}</li></ul>
</div>
<div class="eventitem-column-content">
{section(path, [html_block(path + 't', text)])}
</div>
</article>
</div></div></section>'''
    return page(path, title, body, ctype='event', body_cls='collection-type-events view-item')


def ev1():
    text = '''<p style="white-space:pre-wrap;">Välkommen till en föreläsning om varför det lönar sig att satsa tidigt på barn, unga och äldre. Föreläsare är en nationalekonom från Linköpings universitet. Efteråt berättar personalen i Läsglada familjer och Seniorkraft Rydsnäs om sina erfarenheter.</p>
<p style="white-space:pre-wrap;"><strong>Datum:</strong> onsdag 18 mars 2026<br><strong>Tid:</strong> 18.00–20.00<br><strong>Plats:</strong> Kommunhuset, Centrumvägen 2, Österbymo<br><strong>Kostnad:</strong> Gratis, fika ingår<br><strong>Sista anmälningsdag:</strong> 11 mars 2026<br><strong>Anmälan:</strong> till kommun@ydre.se<br><strong>Arrangör:</strong> Ydre kommun och Studieförbundet Vuxenskolan</p>'''
    return event(EV, 'Föreläsning: Tidiga insatser lönar sig', '2026-03-18', '18:00–20:00', 'Kommunhuset, Centrumvägen 2, Österbymo', text, True)


def ev2():
    text = '<p style="white-space:pre-wrap;">Höstmarknad på torget i Österbymo med lokala hantverkare, odlare och fika. Arrangör: Österbymo företagarförening.</p>'
    return event(EV2, 'Höstmarknad i Österbymo', '2025-10-25', '10:00–14:00', 'Torget, Österbymo', text, False)


def jobs():
    body = f'''<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid" data-section-theme="white"><div class="content-wrapper"><div class="content"><h1 class="blog-collection-title">Lediga jobb</h1>
<div class="blog-basic-grid collection-content-wrapper">
<article class="blog-basic-grid--container entry blog-item is-loaded"><div class="blog-basic-grid--text"><h1 class="blog-title"><a href="{JOB}" data-no-animation>Fritidsledare till Fritid för alla</a></h1><div class="blog-excerpt"><p>Visstid, 50 procent. Sista ansökningsdag 31 oktober 2025.</p></div><a class="blog-more-link" href="{JOB}">Läs mer</a></div></article>
</div>
<p>Fler lediga jobb i kommunen finns på <a href="https://ydre.varbi.com/">ydre.varbi.com</a>.</p>
</div></div></section>'''
    return page(JOBS, 'Lediga jobb', body, ctype='blog', body_cls='collection-type-blog-basic-grid view-list')


def job():
    text = '''<p style="white-space:pre-wrap;">Kultur och fritid söker en fritidsledare till projektet Fritid för alla i Ydre, som finansieras ur kommunens sociala investeringsfond.</p>
<h2 style="white-space:pre-wrap;">Om tjänsten</h2>
<p style="white-space:pre-wrap;">Du ordnar prova-på-aktiviteter tillsammans med föreningarna, håller öppet på Fritidsbanken och har kontakt med skolan och föräldrarna.</p>
<h2 style="white-space:pre-wrap;">Kvalifikationer</h2>
<p style="white-space:pre-wrap;">Du har utbildning till fritidsledare eller motsvarande erfarenhet. B-körkort krävs.</p>
<p style="white-space:pre-wrap;"><strong>Anställningsform:</strong> Visstidsanställning till och med 31 december 2026<br><strong>Omfattning:</strong> 50 procent<br><strong>Tillträde:</strong> 1 december 2025<br><strong>Sista ansökningsdag:</strong> 31 oktober 2025</p>
<p style="white-space:pre-wrap;">Ansök via <a href="https://ydre.varbi.com/what:job/jobID:811540/">Varbi</a>.</p>'''
    return news(JOB, 'Fritidsledare till Fritid för alla', '8 okt. 2025', 'Vill du ge barn och unga i Ydre en aktiv fritid?', text, coll=JOBS, cat='Kultur och fritid')


def furniture(path, title, text):
    return page(path, title, section(path, [html_block(path + 't', f'<h1 style="white-space:pre-wrap;">{title}</h1>\n<p style="white-space:pre-wrap;">{text}</p>')]))


def build():
    pages = {
        '/': start(), Y1: y1(), Y2: y2(), Y3: y3(), Y4: y4(), Y5: y5(),
        FUND: fund(), SOKA: soka(), RIKT: rikt(), RAPP: rapp(), SERVICE: service(),
        BU: section_page(BU, 'Barn och utbildning', 'Förskola, Ydreskolan och vuxenutbildning.',
                         [('Förskola', 'förskolorna i Österbymo och Rydsnäs'), ('Ydreskolan', 'förskoleklass till årskurs 9'),
                          ('Skolskjuts', 'så ansöker du')],
                         [('Närvarostöd i Ydreskolan', 'Ett projekt inom de sociala investeringarna för elever som är borta mycket från skolan.',
                           f"document.location.href='{Y4}'")]),
        OS: section_page(OS, 'Omsorg och stöd', 'Stöd till barn, familjer, äldre och personer med funktionsnedsättning.',
                         [('Äldreomsorg', 'hemtjänst och Ydregårdens särskilda boende'), ('Individ- och familjeomsorg', 'stöd och ekonomiskt bistånd')],
                         [('Familjecentralen', 'Barnavårdscentral, öppen förskola och föräldrastöd i Österbymo.', f"location.href='{SERVICE}'")]),
        KF: section_page(KF, 'Kultur och fritid', 'Bibliotek, idrott, friluftsliv och föreningar i Ydre.',
                         [('Biblioteket', 'i Österbymo, med utlåning i Rydsnäs'), ('Fritidsbanken', 'låna utrustning gratis'), ('Föreningar', 'föreningsregister och bidrag')]),
        KP: section_page(KP, 'Kommun och politik', 'Så styrs Ydre kommun.',
                         [('Kommunfullmäktige', 'sammanträden och protokoll'), ('Budget och årsredovisning', 'kommunens ekonomi'),
                          ('Sociala investeringar', 'fonden för förebyggande arbete')]),
        NYH: nyheter(), EVS: evenemang(), EV: ev1(), EV2: ev2(), JOBS: jobs(), JOB: job(),
        KONTAKT: furniture(KONTAKT, 'Kontakt', 'Ydre kommun, Box 103, 573 71 Österbymo. Telefon 0381-661 00, vardagar 8–16.'),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Ydre kommun står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.'),
        KAKOR: furniture(KAKOR, 'Kakor och personuppgifter', 'Webbplatsen använder nödvändiga kakor och, om du godkänner det, kakor för statistik.'),
    }
    for p, t, d, lead, text in NEWS:
        pages[p] = news(p, t, d, lead, text, cat='Fonden' if 'fond' in p or 'fritid' in p else 'Kommunen')
    for p, h in pages.items():
        write(H, p, h)
    write(H, '/robots.txt', f'''# Squarespace Robots Txt

User-agent: GPTBot
User-agent: ChatGPT-User
User-agent: CCBot
User-agent: anthropic-ai
User-agent: Google-Extended
User-agent: FacebookBot
User-agent: Claude-Web
User-agent: cohere-ai
User-agent: PerplexityBot
User-agent: Applebot-Extended
Disallow: /

User-agent: *
Crawl-delay: 2
Disallow: /config
Disallow: /search
Disallow: /account$
Disallow: /account/
Disallow: /commerce/digital-download/
Disallow: /api/
Allow: /api/ui-extensions/
Disallow: /static/
Disallow:/*?author=*
Disallow:/*&author=*
Disallow:/*?tag=*
Disallow:/*&tag=*
Disallow:/*?month=*
Disallow:/*&month=*
Disallow:/*?view=*
Disallow:/*&view=*
Disallow:/*?format=json
Disallow:/*&format=json
Disallow:/*?format=page-context
Disallow:/*&format=page-context
Disallow:/*?format=main-content
Disallow:/*&format=main-content
Disallow:/*?format=json-pretty
Disallow:/*&format=json-pretty
Disallow:/*?format=ical
Disallow:/*&format=ical
Disallow:/*?reversePaginate=*
Disallow:/*&reversePaginate=*

Sitemap: https://{H}/sitemap.xml
''')
    # Squarespace's sitemap: every page and collection item (pages 'not linked' in the navigation included), with
    # changefreq, priority and lastmod in that order
    lastmod = {Y1: '2025-08-19', Y2: '2025-02-04', Y3: '2025-03-11', Y4: '2025-08-12', Y5: '2025-01-28', FUND: '2025-10-02',
               SOKA: '2025-02-17', RIKT: '2021-05-03', RAPP: '2025-03-25', SERVICE: '2025-04-08'}
    rows = []
    order = ['/', BU, Y4, OS, SERVICE, KF, KP, FUND, SOKA, RIKT, RAPP, Y1, Y2, Y3, Y5, NYH, N_FUND, N_Y2, N_SNO, N_WEB,
             EVS, EV, EV2, JOBS, JOB, KONTAKT, TILLG, KAKOR]
    assert sorted(order) == sorted(pages)
    for p in order:
        cf, pr = ('daily', '1.0') if p == '/' else ('monthly', '0.5') if p.count('/') > 1 else ('weekly', '0.75')
        rows.append((p, lastmod.get(p, '2025-10-02'), cf, pr))
    write(H, '/sitemap.xml', urlset(H, rows, extra=' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'))
    return pages


if __name__ == '__main__':
    build()
