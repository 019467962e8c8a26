"""Region Gävleborg (länskod 21; Bollnäs 2183, Söderhamn 2182, Nordanstig 2132, Ljusdal 2161, Hofors 2104,
Ockelbo 2101 named), its site for regional development utveckling.regiongavleborg.se (the main host
www.regiongavleborg.se was used in heldout_sites4; it is linked from the footer, not saved) on DOTCMS 23 LTS
(Velocity theme files under /application/themes/rg-utveckling/, images under /dA/<identifier>/…, the content type
'Projekt' published through a URL MAP /projekt/{urlTitle}; addresses without extension or trailing slash, saved as
<path>/index.html; root-relative links) – heldout_sites35.

THE PROJECT LIST IS THE SITE'S 'ÄMNEN A–Ö' PAGE (/a-o, the header's 'A–Ö' on every page): ONE page, letter anchors
(#A … #Ö; letters with no entry are <span aria-disabled>), each letter a <ul> of one link per entry. It mixes about
forty entries: topic pages (most of them dead links), external sites, the fund's pages, two regional projects with no
social aim, an event, and FOUR of the five social-investment projects (two of them twice, under a place-first
'se även' entry, one with a #fragment). There is NO other list: the fund page names the granted projects without
links and points to A–Ö; /projekt itself is no page (the breadcrumb of a project page goes to /a-o).

THE SITEMAP IS AN INDEX (/sitemap_index.xml, named in robots.txt) OF TWO CHILD SITEMAPS: /sitemaps/sidor.xml (pages)
and /sitemaps/projekt.xml (every URL-mapped 'Projekt', social or not). The fifth project, granted in February 2026,
is in the project sitemap only ('A–Ö uppdateras en gång i månaden').
"""
from make_common import write, esc, hexid, urlset, sitemapindex

H = 'utveckling.regiongavleborg.se'
THEME = '/application/themes/rg-utveckling'

AO = '/a-o'
SOC = '/social-hallbarhet'
FOND = SOC + '/sociala-investeringsmedel'
SOKA = FOND + '/sa-soker-ni'
CALL = FOND + '/utlysning-2026'
UPPF = FOND + '/uppfoljning-2025'
FHP = SOC + '/folkhalsopolitiskt-program'
FLINJE = SOC + '/foraldralinjen-gavleborg'
G1 = '/projekt/barnlots-bollnas'
G2 = '/projekt/ung-framtid-soderhamn'
G3 = '/projekt/aktiva-seniorer-i-nordanstig'
G4 = '/projekt/tidig-samverkan-ljusdal'
G5 = '/projekt/skolnarvaro-hofors-ockelbo'
ELTR = '/projekt/elektrifierade-transporter-gavleborg'
BREDB = '/projekt/bredband-pa-landsbygden'
EVE = '/evenemang'
EV = EVE + '/natverkstraff-sociala-investeringar'
AKT = '/aktuellt'
N_CALL = AKT + '/nu-oppnar-utlysningen-av-sociala-investeringsmedel'
N_RUS = AKT + '/ny-rapport-om-gavleborgs-besoksnaring'
NAR = '/naringsliv'
KOMP = '/kompetensforsorjning'
INFRA = '/infrastruktur'
KULTUR = '/kultur'
OMOSS = '/om-oss'
KONTAKT = OMOSS + '/kontakt'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighet'
STAT = '/statistik-och-analys'

PROJECTS = [G1, G2, G3, G4, G5]
NOT_PROJECTS = [FOND, SOKA, CALL, UPPF, FHP, FLINJE, ELTR, BREDB, EV]

SEARCH = '/sok'
SEARCHES = ['/sok?q=sociala+investeringsmedel', '/sok?q=folkh%C3%A4lsa']
ADMIN = '/dotAdmin/'
API = '/api/v1/content/_search?query=%2BcontentType%3AProjekt&limit=100'
CAL = '/evenemang/kalender'
CAL_MAY = '/evenemang/kalender?manad=2026-05'
ICS = '/evenemang/kalender/ics/natverkstraff-sociala-investeringar.ics'
ALL_PROJ = [G1, G2, G3, G4, G5, ELTR, BREDB]


def pdf_export(path):
    return '/pdf-export' + path


def forbidden():
    return [SEARCH] + SEARCHES + [ADMIN, API, CAL, CAL_MAY, ICS] + [pdf_export(p) for p in ALL_PROJ]


MENU = [('Näringsliv', NAR), ('Kompetensförsörjning', KOMP), ('Infrastruktur', INFRA),
        ('Social hållbarhet', SOC), ('Kultur', KULTUR), ('Om oss', OMOSS)]


def page(path, title, body, *, desc='', section='', crumbs=(), aside='', ident=None, template='standard'):
    ident = ident or hexid(path, 32)
    nav = ''.join(f'\n        <li class="main-nav__item{" is-active" if href == section else ""}"><a href="{href}">{t}</a></li>'
                  for t, href in MENU)
    bc = ''
    if crumbs:
        bc = '\n  <nav class="breadcrumb" aria-label="Brödsmulor"><ol>\n    <li><a href="/">Startsida</a></li>' + ''.join(
            f'\n    <li><a href="{p}">{esc(t)}</a></li>' if i < len(crumbs) - 1 else f'\n    <li><span aria-current="page">{esc(t)}</span></li>'
            for i, (t, p) in enumerate(crumbs)) + '\n  </ol></nav>'
    full = f'{title} - Regional utveckling - Region Gävleborg' if path != '/' else 'Regional utveckling - Region Gävleborg'
    aside_html = f'\n    <aside class="layout__aside">{aside}\n    </aside>' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(full)}</title>
<meta name="description" content="{esc(desc or title)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:image" content="https://{H}/dA/{hexid('og', 8)}-{hexid('og2', 4)}/og-bild.jpg">
<link rel="canonical" href="https://{H}{path}">
<link rel="stylesheet" href="{THEME}/css/main.dotsass?v=23.10.24">
<link rel="icon" href="{THEME}/img/favicon.ico">
<script src="{THEME}/js/main.js" defer></script>
</head>
<body class="template-{template}" data-identifier="{ident}">
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
  <div class="site-header__top">
    <a class="site-header__logo" href="/"><img src="{THEME}/img/region-gavleborg-logo.svg" alt="Region Gävleborg – Regional utveckling" width="220" height="52"></a>
    <ul class="site-header__tools">
      <li><a href="{AO}" class="tool tool--az">A–Ö</a></li>
      <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10452&amp;lang=sv_se&amp;readid=main&amp;url=https%3A%2F%2F{H}{path.replace('/', '%2F')}" class="tool tool--listen" rel="nofollow">Lyssna</a></li>
      <li><a href="/english" class="tool tool--lang" lang="en">English</a></li>
    </ul>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label for="q" class="sr-only">Sök på webbplatsen</label>
      <input id="q" name="q" type="search" placeholder="Sök">
      <button type="submit">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>{nav}
    </ul>
  </nav>
</header>{bc}
<div class="layout{" layout--aside" if aside else ""}">
  <main id="main" class="layout__main">
{body}
  </main>{aside_html}
</div>
<footer class="site-footer">
  <div class="site-footer__cols">
    <div>
      <h2>Region Gävleborg</h2>
      <p>Regional utveckling<br>801 88 Gävle<br>Besöksadress: Norra Kopparslagargatan 25<br>Telefon: 026-15 40 00</p>
    </div>
    <div>
      <h2>Hitta</h2>
      <ul>
        <li><a href="{AO}">Ämnen A–Ö</a></li>
        <li><a href="{AKT}">Aktuellt</a></li>
        <li><a href="{EVE}">Evenemang</a></li>
        <li><a href="{KONTAKT}">Kontakt</a></li>
        <li><a href="https://www.regiongavleborg.se/">Till regiongavleborg.se</a></li>
      </ul>
    </div>
    <div>
      <h2>Om webbplatsen</h2>
      <ul>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="{TILLG}">Tillgänglighet</a></li>
        <li><a href="{ADMIN}" rel="nofollow">Logga in</a></li>
      </ul>
    </div>
  </div>
</footer>
</body>
</html>
'''


# ------------------------------------------------------------------------------------------------------ A–Ö
LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ'
AO_ENTRIES = {
    'A': [('Aktiva seniorer i Nordanstig', G3), ('Analys och statistik', STAT),
          ('Arbetsmarknad', KOMP + '/arbetsmarknad')],
    'B': [('Barnlots Bollnäs', G1), ('Barnrätt', SOC + '/barnratt'), ('Besöksnäring', NAR + '/besoksnaring'),
          ('Bollnäs: Barnlots', G1), ('Bredband', INFRA + '/bredband'), ('Bredband på landsbygden (projekt)', BREDB)],
    'D': [('Digitalisering', NAR + '/digitalisering')],
    'E': [('Elektrifierade transporter Gävleborg (projekt)', ELTR), ('EU-fonder', '/eu-fonder'), ('Evenemang', EVE)],
    'F': [('Folkhälsa', SOC + '/folkhalsa'), ('Folkhälsopolitiskt program', FHP),
          ('Föräldralinjen Gävleborg', FLINJE), ('Företagsstöd', NAR + '/foretagsstod')],
    'I': [('Infrastruktur', INFRA), ('Innovation', NAR + '/innovation')],
    'K': [('Kollektivtrafik', 'https://www.xtrafik.se/'), ('Kompetensförsörjning', KOMP), ('Kultur', KULTUR),
          ('Kulturstöd', KULTUR + '/kulturstod')],
    'L': [('Landsbygdsutveckling', NAR + '/landsbygdsutveckling'), ('Ljusdal: Tidig samverkan', G4 + '#fakta'),
          ('Länstransportplan', INFRA + '/lanstransportplan')],
    'M': [('Mänskliga rättigheter', SOC + '/manskliga-rattigheter')],
    'N': [('Nationella minoriteter', SOC + '/nationella-minoriteter'), ('Näringsliv', NAR),
          ('Nätverksträff: sociala investeringar', EV)],
    'O': [('Om oss', OMOSS)],
    'R': [('Regional utvecklingsstrategi', OMOSS + '/regional-utvecklingsstrategi')],
    'S': [('Samordningsförbund i länet', 'https://www.regiongavleborg.se/samordningsforbund'),
          ('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND),
          ('Så söker ni sociala investeringsmedel', SOKA), ('Statistik', STAT)],
    'T': [('Tidig samverkan Ljusdal', G4), ('Tillväxtanalys', STAT + '/tillvaxtanalys')],
    'U': [('Ung framtid Söderhamn', G2), ('Uppföljning av sociala investeringsmedel 2025', UPPF),
          ('Utlysning: sociala investeringsmedel 2026', CALL)],
    'V': [('Vätgas i Gävleborg', NAR + '/vatgas')],
    'Ö': [('Öppna data', STAT + '/oppna-data')],
}


def ao():
    nav = ''
    for L in LETTERS:
        if L in AO_ENTRIES:
            nav += f'\n        <li><a href="#{L}">{L}</a></li>'
        else:
            nav += f'\n        <li><span aria-disabled="true">{L}</span></li>'
    groups = ''
    for L in LETTERS:
        if L not in AO_ENTRIES:
            continue
        lis = ''.join(f'\n          <li><a href="{esc(p)}">{esc(t)}</a></li>' for t, p in AO_ENTRIES[L])
        groups += f'''
      <section class="az-group" id="{L}" aria-labelledby="rubrik-{L}">
        <h2 id="rubrik-{L}">{L}</h2>
        <ul>{lis}
        </ul>
        <p class="az-group__top"><a href="#top">Till toppen</a></p>
      </section>'''
    body = f'''    <h1 id="top">Ämnen A–Ö</h1>
    <p class="lead">Här hittar du ämnen, projekt och tjänster inom regional utveckling i bokstavsordning. Listan uppdateras en gång i månaden.</p>
    <nav class="az-nav" aria-label="Bokstäver">
      <ul>{nav}
      </ul>
    </nav>{groups}
    <p class="az-more">Hittar du inte det du letar efter? <a href="{SEARCHES[0]}">Sök efter sociala investeringsmedel</a> eller <a href="{SEARCH}">sök på hela webbplatsen</a>.</p>
    <p class="az-data"><a href="{API}">Öppna data: alla projekt som JSON</a></p>'''
    return page(AO, 'Ämnen A–Ö', body, desc='Ämnen, projekt och tjänster inom regional utveckling från A till Ö.',
                crumbs=[('Ämnen A–Ö', AO)], template='a-o')


# ------------------------------------------------------------------------------------------------- projects
def fact_card(rows):
    ps = ''.join(f'\n        <p><strong>{esc(k)}:</strong> {v}</p>' for k, v in rows)
    return f'''
      <div class="fact-card" id="fakta">
        <h2>Fakta</h2>{ps}
      </div>'''


def project(path, title, lead, rows, sections, contact, *, finished=False, social=True, kind='Socialt investeringsprojekt'):
    secs = ''.join(f'\n    <h2>{esc(h)}</h2>' + ''.join(f'\n    <p>{p}</p>' for p in ps) for h, ps in sections)
    badge = f'<p class="project__type">{esc(kind)}</p>'
    body = f'''    <article class="project" data-content-type="Projekt" data-url-title="{path.rsplit('/', 1)[1]}">
    {badge}
    <h1>{esc(title)}</h1>
    <p class="lead">{lead}</p>{secs}
    </article>'''
    aside = fact_card(rows) + f'''
      <div class="contact-card">
        <h2>Kontakt</h2>
        <p>{contact}</p>
      </div>
      <p class="tools"><a href="{pdf_export(path)}">Spara som PDF</a></p>'''
    return page(path, title, body, desc=lead[:150], section=SOC if social else NAR,
                crumbs=[('Ämnen A–Ö', AO), (title, path)], aside=aside, template='projekt')


def g1():
    rows = [('Projektägare', 'Bollnäs kommun, socialförvaltningen'),
            ('Samverkansparter', 'Barnhälsovården i Region Gävleborg, förskolorna i Bollnäs och Svenska kyrkan i Bollnäs'),
            ('Projektperiod', '1 september 2024 – 31 augusti 2026'),
            ('Beviljade sociala investeringsmedel', '1 200 000 kronor'),
            ('Medfinansiering', '400 000 kronor från Bollnäs kommun'),
            ('Målgrupp', 'Barn 0–12 år i familjer med ekonomisk utsatthet och deras föräldrar'),
            ('Bemanning', 'Två barnlotsar på heltid'),
            ('Status', 'Pågår')]
    lead = 'Barnlots Bollnäs är ett projekt där två barnlotsar hjälper familjer med ekonomisk utsatthet att hitta rätt stöd för sina barn – från barnhälsovård och förskola till fritidsaktiviteter och ekonomisk rådgivning.'
    sections = [
        ('Bakgrund', ['I Bollnäs lever vart femte barn i en familj med låg ekonomisk standard. Familjerna har ofta kontakt med många verksamheter men får sällan hjälp att se helheten.']),
        ('Så arbetar barnlotsarna', ['Barnlotsarna träffar familjerna hemma, på familjecentralen eller på biblioteket. De hjälper till med ansökningar, följer med på första besöket hos en ny verksamhet och ser till att barnen kommer i gång med en fritidsaktivitet. Barnhälsovården och förskolan kan tipsa familjer om barnloten.']),
        ('Mål', ['120 familjer ska ha fått stöd av en barnlots under projekttiden, och fler barn i målgruppen ska delta i förskola och fritidsaktiviteter.'])]
    return project(G1, 'Barnlots Bollnäs', lead, rows, sections,
                   'Projektledare, socialförvaltningen Bollnäs kommun<br><a href="mailto:barnlots@bollnas.se">barnlots@bollnas.se</a>')


def g2():
    rows = [('Projektägare', 'Söderhamns kommun, arbetsmarknadsenheten'),
            ('Samverkansparter', 'Arbetsförmedlingen, ungdomsmottagningen i Region Gävleborg och Samordningsförbundet Södra Hälsingland'),
            ('Projektperiod', '1 januari 2025 – 31 december 2026'),
            ('Beviljade sociala investeringsmedel', '1 500 000 kronor'),
            ('Medfinansiering', '500 000 kronor från Samordningsförbundet Södra Hälsingland'),
            ('Målgrupp', 'Unga 16–24 år som varken arbetar eller studerar'),
            ('Bemanning', 'En coach och en kurator, båda på heltid'),
            ('Status', 'Pågår')]
    lead = 'Ung framtid är ett projekt i Söderhamn för unga som varken arbetar eller studerar och som ofta också mår psykiskt dåligt. En coach och en kurator arbetar tillsammans med den unga för att hitta en väg till studier eller arbete.'
    sections = [
        ('Bakgrund', ['Många unga i kommunens aktivitetsansvar har psykisk ohälsa som hindrar dem från att börja studera eller arbeta. De behöver stöd från både arbetsmarknadsenheten och vården samtidigt.']),
        ('Så arbetar vi', ['Den unga träffar coachen och kuratorn varje vecka. Tillsammans gör de en plan med små steg: regelbundna tider, praktik på en arbetsplats, studiebesök på komvux. Ungdomsmottagningen tar emot de unga snabbt när de behöver vårdkontakt.']),
        ('Mål', ['Minst 60 unga ska ha deltagit, och hälften av dem ska studera eller arbeta ett halvår efter att de avslutat sitt deltagande.'])]
    return project(G2, 'Ung framtid Söderhamn', lead, rows, sections,
                   'Projektledare, arbetsmarknadsenheten Söderhamns kommun<br><a href="mailto:ungframtid@soderhamn.se">ungframtid@soderhamn.se</a>')


def g3():
    rows = [('Projektägare', 'Nordanstigs kommun, vård och omsorg'),
            ('Samverkansparter', 'Primärvården i Region Gävleborg (fysioterapeuterna i Bergsjö och Harmånger), PRO och SPF Seniorerna'),
            ('Projektperiod', '1 mars 2025 – 28 februari 2027'),
            ('Beviljade sociala investeringsmedel', '780 000 kronor'),
            ('Målgrupp', 'Personer 70 år och äldre i Nordanstig som bor hemma'),
            ('Bemanning', 'En fysioterapeut och en aktivitetssamordnare, båda på halvtid'),
            ('Status', 'Pågår')]
    lead = 'Aktiva seniorer i Nordanstig är ett projekt som ska förebygga fallolyckor och ensamhet bland äldre som bor hemma, med träningsgrupper och mötesplatser i byarna.'
    sections = [
        ('Bakgrund', ['Nordanstig har en av de äldsta befolkningarna i länet. Fallolyckor är den vanligaste orsaken till att äldre skadas och behöver vård, och många äldre i glesbygden saknar mötesplatser.']),
        ('Så arbetar projektet', ['Fysioterapeuten leder balansträning i grupp i Bergsjö, Harmånger, Gnarp och Jättendal en gång i veckan. Efter träningen bjuder pensionärsföreningarna på fika. Aktivitetssamordnaren hjälper den som vill komma med och ordnar samåkning.']),
        ('Uppföljning', ['Deltagarna gör ett balanstest när de börjar och efter sex månader. Projektet följer också hur många fallolyckor som leder till vård bland äldre i kommunen.'])]
    return project(G3, 'Aktiva seniorer i Nordanstig', lead, rows, sections,
                   'Aktivitetssamordnare, Nordanstigs kommun<br><a href="mailto:aktivaseniorer@nordanstig.se">aktivaseniorer@nordanstig.se</a>')


def g4():
    rows = [('Projektägare', 'Ljusdals kommun, förvaltningen för lärande'),
            ('Samverkansparter', 'Barnhälsovården Ljusdal (Region Gävleborg) och socialtjänsten i Ljusdals kommun'),
            ('Projektperiod', '1 augusti 2023 – 31 juli 2026'),
            ('Beviljade sociala investeringsmedel', '1 650 000 kronor'),
            ('Målgrupp', 'Barn 0–6 år och deras föräldrar'),
            ('Bemanning', 'En specialpedagog och en familjebehandlare på heltid'),
            ('Status', 'Pågår, sista året')]
    lead = 'Tidig samverkan Ljusdal är ett projekt där barnhälsovården, förskolan och socialtjänsten arbetar tillsammans för att barn som behöver stöd ska få det innan de börjar skolan.'
    sections = [
        ('Därför behövs projektet', ['Barn som behöver särskilt stöd upptäcks ofta först i skolan. Då har svårigheterna hunnit växa, och stödet blir dyrare och mindre verkningsfullt.']),
        ('Så arbetar vi', ['Specialpedagogen och familjebehandlaren deltar i barnhälsovårdens besök vid 18 månader och 3 år när föräldrarna vill. Förskolorna får handledning, och familjer kan få föräldrastöd i grupp eller enskilt.']),
        ('Resultat hittills', ['Under de två första åren har 140 barn och deras familjer fått stöd. Väntetiden till en första kontakt med specialpedagog har minskat från tre månader till två veckor.'])]
    return project(G4, 'Tidig samverkan Ljusdal', lead, rows, sections,
                   'Projektledare, förvaltningen för lärande, Ljusdals kommun<br><a href="mailto:tidigsamverkan@ljusdal.se">tidigsamverkan@ljusdal.se</a>')


def g5():
    rows = [('Projektägare', 'Hofors kommun, barn- och utbildningsförvaltningen'),
            ('Samverkansparter', 'Ockelbo kommun och barn- och ungdomspsykiatrin i Region Gävleborg'),
            ('Projektperiod', '1 augusti 2026 – 30 juni 2028'),
            ('Beviljade sociala investeringsmedel', '1 400 000 kronor'),
            ('Målgrupp', 'Elever i årskurs 4–9 i Hofors och Ockelbo med hög frånvaro'),
            ('Bemanning', 'Ett gemensamt närvaroteam med en skolsocionom och en lärare, båda på heltid'),
            ('Status', 'Beviljat februari 2026, startar augusti 2026')]
    lead = 'Skolnärvaro Hofors–Ockelbo är ett nytt projekt där två kommuner bygger ett gemensamt närvaroteam för elever med hög frånvaro. Projektet fick sociala investeringsmedel i februari 2026.'
    sections = [
        ('Bakgrund', ['I båda kommunerna har den problematiska frånvaron ökat sedan 2022. Kommunerna är för små för att ha ett eget närvaroteam var, men kan tillsammans bygga upp ett team som arbetar i båda.']),
        ('Så ska projektet arbeta', ['Närvaroteamet kartlägger orsakerna till frånvaron tillsammans med eleven och familjen, gör en plan för återgång och stöttar skolan i anpassningarna. Barn- och ungdomspsykiatrin ger konsultation när eleven har en psykiatrisk diagnos.']),
        ('Mål', ['Minst 40 elever ska ha fått stöd av teamet, och två av tre ska ha ökat sin närvaro ett år efter att de började.'])]
    return project(G5, 'Skolnärvaro Hofors–Ockelbo', lead, rows, sections,
                   'Utvecklingsledare, Hofors kommun<br><a href="mailto:skolnarvaro@hofors.se">skolnarvaro@hofors.se</a>')


def eltr():
    rows = [('Projektägare', 'Region Gävleborg, regional utveckling'),
            ('Samverkansparter', 'Gävle Energi, Gävle hamn och Sandvikens kommun'),
            ('Projektperiod', '1 januari 2025 – 31 december 2027'),
            ('Budget', '18 600 000 kronor, varav 9 300 000 kronor från Europeiska regionala utvecklingsfonden'),
            ('Status', 'Pågår')]
    lead = 'Elektrifierade transporter Gävleborg ska bygga ut laddinfrastrukturen för tunga transporter vid Gävle hamn och längs E16 och E4.'
    sections = [
        ('Om projektet', ['Projektet kartlägger elbehovet vid terminaler och depåer, bygger tolv megawattladdare och tar fram en plan för elnätet kring Gävle hamn. Resultaten ska användas i länstransportplanen.']),
        ('Finansiering', ['Projektet finansieras av Europeiska regionala utvecklingsfonden, Region Gävleborg och de deltagande parterna.'])]
    return project(ELTR, 'Elektrifierade transporter Gävleborg', lead, rows, sections,
                   'Projektledare, regional utveckling<br><a href="mailto:elektrifiering@regiongavleborg.se">elektrifiering@regiongavleborg.se</a>',
                   social=False, kind='Regionalt utvecklingsprojekt')


def bredb():
    rows = [('Projektägare', 'Region Gävleborg, regional utveckling'),
            ('Samverkansparter', 'Länets tio kommuner och Post- och telestyrelsen'),
            ('Projektperiod', '2024–2027'),
            ('Budget', '42 000 000 kronor i regionala bredbandsstöd'),
            ('Status', 'Pågår')]
    lead = 'Bredband på landsbygden fördelar statligt och regionalt stöd till utbyggnad av fiber i områden där marknaden inte bygger ut.'
    sections = [
        ('Om projektet', ['Stödet går till operatörer som bygger fiber till fastigheter som saknar snabbt bredband. Målet är att 98 procent av fastigheterna i länet ska ha tillgång till 1 Gbit/s år 2027.']),
        ('Så fördelas stödet', ['Post- och telestyrelsen fördelar pengarna efter ansökan. Region Gävleborg prioriterar områden och samordnar med kommunernas planering.'])]
    return project(BREDB, 'Bredband på landsbygden', lead, rows, sections,
                   'Bredbandskoordinator<br><a href="mailto:bredband@regiongavleborg.se">bredband@regiongavleborg.se</a>',
                   social=False, kind='Regionalt utvecklingsprojekt')


# ------------------------------------------------------------------------------------------------ fund pages
def fund_aside(current):
    items = [('Sociala investeringsmedel', FOND), ('Så söker ni', SOKA), ('Utlysning 2026', CALL),
             ('Uppföljning 2025', UPPF)]
    cur = ' class="is-current"'
    li = ''.join(f'\n          <li{cur if p == current else ""}><a href="{p}">{t}</a></li>' for t, p in items)
    return f'''
      <nav class="subnav" aria-label="Sociala investeringsmedel">
        <h2><a href="{SOC}">Social hållbarhet</a></h2>
        <ul>{li}
        </ul>
      </nav>'''


def fond():
    body = f'''    <h1>Sociala investeringsmedel</h1>
    <p class="lead">Region Gävleborg avsätter varje år medel till sociala investeringar i länet. Kommuner och samordningsförbund kan söka pengar till tidsbegränsade, förebyggande satsningar som ska ge bättre hälsa och livsvillkor.</p>
    <h2>Vad är en social investering?</h2>
    <p>En social investering är en insats som görs tidigt för att förebygga ohälsa och utanförskap. Den är tidsbegränsad, riktar sig till en tydlig målgrupp och följs upp så att man kan se om den lönar sig – för individen och för samhället.</p>
    <h2>Om medlen</h2>
    <p>Regionfullmäktige beslutade 2022 att avsätta 5 miljoner kronor per år till sociala investeringsmedel under perioden 2023–2027. Regionala utvecklingsnämnden beslutar om ansökningarna en gång per år.</p>
    <h2>Beviljade projekt</h2>
    <p>Sedan 2023 har medel beviljats till Tidig samverkan Ljusdal, Barnlots Bollnäs, Ung framtid Söderhamn, Aktiva seniorer i Nordanstig och Skolnärvaro Hofors–Ockelbo. Du hittar projekten under sina namn i <a href="{AO}">Ämnen A–Ö</a>.</p>
    <h2>Söka medel</h2>
    <p>Läs <a href="{SOKA}">Så söker ni sociala investeringsmedel</a> och <a href="{CALL}">årets utlysning</a>.</p>'''
    return page(FOND, 'Sociala investeringsmedel', body, desc='Region Gävleborgs sociala investeringsmedel.', section=SOC,
                crumbs=[('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND)], aside=fund_aside(FOND))


def soka():
    body = f'''    <h1>Så söker ni sociala investeringsmedel</h1>
    <p class="lead">Kommuner och samordningsförbund i Gävleborgs län kan söka sociala investeringsmedel, gärna tillsammans med regionens verksamheter.</p>
    <h2>Vem kan söka?</h2>
    <p>Länets kommuner, samordningsförbund och Region Gävleborgs egna verksamheter. Idéburna organisationer kan vara samverkansparter.</p>
    <h2>Vad kan man söka för?</h2>
    <p>Tidsbegränsade, förebyggande insatser som riktar sig till en avgränsad målgrupp och som kan följas upp. Medlen kan inte användas till ordinarie verksamhet, lokaler eller investeringar i utrustning.</p>
    <h2>Hur mycket kan man söka?</h2>
    <p>Högst 1 500 000 kronor per projekt och högst tre år. Sökanden ska bidra med minst 25 procent egen finansiering, i pengar eller arbetstid.</p>
    <h2>Hur går det till?</h2>
    <ol>
      <li>Kontakta en utvecklingsledare på regional utveckling för ett första samtal.</li>
      <li>Fyll i ansökan i e-tjänsten senast sista ansökningsdag.</li>
      <li>Regionala utvecklingsnämnden beslutar i oktober.</li>
    </ol>'''
    return page(SOKA, 'Så söker ni sociala investeringsmedel', body, desc='Så söker kommuner och samordningsförbund sociala investeringsmedel.',
                section=SOC, crumbs=[('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND), ('Så söker ni', SOKA)],
                aside=fund_aside(SOKA))


def call():
    body = f'''    <h1>Utlysning: sociala investeringsmedel 2026</h1>
    <p class="lead">Nu kan kommuner och samordningsförbund i Gävleborg söka sociala investeringsmedel för projekt som startar 2027. Sista ansökningsdag är den 15 maj 2026.</p>
    <h2>Det här prioriterar vi i år</h2>
    <ul>
      <li>Barn och unga i familjer med ekonomisk utsatthet</li>
      <li>Psykisk hälsa bland unga vuxna</li>
      <li>Ofrivillig ensamhet bland äldre</li>
    </ul>
    <h2>Belopp</h2>
    <p>I utlysningen finns 5 000 000 kronor. Högst 1 500 000 kronor kan beviljas per projekt.</p>
    <h2>Tidplan</h2>
    <table>
      <thead><tr><th scope="col">Steg</th><th scope="col">Datum</th></tr></thead>
      <tbody>
        <tr><td>Utlysningen öppnar</td><td>2 mars 2026</td></tr>
        <tr><td>Informationsmöte (digitalt)</td><td>24 mars 2026</td></tr>
        <tr><td>Sista ansökningsdag</td><td>15 maj 2026</td></tr>
        <tr><td>Beslut i regionala utvecklingsnämnden</td><td>oktober 2026</td></tr>
      </tbody>
    </table>
    <p>Läs mer under <a href="{SOKA}">Så söker ni</a>.</p>'''
    return page(CALL, 'Utlysning: sociala investeringsmedel 2026', body, desc='Utlysning av sociala investeringsmedel 2026.',
                section=SOC, crumbs=[('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND), ('Utlysning 2026', CALL)],
                aside=fund_aside(CALL))


def uppf():
    body = f'''    <h1>Uppföljning av sociala investeringsmedel 2025</h1>
    <p class="lead">Regional utveckling följer varje år upp de sociala investeringsmedlen. Här är en sammanfattning av uppföljningen för 2025.</p>
    <h2>Ansökningar och beviljade medel</h2>
    <table>
      <thead><tr><th scope="col">År</th><th scope="col">Ansökningar</th><th scope="col">Beviljade</th><th scope="col">Beviljat</th></tr></thead>
      <tbody>
        <tr><td>2023</td><td>7</td><td>1</td><td>1 650 000 kr</td></tr>
        <tr><td>2024</td><td>9</td><td>2</td><td>2 700 000 kr</td></tr>
        <tr><td>2025</td><td>6</td><td>1</td><td>780 000 kr</td></tr>
      </tbody>
    </table>
    <h2>Resultat</h2>
    <p>Projekten har tillsammans nått drygt 400 barn, unga och äldre. Tre av fyra projekt har nått sina delmål för 2025.</p>
    <h2>Lärdomar</h2>
    <p>Projekt där flera huvudmän har varit med från början har lättare att bli en del av den ordinarie verksamheten. Mindre kommuner behöver mer stöd med uppföljning och socioekonomisk analys.</p>'''
    return page(UPPF, 'Uppföljning av sociala investeringsmedel 2025', body, desc='Uppföljning av de sociala investeringsmedlen 2025.',
                section=SOC, crumbs=[('Social hållbarhet', SOC), ('Sociala investeringsmedel', FOND), ('Uppföljning 2025', UPPF)],
                aside=fund_aside(UPPF))


def fhp():
    body = f'''    <h1>Folkhälsopolitiskt program för Gävleborg 2024–2030</h1>
    <p class="lead">Programmet är länets gemensamma inriktning för arbetet med en god och jämlik hälsa. Det är antaget av regionfullmäktige och av länets tio kommuner.</p>
    <h2>Fokusområden</h2>
    <ol>
      <li>Det tidiga livet</li>
      <li>Kunskaper, kompetenser och utbildning</li>
      <li>Arbete, arbetsförhållanden och arbetsmiljö</li>
      <li>Levnadsvanor</li>
      <li>Kontroll, inflytande och delaktighet</li>
    </ol>
    <h2>Så används programmet</h2>
    <p>Kommunerna och regionen tar fram egna handlingsplaner utifrån programmet. Programmet följs upp vartannat år med länets folkhälsoenkät.</p>'''
    return page(FHP, 'Folkhälsopolitiskt program', body, desc='Folkhälsopolitiskt program för Gävleborg 2024–2030.', section=SOC,
                crumbs=[('Social hållbarhet', SOC), ('Folkhälsopolitiskt program', FHP)])


def flinje():
    body = f'''    <h1>Föräldralinjen Gävleborg</h1>
    <p class="lead">Föräldralinjen är en stödlinje för dig som är förälder till ett barn eller en tonåring i Gävleborgs län. Du kan ringa, chatta eller mejla och vara anonym.</p>
    <h2>Öppettider</h2>
    <ul>
      <li>Telefon: måndag–torsdag 9–20, fredag 9–15</li>
      <li>Chatt: måndag–torsdag 18–21</li>
    </ul>
    <h2>Vem svarar?</h2>
    <p>Familjebehandlare och barnsjuksköterskor från regionen och länets kommuner svarar. De kan ge råd direkt och hjälpa dig vidare till rätt verksamhet där du bor.</p>
    <h2>Bakgrund</h2>
    <p>Föräldralinjen startade 2020 som en social investering och finansierades de tre första åren med sociala investeringsmedel. Sedan januari 2023 är Föräldralinjen en del av Region Gävleborgs och kommunernas ordinarie verksamhet.</p>
    <p>Telefon: 026-15 50 50</p>'''
    return page(FLINJE, 'Föräldralinjen Gävleborg', body, desc='Stödlinje för föräldrar i Gävleborgs län.', section=SOC,
                crumbs=[('Social hållbarhet', SOC), ('Föräldralinjen Gävleborg', FLINJE)])


def soc():
    body = f'''    <h1>Social hållbarhet</h1>
    <p class="lead">Ett socialt hållbart Gävleborg är ett län där alla har goda och jämlika förutsättningar för hälsa, utbildning och arbete.</p>
    <ul class="link-list">
      <li><a href="{FOND}">Sociala investeringsmedel</a> – stöd till förebyggande projekt i kommunerna</li>
      <li><a href="{FHP}">Folkhälsopolitiskt program</a></li>
      <li><a href="{FLINJE}">Föräldralinjen Gävleborg</a></li>
      <li><a href="{SOC}/barnratt">Barnrätt</a></li>
      <li><a href="{SOC}/manskliga-rattigheter">Mänskliga rättigheter</a></li>
    </ul>
    <p>Projekt inom social hållbarhet finns under sina namn i <a href="{AO}">Ämnen A–Ö</a>.</p>'''
    return page(SOC, 'Social hållbarhet', body, desc='Social hållbarhet i Gävleborg.', section=SOC,
                crumbs=[('Social hållbarhet', SOC)])


def ev():
    body = f'''    <article class="event">
    <p class="event__kind">Evenemang</p>
    <h1>Nätverksträff: sociala investeringar i Gävleborg</h1>
    <p class="lead">Välkommen till länets nätverksträff för alla som arbetar med sociala investeringar. Projekten berättar om sina erfarenheter, och vi pratar om hur arbetssätt kan bli ordinarie verksamhet.</p>
    <ul class="event__facts">
      <li><strong>Datum:</strong> 21 maj 2026</li>
      <li><strong>Tid:</strong> 9.30–15.00</li>
      <li><strong>Plats:</strong> Region Gävleborg, Norra Kopparslagargatan 25, Gävle</li>
      <li><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</li>
      <li><strong>Sista anmälningsdag:</strong> 7 maj 2026</li>
      <li><strong>Anmälan:</strong> <a href="https://www.regiongavleborg.se/anmalan/natverkstraff-2026">via anmälningsformuläret</a></li>
      <li><strong>Arrangör:</strong> Regional utveckling, Region Gävleborg</li>
    </ul>
    <h2>Program</h2>
    <p>Förmiddagen: Barnlots Bollnäs och Tidig samverkan Ljusdal berättar. Eftermiddagen: workshop om uppföljning och socioekonomisk analys.</p>
    <p><a href="{ICS}">Lägg till i kalender</a></p>
    </article>'''
    return page(EV, 'Nätverksträff: sociala investeringar i Gävleborg', body, desc='Nätverksträff 21 maj 2026.',
                crumbs=[('Evenemang', EVE), ('Nätverksträff: sociala investeringar', EV)], template='evenemang')


def evenemang():
    body = f'''    <h1>Evenemang</h1>
    <ul class="event-list">
      <li><a href="{EV}">Nätverksträff: sociala investeringar i Gävleborg</a> – 21 maj 2026, Gävle</li>
      <li>Besöksnäringsdagen – 9 juni 2026, Hudiksvall</li>
    </ul>
    <p><a href="{CAL}">Visa evenemangskalendern</a> · <a href="{CAL_MAY}" rel="nofollow">Maj 2026</a></p>'''
    return page(EVE, 'Evenemang', body, desc='Evenemang inom regional utveckling.', crumbs=[('Evenemang', EVE)])


def aktuellt():
    body = f'''    <h1>Aktuellt</h1>
    <ul class="news-list">
      <li><a href="{N_CALL}">Nu öppnar utlysningen av sociala investeringsmedel</a> <time datetime="2026-03-02">2 mars 2026</time></li>
      <li><a href="{N_RUS}">Ny rapport om Gävleborgs besöksnäring</a> <time datetime="2026-02-11">11 februari 2026</time></li>
    </ul>'''
    return page(AKT, 'Aktuellt', body, desc='Nyheter från regional utveckling.', crumbs=[('Aktuellt', AKT)])


def n_call():
    body = f'''    <article class="news">
    <p class="news__date"><time datetime="2026-03-02">2 mars 2026</time></p>
    <h1>Nu öppnar utlysningen av sociala investeringsmedel</h1>
    <p class="lead">Kommuner och samordningsförbund i länet kan nu söka sociala investeringsmedel för 2027. Sista dag är den 15 maj.</p>
    <p>Den 24 mars håller vi ett digitalt informationsmöte. Läs mer i <a href="{CALL}">utlysningen</a>.</p>
    </article>'''
    return page(N_CALL, 'Nu öppnar utlysningen av sociala investeringsmedel', body, desc='Utlysningen är öppen.',
                crumbs=[('Aktuellt', AKT), ('Nu öppnar utlysningen', N_CALL)], template='nyhet')


def n_rus():
    body = '''    <article class="news">
    <p class="news__date"><time datetime="2026-02-11">11 februari 2026</time></p>
    <h1>Ny rapport om Gävleborgs besöksnäring</h1>
    <p class="lead">Antalet gästnätter i länet ökade med sex procent 2025. Mest ökade de utländska gästnätterna i Hälsingland.</p>
    </article>'''
    return page(N_RUS, 'Ny rapport om Gävleborgs besöksnäring', body, desc='Besöksnäringen i siffror.',
                crumbs=[('Aktuellt', AKT), ('Ny rapport om Gävleborgs besöksnäring', N_RUS)], template='nyhet')


def start():
    body = f'''    <section class="hero">
      <h1>Regional utveckling i Gävleborg</h1>
      <p>Region Gävleborg arbetar tillsammans med kommuner, näringsliv och civilsamhälle för ett attraktivt och hållbart län.</p>
    </section>
    <section class="shortcuts">
      <h2>Genvägar</h2>
      <ul>
        <li><a href="{AO}">Ämnen och projekt A–Ö</a></li>
        <li><a href="{FOND}">Sociala investeringsmedel</a></li>
        <li><a href="{NAR}/foretagsstod">Företagsstöd</a></li>
        <li><a href="{STAT}">Statistik och analys</a></li>
      </ul>
      <p class="popular">Populära sökningar: <a href="{SEARCHES[0]}">sociala investeringsmedel</a>, <a href="{SEARCHES[1]}">folkhälsa</a></p>
    </section>
    <section class="news">
      <h2>Aktuellt</h2>
      <ul>
        <li><a href="{N_CALL}">Nu öppnar utlysningen av sociala investeringsmedel</a></li>
        <li><a href="{N_RUS}">Ny rapport om Gävleborgs besöksnäring</a></li>
      </ul>
    </section>'''
    return page('/', 'Regional utveckling', body, desc='Regional utveckling i Gävleborg.', template='start')


def topic(path, title, text, links=()):
    li = ''.join(f'\n      <li><a href="{p}">{esc(t)}</a></li>' for t, p in links)
    ul = f'\n    <ul class="link-list">{li}\n    </ul>' if links else ''
    body = f'''    <h1>{esc(title)}</h1>
    <p class="lead">{esc(text)}</p>{ul}'''
    return page(path, title, body, desc=text, section=path if path in dict((p, t) for t, p in MENU) else '',
                crumbs=[(title, path)])


def robots():
    return f'''User-agent: *
Disallow: /dotAdmin/
Disallow: /api/
Disallow: /html/
Disallow: /sok
Disallow: /evenemang/kalender
Disallow: /pdf-export/
Crawl-delay: 2

Sitemap: https://{H}/sitemap_index.xml
'''


def sitemaps():
    idx = sitemapindex(H, [('/sitemaps/sidor.xml', '2026-03-02'), ('/sitemaps/projekt.xml', '2026-02-26')])
    sidor = urlset(H, [('/', '2026-03-02'), (AO, '2026-02-02'), (SOC, '2025-11-18'), (FOND, '2026-02-26'),
                       (SOKA, '2026-03-02'), (CALL, '2026-03-02'), (UPPF, '2026-02-16'), (FHP, '2024-06-12'),
                       (FLINJE, '2025-08-20'), (NAR, '2025-10-01'), (KOMP, '2025-10-01'), (INFRA, '2025-10-01'),
                       (KULTUR, '2025-10-01'), (STAT, '2025-10-01'), (EVE, '2026-03-02'), (EV, '2026-03-02'),
                       (AKT, '2026-03-02'), (N_CALL, '2026-03-02'), (N_RUS, '2026-02-11'), (OMOSS, '2025-06-01'),
                       (KONTAKT, '2025-06-01'), (KAKOR, '2025-06-01'), (TILLG, '2025-06-01')])
    proj = urlset(H, [(G1, '2025-09-03'), (G2, '2025-10-14'), (G3, '2025-06-02'), (G4, '2025-11-20'),
                      (G5, '2026-02-26'), (ELTR, '2025-05-15'), (BREDB, '2025-03-10')])
    return idx, sidor, proj


def build():
    write(H, '/robots.txt', robots())
    idx, sidor, proj = sitemaps()
    write(H, '/sitemap_index.xml', idx)
    write(H, '/sitemaps/sidor.xml', sidor)
    write(H, '/sitemaps/projekt.xml', proj)
    for path, fn in [('/', start), (AO, ao), (SOC, soc), (FOND, fond), (SOKA, soka), (CALL, call), (UPPF, uppf),
                     (FHP, fhp), (FLINJE, flinje), (G1, g1), (G2, g2), (G3, g3), (G4, g4), (G5, g5), (ELTR, eltr),
                     (BREDB, bredb), (EVE, evenemang), (EV, ev), (AKT, aktuellt), (N_CALL, n_call), (N_RUS, n_rus)]:
        write(H, path, fn())
    write(H, NAR, topic(NAR, 'Näringsliv', 'Stöd till företag, innovation och besöksnäring i Gävleborg.',
                        [('Företagsstöd', NAR + '/foretagsstod'), ('Besöksnäring', NAR + '/besoksnaring')]))
    write(H, KOMP, topic(KOMP, 'Kompetensförsörjning', 'Länets arbete för att arbetsgivare ska hitta rätt kompetens.',
                         [('Arbetsmarknad', KOMP + '/arbetsmarknad')]))
    write(H, INFRA, topic(INFRA, 'Infrastruktur', 'Vägar, järnvägar, bredband och kollektivtrafik i länet.',
                          [('Länstransportplan', INFRA + '/lanstransportplan'), ('Bredband', INFRA + '/bredband')]))
    write(H, KULTUR, topic(KULTUR, 'Kultur', 'Regional kulturplan och stöd till kulturlivet.',
                           [('Kulturstöd', KULTUR + '/kulturstod')]))
    write(H, STAT, topic(STAT, 'Statistik och analys', 'Fakta om befolkning, arbetsmarknad och näringsliv i Gävleborg.'))
    write(H, OMOSS, topic(OMOSS, 'Om oss', 'Regional utveckling är en del av Region Gävleborg.',
                          [('Kontakt', KONTAKT), ('Regional utvecklingsstrategi', OMOSS + '/regional-utvecklingsstrategi')]))
    write(H, KONTAKT, topic(KONTAKT, 'Kontakt', 'Regional utveckling nås via Region Gävleborgs växel, 026-15 40 00.'))
    write(H, KAKOR, topic(KAKOR, 'Kakor', 'Webbplatsen använder nödvändiga kakor och, om du godkänner det, kakor för statistik.'))
    write(H, TILLG, topic(TILLG, 'Tillgänglighet', 'Region Gävleborg står bakom den här webbplatsen och vill att alla ska kunna använda den.'))
