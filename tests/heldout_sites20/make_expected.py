"""Build the three saved sites of heldout_sites20 and write expected.json."""
import json
import os
import shutil

import make_site_engelholm as E
import make_site_uppsala as U
import make_site_vargarda as V
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (V.H, E.H, U.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    V.build()
    E.build()
    U.build()
    exp = {}

    # ------------------------------------------------------------------ Vårgårda (small, Sitevision)
    h = V.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (V.A1, V.A2, V.A3, V.A4, V.A5)],
        'not_projects': [u(h, p) for p in (
            V.FUND, V.SOK, V.RIKT, V.UPP, V.N_CALL, V.N_KF, V.EV, V.JOB, V.BIDRAG)],
        'must_not_fetch': [u(h, p) for p in (
            V.SEARCH, V.SEARCH + '?query=sop%C3%A4mtning', V.SEARCH + '?query=bygglov', V.SEARCH + '?query=lediga+jobb',
            '/edit', V.INTERN, V.CAL + '?datum=2025-11', V.CAL + '?datum=2025-12')],
        'notes': (
            "SMALL municipality (Vårgårda kommun, 1442, about 12 000 inhabitants; Vårgårda tätort, Östadkulle, Nårunga, Lena, "
            "Algutstorp, Hol) on SITEVISION 2025 with the '.html' URL ending that many Sitevision sites use: every page is "
            "<parent path>/<name>.html and its children live under <parent path>/<name>/… (so the file sociala-investeringsfonden.html "
            "and the folder sociala-investeringsfonden/ sit side by side; the folder itself has no page: …/sociala-investeringsfonden/ "
            "is 404), news articles are /nyheter/<yyyy-mm-dd>-<slug>.html. Markup: html class 'sv-no-js sv-template-<template>', "
            "the inline sv-js class switch, sv.PageContext (version '2025.09.1'), system resources under /sitevision/system-resource/"
            "<hash>/… and the theme under /webapp-files/… (head only, not saved), layouts <div class='sv-layout' id='svid10_…'>, "
            "portlets sv-text-portlet (Rubrik/Ingress anchors, sv-text-portlet-content, p.normal, h2.subheading), sv-linklist-portlet "
            "(Genvägar, card lists, 'Pågående projekt', 'Relaterat'), sv-menu-portlet (main menu; the fund section's left sub-menu, "
            "which expands 'Beviljade medel' into its year pages 2025/2024/2023 on the Beviljade pages), sv-breadcrumbs-portlet, "
            "sv-archive-portlet news lists (ul.sv-channel > li.sv-channel-item), sv-decoration-content boxes (Fakta, Kontakt), "
            "sv-table tables, Envision classes (env-list, env-form, env-button). Links root-relative. 36 files: 34 pages, robots.txt "
            "and sitemap.xml (declared; lists 18 pages: /, Kommun och politik, Social hållbarhet, the fund page, Så söker du, "
            "Riktlinjer, Beviljade medel, Beviljade medel 2025, Uppföljning och utvärdering, project 1, Lediga jobb, Omsorg och "
            "stöd, Uppleva och göra, Biblioteket, Fritidsgårdar, Evenemang, Barn och utbildning, Nyheter; NO other project page, "
            "no news, no 2024 page). Header on every page: logo, Lyssna (readspeaker, nofollow, external), E-tjänster (external), "
            "Kontakta oss (dead), the search form GET /sok.html (query=), main menu Barn och utbildning, Omsorg och stöd, Uppleva och "
            "göra, Bo och bygga (dead), Näringsliv och arbete (dead), Kommun och politik. Breadcrumbs 'Startsida / …'. Footer: "
            "Nyheter, Evenemang, Lediga jobb, Kontakta oss (dead), Om webbplatsen/Tillgänglighetsredogörelse/Personuppgifter/Kakor "
            "(dead), 'Inloggning för redaktörer' /edit (nofollow, forbidden), Facebook/Instagram. The fund page is "
            "/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden.html (Kommun och politik › card Social hållbarhet › "
            "card Sociala investeringsfonden; also linked from the 2024 KF news, the event and Bidrag till föreningar): "
            "'sociala investeringsfonden', 5 Mkr 2021, +5 Mkr November 2024. HOW EACH PROJECT IS REACHABLE: (1) Tidiga insatser i "
            "förskolan (…/sociala-investeringsfonden/tidiga-insatser-i-forskolan.html): ORDINARY FUND PAGE: the only link in the "
            "link list 'Pågående projekt' on the fund page, and the first cell of the table on 'Beviljade medel 2025'; sitemap. "
            "Fact box 'Fakta om projektet' (<li><strong>Label:</strong>: Projektperiod augusti 2025 – juni 2028; Beviljat belopp "
            "1 200 000 kronor ur sociala investeringsfonden; Projektägare Barn- och utbildningsförvaltningen, förskoleenheten; "
            "Samverkan; Målgrupp barn 1–5 år). (2) Trygg hemma-teamet (…/sociala-investeringsfonden/trygg-hemma-teamet.html; the "
            "page NEVER uses the words 'projekt' or 'satsning': 'Teamet startade i oktober 2024 och finansieras fram till "
            "september 2026 med 950 000 kronor ur den sociala investeringsfonden. Verksamheten drivs av vård- och "
            "omsorgsförvaltningen tillsammans med Närhälsan Vårgårda vårdcentral'): ORDINARY YEAR PAGE OF GRANTS: ONLY the link in "
            "the last row of the table on 'Beviljade medel 2024' (…/beviljade-medel/beviljade-medel-2024.html; reached from the "
            "card list on 'Beviljade medel' and from the expanded sub-menu on the Beviljade pages; not in the sitemap). (3) Läxhjälp "
            "på biblioteket (/uppleva-och-gora/bibliotek/laxhjalp-pa-biblioteket.html, under the library; the Biblioteket page "
            "mentions läxhjälp but does NOT link it): ORDINARY NEWS: ONLY the body link 'Läs mer om läxhjälpen på biblioteket' in "
            "the news 'Fler elever får läxhjälp på biblioteket' (/nyheter/2025-09-22-….html; on the start page's three newest and "
            "/nyheter.html); the 2025 table names it without a link; not in the sitemap. Prose 'Läxhjälpen är ett projekt som "
            "pågår från februari 2025 till december 2026. Det har fått 380 000 kronor ur kommunens sociala investeringsfond'. "
            "(4) Fritidsbussen (/uppleva-och-gora/fritidsgardar/fritidsbussen.html; no topic word in URL or title; NEVER the words "
            "'projekt'/'satsning': 'Verksamheten startade i augusti 2024 och finansieras till och med juli 2027 med 1 100 000 kronor "
            "ur den sociala investeringsfonden'): ORDINARY SERVICE PAGE 'RELATERAT': ONLY the first link of the 'Relaterat' link "
            "list on the service page Fritidsgårdar (Uppleva och göra › card Fritidsgårdar; start page Genvägar; sitemap); the "
            "2024 table and a summer news item name it without a link; not in the sitemap. (5) Steget – stöd till unga vuxna "
            "(/omsorg-och-stod/stod-till-vuxna/steget.html, under the social services; its parent /omsorg-och-stod/stod-till-vuxna.html "
            "is 404 and Omsorg och stöd does not link it): HARDER: ONLY the body link 'Läs mer om Steget' in the 2024 news "
            "'Steget ska hjälpa unga vuxna till arbete eller studier' (/nyheter/2024-03-12-….html), which is listed ONLY on the "
            "YEAR ARCHIVE 'Nyheter 2024' (/nyheter/nyhetsarkiv-2024.html, linked from /nyheter.html's 'Nyhetsarkiv' list; 2023 is "
            "dead); the 2024 table and the job ad name it without a link; not in the sitemap. Labelled lines '<strong>Period:"
            "</strong> mars 2024 – februari 2027<br><strong>Finansiering:</strong> 1 450 000 kronor ur sociala investeringsfonden"
            "<br>…' under 'Om projektet'. TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) disallows /sitevision/, "
            "/edit, /sok.html, /intern/ and /uppleva-och-gora/evenemang/kalender.html (a prefix, so every ?datum= month too). "
            "Links: the search form; the start page's 'Populära sökningar' /sok.html?query=sop%C3%A4mtning, ?query=bygglov, "
            "?query=lediga+jobb; the footer's /edit on every page; the fund page's 'beredningsgruppens dokument' "
            "/intern/beredningsgrupp-sociala-investeringar.html (nofollow); the events page's 'Visa evenemangen i kalendern' and "
            "month links kalender.html?datum=2025-11 and ?datum=2025-12 (not saved). NON-PROJECTS: the fund page (history, a list "
            "of one linked project, the others named in prose, contact), 'Så söker du' (15 March / 30 November, .docx/.xlsx dead), "
            "'Riktlinjer' (KF § 87, max 1,5 Mkr, three years, half the savings repaid), 'Uppföljning och utvärdering' (a table of "
            "the fund per year 2022–2025, two finished efforts in prose), the news 'Nu kan du söka ur sociala investeringsfonden' "
            "(call) and 'Kommunfullmäktige fyller på sociala investeringsfonden' (5 Mkr), the event 'Inspirationsträff om sociala "
            "investeringar' (Datum/Tid/Plats/Arrangör), the job ad 'Folkhälsostrateg' (names projects 5 and 1 without links) and "
            "the standing service page 'Bidrag till föreningar' (a section on partnering in social investments, links the fund). "
            "NEITHER LIST (count either way): 'Beviljade medel' (year cards), 'Beviljade medel 2025' (three rows: one linked, one "
            "dead, one text), 'Beviljade medel 2024' (three rows, one linked), the one-project news about Läxhjälpen and Steget, "
            "/, /kommun-och-politik.html, …/social-hallbarhet.html, /omsorg-och-stod.html, /uppleva-och-gora.html, "
            "/uppleva-och-gora/bibliotek.html, /uppleva-och-gora/fritidsgardar.html, /uppleva-och-gora/evenemang.html, "
            "/kommun-och-politik/lediga-jobb.html, /barn-och-utbildning.html, /nyheter.html, /nyheter/nyhetsarkiv-2024.html, the "
            "untopical news (cykelväg, sommarlov, plogning). Dead links on purpose (404): the 2025 table's "
            "…/sociala-investeringsfonden/halsosamma-hol.html (granted, page not published), …/beviljade-medel-2023.html, "
            "/nyheter/nyhetsarkiv-2023.html, /omsorg-och-stod/stod-till-vuxna.html, /uppleva-och-gora/foreningsliv.html, menu "
            "sections and service sub-pages, /download/… documents, /images/… files. External: app-eu.readspeaker.com, "
            "e-tjanster.vargarda.se, bibliotek.vargarda.se, www.visitvargarda.se, vargarda.varbi.com, www.umo.se, facebook/instagram "
            "and the facebook sharer. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Ängelholm (mid, WordPress + Municipio)
    h = E.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (E.B1, E.B2, E.B3, E.B4, E.B5)],
        'not_projects': [u(h, p) for p in (
            E.FUND, E.SOK, E.REGLER, E.UPP, E.POSTS[0][0], E.POSTS[3][0], E.EV, E.JOB, E.EH)],
        'must_not_fetch': [u(h, p) for p in (
            '/?s=bygglov', '/?s=soph%C3%A4mtning', '/?s=skolval', '/wp-admin/', '/wp-json/',
            f'/wp-json/wp/v2/pages/{E.pid(E.FUND)}', f'/?p={E.pid(E.FUND)}', f'/?p={E.pid(E.B2)}',
            E.LIST + '?malgrupp=barn-och-unga', E.LIST + '?malgrupp=vuxna', E.LIST + '?malgrupp=aldre',
            E.EVS + '?from=2025-12-01&to=2025-12-31', E.EVS + '?from=2026-01-01&to=2026-01-31', E.EV + '?ical=1')],
        'notes': (
            "MID-SIZED municipality (Ängelholms kommun, 1292, about 43 000 inhabitants; domain engelholm.se; Rebbelberga, "
            "Munka-Ljungby, Vejbystrand, Barkåkra, Hjärnarp, Össjö) on WORDPRESS 6.8.3 with the MUNICIPIO 5 theme (Helsingborg "
            "stad's open-source municipal theme) and the MODULARITY plugin: body classes '… wp-theme-municipio t-municipio "
            "header-business', component markup c-header c-header--business, c-brand, c-form/c-field search, c-nav--horizontal "
            "(main and help menu), c-breadcrumb with schema.org BreadcrumbList, sidebar-left-sidebar with c-nav--vertical "
            "c-nav--sidebar (the fund section's tree; on 'Pågående projekt' and project 1 it expands to project 1), c-article "
            "s-article, Modularity modules (mod-manualinput card grids of c-card, mod-posts, mod-inlaylist 'Läs mer' panels, "
            "mod-contacts), wp-block-table figures, c-pagination, a right sidebar 'Arkiv' widget, c-footer. EVERY internal link "
            "is ABSOLUTE (https://www.engelholm.se/…). The head of every page announces /feed/ (not saved), /wp-json/ "
            "(rel=https://api.w.org/), a JSON alternate /wp-json/wp/v2/pages|posts/<id> and a shortlink /?p=<id> (all "
            "forbidden). Pages are hierarchical (/<parent>/<child>/, saved as index.html); posts use the permalink structure "
            "/nyheter/%postname%/, the posts page is /nyheter/ (5 posts) with /nyheter/page/2/ (3 posts), and WordPress date "
            "archives with the '/date/' base: /nyheter/date/2025/ and /nyheter/date/2024/ (the 'Arkiv' widget on the news pages). "
            "NO SITEMAP: robots.txt is a physical file without a Sitemap line, core sitemaps are switched off, /sitemap.xml and "
            "/wp-sitemap.xml are 404. 39 files: 38 pages and robots.txt. Header: logo, search form GET / (s=), Lyssna (readspeaker, "
            "nofollow), Other languages (dead), E-tjänster (external), main menu Utbildning och förskola, Omsorg och stöd, Kultur "
            "och fritid, Bygga bo och miljö (dead), Arbete och vuxenutbildning, Kommun och politik. Footer: Nyheter, Evenemang, "
            "Jobba hos oss, Kontakta oss/Press (dead), Om webbplatsen/Tillgänglighetsredogörelse/Kakor (dead), 'Logga in' "
            "/wp-admin/ (nofollow, forbidden), social links. The fund page is /kommun-och-politik/hallbar-utveckling/sociala-"
            "investeringar/ (Kommun och politik › card Hållbar utveckling › card Sociala investeringar; also two posts and the "
            "event): 'den sociala investeringsfonden', 8 Mkr 2022, +2,5 Mkr 2024, +10 Mkr May 2025. Fund-section sidebar: Så söker ni, Regler "
            "och kriterier, Pågående projekt, Beviljade medel, Uppföljning. HOW EACH PROJECT IS REACHABLE: (1) Läslust i "
            "Rebbelberga (…/sociala-investeringar/pagaende-projekt/laslust-i-rebbelberga/, a child page): ORDINARY FUND PAGE AND "
            "LIST: a card on the fund page ('Läs mer'), a card on 'Pågående projekt', the sidebar sub-menu there, the first row of "
            "'Beviljade medel' and a body link in the 2024 decision post. Municipio panel 'Fakta' with <strong>Label:</strong> "
            "lines split by <br> (Projekttid januari 2025 – december 2027; Budget 1 800 000 kronor ur den sociala "
            "investeringsfonden; Projektägare; Samverkan; Målgrupp barn 1–5 år …). (2) Familjebehandlare i skolan (/utbildning-"
            "och-forskola/elevhalsa/familjebehandlare-i-skolan/; hidden from the menus, the Elevhälsa page describes it in prose "
            "WITHOUT a link; NEVER the words 'projekt'/'satsning': 'Teamet finansieras med 2 100 000 kronor ur den sociala "
            "investeringsfonden under perioden augusti 2024 – juli 2027'): ORDINARY NEWS POST, YEAR ARCHIVE: ONLY the body link in "
            "the 2024 post 'Familjebehandlarna i skolan har mött 120 familjer' (/nyheter/familjebehandlarna-i-skolan-har-mott-120-"
            "familjer/), which is listed on /nyheter/page/2/ ('Nästa sida' and '2' on /nyheter/) and on the date archive "
            "/nyheter/date/2024/ ('Arkiv' widget on /nyheter/ and every post); 'Beviljade medel' and the job ad name it without a "
            "link. (3) Digitalt seniorcafé (/omsorg-och-stod/traffpunkter-for-aldre/digitalt-seniorcafe/; no topic word in URL or "
            "title): ORDINARY SERVICE PAGE 'LÄS MER': ONLY the first link of the Modularity inlay list 'Läs mer' on the service page "
            "'Träffpunkter för äldre' (Omsorg och stöd › card; the start page's Genvägar); the decision post and 'Beviljade medel' "
            "name it without a link. Prose under 'Om projektet': 'ett projekt som pågår från mars 2025 till februari 2027. Det har "
            "beviljats 640 000 kronor ur den sociala investeringsfonden'. (4) Ung Framtid (/arbete-och-vuxenutbildning/jobbtorg/"
            "ung-framtid/; no topic word in URL or title): ORDINARY PAGE UNDER ANOTHER DEPARTMENT: ONLY the list 'Våra insatser' on "
            "the department page 'Jobbtorg Ängelholm' (main menu Arbete och vuxenutbildning › card Jobbtorg); 'Beviljade medel' "
            "and the job ad name it without a link. Facts in a two-column wp-block-table of th/td rows (Projektperiod 1 september "
            "2024 – 31 augusti 2027; Beviljade medel 2 400 000 kronor ur sociala investeringsfonden; Ansvarig; Samverkan; "
            "Målgrupp unga 16–29 år). (5) Kvällsöppet i Vejbystrand (/kultur-och-fritid/fritidsgardar/kvallsoppet-i-vejbystrand/; "
            "the Fritidsgårdar page gives the opening hours WITHOUT a link; NEVER the words 'projekt'/'satsning': 'Verksamheten "
            "finansieras till och med december 2026 med 720 000 kronor ur den sociala investeringsfonden'): ORDINARY LIST OF "
            "GRANTS: ONLY the link in the third row of the table on 'Beviljade medel' (fund sidebar and a fund-page body link). "
            "TRAPS (must_not_fetch): robots.txt (one group, no Sitemap) disallows /wp-admin/ (Allow admin-ajax.php), /wp-login.php, "
            "/wp-json/, /?s=, /*?s=, /*?p=, /*?malgrupp=, /*?from= and /*?ical=. Links: the start page's 'Populära sökningar' "
            "/?s=bygglov, /?s=soph%C3%A4mtning, /?s=skolval; the footer's /wp-admin/ on every page; <link rel='https://api.w.org/'> "
            "/wp-json/, the JSON alternates and the shortlinks in every head (the fund page's /wp-json/wp/v2/pages/<id> and /?p=<id> "
            "and the Familjebehandlare page's /?p=<id> listed as examples); the filter chips on 'Pågående projekt' "
            "?malgrupp=barn-och-unga|vuxna|aldre (nofollow); the events page's month buttons /evenemang/?from=2025-12-01&to=… and "
            "?from=2026-01-01&to=… (nofollow); the event's 'Lägg till i kalender' ?ical=1. NON-PROJECTS: the fund page (history, "
            "what the fund is for, cards, contact), 'Så söker ni' (1 March / 1 October, .docx/.xlsx dead), 'Regler och kriterier' "
            "(KF § 45, max 2,5 Mkr, three years), 'Uppföljning' (a table of the fund per year 2022–2025, Lunds universitet), the "
            "posts 'Nu kan förvaltningarna söka sociala investeringsmedel för 2026' (call) and 'Kommunfullmäktige avsätter 10 "
            "miljoner kronor till sociala investeringar', the event 'Frukostseminarium: Sociala investeringar – vad har vi lärt "
            "oss?' (När/Var/Pris), the job ad 'Utvecklingsledare med inriktning social hållbarhet' (names projects 2 and 4 without "
            "links) and the standing service page 'Elevhälsa' (a paragraph on familjebehandlare financed from the fund, no link). "
            "NEITHER LIST (count either way): 'Pågående projekt' (two cards: project 1 and a dead one), 'Beviljade medel' (a table "
            "of eight grants: two linked to saved pages, one dead), the decision post 'Tre nya sociala investeringar beviljade' "
            "(three grants with amounts, one linked), the one-project post about the familjebehandlare, /, /kommun-och-politik/, "
            "…/hallbar-utveckling/, /utbildning-och-forskola/, /omsorg-och-stod/, …/traffpunkter-for-aldre/, /arbete-och-"
            "vuxenutbildning/, …/jobbtorg/, /kultur-och-fritid/, …/fritidsgardar/, /nyheter/ and its page 2, both date archives, "
            "/evenemang/, /jobba-hos-oss/, the untopical posts (belysning, höstlov, vägarbete, sommarjobb). Dead links on purpose "
            "(404): the card and table link …/pagaende-projekt/motesplats-ossjo/ (finished, page removed), menu sections and "
            "sub-pages (Jobbcoachning, Praktik i kommunen, Skolhälsovård …), /wp-content/uploads/… documents, /feed/. External: "
            "app-eu.readspeaker.com, e-tjanster.engelholm.se, engelholm.varbi.com, www.spfseniorerna.se, www.visitengelholm.se, "
            "facebook/instagram/linkedin and the facebook sharer. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Uppsala (large, Optimizely)
    h = U.H
    facets = [f'?omrade={x}' for x in ('gottsunda', 'stenhagen', 'granby', 'hela-kommunen')] + \
             [f'?malgrupp={x}' for x in ('barn', 'unga', 'vuxna', 'aldre')] + ['?status=pagaende', '?status=avslutade']
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (U.C1, U.C2, U.C3, U.C4, U.C5)],
        'not_projects': [u(h, p) for p in (
            U.FUND, U.ANS, U.KRIT, U.UPP, U.NEWS[0][0], U.NEWS[3][0], U.EV, U.JOB, U.FS)],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/sok/?q=bygglov', '/sok/?q=f%C3%B6rskola', '/sok/?q=parkering', '/sok/?q=lediga+jobb',
            '/Util/Login?ReturnUrl=%2F', U.CAL, U.CAL2,
            U.FUND + '?print=true', U.ANS + '?print=true', U.KRIT + '?print=true', U.C1 + '?print=true', U.C2 + '?print=true')] +
            [u(h, U.LIST + f) for f in facets],
        'notes': (
            "LARGE municipality (Uppsala kommun, 0380; Gottsunda, Valsätra, Sävja, Stenhagen, Gränby, Kvarngärdet) on OPTIMIZELY "
            "CMS 12 (ASP.NET Core) with a custom BEM front end: body class 'page page--<type>' with data-page-id and "
            "data-content-type (StartPage, LandingPage, StandardPage, ProjectListPage, ProjectPage, NewsListPage, NewsPage, "
            "EventListPage, EventPage, JobPage), a dataLayer push with pageId/pageType, a Cookiebot script, bundled "
            "/dist/css|js/main.<hash> files (not saved), media under /globalassets/…, /contentassets/<guid>/… and /siteassets/…, "
            "content areas <div class='content-area'> of blocks (TeaserBlock 'block teaserblock displaymode-one-third' whole-<a> "
            "teasers, LinkListBlock incl. 'link-list-block--related' 'Relaterat', FactBlock <dl>, ContactBlock), a left subnav "
            "(nav.subnav; the fund section's expands 'Uppföljning och utvärdering' into Årsrapport 2024/2023/2022 on those pages), "
            "an aside column, 'Senast uppdaterad' and on fund and project pages 'Skriv ut' -> <path>?print=true (nofollow, "
            "forbidden). Page URLs end in '/' (saved as index.html); links root-relative. 34 files: 32 pages, robots.txt and "
            "sitemap.xml (declared; lists 20 pages: /, Kommun och politik, Social hållbarhet, the fund page, Ansök om medel, "
            "Kriterier och villkor, Beviljade projekt, projects 1 and 2, Uppföljning och utvärdering, Årsrapport 2024, Omsorg och "
            "stöd, Stöd i boendet, Kultur och fritid, Fritidsgårdar och mötesplatser, Föreningsstöd, Förskola och skola, Nyheter, "
            "Evenemang, Jobb och karriär; NOT projects 3–5, Årsrapport 2023, news, the event or the job ad). Header: logo, Lyssna "
            "(readspeaker, nofollow), Lättläst and Other languages (dead), Mina sidor (external), the search form GET /sok/ (q=), "
            "main menu Förskola och skola, Omsorg och stöd, Kultur och fritid, Bo bygga och miljö (dead), Trafik och gator (dead), "
            "Kommun och politik. Breadcrumbs 'Startsida / …'. Footer: Nyheter, Evenemang, Jobb och karriär, Press and Kontakta oss "
            "(dead), Om webbplatsen/Tillgänglighetsredogörelse/Kakor/Personuppgifter (dead), 'Logga in' /Util/Login?ReturnUrl=%2F "
            "(nofollow, forbidden), social links. The fund page is /kommun-och-politik/social-hallbarhet/sociala-investeringar/ "
            "(Kommun och politik › teaser Social hållbarhet › teaser Sociala investeringar; also two news items, the event and "
            "Föreningsstöd): 'fonden för sociala investeringar', since 2019, 120 Mkr. HOW EACH PROJECT IS REACHABLE: (1) Tidiga "
            "insatser för barn i Gottsunda (…/sociala-investeringar/beviljade-projekt/tidiga-insatser-for-barn-i-gottsunda/): "
            "ORDINARY FUND PAGE AND LIST: the first teaser on the fund page, the first card on 'Beviljade projekt', the first row "
            "of 'Årsrapport 2024'; sitemap. FactBlock <dl> 'Fakta om projektet' (Projektperiod augusti 2024 – juli 2027; "
            "Beviljade medel 6 500 000 kronor; Projektägare Utbildningsförvaltningen; Samverkanspartner; Målgrupp barn 0–6 år …; "
            "Status Pågående). (2) Vägen in – språk och praktik i äldreomsorgen (…/beviljade-projekt/vagen-in-sprak-och-praktik-i-"
            "aldreomsorgen/): ORDINARY LIST OF GRANTED PROJECTS: ONLY the second card on 'Beviljade projekt' (fund subnav, a fund "
            "teaser; 'ett urval av de tolv' with facet links); sitemap. Prose 'Projektet startade i januari 2025 och pågår till "
            "december 2027. Det har fått 4 200 000 kronor ur fonden för sociala investeringar'. (3) Boendestödsteamet "
            "(/omsorg-och-stod/stod-i-boendet/boendestodsteamet/; hidden from the subnav, the service page Stöd i boendet does NOT "
            "link it; NEVER the words 'projekt'/'satsning': 'Teamet startade i april 2024 och finansieras till och med mars 2027 "
            "med 5 100 000 kronor ur kommunens sociala investeringsfond'): ORDINARY NEWS: ONLY the body link 'Läs mer om "
            "Boendestödsteamet' in the news 'Boendestödsteamet har hjälpt 60 hushåll att behålla sin bostad' (on the start page's "
            "three newest and /nyheter/); 'Årsrapport 2024' and the job ad name it without a link; not in the sitemap. "
            "(4) Rörelsekompisar i Gränby (/kultur-och-fritid/fritidsgardar-och-motesplatser/rorelsekompisar-i-granby/; no topic "
            "word in URL or title): ORDINARY SERVICE PAGE 'RELATERAT': ONLY the first link of the related LinkListBlock 'Relaterat' "
            "in the aside of the service page 'Fritidsgårdar och mötesplatser' (Kultur och fritid › teaser; the start page's "
            "teaser; sitemap); the KS decision news describes it without a link; not in the sitemap. <strong>Label:</strong> "
            "lines under 'Om satsningen' (Period augusti 2025 – juni 2028; Finansiering 3 300 000 kronor ur den sociala "
            "investeringsfonden; Ansvarig; Samverkan; Målgrupp barn 7–12 år …). (5) Språkstöd i förskolan i Sävja "
            "(…/beviljade-projekt/sprakstod-i-forskolan-savja/; FINISHED, 'Projektet är avslutat'): ORDINARY YEAR ARCHIVE: ONLY "
            "the first row of the table 'Avslutade under 2023' on 'Årsrapport 2023' (…/uppfoljning-och-utvardering/arsrapport-"
            "2023/: the list on 'Uppföljning och utvärdering' and the expanded subnav there; not in the sitemap); the list page "
            "shows only ongoing projects. Prose 'pågick från januari 2021 till december 2023 och finansierades med 2 800 000 "
            "kronor ur fonden för sociala investeringar', results. TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) "
            "disallows /episerver/, /EPiServer/, /Util/, /util/, /api/, /sok/, /evenemang/kalender/, /*?print=, /*?omrade=, "
            "/*?malgrupp= and /*?status=. Links: the search form; the start page's 'Vanliga sökningar' /sok/?q=bygglov, "
            "?q=f%C3%B6rskola, ?q=parkering, ?q=lediga+jobb; the footer's 'Logga in' on every page; 'Skriv ut' ?print=true on the "
            "fund page, Ansök om medel, Kriterier och villkor and projects 1 and 2; the RELATIVE facet links on 'Beviljade projekt' "
            "href='?omrade=gottsunda|stenhagen|granby|hela-kommunen', '?malgrupp=barn|unga|vuxna|aldre', '?status=pagaende|"
            "avslutade' (nofollow; all listed as resolved against the list page); the events page's 'Visa som kalender' "
            "/evenemang/kalender/2025-11/ and the next month /evenemang/kalender/2025-12/ (not saved). NON-PROJECTS: the fund page "
            "(since 2019, how it works, three teasers, contact), 'Ansök om medel' (15 January 2026, .docx/.xlsx dead), 'Kriterier "
            "och villkor' (four years, repayment), 'Uppföljning och utvärdering' (links to the year reports), the news 'Nu kan du "
            "ansöka om medel för sociala investeringar 2026' (call, 15 Mkr) and 'Kommunstyrelsen fördelar 18 miljoner kronor till "
            "sociala investeringar' (four grants in prose, no names, no project links), the event 'Sociala investeringar i "
            "praktiken – halvdagskonferens' (<dl> Datum/Tid/Plats/Kostnad), the job ad 'Controller med inriktning sociala "
            "investeringar' (names projects 1 and 3 without links) and the standing service page 'Föreningsstöd' (a section on "
            "partnering in social investments, links the fund). NEITHER LIST (count either way): 'Beviljade projekt' (four cards: "
            "two saved, one dead, one external), 'Årsrapport 2024' (a table of four, one linked), 'Årsrapport 2023' (a table of "
            "two finished, one linked, one dead), the one-project news about Boendestödsteamet, /, /kommun-och-politik/, "
            "…/social-hallbarhet/, /omsorg-och-stod/, …/stod-i-boendet/, /kultur-och-fritid/, …/fritidsgardar-och-motesplatser/, "
            "/forskola-och-skola/, /nyheter/, /evenemang/, /jobb-och-karriar/, the untopical news (simhall, trafikomläggning, "
            "sommarjobb). Dead links on purpose (404): the list card …/beviljade-projekt/trygg-i-gottsunda-centrum/ (granted, page "
            "withdrawn), the 2023 report's …/beviljade-projekt/motesplats-stenhagen/ (removed), …/arsrapport-2022/, menu sections "
            "and sub-pages, /globalassets/… and /contentassets/… documents, /lattlast/, /other-languages/. External: "
            "app-eu.readspeaker.com, consent.cookiebot.com (script), minasidor.uppsala.se, www.uppsalahem.se, kronofogden.se, "
            "www.umo.se, foreningsportalen.uppsala.se, destinationuppsala.se, uppsala.trippus.net, uppsala.varbi.com, social "
            "media and sharers. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
