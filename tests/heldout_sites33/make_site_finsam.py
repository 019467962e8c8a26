"""Samordningsförbundet i Jämtlands län (finansiell samordning: Region Jämtland Härjedalen, Försäkringskassan,
Arbetsförmedlingen and the county's eight municipalities Berg 2326, Bräcke 2305, Härjedalen 2361, Krokom 2309,
Ragunda 2303, Strömsund 2313, Åre 2321, Östersund 2380) on JEKYLL 4.3 (a static site built from Markdown in a Git
repository, a theme derived from Minima 2.5, the plugins jekyll-seo-tag, jekyll-feed and Jekyll Admin) – heldout_sites33.

Jekyll with 'permalink: pretty': every page and post address ENDS IN '/' (saved as index.html); posts are
/aktuellt/<yyyy>/<mm>/<dd>/<slug>/ (category 'aktuellt'); the collection 'insatser' (output: true, permalink
/insatser/:name/) has NO INDEX PAGE (/insatser/ is 404). Links root-relative (relative_url), except where an editor
wrote a link by hand in Markdown. Minima markup: site-header / site-nav with a checkbox 'trigger', page-content >
wrapper > article.post, post-header / post-content, site-footer h-card; meta generator 'Jekyll v4.3.4', the SEO tag's
JSON-LD, the Atom feed /feed.xml (posts only). The theme's menu has dropdowns (<details>/<summary>) with
'Dokument' – LARGE PDF FILES (the plan with budget 0,7 MB, the annual report 0,6 MB, the förbundsordning, and a
board protocol under the forbidden /assets/pdf/arkiv/) – and 'Partner' – the members' and the national network's
EXTERNAL SITES. Every page ends with Jekyll Admin's 'Redigera sidan' (/admin/…, forbidden) and the 'Utskrift' copy
(/utskrift/…, forbidden). Search is a static page /sok/ with Simple-Jekyll-Search reading /search.json (both
forbidden). The sitemap /sitemap.xml is a hand-kept file last edited in 2023 (pages only, one of them gone).

THE INSATSER ARE REACHED ONLY THROUGH THE 'VERKSAMHETSPLAN 2026' PAGE (/verksamhet/verksamhetsplan-2026/), which names
each insats INLINE IN ITS RUNNING TEXT: 'Steg för steg' (root-relative link), 'Hälsospåret' (a RELATIVE link
'../../insatser/…/' written in Markdown), the Härjedalen insats only behind the link text 'här', 'Vägen in' (an
absolute https link) and, under 'Avslutade insatser', 'Kraftsamling Berg'. No menu, list, news item, feed or sitemap
links an insats page. The plan page is in the menu (Verksamhet › Verksamhetsplan 2026) and on the start page.

Insatser (labelled lines in <ul class="fakta">: Huvudman, Samverkansparter, Målgrupp, Period, Beviljat, Bemanning,
Status): Steg för steg, Östersund (J1); Hälsospåret, Krokom och Åre (J2); Startpunkt Härjedalen (J3); Vägen in,
Bräcke och Ragunda (J4); Kraftsamling Berg (J5, finished June 2025).
"""
from make_common import write, esc, hexid, pdf

H = 'www.finsamjamtland.se'
NAME = 'Samordningsförbundet i Jämtlands län'

OM = '/om-forbundet/'
STYR = OM + 'styrelse/'
VERK = '/verksamhet/'
PLAN = VERK + 'verksamhetsplan-2026/'
ARS = VERK + 'arsredovisning-2024/'
SERVICE = VERK + 'samverkansteamet-stromsund/'     # a standing service that began as an insats
SOK = '/sok-medel/'
AKT = '/aktuellt/'
N_FUND = AKT + '2025/10/15/nu-kan-ni-ansoka-om-medel-for-2026/'
N_PLAN = AKT + '2025/11/28/styrelsen-har-faststallt-verksamhetsplan-2026/'
N_KANSLI = AKT + '2025/09/02/kansliet-har-flyttat/'
JOB = AKT + '2025/12/03/vi-soker-en-forbundschef/'
EV = AKT + '2026/01/20/inbjudan-natverksdag-for-insatsernas-personal/'
KONTAKT = '/kontakt/'
TILLG = '/tillganglighet/'
PERS = '/personuppgifter/'
J1 = '/insatser/steg-for-steg-ostersund/'
J2 = '/insatser/halsosparet-krokom-are/'
J3 = '/insatser/startpunkt-harjedalen/'
J4 = '/insatser/vagen-in-bracke-ragunda/'
J5 = '/insatser/kraftsamling-berg/'

PROJECTS = [J1, J2, J3, J4, J5]
NOT_PROJECTS = [PLAN, SOK, N_FUND, EV, JOB, ARS, SERVICE, OM]

PDF_PLAN = '/assets/pdf/verksamhetsplan-och-budget-2026.pdf'
PDF_ARS = '/assets/pdf/arsredovisning-2024.pdf'
PDF_FO = '/assets/pdf/forbundsordning.pdf'
PDF_PROT = '/assets/pdf/arkiv/styrelseprotokoll-2025-11-27.pdf'

SEARCH = '/sok/'
SEARCHES = ['/sok/?q=insatser', '/sok/?q=verksamhetsplan']
SEARCH_JSON = '/search.json'
CAL_ALL = '/kalender.ics'
CAL_EV = EV + 'natverksdag.ics'


def admin(path):
    """Jekyll Admin's address for the source file of a page, post or collection document."""
    if path.startswith('/insatser/'):
        return '/admin/collections/insatser/' + path.strip('/').split('/')[-1] + '.md'
    if path.startswith(AKT) and path != AKT:
        y, m, d, slug = path.strip('/').split('/')[1:]
        return f'/admin/collections/posts/{y}-{m}-{d}-{slug}.md'
    if path == '/':
        return '/admin/pages/index.md'
    return '/admin/pages/' + path.strip('/') + '.md'


def utskrift(path):
    return '/utskrift' + path


ADMIN_LISTED = [PLAN, J1, J2, J5, N_FUND]
PRINT_LISTED = [PLAN, J1, J3, J4]


def forbidden():
    return [SEARCH] + SEARCHES + [SEARCH_JSON, CAL_ALL, CAL_EV, PDF_PROT] + [admin(p) for p in ADMIN_LISTED] + \
        [utskrift(p) for p in PRINT_LISTED]


# ----------------------------------------------------------------------------------------------------------- chrome
PARTNERS = [('Region Jämtland Härjedalen', 'https://www.regionjh.se/'), ('Försäkringskassan', 'https://www.forsakringskassan.se/'),
            ('Arbetsförmedlingen', 'https://arbetsformedlingen.se/'), ('Bergs kommun', 'https://www.berg.se/'),
            ('Bräcke kommun', 'https://www.bracke.se/'), ('Härjedalens kommun', 'https://www.herjedalen.se/'),
            ('Krokoms kommun', 'https://www.krokom.se/'), ('Ragunda kommun', 'https://www.ragunda.se/'),
            ('Strömsunds kommun', 'https://www.stromsund.se/'), ('Åre kommun', 'https://www.are.se/'),
            ('Östersunds kommun', 'https://www.ostersund.se/'), ('Nationella nätverket för samordningsförbund', 'https://www.finsam.se/')]


def nav():
    partners = ''.join(f'\n              <li><a href="{h}" rel="external">{t}</a></li>' for t, h in PARTNERS)
    return f'''<nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>
        <div class="trigger">
          <details class="dropdown">
            <summary class="page-link">Om förbundet</summary>
            <ul>
              <li><a href="{OM}">Om förbundet</a></li>
              <li><a href="{STYR}">Styrelse</a></li>
              <li><a href="{PDF_FO}">Förbundsordning (PDF, 6 kB)</a></li>
            </ul>
          </details>
          <details class="dropdown">
            <summary class="page-link">Verksamhet</summary>
            <ul>
              <li><a href="{VERK}">Vår verksamhet</a></li>
              <li><a href="{PLAN}">Verksamhetsplan 2026</a></li>
              <li><a href="{ARS}">Årsredovisning 2024</a></li>
            </ul>
          </details>
          <a class="page-link" href="{SOK}">Sök medel</a>
          <a class="page-link" href="{AKT}">Aktuellt</a>
          <details class="dropdown">
            <summary class="page-link">Dokument</summary>
            <ul>
              <li><a href="{PDF_PLAN}">Verksamhetsplan och budget 2026 (PDF, 0,7 MB)</a></li>
              <li><a href="{PDF_ARS}">Årsredovisning 2024 (PDF, 0,6 MB)</a></li>
              <li><a href="{PDF_FO}">Förbundsordning (PDF, 6 kB)</a></li>
              <li><a href="{PDF_PROT}">Styrelseprotokoll 27 november 2025 (PDF)</a></li>
            </ul>
          </details>
          <details class="dropdown">
            <summary class="page-link">Partner</summary>
            <ul>{partners}
            </ul>
          </details>
          <a class="page-link" href="{KONTAKT}">Kontakt</a>
          <a class="page-link page-link--search" href="{SEARCH}" aria-label="Sök på webbplatsen">Sök</a>
        </div>
      </nav>'''


def page(path, title, content, desc='', layout='page', date=None):
    ld_type = 'BlogPosting' if layout == 'post' else 'WebPage'
    dp = f',"datePublished":"{date}T08:00:00+01:00"' if date else ''
    return f'''<!DOCTYPE html>
<html lang="sv"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(title)} | {NAME}</title>
<meta name="generator" content="Jekyll v4.3.4" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:locale" content="sv_SE" />
<meta name="description" content="{esc(desc or title)}" />
<meta property="og:description" content="{esc(desc or title)}" />
<link rel="canonical" href="https://{H}{path}" />
<meta property="og:url" content="https://{H}{path}" />
<meta property="og:site_name" content="{NAME}" />
<meta property="og:type" content="{"article" if layout == "post" else "website"}" />
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"{ld_type}","description":"{esc(desc or title)}","headline":"{esc(title)}","url":"https://{H}{path}"{dp}}}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><script src="/assets/js/simple-jekyll-search.min.js" data-search-json="{SEARCH_JSON}" defer></script><link type="application/atom+xml" rel="alternate" href="https://{H}/feed.xml" title="{NAME}" /></head>
<body><header class="site-header" role="banner">
  <div class="wrapper"><a class="site-title" rel="author" href="/"><img src="/assets/img/logo-finsam-jamtland.svg" alt="" width="40" height="40"> {NAME}</a>
      {nav()}
  </div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post{" h-entry" if layout == "post" else ""}">
{content}
          <p class="page-tools"><a href="{utskrift(path)}" rel="nofollow">Utskrift</a> · <a href="{admin(path)}" rel="nofollow">Redigera sidan</a></p>
        </article>
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>
  <div class="wrapper">
    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{NAME}</li>
          <li>Rådhusgatan 42, 831 80 Östersund</li>
          <li><a class="u-email" href="mailto:kansli@finsamjamtland.se">kansli@finsamjamtland.se</a></li>
        </ul>
      </div>
      <div class="footer-col footer-col-2">
        <ul class="social-media-list">
          <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
          <li><a href="{PERS}">Personuppgifter och kakor</a></li>
          <li><a href="/feed.xml">Prenumerera (Atom)</a></li>
          <li><a href="{CAL_ALL}" rel="nofollow">Prenumerera på kalendern</a></li>
        </ul>
      </div>
      <div class="footer-col footer-col-3">
        <p>Förbundet arbetar med finansiell samordning enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser.</p>
      </div>
    </div>
  </div>
</footer>
</body>
</html>
'''


def post_header(title, date=None, human=None):
    meta = f'\n            <p class="post-meta"><time class="dt-published" datetime="{date}T08:00:00+01:00" itemprop="datePublished">{human}</time></p>' if date else ''
    return f'''          <header class="post-header">
            <h1 class="post-title p-name" itemprop="name headline">{title}</h1>{meta}
          </header>'''


def body(html):
    return f'''          <div class="post-content e-content" itemprop="articleBody">
{html}
          </div>'''


# ------------------------------------------------------------------------------------------------------------ pages
def start():
    c = post_header('Välkommen till Samordningsförbundet i Jämtlands län') + '\n' + body(f'''<p>Samordningsförbundet i Jämtlands län är ett samarbete mellan Region Jämtland Härjedalen, Försäkringskassan, Arbetsförmedlingen och länets åtta kommuner. Tillsammans finansierar vi insatser för personer i arbetsför ålder som behöver samordnat stöd för att kunna arbeta eller studera.</p>
<div class="puffar">
  <div class="puff"><h2><a href="{PLAN}">Verksamhetsplan 2026</a></h2><p>Så arbetar förbundet under året och vilka insatser som får medel.</p></div>
  <div class="puff"><h2><a href="{SOK}">Sök medel</a></h2><p>Medlemmarna kan söka medel för nya insatser två gånger per år.</p></div>
  <div class="puff"><h2><a href="{OM}">Om förbundet</a></h2><p>Medlemmar, styrelse och kansli.</p></div>
</div>
<h2>Aktuellt</h2>
<ul class="post-list">
  <li><span class="post-meta">20 januari 2026</span> <a class="post-link" href="{EV}">Inbjudan: nätverksdag för insatsernas personal</a></li>
  <li><span class="post-meta">3 december 2025</span> <a class="post-link" href="{JOB}">Vi söker en förbundschef</a></li>
  <li><span class="post-meta">28 november 2025</span> <a class="post-link" href="{N_PLAN}">Styrelsen har fastställt verksamhetsplan 2026</a></li>
</ul>
<p><a href="{AKT}">Alla nyheter</a></p>
<p class="sokforslag">Hittar du inte det du letar efter? Sök på <a href="{SEARCHES[0]}">insatser</a> eller <a href="{SEARCHES[1]}">verksamhetsplan</a>.</p>''')
    return page('/', 'Startsida', c, desc='Finansiell samordning i Jämtlands län: Region Jämtland Härjedalen, Försäkringskassan, Arbetsförmedlingen och länets kommuner.')


def om():
    c = post_header('Om förbundet') + '\n' + body(f'''<p>Samordningsförbundet i Jämtlands län bildades 2009. Förbundet är en egen juridisk person och arbetar enligt lagen om finansiell samordning av rehabiliteringsinsatser. Syftet är att personer som behöver stöd från flera myndigheter ska få det samordnat, så att de kan förbättra sin förmåga att arbeta.</p>
<h2>Medlemmar</h2>
<p>Medlemmar är Försäkringskassan och Arbetsförmedlingen, som tillsammans står för hälften av förbundets medel, Region Jämtland Härjedalen, som står för en fjärdedel, och Bergs, Bräcke, Härjedalens, Krokoms, Ragunda, Strömsunds, Åre och Östersunds kommuner, som tillsammans står för en fjärdedel.</p>
<h2>Organisation</h2>
<p>Förbundet leds av en <a href="{STYR}">styrelse</a> med en ledamot och en ersättare från varje medlem. Kansliet i Östersund har tre anställda: förbundschef, processledare och ekonom.</p>
<h2>Ekonomi</h2>
<p>Förbundets budget för 2026 är 14,2 miljoner kronor. Huvuddelen går till insatser som medlemmarna driver tillsammans. Läs mer i <a href="{PLAN}">verksamhetsplanen för 2026</a>.</p>''')
    return page(OM, 'Om förbundet', c, desc='Medlemmar, organisation och ekonomi.')


def styrelse():
    rows = ''.join(f'<tr><td>{m}</td><td>{o}</td><td>{e}</td></tr>' for m, o, e in [
        ('Region Jämtland Härjedalen', 'Ann-Marie Berglund (ordförande)', 'Jonas Eriksson'),
        ('Försäkringskassan', 'Lena Holm', 'Mikael Strand'), ('Arbetsförmedlingen', 'Peter Sjöberg', 'Sara Nilsson'),
        ('Östersunds kommun', 'Kristina Olofsson (vice ordförande)', 'Anders Persson'), ('Krokoms kommun', 'Erik Lindqvist', 'Maria Sundin')])
    c = post_header('Styrelse') + '\n' + body(f'''<p>Styrelsen har sex sammanträden per år.</p>
<table>
<thead><tr><th>Medlem</th><th>Ledamot</th><th>Ersättare</th></tr></thead>
<tbody>{rows}</tbody>
</table>''')
    return page(STYR, 'Styrelse', c)


def verksamhet():
    c = post_header('Vår verksamhet') + '\n' + body(f'''<p>Förbundet finansierar insatser som medlemmarna driver tillsammans, och strukturövergripande arbete som gör samverkan mellan myndigheterna bättre. Varje år beslutar styrelsen om en verksamhetsplan med budget.</p>
<ul>
  <li><a href="{PLAN}">Verksamhetsplan 2026</a></li>
  <li><a href="{ARS}">Årsredovisning 2024</a></li>
  <li><a href="{SERVICE}">Samverkansteamet i Strömsund</a></li>
</ul>''')
    return page(VERK, 'Vår verksamhet', c)


def plan():
    c = post_header('Verksamhetsplan 2026') + '\n' + body(f'''<p><em>Fastställd av styrelsen den 27 november 2025.</em></p>
<h2>1. Förbundets uppdrag</h2>
<p>Samordningsförbundet i Jämtlands län ska bidra till att personer i åldern 16–64 år som behöver samordnade rehabiliteringsinsatser får stöd att nå eller närma sig arbete eller studier. Förbundet gör det genom finansiell samordning mellan Försäkringskassan, Arbetsförmedlingen, Region Jämtland Härjedalen och länets åtta kommuner.</p>
<h2>2. Mål för 2026</h2>
<p>Under 2026 ska minst 350 personer delta i de insatser som förbundet finansierar, och minst 40 procent av dem som avslutar en insats ska gå vidare till arbete, studier eller aktivt arbetssökande. Förbundet ska också ha minst två utbildningsdagar för medlemmarnas personal.</p>
<h2>3. Insatser under 2026</h2>
<p>För personer som varit sjukskrivna länge fortsätter förbundet att finansiera <a href="{J1}">Steg för steg</a> i Östersund, där Försäkringskassan, Arbetsförmedlingen och kommunens arbetsmarknadsenhet arbetar i ett gemensamt team. Under året ska teamet också pröva gruppträffar på distans för deltagare som bor långt från Östersund.</p>
<p>Unga vuxna med psykisk ohälsa i Krokom och Åre erbjuds stöd i <a href="../../insatser/halsosparet-krokom-are/">Hälsospåret</a>, som startade i mars 2024 och pågår till och med december 2026. Styrelsen ska under hösten ta ställning till hur arbetet kan tas över av kommunerna och regionen.</p>
<p>I Härjedalen har styrelsen beviljat en ny insats för unga 16–24 år som varken arbetar eller studerar. Insatsen startade i augusti 2025 i Sveg och Funäsdalen. Läs mer om insatsen <a href="{J3}">här</a>.</p>
<p>Den gemensamma jobbcoachningen i Bräcke och Ragunda, <a href="https://{H}{J4}">Vägen in</a>, förlängs till och med juni 2026. En slutrapport lämnas till styrelsen i september 2026.</p>
<p><a href="{SERVICE}">Samverkansteamet i Strömsund</a> är sedan januari 2024 en del av kommunens ordinarie verksamhet och finansieras inte längre av förbundet, men förbundet bidrar med utbildning och nätverk.</p>
<h2>4. Avslutade insatser</h2>
<p><a href="{J5}">Kraftsamling Berg</a> avslutades i juni 2025. Av de 38 kvinnor som deltog gick 17 vidare till arbete eller studier. Erfarenheterna tas tillvara i Bergs kommuns arbetsmarknadsenhet.</p>
<h2>5. Strukturövergripande arbete</h2>
<p>Förbundet ordnar nätverksdagar för medlemmarnas personal och deltar i <a href="https://www.finsam.se/">Nationella nätverket för samordningsförbund</a>. Alla insatser följs upp i det nationella uppföljningssystemet SUS.</p>
<h2>6. Budget 2026</h2>
<table>
<thead><tr><th>Medlem</th><th>Andel</th><th>Bidrag (kronor)</th></tr></thead>
<tbody>
<tr><td>Försäkringskassan och Arbetsförmedlingen</td><td>50 %</td><td>6 400 000</td></tr>
<tr><td>Region Jämtland Härjedalen</td><td>25 %</td><td>3 200 000</td></tr>
<tr><td>Kommunerna (efter folkmängd)</td><td>25 %</td><td>3 200 000</td></tr>
<tr><td>Eget kapital som tas i anspråk</td><td></td><td>1 400 000</td></tr>
<tr><td><strong>Summa</strong></td><td></td><td><strong>14 200 000</strong></td></tr>
</tbody>
</table>
<p>Av budgeten går 10,6 miljoner kronor till insatser, 1,3 miljoner kronor till strukturövergripande arbete och 2,3 miljoner kronor till kansli och styrelse.</p>
<p>Hela verksamhetsplanen med budget och bilagor finns som <a href="{PDF_PLAN}">PDF (0,7 MB)</a>.</p>''')
    return page(PLAN, 'Verksamhetsplan 2026', c, desc='Förbundets verksamhetsplan och budget för 2026.')


def ars():
    c = post_header('Årsredovisning 2024') + '\n' + body(f'''<p>Styrelsen godkände årsredovisningen för 2024 den 20 mars 2025. Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet.</p>
<h2>Året i korthet</h2>
<ul>
  <li>Antal deltagare i insatser: 412 (2023: 376)</li>
  <li>Andel som gått vidare till arbete eller studier: 38 procent</li>
  <li>Antal insatser som fått medel: 7</li>
  <li>Förbundets kostnader: 13,1 miljoner kronor</li>
  <li>Resultat: –0,6 miljoner kronor</li>
  <li>Eget kapital vid årets slut: 4,9 miljoner kronor</li>
</ul>
<h2>Förvaltningsberättelse</h2>
<p>Förbundets verksamhet har under året fortsatt att växa. Fler deltagare har kommit från Försäkringskassan och från kommunernas försörjningsstöd. Det egna kapitalet har minskat enligt plan och ligger inom den nivå som medlemmarna rekommenderat.</p>
<p>Hela årsredovisningen med resultaträkning, balansräkning och revisionsberättelse finns som <a href="{PDF_ARS}">PDF (0,6 MB)</a>.</p>''')
    return page(ARS, 'Årsredovisning 2024', c, desc='Förbundets årsredovisning för 2024.')


def service():
    c = post_header('Samverkansteamet i Strömsund') + '\n' + body('''<p>Samverkansteamet är en väg in för dig som bor i Strömsunds kommun, är 18–64 år och behöver stöd från flera myndigheter för att kunna börja arbeta eller studera. I teamet arbetar en handläggare från Försäkringskassan, en arbetsförmedlare, en socialsekreterare och en arbetsterapeut från hälsocentralen.</p>
<h2>Så kommer du i kontakt med teamet</h2>
<p>Du kan själv höra av dig, eller be din handläggare eller läkare att kontakta teamet. Teamet har drop-in på tisdagar klockan 13.00–15.00 i Medborgarhuset, Ramselevägen 6, Strömsund.</p>
<h2>Bakgrund</h2>
<p>Samverkansteamet startade 2020 som en insats som finansierades av Samordningsförbundet i Jämtlands län. Sedan den 1 januari 2024 är teamet en del av Strömsunds kommuns och myndigheternas ordinarie verksamhet.</p>
<h2>Kontakt</h2>
<p>Telefon: 0670-164 00 (Strömsunds kommuns växel)</p>''')
    return page(SERVICE, 'Samverkansteamet i Strömsund', c, desc='En väg in för dig i Strömsund som behöver stöd från flera myndigheter.')


def sok():
    c = post_header('Sök medel') + '\n' + body('''<p>Förbundets medlemmar kan söka medel för insatser som de vill genomföra tillsammans. En ansökan ska alltid ha minst två av förbundets medlemmar som parter.</p>
<h2>Vem kan söka?</h2>
<p>Försäkringskassan, Arbetsförmedlingen, Region Jämtland Härjedalen och länets kommuner. Föreningar och företag kan inte söka själva men kan vara utförare.</p>
<h2>När kan vi söka?</h2>
<p>Ansökningar behandlas av styrelsen två gånger per år. Sista dag att lämna in ansökan är den 15 februari och den 15 september.</p>
<h2>Vad ska ansökan innehålla?</h2>
<ol>
  <li>Behovet: vilka personer insatsen riktar sig till och varför de behöver samordnat stöd.</li>
  <li>Insatsens upplägg, mål och hur den ska följas upp i SUS.</li>
  <li>Budget och vilka medlemmar som bidrar med personal.</li>
  <li>En plan för hur arbetet kan fortsätta när förbundets medel tar slut.</li>
</ol>
<h2>Hur bedöms ansökan?</h2>
<p>Kansliet bereder ansökan tillsammans med beredningsgruppen, där alla medlemmar finns representerade. Styrelsen fattar beslut.</p>
<p>Ansökningsmallen får du från kansliet, kansli@finsamjamtland.se.</p>''')
    return page(SOK, 'Sök medel', c, desc='Så söker medlemmarna medel för en insats.')


def aktuellt():
    items = ''.join(f'''
  <li><span class="post-meta">{hd}</span>
    <h3><a class="post-link" href="{h}">{t}</a></h3>
    <p>{x}</p></li>''' for t, h, hd, x in [
        ('Inbjudan: nätverksdag för insatsernas personal', EV, '20 januari 2026', 'Välkommen till en dag om samverkan den 12 mars i Östersund.'),
        ('Vi söker en förbundschef', JOB, '3 december 2025', 'Förbundet söker en ny förbundschef. Sista ansökningsdag 11 januari.'),
        ('Styrelsen har fastställt verksamhetsplan 2026', N_PLAN, '28 november 2025', 'Budgeten för 2026 är 14,2 miljoner kronor.'),
        ('Nu kan ni ansöka om medel för 2026', N_FUND, '15 oktober 2025', 'Nästa ansökningsomgång stänger den 15 februari.'),
        ('Kansliet har flyttat', N_KANSLI, '2 september 2025', 'Förbundets kansli finns nu i Rådhuset i Östersund.')])
    c = post_header('Aktuellt') + '\n' + body(f'<ul class="post-list">{items}\n</ul>\n<p class="rss-subscribe">Prenumerera <a href="/feed.xml">via Atom</a></p>')
    return page(AKT, 'Aktuellt', c)


def post(path, title, date, human, html, desc):
    return page(path, title, post_header(title, date, human) + '\n' + body(html), desc=desc, layout='post', date=date)


def n_fund():
    return post(N_FUND, 'Nu kan ni ansöka om medel för 2026', '2025-10-15', '15 oktober 2025', f'''<p>Förbundets medlemmar kan nu ansöka om medel för nya insatser som startar under 2026. Sista dag för ansökan är den 15 februari 2026, och styrelsen fattar beslut i april.</p>
<p>Styrelsen prioriterar i år insatser för unga vuxna med psykisk ohälsa och för personer som har haft försörjningsstöd länge. Ungefär 2,5 miljoner kronor finns att fördela.</p>
<p>Läs mer om hur ni <a href="{SOK}">söker medel</a>. Kontakta gärna kansliet innan ni skickar in ansökan.</p>''', 'Ansökningsomgången för 2026 är öppen.')


def n_plan():
    return post(N_PLAN, 'Styrelsen har fastställt verksamhetsplan 2026', '2025-11-28', '28 november 2025', f'''<p>Vid sitt sammanträde den 27 november fastställde styrelsen förbundets verksamhetsplan och budget för 2026. Budgeten omfattar 14,2 miljoner kronor, varav 10,6 miljoner kronor går till insatser.</p>
<p>Läs <a href="{PLAN}">verksamhetsplanen för 2026</a> på webbplatsen.</p>''', 'Verksamhetsplan och budget för 2026 är fastställd.')


def n_kansli():
    return post(N_KANSLI, 'Kansliet har flyttat', '2025-09-02', '2 september 2025', '''<p>Förbundets kansli har flyttat till Rådhuset, Rådhusgatan 42 i Östersund. Telefonnummer och e-postadresser är desamma som tidigare.</p>''', 'Kansliet finns nu i Rådhuset.')


def job():
    return post(JOB, 'Vi söker en förbundschef', '2025-12-03', '3 december 2025', '''<p>Samordningsförbundet i Jämtlands län söker en förbundschef som vill leda och utveckla samverkan mellan Försäkringskassan, Arbetsförmedlingen, Region Jämtland Härjedalen och länets kommuner.</p>
<h2>Om tjänsten</h2>
<p>Som förbundschef leder du kansliet, bereder ärenden till styrelsen och ansvarar för förbundets ekonomi och uppföljning. Du har nära kontakt med medlemmarnas chefer och med insatsernas personal.</p>
<h2>Kvalifikationer</h2>
<p>Du har högskoleexamen inom samhällsvetenskap, beteendevetenskap eller ekonomi och flera års erfarenhet av ledarskap i offentlig sektor. Erfarenhet av finansiell samordning är meriterande.</p>
<h2>Anställningsvillkor</h2>
<ul>
  <li>Anställningsform: Tillsvidareanställning med sex månaders provanställning</li>
  <li>Omfattning: Heltid</li>
  <li>Tillträde: 1 april 2026 eller enligt överenskommelse</li>
  <li>Placering: Östersund</li>
  <li>Sista ansökningsdag: 11 januari 2026</li>
</ul>
<p>Skicka din ansökan till styrelsens ordförande Ann-Marie Berglund, ann-marie.berglund@regionjh.se.</p>''', 'Förbundet söker en förbundschef.')


def event():
    return post(EV, 'Inbjudan: nätverksdag för insatsernas personal', '2026-01-20', '20 januari 2026', f'''<p>Välkommen till en dag för alla som arbetar i de insatser som förbundet finansierar och för medlemmarnas chefer. Vi delar erfarenheter och lär oss mer om samverkan kring personer med psykisk ohälsa.</p>
<ul>
  <li><strong>Datum:</strong> Torsdag 12 mars 2026</li>
  <li><strong>Tid:</strong> 09.00–16.00</li>
  <li><strong>Plats:</strong> Storsjöteatern, Östersund</li>
  <li><strong>Kostnad:</strong> Kostnadsfritt, lunch och fika ingår</li>
  <li><strong>Föreläsare:</strong> Ulrika Hallberg, psykolog, och deltagare från insatserna</li>
  <li><strong>Sista anmälningsdag:</strong> 26 februari 2026</li>
  <li><strong>Anmälan:</strong> Via e-post till kansli@finsamjamtland.se</li>
</ul>
<p><a href="{CAL_EV}" rel="nofollow">Lägg till i din kalender</a></p>''', 'Nätverksdag den 12 mars i Östersund.')


def insats(path, title, lead, html, facts):
    rows = ''.join(f'\n  <li><strong>{k}:</strong> {v}</li>' for k, v in facts)
    c = post_header(title) + '\n' + body(f'''<p class="lead">{lead}</p>
{html}
<h2>Fakta om insatsen</h2>
<ul class="fakta">{rows}
</ul>''')
    return page(path, title, c, desc=lead, layout='insats')


def j1():
    return insats(J1, 'Steg för steg', 'Ett gemensamt team hjälper personer som varit sjukskrivna länge tillbaka mot arbete i Östersund.', '''<p>Steg för steg är en insats för personer i Östersunds kommun som har varit sjukskrivna i mer än ett år eller har aktivitetsersättning, och som behöver stöd från flera myndigheter samtidigt. I teamet arbetar en arbetskonsulent, en arbetsterapeut och en socialsekreterare, och handläggare från Försäkringskassan och Arbetsförmedlingen deltar varje vecka.</p>
<h2>Så går det till</h2>
<p>Deltagaren gör en kartläggning av sin arbetsförmåga tillsammans med arbetsterapeuten och får sedan prova arbetsträning i kommunens verksamheter eller hos en privat arbetsgivare, i den takt som fungerar. Teamet följer deltagaren i upp till 18 månader.</p>
<h2>Mål</h2>
<p>Minst 60 personer ska delta per år, och minst hälften ska ha ökat sin arbetsförmåga när de avslutar insatsen.</p>''',
                  [('Huvudman', 'Östersunds kommun, arbetsmarknadsenheten'), ('Samverkansparter', 'Försäkringskassan, Arbetsförmedlingen, Region Jämtland Härjedalen (hälsocentralerna i Östersund)'),
                   ('Målgrupp', 'Personer 20–64 år som varit sjukskrivna i mer än ett år eller har aktivitetsersättning'),
                   ('Period', '1 januari 2025 – 31 december 2026'), ('Beviljat', '2 600 000 kronor (1 300 000 kronor per år)'),
                   ('Bemanning', 'En arbetskonsulent, en arbetsterapeut och en socialsekreterare, alla på heltid'), ('Status', 'Pågår')])


def j2():
    return insats(J2, 'Hälsospåret', 'Stöd till unga vuxna med psykisk ohälsa i Krokom och Åre.', '''<p>Hälsospåret är en insats för unga vuxna 19–29 år i Krokoms och Åre kommuner som har psykisk ohälsa och står utanför arbete och studier. Två hälsocoacher erbjuder individuella samtal, träning i grupp och stöd i kontakten med vården, Försäkringskassan och Arbetsförmedlingen.</p>
<h2>Bakgrund</h2>
<p>Allt fler unga vuxna i västra Jämtland har aktivitetsersättning eller försörjningsstöd på grund av psykisk ohälsa. Kommunerna och regionen har saknat ett gemensamt stöd för dem som inte har behov av psykiatrisk vård men inte heller klarar ett arbete.</p>
<h2>Mål</h2>
<p>Minst 45 unga ska delta under insatsen, och minst hälften ska ha börjat arbeta, studera eller söka arbete aktivt när de avslutar.</p>''',
                  [('Huvudman', 'Krokoms kommun'), ('Samverkansparter', 'Åre kommun, Region Jämtland Härjedalen (psykiatrin), Försäkringskassan, Arbetsförmedlingen'),
                   ('Målgrupp', 'Unga vuxna 19–29 år med psykisk ohälsa som står utanför arbete och studier'),
                   ('Period', 'mars 2024 – december 2026'), ('Beviljat', '1 850 000 kronor'),
                   ('Bemanning', 'Två hälsocoacher på heltid'), ('Status', 'Pågår')])


def j3():
    return insats(J3, 'Startpunkt Härjedalen', 'En ny insats för unga i Härjedalen som varken arbetar eller studerar.', '''<p>Startpunkt Härjedalen är en insats för unga 16–24 år i Härjedalens kommun som varken arbetar eller studerar. En ungdomscoach söker upp de unga, ofta genom kommunens aktivitetsansvar, och hjälper dem att hitta en väg tillbaka till skolan, till praktik eller till ett arbete. En studie- och yrkesvägledare finns med i teamet.</p>
<h2>Varför behövs insatsen?</h2>
<p>Härjedalen har långa avstånd och få gymnasieprogram på hemorten. Unga som hoppar av gymnasiet riskerar att bli kvar hemma utan kontakt med någon myndighet.</p>
<h2>Tid och pengar</h2>
<p>Styrelsen beviljade insatsen 1 400 000 kronor i april 2025. Insatsen pågår från augusti 2025 till juli 2027, i Sveg och Funäsdalen.</p>''',
                  [('Huvudman', 'Härjedalens kommun'), ('Samverkansparter', 'Arbetsförmedlingen, Region Jämtland Härjedalen (ungdomsmottagningen i Sveg), Försäkringskassan'),
                   ('Målgrupp', 'Unga 16–24 år som varken arbetar eller studerar'),
                   ('Period', 'augusti 2025 – juli 2027'), ('Beviljat', '1 400 000 kronor'),
                   ('Bemanning', 'En ungdomscoach på heltid och en studie- och yrkesvägledare på 50 procent'), ('Status', 'Pågår')])


def j4():
    return insats(J4, 'Vägen in', 'Gemensam jobbcoachning för personer med långvarigt försörjningsstöd i Bräcke och Ragunda.', '''<p>Vägen in är en insats som Bräcke och Ragunda kommuner driver tillsammans med Arbetsförmedlingen och Försäkringskassan. Två jobbcoacher stöttar personer 25–64 år som har haft försörjningsstöd i mer än ett år att komma närmare arbete, genom praktik, kortare utbildningar och kontakter med arbetsgivare i båda kommunerna.</p>
<h2>Förlängning</h2>
<p>Insatsen skulle avslutas i december 2025, men styrelsen har beslutat att förlänga den till och med juni 2026 eftersom fler deltagare än väntat har kommit i arbete.</p>''',
                  [('Huvudman', 'Bräcke kommun'), ('Samverkansparter', 'Ragunda kommun, Arbetsförmedlingen, Försäkringskassan'),
                   ('Målgrupp', 'Personer 25–64 år som haft försörjningsstöd i mer än ett år'),
                   ('Period', 'januari 2025 – juni 2026 (förlängd från december 2025)'), ('Beviljat', '980 000 kronor'),
                   ('Bemanning', 'Två jobbcoacher på heltid'), ('Status', 'Pågår')])


def j5():
    return insats(J5, 'Kraftsamling Berg', 'Stöd till arbete för utrikes födda kvinnor i Bergs kommun. Insatsen är avslutad.', '''<p><strong>Insatsen är avslutad.</strong> Kraftsamling Berg var en insats för utrikes födda kvinnor 25–60 år i Bergs kommun som stod långt från arbetsmarknaden. Deltagarna fick språkstöd på arbetsplatsen, praktik inom vård, omsorg och besöksnäring och stöd i kontakten med Försäkringskassan och hälsocentralen.</p>
<h2>Resultat</h2>
<p>38 kvinnor deltog mellan september 2022 och juni 2025. 17 av dem gick vidare till arbete eller studier, och ytterligare nio söker arbete aktivt. Slutrapporten lämnades till styrelsen i september 2025.</p>
<h2>Efter insatsen</h2>
<p>Bergs kommuns arbetsmarknadsenhet har tagit över arbetssättet med språkstöd på arbetsplatsen.</p>''',
                  [('Huvudman', 'Bergs kommun, arbetsmarknadsenheten'), ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan, Region Jämtland Härjedalen (hälsocentralen i Svenstavik)'),
                   ('Målgrupp', 'Utrikes födda kvinnor 25–60 år som står långt från arbetsmarknaden'),
                   ('Period', 'september 2022 – juni 2025'), ('Beviljat', '1 200 000 kronor'),
                   ('Bemanning', 'En arbetskonsulent och en språkstödjare'), ('Status', 'Avslutad')])


def simple(path, title, html):
    return page(path, title, post_header(title) + '\n' + body(html))


# ------------------------------------------------------------------------------------------------------------ build
def build():
    write(H, '/', start())
    write(H, OM, om())
    write(H, STYR, styrelse())
    write(H, VERK, verksamhet())
    write(H, PLAN, plan())
    write(H, ARS, ars())
    write(H, SERVICE, service())
    write(H, SOK, sok())
    write(H, AKT, aktuellt())
    write(H, N_FUND, n_fund())
    write(H, N_PLAN, n_plan())
    write(H, N_KANSLI, n_kansli())
    write(H, JOB, job())
    write(H, EV, event())
    write(H, J1, j1())
    write(H, J2, j2())
    write(H, J3, j3())
    write(H, J4, j4())
    write(H, J5, j5())
    write(H, KONTAKT, simple(KONTAKT, 'Kontakt', '<p>Kansliet: Rådhusgatan 42, 831 80 Östersund.<br>Förbundschef: telefon 063-14 30 00.<br>E-post: kansli@finsamjamtland.se</p>'))
    write(H, TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', '<p>Förbundet vill att så många som möjligt ska kunna använda webbplatsen. PDF-dokumenten är inte helt tillgänglighetsanpassade.</p>'))
    write(H, PERS, simple(PERS, 'Personuppgifter och kakor', '<p>Webbplatsen använder inga kakor. Förbundet behandlar personuppgifter enligt dataskyddsförordningen.</p>'))
    # the PDF documents: a cover page and a scanned cover image each
    write(H, PDF_PLAN, pdf(['Verksamhetsplan och budget 2026', NAME, 'Fastställd av styrelsen 2025-11-27'], 700 * 1024, 'plan',
                           'Verksamhetsplan och budget 2026', NAME))
    write(H, PDF_ARS, pdf(['Årsredovisning 2024', NAME, 'Godkänd av styrelsen 2025-03-20'], 600 * 1024, 'ars',
                          'Årsredovisning 2024', NAME))
    write(H, PDF_FO, pdf(['Förbundsordning', NAME, 'Gäller från 2023-01-01'], 6 * 1024, 'fo', 'Förbundsordning', NAME))
    # Atom feed (jekyll-feed): the posts only
    entries = ''
    for p, t, d in [(EV, 'Inbjudan: nätverksdag för insatsernas personal', '2026-01-20'), (JOB, 'Vi söker en förbundschef', '2025-12-03'),
                    (N_PLAN, 'Styrelsen har fastställt verksamhetsplan 2026', '2025-11-28'), (N_FUND, 'Nu kan ni ansöka om medel för 2026', '2025-10-15'),
                    (N_KANSLI, 'Kansliet har flyttat', '2025-09-02')]:
        entries += f'''<entry><title type="html">{esc(t)}</title><link href="https://{H}{p}" rel="alternate" type="text/html" title="{esc(t)}" /><published>{d}T08:00:00+01:00</published><updated>{d}T08:00:00+01:00</updated><id>https://{H}{p}</id><author><name>Kansliet</name></author><category term="aktuellt" /></entry>'''
    write(H, '/feed.xml', f'''<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv"><generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator><link href="https://{H}/feed.xml" rel="self" type="application/atom+xml" /><link href="https://{H}/" rel="alternate" type="text/html" hreflang="sv" /><updated>2026-01-20T08:00:00+01:00</updated><id>https://{H}/feed.xml</id><title type="html">{NAME}</title>{entries}</feed>
''')
    # the hand-kept sitemap, last edited in 2023 (the 2024 plan page is gone: 404)
    write(H, '/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://{H}/</loc><lastmod>2023-05-08</lastmod></url>
  <url><loc>https://{H}{OM}</loc><lastmod>2023-05-08</lastmod></url>
  <url><loc>https://{H}{VERK}</loc><lastmod>2023-05-08</lastmod></url>
  <url><loc>https://{H}/verksamhet/verksamhetsplan-2024/</loc><lastmod>2023-11-30</lastmod></url>
  <url><loc>https://{H}{SOK}</loc><lastmod>2023-05-08</lastmod></url>
  <url><loc>https://{H}{AKT}</loc><lastmod>2023-11-30</lastmod></url>
  <url><loc>https://{H}{KONTAKT}</loc><lastmod>2023-05-08</lastmod></url>
</urlset>
''')
    write(H, '/robots.txt', f'''User-agent: *
Disallow: /admin
Disallow: /sok/
Disallow: /search.json
Disallow: /utskrift/
Disallow: /assets/pdf/arkiv/
Disallow: /*.ics$
Crawl-delay: 1

Sitemap: https://{H}/sitemap.xml
''')
    # the search page and search.json are forbidden and not saved; search.json is named by the search script's
    # data attribute in every page's head.


if __name__ == '__main__':
    build()
