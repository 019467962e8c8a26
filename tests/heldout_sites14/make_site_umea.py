"""Umeå kommun (2480) on Sitevision 2025 – generator for heldout_sites14."""
from make_common import write, sitemap

H = 'www.umea.se'
PAGES = []  # every saved html page path, for the sitemap

FUND = '/kommunochpolitik/hallbarutveckling/socialainvesteringar/'
BEV = FUND + 'beviljadeprojekt/'
U1 = BEV + 'tidigainsatserersboda/'
U4 = BEV + 'seniortraffarisavar/'
U2 = '/barnochutbildning/grundskola/laxhjalpochstudieroalidhem/'
U3 = '/upplevaochgora/fritidsgardar/aktivfritidholmsund/'
U5 = '/omsorgochstod/barnochfamilj/familjeguidenhornefors/'

MENU = [('Barn och utbildning', '/barnochutbildning/'), ('Omsorg och stöd', '/omsorgochstod/'),
        ('Uppleva och göra', '/upplevaochgora/'), ('Bo och bygga', '/boochbygga/'),
        ('Arbete och näringsliv', '/arbeteochnaringsliv/'), ('Kommun och politik', '/kommunochpolitik/')]

_n = [100]


def sid():
    _n[0] += 7
    return f'{_n[0]:03d}' + '5e2c0b1a18f4d6c3e8a1'


def header(active):
    items = []
    for name, href in MENU:
        cur = ' aria-current="true" class="sv-active"' if href == active else ''
        items.append(f'<li class="env-list__item um-mainmenu__item"><a href="{href}"{cur}>{name}</a></li>')
    return f'''<header class="sv-layout um-header" id="svid10_{sid()}">
  <a class="env-assistive-text" href="#Mittspalt">Hoppa till huvudinnehåll</a>
  <div class="sv-image-portlet sv-portlet" id="svid12_{sid()}">
    <a href="/"><img class="sv-noborder" src="/images/18.4a1f2e3d18a6c0b7e9f1/1706264311452/umea-kommun-logotyp.svg" alt="Umeå kommun, till startsidan" width="186" height="48"></a>
  </div>
  <div class="sv-script-portlet sv-portlet um-tools" id="svid12_{sid()}">
    <ul class="env-list env-list--horizontal">
      <li class="env-list__item"><a class="um-readspeaker" rel="nofollow" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=9212&amp;lang=sv_se&amp;readid=Mittspalt">Lyssna</a></li>
      <li class="env-list__item"><a href="/english/" lang="en">In English</a></li>
      <li class="env-list__item"><a href="/kontakt/">Kontakta oss</a></li>
    </ul>
  </div>
  <div class="sv-searchform-portlet sv-portlet" id="svid12_{sid()}">
    <form class="env-form" method="get" action="/sok/" role="search">
      <label for="um-q" class="env-assistive-text">Sök på umea.se</label>
      <input class="env-form-input" type="search" id="um-q" name="query" placeholder="Vad letar du efter?">
      <button type="submit" class="env-button env-button--primary">Sök</button>
    </form>
  </div>
  <nav class="sv-menu-portlet sv-portlet um-mainmenu" id="svid12_{sid()}" aria-label="Huvudmeny">
    <ul class="env-list env-list--horizontal">
      {''.join(items)}
    </ul>
  </nav>
</header>'''


FOOTER = '''<footer class="sv-layout um-footer" id="svid10_5e2c0b1a18f4d6c3e8a1f9">
  <div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_5e2c0b1a18f4d6c3e8a1fa">
    <div class="sv-text-portlet-content">
      <h2 class="env-ui-text-subheading">Umeå kommun</h2>
      <p class="normal">901 84 Umeå<br>Besöksadress: Skolgatan 31A<br>Telefon: 090-16 10 00<br><a href="mailto:kontaktcenter@umea.se">kontaktcenter@umea.se</a></p>
    </div>
  </div>
  <div class="sv-linklist-portlet sv-portlet" id="svid12_5e2c0b1a18f4d6c3e8a1fb">
    <ul class="env-list">
      <li><a href="/nyheter/">Nyheter</a></li>
      <li><a href="/jobbahososs/">Jobba hos oss</a></li>
      <li><a href="/press/">Press</a></li>
      <li><a href="/omwebbplatsen/">Om webbplatsen</a></li>
      <li><a href="/omwebbplatsen/kakor/">Kakor</a></li>
      <li><a href="/omwebbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
      <li><a href="https://intranat.umea.se/" rel="nofollow">Medarbetarwebben</a></li>
    </ul>
  </div>
  <div class="sv-linklist-portlet sv-portlet um-social" id="svid12_5e2c0b1a18f4d6c3e8a1fc">
    <ul class="env-list env-list--horizontal">
      <li><a href="https://www.facebook.com/umeakommun">Facebook</a></li>
      <li><a href="https://www.instagram.com/umeakommun/">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/umea-kommun/">Linkedin</a></li>
    </ul>
  </div>
</footer>'''


def crumbs(trail):
    lis = ['<li class="um-breadcrumbs__item"><a href="/">Startsida</a></li>']
    for name, href in trail[:-1]:
        lis.append(f'<li class="um-breadcrumbs__item"><a href="{href}">{name}</a></li>')
    lis.append(f'<li class="um-breadcrumbs__item" aria-current="page">{trail[-1][0]}</li>')
    return f'''<nav class="sv-breadcrumbs-portlet sv-portlet um-breadcrumbs" id="svid12_{sid()}" aria-label="Du är här">
  <ol class="env-list env-list--horizontal">{''.join(lis)}</ol>
</nav>'''


def fund_menu(current):
    def li(name, href, sub=''):
        cur = ' aria-current="page"' if href == current else ''
        return f'<li class="um-submenu__item"><a href="{href}"{cur}>{name}</a>{sub}</li>'
    bev_sub = ''
    if current.startswith(BEV):
        bev_sub = ('<ul class="env-list um-submenu__level2">' + li('Beviljade 2025', BEV + '2025/') +
                   li('Beviljade 2024', BEV + '2024/') + '</ul>')
    return f'''<nav class="sv-menu-portlet sv-portlet um-submenu" id="svid12_{sid()}" aria-label="Undermeny Sociala investeringar">
  <h2 class="env-ui-text-overline"><a href="{FUND}">Sociala investeringar</a></h2>
  <ul class="env-list">
    {li('Söka medel', FUND + 'sokamedel/')}
    {li('Villkor och kriterier', FUND + 'villkorochkriterier/')}
    {li('Beviljade projekt', BEV, bev_sub)}
    {li('Uppföljning och utvärdering', FUND + 'uppfoljningochutvardering/')}
  </ul>
</nav>'''


def page(path, title, trail, body, active='/kommunochpolitik/', side='', template='standardsida', desc=None, extra_head=''):
    PAGES.append(path)
    desc = desc or title
    aside = f'<aside class="sv-layout um-aside" id="svid10_{sid()}">{side}</aside>' if side else ''
    bc = crumbs(trail) if trail else ''
    html = f'''<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-{template}">
<head>
<meta charset="utf-8">
<script nonce="c2l0ZXZpc2lvbg">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{title} - Umeå kommun</title>
<link rel="preload" href="/sitevision/system-resource/a31c8e0f5d2b7946c1e0d8f2a4b6c9e3/js/jquery.js" as="script">
<link rel="stylesheet" type="text/css" href="/sitevision/system-resource/a31c8e0f5d2b7946c1e0d8f2a4b6c9e3/css/portlets.css">
<link rel="stylesheet" type="text/css" href="/sitevision/system-resource/a31c8e0f5d2b7946c1e0d8f2a4b6c9e3/envision/envision.css">
<link rel="stylesheet" type="text/css" href="/webapp-files/umea-theme/2025.11.2/umea.css">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{desc}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Umeå kommun">
<script nonce="c2l0ZXZpc2lvbg">window.sv = window.sv || {{}}; sv.PageContext = {{pageId: '4.{sid()}', siteName: 'Umeå kommun', lang: 'sv', version: '2025.06.2'}};</script>
{extra_head}</head>
<body class="sv-responsive">
<div class="sv-layout" id="svid10_{sid()}">
<div class="sv-cookie-consent-banner env-cookie-banner" data-cookie-consent="true" role="region" aria-label="Kakor">
  <p class="env-text">Umeå kommun använder kakor för att webbplatsen ska fungera och för att förbättra den. <a href="/omwebbplatsen/kakor/">Läs mer om kakor</a></p>
  <button type="button" class="env-button env-button--primary" data-cookie-user-consent="accept">Godkänn alla</button>
  <button type="button" class="env-button" data-cookie-user-consent="necessary">Endast nödvändiga</button>
</div>
{header(active)}
<div class="sv-layout um-page" id="svid10_{sid()}">
{bc}
<main class="sv-layout um-main" id="Mittspalt">
{body}
</main>
{aside}
</div>
{FOOTER}
</div>
<script src="/sitevision/system-resource/a31c8e0f5d2b7946c1e0d8f2a4b6c9e3/js/envision.js"></script>
</body>
</html>
'''
    write(H, path, html)


def text(html):
    return f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
<div id="Text{_n[0]}"></div><div class="sv-text-portlet-content">
{html}
</div>
</div>'''


def h1(t, lead=None):
    s = f'''<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
<div id="Rubrik"></div><div class="sv-text-portlet-content"><h1 class="heading" id="h-{_n[0]}">{t}</h1></div>
</div>'''
    if lead:
        s += f'''
<div class="sv-text-portlet sv-use-margins sv-portlet" id="svid12_{sid()}">
<div id="Ingress"></div><div class="sv-text-portlet-content"><p class="ingress">{lead}</p></div>
</div>'''
    return s


def cards(items, heading=None):
    hs = f'<h2 class="env-ui-text-sectionheading">{heading}</h2>' if heading else ''
    lis = ''.join(f'''
  <li class="env-card um-card">
    <div class="env-card__body"><h3 class="env-card__title"><a class="um-card__link" href="{href}">{name}</a></h3>
    <p class="env-card__text">{txt}</p></div>
  </li>''' for name, href, txt in items)
    return f'''<div class="sv-linklist-portlet sv-portlet um-cards" id="svid12_{sid()}">
{hs}<ul class="env-list um-cards__list">{lis}
</ul>
</div>'''


def modified(d):
    return f'''<div class="sv-script-portlet sv-portlet um-lastmod" id="svid12_{sid()}"><p class="env-ui-text-caption">Senast uppdaterad: {d}</p></div>'''


def contact(name, role, phone):
    return f'''<div class="sv-decoration-content um-contactbox sv-portlet" id="svid12_{sid()}">
<h2 class="env-ui-text-subheading">Kontakt</h2>
<p class="normal">{name}<br>{role}<br>Telefon: {phone}<br>Kontaktcenter: 090-16 10 00</p>
</div>'''


def news_item(slug, date, title, lead, body, tags=''):
    path = f'/nyheter/nyhetsarkiv/{slug}.html'
    b = f'''<article class="um-article">
{h1(title, lead)}
<div class="sv-script-portlet sv-portlet um-published" id="svid12_{sid()}"><p class="env-ui-text-caption">Publicerad: <time datetime="{date}">{date}</time></p></div>
{text(body)}
{tags}
</article>
{modified(date)}'''
    page(path, title, [('Nyheter', '/nyheter/'), (title, path)], b, active=None, template='nyhetsartikel')
    return path


def build():
    # ---------------- start page
    start = f'''{h1('Välkommen till Umeå kommun')}
<div class="sv-linklist-portlet sv-portlet um-popular" id="svid12_{sid()}">
<h2 class="env-ui-text-subheading">Populära sökningar</h2>
<ul class="env-list env-list--horizontal">
<li><a href="/sok/?query=f%C3%B6rskola">Förskola</a></li>
<li><a href="/sok/?query=bygglov">Bygglov</a></li>
<li><a href="/sok/?query=lediga+jobb">Lediga jobb</a></li>
<li><a href="/sok/?query=sopt%C3%B6mning">Soptömning</a></li>
</ul>
</div>
{cards([('Förskola och skola', '/barnochutbildning/', 'Ansök om förskoleplats, skolval och fritidshem.'),
        ('Stöd och omsorg', '/omsorgochstod/', 'Äldreomsorg, stöd till familjer och funktionsstöd.'),
        ('Fritid och kultur', '/upplevaochgora/', 'Fritidsgårdar, bad, bibliotek och evenemang.'),
        ('Kommun och politik', '/kommunochpolitik/', 'Så styrs Umeå kommun, ekonomi och hållbar utveckling.')], 'Genvägar')}
<div class="sv-archive-portlet sv-portlet um-newslist" id="svid12_{sid()}">
<h2 class="env-ui-text-sectionheading">Nyheter</h2>
<ul class="env-list">
  NEWSLIST
</ul>
<p><a class="env-button" href="/nyheter/">Fler nyheter</a></p>
</div>'''
    # filled in after news are created

    # ---------------- news
    n_laxa = news_item('laxhjalpen-pa-alidhem-har-fatt-fart', '2025-09-18', 'Läxhjälpen på Ålidhem har fått fart',
        'Varannan elev i årskurs 7–9 på Ålidhemsskolan har använt läxhjälpen minst en gång under terminens första veckor.',
        f'''<p class="normal">Sedan januari erbjuder Ålidhemsskolan läxhjälp fyra eftermiddagar i veckan och en lugn studiemiljö i skolans bibliotek. Lärare och studievägledare finns på plats, och elever i årskurs 9 kan få extra stöd inför nationella proven.</p>
<p class="normal">– Vi ser att fler elever stannar kvar efter skoldagen och att det är lugnare i klassrummen. Det är tidigt att säga något om betygen, men närvaron har redan ökat, säger rektor Maria Lindgren.</p>
<p class="normal">Arbetet finansieras med pengar ur kommunens sociala investeringsfond och följs upp av Umeå universitet.</p>
<p class="normal">Läs mer om projektet <a href="{U2}">Läxhjälp och studiero på Ålidhem</a>.</p>''')

    n_call = news_item('nu-kan-verksamheterna-soka-ur-sociala-investeringsfonden', '2026-01-20',
        'Nu kan verksamheterna söka ur sociala investeringsfonden',
        'Kommunens nämnder och bolag kan nu ansöka om pengar ur den sociala investeringsfonden. Sista dag att lämna in en ansökan är den 15 april 2026.',
        f'''<p class="normal">Inför 2026 finns cirka 6 miljoner kronor att söka. Pengarna ska användas till tidiga och förebyggande insatser som kan minska utanförskap och framtida kostnader, till exempel för barn och unga, äldre eller personer som står långt från arbetsmarknaden.</p>
<p class="normal">Ansökan görs av en förvaltning, gärna tillsammans med en annan förvaltning, Region Västerbotten eller en idéburen organisation. Beredningsgruppen går igenom ansökningarna i maj och kommunstyrelsens arbetsutskott fattar beslut i juni.</p>
<p class="normal">Under februari håller vi två digitala informationsträffar för den som funderar på att söka. Anmäl dig till <a href="mailto:socialainvesteringar@umea.se">socialainvesteringar@umea.se</a>.</p>
<p class="normal"><a href="{FUND}sokamedel/">Så söker du medel ur sociala investeringsfonden</a></p>''')

    n_kf = news_item('kommunfullmaktige-fyller-pa-den-sociala-investeringsfonden', '2025-11-27',
        'Kommunfullmäktige fyller på den sociala investeringsfonden',
        'Kommunfullmäktige beslutade på måndagens sammanträde att tillföra 15 miljoner kronor till den sociala investeringsfonden ur 2025 års överskott.',
        f'''<p class="normal">Fonden inrättades 2017 och har sedan dess finansierat fjorton projekt. Efter beslutet finns drygt 21 miljoner kronor att fördela under de kommande åren.</p>
<p class="normal">– Vi vet att tidiga insatser för barn och unga lönar sig, både för den enskilda och för kommunens ekonomi. Därför är det rätt att använda en del av överskottet på det här sättet, säger kommunstyrelsens ordförande.</p>
<p class="normal">Beslutet innebär också att reglerna ändras så att ett projekt kan få pengar i upp till fyra år i stället för tre.</p>
<p class="normal">Mer information finns på sidan <a href="https://www.umea.se/edit/4.2f8c1a9b18e5d0c7f3a1b2c">Sociala investeringar</a>.</p>''')

    n_snow = news_item('sa-prioriterar-vi-snorojningen-i-vinter', '2025-12-03', 'Så prioriterar vi snöröjningen i vinter',
        'När det snöar plogar vi först huvudgator, busslinjer och gång- och cykelvägar till skolor.',
        '<p class="normal">Bostadsgator plogas när det har kommit mer än tio centimeter snö. Du kan följa plogbilarna i kartan på vår webbplats och anmäla fel i felanmälan.</p>')
    n_lek = news_item('ny-lekplats-invigs-i-tomtebo', '2025-06-12', 'Ny lekplats invigs i Tomtebo',
        'Den nya lekplatsen vid Tomtebo strand är klar och invigs på lördag med fika och musik.',
        '<p class="normal">Lekplatsen har ett klätternät, sandlek och gungor som fungerar för barn med olika funktionsnedsättningar. Barn från två förskolor har varit med och tyckt till om utformningen.</p>')
    n_lov = news_item('sommarlovsaktiviteter-for-barn-och-unga', '2025-05-28', 'Gratis sommarlovsaktiviteter för barn och unga',
        'I sommar kan barn och unga mellan 6 och 16 år prova på allt från paddling till dans utan kostnad.',
        '<p class="normal">Aktiviteterna ordnas av fritidsgårdar, föreningar och biblioteken. Programmet släpps i början av juni och en del aktiviteter kräver anmälan.</p>')

    newest = [(n_call, 'Nu kan verksamheterna söka ur sociala investeringsfonden', '2026-01-20'),
              (n_snow, 'Så prioriterar vi snöröjningen i vinter', '2025-12-03'),
              (n_kf, 'Kommunfullmäktige fyller på den sociala investeringsfonden', '2025-11-27'),
              (n_laxa, 'Läxhjälpen på Ålidhem har fått fart', '2025-09-18'),
              (n_lek, 'Ny lekplats invigs i Tomtebo', '2025-06-12'),
              (n_lov, 'Gratis sommarlovsaktiviteter för barn och unga', '2025-05-28')]

    def nli(p, t, d):
        return f'<li class="um-newslist__item"><a href="{p}">{t}</a> <span class="env-ui-text-caption"><time datetime="{d}">{d}</time></span></li>'

    start = start.replace('NEWSLIST', '\n  '.join(nli(*x) for x in newest[:4]))
    page('/', 'Startsida', None, start, active=None, template='startsida', desc='Umeå kommuns webbplats')

    page('/nyheter/', 'Nyheter', [('Nyheter', '/nyheter/')],
         f'''{h1('Nyheter')}
<div class="sv-archive-portlet sv-portlet um-newslist" id="svid12_{sid()}">
<ul class="env-list">
  {''.join(nli(*x) for x in newest[:5])}
</ul>
</div>
{text('<p class="normal"><a href="/nyheter/nyhetsarkiv/">Alla nyheter i nyhetsarkivet</a></p>')}''', active=None)
    page('/nyheter/nyhetsarkiv/', 'Nyhetsarkiv', [('Nyheter', '/nyheter/'), ('Nyhetsarkiv', '/nyheter/nyhetsarkiv/')],
         f'''{h1('Nyhetsarkiv')}
<div class="sv-archive-portlet sv-portlet um-newslist" id="svid12_{sid()}">
<h2 class="env-ui-text-subheading">2026</h2>
<ul class="env-list">{nli(*newest[0])}</ul>
<h2 class="env-ui-text-subheading">2025</h2>
<ul class="env-list">{''.join(nli(*x) for x in newest[1:])}</ul>
<h2 class="env-ui-text-subheading">2024</h2>
<ul class="env-list"><li class="um-newslist__item"><a href="/nyheter/nyhetsarkiv/nattvandrarna-pa-teg-far-forstarkning.html">Nattvandrarna på Teg får förstärkning</a> <span class="env-ui-text-caption">2024-10-02</span></li></ul>
</div>''', active=None)

    # ---------------- kommun och politik
    page('/kommunochpolitik/', 'Kommun och politik', [('Kommun och politik', '/kommunochpolitik/')],
         h1('Kommun och politik', 'Här hittar du information om hur Umeå kommun styrs, kommunens ekonomi och arbetet för en hållbar utveckling.') +
         cards([('Politik och demokrati', '/kommunochpolitik/politikochdemokrati/', 'Kommunfullmäktige, nämnder och protokoll.'),
                ('Ekonomi och budget', '/kommunochpolitik/ekonomiochbudget/', 'Budget, årsredovisning och skattesats.'),
                ('Hållbar utveckling', '/kommunochpolitik/hallbarutveckling/', 'Klimat, jämställdhet och social hållbarhet.'),
                ('Jobba hos oss', '/jobbahososs/', 'Lediga jobb och hur det är att arbeta i Umeå kommun.')]))
    page('/kommunochpolitik/hallbarutveckling/', 'Hållbar utveckling',
         [('Kommun och politik', '/kommunochpolitik/'), ('Hållbar utveckling', '/kommunochpolitik/hallbarutveckling/')],
         h1('Hållbar utveckling', 'Umeå ska växa på ett sätt som är hållbart för både människor och miljö.') +
         text('<p class="normal">Kommunens arbete för hållbar utveckling utgår från Agenda 2030 och kommunens översiktsplan. Här kan du läsa mer om några av de områden vi arbetar med.</p>') +
         cards([('Klimat och miljö', '/kommunochpolitik/hallbarutveckling/klimatochmiljo/', 'Klimatfärdplan och miljömål.'),
                ('Jämställdhet', '/kommunochpolitik/hallbarutveckling/jamstalldhet/', 'Umeå – en jämställd kommun.'),
                ('Sociala investeringar', FUND, 'Fonden som finansierar förebyggande arbete för en socialt hållbar kommun.')]))

    # ---------------- fund page
    appstate = ('{"mapCenter":[63.8258,20.263],"zoom":10,"heading":"Karta över pågående projekt",'
                '"projects":['
                f'{{"id":"p-214","title":"Tidiga insatser i förskolan – Ersboda","area":"Ersboda","url":"{U1}","lat":63.8464,"lng":20.3121}},'
                f'{{"id":"p-231","title":"Familjeguiden i Hörnefors","area":"Hörnefors","url":"{U5}","lat":63.6289,"lng":19.9037}},'
                f'{{"id":"p-198","title":"Nattvandring på Teg","area":"Teg","url":"{BEV}nattvandringteg/","lat":63.8163,"lng":20.2689}}'
                ']}')
    fund_body = f'''{h1('Sociala investeringar', 'Umeå kommun har sedan 2017 en social investeringsfond. Fonden finansierar tidiga och förebyggande insatser som ska ge bättre livsvillkor för Umeåborna och minskade kostnader på sikt.')}
{text(f"""<h2 class="subheading">Vad är en social investering?</h2>
<p class="normal">En social investering är en insats som görs i dag för att förebygga problem längre fram. Tanken är att det är bättre för människor, och billigare för samhället, att tidigt stötta ett barn som inte når målen i skolan eller en äldre person som håller på att bli isolerad än att hantera konsekvenserna senare.</p>
<p class="normal">Fonden är på 40 miljoner kronor och har byggts upp av överskott från tidigare år. Ett projekt kan få pengar i upp till fyra år. Om insatsen leder till lägre kostnader ska förvaltningen betala tillbaka en del av pengarna till fonden, så att de kan användas till nya projekt.</p>
<h2 class="subheading">Vem kan söka?</h2>
<p class="normal">Det är kommunens nämnder och bolag som kan söka pengar ur fonden, gärna tillsammans med Region Västerbotten, Försäkringskassan eller idéburna organisationer. Privatpersoner och föreningar kan inte söka själva.</p>""")}
{cards([('Tidiga insatser i förskolan – Ersboda', U1, 'Förskolor, familjecentral och socialtjänst arbetar tillsammans med barn som behöver stöd tidigt.'),
        ('Nattvandring på Teg', BEV + 'nattvandringteg/', 'Fler vuxna ute på kvällar och helger.')], 'Pågående projekt')}
<div class="sv-custom-module sv-portlet um-projektkarta" id="svid12_{sid()}">
<h2 class="env-ui-text-sectionheading">Projekten på kartan</h2>
<div data-cid="12.6c0e7a3f19a2b4d8e1c57" class="um-projektkarta__app"></div>
<script nonce="c2l0ZXZpc2lvbg">AppRegistry.registerInitialState('12.6c0e7a3f19a2b4d8e1c57',{appstate});</script>
<script src="/webapp-files/12.6c0e7a3f19a2b4d8e1c57/1.4.0/bundle.js" defer></script>
</div>
{text(f"""<p class="normal">Se alla <a href="{BEV}">beviljade projekt</a> sorterade efter år.</p>
<h2 class="subheading">För beredningsgruppen</h2>
<p class="normal">Ansökningar, bedömningsmallar och mötesanteckningar finns i <a href="/intern/beredningsgrupp-sociala-investeringar/" rel="nofollow">beredningsgruppens arbetsyta</a> (kräver inloggning).</p>""")}
{modified('2026-01-20')}'''
    fund_side = fund_menu(FUND) + contact('Anna Berglund', 'Utvecklingsledare social hållbarhet', '090-16 12 48')
    page(FUND, 'Sociala investeringar',
         [('Kommun och politik', '/kommunochpolitik/'), ('Hållbar utveckling', '/kommunochpolitik/hallbarutveckling/'), ('Sociala investeringar', FUND)],
         fund_body, side=fund_side)

    ftrail = [('Kommun och politik', '/kommunochpolitik/'), ('Hållbar utveckling', '/kommunochpolitik/hallbarutveckling/'), ('Sociala investeringar', FUND)]

    page(FUND + 'sokamedel/', 'Söka medel', ftrail + [('Söka medel', FUND + 'sokamedel/')],
         h1('Söka medel ur sociala investeringsfonden', 'Ansökningar tas emot en gång per år. Sista dag för ansökan 2026 är den 15 april.') +
         text('''<h2 class="subheading">Så går ansökan till</h2>
<ol>
<li>Kontakta utvecklingsledaren för social hållbarhet tidigt för att diskutera idén.</li>
<li>Skriv en projektplan med problembeskrivning, målgrupp, mål och aktiviteter. Använd kommunens mall.</li>
<li>Gör en kalkyl över projektets kostnader och de effekter ni förväntar er, både för målgruppen och ekonomiskt.</li>
<li>Låt förvaltningschefen skriva under ansökan. Den ska ha förankrats i nämnden.</li>
<li>Skicka ansökan till socialainvesteringar@umea.se senast den 15 april.</li>
</ol>
<h2 class="subheading">Bedömning och beslut</h2>
<p class="normal">Beredningsgruppen bedömer ansökningarna utifrån villkoren för fonden. Kommunstyrelsens arbetsutskott beslutar i juni och projekten kan starta tidigast i augusti samma år.</p>
<h2 class="subheading">Mallar</h2>
<ul><li><a href="/download/18.3c9d2e1f19a1b0c7d4e2a1/1736947200000/mall-projektplan-sociala-investeringar.docx">Mall för projektplan (Word)</a></li>
<li><a href="/download/18.3c9d2e1f19a1b0c7d4e2a1/1736947200000/kalkylmall-sociala-investeringar.xlsx">Kalkylmall (Excel)</a></li></ul>''') + modified('2026-01-15'),
         side=fund_menu(FUND + 'sokamedel/'))

    page(FUND + 'villkorochkriterier/', 'Villkor och kriterier', ftrail + [('Villkor och kriterier', FUND + 'villkorochkriterier/')],
         h1('Villkor och kriterier') +
         text('''<p class="normal">För att ett projekt ska kunna få pengar ur sociala investeringsfonden måste det uppfylla följande villkor.</p>
<ul>
<li>Insatsen ska vara förebyggande och rikta sig till en avgränsad målgrupp.</li>
<li>Insatsen ska vara ny för kommunen eller ett nytt sätt att arbeta.</li>
<li>Minst två förvaltningar eller en förvaltning och en extern part ska samverka.</li>
<li>Projektet kan pågå i högst fyra år och få högst 4 miljoner kronor.</li>
<li>Förvaltningen ska bidra med egna resurser motsvarande minst 20 procent av projektets kostnad.</li>
<li>Det ska finnas en plan för hur arbetet tas över av ordinarie verksamhet om det faller väl ut.</li>
</ul>
<h2 class="subheading">Återbetalning</h2>
<p class="normal">Om projektet leder till minskade kostnader ska hälften av den beräknade besparingen betalas tillbaka till fonden under de tre år som följer efter att projektet avslutats.</p>''') + modified('2025-12-01'),
         side=fund_menu(FUND + 'villkorochkriterier/'))

    page(FUND + 'uppfoljningochutvardering/', 'Uppföljning och utvärdering', ftrail + [('Uppföljning och utvärdering', FUND + 'uppfoljningochutvardering/')],
         h1('Uppföljning och utvärdering', 'Alla projekt som får pengar ur fonden följs upp två gånger per år och utvärderas när de är avslutade.') +
         text('''<p class="normal">Umeå universitet, Enheten för folkhälsa och klinisk medicin, gör följeforskning på fonden som helhet. Varje projekt rapporterar aktiviteter, antal deltagare och utfall i förhållande till sina mål.</p>
<table class="sv-table" summary="Fondens utfall per år">
<caption>Fondens utfall 2022–2025</caption>
<thead><tr><th scope="col">År</th><th scope="col">Nya projekt</th><th scope="col">Beviljat, kronor</th><th scope="col">Återbetalat, kronor</th></tr></thead>
<tbody>
<tr><td>2022</td><td>2</td><td>3 900 000</td><td>0</td></tr>
<tr><td>2023</td><td>3</td><td>6 150 000</td><td>450 000</td></tr>
<tr><td>2024</td><td>3</td><td>5 200 000</td><td>0</td></tr>
<tr><td>2025</td><td>2</td><td>4 250 000</td><td>820 000</td></tr>
</tbody></table>
<p class="normal">Den senaste årsrapporten visar att sju av tio avslutade projekt har införts i ordinarie verksamhet, helt eller delvis.</p>''') + modified('2025-10-30'),
         side=fund_menu(FUND + 'uppfoljningochutvardering/'))

    btrail = ftrail + [('Beviljade projekt', BEV)]
    page(BEV, 'Beviljade projekt', btrail,
         h1('Beviljade projekt', 'Här hittar du de projekt som har fått pengar ur sociala investeringsfonden, sorterade efter det år beslutet fattades.') +
         cards([('Beviljade 2025', BEV + '2025/', 'Två projekt fick pengar 2025.'),
                ('Beviljade 2024', BEV + '2024/', 'Tre projekt fick pengar 2024.'),
                ('Beviljade 2023', BEV + '2023/', 'Tre projekt fick pengar 2023.')]) +
         text('<p class="normal">Projekt som beviljades före 2023 är avslutade. Deras slutrapporter kan beställas från kontaktcenter.</p>') + modified('2025-06-19'),
         side=fund_menu(BEV))

    page(BEV + '2025/', 'Beviljade 2025', btrail + [('Beviljade 2025', BEV + '2025/')],
         h1('Projekt som beviljades 2025') +
         text(f'''<p class="normal">Kommunstyrelsens arbetsutskott beslutade den 10 juni 2025 att bevilja två projekt sammanlagt 4 250 000 kronor.</p>
<ul>
<li><a href="{U1}">Tidiga insatser i förskolan – Ersboda</a>, förskoleförvaltningen och individ- och familjeomsorgen</li>
<li>Familjeguiden i Hörnefors, individ- och familjeomsorgen tillsammans med Region Västerbotten</li>
</ul>''') + modified('2025-06-19'),
         side=fund_menu(BEV + '2025/'))

    page(BEV + '2024/', 'Beviljade 2024', btrail + [('Beviljade 2024', BEV + '2024/')],
         h1('Projekt som beviljades 2024') +
         text(f'''<p class="normal">Tre projekt fick sammanlagt 5 200 000 kronor efter beslut i kommunstyrelsens arbetsutskott den 11 juni 2024.</p>
<table class="sv-table" summary="Beviljade projekt 2024">
<thead><tr><th scope="col">Projekt</th><th scope="col">Ansvarig förvaltning</th><th scope="col">Period</th><th scope="col">Beviljat</th></tr></thead>
<tbody>
<tr><td><a href="{U4}">Seniorträffar i Sävar</a></td><td>Äldreomsorgen</td><td>2024–2026</td><td>950 000 kr</td></tr>
<tr><td>Läxhjälp och studiero på Ålidhem</td><td>För- och grundskolenämnden</td><td>2025–2027</td><td>1 400 000 kr</td></tr>
<tr><td>Aktiv fritid i Holmsund</td><td>Fritid</td><td>2024–2027</td><td>2 850 000 kr</td></tr>
</tbody></table>''') + modified('2024-06-20'),
         side=fund_menu(BEV + '2024/'))

    # ---------------- project pages
    fakta = lambda rows: f'''<div class="sv-decoration-content um-faktaruta sv-portlet" id="svid12_{sid()}">
<h2 class="env-ui-text-subheading">Fakta om projektet</h2>
<ul class="env-list">{''.join(f'<li><strong>{k}:</strong> {v}</li>' for k, v in rows)}</ul>
</div>'''
    page(U1, 'Tidiga insatser i förskolan – Ersboda', btrail + [('Tidiga insatser i förskolan – Ersboda', U1)],
         h1('Tidiga insatser i förskolan – Ersboda', 'I projektet arbetar förskolor, familjecentralen och socialtjänsten på Ersboda tillsammans för att barn som behöver stöd ska få det tidigt.') +
         text('''<h2 class="subheading">Bakgrund</h2>
<p class="normal">På Ersboda går många barn i förskola som har föräldrar med kort utbildning eller som nyligen kommit till Sverige. Pedagogerna ser ofta tidigt att ett barn behöver stöd i språket eller i samspelet med andra, men det tar lång tid innan stödet kommer på plats.</p>
<h2 class="subheading">Syfte och mål</h2>
<p class="normal">Syftet är att upptäcka behov tidigare och att ge barn och vårdnadshavare samordnat stöd redan i förskolan. Målet är att fler barn ska ha ett åldersadekvat språk när de börjar förskoleklass och att färre familjer ska behöva insatser från socialtjänsten senare.</p>
<h2 class="subheading">Så arbetar vi</h2>
<p class="normal">Ett team med specialpedagog, logoped och familjebehandlare finns på plats på fyra förskolor. Teamet handleder pedagogerna, träffar familjer och samordnar kontakterna med barnavårdscentralen.</p>''') +
         fakta([('Projektperiod', 'augusti 2025 – juli 2028'), ('Beviljat ur sociala investeringsfonden', '2 500 000 kronor'),
                ('Projektägare', 'Förskoleförvaltningen'), ('Samverkan', 'Individ- och familjeomsorgen, Region Västerbotten (barnavårdscentralen)'),
                ('Målgrupp', 'Barn 1–5 år och deras vårdnadshavare på Ersboda')]) + modified('2025-09-02'),
         side=fund_menu(U1))

    page(U4, 'Seniorträffar i Sävar', btrail + [('Seniorträffar i Sävar', U4)],
         h1('Seniorträffar i Sävar', 'Seniorträffarna ska minska ensamheten bland äldre i Sävar och göra det lättare att bo kvar hemma.') +
         text('''<p class="normal">Många äldre i Sävar och byarna runt omkring bor ensamma och har långt till service och aktiviteter. Ensamhet ökar risken för ohälsa och leder ofta till att behovet av hemtjänst och vård kommer tidigare.</p>
<p class="normal">Projektet startade i september 2024 och pågår till och med augusti 2026. Två gånger i veckan ordnas träffar i Sävar medborgarhus med gemensam lunch, rörelse och föreläsningar. En seniorvärd hämtar upp deltagare som inte kan ta sig dit på egen hand.</p>
<p class="normal">Äldreomsorgen driver projektet tillsammans med PRO Sävar och Svenska kyrkan. Kommunens arbetsutskott har beviljat 950 000 kronor ur den sociala investeringsfonden.</p>
<h2 class="subheading">Vad vill vi uppnå?</h2>
<ul><li>Minst 60 deltagare ska delta regelbundet.</li><li>Deltagarna ska uppleva mindre ensamhet, mätt med en enkät vid start och efter ett år.</li><li>Behovet av hemtjänst ska öka långsammare än i jämförbara områden.</li></ul>''') + modified('2024-11-14'),
         side=fund_menu(U4))

    page(U2, 'Läxhjälp och studiero på Ålidhem',
         [('Barn och utbildning', '/barnochutbildning/'), ('Grundskola', '/barnochutbildning/grundskola/'), ('Läxhjälp och studiero på Ålidhem', U2)],
         h1('Läxhjälp och studiero på Ålidhem', 'Ålidhemsskolan erbjuder läxhjälp och en lugn plats att plugga på efter skoltid.') +
         text('''<p class="normal">Elever på Ålidhemsskolan har i flera år haft lägre meritvärden än genomsnittet i Umeå. Många saknar en lugn plats att göra läxor på hemma, och föräldrarna har inte alltid möjlighet att hjälpa till.</p>
<p class="normal">Med projektet vill skolan öka andelen elever som blir behöriga till gymnasiet och minska frånvaron. Läxhjälpen är öppen måndag till torsdag klockan 15–17.30 i skolbiblioteket, med lärare, studievägledare och studenter från Umeå universitet.</p>
<p class="normal">Projektet pågår från januari 2025 till juni 2027. För- och grundskolenämnden har fått 1 400 000 kronor ur kommunens sociala investeringsfond för att genomföra det, och skolan bidrar med egen personal.</p>
<h2 class="subheading">För vem?</h2>
<p class="normal">Alla elever i årskurs 7–9 på Ålidhemsskolan. Du behöver inte anmäla dig.</p>''') +
         contact('Maria Lindgren', 'Rektor Ålidhemsskolan', '090-16 53 10') + modified('2025-08-25'),
         active='/barnochutbildning/')

    page(U3, 'Aktiv fritid i Holmsund',
         [('Uppleva och göra', '/upplevaochgora/'), ('Fritidsgårdar', '/upplevaochgora/fritidsgardar/'), ('Aktiv fritid i Holmsund', U3)],
         h1('Aktiv fritid i Holmsund', 'Fler unga i Holmsund och Obbola ska ha en meningsfull fritid.') +
         text('''<h2 class="subheading">Kort om projektet</h2>
<ul>
<li><strong>Syfte:</strong> att fler unga 10–18 år i Holmsund och Obbola deltar i organiserade fritidsaktiviteter och att färre hamnar i riskmiljöer.</li>
<li><strong>Tid:</strong> 1 augusti 2024 – 31 juli 2027</li>
<li><strong>Kostnad:</strong> 2 850 000 kronor ur den sociala investeringsfonden</li>
<li><strong>Ansvarig:</strong> Fritid, Umeå kommun</li>
<li><strong>Samarbete:</strong> Holmsunds IK, Obbola IK, skolorna och polisen</li>
</ul>
<h2 class="subheading">Så arbetar vi</h2>
<p class="normal">Fritidsgården i Holmsund har fått utökade öppettider och två fritidsledare som rör sig ute i området på kvällar och helger. Tillsammans med föreningarna ordnar vi prova-på-aktiviteter och avgiftsfria träningsgrupper för unga som inte är med i någon förening i dag.</p>''') + modified('2025-03-10'),
         active='/upplevaochgora/')

    page(U5, 'Familjeguiden i Hörnefors',
         [('Omsorg och stöd', '/omsorgochstod/'), ('Barn och familj', '/omsorgochstod/barnochfamilj/'), ('Familjeguiden i Hörnefors', U5)],
         h1('Familjeguiden i Hörnefors', 'Familjeguiden är en person du kan vända dig till om du har frågor om föräldraskap, ekonomi eller kontakter med myndigheter.') +
         text('''<p class="normal">I Hörnefors finns ingen familjecentral, och det är långt till socialtjänstens öppna verksamheter i centrala Umeå. Många familjer söker hjälp först när problemen har vuxit sig stora.</p>
<p class="normal">Familjeguiden finns på plats i Hörnefors bibliotek två dagar i veckan och på förskolorna och skolan resten av tiden. Du kan få stöd i föräldraskapet, hjälp att förstå brev från myndigheter och slussas vidare till rätt verksamhet. Det är gratis och du kan vara anonym.</p>
<p class="normal">Familjeguiden är en social investering: arbetet startade i mars 2025 och finansieras fram till februari 2028 med 1 750 000 kronor ur Umeå kommuns sociala investeringsfond. Individ- och familjeomsorgen driver arbetet tillsammans med Region Västerbotten.</p>
<h2 class="subheading">Öppettider</h2>
<p class="normal">Tisdagar 13–18 och torsdagar 9–12 i Hörnefors bibliotek, Köpmangatan 6.</p>''') +
         contact('Sara Nyström', 'Familjeguide', '090-16 28 41') + modified('2025-04-07'),
         active='/omsorgochstod/')

    # ---------------- service areas
    page('/barnochutbildning/', 'Barn och utbildning', [('Barn och utbildning', '/barnochutbildning/')],
         h1('Barn och utbildning') + cards([('Förskola', '/barnochutbildning/forskola/', 'Ansök om plats och läs om förskolorna.'),
                                          ('Grundskola', '/barnochutbildning/grundskola/', 'Skolval, skolskjuts och elevhälsa.'),
                                          ('Gymnasieskola', '/barnochutbildning/gymnasieskola/', 'Gymnasieprogram i Umeå.')]),
         active='/barnochutbildning/')
    page('/barnochutbildning/grundskola/', 'Grundskola', [('Barn och utbildning', '/barnochutbildning/'), ('Grundskola', '/barnochutbildning/grundskola/')],
         h1('Grundskola', 'I Umeå finns ett fyrtiotal kommunala grundskolor och flera fristående skolor.') +
         cards([('Skolval', '/barnochutbildning/grundskola/skolval/', 'Så väljer du skola.'),
                ('Skolskjuts', '/barnochutbildning/grundskola/skolskjuts/', 'Vem har rätt till skolskjuts?'),
                ('Elevhälsa', '/barnochutbildning/grundskola/elevhalsa/', 'Skolsköterska, kurator och psykolog.'),
                ('Läxhjälp', '/barnochutbildning/grundskola/laxhjalp/', 'Läxhjälp på skolor och bibliotek.')]),
         active='/barnochutbildning/')
    page('/omsorgochstod/', 'Omsorg och stöd', [('Omsorg och stöd', '/omsorgochstod/')],
         h1('Omsorg och stöd') + cards([('Äldreomsorg', '/omsorgochstod/aldreomsorg/', 'Hemtjänst, särskilt boende och träffpunkter.'),
                                       ('Barn och familj', '/omsorgochstod/barnochfamilj/', 'Stöd i föräldraskapet och familjerådgivning.'),
                                       ('Funktionsstöd', '/omsorgochstod/funktionsstod/', 'Stöd enligt LSS och SoL.')]),
         active='/omsorgochstod/')
    page('/omsorgochstod/barnochfamilj/', 'Barn och familj', [('Omsorg och stöd', '/omsorgochstod/'), ('Barn och familj', '/omsorgochstod/barnochfamilj/')],
         h1('Barn och familj', 'Här hittar du stöd för dig som är förälder eller för barn och unga som har det svårt.') +
         cards([('Familjecentraler', '/omsorgochstod/barnochfamilj/familjecentraler/', 'Öppen förskola, barnavårdscentral och föräldrastöd på samma ställe.'),
                ('Familjerådgivning', '/omsorgochstod/barnochfamilj/familjeradgivning/', 'Samtal för par och familjer.'),
                ('Orosanmälan', '/omsorgochstod/barnochfamilj/orosanmalan/', 'Om du är orolig för ett barn.')]),
         active='/omsorgochstod/')
    page('/upplevaochgora/', 'Uppleva och göra', [('Uppleva och göra', '/upplevaochgora/')],
         h1('Uppleva och göra') + cards([('Fritidsgårdar', '/upplevaochgora/fritidsgardar/', 'Mötesplatser för unga i hela kommunen.'),
                                        ('Bad och simhallar', '/upplevaochgora/badochsimhallar/', 'Navet, Umeå simhall och utomhusbad.'),
                                        ('Bibliotek', '/upplevaochgora/bibliotek/', 'Stadsbiblioteket och biblioteken i kommundelarna.')]),
         active='/upplevaochgora/')
    page('/upplevaochgora/fritidsgardar/', 'Fritidsgårdar', [('Uppleva och göra', '/upplevaochgora/'), ('Fritidsgårdar', '/upplevaochgora/fritidsgardar/')],
         h1('Fritidsgårdar', 'Umeå kommun har fritidsgårdar för dig som är 10–18 år. Det kostar inget att vara där.') +
         text('''<p class="normal">På fritidsgården kan du träffa kompisar, spela spel, laga mat, göra musik eller bara hänga. Det finns alltid vuxna fritidsledare på plats.</p>
<table class="sv-table"><thead><tr><th scope="col">Fritidsgård</th><th scope="col">Öppet</th></tr></thead>
<tbody><tr><td>Ålidhem</td><td>Mån–tors 15–21, fre 15–23</td></tr><tr><td>Ersboda</td><td>Mån–tors 15–21</td></tr>
<tr><td>Holmsund</td><td>Mån–fre 15–22, lör 18–23</td></tr><tr><td>Sävar</td><td>Tis–tors 16–21</td></tr></tbody></table>''') +
         f'''<div class="sv-related-portlet sv-portlet um-seealso" id="svid12_{sid()}">
<h2 class="env-ui-text-subheading">Se även</h2>
<ul class="env-list">
<li><a href="{U3}">Aktiv fritid i Holmsund</a></li>
<li><a href="/upplevaochgora/lovaktiviteter/">Lovaktiviteter</a></li>
<li><a href="/upplevaochgora/foreningsstod/">Föreningsstöd</a></li>
</ul>
</div>''' + modified('2025-08-11'),
         active='/upplevaochgora/')

    # ---------------- jobs
    JOB = '/jobbahososs/ledigajobb/processledaresocialainvesteringar/'
    page('/jobbahososs/', 'Jobba hos oss', [('Jobba hos oss', '/jobbahososs/')],
         h1('Jobba hos oss', 'Umeå kommun är en av Norrlands största arbetsgivare med cirka 12 000 medarbetare.') +
         text(f'''<h2 class="subheading">Utvalda lediga jobb</h2>
<ul><li><a href="{JOB}">Processledare för sociala investeringar</a></li>
<li><a href="/jobbahososs/ledigajobb/forskollarare-ersboda/">Förskollärare till Ersboda</a></li></ul>
<p class="normal">Alla lediga jobb finns på <a href="https://umea.varbi.com/">umea.varbi.com</a>.</p>'''), active='/kommunochpolitik/')
    page(JOB, 'Processledare för sociala investeringar', [('Jobba hos oss', '/jobbahososs/'), ('Processledare för sociala investeringar', JOB)],
         h1('Processledare för sociala investeringar', 'Vill du vara med och utveckla Umeå kommuns arbete med sociala investeringar? Vi söker en processledare till stadsledningskontoret.') +
         text('''<h2 class="subheading">Om tjänsten</h2>
<p class="normal">Som processledare stöttar du förvaltningarna när de tar fram ansökningar till sociala investeringsfonden, samordnar beredningsgruppen och följer upp de projekt som har fått pengar. I dag pågår bland annat projekten Tidiga insatser i förskolan på Ersboda, Aktiv fritid i Holmsund och Seniorträffar i Sävar. Du ansvarar också för fondens årsrapport.</p>
<h2 class="subheading">Kvalifikationer</h2>
<p class="normal">Du har en akademisk examen inom samhällsvetenskap, ekonomi eller folkhälsa och erfarenhet av att leda utvecklingsarbete. Kunskap om socioekonomisk analys är meriterande.</p>
<h2 class="subheading">Anställningsform</h2>
<p class="normal">Tillsvidareanställning, heltid. Tillträde enligt överenskommelse. Sista ansökningsdag 2026-02-28.</p>
<p class="normal"><a href="https://umea.varbi.com/what:job/jobID:812455/">Ansök via Varbi</a></p>'''), active='/kommunochpolitik/', template='annons')

    # ---------------- robots, sitemap
    write(H, '/robots.txt', '''User-agent: *
Disallow: /sitevision/
Disallow: /edit/
Disallow: /sok/
Disallow: /intern/

Sitemap: https://www.umea.se/sitemap.xml
''')
    write(H, '/sitemap.xml', sitemap(H, PAGES))
    return PAGES


if __name__ == '__main__':
    print(len(build()))
