"""Hofors kommun (2104) on hosted WordPress 6.8 (block theme) – generator for heldout_sites14."""
from make_common import write, sitemap

H = 'www.hofors.se'
B = 'https://www.hofors.se'
PAGES, POSTS = [], []
FUND = '/kommun-och-politik/sociala-investeringsmedel/'
H1P = FUND + 'familjestod-i-forskolan/'
H2P = FUND + 'ung-kraft/'
H3P = '/omsorg-och-stod/stod-till-vuxna/boendecoach-for-unga-vuxna/'
H4P = '/omsorg-och-stod/aldreomsorg/traffpunkter/ma-bra-traffar-i-torsaker/'
H5P = '/barn-och-utbildning/elevhalsa/narvarolyftet/'
FOLK = '/kommun-och-politik/folkhalsa-och-trygghet/'
_pid = [30]

MENU = [('Barn och utbildning', '/barn-och-utbildning/', [('Förskola', '/barn-och-utbildning/forskola/'), ('Grundskola', '/barn-och-utbildning/grundskola/'), ('Elevhälsa', '/barn-och-utbildning/elevhalsa/')]),
        ('Omsorg och stöd', '/omsorg-och-stod/', [('Äldreomsorg', '/omsorg-och-stod/aldreomsorg/'), ('Stöd till vuxna', '/omsorg-och-stod/stod-till-vuxna/')]),
        ('Kultur och fritid', '/kultur-och-fritid/', []),
        ('Bo och miljö', '/bo-och-miljo/', []),
        ('Kommun och politik', '/kommun-och-politik/', [('Kommunfullmäktige', '/kommun-och-politik/kommunfullmaktige/'), ('Sociala investeringsmedel', FUND), ('Lediga jobb', '/kommun-och-politik/lediga-jobb/')]),
        ('Aktuellt', '/aktuellt/', [])]


def nav():
    out = []
    for n, h, sub in MENU:
        if sub:
            subs = ''.join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{B}{sh}"><span class="wp-block-navigation-item__label">{sn}</span></a></li>' for sn, sh in sub)
            out.append(f'<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="{B}{h}">{n}</a><button aria-label="Undermeny för {n}" class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" aria-expanded="false"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg></button><ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{subs}</ul></li>')
        else:
            out.append(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{B}{h}"><span class="wp-block-navigation-item__label">{n}</span></a></li>')
    return ''.join(out)


def header():
    return f'''<header class="wp-block-template-part">
<div class="wp-block-group alignfull has-primary-background-color has-background is-layout-flow">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<div class="wp-block-site-logo"><a href="{B}/" class="custom-logo-link" rel="home"><img width="180" height="60" src="{B}/wp-content/uploads/2024/03/hofors-kommun-logo.svg" class="custom-logo" alt="Hofors kommun" decoding="async"></a></div>
<form role="search" method="get" action="{B}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Sök</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Sök på hofors.se" value="" type="search" name="s" required><button aria-label="Sök" class="wp-block-search__button wp-element-button" type="submit">Sök</button></div></form>
</div>
<nav class="is-responsive items-justified-left wp-block-navigation is-layout-flex" aria-label="Huvudmeny"><button aria-haspopup="dialog" aria-label="Öppna meny" class="wp-block-navigation__responsive-container-open">Meny</button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-container-content"><ul class="wp-block-navigation__container is-responsive items-justified-left wp-block-navigation">{nav()}</ul></div></div></nav>
</div>
</header>'''


FOOTER = f'''<footer class="wp-block-template-part">
<div class="wp-block-group alignfull has-contrast-background-color has-background is-layout-constrained">
<div class="wp-block-columns alignwide is-layout-flex">
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Hofors kommun</h2>
<p>813 81 Hofors<br>Besöksadress: Centralgatan 6<br>Telefon: 0290-290 00<br><a href="mailto:kommun@hofors.se">kommun@hofors.se</a></p></div>
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Om webbplatsen</h2>
<ul class="wp-block-list"><li><a href="{B}/om-webbplatsen/">Om webbplatsen</a></li><li><a href="{B}/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="{B}/om-webbplatsen/personuppgifter/">Personuppgifter</a></li><li><a href="{B}/intranat/">Intranät för medarbetare</a></li></ul></div>
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Följ oss</h2>
<ul class="wp-block-social-links is-layout-flex"><li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://www.facebook.com/hoforskommun" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li><li class="wp-social-link wp-social-link-instagram wp-block-social-link"><a href="https://www.instagram.com/hoforskommun/" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Instagram</span></a></li></ul>
<p class="has-small-font-size"><a href="{B}/wp-login.php">Logga in</a></p></div>
</div></div>
</footer>'''


def crumbs(trail):
    parts = [f'<span><a href="{B}/">Start</a></span>']
    for n, h in trail[:-1]:
        parts.append(f'<span><a href="{B}{h}">{n}</a></span>')
    parts.append(f'<span class="breadcrumb_last" aria-current="page">{trail[-1][0]}</span>')
    return f'<nav class="yoast-breadcrumbs alignwide" aria-label="Brödsmulor"><span>{" » ".join(parts)}</span></nav>'


def doc(path, title, trail, inner, kind='page', parent=0, pid=None, desc=None, sidebar='', date=None):
    if pid is None:
        _pid[0] += 3
        pid = _pid[0]
    rest = 'posts' if kind == 'post' else 'pages'
    if kind == 'post':
        bodycls = f'wp-singular post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive'
    elif kind == 'archive':
        bodycls = 'archive tag wp-embed-responsive'
    elif kind == 'home':
        bodycls = 'blog wp-embed-responsive'
    elif kind == 'front':
        bodycls = f'home wp-singular page-template-default page page-id-{pid} wp-embed-responsive'
    else:
        bodycls = f'wp-singular page-template-default page page-id-{pid}' + (f' page-child parent-pageid-{parent}' if parent else '') + ' wp-embed-responsive'
    rest_link = f'<link rel="alternate" title="JSON" type="application/json" href="{B}/wp-json/wp/v2/{rest}/{pid}" />\n<link rel=\'shortlink\' href=\'{B}/?p={pid}\' />\n' if kind in ('page', 'post', 'front') else ''
    og_type = 'article' if kind == 'post' else 'website'
    main_cols = inner
    if sidebar:
        main_cols = f'''<div class="wp-block-columns alignwide is-layout-flex">
<div class="wp-block-column is-layout-flow" style="flex-basis:68%">{inner}</div>
<div class="wp-block-column hofors-sidebar is-layout-flow" style="flex-basis:32%">{sidebar}</div>
</div>'''
    html = f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>{title} - Hofors kommun</title>
	<!-- This site is optimized with the Yoast SEO plugin v25.3.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{desc or title}" />
	<link rel="canonical" href="{B}{path}" />
	<meta property="og:locale" content="sv_SE" />
	<meta property="og:type" content="{og_type}" />
	<meta property="og:title" content="{title} - Hofors kommun" />
	<meta property="og:url" content="{B}{path}" />
	<meta property="og:site_name" content="Hofors kommun" />
	<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="Hofors kommun &raquo; Flöde" href="{B}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{B}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1' media='all' />
<link rel='stylesheet' id='hofors-2025-style-css' href='{B}/wp-content/themes/hofors-2025/style.css?ver=1.3.2' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='{B}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1741612234' media='all' />
<link rel="https://api.w.org/" href="{B}/wp-json/" />{chr(10) + rest_link if rest_link else chr(10)}<meta name="generator" content="WordPress 6.8.1" />
</head>
<body class="{bodycls}">
<div class="wp-site-blocks">
{header()}
<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">
{crumbs(trail) if trail else ''}
{main_cols}
</main>
{FOOTER}
</div>
<script src="{B}/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1741612234" id="cmplz-cookiebanner-js"></script>
<script src="https://cdn-eu.readspeaker.com/script/12031/webReader/webReader.js?pids=wr" id="rs_req_Init"></script>
</body>
</html>
'''
    write(H, path, html)
    return pid


def pg(path, title, trail, content, parent=0, sidebar='', desc=None, kind='page', modified='2025-09-10'):
    PAGES.append((path, modified))
    return doc(path, title, trail, f'''<h1 class="wp-block-post-title">{title}</h1>
<div class="entry-content alignfull wp-block-post-content is-layout-constrained">
{content}
</div>''', kind=kind, parent=parent, sidebar=sidebar, desc=desc)


TAG = '/amne/sociala-investeringar/'


def post(slug, date, title, content, tags=False):
    path = f'/aktuellt/{slug}/'
    POSTS.append((path, date, title, tags))
    taghtml = f'<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Ämne: </span><a href="{B}{TAG}" rel="tag">Sociala investeringar</a></div>' if tags else ''
    doc(path, title, [('Aktuellt', '/aktuellt/'), (title, path)], f'''<h1 class="wp-block-post-title">{title}</h1>
<div class="wp-block-post-date"><time datetime="{date}T09:00:00+01:00">{date}</time></div>
<div class="entry-content alignfull wp-block-post-content is-layout-constrained">
{content}
</div>
{taghtml}''', kind='post')
    return path


def fund_pages_list(current):
    items = [('Så ansöker du', FUND + 'sa-ansoker-du/'), ('Regler och kriterier', FUND + 'regler-och-kriterier/'),
             ('Uppföljning', FUND + 'uppfoljning/'), ('Familjestöd i förskolan', H1P), ('Ung kraft', H2P)]
    cur = ' aria-current="page"'
    lis = ''.join(f'<li class="wp-block-pages-list__item{" current-menu-item" if h == current else ""}"><a class="wp-block-pages-list__item__link" href="{B}{h}"{cur if h == current else ""}>{n}</a></li>' for n, h in items)
    return f'''<div class="wp-block-group has-base-2-background-color has-background is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size"><a href="{B}{FUND}">Sociala investeringsmedel</a></h2>
<ul class="wp-block-page-list">{lis}</ul>
</div>'''


def build():
    # ---------------- posts (newest first)
    p_call = post('nu-kan-du-soka-sociala-investeringsmedel-for-2026', '2026-01-15', 'Nu kan du söka sociala investeringsmedel för 2026', f'''<p>Kommunens verksamheter kan nu söka pengar ur de sociala investeringsmedlen. För 2026 finns drygt 1 000 000 kronor kvar att fördela.</p>
<p>Pengarna ska gå till förebyggande insatser för barn, unga, vuxna eller äldre i Hofors kommun. Insatsen ska pröva något nytt och kunna bli en del av den vanliga verksamheten om den faller väl ut.</p>
<p>Sista dag att söka är den 28 februari. Beslut fattas av kommunstyrelsens arbetsutskott i april.</p>
<p><a href="{B}{FUND}sa-ansoker-du/">Så ansöker du om sociala investeringsmedel</a></p>''', tags=True)
    p_jul = post('oppettider-i-kommunhuset-under-jul-och-nyar', '2025-12-18', 'Öppettider i kommunhuset under jul och nyår',
                 '<p>Kommunhusets reception har stängt på julafton, juldagen, nyårsafton och nyårsdagen. Övriga vardagar mellan jul och nyår är receptionen öppen 9–12.</p>')
    p_job = post('vi-soker-en-samordnare-for-sociala-investeringar-och-folkhalsa', '2025-11-05', 'Vi söker en samordnare för sociala investeringar och folkhälsa', '''<p>Hofors kommun söker en samordnare som ska leda kommunens arbete med folkhälsa och sociala investeringsmedel.</p>
<h2 class="wp-block-heading">Arbetsuppgifter</h2>
<p>Du stöttar verksamheterna när de söker pengar, följer upp pågående projekt som Familjestöd i förskolan, Ung kraft och Närvarolyftet och samordnar kommunens folkhälsoråd. Du rapporterar till kommunstyrelsen två gånger per år.</p>
<h2 class="wp-block-heading">Kvalifikationer</h2>
<p>Du har en högskoleutbildning inom folkhälsovetenskap, socialt arbete eller liknande och erfarenhet av projektledning och uppföljning.</p>
<p>Tjänsten är en tillsvidareanställning på 75 procent. Sista ansökningsdag är 30 november. Ansök via <a href="https://hofors.varbi.com/">hofors.varbi.com</a>.</p>''', tags=True)
    p_boende = post('boendecoach-ska-hjalpa-unga-vuxna-att-klara-eget-boende', '2025-10-02', 'Boendecoach ska hjälpa unga vuxna att klara eget boende', f'''<p>Sedan september har socialtjänsten en boendecoach som ska hjälpa unga vuxna mellan 18 och 25 år att klara sitt första egna boende.</p>
<p>Många unga som flyttar hemifrån för första gången får problem med hyran, räkningar och grannar. Några blir av med bostaden redan första året. Boendecoachen hjälper till med budget, kontakter med hyresvärden och vardagliga sysslor.</p>
<p>– Vi vill komma in innan det har gått så långt att det blir en vräkning, säger Lena Holm, enhetschef på socialtjänsten.</p>
<p>Satsningen betalas med kommunens sociala investeringsmedel. Läs mer om <a href="{B}{H3P}">Boendecoach för unga vuxna</a>.</p>''', tags=True)
    p_gym = post('nytt-utegym-vid-hammarbacken', '2025-08-20', 'Nytt utegym vid Hammarbacken',
                 '<p>Nu finns ett utegym vid Hammarbacken. Det är fritt att använda och har redskap för både nybörjare och vana motionärer.</p>')
    p_kf = post('kommunfullmaktige-avsatter-tre-miljoner-kronor-till-sociala-investeringar', '2025-06-19', 'Kommunfullmäktige avsätter tre miljoner kronor till sociala investeringar', f'''<p>Kommunfullmäktige beslutade den 16 juni att avsätta tre miljoner kronor till sociala investeringsmedel för åren 2025–2027. Sedan 2023 har kommunen haft en mindre pott på två miljoner kronor, som nu i stort sett är förbrukad.</p>
<p>Pengarna ska användas till förebyggande insatser som kan minska utanförskap och ohälsa. Kommunstyrelsens arbetsutskott beslutar om vilka insatser som ska få pengar.</p>
<p>– För en liten kommun som Hofors är det extra viktigt att vi satsar tidigt. Varje ung människa som vi hjälper in i arbete eller studier gör stor skillnad, säger kommunstyrelsens ordförande.</p>
<p><a href="{B}{FUND}">Läs mer om sociala investeringsmedel</a></p>''', tags=True)
    p_vatten = post('vattnet-stangs-av-pa-bruksgatan', '2025-05-07', 'Vattnet stängs av på Bruksgatan',
                    '<p>På grund av ledningsarbete stängs vattnet av på Bruksgatan 12–24 tisdagen den 13 maj klockan 8–14.</p>')

    def plist(items):
        return '<ul class="wp-block-post-template is-layout-flow">' + ''.join(
            f'<li class="wp-block-post post type-post status-publish format-standard hentry"><h2 class="wp-block-post-title has-large-font-size"><a href="{B}{p}" target="_self">{t}</a></h2><div class="wp-block-post-date"><time datetime="{d}">{d}</time></div></li>'
            for p, d, t, _ in items) + '</ul>'

    page1, page2 = POSTS[:5], POSTS[5:]
    PAGES.append(('/aktuellt/', '2026-01-15'))
    doc('/aktuellt/', 'Aktuellt', [('Aktuellt', '/aktuellt/')], f'''<h1 class="wp-block-heading">Aktuellt</h1>
<div class="wp-block-query is-layout-flow">{plist(page1)}
<nav class="wp-block-query-pagination is-layout-flex" aria-label="Sidnumrering"><div class="wp-block-query-pagination-numbers"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="{B}/aktuellt/page/2/">2</a></div><a href="{B}/aktuellt/page/2/" class="wp-block-query-pagination-next">Nästa sida</a></nav></div>''', kind='home')
    doc('/aktuellt/page/2/', 'Aktuellt – Sida 2 av 2', [('Aktuellt', '/aktuellt/'), ('Sida 2', '/aktuellt/page/2/')], f'''<h1 class="wp-block-heading">Aktuellt</h1>
<div class="wp-block-query is-layout-flow">{plist(page2)}
<nav class="wp-block-query-pagination is-layout-flex" aria-label="Sidnumrering"><a href="{B}/aktuellt/" class="wp-block-query-pagination-previous">Föregående sida</a><div class="wp-block-query-pagination-numbers"><a class="page-numbers" href="{B}/aktuellt/">1</a>
<span aria-current="page" class="page-numbers current">2</span></div></nav></div>''', kind='home')
    doc(TAG, 'Sociala investeringar', [('Aktuellt', '/aktuellt/'), ('Sociala investeringar', TAG)], f'''<h1 class="wp-block-query-title">Ämne: Sociala investeringar</h1>
<div class="wp-block-query is-layout-flow">{plist([x for x in POSTS if x[3]])}</div>''', kind='archive')

    # ---------------- start page
    pg('/', 'Välkommen till Hofors kommun', None, f'''<div class="wp-block-buttons is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{B}/barn-och-utbildning/forskola/">Förskola</a></div>
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{B}/omsorg-och-stod/aldreomsorg/">Äldreomsorg</a></div>
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{B}/kommun-och-politik/lediga-jobb/">Lediga jobb</a></div>
</div>
<h2 class="wp-block-heading">Vanliga sökningar</h2>
<p><a href="{B}/?s=soph%C3%A4mtning">Sophämtning</a> · <a href="{B}/?s=bygglov">Bygglov</a> · <a href="{B}/?s=skolmat">Skolmat</a></p>
<h2 class="wp-block-heading">Aktuellt</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{''.join(f'<li><a class="wp-block-latest-posts__post-title" href="{B}{p}">{t}</a><time datetime="{d}" class="wp-block-latest-posts__post-date">{d}</time></li>' for p, d, t, _ in POSTS[:4])}</ul>
<p><a href="{B}/aktuellt/">Fler nyheter</a></p>''', kind='front', modified='2026-01-15')

    # ---------------- kommun och politik
    pg('/kommun-och-politik/', 'Kommun och politik', [('Kommun och politik', '/kommun-och-politik/')], f'''<p>Här hittar du information om hur Hofors kommun styrs och om kommunens övergripande arbete.</p>
<ul class="wp-block-list">
<li><a href="{B}/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li>
<li><a href="{B}/kommun-och-politik/kommunstyrelsen/">Kommunstyrelsen</a></li>
<li><a href="{B}/kommun-och-politik/budget-och-arsredovisning/">Budget och årsredovisning</a></li>
<li><a href="{B}{FOLK}">Folkhälsa och trygghet</a></li>
<li><a href="{B}{FUND}">Sociala investeringsmedel</a></li>
<li><a href="{B}/kommun-och-politik/lediga-jobb/">Lediga jobb</a></li>
</ul>''', modified='2025-03-02')

    fund = f'''<p class="has-medium-font-size">Sociala investeringsmedel är pengar som kommunens verksamheter kan söka för att pröva nya sätt att förebygga utanförskap och ohälsa.</p>
<p>Hofors kommun har haft sociala investeringsmedel sedan 2023. För perioden 2025–2027 har kommunfullmäktige avsatt tre miljoner kronor. Tanken är att tidiga insatser ska ge bättre livsvillkor för invånarna och minska kommunens kostnader på sikt, till exempel för försörjningsstöd och placeringar.</p>
<h2 class="wp-block-heading">Vem kan söka?</h2>
<p>Alla kommunens verksamheter kan söka, gärna tillsammans med Region Gävleborg, föreningar eller andra myndigheter. Privatpersoner kan inte söka.</p>
<h2 class="wp-block-heading">Några av projekten som har fått medel</h2>
<ul class="wp-block-list">
<li><a href="{B}{H1P}">Familjestöd i förskolan</a> (2025–2027)</li>
<li>Boendecoach för unga vuxna (2025–2027)</li>
<li>Må bra-träffar i Torsåker (2025–2027)</li>
<li><a href="{B}{FUND}laxhjalp-pa-biblioteket/">Läxhjälp på biblioteket</a> (avslutat)</li>
</ul>
<div class="wp-block-group has-base-2-background-color has-background is-layout-flow"><p><strong>Kontakt:</strong> Karin Ljung, folkhälsosamordnare, 0290-291 44, <a href="mailto:karin.ljung@hofors.se">karin.ljung@hofors.se</a></p></div>'''
    fpid = pg(FUND, 'Sociala investeringsmedel', [('Kommun och politik', '/kommun-och-politik/'), ('Sociala investeringsmedel', FUND)], fund, sidebar=fund_pages_list(FUND), modified='2026-01-15')
    ftrail = [('Kommun och politik', '/kommun-och-politik/'), ('Sociala investeringsmedel', FUND)]
    pg(FUND + 'sa-ansoker-du/', 'Så ansöker du', ftrail + [('Så ansöker du', FUND + 'sa-ansoker-du/')], '''<p>Ansökan om sociala investeringsmedel görs en gång per år. Sista dag att söka för 2026 är den 28 februari.</p>
<ol class="wp-block-list">
<li>Prata med folkhälsosamordnaren om din idé.</li>
<li>Fyll i ansökningsblanketten. Beskriv problemet, vilka insatsen är till för, vad ni vill uppnå och hur ni ska följa upp resultatet.</li>
<li>Gör en enkel budget och en beräkning av vad problemet kostar kommunen i dag.</li>
<li>Låt din förvaltningschef godkänna ansökan.</li>
<li>Skicka ansökan till kommunstyrelsens kansli.</li>
</ol>
<p>Kommunstyrelsens arbetsutskott beslutar i april. Du får besked via e-post.</p>''', parent=fpid, sidebar=fund_pages_list(FUND + 'sa-ansoker-du/'), modified='2026-01-12')
    pg(FUND + 'regler-och-kriterier/', 'Regler och kriterier', ftrail + [('Regler och kriterier', FUND + 'regler-och-kriterier/')], '''<p>För att få sociala investeringsmedel ska insatsen</p>
<ul class="wp-block-list">
<li>vara förebyggande och rikta sig till en tydlig målgrupp,</li>
<li>vara ny för kommunen,</li>
<li>pågå i högst tre år,</li>
<li>kosta högst 1 000 000 kronor,</li>
<li>ha en plan för uppföljning och för hur arbetet ska fortsätta efter projekttiden.</li>
</ul>
<p>Pengarna får inte användas till lokaler, investeringar i utrustning eller till att ersätta verksamhet som redan finns.</p>''', parent=fpid, sidebar=fund_pages_list(FUND + 'regler-och-kriterier/'), modified='2025-06-20')
    pg(FUND + 'uppfoljning/', 'Uppföljning', ftrail + [('Uppföljning', FUND + 'uppfoljning/')], '''<p>Alla insatser som får sociala investeringsmedel lämnar en kort rapport till kommunstyrelsen i oktober varje år och en slutrapport när projektet är klart.</p>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>År</th><th>Beviljade insatser</th><th>Beviljat belopp</th></tr></thead>
<tbody><tr><td>2023</td><td>1</td><td>450 000 kr</td></tr><tr><td>2024</td><td>2</td><td>1 100 000 kr</td></tr><tr><td>2025</td><td>3</td><td>1 950 000 kr</td></tr></tbody></table>
<figcaption class="wp-element-caption">Beviljade medel per år</figcaption></figure>
<p>Folkhälsorådet följer arbetet och Region Gävleborg bidrar med stöd i utvärderingen.</p>''', parent=fpid, sidebar=fund_pages_list(FUND + 'uppfoljning/'), modified='2025-10-28')

    pg(H1P, 'Familjestöd i förskolan', ftrail + [('Familjestöd i förskolan', H1P)], '''<p>Familjestöd i förskolan ska ge föräldrar med små barn stöd tidigt, på en plats där de redan är varje dag.</p>
<h2 class="wp-block-heading">Bakgrund</h2>
<p>Förskolorna i Hofors möter allt fler familjer som har det tufft, med oro för ekonomi, sömnproblem hos barnen eller konflikter hemma. Många vill inte vända sig till socialtjänsten men tar gärna emot råd från någon de känner.</p>
<h2 class="wp-block-heading">Syfte</h2>
<p>Syftet är att stärka föräldrarna i föräldraskapet och minska behovet av insatser från socialtjänsten senare. En familjebehandlare från socialtjänsten finns på förskolorna två dagar i veckan och leder föräldragrupper.</p>
<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>
<tr><td><strong>Period</strong></td><td>augusti 2025 – juni 2027</td></tr>
<tr><td><strong>Beviljat</strong></td><td>850 000 kronor ur sociala investeringsmedel</td></tr>
<tr><td><strong>Ansvarig</strong></td><td>Barn- och utbildningsförvaltningen</td></tr>
<tr><td><strong>Samverkan</strong></td><td>Socialtjänsten och barnavårdscentralen i Hofors</td></tr>
<tr><td><strong>Målgrupp</strong></td><td>Föräldrar till barn i förskolan</td></tr>
</tbody></table></figure>''', parent=fpid, sidebar=fund_pages_list(H1P), modified='2025-08-28')
    pg(H2P, 'Ung kraft', ftrail + [('Ung kraft', H2P)], '''<p>Ung kraft vill ge fler unga i Hofors en aktiv fritid och vuxna att lita på.</p>
<p>I Hofors är det färre unga än i resten av länet som är med i en förening, och fritidsgården har haft begränsade öppettider. Ung kraft startade i januari 2025 och pågår till och med december 2026. Under den tiden har fritidsgården öppet även fredag och lördag kväll, och två unga ledare anställs varje sommar för att ordna aktiviteter i Torsåker och Hofors centrum.</p>
<p>Projektet drivs av fritidsgården Kolbotten tillsammans med Hofors AIF och Torsåkers IF. Kommunstyrelsens arbetsutskott har beviljat 600 000 kronor ur de sociala investeringsmedlen.</p>
<h2 class="wp-block-heading">Mål</h2>
<ul class="wp-block-list"><li>Fler unga 12–18 år ska delta i organiserade aktiviteter.</li><li>Färre unga ska vistas ute sent på helgkvällar utan vuxna i närheten.</li></ul>''', parent=fpid, sidebar=fund_pages_list(H2P), modified='2025-02-03')

    pg(FOLK, 'Folkhälsa och trygghet', [('Kommun och politik', '/kommun-och-politik/'), ('Folkhälsa och trygghet', FOLK)], '''<p>Hofors kommun arbetar för att alla invånare ska ha goda förutsättningar för en god hälsa och känna sig trygga. Arbetet leds av folkhälsorådet, där kommunen, Region Gävleborg och polisen ingår.</p>
<h2 class="wp-block-heading">Prioriterade områden 2024–2027</h2>
<ul class="wp-block-list">
<li>Barn och ungas uppväxtvillkor</li>
<li>Psykisk hälsa</li>
<li>Alkohol, narkotika, dopning och tobak</li>
<li>Trygghet i offentliga miljöer</li>
</ul>
<h2 class="wp-block-heading">Exempel på pågående arbete</h2>
<p>Under 2025 pågår bland annat:</p>
<ul class="wp-block-list">
<li>Föräldraträffar om ungas alkoholvanor tillsammans med skolorna</li>
<li><a href="../../barn-och-utbildning/elevhalsa/narvarolyftet/">Närvarolyftet</a> för elever med hög frånvaro</li>
<li>Trygghetsvandringar i centrum och Torsåker</li>
<li>Nattvandring med föräldrar på helger</li>
</ul>
<p>Vill du veta mer? Kontakta folkhälsosamordnaren på 0290-291 44.</p>''', modified='2025-04-14')

    pg('/omsorg-och-stod/', 'Omsorg och stöd', [('Omsorg och stöd', '/omsorg-och-stod/')], f'''<ul class="wp-block-list">
<li><a href="{B}/omsorg-och-stod/aldreomsorg/">Äldreomsorg</a></li>
<li><a href="{B}/omsorg-och-stod/stod-till-vuxna/">Stöd till vuxna</a></li>
<li><a href="{B}/omsorg-och-stod/barn-och-familj/">Barn och familj</a></li>
<li><a href="{B}/omsorg-och-stod/funktionsnedsattning/">Funktionsnedsättning</a></li>
</ul>''', modified='2024-11-05')
    pg('/omsorg-och-stod/aldreomsorg/', 'Äldreomsorg', [('Omsorg och stöd', '/omsorg-och-stod/'), ('Äldreomsorg', '/omsorg-och-stod/aldreomsorg/')], f'''<p>Om du är äldre och behöver hjälp i vardagen kan du ansöka om stöd från kommunen.</p>
<ul class="wp-block-list">
<li><a href="{B}/omsorg-och-stod/aldreomsorg/hemtjanst/">Hemtjänst</a></li>
<li><a href="{B}/omsorg-och-stod/aldreomsorg/sarskilt-boende/">Särskilt boende</a></li>
<li><a href="{B}/omsorg-och-stod/aldreomsorg/traffpunkter/">Träffpunkter</a></li>
<li><a href="{B}/omsorg-och-stod/aldreomsorg/trygghetslarm/">Trygghetslarm</a></li>
</ul>''', modified='2025-01-21')
    pg('/omsorg-och-stod/aldreomsorg/traffpunkter/', 'Träffpunkter', [('Omsorg och stöd', '/omsorg-och-stod/'), ('Äldreomsorg', '/omsorg-och-stod/aldreomsorg/'), ('Träffpunkter', '/omsorg-och-stod/aldreomsorg/traffpunkter/')], f'''<p>På kommunens träffpunkter kan du som är pensionär träffa andra, fika och delta i aktiviteter. Du behöver inget biståndsbeslut.</p>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Träffpunkt</th><th>Adress</th><th>Öppet</th></tr></thead>
<tbody><tr><td>Träffpunkt Centrum</td><td>Centralgatan 10</td><td>Måndag–fredag 9–15</td></tr>
<tr><td>Träffpunkt Torsåker</td><td>Skolvägen 3</td><td>Tisdag och torsdag 10–14</td></tr></tbody></table></figure>
<div class="wp-block-group has-base-2-background-color has-background is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Läs också</h2>
<ul class="wp-block-list"><li><a href="{B}{H4P}">Må bra-träffar i Torsåker</a></li><li><a href="{B}/omsorg-och-stod/aldreomsorg/anhorigstod/">Stöd till anhöriga</a></li></ul>
</div>''', modified='2025-03-18')
    pg(H4P, 'Må bra-träffar i Torsåker', [('Omsorg och stöd', '/omsorg-och-stod/'), ('Äldreomsorg', '/omsorg-och-stod/aldreomsorg/'), ('Träffpunkter', '/omsorg-och-stod/aldreomsorg/traffpunkter/'), ('Må bra-träffar i Torsåker', H4P)], '''<p>Må bra-träffarna är till för dig som är 70 år eller äldre och bor i Torsåker med omnejd. Vi träffas varje tisdag på Träffpunkt Torsåker för rörelse, samtal och en gemensam lunch.</p>
<p>Träffarna startade i mars 2025 och är ett projekt som pågår till och med februari 2027. Syftet är att bryta ensamhet, förebygga fallolyckor och göra det möjligt för fler att bo kvar hemma längre. En fysioterapeut och en undersköterska från hemtjänsten leder träffarna.</p>
<p>Projektet har fått 380 000 kronor av kommunens sociala investeringsmedel. Det genomförs tillsammans med PRO Torsåker och Svenska kyrkan.</p>
<p><strong>Anmälan:</strong> Ring Träffpunkt Torsåker på 0290-292 31. Det är gratis att delta, lunchen kostar 60 kronor.</p>''', modified='2025-03-18')

    pg('/omsorg-och-stod/stod-till-vuxna/', 'Stöd till vuxna', [('Omsorg och stöd', '/omsorg-och-stod/'), ('Stöd till vuxna', '/omsorg-och-stod/stod-till-vuxna/')], f'''<p>Socialtjänsten kan ge stöd till dig som har problem med ekonomi, boende, missbruk eller våld i nära relationer.</p>
<ul class="wp-block-list">
<li><a href="{B}/omsorg-och-stod/stod-till-vuxna/ekonomiskt-bistand/">Ekonomiskt bistånd</a></li>
<li><a href="{B}/omsorg-och-stod/stod-till-vuxna/budget-och-skuldradgivning/">Budget- och skuldrådgivning</a></li>
<li><a href="{B}/omsorg-och-stod/stod-till-vuxna/missbruk-och-beroende/">Missbruk och beroende</a></li>
<li><a href="{B}/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer/">Våld i nära relationer</a></li>
</ul>''', modified='2025-02-11')
    pg(H3P, 'Boendecoach för unga vuxna', [('Omsorg och stöd', '/omsorg-och-stod/'), ('Stöd till vuxna', '/omsorg-och-stod/stod-till-vuxna/'), ('Boendecoach för unga vuxna', H3P)], '''<p>Är du mellan 18 och 25 år och har flyttat till ditt första egna boende? Då kan du få hjälp av en boendecoach.</p>
<h2 class="wp-block-heading">Kort om satsningen</h2>
<ul class="wp-block-list">
<li><strong>Syfte:</strong> att färre unga vuxna förlorar sin bostad och att fler klarar sin ekonomi på egen hand</li>
<li><strong>Tid:</strong> september 2025 – augusti 2027</li>
<li><strong>Budget:</strong> 720 000 kronor ur Hofors kommuns sociala investeringsmedel</li>
<li><strong>Ansvarig:</strong> Socialtjänsten, vuxenenheten</li>
<li><strong>Samarbete:</strong> Hoforshus AB och budget- och skuldrådgivningen</li>
</ul>
<h2 class="wp-block-heading">Vad kan boendecoachen hjälpa till med?</h2>
<p>Coachen kan hjälpa dig att göra en budget, betala räkningar i tid, kontakta hyresvärden och komma igång med städning och tvätt. Stödet är frivilligt och gratis.</p>''', modified='2025-10-02')

    pg('/barn-och-utbildning/', 'Barn och utbildning', [('Barn och utbildning', '/barn-och-utbildning/')], f'''<ul class="wp-block-list">
<li><a href="{B}/barn-och-utbildning/forskola/">Förskola</a></li>
<li><a href="{B}/barn-och-utbildning/grundskola/">Grundskola</a></li>
<li><a href="{B}/barn-och-utbildning/elevhalsa/">Elevhälsa</a></li>
<li><a href="{B}/barn-och-utbildning/vuxenutbildning/">Vuxenutbildning</a></li>
</ul>''', modified='2024-08-12')
    pg('/barn-och-utbildning/elevhalsa/', 'Elevhälsa', [('Barn och utbildning', '/barn-och-utbildning/'), ('Elevhälsa', '/barn-och-utbildning/elevhalsa/')], '''<p>Elevhälsan finns för att stötta eleverna i deras utveckling mot målen i skolan. I elevhälsan arbetar skolsköterskor, skolläkare, kuratorer, psykolog och specialpedagoger.</p>
<h2 class="wp-block-heading">Kontakta elevhälsan</h2>
<p>Du når skolsköterskan och kuratorn på respektive skola. Skolpsykologen nås via barn- och utbildningsförvaltningen, 0290-290 00.</p>''', modified='2025-01-09')
    pg(H5P, 'Närvarolyftet', [('Barn och utbildning', '/barn-och-utbildning/'), ('Elevhälsa', '/barn-och-utbildning/elevhalsa/'), ('Närvarolyftet', H5P)], '''<p>Närvarolyftet är ett arbetssätt för att tidigt fånga upp elever som är borta mycket från skolan och hjälpa dem tillbaka.</p>
<p><strong>Bakgrund</strong><br>På Petreskolan och Björkhagaskolan har var tionde elev mer än 15 procent frånvaro. Hög frånvaro är en av de starkaste riskfaktorerna för att inte klara skolan.</p>
<p><strong>Så arbetar vi</strong><br>Ett närvaroteam med kurator, specialpedagog och en socialsekreterare följer frånvaron varje vecka och tar kontakt med familjen redan efter några dagars frånvaro. Eleven får en plan för att komma tillbaka, och familjen får stöd av socialtjänsten om det behövs.</p>
<p><strong>Period</strong><br>augusti 2024 – juni 2027</p>
<p><strong>Finansiering</strong><br>500 000 kronor ur kommunens sociala investeringsmedel. Barn- och utbildningsförvaltningen står själv för resten.</p>
<p><strong>Ansvarig</strong><br>Barn- och utbildningsförvaltningen i samverkan med socialtjänsten</p>''', modified='2024-09-30')

    pg('/kommun-och-politik/lediga-jobb/', 'Lediga jobb', [('Kommun och politik', '/kommun-och-politik/'), ('Lediga jobb', '/kommun-och-politik/lediga-jobb/')], f'''<p>Hofors kommun har cirka 900 anställda. Alla lediga jobb publiceras på <a href="https://hofors.varbi.com/">hofors.varbi.com</a>.</p>
<p>Just nu söker vi bland annat <a href="{B}{p_job}">en samordnare för sociala investeringar och folkhälsa</a>.</p>''', modified='2025-11-05')

    # ---------------- robots and Yoast sitemaps
    write(H, '/robots.txt', '''# START YOAST BLOCK
# ---------------------------
User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /?s=
Disallow: /search/
Disallow: /intranat/
Disallow: /*?p=

Sitemap: https://www.hofors.se/sitemap_index.xml
# ---------------------------
# END YOAST BLOCK
''')
    def ysm(items):
        rows = ''.join(f'\n\t<url>\n\t\t<loc>{B}{p}</loc>\n\t\t<lastmod>{d}T08:00:00+00:00</lastmod>\n\t</url>' for p, d in items)
        return f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//www.hofors.se/main-sitemap.xsl"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->\n'
    write(H, '/page-sitemap.xml', ysm([x for x in PAGES if x[0] != '/aktuellt/']))
    write(H, '/post-sitemap.xml', ysm([('/aktuellt/', '2026-01-15')] + [(p, d) for p, d, _, _ in POSTS]))
    write(H, '/sitemap_index.xml', f'''<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//www.hofors.se/main-sitemap.xsl"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
	<sitemap>
		<loc>{B}/post-sitemap.xml</loc>
		<lastmod>2026-01-15T08:00:00+00:00</lastmod>
	</sitemap>
	<sitemap>
		<loc>{B}/page-sitemap.xml</loc>
		<lastmod>2026-01-15T08:00:00+00:00</lastmod>
	</sitemap>
	<sitemap>
		<loc>{B}/post_tag-sitemap.xml</loc>
		<lastmod>2026-01-15T08:00:00+00:00</lastmod>
	</sitemap>
</sitemapindex>
<!-- XML Sitemap generated by Yoast SEO -->
''')
    return PAGES, POSTS


if __name__ == '__main__':
    a, b = build()
    print(len(a), len(b))
