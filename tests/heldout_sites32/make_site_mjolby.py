"""Mjölby kommun (0586, about 28 000 inhabitants; Mjölby, Mantorp, Skänninge, Väderstad, Sya, Spångsholm) on DRUPAL 7
(7.101, a Zen sub-theme 'mjolby', Superfish main menu, Metatag, Pathauto, Print, Views, Calendar) – heldout_sites32.

Drupal 7 with clean URLs and Pathauto aliases WITHOUT a trailing slash (saved as <path>/index.html), root-relative
links as l() writes them, the Metatag module's absolute <link rel=canonical> and <link rel=shortlink> /node/<nid>
(no page: 404), aggregated CSS/JS under /sites/default/files/ and core files under /misc/ and /modules/ (not saved).
Regions: header (logo, search block, Superfish menu with two levels in the HTML), breadcrumb, sidebar_first (the
section's menu_block), content, sidebar_second (blocks), footer.

THE PROJECT PAGES SHARE ONE <title>: every node of the content type 'Projekt' gets the Metatag default pattern
'[node:content-type] - [site:name]', so the <title> of every project page is 'Projekt - Mjölby kommun' (og:title
'Projekt', one generic description); only the h1 differs. The same content type holds the municipality's BUILDING
projects (water mains, a square), with the same <title>, the same /projekt/<slug> addresses and the same field layout.

THE SOCIAL INVESTMENTS ARE LISTED ONLY in (a) the yearly follow-up 'Uppföljning av sociala investeringar 2024' (and
2023): ONE LONG PAGE whose table of contents links #anchors into its own sections, one per project; the fund page,
a news item and the Årsredovisning link INTO that page with fragments; and (b) the Views block 'Läs mer om projekten'
in the right sidebar (sidebar_second) of the fund section, which links the ongoing projects' own pages. A finished
project's page is linked only from its section of the 2024 follow-up ('Läs slutrapporten på projektets sida'). There
is no XML sitemap (the xmlsitemap module is not installed; /sitemap.xml is 404, no Sitemap line).
"""
from make_common import write, esc, numid, hexid

H = 'www.mjolby.se'

BU = '/barn-och-utbildning'
OS = '/omsorg-och-stod'
BF = OS + '/barn-och-familj'
FALT = BF + '/faltgruppen'                     # a standing service that began as a social investment
BBM = '/bygga-bo-och-miljo'
SBP = BBM + '/samhallsbyggnadsprojekt'         # a Views list of the BUILDING projects only
KF = '/kultur-och-fritid'
KP = '/kommun-och-politik'
SH = KP + '/social-hallbarhet'
FUND = SH + '/sociala-investeringar'
SOKA = FUND + '/sa-soker-du-medel'
RIKT = FUND + '/riktlinjer-for-fonden'
UPPF24 = FUND + '/uppfoljning-av-sociala-investeringar-2024'
UPPF23 = FUND + '/uppfoljning-av-sociala-investeringar-2023'
EKO = KP + '/ekonomi-och-budget'
AR24 = EKO + '/arsredovisning-2024'
JOBS = KP + '/lediga-jobb'
JOB = JOBS + '/familjebehandlare-till-familjestod-i-mantorp'
P1 = '/projekt/familjestod-i-mantorp'
P2 = '/projekt/narvarolyftet'
P3 = '/projekt/aktiv-fritid-i-vaderstad'
P4 = '/projekt/vagen-till-jobb'
P5 = '/projekt/trygga-aldre-i-skanninge'     # finished: only from its section of the 2024 follow-up
PROJECTS = [P1, P2, P3, P4, P5]
B1 = '/projekt/ny-vattenledning-mjolby-skanninge'
B2 = '/projekt/ombyggnad-av-stora-torget-i-skanninge'
NYH = '/nyheter'
N_FUND = '/nyheter/2025/fonden-for-sociala-investeringar-far-fem-miljoner-kronor-till'
N_P1 = '/nyheter/2025/familjestodet-i-mantorp-har-natt-over-hundra-familjer'
N_VA = '/nyheter/2025/vattnet-stangs-av-pa-kungsgatan-i-skanninge'
N_BIB = '/nyheter/2025/nya-oppettider-pa-biblioteket-i-mantorp'
EVS = '/evenemang'
EV = '/evenemang/frukostmote-sociala-investeringar-i-praktiken'
EV_MARK = '/evenemang/julmarknad-i-skanninge'
KONTAKT = '/kontakta-oss'
OMW = '/om-webbplatsen'
KAKOR = OMW + '/kakor'
TILLG = OMW + '/tillganglighetsredogorelse'
NOT_PROJECTS = [FUND, SOKA, RIKT, N_FUND, EV, JOB, FALT, B1, B2]


def nid(path):
    return numid('mjolby' + path, 180, 900)


SEARCHES = ['/search/node/bygglov', '/search/node/f%C3%B6rskola', '/search/node/lediga%20jobb']
LOGINS = ['/user/login?destination=node/' + str(nid(p)) for p in ('/', FUND, P1)]
PRINT_PAGES = [FUND, UPPF24] + PROJECTS
EDIT = f'/node/{nid(RIKT)}/edit?destination=admin/content'
CAL = ['/evenemang/kalender/month/2026-03', '/evenemang/kalender/month/2026-04']


def forbidden():
    return SEARCHES + LOGINS + ['/print/' + str(nid(p)) for p in PRINT_PAGES] + [EDIT] + CAL


# ------------------------------------------------------------------------------------------------------------ chrome
MENU = [
    ('Barn och utbildning', BU, [('Förskola', BU + '/forskola'), ('Grundskola', BU + '/grundskola'),
                                 ('Gymnasieskola', BU + '/gymnasieskola')]),
    ('Omsorg och stöd', OS, [('Barn och familj', BF), ('Äldreomsorg', OS + '/aldreomsorg'),
                             ('Ekonomiskt bistånd', OS + '/ekonomiskt-bistand')]),
    ('Bygga, bo och miljö', BBM, [('Bygglov', BBM + '/bygglov'), ('Samhällsbyggnadsprojekt', SBP),
                                  ('Vatten och avlopp', BBM + '/vatten-och-avlopp')]),
    ('Kultur och fritid', KF, [('Bibliotek', KF + '/bibliotek'), ('Evenemang', EVS), ('Idrott och motion', KF + '/idrott-och-motion')]),
    ('Kommun och politik', KP, [('Social hållbarhet', SH), ('Ekonomi och budget', EKO), ('Nyheter', NYH),
                                ('Lediga jobb', JOBS)]),
]


def superfish(active_top):
    out = []
    for i, (name, href, kids) in enumerate(MENU, 1):
        cls = f'menu-{nid(href)} sf-depth-1 menuparent' + (' active-trail' if href == active_top else '')
        if i == 1:
            cls += ' first'
        if i == len(MENU):
            cls += ' last'
        sub = ''.join(
            f'<li class="menu-{nid(h)} sf-depth-2 sf-no-children{" first" if j == 0 else ""}{" last" if j == len(kids) - 1 else ""}">'
            f'<a href="{h}" class="sf-depth-2">{t}</a></li>' for j, (t, h) in enumerate(kids))
        out.append(f'<li id="menu-{nid(href)}-1" class="{cls}"><a href="{href}" class="sf-depth-1 menuparent">{name}</a>'
                   f'<ul>{sub}</ul></li>')
    return ('<ul id="superfish-1" class="menu sf-menu sf-main-menu sf-horizontal sf-style-none sf-total-items-5 '
            'sf-parent-items-5 sf-single-items-0">' + ''.join(out) + '</ul>')


def header(active_top, path):
    return f'''  <div id="header"><div class="section clearfix">
      <a href="/" title="Startsida" rel="home" id="logo"><img src="https://www.mjolby.se/sites/all/themes/mjolby/logo.png" alt="Mjölby kommun" /></a>
      <div class="region region-header">
    <div id="block-block-7" class="block block-block first odd">
      <div class="content">
        <ul class="verktyg"><li><a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=9216&amp;lang=sv_se&amp;readid=main-content" rel="nofollow" class="rs-link">Lyssna</a></li><li><a href="/lattlast">Lättläst</a></li><li><a href="/other-languages" lang="en">Other languages</a></li></ul>
      </div>
    </div>
    <div id="block-search-form" class="block block-search even" role="search">
      <div class="content">
        <form action="{path}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">Sökformulär</h2>
    <div class="form-item form-type-textfield form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">Sök </label>
 <input title="Ange de ord du vill söka efter." placeholder="Vad letar du efter?" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Sök" class="form-submit" /></div><input type="hidden" name="form_build_id" value="form-{hexid('fb' + path, 43)}" />
<input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form>
      </div>
    </div>
    <div id="block-superfish-1" class="block block-superfish last odd">
      <div class="content">
        {superfish(active_top)}
      </div>
    </div>
  </div>
    </div></div>'''


def footer(path):
    node = nid(path)
    return f'''  <div id="footer-wrapper"><div class="section">
    <div class="region region-footer">
      <div id="block-block-3" class="block block-block first odd">
        <h2 class="block-title">Mjölby kommun</h2>
        <div class="content"><p>595 80 Mjölby<br />Besöksadress: Burensköldsvägen 11<br />Telefon: 0142-850 00<br /><a href="mailto:kommun@mjolby.se">kommun@mjolby.se</a></p></div>
      </div>
      <div id="block-menu-menu-sidfot" class="block block-menu even" role="navigation">
        <h2 class="block-title">Om webbplatsen</h2>
        <div class="content"><ul class="menu"><li class="first leaf"><a href="{KONTAKT}">Kontakta oss</a></li>
<li class="leaf"><a href="{OMW}">Om webbplatsen</a></li>
<li class="leaf"><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
<li class="leaf"><a href="{KAKOR}">Kakor</a></li>
<li class="last leaf"><a href="/user/login?destination=node/{node}" rel="nofollow">Logga in</a></li>
</ul></div>
      </div>
      <div id="block-block-4" class="block block-block last odd">
        <h2 class="block-title">Följ oss</h2>
        <div class="content"><p><a href="https://www.facebook.com/mjolbykommun">Facebook</a> <a href="https://www.instagram.com/mjolbykommun/">Instagram</a> <a href="https://www.linkedin.com/company/mjolby-kommun">Linkedin</a></p></div>
      </div>
    </div>
  </div></div>'''


def crumbs(trail):
    if not trail:
        return ''
    parts = ['<a href="/">Startsida</a>'] + [f'<a href="{h}">{t}</a>' for t, h in trail[:-1]] + [esc(trail[-1][0])]
    return f'''      <div id="breadcrumb"><h2 class="element-invisible">Du är här</h2><div class="breadcrumb">{' » '.join(parts)}</div></div>
'''


def menu_block(root_title, root, items, current):
    """menu_block in sidebar_first: the section's tree, the open branch expanded."""
    def lis(items, depth):
        out = []
        for t, h, kids in items:
            act = ' active-trail' if current == h or current.startswith(h + '/') else ''
            a = f'<a href="{h}"{" class=" + chr(34) + "active" + chr(34) if h == current else ""}>{t}</a>'
            sub = ''
            if kids and act:
                sub = '<ul class="menu">' + ''.join(lis(kids, depth + 1)) + '</ul>'
            out.append(f'<li class="{"expanded" if kids else "leaf"}{act} menu-mlid-{nid(h)}">{a}{sub}</li>')
        return out
    return f'''<div id="block-menu-block-2" class="block block-menu-block first odd" role="navigation">
        <h2 class="block-title"><a href="{root}">{root_title}</a></h2>
        <div class="content"><div class="menu-block-wrapper menu-block-2 menu-name-main-menu parent-mlid-0 menu-level-2">
  <ul class="menu">{''.join(lis(items, 1))}</ul></div>
</div>
      </div>'''


KP_TREE = [('Social hållbarhet', SH, [('Sociala investeringar', FUND, [
    ('Så söker du medel', SOKA, None), ('Riktlinjer för fonden', RIKT, None),
    ('Uppföljning 2024', UPPF24, None), ('Uppföljning 2023', UPPF23, None)])]),
    ('Ekonomi och budget', EKO, [('Årsredovisning 2024', AR24, None)]),
    ('Nyheter', NYH, None), ('Lediga jobb', JOBS, None)]
OS_TREE = [('Barn och familj', BF, [('Fältgruppen', FALT, None)]), ('Äldreomsorg', OS + '/aldreomsorg', None),
           ('Ekonomiskt bistånd', OS + '/ekonomiskt-bistand', None)]
BBM_TREE = [('Bygglov', BBM + '/bygglov', None), ('Samhällsbyggnadsprojekt', SBP, None),
            ('Vatten och avlopp', BBM + '/vatten-och-avlopp', None)]

ONGOING = [(P1, 'Familjestöd i Mantorp'), (P2, 'Närvarolyftet'), (P3, 'Aktiv fritid i Väderstad'), (P4, 'Vägen till jobb')]


def box_projekt():
    """The Views block 'Läs mer om projekten' (view 'projekt', display block_1: type Projekt, Kategori = Social
    investering, Status = Pågående, sorted by title), shown on the fund page and its children."""
    rows = ''.join(
        f'''
  <li class="views-row views-row-{i} views-row-{"odd" if i % 2 else "even"}{" views-row-first" if i == 1 else ""}{" views-row-last" if i == len(ONGOING) else ""}">
  <div class="views-field views-field-title">        <span class="field-content"><a href="{p}">{t}</a></span>  </div></li>'''
        for i, (p, t) in enumerate(sorted(ONGOING, key=lambda x: x[1]), 1))
    return f'''<div id="block-views-projekt-block-1" class="block block-views first odd">
        <h2 class="block-title">Läs mer om projekten</h2>
        <div class="content"><div class="view view-projekt view-id-projekt view-display-id-block_1 view-dom-id-{hexid('vd-box', 32)}">
      <div class="view-header"><p>Pågående projekt som får pengar ur den sociala investeringsfonden:</p></div>
      <div class="view-content">
      <div class="item-list">    <ul>{rows}
      </ul></div>    </div>
      <div class="view-footer"><p>Avslutade projekt redovisas i <a href="{UPPF24}#avslutade">uppföljningen</a>.</p></div>
</div></div>
      </div>
      <div id="block-block-12" class="block block-block even">
        <h2 class="block-title">Kontakt</h2>
        <div class="content"><p>Ulrika Sjöberg<br />Folkhälsostrateg<br />Telefon: 0142-851 64<br /><a href="mailto:ulrika.sjoberg@mjolby.se">ulrika.sjoberg@mjolby.se</a></p></div>
      </div>'''


def page(path, h1, content, trail=None, top='', first=None, second=None, ntype='page', title=None, desc='',
         printable=False, updated='2025-10-14', front=False):
    node = nid(path)
    title_tag = title or f'{h1} | Mjölby kommun'
    og = title.split(' - ')[0] if title else h1
    sidebars = ('two-sidebars' if first and second else 'one-sidebar sidebar-first' if first else
                'one-sidebar sidebar-second' if second else 'no-sidebars')
    body_cls = ('html front not-logged-in no-sidebars page-node' if front else
                f'html not-front not-logged-in {sidebars} page-node page-node- page-node-{node} node-type-{ntype} i18n-sv')
    links = ''
    if printable:
        links = f'''
          <ul class="links inline"><li class="print_html first last"><a href="/print/{node}" title="Visa en utskriftsvänlig version av denna sida." class="print-page" rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" src="https://www.mjolby.se/sites/all/modules/print/icons/print_icon.png" width="16px" height="16px" alt="Skriv ut" title="Skriv ut" />Skriv ut</a></li></ul>'''
    side1 = f'''
      <div id="sidebar-first" class="column sidebar"><div class="section">
    <div class="region region-sidebar-first">
      {first}
    </div>
      </div></div>''' if first else ''
    side2 = f'''
      <div id="sidebar-second" class="column sidebar"><div class="section">
    <div class="region region-sidebar-second">
      {second}
    </div>
      </div></div>''' if second else ''
    h1_html = '' if front else f'        <h1 class="title" id="page-title">{h1}</h1>\n'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://www.mjolby.se/sites/all/themes/mjolby/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{esc(desc or og)}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="https://www.mjolby.se{path if path != '/' else '/'}" />
<link rel="shortlink" href="https://www.mjolby.se/node/{node}" />
<meta property="og:site_name" content="Mjölby kommun" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://www.mjolby.se{path}" />
<meta property="og:title" content="{esc(og)}" />
<meta property="article:modified_time" content="{updated}T09:12:44+02:00" />
  <title>{esc(title_tag)}</title>
  <style type="text/css" media="all">
@import url("https://www.mjolby.se/modules/system/system.base.css?sv3k1q");
@import url("https://www.mjolby.se/sites/all/modules/views/css/views.css?sv3k1q");
</style>
<style type="text/css" media="all">
@import url("https://www.mjolby.se/sites/default/files/css/css_{hexid('mj-css', 43)}.css");
</style>
  <script type="text/javascript" src="https://www.mjolby.se/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://www.mjolby.se/misc/drupal.js?sv3k1q"></script>
<script type="text/javascript" src="https://www.mjolby.se/sites/default/files/js/js_{hexid('mj-js', 43)}.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"mjolby","theme_token":"{hexid('tt' + path, 43)}"}},"superfish":{{"1":{{"id":"1","sf":{{"animation":{{"opacity":"show"}},"speed":"fast"}},"plugins":{{"smallscreen":{{"mode":"window_width","breakpoint":768}}}}}}}}}});
//--><!]]>
</script>
</head>
<body class="{body_cls}" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Hoppa till huvudinnehåll</a>
  </div>
    <div id="page-wrapper"><div id="page">
{header(top, path)}
  <div id="main-wrapper"><div id="main" class="clearfix">
{crumbs(trail)}{side1}
    <div id="content" class="column" role="main"><div class="section">
      <a id="main-content"></a>
{h1_html}        <div class="tabs"></div>
          <div class="region region-content">
    <div id="block-system-main" class="block block-system">
      <div class="content">
        <div id="node-{node}" class="node node-{ntype} node-promoted view-mode-full clearfix" about="{path}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(h1)}" class="rdf-meta element-hidden"></span>
  <div class="content">
{content}
  </div>{links}
  <div class="field field-name-field-senast-uppdaterad field-type-datetime field-label-inline clearfix"><div class="field-label">Senast uppdaterad:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{updated}T09:12:44+02:00">{updated}</span></div></div></div>
</div>
      </div>
    </div>
  </div>
    </div></div>{side2}
  </div></div>
{footer(path)}
  </div></div>
  <script type="text/javascript" src="https://www.mjolby.se/sites/all/libraries/superfish/superfish.js?sv3k1q"></script>
</body>
</html>
'''


def body(html_text):
    return f'''    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{html_text}
</div></div></div>'''


def ingress(text):
    return f'''    <div class="field field-name-field-ingress field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p class="ingress">{text}</p></div></div></div>
'''


def field(name, label, value):
    return f'''    <div class="field field-name-field-{name} field-type-text field-label-inline clearfix"><div class="field-label">{label}:&nbsp;</div><div class="field-items"><div class="field-item even">{value}</div></div></div>
'''


def fund_page(path, h1, content, desc='', printable=False, updated='2025-10-14'):
    trail = [('Kommun och politik', KP), ('Social hållbarhet', SH)]
    if path != FUND:
        trail.append(('Sociala investeringar', FUND))
    trail.append((h1, path))
    return page(path, h1, content, trail, KP, first=menu_block('Kommun och politik', KP, KP_TREE, path),
                second=box_projekt(), desc=desc, printable=printable, updated=updated)


# ---------------------------------------------------------------------------------------------------------- projects
def projekt(path, h1, lead, text, facts, updated, section_trail=None):
    """A node of the type 'Projekt': the Metatag default gives every one the <title> 'Projekt - Mjölby kommun'."""
    content = ingress(lead) + body(text) + '    <div class="group-fakta field-group-div"><h2><span>Fakta om projektet</span></h2>\n' + \
        ''.join(field(n, l, v) for n, l, v in facts) + '    </div>'
    trail = section_trail or [('Kommun och politik', KP), ('Social hållbarhet', SH), ('Sociala investeringar', FUND)]
    return page(path, h1, content, trail + [(h1, path)], trail[0][1], ntype='projekt', title='Projekt - Mjölby kommun',
                desc='Projekt i Mjölby kommun.', printable=True, updated=updated)


def p1():
    text = '''<p>Familjestöd i Mantorp är en social investering som ska ge föräldrar i Mantorp stöd tidigt, innan små problem växer sig stora. Två familjebehandlare finns på plats i Mantorp, på förskolorna, på barnavårdscentralen och på öppna förskolan, och föräldrarna kan boka ett samtal utan att ansöka om bistånd.</p>
<h2>Bakgrund</h2>
<p>Antalet orosanmälningar för barn i Mantorp har ökat under flera år, och många familjer får kontakt med socialtjänsten först när situationen redan är svår. Föräldrar har också berättat att de inte vet vart de ska vända sig med frågor om sömn, gränssättning eller konflikter i familjen.</p>
<h2>Så arbetar vi</h2>
<ul>
<li>Familjebehandlarna har öppen mottagning på öppna förskolan i Mantorp varje tisdag.</li>
<li>Föräldragruppen ABC (Alla barn i centrum) ges två gånger per termin.</li>
<li>Förskolornas personal kan be om handledning när de är oroliga för ett barn.</li>
<li>Barnavårdscentralen i Mantorp och familjebehandlarna gör gemensamma hembesök när barnet är åtta månader.</li>
</ul>
<h2>Uppföljning</h2>
<p>Projektet följs upp varje halvår med antalet familjer som fått stöd, föräldrarnas egna skattningar och antalet orosanmälningar. Resultaten redovisas i den årliga uppföljningen av de sociala investeringarna.</p>'''
    facts = [('projektperiod', 'Projektperiod', '1 januari 2024 – 31 december 2026'),
             ('beviljat', 'Beviljat belopp', '2 100 000 kronor ur den sociala investeringsfonden'),
             ('projektagare', 'Projektägare', 'Socialförvaltningen, familjeenheten'),
             ('samverkan', 'Samverkanspartner', 'Barnavårdscentralen i Mantorp (Region Östergötland), förskolorna i Mantorp, öppna förskolan'),
             ('malgrupp', 'Målgrupp', 'Föräldrar med barn 0–12 år i Mantorp'),
             ('bemanning', 'Bemanning', 'Två familjebehandlare på heltid'),
             ('kategori', 'Kategori', 'Social investering'),
             ('status', 'Status', 'Pågår')]
    return projekt(P1, 'Familjestöd i Mantorp', 'Två familjebehandlare ger föräldrar i Mantorp stöd tidigt, utan ansökan.', text, facts, '2025-09-02')


def p2():
    text = '''<p>Närvarolyftet är ett projekt för elever i årskurs 4–9 som är borta mycket från skolan. Ett närvaroteam med en skolkurator, en specialpedagog och en socialsekreterare arbetar på Kungshögaskolan i Mjölby och Vifolkaskolan i Skänninge.</p>
<h2>Varför behövs projektet?</h2>
<p>Hög frånvaro är en av de starkaste varningssignalerna för att en elev inte ska klara grundskolan. Sedan 2021 har andelen elever med problematisk frånvaro i Mjölby ökat från 6 till 9 procent. Ju längre frånvaron pågår, desto svårare blir det att vända den.</p>
<h2>Arbetssätt</h2>
<p>Skolan kontaktar vårdnadshavarna redan efter tre dagars frånvaro under en månad. Närvaroteamet kartlägger orsakerna tillsammans med eleven och familjen och gör en plan som följs upp varannan vecka. När familjen behöver mer stöd finns socialsekreteraren med från början, så att familjen inte behöver berätta sin historia flera gånger.</p>
<p>Kommunfullmäktige beviljade 2 750 000 kronor ur den sociala investeringsfonden i juni 2024. Projektet pågår från augusti 2024 till juni 2027.</p>'''
    facts = [('projektperiod', 'Projektperiod', 'augusti 2024 – juni 2027'),
             ('beviljat', 'Beviljat belopp', '2 750 000 kronor'),
             ('projektagare', 'Projektägare', 'Utbildningsförvaltningen, elevhälsan'),
             ('samverkan', 'Samverkanspartner', 'Socialförvaltningen, Barn- och ungdomspsykiatrin i Mjölby (Region Östergötland)'),
             ('malgrupp', 'Målgrupp', 'Elever i årskurs 4–9 med hög frånvaro och deras vårdnadshavare'),
             ('bemanning', 'Bemanning', 'En skolkurator, en specialpedagog och en socialsekreterare, alla på heltid'),
             ('kategori', 'Kategori', 'Social investering'),
             ('status', 'Status', 'Pågår')]
    return projekt(P2, 'Närvarolyftet', 'Ett närvaroteam hjälper elever med hög frånvaro tillbaka till skolan.', text, facts, '2025-08-21')


def p3():
    text = '''<p>Aktiv fritid i Väderstad är en social investering för barn och unga i Väderstad och Hogstad som i dag saknar en meningsfull fritid. En fritidsledare samordnar aktiviteter tillsammans med föreningarna, skolan och biblioteket, och barnen får låna utrustning gratis.</p>
<h2>Bakgrund</h2>
<p>I elevenkäten 2024 svarade var tredje elev i Väderstad att de inte deltar i någon fritidsaktivitet. Det finns ingen fritidsgård på orten och bussarna till Mjölby går sällan på kvällarna.</p>
<h2>Mål</h2>
<ul>
<li>Minst 60 procent av barnen i årskurs 4–9 i Väderstad ska delta i en organiserad aktivitet varje vecka.</li>
<li>Två föreningar ska starta nya grupper för barn som inte har idrottat förut.</li>
<li>Arbetssättet ska kunna föras över till andra orter i kommunen när projektet är slut.</li>
</ul>
<p>Projektet pågår från mars 2025 till februari 2027 och finansieras med 680 000 kronor ur den sociala investeringsfonden.</p>'''
    facts = [('projektperiod', 'Projektperiod', 'mars 2025 – februari 2027'),
             ('beviljat', 'Beviljat belopp', '680 000 kronor'),
             ('projektagare', 'Projektägare', 'Kultur- och fritidsförvaltningen'),
             ('samverkan', 'Samverkanspartner', 'Väderstads skola, Väderstads IK, Hogstad bygdegårdsförening, biblioteket'),
             ('malgrupp', 'Målgrupp', 'Barn och unga 10–16 år i Väderstad och Hogstad'),
             ('bemanning', 'Bemanning', 'En fritidsledare på 75 procent'),
             ('kategori', 'Kategori', 'Social investering'),
             ('status', 'Status', 'Pågår')]
    return projekt(P3, 'Aktiv fritid i Väderstad', 'En fritidsledare och föreningarna ger barn i Väderstad en aktiv fritid.', text, facts, '2025-06-12')


def p4():
    text = '''<p>Vägen till jobb är ett projekt för unga vuxna som har försörjningsstöd och som står långt från arbetsmarknaden. Deltagarna får en egen jobbcoach, praktik hos arbetsgivare i Mjölby och stöd att börja studera.</p>
<h2>Därför gör vi det här</h2>
<p>Omkring 90 unga vuxna mellan 18 och 29 år har försörjningsstöd i Mjölby. Många saknar gymnasieexamen och har varit utan arbete i mer än ett år. Varje person som får ett arbete i stället för försörjningsstöd minskar kommunens kostnader och ger den unga en bättre framtid.</p>
<h2>Så går det till</h2>
<p>Deltagarna kommer till projektet via sin handläggare på ekonomiskt bistånd. De träffar sin coach minst en gång i veckan, gör en kartläggning av sina styrkor och får prova på arbeten genom praktik. Studie- och yrkesvägledaren på vuxenutbildningen hjälper den som vill läsa in gymnasiet.</p>
<h2>Finansiering</h2>
<p>Projektet kostar totalt 1 900 000 kronor, varav 1 500 000 kronor kommer ur den sociala investeringsfonden och 400 000 kronor från Samordningsförbundet Centrala Östergötland.</p>'''
    facts = [('projektperiod', 'Projektperiod', 'september 2024 – augusti 2026'),
             ('beviljat', 'Beviljat belopp', '1 500 000 kronor ur fonden, totalt 1 900 000 kronor'),
             ('projektagare', 'Projektägare', 'Arbetsmarknadsenheten'),
             ('samverkan', 'Samverkanspartner', 'Arbetsförmedlingen, Samordningsförbundet Centrala Östergötland, vuxenutbildningen'),
             ('malgrupp', 'Målgrupp', 'Unga vuxna 18–29 år med försörjningsstöd'),
             ('bemanning', 'Bemanning', 'Två jobbcoacher'),
             ('kategori', 'Kategori', 'Social investering'),
             ('status', 'Status', 'Pågår')]
    return projekt(P4, 'Vägen till jobb', 'Unga vuxna med försörjningsstöd får en egen coach och praktik hos arbetsgivare i Mjölby.', text, facts, '2025-05-30')


def p5():
    text = '''<p><strong>Projektet är avslutat.</strong> Trygga äldre i Skänninge var en social investering för att förebygga fallolyckor och ensamhet bland äldre som bor hemma i Skänninge. Projektet pågick från september 2021 till juni 2024.</p>
<h2>Vad gjorde vi?</h2>
<p>En fysioterapeut och en undersköterska från hemtjänsten gjorde hembesök hos äldre som hade fallit eller som var oroliga för att falla. Tillsammans med den äldre gick de igenom hemmet, gav råd om hjälpmedel och gjorde ett träningsprogram. Två gånger i veckan fanns balansträning i grupp på träffpunkten Rådhusgården, och PRO Skänninge ordnade promenader.</p>
<h2>Resultat</h2>
<p>142 personer deltog i projektet. Antalet fallolyckor som ledde till sjukhusvård bland deltagarna minskade med 40 procent jämfört med de tre åren innan. Projektet kostade 850 000 kronor ur den sociala investeringsfonden.</p>
<h2>Efter projektet</h2>
<p>Hembesöken finns kvar inom hemtjänstens ordinarie arbete sedan juli 2024. Slutrapporten finns hos vård- och omsorgsförvaltningen.</p>'''
    facts = [('projektperiod', 'Projektperiod', 'september 2021 – juni 2024'),
             ('beviljat', 'Beviljat belopp', '850 000 kronor'),
             ('projektagare', 'Projektägare', 'Vård- och omsorgsförvaltningen'),
             ('samverkan', 'Samverkanspartner', 'PRO Skänninge, Region Östergötland (vårdcentralen i Skänninge)'),
             ('malgrupp', 'Målgrupp', 'Personer 75 år och äldre som bor hemma i Skänninge'),
             ('kategori', 'Kategori', 'Social investering'),
             ('status', 'Status', 'Avslutat')]
    return projekt(P5, 'Trygga äldre i Skänninge', 'Hembesök och balansträning förebyggde fallolyckor bland äldre i Skänninge.', text, facts, '2024-09-18')


def b1():
    text = '''<p>Mjölby kommun bygger en ny huvudvattenledning mellan Mjölby och Skänninge. Den gamla ledningen från 1968 har haft flera läckor de senaste åren och räcker inte till när Skänninge växer.</p>
<h2>Vad händer?</h2>
<p>Den nya ledningen blir 9 kilometer lång och läggs till största delen längs länsväg 206. Arbetet görs i fyra etapper. Under etapp två, våren 2026, leds trafiken förbi arbetsområdet vid Järnevid.</p>
<h2>Påverkan</h2>
<p>Du som bor längs sträckan får information i brevlådan innan arbetet börjar utanför din fastighet. Vattnet kan stängas av under några timmar när ledningen kopplas in.</p>'''
    facts = [('projektperiod', 'Projektperiod', 'oktober 2025 – december 2026'),
             ('budget', 'Budget', '46 miljoner kronor'),
             ('projektagare', 'Projektägare', 'Samhällsbyggnadsförvaltningen, VA-enheten'),
             ('kategori', 'Kategori', 'Samhällsbyggnad'),
             ('status', 'Status', 'Pågår')]
    return projekt(B1, 'Ny vattenledning Mjölby–Skänninge', 'En ny huvudvattenledning byggs mellan Mjölby och Skänninge.', text, facts, '2025-10-01',
                   [('Bygga, bo och miljö', BBM), ('Samhällsbyggnadsprojekt', SBP)])


def b2():
    text = '''<p>Stora torget i Skänninge byggs om. Torget får ny markbeläggning av natursten, fler träd och nya bänkar, och parkeringen flyttas till Kyrkogatan så att torget kan användas för marknader.</p>
<h2>Tidplan</h2>
<p>Arbetet började i april 2025 och torget beräknas vara klart i november 2025. Skänninge marknad i juli hålls som vanligt, på den norra delen av torget.</p>
<h2>Bakgrund</h2>
<p>Ombyggnaden bygger på förslaget i fördjupningen av översiktsplanen för Skänninge. Kommunfullmäktige beslutade om ombyggnaden i november 2024.</p>'''
    facts = [('projektperiod', 'Projektperiod', 'april 2025 – november 2025'),
             ('budget', 'Budget', '18,5 miljoner kronor'),
             ('projektagare', 'Projektägare', 'Samhällsbyggnadsförvaltningen, gatuenheten'),
             ('kategori', 'Kategori', 'Samhällsbyggnad'),
             ('status', 'Status', 'Pågår')]
    return projekt(B2, 'Ombyggnad av Stora torget i Skänninge', 'Stora torget får ny beläggning, träd och bänkar.', text, facts, '2025-08-11',
                   [('Bygga, bo och miljö', BBM), ('Samhällsbyggnadsprojekt', SBP)])


# ------------------------------------------------------------------------------------------------------- fund pages
def fund():
    text = f'''<p>Mjölby kommun har en social investeringsfond sedan 2019. Fonden ska ge förvaltningarna möjlighet att pröva nya och förebyggande arbetssätt för barn, unga och vuxna som riskerar att hamna i utanförskap, och att göra det tillsammans med andra.</p>
<h2>Vad är en social investering?</h2>
<p>En social investering är en insats som görs tidigt, för att förebygga problem som annars kostar mycket för den enskilda människan och för samhället. Insatsen ska vara tidsbegränsad, följas upp noggrant och kunna bli en del av den ordinarie verksamheten om den ger resultat.</p>
<h2>Om fonden</h2>
<p>Kommunfullmäktige avsatte 10 miljoner kronor till fonden 2019 och har därefter fyllt på den två gånger. Kommunstyrelsen beslutar om ansökningar efter beredning i kommunens arbetsgrupp för sociala investeringar. Alla förvaltningar kan söka, gärna tillsammans med föreningar, Region Östergötland eller andra myndigheter.</p>
<h2>Fonden i siffror</h2>
<ul>
<li>Beviljat sedan 2019: 12 400 000 kronor</li>
<li>Antal projekt sedan 2019: 9</li>
<li>Kvar att söka 2026: 3 600 000 kronor</li>
</ul>
<h2>Så har det gått</h2>
<p>Varje år följer vi upp alla projekt som får pengar ur fonden. Läs om varje projekt i den senaste uppföljningen:</p>
<ul>
<li><a href="{UPPF24}#familjestod-i-mantorp">Familjestöd i Mantorp</a></li>
<li><a href="{UPPF24}#narvarolyftet">Närvarolyftet</a></li>
<li><a href="{UPPF24}#vagen-till-jobb">Vägen till jobb</a></li>
<li><a href="{UPPF24}#trygga-aldre-i-skanninge">Trygga äldre i Skänninge</a></li>
</ul>
<p>Alla uppföljningar: <a href="{UPPF24}">Uppföljning 2024</a> och <a href="{UPPF23}">Uppföljning 2023</a>.</p>
<h2>Vill du söka medel?</h2>
<p>Läs <a href="{SOKA}">Så söker du medel</a> och <a href="{RIKT}">Riktlinjer för fonden</a>.</p>'''
    return fund_page(FUND, 'Sociala investeringar', ingress('Med den sociala investeringsfonden prövar kommunen nya sätt att förebygga utanförskap.') + body(text),
                     desc='Mjölby kommuns sociala investeringsfond.', printable=True, updated='2025-10-14')


def soka():
    text = f'''<h2>Vem kan söka?</h2>
<p>Alla förvaltningar i Mjölby kommun kan söka medel ur fonden. Ni kan söka tillsammans med en förening, ett företag eller en annan myndighet, men en förvaltning måste vara projektägare.</p>
<h2>Vad kan vi söka pengar till?</h2>
<p>Fonden finansierar tidsbegränsade insatser som förebygger utanförskap och som kan bli en del av den ordinarie verksamheten. Fonden betalar inte för lokaler, inventarier eller för verksamhet som redan finns.</p>
<h2>Hur mycket kan vi söka?</h2>
<p>Det finns inget tak, men en ansökan över 2 miljoner kronor beslutas av kommunfullmäktige. Insatsen får pågå i högst tre år.</p>
<h2>Så går ansökan till</h2>
<ol>
<li>Kontakta folkhälsostrategen och berätta om er idé.</li>
<li>Fyll i ansökningsmallen och gör en enkel kalkyl över kostnaderna och de förväntade effekterna.</li>
<li>Förvaltningschefen skriver under ansökan.</li>
<li>Arbetsgruppen för sociala investeringar bereder ansökan och kommunstyrelsen beslutar.</li>
</ol>
<h2>När kan vi söka?</h2>
<p>Ansökningar tas emot två gånger per år, senast den 15 mars och den 15 september.</p>
<p>Mallar: <a href="/sites/default/files/dokument/ansokan-social-investering-2025.docx">Ansökningsmall (Word)</a>, <a href="/sites/default/files/dokument/kalkylmall-sociala-investeringar.xlsx">Kalkylmall (Excel)</a>.</p>'''
    return fund_page(SOKA, 'Så söker du medel', body(text), desc='Så söker förvaltningarna medel ur fonden.', updated='2025-02-03')


def rikt():
    text = '''<p>Riktlinjerna antogs av kommunfullmäktige den 27 november 2018, § 141, och reviderades den 31 januari 2023, § 9.</p>
<h2>1. Syfte</h2>
<p>Fonden ska möjliggöra förebyggande insatser som minskar risken för utanförskap och som på sikt ger lägre kostnader för kommunen och samhället.</p>
<h2>2. Krav på en social investering</h2>
<ul>
<li>Insatsen ska vara tidsbegränsad, högst tre år.</li>
<li>Insatsen ska ha en tydlig målgrupp och mätbara mål.</li>
<li>Insatsen ska utgå från kunskap om vad som fungerar.</li>
<li>Förvaltningen ska visa hur insatsen kan bli ordinarie verksamhet om den ger resultat.</li>
</ul>
<h2>3. Återbetalning</h2>
<p>Om insatsen leder till lägre kostnader för den förvaltning som har fått medel, ska förvaltningen betala tillbaka hälften av det beviljade beloppet till fonden inom fem år.</p>
<h2>4. Uppföljning</h2>
<p>Projektägaren redovisar resultaten till kommunstyrelsen en gång per år. Kommunledningsförvaltningen sammanställer uppföljningen av alla investeringar.</p>
<h2>5. Fondens storlek</h2>
<p>Fonden får inte understiga 2 miljoner kronor. Kommunfullmäktige kan tillföra fonden medel i samband med bokslutet.</p>'''
    return fund_page(RIKT, 'Riktlinjer för fonden', body(text), desc='Riktlinjer för Mjölby kommuns sociala investeringsfond.', updated='2023-02-14')


def section_html(anchor, name, lead, facts, text, extra=''):
    rows = ''.join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in facts)
    return f'''<h2 id="{anchor}">{name}</h2>
<p>{lead}</p>
<table class="uppfoljning-fakta"><tbody>{rows}</tbody></table>
{text}{extra}
<p class="till-toppen"><a href="#innehall">Till innehållsförteckningen</a></p>'''


def uppf24():
    toc = [('familjestod-i-mantorp', 'Familjestöd i Mantorp'), ('narvarolyftet', 'Närvarolyftet'),
           ('vagen-till-jobb', 'Vägen till jobb'), ('trygga-aldre-i-skanninge', 'Trygga äldre i Skänninge'),
           ('fonden-2024', 'Fonden under 2024'), ('avslutade', 'Avslutade projekt')]
    toc_html = ''.join(f'<li><a href="#{a}">{t}</a></li>' for a, t in toc)
    s1 = section_html('familjestod-i-mantorp', 'Familjestöd i Mantorp', 'Projektets första år.',
                      [('Period', '2024–2026'), ('Beviljat', '2 100 000 kronor'), ('Utfall 2024', '690 000 kronor')],
                      '<p>Under 2024 fick 104 familjer stöd, och 58 föräldrar gick i föräldragruppen ABC. Antalet orosanmälningar för barn i Mantorp minskade från 131 till 117. Föräldrarna ger stödet betyget 4,6 av 5.</p>')
    s2 = section_html('narvarolyftet', 'Närvarolyftet', 'Projektet startade i augusti 2024.',
                      [('Period', '2024–2027'), ('Beviljat', '2 750 000 kronor'), ('Utfall 2024', '340 000 kronor')],
                      '<p>Närvaroteamet har under hösten arbetat med 27 elever. Det är för tidigt att se effekter på frånvaron, men skolorna beskriver att kontakten med hemmen har blivit snabbare.</p>')
    s3 = section_html('vagen-till-jobb', 'Vägen till jobb', 'Projektet startade i september 2024.',
                      [('Period', '2024–2026'), ('Beviljat', '1 500 000 kronor ur fonden'), ('Utfall 2024', '230 000 kronor')],
                      '<p>19 unga vuxna har börjat i projektet. Fyra av dem har fått ett arbete och två har börjat studera.</p>')
    s4 = section_html('trygga-aldre-i-skanninge', 'Trygga äldre i Skänninge', 'Projektet avslutades i juni 2024.',
                      [('Period', '2021–2024'), ('Beviljat', '850 000 kronor'), ('Utfall totalt', '812 000 kronor')],
                      '<p>142 personer deltog. Fallolyckorna som ledde till sjukhusvård minskade med 40 procent bland deltagarna. Hembesöken är sedan juli 2024 en del av hemtjänstens ordinarie arbete.</p>',
                      f'\n<p><a href="{P5}">Läs slutrapporten på projektets sida</a></p>')
    text = f'''<p>Här redovisar kommunledningsförvaltningen hur det har gått för de projekt som under 2024 fick pengar ur den sociala investeringsfonden. Uppföljningen behandlades av kommunstyrelsen den 8 april 2025.</p>
<div class="toc" id="innehall"><h2>Innehåll</h2><ol>{toc_html}</ol></div>
{s1}
{s2}
{s3}
{s4}
<h2 id="fonden-2024">Fonden under 2024</h2>
<table class="tabell"><caption>Fondens ekonomi (kronor)</caption><thead><tr><th scope="col">År</th><th scope="col">Ingående saldo</th><th scope="col">Beviljat</th><th scope="col">Återbetalt</th><th scope="col">Utgående saldo</th></tr></thead>
<tbody><tr><td>2023</td><td>4 950 000</td><td>0</td><td>0</td><td>4 950 000</td></tr><tr><td>2024</td><td>4 950 000</td><td>4 250 000</td><td>200 000</td><td>900 000</td></tr></tbody></table>
<p>Under 2025 har kommunstyrelsen beviljat ett nytt projekt, Aktiv fritid i Väderstad, och kommunfullmäktige har tillfört fonden fem miljoner kronor.</p>
<h2 id="avslutade">Avslutade projekt</h2>
<ul><li>Trygga äldre i Skänninge (2021–2024), se ovan.</li><li>Språkstart i förskolan (2019–2022), redovisad i uppföljningen 2023.</li><li>Fältgruppen (2017–2020) är i dag ordinarie verksamhet.</li></ul>'''
    return fund_page(UPPF24, 'Uppföljning av sociala investeringar 2024', body(text), desc='Hur det gick för de sociala investeringarna 2024.',
                     printable=True, updated='2025-04-22')


def uppf23():
    toc = [('sprakstart', 'Språkstart i förskolan'), ('trygga-aldre', 'Trygga äldre i Skänninge'), ('nya-2024', 'Beviljat inför 2024')]
    toc_html = ''.join(f'<li><a href="#{a}">{t}</a></li>' for a, t in toc)
    text = f'''<p>Uppföljningen av de sociala investeringarna under 2023. Behandlad av kommunstyrelsen den 16 april 2024.</p>
<div class="toc" id="innehall"><h2>Innehåll</h2><ol>{toc_html}</ol></div>
{section_html('sprakstart', 'Språkstart i förskolan', 'Projektet avslutades 2022 och slutredovisas här.', [('Period', '2019–2022'), ('Beviljat', '1 300 000 kronor'), ('Utfall totalt', '1 265 000 kronor')], '<p>Språkstödet i förskolorna i Mjölby tätort nådde 310 barn. Arbetssättet används nu i alla förskolor.</p>')}
{section_html('trygga-aldre', 'Trygga äldre i Skänninge', 'Projektets tredje år.', [('Period', '2021–2024'), ('Beviljat', '850 000 kronor'), ('Utfall 2023', '296 000 kronor')], '<p>Under 2023 gjordes 61 hembesök och 38 personer deltog i balansträningen.</p>')}
<h2 id="nya-2024">Beviljat inför 2024</h2>
<p>Kommunstyrelsen beviljade i november 2023 medel till Familjestöd i Mantorp. Projektet startar i januari 2024.</p>'''
    return fund_page(UPPF23, 'Uppföljning av sociala investeringar 2023', body(text), desc='Hur det gick för de sociala investeringarna 2023.', updated='2024-04-25')


# ------------------------------------------------------------------------------------------------------------ others
def start():
    news = [(N_FUND, 'Fonden för sociala investeringar får fem miljoner kronor till', '2025-10-14'),
            (N_P1, 'Familjestödet i Mantorp har nått över hundra familjer', '2025-09-02'),
            (N_VA, 'Vattnet stängs av på Kungsgatan i Skänninge', '2025-08-27'),
            (N_BIB, 'Nya öppettider på biblioteket i Mantorp', '2025-08-15')]
    items = ''.join(f'''
  <li class="views-row"><div class="views-field views-field-created"><span class="field-content">{d}</span></div><div class="views-field views-field-title"><span class="field-content"><a href="{p}">{t}</a></span></div></li>'''
                    for p, t, d in news)
    content = f'''    <div class="front-hero"><h1 class="element-invisible">Mjölby kommun</h1><p class="hero-text">Välkommen till Mjölby kommun – Mjölby, Mantorp, Skänninge och Väderstad.</p></div>
    <div class="front-genvagar"><h2>Genvägar</h2><ul><li><a href="{BU}/forskola">Förskola</a></li><li><a href="{OS}/aldreomsorg">Äldreomsorg</a></li><li><a href="{BBM}/bygglov">Bygglov</a></li><li><a href="{JOBS}">Lediga jobb</a></li><li><a href="{EVS}">Evenemang</a></li></ul></div>
    <div class="view view-nyheter view-id-nyheter view-display-id-block_1"><h2>Nyheter</h2><div class="view-content"><div class="item-list"><ul>{items}
</ul></div></div><div class="more-link"><a href="{NYH}">Fler nyheter</a></div></div>
    <div class="front-populart"><h2>Populära sökningar</h2><ul><li><a href="{SEARCHES[0]}">Bygglov</a></li><li><a href="{SEARCHES[1]}">Förskola</a></li><li><a href="{SEARCHES[2]}">Lediga jobb</a></li></ul></div>'''
    return page('/', 'Mjölby kommun', content, title='Mjölby kommun', front=True, updated='2025-10-14')


def section(path, h1, lead, kids, tree=None, top=None):
    lis = ''.join(f'<li><a href="{h}">{t}</a> – {d}</li>' for h, t, d in kids)
    content = ingress(lead) + body(f'<ul class="section-list">{lis}</ul>')
    first = menu_block(h1, path, tree, path) if tree else None
    return page(path, h1, content, [(h1, path)] if top is None else top + [(h1, path)], (top[0][1] if top else path), first=first)


def sh():
    text = f'''<p>Social hållbarhet handlar om att alla som bor i Mjölby ska ha goda och jämlika förutsättningar att leva ett bra liv. Kommunens arbete utgår från folkhälsoprogrammet och sker tillsammans med Region Östergötland, polisen och föreningslivet.</p>
<h2>Det här arbetar vi med</h2>
<ul>
<li><a href="{FUND}">Sociala investeringar</a> – kommunens fond för förebyggande insatser.</li>
<li>Brottsförebyggande rådet och medborgarlöften tillsammans med polisen.</li>
<li>Folkhälsoprogrammet 2023–2026.</li>
</ul>'''
    return page(SH, 'Social hållbarhet', ingress('Alla i Mjölby ska ha goda förutsättningar att leva ett bra liv.') + body(text),
                [('Kommun och politik', KP), ('Social hållbarhet', SH)], KP, first=menu_block('Kommun och politik', KP, KP_TREE, SH))


def sbp():
    rows = [(B1, 'Ny vattenledning Mjölby–Skänninge', 'Vatten och avlopp', '2025–2026'),
            (B2, 'Ombyggnad av Stora torget i Skänninge', 'Gator och torg', '2025'),
            (None, 'Ny förskola i Sya', 'Lokaler', '2026–2027'), (None, 'Gång- och cykelväg Mantorp–Sya', 'Gator och torg', '2026')]
    trs = ''.join(f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td class="views-field views-field-title">{f"<a href={chr(34)}{p}{chr(34)}>{t}</a>" if p else t}</td>'
                  f'<td class="views-field views-field-field-omrade">{o}</td><td class="views-field views-field-field-projektperiod">{y}</td></tr>'
                  for i, (p, t, o, y) in enumerate(rows))
    content = ingress('Här finns de större bygg- och anläggningsprojekten som kommunen driver just nu.') + f'''    <div class="view view-samhallsbyggnad view-id-samhallsbyggnad view-display-id-page">
  <div class="view-content"><table class="views-table cols-3"><thead><tr><th>Projekt</th><th>Område</th><th>Tid</th></tr></thead><tbody>{trs}</tbody></table></div>
</div>'''
    return page(SBP, 'Samhällsbyggnadsprojekt', content, [('Bygga, bo och miljö', BBM), ('Samhällsbyggnadsprojekt', SBP)], BBM,
                first=menu_block('Bygga, bo och miljö', BBM, BBM_TREE, SBP))


def falt():
    text = '''<p>Fältgruppen består av fyra fältassistenter som rör sig där ungdomar är, på kvällar och helger, i Mjölby, Mantorp och Skänninge. Fältassistenterna lyssnar, ger råd och kan hjälpa dig vidare till rätt stöd.</p>
<h2>Vad gör fältgruppen?</h2>
<ul>
<li>Finns ute på kvällar och helger, särskilt vid skolavslutningar och lov.</li>
<li>Träffar elever på högstadieskolorna under skoltid.</li>
<li>Samarbetar med polisen, skolorna och fritidsgårdarna.</li>
<li>Leder samtalsgrupper för unga och föräldrar.</li>
</ul>
<h2>Historik</h2>
<p>Fältgruppen startade 2017 som en social investering. Sedan 2021 ingår fältgruppen i socialförvaltningens ordinarie verksamhet.</p>
<h2>Kontakt</h2>
<p>Du når fältgruppen på telefon 0142-852 30 måndag–fredag klockan 13–22 eller via <a href="mailto:faltgruppen@mjolby.se">faltgruppen@mjolby.se</a>.</p>'''
    return page(FALT, 'Fältgruppen', ingress('Fältassistenter som finns där ungdomarna är.') + body(text),
                [('Omsorg och stöd', OS), ('Barn och familj', BF), ('Fältgruppen', FALT)], OS,
                first=menu_block('Omsorg och stöd', OS, OS_TREE, FALT), updated='2025-03-10')


def bf():
    text = f'''<p>Här hittar du stöd för dig som är förälder eller för dig som är ung.</p>
<ul>
<li><a href="{FALT}">Fältgruppen</a> – fältassistenter för ungdomar.</li>
<li><a href="{BF}/foraldrastod">Föräldrastöd</a> – samtal och föräldragrupper.</li>
<li><a href="{BF}/orolig-for-ett-barn">Orolig för ett barn?</a> – så gör du en orosanmälan.</li>
</ul>'''
    return page(BF, 'Barn och familj', body(text), [('Omsorg och stöd', OS), ('Barn och familj', BF)], OS,
                first=menu_block('Omsorg och stöd', OS, OS_TREE, BF))


def ekonomi():
    text = f'''<p>Kommunens budget beslutas av kommunfullmäktige varje år i juni. I årsredovisningen redovisar kommunen hur pengarna har använts.</p>
<ul><li><a href="{AR24}">Årsredovisning 2024</a></li><li><a href="{EKO}/budget-2026">Budget 2026</a></li></ul>'''
    return page(EKO, 'Ekonomi och budget', body(text), [('Kommun och politik', KP), ('Ekonomi och budget', EKO)], KP,
                first=menu_block('Kommun och politik', KP, KP_TREE, EKO))


def ar24():
    toc = [('kommunstyrelsens-ordforande', 'Kommunstyrelsens ordförande har ordet'), ('viktiga-handelser', 'Viktiga händelser'),
           ('ekonomiskt-resultat', 'Ekonomiskt resultat'), ('personal', 'Personal'), ('sociala-investeringar', 'Sociala investeringar'),
           ('nyckeltal', 'Nyckeltal')]
    toc_html = ''.join(f'<li><a href="#{a}">{t}</a></li>' for a, t in toc)
    text = f'''<p>Årsredovisningen 2024 godkändes av kommunfullmäktige den 29 april 2025. Här är en sammanfattning; hela årsredovisningen finns som <a href="/sites/default/files/dokument/arsredovisning-2024.pdf">pdf</a>.</p>
<div class="toc" id="innehall"><h2>Innehåll</h2><ol>{toc_html}</ol></div>
<h2 id="kommunstyrelsens-ordforande">Kommunstyrelsens ordförande har ordet</h2>
<p>2024 blev ett år då Mjölby fortsatte att växa. Vi passerade 28 000 invånare och det byggdes fler bostäder än något år sedan 1990-talet. Samtidigt har kostnaderna för försörjningsstöd och placeringar ökat, och vi har fått prioritera hårt.</p>
<h2 id="viktiga-handelser">Viktiga händelser</h2>
<ul><li>Nya Kungshögaskolan invigdes i augusti.</li><li>Beslut om ombyggnad av Stora torget i Skänninge.</li><li>Arbetet med en ny översiktsplan startade.</li></ul>
<h2 id="ekonomiskt-resultat">Ekonomiskt resultat</h2>
<p>Kommunens resultat blev 38 miljoner kronor, vilket motsvarar 1,8 procent av skatteintäkter och generella statsbidrag. Nettoinvesteringarna uppgick till 312 miljoner kronor.</p>
<h2 id="personal">Personal</h2>
<p>Kommunen hade 2 640 tillsvidareanställda den 31 december 2024. Sjukfrånvaron minskade till 7,2 procent.</p>
<h2 id="sociala-investeringar">Sociala investeringar</h2>
<p>Under 2024 pågick fyra sociala investeringar med sammanlagt 1 360 000 kronor i kostnader. Trygga äldre i Skänninge avslutades i juni och har blivit ordinarie verksamhet. Läs mer i <a href="{UPPF24}">Uppföljning av sociala investeringar 2024</a>, bland annat om <a href="{UPPF24}#narvarolyftet">Närvarolyftet</a> och <a href="{UPPF24}#familjestod-i-mantorp">Familjestöd i Mantorp</a>.</p>
<h2 id="nyckeltal">Nyckeltal</h2>
<table class="tabell"><thead><tr><th>Nyckeltal</th><th>2023</th><th>2024</th></tr></thead><tbody><tr><td>Invånare 31 december</td><td>27 893</td><td>28 121</td></tr><tr><td>Skattesats (kronor)</td><td>21,75</td><td>21,75</td></tr><tr><td>Soliditet (procent)</td><td>41</td><td>40</td></tr></tbody></table>'''
    return page(AR24, 'Årsredovisning 2024', body(text), [('Kommun och politik', KP), ('Ekonomi och budget', EKO), ('Årsredovisning 2024', AR24)], KP,
                first=menu_block('Kommun och politik', KP, KP_TREE, AR24), updated='2025-05-06')


NEWS = [
    (N_FUND, 'Fonden för sociala investeringar får fem miljoner kronor till', '2025-10-14',
     'Kommunfullmäktige har beslutat att tillföra den sociala investeringsfonden fem miljoner kronor ur 2024 års överskott.',
     f'''<p>Beslutet fattades vid kommunfullmäktiges sammanträde den 30 september. Med tillskottet finns 3,6 miljoner kronor att söka för nya projekt under 2026.</p>
<p>– Fonden har visat att det lönar sig att satsa tidigt. Nu kan fler förvaltningar pröva nya arbetssätt, säger kommunstyrelsens ordförande.</p>
<p>Förvaltningarna kan söka medel senast den 15 mars 2026. Läs mer om <a href="{FUND}">sociala investeringar</a> och om <a href="{SOKA}">hur man söker</a>. Riktlinjerna finns här: <a href="https://www.mjolby.se{EDIT}">https://www.mjolby.se{EDIT}</a></p>'''),
    (N_P1, 'Familjestödet i Mantorp har nått över hundra familjer', '2025-09-02',
     'Under det första året har familjebehandlarna i Mantorp träffat 104 familjer.',
     f'''<p>Familjestöd i Mantorp startade i januari 2024 och finansieras ur den sociala investeringsfonden. Två familjebehandlare finns på öppna förskolan, på förskolorna och på barnavårdscentralen.</p>
<p>– Föräldrarna kommer till oss tidigare nu, innan det har hunnit bli en kris, säger en av familjebehandlarna.</p>
<p>Läs mer om resultaten i <a href="{UPPF24}#familjestod-i-mantorp">uppföljningen för 2024</a> och på <a href="{P1}">projektets sida</a>.</p>'''),
    (N_VA, 'Vattnet stängs av på Kungsgatan i Skänninge', '2025-08-27',
     'På tisdag den 2 september stängs vattnet av på Kungsgatan 10–24 i Skänninge mellan klockan 8 och 14.',
     '<p>Avstängningen behövs för att byta en ventil. Tappa upp vatten innan om du behöver. Vid frågor, ring kundtjänst VA på 0142-850 00.</p>'),
    (N_BIB, 'Nya öppettider på biblioteket i Mantorp', '2025-08-15',
     'Från den 1 september har biblioteket i Mantorp öppet längre på torsdagar.',
     '<p>Nya öppettider: måndag–onsdag 10–18, torsdag 10–20, fredag 10–16 och lördag 10–14. Meröppet gäller som vanligt 7–22 alla dagar.</p>'),
]


def news(path, title, date, lead, text):
    return page(path, title, ingress(lead) + body(text), [('Kommun och politik', KP), ('Nyheter', NYH), (title, path)], KP,
                ntype='nyhet', updated=date)


def nyheter():
    lis = ''.join(f'<li class="views-row"><span class="datum">{d}</span> <a href="{p}">{t}</a><p>{lead}</p></li>' for p, t, d, lead, _ in NEWS)
    return page(NYH, 'Nyheter', body(f'<div class="view view-nyheter view-display-id-page"><ul>{lis}</ul><ul class="pager"><li class="pager-next"><a href="{NYH}?page=1">nästa ›</a></li></ul></div>'),
                [('Kommun och politik', KP), ('Nyheter', NYH)], KP, first=menu_block('Kommun och politik', KP, KP_TREE, NYH))


def evenemang():
    text = f'''<ul>
<li><a href="{EV}">Frukostmöte: Sociala investeringar i praktiken</a> – 12 mars 2026, Stadshuset</li>
<li><a href="{EV_MARK}">Julmarknad i Skänninge</a> – 13 december 2025, Stora torget</li>
</ul>
<p>Se alla evenemang i kalendern: <a href="{CAL[0]}" rel="nofollow">mars 2026</a>, <a href="{CAL[1]}" rel="nofollow">april 2026</a>.</p>'''
    return page(EVS, 'Evenemang', body(text), [('Kultur och fritid', KF), ('Evenemang', EVS)], KF)


def event():
    text = f'''<p>Välkommen till ett frukostmöte om hur kommunens sociala investeringar fungerar i vardagen. Projektledarna för Familjestöd i Mantorp och Närvarolyftet berättar om sina erfarenheter, och kommunens ekonom visar hur vi räknar på effekterna.</p>
<div class="field field-name-field-fakta"><h2>Praktisk information</h2>
<dl>
<dt>Datum</dt><dd>Torsdag 12 mars 2026</dd>
<dt>Tid</dt><dd>7.30–9.00, frukost från 7.15</dd>
<dt>Plats</dt><dd>Stadshuset, Burensköldsvägen 11, sammanträdesrum Mjölnaren</dd>
<dt>Kostnad</dt><dd>Kostnadsfritt</dd>
<dt>Sista anmälningsdag</dt><dd>5 mars 2026</dd>
<dt>Anmälan</dt><dd>Till <a href="mailto:ulrika.sjoberg@mjolby.se">ulrika.sjoberg@mjolby.se</a></dd>
<dt>Arrangör</dt><dd>Mjölby kommun, arbetsgruppen för sociala investeringar</dd>
</dl></div>
<p>Fler evenemang samma månad: <a href="{CAL[0]}" rel="nofollow">kalendern för mars</a>.</p>'''
    return page(EV, 'Frukostmöte: Sociala investeringar i praktiken', body(text),
                [('Kultur och fritid', KF), ('Evenemang', EVS), ('Frukostmöte: Sociala investeringar i praktiken', EV)], KF, ntype='evenemang', updated='2025-10-20')


def event_mark():
    text = '''<p>Julmarknad på Stora torget i Skänninge med hantverk, glögg och tomteparad. Tid: lördag 13 december 2025 klockan 11–16. Plats: Stora torget, Skänninge. Arrangör: Skänninge köpmannaförening.</p>'''
    return page(EV_MARK, 'Julmarknad i Skänninge', body(text), [('Kultur och fritid', KF), ('Evenemang', EVS), ('Julmarknad i Skänninge', EV_MARK)], KF, ntype='evenemang')


def jobs():
    text = f'''<p>Mjölby kommun har cirka 2 600 medarbetare. Här är några av våra lediga tjänster just nu; alla annonser finns på <a href="https://mjolby.varbi.com/">mjolby.varbi.com</a>.</p>
<ul><li><a href="{JOB}">Familjebehandlare till Familjestöd i Mantorp</a> – sista ansökningsdag 9 november 2025</li><li><a href="https://mjolby.varbi.com/what:job/jobID:812233/">Förskollärare till Mantorps förskolor</a></li></ul>'''
    return page(JOBS, 'Lediga jobb', body(text), [('Kommun och politik', KP), ('Lediga jobb', JOBS)], KP, first=menu_block('Kommun och politik', KP, KP_TREE, JOBS))


def job():
    text = f'''<p>Vill du arbeta förebyggande och möta familjer tidigt? Socialförvaltningen söker en familjebehandlare till projektet Familjestöd i Mantorp, som finansieras ur kommunens sociala investeringsfond.</p>
<h2>Om tjänsten</h2>
<p>Du arbetar tillsammans med en kollega på öppna förskolan, på förskolorna och på barnavårdscentralen i Mantorp. Du håller föräldragrupper, har rådgivande samtal och gör hembesök.</p>
<h2>Kvalifikationer</h2>
<p>Du har socionomexamen eller annan relevant högskoleutbildning och erfarenhet av att arbeta med familjer. Utbildning i ABC är meriterande. B-körkort krävs.</p>
<ul>
<li><strong>Anställningsform:</strong> Visstidsanställning till och med 31 december 2026</li>
<li><strong>Omfattning:</strong> Heltid</li>
<li><strong>Tillträde:</strong> 1 januari 2026 eller enligt överenskommelse</li>
<li><strong>Sista ansökningsdag:</strong> 9 november 2025</li>
</ul>
<p>Ansök via <a href="https://mjolby.varbi.com/what:job/jobID:812901/">Varbi</a>.</p>'''
    return page(JOB, 'Familjebehandlare till Familjestöd i Mantorp', body(text),
                [('Kommun och politik', KP), ('Lediga jobb', JOBS), ('Familjebehandlare till Familjestöd i Mantorp', JOB)], KP, ntype='jobb', updated='2025-10-16')


def furniture(path, h1, text):
    return page(path, h1, body(f'<p>{text}</p>'), [(h1, path)])


def build():
    pages = {
        '/': start(), P1: p1(), P2: p2(), P3: p3(), P4: p4(), P5: p5(), B1: b1(), B2: b2(),
        FUND: fund(), SOKA: soka(), RIKT: rikt(), UPPF24: uppf24(), UPPF23: uppf23(),
        SH: sh(), SBP: sbp(), FALT: falt(), BF: bf(), EKO: ekonomi(), AR24: ar24(), NYH: nyheter(),
        EVS: evenemang(), EV: event(), EV_MARK: event_mark(), JOBS: jobs(), JOB: job(),
        BU: section(BU, 'Barn och utbildning', 'Förskola, skola och vuxenutbildning i Mjölby kommun.',
                    [(BU + '/forskola', 'Förskola', 'ansök om plats'), (BU + '/grundskola', 'Grundskola', 'skolval och skolskjuts'),
                     (BU + '/gymnasieskola', 'Gymnasieskola', 'Kunskapsförbundet Väst')]),
        OS: section(OS, 'Omsorg och stöd', 'Stöd för barn, familjer, äldre och dig som behöver hjälp.',
                    [(BF, 'Barn och familj', 'föräldrastöd och fältgruppen'), (OS + '/aldreomsorg', 'Äldreomsorg', 'hemtjänst och särskilt boende'),
                     (OS + '/ekonomiskt-bistand', 'Ekonomiskt bistånd', 'försörjningsstöd')], OS_TREE),
        BBM: section(BBM, 'Bygga, bo och miljö', 'Bygglov, vatten och avlopp och kommunens byggprojekt.',
                     [(BBM + '/bygglov', 'Bygglov', 'när behöver du bygglov?'), (SBP, 'Samhällsbyggnadsprojekt', 'det här bygger vi')], BBM_TREE),
        KF: section(KF, 'Kultur och fritid', 'Bibliotek, idrott och evenemang i Mjölby kommun.',
                    [(KF + '/bibliotek', 'Bibliotek', 'Mjölby, Mantorp, Skänninge och Väderstad'), (EVS, 'Evenemang', 'det händer i kommunen')]),
        KP: section(KP, 'Kommun och politik', 'Så styrs Mjölby kommun.',
                    [(SH, 'Social hållbarhet', 'folkhälsa, trygghet och sociala investeringar'), (EKO, 'Ekonomi och budget', 'budget och årsredovisning'),
                     (NYH, 'Nyheter', 'nyheter från kommunen'), (JOBS, 'Lediga jobb', 'jobba hos oss')], KP_TREE),
        KONTAKT: furniture(KONTAKT, 'Kontakta oss', 'Mjölby kommuns kontaktcenter nås på 0142-850 00 vardagar klockan 8–16.30.'),
        OMW: furniture(OMW, 'Om webbplatsen', 'Webbplatsen drivs av kommunikationsavdelningen på kommunledningsförvaltningen.'),
        KAKOR: furniture(KAKOR, 'Kakor', 'Vi använder kakor (cookies) för att webbplatsen ska fungera och för anonym besöksstatistik.'),
        TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Mjölby kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.'),
    }
    for p, t, d, lead, text in NEWS:
        pages[p] = news(p, t, d, lead, text)
    for p, h in pages.items():
        write(H, p, h)
    write(H, '/robots.txt', ROBOTS)
    return pages


ROBOTS = '''#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# Mjölby kommun: sänkt från Drupals standardvärde 10
Crawl-delay: 2
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.css?
Allow: /misc/*.js$
Allow: /misc/*.js?
Allow: /misc/*.gif
Allow: /misc/*.jpg
Allow: /misc/*.png
Allow: /modules/*.css$
Allow: /modules/*.css?
Allow: /modules/*.js$
Allow: /modules/*.js?
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /INSTALL.mysql.txt
Disallow: /INSTALL.pgsql.txt
Disallow: /INSTALL.sqlite.txt
Disallow: /install.php
Disallow: /INSTALL.txt
Disallow: /LICENSE.txt
Disallow: /MAINTAINERS.txt
Disallow: /update.php
Disallow: /UPGRADE.txt
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=filter/tips/
Disallow: /?q=node/add/
Disallow: /?q=search/
Disallow: /?q=user/password/
Disallow: /?q=user/register/
Disallow: /?q=user/login/
Disallow: /?q=user/logout/
# Mjölby kommun
Disallow: /user/login
Disallow: /print/
Disallow: /node/*/edit
Disallow: /evenemang/kalender/
'''

if __name__ == '__main__':
    build()
