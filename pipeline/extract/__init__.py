"""Extraction: a pure function of (page, URL) → project records.

It imports neither Scrapy nor Prefect, so it runs on archived pages, in tests and in parallel workers alike.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from pipeline.extract.document import Block, Document, _decode, parse_html, parse_text
from pipeline.extract.fields import PageContext, build_record, page_statuses
from pipeline.extract.publisher import publisher_for_url, publisher_named_on_page
from pipeline.extract.segment import segment
from pipeline.swedish._scan import fold, has_any
from pipeline.swedish.dates import parse_page_date

# 0.2.8: key-figure tiles that show the value before its label ("3,6 mkr / Total kostnad") read as label lines, result
# tiles ("64 / familjer fick stöd") as figures (neither description nor facts); "Tjänster: 2,5" counts posts; a
# budget label saying "total" gives the total basis; a diary number alone and "Avslutat projekt" are no description;
# partners or funders shown only as logos are read from the alt texts; a one-project page's labels spread over its
# sections stay one project; a line of names under a "Samverkansparter" heading; "individ- och familjeomsorgen";
# 0.2.9, from heldout20–21: a jQuery UI accordion in role="tablist", Word bullets as text, bold cells inside <p>, a cost per
# participant, "kom från X", an earlier project's money, long captions, attributions, publish-date lines, phases
# dated by their headings, shares by payer, a caption's unit, Medfinansiär columns, financing tables, payers with
# amounts, "och av X med", a fact list in a sidebar wrapper, calls for applications, "Frågor och svar om X";
# heldout22: statuses in parentheses, histories under dated headings, a total its parts add up to, service pages and
# search results, dash fact lines, "page-header" titles, feed items named by their prose, PDF line breaks, numbered
# report sections and running footers, a municipality's unit after its name, dates of the ordinary service after;
# 0.2.10, heldout23–24: evaluations and yearly summaries of the fund, answers to motions, contact lists, average costs, a
# "page-header__preamble", a municipality line over a list of facts, payers after "varav", a length in the next
# sentence, funders after the publisher's own fund.
# 0.2.11: the last of several extensions ends the project, also when its period had only a start; a dash line of
# facts names the owning municipalities and a lone year as the period; a timeline of short lines ("Juni 2027
# Projektet avslutas") ends a period that has only a start; heldout26–27: label and value elements, one-row fact
# tables, names one per element, "Mål"/"Finansiering" sections of one project, topic pages, budget documents and
# a fund's rules, a news introduction about several projects, a second extension, the turn of a year, partners "i
# nära samverkan", owners and payers as subjects, "gymnasiets första år", "Kultur och fritid"; UTF-8 with a cut or
# stray byte, UTF-16 without its mark, NUL padding, nesting deeper than libxml2 reads; heldout28: a form's numbered
# sections, an association's own pages, post category terms, a pot to share out, a grant then its total, groups of
# payers, the prose's money under a budget label without a sum; heldout29: gallery captions, document links, dates
# alone inside a paragraph, "Senast ändrad", "Kultur och fritid" in prose, "N roller arbetar (i projektet) (på) heltid".
# 0.2.12: a payer's verb said once for two payers ("X bidrar med A och Y med B"), "Y (för) lika mycket", what was
# spent ("Utfallet för 2024 blev …", "… har förbrukats") is no budget, "kommer i folkhälsomedel från X", "har anställts
# på halvtid", the publisher left out of a joint payers' group whose own part comes from its own fund.
# 0.2.13, heldout30–31: "Så arbetar teamet" and "Kort fakta" are aspects of one project, an audit's sections hold
# none, "Ronneby: Sommarbryggan", a name before "i X kommun", an extension of a quoted name, "skulle ha avslutats",
# the project's own total, a year's sums without a total, one payer's part is no total of the others', "Den sociala
# investeringsfonden bidrar med", "Y går in med lika mycket", "två läsår, 2024/25 och 2025/26", "75 procent
# socionom", "2,5 tjänster (…)", "medel för sociala investeringar" as the own fund.
# 0.2.14, heldout32–33: course and event pages, awards, consultations, other funders' grants, a fund's key figures
# and standing services hold no project; one project section of a topic page; an old site's Swedish-named columns,
# head and foot, its tools one per line, a bold status notice, spending labels and a news kicker's date; heldout34–35:
# the notice board, press photos, premises, councils, handbooks, method guides, people's names hold no project;
# bold-name paragraphs are a list; the council's money for the fund, "Regionen avsätter …", "arbetar i projektet, båda
# på halvtid"; heldout36–37: a board's page, foundations, volunteers, recruiting, open data, agreements, a data
# dictionary and a topic page's standing services hold no project; "som är 80 år eller äldre", "drev projektet".
# 0.2.16: a school's own pages (/vara-skolor/) hold no project.
# 0.2.17, heldout35–40: a statutory service's page ("en insats enligt socialtjänstlagen") holds no project; on a page
# about one topic a section is a project only in its own words or as a phase of the page's, and a page read as one
# project must speak of one ("Projektet", "Projekttid", "X är ett projekt", a fact box's period and money); a page of
# partners each under its name, delegation orders, fee lists and thesis topics hold none; a name and one sentence
# under a list's heading is one, unless it says there is none; two labels of one field in a row, a card's status
# badge; the owner as the subject of the project's name, partners in a description column, two departments in lower
# case and before a suspended compound; the publisher's part after "varav" and its "investeringsreserv" fund no funder.
# 0.2.18, heldout41–42: money from the fund says a page speaks of one project whatever it calls it; a section's fact
# box must give money or an end; standing services under "insatser", annual planning calendars, internal-control
# plans, surveys and publication lists hold none; places before a heading's colon ("Ekerö: Unga med egen kraft") are
# no part of the name; a news headline opening with the name; "ansvarar för teamet"; a list in a table cell; "ska
# arbeta på halvtid"; "Projektets mål är att".
# 0.2.19, heldout43: a page about another kind of investment (the climate, energy, roads) keeps only the work that
# speaks of people; the one grant from the fund beside sums of another kind is the budget; "Syftet med modellen".
# 0.2.20, heldout40, 44–45: question headings give a one-project page's target group and partners; "X tillsammans med
# Y" under an owner label is two owners; "aug 2025 – jul 2027"; "bidrar Länsstyrelsen i X län med …"; a statutory
# service stays none when it mentions the fund or a fixed-term contract; another area's programme and a school's
# quality report hold no project.
# 0.2.21, heldout47: a card's heading, status badge and facts in one list item; a name ends at "avbröts".
# 0.2.22, heldout46–47: a news lead's paragraph per grant; a grant and a co-payer's share summed; a stop date ends a
#   period read from prose; staff "med modellen", "alla tre på heltid"; a library or school that drives the project.
# 0.2.23, heldout48–50, heldout_sites21: quoted and unquoted names in one news lead, a refusal or another grant ends a
#   paragraph's project; a protocol's application items; building work, calendars, A–Ö indexes, forecasts and an
#   event's dates are no projects; money from the fund speaks of a section's project; a total beside a payer's part;
#   payers "för resten", "bekostar", "pengarna kommer från"; the publisher by its kind is no funder; ages in months;
#   a pause in other words; "Förlängning:"; owners "leder", "Bakom insatsen står".
# 0.2.24, heldout49–52: a bare name in a grant paragraph, a co-funding label summed; standing services under soft
#   labels or "tills vidare", budget proposals, another body's project, the fund's payout rules are no projects;
#   easy-to-read pages' time and money headings; "Pengarna kommer ur fonden"; ordinary budgets' sums and differences
#   are no budget; lower-case units as partners; a payer's clause ends a list.
# 0.2.25, heldout53–54: a project's phases are one project; archives' document links, shares by payer, lists under a
#   news heading and aspect headings ("Pengar och tid") are no projects; a measurement's school year yields; "drog i
#   gång", "började arbeta"; "som båda arbetar 75 procent", "tre nya heltidstjänster"; a fund's capital and a saving.
# 0.2.26, heldout55: "Två fritidsledare, en i varje kommun, anställs på halvtid"; a word hyphenated across a <pre>
#   paste's lines is one word.
# 0.2.27, heldout56: a press room, a template with placeholders and a list of dated headlines hold no project; owners
#   "Huvudman är X", "X är projektägare"; a payer's verb ends its name; a förbund said by its kind is no funder.
# 0.2.28: an owner by any name that "äger projektet" or "har huvudansvaret"; "tar" ends a partner's name.
# 0.2.29: staffing per person after a comma ("en på heltid och en på 60 procent", "var och en på 75 procent"), a share
#         of one's own post, "de två vägledarna"; partners as "Samarbete"/"Vi samarbetar med" labels, "Med i arbetet
#         är", "är med som samarbetsparter", "Samverkansparter är"; the owner's units "tillsammans med" it are owners;
#         "driver tillsammans en"; "står X för N" payers and "Av dem" parts; "hela treårsperioden"; "sjösattes",
#         "avrundas"; "Tanken med X är att" as purpose.
# 0.2.30: a <pre> document's paragraphs unwrapped each on its own, its running footer left out; a tool bar ending in
#         the breadcrumb; "jag är projektledare på 20 procent"; "kommunen" on a region's page is the one municipality
#         named; a unit "i Region X Y" is one partner.
# 0.2.31: no project where the page says its subject is none ("är inte ett projekt"), in a board's or capital
#         investment's report section, in a year's list heading ("Insatser under 2024"), on a generic page that counts
#         several, in the organisation's IT projects, in a form's instructions, in a service paid from the fund once
#         and ordinary since; a blog's dated posts are its project's news ("X – bloggen" titled X); a report's
#         sections tell its projects when its table only sums them up; "Slutrapport: X" is X's page; an empty
#         skip-link target is not the content; aspect headings ("Därför finns X", "Tid och resurser", "Genomförande").
# 0.2.32: owners, partners, payers, staff and periods in many more wordings (heldout57–60: "drivs i regi av",
#         "Ansvaret … ligger hos", "Det är X som håller i trådarna", "i partnerskap med", "involverar", "ihop med",
#         "medverkar i planeringen", "delas mellan", "bidrar dessutom med", "går in med", "Därutöver betalar X",
#         "delar på 200 %", "arbetar vardera 60 procent", "den ena … den andra", "drar i gång", "håller på till
#         utgången av", "öppnade", "räknat från", "i stället för att avslutas"); sentences under an owner label read
#         as prose; a table's "Medverkande organisationer" column; no project on a network's, a service-by-law's, a
#         grant scheme's, a detailed plan's, an audit plan's or a log-in page; a column of dates is no project column;
#         "Name – Kommun" titled Name; a news item's descriptive heading gives way to the name its section gives.
# 0.2.33: a one-project page is not decided by a news list or contact box under its own heading; "Arbetet med X" and
#         "Projektet" after building work speak of no project; work that began and "är i dag en del av" something
#         standing is no project; "Vision …" is a generic title; "Beviljad social investering: X" is X's page.
# 0.2.34: a list under "Projektet i tre faser" is the page's project's phases; a table row "Återtaget" is no project;
#         agreements, statutes ("7 § …") and fee pages are generic; aspect lists ("Pengar, personal och
#         organisation"); "står som ägare", "X svarade för resten", "kör i gång", "Ansvarig part"; an owner's name
#         ends before "och genomförs".
# 0.2.35: a comparison's time ("jämför med läsåret 2023/24") yields; "i tre år från beslutet den …"; a date in
#         brackets read as written out ("3 år från beslut (2024-11-20)").
# 0.2.36: a payer's sum after "Budgeten på N delas mellan …, som står för M" is a part of N.
# 0.2.37: no project on premises, staff-supply, inspection and other plans, a company's sponsorship, a quality report, a
#         crisis exercise (the page-kind titles joined segment's _NEVER_PROJECT_TITLE); a column of people is no
#         project column, years alone no project's name; a made-up example project; "Projektet … i dag … ordinarie"
#         and "Programmet genomförs …" speak of no project; money "satsade" once for work ordinary since; "Avsnitt N:
#         X – …" is X; grant-scheme titles only by their first word.
# 0.2.38: a decision still to come about ordinary work is no standing work; "Det mesta kommer ur … fonden" is fund
#         money; "sina/sin/sitt" end an unquoted name; pages on other municipalities' funds and their headings.
# 0.2.39: heldout66's wordings: "är organiserat under", "hör organisatoriskt till", "är knuten till", "är utförare",
#         "bär ansvaret", "vilar på"; "sida vid sida med", "Till arbetsgruppen hör också", "är med och formar
#         upplägget", "har varit med sedan starten", "är engagerade i arbetet", "har samverkansavtal med"; "täcker den
#         sista fjärdedelen", "bär N kronor", "har dessutom beviljat N"; the publisher's board by its possessive.
# 0.2.47: "en kvarts miljon", "tre kvarts miljon" are sums; "Hälften kommer från X", "En tredjedel av kostnaden betalas
#         av X", "… och hälften av Y" name payers (only where the sentence or the one before speaks of money); "A och
#         B gemensamt" owners without "gemensamt"; partners "samarbetar i projektet med", "I projektgruppen sitter en
#         kurator från A", "är med i projektet, bland annat A, B"; "Tre föräldrar är med" names none; "Sedan X ingår
#         Y i <a long unit name>s ordinarie verksamhet" read across the sentence; owners "utförs av", "Projektets
#         ägare var", "Ägare av projektet är", "organiserades inom", "ägarskapet har lagts på", "kommer att vara
#         projektägare", "lokal projektägare", "i X:s egen regi"; partners "har gått in i arbetet:", "tackat ja till att
#         vara med:", "har lovat att delta", "I teamet ingår förutom … också", "samverkansmöten med A och med B";
#         payers "har anslagit", "betalas av X" after a sum; staff "med varsin halvtidstjänst"; no record for a
#         newsletter's fund-call section, "fyra pågående sociala investeringar", question time, internship lists;
#         "samarbetar förvaltningen med A, med B", "Med i arbetet var", "Ansvarig för <Name> är", "sammanlagda
#         budgeten", shares "en tredjedel av kostnaden, N" and "Av dem kom N" as parts, "per halvår" prices, the
#         pot "till sociala investeringar", "har X gett N", a yearly restatement dropped, staff "från Region X är med
#         på", "med inriktning mot", "Om <Name>" sections titled by the name; "Start är planerad till", an early
#         end ("fick avslutas … tidigare än planerat, i …") finished, "skulle betalas av", "använts" spent, "Båda X";
#         "har fyllt 75 år" min 75, "förlängde … till och med", "socialtjänstens fältgrupp"; a fact box in a floated
#         side column of a page without <main>; owners "Det är X som leder och bemannar", "fick i uppdrag att … driva",
#         "Ansvaret … delas mellan", "ett uppdrag från … till X"; partners "i samråd med", "gemensamt med", "hade ett
#         nära samarbete med", "avstämningar med", "Name – role" items; abbreviations written out ("IFO" → the name
#         before "(IFO)"); "är medfinansiär med N"; no record for a planning basis or a needs analysis; "håller
#         samman/ihop"; "Effektkedja" no title; "vardera 50 procent av sin tjänst i <Name>"; names in turn ("Först ut
#         är ”X”", "”X”, som drar i gång"), "Insatsen får N" continues the work named before, "X har ansvaret", staff
#         "med fördjupad kunskap om …", templates and years in review hold no project, an agency's "för <purpose>";
#         one lone start and one lone end apart make a period (not "Nästa grupp startar …"); "startade sin första
#         grupp", "i samband med skolstarten", "enligt plan"; "årsverk", "sammantaget N tjänst", "N procent var av sin
#         tjänst avsatt för"; "går dessutom in med N" (not a share of a post), "bidrar X med N"; staff "från Mora
#         hälsocentral … arbetar vardera 50 procent", ", båda socionomer,"; a department that "driver" anything;
#         bulleted fact lists in sections one project ("Ekonomi och resurser" generic, "Mål:" after "Syfte:"); only a
#         title that begins with "Ledare" is an opinion column; a sum per term is a rate unless the terms are counted.
# 0.2.46: "Piloten har fått namnet X", "Arbetet heter X" name the work; a tag's or topic's page and a self-paced course
#         hold no project; a way-of-working page that speaks of "Projektet …" is left to the other rules.
# 0.2.45: an accordion button's icon ligature ("expand_more", aria-hidden) is no text; "Ansvarig: X Period: Y" splits
#         before a label that follows a capitalised value; a title "Name – what it is" is the name when the text uses
#         it alone; a page about a standing way of working ("X är kommunens arbetsgång/arbetssätt/metod …") without
#         fund money holds no project; owners "drivs inom X", "låg under X", "Ansvaret för <work> har X", "Det är X
#         som har hand om <Name>", a unit's "… i kommunen" left out; staff "en egen lärare på 60 procent"; press
#         clippings and reading tips hold no project; owners "har projektledarskapet", "utgick från", "är värd för",
#         "sker under ledning av", "ansvarig utförare", label "Utförande enhet"; partners "i ett gemensamt arbete
#         med", "fortsatt med i samarbetet", "I nätverket kring projektet fanns", "engagerade i …aktiviteterna",
#         "har undertecknat en avsiktsförklaring", "Med på tåget finns", "kopplade till satsningen", "har varsin
#         kontaktperson"; a side column read by the walk is not read twice; payers "har X gått in med N", "X lägger
#         N", "X svarade för N", "N kronor som X har bidragit med".
# 0.2.44: a list table's rows told again in sections of their own give the sections their amount, period, municipality
#         and responsible board where the sections' own words do not; a title's "i korthet", "– lärdomar och
#         resultat", "– så gick det" are what the page tells of the project, not its name.
# 0.2.43: owners also "Organisatoriskt tillhör insatsen X", "var förlagt till X", "leddes från X", "Uppdraget att
#         genomföra projektet har X fått", "Det blir X som tar hand om projektet"; partners "deltar i projektets
#         styrgrupp", "i nära dialog med", "I samarbetet ingår också", "ingick i samarbetet", "har varit
#         samarbetspartner", "var parter i projektet", "är med från början", "Två parter … är med: …" (never people or a
#         count of them, and not the owner's clause before them); a section's fact lines (Huvudman, Beviljat) are its
#         project's; "Name – pilot för …" names the section; an event page's "Om projektet X" part is X's record; an
#         old layout's side-column fact box is read; bonds, a commission, a "…politiskt program" and "Så har stödet
#         använts" hold no project.
# 0.2.42: the owner as the work's organisational home ("har sin hemvist i", "sorterar under", "hör organisatoriskt
#         hemma hos", "ligger under"); "… och har också projektansvaret", "har det övergripande ansvaret för";
#         partners as the subjects of the clauses under a "Partner" heading, and those the work "har fått med sig";
#         a fact list's label marked by its class is a label line even when the fields do not read it ("Arrangör",
#         "Öppettider"), and "Sista dag att lämna in" is an event's label (a collection drive is an event); label
#         lines up to 160 characters count for the job-ad and event tests (three job ads in the site sets were read
#         as projects).
# 0.2.41: "A, B och C" with B a region is a list of three, not a unit, its parent and one more (a region's own
#         care service, "Barnhälsovården, Region X", keeps its region).
#         End verbs after "ska"/"har" ("ska hålla på till", "löpa", "fortsatt"), "började ta emot deltagare i …" is a
#         start, a payer's "har dessutom beviljat N kronor".
#         Labels "Genomförs", "Tidsram", "Varaktighet" (period), "Drivs av", "Genomförs av" (owner), "Övrig/Extern
#         finansiering" (a co-payer's sum added to the grant).
#         A one-project page must speak of its subject ("projektet", the title's name, a name its prose gives): a
#         governance page or a councillor's blog with periods and sums is none.
#         Owners "Ansvarig förvaltning är X", "är placerat under X", "X står bakom/håller i satsningen", "X är ansvarig",
#         "X hade huvudansvaret"; partners "samarbetade med A, som …, med B och med C", "I arbetet deltar också X",
#         "I referensgruppen sitter representanter för …"; labels "Medsökande", "Övriga aktörer" (partners).
#         Staff "är anställda på 75 procent var", "är med på halvtid", "Två X, en A och en B, arbetade …" (two, not
#         four), roles in "-atör"; a name in apposition before "går till"/"fick"/"beviljades".
#         A table of goals and activities ("Mål | Aktivitet | Ansvarig | Tid") is one project's plan; "Uppdrag att utreda
#         …" is no project yet; "Arbetet …", "Verksamheten …" opening a sentence or a fact box speak of a page's subject.
#         An event's label block (Datum, Tid, Plats, Medverkande, Anmälan) is no project; how-to and about-sections ("Så
#         kan förbundet bidra", "Om överenskommelsen", "Kommunal medfinansiering") are no projects.
#         A payer table's "Region X, folkhälsomedel" is Region X; a clause ("X delfinansieras av Y") is no payer's name.
#         "Så beräknar vi effekterna" and other how-the-fund-works titles are no project's.
#         "Se filmen om X", "Frågor och svar om X": the record is titled X when the text names X twice.
#         An organisation's own abbreviation in brackets is dropped ("Arbetsförmedlingen (AF)"); "X håller i <Name>" owns.
#         Payers "Av den betalar X N kronor", "X betalar en tredjedel av kostnaden".
#         Owners "samordnas av", "hålls samman av", "Ansvarig för projektet var", "X genomför <Name>"; partners "Samverkan
#         skedde med", "är projektets externa parter"; a title "X – slutrapport i sammandrag" is X.
#         A table of counts per year ("Typ av insats | 2024 | 2025") is statistics; a budget or plan chapter's sections
#         are projects only in their own words; a savings plan or a coalition's agreement holds none; "X – social
#         investering 2026–2028" is X.
#         When no owner wording is known, the owner by grammar: the work in a passive with its agent ("Projektet
#         administreras av X"), a body's relative clause ("X, som driver Y"), a body as the subject of a verb of running.
#         Partners from a sentence that lists them whatever its verb ("har tre partner: …", "Bland samarbetsparterna
#         finns …", "Till arbetet har vi knutit …"), relative clauses about each left out.
#         Payers "X tar den sista fjärdedelen", "X står för halva kostnaden", "X betalade 40 procent", "X sponsrar …
#         med N kronor", "X har dessutom lovat N", "Med ett bidrag från X".
# 0.2.40: staff "med 75 procent var", "med en tjänstgöringsgrad på 100 procent var", "har tjänster om 80 procent",
#         "lägger en femtedel av sin tid på insatsen".
# 0.2.7: "från augusti 2023 och tre år framåt" ends three years on; "N unga vuxna anställs som X på 25 procent
# vardera" is staffing; "har avbrutit gymnasiet" gives no school years; a board named without its place is no
# funder; "varav A och B" are both parts; a project page's "Om fonden" section, kicker lines and lone dates are no
# description; refused and withdrawn applications, consultation responses, interpellations and a diary's entries
# are no projects; "Status<br>Pågår" is a value; screen-reader labels and municipality tags are read; bold <td>
# header rows and a Totalt column; "1,5 tjänst: …" counts once; an extension above the period moves its end; a PDF
# converted by pdf2htmlEX is read as paragraphs; section numbers, "(Halmstad)" after a name, dated list items,
# agendas and glossaries, hidden-bar fact rows, news teasers, "kkr", a first phase inside a later one; decisions
# digests, semicolon fact rows in lower case, zero-width spaces, "(2019–2021)" after a name, question headlines,
# teasers' fact lines, a funder's name before a share.
# 0.2.6: a host no registry knows takes the publisher the page names as its site (og:site_name, <title>); a line
# break in the HTML source is a blank; a list of documents under "Beslutsunderlag"/"Bilagor" is no description;
# "Kommunstyrelsens protokoll …" is a protocol's title; the same sum from the fund and the board is one budget;
# merged table cells are read on the grid, a "Kommun" column places a row, a column of counts names no project;
# a fund's owner in the genitive is read in the nominative and the publisher's own fund is no funder; "Om
# projektet"/"Projektbeskrivning" pages; a fact box beside <main>; prose under "Bakgrund"/"Uppföljning" describes;
# case reference lines and "Sidansvarig" are no description; "Året i korthet" is the fund's section; "SEK 3 600 000";
# "och resten från X" funds; a staffing label's value read with its label; tool and address lines are furniture;
# an old site's <font> around paragraphs holds blocks, a table holding the page's headings is layout; a policy
# programme's page ("Social hållbarhet", "Handlingsplan …") or an event's holds no project unless its text says
# "Projektet"; grants listed clause by clause with semicolons; "Lärdomar", "Praktisk information", "Så fungerar
# fonden" name no project; a labelled fact line and a quotation's attribution are no description; Startår/Slutår;
# an old site's narrow side columns beside the h1's are furniture; a timeline's start and end items; key figures
# no description; a fact table in an aside; "Snabbfakta"; cookies, personal-data and method pages hold no project;
# badges no description and a card's header box; an owner label naming partners "i samverkan med" splits;
# heldout12–13: captions not read, a cell's link line names its row, press boilerplate, a section named after a dash
# on a larger page, a budget table by year, schedules, two projects of one name, procurements, columns, reports.
# 0.2.5: a <dl> of project names described in sentences gives a record per name; a label in italics without a colon
# is a label; a job advertisement and news of the fund itself give no records; the fund's process headings ("Så
# fördelas", "Fonden i siffror") are no projects; names under a funding label ("Finansiering: X 80 %, Y 20 %") are
# funders, without their shares; a municipality's unit before a region ("socialförvaltningen, Region Skåne") is not
# the region's; "individ- och familjeförvaltningen och Arbetsförmedlingen" splits; a reduction ("minskade med 1,9
# miljoner") is no budget; "ur kommunens sociala investeringsfond" is a source of a part, "ur fonden" no funder;
# "läsåren 2021/22 och 2022/23" spans both, a läsår is a twelve-month duration, "under tre år från 2024" starts it;
# a page filed under statistics holds no project unless its text says "Projektet …"; a headline h1 ("X får stöd
# för …", "Halvtid för <name>") takes the project name the prose gives, wherever the page is filed; a bold name before
# a block of labelled lines titles it; paragraphs naming different projects without quotes split; "Om den sociala
# investeringsfonden" is the fund's section; "jan 24 – dec 25", ISO weeks and extensions ("förlängt t.o.m. 2026")
# are read; stopped or permanented projects are finished, paused ones have no status; "0,8 åa" is staffing; cards
# that are one link are read as blocks, tab panels are named by their tabs; a description repeating the title is null;
# motions hold no project; a news story about one project is one record; a place in bold before a quoted name;
# protocol items; a table's Beskrivning column; captions and badges are no description; "och" joins following spans.
# 0.2.4: a one-project news page or generic-titled page takes the project name its prose gives without quotes;
# closed accordion panels and layout tables are read; "Tidsperiod: Från mars 2025" is a start; a FAQ under a generic
# title is no project; a sum said twice is one budget, savings are none; a protocol's generic subsections belong to
# their § item, titled by the project name after its dash; "från den 1 januari … till den 31 december" and dotted or
# en-dash ISO days are ranges; "Bemanning: projektledare 100 %" and "båda på heltid" are staffing;
# 0.2.3: HTML comments are not read as text, soft hyphens are dropped, an open range ("2019–") has no end, a bare
# number in kronor under a money label without a unit counts; 0.2.2: words matched in odd letters ("ſeptember")
# read folded; 0.2.1: themes.csv row fix
# 0.2.48 (seventeenth session): an event's days yield to a longer period; "avslutades som projekt i …"; owners by
# "Initiativet kommer från", "Som huvudman … står", "har lett", past clefts, "stod bakom <name>"; the work itself, one
# of a kind and a partner's relative clause give no owner or partner; "och med" splits; prices and the ordinary
# budget's yearly cost are no budget; a headline's name defined by the prose; "<Name> ska ge" is a purpose; kicker
# tags and clock times are no description; "Vem kan vara med?"; the reader's ages; gymnasium years; another body's
# project is none of the page's; later rounds: "Med oss i arbetet finns", an article footer's fact lines, "vardera"
# sums, extensions by a length, "X är insatsägare", fraction payers, decided items, grant schemes, price lists and
# standing decisions.
# 0.2.49 (eighteenth session): "kvartstid"/"trekvartstid"; "Du som … kan vara med"; headings about the work itself
# ("Insatsen i korthet", "Efter insatsen", "Så arbetade projektet", "Läget just nu"); a fund's money page and a plan's
# list heading; tables of roles and of staff; complementary label groups take the page's prose; a body's seat gives
# no code; page tools "Spara som PDF"; knowledge reviews and building work are no projects; a grid column's fact box;
# label/value spans; co-owners; "ett lika stort belopp", "ytterligare", "resterande", "av projektets N"; years' shares
# hold no total; a dated report word before the name; more owner, partner, payer and staffing wordings.
# 0.2.50: a length "därefter" follows the date's own time; a sidebar card "Fakta om <project>" with one fact; a CMS's
# category and byline lines are no description.
# 0.2.51: partners "arbeta nära", past-tense groups, "Parterna är", "liksom med"; owners, payers, money and staff in
# more wordings; numbered section headings are labels; a dated news list is no
# project list; a place's lead over the project's name.
EXTRACTOR_VERSION = "0.2.51"

_DATE_META = ("article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified", "last-modified",
              "article:published_time", "dcterms.created", "dc.date", "date", "time")


def _page_date(doc: Document) -> dt.date | None:
    """The latest of the page's visible dates ("Senast uppdaterad", "Publicerad") and its meta dates."""
    # The latest date of the pieces' is the full text's (see Document.page_date_texts).
    dates = [found for text in doc.page_date_texts if (found := parse_page_date(text))]
    for key in _DATE_META:
        value = doc.meta.get(key)
        if value:
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
            if m:
                try:
                    dates.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
                except ValueError:
                    pass
    return max(dates) if dates else None


def clear_caches() -> None:
    """Empty the ``functools`` caches of the extraction code (pipeline.extract, pipeline.swedish, pipeline.themes)
    that remember results per argument (text, names, hosts); loaders without arguments (reference tables) keep
    what they loaded, as a long-running extraction would.

    The speed benchmark calls it before each timed pass, so that a page seen in an earlier pass does not find its
    own strings already cached."""
    import inspect
    import sys

    for name, mod in list(sys.modules.items()):
        if mod is None or not (name == "pipeline.themes" or name.startswith(("pipeline.extract", "pipeline.swedish"))):
            continue
        for obj in list(vars(mod).values()):
            clear = getattr(obj, "cache_clear", None)
            if not callable(clear) or getattr(obj, "__module__", None) != name:
                continue
            try:
                takes_args = bool(inspect.signature(obj.__wrapped__).parameters)
            except (AttributeError, TypeError, ValueError):
                takes_args = True
            if takes_args:
                clear()


def looks_like_html(body: bytes | str) -> bool:
    head = body[:2048].lower() if isinstance(body, bytes) else body[:2048].lower().encode("utf-8", "ignore")
    return b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<p>" in head or b"<div" in head


def check_not_binary(body: bytes | str, content_type: str | None = None) -> None:
    """Raise ValueError naming what an archived body is when it is no page at all: a PNG or a zip that a server labelled
    text/html (a CMS's download address without an extension), which ``extract_page`` would read as text and give no
    records in silence. A PDF is a page (read by ``pipeline.extract.pdf``), whatever its label. Called by the readers
    of a crawl's archive (``socinv extract --from-warc``, the extraction stage); a saved file is checked on reading."""
    from pipeline.extract.pdf import is_pdf

    if isinstance(body, bytes) and not is_pdf(body) and (kind := binary_kind(body)):
        raise ValueError(f"the content is {kind}, not an HTML or text page (whatever its Content-Type says)")


def parse_page(body: bytes | str, url: str, content_type: str | None = None) -> Document:
    from pipeline.extract.pdf import is_pdf, pdf_text  # a PDF's text goes through the plain-text reader

    if is_pdf(body, content_type):
        return parse_text(pdf_text(body if isinstance(body, bytes) else body.encode("latin-1", "replace")), url)
    if isinstance(body, bytes) and body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        body = body.decode("utf-16", errors="replace")  # a UTF-16 page with its byte order mark: read as text
    elif isinstance(body, bytes) and b"\x00" in body[:2] and (codec := utf16_without_bom(body[:1024])):
        body = body.decode(codec, errors="replace")  # and one without it
    elif isinstance(body, bytes) and b"\x00" in body[:2]:
        body = body.replace(b"\x00", b"")  # a file padded with NUL bytes (preallocated, half written): what is between
    if content_type and "html" not in content_type.lower() and "text/plain" in content_type.lower():
        # the declared charset, else UTF-8, else what UnicodeDammit makes of it (Windows-1252 for a Swedish text)
        text = _decode(body, content_type) if isinstance(body, bytes) else body
        return parse_text(text, url)
    if looks_like_html(body):
        return parse_html(body, url, content_type)
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    return parse_text(text, url)


# A "soft 404" (an error page served with 200) gives no records; the crawler's page checks use the same words.
from pipeline.pagewords import NOT_FOUND_PAGE, binary_kind, utf16_without_bom  # noqa: E402


# A word of every NOT_FOUND_PAGE alternative, looked for in the folded text before the pattern runs.
_NOT_FOUND_WORDS = ("sidan", "hittar", "page not found", "404", "felaktig")


def is_not_found_page(doc: Document) -> bool:
    heading = next((b.text for b in doc.blocks if b.kind == "heading" and b.level == 1), "")
    return any(has_any(fold(t), _NOT_FOUND_WORDS) and NOT_FOUND_PAGE.search(t)
               for t in (doc.meta.get("html_title"), doc.title, heading) if t)


# The labels and headings of a job advertisement (Visma Recruit, ReachMee, Varbi and the municipalities' own).
_JOB_AD_TERMS = frozenset((
    "sista ansökningsdag", "sista ansökningsdatum", "anställningsform", "omfattning", "tillträde", "lön", "löneform",
    "referensnummer", "annons-id", "kvalifikationer", "arbetsuppgifter", "dina arbetsuppgifter", "om tjänsten",
    "om anställningen", "anställningens längd", "antal tjänster", "antal lediga tjänster", "ansök nu",
    "sysselsättningsgrad", "din profil", "vi söker dig som", "om arbetsplatsen", "tjänstgöringsort",
))
_JOB_AD_MIN = 3
_JOB_AD_LINE_MAX = 160  # "Anställningsform: Visstidsanställning längre än 6 månader", "Arrangör: " and three names


def is_job_ad(doc: Document, heads: set[str] | None = None) -> bool:
    """A job advertisement ("Projektledare för sociala investeringar"): its percentages, dates and partners are the
    job's, not a project's. Known by at least three of the labels or headings every advertisement has (Sista
    ansökningsdag, Anställningsform, Kvalifikationer …), each a line of its own or before a colon. ``heads``: the
    page's ``label_heads``, when the caller has them."""
    return len((label_heads(doc) if heads is None else heads) & _JOB_AD_TERMS) >= _JOB_AD_MIN


# The labels of a course's or an event's page (a staff training day, a calendar of holiday activities): when, where,
# what it costs, who arranges it, how to sign up. Some are a project's too ("Tid", "Plats"); the sign-up, the
# arranger, the fee, the seats and the speakers are an event's alone.
_EVENT_TERMS = frozenset(("datum", "tid", "tidpunkt", "plats", "lokal", "kostnad", "avgift", "kursavgift", "pris",
                          "antal platser", "sista anmälningsdag", "sista dag för anmälan", "anmälan", "anmäl dig",
                          "arrangör", "arrangörer", "föreläsare", "medverkande", "program", "sista dag att anmäla dig",
                          "sista dag att anmäla sig", "sista dag att lämna", "sista dag att lämna in", "sista inlämningsdag"))
_EVENT_ONLY = frozenset(("avgift", "kursavgift", "antal platser", "sista anmälningsdag", "sista dag för anmälan",
                         "sista dag att anmäla dig", "sista dag att anmäla sig", "sista dag att lämna",
                         "sista dag att lämna in", "sista inlämningsdag",
                         "anmälan", "anmäl dig", "arrangör", "arrangörer", "föreläsare", "medverkande"))
_PAGE_KIND_TERMS = _JOB_AD_TERMS | _EVENT_TERMS
_PAGE_KIND_TERM_MAX = max(map(len, _PAGE_KIND_TERMS))


def is_event_page(doc: Document, heads: set[str] | None = None) -> bool:
    """A course's or an event's page: at least four of its labels, two of them an event's alone (sign-up, arranger,
    fee, seats, speakers). Its dates, ages, fee and arrangers "i samverkan med" are the event's, not a project's."""
    seen = (label_heads(doc) if heads is None else heads) & _EVENT_TERMS
    return len(seen) >= 4 and len(seen & _EVENT_ONLY) >= 2


def _is_event_block(seg) -> bool:
    """A block of an event's labels beside other text ("Informationsträff" — Datum, Tid, Plats, Medverkande, Anmälan):
    the event's facts, as on an event's page (``is_event_page``), not a project's: three of the event labels, one an
    event's alone."""
    if seg.kind != "label-block":
        return False
    heads = {fold(label).strip(" :") for pairs in seg.fields.values() for label, _ in pairs}
    for pairs in seg.fields.values():  # ("Kostnad: kostnadsfritt\nAnmälan: senast 6 februari": a label in a value)
        for _, value in pairs:
            heads.update(fold(line.split(":", 1)[0]).strip() for line in value.split("\n")[1:] if ":" in line)
    seen = heads & _EVENT_TERMS
    return len(seen) >= 3 and bool(seen & _EVENT_ONLY)


# A heading about one project by its name: "Om projektet Barnsteget", "Om satsningen Läsfixarna".
_ABOUT_PROJECT_HEADING = re.compile(r"^om\s+(?:projektet|satsningen|insatsen|investeringen|den sociala investeringen)"
                                    r"\s+(?P<name>(?-i:[A-ZÅÄÖ«\"“”])[^.!?:]{1,60})$", re.I)


def _project_part_of_event(doc: Document) -> Document | None:
    """The part of an event's page under a heading about one named project, as a page of its own (its name the
    title, the blocks to the next heading of the same level or higher); None when there is no such part."""
    for i, b in enumerate(doc.blocks):
        if b.kind == "heading" and (m := _ABOUT_PROJECT_HEADING.match(b.text)) is not None:
            own = []
            for c in doc.blocks[i + 1:]:
                if c.kind == "heading" and c.level <= b.level:
                    break
                own.append(c)
            if not own:
                return None
            name = m.group("name").strip(" «»\"“”")
            return Document(doc.url, name, [Block("heading", name, level=1), *own], doc._full_text, doc.meta,
                            doc._date_texts)
    return None


def label_heads(doc: Document) -> set[str]:
    """The job ad's and event page's terms that head a block of the page, a line of its own or before a colon: one
    pass over the blocks for both tests."""
    seen: set[str] = set()
    for b in doc.blocks:
        text = b.text
        if len(text) > _JOB_AD_LINE_MAX or b.kind == "table":  # a paragraph of prose: no label line
            continue
        colon = text.find(":", 0, _PAGE_KIND_TERM_MAX + 2)
        head = text[:colon] if colon >= 0 else text
        if len(head) > _PAGE_KIND_TERM_MAX + 2:  # most blocks: longer than any term, no colon
            continue
        head = fold(head).strip(" \t\n:")
        if head in _PAGE_KIND_TERMS:
            seen.add(head)
    return seen


def extract_page(body: bytes | str, url: str, content_type: str | None = None,
                 fetched_at: dt.datetime | None = None) -> list[dict]:
    """Records for every project the page describes (schema field names, plus ``evidence`` as JSON)."""
    doc = parse_page(body, url, content_type)
    if not doc.blocks or is_not_found_page(doc):
        return []
    heads = label_heads(doc)
    if is_job_ad(doc, heads):
        return []
    if is_event_page(doc, heads):
        # an event's page holds no project, but for a part about one by its name ("Om projektet Barnsteget" under a
        # seminar's programme and sign-up): that part alone, read as the project's own page
        doc = _project_part_of_event(doc)
        if doc is None:
            return []
    segments = [seg for seg in segment(doc) if not _is_event_block(seg)]
    if not segments:
        return []
    seg_blocks = {id(b) for s in segments for b in s.blocks}
    outside = "\n".join(b.text for b in doc.blocks if id(b) not in seg_blocks and b.kind in ("p", "li"))
    publisher, publisher_evidence = publisher_for_url(url), None
    if publisher is None:  # a host no registry knows: the organisation the page names as its site, if any
        publisher, publisher_evidence = publisher_named_on_page(doc.meta) or (None, None)
    ctx = PageContext(url=url, publisher=publisher, page_date=_page_date(doc), page_title=doc.title,
                      page_text=outside, page_statuses=page_statuses(doc.title))
    records = []
    for seg in segments:
        rec = build_record(seg, ctx)
        evidence = rec.pop("_evidence")
        if publisher_evidence:
            evidence["publisher"] = publisher_evidence
        pub = ctx.publisher
        rec.update(
            publisher=pub.name if pub else None,
            publisher_code=pub.code if pub else None,
            publisher_type=pub.type if pub else "other",
            source_url=url,
            source_urls=[url],
            page_updated=ctx.page_date,
            fetched_at=fetched_at,
            extractor_version=EXTRACTOR_VERSION,
            evidence=json.dumps(evidence, ensure_ascii=False, sort_keys=True),
        )
        records.append(rec)
    return records
