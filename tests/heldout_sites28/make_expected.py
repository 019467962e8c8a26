"""Build the three saved sites of heldout_sites28 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by robots.txt; every
must_not_fetch URL is forbidden by its robots.txt (Google's matching: longest rule wins, '*' and '$') and is linked or
announced by some saved page; every project page can be reached from the start URL by following <a>/<area>/<iframe>
links that robots.txt allows and that stay on the host (the depth is printed), or else is listed in the host's
sitemap under a saved address (printed as 'sitemap only'); the stale sitemap entries are not saved; Södertälje's
sitemap holds exactly 2,000 URLs; Partille's faceted list shows only its first page of results."""
import json
import os
import re
import shutil
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import make_site_gotland as G
import make_site_partille as P
import make_site_sodertalje as S
from make_common import ROOT, _target


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (P.H, G.H, S.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    P.build()
    G.build()
    S.build()
    exp = {}

    # ------------------------------------------------------------------ Partille (Drupal 10, faceted Search API view)
    h = P.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in P.PROJECTS],
        'not_projects': [u(h, p) for p in (P.FUND, P.SOKA, P.RIKT, P.UPPF, P.STRAT, P.N_FUND, P.EV, P.JOB, P.SERVICE)]
                        + [u(h, p) for p in P.NODE_COPIES],
        'must_not_fetch': [u(h, p) for p in P.forbidden()],
        'notes': (
            "MID-SIZE municipality (Partille kommun, 1402, about 40 000 inhabitants; Partille centrum, Sävedalen, Öjersjö, "
            "Furulund, Jonsered, Kåhög) on DRUPAL 10.3 with a custom Olivero sub-theme: meta Generator 'Drupal 10', "
            "drupal-settings-json, region-*/block-*/field--name-* markup, a skip link to <a id='main-content'>, Pathauto aliases "
            "WITHOUT a trailing slash (saved as <path>/index.html), root-relative links, <link rel=shortlink> /node/<nid> in every "
            "node's head, the EU Cookie Compliance banner, the default Drupal robots.txt plus the site's own rules. THE PROJECTS are "
            "nodes of the content type 'investering' (/sociala-investeringar/<title>) in NO menu and NOT in the sitemap (Simple XML "
            "Sitemap indexes only page/article/event and the view). THE TRAP IS THE FACETED LISTING /sociala-investeringar ('Sök "
            "bland sociala investeringar', a Search API view): Better Exposed Filters rendered as LINKS (?status=pagaende|avslutad|All, "
            "?malgrupp=barn|unga|unga-vuxna|foraldrar|aldre|All, ?omrade=<7 areas>|All, ?start=2021|2022|2024|2025|All, "
            "?forvaltning=<5>|All), tag links on every result and in every project's fact block (?malgrupp=…, ?omrade=…), a full "
            "pager with RELATIVE hrefs (?page=0, ?page=1 'Nästa ›', 'Sista »'), sort links (?sort_by=…&sort_order=…, FORBIDDEN), a "
            "'Ladda ner som CSV' export (FORBIDDEN) and an exposed GET form (sok=). About 30 allowed query variants of one address, "
            "none of them in any list: the replay server ignores query strings, so EVERY facet and pager address answers with the "
            "same first page (4 of 6 results, sorted by last change: P4, P2, P1, P3). Page 2 (P6, P5) is therefore never served; "
            "P5 and P6 are reached only through the plain page 'Alla investeringar' (a <table> of all six with a <caption>, a child "
            "of the fund page and linked from the view's header) and, for P5, the node path /node/388 pasted into a news item. "
            "Projects (each a Drupal node with an ingress, a 'Fakta' block of field--label-inline fields: Status, Projektperiod, "
            "Beviljat belopp, Ansvarig förvaltning, Samverkanspartner, Målgrupp, Bemanning, and taxonomy tags, then the body): "
            "(P1) Tidig läsning i Furulund (augusti 2024 – juni 2027, 2 100 000 kronor, Barn- och utbildningsförvaltningen, barn i "
            "förskola och förskoleklass, 1,5 tjänst), (P2) Arbetsbron – unga vuxna i arbete ('är ett projekt', januari 2025 – "
            "december 2026, 1 600 000 kronor ur fonden of a total 2 000 000 with 400 000 from Samordningsförbundet Insjöriket, "
            "Arbetsmarknadsenheten, 18–29 år, tre coacher), (P3) Föräldrakraft – gruppstöd till tonårsföräldrar ('en satsning', "
            "september 2024 – augusti 2026, 980 000 kronor, Socialförvaltningen, föräldrar till barn 12–17 år), (P4) Kvällsfältare i "
            "Sävedalen (mars 2025 – februari 2027, 1 250 000 kronor, Kultur- och fritidsförvaltningen, 13–18 år, två "
            "fältassistenter), (P5) Mötesplats för seniorer i Jonsered (FINISHED, september 2021 – december 2023, 540 000 kronor, "
            "Vård- och omsorgsförvaltningen, över 70 år; results), (P6) Närvarolotsen i Kåhög (FINISHED, januari 2022 – juni 2024, "
            "1 900 000 kronor, årskurs 4–9; results). NODE-PATH COPIES: /node/412, /node/418, /node/421, /node/427, /node/388 and "
            "/node/395 are saved as the same page as the alias (Drupal without the Redirect module answers a node path with the node; "
            "<link rel=canonical> names the alias): they are in NOT_PROJECTS, because a crawler that takes them counts a project "
            "twice; each project counts once, at its alias. /node/388 is linked from the news 'Seniorträffarna i Jonsered lever "
            "vidare'; the others are announced only by rel=shortlink. ROUTES: / → Kommun och politik (1) → Social hållbarhet (2) → "
            "Sociala investeringsfonden (3) → Sök bland sociala investeringar (4) → P1–P4 (5); fund page (3) → Alla investeringar "
            "(4) → P1–P6 (5); / → Nyheter (1) → the P5 news (2) → /node/388 (3). Shortest by links: P1 and P2 at depth 3 (/ → "
            "Evenemang → the event, which links both), P3–P6 at depth 4 (/ → the fund news on the start page → Så söker ni medel "
            "→ its side menu's Alla investeringar). TRAPS (must_not_fetch): robots.txt ('Crawl-delay: "
            "2', Sitemap line; Drupal's default rules plus /sok, /node/*/edit, /node/*/revisions, /node/*/delete, /print/, /*sort_by=, "
            "/*/export.csv, /evenemang/kalender). Listed: the search form GET /sok (keys=) and 'Populära sökningar' /sok?keys=…; the "
            "three sort links; the CSV export; the event page cached with an editor's local tasks ('Redigera' /node/530/edit, "
            "'Revisioner' /node/530/revisions); the footer's 'Logga in (redaktörer)' /user/login (nofollow); 'Skriv ut som PDF' "
            "/print/pdf/node/<nid> (nofollow) on the six project pages; Evenemang's 'Visa kalendern' /evenemang/kalender and the day "
            "?datum=2025-11-20 (nofollow). NON-PROJECTS (9 + 6 node copies): the fund page 'Sociala investeringsfonden' ('Fonden i "
            "siffror'), 'Så söker ni medel' (questions as headings), 'Riktlinjer för den sociala investeringsfonden' (numbered "
            "conditions 'Insatsen ska …', KF § 58 and § 112), 'Uppföljning 2024' (a table of the fund's yearly counts, 'De viktigaste "
            "resultaten', 'Lärdomar'), the policy page 'Program för social hållbarhet 2023–2030' (four fokusområden), the FUND NEWS "
            "'Kommunfullmäktige fyller på sociala investeringsfonden' (six million, next call), the EVENT 'Frukostseminarium: Vad har "
            "sociala investeringar gett?' (a th/td table Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; links P1 "
            "and P2), the JOB AD 'Arbetsmarknadskonsulent till Arbetsbron' (links P2; Anställningsform 'Visstidsanställning till och "
            "med 2026-12-31', Omfattning, Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Familjecentralen Partille' "
            "('startade 2018 som en social investering … Sedan januari 2021 är familjecentralen en del av den ordinarie "
            "verksamheten'). NEITHER LIST (count either way): the view /sociala-investeringar and all its query variants, 'Alla "
            "investeringar', the one-project news about P5, /, Kommun och politik, Social hållbarhet, Nyheter and the untopical news "
            "(lekplats, vattenavstängning), Evenemang, Lediga jobb, Omsorg och stöd, Barn och familj and the furniture (Kontakta oss, "
            "Om webbplatsen, Kakor, Tillgänglighetsredogörelse). The start page announces /rss.xml (three news items, saved). Dead "
            "links on purpose (404): other menu sections, /lattlast, /other-languages, /kommun-och-politik/social-hallbarhet/"
            "valfardsredovisning, /evenemang/julmarknad-i-jonsered, a job ad, /sitemap_generator/default/sitemap.xsl, theme and "
            "/sites/default/files assets. External: app-eu.readspeaker.com (nofollow), e-tjanster.partille.se, partille.varbi.com, "
            "facebook (sharer, nofollow), instagram, linkedin. Nothing depends on HTTP redirects."),
    }

    # ------------------------------------------------------------------ Region Gotland (Optimizely CMS 12, deep)
    h = G.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in G.PROJECTS],
        'not_projects': [u(h, p) for p in (G.FUND, G.ANS, G.KRIT, G.UTV, G.N_FUND, G.EV, G.JOB, G.SERVICE)],
        'must_not_fetch': [u(h, p) for p in G.forbidden()],
        'notes': (
            "REGION (Region Gotland: a region that is also the municipality, kommunkod 0980, länskod 09, about 61 000 "
            "inhabitants; Visby, Hemse, Slite, Fårösund, Lärbro, Fårö) on OPTIMIZELY CMS 12 (ASP.NET Core; a custom design "
            "system gtl-*, content areas of blocks: teaserblock, factboxblock, linklistblock, contactblock; a dataLayer with "
            "pageId, pageType and contentGuid; hreflang alternates). Friendly URLs END IN '/' (saved as <path>/index.html), "
            "root-relative links. NAVIGATION IS BREADCRUMB-ONLY: the top menu names six sections, and below it no page has a side "
            "menu; a page links down only through the teaser blocks its editor placed and up only through the schema.org "
            "BreadcrumbList. THE FUND SITS FIVE LEVELS DOWN: Regional utveckling (1) › Folkhälsa (2) › Social hållbarhet (3) › "
            "Sociala investeringar (4, the fund page) › Beviljade (5, two <h2> year headings with <h3> links and one sentence each) "
            "› the project pages (6). Levels 1–3 are landing pages of teaser blocks whose words are general ('Regional "
            "utveckling', 'Folkhälsa'), each beside three or four untopical siblings. Every project page has a 'Relaterade sidor' "
            "box (an <aside class='block linklistblock gtl-related'>). Projects: (G1) Utökade hembesök i Hemse ('Projektet', a "
            "factboxblock <dl>: september 2024 – augusti 2027, 2 800 000 kronor ur de sociala investeringsmedlen, Hälso- och "
            "sjukvårdsförvaltningen with Socialförvaltningen, förstagångsföräldrar med barn 0–15 månader, 1,6 tjänst, Pågår), (G2) "
            "Ungdomslyftet Visby ('en satsning'; a th/td table with <caption> 'Ungdomslyftet Visby i korthet': 1 januari 2025 – 31 "
            "december 2026, 1 950 000 kronor, 16–24 år, Arbetsförmedlingen, AB Gotlandshem, Samordningsförbundet Gotland), (G3) "
            "Tillsammans i skolan – norra Gotland ('Projektet'; <strong>Label:</strong> lines split by <br>: augusti 2024 – juni "
            "2027, 3 400 000 kronor, Utbildningsförvaltningen, årskurs 4–9), (G4) Gemenskap på Fårö ('Satsningen'; a <dl> 'Kort om "
            "satsningen': mars 2025 – februari 2027, 720 000 kronor, över 75 år), (G5) Ung hälsa på Gotland (FINISHED: 'Projektet "
            "är avslutat', augusti 2021 – juni 2024, 1 500 000 kronor, 13–19 år; results). G5 IS ORPHANED: it was moved under the "
            "CONTAINER page 'Avslutade' (/…/sociala-investeringar/avslutade/, a page type without a template: NOT saved, 404; its "
            "breadcrumb shows 'Avslutade' as unlinked text), is on no list and in no sitemap, and is reached ONLY through the "
            "'Relaterade sidor' boxes of G1 (depth 7) and of the UNTOPICAL health page 'Psykisk hälsa hos barn och unga' (Vård och "
            "hälsa › Barn och unga › …, depth 3, so G5 is at depth 4 that way). THE SITEMAP IS STALE: /sitemap.xml (Geta Sitemaps, "
            "last generated 2023-11) lists the OLD structure from before the public-health pages moved from /halsa-och-omsorg/"
            "folkhalsa/ to /regional-utveckling/folkhalsa/ in 2024: the old fund, list and project addresses (…/sociala-investeringar"
            "/beviljade-projekt/ung-halsa-pa-gotland/ and two others, topical words, NOT saved: 404, as no redirects are served) and "
            "NONE of the current fund or project pages. ROUTES: / → Regional utveckling (1) → Folkhälsa (2) → Social hållbarhet "
            "(3) → Sociala investeringar (4) → Beviljade (5) → G1–G4 (6) → G5 (7); / → Vård och hälsa (1) → Barn och unga (2) → "
            "Psykisk hälsa hos barn och unga (3) → G5 (4); shortest to G1–G4: depth 5 (/ → the fund news on the start page → Ansök "
            "om medel → its breadcrumb's Sociala investeringar → Beviljade → G1–G4); / → Nyheter (1) → the G2 news (2), whose 'Läs mer' is an Optimizely "
            "permanent link /link/<32 hex>.aspx (a live site would redirect it; NOT saved: 404). TRAPS (must_not_fetch): robots.txt "
            "(one group, 'Crawl-delay: 1', Sitemap line) disallows /episerver/, /util/, /sok/, /pdf/, /api/, /evenemang/kalender/ and "
            "/globalassets/intern/. Listed: the search form GET /sok/ (q=) and the start page's 'Populära sökningar' /sok/?q=…; the "
            "footer's 'Logga in' /episerver/cms/ (nofollow); 'Spara som PDF' /pdf/?pageId=<id>&lang=sv (nofollow) on the fund page, "
            "Beviljade and G1–G4; 'Bevaka sidan' /api/pagesubscription/subscribe?pageId=<id> (nofollow) on the fund page and "
            "Beviljade; Evenemang's 'Visa kalendern' /evenemang/kalender/ and the day ?datum=2026-02-05 (nofollow). NON-PROJECTS "
            "(8): the fund page 'Sociala investeringar' ('Medlen i siffror'), 'Ansök om medel' (questions as headings, steps, max "
            "3 000 000 kronor), 'Kriterier och villkor' (numbered criteria 'Satsningen ska …', RF § 88), 'Utvärdering av sociala "
            "investeringar 2018–2024' (RISE; a table of yearly counts with a Summa row, 'De viktigaste resultaten', "
            "'Rekommendationer'), the FUND NEWS 'Regionfullmäktige avsätter 10 miljoner till sociala investeringar', the EVENT "
            "'Dialogträff: Sociala investeringar på Gotland' (a <dl> Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, "
            "Arrangör), the JOB AD 'Processledare sociala investeringar' (Anställningsform, Omfattning, Tillträde, Sista "
            "ansökningsdag) and the STANDING SERVICE 'Hälsolotsar' (under Vård och hälsa: 'startade 2019 som en social investering "
            "… Sedan januari 2022 är hälsolotsarna en del av hälso- och sjukvårdsförvaltningens ordinarie verksamhet'). NEITHER LIST "
            "(count either way): Beviljade (names with one sentence each), Regional utveckling, Folkhälsa, Social hållbarhet, "
            "Folkhälsodata, Regional utvecklingsstrategi, Trygghet och brottsförebyggande arbete, the one-project news about G2, "
            "/, /en/, Vård och hälsa, Barn och unga, Psykisk hälsa hos barn och unga, Nyheter and the untopical news (färja, "
            "besökstider), Evenemang, Lediga jobb and the furniture (Kontakta oss, Om webbplatsen, Kakor, "
            "Tillgänglighetsredogörelse). Dead links on purpose (404): the container /…/sociala-investeringar/avslutade/, the "
            "stale sitemap's old addresses, other teaser targets (näringsliv, kompetensförsörjning, EU-program, ANDT, fysisk "
            "aktivitet, jämlik hälsa, barnets rättigheter, vårdcentraler, familjecentraler, elevhälsa, ungdomsmottagningen, "
            "barnhälsovård), other menu sections, /lattlast/, /en/… children, the /link/….aspx address, /dist/ and /globalassets/ "
            "files. External: app-eu.readspeaker.com (nofollow), www.1177.se, www.trippus.net, regiongotland.varbi.com, facebook "
            "(sharer, nofollow), instagram, linkedin. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Södertälje (Enonic XP, a 2,000-URL sitemap)
    h = S.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in S.PROJECTS],
        'not_projects': [u(h, p) for p in (S.FUND, S.SOKA, S.RIKT, S.ARS, S.N_CALL, S.N_OLD, S.EV, S.JOB, S.SERVICE)],
        'must_not_fetch': [u(h, p) for p in S.forbidden()],
        'notes': (
            "LARGE municipality (Södertälje kommun, 0181, about 101 000 inhabitants; Hovsjö, Ronna, Geneta, Fornhöjden, Järna, "
            "Hölö, Mölnbo, Enhörna) on ENONIC XP 7 (meta generator 'Enonic XP'; a site application se.sodertalje.webb: "
            "data-portal-component-type='page|layout|part|text' and data-portal-region attributes, assets under /_/asset/<app>:"
            "<stamp>/, images under /_/image/<id>:<hash>/…, services under /_/service/<app>/…), addresses WITHOUT a trailing slash "
            "(saved as <path>/index.html), root-relative links. THE TRAP IS THE SITEMAP'S SIZE: /sitemap.xml (the Sitemap.xml app, "
            "sorted by path, <lastmod>, <changefreq>, <priority>) lists EXACTLY 2,000 URLs: the 37 hand-written pages (the fund "
            "section, the five projects, news, event, job, service, sections, furniture), the two A–Ö lists, EIGHT STALE entries "
            "(removed without a redirect, 404; three under topical addresses: …/sociala-investeringar/investeringar/fritidsbank-i-"
            "jarna, …/sociala-investeringar/ansokan-2021, /nyheter/2021/03/tre-nya-sociala-investeringar-beviljade) and 1,953 "
            "GENERATED pages, all saved (80 preschools, 38 schools, 720 committee meetings /kommun-och-politik/moten-och-handlingar/"
            "<nämnd>/sammantrade-<date> – 90 of them under 'socialnamnden' –, 230 detailed plans, 90 sports grounds, parks and "
            "trails, and about 800 news items 2016–2025 /nyheter/<yyyy>/<mm>/<slug>), each with a header, breadcrumb, h1, one or two "
            "sentences and a footer, none about social investments. FIVE of the 2,000 are project pages; the other fund pages are "
            "in it too. Projects: (S1) Familjestöd i Hovsjö ('är en social investering'; a <dl> 'Fakta om investeringen': augusti "
            "2024 – juli 2027, 3 200 000 kronor, Socialkontoret, familjer med barn 0–12 år, tre familjebehandlare), (S2) Vägen till "
            "jobb i Ronna ('Projektet'; a <ul> of <strong>Label:</strong> items: 1 januari 2025 – 31 december 2027, 2 600 000 "
            "kronor, 20–29 år, Samordningsförbundet Södertälje), (S3) Fritidsskolan i Fornhöjden ('en satsning'; prose only: augusti "
            "2025 – juni 2027, 1 400 000 kronor, årskurs 4–6), (S4) Seniorkompis i Järna (FINISHED: 'Investeringen är avslutad', a "
            "th/td table with <caption> 'Fakta': mars 2021 – december 2023, 620 000 kronor, över 75 år; results), (S5) Läsvänner i "
            "Geneta ('ett projekt som finansieras med 1 150 000 kronor ur kommunens sociala investeringsfond', augusti 2025 – juni "
            "2027, årskurs 1–3) FILED UNDER FÖRSKOLA OCH SKOLA at the UNTOPICAL address /forskola-och-skola/grundskola/lasvanner-i-"
            "geneta (breadcrumb Förskola och skola › Grundskola). HOW EACH IS REACHED: the list 'Investeringar' (…/sociala-"
            "investeringar/investeringar, from the fund page's cards and side navigation) links S1–S3 (ongoing only) and names S5 "
            "with a link; S5 is also linked from the Grundskola page's 'Aktuellt i grundskolan' box and its one-project news; S4 "
            "IS LINKED FROM NO PAGE (the list shows ongoing investments only; the annual report names 'Seniorkompis i Järna' as "
            "plain text): ITS ONLY ROUTE IS ITS SITEMAP ENTRY, under a topical address. The news archive beyond the first page is "
            "loaded from /_/service/… (forbidden), so older news items are reachable only through the sitemap: one of them, "
            "'Kommunfullmäktige inrättar en fond för sociala investeringar' (/nyheter/2019/11/…, topical address) is FUND NEWS (in "
            "not_projects). ROUTES: / → Kommun och politik (1) → Ekonomi och budget (2) → Sociala investeringar (3) → Investeringar "
            "(4) → S1–S3, S5 (5); / → Förskola och skola (1) → Grundskola (2) → S5 (3); / → Lediga jobb (1) → the job ad (2) → S1 "
            "(3); S2 and S3 at depth 4 (/ → the call news → Så söker du → Investeringar); sitemap → S4 (and S1–S3, S5). TRAPS "
            "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 1', Sitemap line) disallows /admin, /_/service/, /_/component/, "
            "/_/error/, /sok, /*?print= and /uppleva-och-gora/evenemang/kalender. Listed: the search form GET /sok (q=) and 'Många "
            "söker' /sok?q=…; the footer's 'Logga in' /admin/tool (nofollow); Nyheter's 'Visa fler nyheter' /_/service/se.sodertalje."
            "webb/nyhetsarkiv?start=10&antal=10; 'Skriv ut' <page>?print=true (nofollow) on the fund page, the list, S1–S3 and S5; "
            "Evenemang's 'Visa kalendern' and the day ?datum=2025-11-26 (nofollow). NON-PROJECTS (9): the fund page 'Sociala "
            "investeringar' ('Fonden i siffror'; links the service), 'Så ansöker du' (questions as headings), 'Riktlinjer för den "
            "sociala investeringsfonden', 'Sociala investeringar – årsrapport 2024' (a table of the fund's money per year, "
            "'Avslutade investeringar' naming S4 and a Fritidsbank without links, 'De viktigaste resultaten', 'Lärdomar'), the CALL "
            "news 'Nu kan kontoren söka pengar ur den sociala investeringsfonden', the 2019 FUND NEWS 'Kommunfullmäktige inrättar en "
            "fond för sociala investeringar' (sitemap only), the EVENT 'Seminarium: Sociala investeringar i Södertälje' (<strong>"
            "labels Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names S1 and S2), the JOB AD "
            "'Familjebehandlare till Familjestöd i Hovsjö' (links S1; Anställningsform 'Visstidsanställning till och med "
            "2027-07-31', Omfattning, Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Brobyggarna' ('startade 2017 som en "
            "social investering. Sedan 2020 är Brobyggarna en del av socialkontorets ordinarie verksamhet'). NEITHER LIST (count "
            "either way): the list 'Investeringar', the one-project news about S5, every generated page, /, the section pages, "
            "Nyheter and the two untopical news (badhuset, busslinje), Evenemang, Lediga jobb and the furniture. Dead links on "
            "purpose (404): the eight stale sitemap entries, other menu sections, /lattlast, /other-languages, section cards "
            "(gymnasieskola, ansök om plats, skolval, skolskjuts, familjecentraler, äldre, bibliotek, budget, årsredovisning, "
            "organisation, bygglov, the nämnd folders, planer på samråd, antagna), an event and a job ad, /_/asset/ and /_/image/ "
            "files. External: app-eu.readspeaker.com (nofollow), e-tjanster.sodertalje.se, sodertalje.varbi.com, facebook "
            "(sharer, nofollow). Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
SLASH_HOSTS = {G.H}           # hosts whose page addresses end in '/'


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
        for key in ('href', 'src', 'action'):
            v = a.get(key)
            if v and not v.startswith(('mailto:', 'javascript:', '#', 'tel:')):
                full = urljoin(self.base, v).split('#')[0]
                self.links.add(full)
                if (tag, key) in (('a', 'href'), ('area', 'href'), ('iframe', 'src')) \
                        and 'nofollow' not in (a.get('rel') or ''):
                    self.follow.add(full)


def page_url(host, rel):
    rel = rel.replace(os.sep, '/')
    if rel == 'index.html':
        return f'https://{host}/'
    if rel.endswith('/index.html'):
        d = rel[:-len('index.html')]
        return f'https://{host}/' + (d if host in SLASH_HOSTS else d.rstrip('/'))
    return f'https://{host}/' + rel


def parse_site(host):
    pages = {}
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            if not f.endswith('.html'):
                continue
            rel = os.path.relpath(os.path.join(d, f), os.path.join(ROOT, host))
            url = page_url(host, rel)
            p = Links(url)
            with open(os.path.join(d, f), encoding='utf-8') as fh:
                p.feed(fh.read())
            pages[url] = p
    return pages


def sitemap_locs(host):
    locs = []
    for f in os.listdir(os.path.join(ROOT, host)):
        if f.endswith('.xml') and 'sitemap' in f:
            locs += re.findall(r'<loc>([^<]+)</loc>', open(os.path.join(ROOT, host, f), encoding='utf-8').read())
    return locs


def check(exp):
    problems = []
    for host, v in exp.items():
        rules = robots_rules(host)
        pages = parse_site(host)
        locs = sitemap_locs(host)
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
                problems.append(f'off-site must_not_fetch: {url}')
            pq = p.path + ('?' + p.query if p.query else '')
            if allowed(rules, pq):
                problems.append(f'not forbidden by robots: {url}')
            if url not in linked:
                problems.append(f'never linked: {url}')
        if len(set(v['must_not_fetch'])) != len(v['must_not_fetch']):
            problems.append(f'duplicates in must_not_fetch of {host}')
        if set(v['project_pages']) & set(v['not_projects']):
            problems.append(f'page in both lists on {host}')
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
            if url in depth:
                print(f'  depth {depth[url]}: {url}')
            elif url in locs and allowed(rules, urlsplit(url).path):
                print(f'  sitemap only: {url}')
            else:
                problems.append(f'project page neither reachable by links nor in the sitemap: {url}')
        # every sitemap entry is on the host; note the unsaved ones
        stale = [l for l in locs if not os.path.exists(_target(host, urlsplit(l).path))]
        print(f'  {host}: sitemap {len(locs)} URLs, {len(stale)} not saved (404)')
    # host-specific checks
    s_locs = sitemap_locs(S.H)
    if len(s_locs) != 2000 or len(set(s_locs)) != 2000:
        problems.append(f'Södertälje sitemap has {len(s_locs)} URLs')
    for p in S.STALE:
        if os.path.exists(_target(S.H, p)):
            problems.append(f'stale entry saved: {p}')
        if u(S.H, p) not in s_locs:
            problems.append(f'stale entry not in sitemap: {p}')
    if u(S.H, S.S4) not in s_locs:
        problems.append('S4 not in sitemap')
    s_pages = parse_site(S.H)
    for url, pg in s_pages.items():
        if url != u(S.H, S.S4) and u(S.H, S.S4) in pg.links:
            problems.append(f'S4 linked from {url}')
    g_pages = parse_site(G.H)
    g_locs = sitemap_locs(G.H)
    for p in G.PROJECTS + [G.FUND, G.BEV]:
        if u(G.H, p) in g_locs:
            problems.append(f'Gotland sitemap lists a current fund page: {p}')
    who = sorted(url for url, pg in g_pages.items() if u(G.H, G.G5) in pg.follow)
    if who != sorted([u(G.H, G.G1), u(G.H, G.PSY)]):
        problems.append(f'G5 linked from {who}')
    if os.path.exists(_target(G.H, G.AVSL)):
        problems.append('the container page is saved')
    p_pages = parse_site(P.H)
    view = p_pages[u(P.H, P.VIEW)]
    for p in P.PROJECTS:
        on_view = u(P.H, p) in view.links
        if on_view != (p in P.VIEW_ORDER_P1):
            problems.append(f'view page and its first page disagree on {p}')
        if u(P.H, p) not in p_pages[u(P.H, P.ALLA)].links:
            problems.append(f'{p} missing from Alla investeringar')
    for p in P.PROJECTS:
        if u(P.H, p) in {l for l in sitemap_locs(P.H)}:
            problems.append(f'Partille sitemap lists a project: {p}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
