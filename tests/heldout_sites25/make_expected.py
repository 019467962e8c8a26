"""Build the three saved sites of heldout_sites25 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run)."""
import json
import os
import shutil

import make_site_are as A
import make_site_katrineholm as K
import make_site_norrbotten as N
from make_common import ROOT


def u(host, p):
    return f'https://{host}{"" if p == "/" else p}'


def main():
    for h in (N.H, K.H, A.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    N.build()
    K.build()
    A.build()
    exp = {}

    # ------------------------------------------------------------------ Region Norrbotten (Plone 6 Classic)
    h = N.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (N.P1, N.P2, N.P3, N.P4, N.P5)],
        'not_projects': [u(h, p) for p in (N.FM, N.SOK, N.VILL, N.NN_CALL, N.EV, N.UPP, N.JOB, N.FC_JOKK, N.POL)],
        'must_not_fetch': [u(h, p) for p in (
            [N.SEARCH] + [N.SEARCH + q for q in N.SEARCHES] + [N.LOGIN]
            + [p + N.SENDTO for p in N.SENDTO_PAGES]
            + [p + N.PRINTV for p in N.PRINT_PAGES]
            + [N.EV + N.ICS, N.EV + N.VCS, N.LISTING] + [N.LISTING + q for q in N.LISTINGS]
            + [N.INS + q for q in N.FILTERS])],
        'notes': (
            "REGION (Region Norrbotten, länskod 25; municipalities named: Pajala 2521, Övertorneå 2518, Arjeplog 2506, Arvidsjaur 2505, "
            "Gällivare 2523, Jokkmokk 2510, Kiruna 2584, Boden 2582, Kalix 2514, Haparanda 2583) on PLONE 6.0 CLASSIC UI (Barceloneta-"
            "based Diazo theme ++theme++norrbotten; meta generator 'Plone - https://plone.org/'; body classes portaltype-<type> "
            "section-<id> subsection-<id> template-document_view; #portal-globalnav with dropdowns and checkbox openers, "
            "#portal-breadcrumbs, the navigation portlet .portletNavigationTree in #portal-column-one (the section root's children, "
            "the current folder's children opened), h1.documentFirstHeading, p.documentDescription, #parent-fieldname-text, the "
            "related-items viewlet 'Relaterat innehåll', .documentActions 'Skicka' (<page>/sendto_form) and 'Skriv ut' "
            "(<page>/@@print, the theme's print view), a Plone Event with iCal/vCal links, a Collection with filter links, pat-collapsible). "
            "EVERY LINK IS ABSOLUTE (https://www.norrbotten.se/…; the home link has no trailing slash); addresses are extensionless "
            "WITHOUT a trailing slash, a folder and its default page share the folder's address (saved as <path>/index.html). "
            "37 files: 35 pages (the HTML site map included), robots.txt, /sitemap.xml.gz (REAL GZIP BYTES, Plone's default, named only in robots.txt's Sitemap "
            "line; it lists the 34 other pages, P1–P5 included; P4's and P5's addresses hold no topical word). "
            "THE TRAP OF THIS SITE IS THE FUND'S BRAND: the region's fund for preventive work is called FRAMTIDSMEDEL ('Framtidsmedel "
            "för jämlik hälsa'); NO PAGE OF THE SITE SAYS 'social investering' (nor 'social investment'): only 'Framtidsmedel', "
            "'förebyggande insatser', 'jämlik hälsa', 'Folkhälsa och social hållbarhet', 'Insatser i länet'. The fund's pages are in "
            "the top-level section 'Folkhälsa och social hållbarhet' (/folkhalsa-och-social-hallbarhet), the fund itself at "
            "…/framtidsmedel; NO PROJECT PAGE HAS THE BRAND IN ITS ADDRESS: P1–P3 are under …/insatser-i-lanet/<slug>, P4 under "
            "/halsa-och-vard/for-nyanlanda/…, P5 under /regional-utveckling/kompetensforsorjning/…. A project page says "
            "'Framtidsmedel' in its text and calls itself 'insatsen', 'projektet' or 'satsningen'. "
            "HOW EACH PROJECT IS REACHABLE: (P1) Familjestart Tornedalen – utökade hembesök i Pajala och Övertorneå "
            "(…/insatser-i-lanet/utokade-hembesok-i-tornedalen): the list 'Insatser i länet' (a Collection; reached from the section "
            "page's card, the global nav dropdown and the fund page), the section's navigation portlet when inside "
            "…/insatser-i-lanet, the sitemap. A <table> with a <caption> 'Fakta om insatsen' of th/td rows (Period 1 januari 2024 – 31 "
            "december 2026; Kostnad 2 400 000 kronor i Framtidsmedel; Ansvarig Region Norrbotten, barnhälsovården; Samverkanspart "
            "Pajala kommun och Övertorneå kommun; Målgrupp förstagångsföräldrar, barn 0–15 månader; Bemanning; Status Pågår) and a "
            "'Syfte' heading. (P2) Stark tillsammans – Arjeplog och Arvidsjaur (…/stark-tillsammans-arjeplog-arvidsjaur): the list, "
            "the portlet, the sitemap. A bold name opening the text ('<strong>Stark tillsammans</strong> är ett projekt …') and a "
            "'Kort om projektet' list of <strong>Label:</strong> items (Projektperiod september 2023 – juni 2026; Projektägare "
            "Arvidsjaurs kommun, elevhälsan; Budget 2 150 000 kronor, varav 1 850 000 i Framtidsmedel och 300 000 från kommunerna; "
            "14–17 år). (P3) Unga renskötares hälsa (…/unga-renskotares-halsa; FINISHED, mars 2021 – december 2023, 1 200 000 kronor, "
            "Region Norrbotten folkhälsocentrum with Svenska Samernas Riksförbund): on the list ONLY INSIDE A CLOSED "
            "<div class='pat-collapsible closed'> 'Avslutade insatser' (the link is in the HTML), the portlet, the sitemap; a "
            "portalMessage 'Insatsen är avslutad.', 'var ett projekt som pågick från mars 2021 till december 2023', 'Resultat', a "
            "dead 'Slutrapport (pdf)'. (P4) Hälsosamtal för nyanlända i Boden (/halsa-och-vard/for-nyanlanda/halsosamtal-for-"
            "nyanlanda-i-boden; February 2025 – December 2026, 980 000 kronor, owner Region Norrbotten, Hälsocentralen Boden, with "
            "Bodens kommun): NOT ON THE LIST (the editors did not add it). Reached from the news item 'Hälsosamtal ger nyanlända "
            "bättre koll på vården' (/nyheter/…, on the start page's three newest and on /nyheter; its 'Relaterat innehåll' links "
            "the fund page) and from the Hälsa och vård navigation portlet on the untopical folder page 'För dig som är ny i "
            "Sverige' (/halsa-och-vard/for-nyanlanda, in the global nav dropdown and the HTML site map) and on P4 itself; plus the "
            "gzip sitemap under an untopical address. A th/td table 'Kort om projektet' (Projekttid, Finansiering, Projektägare, "
            "Samverkan, Målgrupp 18–64 år, Personal). (P5) Unga vuxna tillbaka – Kalix och Haparanda (/regional-utveckling/"
            "kompetensforsorjning/unga-vuxna-tillbaka-kalix-haparanda; January 2025 – December 2027, 2 900 000 kronor, varav "
            "2 000 000 i Framtidsmedel och 900 000 från Samordningsförbundet Östra Norrbotten; owner Kalix kommun): IN ANOTHER "
            "SECTION, linked from the list 'Insatser i länet' (an absolute link out of the section), from the untopical page "
            "'Kompetensförsörjning' (body list and portlet) and the sitemap; 'Satsningen Unga vuxna tillbaka …', a <dl class='facts'> "
            "of dt/dd without colons. ROUTES: / → global nav 'Folkhälsa och social hållbarhet' or the start page's shortcut (1 hop) "
            "→ 'Insatser i länet' (2; also in the dropdown on every page: 1) → P1, P2, P3, P5; / → the news (1) → P4 (2). "
            "TRAPS (must_not_fetch): robots.txt has a '*' group (Disallow /@@search, /login, /acl_users/, /*sendto_form$, /*/@@print, "
            "/*mail_password_form$, /*/ics_view$, /*/vcs_view$, /*@@event_listing, /*?kommun=, /*?b_start) and a stricter Googlebot "
            "group (Plone's default, with 'Disallow: /*?' and '/*view$') that does NOT apply to other robots; '$' end anchors are used. "
            "Links: the search form GET /@@search (SearchableText=) and <link rel='search'>, the start page's 'Populära sökningar' "
            "/@@search?SearchableText=framtidsmedel|1177|lediga+jobb; 'Logga in' /login (nofollow) on every page; 'Skicka' "
            "<page>/sendto_form and 'Skriv ut' <page>/@@print (nofollow) on every content page (listed: sendto_form of Framtidsmedel, "
            "Insatser i länet, P1, P2, P3 and the event; @@print of Framtidsmedel, P1, P4, P5 and the event); the event's "
            "iCal/vCal …/ics_view, …/vcs_view; on Evenemang 'Visa kalendern' /evenemang/@@event_listing and ?mode=day&date=2026-02-11, "
            "?mode=month&date=2026-02-01 (nofollow); on the list five filter links ?kommun=Pajala|Arjeplog|Kiruna|Kalix|Boden "
            "(nofollow). NON-PROJECTS (9): the fund page 'Framtidsmedel' (the brand, 6 Mkr a year, 'Framtidsmedel i siffror' key "
            "figures), 'Så söker ni Framtidsmedel' (Vem kan söka?, steps, 2,5 Mkr, three years, 15 January), 'Villkor och kriterier "
            "för Framtidsmedel' (numbered rules), the call news 'Nu kan kommunerna söka Framtidsmedel för 2026', the Plone Event "
            "'Länsträff: Jämlik hälsa i Norrbotten 2026' (När, Var, Kostnad, Antal platser, Sista anmälningsdag, Anmälan, Arrangör, "
            "programme), 'Uppföljning av Framtidsmedel 2019–2024' (an unlinked table of five finished efforts with municipality, "
            "period and amount, 'De viktigaste resultaten', 'Lärdomar'), the job ad 'Folkhälsostrateg med inriktning jämlik hälsa' "
            "(names P1 and P2 without links; Anställningsform, Omfattning, Tillträde, Sista ansökningsdag), the STANDING SERVICE "
            "'Familjecentralen i Jokkmokk' (opening hours; 'startade hösten 2019 som en insats med Framtidsmedel. Sedan januari 2022 "
            "ingår familjecentralen i … ordinarie verksamhet') and the POLICY 'Folkhälsopolicy för Norrbotten 2023–2030' (four "
            "målområden). NEITHER LIST (count either way): the list 'Insatser i länet', the section page 'Folkhälsa och social "
            "hållbarhet', the one-project news about P4, /, Hälsa och vård, Familjecentraler, För dig som är ny i Sverige, Regional "
            "utveckling, Kompetensförsörjning, Kultur, Politik och påverkan, Nyheter and the untopical news (vintertidtabell, "
            "mammografibussen), Evenemang, Jobba hos oss, the HTML site map /sitemap (depth 2: sections and their children, no "
            "project page) and the furniture (Kontakta oss, Om webbplatsen, Kakor with a cookie table, Tillgänglighetsredogörelse). "
            "Dead links on purpose (404): the menus' other items (Tandvård, Ungdomsmottagningar, Folkhälsodata, Näringsliv, "
            "Infrastruktur, Kulturstöd, Norrbottens museum, Regionfullmäktige, Protokoll), /insatser-i-lanet/RSS, the .docx/.xlsx/"
            ".pdf files, /@@site-logo/…, /++plone++…, /++theme++… assets, /favicon.ico. External: www.1177.se, "
            "app-eu.readspeaker.com (nofollow), norrbotten.varbi.com, plone.org. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Katrineholm (Statamic 5)
    h = K.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (K.P1, K.P2, K.P3, K.P4, K.P5)],
        'not_projects': [u(h, p) for p in (K.N1, K.N2, K.N3, K.N4, K.JOB, K.BRYGGAN, K.FUND, K.RIKT)],
        'must_not_fetch': [u(h, p) for p in (
            [K.SEARCH, K.SEARCH + '?q=forskola', K.SEARCH + '?q=bygglov', K.SEARCH + '?q=lediga+jobb', K.CP,
             K.AKT + K.PAGEQ, K.AKT + '?page=3']
            + [K.TAG + q for q in K.YEARQ]
            + [K.KAL] + [K.KAL + m for m in K.KAL_MONTHS]
            + [p + K.PRINTQ for p in (K.P1, K.P3, K.P5, K.N1, K.FUND, K.BRYGGAN)])],
        'notes': (
            "MID-SIZE municipality (Katrineholms kommun, 0483, about 35 000 inhabitants; Nävertorp, Backa, Lövkulla, Valla, Julita) "
            "on STATAMIC 5 (Laravel, flat files, Antlers) with the Peak starter kit's markup (Tailwind utility classes, "
            "'fluid-container', Alpine.js x-data/x-show menus and cookie bar, a csrf-token meta, Vite assets /build/assets/…, Glide "
            "images /img/asset/…, an SVG sprite), a CMS no earlier crawl set used. Addresses are extensionless WITHOUT a trailing "
            "slash (saved as <path>/index.html); links root-relative. 57 files: 55 pages, robots.txt, sitemap.xml. "
            "THE PROJECT PAGES ARE 'AKTUELLT' NEWS ARTICLES (collection route /aktuellt/{slug}, each one project's story with its "
            "facts), TAGGED 'Sociala investeringar' and subject tags. The taxonomy route is /tagg/{slug}; TAG ARCHIVES ARE "
            "PAGINATED BY PATH, four entries a page: /tagg/sociala-investeringar, …/sida/2, …/sida/3 (numbered links, "
            "Föregående/Nästa with rel=prev/next, <link rel=prev/next> in the head); the topic tag holds nine articles, FIVE "
            "PROJECTS AND FOUR NON-PROJECTS, newest first: page 1 N1 (call), P1, P2, N2 (yearly summary); page 2 P3, N3 (seminar), "
            "N4 (fund top-up), P4; page 3 P5. The news list /aktuellt shows only the ten newest (P1 is the only project among "
            "them) and paginates with Statamic's default QUERY parameter ?page=2 / ?page=3, FORBIDDEN by robots.txt (/*?page=): "
            "older articles are reachable only through tag archives. The fund page 'Sociala investeringsfonden' NAMES the "
            "running efforts WITHOUT LINKS and sends readers to the tag archive ('Läs alla nyheter om sociala investeringar'); "
            "the tag archive's page 1 links the fund page. The sitemap (SEO Pro) lists the pages and the eleven tag terms' first "
            "pages but EXCLUDES THE AKTUELLT COLLECTION: no article is in it. "
            "HOW EACH PROJECT IS REACHABLE: (P1) Närvarolyftet (/aktuellt/narvarolyftet-ska-fa-fler-elever-pa-jarvenskolan-att-"
            "komma-till-skolan, 15 Oct 2025; 'Nu startar projektet Närvarolyftet'; an <aside> 'Närvarolyftet i korthet' with a <dl> "
            "of Projektnamn, Projekttid augusti 2025 – juni 2028, Budget 2 700 000 kronor ur kommunens sociala investeringsfond, "
            "Projektägare Bildningsförvaltningen, Samverkan, Målgrupp årskurs 7–9, Bemanning): /aktuellt, tag page 1, /tagg/skola, "
            "/tagg/barn-och-unga. (P2) Föräldrakraft Nävertorp (/aktuellt/foraldragrupper-pa-arabiska-och-somaliska-i-navertorp, "
            "10 Jun 2025; the HEADLINE DOES NOT NAME THE PROJECT, the lead does: 'en del av projektet Föräldrakraft Nävertorp'; "
            "prose only: 'pågår från augusti 2025 till juni 2027 och har fått 1 450 000 kronor ur kommunens sociala "
            "investeringsfond', socialförvaltningen with Region Sörmland and Studieförbundet Vuxenskolan, parents of children 0–12): "
            "tag page 1 and /tagg/barn-och-unga. (P3) Lov och kväll i Backa (/aktuellt/kvallsoppet-i-backa-ger-unga-en-plats-att-"
            "vara-pa, 20 Mar 2025; 'Satsningen Lov och kväll i Backa startade i juni 2024'; 'Fakta om satsningen' <strong>Label:"
            "</strong> lines with <br>: Period juni 2024 – maj 2026, Kostnad 980 000 kronor, Ansvarig Kultur- och "
            "turismförvaltningen, Samverkan, Målgrupp 10–16 år): TAG PAGE 2, /tagg/kultur-och-fritid, /tagg/barn-och-unga. (P4) "
            "Jobbspåret (/aktuellt/jobbsparet-ska-hjalpa-unga-vuxna-till-egen-forsorjning, 2 Sep 2024; 'en social investering som "
            "startar i september'; 'Fakta' <dl>: Projektperiod 1 september 2024 – 31 augusti 2027, Budget 3 100 000 kronor, varav "
            "2 500 000 ur fonden och 600 000 från Samordningsförbundet RAR i Sörmland, Projektägare Viadidakt): TAG PAGE 2 and "
            "/tagg/arbete-och-studier (a tag page that only P4's own chips and two untopical articles beyond /aktuellt's first page "
            "link). (P5) Språkstart Lövkulla (/aktuellt/sprakstart-lovkulla-har-avslutats-sa-gick-det, 12 Jun 2024; FINISHED: "
            "'pågick från augusti 2021 till juni 2024', 1 800 000 kronor, 'Resultat', the board decides later whether to go on): "
            "ONLY ON TAG PAGE 3 and on the untopical /tagg/forskola (list cards show no tags: tag chips are only on article "
            "pages, here those of the untopical 'Nu öppnar ansökan till förskoleklass', which is on the start page and /aktuellt, "
            "and of P5 itself). ROUTES: / → /aktuellt (1) → P1 (2); / → menu Kommun och politik › "
            "Sociala investeringsfonden (1, dropdown in every page's HTML) → /tagg/sociala-investeringar (2) → P1, P2 (3) → "
            "the numbered links '2' and '3' (3; on every page of the archive) → P3, P4, P5 (4); or / → /aktuellt → P1 → tag chip (3). "
            "TRAPS (must_not_fetch): robots.txt (one group) disallows /cp, /!/, /sok, /img/, /uppleva-och-gora/evenemang/kalender, "
            "/*?page=, /*?ar=, /*?print=, with the Sitemap line. Links: the search forms GET /sok (q=) and the start page's 'Många "
            "söker efter' /sok?q=forskola|bygglov|lediga+jobb; the footer's 'Logga in' /cp (nofollow); /aktuellt's pager "
            "?page=2 and ?page=3; on every tag-archive page of 'Sociala investeringar' the year filter ?ar=2025|2024 (nofollow, "
            "resolved to /tagg/sociala-investeringar?ar=…); on Evenemang 'Till kalendern' …/kalender and the month pages "
            "…/kalender/2025/11|2025/12|2026/01 (nofollow; not saved); 'Skriv ut' <page>?print=1 (nofollow) on every article and "
            "content page (six listed: P1, P3, P5, N1, the fund page, Bryggan). NON-PROJECTS (8): the call news 'Nu kan "
            "förvaltningarna söka medel ur den sociala investeringsfonden' (N1), the fund's yearly summary 'Sociala "
            "investeringsfonden 2024 – så gick det' (N2: a table of four efforts with their payouts, 'Fonden i siffror'), the "
            "seminar news 'Välkommen på frukostseminarium om sociala investeringar' (N3: Datum, Tid, Plats, Kostnad, Sista "
            "anmälningsdag, Anmälan, Arrangör), the fund news 'Kommunfullmäktige fyller på den sociala investeringsfonden med 5 "
            "miljoner kronor' (N4), all four TAGGED 'Sociala investeringar' and listed among the projects in the tag archive; the job "
            "ad 'Projektledare till Jobbspåret' (names P4, 'finansieras ur kommunens sociala investeringsfond'; Anställningsform, "
            "Omfattning, Tillträde, Sista ansökningsdag), the STANDING SERVICE 'Bryggan – stöd till unga 13–20 år' ('startade 2018 som "
            "en social investering. Sedan 2021 är Bryggan en del av socialförvaltningens ordinarie verksamhet'), the fund page "
            "'Sociala investeringsfonden' ('Fonden i siffror', the running efforts named without links) and 'Riktlinjer för den "
            "sociala investeringsfonden' (numbered conditions). NEITHER LIST (count either way): the tag archives (all eleven tags, "
            "three pages of 'Sociala investeringar'), /aktuellt, /, the fifteen untopical articles (julbelysning, vägarbete, "
            "förskoleklass, budget 2026, detaljplan, trygghetsvandring, skolstart, sommarlov, äldreboende, simhall, fritidshem, "
            "plogning, feriepraktik, vuxenutbildning, Ormbacka), Kommun och politik, Ekonomi, Politik och beslut, Omsorg och stöd, "
            "Barn och familj, Förskola och skola, Uppleva och göra, Evenemang, Jobba hos oss and the furniture (Kontakta oss, Kakor "
            "with a cookie table, Tillgänglighetsredogörelse). Dead links on purpose (404): the menus' other items (Förskola, "
            "Grundskola, Gymnasium, Äldreomsorg, Ekonomiskt bistånd, Idrott och motion, Bibliotek), /assets/… documents and logo, "
            "/build/… assets, /favicons/…. External: app-eu.readspeaker.com (nofollow), facebook.com and linkedin.com share links, "
            "katrineholm.varbi.com. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Åre (Kirby 4, sv + /en, /lattlast)
    h = A.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (A.P1, A.P2, A.P3, A.P4)],
        'not_projects': [u(h, p) for p in (A.FUND, A.SOKA, A.RIKT, A.NN_CALL, A.EV, A.JOB, A.MOTDUV,
                                           A.EN_FUND, A.E1, A.E2, A.E3, A.E4)],
        'must_not_fetch': [u(h, p) for p in (
            [A.SEARCH] + [A.SEARCH + q for q in A.SEARCHES] + [A.EN_SEARCH, A.PANEL]
            + [p + A.PRINT for p in (A.P1, A.P2, A.P3, A.P4, A.FUND, A.SOKA)]
            + [A.KAL] + [A.KAL + d for d in A.KAL_DAYS])],
        'notes': (
            "SMALL municipality (Åre kommun, 2321, about 12 000 inhabitants; Järpen, Åre, Duved, Undersåker, Mörsil, Hallen, Kall, "
            "Storlien) on KIRBY 4 (flat-file PHP; a custom theme: layout field <section class='grid'> with <div class='column' "
            "style='--span:8'>, blocks <div class='block block-type-text|heading|list|fakta'>, assets /assets/… and "
            "/media/plugins/… and /media/pages/…, none saved; the Panel /panel), a CMS no earlier crawl set used. Absolute links "
            "(https://www.are.se/…; the home link without a trailing slash), extensionless addresses WITHOUT a trailing slash "
            "(saved as <path>/index.html). KIRBY PARAMS in paths: the print view <page>/print:true and the calendar "
            "…/kalender/datum:<date> (forbidden). 44 files: 42 pages, robots.txt, sitemap.xml. "
            "THREE COPIES OF EVERY PROJECT: (a) the Swedish page under /kommun-och-politik/sociala-investeringsfonden/satsningar/"
            "<slug> — THE PROJECT PAGE; (b) a LÄTTLÄST version under /lattlast/sociala-investeringar/<same slug> (short sentences, "
            "'Vad är det?', 'Vem är det för?', 'När?', 'Pengarna', 'Pengarna kommer från kommunens sociala investeringsfond'; "
            "'Läs sidan på vanlig svenska' links the Swedish page; the Swedish page's tools link 'Lättläst version av sidan'); "
            "(c) an ENGLISH MIRROR under /en/municipality-and-politics/social-investment-fund/projects/<English slug> (Kirby's "
            "second language; <html lang='en'>, og:locale en_GB, hreflang sv/en/x-default alternates in both heads, a language "
            "switch 'English' / 'Svenska' in the header that goes to the other language's version, the sitemap's xhtml:link "
            "alternates). One English copy is a KIRBY FALLBACK: /en/…/projects/jobb-i-byn has an English title ('Village jobs – "
            "work training for young adults') but, as the text was never translated, THE SWEDISH TEXT AND FACT BOX OF P3 word for "
            "word under <html lang='en'> (Kirby falls back field by field to the default language; its hreflang sv names P3). "
            "HOW THE COPIES COUNT (the docs say, for extraction, that only Swedish pages are read — heldout24's English "
            "translation 'is not read: Swedish pages only' — that an easy-to-read page is read as its one project's page "
            "('An easy-to-read page's headings of time ('Från augusti 2025') and money ('Pengarna') are aspects of its one "
            "project, and money that 'kommer ur kommunens sociala investeringsfond' speaks of one'; heldout62's lättläst "
            "one-project page), and that deduplication merges the same project on several pages; they say nothing of the crawl, "
            "so the rest is my judgement): each project COUNTS ONCE, at its Swedish address (project_pages). THE ENGLISH COPIES "
            "ARE IN not_projects: they are translations of pages the crawl also finds, give no record by the docs' Swedish-only "
            "rule, and a crawler that takes them for projects counts each project twice; the same holds for the fallback copy "
            "/en/…/jobb-i-byn, whose Swedish text would even give P3's record a second time under an English address (its "
            "lang='en', /en/ prefix and hreflang sv alternate say what it is). The English fund page is a fund page (not a "
            "project) as its Swedish original is. THE LÄTTLÄST COPIES ARE IN NEITHER LIST (count either way): the docs read such "
            "a page as its project's page, so taking it is not wrong, and the record it gives is the same project, to be merged "
            "by deduplication, not a second one; but it is not required either, as the full Swedish page is the project's page. "
            "If a scorer wants copies never taken, move the four Lättläst project pages into not_projects. "
            "HOW EACH PROJECT IS REACHABLE: the Swedish list 'Satsningar' (…/sociala-investeringsfonden/satsningar, cards; from "
            "the fund page, the project pages' breadcrumbs and the sitemap) links P1–P3; P1–P3 are also in the sitemap. (P1) Familjecentral "
            "på hjul (August 2024 – June 2027, 1 600 000 kronor; a <aside class='block-type-fakta'> <dl> Projektperiod, Budget, "
            "Projektägare, Samverkan, Målgrupp 0–6 år, Bemanning; also the one-project news 'Familjecentralen på hjul har besökt 120 "
            "familjer' on the start page). (P2) Närvaroteamet ('Närvaroteamet är en social investering som startade i augusti "
            "2023'; <strong>Label:</strong> lines with <br>: Period, Kostnad 2 100 000 kronor, Ansvarig, Målgrupp årskurs 4–9). "
            "(P3) Jobb i byn – arbetsträning för unga vuxna ('Jobb i byn är ett projekt'; January 2025 – December 2026; fact box "
            "'Kort om projektet' with Finansiering 1 200 000 kronor, varav 900 000 ur fonden och 300 000 från Samordningsförbundet i "
            "Jämtlands län). (P4) Tillsammans mot ensamhet i Undersåker (FINISHED September 2021 – December 2023, 650 000 kronor; "
            "'Projektet är avslutat.', 'Resultat'): UNLISTED IN SWEDISH — not on the Swedish list, not in a menu, not in the "
            "sitemap; the fund page names it as plain text without a link. IT IS REACHED ONLY THROUGH ITS COPIES: its Lättläst "
            "page /lattlast/sociala-investeringar/tillsammans-mot-ensamhet-i-undersaker ('Läs sidan på vanlig svenska'; the "
            "Lättläst page is on the Lättläst list and in the sitemap), and its English page /en/…/projects/together-against-"
            "loneliness-in-undersaker (the header's 'Svenska' link and hreflang sv alternate; linked from the English list). "
            "ROUTES: / → menu Kommun och politik (1) → Sociala investeringsfonden (2) → Satsningar (3) → P1–P3 (4); / → header "
            "'Lättläst' (1) → 'Pengar för att förebygga problem' (2) → the Lättläst page of P4 (3) → P4 (4); / → 'English' /en "
            "(1) → Municipality and politics (2) → Social investment fund (3) → Projects (4) → the English P4 (5) → 'Svenska' → P4 "
            "(6); or the sitemap → the Lättläst page of P4 → P4. TRAPS (must_not_fetch): robots.txt (one group) disallows /panel, "
            "/api, /sok, /en/search, /*/print: and /uppleva-och-gora/evenemang/kalender, allows /media/, with the Sitemap line. "
            "Links: the Swedish search form GET /sok (q=) and the start page's 'Vanliga sökningar' /sok?q=bygglov|skolskjuts|"
            "lediga+jobb; the English search form GET /en/search (a form only); the footer's 'Logga in' /panel (nofollow); 'Skriv "
            "ut' <page>/print:true (nofollow) on every Swedish content page (six listed: P1–P4, the fund page, Så söker du medel); "
            "on Evenemang 'Visa kalendern' …/kalender and the days …/kalender/datum:2025-11-20|datum:2025-12-04 (nofollow; not "
            "saved). NON-PROJECTS: Swedish (7): the fund page 'Sociala investeringsfonden' ('Fonden i siffror'), 'Så söker du medel "
            "ur fonden' (questions as headings), 'Riktlinjer för den sociala investeringsfonden', the call news 'Nu kan "
            "förvaltningarna söka ur den sociala investeringsfonden', the event 'Föreläsning: Unga och psykisk hälsa' (Datum, Tid, "
            "Plats, Kostnad, Anmälan, Arrangör; names Närvaroteamet), the job ad 'Familjebehandlare till Familjecentral på hjul, "
            "vikariat' (names P1; Anställningsform, Omfattning, Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Mötesplats "
            "Duved' (opening hours; 'startade 2020 med pengar ur kommunens sociala investeringsfond. Sedan januari 2023 är "
            "mötesplatsen en del av socialtjänstens ordinarie verksamhet'); English (5): 'Social investment fund' and the four "
            "English project copies (Mobile family centre, School attendance team, the Swedish-text fallback Village jobs, "
            "Together against loneliness in Undersåker). NEITHER LIST (count either way): the four Lättläst project pages, the "
            "Lättläst start /lattlast and list /lattlast/sociala-investeringar, the Swedish list 'Satsningar', the English list "
            "'Projects', the one-project news about P1, /, /en, /en/municipality-and-politics, /en/contact, Kommun och politik, "
            "Omsorg och stöd, Barn och familj, Barn och utbildning, Uppleva och göra, Evenemang, Nyheter and the untopical news "
            "(skidbussen, återvinningscentralen), Jobba hos oss and the furniture (Kontakta oss, Kakor, Tillgänglighetsredogörelse). "
            "Dead links on purpose (404): /kommun-och-politik/politik-och-beslut, /kommun-och-politik/budget-och-ekonomi, "
            "/omsorg-och-stod/aldreomsorg, /omsorg-och-stod/ekonomiskt-bistand, /lattlast/om-are-kommun, /lattlast/skola-och-"
            "forskola, /en/living-in-are, /assets/…, /media/…. External: app-eu.readspeaker.com (nofollow), are.varbi.com, "
            "www.visitare.com. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


if __name__ == '__main__':
    main()
