"""Hässleholms kommun (1293, about 53 000 inhabitants) on Pimcore 11 – generator for heldout_sites23.

Pimcore document tree with Twig templates and area bricks (pimcore_area_<brick> pimcore_area_content wrappers), the site
configured to write every document link with a trailing slash (saved as <path>/index.html). The social-investment fund,
"Framtidsfonden", sits three levels down: Omsorg och stöd › Barn och familj › Förebyggande arbete › Framtidsfonden, and
its granted efforts are documents named by their Swedish titles only (no "projekt" or "social investering" in any URL).
Assets are under /cache-buster-<ts>/static/ and /Bilder/ (thumbnails), documents under /Dokument/ (not saved).
"""
from make_common import write, hexid, numid, esc

H = 'www.hassleholm.se'

BU = '/barn-och-utbildning/'
GS = BU + 'grundskola/'
EH = GS + 'elevhalsa/'
H2 = EH + 'varje-dag-raknas/'                                   # project: only from a news item
OS = '/omsorg-och-stod/'
BOF = OS + 'barn-och-familj/'
FA = BOF + 'forebyggande-arbete/'
FC = FA + 'familjecentralen-ljungdala/'                         # standing service (began with fund money); Relaterat -> H3
FS = FA + 'foraldraskapsstod/'                                  # standing service with courses
FG = FA + 'faltgruppen/'                                        # standing service, no fund
H3 = FA + 'utokade-hembesok/'                                   # project: only from the Relaterat box on FC
FUND = FA + 'framtidsfonden/'
SOK = FUND + 'sa-soker-ni-medel/'
RIKT = FUND + 'riktlinjer/'
LIST = FUND + 'beviljade-insatser/'
H1 = LIST + 'familjeteam-i-forskolan/'
H5 = LIST + 'ung-och-trygg-i-vinslov/'
UPP = FUND + 'uppfoljning-2024/'
KF = '/kultur-och-fritid/'
FGD = KF + 'fritidsgardar/'
H4 = FGD + 'fritid-for-alla-i-tyringe/'                         # finished project: only from the report's table
EVS = KF + 'evenemang/'
EV = EVS + 'forelasning-tidiga-insatser-lonar-sig/'
KP = '/kommun-och-politik/'
JOBS = KP + 'jobba-hos-oss/'
JOB = JOBS + 'samordnare-for-sociala-investeringar/'
NYH = '/nyheter/'
KONTAKT = '/kontakta-oss/'
KAKOR = '/om-webbplatsen/kakor/'
TILLG = '/om-webbplatsen/tillganglighetsredogorelse/'

SEARCH = '/sok/'
CAL = '/kalender/'
PRINT = '?print=1'
EDITMODE = '?pimcore_editmode=true'
CB = '/cache-buster-1730792214'

N1 = '/nyheter/2025/fler-elever-i-bjarnum-och-hastveda-kommer-till-skolan/'
N2 = '/nyheter/2025/nu-kan-forvaltningarna-soka-pengar-ur-framtidsfonden/'
N3 = '/nyheter/2025/ny-belysning-i-hembygdsparken/'
N4 = '/nyheter/2025/skolskjutskort-delas-ut-vecka-34/'
N5 = '/nyheter/2024/julmarknad-pa-stortorget/'

MENU = [
    ('Barn och utbildning', BU, [('Förskola', BU + 'forskola/'), ('Grundskola', GS), ('Gymnasium', BU + 'gymnasium/'),
                                 ('Vuxenutbildning', BU + 'vuxenutbildning/')]),
    ('Omsorg och stöd', OS, [('Barn och familj', BOF), ('Äldreomsorg', OS + 'aldreomsorg/'),
                             ('Funktionsnedsättning', OS + 'funktionsnedsattning/'),
                             ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/')]),
    ('Kultur och fritid', KF, [('Fritidsgårdar', FGD), ('Bibliotek', KF + 'bibliotek/'), ('Evenemang', EVS)]),
    ('Bygga, bo och miljö', '/bygga-bo-och-miljo/', [('Bygglov', '/bygga-bo-och-miljo/bygglov/'),
                                                    ('Vatten och avlopp', '/bygga-bo-och-miljo/vatten-och-avlopp/')]),
    ('Näringsliv och arbete', '/naringsliv-och-arbete/', [('Starta företag', '/naringsliv-och-arbete/starta-foretag/')]),
    ('Kommun och politik', KP, [('Politik och demokrati', KP + 'politik-och-demokrati/'), ('Ekonomi', KP + 'ekonomi/'),
                                ('Jobba hos oss', JOBS)]),
]

# the section tree shown in the left sub-navigation (documents excluded from the navigation are not in it: H3)
TREE = {
    OS: [('Barn och familj', BOF), ('Äldreomsorg', OS + 'aldreomsorg/'), ('Funktionsnedsättning', OS + 'funktionsnedsattning/'),
         ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/')],
    BOF: [('Förebyggande arbete', FA), ('Familjerådgivning', BOF + 'familjeradgivning/'),
          ('Stöd till barn och unga', BOF + 'stod-till-barn-och-unga/'), ('Familjehem', BOF + 'familjehem/'),
          ('Våld i nära relationer', BOF + 'vald-i-nara-relationer/')],
    FA: [('Familjecentralen Ljungdala', FC), ('Föräldraskapsstöd', FS), ('Fältgruppen', FG), ('Framtidsfonden', FUND)],
    FUND: [('Så söker ni medel', SOK), ('Riktlinjer', RIKT), ('Beviljade insatser', LIST), ('Uppföljning 2024', UPP)],
    LIST: [('Familjeteam i förskolan', H1), ('Ung och trygg i Vinslöv', H5)],
    BU: [('Förskola', BU + 'forskola/'), ('Grundskola', GS), ('Gymnasium', BU + 'gymnasium/'), ('Vuxenutbildning', BU + 'vuxenutbildning/')],
    GS: [('Skolval', GS + 'skolval/'), ('Skolskjuts', GS + 'skolskjuts/'), ('Elevhälsa', EH), ('Skolmat', GS + 'skolmat/')],
    EH: [],
    KF: [('Fritidsgårdar', FGD), ('Bibliotek', KF + 'bibliotek/'), ('Evenemang', EVS)],
    FGD: [],
    EVS: [],
    KP: [('Politik och demokrati', KP + 'politik-och-demokrati/'), ('Ekonomi', KP + 'ekonomi/'), ('Jobba hos oss', JOBS)],
    JOBS: [],
}
ROOTS = {OS: 'Omsorg och stöd', BU: 'Barn och utbildning', KF: 'Kultur och fritid', KP: 'Kommun och politik'}


def docid(path):
    return numid('hlm' + path, 120, 2400)


def header(active_root):
    lis = []
    for name, href, subs in MENU:
        act = ' main-nav__item--active' if href == active_root else ''
        sub = ''.join(f'<li class="main-nav__subitem"><a href="{h}">{n}</a></li>' for n, h in subs)
        lis.append(f'''<li class="main-nav__item has-children{act}">
        <a class="main-nav__link" href="{href}"{' aria-current="true"' if act else ''}>{name}</a>
        <button class="main-nav__toggle" type="button" aria-expanded="false" aria-controls="sub-{hexid(href, 6)}"><span class="visually-hidden">Visa undermeny för {name}</span></button>
        <ul class="main-nav__sub" id="sub-{hexid(href, 6)}" hidden>{sub}</ul>
      </li>''')
    return f'''<header class="site-header">
  <div class="site-header__top container">
    <a class="site-header__logo" href="/"><img src="{CB}/static/images/hassleholm-logo.svg" alt="Hässleholms kommun, till startsidan" width="210" height="52"></a>
    <ul class="site-header__tools">
      <li><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=10322&amp;lang=sv_se&amp;readid=main&amp;url=" rel="nofollow" class="rs-link">Lyssna</a></li>
      <li><a href="/lattlast/">Lättläst</a></li>
      <li><a href="/other-languages/" lang="en">Other languages</a></li>
      <li><a href="{KONTAKT}">Kontakta oss</a></li>
    </ul>
    <form class="site-search" action="{SEARCH}" method="get" role="search">
      <label for="site-search-q" class="visually-hidden">Sök på hassleholm.se</label>
      <input type="search" id="site-search-q" name="q" placeholder="Vad letar du efter?" data-suggest="/api/sok/forslag">
      <button type="submit" class="btn btn--search">Sök</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Huvudmeny">
    <div class="container">
      <ul class="main-nav__list">
      {''.join(lis)}
      </ul>
    </div>
  </nav>
</header>'''


def footer():
    return f'''<footer class="site-footer">
  <div class="container site-footer__grid">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Hässleholms kommun</h2>
      <p>281 80 Hässleholm<br>Besöksadress: Stadshuset, Nytorget 1<br>Telefon: 0451-26 70 00<br><a href="mailto:kommunen@hassleholm.se">kommunen@hassleholm.se</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Snabblänkar</h2>
      <ul>
        <li><a href="{NYH}">Nyheter</a></li>
        <li><a href="{EVS}">Evenemang</a></li>
        <li><a href="{JOBS}">Lediga jobb</a></li>
        <li><a href="/e-tjanster/">E-tjänster</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Om webbplatsen</h2>
      <ul>
        <li><a href="{KAKOR}">Kakor</a></li>
        <li><a href="{TILLG}">Tillgänglighetsredogörelse</a></li>
        <li><a href="/om-webbplatsen/personuppgifter/">Personuppgifter</a></li>
        <li><a href="/admin/" rel="nofollow">Logga in (redaktörer)</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Följ oss</h2>
      <ul class="site-footer__social">
        <li><a href="https://www.facebook.com/hassleholmskommun">Facebook</a></li>
        <li><a href="https://www.instagram.com/hassleholmskommun/">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/hassleholms-kommun/">LinkedIn</a></li>
      </ul>
    </div>
  </div>
</footer>'''


def cookie():
    return f'''<div class="cookie-consent" id="cookie-consent" role="dialog" aria-label="Kakor" hidden>
  <p>Vi använder kakor för att webbplatsen ska fungera och för att förstå hur den används. <a href="{KAKOR}">Läs mer om kakor</a></p>
  <button type="button" class="btn btn--primary" data-consent="all">Godkänn alla</button>
  <button type="button" class="btn" data-consent="necessary">Bara nödvändiga</button>
</div>'''


def crumbs(trail):
    lis = '<li class="breadcrumb__item"><a href="/">Start</a></li>'
    for name, href in trail[:-1]:
        lis += f'<li class="breadcrumb__item"><a href="{href}">{name}</a></li>'
    lis += f'<li class="breadcrumb__item" aria-current="page">{trail[-1][0]}</li>'
    return f'<nav class="breadcrumb container" aria-label="Du är här"><ol class="breadcrumb__list">{lis}</ol></nav>'


def subnav(path, trail):
    """Pimcore navigation: the section root, then the open branch along the trail."""
    root = trail[0][1]
    if root not in TREE:
        return ''
    open_paths = [h for _, h in trail]

    def level(parent):
        out = ''
        for name, href in TREE.get(parent, []):
            cur = ' aria-current="page"' if href == path else ''
            cls = 'subnav__item' + (' subnav__item--active' if href in open_paths else '')
            kids = ''
            if href in open_paths and TREE.get(href):
                kids = f'<ul class="subnav__list subnav__list--level">{level(href)}</ul>'
            out += f'<li class="{cls}"><a href="{href}"{cur}>{name}</a>{kids}</li>'
        return out
    return f'''<aside class="page-layout__aside">
  <nav class="subnav" aria-label="Undermeny {ROOTS[root]}">
    <p class="subnav__root"><a href="{root}"{' aria-current="page"' if root == path else ''}>{ROOTS[root]}</a></p>
    <ul class="subnav__list">{level(root)}</ul>
  </nav>
</aside>'''


def wysiwyg(inner):
    return f'''<div class="pimcore_area_wysiwyg pimcore_area_content">
<div class="brick brick--wysiwyg">
{inner}
</div>
</div>'''


def factbox(heading, rows):
    dl = ''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows)
    return f'''<div class="pimcore_area_fact-box pimcore_area_content">
<div class="brick brick--factbox">
  <h2 class="factbox__heading">{heading}</h2>
  <dl class="factbox__list">{dl}</dl>
</div>
</div>'''


def related(links, heading='Relaterat'):
    lis = ''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return f'''<div class="pimcore_area_related-links pimcore_area_content">
<section class="brick brick--related" aria-labelledby="rel-{hexid(str(links), 6)}">
  <h2 class="related__heading" id="rel-{hexid(str(links), 6)}">{heading}</h2>
  <ul class="related__list">{lis}</ul>
</section>
</div>'''


def contact(inner):
    return f'''<div class="pimcore_area_contact pimcore_area_content">
<div class="brick brick--contact">
  <h2 class="contact__heading">Kontakt</h2>
  {inner}
</div>
</div>'''


def teasers(items, heading=''):
    """Teaser list brick: (title, href or None, text, meta)."""
    out = []
    for t, h, d, meta in items:
        m = f'<p class="teaser__meta">{meta}</p>' if meta else ''
        if h:
            out.append(f'''<li class="teaser-list__item"><article class="teaser">
  <h3 class="teaser__title"><a href="{h}">{t}</a></h3>
  <p class="teaser__text">{d}</p>{m}
</article></li>''')
        else:
            out.append(f'''<li class="teaser-list__item"><article class="teaser teaser--nolink">
  <h3 class="teaser__title">{t}</h3>
  <p class="teaser__text">{d}</p>{m}
</article></li>''')
    hd = f'<h2 class="teaser-list__heading">{heading}</h2>' if heading else ''
    return f'''<div class="pimcore_area_teaser-list pimcore_area_content">
<div class="brick brick--teasers">{hd}
<ul class="teaser-list">{''.join(out)}</ul>
</div>
</div>'''


def page(path, title, trail, body, preamble='', modified='2025-10-01', template='standard', og_type='website',
         image=None):
    root = trail[0][1] if trail else None
    side = subnav(path, trail) if trail else ''
    pre = f'<p class="preamble">{preamble}</p>' if preamble else ''
    hero = ''
    if image:
        hero = (f'<figure class="page-image"><img src="/Bilder/{image[0]}/image-thumb__{docid(path) + 3000}__content/{image[1]}.webp" '
                f'alt="{esc(image[2])}" width="960" height="540"></figure>')
    tools = '' if path == '/' else f'''<div class="page-tools">
    <a class="page-tools__print" href="{path}{PRINT}" rel="nofollow">Skriv ut</a>
    <a class="page-tools__share" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F{H}{path.replace('/', '%2F')}" rel="nofollow">Dela</a>
  </div>'''
    bc = crumbs(trail) if trail else ''
    layout = 'page-layout page-layout--with-aside' if side else 'page-layout'
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Hässleholms kommun</title>
<meta name="description" content="{esc(preamble or title)}">
<link rel="canonical" href="https://{H}{path}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://{H}{path}">
<meta property="og:site_name" content="Hässleholms kommun">
<meta property="article:modified_time" content="{modified}T08:12:00+01:00">
<link rel="stylesheet" href="{CB}/static/css/app.css">
<link rel="icon" href="{CB}/static/images/favicon.ico">
<script src="{CB}/static/js/app.js" defer></script>
<script defer data-domain="hassleholm.se" src="https://plausible.io/js/script.js"></script>
</head>
<body class="template-{template}" data-document-id="{docid(path)}">
<a class="skip-link" href="#main">Gå direkt till innehållet</a>
{cookie()}
{header(root)}
{bc}
<div class="container {layout}">
{side}
<main id="main" class="page-layout__main">
  <h1 class="page-title">{title}</h1>
  {pre}
  {hero}
{body}
  <p class="page-meta">Sidan uppdaterades <time datetime="{modified}">{modified}</time></p>
  {tools}
</main>
</div>
{footer()}
</body>
</html>
'''


NEWS = [
    (N1, '2025-10-28', '28 oktober 2025', 'Fler elever i Bjärnum och Hästveda kommer till skolan',
     'Sedan i augusti har frånvaron minskat på Bjärnums skola och Hästveda skola. Ett nytt team följer upp elever redan efter några dagars frånvaro.',
     f'''<p>Teamet består av en socialsekreterare och en skolkurator som delar sin tid mellan de två skolorna. De ringer hem redan efter tredje frånvarodagen, träffar eleven och föräldrarna och gör en plan tillsammans med mentorn.</p>
<p>– Förut kunde det gå flera veckor innan någon hörde av sig. Nu märker vi mönstret tidigt, och det är mycket lättare att vända, säger rektor på Hästveda skola.</p>
<p>Under de första tio veckorna har 23 elever fått stöd av teamet. Andelen elever med mer än 15 procents frånvaro har minskat från 14 till 9 procent på de två skolorna.</p>
<p>Arbetet heter Varje dag räknas och får pengar ur Framtidsfonden, kommunens fond för sociala investeringar, fram till sommaren 2027.</p>
<p><a href="{H2}">Läs mer om Varje dag räknas</a></p>'''),
    (N2, '2025-10-06', '6 oktober 2025', 'Nu kan förvaltningarna söka pengar ur Framtidsfonden',
     'Ansökningsomgången för 2026 är öppen. Förvaltningarna kan söka pengar ur Framtidsfonden, kommunens sociala investeringsfond, till och med den 15 januari.',
     f'''<p>I fonden finns i dag 5,4 miljoner kronor att fördela. Den här gången prioriteras ansökningar som gäller barn i förskoleåldern och unga som riskerar att inte gå ut gymnasiet.</p>
<p>En ansökan ska ha stöd av förvaltningschefen och innehålla en beräkning av vilka kostnader insatsen kan minska på sikt. Kommunstyrelsens arbetsutskott fattar beslut i mars 2026.</p>
<p>Läs mer under <a href="{SOK}">Så söker ni medel</a>. Riktlinjerna för fonden hittar du <a href="https://{H}{RIKT}{EDITMODE}">här</a>.</p>'''),
    (N3, '2025-09-15', '15 september 2025', 'Ny belysning i Hembygdsparken',
     'Nu är gångvägarna i Hembygdsparken upplysta hela vägen mellan Frykholmsparken och Ljungdala.',
     '<p>Den nya belysningen har LED-armaturer som dimras ner efter midnatt. Arbetet har pågått sedan i våras och är en del av kommunens satsning på trygga gångstråk.</p>'),
    (N4, '2025-08-20', '20 augusti 2025', 'Skolskjutskort delas ut vecka 34',
     'Elever som har rätt till skolskjuts får sitt busskort av mentorn under första skolveckan.',
     '<p>Har ditt barn inte fått något kort, kontakta skolskjutshandläggaren. Korten gäller på Skånetrafikens bussar och tåg inom kommunen.</p>'),
    (N5, '2024-12-02', '2 december 2024', 'Julmarknad på Stortorget',
     'Lördagen den 14 december är det julmarknad på Stortorget med ett fyrtiotal utställare.',
     '<p>Marknaden pågår klockan 10–16. Kulturskolan sjunger vid granen klockan 13.</p>'),
]


def news_list(items):
    lis = ''.join(f'''<li class="news-list__item"><article class="news-teaser">
  <p class="news-teaser__date"><time datetime="{iso}">{human}</time></p>
  <h3 class="news-teaser__title"><a href="{p}">{t}</a></h3>
  <p class="news-teaser__lead">{lead}</p>
</article></li>''' for p, iso, human, t, lead, _ in items)
    return f'''<div class="pimcore_area_news-list pimcore_area_content">
<ul class="news-list">{lis}</ul>
</div>'''


def build():
    pages = {}
    T_OS = [('Omsorg och stöd', OS)]
    T_BOF = T_OS + [('Barn och familj', BOF)]
    T_FA = T_BOF + [('Förebyggande arbete', FA)]
    T_F = T_FA + [('Framtidsfonden', FUND)]
    T_L = T_F + [('Beviljade insatser', LIST)]

    # ---------------- start page
    pages['/'] = page('/', 'Välkommen till Hässleholms kommun', [], f'''{teasers([
        ('Lediga jobb', JOBS, 'Jobba i Skånes mest centrala kommun.', ''),
        ('Förskola', BU + 'forskola/', 'Ansök om plats och läs om våra förskolor.', ''),
        ('Evenemang', EVS, 'Föreläsningar, marknader och konserter.', ''),
        ('Kontakta oss', KONTAKT, 'Kontaktcenter svarar vardagar 8–17.', '')], 'Genvägar')}
{wysiwyg(f'<p class="popular">Vanliga sökningar: <a href="{SEARCH}?q=forskola">förskola</a>, <a href="{SEARCH}?q=bygglov">bygglov</a>, <a href="{SEARCH}?q=hemtjanst">hemtjänst</a></p>')}
<h2 class="section-heading">Nyheter</h2>
{news_list(NEWS[:4])}
{wysiwyg(f'<p><a class="more-link" href="{NYH}">Fler nyheter</a></p>')}''', preamble='Här hittar du information och e-tjänster från Hässleholms kommun.',
        template='start', modified='2025-10-28')

    # ---------------- omsorg och stöd › barn och familj › förebyggande arbete
    pages[OS] = page(OS, 'Omsorg och stöd', T_OS, teasers([
        ('Barn och familj', BOF, 'Stöd till barn, unga och föräldrar.', ''),
        ('Äldreomsorg', OS + 'aldreomsorg/', 'Hemtjänst, trygghetslarm och särskilt boende.', ''),
        ('Funktionsnedsättning', OS + 'funktionsnedsattning/', 'Stöd enligt LSS och socialtjänstlagen.', ''),
        ('Ekonomiskt bistånd', OS + 'ekonomiskt-bistand/', 'När du inte kan försörja dig själv.', '')]),
        preamble='Stöd och hjälp när du eller någon i din närhet behöver det.')

    pages[BOF] = page(BOF, 'Barn och familj', T_BOF, f'''{wysiwyg('<p>Socialförvaltningen erbjuder stöd till barn, unga och föräldrar. En del stöd kan du få utan att ansöka, annat behöver du ansöka om hos en socialsekreterare.</p>')}
{teasers([
        ('Förebyggande arbete', FA, 'Familjecentral, föräldraskapsstöd och fältgrupp.', ''),
        ('Familjerådgivning', BOF + 'familjeradgivning/', 'Samtal för par och familjer.', ''),
        ('Stöd till barn och unga', BOF + 'stod-till-barn-och-unga/', 'Om du är orolig för ett barn.', ''),
        ('Familjehem', BOF + 'familjehem/', 'Bli familjehem eller kontaktfamilj.', ''),
        ('Våld i nära relationer', BOF + 'vald-i-nara-relationer/', 'Stöd till dig som utsätts för våld.', '')])}''',
        preamble='Stöd till dig som är förälder, barn eller ung i Hässleholms kommun.', modified='2025-03-04')

    pages[FA] = page(FA, 'Förebyggande arbete', T_FA, f'''{wysiwyg(f"""<p>Socialförvaltningen arbetar förebyggande för att barn och unga ska växa upp under trygga förhållanden. Det mesta av arbetet sker tillsammans med förskolan, skolan, fritidsgårdarna och Region Skåne.</p>
<p>En del förebyggande arbete är ordinarie verksamhet som alltid finns, till exempel familjecentralen och fältgruppen. Annat prövas under några år med pengar ur Framtidsfonden, kommunens fond för sociala investeringar, och utvärderas innan kommunen bestämmer om det ska bli kvar.</p>""")}
{teasers([
        ('Familjecentralen Ljungdala', FC, 'Öppen förskola, barnavårdscentral och rådgivning under samma tak.', ''),
        ('Föräldraskapsstöd', FS, 'Kostnadsfria föräldrakurser för dig med barn i alla åldrar.', ''),
        ('Fältgruppen', FG, 'Fältassistenterna finns där unga är, kvällar och helger.', ''),
        ('Framtidsfonden', FUND, 'Kommunens sociala investeringsfond för förebyggande insatser.', '')])}''',
        preamble='Tidigt stöd till barn, unga och föräldrar – innan problemen växer.', modified='2025-06-12')

    pages[FC] = page(FC, 'Familjecentralen Ljungdala', T_FA + [('Familjecentralen Ljungdala', FC)], f'''{wysiwyg("""<p>På familjecentralen finns barnavårdscentral, barnmorskemottagning, öppen förskola och socialtjänstens förebyggande rådgivning i samma hus. Du som har barn mellan 0 och 6 år är välkommen, och du behöver inte boka tid till den öppna förskolan.</p>
<h2>Öppettider</h2>
<ul>
<li>Öppen förskola: måndag, tisdag och torsdag kl. 9–12, onsdag kl. 13–16</li>
<li>Barnavårdscentralen: tidsbokning via 1177</li>
<li>Föräldrarådgivning: drop in onsdagar kl. 13–15</li>
</ul>
<h2>Så började det</h2>
<p>Familjecentralen startade 2017 som en av de första insatserna med pengar ur Framtidsfonden. Sedan januari 2020 är familjecentralen en del av socialförvaltningens och Region Skånes ordinarie verksamhet och finansieras i budgeten.</p>
<h2>Hitta hit</h2>
<p>Familjecentralen Ljungdala, Ljungdalavägen 14, 281 47 Hässleholm. Buss 2 till hållplats Ljungdala centrum.</p>""")}
{related([('Utökade hembesök', H3), ('Föräldraskapsstöd', FS), ('Barnavårdscentraler (1177)', 'https://www.1177.se/Skane/hitta-vard/?caretype=Barnavårdscentral')])}
{contact('<p>Familjecentralen Ljungdala<br>Telefon: 0451-26 84 10<br><a href="mailto:familjecentralen@hassleholm.se">familjecentralen@hassleholm.se</a></p>')}''',
        preamble='En mötesplats för blivande föräldrar och familjer med barn mellan 0 och 6 år.', modified='2025-04-22',
        image=('Omsorg', 'familjecentralen-ljungdala', 'Föräldrar och barn i den öppna förskolan'))

    pages[FS] = page(FS, 'Föräldraskapsstöd', T_FA + [('Föräldraskapsstöd', FS)], f'''{wysiwyg("""<p>Alla föräldrar i Hässleholms kommun kan gå en kostnadsfri föräldrakurs. Kurserna leds av utbildade gruppledare från socialförvaltningen och förskolan och träffas fyra eller fem gånger.</p>
<h2>Kurser hösten 2025</h2>
<div class="table-wrapper"><table class="table">
<thead><tr><th>Kurs</th><th>För dig med barn</th><th>Start</th><th>Plats</th></tr></thead>
<tbody>
<tr><td>ABC – Alla barn i centrum</td><td>3–12 år</td><td>9 september</td><td>Familjecentralen Ljungdala</td></tr>
<tr><td>Trygghetscirkeln</td><td>0–5 år</td><td>23 september</td><td>Tyringe bibliotek</td></tr>
<tr><td>Komet</td><td>3–11 år</td><td>7 oktober</td><td>Stadshuset</td></tr>
<tr><td>Föräldraskap i Sverige</td><td>alla åldrar</td><td>14 oktober</td><td>Vinslövs medborgarhus</td></tr>
</tbody></table></div>
<p>Anmäl dig till Kontaktcenter. Kurserna är kostnadsfria och du får fika.</p>""")}
{contact('<p>Samordnare föräldraskapsstöd<br>Telefon: 0451-26 70 00</p>')}''',
        preamble='Föräldrakurser för dig som vill stärka relationen till ditt barn.', modified='2025-08-11')

    pages[FG] = page(FG, 'Fältgruppen', T_FA + [('Fältgruppen', FG)], f'''{wysiwyg("""<p>Fältgruppen består av fyra fältassistenter som rör sig där unga finns: i centrum, på fritidsgårdarna, vid skolorna och på stationen. De arbetar främst kvällar och helger.</p>
<p>Fältassistenterna samarbetar med polisen, skolan och fritidsgårdarna och kan hjälpa unga och föräldrar vidare till rätt stöd.</p>""")}
{contact('<p>Fältgruppen<br>Telefon: 0451-26 84 40 (kvällar och helger)</p>')}''',
        preamble='Vuxna på stan för unga mellan 12 och 20 år.', modified='2024-11-18')

    # ---------------- Framtidsfonden (the fund section)
    pages[FUND] = page(FUND, 'Framtidsfonden – kommunens sociala investeringar', T_F, f'''{wysiwyg(f"""<p>Kommunfullmäktige inrättade Framtidsfonden 2019 med 20 miljoner kronor ur kommunens resultat. Fonden ska ge förvaltningarna möjlighet att pröva nya förebyggande arbetssätt för barn och unga, som annars inte ryms i den ordinarie budgeten.</p>
<p>En social investering är en tidsbegränsad insats som ska leda till bättre livsvillkor för dem det gäller och till lägre kostnader för kommunen på sikt. När en insats har visat att den fungerar ska förvaltningen ta över kostnaden i sin budget.</p>
<h2>Fonden i siffror</h2>
<ul class="keyfigures">
<li><strong>Avsatt sedan 2019:</strong> 20 000 000 kronor</li>
<li><strong>Beviljat hittills:</strong> 14 600 000 kronor</li>
<li><strong>Antal beviljade insatser:</strong> 9</li>
<li><strong>Kvar att söka:</strong> 5 400 000 kronor</li>
</ul>
<h2>Om fonden</h2>
<p>Det är kommunstyrelsens arbetsutskott som beslutar om pengar ur fonden, efter beredning av kommunledningskontoret. Ansökningar tas emot en gång om året.</p>""")}
{teasers([
        ('Så söker ni medel', SOK, 'Steg för steg: från idé till beslut.', ''),
        ('Riktlinjer', RIKT, 'Vad fonden kan användas till och vilka krav som gäller.', ''),
        ('Beviljade insatser', LIST, 'Insatser som har fått pengar ur Framtidsfonden.', ''),
        ('Uppföljning 2024', UPP, 'Så har det gått för insatserna.', '')])}
{contact('<p>Strateg, kommunledningskontoret<br>Telefon: 0451-26 70 00<br><a href="mailto:framtidsfonden@hassleholm.se">framtidsfonden@hassleholm.se</a></p>')}''',
        preamble='Framtidsfonden är kommunens sociala investeringsfond. Den ger pengar till förebyggande insatser för barn och unga.',
        modified='2025-10-06')

    pages[SOK] = page(SOK, 'Så söker ni medel ur Framtidsfonden', T_F + [('Så söker ni medel', SOK)], f'''{wysiwyg(f"""<p>Det är förvaltningarna som kan söka pengar ur Framtidsfonden, gärna tillsammans med en annan förvaltning, Region Skåne eller en förening.</p>
<h2>Vem kan söka?</h2>
<p>Alla förvaltningar i Hässleholms kommun. Föreningar och andra organisationer kan vara samarbetspartner men inte söka själva.</p>
<h2>Så går ansökan till</h2>
<ol>
<li>Kontakta strategen på kommunledningskontoret och berätta om er idé.</li>
<li>Fyll i ansökningsmallen och gör en kostnadsberäkning med stöd av kommunens ekonom.</li>
<li>Förvaltningschefen skriver under ansökan.</li>
<li>Skicka ansökan till framtidsfonden@hassleholm.se senast den 15 januari.</li>
<li>Kommunstyrelsens arbetsutskott fattar beslut i mars.</li>
</ol>
<h2>Mallar</h2>
<ul>
<li><a href="/Dokument/Framtidsfonden/ansokningsmall-framtidsfonden.docx">Ansökningsmall (Word)</a></li>
<li><a href="/Dokument/Framtidsfonden/berakningsmall.xlsx">Mall för kostnadsberäkning (Excel)</a></li>
</ul>
<p>Läs <a href="{RIKT}">riktlinjerna</a> innan ni skriver ansökan.</p>""")}''',
        preamble='Ansökningsomgången för 2026 är öppen till och med den 15 januari 2026.', modified='2025-10-06')

    pages[RIKT] = page(RIKT, 'Riktlinjer för Framtidsfonden', T_F + [('Riktlinjer', RIKT)], f'''{wysiwyg("""<p>Riktlinjerna antogs av kommunfullmäktige den 25 mars 2019, § 41, och reviderades den 27 november 2023, § 188.</p>
<h2>Syfte med fonden</h2>
<p>Framtidsfonden ska användas till förebyggande insatser som minskar risken för utanförskap bland barn och unga och som på sikt minskar kommunens kostnader.</p>
<h2>Vad kan fonden användas till?</h2>
<ul>
<li>Insatsen ska vara ny eller pröva ett nytt arbetssätt.</li>
<li>Insatsen ska vara tidsbegränsad till högst tre år.</li>
<li>Insatsen ska ha en plan för hur arbetet tas över av ordinarie verksamhet om det faller väl ut.</li>
<li>En insats kan beviljas högst 3 000 000 kronor.</li>
</ul>
<h2>Återföring</h2>
<p>Hälften av de beräknade besparingarna ska föras tillbaka till fonden under de fem år som följer efter att insatsen har avslutats.</p>
<h2>Uppföljning</h2>
<p>Varje insats ska rapportera till kommunledningskontoret två gånger om året. Kommunstyrelsen får en samlad uppföljning varje vår.</p>""")}''',
        preamble='Vad som gäller för pengar ur kommunens sociala investeringsfond.', modified='2023-12-04')

    pages[LIST] = page(LIST, 'Beviljade insatser', T_L, f'''{wysiwyg("""<p>Här är de insatser som pågår med pengar ur Framtidsfonden. Insatser som har avslutats redovisas i den årliga uppföljningen.</p>""")}
{teasers([
        ('Familjeteam i förskolan', H1, 'Ett team med specialpedagog, socionom och logoped stöttar förskolorna i Ljungdala och Centrum.', 'Augusti 2024 – juli 2027 · 3 600 000 kronor'),
        ('Ung och trygg i Vinslöv', H5, 'Fältassistenter, skola och fritidsgård arbetar tillsammans med unga i Vinslöv.', 'Januari 2025 – december 2027 · 2 100 000 kronor'),
        ('Varje dag räknas', None, 'Ett team mot problematisk skolfrånvaro på Bjärnums skola och Hästveda skola. Mer information kommer.', 'Augusti 2025 – juni 2027 · 1 950 000 kronor'),
        ('Utökade hembesök', None, 'Fler hembesök för förstagångsföräldrar tillsammans med barnavårdscentralen.', 'Mars 2025 – februari 2028 · 1 800 000 kronor')], 'Pågående insatser')}
{wysiwyg(f'<h2>Avslutade insatser</h2><p>Insatser som har avslutats och vad de ledde till kan du läsa om i <a href="{UPP}">uppföljningen för 2024</a>.</p>')}''',
        preamble='Insatser som har fått pengar ur Framtidsfonden.', modified='2025-09-01')

    pages[H1] = page(H1, 'Familjeteam i förskolan', T_L + [('Familjeteam i förskolan', H1)], f'''{wysiwyg("""<p>Familjeteam i förskolan ska ge barn som behöver extra stöd hjälp tidigt, redan i förskolan. Teamet arbetar på förskolorna i Ljungdala och Centrum och stöttar både personalen och föräldrarna.</p>
<h2>Bakgrund</h2>
<p>Förskolorna i Ljungdala och Centrum har många barn med språkstörning, oro och svårigheter i samspel med andra. Föräldrarna har ofta svårt att få stöd i tid, och många barn får hjälp först när de börjar skolan.</p>
<h2>Så arbetar teamet</h2>
<p>I teamet arbetar en specialpedagog, en socionom och en logoped, alla på heltid. Teamet observerar i barngruppen, handleder personalen och träffar föräldrar på förskolan. Socionomen kan erbjuda samtal och föräldrastöd utan att familjen behöver ansöka om bistånd.</p>
<h2>Uppföljning</h2>
<p>Högskolan Kristianstad följer arbetet och mäter bland annat barnens språkutveckling och hur många familjer som senare behöver stöd från socialtjänsten.</p>""")}
{factbox('Fakta', [
        ('Period', 'Augusti 2024 – juli 2027'),
        ('Beviljat belopp', '3 600 000 kronor ur Framtidsfonden'),
        ('Ansvarig', 'Barn- och utbildningsförvaltningen'),
        ('Samverkan', 'Socialförvaltningen och Region Skåne (barnhälsovården)'),
        ('Målgrupp', 'Barn 1–5 år på förskolorna i Ljungdala och Centrum och deras föräldrar')])}
{related([('Beviljade insatser', LIST), ('Familjecentralen Ljungdala', FC)])}
{contact('<p>Verksamhetschef förskola<br>Telefon: 0451-26 70 00</p>')}''',
        preamble='Specialpedagog, socionom och logoped på plats i förskolan.', modified='2025-02-17',
        image=('Forskola', 'familjeteam-i-forskolan', 'Barn som leker med klossar'))

    pages[H5] = page(H5, 'Ung och trygg i Vinslöv', T_L + [('Ung och trygg i Vinslöv', H5)], f'''{wysiwyg("""<p>Ung och trygg i Vinslöv är en satsning för unga mellan 13 och 18 år. Under de senaste åren har fler unga i Vinslöv sökt sig till centrum på kvällarna, och både skolan och polisen har sett tecken på att några dras in i kriminalitet och missbruk.</p>
<p>Satsningen ska ge unga fler vuxna att vända sig till och fler saker att göra. Två fältassistenter arbetar i Vinslöv på heltid, och fritidsgården har öppet fler kvällar. Fältassistenterna finns också på skolan under skoldagen.</p>
<h2>Syfte</h2>
<p>Syftet är att färre unga i Vinslöv ska börja använda droger och att fler ska ha en meningsfull fritid.</p>""")}
{factbox('Kort om satsningen', [
        ('Period', 'Januari 2025 – december 2027'),
        ('Beviljat belopp', '2 100 000 kronor ur Framtidsfonden'),
        ('Ansvarig', 'Socialförvaltningen, fältgruppen'),
        ('Samverkan', 'Polisen, Vinslövs skola och kultur- och fritidsförvaltningen'),
        ('Målgrupp', 'Unga 13–18 år i Vinslöv')])}
{related([('Fältgruppen', FG), ('Beviljade insatser', LIST)])}''',
        preamble='Fler vuxna och fler aktiviteter för unga i Vinslöv.', modified='2025-01-20')

    pages[UPP] = page(UPP, 'Uppföljning av Framtidsfonden 2024', T_F + [('Uppföljning 2024', UPP)], f'''{wysiwyg(f"""<p>Kommunstyrelsen får varje vår en uppföljning av de insatser som har fått pengar ur Framtidsfonden. Här är en sammanfattning av uppföljningen för 2024, som kommunstyrelsen tog emot den 9 april 2025.</p>
<h2>Insatser under 2024</h2>
<div class="table-wrapper"><table class="table">
<thead><tr><th>Insats</th><th>Förvaltning</th><th>Period</th><th>Beviljat</th><th>Status</th></tr></thead>
<tbody>
<tr><td><a href="{H1}">Familjeteam i förskolan</a></td><td>Barn- och utbildningsförvaltningen</td><td>2024–2027</td><td>3 600 000 kr</td><td>Pågår</td></tr>
<tr><td><a href="{H4}">Fritid för alla i Tyringe</a></td><td>Kultur- och fritidsförvaltningen</td><td>2021–2024</td><td>1 200 000 kr</td><td>Avslutad</td></tr>
<tr><td>Läxhjälp i Ljungdala</td><td>Barn- och utbildningsförvaltningen</td><td>2022–2024</td><td>850 000 kr</td><td>Avslutad</td></tr>
<tr><td>Arbetsträning för unga vuxna</td><td>Arbetsmarknadsförvaltningen</td><td>2022–2024</td><td>2 300 000 kr</td><td>Avslutad</td></tr>
</tbody></table></div>
<h2>De viktigaste resultaten</h2>
<ul>
<li>Två av tre avslutade insatser har tagits över av ordinarie verksamhet.</li>
<li>Kostnaderna för placeringar av barn och unga har minskat, men det går inte att säga hur mycket som beror på insatserna.</li>
</ul>
<h2>Lärdomar</h2>
<p>Insatser som planerade för hur arbetet skulle tas över redan från början har lättare att leva vidare. Uppföljningen behöver bli enklare för de förvaltningar som har få egna analytiker.</p>
<h2>Fonden i siffror</h2>
<p>Vid årsskiftet 2024/2025 hade 14,6 miljoner kronor beviljats till nio insatser. 1,1 miljoner kronor har förts tillbaka till fonden.</p>
<ul><li><a href="/Dokument/Framtidsfonden/uppfoljning-framtidsfonden-2024.pdf">Uppföljning av Framtidsfonden 2024 (pdf, 880 kB)</a></li></ul>""")}''',
        preamble='Så har det gått för de insatser som fått pengar ur Framtidsfonden.', modified='2025-04-14')

    pages[H3] = page(H3, 'Utökade hembesök', T_FA + [('Utökade hembesök', H3)], f'''{wysiwyg("""<p>Alla familjer som får sitt första barn och bor i Hässleholms kommun erbjuds sex hembesök under barnets första 15 månader, i stället för ett. Besöken görs av en BVC-sjuksköterska och en föräldrarådgivare från socialtjänsten tillsammans.</p>
<p>Utökade hembesök är en social investering som finansieras av Framtidsfonden och Region Skåne. Arbetet pågår från mars 2025 till februari 2028 och ska sedan utvärderas.</p>
<h2>Varför hembesök?</h2>
<p>Erfarenheter från bland annat Rinkeby och Hallstahammar visar att hembesöken ger föräldrar större trygghet, ökar deltagandet i barnavårdscentralens program och gör det lättare att få hjälp tidigt.</p>""")}
<div class="pimcore_area_table pimcore_area_content">
<div class="brick brick--table">
<h2>Kort om insatsen</h2>
<table class="table table--facts">
<tbody>
<tr><th scope="row">Period</th><td>Mars 2025 – februari 2028</td></tr>
<tr><th scope="row">Budget</th><td>2 700 000 kronor, varav 1 800 000 kronor ur Framtidsfonden och 900 000 kronor från Region Skåne</td></tr>
<tr><th scope="row">Ansvarig</th><td>Socialförvaltningen</td></tr>
<tr><th scope="row">Samverkan</th><td>Region Skåne, barnavårdscentralerna i Hässleholm</td></tr>
<tr><th scope="row">Målgrupp</th><td>Förstagångsföräldrar med barn 0–15 månader</td></tr>
</tbody>
</table>
</div>
</div>
{contact('<p>Familjecentralen Ljungdala<br>Telefon: 0451-26 84 10</p>')}''',
        preamble='Sex hembesök för dig som får ditt första barn.', modified='2025-03-10')

    # ---------------- barn och utbildning
    pages[BU] = page(BU, 'Barn och utbildning', [('Barn och utbildning', BU)], teasers([
        ('Förskola', BU + 'forskola/', 'Ansök om plats, avgifter och förskolor.', ''),
        ('Grundskola', GS, 'Skolval, skolskjuts och elevhälsa.', ''),
        ('Gymnasium', BU + 'gymnasium/', 'Hässleholms tekniska skola och Jacobsskolan.', ''),
        ('Vuxenutbildning', BU + 'vuxenutbildning/', 'Komvux och SFI.', '')]),
        preamble='Förskola, skola och vuxenutbildning i Hässleholms kommun.')
    pages[GS] = page(GS, 'Grundskola', [('Barn och utbildning', BU), ('Grundskola', GS)], teasers([
        ('Skolval', GS + 'skolval/', 'Så väljer du skola.', ''),
        ('Skolskjuts', GS + 'skolskjuts/', 'Vem har rätt till skolskjuts?', ''),
        ('Elevhälsa', EH, 'Skolsköterska, kurator, psykolog och specialpedagog.', ''),
        ('Skolmat', GS + 'skolmat/', 'Veckans meny.', '')]),
        preamble='Kommunens grundskolor från förskoleklass till årskurs 9.')
    pages[EH] = page(EH, 'Elevhälsa', [('Barn och utbildning', BU), ('Grundskola', GS), ('Elevhälsa', EH)], f'''{wysiwyg("""<p>På varje skola finns elevhälsa med skolsköterska, skolläkare, kurator, psykolog och specialpedagog. Elevhälsan arbetar främst förebyggande och hälsofrämjande.</p>
<h2>Frånvaro</h2>
<p>Om ditt barn är borta mycket från skolan ska skolan utreda orsaken och kontakta dig. Prata med mentorn eller elevhälsan om du är orolig.</p>
<h2>Hälsobesök</h2>
<p>Alla elever erbjuds hälsobesök i förskoleklass och i årskurs 2, 4, 7 och 9.</p>""")}''',
        preamble='Elevhälsan finns för att alla elever ska må bra och kunna lära sig.', modified='2025-01-13')

    pages[H2] = page(H2, 'Varje dag räknas', [('Barn och utbildning', BU), ('Grundskola', GS), ('Elevhälsa', EH), ('Varje dag räknas', H2)], f'''{wysiwyg("""<p>Varje dag räknas är ett arbete mot problematisk skolfrånvaro på Bjärnums skola och Hästveda skola. Ett team med en socialsekreterare och en skolkurator, båda på heltid, följer frånvaron varje vecka och tar kontakt med familjen redan efter tredje frånvarodagen.</p>
<p>Teamet träffar eleven och föräldrarna och gör en plan tillsammans med mentorn. Det kan handla om anpassningar i skolan, samtal, stöd på morgonen eller kontakt med barn- och ungdomspsykiatrin.</p>
<p class="facts"><strong>Projekttid:</strong> augusti 2025 – juni 2027<br>
<strong>Finansiering:</strong> 1 950 000 kronor ur Framtidsfonden, kommunens fond för sociala investeringar<br>
<strong>Projektägare:</strong> Barn- och utbildningsförvaltningen<br>
<strong>Samverkan:</strong> Socialförvaltningen och Region Skåne (BUP Hässleholm)<br>
<strong>Målgrupp:</strong> Elever i årskurs 7–9 med oroande frånvaro och deras föräldrar</p>
<h2>Varför?</h2>
<p>Elever som är borta mycket från skolan riskerar att gå ut nian utan behörighet till gymnasiet. Ju tidigare skolan och socialtjänsten agerar, desto lättare är det att vända frånvaron.</p>""")}
{contact('<p>Rektor, Bjärnums skola<br>Telefon: 0451-26 70 00</p>')}''',
        preamble='Ett skolnära team ska få fler elever tillbaka till skolan.', modified='2025-08-18')

    # ---------------- kultur och fritid
    pages[KF] = page(KF, 'Kultur och fritid', [('Kultur och fritid', KF)], teasers([
        ('Fritidsgårdar', FGD, 'För dig mellan 10 och 18 år.', ''),
        ('Bibliotek', KF + 'bibliotek/', 'Stadsbiblioteket och sex filialer.', ''),
        ('Evenemang', EVS, 'Vad händer i Hässleholm?', '')]),
        preamble='Kultur, idrott och fritid i Hässleholms kommun.')
    pages[FGD] = page(FGD, 'Fritidsgårdar', [('Kultur och fritid', KF), ('Fritidsgårdar', FGD)], f'''{wysiwyg("""<p>Kommunen har fritidsgårdar i Hässleholm, Tyringe och Vinslöv. Där kan du träffa kompisar, spela spel, laga mat och vara med och bestämma vad som ska hända.</p>
<ul>
<li><strong>Fritidsgården Navet, Hässleholm</strong> – måndag–fredag kl. 15–21</li>
<li><strong>Tyringe fritidsgård</strong> – tisdag–torsdag kl. 15–21, fredag kl. 18–23</li>
<li><strong>Vinslövs fritidsgård</strong> – måndag–torsdag kl. 15–21</li>
</ul>""")}''',
        preamble='Fritidsgårdarna är öppna för dig som är mellan 10 och 18 år.', modified='2025-08-25')

    pages[H4] = page(H4, 'Fritid för alla i Tyringe', [('Kultur och fritid', KF), ('Fritidsgårdar', FGD), ('Fritid för alla i Tyringe', H4)], f'''{wysiwyg("""<p><strong>Projektet är avslutat.</strong></p>
<p>Fritid för alla i Tyringe skulle ge fler barn mellan 10 och 15 år en meningsfull fritid. Många barn i Tyringe, särskilt flickor och barn som nyligen kommit till Sverige, deltog inte i någon organiserad fritidsaktivitet.</p>
<p>Projektet pågick från augusti 2021 till juni 2024 och fick 1 200 000 kronor ur Framtidsfonden. Kultur- och fritidsförvaltningen drev projektet tillsammans med Tyringe skola och sex idrottsföreningar. En fritidsledare arbetade i projektet på heltid.</p>
<h2>Så arbetade vi</h2>
<p>Fritidsledaren fanns på skolan under rasterna och hjälpte barnen att prova på aktiviteter. Föreningarna erbjöd gratis provträningar, och fritidsgården hade öppet för de yngre barnen två eftermiddagar i veckan.</p>
<h2>Resultat</h2>
<p>Under projekttiden provade 212 barn minst en aktivitet, och 84 av dem blev medlemmar i en förening. Sedan hösten 2024 ingår eftermiddagsöppet för yngre barn i fritidsgårdens ordinarie verksamhet.</p>""")}''',
        preamble='Ett projekt för barn mellan 10 och 15 år i Tyringe, 2021–2024.', modified='2024-09-02')

    pages[EVS] = page(EVS, 'Evenemang', [('Kultur och fritid', KF), ('Evenemang', EVS)], f'''{wysiwyg(f"""<ul class="event-list">
<li><strong>14 november 2025</strong> – Författarbesök på Stadsbiblioteket kl. 18</li>
<li><strong>26 november 2025</strong> – <a href="{EV}">Föreläsning: Tidiga insatser lönar sig</a></li>
<li><strong>14 december 2025</strong> – Julmarknad på Stortorget</li>
</ul>
<p><a href="{CAL}">Se alla evenemang i kalendern</a></p>
<p class="calendar-days">Välj dag: <a href="{CAL}?datum=2025-11-26" rel="nofollow">26 nov</a> · <a href="{CAL}?datum=2025-12-03" rel="nofollow">3 dec</a></p>""")}''',
        preamble='Evenemang som kommunen arrangerar.', modified='2025-10-20')

    pages[EV] = page(EV, 'Föreläsning: Tidiga insatser lönar sig', [('Kultur och fritid', KF), ('Evenemang', EVS), ('Föreläsning: Tidiga insatser lönar sig', EV)], f'''{wysiwyg(f"""<p>Vad kostar det när ett barn inte får stöd i tid? Och vad vinner kommunen på att sätta in insatser tidigt? Nationalekonomen Ingvar Nilsson berättar om socioekonomiska beräkningar, och medarbetare berättar om erfarenheter från insatserna i <a href="{FUND}">Framtidsfonden</a>.</p>""")}
{factbox('Praktisk information', [
        ('Datum', 'Onsdag 26 november 2025'),
        ('Tid', 'Kl. 13.00–16.00'),
        ('Plats', 'Kulturhuset Hässleholm, stora salen'),
        ('Kostnad', 'Kostnadsfritt'),
        ('Anmälan', 'Senast 19 november till framtidsfonden@hassleholm.se'),
        ('Arrangör', 'Hässleholms kommun, kommunledningskontoret')])}''',
        preamble='En eftermiddag om socioekonomiska beräkningar och förebyggande arbete.', modified='2025-10-15',
        template='event')

    # ---------------- kommun och politik, jobs
    pages[KP] = page(KP, 'Kommun och politik', [('Kommun och politik', KP)], teasers([
        ('Politik och demokrati', KP + 'politik-och-demokrati/', 'Kommunfullmäktige, nämnder och protokoll.', ''),
        ('Ekonomi', KP + 'ekonomi/', 'Budget och årsredovisning.', ''),
        ('Jobba hos oss', JOBS, 'Lediga jobb i Hässleholms kommun.', '')]),
        preamble='Hur kommunen styrs och hur du kan påverka.')
    pages[JOBS] = page(JOBS, 'Jobba hos oss', [('Kommun och politik', KP), ('Jobba hos oss', JOBS)], wysiwyg(f"""<p>Hässleholms kommun har omkring 4 800 medarbetare. Alla lediga jobb söker du via Varbi.</p>
<h2>Lediga jobb just nu</h2>
<ul>
<li><a href="{JOB}">Samordnare för sociala investeringar</a> – sista ansökningsdag 23 november 2025</li>
<li><a href="https://hassleholm.varbi.com/what:job/jobID:845120/">Förskollärare till Ljungdala förskoleområde</a> – sista ansökningsdag 30 november 2025</li>
<li><a href="https://hassleholm.varbi.com/what:job/jobID:845377/">Undersköterska till hemtjänsten i Tyringe</a> – sista ansökningsdag 7 december 2025</li>
</ul>"""), preamble='Gör skillnad för människor i Hässleholm – varje dag.', modified='2025-10-30')

    pages[JOB] = page(JOB, 'Samordnare för sociala investeringar', [('Kommun och politik', KP), ('Jobba hos oss', JOBS), ('Samordnare för sociala investeringar', JOB)], wysiwyg("""<p>Vill du vara med och utveckla kommunens förebyggande arbete? Kommunledningskontoret söker en samordnare för Framtidsfonden, kommunens fond för sociala investeringar.</p>
<h2>Om tjänsten</h2>
<p>Du stöttar förvaltningarna när de tar fram ansökningar och kostnadsberäkningar, bereder ärendena till kommunstyrelsens arbetsutskott och sammanställer den årliga uppföljningen. Du följer de pågående insatserna, bland annat Familjeteam i förskolan och Varje dag räknas, tillsammans med Högskolan Kristianstad.</p>
<h2>Kvalifikationer</h2>
<p>Du har en akademisk examen inom samhällsvetenskap, folkhälsovetenskap eller ekonomi och erfarenhet av uppföljning och utvärdering.</p>
<h2>Anställningsvillkor</h2>
<ul>
<li><strong>Anställningsform:</strong> Tillsvidareanställning</li>
<li><strong>Omfattning:</strong> Heltid</li>
<li><strong>Tillträde:</strong> 1 februari 2026 eller enligt överenskommelse</li>
<li><strong>Sista ansökningsdag:</strong> 23 november 2025</li>
</ul>
<p><a href="https://hassleholm.varbi.com/what:job/jobID:844902/">Sök tjänsten via Varbi</a></p>"""),
        preamble='Kommunledningskontoret, Hässleholms kommun', modified='2025-10-30', template='job')

    # ---------------- news
    pages[NYH] = page(NYH, 'Nyheter', [('Nyheter', NYH)], f'''{news_list(NEWS)}
{wysiwyg('<p><a href="/nyheter/rss/">Prenumerera på nyheter (RSS)</a></p>')}''',
        preamble='Nyheter från Hässleholms kommun.', modified='2025-10-28', template='news-list')
    for p, iso, human, t, lead, body in NEWS:
        pages[p] = page(p, t, [('Nyheter', NYH), (t, p)], wysiwyg(f'<p class="news-date">Publicerad <time datetime="{iso}">{human}</time></p>\n{body}'),
                        preamble=lead, modified=iso, template='news', og_type='article')

    # ---------------- furniture
    pages[KONTAKT] = page(KONTAKT, 'Kontakta oss', [('Kontakta oss', KONTAKT)], wysiwyg("""<p>Kontaktcenter svarar på dina frågor vardagar kl. 8–17.</p>
<p>Telefon: 0451-26 70 00<br>E-post: <a href="mailto:kommunen@hassleholm.se">kommunen@hassleholm.se</a><br>Besöksadress: Stadshuset, Nytorget 1</p>"""),
        preamble='Så når du Hässleholms kommun.')
    pages[KAKOR] = page(KAKOR, 'Kakor', [('Om webbplatsen', '/om-webbplatsen/'), ('Kakor', KAKOR)], wysiwyg("""<p>En kaka är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor och, om du godkänner det, kakor för besöksstatistik.</p>
<table class="table"><thead><tr><th>Namn</th><th>Syfte</th><th>Lagringstid</th></tr></thead>
<tbody><tr><td>PHPSESSID</td><td>Håller ihop ditt besök</td><td>Sessionen</td></tr>
<tr><td>cookie_consent</td><td>Sparar ditt val om kakor</td><td>1 år</td></tr></tbody></table>"""),
        preamble='Så använder vi kakor på hassleholm.se.')
    pages[TILLG] = page(TILLG, 'Tillgänglighetsredogörelse', [('Om webbplatsen', '/om-webbplatsen/'), ('Tillgänglighetsredogörelse', TILLG)], wysiwyg("""<p>Hässleholms kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den.</p>
<h2>Kända brister</h2>
<ul><li>Vissa pdf-dokument är inte tillgänglighetsanpassade.</li><li>Kartor saknar textalternativ.</li></ul>"""),
        preamble='Hur tillgänglig är hassleholm.se?')

    for p, t in pages.items():
        write(H, p, t)

    # ---------------- sitemaps (presta/sitemap-bundle: an index and one file per section)
    sm_pages = ['/', OS, BOF, FA, FC, FS, FG, FUND, SOK, RIKT, LIST, H1, H5, UPP, BU, GS, EH, H2, KF, FGD, EVS, EV,
                KP, JOBS, JOB, KONTAKT, KAKOR, TILLG]
    sm_news = [NYH] + [n[0] for n in NEWS]
    rows = ''.join(f'<url><loc>https://{H}{p}</loc><lastmod>2025-10-28T08:00:00+01:00</lastmod></url>' for p in sm_pages)
    write(H, '/sitemap.default.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + rows + '</urlset>\n')
    rows = ''.join(f'<url><loc>https://{H}{p}</loc><lastmod>2025-10-28T08:00:00+01:00</lastmod></url>' for p in sm_news)
    write(H, '/sitemap.nyheter.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + rows + '</urlset>\n')
    write(H, '/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://{H}/sitemap.default.xml</loc><lastmod>2025-10-28T08:00:00+01:00</lastmod></sitemap><sitemap><loc>https://{H}/sitemap.nyheter.xml</loc><lastmod>2025-10-28T08:00:00+01:00</lastmod></sitemap></sitemapindex>
''')
    write(H, '/robots.txt', f'''User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /admin/
Disallow: /install/
Disallow: /api/
Disallow: /sok/
Disallow: /kalender/
Disallow: /Dokument/Internt/
Disallow: /*?print=
Disallow: /*pimcore_editmode=
Disallow: /*pimcore_preview=

Sitemap: https://{H}/sitemap.xml
''')
    return pages, sm_pages + sm_news


if __name__ == '__main__':
    p, s = build()
    print(len(p), 'pages;', len(s), 'in sitemaps')
