"""Boråsregionen Sjuhärads kommunalförbund (the eight municipalities Bollebygd 1443, Borås 1490, Herrljunga 1466,
Mark 1463, Svenljunga 1465, Tranemo 1452, Ulricehamn 1491, Vårgårda 1442; it distributes 'Boråsregionens sociala
investeringsmedel' to its members' preventive projects) on JOOMLA 5.2 with the HELIX ULTIMATE 2 template
(JoomShaper: sp-header, sp-megamenu-parent with sp-dropdown panels, sp-main-body, sp-component, sp-right, sp-footer,
an offcanvas menu) – heldout_sites34. Probably not in the registry: crawl from its start URL.

Joomla SEF URLs without suffix and without a trailing slash (saved as <path>/index.html), root-relative links, no
rel=canonical (Joomla's default). The menu 'Dokument' opens A BIG DOCUMENT LIBRARY: five category pages (Protokoll,
Årsredovisning och budget, Rapporter, Styrdokument, Presentationer) with tables of 29 PDF files linked straight under
/images/dokument/<category>/<file>.pdf, a GET filter form and sort links ('?filter_…', forbidden), a document search
('/component/finder/search', forbidden) and an archive of old protocols (/images/dokument/arkiv/, forbidden).

THE PROJECT PAGES ARE REACHED ONLY FROM THE MAP PAGE 'Projektkarta' (Verksamhet › Social hållbarhet › Projektkarta): a
Leaflet map (data-geojson names a GeoJSON file whose features carry the same links) and the list 'Platser på kartan',
one item per place, THE PLACE NAME AS LINK TEXT ('Sjömarken', 'Kinna', 'Ulricehamn', 'Tranemo, Limmared och Grimsås',
'Herrljunga' and 'Svenljunga'). The projects are articles in a category reached by a hidden menu item
(/projekt/<alias>, no topic word in the address); the finished project's article has no menu item, so Joomla routes
it as /component/content/article/<alias>?catid=19&Itemid=131 (robots.txt forbids /components/ – Joomla's default –
and /component/finder/, not /component/content/). No menu, news item, list or sitemap links a project page. A sixth,
finished project has NO PAGE: its only publication is its final report in the library (Rapporter), a PDF.
"""
import json

from make_common import write, esc, hexid, pdf, urlset

H = 'www.borasregionen.se'
NAME = 'Boråsregionen Sjuhärads kommunalförbund'

START = '/'
OM = '/om-oss'
DIREKTION = OM + '/direktionen'
MEDLEM = OM + '/medlemskommuner'
VERK = '/verksamhet'
SOC = VERK + '/social-hallbarhet'
FOND = SOC + '/sociala-investeringsmedel'
SOKA = FOND + '/sa-soker-ni'
KARTA = SOC + '/projektkarta'
VALD = SOC + '/samordnare-mot-vald-i-nara-relationer'
UTB = VERK + '/utbildning-och-kompetens'
NARING = VERK + '/naringsliv'                     # dead
AKT = '/aktuellt'
N_CALL = AKT + '/nu-kan-kommunerna-soka-sociala-investeringsmedel-2026'
N_EV = AKT + '/natverkstraff-social-hallbarhet-i-sjuharad'
N_JOB = AKT + '/vi-soker-en-processledare-for-social-hallbarhet'
N_BUDGET = AKT + '/direktionen-har-antagit-budget-2026'
N_VB = AKT + '/valfardsbokslut-2024-ar-klart'
N_UTB = AKT + '/ny-utbildning-for-forskolans-personal'
DOK = '/dokument'
KONTAKT = '/kontakt'
TILLG = '/tillganglighetsredogorelse'
KAKOR = '/kakor'

K1 = '/projekt/familjeteamet-sjomarken'
K2 = '/projekt/skolgladje-kinna'
K3 = '/projekt/framsteget-ulricehamn'
K4 = '/projekt/traffpunkt-tranemo-75'
K5 = '/component/content/article/kvallskraft-svenljunga-herrljunga?catid=19&Itemid=131'
GEOJSON = '/images/karta/sociala-investeringar.geojson'

SEARCH = '/sok'
SEARCHES = ['/sok?q=protokoll', '/sok?q=sociala+investeringsmedel']
OPENSEARCH = '/sok?format=opensearch'
FINDER = '/component/finder/search?q=slutrapport&Itemid=140'
ADMIN = '/administrator/'
CAL = '/kalender'
CAL_EV = '/kalender/natverkstraff-social-hallbarhet-i-sjuharad'
EDIT_FOND = ('/verksamhet/social-hallbarhet/sociala-investeringsmedel?task=article.edit&a_id=64'
             '&return=aHR0cHM6Ly93d3cuYm9yYXNyZWdpb25lbi5zZS92ZXJrc2FtaGV0L3NvY2lhbC1oYWxsYmFyaGV0')

# ------------------------------------------------------------------------------------------------- documents
CATEGORIES = [('protokoll', 'Protokoll', 'Direktionens protokoll. Protokollen publiceras när de har justerats.'),
              ('arsredovisning-och-budget', 'Årsredovisning och budget', 'Förbundets årsredovisningar, delårsrapporter, budgetar och verksamhetsplaner.'),
              ('rapporter', 'Rapporter', 'Rapporter, kartläggningar och uppföljningar från förbundets verksamhet och från projekt som har fått sociala investeringsmedel.'),
              ('styrdokument', 'Styrdokument', 'Förbundsordning, riktlinjer och andra styrande dokument.'),
              ('presentationer', 'Presentationer', 'Presentationer från nätverksträffar och konferenser.')]


def pdf_path(cat, name):
    return f'/images/dokument/{cat}/{name}.pdf'


DOCS = []   # (category, file name, title, date, lines, image bytes)


def doc(cat, name, title, date, lines, image=0):
    DOCS.append((cat, name, title, date, lines, image))


for d, day in [('2025-12-12', '12 december 2025'), ('2025-11-21', '21 november 2025'), ('2025-09-19', '19 september 2025'),
               ('2025-06-13', '13 juni 2025'), ('2025-04-11', '11 april 2025'), ('2025-02-14', '14 februari 2025'),
               ('2024-11-22', '22 november 2024'), ('2024-09-20', '20 september 2024'), ('2024-06-14', '14 juni 2024'),
               ('2024-04-12', '12 april 2024'), ('2024-02-16', '16 februari 2024')]:
    doc('protokoll', f'protokoll-direktionen-{d}', f'Protokoll direktionen {day}', d, [
        'Protokoll – Direktionen', NAME, f'Sammanträdesdatum: {day}', 'Plats: Förbundets lokaler, Skaraborgsvägen 1 A, Borås',
        'Beslutande: ordinarie ledamöter och tjänstgörande ersättare enligt närvarolista', '',
        '§ 1  Val av justerare', '§ 2  Godkännande av dagordningen', '§ 3  Ekonomisk uppföljning',
        '§ 4  Information från förbundsdirektören', '§ 5  Rapporter från nätverken', '§ 6  Anmälningsärenden',
        '§ 7  Övriga frågor', '', 'Justerat och anslaget enligt anslagsbevis.'])
doc('arsredovisning-och-budget', 'arsredovisning-2024', 'Årsredovisning 2024', '2025-03-28', [
    'Årsredovisning 2024', NAME, '', 'Förbundsdirektören har ordet', 'Året präglades av ett fortsatt tätt samarbete mellan de åtta medlemskommunerna.',
    'Förbundets intäkter uppgick till 64,2 miljoner kronor och resultatet till 1,1 miljoner kronor.',
    'Medlemsavgiften var 52 kronor per invånare.', '', 'Verksamhetens mål', 'Fem av sex mål för verksamheten uppnåddes.'], image=6000)
doc('arsredovisning-och-budget', 'arsredovisning-2023', 'Årsredovisning 2023', '2024-03-22', [
    'Årsredovisning 2023', NAME, 'Intäkter 61,7 miljoner kronor, resultat 0,8 miljoner kronor.',
    'Medlemsavgiften var 50 kronor per invånare.'], image=6000)
doc('arsredovisning-och-budget', 'budget-och-verksamhetsplan-2026', 'Budget och verksamhetsplan 2026', '2025-12-15', [
    'Budget och verksamhetsplan 2026', NAME, 'Antagen av direktionen 12 december 2025.', '',
    'Budgeten omsluter 66,8 miljoner kronor. Medlemsavgiften är 54 kronor per invånare.',
    'Till Boråsregionens sociala investeringsmedel avsätts 3,5 miljoner kronor.', '',
    'Prioriterade områden 2026: kompetensförsörjning, barn och unga, äldres hälsa.'])
doc('arsredovisning-och-budget', 'budget-och-verksamhetsplan-2025', 'Budget och verksamhetsplan 2025', '2024-12-16', [
    'Budget och verksamhetsplan 2025', NAME, 'Budgeten omsluter 65,0 miljoner kronor.'])
doc('arsredovisning-och-budget', 'delarsrapport-augusti-2025', 'Delårsrapport augusti 2025', '2025-10-03', [
    'Delårsrapport januari–augusti 2025', NAME, 'Prognosen för helåret är ett resultat på 0,6 miljoner kronor.'])
SLUT_K6 = pdf_path('rapporter', 'slutrapport-sprakcafe-bollebygd')
doc('rapporter', 'slutrapport-sprakcafe-bollebygd', 'Slutrapport: Språkcafé Bollebygd', '2025-02-20', [
    'Slutrapport: Språkcafé Bollebygd',
    'Boråsregionens sociala investeringsmedel · Bollebygds kommun · februari 2025', '',
    'Sammanfattning',
    'Språkcafé Bollebygd var ett projekt för nyanlända vuxna i Bollebygds kommun. Projektet pågick från',
    'januari 2022 till december 2024 och finansierades med 680 000 kronor ur Boråsregionens sociala',
    'investeringsmedel. Projektägare var Bollebygds kommun genom vuxenutbildningen.', '',
    'Samverkansparter: Bollebygds bibliotek, Svenska kyrkan i Bollebygd och Studieförbundet Vuxenskolan.',
    'Målgrupp: Nyanlända vuxna 20–64 år som läser svenska för invandrare (sfi).', '',
    'Syfte',
    'Syftet med projektet var att deltagarna skulle öva svenska i vardagliga sammanhang, bygga nätverk',
    'och snabbare komma i arbete eller studier.', '',
    'Genomförande',
    'Språkcaféet var öppet två kvällar i veckan på biblioteket. En samordnare på halvtid och ett tjugotal',
    'volontärer ledde samtalsgrupper, gav läxhjälp till sfi-eleverna och ordnade studiebesök hos arbetsgivare',
    'i kommunen.', '',
    'Resultat',
    'Under projekttiden deltog 146 personer. Av dem hade 58 procent börjat arbeta eller studera sex månader',
    'efter att de slutat i projektet. Projektet avslutades i december 2024 enligt plan.', '',
    'Lärdomar',
    'Samarbetet med civilsamhället och bibliotekets öppna miljö var avgörande för att nå deltagarna.'],
    image=9000)
SLUT_K5 = pdf_path('rapporter', 'slutrapport-kvallskraft-svenljunga-herrljunga')
doc('rapporter', 'slutrapport-kvallskraft-svenljunga-herrljunga', 'Slutrapport: Kvällskraft Svenljunga och Herrljunga', '2025-03-10', [
    'Slutrapport: Kvällskraft Svenljunga och Herrljunga', 'Boråsregionens sociala investeringsmedel · mars 2025', '',
    'Kvällskraft var ett projekt med fältarbete och öppen verksamhet för unga 13–17 år i Svenljunga och Herrljunga.',
    'Projektet pågick från januari 2022 till december 2024 och fick 1 750 000 kronor ur Boråsregionens',
    'sociala investeringsmedel. Projektägare var Svenljunga kommun.', '',
    'Resultat', 'Under projekttiden hade fältarbetarna kontakt med 410 unga, och polisen rapporterade färre',
    'ordningsstörningar på helgkvällarna.'], image=9000)
HALV_K1 = pdf_path('rapporter', 'halvtidsrapport-familjeteamet-sjomarken')
doc('rapporter', 'halvtidsrapport-familjeteamet-sjomarken', 'Halvtidsrapport: Familjeteamet Sjömarken', '2025-12-05', [
    'Halvtidsrapport: Familjeteamet Sjömarken', 'Borås Stad · december 2025', '',
    'Familjeteamet har under det första året haft kontakt med 64 familjer i Sjömarken och Sandared.',
    'Projektet pågår till december 2027.'])
UPPF = pdf_path('rapporter', 'uppfoljning-sociala-investeringsmedel-2019-2024')
doc('rapporter', 'uppfoljning-sociala-investeringsmedel-2019-2024', 'Uppföljning av sociala investeringsmedel 2019–2024', '2025-05-16', [
    'Uppföljning av Boråsregionens sociala investeringsmedel 2019–2024', NAME + ' · maj 2025', '',
    'Sammanfattning',
    'Under åren 2019–2024 beviljade direktionen 14,6 miljoner kronor till elva projekt i sju av de åtta',
    'medlemskommunerna. Hälften av projekten riktade sig till barn och unga.', '',
    'De viktigaste resultaten',
    'Sju av elva projekt har helt eller delvis blivit ordinarie verksamhet i kommunerna.',
    'Projekt med en tydlig plan för uppföljning från start nådde oftare sina mål.', '',
    'Rekommendationer',
    'Förbundet bör erbjuda stöd i socioekonomisk analys och samla kommunerna till ett lärande nätverk.'], image=6000)
VB = pdf_path('rapporter', 'valfardsbokslut-sjuharad-2024')
doc('rapporter', 'valfardsbokslut-sjuharad-2024', 'Välfärdsbokslut Sjuhärad 2024', '2025-06-02', [
    'Välfärdsbokslut Sjuhärad 2024', 'Statistik om hälsa och levnadsvillkor i de åtta kommunerna',
    'Andelen barn i ekonomiskt utsatta hushåll var 11 procent.'], image=6000)
doc('rapporter', 'folkhalsorapport-sjuharad-2023', 'Folkhälsorapport Sjuhärad 2023', '2023-11-10', [
    'Folkhälsorapport Sjuhärad 2023', 'Resultat från folkhälsoenkäten Hälsa på lika villkor.'])
doc('rapporter', 'kartlaggning-unga-som-varken-arbetar-eller-studerar-2024', 'Kartläggning: unga som varken arbetar eller studerar 2024', '2024-10-18', [
    'Kartläggning: unga som varken arbetar eller studerar i Sjuhärad 2024',
    'Omkring 1 900 unga 16–29 år i Sjuhärad varken arbetade eller studerade 2022.'])
doc('styrdokument', 'forbundsordning', 'Förbundsordning', '2023-01-01', [
    'Förbundsordning för ' + NAME, 'Antagen av medlemskommunernas fullmäktige 2022.',
    '§ 1 Namn och säte', '§ 2 Medlemmar', '§ 3 Ändamål'])
RIKT = pdf_path('styrdokument', 'riktlinjer-sociala-investeringsmedel')
doc('styrdokument', 'riktlinjer-sociala-investeringsmedel', 'Riktlinjer för sociala investeringsmedel', '2025-01-15', [
    'Riktlinjer för Boråsregionens sociala investeringsmedel', 'Antagna av direktionen 13 december 2024', '',
    '1. Syfte', 'Medlen ska stödja medlemskommunernas förebyggande arbete för barn, unga och vuxna.',
    '2. Vem kan söka', 'Medlemskommunerna kan söka, ensamma eller tillsammans.',
    '3. Villkor', 'Insatsen ska vara tidsbegränsad, högst tre år, och ha en plan för uppföljning.',
    'Kommunen ska medfinansiera med minst 25 procent.',
    '4. Beslut och redovisning', 'Direktionen beslutar i juni. Projekten redovisas årligen och med en slutrapport.'])
doc('styrdokument', 'delegationsordning', 'Delegationsordning', '2024-03-01', [
    'Delegationsordning för direktionen', 'Antagen 16 februari 2024.'])
doc('styrdokument', 'informationshanteringsplan', 'Informationshanteringsplan', '2024-06-20', [
    'Informationshanteringsplan', 'Gallringsfrister och arkivering av förbundets handlingar.'])
PRES = pdf_path('presentationer', 'sociala-investeringar-i-sjuharad-natverkstraff-2025')
doc('presentationer', 'sociala-investeringar-i-sjuharad-natverkstraff-2025', 'Sociala investeringar i Sjuhärad (nätverksträff oktober 2025)', '2025-10-10', [
    'Sociala investeringar i Sjuhärad', 'Nätverksträff 9 oktober 2025', 'Bild 2: Så fördelas medlen',
    'Bild 3: Pågående projekt på kartan', 'Bild 4: Uppföljning och lärande'])
doc('presentationer', 'valfardsbokslut-2024-presentation', 'Välfärdsbokslut 2024 – presentation', '2025-06-05', [
    'Välfärdsbokslut 2024', 'Presentation för direktionen 13 juni 2025'])

PROJECTS = [K1, K2, K3, K4, K5, SLUT_K6]
NOT_PROJECTS = [FOND, SOKA, VALD, N_CALL, N_EV, N_JOB, UPPF, RIKT]

ARKIV = ['/images/dokument/arkiv/protokoll-direktionen-2023.pdf', '/images/dokument/arkiv/protokoll-direktionen-2022.pdf']
FILTERS = ['/dokument/protokoll?filter_year=2025', '/dokument/protokoll?filter_year=2024',
           '/dokument/rapporter?filter_order=a.title&filter_order_Dir=asc',
           '/dokument/rapporter?filter_order=a.publish_up&filter_order_Dir=desc']


def printurl(path):
    sep = '&' if '?' in path else '?'
    return f'{path}{sep}tmpl=component&print=1'


PRINT_LISTED = [K1, K3, K5, N_EV]


def forbidden():
    return ([SEARCH] + SEARCHES + [OPENSEARCH, FINDER, ADMIN, EDIT_FOND, CAL, CAL_EV] + ARKIV + FILTERS +
            [printurl(p) for p in PRINT_LISTED])


# ------------------------------------------------------------------------------------------------------ chrome
MENU = [('Hem', START, []),
        ('Om oss', OM, [('Om förbundet', OM), ('Direktionen', DIREKTION), ('Medlemskommuner', MEDLEM)]),
        ('Verksamhet', VERK, [('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND), ('Projektkarta', KARTA),
                              ('Samordnare mot våld i nära relationer', VALD), ('Utbildning och kompetens', UTB),
                              ('Näringsliv', NARING)]),
        ('Aktuellt', AKT, []),
        ('Dokument', DOK, [(t, f'{DOK}/{c}') for c, t, _ in CATEGORIES]),
        ('Kontakt', KONTAKT, [])]


def menu_html(active, cls='sp-megamenu-parent menu-animation-fade-up d-none d-lg-block'):
    out = ''
    for i, (t, p, sub) in enumerate(MENU):
        item = 101 + i
        act = ' active' if p == active or any(sp == active for _, sp in sub) else ''
        if sub:
            subs = ''.join(f'<li class="sp-menu-item{" active" if sp == active else ""}"><a href="{sp}">{esc(st)}</a></li>'
                           for st, sp in sub)
            out += (f'<li class="sp-menu-item sp-has-child{act} item-{item}"><a href="{p}">{esc(t)}</a>'
                    f'<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 260px;"><div class="sp-dropdown-inner">'
                    f'<ul class="sp-dropdown-items">{subs}</ul></div></div></li>')
        else:
            out += f'<li class="sp-menu-item{act} item-{item}"><a href="{p}">{esc(t)}</a></li>'
    return f'<ul class="{cls}">{out}</ul>'


def crumbs_html(crumbs):
    items = [('Hem', START)] + (crumbs or [])
    li = ''
    for i, (t, p) in enumerate(items):
        pos = i + 1
        if i == len(items) - 1:
            li += f'<li class="breadcrumb-item active" aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">{esc(t)}</span><meta itemprop="position" content="{pos}"></li>'
        else:
            li += f'<li class="breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{p}" class="pathway"><span itemprop="name">{esc(t)}</span></a><meta itemprop="position" content="{pos}"></li>'
    return f'<nav class="mod-breadcrumbs__wrapper" aria-label="Brödsmulor"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">{li}</ol></nav>'


def side_module(active):
    if active in (SOC, FOND, SOKA, KARTA, VALD):
        items = [('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND), ('Så söker ni', SOKA),
                 ('Projektkarta', KARTA), ('Samordnare mot våld i nära relationer', VALD)]
        title = 'Social hållbarhet'
    elif active.startswith(DOK):
        items = [(t, f'{DOK}/{c}') for c, t, _ in CATEGORIES]
        title = 'Dokument'
    else:
        items = [('Aktuellt', AKT), ('Kontakt', KONTAKT)]
        title = 'Genvägar'
    lis = ''.join(f'<li class="item{" current active" if p == active else ""}"><a href="{p}">{esc(t)}</a></li>' for t, p in items)
    return f'''
<aside id="sp-right" class="col-lg-3 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{title}</h3><div class="sp-module-content"><ul class="menu">{lis}</ul></div></div></div></aside>'''


def page(path, title, content, *, active=None, crumbs=None, view='article', itemid=101, side=True, extra_head=''):
    token = hexid('csrf' + path, 32)
    opts = json.dumps({'csrf.token': token, 'system.paths': {'root': '', 'rootFull': f'https://{H}/', 'base': '',
                                                          'baseFull': f'https://{H}/'},
                       'joomla.jtext': {'ERROR': 'Fel', 'MESSAGE': 'Meddelande'}}, ensure_ascii=True)
    main_cls = 'col-lg-9' if side else 'col-lg-12'
    return f'''<!doctype html>
<html lang="sv-se" dir="ltr">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)} – Boråsregionen</title>
	<link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
	<link href="https://{H}{esc(OPENSEARCH)}" rel="search" title="OpenSearch Boråsregionen" type="application/opensearchdescription+xml">
	<link href="/media/templates/site/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
	<link href="/media/templates/site/shaper_helixultimate/css/template.css" rel="stylesheet">
	<link href="/media/templates/site/shaper_helixultimate/css/presets/preset5.css" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{opts}</script>
	<script src="/media/system/js/core.min.js?2cb912"></script>
	<script src="/media/templates/site/shaper_helixultimate/js/main.js" defer></script>{extra_head}
	</head>
	<body class="site helix-ultimate hu com_content com-content view-{view} layout-default task-none itemid-{itemid} sv-se ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
	<div class="body-wrapper">
		<div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><a href="tel:033-173500">033-17 35 00</a></li><li class="sp-contact-email"><a href="mailto:info@borasregionen.se">info@borasregionen.se</a></li></ul></div></div><div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end"><a class="readspeaker" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9876&amp;lang=sv_se&amp;readid=sp-component" rel="nofollow">Lyssna</a></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image d-none d-lg-inline-block" src="/images/logo/borasregionen-logo.svg" alt="{NAME}" height="60"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation" aria-label="Huvudmeny">{menu_html(active)}<a id="offcanvas-toggler" aria-label="Meny" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></nav>
<div class="sp-module "><div class="sp-module-content"><form class="mod-finder js-finder-searchform form-search" action="{SEARCH}" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Sök</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Sök ..."></form></div></div></div></div></div></div></div></header>
<section id="sp-section-1"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container">{crumbs_html(crumbs) if crumbs is not None else ''}</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="{main_cls} " role="main"><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>
{content}
</div></main>{side_module(active or '') if side else ''}
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-6 "><div class="sp-column "><span class="sp-copyright">© 2026 {NAME}<br>Skaraborgsvägen 1 A, 506 30 Borås · Org.nr 222000-1289</span></div></div><div id="sp-footer2" class="col-lg-6 "><div class="sp-column "><ul class="menu"><li><a href="{KONTAKT}">Kontakt</a></li><li><a href="{CAL}">Kalender</a></li><li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li><li><a href="{KAKOR}">Kakor</a></li><li><a href="{ADMIN}" rel="nofollow">Inloggning för redaktörer</a></li></ul></div></div></div></div></div></footer>
		</div>
	</div>
	<div class="offcanvas-overlay"></div>
	<div class="offcanvas-menu" tabindex="-1" inert><div class="d-flex align-items-center p-3 pt-4"><a href="#" class="close-offcanvas" role="button" aria-label="Stäng"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></div><div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content">{menu_html(active, 'menu nav-pills')}</div></div></div></div>
	<a href="#" class="sp-scroll-up" aria-label="Till toppen"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
	</body>
</html>
'''


MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
          'november', 'december']


def sv_date(d):
    y, m, dd = d.split('-')
    return f'{int(dd)} {MONTHS[int(m) - 1]} {y}'


def alias(label):
    return label.lower().translate(str.maketrans({'å': 'a', 'ä': 'a', 'ö': 'o', ' ': '-'}))


def article(path, title, body, *, date, category, fields=None, crumbs=None, active=None, itemid=131, print_link=True,
            modified=None):
    f = ''
    if fields:
        f = '\n<ul class="fields-container">' + ''.join(
            f'\n<li class="field-entry {alias(k)} "><span class="field-label ">{esc(k)}: </span><span class="field-value ">{v}</span></li>'
            for k, v in fields) + '\n</ul>'
    mod = (f'\n\t\t<span class="modified" title="Senast uppdaterad: {sv_date(modified)}"><time datetime="{modified}T10:00:00+01:00" itemprop="dateModified">Senast uppdaterad: {sv_date(modified)}</time></span>'
           if modified else '')
    pr = (f'<div class="social-share-block"><ul class="social-share-icon"><li class="article-print"><a href="{esc(printurl(path))}" rel="nofollow" title="Skriv ut">Skriv ut</a></li></ul></div>'
          if print_link else '')
    content = f'''<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="sv-SE">
	<div class="article-header">
		<h1 itemprop="headline">{esc(title)}</h1>
	</div>
	<div class="article-info">
		<span class="category-name" title="Kategori: {esc(category)}"><span itemprop="genre">{esc(category)}</span></span>
		<span class="published" title="Publicerad: {sv_date(date)}"><time datetime="{date}T09:00:00+01:00" itemprop="datePublished">{sv_date(date)}</time></span>{mod}
	</div>
	<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div>{pr}</div>
	<div itemprop="articleBody">
{body}
	</div>{f}
</div>'''
    return page(path, title, content, active=active, crumbs=crumbs, itemid=itemid)


# ------------------------------------------------------------------------------------------------- projects
PCAT = 'Projekt'


def k1():
    return article(K1, 'Familjeteamet Sjömarken', '''<p><strong>Familjeteamet Sjömarken är ett projekt i Borås Stad som ger familjer med barn i Sjömarken och Sandared stöd tidigt, i skolan, på förskolan och i hemmet.</strong></p>
<p>I teamet arbetar en familjebehandlare och en skolkurator på heltid. De finns på Sjömarkenskolan två dagar i veckan, håller föräldragrupper på kvällstid och gör hembesök när familjen vill det. Tanken med projektet är att familjer ska få hjälp innan svårigheterna leder till en orosanmälan.</p>
<h2>Bakgrund</h2>
<p>Antalet orosanmälningar för barn i Sjömarken och Sandared har ökat, samtidigt som det inte finns någon familjecentral i kommundelen.</p>
<h2>Uppföljning</h2>
<p>Projektet följs upp av FoU Sjuhärad Välfärd. En halvtidsrapport kom i december 2025.</p>''',
                   date='2025-01-20', category=PCAT, fields=[
                       ('Projektägare', 'Borås Stad, individ- och familjeomsorgsförvaltningen'),
                       ('Samverkansparter', 'Sjömarkenskolan, barnhälsovården i Sandared och Sandareds församling'),
                       ('Projektperiod', 'januari 2025 – december 2027'),
                       ('Budget', '2 900 000 kronor, varav 1 900 000 kronor ur Boråsregionens sociala investeringsmedel och 1 000 000 kronor från Borås Stad'),
                       ('Målgrupp', 'Familjer med barn 0–12 år i Sjömarken och Sandared'),
                       ('Status', 'Pågår')])


def k2():
    return article(K2, 'Skolglädje Kinna', '''<p><strong>Skolglädje Kinna är ett projekt i Marks kommun för elever i årskurs 6–9 på Kinnaskolan som har hög frånvaro eller riskerar att få det.</strong></p>
<p>En närvarosamordnare och en socialsekreterare arbetar tillsammans med elevhälsan. De tar tidig kontakt med hemmet, gör en plan för varje elev och erbjuder samtalsstöd. Barn- och ungdomspsykiatrin konsulteras när eleven mår dåligt.</p>
<h2>Mål</h2>
<p>Målet är att andelen elever med mer än 20 procent frånvaro ska halveras till läsåret 2026/27.</p>''',
                   date='2024-08-26', category=PCAT, fields=[
                       ('Projektägare', 'Marks kommun, barn- och utbildningsförvaltningen'),
                       ('Samverkansparter', 'Individ- och familjeomsorgen i Marks kommun och BUP Södra Älvsborg'),
                       ('Projektperiod', 'augusti 2024 – juni 2027'),
                       ('Beviljat belopp', '2 250 000 kronor ur Boråsregionens sociala investeringsmedel'),
                       ('Målgrupp', 'Elever i årskurs 6–9 på Kinnaskolan med hög frånvaro'),
                       ('Status', 'Pågår')], print_link=False)


def k3():
    return article(K3, 'Framsteget Ulricehamn', '''<p><strong>Framsteget är ett projekt för unga vuxna 18–29 år i Ulricehamns kommun som varken arbetar eller studerar.</strong></p>
<p>Projektet startade i september 2025. Två coacher möter de unga på deras villkor, kartlägger vad som står i vägen och följer dem till praktik, arbete eller studier. Arbetsförmedlingen och Samordningsförbundet Sjuhärad deltar i ett gemensamt team.</p>
<h2>Därför behövs projektet</h2>
<p>I Ulricehamn är omkring 250 unga vuxna varken i arbete eller studier, och många av dem har ingen kontakt med någon myndighet.</p>''',
                   date='2025-09-08', category=PCAT, fields=[
                       ('Projektägare', 'Ulricehamns kommun, arbetsmarknadsenheten'),
                       ('Samverkansparter', 'Arbetsförmedlingen och Samordningsförbundet Sjuhärad'),
                       ('Projektperiod', 'september 2025 – augusti 2027'),
                       ('Beviljat belopp', '1 600 000 kronor ur Boråsregionens sociala investeringsmedel'),
                       ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar'),
                       ('Status', 'Pågår')])


def k4():
    return article(K4, 'Träffpunkt Tranemo 75+', '''<p><strong>Träffpunkt Tranemo 75+ är ett projekt mot ofrivillig ensamhet bland äldre i Tranemo, Limmared och Grimsås.</strong></p>
<p>En samordnare på halvtid bygger upp tre träffpunkter tillsammans med PRO och Svenska kyrkan, med lunch, promenadgrupper och digital hjälp. Den som inte kan ta sig till träffpunkten får skjuts med kommunens färdtjänstbil.</p>
<h2>Uppföljning</h2>
<p>Deltagarna får svara på frågor om ensamhet och hälsa när de börjar och efter ett år.</p>''',
                   date='2025-03-03', category=PCAT, fields=[
                       ('Projektägare', 'Tranemo kommun, vård och omsorg'),
                       ('Samverkansparter', 'PRO Tranemo och Svenska kyrkan i Tranemo'),
                       ('Projektperiod', 'mars 2025 – februari 2027'),
                       ('Beviljat belopp', '950 000 kronor ur Boråsregionens sociala investeringsmedel'),
                       ('Målgrupp', 'Personer 75 år och äldre i Tranemo, Limmared och Grimsås'),
                       ('Status', 'Pågår')], print_link=False)


def k5():
    return article(K5, 'Kvällskraft Svenljunga och Herrljunga', '''<p class="alert alert-info"><strong>Projektet är avslutat.</strong> Slutrapporten finns under Dokument › Rapporter.</p>
<p><strong>Kvällskraft var ett projekt med fältarbete och öppen verksamhet på helgkvällarna för unga 13–17 år i Svenljunga och Herrljunga.</strong></p>
<p>Två fältarbetare i varje kommun rörde sig ute på fredags- och lördagskvällar och höll öppet hus på fritidsgårdarna till midnatt. Projektet samarbetade med polisen och skolorna.</p>
<h2>Resultat</h2>
<p>Fältarbetarna hade kontakt med 410 unga under projekttiden, och polisen rapporterade färre ordningsstörningar på helgkvällarna. Projektet avslutades i december 2024.</p>''',
                   date='2022-01-17', category='Avslutade projekt', fields=[
                       ('Projektägare', 'Svenljunga kommun'),
                       ('Samverkansparter', 'Herrljunga kommun och Polisen i Södra Älvsborg'),
                       ('Projektperiod', 'januari 2022 – december 2024'),
                       ('Beviljat belopp', '1 750 000 kronor ur Boråsregionens sociala investeringsmedel'),
                       ('Målgrupp', 'Unga 13–17 år'),
                       ('Status', 'Avslutat')], modified='2025-03-10')


# -------------------------------------------------------------------------------------------- the map page
PLACES = [
    ('Bollebygd', [('Bollebygd', None, 'Ingen pågående satsning')]),
    ('Borås', [('Sjömarken', K1, 'Pågående'), ('Hässleholmen', 'https://www.boras.se/omsorgochhjalp/familjecentraler', 'Familjecentral (Borås Stad)')]),
    ('Herrljunga', [('Herrljunga', K5, 'Avslutat')]),
    ('Mark', [('Kinna', K2, 'Pågående')]),
    ('Svenljunga', [('Svenljunga', K5, 'Avslutat')]),
    ('Tranemo', [('Tranemo, Limmared och Grimsås', K4, 'Pågående')]),
    ('Ulricehamn', [('Ulricehamn', K3, 'Pågående')]),
    ('Vårgårda', [('Vårgårda', None, 'Ingen pågående satsning')]),
]
COORDS = {'Bollebygd': (57.669, 12.571), 'Sjömarken': (57.716, 12.835), 'Hässleholmen': (57.741, 12.961),
          'Herrljunga': (58.077, 13.025), 'Kinna': (57.509, 12.693), 'Svenljunga': (57.497, 13.111),
          'Tranemo, Limmared och Grimsås': (57.485, 13.352), 'Ulricehamn': (57.792, 13.414), 'Vårgårda': (58.033, 12.808)}
PROJ_NAMES = {K1: 'Familjeteamet Sjömarken', K2: 'Skolglädje Kinna', K3: 'Framsteget Ulricehamn',
              K4: 'Träffpunkt Tranemo 75+', K5: 'Kvällskraft Svenljunga och Herrljunga'}


def geojson():
    feats = []
    for kommun, places in PLACES:
        for place, href, status in places:
            if not href or not href.startswith('/'):
                continue
            lat, lng = COORDS[place]
            feats.append({'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [lng, lat]},
                          'properties': {'plats': place, 'kommun': kommun, 'status': status,
                                         'popup': f'<strong>{place}</strong><br>{kommun}<br><a href="{esc(href)}">Läs mer</a>'}})
    return json.dumps({'type': 'FeatureCollection', 'features': feats}, ensure_ascii=False, indent=1) + '\n'


def karta():
    groups = ''
    for kommun, places in PLACES:
        lis = ''
        for place, href, status in places:
            lat, lng = COORDS[place]
            badge = f'<span class="badge bsk-status">{esc(status)}</span>'
            if href:
                rel = ' rel="external"' if href.startswith('http') else ''
                lis += f'\n<li data-lat="{lat}" data-lng="{lng}"><a href="{esc(href)}"{rel}>{esc(place)}</a> {badge}</li>'
            else:
                lis += f'\n<li data-lat="{lat}" data-lng="{lng}">{esc(place)} {badge}</li>'
        groups += f'\n<h3>{esc(kommun)}</h3>\n<ul class="bsk-map-list">{lis}\n</ul>'
    body = f'''<p>Kartan visar var det finns projekt som har fått Boråsregionens sociala investeringsmedel. Klicka på en plats för att läsa mer. Gröna markeringar är pågående projekt och grå är avslutade.</p>
<div id="bsk-karta" class="bsk-map" data-geojson="{GEOJSON}" data-center="57.72,12.94" data-zoom="9" data-tiles="https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png" style="height: 480px;"></div>
<noscript><p>Kartan kräver JavaScript. Alla platser finns också i listan nedan.</p></noscript>
<h2>Platser på kartan</h2>{groups}
<p>Läs om hur medlen fördelas under <a href="{FOND}">Sociala investeringsmedel</a>.</p>'''
    content = f'''<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<div class="article-header"><h1 itemprop="headline">Projektkarta</h1></div>
	<div itemprop="articleBody">
{body}
	</div>
</div>'''
    return page(KARTA, 'Projektkarta', content, active=KARTA, crumbs=[('Verksamhet', VERK), ('Social hållbarhet', SOC),
                                                                      ('Projektkarta', KARTA)], itemid=124,
                extra_head='\n\t<link href="/media/mod_bsk_karta/leaflet/leaflet.css" rel="stylesheet">\n\t<script src="/media/mod_bsk_karta/leaflet/leaflet.js" defer></script>\n\t<script src="/media/mod_bsk_karta/js/karta.js" defer></script>')


# ------------------------------------------------------------------------------------------- other pages
def fond():
    body = f'''<div class="article-can-edit"><a href="{esc(EDIT_FOND)}" rel="nofollow" class="btn btn-sm btn-secondary">Redigera</a></div>
<p><strong>Boråsregionens sociala investeringsmedel ska stödja medlemskommunernas förebyggande arbete för barn, unga och vuxna. Varje år avsätter direktionen pengar som kommunerna kan söka för tidsbegränsade projekt.</strong></p>
<h2>Om medlen</h2>
<p>Medlen infördes 2019. Kommunerna söker en gång per år, och direktionen beslutar i juni. Kommunen ska själv stå för minst en fjärdedel av kostnaden, och projekten ska följas upp.</p>
<h2>Medlen i siffror</h2>
<ul>
<li>Avsatt 2026: 3,5 miljoner kronor</li>
<li>Beviljat 2019–2025: 19,2 miljoner kronor</li>
<li>Kommuner som har fått medel: 7 av 8</li>
</ul>
<h2>Var finns projekten?</h2>
<p>På <a href="{KARTA}">projektkartan</a> ser du var de pågående och avslutade projekten finns.</p>
<h2>Läs mer</h2>
<ul>
<li><a href="{SOKA}">Så söker ni medel</a></li>
<li><a href="{RIKT}">Riktlinjer för sociala investeringsmedel (PDF, 4 kB)</a></li>
<li><a href="{UPPF}">Uppföljning av sociala investeringsmedel 2019–2024 (PDF)</a></li>
</ul>'''
    return article(FOND, 'Sociala investeringsmedel', body, date='2025-12-16', category='Social hållbarhet',
                   crumbs=[('Verksamhet', VERK), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND)],
                   active=FOND, itemid=122, print_link=False)


def soka():
    body = f'''<p>Medlemskommunerna kan söka Boråsregionens sociala investeringsmedel en gång per år.</p>
<h2>Vem kan söka?</h2>
<p>De åtta medlemskommunerna, ensamma eller tillsammans. Föreningar och regionens verksamheter kan vara samverkansparter.</p>
<h2>Vad kan man söka för?</h2>
<p>Förebyggande projekt som pågår i högst tre år och har en plan för uppföljning.</p>
<h2>Hur går det till?</h2>
<ol>
<li>Kontakta processledaren för social hållbarhet.</li>
<li>Fyll i ansökningsblanketten och bifoga budget och plan för uppföljning.</li>
<li>Skicka ansökan till förbundet senast den 31 mars.</li>
</ol>
<h2>När får vi besked?</h2>
<p>Direktionen beslutar i juni. Läs villkoren i <a href="{RIKT}">riktlinjerna</a>.</p>'''
    return article(SOKA, 'Så söker ni sociala investeringsmedel', body, date='2025-12-16', category='Social hållbarhet',
                   crumbs=[('Verksamhet', VERK), ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND),
                           ('Så söker ni', SOKA)], active=SOKA, itemid=123, print_link=False)


def vald():
    body = '''<p><strong>Förbundets regionala samordnare mot våld i nära relationer stöder medlemskommunernas socialtjänst, skola och äldreomsorg i arbetet mot våld.</strong></p>
<h2>Det här gör samordnaren</h2>
<ul>
<li>Utbildar personal i kommunerna, bland annat i metoden FREDA</li>
<li>Leder ett nätverk för kommunernas handläggare</li>
<li>Samordnar arbetet med polisen, Kvinnojouren och hälso- och sjukvården</li>
</ul>
<h2>Bakgrund</h2>
<p>Funktionen startade 2019 som ett projekt som finansierades med sociala investeringsmedel 2019–2021. Sedan januari 2022 ingår den i förbundets ordinarie verksamhet och finansieras av medlemskommunerna.</p>
<h2>Kontakt</h2>
<p>Regional samordnare, <a href="mailto:vald@borasregionen.se">vald@borasregionen.se</a></p>'''
    return article(VALD, 'Samordnare mot våld i nära relationer', body, date='2024-05-06', category='Social hållbarhet',
                   crumbs=[('Verksamhet', VERK), ('Social hållbarhet', SOC), ('Samordnare mot våld i nära relationer', VALD)],
                   active=VALD, itemid=125, print_link=False)


def soc():
    body = f'''<p>Förbundet samordnar arbetet med social hållbarhet i Sjuhärad: folkhälsa, välfärdsbokslut, våld i nära relationer och sociala investeringsmedel.</p>
<ul>
<li><a href="{FOND}">Sociala investeringsmedel</a></li>
<li><a href="{KARTA}">Projektkarta</a></li>
<li><a href="{VALD}">Samordnare mot våld i nära relationer</a></li>
<li><a href="{VB}">Välfärdsbokslut Sjuhärad 2024 (PDF)</a></li>
</ul>'''
    return article(SOC, 'Social hållbarhet', body, date='2025-06-02', category='Verksamhet',
                   crumbs=[('Verksamhet', VERK), ('Social hållbarhet', SOC)], active=SOC, itemid=121, print_link=False)


def verk():
    body = f'''<p>Boråsregionen arbetar med frågor där kommunerna tillsammans kan göra mer än var för sig.</p>
<ul>
<li><a href="{SOC}">Social hållbarhet</a></li>
<li><a href="{UTB}">Utbildning och kompetens</a></li>
<li><a href="{NARING}">Näringsliv</a></li>
</ul>'''
    return article(VERK, 'Verksamhet', body, date='2025-01-10', category='Verksamhet', crumbs=[('Verksamhet', VERK)],
                   active=VERK, itemid=120, print_link=False)


def utb():
    body = '<p>Förbundet samordnar vuxenutbildning, validering och kompetensutveckling för personal i förskola och skola.</p>'
    return article(UTB, 'Utbildning och kompetens', body, date='2025-01-10', category='Verksamhet',
                   crumbs=[('Verksamhet', VERK), ('Utbildning och kompetens', UTB)], active=UTB, itemid=126, print_link=False)


def om():
    body = f'''<p>{NAME} är ett samarbete mellan Bollebygd, Borås, Herrljunga, Mark, Svenljunga, Tranemo, Ulricehamn och Vårgårda. Förbundet leds av en direktion med kommunstyrelsernas ordförande.</p>
<ul><li><a href="{DIREKTION}">Direktionen</a></li><li><a href="{MEDLEM}">Medlemskommuner</a></li></ul>'''
    return article(OM, 'Om förbundet', body, date='2025-01-10', category='Om oss', crumbs=[('Om oss', OM)], active=OM,
                   itemid=110, print_link=False)


def direktion():
    body = '<p>Direktionen består av kommunstyrelsernas ordförande i de åtta medlemskommunerna. Direktionen sammanträder sex gånger per år.</p>'
    return article(DIREKTION, 'Direktionen', body, date='2025-01-10', category='Om oss',
                   crumbs=[('Om oss', OM), ('Direktionen', DIREKTION)], active=DIREKTION, itemid=111, print_link=False)


def medlem():
    lis = ''.join(f'<li><a href="{h}" rel="external">{n}</a></li>' for n, h in [
        ('Bollebygds kommun', 'https://www.bollebygd.se/'), ('Borås Stad', 'https://www.boras.se/'),
        ('Herrljunga kommun', 'https://www.herrljunga.se/'), ('Marks kommun', 'https://www.mark.se/'),
        ('Svenljunga kommun', 'https://www.svenljunga.se/'), ('Tranemo kommun', 'https://www.tranemo.se/'),
        ('Ulricehamns kommun', 'https://www.ulricehamn.se/'), ('Vårgårda kommun', 'https://www.vargarda.se/')])
    body = f'<p>Förbundets åtta medlemskommuner har tillsammans drygt 230 000 invånare.</p>\n<ul>{lis}</ul>'
    return article(MEDLEM, 'Medlemskommuner', body, date='2025-01-10', category='Om oss',
                   crumbs=[('Om oss', OM), ('Medlemskommuner', MEDLEM)], active=MEDLEM, itemid=112, print_link=False)


NEWS = [
    (N_CALL, 'Nu kan kommunerna söka sociala investeringsmedel för 2026', '2026-01-19', f'''<p><strong>Nu är ansökningsomgången öppen. Medlemskommunerna kan söka Boråsregionens sociala investeringsmedel för projekt som startar 2026 eller 2027.</strong></p>
<p>Direktionen har avsatt 3,5 miljoner kronor. Sista dag att söka är den 31 mars 2026, och beslut fattas i juni.</p>
<p>Läs om <a href="{SOKA}">hur ni söker</a> och om villkoren i <a href="{RIKT}">riktlinjerna</a>.</p>'''),
    (N_EV, 'Nätverksträff: social hållbarhet i Sjuhärad', '2026-01-12', f'''<p>Välkommen till vårens nätverksträff för er som arbetar med social hållbarhet och sociala investeringar i medlemskommunerna.</p>
<ul>
<li><strong>Datum:</strong> 19 mars 2026</li>
<li><strong>Tid:</strong> 09.00–15.00</li>
<li><strong>Plats:</strong> Förbundets lokaler, Skaraborgsvägen 1 A, Borås</li>
<li><strong>Kostnad:</strong> Ingen avgift, lunch ingår</li>
<li><strong>Sista anmälningsdag:</strong> 5 mars 2026</li>
<li><strong>Anmälan:</strong> via formuläret på sidan</li>
<li><strong>Arrangör:</strong> {NAME}</li>
</ul>
<p>På förmiddagen berättar projekten Framsteget och Träffpunkt Tranemo 75+ om sitt första år. På eftermiddagen arbetar vi med uppföljning.</p>
<p><a href="{CAL_EV}" rel="nofollow">Visa i kalendern</a></p>'''),
    (N_JOB, 'Vi söker en processledare för social hållbarhet', '2025-11-24', '''<p>Boråsregionen söker en processledare som ska samordna arbetet med social hållbarhet och sociala investeringsmedel i Sjuhärad.</p>
<h2>Om tjänsten</h2>
<p>Du stöder kommunerna i ansökningar och uppföljning, leder nätverk och tar fram underlag till direktionen.</p>
<h2>Kvalifikationer</h2>
<p>Akademisk examen inom samhällsvetenskap eller folkhälsa och erfarenhet av processledning.</p>
<ul>
<li>Anställningsform: Tillsvidareanställning</li>
<li>Omfattning: Heltid</li>
<li>Tillträde: Enligt överenskommelse</li>
<li>Sista ansökningsdag: 4 januari 2026</li>
</ul>'''),
    (N_BUDGET, 'Direktionen har antagit budget 2026', '2025-12-15', f'''<p>Direktionen antog den 12 december budget och verksamhetsplan för 2026. Budgeten omsluter 66,8 miljoner kronor.</p>
<p><a href="{pdf_path('arsredovisning-och-budget', 'budget-och-verksamhetsplan-2026')}">Budget och verksamhetsplan 2026 (PDF)</a></p>'''),
    (N_VB, 'Välfärdsbokslut 2024 är klart', '2025-06-02', f'''<p>Välfärdsbokslutet för Sjuhärad 2024 beskriver hälsa och levnadsvillkor i de åtta kommunerna.</p>
<p><a href="{VB}">Välfärdsbokslut Sjuhärad 2024 (PDF)</a></p>'''),
    (N_UTB, 'Ny utbildning för förskolans personal', '2025-09-01', '''<p>Till hösten startar en gemensam utbildning i språkutvecklande arbetssätt för barnskötare i Sjuhärad.</p>'''),
]


def news(path, title, date, body):
    return article(path, title, body, date=date, category='Aktuellt', crumbs=[('Aktuellt', AKT), (title, path)],
                   active=AKT, itemid=130, print_link=(path == N_EV))


def aktuellt():
    items = ''
    for p, t, d, _ in sorted(NEWS, key=lambda x: x[2], reverse=True):
        items += f'''
<div class="article-list-item"><div class="article"><div class="article-body"><div class="article-header"><h2><a href="{p}">{esc(t)}</a></h2></div><div class="article-info"><span class="published"><time datetime="{d}T09:00:00+01:00">{sv_date(d)}</time></span></div></div></div></div>'''
    content = f'''<div class="blog com-content-category-blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>Aktuellt</h1></div>
<div class="article-list articles-leading">{items}
</div>
<p><a href="{AKT}?format=feed&amp;type=rss">RSS-flöde</a></p>
</div>'''
    return page(AKT, 'Aktuellt', content, active=AKT, crumbs=[('Aktuellt', AKT)], view='category', itemid=130)


def dok_start():
    lis = ''.join(f'<li><a href="{DOK}/{c}">{t}</a> – {d}</li>' for c, t, d in CATEGORIES)
    content = f'''<div class="com-dokument">
<div class="page-header"><h1>Dokument</h1></div>
<p>Här finns förbundets protokoll, årsredovisningar, rapporter och styrdokument.</p>
<ul class="dokument-kategorier">{lis}</ul>
<form class="mod-finder" action="/component/finder/search" method="get" role="search"><label for="dok-q">Sök bland dokumenten</label><input type="text" name="q" id="dok-q"><input type="hidden" name="Itemid" value="140"><button type="submit">Sök</button></form>
<p>Vanliga sökningar: <a href="{esc(FINDER)}">slutrapport</a></p>
</div>'''
    return page(DOK, 'Dokument', content, active=DOK, crumbs=[('Dokument', DOK)], view='categories', itemid=140)


def dok_cat(cat, title, intro):
    docs = sorted([d for d in DOCS if d[0] == cat], key=lambda d: d[3], reverse=True)
    rows = ''
    for c, name, dtitle, date, lines, image in docs:
        size = max(2, round(len(pdf(lines, name, dtitle, NAME, image)) / 1024))
        rows += f'\n<tr><td><a href="{pdf_path(c, name)}" type="application/pdf">{esc(dtitle)}</a></td><td>{date}</td><td>PDF</td><td>{size} kB</td></tr>'
    base = f'{DOK}/{cat}'
    extra = ''
    if cat == 'protokoll':
        extra = f'''
<p class="dokument-snabbval">Visa år: <a href="{base}?filter_year=2025">2025</a> · <a href="{base}?filter_year=2024">2024</a></p>
<p>Äldre protokoll finns i arkivet: <a href="{ARKIV[0]}">2023</a>, <a href="{ARKIV[1]}">2022</a>.</p>'''
    sort = (f'<th><a href="{esc(base + "?filter_order=a.title&filter_order_Dir=asc")}">Titel</a></th>'
            f'<th><a href="{esc(base + "?filter_order=a.publish_up&filter_order_Dir=desc")}">Datum</a></th>')
    content = f'''<div class="com-dokument category-list">
<div class="page-header"><h1>{esc(title)}</h1></div>
<p>{esc(intro)}</p>
<form action="{base}" method="get" name="adminForm" id="adminForm" class="dokument-filter">
<label for="filter_year">År</label>
<select name="filter_year" id="filter_year" onchange="this.form.submit()"><option value="">Alla år</option><option value="2025">2025</option><option value="2024">2024</option><option value="2023">2023</option></select>
<label for="filter_search">Sök i listan</label><input type="text" name="filter_search" id="filter_search" value="">
<button type="submit" class="btn btn-secondary">Filtrera</button>
</form>{extra}
<table class="table table-striped dokument-table">
<caption class="visually-hidden">{esc(title)}</caption>
<thead><tr>{sort}<th>Typ</th><th>Storlek</th></tr></thead>
<tbody>{rows}
</tbody>
</table>
</div>'''
    return page(base, title, content, active=base, crumbs=[('Dokument', DOK), (title, base)], view='category', itemid=141)


def start():
    latest = ''.join(f'<li><a href="{p}">{esc(t)}</a> <time datetime="{d}">{sv_date(d)}</time></li>'
                     for p, t, d, _ in sorted(NEWS, key=lambda x: x[2], reverse=True)[:3])
    content = f'''<div class="bsk-start">
<div class="bsk-hero"><h1>Tillsammans gör vi Sjuhärad starkare</h1><p>{NAME} är åtta kommuners samarbete för utbildning, välfärd och hållbar utveckling.</p></div>
<div class="row bsk-puffar">
<div class="col-md-4"><h2><a href="{SOC}">Social hållbarhet</a></h2><p>Folkhälsa, välfärdsbokslut och sociala investeringsmedel.</p></div>
<div class="col-md-4"><h2><a href="{UTB}">Utbildning och kompetens</a></h2><p>Vuxenutbildning och kompetensutveckling.</p></div>
<div class="col-md-4"><h2><a href="{DOK}">Dokument</a></h2><p>Protokoll, rapporter och styrdokument.</p></div>
</div>
<h2>Aktuellt</h2>
<ul class="latestnews">{latest}</ul>
<p><a href="{AKT}">Fler nyheter</a></p>
<h2>Vanliga sökningar</h2>
<p><a href="{SEARCHES[0]}">Protokoll</a> · <a href="{SEARCHES[1]}">Sociala investeringsmedel</a></p>
</div>'''
    return page(START, 'Hem', content, active=START, crumbs=None, view='featured', itemid=101, side=False)


def simple(path, title, text):
    return article(path, title, text, date='2025-01-10', category='Om webbplatsen', crumbs=[(title, path)],
                   itemid=150, print_link=False)


def robots():
    return '''# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
# Boråsregionen
Disallow: /sok
Disallow: /component/finder/
Disallow: /kalender
Disallow: /images/dokument/arkiv/
Disallow: /*?filter_
Disallow: /*&filter_
Disallow: /*?tmpl=
Disallow: /*&tmpl=
Disallow: /*?task=
Crawl-delay: 2

Sitemap: https://www.borasregionen.se/sitemap.xml
'''


def sitemap():
    rows = [(p, '2025-12-16', None, None) for p in [START, OM, DIREKTION, MEDLEM, VERK, SOC, FOND, SOKA, KARTA, VALD, UTB,
                                                    AKT] + [n[0] for n in NEWS] + [DOK] + [f'{DOK}/{c}' for c, _, _ in CATEGORIES] +
            [KONTAKT, TILLG, KAKOR]]
    return urlset(H, rows)


def build():
    write(H, '/robots.txt', robots())
    write(H, '/sitemap.xml', sitemap())
    write(H, START, start())
    for path, fn in [(K1, k1), (K2, k2), (K3, k3), (K4, k4), (K5, k5), (KARTA, karta), (FOND, fond), (SOKA, soka),
                     (VALD, vald), (SOC, soc), (VERK, verk), (UTB, utb), (OM, om), (DIREKTION, direktion),
                     (MEDLEM, medlem), (AKT, aktuellt), (DOK, dok_start)]:
        write(H, path, fn())
    write(H, GEOJSON, geojson())
    for p, t, d, b in NEWS:
        write(H, p, news(p, t, d, b))
    for c, t, intro in CATEGORIES:
        write(H, f'{DOK}/{c}', dok_cat(c, t, intro))
    for c, name, dtitle, date, lines, image in DOCS:
        y, m, dd = date.split('-')
        write(H, pdf_path(c, name), pdf(lines, name, dtitle, NAME if c != 'rapporter' else 'Boråsregionen', image,
                                        created=f"D:{y}{m}{dd}100000+01'00'"))
    write(H, KONTAKT, simple(KONTAKT, 'Kontakt', f'<p>{NAME}, Skaraborgsvägen 1 A, 506 30 Borås. Telefon 033-17 35 00.</p>'))
    write(H, TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', '<p>Förbundet står bakom den här webbplatsen och vill att så många som möjligt ska kunna använda den.</p>'))
    write(H, KAKOR, simple(KAKOR, 'Kakor', '<p>Webbplatsen använder en sessionskaka som försvinner när du stänger webbläsaren.</p>'))
