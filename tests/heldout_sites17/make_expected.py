"""Writes expected.json for heldout_sites17."""
import json
import os

import make_site_stockholm as S
import make_site_gotland as G
import make_site_lidkoping as L

HERE = os.path.dirname(os.path.abspath(__file__))

su = lambda p: "https://start.stockholm" + p
gu = lambda p: "https://www.samordningsforbundetgotland.se" + p
lu = lambda p: "https://www.lidkoping.se" + p

exp = {}

exp["start.stockholm"] = {
    "start_url": "https://start.stockholm/",
    "project_pages": [su(S.P1), su(S.P2), su(S.P3), su(S.P4), su(S.P5)],
    "not_projects": [su(S.SI + "/"), su(S.SI + "/sa-ansoker-du/"), su(S.SI + "/regler-och-kriterier/"),
                     su(S.SI + "/uppfoljning-och-utvardering/"), su(S.PAG + "/"), su(S.AVS + "/"),
                     su(S.n_call), su(S.n_dec), su(S.JOB)],
    "must_not_fetch": [su("/sok/"), su("/sok/?q=sommarjobb"), su("/sok/?q=skolval"), su("/sok/?q=bygglov"),
                       su("/mina-sidor/"), su(S.P1 + "?utskrift=1"),
                       su("/api/preview?secret=4d1f0c&slug=" + S.SI + "/")],
    "notes": (
        "BIG CITY DISTRICT: Järva stadsdelsförvaltning (Stockholms stad, 0180; Akalla, Husby, Kista, Rinkeby, Tensta, Hjulsta) "
        "as its own pages INSIDE the city's site start.stockholm (no www), in the markup of a REMIX (React) front end on a "
        "SANITY headless CMS: /build/_assets/*.css and /build/*.js with hashes (modulepreload; not saved, 404), Tailwind-ish "
        "classes, and at the end of every page an inline 'window.__remixContext = {…}' whose state.loaderData['routes/$'].page "
        "holds title, slug, _updatedAt and breadcrumbs (and on the list page the full list of investments, see 5). All page "
        "URLs end in '/' (saved as index.html); links root-relative. 28 files: 26 pages, robots.txt and a PARTIAL sitemap.xml "
        "(declared in robots.txt; lists 17 pages: the city/district/fund pages, both list pages, projects 1 and 2, the "
        "verksamhetsberättelse, the district news list and job list; NOT projects 3, 4, 5, nor the news or the job ad). Header on "
        "every page: logo, Lättläst/Other languages (dead), 'Mina sidor' (/mina-sidor/, nofollow, forbidden), search form GET "
        "/sok/, main menu Förskola och skola, Omsorg stöd och hälsa, Uppleva och göra, Bo bygga och miljö (all dead), Om "
        "Stockholms stad. Breadcrumbs 'Startsida / Om Stockholms stad / Stadsdelsnämnder / Järva / …'. Footer: Kontaktcenter, "
        "Om webbplatsen (dead), Jobba i Stockholms stad (dead), 'Lediga jobb i Järva', social media. Pages of the district have "
        "a left SIDE NAV (Om förvaltningen, Verksamhet i Järva, Sociala investeringar i Järva [expands to Så ansöker du, Regler "
        "och kriterier, Pågående investeringar, Avslutade investeringar, Uppföljning och utvärdering only inside that branch], "
        "Verksamhetsberättelse 2024, Nyheter från Järva, Lediga jobb i Järva). Path to the fund: start page 'Hitta din "
        "stadsdelsförvaltning' or menu Om Stockholms stad › Stadsdelsnämnder › Järva stadsdelsförvaltning › puff/side nav "
        "'Sociala investeringar i Järva' (/om-stockholms-stad/stadsdelsnamnder/jarva/sociala-investeringar/). The district "
        "calls them 'sociala investeringar'/'investeringar' funded by 'stadsdelsnämndens medel för sociala investeringar'. "
        "HOW EACH PROJECT IS REACHABLE: (1) Språkstart i Rinkeby (…/sociala-investeringar/pagaende-investeringar/sprakstart-rinkeby/): "
        "ORDINARY CARDS: a whole-<a> card (area label, h2, text) on 'Pågående investeringar' (side nav and fund-page body link), "
        "plus a body link in the list on 'Verksamhetsberättelse 2024 i korthet' and the sitemap. Facts in an <aside "
        "class='factbox'> 'Kort om investeringen' of <li><span>Label</span> <span>value</span> without colons (Tid augusti "
        "2024 – juli 2027; Beviljat 3 600 000 kronor ur stadsdelsnämndens medel för sociala investeringar; Ansvarig; Samverkan; "
        "Målgrupp). Has a forbidden 'Skriv ut' link ?utskrift=1. (2) Föräldranätverk i Husby (…/avslutade-investeringar/"
        "foraldranatverk-husby/): ORDINARY 'PÅGÅENDE/AVSLUTADE' SPLIT: ONLY the first cell of the table on 'Avslutade "
        "investeringar' (side nav and fund-page body link), plus the sitemap. FINISHED: 'pågick från september 2021 till juni "
        "2024 … totalt 2 100 000 kronor', results. (3) Kvällsöppet i Akalla (/om-stockholms-stad/stadsdelsnamnder/jarva/"
        "verksamhet/kvallsoppet-akalla/; no topic word in URL or title; the section page 'Verksamhet i Järva' does NOT link it): "
        "ORDINARY NEWS: ONLY the body link 'Läs mer om Kvällsöppet i Akalla' in the one-project news 'Kvällsöppet i Akalla "
        "lockar hundratals unga' (on the city start page's news cards, the district page and the district news list). Prose "
        "under 'Tid och finansiering': 'startade i mars 2025 och finansieras till och med februari 2027 med 1 800 000 kronor "
        "ur stadsdelsnämndens medel för sociala investeringar'. (4) Hälsoguider i Kista (…/jarva/verksamhet/halsoguider-i-kista/; "
        "no topic word in URL or title): ORDINARY ANNUAL REPORT PAGE: ONLY the body link in the bulleted list under 'Sociala "
        "investeringar' on 'Verksamhetsberättelse 2024 i korthet' (/…/jarva/verksamhetsberattelse-2024/; side nav on every "
        "district page, district-page puff, 'Om förvaltningen' body link); on the Pågående list page its card is shown WITHOUT "
        "a link (a <div>, and href null in the JSON); the job ad names it without a link. Labelled <strong>Projekttid:</strong> "
        "oktober 2024 – september 2026<br/><strong>Budget:</strong> 2 400 000 kronor, varav 1 900 000 ur stadsdelsnämndens "
        "medel … och 500 000 från Region Stockholm. (5) Läxhjälp på Tensta bibliotek (…/pagaende-investeringar/"
        "laxhjalp-pa-tensta-bibliotek/): HARD: NOT in the rendered HTML anywhere: the Pågående list renders 3 cards and a "
        "'Visa fler (1)' <button> with no address; the 4th card exists ONLY in that page's inline window.__remixContext JSON "
        "(state.loaderData['routes/$'].page.investments[3].href = the path, beside pageSize 3); not in the sitemap. Prose "
        "'1 250 000 kronor … startade i januari 2025 och pågår till och med december 2026'. TRAPS (must_not_fetch): robots.txt "
        "(one group, Sitemap line) disallows /sok/, /api/, /studio/, /mina-sidor/ and /*?utskrift=. Links: search form GET "
        "/sok/ on every page; the start page's 'Andra söker efter' /sok/?q=sommarjobb, ?q=skolval, ?q=bygglov; header 'Mina "
        "sidor' on every page; Språkstart's 'Skriv ut' …/sprakstart-rinkeby/?utskrift=1 (nofollow); the decision news links the "
        "fund page ONLY through a pasted Sanity preview URL /api/preview?secret=4d1f0c&slug=/om-stockholms-stad/…/"
        "sociala-investeringar/ (&amp; in the HTML). NON-PROJECTS: the fund page (since 2021, 9 Mkr for 2025, 14 investments, "
        "31,5 Mkr), 'Så ansöker du' (numbered steps, 30 September), 'Regler och kriterier' (3 years, 4 Mkr, 20 % own share), "
        "'Uppföljning och utvärdering' (a table of counts and kronor per year 2021–2025, Stockholms universitet), the list "
        "pages 'Pågående investeringar' (cards, one linked card dead, one without link) and 'Avslutade investeringar' (a table "
        "of three with area, period, amount in mnkr, only the first linked), the news 'Nu kan verksamheterna söka medel för "
        "sociala investeringar' (call) and 'Stadsdelsnämnden beviljar nio miljoner till sociala investeringar' (a bulleted list "
        "of three new investments with amounts, no links), and the job ad 'Utvecklingsledare med inriktning sociala "
        "investeringar' (names two projects without links). NEITHER LIST (count either way): the one-project news about "
        "Kvällsöppet, 'Verksamhetsberättelse 2024 i korthet' (a list of three investments with amounts and a budget table), /, "
        "/om-stockholms-stad/, …/stadsdelsnamnder/, …/jarva/, …/om-forvaltningen/, …/verksamhet/, …/nyheter/, …/lediga-jobb/, "
        "the two untopical news (lekplats, torgdag). Dead links on purpose (404): the topical card …/pagaende-investeringar/"
        "digitala-vagar-for-seniorer/ (never published), the other 11 district pages, the Verksamhet sub-pages, /nyheter/ and "
        "a city news item, menu sections, /om-webbplatsen/…, two job ads, /build/… assets. External: insynsverige.se, "
        "stockholm.se/ledigajobb, readspeaker, social media. Nothing depends on query strings or HTTP redirects."),
}

exp["www.samordningsforbundetgotland.se"] = {
    "start_url": "https://www.samordningsforbundetgotland.se/",
    "project_pages": [gu(G.I1), gu(G.I2), gu(G.I3), gu(G.I4), gu(G.I5)],
    "not_projects": [gu("/insatser/"), gu("/soka-medel/"), gu("/riktlinjer-for-insatser/"),
                     gu("/uppfoljning-och-utvardering/"), gu(G.P_CALL), gu(G.P_DEC), gu(G.P_NB), gu(G.P_JOB),
                     gu(G.P_CONF)],
    "must_not_fetch": [gu("/ghost/"), gu("/p/6a2f0d94-1c7b-4e55-9b0a-3e8c5d71f2ab/"),
                       gu("/email/7c1e9a30-55b2-4f0e-8d4c-2b9e6a1f0c33/"),
                       gu("/r/4b8e2f1a?m=9d3c7e21-0a6f-4c1b-8e55-71f0b2a9d4c6"),
                       gu("/r/a19c5d07?m=9d3c7e21-0a6f-4c1b-8e55-71f0b2a9d4c6"),
                       gu("/webmentions/receive/")],
    "notes": (
        "SAMORDNINGSFÖRBUND (Samordningsförbundet Gotland: Region Gotland 0980, Försäkringskassan, Arbetsförmedlingen; Finsam) "
        "on its own small site on GHOST 5 with the CASPER theme and custom routes (meta generator 'Ghost 5.96', gh-head/"
        "gh-head-menu header, gh-content gh-canvas, kg-* Koenig cards, portal and sodo-search scripts from cdn.jsdelivr.net, "
        "data-portal='signup' and '#/portal/signup' links, <link rel='webmention' href='/webmentions/receive/'>, ALL internal "
        "links ABSOLUTE https://www.samordningsforbundetgotland.se/…). Ghost PAGES are FLAT slugs (/steget-vidare/, "
        "/ips-gotland/ …: no parent path, no topic word); POSTS live under /nyheter/<slug>/ (routes.yaml collection), with "
        "tag pages /tag/<slug>/ and author pages /author/<slug>/ (not saved). Every URL ends in '/' (saved as index.html). "
        "Casper's infinite scroll: the news list /nyheter/ (3 posts a page) has NO visible pager; pages 2 and 3 "
        "(/nyheter/page/2/, /nyheter/page/3/) are linked ONLY by <link rel='next'>/<link rel='prev'> in the head; the same for "
        "/tag/insatser/ → /tag/insatser/page/2/. A custom breadcrumb 'Hem / …' (nav.gh-breadcrumbs) on pages and posts. "
        "Sitemap: Ghost's sitemap INDEX /sitemap.xml (with an xml-stylesheet /sitemap.xsl, not saved) → /sitemap-pages.xml "
        "(all 13 pages, incl. the four insats pages), /sitemap-posts.xml (all 8 posts, incl. Kompassen), /sitemap-tags.xml "
        "(tag URLs, only /tag/insatser/ saved), /sitemap-authors.xml (not saved, 404). 31 files: 26 pages, robots.txt and 4 "
        "sitemap files. Header on every page: logo, search button (JS), nav Hem, Om förbundet, Insatser, Söka medel, Nyheter, "
        "Kontakt, 'Prenumerera på nyhetsbrevet' (portal fragment). Footer on every page: Riktlinjer för insatser, Uppföljning "
        "och utvärdering, Årsredovisning 2024, Integritetspolicy, 'Logga in' → /ghost/ (nofollow, forbidden), Powered by "
        "Ghost. The förbund calls projects 'insatser'; its money is 'medel' from the förbund, never 'sociala investeringar'. "
        "HOW EACH INSATS IS REACHABLE: (1) Steget vidare (/steget-vidare/): ORDINARY CARDS: a Ghost BOOKMARK CARD "
        "(figure.kg-bookmark-card > a.kg-bookmark-container, title and description in divs) under 'Pågående insatser' on "
        "/insatser/ (menu) and under 'Aktuella insatser' on the start page; also a body link in the list on 'Årsredovisning "
        "2024'; sitemap-pages. Bulleted '<h3>Fakta</h3>' with 'Period: 1 januari 2024 – 31 december 2026', 'Finansiering: "
        "2 200 000 kronor från samordningsförbundet för hela perioden', Insatsägare, Samverkan, 'Antal platser: 25'. (2) IPS "
        "Gotland (/ips-gotland/): ORDINARY NEWS + TAG PAGE: ONLY the body link 'Läs mer om insatsen IPS Gotland' in the "
        "one-insats post 'Fler får stöd till jobb med IPS' (/nyheter/fler-far-stod-till-jobb-med-ips/), which is listed on "
        "/tag/insatser/ page 1 (linked from the 'Taggar:' line under the page-1 posts 'Nu kan ni söka medel…' and "
        "'Styrelsen beviljade…', and from the primary-tag chip of the IPS post itself) and on /nyheter/page/2/ (rel=next only); the annual report names it without a link; sitemap-pages. Prose "
        "'startade i september 2023 och pågår till och med augusti 2026 … 690 000 kronor per år, totalt 2 070 000 kronor'. "
        "(3) Unga vuxna i centrum (/unga-vuxna-i-centrum/): ORDINARY ANNUAL REPORT: ONLY the body link in the list 'Insatser "
        "som finansierades under 2024' on the page 'Årsredovisning 2024' (footer of every page, body link on Om förbundet); "
        "sitemap-pages. Labels in <em> without colons: '<em>Period</em> 2023–2025<br><em>Beviljade medel</em> 820 000 kronor "
        "per år, sammanlagt 2 460 000 kronor<br>…'. (4) Samverkansteam Hemse (/samverkansteam-hemse/): ORDINARY "
        "'PÅGÅENDE/AVSLUTADE' SPLIT in a closed Ghost TOGGLE CARD (div.kg-toggle-card data-kg-toggle-state='close', the link "
        "list in div.kg-toggle-content, present in the HTML but hidden by CSS) under 'Avslutade insatser' on /insatser/; the "
        "annual report names it without a link; sitemap-pages. FINISHED: 'pågick från augusti 2021 till december 2024 … "
        "totalt 1 640 000 kronor', results. (5) Kompassen – vägledning för unga vuxna (/nyheter/kompassen-vagledning-for-"
        "unga-vuxna/, a POST that is the insats's only page): HARDER: ONLY on /nyheter/page/3/ and /tag/insatser/page/2/, both "
        "reachable ONLY through the rel='next' chain in the head (no visible pager, no link text); the annual report names it "
        "without a link; sitemap-posts (untopical URL). Headings Syfte/Så fungerar det/Finansiering: 'startade i mars 2024 och "
        "pågår till och med februari 2026', 'finansierar Kompassen med 1 150 000 kronor för hela perioden'. TRAPS "
        "(must_not_fetch): robots.txt is Ghost's default (/ghost/, /email/, /members/api/comments/counts/, /r/, "
        "/webmentions/receive/) plus the theme's /p/ (draft previews). Links: 'Logga in' /ghost/ in the footer of every page; "
        "the decision post links an unpublished DRAFT PREVIEW /p/6a2f0d94-…/; the newsletter post 'Nyhetsbrev oktober 2025' "
        "links 'Visa nyhetsbrevet i webbläsaren' /email/7c1e9a30-…/ and two newsletter CLICK-TRACKING redirects /r/4b8e2f1a?m=… "
        "and /r/a19c5d07?m=…; the head's rel=webmention /webmentions/receive/ on every page. NON-PROJECTS: /insatser/ (the "
        "list; names two coming insatser), 'Söka medel' (steps, 15 December, kg-button-card to a .docx, dead), 'Riktlinjer för "
        "insatser' (three years, SUS), 'Uppföljning och utvärdering' (a table of insatser, participants and outcomes per year "
        "2022–2024), the posts 'Nu kan ni söka medel för insatser 2026' (call, 2,2 Mkr), 'Styrelsen beviljade tre nya insatser' "
        "(a bulleted list of three new insatser with bold names, owners and amounts, no links), 'Nyhetsbrev oktober 2025', "
        "'Vi söker en processledare' (job ad; names two insatser without links) and 'Välkommen till Finsamdagen i Visby' "
        "(conference: Tid/Plats/Kostnad). NEITHER LIST (count either way): the one-insats post 'Fler får stöd till jobb med "
        "IPS', 'Årsredovisning 2024' (a list of five insatser with amounts), /, /om-forbundet/ (budget 4,8 Mkr), /kontakt/, "
        "/integritetspolicy/, /nyheter/, /nyheter/page/2/, /nyheter/page/3/, /tag/insatser/, /tag/insatser/page/2/, the post "
        "'Förbundet har en ny förbundschef'. Dead links on purpose (404): the topical link /aktivitetshuset-klinte/ in the "
        "toggle card (a removed page), the other tag pages (/tag/nyheter/, /tag/arbete-och-studier/ …), /author/…, "
        "/nyheter/rss/, /sitemap-authors.xml, /content/files/… documents, /assets/built/… and /public/… theme files. External: "
        "ghost.org, cdn.jsdelivr.net. Nothing depends on query strings or HTTP redirects."),
}

exp["www.lidkoping.se"] = {
    "start_url": "https://www.lidkoping.se/",
    "project_pages": [lu(L.L1), lu(L.L4), lu(L.L2), lu(L.L3), lu(L.L5)],
    "not_projects": [lu(L.SF + ".html"), lu(L.SF + "/ansok-om-medel.html"), lu(L.SF + "/regler-for-fonden.html"),
                     lu(L.SF + "/utvardering-och-resultat.html"), lu(L.BV + ".html"), lu(L.N25c), lu(L.N25d),
                     lu(L.N24s), lu(L.JOB)],
    "must_not_fetch": [lu("/sok.html"), lu("/sok.html?query=matsedel"), lu("/sok.html?query=bygglov"),
                       lu("/sok.html?query=soph%C3%A4mtning"), lu("/cms/"),
                       lu("/site/_cmsinternal/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden.html"),
                       lu(L.BV + ".html?_hn:type=resource&_hn:ref=r46_r1_r2&_hn:rid=alla"),
                       lu("/binaries/content/assets/internt/beredning-sociala-investeringar-2026.pdf")],
    "notes": (
        "MEDIUM municipality (Lidköpings kommun, 1494, about 40 000 inhabitants) on BLOOMREACH EXPERIENCE MANAGER (Hippo CMS "
        "with the HST delivery tier): theme files under /webfiles/<timestamp>/… (not saved), documents under "
        "/binaries/content/assets/…, the editor at /cms/, the preview context /site/_cmsinternal/…, HST component resource "
        "URLs '?_hn:type=resource&_hn:ref=…&_hn:rid=…', body class hst-page. HST sitemap with a '.HTML' SUFFIX: a page is "
        "/<path>.html and its children live in a folder of the same name (/kommun-och-politik.html next to "
        "/kommun-och-politik/…); files are saved under exactly those names; the start page is / (index.html). 32 files: 30 "
        "pages, robots.txt and sitemap.xml (declared; lists all 30 pages, project pages included). Header on every page: "
        "logo, A–Ö (/a-o.html), Kontakta oss/Other languages/Lättläst (dead), search form GET /sok.html, main menu Utbildning "
        "och förskola, Omsorg och stöd, Uppleva och göra, Bygga bo och miljö, Näringsliv och arbete, Kommun och politik "
        "(Utbildning, Bygga and Näringsliv dead). Breadcrumbs 'Start / …'. Footer: Nyheter, A–Ö, Lediga jobb, Om webbplatsen "
        "(dead), social media, 'Logga in' → /cms/ (nofollow). Section pages have a left SUBNAV tree that expands only the "
        "current branch. The fund page is /kommun-och-politik/social-hallbarhet/sociala-investeringsfonden.html (menu Kommun "
        "och politik › list/side nav Social hållbarhet › body link and side nav; A–Ö under S). HOW EACH PROJECT IS REACHABLE: "
        "(1) Tidiga insatser i förskolan Margretelund (…/sociala-investeringsfonden/beviljade-investeringar/tidiga-insatser-"
        "margretelund.html): ORDINARY TABLE: the link in the first cell of the 'Beviljade 2024' table on 'Beviljade "
        "investeringar' (side nav and fund-page list), plus the side nav on pages of the Beviljade branch and the sitemap. A "
        "'Fakta' <dl> (Projektperiod 1 augusti 2024 – 31 juli 2026; Beviljat ur fonden 1 950 000 kronor; Egen insats 650 000 "
        "kronor i arbetstid; Ansvarig; Samverkan). (2) Mentorskap på De la Gardiegymnasiet (…/beviljade-investeringar/"
        "mentorskap-de-la-gardiegymnasiet.html): ORDINARY SUB-NAVIGATION: ONLY the side nav, which shows it as a child of "
        "'Beviljade investeringar' on the Beviljade page and its children (the table's 'Beviljade 2025' row names it WITHOUT "
        "a link); plus the sitemap. Prose 'pågår från augusti 2025 till juni 2027 … 1 600 000 kronor ur sociala "
        "investeringsfonden', two mentorsamordnare på halvtid. (3) Familjeteam Guldvingen (/omsorg-och-stod/barn-och-familj/"
        "familjeteam-guldvingen.html; no topic word in URL or title; the Barn och familj page does NOT link it, its side nav "
        "does not list it): ORDINARY A–Ö INDEX: ONLY the entry under F on /a-o.html (header and footer of every page, start "
        "page shortcut); the Beviljade table and the job ad name it without a link; plus the sitemap (untopical URL). "
        "'<strong>Period:</strong> januari 2025 – december 2027<br><strong>Medel ur sociala investeringsfonden:</strong> "
        "2 450 000 kronor<br>…'. (4) Mötesplats Järpås (/uppleva-och-gora/fritidsgardar/motesplats-jarpas.html; untopical "
        "URL): ORDINARY 'SE ÄVEN' BOX: ONLY the related-links box 'Se även' (section.related) on the untopical service page "
        "'Fritidsgårdar' (menu Uppleva och göra › list/side nav); the Beviljade table and the job ad name it without a link; "
        "plus the sitemap (untopical). 'Om satsningen': '900 000 kronor ur sociala investeringsfonden för perioden september "
        "2024 – augusti 2026'. (5) Läsa för livet (/utbildning-och-forskola/grundskola/lasa-for-livet.html; no topic word in "
        "URL or title; its section pages are dead): HARDER: ONLY the body link in the untopical 2023 news item 'Fler elever "
        "läste i sommar' (/nyheter/2023/fler-elever-laste-i-sommar.html), which is listed only on the YEAR ARCHIVE "
        "/nyheter/arkiv/2023.html (linked from the 'Arkiv' box on /nyheter.html and the other archive pages); plus the "
        "sitemap (untopical URL). Prose 'startade i augusti 2023 som en investering ur kommunens sociala investeringsfond och "
        "pågår till och med juni 2026 … 1 200 000 kronor'. TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) "
        "disallows /cms/, /site/, /_cmsinternal/, /sok.html, /*?_hn: and /binaries/content/assets/internt/. Links: search "
        "form GET /sok.html on every page; the start page's 'Populära sökningar' /sok.html?query=matsedel, ?query=bygglov, "
        "?query=soph%C3%A4mtning; footer 'Logga in' /cms/ on every page; the decision news links the fund page ONLY as a pasted "
        "PREVIEW URL /site/_cmsinternal/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden.html; the Beviljade "
        "page's button 'Visa alla investeringar sedan 2019' is an HST resource URL …/beviljade-investeringar.html?_hn:type="
        "resource&_hn:ref=r46_r1_r2&_hn:rid=alla (&amp; in the HTML); the fund page's 'intranätet' → /binaries/content/assets/"
        "internt/beredning-sociala-investeringar-2026.pdf (nofollow). NON-PROJECTS: the fund page (since 2019, 15 Mkr, half "
        "repaid, 11,3 Mkr capital), 'Ansök om medel' (15 March and 15 September), 'Regler för fonden' (a numbered list: 3 Mkr, "
        "three years, 25 %), 'Utvärdering och resultat' (a table of three finished investments with amounts repaid, Högskolan "
        "Väst), 'Beviljade investeringar' (two tables by year with Förvaltning, Period, Belopp; two rows linked, one dead), the "
        "news 'Nu kan förvaltningarna söka ur sociala investeringsfonden' (call, 6,2 Mkr), 'Kommunfullmäktige fyller på "
        "sociala investeringsfonden' (5 Mkr) and 'Välkommen till seminarium om sociala investeringar' (seminar: Tid/Plats/"
        "Medverkande), and the job ad 'Utredare med inriktning sociala investeringar' (names two projects without links). "
        "NEITHER LIST (count either way): the 2023 news 'Fler elever läste i sommar' (links project 5), /, "
        "/kommun-och-politik.html, …/social-hallbarhet.html, /omsorg-och-stod.html, …/barn-och-familj.html, "
        "/uppleva-och-gora.html, …/fritidsgardar.html, /nyheter.html, /nyheter/arkiv/2024.html, /nyheter/arkiv/2023.html, "
        "/a-o.html, /jobba-hos-oss/lediga-jobb.html, the four untopical news (cykelparkeringar, isbanan, ny rektor). Dead "
        "links on purpose (404): the topical table link …/beviljade-investeringar/sommarskola-for-nyanlanda.html (never "
        "published), /nyheter/arkiv/2022.html, …/social-hallbarhet/folkhalsa.html, the Utbildning/Bygga/Näringsliv sections, "
        "sub-pages of Omsorg and Uppleva, /jobba-hos-oss.html, a job ad, /webfiles/… theme files. External: skr.se, "
        "lidkoping.varbi.com, readspeaker, social media. Nothing depends on query strings or HTTP redirects."),
}

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("expected.json written")
