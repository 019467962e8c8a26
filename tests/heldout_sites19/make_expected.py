import json
import os

import make_site_nacka as N
import make_site_regionjh as R
import make_site_orsa as O
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    _, n_smap = N.build()
    _, r_smap = R.build()
    O.build()
    exp = {}

    # ------------------------------------------------------------------ Nacka
    h = N.H
    facet_pages = [N.PROJ, N.MG['barn-och-unga'], N.MG['vuxna'], N.MG['aldre']]
    facets = [p + q for p in facet_pages for q in (
        '?omrade=fisksatra', '?omrade=orminge', '?omrade=alta', '?omrade=saltsjobaden', '?sort=nyast', '?sort=a-o')]
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (N.P1, N.P2, N.P3, N.P4, N.P5)],
        'not_projects': [u(h, p) for p in (
            N.FUND, N.FUND + 'sa-ansoker-ni/', N.FUND + 'riktlinjer/', N.FUND + 'uppfoljning-och-utvardering/',
            N.NEWS['call'], N.NEWS['kf'], N.EVENT, N.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/sok/?q=bygglov', '/sok/?q=skolval', '/sok/?q=parkeringstillst%C3%A5nd',
            '/mina-sidor/logga-in/', '/pdf' + N.P1, '/pdf' + N.P4, N.CAL, '/evenemang/kalender/2025/12/')] +
            [u(h, p) for p in facets],
        'notes': (
            "LARGE municipality (Nacka kommun, 0182) as a QWIK CITY 1.9 static build (SSG; Qwik City's default trailingSlash, so "
            "every page URL ends in '/' and is saved as index.html) fed by a headless Directus CMS: <html q:container='paused' "
            "q:version='1.9.1' q:render='ssr' q:base='/build/' q:manifest-hash q:instance>, Qwik virtual-node comments (<!--qv q:id=… "
            "q:key=…-->…<!--/qv-->), q:head/q:key/q:id attributes, lazy event attributes (on:click='q-CfB2kQ9x.js#s_…', on:qvisible, "
            "preventdefault:submit), every navigation link a Qwik City <Link> (a real <a href> plus data-prefetch and on:* handlers), "
            "CMS rich text as plain <a>, a <script type='qwik/json'> state block per page (holds only the page's own URL, title and "
            "template, no other links), the inline qwikloader and window.qwikevents; /build/ and /assets/ files not saved (404). "
            "Links root-relative. 35 files: 33 pages, robots.txt and sitemap.xml (declared; lists 16 pages: /, Kommun och politik, "
            "Social hållbarhet, the fund page and its Så ansöker ni, Riktlinjer, Uppföljning, Beviljade medel 2025 and Projektbanken, "
            "project 1, /fritid/, /fritid/fritidsgardar/, /omsorg-och-hjalp/, /nyheter/, /evenemang/, /jobb/; NO other project page, "
            "no news, no filter page, no other year page). Header on every page: logo, Lyssna (readspeaker, external, nofollow), Other "
            "languages and Kontakta oss (dead), 'Mina sidor' /mina-sidor/logga-in/ (nofollow, forbidden), search form GET /sok/?q=, "
            "main menu Förskola och skola (dead), Omsorg och hjälp, Fritid, Bo och bygga (dead), Trafik och gator (dead), Kommun och "
            "politik. Breadcrumbs 'Start / …'. Footer: Nyheter, Evenemang, Lediga jobb, Press (dead), Om webbplatsen/"
            "Tillgänglighetsredogörelse/Kakor/Personuppgifter (dead), Facebook/Instagram/Linkedin (external). Fund-section pages "
            "have a left sub-nav (Sociala investeringar, Så ansöker ni, Riktlinjer, Projektbanken, Beviljade medel (-> the 2025 "
            "page), Uppföljning och utvärdering). The fund page is /kommun-och-politik/social-hallbarhet/sociala-investeringar/ "
            "(Kommun och politik › card Social hållbarhet › card Sociala investeringar; also linked from the KF news and the event "
            "page). Nacka calls it the 'sociala investeringsreserven' (30 Mkr 2019, +20 Mkr 2025). HOW EACH PROJECT IS REACHABLE: "
            "(1) Språkstart Fisksätra (…/sociala-investeringar/projekt/sprakstart-fisksatra/): ORDINARY CARDS: a card under 'Exempel "
            "på pågående projekt' on the fund page, a card on Projektbanken (…/projekt/, 'Senast beviljade'), the filter page "
            "'Barn och unga' and the first cell of the 2024 table; sitemap. Fact box <dl> 'Fakta om projektet' (Projektperiod "
            "januari 2025 – december 2027; Budget 4 600 000 kronor ur den sociala investeringsreserven; Projektägare Välfärd skola, "
            "förskoleenheten; Samarbetspartner; Målgrupp barn 1–5 år …). A forbidden 'Spara sidan som PDF' link /pdf<path> "
            "(nofollow). (2) Jobbspår Orminge (…/projekt/jobbspar-orminge/): ORDINARY YEAR TABLE: ONLY the first cell of the table on "
            "'Beviljade medel 2022' (…/beviljade-medel-2022/), reached through the year tabs 2025 | 2024 | 2023 (dead) | 2022 on the "
            "year pages (sub-nav 'Beviljade medel' -> 2025 page) and the 'Vuxna' filter page's link to 'besluten från tidigare år'; "
            "not in the sitemap. FINISHED, prose: 'pågick från augusti 2022 till juni 2024 och finansierades med 3 100 000 kronor', "
            "results; Uppföljning names it without a link. (3) Mobila fritidsgården (/fritid/fritidsgardar/mobila-fritidsgarden/; "
            "no topic word in URL or title): ORDINARY SERVICE PAGE RELATED BOX: ONLY the aside 'Relaterat' on the service page "
            "Fritidsgårdar (/fritid/fritidsgardar/: main menu Fritid › card Fritidsgårdar; sitemap); the 2025 table names it without "
            "a link; not in the sitemap. Prose under 'Ett projekt med sociala investeringsmedel': 'startade i maj 2025 och "
            "finansieras till och med april 2027 med 2 250 000 kronor'. (4) Digitala seniorer Saltsjöbaden "
            "(…/projekt/digitala-seniorer-saltsjobaden/): ORDINARY PATH FILTER PAGE: ONLY the card on the målgrupp filter page "
            "'Äldre' (…/projekt/malgrupp/aldre/, a chip link on Projektbanken and on every filter page); Projektbanken itself shows "
            "only the two latest grants; the 2024 table names it without a link; not in the sitemap. Facts in a two-column "
            "<table> 'Projektfakta' (Tid september 2024 – augusti 2026; Beviljat belopp 1 800 000 kronor …; Ansvarig Äldreenheten; "
            "I samarbete med; För vem). Forbidden PDF link. (5) Hälsolotsar (/omsorg-och-hjalp/halsa/halsolotsar/; no topic word "
            "in URL or title; its parent /omsorg-och-hjalp/halsa/ is dead, the section page does not link it): HARDER: ONLY the body "
            "link 'Läs mer om hälsolotsarna …' in the news 'Hälsolotsarna har mött 400 Nackabor' (/nyheter/2025/halsolotsarna-"
            "har-mott-400-nackabor/), which is listed ONLY on the topic page /nyheter/amne/sociala-investeringar/ (the 'Ämne: "
            "Sociala investeringar' chip on the call and KF news items); /nyheter/ shows the 4 newest items and a 'Visa fler "
            "nyheter' <button> with a Qwik on:click handler and no address (the older items are not in the page or its "
            "qwik/json); not in the sitemap; the 2025 table and the job ad name it without a link. Labelled lines "
            "<strong>Period:</strong> mars 2024 – februari 2027<br><strong>Finansiering:</strong> 2 700 000 kronor …. "
            "TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) disallows /sok/, /mina-sidor/, /pdf/, "
            "/evenemang/kalender/, /api/, /*?*omrade=, /*?*sort= and /*q-data.json. Links: the search form; the start page's "
            "'Populära sökningar' /sok/?q=bygglov, ?q=skolval, ?q=parkeringstillst%C3%A5nd; 'Mina sidor' /mina-sidor/logga-in/ on "
            "every page; 'Spara sidan som PDF' /pdf/<path> on projects 1 and 4; the events page's 'Visa evenemang i kalendern' "
            "/evenemang/kalender/2025/11/ (a month calendar, not saved; its next month listed too); on Projektbanken and the three "
            "filter pages the RELATIVE query links href='?omrade=fisksatra|orminge|alta|saltsjobaden' and '?sort=nyast|a-o' "
            "(rel=nofollow), which resolve against each page (all 24 listed). NON-PROJECTS: the fund page (reserve history, two "
            "cards, contact), 'Så ansöker ni' (1 June / 1 December, Word/Excel templates dead), 'Riktlinjer' (max 5 Mkr, three years, "
            "half the savings repaid), 'Uppföljning och utvärdering' (a table per year 2022–2025, Jobbspår's results in prose), the "
            "news 'Nu kan enheterna söka sociala investeringsmedel för 2026' (call) and 'Fullmäktige fyller på den sociala "
            "investeringsreserven', the event 'Frukostseminarium: Vad ger sociala investeringar?' (Tid/Plats/Kostnad <dl>), and the "
            "job ad 'Analytiker med inriktning social hållbarhet' (names projects 1 and 5 without links). NEITHER LIST (count "
            "either way): 'Beviljade medel 2025' (two rows, one dead link), '2024' (three rows, one linked), '2022' (two rows, one "
            "linked), Projektbanken, the filter pages Barn och unga / Vuxna (no projects) / Äldre, the one-project news about "
            "Hälsolotsarna, the topic page, /, /kommun-och-politik/, …/social-hallbarhet/, /fritid/, /fritid/fritidsgardar/, "
            "/omsorg-och-hjalp/, /nyheter/, /evenemang/, /jobb/, the untopical news (plogning, cykelbana). Dead links on purpose "
            "(404): the topical card/table link …/projekt/mattelyftet-alta/ (granted 2025, page not published), "
            "…/beviljade-medel-2023/, /omsorg-och-hjalp/halsa/, menu sections and service sub-pages, /dokument/*.docx|xlsx. "
            "External: app-eu.readspeaker.com, nacka.varbi.com, facebook/instagram/linkedin. Nothing depends on query strings or "
            "HTTP redirects."),
    }

    # ------------------------------------------------------------------ Region JH
    h = R.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (R.P1, R.P2, R.P3, R.P4, R.P5)],
        'not_projects': [u(h, p) for p in (
            R.FUND, R.FUND + 'sa-soker-ni/', R.FUND + 'villkor/', R.FUND + 'utvardering/',
            R.NEWS['call'], R.NEWS['beslut'], R.EVENT, R.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/sok/?q=v%C3%A5rdcentral', '/sok/?q=tandv%C3%A5rd', '/sok/?q=lediga+jobb', '/admin/login/', '/admin',
            R.CAL, '/evenemang/kalender/2025/12/')] +
            [u(h, R.LIST + f'?kommun={k}') for k in ('berg', 'bracke', 'harjedalen', 'krokom', 'ragunda', 'stromsund', 'are', 'ostersund')] +
            [u(h, R.LIST + f'?ar={y}') for y in (2025, 2024, 2023)],
        'notes': (
            "REGION (Region Jämtland Härjedalen, länskod 23, regionjh.se) on NEXT.JS 15 with the APP ROUTER, a static export "
            "(output 'export', trailingSlash true: every page URL ends in '/' and is saved as index.html) of content from PAYLOAD "
            "CMS 3 (whose admin lives in the same app at /admin): minified one-line <head> with /_next/static/css|chunks files "
            "(not saved), next/font classes (__variable_8b3a0b, __className_8b3a0b), <div hidden><!--$--><!--/$--></div>, CSS-module "
            "class names (Header_header_k3Jd2, ProjectCard_card_f4Ws1 …), React attribute spellings (charSet, dateTime, "
            "fetchPriority, noModule), and at the end of every page the React Server Components flight payload as "
            "<script>(self.__next_f=self.__next_f||[]).push([0])</script> and self.__next_f.push([1,\"…\"]) chunks (module "
            "references 'I[…]', the route tree '0:{…}', and '5:[\"$\",\"main\",…]' with the page's links as "
            "[\"$\",\"$L6\",null,{\"href\":…}]). Links root-relative. 32 files: 30 pages, robots.txt and sitemap.xml (declared; "
            "generated from the navigation tree, 16 pages: /, Regional utveckling, Social hållbarhet, the fund page, Så söker ni, "
            "Villkor, Utvärdering, Beviljade projekt (page 1), Dokument och beslut, /halsa-och-vard/, …/ungdomsmottagning/, /kultur/, "
            "/kultur/barn-och-unga/, /nyheter/, /evenemang/, Jobba hos oss; NO project page). Header: logo, 1177 (external), "
            "Lyssna (readspeaker, nofollow), Lättläst and In English (dead), search form GET /sok/?q=, main menu Hälsa och vård, "
            "Regional utveckling, Kultur, Kollektivtrafik (dead), Om regionen (dead), Jobba hos oss. Breadcrumbs 'Start / …'. "
            "Footer: Nyheter, Evenemang, Jobba hos oss, Press (dead), Intranätet (external intranat.regionjh.se), Om webbplatsen/"
            "Kakor/Tillgänglighetsredogörelse (dead), 'Redaktörsinloggning' /admin/login/ (nofollow, forbidden). Fund-section pages "
            "have a section nav (Sociala investeringar, Så söker ni, Villkor, Beviljade projekt, Dokument och beslut, Utvärdering). "
            "The fund page is /regional-utveckling/social-hallbarhet/sociala-investeringar/ (Regional utveckling › Social "
            "hållbarhet › 'Regionala medel för sociala investeringar'; news links): 'Regionala medel för sociala investeringar', "
            "10 Mkr a year 2022–2025, 13 Mkr 2026–2028, the municipalities co-finance half. HOW EACH PROJECT IS REACHABLE: "
            "(1) Tidig samverkan kring barn i Bräcke (…/beviljade-projekt/tidig-samverkan-bracke/): ORDINARY LIST PAGE: the first "
            "card on 'Beviljade projekt' (…/beviljade-projekt/: section nav on every fund page, a body link on the fund page, "
            "sitemap); also a marker in the fund page's map payload (see 5). Fact box <dl> (Projektperiod april 2025 – mars 2028; "
            "Total budget 5 200 000 kronor, varav 2 600 000 kronor i regionala medel …; Projektägare Bräcke kommun; Samverkanspart; "
            "Målgrupp barn 0–12 år …). (2) Unga till arbete i Berg (…/beviljade-projekt/unga-till-arbete-berg/): ORDINARY "
            "PAGINATED LIST: ONLY page 2 of the list (…/beviljade-projekt/sida/2/, linked by the pager '2' and 'Nästa' rel=next on "
            "page 1; not in the sitemap) and the map payload. Prose: 'startade i september 2024 och pågår till och med augusti "
            "2026 … 1 400 000 kronor ur de regionala medlen'. (3) Skapande lov (/kultur/barn-och-unga/skapande-lov/; no topic word "
            "in URL or title; the Kultur för barn och unga page does NOT link it): ORDINARY NEWS BODY LINK: the link 'Läs mer om "
            "Skapande lov' in the news 'Fullt i verkstäderna under sommarlovet' (/nyheter/2025/fullt-i-verkstaderna-under-"
            "sommarlovet/, listed on /nyheter/), and the map payload; not in the sitemap. Prose under 'Om projektet': 'pågår från "
            "juni 2025 till augusti 2027 och har fått 980 000 kronor i regionala medel för sociala investeringar'. (4) Digitalt "
            "föräldraskapsstöd i Strömsund (/dokument/projektbeskrivningar/run-2025-118/; URL a diarienummer, title 'Projektbeskrivning "
            "RUN/2025-118', outside the fund section; /dokument/ and /dokument/projektbeskrivningar/ are 404): ONLY the row "
            "'Projektbeskrivning RUN/2025-118' in the PDF-LESS DOCUMENT LIST table on 'Dokument och beslut' (…/sociala-"
            "investeringar/dokument/: section nav, fund-page body link, sitemap; every item is an HTML page: Villkor, a protocol "
            "extract, two project descriptions (RUN/2024-087 dead), Utvärdering); its map marker has href null. Facts in a "
            "<table> of th/td rows (Projektnamn; Sökande Strömsunds kommun; Projektperiod 1 augusti 2025 – 31 juli 2027; Total "
            "kostnad 1 760 000 kronor; Beviljade regionala medel 880 000 kronor; Målgrupp), then Bakgrund and Syfte och mål. "
            "(5) Ungdomsmottagning på väg (/halsa-och-vard/ungdomsmottagning/ungdomsmottagning-pa-vag/; no topic word in URL or "
            "title; the Ungdomsmottagning service page does NOT link it): HARDEST: NO <a> anywhere links it and it is not in the "
            "sitemap; its ONLY link is in the fund page's RSC payload: the client component ProjectMap (module 'c:I[7391,…,"
            "\"ProjectMap\"]', rendered in the browser only; the HTML has just a placeholder 'Kartan laddas …') gets its props in "
            "the chunk 'd:[\"$\",\"$Lc\",null,{\"heading\":…,\"markers\":[{…\"title\":\"Ungdomsmottagning på väg\",…,\"href\":"
            "\"/halsa-och-vard/ungdomsmottagning/ungdomsmottagning-pa-vag/\"}]}]' inside self.__next_f.push([1,\"…\"]) (a JSON "
            "string, so the quotes are escaped \\\"). The markers also hold projects 1, 2 and 3, two external municipal pages "
            "(are.se, krokom.se) and project 4 with href null. <ul> of <strong>Label:</strong> lines (Period januari 2026 – "
            "december 2028; Budget 6 000 000 kronor, varav 3 000 000 kronor i regionala medel …; Ansvariga; Målgrupp unga 13–25 "
            "år i Härjedalens kommun). TRAPS (must_not_fetch): robots.txt (one group, 'Allow: /', Sitemap line) disallows /admin "
            "(prefix: /admin/login/ too), /api/, /sok/, /evenemang/kalender/, /*?*kommun= and /*?*ar=. Links: the search form; "
            "the start page's 'Populära sökningar' /sok/?q=v%C3%A5rdcentral, ?q=tandv%C3%A5rd, ?q=lediga+jobb; 'Redaktörsinloggning' "
            "/admin/login/ in every footer; the events page's 'Visa som kalender' /evenemang/kalender/2025/11/ (not saved); the "
            "filter box on both list pages: …/beviljade-projekt/?kommun=<8 municipalities> and ?ar=2025|2024|2023 (rel=nofollow). "
            "The RSC payload repeats every page's links, the forbidden ones included. NON-PROJECTS: the fund page (money, "
            "co-financing, map placeholder, contact), 'Så söker ni' (31 January, e-service external), 'Villkor' (50 %, max 3 Mkr, "
            "three years), 'Utvärdering' (Mittuniversitetet, a table per year 2022–2025), the news 'Sök regionala medel för "
            "sociala investeringar 2026' (call) and '13 miljoner till förebyggande insatser i länet' (fund decision), the event "
            "'Länsträff om sociala investeringar 2025' (<dl> Datum/Plats/Kostnad), and the job ad 'Utvecklingsledare med inriktning "
            "sociala investeringar' (names projects 2 and 3 without links). NEITHER LIST (count either way): 'Beviljade projekt' "
            "pages 1 and 2 (cards: internal, external, dead, text-only), 'Dokument och beslut', the protocol extract "
            "/politik/protokoll/run-2025-03-12/ (§ 24 lists three grants with amounts and periods, no links), the one-project news "
            "about Skapande lov, /, /regional-utveckling/, …/social-hallbarhet/, /halsa-och-vard/, …/ungdomsmottagning/, /kultur/, "
            "/kultur/barn-och-unga/, /nyheter/, /evenemang/, /om-regionen/jobba-hos-oss/, the untopical news (vaccination, "
            "busstidtabeller). Dead links on purpose (404): the topical card …/beviljade-projekt/trygg-skolvag-ostersund/ (granted, "
            "no page), /dokument/projektbeskrivningar/run-2024-087/, /dokument/, /politik/, /om-regionen/, /nyheter/arkiv/, "
            "menu sections and sub-pages, /_next/ assets. External: www.1177.se, app-eu.readspeaker.com, www.umo.se, "
            "etjanster.regionjh.se, intranat.regionjh.se, regionjh.varbi.com, www.are.se, www.krokom.se, facebook sharer. Nothing "
            "depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Orsa
    h = O.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (O.P1, O.P2, O.P3, O.P4, O.P5)],
        'not_projects': [u(h, p) for p in (
            O.FUND, O.FUND + 'sa-ansoker-du/', O.FUND + 'riktlinjer/', O.FUND + 'uppfoljning/',
            O.POSTS[0][0], O.POSTS[2][0], O.POSTS[4][0], O.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/sok/?q=sop%C3%A4mtning', '/sok/?q=bygglov', '/sok/?q=skolskjuts', '/intranat/')] +
            [u(h, p[0] + 'amp/') for p in O.POSTS],
        'notes': (
            "SMALL municipality (Orsa kommun, 2034, about 6 900 inhabitants; Orsa, Skattungbyn, Våmhus, Hansjö) as a STATIC SITE "
            "MADE WITH PUBLII (the desktop static-site CMS; meta generator 'Publii Open-Source CMS for Static Site'), a 'Simple'-"
            "derived theme: header.top.js-header with a.logo, nav.navbar.js-navbar with a toggle button and ul.navbar__menu "
            "(li.has-submenu > ul.navbar__submenu level-2), a search overlay form, article.content > div.hero > header.hero__content, "
            "div.content__entry, posts as article.post with feed__meta, post__tag ('Ämnen:'), post__share (Facebook/LinkedIn "
            "sharer, external) and post__nav (rel=prev 'Föregående inlägg' = the next OLDER post, rel=next 'Nästa inlägg' = the "
            "next newer), listing pages of div.feed with article.feed__item and a pagination nav ('Nyare inlägg'/'Äldre inlägg'), "
            "window.publiiThemeMenuConfig, JSON-LD per page, /assets/css/style.css?v=… and /assets/js/scripts.min.js?v=… (not "
            "saved), /media/website/… images. PRETTY URLS: pages are /<parent>/<slug>/, POSTS live at the ROOT as /<slug>/, tag "
            "pages at /amne/<tag>/ with pagination /amne/<tag>/page/2/, the posts listing at /nyheter/ with /nyheter/page/2/. "
            "EVERY internal link is an ABSOLUTE https://www.orsa.se/… URL, as Publii writes them. Every post announces "
            "<link rel='amphtml' href='…/<slug>/amp/'> (forbidden), and every page announces /feed.xml and /feed.json (not "
            "saved, 404). NO sitemap (robots.txt has no Sitemap line; /sitemap.xml is 404). 34 files: 33 pages and robots.txt. "
            "Main menu (with sub-menus): Barn och utbildning (Förskola, Grundskola dead, Gymnasium dead), Omsorg och stöd "
            "(Äldreomsorg, Individ och familj dead, Funktionsnedsättning dead), Bygga bo och miljö, Kultur och fritid, Näringsliv "
            "och arbete (all dead), Kommun och politik (Kommunfullmäktige dead, Ekonomi, Sociala investeringsfonden). Breadcrumbs "
            "on pages (not on posts). Footer: Nyheter, Evenemang, Lediga jobb, Kontakta oss (dead), Om webbplatsen/"
            "Tillgänglighetsredogörelse/Personuppgifter (dead), 'Intranät för anställda' /intranat/ (nofollow, forbidden), "
            "Facebook, Instagram. Fund-section pages have an aside nav (Sociala investeringsfonden, Så ansöker du, Riktlinjer, "
            "Tidigare projekt, Uppföljning). The fund page is /kommun-och-politik/sociala-investeringsfonden/ (main menu and the "
            "Kommun och politik page; post links): 'sociala investeringsfonden', 6 Mkr in 2022, +2 Mkr in June 2025. HOW EACH "
            "PROJECT IS REACHABLE: (1) Orsamodellen – tidiga insatser för barn (…/sociala-investeringsfonden/orsamodellen/): "
            "ORDINARY FUND-PAGE LIST: the first item of the bulleted 'Pågående projekt' on the fund page (the other two items, "
            "Förskoleteamet and Träffpunkt Våmhus, are names without links), and a body link in the post 'Kommunstyrelsen beviljade "
            "medel till Träffpunkt Våmhus'. <h2>Fakta</h2> and a <ul> of <strong>Label:</strong> items (Projektperiod januari "
            "2024 – december 2026; Budget 1 950 000 kronor ur sociala investeringsfonden; Ansvariga; Målgrupp barn 3–12 år …). "
            "(2) Simskola för alla (…/sociala-investeringsfonden/simskola-for-alla/): ORDINARY ACCORDION: ONLY the link inside the "
            "first closed <details> ('Simskola för alla (2022–2024)') on 'Tidigare projekt' (aside nav on every fund page and a "
            "fund-page body link). FINISHED, prose 'pågick från augusti 2022 till juni 2024 … 420 000 kronor', results. "
            "(3) Förskoleteamet (/barn-och-utbildning/forskola/forskoleteamet/; no topic word in URL or title; the Förskola page "
            "does NOT link it; the fund page names it without a link): HARDER: ONLY the list 'Viktiga händelser under året' on "
            "the page 'Årsredovisning 2024 i korthet' (/kommun-och-politik/ekonomi/arsredovisning-2024/, which never mentions "
            "social investments; linked only from the Ekonomi page, itself linked from the menu and Kommun och politik). Prose "
            "under 'Om satsningen': 'startade i augusti 2024 och finansieras med 2 400 000 kronor från kommunens sociala "
            "investeringsfond under perioden augusti 2024 – juli 2027'. (4) Unga sommarentreprenörer i Orsa (/unga-"
            "sommarentreprenorer/, a POST at the root dated 11 June 2024, tagged Sociala investeringar): ORDINARY PAGINATED "
            "ARCHIVE: ONLY page 2 of the posts listing (/nyheter/page/2/, 'Äldre inlägg' on /nyheter/), page 2 of the tag page "
            "(/amne/sociala-investeringar/page/2/, 'Äldre inlägg' on /amne/sociala-investeringar/, which the 'Ämnen' chip of "
            "every topical post links), and the 'Föregående inlägg' (rel=prev) link of the next newer post 'Så sköter vi "
            "snöröjning och sandning' (itself only on /nyheter/page/2/); 'Tidigare projekt' names it without a link. Prose: "
            "'pågår somrarna 2024 och 2025, från juni 2024 till augusti 2025 … 360 000 kronor ur kommunens sociala "
            "investeringsfond'. (5) Träffpunkt Våmhus (/omsorg-och-stod/aldreomsorg/traffpunkt-vamhus/; no topic word in URL or "
            "title; the Äldreomsorg page does NOT link it, the fund page and a post name it without a link): HARDER: ONLY the "
            "link 'Läs mer om Träffpunkt Våmhus' on the single EVENT page 'Öppet hus på Träffpunkt Våmhus' (/evenemang/oppet-hus-"
            "pa-traffpunkt-vamhus/; not a calendar), which is linked from the events list /evenemang/ (footer 'Evenemang' on every "
            "page and the start page's Genvägar). <ul> of <strong>Label:</strong> items under 'Om projektet' (Projekttid april "
            "2025 – mars 2027; Finansiering 540 000 kronor ur sociala investeringsfonden; Ansvarig; Tillsammans med; För vem). "
            "TRAPS (must_not_fetch): robots.txt (one group, no Sitemap) disallows /sok/, /intranat/ and /*/amp/. Links: the "
            "search form GET /sok/?q=; the start page's 'Många söker efter' /sok/?q=sop%C3%A4mtning, ?q=bygglov, ?q=skolskjuts; "
            "'Intranät för anställda' /intranat/ in every footer; <link rel='amphtml'> …/<slug>/amp/ on all 8 posts (all listed). "
            "NON-PROJECTS: the fund page (history, a list of three of which one linked, contact), 'Så ansöker du' (30 November, a "
            ".docx, dead), 'Riktlinjer' (KF § 61, max 2,5 Mkr, three years), 'Uppföljning' (a table per year 2022–2025 with sums), "
            "the posts 'Nu kan du söka ur den sociala investeringsfonden' (call), 'Sociala investeringsfonden fylls på med 2 "
            "miljoner' and 'Välkommen på frukostmöte om sociala investeringar' (event as a post: Tid/Plats/Kostnad), and the job "
            "ad 'Kvalitetsutvecklare inom individ- och familjeomsorgen' (names Orsamodellen without a link). NEITHER LIST (count "
            "either way): 'Tidigare projekt' (three accordions, one linked), the decision post 'Kommunstyrelsen beviljade medel "
            "till Träffpunkt Våmhus' (one grant with amount, no link to it), the event page, 'Årsredovisning 2024 i korthet', "
            "/, /kommun-och-politik/, …/ekonomi/, /barn-och-utbildning/, …/forskola/, /omsorg-och-stod/, …/aldreomsorg/, "
            "/nyheter/ and its page 2, the tag page and its page 2, /evenemang/, /jobb/, the untopical posts (vattenläcka, "
            "biblioteket, snöröjning). Dead links on purpose (404): the other tag pages /amne/<tag>/, menu sections and sub-pages, "
            "/media/files/*.pdf|docx (årsredovisning, budget, delårsrapport, ansökan), /kontakt/, /om-webbplatsen/…, /feed.xml, "
            "/feed.json, /sitemap.xml. External: www.visitorsa.se, e-tjanster.orsa.se, orsa.varbi.com, facebook/linkedin sharer, "
            "facebook/instagram. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
