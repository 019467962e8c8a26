"""Build the three saved sites of heldout_sites22 and write expected.json (written blind: README, docs and earlier
sets' data and make_*.py only; the crawler was not read or run)."""
import json
import os
import shutil

import make_site_alingsas as A
import make_site_gullspang as G
import make_site_regionorebrolan as R
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (A.H, R.H, G.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    A.build()
    R.build()
    G.build()
    exp = {}

    # ------------------------------------------------------------------ Alingsås (mid-size municipality, Sitevision 2024)
    h = A.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (A.A1, A.A2, A.A3, A.A4, A.A5)],
        'not_projects': [u(h, p) for p in (A.FUND, A.SOK, A.RIKT, A.RAP, A.N_CALL, A.N_KF, A.EV, A.JOB, A.MSS)],
        'must_not_fetch': [u(h, p) for p in (
            A.SEARCH, A.SEARCH + '?query=bygglov', A.SEARCH + '?query=skolmat', A.SEARCH + '?query=lediga+jobb',
            A.FUND + A.PRINT, A.PAG + A.PRINT, A.A1 + A.PRINT, A.A2 + A.PRINT,
            A.EDIT_FUND, A.CAL, A.CAL + '?datum=2025-11-20', A.CAL + '?datum=2025-11-27', A.NEWS_APPRES)],
        'notes': (
            "MID-SIZE municipality (Alingsås kommun, 1489, about 42 000 inhabitants) on SITEVISION 2024 (sv.PageContext version "
            "'2024.10.1', Envision classes) with the '.html' URL ending: every page is <parent path>/<name>.html and its children "
            "live under <parent path>/<name>/…; news articles are filed by the archive in YEAR FOLDERS /nyheter/2025/<slug>.html and "
            "/nyheter/2024/<slug>.html (the folders have no page: /nyheter/2025/ is not saved). Markup: html class 'sv-no-js "
            "sv-template-<template>', sv-layout (svid10_) and portlets (svid12_): sv-text-portlet with Rubrik/Ingress anchors, h1.heading, "
            "h2.subheading, p.normal; sv-linklist-portlet link lists ('Relaterat', footer); Envision env-card grids (some cards have "
            "no link); sv-menu-portlet main menu and two left sub-menus (Hållbar utveckling; the fund section); sv-breadcrumbs-portlet "
            "'Du är här'; sv-archive-portlet news lists; sv-decoration-content boxes ('Fakta om investeringen', 'Kort om projektet', "
            "'Praktisk information', 'Kontakt'); sv-table tables; an Envision ACCORDION (env-collapse panels, closed) on 'Avslutade "
            "investeringar'; a hidden Sitevision cookie banner; a page-tools bar 'Skriv ut' | 'Dela' on every page but the start "
            "page. Links root-relative except ONE RELATIVE link (see 5). 42 files: 40 pages, robots.txt and sitemap.xml (declared; "
            "28 pages: /, the sections, Folkhälsa, the fund page and its sub-pages (Så söker du medel, Riktlinjer, Pågående and "
            "Avslutade investeringar, Årsrapport 2024), project 1, project 4 (untopical URL), Mötesplats Stadsskogen, Träffpunkter, "
            "Evenemang, Jobba hos oss, Nyheter and the furniture; NOT projects 2, 3 and 5 (hidden from the sitemap), no news "
            "items). Header on every page: logo, Lyssna (readspeaker, nofollow, external), Other languages (dead), Kontakta oss, the "
            "search form GET /sok.html (query=), main menu Barn och utbildning, Omsorg och stöd, Uppleva och göra, Bygga bo och miljö "
            "(dead), Näringsliv och arbete, Kommun och politik. Footer: Nyheter, Evenemang, Jobba hos oss, Kontakta oss, "
            "Tillgänglighetsredogörelse, Kakor, Personuppgifter (dead), social media. The fund section is Kommun och politik › "
            "Hållbar utveckling › Sociala investeringar (/kommun-och-politik/hallbar-utveckling/sociala-investeringar.html, cards "
            "and sub-menus). HOW EACH PROJECT IS REACHABLE: (1) Språkstart Brogården "
            "(…/sociala-investeringar/pagaende-investeringar/sprakstart-brogarden.html): ORDINARY: the linked env-card on "
            "'Pågående investeringar' (fund sub-menu and card), plus the sitemap. Fact box 'Fakta om investeringen' of "
            "<li><strong>Label:</strong> (Projektperiod augusti 2024 – juni 2027; Beviljat belopp 2 400 000 kronor ur fonden för "
            "sociala investeringar; Projektägare; Samverkan; Målgrupp barn 1–5 år). (2) Familjeteam Noltorp "
            "(/omsorg-och-stod/barn-och-familj/familjeteam-noltorp.html; no topic word in URL or title; the Barn och familj page "
            "does not link it; the card on 'Pågående investeringar' has NO link): ONLY FROM A NEWS ITEM: the body link of the news "
            "'Familjeteamet i Noltorp har mött 60 familjer' (/nyheter/2025/…, on the start page's four newest and on Nyheter). "
            "Prose 'Projektet pågår från januari 2025 till december 2027 och finansieras med 3 100 000 kronor ur kommunens fond för "
            "sociala investeringar' and a box 'Kort om projektet' (Målgrupp familjer med barn 0–12 år; Bemanning 2,5 tjänster). "
            "(3) Hela skoldagen (/barn-och-utbildning/grundskola/elevhalsa/hela-skoldagen.html; no topic word in URL or title; the "
            "Elevhälsa page does not link it): ONLY FROM A TOPIC PAGE: the bulleted 'Exempel på vad vi gör' on 'Folkhälsa' "
            "(/kommun-och-politik/hallbar-utveckling/folkhalsa.html, reached from the card on Hållbar utveckling and the Hållbar "
            "utveckling sub-menu; it also links the fund page). A 'Fakta' box as a two-column th/td table (Projekttid 'Läsåren "
            "2025/26–2027/28 (augusti 2025 – juni 2028)', Budget 2 850 000 kronor ur fonden …, Projektägare, Samverkan, Målgrupp "
            "elever i årskurs 4–9). (4) Seniorlots Sollebrunn "
            "(/omsorg-och-stod/aldreomsorg/traffpunkter-och-aktiviteter/seniorlots-sollebrunn.html; no topic word in URL or title; "
            "the card on 'Pågående investeringar' has NO link): ONLY FROM A 'RELATERAT' BOX (a PDF-free sv-linklist-portlet) on the "
            "service page 'Träffpunkter och aktiviteter' (Omsorg och stöd › Äldreomsorg › card; start page shortcut Äldreomsorg); "
            "plus the sitemap under its untopical URL. 'Seniorlots Sollebrunn är en social investering' and <strong>Label:</strong> "
            "lines split by <br> (Period mars 2025 – februari 2027; Finansiering 980 000 kronor ur fonden …; Ansvarig; Samverkan; "
            "Målgrupp 75 år och äldre). (5) Hälsoguider i Noltorp (FINISHED 2021–2024; "
            "…/sociala-investeringar/avslutade-investeringar/halsoguider-i-noltorp.html, topical URL but NOT in the sitemap): HARD, A "
            "RELATIVE LINK IN A CLOSED ACCORDION: ONLY the link href='avslutade-investeringar/halsoguider-i-noltorp.html' in the "
            "closed env-collapse panel 'Avslutade 2024' on 'Avslutade investeringar' "
            "(…/sociala-investeringar/avslutade-investeringar.html); resolved against that page's URL it gives "
            "…/sociala-investeringar/avslutade-investeringar/halsoguider-i-noltorp.html (a crawler that resolves it against the "
            "folder gets a 404). 'Projektet är avslutat' in bold, 'pågick från september 2021 till augusti 2024 … 1 650 000 kronor "
            "ur kommunens fond … och med 400 000 kronor från Västra Götalandsregionen', results. TRAPS (must_not_fetch): robots.txt "
            "(one group) disallows /sitevision/, /edit, /appresource/, /rest-api/, /sok.html, /uppleva-och-gora/evenemangskalender, "
            "/*?print= and /*?datum=, with a Sitemap line. Links: the search form; the start page's 'Många söker efter' "
            "/sok.html?query=bygglov|skolmat|lediga+jobb; the page-tools 'Skriv ut' link <page>.html?print=true (nofollow) on every "
            "page but the start page (four listed: the fund page, Pågående, projects 1 and 2); the fund news 'Kommunfullmäktige "
            "tillför sex miljoner …' links the fund page ONLY as a pasted EDIT URL https://www.alingsas.se/edit/4.<node id>; on "
            "Nyheter the 'Visa fler nyheter' button is an <a> to the Sitevision webapp endpoint "
            "/appresource/4.<id>/12.<id>/nyheter?start=8&antal=8 (nofollow); on Evenemang 'Till evenemangskalendern' "
            "/uppleva-och-gora/evenemangskalender.html and two day links ?datum=2025-11-20|27 (not saved). Head-only "
            "/sitevision/system-resource/… stylesheets and scripts are forbidden too (not anchors, not listed); the search field's "
            "data-autocomplete-url /rest-api/sok/autocomplete is forbidden (not listed). NON-PROJECTS: the fund page (2017, 15 Mkr, +6 "
            "Mkr 2025; cards), 'Så söker du medel' (one round, steps, .docx/.xlsx dead), 'Riktlinjer för sociala investeringar' (four "
            "years, 3,5 Mkr, half the savings repaid), 'Årsrapport 2024 – sociala investeringar' (a 'Fonden i siffror' table of "
            "yearly counts and sums, 'Lärdomar'), the news 'Nu kan förvaltningarna söka medel för sociala investeringar' (call) and "
            "'Kommunfullmäktige tillför sex miljoner kronor till sociala investeringar', the event 'Frukostseminarium: Vad kostar "
            "utanförskapet?' (box 'Praktisk information': Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Arrangör), the job ad "
            "'Strateg för sociala investeringar' (names projects 1 and 2 without links; Anställningsform, Omfattning, Tillträde, Sista "
            "ansökningsdag) and the STANDING SERVICE 'Mötesplats Stadsskogen' (opening hours, address, 'startade 2018 som en "
            "försöksverksamhet med pengar ur fonden för sociala investeringar. Sedan januari 2021 är den en del av "
            "socialförvaltningens ordinarie verksamhet'; linked from Barn och familj and the accordion). NEITHER LIST (count either "
            "way): 'Pågående investeringar' (four cards: one live link, one dead, two without links), 'Avslutade investeringar', "
            "the one-project news 'Familjeteamet i Noltorp …', 'Folkhälsa', 'Träffpunkter och aktiviteter', /, Nyheter, the section "
            "and service pages (Kommun och politik, Hållbar utveckling, Omsorg och stöd, Barn och familj, Äldreomsorg, Barn och "
            "utbildning, Grundskola, Elevhälsa, Uppleva och göra, Evenemang, Näringsliv och arbete, Jobba hos oss), the untopical "
            "news (cykelparkeringar, badplatser, snöröjning, lucia) and the furniture (Kontakta oss, Kakor with a cookie table, "
            "Tillgänglighetsredogörelse). Dead links on purpose (404): the card …/pagaende-investeringar/mobil-fritidsledare.html "
            "(granted, page not published), Agenda 2030, Miljö och klimat, menu sections and service sub-pages, /download/18.<id>/… "
            "documents, /images/… assets, /other-languages.html, /om-webbplatsen.html. External: app-eu.readspeaker.com, "
            "alingsas.varbi.com, www.visitalingsas.se, social media and the facebook sharer. Nothing depends on query strings or "
            "HTTP redirects."),
    }

    # ------------------------------------------------------------------ Region Örebro län (Optimizely main site + Umbraco /samverkan/)
    h = R.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (R.R1, R.R2, R.R3, R.R4, R.R5)],
        'not_projects': [u(h, p) for p in (R.FUND, R.SOK, R.VILL, R.FAQ, R.UPP, R.F_CALL, R.NM_RS, R.EV, R.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            R.SEARCH, R.SEARCH + '?q=1177', R.SEARCH + '?q=tandv%C3%A5rd', R.SEARCH + '?q=lediga+jobb',
            R.S_SEARCH, R.S_SEARCH + '?q=ans%C3%B6kan', R.S_SEARCH + '?q=samordnad+individuell+plan',
            R.FUND + R.PRINT, R.BEV + R.PRINT, R.R1 + R.PRINT, R.FAQ + R.PRINT,
            '/umbraco/', R.CAL, R.CAL + '?manad=2025-12', R.CAL + '?manad=2026-01')],
        'notes': (
            "REGION (Region Örebro län, länskod 18) whose social-investment pages are on a SEPARATE SITE ON THE SAME HOST: the "
            "region's main site (Optimizely CMS 12 style: body class 'page page--<type>' with data-content-id and data-page-type, "
            "teaser blocks, a factblock <dl>, news lists; pages end in '/', saved as index.html) and, mounted under /samverkan/ "
            "behind the same reverse proxy, the site 'Samverkan i Örebro län' (region + the twelve municipalities) on UMBRACO 13 "
            "(body class doctype-<alias> with data-node-id, Block Grid markup umb-block-grid__layout-item with "
            "data-content-element-type-alias richTextBlock/factBlock/cardListBlock/relatedLinksBlock/contactBlock, /media/… files, "
            "scripts under /samverkan/scripts/) with its OWN header (a link 'regionorebrolan.se' back to /), menu (Hälsa och "
            "omsorg, Barn och unga (dead), Sociala investeringsmedel, Aktuellt, Om samverkan (dead)), search form GET "
            "/samverkan/sok/ (q=), footer, a side sub-menu in the fund section, a page-tools bar 'Skriv ut' "
            "'<page>?altTemplate=Utskrift' (Umbraco's alternative template) | 'Dela' on every page but its start pages, and a "
            "LANGUAGE SWITCH 'Svenska | English' on every /samverkan/ page: Swedish at /samverkan/…, English at /samverkan/en/… "
            "(four English pages: start, Social investment funds, Funded projects, Family navigator Karlskoga); on a Swedish page "
            "without a translation 'English' goes to /samverkan/en/; hreflang sv/en alternates in the head where both exist. The "
            "main site's header has 'In English' -> /en/ (one English page linking /samverkan/en/) and 'Lättläst' (dead). Links "
            "root-relative. 44 files: 41 pages, robots.txt and TWO sitemaps, both declared in robots.txt: /sitemap.xml (the main "
            "site: 19 pages including project 3 under an untopical URL, the news and the job ad) and /samverkan/sitemap.xml "
            "(Umbraco's: 20 pages visible in the navigation: the fund page and its sub-pages, projects 1 and 2, Aktuellt, the news, "
            "the events, the four English pages; NOT projects 4 and 5, which are hidden from the navigation, 'umbracoNaviHide'). "
            "HOW EACH PROJECT IS REACHABLE: (1) Familjelots Karlskoga "
            "(/samverkan/sociala-investeringsmedel/beviljade-projekt/familjelots-karlskoga/): ORDINARY: a linked card on 'Beviljade "
            "projekt' (fund sub-menu and card), plus the samverkan sitemap; its English version is reached by the language switch "
            "and the English list. factBlock <dl> 'Fakta' (Projektperiod 1 februari 2025 – 31 januari 2028; Beviljade medel 2 400 000 "
            "kronor ur sociala investeringsmedel; Medfinansiering Karlskoga kommun 1 200 000 kronor; Projektägare; Samverkan; "
            "Målgrupp familjer med barn 0–17 år) and a 'Relaterat' box. (2) Ung vuxen Lindesberg (…/beviljade-projekt/"
            "ung-vuxen-lindesberg/): ORDINARY: a linked card on 'Beviljade projekt', plus the samverkan sitemap. Prose 'Ung vuxen "
            "Lindesberg är ett projekt …' and <strong>Label:</strong> lines split by <br> (Period september 2024 – augusti 2026; "
            "Budget 1 800 000 kronor ur regionens sociala investeringsmedel; …). (3) Hälsokommunikatörer i Vivalla (MAIN SITE, "
            "/halsa-och-vard/halsa-och-levnadsvanor/halsokommunikatorer-i-vivalla/; no topic word in URL or title; the Hälsa och "
            "levnadsvanor page does not link it; 'Beviljade projekt' names it without a link): ONLY FROM A TOPIC PAGE: the bulleted "
            "'Exempel på arbete' on 'Jämlik hälsa' (/halsa-och-vard/halsa-och-levnadsvanor/jamlik-halsa/, a teaser on Hälsa och "
            "levnadsvanor, which is a teaser on the start page and on Hälsa och vård); plus the main sitemap (untopical URL). "
            "factblock <dl> 'Fakta om projektet' (Projektperiod januari 2025 – december 2026; Budget 1 500 000 kronor ur Region "
            "Örebro läns sociala investeringsmedel; Projektägare; Samverkan; Målgrupp). (4) Aktiv senior i Bergslagen "
            "(/samverkan/halsa-och-omsorg/aktiv-senior-i-bergslagen/; no topic word in URL or title; hidden from the navigation "
            "and the sitemap; the section page Hälsa och omsorg does not link it; 'Beviljade projekt' names it without a link): "
            "ONLY FROM A NEWS ITEM ON THE OTHER SITE: the body link of the main site's news 'Fler seniorer i norra länet rör på sig' "
            "(/om-regionen/nyheter/…, on the main start page's three newest, on Nyheter and in the main sitemap). factBlock "
            "'Fakta om projektet' (Projektperiod april 2025 – mars 2027; Beviljade medel 1 350 000 kronor …; Projektägare Nora "
            "kommun; Samverkan; Målgrupp 70 år och äldre). (5) Tillsammans för närvaro – Askersund (FINISHED 2021–2024, made "
            "ordinary; /samverkan/sociala-investeringsmedel/avslutade-projekt/tillsammans-for-narvaro-askersund/, topical URL; the "
            "folder /avslutade-projekt/ has no page (404); hidden from the navigation and the sitemap): HARD, ONLY IN AN FAQ "
            "ANSWER: the link inside the closed <details> 'Vilka projekt har fått medel tidigare?' on 'Vanliga frågor om sociala "
            "investeringsmedel' (fund sub-menu and card). 'Projektet är avslutat' in bold, 'pågick från augusti 2021 till juni 2024 "
            "och fick 2 100 000 kronor ur Region Örebro läns sociala investeringsmedel', results. TRAPS (must_not_fetch): "
            "robots.txt (one group) disallows /sok/, /EPiServer/, /util/, /api/, /umbraco/, /samverkan/sok/, /samverkan/kalender/ "
            "and /*?altTemplate=, with two Sitemap lines. Links: the main search form and the start page's 'Vanliga sökningar' "
            "/sok/?q=1177, ?q=tandv%C3%A5rd, ?q=lediga+jobb; the samverkan search form and its start page's 'Vanliga sökord' "
            "/samverkan/sok/?q=ans%C3%B6kan, ?q=samordnad+individuell+plan; the print links <page>?altTemplate=Utskrift on every "
            "/samverkan/ page but the two start pages (four listed: the fund page, Beviljade projekt, project 1, the FAQ); the call "
            "'Ansökningsomgången för 2026 är öppen' links the conditions ONLY as a pasted Umbraco BACKOFFICE URL "
            "https://www.regionorebrolan.se/umbraco/#/content/content/edit/<id> (requested as /umbraco/, without the fragment); "
            "on Evenemang 'Visa kalendern' /samverkan/kalender/ and the months ?manad=2025-12|2026-01 (nofollow; not saved). "
            "NON-PROJECTS: the fund page 'Sociala investeringsmedel' (10 Mkr a year since 2020, until 2028; cards; contact), 'Så "
            "söker ni medel' (31 January, steps, documents dead), 'Villkor och bedömning' (three years, two thirds, 2,5 Mkr), "
            "'Vanliga frågor om sociala investeringsmedel' (an FAQ of <details> questions), 'Uppföljning av sociala "
            "investeringsmedel 2025' (the yearly follow-up: a table of counts and sums, 'De viktigaste resultaten', "
            "'Rekommendationer'), the call 'Ansökningsomgången för 2026 är öppen', the main site's fund news 'Regionstyrelsen "
            "förlänger de sociala investeringsmedlen', the event 'Nätverksträff för sociala investeringar' (factBlock 'Praktisk "
            "information': Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Arrangör; a programme naming projects 1 and 2) and the "
            "job ad 'Utvecklingsledare, sociala investeringar' (names projects 1 and 2 without links). NEITHER LIST (count either "
            "way): 'Beviljade projekt' (three cards, one dead, and two names without links), the one-project news 'Fler seniorer i "
            "norra länet …', 'Jämlik hälsa', the English pages (Family navigator Karlskoga is project 1 in English), /, /en/, "
            "/samverkan/, the section pages (Hälsa och vård, Hälsa och levnadsvanor, Regional utveckling, Social hållbarhet, Om "
            "regionen, Nyheter, Jobba hos oss, Hälsa och omsorg, Aktuellt, Evenemang), the untopical news (Kumla vårdcentral, "
            "influensa, busslinje, hemsjukvård, barn som anhöriga) and the furniture (Kontakta oss, Kakor). Dead links on purpose "
            "(404): the card …/beviljade-projekt/sommarlovsentreprenorer-laxa/ (granted, page not published), "
            "/samverkan/barn-och-unga/, /samverkan/om-samverkan/… , /samverkan/en/about/, /lattlast/, /kultur-och-fritid/, the "
            "service sub-pages, /media/… documents, /globalassets/… and /dist/… assets. External: www.1177.se, "
            "www.lanstrafiken.se, app-eu.readspeaker.com, regionorebrolan.varbi.com, www.karlskoga.se, LinkedIn's sharer. Nothing "
            "depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Gullspång (small municipality, WordPress/GeneratePress)
    h = G.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (G.G1, G.G2, G.P_UL, G.G4, G.G5)],
        'not_projects': [u(h, p) for p in (G.FUND, G.SOK, G.RIKT, G.P_CALL, G.P_KF, G.EV, G.JOB, G.UC)],
        'must_not_fetch': [u(h, p) for p in (
            '/?s=soph%C3%A4mtning', '/?s=bygglov', '/?s=skolskjuts', '/wp-login.php', G.EDIT_URL,
            '/wp-json/', f'/wp-json/wp/v2/posts/{G.pid(G.P_UL)}', f'/wp-json/wp/v2/pages/{G.pid(G.FUND)}',
            G.P_SKOL + 'print/', G.P_UL + 'print/', G.FUND + 'print/', G.G2 + 'print/',
            G.EV_MONTH, G.EV_MONTH + '2025-12/', G.EVS + '?ical=1', G.EV + '?ical=1')],
        'notes': (
            "SMALL municipality (Gullspångs kommun, 1447, about 5 200 inhabitants; Hova, Gullspång, Otterbäcken, Skagersvik) on "
            "WORDPRESS 6.8.3 with the classic GENERATEPRESS theme and a child theme: hierarchical pages /<parent>/<child>/, posts "
            "under /%year%/%monthnum%/%postname%/, the posts page /nyheter/ (5 a page, /nyheter/page/2/, 'Äldre inlägg' and "
            "<link rel=next/prev>), CATEGORY archives /kategori/<slug>/ (Nyheter has a /page/2/), TAG archives /etikett/<slug>/ "
            "(seven tags in a tag cloud), AUTHOR archives /author/maria-berg/ and /author/johan-ek/ (linked from every post's "
            "byline), MONTH archives /<yyyy>/<mm>/ listed in the sidebar widget 'Arkiv' (seven months), a sidebar on every page "
            "(Senaste nyheterna, Kategorier, Etiketter, Arkiv), single posts with 'Kategorier'/'Etiketter' links, a WP-Print 'Skriv "
            "ut' link <url>print/ and previous/next post navigation, The Events Calendar under /evenemang/ (list view, single "
            "events, month view and iCal export), a hidden Complianz cookie banner. EVERY internal link is an absolute https URL, "
            "as WordPress writes them. The head announces /feed/ and archive feeds (not saved: 404), /wp-json/ (rel "
            "https://api.w.org/), a per-page JSON alternate /wp-json/wp/v2/pages|posts/<id>, /xmlrpc.php?rsd and a shortlink "
            "/?p=<id> (allowed; the replay answers the start page). 65 files: 57 pages, robots.txt and WordPress core sitemaps: the "
            "index /wp-sitemap.xml (declared in robots.txt; /sitemap.xml is not saved) with six children: posts (all eight posts, "
            "untopical URLs but the call and the fund news), pages (24 pages including projects 1, 2, 4 and 5 – only project 1 "
            "under a topical URL), tribe_events (the event), categories, tags and users. Main menu on every page, with sub-menus in "
            "the HTML: Barn och utbildning (› Förskola, Grundskola: dead; Elevhälsa), Omsorg och stöd (› Äldreomsorg; Individ- och "
            "familjeomsorg: dead), Kultur och fritid (› Bibliotek: dead; Fritidsgården Hangaren; Evenemang), Bygga och bo (dead), "
            "Arbete och näringsliv (› Arbetsmarknadsenheten: dead; Ungdomscoach), Kommun och politik (› Kommunfullmäktige: dead; "
            "Folkhälsa; Sociala investeringar; Jobba hos oss), Nyheter. The fund page is /kommun-och-politik/sociala-investeringar/ "
            "(menu; Kommun och politik's list; links to its sub-pages and to the tag archive 'sociala investeringar'). HOW EACH "
            "PROJECT IS REACHABLE: (1) Familjeverkstan (/kommun-och-politik/sociala-investeringar/projekt/familjeverkstan/): "
            "ORDINARY: the list 'Pågående' on 'Projekt som har fått pengar' (…/sociala-investeringar/projekt/, linked from the fund "
            "page), plus the pages sitemap. A th/td fact table 'Fakta om projektet' (Projektperiod januari 2025 – december 2026; "
            "Beviljat belopp 640 000 kronor …; Ansvarig; Samverkan; Målgrupp föräldrar till barn 0–6 år). (2) Skolbron "
            "(/barn-och-utbildning/elevhalsa/skolbron/; no topic word in URL or title; the Elevhälsa page does not link it; not on "
            "the project list, which was last updated before the grant): ONLY FROM A NEWS POST: the body link of the post "
            "'Skolbron ska få fler elever tillbaka till skolan' (/2025/10/…; on the start page's three newest, the sidebar's "
            "'Senaste nyheterna' on every page, /nyheter/, its categories, tags, month and author archives); plus the pages sitemap "
            "(untopical). 'Om projektet' <strong>Label:</strong> lines split by <br> (Period augusti 2025 – juni 2027; Budget "
            "1 100 000 kronor …; Ansvarig; Samverkan; Målgrupp årskurs 7–9) and 'en socialpedagog och en skolkurator, båda på "
            "heltid'. (3) Unga ledare i Gullspång – ITS ONLY PAGE IS A NEWS POST, 'Unga ledare ska ge fler barn en meningsfull "
            "fritid' (/2024/03/unga-ledare-ska-ge-fler-barn-en-meningsfull-fritid/; the project list names it without a link): "
            "ARCHIVES ONLY: it is on /nyheter/page/2/ and /kategori/nyheter/page/2/ (not on page 1), on /kategori/kultur-och-fritid/, "
            "on the TAG archive /etikett/sociala-investeringar/ (linked from the fund page and the tag cloud on every page) and "
            "/etikett/fritid/, on the MONTH archive /2024/03/ ('Arkiv' widget), on the AUTHOR archive /author/johan-ek/, in the "
            "previous/next navigation of the posts of December 2024 and November 2023, and in the posts sitemap (untopical URL); "
            "not on the start page or in 'Senaste nyheterna'. Prose: 'Nu startar kommunen projektet Unga ledare i Gullspång … "
            "Projektet startar i april 2024 och pågår till och med juni 2026. Det har fått 420 000 kronor ur kommunens sociala "
            "investeringsfond.' (4) Aktiv vardag 75+ (/omsorg-och-stod/aldreomsorg/aktiv-vardag-75/; no topic word in URL or "
            "title; the Äldreomsorg page does not link it; the project list names it without a link): ONLY FROM A TOPIC PAGE: the "
            "bulleted 'Pågående folkhälsoarbete' on 'Folkhälsa' (/kommun-och-politik/folkhalsa/, menu Kommun och politik › "
            "Folkhälsa); plus the pages sitemap (untopical). Prose 'Projektet pågår från februari 2025 till januari 2027 och har "
            "fått 380 000 kronor ur kommunens sociala investeringsfond'. (5) Öppen fritid i Otterbäcken "
            "(/kultur-och-fritid/fritidsgarden-hangaren/oppen-fritid-i-otterbacken/; no topic word in URL or title; granted after "
            "the project list was updated): ONLY FROM A 'RELATERAT' BOX (a PDF-free wp-block-group list) on the service page "
            "'Fritidsgården Hangaren' (menu Kultur och fritid › Fritidsgården Hangaren); plus the pages sitemap (untopical). "
            "Bulleted 'Om projektet' (Projekttid augusti 2025 – juni 2027; Finansiering 290 000 kronor ur den sociala "
            "investeringsfonden; Ansvarig; Samverkan; Målgrupp 10–16 år). TRAPS (must_not_fetch): robots.txt (one group) disallows "
            "/wp-admin/ (Allow admin-ajax.php), /wp-login.php, /wp-json/, /?s=, /*?s=, /*/print/, /evenemang/manad/, /*?ical= and "
            "/*tribe-bar-date=, with the Sitemap line. Links: the header search form GET /?s=; the start page's 'Populära "
            "sökningar' /?s=soph%C3%A4mtning, /?s=bygglov, /?s=skolskjuts; the footer 'Logga in' /wp-login.php on every page; the "
            "fund news post (November 2023) was cached with an editor's 'Redigera' link /wp-admin/post.php?post=<id>&action=edit; "
            "the head's /wp-json/ and /wp-json/wp/v2/… alternates (two listed as examples); WP-Print 'Skriv ut' <url>print/ on every "
            "post and on most pages (four listed); on Evenemang the view selector 'Månad' /evenemang/manad/, 'Nästa månad' "
            "/evenemang/manad/2025-12/ and 'Exportera evenemang' /evenemang/?ical=1; on the event 'Exportera .ics' <event>?ical=1. "
            "NON-PROJECTS: the fund page (November 2023, 2 Mkr), 'Så ansöker du' (31 October, steps), 'Riktlinjer för den sociala "
            "investeringsfonden' (three years, 700 000 kr), the posts 'Nu kan du söka pengar ur den sociala investeringsfonden' "
            "(call) and 'Kommunfullmäktige avsätter två miljoner kronor till en social investeringsfond', the event "
            "'Informationsträff om sociala investeringar' (Datum, Tid, Plats, Kostnad, Anmälan, Arrangör), the job ad "
            "'Folkhälsosamordnare' (names projects 1 and 3 without links) and the STANDING SERVICE 'Ungdomscoach' ('började som ett "
            "projekt med pengar från Samordningsförbundet Östra Skaraborg 2021–2023. Sedan januari 2024 … en del av "
            "arbetsmarknadsenhetens ordinarie verksamhet'). NEITHER LIST (count either way): 'Projekt som har fått pengar', the "
            "one-project post about Skolbron, 'Folkhälsa', 'Fritidsgården Hangaren', every archive (/nyheter/ and page 2, the four "
            "categories and page 2 of Nyheter, the seven tags, the two authors, the seven months), Evenemang, /, the section and "
            "service pages (Kommun och politik, Jobba hos oss, Barn och utbildning, Elevhälsa, Omsorg och stöd, Äldreomsorg, Kultur "
            "och fritid, Arbete och näringsliv), the untopical posts (vattenavstängning, biblioteket, familjedag, snöskottning) and "
            "the furniture (Kontakt, Kakor, Tillgänglighetsredogörelse). Dead links on purpose (404): the list's "
            "…/projekt/lovskola-i-hova/ (a finished project's removed page), /feed/ and every archive feed, /xmlrpc.php, menu "
            "sub-pages (Förskola, Grundskola, Bibliotek, Arbetsmarknadsenheten, Kommunfullmäktige, …), /other-languages/, "
            "/om-webbplatsen/, /wp-content/uploads/… documents, theme assets. External: app-eu.readspeaker.com, "
            "gullspang.varbi.com, www.umo.se, Google Calendar, facebook. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
