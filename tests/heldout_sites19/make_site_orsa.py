"""Orsa kommun (2034): a static site made with Publii (pages + posts, pretty URLs, absolute links, theme 'Simple')."""
import html
import json

from make_common import write

H = 'www.orsa.se'
BASE = 'https://www.orsa.se'
KP = '/kommun-och-politik/'
FUND = KP + 'sociala-investeringsfonden/'
P1 = FUND + 'orsamodellen/'
P2 = FUND + 'simskola-for-alla/'
P3 = '/barn-och-utbildning/forskola/forskoleteamet/'
P4 = '/unga-sommarentreprenorer/'
P5 = '/omsorg-och-stod/aldreomsorg/traffpunkt-vamhus/'
AR = KP + 'ekonomi/arsredovisning-2024/'
TAG = '/amne/sociala-investeringar/'
EVENT = '/evenemang/oppet-hus-pa-traffpunkt-vamhus/'
JOB = '/jobb/kvalitetsutvecklare-individ-och-familjeomsorg/'


def U(p):
    return BASE + p


MENU = [('/barn-och-utbildning/', 'Barn och utbildning', [('/barn-och-utbildning/forskola/', 'Förskola'), ('/barn-och-utbildning/grundskola/', 'Grundskola'), ('/barn-och-utbildning/gymnasium/', 'Gymnasium')]),
        ('/omsorg-och-stod/', 'Omsorg och stöd', [('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg'), ('/omsorg-och-stod/individ-och-familj/', 'Individ och familj'), ('/omsorg-och-stod/funktionsnedsattning/', 'Funktionsnedsättning')]),
        ('/bygga-bo-och-miljo/', 'Bygga, bo och miljö', []),
        ('/kultur-och-fritid/', 'Kultur och fritid', []),
        ('/naringsliv-och-arbete/', 'Näringsliv och arbete', []),
        (KP, 'Kommun och politik', [('/kommun-och-politik/kommunfullmaktige/', 'Kommunfullmäktige'), (KP + 'ekonomi/', 'Ekonomi'), (FUND, 'Sociala investeringsfonden')])]

FUNDNAV = [(FUND, 'Sociala investeringsfonden'), (FUND + 'sa-ansoker-du/', 'Så ansöker du'), (FUND + 'riktlinjer/', 'Riktlinjer'),
           (FUND + 'tidigare-projekt/', 'Tidigare projekt'), (FUND + 'uppfoljning/', 'Uppföljning')]


def nav():
    out = []
    for h, t, sub in MENU:
        if sub:
            s = ''.join(f'<li><a href="{U(sh)}">{st}</a></li>' for sh, st in sub)
            out.append(f'<li class="has-submenu"><a href="{U(h)}" aria-haspopup="true" aria-expanded="false">{t}</a>'
                       f'<ul class="navbar__submenu level-2" aria-hidden="true">{s}</ul></li>')
        else:
            out.append(f'<li><a href="{U(h)}">{t}</a></li>')
    return '<ul class="navbar__menu">' + ''.join(out) + '</ul>'


def layout(path, title, inner, body_class, head_extra='', ld=None, desc=None):
    desc = desc or title
    ld = ld or {"@context": "http://schema.org", "@type": "WebPage", "name": title, "url": U(path),
                "publisher": {"@type": "Organization", "name": "Orsa kommun", "logo": {"@type": "ImageObject", "url": U('/media/website/orsa-kommun-logo.svg')}}}
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Orsa kommun</title>
<meta name="description" content="{html.escape(desc, quote=True)}">
<meta name="generator" content="Publii Open-Source CMS for Static Site">
<link rel="canonical" href="{U(path)}">
{head_extra}<link rel="alternate" type="application/atom+xml" href="{U('/feed.xml')}" title="Orsa kommun - RSS">
<link rel="alternate" type="application/json" href="{U('/feed.json')}" title="Orsa kommun - JSON">
<meta property="og:title" content="{html.escape(title, quote=True)}">
<meta property="og:site_name" content="Orsa kommun">
<meta property="og:description" content="{html.escape(desc, quote=True)}">
<meta property="og:url" content="{U(path)}">
<meta property="og:type" content="article">
<link rel="preload" href="{U('/assets/dynamic/fonts/sourcesanspro/sourcesanspro.woff2')}" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="{U('/assets/css/style.css?v=8d6e0b3a2c1f47e9a5b0d4c3e2f1a0b9')}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<noscript><style>img[loading] {{opacity: 1;}}</style></noscript>
</head>
<body class="{body_class}">
<div class="site-container">
<header class="top js-header">
<a class="logo" href="{U('/')}"><img src="{U('/media/website/orsa-kommun-logo.svg')}" alt="Orsa kommun" width="190" height="60"></a>
<nav class="navbar js-navbar">
<button class="navbar__toggle js-toggle" aria-label="Meny" aria-haspopup="true" aria-expanded="false"><span class="navbar__toggle-box"><span class="navbar__toggle-inner">Meny</span></span></button>
{nav()}
</nav>
<div class="search">
<div class="search__overlay js-search-overlay"><form class="search__form" action="{U('/sok/')}" method="get"><input class="search__input" type="search" name="q" placeholder="Sök på orsa.se" aria-label="Sök på orsa.se"><button type="submit" class="search__button">Sök</button></form></div>
<button class="search__btn js-search-btn" aria-label="Sök"><svg role="presentation" focusable="false"><use xlink:href="{U('/assets/svg/svg-map.svg#search')}"/></svg></button>
</div>
</header>
<main class="main">
{inner}
</main>
<footer class="footer">
<div class="wrapper">
<div class="footer__cols">
<div class="footer__col"><h3>Orsa kommun</h3><p>Box 23, 794 21 Orsa<br>Besöksadress: Dalagatan 1<br>Telefon: 0250-55 21 00<br><a href="mailto:orsa.kommun@orsa.se">orsa.kommun@orsa.se</a></p></div>
<div class="footer__col"><h3>Genvägar</h3><ul><li><a href="{U('/nyheter/')}">Nyheter</a></li><li><a href="{U('/evenemang/')}">Evenemang</a></li><li><a href="{U('/jobb/')}">Lediga jobb</a></li><li><a href="{U('/kontakt/')}">Kontakta oss</a></li></ul></div>
<div class="footer__col"><h3>Om webbplatsen</h3><ul><li><a href="{U('/om-webbplatsen/')}">Om webbplatsen</a></li><li><a href="{U('/om-webbplatsen/tillganglighetsredogorelse/')}">Tillgänglighetsredogörelse</a></li><li><a href="{U('/om-webbplatsen/personuppgifter/')}">Personuppgifter</a></li><li><a href="{U('/intranat/')}" rel="nofollow">Intranät för anställda</a></li></ul></div>
</div>
<div class="footer__copyright">© 2025 Orsa kommun · <a href="https://www.facebook.com/orsakommun">Facebook</a> · <a href="https://www.instagram.com/orsakommun/">Instagram</a></div>
</div>
</footer>
</div>
<script defer="defer" src="{U('/assets/js/scripts.min.js?v=5e2a9d1c0b8f7e6d4c3b2a1908f7e6d5')}"></script>
<script>window.publiiThemeMenuConfig={{mobileMenuMode:'sidebar',animationSpeed:300,submenuWidth:'auto',doubleClickTime:500,mobileMenuExpandableSubmenus:true,relatedContainerForOverlayMenuSelector:'.top'}};</script>
</body>
</html>
'''


def crumbs_html(crumbs, title):
    items = ''.join(f'<li class="breadcrumbs__item"><a href="{U(h)}">{t}</a></li>' for h, t in [('/', 'Start')] + crumbs)
    return f'<nav class="breadcrumbs" aria-label="Brödsmulor"><ol class="breadcrumbs__list">{items}<li class="breadcrumbs__item" aria-current="page">{title}</li></ol></nav>'


def page(path, title, body, crumbs, side=None, desc=None):
    aside = ''
    if side:
        aside = '<aside class="content__aside"><nav class="subpages" aria-label="Sidor i avsnittet"><ul>' + ''.join(
            f'<li><a href="{U(h)}"{" aria-current=page" if h == path else ""}>{t}</a></li>' for h, t in side) + '</ul></nav></aside>'
    inner = f'''<article class="content">
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper">
{crumbs_html(crumbs, title) if path != '/' else ''}
<h1>{title}</h1>
</div></header></div>
<div class="wrapper content__inner{' content__inner--aside' if side else ''}">
<div class="content__entry">
{body}
</div>
{aside}
</div>
</article>'''
    return layout(path, title, inner, 'page-template' if path != '/' else 'home-template', desc=desc)


# ---------- posts ----------
POSTS = [
    # slug, title, iso date, human date, tags, lead, body
    ('/nu-kan-du-soka-ur-sociala-investeringsfonden/', 'Nu kan du söka ur den sociala investeringsfonden', '2025-10-20', '20 oktober 2025',
     [('sociala-investeringar', 'Sociala investeringar'), ('kommun', 'Kommun')],
     'Kommunens förvaltningar kan nu söka medel ur den sociala investeringsfonden för projekt som startar 2026. Sista dag att ansöka är den 30 november.',
     f'''<p>Efter kommunfullmäktiges påfyllning i juni finns drygt 2 miljoner kronor att söka. Projekt som riktar sig till barn och unga och projekt som motverkar ofrivillig ensamhet bland äldre prioriteras.</p>
<p>Läs mer om hur du ansöker på sidan <a href="{U(FUND + 'sa-ansoker-du/')}">Så ansöker du</a>.</p>'''),
    ('/vattenlacka-i-kyrkbyn/', 'Vattenläcka i Kyrkbyn', '2025-10-02', '2 oktober 2025',
     [('vatten-och-avlopp', 'Vatten och avlopp')],
     'På grund av en vattenläcka är vattnet avstängt på Kyrkbyvägen och Stackmora under torsdagen.',
     '<p>Vi räknar med att vattnet är tillbaka under eftermiddagen. En vattentank står vid Kyrkbyns skola. Kontakta kommunens växel om du har frågor.</p>'),
    ('/sociala-investeringsfonden-fylls-pa/', 'Sociala investeringsfonden fylls på med 2 miljoner', '2025-06-17', '17 juni 2025',
     [('sociala-investeringar', 'Sociala investeringar'), ('ekonomi', 'Ekonomi')],
     'Kommunfullmäktige beslutade på måndagen att föra över 2 miljoner kronor av 2024 års överskott till den sociala investeringsfonden.',
     f'''<p>Fonden inrättades 2022 med 6 miljoner kronor. Sedan dess har sex projekt fått medel, och fonden var nästan tom efter beslutet om Träffpunkt Våmhus i våras.</p>
<p>– De sociala investeringarna har gett oss möjlighet att pröva nya sätt att arbeta, och flera av dem lever nu vidare i ordinarie verksamhet, säger kommunstyrelsens ordförande.</p>
<p><a href="{U(FUND)}">Läs mer om den sociala investeringsfonden</a></p>'''),
    ('/bibliotekets-hostprogram/', 'Bibliotekets höstprogram är här', '2025-08-28', '28 augusti 2025',
     [('bibliotek', 'Bibliotek')],
     'Författarbesök, sagostunder och språkcafé – nu finns höstens program för Orsa bibliotek.',
     '<p>Språkcaféet träffas varje onsdag kl. 16–18. Sagostunden för barn 3–6 år är på lördagar kl. 11. Programmet finns också i tryckt form på biblioteket.</p>'),
    ('/frukostmote-om-sociala-investeringar/', 'Välkommen på frukostmöte om sociala investeringar', '2025-05-06', '6 maj 2025',
     [('sociala-investeringar', 'Sociala investeringar'), ('evenemang', 'Evenemang')],
     'Är du nyfiken på hur den sociala investeringsfonden fungerar? Välkommen på frukostmöte i kommunhuset.',
     '''<p><strong>Tid:</strong> tisdag 20 maj 2025 kl. 7.30–9.00<br><strong>Plats:</strong> Kommunhuset, sammanträdesrummet Skattungen, Dalagatan 1<br><strong>Kostnad:</strong> gratis</p>
<p>Vi berättar om fonden och om hur man ansöker, och två projektledare berättar om sina erfarenheter. Mötet vänder sig till medarbetare i kommunen och till föreningar som vill samarbeta. Anmäl dig till <a href="mailto:folkhalsa@orsa.se">folkhalsa@orsa.se</a> senast 15 maj.</p>'''),
    ('/kommunstyrelsen-beviljade-medel-ur-fonden/', 'Kommunstyrelsen beviljade medel till Träffpunkt Våmhus', '2025-03-18', '18 mars 2025',
     [('sociala-investeringar', 'Sociala investeringar'), ('politik', 'Politik')],
     'Kommunstyrelsen beslutade på tisdagen att bevilja 540 000 kronor ur den sociala investeringsfonden till en träffpunkt för äldre i Våmhus.',
     f'''<p>Träffpunkten ska drivas av vård och omsorg tillsammans med bygdegårdsföreningen och Svenska kyrkan. Den ska starta i april.</p>
<p>Kommunstyrelsen fick också en halvtidsrapport från <a href="{U(P1)}">Orsamodellen</a>, som visar att fler familjer får stöd tidigt.</p>'''),
    ('/snorojning-och-sandning/', 'Så sköter vi snöröjning och sandning', '2025-01-20', '20 januari 2025',
     [('trafik', 'Trafik')],
     'Kommunen plogar när det har kommit fem centimeter snö på huvudgator och tio centimeter på lokalgator.',
     '<p>Gång- och cykelvägar till skolor prioriteras. Sandning görs vid behov. På enskilda vägar är det vägföreningen som ansvarar.</p>'),
    (P4, 'Unga sommarentreprenörer i Orsa', '2024-06-11', '11 juni 2024',
     [('sociala-investeringar', 'Sociala investeringar'), ('naringsliv', 'Näringsliv'), ('unga', 'Unga')],
     'I sommar startar 20 ungdomar i Orsa egna sommarföretag. De får en startpeng, en handledare och hjälp med allt från idé till försäljning.',
     '''<p>Sommarentreprenörer är ett nytt projekt för ungdomar mellan 15 och 19 år som bor i Orsa kommun. Under tre veckor i juni får deltagarna utbildning i att driva företag, och sedan driver de sina företag resten av sommaren – det kan handla om gräsklippning, fönstertvätt, hundpromenader eller försäljning av hantverk på torget.</p>
<p>Projektet pågår somrarna 2024 och 2025, från juni 2024 till augusti 2025. Det har fått 360 000 kronor ur kommunens sociala investeringsfond. Näringslivsenheten ansvarar för projektet tillsammans med Ung Företagsamhet Dalarna och Orsa Besparingsskog, som står för handledare.</p>
<p>Syftet är att fler unga ska få arbetslivserfarenhet och tro på sin förmåga, särskilt unga som inte har fått något sommarjobb. Anmälan görs till näringslivsenheten senast den 20 juni.</p>
<p>Kontakt: Malin Hed, näringslivsutvecklare, 0250-55 21 64.</p>'''),
]


def post_path(p):
    return p[0]


def post_page(i):
    slug, title, iso, human, tags, lead, body = POSTS[i]
    newer = POSTS[i - 1] if i > 0 else None
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    tag_links = ' '.join(f'<a href="{U("/amne/" + t + "/")}">{n}</a>' for t, n in tags)
    navs = ''
    if older:
        navs += f'<div class="post__nav-prev"><p class="post__nav-label">Föregående inlägg</p><a href="{U(older[0])}" class="post__nav-link" rel="prev"><h5>{older[1]}</h5></a></div>'
    if newer:
        navs += f'<div class="post__nav-next"><p class="post__nav-label">Nästa inlägg</p><a href="{U(newer[0])}" class="post__nav-link" rel="next"><h5>{newer[1]}</h5></a></div>'
    share = ''.join(f'<a href="{u}" class="js-share {c}" rel="nofollow noopener noreferrer">{n}</a>' for u, c, n in (
        (f'https://www.facebook.com/sharer/sharer.php?u={U(slug)}', 'facebook', 'Facebook'),
        (f'https://www.linkedin.com/sharing/share-offsite/?url={U(slug)}', 'linkedin', 'LinkedIn')))
    inner = f'''<article class="post">
<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper">
<h1>{title}</h1>
<div class="feed__meta content__meta"><span class="feed__author">Orsa kommun</span> <time datetime="{iso}T09:00" class="feed__date">{human}</time></div>
</div></header></div>
<div class="wrapper post__inner">
<div class="post__entry">
<p class="post__lead"><strong>{lead}</strong></p>
{body}
</div>
<footer class="wrapper post__footer">
<div class="post__tag-share"><p class="post__tag-title">Ämnen:</p><div class="post__tag">{tag_links}</div>
<div class="post__share">{share}</div></div>
<nav class="post__nav">{navs}</nav>
</footer>
</div>
</article>'''
    ld = {"@context": "http://schema.org", "@type": "Article", "mainEntityOfPage": {"@type": "WebPage", "@id": U(slug)},
          "headline": title, "datePublished": iso + "T09:00", "dateModified": iso + "T09:00",
          "author": {"@type": "Person", "name": "Orsa kommun", "url": U('/authors/orsa-kommun/')},
          "publisher": {"@type": "Organization", "name": "Orsa kommun", "logo": {"@type": "ImageObject", "url": U('/media/website/orsa-kommun-logo.svg')}}}
    head = f'<link rel="amphtml" href="{U(slug + "amp/")}">\n'
    return layout(slug, title, inner, 'post-template', head_extra=head, ld=ld, desc=lead)


def listing(path, title, items, prev=None, nxt=None, intro=''):
    feed = ''.join(f'''<article class="feed__item">
<div class="feed__content"><header><div class="feed__meta"><time datetime="{p[2]}T09:00" class="feed__date">{p[3]}</time></div>
<h2 class="feed__title"><a href="{U(p[0])}">{p[1]}</a></h2></header>
<p>{p[5]}</p><a href="{U(p[0])}" class="feed__readmore">Läs mer</a></div>
</article>''' for p in items)
    pag = ''
    if prev or nxt:
        pag = '<nav class="pagination">'
        if prev:
            pag += f'<div class="pagination__item"><a href="{U(prev)}" class="btn">Nyare inlägg</a></div>'
        if nxt:
            pag += f'<div class="pagination__item"><a href="{U(nxt)}" class="btn">Äldre inlägg</a></div>'
        pag += '</nav>'
    inner = f'''<div class="hero hero--noimage"><header class="hero__content"><div class="wrapper"><h1>{title}</h1>{intro}</div></header></div>
<div class="feed wrapper">
{feed}
</div>
{pag}'''
    cls = 'tag-template' if path.startswith('/amne/') else 'blog-template'
    return layout(path, title, inner, cls)


def build():
    pages = {}
    CK = [(KP, 'Kommun och politik')]
    CF = CK + [(FUND, 'Sociala investeringsfonden')]

    pages['/'] = page('/', 'Välkommen till Orsa kommun', f'''<p class="lead">Orsa – mellan sjön och fjällen. Här bor knappt 7 000 invånare i Orsa, Skattungbyn, Våmhus, Hansjö och Mässbacken.</p>
<h2>Genvägar</h2>
<ul class="shortcuts">
<li><a href="{U('/jobb/')}">Lediga jobb</a></li>
<li><a href="{U('/bygga-bo-och-miljo/avfall-och-atervinning/')}">Sophämtning</a></li>
<li><a href="{U('/barn-och-utbildning/skolmat/')}">Skolmat</a></li>
<li><a href="{U('/evenemang/')}">Evenemang</a></li>
</ul>
<p class="popular">Många söker efter: <a href="{U('/sok/?q=sop%C3%A4mtning')}">sophämtning</a>, <a href="{U('/sok/?q=bygglov')}">bygglov</a>, <a href="{U('/sok/?q=skolskjuts')}">skolskjuts</a></p>
<h2>Senaste nytt</h2>
<ul class="latest-posts">
{''.join(f'<li><time datetime="{p[2]}">{p[3]}</time> <a href="{U(p[0])}">{p[1]}</a></li>' for p in POSTS[:3])}
</ul>
<p><a href="{U('/nyheter/')}">Alla nyheter</a></p>''', [])

    pages[KP] = page(KP, 'Kommun och politik', f'''<p class="lead">Så styrs Orsa kommun: politik, ekonomi och kommunens gemensamma satsningar.</p>
<ul>
<li><a href="{U('/kommun-och-politik/kommunfullmaktige/')}">Kommunfullmäktige</a></li>
<li><a href="{U(KP + 'ekonomi/')}">Ekonomi</a></li>
<li><a href="{U(FUND)}">Sociala investeringsfonden</a></li>
<li><a href="{U('/jobb/')}">Jobba i Orsa kommun</a></li>
</ul>''', [])

    pages[FUND] = page(FUND, 'Sociala investeringsfonden', f'''<p class="lead">Orsa kommuns sociala investeringsfond ger förvaltningarna möjlighet att pröva förebyggande arbetssätt som kan ge barn, unga och äldre bättre förutsättningar – och som på sikt minskar kommunens kostnader.</p>
<p>Kommunfullmäktige inrättade fonden 2022 med 6 miljoner kronor av 2021 års överskott. I juni 2025 fylldes fonden på med 2 miljoner kronor. Fonden förvaltas av kommunstyrelsen, som också beslutar om medel.</p>
<h2>Pågående projekt</h2>
<ul>
<li><a href="{U(P1)}">Orsamodellen – tidiga insatser för barn</a>, socialförvaltningen och barn- och utbildningsförvaltningen</li>
<li>Förskoleteamet, barn- och utbildningsförvaltningen</li>
<li>Träffpunkt Våmhus, vård och omsorg</li>
</ul>
<p>Projekt som har avslutats hittar du under <a href="{U(FUND + 'tidigare-projekt/')}">Tidigare projekt</a>.</p>
<h2>Kontakt</h2>
<p>Lena Mattsson, folkhälsostrateg<br>Telefon: 0250-55 21 37<br><a href="mailto:lena.mattsson@orsa.se">lena.mattsson@orsa.se</a></p>''', CK, side=FUNDNAV,
        desc='Orsa kommuns sociala investeringsfond finansierar förebyggande projekt.')

    pages[FUND + 'sa-ansoker-du/'] = page(FUND + 'sa-ansoker-du/', 'Så ansöker du', f'''<p class="lead">Det är kommunens förvaltningar som kan söka medel ur den sociala investeringsfonden. Föreningar och andra organisationer kan vara samarbetspartner.</p>
<ol>
<li>Prata med folkhälsostrategen om er idé.</li>
<li>Fyll i <a href="{U('/media/files/ansokan-sociala-investeringsfonden.docx')}">ansökningsblanketten (Word)</a>. Beskriv problemet, målgruppen, vad ni vill göra, vad det kostar och hur ni ska följa upp resultatet.</li>
<li>Skicka ansökan till <a href="mailto:orsa.kommun@orsa.se">orsa.kommun@orsa.se</a>, märkt "Sociala investeringsfonden", senast den 30 november.</li>
</ol>
<p>Kommunstyrelsens arbetsutskott bereder ansökningarna och kommunstyrelsen beslutar i februari eller mars.</p>''', CF, side=FUNDNAV)

    pages[FUND + 'riktlinjer/'] = page(FUND + 'riktlinjer/', 'Riktlinjer', '''<p class="lead">Riktlinjerna för den sociala investeringsfonden antogs av kommunfullmäktige den 20 juni 2022, § 61.</p>
<ul>
<li>Projektet ska vara förebyggande och rikta sig till invånare i Orsa kommun.</li>
<li>Projektet ska vara nytt och får inte ersätta ordinarie verksamhet.</li>
<li>Ett projekt kan få högst 2,5 miljoner kronor och pågå i högst tre år.</li>
<li>Minst två förvaltningar, eller en förvaltning och en extern part, ska samverka.</li>
<li>Projektet ska redovisas till kommunstyrelsen varje år och med en slutrapport.</li>
<li>Om projektet leder till lägre kostnader ska förvaltningen bedöma om arbetssättet ska införas i ordinarie verksamhet.</li>
</ul>''', CF, side=FUNDNAV)

    pages[FUND + 'tidigare-projekt/'] = page(FUND + 'tidigare-projekt/', 'Tidigare projekt', f'''<p class="lead">Här finns projekt som har fått medel ur den sociala investeringsfonden och som nu är avslutade.</p>
<details class="accordion"><summary>Simskola för alla (2022–2024)</summary>
<div class="accordion__content"><p>Gratis simskola för barn som inte kunde simma när de började årskurs 2. Nu en del av kultur- och fritidsförvaltningens ordinarie verksamhet.</p>
<p><a href="{U(P2)}">Läs mer om Simskola för alla</a></p></div></details>
<details class="accordion"><summary>Läxhjälp på biblioteket (2022–2023)</summary>
<div class="accordion__content"><p>Läxhjälp två kvällar i veckan för elever i årskurs 4–9, med volontärer från Orsa IF och Röda korset. Projektet har ingen egen sida. Resultatet redovisades för kommunstyrelsen i december 2023.</p></div></details>
<details class="accordion"><summary>Sommarentreprenörer (2024–2025)</summary>
<div class="accordion__content"><p>Ungdomar drev egna sommarföretag med stöd av handledare. Projektet avslutades i augusti 2025 och en slutrapport kommer under vintern.</p></div></details>''', CF, side=FUNDNAV)

    pages[FUND + 'uppfoljning/'] = page(FUND + 'uppfoljning/', 'Uppföljning', '''<p class="lead">Så har medlen ur den sociala investeringsfonden fördelats sedan starten 2022.</p>
<p>Fonden hade 6 miljoner kronor vid starten och fick ett tillskott på 2 miljoner kronor i juni 2025.</p>
<table>
<thead><tr><th>År</th><th>Ansökningar</th><th>Beviljade projekt</th><th>Beviljat belopp</th></tr></thead>
<tbody>
<tr><td>2022</td><td>4</td><td>2</td><td>600 000 kr</td></tr>
<tr><td>2023</td><td>3</td><td>1</td><td>1 950 000 kr</td></tr>
<tr><td>2024</td><td>5</td><td>2</td><td>2 760 000 kr</td></tr>
<tr><td>2025</td><td>2</td><td>1</td><td>540 000 kr</td></tr>
<tr><td><strong>Summa</strong></td><td>14</td><td>6</td><td><strong>5 850 000 kr</strong></td></tr>
</tbody>
</table>
<p>Varje projekt lämnar en årlig rapport till kommunstyrelsen. Hösten 2025 gör kommunens revisorer en granskning av hur fonden används.</p>''', CF, side=FUNDNAV)

    pages[P1] = page(P1, 'Orsamodellen – tidiga insatser för barn', '''<p class="lead">Orsamodellen är ett sätt att arbeta där skola, förskola och socialtjänst upptäcker och möter barns behov tidigt – innan problemen har vuxit sig stora.</p>
<p>När en lärare eller förskollärare känner oro för ett barn kan de kalla till ett samordningsmöte med familjen, elevhälsan och en familjebehandlare från socialtjänsten. Tillsammans gör de en plan, och familjen kan få stöd utan att det först görs en utredning.</p>
<h2>Fakta</h2>
<ul>
<li><strong>Projektperiod:</strong> januari 2024 – december 2026</li>
<li><strong>Budget:</strong> 1 950 000 kronor ur sociala investeringsfonden</li>
<li><strong>Ansvariga:</strong> Socialförvaltningen och barn- och utbildningsförvaltningen</li>
<li><strong>Målgrupp:</strong> Barn 3–12 år i Orsa kommun och deras familjer</li>
</ul>
<p>Målet är att fler barn ska få stöd tidigt och att antalet placeringar av barn och unga ska minska. Halvtidsrapporten i mars 2025 visade att 38 familjer har fått stöd genom modellen.</p>''', CF, side=FUNDNAV)

    pages[P2] = page(P2, 'Simskola för alla', f'''<p class="lead">Projektet är avslutat. Simskola för alla gav barn som inte kunde simma en gratis simskola i Orsa badhus.</p>
<p>Simskola för alla pågick från augusti 2022 till juni 2024. Kultur- och fritidsförvaltningen fick 420 000 kronor ur den sociala investeringsfonden och genomförde projektet tillsammans med skolorna och Orsa simsällskap. Målgruppen var barn i årskurs 2–6 som inte klarade skolans simkrav, många av dem nyanlända.</p>
<h2>Resultat</h2>
<p>Under projekttiden gick 112 barn simskolan och 97 av dem lärde sig simma 200 meter. Sedan hösten 2024 ingår simskolan i kultur- och fritidsförvaltningens ordinarie verksamhet.</p>
<p><a href="{U(FUND + 'tidigare-projekt/')}">Tillbaka till tidigare projekt</a></p>''', CF + [(FUND + 'tidigare-projekt/', 'Tidigare projekt')], side=FUNDNAV)

    # ---------- ekonomi / årsredovisning ----------
    pages[KP + 'ekonomi/'] = page(KP + 'ekonomi/', 'Ekonomi', f'''<p class="lead">Orsa kommuns budget är drygt 700 miljoner kronor per år. Här hittar du budget, årsredovisning och delårsrapporter.</p>
<ul>
<li><a href="{U(AR)}">Årsredovisning 2024 i korthet</a></li>
<li><a href="{U('/media/files/arsredovisning-2024.pdf')}">Årsredovisning 2024 (pdf)</a></li>
<li><a href="{U('/media/files/budget-2026.pdf')}">Budget 2026 med plan för 2027–2028 (pdf)</a></li>
<li><a href="{U('/media/files/delarsrapport-augusti-2025.pdf')}">Delårsrapport januari–augusti 2025 (pdf)</a></li>
</ul>
<p>Kommunens skattesats 2025 är 23,14 kronor per hundralapp.</p>''', CK)

    pages[AR] = page(AR, 'Årsredovisning 2024 i korthet', f'''<p class="lead">Orsa kommun redovisar ett överskott på 14,2 miljoner kronor för 2024. Här är en sammanfattning av årsredovisningen.</p>
<h2>Året i siffror</h2>
<ul>
<li>Resultat: 14,2 miljoner kronor</li>
<li>Antal invånare 31 december: 6 912</li>
<li>Antal anställda: 712</li>
<li>Investeringar: 48 miljoner kronor</li>
</ul>
<h2>Viktiga händelser under året</h2>
<ul>
<li>Kyrkbyns nya förskola med sex avdelningar invigdes i augusti.</li>
<li><a href="{U(P3)}">Förskoleteamet</a> startade i augusti och ger förskolorna stöd av specialpedagog, logoped och psykolog.</li>
<li>Renoveringen av Orsa badhus blev klar i mars.</li>
<li>Kommunen fick ett nytt avtal om bredband till Hansjö och Mässbacken.</li>
</ul>
<h2>Måluppfyllelse</h2>
<p>Av kommunfullmäktiges tolv mål uppfylldes åtta helt och tre delvis. Målet om minskad sjukfrånvaro uppfylldes inte.</p>''', CK + [(KP + 'ekonomi/', 'Ekonomi')])

    # ---------- barn och utbildning ----------
    CB = [('/barn-och-utbildning/', 'Barn och utbildning')]
    pages['/barn-och-utbildning/'] = page('/barn-och-utbildning/', 'Barn och utbildning', f'''<p class="lead">Förskola, grundskola och gymnasium i Orsa kommun.</p>
<ul><li><a href="{U('/barn-och-utbildning/forskola/')}">Förskola</a></li><li><a href="{U('/barn-och-utbildning/grundskola/')}">Grundskola</a></li><li><a href="{U('/barn-och-utbildning/gymnasium/')}">Gymnasium</a></li><li><a href="{U('/barn-och-utbildning/skolmat/')}">Skolmat</a></li></ul>''', [])
    pages['/barn-och-utbildning/forskola/'] = page('/barn-och-utbildning/forskola/', 'Förskola', f'''<p class="lead">Orsa kommun har sju förskolor. Ditt barn kan börja i förskola från ett års ålder.</p>
<h2>Våra förskolor</h2>
<ul><li>Kyrkbyns förskola</li><li>Tallbackens förskola</li><li>Stackmora förskola</li><li>Skattungbyns förskola</li><li>Våmhus förskola</li><li>Hansjö förskola</li><li>Fryksås förskola</li></ul>
<p>Ansök om plats i <a href="https://e-tjanster.orsa.se/forskola">e-tjänsten</a> senast fyra månader innan ni behöver platsen.</p>''', CB)
    pages[P3] = page(P3, 'Förskoleteamet', '''<p class="lead">Förskoleteamet är ett stöd till förskolorna i Orsa när ett barn behöver extra hjälp med språk, samspel eller beteende.</p>
<p>I teamet finns en specialpedagog, en logoped och en psykolog. De handleder personalen, träffar barnen i förskolan och stöttar föräldrar. Förskolan kontaktar teamet, och vårdnadshavare kan också själva höra av sig.</p>
<h2>Om satsningen</h2>
<p>Förskoleteamet startade i augusti 2024 och finansieras med 2 400 000 kronor från kommunens sociala investeringsfond under perioden augusti 2024 – juli 2027. Barn- och utbildningsförvaltningen ansvarar, i samarbete med Region Dalarnas barnhälsovård och socialförvaltningen.</p>
<p>Målgruppen är barn 1–5 år i Orsas förskolor och personalen som arbetar med dem. Målet är att fler barn ska få rätt stöd innan de börjar skolan.</p>
<p>Kontakt: Karin Olsson, specialpedagog, 0250-55 22 41.</p>''', CB + [('/barn-och-utbildning/forskola/', 'Förskola')])

    # ---------- omsorg ----------
    CO = [('/omsorg-och-stod/', 'Omsorg och stöd')]
    pages['/omsorg-och-stod/'] = page('/omsorg-och-stod/', 'Omsorg och stöd', f'''<p class="lead">Stöd och omsorg för äldre, personer med funktionsnedsättning och familjer.</p>
<ul><li><a href="{U('/omsorg-och-stod/aldreomsorg/')}">Äldreomsorg</a></li><li><a href="{U('/omsorg-och-stod/individ-och-familj/')}">Individ och familj</a></li><li><a href="{U('/omsorg-och-stod/funktionsnedsattning/')}">Funktionsnedsättning</a></li></ul>''', [])
    pages['/omsorg-och-stod/aldreomsorg/'] = page('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg', f'''<p class="lead">Behöver du hjälp i vardagen kan du ansöka om hemtjänst, trygghetslarm eller särskilt boende.</p>
<h2>Hemtjänst</h2>
<p>Hemtjänsten hjälper dig med till exempel städning, inköp och personlig omvårdnad. Du ansöker hos kommunens biståndshandläggare.</p>
<h2>Särskilt boende</h2>
<p>Orsa kommun har två särskilda boenden: Orsagården och Tallbacken.</p>
<h2>Träffpunkter</h2>
<p>På Träffpunkten i Orsa centrum, Kyrkogatan 3, kan du äta lunch, spela bingo och träffa andra. Öppet måndag–fredag kl. 10–15.</p>
<p>Kontakt: biståndshandläggare, telefon 0250-55 23 00.</p>''', CO)
    pages[P5] = page(P5, 'Träffpunkt Våmhus', '''<p class="lead">Träffpunkt Våmhus är en mötesplats för äldre i Våmhus och byarna runt om. Här kan du fika, äta lunch, träffa grannar och delta i aktiviteter.</p>
<p>Träffpunkten håller öppet tisdagar och torsdagar kl. 10–14 i Våmhus bygdegård. Varje torsdag serveras lunch för 60 kronor. Det finns möjlighet att åka med kommunens anropsstyrda trafik.</p>
<h2>Om projektet</h2>
<ul>
<li><strong>Projekttid:</strong> april 2025 – mars 2027</li>
<li><strong>Finansiering:</strong> 540 000 kronor ur sociala investeringsfonden</li>
<li><strong>Ansvarig:</strong> Vård och omsorg, Orsa kommun</li>
<li><strong>Tillsammans med:</strong> Våmhus bygdegårdsförening och Svenska kyrkan i Orsa</li>
<li><strong>För vem:</strong> Personer över 65 år i Våmhus med omnejd</li>
</ul>
<p>Syftet är att minska ofrivillig ensamhet och att fler ska kunna bo kvar hemma längre. Träffpunkten följs upp med enkäter till besökarna varje halvår.</p>''', CO + [('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg')])

    # ---------- news, tag pages, posts ----------
    pages['/nyheter/'] = listing('/nyheter/', 'Nyheter', POSTS[:4], nxt='/nyheter/page/2/')
    pages['/nyheter/page/2/'] = listing('/nyheter/page/2/', 'Nyheter – sida 2', POSTS[4:], prev='/nyheter/')
    tagged = [p for p in POSTS if any(t == 'sociala-investeringar' for t, n in p[4])]
    intro = '<p>Nyheter om Orsa kommuns sociala investeringsfond.</p>'
    pages[TAG] = listing(TAG, 'Sociala investeringar', tagged[:4], nxt=TAG + 'page/2/', intro=intro)
    pages[TAG + 'page/2/'] = listing(TAG + 'page/2/', 'Sociala investeringar – sida 2', tagged[4:], prev=TAG, intro=intro)
    for i in range(len(POSTS)):
        pages[POSTS[i][0]] = post_page(i)

    # ---------- events ----------
    pages['/evenemang/'] = page('/evenemang/', 'Evenemang', f'''<p class="lead">Evenemang som Orsa kommun ordnar. Fler evenemang i Orsa hittar du hos <a href="https://www.visitorsa.se/evenemang">Visit Orsa</a>.</p>
<ul class="events">
<li><strong>12 november 2025</strong> – <a href="{U(EVENT)}">Öppet hus på Träffpunkt Våmhus</a></li>
<li><strong>29 november 2025</strong> – Julmarknad på Orsa torg, kl. 11–15</li>
<li><strong>13 december 2025</strong> – Luciafirande i Orsa kyrka</li>
</ul>''', [])
    pages[EVENT] = page(EVENT, 'Öppet hus på Träffpunkt Våmhus', f'''<p class="lead">Välkommen på öppet hus! Kom och se hur det ser ut, träffa personalen och ta en fika.</p>
<p><strong>När:</strong> onsdag 12 november 2025 kl. 13–16<br>
<strong>Var:</strong> Våmhus bygdegård, Bygdegårdsvägen 4, Våmhus<br>
<strong>Kostnad:</strong> gratis, kaffe och våfflor bjuder vi på</p>
<p>Spelmännen från Våmhus spelar klockan 14. Ingen anmälan behövs.</p>
<p><a href="{U(P5)}">Läs mer om Träffpunkt Våmhus</a></p>''', [('/evenemang/', 'Evenemang')])

    # ---------- jobs ----------
    pages['/jobb/'] = page('/jobb/', 'Lediga jobb', f'''<p class="lead">Orsa kommun har drygt 700 medarbetare. Här är våra lediga jobb just nu.</p>
<ul>
<li><a href="{U(JOB)}">Kvalitetsutvecklare inom individ- och familjeomsorgen</a> – sista ansökningsdag 30 november 2025</li>
<li><a href="https://orsa.varbi.com/what:job/jobID:805517/">Undersköterska till hemtjänsten</a> – sista ansökningsdag 20 november 2025</li>
<li><a href="https://orsa.varbi.com/what:job/jobID:805230/">Förskollärare till Kyrkbyns förskola</a> – sista ansökningsdag 16 november 2025</li>
</ul>''', [])
    pages[JOB] = page(JOB, 'Kvalitetsutvecklare inom individ- och familjeomsorgen', '''<p class="lead">Vill du utveckla socialtjänsten i en liten kommun där vägen mellan idé och verklighet är kort? Socialförvaltningen söker en kvalitetsutvecklare.</p>
<h2>Arbetsuppgifter</h2>
<p>Du leder förvaltningens systematiska kvalitetsarbete och följer upp verksamhetens resultat. Du är också förvaltningens kontaktperson för den sociala investeringsfonden och ansvarar för uppföljningen av Orsamodellen, som finansieras ur fonden.</p>
<h2>Kvalifikationer</h2>
<p>Socionomexamen eller annan relevant högskoleutbildning och några års erfarenhet av socialt arbete. Erfarenhet av uppföljning och analys är meriterande.</p>
<p>Anställningsform: tillsvidare, heltid. Tillträde: 1 februari 2026. Sista ansökningsdag: 30 november 2025. Ansök via <a href="https://orsa.varbi.com/what:job/jobID:805601/">Varbi</a>.</p>''', [('/jobb/', 'Lediga jobb')])

    for p, text in pages.items():
        write(H, p, text)
    write(H, '/robots.txt', '''User-agent: *
Disallow: /sok/
Disallow: /intranat/
Disallow: /*/amp/
''')
    return pages


if __name__ == '__main__':
    print(len(build()))
