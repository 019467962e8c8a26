"""Karlstads kommun (1780, about 96 000 inhabitants; Karlstad, Kronoparken, Rud, Våxnäs, Skåre, Orrholmen, Vålberg)
– heldout_sites35. THE FUND AND EVERY PROJECT LIVE ON A SEPARATE SUBDOMAIN.

www.karlstad.se is the municipality's main site on PLONE 6 CLASSIC UI (a Barceloneta-derived theme 'karlstad.theme':
body classes portaltype-* / section-* / template-*, #portal-globalnav, #portal-breadcrumbs, #portal-column-one with the
navigation portlet, #content with documentFirstHeading / documentByLine / documentDescription, documentActions; links
ABSOLUTE as Plone writes them; addresses without extension or trailing slash, saved as <path>/index.html). It holds a
short page on the fund, a standing service that began as a social investment, a job ad, news, and the links over.

projekt.karlstad.se, 'Karlstad utvecklar', is the municipality's project web: a GATSBY 5 static build fed by
Contentful (meta generator Gatsby, #___gatsby / #gatsby-focus-wrapper, CSS-module class names, preloads of
/page-data/…; trailing slashes, root-relative links). It has its own robots.txt (a first group that shuts out AI
crawlers with 'Disallow: /', then the '*' group) and a sitemap index. It lists ALL the municipality's projects: five
social investments (K1–K5) and two projects that are no social investment (city building, EV charging), the fund's
pages, news and an event.

THE TWO ROBOTS FILES DIFFER: www forbids '/projekt/' (its old project folder, moved to the subdomain; an old news item
still links https://www.karlstad.se/projekt/familjestod-kronoparken) while on projekt.karlstad.se every project lives
under an allowed '/projekt/'. The subdomain forbids '/*/projektblad/' (the print sheet of every project page), /sok/,
/kalender/ and /forhandsgranska/.
"""
from urllib.parse import quote

from make_common import write, esc, hexid, numid, urlset, sitemapindex

HW = 'www.karlstad.se'
HP = 'projekt.karlstad.se'
W = f'https://{HW}'
P = f'https://{HP}'

# ------------------------------------------------------------------------------------------------ www addresses
KOP = '/kommun-och-politik'
EKO = KOP + '/ekonomi'
W_FOND = EKO + '/sociala-investeringsfonden'
OMS = '/omsorg-och-stod'
BOF = OMS + '/barn-och-familj'
FAMC = BOF + '/familjecentralen-valsviken'
NYH = '/nyheter'
N_BESLUT = NYH + '/tva-nya-sociala-investeringar-beviljade'
N_WEBB = NYH + '/kommunens-utvecklingsprojekt-samlas-pa-ny-webbplats'
N_OLD = NYH + '/familjestod-i-kronoparken-startar-i-januari'
N_SNO = NYH + '/sa-snorojer-vi-i-vinter'
N_SPORT = NYH + '/sportlov-for-barn-och-unga'
EVE = '/evenemang'
JOBB = '/jobb'
JOB = JOBB + '/projektledare-for-sociala-investeringar'
KONTAKT = '/kontakt'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse'
BUT = '/forskola-och-skola'            # dead
BYGG = '/bygga-bo-och-miljo'           # dead
KUF = '/kultur-och-fritid'             # dead
ARB = '/arbete-och-foretagande'        # dead
POLITIK = KOP + '/politik-och-demokrati'   # dead
BUDGET = EKO + '/budget-och-arsredovisning'  # dead
AELDRE = OMS + '/aldreomsorg'          # dead
SOCBIST = OMS + '/ekonomiskt-bistand'  # dead

W_PROJECTS = []
W_NOT_PROJECTS = [W_FOND, FAMC, JOB]

W_SEARCH = '/@@search'
W_SEARCHES = ['/@@search?SearchableText=bygglov', '/@@search?SearchableText=f%C3%B6rskola',
              '/@@search?SearchableText=lediga+jobb']
W_LOGIN = '/login'
W_OLDPROJ = '/projekt/familjestod-kronoparken'
W_OLDROOT = '/projekt/'
W_CAL = '/evenemang/@@event_listing?mode=month'
SENDTO_LISTED = [W_FOND, FAMC, N_BESLUT]


def sendto(path):
    return path + '/sendto_form'


def w_forbidden():
    return [W_SEARCH] + W_SEARCHES + [W_LOGIN, W_OLDPROJ, W_OLDROOT, W_CAL] + [sendto(p) for p in SENDTO_LISTED]


# ------------------------------------------------------------------------------------------ subdomain addresses
PROJ = '/projekt/'
AVSL = '/projekt/avslutade/'
OMR = '/omraden/'
P_FOND = '/omraden/sociala-investeringar/'
SOKA = P_FOND + 'sa-soker-du-medel/'
RIKT = P_FOND + 'riktlinjer/'
STAD = '/omraden/stadsutveckling/'
KLIMAT = '/omraden/klimat-och-energi/'
K1 = '/projekt/familjestod-kronoparken/'
K2 = '/projekt/hela-skoldagen-rudsskolan/'
K3 = '/projekt/unga-till-jobb-vaxnas/'
K4 = '/projekt/seniorlanken-skare/'
K5 = '/projekt/tryggt-hem-orrholmen/'
HAMN = '/projekt/inre-hamn-etapp-2/'
LADD = '/projekt/laddinfrastruktur-i-varmland/'
BYGGLOV = '/projekt/digital-bygglovsprocess/'      # dead (unpublished)
AKT = '/aktuellt/'
A_CALL = '/aktuellt/nu-kan-forvaltningarna-soka-sociala-investeringsmedel/'
A_EVENT = '/aktuellt/inspirationsdag-sociala-investeringar/'
A_RAPPORT = '/aktuellt/arsrapport-sociala-investeringar-2025/'
A_SENIOR = '/aktuellt/seniorlanken-har-startat-i-skare/'
OMW = '/om-webbplatsen/'

P_PROJECTS = [K1, K2, K3, K4, K5]
P_NOT_PROJECTS = [P_FOND, SOKA, RIKT, HAMN, LADD, A_CALL, A_EVENT, A_RAPPORT]

P_SEARCH = '/sok/'
P_SEARCHES = ['/sok/?q=familj', '/sok/?q=skola', '/sok/?q=stadsutveckling']
P_CAL = '/kalender/'
P_ICS = '/kalender/ics/inspirationsdag-2026.ics'
P_PREVIEW = '/forhandsgranska/projekt/seniorlanken-skare/?secret=' + hexid('karlstad-preview', 24)
ALL_PROJECT_PAGES = [K1, K2, K3, K4, K5, HAMN, LADD]


def blad(path):
    return path + 'projektblad/'


def p_forbidden():
    return [P_SEARCH] + P_SEARCHES + [P_CAL, P_ICS, P_PREVIEW] + [blad(p) for p in ALL_PROJECT_PAGES]


# ======================================================================================================= www (Plone)
GLOBALNAV = [('Förskola och skola', BUT), ('Omsorg och stöd', OMS), ('Kultur och fritid', KUF),
             ('Bygga, bo och miljö', BYGG), ('Arbete och företagande', ARB), ('Kommun och politik', KOP)]


def w_page(path, title, body, *, desc='', section='', crumbs=(), portlet='', portal_type='Document',
           modified='2026-01-12', sendto_link=False, by_line=True):
    nav = ''.join(f'\n          <li class="nav-item{" inPath" if href == section else ""}"><a class="nav-link" href="{W}{href}">{t}</a></li>'
                  for t, href in GLOBALNAV)
    bc = ''.join(f'\n        <li class="breadcrumb-item"><a href="{W}{p}">{esc(t)}</a></li>' for t, p in crumbs[:-1])
    if crumbs:
        bc += f'\n        <li class="breadcrumb-item active" aria-current="page">{esc(crumbs[-1][0])}</li>'
    sect = section.strip('/').split('/')[0] if section else 'front-page'
    tmpl = 'document_view' if portal_type == 'Document' else ('newsitem_view' if portal_type == 'News Item'
                                                             else 'listing_view')
    actions = ''
    if path != '/':
        tip = (f'\n          <li id="document-action-sendto"><a href="{W}{sendto(path)}" rel="nofollow">Tipsa någon</a></li>'
               if sendto_link else '')
        actions = f'''
        <div class="documentActions">
          <ul>{tip}
            <li id="document-action-print"><a href="javascript:this.print();">Skriv ut</a></li>
            <li id="document-action-listen"><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9231&amp;lang=sv_se&amp;readid=content&amp;url={quote(W + path, safe='')}" rel="nofollow">Lyssna</a></li>
          </ul>
        </div>'''
    byline = (f'\n          <div class="documentByLine" id="plone-document-byline"><span class="documentModified">'
              f'Senast ändrad {modified}</span></div>') if by_line and path != '/' else ''
    lead = f'\n          <p class="documentDescription lead">{esc(desc)}</p>' if desc and path != '/' else ''
    column_one = f'''
      <aside id="portal-column-one" class="col-xs-12 col-md-3">
        {portlet}
      </aside>''' if portlet else ''
    content_cls = 'col-xs-12 col-md-9' if portlet else 'col-xs-12'
    head_title = f'{title} — Karlstads kommun' if path != '/' else 'Karlstads kommun'
    return f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Plone - https://plone.org/">
<meta name="description" content="{esc(desc or title)}">
<meta property="og:site_name" content="Karlstads kommun">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{W}{path}">
<title>{esc(head_title)}</title>
<link rel="canonical" href="{W}{path}">
<link rel="search" href="{W}/@@search" title="Sök på webbplatsen">
<link rel="icon" href="{W}/favicon.ico">
<link rel="stylesheet" href="{W}/++plone++static/plone-fontello/css/plone-fontello.css">
<link rel="stylesheet" href="{W}/++theme++karlstad/css/karlstad.min.css?t=20251118">
<script src="{W}/++plone++static/bundle-plone/bundle.min.js" defer></script>
</head>
<body class="frontend icons-on portaltype-{portal_type.lower().replace(' ', '-')} section-{sect} site-Plone template-{tmpl} thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper" data-base-url="{W}{path}" data-portal-url="{W}" data-view-url="{W}{path}">
<div class="outer-wrapper">
  <header id="content-header">
    <div id="portal-top" class="container">
      <div id="portal-anontools">
        <ul>
          <li><a href="{W}/lattlast">Lättläst</a></li>
          <li><a href="{W}/other-languages">Other languages</a></li>
        </ul>
      </div>
      <div id="portal-header">
        <a id="portal-logo" title="Karlstads kommun" href="{W}"><img src="{W}/++theme++karlstad/img/karlstad-logo.svg" alt="Karlstads kommun – till startsidan" width="210" height="58"></a>
        <div id="portal-searchbox">
          <form id="searchGadget_form" action="{W}/@@search" role="search" data-pat-livesearch="ajaxUrl:{W}/@@ajax-search" class="pat-livesearch show_images">
            <label class="hiddenStructure" for="searchGadget">Sök på webbplatsen</label>
            <input name="SearchableText" type="text" size="18" id="searchGadget" title="Sök på webbplatsen" placeholder="Vad letar du efter?" class="searchField">
            <button class="searchButton" type="submit">Sök</button>
          </form>
        </div>
      </div>
    </div>
    <div id="mainnavigation-wrapper">
      <nav class="navbar navbar-expand-lg" id="portal-globalnav-wrapper" aria-label="Huvudmeny">
        <ul class="navbar-nav" id="portal-globalnav">{nav}
        </ul>
      </nav>
    </div>
  </header>
  <div id="above-content-wrapper">
    <nav id="portal-breadcrumbs" aria-label="Brödsmulor">
      <ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="{W}">Start</a></li>{bc}
      </ol>
    </nav>
  </div>
  <div class="container">
    <div class="row"><aside id="global_statusmessage"></aside></div>
    <main id="main-container" class="row">{column_one}
      <div id="portal-column-content" class="{content_cls}">
        <article id="content">
          <header>
            <h1 class="documentFirstHeading">{esc(title)}</h1>{byline}{lead}
          </header>
          <div id="content-core">
            <div id="parent-fieldname-text">
{body}
            </div>
          </div>{actions}
        </article>
      </div>
    </main>
  </div>
  <footer id="portal-footer-wrapper">
    <div class="container" id="portal-footer">
      <div class="row">
        <div class="col-xs-12 col-md-4">
          <h2>Karlstads kommun</h2>
          <p>651 84 Karlstad<br>Besöksadress: Drottninggatan 26<br>Telefon: 054-540 00 00<br><a href="mailto:karlstadskommun@karlstad.se">karlstadskommun@karlstad.se</a></p>
        </div>
        <div class="col-xs-12 col-md-4">
          <h2>Genvägar</h2>
          <ul>
            <li><a href="{W}{KONTAKT}">Kontakta oss</a></li>
            <li><a href="{W}{NYH}">Nyheter</a></li>
            <li><a href="{W}{EVE}">Evenemang</a></li>
            <li><a href="{W}{JOBB}">Lediga jobb</a></li>
            <li><a href="{P}/">Karlstad utvecklar – kommunens projekt</a></li>
          </ul>
        </div>
        <div class="col-xs-12 col-md-4">
          <h2>Om webbplatsen</h2>
          <ul>
            <li><a href="{W}{KAKOR}">Kakor</a></li>
            <li><a href="{W}{TILLG}">Tillgänglighetsredogörelse</a></li>
            <li><a href="{W}{W_LOGIN}" rel="nofollow">Logga in</a></li>
          </ul>
        </div>
      </div>
      <p class="colophon">Webbplatsen drivs med <a href="https://plone.org" rel="noopener">Plone</a>.</p>
    </div>
  </footer>
</div>
</body>
</html>
'''


def w_portlet(title, root, items, current):
    li = ''.join(f'\n            <li class="navTreeItem{" navTreeCurrentItem" if p == current else ""}"><a href="{W}{p}" class="contenttype-document">{esc(t)}</a></li>'
                 for t, p in items)
    return f'''<div class="portlet portletNavigationTree card">
          <div class="card-header"><a href="{W}{root}" class="tile">{esc(title)}</a></div>
          <nav class="card-body">
            <ul class="navTree navTreeLevel0">{li}
            </ul>
          </nav>
        </div>'''


KOP_ITEMS = [('Politik och demokrati', POLITIK), ('Ekonomi', EKO), ('Sociala investeringsfonden', W_FOND)]
OMS_ITEMS = [('Barn och familj', BOF), ('Familjecentralen Välsviken', FAMC), ('Äldreomsorg', AELDRE),
             ('Ekonomiskt bistånd', SOCBIST)]


def w_start():
    body = f'''              <section class="hero">
                <h2>Välkommen till Karlstads kommun</h2>
                <p>Här hittar du information och e-tjänster för dig som bor, arbetar eller driver företag i Karlstad.</p>
              </section>
              <section class="puffs">
                <div class="puff">
                  <h2><a href="{P}{P_FOND}">Sociala investeringar</a></h2>
                  <p>Kommunen satsar på tidiga insatser för barn, unga, familjer och äldre. Läs om projekten på vår projektwebb.</p>
                </div>
                <div class="puff">
                  <h2><a href="{W}{JOBB}">Jobba hos oss</a></h2>
                  <p>Karlstads kommun har över 6 000 medarbetare i mer än 400 yrken.</p>
                </div>
                <div class="puff">
                  <h2><a href="{W}{EVE}">Evenemang</a></h2>
                  <p>Konserter, föreläsningar och aktiviteter i hela kommunen.</p>
                </div>
              </section>
              <section class="news-listing">
                <h2>Nyheter</h2>
                <ul>
                  <li><a href="{W}{N_SPORT}">Sportlov för barn och unga</a> <span class="date">2 februari 2026</span></li>
                  <li><a href="{W}{N_BESLUT}">Två nya sociala investeringar beviljade</a> <span class="date">27 november 2025</span></li>
                  <li><a href="{W}{N_SNO}">Så snöröjer vi i vinter</a> <span class="date">10 november 2025</span></li>
                  <li><a href="{W}{N_WEBB}">Kommunens utvecklingsprojekt samlas på ny webbplats</a> <span class="date">1 september 2025</span></li>
                </ul>
                <p><a href="{W}{NYH}">Fler nyheter</a></p>
              </section>
              <section class="popular-searches">
                <h2>Populära sökningar</h2>
                <ul>
                  <li><a href="{W}{W_SEARCHES[0]}">Bygglov</a></li>
                  <li><a href="{W}{W_SEARCHES[1]}">Förskola</a></li>
                  <li><a href="{W}{W_SEARCHES[2]}">Lediga jobb</a></li>
                </ul>
              </section>'''
    return w_page('/', 'Karlstads kommun', body, desc='Karlstads kommuns webbplats.', portal_type='Folder')


def w_kop():
    body = f'''              <p>Här finns information om hur kommunen styrs, kommunens ekonomi och de projekt kommunen driver.</p>
              <ul class="listing">
                <li><a href="{W}{POLITIK}">Politik och demokrati</a> – nämnder, sammanträden och protokoll.</li>
                <li><a href="{W}{EKO}">Ekonomi</a> – budget, årsredovisning och kommunens fonder.</li>
                <li><a href="{P}{PROJ}">Projekt och utveckling</a> – alla kommunens utvecklingsprojekt finns på projekt.karlstad.se.</li>
              </ul>'''
    return w_page(KOP, 'Kommun och politik', body, desc='Hur Karlstads kommun styrs och utvecklas.', section=KOP,
                  crumbs=[('Kommun och politik', KOP)], portlet=w_portlet('Kommun och politik', KOP, KOP_ITEMS, KOP),
                  portal_type='Folder')


def w_eko():
    body = f'''              <p>Kommunens ekonomi styrs av den budget som kommunfullmäktige beslutar om varje år i juni.</p>
              <ul class="listing">
                <li><a href="{W}{BUDGET}">Budget och årsredovisning</a></li>
                <li><a href="{W}{W_FOND}">Sociala investeringsfonden</a></li>
              </ul>'''
    return w_page(EKO, 'Ekonomi', body, desc='Budget, årsredovisning och kommunens fonder.', section=KOP,
                  crumbs=[('Kommun och politik', KOP), ('Ekonomi', EKO)],
                  portlet=w_portlet('Kommun och politik', KOP, KOP_ITEMS, EKO), portal_type='Folder')


def w_fond():
    body = f'''              <p>Kommunfullmäktige beslutade 2016 att avsätta 20 miljoner kronor av kommunens resultat till en social investeringsfond. Ur fonden kan nämnderna få pengar till tidsbegränsade, förebyggande insatser som ska ge bättre livsvillkor för invånarna och på sikt minska kommunens kostnader.</p>
              <h2>Hur fonden fungerar</h2>
              <p>Kommunstyrelsen beslutar om medel ur fonden en gång per år. Den nämnd som får minskade kostnader tack vare en social investering betalar tillbaka en del av medlen, så att fonden kan användas igen.</p>
              <h2>Fonden i siffror</h2>
              <ul>
                <li>Avsatt 2016: 20 000 000 kronor</li>
                <li>Påfyllning 2023: 10 000 000 kronor</li>
                <li>Beviljat sedan starten: 22 600 000 kronor</li>
                <li>Återbetalt till fonden: 3 100 000 kronor</li>
              </ul>
              <h2>Projekten finns på projektwebben</h2>
              <p>Sedan hösten 2025 presenteras alla sociala investeringar, ansökan och riktlinjer på kommunens projektwebb <a href="{P}/">Karlstad utvecklar</a>.</p>
              <p><a class="btn btn-primary" href="{P}{P_FOND}">Till sociala investeringar på projekt.karlstad.se</a></p>
              <h2>Kontakt</h2>
              <p>Strateg för social hållbarhet, kommunledningskontoret<br><a href="mailto:socialainvesteringar@karlstad.se">socialainvesteringar@karlstad.se</a></p>'''
    return w_page(W_FOND, 'Sociala investeringsfonden', body,
                  desc='Karlstads kommuns sociala investeringsfond finansierar tidiga, förebyggande insatser.',
                  section=KOP, crumbs=[('Kommun och politik', KOP), ('Ekonomi', EKO), ('Sociala investeringsfonden', W_FOND)],
                  portlet=w_portlet('Kommun och politik', KOP, KOP_ITEMS, W_FOND), modified='2025-09-02',
                  sendto_link=True)


def w_oms():
    body = f'''              <p>Stöd och omsorg för barn, familjer, äldre och personer med funktionsnedsättning.</p>
              <ul class="listing">
                <li><a href="{W}{BOF}">Barn och familj</a></li>
                <li><a href="{W}{AELDRE}">Äldreomsorg</a></li>
                <li><a href="{W}{SOCBIST}">Ekonomiskt bistånd</a></li>
              </ul>'''
    return w_page(OMS, 'Omsorg och stöd', body, desc='Stöd och omsorg i Karlstads kommun.', section=OMS,
                  crumbs=[('Omsorg och stöd', OMS)], portlet=w_portlet('Omsorg och stöd', OMS, OMS_ITEMS, OMS),
                  portal_type='Folder')


def w_bof():
    body = f'''              <p>Socialtjänsten erbjuder råd och stöd till föräldrar, barn och unga. Mycket av stödet kan du få utan att ansöka.</p>
              <ul class="listing">
                <li><a href="{W}{FAMC}">Familjecentralen Välsviken</a> – öppen förskola, barnavårdscentral, mödrahälsovård och föräldrarådgivning under samma tak.</li>
                <li>Föräldrastöd i grupp – kurser för föräldrar med barn i olika åldrar.</li>
              </ul>'''
    return w_page(BOF, 'Barn och familj', body, desc='Stöd till barn och familjer.', section=OMS,
                  crumbs=[('Omsorg och stöd', OMS), ('Barn och familj', BOF)],
                  portlet=w_portlet('Omsorg och stöd', OMS, OMS_ITEMS, BOF), portal_type='Folder')


def w_famc():
    body = f'''              <p>På Familjecentralen Välsviken finns öppen förskola, barnavårdscentral, mödrahälsovård och socialtjänstens föräldrarådgivning i samma lokaler. Hit är alla föräldrar med barn 0–6 år välkomna, och du behöver inte boka tid till den öppna förskolan.</p>
              <h2>Öppettider</h2>
              <table class="listing">
                <thead><tr><th>Verksamhet</th><th>Öppet</th></tr></thead>
                <tbody>
                  <tr><td>Öppen förskola</td><td>Måndag–torsdag 9.00–15.00</td></tr>
                  <tr><td>Barnavårdscentral</td><td>Tidsbokning vardagar 8.00–9.00</td></tr>
                  <tr><td>Föräldrarådgivning</td><td>Drop in tisdagar 13.00–15.00</td></tr>
                </tbody>
              </table>
              <h2>Föräldrarådgivning</h2>
              <p>Socialtjänstens familjebehandlare finns på plats varje tisdag. Du kan prata om sömn, gränssättning, oro för ditt barn eller din egen situation som förälder. Samtalen är kostnadsfria och du kan vara anonym.</p>
              <h2>Historik</h2>
              <p>Familjecentralen startade 2017 som en social investering och finansierades de tre första åren ur kommunens sociala investeringsfond. Sedan januari 2020 är familjecentralen en del av den ordinarie verksamheten, och den drivs tills vidare av socialförvaltningen och Region Värmland tillsammans.</p>
              <h2>Hitta hit</h2>
              <p>Familjecentralen Välsviken, Välsviksvägen 12 (ingång från parkeringen). Buss 3 och 11 till hållplats Välsviken centrum.</p>'''
    return w_page(FAMC, 'Familjecentralen Välsviken', body,
                  desc='Öppen förskola, BVC, mödrahälsovård och föräldrarådgivning på ett ställe.', section=OMS,
                  crumbs=[('Omsorg och stöd', OMS), ('Barn och familj', BOF), ('Familjecentralen Välsviken', FAMC)],
                  portlet=w_portlet('Omsorg och stöd', OMS, OMS_ITEMS, FAMC), modified='2025-10-06', sendto_link=True)


NEWS = [
    (N_SPORT, 'Sportlov för barn och unga', '2026-02-02',
     '<p>Under sportlovet vecka 9 ordnar kommunen gratis aktiviteter för barn och unga: skridskor på Tingvalla isstadion, prova-på-klättring i Sandgrund och filmvisning på biblioteken. Ingen anmälan behövs till de flesta aktiviteterna.</p>',
     'Gratis aktiviteter under sportlovet.'),
    (N_BESLUT, 'Två nya sociala investeringar beviljade', '2025-11-27',
     f'''<p>Kommunstyrelsen beviljade på onsdagen medel ur den sociala investeringsfonden till två nya satsningar som startar i januari 2026.</p>
              <h2>Hela skoldagen på Rudsskolan</h2>
              <p>Barn- och ungdomsförvaltningen får 3 100 000 kronor för att tillsammans med socialförvaltningen och fritidsgården minska frånvaron bland elever i årskurs 4–9. <a href="{P}{K2}">Läs mer om Hela skoldagen</a>.</p>
              <h2>Seniorlänken i Skåre</h2>
              <p>Vård- och omsorgsförvaltningen får 950 000 kronor för att minska ofrivillig ensamhet bland äldre i Skåre, tillsammans med församlingen och pensionärsföreningarna. <a href="{P}{K4}">Läs mer om Seniorlänken</a>.</p>
              <p>En tredje ansökan, om en digital mötesplats för unga, fick avslag eftersom den inte var tidsbegränsad.</p>
              <p>Alla kommunens sociala investeringar finns på <a href="{P}{P_FOND}">projekt.karlstad.se</a>.</p>''',
     'Kommunstyrelsen har beviljat medel till två nya sociala investeringar.'),
    (N_SNO, 'Så snöröjer vi i vinter', '2025-11-10',
     '<p>När det har kommit fem centimeter snö börjar vi ploga huvudgator, gång- och cykelvägar och busshållplatser. Bostadsgator plogas när snödjupet är tio centimeter. Du kan följa plogbilarna i realtid i vår snökarta.</p>',
     'Så prioriterar kommunen snöröjningen.'),
    (N_WEBB, 'Kommunens utvecklingsprojekt samlas på ny webbplats', '2025-09-01',
     f'''<p>Nu finns alla kommunens utvecklingsprojekt samlade på en egen webbplats, <a href="{P}/">Karlstad utvecklar</a>. Där kan du läsa om allt från stadsutvecklingen i Inre hamn till de sociala investeringarna för barn, unga och äldre.</p>
              <p>Projektsidorna som tidigare låg under karlstad.se/projekt har flyttats till den nya webbplatsen. Gamla länkar slutar fungera under hösten.</p>''',
     'Alla kommunens utvecklingsprojekt finns nu på projekt.karlstad.se.'),
    (N_OLD, 'Familjestöd i Kronoparken startar i januari', '2023-12-12',
     f'''<p>I januari startar Familjestöd i Kronoparken, en social investering där socialtjänsten flyttar ut familjebehandlare till förskolorna i Kronoparken. Föräldrar ska kunna få råd och stöd tidigt, utan att behöva ansöka.</p>
              <p>Läs mer på <a href="{W}{W_OLDPROJ}">projektets sida</a> eller bland <a href="{W}{W_OLDROOT}">kommunens projekt</a>.</p>''',
     'En ny social investering ger familjer i Kronoparken stöd tidigt.'),
]


def w_news(path, title, date, body, desc):
    b = f'''              <p class="news-date"><time datetime="{date}">{date}</time></p>
              {body}'''
    return w_page(path, title, b, desc=desc, section=NYH, crumbs=[('Nyheter', NYH), (title, path)],
                  portal_type='News Item', modified=date, sendto_link=(path == N_BESLUT))


def w_nyheter():
    items = ''.join(f'\n                <li><a href="{W}{p}">{esc(t)}</a> <span class="date">{d}</span><br>{esc(desc)}</li>'
                    for p, t, d, _, desc in NEWS)
    body = f'''              <ul class="news-listing">{items}
              </ul>'''
    return w_page(NYH, 'Nyheter', body, desc='Nyheter från Karlstads kommun.', section=NYH, crumbs=[('Nyheter', NYH)],
                  portal_type='Folder')


def w_evenemang():
    body = f'''              <p>Här hittar du ett urval av evenemang i kommunens regi.</p>
              <ul class="event-listing">
                <li><a href="{P}{A_EVENT}">Inspirationsdag: sociala investeringar</a> – 16 april 2026, Karlstad CCC</li>
                <li>Vårkonsert med Kulturskolan – 24 april 2026, Sundstabaden aula</li>
              </ul>
              <p><a href="{W}{W_CAL}" rel="nofollow">Visa kalender</a></p>'''
    return w_page(EVE, 'Evenemang', body, desc='Evenemang i Karlstads kommun.', section=EVE,
                  crumbs=[('Evenemang', EVE)], portal_type='Folder')


def w_jobb():
    body = f'''              <p>Alla lediga jobb i Karlstads kommun annonseras på Varbi. Här är några av tjänsterna just nu.</p>
              <ul class="listing">
                <li><a href="{W}{JOB}">Projektledare för sociala investeringar</a> – kommunledningskontoret, sista ansökningsdag 12 april 2026</li>
                <li><a href="https://karlstad.varbi.com/">Alla lediga jobb på Varbi</a></li>
              </ul>'''
    return w_page(JOBB, 'Lediga jobb', body, desc='Lediga jobb i Karlstads kommun.', section=JOBB,
                  crumbs=[('Lediga jobb', JOBB)], portal_type='Folder')


def w_job():
    body = f'''              <p>Vill du vara med och utveckla kommunens arbete med sociala investeringar? Kommunledningskontoret söker en projektledare som ska samordna fondens ansökningar, uppföljning och utvärdering.</p>
              <h2>Om tjänsten</h2>
              <p>Du stöttar förvaltningarna när de tar fram ansökningar och socioekonomiska analyser, håller ihop uppföljningen av de pågående investeringarna och sammanställer fondens årsrapport. Du arbetar nära projektledarna i bland annat <a href="{P}{K1}">Familjestöd i Kronoparken</a> och Hela skoldagen.</p>
              <h2>Kvalifikationer</h2>
              <p>Du har en akademisk examen inom samhällsvetenskap, ekonomi eller socialt arbete och erfarenhet av att leda projekt i offentlig sektor. Erfarenhet av utvärdering är meriterande.</p>
              <dl class="job-facts">
                <dt>Anställningsform</dt><dd>Visstidsanställning till och med 31 december 2027</dd>
                <dt>Omfattning</dt><dd>Heltid, 100 %</dd>
                <dt>Tillträde</dt><dd>Enligt överenskommelse</dd>
                <dt>Sista ansökningsdag</dt><dd>2026-04-12</dd>
                <dt>Referensnummer</dt><dd>KLK 2026/118</dd>
              </dl>
              <p><a class="btn btn-primary" href="https://karlstad.varbi.com/se/what:job/jobID:{numid('karlstad-job', 700000, 90000)}/">Ansök via Varbi</a></p>'''
    return w_page(JOB, 'Projektledare för sociala investeringar', body,
                  desc='Kommunledningskontoret söker en projektledare för sociala investeringar.', section=JOBB,
                  crumbs=[('Lediga jobb', JOBB), ('Projektledare för sociala investeringar', JOB)], modified='2026-03-02')


def w_simple(path, title, text, crumbs):
    return w_page(path, title, text, desc=title, crumbs=crumbs)


# ================================================================================================ projekt (Gatsby)
GATSBY_CSS = ('body{margin:0;font-family:Inter,system-ui,sans-serif;color:#1d1d1b}'
              '.header-module--header--3kx9s{background:#00573f;color:#fff}'
              '.card-module--card--a81Qe{border:1px solid #d7d7d7;border-radius:8px;padding:1rem}'
              '.facts-module--facts--Zr6w1 dt{font-weight:700}')
APP_HASH = hexid('karlstad-app', 20)


def p_page(path, title, body, *, desc='', template='page', og_type='website', json_ld=''):
    nav = [('Projekt', PROJ), ('Områden', OMR), ('Aktuellt', AKT), ('Om webbplatsen', OMW)]
    navhtml = ''.join(f'<li><a class="nav-module--link--1kJ2o{" nav-module--active--3QbN2" if path.startswith(p) else ""}" href="{p}">{t}</a></li>'
                      for t, p in nav)
    page_data = '/page-data' + (path if path != '/' else '/index/') + 'page-data.json'
    full_title = f'{title} | Karlstad utvecklar' if path != '/' else 'Karlstad utvecklar – projekt i Karlstads kommun'
    ld = f'<script type="application/ld+json" data-gatsby-head="true">{json_ld}</script>' if json_ld else ''
    return f'''<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/><style data-href="/styles.{hexid('karlstad-css', 20)}.css" data-identity="gatsby-global-css">{GATSBY_CSS}</style><title data-gatsby-head="true">{esc(full_title)}</title><meta name="description" content="{esc(desc or title)}" data-gatsby-head="true"/><meta property="og:title" content="{esc(title)}" data-gatsby-head="true"/><meta property="og:type" content="{og_type}" data-gatsby-head="true"/><meta property="og:url" content="{P}{path}" data-gatsby-head="true"/><link rel="canonical" href="{P}{path}" data-gatsby-head="true"/>{ld}<link rel="icon" href="/favicon-32x32.png?v={hexid('fav', 32)}" type="image/png"/><link as="fetch" rel="preload" href="{page_data}" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><a class="skip-module--skip--2Wq1x" href="#innehall">Hoppa till innehållet</a>
<header class="header-module--header--3kx9s">
  <div class="header-module--inner--1o9eP">
    <a class="header-module--brand--2ZJv0" href="/"><img src="/static/{hexid('logo', 32)}/karlstad-utvecklar.svg" alt="Karlstad utvecklar" width="190" height="40"/></a>
    <nav aria-label="Huvudmeny"><ul class="nav-module--list--2aZ6b">{navhtml}</ul></nav>
    <a class="header-module--search--3y7Yc" href="{P_SEARCH}">Sök</a>
    <a class="header-module--home--1vC8r" href="{W}/">karlstad.se</a>
  </div>
</header>
<main id="innehall" class="layout-module--main--1fZkA template-{template}">
{body}
</main>
<footer class="footer-module--footer--2pVxS">
  <div class="footer-module--inner--3HkQ1">
    <p><strong>Karlstad utvecklar</strong> är Karlstads kommuns webbplats för utvecklingsprojekt.<br/>Karlstads kommun, 651 84 Karlstad, 054-540 00 00, <a href="mailto:karlstadskommun@karlstad.se">karlstadskommun@karlstad.se</a></p>
    <ul>
      <li><a href="{W}/">Till karlstad.se</a></li>
      <li><a href="{W}{KONTAKT}">Kontakta kommunen</a></li>
      <li><a href="{OMW}">Om webbplatsen och kakor</a></li>
      <li><a href="{AKT}">Aktuellt</a></li>
    </ul>
  </div>
</footer></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{{}}";/*]]>*/</script><script src="/webpack-runtime-{hexid('wr', 20)}.js" async></script><script src="/framework-{hexid('fw', 20)}.js" async></script><script src="/app-{APP_HASH}.js" async></script></body></html>
'''


def crumbs(items):
    li = '<li><a href="/">Start</a></li>' + ''.join(
        f'<li><a href="{p}">{esc(t)}</a></li>' if i < len(items) - 1 else f'<li aria-current="page">{esc(t)}</li>'
        for i, (t, p) in enumerate(items))
    return f'<nav class="breadcrumbs-module--crumbs--3e1Hn" aria-label="Brödsmulor"><ol>{li}</ol></nav>'


def facts(rows, heading='Fakta'):
    dl = ''.join(f'<div class="facts-module--row--1sB0x"><dt>{esc(k)}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'''<aside class="facts-module--facts--Zr6w1" aria-labelledby="fakta-rubrik"><h2 id="fakta-rubrik">{heading}</h2><dl>{dl}</dl></aside>'''


def project_page(path, title, area, lead, rows, sections, contact, *, status_tag='Pågår', related=()):
    secs = ''.join(f'\n<h2>{esc(h)}</h2>\n' + ''.join(f'<p>{p}</p>' for p in ps) for h, ps in sections)
    rel = ''
    if related:
        rel = '\n<section class="related-module--related--2kq8V"><h2>Fler projekt inom ' + esc(area) + '</h2><ul>' + \
              ''.join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in related) + '</ul></section>'
    area_path = {'Sociala investeringar': P_FOND, 'Stadsutveckling': STAD, 'Klimat och energi': KLIMAT}[area]
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Projekt', PROJ), (title, path)])}
<article class="project-module--project--1ab3C" data-contentful-id="{hexid(path, 22)}">
<p class="project-module--meta--2c9Xz"><a class="tag-module--tag--1b2Cx" href="{area_path}">{esc(area)}</a> <span class="status-module--status--3zQ1p">{esc(status_tag)}</span></p>
<h1>{esc(title)}</h1>
<p class="project-module--lead--3NwXk">{lead}</p>
<div class="project-module--grid--1Lr3d">
<div class="project-module--text--2x8Mv">{secs}
</div>
{facts(rows)}
</div>
<section class="contact-module--contact--1Qm7b"><h2>Kontakt</h2><p>{contact}</p></section>
<p class="project-module--tools--3Jk1s"><a href="{blad(path)}">Skriv ut projektblad</a></p>
</article>{rel}
</div>'''
    return body


def projektblad(path, title, lead, rows):
    """The printable sheet of a project page (a bare page of its own, forbidden by robots.txt)."""
    dl = ''.join(f'<tr><th scope="row">{esc(k)}</th><td>{v}</td></tr>' for k, v in rows)
    return f'''<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><meta name="robots" content="noindex"/><title>Projektblad: {esc(title)}</title><link rel="canonical" href="{P}{path}"/><style>body{{font-family:Georgia,serif;max-width:40em;margin:2em auto}}th{{text-align:left;padding-right:1em}}</style></head><body onload="window.print()">
<p><img src="/static/{hexid('logo', 32)}/karlstad-utvecklar.svg" alt="Karlstad utvecklar" width="190" height="40"/></p>
<h1>{esc(title)}</h1>
<p>{lead}</p>
<table>{dl}</table>
<p>Webbadress: {P}{path}</p>
<p><a href="{path}">Tillbaka till projektsidan</a></p>
</body></html>
'''


PROJECT_DATA = {}


def k1():
    rows = [('Projektperiod', '1 januari 2024 – 31 december 2026'),
            ('Beviljade medel', '2 600 000 kronor ur den sociala investeringsfonden'),
            ('Projektägare', 'Socialnämnden'),
            ('Samverkan', 'Förskolorna i Kronoparken, barnhälsovården i Region Värmland och Karlstads stadsmission'),
            ('Målgrupp', 'Familjer med barn 0–12 år i Kronoparken'),
            ('Bemanning', 'Två familjebehandlare på heltid och en samordnare på halvtid'),
            ('Status', 'Pågår')]
    lead = 'Familjestöd i Kronoparken är en social investering där socialtjänstens familjebehandlare finns på plats i förskolor och skolor, så att föräldrar kan få råd och stöd tidigt utan att behöva ansöka.'
    sections = [
        ('Bakgrund', ['Kronoparken är en av de stadsdelar i Karlstad där flest barn lever i familjer med låg inkomst. Orosanmälningarna till socialtjänsten har ökat, och många familjer kommer i kontakt med socialtjänsten först när situationen har blivit allvarlig.']),
        ('Så arbetar vi', ['Familjebehandlarna har fasta tider på tre förskolor och på Kronoparksskolan. Föräldrar kan boka ett samtal eller komma förbi. Personalen i förskolan kan be om handledning när de är oroliga för ett barn.',
                          'Tillsammans med stadsmissionen ordnar projektet föräldraträffar på kvällstid, med barnpassning och middag. Barnhälsovården hänvisar familjer till familjebehandlarna redan vid 18-månadersbesöket.']),
        ('Mål', ['Målet är att 200 familjer ska ha fått stöd under projekttiden och att andelen utredningar som leder till placering utanför hemmet ska minska i Kronoparken.']),
        ('Uppföljning', ['Projektet följs upp av FoU Välfärd Värmland. En socioekonomisk analys jämför kostnaderna för projektet med kostnaderna för sena insatser. Kommunstyrelsen tar ställning till en fortsättning hösten 2026.'])]
    PROJECT_DATA[K1] = ('Familjestöd i Kronoparken', lead, rows)
    return p_page(K1, 'Familjestöd i Kronoparken', project_page(
        K1, 'Familjestöd i Kronoparken', 'Sociala investeringar', lead, rows, sections,
        'Samordnare Familjestöd i Kronoparken, socialförvaltningen, <a href="mailto:familjestod.kronoparken@karlstad.se">familjestod.kronoparken@karlstad.se</a>',
        related=[('Hela skoldagen – Rudsskolan', K2), ('Unga till jobb – Våxnäs', K3)]),
        desc='Familjebehandlare i förskolor och skolor i Kronoparken.', template='projekt', og_type='article')


def k2():
    rows = [('Projektperiod', '1 januari 2026 – 30 juni 2028'),
            ('Beviljade medel', '3 100 000 kronor ur den sociala investeringsfonden'),
            ('Projektägare', 'Barn- och ungdomsnämnden'),
            ('Samverkan', 'Socialförvaltningen och Rudsgårdens fritidsgård'),
            ('Målgrupp', 'Elever i årskurs 4–9 på Rudsskolan med hög eller ökande frånvaro, och deras vårdnadshavare'),
            ('Bemanning', 'En skolkurator och en fritidspedagog på heltid, en socialsekreterare på halvtid'),
            ('Status', 'Pågår')]
    lead = 'Hela skoldagen är ett projekt på Rudsskolan som ska få fler elever att komma till skolan och stanna hela dagen. Skolan, socialtjänsten och fritidsgården arbetar tillsammans med eleverna och deras familjer.'
    sections = [
        ('Därför behövs projektet', ['Läsåret 2024/25 hade nästan var fjärde elev i årskurs 7–9 på Rudsskolan mer än 15 procent frånvaro. Elever med hög frånvaro i grundskolan klarar oftare inte gymnasiet, och risken för utanförskap som vuxen ökar.']),
        ('Så arbetar vi', ['Ett närvaroteam följer frånvaron varje vecka och kontaktar hemmet redan efter några dagars ströfrånvaro. Varje elev med hög frånvaro får en egen plan som görs tillsammans med familjen. Fritidspedagogen finns på skolan på raster och eftermiddagar och håller i aktiviteter på Rudsgården för elever som behöver en väg tillbaka in i gemenskapen.']),
        ('Mål', ['Den problematiska frånvaron ska halveras till vårterminen 2028, och andelen elever som blir behöriga till gymnasiet ska öka.'])]
    PROJECT_DATA[K2] = ('Hela skoldagen – Rudsskolan', lead, rows)
    return p_page(K2, 'Hela skoldagen – Rudsskolan', project_page(
        K2, 'Hela skoldagen – Rudsskolan', 'Sociala investeringar', lead, rows, sections,
        'Rektor, Rudsskolan, <a href="mailto:helaskoldagen@karlstad.se">helaskoldagen@karlstad.se</a>',
        related=[('Familjestöd i Kronoparken', K1)]),
        desc='Ett projekt mot hög frånvaro på Rudsskolan.', template='projekt', og_type='article')


def k3():
    rows = [('Projektperiod', '1 mars 2025 – 28 februari 2027'),
            ('Budget', '1 900 000 kronor, varav 1 500 000 kronor ur den sociala investeringsfonden och 400 000 kronor från Samordningsförbundet Värmland'),
            ('Projektägare', 'Arbetsmarknads- och socialnämnden'),
            ('Samverkan', 'Arbetsförmedlingen, Försäkringskassan, Samordningsförbundet Värmland och Våxnäs bibliotek'),
            ('Målgrupp', 'Unga 16–24 år i Våxnäs som varken arbetar eller studerar'),
            ('Bemanning', 'Två jobbcoacher på heltid'),
            ('Status', 'Pågår')]
    lead = 'Unga till jobb är en social investering för unga i Våxnäs som varken arbetar eller studerar. Jobbcoacher möter de unga där de är – på biblioteket, på fritidsgården och ute i området.'
    sections = [
        ('Bakgrund', ['I Våxnäs är andelen unga som varken arbetar eller studerar dubbelt så hög som i kommunen i stort. Många av dem är inte inskrivna hos Arbetsförmedlingen och har ingen kontakt med kommunens aktivitetsansvar.']),
        ('Så arbetar coacherna', ['Coacherna har öppet hus på Våxnäs bibliotek tre eftermiddagar i veckan och går uppsökande rundor i området på kvällar. Varje deltagare får en egen plan med steg mot arbete eller studier: praktik, vägledning inför komvux, körkortsteori och stöd i kontakten med myndigheterna.']),
        ('Mål', ['Minst 80 unga ska ha deltagit under projekttiden, och hälften av dem ska arbeta eller studera sex månader efter att de avslutat sitt deltagande.'])]
    PROJECT_DATA[K3] = ('Unga till jobb – Våxnäs', lead, rows)
    return p_page(K3, 'Unga till jobb – Våxnäs', project_page(
        K3, 'Unga till jobb – Våxnäs', 'Sociala investeringar', lead, rows, sections,
        'Jobbcoach, arbetsmarknadsenheten, <a href="mailto:ungatilljobb@karlstad.se">ungatilljobb@karlstad.se</a>',
        related=[('Familjestöd i Kronoparken', K1)]),
        desc='Jobbcoacher för unga 16–24 år i Våxnäs.', template='projekt', og_type='article')


def k4():
    rows = [('Projektperiod', '1 januari 2026 – 31 december 2027'),
            ('Beviljade medel', '950 000 kronor ur den sociala investeringsfonden'),
            ('Projektägare', 'Vård- och omsorgsnämnden'),
            ('Samverkan', 'Skåre församling, PRO Skåre och Röda Korset Karlstad'),
            ('Målgrupp', 'Personer 70 år och äldre i Skåre som känner sig ensamma'),
            ('Bemanning', 'En samordnare på 75 procent'),
            ('Status', 'Startade januari 2026')]
    lead = 'Seniorlänken är ett nytt projekt mot ofrivillig ensamhet bland äldre i Skåre. En samordnare bygger upp ett nätverk av frivilliga som ringer, besöker och följer med på aktiviteter.'
    sections = [
        ('Bakgrund', ['I Skåre bor många äldre ensamma, och flera av de mötesplatser som fanns tidigare har stängt. I kommunens senaste folkhälsoenkät svarade var fjärde person över 70 år i Skåre att de ofta känner sig ensamma.']),
        ('Så ska projektet arbeta', ['Samordnaren rekryterar och utbildar frivilliga seniorvänner. Församlingshemmet blir mötesplats med lunch två dagar i veckan, och hemtjänsten tipsar om Seniorlänken när de möter någon som verkar ensam. Den som inte kan ta sig till församlingshemmet kan få besök hemma.']),
        ('Uppföljning', ['Deltagarna svarar på frågor om ensamhet och livskvalitet när de börjar och efter ett år. Vård- och omsorgsförvaltningen redovisar resultaten till kommunstyrelsen i början av 2028.'])]
    PROJECT_DATA[K4] = ('Seniorlänken Skåre', lead, rows)
    return p_page(K4, 'Seniorlänken Skåre', project_page(
        K4, 'Seniorlänken Skåre', 'Sociala investeringar', lead, rows, sections,
        'Samordnare, vård- och omsorgsförvaltningen, <a href="mailto:seniorlanken@karlstad.se">seniorlanken@karlstad.se</a>',
        status_tag='Nytt projekt'),
        desc='Ett projekt mot ofrivillig ensamhet bland äldre i Skåre.', template='projekt', og_type='article')


def k5():
    rows = [('Projektperiod', 'september 2021 – augusti 2024'),
            ('Beviljade medel', '1 300 000 kronor ur den sociala investeringsfonden'),
            ('Projektägare', 'Socialnämnden'),
            ('Samverkan', 'Karlstads Bostads AB (KBAB) och kronofogden'),
            ('Målgrupp', 'Barnfamiljer i Orrholmen som riskerar att bli vräkta'),
            ('Bemanning', 'En socialsekreterare och en budget- och skuldrådgivare, båda på heltid'),
            ('Status', 'Avslutat')]
    lead = 'Tryggt hem Orrholmen var en social investering som skulle förebygga vräkningar av barnfamiljer genom att socialtjänsten och bostadsbolaget tog kontakt med familjen redan vid första obetalda hyran.'
    sections = [
        ('Så arbetade projektet', ['När en barnfamilj i KBAB:s bestånd i Orrholmen missade en hyra fick socialtjänsten en signal samma vecka. Socialsekreteraren och skuldrådgivaren gjorde ett hembesök, hjälpte familjen att göra en betalningsplan och kopplade in annat stöd vid behov.']),
        ('Resultat', ['Under projekttiden fick 94 familjer stöd. Antalet avhysningar av barnfamiljer i Orrholmen minskade från sex år 2020 till ingen alls 2023. Projektet avslutades i augusti 2024 enligt plan, och slutrapporten redovisades för socialnämnden i november 2024.'])]
    PROJECT_DATA[K5] = ('Tryggt hem Orrholmen', lead, rows)
    body = project_page(K5, 'Tryggt hem Orrholmen', 'Sociala investeringar', lead, rows, sections,
                        'Socialförvaltningen, <a href="mailto:socialforvaltningen@karlstad.se">socialforvaltningen@karlstad.se</a>',
                        status_tag='Avslutat')
    body = body.replace('<h1>', '<p class="notice-module--notice--2sV8c"><strong>Projektet är avslutat.</strong></p>\n<h1>', 1)
    return p_page(K5, 'Tryggt hem Orrholmen', body, desc='Ett avslutat projekt som förebyggde vräkningar av barnfamiljer.',
                  template='projekt', og_type='article')


def hamn():
    rows = [('Projekttid', '2024–2029'),
            ('Budget', '148 miljoner kronor'),
            ('Projektägare', 'Teknik- och fastighetsnämnden'),
            ('Samverkan', 'Karlstads Energi och Karlstads Vatten'),
            ('Status', 'Pågår')]
    lead = 'Inre hamn etapp 2 omfattar en ny kaj, nya ledningar för vatten, avlopp och fjärrvärme och en ny gata längs Pråmkanalen.'
    sections = [
        ('Vad byggs?', ['Den gamla träkajen längs Pråmkanalen ersätts med en kaj i betong och natursten. Under gatan läggs nya ledningar för vatten, dagvatten, avlopp och fjärrvärme. Dagvattnet renas i växtbäddar innan det når Klarälven.']),
        ('Tidplan', ['Ledningsarbetena pågår 2024–2026. Kajen byggs 2026–2028 och gatan asfalteras 2029. Under byggtiden är gång- och cykeltrafiken omledd via Hamngatan.'])]
    PROJECT_DATA[HAMN] = ('Inre hamn etapp 2', lead, rows)
    return p_page(HAMN, 'Inre hamn etapp 2', project_page(
        HAMN, 'Inre hamn etapp 2', 'Stadsutveckling', lead, rows, sections,
        'Projektledare, teknik- och fastighetsförvaltningen, <a href="mailto:inrehamn@karlstad.se">inrehamn@karlstad.se</a>'),
        desc='Ny kaj, nya ledningar och en ny gata i Inre hamn.', template='projekt', og_type='article')


def ladd():
    rows = [('Projektperiod', '1 september 2024 – 31 augusti 2027'),
            ('Budget', '12 400 000 kronor, varav 40 procent från Europeiska regionala utvecklingsfonden'),
            ('Projektägare', 'Karlstads kommun, klimat- och miljöenheten'),
            ('Samverkan', 'Region Värmland, Hammarö kommun och Kristinehamns kommun'),
            ('Status', 'Pågår')]
    lead = 'Laddinfrastruktur i Värmland är ett EU-projekt som bygger laddplatser för tunga fordon vid kommunernas depåer och vid tre knutpunkter längs E18.'
    sections = [
        ('Om projektet', ['Projektet kartlägger behovet av el vid depåerna, bygger 24 snabbladdare och tar fram en gemensam modell för hur kommunerna kan upphandla el till fordonsflottan. Erfarenheterna sprids till övriga kommuner i länet.']),
        ('Finansiering', ['Projektet finansieras av Europeiska regionala utvecklingsfonden och av de deltagande kommunerna.'])]
    PROJECT_DATA[LADD] = ('Laddinfrastruktur i Värmland', lead, rows)
    return p_page(LADD, 'Laddinfrastruktur i Värmland', project_page(
        LADD, 'Laddinfrastruktur i Värmland', 'Klimat och energi', lead, rows, sections,
        'Klimat- och miljöenheten, <a href="mailto:klimat@karlstad.se">klimat@karlstad.se</a>'),
        desc='Laddplatser för tunga fordon i Värmland.', template='projekt', og_type='article')


def card(title, path, text, meta, tag):
    return f'''<li class="card-module--card--a81Qe"><span class="tag-module--tag--1b2Cx">{esc(tag)}</span><h3><a href="{path}">{esc(title)}</a></h3><p>{esc(text)}</p><p class="card-module--meta--1GfQx">{esc(meta)}</p></li>'''


SOCIAL_CARDS = [('Familjestöd i Kronoparken', K1, 'Familjebehandlare på plats i förskolor och skolor i Kronoparken.', '2024–2026'),
                ('Hela skoldagen – Rudsskolan', K2, 'Skola, socialtjänst och fritidsgård tillsammans mot hög frånvaro.', '2026–2028'),
                ('Unga till jobb – Våxnäs', K3, 'Jobbcoacher för unga som varken arbetar eller studerar.', '2025–2027'),
                ('Seniorlänken Skåre', K4, 'Frivilliga seniorvänner mot ofrivillig ensamhet.', '2026–2027')]


def p_start():
    body = f'''<section class="hero-module--hero--1nq2S"><div class="layout-module--container--3mS1c">
<h1>Karlstad utvecklar</h1>
<p>Här samlar Karlstads kommun sina utvecklingsprojekt: stadsbyggnad, klimat och energi och de sociala investeringar som ska ge barn, unga, familjer och äldre bättre förutsättningar.</p>
<p><a class="button-module--button--3qL1n" href="{PROJ}">Alla projekt</a></p>
</div></section>
<div class="layout-module--container--3mS1c">
<section><h2>Utvalda projekt</h2><ul class="grid-module--grid--2x1Sd">
{card('Hela skoldagen – Rudsskolan', K2, 'Skola, socialtjänst och fritidsgård tillsammans mot hög frånvaro.', '2026–2028', 'Sociala investeringar')}
{card('Seniorlänken Skåre', K4, 'Frivilliga seniorvänner mot ofrivillig ensamhet.', '2026–2027', 'Sociala investeringar')}
{card('Inre hamn etapp 2', HAMN, 'Ny kaj, nya ledningar och en ny gata längs Pråmkanalen.', '2024–2029', 'Stadsutveckling')}
</ul></section>
<section><h2>Områden</h2><ul class="areas-module--areas--1pX0c">
<li><a href="{P_FOND}">Sociala investeringar</a></li>
<li><a href="{STAD}">Stadsutveckling</a></li>
<li><a href="{KLIMAT}">Klimat och energi</a></li>
</ul></section>
<section><h2>Aktuellt</h2><ul class="news-module--list--3a8Fv">
<li><a href="{A_CALL}">Nu kan förvaltningarna söka sociala investeringsmedel</a> <time datetime="2026-03-02">2 mars 2026</time></li>
<li><a href="{A_RAPPORT}">Sociala investeringar – årsrapport 2025</a> <time datetime="2026-02-20">20 februari 2026</time></li>
<li><a href="{A_SENIOR}">Seniorlänken har startat i Skåre</a> <time datetime="2026-01-20">20 januari 2026</time></li>
</ul></section>
</div>'''
    return p_page('/', 'Karlstad utvecklar', body, desc='Karlstads kommuns utvecklingsprojekt.', template='start')


def p_projekt():
    cards = ''.join('\n' + card(t, p, x, m, 'Sociala investeringar') for t, p, x, m in SOCIAL_CARDS)
    cards += '\n' + card('Inre hamn etapp 2', HAMN, 'Ny kaj, nya ledningar och en ny gata längs Pråmkanalen.', '2024–2029', 'Stadsutveckling')
    cards += '\n' + card('Laddinfrastruktur i Värmland', LADD, 'Laddplatser för tunga fordon vid depåer och längs E18.', '2024–2027', 'Klimat och energi')
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Projekt', PROJ)])}
<h1>Projekt</h1>
<p>Pågående utvecklingsprojekt i Karlstads kommun. Avslutade projekt finns under <a href="{AVSL}">Avslutade projekt</a>.</p>
<nav class="filter-module--filter--2PZk0" aria-label="Filtrera efter område"><ul>
<li><a href="{PROJ}" aria-current="true">Alla</a></li>
<li><a href="{PROJ}?omrade=sociala-investeringar">Sociala investeringar</a></li>
<li><a href="{PROJ}?omrade=stadsutveckling">Stadsutveckling</a></li>
<li><a href="{PROJ}?omrade=klimat-och-energi">Klimat och energi</a></li>
</ul></nav>
<p class="filter-module--search--1Kx0a">Vanliga sökningar: <a href="{P_SEARCHES[0]}">familj</a>, <a href="{P_SEARCHES[1]}">skola</a>, <a href="{P_SEARCHES[2]}">stadsutveckling</a></p>
<ul class="grid-module--grid--2x1Sd">{cards}
</ul>
</div>'''
    return p_page(PROJ, 'Projekt', body, desc='Pågående utvecklingsprojekt i Karlstads kommun.', template='lista')


def p_avsl():
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Projekt', PROJ), ('Avslutade projekt', AVSL)])}
<h1>Avslutade projekt</h1>
<p>Projekt som har avslutats sedan 2021.</p>
<ul class="grid-module--grid--2x1Sd">
{card('Tryggt hem Orrholmen', K5, 'Socialtjänst och bostadsbolag förebyggde vräkningar av barnfamiljer.', '2021–2024', 'Sociala investeringar')}
{card('Digital bygglovsprocess', BYGGLOV, 'E-tjänst för bygglov med automatisk kontroll av handlingar.', '2022–2024', 'Stadsutveckling')}
</ul>
</div>'''
    return p_page(AVSL, 'Avslutade projekt', body, desc='Avslutade utvecklingsprojekt.', template='lista')


def p_omr():
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Områden', OMR)])}
<h1>Områden</h1>
<ul class="areas-module--areas--1pX0c">
<li><a href="{P_FOND}">Sociala investeringar</a> – tidiga insatser för barn, unga, familjer och äldre.</li>
<li><a href="{STAD}">Stadsutveckling</a> – nya stadsdelar, gator, kajer och parker.</li>
<li><a href="{KLIMAT}">Klimat och energi</a> – fossilfria transporter och energieffektivisering.</li>
</ul>
</div>'''
    return p_page(OMR, 'Områden', body, desc='Kommunens utvecklingsområden.', template='lista')


def fund_sub(current):
    items = [('Sociala investeringar', P_FOND), ('Så söker du medel', SOKA), ('Riktlinjer', RIKT)]
    cur = ' aria-current="page"'
    li = ''.join(f'<li><a href="{p}"{cur if p == current else ""}>{t}</a></li>' for t, p in items)
    return f'<nav class="subnav-module--subnav--2fG9a" aria-label="Sociala investeringar"><ul>{li}</ul></nav>'


def p_fond():
    cards = ''.join('\n' + card(t, p, x, m, 'Pågår') for t, p, x, m in SOCIAL_CARDS)
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Områden', OMR), ('Sociala investeringar', P_FOND)])}
{fund_sub(P_FOND)}
<h1>Sociala investeringar</h1>
<p class="page-module--lead--1sQ2v">Karlstads kommun har en social investeringsfond. Ur den kan nämnderna få pengar till tidsbegränsade, förebyggande insatser som ska ge barn, unga och vuxna bättre livsvillkor och på sikt minska kommunens kostnader.</p>
<h2>Vad är en social investering?</h2>
<p>En social investering är en satsning som sätts in tidigt för att förebygga problem, i stället för att kommunen ska behöva sätta in dyra insatser senare. Varje investering är tidsbegränsad och följs upp, så att man kan se om arbetssättet ska bli en del av den ordinarie verksamheten.</p>
<h2>Fonden i siffror</h2>
<ul class="figures-module--figures--3Ck2v">
<li><strong>30 miljoner kronor</strong> avsatta sedan 2016</li>
<li><strong>22,6 miljoner kronor</strong> beviljade</li>
<li><strong>4</strong> pågående investeringar</li>
<li><strong>11</strong> avslutade investeringar</li>
</ul>
<h2>Pågående sociala investeringar</h2>
<ul class="grid-module--grid--2x1Sd">{cards}
</ul>
<h2>Avslutade sociala investeringar</h2>
<p>Bland de avslutade investeringarna finns <a href="{K5}">Tryggt hem Orrholmen</a> (2021–2024) och Familjecentralen Välsviken, som i dag är en del av den ordinarie verksamheten. Läs mer i <a href="{A_RAPPORT}">årsrapporten för 2025</a>.</p>
<h2>Vill du söka medel?</h2>
<p>Läs <a href="{SOKA}">Så söker du medel</a> och fondens <a href="{RIKT}">riktlinjer</a>.</p>
</div>'''
    return p_page(P_FOND, 'Sociala investeringar', body, desc='Karlstads kommuns sociala investeringsfond och dess projekt.',
                  template='omrade')


def p_soka():
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Områden', OMR), ('Sociala investeringar', P_FOND), ('Så söker du medel', SOKA)])}
{fund_sub(SOKA)}
<h1>Så söker du medel</h1>
<p class="page-module--lead--1sQ2v">Alla nämnder och kommunala bolag i Karlstads kommun kan söka medel ur den sociala investeringsfonden, gärna flera tillsammans.</p>
<h2>Vem kan söka?</h2>
<p>Nämnder och helägda kommunala bolag. Föreningar och andra organisationer kan vara samverkansparter men kan inte söka själva.</p>
<h2>När kan man söka?</h2>
<p>Det finns en ansökningsomgång per år. Sista dag att lämna in ansökan är den 30 april, och kommunstyrelsen beslutar i november.</p>
<h2>Hur går det till?</h2>
<ol>
<li>Kontakta strategen för social hållbarhet och berätta om er idé.</li>
<li>Beskriv problemet, målgruppen, vad ni vill göra och hur arbetet ska följas upp i ansökningsmallen.</li>
<li>Gör en socioekonomisk analys tillsammans med kommunledningskontoret.</li>
<li>Förvaltningschefen skickar in ansökan.</li>
</ol>
<h2>Hur mycket kan man söka?</h2>
<p>En investering får pågå i högst tre år. Det finns inget tak för beloppet, men fonden fördelar normalt 5–7 miljoner kronor per år.</p>
<h2>Räkneexempel</h2>
<p>En satsning kostar 800 000 kronor per år i tre år och beräknas minska kostnaderna för placeringar med 1 200 000 kronor per år efter projekttiden. Nämnden betalar då tillbaka halva den beräknade minskningen till fonden, högst det beviljade beloppet.</p>
</div>'''
    return p_page(SOKA, 'Så söker du medel', body, desc='Så söker nämnderna medel ur den sociala investeringsfonden.')


def p_rikt():
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Områden', OMR), ('Sociala investeringar', P_FOND), ('Riktlinjer', RIKT)])}
{fund_sub(RIKT)}
<h1>Riktlinjer för den sociala investeringsfonden</h1>
<p class="page-module--lead--1sQ2v">Antagna av kommunfullmäktige den 15 juni 2016, § 98, reviderade den 14 december 2023, § 212.</p>
<h2>1. Fondens syfte</h2>
<p>Fonden ska möjliggöra tidiga och förebyggande insatser som minskar risken för utanförskap och ohälsa.</p>
<h2>2. Vad fonden finansierar</h2>
<p>Insatsen ska vara tidsbegränsad, rikta sig till en avgränsad målgrupp och bygga på kunskap om vad som fungerar. Fonden finansierar inte lokaler, investeringar i byggnader eller ordinarie verksamhet.</p>
<h2>3. Återbetalning</h2>
<p>Den nämnd som får lägre kostnader tack vare insatsen betalar tillbaka hälften av den beräknade minskningen till fonden.</p>
<h2>4. Uppföljning</h2>
<p>Varje insats redovisas till kommunstyrelsen en gång per år och med en slutrapport senast sex månader efter att den avslutats.</p>
</div>'''
    return p_page(RIKT, 'Riktlinjer för den sociala investeringsfonden', body, desc='Riktlinjer för fonden.')


def p_area(path, title, text, items):
    cards = ''.join('\n' + card(t, p, x, m, title) for t, p, x, m in items)
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Områden', OMR), (title, path)])}
<h1>{esc(title)}</h1>
<p class="page-module--lead--1sQ2v">{esc(text)}</p>
<ul class="grid-module--grid--2x1Sd">{cards}
</ul>
</div>'''
    return p_page(path, title, body, desc=text, template='omrade')


def p_aktuellt():
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Aktuellt', AKT)])}
<h1>Aktuellt</h1>
<ul class="news-module--list--3a8Fv">
<li><a href="{A_EVENT}">Inspirationsdag: sociala investeringar</a> <span>Evenemang 16 april 2026</span></li>
<li><a href="{A_CALL}">Nu kan förvaltningarna söka sociala investeringsmedel</a> <time datetime="2026-03-02">2 mars 2026</time></li>
<li><a href="{A_RAPPORT}">Sociala investeringar – årsrapport 2025</a> <time datetime="2026-02-20">20 februari 2026</time></li>
<li><a href="{A_SENIOR}">Seniorlänken har startat i Skåre</a> <time datetime="2026-01-20">20 januari 2026</time></li>
</ul>
<p><a href="{P_CAL}">Alla evenemang i kalendern</a></p>
</div>'''
    return p_page(AKT, 'Aktuellt', body, desc='Nyheter och evenemang om kommunens utvecklingsprojekt.', template='lista')


def article(path, title, date, inner, *, kind='Nyhet'):
    return f'''<div class="layout-module--container--3mS1c">
{crumbs([('Aktuellt', AKT), (title, path)])}
<article class="article-module--article--2bN1c">
<p class="article-module--kind--1a2Bc">{kind} · <time datetime="{date}">{date}</time></p>
<h1>{esc(title)}</h1>
{inner}
</article>
</div>'''


def a_call():
    inner = f'''<p class="page-module--lead--1sQ2v">Nu är årets ansökningsomgång till den sociala investeringsfonden öppen. Sista dag att ansöka är den 30 april 2026.</p>
<p>I år finns 6 000 000 kronor att fördela. Kommunstyrelsen prioriterar ansökningar som riktar sig till barn och unga i områden med låg socioekonomisk status och ansökningar där flera förvaltningar samverkar.</p>
<p>Förvaltningar som vill söka ska kontakta strategen för social hållbarhet senast den 1 april för att boka stöd med den socioekonomiska analysen. Kommunstyrelsen beslutar om medlen i november 2026.</p>
<p>Läs <a href="{SOKA}">Så söker du medel</a> och <a href="{RIKT}">riktlinjerna</a> innan du börjar.</p>'''
    return p_page(A_CALL, 'Nu kan förvaltningarna söka sociala investeringsmedel', article(
        A_CALL, 'Nu kan förvaltningarna söka sociala investeringsmedel', '2026-03-02', inner),
        desc='Ansökningsomgången till den sociala investeringsfonden är öppen till 30 april.', og_type='article')


def a_event():
    inner = f'''<p class="page-module--lead--1sQ2v">Välkommen till en dag om sociala investeringar i Karlstad – vad har vi lärt oss, och hur kan fler förvaltningar komma igång?</p>
<h2>Program</h2>
<ul>
<li>9.00 Kaffe och registrering</li>
<li>9.30 Kommundirektören inleder</li>
<li>10.00 Erfarenheter från Tryggt hem Orrholmen</li>
<li>11.00 Familjestöd i Kronoparken – halvvägs</li>
<li>13.00 Workshop: från idé till ansökan</li>
<li>15.00 Avslutning</li>
</ul>
<h2>Praktisk information</h2>
<dl class="event-module--facts--2Vt1p">
<dt>Datum</dt><dd>16 april 2026</dd>
<dt>Tid</dt><dd>9.00–15.30</dd>
<dt>Plats</dt><dd>Karlstad CCC, Tage Erlanders plats 1</dd>
<dt>Kostnad</dt><dd>Kostnadsfritt för medarbetare i Karlstads kommun, lunch ingår</dd>
<dt>Sista anmälningsdag</dt><dd>2 april 2026</dd>
<dt>Anmälan</dt><dd><a href="https://forms.office.com/e/{hexid('karlstad-form', 10)}">Anmälningsformulär</a></dd>
<dt>Arrangör</dt><dd>Kommunledningskontoret</dd>
</dl>
<p><a href="{P_ICS}">Lägg till i din kalender</a> · <a href="{P_CAL}">Alla evenemang i kalendern</a></p>'''
    return p_page(A_EVENT, 'Inspirationsdag: sociala investeringar', article(
        A_EVENT, 'Inspirationsdag: sociala investeringar', '2026-02-25', inner, kind='Evenemang'),
        desc='En inspirationsdag om sociala investeringar 16 april 2026.', og_type='article')


def a_rapport():
    inner = f'''<p class="page-module--lead--1sQ2v">Årsrapporten sammanfattar den sociala investeringsfondens år 2025: beslut, pengar och vad de avslutade investeringarna har gett.</p>
<h2>Ansökningar och beslut</h2>
<table class="table-module--table--1xT3b">
<thead><tr><th scope="col">År</th><th scope="col">Ansökningar</th><th scope="col">Beviljade</th><th scope="col">Beviljat belopp</th></tr></thead>
<tbody>
<tr><td>2023</td><td>5</td><td>2</td><td>4 500 000 kronor</td></tr>
<tr><td>2024</td><td>4</td><td>1</td><td>1 900 000 kronor</td></tr>
<tr><td>2025</td><td>3</td><td>2</td><td>4 050 000 kronor</td></tr>
</tbody>
</table>
<h2>Fondens ställning</h2>
<p>Vid årets slut fanns 7,4 miljoner kronor kvar i fonden. Under året betalade socialnämnden tillbaka 650 000 kronor efter <a href="{K5}">Tryggt hem Orrholmen</a>.</p>
<h2>Lärdomar</h2>
<p>De investeringar som har gett mest effekt har haft en tydlig målgrupp, en mätbar målsättning från start och en mottagare i den ordinarie verksamheten som har varit med från början.</p>
<h2>Nästa steg</h2>
<p>Under 2026 ska kommunledningskontoret ta fram en gemensam modell för effektmätning och se över riktlinjerna.</p>'''
    return p_page(A_RAPPORT, 'Sociala investeringar – årsrapport 2025', article(
        A_RAPPORT, 'Sociala investeringar – årsrapport 2025', '2026-02-20', inner, kind='Rapport'),
        desc='Årsrapport för den sociala investeringsfonden 2025.', og_type='article')


def a_senior():
    inner = f'''<p class="page-module--lead--1sQ2v">I januari startade <a href="{K4}">Seniorlänken</a>, en social investering mot ofrivillig ensamhet bland äldre i Skåre.</p>
<p>Samordnaren Anna Berg har redan rekryterat tolv frivilliga seniorvänner, och den första lunchträffen i Skåre församlingshem samlade 30 personer.</p>
<p>– Många har berättat att de inte har pratat med någon på flera dagar. Nu har de någonstans att gå, säger Anna Berg.</p>
<p class="article-module--editor-note">Redaktörens förhandsvisning: <a href="{P_PREVIEW}">{P}{P_PREVIEW}</a></p>'''
    return p_page(A_SENIOR, 'Seniorlänken har startat i Skåre', article(
        A_SENIOR, 'Seniorlänken har startat i Skåre', '2026-01-20', inner),
        desc='Seniorlänken har startat i Skåre.', og_type='article')


def p_omw():
    body = f'''<div class="layout-module--container--3mS1c">
{crumbs([('Om webbplatsen', OMW)])}
<h1>Om webbplatsen</h1>
<p>Karlstad utvecklar drivs av kommunledningskontoret i Karlstads kommun. Webbplatsen använder bara nödvändiga kakor.</p>
<h2>Tillgänglighet</h2>
<p>Vi strävar efter att webbplatsen ska uppfylla WCAG 2.1 nivå AA. Kontakta oss om du upptäcker brister.</p>
</div>'''
    return p_page(OMW, 'Om webbplatsen', body, desc='Om webbplatsen Karlstad utvecklar.')


# ------------------------------------------------------------------------------------------------ robots, sitemaps
def w_robots():
    return '''# robots.txt för www.karlstad.se
User-agent: *
Disallow: /@@search
Disallow: /*/@@
Disallow: /login
Disallow: /*sendto_form
# gamla projektwebben, flyttad till projekt.karlstad.se
Disallow: /projekt/
Crawl-delay: 2
'''


def p_robots():
    return f'''# projekt.karlstad.se
User-agent: GPTBot
User-agent: CCBot
User-agent: Google-Extended
Disallow: /

User-agent: *
Disallow: /sok/
Disallow: /kalender/
Disallow: /forhandsgranska/
Disallow: /page-data/
Disallow: /*/projektblad/
Crawl-delay: 1

Sitemap: {P}/sitemap-index.xml
'''


def p_sitemaps():
    rows = [('/', '2026-03-02'), (PROJ, '2026-03-02'), (AVSL, '2025-09-01'), (OMR, '2025-09-01'),
            (P_FOND, '2026-02-20'), (SOKA, '2025-09-01'), (RIKT, '2025-09-01'), (STAD, '2025-09-01'),
            (KLIMAT, '2025-09-01'), (K1, '2025-10-14'), (K2, '2026-01-08'), (K3, '2025-09-01'), (K4, '2026-01-20'),
            (K5, '2025-09-01'), (HAMN, '2025-12-03'), (LADD, '2025-09-01'), (AKT, '2026-03-02'),
            (A_CALL, '2026-03-02'), (A_EVENT, '2026-02-25'), (A_RAPPORT, '2026-02-20'), (A_SENIOR, '2026-01-20'),
            (OMW, '2025-09-01')]
    return sitemapindex(HP, [('/sitemap-0.xml', '2026-03-02')]), urlset(HP, rows)


def build():
    write(HW, '/robots.txt', w_robots())
    for path, fn in [('/', w_start), (KOP, w_kop), (EKO, w_eko), (W_FOND, w_fond), (OMS, w_oms), (BOF, w_bof),
                     (FAMC, w_famc), (NYH, w_nyheter), (EVE, w_evenemang), (JOBB, w_jobb), (JOB, w_job)]:
        write(HW, path, fn())
    for p, t, d, b, desc in NEWS:
        write(HW, p, w_news(p, t, d, b, desc))
    write(HW, KONTAKT, w_simple(KONTAKT, 'Kontakta oss', '              <p>Kontaktcenter svarar vardagar 8–17 på telefon 054-540 00 00. Du kan också mejla <a href="mailto:karlstadskommun@karlstad.se">karlstadskommun@karlstad.se</a>.</p>', [('Kontakta oss', KONTAKT)]))
    write(HW, KAKOR, w_simple(KAKOR, 'Kakor', '              <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, kakor för besöksstatistik.</p>', [('Om webbplatsen', KAKOR), ('Kakor', KAKOR)]))
    write(HW, TILLG, w_simple(TILLG, 'Tillgänglighetsredogörelse', '              <p>Karlstads kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>', [('Om webbplatsen', TILLG), ('Tillgänglighetsredogörelse', TILLG)]))

    write(HP, '/robots.txt', p_robots())
    idx, sm = p_sitemaps()
    write(HP, '/sitemap-index.xml', idx)
    write(HP, '/sitemap-0.xml', sm)
    for path, fn in [('/', p_start), (PROJ, p_projekt), (AVSL, p_avsl), (OMR, p_omr), (P_FOND, p_fond), (SOKA, p_soka),
                     (RIKT, p_rikt), (K1, k1), (K2, k2), (K3, k3), (K4, k4), (K5, k5), (HAMN, hamn), (LADD, ladd),
                     (AKT, p_aktuellt), (A_CALL, a_call), (A_EVENT, a_event), (A_RAPPORT, a_rapport),
                     (A_SENIOR, a_senior), (OMW, p_omw)]:
        write(HP, path, fn())
    write(HP, STAD, p_area(STAD, 'Stadsutveckling', 'Nya stadsdelar, gator, kajer och parker.',
                           [('Inre hamn etapp 2', HAMN, 'Ny kaj, nya ledningar och en ny gata längs Pråmkanalen.', '2024–2029')]))
    write(HP, KLIMAT, p_area(KLIMAT, 'Klimat och energi', 'Fossilfria transporter och energieffektivisering.',
                             [('Laddinfrastruktur i Värmland', LADD, 'Laddplatser för tunga fordon vid depåer och längs E18.', '2024–2027')]))
    for path in ALL_PROJECT_PAGES:
        title, lead, rows = PROJECT_DATA[path]
        write(HP, blad(path), projektblad(path, title, lead, rows))
