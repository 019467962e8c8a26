"""Region Jönköpings län (länskod 06; municipalities named: Vaggeryd 0665, Värnamo 0683, Tranås 0687, Gnosjö 0662,
Sävsjö 0684, Nässjö 0682), its site for public health and social sustainability folkhalsaochsjukvard.rjl.se (the main
host www.rjl.se was used in heldout_sites12; it is linked from the header, not saved) on ORCHARD CORE 1.8 (ASP.NET
Core; the theme 'RjlTheme' under /RjlTheme/…, shared resources under /OrchardCore.Resources/…, media under
/media/…, zones <div class="zone zone-content">, content items <article class="content-item content-item-<Type>"
data-content-item-id>, menu shapes 'menu menu-huvudmeny', Autoroute addresses without extension or trailing slash,
saved as <path>/index.html; root-relative links) – heldout_sites36.

THE FUND'S PAGES ARE ARTICLES IN A 'KUNSKAPSBANK'. Every article of the knowledge bank, whatever its type, has one
address shape: /kunskapsbank/artikel/<number>-<slug> (the Autoroute pattern '{{ Artikelnummer }}-{{ slug }}').
The types (shown as a label above the h1) are Projekt, Vägledning, Rapport, Metod och verktyg, Webbinarium,
Kunskapsöversikt, Goda exempel, Nyhet, Statistik and Strategi; five articles are projects, the others include the
fund's explainer, its how-to-apply, its call, its follow-up, a method guide with a made-up example, a webinar, a
research review and a standing service told as a 'good example'.

THE LIST /kunskapsbank shows the twelve newest articles; older ones are in /kunskapsbank/arkiv (by year). Its filters
are QUERY LINKS on the same address (the list page reads them; the replay serves the unfiltered list for all of them):
'Tema' (?tema=…, ALLOWED by robots.txt), 'Typ' (?typ=…), 'År' (?ar=…) and 'Sortera' (?sortera=…) (all three
FORBIDDEN), and any combination (an '&', forbidden). Every article repeats its labels as the same links: the type
label links ?typ=<type> (forbidden), the theme labels ?tema=<theme> (allowed). A 'Mest lästa' box on the start page
and the list links the articles through a CLICK COUNTER /kunskapsbank/klick?artikel=<number>&kalla=mest-lasta
(forbidden; it would answer with a redirect). Every article has 'Ladda ner som PDF' (<article>/pdf, forbidden) and
'Spara i min lista' (/min-lista/lagg-till?artikel=<number>, forbidden).

The sitemap /sitemap.xml (Orchard's Sitemaps module, declared in robots.txt) was set up for the content type 'Sida'
only: it lists the ordinary pages and no article.
"""
from make_common import write, esc, hexid

H = 'folkhalsaochsjukvard.rjl.se'
B = f'https://{H}'

START = '/'
FOLK = '/folkhalsa'
SOCH = '/social-hallbarhet'
KB = '/kunskapsbank'
ARKIV = '/kunskapsbank/arkiv'
OMOSS = '/om-oss'
KONTAKT = '/om-oss/kontakt'
KAKOR = '/om-webbplatsen/kakor'
TILLG = '/om-webbplatsen/tillganglighet'
STAT = '/statistik-och-analys'        # dead
ENG = '/in-english'                    # dead

MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
          'november', 'december']


def sv_date(iso):
    y, m, d = iso.split('-')
    return f'{int(d)} {MONTHS[int(m) - 1]} {y}'


THEMES = [('barn-och-unga', 'Barn och unga'), ('psykisk-halsa', 'Psykisk hälsa'), ('aldre', 'Äldre'),
          ('arbete-och-forsorjning', 'Arbete och försörjning'), ('sociala-investeringar', 'Sociala investeringar'),
          ('jamlik-halsa', 'Jämlik hälsa')]
THEME_NAME = dict(THEMES)
TYPES = [('projekt', 'Projekt'), ('vagledning', 'Vägledning'), ('rapport', 'Rapport'),
         ('metod-och-verktyg', 'Metod och verktyg'), ('webbinarium', 'Webbinarium'),
         ('kunskapsoversikt', 'Kunskapsöversikt'), ('goda-exempel', 'Goda exempel'), ('nyhet', 'Nyhet'),
         ('statistik', 'Statistik'), ('strategi', 'Strategi')]
TYPE_NAME = dict(TYPES)
TYPE_OF = {v: k for k, v in TYPES}


def art(num, slug):
    return f'/kunskapsbank/artikel/{num}-{slug}'


# ------------------------------------------------------------------------------------------------ the articles
B1 = art('1187', 'barnens-basta-i-vaggeryd')
B2 = art('1203', 'vagen-framat-unga-vuxna-i-varnamo')
B3 = art('1221', 'aktiv-senior-i-tranas')
B4 = art('1142', 'narvaro-gnosjo')
B5 = art('0987', 'tryggare-foraldraskap-i-savsjo')
N_FOND = art('1150', 'sociala-investeringsmedel-sa-fungerar-det')
N_SOKA = art('1151', 'sa-ansoker-ni-om-sociala-investeringsmedel')
N_CALL = art('1210', 'utlysning-sociala-investeringsmedel-2026')
N_UPPF = art('1226', 'uppfoljning-av-de-sociala-investeringsmedlen-2025')
N_METOD = art('1176', 'socioekonomisk-analys-steg-for-steg')
N_WEB = art('1229', 'webbinarium-sociala-investeringar-i-praktiken')
N_OVERS = art('1120', 'kunskapsoversikt-tidiga-insatser-for-barn-och-unga')
N_NASSJO = art('1199', 'barnhalsoteam-i-nassjo')
O_ENKAT = art('1212', 'folkhalsoenkaten-2024-resultat-for-lanet')
O_STRAT = art('1168', 'strategi-for-psykisk-halsa-och-suicidprevention')

PROJECTS = [B1, B2, B3, B4, B5]
NOT_PROJECTS = [N_FOND, N_SOKA, N_CALL, N_UPPF, N_METOD, N_WEB, N_OVERS, N_NASSJO]

ARTICLES = {}     # path -> dict(num, title, type, themes, date, summary)
ORDER = []


def num_of(path):
    return path.rsplit('/', 1)[1].split('-', 1)[0]


def meta(path, title, typ, themes, date, summary):
    ARTICLES[path] = dict(num=num_of(path), title=title, type=typ, themes=themes, date=date, summary=summary)
    ORDER.append(path)


meta(B1, 'Barnens bästa i Vaggeryd', 'Projekt', ['barn-och-unga', 'sociala-investeringar'], '2025-02-04',
     'Samordnat stöd för små barn och deras föräldrar i Skillingaryd och Vaggeryd.')
meta(B2, 'Vägen framåt – unga vuxna i Värnamo', 'Projekt', ['psykisk-halsa', 'arbete-och-forsorjning', 'sociala-investeringar'],
     '2025-05-12', 'Unga vuxna med psykisk ohälsa får stöd mot arbete eller studier.')
meta(B3, 'Aktiv senior i Tranås', 'Projekt', ['aldre', 'sociala-investeringar'], '2026-01-20',
     'Träning och gemenskap för äldre med hemtjänst i Tranås.')
meta(B4, 'Närvaro Gnosjö', 'Projekt', ['barn-och-unga', 'sociala-investeringar'], '2024-09-02',
     'Skola, socialtjänst och BUP tillsammans för elever med hög frånvaro.')
meta(B5, 'Tryggare föräldraskap i Sävsjö', 'Projekt', ['barn-och-unga', 'jamlik-halsa', 'sociala-investeringar'],
     '2022-02-14', 'Föräldrastöd på flera språk i Sävsjö. Avslutat 2024.')
meta(N_FOND, 'Sociala investeringsmedel – så fungerar det', 'Vägledning', ['sociala-investeringar'], '2024-10-01',
     'Regionens medel för sociala investeringar i länets kommuner.')
meta(N_SOKA, 'Så ansöker ni om sociala investeringsmedel', 'Vägledning', ['sociala-investeringar'], '2024-10-01',
     'Steg för steg: från idé till beslut.')
meta(N_CALL, 'Utlysning: sociala investeringsmedel 2026', 'Nyhet', ['sociala-investeringar'], '2025-11-17',
     'Kommunerna kan söka 5 miljoner kronor till och med 15 mars 2026.')
meta(N_UPPF, 'Uppföljning av de sociala investeringsmedlen 2025', 'Rapport', ['sociala-investeringar'], '2026-02-09',
     'Hur det går för projekten som fått regionens sociala investeringsmedel.')
meta(N_METOD, 'Socioekonomisk analys steg för steg', 'Metod och verktyg', ['sociala-investeringar'], '2025-03-18',
     'Så räknar ni på kostnader och vinster av en förebyggande insats.')
meta(N_WEB, 'Webbinarium: Sociala investeringar i praktiken', 'Webbinarium', ['sociala-investeringar'], '2026-02-16',
     'Ett webbinarium för kommuner som vill söka medel.')
meta(N_OVERS, 'Tidiga insatser för barn och unga – vad säger forskningen?', 'Kunskapsöversikt',
     ['barn-och-unga', 'psykisk-halsa'], '2024-06-10', 'En sammanställning av forskning om tidiga insatser.')
meta(N_NASSJO, 'Barnhälsoteam i Nässjö', 'Goda exempel', ['barn-och-unga', 'sociala-investeringar'], '2025-09-22',
     'Ett team för barns hälsa i förskola och skola – från social investering till ordinarie verksamhet.')
meta(O_ENKAT, 'Folkhälsoenkäten 2024 – resultat för länet', 'Statistik', ['jamlik-halsa'], '2025-12-01',
     'Resultat från folkhälsoenkäten Hälsa på lika villkor för Jönköpings län.')
meta(O_STRAT, 'Strategi för psykisk hälsa och suicidprevention 2025–2030', 'Strategi', ['psykisk-halsa'], '2025-01-27',
     'Länets gemensamma strategi för psykisk hälsa.')

NEWEST = sorted(ORDER, key=lambda p: ARTICLES[p]['date'], reverse=True)
LIST_COUNT = 12


# ------------------------------------------------------------------------------------------------ forbidden
def pdf(path):
    return path + '/pdf'


def spara(path):
    return f'/min-lista/lagg-till?artikel={num_of(path)}'


def klick(path):
    return f'/kunskapsbank/klick?artikel={num_of(path)}&kalla=mest-lasta'


MEST_LASTA = [N_FOND, N_SOKA, O_ENKAT, B1]
SEARCH = '/sok'
SEARCHES = ['/sok?q=folkh%C3%A4lsoenk%C3%A4t', '/sok?q=sociala+investeringar']
LOGIN = '/Login?ReturnUrl=%2F'
TYP_LINKS = [f'{KB}?typ={k}' for k, _ in TYPES]
AR_LINKS = [f'{KB}?ar={y}' for y in ('2026', '2025', '2024')]
SORT_LINK = f'{KB}?sortera=titel'
COMBO = f'{KB}?tema=sociala-investeringar&typ=projekt'
THEME_LINKS = [f'{KB}?tema={k}' for k, _ in THEMES]     # allowed: neither list


def forbidden():
    out = [SEARCH] + SEARCHES + [LOGIN] + TYP_LINKS + AR_LINKS + [SORT_LINK, COMBO]
    out += [klick(p) for p in MEST_LASTA]
    out += [pdf(p) for p in ORDER] + [spara(p) for p in ORDER]
    return out


# ================================================================================================= layout
MENU = [('Folkhälsa', FOLK), ('Social hållbarhet', SOCH), ('Kunskapsbank', KB), ('Statistik och analys', STAT),
        ('Om oss', OMOSS)]


def page(path, title, content, *, section=None, crumbs=(), ctype='Sida', desc='', extra_head=''):
    nav = ''.join(f'\n          <li class="menu-item nav-item{" active" if href == section else ""}"><a class="nav-link" href="{href}">{t}</a></li>'
                  for t, href in MENU)
    bc = ''
    if crumbs:
        items = ''.join(f'\n        <li class="breadcrumb-item"><a href="{p}">{esc(t)}</a></li>' for t, p in crumbs[:-1])
        bc = f'''
    <nav aria-label="Brödsmulor">
      <ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/">Start</a></li>{items}
        <li class="breadcrumb-item active" aria-current="page">{esc(crumbs[-1][0])}</li>
      </ol>
    </nav>'''
    head_title = 'Folkhälsa och sjukvård – Region Jönköpings län' if path == START else \
        f'{title} | Folkhälsa och sjukvård – Region Jönköpings län'
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{esc(head_title)}</title>
    <meta name="description" content="{esc(desc or title)}" />
    <link rel="canonical" href="{B}{'' if path == START else path}" />{extra_head}
    <link type="image/x-icon" rel="shortcut icon" href="/RjlTheme/images/favicon.ico" />
    <link href="/OrchardCore.Resources/Styles/bootstrap.min.css?v=CSMHkx6TnQ7Zpnq1U4S2wCb5wCfnLsuzUHrB7OtvlTg" rel="stylesheet" type="text/css" />
    <link href="/RjlTheme/css/site.min.css?v=4e6c1Xq9bS0pJ2n" rel="stylesheet" type="text/css" />
</head>
<body dir="ltr" class="content-item-{ctype.lower()}">
    <a class="visually-hidden-focusable" href="#innehall">Hoppa till innehållet</a>
    <header class="site-header">
      <div class="container d-flex align-items-center">
        <a class="site-logo" href="/"><img src="/media/logotyper/rjl-logo.svg" alt="Region Jönköpings län – Folkhälsa och sjukvård, till startsidan" width="220" height="48" /></a>
        <ul class="service-menu list-inline ms-auto">
          <li class="list-inline-item"><a href="https://www.rjl.se/">Till rjl.se</a></li>
          <li class="list-inline-item"><a href="{ENG}">In English</a></li>
          <li class="list-inline-item"><a href="{LOGIN}" rel="nofollow">Logga in</a></li>
        </ul>
        <form class="site-search" action="/sok" method="get" role="search">
          <label class="visually-hidden" for="q">Sök</label>
          <input class="form-control" type="search" id="q" name="q" placeholder="Sök på webbplatsen" />
          <button class="btn btn-primary" type="submit">Sök</button>
        </form>
      </div>
      <nav class="navbar navbar-expand-lg" aria-label="Huvudmeny">
        <div class="container">
        <ul class="menu menu-huvudmeny navbar-nav">{nav}
        </ul>
        </div>
      </nav>
    </header>
    <main id="innehall" class="container">{bc}
      <div class="zone zone-content">
{content}
      </div>
    </main>
    <footer class="site-footer">
      <div class="container">
        <div class="row">
          <div class="col-md-4">
            <h2>Region Jönköpings län</h2>
            <p>Box 1024, 551 11 Jönköping<br />Telefon: 010-241 00 00<br /><a href="mailto:regionen@rjl.se">regionen@rjl.se</a></p>
          </div>
          <div class="col-md-4">
            <h2>Om webbplatsen</h2>
            <ul class="list-unstyled">
              <li><a href="{KONTAKT}">Kontakta oss</a></li>
              <li><a href="{KAKOR}">Kakor</a></li>
              <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
            </ul>
          </div>
          <div class="col-md-4">
            <h2>Följ oss</h2>
            <ul class="list-unstyled">
              <li><a href="https://www.linkedin.com/company/region-jonkopings-lan/">LinkedIn</a></li>
              <li><a href="https://www.facebook.com/regionjonkopingslan">Facebook</a></li>
            </ul>
          </div>
        </div>
      </div>
    </footer>
    <script src="/OrchardCore.Resources/Scripts/bootstrap.bundle.min.js?v=9SEJ2Yk5gNc_AxLVL8LN3ZcRxRhvVxDB4ey5lfmd_Ss"></script>
    <script src="/RjlTheme/js/kunskapsbank.js?v=2"></script>
</body>
</html>
'''


def chips(path):
    a = ARTICLES[path]
    t = f'<li><a class="etikett etikett-typ" href="{KB}?typ={TYPE_OF[a["type"]]}">{a["type"]}</a></li>'
    t += ''.join(f'<li><a class="etikett" href="{KB}?tema={k}">{THEME_NAME[k]}</a></li>' for k in a['themes'])
    return f'<ul class="artikel-etiketter list-inline">{t}</ul>'


def article(path, lead, body, *, aside='', related=(), modified=None):
    a = ARTICLES[path]
    cid = hexid('rjl-' + path, 26)
    rel = ''
    if related:
        li = ''.join(f'\n              <li><a href="{p}">{esc(ARTICLES[p]["title"])}</a> <span class="text-muted">{ARTICLES[p]["type"]}</span></li>' for p in related)
        rel = f'''
          <section class="relaterat">
            <h2>Relaterat i kunskapsbanken</h2>
            <ul class="list-unstyled">{li}
            </ul>
          </section>'''
    mod = f' · Uppdaterad <time datetime="{modified}">{sv_date(modified)}</time>' if modified else ''
    share = f'https%3A%2F%2F{H}{path.replace("/", "%2F")}'
    content = f'''        <article class="content-item content-item-Artikel" data-content-item-id="{cid}" data-artikeltyp="{TYPE_OF[a['type']]}">
          <header class="artikel-huvud">
            {chips(path)}
            <h1>{esc(a['title'])}</h1>
            <p class="ingress lead">{lead}</p>
            <p class="artikel-meta">Publicerad <time datetime="{a['date']}">{sv_date(a['date'])}</time>{mod} · Artikelnummer {a['num']}</p>
          </header>
          <div class="row">
            <div class="col-lg-8 artikel-text">
{body}
            </div>
            <div class="col-lg-4">{aside}
              <div class="artikel-verktyg">
                <ul class="list-unstyled">
                  <li><a href="{pdf(path)}">Ladda ner som PDF</a></li>
                  <li><a href="{spara(path)}" rel="nofollow">Spara i min lista</a></li>
                  <li><a href="https://www.linkedin.com/sharing/share-offsite/?url={share}" rel="noopener">Dela på LinkedIn</a></li>
                </ul>
              </div>
            </div>
          </div>{rel}
        </article>'''
    return page(path, a['title'], content, section=KB, crumbs=[('Kunskapsbank', KB), (a['title'], path)],
                ctype='Artikel', desc=a['summary'])


def fakta(rows, title='Fakta om projektet'):
    li = ''.join(f'\n                  <tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f'''
              <aside class="faktaruta card">
                <div class="card-body">
                <h2 class="h5">{title}</h2>
                <table class="table table-sm">
                  <tbody>{li}
                  </tbody>
                </table>
                </div>
              </aside>'''


def secs(sections):
    out = ''
    for h, ps in sections:
        out += f'\n              <h2>{h}</h2>' + ''.join(f'\n              <p>{p}</p>' for p in ps)
    return out.lstrip('\n')


# ================================================================================================= projects
def b1():
    return article(B1,
        'Barnens bästa är ett projekt i Vaggeryds kommun som ska ge små barn och deras föräldrar samordnat stöd tidigt. Projektet har fått regionens sociala investeringsmedel.',
        secs([('Bakgrund', ['Barnhälsovården och förskolan i Skillingaryd och Vaggeryd möter allt fler barn med språkförsening och oro i utvecklingen, och många familjer har kontakt med flera verksamheter som inte pratar med varandra.']),
              ('Så arbetar projektet', ['En familjekoordinator och en förskolepedagog med inriktning på språk bildar ett team som träffar familjerna på barnavårdscentralen, i förskolan och hemma. Teamet samordnar kontakterna med socialtjänsten, logopeden och barnhälsovården.',
                                        'Föräldrarna erbjuds föräldraskapsstöd i grupp enligt programmet ABC, Alla barn i centrum.']),
              ('Förväntade effekter', ['Fler barn ska ha ett åldersadekvat språk vid fyra års ålder, och färre familjer ska behöva insatser från socialtjänsten när barnen börjar skolan.'])]),
        aside=fakta([('Projektägare', 'Vaggeryds kommun, socialtjänsten'),
                     ('Samverkansparter', 'Förskolan i Vaggeryds kommun, barnhälsovården och Skillingaryds vårdcentral (Region Jönköpings län)'),
                     ('Projektperiod', '1 januari 2025 – 31 december 2026'),
                     ('Beviljade medel', '1 400 000 kronor'),
                     ('Medfinansiering', '400 000 kronor från Vaggeryds kommun'),
                     ('Målgrupp', 'Barn 0–6 år och deras föräldrar i Skillingaryd och Vaggeryd'),
                     ('Status', 'Pågår')]),
        related=[N_FOND, N_OVERS], modified='2025-09-30')


def b2():
    return article(B2,
        'Vägen framåt är ett projekt för unga vuxna i Värnamo som har psykisk ohälsa och står långt från arbetsmarknaden. Värnamo kommun driver projektet med regionens sociala investeringsmedel.',
        secs([('Varför behövs projektet?', ['I Värnamo har antalet unga vuxna med aktivitetsersättning och försörjningsstöd på grund av psykisk ohälsa ökat. Många har varit utan sysselsättning i flera år och har svårt att ta sig till möten hos flera myndigheter.']),
              ('Så arbetar projektet', ['Deltagarna får en arbetsspecialist enligt metoden IPS, individuellt placering och stöd, och en kontaktperson i vuxenpsykiatrin som följer dem under hela tiden. Stödet fortsätter även när deltagaren har fått ett arbete.']),
              ('Mål', ['Minst 40 procent av deltagarna ska ha arbete eller studier efter ett år i projektet.'])]),
        aside=fakta([('Projektägare', 'Värnamo kommun, arbetsmarknadsenheten'),
                     ('Samverkansparter', 'Vuxenpsykiatrin i Region Jönköpings län och Arbetsförmedlingen'),
                     ('Projektperiod', '1 april 2025 – 31 mars 2027'),
                     ('Beviljade medel', '1 750 000 kronor'),
                     ('Målgrupp', 'Unga vuxna 18–29 år med psykisk ohälsa som varken arbetar eller studerar'),
                     ('Bemanning', 'Två arbetsspecialister'),
                     ('Status', 'Pågår')]),
        related=[N_FOND, O_STRAT])


def b3():
    return article(B3,
        'Aktiv senior är ett nystartat projekt i Tranås kommun. Äldre med hemtjänst erbjuds träning i grupp och gemenskap för att behålla sin rörlighet och minska risken för fall.',
        secs([('Bakgrund', ['Fallskador är den vanligaste orsaken till att äldre i Tranås skrivs in på sjukhus. Samtidigt berättar många som har hemtjänst att de sällan kommer ut och träffar andra.']),
              ('Så arbetar projektet', ['Fysioterapeuter från kommunen och vårdcentralen leder balansträning i grupp två gånger i veckan på tre träffpunkter. PRO och SPF Seniorerna ordnar fika och promenader efter träningen, och hemtjänsten hjälper deltagarna att ta sig dit.']),
              ('Uppföljning', ['Antalet fallskador och behovet av hemtjänst följs upp varje halvår tillsammans med regionens analysenhet.'])]),
        aside=fakta([('Projektägare', 'Tranås kommun, vård och omsorg'),
                     ('Samverkansparter', 'Tranås vårdcentral (Region Jönköpings län), PRO Tranås och SPF Seniorerna'),
                     ('Projektperiod', '1 januari 2026 – 31 december 2027'),
                     ('Beviljade medel', '900 000 kronor'),
                     ('Målgrupp', 'Personer 75 år och äldre som har hemtjänst'),
                     ('Status', 'Startade i januari 2026')]),
        related=[N_FOND, N_UPPF])


def b4():
    return article(B4,
        'Närvaro Gnosjö är ett projekt där skolan, socialtjänsten och barn- och ungdomspsykiatrin arbetar tillsammans med elever som har hög frånvaro från skolan.',
        secs([('Bakgrund', ['Läsåret 2023/24 hade 14 procent av eleverna i årskurs 7–9 i Gnosjö kommun mer än 20 procent frånvaro. Bakom frånvaron finns ofta psykisk ohälsa, konflikter hemma eller svårigheter i skolarbetet.']),
              ('Så arbetar projektet', ['Ett närvaroteam med en kurator, en socialsekreterare och en behandlare från BUP träffar eleven och familjen inom två veckor när frånvaron ökar. Teamet gör en gemensam plan och följer upp den varje månad.']),
              ('Läget', ['Projektet är inne på sitt sista läsår. Hittills har 31 elever fått stöd och frånvaron har minskat för 22 av dem.'])]),
        aside=fakta([('Projektägare', 'Gnosjö kommun, barn- och utbildningsförvaltningen'),
                     ('Samverkansparter', 'Socialtjänsten i Gnosjö kommun och barn- och ungdomspsykiatrin i Region Jönköpings län'),
                     ('Projektperiod', '1 augusti 2024 – 30 juni 2026'),
                     ('Beviljade medel', '1 200 000 kronor'),
                     ('Målgrupp', 'Elever i årskurs 7–9 med problematisk skolfrånvaro'),
                     ('Status', 'Pågår, sista läsåret')]),
        related=[N_OVERS, N_WEB], modified='2025-12-15')


def b5():
    return article(B5,
        'Tryggare föräldraskap var ett projekt i Sävsjö kommun som gav föräldrar stöd i grupp på arabiska, dari, somaliska och svenska. Projektet är avslutat.',
        secs([('Bakgrund', ['Många nyanlända föräldrar i Sävsjö hade frågor om barnuppfostran, skola och samhället men deltog sällan i kommunens föräldragrupper, som bara fanns på svenska.']),
              ('Så arbetade projektet', ['Projektet utbildade sex gruppledare med olika modersmål i programmet Föräldraskap i Sverige. Grupperna träffades tio gånger på kvällstid i Vuxenskolans lokaler, med barnpassning.']),
              ('Resultat', ['Under projekttiden deltog 164 föräldrar. Vid uppföljningen efter sex månader sa 87 procent att de kände sig tryggare i sin föräldraroll. Sedan januari 2025 ingår grupperna i socialtjänstens föräldraskapsstöd.'])]),
        aside=fakta([('Projektägare', 'Sävsjö kommun, individ- och familjeomsorgen'),
                     ('Samverkansparter', 'Sävsjö vårdcentral (Region Jönköpings län) och Studieförbundet Vuxenskolan'),
                     ('Projektperiod', 'januari 2022 – december 2024'),
                     ('Beviljade medel', '1 100 000 kronor'),
                     ('Målgrupp', 'Föräldrar till barn 3–12 år, särskilt nyanlända föräldrar'),
                     ('Status', 'Avslutat')]),
        related=[N_UPPF, N_FOND], modified='2025-03-04')


# ================================================================================================= not projects
def n_fond():
    body = secs([('Vad är sociala investeringsmedel?', ['Region Jönköpings län avsätter 5 miljoner kronor per år 2024–2027 till sociala investeringar. Medlen ska göra det möjligt för kommunerna och regionen att tillsammans pröva förebyggande arbetssätt som ger bättre hälsa och livsvillkor och som på sikt minskar kostnaderna för samhället.']),
                 ('Vem kan söka?', ['Länets 13 kommuner kan söka, ensamma eller tillsammans, och alltid i samverkan med någon av regionens verksamheter. Kommunen ska själv stå för minst en femtedel av kostnaden.']),
                 ('Hur fördelas medlen?', ['Regionala utvecklingsnämnden beslutar om medlen en gång om året efter förslag från en beredningsgrupp. Ansökningar bedöms utifrån behov, förväntade effekter, samverkan och plan för hur arbetet ska leva vidare.'])])
    body += f'''
              <h2>Beviljade projekt</h2>
              <ul>
                <li>Vaggeryd: <a href="{B1}">Barnens bästa i Vaggeryd</a> (2025–2026)</li>
                <li>Värnamo: <a href="{B2}">Vägen framåt – unga vuxna i Värnamo</a> (2025–2027)</li>
                <li>Tranås: <a href="{B3}">Aktiv senior i Tranås</a> (2026–2027)</li>
                <li>Gnosjö: <a href="{B4}">Närvaro Gnosjö</a> (2024–2026)</li>
              </ul>
              <p>Avslutade projekt och resultat finns i den årliga <a href="{N_UPPF}">uppföljningen</a>.</p>
              <p>Läs också <a href="{N_SOKA}">Så ansöker ni om sociala investeringsmedel</a> och <a href="{N_METOD}">Socioekonomisk analys steg för steg</a>.</p>'''
    aside = '''
              <aside class="kontaktruta card">
                <div class="card-body">
                <h2 class="h5">Kontakt</h2>
                <p>Folkhälsa och sjukvård, enheten för social hållbarhet<br /><a href="mailto:socialhallbarhet@rjl.se">socialhallbarhet@rjl.se</a></p>
                </div>
              </aside>'''
    return article(N_FOND, 'Här beskriver vi regionens medel för sociala investeringar: vad de är, vem som kan söka och vilka projekt som har fått medel.',
                   body, aside=aside, related=[N_SOKA, N_CALL, N_UPPF])


def n_soka():
    body = f'''              <h2>När kan vi söka?</h2>
              <p>Medlen utlyses en gång om året. Sista ansökningsdag 2026 är den 15 mars.</p>
              <h2>Hur går ansökan till?</h2>
              <ol>
                <li>Kontakta enheten för social hållbarhet och berätta om er idé.</li>
                <li>Ta fram en behovsanalys och en socioekonomisk analys. Regionens analytiker kan hjälpa till.</li>
                <li>Fyll i ansökningsformuläret och bifoga kommunens beslut om medfinansiering.</li>
                <li>Beredningsgruppen bedömer ansökan och regionala utvecklingsnämnden beslutar i maj.</li>
              </ol>
              <h2>Vad ska ansökan innehålla?</h2>
              <p>Målgrupp, mål och förväntade effekter, budget per år, vilka som samverkar och hur arbetet ska tas över av den ordinarie verksamheten.</p>
              <h2>Hur redovisar vi?</h2>
              <p>Projekten lämnar en lägesrapport varje år och en slutrapport senast tre månader efter att projektet har avslutats.</p>
              <p>Mer om medlen finns i <a href="{N_FOND}">Sociala investeringsmedel – så fungerar det</a>.</p>'''
    return article(N_SOKA, 'Så går det till att ansöka om regionens sociala investeringsmedel, steg för steg.', body,
                   related=[N_FOND, N_METOD, N_CALL])


def n_call():
    body = f'''              <p>Nu kan länets kommuner söka regionens sociala investeringsmedel för 2026. Det finns 5 000 000 kronor att fördela, och sista dag att söka är den 15 mars 2026.</p>
              <p>I år prioriteras ansökningar som riktar sig till barn och unga med psykisk ohälsa och ansökningar där flera kommuner samverkar.</p>
              <p>Den 24 februari håller vi ett <a href="{N_WEB}">webbinarium</a> för den som vill veta mer. Läs också <a href="{N_SOKA}">Så ansöker ni om sociala investeringsmedel</a>.</p>'''
    return article(N_CALL, 'Regionens sociala investeringsmedel för 2026 är utlysta. Kommunerna kan söka till och med den 15 mars.', body,
                   related=[N_SOKA, N_WEB])


def n_uppf():
    rows = [('Gnosjö', B4, 'Närvaro Gnosjö', '1 200 000 kr', 'Frånvaron har minskat för 22 av 31 elever.'),
            ('Vaggeryd', B1, 'Barnens bästa i Vaggeryd', '1 400 000 kr', '58 familjer har fått stöd av teamet.'),
            ('Värnamo', B2, 'Vägen framåt – unga vuxna i Värnamo', '1 750 000 kr', '12 av 27 deltagare har arbete eller studerar.'),
            ('Sävsjö', B5, 'Tryggare föräldraskap i Sävsjö', '1 100 000 kr', 'Avslutat 2024. Grupperna ingår nu i socialtjänstens föräldraskapsstöd.')]
    tr = ''.join(f'\n                  <tr><td>{k}</td><td><a href="{u}">{t}</a></td><td>{m}</td><td>{r}</td></tr>' for k, u, t, m, r in rows)
    body = f'''              <h2>Sammanfattning</h2>
              <p>Under 2025 hade fyra projekt regionens sociala investeringsmedel. Regionala utvecklingsnämnden beviljade ett nytt projekt, och ett projekt avslutades och blev ordinarie verksamhet.</p>
              <h2>Projekten i siffror</h2>
              <table class="table">
                <thead><tr><th scope="col">Kommun</th><th scope="col">Projekt</th><th scope="col">Beviljat</th><th scope="col">Resultat hittills</th></tr></thead>
                <tbody>{tr}
                </tbody>
              </table>
              <h2>Lärdomar</h2>
              <p>Projekt som har haft en gemensam styrgrupp med kommunen och regionen från början har haft lättare att nå målgruppen och att leva vidare efter projekttiden.</p>'''
    return article(N_UPPF, 'Rapporten följer upp de projekt som har fått regionens sociala investeringsmedel, och vad de har gett hittills.',
                   body, related=[N_FOND])


def n_metod():
    body = '''              <h2>Vad är en socioekonomisk analys?</h2>
              <p>En socioekonomisk analys jämför vad en förebyggande insats kostar med vad den kan spara för kommunen, regionen och staten om den lyckas.</p>
              <h2>Steg 1: Beskriv målgruppen</h2>
              <p>Hur många personer gäller det, och vad händer med dem om ingenting görs?</p>
              <h2>Steg 2: Räkna på kostnaderna för utanförskap</h2>
              <p>Använd schablonkostnader för till exempel försörjningsstöd, placeringar och vårdbesök.</p>
              <h2>Steg 3: Räkna på insatsens kostnad</h2>
              <p>Ta med personal, lokaler och utbildning för hela perioden.</p>
              <h2>Räkneexempel</h2>
              <p>Tänk dig en kommun som vill ge 20 familjer om året ett intensivt föräldrastöd som kostar 600 000 kronor per år. Om stödet gör att ett barn per år slipper placeras utanför hemmet sparar kommunen ungefär 1,1 miljoner kronor per år. Exemplet är påhittat.</p>
              <h2>Mall</h2>
              <p>Regionens analytiker har en kalkylmall i Excel. Kontakta enheten för social hållbarhet för att få den.</p>'''
    return article(N_METOD, 'En vägledning för er som ska räkna på kostnader och vinster av en förebyggande insats inför en ansökan.',
                   body, related=[N_SOKA, N_FOND])


def n_web():
    body = f'''              <p>Hur kan en kommun använda sociala investeringar för att förebygga psykisk ohälsa och utanförskap? Under webbinariet berättar två projekt om sina erfarenheter, och regionens analytiker visar hur en socioekonomisk analys går till.</p>
              <h2>Program</h2>
              <ul>
                <li>13.00 Inledning: regionens sociala investeringsmedel</li>
                <li>13.15 Erfarenheter från Närvaro Gnosjö</li>
                <li>13.45 Erfarenheter från Barnens bästa i Vaggeryd</li>
                <li>14.15 Så gör ni en socioekonomisk analys</li>
                <li>14.45 Frågor</li>
              </ul>
              <h2>Praktisk information</h2>
              <dl>
                <dt>Datum</dt><dd>Tisdag 24 februari 2026</dd>
                <dt>Tid</dt><dd>13.00–15.00</dd>
                <dt>Plats</dt><dd>Digitalt i Microsoft Teams</dd>
                <dt>Kostnad</dt><dd>Kostnadsfritt</dd>
                <dt>Sista anmälningsdag</dt><dd>20 februari 2026</dd>
                <dt>Anmälan</dt><dd><a href="https://forms.office.com/e/{hexid('rjl-web', 10)}">Anmälningsformulär</a></dd>
                <dt>Arrangör</dt><dd>Region Jönköpings län, enheten för social hållbarhet</dd>
              </dl>'''
    return article(N_WEB, 'Ett webbinarium för kommuner som funderar på att söka regionens sociala investeringsmedel.', body,
                   related=[N_CALL, N_METOD])


def n_overs():
    body = '''              <h2>Sammanfattning</h2>
              <p>Kunskapsöversikten sammanfattar forskning om tidiga insatser för barn och unga från 0 till 18 år: föräldraskapsstöd, språkfrämjande arbete i förskolan, insatser mot skolfrånvaro och tidigt stöd vid psykisk ohälsa.</p>
              <h2>Metod</h2>
              <p>Vi har gått igenom systematiska översikter publicerade 2015–2024 och rapporter från Socialstyrelsen och Folkhälsomyndigheten.</p>
              <h2>Resultat</h2>
              <p>Det starkaste stödet finns för föräldraskapsprogram i grupp och för samordnade insatser mellan skola och socialtjänst vid begynnande skolfrånvaro.</p>
              <h2>Slutsatser</h2>
              <p>Insatser bör sättas in tidigt, följas upp systematiskt och utformas tillsammans med barnen och familjerna.</p>'''
    return article(N_OVERS, 'Vad säger forskningen om tidiga insatser för barn och unga? En sammanställning för kommuner och regionens verksamheter.',
                   body, related=[B4, N_METOD])


def n_nassjo():
    body = '''              <h2>Så arbetar barnhälsoteamet</h2>
              <p>Barnhälsoteamet i Nässjö består av en psykolog, en logoped och en specialpedagog som finns på plats i förskolor och skolor. Personalen kan ta kontakt med teamet utan remiss, och föräldrar kan boka tid direkt.</p>
              <h2>Så kom det till</h2>
              <p>Barnhälsoteamet startade 2019 som en social investering med medel från regionen och Nässjö kommun. Sedan januari 2022 är teamet en del av Nässjö kommuns ordinarie verksamhet och finansieras av barn- och utbildningsnämnden och regionen gemensamt, tills vidare.</p>
              <h2>Kontakt</h2>
              <p>Barnhälsoteamet nås via Nässjö kommuns växel, 0380-51 80 00.</p>'''
    return article(N_NASSJO, 'I Nässjö finns ett barnhälsoteam som stöttar förskolor och skolor när barn behöver hjälp med språk, lärande eller psykisk hälsa.',
                   body, related=[N_OVERS, N_FOND])


def o_enkat():
    body = '''              <p>Folkhälsoenkäten Hälsa på lika villkor besvarades hösten 2024 av drygt 9 000 invånare i Jönköpings län mellan 16 och 84 år.</p>
              <h2>Några resultat</h2>
              <ul>
                <li>72 procent bedömer sin hälsa som bra eller mycket bra.</li>
                <li>18 procent av de unga kvinnorna 16–29 år har svår ängslan eller oro.</li>
                <li>Andelen som känner sig ensamma är högst bland personer över 75 år.</li>
              </ul>
              <p>Resultat per kommun finns under Statistik och analys.</p>'''
    return article(O_ENKAT, 'Resultat för Jönköpings län från folkhälsoenkäten Hälsa på lika villkor 2024.', body)


def o_strat():
    body = '''              <p>Strategin är gemensam för Region Jönköpings län och länets kommuner och gäller 2025–2030.</p>
              <h2>Fokusområden</h2>
              <ol>
                <li>Främja psykisk hälsa i hela befolkningen</li>
                <li>Tidigt stöd till barn och unga</li>
                <li>Samordnad vård och omsorg</li>
                <li>Suicidprevention</li>
              </ol>
              <p>Strategin följs upp med en handlingsplan varje år.</p>'''
    return article(O_STRAT, 'Länets gemensamma strategi för psykisk hälsa och suicidprevention 2025–2030.', body)


# ================================================================================================= pages
def card(p):
    a = ARTICLES[p]
    return f'''
          <li class="kb-kort col-md-6">
            <div class="card h-100"><div class="card-body">
              <p class="kb-typ">{a['type']}</p>
              <h3 class="h5"><a href="{p}">{esc(a['title'])}</a></h3>
              <p>{esc(a['summary'])}</p>
              <p class="text-muted"><time datetime="{a['date']}">{sv_date(a['date'])}</time></p>
            </div></div>
          </li>'''


def mest_lasta():
    li = ''.join(f'\n            <li><a href="{esc(klick(p))}">{esc(ARTICLES[p]["title"])}</a></li>' for p in MEST_LASTA)
    return f'''
        <section class="mest-lasta">
          <h2 class="h5">Mest lästa</h2>
          <ol>{li}
          </ol>
        </section>'''


def filters():
    th = ''.join(f'\n            <li><a href="{KB}?tema={k}">{n}</a></li>' for k, n in THEMES)
    ty = ''.join(f'\n            <li><a href="{KB}?typ={k}">{n}</a></li>' for k, n in TYPES)
    yr = ''.join(f'\n            <li><a href="{u}">{u.rsplit("=", 1)[1]}</a></li>' for u in AR_LINKS)
    return f'''
        <aside class="kb-filter" aria-label="Filtrera kunskapsbanken">
          <h2 class="h5">Tema</h2>
          <ul class="list-unstyled">{th}
          </ul>
          <h2 class="h5">Typ</h2>
          <ul class="list-unstyled">{ty}
          </ul>
          <h2 class="h5">År</h2>
          <ul class="list-unstyled">{yr}
          </ul>
          <p><a href="{KB}">Rensa filter</a></p>
        </aside>'''


def kb():
    cards = ''.join(card(p) for p in NEWEST[:LIST_COUNT])
    content = f'''        <div class="row">
        <div class="col-lg-3">{filters()}{mest_lasta()}
        </div>
        <div class="col-lg-9">
        <h1>Kunskapsbank</h1>
        <p class="lead">Rapporter, vägledningar, metoder och projekt om folkhälsa och social hållbarhet i Jönköpings län.</p>
        <form class="kb-sok" action="{KB}" method="get">
          <label for="kb-tema">Tema</label>
          <select id="kb-tema" name="tema"><option value="">Alla teman</option>{''.join(f'<option value="{k}">{n}</option>' for k, n in THEMES)}</select>
          <label for="kb-typ">Typ</label>
          <select id="kb-typ" name="typ"><option value="">Alla typer</option>{''.join(f'<option value="{k}">{n}</option>' for k, n in TYPES)}</select>
          <button class="btn btn-secondary" type="submit">Filtrera</button>
        </form>
        <p class="kb-sortering">Sortera: <strong>Senaste</strong> | <a href="{SORT_LINK}">A–Ö</a></p>
        <p class="kb-antal">Visar de {LIST_COUNT} senaste av {len(ORDER)} artiklar.</p>
        <ul class="kb-lista row list-unstyled">{cards}
        </ul>
        <p><a href="{ARKIV}">Äldre artiklar finns i arkivet</a></p>
        </div>
        </div>'''
    return page(KB, 'Kunskapsbank', content, section=KB, crumbs=[('Kunskapsbank', KB)],
                desc='Kunskapsbank om folkhälsa och social hållbarhet i Jönköpings län.')


def arkiv():
    years = {}
    for p in sorted(ORDER, key=lambda p: ARTICLES[p]['date'], reverse=True):
        years.setdefault(ARTICLES[p]['date'][:4], []).append(p)
    out = ''
    for y, ps in years.items():
        li = ''.join(f'\n          <li><a href="{p}">{esc(ARTICLES[p]["title"])}</a> <span class="text-muted">{ARTICLES[p]["type"]}, {sv_date(ARTICLES[p]["date"])}</span></li>' for p in ps)
        out += f'\n        <h2>{y}</h2>\n        <ul>{li}\n        </ul>'
    content = f'''        <h1>Arkiv</h1>
        <p class="lead">Alla artiklar i kunskapsbanken, efter år.</p>{out}
        <p><a href="{KB}">Tillbaka till kunskapsbanken</a></p>'''
    return page(ARKIV, 'Arkiv', content, section=KB, crumbs=[('Kunskapsbank', KB), ('Arkiv', ARKIV)])


def start():
    cards = ''.join(card(p) for p in NEWEST[:4])
    content = f'''        <section class="hero">
          <h1>Folkhälsa och sjukvård</h1>
          <p class="lead">Kunskap, statistik och stöd för arbetet med folkhälsa och social hållbarhet i Jönköpings län.</p>
        </section>
        <div class="row">
        <div class="col-lg-8">
        <h2>Nytt i kunskapsbanken</h2>
        <ul class="kb-lista row list-unstyled">{cards}
        </ul>
        <p><a href="{KB}">Till kunskapsbanken</a></p>
        </div>
        <div class="col-lg-4">{mest_lasta()}
        <section class="populart">
          <h2 class="h5">Populära sökningar</h2>
          <ul>
            <li><a href="{SEARCHES[0]}">Folkhälsoenkät</a></li>
            <li><a href="{SEARCHES[1]}">Sociala investeringar</a></li>
          </ul>
        </section>
        </div>
        </div>
        <section class="teman">
          <h2>Teman</h2>
          <ul class="list-inline">{''.join(f'<li class="list-inline-item"><a href="{KB}?tema={k}">{n}</a></li>' for k, n in THEMES)}</ul>
        </section>'''
    return page(START, 'Folkhälsa och sjukvård', content, desc='Folkhälsa och social hållbarhet i Jönköpings län.')


def soch():
    content = f'''        <h1>Social hållbarhet</h1>
        <p class="lead">Region Jönköpings län arbetar tillsammans med länets kommuner för jämlika livsvillkor och god hälsa för alla.</p>
        <h2>Sociala investeringar</h2>
        <p>Regionen har medel för sociala investeringar som kommunerna kan söka tillsammans med regionens verksamheter. Allt om medlen finns i kunskapsbanken:</p>
        <ul>
          <li><a href="{N_FOND}">Sociala investeringsmedel – så fungerar det</a></li>
          <li><a href="{N_SOKA}">Så ansöker ni om sociala investeringsmedel</a></li>
          <li><a href="{KB}?tema=sociala-investeringar">Alla artiklar om sociala investeringar</a></li>
          <li><a href="{esc(COMBO)}">Alla projekt som fått sociala investeringsmedel</a></li>
        </ul>
        <h2>Jämlik hälsa</h2>
        <p>Hälsan är ojämlikt fördelad i länet. Regionen följer utvecklingen med folkhälsoenkäten och stöttar kommunernas arbete med analyser.</p>'''
    return page(SOCH, 'Social hållbarhet', content, section=SOCH, crumbs=[('Social hållbarhet', SOCH)])


def folk():
    content = f'''        <h1>Folkhälsa</h1>
        <p class="lead">Folkhälsoarbetet i Region Jönköpings län handlar om att skapa förutsättningar för en god och jämlik hälsa.</p>
        <h2>Kunskap och statistik</h2>
        <ul>
          <li><a href="{O_ENKAT}">Folkhälsoenkäten 2024 – resultat för länet</a></li>
          <li><a href="{O_STRAT}">Strategi för psykisk hälsa och suicidprevention 2025–2030</a></li>
          <li><a href="{KB}?tema=psykisk-halsa">Mer om psykisk hälsa i kunskapsbanken</a></li>
        </ul>'''
    return page(FOLK, 'Folkhälsa', content, section=FOLK, crumbs=[('Folkhälsa', FOLK)])


def simple(path, title, text, crumbs, section=None):
    return page(path, title, f'        <h1>{esc(title)}</h1>\n{text}', section=section, crumbs=crumbs)


def robots():
    return f'''User-agent: *
Disallow: /Admin
Disallow: /Login
Disallow: /api/
Disallow: /sok
Disallow: /min-lista/
Disallow: /kunskapsbank/klick
Disallow: /*/pdf$
Disallow: /*?*typ=
Disallow: /*?*ar=
Disallow: /*?*sortera=
Disallow: /*&
Crawl-delay: 2

Sitemap: {B}/sitemap.xml
'''


def sitemap():
    rows = [(START, '2026-02-16'), (FOLK, '2025-12-01'), (SOCH, '2025-11-17'), (KB, '2026-02-16'),
            (ARKIV, '2026-02-16'), (OMOSS, '2025-06-02'), (KONTAKT, '2025-06-02'), (KAKOR, '2024-10-01'),
            (TILLG, '2025-03-10')]
    out = ''.join(f'  <url>\n    <loc>{B}{"/" if p == START else p}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n' for p, d in rows)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + out + '</urlset>\n')


def build():
    write(H, '/robots.txt', robots())
    write(H, '/sitemap.xml', sitemap())
    for path, fn in [(B1, b1), (B2, b2), (B3, b3), (B4, b4), (B5, b5), (N_FOND, n_fond), (N_SOKA, n_soka),
                     (N_CALL, n_call), (N_UPPF, n_uppf), (N_METOD, n_metod), (N_WEB, n_web), (N_OVERS, n_overs),
                     (N_NASSJO, n_nassjo), (O_ENKAT, o_enkat), (O_STRAT, o_strat)]:
        write(H, path, fn())
    for path, fn in [(START, start), (KB, kb), (ARKIV, arkiv), (SOCH, soch), (FOLK, folk)]:
        write(H, path, fn())
    write(H, OMOSS, simple(OMOSS, 'Om oss', f'        <p>Folkhälsa och sjukvård är Region Jönköpings läns avdelning för folkhälsa, analys och social hållbarhet. Vi arbetar med kommunerna, civilsamhället och regionens egna verksamheter.</p>\n        <p><a href="{KONTAKT}">Kontakta oss</a></p>', [('Om oss', OMOSS)], OMOSS))
    write(H, KONTAKT, simple(KONTAKT, 'Kontakta oss', '        <p>Enheten för social hållbarhet: <a href="mailto:socialhallbarhet@rjl.se">socialhallbarhet@rjl.se</a>, telefon 010-241 00 00.</p>', [('Om oss', OMOSS), ('Kontakta oss', KONTAKT)], OMOSS))
    write(H, KAKOR, simple(KAKOR, 'Kakor', '        <p>Webbplatsen använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>', [('Kakor', KAKOR)]))
    write(H, TILLG, simple(TILLG, 'Tillgänglighetsredogörelse', '        <p>Region Jönköpings län står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>', [('Tillgänglighetsredogörelse', TILLG)]))
