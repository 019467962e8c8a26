"""tests/heldout3/ and tests/heldout4/ were written (by helpers that did not read the extractor) in styles the
other sets lacked: closed accordions, pages laid out in tables, board protocols, a region's list per municipality,
unquoted names in news, fund guidance (heldout3); cards with badges, a table with a column per project, an
annual report as text, an English page, a samordningsförbund, status tags (heldout4); heldout5 to heldout7 the
same way, later (heldout6: a <dl> of granted projects, number words, a job ad, news of a new fund; heldout7: field
wordings, link cards, tabs). At first contact they scored record precision/recall 0.909/0.526, 1.000/0.600,
0.789/1.000, 0.808/0.808, 1.000/0.739, 0.833/1.000 (heldout8) and 0.667/1.000 (heldout9: merged table cells, a fact
box beside <main>, an old site in layout tables and <font>, a decision page, a samordningsförbund's annual report,
a fund's follow-up and a strategy page with no projects) and 0.846/0.846 (heldout10, written after the heldout9 rules:
grants in one paragraph split by semicolons, a timeline, a budget table by year, Startår/Slutår fields, a
conference press release) and 0.739/0.944 (heldout11, after the heldout10 rules: big cities' styles, a fact table in an
aside, card badges, a cookies page, a method page) and 1.000/1.000 (heldout12, after the heldout11 rules: prose
without labels, a region table with link and description in one cell, FINSAM cards, a press release with a dateline,
lättläst, captions, a folkhälsa page; descriptions 0.21 at first contact) and 0.526/0.909 (heldout13, the last one,
after every rule above: a schedule table read as 6 projects, an opinion column, a procurement and a report summary
read as projects, two projects of one name merged) and 1.000/1.000 (heldout14, written after the heldout13 rules:
titles 0.74, target groups 0.94 / 0.79) and 0.696/1.000 (heldout16, written in the seventh session: refused and
withdrawn applications, a consultation response's numbered sections, an update log's entries and a table's bold
header rows read as projects; a fact block's "Status<br>Pågår" cut one project in two, losing its description;
screen-reader labels and a card's municipality tags dropped) and 0.737/0.824 (heldout17, the seventh session's
second: a PDF report converted by pdf2htmlEX, dated list items and a meeting agenda and a glossary read as projects,
news teasers, "kkr", a later phase's text about the first) and 0.667/1.000 (heldout18, the third: a decisions digest
read as 8 projects, facts split by semicolons with lower-case labels, a row of logos as partners, a zero-width space
inside a label, two same-name projects with their years in the headings) and 1.000/0.769 (heldout20, the eighth
session's: a jQuery UI accordion inside role="tablist" read as furniture, Word bullets as text, a cost per
participant, an earlier project's money) and 0.941/0.889 (heldout21: phases with their years in headings, tables
with the unit in the caption and a Medfinansiär column, a financing table per project, a fact list in a sidebar
wrapper, a call for applications read as a project) and 0.682/0.938 (heldout22, written after those rules: a
project's history under dated headings read as six projects, a Joomla blog whose titles sat in a "page-header" box,
a service page and diary search results read as projects, statuses in parentheses, PDF text with a break at every
line) and 0.917/1.000 (heldout23, the eighth session's last, typical pages written after every rule above: an
evaluation of the fund's investments read as a project, an ingress in a "page-header__preamble", an average cost
read as a budget, a funder after the publisher's own fund) and 0.423/0.917 (heldout24: a motion's answer, a contact
list, a fund's yearly summary and a region's list split by a municipality line gave 15 false records); the general
rules they exposed were then
fixed, and 1.000/0.900 (heldout25, the session's last, representative pages written after every rule above: a fact
box marked role="complementary" and a region's own share among the payers); its two leftovers were then
fixed; and in the ninth session 0.923/1.000 (heldout27: field wordings, a fund's rules page read as a project) and
0.867/1.000 (heldout26, representative: a trygghet page and a budget document read as projects, a one-row fact
table as a table of projects) and 0.857/1.000 (heldout28: samordningsförbund and kommunalförbund pages, a Finsam
explainer and a members' fees page read as projects) and 1.000/1.000 (heldout29, representative municipal pages:
only descriptions, 0.42, took captions, fact lines and dates in), and in the tenth session 1.000/1.000 (heldout30,
representative: titles 0.79, budgets 1.00 / 0.86) and 0.900/1.000 (heldout31: money, time and staffing wordings; an
audit of the fund read as two projects, budgets 0.67 / 0.71, funders 0.50 / 0.29) and 0.850/1.000 (heldout32,
representative: a fund page's key figures read as three projects), all then fixed (README,
"Extraction quality"), so they are no longer unseen: here only a floor guards against regressions, and
`socinv eval tests/heldout3` gives the per-field figures."""

import pytest

from fixture_cases import ROOT
from pipeline.evaluate import evaluate, find_cases


@pytest.mark.parametrize("name", ["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                                  "heldout10", "heldout11", "heldout12",
                                  "heldout13", "heldout14", "heldout16", "heldout17", "heldout18", "heldout20",
                                  "heldout21", "heldout22", "heldout23", "heldout25", "heldout26", "heldout27",
                                  "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33",
                                  "heldout37"])
def test_new_style_pages_stay_above_the_floor(name):
    result = evaluate(find_cases(ROOT / "tests" / name))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    for field in ("title", "start_date", "end_date", "budget_sek", "status", "municipality_codes"):
        assert fields[field]["precision"] >= 0.85, field


def test_the_last_blind_set_stays_above_its_floor():
    """tests/heldout15 was written at the end of the sixth session, after every rule above; its first contact was
    0.643 / 0.750 and three general rules (captions of several lines are read, a bold first line names its paragraph,
    association-grant and newsletter pages hold no project, a list item with its own heading is a box, an "Om
    projektet" page's label groups are one project, a budget table outranks the fund's sum) brought it to
    1.00 / 1.00; its funders (0.50 then) reached 1.00 in the seventh session (a board named without its place grants
    the publisher's own money, amounts joined to a "varav" part are parts, a section about the fund on a project's
    page is the fund's)."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout15"))
    assert result["cases"] >= 8 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95


def test_the_sessions_last_blind_set_stays_above_its_floor():
    """tests/heldout19 (8 pages, written blind at the end of the seventh session, after every rule above): its first
    contact was 1.000 / 1.000 (titles 0.94, descriptions 0.69, funders 0.00 / 0.00, status 0.94); a funder's name
    ending before a share, a question headline and a teaser's line of facts brought titles, funders 1.00 and
    descriptions 0.88."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout19"))
    assert result["cases"] >= 8 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    for field in ("title", "start_date", "budget_sek", "funders"):
        assert result["fields"][field]["precision"] >= 0.9, field


def test_the_english_page_of_heldout24_is_its_one_miss():
    """tests/heldout24 (written last in the eighth session): 0.423 / 0.917 at first contact; the rules it exposed
    brought it to 1.000 / 0.917. The one project missed is an English translation of a project page: the extractor
    reads Swedish pages (its labels, the words that make a page speak of people and their needs)."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout24"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.9
    for field in ("title", "budget_sek", "municipality_codes"):
        assert result["fields"][field]["precision"] >= 0.85, field


def test_the_negative_pages_of_heldout36_stay_out():
    """tests/heldout36 (a third precision set, written after the heldout33–34 rules): 0.280 / 1.000 at first contact
    (a data dictionary's rows, a board's members, an open-data catalogue, foundations, volunteers, an agreement, a
    topic page's standing services: 18 false records); 0.875 / 1.000 after (left: a housing service page, read as
    none since the eleventh session: a statutory service's page holds no project)."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout36"))
    assert result["cases"] >= 12 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95


def test_the_negative_pages_of_heldout33_stay_out():
    """tests/heldout33 (tenth session: eight pages a crawl meets around the fund that hold no project, four that hold
    five): 0.357 / 1.000 at first contact (a staff course, a holiday calendar, awards and their winners, a citizens'
    consultation, a guide to other funders' grants and a topic page's standing services gave nine false records);
    0.833 / 1.000 after its rules, 1.000 / 1.000 after heldout36's (one project among a topic page's services)."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout33"))
    assert result["cases"] >= 12 and not result["errors"]
    assert result["record_precision"] >= 0.8 and result["record_recall"] >= 0.95


def test_the_tenth_sessions_precision_and_list_sets_stay_above_their_floors():
    """tests/heldout34 (eight more kinds of page without projects: a school's page, press photos, premises to let, a
    youth council's members, a method guide, a housing company's annual report, the notice board, a project handbook;
    four with five projects) was 0.226 / 1.000 at first contact (24 false records, 6 of them the council's members
    titled by their names, 6 a handbook's phases, 6 the notice board's protocols); 0.875 / 1.000 after, 1.000 /
    1.000 with a school's own pages read as holding no project. tests/heldout35 (eight list pages of 5–7 projects each: an accordion, a region's table, cards,
    year groups, a <dl> per project, bold names in paragraphs, a region's list by municipality, a split of ongoing
    and finished) was 1.000 / 0.880 at first contact (the bold-name paragraphs gave one record of six; funders 0.30:
    "Regionen avsätter …" on the region's page); 1.000 / 0.980 after (left: a name with one sentence)."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout34"))
    assert result["cases"] >= 12 and not result["errors"]
    assert result["record_precision"] >= 0.85 and result["record_recall"] >= 0.95
    result = evaluate(find_cases(ROOT / "tests" / "heldout35"))
    assert result["cases"] >= 8 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    for field in ("title", "start_date", "budget_sek", "status", "funders"):
        assert result["fields"][field]["precision"] >= 0.9, field


def test_the_eleventh_sessions_blind_sets_stay_above_their_floors():
    """Written blind at the start of the eleventh session, measured at first contact on the session's first commit
    (2193078) and its second (9f6e052), the same figures: tests/heldout38 (nine new kinds of page without projects: a
    delegation order, a councillor's page, thesis topics, an inspectorate's decisions, school funding rates, a podcast
    episode, a page of partners, a school's health plan, an agreement with civil society; three with six projects) was
    0.143 / 1.000 (36 false records); tests/heldout39 (representative) 0.850 / 1.000 (a card's status badge split each
    card in two, a fund page's worked example read as a project); tests/heldout40 (owners, partners, funders,
    purposes and target groups in many wordings) 0.941 / 1.000 (organisations 0.80 / 0.75, partners 0.77 / 0.67). The
    general rules they exposed (a page about one topic needs a project spoken of as one; partners pages, governance
    documents; status badges; two labels of one field in a row; departments in lower case …) brought all three to
    1.000 / 1.000. Two more were written after those rules, to test them: tests/heldout41 (nine more kinds without
    projects, one project page that never says "projekt") was 0.333 / 0.800 at first contact (0.263 / 1.000 on the
    session's first commit: the rules had removed false records and lost a project that calls itself "teamet"), and
    tests/heldout42 (representative, seven pages that never say "projekt" or "satsning") 1.000 / 0.941 (1.000 /
    1.000 on the first commit: "verksamheten" lost the same way; titles 0.69). Money from the fund now says a page
    speaks of one project, a fact box must give money or an end, standing services under "insatser" are none, and
    places before a heading's colon are no part of the name: both 1.000 / 1.000 (heldout42 titles 1.00). The last,
    tests/heldout43 (eight more kinds without projects, three pages that never say "projekt", a card list, news of a
    project made permanent, a samordningsförbund's insats), was 0.643 / 1.000 at first contact (0.409 / 1.000 on
    the session's first commit): a climate-investment table gave five records; a page about another kind of
    investment now keeps only the work that speaks of people (not of the schools it is built on: "Solceller på
    Teleborgsskolan och fem förskolor"): 1.000 / 1.000. Then tests/heldout44 (representative, as a crawl meets pages
    next to a fund) was 1.000 / 1.000 at first contact (0.944 / 1.000 on the session's first commit; a table cell's
    "aug 2025 – jul 2027" and a payer after its verb missed), and tests/heldout45 (ten more kinds without projects)
    0.200 / 1.000 (0.154 on the first commit: a business programme's action plan, a school's quality report and a
    statutory course that mentions the fund gave eight false records); 1.000 / 1.000 both after. The last,
    tests/heldout47 (representative, written after every rule above), was 1.000 / 1.000 at first contact (titles
    0.93 / 0.72: cards whose heading, status badge and facts sit in one list item were titled by their sentence;
    descriptions 0.67); titles 1.00 after.

    Twelfth session, written blind (helpers that read only the README, the docs and earlier sets' data) and measured
    at first contact on the session's first commit dec0019 and on d7a625d (the rules from heldout46–47): tests/heldout48
    (ten more kinds without projects: a housing company's renovation news, a summer reading challenge, a school's
    start-of-term letter, a water outage, a lunch menu, an organisation page, a vaccination campaign, a staff
    appointment, a statutory summer school, a housing-adaptation grant) 0.417 / 1.000 on both; tests/heldout49
    (representative, five pages that never say "projekt") 0.895 / 1.000 on both; tests/heldout50 (mixed: a region's
    four grants a paragraph each, a protocol's § items, a fact table, paused, extended, a samordningsförbund's insats,
    an English summary, link cards) 0.923 / 0.706 on both. After the general rules they exposed: 1.000 / 1.000,
    1.000 / 1.000, 1.000 / 0.941 (a grant named only by a bare name, "fortsätta med Språkstegen", was missed; read
    later in the session: 1.000 / 1.000).
    Written after those rules: tests/heldout51 (ten more kinds without projects) 0.400 / 1.000 at first contact (0.250
    / 0.500 on dec0019) and tests/heldout52 (representative) 0.929 / 0.929 (the same on dec0019); both 1.000 / 1.000
    after the rules they exposed (standing services under soft labels, budget proposals, the fund's payout rules,
    "Pengarna kommer ur fonden"). The last two, written after those: tests/heldout53 (mixed) 0.786 / 0.917 and
    tests/heldout54 (representative) 0.550 / 1.000 at first contact (the same on dec0019; a project's phases read as two,
    a magazine archive's PDF links as eight); both 1.000 / 1.000 after. tests/heldout55 (nine more kinds without
    projects, written after every rule of the session) was 1.000 / 1.000 at first contact (0.800 / 1.000 on dec0019), and
    tests/heldout56 (representative, the same) 0.786 / 1.000 (the same on dec0019; a template and a press room), 1.000 /
    1.000 after."""
    for name, cases in (("heldout38", 12), ("heldout39", 12), ("heldout40", 10), ("heldout41", 12), ("heldout42", 12),
                        ("heldout43", 14), ("heldout44", 14), ("heldout45", 12), ("heldout47", 12), ("heldout48", 13),
                        ("heldout49", 12), ("heldout50", 12), ("heldout51", 13), ("heldout52", 12), ("heldout53", 12),
                        ("heldout54", 12), ("heldout55", 12), ("heldout56", 12)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= 0.95, name
        assert result["record_recall"] >= 0.95, name
        for field in ("title", "start_date", "budget_sek", "status"):
            # (heldout55 has four records: one PDF paste's period, swallowed by a label's value, costs its status)
            floor = 0.7 if name == "heldout55" else 0.9
            assert result["fields"][field]["precision"] >= floor, (name, field)


def test_the_sessions_last_mixed_set_stays_above_its_first_contact():
    """tests/heldout46 (eight more kinds without projects and six pages with eleven projects, written last in the
    eleventh session after every rule above) was 0.667 / 0.833 at first contact (0.455 / 0.833 on the session's first
    commit) and is left as it was measured, to show what pages of unmet kinds still do: a course catalogue, a hall's
    booking page with a renovation "Projektet", an election-workers page and an employer's benefits page give five
    false records, and a region's news of four grants in one article, a paragraph each without subheadings, is read
    as four sections titled by the page's other headings (two grants missed, two mistitled). The floor guards the
    rest against regressions. In the twelfth session the general rules of heldout47–50 (a fund's and a news list's
    headings are no projects, building work, a calendar, an event's free entry) took it to 0.800 / 1.000, and then
    (the state's programme, money once for work now ordinary, many works funded from the fund) to 1.000 / 1.000."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout46"))
    assert result["cases"] >= 14 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95


def test_the_thirteenth_sessions_blind_sets_stay_above_their_floors():
    """Thirteenth session, written blind (helpers that read only the README, the docs and earlier sets' data), measured
    at first contact on the session's first commit 6533c52 and on the commit of the time: tests/heldout57
    (representative: owners in a signature line, partners at a planning meeting, "en halv miljon per år i tre år", an
    IT portfolio beside the fund) 0.667 / 1.000 on both; tests/heldout58 (nine more kinds without projects and three
    odd project pages: a blog of dated posts, an annual report's sections, facts only in an SVG infographic) 0.429 /
    0.750 on both; tests/heldout59 (field wordings) 1.000 / 1.000 on both, owners 0.75 / 0.30 and partners 1.00 / 0.27;
    tests/heldout60 (modelled on the real seed pages) 0.895 / 1.000 on both. Written after their rules: tests/heldout61
    (nine more kinds without projects) 0.300 / 1.000 on 6533c52 and 0.333 / 1.000 on bff79fc, and tests/heldout62
    (representative) 0.812 / 1.000 on both (an accordion's "Name – Kommun" buttons, a news item's descriptive headings).
    After the general rules they exposed: 1.000 / 1.000 on all but heldout58, whose infographic page (facts only in
    an SVG's text and short captions) is left unread: 1.000 / 0.750. Written last, after every rule above:
    tests/heldout64 (ten more kinds without projects, two projects: numbered facts, a pull quote and a fact line)
    0.286 / 1.000 on 6533c52 and 0.333 / 1.000 on 08cbcb9 (a news list's building teaser, a vision's "Arbetet med
    visionen", an annual summary's building "Projektet", a programme now part of a plan); 1.000 / 1.000 after; and
    tests/heldout63 (mixed: a bilingual site's Swedish page, a FAQ accordion, a region's table with a withdrawn grant,
    a school subsite, a project's phases in a list, a news item on a project made ordinary, a Finsam table without
    headers, a slogan title; an agreements catalogue, a payments ledger, a web chat, local statutes) 0.667 / 1.000 on
    both 6533c52 and 90a4f96; 1.000 / 1.000 after. The last, tests/heldout65 (ten more kinds without projects: a
    premises plan, a staff-supply plan, a council committee, an integration programme, the fund's evaluation method with
    a made-up example, an award to a team now ordinary, a crisis exercise, a quality report, a law explainer, a housing
    company's sponsorship; a podcast episode and icon tiles), 0.091 / 1.000 on 6533c52 and 0.095 / 1.000 on d6d6966
    (nineteen false records); 1.000 / 1.000 after. And tests/heldout66 (representative, written with it) 0.857 / 0.923
    on both (a news item's project read as standing work for a decision still to come, a page on other municipalities'
    funds); 1.000 / 1.000 after."""
    for name, cases, recall in (("heldout57", 12, 0.95), ("heldout58", 12, 0.7), ("heldout59", 12, 0.95),
                                ("heldout60", 12, 0.95), ("heldout61", 12, 0.95), ("heldout62", 12, 0.95),
                                ("heldout63", 12, 0.95), ("heldout64", 12, 0.95), ("heldout65", 12, 0.95),
                                ("heldout66", 12, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= 0.95, name
        assert result["record_recall"] >= recall, name
        for field in ("title", "start_date", "budget_sek", "status"):
            # (heldout66's periods are in weeks and terms and its payers in new words: dates 0.6 after its rules)
            assert result["fields"][field]["precision"] >= (0.5 if name == "heldout66" else 0.8), (name, field)


def test_the_fourteenth_sessions_blind_sets_stay_above_their_floors():
    """Fourteenth session, written blind (helpers that read only the README, the docs and earlier sets' data), measured
    at first contact on the session's first commit 2b52a94 (the same figures on the commit of the time): tests/heldout67
    (representative, modelled on the real seed pages: long prose, a fund page with three investments under h3, a
    region's news of two grants, a Fakta box with unusual labels, a Q&A insats) 1.000 / 0.833, owners 0.33 and
    partners 0.27 in recall; tests/heldout68 (field wordings: owners, partners, payers, weeks and terms, staffing)
    0.929 / 1.000, owners 0.23 and partners 0.31 in recall; tests/heldout69 (nine more kinds without projects: a
    protocol, a plan's chapter, public-health money per municipality, a crime-prevention council, a councillor's blog,
    a co-funding guide, a governance model, a collaboration routine, an ESF+ call; three odd project pages: a
    Mål/Aktivitet/Ansvarig/Tid table, a converted annual plan, a video transcript) 0.158 / 1.000. After the session's
    general rules (owners and partners in more prose wordings, a one-project page must speak of its subject):
    heldout67 1.000 / 1.000 with owners 0.92 and partners 0.82, heldout68 0.929 / 1.000 with owners 0.69 and
    partners 0.62, heldout69 0.600 / 1.000 (a goals-and-activities table is one project's plan, an assignment to
    investigate, an event's label block and how-to sections are none; a plan's chapter and a co-funding guide still
    give records: the floors are what the extractor does, not what it should)."""
    for name, cases, precision, recall in (("heldout67", 12, 0.95, 0.95), ("heldout68", 12, 0.9, 0.95),
                                           ("heldout69", 12, 0.55, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout67"))["fields"]
    assert fields["organisations"]["recall"] >= 0.9 and fields["partners"]["recall"] >= 0.8


def test_the_fourteenth_sessions_second_round_stays_above_its_floors():
    """Written blind after the first round's rules were committed (and documented), measured at first contact on the
    commit of the time and on the session's first commit 2b52a94: tests/heldout70 (representative, modelled on the
    real seeds: six long one-project pages, a list table with a paragraph per project, first results, a final report;
    camera surveillance, a Christmas-gift drive, a parents' advice article) 0.929 / 1.000 on both, owners 1.00 / 0.31
    on both; tests/heldout71 (nine more kinds without projects: a conference's documentation, a contact page, a
    dashboard's documentation, a methods catalogue, a rescue service's prevention, a reorganisation, onboarding, a
    coalition agreement, a savings plan; a gallery, a budget chapter, a letter to parents) **0.214** / 1.000 at the
    commit of the time against **0.120** / 1.000 on 2b52a94 (the first round's rules halved the false records);
    tests/heldout72 (owners, partners, payers and staff in wordings chosen to avoid every earlier set's) 0.909 / 0.909
    on both, owners 0.00 / 0.00 and partners 0.00 / 0.00. After the general rules they exposed (counts per year, plan
    chapters, savings plans; the owner by a sentence's grammar, partners from a listing sentence): heldout70 0.929 /
    1.000 with owners 0.62 and partners 0.80; heldout71 1.000 / 1.000; heldout72 0.909 / 0.909 with owners 0.67 / 0.36
    and partners 0.40 / 0.18."""
    for name, cases, precision, recall in (("heldout70", 12, 0.9, 0.95), ("heldout71", 12, 0.95, 0.95),
                                           ("heldout72", 12, 0.85, 0.85)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    owners = evaluate(find_cases(ROOT / "tests" / "heldout72"))["fields"]["organisations"]
    assert owners["recall"] >= 0.3


def test_the_fifteenth_sessions_blind_sets_stay_above_their_floors():
    """Fifteenth session, written blind (helpers that read only the README, the docs and earlier sets' data), measured
    at first contact on the session's first commit 867f4f6 and on the commit of the time (the same figures):
    tests/heldout73 (representative, modelled on the real seeds: long one-project pages that never say "projekt", a
    region's table of five grants with a paragraph each, an ended investment's lessons, a samordningsförbund's insats
    run by four municipalities and the region, a <dl> of facts, an English summary box; the global goals, a return
    calculator, heatwave advice) 1.000 / 1.000, but budgets 0.46, starts 0.62 and funders 0.50 in recall (the table's
    facts were not joined to the paragraphs); tests/heldout74 (ten more kinds without projects: a public-health
    programme, gender mainstreaming, social bonds, social procurement, a commission's report, SSPF, the fund in easy
    Swedish, co-funding guidelines, a region's support offer, a joint service; a pilot inside a youth venue, a news
    item, a seminar's project half) **0.222** / 0.667; tests/heldout75 (field wordings: owners, partners, periods,
    money, staff, status) 1.000 / 1.000, owners 0.42 and partners **0.00** in recall. After the general rules they
    exposed: heldout73 1.000 / 1.000 with starts 1.00 and budgets 0.77; heldout74 1.000 / 1.000; heldout75 1.000 / 1.000 with owners 1.00
    and partners 0.78."""
    for name, cases, precision, recall in (("heldout73", 12, 0.95, 0.95), ("heldout74", 13, 0.95, 0.95),
                                           ("heldout75", 12, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout75"))["fields"]
    assert fields["organisations"]["recall"] >= 0.9 and fields["partners"]["recall"] >= 0.7
    fields = evaluate(find_cases(ROOT / "tests" / "heldout73"))["fields"]
    assert fields["start_date"]["recall"] >= 0.9 and fields["budget_sek"]["recall"] >= 0.7


def test_the_fifteenth_sessions_second_round_stays_above_its_floors():
    """Written blind after the first round's rules were committed (and documented), measured at first contact on the
    session's first commit 867f4f6 and on the commit of the time (the same figures): tests/heldout76 (representative:
    three long seed-style pages, a closed accordion of four investments with a fact line each, a region's grants with a
    two-column table each, a mid-term evaluation's news, key-figure tiles, a fund's history with two finished
    investments, an easy-Swedish page; a booklist, a gifts page, press clippings) **0.789** / 1.000 (press clippings
    and a booklist gave four records, an icon's ligature "expand_more" stuck to the accordion's names); tests/heldout77
    (ten more kinds without projects, two titled like a project — a named school-absence routine, a national method —
    and tables; a newsletter, a conference poster, a page with a map) 0.600 / 1.000; tests/heldout78 (field wordings
    used least: ages in words, school stages, staff in percent sums, kostnadsram, euro, "sista året", vilande) 1.000 /
    1.000 with owners 0.31, partners 0.17 and funders 0.29 in recall. After the general rules they exposed: heldout76
    1.000 / 1.000, heldout77 1.000 / 1.000, heldout78 1.000 / 1.000 with owners 0.77, partners 0.83 and funders 0.86
    (payers in the perfect after an adverbial, "lägger", "svarade för", a relative clause after the sum)."""
    for name, cases, precision, recall in (("heldout76", 12, 0.95, 0.95), ("heldout77", 13, 0.95, 0.95),
                                           ("heldout78", 12, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout78"))["fields"]
    assert fields["organisations"]["recall"] >= 0.7 and fields["partners"]["recall"] >= 0.75
    assert fields["funders"]["recall"] >= 0.8


def test_the_fifteenth_sessions_third_round_stays_above_its_floors():
    """Written blind after the second round's rules were committed, measured at first contact on the session's first
    commit 867f4f6 and on the commit of the time 23a3343 (the same figures): tests/heldout79 (representative: four
    seed-like one-project pages, a region's six link cards, an annual follow-up of three investments with a results
    table, an interview, facts only in a "Beslut" box, two phases; support groups, an e-learning course, a service
    declaration) 0.938 / 0.938; tests/heldout80 (the long tail of a municipal site: a social-media policy, a party
    group, an association's register entry, a tag page, a language café, an anonymous chat line, a housing company's
    social work, news of the fund, a summer camp, a Sami administrative area; a school's own project, a youth centre's
    pilot, a housing company's project) 0.600 / 1.000. After the rules they exposed (a name given in a sentence of its
    own, tag and topic pages, self-paced courses): heldout79 1.000 / 0.938 (the follow-up's three investments are not
    read: the docs make a follow-up of the fund's investments no project page), heldout80 0.750 / 1.000 (a standing
    chat line that began with fund money still gave a record); 1.000 / 1.000 since the sixteenth session (work
    ordinary since a time read across the whole sentence)."""
    for name, cases, precision, recall in (("heldout79", 12, 0.95, 0.9), ("heldout80", 13, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name


def test_the_sixteenth_sessions_blind_sets_stay_above_their_floors():
    """Sixteenth session, written blind (helpers that read only the README, the docs and earlier sets' data), measured
    at first contact on the session's first commit 74a8c34 (the same figures as the commit of the time):
    tests/heldout81 (representative, modelled on the seeds, for Norrland, Småland and Dalarna: four long one-project
    pages with the facts in prose, a kommun's <dl> of five grants, a samordningsförbund's insats in a two-column
    table, an ended regional investment, a newsletter about a project, an English version; holiday opening hours,
    question time, internship places) 0.867 / 1.000, budgets 0.54 and staffing 0.50 in recall; tests/heldout82
    (nine more kinds without projects: a calendar month, an intranet newsletter, question time, a records plan, an
    e-service catalogue, a tax explainer, a preparatory group, payments to family centres, unanswered motions; an
    infographic, a timeline, tabs) **0.600** / 1.000; tests/heldout83 (field wordings: partners in sentences without a
    label, owners that are kommunalförbund or housing companies, payers in halves and thirds, periods in weeks and from
    a decision, staff "varsin halvtidstjänst", paused, ended early, made permanent) 1.000 / 1.000 with owners 0.15,
    partners 0.31 and funders 0.20 in recall. After the general rules they exposed: heldout81 1.000 / 1.000 (budgets
    0.85, staffing 0.75), heldout82 1.000 / 1.000, heldout83 1.000 / 1.000 (owners 0.77, partners 0.77, funders
    0.80)."""
    for name, cases, precision, recall in (("heldout81", 12, 0.95, 0.95), ("heldout82", 12, 0.95, 0.95),
                                           ("heldout83", 12, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout81"))["fields"]
    assert fields["budget_sek"]["recall"] >= 0.8 and fields["staffing_fte"]["recall"] >= 0.7
    fields = evaluate(find_cases(ROOT / "tests" / "heldout83"))["fields"]
    assert fields["organisations"]["recall"] >= 0.7 and fields["partners"]["recall"] >= 0.7
    assert fields["funders"]["recall"] >= 0.7


def test_the_sixteenth_sessions_second_round_stays_above_its_floors():
    """Written blind after the first round's rules were committed (and documented), measured at first contact on the
    session's first commit 74a8c34 and on the commit of the time (the same record figures): tests/heldout84
    (representative, modelled on the seeds: news naming three quoted projects, a fund page with four under h3, a
    region's list in the VGR seed's labels, unnamed label blocks, a samordningsförbund's finished insats, a Sandviken-
    like tkr table with description cells, a pasted project plan, a project owned by two municipalities; a project-plan
    template, a ranking's news, a year in review) 0.893 / 0.962, funders **0.20**; tests/heldout85 (nine more kinds
    without projects: safety-walk results, what a placement costs, a children's GIS map, a tobacco-free school rule,
    a duty's guideline, a summer bus timetable, a state grant's share-out, a university's study, a needs analysis; a
    persona story, a programme logic, a sign-up page) 0.600 / 1.000; tests/heldout86 (field wordings: owners in a
    sidebar or as abbreviations, partners with their roles after a dash, money per term or as a range, periods from
    "t.o.m. vt 2027" to "25/26–26/27", staff in årsverk, shared posts, hourly staff) 1.000 / 1.000 with owners 0.15,
    partners 0.33 and starts 0.69 in recall. After the general rules they exposed: 1.000 / 1.000 on all three
    (heldout84 funders 0.90; heldout86 owners 0.69, partners 0.75, starts 0.85)."""
    for name, cases, precision, recall in (("heldout84", 12, 0.95, 0.95), ("heldout85", 12, 0.95, 0.95),
                                           ("heldout86", 12, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout84"))["fields"]
    assert fields["funders"]["recall"] >= 0.8
    fields = evaluate(find_cases(ROOT / "tests" / "heldout86"))["fields"]
    assert fields["organisations"]["recall"] >= 0.6 and fields["partners"]["recall"] >= 0.65
    assert fields["start_date"]["recall"] >= 0.8


def test_the_sixteenth_sessions_third_round_stays_above_its_floors():
    """Written blind after the second round's rules were committed, measured at first contact on the session's first
    commit 74a8c34 and on the commit of the time (the same record figures): tests/heldout87 (ordinary pages of the kind
    most kommuner publish: three long one-project pages, a list of four with a paragraph each, a fact table plus a
    second payer in prose, a finished project, a grant's news, a kommun and a region together; a reporting guide, a
    counselling service) 1.000 / 1.000 with funders 0.57 and owners 0.73 in recall; tests/heldout88 (eight more
    kinds without projects: outpatient care, reading promotion, a pensioners' council, a comprehensive plan's
    chapter, meeting dates, a job centre, support for carers, a Barnahus; a project in bulleted fact lists only, an
    interview) 1.000 / **0.500** (the fact-list page titled "… med unga ledare" was read as an opinion column).
    After the rules they exposed: heldout87 1.000 / 1.000 (funders 0.86, owners 0.91), heldout88 1.000 / 1.000."""
    for name, cases, precision, recall in (("heldout87", 10, 0.95, 0.95), ("heldout88", 10, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout87"))["fields"]
    assert fields["funders"]["recall"] >= 0.8 and fields["organisations"]["recall"] >= 0.85


def test_the_seventeenth_sessions_blind_sets_stay_above_their_floors():
    """Seventeenth session, written blind, measured at first contact on the session's first commit 0dbdcfe:
    tests/heldout89 (representative: one-project pages with the facts spread over an intro, "Bakgrund" and "Så arbetar
    vi", a fund's granted applications, an accordion, ESF+ and the fund in shares, a region with three kommuner, a
    project made permanent, lunches for the elderly, an easy-Swedish page; a second-hand shop for work training, a
    seniors' fair) 1.000 / 1.000 with organisations 0.70, grades 0.50 and ages 0.89 in recall; tests/heldout90 (eight
    kinds without projects: open preschool, the children's convention, public records, a samordningsförbund's
    statute, a warning letter, outcome contracts, a health-care reform, statutory school support; a reportage hour by
    hour, a page by audience) **0.667** / 1.000 (the health-care reform page, whose "Projektet avslutades" spoke of
    another body's project, was read as a project); tests/heldout91 (field wordings: "Initiativet kommer från",
    "Som huvudman står", "har lett", "Det var X som höll i", "stod bakom", partners after "och med", logos' alt
    texts) 1.000 / 1.000 with owners **0.17** in recall. After the general rules they exposed: heldout89 1.000 /
    1.000 (organisations 0.80, grades and ages 1.00), heldout90 1.000 / 1.000, heldout91 1.000 / 1.000 (owners
    0.75)."""
    for name, cases, precision, recall in (("heldout89", 12, 0.95, 0.95), ("heldout90", 10, 0.95, 0.95),
                                           ("heldout91", 12, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout89"))["fields"]
    assert fields["organisations"]["recall"] >= 0.75 and fields["target_grade_min"]["recall"] >= 0.9
    fields = evaluate(find_cases(ROOT / "tests" / "heldout91"))["fields"]
    assert fields["organisations"]["recall"] >= 0.7


def test_the_seventeenth_sessions_second_round_stays_above_its_floors():
    """Written blind after the first round's rules were committed, measured at first contact on the session's first
    commit 0dbdcfe and on the commit of the time (the same figures): tests/heldout92 (representative: two pages of the
    commonest kind, short sections under "Bakgrund", "Mål", "Organisation", "Ekonomi"; a fund's table of four grants
    with a paragraph each; a samordningsförbund's fact list; a region's news of two grants; a "steg 2" continuing an
    earlier project; an evaluated project with a steering group; a page in the writer's "vi"; a site map and social
    enterprises without projects) 1.000 / 1.000 with budgets 0.75, organisations 0.83 and partners 0.82 in recall;
    tests/heldout93 (five more kinds without projects: night walks, extratjänster, eviction prevention, guardians,
    summer entrepreneurs; five projects in new wordings: "Med oss i arbetet finns", "Parter:" in an article's footer,
    "Budgetram", "Ansvarig: <person> (<unit>)", "2 x 50 %", "när vårterminen 2027 är slut") 1.000 / 1.000 with
    partners 0.60 and budgets, ends, staffing 0.80. After the rules they exposed: heldout92 organisations 1.00,
    budgets 0.92; heldout93 partners 0.80, budgets, ends and staffing 1.00."""
    for name, cases, precision, recall in (("heldout92", 10, 0.95, 0.95), ("heldout93", 10, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout92"))["fields"]
    assert fields["organisations"]["recall"] >= 0.95 and fields["budget_sek"]["recall"] >= 0.9
    fields = evaluate(find_cases(ROOT / "tests" / "heldout93"))["fields"]
    assert fields["partners"]["recall"] >= 0.75 and fields["end_date"]["recall"] >= 0.95


def test_the_seventeenth_sessions_third_round_stays_above_its_floors():
    """Written blind after the second round's rules were committed, measured at first contact on the session's first
    commit 0dbdcfe and on the commit of the time (the same record figures): tests/heldout94 (representative: an
    interview with the facts in its last paragraph, a region's <dl>, a samordningsförbund's five insatser in one
    overview, facts in a right-hand table, a final report's news, a paused project, a project-plan summary, an LSS
    project; domestic violence help and an EU programme's guide without projects) **0.917 / 0.917** (the EU
    programme "Leader Sjuhärad – stöd till lokala utvecklingsprojekt" was read as a project, and the insats under
    "Beslutad insats som startar hösten 2026" was missed), owners 0.64; tests/heldout95 (eight more kinds without
    projects: fees for elected members, appeals, care fees, residential care, pupils' insurance, mother-tongue
    tuition, boarding allowance, a user survey; a stepper and a press release) **0.182** / 1.000 (a fee table per
    insats gave eight records, a boarding allowance's standing "satsning" one). After the rules they exposed:
    heldout94 1.000 / 1.000 (owners 0.91), heldout95 1.000 / 1.000. heldout94's expected code for Kungsör was
    corrected from 0484 (Eskilstuna) to 1960, as schemas/reference has it."""
    for name, cases, precision, recall in (("heldout94", 10, 0.95, 0.95), ("heldout95", 10, 0.95, 0.95)):
        result = evaluate(find_cases(ROOT / "tests" / name))
        assert result["cases"] >= cases and not result["errors"]
        assert result["record_precision"] >= precision, name
        assert result["record_recall"] >= recall, name
    fields = evaluate(find_cases(ROOT / "tests" / "heldout94"))["fields"]
    assert fields["organisations"]["recall"] >= 0.85


def test_the_eighteenth_sessions_first_round_stays_above_its_floors():
    """Written blind, measured at first contact on the session's first commit ee150f7: tests/heldout96 (representative:
    a closed accordion of sections, a kommunalförbund's board decision, a four-paragraph page, a "Så här har det gått"
    table, elderly loneliness, a "Roll | Organisation" table, a project made permanent, two phases on one page; a
    fund wound down and a knowledge review without projects) **0.643** / 1.000 (the knowledge review's four method
    sections and a "Från projekt till ordinarie verksamhet" section were read as projects), budgets 0.56, owners and
    partners 0.67. Its Håbo page was addressed at habokommun.se, Habo's site; the address was corrected to habo.se (its
    meta.json says so). After the rules it exposed: 1.000 / 1.000, every field but description and partners 1.00."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout96"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["budget_sek"]["recall"] >= 0.95 and fields["organisations"]["recall"] >= 0.95
    assert fields["partners"]["recall"] >= 0.85 and fields["staffing_fte"]["recall"] >= 0.95


def test_the_eighteenth_sessions_first_round_precision_set_stays_above_its_floors():
    """tests/heldout97 (precision: contract training, night childcare, lay judges, a food bank, outdoor gyms, starting a
    business, refugees from Ukraine, participant stories; a status report and a youth bus), written blind, at first
    contact on the session's first commit ee150f7: **0.400** / 1.000 (the gyms' building section, and the status
    report's traffic-light table read as two projects "Status" and "Kommentar" beside an untitled one). After its rules
    (a dated report word before the name, a report's columns, building work, a first trip's start, "ytterligare"):
    1.000 / 1.000."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout97"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["budget_sek"]["recall"] >= 0.95 and fields["start_date"]["recall"] >= 0.95


def test_the_eighteenth_sessions_first_round_field_set_stays_above_its_floors():
    """tests/heldout98 (field wordings: periods in a "Start | Slut" row, "sedan augusti 2024 och tre år framåt", a
    pilot year, "vt 26 – ht 27"; money as "beviljades 1,2 mkr", "varav 400 tkr", "SEK", "ca 3 miljoner", a caption;
    co-owners, "Huvudansvarig", "Samverkan sker med" over "Name – role" bullets; a staff table; "vilande"), written
    blind, at first contact on ee150f7: 1.000 / 1.000 with owners 0.69, partners 0.64, funders 0.57, budgets 0.58.
    After its rules: owners and partners 1.00, funders 0.86, budgets 0.92 (the one miss is a sum stated only in an image
    caption, which the rules do not read), staffing 1.00."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout98"))
    assert result["cases"] >= 12 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["organisations"]["recall"] >= 0.95 and fields["partners"]["recall"] >= 0.95
    assert fields["budget_sek"]["recall"] >= 0.85 and fields["staffing_fte"]["recall"] >= 0.95


def test_the_eighteenth_sessions_second_round_representative_set_stays_above_its_floors():
    """tests/heldout99 (representative, second round: a list of six grants with a sentence each, a hero image's
    caption, an IOP, a region's psychiatry project with two kommuner, a "Nyckeltal" box, a prize news item, easy
    Swedish, a long FAQ; a vård- och omsorgscollege and neighbourhood watch without projects), written blind after the
    first round's rules, at first contact on ee150f7 and on the commit of the time: 1.000 / 1.000 with funders 0.60,
    owners 0.80, staffing 0.75. After its rules: funders 0.80, staffing 0.88, and 1.00 after the session's last rules
    (the staff extent said in the next sentence: "Alla tre arbetar heltid"); left: the region's own part as a payer,
    which the fixtures' convention keeps."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout99"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["funders"]["recall"] >= 0.75 and fields["staffing_fte"]["recall"] >= 0.95


def test_the_eighteenth_sessions_second_round_precision_set_stays_above_its_floors():
    """tests/heldout100 (precision, second round: a regional skills platform, a transport plan with a table of
    measures, a shared data protection officer, safety alarms, a culture guarantee, housing guidelines, e-petitions,
    grants to shops; a slide presentation and a letter to guardians), written blind after the first round's rules, at
    first contact on ee150f7 and on the commit of the time: **0.125 / 0.500** (the transport table's five rows, the data
    protection officer's page and the presentation's "Bild 7: Tidplan" read as projects; the letter's "som vi kallar
    Klivet" missed). After its rules: 1.000 / 1.000."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout100"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["organisations"]["recall"] >= 0.95 and fields["budget_sek"]["recall"] >= 0.95


def test_the_eighteenth_sessions_third_round_precision_and_field_set_stays_above_its_floors():
    """tests/heldout102 (six more kinds without projects: activity grants, summer jobs, LSS services, prao, a personal
    ombud, safety hosts made standing; four projects with "Bakom projektet står", "leds från", "organisatoriskt placerat
    hos", "Vi har också hjälp av", "bidrar med kunskap", a logo grid, "Ramen är", "ska vara avslutat senast"), written
    blind after the second round's rules, at first contact on ee150f7 and on the commit of the time: **0.286** / 1.000
    (the LSS page's ten services read as projects), partners 0.25. After its rules: 1.000 / 1.000, partners 1.00."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout102"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    assert result["fields"]["partners"]["recall"] >= 0.95


def test_the_eighteenth_sessions_third_round_representative_set_stays_above_its_floors():
    """tests/heldout101 (representative, third round: cards whose facts sit in a screen-reader-only span, a region's
    decision page with one paragraph per grant, a samordningsförbund's "Fakta" list with colons, a page in "vi" whose
    owner is only its page owner, a video transcript, a table of activities per term, three kommuner's shares, a
    renamed project; foster homes and a dementia-friendly commitment without projects), written blind after the
    second round's rules, at first contact on ee150f7 and on the commit of the time: **0.889 / 0.500** (the cards'
    five projects and three of the decision's five grants missed, the dementia page's old project read as one).
    After its rules: 1.000 / 1.000."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout101"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["organisations"]["recall"] >= 0.9 and fields["funders"]["recall"] >= 0.9


def test_the_nineteenth_sessions_representative_set_stays_above_its_floors():
    """tests/heldout103 (representative: a fund page of closed accordion panels, chips above the h1, a "Snabbfakta" aside
    before the main text, a region's table with empty cells, a samordningsförbund's catalogue, results full of figures,
    money in two parts, a project stopped early; a procurement page and a certification page without projects),
    written blind, at first contact on 1389369: 1.000 / 1.000, partners 0.82. After its rules: partners 1.00 (a
    "Samarbete" heading's sentences read by the prose rules)."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout103"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["partners"]["recall"] >= 0.9 and fields["budget_sek"]["recall"] >= 0.95


def test_the_nineteenth_sessions_field_set_stays_above_its_floors():
    """tests/heldout105 (ten one-project pages whose with-whom fields, money, period and staff are written in wordings
    earlier sets did not use), written blind, at first contact on 1389369: 1.000 / 1.000, but owners 0.70, partners
    **0.10**, funders 0.33, budgets 0.70, staffing 0.56. After its rules: owners 1.00, partners 0.90, funders 0.78,
    budgets 1.00, staffing 0.89."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout105"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["organisations"]["recall"] >= 0.9 and fields["partners"]["recall"] >= 0.85
    assert fields["funders"]["recall"] >= 0.7 and fields["budget_sek"]["recall"] >= 0.9
    assert fields["staffing_fte"]["recall"] >= 0.8


def test_the_nineteenth_sessions_precision_set_stays_above_its_floors():
    """tests/heldout104 (eight kinds without projects: family law, social action groups, a region's payment model, the
    council's goals and key figures, a citizen office, CCTV, a standing collaboration team, suicide prevention; a
    project told as nine steps and a project portfolio's card with milestone, budget and risk tables), written blind,
    at first contact on 1389369: **0.333** / 1.000 (the risk table's three measures and the suicide prevention page,
    which named another body's finished project, read as projects). After its rules: 1.000 / 1.000."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout104"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95


def test_the_nineteenth_sessions_second_representative_set_stays_above_its_floors():
    """tests/heldout106 (second round, representative: closed <details> per grant, a two-column table without header, a
    region's sections named by the municipality with the project's name only in the prose, a finished project's banner,
    a samordningsförbund's page of bullets, easy Swedish, "1.240.000 kr" and "1,6 MSEK", ages only of participants; a
    glasses grant and a gambling help page), written blind, at first contact on 1389369: **0.833 / 0.714** (the region's
    four grants titled by their municipality). After its rules: 0.933 / 1.000."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout106"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.9 and result["record_recall"] >= 0.95
    assert result["fields"]["partners"]["recall"] >= 0.95


def test_the_nineteenth_sessions_second_precision_set_stays_above_its_floors():
    """tests/heldout107 (second round, precision: loan guarantees, interpreters, lotteries, reading one's case file,
    school leave, participants' benefits, a relocation service, a dental benefit; a project told as a timeline of
    milestones, a project whose facts are one captioned table row), written blind, at first contact on 1389369:
    **0.333** / 1.000 — four of the eight kinds without projects gave a record. After its rules ("en insats enligt
    socialtjänstlagen" is the law's word; a service begun in a region's project runs no period of its own): 0.500 /
    1.000; a benefit page's yearly sum and a guarantee that "löpte" until a day still give one."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout107"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.5 and result["record_recall"] >= 0.95


def test_the_nineteenth_sessions_second_field_set_stays_above_its_floors():
    """tests/heldout108 (second round, ten one-project pages: owners as "Det är X som äger frågan", "som håller i
    taktpinnen", "står som sökande", "ytterst ansvarig"; partners as "Kring projektet finns en samverkansgrupp med
    representanter från", "Nätverket består av", "fanns ett nära utbyte med", "har anslutit sig till", "med på ett hörn",
    "tillsammans med bland andra", "A bidrar med lokaler, B med …"), written blind, at first contact on 1389369: 1.000 /
    1.000, but owners **0.30**, partners **0.00**, funders 0.40, staffing 0.56. After its rules: owners 0.70, partners
    0.70, funders 0.80."""
    result = evaluate(find_cases(ROOT / "tests" / "heldout108"))
    assert result["cases"] >= 10 and not result["errors"]
    assert result["record_precision"] >= 0.95 and result["record_recall"] >= 0.95
    fields = result["fields"]
    assert fields["organisations"]["recall"] >= 0.65 and fields["partners"]["recall"] >= 0.65
    assert fields["funders"]["recall"] >= 0.75
