"""Build the three saved sites of heldout_sites29 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by robots.txt; every
must_not_fetch URL is on the site's own host, forbidden by its robots.txt (Google's matching: longest rule wins, '*'
and '$') and linked or announced by some saved page (href, src, action or a data-* attribute); every project page can
be reached from the start URL by following <a>/<area>/<frame>/<iframe> links (not rel=nofollow) that robots.txt allows
and that stay on the host (the depth is printed); no site is over 2 MB."""
import json
import os
import re
import shutil
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import make_site_finsam as F
import make_site_skane as S
import make_site_vaxjo as V
from make_common import ROOT, _target


def u(host, p):
    return f'https://{host}{p}'


NOTES_VAXJO = (
    "LARGE municipality (Växjö kommun, 0780, about 97 000 inhabitants; Växjö, Araby, Dalbo, Teleborg, Lammhult, Braås, "
    "Rottne, Ingelstad) on SITEVISION 2025 with '.html' ADDRESSES (every page <parent path>/<name>.html, its children under "
    "<parent path>/<name>/…; root-relative links; sv-layout/sv-portlet/env-* markup, svid ids, sv.PageContext, Envision "
    "cards, a cookie banner [hidden], Lyssna via ReadSpeaker). 41 files: 38 HTML pages, robots.txt, sitemap.xml and the "
    "menu's JSON file. THE MAIN MENU IS BUILT BY JAVASCRIPT: on every page the header's <nav id='huvudmeny'> holds an EMPTY "
    "<ul data-menu-root> and data-menu-src='/webapp-files/vaxjo-navigation/2.4.0/meny.json'; an inline script fetches the "
    "JSON (six first-level items with their second-level children: {id, title, url, hidden, children}) and renders it; the "
    "SAME LINKS are in a <noscript> block inside the <nav>. The JSON file is saved and allowed. The content pages also link "
    "onwards (section pages of cards), but the way from the start page into 'Kommun och politik' and 'Social hållbarhet' "
    "goes through the menu (the start page's own content links only Förskola, Lediga jobb, Evenemang, Kontakt and news). "
    "THE FUND: Kommun och politik › Social hållbarhet › Sociala investeringar (/kommun-och-politik/social-hallbarhet/"
    "sociala-investeringar.html), side menu with its four children. THE LIST 'Beviljade investeringar' (…/sociala-"
    "investeringar/beviljade-investeringar.html) shows TWO CARDS A PAGE, newest first, and its further pages are REAL "
    "PAGES WITH PATHS: …/beviljade-investeringar/sida-2.html and …/sida-3.html (noindex, follow; not in the sitemap; not "
    "in any menu), linked by a numbered pager (1 2 3), 'Föregående'/'Nästa' (rel=prev/next) and <link rel=prev/next> in "
    "the head. Page 1: V2 Närvarolyftet, V1 Språkglädje i förskolan – Araby; page 2: V4 Seniorkraft Lammhult, V3 "
    "Jobbstegen; page 3: V5 Föräldrakraft Dalbo and the standing service Fritidsledare i skolan. The list's 'Visa fler' "
    "button is an /appresource/ address (forbidden) and its filter chips are ?status=/?omrade= query links (forbidden, "
    "nofollow): neither leads anywhere the pager does not. THE PROJECT PAGES ARE IN NO SITEMAP ('Exkludera från sitemap'). "
    "Projects: (V1) Språkglädje i förskolan – Araby (…/beviljade-investeringar/sprakgladje-i-forskolan-araby.html; a fact "
    "box <dl> 'Fakta om investeringen': augusti 2024 – juni 2027, 2 900 000 kronor ur fonden, Förvaltningen för utbildning, "
    "Kultur- och fritidsförvaltningen and Region Kronoberg, barn 1–5 år, 2,5 tjänster, Pågående; also linked from the job "
    "ad); (V2) Närvarolyftet (/forskola-och-skola/grundskola/elevhalsa/narvarolyftet.html, an address with neither the "
    "fund's nor a project's word; 'är ett treårigt projekt', a th/td table with caption 'Närvarolyftet i korthet': januari "
    "2025 – december 2027, 3 400 000 kronor, årskurs 4–9, 4 tjänster; also linked from the Elevhälsa page and a news "
    "item); (V3) Jobbstegen (…/beviljade-investeringar/jobbstegen.html; 'Kort om Jobbstegen' <strong>Label:</strong> list: "
    "1 september 2024 – 31 augusti 2026, 1 950 000 kronor varav 1 450 000 ur fonden och 500 000 från Samordningsförbundet i "
    "Kronobergs län, 18–29 år; ONLY on list page 2); (V4) Seniorkraft Lammhult (/omsorg-och-stod/aldreomsorg/traffpunkter/"
    "seniorkraft-lammhult.html, again an untopical address; prose only: 'är en satsning', 'pågår i två år, från april 2025 "
    "till mars 2027, och har fått 1,1 miljoner kronor ur kommunens fond för sociala investeringar', 70 år eller äldre; ONLY "
    "on list page 2: the Träffpunkter page does not link it); (V5) Föräldrakraft Dalbo (…/beviljade-investeringar/"
    "foraldrakraft-dalbo.html; 'Projektet är avslutat', augusti 2021 – juni 2024, 1 600 000 kronor, results; ONLY on list "
    "page 3). ROUTES: / → (menu, <noscript> or JSON) Social hållbarhet (1) → Sociala investeringar (2) → Beviljade "
    "investeringar (3) → sida-2 / sida-3 (4) → V3, V4 / V5 (5); V1 and V2 at 4 from page 1; V2 also / → Grundskola (1) → "
    "Elevhälsa (2) → V2 (3). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 1', Sitemap line) disallows "
    "/sitevision/, /edit, /edit-offline, /appresource/, /rest-api/, /sok.html, the calendar, /*?status=, /*?omrade= and "
    "/*?print=. Listed: the search page and the start page's 'Vanliga sökningar' /sok.html?query=bygglov|skolskjuts|"
    "sophamtning; the search field's data-autocomplete-url /rest-api/vx-sok/1/autocomplete (an announced JSON address on "
    "every page, next to the allowed menu JSON); the call news links the rules ONLY as a pasted Sitevision EDIT URL "
    "/edit/4.<node id>; the list's 'Visa fler' /appresource/4.…/12.…/lista?sida=2&antal=2; the four filter chips "
    "…/beviljade-investeringar.html?status=pagaende|avslutade and ?omrade=barn-och-unga|vuxna-och-aldre (nofollow, on all "
    "three list pages); Evenemang's 'Visa kalendern' …/kalender.html and the day ?datum=2026-02-12 (nofollow); 'Skriv ut' "
    "<page>?print=1 (nofollow) on the fund page, V1, V3 and V5. NON-PROJECTS (9): the fund page 'Sociala investeringar' "
    "('Vad är en social investering?', 'Så fungerar fonden', 'Fonden i siffror'), 'Så ansöker du' (questions as headings, "
    "steps, max 3 500 000 kronor), 'Riktlinjer för sociala investeringar' (numbered 'Insatsen ska …', KF § 145 and § 88), "
    "'Uppföljning och utvärdering' (Linnéuniversitetet's evaluation 2018–2024: a table of counts and sums, 'De viktigaste "
    "resultaten', 'Lärdomar', a dead pdf), the call news 'Nu kan förvaltningarna söka ur fonden …' (8 miljoner kronor), the "
    "FUND NEWS 'Kommunfullmäktige fyller på fonden med tio miljoner kronor', the EVENT 'Seminarium: Sociala investeringar i "
    "Växjö – vad har vi lärt oss?' (Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names two "
    "projects), the JOB AD 'Specialpedagog till Språkglädje i förskolan' (links V1; Anställningsform, Omfattning, "
    "Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Fritidsledare i skolan' (ON THE PROJECT LIST'S PAGE 3 among "
    "the projects, with a period badge 2020–2023: 'startade 2020 som ett projekt med pengar ur kommunens fond för sociala "
    "investeringar. Sedan augusti 2023 är fritidsledarna en del av förvaltningen för utbildnings ordinarie verksamhet'). "
    "NEITHER LIST (count either way): the three list pages, the news 'Närvarolyftet har mött 120 elever' (one project's "
    "news, links V2), /, the section pages (Kommun och politik, Social hållbarhet, Förskola och skola, Grundskola, "
    "Elevhälsa, Omsorg och stöd, Barn och familj, Äldreomsorg, Träffpunkter, Uppleva och göra, Evenemang, Lediga jobb, "
    "Nyheter), the untopical news (snöröjning, bibliotek), the furniture (Kontakt, Om webbplatsen, Kakor, "
    "Tillgänglighetsredogörelse) and the menu JSON. Dead links on purpose (404): most second-level menu pages (förskola, "
    "gymnasieskola, bygglov, ekonomi, politik …), /lattlast.html, /other-languages.html, the strategy and trygghet pages, "
    "/download/… files, /images/…, /webapp-files/…/js/meny.js and CSS. External: app-eu.readspeaker.com (nofollow), "
    "e-tjanster.vaxjo.se, intranat.vaxjo.se, vaxjo.varbi.com, facebook (sharer nofollow), instagram, linkedin. Nothing "
    "depends on query strings or HTTP redirects.")

NOTES_SKANE = (
    "REGION (Region Skåne, länskod 12; its site for regional development, utveckling.skane.se, a host of the region "
    "beside www.skane.se) on SQUIZ MATRIX 6: addresses WITHOUT extension or trailing slash (saved as <path>/index.html), "
    "root-relative links, content containers <div id='content_container_<asset id>'>, files under /__data/assets/…, the "
    "system's scripts under /__lib/…, the 'Running Squiz Matrix' comment in every page. TWO SITES ON ONE HOST: the main "
    "site 'Regional utveckling' at / (its own header, menu, search /sok, footer with 'Logga in' /_login) and a SEPARATE SITE "
    "'Folkhälsa i Skåne' MOUNTED UNDER /folkhalsa (another design: a region bar back to /, its own brand, menu, search "
    "/folkhalsa/sok, breadcrumbs rooted at /folkhalsa, footer with 'Inloggning för redaktörer' /folkhalsa/_admin, and ITS "
    "OWN SITEMAP /folkhalsa/sitemap.xml with xhtml:link hreflang alternates). robots.txt names both sitemaps; /sitemap.xml "
    "holds the main site and the English pages. The region's 'Sociala investeringsmedel' (granted to the MUNICIPALITIES' "
    "insatser) live under /folkhalsa/sociala-investeringar. AN ENGLISH SITE under /en (/en, /en/public-health, "
    "/en/public-health/social-investments and its list /projects with a translated page per project) is joined to the "
    "Swedish pages by the header's 'In English' / 'På svenska' switch (hreflang links) and <link rel=alternate hreflang> "
    "sv/en/x-default in both heads. 42 files: 39 HTML pages (the three _nocache copies and eight English pages among them), robots.txt, two sitemaps. THE DUPLICATE PATHS: Squiz Matrix "
    "answers '/_nocache' after any address with the same page (past the cache); its <link rel=canonical> names the real "
    "address. Editors who copied addresses while logged in pasted three such links: the main start page's teaser "
    "'Sociala investeringsmedel 2026' → /folkhalsa/sociala-investeringar/_nocache; the news 'Språkstart Perstorp har nått "
    "300 familjer' → R2/_nocache; and THE LIST 'Beviljade projekt' LINKS R3 ONLY AS R3/_nocache. Projects: (R1) "
    "Barnhälsoteam Landskrona (/folkhalsa/sociala-investeringar/beviljade-projekt/barnhalsoteam-landskrona; Landskrona "
    "stad; a th/td table captioned 'Fakta': januari 2025 – december 2027, 3 200 000 kronor ur Region Skånes sociala "
    "investeringsmedel, kommunens medfinansiering 1 600 000 kronor, barn 0–12 år, tre tjänster, Pågår), (R2) Språkstart "
    "Perstorp (…/beviljade-projekt/sprakstart-perstorp; a <dl>: september 2024 – augusti 2026, 1 450 000 kronor varav "
    "950 000 i sociala investeringsmedel, familjer med barn 0–3 år), (R3) Vägen vidare Östra Göinge (…/beviljade-projekt/"
    "vagen-vidare-ostra-goinge; 'Kort om projektet' list: mars 2025 – februari 2027, 2 100 000 kronor, 18–29 år), (R4) "
    "Aktiv hela livet Simrishamn (/folkhalsa/sociala-investeringar/avslutade-projekt/aktiv-hela-livet-simrishamn; "
    "'Projektet är avslutat', september 2021 – augusti 2024, 1 800 000 kronor, 70 år och äldre, results). HOW R3 IS "
    "REACHED: by links only through its English copy (/en → Public health → Social investments → Granted projects → The "
    "way forward – Östra Göinge → 'På svenska' / 'Läs mer på svenska' → R3) or through R3/_nocache's canonical and "
    "hreflang alternates, and by the /folkhalsa sitemap. A crawler that takes R3/_nocache for the project counts it "
    "under the wrong address (the canonical names R3); one that takes both counts R3 twice. ROUTES: / → Folkhälsa och "
    "social hållbarhet /folkhalsa (1) → Sociala investeringar (2) → Beviljade projekt (3) → R1, R2 (4), R3/_nocache (4, "
    "canonical R3); Avslutade projekt (3) → R4 (4); / → In English /en (1) → … → the English R3 (4) → R3 (5). TRAPS "
    "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', two Sitemap lines) disallows /_admin, /*/_admin, /_login, "
    "/*/_login, /*/_edit, /*/_recache, /*/_performance, /*?SQ_ (design and calendar parameters), /__lib/, /sok, "
    "/folkhalsa/sok, /folkhalsa/kalender and /en/search. Listed: the start page's 'Populära sökningar' "
    "/sok?queries_search_query=kollektivtrafik|kompetensförsörjning (percent-encoded); the sub-site's search "
    "/folkhalsa/sok?queries_search_query=sociala+investeringar (as listed here; the page has the form); the English "
    "'Search' /en/search; 'Logga in' /_login (nofollow, main and English footers); 'Inloggning för redaktörer' "
    "/folkhalsa/_admin (nofollow); the call news links the criteria ONLY as a pasted EDIT address …/kriterier-och-villkor/"
    "_edit?SQ_BACKEND_PAGE=main&…; the fund news links the list as …/beviljade-projekt/_recache; the calendar "
    "/folkhalsa/kalender and its month ?SQ_CALENDAR_VIEW=month&SQ_CALENDAR_DATE=2026-03-01 (nofollow); 'Skriv ut' "
    "<page>?SQ_DESIGN_NAME=print (nofollow) on the fund page, the list and R1–R4 (also on the _nocache copies, where it "
    "names the canonical address). NON-PROJECTS (9 Swedish + 5 English + 3 _nocache copies): the fund page "
    "'Sociala investeringsmedel' ('Vad är en social investering?', 'Så fungerar medlen', 'Medlen i siffror'), 'Så söker "
    "ni medel' (questions as headings), 'Kriterier och villkor' (numbered conditions 'Insatsen ska …'), 'Uppföljning av "
    "sociala investeringsmedel 2020–2024' (Malmö universitet; a table of counts, 'De viktigaste resultaten', "
    "'Rekommendationer'), the call news 'Utlysning: Sociala investeringsmedel 2026', the FUND NEWS 'Regionstyrelsen "
    "avsätter 15 miljoner kronor till sociala investeringar', the EVENT 'Nätverksträff: Sociala investeringar i Skåne "
    "2026' (Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names R1 and R3), the JOB AD "
    "'Utvecklingsledare med inriktning sociala investeringar' (names R1 and R2; Anställningsform, Omfattning, Tillträde, "
    "Placering, Sista ansökningsdag), the STANDING SERVICE 'Hälsokommunikatörer' ('startade 2017 som ett projekt med "
    "sociala investeringsmedel i tre kommuner. Sedan 2021 är hälsokommunikatörerna en del av Region Skånes ordinarie "
    "folkhälsoarbete'); THE ENGLISH COPIES (the fund page and R1–R4 in English, <html lang='en'>: translations of pages "
    "the crawl also finds; a crawler that takes them counts each project twice, and the docs read Swedish pages only); "
    "THE _nocache COPIES of the fund page, R2 and R3 (the same HTML as the real page, canonical to it: each project "
    "counts once, at its real address). NEITHER LIST (count either way): /, /folkhalsa, the lists 'Beviljade projekt' "
    "and 'Avslutade projekt', the one-project news about R2, Jämlik hälsa, Aktuellt and the untopical news "
    "(Folkhälsorapport Skåne 2025), Evenemang, Om oss, Lediga jobb, Kompetensförsörjning, /en, /en/public-health, the "
    "English list, the furniture (Om webbplatsen, Kakor, Kontakt). Dead links on purpose (404): the main menu's other "
    "sections (/naringsliv-och-innovation, /kultur, /infrastruktur-och-transporter), /folkhalsa/jamlik-halsa/"
    "halsoframjande-skolor and …/folkhalsodata, /__data/assets/… files (a pdf, CSS, images, JS). External: www.skane.se "
    "(another host of the region, linked from the header, the footer and Lediga jobb; not saved, not required), "
    "e-tjanster.skane.se, regionskane.varbi.com, app-eu.readspeaker.com (nofollow), linkedin (share nofollow), facebook. "
    "Nothing depends on query strings or HTTP redirects.")

NOTES_FINSAM = (
    "SAMORDNINGSFÖRBUND (Samordningsförbundet Östra Skaraborg: Falköping 1499, Hjo 1497, Karlsborg 1446, Skövde 1496, "
    "Tibro 1472, Tidaholm 1498, Västra Götalandsregionen, Försäkringskassan, Arbetsförmedlingen; a Finsam association, "
    "probably not in the registry: crawl from its start URL) on WORDPRESS 6.8.3 with the ASTRA theme (child theme "
    "astra-finsam: ast-* header builder markup, entry-header/entry-content, ast-separate-container, post navigation), "
    "Advanced Custom Fields (the facts box 'Fakta om insatsen': <dl> of <div><dt>/<dd></div> rows), the 'PDF & Print' "
    "plugin (pdfprnt buttons <post>?print=pdf and ?print=print) and RANK MATH SEO (sitemap index /sitemap_index.xml with "
    "an XSL → /page-sitemap.xml, /post-sitemap.xml, /insatsomrade-sitemap.xml). EVERY INTERNAL LINK IS AN ABSOLUTE https "
    "URL. Every head announces /wp-json/ (rel=https://api.w.org/), a JSON alternate of the post (/wp-json/wp/v2/"
    "{pages|posts|insats}/<id>), /xmlrpc.php?rsd, a shortlink /?p=<id> (allowed; the replay answers the start page), "
    "the feeds /feed/ and /insats/feed/ (not saved: 404), rel=canonical. 36 files: 27 HTML pages, 4 PDFs, robots.txt, 4 "
    "sitemap files. THE INSATSER ARE A CUSTOM POST TYPE 'insats' (/insats/<slug>/) with a taxonomy 'insatsomrade' "
    "(/insatsomrade/<term>/, three terms, each page's footer links its terms). The CPT IS NOT IN THE SITEMAP (Rank Math "
    "'include in sitemap' off for insats); the taxonomy archives are. THE ARCHIVE /insats/ ('Insatser' in the main menu) "
    "lists FOUR A PAGE under A FILTER FORM: <form method='get' action='/insats/'> with selects _insatsomrade and _kommun, "
    "radio buttons _status and a text field _sok, so every submission is /insats/?_…=… (the theme's archive reads them); "
    "'Snabbval' links give three such results (nofollow). robots.txt forbids /insats/? and /insatsomrade/*?. Page 1: I3, "
    "I1, I2 and the standing Samverkansteamet; PAGE 2 IS A REAL PATH /insats/page/2/ (numbered pager, 'Nästa →', <link "
    "rel=next>): I4, I5. Projects: (I1) Steg för steg Tidaholm (/insats/steg-for-steg-tidaholm/; bold name opening the "
    "text, 'är en insats för unga vuxna', ACF facts: Huvudman Tidaholms kommun, Samverkansparter, 18–29 år, januari 2025 – "
    "december 2027, 2 600 000 kronor från förbundet, 2 heltidstjänster, Pågående), (I2) Rätt stöd tillsammans "
    "(/insats/ratt-stod-tillsammans/; Skövde; juni 2024 – december 2026, 3 100 000 kronor, 20–64 år; links its MID-TERM "
    "EVALUATION PDF), (I3) Föräldrar i arbete Falköping (/insats/foraldrar-i-arbete-falkoping/; mars 2025 – februari "
    "2027, 1 900 000 kronor, 1,5 tjänster), (I4) Ung kraft Karlsborg och Hjo (/insats/ung-kraft-karlsborg-och-hjo/; "
    "'Insatsen är avslutad', januari 2022 – juni 2024, 1 400 000 kronor, 16–24 år, results; links its FINAL REPORT PDF; "
    "also linked from a news post), (I5) Språk och arbete Tibro (/insats/sprak-och-arbete-tibro/; avslutad, september "
    "2021 – december 2024, 2 200 000 kronor, 20–64 år; links its FINAL REPORT PDF; ONLY on archive page 2 and the "
    "'Arbete och hälsa' term archive). ROUTES: / → Insatser /insats/ (1) → I1–I3 (2), /insats/page/2/ (2) → I4, I5 (3); "
    "term archives from the sitemap or the insats pages' footers. THE PDFs (Word/InDesign-style PDF 1.7, Helvetica, "
    "Flate streams, 1–2 pages, running footer and 'Sida n (m)'): 'Slutrapport: Ung kraft Karlsborg och Hjo' "
    "(/wp-content/uploads/2024/09/…; linked from I4 and the news post), 'Slutrapport: Språk och arbete Tibro' "
    "(/wp-content/uploads/2025/02/…; from I5), 'Halvtidsutvärdering av Rätt stöd tillsammans' (FoU i Väst; "
    "/wp-content/uploads/2025/06/…; from I2) and 'Verksamhetsplan och budget 2026' (/wp-content/uploads/2025/12/…; from "
    "Styrdokument and the budget news). THEY ARE IN not_projects, AS THE BRIEF FOR THIS SET ASKED: each report is a "
    "document about a project (or about the förbund) whose page the crawl also finds; a crawler that counts a final "
    "report as a project page counts that project twice. CAVEAT: the docs' extraction rules say '\"Slutrapport: X\" is "
    "X's page', so an extractor may well give X's record from the two final reports (the same project, for deduplication "
    "to merge); a scorer that follows that rule instead should move those two PDFs to neither list (the evaluation and "
    "the plan stay not_projects). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', Sitemap line) "
    "disallows /wp-admin/ (Allow admin-ajax.php), /wp-login.php, /wp-json/, /xmlrpc.php, /?s=, /insats/?, "
    "/insatsomrade/*? and /*?print=. Listed: the footer's 'Logga in' /wp-login.php (nofollow); the call post's pasted "
    "editor link to the guidelines /wp-admin/post.php?post=<id>&action=edit; /wp-json/ and the JSON alternates of I1 and "
    "I4; /xmlrpc.php?rsd; the three 'Snabbval' filter results /insats/?_status=pagaende, ?_status=avslutad, "
    "?_insatsomrade=unga-vuxna&_kommun=skovde (the form's other combinations are not listed but are forbidden all the "
    "same); 'Spara som PDF' <insats>?print=pdf on I1–I5 and 'Skriv ut' ?print=print on I1 (nofollow; every project page "
    "has both). NON-PROJECTS (8 pages + 4 PDFs): 'Om förbundet' (how financial coordination works, a made-up worked "
    "example, members' shares in a table), 'Söka medel' (questions as headings, steps), 'Riktlinjer för insatser' "
    "(numbered conditions 'Insatsen ska …'), the call post 'Nu kan ni söka medel för insatser 2026' (3 000 000 kronor), "
    "the BUDGET NEWS 'Förbundets budget för 2026 är fastställd', the EVENT post 'Frukostseminarium: Insatser som gör "
    "skillnad' (Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör as lines), the JOB post 'Vi söker en "
    "processledare' (Anställningsform, Omfattning, Tillträde, Sista ansökningsdag), the STANDING SERVICE 'Samverkansteamet' "
    "— AN ITEM OF THE CPT ITSELF, /insats/samverkansteamet/, on the archive's first page with the badge 'Ordinarie "
    "verksamhet' ('startade 2017 som en insats finansierad av samordningsförbundet. Sedan januari 2022 ingår teamet i "
    "medlemmarnas ordinarie verksamhet och finansieras av dem tills vidare') — and the four PDFs. NEITHER LIST (count "
    "either way): /, the archive pages /insats/ and /insats/page/2/, the three term archives, the post 'Slutrapporten "
    "för Ung kraft är klar' (one project's results news, links I4 and its report), Aktuellt, the newsletter post, "
    "Styrelse, Styrdokument, Kontakt, Integritetspolicy, Tillgänglighetsredogörelse. Dead links on purpose (404): "
    "/feed/, /insats/feed/, /aktuellt/kategori/…/, /wp-content/uploads/2025/04/Arsredovisning-2024.pdf, …/Forbundsordning."
    "pdf, the logo, theme CSS and JS. External: none but mailto. Nothing depends on query strings or HTTP redirects.")


def main():
    for h in (V.H, S.H, F.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    V.build()
    S.build()
    F.build()
    exp = {}
    h = V.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in V.PROJECTS],
        'not_projects': [u(h, p) for p in (V.FUND, V.SOKA, V.RIKT, V.UPPF, V.N_CALL, V.N_FUND, V.EV, V.JOB, V.SERVICE)],
        'must_not_fetch': [u(h, p) for p in V.forbidden()],
        'notes': NOTES_VAXJO,
    }
    h = S.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in S.PROJECTS],
        'not_projects': [u(h, p) for p in (S.FUND, S.SOKA, S.KRIT, S.UPPF, S.N_CALL, S.N_FUND, S.EV, S.JOB, S.SERVICE)]
                        + [u(h, p) for p in S.ENGLISH] + [u(h, p) for p in S.NOCACHE],
        'must_not_fetch': [u(h, p) for p in S.forbidden()],
        'notes': NOTES_SKANE,
    }
    h = F.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in F.PROJECTS],
        'not_projects': [u(h, p) for p in (F.OM, F.SOKA, F.RIKT, F.N_CALL, F.N_FUND, F.N_EV, F.N_JOB, F.SERVICE)]
                        + [u(h, p) for p in F.PDFS],
        'must_not_fetch': [u(h, p) for p in F.forbidden()],
        'notes': NOTES_FINSAM,
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


class Links(HTMLParser):
    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base, self.links, self.follow = base, set(), set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key, v in attrs:
            if not v:
                continue
            if key in ('href', 'src', 'action') or (key.startswith('data-') and (v.startswith('/') or v.startswith('http'))):
                if v.startswith(('mailto:', 'javascript:', '#', 'tel:')):
                    continue
                full = urljoin(self.base, v).split('#')[0]
                self.links.add(full)
                if (tag, key) in (('a', 'href'), ('frame', 'src'), ('area', 'href'), ('iframe', 'src')) \
                        and 'nofollow' not in (a.get('rel') or ''):
                    self.follow.add(full)


def page_url(host, rel):
    rel = rel.replace(os.sep, '/')
    if rel == 'index.html':
        return f'https://{host}/'
    if host == V.H:
        return f'https://{host}/' + rel
    if host == S.H:
        return f'https://{host}/' + rel[:-len('/index.html')]
    return f'https://{host}/' + rel[:-len('index.html')]


def parse_site(host):
    pages = {}
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            if not f.endswith('.html'):
                continue
            rel = os.path.relpath(os.path.join(d, f), os.path.join(ROOT, host))
            url = page_url(host, rel)
            p = Links(url)
            p.feed(open(os.path.join(d, f), encoding='utf-8').read())
            pages[url] = p
    return pages


def site_size(host):
    total = 0
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
    return total


def check(exp):
    problems = []
    for host, v in exp.items():
        rules = robots_rules(host)
        pages = parse_site(host)
        linked = set()
        for p in pages.values():
            linked |= p.links
        for url in v['project_pages'] + v['not_projects'] + [v['start_url']]:
            p = urlsplit(url)
            if not os.path.exists(_target(host, p.path)):
                problems.append(f'missing page {url}')
            if not allowed(rules, p.path):
                problems.append(f'page forbidden by robots {url}')
        for url in v['must_not_fetch']:
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'off-site must_not_fetch {url}')
            pq = p.path + ('?' + p.query if p.query else '')
            if allowed(rules, pq):
                problems.append(f'not forbidden by robots: {url}')
            if url not in linked:
                problems.append(f'never linked: {url}')
        for k in ('project_pages', 'not_projects', 'must_not_fetch'):
            if len(set(v[k])) != len(v[k]):
                problems.append(f'duplicates in {k} of {host}')
        if set(v['project_pages']) & set(v['not_projects']):
            problems.append(f'page in both lists on {host}')
        size = site_size(host)
        print(f'{host}: {size / 1024:.0f} kB')
        if size > 2 * 1024 * 1024:
            problems.append(f'{host} is over 2 MB')
        start = v['start_url']
        depth, q = {start: 0}, deque([start])
        while q:
            cur = q.popleft()
            pg = pages.get(cur) or pages.get(cur.split('?')[0])
            if pg is None:
                continue
            for nxt in sorted(pg.follow):
                s = urlsplit(nxt)
                if s.hostname != host:
                    continue
                pq = s.path + ('?' + s.query if s.query else '')
                if not allowed(rules, pq):
                    continue
                if nxt not in depth:
                    depth[nxt] = depth[cur] + 1
                    q.append(nxt)
        for url in v['project_pages']:
            if url not in depth:
                problems.append(f'project page unreachable by links: {url}')
            else:
                print(f'  depth {depth[url]}: {url}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
