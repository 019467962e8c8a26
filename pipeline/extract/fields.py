"""Turn one project segment into a record: every value with the snippet of page text it came from.

A labelled field ("Syfte: …") is read first; only when the page has no label for a field do we look for
it in the segment's prose, and then only with patterns specific enough to be right. A null is better
than a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, replace

from pipeline.extract import labels
from pipeline.extract.segment import FUND_NOUN, REPORT_PREFIX, SECTION_NO, TOTAL_HEAD, Segment, is_generic_page_title
from pipeline.swedish import orgs
from pipeline.swedish._scan import find_all, finditer_at, fold, has_any
from pipeline.swedish.dates import (EARLIER_PHASE_RE, EXTENSION_LEAD, LATER_PHASE_RE, MONTH_NAMES,
                                     WHEN_BEFORE_RE, FuzzyDate, Period, parse_fuzzy_date, parse_period)
from pipeline.swedish.money import Amount, parse_amount, parse_amounts, parse_bare_kronor, unit_multiplier
from pipeline.swedish.reference import by_code
from pipeline.swedish.staffing import Staffing, parse_staffing
from pipeline.swedish.targets import parse_target
from pipeline.themes import themes_in

EVIDENCE_MAX = 300


@dataclass(frozen=True)
class Publisher:
    name: str
    code: str | None
    type: str  # kommun | region | other


@dataclass
class PageContext:
    url: str
    publisher: Publisher | None
    page_date: dt.date | None
    page_title: str | None
    page_text: str  # the page's content text outside segments: intro, headings (for page-level funders)
    page_statuses: list[str]

    @functools.cached_property
    def intro_funders(self) -> tuple[list[str], str | None]:
        """Funders the page's text outside its projects names, read once per page (every table row uses them)."""
        amounts = [a for a in parse_amounts(self.page_text) if a.funder and not _from_own_fund(a, self.publisher)]
        pub = self.publisher
        if pub is not None and pub.type in ("kommun", "region"):
            # "Region Västmanland avsätter varje år 3 miljoner …", "Laxå kommun avsatte 2021 fem miljoner kronor till
            # en social investeringsfond": its social investment fund's money, no funder (a samordningsförbund's
            # money is named as a funder on its own pages; "Insatserna finansieras av Eskilstuna kommun och …" names
            # the municipality as one, below)
            amounts = [a for a in amounts if not _is_publisher(a.funder, pub)]
        prose = [m for m in _prose_matches(_FUNDER_PROSE, self.page_text, self.page_text, _FUNDER_STARTS)
                 if not _share_of_something_else(self.page_text, m)]
        names = [a.funder for a in amounts] + [o for m in prose for o in _named_orgs_from(m.group(1))]
        snippets = [a.text for a in amounts] + [m.group(0) for m in prose]
        if pub is not None and pub.type in ("kommun", "region"):
            names = [n for n in names if n.casefold() != pub.name.casefold()]
        return names, (_ev("; ".join(snippets)) if names and snippets else None)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9”\"])")
# A purpose sentence in prose must be about the project itself, not about social investment in general.
_PURPOSE_SENT = re.compile(
    r"^(?:(?:projektet|satsningen|insatsen|investeringen|verksamheten|programmet)(?:s (?:syfte|mål))?\s+"
    r"(?:syftar|syftade|ska bidra|skulle bidra|har som (?:syfte|mål)|hade som (?:syfte|mål)|vill|ville|"
    r"(?:(?<=s syfte )|(?<=s mål ))(?:är|var) att|"  # "Projektets mål är att …"
    r"ska\s+(?:öka|minska|stärka|förbättra|bidra|skapa|ge|motverka))|"
    # ("Tanken med Hemmaplan är att …" states it; "Tanken är att …" alone is read as an aside, as annotators did)
    r"(?:(?:det övergripande |det långsiktiga |huvudsakliga )?(?:syftet|målet)|(?:tanken|avsikten|idén)(?= med ))"
    r"(?: med (?:projektet|satsningen|insatsen|"
    r"investeringen|arbetet|modellen|verksamheten|teamet|piloten|initiativet|(?:fas|etapp|steg)\s+\d+|(?-i:[A-ZÅÄÖ])[^.!?:]{0,60}?))?\s+(?:är|var))", re.I)
_STATED_PURPOSE = re.compile(r"(?:det övergripande |det långsiktiga |huvudsakliga )?(?:syftet|målet)\b", re.I)
_TARGET_SENT = re.compile(r"\b(målgrupp(en|er)?|(?:riktar|riktade) sig (främst |i första hand )?till|(?:vänder|vände) "
                          r"sig (främst |i första hand )?till|(?:är|var) till för|(?:erbjuds|erbjöds) till|"
                          # the writer's "vi": "Vi vänder oss till unga mellan 15 och 20 år"
                          r"(?:vänder|riktar|vände|riktade) oss (främst |i första hand )?till)\b|"
                          # who may take part, said to the reader: "Du som är 18–25 år och varken arbetar eller studerar
                          # kan vara med" (not "Du som vill veta mer kan kontakta …": a way in, not who)
                          r"^(?:du|ni) som\s[^.!?]{3,200}?\b(?:(?:kan|får) (?:vara med|delta|söka|ansöka|anmäla)|"
                          r"är välkomn(?:a|en)\b)", re.I)
# The staffing labels that count full-time posts (not "Bemanning", "Personal", "Resurser"), and the value they take
# when it is a bare number ("Tjänster: 2,5").
_POSTS_LABELS = frozenset(w for w in labels.LABELS["staffing"] if w not in ("bemanning", "personal", "resurser"))
_BARE_POSTS = re.compile(r"\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*")
_TIMES_SHARE = re.compile(r"(?:^|(?<=[\s,:]))([1-9])\s*[x×]\s*(\d{1,3})\s*(?:%|procent)")  # (also "två coacher, 2 x 50 %")
# An earlier project named before a partner phrase in its sentence. Narrower than dates' _EARLIER_PROJECT_RE on
# purpose: "bygger på tidigare samarbete … i samverkan med X" names this project's partner.
_EARLIER_PROJECT_BEFORE = re.compile(r"(?:erfarenheter(?:na)?\s+(?:från|av)|bygger\s+på|byggde\s+på|fortsättning\s+på|"
                                     r"(?:prövades|testades|provades)\s+(?:först\s+)?i)"
                                     r"\s+(?:\w+\s+){0,3}?(?:projektet|satsningen|insatsen)\b", re.I)
# A word of every _EARLIER_PROJECT_BEFORE alternative, in the folded text.
_EARLIER_PROJECT_KEYS = ("erfarenheter", "bygger på", "byggde på", "fortsättning på", "prövades", "testades", "provades")


def _about_earlier_project(text: str, pos: int) -> bool:
    """The sentence up to ``pos`` is about an earlier project this one builds on ("Nästa steg bygger på erfarenheterna
    från projektet Ung kraft, som … fick 1,2 miljoner kronor från Allmänna arvsfonden"): what follows is that
    project's."""
    return pos >= 0 and _EARLIER_PROJECT_BEFORE.search(text, max(0, text.rfind(".", 0, pos) + 1), pos) is not None


_PARTNER_PROSE = re.compile(
    r"(?:i (?:(?:ett\s+)?(?:nära|nära och \w+|tät|tätt|bred|brett|god|gott|aktiv|aktivt)\s+)?(?:samverkan|samarbete) med|"
    r"samarbetar med|samverkar med|samarbetade med|samverkade med|tillsammans med|ett samarbete mellan|"
    # help named: "Vi har också hjälp av Studieförbundet Vuxenskolan Dalarna, som …, och av Röda Korset i Leksand"
    r"(?:har|hade|får|fick)\s+(?:också\s+|även\s+|dessutom\s+)?hjälp\s+(?:av|från)|"
    # an IOP: "drivs av Räddningsmissionen i ett idéburet offentligt partnerskap med socialförvaltningen"
    r"i\s+(?:ett\s+)?(?:idéburet\s+offentligt\s+)?partnerskap\s+med|"
    # "Med oss i arbetet finns A, B och C", "Med i satsningen är också A och B"
    r"med\s+oss\s+i\s+(?:arbetet|projektet|satsningen|insatsen)\s+(?:finns|är|har\s+vi)(?:\s+också|\s+även)?|"
    # "I arbetet deltar också RF-SISU Dalarna …", "I projektet medverkar även socialförvaltningen"
    r"i\s+(?:arbetet|projektet|satsningen|insatsen)\s+(?:deltar|deltog|medverkar|medverkade)(?:\s+också|\s+även)?|"
    # the verb first: "I det dagliga arbetet samverkar projektet med ungdomsmottagningen, …"
    r"(?:samverkar|samarbetar)\s+(?:projektet|satsningen|insatsen|teamet|vi|(?-i:[a-zåäö]+(?:en|et|na)))\s+(?:också\s+|även\s+)?med|"
    # the work's place between the verb and its partners: "Fritidsgården samarbetar i projektet med Västergårdsskolan"
    r"(?:samverkar|samarbetar|samverkade|samarbetade)\s+(?:också\s+|även\s+)?i\s+(?:projektet|satsningen|insatsen|arbetet)"
    r"\s+med|"
    # the ones who said yes, listed: "Tre skolor har tackat ja till att vara med: A, B och C"
    r"(?:har\s+|hade\s+)?(?:tackat\s+ja|lovat)\s+(?:till\s+)?att\s+(?:vara\s+med|delta|medverka)(?:\s+i\s+[\wåäö]+)?:|"
    # the ones who joined, listed: "Tre lokala aktörer har gått in i arbetet: A, B och C"
    r"(?:har\s+|hade\s+)?(?:gått|gick)\s+in\s+i\s+(?:arbetet|projektet|satsningen|insatsen)(?:\s+som\s+[\wåäö]+)?:|"
    # the ones taking part, by name after a count of them: "Ett tiotal arbetsgivare är med i projektet, bland annat X"
    # the ones taking part, listed after a colon: "Två föreningar är med och bidrar med aktiviteter: A, som …, och B"
    r"(?:är|var)\s+(?:också\s+|även\s+)?med(?:\s+i\s+(?:projektet|satsningen|insatsen|arbetet))?(?:\s+och\s+[^.:;!?\n]{1,60}?)?:|"
    # the ones who helped: "Bland dem som hjälpte till fanns A, B och C"
    r"bland\s+(?:dem|de)\s+som\s+(?:hjälpte|hjälper|bidrog|bidrar|deltog|deltar|medverkade|medverkar|ställde|ställer)"
    r"(?:\s+(?:till|upp))?\s+(?:fanns|finns|var|är|märks|märktes)(?:\s+(?:också|även))?|"
    r"(?:är|var)\s+(?:också\s+|även\s+)?med(?:\s+i\s+(?:projektet|satsningen|insatsen|arbetet))?,\s+(?:bland\s+annat|bl\.\s?a\.|"
    r"till\s+exempel|t\.\s?ex\.)|"
    r"samverkan mellan|samarbete mellan|"
    # "Samverkan skedde framför allt med Säters bibliotek, …"
    r"(?:samverkan|samarbetet?)\s+(?:skedde|sker|har\s+skett)\s+(?:framför\s+allt\s+|främst\s+|också\s+)?med|"
    # the partners as a label's sentence ("Samverkansparter är Mönsterås kommun, …") or the ones also taking part
    # ("Med i arbetet är också Bris och Rädda Barnen")
    r"(?:samverkans|samarbets)part(?:er|ner|ners|en|erna)\s+(?:i\s+(?:projektet|satsningen|insatsen|arbetet)\s+)?(?:är|var)|"
    # the subject first, then an adverb: "Insatsen samarbetar också med Arbetsmarknadsenheten"
    r"(?:samarbetar|samverkar|samarbetade|samverkade)\s+(?:också|även|dessutom)\s+med|"
    # "görs i partnerskap med Polisen", "Projektet involverar också Hushållningssällskapet …"
    r"i\s+partnerskap\s+med|involverar(?:\s+också|\s+även)?|ihop\s+med|sida\s+vid\s+sida\s+med|"
    # "Till arbetsgruppen hör också representanter för elevhälsan och för BUP"
    r"till\s+(?:arbetsgruppen|styrgruppen|referensgruppen)\s+hör(?:\s+också|\s+även)?(?:\s+representanter\s+(?:för|från))?|"
    # who sits with the work: "I projektets styrgrupp sitter också Arbetsförmedlingen", "Vi har ett gemensamt
    # planeringsmöte med Barnavårdscentralen …"
    r"i\s+(?:projektets\s+|satsningens\s+|insatsens\s+)?(?:styr|referens|arbets|projekt)grupp(?:en)?\s+(?:sitter|finns|satt|fanns)"
    r"(?:\s+också|\s+även)?(?:,\s+(?:förutom|utöver)\s+[^,.;:]{1,80},)?(?:\s+(?:representanter|företrädare)\s+(?:för|från))?|"
    r"(?:gemensamt|gemensamma|regelbundna|täta|fasta|återkommande)\s+(?:planerings|samverkans|samarbets)?(?:möte|möten|träffar|"
    r"avstämningar|avstämningsmöten)\s+med|"
    # "i samråd med Landskrona stadsbibliotek", "planeras och leds gemensamt med X", "hade ett nära samarbete med X"
    r"i\s+samråd\s+med|(?<=\s)gemensamt\s+med|(?:har|hade)\s+(?:också\s+|även\s+)?(?:ett\s+)?(?:nära|gott|tätt|bra)?\s*samarbete\s+med|"
    # "Projektet kommer att arbeta nära Munkforshem och Hyresgästföreningen" (not "nära varandra", "nära familjerna":
    # names only; and the project as the subject, as "Fältgruppen arbetar nära Resecentrum" is where it works)
    r"(?:projektet|satsningen|insatsen|vi)\s+(?:kommer\s+att\s+|ska\s+|skall\s+)?(?:arbeta|arbetar|arbetade|jobba|jobbar|"
    r"jobbade)\s+(?:också\s+|även\s+)?(?:mycket\s+|tätt\s+och\s+)?nära(?=\s+(?-i:[A-ZÅÄÖ]))|"
    # "I samarbetet ingår också Socialförvaltningen, …", "… genomförs i nära dialog med PRO Åre, …"
    r"i\s+(?:samarbetet|samverkan|styrgruppen)\s+ingår(?:\s+också|\s+även)?|"
    # "I teamet kring eleverna ingår förutom coacherna också A, B och C"
    r"i\s+(?:teamet|gruppen|nätverket|projektgruppen|arbetsgruppen|arbetslaget)(?:\s+(?:kring|runt)\s+[\wåäö]+)?\s+(?:ingår|ingick)"
    r"(?:\s+förutom\s+[^,.;:]{1,60}?(?=\s+(?:också|även|en|ett)\s))?(?:\s+också|\s+även)?|"
    r"i\s+(?:nära\s+|tät\s+|löpande\s+|ständig\s+|god\s+)?dialog\s+med|"
    # "… görs i ett gemensamt arbete med Kils AIK och …", "Med på tåget finns också …", "I nätverket kring projektet
    # fanns …"
    r"i\s+(?:ett\s+)?gemensamt\s+arbete\s+med|med\s+på\s+tåget\s+(?:finns|är|fanns|var)(?:\s+också|\s+även)?|"
    r"i\s+nätverket\s+(?:kring|runt)\s+(?:projektet|satsningen|insatsen|arbetet)\s+(?:finns|fanns|ingår|ingick)(?:\s+också|\s+även)?|"
    # who the work has brought on board: "Utöver skolan har projektet fått med sig Falkenbergs bibliotek och …"
    r"(?:har|hade)\s+(?:projektet|satsningen|insatsen|arbetet|vi)\s+(?:också\s+|även\s+)?fått\s+med\s+(?:sig|oss)|"
    r"(?:har|hade)\s+(?:också\s+|även\s+)?fått\s+med\s+sig|"
    r"med\s+i\s+(?:arbetet|projektet|satsningen|insatsen)\s+(?:är|var)\s+(?:också|även)?|"
    # "Parterna är Arbetsförmedlingen, …", "Bland samverkansparterna märks Polisen, …", "Till sin hjälp har
    # förvaltningen PRO Söderköping, …", "Från regionens sida medverkar ungdomsmottagningen i Strängnäs och …"
    r"(?<![\wåäö])parterna\s+(?:i\s+(?:projektet|satsningen|insatsen|arbetet)\s+)?(?:är|var)|"
    r"bland\s+(?:samverkans|samarbets)?parter(?:na)?\s+(?:märks|finns|fanns|återfinns|ingår|ingick)(?:\s+också|\s+även)?|"
    r"till\s+sin\s+hjälp\s+(?:har|hade)\s+(?:projektet|satsningen|insatsen|teamet|[a-zåäö]*(?:förvaltningen|"
    r"nämnden|enheten))(?:\s+också|\s+även)?|"
    r"från\s+(?:[a-zåäö]+s|vår|deras)\s+sida\s+(?:medverkar|medverkade|deltar|deltog)(?:\s+också|\s+även)?|"
    # "Kring projektet finns en samverkansgrupp med representanter från A, B och C", "Nätverket består av A och B",
    # "Under hela projekttiden fanns ett nära utbyte med A", "Med oss på resan har vi A, som …, och B"
    r"(?:kring|runt)\s+(?:projektet|satsningen|insatsen|arbetet)\s+(?:finns|fanns)\s+(?:en\s+)?(?:samverkansgrupp|"
    r"referensgrupp|styrgrupp|arbetsgrupp|samverkansgrupp)\s+(?:med\s+)?(?:representanter|företrädare)\s+(?:från|för)|"
    r"(?:nätverket|samverkansgruppen|referensgruppen|arbetsgruppen)\s+(?:består|bestod)\s+av|"
    r"(?:finns|fanns)\s+(?:också\s+|även\s+)?(?:ett\s+)?(?:nära\s+|tätt\s+|gott\s+)?utbyte\s+med|"
    r"med\s+oss\s+på\s+(?:resan|vägen)\s+(?:har\s+vi|finns|är)(?:\s+också|\s+även)?)"
    r"\s+(.{3,200}?)(?:[.;:]|\s+(?:för att|som|där|dit|kring|om|"
    # ("på" ends the names, but not a unit's school or health centre: "elevhälsan på Kungsmarksskolan",
    # "barnavårdscentralen på Dorotea hälsocentral")
    r"på(?!\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:skolan|skola|gymnasiet)\b|\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:hälso|vård|familje)?"
    r"(?:central|centralen|sjukhus|sjukhuset|skola|skolan|bibliotek|biblioteket)\b)|i syfte)\s|,\s+(?:vars|vilkas)\s|$|(?=\n))",
    re.I)
_AND_FOR = re.compile(r"\s+och\s+(?:för|från)\s+")
# Posts and their bodies in a group: "en socialsekreterare från IFO och en behandlare från BUP" (the bodies after "från")
_POST = r"(?:en|ett|två|tre|fyra|fem)\s+[\wåäö-]+(?:\s+och\s+[\wåäö-]+)?\s+(?:från|för)\s"  # "en studie- och yrkesvägledare från"
_POSTS_FROM = re.compile("^" + _POST)
_POST_BODY = re.compile(r"(?:från|för)\s+(.+?)(?=\s+(?:och|samt)\s+" + _POST + "|"
                        r",\s+(?:en|ett|två|tre|fyra|fem)\s|$)")
# Partners as the subject of their sentence or clause: "…, och Polisen och fritidsgården Kvarnen är med som
# samarbetsparter", "Röda Korset deltar som samverkanspart".
_PARTNERS_AS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\soch\s)|(?<=,\smen\s))([A-ZÅÄÖ](?:(?!,\s(?:och|men)\s)[^.;:!?\n]){1,120}?)"
                          r"\s+(?:(?:(?:är|var)\s+(?:också\s+|även\s+)?med|deltar|deltog|medverkar|medverkade)\s+som\s+"
                          r"(?:samarbets|samverkans)?part(?:er|ner|ners)?\b|"
                          # "Polisen i Ronneby och fritidsgården Kuggen är viktiga samarbetsparter"
                          r"(?:är|var|har\s+varit)\s+(?:också\s+|även\s+)?(?:[\wåäö]+\s+){0,2}?(?:samarbets|samverkans)part(?:er|ner|ners)\b|"
                          # "… var parter i projektet", "… ingick i samarbetet kring X", "… deltar i projektets
                          # styrgrupp", "… är med från början"
                          r"(?:är|var|har\s+varit)\s+(?:också\s+|även\s+)?parter\s+i\s+(?:projektet|satsningen|insatsen|arbetet)\b|"
                          # what they bring: "Hallstaviks vårdcentral och Roslagens folkhögskola bidrar med kunskap"
                          r"(?:bidrar|bidrog|bidragit)\s+(?:också\s+|även\s+)?med\s+(?:sin\s+|sina\s+|sitt\s+)?"
                          r"(?:kunskap|kunskaper|kompetens|erfarenhet|erfarenheter|expertis|lokaler|lokal|ledare|"
                          r"cirkelledare|frivilliga|volontärer|personal|material|handledning)\b|"
                          r"(?:ingår|ingick|har\s+ingått)\s+(?:också\s+|även\s+)?i\s+(?:samarbetet|samverkan|styrgruppen|"
                          r"projektgruppen|arbetsgruppen|referensgruppen)\b|"
                          r"(?:medverkar|medverkade|deltar|deltog|sitter|satt)\s+(?:också\s+|även\s+)?i\s+(?:projektets\s+|"
                          r"satsningens\s+|insatsens\s+)?(?:styrgrupp|referensgrupp|arbetsgrupp|projektgrupp)(?:en)?\b|"
                          r"(?:är|var)\s+(?:också\s+|även\s+|fortsatt\s+)?med\s+(?:från\s+(?:början|start(?:en)?)|i\s+(?:arbetet|projektet|"
                          r"satsningen|samarbetet))\b|"
                          # "… är också kopplade till satsningen", "… har undertecknat en avsiktsförklaring om X", "…
                          # har varsin kontaktperson i projektet", "… är engagerade i lovaktiviteterna"
                          r"(?:är|var)\s+(?:också\s+|även\s+)?(?:kopplade|knutna|anslutna)\s+till\s+(?:projektet|satsningen|"
                          r"insatsen|arbetet)\b|"
                          r"(?:har|hade)\s+(?:också\s+|även\s+)?undertecknat\s+(?:en\s+)?(?:avsiktsförklaring|överenskommelse|"
                          r"samverkansöverenskommelse|samverkansavtal)\b|"
                          r"(?:har|hade)\s+(?:varsin|var\s+sin|en)\s+kontaktperson\s+(?:i|(?:knuten|kopplad)\s+till)\s+"
                          r"(?:projektet|satsningen|insatsen|teamet|arbetet)\b|"
                          r"(?:är|var)\s+(?:också\s+|även\s+)?engagerade?\s+i\s+[\wåäö-]+(?:aktiviteterna|arbetet|verksamheten)\b|"
                          # "… är de två verksamheter som projektet samarbetar mest med"
                          r"(?:är|var)\s+(?:de\s+)?(?:[\wåäö]+\s+)?(?:verksamheter|organisationer|aktörer|parter)\s+som\s+"
                          r"(?:projektet|satsningen|insatsen|vi)\s+(?:samarbetar|samarbetade|samverkar|samverkade)\b|"
                          # "Arbetsförmedlingen och ABF Skaraborg är projektets externa parter"
                          r"(?:är|var)\s+(?:projektets|satsningens|insatsens)\s+(?:externa\s+)?parter\b|"
                          # "Kronofogden och Knut Hahnskolan medverkar i planeringen"
                          r"(?:medverkar|medverkade|deltar|deltog)\s+(?:också\s+|även\s+)?i\s+(?:planeringen|arbetet|"
                          r"projektet|satsningen|insatsen|genomförandet)\b|"
                          # "… är med och formar upplägget", "… har varit med sedan starten", "… är också engagerade i
                          # arbetet", "… har samverkansavtal med projektet"
                          r"(?:är|var)\s+(?:också\s+|även\s+)?med\s+och\s+(?:formar|utformar)\s+(?:upplägget|arbetet|"
                          r"insatsen|projektet|satsningen)\b|"
                          r"har\s+varit\s+med\s+(?:sedan\s+starten|från\s+början)\b|"
                          r"(?:är|var)\s+(?:också\s+|även\s+)?engagerade?\s+i\s+(?:arbetet|projektet|satsningen|insatsen)\b|"
                          r"har\s+samverkansavtal\s+med\b|"
                          # "Även X och Y har lovat att delta", "X har tackat ja till att vara med"
                          r"(?:har|hade)\s+(?:också\s+|även\s+)?(?:lovat\s+att\s+(?:delta|vara\s+med|medverka)|tackat\s+ja\s+till\s+"
                          r"att\s+(?:delta|vara\s+med|medverka))\b|"
                          # "… har anslutit sig till projektet", "… är också med på ett hörn", "Junis står för materialet"
                          r"(?:har|hade)\s+(?:också\s+|även\s+)?anslutit\s+sig\s+till\s+(?:projektet|satsningen|insatsen|"
                          r"arbetet|nätverket)\b|(?:är|var)\s+(?:också\s+|även\s+)?med\s+på\s+ett\s+hörn\b|"
                          # (not "står för lokalerna": said as often of the owner or the publisher's own board)
                          r"(?:står|stod)\s+(?:också\s+|även\s+)?för\s+materialet\b)", re.M)
# A clause with its own verb before the partners' ("X var insatsägare och …"), and subjects that are people or a count
# of them, not a body ("Rektorerna för de två grundskolorna ingår i styrgruppen", "Ett tiotal arbetsgivare är med").
_EARLIER_CLAUSE = re.compile(r"\s(?:är|var|har|hade|blev|blir)\s.*?\soch\s(?=[A-ZÅÄÖ])")
_PEOPLE_NOT_BODY = re.compile(r"(?:rektor(?:n|er|erna)?|chef(?:en|er|erna)|representant(?:en|er|erna)|föräldrar(?:na)?|"
                              r"vårdnadshavar(?:e|na)|elever(?:na)?|ungdomar(?:na)?|deltagar(?:e|na)|medarbetar(?:e|na)|"
                              r"personalen|lärar(?:e|na)|ledamöter(?:na)?|politiker(?:na)?|ett\s+\w+tal|flera|några|många|"
                              r"alla|samtliga|(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s+[\wåäö]+)\b", re.I)
# More partners after "men även" ("Samverkan sker framför allt med X, men även Y och Z finns med i arbetet"), and a
# second giver with the verb left out ("X bidrog med lokaler och Y med frivilliga språkvänner").
_BUT_ALSO_WITH = re.compile(r",\s+men\s+(?:även|också)\s+([^.;:!?\n]{3,150}?)\s+(?:finns|fanns|är|var)\s+(?:också\s+|även\s+)?"
                            r"med\b")
_GAPPED_GIVER = re.compile(r"[^.;:!?\n]{0,80}?(?:\s+och|,)\s+((?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s+med\s+"
                           r"(?!(?:stöd|hjälp|bidrag|medel|pengar|finansiering)\b)")
# The partners named again after a relative clause about the last one: ", som ansvarar för barnhälsovården, och med X".
_PARTNER_AFTER_CLAUSE = re.compile(r",?\s+(?:som|där)\s+[^,.;:\n]{1,100},\s+(?:(?:och|samt)\s+(?:med\s+|av\s+)?|med\s+)"
                                   r"([^.;:\n]{3,120}?)(?:,\s+(?:som|vars)\b|[.;:\n]|$)")
# "med B och med C": the names B and C (not "… och med stöd av …")
_AND_WITH = re.compile(r"(\s+och|\s+samt|,|,?\s+liksom)\s+med\s+(?!(?:stöd|hjälp|bidrag|medel|pengar|finansiering)\b)")
_STOP = r"(?=[.;:!?\n]|\s+och\s+(?:genomförs|drivs|leds|bedrivs|finansieras|pågår|startade|startar)\b|" \
        r"\s+(?:i (?:(?!i\s)\w+\s+){0,3}?(?:samverkan|samarbete|partnerskap) med|tillsammans med|med stöd|som|för att|under|till och med|"\
        r"inom ramen|sedan|från och med|genom|vilket|där|på uppdrag)\s|,\s+(?:resten|återstoden|hälften)\s|$)"
_FUNDER_PROSE = re.compile(
    r"(?:(?:med)?finansier(?:as|ades|ats) (?:(?:delvis|till lika delar|gemensamt|helt|till hälften|"
    r"till största delen|i huvudsak|huvudsakligen|främst) )?(?:av|genom|med medel från)|medfinansiering (?:av|från)|"
    # (not what someone may have, "med eller utan stöd från Arbetsförmedlingen")
    r"med (?:stöd|medel|bidrag) från|beviljat?s? (?:medel )?(?:av|från)|medel från|bidrag från|(?<!utan )stöd från|"
    # "resten, 180 000 kronor, är ett anslag från Kulturrådet", "bekostas via fonden och Sparbanksstiftelsen Skåne"
    r"(?:ett|ett\s+särskilt|ett\s+statligt)\s+anslag\s+från|(?:bekostas|bekostades|finansieras|finansierades)\s+via|"
    r"med\s+ett\s+bidrag\s+från|"
    r"beviljades av|beviljas av|"
    # who pays a share or an amount in another currency: "varav hälften från X", "75 000 euro från X"
    r"(?:varav|därav)\s+(?:hälften|en\s+tredjedel|en\s+fjärdedel|resten|\d{1,3}\s*(?:%|procent))\s+från|"
    # "varav 1,8 miljoner från fonden och resten från Region Blekinge", "och resten kommer från Region Norrbotten"
    r"(?:resten|återstoden)\s+(?:kommer\s+|betalas\s+|bekostas\s+|finansieras\s+)?från|"
    r"(?:resten|återstoden)\s+(?:betalas|bekostas|finansieras)\s+av|"
    # the payer after the verb: "Resten betalar Samordningsförbundet Västra Skaraborg", "Återstoden står X för"
    r"(?:[Rr]esten|[Åå]terstoden)\s+(?:betalar|betalade|bekostar|bekostade|finansierar|finansierade|står|stod)(?=\s+[A-ZÅÄÖ])|"
    # a share as the subject: "Hälften kommer från Samordningsförbundet X", "en tredjedel av kostnaden betalas av X"
    r"(?<![\wåäö])(?:[Hh]älften|[Ee]n\s+(?:tredjedel|fjärdedel|femtedel))\s+"
    r"(?:av\s+(?:kostnaden|kostnaderna|summan|budgeten|pengarna|medlen)\s+)?"
    r"(?:(?:kommer|kom)\s+(?:från|ur)|(?:(?:skulle|ska|skall)\s+)?(?:betalas|betalades|bekostas|bekostades|finansieras|"
    r"finansierades)\s+av)|"
    r"(?:[Pp]engarna|[Mm]edlen)\s+kommer\s+(?:ur|från)|"  # "Pengarna kommer ur kommunens fond och från Region Dalarna"
    # "Kostnaden delas mellan kommunens sociala investeringsfond (60 procent) och Länsstyrelsen i Norrbottens län"
    r"delas\s+(?:lika\s+)?mellan|"
    r"(?:euro|EUR|€)\s+från)\s+((?:[A-ZÅÄÖ]|(?:kommunens|regionens|stadens|den) )"  # "av kommunens fond och Region Skåne"
    r".{1,120}?)" + _STOP, re.S)
# A payer as the subject of its sentence: "RF-SISU Örebro län medfinansierar projektet, som …".
# (the subject one clause, not "Satsningen pågår läsåren 2024/25–2026/27, och regionen bidrar med …")
# An agency's name, then what its grant is for: "ett anslag från Kulturrådet för läsfrämjande insatser" (not a name
# whose head is the bare word: "Myndigheten för familjerätt och föräldraskapsstöd", "Stiftelsen för …").
_AGENCY_PURPOSE = re.compile(r"^((?-i:[A-ZÅÄÖ])[a-zåäö]{2,}(?:rådet|verket|styrelsen|myndigheten|fonden|kassan))\s+för\s+"
                             r"(?-i:[a-zåäö]).*$", re.S)
_AMONG_OTHERS = re.compile(r"^(?:bland\s+andra|bland\s+annat|bl\.\s?a\.?|till\s+exempel|t\.\s?ex\.?)\s+", re.I)
# After the bodies a support comes from, what they do in the work: ", som båda medverkar vid …", ", som deltar i …"
_TAKING_PART_AFTER = re.compile(r",?\s+som\s+(?:båda\s+|alla\s+|också\s+|även\s+)*(?:medverkar|medverkade|deltar|deltog|"
                                r"finns\s+med|är\s+med|var\s+med|håller\s+i|leder)\b")
# The payer named by its role, then what it gives in a relative clause: "Medfinansiär är Region Östergötland, som …"
_PAYER_ROLE_IS = re.compile(r"^(?:med)?finansiär(?:er|en|erna)?\s+(?:är|var)\s+(.+?),\s+som$", re.I)
_FUNDER_ACTIVE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\soch\s)|(?<=,\smedan\s)|(?<=,\smen\s)(?:även\s+|också\s+)?)"
                            r"([A-ZÅÄÖ](?:(?!,\s(?:och|men)\s)[^.;:!?\n]){1,60}?)\s+"
                            # "Länsstyrelsen stöttar projektet ekonomiskt", "Region X står för merparten av kostnaden",
                            # "A och B delar på resten", "men även Region Kronoberg bidrar med folkhälsomedel"
                            r"(?:(?:stöttar|stöttade|stöder|stödjer|stödde)\s+(?:projektet|satsningen|insatsen|arbetet)\s+"
                            r"ekonomiskt\b|(?:står|stod)\s+för\s+(?:merparten|huvuddelen|större\s+delen|största\s+delen)\s+"
                            r"av\s+(?:kostnaden|kostnaderna|budgeten|pengarna)\b|(?:delar|delade)\s+på\s+(?:resten|"
                            r"återstoden|kostnaden|kostnaderna)\b|(?:bidrar|bidrog)\s+(?:också\s+|även\s+)?med\s+"
                            r"[a-zåäö]*medel\b|"
                            r"(?:med)?finansierar\s+(?:också\s+)?"
                            r"(?:projektet|satsningen|insatsen|arbetet|investeringen|delar|en del|hälften)\b|"
                            # a payer of a part: "Region Västra Götaland bekostar barnsjuksköterskornas tid", "Region
                            # Skåne står för 800 000 kronor"
                            r"(?:bekostar|bekostade)\s|(?:står|stod)\s+för\s+(?:ca\.?\s+|cirka\s+)?\d|"
                            # "Region Västerbotten bidrar dessutom med 500 000 kronor av budgeten"
                            r"(?:bidrar|bidrog)\s+(?:dessutom\s+|också\s+|även\s+)?med\s+(?:ca\.?\s+|cirka\s+)?\d|"
                            # "Samordningsförbundet Sydnärke går in med en fjärdedel"
                            # (not a share of someone's post: "En förskollärare … går dessutom in med 25 procent av
                            # sin tjänst")
                            r"(?:går|gick)\s+(?:dessutom\s+|också\s+|även\s+)?in\s+med\s(?![\d\s,]+(?:%|procent)\s+av\s)|"
                            # "Samordningsförbundet Södra Lappland är medfinansiär med 400 000 kronor"
                            r"(?:är|var)\s+(?:också\s+|även\s+)?(?:med)?finansiär\s+med\s+(?:ca\.?\s+|cirka\s+)?\d|"
                            # "Samordningsförbundet i Kalmar län betalar en tredjedel av kostnaden", "X betalade 40 procent",
                            # "X står för halva kostnaden", "Region Dalarna tar den sista fjärdedelen"
                            r"(?:betalar|betalade|står\s+för|stod\s+för)\s+(?:en\s+(?:tredjedel|fjärdedel|femtedel)|hälften|"
                            r"resten|återstoden|\d{1,3}\s*(?:%|procent))(?:\s+av\s+(?:kostnaden|kostnaderna|budgeten|summan)\b|"
                            r"(?=\s*[,.;]))|"
                            r"(?:står|stod)\s+för\s+halva\s+(?:kostnaden|budgeten|summan)\b|"
                            r"(?:tar|tog|betalar|betalade)\s+(?:den\s+)?(?:sista\s+|andra\s+)?(?:fjärdedelen|tredjedelen|halvan|"
                            r"femtedelen)\b|"
                            # "Sparbanksstiftelsen Jämtland sponsrar lovlägren med 250 000 kronor", "X har dessutom lovat 120 000"
                            r"(?:sponsrar|sponsrade)\s+(?:[\wåäö]+\s+){0,3}?med\s+(?:ca\.?\s+|cirka\s+)?\d|"
                            r"har\s+(?:dessutom\s+|också\s+|även\s+)?lovat\s+(?:ca\.?\s+|cirka\s+)?\d|"
                            # "Region Uppsala täcker den sista fjärdedelen", "Region Blekinge bär 300 000 kronor av
                            # kostnaden"
                            r"(?:täcker|täckte)\s+(?:den\s+|resten|återstoden|\d)|"
                            # "Länsstyrelsen i Värmlands län täcker dessutom kostnaden för att leasa en bil"
                            r"(?:täcker|täckte|står\s+för|stod\s+för|betalar|betalade)\s+(?:dessutom\s+|också\s+|även\s+)"
                            r"(?:kostnaden|kostnaderna|utgifterna)\s+för\s|(?:bär|bar)\s+\d[\d \u00a0]*\s*(?:kr|kronor|tkr)|"
                            # "Länsstyrelsen i Örebro län har dessutom beviljat 350 000 kronor"
                            r"har\s+(?:dessutom\s+|också\s+|även\s+)?(?:beviljat|gett|givit|skjutit\s+till)\s+\d)",
                            re.M)
# The payer after its verb, the sentence opened by something else: "Av dem står Samordningsförbundet Värmland för
# 900 000 kronor", "Därutöver står Region Halland för 25 procent".
_FUNDER_INVERTED = re.compile(r"(?<![\wåäö])(?:(?:står|stod)\s+((?-i:[A-ZÅÄÖ])[^.;:!?\n,]{1,60}?)\s+för\s+"
                              r"(?:ca\.?\s+|cirka\s+)?\d|"
                              # "Därutöver betalar Samordningsförbundet X lönen för …", "Dessutom har Länsstyrelsen
                              # Blekinge län gett 250 000 kronor", "återstoden betalar Region Halland med folkhälsomedel"
                              r"(?:betalar|betalade|bekostar)[ ]+((?-i:[A-ZÅÄÖ])[^.;:!?\n,]{1,60}?)[ ]+(?:lönen|lönerna|"
                              r"kostnaden|kostnaderna|resten|med[ ]|för[ ])|"
                              # "Utöver pengarna ur fonden bidrar Svenska Livräddningssällskapet Halland med 160 000"
                              r"(?:bidrar|bidrog)[ ]+((?-i:[A-ZÅÄÖ])[^.;:!?\n,]{1,60}?)[ ]+(?:också[ ]+|även[ ]+|dessutom[ ]+)?"
                              r"med[ ]+(?:ca\.?[ ]+|cirka[ ]+)?\d|"
                              r"(?:har|hade)[ ]+((?-i:[A-ZÅÄÖ])[^.;:!?\n,]{1,60}?)[ ]+(?:gett|givit|beviljat|skjutit[ ]+till)[ ]+"
                              r"(?:ca\.?[ ]+|cirka[ ]+)?\d[\d \u00a0,.]*(?:kr|kronor|tkr|mnkr|miljon))")
# The payer of what is left, after another's part: "… och Länsstyrelsen i Kronobergs län för resten".
_REST_PAYER = re.compile(r"(?:\boch|\bsamt|,)\s+([A-ZÅÄÖ][^.;:,\n]{1,60}?)\s+(?:(?:står|stod|svarar|svarade|betalar|betalade)\s+)?"
                         r"för\s+"
                         r"(?:resten|återstoden)\b")
# A payer referred back to by its kind alone ("varav 180 000 kronor kommer från stiftelsen"): named elsewhere, if at all.
# ("kommunen", "regionen" are read as the place the work is in, later.)
_BACK_REFERENCE = re.compile(r"^(?:stiftelsen|fonden|föreningen|förbundet|myndigheten|organisationen|företaget|banken|"
                             r"församlingen|kyrkan)$")
_GENERIC_SUBJECT = re.compile(r"^(?:det|den|vi|de|kommunen|regionen|fonden|nämnden|staden)$", re.I)
# Money named by its kind before its payer, inside a list of funders: "… fond och folkhälsomedel från Västra
# Götalandsregionen" (the payer is the funder).
# A publisher said by its kind ("Förbundet har beviljat …" on a samordningsförbund's own page): no funder's name.
_PUBLISHERS_BY_KIND = frozenset({"förbundet", "samordningsförbundet", "kommunalförbundet"})
_PLACE_KIND_SUFFIXES = frozenset({" kommun", "s kommun", " stad", "s stad"})
# "… fond och från Region Dalarna", "Hälften betalas av X och hälften av Y": the next payer after its share
_AND_FROM = re.compile(r"\s+(?:och|samt)\s+(?:(?:hälften|resten|återstoden|en\s+(?:tredjedel|fjärdedel|femtedel))\s+"
                       r"(?:från|ur|av)|från|ur)\s+(?=[A-ZÅÄÖ])")
_MONEY_FROM_INNER = re.compile(r"(?<!\S)[\wåäö-]*(?:medel|bidrag|pengar)\s+(?:från|ur)\s+(?=[A-ZÅÄÖ])")
_NEW_CLAUSE = re.compile(r",\s+(?:och|men|samt)\s+[A-ZÅÄÖ][^,.]{0,40}?\s+(?:bidrar|betalar|står|finansierar|medfinansierar|"
                         r"ger|beviljar|svarar)\b")
# Shares named after their payers: "Region Norrbotten finansierar 50 procent, kommunerna 40 procent och
# Kommunalförbundet Norrbotten 10 procent" (each payer with a capital is a funder; "kommunerna" names none).
_SHARE_PAYER = r"([A-ZÅÄÖ][\wåäö-]*(?:\s+(?:[A-ZÅÄÖ][\wåäö-]*|i|för|och|stad|kommun|län)){0,4}?)"
_SHARE_LEAD = re.compile(_SHARE_PAYER + r"\s+(?:finansierar|står för|bidrar med|betalar|står själv för|står själva för)\s+"
                         r"(?:(?:cirka\s+)?\d{1,3}(?:[,.]\d+)?\s*(?:procent|%)"
                         # a fraction: "Arboga kommun står själv för en fjärdedel av den"
                         r"|(?:en\s+(?:fjärdedel|tredjedel|femtedel)|hälften|halva)\b)")
_SHARE_NEXT = re.compile(r"\s*(?:,|och|samt)\s+(?:" + _SHARE_PAYER + r"|[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*)?)"
                         r"\s+(?:med\s+)?(?:cirka\s+)?\d{1,3}(?:[,.]\d+)?\s*(?:procent|%)")


def _share_payers(text: str) -> list[tuple[str, str]]:
    """(name, evidence) of the payers a sentence of shares names (see _SHARE_LEAD)."""
    out = []
    for m in _SHARE_LEAD.finditer(text):
        names, end = [m.group(1)], m.end()
        while (nxt := _SHARE_NEXT.match(text, end)) is not None:
            if nxt.group(1):
                names.append(nxt.group(1))
            end = nxt.end()
        out.extend((n, text[m.start():end]) for n in names)
    return out


_OWNER_PROSE = re.compile(r"(?:drivs av|drevs av|ägs av|ägdes av|projektägare är|projektägare var|genomförs av|"
                          # "är organiserat under X", "hör organisatoriskt till X", "är knuten till X", "Det är X som
                          # bär ansvaret" (below), "Huvudansvaret för X vilar på Y"
                          r"(?:är|var)\s+organiserad?t?\s+under|hör\s+organisatoriskt\s+till|(?:är|var)\s+knuten\s+till|"
                          # "drivs i regi av Fritidsenheten", "Huvudansvarig är Arbetsmarknadsenheten", "Ansvaret för
                          # genomförandet ligger hos Folkhälsoenheten", "Projektledningen ligger hos Socialtjänsten"
                          r"(?:drivs|drevs|bedrivs|genomförs) i (?:\w+ )?regi av|huvudansvarig (?:för \w+ )?(?:är|var)|"
                          # "Ansvarig förvaltning är vård- och omsorgsförvaltningen", "Projektet är placerat under X"
                          r"ansvarig (?:förvaltning|nämnd|enhet|verksamhet) (?:är|var)|(?:är|var)\s+placerad?t?\s+(?:under|hos|inom)|"
                          # "Projektet samordnas av X", "hålls samman av X", "Ansvarig för projektet var X"
                          r"samordnas av|samordnades av|hålls samman av|hölls samman av|hålls ihop av|hölls ihop av|"
                          r"ansvarig för (?:projektet|satsningen|insatsen|arbetet|investeringen|(?-i:[A-ZÅÄÖ])[^.;:\n]{0,40}?) (?:är|var)|"
                          r"(?:ansvaret|huvudansvaret|projektledningen|ägarskapet)(?: för [^.;:\n]{1,40}?)? (?:ligger|låg|vilar|vilade|"
                          r"(?:har|hade) lagts|läggs|lades) (?:hos|på)|"
                          r"huvudman är|huvudman var|huvudman för (?:projektet|satsningen|insatsen|arbetet|investeringen|"
                          r"(?-i:[A-ZÅÄÖ])[^.;:\n]{0,40}?) (?:är|var)|"
                          # "Projektets ägare var X", "Projektet organiserades inom X"
                          r"(?:projektets|satsningens|insatsens) ägare (?:är|var)|organiser(?:as|ades) (?:inom|under)|"
                          r"ägare (?:av|till) (?:projektet|satsningen|insatsen|arbetet) (?:är|var)|"
                          # "Ansvaret för Studiehörnan delas mellan A och B", "Projektet är ett uppdrag från socialnämnden
                          # till Barn- och ungdomsenheten"
                          r"ansvaret(?: för [^.;:\n]{1,40}?)? (?:delas|delades) mellan|"
                          r"(?:är|var) ett uppdrag från [^.;:\n]{3,60}? till|"
                          r"genomfördes av|utförs av|utfördes av|leds av|leddes av|(?:drivs|drevs|ägs|ägdes) (?:gemensamt|tillsammans) av|"
                          # "Initiativet kommer från elevhälsan på Ekbackens skola, som också samordnar …", "Som huvudman
                          # för Kvällsöppet står Fritid Tibro"
                          r"initiativet(?: till [^.;:\n]{1,40}?)? (?:kommer|kom) från|"
                          r"som (?:huvudman|projektägare|ägare)(?: för [^.;:\n]{1,40}?)? (?:står|stod)|"
                          # "Projektet har två ägare, Herrljunga kommun och Vårgårda kommun, som delar på ansvaret"
                          r"(?:har|hade) (?:två|tre|fyra|\d) (?:ägare|projektägare|huvudmän)[,:])"
                          r"\s+(.{3,160}?)" + _STOP, re.I | re.S)
_SUBJECT = r"(?:projektet|satsningen|insatsen|investeringen|arbetet|verksamheten|programmet)"
# Verbs whose agent is not the work's owner: who pays, supports, studies, decides on, takes part in or hears of it.
_NOT_OWNING = re.compile(r"^(?:(?:med|del)?finansiera|bekosta|betala|stöd|stött|sponsra|bevilja|tilldela|utvärdera|följ|"
                         r"gransk|studera|forska|beslut|besök|presentera|uppmärksamma|nominera|prisa|beröm|kritisera|"
                         r"deltar|delta|medverka|nämn|omtala|rapportera|intervju|efterfråga|initiera|inspirera|ersätt|"
                         r"avslut|starta|förläng|utöka|bemanna|anställ|får|fick|fått|tar|tog|kommer|gör|gjorde|ger|gav|"
                         r"blir|blev|söker|sökte|ansöker|ansökte)", re.I)
# A body by the last word of its name: a department, board, unit, association, school, centre …
_BODY_END = re.compile(r"(?:förvaltning|nämnd|enhet|avdelning|kontor|förening|förbund|stiftelse|skola|skolan|gymnasium|"
                       r"gymnasiet|centrum|centralen|mottagning|mottagningen|fältgruppen|teamet|verksamhet|kommun|region|"
                       r"kyrka|kyrkan|församling|bibliotek|biblioteket|kulturskolan|fritidsgården)(?:en|et|na)?$", re.I)


# The work's own name in a sentence, as the grammar patterns below read it: one placeholder word in their
# alternation (compiled once), put where the name stands and put back in what they return.
_NAME_HOLDER = "PROJEKTNAMNET"
_GRAMMAR_WORK = rf"(?:{_SUBJECT}|{_NAME_HOLDER})"
_PASSIVE_OWNER = re.compile(rf"(?:^|(?<=[.!?]\s)){_GRAMMAR_WORK}\s+(?:[a-zåäö]+\s+)?([a-zåäö]{{4,}}s)\s+av\s+"
                            rf"([^.;:!?\n]{{3,100}}?)(?=[.;:!?\n]|,\s|(?<!-)\s+(?:och|som|i\s+samarbete)\s|$)", re.I | re.M)
_RELATIVE_OWNER = re.compile(rf"([A-ZÅÄÖ][^.;:!?\n,]{{2,60}}?),\s+som\s+(?:också\s+|även\s+)?([a-zåäö]{{2,}}(?:r|de|te))"
                             rf"(?:\s+(?:för|i))?\s+{_GRAMMAR_WORK}\b")
# The work's organisational home: "Projektet har sin hemvist i Hälsa och rehabilitering, en enhet inom …", "Satsningen
# sorterar under Kultur- och fritidsförvaltningen", "Insatsen hör organisatoriskt hemma hos socialtjänsten", "Teamet är
# organisatoriskt placerat inom elevhälsan", "Projektet ligger under arbetsmarknadsenheten". (Not "ligger i" or "är
# placerad på" alone: that is where the work is done.)
_HOME_OWNER = re.compile(rf"{_GRAMMAR_WORK}\s+(?:har\s+sin\s+(?:organisatoriska\s+)?hemvist\s+(?:i|inom|hos|på|under)|"
                         r"hör\s+(?:organisatoriskt\s+)?hemma\s+(?:i|inom|hos|på|under)|sorterar\s+(?:organisatoriskt\s+)?under|"
                         r"(?:är|ligger)\s+organisatoriskt\s+(?:(?:placerad|placerat|placerade|organiserad|organiserat)\s+)?"
                         r"(?:i|inom|hos|på|under)|(?:ligger|låg)\s+under|är\s+(?:placerad|placerat|organiserad|organiserat)\s+under|"
                         # "Insatsen tillhör Vård- och omsorgsförvaltningen", "Projektet var förlagt till …", "Projektet
                         # leddes från Kultur- och fritidsenheten"
                         r"tillhör(?:de)?\s+(?:organisatoriskt\s+)?|(?:är|var)\s+förlag(?:d|t|da)\s+(?:till|hos|inom|på)|"
                         r"(?:leds|leddes|drivs|drevs|bedrivs|bedrevs|styrs|styrdes|samordnas|samordnades)\s+(?:från|inom)|"
                         # "Skolbron utgick från Ungdomsenheten", "Arbetet sker under ledning av Elevhälsan"
                         r"(?:utgår|utgick)\s+från|(?:sker|skedde|bedrivs|genomförs|genomfördes|drivs|pågår)\s+under\s+"
                         r"ledning\s+av)"
                         r"\s+([^.;:!?\n,]{3,100}?)(?=[.;:!?\n,]|\s+(?:där|som|men|och\s+(?-i:[a-zåäö]))\s|$)", re.I | re.M)
# … the same said the other way round: "Organisatoriskt tillhör insatsen Vård- och omsorgsförvaltningen", "Uppdraget att
# genomföra projektet har Barn- och utbildningsförvaltningen fått av kommunstyrelsen"
_HOME_OWNER_INVERTED = re.compile(rf"(?:\b[Oo]rganisatoriskt\s+tillhör(?:de)?\s+{_GRAMMAR_WORK}|\b[Uu]ppdraget\s+att\s+"
                                  rf"(?:genomföra|driva|leda)\s+{_GRAMMAR_WORK}\s+(?:har|hade|fick)|"
                                  # "Ansvaret för Familjeklassen har barn- och utbildningsförvaltningen"
                                  rf"\b[Aa]nsvaret\s+för\s+{_GRAMMAR_WORK}\s+(?:har|hade|ligger\s+(?:hos|på)|låg\s+(?:hos|på)))"
                                  r"\s+([^.;:!?\n,]{3,100}?)(?=\s+(?:fått|av|från)\s|[.;:!?\n,]|$)")
_HOME_WORDS = ("hemvist", "hemma", "sorterar", "organisatoriskt", "ligger under", " under ", "tillhör", "förlag",
               " från ", "uppdraget att", " inom ", "ansvaret för", "ledning av")
_SUBJECT_OWNER = re.compile(rf"(?:^|(?<=[.!?]\s))([A-ZÅÄÖ][^.;:!?\n,]{{2,60}}?)\s+(?:har\s+)?([a-zåäö]{{2,}}(?:r|de|te))"
                            rf"(?:\s+(?:för|i))?\s+{_GRAMMAR_WORK}\b", re.M)


def _owner_by_grammar(text: str, low: str, title: str | None) -> tuple[list[str], str] | None:
    """The owner when no owner wording the rules know is there, by the grammar of a sentence about the work: the
    work in a passive with its agent ("Projektet administreras av Kultur- och fritidsenheten"), a body whose relative
    clause has the work as object ("…, rektor för Kulturskolan, som driver projektet"), or a body as the subject of a
    verb with the work as object ("Vingåkers fritidsgård sköter projektet"), by any verb but one of paying,
    supporting, studying, deciding or taking part. The work is "projektet", "satsningen" … or its name. ``low`` is
    ``fold(text)``."""
    named = title is not None and len(title) >= 4 and title in text
    if not named and not has_any(low, _SUBJECT_WORDS):
        return None  # every pattern below holds the work by its word or its name
    held = text.replace(title, _NAME_HOLDER) if named else text

    def back(found: str) -> str:
        return found.replace(_NAME_HOLDER, title) if named else found

    if has_any(low, _HOME_WORDS):
        for rx in (_HOME_OWNER, _HOME_OWNER_INVERTED):
            if (m := rx.search(held)) is not None \
                    and (names := [n for n in _named_orgs_from(back(m.group(1))) if not _GENERIC_BODY.match(n)]):
                return names, _ev(back(m.group(0)))
    for m in (_PASSIVE_OWNER.finditer(held) if " av " in held else ()):
        if not _NOT_OWNING.match(m.group(1)) and (names := [n for n in _named_orgs_from(back(m.group(2)))
                                                            if _BODY_END.search(n.split(",")[0])
                                                            and not _GENERIC_BODY.match(n)]):
            return names, _ev(back(m.group(0)))
    for m in (_RELATIVE_OWNER.finditer(held) if ", som " in held else ()):
        subject = back(_trailing_name(m.group(1)) if " av " in m.group(1) else m.group(1))
        if _owning(m.group(2), subject) and (names := [n for n in _named_orgs_from(subject) if _BODY_END.search(n)]):
            # ("Handledarna var anställda av Arbetsmarknadsavdelningen, som ägde projektet": the name before "som")
            return names[-1:], _ev(back(m.group(0)))
    for m in _SUBJECT_OWNER.finditer(held):
        subject = back(m.group(1))
        if _owning(m.group(2), subject) and (names := [n for n in _named_orgs_from(subject) if _BODY_END.search(n)]):
            return names, _ev(back(m.group(0)))
    return None


def _trailing_name(text: str) -> str:
    """The words from the last capitalised one: the name that ends a clause ("… anställda av Arbetsmarknadsavdelningen")."""
    words = text.split()
    last = max((i for i, w in enumerate(words) if w[:1].isupper()), default=0)
    return " ".join(words[last:])


_GENERIC_BODY = re.compile(r"^(?:kommunen|regionen|förvaltningen|nämnden|staden|förbundet|verksamheten|skolan|enheten)$",
                           re.I)


def _owning(verb: str, subject: str) -> bool:
    """A verb that may say who runs the work, after a subject that is one body's name (it ends with a body's word,
    and is not the bare "Kommunen" or "Skolan")."""
    subject = subject.strip()
    return not _NOT_OWNING.match(verb) and _BODY_END.search(subject) is not None \
        and not _GENERIC_BODY.match(subject) and len(subject.split()) <= 6
# What an owner drives or answers for: the work by its own word ("Vård- och omsorgsförvaltningen ansvarar för teamet").
_OWNED = "arbetet|projektet|satsningen|teamet|verksamheten|piloten|initiativet|insatsen|investeringen|genomförandet"
# (a body: "En projektledare på heltid driver arbetet" names a post, not an organisation)
_OWNER_ACTIVE = re.compile(r"(?:^|(?<=[.!?]\s))([A-ZÅÄÖ][^.;:!?\n]{0,60}?(?:förvaltning|nämnd|enhet|kommun|region|förening|"
                           r"förbund|bolag|stiftelse|kontor|avdelning|centrum|centralen|verket|förmedlingen|kassan|"
                           r"polisen|kyrkan|omsorg|tjänst|bibliotek|skola|skolan|gymnasi|museum|museet|gård|mottagning|"
                           r"grupp|team|stad|staden|stödet)\w*"
                           # ("Familjecentralen i Malung ansvarar för genomförandet")
                           r"(?:\s+(?-i:[A-ZÅÄÖ])\w*)*(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?)\s+(?:(?:driver|drev|har\s+drivit|äger|ägde|leder|ledde|(?:har|hade)\s+lett|ansvarar\s+för|"
                           r"har\s+huvudansvaret\s+för|"
                           r"ansvarade\s+för|har\s+ansvaret\s+för|hade\s+ansvaret\s+för)"
                           r"\s+(?:att\s+(?:genomföra|driva|leda)\s+)?(?:" + _OWNED + r")\b|"
                           # the work by its name: "Socialförvaltningen genomför Familjestart tillsammans med …"
                           r"(?:driver|drev|leder|ledde|genomför|genomförde|samordnar|samordnade)\s+(?-i:[A-ZÅÄÖ])|"
                           # "Vård- och omsorgsförvaltningen står för driften av Träffpunkt Bruket"
                           r"(?:står|stod|svarar|svarade|ansvarar|ansvarade)\s+för\s+driften\s+(?:av|på|i)\s+|"
                           # "… genomför hembesöken tillsammans med barnhälsovården": the work with its partners
                           r"(?:driver|drev|genomför|genomförde)\s+[a-zåäö-]+(?:en|et|na)\s+tillsammans\s+med\b|"
                           # bodies that run something together, whatever it is called: "Strömsunds kommun och Ragunda
                           # kommun driver tillsammans en mobil ungdomsmottagning"
                           r"(?:driver|drev|har\s+drivit)\s+(?:tillsammans|gemensamt)\s+(?:ett|en)\s|"
                           # "Värnamo kommun ansvarar för en satsning där …"
                           r"(?:ansvarar|ansvarade)\s+för\s+(?:ett|en)\s+(?:projekt|satsning|insats)\b)",
                           re.M | re.I)
# … and with the work's name (the placeholder word put where it stands: compiled once, not once per record)
_OWNER_ACTIVE_NAMED = re.compile(_OWNER_ACTIVE.pattern.replace(_OWNED, f"{_OWNED}|{_NAME_HOLDER}"), _OWNER_ACTIVE.flags)
_ANY_DRIVES_NAMED = re.compile(r"(?:^|(?<=[.!?]\s))((?!(?:Det|Den|Detta|Här|Vi|Man|Hon|Han|De|Ni|Du)\s)[A-ZÅÄÖ][\wåäö-]+"
                               r"(?:\s+(?:och|&)\s+[a-zåäöA-ZÅÄÖ][\wåäö-]+)?)\s+(?:driver|drev|leder|ledde|samordnar|"
                               r"samordnade|ansvarar\s+för|ansvarade\s+för)\s+" + _NAME_HOLDER + r"\b")
# A department named by its fields as the subject of the work by its word, its second field capitalised or joined by
# "&" ("– Kultur & Fritid ansvarar för satsningen", "Vård och Omsorg driver projektet"), after a sentence or a dash.
_FIELDS_DEPARTMENT_OWNS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[–—]\s))((?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:&\s+[\wåäö-]+|och\s+"
                                     r"(?-i:[A-ZÅÄÖ])[\wåäö-]+))\s+(?:driver|drev|leder|ledde|ansvarar\s+för|"
                                     r"ansvarade\s+för)\s+(?:" + _OWNED + r")\b", re.M | re.I)
_OWNS_IT = re.compile(r"(?:^|(?<=[.!?]\s))((?!(?:Det|Den|Detta|Här|Vi|Man|En|Ett|Två|Tre|Fyra)\s)[A-ZÅÄÖ](?:(?!\ssom\s)[^.;:!?\n]){2,60}?)\s+(?:(?:äger|ägde)\s+(?:" + _OWNED + r")\b|"
                      # "… har huvudansvaret", "Elevhälsan tog initiativet till projektet och har också projektansvaret",
                      # "… har det övergripande ansvaret för satsningen"
                      r"(?:[a-zåäö]+\s+(?:[^.;:!?\n]{0,50}?\s)?och\s+)?(?:har|hade)\s+(?:också\s+|även\s+)?"
                      r"(?:huvudansvaret|projektansvaret|projektledarskapet|projektledningen|det\s+(?:övergripande|samlade)\s+ansvaret)\b|"
                      # "Vård- och omsorgsförvaltningen har ansvaret, och …" (the work's charge, said alone)
                      r"(?:har|hade)\s+(?:också\s+|även\s+)?ansvaret(?=\s*[,.;]|\s+för\s+(?:" + _OWNED + r")\b)|"
                      # "Vadstena bibliotek är värd för Berättarverkstan"
                      r"(?:är|var)\s+(?:också\s+)?värd(?:ar)?\s+för\s+(?:(?:" + _OWNED + r")\b|[A-ZÅÄÖ])|"
                      # "Socialnämnden står bakom satsningen", "Fältgruppen har varit huvudansvarig för arbetet",
                      # "Individ- och familjeomsorgen håller i projektet"
                      r"(?:står|stod)\s+bakom\s+(?:(?:" + _OWNED + r")\b|(?-i:[A-ZÅÄÖ]))|"
                      r"(?:är|var|har\s+varit)\s+huvudansvarig\s+för\s+(?:" + _OWNED + r")\b|"
                      r"(?:håller|höll)\s+i\s+(?:(?:" + _OWNED + r")\b|[A-ZÅÄÖ])|"
                      # "Socialkontorets ungdomsenhet håller samman arbetet"
                      r"(?:håller|höll)\s+(?:samman|ihop)\s+(?:(?:" + _OWNED + r")\b|[A-ZÅÄÖ])|"
                      # "Kultur- och fritidsförvaltningen är ansvarig, och …"
                      r"(?:är|var)\s+ansvarig(?=\s*[,.;]|\s+och\s)|"
                      # "Vuxenutbildningen har fått uppdraget att driva projektet"
                      r"(?:har\s+fått|fick)\s+uppdraget\s+att\s+(?:driva|leda|genomföra)\b|"
                      r"(?:står|stod)\s+för\s+genomförandet\b|"
                      # "X står som sökande och ansvarar för genomförandet", "X är ytterst ansvarig för projektet"
                      r"(?:står|stod)\s+som\s+sökande\s+och\s+ansvarar\s+för\b|(?:ansvarar|ansvarade)\s+för\s+"
                      r"genomförandet\b|(?:är|var)\s+ytterst\s+ansvarig\s+för\s+(?:(?:" + _OWNED + r")\b|[A-ZÅÄÖ])|"
                      # "Vård- och omsorgsförvaltningen står som ägare till projektet"
                      r"(?:står|stod)\s+(?:gemensamt\s+|tillsammans\s+)?som\s+(?:ägare|projektägare|huvudman)\b|"
                      # "X är utförare", "Språkrum är organiserat under X", "Vårdspåret hör organisatoriskt till X",
                      # "Föräldrabron är knuten till X" (the work's name first: the owner after the verb, below)
                      r"(?:är|var)\s+(?:ansvarig\s+)?utförare\b)", re.M)
_OWNER_INVERTED = re.compile(r"(?:^|(?<=[.!?]\s))([A-ZÅÄÖ][^.;:!?\n]{2,60}?),?\s+(?:är|var|kommer\s+att\s+vara|blir|ska\s+vara)\s+"
                             r"(?:(?:lokal|formell|juridisk)\s+)?"
                             r"(?:projektägare|insatsägare|huvudman)\b", re.M)
_BODY_DRIVES = re.compile(r"(?:^|(?<=[.!?]\s))((?-i:[A-ZÅÄÖ])[\wåäö -]{0,50}?(?:förvaltningen|nämnden|enheten|avdelningen|"
                          r"kontoret))\s+(?:driver|drev|leder|ledde)\s+(?!inte\b)", re.M)
# The owner in its genitive before "projekt": "Egen väg var ett av Arbetsmarknadsenhetens projekt" (a body by its name's
# last word, not a fund's or a state's; "en av Staffanstorps kommuns sociala investeringar" says who pays, not who runs).
_GENITIVE_OWNER = re.compile(r"\b(?:är|var)\s+(?:ett|en)\s+av\s+((?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,2}?)s\s+"
                             r"(?:projekt|projekten)\b")
# The owner in its genitive before its own running: "Grannkontakten drivs i äldreförvaltningens egen regi".
_OWN_REGI = re.compile(r"\b(?:drivs|drevs|bedrivs|bedrevs|genomförs|genomfördes)\s+i\s+((?:[\wåäö-]+\s+){0,3}?[\wåäö-]+?)s\s+"
                       r"(?:egen|egna)\s+regi\b")
# … after a place or time first: "I Gävle är socialförvaltningen lokal projektägare."
_OWNER_INVERTED_LATE = re.compile(r"(?:^|(?<=[.!?]\s))(?:I|På|Inom|Hos|Sedan|Från)\s+[^.;:!?\n]{2,40}?\s+(?:är|var)\s+"
                                  r"([^.;:!?\n]{3,60}?)\s+(?:(?:lokal|formell|juridisk)\s+)?(?:projektägare|huvudman)\b", re.M)
_OWNER_CLEFT = re.compile(r"\b[Dd]et\s+(?:är|blir|var)\s+([^.;:!?\n]{3,80}?)\s+som\s+(?:(?:står\s+bakom|håller\s+i|driver|leder|äger|"
                          r"ansvarar\s+för|tar\s+hand\s+om|har\s+hand\s+om|kommer\s+att\s+driva|"
                          # (in the past: "Det var Lärcentrum Vilhelmina som höll i Språkstugan")
                          r"stod\s+bakom|höll\s+i|drev|ledde|ägde|ansvarade\s+för|tog\s+hand\s+om|hade\s+hand\s+om|"
                          # "Det är X som leder och bemannar Läsresan", "Det var X som fick i uppdrag att bygga upp och
                          # driva Y"
                          r"(?:driver|leder)\s+och\s+[a-zåäö]+|fick\s+i\s+uppdrag\s+att\s+(?:[a-zåäö]+\s+){0,4}?(?:driva|leda|genomföra))\s+"
                          r"(?:(?:" + _OWNED + r")|(?-i:[A-ZÅÄÖ])\w+)|håller\s+i\s+trådarna|bär\s+(?:huvud)?ansvaret|"
                          # "Det är Ungdomsenheten som håller i taktpinnen", "… som har det övergripande ansvaret för X",
                          # "Det är vård- och omsorgsförvaltningen som äger frågan om …"
                          r"håller\s+i\s+taktpinnen|(?:har|hade)\s+det\s+(?:övergripande\s+|samlade\s+)?ansvaret|"
                          r"äger\s+frågan)\b")
# The writer's "vi" of a unit: "Det är vi i socialtjänstens fältgrupp som håller i Ungdomslotsen".
_WE_OF = re.compile(r"^vi\s+(?:i|på|inom|vid)\s+", re.I)
_OWNER_RELATIVE = re.compile(r"\b(?:är|var)\s+(?:ett|en)\s+(?:[\wåäö-]+\s+){0,2}?(?:projekt|satsning|insats|samarbete)\s+"
                             r"som\s+([A-ZÅÄÖ][^.;:!?\n]{2,160}?)\s+(?:driver|drev|har\s+startat|startade|äger|ägde|"
                             r"ansvarar\s+för|genomför|genomförde)\b")
# ("Bakom insatsen står …", or the project by its name: "Bakom Kliv in står socialförvaltningen och …")
_BEHIND_IT = re.compile(r"\b[Bb]akom\s+(?:" + _OWNED + r"|(?-i:[A-ZÅÄÖ])[^.;:!?\n]{0,40}?)\s+(?:står|stod)\s+"
                        r"([^.;:!?\n]{3,160}?)(?=,\s+som\b|[.;:!?\n]|$)")
_SUBJECT_WORDS = ("projektet", "satsningen", "insatsen", "investeringen", "arbetet", "verksamheten", "programmet")
# The work itself, never its own partner ("Projektet" caught as a subject).
_THE_WORK_ITSELF = frozenset((*_SUBJECT_WORDS, "teamet", "vi"))
# The subject with the project's name after it: "Projektet Fältkraft har avslutats", "Satsningen Unga in pågår".
_NAMED_SUBJECT = _SUBJECT + r"(?:\s+(?-i:[A-ZÅÄÖ][\w-]*)(?:\s+(?:(?-i:[A-ZÅÄÖ0-9][\w-]*)|i|på|för|och|med)){0,3})?"
_STATUS_FINISHED = re.compile(rf"\b{_NAMED_SUBJECT}\s+(?:är|har)\s+(?:nu\s+)?(?:avslutat|avslutats|slutförts|genomförts"
                              rf"|avbrutet|avbrutits|permanentat|permanentats)\b|"
                              rf"\b{_NAMED_SUBJECT}\s+(?:avslutades|avslutas\s+\d{{4}}|pågick|avbröts|permanentades)\b|"
                              # "Projektet startade i mars 2023 och avbröts i förtid": the end told after the start
                              rf"\b{_NAMED_SUBJECT}\s+(?:startade|började|inleddes)\b[^.!?\n]{{0,80}}?\boch\s+"
                              rf"(?:avbröts|avslutades|permanentades|upphörde)\b|"
                              rf"^\W*(?:projektet\s+)?avslutat\W*$",
                              re.I | re.M)
# A paused project ("Projektet är pausat sedan december 2024") is neither ongoing nor finished: no status, and its
# dates do not decide one.
_STATUS_PAUSED = re.compile(rf"\b{_NAMED_SUBJECT}\s+(?:är|har\s+varit)\s+(?:tillfälligt\s+)?(?:pausat|vilande)\b|"
                            r"^\W*(?:projektet\s+)?(?:pausat|vilande)\W*$", re.I | re.M)
# A pause in other words: "Nästa steg står still sedan den 1 december 2025", a banner "Tillfälligt uppehåll", "göra ett
# uppehåll i verksamheten".
_PAUSE_KEYS = ("står still", "uppehåll")
_PAUSED_IN_WORDS = re.compile(r"\bstår\s+still\b|^\W*(?:tillfälligt\s+)?uppehåll\b|"
                              r"\b(?:ett|tillfälligt)\s+uppehåll\s+i\s+"
                              r"(?:verksamheten|arbetet|projektet|satsningen|insatsen)\b", re.I | re.M)
_STATUS_ONGOING = re.compile(rf"\b{_NAMED_SUBJECT}\s+(?:pågår|är pågående|är igång|har startat|har påbörjats)\b|"
                             r"^\W*(?:projektet\s+)?pågående\W*$", re.I | re.M)
_STATUS_PLANNED = re.compile(rf"\b{_NAMED_SUBJECT}\s+(?:startar|kommer att starta|planeras|ska starta"
                             rf"|kommer att påbörjas)\b", re.I)
# A verb of a subject's status statement holds one of these (in fold(text)); the banners need "avslutat" or
# "pågående" on a line of their own.
_STATUS_VERB_KEYS = ("avslut", "slutförts", "genomförts", "pågick", "start", "planeras", "påbörja", "pågår",
                     "pågående", "igång", "avbr", "permanent", "paus", "vilande")
# What a status label or column says ("Status: I uppstartsfasen", "Permanentat", "Avbrutet i förtid", "Pausat"),
# tried in this order (None: paused, no status).
_STATUS_VALUES = (
    (re.compile(r"paus|vilande", re.I), None),
    (re.compile(r"avslut|avbr[uö]t|permanent|slutfört|genomfört|ordinarie verksamhet", re.I), "finished"),
    (re.compile(r"pågå|uppstart|igång|förläng|aktiv", re.I), "ongoing"),
    (re.compile(r"planer|start|kommande", re.I), "planned"),
)
# A status (and the year it ended) in parentheses after a heading's name: "(pågår)", "(avslutat 2024)", "(pausat)".
_STATUS_SUFFIX = re.compile(r"\s*\((pågår|pågående|avslutat|avslutad|avslutades|pausat|pausad|vilande|planerat|"
                            r"planerad|kommande)(?:\s+((?:19|20)\d{2}))?\)\s*$", re.I)
_STATUS_WORD = re.compile(r"\b(avslutat|avslutade|pågående|pågår)\b", re.I)
# The publisher's own fund, also when just "fonden" (the fund the page speaks of: "190 000 kronor ur fonden").
_OWN_FUND = re.compile(r"investeringsfond|investeringsreserv|sociala investeringsmedel|fonden för sociala|medel för sociala investeringar|"
                       r"^(?:den\s+)?fonden$", re.I)
_OWN_MONEY = re.compile(r"^(?:(?:kommunala|egna|kommunens|regionens) medel|egen (?:med)?finansiering)$", re.I)
_DERIVED_CUT = re.compile(r"\s+(?:genom att|genom|som|med syfte|i syfte|vilket|så att|i samband med)\s+|"
                          r"[,.;:(”“\"]|(?<!\d)[–—](?!\d)")
_DERIVED_PREFACE = re.compile(r"^(?:.{0,60}?\b(?:är att|syftar till att|består (?:främst )?(?:av|i) att)\s+|"
                              r"(?:att|genom att)\s+|"
                              r"(?:genom|med hjälp av|med stöd av)\s[^,]{3,60},(?:\s*[A-ZÅÄÖ][^,]{2,40},)?\s*)", re.I)
_OWN_MONEY_PROSE = re.compile(r"\b(kommunala medel|kommunens (egna )?medel|egna medel)\b", re.I)
DESCRIPTION_MAX = 1500
# Words that every match of a prose pattern holds, looked for before the pattern runs (most segments hold none):
# in fold(text) for the case-blind patterns, as written for _FUNDER_PROSE ("med stöd från", "finansieras av" …).
_FUNDER_KEYS = ("finansier", "bevilja", "medel från", "bidrag från", "stöd från", "varav", "därav", "euro", "EUR", "€",
                "delas mellan", "delas lika",
                "resten ", "återstoden ", "kommer ur", "kommer från", "kom från", "kom ur", "betalas av", "betalades av",
                "bekostas av", "bekostades av", "anslag från", "bekostas via", "bekostades via")
_PARTNER_KEYS = ("samverka", "samarbet", "tillsammans", "samråd", "med oss i", "gemensamt med", "avstämning", "med i ", "partnerskap", "involverar", "ihop med", "styrgrupp",
                 "projektgrupp", "in i ", "tackat ja", "lovat att", "ingår", "ingick",
                 "fått med ", "dialog med", "gemensamt arbete", "på tåget", "nätverket",
                 "deltar", "deltog", "medverka",
                 "sida vid sida", "arbetsgrupp", "referensgrupp",
                 "möte", "träffar med", "är med", "var med", "bland dem som", "bland de som", "hjälp av", "hjälp från",
                 "med kunskap", "med kompetens", "med erfarenhet", " nära ", "parterna", "till sin hjälp", " sida ",
                 "kring ", "runt ", "består av", "bestod av", "utbyte", "med oss på", "anslutit", "på ett hörn",
                 "står för materialet")
_OWNER_KEYS = ("drivs av", "drevs av", "ägs av", "ägdes av", "projektägare", "genomförs av", "genomfördes av",
               "utförs av", "utfördes av", "ägare av ", "ägare till ", "är ett uppdrag från", "var ett uppdrag från", "projektets ägare", "satsningens ägare", "insatsens ägare", "organiseras ",
               "organiserades ",
               "drivs i ", "drevs i ", "bedrivs i ", "genomförs i ", "huvudansvarig", "ansvaret", "huvudansvaret",
               "projektledningen", "ägarskapet", "är organiserat", "är organiserad", "hör organisatoriskt",
               "är knuten", "var knuten", "initiativet", "som huvudman", "som projektägare", "som ägare",
               "huvudman", "ansvarig förvaltning", "ansvarig nämnd", "ansvarig enhet", "ansvarig verksamhet",
               "är placerat", "är placerad", "var placerat", "var placerad", "samordnas av", "samordnades av",
               "hålls samman", "hölls samman", "hålls ihop", "hölls ihop", "ansvarig för",
               "leds av", "leddes av", "drivs gemensamt av", "drevs gemensamt av", "drivs tillsammans av",
               "drevs tillsammans av", "ägs gemensamt av", "ägdes gemensamt av", "ägs tillsammans av",
               "ägdes tillsammans av", "har två ", "hade två ", "har tre ", "hade tre ", "har fyra ", "hade fyra ")
_PURPOSE_KEYS = ("projektet", "satsningen", "insatsen", "investeringen", "verksamheten", "programmet", "syftet",
                 "målet", "tanken", "avsikten", "idén")
_TARGET_KEYS = ("målgrupp", "riktar sig", "riktade sig", "vänder sig", "vände sig", "är till för", "var till för",
                "erbjuds till", "erbjöds till", "vänder oss", "riktar oss", "vände oss", "riktade oss", "du som", "ni som")
# What every match of a prose pattern starts with (in fold(text) for the case-blind ones, as written for
# _FUNDER_PROSE): the patterns are tried only where one of these begins (``_prose_matches``).
_PARTNER_STARTS = ("i samverkan med", "i samarbete med", "samarbetar med", "samverkar med", "tillsammans med", "med oss i",
                   "i samråd med", "gemensamt med", "har ett ", "hade ett ", "har nära", "hade nära",
                   "ett samarbete mellan", "samverkan mellan", "samarbete mellan", "i nära ", "i tät", "i bred",
                   "samverkan skedde", "samverkan sker", "samverkan har", "samarbetet skedde", "samarbetet sker",
                   "samarbete skedde", "samarbete sker", "samarbetet har",
                   "i god", "i aktiv", "i ett ", "samverkanspart", "samarbetspart", "med i arbetet", "med i projektet",
                   "med i satsningen", "med i insatsen", "i partnerskap", "involverar", "ihop med", "i projektets styrgrupp",
                   "samverkar ", "samarbetar ", "sida vid sida", "till arbetsgruppen", "till styrgruppen",
                   "till referensgruppen", "samarbetade med", "samverkade med", "i arbetet ", "i projektet ",
                   "i satsningen ", "i insatsen ", "i projektets ", "i satsningens ", "i insatsens ", "i referensgrupp",
                   "i arbetsgrupp", "i projektgrupp", "samverkade i", "samarbetade i", "är med i", "var med i",
                   "är också med i", "är även med i", "var också med i", "var även med i", "har gått in i",
                   "hade gått in i", "gått in i", "gick in i", "i teamet", "i gruppen", "har tackat ja", "tackat ja",
                   "har lovat att", "lovat att", "hade tackat ja", "hade lovat att",
                   "i satsningens styrgrupp", "i insatsens styrgrupp", "i styrgrupp", "gemensamt ", "gemensamma ",
                   "regelbundna ", "täta ", "fasta ", "återkommande ", "i arbetslaget", "i samarbetet ingår", "i samverkan ingår", "i styrgruppen ingår", "i dialog",
                   "i löpande dialog", "i ständig dialog", "i god dialog", "i ett gemensamt", "i gemensamt",
                   "med på tåget", "i nätverket", "är med,", "var med,", "är också med,", "var också med,",
                   "är även med,", "var även med,", "är med och", "var med och", "är med:", "var med:", "bland dem som",
                   "bland de som", "har också hjälp", "har även hjälp", "har hjälp", "hade hjälp", "hade också hjälp",
                   "får hjälp", "fick hjälp", "får också hjälp", "fick också hjälp", "har dessutom hjälp",
                   "har också ett", "har även ett", "hade också ett", "hade även ett", "har också nära",
                   "har även nära", "parterna ", "bland samverkansparter", "bland samarbetsparter", "bland parter",
                   "till sin hjälp", "kring projektet", "kring satsningen", "kring insatsen", "kring arbetet",
                   "runt projektet", "nätverket best", "samverkansgruppen best", "referensgruppen best",
                   "arbetsgruppen best", "finns ett", "fanns ett", "finns också ett", "fanns också ett", "finns nära",
                   "fanns nära", "med oss på")
# … and where "har projektet fått med sig" can begin: looked for only in a text that holds "fått med"
_BROUGHT_STARTS = tuple(f"{verb} {who}" for verb in ("har", "hade") for who in (
    "projektet ", "satsningen ", "insatsen ", "arbetet ", "vi ", "fått med", "också fått", "även fått"))
# … and where "Projektet kommer att arbeta nära X" can begin: looked for only in a text that holds " nära "
_NEAR_STARTS = ("projektet ", "satsningen ", "insatsen ", "vi ")
_OWNER_STARTS = _OWNER_KEYS
_FUNDER_STARTS = ("finansier", "medfinansier", "med stöd från", "med medel från", "med bidrag från", "bevilja",
                  "ett anslag", "ett särskilt anslag", "ett statligt anslag", "bekostas via", "bekostades via",
                  "medel från", "bidrag från", "stöd från", "varav", "därav", "euro", "EUR", "€", "resten ",
                  "återstoden ", "Resten ", "Återstoden ", "pengarna", "Pengarna", "medlen", "Medlen", "delas mellan", "delas lika",
                  *(f"{a}{share}" for a in ("H", "h") for share in ("älften ",)),
                  *(f"{a}n {share}" for a in ("E", "e") for share in ("tredjedel", "fjärdedel", "femtedel")))


def _collapse(text: str) -> str:
    """``" ".join(text.split())``; most evidence has nothing to collapse, which is cheaper to see than to redo: a
    printable text holds no white space but " " (every other white space character is a control or separator
    character, which ``str.isprintable`` refuses), and without a double, leading or trailing " " it comes back
    from the split and join as it was."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _ev(text: str | None) -> str | None:
    """The text with its white space collapsed, cut to EVIDENCE_MAX characters.

    Of a long text only a head is collapsed first: collapsing a head gives a prefix of the collapsed whole (at
    most its last word cut short), so once that prefix runs past EVIDENCE_MAX the cut is the same."""
    if not text:
        return None
    if len(text) > 2 * EVIDENCE_MAX:
        head = _collapse(text[: 2 * EVIDENCE_MAX])
        if len(head) > EVIDENCE_MAX:
            return head[: EVIDENCE_MAX - 1] + "…"
    text = _collapse(text)
    return text if len(text) <= EVIDENCE_MAX else text[: EVIDENCE_MAX - 1] + "…"


def _sentences(text: str) -> list[str]:
    out = []
    for para in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE.split(para) if s.strip())
    return out


# A one-project page's heading that asks or says what its section gives ("Vem riktar sig projektet till?", "Vi
# samarbetar med"): read as a label there only. (As labels everywhere they would regroup pages' sections.)
_HEADING_FIELDS = (
    ("target_group", re.compile(r"^(?:vem|vilka)\s+(?:riktar\s+sig|vänder\s+sig)\s+(?:\w+\s+){0,2}?till\s*\?$|"
                                r"^(?:vem|vilka)\s+är\s+(?:\w+\s+){0,2}?till\s+för\s*\?$|^för\s+vem\s*\?$", re.I)),
    ("partners", re.compile(r"^(?:vi|de|vilka|vem)\s+(?:samarbetar|samverkar)\s+(?:vi\s+|ni\s+|\w+\s+)?med\s*\??$|"
                            r"^(?:parter|organisationer|föreningar|aktörer)\s+som\s+(?:deltar|är\s+med|medverkar)$|"
                            r"^(?:våra|projektets)\s+(?:samarbetspartner|samarbetspartners|samverkanspartner\w*|partner|"
                            r"partners)$", re.I)),
)


# Who may join, as a page's question heading: "Vem kan vara med?", "Vem kan delta?", "Vilka kan söka?". Its paragraph's
# first sentence says whom the work is for when no sentence of the text says it in the usual words.
_WHO_MAY_JOIN = re.compile(r"^(?:vem|vilka)\s+(?:kan|får)\s+(?:vara\s+med|delta|gå|söka|få\s+stöd|få\s+hjälp)"
                           r"(?:\s+i\s+\w+)?\s*\?$", re.I)


def _who_may_join(seg: Segment) -> str | None:
    if seg.kind not in ("page", "label-block"):
        return None
    blocks = seg.blocks
    for i, b in enumerate(blocks[:-1]):
        if b.kind == "heading" and blocks[i + 1].kind == "p" and len(b.text) <= 60 and _WHO_MAY_JOIN.match(b.text.strip()):
            # (the sentence that says who, not how: "Du kan inte anmäla dig själv. Din handläggare kan …")
            return next((x for x in _sentences(blocks[i + 1].text) if " inte " not in x and _WHO_CUE.search(x)), None)
    return None


_WHO_CUE = re.compile(r"\b(?:du\s+som|dig\s+som|alla|år|åringar|barn|unga|ungdomar|elever|föräldrar|familjer|vuxna|"
                      r"personer|kvinnor|män|seniorer|äldre|hushåll|invånare|boende)\b", re.I)


def _heading_field(text: str) -> str | None:
    fld = labels.field_for(text)
    if fld is None and len(text) <= 60:
        fld = next((f for f, rx in _HEADING_FIELDS if rx.match(text.strip())), None)
    return fld


# A sentence on how to get in, after the target group's ("Ungdomen söker tillsammans med sin vårdnadshavare.",
# "Anmälan görs via skolans kurator.", "Kontakta fältgruppen om du vill vara med."): the way in, not who.
_WAY_IN = re.compile(r"(?:^|(?<=[.!?]\s))(?:(?:(?!som\b|de\s+flesta\b)[\wåäö]+\s+){0,2}(?:söker|ansöker|anmäler|anmäls)\b|"
                     r"(?:anmälan|ansökan|intresseanmälan)\s+(?:görs|sker|skickas|lämnas)\b|kontakta\b|hör\s+av\s+dig\b)",
                     re.I)


def _without_way_in(value: str) -> str:
    """The target group's value without the sentences after it on how to get in (the first sentence is kept)."""
    if ". " not in value:
        return value
    first_end = value.find(". ") + 1
    m = _WAY_IN.search(value, first_end)
    return value[:m.start()].rstrip() if m is not None else value


def _under_label_heading(seg: Segment, field: str) -> tuple[str, str] | None:
    """A one-project page's heading that is a label ("Målgrupp", "Vem riktar sig projektet till?") and the paragraph
    under it, or the items of the list under it one a line: that field's value."""
    if seg.kind != "page":
        return None
    blocks = seg.blocks
    for i, b in enumerate(blocks[:-1]):
        if b.kind == "heading" and blocks[i + 1].kind in ("p", "li") and _heading_field(b.text) == field:
            nxt = blocks[i + 1]
            if nxt.kind != "li" or nxt.list_id is None:
                return b.text, nxt.text
            items = []
            for c in blocks[i + 1:]:
                if c.kind != "li" or c.list_id != nxt.list_id:
                    break
                items.append(c.text)
            return b.text, "\n".join(items)
    return None


def _names_under_label_heading(seg: Segment, field: str) -> tuple[str, str] | None:
    """``_under_label_heading`` when the text under it is a line of names ("Polisen, Region Jönköpings län"), not a
    sentence: the prose under a "Samverkan" heading is read by the prose rules, which know who is who."""
    found = _under_label_heading(seg, field)
    return found if found and not found[1].rstrip().endswith((".", "!", "?")) else None


def _labelled(seg: Segment, field: str) -> tuple[str, str] | None:
    vals = seg.fields.get(field)
    if not vals:
        return None
    label = vals[0][0]
    if field == "purpose":  # "Syfte" then "Mål": the purpose is what the first says, a goal is not one
        vals = [(lab, v) for lab, v in vals if lab == label]
    value = "\n".join(v for _, v in vals).strip()
    return (label, value) if value else None


# Lines that are about the page, not the project: an image caption ("… hemma. Foto: Norrköpings kommun"), where a
# protocol's decision is sent, a note on the page's language.
_CAPTION_END = re.compile(r"(?:^|\s)(?:Foto|Bild|Illustration|Fotograf):\s*[^.!?\n]{0,80}$", re.I)
_KEY_FIGURE = re.compile(r"^[^:\n]{2,50}:\s*(?:ca\.?\s*|cirka\s*)?\d[\d\s\u00a0.,]*\s*(?:%|procent|kr|kronor|tkr|mkr|mnkr|"
                         r"miljoner(?: kronor)?|st|stycken|personer|deltagare)?\.?$", re.I)
_BARE_FACT = re.compile(r"(?:ca\.?\s*)?\d[\d\s\u00a0.,]*\s*(?:kr|kronor|tkr|mnkr|mkr|msek|miljoner(?: kronor)?)"
                        r"(?:\s*(?:per år|/år|om året))?|(?:budget|kostnad|beviljat|belopp)\s+\d{4}"
                        # what was spent, a fact box's label: "Utfall t.o.m. 2025", "Förbrukat hittills"
                        r"|(?:utfall|förbrukat|upparbetat)(?:\s+(?:t\.?\s?o\.?\s?m\.?|till och med|hittills|per))?"
                        r"(?:\s+\d{4}(?:-\d{2}-\d{2})?)?", re.I)
_BADGE = re.compile(r"(?:(?:pågående|pågår|avslutad|avslutat|avslutade|planerad|planerat|kommande|ny|nytt)"
                    r"(?:\s+(?:projekt|insats|insatser|satsning|investering|social investering))?|"
                    r"nyhet|nyheter|pressmeddelande|aktuellt|artikel|reportage|notis|lättläst|lätt svenska|"
                    r"(?:snabb|kort)?fakta(?: om (?:projektet|satsningen|insatsen))?)", re.I)
# An article's kicker: its kind, then its category or date ("Nyheter · Arbete och försörjning", "Pressmeddelande |
# 12 mars 2025").
# (or its date: "Nyhet 12 maj 2026")
_KICKER = re.compile(rf"(?:{_BADGE.pattern})\s*(?:[·|•/]\s*[^.!?:\n]{{1,50}}|\d{{1,2}}\s+[a-zåäö]{{3,9}}\.?\s+\d{{4}}"
                     # a news kind's tag then a category's, side by side: "Nyheter Fritid och kultur"
                     rf"|(?<=nyheter\s)(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:\s+(?:och\s+)?[a-zåäö]+){{0,3}})",
                     re.I)
# The categories or tags a CMS files a page under, or its byline, on their own line: the site's words, not the
# project's.
_TAXONOMY_LINE = re.compile(r"(?:kategori|kategorier|taggar|etiketter|ämnesord|nyckelord|skriven\s+av)\s*:\s*[^.!?:\n]{1,80}", re.I)
_DATE_ONLY = re.compile(r"(?:(?:publicerad|uppdaterad|datum)\s*:?\s*)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?"
                        r"(?:\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zé]*\.?\s+\d{4}"
                        r"|\d{4}-\d{2}-\d{2})(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?", re.I)
_CLOCK_ALONE = re.compile(r"(?:kl(?:ockan|\.)?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[–-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?",
                          re.I)
_FACT_SEPARATOR = re.compile(r"\s+[·|]\s+")
_DOCUMENT_LINK = re.compile(r"\((?:pdf|word|docx?|xlsx?|pptx?|odt|jpe?g|png)(?:,[^()]{1,30})?\)$", re.I)
# The page's own furniture inside its main content: a skip or back link, a call to act, a gallery's counter, a comment
# form's notice, a row of page tools ("Lyssna | Lättläst | Other languages | Sök"), a postal footer line.
_PAGE_FURNITURE_LINE = re.compile(
    r"(?:till|hoppa\s+till|gå\s+(?:direkt\s+)?till|direkt\s+till)\s+(?:sidans\s+)?(?:huvud)?innehåll(?:et)?|"
    r"tillbaka(?:\s+till\s+[\wåäö ]{1,40})?|kommentarer(?:na)?\s+är\s+stängda\.?|"
    r"anmäl\s+(?:dig(?:\s+här)?|intresse)|visa\s+(?:fler|alla)(?:\s+[\wåäö ]{1,40})?|"
    r"visar\s+\d+\s+av\s+\d+(?:\s+[\wåäö]+)?|"
    r"(?:lyssna|lättläst|lätt\s+svenska|other\s+languages|languages|teckenspråk|sök|skriv\s+ut|dela)"
    r"(?:\s*\|\s*(?:lyssna|lättläst|lätt\s+svenska|other\s+languages|languages|teckenspråk|sök|skriv\s+ut|dela|"
    r"in\s+english|på\s+svenska))+", re.I)
_POSTAL_LINE = re.compile(r"\bBox\s+\d{1,5}\b.{0,40}\b\d{3}\s?\d{2}\s+\w", re.S)
# A news item's line of when it was published, maybe after its kind: no sentence, only dates after the word.
_PUBLISHED_LINE = re.compile(r"(?:(?:nyheter|nyhet|aktuellt|pressmeddelande|artikel)\s*[·|:]?\s*)?"
                             r"(?:senast\s+)?(?:publicerad|publicerat|uppdaterad|uppdaterat|ändrad)\b[^.!?]*\d{4}[^.!?]*$",
                             re.I)
# A period or an amount written alone: "2024–2026", "ht 2024 – vt 2026", "Hösten 2024 – våren 2026", "950 000 kronor".
_WHEN_WORD = rf"(?:(?:vt|ht|våren|hösten|sommaren|vintern|{MONTH_NAMES})\s+)?(?:19|20)\d{{2}}(?:/\d{{2}})?"
_FACT_PART = re.compile(rf"(?:{_BARE_FACT.pattern})|{_WHEN_WORD}(?:\s*[–—-]\s*{_WHEN_WORD})?", re.I)
_WHEN_ALONE = re.compile(rf"(?:vt|ht|våren|hösten|sommaren|vintern|{MONTH_NAMES})\s+(?:19|20)\d{{2}}", re.I)
_CASE_NUMBER = re.compile(r"(?:dnr\.?\s*)?[A-ZÅÄÖ]{1,5}[\s/-]?(?:19|20)\d{2}[/:.-]\d{1,5}(?:[/:.-]\d{1,4})?")
_CASE_REFERENCE = re.compile(r"\b(?:dnr|diarienummer|diarienr|ärendenummer)\b", re.I)
_NOT_DESCRIPTION_STARTS = ("beslutet skickas till", "expedieras till", "sidan är skriven på lätt svenska",
                           "den här texten är skriven på lätt", "den här sidan är skriven på lätt",
                           "texten är skriven på lätt", "denna text är skriven på lätt", "läs texten på vanlig svenska",
                           "för mer information", "för frågor", "presskontakt", "kontaktperson:", "kontakt:")


_QUOTE_OPENING = ("–", "—", "-", "”", "“", '"', "«")
_QUOTE_CLOSING = ("”", '"', "»", "“")
_QUOTE_END = (".", "!", "?", *_QUOTE_CLOSING)
# The line under a quotation that says whose it is: "Anna Berg, projektledare", "Karin Ek, rektor på Torsbyskolan".
_ATTRIBUTION_LINE = re.compile(r"^[A-ZÅÄÖ][\w.-]+(?: [A-ZÅÄÖ][\w.-]+){0,3}(?: \([A-ZÅÄÖ]{1,3}\))?, [^\n.!?]{2,60}$")


def _without_attribution(part: str) -> str:
    """A quotation's paragraph without the attribution line below it: who said it is no description of the project.
    The line is a name and a role ("Ann Persson (C), kommunstyrelsens ordförande"), or, under a quotation in quote
    marks, any short line that is no sentence ("Tidigare deltagare i Jobbkraft")."""
    if "\n" not in part:
        return part
    head, _, last = part.rpartition("\n")
    last = last.strip()
    if _ATTRIBUTION_LINE.match(last):
        return head if part.startswith(_QUOTE_OPENING) or head.rstrip().endswith(_QUOTE_END) else part
    if part.startswith(_QUOTE_OPENING) and head.rstrip().endswith(_QUOTE_CLOSING) and len(last) <= 80 \
            and not last.endswith((".", "!", "?", ":")):
        return head
    return part


# A caption longer than this is text (a paragraph under the picture), as the page walker reads a <figcaption>.
_LONG_CAPTION = 160


def _without_credit(part: str) -> str:
    """A text without the photographer's credit it ends with ("… i augusti. Foto: Peter Lundgren")."""
    tail_at = max(0, len(part) - 120)
    m = _CAPTION_END.search(part, tail_at)
    return part[:m.start()].rstrip() if m else part


def _dash_facts(line: str) -> bool:
    """A line of facts between dashes, two of them an amount or a period, the rest short names: "Bollnäs kommun – 850
    tkr – 2025–2026", "Hofors kommun och Ockelbo kommun – 1 200 tkr – ht 2025–vt 2027"."""
    parts = [p.strip() for p in line.split(" – ")]
    facts = sum(1 for p in parts if _FACT_PART.fullmatch(p) or _ISO_DAY_SPAN.fullmatch(p))
    return len(parts) >= 3 and facts >= 2 and all(len(p) <= 60 and not p.endswith(".") for p in parts)


# "2025-04-01–2026-03-31": two ISO days joined by a dash (terms and years are _FACT_PART's)
_ISO_DAY_SPAN = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}\s*[–-]\s*(?:19|20)\d{2}-\d{2}-\d{2}")


def _dash_fact_parts(seg: Segment) -> list[str]:
    """The parts of the segment's line of facts between dashes, if it has one: a region's list of grants writing
    "Barnens bästa i Bollnäs – Bollnäs kommun – 850 tkr – 2025" states who, how much and when by position alone."""
    for b in seg.lead + seg.blocks:
        if b.kind in ("p", "li") and " – " in b.text:
            for line in b.text.split("\n"):
                line = line.strip()
                if len(line) <= 140 and " – " in line and _dash_facts(line):
                    return [p.strip() for p in line.split(" – ")]
    return []


def _without_fact_lines(part: str) -> str:
    """A paragraph's lines that are text: a fact line inside it ("…<br>Period: 2024–2026<br>Beviljat: 720 000 kr") is
    left out as it would be on its own."""
    if "\n" not in part:
        return part
    return "\n".join(line for line in part.split("\n") if not _not_description(line))


def _not_description(part: str) -> bool:
    """Text beside the project's description, not part of it: a note about the page or its contacts, a caption
    (``_CAPTION_END`` reads at most the last ~100 characters), or one short line of facts on its own."""
    if part[:40].lower().startswith(_NOT_DESCRIPTION_STARTS):
        return True
    if len(part) <= 120 and _CASE_REFERENCE.search(part):
        return True  # a case's references ("Kommunstyrelsen 2025-05-12, § 94 · Diarienummer KS/2025:188")
    if len(part) <= 24 and _CASE_NUMBER.fullmatch(part.strip()):
        return True  # a diary number on its own, a fact box's value ("SN 2024/188", "KS/2025:188")
    short = part.strip()
    if len(short) <= 40 and (short.endswith(":") and "\n" not in short or _BARE_FACT.fullmatch(short)):
        return True  # a list's lead-in ("Fakta om projektet:"), a fact box's value or label ("620 000 kr", "Budget 2025")
    if len(short) <= 30 and _BADGE.fullmatch(short):
        return True  # a card's badge or an article's category ("Pågående", "Avslutad", "Nyhet", "Lättläst")
    if len(short) <= 80 and _KICKER.fullmatch(short):
        return True
    if len(short) <= 100 and _TAXONOMY_LINE.fullmatch(short):
        return True  # a CMS's filing of the page: "Kategori: Äldreomsorg", "Taggar: unga, fritid", "Skriven av: …"
    if len(short) <= 40 and (_DATE_ONLY.fullmatch(short) or _WHEN_ALONE.fullmatch(short)
                             or _CLOCK_ALONE.fullmatch(short)):
        # a news entry's or a timeline step's date or time on its own line ("12 maj 2025", "Hösten 2023", "15.30")
        return True
    if len(short) <= 80 and _PAGE_FURNITURE_LINE.fullmatch(short):
        return True  # "Till innehållet", "Tillbaka till nyheterna", "Anmäl dig här", "Lyssna | Lättläst | Sök"
    if len(short) <= 60 and "\n" not in short and unicodedata.category(short[0]) == "So" and short[0] not in "©®":
        return True  # a chip's fact after its emoji ("📅 2023–2025", "💰 1 100 000 kronor", "🟢 Pågår"): read as a fact
    if len(short) <= 200 and _POSTAL_LINE.search(short) and ("|" in short or "\n" in short or "Tel" in short):
        return True  # the organisation's postal footer ("Ragunda kommun | Box 52, 840 70 Hammarstrand | Tel …")
    if len(short) <= 120 and "\n" not in short and _DOCUMENT_LINK.search(short):
        return True  # a document to download ("Slutrapport Rörelselyftet (pdf)", "Beslut (pdf, 245 kB)")
    if len(short) <= 90 and "\n" not in short and _PUBLISHED_LINE.match(short):
        return True  # "Nyheter Publicerad 4 september 2025 (uppdaterad 5 september 2025)"
    if len(short) <= 90 and "\n" not in short and ("·" in short or "|" in short) \
            and all(_FACT_PART.fullmatch(p.strip()) for p in _FACT_SEPARATOR.split(short)):
        return True  # a teaser's line of facts: "2024–2026 · 1 800 000 kronor", "Hösten 2024 – våren 2026 | 950 tkr"
    if len(short) <= 140 and "\n" not in short and " – " in short and _dash_facts(short):
        return True  # "Bollnäs kommun – 850 tkr – 2025–2026": who, how much, when
    if len(short) <= 80 and "\n" not in short and ":" in short:
        # a key figure ("Antal deltagare: 47", "Kostnad 2024: 1 340 000 kr") or one labelled fact ("Status: Avslutat")
        if _KEY_FIGURE.match(short):
            return True
        found = labels.split_label(short)
        if found is not None and found[0] not in ("description", "ignore"):
            return True
    tail = part[-120:]
    return ":" in tail and _CAPTION_END.search(tail) is not None and len(part) <= _LONG_CAPTION


# An amount tagged with its year: "2025: 400 tkr", "350 tkr 2024", "700 tkr år 2025".
_YEAR_AMOUNT = re.compile(r"(?<!\d)(?:19|20)\d\d\s*:\s*\d[\d \u00a0,.]*\s*(?:tkr|kr|kronor|mnkr|mkr|miljoner|sek)"
                          r"|\d[\d \u00a0,.]*\s*(?:tkr|kr|kronor|mnkr|mkr|miljoner(?:\s+kronor)?|sek)\s+(?:år\s+)?(?:19|20)\d\d(?!\d)",
                          re.I)
# A money cell that may hold more than one amount: a separator between two numbers.
_SEVERAL_IN_CELL = re.compile(r"\d[^\d/;]*[/;\n][^\d]*\d|\d\s*(?:tkr|kr|kronor|mnkr|mkr)\b.*\d")


def _same_words(a: str, b: str) -> bool:
    """The same words, blanks, case and a final full stop aside (a text twice the other's length is not)."""
    if len(a) > 2 * len(b) + 8:
        return False
    return a.split() == b.split() or " ".join(a.split()).casefold().strip(" .") == " ".join(b.split()).casefold()


def _unique(items, key=str.lower) -> list[str]:
    seen, out = set(), []
    for i in items:
        if i and (k := key(i)) not in seen:
            seen.add(k)
            out.append(i)
    return out


_ACRONYM_AFTER = re.compile(r"\s*\([^()]{1,12}\)$")


def _name_key(name: str) -> str:
    """A name and the same name with its acronym after it ("Europeiska socialfonden (ESF+)") are one."""
    return _ACRONYM_AFTER.sub("", name).lower()


def _unique_texts(items: list[str]) -> list[str]:
    """``_unique(items)``, lower-casing only the items whose length another item shares (lower() is dear on long
    paragraphs): without an "İ", the one character whose lower case is two characters long, lower() keeps an item's
    length, so items of different lengths have different keys."""
    if any("\u0130" in i for i in items):
        return _unique(items)
    lengths: dict[int, int] = {}
    for i in items:
        lengths[len(i)] = lengths.get(len(i), 0) + 1
    seen, out = set(), []
    for i in items:
        if not i:
            continue
        if lengths[len(i)] > 1:
            key = i.lower()
            if key in seen:
                continue
            seen.add(key)
        out.append(i)
    return out


_WHICH_BEFORE = re.compile(r"(?P<ante>[^.;:!?\n]{1,60}?(?-i:[A-ZÅÄÖ])[\wåäö-]*),\s+som\s+$")


def _of_another(text: str, pos: int, title: str | None) -> bool:
    """An owner's words in a relative clause about something else: "… och Hälsocentralen Bräcke, som drivs av Region
    Jämtland Härjedalen" says who runs the health centre (a name, then a comma), not the project ("Familjekaravanen,
    som drivs av IFO, …", "projektet, som drivs av …" and "Utomhuspedagogik i förskolan som drivs av X" do say it of
    the project)."""
    if not text.endswith("som ", 0, pos):
        return False
    which = _WHICH_BEFORE.search(text, max(0, pos - 80), pos)
    if which is None:
        return False
    ante = which.group("ante")
    return not (fold(ante).rstrip(" ,").endswith(_SUBJECT_WORDS) or (title and ante.rstrip(" ,").endswith(title)))


def _orgs_from(text: str) -> list[str]:
    if text.endswith(")") and (held := _PERSON_THEN_UNIT.match(text.strip())) is not None \
            and orgs.looks_like_person(held.group("person")):
        text = held.group("unit")  # "Ansvarig: Lena Holm (Arbetsmarknadsenheten)": the unit the person is of
    if " – " in text or " — " in text:
        # a party and what it does, one a line ("Spelberoendes förening i Värmland – anhöriggrupp och stödgrupp"):
        # the name only, before its description is split at its "och"
        text = "\n".join((m.group(1) if (m := _NAME_THEN_WHAT.match(line)) else line) for line in text.split("\n"))
    return _unique(o for o in (orgs.clean_organisation(x) for x in orgs.split_organisations(text))
                   if o and not orgs.looks_like_person(o) and not _INDEFINITE.match(o))


_NAME_THEN_WHAT = re.compile(r"^\s*((?-i:[A-ZÅÄÖ])[^–—\n]{2,80}?)\s+[–—]\s+(?=[a-zåäö])")
_PERSON_THEN_UNIT = re.compile(r"(?P<person>[^(),;]{3,40}?)\s*\((?P<unit>[^()]{3,80})\)$")


# One of a kind, not a name: "En kurator är med i projektet på 40 procent", "ett studieförbund".
_INDEFINITE = re.compile(r"(?:[Ee]n|[Ee]tt)\s+[a-zåäö][\wåäö-]*$")


_NAME_END = frozenset("""innan när då det den detta kan ska skulle som är var har hade blir blev till efter under medan
men eller vilket vilken om inom genom enligt också även dock bara nu fick får kommer ville vill med att sedan
varje per cirka totalt ger gav erbjuder erbjöd driver arbetar utvecklar genomför genomförde hjälper stöttar
erbjuds täckte täcker bidrar bidrog betalar betalade tar""".split())
# Who a sentence is about, after an organisation's name in "erbjuder i samverkan med Arbetsförmedlingen unga vuxna
# 18–29 år …": it ends the name when it follows a capitalised word ("Centrum för barn och unga" keeps its "barn").
_OBJECT_WORDS = frozenset("""unga ungdomar barn elever familjer vuxna personer hyresgäster äldre föräldrar kvinnor män
flickor pojkar deltagare invånare tidigt stöd""".split())
# A department written in lower case in running prose ("drevs av utbildningsförvaltningen i samverkan med individ- och
# familjeförvaltningen") is still a body, by its ending.
_LOWER_BODY = re.compile(r"^[a-zåäö][\wåäö-]*(?:\s+och\s+[a-zåäö][\wåäö-]*)?(?:förvaltningen|nämnden|enheten|"
                         r"avdelningen|kontoret|förbundet|omsorgen)"
                         # (of a named municipality: "socialförvaltningen i Arboga kommun")
                         r"(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad|län))?$")
# Collective nouns that name an organisation though written in lower case.
_GENERIC_ORGS = re.compile(r"^(?:(?:lokala|ideella|flera|olika|berörda|andra) )?(föreningslivet|näringslivet|civilsamhället|socialtjänsten|skolan|skolorna|elevhälsan|"
                           r"polisen|räddningstjänsten|kommunen|regionen|vårdcentralen|förskolan|förskolorna|"
                           # a unit by its compound: "barnavårdscentralen", "ungdomsmottagningen", "primärvården"
                           # ("barn- och ungdomspsykiatrin")
                           r"(?:[a-zåäö]+-\s+och\s+)?[a-zåäö]+(?:centralen|mottagningen|vården|hälsan|biblioteket|skolan|gården|"
                           r"psykiatrin)|fältgruppen|"
                           r"fältteamet|vuxenutbildningen|familjerätten|"
                           r"fritidsgården|biblioteket|kyrkan|svenska kyrkan|idrottsföreningar(na)?|föreningar(na)?|"
                           r"studieförbund(en)?|arbetsförmedlingen|försäkringskassan|barnhälsovården|elevhälsan|bup|ifo|"
                           r"föreningar|organisationer|idrottsklubbar|trossamfund)\b",
                           re.I)


_TRAILING_JOIN = re.compile(r"(?:[\s,]+(?:och|samt|eller|resp\.?|respektive))+\s*$", re.I)


def _next_name(words: list[str], i: int) -> str:
    """The word at ``i``, or the suspended compound it opens ("barn- och ungdomsförvaltningen"), without commas."""
    end = i + 3 if words[i].endswith("-") and i + 2 < len(words) and words[i + 1] == "och" else i + 1
    return " ".join(words[i:end]).strip(",.")


_GENERIC_BODY_WORDS = frozenset(orgs.GENERIC_BODY_WORDS)


_FOR_WHOM = frozenset({"barn", "unga", "ungdom", "ungdomar", "familj", "familjer", "vuxna", "äldre", "föräldrar",
                       "kvinnor", "män", "elever"})


def _trim_name(name: str) -> str:
    """Cut a name caught in running prose where the sentence goes on ('RUN innan det kan betalas ut' → 'RUN')."""
    words = name.split()
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if i and (any(c.isdigit() for c in w) or (lw in _OBJECT_WORDS and words[i - 1][:1].isupper())):
            # (and the conjunction before the number: "Europeiska socialfonden och 40 procent med …")
            return _TRAILING_JOIN.sub("", " ".join(words[:i]).rstrip(","))
        if i and (lw in _NAME_END or (lw == "och" and i + 1 < len(words) and words[i + 1][:1].islower()
                                      and not words[i - 1].endswith("-")
                                      # (a unit of a suspended compound after it: "och barn- och ungdomspsykiatrin")
                                      and not words[i + 1].endswith("-")
                                      and not _GENERIC_ORGS.match(words[i + 1].strip(",."))
                                      and not _LOWER_BODY.match(_next_name(words, i + 1))
                                      and not _UNIT_OF_A_BODY.match(" ".join(words[i + 1:i + 3]).strip(",."))
                                      and not (i == 1 and len(words) == 3 and orgs.is_bare_noun(words[2]))
                                      # ("Första linjen för barn och unga": the people a body is for)
                                      and not (words[i - 1].lower() in _FOR_WHOM and words[i + 1].lower().strip(",.")
                                               in _FOR_WHOM)
                                      # ("Förvaltningen förskola och skola": a generic body's word, then its field)
                                      and not (i == 2 and len(words) == 4 and words[0] in _GENERIC_BODY_WORDS))):
            # (not a department's name of two bare nouns: "Kultur och fritid", "Vård och omsorg"; nor before a
            # department in lower case: "utbildningsförvaltningen och socialförvaltningen")
            return " ".join(words[:i]).rstrip(",")
    return name


# (with the body it belongs to: "barnhälsovården i Region Jämtland Härjedalen", "föreningslivet i Kiruna")
_GENERIC_ORG_PHRASE = re.compile(_GENERIC_ORGS.pattern + r"(\s+i\s+[A-ZÅÄÖ][\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){0,3}"
                                 # "elevhälsan på Ekbackens skola", "fritidsgården vid Norrby skola"
                                 r"|\s+(?:på|vid)\s+(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){0,2}"
                                 r"\s+(?:skola|skolan|förskola|gymnasium|bibliotek|vårdcentral|fritidsgård)"
                                 r"|\s+(?:på|vid)\s+(?-i:[A-ZÅÄÖ])[\w-]*(?:skolan|gymnasiet))?$",
                                 re.I)
# A kind of place or body in lower case before its own name: "fritidsgården Ekbacken", "föreningen Hela Människan".
# A body's unit in its genitive ("socialtjänstens öppenvård", "kommunens fritidsgårdar") and a unit by its acronym
# before its place ("sfi Skurup", "bup Hässleholm"): bodies written in lower case.
_UNIT_OF_A_BODY = re.compile(r"^(?:socialtjänstens|kommunens|regionens|stadens|[a-zåäö]+(?:förvaltningens|nämndens))\s+"
                             r"[a-zåäö]*(?:vård|vården|gård|gårdar|gårdarna|mottagning|mottagningen|team|teamet|enhet|"
                             r"enheten|verksamhet|verksamheten|tjänst|tjänsten|grupp|gruppen)$")
_ADJECTIVE_UNIT = re.compile(r"^[a-zåäö]+[ae]\s+[a-zåäö]*(?:skolan|förskolan|gården|mottagningen|centralen|vården|"
                             r"enheten|biblioteket)$")  # "anpassade gymnasieskolan", "öppna förskolan"
# A lower-case unit at a named place: "barnavårdscentralen på Dorotea hälsocentral", "kuratorerna vid Solbacka skola".
_UNIT_AT_NAMED_PLACE = re.compile(r"^[a-zåäö][\wåäö-]*(?:centralen|mottagningen|skolan|gården|enheten|vården|biblioteket|"
                                  r"kliniken|hälsan|teamet)\s+(?:på|vid|i)\s+[A-ZÅÄÖ][\wåäö-]*"
                                  r"(?:\s+[a-zåäö]*(?:central|centralen|skola|skolan|sjukhus|sjukhuset|klinik|kliniken|"
                                  r"gård|gården|bibliotek|biblioteket))?$")
_LOWER_ACRONYM_UNIT = re.compile(r"^(?:sfi|bup|ifo|bvc|mvc|komvux)\s+[A-ZÅÄÖ][\wåäö-]+$")
# (a name's lower-case last word: "fritidsgården Ungdomens hus")
_KIND_THEN_NAME = re.compile(r"^[a-zåäö][\w-]+(?:en|et|na)\s+[A-ZÅÄÖ][\w-]*"
                             r"(?:\s+(?:[A-ZÅÄÖ][\w-]*|hus|huset|gård|gården)){0,3}"
                             r"(?:\s+i\s+[A-ZÅÄÖ][\w-]*)?$")  # ("fritidsgården Lyktan i Alfta")


def _payers_named(text: str, pub: Publisher | None) -> list[str]:
    """The bodies a payer's sentence names as its subject, but a word for one ("kommunen", "det") and the publisher
    by its own name on its own page ("Region Halland bidrar med 1,6 miljoner kronor ur regionens medel": its own
    money, as its fund is)."""
    return [n for n in _named_orgs_from(text) if not _GENERIC_SUBJECT.match(n) and not _OWN_BY_POSSESSIVE.match(n)
            and not (pub is not None and pub.type in ("kommun", "region") and _is_publisher(n, pub))]


# The publisher's own board or office by its possessive: "Förbundets styrelse", "Kommunens socialnämnd".
_OWN_BY_POSSESSIVE = re.compile(r"^(?:förbundets|kommunens|regionens|stadens|nämndens)\s", re.I)


# A sentence that lists the work's partners whatever its verb: "Hemma längre har tre partner: …", "Bland
# samarbetsparterna finns …", "Till arbetet har vi knutit …".
_PARTNER_LIST_KEYS = ("partner", "samarbetspart", "samverkanspart", "knutit", "knutits", "parter ")
_PARTNER_LIST = re.compile(r"(?:(?<![\wåäö])(?:[\wåäö]*part(?:ner|nerna|ners|er|erna)|knutit|knutits)\b[^.!?\n:]{0,30}?"
                           r"(?:\s(?:finns|(?:är|var)(?:\s+med\s*:|\s+(?:knutna|kopplade|anslutna)\s+till\s+[\wåäö]+\s*:)?|:)|:)|"
                           r"(?:har\s+vi|har\s+projektet)\s+knutit)\s*"
                           r"([^.!?\n]{3,300})", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:som|där|vars|vilka|vilken|vilket)\s+[^,]*(?=,|$)")


def _partner_list(text: str) -> tuple[list[str], str] | None:
    """The names a partner-listing sentence gives, its relative clauses about each left out ("Åsarna IK, som lånar ut
    sin klubbstuga, Rätans byalag, där …, och Svenska kyrkan i Klövsjö"). Only capitalised names count."""
    for m in _PARTNER_LIST.finditer(text):
        names = [n for n in _named_orgs_from(_RELATIVE_CLAUSE.sub("", m.group(1)), generic=False)
                 if n[:1].isupper() and not _PAYING_VERB.search(n) and len(n.split()) <= 6]
        if names:
            return names, _ev(m.group(0))
    return None


_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|,\s+(?:och\s+)?|\s+och\s+(?=[A-ZÅÄÖ])")
# A finite verb after a clause's subject: the common irregular ones, else a present or past ending
_IRREGULAR_VERBS = frozenset("är var har hade tog tar höll håller gav ger fick får står stod går gick kommer kom ska "
                             "skall kan kunde bidrog finns fanns sitter satt ingår ingick".split())
_FINITE_VERB = re.compile(r"[a-zåäö]{2,}(?:ar|er|ir|ur|ade|de|te|dde|tte)$")


def _clause_subjects(text: str) -> list[str]:
    """The organisations that begin the clauses of a partner heading's prose, each the subject of its own verb
    ("Bergslagens Skogsvård AB tog emot deltagarna för praktik, Studiefrämjandet Bergslagen höll i kurserna och
    Vårdcentralen Hällefors – en del av Region Örebro län – hade en kontaktperson"). A subject counts when it is an
    organisation by its words (a unit's or company's word, two capitalised words, an acronym), never a person."""
    out = []
    for clause in _CLAUSE_BREAK.split(text):
        words = clause.split()
        name = []
        i = 0
        while i < len(words):
            w = words[i]
            if w[:1].isupper() or (name and (w in ("i", "för", "&") and i + 1 < len(words) and words[i + 1][:1].isupper()
                                              or orgs._is_org_token(w))):
                name.append(w)
                i += 1
            else:
                break
        if not name:
            continue
        if i < len(words) and words[i] in ("–", "—", "-"):  # an apposition between dashes before the verb
            close = next((j for j in range(i + 1, len(words)) if words[j] in ("–", "—", "-")), None)
            i = close + 1 if close is not None else len(words)
        verb = words[i] if i < len(words) else ""
        if not (verb in _IRREGULAR_VERBS or _FINITE_VERB.match(verb)):
            continue
        caps = sum(1 for w in name if w[:1].isupper())
        if caps >= 2 or any(orgs._is_org_token(w) for w in name) or any(orgs._is_acronym(w) for w in name):
            out.extend(_named_orgs_from(" ".join(name), generic=False))
    return _unique(out)


# "… i kommunen", "… här i staden" after a unit's name: where it is, which the record's codes say (it would also split
# "Kultur och fritid i kommunen" as two names)
_HERE_TAIL = re.compile(r"\s+(?:här\s+)?i\s+(?:kommunen|staden|regionen|länet)\s*$")


_ABBREVIATION = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
# A name written out before its abbreviation in brackets: "Barn- och utbildningsförvaltningen (BUF)", "Individ- och
# familjeomsorgen (IFO)" (the name's words: capitalised, "X- och y", or joined by och/för/i)
_WRITTEN_OUT = (r"((?-i:[A-ZÅÄÖ])[\wåäö]*(?:-\s+och\s+[a-zåäö][\wåäö]*|\s+(?:och|för|i)\s+[\wåäö]+|"
                r"\s+(?-i:[A-ZÅÄÖ])[\wåäö]*)*)\s*\(\s*{}\s*\)")


def _written_out(name: str, *texts: str) -> str:
    """``name``'s full form where an abbreviation stands for it in the texts, else ``name``."""
    if not _ABBREVIATION.match(name):
        return name
    rx = re.compile(_WRITTEN_OUT.format(re.escape(name)))
    for text in texts:
        if f"({name})" in text.replace("( ", "(").replace(" )", ")") and (m := rx.search(text)) is not None:
            return m.group(1)
    return name


# A name after what it is, with an article ("det kommunala bostadsbolaget Botkyrkabyggen"): the name.
_DESCRIBED_NAME = re.compile(r"^(?:det|den|de)\s+(?:[a-zåäö-]+\s+){1,3}(?=(?-i:[A-ZÅÄÖ]))")


# A count of a kind before its names: "tre skolor – Götafors skola, Hjortsjöskolan och Fenix skola –", "två
# föreningar: PRO Moheda och SPF Seniorerna Vislanda".
_COUNTED_KIND = re.compile(r"(?<!\w)(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2})\s+(?:[a-zåäö-]+\s+)?[a-zåäö]+(?:er|ar|or|n)"
                           r"\s*(?::|[–—]\s)\s*")


def _named_orgs_from(text: str, generic: bool = True) -> list[str]:
    """Organisations in running prose: names (capitalised, acronyms) or, with ``generic``, collective nouns such
    as 'föreningslivet i Kiruna'; never 'personalen' or 'mentor'."""
    out = []
    if ":" in text or "–" in text or "—" in text:
        text = _COUNTED_KIND.sub("", text).replace(" – ", ", ").replace(" — ", ", ")
    for o in _orgs_from(_trim_name(_HERE_TAIL.sub("", text))):
        o = _trim_name(_DESCRIBED_NAME.sub("", o))
        if not o or orgs.looks_like_person(o):
            continue
        if o[:1].isupper() or (generic and _GENERIC_ORG_PHRASE.match(o)) or _LOWER_BODY.match(o) \
                or _KIND_THEN_NAME.match(o) or _UNIT_OF_A_BODY.match(o) or _LOWER_ACRONYM_UNIT.match(o) \
                or _UNIT_AT_NAMED_PLACE.match(o) \
                or (generic and _ADJECTIVE_UNIT.match(o)):
            out.append(o)
    return _unique(out)


def _clean_prose(text: str) -> str:
    return orgs.redact_persons(text).strip()


def derive_title(seg: Segment, purpose: str | None, description: str | None) -> tuple[str | None, str | None]:
    """A short display name from the segment's own words; published in its own column, marked derived."""
    source = seg.cells.get("project") or purpose or description
    if not source:
        return None, None
    first = source.strip().split("\n")[0]
    body = _DERIVED_PREFACE.sub("", first, count=1)
    cut = _DERIVED_CUT.search(body, 12)
    name = body[: cut.start()] if cut else body
    words = name.split()
    if len(words) > 12:
        name = " ".join(words[:12]) + "…"
    name = name.strip(" ,.;:")
    if len(name) < 4:
        return None, None
    return name[0].upper() + name[1:], first


def _cap(text: str, limit: int = DESCRIPTION_MAX) -> str:
    """Keep descriptions short (page prose may be copyrighted; the source URL has the rest)."""
    if len(text) <= limit:
        return text
    cut = max(text.rfind(end, 0, limit) for end in (". ", ".\n", "! ", "!\n", "? ", "?\n"))  # a sentence's end
    return (text[: cut + 1] if cut > limit // 2 else text[:limit].rsplit(" ", 1)[0]) + " …"


# A funder that is the publisher itself: its fund ("ur fonden", "ur den sociala investeringsfonden") or its boards
# ("Kommunstyrelsen beviljar …", "Regionfullmäktige", "Socialnämnden"): one source, whichever a sentence names.
_OWN_BOARD = r"(?:kommun|region)styrelsen?|(?:kommun|region)fullmäktige|[\wåäö-]+nämnden?"
_OWN_SOURCE = re.compile(rf"^(?:den |kommunens |regionens )?(?:sociala )?(?:investerings)?fonden?$|^(?:{_OWN_BOARD})$|"
                         r"^(?:kommunen|regionen|staden)$", re.I)  # (the publisher by its kind: "Kommunen betalar …")
# A board named without its place ("Kommunstyrelsen beviljar 1,6 miljoner …") is the publisher's own: no funder.
_OWN_BOARD_RE = re.compile(rf"(?:{_OWN_BOARD})", re.I)


def _is_publisher(name: str, pub: Publisher) -> bool:
    """The name is the publisher's own: as the registry writes it ("Region Dalarna"), a municipality's name in any
    form that names it alone ("Laxå kommun" for the registry's "Laxå"), or "regionen"/"kommunen" on its own page."""
    folded = name.casefold()
    if folded == pub.name.casefold() or (folded, pub.type) in (("regionen", "region"), ("kommunen", "kommun")):
        return True  # ("Regionen avsätter 10 miljoner kronor per år …" on the region's page)
    if pub.type not in ("kommun", "region") or not pub.code:
        return False
    places = orgs.find_municipalities(name) if pub.type == "kommun" else orgs.find_regions(name)
    return len(places) == 1 and places[0].code == pub.code and places[0].text == name


def _paying_others(names: list[str], pub: Publisher | None) -> list[str]:
    """Payers with amounts but the publisher, for a text that says the publisher's part comes from its own fund
    ("Region Östergötland och Motala kommun satsar tillsammans 4,6 miljoner … Regionen står för 2,3 miljoner kronor ur
    Region Östergötlands sociala investeringsfond": Motala kommun), as in a funding line's shares."""
    if pub is None or pub.type not in ("kommun", "region") or len(names) < 2:
        return names
    return [n for n in names if not _is_publisher(n, pub)]


def _from_own_fund(amount: Amount, pub: Publisher | None) -> bool:
    """Money from the publisher's own fund ("ur Region Uppsalas sociala investeringsfond" on Region Uppsala's page):
    where the money sits, not a funder. Another organisation's fund names a funder (Region Skåne on a municipality's
    page)."""
    if pub is None or not amount.funder or not _OWN_FUND.search(amount.text):
        return False
    if amount.funder == pub.name:
        return True
    places = orgs.find_municipalities(amount.funder) if pub.code and pub.type == "kommun" else []
    return len(places) == 1 and places[0].code == pub.code and places[0].text == amount.funder


# A label's value that is prose: a sentence of six or more words.
# A partners label's value that opens with the work and its verb of working with others.
_PARTNER_VERB_FIRST = re.compile(r"^\s*(?:[A-ZÅÄÖ][\wåäö-]*\s+){1,3}?(?:samarbetar|samverkar|samarbetade|samverkade|"
                                 r"arbetar|arbetade)\s+(?:också\s+|även\s+|nära\s+|tätt\s+)?(?:med|tillsammans)\b")
_PROSE_VALUE = re.compile(r"(?:\S+\s+){5,}\S*[a-zåäö]\S*[.!?](?:\s|$)")
# An owner label naming its partners too: "Projektägare: Rinkeby-Kista stadsdelsförvaltning i samverkan med …".
_WITH_PARTNERS = re.compile(r"[,\s]+(?:i samverkan med|i samarbete med)\s+", re.I)
# Under an owner label "tillsammans med" joins a second owner ("Projektägare: Socialnämnden tillsammans med Barn- och
# utbildningsnämnden"), as "och" would; "i samverkan med" names partners.
_JOINT_OWNER = re.compile(r"\s+tillsammans\s+med\s+", re.I)
# The same after an owner in prose ("drivs av barn- och utbildningsförvaltningen tillsammans med socialförvaltningen").
# A unit of the organisation itself, in lower case: "socialförvaltningen", "elevhälsan", "öppenvården".
_OWN_UNIT = re.compile(r"^[a-zåäö][\wåäö -]*(?:förvaltningen|nämnden|tjänsten|hälsan|enheten|kontoret|skolan|centralen|"
                       r"mottagningen|vården|verksamheten|avdelningen)$")
_JOINT_AFTER = re.compile(r"\s+tillsammans\s+med\s+(.{3,120}?)" + _STOP, re.S)


# A staff table's columns: who ("Namn", "Roll", "Befattning") and how much of a post ("Tjänstgöringsgrad", "Omfattning").
_STAFF_WHO_HEADS = frozenset({"namn", "roll", "befattning", "funktion", "titel", "yrke", "tjänst"})
_STAFF_SHARE_HEADS = frozenset({"tjänstgöringsgrad", "omfattning", "sysselsättningsgrad", "andel av heltid", "andel",
                                "arbetstid", "tjänsteomfattning", "procent av heltid"})
_SHARE_CELL = re.compile(r"^\s*(\d{1,3}(?:,\d+)?)\s*(?:%|procent)\s*$|^\s*(heltid)\s*$|^\s*(halvtid)\s*$", re.I)


def _staff_table(blocks) -> Staffing | None:
    """A table of the project's staff, one person a row with the share of a post ("Namn | Roll |
    Tjänstgöringsgrad", "Karin Åberg | Speciallärare | 100 %"): the shares summed."""
    for b in blocks:
        rows = b.rows if b.kind == "table" else None
        if not rows or len(rows) < 2:
            continue
        head = [fold(c).strip(" :") for c in rows[0]]
        col = next((j for j, h in enumerate(head) if h in _STAFF_SHARE_HEADS), None)
        if col is None or not any(h in _STAFF_WHO_HEADS for h in head):
            continue
        total = 0.0
        for row in rows[1:]:
            m = _SHARE_CELL.match(row[col]) if col < len(row) else None
            if m is None:
                break
            total += 1.0 if m.group(2) else 0.5 if m.group(3) else float(m.group(1).replace(",", ".")) / 100
        else:
            if 0 < total <= 100:
                return Staffing(round(total, 2), b.text)
    return None


# A sum's share per year or term said after it in the same value: "(120 tkr per termin)", ", 400 000 kr/år".
_SHARE_PER_UNIT = re.compile(r"\d[\d\s\u00a0,.]*\s*(?:tkr|kr|kronor|mkr|mnkr|miljoner(?:\s+kronor)?)\s*(?:per|/|om)\s*"
                             r"(?:år|året|termin|läsår|halvår)\b", re.I)
# A party's line that names it the owner: "Individ- och familjeomsorgen – projektägare, anställer spelcoacherna".
_OWNER_ROLE_LINE = re.compile(r"^\s*(.{3,80}?)\s+[–—-]\s+(?:projektägare|insatsägare|ägare|huvudman)\b", re.I)
# A body and its share of the cost on a line of its own: "Mariestads kommun: 1 890 000 kronor".
_BODY_SHARE_LINE = re.compile(r"^\s*(?P<name>[A-ZÅÄÖ][^:\n]{1,60}?\s(?:kommun|stad)|Region\s[^:\n]{2,40}|"
                              r"[A-ZÅÄÖ][^:\n]{1,60}?(?:förbundet|förbund))\s*:\s*(?:ca\.?\s+|cirka\s+)?\d[\d\s\u00a0.,]*"
                              r"\s*(?:kr|kronor|tkr|mnkr|mkr|miljoner(?:\s+kronor)?)\.?\s*$")
_MONEY_FORMS = frozenset({"bidrag", "stöd", "medel", "pengar", "finansiering", "projektmedel", "anslag"})
_TOTAL_COLUMN = re.compile(r"^\s*" + TOTAL_HEAD.pattern, re.I)  # a column headed by the total word
_TOTAL_ROW = re.compile(r"total|summa|budget|projektkostnad|kostnad|sammanlagt", re.I)
_PART_ROW = re.compile(r"^\s*(?:varav|därav)\s+(.+)$", re.I)


def _cost_table(blocks, pub: Publisher | None) -> tuple[Amount | None, list[str], str | None]:
    """A project's budget table (rows of costs, a column per year and a "Totalt" column): the total row's total
    cell, in the unit its caption or header names ("Budget (tkr)"); its "varav X" rows name the parts' sources
    (own money or the publisher's fund: no funder). (None, [], None) for any other table."""
    for b in blocks:
        if b.kind != "table" or not b.rows or b.header_rows < 1:
            continue
        header = b.rows[b.header_rows - 1]
        if len(header) < 2 or not _TOTAL_COLUMN.match(header[-1]):
            continue
        unit = " ".join(filter(None, [b.caption, *header]))
        body = [r for r in b.rows[b.header_rows:] if len(r) == len(header)]
        total = next((r for r in body if not _PART_ROW.match(r[0]) and _TOTAL_ROW.search(r[0])), None)
        if total is None:
            continue
        multiplier = unit_multiplier(unit) or 1
        amount = parse_amount(total[-1]) or (parse_amount(f"{total[-1]} {_unit_word(multiplier)}")
                                             if multiplier > 1 else parse_bare_kronor(total[-1]))
        if amount is None:
            continue
        amount = Amount(amount.sek, "total", None, f"{total[0]} | {header[-1]}: {total[-1]}")
        funders = []
        for r in body:
            part = _PART_ROW.match(r[0])
            if part is None:
                continue
            name = part.group(1).strip()
            if _OWN_MONEY.match(name) and pub is not None and pub.type != "other":
                funders.append(pub.name)  # "varav egen finansiering": the publisher's own money
            elif not _OWN_FUND.search(name) and not _OWN_MONEY.match(name):
                funders.extend(_orgs_from(name))
        return amount, funders, _ev(f"{b.caption or ''} {amount.text}".strip())
    return None, [], None


_PAYER_HEAD = re.compile(r"finansiär|finansiering|källa|finansieras av", re.I)
_MONEY_HEAD = re.compile(r"belopp|\bkr\b|kronor|tkr|mnkr|\bsek\b|summa", re.I)


def _funding_table(blocks, pub: Publisher | None) -> tuple[Amount | None, list[str], str | None]:
    """A project's financing table, a row per payer ("Finansiär | Andel | Belopp (kr)", then "Totalt"): its payers
    are funders but for the publisher's own fund ("VGR:s sociala investeringsmedel"), and its total row's sum, in the
    unit the header names, is the budget (None without a money column). (None, [], None) for any other table."""
    for b in blocks:
        if b.kind != "table" or not b.rows or b.header_rows < 1:
            continue
        header = b.rows[b.header_rows - 1]
        if len(header) < 2 or not _PAYER_HEAD.search(header[0]):
            continue
        money = next((i for i, h in enumerate(header) if i and _MONEY_HEAD.search(h)), None)
        amount, funders = None, []
        for r in b.rows[b.header_rows:]:
            name = r[0].strip() if r else ""
            if not name:
                continue
            if _TOTAL_ROW.match(name):
                if money is not None and money < len(r):
                    multiplier = unit_multiplier(" ".join(filter(None, [b.caption, header[money]]))) or 1
                    found = parse_amount(r[money]) or (parse_amount(f"{r[money]} {_unit_word(multiplier)}")
                                                       if multiplier > 1 else parse_bare_kronor(r[money]))
                    if found is not None:
                        amount = Amount(found.sek, "total", None, f"{name} | {header[money]}: {r[money]}")
                continue
            if _OWN_FUND.search(name) or (_OWN_MONEY.match(name) and pub is None):
                continue
            name = _MONEY_KIND_AFTER.sub("", name)  # "Region Uppsala, folkhälsomedel": the payer, not its money's kind
            funders.extend([pub.name] if _OWN_MONEY.match(name) and pub is not None else _orgs_from(name))
        return amount, funders, _ev(f"{b.caption or header[0]}: {', '.join(funders)}") if funders else None
    return None, [], None


# A verb of paying inside a "name" ("Framtidsspåret delfinansieras av Allmänna arvsfonden"): a clause, not a payer.
_PAYING_VERB = re.compile(r"(?<![\wåäö])(?:\w*finansieras|\w*finansierades|beviljat|beviljade|bidrar|betalar)(?![\wåäö])")
_MONEY_KIND_AFTER = re.compile(r"\s*(?:,\s*|\s[–—-]\s)[a-zåäö][a-zåäö ]*(?:medel|bidrag|anslag|stöd|pengar)$")


def _unit_word(multiplier: int) -> str:
    return {1000: "tkr", 1_000_000: "mnkr"}.get(multiplier, "kr")


def _other_source(funder: str | None) -> str | None:
    return None if funder is None or _OWN_SOURCE.search(funder) else funder


def _in_earlier_phase(text: str, said: str) -> bool:
    """The sentence that says ``said`` tells of a first phase, and of no later one ("Fas 1 genomfördes 2022-2023 med
    900 kkr från regionen")."""
    i = text.find(said)
    if i < 0:
        return False
    start = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [e for e in (text.find(". ", i), text.find("\n", i)) if e >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    return EARLIER_PHASE_RE.search(sentence) is not None and LATER_PHASE_RE.search(sentence) is None


def _own_sums_once(amounts: list[Amount]) -> list[Amount]:
    """A sum from the publisher's side said again (applied for "ur fonden", then granted by the board: "450 000 kr
    per år ur den sociala investeringsfonden" … "beslutar att bevilja 450 000 kronor per år") counted once, beside
    the parts other funders give ("Samordningsförbundet medfinansierar projektet med 200 000 kronor per år")."""
    out: list[Amount] = []
    own: dict[int, int] = {}  # sum → its place in out
    for a in amounts:
        if _other_source(a.funder) is not None:
            out.append(a)
        elif a.sek in own:
            if out[own[a.sek]].basis is None and a.basis is not None:
                out[own[a.sek]] = a
        else:
            own[a.sek] = len(out)
            out.append(a)
    return out


_PLACE_SUFFIX = re.compile(r"\s*\(([^()]{2,80})\)\s*$")
_PLACE_JOIN = re.compile(r"\s*(?:,|\boch\b|&|/|\bsamt\b)\s*|\s+(?:kommuner?|stad)\b", re.I)


# The years after a name in a heading ("Fritidsbanken 2019–2021", "Läxhjälp (2023–2025)"): the period, not the name.
_YEARS_SUFFIX = re.compile(r"\s*[,:–—-]?\s*\(?(?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)\d{2})?\)?\s*$")


def _without_years_suffix(title: str | None) -> str | None:
    if not title or not title[-1:].isdigit() and not title.endswith((")", "–", "-")):
        return title
    m = _YEARS_SUFFIX.search(title)
    return title[:m.start()] if m and m.start() > 0 and any(c.isalpha() for c in title[:m.start()]) else title


# A page of questions about one project ("Frågor och svar om Hemmaplansteamet", "Vanliga frågor om Läslyftet"), or a
# report's summary about it ("Sammanfattning av utvärderingen: Familjelyftet", "Slutrapport: Läslyftet") is titled
# by the project.
_QUESTIONS_ABOUT = re.compile(
    rf"^(?:(?:vanliga\s+)?frågor(?:\s+(?:och|&)\s+svar)?\s+om\s+|(?:{REPORT_PREFIX}|resultat)\s*:\s*)(?=\w.)", re.I)


# A podcast's or a series' episode titled by the project: "Avsnitt 23: Jobbnyckeln – från försörjningsstöd till eget
# jobb" (the episode's number, then the name, then what it is about).
_EPISODE = re.compile(r"^\s*(?:avsnitt|episod|del)\s+\d{1,3}\s*[:.–—-]\s*(.+?)(?:\s+[–—-]\s+(?-i:[a-zåäö]).*)?$", re.I)


def _without_episode(title: str) -> str:
    m = _EPISODE.match(title) if title[:1] in "AaEeDd" else None
    return m.group(1) if m else title


# The page's kind after the project's name: "Tillsammansbygget – bloggen", "Läslyftet – projektdagbok".
_PAGE_KIND_SUFFIX = re.compile(r"\s+[–—-]\s+(?:bloggen|blogg|projektbloggen|projektblogg|projektdagbok(?:en)?|dagbok(?:en)?|"
                               r"uppdateringar|nyheter(?:na)?|"
                               # a report on the project after its name: "Barnfamiljelotsen – slutrapport i sammandrag"
                               r"(?:slutrapport|delrapport|lägesrapport|utvärdering|sammanfattning)(?:en)?(?:\s+i\s+sammandrag|"
                               r"\s+(?:19|20)\d\d)?|"
                               # what it is, after the name: "Klassrumsbron – social investering 2026–2028"
                               r"(?:en\s+)?social\s+investering(?:\s+(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)?\d\d)?)?|"
                               # what the page tells of it: "Vårdstegen – lärdomar och resultat", "… – så gick det"
                               r"(?:lärdomar|erfarenheter|resultat)(?:\s+och\s+(?:lärdomar|erfarenheter|resultat))?|"
                               r"så\s+gick\s+det|fakta)\s*$|"
                               # "Stallgänget i korthet", "Familjeteamet kort och gott"
                               r"\s+(?:i\s+korthet|kort\s+och\s+gott)\s*$", re.I)


_PLACE_AFTER_DASH = re.compile(r"\s[–—-]\s+([^–—]{3,80})$")
# A name, a dash, then what it is in lower case (its first word not a place's or a body's name)
_ABOUT_NAME = re.compile(r"^(?:Om|Mer om)\s+((?-i:[A-ZÅÄÖ])[^.?!:]{1,60}?)\s*$")
_NAME_THEN_WHAT_TITLE = re.compile(r"^((?-i:[A-ZÅÄÖ0-9])[^–—:]{1,40}?)\s+[–—-]\s+(?-i:[a-zåäö])[^–—]{5,}$")


def _names_itself(name: str, seg: Segment) -> bool:
    """The segment's text speaks of the work by ``name`` alone (as a word, not only in the full title)."""
    if len(name) < 2 or len(name.split()) > 5:
        return False
    pattern = re.compile(rf"(?<![\wåäöÅÄÖ]){re.escape(name)}(?![\wåäöÅÄÖ])(?!\s+[–—-]\s)")
    return any(pattern.search(b.text) for b in seg.blocks if b.kind in ("p", "li"))


def _without_place_suffix(title: str | None) -> str | None:
    """A title without the municipalities a list puts after it in parentheses ("Ung på väg (Halmstad)", "Seniorkraft
    (Varberg och Falkenberg)"): they say where the project is (its codes), not what it is called. Parentheses holding
    anything else stay ("Familjecentral (BUP)")."""
    if title and not title.endswith(")") and (dash := _PLACE_AFTER_DASH.search(title)) is not None and dash.start() > 0:
        # "Familjeklassen – Osby kommun", "Ung riktning – Perstorps kommun och Klippans kommun": the same, after a dash
        inner = dash.group(1)
        places = orgs.find_municipalities(inner)
        rest = inner
        for p in places:
            rest = rest.replace(p.text, " ")
        return title[:dash.start()].rstrip() if places and not _PLACE_JOIN.sub(" ", rest).strip() else title
    if not title or not title.endswith(")"):
        return title
    m = _PLACE_SUFFIX.search(title)
    if m is None or m.start() == 0:
        return title
    inner = m.group(1)
    places = orgs.find_municipalities(inner)
    if not places:
        return title
    rest = inner
    for p in places:
        rest = rest.replace(p.text, " ")
    return title[:m.start()].rstrip() if not _PLACE_JOIN.sub(" ", rest).strip() else title


def _total_of_parts(amounts: list[Amount]) -> Amount | None:
    """The largest amount when the others add up to it: the total and its parts. Not when it is one payer's part
    beside the others' ("Region Halland bidrar med 600 000 kronor, Falkenbergs kommun med 400 000 kronor och
    Samordningsförbundet Halland med 200 000 kronor": each names its own payer, and the largest no group of them)."""
    ordered = sorted(amounts, key=lambda a: a.sek)
    largest = ordered[-1]
    if largest.sek != sum(a.sek for a in ordered[:-1]) or _one_payer_among_payers(largest, ordered[:-1]):
        return None
    if all(a.basis == "per_year" for a in ordered):
        return None  # years' shares ("2026: 820 000 kronor", "2027: 900 000 kronor", "2028: 80 000 kronor") hold no total
    return largest


def _one_payer_among_payers(largest: Amount, others: list[Amount]) -> bool:
    """The largest amount is one payer's own part beside the other payers' (it names a single payer, none of the
    others', and no total): not the sum of theirs, whatever the numbers."""
    return largest.basis != "total" and bool(largest.funder) and all(a.funder for a in others) \
        and not any(sep in largest.funder for sep in (" och ", ",", " samt ")) \
        and all(a.funder != largest.funder for a in others)


def combine_amounts(amounts: list[Amount]) -> Amount | None:
    """One project's budget from the amounts its text gives.

    One amount: it, also when said again. Parts from named funders: their sum, unless the text also states that total
    ("åtta miljoner … fem miljoner från Region Skåne och tre miljoner från Landskrona stad"). Anything else
    (amounts whose relation the text does not say) gives no budget.
    """
    whole = [a for a in amounts if not a.part]  # "totalt 1 200 tkr, varav 400 tkr …": the part is in the whole
    if whole and len(whole) < len(amounts):
        parts = [a.sek for a in amounts if a.part]
        totals = [a for a in whole if a.basis == "total"]
        if len(totals) == 1 and all(a is totals[0] or a.sek in parts for a in whole):
            # the grant said first, then the total it is a part of ("bevilja 1,75 miljoner …", "Projektets totala
            # kostnad … 2,5 miljoner kronor, varav 1,75 miljoner från kommunalförbundet"): the total
            return totals[0]
        if len(totals) == 1 and len(amounts) >= 3 and totals[0].sek == sum(a.sek for a in amounts if a is not totals[0]):
            # the total, then a part from the fund and the rest from another payer ("Sammanlagt kostar projektet 1,68
            # miljoner kronor … Av dem kommer 1,5 miljoner kronor ur fonden, medan resten, 180 000 kronor, är ett
            # anslag från Kulturrådet"): the others add up to it
            return totals[0]
        summed = [a for a in whole if a.sek == sum(parts)] if len(parts) >= 2 else []
        if len(summed) == 1 and len(whole) > 1:
            # the one sum its parts add up to ("Sammanlagt 7,1 miljoner, varav 6,5 … och 600 000 …"), beside other
            # sums (a first grant along the way): the whole
            return summed[0]
        amounts = whole
    if len(amounts) > 2:
        # a total said again as its yearly share ("4 950 000 kronor … för hela perioden, alltså 1 650 000 kronor per
        # år"), beside another payer's part: the yearly share is no sum of its own
        restated = [a for a in amounts if a.basis == "per_year" and a.funder is None and any(
            t is not a and t.basis == "total" and t.sek > a.sek and t.sek % a.sek == 0 for t in amounts)]
        if len(restated) == 1:
            amounts = [a for a in amounts if a is not restated[0]]
    if len(amounts) > 2:
        whole_of_parts = _total_of_parts(amounts)
        if whole_of_parts is not None:  # (before the same sum said twice is counted once: two payers' "350 000 kr")
            return whole_of_parts
        amounts = _own_sums_once(amounts)
    if len(amounts) == 1:
        return amounts[0]
    wholes = [a for a in amounts if a.whole]
    if len(wholes) == 1 and all(a.sek < wholes[0].sek for a in amounts if a is not wholes[0]):
        # the project's total in its own words ("Därmed blir projektets totala kostnad 1 050 000 kronor") beside
        # smaller sums (an extension's cost, a year's): the budget
        return wholes[0]
    totals = [a for a in amounts if a.basis == "total" and a.funder is None]
    if len(amounts) == 2 and len(totals) == 1 and (other := amounts[0] if amounts[1] is totals[0] else amounts[1]) \
            and other.basis is None and other.sek < totals[0].sek and _other_source(other.funder) is not None \
            and not other.more:
        # what it costs in all beside another payer's smaller part ("Den kostar sammanlagt drygt fyra miljoner kronor …
        # Region Dalarna, som står för en miljon kronor"): the total (not beside the publisher's own grant, "Kommunstyrelsen
        # satsar 2,8 miljoner … kostar totalt 3,1 miljoner", whose relation the text does not say)
        return totals[0]
    if len(amounts) == 2 and amounts[1].more and amounts[1].funder and amounts[0].funder is None \
            and amounts[1].basis is None and amounts[0].basis in (None, "total"):
        # a payer's sum on top of the grant ("Kommunstyrelsen har avsatt 1 950 000 kronor för hela perioden.
        # Länsstyrelsen … har dessutom bekostat ombyggnaden med ytterligare 260 000 kronor"): both pay for the work
        return Amount(amounts[0].sek + amounts[1].sek, amounts[0].basis, None, f"{amounts[0].text}; {amounts[1].text}")
    if len(amounts) == 2 and amounts[1].again and amounts[0].sek == amounts[1].sek:
        # a second payer "för lika mycket" (money.parse_amounts): the same sum again, from another payer
        return Amount(2 * amounts[0].sek, amounts[0].basis, None, f"{amounts[0].text}; {amounts[1].text}")
    if len({a.sek for a in amounts}) == 1 and len({a.basis for a in amounts} - {None}) <= 1 \
            and len({_other_source(a.funder) for a in amounts} - {None}) <= 1:
        # The same sum said again ("satsar 2,8 miljoner … kostar totalt 2,8 miljoner"; "ansöker om 1,2 miljoner ur
        # fonden" … "Kommunstyrelsen beviljar 1,2 miljoner"): one budget, with the basis the text gives it, from the
        # mention that gives it. (The same sum from two other funders is two parts.)
        return next((a for a in amounts if a.basis is not None), amounts[0])
    if len(amounts) > 2:
        whole_of_parts = _total_of_parts(amounts)
        if whole_of_parts is not None:
            return whole_of_parts
        ordered = sorted(amounts, key=lambda a: a.sek)
        values = sorted({a.sek for a in amounts})
        if len(values) >= 3 and values[-1] == sum(values[:-1]) \
                and not _one_payer_among_payers(ordered[-1], ordered[:-1]) \
                and not all(a.basis == "per_year" for a in amounts):
            # the total said more than once, and its parts once each ("ansöker om 850 000 kronor" … "2025: 400 000
            # kr, 2026: 450 000 kr, totalt 850 000 kr")
            return next((a for a in ordered if a.sek == values[-1] and a.basis), ordered[-1])
    parts = [a for a in amounts if a.funder]
    if len(amounts) == 2 and len(parts) == 1 and _other_source(parts[0].funder) is not None:
        grant = amounts[0] if amounts[1] is parts[0] else amounts[1]
        if grant.basis == parts[0].basis and grant.basis != "total" and not grant.whole \
                and (grant.basis is None or not grant.cost):
            # the grant the page announces and another payer's share beside it ("Jobbspåret får 1 340 000 kronor …
            # Samordningsförbundet Sydnärke medfinansierar projektet med 300 000 kronor"): both pay for the work; so
            # do two yearly sums ("Ur fonden går 400 tkr/år … Medfinansiär är Region Östergötland, som bidrar med
            # 150 tkr/år"): the year's money
            return Amount(grant.sek + parts[0].sek, grant.basis, None, f"{grant.text}; {parts[0].text}")
    if len(parts) >= 2 and len(parts) == len(amounts):
        return Amount(sum(a.sek for a in parts), parts[0].basis, None, "; ".join(a.text for a in parts))
    if len(amounts) == 2 and not parts:
        # a sum and what it is a year ("1 200 tkr (400 tkr per år)", "400 000 kr per år, totalt 1,2 miljoner"): the
        # sum, a whole number of years of it, is the total
        yearly = [a for a in amounts if a.basis == "per_year"]
        other = [a for a in amounts if a.basis in (None, "total")]
        if len(yearly) == 1 and len(other) == 1 and other[0].sek > yearly[0].sek \
                and other[0].sek % yearly[0].sek == 0:
            return replace(other[0], basis="total")
    granted = [a for a in amounts if _FROM_THE_FUND.search(a.text)]
    if len(granted) == 1 and not any(a.funder for a in amounts if a is not granted[0]):
        # the one grant from the fund beside sums of another kind that name no payer ("Den fortsatta verksamheten
        # kostar omkring 780 000 kronor per år", "Kommunen betalar 38 miljoner kronor om året i ekonomiskt bistånd"):
        # the grant; a total when a yearly sum beside it goes into it a whole number of years ("2 640 000 kronor ur
        # fonden, 880 000 kronor per år")
        grant = granted[0]
        if grant.basis is None and any(a.basis == "per_year" and a.sek < grant.sek and grant.sek % a.sek == 0
                                       and grant.sek // a.sek <= 10 for a in amounts):
            return replace(grant, basis="total")
        return grant
    return None


# Money taken from a fund: "2,1 miljoner kronor ur kommunens sociala investeringsfond", "… från fonden".
_FROM_THE_FUND = re.compile(r"\b(?:ur|från)\s+(?:[\wåäö]+\s+){0,3}?" + FUND_NOUN, re.I)


_SHARE_LEADS = ("resten", "Resten", "återstoden", "Återstoden", "hälften", "Hälften", "en ", "En ", "delas", "delades")
_MONEY_WORDS = ("kr", "miljon", "medel", "kostnad", "budget", "finansi", "betal", "bekost", "fond", "pengar", "sek",
                "euro", "bidrag", "belopp", "summa")


def _share_of_something_else(text: str, m: re.Match[str]) -> bool:
    """A share as its payer's lead ("… och resten från Orsa", "Hälften kommer från X") speaks of money only when its
    sentence or the one before it does: "Hälften av deltagarna kommer från Mora och resten från Orsa" names places."""
    if not m.group(0).startswith(_SHARE_LEADS):
        return False
    starts = [b.end() for b in _SENTENCE.finditer(text, 0, m.start())]
    # (a shared cost speaks of it in its own sentence: "Ansvaret för Studiehörnan delas mellan A och B" shares no money)
    first = (starts[-1] if starts else 0) if m.group(0).startswith("delas") else (starts[-2] if len(starts) > 1 else 0)
    window = fold(text[first:m.start(1)])
    return not any(w in window for w in _MONEY_WORDS)


def _prose_matches(rx: re.Pattern[str], text: str, keyed: str, starts: tuple[str, ...]) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for a prose pattern whose every match starts with one of ``starts`` in ``keyed``
    (``text`` itself, or ``fold(text)``: the same positions): the pattern is tried only where one of them begins,
    found with ``str.find``, instead of at every character of the text (most texts hold none or one)."""
    positions = sorted({i for k in starts for i in find_all(keyed, k)})
    return list(finditer_at(rx, text, [(0, len(text))], positions))


def _status(seg: Segment, period: Period | None, ctx: PageContext,
            text: str | None = None, low: str | None = None) -> tuple[str | None, str | None]:
    """Stated by the project's own text > verbs at its dates > dates against the page's date > page headings.

    ``low`` is ``fold(text)`` when the caller has it already."""
    if text is None:
        text = seg.text
    if low is None:
        low = fold(text)  # position for position
    # A status statement starts at its subject ("Projektet är avslutat") or, a bare banner, at a line start: the
    # patterns are tried only there (the same first match as rx.search, without a search through all the text).
    # Without any of their verbs, no subject starts one: the subjects need not even be looked for.
    if has_any(low, _PAUSE_KEYS) and _PAUSED_IN_WORDS.search(text):
        return None, None  # paused in other words: no status, whatever the dates say
    subjects = (sorted(i for w in _SUBJECT_WORDS for i in find_all(low, w)) if has_any(low, _STATUS_VERB_KEYS)
                else [])
    for rx, status, banner in ((_STATUS_PAUSED, None, "pausat"), (_STATUS_FINISHED, "finished", "avslutat"),
                               (_STATUS_PLANNED, "planned", None), (_STATUS_ONGOING, "ongoing", "pågående")):
        cands = subjects
        if banner is not None and banner in low:
            cands = sorted(set(subjects) | {0} | {i + 1 for i in find_all(text, "\n")})
        for i in cands:
            m = rx.match(text, i)
            if m and not (status == "finished" and WHEN_BEFORE_RE.search(text, max(0, i - 40), i)):
                # (not "… lämnas när projektet har avslutats": when it ends, not that it has)
                return (status, m.group(0)) if status else (None, None)
    labelled = _labelled(seg, "status") or (("Status", seg.cells["status"]) if "status" in seg.cells else None)
    if labelled:
        for rx, status in _STATUS_VALUES:
            if rx.search(labelled[1]):
                return (status, f"{labelled[0]}: {labelled[1]}") if status else (None, None)
    if period is not None and period.status_hint:
        return period.status_hint, period.text
    if period is not None and ctx.page_date is not None:
        note = f"{period.text} (sidans datum {ctx.page_date.isoformat()})"
        if period.end is not None and period.end.date < ctx.page_date:
            return "finished", note
        if period.start is not None and period.start.date > ctx.page_date:
            return "planned", note
        if period.start is not None and period.end is not None and period.start.date <= ctx.page_date <= period.end.date:
            return "ongoing", note
    for heading in seg.context + ctx.page_statuses:
        m = _STATUS_WORD.search(heading)
        if m:
            return ("finished" if m.group(1).lower().startswith("avslut") else "ongoing"), heading
    return None, None


# A period label's value that gives only where the project starts: "Tidsperiod: Från mars 2025". In running text
# "från 2023" is as often about something else ("statistik från 2023"); after the label it is the start.
_LABEL_START = re.compile(r"^\s*(?:från\s+och\s+med|fr\.?\s*o\.?\s*m\.?|från|start(?:ar|ade)?|med\s+start)\s+", re.I)


# A funding label ("Finansiering", "Finansieras genom") whose value names who pays instead of how much.
_FUNDING_LABEL = re.compile(r"^\s*(?:med)?finansi(?:er|är)", re.I)


def _funding_lines(seg: Segment):
    """(label, value) of the segment's money lines that open with a funding label ("Finansiering") and state no
    amount: each line of the budget field, or, when the segment's labels were not read as fields (fewer than two
    of them name the project: a fact box of "Projektperiod" and "Finansiering"), its own lines."""
    if seg.fields:  # a funders field is read as such (``funder_lab``)
        lines = [("budget", label, value) for label, value in seg.fields.get("budget", ())]
    else:
        lines = [found for b in seg.blocks if b.kind in ("p", "li") and ":" in b.text
                 and (found := labels.split_label(b.text)) and found[0] in ("budget", "funders")]
    for field, label, value in lines:
        if (field == "funders" or _FUNDING_LABEL.match(label)) and not parse_amounts(value):
            yield label, value


_PAYER_PART = re.compile(r"^\s*(?P<name>[^\d,;:]{3,80}?)\s+(?P<amount>(?:ca\.?\s+|cirka\s+)?\d[\d\s\u00a0.,]*\s*"
                         r"(?:kr|kronor|tkr|mnkr|mkr|msek|miljoner(?:\s+kronor)?|miljon(?:\s+kronor)?))\s*$", re.I)
_AMOUNT_IN_NAMES = re.compile(r"(?:ca\.?\s+|cirka\s+)?\d[\d\s\u00a0.,]*\s*(?:kr|kronor|tkr|mnkr|mkr|msek|miljoner|miljon)"
                              r"(?:\s+kronor)?\.?(?:\s*(?:per\s+år|/år))?(?:\s+(?:från|av|ur))?(?![\wåäö])", re.I)
_VARAV_REST = re.compile(r"\b(?:varav|därav)\s+(.+)$", re.I | re.S)
_PAYER_SPLIT = re.compile(r"\s*(?:,(?!\d)|;|\boch\b|\bsamt\b)\s*(?=\S)")


def _payers_with_amounts(value: str) -> list[tuple[str, Amount]] | None:
    """(payer, amount) of a funding line that names two or more payers each with an amount ("Länsstyrelsen 1,1 mnkr
    och stadsdelsnämnden 0,4 mnkr"); None when any part is something else."""
    if "\n" in value or len(value) > 240:
        return None
    parts = [p for p in _PAYER_SPLIT.split(value.strip().rstrip(".")) if p]
    out = []
    for part in parts:
        m = _PAYER_PART.match(part)
        found = parse_amount(m.group("amount")) if m else None
        if found is None:
            return None
        out.append((m.group("name").strip(), found))
    return out if len(out) >= 2 and len({n.casefold() for n, _ in out}) == len(out) else None


_CO_FUNDING_LABEL = re.compile(r"^\s*(?:medfinansi|övrig\s+finansi|extern\s+finansi|övriga\s+finansi)", re.I)


def _co_funding(seg: Segment) -> Amount | None:
    """The one sum a co-funding label gives from a payer it names ("Medfinansiering: 300 000 kronor från Finsam
    Västra Hälsingland"), when that payer is another than the publisher's own fund or boards."""
    for label, value in seg.fields.get("funders", ()):
        if _CO_FUNDING_LABEL.match(label):
            amounts = parse_amounts(value)
            if len(amounts) == 1 and _other_source(amounts[0].funder) is not None and amounts[0].basis is None:
                return amounts[0]
    return None


def _funders_listed(value: str) -> list[str]:
    """Who pays, from a funding line (``_funding_lines``) whose value is a list of names, with or without shares ("Finansiering:
    Samordningsförbundet Sjuhärad 80 %, Ulricehamns kommun 20 %"). A sentence there ("Projektet finansieras av …")
    is read by the prose rule; only names count (capitalised, acronyms, a department)."""
    if "\n" in value.strip() or len(value) > 200 or _FUNDER_PROSE.search(value):
        return []
    return [o for o in _orgs_from(value) if o[:1].isupper() or _LOWER_BODY.match(o)]


_EXTENSION = re.compile(EXTENSION_LEAD + r"\s*(?P<date>[^.;,\n]{2,30})", re.I)


def _with_extension(period: Period, text: str) -> Period:
    """A labelled period that the text says was extended ("Status: Förlängt t.o.m. 2026" beside "Period:
    2023-2025") ends at the extension's date, when that is later."""
    for m in _EXTENSION.finditer(text):
        end = parse_fuzzy_date(m.group("date").strip(), end=True)
        if end is not None and period.end is not None and end.date > period.end.date:
            return Period(start=period.start, end=end, text=f"{period.text}; {m.group(0).strip()}")
    return period


_START_LABEL = re.compile(r"^(?:startår|startdatum|projektstart|start)$", re.I)
_END_LABEL = re.compile("^(?:" + "|".join(sorted(labels.PERIOD_END_LABELS)) + ")$", re.I)


def _start_and_end_labels(values: list[tuple[str, str]]) -> Period | None:
    """A start and an end under labels of their own ("Startår 2025", "Slutår 2027"): the period between them."""
    start = next((v for label, v in values if _START_LABEL.match(label.strip(" :"))), None)
    end = next((v for label, v in values if _END_LABEL.match(label.strip(" :"))), None)
    if start is None or end is None:
        return None
    first, last = parse_fuzzy_date(start), parse_fuzzy_date(end, end=True)
    if first is None or last is None or last.date < first.date:
        return None
    return Period(start=first, end=last, text=f"{start.strip()} – {end.strip()}")


# A timeline's item: "Januari 2024 – Projektstart på Nyhemsskolan", "Juni 2026 – Projektet avslutas".
_TIMELINE_ITEM = re.compile(r"^(?P<when>[^–—:\n]{3,30}?)\s*(?:[–—:]|\s-)\s+(?P<what>\S.*)$", re.S)
_TIMELINE_START = re.compile(r"^(?:projekt)?start|^uppstart|^(?:projektet|arbetet|verksamheten) (?:startar|inleds|"
                             r"börjar|kommer i gång)", re.I)
_TIMELINE_END = re.compile(r"^(?:projektet|arbetet|satsningen) (?:avslutas|slutar|upphör)|^projektslut|^avslut", re.I)


# An infographic's timeline written without separators: "Juni 2027 Projektet avslutas", "Projektstart: Augusti 2025".
_TIMELINE_DATE_FIRST = re.compile(rf"^(?P<when>(?:(?i:{MONTH_NAMES})\s+)?(?:19|20)\d{{2}})\s+(?P<what>[A-ZÅÄÖ]\S.*)$")
_TIMELINE_LINE_MAX = 80


def _timeline_items(blocks):
    """(evidence, when, what) of a timeline's items: list items "Januari 2024 – Projektstart …", short lines with the
    date first or after a start or end word ("Juni 2027 Projektet avslutas", "Projektstart: Augusti 2025"), and the
    rows of a schedule table ("Aktivitet | När")."""
    for b in blocks:
        if b.kind == "li" or b.kind == "p" and len(b.text) <= _TIMELINE_LINE_MAX:
            m = _TIMELINE_ITEM.match(b.text)
            if m is not None:
                when, what = m.group("when"), m.group("what")
                if _TIMELINE_START.search(when) or _TIMELINE_END.search(when):
                    when, what = what, when  # the event first: "Projektstart: Augusti 2025"
                yield b.text, when, what
            elif (m := _TIMELINE_DATE_FIRST.match(b.text)) is not None:
                yield b.text, m.group("when"), m.group("what")
        elif b.kind == "table" and b.rows and b.header_rows and len(b.rows[0]) >= 2:
            header = b.rows[b.header_rows - 1]
            when_col = next((i for i, h in enumerate(header) if _WHEN_COLUMN.match(h)), None)
            if when_col is None or len(header) > 2 and not _TERM_COLUMN.match(header[when_col]):
                continue
            # (a wider table is a schedule by its term column: "Termin | Aktiviteter | Plats", what the cell beside says)
            what_col = when_col + 1 if when_col + 1 < len(header) else when_col - 1
            for row in b.rows[b.header_rows:]:
                if len(row) == len(header):
                    yield " | ".join(row), row[when_col], row[what_col]


_WHEN_COLUMN = re.compile(r"^\s*(?:när|datum|tidpunkt|tid|månad|termin|läsår)\s*\??\s*$", re.I)
_TERM_COLUMN = re.compile(r"^\s*(?:termin|läsår)\s*$", re.I)
# A start's month said without its year in a schedule's row ("Höstterminen 2025 | Projektstart i augusti. …").
_START_MONTH = re.compile(rf"^(?:projekt)?start\w*\s+(?:i|under|från)\s+(?P<month>{MONTH_NAMES})(?![\wåäö])(?!\s+\d)", re.I)


def _timeline_period(blocks, start: FuzzyDate | None = None, end: FuzzyDate | None = None) -> Period | None:
    """A timeline's list ("Januari 2024 – Projektstart …", "Juni 2026 – Projektet avslutas …"): the project runs from
    the item that says it starts to the one that says it ends (a pre-study or a report before or after is no part).
    Given the ``start`` (or the ``end``) the text states elsewhere, only the other is looked for."""
    texts: list[str] = []
    for text, when, what in _timeline_items(blocks):
        if start is None and _TIMELINE_START.search(what):
            month = _START_MONTH.match(what)
            year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", when) if month else None
            start = parse_fuzzy_date(f"{month.group('month')} {year.group(0)}") if year else parse_fuzzy_date(when)
            texts.append(text)
        elif end is None and _TIMELINE_END.search(what):
            end = parse_fuzzy_date(when, end=True)
            texts.append(text)
    if start is None or end is None or end.date < start.date:
        return None
    return Period(start=start, end=end, text="; ".join(texts))


def _labelled_period(value: str) -> Period | None:
    """The period a period label's value states; "Från mars 2025" (one date after a start word) is a start with
    no end."""
    period = parse_period(value)
    if period is None:
        m = _LABEL_START.match(value)
        start = parse_fuzzy_date(value[m.end():]) if m else None
        if start is not None:
            return Period(start=start, end=None, text=value.strip())
    return period


def _folded_part(text: str, low: str, part: str, head: bool) -> str:
    """``fold(part)``, cut from ``low`` (``fold(text)``) when ``part`` is the line(s) ``text`` begins (``head``) or
    ends with, as the segment's text begins with its title and most often ends with its body text.

    The same: fold(a + "\\n" + b) == fold(a) + "\\n" + fold(b), position for position (lower() maps each character
    alone but for a capital sigma, whose context, the cased letters around it, never reaches across a line break)."""
    n, m = len(text), len(part)
    if head:
        if text.startswith(part) and (m == n or text[m] == "\n"):
            return low[:m]
    elif text.endswith(part) and (m == n or text[n - m - 1] == "\n"):
        return low[n - m:]
    return fold(part)


def _lower_in(part: str, text: str, low: str) -> str:
    """``part.lower()``, cut from ``low`` (``fold(text)``) where ``text`` holds ``part`` (lower() looks every character
    up in the Unicode tables; the segment's text is folded once already). The same for a part without "İ", "ı" and
    "ſ" (the only characters fold maps otherwise than lower does) and without a capital sigma (the one character
    lower() does not map alone, by its neighbours: every other character maps alone, so a cut of the fold is the fold
    of the cut)."""
    if "\u0130" in part or "\u0131" in part or "\u017f" in part or "\u03a3" in part:
        return part.lower()
    i = text.find(part)
    return low[i:i + len(part)] if i >= 0 else part.lower()


def _lower_description(description: str, joined: str, paragraphs: list[str], text: str, low: str) -> str:
    """``description.lower()``; when the description is ``joined`` (``"\\n\\n".join(paragraphs).strip()``, nothing
    redacted or cut), from the paragraphs' lower cases (``_lower_in``): lower() maps a line break to itself and keeps
    blanks blanks and other characters not blank (tests/swedish/test_fields_shortcuts.py), so it commutes with the
    join and the strip."""
    if description != joined:
        return description.lower()
    return "\n\n".join(_lower_in(p, text, low) for p in paragraphs).strip()


def build_record(seg: Segment, ctx: PageContext) -> dict:
    ev: dict[str, str] = {}
    rec: dict = {}
    pub = ctx.publisher

    # -- title
    rec["title"] = _without_years_suffix(_without_place_suffix(
        _PAGE_KIND_SUFFIX.sub("", _QUESTIONS_ABOUT.sub("", SECTION_NO.sub("", _without_episode(seg.title), count=1),
                                                       count=1))
        if seg.title else seg.title))
    if seg.title:
        ev["title"] = _ev(seg.title_evidence or seg.title)
    # "Läxhjälp på biblioteket (avslutat 2024)": the status (and the year it ended) in the heading, not the name
    title_status = _STATUS_SUFFIX.search(rec["title"]) if rec["title"] and rec["title"].endswith(")") else None
    if title_status:
        rec["title"] = rec["title"][:title_status.start()].rstrip()
    if rec["title"] and (named := _NAME_THEN_WHAT_TITLE.match(rec["title"])) is not None \
            and _names_itself(named.group(1), seg):
        # "YAM – unga pratar om psykisk hälsa", "Språkstunden – bibliotek och barnhälsovård tillsammans …": the name,
        # which the text uses alone, and then what it is (in lower case); the record is titled by the name
        rec["title"] = named.group(1)
    elif rec["title"] and rec["title"].startswith(("Om ", "Mer om ")) and (about := _ABOUT_NAME.match(rec["title"])) \
            and _names_itself(about.group(1), seg):
        rec["title"] = about.group(1)  # a section "Om Bruksjobb" in a newsletter about it: the work by its name

    # -- labelled and prose text fields
    # the segment's prose: its paragraphs, and the text under a description label ("Om projektet") wherever it stands
    body_text = "\n".join([b.text for b in seg.lead + seg.blocks if b.kind != "heading" and b.kind != "figure"]
                          + [v for _, v in seg.fields.get("description", ())]
                          # sentences under an "Organisation" label are prose too ("Projektledningen ligger hos …")
                          + [v for _, v in seg.fields.get("organisations", ()) if _PROSE_VALUE.search(v)]
                          # a table row's description cell is its prose ("…, i samverkan med Arbetsförmedlingen")
                          + ([seg.cells["description"]] if "description" in seg.cells else []))
    seg_text = seg.text
    seg_low = fold(seg_text)
    body_low = _folded_part(seg_text, seg_low, body_text, False)  # for the prose patterns' keys (the _*_KEYS)
    body_sentences: list[str] | None = None
    purpose = _labelled(seg, "purpose")
    if purpose:
        rec["purpose"] = _clean_prose(purpose[1])
        ev["purpose"] = _ev(f"{purpose[0]}: {purpose[1]}")
    else:
        sent = None
        if has_any(body_low, _PURPOSE_KEYS):
            body_sentences = _sentences(body_text)
            # "Syftet med projektet är …" states the purpose, before "Målet är …" (a goal); "Projektet ska ge …" only
            # when neither does.
            stated = [s for s in body_sentences if _PURPOSE_SENT.match(s) and _STATED_PURPOSE.match(s)]
            sent = next((s for s in stated if "syfte" in s[:40].lower()), None) or next(iter(stated), None) \
                or next((s for s in body_sentences if _PURPOSE_SENT.match(s)), None)
        if sent is None and seg.title and len(seg.title) >= 4 and seg.title in body_text:
            # the work by its name: "Kvällsbasen ska ge unga en trygg plats …", "Ljuspunktens mål är att …", as
            # "Satsningen ska ge …", "Projektets mål är att …"
            sent = next((s for s in body_sentences or _sentences(body_text) if s.startswith(seg.title)
                         and s[len(seg.title):].startswith((" ", "s "))
                         and _PURPOSE_SENT.match("projektet" + s[len(seg.title):])), None)
        rec["purpose"] = _clean_prose(sent) if sent else None
        if sent:
            ev["purpose"] = _ev(sent)
    target = _labelled(seg, "target_group") or (("", seg.cells["target_group"]) if "target_group" in seg.cells else None) \
        or _under_label_heading(seg, "target_group")
    if target:
        target = (target[0], _without_way_in(target[1]))
        rec["target_group"] = _clean_prose(target[1])
        ev["target_group"] = _ev(f"{target[0]}: {target[1]}" if target[0] else target[1])
    else:
        sent = None
        if has_any(body_low, _TARGET_KEYS):
            if body_sentences is None:
                body_sentences = _sentences(body_text)
            k = next((i for i, s in enumerate(body_sentences) if _TARGET_SENT.search(s)), None)
            sent = body_sentences[k] if k is not None else None
            if sent is not None and labels.label_alone(sent) == "target_group":
                # the label alone on its line, its value on the next ("Målgrupp" over "Unga som går i år 7–9 …")
                nxt = body_sentences[k + 1] if k + 1 < len(body_sentences) else None
                sent = nxt if nxt and labels.label_alone(nxt) is None and len(nxt) <= 300 else None
        if sent is None:
            sent = _who_may_join(seg)
        labelled = labels.split_label(sent) if sent else None
        value = labelled[2] if labelled and labelled[0] == "target_group" else sent  # "Målgrupp: …" in a card's text
        rec["target_group"] = _clean_prose(value) if value else None
        if sent:
            ev["target_group"] = _ev(sent)
    desc = _labelled(seg, "description") or (("", seg.cells["description"]) if "description" in seg.cells else None)
    desc_parts = [b.text for b in seg.lead if b.kind in ("p", "li")] + ([desc[1]] if desc else []) + \
        [b.text for b in seg.blocks if b.kind in ("p", "li")]
    if seg.title:  # a table row's name cell, said again, describes nothing
        desc_parts = [part for part in desc_parts if not _same_words(part, seg.title)]
    desc_parts = [_without_fact_lines(_without_attribution(_without_credit(part) if ":" in part[-120:] else part))
                  for part in desc_parts if not _not_description(part)]
    desc_parts = [part for part in desc_parts if part]
    paragraphs = _unique_texts(desc_parts)
    description = "\n\n".join(paragraphs).strip()
    rec["description"] = _cap(_clean_prose(description)) or None
    if rec["description"]:
        ev["description"] = _ev(description)

    # -- target ages and grades: the target group first, else the whole segment
    tgt = parse_target(rec["target_group"] or "") if rec["target_group"] else None
    if tgt is None or (tgt.age_min is None and tgt.age_max is None and tgt.grade_min is None and tgt.grade_max is None):
        # fold(a + "\n" + b) == fold(a) + "\n" + fold(b): lower() maps each character alone but for a final sigma,
        # whose context (the cased letters around it) never reaches across a line break.
        title = seg.title or ""
        if seg.kind == "table-row":  # the row's cells (a Beskrivning column: "för elever i åk 6–7")
            tgt = parse_target(seg_text, seg_low)
        else:
            tgt = parse_target(title + "\n" + body_text, _folded_part(seg_text, seg_low, title, True) + "\n" + body_low)
    rec["target_age_min"], rec["target_age_max"] = tgt.age_min, tgt.age_max
    rec["target_grade_min"], rec["target_grade_max"] = tgt.grade_min, tgt.grade_max
    if tgt.text and any(v is not None for v in (tgt.age_min, tgt.age_max, tgt.grade_min, tgt.grade_max)):
        ev["target_age_grade"] = _ev(tgt.text)

    # -- period
    period_lab = _labelled(seg, "period") or (("", seg.cells["period"]) if "period" in seg.cells else None)
    period = _start_and_end_labels(seg.fields.get("period") or []) or \
        (_labelled_period(period_lab[1]) if period_lab else None)
    if period_lab and period is not None and period.start is not None and period.end is not None and body_text \
            and (period.end.date - period.start.date).days < 120:
        # a labelled run of weeks ("Tidsplan: Under hösten 2026 rekryteras personal …") beside the funded years the
        # text states ("avser åren 2027–2029"): the run is a step before or within them, the years are the period
        whole = parse_period(body_text, body_low)
        if whole is not None and whole.start is not None and whole.end is not None \
                and (whole.end.date - whole.start.date).days >= 365 and whole.start.date >= period.start.date:
            period = whole
    if period is not None and period.end is not None and "örläng" in seg_text:  # "förläng…", "Förläng…"
        period = _with_extension(period, seg_text)
    if period is None:
        period = _timeline_period(seg.blocks)
    if period is None:
        period = parse_period(body_text, body_low) if body_text else None
    dash_parts = _dash_fact_parts(seg) if " – " in seg_text else []
    if period is None and dash_parts:
        # a lone year in a line of facts ("– 640 tkr – 2025") is the project's, as under a period label
        when = next((p for p in dash_parts if _ISO_DAY_SPAN.fullmatch(p)
                     or _FACT_PART.fullmatch(p) and not _BARE_FACT.fullmatch(p)), None)
        period = parse_period(when) if when else None
    if period is not None and period.start is not None and period.end is None:
        # a start the text states and the end its timeline gives ("Projektstart: Augusti 2025" … "Juni 2027
        # Projektet avslutas")
        ended = _timeline_period(seg.blocks, period.start)
        if ended is not None:
            period = replace(period, end=ended.end, text=f"{period.text}; {ended.text}")
    elif period is not None and period.start is None and period.end is not None:
        # an end the text states and the start its schedule gives ("Höstterminen 2025 | Projektstart i augusti")
        started = _timeline_period(seg.blocks, end=period.end)
        if started is not None:
            period = replace(period, start=started.start, text=f"{started.text}; {period.text}")
    if period is None and seg.kind == "page" and (phase := next((h for h in reversed(seg.context)
                                                                 if LATER_PHASE_RE.match(h)), None)):
        period = parse_period(phase)  # the funded phase's heading: "Fas 2: genomförande 2025–2026"
    if period is None and seg.title and seg.title != rec["title"] and (years := _YEARS_SUFFIX.search(seg.title)):
        period = parse_period(years.group(0).strip(" ,:–—-"))  # "Skolnärvaro fas 1 (2021–2022)": the heading's years
    if title_status and title_status.group(2) and (period is None or period.end is None):
        year = parse_period(title_status.group(2))
        if year is not None:  # "(avslutat 2024)": ended that year
            period = Period(period.start if period else None, year.end, title_status.group(0).strip())
    rec["start_date"] = period.start.date if period and period.start else None
    rec["start_precision"] = period.start.precision if period and period.start else None
    rec["end_date"] = period.end.date if period and period.end else None
    rec["end_precision"] = period.end.precision if period and period.end else None
    if period:
        ev["period"] = _ev((f"{period_lab[0]}: " if period_lab and period_lab[0] else "") + period.text)

    # -- money and funders
    amount: Amount | None = None
    funders: list[str] = []
    budget_lab = _labelled(seg, "budget")
    paying = _funding_table(seg.blocks, pub) if any(b.kind == "table" for b in seg.blocks) else None
    if paying and paying[1]:
        funders.extend(paying[1])
        ev["funders"] = paying[2]
    if "amount" in seg.cells:
        several = parse_amounts(seg.cells["amount"]) if _SEVERAL_IN_CELL.search(seg.cells["amount"]) else []
        if len(several) >= 2:
            # "2024: 450 tkr / 2025: 500 tkr": amounts whose relation the cell does not state (a sum said twice or
            # parts from named funders aside) give no budget, as in prose
            amount = combine_amounts(several)
        else:
            amount = parse_amount(seg.cells["amount"], unit_hint=seg.unit_hint)
            if amount is None and seg.unit_hint and unit_multiplier(seg.unit_hint):
                amount = parse_amount(f"{seg.cells['amount']} {seg.unit_hint}")
            elif amount is None:  # a money column without a unit: only a number written as kronor are
                amount = parse_bare_kronor(seg.cells["amount"])
        if amount and amount.basis is None and seg.unit_hint and TOTAL_HEAD.search(seg.unit_hint):
            amount = replace(amount, basis="total")  # the column of totals ("Beviljat, tkr | Totalt")
        if amount:
            ev["budget_sek"] = _ev(f"{seg.cells['amount']} ({seg.unit_hint})" if seg.unit_hint else seg.cells["amount"])
    elif budget_lab and _FUNDING_LABEL.match(budget_lab[0]) and (shares := _payers_with_amounts(budget_lab[1])):
        # "Finansiering: Länsstyrelsen i Stockholms län 1,1 mnkr och stadsdelsnämnden 0,4 mnkr": parts from different
        # payers, summed (each payer a funder, below)
        amount = Amount(sum(a.sek for _, a in shares), None, None, budget_lab[1])
        ev["budget_sek"] = _ev(f"{budget_lab[0]}: {budget_lab[1]}")
    elif budget_lab:
        amounts = parse_amounts(budget_lab[1])
        # a year's sum each ("Beviljat: 350 tkr 2024, 700 tkr 2025 och 350 tkr 2026"): no total, whatever they add up to
        yearly = len(amounts) >= 2 and all(a.basis != "total" for a in amounts) \
            and len(_YEAR_AMOUNT.findall(budget_lab[1])) >= len(amounts)
        amount = None if yearly else combine_amounts(amounts)
        if amount is None and not (len(amounts) >= 2 and _SEVERAL_IN_CELL.search(budget_lab[1])
                                   and all(a.basis != "total" for a in amounts)):
            # (amounts per year and no total, "Beviljat belopp: 2025: 400 tkr, 2026: 600 tkr", give none, as in a cell)
            amount = parse_amount(budget_lab[1]) or parse_bare_kronor(budget_lab[1])
        for a in amounts:
            # ("900 000 kronor, varav 450 000 kronor från Region Värmland och 450 000 kronor från Munkfors kommun" on
            # Region Värmland's page: Munkfors kommun; the publisher's part is its own money, as after "varav" below)
            if a.funder and not _from_own_fund(a, pub) and (names := [
                    n for n in _orgs_from(a.funder) if pub is None or not (a.part and _is_publisher(n, pub))]):
                funders.extend(names)
                ev.setdefault("funders", _ev(f"{budget_lab[0]}: {budget_lab[1]}"))
        if amount and amount.basis is None and TOTAL_HEAD.search(budget_lab[0]):
            amount = replace(amount, basis="total")  # "Total kostnad: 3,6 mkr", "Budget totalt: …"
        elif amount and amount.basis is None and (at := budget_lab[1].find(amount.text)) >= 0 \
                and _SHARE_PER_UNIT.search(budget_lab[1], at + len(amount.text)):
            amount = replace(amount, basis="total")  # "Budget: 480 tkr (120 tkr per termin)": the sum of its shares
        elif amount and amount.basis is None and (co := _co_funding(seg)) is not None:
            # "Beviljat belopp: 1 400 000 kronor" and "Medfinansiering: 300 000 kronor från Finsam Västra Hälsingland":
            # the grant and another payer's share beside it, summed (as in prose)
            amount = Amount(amount.sek + co.sek, None, None, f"{amount.text}; {co.text}")
        if amount:
            ev["budget_sek"] = _ev(f"{budget_lab[0]}: {budget_lab[1]}")
    elif (table := _cost_table(seg.blocks, pub))[0] is not None:
        # the project's own budget table outranks the prose (which may give the fund's sum: "avsatte 6 miljoner")
        amount, table_funders, ev["budget_sek"] = table
        funders.extend(table_funders)
    elif paying and paying[0] is not None:
        amount, ev["budget_sek"] = paying[0], _ev(paying[0].text)
    if amount is None and "amount" not in seg.cells:
        # none of the above, or a budget label whose value states no sum (a budget table pasted as lines of bare
        # numbers, the total said in the sentence after it): the prose's money
        amounts = parse_amounts(body_text, folded=body_low) if body_text else []
        if len(amounts) > 1 and any(a.sek >= 10_000 for a in amounts):
            # a price beside the project's money ("Lunchen kostar 70 kronor", "Avgiften är 200 kr per termin") is
            # what a participant pays, not money of the project
            amounts = [a for a in amounts if a.sek >= 1_000]
        if len(amounts) > 1 and ("fas" in body_low or "etapp" in body_low) and LATER_PHASE_RE.search(body_text):
            amounts = [a for a in amounts if not _in_earlier_phase(body_text, a.text)]  # fas 1's money is not fas 2's
        if amounts and has_any(body_low, _EARLIER_PROJECT_KEYS):
            # "bygger på erfarenheterna från projektet Ung kraft, som … fick 1,2 miljoner kronor från Allmänna
            # arvsfonden": the earlier project's money and funder
            amounts = [a for a in amounts if not _about_earlier_project(body_text, body_text.find(a.text))]
        amount = combine_amounts(amounts)
        if amount:
            ev["budget_sek"] = _ev(amount.text)
        own_fund = [_from_own_fund(a, pub) for a in amounts]
        for a, own in zip(amounts, own_fund):
            if a.funder and not own:
                funders.extend(n for n in (_paying_others(_orgs_from(a.funder), pub) if any(own_fund)
                                           else _orgs_from(a.funder)) if not _BACK_REFERENCE.match(n))
    rec["budget_sek"] = amount.sek if amount else None
    rec["budget_basis"] = amount.basis if amount else None
    for label, value in seg.fields.get("budget", ()):
        # the payers a funding line names with their amounts, beside the budget or as it ("Finansiering: Kungsbacka
        # kommuns sociala investeringsfond 3,0 miljoner kronor, Skolverket 1,2 miljoner kronor"), or after "varav" in a
        # budget line ("1 000 000 kr, varav regionen 650 000 kr och Timrå kommun 350 000 kr"): funders, but the
        # publisher's own board or fund and unnamed ones ("regionen")
        if not _FUNDING_LABEL.match(label) and (parts := _VARAV_REST.search(value)):
            value = parts.group(1)
        elif not _FUNDING_LABEL.match(label):
            continue
        if shares := _payers_with_amounts(value):
            # (the publisher's own fund and boards are dropped with every funder below)
            named = [name for name, _ in shares if name[:1].isupper() and not (
                pub is not None and pub.type in ("kommun", "region") and name.casefold() == pub.name.casefold())]
            funders.extend(named)
            if named:
                ev.setdefault("funders", _ev(f"{label}: {value}"))

    funder_lab = _labelled(seg, "funders") or (("", seg.cells["funders"]) if "funders" in seg.cells else None) \
        or _names_under_label_heading(seg, "funders")
    if funder_lab:
        # (without the sums a payer's line gives: "Medfinansiering: 300 000 kronor från Finsam Västra Hälsingland")
        funders.extend(_orgs_from(_AMOUNT_IN_NAMES.sub(" ", funder_lab[1])))
        ev["funders"] = _ev(f"{funder_lab[0]}: {funder_lab[1]}" if funder_lab[0] else funder_lab[1])
    for label, value in _funding_lines(seg):
        named = _funders_listed(value)
        if named:
            funders.extend(named)
            ev.setdefault("funders", _ev(f"{label}: {value}"))
    supporting: list[str] = []  # bodies whose "stöd" is their taking part: partners (below)
    for m in (_prose_matches(_FUNDER_PROSE, seg_text, seg_text, _FUNDER_STARTS)
              if has_any(seg_text, _FUNDER_KEYS) else ()):
        if has_any(seg_low, _EARLIER_PROJECT_KEYS) and _about_earlier_project(seg_text, m.start()):
            continue
        if _share_of_something_else(seg_text, m):
            continue
        if m.group(0)[:9].lower() == "med stöd " \
                and _TAKING_PART_AFTER.match(seg_text, m.end(1)) is not None:
            # support that takes part ("genomförs med stöd från Ungdomsmottagningen och Polisen, som båda medverkar vid
            # träffarna"): partners, not payers
            supporting.extend(_named_orgs_from(m.group(1).rstrip(",")))
            continue
        funders.extend(_AGENCY_PURPOSE.sub(r"\1", n)
                       for n in _named_orgs_from(_AND_FROM.sub(" och ", _MONEY_FROM_INNER.sub("", m.group(1)))))
        ev.setdefault("funders", _ev(m.group(0)))
    if "finansierar " in seg_low or "bekosta" in seg_low or "står för " in seg_low or "stod för " in seg_low \
            or "bidr" in seg_low or " in med " in seg_low or "täck" in seg_low or " bär " in seg_low \
            or " beviljat " in seg_low or " gett " in seg_low or "skjutit" in seg_low or "betal" in seg_low \
            or "delen" in seg_low or "sponsr" in seg_low or " lovat " in seg_low or "finansiär med" in seg_low \
            or "ekonomiskt" in seg_low or "merparten" in seg_low or "huvuddelen" in seg_low or "delar på" in seg_low:
        for m in _FUNDER_ACTIVE.finditer(seg_text):  # "RF-SISU Örebro län medfinansierar projektet"
            payer = m.group(1)
            if ", som" in payer and (role := _PAYER_ROLE_IS.match(payer)) is not None:
                payer = role.group(1)  # "Medfinansiär är Region Östergötland, som bidrar med 150 tkr/år": the region
            named = [n for n in _payers_named(payer, pub) if not _PEOPLE_NOT_BODY.fullmatch(n)]  # ("Föräldrarna betalar …")
            funders.extend(named)
            if named:
                ev.setdefault("funders", _ev(m.group(0)))
    if "står " in seg_low or "stod " in seg_low or "betal" in seg_low or "bekostar" in seg_low or " gett " in seg_low \
            or " givit " in seg_low or " beviljat " in seg_low or "skjutit" in seg_low or "bidr" in seg_low:
        for m in _FUNDER_INVERTED.finditer(seg_text):  # "Av dem står Samordningsförbundet Värmland för 900 000 kronor"
            named = _payers_named(next(g for g in m.groups() if g), pub)
            funders.extend(named)
            if named:
                ev.setdefault("funders", _ev(m.group(0)))
    if "resten" in seg_low or "återstoden" in seg_low:
        for m in _REST_PAYER.finditer(seg_text):  # "varav regionen står för 930 000 kronor och Länsstyrelsen för resten"
            named = [n for n in _named_orgs_from(m.group(1)) if not _GENERIC_SUBJECT.match(n)]
            funders.extend(named)
            if named:
                ev.setdefault("funders", _ev(m.group(0)))
    if "procent" in seg_low or "%" in seg_text or has_any(seg_low, ("dedel", "jedel", "tedel", "hälften", "halva")):
        for name, said in _share_payers(seg_text):
            named = _named_orgs_from(name)
            if pub is not None and "%" not in said and "procent" not in said:
                # (a fraction the publisher pays, "Region Örebro län bidrar med hälften … ur regionens medel", is its
                # own money)
                named = [n for n in named if not _is_publisher(n, pub)]
            funders.extend(named)
            if named:
                ev.setdefault("funders", _ev(said))
    if seg.kind == "table-row" and not funders:
        # An allocation table distributes the money the page's introduction names.
        page_funders, snippet = ctx.intro_funders
        funders.extend(page_funders)
        if snippet:
            ev["funders"] = snippet
    shares = [m for b in seg.blocks if b.kind == "li" and ":" in b.text and (m := _BODY_SHARE_LINE.match(b.text))]
    if len(shares) >= 2:
        # each body's share, one a line ("Mariestads kommun: 1 890 000 kronor", "Töreboda kommun: 720 000 kronor"):
        # the bodies pay their parts (the publisher's is its own money)
        names = [m.group("name").strip() for m in shares if pub is None or not _is_publisher(m.group("name").strip(), pub)]
        funders.extend(names)
        if names:
            ev.setdefault("funders", _ev("; ".join(m.group(0) for m in shares)))
    own_money = (_OWN_MONEY_PROSE.search(seg_text) if pub is not None and pub.type == "kommun" and "medel" in seg_low
                 else None)
    if own_money:
        funders.append(pub.name)
        ev.setdefault("funders", _ev(own_money.group(0)))
    if pub is not None:
        funders = [pub.name if _OWN_MONEY.match(f) and pub.type != "other" else f for f in funders]
        if pub.type in ("kommun", "region"):
            # the publisher by its kind in the definite ("Regionen bidrar med 640 000 kronor" on the region's page): its
            # own money, as its fund is; on another's page "regionen" is a payer of its own
            funders = [f for f in funders if f.casefold() != ("regionen" if pub.type == "region" else "kommunen")]
    # The publisher's own fund ("ur den sociala investeringsfonden") is where the money sits, not a funder.
    own_name = (rec["title"] or "").casefold()  # "stöd från Familjeteamet" on its own page: the project's service
    # (a group spoken of, "de deltagande kommunerna", names no funder; "X (ESF+)" and "X" are one)
    rec["funders"] = _unique((f for f in funders if f and not f.startswith(("de ", "dess ", "övriga "))
                              and not orgs.looks_like_person(f) and not _OWN_FUND.search(f)
                              and not _OWN_BOARD_RE.fullmatch(f) and f.casefold() != own_name
                              and f.casefold() not in _PUBLISHERS_BY_KIND and not _PAYING_VERB.search(f)
                              # (the money's form names no payer: "750 000 kronor i bidrag")
                              and f.casefold() not in _MONEY_FORMS), key=_name_key)

    # -- staffing: a staffing label's value read with its label ("Personal: en samordnare 75 % …", where a bare
    # percentage says nothing without it), else the segment's text
    staffing_lab = _labelled(seg, "staffing")
    staffing = parse_staffing(f"{staffing_lab[0]}: {staffing_lab[1]}") if staffing_lab else None
    if staffing is None and staffing_lab and (times := _TIMES_SHARE.search(staffing_lab[1])):
        # "Bemanning: 2 x 50 %": so many posts of that share each
        staffing = Staffing(round(int(times.group(1)) * int(times.group(2)) / 100, 2), times.group(0).strip())
    if staffing is None and staffing_lab and staffing_lab[0].strip(" :").lower() in _POSTS_LABELS \
            and (posts := _BARE_POSTS.fullmatch(staffing_lab[1])):
        # "Tjänster: 2,5", "Antal årsarbetare: 3": a count of posts is full-time equivalents
        staffing = Staffing(float(posts.group(1).replace(",", ".")), f"{staffing_lab[0]}: {staffing_lab[1]}")
    if staffing is None:
        staffing = parse_staffing(seg_text, seg_low)
    if staffing is None and "%" in seg_text:
        staffing = _staff_table(seg.blocks)
    rec["staffing_fte"] = staffing.fte if staffing else None
    if staffing:
        ev["staffing_fte"] = _ev(staffing.text)

    # -- organisations and partners
    partners_lab = _labelled(seg, "partners") or (("", seg.cells["partners"]) if "partners" in seg.cells else None) \
        or _names_under_label_heading(seg, "partners")
    if partners_lab and _PROSE_VALUE.search(partners_lab[1]) and _PARTNER_VERB_FIRST.match(partners_lab[1]):
        # sentences under a "Samarbete" heading whose subject is the work ("Teamet samarbetar med barn- och
        # ungdomspsykiatrin … och med elevhälsan."): read by the prose rules, which know who is who
        prose_value, partners_lab = partners_lab[1], None
    else:
        prose_value = None
    listed_owners: list[str] = []
    if partners_lab:
        value = partners_lab[1]
        if "ägare" in value or "huvudman" in value:
            # "Individ- och familjeomsorgen – projektägare, anställer spelcoacherna" among the parties: the owner
            lines = value.split("\n")
            owning = [ln for ln in lines if _OWNER_ROLE_LINE.match(ln)]
            if owning and len(owning) < len(lines):
                listed_owners = [o for ln in owning for o in _orgs_from(_OWNER_ROLE_LINE.match(ln).group(1))]
                value = "\n".join(ln for ln in lines if ln not in owning)
        rec["partners"] = _orgs_from(value)
        ev["partners"] = _ev(f"{partners_lab[0]}: {partners_lab[1]}" if partners_lab[0] else partners_lab[1])
    else:
        found = []
        whole_text = body_text, body_low
        if prose_value is not None and prose_value not in body_text:
            # (for the partner patterns only: restored below)
            body_text, body_low = f"{body_text}\n{prose_value}", f"{body_low}\n{fold(prose_value)}"
        starts = _PARTNER_STARTS + _BROUGHT_STARTS if "fått med" in body_low else _PARTNER_STARTS
        if " nära " in body_low:
            starts += _NEAR_STARTS
        if " sida " in body_low:
            starts += ("från ",)  # "Från regionens sida medverkar …"
        for m in (_prose_matches(_PARTNER_PROSE, body_text, body_low, starts)
                  if has_any(body_low, _PARTNER_KEYS) else ()):
            if _about_earlier_project(body_text, m.start()):
                continue  # an earlier project's partners ("erfarenheterna från projektet X, som … tillsammans med Y")
            # "tillsammans med" is as often about people ("tillsammans med föräldrarna"): names only there.
            listed = _AMONG_OTHERS.sub("", m.group(1), count=1)  # "tillsammans med bland andra A, B och C"
            if (" från " in listed or " för " in listed) and _POSTS_FROM.match(listed):
                listed = " och ".join(_POST_BODY.findall(listed))  # "en kurator från X och en behandlare från Y"
            elif " och för " in listed or " och från " in listed:  # "representanter för elevhälsan och för BUP"
                listed = _AND_FOR.sub(" och ", listed)
            if " med " in listed:
                listed = _AND_WITH.sub("; ", listed)  # "samverkansmöten med A och med B"
            if ", " in listed and (clause := _NEW_CLAUSE.search(listed)):
                listed = listed[:clause.start()]  # "…, och Region Stockholm bidrar med 400 000 kronor": a payer's clause
            names = _named_orgs_from(listed, generic=not m.group(0).lower().startswith(("tillsammans", "ihop"))
                                     and "dialog" not in m.group(0).lower())
            if names and (but := body_text.find(", men ", m.start(1), m.end(1) + 1)) >= 0 \
                    and (also := _BUT_ALSO_WITH.match(body_text, but)) is not None:
                names += _named_orgs_from(also.group(1))
            more = _PARTNER_AFTER_CLAUSE.match(body_text, m.end(1))
            if names and more:  # "i samverkan med Region X, som ansvarar för Y, och med Svenska kyrkan i Z"
                # (its own relative clause left out: "…, och Region X, vars mottagningar tog emot …")
                names += _named_orgs_from(_AND_WITH.sub("; ", _RELATIVE_CLAUSE.sub("", more.group(1))))
            if names:
                found.extend(names)
                ev.setdefault("partners", _ev(m.group(0)))
        if ("som " in body_low and "part" in body_low) or "samverkanspart" in body_low or "samarbetspart" in body_low \
                or " parter" in body_low or "medverka" in body_low \
                or "delt" in body_low or "partner" in body_low or "ingår" in body_low or "ingick" in body_low \
                or " med kunskap" in body_low or " med kompetens" in body_low or " med erfarenhet" in body_low \
                or " med expertis" in body_low or "bidrar med" in body_low or "bidrog med" in body_low \
                or "bidragit med" in body_low or "anslutit" in body_low or "på ett hörn" in body_low \
                or "står för materialet" in body_low or "ingått" in body_low or "grupp" in body_low or " med från" in body_low or "kopplade" in body_low \
                or "knutna" in body_low or "undertecknat" in body_low or "kontaktperson" in body_low or " med i " in body_low \
                or " med och " in body_low or "varit med" in body_low or "engagera" in body_low \
                or "samverkansavtal" in body_low:
            for m in _PARTNERS_AS.finditer(body_text):  # "Polisen och fritidsgården Kvarnen är med som samarbetsparter"
                subject = m.group(1)
                if (clause := _EARLIER_CLAUSE.search(subject)) is not None:
                    subject = subject[clause.end():]  # "Köpings kommun var insatsägare och Region X deltog i …": Region X
                if _PEOPLE_NOT_BODY.fullmatch(subject):
                    continue  # "Tre föräldrar är med i projektet": people, whose count is no name
                if subject.endswith(("som", "vilka", "vilken")) and " bid" in m.group(0):
                    continue  # "… ordnas tillsammans med A och B, som bidrar med lokaler": named by the clause before
                names = [n for n in _named_orgs_from(subject) if not _PEOPLE_NOT_BODY.match(n)]
                if names and "bid" in m.group(0) and (gap := _GAPPED_GIVER.match(body_text, m.end())) is not None:
                    names += _named_orgs_from(gap.group(1))  # "… bidrog med lokaler och Y med frivilliga"
                if names:
                    found.extend(names)
                    ev.setdefault("partners", _ev(m.group(0)))
        if not found and has_any(body_low, _PARTNER_LIST_KEYS) and (listed := _partner_list(body_text)):
            found, ev["partners"] = listed
        if not found and (heading := _under_label_heading(seg, "partners")) is not None \
                and (found := [n for n in _clause_subjects(heading[1]) if n != seg.title]):
            # sentences under a "Partner" heading, each partner the subject of its own clause
            ev["partners"] = _ev(heading[1])
        found = _unique(found + supporting)
        # a body named again without its place ("Svenska kyrkan i Täby" … "Svenska kyrkan bidrar också med lokaler")
        rec["partners"] = [n for n in found if not any(o.startswith(n + " i ") for o in found)
                           and n.lower() not in _THE_WORK_ITSELF]  # (not "Projektet" caught as a subject)
        body_text, body_low = whole_text
    owners_lab = _labelled(seg, "organisations") or (
        ("", seg.cells["organisations"]) if "organisations" in seg.cells else None)
    if owners_lab and _PROSE_VALUE.search(owners_lab[1]):
        # sentences under an "Organisation" heading ("Det är Individ- och familjeomsorgen som håller i trådarna. Tre
        # socionomer …"): read by the prose rules, which know who is who, not as a line of names
        owners_lab = None
    if owners_lab is None and listed_owners:
        rec["organisations"] = listed_owners
        ev["organisations"] = ev.get("partners")
    elif owners_lab:
        owners, *with_partners = _WITH_PARTNERS.split(owners_lab[1], maxsplit=1)
        with_whom = with_partners[0] if with_partners else ""
        rec["organisations"] = _orgs_from(_JOINT_OWNER.sub(" och ", owners))
        ev["organisations"] = _ev(f"{owners_lab[0]}: {owners_lab[1]}" if owners_lab[0] else owners_lab[1])
        if with_whom:  # "Projektägare: X i samverkan med Y och Z": Y and Z are partners
            rec["partners"] = _unique(rec["partners"] + _orgs_from(with_whom))
            ev.setdefault("partners", ev["organisations"])
    else:
        owner_prose = (_prose_matches(_OWNER_PROSE, body_text, body_low, _OWNER_STARTS)
                       if has_any(body_low, _OWNER_KEYS) else [])
        if owner_prose:
            owner_prose = [m for m in owner_prose if not _of_another(body_text, m.start(), seg.title)]
        found = [o for m in owner_prose for o in _named_orgs_from(m.group(1))]
        if found:
            ev["organisations"] = _ev(owner_prose[0].group(0))
            for m in owner_prose:
                # "drivs av socialtjänsten tillsammans med elevhälsan": the organisation's own units that run it with
                # the owner are owners too, as under an owner label; a body by its name ("… tillsammans med Gävle
                # GIK") takes part as a partner
                joint = _JOINT_AFTER.match(body_text, m.end(1))
                units = [n for n in _named_orgs_from(joint.group(1)) if _OWN_UNIT.match(n)] if joint else []
                if units:
                    found.extend(units)
                    rec["partners"] = [p for p in rec["partners"] if p not in units]
                    ev["organisations"] = _ev(m.group(0) + joint.group(0))
        elif (" äger " in body_low or " ägde " in body_low or "ansvaret" in body_low or "projektled" in body_low
              or "värd för" in body_low or "uppdraget" in body_low
              or "genomförandet" in body_low or " som ägare" in body_low or "ytterst ansvarig" in body_low or " som huvudman" in body_low
              or " som projektägare" in body_low or " utförare" in body_low or " bakom " in body_low
              or "huvudansvarig" in body_low or " i " in body_low or "ansvarig" in body_low or " håller " in body_low) \
                and (owns := _OWNS_IT.search(body_text)) is not None and (found := _named_orgs_from(owns.group(1))):
            # a sentence that says who owns the work, whatever the owner's name ("Arbetsmarknad och integration äger
            # projektet", "Barn- och utbildningsförvaltningen har huvudansvaret")
            ev["organisations"] = _ev(owns.group(0))
        elif " regi" in body_low and (regi := _OWN_REGI.search(body_text)) is not None \
                and (found := _named_orgs_from(regi.group(1))):
            ev["organisations"] = _ev(regi.group(0))  # "drivs i äldreförvaltningens egen regi"
        elif ("projektägare" in body_low or "huvudman" in body_low or "insatsägare" in body_low) \
                and (inverted := _OWNER_INVERTED.search(body_text) or _OWNER_INVERTED_LATE.search(body_text)) is not None \
                and (found := _named_orgs_from(inverted.group(1))):
            ev["organisations"] = _ev(inverted.group(0))  # "Högsby kommun är projektägare."
        elif ("det är " in body_low or "det blir " in body_low or "det var " in body_low) \
                and (cleft := _OWNER_CLEFT.search(body_text)) is not None \
                and (found := _named_orgs_from(_WE_OF.sub("", cleft.group(1)))):
            ev["organisations"] = _ev(cleft.group(0))  # "Det är barn- och utbildningsförvaltningen som håller i arbetet"
        elif " som " in body_low and (relative := _OWNER_RELATIVE.search(body_text)) is not None \
                and (found := _named_orgs_from(relative.group(1))):
            # "Familjeteam Nord är ett projekt som Hultsfreds kommun, Vimmerby kommun och Högsby kommun driver tillsammans"
            ev["organisations"] = _ev(relative.group(0))
        elif "bakom " in body_low and (behind := _BEHIND_IT.search(body_text)) is not None:
            # "Bakom insatsen står socialförvaltningen och Närhälsan Ulricehamn barnavårdscentral, som delar på arbetet"
            found = _named_orgs_from(behind.group(1))
            if found:
                ev["organisations"] = _ev(behind.group(0))
        elif "driver " in body_low or "drev " in body_low or "drivit " in body_low or "äger " in body_low \
                or "ägde " in body_low or "ansvar" in body_low or "leder " in body_low or "ledde " in body_low \
                or "genomför" in body_low or "samordna" in body_low or " lett " in body_low or "för driften" in body_low:
            # the owner as the sentence's subject: "Kultur- och fritidsförvaltningen driver arbetet i samverkan med …",
            # "… ansvarar för projektet"
            active = _OWNER_ACTIVE.search(body_text)
            owner, said = (active.group(1), active.group(0)) if active else ("", "")
            if active is None and seg.title and len(seg.title) >= 4 and seg.title in body_text:
                # … or the project by its name: "Arbetsmarknadsenheten driver Steget vidare i samverkan med …"
                if (named := _OWNER_ACTIVE_NAMED.search(body_text.replace(seg.title, _NAME_HOLDER))) is not None:
                    owner, said = (named.group(i).replace(_NAME_HOLDER, seg.title) for i in (1, 0))
            if active is None and not owner and seg.title and len(seg.title) >= 4 and seg.title in body_text \
                    and (named := _ANY_DRIVES_NAMED.search(body_text.replace(seg.title, _NAME_HOLDER))) is not None:
                # a department named by its fields as the subject of the work by its name ("Kultur och fritid driver
                # Alla med i samverkan med …")
                owner, said = (named.group(i).replace(_NAME_HOLDER, seg.title) for i in (1, 0))
            dept = None
            if active is None and not owner and (dept := _FIELDS_DEPARTMENT_OWNS.search(body_text)) is not None:
                owner, said = dept.group(1), dept.group(0)  # "Kultur & Fritid ansvarar för satsningen": one name
            if active is None and not owner and (drives := _BODY_DRIVES.search(body_text)) is not None:
                # a department or unit as the subject of "driver"/"leder", whatever it runs ("Vård- och
                # omsorgsförvaltningen driver träffpunkterna från januari 2025 …"): the body runs the work
                owner, said = drives.group(1), drives.group(0)
            found = [owner] if dept is not None else _named_orgs_from(owner) if owner else []
            if found:
                ev["organisations"] = _ev(said)
                # "Kultur- och fritidsenheten drev projektet tillsammans med elevhälsan": the organisation's own unit
                # runs it with the owner, as in the passive above
                joint = _JOINT_AFTER.match(body_text, active.end()) if active is not None else None
                units = [n for n in _named_orgs_from(joint.group(1)) if _OWN_UNIT.match(n)] if joint else []
                if units:
                    found.extend(units)
                    rec["partners"] = [p for p in rec["partners"] if p not in units]
        else:  # the municipalities a line of facts names between dashes ("– Hofors kommun och Ockelbo kommun –")
            for part in dash_parts:
                names = orgs.split_organisations(part)
                if names and all(orgs.is_body_name(n) for n in names):
                    found = names
                    ev["organisations"] = _ev(" – ".join(dash_parts))
                    break
        # (a municipality said again by its bare name: "drivs gemensamt av Kramfors kommun och Sollefteå kommun, och
        # Kramfors är projektägare")
        rec["organisations"] = [o for o in _unique(found)
                                if not any(p != o and p.startswith(o) and p[len(o):] in _PLACE_KIND_SUFFIXES for p in found)
                                # (the work itself is no owner: "en skolkurator är knuten till Nätkoll på 40 procent")
                                and not (seg.title and o.startswith(seg.title)
                                         and (o[len(seg.title):len(seg.title) + 1] == " "
                                              or o == seg.title and _BODY_END.search(o) is None))]
        if not rec["organisations"] and (general := _owner_by_grammar(body_text, body_low, seg.title)):
            rec["organisations"], ev["organisations"] = general
        elif not rec["organisations"] and " av " in body_low \
                and (genitive := _GENITIVE_OWNER.search(body_text)) is not None \
                and _BODY_END.search(genitive.group(1)) and (owner := _named_orgs_from(genitive.group(1))):
            # "Egen väg var ett av Arbetsmarknadsenhetens projekt", when nothing else names an owner
            rec["organisations"], ev["organisations"] = owner, _ev(genitive.group(0))

    # -- municipalities: from the segment's own text, else the publishing municipality
    muni_lab = _labelled(seg, "municipalities") or (("", seg.cells["municipalities"])
                                                     if "municipalities" in seg.cells else None)
    # The title's evidence may hold the place the title leaves out ("Skolnärvaro i fokus (Strömsunds kommun)").
    extra = seg.title_evidence if seg.title_evidence and seg.title_evidence not in seg_text else None
    place_text = "\n".join(filter(None, [muni_lab[1] if muni_lab else None, seg_text, extra]))
    matches = orgs.find_municipalities(place_text)
    if not matches:
        # A page that lists projects under a heading per municipality ("Flens kommun" above "Tidigt familjestöd i
        # Malmköping"): the nearest heading above that names municipalities says where.
        matches = next((found for heading in reversed(seg.context) if (found := orgs.find_municipalities(heading))),
                       [])
    codes = [m.code for m in matches]
    if matches:
        ev["municipality_codes"] = _ev("; ".join(m.text for m in matches))
    if pub is not None and pub.type == "kommun" and pub.code and (not codes or codes[0] != pub.code):
        if not codes:
            ev["municipality_codes"] = "publicerad av kommunen"
        codes = [pub.code] + [c for c in codes if c != pub.code]
    rec["municipality_codes"] = codes
    rec["municipalities"] = [o.name for o in (by_code(c) for c in codes) if o is not None]
    if len(codes) == 1 and (pub is None or pub.type != "kommun") and any(f.casefold() == "kommunen" for f in rec["funders"]) \
            and (named := next((m.text for m in matches if m.text.endswith(" kommun")), None)):
        # "Kommunen bidrar själv med 300 000 kronor" on a region's page, of a project the text places in one
        # municipality it names as such ("Bergs kommun beviljas …"): that municipality
        rec["funders"] = _unique(named if f.casefold() == "kommunen" else f for f in rec["funders"])

    # a body named by its abbreviation ("Ansvarig nämnd: KFN", "drivs av IFO") that the page writes out in full once
    # ("Kultur- och fritidsnämnden (KFN)"): the full name, which a reader of the dataset can place
    for field in ("organisations", "partners", "funders"):
        if any(_ABBREVIATION.match(n) for n in rec[field]):
            rec[field] = _unique(_written_out(n, seg_text, ctx.page_text) for n in rec[field])

    # -- status
    status, status_ev = _status(seg, period, ctx, seg_text, seg_low)
    if title_status:
        status = next(st for rx, st in _STATUS_VALUES if rx.search(title_status.group(1)))
        status_ev = seg.title_evidence or seg.title
    if status == "ongoing" and period is not None and period.start is not None and ctx.page_date is not None \
            and period.start.date > ctx.page_date:
        # "Projektet pågår från augusti 2025 …" on a page of March 2025: it cannot be under way before it starts
        status, status_ev = "planned", f"{period.text} (sidans datum {ctx.page_date.isoformat()})"
    rec["status"] = status
    if status_ev:
        ev["status"] = _ev(status_ev)

    # -- themes: our keyword classification of the project's own text (derived, see schemas/reference/themes.csv)
    # themes_of(title, purpose, target group, description), with each one's lower case cut from the segment's fold
    # (lower() of the texts joined by line breaks is their lower cases joined: a capital sigma's context, the only
    # one lower() reads, does not reach across a line break).
    lowered = [_lower_in(t, seg_text, seg_low) for t in (rec["title"], rec["purpose"], rec["target_group"]) if t]
    if rec["description"]:
        lowered.append(_lower_description(rec["description"], description, paragraphs, seg_text, seg_low))
    rec["themes"] = themes_in("\n".join(lowered))

    # -- derived display name
    rec["title_derived"] = None
    if not rec["title"]:
        name, src = derive_title(seg, rec["purpose"], rec["description"])
        rec["title_derived"] = name
        if name:
            ev["title_derived"] = _ev(src)
    rec["_evidence"] = ev
    return rec


def page_statuses(page_title: str | None) -> list[str]:
    """A page titled 'Pågående sociala investeringar' states the status of everything it lists."""
    return [page_title] if page_title and is_generic_page_title(page_title) and _STATUS_WORD.search(page_title) else []
