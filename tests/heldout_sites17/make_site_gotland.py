"""www.samordningsforbundetgotland.se: Samordningsförbundet Gotland on Ghost 5 (Casper theme, custom routes)."""
from make_common import write_site, jdump

HOST = "www.samordningsforbundetgotland.se"
URL = "https://www.samordningsforbundetgotland.se"
SITE = "Samordningsförbundet Gotland"

I1 = "/steget-vidare/"
I2 = "/ips-gotland/"
I3 = "/unga-vuxna-i-centrum/"
I4 = "/samverkansteam-hemse/"
I5 = "/nyheter/kompassen-vagledning-for-unga-vuxna/"

NAV = [("Hem", "/"), ("Om förbundet", "/om-forbundet/"), ("Insatser", "/insatser/"),
       ("Söka medel", "/soka-medel/"), ("Nyheter", "/nyheter/"), ("Kontakt", "/kontakt/")]
SEC = [("Riktlinjer för insatser", "/riktlinjer-for-insatser/"),
       ("Uppföljning och utvärdering", "/uppfoljning-och-utvardering/"),
       ("Årsredovisning 2024", "/arsredovisning-2024/"),
       ("Integritetspolicy", "/integritetspolicy/")]


def nav_html(path):
    items = []
    for n, h in NAV:
        cls = n.lower().replace(" ", "-").replace("ö", "o").replace("ä", "a").replace("å", "a")
        cur = " nav-current" if h == path else ""
        items.append(f'<li class="nav-{cls}{cur}"><a href="{URL}{h}">{n}</a></li>')
    return '<ul class="nav">' + "".join(items) + "</ul>"


def layout(path, title, body_class, inner, description="", crumbs=None, next_url=None, prev_url=None,
           og_type="website", ld=None, article_time=None):
    desc = description or title
    head_links = ""
    if next_url:
        head_links += f'<link rel="next" href="{URL}{next_url}">\n'
    if prev_url:
        head_links += f'<link rel="prev" href="{URL}{prev_url}">\n'
    ld = ld or {"@context": "https://schema.org", "@type": "WebPage",
                "publisher": {"@type": "Organization", "name": SITE, "url": URL + "/"},
                "url": URL + path, "name": title, "mainEntityOfPage": URL + path}
    crumb_html = ""
    if crumbs is not None:
        parts = [f'<a href="{URL}/">Hem</a>'] + [f'<a href="{URL}{h}">{n}</a>' for n, h in crumbs] + \
                [f'<span aria-current="page">{title}</span>']
        crumb_html = '<nav class="gh-breadcrumbs gh-canvas" aria-label="Du är här">' + " / ".join(parts) + "</nav>"
    art_meta = ""
    if article_time:
        art_meta = f'<meta property="article:published_time" content="{article_time}T09:00:00.000Z">\n'
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>

    <title>{title}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="{URL}/assets/built/screen.css?v=3c9a71e2b4" />
    <link rel="preload" as="script" href="{URL}/assets/built/casper.js?v=3c9a71e2b4" />
    <link rel="stylesheet" type="text/css" href="{URL}/assets/built/screen.css?v=3c9a71e2b4" />

    <meta name="description" content="{desc}">
    <link rel="icon" href="{URL}/content/images/size/w256h256/2023/02/favicon-finsam.png" type="image/png">
    <link rel="canonical" href="{URL}{path}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    {head_links}
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:type" content="{og_type}">
    <meta property="og:title" content="{title}">
    <meta property="og:description" content="{desc}">
    <meta property="og:url" content="{URL}{path}">
    {art_meta}<meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{title}">

    <script type="application/ld+json">
{jdump(ld)}
    </script>

    <meta name="generator" content="Ghost 5.96">
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{URL}/nyheter/rss/">

    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{URL}/" data-key="9f3e1c6b2a8d4e0f7a5c3b1d2e" data-api="{URL}/ghost/api/content/" data-locale="sv" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="9f3e1c6b2a8d4e0f7a5c3b1d2e" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css" data-sodo-search="{URL}/" data-locale="sv" crossorigin="anonymous"></script>
    <link href="{URL}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=3c9a71e2b4"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=3c9a71e2b4">
    <style>:root {{--ghost-accent-color: #1b5e7a;}}</style>
</head>
<body class="{body_class} is-head-left-logo has-sans-body">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo" href="{URL}">
                        <img src="{URL}/content/images/2023/02/logo-samordningsforbundet-gotland.png" alt="{SITE}">
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Sök" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger" aria-label="Meny"></button>
            </div>

            <nav class="gh-head-menu">
                {nav_html(path)}
            </nav>

            <div class="gh-head-actions">
                    <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Prenumerera på nyhetsbrevet</a>
            </div>
        </div>
    </header>

    <div class="site-content">
        {crumb_html}
        {inner}
    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{URL}">{SITE}</a> &copy; 2025 &middot; Org.nr 222000-2345 &middot; Visborgsgatan 11, 621 81 Visby</section>
            <nav class="site-footer-nav">
                <ul class="nav">{''.join(f'<li class="nav-footer"><a href="{URL}{h}">{n}</a></li>' for n, h in SEC)}<li class="nav-footer"><a href="{URL}/ghost/" rel="nofollow">Logga in</a></li></ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<script src="{URL}/assets/built/casper.js?v=3c9a71e2b4"></script>
<script>
$(document).ready(function () {{
    var $postFeed = $('.post-feed');
    pagination(true);
}});
</script>

</body>
</html>
"""


def page(path, title, html, crumbs=None, feature=None, excerpt=""):
    slug = path.strip("/").split("/")[-1] or "home"
    inner = f"""<main id="site-main" class="site-main">
<article class="article page{' ' + feature if feature else ''}">

    <header class="article-header gh-canvas">
        <h1 class="article-title">{title}</h1>
        {f'<p class="article-excerpt">{excerpt}</p>' if excerpt else ''}
    </header>

    <section class="gh-content gh-canvas">
        {html}
    </section>

</article>
</main>"""
    return layout(path, title, f"page-template page-{slug}", inner, description=excerpt,
                  crumbs=crumbs if crumbs is not None else [])


AUTHORS = {"lena": "Lena Olsson", "jonas": "Jonas Hallgren"}


def post(path, title, date, date_text, tags, author, html, excerpt=""):
    primary = tags[0]
    tag_cls = " ".join(f"tag-{t}" for t, _ in tags)
    inner = f"""<main id="site-main" class="site-main">
<article class="article post {tag_cls}">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="{URL}/tag/{primary[0]}/">{primary[1]}</a>
                </span>
        </div>

        <h1 class="article-title">{title}</h1>
        {f'<p class="article-excerpt">{excerpt}</p>' if excerpt else ''}

        <div class="article-byline">
        <section class="article-byline-content">
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="{URL}/author/{author}/">{AUTHORS[author]}</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{date}">{date_text}</time>
                    <span class="byline-reading-time"><span class="bull">&bull;</span> 2 min läsning</span>
                </div>
            </div>
        </section>
        </div>

    </header>

    <section class="gh-content gh-canvas">
        {html}
    </section>

    <footer class="gh-canvas post-tags">Taggar: {', '.join(f'<a href="{URL}/tag/{t}/">{n}</a>' for t, n in tags)}</footer>

</article>
</main>"""
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": SITE, "url": URL + "/"},
          "author": {"@type": "Person", "name": AUTHORS[author], "url": f"{URL}/author/{author}/"},
          "headline": title, "url": URL + path, "datePublished": date + "T09:00:00.000Z",
          "keywords": ", ".join(n for _, n in tags), "mainEntityOfPage": URL + path}
    return layout(path, title, f"post-template tag-{primary[0]}", inner, description=excerpt,
                  crumbs=[("Nyheter", "/nyheter/")], og_type="article", ld=ld, article_time=date)


def bookmark(href, title, desc):
    return f"""<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{URL}{href}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{title}</div><div class="kg-bookmark-description">{desc}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{URL}/content/images/size/w256h256/2023/02/favicon-finsam.png" alt=""><span class="kg-bookmark-author">{SITE}</span></div></div></a></figure>"""


pages = {}

# ---------------------------------------------------------------- posts (newest first)
T_NY = ("nyheter", "Nyheter")
T_INS = ("insatser", "Insatser")
T_JOBB = ("jobb", "Lediga jobb")
T_EV = ("evenemang", "Evenemang")
T_NB = ("nyhetsbrev", "Nyhetsbrev")
T_ARB = ("arbete-och-studier", "Arbete och studier")

P_CALL = "/nyheter/nu-kan-ni-soka-medel-for-insatser-2026/"
P_DEC = "/nyheter/styrelsen-beviljade-tre-nya-insatser/"
P_NB = "/nyheter/nyhetsbrev-oktober-2025/"
P_IPS = "/nyheter/fler-far-stod-till-jobb-med-ips/"
P_JOB = "/nyheter/vi-soker-en-processledare/"
P_CONF = "/nyheter/valkommen-till-finsamdagen-i-visby/"
P_CHEF = "/nyheter/forbundet-har-en-ny-forbundschef/"

posts = [
    (P_CALL, "Nu kan ni söka medel för insatser 2026", "2025-10-20", "20 okt 2025", [T_NY, T_INS], "lena",
     "Ansökningsomgången för 2026 är öppen till den 15 december.", f"""
<p>Samordningsförbundet Gotland har 2,2 miljoner kronor att fördela till nya insatser under 2026. Region Gotland, Försäkringskassan och Arbetsförmedlingen kan söka, gärna tillsammans med civilsamhället.</p>
<p>Insatserna ska rikta sig till personer i arbetsför ålder som behöver samordnat stöd för att komma närmare arbete eller studier. Vi prioriterar unga vuxna 16–29 år och personer med psykisk ohälsa.</p>
<p>Sista dag för ansökan är den 15 december 2025. Styrelsen beslutar i februari. Läs mer under <a href="{URL}/soka-medel/">Söka medel</a> och i våra <a href="{URL}/riktlinjer-for-insatser/">riktlinjer</a>.</p>
"""),
    (P_DEC, "Styrelsen beviljade tre nya insatser", "2025-09-29", "29 sep 2025", [T_NY, T_INS], "lena",
     "Vid styrelsemötet den 25 september beviljades medel till tre nya insatser.", f"""
<p>Styrelsen för Samordningsförbundet Gotland har beviljat medel till tre nya insatser som startar under hösten och vintern:</p>
<ul>
<li><strong>Arbetsträning i föreningslivet</strong>, Region Gotland och Gotlands idrottsförbund, 480 000 kronor för 2025–2026</li>
<li><strong>Språk och arbete i Slite</strong>, Arbetsförmedlingen och Region Gotland, 620 000 kronor för 2026</li>
<li><strong>Tidig samordning vid sjukskrivning</strong>, Försäkringskassan och Region Gotland, 350 000 kronor för 2026</li>
</ul>
<p>Insatserna presenteras på sidan Insatser när de har kommit i gång. Utkastet till presentationen av den första insatsen finns <a href="{URL}/p/6a2f0d94-1c7b-4e55-9b0a-3e8c5d71f2ab/">här</a> för styrelsens ledamöter.</p>
"""),
    (P_NB, "Nyhetsbrev oktober 2025", "2025-10-02", "2 okt 2025", [T_NB], "jonas",
     "Nytt från förbundet: nya insatser, Finsamdagen och årets uppföljning.", f"""
<p><a href="{URL}/email/7c1e9a30-55b2-4f0e-8d4c-2b9e6a1f0c33/">Visa nyhetsbrevet i webbläsaren</a></p>
<h2>Tre nya insatser</h2>
<p>Styrelsen har beviljat medel till tre nya insatser. <a href="{URL}/r/4b8e2f1a?m=9d3c7e21-0a6f-4c1b-8e55-71f0b2a9d4c6">Läs om beslutet</a>.</p>
<h2>Finsamdagen</h2>
<p>Välkommen till Finsamdagen den 13 november i Visby. <a href="{URL}/r/a19c5d07?m=9d3c7e21-0a6f-4c1b-8e55-71f0b2a9d4c6">Anmäl dig här</a>.</p>
<h2>Uppföljning i SUS</h2>
<p>Under första halvåret registrerades 164 deltagare i våra insatser i det nationella uppföljningssystemet SUS.</p>
"""),
    (P_IPS, "Fler får stöd till jobb med IPS", "2025-06-10", "10 jun 2025", [T_INS, T_ARB], "jonas",
     "Arbetsspecialisterna i IPS Gotland har hjälpt 23 personer till arbete eller studier.", f"""
<p>Sedan IPS Gotland startade har 23 deltagare fått ett arbete eller börjat studera. Metoden IPS, individanpassat stöd till arbete, innebär att arbetsspecialisten arbetar nära deltagarens behandlare i psykiatrin.</p>
<p>– Många har fått höra att de inte är redo för jobb. Här börjar vi med att söka jobb direkt, och stödet följer med ut på arbetsplatsen, säger arbetsspecialisten Maria Engström.</p>
<p>Insatsen finansieras av samordningsförbundet till och med 2026. <a href="{URL}{I2}">Läs mer om insatsen IPS Gotland</a>.</p>
"""),
    (P_JOB, "Vi söker en processledare", "2025-05-14", "14 maj 2025", [T_JOBB], "lena",
     "Samordningsförbundet Gotland söker en processledare på 50 procent.", f"""
<p>Vill du arbeta med samverkan mellan Region Gotland, Försäkringskassan och Arbetsförmedlingen? Vi söker en processledare på halvtid som ska stödja våra insatser, bland annat Steget vidare och Unga vuxna i centrum, och samordna uppföljningen i SUS.</p>
<p>Du har högskoleutbildning och erfarenhet av projektledning inom offentlig sektor. Anställningen är ett vikariat till och med december 2026, med placering i Visby.</p>
<p>Skicka din ansökan till forbundschef@samordningsforbundetgotland.se senast den 8 juni 2025.</p>
"""),
    (P_CONF, "Välkommen till Finsamdagen i Visby", "2025-04-28", "28 apr 2025", [T_EV], "lena",
     "Den 13 november samlas medarbetare från våra medlemmar till Finsamdagen.", f"""
<p>Finsamdagen riktar sig till dig som arbetar i Region Gotland, på Försäkringskassan eller på Arbetsförmedlingen och möter personer som behöver samordnat stöd.</p>
<p><strong>Tid:</strong> 13 november 2025 klockan 9–15<br><strong>Plats:</strong> Wisby Strand kongress, Visby<br><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</p>
<p>Under dagen presenteras flera av förbundets insatser och resultat från uppföljningen. Anmälan görs via formuläret senast den 20 oktober.</p>
"""),
    (I5, "Kompassen – vägledning för unga vuxna", "2025-02-17", "17 feb 2025", [T_INS, T_ARB], "jonas",
     "Kompassen ger unga vuxna i Visby en väg tillbaka till studier eller arbete.", f"""
<p>Kompassen är en insats för unga vuxna 18–29 år som varken arbetar eller studerar och som inte har fått det stöd de behöver hos en enskild myndighet. Insatsen startade i mars 2024 och pågår till och med februari 2026.</p>
<h2>Syfte</h2>
<p>Syftet är att deltagarna ska komma närmare studier eller arbete genom en fast kontakt som samordnar stödet från Region Gotland, Arbetsförmedlingen och Försäkringskassan.</p>
<h2>Så fungerar det</h2>
<p>Två vägledare med bakgrund i socialtjänst och studie- och yrkesvägledning träffar deltagarna enskilt och i grupp i lokalen på Adelsgatan i Visby. Deltagarna kan vara med i upp till tolv månader.</p>
<h2>Finansiering</h2>
<p>Samordningsförbundet finansierar Kompassen med 1 150 000 kronor för hela perioden. Region Gotland, arbetsmarknadsenheten, är insatsägare.</p>
"""),
    (P_CHEF, "Förbundet har en ny förbundschef", "2025-01-09", "9 jan 2025", [T_NY], "lena",
     "Jonas Hallgren är ny förbundschef från den 1 januari.", """
<p>Jonas Hallgren har tillträtt som förbundschef för Samordningsförbundet Gotland. Han kommer närmast från Region Gotlands arbetsmarknadsenhet.</p>
<p>– Jag ser fram emot att bygga vidare på det goda samarbetet mellan våra medlemmar, säger Jonas Hallgren.</p>
"""),
]

for pth, title, date, dtext, tags, author, excerpt, html in posts:
    pages[pth] = post(pth, title, date, dtext, tags, author, html, excerpt=excerpt)


def post_card(p):
    pth, title, date, dtext, tags, author, excerpt, _ = p
    return f"""<article class="post-card post tag-{tags[0][0]} no-image">
    <div class="post-card-content">
        <a class="post-card-content-link" href="{URL}{pth}">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">{tags[0][1]}</span></div>
                <h2 class="post-card-title">{title}</h2>
            </header>
            <div class="post-card-excerpt">{excerpt}</div>
        </a>
        <footer class="post-card-meta"><time class="post-card-meta-date" datetime="{date}">{dtext}</time></footer>
    </div>
</article>"""


order = [posts[0], posts[2], posts[1], posts[3], posts[4], posts[5], posts[6], posts[7]]
chunks = [order[0:3], order[3:6], order[6:8]]
for i, chunk in enumerate(chunks, start=1):
    pth = "/nyheter/" if i == 1 else f"/nyheter/page/{i}/"
    nxt = f"/nyheter/page/{i + 1}/" if i < len(chunks) else None
    prv = None if i == 1 else ("/nyheter/" if i == 2 else f"/nyheter/page/{i - 1}/")
    inner = f"""<main id="site-main" class="site-main outer">
<div class="inner posts">
    <header class="archive-header"><h1>Nyheter</h1><p>Nyheter, inbjudningar och nyhetsbrev från Samordningsförbundet Gotland.</p></header>
    <div class="post-feed">
{''.join(post_card(p) for p in chunk)}
    </div>
</div>
</main>"""
    pages[pth] = layout(pth, "Nyheter" if i == 1 else f"Nyheter (sida {i})", "home-template paged" if i > 1 else "home-template",
                        inner, crumbs=[], next_url=nxt, prev_url=prv)

# tag page: insatser (posts tagged Insatser on its first page; 4 posts -> page 1 of 1 with limit 4? use 3 + next)
tag_posts = [p for p in order if T_INS in p[4]]
inner = f"""<main id="site-main" class="site-main outer">
<div class="inner posts">
    <section class="post-card post-card-large tag-header"><h1 class="post-card-title">Insatser</h1><div class="post-card-excerpt">Nyheter om de insatser som samordningsförbundet finansierar.</div></section>
    <div class="post-feed">
{''.join(post_card(p) for p in tag_posts[:3])}
    </div>
</div>
</main>"""
pages["/tag/insatser/"] = layout("/tag/insatser/", "Insatser – nyheter", "tag-template tag-insatser", inner,
                                 crumbs=[("Nyheter", "/nyheter/")], next_url="/tag/insatser/page/2/")

inner2 = f"""<main id="site-main" class="site-main outer">
<div class="inner posts">
    <section class="post-card post-card-large tag-header"><h1 class="post-card-title">Insatser</h1><div class="post-card-excerpt">Nyheter om de insatser som samordningsförbundet finansierar.</div></section>
    <div class="post-feed">
{''.join(post_card(p) for p in tag_posts[3:])}
    </div>
</div>
</main>"""
pages["/tag/insatser/page/2/"] = layout("/tag/insatser/page/2/", "Insatser – nyheter (sida 2)", "tag-template tag-insatser paged",
                                        inner2, crumbs=[("Nyheter", "/nyheter/")], prev_url="/tag/insatser/")

# ---------------------------------------------------------------- pages
pages["/"] = layout("/", SITE, "home-template", f"""<main id="site-main" class="site-main outer">
<div class="inner">
<section class="gh-content gh-canvas">
<div class="kg-card kg-header-card kg-width-full kg-size-small kg-style-accent" data-kg-background-image="" style=""><h2 class="kg-header-card-header">Tillsammans för fler i arbete</h2><h3 class="kg-header-card-subheader">Region Gotland, Försäkringskassan och Arbetsförmedlingen samverkar för personer som behöver samordnat stöd.</h3><a href="{URL}/om-forbundet/" class="kg-header-card-button">Om förbundet</a></div>
<h2>Aktuella insatser</h2>
<p>Förbundet finansierar insatser som genomförs av medlemmarna tillsammans. <a href="{URL}/insatser/">Se alla insatser</a>.</p>
{bookmark(I1, "Steget vidare", "Arbetsträning med stöd för personer som står långt från arbetsmarknaden.")}
<h2>Senaste nytt</h2>
<div class="post-feed">{''.join(post_card(p) for p in order[:3])}</div>
<p><a href="{URL}/nyheter/">Alla nyheter</a></p>
</section>
</div>
</main>""", description="Samordningsförbundet Gotland – finansiell samordning mellan Region Gotland, Försäkringskassan och Arbetsförmedlingen.")

pages["/om-forbundet/"] = page("/om-forbundet/", "Om förbundet", f"""
<p>Samordningsförbundet Gotland bildades 2008 och är ett av drygt 80 samordningsförbund i Sverige. Medlemmar är Region Gotland, Försäkringskassan och Arbetsförmedlingen. Förbundet arbetar enligt lagen om finansiell samordning av rehabiliteringsinsatser (Finsam).</p>
<h2>Uppdrag</h2>
<p>Förbundet ska stödja samverkan mellan medlemmarna så att personer som behöver samordnade rehabiliteringsinsatser får det och kan komma närmare arbete eller studier. Det gör vi genom att finansiera insatser och strukturövergripande arbete.</p>
<h2>Budget</h2>
<p>Förbundets budget för 2025 är 4,8 miljoner kronor. Försäkringskassan och Arbetsförmedlingen bidrar med hälften och Region Gotland med hälften.</p>
<h2>Styrelse och organisation</h2>
<p>Styrelsen har tre ledamöter och tre ersättare, en från varje medlem. Kansliet består av en förbundschef och en processledare. Läs mer i <a href="{URL}/arsredovisning-2024/">årsredovisningen för 2024</a>.</p>
""", crumbs=[], excerpt="Finansiell samordning på Gotland sedan 2008.")

pages["/insatser/"] = page("/insatser/", "Insatser", f"""
<p>Samordningsförbundet finansierar insatser som medlemmarna genomför tillsammans. Här ser du de insatser som pågår och de som har avslutats.</p>
<h2 id="pagaende">Pågående insatser</h2>
{bookmark(I1, "Steget vidare", "Arbetsträning med stöd för personer som står långt från arbetsmarknaden.")}
<p>Två insatser som beviljades i september startar under vintern: Arbetsträning i föreningslivet och Språk och arbete i Slite. Presentationer kommer här.</p>
<h2 id="avslutade">Avslutade insatser</h2>
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
    <div class="kg-toggle-heading">
        <h4 class="kg-toggle-heading-text">Visa avslutade insatser</h4>
        <button class="kg-toggle-card-icon" aria-label="Expandera"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button>
    </div>
    <div class="kg-toggle-content"><ul><li><a href="{URL}{I4}">Samverkansteam Hemse</a> (2021–2024)</li><li><a href="{URL}/aktivitetshuset-klinte/">Aktivitetshuset i Klintehamn</a> (2019–2022)</li><li>Hälsoskolan (2020–2022)</li></ul></div>
</div>
<p>Vill ni söka medel för en ny insats? Läs mer under <a href="{URL}/soka-medel/">Söka medel</a>.</p>
""", crumbs=[], excerpt="Insatser som samordningsförbundet finansierar.")

pages["/soka-medel/"] = page("/soka-medel/", "Söka medel", f"""
<p>Medlemmarna kan ansöka om medel för insatser som de vill genomföra tillsammans. Minst två av medlemmarna ska delta.</p>
<h2>Så går det till</h2>
<ol>
<li>Kontakta förbundschefen för att diskutera er idé.</li>
<li>Fyll i ansökningsblanketten. Beskriv målgrupp, mål, aktiviteter, tidplan och budget.</li>
<li>Ansökan ska vara förankrad hos chefer hos de medlemmar som deltar.</li>
<li>Skicka ansökan senast den 15 december. Styrelsen beslutar i februari.</li>
</ol>
<p>Alla insatser ska följas upp i SUS, det nationella systemet för uppföljning av samordningsförbundens insatser. Läs mer i <a href="{URL}/riktlinjer-for-insatser/">Riktlinjer för insatser</a>.</p>
<div class="kg-card kg-button-card kg-align-left"><a href="{URL}/content/files/2025/10/ansokningsblankett-insatser-2026.docx" class="kg-btn kg-btn-accent">Ladda ner ansökningsblanketten</a></div>
""", crumbs=[], excerpt="Så ansöker ni om medel för en insats.")

pages["/riktlinjer-for-insatser/"] = page("/riktlinjer-for-insatser/", "Riktlinjer för insatser", """
<p>Riktlinjerna antogs av styrelsen den 14 februari 2024.</p>
<h2>Målgrupp</h2>
<p>Insatserna ska rikta sig till personer 16–64 år som behöver samordnade rehabiliteringsinsatser för att kunna arbeta eller studera.</p>
<h2>Villkor</h2>
<ul>
<li>Minst två medlemmar ska delta i insatsen.</li>
<li>En insats kan få medel i högst tre år. Medel beviljas ett år i taget.</li>
<li>Deltagarna ska registreras i SUS.</li>
<li>Insatsägaren lämnar en lägesrapport varje halvår och en slutrapport senast två månader efter avslut.</li>
<li>Det ska finnas en plan för hur arbetet kan fortsätta i ordinarie verksamhet.</li>
</ul>
<h2>Vad kan inte finansieras?</h2>
<p>Förbundet finansierar inte ordinarie verksamhet, lokaler som medlemmen redan har eller investeringar i utrustning.</p>
""", crumbs=[], excerpt="Villkor för insatser som får medel från förbundet.")

pages["/uppfoljning-och-utvardering/"] = page("/uppfoljning-och-utvardering/", "Uppföljning och utvärdering", """
<p>Förbundet följer upp alla insatser med deltagarnas egna bedömningar, statistik från SUS och regelbundna samtal med insatsägarna.</p>
<h2>Deltagare per år</h2>
<table>
<thead><tr><th>År</th><th>Antal insatser</th><th>Deltagare</th><th>Till arbete eller studier</th></tr></thead>
<tbody>
<tr><td>2022</td><td>5</td><td>212</td><td>31 %</td></tr>
<tr><td>2023</td><td>4</td><td>187</td><td>35 %</td></tr>
<tr><td>2024</td><td>5</td><td>241</td><td>38 %</td></tr>
</tbody>
</table>
<h2>Indikatorer för samverkan</h2>
<p>Vartannat år mäter vi hur samverkan fungerar med de nationella indikatorerna för samordningsförbund. Resultatet 2024 var 7,8 av 10 i genomsnitt.</p>
""", crumbs=[], excerpt="Så följer vi upp förbundets insatser.")

pages["/arsredovisning-2024/"] = page("/arsredovisning-2024/", "Årsredovisning 2024", f"""
<p>Styrelsen för Samordningsförbundet Gotland lämnar här en sammanfattning av årsredovisningen för 2024. Hela årsredovisningen finns som <a href="{URL}/content/files/2025/03/arsredovisning-samordningsforbundet-gotland-2024.pdf">pdf</a>.</p>
<h2>Året i korthet</h2>
<p>Förbundets intäkter var 4,6 miljoner kronor och kostnaderna 4,4 miljoner kronor. Det egna kapitalet var vid årets slut 1,9 miljoner kronor.</p>
<h2>Insatser som finansierades under 2024</h2>
<ul>
<li><a href="{URL}{I3}">Unga vuxna i centrum</a> – 820 000 kronor</li>
<li><a href="{URL}{I1}">Steget vidare</a> – 740 000 kronor</li>
<li>IPS Gotland – 690 000 kronor</li>
<li>Kompassen – 560 000 kronor</li>
<li>Samverkansteam Hemse – 410 000 kronor (avslutades i december)</li>
</ul>
<h2>Strukturövergripande arbete</h2>
<p>Förbundet ordnade fyra utbildningsdagar om psykisk ohälsa och arbete för 160 medarbetare hos medlemmarna.</p>
""", crumbs=[("Om förbundet", "/om-forbundet/")], excerpt="Sammanfattning av årsredovisningen 2024.")

pages["/integritetspolicy/"] = page("/integritetspolicy/", "Integritetspolicy", """
<p>Samordningsförbundet Gotland behandlar personuppgifter enligt dataskyddsförordningen (GDPR). När du prenumererar på vårt nyhetsbrev sparar vi din e-postadress tills du avslutar prenumerationen.</p>
<p>Deltagare i våra insatser registreras i SUS med samtycke. Uppgifterna används för uppföljning och redovisas bara på gruppnivå.</p>
<p>Kontakta förbundschefen om du vill veta vilka uppgifter vi har om dig.</p>
""", crumbs=[], excerpt="")

pages["/kontakt/"] = page("/kontakt/", "Kontakt", """
<p><strong>Förbundschef</strong><br>Jonas Hallgren<br>0498-26 90 00<br>forbundschef@samordningsforbundetgotland.se</p>
<p><strong>Processledare</strong><br>Lena Olsson<br>lena.olsson@samordningsforbundetgotland.se</p>
<p><strong>Postadress</strong><br>Samordningsförbundet Gotland<br>Visborgsgatan 11<br>621 81 Visby</p>
""", crumbs=[], excerpt="")

# ---------------------------------------------------------------- insats pages
pages[I1] = page(I1, "Steget vidare", """
<p>Steget vidare är en insats för personer 20–64 år som har varit utan arbete länge och som har behov av stöd från flera myndigheter. Deltagarna får arbetsträning på en arbetsplats med en handledare och en arbetskonsulent som följer med.</p>
<h3>Mål</h3>
<p>Målet är att minst 30 procent av deltagarna ska ha gått vidare till arbete, studier eller arbetssökande inom ett år.</p>
<h3>Fakta</h3>
<ul>
<li>Insatsägare: Region Gotland, arbetsmarknadsenheten</li>
<li>Samverkan: Arbetsförmedlingen, Försäkringskassan, Region Gotlands psykiatri</li>
<li>Period: 1 januari 2024 – 31 december 2026</li>
<li>Finansiering: 2 200 000 kronor från samordningsförbundet för hela perioden</li>
<li>Antal platser: 25 deltagare samtidigt</li>
</ul>
""", crumbs=[("Insatser", "/insatser/")], excerpt="Arbetsträning med stöd för personer som står långt från arbetsmarknaden.")

pages[I2] = page(I2, "IPS Gotland", """
<p>IPS Gotland ger personer med psykisk ohälsa individanpassat stöd till arbete enligt metoden IPS (Individual Placement and Support). Två arbetsspecialister arbetar i öppenpsykiatrins team och hjälper deltagarna att hitta och behålla ett arbete på den öppna arbetsmarknaden.</p>
<h2>Syfte</h2>
<p>Syftet är att fler personer med psykisk ohälsa ska få ett lönearbete och att stödet från psykiatrin, Arbetsförmedlingen och Försäkringskassan ska samordnas.</p>
<h2>Tid och budget</h2>
<p>Insatsen startade i september 2023 och pågår till och med augusti 2026. Samordningsförbundet finansierar IPS Gotland med 690 000 kronor per år, totalt 2 070 000 kronor. Region Gotland är insatsägare och står för lokaler och handledning.</p>
""", crumbs=[("Insatser", "/insatser/")], excerpt="Individanpassat stöd till arbete för personer med psykisk ohälsa.")

pages[I3] = page(I3, "Unga vuxna i centrum", """
<p>Unga vuxna i centrum (UVC) är en mötesplats i centrala Visby för unga 16–29 år som behöver stöd att komma vidare till arbete eller studier. Här finns personal från Region Gotlands socialtjänst och arbetsmarknadsenhet, Arbetsförmedlingen och Försäkringskassan under samma tak.</p>
<p><em>Insatsägare</em> Region Gotland<br>
<em>Period</em> 2023–2025<br>
<em>Beviljade medel</em> 820 000 kronor per år, sammanlagt 2 460 000 kronor<br>
<em>Målgrupp</em> Unga vuxna 16–29 år som varken arbetar eller studerar</p>
<p>Under 2024 hade UVC 96 deltagare, och 41 av dem började arbeta eller studera. Styrelsen har beslutat att UVC ska utvärderas under hösten 2025 inför beslut om fortsättning.</p>
""", crumbs=[("Insatser", "/insatser/")], excerpt="En mötesplats för unga vuxna i centrala Visby.")

pages[I4] = page(I4, "Samverkansteam Hemse", """
<p>Samverkansteam Hemse var en insats som pågick från augusti 2021 till december 2024. Ett team med en socialsekreterare, en arbetsförmedlare och en handläggare från Försäkringskassan hade gemensam mottagning två dagar i veckan på Hemse vårdcentral.</p>
<p>Syftet var att personer på södra Gotland skulle få samordnat stöd nära hemmet i stället för att behöva resa till Visby för möten med varje myndighet.</p>
<p>Samordningsförbundet finansierade insatsen med totalt 1 640 000 kronor. Insatsen hade 118 deltagare, och 34 procent gick vidare till arbete eller studier. Arbetssättet lever kvar genom att myndigheterna fortsätter med gemensam mottagning en dag i veckan.</p>
""", crumbs=[("Insatser", "/insatser/")], excerpt="Samordnat stöd på södra Gotland 2021–2024.")

pages["/robots.txt"] = f"""User-agent: *
Sitemap: {URL}/sitemap.xml
Disallow: /ghost/
Disallow: /email/
Disallow: /members/api/comments/counts/
Disallow: /r/
Disallow: /webmentions/receive/
Disallow: /p/
"""


def ghost_sitemap(paths):
    out = ['<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//www.samordningsforbundetgotland.se/sitemap.xsl"?>',
           '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p, lm in paths:
        out.append(f"<url><loc>{URL}{p}</loc><lastmod>{lm}T10:00:00.000Z</lastmod></url>")
    out.append("</urlset>")
    return "".join(out)


pages["/sitemap.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//www.samordningsforbundetgotland.se/sitemap.xsl"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{URL}/sitemap-pages.xml</loc><lastmod>2025-10-20T10:00:00.000Z</lastmod></sitemap><sitemap><loc>{URL}/sitemap-posts.xml</loc><lastmod>2025-10-20T10:00:00.000Z</lastmod></sitemap><sitemap><loc>{URL}/sitemap-authors.xml</loc><lastmod>2025-10-20T10:00:00.000Z</lastmod></sitemap><sitemap><loc>{URL}/sitemap-tags.xml</loc><lastmod>2025-10-20T10:00:00.000Z</lastmod></sitemap></sitemapindex>"""
pages["/sitemap-pages.xml"] = ghost_sitemap([
    ("/", "2025-10-20"), ("/om-forbundet/", "2025-01-09"), ("/insatser/", "2025-09-30"), ("/soka-medel/", "2025-10-20"),
    ("/riktlinjer-for-insatser/", "2024-02-15"), ("/uppfoljning-och-utvardering/", "2025-03-12"),
    ("/arsredovisning-2024/", "2025-03-28"), ("/kontakt/", "2025-01-09"), ("/integritetspolicy/", "2023-02-01"),
    (I1, "2025-01-15"), (I2, "2024-09-02"), (I3, "2025-02-03"), (I4, "2025-01-20")])
pages["/sitemap-posts.xml"] = ghost_sitemap([(p[0], p[2]) for p in order])
pages["/sitemap-tags.xml"] = ghost_sitemap([("/tag/nyheter/", "2025-10-20"), ("/tag/insatser/", "2025-10-20"),
                                            ("/tag/nyhetsbrev/", "2025-10-02"), ("/tag/jobb/", "2025-05-14"),
                                            ("/tag/evenemang/", "2025-04-28"), ("/tag/arbete-och-studier/", "2025-06-10")])

if __name__ == "__main__":
    print(HOST, write_site(HOST, pages))
