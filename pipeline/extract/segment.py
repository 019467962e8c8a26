"""Split a page's blocks into one segment per project.

Pages describe projects in a handful of shapes, tried strongest first:

1. a table with one row per project (a project column, often an amount column);
2. repeated blocks of labelled fields (Samverkansparter/Syfte/Målgrupp/Tidsperiod…), with or without a
   heading per block, the free description before or after the labels;
3. a bulleted list of project names, each with a sentence;
4. sections under headings, each heading a project name;
5. paragraphs of a news article that introduce a named project (”Teknikstöd i skolan” är ett fyraårigt projekt…);
6. the whole page about one project.

When 1 or 2 finds projects, the prose around them only lends titles; it never adds projects of its own,
because prose on such pages is commentary about the listed projects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pipeline.extract import labels
from pipeline.extract.document import Block, Document
from pipeline.swedish import orgs
from pipeline.swedish._scan import fold, folded_twin, has_any, search_at
from pipeline.swedish.dates import MONTH_NAMES, parse_period
from pipeline.swedish.money import parse_amounts, unit_multiplier
from pipeline.swedish.targets import parse_target


@dataclass
class Segment:
    kind: str  # table-row | label-block | list-item | section | paragraph | page
    title: str | None = None
    title_evidence: str | None = None
    blocks: list[Block] = field(default_factory=list)
    # labelled values: field -> list of (label as written, value)
    fields: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    context: list[str] = field(default_factory=list)  # headings above the segment (list context, status)
    cells: dict[str, str] = field(default_factory=dict)  # table row: role -> cell text
    unit_hint: str | None = None  # header of the table's amount column
    lead: list[Block] = field(default_factory=list)  # free text standing before the block's labelled lines

    def add(self, fld: str, label: str, value: str) -> None:
        self.fields.setdefault(fld, []).append((label, value))

    @property
    def text(self) -> str:
        """All the segment's own text: what field rules search when no label says it directly."""
        parts = [self.title or ""] + [v for vals in self.fields.values() for _, v in vals]
        parts += list(self.cells.values()) + [b.text for b in self.lead + self.blocks]
        return "\n".join(p for p in parts if p)


# -- shared cues ----------------------------------------------------------------------------------------------
def _found(rx: re.Pattern[str], twin: re.Pattern[str], text: str) -> bool:
    """``bool(rx.search(text))`` for an IGNORECASE ``rx`` made of lower-case letters and spaces, alternatives,
    optional parts, ``^``, ``$`` and ``\\b`` or ``(?<!\\w)``; ``twin`` is ``folded_twin(rx)``.

    Case-blind matching is slow in the regex engine; the case-sensitive twin on ``fold(text)`` is fast. Every
    character an IGNORECASE pattern matches to one of its letters folds to it, ``fold`` keeps the text's length and
    its word and non-word characters (checked over all of Unicode: tests/test_segment_folded.py), so wherever
    ``rx`` matches ``text``, ``twin`` matches ``fold(text)``. No match of ``twin``: none of ``rx``. Else ``rx`` runs
    from the first match of ``twin`` on (none of ``rx`` stands before it; ``\\b``, ``(?<!\\w)`` and ``^`` still
    see the text before that point)."""
    m = twin.search(fold(text))
    return m is not None and rx.search(text, m.start()) is not None


_PROJECT_WORD = re.compile(r"\b(projekt(et|en)?|satsning(en|ar)?|insats(en|er)?|investering(en)?|verksamhet(en)?|"
                           r"program(met)?|modellen|arbetssättet|teamet|chatten|coachen|"
                           # a phase of one ("Fas 1 finansierades av …", "Fasen avslutades")
                           r"fas(en|\s+\d)|etapp(en|\s+\d))\b", re.I)
# Every _PROJECT_WORD match starts with one of these, in fold(text) (see _scan.search_at).
_PROJECT_WORD_KEYS = ("projekt", "satsning", "insats", "investering", "verksamhet", "program", "modellen",
                      "arbetssättet", "teamet", "chatten", "coachen", "fas", "etapp")
_LIST_CONTEXT = re.compile(r"pågående|avslutade|beviljade|aktuella|genomförda|tidigare|projekt|satsningar|insatser|"
                           r"investeringar|fördelning|beviljats|finansierade|"
                           # one decided or coming ("Beslutad insats som startar hösten 2026", "Ny satsning")
                           r"(beslutad|beslutade|kommande|planerad|planerade|ny|nya) (insats|satsning|investering)\b",
                           re.I)
_LIST_CONTEXT_FOLDED = folded_twin(_LIST_CONTEXT)


# A heading that names a list of projects, not one: "Tidigare projekt", "Avslutade sociala investeringar".
_LIST_HEADING = re.compile(r"^\s*(?:(?:tidigare|avslutade|pågående|beviljade|aktuella|genomförda|fler|andra|övriga|alla)"
                           r"\s+(?:\w+\s+)?(?:projekt|projekten|satsningar|insatser|investeringar)"
                           # a year's (a report's "Insatser under 2024", "Satsningar 2025")
                           r"|(?:insatser|insatserna|satsningar|satsningarna|investeringar|investeringarna|projekten)"
                           r"\s+(?:under\s+|i\s+|för\s+)?(?:året|(?:19|20)\d{2})"
                           # a group of them by state and year, or by state alone: "Beviljade 2025", "Beviljat inför
                           # 2024", "Avslutade 2023", "Avslutade"
                           r"|(?:beviljade|beviljat|avslutade|pågående|genomförda)(?:\s+(?:(?:i|under|inför|för)\s+)?"
                           r"(?:året|(?:19|20)\d{2}(?:/\d{2})?))?)\s*:?\s*$", re.I)


def _is_list_heading(text: str) -> bool:
    """_LIST_HEADING, also after a report's section number ("3. Insatser under 2026", "4 Avslutade insatser")."""
    return bool(_LIST_HEADING.match(SECTION_NO.sub("", text, count=1) if text.lstrip()[:1].isdigit() else text))


# Building work: what is built, rebuilt or renovated, and the capital budget it is paid from.
_BUILDING_KEYS = ("bygg", "renover", "investeringsbudget", "nybyggnad", "tillbyggnad", "ombyggnad")
_BUILDING = re.compile(r"\b(?:byggs|byggdes|bygga|bygger|byggt|byggts|byggnation\w*|nybyggnad\w*|tillbyggnad\w*|"
                       r"ombyggnad\w*|renover\w*|investeringsbudget\w*)\b", re.I)
# A feature column's title ("Månadens projekt", "Veckans satsning"): the project is the one its section names.
_FEATURE_TITLE = r"^månadens projekt|^månadens satsning|^veckans projekt|^veckans satsning|^årets projekt"


def _is_list_context(text: str) -> bool:
    """``bool(_LIST_CONTEXT.search(text))``, faster (``_found``)."""
    return _found(_LIST_CONTEXT, _LIST_CONTEXT_FOLDED, text)


# Headings of page services and people lists: their sections are never project content.
_FURNITURE_HEADING = re.compile(
    r"^(kontakt|kontakta oss|kontaktperson(er)?|kontaktuppgifter|om oss|dokument|bilagor|filer|läs mer|relaterad|"
    r"relaterat|länkar|(?:fler |senaste |andra |relaterade )?(?:nyheter(?:na)?|pressmeddelanden(?:a)?)|styrgrupp|ordförande|medlemmar|adjungerade|dela|publicerad|senast uppdaterad|"
    r"sidinformation|kalender|evenemang|press|prenumerera|hitta hit|öppettider|e-tjänster|vill du veta mer|"
    # a page's table of contents: "Innehåll", "Innehållsförteckning", "På den här sidan", "Hoppa till"
    r"innehåll\s*$|innehållsförteckning|på (?:den här|denna) sida[n]?|hoppa till|"
    r"mer information|frågor|hjälpte informationen|för mer information|presskontakt|kontakt för (?:media|press)|"
    r"för (?:journalister|media|press)|"
    # a press release's boilerplate about its sender: "Om Orsa kommun", "Om Region Kalmar län"
    r"om [\wåäöÅÄÖ-]+s? (?:kommun|stad)|om region [\wåäöÅÄÖ ]+)\b",
    re.I,
)
# Headings that name no project, though their sections may belong to one ("Resultat", "Bakgrund", "Ett räkneexempel").
_GENERIC_HEADING = re.compile(
    # (a picker's heading, whose list may run on into the projects: "Välj år", "Filtrera projekt")
    r"^(?:ett\s+|en\s+)?(välj (?:år|kommun|område|kategori)|filtrera(?: \w+)?|sortera(?: \w+)?|ansökan|ansök|så ansöker du|så söker du|så går (det|ansökan) till|riktlinjer|bakgrund|kriterier|villkor|"
    r"utvärdering(ar)?|uppföljning|resultat|(?:de )?viktigaste resultat(?:en)?|syfte|mål|målgrupp|fakta|fakta om (?:projektet|satsningen|insatsen|investeringen)|om projektet|kort om|"
    # a report's sections: "1 Inledning", "4 Ekonomisk sammanställning", "5 Fondens ställning"
    r"inledning|sammanställning|ekonomisk sammanställning|fondens ställning|fondens utveckling|"
    r"snabbfakta|faktaruta|kort\s?fakta|nyckelfakta|fakta i korthet|mer om (projektet|satsningen|insatsen)|"
    r"facts|key facts|fact box|about the project|"
    # a programme logic's chain of resources, activities and effects
    r"effektkedja|effektkedjan|programlogik|programlogiken|förändringsteori|förändringsteorin|verksamhetslogik|"
    r"projektfakta|i korthet|sammanfattning|finansiering|tidsplan|organisation|vem kan söka|vad kan man söka|"
    r"räkneexempel|exempel|program|programmet|schema|anmälan|pris|plats|tid och plats|arkiv|nyhetsarkiv|"
    r"ärendebeskrivning|ärendet|ärende|beslut|beslutsunderlag|förslag till beslut|yrkanden?|reservation|"
    # aspects of one project, not projects: "Period och finansiering", "Ekonomi", "Lättläst", "Projektet i korthet"
    r"period|tidsperiod|tidplan|ekonomi|kostnader|kostnad|budget|pengarna|vad kostar det|vem betalar|lättläst|"
    # "Pengar och tid", "Tid och pengar", "Därför behövs Trygga steg", "Varför behövs insatsen"
    r"pengar(?:na)?\s+och\s+tid|tid\s+och\s+(?:pengar|ekonomi|budget|resurser)|ekonomi\s+och\s+tid|resurser|"
    r"(?:ekonomi|budget|pengar)\s+och\s+(?:resurser|bemanning|personal)|(?:resurser|bemanning)\s+och\s+(?:ekonomi|budget)|"
    # "Därför finns Familjeverkstan", "Varför startade vi?"
    r"(?:därför|varför)\s+(?:behövs|finns|startade|startar|gör\s+vi|satsar\s+vi)|"
    r"lätt svenska|barnrättsperspektiv(?:et)?|"
    r"barnkonsekvensanalys|jämställdhetsperspektiv(?:et)?|konsekvensanalys|konsekvenser|risker|riskanalys|"
    r"(?:projektet|satsningen|insatsen|investeringen) i korthet|kort om (?:projektet|satsningen|insatsen|investeringen)|så arbetar vi|arbetssätt|metod|styrgrupp|förväntade effekter|nuläge|"
    r"lägesrapport|samarbetspartners|bemanning|personal|lärdomar|erfarenheter|slutsatser|effekter|"
    # a report's parts: "Genomförande", "Aktiviteter", "Hur går vi vidare?"
    r"(?:projektets\s+)?genomförande|aktiviteter(?:na)?|(?:hur|så)\s+går\s+vi\s+vidare|vad\s+händer\s+nu|"
    # where the work stands: "Läget just nu", "Just nu", "Aktuellt läge"
    r"läget(?:\s+just)?\s+nu|just\s+nu|aktuellt\s+läge|"
    # what came of it: "Efter insatsen", "Efter projekttiden"
    r"efter\s+(?:projektet|satsningen|insatsen|investeringen|projekttiden|projektperioden)|"
    # an event's practical part: "Praktisk information", "Program", "Anmälan"
    r"praktisk information|praktiska uppgifter|talare|medverkande|"
    r"protokollsanteckning|propositionsordning|expedieras|justering|sammanfattning av ärendet|"
    r"så(?:\s+\w+)?\s+(?:vi|du|man|ni|det)|"
    # how-tos and about-sections of the page's own subject: "Så kan förbundet bidra", "Om överenskommelsen", "Kommunal
    # medfinansiering"
    r"så\s+(?:kan|får|gör|ska)\s+[\wåäö-]+(?:\s+[\wåäö-]+)?|om\s+[\wåäö-]+(?:en|et|na)|(?:kommunal\s+)?medfinansiering|"
    # how the project's people work: "Så arbetar teamet", "Så jobbar familjecoacherna", "Hur arbetar insatsen"
    r"(?:så|hur)\s+(?:arbetar|jobbar|fungerar|går\s+till\s+med)\s+[\wåäö-]+$|"
    # … and how they did: "Så arbetade projektet", "Hur gick satsningen?", "Från projekt till ordinarie verksamhet"
    r"(?:så|hur)\s+(?:arbetade|jobbade|fungerade|gick)\s+(?:projektet|satsningen|insatsen|arbetet|teamet|vi)\b|"
    r"från\s+projekt\s+till\s+(?:ordinarie\s+)?(?:verksamhet|drift|linjen)|"
    # the fund's own facts and process: "Så beslutas om medel", "Fonden i siffror", "Året i korthet", "Om fonden",
    # "Nyckeltal"
    r"så (?:beslutas|fördelas|bedöms|prioriteras|följs|redovisas|fungerar|går det till)|återbetalning|återföring|återbäring|fonden|om fonden|"
    r"(?:om\s+)?(?:de\s+)?(?:sociala\s+)?investeringsmed(?:el|len)|"
    # the money's own facts on a news page: "Om medlen för sociala investeringar", "Om pengarna"
    r"om\s+(?:[\wåäö]+s\s+)?(?:medlen|medel|pengarna|pengar|stödet|bidraget)(?:\s+för\s+(?:sociala\s+investeringar|[\wåäö-]+))?$|(?:om\s+)?(?:den\s+|kommunens\s+|regionens\s+)?(?:sociala\s+)?investeringsfonden|[\w\s]{0,40}\bi siffror|(?:året|fonden|arbetet|verksamheten|\d{4}) i korthet|nyckeltal|"
    # an audit's sections: "Granskningens resultat", "Revisorernas bedömning", "Rekommendationer", "Iakttagelser"
    r"granskning(?:ens)?(?:\s+(?:resultat|syfte|inriktning|avgränsning|metod))?|revisionsfrågor|"
    r"(?:revisorernas\s+|sammanfattande\s+|vår\s+)?bedömning(?:ar)?|rekommendation(?:er)?|iakttagelser|"
    # the sections of a municipal annual report (förvaltningsberättelse) name no project
    r"förvaltningsberättelse|viktiga förhållanden|händelser av väsentlig betydelse|förväntad utveckling|"
    r"ekonomisk analys|god ekonomisk hushållning|balanskravsresultat|driftredovisning|investeringsredovisning|"
    r"personalredovisning|verksamhetsberättelse|måluppfyllelse|resultaträkning|balansräkning|investeringar|"
    # a board's own section in a report ("Vård- och omsorgsnämnden", "Kommunstyrelsen"): a body, not a project
    r"(?:[\wåäö]+-\s+och\s+)?[\wåäö-]*nämnden|kommunstyrelsen|regionstyrelsen|nämndernas\s+[\wåäö]+|"
    # a report's parts on work in general: "Samverkan", "Åtgärder för att säkra kvaliteten", "Insatser som redan finns"
    r"samverkan|samarbete|åtgärder(?:\s+för\s+[\wåäö ]{1,40})?|(?:insatser|verksamheter|aktiviteter|stöd)\s+som\s+"
    r"(?:redan\s+)?finns|befintliga\s+insatser|"
    # a network's or a fund's own facts: "Så finansieras nätverket", "Nätverkets historia", "Träffar 2026", "Nätverk och
    # kunskapsstöd", "Så har andra gjort"
    r"nätverk(?:et)?(?:\s+och\s+[\wåäö]+)?|så\s+har\s+andra\s+gjort|så\s+gör\s+andra|"
    # an account of how something was used: "Så har stödet använts", "Så har pengarna fördelats"
    r"så\s+har\s+(?:[\wåäö]+\s+){1,2}(?:använts|fördelats|gått|utvecklats|förändrats)|"
    r"så\s+(?:finansieras|fungerar|styrs|organiseras|leds)\s+[\wåäö]+|(?:[\wåäö]+s\s+)?(?:historia|historik)|"
    r"(?:träffar|möten|mötesdatum|sammanträden|sammanträdesdatum|datum)(?:\s+(?:för\s+|under\s+)?(?:19|20)\d{2})?|"
    # a list of aspects: "Pengar, personal och organisation", "Tid och ekonomi", "Budget, bemanning och samverkan"
    r"(?:(?:pengar|personal|organisation|ekonomi|tid|tider|budget|bemanning|finansiering|resurser|samverkan|"
    r"målgrupp|syfte|mål|kostnader|uppföljning|tidsplan)(?:\s*,\s*|\s+och\s+)){1,4}(?:pengar|personal|organisation|"
    r"ekonomi|tid|tider|budget|bemanning|finansiering|resurser|samverkan|målgrupp|syfte|mål|kostnader|uppföljning|"
    r"tidsplan)|"
    # how the work is set up: "Så är arbetet organiserat", "Så ser satsningen ut"
    r"så\s+(?:är|ser)\s+(?:arbetet|projektet|satsningen|insatsen|teamet)\s+(?:organiserat|upplagt|uppbyggt|ut)|"
    # a protocol's other items and the decision of the body ("Kommunfullmäktiges beslut")
    r"årsredovisning|delårsrapport|detaljplan|val av|avsägelse|anmälan av|[\wåäö-]+s beslut)\b",
    re.I,
)
_GENERIC_PAGE_TITLE = re.compile(r"sociala? investering|investeringsfond|^pågående|^avslutade|^projekt(en)?$|"
                                 r"^projektbeskrivning|^om projektet$|^projektinformation|^projektfakta|"
                                 # a policy area or programme, not a project: "Social hållbarhet", "Strategi för …"
                                 r"^social hållbarhet$|^socialt hållbar|\bstrategi(n|er)?\b|handlingsplan|\bpolicy\b|"
                                 r"^program för|fokusområden|"
                                 r"^protokoll|\bprotokoll(et|sutdrag(et)?)?\b|sammanträde|föredragningslista|^kallelse|"
                                 rf"{_FEATURE_TITLE}|"
                                 # a report: "Uppföljning av sociala investeringar 2024", "Årsrapport 2024"
                                 r"^uppföljning|^årsrapport|^rapport|^redovisning|^delrapport|^slutrapport|^utvärdering|"
                                 r"^lägesrapport|^statusrapport|^verksamhetsberättelse|"
                                 # the fund's process: "Utbetalning och rapportering", "Återrapportering"
                                 r"^utbetalning|^återrapportering|^rapportering|"
                                 r"satsningar|nyheter|^aktuellt|beviljade|miljoner|medel|så söker|ansök|riktlinjer|"
                                 r"kriterier|^vad är|fonden|^budget|årsredovisning|verksamhetsplan|delårsrapport|"
                                 r"bokslut|^mål och budget|^lediga jobb|^nyheter|^kalender|^seminari|arkiv|konferens|"
                                 r"^inbjudan|^välkommen|"
                                 # a grant scheme's page: "Projektbidrag för kultur och fritid", "Föreningsbidrag"
                                 r"^(projekt|förenings|verksamhets|aktivitets|start|kultur|fritids|evenemangs|"
                                 r"arrangemangs|lokal)?bidrag(et)?\b|^vision\b|"
                                 # agreements, statutes and fees: "Avtal inom individ- och familjeomsorgen", "Lokala
                                 # ordningsföreskrifter", "Taxor och avgifter"
                                 r"^avtal\b|avtalskatalog|föreskrift(er(na)?)?\b|reglemente|^taxa\b|^taxor\b|"
                                 # how the fund works: "Så mäter vi effekter", "Så fungerar fonden"; a programme of
                                 # goals ("Integrationsprogram 2026–2030")
                                 r"^så (mäter|följer|arbetar|fungerar|bedömer|väljer|beräknar|räknar|utvärderar|fördelar|"
                                 r"prioriterar|beslutar|granskar|redovisar|rapporterar)\b|integrationsprogram|"
                                 r"folkhälsoprogram|trygghetsprogram|kvalitetsprogram|utvecklingsprogram", re.I)
_GENERIC_PAGE_TITLE_FOLDED = folded_twin(_GENERIC_PAGE_TITLE)
# The dataset is about preventive social work: a segment must speak of people and social needs.
# (?<!\w) is \b here, as every word starts with a letter (a word character, as is every character IGNORECASE
# matches to one: tests/test_segment_shortcuts.py), and it is found faster.
SOCIAL_DOMAIN = re.compile(
    r"(?<!\w)(barn|unga|ungdom|elev|skol|förskol|gymnasi|förälder|föräldra|familj|vårdnadshavare|socialtjänst|"
    r"socialnämnd|psykisk|hälsa|ohälsa|utanförskap|integration|nyanländ|utrikesfödd|arbetslös|arbetsmarknad|"
    r"sysselsättning|försörjningsstöd|missbruk|drog|alkohol|brott|kriminal|trygg|våld|äldre|ensam|"
    r"funktionsnedsätt|segregat|segreger|inkludering|språk|folkhälsa|fritid|idrott|fysisk aktivitet|tandhälsa|"
    r"läs|närvaro|frånvaro|social|invånare|boende|bostadsområde|medborgar|hemlös|kvinnor|män|flickor|pojkar)",
    re.I,
)
_SOCIAL_DOMAIN_FOLDED = folded_twin(SOCIAL_DOMAIN)
_DEFINITE_PROJECT = re.compile(r"\b(Projektet|Satsningen|Insatsen|Investeringen|Programmet|Verksamheten|"
                               r"Arbetet|Teamet|Modellen)\b")
# The same without the leading \b: a search for literal words, which the regex engine does fast (see
# _has_definite_project).
_DEFINITE_WORDS = re.compile(_DEFINITE_PROJECT.pattern.removeprefix(r"\b"))
_STATUS_STATEMENT = re.compile(r"\bprojekte[nt]\s+(är\s+|har\s+)?(avslutat|avslutats|pågår|startar|startade)\b|"
                               r"^\W*projektet\s+avslutat\W*$", re.I | re.M)
_QUOTE = "”“\"«»„"
_QUOTE_CHARS = tuple(_QUOTE)
_QUOTED_NAME = re.compile(rf"[{_QUOTE}]([^{_QUOTE}\n]{{3,90}}?)[{_QUOTE}]")
_AFTER_QUOTE = re.compile(r"^\s*(,\s*)?(är|blir|heter|kallas|var)\s+(ett|en|namnet på)?\s*[\w\s-]{0,40}?"
                          r"(projekt|satsning|insats|investering|program|arbete|verksamhet)|"
                          # in apposition: "till «Läsfixarna», ett projekt där …"
                          r"^\s*,\s*(?:ett|en)\s+(?:[\wåäö-]+\s+){0,2}?(?:projekt|satsning|insats|investering)\b|"
                          # a name that starts or runs: "”Språkbryggan i förskolan”, som drar i gång i augusti 2026"
                          r"^\s*,\s*som\s+(?:drar\s+i\s*gång|startar|startade|pågår|pågick|inleds|inleddes|påbörjas)\b",
                          re.I)
_BEFORE_QUOTE = re.compile(r"(projekte[nt]|satsningen|insatsen|investeringen|programmet|projekten|satsningarna)"
                           r"\s*(är|heter|kallas|,)?\s*$|"
                           # a grant to it: "1 400 000 kronor till ”Öppen förskola på hjul”", "beviljat medel till"
                           r"(kronor|kr|miljon|miljoner|mnkr|tkr|medel)\s+(?:till|för)\s*$|"
                           # one of several in turn: "Först ut är ”Språkbryggan”", "Den andra är ”X”"
                           r"\bförst\s+ut\s+(?:är|blir)\s*$|\b(?:den\s+)?(?:första|andra|tredje|fjärde|femte|sista)\s+(?:är|blir)\s*$",
                           re.I)
_APPOSITION = re.compile(r"\b(?:satsningen|projektet|insatsen|investeringen)\s*,\s*([A-ZÅÄÖ][^,.;:]{3,80}?)\s*,\s*"
                         r"(?:är|har|ska|får|blir|kommer|som|ger|riktar|vänder|erbjuder|startar|startade|pågår|"
                         r"drivs|bedrivs|syftar|handlar|består|innebär|vill|"
                         # the grant told of it: "Den andra investeringen, Vuxenlotsen, går till Lilla Edets kommun"
                         r"går|gick|fick|tilldelas|tilldelades|beviljas|beviljades|kostar|omfattar)\b")
_APPOSITION_WORDS = ("satsningen", "projektet", "insatsen", "investeringen")  # one is in every _APPOSITION match
_NAME_SEPARATOR = re.compile(r"^([^\n]{3,90}?)\s*(?:[–—:]|\s-\s)\s+(\S.{15,})$", re.S)  # the name on one line
_SEPARATOR_CHARS = ("–", "—", ":", "-")  # one is in every _NAME_SEPARATOR match: without, it is not tried
_COLUMN_ROLES = (
    # (not a fact of it: "Projektperiod", "Projektägare", "Insatstid")
    ("project", re.compile(r"(?:projekt|aktivitet|insats|satsning|investering)(?!period|tid|ägare|ledare|budget|kostnad|"
                           r"start|slut|status|belopp)|namn|åtgärd|beskrivning", re.I)),
    ("description", re.compile(r"beskrivning|innehåll|^\s*om (?:insatsen|projektet|satsningen)", re.I)),
    ("amount", re.compile(r"belopp|tkr|mnkr|kronor|\bkr\b|budget|beviljat|summa|kostnad|medel|sek", re.I)),
    # (not "Medverkande organisationer", a column of partners)
    ("organisations", re.compile(r"^(?!.*(?:medverkande|deltagande|samverkan|samarbets|partner))"
                                 r".*(?:nämnd|förvaltning|ansvarig|sökande|ägare|huvudman|utförare|organisation|verksamhet)",
                                 re.I)),
    ("period", re.compile(r"period|projekttid|tidsperiod|\btid\b|år\b|start", re.I)),
    ("partners", re.compile(r"samverkan|partner|parter|medverkande|deltagande", re.I)),
    ("target_group", re.compile(r"målgrupp", re.I)),
    ("municipalities", re.compile(r"^\s*kommun(?:er|\(er\))?\s*$|ort", re.I)),
    ("status", re.compile(r"^\s*(?:status|projektstatus|läge)\s*$", re.I)),
    ("funders", re.compile(r"finansiär", re.I)),  # "Medfinansiär", "Finansiärer" (not "Medfinansiering", an amount)
)


def _is_furniture_heading(text: str) -> bool:
    return bool(_FURNITURE_HEADING.match(text.strip()))


# Either pattern, in one match (both are anchored alternatives).
_GENERIC_OR_FURNITURE_HEADING = re.compile(f"(?:{_GENERIC_HEADING.pattern})|(?:{_FURNITURE_HEADING.pattern})", re.I)


_PARAGRAPH_NO = re.compile(r"^§\s*\d+[a-z]?\s+")
# A report's section number before its heading ("2.1 Familjecentral i Fjärdhundra", "4. Ekonomi"): no part of a name.
SECTION_NO = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=[A-ZÅÄÖ])")


# Headings over a list of documents or links, not of the project's text: a protocol's "Beslutsunderlag" (the
# application, earlier minutes), "Bilagor", "Relaterade dokument", "Länkar".
_DOCUMENTS_HEADING = re.compile(
    r"^(?:beslutsunderlag|underlag|bilag(?:a|or)|handlingar|(?:relaterade |fler )?dokument|ladda ner|"
    r"(?:relaterade |användbara )?länkar|källor|referenser)\b", re.I)


# A news item of a call for applications ("Nu kan du söka medel ur fonden för 2026"): the fund's, not a project.
# ("Sista dag att söka ur sociala investeringsfonden är den 31 mars", "Dags att ansöka hos fonden")
_CALL_HEADING = re.compile(r"\bsöka?\s+(?:pengar|medel)\b|\butlysning\b|\bansökningsomgång|\bansökningstid|"
                           r"\b(?:an)?söka\s+(?:[\wåäö]+\s+)?(?:ur|från|hos|i)\s+(?:[\wåäö]+\s+){0,3}?[\wåäö]*fonden?\b", re.I)
_DATED_STEP = re.compile(rf"^(?:(?:{MONTH_NAMES}|våren|hösten|sommaren|vintern)\s+)?(?:19|20)\d{{2}}"
                         rf"(?:\s*[–—-]\s*(?:19|20)\d{{2}})?\s*:\s*\S", re.I)


# A protocol's item about one application for money: its case is one piece of work, named in its prose.
_APPLICATION_ITEM = re.compile(r"(?:ansökan|begäran|framställan)\s+om\s+(?:medel|bidrag|finansiering|pengar)\b", re.I)


# A protocol item's case before a dash and the name after it.
_ITEM_NAME_AFTER_DASH = re.compile(r"^(.+?)\s+[–—-]\s+([^–—]{3,80})$")
_FUND_ITEM = re.compile(_APPLICATION_ITEM.pattern + r"|\b(?:medel|bidrag)\s+(?:ur|från)\s+(?:[\wåäö]+\s+){0,3}?[\wåäö]*fond",
                        re.I)


# A heading that is only a time ("Från augusti 2025", "Under 2026"): when, not what (an easy-to-read page's sections of
# one project).
# (a bare year is a list's group: "2024", "2023–2024" over its projects)
_DATE_HEADING = re.compile(rf"(?:från|sedan|till|under|fram\s+till)\s+(?:(?:{MONTH_NAMES}|våren|hösten|sommaren|"
                           rf"vintern)\s+)?(?:19|20)\d{{2}}(?:\s*[–—-]\s*(?:19|20)\d{{2}})?", re.I)


# A report's byline under its title: "Boråsregionen Sjuhärads kommunalförbund · maj 2025".
_BYLINE = re.compile(rf"\s·\s+(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d{{2}}$", re.I)


def _is_generic_heading(text: str) -> bool:
    t = text.strip()
    if t.startswith("§") and not has_any(t, ("–", "—", " - ", ":")):
        # a protocol's item: "§ 41 Årsredovisning 2024" is as generic as "Årsredovisning" (one that names a project
        # after a dash, "§ 46 Ansökan ur sociala investeringsfonden – Familjelots Väst", is not)
        t = _PARAGRAPH_NO.sub("", t, count=1)
        if _APPLICATION_ITEM.match(t):
            return False  # "§ 34 Ansökan om medel ur sociala investeringsfonden från socialnämnden": one application
    elif t[:1].isdigit():
        t = SECTION_NO.sub("", t, count=1)  # a report's numbered section: "6 Förslag till beslut"
    return bool(_GENERIC_OR_FURNITURE_HEADING.match(t) or _DOCUMENTS_HEADING.match(t)) or t.endswith("?") \
        or (t[-1:].isdigit() and (_DATE_HEADING.fullmatch(t) is not None or ("·" in t and _BYLINE.search(t) is not None)))


# A report's title that names its project after a colon: "Slutrapport: Fritidslyftet", "Utvärdering av: Läslyftet".
# The words a report or a grant's page puts before its project's name and a colon; fields strips them from the title.
REPORT_PREFIX = (r"(?:sammanfattning(?:\s+av)?(?:\s+(?:utvärderingen|rapporten|slutrapporten|uppföljningen))?|"
                 r"utvärdering(?:en)?(?:\s+av)?|"
                 # "Lägesrapport december 2025: Språkhopp", "Delrapport 2 – hösten 2025: X"
                 rf"(?:slutrapport|delrapport|lägesrapport|statusrapport|halvårsrapport)(?:\s+\d)?(?:\s*[–-]?\s*"
                 rf"(?:(?:{MONTH_NAMES}|våren|hösten|sommaren|vintern|vt|ht)\s+)?(?:19|20)\d{{2}}(?:/\d{{2}})?)?|"
                 # "Beviljad social investering: Steget ut"
                 r"(?:beviljad|ny|pågående|avslutad)\s+(?:social\s+investering|satsning|insats|projekt))")
_REPORT_OF = re.compile(rf"^\s*{REPORT_PREFIX}\s*:\s*\w", re.I)


def is_generic_page_title(text: str | None) -> bool:
    return not text or _found(_GENERIC_PAGE_TITLE, _GENERIC_PAGE_TITLE_FOLDED, text)


# -- 1. tables -------------------------------------------------------------------------------------------------
# A data dictionary's header: a column of field names and one of their types or descriptions ("Kolumn | Typ |
# Beskrivning" on an open-data page): its rows are fields, not projects.
_FIELD_NAME_HEAD = re.compile(r"^(?:kolumn(?:namn)?|fält(?:namn)?|variabel(?:namn)?|attribut|egenskap)$", re.I)
_FIELD_TYPE_HEAD = re.compile(r"^(?:typ|datatyp|format|beskrivning|förklaring)$", re.I)


def _table_segments(block: Block, context: list[str]) -> list[Segment]:
    rows = block.rows or []
    if rows and any(_FIELD_NAME_HEAD.match(c.strip()) for c in rows[0]) \
            and any(_FIELD_TYPE_HEAD.match(c.strip()) for c in rows[0]):
        return []
    if rows and sum(1 for c in rows[0] if _RISK_HEAD.match(c)) >= 2:
        return []  # a risk register ("Risk | Sannolikhet | Konsekvens | Åtgärd"): its measures are no projects
    if block.header_rows == 0 and rows:
        # Some CMS tables put the header in <td>; take the first row as header when it names a project column.
        if any(_COLUMN_ROLES[0][1].search(c) for c in rows[0]) and len(rows) > 2:
            header, body = rows[0], rows[1:]
        else:
            return []
    elif block.header_rows >= 2:
        # Two header rows ("Beviljat, tkr" over "2024 | 2025 | Totalt"): each column's header is its heads, top down.
        width = max(len(r) for r in rows[:block.header_rows])
        header = [" ".join(dict.fromkeys(r[i].strip() for r in rows[:block.header_rows] if i < len(r) and r[i].strip()))
                  for i in range(width)]
        body = rows[block.header_rows:]
    else:
        header, body = rows[block.header_rows - 1], rows[block.header_rows:]
    roles: dict[int, str] = {}
    for i, h in enumerate(header):
        for role, rx in _COLUMN_ROLES:
            if rx.search(h) and role not in roles.values():
                if role == "project" and (_counts_column(h, cells := [r[i] for r in body if i < len(r)])
                                          or (cells and all(_DATE_CELL.match(c) for c in cells))
                                          or (cells and 2 * sum(1 for c in cells if orgs.looks_like_person(c.strip()))
                                              > len(cells))):
                    continue  # (figures, dates, or people: "Projektet får starta tidigast | 1 maj 2026", a members list)
                roles[i] = role
                break
    amount_cols = [i for i, h in enumerate(header) if _COLUMN_ROLES[2][1].search(h)]
    total_col = next((i for i in amount_cols if TOTAL_HEAD.search(header[i])), None)
    if len(amount_cols) > 1 and total_col is not None and roles.get(total_col) is None:
        # amounts per year and their total: the total is the budget
        roles = {i: r for i, r in roles.items() if r != "amount"}
        roles[total_col] = "amount"
    if "project" not in roles.values() or len(body) < 1:
        return []
    if any(_PRICE_HEAD.match(h.strip()) for h in header) or _rates_only(body, [i for i, r in roles.items() if r == "amount"]):
        return []  # a price list ("Insats | Avgift": "Trygghetslarm | 310 kronor per månad"): what users pay
    project_col = next(i for i, r in roles.items() if r == "project")
    others = [i for i in range(len(header)) if i != project_col]
    if "amount" not in roles.values() and others and all(_YEAR_HEAD.match(header[i]) for i in others) and all(
            _SMALL_COUNT.match(r[i]) for r in body for i in others if i < len(r) and r[i].strip()):
        return []  # counts per year ("Typ av insats | 2024 | 2025", "Brand i byggnad | 19 | 16"): statistics
    if "amount" not in roles.values() and (any(_WHEN_HEAD.match(h) for h in header)
                                          or _ACTIVITY_HEAD.match(header[project_col])):
        # a schedule ("Aktivitet | När") or a plan of activities ("Mål | Aktivitet | Ansvarig | Tid"): steps of one
        # project, not projects
        return []
    if set(roles.values()) <= {"project", "organisations", "municipalities"} and any(_CONTACT_HEAD.match(h) for h in header):
        return []  # a contact list ("Investering | Förvaltning | Kontakt"): who to ask, no project's facts
    unit = None
    for i, role in roles.items():
        if role == "amount":
            unit = header[i]
    if unit is not None and block.caption and unit_multiplier(unit) is None and unit_multiplier(block.caption):
        unit = f"{unit} ({block.caption})"  # "Total budget" under a caption "Beviljade projekt 2025, tkr"
    segments = []
    for row in body:
        cells = {roles[i]: c for i, c in enumerate(row) if i in roles and c.strip()}
        name = cells.get("project", "").strip()
        if not name or re.match(r"^(summa|totalt|total|sum)\b", name, re.I):
            continue
        if _WITHDRAWN_STATUS.match(cells.get("status", "")):
            continue  # a grant handed back or withdrawn before it began ("Återtaget*"): no project
        seg = Segment("table-row", cells=cells, context=list(context), unit_hint=unit)
        seg.blocks.append(Block("p", name))
        segments.append(seg)
    return segments


def _without_standing_paragraphs(text: str) -> str:
    """``text`` without its paragraphs that call their work standing ("Satsningen … gäller tills vidare"): what they
    call "Satsningen" is a standing decision, no project."""
    if "vidare" not in text:
        return text
    return "\n".join(p for p in text.split("\n") if not _STANDING_DECISION.search(p))


_PROJECT_OR_FUND_WORD = re.compile(r"\b(?:projekt\w*|social(?:a)?\s+investering\w*|investeringsfond\w*|\w*fonden)\b", re.I)
_STANDING_DECISION = re.compile(r"\b(?:gäller|löper|pågår|fortsätter)\s+tills\s*vidare\b", re.I)
_PRICE_HEAD = re.compile(r"(?:avgift|avgifter|pris|priser|taxa|taxor|kostnad\s+per|egenavgift)\b", re.I)
_RATE_CELL = re.compile(r"^\s*(?:\d[\d\s\u00a0]*(?:[,.]\d+)?\s*(?:kr|kronor|sek|:-)?\s*(?:/|per|i|om)\s*"
                        r"(?:timme|timmen|tim|h|månad|månaden|mån|dag|dagen|dygn|dygnet|portion|tillfälle|tillfället|"
                        r"vecka|veckan|gång|gången|person|st|styck|mil|km)\b|0\s*(?:kr|kronor)|gratis|avgiftsfri\w*)\s*$", re.I)


def _rates_only(body: list[list[str]], amount_cols: list[int]) -> bool:
    """Every amount cell a rate ("440 kronor per timme", "60 kr/dag", "Gratis"): a price list, no grants."""
    cells = [r[i] for r in body for i in amount_cols if i < len(r) and r[i].strip()]
    return bool(cells) and all(_RATE_CELL.match(c) for c in cells)


_WITHDRAWN_STATUS = re.compile(r"\s*(?:återtag|återkalla|indrag|avstått|avstod|avslag|avslagen|ej\s+beviljad|inte\s+beviljad|"
                               r"makulerad|struken)", re.I)


# A project's diary on its own page: its entries ("Närvarokompassen förlängs", "Medel beviljade") are that project's
# news, not projects.
_UPDATES_HEADING = re.compile(r"^\s*(?:(?:uppdateringar|nytt|nyheter|aktuellt|senaste nytt|händelser|rapporter)\s+"
                              r"(?:från|i|om)\s+(?:projektet|satsningen|insatsen|arbetet)|uppdateringar|projektdagbok"
                              r"|projektlogg|dagbok|logg)\s*:?\s*$", re.I)
# The date line a blog post or a diary entry begins with, under its headline: "10 februari 2026", "2025-03-03".
_ENTRY_DATE = re.compile(rf"^\s*(?:(?:publicerad|postad|skriven)\s*:?\s*)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?"
                         rf"(?:\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$", re.I)


def _dated_entries(sections) -> set[int]:
    """The headings of a one-project page's dated entries (a project's blog or diary: "Vi får ett halvår till" over
    "10 februari 2026" …), when two or more sections begin with a date line: its news, not projects."""
    dated = {id(h) for h, own, _ in sections if h is not None and own and own[0].kind == "p"
             and len(own[0].text) <= 40 and _ENTRY_DATE.match(own[0].text)}
    return dated if len(dated) >= 2 else set()


# A column headed as a total ("Beviljat, tkr Totalt"); fields reads its amount as a total too.
TOTAL_HEAD = re.compile(r"\b(?:totalt|total|summa|sammanlagt)\b", re.I)
_CONTACT_HEAD = re.compile(r"^\s*(?:kontakt\w*|e-post|telefon|frågor)\s*$", re.I)
_WHEN_HEAD = re.compile(r"^\s*(?:när|datum|tidpunkt|vecka|månad|klart)\s*\??\s*$", re.I)
# (forward plans only: an annual report's "Insatser under året" are its projects, each under its name)
# (a savings plan, "Åtgärdsplan …", holds none at all: _NEVER_PROJECT_TITLE)
_PLAN_DOCUMENT_TITLE = re.compile(r"^\s*(?:mål\s+och\s+budget|verksamhetsplan|budget\s+(?:19|20)\d\d)\b", re.I)
_IS_INVESTMENT_HEADING = re.compile(r"[–—-]\s+(?:en\s+)?(?:social\s+investering|projekt|satsning)\b", re.I)
_YEAR_HEAD = re.compile(r"^\s*(?:19|20)\d{2}\s*$")
_SMALL_COUNT = re.compile(r"^\s*[–-]?\s*\d{1,3}\s*$")
_RISK_HEAD = re.compile(r"^\s*(?:risk|risker|riskbeskrivning|sannolikhet|konsekvens|konsekvenser|riskvärde|"
                        r"påverkan)\s*$", re.I)
_ACTIVITY_HEAD = re.compile(r"^\s*(?:aktivitet|aktiviteter|åtgärd|åtgärder|moment|delmål)\s*$", re.I)
_COUNT_HEAD = re.compile(r"^\s*(?:antal|andel|summa|totalt)\b", re.I)
_NUMBER_CELL = re.compile(r"^\s*[\d\s\u00a0.,%–-]*\s*$")


_DATE_CELL = re.compile(rf"^\s*(?:(?:den\s+)?\d{{1,2}}\s+(?:{MONTH_NAMES})\.?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|"
                        rf"(?:vecka|v\.?)\s*\d{{1,2}}(?:\s+\d{{4}})?|(?:{MONTH_NAMES})\s+\d{{4}})\s*$", re.I)


def _counts_column(head: str, cells: list[str]) -> bool:
    """A column of figures about projects ("Antal insatser": 3, 5, 6), not of their names."""
    return bool(_COUNT_HEAD.match(head)) or (bool(cells) and all(_NUMBER_CELL.match(c) for c in cells))


# The columns of a status or follow-up table, beside its rows of areas ("Tidplan", "Ekonomi", "Bemanning").
_REPORT_COLUMNS = frozenset({"kommentar", "kommentarer", "bedömning", "åtgärd", "åtgärder", "risk", "indikator",
                             "utfall", "prognos", "avvikelse", "analys", "trend", "mål", "utgångsläge", "beskrivning"})


def _transposed(block: Block) -> Block | None:
    """A table with one column per project, its rows labelled (Projektägare | A | B, Målgrupp | … | …): turned so
    each project is a row under a "Projekt" column. None for any other table: the first row must name two or more
    projects, and most rows below it, at least two, must begin with a field label."""
    rows = block.rows or []
    if len(rows) < 3 or len(rows[0]) < 3 or any(len(r) != len(rows[0]) for r in rows):
        return None
    names = rows[0][1:]
    if rows[0][0].strip() and labels.field_for(rows[0][0]) is None or sum(1 for n in names if n.strip()) < 2:
        return None
    if any(labels.field_for(n) is not None or fold(n).strip(" :") in _REPORT_COLUMNS for n in names if n.strip()):
        return None  # columns of a report's table ("Område | Status | Kommentar"), not projects
    labelled = sum(1 for r in rows[1:] if labels.field_for(r[0]) not in (None, "contact", "ignore"))
    if labelled < 2 or labelled * 5 < (len(rows) - 1) * 3:
        return None
    header = ["Projekt"] + [r[0] for r in rows[1:]]
    body = [[name] + [r[j] for r in rows[1:]] for j, name in enumerate(names, start=1)]
    text = "\n".join(" | ".join(r) for r in [header] + body)
    return Block("table", text, rows=[header] + body, header_rows=1, container=block.container)


# The first column's header of a table of roles ("Roll | Organisation", "Funktion | Namn").
_ROLE_COLUMN_HEADS = frozenset({"roll", "roller", "funktion", "uppdrag", "part", "parter", "aktor", "ansvar"})


def _is_key_value_table(block: Block) -> bool:
    return _key_value_pairs(block) is not None


def _key_value_pairs(block: Block) -> list[tuple[str, str]] | None:
    """(label, value) of a table of one project's facts: two columns, a field label and its value on each row, or
    one header row of labels over one row of values ("Projektperiod | Målgrupp | Budget | Projektägare"), with no
    column naming projects. A table with a header row that names no field ("Kostnadspost | Belopp, tkr") is data,
    though its rows begin with words such as "Personal"."""
    rows = block.rows or []
    if not rows:
        return None
    if block.header_rows == 1 and len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 2 \
            and sum(1 for h in rows[0] if labels.field_for(h)) >= 2 \
            and not any(_COLUMN_ROLES[0][1].search(h) and not labels.field_for(h) for h in rows[0]):
        return list(zip(rows[0], rows[1]))
    if block.header_rows == 1 and len(rows) >= 3 and all(len(r) == 2 for r in rows) \
            and fold(rows[0][0]).strip(" :") in _ROLE_COLUMN_HEADS \
            and sum(1 for r in rows[1:] if labels.field_for(r[0]) in _MANY_VALUED) * 2 >= len(rows) - 1:
        # who does what, under a header that names the columns ("Roll | Organisation"): each row a role label and
        # its organisation ("Projektägare | Socialförvaltningen", "Samverkanspart | Polisen")
        return [(k, v) for k, v in rows[1:]]
    if block.header_rows and labels.field_for(rows[0][0]) is None:
        return None
    if all(len(r) == 2 for r in rows) and sum(1 for r in rows if labels.field_for(r[0])) >= 2:
        return [(k, v) for k, v in rows]
    return None


# -- 2. label blocks -------------------------------------------------------------------------------------------
@dataclass
class _Labelled:
    field: str
    label: str
    value: str


def _label_of(block: Block) -> _Labelled | None:
    """The label a block opens with (a heading or line that is just a label, a bold lead, "Label: value").
    A page's blocks are read once (``_segment``) and every strategy uses that reading."""
    kind = block.kind
    if kind == "p" or kind == "li":
        lead = block.lead
        if lead:
            fld = labels.field_for(lead)
            if fld:
                value = block.text[len(lead):].lstrip(" :\n\t–-").strip()
                return _Labelled(fld, lead.rstrip(":").strip(), value)
        read = labels.read_label(block.text)  # split_label, else label_alone
        if read is None and block.text[:1].isdigit():
            # a report's or a form's numbered section: "3. Målgrupp\nPersoner 20–64 år …" pasted as one paragraph,
            # or "6. Målgrupp" alone with its answer in the next one
            first, _, rest = block.text.partition("\n")
            fld = labels.label_alone(SECTION_NO.sub("", first, count=1)) if SECTION_NO.match(first) else None
            if fld and (rest.strip() or "\n" not in block.text):
                return _Labelled(fld, SECTION_NO.sub("", first, count=1).strip(), rest.strip())
        return _Labelled(*read) if read else None
    if kind == "heading" and block.level > 1:  # the page's own title ("Insatser") labels nothing
        fld = labels.label_alone(block.text)
        if fld is None and block.text[:1].isdigit() and SECTION_NO.match(block.text):
            # a plan's numbered section heading, "5.2 Samverkansparter"
            text = SECTION_NO.sub("", block.text, count=1)
            fld = labels.label_alone(text)
            return _Labelled(fld, text.rstrip(":").strip(), "") if fld else None
        if fld is None and block.text.endswith("?") and (dash := _DASH_QUESTION.match(block.text)) is not None:
            # a label and a question after a dash, "Samverkan – vem gör vad?": the label
            fld = labels.label_alone(dash.group(1))
            return _Labelled(fld, dash.group(1), "") if fld in ("partners", "organisations") else None
        return _Labelled(fld, block.text.rstrip(":").strip(), "") if fld else None
    return None


_DASH_QUESTION = re.compile(r"^([^–—?]{3,40}?)\s+[–—-]\s+[^?]{3,60}\?$")


# A card's status badge ("Pågår", "Pågick") beside its heading reads like the period label "Pågår:" with its value
# below; it is the status when what follows is no period (the card's sentence), and so opens no group of its own.
_STATUS_BADGE_WORDS = frozenset({"pågår", "pågick"})


def _is_status_badge(text: str, after: str | None) -> bool:
    """``text`` is a status badge ("Pågår") when what follows it (``after``; None: nothing) is no period."""
    return text.strip().lower() in _STATUS_BADGE_WORDS and (after is None or parse_period(after) is None)


def _status_badges(blocks: list[Block], labs: list[_Labelled | None]) -> list[_Labelled | None]:
    for i, lab in enumerate(labs):
        if lab is not None and lab.field == "period" and not lab.value and i + 1 < len(blocks) \
                and blocks[i + 1].kind != "heading" and labs[i + 1] is None \
                and _is_status_badge(lab.label, blocks[i + 1].text):
            labs[i] = _Labelled("status", "Status", lab.label)
    return labs


def _expand_key_value_tables(blocks: list[Block], labs: list[_Labelled | None],
                             kv_tables: set[int]) -> tuple[list[Block], list[_Labelled | None]]:
    """A two-column table of labels and values reads like labelled lines; a new table starts a new block.
    ``labs`` holds the blocks' labels, ``kv_tables`` the ids of the key-value tables among them; returns the new
    blocks with theirs (a table left as it is, then, is not a key-value table)."""
    if not kv_tables:
        return blocks, labs
    out: list[Block] = []
    out_labs: list[_Labelled | None] = []
    for b, lab in zip(blocks, labs):
        if id(b) in kv_tables:
            for k, v in _key_value_pairs(b) or ():
                if k.strip() or v.strip():
                    row = Block("p", f"{k.rstrip(':')}: {v}", lead=k.rstrip(":") + ":", container=b.container,
                                list_id=id(b))
                    out.append(row)
                    out_labs.append(_label_of(row))
        else:
            out.append(b)
            out_labs.append(lab)
    return out, out_labs


_FACT_BAR = re.compile(r"\s+[|·•]\s+")
# A label inside a line of facts whose separators are gone (hidden bars between bold labels: "Projekt: X Målgrupp: Y
# Period: 2024–2025"): a capitalised known label, its colon, a blank.
_INLINE_LABEL = re.compile(r"(?<=\s)([A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s[\wåäö-]+){0,2}):(?=\s)")


_SEMICOLON_LABEL = re.compile(r";\s*([\wåäöÅÄÖ-]+(?:\s[\wåäö-]+){0,2}):(?=\s)")


def _label_start(m: re.Match[str]) -> int | None:
    """Where the known label a match of _INLINE_LABEL ends with begins: the whole match, or its last words (the value
    before it may end in a capitalised word: "Ansvarig: Socialförvaltningen Period: …" holds the label "Period")."""
    words = m.group(1).split(" ")
    for k in range(len(words)):
        if labels.field_for(" ".join(words[k:])):
            return m.start(1) + sum(len(w) + 1 for w in words[:k])
    return None


def _inline_label_parts(line: str) -> list[str]:
    """A line that opens with a label and holds two or more more known labels, each with its colon, cut before each:
    one labelled line per fact ("målgrupp: …; period: 2025–2026; beviljat: 480 000 kr" too, labels in lower case
    after a semicolon). Any other line as it is."""
    if labels.split_label(line) is None:
        return [line]
    cuts = sorted({cut for rx in (_INLINE_LABEL, _SEMICOLON_LABEL) for m in rx.finditer(line)
                   if (cut := _label_start(m)) is not None})
    if len(cuts) < 2:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [_without_full_stop(line[a:z].strip().rstrip(";").strip()) for a, z in zip(bounds, bounds[1:])]


def _without_full_stop(part: str) -> str:
    """A fact's sentence end goes with the cut ("Målgrupp: Unga 12–17 år. Period: …"), an abbreviation's does not
    ("… m.fl.", "t.o.m.")."""
    if part.endswith(".") and "." not in part.rsplit(None, 1)[-1][:-1]:
        return part[:-1].rstrip()
    return part


def _split_label_lines(blocks: list[Block],
                       labs: list[_Labelled | None]) -> tuple[list[Block], list[_Labelled | None]]:
    """One paragraph holding several labelled lines ("Projektägare: …<br>Syfte: …") becomes one block per
    label; a line without a label continues the label above it ("Syfte:<br>Att öka …"). Blocks come with their
    labels (``labs``) and go with them: a block left as it is keeps its label (and most pages keep all)."""
    # One line holds at most one label, unless its facts stand in a row between bars ("Projekt: X | Målgrupp: Y |
    # Budget: 420 000:-"): only a paragraph or item of several lines, or of several such parts, can be split.
    multi = [i for i, b in enumerate(blocks) if b.kind in ("p", "li") and ("\n" in b.text or (
        ":" in b.text and ("|" in b.text or "·" in b.text or "•" in b.text)) or b.text.count(":") >= 3)]
    out: list[Block] = []
    out_labs: list[_Labelled | None] = []
    done = 0  # blocks[:done] are in out
    for i in multi:
        b = blocks[i]
        lines = b.text.split("\n")
        if "|" in b.text or "·" in b.text or "•" in b.text:
            parts = [p.strip() for line in lines for p in _FACT_BAR.split(line)]
            if sum(1 for p in parts if labels.split_label(p)) >= 2:
                lines = parts
        if b.text.count(":") >= 3:
            lines = [part for line in lines for part in _inline_label_parts(line)]
        starts: list[int] = []
        for j, ln in enumerate(lines):
            if not labels.read_label(ln) or _is_status_badge(ln, lines[j + 1] if j + 1 < len(lines) else None):
                continue  # (a card's status badge "Pågår" over its sentence: no period label, see _status_badges)
            if starts and starts[-1] == j - 1 and ":" not in lines[j - 1] and ":" not in ln:
                continue  # "Status<br>Pågår": the value of a label without a colon, though it reads as a label too
            starts.append(j)
        if len(starts) < 2:
            continue
        new: list[Block] = []
        if starts[0] > 0:  # the text before the first label keeps the block's bold lead (a name)
            # (or a card's heading inside its item, its first line: "Skärgårdens läxhjälp\nPågår\nDigital läxhjälp …")
            lead = b.lead or (lines[0].strip() if starts[0] > 1 and _NAME_LINE.match(lines[0].strip()) else None)
            new.append(Block(b.kind, "\n".join(lines[: starts[0]]), container=b.container, list_id=b.list_id,
                             lead=lead))
        for a, z in zip(starts, starts[1:] + [len(lines)]):
            label_line = lines[a]
            split = labels.split_label(label_line)
            value_lines = ([split[2]] if split and split[2] else []) + lines[a + 1:z]
            label = split[1] if split else label_line.rstrip(": ").strip()
            new.append(Block(b.kind, f"{label}: " + "\n".join(value_lines), lead=f"{label}:", container=b.container,
                             list_id=b.list_id))
        out += blocks[done:i] + new
        out_labs += labs[done:i] + [_label_of(n) for n in new]
        done = i + 1
    if not done:
        return blocks, labs
    return out + blocks[done:], out_labs + labs[done:]


# A line that can be a name: short, capitalised, no sentence's end.
_NAME_LINE = re.compile(r"^[A-ZÅÄÖ][^.!?:\n]{2,78}$")


# Labels with no field whose text (up to the next label) is prose about the project: under a heading "Bakgrund" or
# "Uppföljning" it describes the project as the paragraphs under any other heading do.
_PROSE_SECTIONS = frozenset({"bakgrund", "uppföljning", "utvärdering", "resultat"})
_ONE_PROJECT_TITLE = re.compile(r"^\s*(?:projektbeskrivning|om projektet|projektinformation|projektfakta)\b", re.I)


_NAME_FIELDS = frozenset(("partners", "organisations", "funders", "municipalities"))


def _is_name_value(text: str) -> bool:
    """A name on its own ("Polisen", "Företagarna Arboga"): short, one line, no sentence."""
    return len(text) <= 60 and "\n" not in text and not text.endswith((".", "!", "?", ":")) and text[:1].isupper() \
        and not any(c.isdigit() for c in text) and labels.field_for(text) is None  # (not "Budget 2025")


# Fields a table or list may give one row each ("Samverkanspart | Polisen", "Samverkanspart | Skolan"): the same label
# again right after itself adds a value, it starts no new project.
_MANY_VALUED = frozenset({"organisations", "partners", "funders"})


def _label_segments(blocks: list[Block], labs: list[_Labelled | None], kv_tables: set[int],
                    page_title: str | None) -> list[Segment]:
    """Group labelled lines into project blocks.
    ``labs``: the blocks' labels; ``kv_tables``: the ids of their key-value tables."""
    blocks, annotated = _split_label_lines(*_expand_key_value_tables(blocks, labs, kv_tables))
    anchor_fields = {a.field for a in annotated if a and a.field in labels.ANCHOR_FIELDS}
    if len(anchor_fields) < 2:
        return []

    # (so not empty either; a report titled by its project after a colon, "Lägesrapport december 2025: Språkhopp", is
    # that one project's page, whose name the record keeps without the report's words)
    specific_title = not is_generic_page_title(page_title) or bool(_REPORT_OF.match(page_title or ""))
    groups: list[dict] = []  # {"seg": Segment, "start": i, "end": i, "heading": str|None}
    tables: list[int] = []  # other tables (a budget by year): a one-project page's, for its facts
    items: list[tuple[str, object]] = []  # ("group", g) | ("orphans", [idx]) | ("heading", idx)
    cur: dict | None = None
    pending_value: _Labelled | None = None
    pending_box: tuple[int, ...] = ()  # the container of a contact/ignore label waiting for its value
    pending_list: int | None = None  # the list a label's value began in: its other items are the value too
    names_field: _Labelled | None = None  # a label of names whose first name stood alone: the next ones may follow
    names_box: tuple[int, ...] = ()
    label_box: tuple[int, ...] = ()  # the container of the label waiting for its value
    list_field: _Labelled | None = None
    orphans: list[int] = []
    heading: Block | None = None
    heading_idx: int | None = None
    context: list[str] = []

    def close_orphans():
        nonlocal orphans
        if orphans:
            items.append(("orphans", orphans))
            orphans = []

    for i, (b, lab) in enumerate(zip(blocks, annotated)):
        if b.kind == "table":  # key-value tables are expanded into lines by now
            close_orphans()
            if cur is not None:  # right after a block's lines, under no heading of its own: the block's (its money),
                cur["tables"].append(i)  # and the block goes on after it ("Total budget: …" under a table of shares)
            else:
                cur = None
            pending_value = None
            tables.append(i)
            continue
        if lab is not None and cur is not None and lab.field in cur["seg"].fields and b.text[:1].isdigit() \
                and SECTION_NO.match(b.text):
            lab = None  # a report's numbered section on what a label said already ("5. Tidsplan"): its prose
        if lab is not None:
            names_field = None
            if lab.field in ("contact", "ignore"):
                pending_value = None
                cur = cur  # values under these labels are dropped
                if lab.value == "":
                    pending_value, pending_box = lab, b.container
                continue
            repeat = cur is not None and lab.field in cur["seg"].fields and lab.field in labels.ANCHOR_FIELDS \
                and not (lab.field == "period" and fold(lab.label).strip(" :") in labels.PERIOD_END_LABELS) \
                and not (cur.get("last_label") is not None and cur["last_label"][0] == lab.field
                         and (fold(cur["last_label"][1]) != fold(lab.label) or lab.field in _MANY_VALUED)) \
                and not ((b.kind == "heading" or lab.field == "purpose") and specific_title
                         and all(fold(lab.label) != fold(old) for old, _ in cur["seg"].fields[lab.field]))
            # (a one-project page's section headed "Mål" after its "Syfte" section, or its "Mål:" line after a "Syfte:"
            # line: another aspect, not a new project)
            # a new list of labels is a new project's, unless the lines before it named none of its facts ("Kommuner:
            # Ånge och Sundsvall" over the project's list of facts)
            new_table = cur is not None and b.list_id is not None and b.list_id != cur.get("table") \
                and any(f in labels.ANCHOR_FIELDS for f in cur["seg"].fields)
            if cur is None and not repeat and groups and heading is not None and specific_title \
                    and _is_generic_heading(heading.text) \
                    and (lab.field not in groups[-1]["seg"].fields or b.kind == "heading"):
                # a one-project page's facts spread over its sections ("Kort om X" …, then "Så arbetar vi" and a
                # "Samarbetspartner" label under it, or a section headed by a label, "Finansiering", after the facts
                # list said "Kostnad"): more of the same project, not a new one
                close_orphans()
                cur = groups[-1]
                if b.list_id is not None:
                    cur["table"] = b.list_id  # (the section's own list of facts goes on with the same project)
                heading, heading_idx = None, None
            elif cur is None or repeat or new_table:
                close_orphans()
                seg = Segment("label-block", context=list(context))
                cur = {"seg": seg, "heading": heading.text if heading is not None else None,
                       "heading_idx": heading_idx, "table": b.list_id, "first": i, "last": i, "tables": []}
                groups.append(cur)
                items.append(("group", cur))
                heading, heading_idx = None, None
            cur["last"] = i
            # (the label right after another of the same field goes on with it: "Ansvarig nämnd" over its value,
            # then "Ansvarig förvaltning", is one project's two owners, not a second project)
            cur["last_label"] = (lab.field, lab.label)
            if cur.get("table") is None and b.list_id is not None:
                cur["table"] = b.list_id  # the list the block's lines went on in
            if lab.value:
                cur["seg"].add(lab.field, lab.label, lab.value)
                pending_value = None
            else:
                pending_value, label_box = lab, b.container
            continue
        if b.kind == "heading":
            if b.level == 1:
                continue
            names_field = None
            close_orphans()
            if cur is not None or heading is not None:
                items.append(("heading", i))
            cur, pending_value = None, None
            heading, heading_idx = b, i
            if _is_list_context(b.text) and not _is_generic_heading(b.text):
                context = [b.text]
            continue
        # a plain paragraph or list item
        if pending_value is not None and pending_value.field in ("contact", "ignore") \
                and b.container[:len(pending_box)] != pending_box:
            pending_value = None  # a "Kontakt" link in a tool bar above: this text is not its value
        if pending_list is not None and b.kind == "li" and b.list_id == pending_list and cur is not None:
            cur["seg"].add(list_field.field, list_field.label, b.text)  # the label's list, item by item
            cur["last"] = i
            continue
        pending_list = None
        if names_field is not None and pending_value is None and cur is not None and b.kind == "p" \
                and _is_name_value(b.text) \
                and (b.container == names_box or len(b.container) == len(names_box) > len(label_box) + 1
                     and b.container[:-1] == names_box[:-1]):  # (each name in an element of its own in a wrapper)
            # more names under a label of names, one element each ("Samverkansparter" over Drupal's field items)
            cur["seg"].add(names_field.field, names_field.label, b.text)
            cur["last"] = i
            continue
        names_field = None
        if pending_value is not None and pending_value.field == "title" \
                and (len(b.text) > 90 or "\n" in b.text or b.text.rstrip().endswith((".", "!", "?"))):
            # a category line "Projekt" over the page's lead sentence (its h1 between): no name for a title
            pending_value = None
        if pending_value is not None:
            if pending_value.field not in ("contact", "ignore") and cur is not None:
                cur["seg"].add(pending_value.field, pending_value.label, b.text)
                cur["last"] = i
                if b.kind == "li" and b.list_id is not None:  # "Samverkansparter" over a list of names
                    pending_list, list_field = b.list_id, pending_value
                elif pending_value.field in _NAME_FIELDS and b.kind == "p" and _is_name_value(b.text):
                    names_field, names_box = pending_value, b.container
            if pending_value.field in ("contact", "ignore"):
                if pending_value.field == "ignore" and fold(pending_value.label).strip(" :") in _PROSE_SECTIONS:
                    orphans.append(i)  # the prose under "Bakgrund", "Uppföljning": unlabelled text, as any other
                continue
            pending_value = None
            continue
        orphans.append(i)
    close_orphans()

    # Assign each run of unlabelled paragraphs to the block before or after it (see module docstring).
    group_positions = [k for k, (kind, _) in enumerate(items) if kind == "group"]
    if not group_positions:
        return []
    last = group_positions[-1]
    trailing_style = any(kind == "orphans" for kind, _ in items[last + 1:]) and not any(
        kind == "heading" for kind, _ in items[last + 1:])

    def has_desc(g) -> bool:
        return "description" in g["seg"].fields or bool(g["seg"].blocks) or bool(g["seg"].lead)

    def affinity(i: int, g: dict | None) -> int:
        """How many enclosing portlets/cards a paragraph shares with a block's nearest labelled line."""
        if g is None:
            return -1
        a = blocks[i].container
        best = 0
        for j in (g["first"], g["last"]):
            b = blocks[j].container
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            best = max(best, n)
        return best

    def outside_box(i: int, g: dict) -> bool:
        """The block's heading sits in a container that also holds its lines (an accordion item, a card), and
        paragraph ``i`` is outside it."""
        if g["heading_idx"] is None:
            return False
        box = blocks[g["heading_idx"]].container
        return bool(box) and blocks[g["last"]].container[:len(box)] == box and blocks[i].container[:len(box)] != box

    # A title such as "Projektbeskrivning" names no project, but says the page is about one.
    # (a label left without a value, "Samarbetspartner" over a row of logos, makes no group of its own here)
    filled = [g for g in groups if g["seg"].fields]
    # (two blocks that name no field twice, "Syfte" and "Målgrupp" under headings then a table of roles, are the one
    # project's, as _merge_complementary will make them: the page's prose between them is that project's too)
    single_project_page = (len(filled) == 1 or (len(filled) > 1 and specific_title and _complementary(filled))) \
        and (specific_title or bool(_ONE_PROJECT_TITLE.match(page_title or "")))
    if single_project_page and len(groups) > 1:
        groups[:] = filled
    last_heading = None
    for k, (kind, payload) in enumerate(items):
        if kind == "heading":
            last_heading = blocks[payload].text
            continue
        if kind != "orphans":
            continue
        idxs = [i for i in payload if blocks[i].kind in ("p", "li", "meta")]
        if not idxs:
            continue
        if last_heading and _is_furniture_heading(last_heading):
            continue  # text under "Kontakt", "Vill du veta mer?" … is never a project's
        prev_k = next((j for j in range(k - 1, -1, -1) if items[j][0] == "group"), None)
        next_k = next((j for j in range(k + 1, len(items)) if items[j][0] == "group"), None)
        prev_g = items[prev_k][1] if prev_k is not None else None
        next_g = items[next_k][1] if next_k is not None else None
        if single_project_page:
            # A page about one project: all of its text describes that project, but for a section about the fund
            # ("Om förbundets medel för sociala investeringar": its yearly sum and next call are the fund's)
            if last_heading is not None and _FUND_SECTION_HEADING.fullmatch(last_heading.strip()):
                continue
            target = filled[0]
            for i in idxs:
                (target["seg"].lead if i < target["first"] else target["seg"].blocks).append(blocks[i])
            continue
        # A heading between the group and the text cuts them apart.
        if prev_g is not None and any(items[j][0] == "heading" for j in range(prev_k + 1, k)):
            prev_g = None
        if next_g is not None and any(items[j][0] == "heading" for j in range(k + 1, next_k)):
            next_g = None
        if next_g is not None and next_g["heading_idx"] is not None and next_g["heading_idx"] > idxs[0]:
            next_g = None  # the text stands before the next block's own heading
        for i in idxs:
            if prev_g is not None and outside_box(i, prev_g):
                prev_g = None  # the block's heading and lines sit in a box (an accordion item) this text is not in
            a_prev, a_next = affinity(i, prev_g), affinity(i, next_g)
            if next_g is not None and i == next_g["first"] - 1 and blocks[i].kind == "li" \
                    and blocks[i].list_id is not None and blocks[i].list_id == blocks[next_g["first"]].list_id \
                    and blocks[i].lead:
                # the opening of the list item whose facts follow ("<b>Name</b> (Ort) – sentence" then "målgrupp: …"
                # in the same item): that block's own
                target = next_g
            elif a_prev != a_next and max(a_prev, a_next) > 0:
                target = prev_g if a_prev > a_next else next_g
            elif prev_g is None and next_g is None:
                target = None
            elif prev_g is None:
                # Text before the first block: the block's own description only if its heading introduced it
                # or the page holds a single block; otherwise it is the page's introduction.
                target = next_g if next_g["heading"] is not None or len(groups) == 1 else None
            elif next_g is None:
                target = prev_g if len(groups) == 1 or prev_g["heading"] is None or trailing_style else None
            elif has_desc(prev_g) and not has_desc(next_g):
                target = next_g
            elif not has_desc(prev_g) and has_desc(next_g):
                target = prev_g
            else:
                target = prev_g if trailing_style else next_g
            if target is not None:
                (target["seg"].lead if i < target["first"] else target["seg"].blocks).append(blocks[i])

    if single_project_page:
        groups[0]["seg"].blocks.extend(blocks[i] for i in tables)
    else:
        for g in groups:
            g["seg"].blocks.extend(blocks[i] for i in g["tables"])
    if specific_title or _ONE_PROJECT_TITLE.match(page_title or ""):
        groups = _merge_complementary(groups)
    segments = []
    for g in groups:
        seg: Segment = g["seg"]
        titles = seg.fields.pop("title", None)
        named = _bold_name_before(blocks, g)
        if titles:
            seg.title, seg.title_evidence = titles[0][1], f"{titles[0][0]}: {titles[0][1]}"
        elif named:
            seg.title, seg.title_evidence = named, blocks[g["first"] - 1].text
            seg.lead = [_without_name_line(b, named) if b is blocks[g["first"] - 1] else b for b in seg.lead]
        elif g["heading"] and not _is_generic_heading(g["heading"]) and not _LIST_ONLY.match(g["heading"]):
            seg.title, seg.title_evidence = _without_place_lead(g["heading"]), g["heading"]
        elif len(groups) == 1 and specific_title:
            seg.title, seg.title_evidence = page_title, page_title
            named = _prose_name(blocks) or _defined_name(page_title, blocks)
            if named is not None and _is_headline_about(page_title, named[0]):
                seg.title, seg.title_evidence = named  # a news headline over the facts: the prose names the project
        if len(seg.fields) >= 2 or (len(seg.fields) >= 1 and seg.title):
            segments.append(seg)
    return segments


_AFTER_NAME = re.compile(r"^\s*(?:\([^)\n]{0,80}\))?[\s:–—-]*")


def _without_name_line(b: Block, name: str) -> Block:
    """The block without its first line when that line is the name (and what stands beside it: "Skolnärvaro i
    fokus (Strömsunds kommun)"): the name is the title, the rest of the block its description."""
    if not b.text.startswith(name):
        return b
    rest = _AFTER_NAME.sub("", b.text[len(name):], count=1).strip()
    return Block(b.kind, rest, level=b.level, list_id=b.list_id, container=b.container) if rest else b


def _bold_name_before(blocks: list[Block], g: dict) -> str | None:
    """The bold name that opens the paragraph or list item right before a block's first labelled line, when that
    paragraph is the block's own (its description): "<li><strong>Skolnärvaro i fokus</strong> (Strömsunds kommun)
    Ett skolnära team …<ul><li>Målgrupp: …</li>". It names this project; a heading above may group several
    ("Fokusområde 1: Barn och ungas uppväxtvillkor")."""
    i = g["first"] - 1
    if i < 0 or not any(b is blocks[i] for b in g["seg"].lead):
        return None
    lead = (blocks[i].lead or "").strip()
    if not lead or len(lead) > 80 or len(lead.split()) > 10 or lead.endswith((".", ":", "?")) \
            or not lead[0].isupper() or labels.field_for(lead) or _is_generic_heading(lead):
        return None
    return lead


def _complementary(groups: list[dict]) -> bool:
    """_merge_complementary would make ``groups`` one: no block repeats a field of those before it, none names a title
    after the first."""
    seen: set[str] = set()
    for k, g in enumerate(groups):
        fields = set(g["seg"].fields)
        if seen & fields or (k and "title" in fields):
            return False
        seen |= fields
    return True


def _merge_complementary(groups: list[dict]) -> list[dict]:
    """On a page about one project, a later block whose fields the first lacks ("Mål" under a prose section) is
    the same project's, not a new one: blocks that repeat no field are merged."""
    out: list[dict] = []
    for g in groups:
        if out and not (set(out[-1]["seg"].fields) & set(g["seg"].fields)) and not g["seg"].fields.get("title"):
            keep = out[-1]["seg"]
            for f, vals in g["seg"].fields.items():
                for v in vals:
                    keep.add(f, *v)
            keep.blocks.extend(g["seg"].lead + g["seg"].blocks)
            out[-1]["last"] = g["last"]
            continue
        out.append(g)
    return out


_LIST_ONLY = re.compile(r"^(pågående|avslutade|aktuella|beviljade|tidigare)\s+(projekt|satsningar|insatser|"
                        r"sociala investeringar|investeringar)\s*$", re.I)


# -- 3-6. prose ------------------------------------------------------------------------------------------------
def _score(text: str) -> int:
    """How strongly a piece of text reads as a project description (period, money, target, status)."""
    score = 0
    if parse_period(text):
        score += 2
    if parse_amounts(text):
        score += 2
    if _PROJECT_WORD.search(text):
        score += 1
    target = parse_target(text)
    if any(v is not None for v in (target.age_min, target.age_max, target.grade_min, target.grade_max)):
        score += 1
    if _STATUS_STATEMENT.search(text):
        score += 1
    return score


def _has_project_word(text: str, low: str) -> bool:
    """``bool(_PROJECT_WORD.search(text))``; ``low`` is ``fold(text)``."""
    return search_at(_PROJECT_WORD, text, low, _PROJECT_WORD_KEYS)


def _has_status_statement(text: str, low: str) -> bool:
    """``bool(_STATUS_STATEMENT.search(text))``; ``low`` is ``fold(text)``. The first alternative starts with
    "projekte"; the second (a line "Projektet avslutat") is also the first at its "projektet", so wherever the
    pattern matches, it matches at a "projekte" too."""
    return search_at(_STATUS_STATEMENT, text, low, ("projekte",))


def _has_target_age(text: str) -> bool:
    target = parse_target(text)
    return any(v is not None for v in (target.age_min, target.age_max, target.grade_min, target.grade_max))


def _score_at_least(text: str, need: int) -> bool:
    """``_score(text) >= need``, running the Swedish parsers only while they can change the answer: cheap cues
    first, then money (cheap, 2 points), then of target group (1) and period (2, the dearest) what the points still
    missing need. With 2 missing the period alone decides: the target's point cannot make them up without it, and
    with it they are made up anyway."""
    low = fold(text)
    score = _has_project_word(text, low) + _has_status_statement(text, low)
    missing = need - score
    if missing <= 0:
        return True
    if missing > 5:  # more than the three parsers can give
        return False
    if parse_amounts(text):
        missing -= 2
        if missing <= 0:
            return True
    if missing == 1:
        return _has_target_age(text) or bool(parse_period(text))
    if missing == 2:
        return bool(parse_period(text))
    if missing == 3:
        return _has_target_age(text) and bool(parse_period(text))
    return False  # 4 or 5 missing: target group and period give at most 3


def named_in_prose(text: str) -> list[tuple[str, str]]:
    """Project names the prose states: ``(name, evidence sentence)``."""
    found = []
    # Cheap cues first (this runs on every paragraph): a quoted name needs a quotation mark, an apposition a comma
    # and its (lower-case) subject word.
    quoted = _QUOTED_NAME.finditer(text) if has_any(text, _QUOTE_CHARS) else ()  # a few finds beat a class search
    for m in quoted:
        name = m.group(1).strip(" ,.")
        after, before = text[m.end():m.end() + 80], text[max(0, m.start() - 40):m.start()]
        if _AFTER_QUOTE.match(after) or _BEFORE_QUOTE.search(before):
            found.append((name, text[max(0, m.start() - 40):m.end() + 60].strip()))
    if "," in text and has_any(text, _APPOSITION_WORDS):
        for m in _APPOSITION.finditer(text):
            found.append((m.group(1).strip(), m.group(0)))
    return found


# A project named after its noun without quotation marks: "för projektet Närvaroteamet.", "Projektet Unga vuxna i
# arbete ska …", "satsningen Familjecentralen Öst under tre år". The name starts with a capital letter (inside a
# sentence the noun is lower case, so a capital after it is a name) and runs, at most seven words, to the first
# punctuation or to a word that begins the rest of the sentence (a verb, "som", a preposition of time or company)
# or to "och projektet …" (a second project). "och" alone does not end it: "Barn och unga" is a name, nor does
# "med" but in "med stöd från", "med start": "Sommarlovsjobb med stöd pågick" names "Sommarlovsjobb med stöd".
_NAME_NOUNS = r"(?:[Pp]rojektet|[Ss]atsningen|[Ii]nsatsen|[Ii]nitiativet|[Ii]nvesteringen|[Pp]ilotprojektet|" \
              r"[Ss]amverkansprojektet|[Uu]tvecklingsprojektet)"
_NAME_END_WORDS = (
    "som", "är", "var", "har", "hade", "ska", "skall", "kommer", "kan", "får", "fick", "blir", "blev", "beviljas",
    "beviljades", "beviljats", "startar", "startade", "startas", "startades", "pågår", "pågick", "avslutas",
    "avslutats", "startats", "förlängts", "permanentats", "avbröts", "avbryts", "avbrutits", "permanentades",
    "läggs", "lades",
    "avslutades", "drivs", "drevs", "leds", "syftar", "riktar", "vänder", "handlar", "innebär", "består", "vill",
    "ger", "gav", "går", "gick", "erbjuder", "fortsätter", "omfattar", "finansieras", "genomförs", "under", "från", "mellan",
    r"med\s+(?:stöd|medel|bidrag|pengar|finansiering|hjälp)\s+(?:från|av|ur)", r"med\s+(?:start|syfte|målet|fokus)",
    # where it runs, a municipality said as one: "projektet Jobbsteget i Gällivare kommun"
    r"i\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad)(?![\wåäö])",
    r"med\s+(?:totalt|sammanlagt|drygt|nästan|cirka|ca\.?|en\s+budget|\d)",  # "Fältkompis med totalt 1,2 miljoner"
    # a sum right after the name: "får projektet Mötesplats Koppardalen sammanlagt 1 200 000 kronor"
    r"(?:sammanlagt|totalt|drygt|nästan|cirka)\s+\d", r"\d[\d\s\u00a0]*(?:kronor|kr|tkr|mkr|mnkr|miljon)",
    "inom", "genom", "sedan", "efter", "vid", "där", "vilket", "samt", "men",
    # what the project has or shows: "visar projektet Språkrum sina första resultat"
    "sina", "sin", "sitt", "nu", "också", "även", "redan",
)
_UNQUOTED_NAME = re.compile(
    rf"\b{_NAME_NOUNS}\s+(?P<name>[A-ZÅÄÖÉ][\w&-]*(?:[ \t]+[\w&-]+){{0,6}}?)"
    rf"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:{'|'.join(_NAME_END_WORDS)}|och[ \t]+{_NAME_NOUNS})\b)")
_NAME_NOUN_WORDS = ("projektet", "satsningen", "insatsen", "initiativet", "investeringen")  # one in every match
# Words before the noun that make it a reference to another project: "bygger på projektet X", "från det tidigare
# projektet X", "likt satsningen X".
_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:bygger(?:\s+vidare)?\s+på|baseras\s+på|utgår\s+från|"
                               # "är en fortsättning på projektet X", "Arbetssättet prövades först i projektet X"
                               r"fortsättning\s+på|(?:prövades|testades|provades)\s+(?:först\s+)?i|"
                               r"erfarenhet(?:er|erna)?\s+(?:från|av)|"
                               r"lärdomar\s+från|inspirera[dt]\s+av|modell\s+av|likt|liksom|tidigare|förra|"
                               r"föregående|avslutade|annat|andra)\s+(?:det\s+|den\s+)?(?:tidigare\s+|förra\s+|"
                               r"avslutade\s+)?(?:[\wåäö]+-)?$")  # "erfarenheter från ESF-projektet Plug In"
_AUTHORITY_WORDS = re.compile(r"(?i)^(region|länsstyrelsen|polisen|kommunen)\b|(?:\b|-)(kommun|region|regionen|"
                              r"nämnden|förvaltningen|stad|förbundet|samordningsförbund)$|[a-zåäö](nämnden|"
                              r"förvaltningen|förbundet|samordningsförbund)$")


# The work given its name in a sentence of its own: "Piloten har fått namnet Fredagsljus", "Arbetet heter
# Kompisbryggan", "Satsningen kallas Steget".
_NAMED_AS = re.compile(rf"\b(?:(?:{_NAME_NOUNS}|[Aa]rbetet|[Pp]iloten)\s+(?:har\s+fått\s+namnet|fick\s+namnet|heter|kallas|"
                       r"går\s+under\s+namnet)|"
                       # "ett nytt arbete som vi kallar Klivet", "en satsning som fått namnet X"
                       r"(?:arbete|satsning|insats|projekt|stöd|team|verksamhet)\s+som\s+(?:vi\s+kallar|kallas|"
                       r"(?:har\s+)?fått\s+namnet|heter))"
                       r"\s+(?P<name>[A-ZÅÄÖÉ][\w&-]*(?:[ \t]+[\w&-]+){0,4}?)"
                       rf"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:{'|'.join(_NAME_END_WORDS)}|och)\b)")
_NAMED_AS_WORDS = ("namnet", "heter", "kallas", "kallar")


def unquoted_names(text: str) -> list[tuple[str, str]]:
    """Project names written after "projektet", "satsningen" … without quotation marks, or given in a sentence
    ("Piloten har fått namnet Fredagsljus"): ``(name, sentence)``.

    Not a name: a municipality, region or authority ("projektet Region Skåne driver" is no project name), a
    person, or a heading word ("satsningen Sociala investeringar")."""
    low = fold(text)
    named_as = has_any(low, _NAMED_AS_WORDS)
    if not named_as and not has_any(low, _NAME_NOUN_WORDS):
        return []
    found = []
    for m in (*_UNQUOTED_NAME.finditer(text), *(_NAMED_AS.finditer(text) if named_as else ())):
        if _REFERENCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "erfarenheter från projektet Skolfam": another project, referred to
        name = m.group("name").strip(" -&")
        if len(name) < 3 or len(name) > 60 or _AUTHORITY_WORDS.search(name) or orgs.looks_like_person(name) \
                or is_generic_page_title(name) or _is_generic_heading(name):
            continue
        places = orgs.find_municipalities(name) + orgs.find_regions(name)
        if any(len(p.text) >= len(name) - 1 for p in places):
            continue
        stop = text.rfind(". ", 0, m.start())
        start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        end = text.find(". ", m.end())
        found.append((name, text[start:end + 1 if end >= 0 else len(text)].strip()))
    return found


def _prose_name(blocks: list[Block]) -> tuple[str, str] | None:
    """The one project name a page's prose gives (quoted, in apposition or after "projektet"), with the sentence
    that gives it; None when it gives none or several."""
    names: dict[str, tuple[str, str]] = {}
    for b in blocks:
        if b.kind in ("p", "li"):
            for name, ev in named_in_prose(b.text) + unquoted_names(b.text):
                names.setdefault(_norm_title(name), (name, ev))
    for long in _extensions(names):
        del names[long]
    return next(iter(names.values())) if len(names) == 1 else None


# A sentence that says what its subject is: "Kvällsbasen är en av Staffanstorps kommuns sociala investeringar",
# "Läslyftet är ett projekt för …".
_DEFINED = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+(?:är|var|blir|blev)\s+"
                      r"(?:en\s+av\s+[^.!?\n]{0,60}?(?:sociala\s+investeringar(?:na)?|projekt(?:en)?|satsningar(?:na)?)\b|"
                      r"(?:ett|en)\s+(?:[\wåäö-]+\s+){0,2}?(?:projekt|satsning|insats|pilot\w*|social\s+investering)\b)")


_TITLE_LINK_WORDS = frozenset("med för om till i på och hos vid inom från kring av".split())


def _defined_name(title: str, blocks: list[Block]) -> tuple[str, str] | None:
    """The one name a headline holds after other words that the prose says is a project ("En fredagskväll med
    Kvällsbasen" over "Kvällsbasen är en av Staffanstorps kommuns sociala investeringar"), with that sentence. A title
    that opens with the name ("Ung kraft Råneå", "Familjeresursen – tidigt stöd …") is the name as the page gives it."""
    folded_title = f" {_norm_title(title)} "
    found: dict[str, tuple[str, str]] = {}
    for b in blocks:
        if b.kind not in ("p", "li") or (" är " not in b.text and " var " not in b.text and " bl" not in b.text):
            continue
        for m in _DEFINED.finditer(b.text):
            name = m.group("name")
            key = _norm_title(name)
            at = folded_title.find(f" {key} ")
            before = folded_title[:at].split()[-1:] if at > 0 else []
            if before and (before[0] in _TITLE_LINK_WORDS or _HEADLINE_VERB.fullmatch(before[0])) \
                    and key not in _GENERIC_SUBJECTS and not _AUTHORITY_WORDS.search(name):
                end = b.text.find(". ", m.end())
                found.setdefault(key, (name, b.text[m.start():end + 1 if end >= 0 else len(b.text)]))
    return next(iter(found.values())) if len(found) == 1 else None


def _shortest_form(names: list[tuple[str, str]]) -> tuple[str, str]:
    """The first of a paragraph's (name, evidence) that extends none of the others' names."""
    longer = _extensions(_norm_title(n) for n, _ in names)
    return next(((n, ev) for n, ev in names if _norm_title(n) not in longer), names[0])


def _extensions(keys) -> dict[str, str]:
    """{name: the shorter name it extends} among normalised names: "projektet Tryggare föräldraskap i Fröslunda och
    Lagersberg" and "Projektet Tryggare föräldraskap" name one project (the longer one is the other with more words
    after it)."""
    ordered = sorted(set(keys), key=len)
    out: dict[str, str] = {}
    for i, long in enumerate(ordered):
        short = next((k for k in ordered[:i] if long.startswith(k + " ")), None)
        if short is not None:
            out[long] = out.get(short, short)
    return out


# The verbs of a news headline ("Fröslunda får stöd …", "Närvaroteamet ska …"); a project's name seldom has one.
_HEADLINE_VERB = re.compile(r"(?<!\w)(?:får|fick|ska|skall|har|hade|blir|blev|startar|startade|ger|gav|satsar|"
                            r"satsade|vill|tar|öppnar|minskar|ökar|fortsätter|visar|når|hjälper|stärker|förlängs|"
                            r"avslutas|avslutades|avbryts|avbröts|läggs|lades|permanentas|permanentades|utvärderas|"
                            r"beviljas|beviljades|beviljar|lyckas|växer)(?!\w)", re.I)


def _is_headline_about(title: str, name: str) -> bool:
    """The page title is a headline about the project named ``name`` rather than its name: a sentence (it has a
    finite verb), or the name with more words around it ("Halvtid för Tidiga insatser i förskolan")."""
    t, n = _norm_title(title), _norm_title(name)
    if not n or t == n:
        return False
    return bool(_HEADLINE_VERB.search(title)) or f" {n} " in f" {t} "


# A headline that opens with its subject: "Närvaroteamet ska få fler elever tillbaka till skolan".
_HEADLINE_SUBJECT = re.compile(r"^(?P<subject>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+(?:"
                               + _HEADLINE_VERB.pattern[len(r"(?<!\w)(?:"):])
# Definite nouns that name no project ("Kommunen får …", "Eleverna ska …").
_GENERIC_SUBJECTS = frozenset("""projektet satsningen insatsen investeringen arbetet verksamheten programmet kommunen
regionen staden föreningen föreningarna skolan skolorna förskolan barnen eleverna föräldrarna familjerna ungdomarna
biblioteket polisen nämnden styrelsen fonden pengarna resultatet utvärderingen""".split())


def _headline_subject(title: str, blocks: list[Block]) -> tuple[str, str] | None:
    """The project a headline opens with, when the prose has it as a sentence's subject too ("Närvaroteamet ska få
    fler elever …" over "Närvaroteamet startade i augusti 2023 …"): a definite name, not a body, place or people."""
    m = _HEADLINE_SUBJECT.match(title)
    if m is None:
        return None
    subject = m.group("subject")
    last = subject.split()[-1].lower()
    if " " not in subject and (not last.endswith(("et", "en", "na")) or last in _GENERIC_SUBJECTS) \
            and not _named_after_kind(subject, blocks):
        return None  # one word: a definite noun (Närvaroteamet, Fältgruppen), not "Kommunen" or "Fler"
    if _AUTHORITY_WORDS.search(subject) or orgs.find_municipalities(subject) or orgs.find_regions(subject):
        return None
    sentence_start = re.compile(rf"(?:^|[.!?]\s+){re.escape(subject)}\s+[a-zåäö]")
    for b in blocks:
        if b.kind in ("p", "li") and subject in b.text:
            hit = sentence_start.search(b.text)
            if hit:
                end = b.text.find(". ", hit.end())
                return subject, b.text[hit.start():end + 1 if end >= 0 else len(b.text)].lstrip(". ")
    return None


def _named_after_kind(word: str, blocks: list[Block]) -> bool:
    """The prose names ``word`` after a kind in the definite ("Läxhjälpen Studiero", "projektet Studiero"): a name."""
    after_kind = re.compile(rf"(?<![\wåäö])[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}}(?:en|et)\s+{re.escape(word)}(?![\wåäö])")
    return any(b.kind in ("p", "li") and word in b.text and after_kind.search(b.text) for b in blocks)


# Where the prose introduces a project by its kind: the name follows.
_PROJECT_INTRO = re.compile(r"(?<!\w)(?:projektet|satsningen|insatsen|investeringen)\s+(?=[A-ZÅÄÖ])")
_NAME_WORD = re.compile(r"[\wåäöÅÄÖ][\wåäöÅÄÖ-]*")


def _title_name_in_prose(title: str, blocks: list[Block]) -> tuple[str, str] | None:
    """The project name a headline holds, read where the prose introduces it ("Fem frågor till projektledaren för Ung
    framtid" over "Sedan 2023 har projektet Ung framtid hjälpt unga …"): after "projektet" (a capital letter first),
    the most words that the headline also holds, in a row; fewer than the headline's. None when the prose introduces
    no such name, or two different ones."""
    folded_title = f" {' '.join(_NAME_WORD.findall(fold(title)))} "
    n_title = folded_title.count(" ") - 1
    found: dict[str, tuple[str, str]] = {}
    for b in blocks:
        if b.kind not in ("p", "li") or _PROJECT_INTRO.search(b.text) is None:
            continue
        for m in _PROJECT_INTRO.finditer(b.text):
            if _REFERENCE_BEFORE.search(b.text, max(0, m.start() - 40), m.start()):
                continue  # "en fortsättning på projektet Läsglädje": the earlier project, not this one
            words = [w.group() for w in _NAME_WORD.finditer(b.text, m.end(), m.end() + 120)][:8]
            best = None
            for k in range(1, len(words) + 1):
                if f" {' '.join(fold(w) for w in words[:k])} " in folded_title:
                    best = k
                else:
                    break
            if best and best < n_title:
                name = " ".join(words[:best])
                end = b.text.find(". ", m.end())
                found.setdefault(_norm_title(name), (name, b.text[:end + 1] if end >= 0 else b.text))
    return next(iter(found.values())) if len(found) == 1 else None


def _bold_subject(blocks: list[Block]) -> tuple[str, str] | None:
    """The bold name the first paragraph opens with ("<strong>Närvarolyftet</strong> är Kiruna kommuns sociala
    investering …"), with that paragraph."""
    b = next((b for b in blocks if b.kind == "p"), None)
    lead = (b.lead or "").strip() if b is not None else ""
    if not lead or not b.text.startswith(lead) or len(lead.split()) > 8 or lead.endswith((".", ":", "?")) \
            or not lead[0].isupper() or labels.field_for(lead) or _is_generic_heading(lead):
        return None
    return lead, b.text


_NEWS_PATH = re.compile(r"/(?:[\w-]*nyhet[\w-]*|press[\w-]*|aktuellt|news|artiklar|artikel)/", re.I)
# A page filed under statistics ("/fakta-om-lerum/statistik/barns-och-ungas-halsa.html") reports figures: its years
# are measurements and its age groups table rows, unless its text speaks of a project itself ("Projektet …").
_TAXONOMY_PATH = re.compile(r"/(?:amne|ämne|taggar|tagg|tags?|etikett(?:er)?|kategori(?:er)?|category|categories|topics?)/"
                            r"[^/]+/?$", re.I)
_STATISTICS_PATH = re.compile(r"/(?:[\w-]*statistik[\w-]*|nyckeltal|[\w-]*i-siffror)/", re.I)


def _with_generic_subsections(sections):
    """The sections, each generic subsection ("Ärendebeskrivning", "Bakgrund", "Beslut" under "§ 202 … – Skolsocialt
    team") folded into the section right before it when that one is its parent (a heading of a higher level):
    what such a subsection says, it says about its parent; but a list of documents ("Beslutsunderlag") says nothing
    about it and is left out. A generic heading at the level of the one before it ("Syfte" after a project's h3) is
    left as it was."""
    out: list[tuple[Block | None, list[Block], list[str]]] = []
    parent: Block | None = None  # the last non-generic heading kept, while only generic subsections follow it
    for heading, own, ctx in sections:
        if heading is not None and parent is not None and heading.level > parent.level \
                and _is_generic_heading(heading.text):
            if not _DOCUMENTS_HEADING.match(heading.text):  # a list of documents says nothing of the project
                out[-1][1].extend(own)
            continue
        out.append((heading, list(own), ctx))
        parent = heading if heading is not None and not _is_generic_heading(heading.text) else None
    return out


def _name_in_heading(heading: str, own: list[Block]) -> str:
    """A section's title: its heading, or the one project name its prose gives when the heading ends with that name
    after a dash or colon ("§ 202 Medel ur sociala investeringsfonden – Skolsocialt team"), or when the heading is a
    news headline about it ("«Läsfixarna» får pengar för två år", "Hemmaplan Tidaholm avslutas – arbetssättet blir
    kvar")."""
    if heading[:1].isupper() and _is_place_lead(heading) and (named := _prose_name(own)) is not None:
        return named[0]  # a region's section per municipality ("Köpings kommun"): the project its prose names
    if _HEADLINE_VERB.search(heading):
        named = _prose_name(own)
        if named is not None and _norm_title(named[0]) in _norm_title(heading):
            return named[0]
    if not has_any(heading, ("–", "—", " - ", ":")):
        in_heading = unquoted_names(heading)  # "§ 43 Förlängning av projektet Ung i jobb"
        if len(in_heading) == 1:
            return in_heading[0][0]
        if heading.startswith("§") and _APPLICATION_ITEM.search(heading) and (named := _prose_name(own)) is not None:
            return named[0]  # "§ 34 Ansökan om medel … från socialnämnden": the one name its case gives
        if len(heading.split()) >= 4 and (named := _prose_name(own)) is not None \
                and _norm_title(heading).split()[0] != _norm_title(named[0]).split()[0] \
                and _norm_title(heading) not in _norm_title(" ".join(b.text for b in own)):
            # a news item's descriptive heading ("Stöd under barnets första år") over a section that names its
            # project ("går till projektet Första året"), the heading's words nowhere in it: the name
            return named[0]
        return heading
    named = _prose_name(own)
    if named is not None:
        name = named[0]
        rest = heading[: len(heading) - len(name)].rstrip() if heading.endswith(name) else None
        if rest and rest[-1] in "–—-:":
            return name
    if heading.startswith("§") and (m := _ITEM_NAME_AFTER_DASH.match(heading)) and _FUND_ITEM.search(m.group(1)):
        return m.group(2)  # "§ 33 Ansökan om medel ur sociala investeringsfonden – Läsro": the case's name
    if (m := _NAME_THEN_WHAT.match(heading)) is not None and not _is_generic_heading(m.group(1)) \
            and any(m.group(1) in b.text for b in own):
        return m.group(1)  # "Mellanmötet – pilot för årskurs 4–6": the name its prose uses, not what it is
    return _without_place_lead(heading)


# A name, a dash, then what it is in lower case ("Mellanmötet – pilot för årskurs 4–6", "Läsro – ett försök i
# Vallby"): the name.
_NAME_THEN_WHAT = re.compile(r"^((?-i:[A-ZÅÄÖ])[^–—:]{1,50}?)\s+[–—-]\s+(?-i:[a-zåäö])")


def _without_place_lead(heading: str) -> str:
    """A heading without the places before its colon: "Ronneby: Sommarbryggan", "Vallentuna och Täby: Sömn och skärm"
    on a region's list name the project after them (the places stay in the title's evidence, which places it)."""
    place, colon, name = heading.partition(":")
    if colon and name.strip() and len(place) <= 60 and _is_place_lead(place.strip()):
        return name.strip()
    return heading


def _sections(blocks: list[Block]) -> list[tuple[Block | None, list[Block], list[str]]]:
    """(heading, own blocks, context headings) for every heading, plus the text before the first heading."""
    out: list[tuple[Block | None, list[Block], list[str]]] = []
    stack: list[Block] = []
    list_context: str | None = None
    cur_heading: Block | None = None
    cur: list[Block] = []
    # A heading inside a box that also holds what follows it (an accordion item, a card) ends its section with
    # the box: the next box's text is not the project's ("Vill du veta mer om avslutade investeringar?").
    boxed: tuple[int, ...] | None = None
    for i, b in enumerate(blocks):
        if boxed is not None and b.kind != "heading" and b.container[:len(boxed)] != boxed \
                and len(boxed) > 1 and b.container[:len(boxed) - 1] == boxed[:-1] and all(len(x.text) <= 30 for x in cur):
            boxed = boxed[:-1]  # the box was a card's header (its heading and badges): the card's body follows in it
        if boxed is not None and b.kind != "heading" and b.container[:len(boxed)] != boxed:
            out.append((cur_heading, cur, [h.text for h in stack[:-1]] + ([list_context] if list_context else [])))
            if stack and stack[-1] is cur_heading:
                stack.pop()
            cur_heading, cur, boxed = None, [], None
        if b.kind == "heading" and b.level >= 2:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            boxed = b.container if b.container and nxt is not None and nxt.kind != "heading" \
                and nxt.container[:len(b.container)] == b.container else None
            out.append((cur_heading, cur, [h.text for h in stack[:-1]] + ([list_context] if list_context else [])))
            while stack and stack[-1].level >= b.level:
                stack.pop()
            # An empty heading followed by a same-level heading ("Pågående satsningar" in flat text) is a
            # list heading for what follows, until a heading that is generic.
            if cur_heading is not None and not cur and _is_list_context(cur_heading.text) and \
                    cur_heading.level == b.level:
                list_context = cur_heading.text
            elif _is_generic_heading(b.text):
                list_context = None
            stack.append(b)
            cur_heading, cur = b, []
        elif b.kind == "heading":
            continue
        else:
            cur.append(b)
    out.append((cur_heading, cur, [h.text for h in stack[:-1]] + ([list_context] if list_context else [])))
    return out


_READ_MORE = re.compile(r"\n\s*(läs mer|mer om|till (projekt)?sidan|gå till)\b.*$", re.I | re.S)


_CLOCK = re.compile(r"^\s*(kl\.?\s*)?\d{1,2}[.:]\d{2}\b")


_PLACE_LIST_GLUE = re.compile(r"\b(?:kommun|kommuner|stad|och|samt|region|regionen)\b|[\s,&:–-]", re.I)


# A name that opens an item's text after a place's lead, ended by a dash or by the verb of its grant.
_NAME_AFTER_PLACE = re.compile(r"([A-ZÅÄÖ][^.!?:;\n–—]{2,80}?)(?:\s+[–—-]\s+|\s+(?:får|fick|beviljas|beviljades|"
                               r"tilldelas|tilldelades|har\s+beviljats|har\s+fått)\s)")
_NOT_A_NAME_START = re.compile(r"(?:kommunen|regionen|vi|de|den|det|här|där|man|projektet|satsningen|insatsen|"
                               r"pengarna|medlen|förvaltningen|nämnden)\b", re.I)


def _is_place_lead(lead: str) -> bool:
    """A bold lead that only names where or who ("Hörby kommun", "Ystads kommun, Tomelilla kommun och …",
    "Landstinget Sörmland"): municipalities or regions and the words between them."""
    found = orgs.find_municipalities(lead) + orgs.find_regions(lead)
    if not found:
        return False
    rest = lead
    for m in found:
        rest = rest.replace(m.text, " ")
    return not _PLACE_LIST_GLUE.sub("", rest)


# A section about a standing service, in its own words, that never speaks of a project or a grant.
_ORDINARY_SERVICE = re.compile(r"\b(?:är|ingår\s+i|hör\s+till)\s+(?:en\s+del\s+av\s+)?(?:\w+\s+){0,2}?ordinarie\s+verksamhet",
                               re.I)
_NOW_PART_OF = re.compile(r"\b(?:är|ingår)\s+(?:i\s+dag|numera|nu|sedan\s+(?:19|20)\d{2})\s+(?:som\s+)?(?:en\s+)?"
                          r"(?:fast\s+|permanent\s+|naturlig\s+)?del\s+av\b", re.I)
# The same said of what began: "Satsningen på studentmedarbetare startade 2022 … och är i dag en del av …".
_STARTED_NOW_PART = re.compile(r"\b(?:startade|började|inleddes|kom\s+i\s+gång)\b[^.!?\n]{0,120}?" + _NOW_PART_OF.pattern,
                               re.I)
_MONEY_WORD = re.compile(r"\d\s*(?:kr\b|kronor|tkr|mnkr|mkr|miljon)", re.I)
_TIME_LIMITED_WORD = re.compile(r"\b(?:projekt\w*|satsning\w*|social(?:a)?\s+investering\w*|investeringsfond\w*"
                                r"|beviljat?s?|beviljade)\b", re.I)


# A card's or row's number on its own first line: "Projekt-id 1312", "Projektnummer: 2024-17", "Dnr KS 2025/118".
_ID_LINE = re.compile(r"(?:projekt-?id|projekt-?nummer|projektnr|id|nr|diarienummer|dnr|ärendenummer)\.?\s*:?\s*"
                      r"(?:[A-ZÅÄÖ]{1,4}\s+)?[\w/.:-]*\d[\w/.:-]*[ \t]*\n", re.I)


def _list_item_name(b: Block) -> tuple[str | None, str | None]:
    """(name, text) of a list item that names a project: a bold name, 'Name – text', 'Name: text', a teaser
    card's first line, or a quoted project name in the item's sentence. A programme line ("09.30 Fika") is none."""
    text = _READ_MORE.sub("", b.text).strip()
    if _CLOCK.match(text):
        return None, None
    if "\n" in text and (id_line := _ID_LINE.match(text)) is not None:
        text = text[id_line.end():].lstrip()  # a card's number over its name ("Projekt-id 1312"): no name
    if b.lead and labels.field_for(b.lead) is None and len(b.lead) <= 90:
        rest = text[len(b.lead):].lstrip(" :–-\n") if text.startswith(b.lead) else text
        after = rest.lstrip(" ,\n")
        quoted = _QUOTED_NAME.match(after, 0, 100) if after[:1] in _QUOTE_CHARS and _is_place_lead(b.lead) else None
        if quoted:  # "<b>Hörby kommun</b>, ”Språkstart”. …": the bold says where, the quotes name the project
            return quoted.group(1).strip(" ,."), after[quoted.end():].lstrip(" .,:–-")
        if after[:1].isupper() and _is_place_lead(b.lead) and (named := _NAME_AFTER_PLACE.match(after)) is not None \
                and not _NOT_A_NAME_START.match(named.group(1)) and not _is_place_lead(named.group(1)):
            # "Orust: Unga vuxna på väg – Orust har …", "Tanum: Hälsoteam för nyanlända får 1 200 000 kronor": the
            # lead says where, the project's name opens the text (before its dash or its verb of money)
            return named.group(1).strip(), after
        if rest.startswith("(") and (status := _BOLD_NAME_LEAD.match(" " + rest)):
            rest = rest[status.end() - 1:]  # "<b>Hälsofrämjande skola</b> (avslutat) – Elever …"
        return b.lead.rstrip(" :–-"), rest
    m = _NAME_SEPARATOR.match(text) if has_any(text, _SEPARATOR_CHARS) else None
    if m and labels.field_for(m.group(1)) is None and not m.group(1).endswith("."):
        return m.group(1), m.group(2)
    first, _, rest = text.partition("\n")
    if rest and len(first) <= 90 and len(first.split()) <= 12 and not re.search(r"[.:;,]$", first) \
            and re.search(r"[^\W\d_]{3}", first) and not re.match(r"^\s*\d", first) and len(rest) >= 15:
        return first.strip(), rest.strip()
    names = named_in_prose(text)
    if names:
        return names[0][0], text
    return None, None


def _half_at_least(texts: list[str], need: int) -> bool:
    """``sum(_score_at_least(t, need) for t in texts) >= len(texts) / 2``, scoring only until the count is settled
    (the scores are pure, so the ones skipped could not change it)."""
    half, hits, left = len(texts) / 2, 0, len(texts)
    for t in texts:
        if hits >= half:
            return True
        if hits + left < half:
            return False
        left -= 1
        if _score_at_least(t, need):
            hits += 1
    return hits >= half


# A date before the colon of a list item ("April 2025: Läxhjälp på biblioteket", "Januari 2024: Projektet startar")
# is when, not a name: an archive of earlier features or a timeline's step, no project of its own.
_DATE_NAME = re.compile(
    rf"^\s*(?:(?:{MONTH_NAMES})\s+\d{{4}}|\d{{4}}(?:-\d{{2}}(?:-\d{{2}})?)?|(?:våren|hösten|sommaren|vintern|vt|ht)\s+\d{{4}}"
    rf"|(?:vecka|v\.?)\s*\d{{1,2}}(?:\s+\d{{4}})?|q[1-4]\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?)\s*$", re.I)


# What follows a paragraph's bold name when the paragraph is a list item in all but markup: its status in brackets
# maybe, then a dash or colon ("Hälsofrämjande skola (avslutat) – Elever …", "Familjecentralen Järvsö: Öppen …").
_BOLD_NAME_LEAD = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[–—-]\s|:\s)")
# A key figure's value ("Beviljat hittills: 2 150 000 kronor", "Kvar att söka: 1,85 mnkr"): a sum, no project's text.
_AMOUNT_ONLY = re.compile(r"(?:ca\.?\s*|cirka\s+|drygt\s+|knappt\s+)?\d[\d\s\u00a0.,]*\s*(?:kr|kronor|tkr|mnkr|mkr|"
                          r"miljoner(?:\s+kronor)?|miljon(?:\s+kronor)?|sek)\.?", re.I)


# A news list's item: a date, then its headline ("2026-02-05 Sportlovsprogrammet är klart").
_DAY_DATE = rf"(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{MONTH_NAMES})\s+(?:19|20)\d{{2}})"
_DATED_HEADLINE = re.compile(rf"^\s*{_DAY_DATE}\s+\S", re.I)
# … or its headline, then the day it was published on a line of its own, then the teaser ("Så gick det för
# Mattecoacherna i Vä\n11 mars 2025\nFler elever …"): a project list does not date an item to the day.
_DATED_TEASER = re.compile(rf"^\s*{_DAY_DATE}\s*(?:\n|$)", re.I)
# A document's link ("Skolstart och nya lärare (pdf, 5,8 MB)"): an archive's item, no project.
_DOCUMENT_REST = re.compile(r"\((?:pdf|word|docx?|xlsx?|pptx?|odt)\b[^()]{0,30}\)\s*$", re.I)
# A payer's share and nothing else ("Hultsfreds kommun: 39 procent, 702 000 kronor"): a funding fact, no project.
_SHARE_ONLY = re.compile(r"(?:(?:ca\.?\s*|cirka\s+)?\d[\d\s\u00a0.,]*\s*"
                         r"(?:%|procent|kr|kronor|tkr|mnkr|mkr|miljoner(?:\s+kronor)?)"
                         r"(?:\s*(?:per\s+år|/år))?[\s,;.–-]*|(?:och|samt)\s+)+", re.I)


# A list item's text that is nothing but dates: "18 augusti–19 december 2025", "vecka 44", "10 oktober, 3 november och
# 15 maj", "tisdag 2 september klockan 18.00".
_DATES_ONLY = re.compile(
    rf"(?:(?:{MONTH_NAMES}|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|vecka|v\.|och|samt|till|kl\.?|klockan|"
    rf"\d+)(?![\wåäö])|[\s,.:–—/-])+", re.I)


def _list_segments(blocks: list[Block], context: list[str]) -> list[Segment]:
    """Bulleted project lists: '<b>Name</b> – sentence' or 'Name: sentence' per item."""
    segs = []
    # (and paragraphs that open with a bold name and a dash or colon: "<p><strong>Språkvän</strong> – Nyanlända …</p>",
    # a list in all but markup)
    items = [b for b in blocks if b.kind == "li" or b.kind == "p" and b.lead and b.text.startswith(b.lead)
             and (b.lead.rstrip().endswith(":") or _BOLD_NAME_LEAD.match(b.text, len(b.lead)))]
    if len(items) < 2:
        return segs
    named = []
    for b in items:
        name, rest = _list_item_name(b)
        if name and rest and len(name.split()) <= 12 and not _DATE_NAME.match(name) and not _DATED_HEADLINE.match(name) \
                and not (rest[:1].isdigit() and _DATED_TEASER.match(rest)) \
                and not _is_list_heading(name) \
                and not _AMOUNT_ONLY.fullmatch(rest.strip()) and not _SHARE_ONLY.fullmatch(rest.strip()) \
                and not _DOCUMENT_REST.search(rest):
            named.append((b, name, rest))
    listy = any(_is_list_context(c) for c in context)
    if not listy and named and all(_DATES_ONLY.fullmatch(rest.strip()) for _, _, rest in named):
        return segs  # a calendar ("Höstterminen: 18 augusti–19 december 2025", "Jullov: …"): dates, no projects
    # Under a heading that lists projects one sentence each is enough; elsewhere most items must state facts
    # (a period, money, a target group), so a conference programme or a list of criteria is not read as projects.
    if len(named) >= 2 and (listy or _half_at_least([r for _, _, r in named], 2)):
        for b, name, rest in named:
            seg = Segment("list-item", title=name, title_evidence=b.text[:200], context=list(context))
            seg.blocks.append(Block("p", rest))
            segs.append(seg)
    return segs


_NATIONAL_INITIATIVE = re.compile(r"\b(?:[Rr]egeringens|[Ss]tatens|[Ss]tatliga?|[Nn]ationella?|[A-ZÅÄÖ][\wåäö]+verkets)\s+"
                                  r"(?:satsning|projekt|pilot)\w*")
_OTHERS_PROJECT = re.compile(r"\b(?:(?:deltagit|deltog|deltar|medverkat|medverkade|ingått|ingick)(?:\s+[\wåäö]+){0,2}?|"
                             # "Under 2023 var kommunen med i Region Västerbottens projekt om digitala hembesök"
                             r"(?:var|är|varit)\s+(?:[\wåäö]+\s+){0,2}?med|"
                             # "Under 2024 var kommunen en av tio kommuner i Region Gävleborgs projekt …"
                             r"(?:var|är|varit)\s+(?:[\w–-]+\s+){0,2}?en\s+av\s+(?:[\wåäö]+\s+)?(?:kommuner|deltagare|parter|"
                             r"aktörer|verksamheter|skolor|organisationer))\s+i\s+(?:ett\s+av\s+)?"
                             r"[^.!?\n]{0,60}?(?:\b|forsknings|utvecklings|samverkans)projekt\w*|"
                             # "Inflyttarservicen startade 2018 inom Region Kronobergs projekt Attraktiva Kronoberg"
                             r"\b(?:startade|började|inleddes)\s+(?:(?:19|20)\d{2}\s+)?(?:inom|i)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*"
                             r"(?:\s+[\wåäö-]+){0,2}?s\s+(?:[\wåäö]+)?projekt\w*", re.I)
# The sentence after it, when it speaks of that project again: "Projektet avslutades 2024."
_BACK_TO_IT = re.compile(r"\s*(?:Projektet|Piloten|Satsningen)\b")


def _without_others_projects(text: str) -> str:
    """``text`` without the sentences about another's project the work took part in ("har deltagit i ett av
    Länsstyrelsens projekt om …", "var kommunen med i Region Västerbottens projekt … Projektet avslutades 2024"):
    that project's words are not the page's own."""
    if not ("delt" in text or "medverka" in text or "ingick" in text or "ingått" in text or " med i " in text
            or " en av " in text):
        return text
    out, pos = [], 0
    for m in _OTHERS_PROJECT.finditer(text):
        if m.start() < pos:
            continue
        end = _sentence_end(text, m.end())
        if (again := _BACK_TO_IT.match(text, end + 1)) is not None:
            end = _sentence_end(text, again.end())
        out.append(text[pos:m.start()])
        pos = end
    return "".join(out) + " " + text[pos:] if out else text
# "insats" as the law's word for a service ("en insats enligt socialtjänstlagen", "insatser enligt LSS"): no project.
_STATUTORY_INSATS = re.compile(r"\binsats(?:en|er|erna)?\s+enligt\s+(?:socialtjänstlagen|sol|lvu|lss|lvm|"
                               r"hälso-\s+och\s+sjukvårdslagen|hsl|skollagen|lagen\b)", re.I)
_NATIONAL_KEYS = ("egeringens", "tatens", "tatlig", "ationell", "verkets")
# A heading over a one-project page's list of its phases: "Projektet i tre faser", "Etapper", "Arbetet i steg".
_PHASES_HEADING = re.compile(r"\b(?:faser(?:na)?|etapper(?:na)?|delsteg(?:en)?)\b|\bi\s+(?:två|tre|fyra|fem)\s+steg\b", re.I)
_PHASE_HEADING = re.compile(r"^\s*(?:fas|etapp|steg|delprojekt)\s*\d+\b", re.I)
_PRESS_ROOM_TITLE = re.compile(r"^\s*(?:press\s+och\s+media|pressrum(?:met)?|för\s+media|media\s+och\s+press|"
                               r"presstjänst(?:en)?|pressmeddelanden)\s*$", re.I)
_INDEX_LETTER = re.compile(r"^\s*[A-ZÅÄÖ](?:\s*[–—-]\s*[A-ZÅÄÖ])?\s*$")


_PROPOSAL_TITLE = re.compile(r"^\s*(?:(?:svar på|besvarande av|yttrande över)\s+)?(?:motion|medborgarförslag|e-förslag|"
                             r"interpellation|enkel fråga)\b|^\s*motionssvar\b", re.I)


def _news_about_one(doc: Document, sections) -> bool:
    """A news article about one project: its headline is about the project its introduction names (the one name
    the text before the first subheading gives), and no section names another. Its subheadings ("Pengarna betalas
    tillbaka", "Blir ordinarie verksamhet") are the article's, not projects of their own."""
    if not doc.title or len(sections) < 2 or sections[0][0] is not None:
        return False  # (no subheadings: nothing to read as one story that the other steps would not)
    news = _NEWS_PATH.search(urlsplit(doc.url).path + "/") is not None
    if not news and not _HEADLINE_VERB.search(doc.title):
        return False  # (cheap first: a story is filed as news or headed by a sentence)
    named = _prose_name(sections[0][1])
    if named is None or not (news or _is_headline_about(doc.title, named[0])):
        return False
    key = _norm_title(named[0])
    for _, own, _ in sections[1:]:
        for b in own:
            if b.kind == "p":
                for name, _ in named_in_prose(b.text) + unquoted_names(b.text):
                    other = _norm_title(name)
                    if other != key and not other.startswith(key + " ") and not key.startswith(other + " "):
                        return False
    return True


def segment(doc: Document) -> list[Segment]:
    """Project segments of a page, in document order; none when the page never speaks of people and social needs
    (a road or budget page also has projects, periods and amounts)."""
    if doc.title and (_PROPOSAL_TITLE.match(doc.title) or _NEVER_PROJECT_TITLE.search(doc.title)):
        return []  # a motion or citizens' proposal proposes, a call asks; what they describe is not (yet) a project
    if doc.title and _PRESS_ROOM_TITLE.search(doc.title):
        return []  # the press room: contacts, and headlines that may name projects whose own pages hold them
    if _TAXONOMY_PATH.search(urlsplit(doc.url).path):
        return []  # a tag's or topic's page ("/amne/forebyggande-arbete"): teasers of pages that hold their own facts
    if (doc.title and _POLICY_OR_EVENT_TITLE.search(doc.title) or _POLICY_OR_EVENT_PATH.search(urlsplit(doc.url).path)) \
            and not any(_PROJECT_ITSELF.search(b.text) for b in doc.blocks):
        # a policy programme's page ("Programmet pekar ut fyra fokusområden" is the policy) or an event's (a
        # conference about social investments: its speakers, programme, date, place and fee): no project of its own
        return []
    # Block by block, stopping at the first hit: the same as in the blocks' joined text, since no match spans a line
    # break and the pattern's \b reads a block's start alike with or without the break before it.
    for b in doc.blocks:
        if _found(SOCIAL_DOMAIN, _SOCIAL_DOMAIN_FOLDED, b.text):
            doc.blocks = _split_named_clauses(doc.blocks)
            # (a person's name is no project's: a council's members, a staff list, each under its own heading; nor
            # are years alone: a committee's earlier assignments listed "2023–2024: …")
            segs = [seg for seg in _segment(doc) if not _refused(seg)
                    and not (seg.title and len(seg.title) <= 40 and orgs.looks_like_person(seg.title))
                    and not (seg.title and _YEARS_TITLE.fullmatch(seg.title))
                    and not (seg.title and _INQUIRY_TITLE.search(seg.title))]
            if len(segs) >= 3 and 2 * sum(1 for seg in segs if seg.title and _BODY_NAME.match(seg.title)) > len(segs):
                return []  # a page of the municipality's partners, each under its name ("Polisen", "Region X")
            if doc.title and _OTHER_DOMAIN_TITLE.search(doc.title):
                # a page about another kind of investment ("Kommunens klimatinvesteringar": solar panels on schools,
                # chargers, an arena's heat recovery) that names the social fund in passing: only the work that
                # itself speaks of people and their needs is this dataset's
                segs = [seg for seg in segs if _PEOPLE.search("\n".join([seg.title or "", seg.text]))]
            # Building work ("Renovering av Gnarps sporthall", a housing company's "Nu börjar renoveringen av Kåhög",
            # a water outage's pipe renewal "Projektet har en budget på 64 miljoner"): a project of buildings or pipes,
            # unless the sentences that speak of it speak of people.
            return [seg for seg in segs if not _BUILDING_WORK.search(f"{doc.title or ''}\n{seg.title or ''}")
                    or _project_speaks_of_people(seg.text)]
    return []


# An assignment to look into something ("§ 16 Uppdrag att utreda ett förebyggande team", "Utredning av …"): a question
# the board has not decided, no funded work yet.
_INQUIRY_TITLE = re.compile(r"^(?:§\s*\d+\s*)?(?:uppdrag(?:et)?\s+(?:till\s+\S+\s+)?att\s+(?:utreda|undersöka|se\s+över|"
                            r"kartlägga|ta\s+fram\s+(?:ett\s+)?förslag)|utredning\s+(?:om|av)\b)", re.I)
_YEARS_TITLE = re.compile(r"\s*(?:(?:19|20)\d{2}(?:\s*[–—-]\s*(?:(?:19|20)\d{2}|\d{2}))?|\d{4}-\d{2}-\d{2})\s*:?\s*")


# The name of an organisation, not a project: "Polisen", "Region Norrbotten", "Luleå tekniska universitet",
# "Försvarsmakten", "Barnrättsnätverket i Norrbotten", "Kommunalförbundet Norrbotten".
_BODY_NAME = re.compile(
    r"^(?:(?:Region|Regionen)\s+\S.*|(?:Samordnings|Kommunal)?förbundet\s+[A-ZÅÄÖ].*"
    r"|(?:[\wÅÄÖåäö:.-]+\s+){0,3}?[\wåäö-]*(?:kommun|universitet|högskola|högskolan|förbund|förbundet|myndighet|"
    r"myndigheten|makten|förmedlingen|kassan|[Pp]olisen|verket|styrelsen|nätverk|nätverket|[Kk]orset|kyrkan)"
    r"(?:\s+(?:i|för)\s+[^.]{2,60})?)$")


# Titles of pages about another kind of work than social investment: the climate, energy, the environment, roads, the
# organisation's own IT ("Pågående digitaliseringsprojekt": a new finance system, a wireless network).
_OTHER_DOMAIN_TITLE = re.compile(r"klimat|\benergi|miljöinvester|fossilfri|solcell|laddinfrastruktur|\btrafik|"
                                 r"gatu|vatten och avlopp|\bva-|avfall|digitaliseringsprojekt|\bit-projekt|it-system|"
                                 r"systembyte", re.I)


_BUILDING_WORK = re.compile(r"renover|ombyggnad|nybyggnad|tillbyggnad|byggstart|byggprojekt|vattenavbrott|upprustning|"
                            r"driftinformation|driftstörning|ledningsnät|ledningsarbete|vägarbete|gatuarbete", re.I)
_PROJECT_WORDS = re.compile(r"\b(?:projekt\w*|satsning\w*|insats\w*|investering\w*|etapp\w*)\b", re.I)


def _project_speaks_of_people(text: str) -> bool:
    """A sentence that speaks of the project (by its word) speaks of people (not the next: "Under tiden går eleverna
    i paviljonger" is who the building work disturbs). Sentences as the quotation rule below cuts them
    (``_SENTENCE_END``)."""
    return any(_PROJECT_WORDS.search(sent) and _PEOPLE.search(sent) for sent in _SENTENCE_END.split(text))


# People and their needs, not the buildings they use ("Solceller på Teleborgsskolan och fem förskolor" names schools).
_PEOPLE = re.compile(r"(?<!\w)(?:barn|unga|ungdom|elev|förälder|föräldra|familj|vårdnadshavare|nyanländ|utrikesfödd|"
                     r"arbetslös|äldre|invånare|kvinnor|flickor|pojkar|deltagare|hemlös|funktionsnedsätt|utanförskap|"
                     r"psykisk|missbruk|brott|kriminal|våld|ensam|försörjningsstöd)", re.I)


# An application that got no money is no project: nothing was funded or decided. Under a heading that says so
# ("Ansökningar som fick avslag", "Återtagna ansökningar"), or in its own words ("Arbetsutskottet avslog ansökan",
# "Socialnämnden drog tillbaka sin ansökan") when they say of no grant ("… men beviljades efter komplettering").
_REFUSED_HEADING = re.compile(r"\b(?:avslag|avslagna|avslogs|ej beviljade|inte beviljade|återtagna|återkallade"
                              r"|tillbakadragna)\b", re.I)
_APPLICATION = r"(?:ansökan|ansökningen|ansökningar(?:na)?)"
_REFUSED = re.compile(
    rf"\b(?:avslog(?:s)?\s+{_APPLICATION}|{_APPLICATION}\s+(?:avslogs|avslås|har\s+avslagits|beviljas\s+inte"
    rf"|beviljades\s+inte|drogs\s+tillbaka)|avslår\s+{_APPLICATION}|(?:fick|får|har\s+fått)\s+avslag"
    rf"|drog(?:s)?\s+tillbaka\s+(?:sin\s+|sina\s+)?{_APPLICATION}|återtog\s+(?:sin\s+)?{_APPLICATION})\b", re.I)
_GRANTED = re.compile(r"\bbevilja(?:r|s|ts|t|de|des|d)?\b|\b(?:fått|fick|får)\s+(?:\w+\s+){0,2}?(?:medel|pengar)\b",
                      re.I)


# A word of every _REFUSED alternative, in any case its first letter takes ("Avslog", "avslag", "avslår", "drog
# tillbaka", "återtog", "beviljades inte"): a segment without one is not refused (str.find, not the pattern).
_REFUSED_WORDS = ("vslag", "vslog", "vslå", "tillbaka", "tertog", "eviljas inte", "eviljades inte")


def _refused(seg: Segment) -> bool:
    if seg.context and any(_REFUSED_HEADING.search(c) for c in seg.context):
        return True
    text = seg.text
    if not has_any(text, _REFUSED_WORDS):
        return False
    return _REFUSED.search(text) is not None and _GRANTED.search(_REFUSED.sub(" ", text)) is None


def _split_named_clauses(blocks: list[Block]) -> list[Block]:
    """A paragraph that lists grants clause by clause, a quoted name in each, separated by semicolons ("… 1 400 000
    kronor till ”A”, en mobil förskola …; 850 000 kronor till ”B”, där …; 2 100 000 kronor till ”C” …") is read as one
    paragraph per clause, as if each grant were its own: the clauses are the projects' descriptions."""
    out: list[Block] | None = None
    for i, b in enumerate(blocks):
        parts = _named_clauses(b.text) if b.kind == "p" and ";" in b.text else None
        if parts:
            if out is None:
                out = blocks[:i]
            out.extend(Block("p", part, container=b.container) for part in parts)
        elif out is not None:
            out.append(b)
    return blocks if out is None else out


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def _named_clauses(text: str) -> list[str] | None:
    """The clauses of ``text``, each holding one different quoted name, when it has two or more (and the sentences
    before the first name, when there are some, first); else None. A clause without a name goes with the one
    before it."""
    clauses: list[str] = []
    names: list[str] = []
    for part in text.split(";"):
        found = _QUOTED_NAME.findall(part)
        if len(found) > 1:
            return None  # a clause naming two: not a list of one grant per clause
        if found and (not names or _norm_title(found[0]) != _norm_title(names[-1])):
            names.append(found[0])
            clauses.append(part.strip())
        elif clauses:
            clauses[-1] += ";" + part
        else:
            return None  # text before the first name: an introduction, not a clause of the list
    if len(names) < 2:
        return None
    out = [re.sub(r"^(?:och|samt)\s+", "", c).strip() for c in clauses]
    # The sentences before the first name introduce the list ("Socialnämnden har fördelat 3,1 miljoner kronor."): a
    # paragraph of their own.
    first_quote = min(out[0].find(q) for q in _QUOTE if q in out[0])
    intro_end = max((m.end() for m in _SENTENCE_END.finditer(out[0], 0, first_quote)), default=0)
    if intro_end:
        out[:1] = [out[0][:intro_end].strip(), out[0][intro_end:].strip()]
    return out


def _segment(doc: Document) -> list[Segment]:
    blocks = doc.blocks
    page_title = doc.title

    # Every strategy reads the blocks' labels: read once here.
    labs = _status_badges(blocks, [_label_of(b) for b in blocks])
    kv_tables = {id(b) for b in blocks if b.kind == "table" and _is_key_value_table(b)}

    # 1. tables
    table_segs: list[Segment] = []
    told: list[Segment] = []
    context: list[str] = []
    for b in blocks:
        if b.kind == "heading" and b.level >= 2:
            context = [b.text]
        if b.kind == "table" and id(b) not in kv_tables:
            if not _found(SOCIAL_DOMAIN, _SOCIAL_DOMAIN_FOLDED, "\n".join([b.text, *context, page_title or ""])) \
                    and not _TABLE_FUND_WORD.search(b.text):
                continue  # a table of other measures ("Ny busslinje …", "Ny pendelparkering …") that names no people,
                # no social need and no fund, under a heading and a title that do not either
            table_segs.extend(_table_segments(_transposed(b) or b, context))
    if table_segs:  # the names only serve table rows (most pages have none)
        prose_names = [n for b in blocks if b.kind == "p" for n in named_in_prose(b.text)]
        for seg in table_segs:
            _name_table_row(seg, prose_names)
        if _told_in_sections(table_segs, blocks):
            # a report that tells each project in a section of its own, then sums them up in a table (or a list
            # table over a paragraph per project): the sections are the records, with the rows' facts
            told, table_segs = table_segs, []

    # 2. label blocks
    label_segs = _label_segments(blocks, labs, kv_tables, page_title)
    if label_segs and not table_segs:
        label_segs = _with_unlabelled_siblings(blocks, labs, label_segs, page_title)
    # A block of soft labels only ("Syfte", "Målgrupp" over a standing benefit's or a survey's text) is a project only
    # where its text speaks of one.
    # (a trial made standing, "infördes 2020 som ett försök … ska gälla tills vidare", speaks of none now)
    label_segs = [seg for seg in label_segs if (not seg.fields.keys() <= _SOFT_FIELDS or _fund_money(seg.text)
                                               or (_spoken_of_as_project(seg.text) and not _standing(seg.text)))
                  and not _template(seg) and not _not_a_project(seg.text)]
    if table_segs or label_segs:
        return _merge_same_title(table_segs + label_segs)

    # 3-4. sections under headings, bulleted lists within them
    label_by_id = {id(b): lab for b, lab in zip(blocks, labs) if lab is not None}  # sections hold the page's blocks
    sections = _sections(blocks)
    one_story = _news_about_one(doc, sections)  # one project: step 6 reads the page
    found: list[Segment] = []  # list items and candidate sections, in page order
    candidates: list[tuple[Segment, str, int]] = []  # a section is a project when its text scores the points
    # A page titled as a list ("Beviljade sociala investeringar", "Pågående projekt") may list projects under its
    # headings without calling each one a project ("Läxhjälp på Torsvik", a blurb, "2022–2024", "1,2 mnkr"): such a
    # section is a candidate whose facts (a period or an amount) must make up the points (a FAQ or a fund's
    # guidance under such a title is none, nor a heading that is itself a list: "Tidigare projekt").
    title_listed = bool(page_title) and _is_list_context(page_title) and not _is_faq(blocks)
    # (a title whose only list word is "insatser" may name standing services: "Stöd utan ansökan – öppna insatser")
    title_projects = title_listed and _is_list_context(_INSATSER.sub(" ", page_title or ""))
    # A project's history under dated headings ("2019: Förstudie", "December 2021: Första förlängningen", "Juli 2024:
    # Ordinarie verksamhet") on a page named for it: steps of one project, not projects.
    steps = {id(h) for h, _, _ in sections if h is not None and _DATED_STEP.match(h.text)}
    if len(steps) < 3 or is_generic_page_title(page_title):
        steps = set()
    # … and its phases ("Fas 1: förstudie 2024", "Fas 2: genomförande 2025–2026") on a page named for it
    phases = {id(h) for h, _, _ in sections if h is not None and _PHASE_HEADING.match(h.text)}
    if len(phases) >= 2 and not is_generic_page_title(page_title) and not title_listed:
        steps |= phases
    diary = _dated_entries(sections) if not title_listed and not is_generic_page_title(page_title) else set()
    built: set[int] = set()  # the blocks of sections about building work (below)
    statutory_page = bool(page_title) and _STATUTORY_SERVICE.search(page_title) is not None
    for heading, own, ctx in (() if one_story else _with_generic_subsections(sections)):
        if heading is not None and (_INDEX_LETTER.match(heading.text) or _is_furniture_heading(heading.text)):
            # an A–Ö index's letter ("K": "Kulturskolan – Kurser för dig upp till 19 år"): services by name; a news
            # list ("Nyheter": "Omsorgsnämndens budget 2026 – 214 miljoner kronor")
            continue
        if heading is not None and _PHASES_HEADING.search(heading.text) and not is_generic_page_title(page_title):
            continue  # "Projektet i tre faser" over "Uppstart (september–december 2025, …)": the project's phases
        list_segs = _list_segments(own, ctx + ([heading.text] if heading is not None else []))
        if list_segs:
            found.extend(list_segs)
            continue
        if heading is None or not own or _is_generic_heading(heading.text) or _is_list_heading(heading.text) \
                or id(heading) in steps or _CALL_HEADING.search(heading.text) \
                or labels.label_alone(heading.text) is not None:  # a field's label ("Område", "Status") names none
            continue
        if any(_UPDATES_HEADING.match(c) for c in ctx) or id(heading) in diary:
            continue  # an entry of a project's diary ("Uppdateringar från projektet"): news of the page's project
        named = _named_paragraphs(own, label_by_id, ctx)
        if named:  # a section that introduces two or more named projects, a paragraph each
            found.extend(named)
            continue
        text = heading.text + "\n" + "\n".join(b.text for b in own)
        # (the state's programme, "Regeringens satsning på regionalt yrkesvux", is no project of the page's)
        # (nor another's project the work took part in: "har deltagit i ett av Länsstyrelsens projekt om …")
        cues = _NATIONAL_INITIATIVE.sub(" ", text) if has_any(text, _NATIONAL_KEYS) else text
        cues = _without_others_projects(cues)
        if "enligt" in cues:
            cues = _STATUTORY_INSATS.sub(" ", cues)  # "En placering är en insats enligt socialtjänstlagen": the law's word
        if "ordinarie" in text and _ORDINARY_SERVICE.search(text) and not _TIME_LIMITED_WORD.search(text):
            continue  # a standing service ("… är en del av socialtjänstens ordinarie verksamhet"), no project
        if has_any(text, _GRANTS_KEYS) and _GRANTS_TO_SEVERAL.search(text):
            continue  # the fund's grants counted ("Hittills har fonden beviljat 21 miljoner kronor till elva insatser")
        if statutory_page and _PROJECT_ITSELF_WORD.search(cues) is None and not _fund_money(text):
            continue  # one of the services a page of services by law lists ("Insatser enligt LSS": "Ledsagarservice")
        if has_any(text, _BUILDING_KEYS) and _BUILDING.search(text) and not _found(SOCIAL_DOMAIN, _SOCIAL_DOMAIN_FOLDED, text):
            # building work ("Under 2026 byggs bollplanen om … Investeringen ingår i kommunens investeringsbudget"): a
            # section that speaks of no people and their needs is no social project, nor part of the page's one
            built.update(id(b) for b in (heading, *own))
            continue
        if "vidare" in text and _STANDING_DECISION.search(text) and not _PROJECT_OR_FUND_WORD.search(text):
            continue  # a standing decision ("Satsningen beräknas kosta 180 000 kronor per år och gäller tills vidare")
        if " del av " in text and _NOW_PART_OF.search(text) and not _fund_money(text) and not _granted_or_ending(text):
            continue  # work that began and is now part of something standing ("Satsningen … startade 2022 och är i
            # dag en del av socialförvaltningens plan för kompetensförsörjning"), no grant and no end: no project
        # (a list's heading says what its items are, unless the item says there is none: "Inga projekt ännu")
        listed = any(_is_list_context(c) for c in ctx) and not _NONE_SPOKEN_OF.search(text)
        # Outside a list of projects, money or dates alone do not make a project: the text must speak of one.
        if listed or any(id(b) in label_by_id for b in own) or _has_project_word(cues, fold(cues)) \
                or (title_listed and not _is_list_context(heading.text)) or _fund_money(text):
            title = _name_in_heading(heading.text, own)
            seg = Segment("section", title=title, title_evidence=heading.text, blocks=list(own), context=ctx)
            for b in own:
                # the fact lines of the section's project ("Huvudman: Ludvika kommun, socialförvaltningen", "Beviljat:
                # 640 000 kronor") under its heading, as on a one-project page, one a line
                if b.kind in ("p", "li") and ":" in b.text and id(b) in label_by_id:
                    for line in (part for row in b.text.split("\n") for part in _FACT_BAR.split(row)):
                        if (lab := labels.split_label(line)) is not None and lab[2] and lab[0] in _SECTION_FACT_FIELDS:
                            seg.add(*lab)
            found.append(seg)
            # A card under a heading that lists projects (its heading and teaser in one box) is a list item: one
            # sentence is enough, as for a bulleted list; a news teaser's headline (a sentence) is no project's name.
            carded = listed and heading.container and not _HEADLINE_VERB.search(heading.text) \
                and all(b.container[:len(heading.container)] == heading.container for b in own)
            if not (listed or title_projects or _spoken_of_as_project(cues) or _fund_money(text)
                    or (any(id(b) in label_by_id and label_by_id[id(b)].field not in _NO_PROJECT_FIELDS for b in own)
                        and _granted_or_ending(text))
                    or _norm_title(page_title or "-") in _norm_title(heading.text)):
                # On a page about one topic ("Elevhälsoplan 2025/26", a councillor's page, an inspector's decisions,
                # a page of standing services, "Öppna insatser") a section outside a list is a project only in its own
                # words ("Projektet …", "satsningen"), as a phase of the page's own (its heading holds the page's
                # title: "X fas 2"), or by a fact box that gives money or an end (a service's "Kostnad: gratis",
                # "sedan 2017" give neither).
                found.pop()
                continue
            candidates.append((seg, text, 0 if carded else 1 if listed else 2))
    if len(candidates) >= 2 and not title_listed and not is_generic_page_title(page_title):
        # A topic page ("Förebyggande arbete för barn och unga": a family centre, youth clubs, a field group) with one
        # section that is a project in its own words ("Projektet Skolsociala team … startade"), the others never
        # speaking of a project, a grant or money: that section alone, the others are standing services.
        itself = [c for c in candidates if _PROJECT_ITSELF.search(c[1])]
        if len(itself) == 1 and not any(_TIME_LIMITED_WORD.search(c[1]) or _MONEY_WORD.search(c[1])
                                        for c in candidates if c is not itself[0]):
            found = [seg for seg in found if seg is itself[0][0] or seg.kind in ("list-item", "paragraph")]
            candidates = itself  # (a lone candidate: returned by step 6's rule for one on a topic page, below)
    if len(candidates) >= 2 and page_title and _PLAN_DOCUMENT_TITLE.search(page_title):
        # A chapter of a budget or plan ("Mål och budget 2026–2028: Barn- och utbildningsnämnden": the board's remit,
        # its changes against last year, its investments in buildings): only the sections that are projects in their
        # own words ("4.5 Klassrumsbron – social investering 2026–2028", "Projektet drivs av …").
        itself = [c for c in candidates if (_PROJECT_ITSELF.search(c[1]) and not _STANDING.search(c[1]))
                  or _IS_INVESTMENT_HEADING.search(c[0].title or "")]  # (not "Satsningen gäller tills vidare")
        found = [seg for seg in found if any(seg is c[0] for c in itself) or seg.kind in ("list-item", "paragraph")]
        candidates = itself
    # The sections are returned when two or more are projects (or there is a list): then every one is scored. When
    # none before the last is, the last alone cannot make two; it is scored only if the page comes down to it (below).
    passed = {id(seg) for seg, text, need in candidates[:-1] if _score_at_least(text, need)}
    last = candidates[-1] if candidates else None
    if last is not None and (passed or len(candidates) < len(found)):
        if _score_at_least(last[1], last[2]):
            passed.add(id(last[0]))
        last = None
    section_segs = [seg for seg in found if seg.kind in ("list-item", "paragraph") or id(seg) in passed]
    if len(section_segs) >= 2 or (section_segs and section_segs[0].kind in ("list-item", "paragraph")):
        return _merge_same_title(_with_rows(section_segs, told) if told else section_segs)

    # 5. news paragraphs naming projects
    para_segs = [] if one_story else _paragraph_segments(sections, label_by_id)
    if para_segs:
        return _merge_same_title(para_segs)

    # 5b. a list of news teasers (date, headline, teaser in one item) on a list page: the teasers that introduce a
    # named project with facts
    if is_generic_page_title(page_title) and not one_story:
        teasers = _teaser_segments(blocks)
        if teasers:
            return teasers

    # 6. one project on the page (not what a news list or a contact box under its own heading says: "Nyheter" over
    # "Nytt vård- och omsorgsboende – projektet kostar 190 miljoner kronor")
    aside = {id(b) for h, own, _ in sections if h is not None and _is_furniture_heading(h.text) for b in [h, *own]}
    body = [b for b in blocks if (b.kind != "heading" or b.level >= 2) and id(b) not in aside and id(b) not in built]
    content = [b for b in body if b.kind in ("p", "li")]
    text = "\n".join(b.text for b in body)
    generic = is_generic_page_title(page_title)
    if generic:
        if section_segs and not _is_faq(blocks):
            return section_segs
        if last is not None and not _is_faq(blocks) and _score_at_least(last[1], last[2]):
            return [last[0]]  # (a fund's guidance: its last section, "Återbetalning", is the fund's rules too)
    if _STATISTICS_PATH.search(urlsplit(doc.url).path) and _PROJECT_ITSELF.search(text) is None:
        return []
    if not generic and last is not None and len(candidates) == 1 and _PROJECT_ITSELF.search(last[1]) \
            and _norm_title(page_title or "") not in _norm_title(last[1]) \
            and sum(1 for h, own, _ in sections if h is not None and own and not _is_generic_heading(h.text)) >= 3 \
            and _score_at_least(last[1], last[2]):
        # A topic page ("Förebyggande arbete för barn och unga": a standing service, a survey, a council) with one
        # section that is a project in its own words ("Projektet Ledarlyftet startade …"): that section, not the page.
        return [last[0]]
    if not generic and last is not None and last[0].title != (last[0].title_evidence or "") \
            and _norm_title(last[0].title or "") not in _norm_title(page_title or "") and _score_at_least(last[1], last[2]):
        # A page about something larger (a "Folkhälsoarbete" page: a council, a survey, opening hours) with one
        # section headed by a project's name after a dash ("Social investering – Hälsolyftet"): that section.
        return [last[0]]
    # (a page under a generic title that counts its projects, "Under året finansierade förbundet sju insatser", is
    # about all of them, not the one it names on the way)
    if content and (not generic or (_definite_project_spoken_of(text) and not _is_faq(blocks)
                                    and not _only_fund_spoken_of(page_title, text) and not _about_several(text, sections)
                                    # (nor one whose sections tell of them in prose under a heading that lists
                                    # them: a plan's "3. Insatser under 2026", not a box of links "Fler beviljade …")
                                    and not any(h is not None and _is_list_heading(h.text)
                                                and any(b.kind == "p" and len(b.text) >= 120 for b in own)
                                                for h, own, _ in sections))) \
            and (_ONE_PROJECT_CUE.search(text) and _PROJECT_CUE.search(text) or _time_limited(text)) \
            and not _statutory_service(text) and _one_project_spoken_of(doc, text, labs) \
            and not (_standing(text) and _PROJECT_ITSELF.search(_without_standing_paragraphs(text)) is None
                     and not _fund_money(text)
                     and not _labelled_facts(labs, blocks)) \
            and not _not_a_project(text) and not _is_statute(blocks) \
            and not _way_of_working(page_title, content, text) and not _grant_scheme(page_title, text) \
            and not (" del av " in text and _STARTED_NOW_PART.search(text)
                                                   and not _fund_money(text)) \
            and _score_at_least(text, 4 if generic else 3) \
            and (generic or _names_its_subject(page_title, text, sections, labs)):
        # (a report titled by its project after a colon, "Slutrapport: Fritidslyftet": the project's name, which the
        # record keeps without the report's word)
        title = title_ev = page_title if not generic or _REPORT_OF.match(page_title or "") else None
        kept = _single_project_blocks(sections)
        # A page whose title names no project (a generic title, or a news headline) takes the one name its prose
        # gives: "Nämnden får 2,4 miljoner för projektet Närvaroteamet" names the project, the headline does not.
        if generic or _NEWS_PATH.search(urlsplit(doc.url).path + "/"):
            named = _prose_name(kept)
            if named is None and not generic and page_title:
                named = _defined_name(page_title, kept)  # "En fredagskväll med Kvällsbasen": "Kvällsbasen är en av …"
            if named is not None and (generic or _norm_title(named[0]) != _norm_title(page_title or "")):
                title, title_ev = named
            elif named is None and not generic and page_title \
                    and (subject := _headline_subject(page_title, kept)) is not None:
                title, title_ev = subject  # a news headline that opens with the name ("Fritidslyftet ska ge …")
        elif page_title and (named := _prose_name(kept) or _defined_name(page_title, kept)) is not None \
                and _is_headline_about(page_title, named[0]):
            # News filed where the URL does not say so ("/4.3b1a….html"): the title is a headline about the
            # project its prose names ("Fröslunda får stöd för …", "Halvtid för Tidiga insatser i förskolan").
            title, title_ev = named
        elif page_title and named is None and (subject := _headline_subject(page_title, kept)) is not None:
            title, title_ev = subject
        if page_title and title == page_title and named is None \
                and (in_title := _title_name_in_prose(page_title, kept)) is not None:
            title, title_ev = in_title
        elif page_title and title == page_title and page_title.rstrip().endswith("?") \
                and (subject := _prose_name(kept) or _bold_subject(kept)) is not None:
            title, title_ev = subject  # a question for a headline ("Hur kan vi minska frånvaron?") names nothing
        if page_title and title == page_title and (about := _ABOUT_TITLE.match(page_title)) is not None \
                and text.count(about.group(1)) >= 2:
            title, title_ev = about.group(1), page_title  # "Se filmen om Mentorsbryggan": the project it is about
        seg = Segment("page", title=title, title_evidence=title_ev, blocks=kept,
                      context=[b.text for b in blocks if b.kind == "heading" and b.level >= 2])
        for k, b in enumerate(kept):
            # a fact line of the one project ("Total kostnad: 3,6 mkr", "Tjänster: 2,5") where too few labels made
            # no label block: its label says what its value is, as in a fact box
            lab = label_by_id.get(id(b)) if b.kind in ("p", "li") else None
            if lab is not None and lab.value and lab.field in _PAGE_FACT_FIELDS and "\n" not in lab.value:
                seg.add(lab.field, lab.label, lab.value)
            elif lab is not None and not lab.value and lab.field in _PAGE_FACT_FIELDS and k + 1 < len(kept) \
                    and kept[k + 1].kind in ("p", "li") and id(kept[k + 1]) not in label_by_id \
                    and len(kept[k + 1].text) <= 40 and _DIGIT_RE.search(kept[k + 1].text):
                # … or the label alone over its figure, a key-figure box's term and value ("Årsarbetare" over "3",
                # "Total budget" over "4,2 mnkr")
                seg.add(lab.field, lab.label, kept[k + 1].text)
        return [seg]
    return []


# A title that says what the page offers about a project: a film, questions and answers, facts ("Se filmen om
# Mentorsbryggan", "Frågor och svar om Familjecoacherna").
_ABOUT_TITLE = re.compile(r"^\s*(?i:(?:se|titta\s+på)\s+(?:filmen|film|videon|video)|film|video|frågor\s+och\s+svar|"
                          r"allt|mer|fakta|information|lyssna\s+på\s+(?:podden|avsnittet|intervjun))\s+om\s+"
                          r"([A-ZÅÄÖ][^.?!:]{2,60}?)\s*[.?!]?\s*$")


# A project in the definite, as a page about one speaks of it ("projektet", "satsningens", "insatsen").
_ITS_PROJECT = re.compile(r"\b(?:(?:pilot)?projektets?|satsningens?|insatsens?|investeringens?|piloten|förstudien)\b",
                          re.I)
_TITLE_CORE = re.compile(r"\s[–—-]\s|:\s|\s\|\s")


def _names_its_subject(page_title: str | None, text: str, sections, labs: list[_Labelled | None]) -> bool:
    """A page about one project speaks of it: as "projektet"/"satsningen" (or "Arbetet", "Verksamheten" opening a
    sentence), in a fact box (a labelled period or sum), or by the name its title gives (before a
    dash or colon, or after "om": "Frågor och svar om Familjecoacherna"), or by a name its prose gives (quoted, or in
    bold as the subject under a question for a headline, or opening the headline). A page that does
    none of these (how the municipality is governed, a councillor's blog, a plan's chapter) is about something else,
    whatever periods and sums it holds."""
    if _ITS_PROJECT.search(text) or _labelled_facts(labs) or _definite_project_spoken_of(text):
        return True  # ("Arbetet leds av …", "Verksamheten startade i mars 2025": the subject, opening its sentence)
    low = fold(text)
    title = fold((page_title or "").strip(" \t\n?!.”“\"«»"))
    names = [_TITLE_CORE.split(title)[0].strip(), title.rpartition(" om ")[2].strip()]
    if any(len(name) >= 4 and name in low for name in names):
        return True
    kept = _single_project_blocks(sections)
    return _prose_name(kept) is not None or _bold_subject(kept) is not None \
        or (page_title is not None and _headline_subject(page_title, kept) is not None)


# Labels any page may head its text with: what it is for and whom, not a project's facts.
_STANDING = re.compile(r"\btills\s*vidare\b|\bordinarie\s+(?:verksamhet|arbete|drift)", re.I)
# The text says of its subject that it is no project: "Partnerskapet är inte ett projekt utan ett långsiktigt åtagande",
# "Mottagningen är alltså inget tidsbegränsat projekt".
_DENIED_PROJECT = re.compile(r"\b(?:är|var)\s+(?:alltså\s+|därför\s+|numera\s+)?(?:inte\s+(?:ett|något)|inget)\s+"
                             r"(?:tidsbegränsat\s+)?projekt\b(?!\s+(?:som|i\s+den))|"
                             # a made-up example: "Räkneexempel: det påhittade projektet Skolstegen"
                             r"\b(?:påhittade?|fiktiva?|tänkta?|uppdiktade?)\s+(?:exempel(?:projekt(?:et)?)?|projekt(?:et)?)\b",
                             re.I)


# A page that opens by saying its subject is a way of working: "Närvarotrappan är Ale kommuns gemensamma arbetsgång för
# att …", "BBIC är det arbetssätt som socialtjänsten använder när …".
_WAY_OF_WORKING = re.compile(r"^\s*(?P<name>[^.!?\n]{2,60}?)\s+är\s+(?:[\wåäö-]+\s+){0,4}?(?:arbetsgång|arbetssätt|"
                             r"arbetsmetod|metod|rutin|arbetsmodell|modell|process|struktur|"
                             # a planning basis or a tool ("Barnkartan är ett planeringsunderlag som …")
                             r"planeringsunderlag|underlag|kartläggning|verktyg|karttjänst|databas|undersökning)"
                             r"(?:en|et)?\b(?!\s+(?:som\s+)?"
                             r"(?:prövas|testas|provas))", re.I)


def _way_of_working(page_title: str | None, content: list[Block], text: str) -> bool:
    """A page about a standing way of working (a routine, a method, a model the organisation uses), named by the
    page's title, with no money from a fund and no "Projektet …" of its own: the page describes how the work is done,
    not a funded project ("BBIC är inte en insats i sig utan ett sätt att …"). A method tried out ("en metod som
    prövas") is left to the rules."""
    if not page_title or not content or (m := _WAY_OF_WORKING.match(content[0].text)) is None:
        return False
    core = fold(_TITLE_CORE.split(page_title, maxsplit=1)[0].strip())
    return bool(core) and fold(m.group("name")).startswith(core) and not _fund_money(text) \
        and _PROJECT_OR_EFFORT.search(text) is None  # (nor a page that speaks of "Projektet …" itself; "Insatsen"
    # is any case's service in the social services' words)


# A scheme that funds others' projects, by its title: "Leader Sjuhärad – stöd till lokala utvecklingsprojekt", "Bidrag
# till föreningars projekt", "Medel för lokala initiativ".
_GRANT_SCHEME_TITLE = re.compile(r"\b(?:stöd|bidrag|medel|pengar)\s+(?:till|för)\s+(?:[\wåäö-]+\s+){0,2}?"
                                 r"(?:[\wåäö]*projekt|initiativ|idéer)\b", re.I)
_APPLYING = re.compile(r"\b(?:ansök\w*|söka|söker|sök)\b", re.I)


def _grant_scheme(page_title: str | None, text: str) -> bool:
    """A page about a scheme others apply to for their projects (an EU programme, a board's grants), titled so and
    telling how to apply: the scheme's years, money and target groups are not a project's."""
    return bool(page_title) and _GRANT_SCHEME_TITLE.search(page_title) is not None \
        and _APPLYING.search(text) is not None


_PROJECT_OR_EFFORT = re.compile(r"\b(?:Projektet|Satsningen|Piloten)\b")


def _not_a_project(text: str) -> bool:
    return "projekt" in text and _DENIED_PROJECT.search(text) is not None


def _standing(text: str) -> bool:
    """Work said to be standing ("tills vidare", "ordinarie verksamhet"), not a decision still to come about it
    ("… ska ta ställning till om arbetssättet ska bli en del av den ordinarie verksamheten")."""
    return any(not _DECISION_TO_COME.search(text, max(0, m.start() - 80), m.start()) for m in _STANDING.finditer(text))


_DECISION_TO_COME = re.compile(r"\b(?:ska|skall|kan|kommer\s+att)\s+(?:\w+\s+){0,2}?(?:bli|ingå|övergå|införlivas)\b|"
                               r"\bta\s+ställning\s+till\b|\bpröva\s+om\b|\butreda\s+om\b", re.I)


_SOFT_FIELDS = frozenset({"title", "purpose", "target_group", "description", "contact", "ignore", "municipalities"})


# Fact lines a one-project page's text may hold outside a label block (see step 6 of _segment).
_PAGE_FACT_FIELDS = frozenset({"budget", "staffing"})
_TABLE_FUND_WORD = re.compile(r"fond|sociala?\s+investering|investeringsmedel", re.I)
_DIGIT_RE = re.compile(r"\d")
_SECTION_FACT_FIELDS = frozenset({"budget", "staffing", "organisations"})


# A one-project page speaks of a project, a grant or money: a service's page ("Familjecentralen Gläntan … sedan 2016",
# its courses' dates and its "verksamhet") names none of them.
_ONE_PROJECT_CUE = re.compile(r"\b(?:projekt\w*|satsning\w*|insats\w*|investering\w*|\w*fond\w*|bevilja\w*|medel|"
                              r"pilot\w*|försök\w*|finansier\w*|\w*budget\w*|kronor|kr|tkr|mnkr|[\w-]*bidrag\w*|"
                              r"fas(?:en)?|etapp(?:en)?|förstudie\w*|utvecklingsarbete\w*)\b", re.I)


# Words that say the page is about a project (or a grant to one), where _ONE_PROJECT_CUE's "fond", "insatser" and
# "medel" also stand on a topic's page that mentions the fund in passing ("Kommunen har också en social
# investeringsfond"; a trygghet page's "tidiga insatser").
_PROJECT_CUE = re.compile(r"\b(?:projekt\w*|satsning\w*|insatsen|bevilja\w*|pilot\w*|försök\w*|finansier\w*|kronor|kr|"
                          r"tkr|mnkr|miljon\w*|fas(?:en)?|etapp(?:en)?|förstudie\w*|utvecklingsarbete\w*|"
                          r"social investering(?:en)?)\b", re.I)


# A statutory service's page ("Det är en insats enligt socialtjänstlagen", "bistånd enligt LSS"): its "insatsen", its
# fees or rents in kronor and "beviljas" are the service's, granted to a person after an assessment, not a grant to a
# piece of work. Only a word of a project itself (a project, a pilot) or money from the fund makes such a page one
# ("tidsbegränsat kontrakt", "kan söka medel ur fonden" do not).
_STATUTORY_SERVICE = re.compile(r"\b(?:insats(?:en|er)?|bistånd(?:et)?)\s+(?:som\s+beviljas\s+)?enligt\s+"
                                r"(?:socialtjänstlagen|\(?sol\b|\(?lss\b|lagen\b|hälso-\s+och\s+sjukvårdslagen)", re.I)
# (not the participants' "egna projekt": a project's word for the work itself)
_PROJECT_ITSELF_WORD = re.compile(r"(?<!egna\s)\b(?:projekt\w*|satsning\w*|pilot\w*|förstudie\w*|utvecklingsarbete\w*)\b",
                                  re.I)


# What a text says it is: "X är ett projekt som …", "Jobbsteget är en insats för unga vuxna", "… var en social
# investering"; not the question "Vad är en social investering?".
_IS_A_PROJECT = r"(?<![Vv]ad\s)\b(?:är|var|blir|blev)\s+(?:ett|en)\s+(?:[\wåäö-]+\s+){0,2}?" \
                r"(?:projekt|satsning|insats|pilot\w*|försök|social\s+investering)\b" \
                r"(?![^.!?\n]{0,80}\btills\s*vidare\b)"  # (not a standing decision: "en satsning … som gäller tills vidare")
_ONE_PROJECT_WORD = re.compile(r"\b(?:projektet|satsningen|insatsen|investeringen|piloten|pilotprojektet|förstudien|"
                               r"satsningens|projekt(?:ets|tid(?:en)?|period(?:en)?|ägare|ledare|ledaren|budget(?:en)?|"
                               r"start|slut|namn|plan(?:en)?|kostnad(?:en|er)?|organisation(?:en)?|grupp(?:en)?))\b|"
                               + _IS_A_PROJECT, re.I)
# Money the work gets from the fund ("1,2 miljoner kronor ur den sociala investeringsfonden", "har fått medel från
# fonden för sociala investeringar"): a grant to it, whatever the page calls it ("verksamheten", "teamet", its name);
# not "ansökningar om medel ur fonden", anyone's.
# A fund, as money is taken from it: "kommunens sociala investeringsfond", "fonden", "investeringsreserven".
FUND_NOUN = r"(?:[\wåäö]*fond(?:en)?|[\wåäö]*investeringsreserv(?:en)?|sociala\s+investeringsmedel)\b"
_FUND_MONEY = re.compile(r"(?:\d\s*(?:kronor|kr|tkr|mnkr|mkr)|\bmiljon\w*|\b(?:fått|fick|får|beviljats|beviljades|"
                         r"tilldelats|tilldelades)\s+(?:[\wåäö]+\s+){0,2}?(?:medel|pengar)|\bfinansiera[ds]|"
                         r"\bfinansierades|\bbekostas|\b(?:pengarna|medlen)\s+(?:kommer|tas)|"
                         # "Det mesta kommer ur kommunens sociala investeringsfond", "resten tas ur fonden"
                         r"\b(?:mesta|största\s+delen|resten|merparten|huvuddelen)\s+(?:kommer|tas|betalas))\b"
                         r"[^.\n]{0,80}?\b(?:ur|från|genom|av|med)\s+(?:[\wåäö]+\s+){0,3}?" + FUND_NOUN, re.I)
# Money anyone may apply for ("Under 2026 kan förvaltningarna söka totalt 2,5 miljoner kronor ur fonden"): the fund's.
_MAY_APPLY_BEFORE = re.compile(r"\b(?:kan|går\s+att|att|som|får)\s+(?:[\wåäö]+\s+){0,2}?(?:an)?sök(?:a|as)\b[^.!?\n]*$", re.I)


# Many pieces of work funded so ("medarbetare arbetar i utvecklingsarbeten som finansieras ur fonden"): none of them this.
_MANY_BEFORE = re.compile(r"\b(?:(?<!ett\s)projekt|insatser|satsningar|[\wåäö]*arbeten|verksamheter|aktiviteter|"
                          # "förebyggande insatser, till exempel sådana som får pengar ur den sociala investeringsfonden"
                          r"sådana)\s+som\s+(?:[\wåäö]+\s+){0,2}$", re.I)


def _fund_money(text: str) -> bool:
    """Money the work gets from the fund (_FUND_MONEY), not money any applicant may seek nor many works'."""
    now_ordinary = "ordinarie" in text
    ordinary_since = now_ordinary and _ORDINARY_SINCE.search(text) is not None
    return any(not _MAY_APPLY_BEFORE.search(text, max(0, m.start() - 60), m.start())
               and not _MANY_BEFORE.search(text, max(0, m.start() - 50), m.start())
               # (money once, for work now ordinary: "finansierades tidigare med medel ur fonden. Sedan 2024 ingår den
               # i Komvux ordinarie verksamhet"; "Under de två första åren betalades arbetet med 1,8 miljoner kronor ur
               # fonden … Sedan januari 2021 ingår teamet i socialtjänstens ordinarie verksamhet")
               and not (now_ordinary and "tidigare" in m.group(0))
               and not (ordinary_since and _PAID_ONCE_BEFORE.search(text, _sentence_start(text, m.start()), m.end()))
               # ("Familjeteamet, som startade 2022 med pengar från fonden och sedan januari 2025 är en del av den
               # ordinarie verksamheten, …": the money and the ordinary since in one sentence)
               and not (ordinary_since and _ORDINARY_SINCE.search(text, _sentence_start(text, m.start()),
                                                                  _sentence_end(text, m.end())))
               for m in _FUND_MONEY.finditer(text))


# Work that has been ordinary since a time ("Sedan januari 2021 ingår teamet i socialtjänstens ordinarie verksamhet"),
# and money said in the past tense before a sum ("betalades arbetet med", "finansierades insatsen med").
_ORDINARY_SINCE = re.compile(r"\b(?:sedan|numera)\b[^.!?]{0,100}?\bordinarie\s+(?:verksamhet|drift|budget)|"
                             r"\bordinarie\s+(?:verksamhet|drift)\s+sedan\b", re.I)
_PAID_ONCE_BEFORE = re.compile(r"\b(?:betalades|finansierades|bekostades|betalade|finansierade|bekostade|satsade|"
                               # "Teamet startade som ett projekt 2021–2022 med 650 000 kronor ur … fond"
                               r"startade|började|inleddes)\b", re.I)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return min(ends) if ends else len(text)


_PROJECT_IN_TITLE = re.compile(r"projekt|satsning|investering|pilot|försök|förstudie", re.I)
_PROJECT_FOLDER = re.compile(r"projekt|satsning|pilot|försök|förstudie", re.I)
# A section that calls itself a project ("Projektet …", "satsningen", "en social investering").
_SELF_AS_PROJECT = re.compile(r"\b(?:projekt(?:et|en)?|satsning(?:en)?|pilot\w*|sociala?\s+investering(?:en)?)\b|"
                              + _IS_A_PROJECT, re.I)
# Labels of no project's fact: a case number, an outcome, a contact.
_NO_PROJECT_FIELDS = frozenset({"ignore", "contact"})


_INSATSER = re.compile(r"\binsatser(?:na)?\b", re.I)


def _granted_or_ending(text: str) -> bool:
    """Money or a period with an end in the text: a grant's facts, which a standing service's fact box lacks."""
    if parse_amounts(text):
        return True
    period = parse_period(text)
    return period is not None and period.end is not None


def _one_project_spoken_of(doc: Document, text: str, labs: list[_Labelled | None]) -> bool:
    """A project spoken of as one: in the definite ("Projektet", "satsningen") or a compound of its own ("Projekttid",
    "projektägare"; not "projektanställningar", anyone's), by what the text says it is, by a project's word in the
    page's title or address, by money from the fund, by a fact box's period and money, or by a period said to run.
    A page with only money, years and ages (a councillor's page, school funding rates, a podcast about the fund)
    speaks of none; nor do "fonden finansierar projekt" and "projekten"."""
    # (an address's folders by a project's own word: "/projekt/sprakstart/"; "/sociala-investeringsmedel/utvardering-2019-
    # 2024" is a page in the fund's section)
    path = urlsplit(doc.url).path.rstrip("/")
    folders, _, slug = path.rpartition("/")
    own = _without_others_projects(text)  # (another body's project the work began in runs from its own start to end)
    if _ONE_PROJECT_WORD.search(own) or _PROJECT_IN_TITLE.search(f"{doc.title or ''} {slug}") \
            or _PROJECT_FOLDER.search(folders):
        return True
    fields = {lab.field for lab in labs if lab is not None and (lab.field != "budget" or _has_digit(lab.value))}
    return ("period" in fields and "budget" in fields) or _fund_money(text) or _time_limited(own)


def _template(seg: Segment) -> bool:
    """A form to fill in ("Period: [månad år] – [månad år]", "Budget: [belopp] kronor"): half or more of its labels'
    values hold a placeholder in brackets."""
    values = [value for pairs in seg.fields.values() for _, value in pairs]
    return bool(values) and 2 * sum(1 for v in values if _PLACEHOLDER.search(v) or _INSTRUCTION.match(v)) >= len(values)


_PLACEHOLDER = re.compile(r"\[[^\]\n]{2,40}\]")
# An application form's guidance under each label: an instruction ("Ange när insatsen ska starta", "Beskriv vilka
# insatsen riktar sig till", "Fyll i budgetmallen") or a question to answer ("Vilka andra förvaltningar är med?").
_INSTRUCTION = re.compile(r"\s*(?:ange|beskriv|ge|fyll\s+i|skriv|redogör|bifoga|lista|förklara|uppge|motivera|"
                          r"berätta|välj|markera)\s|\s*(?:vad|vilka|vilken|vilket|hur|när|vem|varför)\s[^\n]*\?\s*$",
                          re.I)


def _labelled_facts(labs: list[_Labelled | None], blocks: list[Block] | None = None) -> bool:
    """A fact box's period or money: a project's facts, not a service's "Syfte" and "Målgrupp". With ``blocks``
    (the labels' blocks), a heading "Belopp" over a benefit's rate ("1 970 kronor per månad") states no money of a
    project."""
    for i, lab in enumerate(labs):
        if lab is None or lab.field not in ("period", "budget"):
            continue
        if blocks is not None and lab.field == "budget" and not lab.value and blocks[i].kind == "heading" \
                and i + 1 < len(blocks) and not parse_amounts(blocks[i + 1].text):
            continue
        return True
    return False


def _has_digit(text: str | None) -> bool:
    """A money label's value that states a sum ("Budget: 1,2 mnkr"), not an event's "Kostnad: Gratis"."""
    return bool(text) and any(c.isdigit() for c in text)


def _spoken_of_as_project(text: str) -> bool:
    return _PROJECT_ITSELF.search(text) is not None or _SELF_AS_PROJECT.search(text) is not None


def _statutory_service(text: str) -> bool:
    """A service by law ("Hemtjänst är en insats enligt socialtjänstlagen"), where no project is spoken of: not the
    state's programme ("den statliga satsningen på kompetens"), nor building work in a news teaser ("Upprustningen
    av hamnen – projektet kostar 48 miljoner")."""
    if "enligt" not in text or _STATUTORY_SERVICE.search(text) is None or _fund_money(text):
        return False
    cues = _NATIONAL_INITIATIVE.sub(" ", text) if has_any(text, _NATIONAL_KEYS) else text
    cues = _without_others_projects(cues)  # ("var daglig verksamhet med i Region Stockholms projekt …": not its own)
    return not any(not _BUILDING_WORK.search(cues, cues.rfind("\n", 0, m.start()) + 1, m.end() + 80)
                   for m in _PROJECT_ITSELF_WORD.finditer(cues))


_RUNS_VERB = re.compile(r"\b(?:pågår|pågick|startade|startar|avslutas|avslutades|inleddes|påbörjades)\b", re.I)


_SHORTEST_PROJECT_DAYS = 120


def _time_limited(text: str) -> bool:
    """Work said to run from a start to an end ("Fältgruppen startade i januari 2024 och pågår till december 2026"):
    a project, whatever it is called."""
    if not _RUNS_VERB.search(text):
        return False
    period = parse_period(text)
    if period is None or period.start is None or period.end is None \
            or (period.end.date - period.start.date).days < _SHORTEST_PROJECT_DAYS:
        return False  # (a summer's reading challenge, "pågår från den 12 juni till den 21 augusti", is an event's run)
    at = text.find(period.text)  # the verb in the period's own sentence (not "en ny grupp startar" beside a course's dates)
    if at < 0:
        return False
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return _RUNS_VERB.search(text, start, min(ends) if ends else len(text)) is not None


# Headings of a fund's guidance: questions ("Vem kan söka?") and how to apply.
_GUIDANCE_HEADING = re.compile(r"\?\s*$|\b(?:ansök\w*|söka|sök|kriterier|villkor|riktlinjer|regler|räkneexempel|"
                               r"återbetalning|redovisning|rapportering|återrapportering|utbetalning|slutrapport)\b|"
                               r"^(?:vem|vad|hur|när|var) kan\b|^så går\b|^så betalas\b|^mall\b", re.I)


# A page about a policy area or programme (a title "Social hållbarhet", "Strategi för …", "Handlingsplan …"), an
# event's page (a conference, a seminar, an invitation), the site's own pages (cookies, personal data), a method's
# ("Socioekonomisk analys"), a procurement, a report's summary or an opinion column.
_POLICY_OR_EVENT_TITLE = re.compile(
    r"^social hållbarhet$|^socialt hållbar|\bstrategi(?:n|er)?\b|handlingsplan|\bpolicy\b|^program för|fokusområden|"
    r"konferens|seminari|webbinari|inbjudan|workshop|nätverksträff|föreläsning|kalendarium|"
    # the site's own pages, and a method (cost analysis, payback) rather than a project
    r"\bkakor\b|\bcookies\b|om webbplatsen|personuppgifter|tillgänglighetsredogörelse|socioekonomisk|"

    r"\bmetodstöd\b|beräkningsmodell|beslutsunderlag|\blathund|\bchecklista|"
    # a procurement, a report's summary, an opinion column
    r"upphandling|\brapport\b|krönika|har ordet|debattartikel|^ledare\b|"
    # a yearly analysis of needs or the world around, and its summary
    r"behovsanalys|omvärldsanalys|nulägesanalys|"
    # a forecast of population or costs: figures by year and age group; a budget and its proposal
    r"prognos|\bbudget(?:en)?\s+(?:för\s+)?\d{4}|budgetförslag|förslag\s+till\s+budget|\bmål\s+och\s+budget|"
    # grants to associations, a newsletter's archive
    r"för föreningar|föreningsbidrag|föreningsstöd|nyhetsbrev|"
    # a guide to other funders' grants (each one's amounts, periods and deadlines are any applicant's), an agreement
    # between organisations (its parties, its years, its clauses)
    r"externa medel|extern finansiering|\beu-?medel\b|\bsöka bidrag\b|^överenskommelse|samverkansöverenskommelse|"
    r"^avtal om\b|"
    # a consultation response on an inquiry, an interpellation and its answer: opinions, not projects
    r"remissvar|remissyttrande|yttrande över|betänkande|\bSOU\s+\d{4}|interpellation|frågestund|"
    # a meeting's notice and agenda (item titles only), a glossary (its examples are no project's facts)
    r"^kallelse\b|föredragningslista|dagordning|\bordlista|ordförklaringar|begreppslista|\bbegrepp\b|"
    # a digest of a council's decisions (a report, a tariff, a by-election, the fund's top-up: decisions, not projects)
    r"beslut i korthet|^besluten från|^beslut från|^kort om besluten|"
    # an evaluation, follow-up or summary of the fund's investments as a whole
    r"^(?:utvärdering|uppföljning)(?:en)? av (?:\w+ ){0,3}?(?:sociala investeringar|\w*fonden\b)|"
    r"\bsammanställning\b|\bårssammanställning|\bfondens år\b|^kontakt och organisation|^organisation och kontakt|"
    # a budget document ("Mål och budget 2026 – Socialnämnden", "Verksamhetsplan 2025"): the fund's allocation, the
    # committees' goals and investments in equipment are no project's facts
    r"\bmål och budget\b|^budget (?:\d{4}|för)\b|\b(?:års|intern|detalj)budget\b|^verksamhetsplan\b|"
    r"\bbudgetförslag\b|"
    # a survey's results ("Trygghetsmätningen 2025", "Elevenkäten", "Medborgarundersökningen"), a list of reports and
    # publications (studies of the fund and of needs: their years, ages and costs are measurements)
    r"mätning(?:en)?\b|\w*enkät(?:en)?\b|undersökning(?:en)?\b|\brapporter\b|\bpublikationer\b|"
    # a programme of another policy area ("Näringslivsprogram 2025–2030", "Kulturprogram": its action plan's rows, a
    # summer job among them, are the programme's), a school's quality report
    r"\w+program(?:met)?\b|kvalitetsrapport|kvalitetsredovisning|verksamhetsrapport|"
    # a policy programme in two words ("Folkhälsopolitiskt program 2025–2030", "Bostadspolitiska programmet")
    r"\b\w+politisk[at]?\s+program(?:met)?\b",
    re.I)
# Pages that describe no project whatever they say: a call for applications ("Utlysning: sociala investeringsmedel
# 2026": its facts are the call's, and "Projektet ska …" is a criterion for any applicant's project), and a search
# in the public diary or the site (document titles and snippets, "Sök i diariet", "Sökresultat").
_NEVER_PROJECT_TITLE = re.compile(r"^utlysning\b|\butlysning av\b|^ansökningsomgång|^sök (?:externa |sociala investerings)?"
                                  r"medel\b|^sök i\b|sökresultat|\bdiari(?:et|um)\b|^sök$|"
                                  # a savings plan, a coalition's agreement: measures and promises, no funded project
                                  r"^åtgärdsplan\b|^politisk majoritet\b|^samarbetsavtal(?:et)?\b|"
                                  # a template to fill in (its placeholders and made-up example), a year in review
                                  # (its month by month of news)
                                  r"^mall(?:ar)?\b|\bmall för\b|^året som gick\b|\bårskrönika|^året i korthet\b|"
                                  # bonds that finance a region's buildings ("Sociala obligationer": loans and the
                                  # premises they pay for), a commission's inquiry and its proposals
                                  r"\bobligation(?:er|erna)?\b|\bkommission(?:en|ens)?\b|"
                                  # what others wrote (press clippings: headlines, outlets, dates), reading tips
                                  r"\bi media(?:rna)?$|\bi pressen$|pressklipp|medieklipp|^boktips\b|^lästips\b|"
                                  r"^boklista\b|^läslista\b|^filmtips\b|"
                                  # what research says about kinds of work ("Kunskapsöversikt: Tidiga insatser för
                                  # barn 0–5 år"): methods and their evidence, no funded project
                                  r"^kunskapsöversikt|^kunskapssammanställning|^forskningsöversikt|^litteraturöversikt|"
                                  r"^kunskapsunderlag|^forskningssammanställning|^evidensöversikt|"
                                  # a self-paced course about the field (its modules, made-up examples, who may take it)
                                  r"^(?:webbutbildning|e-utbildning|webbkurs|e-kurs|onlinekurs|digital\s+utbildning)\b|"
                                  # a fund's rules: its conditions ("Insatsen ska rikta sig till …") are any applicant's
                                  r"^riktlinjer\b|^regler (?:för|om)\b|^reglemente\b|^villkor (?:för|och)\b|"
                                  # a board's governance documents (who may decide what, its fees): their rows name
                                  # project money and services with ages as rules for any case ("Insatsen ska …"); a
                                  # list of thesis topics (a study of a project is no project)
                                  r"delegationsordning|arbetsordning|attestordning|\btaxa\b|\btaxor\b|årshjul|"
                                  r"internkontroll|intern kontroll|styrdokument|"
                                  r"examensarbete|\buppsats|"
                                  # an association's own pages: how financial coordination works (its worked example
                                  # is made up), its members and their fees, its articles
                                  r"^så fungerar (?:finansiell samordning|finsam|fonden|sociala investeringar)\b|"
                                  r"^medlemmar\b|\bmedlemsavgift|\bmedlemsbidrag|\bförbundsordning|"
                                  # awards and their winners ("Ungdomsstipendium", "Årets eldsjäl – nominera"), a
                                  # consultation of the citizens (its survey's dates and meetings)
                                  r"stipendi|utmärkelse|\bnominera|^tyck till\b|medborgardialog|\bdialogmöte|"
                                  r"\bmedborgarbudget|"
                                  # the notice board (protocols' notices), press photos, premises to let, a standing
                                  # council of young or old people (its members, its meetings), a project handbook
                                  r"^anslagstavla|\bkungörelse|^pressbilder|\bbildarkiv|^bildbank|lediga lokaler|"
                                  # places and jobs to apply for (each card a place's tasks, extent and start)
                                  r"praktikplatser|^lediga (?:jobb|tjänster|platser)|platsannonser|"
                                  r"lokaler att hyra|^(?:ungdoms|pensionärs|tillgänglighets|funktionshinder|"
                                  r"funktionsrätts)råd(?:et)?\b|projektmodell|projekthandbok|projektmetodik|"
                                  # a board's own page (its members, meetings, budget), foundations the municipality
                                  # manages, recruiting volunteers, contact persons or foster homes
                                  r"^[\wåäö-]*nämnden$|^kommunstyrelsen$|^(?:kommun|region)fullmäktige$|"
                                  # an open-data catalogue (its datasets' periods and updates)
                                  r"öppna data|^datamängder|\bdatakatalog|"
                                  r"stiftelse|donationsfond|volontär|^bli\s+(?:kontaktperson|stödfamilj|familjehem|"
                                  r"jourhem|god man|ledsagare|volontär|medlem)|"
                                  # plans of other kinds (a detailed development plan out for consultation, whose
                                  # "projektet" is streets and land; premises, staff supply, audits, inspections), a
                                  # company's sponsorship, a quality or patient-safety report, a crisis exercise, a
                                  # log-in page ("Projektrummet – logga in")
                                  r"\b(?:detaljplan(?:en|er)?|planprogram(?:met)?|revisionsplan(?:en)?|granskningsplan(?:en)?|"
                                  r"[\wåäö]*försörjningsplan(?:en)?|tillsynsplan(?:en)?|sponsring(?:en)?|"
                                  r"kvalitetsberättelse(?:n)?|patientsäkerhetsberättelse(?:n)?|krisövning(?:en)?|"
                                  r"beredskapsövning(?:en)?)\b|^\s*övning\b|\blogga\s+in\b|\binloggning(?:en)?$|"
                                  # what others do ("Sociala investeringar i andra kommuner och regioner")
                                  r"\bi\s+andra\s+(?:kommuner|regioner)\b|andra\s+kommuners\b|omvärldsbevakning|"
                                  r"omvärldsanalys", re.I)
# The same page kinds filed where the URL says so ("/upphandling/", "/kommunstyrelsens-ordforande-har-ordet/").
_POLICY_OR_EVENT_PATH = re.compile(r"/(?:[\w-]*upphandling[\w-]*|[\w-]*har-ordet|kronik[\w-]*|debatt[\w-]*|"
                                   r"blogg[\w-]*|remiss(?:er|svar|yttranden?)?|interpellation(?:er)?|"
                                   # the council's question time (a resident's question and a chair's answer)
                                   r"[\w-]*fr[aå]gestund[\w-]*|"
                                   # a school's own pages (its profile, classes, staff, term dates)
                                   r"v[aå]ra-(?:skolor|f[oö]rskolor|grundskolor|gymnasieskolor))/", re.I)


def _is_faq(blocks: list[Block]) -> bool:
    """Questions and answers or a fund's guidance: at least two headings, at least half of them questions or about
    applying ("Vem kan söka medel?", "Så går ansökan till", "Räkneexempel"). Under a generic title ("Sociala
    investeringsfonden") the answers' amounts and dates are the fund's rules, not a project's facts."""
    headings = [b.text for b in blocks if b.kind == "heading" and b.level >= 2]
    return len(headings) >= 2 and sum(bool(_GUIDANCE_HEADING.search(h)) for h in headings) * 2 >= len(headings)


def _heading_of(seg: Segment, order: dict[str, int], default: int | None = None) -> int | None:
    """The index of the heading a segment is titled by (by its title or, for "Place: Name", its evidence)."""
    h = order.get(seg.title or "")
    return h if h is not None else order.get(seg.title_evidence or "", default)


_NONE_SPOKEN_OF = re.compile(r"\b(?:inga|inget)\s+(?:\w+\s+)?(?:projekt|satsning\w*|insatser|ansökningar)\b", re.I)


def _with_unlabelled_siblings(blocks: list[Block], labs: list[_Labelled | None],
                              label_segs: list[Segment], page_title: str | None = None) -> list[Segment]:
    """The label blocks, and in page order with them each section under a heading of the same level as theirs that
    describes a project in prose instead (no labelled line, the project spoken of, a period or an amount and more:
    3 points). A page that lists most projects with labels may give one as a paragraph ("Projektet pågår från den 1
    januari 2024 …"); prose under other headings (an introduction, "Vill du söka medel?") is still no project.
    Under a heading or a page title that lists projects ("Beviljade 2025", "Pågående projekt") the list says what
    its items are, and a name with one sentence about the project is enough (1 point, as for a section there)."""
    # (a title is its heading, or what it names after the places before a colon: "Nykvarn: Tidiga tecken")
    titled = {t for s in label_segs for t in (s.title, s.title_evidence) if t}
    heads = {i: b for i, b in enumerate(blocks) if b.kind == "heading" and b.level >= 2}
    levels = {b.level for b in heads.values() if b.text in titled}
    if not levels:
        return label_segs
    order = {b.text: i for i, b in heads.items()}
    extra: list[Segment] = []
    page_listed = bool(page_title) and _is_list_context(page_title) and not _is_faq(blocks)
    parent: dict[int, str] = {}  # the text of the nearest heading above, one level up
    for i, b in heads.items():
        if b.level not in levels or b.text in titled or _is_generic_heading(b.text) or _is_list_heading(b.text):
            parent[b.level] = b.text
            continue
        parent[b.level] = b.text
        up = next((parent[lv] for lv in sorted(parent, reverse=True) if lv < b.level), None)
        own = []
        for j in range(i + 1, len(blocks)):
            nb = blocks[j]
            if nb.kind == "heading" and nb.level <= b.level:
                break
            if nb.kind != "heading":
                own.append((nb, labs[j]))
        if not own or any(lab is not None for _, lab in own):
            continue
        body = [nb for nb, _ in own if nb.kind in ("p", "li")]
        text = b.text + "\n" + "\n".join(nb.text for nb in body)
        # ("Inga projekt har beviljats ännu" under a municipality's name speaks of none)
        listed = (page_listed or (up is not None and _is_list_context(up))) and not _NONE_SPOKEN_OF.search(text)
        if body and _has_project_word(text, fold(text)) and _score_at_least(text, 1 if listed else 3):
            extra.append(Segment("section", title=_without_place_lead(b.text), title_evidence=b.text, blocks=body))
    if not extra:
        return label_segs
    # A page read as one labelled project lent it all its text; now that it holds more, each labelled project
    # keeps what stands under its own heading.
    index = {id(b): i for i, b in enumerate(blocks)}
    for seg in label_segs:
        h = _heading_of(seg, order)
        if h is None:
            continue
        end = next((i for i in sorted(heads) if i > h and heads[i].level <= heads[h].level), len(blocks))
        seg.blocks = [b for b in seg.blocks if h < index.get(id(b), -1) < end]
        seg.lead = [b for b in seg.lead if h < index.get(id(b), -1) < end]
    pos = {id(s): _heading_of(s, order, len(blocks)) for s in label_segs + extra}
    return sorted(label_segs + extra, key=lambda s: pos[id(s)])


# The words that refer to one project only ("Projektet pågår …"); "Arbetet", "Verksamheten" may be anything's.
_PROJECT_ITSELF = re.compile(r"\b(?:Projektet|Satsningen|Insatsen|Investeringen)\b")


def _only_fund_spoken_of(page_title: str | None, text: str) -> bool:
    """A page titled by the fund ("Kommunfullmäktige avsätter 10 miljoner kronor till ny social investeringsfond")
    is about the fund, its money and its rules, unless its text speaks of one project itself ("Projektet …"): the
    fund's period and amounts are not a project's, and "Arbetet görs i samverkan med …" is the fund's work."""
    if not page_title:
        return False
    title = fold(page_title)
    if "fond" in title and _PROJECT_ITSELF.search(text) is None:
        return True
    # the fund's money by its other names ("Sociala investeringsmedel", "Medel för sociala investeringar"), on a page
    # that tells who may apply for it: a definite word there is the rules' ("Insatsen ska vara tidsbegränsad")
    return ("investeringsmedel" in title or "sociala investeringar" in title) and _WHO_MAY_APPLY.search(text) is not None


_WHO_MAY_APPLY = re.compile(r"\b(?:kan|får|kunde)\s+(?:också\s+|även\s+)?(?:an)?söka\b|\bsöka\s+(?:medel|pengar)\b", re.I)


def _has_definite_project(text: str) -> bool:
    """``bool(_DEFINITE_PROJECT.search(text))``: that pattern matches only where _DEFINITE_WORDS does, so it is
    tried at each of those places, found by the faster search, in order."""
    m = _DEFINITE_WORDS.search(text)
    while m is not None:
        if _DEFINITE_PROJECT.match(text, m.start()):
            return True
        m = _DEFINITE_WORDS.search(text, m.start() + 1)
    return False


def _definite_project_spoken_of(text: str) -> bool:
    """``_has_definite_project``, but not a definite word that speaks of other work (``_other_work``)."""
    m = _DEFINITE_WORDS.search(text)
    while m is not None:
        if _DEFINITE_PROJECT.match(text, m.start()) and not _other_work(text, m):
            return True
        m = _DEFINITE_WORDS.search(text, m.start() + 1)
    return False


_STATUTE_SECTION = re.compile(r"^\s*\d{1,3}\s*§\s")


def _is_statute(blocks: list[Block]) -> bool:
    """A statute or regulation ("Lokala ordningsföreskrifter": "7 § Arbete på offentlig plats", "8 § Affischering"):
    three or more of its paragraphs or headings begin with a number before "§" (a protocol's items put "§" first)."""
    return sum(1 for b in blocks if b.text[:1].isdigit() and _STATUTE_SECTION.match(b.text)) >= 3


_DOCUMENT_VERB = re.compile(r"\s+(?:genomförs|följs\s+upp|gäller|antogs|beskriver|revideras|innehåller|ska\s+följas)\b")


def _other_work(text: str, m: re.Match[str]) -> bool:
    """A definite word that speaks of other work than a project: "Arbetet med visionen", "Arbetet med heltid som norm",
    or "Projektet" after building work ("… om- och tillbyggnaden av Vikmanshyttans skola. Projektet har en budget på
    58 miljoner")."""
    if m.group(0) == "Arbetet" and text.startswith(" med ", m.end()):
        return True
    if m.group(0) == "Programmet" and _DOCUMENT_VERB.match(text, m.end()):
        return True  # a policy programme as a document: "Programmet genomförs inom nämndernas budgetar", "… följs upp"
    end = text.find(".", m.end())
    if _STANDING.search(text, m.end(), end if end >= 0 else len(text)):
        return True  # on a generic page, a project told as now ordinary: "Projektet avslutades 2021, och i dag är
        # språkcaféet en del av bibliotekets ordinarie verksamhet" (a programme's page)
    before = text.rfind(".", 0, max(0, text.rfind(".", 0, m.start())))  # the sentence before and this one
    return _BUILDING_WORK.search(text, max(0, before), m.start()) is not None


_DASH_QUOTE = re.compile(r"^\s*[-–—]\s")


def _is_aside_line(b: Block, lab: _Labelled | None) -> bool:
    """A quotation ("- …, säger X") or a contact line inside an article: not the project's description. ``lab``:
    the block's label."""
    return bool(_DASH_QUOTE.match(b.text)) or (lab is not None and lab.field in ("contact", "ignore"))


_TEASER_SENTENCE = re.compile(r"[.!?…]\s*$")


def _teaser_segments(blocks: list[Block]) -> list[Segment]:
    """A news list's items, each a date and category line, a headline and a teaser of sentences: those whose teaser
    names one project (after "projektet"/"satsningen", or quoted) and states facts of it (money, a period, a target
    group) are projects, titled by that name (the headline is news, "1,3 miljoner till läxhjälp i Blomstermåla") and
    described by the teaser. Road works, a call for applications or a yearly summer programme name no project."""
    items = [b for b in blocks if b.kind == "li" and "\n" in b.text]
    if len(items) < 3:
        return []
    segs = []
    for b in items:
        prose = [line.strip() for line in b.text.split("\n") if len(line.strip()) >= 60
                 and _TEASER_SENTENCE.search(line)]
        if not prose:
            continue
        text = "\n".join(prose)
        names = named_in_prose(text) + unquoted_names(text)
        keys = {_norm_title(n) for n, _ in names}
        if len(keys - set(_extensions(keys))) != 1 or not _score_at_least(text, 2):
            continue
        name, ev = _shortest_form(names)
        segs.append(Segment("list-item", title=name, title_evidence=ev, blocks=[Block("p", p) for p in prose]))
    return segs


# A count of two or more, in words or digits.
_SEVERAL = (r"(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|"
            r"tjugo|trettio|\d+)")
# A fund's grants counted with their sum: "Hittills har fonden beviljat drygt 21 miljoner kronor till elva insatser",
# "Sedan 2023 har 14 insatser i åtta kommuner fått sammanlagt 19,6 miljoner kronor", "Under 2024 beviljade nämnden 6,9
# miljoner kronor till tre nya sociala investeringar".
_SEVERAL_WORKS = rf"{_SEVERAL}\s+(?:(?:nya|olika)\s+)?(?:projekt|satsningar|insatser|sociala\s+investeringar)"
_GRANTS_TO_SEVERAL = re.compile(rf"\b(?:beviljat|beviljade|beviljats|fördelat|fördelade|delat\s+ut|delade\s+ut)\b[^.!?\n]{{0,80}}?"
                                rf"\btill\s+(?:totalt\s+|sammanlagt\s+)?{_SEVERAL_WORKS}\b|\b{_SEVERAL_WORKS}\b[^.!?\n]{{0,60}}?"
                                rf"\b(?:fått|har\s+fått|fick)\b[^.!?\n]{{0,40}}?(?:kronor|miljoner|mkr|mnkr|tkr)", re.I)
# (every match holds one of them; the verbs may open a sentence)
_GRANTS_KEYS = ("bevilja", "Bevilja", "fördela", "Fördela", "delat ut", "delade ut", "fått", "fick")
_ABOUT_SEVERAL = re.compile(rf"\b{_SEVERAL}\s+(?:(?:nya|pågående|aktiva|beviljade|avslutade|olika)\s+)?"
                            r"(?:projekt|satsningar|insatser|"
                            r"sociala investeringar)\b|\b(?:projekten|satsningarna|insatserna)\b", re.I)


def _about_several(text: str, sections) -> bool:
    """The page counts its projects ("Under året finansierade förbundet sju insatser"), outside a section about the
    fund itself (whose "Sedan dess har elva satsningar fått pengar" counts the fund's, not the page's)."""
    if not _ABOUT_SEVERAL.search(text):
        return False
    return _ABOUT_SEVERAL.search("\n".join(b.text for b in _single_project_blocks(sections))) is not None


def _paragraph_segments(sections, label_by_id: dict[int, _Labelled]) -> list[Segment]:
    """News style: paragraphs that introduce a named project (quoted name, apposition). ``label_by_id``: the
    labels of the page's blocks, by ``id``.

    One name in a section: the whole section is about it. Several: each naming paragraph with the paragraphs
    after it, up to the next name, quotation or heading.
    """
    segs: list[Segment] = []
    for heading, own, ctx in sections:
        named = [(j, names[0]) for j, b in enumerate(own) if b.kind == "p" for names in [named_in_prose(b.text)]
                 if names]
        if len({_norm_title(n[0]) for _, n in named}) < 2:
            # Names without quotes ("Satsningen Läxhjälp i Ronna startar …", "Projektet Föräldrakraft ska …"), also
            # beside one quoted name in another paragraph ("”Kvällsvandrarna” heter …"), split a section when they are
            # two or more; one is the page's project (step 6 takes its name).
            quoted = dict(named)
            # (a grant's paragraph may name its project only bare: "tilldelas 480 000 kronor för att fortsätta med
            # Språkstegen, som startade … I Språkstegen får elever …")
            mixed = [(j, (quoted[j] if j in quoted else _shortest_form(names))) for j, b in enumerate(own)
                     if b.kind == "p" for names in [[] if j in quoted else
                                                    (unquoted_names(b.text) or _bare_name_of_grant(b.text))]
                     if j in quoted or names]
            keys = {_norm_title(n[0]) for _, n in mixed}
            longer = _extensions(keys)
            if len(keys - set(longer)) >= 2:
                # A name that extends another is that one: the paragraph continues its project.
                named = [(j, (name, ev)) for j, (name, ev) in mixed if _norm_title(name) not in longer]
        if not named:
            continue
        distinct = {_norm_title(n[0]) for _, n in named}
        if len(distinct) == 1:
            first = named[0][0]
            body = [b for j, b in enumerate(own) if b.kind in ("p", "li") and not _is_aside_line(b, label_by_id.get(id(b)))
                    and (j >= first or not _ABOUT_SEVERAL.search(b.text))]
            # (an introduction before the name about several projects, "bevilja 2,6 miljoner … till två satsningar",
            # is the news's, not this project's)
            name, ev = named[0][1]
            if _score_at_least("\n".join(b.text for b in body), 1):
                segs.append(Segment("paragraph", title=name, title_evidence=ev, blocks=body, context=ctx))
            continue
        segs.extend(_split_at_names(own, named, label_by_id, ctx, 1))
    return segs


def _split_at_names(own: list[Block], named: list, label_by_id: dict[int, _Labelled], ctx: list[str],
                    need: int) -> list[Segment]:
    """One segment per naming paragraph (``named``: its index in ``own`` and its (name, evidence)), with the
    paragraphs after it up to the next name, a quotation or a block that is no paragraph; kept when the naming
    paragraph scores ``need``."""
    segs = []
    starts = [j for j, _ in named]
    for (j, (name, ev)), nxt in zip(named, starts[1:] + [len(own)]):
        body = [own[j]]
        for b in own[j + 1:nxt]:
            if b.kind not in ("p", "li") or _is_aside_line(b, label_by_id.get(id(b))) or _another_grant(b.text):
                break
            body.append(b)
        if _score_at_least(own[j].text, need):
            segs.append(Segment("paragraph", title=name, title_evidence=ev, blocks=body, context=ctx))
    return segs


# A paragraph that tells of a grant of its own ("Markaryds kommun tilldelas 480 000 kronor för att …", "Till Alvesta går
# 1,2 miljoner kronor") or of refused applications ("Två ansökningar fick avslag"): no continuation of the project
# named before it.
_OWN_GRANT = re.compile(r"\b(?:tilldelas|tilldelades|beviljas|beviljades|får|fick)\s+(?:också\s+|även\s+)?"
                        r"(?:drygt\s+|nästan\s+|cirka\s+)?\d[\d\s\u00a0,]*\s*(?:kronor|kr|tkr|mnkr|miljon\w*)|"
                        r"\b(?:går|gick)\s+(?:\d[\d\s\u00a0,]*\s*(?:kronor|kr|tkr|mnkr|miljon\w*)\s+)?till\s+[A-ZÅÄÖ]", re.I)


def _another_grant(text: str) -> bool:
    grant = _OWN_GRANT.search(text)
    # (not the grant of the work the paragraph before named, said by its definite word: "Insatsen får 1,6 miljoner
    # kronor ur fonden")
    if grant is not None and _BACK_REFERENCE.search(text, max(0, grant.start() - 30), grant.start()):
        grant = None
    return grant is not None or (has_any(text, _REFUSED_WORDS) and _REFUSED.search(text) is not None)


_BACK_REFERENCE = re.compile(r"\b(?:[Ii]nsatsen|[Ss]atsningen|[Pp]rojektet|[Aa]rbetet|[Ii]nvesteringen|[Pp]iloten|[Dd]en|[Dd]et)"
                             r"\s+(?:[a-zåäö]+\s+)?$")


_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]{3,}\b")


def _bare_name_of_grant(text: str) -> list[tuple[str, str]]:
    """The one capitalised word a grant's paragraph says twice or more, once inside a sentence, that is no place, body
    or sentence's first word only ("Språkstegen"): its project's bare name, with its first sentence. Else none."""
    if not _another_grant(text):
        return []
    counts: dict[str, int] = {}
    inside: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        counts[word] = counts.get(word, 0) + 1
        before = text[max(0, m.start() - 2):m.start()]
        if m.start() > 0 and not before.endswith((". ", "! ", "? ", "\n")):
            inside.add(word)
    names = [w for w, n in counts.items() if n >= 2 and w in inside and not _AUTHORITY_WORDS.search(w)
             and not orgs.find_municipalities(w) and not orgs.find_regions(w)
             and not re.search(rf"\b{w}s?\s+(?:kommun|stad|län|region)\b", text)]
    if len(names) != 1:
        return []
    end = text.find(". ")
    return [(names[0], text[:end + 1 if end >= 0 else len(text)])]


def _named_paragraphs(own: list[Block], label_by_id: dict[int, _Labelled], ctx: list[str]) -> list[Segment]:
    """A section's paragraphs that each introduce a different named project ("Projektet ”Språkstart i förskolan”
    beviljades …", "Satsningen Sommarlovsjobb med stöd pågick …", "Den tredje satsningen, Hälsolots för äldre,
    startar …"): one segment per naming paragraph with the paragraphs after it up to the next name, when two or more
    such paragraphs state facts. Else none (the section is read as a whole)."""
    if sum(1 for b in own if b.kind == "p") < 2:
        return []
    named = []
    for j, b in enumerate(own):
        if b.kind == "p":
            names = named_in_prose(b.text) or unquoted_names(b.text)
            if names and (not named or _norm_title(names[0][0]) != _norm_title(named[-1][1][0])):
                named.append((j, names[0]))
    if len({_norm_title(n[0]) for _, n in named}) < 2:
        return []
    segs = _split_at_names(own, named, label_by_id, ctx, 2)
    return segs if len(segs) >= 2 else []


# A section about the fund itself on a project's page ("Om fonden", "Alvesta kommuns sociala investeringsfond",
# "Fonden i siffror"): its sums and dates are the fund's, not the project's.
_FUND_SECTION_HEADING = re.compile(
    r"(?:om\s+)?(?:den\s+|kommunens\s+|regionens\s+|(?:[\wåäö-]+\s+)?[\wåäö-]+s\s+)?(?:sociala\s+)?"
    r"(?:(?:investerings)?fond(?:en)?(?:\s+i\s+(?:siffror|korthet))?|"
    # the money by its other names: "Om förbundets medel för sociala investeringar", "Sociala investeringsmedel"
    r"(?:investerings)?med(?:el|len)(?:\s+för\s+sociala\s+investeringar)?)\s*:?", re.I)


def _single_project_blocks(sections) -> list[Block]:
    """The blocks of a one-project page, without sections that are lists of people or page services, nor a section
    about the fund (unless the page has nothing else)."""
    kept: list[Block] = []
    with_fund: list[Block] = []  # the same, the fund's sections kept
    for heading, own, _ctx in sections:
        if heading is not None and _is_furniture_heading(heading.text):
            continue
        blocks = ([heading] if heading is not None else []) + list(own)
        with_fund.extend(blocks)
        if heading is None or not _FUND_SECTION_HEADING.fullmatch(heading.text.strip()):
            kept.extend(blocks)
    return kept if any(b.kind in ("p", "li") for b in kept) or len(kept) == len(with_fund) else with_fund


def _name_table_row(seg: Segment, prose_names: list[tuple[str, str]]) -> None:
    """A row's title: a name the prose gives it, else the project cell when it reads as a name."""
    cell = seg.cells.get("project", "").strip()
    for name, ev in prose_names:
        if cell.lower().startswith(name.lower()):
            seg.title, seg.title_evidence = name, ev
            return
    first, _, rest = cell.partition("\n")
    if rest.strip() and _reads_as_name(first):
        # "Unga in i jobb" (a link), a line break, then what it is: the name titles the row, the rest describes it
        seg.title, seg.title_evidence = first.strip(), cell
        seg.cells.setdefault("description", rest.strip())
        seg.blocks = [Block("p", first.strip())]
        return
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", cell).strip()
    if _reads_as_name(bare):
        seg.title, seg.title_evidence = bare, cell


def _reads_as_name(text: str) -> bool:
    """At most ten words and no sentence: a name, not a description."""
    return bool(text.split()) and len(text.split()) <= 10 and not re.search(r"[.!?]\s*$", text) \
        and not re.search(r"[.;]\s", text)


_NON_WORD = re.compile(r"\W+")


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _with_rows(segs: list[Segment], rows: list[Segment]) -> list[Segment]:
    """Sections that tell the projects a table lists, each given its row's cells that it lacks (the amount, the
    period, the municipality, the responsible board of "Kommun | Insats | Belopp | Period"): one record per project
    with the facts of both."""
    by_title = {_norm_title(r.title): r for r in rows if r.title}
    for seg in segs:
        row = by_title.get(_norm_title(SECTION_NO.sub("", seg.title or "", count=1)))
        if row is None:
            continue
        own = "\n".join(b.text for b in seg.blocks)
        for role, value in row.cells.items():
            if role in ("project", "description") or role in seg.cells:
                continue
            if role in ("budget", "amount") and _MONEY_WORD.search(own) \
                    or role == "period" and _YEAR.search(own) and (p := parse_period(own)) is not None \
                    and (p.start is not None or p.end is not None):
                continue  # the section's own words say it (a total with a co-payer, where the row has the grant)
            seg.cells[role] = value
        if seg.unit_hint is None:
            seg.unit_hint = row.unit_hint
    return segs


def _told_in_sections(rows: list[Segment], blocks: list[Block]) -> bool:
    """Every table row names a project that a heading of the page's own heads a section about ("4.2 Hemmaplanslaget"
    over its paragraphs, then "Investeringarna i siffror"): the sections tell them, the table sums them up."""
    headings = {_norm_title(SECTION_NO.sub("", b.text, count=1)) for b in blocks if b.kind == "heading" and b.level >= 2}
    return len(rows) >= 1 and all(r.title and _norm_title(r.title) in headings for r in rows)


def _norm_title(t: str) -> str:
    return _NON_WORD.sub(" ", t.lower()).strip()


def _two_of_one_name(a: Segment, b: Segment) -> bool:
    """Two projects of the same name (one per municipality on a region's page): each states its own period, amount
    or target group, and they differ. A page telling one project twice states them alike or once."""
    return any(a.fields.get(f) and b.fields.get(f) and [v for _, v in a.fields[f]] != [v for _, v in b.fields[f]]
               for f in ("period", "budget", "target_group"))


def _merge_same_title(segs: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    by_title: dict[str, Segment] = {}
    for s in segs:
        key = _norm_title(s.title) if s.title else None
        if key and key in by_title and not _two_of_one_name(by_title[key], s):
            keep = by_title[key]
            keep.blocks.extend(b for b in s.blocks if b not in keep.blocks)
            for f, vals in s.fields.items():
                for v in vals:
                    if v not in keep.fields.get(f, []):
                        keep.add(f, *v)
            continue
        if key:
            by_title[key] = s
        out.append(s)
    return out

