"""Build the three saved sites of heldout_sites26 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved, every must_not_fetch URL is
forbidden by its host's robots.txt (Google's matching: longest rule wins, '*' and '$') and is linked or announced by
some saved page, and no project page is forbidden."""
import json
import os
import re
import shutil
from urllib.parse import urlsplit

import make_site_motala as M
import make_site_ockelbo as O
import make_site_regionblekinge as B
from make_common import ROOT, _target


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (M.H, B.H, O.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    M.build()
    B.build()
    O.build()
    exp = {}

    # ------------------------------------------------------------------ Motala (Sitevision 2025)
    h = M.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (M.P1, M.P2, M.P3, M.P4, M.P5)],
        'not_projects': [u(h, p) for p in (M.FUND, M.SOKA, M.RIKT, M.UPPF, M.METOD, M.N_CALL, M.EV, M.JOB, M.FALT)],
        'must_not_fetch': [u(h, p) for p in (
            [M.SEARCH] + [M.SEARCH + q for q in M.SEARCHES] + [M.EDIT_RIKT, M.NEWS_MORE, M.KAL]
            + [M.KAL + d for d in M.KAL_DAYS] + [p + M.PRINT for p in M.PRINT_PAGES])],
        'notes': (
            "MID-SIZE municipality (Motala kommun, 0583, about 44 000 inhabitants; Råssnäs, Charlottenborg, Borensberg, Tjällmo) on "
            "SITEVISION 2025 with SHORT ADDRESSES: no extension, no trailing slash, a page's children under its address (saved as "
            "<path>/index.html); links root-relative. Markup: html class 'sv-no-js sv-template-<tpl>', sv.PageContext, sv-layout "
            "(svid10_) and portlets (svid12_), sv-text-portlet with Rubrik/Ingress/Innehall anchors, h1.heading, h2.subheading, "
            "p.normal, sv-menu-portlet main menu and a left sub-menu (Ekonomi › Sociala investeringar and its five children), "
            "sv-breadcrumbs-portlet, sv-archive-portlet news lists, sv-decoration-content boxes ('Fakta om projektet', 'Kontakt'), "
            "Envision env-card grids, a hidden cookie banner, a page-tools bar 'Skriv ut' (<page>?print=true, nofollow) | 'Dela'. "
            "35 files: 33 pages, robots.txt, sitemap.xml (28 pages: every saved page BUT the five project pages, which have "
            "'Exkludera från sitemap' and 'Visa inte i menyer' set). The fund section is Kommun och politik › Ekonomi › Sociala "
            "investeringar (/kommun-och-politik/ekonomi/sociala-investeringar; from the Ekonomi page's card and sub-menu, the "
            "event, the call news; Ekonomi from Kommun och politik in the main menu). THE TRAP: THE PROJECT PAGES ARE REACHED ONLY "
            "THROUGH THE LIST PAGE 'Projekt som fått medel' (…/sociala-investeringar/projekt; the fund page's card, the fund "
            "sub-menu on every fund page, the one-project news and the follow-up page link it), WHICH IS SPLIT INTO ENVISION TABS: "
            "<div class='env-tabs'> with two <a role='tab' href='#pagaende'|'#avslutade'> and two <div class='env-tabs__panel' "
            "role='tabpanel'>; BOTH PANELS ARE IN THE HTML; the second ('Avslutade') is hidden ONLY BY CSS (an inline <style> in "
            "the head: .env-tabs__panel{display:none} .env-tabs__panel--active{display:block}; no hidden attribute, no "
            "aria-hidden). 'Pågående' (visible) holds three env-cards with the link on the h3: (P1) Tidiga insatser i förskolan – "
            "Råssnäs (…/projekt/tidiga-insatser-i-forskolan-rassnas; fact box 'Fakta om projektet' of <li><strong>Label:</strong> "
            "items: Projektperiod augusti 2024 – juni 2027, Budget 2 600 000 kronor ur fonden för sociala investeringar, "
            "Projektägare Barn- och utbildningsförvaltningen, Samverkan, Bemanning 2,5 tjänster, Status Pågår; 'Syfte', 'Målgrupp' "
            "barn 1–5 år), (P2) Skolnärvaroteamet (…/projekt/skolnarvaroteamet; 'Skolnärvaroteamet är en social investering som "
            "startade i januari 2025', <strong>Label:</strong> lines split by <br>: 1 januari 2025 – 31 december 2027, 3 400 000 "
            "kronor, årskurs 4–9, three full-time posts), (P3) Steget – vägen till arbete för unga vuxna (…/projekt/steget-unga-"
            "vuxna; 'Steget är ett projekt', a th/td table with <caption> 'Kort om Steget': september 2024 – augusti 2026, 2 500 000 "
            "kronor of which 1 900 000 from the fund and 600 000 from Samordningsförbundet Centrala Östergötland, 18–29 år). "
            "'Avslutade' (hidden by CSS) holds a plain <ul> of two links: (P4) Föräldrastöd i Borensberg (…/projekt/"
            "foraldrastod-i-borensberg; '<strong>Projektet är avslutat.</strong> … pågick från mars 2021 till februari 2024 och "
            "fick 1 250 000 kronor ur kommunens fond för sociala investeringar', results, a dead final-report pdf) and (P5) Trygg "
            "fritid Charlottenborg (…/projekt/trygg-fritid-charlottenborg; 'var ett projekt som pågick från augusti 2020 till juni "
            "2023 … 980 000 kronor', 10–16 år, Status Avslutat). No other page links a project page (the job ad and the event name "
            "projects without links; the one-project news links the list, not P2). ROUTE: / → Kommun och politik (1) → Ekonomi (2) "
            "→ Sociala investeringar (3) → Projekt som fått medel (4) → P1–P5 (5); shorter: / → the news 'Skolnärvaroteamet har "
            "mötts av 140 elever' (1) → the list (2) → P1–P5 (3). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 1') "
            "disallows /sitevision/, /edit, /edit-offline, /appresource/, /rest-api/, /sok, /uppleva-och-gora/evenemang/kalender "
            "and /*?print=, with the Sitemap line. Links: the search form GET /sok (query=) and the start page's 'Många söker "
            "efter' /sok?query=bygglov|lediga+jobb|skolmat; 'Skriv ut' <page>?print=true (nofollow) on every content page (five "
            "listed: the fund page, the list, P1, P4 – inside the hidden tab's target – and the event); the call news links the "
            "rules ONLY as a pasted Sitevision EDIT URL https://www.motala.se/edit/4.<node id>; on Nyheter the 'Visa fler "
            "nyheter' button is an <a> to the archive portlet's /appresource/4.…/12.…/nyheter?start=6&antal=6; on Evenemang "
            "'Visa kalendern' …/evenemang/kalender and the days ?datum=2025-11-20|2025-12-04 (nofollow; not saved). Assets under "
            "/sitevision/ (css, js) are also forbidden but not listed. NON-PROJECTS (9): the fund page 'Sociala investeringar' "
            "('Vad är en social investering?', 'Så fungerar fonden', 'Fonden i siffror'), 'Så söker du medel' (questions as "
            "headings, numbered steps, deadlines), 'Riktlinjer för sociala investeringar' (numbered rules; KF § 78), 'Uppföljning "
            "2024' (the fund's key figures per year in a table, lessons; a report), 'Så beräknar vi effekterna' (socioekonomisk "
            "analys, a worked example that says it is no real project), the call news 'Nu kan förvaltningarna söka medel för "
            "sociala investeringar', the event 'Frukostmöte: Vad har sociala investeringar gett Motala?' (Datum, Tid, Plats, "
            "Kostnad, Antal platser, Sista anmälningsdag, Anmälan, Arrangör; names P4 and P2), the job ad 'Logoped till Tidiga "
            "insatser i förskolan' (names P1; Anställningsform, Omfattning, Tillträde, Sista ansökningsdag) and the STANDING "
            "SERVICE 'Fältgruppen' ('startade 2018 som ett projekt med pengar ur kommunens fond för sociala investeringar. Sedan "
            "januari 2021 är fältgruppen en del av socialförvaltningens ordinarie verksamhet'). NEITHER LIST (count either way): "
            "the list 'Projekt som fått medel', the one-project news about P2, /, Kommun och politik, Ekonomi, Barn och utbildning, "
            "Omsorg och stöd, Barn och familj, Uppleva och göra, Evenemang, Nyheter and the untopical news, Lediga jobb and the "
            "furniture (Kontakta oss, Om webbplatsen, Kakor, Tillgänglighetsredogörelse). Dead links on purpose (404): the other "
            "menu and card targets (/bygga-bo-och-miljo, /naringsliv-och-arbete, /lattlast, /other-languages, "
            "/barn-och-utbildning/forskola …, /jobb-och-karriar, Familjecentralen, the Ekonomi sub-pages), /download/… files, "
            "/images/…, /webapp-files/…, the event 'Julmarknad i Borensberg'. External: app-eu.readspeaker.com (nofollow), "
            "facebook, motala.varbi.com. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Region Blekinge (Episerver CMS 11)
    h = B.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (B.B1, B.B2, B.B3, B.B4, B.B5, B.B6)],
        'not_projects': [u(h, p) for p in (B.FUND, B.SOKA, B.VILL, B.UTV, B.N_CALL, B.EV, B.JOB, B.SERVICE)],
        'must_not_fetch': [u(h, p) for p in (
            [B.SEARCH, B.SEARCH + B.SEARCHES[0], B.SEARCH + B.SEARCHES[1], B.LOGIN, B.EPI, B.EPI_EDIT, B.PERMALINK, B.KAL]
            + [B.KAL + d for d in B.KAL_DAYS] + [B.RSS])],
        'notes': (
            "REGION (Region Blekinge, länskod 10; municipalities named: Olofström 1060, Karlskrona 1080, Ronneby 1081, Karlshamn "
            "1082, Sölvesborg 1083) on EPISERVER CMS 11 (MVC, an Alloy-derived theme: body class and data-page-type "
            "StartPage/LandingPage/StandardPage/ListPage/ProjectPage/NewsPage/EventPage/JobPage, data-content-id, window.epi, "
            "teaser-block grids, a sub-nav in an aside, a fact-block <dl>, /globalassets/ and /contentassets/<guid>/ files, "
            "/Static/dist assets, an Episerver Find script under /Util/). Addresses end in '/' (saved as index.html); links "
            "root-relative. 39 files: 35 pages, robots.txt and THREE SITEMAP FILES: robots.txt names the SITEMAP INDEX "
            "/sitemap.xml, which points to /sitemap-pages.xml (27 pages) and /sitemap-news.xml (a Google News sitemap with "
            "news:news entries for the five news items). The pages sitemap lists the year pages 2025 and 2024 and projects B1–B4, "
            "but NOT the 2023 year page and its projects B5 and B6 (the editors unticked 'Visa i sitemap' when the year was "
            "archived), and no news. The fund is under Utveckling och tillväxt › Social hållbarhet › Sociala investeringsmedel "
            "(/utveckling-och-tillvaxt/social-hallbarhet/sociala-investeringsmedel/; the Social hållbarhet teaser, the sub-nav). "
            "THE TRAP: A PAGE PER YEAR. 'Beviljade projekt' (…/sociala-investeringsmedel/beviljade-projekt/; fund teaser and sub-nav) "
            "lists NO project: it holds an intro and a YEAR SELECTOR <div class='year-selector'> 'Välj år' with three <a> links "
            "…/beviljade-projekt/2025/, /2024/, /2023/ and the same three as <option value> of a <select onchange='window.location"
            ".href=this.value'>; each year page (ListPage, breadcrumb '… › Beviljade projekt › 2025') repeats the selector (the "
            "current year aria-current) and lists that year's projects as cards (h3 link, municipality, 'Beviljat N kronor', one "
            "sentence). The year pages' addresses end in a bare year segment (/2023/), which a crawler may mistake for a date "
            "archive. Projects: 2025: (B1) Tidiga samordnade insatser i Olofström (…/2025/tidiga-samordnade-insatser-olofstrom/; "
            "fact-block <dl> 'Fakta om projektet': 1 februari 2025 – 31 januari 2028, 2 700 000 kronor + 900 000 from Olofströms "
            "kommun, 6–15 år), (B2) Hälsolots för unga vuxna i Karlshamn (…/2025/halsolots-for-unga-vuxna-karlshamn/; 'är ett "
            "projekt', fact-block 'Fakta': april 2025 – mars 2027, 2 400 000 kronor varav 1 800 000 in social investment funds, "
            "18–29 år); 2024: (B3) Familjeteam Kallinge (…/2024/familjeteam-kallinge/; <strong>Label:</strong> lines under 'Kort "
            "om projektet': 1 augusti 2024 – 31 juli 2026, 2 200 000 kronor, 0–12 år), (B4) Aktiv ung i Sölvesborg "
            "(…/2024/aktiv-ung-solvesborg/; a th/td table with caption 'Fakta om projektet': september 2024 – juni 2026, 1 350 000 "
            "kronor, 13–19 år); 2023: (B5) Språkstöd i förskolan – Kungsmarken (…/2023/sprakstod-i-forskolan-kungsmarken/; FINISHED: "
            "'<strong>Projektet är avslutat.</strong> … pågick från augusti 2023 till juni 2025 och fick 1 600 000 kronor', "
            "results), (B6) Unga anhöriga i Västra Blekinge (…/2023/unga-anhoriga-i-vastra-blekinge/; fact-block: oktober 2023 – "
            "december 2025, 1 450 000 kronor, 8–20 år, owner Karlshamns kommun with Olofström, Sölvesborg and the region). HOW EACH "
            "IS REACHABLE: B1 and B2: the 2025 year page, the pages sitemap, and the news 'Två nya projekt får sociala "
            "investeringsmedel' (news sitemap and Nyheter); B3: the 2024 year page, the pages sitemap, and the news 'Familjeteamet "
            "i Kallinge har stöttat 60 familjer' (start page, Nyheter, news sitemap); B4: the 2024 year page and the pages sitemap; "
            "B5 and B6: ONLY the 2023 year page, which is reached ONLY through the year selector (links and options on "
            "'Beviljade projekt' and the other year pages). No menu links a year page. ROUTES: / → Utveckling och tillväxt (1) → "
            "Social hållbarhet (2) → Sociala investeringsmedel (3) → Beviljade projekt (4) → 2023 (5) → B5, B6 (6); the sub-nav "
            "on every fund page shortens it by one. TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 2') disallows "
            "/EPiServer/, /episerver/, /util/, /Util/, /link/, /sok/, /kalender/ and /api/, with the Sitemap line (the index). "
            "Links: the search form GET /sok/ (q=) and the start page's 'Vanliga sökningar' /sok/?q=1177|lediga+jobb; the footer's "
            "'Logga in' /util/login.aspx?ReturnUrl=%2F (nofollow) and 'Prenumerera på nyheter (RSS)' /api/rss/nyheter/ (nofollow; "
            "also <link rel='alternate' type='application/rss+xml'> in every head); the fund page was cached during an editor's "
            "session with Episerver's quick navigator (display:none) linking /EPiServer/CMS/?language=sv#context=… and "
            "/EPiServer/CMS/; the call news links the conditions ONLY as a pasted Episerver PERMANENT LINK /link/<32 hex>.aspx; "
            "the start page's shortcut 'Kalender' /kalender/ and on Evenemang /kalender/ and the days ?datum=2026-02-12|"
            "2026-03-05 (not saved). NON-PROJECTS (8): the fund page 'Sociala investeringsmedel' ('Medlen i siffror', teasers, "
            "contact), 'Så söker ni sociala investeringsmedel' (questions as headings, max 3 000 000 kronor, three years, steps), "
            "'Villkor och kriterier' (numbered conditions, criteria, reporting), 'Utvärdering av sociala investeringsmedel "
            "2019–2024' (a university's evaluation: a table of counts, recommendations, a dead pdf), the call news 'Nu kan "
            "kommunerna söka sociala investeringsmedel för 2026', the event 'Nätverksträff om sociala investeringar 2026' (a <dl> "
            "Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; programme; names B3 and B6), the job ad "
            "'Utvecklingsledare, social hållbarhet' (Anställningsform, Omfattning, Tillträde, Placering, Sista ansökningsdag) and "
            "the STANDING SERVICE 'Utökade hembesök för nyblivna föräldrar' (under Hälsa och vård › Barn och familj; 'startade "
            "2019 som ett projekt i Karlshamn och Ronneby med sociala investeringsmedel … Sedan 2023 är hembesöken en del av "
            "barnhälsovårdens ordinarie verksamhet'). NEITHER LIST (count either way): 'Beviljade projekt', the three year pages, "
            "the news 'Två nya projekt får sociala investeringsmedel' (two linked names, no facts) and the one-project news about "
            "B3, /, Utveckling och tillväxt, Social hållbarhet, Hälsa och vård, Barn och familj, Nyheter and the untopical news "
            "(influensa, Kustpilen), Evenemang, Jobba hos oss, Lediga jobb and the furniture (Kontakta oss, Om webbplatsen, Kakor, "
            "Tillgänglighetsredogörelse). Dead links on purpose (404): /kultur-och-fritid/, /politik-och-paverkan/, "
            "/other-languages/, the other teasers (regional-utvecklingsstrategi, naringsliv, kompetensforsorjning, folkhalsopolicy, "
            "natverk, barnhalsovard, vardcentraler, tandvard, ungdomsmottagningar, formaner), the event 'Kulturkonferens', "
            "/globalassets/…, /contentassets/…, /Static/…. External: www.1177.se, www.blekingetrafiken.se, readspeaker "
            "(nofollow), regionblekinge.varbi.com, www.blekinge-event.se, municipal e-mail addresses. Nothing depends on query "
            "strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Ockelbo (WordPress 6.8, Kadence)
    h = O.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (O.C1, O.C2, O.C3, O.C4, O.C5)],
        'not_projects': [u(h, p) for p in (O.FUND, O.SOKA, O.SERVICE, O.P_JOB, O.P_CALL, O.P_EV, O.P_REP, O.P_FUND, O.P_SOM)],
        'must_not_fetch': [u(h, p) for p in O.forbidden()],
        'notes': (
            "SMALL municipality (Ockelbo kommun, 2101, about 5 800 inhabitants; Ockelbo, Åmot, Lingbo, Jädraås) on WORDPRESS 6.8.3 "
            "with the KADENCE theme, Yoast SEO 26, Jetpack sharing and Complianz. Permalinks /nyheter/%postname%/, so the bases "
            "carry the front: category archives /nyheter/kategori/<slug>/, tag archives /nyheter/etikett/<slug>/, author archives "
            "/nyheter/author/<user>/; the posts page /nyheter/; 5 posts a page everywhere (/…/page/2/, <link rel=next/prev>, "
            "'Nästa'); hierarchical pages (/kommun-och-politik/sociala-investeringsfonden/…). EVERY internal link is an absolute "
            "https URL. Heads announce /feed/, /comments/feed/, the archive's feed or the post's comment feed <post>/feed/ "
            "(RSS <link rel=alternate>), /wp-json/ and a JSON alternate /wp-json/wp/v2/posts|pages/<id>, /xmlrpc.php?rsd, a "
            "shortlink /?p=<id> (allowed; the replay answers the start page) and a Yoast JSON-LD whose SearchAction template is "
            "/?s={search_term_string}. 53 files: 46 pages (13 posts, 13 pages, 20 archive pages), robots.txt and six Yoast sitemap files: "
            "/sitemap_index.xml (declared in robots.txt; with an xml-stylesheet; /wp-sitemap.xml and /sitemap.xml not saved) "
            "with post-sitemap.xml (/nyheter/ and all 13 posts), page-sitemap.xml (13 pages), category-, post_tag- and "
            "author-sitemap.xml. THE TRAP: THE PROJECTS ARE ORDINARY BLOG POSTS, written as news, in the category 'Sociala "
            "investeringar' (/nyheter/kategori/sociala-investeringar/, 10 posts on two pages), MIXED WITH FIVE NON-PROJECT POSTS "
            "OF THE SAME CATEGORY; only the fund page (menu Kommun och politik › Sociala investeringsfonden) links the category "
            "('Läs alla inlägg om sociala investeringar'); the sidebar's 'Kategorier' on every post and archive too. Four of the "
            "five project slugs hold no topical word. Projects: (C1) Närvarolyftet (/nyheter/narvarolyftet-ska-fa-fler-elever-att-"
            "ga-till-skolan/, 20 October 2025; 'driver … projektet Närvarolyftet', a 'Kort om Närvarolyftet' list of "
            "<strong>Label:</strong> items: augusti 2025 – juni 2027, 1 150 000 kronor ur den sociala investeringsfonden, årskurs "
            "4–9; one comment), (C2) Familjestöd i hemmet (/nyheter/familjestod-i-hemmet-nytt-projekt-for-smabarnsfamiljer/, 12 "
            "May 2025; a th/td table 'Fakta om projektet': juni 2025 – maj 2027, 980 000 kronor, 0–6 år, one full-time post; three "
            "comments, one a reply), (C3) Seniorer i rörelse (/nyheter/seniorer-i-rorelse-traning-och-gemenskap-i-amot-och-"
            "lingbo/, 18 November 2024; prose only: 'satsningen Seniorer i rörelse, som har fått 450 000 kronor ur den sociala "
            "investeringsfonden', 'pågår från januari 2025 till december 2026', 70 år och äldre), (C4) Läxcafé Åmot "
            "(/nyheter/laxcafe-pa-biblioteket-i-amot/, 6 February 2023; 'ett projekt', februari 2023 – juni 2024, 310 000 kronor, "
            "årskurs 4–9), (C5) Trygga helger (/nyheter/trygga-helger-faltarbete-med-unga/, 17 April 2023; 'projektet Trygga "
            "helger', maj 2023 – april 2025, 600 000 kronor, 13–18 år). HOW EACH IS REACHABLE: C1: the start page's 'Senaste "
            "nyheterna', the sidebar's 'Senaste inläggen' on every post and archive, /nyheter/, the category page 1, tags "
            "barn-och-unga and skola, author anna-lind; C2: /nyheter/page/2/, the category page 1, tags barn-och-unga and familj, "
            "author anna-lind page 1, its neighbours' previous/next links; C3: /nyheter/page/2/, the category PAGE 2, tags "
            "folkhalsa and aldre, author per-olsson; C5: /nyheter/page/3/, the category PAGE 2, tag barn-och-unga, author "
            "per-olsson; C4: /nyheter/page/3/, the category PAGE 2, the category kultur-och-fritid, tags barn-och-unga and skola, "
            "author anna-lind PAGE 2; all five are in post-sitemap.xml (only C2's slug has a topical word, 'projekt'). ROUTE: / → "
            "Kommun och politik › Sociala investeringsfonden (1, the menu) → the category (2) → page 2 (3) → C3, C4, C5 (4). "
            "TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 2') disallows /wp-admin/ (Allow admin-ajax.php), "
            "/wp-login.php, /wp-json/, /xmlrpc.php, /?s=, /*?s=, /feed/, /*/feed/, /*?replytocom= and /*?share=, with the Sitemap "
            "line. Listed: the start page's 'Populära sökningar' /?s=sophamtning|bygglov|lediga+jobb (the header search form GET / "
            "with s=); the footer's 'Logga in' /wp-login.php on every page; the fund news post was cached with an editor's "
            "'Redigera' link /wp-admin/post.php?post=<id>&action=edit; /wp-json/, the JSON alternates of the five project posts "
            "and of the fund page, /xmlrpc.php?rsd; the FEEDS /feed/, /comments/feed/, the category's /nyheter/kategori/sociala-"
            "investeringar/feed/, the tag feed /nyheter/etikett/barn-och-unga/feed/, the author feed /nyheter/author/per-olsson/"
            "feed/ and the comment feeds <post>/feed/ of the five project posts (every archive and post head announces its own; "
            "none saved); EVERY 'Svara' link <post>?replytocom=<comment id>#respond (rel=nofollow, comment-reply-link) on the "
            "posts with comments (C1 248; C2 212, 213, 215; the call 230, 231; the follow-up 150; requested without the "
            "fragment; the replay would answer the post itself); Jetpack's share links <post>?share=facebook&nb=1 on the five "
            "project posts (and ?share=linkedin&nb=1, not listed; every post has both). NON-PROJECTS (9): the page "
            "'Sociala investeringsfonden' (the fund: 'Om fonden', numbered 'Riktlinjer', contact), its child 'Så söker du' "
            "(questions as headings, steps), the STANDING SERVICE page 'Öppna förskolan' (opening hours; 'startade 2020 som ett "
            "projekt med pengar ur den sociala investeringsfonden. Sedan augusti 2022 är den en del av förskolans ordinarie "
            "verksamhet'), and six posts: the JOB AD 'Vi söker en familjebehandlare till Familjestöd i hemmet' (category Sociala "
            "investeringar and Lediga jobb; names C2; a table Anställningsform, Omfattning, Tillträde, Sista ansökningsdag), the "
            "CALL 'Nu kan du söka pengar ur den sociala investeringsfonden för 2026', the EVENT post 'Välkommen på "
            "informationsträff om sociala investeringar' (Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör), "
            "the FOLLOW-UP 'Så gick det för fondens första projekt' (the fund's figures since 2019, lessons, a pdf), the FUND "
            "NEWS 'Kommunfullmäktige fyller på den sociala investeringsfonden' and, outside the category (Kultur och fritid), the "
            "holiday-activities calendar 'Gratis sommarlovsaktiviteter för barn och unga' (a table Aktivitet, Datum, Plats, "
            "Ålder; a state grant from Socialstyrelsen). NEITHER LIST (count either way): every archive page (/nyheter/ and its "
            "pages, the four categories, eight tags, two authors), /, Kommun och politik, Jobba hos oss, Barn och utbildning, "
            "Omsorg och stöd, Kultur och fritid, the untopical posts (sophämtning, ny förskola) and the furniture (Kontakt, Om "
            "webbplatsen, Kakor, Tillgänglighetsredogörelse). Dead links on purpose (404): sub-menu items (Förskola, Grundskola, "
            "Äldreomsorg, Individ- och familjeomsorg, Bibliotek, Fritidsgården, Kommunfullmäktige, Bygga och bo), "
            "/wp-content/… files and assets, /main-sitemap.xsl, /wp-comments-post.php (a POST form). External: "
            "www.offentligajobb.se, facebook. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
def robots_rules(host):
    rules, on = [], False
    for line in open(os.path.join(ROOT, host, 'robots.txt'), encoding='utf-8'):
        line = line.split('#')[0].strip()
        if ':' not in line:
            continue
        k, v = [x.strip() for x in line.split(':', 1)]
        k = k.lower()
        if k == 'user-agent':
            on = v == '*'
        elif on and k in ('allow', 'disallow') and v:
            rules.append((k, v))
    return rules


def allowed(rules, path_q):
    best = None
    for kind, pat in rules:
        rx = '^' + re.escape(pat).replace(r'\*', '.*')
        if rx.endswith(r'\$'):
            rx = rx[:-2] + '$'
        if re.match(rx, path_q):
            if best is None or len(pat) > len(best[1]) or (len(pat) == len(best[1]) and kind == 'allow'):
                best = (kind, pat)
    return best is None or best[0] == 'allow'


def check(exp):
    import html as H
    problems = []
    for host, v in exp.items():
        rules = robots_rules(host)
        corpus = ''
        for d, _, fs in os.walk(os.path.join(ROOT, host)):
            for f in fs:
                corpus += H.unescape(open(os.path.join(d, f), encoding='utf-8').read())
        for url in v['project_pages'] + v['not_projects'] + [v['start_url']]:
            p = urlsplit(url)
            if not os.path.exists(_target(host, p.path)):
                problems.append(f'missing page {url}')
            if not allowed(rules, p.path):
                problems.append(f'page forbidden by robots {url}')
        for url in v['must_not_fetch']:
            p = urlsplit(url)
            pq = p.path + ('?' + p.query if p.query else '')
            if allowed(rules, pq):
                problems.append(f'not forbidden by robots: {url}')
            rel = pq
            if url not in corpus and rel not in corpus and url.replace('https://' + host, '') not in corpus:
                problems.append(f'never linked: {url}')
        if len(set(v['must_not_fetch'])) != len(v['must_not_fetch']):
            problems.append(f'duplicates in must_not_fetch of {host}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
