"""Build the three saved sites of heldout_sites21 and write expected.json (written blind: README, docs and earlier
sets' data and make_*.py only; the crawler was not read or run)."""
import json
import os
import shutil

import make_site_gavle as G
import make_site_regionvastmanland as R
import make_site_skinnskatteberg as S
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (G.H, R.H, S.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    G.build()
    R.build()
    S.build()
    exp = {}

    # ------------------------------------------------------------------ Gävle (large municipality, legacy Sitevision)
    h = G.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (G.A1, G.A2, G.A3, G.A4, G.A5)],
        'not_projects': [u(h, p) for p in (G.FUND, G.SOK, G.REGL, G.UPP, G.N_CALL, G.N_KF, G.EV, G.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            G.SEARCH, G.SEARCH + '?query=bygglov', G.SEARCH + '?query=skolval', G.SEARCH + '?query=lediga+jobb',
            G.EDIT_FUND, G.NEWS_PAGE2, G.NEWS_CAT, G.ARK24_PAGE2, G.CAL) + tuple(G.CAL_DAYS)],
        'notes': (
            "LARGE municipality (Gävle kommun, 2180) on an OLDER SITEVISION install (sv.PageContext version '5.2.3') with the LEGACY "
            "ADDRESS SCHEME: every page is <parent folders>/<page name>.4.<22-hex node id>.html – the node id is part of the file "
            "name, the folders carry none (…/social-hallbarhet.4.<id>.html and its children under …/social-hallbarhet/…); news "
            "articles are /nyheter/<slug>.4.<id>.html; the search page is /sok.4.<id>.html. Markup: html class 'sv-no-js "
            "sv-template-<template>', sv-layout/svid10_ layouts, svid12_ portlets (sv-text-portlet with Rubrik/Ingress anchors, "
            "h1.heading, h2.subheading, p.normal; sv-linklist-portlet puff cards and link lists 'Relaterat'/'Arkiv'; sv-menu-portlet "
            "main menu and the fund section's left sub-menu, which expands 'Pågående investeringar' into project 1 on that page and "
            "project 1 itself; sv-breadcrumbs-portlet 'Du är här:'; sv-archive-portlet news lists ul.sv-channel; sv-decoration-"
            "content boxes 'Fakta om investeringen'/'Kort om satsningen'/'Kontakt'; sv-table tables). Links root-relative except the "
            "portlets' RELATIVE QUERY links. 45 files: 42 pages, one meta-refresh stub, robots.txt and sitemap.xml (declared; lists 24 "
            "pages: /, Kommun och politik, Social hållbarhet, the fund page, Ansök om medel, Regler, Uppföljning, Pågående and "
            "Avslutade investeringar, project 1, project 3 (untopical URL), Trygghet, Nyheter, Evenemang, Jobba hos oss, Omsorg och "
            "stöd, Äldre, Träffpunkter, Förskola och skola, Grundskola, Elevhälsa, Arbete och vuxenutbildning, Arbetsmarknad, "
            "Uppleva och göra; NOT projects 2, 4, 5, no news, no archive page). Header on every page: logo, Lyssna (readspeaker, "
            "nofollow), Other languages and Kontakta oss, the search form GET /sok.4.<id>.html (query=), main menu Förskola och "
            "skola, Omsorg och stöd, Arbete och vuxenutbildning, Uppleva och göra, Bygga bo och miljö (dead), Kommun och politik. "
            "Footer: Nyheter, Evenemang, Jobba hos oss, Kontakta oss, Kakor, Tillgänglighetsredogörelse, Personuppgifter (dead), "
            "social media. The fund page is …/social-hallbarhet/sociala-investeringsfonden.4.<id>.html (Kommun och politik › card "
            "Social hållbarhet › card). HOW EACH PROJECT IS REACHABLE: (1) Språkrik förskola i Andersberg "
            "(…/sociala-investeringsfonden/pagaende-investeringar/sprakrik-forskola-andersberg.4.<id>.html): ORDINARY: the linked "
            "first cell of the table on 'Pågående investeringar' (fund sub-menu and card), plus the sitemap. Fact box 'Fakta om "
            "investeringen' of <li><strong>Label:</strong> (Period augusti 2025 – juli 2028; Beviljat belopp 3 400 000 kronor ur "
            "sociala investeringsfonden; Ansvarig; Samverkan; Målgrupp barn 1–5 år). (2) Skolnärvaroteamet "
            "(/forskola-och-skola/grundskola/elevhalsa/skolnarvaroteamet.4.<id>.html; no topic word in URL or title; the Elevhälsa "
            "page names the team without a link; the table on 'Pågående investeringar' names it without a link): ORDINARY NEWS: ONLY "
            "the body link of the news 'Skolnärvaroteamet har hjälpt 90 elever tillbaka till skolan' (on the start page's three "
            "newest and on Nyheter). Prose 'Skolnärvaroteamet är en social investering … 4 200 000 kronor … från januari 2024 till "
            "december 2026'. (3) Aktiv senior i Hille (/omsorg-och-stod/aldre/traffpunkter/aktiv-senior-i-hille.4.<id>.html; no "
            "topic word in URL or title): ORDINARY SERVICE PAGE BOX: ONLY the 'Relaterat' link list on the service page Träffpunkter "
            "(start page card, Omsorg och stöd › Äldre › card); plus the sitemap (untopical URL). Prose 'Projektet startade i mars "
            "2025 och pågår till och med februari 2027 … 1 150 000 kronor ur kommunens sociala investeringsfond'. (4) Unga vuxna i "
            "arbete (FINISHED 2021–2024; final URL /arbete-och-vuxenutbildning/arbetsmarknad/unga-vuxna-i-arbete.4.<id>.html, no "
            "topic word in URL or title; the Arbetsmarknad page does not link it): HARD, A MOVED PAGE: the table on 'Avslutade "
            "investeringar' and the 2024 news 'Unga vuxna i arbete summerar tre år' link ONLY its OLD address "
            "…/sociala-investeringsfonden/avslutade-investeringar/unga-vuxna-i-arbete.4.<other id>.html, which is a META-REFRESH STUB "
            "(HTML 200, <meta http-equiv='refresh' content='0; url=…'>, meta robots noindex, no <a>, no canonical; the replay server "
            "has no HTTP redirects) pointing at the final URL. 'Projektet är avslutat' in bold, 'pågick från september 2021 till "
            "augusti 2024 och finansierades med 5 600 000 kronor ur kommunens sociala investeringsfond', results. (5) Föräldraskap i "
            "fokus – Nordost (/omsorg-och-stod/barn-och-familj/foraldraskap-i-fokus-nordost.4.<id>.html; no topic word in URL; the "
            "Barn och familj page does not link it; the Pågående table names it without a link): HARDER: ONLY the body link of the "
            "2024 news 'Nytt föräldrastöd i Nordost', which is listed ONLY on the year page 'Nyhetsarkiv 2024' "
            "(/nyheter/nyhetsarkiv-2024.4.<id>.html, in the 'Arkiv' link list on Nyheter); Nyheter's own pager to older items is a "
            "FORBIDDEN relative '?sv.url=12.<id>&state=cGFnZT0y' link (robots /*sv.url=). Box 'Kort om satsningen' of "
            "<strong>Label:</strong> lines split by <br> (Projekttid oktober 2024 – september 2027; Budget 2 750 000 kronor ur "
            "sociala investeringsfonden; Projektägare; Samverkanspartner; Målgrupp föräldrar till barn 0–12 år). TRAPS "
            "(must_not_fetch): robots.txt (one group, Sitemap line) disallows /sitevision/, /edit/, /sok. (the search page "
            "/sok.4.<id>.html), /*sv.url=, /*sv.target=, /uppleva-och-gora/evenemang/kalender. and /*datum=. Links: the search "
            "form; the start page's 'Många söker efter' /sok.4.<id>.html?query=bygglov|skolval|lediga+jobb; the news about the fund "
            "'Kommunfullmäktige tillför 10 miljoner …' links the fund page ONLY as the pasted EDIT URL https://www.gavle.se/edit/"
            "4.<fund id>; on Nyheter the RELATIVE pager links '?sv.url=12.<portlet>&state=cGFnZT0y' (twice) and the category filter "
            "'?sv.target=12.<portlet>&sv.12.<portlet>.route=/kategori/social-hallbarhet' (nofollow); on 'Nyhetsarkiv 2024' its own "
            "'?sv.url=…' pager; on Evenemang the calendar page kalender.4.<id>.html and two day links '?datum=2025-11-20|21' (a "
            "day-by-day calendar, not saved). Head-only /sitevision/system-resource/… stylesheets and scripts are forbidden too (not "
            "anchors, not listed). NON-PROJECTS: the fund page (30 Mkr 2016, +10 Mkr 2025, 'Fonden i siffror', five cards), 'Ansök "
            "om medel' (two rounds, steps, .docx/.xlsx dead), 'Regler för fonden' (three years, 5 Mkr, half the savings repaid), "
            "'Uppföljning och resultat' (a table of the fund's yearly counts and amounts, 'Lärdomar'), the news 'Nu kan "
            "förvaltningarna söka ur sociala investeringsfonden' (call) and 'Kommunfullmäktige tillför 10 miljoner kronor till "
            "sociala investeringsfonden', the event 'Frukostseminarium om sociala investeringar' (a th/td table Datum, Tid, Plats, "
            "Kostnad, Sista anmälningsdag, Arrangör; programme) and the job ad 'Utvecklingsledare med inriktning sociala "
            "investeringar' (names projects 1 and 2 without links). NEITHER LIST (count either way): 'Pågående investeringar' (a "
            "table of five, one linked live, one linked dead), 'Avslutade investeringar' (three rows, one linked to the stub), the "
            "stub itself, the one-project news (Skolnärvaroteamet, Nytt föräldrastöd i Nordost, Unga vuxna i arbete summerar tre "
            "år), 'Trygghet och brottsförebyggande arbete', /, Nyheter, Nyhetsarkiv 2024, the section and service pages (Kommun och "
            "politik, Social hållbarhet, Förskola och skola, Grundskola, Elevhälsa, Omsorg och stöd, Äldre, Träffpunkter, Barn och "
            "familj, Arbete och vuxenutbildning, Arbetsmarknad, Uppleva och göra, Evenemang, Jobba hos oss), the untopical news "
            "(cykelvägar, badplatser, snöröjning) and the furniture pages (Kontakta oss, Kakor, Tillgänglighetsredogörelse). Dead "
            "links on purpose (404): the Pågående table's …/pagaende-investeringar/mobil-fritidsgard-sorby.4.<id>.html (granted, "
            "page not published), /nyheter/nyhetsarkiv-2023.4.<id>.html, menu sections and service sub-pages, "
            "/download/18.<id>/… templates, /images/18.<id>/… and /webdav/files/… assets, the julmarknad event. External: "
            "app-eu.readspeaker.com, gavle.trippus.net, gavle.varbi.com, social media and the facebook sharer. Nothing depends on "
            "query strings or HTTP redirects (the only redirect is the meta refresh); true HTTP 3xx/5xx answers cannot be saved "
            "as files, so the 'redirect' is the Sitevision stub and the errors are 404s."),
    }

    # ------------------------------------------------------------------ Region Västmanland (Episerver CMS 11, /sv/ /en/)
    h = R.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (R.B1, R.B2, R.B3, R.B4, R.B5)],
        'not_projects': [u(h, p) for p in (R.FUND, R.SOK, R.KRIT, R.UTV, R.N_CALL, R.N_RF, R.EV, R.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            R.SEARCH, R.SEARCH + '?q=1177', R.SEARCH + '?q=lediga+jobb', R.SEARCH + '?q=tandv%C3%A5rd', R.EN_SEARCH,
            R.LOGIN, '/EPiServer/CMS/?language=sv',
            R.BEV + '?kommun=arboga', R.BEV + '?kommun=fagersta', R.BEV + '?kommun=koping', R.BEV + '?kommun=sala',
            R.BEV + '?kommun=vasteras', R.BEV + '?status=avslutade', R.LOADMORE,
            R.CAL, R.CAL + '?manad=2025-12', R.CAL + '?manad=2026-01')],
        'notes': (
            "REGION (Region Västmanland, länskod 19) on EPISERVER CMS 11 (MVC) WITH LANGUAGE PREFIXES: the Swedish master branch is "
            "/sv/…, a few English pages live under /en/…; every page URL ends in '/' (saved as index.html); links root-relative. The "
            "START URL / IS A LANGUAGE CHOOSER (no HTTP redirect: an inline script calls location.replace('/sv/' or '/en/') and two "
            "plain links 'Till webbplatsen på svenska' /sv/ and 'To the website in English' /en/, hreflang alternates sv, en and "
            "x-default). Markup: body class 'page page--<type>' with data-content-id and data-page-type (StartPage, LandingPage, "
            "StandardPage, ProjectListPage, ProjectPage, NewsListPage, NewsPage, EventListPage, EventPage, JobPage), content areas of "
            "blocks (div.block.teaserblock whole-<a> teasers, linklistblock, factblock <dl> of dt/dd, filelistblock, contactblock, "
            "eventteaserblock), an aside sub-navigation in the fund section (Sök medel, Kriterier och bedömning, Beviljade projekt, "
            "Utvärdering 2019–2024), a language selector in the header ('In English' -> the page's English version where one exists, "
            "else /en/; on English pages 'På svenska' -> /sv/), Cookiebot, assets under /dist/<hash>/ and /globalassets/ (not saved). "
            "43 files: 40 pages and the chooser, robots.txt and sitemap.xml (declared; lists 24 pages: /sv/, Regional utveckling, the "
            "strategy page, Social hållbarhet, the fund page, Sök medel, Kriterier, Beviljade projekt, project 1, Utvärdering, Hälsa "
            "och vård, Barnhälsovård, Äldres hälsa, Kultur, Kultur och hälsa, Om regionen, Nyheter, Evenemang, the conference, Jobba "
            "hos oss, the job ad, /en/, /en/regional-development/, /en/regional-development/social-investments/; NOT projects 2–5, "
            "no news item, not the news page 2). Header on every page: logo -> /sv/, 1177 (external), Lyssna (readspeaker, "
            "nofollow), the language selector, the search form GET /sv/sok/ (q=; on English pages /en/search/), main menu Hälsa och "
            "vård, Regional utveckling, Kultur, Kollektivtrafik (dead), Om regionen, Jobba hos oss. Footer: Nyheter, Evenemang, "
            "Lediga jobb, Kontakta oss, Press (dead), Kakor, Tillgänglighetsredogörelse and personuppgifter (dead), 'Logga in' "
            "/util/login.aspx?ReturnUrl=%2fsv%2f (nofollow), social media. The fund page is "
            "/sv/regional-utveckling/social-hallbarhet/sociala-investeringsmedel/ (Regional utveckling › teaser Social hållbarhet › "
            "teaser; hreflang en -> the English 'Social investments' page). HOW EACH PROJECT IS REACHABLE: (1) Ungdomshälsa Norra "
            "Västmanland (…/sociala-investeringsmedel/beviljade-projekt/ungdomshalsa-norra-vastmanland/): ORDINARY TEASER under "
            "'Beviljade 2025' on 'Beviljade projekt', also in the English page's list, plus the sitemap. FactBlock <dl> 'Fakta om "
            "projektet' (Projektperiod januari 2025 – december 2027; Beviljade medel 3 200 000 kronor ur Region Västmanlands sociala "
            "investeringsmedel; Total budget 6 400 000 kronor; Projektägare Fagersta kommun; Samverkanspartner Norbergs kommun, "
            "Skinnskattebergs kommun, Ungdomsmottagningen Fagersta; Målgrupp unga 13–20 år). (2) Utökade hembesök i Västerås "
            "(/sv/halsa-och-vard/barnhalsovard/utokade-hembesok-i-vasteras/; no topic word in URL or title; the Barnhälsovård page "
            "mentions extra home visits without a link): ORDINARY NEWS: ONLY the body link of the news 'Utökade hembesök har nått 300 "
            "familjer i Västerås' (the start page's three newest and the news list page 1). Sections 'Syfte', 'Period och "
            "finansiering' ('pågår från april 2024 till december 2026. Budgeten är 4 800 000 kronor, varav 2 400 000 kronor ur "
            "Region Västmanlands sociala investeringsmedel och 2 400 000 kronor från Västerås stad'), bold-label lines Ansvarig / "
            "Samarbetspartner / Målgrupp. (3) Jobbhälsa Sala (…/beviljade-projekt/jobbhalsa-sala/, a TOPICAL URL under the list "
            "page, which does NOT link it; not in the sitemap): HARDER, JS 'LOAD MORE' WITH AN HTML FALLBACK: ONLY the body link of "
            "the news 'Jobbhälsa i Sala har startat', which is on the news list's SECOND page only: /sv/om-regionen/nyheter/ shows "
            "six items and a <button class='js-load-more' data-url='/api/nyheter/lista?sida=2&amp;sprak=sv' hidden> (FORBIDDEN "
            "/api/, not saved) beside the plain fallback link <a class='news-list__more-link js-load-more-fallback' "
            "href='/sv/om-regionen/nyheter/sida-2/'>Visa fler nyheter</a>; page 2 links page 3 (dead). FactBlock (Projektperiod "
            "april 2025 – mars 2028; Beviljade medel 2 100 000 kronor …; Projektägare Sala kommun; Samverkanspartner; Målgrupp; "
            "Status Pågående). (4) Seniorhälsa Hallstahammar (/sv/halsa-och-vard/aldres-halsa/seniorhalsa-hallstahammar/; no topic "
            "word in URL or title; the Äldres hälsa page does not link it): ORDINARY UNTOPICAL CONTENT PAGE: ONLY a link in the "
            "bulleted 'Exempel på arbete som bidrar till målet' on the strategy page 'Regional utvecklingsstrategi' "
            "(/sv/regional-utveckling/regional-utvecklingsstrategi/, teaser on Regional utveckling; sitemap), whose other items are "
            "plain text. Text 'Seniorhälsa Hallstahammar är en social investering …' and a ul.fact-list of <strong>Label:</strong> "
            "(Period februari 2025 – januari 2027; Budget 1 600 000 kronor ur Region Västmanlands sociala investeringsmedel; "
            "Projektägare Hallstahammars kommun; Samverkan; Målgrupp). (5) Kultur på recept i Arboga "
            "(/sv/kultur/kultur-och-halsa/kultur-pa-recept-arboga/; no topic word in URL or title; the Kultur och hälsa page does not "
            "link it; Beviljade projekt does not name it): HARD, ONLY FROM THE ENGLISH BRANCH: ONLY the link in 'Examples of "
            "projects (in Swedish)' on the ENGLISH page /en/regional-development/social-investments/ ('Social investments', an "
            "English topic word; reached from /en/ › Regional development › teaser, from the fund page's hreflang alternate and "
            "'In English' link, and from the sitemap). Prose 'Kultur på recept är ett projekt … pågår från september 2024 till "
            "augusti 2026 och finansieras med 1 900 000 kronor ur Region Västmanlands sociala investeringsmedel'. TRAPS "
            "(must_not_fetch): robots.txt has a 'User-agent: GPTBot / Disallow: /' group first, then 'User-agent: *' with "
            "CRAWL-DELAY: 2 and Disallow /EPiServer/, /episerver/, /util/, /Util/, /api/, /sv/sok/, /en/search/, "
            "/sv/om-regionen/kalender/, /*?kommun=, /*?status=, /globalassets/intern/, and a Sitemap line. Links: the search forms; "
            "the start page's 'Vanliga sökningar' /sv/sok/?q=1177, ?q=lediga+jobb, ?q=tandv%C3%A5rd; the English header's search "
            "/en/search/ (form); the footer 'Logga in' on every page; the news 'Regionfullmäktige avsätter 25 miljoner …' links the "
            "fund page ONLY as a pasted EDIT-UI URL https://www.regionvastmanland.se/EPiServer/CMS/?language=sv#context=epi.cms."
            "contentdata:///1843 (requested without the fragment); on 'Beviljade projekt' the RELATIVE filter links "
            "'?kommun=arboga|fagersta|koping|sala|vasteras' and '?status=avslutade' (nofollow); the news list's data-url "
            "/api/nyheter/lista?sida=2&sprak=sv (not an <a>); the events page's 'Visa alla evenemang i kalendern' "
            "/sv/om-regionen/kalender/ and its months ?manad=2025-12, ?manad=2026-01 (not saved). NON-PROJECTS: the fund page "
            "(since 2019, 25 Mkr 2026–2028, four teasers, the conference teaser), 'Sök medel' (steps, 15 February, documents dead), "
            "'Kriterier och bedömning' (three years, at most half and 4 Mkr), 'Utvärdering 2019–2024' (the fund's evaluation: 'De "
            "viktigaste resultaten', 'Rekommendationer'), the news 'Nu kan kommunerna söka sociala investeringsmedel för 2026' "
            "(call, 8 Mkr) and 'Regionfullmäktige avsätter 25 miljoner kronor till sociala investeringar', the event 'Konferens: "
            "Sociala investeringar i Västmanland 2026' (FactBlock 'Praktisk information' Datum, Tid, Plats, Kostnad, Sista "
            "anmälningsdag, Arrangör; programme) and the job ad 'Strateg social hållbarhet' (names projects 1 and 2 without links). "
            "NEITHER LIST (count either way): 'Beviljade projekt' (two teasers, one dead), the English 'Social investments' page (a "
            "list of two projects in English), the one-project news (Utökade hembesök, Jobbhälsa i Sala), the strategy page, the "
            "chooser /, /sv/, /en/, /en/regional-development/, Regional utveckling, Social hållbarhet, Hälsa och vård, "
            "Barnhälsovård, Äldres hälsa, Kultur, Kultur och hälsa, Om regionen, Nyheter and its page 2, Evenemang, Jobba hos oss, "
            "the untopical news (vårdcentral, influensa, kulturstöd, färdtjänst, folkhälsoenkät) and the furniture pages (Kontakta "
            "oss, Kakor). Dead links on purpose (404): the list teaser …/beviljade-projekt/trygg-i-koping/ (granted, page not "
            "published), /sv/om-regionen/nyheter/sida-3/, menu sections and service sub-pages (vårdcentraler, tandvård, "
            "kollektivtrafik, kulturstöd, folkhälsa, våld i nära relationer, kompetensförsörjning …), /en/healthcare/, "
            "/en/contact-us/, /globalassets/… documents, /dist/… assets. External: www.1177.se, app-eu.readspeaker.com, "
            "consent.cookiebot.com (script), regionvastmanland.trippus.net, regionvastmanland.varbi.com, social media. Nothing "
            "depends on query strings or HTTP redirects (the chooser's redirect is a script; its links are plain <a>)."),
    }

    # ------------------------------------------------------------------ Skinnskatteberg (small municipality, Drupal 10)
    h = S.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (S.C1, S.C2, S.C3, S.C4, S.C5)],
        'not_projects': [u(h, p) for p in (S.FUND, S.SOK, S.RIKT, S.UPP, S.N_CALL, S.N_KF, S.EV, S.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            S.SEARCH, S.SEARCH + '?keys=bygglov', S.SEARCH + '?keys=sopt%C3%B6mning', S.SEARCH + '?keys=skolskjuts',
            S.LOGIN, S.EDIT_FUND, S.PROJ + '?status=pagaende', S.PROJ + '?status=avslutad', S.PROJ + '?omrade=riddarhyttan',
            S.CAL, '/evenemang/kalender/2025-12/')],
        'notes': (
            "SMALL municipality (Skinnskattebergs kommun, 1904, about 4 400 inhabitants; Skinnskatteberg, Riddarhyttan, Färna) on "
            "DRUPAL 10 (custom theme 'skinn'): pathauto aliases WITH A TRAILING SLASH (the Trailing Slash module), so every page "
            "ends in '/' and is saved as index.html; every node also announces its system path as <link rel='shortlink' "
            "href='https://www.skinnskatteberg.se/node/<nid>'> and menu links carry data-drupal-link-system-path='node/<nid>' (the "
            "/node/<nid> URLs are NOT saved: 404 here, a duplicate of the aliased page on the live site; in neither list); the "
            "drupalSettings JSON names currentPath 'node/<nid>' and ajaxTrustedUrl '/search/node'. Markup: body class 'path-node "
            "page-node-type-<type>' (page, projekt, nyhet, evenemang, jobb) or 'path-view'/'path-taxonomy', regions (region-header, "
            "region-content, region-footer), blocks (block-system-branding-block, search-block-form, block-menu main menu, a "
            "menu_block sub-menu of the fund section in aside.layout-sidebar-first role=complementary, breadcrumb 'Länkstig'), "
            "node--view-mode-full articles with an ingress field, body field (text-formatted) and 'projekt' FIELDS WITH LABELS "
            "ABOVE (div.field__label / div.field__item: Projektperiod, Beviljat belopp, Projektägare, Samverkan, Målgrupp, Status), "
            "taxonomy tag links 'Ämne' -> /amne/<term>/, VIEWS listings (div.views-row teasers) with Drupal's PAGER of RELATIVE "
            "'?page=N' links (zero-based: '?page=0', '?page=1'; the replay server ignores queries and answers page 1 again, so a "
            "second page is NOT reachable here – nothing is expected from it), an exposed filter form (status select) and "
            "'Snabbfilter' query links, news under /nyheter/<yyyy>/<mm>/<title>/. 37 files: 33 pages, robots.txt (Drupal 10's "
            "default file plus four site lines) and the simple_sitemap SITEMAP INDEX /sitemap.xml (declared) with two variants: "
            "/sidor/sitemap.xml (21 pages: /, section, fund and service pages including projects 3, 4 and 5 under untopical URLs, "
            "Nyheter, Evenemang, Jobb, Kontakt; no news items, no term page) and /projekt/sitemap.xml (the two 'projekt' nodes, "
            "projects 1 and 2, under topical URLs). Header on every page: logo, Lyssna (readspeaker, nofollow), Kontakt, the search "
            "block GET /search/node (keys=), main menu Utbildning, Omsorg och stöd, Arbete och näringsliv, Bygga och bo (dead), "
            "Kultur och fritid (dead), Kommun och politik. Footer: Nyheter, Evenemang, Lediga jobb, Kakor, Tillgänglighetsredogörelse "
            "(dead), 'Logga in' /user/login (nofollow), Facebook. The fund page is /kommun-och-politik/sociala-investeringar/ (menu "
            "Kommun och politik › list). HOW EACH PROJECT IS REACHABLE: (1) Språklust i förskolan "
            "(/kommun-och-politik/sociala-investeringar/projekt/spraklust-i-forskolan/): ORDINARY: the fund page's 'Aktuella "
            "projekt', the first row of the Views list 'Projekt' (page 1), the term page, plus the projekt sitemap. Labelled fields "
            "(Projektperiod augusti 2025 – juni 2027; Beviljat belopp 640 000 kronor ur den sociala investeringsfonden; Projektägare "
            "Barn- och utbildningsförvaltningen; Samverkan; Målgrupp barn 1–5 år; Status Pågående). (2) Fritidslotsen "
            "(…/sociala-investeringar/projekt/fritidslotsen/, topical URL): HARD, ONLY THROUGH THE SITEMAP INDEX: it would be on the "
            "list's second page ('?page=1', which the replay answers with page 1) and is linked from no page at all; it is listed "
            "ONLY in /projekt/sitemap.xml, the second child of the sitemap index /sitemap.xml. Same labelled fields (januari 2025 – "
            "december 2026; 480 000 kronor; Kultur- och fritidsenheten; barn och unga 7–16 år). (3) Seniorträffar i Riddarhyttan "
            "(/omsorg-och-stod/aldreomsorg/seniortraffar-i-riddarhyttan/; no topic word in URL or title; the Äldreomsorg page "
            "mentions the Tuesday meetings without a link): ORDINARY NEWS: the body link of the news 'Seniorträffarna i Riddarhyttan "
            "fyller ett år' (start page, Nyheter) and the term page's teaser; plus the sidor sitemap (untopical URL). Prose "
            "'Seniorträffarna är ett projekt som startade i oktober 2024 och pågår till och med september 2026 … 350 000 kronor ur "
            "kommunens sociala investeringsfond'. (4) Steg framåt (/arbete-och-naringsliv/arbetsmarknadsenheten/steg-framat/; no "
            "topic word in URL or title; the Arbetsmarknadsenheten page does not link it): HARDER, TAXONOMY TERM PAGE: ONLY the "
            "teaser on the term page 'Sociala investeringar' (/amne/sociala-investeringar/, a Views listing linked only from the "
            "'Ämne' tag links on the fund page, project 1, project 3, project 4 itself and three news items); plus the sidor sitemap "
            "(untopical URL). Prose 'Steg framåt är en insats för unga vuxna … finansieras med 820 000 kronor ur kommunens sociala "
            "investeringsfond och pågår från mars 2025 till februari 2027'. (5) Familjecoach i skolan "
            "(/utbildning/elevhalsa/familjecoach-i-skolan/; no topic word in URL or title): ORDINARY 'SE ÄVEN': ONLY the custom "
            "block 'Se även' on the service page Elevhälsa (menu Utbildning › list); plus the sidor sitemap (untopical). Heading "
            "'Kort om projektet' over <li><strong>Label:</strong> (Period augusti 2024 – juni 2026; Finansiering 900 000 kronor ur "
            "kommunens sociala investeringsfond; Ansvarig Socialtjänsten; Samverkan; Målgrupp). TRAPS (must_not_fetch): robots.txt "
            "(one group: Drupal 10's default Allow/Disallow lines – /core/, /profiles/, /admin/, /search/, /user/login, "
            "/node/add/, /index.php/… – plus '/*?status=', '/*?omrade=', '/node/*/edit', '/evenemang/kalender/' and the Sitemap "
            "line). Links: the search block form; the start page's 'Vanliga sökningar' /search/node?keys=bygglov, ?keys=sopt%C3%B6mning, "
            "?keys=skolskjuts; the footer's /user/login on every page; the news 'Kommunfullmäktige fyller på …' links the fund page ONLY as a pasted "
            "EDIT link /node/<fund nid>/edit?destination=/admin/content (written out as its text too); on 'Projekt' the RELATIVE 'Snabbfilter' links "
            "'?status=pagaende', '?status=avslutad', '?omrade=riddarhyttan' (nofollow; the exposed form GETs the same page with "
            "?status=…); the events page's month calendar /evenemang/kalender/2025-11/ and /evenemang/kalender/2025-12/ (not saved). "
            "ALLOWED but useless: the pagers' '?page=0' and '?page=1' on 'Projekt' and Nyheter (the replay returns page 1). "
            "NON-PROJECTS: the fund page (3 Mkr 2022, +2 Mkr 2025; 'Aktuella projekt' with one link), 'Så söker du medel' (15 "
            "December, steps, .docx dead), 'Riktlinjer' (1 Mkr, three years, half the savings repaid), 'Uppföljning 2024' (a "
            "'Fonden i siffror' table 2023/2024), the news 'Nu kan du söka medel ur den sociala investeringsfonden' (call) and "
            "'Kommunfullmäktige fyller på den sociala investeringsfonden' (its only fund link is the forbidden edit link), the event 'Dialogmöte om sociala investeringar' (fields "
            "Datum, Tid, Plats, Anmälan, Arrangör) and the job ad 'Folkhälsosamordnare' (names projects 1 and 3 without links). "
            "NEITHER LIST (count either way): 'Projekt' (Views page 1: project 1 and a dead row), the term page "
            "/amne/sociala-investeringar/, the one-project news about the seniorträffar, /, Nyheter, Evenemang, Jobb, the section "
            "and service pages (Kommun och politik, Kommunstyrelsen, Omsorg och stöd, Äldreomsorg, Utbildning, Elevhälsa, Arbete och "
            "näringsliv, Arbetsmarknadsenheten), the untopical news (vattenledning, biblioteket, halkbekämpning) and the furniture "
            "pages (Kontakt, Kakor). Dead links on purpose (404): the list row …/projekt/motesplats-farna/ (an unpublished node), "
            "every /node/<nid> shortlink, the terms /amne/forskola/ and /amne/aldre/, menu sections and sub-pages, "
            "/sites/default/files/… documents and aggregated css/js, /themes/… assets. External: app-eu.readspeaker.com, "
            "skinnskatteberg.varbi.com, facebook. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
