# www.regiondalarna.se as Drupal 10 (Olivero-derived theme, Search API + Facets project bank, pathauto with trailing slashes).
from make_sites_common import write
H = 'www.regiondalarna.se'
B = 'https://www.regiondalarna.se'
RU = '/regional-utveckling/'
SH = RU + 'social-hallbarhet/'
FUND = SH + 'sociala-investeringsmedel/'
BANK = FUND + 'projektbanken/'

def page(title, crumbs, main, nid, bundle='page', side='', extra_head=''):
    bc = ''.join(f'<li class="breadcrumb__item"><a href="{u}" class="breadcrumb__link">{t}</a></li>' for t, u in crumbs[:-1])
    if crumbs:
        bc += f'<li class="breadcrumb__item">{crumbs[-1][0]}</li>'
    path = crumbs[-1][1] if crumbs else '/'
    sideb = f'<aside class="layout-sidebar" role="complementary">{side}</aside>' if side else ''
    return f'''<!DOCTYPE html>
<html lang="sv" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="canonical" href="{B}{path}" />
    <link rel="shortlink" href="{B}/node/{nid}" />
    <link rel="icon" href="/themes/custom/regiondalarna/favicon.ico" type="image/vnd.microsoft.icon" />
    {extra_head}
    <title>{title} | Region Dalarna</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Xh3VZ0nXbJ5cKp2L1m9R4tYwA6eFgH7iJkLmNoPqE.css?delta=0&amp;language=sv&amp;theme=regiondalarna&amp;include=eJxdjlEOwjAIQC_U2CMRuhFbpaUBqvr7uhkvJj5g" />
  </head>
  <body class="path-node page-node-type-{bundle}">
    <a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="page-wrapper">
    <header class="site-header" role="banner">
      <div class="site-branding"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/regiondalarna/logo.svg" alt="Region Dalarna, startsida" /></a></div>
      <div class="region region--secondary-menu">
        <nav role="navigation" aria-labelledby="block-toppmeny-menu" id="block-toppmeny" class="block block-menu navigation menu--toppmeny">
          <h2 class="visually-hidden" id="block-toppmeny-menu">Toppmeny</h2>
          <ul class="menu menu--level-1"><li class="menu__item"><a href="https://www.1177.se/dalarna" class="menu__link">1177 Dalarna</a></li><li class="menu__item"><a href="/kontakta-oss/" class="menu__link">Kontakta oss</a></li><li class="menu__item"><a href="/lattlast/" class="menu__link">Lättläst</a></li><li class="menu__item"><a href="/other-languages/" class="menu__link">Other languages</a></li></ul>
        </nav>
        <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-sokformular" role="search">
          <form action="/search/" method="get" id="search-block-form" accept-charset="UTF-8">
            <div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Sök</label><input title="Ange de ord du vill söka efter." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>
            <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Sök" class="button js-form-submit form-submit" /></div>
          </form>
        </div>
      </div>
      <div class="region region--primary-menu">
        <nav role="navigation" aria-labelledby="block-huvudmeny-menu" id="block-huvudmeny" class="block block-menu navigation menu--main">
          <h2 class="visually-hidden" id="block-huvudmeny-menu">Huvudmeny</h2>
          <ul class="menu menu--level-1">
            <li class="menu__item"><a href="/halsa-och-vard/" class="menu__link">Hälsa och vård</a></li>
            <li class="menu__item menu__item--active-trail"><a href="/regional-utveckling/" class="menu__link">Regional utveckling</a></li>
            <li class="menu__item"><a href="/kultur-och-bildning/" class="menu__link">Kultur och bildning</a></li>
            <li class="menu__item"><a href="/kollektivtrafik/" class="menu__link">Kollektivtrafik</a></li>
            <li class="menu__item"><a href="/politik-och-insyn/" class="menu__link">Politik och insyn</a></li>
            <li class="menu__item"><a href="/jobba-hos-oss/" class="menu__link">Jobba hos oss</a></li>
          </ul>
        </nav>
      </div>
    </header>
    <div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Brödsmulor</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Startsida</a></li>{bc}</ol></nav></div>
    <main role="main" class="main-content"><a id="main-content" tabindex="-1"></a>
      <div class="region region--content-above"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
      <div class="layout-content">
        <div class="region region--content" id="content">
{main}
        </div>
      </div>
      {sideb}
    </main>
    <footer class="site-footer">
      <div class="region region--footer-top">
        <div class="block block-block-content block-block-content2b7c"><div class="text-content"><p><strong>Region Dalarna</strong><br />Box 712, 791 29 Falun<br />Växel 023-49 00 00<br /><a href="mailto:region.dalarna@regiondalarna.se">region.dalarna@regiondalarna.se</a></p></div></div>
        <nav role="navigation" aria-labelledby="block-sidfot-menu" id="block-sidfot" class="block block-menu navigation menu--footer"><h2 id="block-sidfot-menu">Genvägar</h2>
          <ul class="menu"><li class="menu__item"><a href="/nyheter/" class="menu__link">Nyheter</a></li><li class="menu__item"><a href="/press/" class="menu__link">Press</a></li><li class="menu__item"><a href="/jobba-hos-oss/" class="menu__link">Lediga jobb</a></li><li class="menu__item"><a href="/om-webbplatsen/" class="menu__link">Om webbplatsen</a></li><li class="menu__item"><a href="/om-webbplatsen/kakor/" class="menu__link">Kakor</a></li><li class="menu__item"><a href="/user/login" class="menu__link" rel="nofollow">Logga in</a></li></ul></nav>
      </div>
    </footer>
    </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{nid}","currentPathIsAdmin":false,"isFront":{'true' if not crumbs else 'false'},"currentLanguage":"sv"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"4b1c5c8f2e"}}}}</script>
    <script src="/sites/default/files/js/js_Vb8m2K3dHnQpRtYw5xZ9aC1eF4gI7jL0oS6uB2vD3kM.js?scope=footer&amp;delta=0&amp;language=sv&amp;theme=regiondalarna&amp;include=eJxdjlEOwjAIQC_U2CMRuhFbpaUBqvr7uhkvJj5g"></script>
  </body>
</html>
'''

def node(title, body, bundle='page', fields=''):
    return f'''<div id="block-regiondalarna-content" class="block block-system block-system-main-block">
<article data-history-node-id="0" class="node node--type-{bundle} node--view-mode-full">
  <header><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1></header>
  <div class="node__content">
    {fields}
    <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  </div>
</article></div>'''

def fundmenu(cur=None):
    items = [('Sociala investeringsmedel', FUND), ('Sök medel', FUND + 'sok-medel/'), ('Villkor och bedömning', FUND + 'villkor-och-bedomning/'),
             ('Projektbanken', BANK), ('Uppföljning och utvärdering', FUND + 'uppfoljning-och-utvardering/')]
    lis = ''.join(f'<li class="menu__item{" menu__item--active" if u == cur else ""}"><a href="{u}" class="menu__link">{t}</a></li>' for t, u in items)
    return f'<nav role="navigation" aria-labelledby="block-undermeny-menu" class="block block-menu navigation menu--main submenu"><h2 id="block-undermeny-menu">I det här avsnittet</h2><ul class="menu menu--level-3">{lis}</ul></nav>'

RUc = ('Regional utveckling', RU)
SHc = ('Social hållbarhet', SH)
FUc = ('Sociala investeringsmedel', FUND)
PBc = ('Projektbanken', BANK)

def tags(terms):
    return '<div class="field field--name-field-fokusomrade field--type-entity-reference field--label-inline"><div class="field__label">Fokusområde</div><div class="field__items">' + ''.join(f'<div class="field__item"><a href="{u}" hreflang="sv">{t}</a></div>' for t, u in terms) + '</div></div>'

BU = ('Barn och unga', '/fokusomrade/barn-och-unga/')
AR = ('Arbete och försörjning', '/fokusomrade/arbete-och-forsorjning/')
AL = ('Äldres hälsa', '/fokusomrade/aldres-halsa/')
PH = ('Psykisk hälsa', '/fokusomrade/psykisk-halsa/')

def projfields(rows):
    return ''.join(f'<div class="field field--name-field-{k.lower().replace(" ", "-").replace("å","a").replace("ä","a").replace("ö","o")} field--label-above"><div class="field__label">{k}</div><div class="field__item">{v}</div></div>' for k, v in rows)

def build():
    P = {}
    P['/'] = page('Startsida', [], f'''<div class="block block-views"><h1 class="visually-hidden">Region Dalarna</h1>
<div class="hero text-content"><p class="lead">Region Dalarna ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling i Dalarnas län.</p></div>
<h2>Genvägar</h2><ul class="shortcuts"><li><a href="https://www.1177.se/dalarna">Kontakta vården via 1177</a></li><li><a href="/kollektivtrafik/">Dalatrafik</a></li><li><a href="/regional-utveckling/">Regional utveckling</a></li><li><a href="/jobba-hos-oss/">Lediga jobb</a></li></ul>
<h2>Vanliga sökningar</h2><ul class="popular"><li><a href="/search/?keys=tandv%C3%A5rd">tandvård</a></li><li><a href="/search/?keys=f%C3%A4rdtj%C3%A4nst">färdtjänst</a></li><li><a href="/search/?keys=vaccination">vaccination</a></li></ul>
<div class="views-element-container"><div class="view view-nyheter view-id-nyheter view-display-id-block_1"><h2>Nyheter</h2><div class="view-content">
<div class="views-row"><a href="/nyheter/fler-unga-vuxna-i-borlange-har-fatt-jobb/">Fler unga vuxna i Borlänge har fått jobb</a> <time datetime="2026-05-20">20 maj 2026</time></div>
<div class="views-row"><a href="/nyheter/nya-turer-pa-linje-100-fran-augusti/">Nya turer på linje 100 från augusti</a> <time datetime="2026-05-14">14 maj 2026</time></div>
<div class="views-row"><a href="/nyheter/utlysning-sociala-investeringsmedel-2026/">Utlysning: sociala investeringsmedel 2026</a> <time datetime="2026-02-02">2 februari 2026</time></div>
</div><div class="more-link"><a href="/nyheter/">Alla nyheter</a></div></div></div></div>''', nid=1)

    P[RU] = page('Regional utveckling', [RUc], node('Regional utveckling', f'''<p>Region Dalarna är regionalt utvecklingsansvarig och arbetar med näringsliv, kompetensförsörjning, infrastruktur och social hållbarhet tillsammans med länets femton kommuner.</p>
<div class="teasers"><div class="teaser"><h2><a href="{SH}">Social hållbarhet</a></h2><p>Folkhälsa, mänskliga rättigheter och sociala investeringar.</p></div>
<div class="teaser"><h2><a href="/regional-utveckling/naringsliv/">Näringsliv och innovation</a></h2><p>Stöd till företag.</p></div>
<div class="teaser"><h2><a href="/regional-utveckling/kompetensforsorjning/">Kompetensförsörjning</a></h2><p>Utbildning och arbetsmarknad.</p></div></div>'''), nid=10)

    P[SH] = page('Social hållbarhet', [RUc, SHc], node('Social hållbarhet', f'''<p>Ett socialt hållbart Dalarna är ett län där alla har goda och jämlika förutsättningar för hälsa. Region Dalarna arbetar tillsammans med kommunerna med folkhälsa, barnrätt och sociala investeringar.</p>
<h2>Aktuellt inom social hållbarhet</h2>
<div class="paragraph paragraph--type--kort-lista"><div class="field field--name-field-kort">
<div class="card"><h3 class="card__title"><a href="{FUND}">Sociala investeringsmedel</a></h3><p>Regionens medel för förebyggande insatser tillsammans med kommunerna.</p></div>
<div class="card"><h3 class="card__title"><a href="{BANK}hemmaplan-hedemora/">Lärdomar från Hemmaplan i Hedemora</a></h3><p>Ett avslutat projekt som gav färre placeringar av unga utanför hemkommunen.</p></div>
<div class="card"><h3 class="card__title"><a href="/regional-utveckling/social-hallbarhet/folkhalsostrategi/">Folkhälsostrategi för Dalarna</a></h3><p>Länets gemensamma strategi 2024–2030.</p></div>
</div></div>'''), nid=11)

    P[FUND] = page('Sociala investeringsmedel', [RUc, SHc, FUc], node('Sociala investeringsmedel', f'''<p class="lead">Region Dalarna avsätter varje år pengar till sociala investeringar som görs tillsammans med länets kommuner. Medlen ska ge tidiga och förebyggande insatser som minskar ohälsa och utanförskap.</p>
<p>Sedan 2020 har regionen beviljat 21 miljoner kronor till 14 projekt i tolv kommuner. För 2026 finns 5 miljoner kronor att söka. Regionen står för högst hälften av projektets kostnad och kommunen för resten.</p>
<h2>Vem kan söka?</h2>
<p>Dalarnas kommuner kan söka, ensamma eller tillsammans, och gärna i samarbete med regionens egna verksamheter som vårdcentraler, BUP eller ungdomsmottagningar.</p>
<h2>Projekt som har fått medel</h2>
<p>Alla pågående projekt finns i <a href="{BANK}">projektbanken</a>, där du kan filtrera på kommun, fokusområde och år.</p>
<h2>Kontakt</h2>
<p>Karin Wallin, utvecklingsledare social hållbarhet, 023-49 00 00.</p>
<p class="internal"><a href="/intern/beredningsgrupp/bedomningar-2026/" rel="nofollow">Beredningsgruppens bedömningar 2026 (inloggning krävs)</a></p>'''), nid=12, side=fundmenu(FUND), extra_head=f'<link rel="alternate" hreflang="sv" href="{B}{FUND}" />')

    P[FUND + 'sok-medel/'] = page('Sök medel', [RUc, SHc, FUc, ('Sök medel', FUND + 'sok-medel/')], node('Sök medel', '''<p>Ansökningsperioden för 2026 är 2 februari – 17 april. Beslut fattas av regionala utvecklingsnämnden i juni.</p>
<h2>Så ansöker ni</h2>
<ol><li>Ta kontakt med utvecklingsledaren för att diskutera er idé.</li><li>Fyll i ansökningsformuläret i e-tjänsten. Bifoga en behovsanalys, en budget och en plan för utvärdering.</li><li>Kommunens förvaltningschef och regionens berörda verksamhetschef undertecknar ansökan.</li><li>Beredningsgruppen bedömer ansökan i maj.</li><li>Regionala utvecklingsnämnden beslutar i juni.</li></ol>
<p><a href="https://e-tjanster.regiondalarna.se/ansokan-sociala-investeringsmedel">Till e-tjänsten</a></p>'''), nid=13, side=fundmenu(FUND + 'sok-medel/'))
    P[FUND + 'villkor-och-bedomning/'] = page('Villkor och bedömning', [RUc, SHc, FUc, ('Villkor och bedömning', FUND + 'villkor-och-bedomning/')], node('Villkor och bedömning', '''<h2>Villkor</h2>
<ul><li>Regionen finansierar högst 50 procent av projektets kostnad och högst 2 miljoner kronor per projekt.</li><li>Projekttiden är högst tre år.</li><li>Projektet ska rikta sig till barn, unga eller vuxna i riskzonen och bygga på kunskap om vad som fungerar.</li><li>Kommunen ska ha en plan för att föra in arbetssättet i ordinarie verksamhet.</li></ul>
<h2>Så bedöms ansökningarna</h2>
<table><thead><tr><th>Kriterium</th><th>Vikt</th></tr></thead><tbody><tr><td>Behov och målgrupp</td><td>30 %</td></tr><tr><td>Kunskapsgrund</td><td>25 %</td></tr><tr><td>Samverkan</td><td>20 %</td></tr><tr><td>Uppföljning och implementering</td><td>25 %</td></tr></tbody></table>'''), nid=14, side=fundmenu(FUND + 'villkor-och-bedomning/'))
    P[FUND + 'uppfoljning-och-utvardering/'] = page('Uppföljning och utvärdering', [RUc, SHc, FUc, ('Uppföljning och utvärdering', FUND + 'uppfoljning-och-utvardering/')], node('Uppföljning och utvärdering', '''<p>Varje projekt lämnar en lägesrapport i december och en slutrapport senast tre månader efter projekttidens slut. Högskolan Dalarna följer arbetet med sociala investeringsmedel i ett lärande nätverk där projektledarna träffas fyra gånger om året.</p>
<h2>Resultat hittills</h2>
<p>Av de sex projekt som har avslutats har fyra blivit ordinarie verksamhet i kommunen. En samhällsekonomisk analys av två projekt visar att kostnaderna kan ha betalats tillbaka inom sju år.</p>
<table><caption>Beviljade medel per år</caption><thead><tr><th>År</th><th>Projekt</th><th>Beviljat</th></tr></thead><tbody><tr><td>2023</td><td>3</td><td>4,2 mnkr</td></tr><tr><td>2024</td><td>2</td><td>3,1 mnkr</td></tr><tr><td>2025</td><td>3</td><td>4,6 mnkr</td></tr></tbody></table>'''), nid=15, side=fundmenu(FUND + 'uppfoljning-och-utvardering/'))

    # ---- the project bank: a Search API view with exposed filters and facets (default status filter: Pågående)
    def facet(fid, items):
        lis = ''.join(f'<li class="facet-item"><a href="{BANK}?f%5B0%5D={fid}%3A{v}" rel="nofollow" data-drupal-facet-item-id="{fid}-{v}" data-drupal-facet-item-value="{v}" data-drupal-facet-item-count="{c}"><span class="facet-item__value">{t}</span> <span class="facet-item__count">({c})</span></a></li>' for t, v, c in items)
        return f'<div class="facets-widget-checkbox"><ul data-drupal-facet-id="{fid}" data-drupal-facet-alias="{fid}" class="facet-inactive js-facets-checkbox-links item-list__checkbox">{lis}</ul></div>'
    facets = f'''<div id="block-kommun" class="block-facets block block-facets-facet-block"><h2>Kommun</h2>{facet('kommun', [('Borlänge', '2081', 1), ('Ludvika', '2085', 1), ('Malung-Sälen', '2023', 1)])}</div>
<div id="block-fokusomrade" class="block-facets block block-facets-facet-block"><h2>Fokusområde</h2>{facet('fokusomrade', [('Arbete och försörjning', '31', 1), ('Barn och unga', '32', 2)])}</div>
<div id="block-beslutsar" class="block-facets block block-facets-facet-block"><h2>Beslutsår</h2>{facet('beslutsar', [('2024', '2024', 1), ('2025', '2025', 2)])}</div>'''
    def row(u, t, kommun, per, summ, terms):
        tg = ', '.join(f'<a href="{tu}" hreflang="sv">{tt}</a>' for tt, tu in terms)
        return f'''<div class="views-row"><article class="node node--type-projekt node--view-mode-search-result"><h3 class="node__title"><a href="{u}" rel="bookmark">{t}</a></h3>
<div class="field field--name-field-kommun field--label-inline"><div class="field__label">Kommun</div><div class="field__item">{kommun}</div></div>
<div class="field field--name-field-period field--label-inline"><div class="field__label">Period</div><div class="field__item">{per}</div></div>
<div class="field field--name-field-fokusomrade field--label-inline"><div class="field__label">Fokusområde</div><div class="field__item">{tg}</div></div>
<p>{summ}</p></article></div>'''
    P[BANK] = page('Projektbanken', [RUc, SHc, FUc, PBc], f'''<h1 class="title page-title">Projektbanken</h1>
<div class="text-content"><p>Här finns projekt som har fått sociala investeringsmedel från Region Dalarna. Använd filtren för att hitta projekt i en viss kommun eller inom ett visst område.</p></div>
<div class="views-element-container"><div class="view view-projektbanken view-id-projektbanken view-display-id-page_1 js-view-dom-id-7c1f0e2a9b">
<div class="view-filters"><form class="views-exposed-form" data-drupal-selector="views-exposed-form-projektbanken-page-1" action="{BANK}" method="get" id="views-exposed-form-projektbanken-page-1" accept-charset="UTF-8">
 <div class="js-form-item form-item"><label for="edit-search-api-fulltext">Sök i projektbanken</label><input data-drupal-selector="edit-search-api-fulltext" type="text" id="edit-search-api-fulltext" name="search_api_fulltext" value="" size="30" maxlength="128" class="form-text" /></div>
 <div class="js-form-item form-item"><label for="edit-status">Status</label><select data-drupal-selector="edit-status" id="edit-status" name="status" class="form-select"><option value="pagaende" selected="selected">Pågående</option><option value="avslutade">Avslutade</option><option value="All">Alla</option></select></div>
 <div class="js-form-item form-item"><label for="edit-sort-by">Sortera efter</label><select data-drupal-selector="edit-sort-by" id="edit-sort-by" name="sort_by" class="form-select"><option value="beslutsar" selected="selected">Beslutsår</option><option value="title">Namn</option></select></div>
 <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit-projektbanken" type="submit" id="edit-submit-projektbanken" value="Filtrera" class="button js-form-submit form-submit" /></div>
</form></div>
<div class="view-header"><p>Visar 3 pågående projekt. <a href="{BANK}?status=avslutade">Visa avslutade projekt</a></p></div>
<div class="view-content">
{row(BANK + 'sprakstart-ludvika/', 'Språkstart Ludvika', 'Ludvika', '2025–2027', 'Tidigt språkstöd för barn 1–5 år i Ludvika, tillsammans med barnavårdscentralen.', [BU])}
{row(BANK + 'vagen-till-egen-forsorjning-borlange/', 'Vägen till egen försörjning – unga vuxna i Borlänge', 'Borlänge', '2024–2026', 'Samordnat stöd till unga vuxna med försörjningsstöd.', [AR])}
{row(BANK + 'fritid-for-alla-malung-salen/', 'Fritid för alla – Malung-Sälen', 'Malung-Sälen', '2025–2027', 'Avgiftsfria fritidsaktiviteter för barn i familjer med låg inkomst.', [BU])}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Sidnumrering</h4><ul class="pager__items js-pager__items"><li class="pager__item is-active">1</li></ul></nav>
</div></div>''', nid=16, side=facets + fundmenu(BANK))

    PFOOT = lambda terms, rel='': tags(terms) + rel
    P[BANK + 'sprakstart-ludvika/'] = page('Språkstart Ludvika', [RUc, SHc, FUc, PBc, ('Språkstart Ludvika', BANK + 'sprakstart-ludvika/')], node('Språkstart Ludvika', '''<p class="lead">I Språkstart får barn mellan ett och fem år i Ludvika ett tidigt stöd i språkutvecklingen. Barnavårdscentralen, förskolan och biblioteket arbetar tillsammans med föräldrarna.</p>
<h2>Bakgrund</h2>
<p>Allt fler barn i Ludvika börjar förskoleklass med ett begränsat ordförråd, och språksvårigheter i tidig ålder ökar risken för att inte klara skolan. Många föräldrar har kort utbildning eller ett annat modersmål än svenska.</p>
<h2>Syfte och mål</h2>
<p>Syftet är att stärka barnens språk innan skolstarten och att ge föräldrarna verktyg att läsa och prata med sina barn. Målet är att andelen barn som når förväntad språkutveckling vid fyraårsbesöket på BVC ska öka från 71 till 85 procent.</p>
<h2>Aktiviteter</h2>
<ul><li>Hembesök av BVC-sjuksköterska och bibliotekarie när barnet är 10 månader och 18 månader</li><li>Språkträffar på biblioteken i Ludvika, Grängesberg och Fredriksberg</li><li>Fortbildning för förskolans personal</li></ul>''', bundle='projekt', fields=projfields([
        ('Kommun', 'Ludvika kommun'), ('Projektägare', 'Ludvika kommun, barn- och utbildningsförvaltningen'), ('Samverkanspart', 'Region Dalarna, barnhälsovården'),
        ('Projekttid', 'januari 2025 – december 2027'), ('Beviljade sociala investeringsmedel', '1 450 000 kronor'), ('Total budget', '2 900 000 kronor')]))
        + PFOOT([BU], f'<div class="block block-views related"><h2>Fler projekt inom Barn och unga</h2><ul><li><a href="{BANK}trygg-skolgang-mora/">Trygg skolgång i Mora</a></li><li><a href="{BANK}fritid-for-alla-malung-salen/">Fritid för alla – Malung-Sälen</a></li></ul></div>'),
        nid=101, bundle='projekt', side=fundmenu(BANK))

    P[BANK + 'vagen-till-egen-forsorjning-borlange/'] = page('Vägen till egen försörjning – unga vuxna i Borlänge', [RUc, SHc, FUc, PBc, ('Vägen till egen försörjning – unga vuxna i Borlänge', BANK + 'vagen-till-egen-forsorjning-borlange/')], node('Vägen till egen försörjning – unga vuxna i Borlänge', '''<p class="lead">Projektet ger unga vuxna mellan 18 och 29 år som har försörjningsstöd ett samlat stöd från socialtjänsten, vuxenutbildningen och vårdcentralen.</p>
<p>Borlänge kommun har länets högsta andel unga vuxna med försörjningsstöd. Många har psykisk ohälsa som aldrig har utretts. I projektet får varje deltagare en coach som samordnar kontakterna och följer med till vården, till Arbetsförmedlingen och till studievägledaren. Syftet är att deltagarna ska bli självförsörjande genom arbete eller studier och att kommunens kostnader för försörjningsstöd ska minska på sikt.</p>
<p>Projektet startade i september 2024 och pågår till och med augusti 2026. Den totala budgeten är 3 600 000 kronor. Region Dalarna har beviljat 1 800 000 kronor i sociala investeringsmedel och Borlänge kommun står för lika mycket. Vårdcentralerna Jakobsgårdarna och Kvarnsveden deltar från regionens sida.</p>
<h2>Resultat hittills</h2>
<p>Efter ett år hade 64 unga vuxna deltagit. 23 av dem har fått arbete eller börjat studera.</p>''', bundle='projekt') + PFOOT([AR]), nid=102, bundle='projekt', side=fundmenu(BANK))

    P[BANK + 'trygg-skolgang-mora/'] = page('Trygg skolgång i Mora', [RUc, SHc, FUc, PBc, ('Trygg skolgång i Mora', BANK + 'trygg-skolgang-mora/')], node('Trygg skolgång i Mora', '''<p class="lead">Trygg skolgång ska få fler elever med hög frånvaro i Mora att komma tillbaka till skolan.</p>
<h2>Syfte</h2>
<p>Syftet är att upptäcka frånvaro tidigt och att ge eleven och familjen samordnat stöd från skolan, socialtjänsten och barn- och ungdomspsykiatrin.</p>
<h2>Så arbetar projektet</h2>
<p>Ett närvaroteam med en skolsocionom, en specialpedagog och en behandlare från BUP Dalarna arbetar på Morastrandskolan och Noret norra skola. Teamet kontaktar familjen redan vid tio procents frånvaro.</p>
<h2>Tid och finansiering</h2>
<p>Projektet pågår från augusti 2025 till juni 2028. Region Dalarna bidrar med 1 200 000 kronor i sociala investeringsmedel och Mora kommun med 1 300 000 kronor.</p>''', bundle='projekt', fields=projfields([('Kommun', 'Mora kommun'), ('Projektägare', 'Mora kommun, utbildningsförvaltningen')])) + PFOOT([BU]),
        nid=103, bundle='projekt', side=fundmenu(BANK))

    P[BANK + 'social-forskrivning-avesta/'] = page('Aktivitet på recept i Avesta', [RUc, SHc, FUc, PBc, ('Aktivitet på recept i Avesta', BANK + 'social-forskrivning-avesta/')], node('Aktivitet på recept i Avesta', '''<p class="lead">Vårdcentralen i Avesta kan skriva ut aktiviteter på recept till patienter som är ensamma eller har lätt psykisk ohälsa: en kör, en promenadgrupp eller en studiecirkel.</p>
<p>Metoden kallas social förskrivning och kommer från Storbritannien. En länkarbetare på vårdcentralen hjälper patienten att hitta en aktivitet hos föreningar, studieförbund eller Svenska kyrkan och följer upp efter sex veckor.</p>
<ul><li><strong>Syfte:</strong> att minska ensamhet och lätt psykisk ohälsa och att minska antalet återbesök på vårdcentralen.</li>
<li><strong>Målgrupp:</strong> vuxna i Avesta kommun, främst personer över 65 år.</li>
<li><strong>Period:</strong> oktober 2026 – september 2028</li>
<li><strong>Budget:</strong> 1 700 000 kronor, varav 850 000 kronor i sociala investeringsmedel från Region Dalarna</li>
<li><strong>Projektägare:</strong> Avesta kommun tillsammans med Region Dalarna, Avesta vårdcentral</li></ul>''', bundle='projekt') + PFOOT([PH, AL]), nid=104, bundle='projekt', side=fundmenu(BANK))

    P[BANK + 'hemmaplan-hedemora/'] = page('Hemmaplan Hedemora', [RUc, SHc, FUc, PBc, ('Hemmaplan Hedemora', BANK + 'hemmaplan-hedemora/')], node('Hemmaplan Hedemora', '''<p class="lead">Hemmaplan Hedemora var ett projekt där unga med svår problematik fick intensivt stöd hemma i stället för att placeras på institution långt från hemkommunen.</p>
<p>Projektet pågick från januari 2022 till december 2024. Hedemora kommun drev projektet tillsammans med BUP Dalarna. Region Dalarna bidrog med 1 500 000 kronor i sociala investeringsmedel och kommunen med 1 600 000 kronor.</p>
<h2>Resultat</h2>
<p>Antalet placeringar av unga på HVB-hem minskade från elva till fyra per år under projekttiden. Kommunens kostnader för placeringar minskade med cirka 6 miljoner kronor om året. Arbetssättet är nu ordinarie verksamhet i socialtjänstens öppenvård.</p>
<h2>Lärdomar</h2>
<p>Projektledningen lyfter fram att det tog ett år att bygga förtroende mellan socialtjänsten och BUP, och att gemensam handledning var avgörande.</p>''', bundle='projekt', fields=projfields([('Status', 'Avslutat'), ('Kommun', 'Hedemora kommun')])) + PFOOT([BU]), nid=95, bundle='projekt', side=fundmenu(BANK))

    # ---- taxonomy term page
    P['/fokusomrade/barn-och-unga/'] = page('Barn och unga', [('Barn och unga', '/fokusomrade/barn-och-unga/')], f'''<h1 class="title page-title">Barn och unga</h1>
<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="view-content">
<div class="views-row"><article class="node node--type-projekt node--view-mode-teaser"><h2><a href="{BANK}sprakstart-ludvika/" rel="bookmark">Språkstart Ludvika</a></h2><p>Tidigt språkstöd för barn 1–5 år.</p></article></div>
<div class="views-row"><article class="node node--type-projekt node--view-mode-teaser"><h2><a href="{BANK}trygg-skolgang-mora/" rel="bookmark">Trygg skolgång i Mora</a></h2><p>Närvaroteam för elever med hög frånvaro.</p></article></div>
<div class="views-row"><article class="node node--type-projekt node--view-mode-teaser"><h2><a href="{BANK}fritid-for-alla-malung-salen/" rel="bookmark">Fritid för alla – Malung-Sälen</a></h2><p>Avgiftsfria fritidsaktiviteter.</p></article></div>
</div></div></div>''', nid=0, bundle='taxonomy-term')

    # ---- news
    NC = ('Nyheter', '/nyheter/')
    def news(u, t, d, iso, body):
        return page(t, [NC, (t, u)], node(t, f'<p class="meta"><time datetime="{iso}">{d}</time></p>' + body, bundle='nyhet'), nid=200, bundle='nyhet')
    P['/nyheter/fler-unga-vuxna-i-borlange-har-fatt-jobb/'] = news('/nyheter/fler-unga-vuxna-i-borlange-har-fatt-jobb/', 'Fler unga vuxna i Borlänge har fått jobb', '20 maj 2026', '2026-05-20', f'''<p class="lead">23 unga vuxna som hade försörjningsstöd har fått arbete eller börjat studera tack vare ett samarbete mellan Borlänge kommun och Region Dalarna.</p>
<p>– Det viktigaste är att någon håller ihop alla kontakter, säger coachen Jonas Berg.</p>
<p>Projektet finansieras med sociala investeringsmedel från Region Dalarna. <a href="{BANK}vagen-till-egen-forsorjning-borlange/">Läs mer om Vägen till egen försörjning</a>.</p>''')
    P['/nyheter/utlysning-sociala-investeringsmedel-2026/'] = news('/nyheter/utlysning-sociala-investeringsmedel-2026/', 'Utlysning: sociala investeringsmedel 2026', '2 februari 2026', '2026-02-02', f'''<p class="lead">Nu kan Dalarnas kommuner söka sociala investeringsmedel för 2026. Det finns 5 miljoner kronor att fördela.</p>
<p>Ansökningsperioden pågår till den 17 april. Regionen finansierar högst hälften av ett projekt och högst 2 miljoner kronor.</p>
<p><a href="{FUND}sok-medel/">Så söker ni medel</a></p>''')
    P['/nyheter/regionen-fortsatter-med-sociala-investeringar-till-2028/'] = news('/nyheter/regionen-fortsatter-med-sociala-investeringar-till-2028/', 'Regionen fortsätter med sociala investeringar till 2028', '25 november 2025', '2025-11-25', f'''<p class="lead">Regionfullmäktige har beslutat att avsätta 5 miljoner kronor om året till sociala investeringar även 2026–2028.</p>
<p>Sedan 2020 har 14 projekt i tolv kommuner fått medel. <a href="{FUND}">Läs mer om sociala investeringsmedel</a>.</p>''')
    P['/nyheter/nya-turer-pa-linje-100-fran-augusti/'] = news('/nyheter/nya-turer-pa-linje-100-fran-augusti/', 'Nya turer på linje 100 från augusti', '14 maj 2026', '2026-05-14', '<p>Från den 17 augusti går linje 100 mellan Falun och Borlänge var tionde minut i rusningstid.</p>')
    P['/nyheter/hostens-vaccinationer-startar-i-oktober/'] = news('/nyheter/hostens-vaccinationer-startar-i-oktober/', 'Höstens vaccinationer startar i oktober', '28 april 2026', '2026-04-28', '<p>Vaccination mot influensa och covid-19 för personer över 75 år startar den 13 oktober.</p>')
    P['/nyheter/'] = page('Nyheter', [NC], f'''<h1 class="title page-title">Nyheter</h1><div class="views-element-container"><div class="view view-nyheter view-id-nyheter view-display-id-page_1"><div class="view-content">
<div class="views-row"><h2><a href="/nyheter/fler-unga-vuxna-i-borlange-har-fatt-jobb/">Fler unga vuxna i Borlänge har fått jobb</a></h2><time datetime="2026-05-20">20 maj 2026</time></div>
<div class="views-row"><h2><a href="/nyheter/nya-turer-pa-linje-100-fran-augusti/">Nya turer på linje 100 från augusti</a></h2><time datetime="2026-05-14">14 maj 2026</time></div>
<div class="views-row"><h2><a href="/nyheter/hostens-vaccinationer-startar-i-oktober/">Höstens vaccinationer startar i oktober</a></h2><time datetime="2026-04-28">28 april 2026</time></div>
<div class="views-row"><h2><a href="/nyheter/utlysning-sociala-investeringsmedel-2026/">Utlysning: sociala investeringsmedel 2026</a></h2><time datetime="2026-02-02">2 februari 2026</time></div>
<div class="views-row"><h2><a href="/nyheter/regionen-fortsatter-med-sociala-investeringar-till-2028/">Regionen fortsätter med sociala investeringar till 2028</a></h2><time datetime="2025-11-25">25 november 2025</time></div>
</div><nav class="pager"><ul class="pager__items"><li class="pager__item is-active">1</li><li class="pager__item"><a href="/nyheter/?page=1" title="Gå till sida 2">2</a></li></ul></nav></div></div>''', nid=0, bundle='view')

    # ---- politics: the committee and a decision excerpt (only way to the Avesta project)
    PI = ('Politik och insyn', '/politik-och-insyn/')
    RUN = ('Regionala utvecklingsnämnden', '/politik-och-insyn/namnder/regionala-utvecklingsnamnden/')
    P['/politik-och-insyn/'] = page('Politik och insyn', [PI], node('Politik och insyn', '''<p>Region Dalarna styrs av regionfullmäktige, som väljs av invånarna i Dalarna vart fjärde år.</p>
<ul><li><a href="/politik-och-insyn/regionfullmaktige/">Regionfullmäktige</a></li><li><a href="/politik-och-insyn/regionstyrelsen/">Regionstyrelsen</a></li><li><a href="/politik-och-insyn/namnder/regionala-utvecklingsnamnden/">Regionala utvecklingsnämnden</a></li><li><a href="/politik-och-insyn/diarium/">Diarium och allmänna handlingar</a></li></ul>'''), nid=30)
    P[RUN[1]] = page('Regionala utvecklingsnämnden', [PI, RUN], node('Regionala utvecklingsnämnden', f'''<p>Regionala utvecklingsnämnden ansvarar för regional utveckling, kollektivtrafik och kultur. Nämnden har 13 ledamöter.</p>
<h2>Sammanträden 2026</h2><p>5 februari, 26 mars, 11 juni, 24 september, 12 november och 10 december.</p>
<h2>Protokollsutdrag</h2><ul><li><a href="{RUN[1]}protokollsutdrag-2026-06-11/">Protokollsutdrag 11 juni 2026</a></li><li><a href="{RUN[1]}protokollsutdrag-2026-03-26/">Protokollsutdrag 26 mars 2026</a></li></ul>'''), nid=31)
    P[RUN[1] + 'protokollsutdrag-2026-06-11/'] = page('Protokollsutdrag 11 juni 2026', [PI, RUN, ('Protokollsutdrag 11 juni 2026', RUN[1] + 'protokollsutdrag-2026-06-11/')], node('Protokollsutdrag 11 juni 2026', f'''<p>Regionala utvecklingsnämnden, sammanträde den 11 juni 2026, Regionens hus i Falun.</p>
<h2>§ 52 Delårsrapport för kollektivtrafiken</h2><p>Nämnden lägger rapporten till handlingarna.</p>
<h2>§ 53 Kulturstöd till regionala kulturinstitutioner 2027</h2><p>Nämnden fastställer fördelningen enligt bilaga.</p>
<h2>§ 54 Beslut om sociala investeringsmedel 2026</h2>
<p>Fem ansökningar kom in. Nämnden beslutar att bevilja</p>
<ul><li>Avesta kommun 850 000 kronor för projektet <a href="{BANK}social-forskrivning-avesta/">Aktivitet på recept i Avesta</a>, 2026–2028,</li>
<li>Säters kommun 600 000 kronor för en förstudie om föräldrastöd,</li></ul>
<p>samt att avslå övriga tre ansökningar. Beslutet justeras omedelbart.</p>
<h2>§ 55 Remissvar om länstransportplanen</h2><p>Nämnden antar yttrandet.</p>'''), nid=32)

    # ---- jobs
    P['/jobba-hos-oss/'] = page('Jobba hos oss', [('Jobba hos oss', '/jobba-hos-oss/')], node('Jobba hos oss', '''<p>Region Dalarna är länets största arbetsgivare med drygt 10 000 medarbetare.</p>
<ul><li><a href="/jobba-hos-oss/lediga-jobb/utvecklingsledare-sociala-investeringar/">Utvecklingsledare inom sociala investeringar</a></li><li><a href="https://regiondalarna.varbi.com/">Alla lediga jobb</a></li></ul>'''), nid=40)
    P['/jobba-hos-oss/lediga-jobb/utvecklingsledare-sociala-investeringar/'] = page('Utvecklingsledare inom sociala investeringar', [('Jobba hos oss', '/jobba-hos-oss/'), ('Utvecklingsledare inom sociala investeringar', '/jobba-hos-oss/lediga-jobb/utvecklingsledare-sociala-investeringar/')], node('Utvecklingsledare inom sociala investeringar', '''<p class="lead">Vill du vara med och utveckla Dalarnas arbete med sociala investeringar? Enheten för social hållbarhet söker en utvecklingsledare.</p>
<h2>Arbetsuppgifter</h2><p>Du stödjer kommunerna i ansökningar och uppföljning, leder det lärande nätverket och samordnar beredningen av ansökningar om sociala investeringsmedel. Du följer projekt som Språkstart Ludvika och Trygg skolgång i Mora.</p>
<h2>Kvalifikationer</h2><p>Du har en akademisk examen inom folkhälsovetenskap, samhällsvetenskap eller ekonomi och erfarenhet av projektledning.</p>
<p>Tillsvidareanställning, heltid, placering Falun. Sista ansökningsdag 14 juni 2026. Ansök via Varbi, referensnummer RD-2026-4411.</p>''', bundle='jobb'), nid=41, bundle='jobb')

    P['/robots.txt'] = '''#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /profiles/*.css$
Allow: /themes/*.js$
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
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
# Site specific
Disallow: /intern/
Disallow: /*?f%5B
Disallow: /*?f[
Disallow: /*&f%5B
Disallow: /*?status=
Disallow: /*?search_api_fulltext=

Sitemap: https://www.regiondalarna.se/sitemap.xml
'''
    sm = ['/', RU, SH, FUND, FUND + 'sok-medel/', FUND + 'villkor-och-bedomning/', FUND + 'uppfoljning-och-utvardering/', BANK,
          '/nyheter/', '/politik-och-insyn/', RUN[1], RUN[1] + 'protokollsutdrag-2026-06-11/', '/jobba-hos-oss/']
    P['/sitemap.xml'] = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + ''.join(f'  <url><loc>{B}{u}</loc><lastmod>2026-06-12T09:30:00+02:00</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>\n' for u in sm) + '</urlset>\n'
    for u, t in P.items():
        write(H, u, t)
    return P
