"""Regenerate heldout_sites16 (three blind sites) and expected.json: python3 make_sites.py"""
import json, os, shutil
from make_common import ROOT
import make_site_molndal as M, make_site_rvn as R, make_site_tjorn as T

for h in (M.H, R.H, T.H):
    shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
m, r, t = M.build(), R.build(), T.build()
U = lambda h, ps: ["https://" + h + p for p in ps]

exp = {}
F = m["FUND"]
exp[M.H] = {
    "start_url": "https://www.molndal.se/",
    "project_pages": U(M.H, m["P"]),
    "not_projects": U(M.H, [F, F + "sa-soker-ni-medel/", F + "regler-for-fonden/", F + "utvardering/", F + "pagaende-projekt/",
                            F + "avslutade-projekt/", "/nyheter/nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden/",
                            "/nyheter/kommunfullmaktige-tillfor-fonden-10-miljoner-kronor/", m["JOB"]]),
    "must_not_fetch": U(M.H, ["/sok/", "/sok/?q=bygglov", "/sok/?q=f%c3%b6rskola", "/sok/?q=sopor", "/sok/?q=parkering",
                              "/util/login.aspx?ReturnUrl=%2f", "/Templates/Public/Pages/FundPage.aspx?id=1152&epslanguage=sv"]),
    "notes": (
        "MEDIUM municipality (Mölndals stad, 1481) on EPISERVER CMS 7.5 with classic ASP.NET WEBFORMS templates (used differently from the "
        "earlier Optimizely 12 / Episerver-style sites): the whole body inside <form method='post' id='aspnetForm'> with __VIEWSTATE/__EVENTTARGET "
        "hidden fields and the __doPostBack script, ctl00_… ids, meta EPi.ID/EPi.Published, /WebResource.axd and /ScriptResource.axd scripts, "
        "/Static/… theme files, media under /Global/Bilder/… and /PageFiles/<id>/… (dead), a left column PageTree sub-navigation (ul.subnav "
        "level-1/2/3 that expands only the current branch), a right column of 'puffs' (contact box, 'Relaterade sidor', image puffs), breadcrumbs "
        "'Du är här: Startsida / …', a 'Skriv ut' javascript:window.print() link. Page URLs end in '/' (saved as index.html); links root-relative. "
        "30 files: 28 pages, robots.txt, sitemap.xml (declared; lists all 28 pages). Header on every page: logo, Lyssna (readspeaker, nofollow, "
        "external), In English (/en/, dead), Kontakta oss (dead), the search box (WebForms text input + submit button that posts back, and a "
        "<noscript> link /sok/), main menu Utbildning och barnomsorg, Omsorg och hjälp, Kultur och fritid, Bygga bo och miljö (dead), Trafik och "
        "infrastruktur (dead), Kommun och politik. Footer: Nyheter, Lediga jobb, Om webbplatsen/Tillgänglighetsredogörelse/Personuppgifter (dead), "
        "social media, 'Logga in' -> /util/login.aspx?ReturnUrl=%2f on every page. The fund page is "
        "/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden/ (menu Kommun och politik › list Social hållbarhet › body link and "
        "sub-nav). HOW EACH PROJECT IS REACHABLE: (1) Familjecentral Balltorp (…/sociala-investeringsfonden/pagaende-projekt/familjecentral-balltorp/): "
        "ORDINARY LIST PAGE + SUB-NAV: the bulleted list on 'Pågående projekt' (sub-nav and body link on the fund page) and the sub-nav, which "
        "shows it under 'Pågående projekt' on the pages of that branch; plus the sitemap (topical URL). Facts as <p><strong>Label:</strong> value<br/> "
        "('Projektperiod: augusti 2024 – juli 2027', 'Beviljade medel: 3 200 000 kronor ur sociala investeringsfonden', Ansvarig, Samverkan, "
        "Målgrupp). (2) Sommarjobb plus (…/sociala-investeringsfonden/avslutade-projekt/sommarjobb-plus/): ORDINARY 'PÅGÅENDE/AVSLUTADE' SPLIT: "
        "ONLY the first cell of the table on 'Avslutade projekt' (sub-nav and fund-page body link) and the sub-nav on the pages of the Avslutade "
        "branch; plus the sitemap. A FINISHED project: prose 'pågick från juni 2021 till december 2023 och fick totalt 1 450 000 kronor', "
        "results. (3) Läsfröjd i Lindome (/utbildning-och-barnomsorg/grundskola/lasfrojd-i-lindome/; no topic word in URL or title; the Grundskola "
        "page does NOT link it): ORDINARY NEWS: ONLY the body link 'Läs mer om Läsfröjd i Lindome' in the news 'Läsfröjd i Lindome ger fler barn "
        "lust att läsa' (on the start page and /nyheter/); the fund page, the list page and the job ad name it without a link; plus the sitemap "
        "(untopical URL). Prose 'startade i januari 2025 och pågår till och med juni 2027 … 980 000 kronor ur stadens sociala investeringsfond'. "
        "(4) Föräldraskapsstöd i Kållered (/omsorg-och-hjalp/stod-till-familjer/foraldraskapsstod-i-kallered/; no topic word in URL or title): "
        "ORDINARY 'RELATERADE SIDOR': ONLY the right-column puff 'Relaterade sidor' on the service page 'Stöd till familjer' (menu Omsorg och hjälp "
        "› list); the fund and list pages name it without a link; plus the sitemap (untopical). Bulleted 'Kort om insatsen' ('Tid: september 2024 "
        "– augusti 2026', 'Budget: 1 150 000 kronor från sociala investeringsfonden', Ansvarig, Samarbete, Målgrupp). (5) Mobil fritidsgård "
        "(/kultur-och-fritid/fritidsgardar/mobil-fritidsgard/; no topic word in URL or title; the Fritidsgårdar page does NOT link it): HARD: ONLY "
        "an IMAGE PUFF in the right column of the untopical section page 'Kultur och fritid' (menu): <a href=…><img alt='' …></a> with NO link text "
        "and an empty alt; the fund page, the list page and the job ad name it without a link; plus the sitemap (untopical URL). Prose 'Arbetet "
        "startade i mars 2025 och finansieras till och med februari 2028 med 2 400 000 kronor ur sociala investeringsfonden'. TRAPS "
        "(must_not_fetch): robots.txt (one group, Sitemap line) disallows /util/, /episerver/, /EPiServer/, /Templates/, /sok/ and "
        "/PageFiles/Internt/. Links: the <noscript> '/sok/' in the header of every page; the start page's 'Populära sökord' /sok/?q=bygglov, "
        "/sok/?q=f%c3%b6rskola, /sok/?q=sopor, /sok/?q=parkering; the footer 'Logga in' /util/login.aspx?ReturnUrl=%2f (nofollow) on every page; "
        "the news 'Kommunfullmäktige tillför fonden 10 miljoner kronor' links the fund page ONLY as a pasted UNFRIENDLY EPiServer template URL "
        "/Templates/Public/Pages/FundPage.aspx?id=1152&epslanguage=sv (the real site would 301 it; forbidden, not saved). NON-PROJECTS: the fund "
        "page (since 2019, 25 Mkr, half of savings repaid; names four projects in prose, fund capital 18,4 Mkr in a puff), 'Så söker ni medel' "
        "(numbered steps, 31 October), 'Regler för fonden' (four years, 20 % own share), 'Utvärdering' (a table of counts and kronor per year "
        "2021–2025, FoU i Väst/GR), the list pages 'Pågående projekt' (five names, two linked, one dead) and 'Avslutade projekt' (a table of three, "
        "one linked), the news 'Nu kan förvaltningarna söka ur sociala investeringsfonden' (call, 5 Mkr) and 'Kommunfullmäktige tillför fonden 10 "
        "miljoner kronor', and the job ad 'Utvecklingsledare med inriktning sociala investeringar' (names three projects without links). NEITHER "
        "LIST (count either way): the one-project news 'Läsfröjd i Lindome ger fler barn lust att läsa', /, /nyheter/, /kommun-och-politik/, "
        "/kommun-och-politik/social-hallbarhet/ (mentions the fund), /utbildning-och-barnomsorg/, …/grundskola/, /omsorg-och-hjalp/, "
        "…/stod-till-familjer/, /kultur-och-fritid/, …/fritidsgardar/, /jobba-hos-oss/lediga-jobb/, the two untopical news. Dead links on purpose "
        "(404): the topical list and sub-nav link …/pagaende-projekt/trygg-i-skolan-krokslatt/ (a removed page), /nyheter/arkiv/, /jobba-hos-oss/ "
        "(breadcrumb), /kommun-och-politik/social-hallbarhet/folkhalsoradet/ (sub-nav), /en/, unsaved menu sections and sub-pages, /PageFiles/… "
        "documents, a job ad. External: readspeaker, molndal.varbi.com, 1177.se, social media. Nothing depends on query strings or HTTP redirects.")
}

FD, NW = r["FD"], r["NEWS"]
exp[R.H] = {
    "start_url": "https://www.rvn.se/",
    "project_pages": U(R.H, r["P"]),
    "not_projects": U(R.H, [r["FUND"], FD + "/sa-ansoker-du.html", FD + "/kriterier-och-villkor.html", FD + "/uppfoljning-och-utvardering.html",
                            r["LIST"], r["LIST2"], NW[0][0], NW[4][0], NW[5][0], r["JOB"]]),
    "must_not_fetch": U(R.H, ["/sv/sok.html", "/sv/sok.html?q=tandv%C3%A5rd", "/sv/sok.html?q=lediga+jobb", "/sv/sok.html?q=f%C3%A4rdtj%C3%A4nst",
                              "/cms/login?redirect=%2Fsv.html",
                              "/cms/edit/default/sv/sites/rvn/home/utveckling/folkhalsa-och-social-hallbarhet/sociala-investeringar.html",
                              "/files/live/sites/rvn/files/internt/beredning-sociala-investeringar-2026.pdf"]),
    "notes": (
        "REGION (Region Västernorrland, länskod 22, rvn.se) on JAHIA 8 (Jahia DX, Java): aggregated assets under /generated-resources/<md5>.min.css|js "
        "with ids staticAssetCSS0/staticAssetJavascript0, the inline 'var contextJsParameters={contextPath:\"\",lang:\"sv\",…,siteUuid:…}' "
        "script, module files under /modules/rvn-template/…, site files under /files/live/sites/rvn/files/…, Jahia's login /cms/login and edit mode "
        "/cms/edit/default/sv/sites/rvn/home/…, '<!-- jnt:contentList main -->' markers, body data-node-uuid. Jahia's vanity URLs with the "
        "'.html' SUFFIX: a page is /sv/<path>.html and its children live in a folder of the same name (/sv/utveckling.html next to "
        "/sv/utveckling/…); files are saved under exactly those names; the start page is / (index.html). 30 files: 28 pages, robots.txt and a "
        "STALE sitemap.xml (declared in robots.txt; lists only 14 pages: /, the section and fund pages, the list page 1, Unga till arbete i "
        "Sollefteå, Hälsa och vård, Nyheter, Jobba hos oss, Barn och unga, Kulturutveckling; NOT the other four project pages, page 2, the news or "
        "the tag pages). Header on every page: logo, Lättläst/Teckenspråk (dead), English (/en.html, dead), Lyssna (readspeaker, nofollow), the "
        "search form GET /sv/sok.html, main menu Hälsa och vård, Regional utveckling, Kollektivtrafik (dead), Kultur (dead), Politik och "
        "organisation (dead), Jobba hos oss. Footer: Nyheter, Jobba hos oss, Om webbplatsen/Tillgänglighetsredogörelse/Kakor (dead), 1177 and "
        "social media, 'Logga in' -> /cms/login?redirect=%2Fsv.html (nofollow). Breadcrumbs ol; fund-section pages have a side nav. The REGION "
        "funds the MUNICIPALITIES' projects ('regionala medel för sociala investeringar', 6 Mkr a year, regionala utvecklingsnämnden); each "
        "project page is the region's page about one municipality's project. The fund page is "
        "/sv/utveckling/folkhalsa-och-social-hallbarhet/sociala-investeringar.html (menu Regional utveckling › list › Folkhälsa och social "
        "hållbarhet › 'Se även' box and side nav). HOW EACH PROJECT IS REACHABLE: (1) Unga till arbete i Sollefteå "
        "(…/sociala-investeringar/beviljade-projekt/unga-till-arbete-solleftea.html): ORDINARY CARDS: a whole-<a> card (municipality label, "
        "h3, text) on the list page 'Beviljade projekt' page 1 (side nav and fund-page link), plus the tag page 'Ämne: Social hållbarhet' and the "
        "sitemap. A <dl> fact box 'Fakta' (Projektägare, Samverkan, 'Projekttid januari 2025 – december 2027', 'Regionala medel 2 100 000 "
        "kronor', 'Total budget 4 300 000 kronor'). (2) Tidig upptäckt av psykisk ohälsa hos unga i Örnsköldsvik "
        "(…/beviljade-projekt/tidig-upptackt-ornskoldsvik.html): ORDINARY PAGINATION BY PATH: ONLY a card on page 2 of the list "
        "(…/sociala-investeringar/beviljade-projekt/sida-2.html, linked from page 1's '2' and 'Nästa' rel=next); not in the sitemap. Prose "
        "'pågår från augusti 2024 till juni 2027 … 1 800 000 kronor ur de regionala medlen … Örnsköldsviks kommun med lika mycket'. (3) Samordnad "
        "hälsa för nyanlända i Timrå (/sv/halsa-och-vard/samordnad-halsa-for-nyanlanda-i-timra.html; filed under Hälsa och vård, which does NOT "
        "link it; no topic word in URL or title): ORDINARY NEWS: ONLY the body link in the news 'Regionen och Timrå samordnar hälsoinsatser för "
        "nyanlända' (/sv/nyheter/2025/…; on the start page and /sv/nyheter.html); the decision news names it without a link. Lines 'Projektperiod: "
        "mars 2025 – februari 2027<br>Finansiering: 1 350 000 kronor ur regionala medel för sociala investeringar; Timrå kommun står för lika stor "
        "del.<br>Projektägare…'. (4) Föräldrastöd i Härnösand (/sv/utveckling/barn-och-unga/foraldrastod-harnosand.html; no topic word in URL or "
        "title; the page Barn och unga does NOT link it): ORDINARY TAG PAGE: ONLY the tag page 'Ämne: Föräldraskap' (/sv/amne/foraldraskap.html), "
        "which is linked only from the tag chip of the untopical news 'Föräldraskapsveckan med fokus på tonåren' (on the start page and the news "
        "list) and from the project page itself; the job ad names it without a link; not in the sitemap. Prose 'startade i september 2024 och "
        "pågår till augusti 2026 … 900 000 kronor i regionala medel för sociala investeringar'. (5) Digital fritid i Ånge "
        "(/sv/utveckling/kultur/digital-fritid-ange.html; no topic word in URL or title; Kulturutveckling does NOT link it): HARD: NO <a> anywhere: "
        "ONLY a BARE URL in the plain text of a paragraph 'Mer information om projekten i Ånge: "
        "https://www.rvn.se/sv/utveckling/kultur/digital-fritid-ange.html' in the decision news 'Regionala utvecklingsnämnden beviljar 6,2 miljoner "
        "till sociala investeringar' (news list and tag page 'Social hållbarhet'); not in the sitemap. Bulleted 'Projektet i korthet' with bold "
        "'Period: januari 2026 – december 2027', 'Belopp: 650 000 kronor i regionala medel för sociala investeringar', Projektägare, Samverkan. "
        "TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) disallows /cms/, /files/live/sites/rvn/files/internt/, /sv/sok.html, "
        "/en/sok.html and /*?print=. Links: the search form GET /sv/sok.html on every page; the start page's 'Vanliga sökningar' "
        "/sv/sok.html?q=tandv%C3%A5rd, ?q=lediga+jobb, ?q=f%C3%A4rdtj%C3%A4nst; the footer 'Logga in' /cms/login?redirect=%2Fsv.html on every "
        "page; the decision news links the fund page ONLY as a pasted Jahia EDIT-MODE URL "
        "/cms/edit/default/sv/sites/rvn/home/utveckling/folkhalsa-och-social-hallbarhet/sociala-investeringar.html; the fund page's 'arbetsgruppens "
        "sida (inloggning krävs)' -> /files/live/sites/rvn/files/internt/beredning-sociala-investeringar-2026.pdf (nofollow). NON-PROJECTS: the "
        "fund page (6 Mkr a year, three years, half own share, 14 projects in six municipalities), 'Så ansöker du' (numbered steps, 15 December), "
        "'Kriterier och villkor' (max 2,5 Mkr, 50 %, three years), 'Uppföljning och utvärdering' (a table of projects and tkr per municipality "
        "2021–2025, Mittuniversitetet), the list pages 'Beviljade projekt' page 1 and page 2 (cards), the news 'Utlysning: sök regionala medel för "
        "sociala investeringar 2026' (call), 'Regionala utvecklingsnämnden beviljar 6,2 miljoner till sociala investeringar' (a bulleted list of "
        "four projects with municipality and amount, no links) and 'Välkommen till konferensen Sociala investeringar i Västernorrland' "
        "(conference: time, place, cost), and the job ad 'Utvecklingsledare inom social hållbarhet och sociala investeringar' (names two projects "
        "without links). NEITHER LIST (count either way): the one-project news about Timrå, /, /sv/nyheter.html, /sv/utveckling.html, "
        "/sv/utveckling/folkhalsa-och-social-hallbarhet.html, /sv/utveckling/barn-och-unga.html, /sv/utveckling/kultur.html, "
        "/sv/halsa-och-vard.html, /sv/jobba-hos-oss.html, the tag pages /sv/amne/foraldraskap.html and /sv/amne/social-hallbarhet.html, the "
        "untopical news (Din Tur, Föräldraskapsveckan). Dead links on purpose (404): the topical card …/beviljade-projekt/motesplats-kramfors.html "
        "(a project whose page was never published), page 2's card /sv/utveckling/barn-och-unga/feriepraktik-med-handledning.html, the side nav's "
        "folkhalsopolitiskt-program.html and mansklig-rattigheter.html, /sv/halsa-och-vard/halsa-for-nyanlanda.html and its siblings, "
        "/sv/anmalan/sociala-investeringar-2025.html, /en.html, unsaved menu sections, /files/live/sites/rvn/files/dokument/… documents. External: "
        "a card to www.sundsvall.se, readspeaker, 1177.se, folkhalsomyndigheten.se, regionvasternorrland.varbi.com, social media. Nothing depends on "
        "query strings or HTTP redirects.")
}

TF, TN = t["FUND"], t["NEWS"]
exp[T.H] = {
    "start_url": "https://www.tjorn.se/",
    "project_pages": U(T.H, t["P"]),
    "not_projects": U(T.H, [TF, TF + "ansokan/", TF + "riktlinjer/", TF + "uppfoljning/", t["LIST"], TN[0][0], TN[3][0], t["JOB"]]),
    "must_not_fetch": U(T.H, ["/sok/", "/sok/?q=bygglov", "/sok/?q=f%C3%A4rjan+dyr%C3%B6n", "/sok/?q=lediga+jobb", "/admin/", t["DRAFT"]]),
    "notes": (
        "SMALL municipality (Tjörns kommun, 1419, about 16 000 inhabitants) as a STATIC ELEVENTY 3 site edited in Decap CMS (meta generator "
        "'Eleventy v3.0.0', hashed /assets/css/main.<hash>.css and /assets/js/main.<hash>.js, data-pagefind-body on the article for a Pagefind "
        "search page at /sok/, the Decap editor at /admin/, an Atom feed /nyheter/feed.xml announced in the head but NOT saved (404)). Eleventy "
        "permalinks: every page URL ends in '/' (saved as index.html); links root-relative. Collections give a paginated news list by path "
        "(/nyheter/, /nyheter/sida/2/, /nyheter/sida/3/, 3 items a page, numbered pager with Föregående/Nästa), tag pages /taggar/<tag>/ listing "
        "every page and post with that tag, and an A–Ö index /a-o/ (letters as in-page anchors, letters without entries as <span>). 33 files: 31 "
        "pages, robots.txt, sitemap.xml (declared; lists all 31 pages). Header on every page: logo, Kontakta oss/Other languages/Lättläst (dead), "
        "the search form GET /sok/, main menu Förskola och skola, Omsorg och stöd, Kultur och fritid (dead), Bo och bygga (dead), Näringsliv och "
        "arbete (dead), Kommun och politik. Footer on every page: Nyheter, A–Ö, Jobba hos oss, Om webbplatsen/Tillgänglighetsredogörelse (dead), "
        "social media, 'Redaktörsinloggning' -> /admin/ (nofollow). Fund-section pages have a section nav in the sidebar. The fund page is "
        "/kommun-och-politik/sociala-investeringar/ (menu Kommun och politik › list; A–Ö under S; tag page). HOW EACH PROJECT IS REACHABLE: (1) "
        "Ungdomslots Tjörn (/kommun-och-politik/sociala-investeringar/projekt/ungdomslots-tjorn/): ORDINARY CARDS + TABLE: a whole-<a> card under "
        "'Aktuella projekt' on the fund page, the first cell of the list page's table, and the tag page /taggar/sociala-investeringar/; plus the "
        "sitemap (topical URL). <ul class='facts'> of <li><strong>Label:</strong> value ('Projekttid: augusti 2024 – juli 2027', 'Medel ur fonden: "
        "1 900 000 kronor', Ansvarig, Samverkan, Målgrupp). (2) Mötesplats Kållekärr (…/sociala-investeringar/projekt/motesplats-kallekarr/): "
        "ORDINARY TABLE: ONLY the link in the first cell of the table on 'Projekt som fått medel' (section nav and the fund page's 'Alla projekt som "
        "har fått medel'); the job ad names it without a link; plus the sitemap (topical URL). Prose 'startade i januari 2025 och är ett projekt "
        "till och med december 2026 … 750 000 kronor ur kommunens sociala investeringsfond'. (3) Anhörigcoach för unga anhöriga "
        "(/omsorg-och-stod/anhorigstod/anhorigcoach/; no topic word in URL or title; the service page Anhörigstöd does NOT link it): ORDINARY A–Ö "
        "INDEX: ONLY the entry under A on /a-o/ (linked from the footer of every page and the start page's shortcuts); the list page's table names "
        "it without a link; plus the sitemap (untopical). Prose 'pågår från mars 2025 till februari 2027 … 620 000 kronor ur kommunens sociala "
        "investeringsfond'. (4) Rörelseglädje i förskolan (/forskola-och-skola/forskola/rorelsegladje/; no topic word in URL or title; the Förskola "
        "page does NOT link it): ORDINARY TAG PAGE: ONLY the tag page /taggar/folkhalsa/ ('Taggat med ”Folkhälsa”'), linked only from the tag "
        "chip of the untopical news 'Folkhälsoveckan på Tjörn' (start page and /nyheter/ page 1) and from the project page itself; the table names "
        "it without a link; plus the sitemap (untopical). 'Om satsningen': '840 000 kronor ur Tjörns kommuns fond för sociala investeringar … från "
        "augusti 2025 till och med juni 2028'. (5) Sommarlov för alla (/nyheter/sommarlov-for-alla-sa-blev-de-tre-somrarna/, a NEWS ITEM that is "
        "the project's only page; title 'Sommarlov för alla – så blev de tre somrarna', untopical URL and title): HARDER: ONLY on page 3 of the "
        "news list (/nyheter/sida/3/, reached from page 1's pager '3' or through page 2's 'Nästa'); the list page's table names it without a link "
        "(status Avslutat); plus the sitemap (untopical URL). A FINISHED project: 'pågick från juni 2022 till och med december 2024 och fick "
        "1 200 000 kronor ur fonden', results. TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) disallows /admin/, /sok/, /pagefind/ "
        "and /utkast/. Links: the search form GET /sok/ on every page; the start page's 'Andra söker efter' /sok/?q=bygglov, "
        "/sok/?q=f%C3%A4rjan+dyr%C3%B6n, /sok/?q=lediga+jobb; the footer 'Redaktörsinloggning' /admin/ on every page; the fund page's 'den interna "
        "beredningssidan' -> /utkast/sociala-investeringar-beredning-2026/ (a Decap draft; not saved). NON-PROJECTS: the fund page (since 2020, 8 "
        "Mkr; cards: one live, one dead), 'Ansökan' (steps, 30 November), 'Riktlinjer för sociala investeringar' (three years, 2 Mkr, a quarter own "
        "time), 'Uppföljning' (a table of fund capital and grants 2023–2025), the list page 'Projekt som fått medel' (a table of six projects with "
        "sector, period, amount and status, three linked: two saved, one dead), the news 'Nu kan du söka medel ur den sociala investeringsfonden' "
        "(call, 3 Mkr) and 'Fonden för sociala investeringar förlängs till 2028', and the job ad 'Processledare för sociala investeringar och "
        "folkhälsa' (names two projects without links). NEITHER LIST (count either way): /, /nyheter/, /nyheter/sida/2/, /nyheter/sida/3/, /a-o/, "
        "/taggar/folkhalsa/, /taggar/sociala-investeringar/, /kommun-och-politik/, /omsorg-och-stod/, /omsorg-och-stod/anhorigstod/, "
        "/forskola-och-skola/, /forskola-och-skola/forskola/, /jobba-hos-oss/, the five untopical news (road works, ferry, bathing water, new "
        "kommundirektör, Folkhälsoveckan). Dead links on purpose (404): the topical card and table link …/projekt/laxhjalp-skarhamn/ (a finished "
        "project's removed page), /nyheter/feed.xml, /kommun-och-politik/folkhalsa/ and other unsaved pages in the A–Ö and lists, unsaved menu "
        "sections, /assets/dokument/… files. External: offentligajobb.se, social media. Nothing depends on query strings or HTTP redirects.")
}

with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
    f.write("\n")
print({h: (len(v["project_pages"]), len(v["not_projects"]), len(v["must_not_fetch"])) for h, v in exp.items()})
