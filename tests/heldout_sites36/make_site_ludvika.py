"""Ludvika kommun (2085, about 26 000 inhabitants; Ludvika, Grängesberg, Fredriksberg, Marnäs, Sunnansjö, Nyhammar)
on PELICAN 4.10 (a static site generator in Python: Markdown in a Git repository, built and copied to the web server
by the municipality's IT unit) – heldout_sites36.

Pelican with RELATIVE_URLS = True: the theme writes every internal address as '{{ SITEURL }}/<url>', and Pelican
sets SITEURL per output file to the way back to the root ('.' for a file at the root, '..' one folder down, '../..'
two folders down). So EVERY INTERNAL LINK IS DOCUMENT-RELATIVE, and the same target is written differently on every
level: './projekt/familjelyftet-grangesberg.html' on a root file, '../projekt/…' one folder down,
'../../projekt/…' on /projekt/sida/2.html. Addresses are '.html' files (PAGE_URL '{slug}.html' with path-based
slugs, ARTICLE_URL '{category}/{slug}.html', CATEGORY_URL '{slug}.html'); the start page is /index.html served as /.

THE PROJECTS ARE PELICAN ARTICLES IN THE CATEGORY 'projekt' (/projekt/<slug>.html). The category page /projekt.html
('Projekt som fått sociala investeringsmedel', three articles a page, newest first) is the only list: its 'Visa fler'
button is a plain <a> to the next page of the category (PAGINATION_PATTERNS give /projekt/sida/2.html and
/projekt/sida/3.html, a PAGE NUMBER IN THE PATH), which the theme's script fetches and appends. The category also
holds two articles that are no projects (the fund's follow-up for 2025 and a standing service that began as a social
investment). Tag, author and archive pages are switched off (TAG_SAVE_AS = '' …), there are NO FEEDS and NO
SITEMAP, the news and the fund's pages name the projects without links: a project is reached only through the list.

robots.txt forbids every query ('/*?': the site is static, a query only ever comes from the script's 'Visa alla' or a
newsletter's tracking parameters), the search results /sok/ (Tipue Search), Pelican's drafts /utkast/ (DRAFT_SAVE_AS
'utkast/{slug}.html'), the calendar application /kalender/ and the intranet /intranat/.
"""
from make_common import write, esc

H = 'www.ludvika.se'

START = '/'
START_FILE = '/index.html'
KOP = '/kommun-och-politik.html'
FOND = '/kommun-och-politik/sociala-investeringar.html'
SOKA = '/kommun-och-politik/sociala-investeringar/sa-soker-ni.html'
RIKT = '/kommun-och-politik/sociala-investeringar/riktlinjer.html'
OMS = '/omsorg-och-stod.html'
BOF = '/omsorg-och-stod/stod-till-barn-och-familj.html'
LIST1 = '/projekt.html'
LIST2 = '/projekt/sida/2.html'
LIST3 = '/projekt/sida/3.html'
P1 = '/projekt/familjelyftet-grangesberg.html'
P2 = '/projekt/unga-in-ludvika.html'
P3 = '/projekt/trygga-steg-marnas.html'
P4 = '/projekt/seniortraffpunkt-fredriksberg.html'
P5 = '/projekt/tidiga-insatser-i-forskolan.html'
UPPF = '/projekt/uppfoljning-2025.html'
LAX = '/projekt/laxhjalpen-grangesberg.html'
NYH = '/nyheter.html'
N_CALL = '/nyheter/nu-kan-ni-soka-sociala-investeringsmedel-2026.html'
N_EVENT = '/nyheter/frukostseminarium-vad-ger-en-social-investering.html'
N_BREV = '/nyheter/nyhetsbrev-mars-2026.html'
N_FSK = '/nyheter/ny-forskola-i-fredriksberg.html'
N_BIBL = '/nyheter/nya-oppettider-pa-ludvika-bibliotek.html'
JOBB = '/jobba-hos-oss.html'
JOB = '/jobba-hos-oss/processledare-sociala-investeringar.html'
KONTAKT = '/kontakt.html'
OMW = '/om-webbplatsen.html'
DRAFT = '/utkast/mentorskap-for-unga-vuxna.html'

# dead on purpose (never written)
DEAD = {'/barn-och-utbildning.html', '/kultur-och-fritid.html', '/bygga-och-bo.html', '/arbete-och-naringsliv.html',
        '/kommun-och-politik/politik-och-beslut.html', '/kommun-och-politik/ekonomi-och-budget.html',
        '/omsorg-och-stod/aldreomsorg.html', '/omsorg-och-stod/ekonomiskt-bistand.html', '/lattlast.html',
        '/other-languages.html', '/jobba-hos-oss/larare-i-svenska-som-andrasprak.html',
        '/jobba-hos-oss/underskoterska-natt.html'}

PROJECTS = [P1, P2, P3, P4, P5]
NOT_PROJECTS = [FOND, SOKA, RIKT, UPPF, LAX, N_CALL, N_EVENT, JOB]

SEARCH = '/sok/'
SEARCHES = ['/sok/?q=bygglov', '/sok/?q=skolskjuts']
CAL = '/kalender/'
ICS = '/kalender/ludvika.ics'
INTRANAT = '/intranat/'
VISA_ALLA = '/projekt.html?visa=alla'
UTM = '?utm_source=nyhetsbrev&utm_medium=epost&utm_campaign=mars-2026'
UTM_LINKS = [FOND + UTM, LIST1 + UTM, P4 + UTM]


def forbidden():
    return [SEARCH] + SEARCHES + [CAL, ICS, INTRANAT, DRAFT, VISA_ALLA] + UTM_LINKS


def siteurl(path):
    """Pelican's relative SITEURL for the output file of path ('.', '..', '../..')."""
    f = START_FILE if path == START else path
    depth = f.strip('/').count('/')
    return '.' if depth == 0 else '/'.join(['..'] * depth)


def L(frm, to):
    """The address the theme writes on page frm for page to: '{{ SITEURL }}/<url>'."""
    s = siteurl(frm)
    if to == START:
        return s + '/'
    return s + to


MENU = [('Barn och utbildning', '/barn-och-utbildning.html'), ('Omsorg och stöd', OMS),
        ('Kultur och fritid', '/kultur-och-fritid.html'), ('Bygga och bo', '/bygga-och-bo.html'),
        ('Arbete och näringsliv', '/arbete-och-naringsliv.html'), ('Kommun och politik', KOP)]

MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
          'november', 'december']


def sv_date(iso):
    y, m, d = iso.split('-')
    return f'{int(d)} {MONTHS[int(m) - 1]} {y}'


def page(path, title, main, *, section=None, crumbs=(), body_id='page', desc='', extra_head=''):
    s = siteurl(path)
    act = ' class="active"'
    nav = ''.join(f'\n      <li{act if href == section else ""}><a href="{L(path, href)}">{t}</a></li>'
                  for t, href in MENU)
    bc = ''
    if crumbs:
        items = ''.join(f'\n      <li><a href="{L(path, p)}">{esc(t)}</a></li>' for t, p in crumbs[:-1])
        bc = f'''
  <nav class="brodsmulor" aria-label="Du är här">
    <ol>
      <li><a href="{s}/">Start</a></li>{items}
      <li aria-current="page">{esc(crumbs[-1][0])}</li>
    </ol>
  </nav>'''
    head_title = 'Ludvika kommun' if path == START else f'{title} – Ludvika kommun'
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Pelican">
  <meta name="description" content="{esc(desc or title)}">{extra_head}
  <title>{esc(head_title)}</title>
  <link rel="stylesheet" href="{s}/theme/css/ludvika.css">
  <link rel="icon" href="{s}/theme/images/favicon.png">
</head>
<body id="{body_id}">
<a class="skiplink" href="#innehall">Till innehållet</a>
<header id="banner" class="body">
  <a class="logo" href="{s}/"><img src="{s}/theme/images/ludvika-kommun.svg" alt="Ludvika kommun – till startsidan" width="190" height="52"></a>
  <ul class="verktyg">
    <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10477&amp;lang=sv_se&amp;readid=innehall" rel="nofollow">Lyssna</a></li>
    <li><a href="{s}/lattlast.html">Lättläst</a></li>
    <li><a href="{s}/other-languages.html">Other languages</a></li>
    <li><a href="{s}/intranat/" rel="nofollow">Logga in</a></li>
  </ul>
  <form id="sok" action="{s}/sok/" role="search">
    <label for="tipue_search_input">Sök på ludvika.se</label>
    <input type="text" name="q" id="tipue_search_input" autocomplete="off" required>
    <button type="submit">Sök</button>
  </form>
</header>
<nav id="menu" aria-label="Huvudmeny">
  <ul>{nav}
  </ul>
</nav>{bc}
<main id="innehall" class="body">
{main}
</main>
<footer id="contentinfo" class="body">
  <div class="kolumn">
    <h2>Ludvika kommun</h2>
    <p>771 82 Ludvika<br>Besöksadress: Stationsgatan 12<br>Telefon: 0240-860 00<br><a href="mailto:ludvika.kommun@ludvika.se">ludvika.kommun@ludvika.se</a></p>
  </div>
  <div class="kolumn">
    <h2>Genvägar</h2>
    <ul>
      <li><a href="{s}/kontakt.html">Kontakta oss</a></li>
      <li><a href="{s}/nyheter.html">Nyheter</a></li>
      <li><a href="{s}/jobba-hos-oss.html">Jobba hos oss</a></li>
      <li><a href="{s}/om-webbplatsen.html">Om webbplatsen</a></li>
    </ul>
  </div>
  <p class="colophon">Webbplatsen är byggd med <a href="https://getpelican.com/">Pelican</a>.</p>
</footer>
<script src="{s}/theme/js/tipuesearch_set.js"></script>
<script src="{s}/theme/js/ludvika.js"></script>
</body>
</html>
'''


def article_head(date, category, modified=None):
    m = f'\n  <meta name="modified" content="{modified}T10:00:00+01:00">' if modified else ''
    return (f'\n  <meta name="date" content="{date}T09:00:00+01:00">{m}\n  <meta name="category" content="{category}">'
            '\n  <meta name="author" content="Kommunikationsenheten">')


def post_info(date, modified=None):
    mod = (f' · Uppdaterad <time class="modified" datetime="{modified}T10:00:00+01:00">{sv_date(modified)}</time>'
           if modified else '')
    return (f'<footer class="post-info">Publicerad <time class="published" datetime="{date}T09:00:00+01:00">'
            f'{sv_date(date)}</time>{mod}</footer>')


# ============================================================================================= projects (articles)
PROJECT_DATA = {}


def projekt(path, title, date, lead, sections, facts, contact, *, modified=None, summary=''):
    PROJECT_DATA[path] = (title, date, summary or lead)
    secs = ''
    for h, ps in sections:
        secs += f'\n    <h2>{h}</h2>' + ''.join(f'\n    <p>{p}</p>' for p in ps)
    dl = ''.join(f'\n        <dt>{esc(k)}</dt><dd>{v}</dd>' for k, v in facts)
    main = f'''<article class="hentry projekt">
  <header>
    <p class="kategori"><a href="{L(path, LIST1)}">Projekt</a></p>
    <h1 class="entry-title">{esc(title)}</h1>
    <p class="ingress">{lead}</p>
  </header>
  <div class="entry-content">{secs}
    <aside class="fakta" aria-labelledby="fakta-rubrik">
      <h2 id="fakta-rubrik">Fakta</h2>
      <dl>{dl}
      </dl>
    </aside>
    <h2>Kontakt</h2>
    <p>{contact}</p>
  </div>
  {post_info(date, modified)}
  <p class="tillbaka"><a href="{L(path, LIST1)}">Alla projekt som fått sociala investeringsmedel</a></p>
</article>'''
    return page(path, title, main, section=KOP, body_id='article',
                crumbs=[('Kommun och politik', KOP), ('Sociala investeringar', FOND), ('Projekt', LIST1), (title, path)],
                desc=summary or title, extra_head=article_head(date, 'Projekt', modified))


def p1():
    return projekt(
        P1, 'Familjelyftet Grängesberg', '2024-01-10',
        'Familjelyftet ger barnfamiljer i Grängesberg stöd i vardagen innan problemen har hunnit växa. Projektet är en social investering som socialnämnden driver tillsammans med skolan och barnhälsovården.',
        [('Bakgrund', ['Andelen barn som lever i familjer med ekonomiskt bistånd är dubbelt så hög i Grängesberg som i kommunen som helhet, och antalet orosanmälningar har ökat tre år i rad. Samtidigt söker få familjer stöd själva.']),
         ('Så arbetar vi', ['Två familjebehandlare finns på plats i Grängesbergs familjecentral och på skolan. Familjer kan få stöd utan att ansöka om bistånd: föräldrasamtal, hembesök, föräldragrupper och hjälp att hitta rätt i kontakterna med kommunen och regionen.',
                            'En samordnare håller ihop arbetet med skolans elevhälsa, barnavårdscentralen och fritidsgården.']),
         ('Mål', ['Färre orosanmälningar och färre placeringar av barn från Grängesberg, och fler föräldrar som söker stöd tidigt. Projektet följs upp med en socioekonomisk analys efter tre år.'])],
        [('Projektägare', 'Socialnämnden'),
         ('Samverkansparter', 'Barn- och utbildningsnämnden, barnhälsovården i Region Dalarna och Grängesbergs fritidsgård'),
         ('Projektperiod', '1 januari 2024 – 31 december 2026'),
         ('Beviljade medel', '2 400 000 kronor ur den sociala investeringsfonden'),
         ('Målgrupp', 'Familjer med barn 0–12 år i Grängesberg'),
         ('Bemanning', 'Två familjebehandlare och en samordnare på halvtid'),
         ('Status', 'Pågår')],
        'Samordnare Familjelyftet, socialförvaltningen, telefon 0240-860 00',
        modified='2025-09-12',
        summary='Stöd i vardagen för barnfamiljer i Grängesberg, på familjecentralen och i skolan.')


def p2():
    return projekt(
        P2, 'Unga in – Ludvika', '2025-03-05',
        'Unga in är en social investering för unga vuxna i Ludvika som varken arbetar eller studerar. Projektet ska hjälpa dem vidare till jobb eller utbildning med en coach som finns kvar hela vägen.',
        [('Varför behövs projektet?', ['Omkring 300 unga mellan 16 och 24 år i Ludvika varken arbetar eller studerar. Många har hoppat av gymnasiet och har ingen kontakt med Arbetsförmedlingen eller kommunen.']),
         ('Så arbetar vi', ['Coacherna söker upp de unga där de finns, på fritidsgårdar, i sociala medier och genom skolornas register över avhopp. Varje deltagare får en egen coach, en plan och möjlighet till praktik hos kommunen eller ett företag.',
                            'Arbetsförmedlingen och Ludvika vuxenutbildning är med i arbetet och tar emot deltagarna när de är redo.'])],
        [('Projektägare', 'Kommunstyrelsen, arbetsmarknads- och integrationsenheten'),
         ('Samverkansparter', 'Arbetsförmedlingen och Ludvika vuxenutbildning'),
         ('Projektperiod', '1 mars 2025 – 28 februari 2027'),
         ('Beviljade medel', '1 800 000 kronor ur den sociala investeringsfonden'),
         ('Målgrupp', 'Unga 16–24 år som varken arbetar eller studerar'),
         ('Bemanning', 'Två coacher på heltid'),
         ('Status', 'Pågår')],
        'Projektledare Unga in, arbetsmarknads- och integrationsenheten, <a href="mailto:ungain@ludvika.se">ungain@ludvika.se</a>',
        summary='Coacher som hjälper unga 16–24 år vidare till jobb eller studier.')


def p3():
    return projekt(
        P3, 'Trygga steg i Marnäs', '2025-08-20',
        'Trygga steg är en social investering på Marnässkolan för elever som är borta mycket från skolan. Ett team från skolan och socialtjänsten arbetar med eleven och familjen redan när frånvaron börjar öka.',
        [('Bakgrund', ['Var femte elev i årskurs 7–9 på Marnässkolan hade läsåret 2023/24 mer än 15 procent frånvaro. Elever med hög frånvaro lämnar oftare grundskolan utan behörighet till gymnasiet.']),
         ('Så arbetar vi', ['Teamet består av en skolkurator, en socialsekreterare på halvtid och en fritidsledare. När en elev har haft frånvaro tre veckor i rad kontaktar teamet familjen inom en vecka och gör en plan tillsammans med eleven.']),
         ('Uppföljning', ['Frånvaron följs varje månad. Efter projektet ska skolan och socialtjänsten ta ställning till om arbetssättet ska bli en del av den ordinarie elevhälsan.'])],
        [('Projektägare', 'Barn- och utbildningsnämnden'),
         ('Samverkansparter', 'Socialnämnden och fritidsgården Marnäs'),
         ('Projektperiod', 'Läsåren 2025/26 och 2026/27 (1 augusti 2025 – 30 juni 2027)'),
         ('Beviljade medel', '1 950 000 kronor ur den sociala investeringsfonden'),
         ('Målgrupp', 'Elever i årskurs 4–9 på Marnässkolan med hög frånvaro och deras familjer'),
         ('Bemanning', 'En skolkurator, en socialsekreterare på 50 procent och en fritidsledare'),
         ('Status', 'Pågår')],
        'Rektor Marnässkolan, telefon 0240-866 40',
        summary='Ett team från skolan och socialtjänsten för elever med hög frånvaro på Marnässkolan.')


def p4():
    return projekt(
        P4, 'Seniorträffpunkt Fredriksberg', '2026-01-15',
        'Seniorträffpunkten ska minska ofrivillig ensamhet bland äldre i Fredriksberg och byarna runt omkring. Projektet startade i januari 2026 och är en social investering.',
        [('Bakgrund', ['I Fredriksberg är nästan var tredje invånare över 70 år. Sedan affären och bankkontoret stängde finns få platser där äldre träffas, och hemtjänsten möter allt fler som säger att de känner sig ensamma.']),
         ('Så arbetar vi', ['En samordnare öppnar en träffpunkt i Folkets hus två dagar i veckan, med lunch, promenadgrupp och hjälp med digitala tjänster. Frivilliga seniorvänner ringer eller hälsar på den som inte orkar ta sig dit.',
                            'PRO Fredriksberg och Svenska kyrkan är med och ordnar aktiviteterna. Kollektivtrafiken från byarna samordnas med öppettiderna.'])],
        [('Projektägare', 'Vård- och omsorgsnämnden'),
         ('Samverkansparter', 'PRO Fredriksberg och Svenska kyrkan i Säfsnäs'),
         ('Projektperiod', '1 januari 2026 – 31 december 2027'),
         ('Beviljade medel', '780 000 kronor ur den sociala investeringsfonden'),
         ('Målgrupp', 'Personer 70 år och äldre i Fredriksberg och Säfsnäs'),
         ('Bemanning', 'En samordnare på 75 procent'),
         ('Status', 'Pågår, startade januari 2026')],
        'Samordnare Seniorträffpunkten, vård- och omsorgsförvaltningen, telefon 0240-860 00',
        summary='En träffpunkt mot ofrivillig ensamhet för äldre i Fredriksberg.')


def p5():
    return projekt(
        P5, 'Tidiga insatser i förskolan', '2021-08-16',
        'Projektet gav förskolorna i Ludvika ett multikompetent team som kunde stödja barn med behov av särskilt stöd tidigt. Projektet är avslutat och arbetssättet ingår nu i förskolans centrala stödteam.',
        [('Bakgrund', ['Förskolorna upplevde att det tog för lång tid innan barn med tal- och språksvårigheter eller oro i utvecklingen fick stöd, och att stödet kom först i skolan.']),
         ('Så arbetade vi', ['Ett team med specialpedagog, logoped och psykolog besökte förskolorna regelbundet, handledde personalen och träffade föräldrarna. Teamet tog emot frågor från förskolorna utan remiss.']),
         ('Resultat', ['Under projektet fick 214 barn stöd av teamet. Väntetiden till logoped minskade från sju månader till sex veckor, och andelen elever i förskoleklass som behövde särskilt stöd i språket minskade från 18 till 12 procent.',
                       'Projektet är avslutat. Barn- och utbildningsnämnden beslutade i maj 2024 att behålla teamet inom förskolans ordinarie budget.'])],
        [('Projektägare', 'Barn- och utbildningsnämnden'),
         ('Samverkansparter', 'Barnhälsovården i Region Dalarna och socialnämnden'),
         ('Projektperiod', 'augusti 2021 – juni 2024'),
         ('Beviljade medel', '3 200 000 kronor ur den sociala investeringsfonden'),
         ('Målgrupp', 'Barn 1–5 år i kommunens förskolor'),
         ('Bemanning', 'En specialpedagog, en logoped och en psykolog'),
         ('Status', 'Avslutat')],
        'Förskolechef, barn- och utbildningsförvaltningen, telefon 0240-860 00',
        modified='2024-06-28',
        summary='Ett multikompetent team för barn i förskolan. Avslutat 2024.')


def uppf():
    rows = [('Familjelyftet Grängesberg', '2024–2026', '2 400 000 kr', 'Fler familjer söker stöd själva: 46 familjer under 2025 jämfört med 19 året innan.'),
            ('Unga in – Ludvika', '2025–2027', '1 800 000 kr', '38 deltagare, varav 14 har börjat arbeta eller studera.'),
            ('Trygga steg i Marnäs', '2025–2027', '1 950 000 kr', 'Startade i augusti 2025. Första mätningen av frånvaron görs i juni 2026.'),
            ('Tidiga insatser i förskolan', '2021–2024', '3 200 000 kr', 'Avslutat. Teamet ingår i förskolans ordinarie verksamhet.')]
    tr = ''.join(f'\n        <tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>' for a, b, c, d in rows)
    PROJECT_DATA[UPPF] = ('Uppföljning 2025: så har det gått för de sociala investeringarna', '2026-02-10',
                          'Kommunstyrelsens årliga uppföljning av fonden och de pågående projekten.')
    main = f'''<article class="hentry rapport">
  <header>
    <p class="kategori"><a href="{L(UPPF, LIST1)}">Projekt</a></p>
    <h1 class="entry-title">Uppföljning 2025: så har det gått för de sociala investeringarna</h1>
    <p class="ingress">Varje år följer kommunstyrelsen upp den sociala investeringsfonden och de projekt som har fått medel. Här är en sammanfattning av uppföljningen för 2025.</p>
  </header>
  <div class="entry-content">
    <h2>Fonden under 2025</h2>
    <p>Under året kom fyra ansökningar in och två beviljades. Fonden betalade ut 3,1 miljoner kronor. Vid årets slut fanns 5,6 miljoner kronor kvar att fördela.</p>
    <h2>Läget i projekten</h2>
    <table>
      <thead><tr><th scope="col">Projekt</th><th scope="col">Period</th><th scope="col">Beviljat</th><th scope="col">Läget december 2025</th></tr></thead>
      <tbody>{tr}
      </tbody>
    </table>
    <h2>Lärdomar</h2>
    <p>De projekt som har haft en mottagare i den ordinarie verksamheten från början har lättare att leva vidare. Kommunstyrelsen vill därför att varje ansökan ska ange vem som tar över arbetet när projektet är slut.</p>
    <p>Hela uppföljningen finns som bilaga till kommunstyrelsens protokoll 2026-02-03, § 21.</p>
  </div>
  {post_info('2026-02-10')}
</article>'''
    return page(UPPF, 'Uppföljning 2025: så har det gått för de sociala investeringarna', main, section=KOP,
                body_id='article',
                crumbs=[('Kommun och politik', KOP), ('Sociala investeringar', FOND), ('Projekt', LIST1),
                        ('Uppföljning 2025', UPPF)],
                extra_head=article_head('2026-02-10', 'Projekt'))


def lax():
    PROJECT_DATA[LAX] = ('Läxhjälpen i Grängesberg', '2023-08-21',
                         'Läxhjälp för elever i årskurs 4–9, måndag till torsdag på Grängesbergsskolan.')
    main = f'''<article class="hentry verksamhet">
  <header>
    <p class="kategori"><a href="{L(LAX, LIST1)}">Projekt</a></p>
    <h1 class="entry-title">Läxhjälpen i Grängesberg</h1>
    <p class="ingress">På Läxhjälpen kan du som går i årskurs 4–9 få hjälp med läxor och inför prov av lärare och studentmentorer. Det kostar ingenting och du behöver inte anmäla dig.</p>
  </header>
  <div class="entry-content">
    <h2>När och var?</h2>
    <p>Läxhjälpen är öppen måndag till torsdag klockan 14.30–16.30 i Grängesbergsskolans bibliotek. Under loven är den stängd.</p>
    <h2>Vem kan komma?</h2>
    <p>Alla elever i årskurs 4–9 i Grängesberg och Ludvika är välkomna. Det finns fika.</p>
    <aside class="fakta" aria-labelledby="fakta-rubrik">
      <h2 id="fakta-rubrik">Bra att veta</h2>
      <dl>
        <dt>Plats</dt><dd>Grängesbergsskolans bibliotek, Vikgatan 4</dd>
        <dt>Öppettider</dt><dd>Måndag–torsdag 14.30–16.30</dd>
        <dt>Kostnad</dt><dd>Kostnadsfritt</dd>
        <dt>Ansvarig</dt><dd>Barn- och utbildningsförvaltningen</dd>
      </dl>
    </aside>
    <h2>Från projekt till ordinarie verksamhet</h2>
    <p>Läxhjälpen startade hösten 2020 med pengar ur den sociala investeringsfonden. Sedan augusti 2023 är Läxhjälpen en del av skolans ordinarie verksamhet och betalas av barn- och utbildningsnämnden, tills vidare.</p>
  </div>
  {post_info('2023-08-21', '2025-08-11')}
</article>'''
    return page(LAX, 'Läxhjälpen i Grängesberg', main, section=KOP, body_id='article',
                crumbs=[('Kommun och politik', KOP), ('Sociala investeringar', FOND), ('Projekt', LIST1),
                        ('Läxhjälpen i Grängesberg', LAX)],
                extra_head=article_head('2023-08-21', 'Projekt', '2025-08-11'))


# ===================================================================================== the category list, paginated
LIST_ORDER = [UPPF, P4, P3, P2, P1, LAX, P5]      # newest first, by the articles' dates
PER_PAGE = 3
LIST_PAGES = [LIST1, LIST2, LIST3]


def listpage(n):
    path = LIST_PAGES[n]
    items = LIST_ORDER[n * PER_PAGE:(n + 1) * PER_PAGE]
    cards = ''
    for it in items:
        title, date, summary = PROJECT_DATA[it]
        cards += f'''
    <li class="kort">
      <article class="hentry">
        <h2 class="entry-title"><a href="{L(path, it)}" rel="bookmark">{esc(title)}</a></h2>
        <p class="summary">{esc(summary)}</p>
        <p class="post-info"><time datetime="{date}">{sv_date(date)}</time></p>
      </article>
    </li>'''
    first = n * PER_PAGE + 1
    last = first + len(items) - 1
    more = ''
    if n + 1 < len(LIST_PAGES):
        more = f'''
  <p class="visa-fler"><a class="knapp" href="{L(path, LIST_PAGES[n + 1])}" data-visa-fler="projektlista">Visa fler</a></p>'''
    back = '' if n == 0 else f'''
  <p class="till-borjan"><a href="{L(path, LIST1)}">Till början av listan</a></p>'''
    intro = ''
    if n == 0:
        intro = f'''
  <p class="ingress">Här är de projekt som har fått pengar ur Ludvika kommuns sociala investeringsfond, de senaste först. Läs mer om fonden på sidan <a href="{L(path, FOND)}">Sociala investeringar</a>.</p>
  <p class="visningsval"><a href="{L(path, LIST1)}?visa=alla" data-visa-alla="projektlista">Visa alla på en sida</a></p>'''
    head = '' if n == 0 else f'\n  <link rel="prev" href="{L(path, LIST_PAGES[n - 1])}">'
    if n + 1 < len(LIST_PAGES):
        head += f'\n  <link rel="next" href="{L(path, LIST_PAGES[n + 1])}">'
    title = 'Projekt som fått sociala investeringsmedel' + ('' if n == 0 else f' – sida {n + 1}')
    main = f'''<h1>Projekt som fått sociala investeringsmedel</h1>{intro}
  <ol class="kortlista" id="projektlista" start="{first}">{cards}
  </ol>
  <p class="antal">Visar {first}–{last} av {len(LIST_ORDER)}</p>{more}{back}'''
    return page(path, title, main, section=KOP, body_id='category',
                crumbs=[('Kommun och politik', KOP), ('Sociala investeringar', FOND), ('Projekt', LIST1)],
                desc='Projekt som har fått pengar ur Ludvika kommuns sociala investeringsfond.', extra_head=head)


# ================================================================================================== pages
def subnav(path):
    items = [('Sociala investeringar', FOND), ('Så söker ni medel', SOKA), ('Riktlinjer', RIKT),
             ('Projekt som fått medel', LIST1)]
    akt = ' class="aktiv"'
    li = ''.join(f'\n      <li{akt if p == path else ""}><a href="{L(path, p)}">{t}</a></li>' for t, p in items)
    return f'''<nav class="undermeny" aria-label="Sociala investeringar">
    <ul>{li}
    </ul>
  </nav>'''


def fond_page(path, title, inner, crumbs, desc=''):
    main = f'''<div class="tvakolumn">
  {subnav(path)}
  <article class="sida">
    <h1>{esc(title)}</h1>
{inner}
    <p class="uppdaterad">Sidan uppdaterades {sv_date('2026-02-12')}</p>
  </article>
</div>'''
    return page(path, title, main, section=KOP, crumbs=crumbs, desc=desc)


def fond():
    p = FOND
    inner = f'''    <p class="ingress">Ludvika kommun har en social investeringsfond. Pengarna går till förebyggande arbete som ska ge barn, unga och vuxna bättre förutsättningar och minska kostnaderna för samhället längre fram.</p>
    <h2>Vad är en social investering?</h2>
    <p>En social investering är en tidsbegränsad satsning som görs i dag för att förebygga problem som annars kostar både människor och kommunen mycket senare. Tanken är att satsningen ska betala tillbaka sig genom att behovet av till exempel placeringar, försörjningsstöd och särskilt stöd i skolan minskar.</p>
    <h2>Fonden i korthet</h2>
    <ul>
      <li>Kommunfullmäktige avsatte 20 miljoner kronor till fonden 2019.</li>
      <li>Nämnderna kan söka medel en gång om året.</li>
      <li>Hittills har sex ansökningar beviljats.</li>
    </ul>
    <h2>Så fördelas pengarna</h2>
    <p>Kommunstyrelsen beslutar om medel efter förslag från en beredningsgrupp med ekonomer och folkhälsostrateg. Varje projekt följs upp årligen och redovisas i <a href="{L(p, UPPF)}">uppföljningen</a>.</p>
    <h2>Projekt som fått medel</h2>
    <p>Bland projekten finns Familjelyftet i Grängesberg, Unga in och Seniorträffpunkten i Fredriksberg. Du hittar alla projekt i listan <a href="{L(p, LIST1)}">Projekt som fått sociala investeringsmedel</a>.</p>
    <h2>Kontakt</h2>
    <p>Folkhälsostrateg, kommunledningskontoret, telefon 0240-860 00.</p>'''
    return fond_page(p, 'Sociala investeringar', inner,
                     [('Kommun och politik', KOP), ('Sociala investeringar', FOND)],
                     desc='Ludvika kommuns sociala investeringsfond.')


def soka():
    p = SOKA
    inner = f'''    <p class="ingress">Här beskriver vi hur en nämnd eller förvaltning ansöker om pengar ur den sociala investeringsfonden.</p>
    <h2>Vem kan söka?</h2>
    <p>Kommunens nämnder och förvaltningar kan söka, gärna flera tillsammans. Föreningar och andra organisationer kan vara med som samverkansparter men kan inte söka själva.</p>
    <h2>Hur mycket kan vi söka?</h2>
    <p>Det finns ingen övre gräns, men en ansökan bör inte vara större än 3 miljoner kronor och inte längre än tre år.</p>
    <h2>När ska ansökan vara inne?</h2>
    <p>Ansökan ska vara inne senast den 30 april. Kommunstyrelsen beslutar i september.</p>
    <h2>Hur går ansökan till?</h2>
    <ol>
      <li>Kontakta folkhälsostrategen och berätta om er idé.</li>
      <li>Gör en socioekonomisk analys med stöd av kommunens ekonomer.</li>
      <li>Fyll i ansökningsblanketten och låt nämnden besluta om ansökan.</li>
      <li>Skicka ansökan och nämndens beslut till kommunstyrelsen.</li>
    </ol>
    <h2>Räkneexempel</h2>
    <p>Om en insats på 1 miljon kronor gör att ett barn inte behöver placeras i ett år sparar kommunen ungefär 1,2 miljoner kronor. Insatsen har då betalat sig.</p>
    <p>Läs också <a href="{L(p, RIKT)}">riktlinjerna för fonden</a>.</p>'''
    return fond_page(p, 'Så söker ni medel', inner,
                     [('Kommun och politik', KOP), ('Sociala investeringar', FOND), ('Så söker ni medel', SOKA)])


def rikt():
    p = RIKT
    inner = '''    <p class="ingress">Riktlinjerna beskriver hur den sociala investeringsfonden ska användas. De antogs av kommunfullmäktige den 25 november 2019, § 187, och reviderades den 19 juni 2023, § 94.</p>
    <h2>1. Syfte</h2>
    <p>Fonden ska ge möjlighet att pröva nya arbetssätt som förebygger utanförskap och ohälsa och som på sikt minskar kommunens kostnader.</p>
    <h2>2. Vem kan söka</h2>
    <p>Kommunens nämnder, ensamma eller tillsammans. Externa parter kan delta som samverkansparter.</p>
    <h2>3. Bedömning</h2>
    <p>Ansökan ska beskriva målgrupp, förväntade effekter, en socioekonomisk analys och en plan för hur arbetet tas över av den ordinarie verksamheten.</p>
    <h2>4. Uppföljning och återbetalning</h2>
    <p>Nämnden redovisar resultat varje år. Om projektet leder till minskade kostnader ska nämnden betala tillbaka hela eller delar av beloppet till fonden.</p>'''
    return fond_page(p, 'Riktlinjer för den sociala investeringsfonden', inner,
                     [('Kommun och politik', KOP), ('Sociala investeringar', FOND), ('Riktlinjer', RIKT)])


def kop():
    p = KOP
    items = [('Politik och beslut', '/kommun-och-politik/politik-och-beslut.html', 'Kommunfullmäktige, nämnder och protokoll.'),
             ('Ekonomi och budget', '/kommun-och-politik/ekonomi-och-budget.html', 'Budget, årsredovisning och skattesats.'),
             ('Sociala investeringar', FOND, 'Kommunens fond för förebyggande arbete.'),
             ('Jobba hos oss', JOBB, 'Lediga jobb i Ludvika kommun.')]
    li = ''.join(f'\n    <li><a href="{L(p, u)}">{t}</a><br>{d}</li>' for t, u, d in items)
    main = f'''<h1>Kommun och politik</h1>
  <p class="ingress">Så styrs Ludvika kommun, och så används skattepengarna.</p>
  <ul class="lankar">{li}
  </ul>'''
    return page(p, 'Kommun och politik', main, section=KOP, crumbs=[('Kommun och politik', KOP)])


def oms():
    p = OMS
    items = [('Stöd till barn och familj', BOF, 'Familjecentral, föräldrastöd och familjebehandling.'),
             ('Äldreomsorg', '/omsorg-och-stod/aldreomsorg.html', 'Hemtjänst, trygghetslarm och särskilt boende.'),
             ('Ekonomiskt bistånd', '/omsorg-och-stod/ekonomiskt-bistand.html', 'Försörjningsstöd och budgetrådgivning.')]
    li = ''.join(f'\n    <li><a href="{L(p, u)}">{t}</a><br>{d}</li>' for t, u, d in items)
    main = f'''<h1>Omsorg och stöd</h1>
  <p class="ingress">Stöd för barn, familjer, äldre och dig som behöver hjälp i vardagen.</p>
  <ul class="lankar">{li}
  </ul>'''
    return page(p, 'Omsorg och stöd', main, section=OMS, crumbs=[('Omsorg och stöd', OMS)])


def bof():
    p = BOF
    main = f'''<article class="sida">
  <h1>Stöd till barn och familj</h1>
  <p class="ingress">Behöver du som förälder stöd eller råd? Socialtjänsten erbjuder samtal, föräldragrupper och familjebehandling.</p>
  <h2>Familjecentralen</h2>
  <p>På familjecentralen i Ludvika finns barnavårdscentral, öppen förskola och socialtjänstens rådgivning på samma ställe. Du behöver inte boka tid.</p>
  <h2>Familjebehandling</h2>
  <p>Familjebehandlare kan hjälpa er när det är svårt hemma. Kontakta socialtjänsten för att få veta mer. Bor ni i Grängesberg kan ni också få stöd av Familjelyftet, en av kommunens sociala investeringar.</p>
  <p><a href="{L(p, OMS)}">Tillbaka till Omsorg och stöd</a></p>
</article>'''
    return page(p, 'Stöd till barn och familj', main, section=OMS,
                crumbs=[('Omsorg och stöd', OMS), ('Stöd till barn och familj', BOF)])


# ================================================================================================== news
NEWS = []     # (path, title, date, summary)


def news_page(path, title, date, inner, summary, kind='Nyhet'):
    NEWS.append((path, title, date, summary))
    main = f'''<article class="hentry nyhet">
  <header>
    <p class="kategori"><a href="{L(path, NYH)}">Nyheter</a> · {kind}</p>
    <h1 class="entry-title">{esc(title)}</h1>
  </header>
  <div class="entry-content">
{inner}
  </div>
  {post_info(date)}
</article>'''
    return page(path, title, main, body_id='article', crumbs=[('Nyheter', NYH), (title, path)], desc=summary,
                extra_head=article_head(date, 'Nyheter'))


def n_call():
    p = N_CALL
    inner = f'''    <p class="ingress">Nu är det dags för nämnderna att söka pengar ur den sociala investeringsfonden. I år finns 4 miljoner kronor att fördela och sista dag att söka är den 30 april 2026.</p>
    <p>Kommunstyrelsen vill särskilt se ansökningar som riktar sig till barn och unga i Grängesberg och Ludvika centrum och ansökningar där flera förvaltningar samverkar.</p>
    <p>Folkhälsostrategen håller en informationsträff för förvaltningarna den 24 mars. Läs mer på sidan <a href="{L(p, SOKA)}">Så söker ni medel</a>.</p>'''
    return news_page(p, 'Nu kan ni söka sociala investeringsmedel för 2026', '2026-03-02', inner,
                     'Sista dag att söka ur den sociala investeringsfonden är 30 april 2026.')


def n_event():
    p = N_EVENT
    inner = f'''    <p class="ingress">Välkommen till ett frukostseminarium om vad en social investering kan ge – för människor och för kommunens ekonomi.</p>
    <p>Forskaren Lena Holm från Högskolan Dalarna berättar om socioekonomisk analys, och medarbetare från Familjelyftet och Tidiga insatser i förskolan delar med sig av sina erfarenheter.</p>
    <h2>Praktisk information</h2>
    <dl class="evenemang">
      <dt>Datum</dt><dd>Torsdag 16 april 2026</dd>
      <dt>Tid</dt><dd>7.45–9.30, frukost från 7.30</dd>
      <dt>Plats</dt><dd>Folkets hus, Ludvika, lokal Bergslagen</dd>
      <dt>Kostnad</dt><dd>Kostnadsfritt</dd>
      <dt>Sista anmälningsdag</dt><dd>8 april 2026</dd>
      <dt>Anmälan</dt><dd><a href="mailto:folkhalsa@ludvika.se?subject=Frukostseminarium">folkhalsa@ludvika.se</a></dd>
      <dt>Arrangör</dt><dd>Kommunledningskontoret</dd>
    </dl>
    <p><a href="{L(p, ICS)}">Lägg till i din kalender</a> · <a href="webcal://{H}{ICS}">Prenumerera på kommunens kalender</a> · <a href="{L(p, CAL)}">Fler evenemang</a></p>'''
    return news_page(p, 'Frukostseminarium: Vad ger en social investering?', '2026-02-16', inner,
                     'Frukostseminarium om sociala investeringar 16 april 2026.', kind='Evenemang')


def n_brev():
    p = N_BREV
    inner = f'''    <p class="ingress">Här är webbversionen av kommunens nyhetsbrev för mars. Nyhetsbrevet skickas till alla som prenumererar.</p>
    <h2>Sociala investeringar</h2>
    <p>Vill din förvaltning pröva ett nytt förebyggande arbetssätt? Ansökningsomgången är öppen. Läs om <a href="{L(p, FOND)}{esc(UTM)}">den sociala investeringsfonden</a> och se <a href="{L(p, LIST1)}{esc(UTM)}">alla projekt som fått medel</a>.</p>
    <p>I januari startade <a href="{L(p, P4)}{esc(UTM)}">Seniorträffpunkten i Fredriksberg</a>, där äldre kan äta lunch tillsammans två dagar i veckan.</p>
    <p class="redaktor">Kommande: <a href="{L(p, DRAFT)}">Mentorskap för unga vuxna</a> (förhandsvisning för redaktörer).</p>
    <h2>Övrigt i mars</h2>
    <p>Ludvika bibliotek har nya öppettider och den nya förskolan i Fredriksberg tar emot de första barnen i augusti.</p>'''
    return news_page(p, 'Nyhetsbrev mars 2026', '2026-03-10', inner, 'Kommunens nyhetsbrev för mars 2026.',
                     kind='Nyhetsbrev')


def n_fsk():
    inner = '''    <p class="ingress">I augusti öppnar den nya förskolan Björkängen i Fredriksberg med plats för 60 barn.</p>
    <p>Förskolan har fyra avdelningar och en stor gård mot skogen. Ansökan om plats görs i e-tjänsten.</p>'''
    return news_page(N_FSK, 'Ny förskola i Fredriksberg', '2026-01-20', inner, 'Förskolan Björkängen öppnar i augusti.')


def n_bibl():
    inner = '''    <p class="ingress">Från den 1 februari har Ludvika bibliotek öppet längre på kvällarna.</p>
    <p>Måndag till torsdag har biblioteket öppet 10–20, fredag 10–17 och lördag 11–15.</p>'''
    return news_page(N_BIBL, 'Nya öppettider på Ludvika bibliotek', '2026-01-08', inner, 'Biblioteket har öppet längre.')


def nyheter():
    p = NYH
    items = sorted(NEWS, key=lambda x: x[2], reverse=True)
    li = ''.join(f'''
    <li class="kort">
      <article class="hentry">
        <h2 class="entry-title"><a href="{L(p, u)}" rel="bookmark">{esc(t)}</a></h2>
        <p class="summary">{esc(s)}</p>
        <p class="post-info"><time datetime="{d}">{sv_date(d)}</time></p>
      </article>
    </li>''' for u, t, d, s in items)
    main = f'''<h1>Nyheter</h1>
  <ol class="kortlista">{li}
  </ol>'''
    return page(p, 'Nyheter', main, body_id='category', crumbs=[('Nyheter', NYH)])


def draft():
    p = DRAFT
    main = f'''<p class="utkast-banner">Utkast – den här sidan är inte publicerad.</p>
<article class="hentry projekt">
  <header>
    <p class="kategori"><a href="{L(p, LIST1)}">Projekt</a></p>
    <h1 class="entry-title">Mentorskap för unga vuxna</h1>
    <p class="ingress">Mentorskap för unga vuxna är ett planerat projekt där unga 18–25 år med försörjningsstöd får en mentor från ett lokalt företag.</p>
  </header>
  <div class="entry-content">
    <p>Projektet ska pågå 1 september 2026 – 31 augusti 2028. Kommunstyrelsen har ännu inte beslutat om ansökan på 1 200 000 kronor.</p>
  </div>
</article>'''
    return page(p, 'Mentorskap för unga vuxna', main, body_id='article', extra_head='\n  <meta name="robots" content="noindex">')


def jobb():
    p = JOBB
    jobs = [('Processledare för sociala investeringar', JOB, 'Sista ansökningsdag 29 mars 2026'),
            ('Lärare i svenska som andraspråk', '/jobba-hos-oss/larare-i-svenska-som-andrasprak.html', 'Sista ansökningsdag 22 mars 2026'),
            ('Undersköterska, natt', '/jobba-hos-oss/underskoterska-natt.html', 'Sista ansökningsdag 4 april 2026')]
    li = ''.join(f'\n    <li><a href="{L(p, u)}">{t}</a> – {d}</li>' for t, u, d in jobs)
    main = f'''<h1>Jobba hos oss</h1>
  <p class="ingress">Ludvika kommun har omkring 2 300 medarbetare. Här är våra lediga jobb just nu.</p>
  <ul class="lankar">{li}
  </ul>'''
    return page(p, 'Jobba hos oss', main, crumbs=[('Jobba hos oss', JOBB)])


def job():
    p = JOB
    main = f'''<article class="sida annons">
  <h1>Processledare för sociala investeringar</h1>
  <p class="ingress">Kommunledningskontoret söker en processledare som ska stödja förvaltningarna i arbetet med den sociala investeringsfonden.</p>
  <h2>Arbetsuppgifter</h2>
  <p>Du hjälper förvaltningarna att ta fram ansökningar och socioekonomiska analyser, samordnar uppföljningen av projekten och sammanställer den årliga uppföljningen till kommunstyrelsen.</p>
  <h2>Kvalifikationer</h2>
  <p>Du har en akademisk examen inom samhällsvetenskap, ekonomi eller folkhälsa och erfarenhet av uppföljning och utvärdering.</p>
  <dl class="annonsfakta">
    <dt>Anställningsform</dt><dd>Tillsvidareanställning</dd>
    <dt>Omfattning</dt><dd>Heltid</dd>
    <dt>Tillträde</dt><dd>Enligt överenskommelse</dd>
    <dt>Sista ansökningsdag</dt><dd>29 mars 2026</dd>
    <dt>Kontakt</dt><dd>Kommunledningskontoret, telefon 0240-860 00</dd>
  </dl>
  <p><a href="https://ludvika.varbi.com/what:job/jobID:{700000 + 4321}/">Ansök via Varbi</a></p>
</article>'''
    return page(p, 'Processledare för sociala investeringar', main,
                crumbs=[('Jobba hos oss', JOBB), ('Processledare för sociala investeringar', JOB)])


def start():
    p = START
    news = sorted(NEWS, key=lambda x: x[2], reverse=True)[:4]
    nli = ''.join(f'\n      <li><a href="{L(p, u)}">{esc(t)}</a> <time datetime="{d}">{sv_date(d)}</time></li>' for u, t, d, _ in news)
    main = f'''<section class="hero">
    <h1>Välkommen till Ludvika kommun</h1>
    <p>Information och e-tjänster för dig som bor, arbetar eller driver företag i Ludvika kommun.</p>
  </section>
  <section class="genvagar">
    <h2>Genvägar</h2>
    <ul>
      <li><a href="{L(p, LIST1)}">Projekt som fått sociala investeringsmedel</a></li>
      <li><a href="{L(p, JOBB)}">Lediga jobb</a></li>
      <li><a href="{L(p, CAL)}">Evenemangskalender</a></li>
      <li><a href="{L(p, KONTAKT)}">Kontakta kommunen</a></li>
    </ul>
  </section>
  <section class="puffar">
    <div class="puff">
      <h2><a href="{L(p, FOND)}">Sociala investeringar</a></h2>
      <p>Kommunen satsar på förebyggande arbete för barn, unga, familjer och äldre.</p>
    </div>
    <div class="puff">
      <h2><a href="{L(p, OMS)}">Omsorg och stöd</a></h2>
      <p>Hjälp i vardagen för barn, familjer och äldre.</p>
    </div>
  </section>
  <section class="nyheter">
    <h2>Nyheter</h2>
    <ul>{nli}
    </ul>
    <p><a href="{L(p, NYH)}">Fler nyheter</a></p>
  </section>
  <section class="vanliga-sokningar">
    <h2>Vanliga sökningar</h2>
    <ul>
      <li><a href="{L(p, '/sok/')}?q=bygglov">Bygglov</a></li>
      <li><a href="{L(p, '/sok/')}?q=skolskjuts">Skolskjuts</a></li>
    </ul>
  </section>'''
    return page(p, 'Ludvika kommun', main, body_id='index', desc='Ludvika kommuns webbplats.')


def simple(path, title, inner, crumbs):
    return page(path, title, f'<article class="sida">\n  <h1>{esc(title)}</h1>\n{inner}\n</article>', crumbs=crumbs)


def robots():
    return '''# robots.txt för www.ludvika.se
User-agent: *
Disallow: /sok/
Disallow: /utkast/
Disallow: /kalender/
Disallow: /intranat/
Disallow: /*?
Crawl-delay: 3
'''


def build():
    write(H, '/robots.txt', robots())
    # articles first (the lists and the start page read their data)
    for path, fn in [(P1, p1), (P2, p2), (P3, p3), (P4, p4), (P5, p5), (UPPF, uppf), (LAX, lax)]:
        write(H, path, fn())
    for path, fn in [(N_CALL, n_call), (N_EVENT, n_event), (N_BREV, n_brev), (N_FSK, n_fsk), (N_BIBL, n_bibl)]:
        write(H, path, fn())
    for i, path in enumerate(LIST_PAGES):
        write(H, path, listpage(i))
    for path, fn in [(START, start), (KOP, kop), (FOND, fond), (SOKA, soka), (RIKT, rikt), (OMS, oms), (BOF, bof),
                     (NYH, nyheter), (JOBB, jobb), (JOB, job), (DRAFT, draft)]:
        write(H, path, fn())
    write(H, KONTAKT, simple(KONTAKT, 'Kontakta oss', '  <p>Kontaktcenter svarar vardagar 8–16.30 på telefon 0240-860 00. Du kan också mejla <a href="mailto:ludvika.kommun@ludvika.se">ludvika.kommun@ludvika.se</a>.</p>', [('Kontakta oss', KONTAKT)]))
    write(H, OMW, simple(OMW, 'Om webbplatsen', '  <p>Webbplatsen byggs med Pelican och uppdateras av kommunikationsenheten. Vi använder inga kakor för statistik.</p>\n  <h2>Tillgänglighet</h2>\n  <p>Vi strävar efter att uppfylla WCAG 2.1 nivå AA.</p>', [('Om webbplatsen', OMW)]))
