"""Samordningsförbundet Sydnärke (Askersund 1882, Hallsberg 1861, Kumla 1881, Laxå 1860, Lekeberg 1814, Region Örebro
län, Försäkringskassan, Arbetsförmedlingen) on TEXTPATTERN CMS 4.8 – heldout_sites30.

A small flat site on Textpattern with a theme derived from 'four-point-eight': the permalink mode 'section/title',
so a section's front page is /<section>/ (with a slash) and an article is /<section>/<url-title> (no slash; saved as
<path>/index.html). Textpattern writes every internal link as an absolute https URL. Sections: 'insatser' (one
article per insats; the theme prints the custom fields Huvudman, Samverkansparter, Målgrupp, Period, Beviljat,
Bemanning and Status as a <dl>), 'medlemmar' (ONE ARTICLE PER MEMBER KOMMUN, each listing that kommun's insatser),
'aktuellt' (news, events and job ads as articles), 'om-forbundet' (articles about the förbund). Categories under
/category/<name>/ (not saved), the feeds /rss/ and /atom/ (not saved), files under /file_download/<id>/<name>
(not saved), images under /images/<id>.jpg (not saved). The search is Textpattern's '?q=' on the front page, the
events plugin's calendar is /kalender/ (both forbidden), and the admin is /textpattern/ (forbidden).

Textpattern also answers an article's MESSY address /index.php?id=<article id> with the same article. One kommun
page was written by an editor who pasted that address, so the joint insats of Laxå and Askersund is linked from the
Laxå page as /insatser/uva-unga-vuxna-i-arbete and from the Askersund page as /index.php?id=14 (saved as the file
/index.php, a copy of the article with rel=canonical to the clean address).
"""
from make_common import write, esc

H = 'www.finsamsydnarke.se'
U = f'https://{H}'

INS = '/insatser/'
F1 = '/insatser/jobbkraft-kumla'
F2 = '/insatser/uva-unga-vuxna-i-arbete'
F2_MESSY = '/index.php?id=14'
F3 = '/insatser/halsosteget-hallsberg'
F4 = '/insatser/foraldrar-i-fokus-lekeberg'
F5 = '/insatser/vagen-in-askersund'
SERVICE = '/insatser/aktivitetscentret-kumla'     # a standing service that began as an insats
PROJECTS = [F1, F2, F3, F4, F5]
MED = '/medlemmar/'
K = {k: f'/medlemmar/{k}' for k in ('askersund', 'hallsberg', 'kumla', 'laxa', 'lekeberg')}
AKT = '/aktuellt/'
N_BUDGET = '/aktuellt/budget-for-2026-ar-faststalld'
N_CALL = '/aktuellt/nu-kan-ni-ansoka-om-medel-for-2026'
N_EV = '/aktuellt/finsamdagen-2026'
N_JOB = '/aktuellt/vi-soker-en-processledare'
N_F1 = '/aktuellt/jobbkraft-har-hjalpt-40-kumlabor-till-arbete'
N_SNOW = '/aktuellt/kansliet-har-stangt-i-jul'
OMF = '/om-forbundet/'
OM = '/om-forbundet/finansiell-samordning'
SOKA = '/om-forbundet/ansok-om-medel'
RIKT = '/om-forbundet/riktlinjer-for-insatser'
STYR = '/om-forbundet/styrelse'
KONTAKT = '/kontakt/'
NOT_PROJECTS = [OM, SOKA, RIKT, N_BUDGET, N_CALL, N_EV, N_JOB, SERVICE]

ADMIN = '/textpattern/'
EDIT = '/textpattern/index.php?event=article&step=edit&ID=22'
SEARCHES = ['/?q=budget', '/?q=styrelse', '/?q=ansokan']
CAL = '/kalender/'
CAL_Q = '/kalender/?manad=2026-04'
FILTERS = ['?c=unga-vuxna', '?c=arbete-och-halsa', '?c=foraldrar-och-familj']
PRINT = '?print=1'
PRINT_PAGES = [F1, F2, F3, F4, F5]

SHORT = {'askersund': 'Askersund', 'hallsberg': 'Hallsberg', 'kumla': 'Kumla', 'laxa': 'Laxå', 'lekeberg': 'Lekeberg'}


def forbidden():
    return ([ADMIN, EDIT] + SEARCHES + [CAL, CAL_Q] + [INS + f for f in FILTERS] + [p + PRINT for p in PRINT_PAGES])


def a(path):
    return U + path


NAV = [('Start', '/'), ('Om förbundet', OMF), ('Insatser', INS), ('Medlemmar', MED), ('Aktuellt', AKT),
       ('Kalender', CAL), ('Kontakt', KONTAKT)]


def header(section):
    lis = []
    for name, href in NAV:
        cur = ' aria-current="page" class="active"' if href == section else ''
        lis.append(f'\n            <li><a{cur} href="{a(href)}">{name}</a></li>')
    return f'''<header class="site-header">
      <div class="container">
        <a class="skip-link" href="#main">Gå till innehållet</a>
        <p class="site-branding"><a rel="home" href="{a('/')}"><img src="{a('/images/1.svg')}" alt="" width="56" height="56"> Samordningsförbundet Sydnärke</a></p>
        <p class="site-tagline">Finansiell samordning i Askersund, Hallsberg, Kumla, Laxå och Lekeberg</p>
        <form class="search-form" role="search" method="get" action="{a('/')}">
          <label class="accessibility" for="search-textbox">Sök</label>
          <input id="search-textbox" type="search" name="q" placeholder="Sök på webbplatsen">
          <button type="submit">Sök</button>
        </form>
      </div>
    </header>
    <nav class="site-navigation" aria-label="Huvudmeny">
      <div class="container">
        <ul class="nav">{''.join(lis)}
        </ul>
      </div>
    </nav>'''


def footer():
    return f'''<footer class="site-footer">
      <div class="container">
        <p><strong>Samordningsförbundet Sydnärke</strong><br>Västra Storgatan 14, 692 30 Kumla<br>Telefon 019-58 80 20 · <a href="mailto:kansli@finsamsydnarke.se">kansli@finsamsydnarke.se</a></p>
        <p>Medlemmar: Askersunds, Hallsbergs, Kumla, Laxå och Lekebergs kommuner, Region Örebro län, Försäkringskassan och Arbetsförmedlingen.</p>
        <ul class="footer-links">
          <li><a href="{a('/om-forbundet/personuppgifter')}">Personuppgifter</a></li>
          <li><a href="{a('/om-forbundet/tillganglighet')}">Tillgänglighet</a></li>
          <li><a href="{a('/rss/')}">RSS</a></li>
          <li><a rel="nofollow" href="{a(ADMIN)}">Logga in</a></li>
        </ul>
        <p class="credit">Drivs med <a href="https://textpattern.com/" rel="external">Textpattern CMS</a></p>
      </div>
    </footer>'''


def page(path, title, main, section, aside='', desc='', canonical=None, kind='article'):
    canon = a(canonical or path)
    aside_html = f'''
        <aside class="complementary-content">
{aside}
        </aside>''' if aside else ''
    return f'''<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <title>{esc(title)} | Samordningsförbundet Sydnärke</title>
  <meta name="description" content="{esc(desc or title)}">
  <meta name="generator" content="Textpattern CMS">
  <meta name="robots" content="index, follow">
  <link rel="canonical" href="{canon}">
  <link rel="alternate" type="application/rss+xml" title="RSS-flöde" href="{a('/rss/')}">
  <link rel="alternate" type="application/atom+xml" title="Atom-flöde" href="{a('/atom/')}">
  <link rel="stylesheet" href="{a('/themes/sydnarke/styles/default.css')}">
  <script src="{a('/themes/sydnarke/scripts/main.js')}" defer></script>
</head>
<body class="{section.strip('/') or 'default'}-page {kind}-page" itemscope itemtype="https://schema.org/WebPage">
  <div class="wrapper">
    {header(section)}
    <div class="container">
      <div class="layout-container">
        <main id="main" aria-label="Innehåll" itemscope itemtype="https://schema.org/Blog">
{main}
        </main>{aside_html}
      </div>
    </div>
    {footer()}
  </div>
</body>
</html>
'''


def cats(*names):
    return ', '.join(f'<a rel="tag" href="{a("/category/" + slug + "/")}">{label}</a>' for slug, label in names)


def article(path, title, date, body, categories=(), author='Kansliet', printable=False, lead=''):
    pr = f'\n            <p class="article-tools"><a rel="nofollow" href="{a(path)}{PRINT}">Skriv ut</a></p>' if printable else ''
    cat = f' · <span class="category">Kategori: {cats(*categories)}</span>' if categories else ''
    ld = f'\n              <p class="lead">{lead}</p>' if lead else ''
    return f'''          <article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
            <h1 itemprop="headline">{title}</h1>
            <p class="article-meta"><span class="posted">Publicerad <time datetime="{date}T09:00:00+01:00" itemprop="datePublished">{date}</time></span> av <span class="author" itemprop="author">{author}</span>{cat}</p>
            <div itemprop="articleBody">{ld}
{body}
            </div>{pr}
          </article>'''


def facts(rows):
    dl = ''.join(f'\n              <div><dt>{k}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'''              <dl class="insats-fakta">{dl}
              </dl>'''


INS_ASIDE = f'''          <h4>Insatser per kommun</h4>
          <ul>
            <li><a href="{a(K['askersund'])}">Askersund</a></li>
            <li><a href="{a(K['hallsberg'])}">Hallsberg</a></li>
            <li><a href="{a(K['kumla'])}">Kumla</a></li>
            <li><a href="{a(K['laxa'])}">Laxå</a></li>
            <li><a href="{a(K['lekeberg'])}">Lekeberg</a></li>
          </ul>'''


def insats(path, title, date, lead, body, rows, categories):
    main = article(path, title, date, body + '\n' + facts(rows), categories, printable=True, lead=lead)
    return page(path, title, main, INS, aside=INS_ASIDE, desc=lead)


# ----------------------------------------------------------------------------------------------------- insatser
def f1():
    body = '''              <p><strong>Jobbkraft Kumla</strong> är en insats för vuxna i Kumla som har försörjningsstöd och samtidigt har en ohälsa som gör det svårt att ta ett arbete. Insatsen finansieras av samordningsförbundet.</p>
              <h2>Varför behövs insatsen?</h2>
              <p>Drygt 300 hushåll i Kumla har haft försörjningsstöd i mer än ett år. Många av dem har kontakt med både socialtjänsten, vården, Försäkringskassan och Arbetsförmedlingen, men ingen har helheten.</p>
              <h2>Så arbetar vi</h2>
              <p>Tre arbetsmarknadskonsulenter träffar deltagarna enskilt och i grupp på Arbetsmarknadsenheten. De gör en plan tillsammans med deltagaren och hans eller hennes handläggare, ordnar arbetsträning och håller kontakten med arbetsgivare. En arbetsterapeut från Vårdcentralen Kumla finns med en dag i veckan.</p>'''
    rows = [('Huvudman', 'Kumla kommun, Arbetsmarknadsenheten'),
            ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan, Region Örebro län (Vårdcentralen Kumla)'),
            ('Målgrupp', 'Personer 20–64 år med försörjningsstöd och ohälsa'),
            ('Period', '1 januari 2024 – 31 december 2026'),
            ('Beviljat', '2 400 000 kronor från samordningsförbundet'),
            ('Bemanning', '3 heltidstjänster'),
            ('Status', 'Pågående')]
    return insats(F1, 'Jobbkraft Kumla', '2024-01-15', 'Stöd till arbete för vuxna med försörjningsstöd och ohälsa i Kumla.',
                  body, rows, [('arbete-och-halsa', 'Arbete och hälsa')])


def f2(canonical_only=False):
    body = '''              <p>UVA – Unga vuxna i arbete är en gemensam insats för Laxå och Askersund. Unga vuxna som varken arbetar eller studerar får en coach som följer dem hela vägen till arbete eller studier, oavsett vilken myndighet de har kontakt med.</p>
              <h2>Bakgrund</h2>
              <p>I båda kommunerna står fler unga vuxna utanför arbete och studier än i länet i genomsnitt. Eftersom kommunerna är små har de valt att göra insatsen tillsammans, med en coach på varje ort och en gemensam projektledare.</p>
              <h2>Syfte</h2>
              <p>Att minst hälften av deltagarna ska börja arbeta eller studera inom ett år.</p>
              <h2>Så går det till</h2>
              <p>Coacherna finns på Navet i Laxå och på Lärcentrum i Askersund. Deltagarna kommer via socialtjänsten, Arbetsförmedlingen, kommunernas aktivitetsansvar eller på egen hand.</p>'''
    rows = [('Huvudman', 'Laxå kommun'),
            ('Samverkansparter', 'Askersunds kommun, Arbetsförmedlingen, Region Örebro län'),
            ('Målgrupp', 'Unga vuxna 18–29 år som varken arbetar eller studerar'),
            ('Period', 'september 2024 – augusti 2027'),
            ('Beviljat', '3 000 000 kronor från samordningsförbundet'),
            ('Bemanning', 'Två coacher och en projektledare på halvtid'),
            ('Status', 'Pågående')]
    return insats(F2, 'UVA – Unga vuxna i arbete', '2024-09-02', 'En gemensam insats för unga vuxna i Laxå och Askersund.',
                  body, rows, [('unga-vuxna', 'Unga vuxna')])


def f3():
    body = '''              <p>Hälsosteget är en insats för personer i Hallsberg som har varit sjukskrivna länge eller har en långvarig ohälsa och vill närma sig arbetslivet. Insatsen startade i mars 2025 och pågår till och med februari 2027.</p>
              <p>Deltagarna träffar en hälsocoach och en fysioterapeut i grupp två gånger i veckan och får stöd i att hitta en rimlig nivå av aktivitet. Efter tolv veckor gör deltagaren, coachen och handläggaren på Försäkringskassan eller socialtjänsten en plan för nästa steg: arbetsträning, studier eller en återgång till det tidigare arbetet.</p>
              <p>Samordningsförbundet har beviljat 1 650 000 kronor för hela perioden. Hallsbergs kommun är huvudman och samarbetar med Försäkringskassan och Vårdcentralen Hallsberg inom Region Örebro län. I insatsen arbetar motsvarande 1,5 tjänster.</p>'''
    rows = [('Huvudman', 'Hallsbergs kommun'),
            ('Samverkansparter', 'Försäkringskassan, Region Örebro län (Vårdcentralen Hallsberg)'),
            ('Målgrupp', 'Personer 25–64 år med långvarig sjukskrivning eller ohälsa'),
            ('Period', 'mars 2025 – februari 2027'),
            ('Beviljat', '1 650 000 kronor'),
            ('Bemanning', '1,5 tjänster'),
            ('Status', 'Pågående')]
    return insats(F3, 'Hälsosteget Hallsberg', '2025-03-10', 'Hälsa och aktivitet som första steg mot arbete.',
                  body, rows, [('arbete-och-halsa', 'Arbete och hälsa')])


def f4():
    body = '''              <p><strong>Insatsen är avslutad.</strong> Föräldrar i fokus pågick i Lekeberg från januari 2021 till december 2023 och riktade sig till föräldrar som stod långt från arbetsmarknaden och hade barn under 18 år.</p>
              <h2>Vad gjordes?</h2>
              <p>En familjecoach och en arbetsmarknadskonsulent arbetade tillsammans med hela familjen: föräldrarnas väg till arbete eller studier, barnens skolgång och kontakten med förskola och skola. Träffarna hölls i Fjugesta och på biblioteket i Lekeberg.</p>
              <h2>Resultat</h2>
              <p>41 föräldrar deltog. 17 av dem gick till arbete eller studier, och 9 familjer lämnade försörjningsstödet helt. Lekebergs kommun har tagit in arbetssättet med familjecoachen i socialtjänstens ordinarie verksamhet.</p>
              <p><a href="https://www.finsamsydnarke.se/file_download/27/Slutrapport-Foraldrar-i-fokus.pdf">Slutrapport (pdf)</a></p>'''
    rows = [('Huvudman', 'Lekebergs kommun'),
            ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan'),
            ('Målgrupp', 'Föräldrar 20–45 år som står långt från arbetsmarknaden'),
            ('Period', 'januari 2021 – december 2023'),
            ('Beviljat', '1 100 000 kronor från samordningsförbundet'),
            ('Status', 'Avslutad')]
    return insats(F4, 'Föräldrar i fokus Lekeberg', '2021-01-18', 'Hela familjen i fokus på vägen till arbete.',
                  body, rows, [('foraldrar-och-familj', 'Föräldrar och familj')])


def f5():
    body = '''              <p>Vägen in är en insats för nyanlända vuxna i Askersund som har gått ut etableringsprogrammet utan att få arbete. Insatsen kombinerar svenska på Komvux med praktik hos arbetsgivare i Askersund, och en språkstödjare följer med ut på arbetsplatsen.</p>
              <h2>Syfte</h2>
              <p>Att deltagarna ska få ett arbete eller börja en yrkesutbildning, och att färre ska behöva försörjningsstöd.</p>
              <h2>Vilka gör insatsen?</h2>
              <p>Askersunds kommun, genom Vuxenutbildningen och Arbetsmarknadsenheten, är huvudman. Arbetsförmedlingen och Försäkringskassan deltar i insatsens styrgrupp.</p>'''
    rows = [('Huvudman', 'Askersunds kommun, Vuxenutbildningen'),
            ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan'),
            ('Målgrupp', 'Nyanlända vuxna 20–55 år'),
            ('Period', 'augusti 2025 – juli 2027'),
            ('Beviljat', '1 900 000 kronor från samordningsförbundet'),
            ('Bemanning', 'En språkstödjare och en arbetsmarknadskonsulent'),
            ('Status', 'Pågående')]
    return insats(F5, 'Vägen in Askersund', '2025-08-18', 'Svenska och praktik för nyanlända vuxna i Askersund.',
                  body, rows, [('arbete-och-halsa', 'Arbete och hälsa')])


def service():
    body = f'''              <p>Aktivitetscentret i Kumla är en mötesplats för vuxna som behöver stöd för att komma vidare mot arbete eller studier. Här finns arbetsträning i kafé, snickeri och textilverkstad, samtalsgrupper och hjälp med kontakter med myndigheter.</p>
              <h2>Från insats till ordinarie verksamhet</h2>
              <p>Aktivitetscentret startade 2017 som en insats finansierad av samordningsförbundet. Sedan januari 2022 drivs det av Kumla kommun inom Arbetsmarknadsenhetens ordinarie verksamhet och finansieras av kommunen tills vidare.</p>
              <h2>Öppettider</h2>
              <p>Måndag–torsdag 8.30–15.30, fredag 8.30–12.00. Skolgatan 7, Kumla.</p>'''
    main = article(SERVICE, 'Aktivitetscentret i Kumla', '2017-03-01', body, [('arbete-och-halsa', 'Arbete och hälsa')],
                   lead='En mötesplats med arbetsträning och stöd i Kumla.')
    main = main.replace('<h1 itemprop="headline">', '<p class="badge">Ordinarie verksamhet</p>\n            <h1 itemprop="headline">')
    return page(SERVICE, 'Aktivitetscentret i Kumla', main, INS, aside=INS_ASIDE)


def insatser_list():
    def item(href, title, txt, meta):
        return f'''            <li class="article-list-item">
              <h2><a href="{a(href)}">{title}</a></h2>
              <p>{txt}</p>
              <p class="meta">{meta}</p>
            </li>'''
    chips = ' · '.join(f'<a rel="nofollow" href="{a(INS)}{f}">{lbl}</a>' for f, lbl in
                       zip(FILTERS, ['Unga vuxna', 'Arbete och hälsa', 'Föräldrar och familj']))
    main = f'''          <h1>Insatser</h1>
          <p class="lead">Samordningsförbundet finansierar insatser där kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen arbetar tillsammans för personer som behöver stöd från flera håll för att komma i arbete.</p>
          <p class="filter">Filtrera: {chips}</p>
          <h2>Pågående insatser</h2>
          <ul class="article-list">
{item(F1, 'Jobbkraft Kumla', 'Stöd till arbete för vuxna med försörjningsstöd och ohälsa.', 'Kumla · 2024–2026')}
{item(F2, 'UVA – Unga vuxna i arbete', 'Coacher för unga vuxna i Laxå och Askersund.', 'Laxå och Askersund · 2024–2027')}
{item(F3, 'Hälsosteget Hallsberg', 'Hälsa och aktivitet som första steg mot arbete.', 'Hallsberg · 2025–2027')}
          </ul>
          <p>Alla insatser, även avslutade, finns under respektive <a href="{a(MED)}">medlemskommun</a>.</p>'''
    return page(INS, 'Insatser', main, INS, aside=INS_ASIDE, kind='section')


# ----------------------------------------------------------------------------------------------------- members
def kommun(key, name, intro, items, contact):
    lis = ''.join(f'''
                <li><a href="{href}">{t}</a> – {d}</li>''' for href, t, d in items)
    body = f'''              <p>{intro}</p>
              <h2>Insatser i {SHORT[key]}</h2>
              <ul class="insatslista">{lis}
              </ul>
              <h2>Kontaktperson i kommunen</h2>
              <p>{contact}</p>'''
    path = K[key]
    main = article(path, name, '2025-09-01', body, (), author='Kansliet')
    return page(path, name, main, MED, aside=INS_ASIDE, kind='member')


def members():
    out = {}
    out[K['askersund']] = kommun('askersund', 'Askersunds kommun',
                                 'Askersunds kommun är medlem i samordningsförbundet sedan starten 2009. Kommunens andel av förbundets budget är 11 procent.',
                                 [(a(F5), 'Vägen in Askersund', 'svenska och praktik för nyanlända vuxna, 2025–2027'),
                                  (a(F2_MESSY), 'UVA – Unga vuxna i arbete', 'tillsammans med Laxå, 2024–2027')],
                                 'Maria Svensson, arbetsmarknadschef, 0583-810 00')
    out[K['hallsberg']] = kommun('hallsberg', 'Hallsbergs kommun',
                                 'Hallsbergs kommun är medlem i samordningsförbundet sedan starten 2009. Kommunens andel av förbundets budget är 17 procent.',
                                 [(a(F3), 'Hälsosteget Hallsberg', 'hälsa och aktivitet som första steg mot arbete, 2025–2027')],
                                 'Anders Nyberg, enhetschef socialtjänsten, 0582-68 50 00')
    out[K['kumla']] = kommun('kumla', 'Kumla kommun',
                             'Kumla kommun är förbundets största medlemskommun. Kommunens andel av förbundets budget är 24 procent.',
                             [(a(F1), 'Jobbkraft Kumla', 'stöd till arbete för vuxna med försörjningsstöd och ohälsa, 2024–2026'),
                              (a(SERVICE), 'Aktivitetscentret i Kumla', 'ordinarie verksamhet sedan 2022')],
                             'Lina Ahmadi, chef Arbetsmarknadsenheten, 019-58 80 00')
    out[K['laxa']] = kommun('laxa', 'Laxå kommun',
                            'Laxå kommun är medlem i samordningsförbundet sedan 2009. Kommunens andel av förbundets budget är 7 procent.',
                            [(a(F2), 'UVA – Unga vuxna i arbete', 'coacher för unga vuxna, tillsammans med Askersund, 2024–2027')],
                            'Per-Olof Berg, chef Navet, 0584-473 00')
    out[K['lekeberg']] = kommun('lekeberg', 'Lekebergs kommun',
                                'Lekebergs kommun är medlem i samordningsförbundet sedan 2012. Kommunens andel av förbundets budget är 6 procent.',
                                [(a(F4), 'Föräldrar i fokus Lekeberg', 'avslutad 2023')],
                                'Sofia Ek, socialchef, 0585-487 00')
    return out


def medlemmar():
    lis = ''.join(f'\n            <li><a href="{a(K[k])}">{n}</a></li>' for k, n in
                  [('askersund', 'Askersunds kommun'), ('hallsberg', 'Hallsbergs kommun'), ('kumla', 'Kumla kommun'),
                   ('laxa', 'Laxå kommun'), ('lekeberg', 'Lekebergs kommun')])
    main = f'''          <h1>Medlemmar</h1>
          <p class="lead">Förbundets åtta medlemmar är fem kommuner, Region Örebro län, Försäkringskassan och Arbetsförmedlingen.</p>
          <h2>Medlemskommunerna och deras insatser</h2>
          <ul class="article-list">{lis}
          </ul>
          <p>Försäkringskassan och Arbetsförmedlingen står tillsammans för hälften av förbundets pengar, Region Örebro län för en fjärdedel och kommunerna för en fjärdedel.</p>'''
    return page(MED, 'Medlemmar', main, MED, kind='section')


# ----------------------------------------------------------------------------------------------------- about
def om_forbundet():
    main = f'''          <h1>Om förbundet</h1>
          <p class="lead">Samordningsförbundet Sydnärke bildades 2009 enligt lagen om finansiell samordning av rehabiliteringsinsatser.</p>
          <ul class="article-list">
            <li><a href="{a(OM)}">Så fungerar finansiell samordning</a></li>
            <li><a href="{a(SOKA)}">Ansök om medel</a></li>
            <li><a href="{a(RIKT)}">Riktlinjer för insatser</a></li>
            <li><a href="{a(STYR)}">Styrelse</a></li>
          </ul>'''
    return page(OMF, 'Om förbundet', main, OMF, kind='section')


def om():
    body = '''              <p>Finansiell samordning gör det möjligt för kommuner, region, Försäkringskassan och Arbetsförmedlingen att lägga pengar i en gemensam budget och tillsammans finansiera insatser för personer som behöver samordnat stöd för att kunna arbeta.</p>
              <h2>Så fördelas pengarna</h2>
              <table class="table">
                <thead><tr><th>Medlem</th><th>Andel</th><th>Bidrag 2026</th></tr></thead>
                <tbody>
                  <tr><td>Försäkringskassan och Arbetsförmedlingen</td><td>50 %</td><td>4 800 000 kr</td></tr>
                  <tr><td>Region Örebro län</td><td>25 %</td><td>2 400 000 kr</td></tr>
                  <tr><td>Kommunerna</td><td>25 %</td><td>2 400 000 kr</td></tr>
                </tbody>
              </table>
              <h2>Ett räkneexempel</h2>
              <p>Om en insats kostar 1 000 000 kronor per år betalar staten 500 000 kronor, regionen 250 000 kronor och kommunerna 250 000 kronor. Om insatsen gör att tio personer går från försörjningsstöd till arbete minskar kommunernas kostnader med omkring 1 200 000 kronor per år.</p>
              <h2>Styrning</h2>
              <p>Förbundet leds av en styrelse med en ledamot och en ersättare från varje medlem. Ett kansli med förbundschef och ekonom sköter det löpande arbetet.</p>'''
    main = article(OM, 'Så fungerar finansiell samordning', '2023-02-01', body, ())
    return page(OM, 'Så fungerar finansiell samordning', main, OMF)


def soka():
    body = f'''              <h2>Vem kan söka?</h2>
              <p>Medlemmarna kan söka, gärna två eller flera tillsammans. En förening kan vara med i en ansökan men inte söka ensam.</p>
              <h2>När kan man söka?</h2>
              <p>Ansökningar tas emot löpande. Styrelsen sammanträder sex gånger om året.</p>
              <h2>Hur går det till?</h2>
              <ol>
                <li>Kontakta förbundschefen och berätta om idén.</li>
                <li>Skriv ansökan i förbundets mall, med budget och en plan för uppföljning.</li>
                <li>Beredningsgruppen läser ansökan och lämnar ett förslag till styrelsen.</li>
                <li>Styrelsen beslutar.</li>
              </ol>
              <h2>Hur mycket kan man söka?</h2>
              <p>Det finns ingen övre gräns, men en insats beviljas för högst tre år i taget.</p>
              <p><a href="{a('/file_download/12/Ansokningsmall-insats.docx')}">Ansökningsmall (Word)</a></p>'''
    main = article(SOKA, 'Ansök om medel', '2024-11-20', body, ())
    return page(SOKA, 'Ansök om medel', main, OMF)


def rikt():
    body = '''              <p>Riktlinjerna antogs av styrelsen den 12 december 2023.</p>
              <ol>
                <li>Insatsen ska rikta sig till personer i arbetsför ålder som behöver samordnat stöd från minst två av medlemmarna.</li>
                <li>Insatsen ska ha ett tydligt mål om arbete eller studier.</li>
                <li>Insatsen ska vara tidsbegränsad och pågå högst tre år.</li>
                <li>Insatsen ska följas upp i SUS, det nationella uppföljningssystemet för finansiell samordning.</li>
                <li>Huvudmannen ska redovisa hur ett lyckat arbetssätt kan leva vidare i ordinarie verksamhet.</li>
              </ol>'''
    main = article(RIKT, 'Riktlinjer för insatser', '2023-12-14', body, ())
    return page(RIKT, 'Riktlinjer för insatser', main, OMF)


def styrelse():
    body = '''              <p>Styrelsen har åtta ledamöter, en från varje medlem. Ordförande 2023–2026 är Eva Lind (Kumla kommun).</p>
              <p>Styrelsen sammanträder sex gånger om året. Protokollen publiceras under Aktuellt.</p>'''
    return page(STYR, 'Styrelse', article(STYR, 'Styrelse', '2023-01-10', body, ()), OMF)


# ----------------------------------------------------------------------------------------------------- news
def news_pages():
    out = {}
    out[N_F1] = page(N_F1, 'Jobbkraft har hjälpt 40 kumlabor till arbete', article(N_F1, 'Jobbkraft har hjälpt 40 kumlabor till arbete', '2025-10-06',
        f'''              <p>Efter snart två år har 40 deltagare i Jobbkraft Kumla fått ett arbete eller börjat studera. Insatsen fortsätter till och med 2026.</p>
              <p><a href="{a(F1)}">Läs mer om Jobbkraft Kumla</a></p>''', [('arbete-och-halsa', 'Arbete och hälsa')]), AKT)
    out[N_BUDGET] = page(N_BUDGET, 'Budget för 2026 är fastställd', article(N_BUDGET, 'Budget för 2026 är fastställd', '2025-11-24',
        '''              <p>Styrelsen har fastställt förbundets budget för 2026. Medlemmarnas bidrag blir 9 600 000 kronor, lika mycket som 2025. Förbundet har dessutom ett eget kapital på 2 100 000 kronor som får användas till nya insatser.</p>
              <p>Av budgeten går 7 800 000 kronor till insatser, 1 300 000 kronor till kansliet och 500 000 kronor till utbildning och utvärdering.</p>''', ()), AKT)
    out[N_CALL] = page(N_CALL, 'Nu kan ni ansöka om medel för 2026', article(N_CALL, 'Nu kan ni ansöka om medel för 2026', '2025-09-15',
        f'''              <p>Förbundet har 1 500 000 kronor att fördela till nya insatser som startar under 2026. Styrelsen vill särskilt se ansökningar som gäller unga vuxna med psykisk ohälsa.</p>
              <p>Läs <a href="{a(EDIT)}">riktlinjerna för insatser</a> och <a href="{a(SOKA)}">hur du ansöker</a>. Sista dag att ansöka inför styrelsens decembermöte är den 14 november.</p>''', ()), AKT)
    out[N_EV] = page(N_EV, 'Finsamdagen 2026', article(N_EV, 'Finsamdagen 2026', '2025-12-01',
        '''              <p>Välkommen till Finsamdagen, en dag för alla som arbetar med rehabilitering i Sydnärke. Deltagare och personal från förbundets insatser berättar om sitt arbete.</p>
              <ul>
                <li>Datum: Torsdag 16 april 2026</li>
                <li>Tid: 09.00–15.30</li>
                <li>Plats: Folkets hus, Hallsberg</li>
                <li>Kostnad: Ingen avgift, lunch ingår</li>
                <li>Sista anmälningsdag: 27 mars 2026</li>
                <li>Anmälan: Via formuläret nedan</li>
                <li>Arrangör: Samordningsförbundet Sydnärke</li>
              </ul>
              <h2>Program</h2>
              <p>09.00 Välkommen. 09.30 Föreläsning om psykisk ohälsa och arbete. 11.00 Jobbkraft Kumla och UVA berättar. 13.00 Workshoppar. 15.00 Avslutning.</p>''', ()), AKT)
    out[N_JOB] = page(N_JOB, 'Vi söker en processledare', article(N_JOB, 'Vi söker en processledare', '2025-10-20',
        '''              <p>Samordningsförbundet Sydnärke söker en processledare som vill utveckla samverkan mellan kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen.</p>
              <h2>Arbetsuppgifter</h2>
              <p>Du stöttar medlemmarna när de tar fram nya insatser, leder nätverk för handläggare och ansvarar för uppföljningen i SUS.</p>
              <ul>
                <li>Anställningsform: Tillsvidareanställning med sex månaders provanställning</li>
                <li>Omfattning: Heltid</li>
                <li>Tillträde: 1 februari 2026</li>
                <li>Sista ansökningsdag: 23 november 2025</li>
              </ul>
              <p>Ansökan skickas till kansli@finsamsydnarke.se.</p>''', ()), AKT)
    out[N_SNOW] = page(N_SNOW, 'Kansliet har stängt i jul', article(N_SNOW, 'Kansliet har stängt i jul', '2025-12-10',
        '              <p>Kansliet har stängt 22 december–6 januari. God jul och gott nytt år!</p>', ()), AKT)
    return out


def aktuellt():
    items = [(N_BUDGET, 'Budget för 2026 är fastställd', '2025-11-24'),
             (N_SNOW, 'Kansliet har stängt i jul', '2025-12-10'),
             (N_EV, 'Finsamdagen 2026', '2025-12-01'),
             (N_JOB, 'Vi söker en processledare', '2025-10-20'),
             (N_F1, 'Jobbkraft har hjälpt 40 kumlabor till arbete', '2025-10-06'),
             (N_CALL, 'Nu kan ni ansöka om medel för 2026', '2025-09-15')]
    items.sort(key=lambda x: x[2], reverse=True)
    lis = ''.join(f'''
            <li class="article-list-item"><h2><a href="{a(h)}">{t}</a></h2><p class="meta"><time datetime="{d}">{d}</time></p></li>''' for h, t, d in items)
    main = f'''          <h1>Aktuellt</h1>
          <ul class="article-list">{lis}
          </ul>
          <p>Kommande träffar finns i <a href="{a(CAL)}">kalendern</a>. <a href="{a(CAL_Q)}">Visa april 2026</a></p>'''
    return page(AKT, 'Aktuellt', main, AKT, kind='section')


def start():
    main = f'''          <h1>Samordningsförbundet Sydnärke</h1>
          <p class="lead">Vi finansierar insatser där kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen arbetar tillsammans, så att fler kan arbeta eller studera.</p>
          <div class="grid">
            <section><h2><a href="{a(INS)}">Insatser</a></h2><p>Pågående och avslutade insatser.</p></section>
            <section><h2><a href="{a(MED)}">Våra medlemmar</a></h2><p>Insatserna i varje kommun.</p></section>
            <section><h2><a href="{a(SOKA)}">Ansök om medel</a></h2><p>Så söker ni pengar för en insats.</p></section>
          </div>
          <h2>Senaste nytt</h2>
          <ul class="article-list">
            <li><a href="{a(N_BUDGET)}">Budget för 2026 är fastställd</a></li>
            <li><a href="{a(N_JOB)}">Vi söker en processledare</a></li>
            <li><a href="{a(N_F1)}">Jobbkraft har hjälpt 40 kumlabor till arbete</a></li>
          </ul>
          <p class="popular">Vanliga sökningar: <a href="{a(SEARCHES[0])}">budget</a>, <a href="{a(SEARCHES[1])}">styrelse</a>, <a href="{a(SEARCHES[2])}">ansökan</a></p>'''
    return page('/', 'Start', main, '/', kind='front')


def kontakt():
    main = '''          <h1>Kontakt</h1>
          <p>Förbundschef Helena Bergqvist, 019-58 80 21, helena.bergqvist@finsamsydnarke.se</p>
          <p>Ekonom Johan Ek, 019-58 80 22, johan.ek@finsamsydnarke.se</p>'''
    return page(KONTAKT, 'Kontakt', main, KONTAKT, kind='section')


def build():
    pages = {'/': start(), INS: insatser_list(), MED: medlemmar(), AKT: aktuellt(), OMF: om_forbundet(), KONTAKT: kontakt(),
             F1: f1(), F2: f2(), F3: f3(), F4: f4(), F5: f5(), SERVICE: service(), OM: om(), SOKA: soka(), RIKT: rikt(),
             STYR: styrelse()}
    pages.update(members())
    pages.update(news_pages())
    for p, html_ in pages.items():
        write(H, p, html_)
    # Textpattern answers the messy address with the same article (canonical = the clean address).
    write(H, '/index.php', pages[F2])
    robots = f'''User-agent: *
Disallow: /textpattern/
Disallow: /kalender/
Disallow: /*?q=
Disallow: /*?c=
Disallow: /*?print=
Crawl-delay: 3

Sitemap: {U}/sitemap.xml
'''
    write(H, '/robots.txt', robots)
    # rah_sitemap with the sections 'insatser' and 'medlemmar' excluded from the article list (their front pages stay).
    rows = [('/', '2025-12-10'), (INS, '2025-09-01'), (MED, '2025-09-01'), (AKT, '2025-12-10'), (OMF, '2024-11-20'),
            (KONTAKT, '2023-01-10')]
    rows += [(p, '2025-12-10') for p in (N_BUDGET, N_SNOW, N_EV, N_JOB, N_F1, N_CALL, OM, SOKA, RIKT, STYR)]
    from make_common import urlset
    write(H, '/sitemap.xml', urlset(H, rows))
    return pages


if __name__ == '__main__':
    build()
