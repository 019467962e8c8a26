"""Is a link or a page about social investment? Cheap keyword scores that steer the crawl.

The crawler only decides what to fetch and what to hand to extraction; the real reading of the page
is extraction's job. Links are scored (topic words in the URL or anchor text, navigation hubs, the page
they sit on), traps are recognised from the URL's shape (calendars, faceted search, site search), and a
fetched page is a *candidate* for extraction only when its main content (never the menus and footers)
speaks of the topic and carries what project descriptions carry: purpose, target group, period,
money, partners, owner.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlsplit

# Words that name the topic itself. Slugs lose å/ä/ö and spaces, so they are matched on a folded form.
_TOPIC = re.compile(
    r"social\w{0,3}[\s_-]*investering|socialt?[\s_-]*investeringsprojekt|investeringsfond|"
    r"socialainvesteringar|sociala[\s_-]*investeringsmedel|social[\s_-]*investeringsfond|"
    r"sociala[\s_-]*hallbarhetsmedel|socialinvestering|"
    # a kommunalförbund's name for its fund: "medel för social hållbarhet" (Fyrbodal), "social hållbarhetsfond"
    r"medel[\s_-]+(?:till|for)[\s_-]+social[\s_-]+hallbarhet|social[\s_-]*hallbarhetsfond|"
    # a municipality's English pages ("Social investment fund")
    r"social[\s_-]*investment|"
    # a samordningsförbund's insatser (Finsam: the same kind of preventive projects, funded by the förbund)
    r"samordningsforbund|finansiell[\s_-]*samordning|(?<![a-z])finsam(?![a-z])",
    re.I,
)
# Words around preventive social projects; weaker, they only count together with project words.
_THEME = re.compile(
    r"utanforskap|forebyggande|tidiga[\s_-]*insatser|inkludering|segregation|segregering|skolfranvaro|"
    r"skolnarvaro|folkhalsa|social[\s_-]*hallbarhet|barn[\s_-]*och[\s_-]*unga|tillvaxtverket",
    re.I,
)
_PROJECT = re.compile(
    r"projekt|satsning|insats|samverkansparter|syfte|malgrupp|tidsperiod|beviljat|beviljade|tkr|miljoner|mnkr",
    re.I,
)
# Navigation hubs under which municipalities put the topic.
_HUB = re.compile(
    r"kommun[\s_-]*och[\s_-]*politik|kommunpolitik|politik|styrning|ekonomi|social[\s_-]*hallbarhet|"
    r"folkhalsa|utveckling|samverkan|projekt|nyheter|regional[\s_-]*utveckling|verksamhetsomraden",
    re.I,
)
# Links that never lead to a project page.
_NEVER = re.compile(
    r"/(sok|search|login|logga-in|wp-admin|wp-login|cart|kalender|calendar|evenemang|rss|print|"
    r"cookies?|kakor|tillganglighet\w*|om-webbplatsen|sitemap)(/|$|\?|\.)|^mailto:|^tel:|^javascript:|"
    r"\.(jpg|jpeg|png|gif|svg|webp|css|js|ico|zip|mp4|mp3|docx?|xlsx?|pptx?|ics)$",
    re.I,
)


_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Sociala investeringar' and 'sociala-investeringar' meet.
    Dashes of every kind become '-', so '2023–2025' keeps its shape."""
    return unicodedata.normalize("NFKD", text.translate(_DASHES)).encode("ascii", "ignore").decode().lower()


def link_score(url: str, anchor_text: str = "") -> int:
    """Priority for following a link: -1 never, 0 = not worth it on its own, higher = fetch sooner."""
    if _NEVER.search(url):
        return -1
    hay = fold(url + " " + anchor_text)
    if _TOPIC.search(hay):
        return 100
    score = 0
    if _THEME.search(hay):
        score += 20
    if _HUB.search(hay):
        score += 10
    return score


def is_blocked_link(url: str) -> bool:
    return bool(_NEVER.search(url))


def is_topical(text: str) -> bool:
    return bool(_TOPIC.search(fold(text)))


# ------------------------------------------------------------------------------------------- traps
_PAGE_PARAMS = frozenset({"page", "sida", "p", "pg", "paged", "start", "offset", "sv.page", "pagenumber", "pageindex"})
_PAGE_PATH = re.compile(r"/(page|sida)/\d{1,4}/?$", re.I)
_PAGE_TEXT = re.compile(r"^\s*(visa fler|fler\b|nasta( sida)?|next|»|›|>|\d{1,3}|sida \d{1,3}|ladda fler|"
                        r"aldre (nyheter|inlagg)|tidigare (nyheter|inlagg))", re.I)
_DATE_TOKEN = re.compile(r"(?<!\d)(19|20)\d\d[-/_.]?(0[1-9]|1[0-2])(?!\d)")
_CAL_WORDS = re.compile(r"kalend|calendar|evenemang|\bevents?\b|handelser|pa-gang|vad-hander", re.I)
_CAL_PARAMS = frozenset({"month", "manad", "date", "datum", "year", "ar", "week", "vecka", "day", "dag", "from",
                         "fran", "to", "till", "startdate", "enddate", "d", "m", "y"})
_STEP_TEXT = re.compile(r"nasta (manad|vecka|dag|ar)|foregaende|forra (manad|veckan)|next (month|week|day)|"
                        r"previous|prev\b|«|‹", re.I)
_SEARCH_PARAMS = frozenset({"q", "s", "query", "search", "sok", "searchtext", "term", "keyword", "keywords"})
_SESSION = re.compile(r"(jsessionid|phpsessid|sid)=", re.I)


# Parameters that say which content a CMS shows, not a filter over it: Joomla's "?catid=19&Itemid=131" and
# "option=com_content&view=article&id=7", WordPress's "?p=123", EPiServer's "epslanguage" … Two of them are one page's
# address, not a combination of facets.
_CONTENT_PARAMS = frozenset({"itemid", "catid", "id", "option", "view", "layout", "p", "page_id", "cat", "lang",
                             "language", "epslanguage", "nid", "articleid", "artikelid", "newsid"})


def query_params(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def is_pagination(url: str, anchor_text: str = "") -> bool:
    """A link to the next page of a listing (``?page=2``, ``/page/2/``, "Visa fler", "Nästa")."""
    params = query_params(url)
    keys = {k.lower() for k, _ in params}
    if keys & _PAGE_PARAMS and all(v.isdigit() for k, v in params if k.lower() in _PAGE_PARAMS):
        return True
    if _PAGE_PATH.search(urlsplit(url).path):
        return True
    return bool(params) and bool(_PAGE_TEXT.match(fold(anchor_text)))


def trap_reason(url: str, anchor_text: str = "") -> str | None:
    """Why a link leads into a space with no end (or no content), or None.

    Recognised from the URL's shape and the link text, never configured per site: calendars stepping
    through months, faceted search (filter combinations), site search, session ids, endlessly
    repeated path segments.
    """
    parts = urlsplit(url)
    path, params = parts.path, query_params(url)
    keys = [k.lower() for k, _ in params]
    folded_text = fold(anchor_text)
    if _SESSION.search(url):
        return "session-id"
    if set(keys) & _SEARCH_PARAMS:
        return "search"
    dated = bool(_DATE_TOKEN.search(path + "?" + parts.query))
    if dated and (_CAL_WORDS.search(fold(path)) or _STEP_TEXT.search(folded_text) or set(keys) & _CAL_PARAMS):
        return "calendar"
    if set(keys) & _CAL_PARAMS and _CAL_WORDS.search(fold(path)):
        return "calendar"
    non_page = [k for k in keys if k not in _PAGE_PARAMS and k not in _CONTENT_PARAMS]
    if len(non_page) >= 2:
        return "facets"
    segs = [s for s in path.lower().split("/") if s]
    if len(segs) >= 6 and len(set(segs)) <= len(segs) // 2:
        return "repeated-path"
    return None


def url_pattern(url: str) -> str:
    """The shape of a URL: digits folded, query values dropped; many URLs of one shape may be a trap."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "0", parts.path.lower())
    keys = ",".join(sorted({k.lower() for k, _ in query_params(url)}))
    return f"{(parts.hostname or '').removeprefix('www.')}{path}?{keys}"


def is_dated(url: str) -> bool:
    return bool(_DATE_TOKEN.search(url)) or bool({k.lower() for k, _ in query_params(url)} & _PAGE_PARAMS)


# ------------------------------------------------------------------------------------------- pages
# What project descriptions carry, as labels ("Syfte:", a "Målgrupp" heading, a table header) or in prose.
_FIELDS = {
    "purpose": re.compile(r"\bsyfte|\bmal(et)? med|\bmalsattning", re.I),
    "target": re.compile(r"\bmalgrupp|riktar sig (till|mot)|vander sig till|for (barn|elever|unga|ungdomar|aldre|"
                         r"foraldrar|familjer|personer|vuxna)\b", re.I),
    "period": re.compile(r"\bprojekttid|\btidsperiod|\bprojektperiod|\bperiod\b|\bpagar\b|\bpagick\b|\bstartade?\b|"
                         r"\bavslutades\b|\bavslutat\b", re.I),
    "money": re.compile(r"\bbeviljat?s?\b|\bbeviljade\b|\bbudget\b|\bkostnad|\bfinansier|\bmedel\b|\bbelopp", re.I),
    "partners": re.compile(r"\bsamverkan|\bsamverkanspart|\bsamarbete|\bsamarbetspart|\btillsammans med\b",
                           re.I),
    "owner": re.compile(r"\bansvarig|\bprojektagare|\bprojektledare|\bhuvudman|\bdrivs av\b|\bnamnden\b", re.I),
    "staff": re.compile(r"\bbemanning|\banstalld|\bheltid|\bdeltid|\btjanst(er)?\b|\bsocionom|\bspecialpedagog|"
                        r"\bkurator|\bpsykolog|\bfaltassistent|\bsamordnare\b|\bbehandlare", re.I),
    "outcome": re.compile(r"\bresultat|\butvardering|\butvarderats|\beffekt(er)?\b|\buppfoljning", re.I),
}
_MONEY = re.compile(r"\d[\d\s\u00a0.,]*\s*(kr\b|kronor|tkr|mnkr|msek|miljon(er)?|miljard)|"
                    r"\b(en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|femton|tjugo|\w+hundra) "
                    r"(miljon(er)?|miljard(er)?|tusen) kronor", re.I)
_PERIOD = re.compile(r"(?<![\d-])(19|20)\d\d\s*(-|till( och med)?|t\.?o\.?m\.?)\s*((19|20)\d\d|\d\d)(?![\d-])|"
                     r"(19|20)\d\d-\d\d-\d\d\s*(-|till( och med)?)\s*(19|20)\d\d-\d\d-\d\d|"
                     r"(startade?|startar|pagar|pagick|borjade|avslutades|sedan|fram till|till och med|hosten|varen)"
                     r"\s+(\w+\s+){0,2}(19|20)\d\d|"
                     # "från januari 2025 till december 2027", "mars 2024 – juni 2026"
                     r"\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+(19|20)\d\d\s*(-|till( och med)?)\s*"
                     r"([a-z]+\.?\s+)?(19|20)\d\d", re.I)
_AGES = re.compile(r"\b\d{1,2}\s*(-|till)\s*\d{1,2}\s*ar\b|\b(over|under) \d{1,2} ar\b|\barskurs(erna)? \d|\bak \d|"
                   r"hogstadie|mellanstadie|lagstadie|forskoleklass|gymnasie|\bvardnadshavare|\bforaldrar\b", re.I)
_PROJECT_WORD = re.compile(r"\bprojekt(et|en|ets)?\b|\bsatsning(en|ar|arna)?\b|\binsats(en|er|erna)?\b|"
                           r"\binvesteringen\b|\bverksamheten\b|\barbetet\b", re.I)
_RULES = re.compile(r"\bansok\w*|\bsoka (medel|pengar|bidrag)|\bvem kan soka|\bkriterier\b|\briktlinjer\b|"
                    r"\bblankett|\bsista dag\w* for|\bbedomning", re.I)


def assess_page(url: str, title: str, text: str, labels: list[str] | None = None, link_chars: int = 0,
                own_text: str | None = None, context_topical: bool = False, trail: str = "") -> tuple[bool, str]:
    """Whether a fetched page's *main content* describes projects, and why (the reason goes in the manifest).

    ``text`` is the page's main content without menus, breadcrumbs, sidebars and footers; ``labels`` the
    short texts of its headings, table headers, definition terms and bold lead-ins; ``link_chars`` how much
    of ``text`` is link text; ``own_text`` the content without link texts (the evidence is counted there: a
    link's text describes another page). Topic words in the URL, title or content make a page topical, and so
    does ``context_topical``: being linked from the main content of a topical page (a project listed under the
    fund's "Pågående projekt" need not name the fund again), and so does its breadcrumb ``trail`` (filed under
    "Sociala investeringsmedel › Beviljade insatser"). A topical page
    is a candidate when its content carries project fields. Theme words alone (förebyggande, utanförskap …)
    need more evidence: money and a period and a project.
    """
    head = fold(url + " " + title)
    body = fold(text)
    words = len(body.split())
    named = bool(_TOPIC.search(head) or _TOPIC.search(body) or (trail and _TOPIC.search(fold(trail))))
    topic = named or context_topical
    themes = {m.group(0) for m in _THEME.finditer(body)}
    if not topic and len(themes) < 2:
        if words >= 25 and looks_like_project(text, labels):
            return True, "project fact sheet"
        return False, "not topical"
    if words < 12:
        return False, "too little text"
    if link_chars and link_chars > 0.5 * len(text):
        return False, "mostly links"
    body = fold(own_text) if own_text is not None else body
    folded_labels = [fold(lbl) for lbl in (labels or [])]
    fields = {name for name, rx in _FIELDS.items() if rx.search(body) or any(rx.search(lbl) for lbl in folded_labels)}
    labelled = {name for name, rx in _FIELDS.items() if any(rx.search(lbl) for lbl in folded_labels)}
    money = len(_MONEY.findall(body))
    period = len(_PERIOD.findall(body))
    fields |= {name for name, n in (("money", money), ("period", period)) if n}
    projects = len(_PROJECT_WORD.findall(body))
    rules = len(_RULES.findall(body))
    ages = len(_AGES.findall(body))
    evidence = len(fields) + len(labelled) + min(money, 2) + min(period, 2) + min(projects, 3) + min(ages, 2)
    why = ", ".join(sorted(fields))
    if rules >= 4 and rules >= 0.035 * words and len(labelled) < 3:
        return False, "fund rules or how to apply"
    if topic:
        if evidence >= 7 and (period or money or ages or len(labelled) >= 2 or len(fields) >= 5):
            return True, f"{'topic' if named else 'linked from a topical page'} + project fields ({why})"
        if evidence >= 4 and _names_itself(title, body):
            return True, f"topic + the page's name called a project ({why})"
        if money and period and (ages or fields - {"money", "period"}) and not _BUDGET_NEWS.search(head):
            # a short project page: its money, its period and one more of a project's facts ("Med 1 600 000 kronor ur
            # kommunens pott för sociala investeringar prövar omsorgsförvaltningen … från januari 2025 till december
            # 2027 … Svenska kyrkan … är samarbetspartner"); not news of the municipal budget
            return True, f"topic + money and a period ({why})"
        return False, "topical, no project description"
    if len(themes) >= 2 and evidence >= 9 and (money or period):
        return True, f"theme + project fields ({why})"
    return False, "theme words only"


# What calls a name a project, in folded text: "insatsen X", "X är ett projekt", "X är en social investering".
_SELF_WORD = r"(?:projektet|satsningen|insatsen|investeringen)"
_SELF_KIND = r"(?:ar|var|blir) (?:ett|en) (?:[\w-]+ ){0,2}?(?:projekt|satsning|insats|social investering|socialt " \
             r"investeringsprojekt)"
# A page about the municipality's budget or accounts (folded URL and title): money and years, no project.
_BUDGET_NEWS = re.compile(r"\bbudget(en|ar)?\b|\barsredovisning|\bdelarsrapport")


def _names_itself(title: str, body: str) -> bool:
    """The page's name is called a project in its own text ("… har startat insatsen Fritid för alla", "Läslyftet är
    ett projekt …"): a project's page, however few of its facts it states. ``body`` is folded."""
    names = set()
    for part in re.split(r"\s+[|-]\s+", title):  # "Name – Place - Region X": the name, with and without its place
        part = fold(part).strip()
        if 3 <= len(part) <= 80:
            names.add(part)
            names.add(part.split(" - ")[0].strip())
    return any(re.search(rf"\b{_SELF_WORD} {re.escape(n)}\b|\b{re.escape(n)},? {_SELF_KIND}", body) for n in names)


def looks_like_project(text: str, labels: list[str] | None = None) -> bool:
    """A project fact sheet even without topic words: several labelled project fields plus a period or money."""
    body = fold(text)
    folded_labels = [fold(lbl) for lbl in (labels or [])]
    labelled = {name for name, rx in _FIELDS.items() if any(rx.search(lbl) for lbl in folded_labels)}
    fields = {name for name, rx in _FIELDS.items() if rx.search(body)} | labelled
    money, period = bool(_MONEY.search(body)), bool(_PERIOD.search(body))
    return (len(labelled) >= 3 and (money or period)) or (len(fields) >= 5 and money and period)


def page_is_candidate(url: str, title: str, text: str) -> tuple[bool, str]:
    """Whether a page may describe projects (plain text, no structure); see :func:`assess_page`."""
    return assess_page(url, title, text)


_PLATFORMS = (
    ("sitevision", re.compile(r"/sitevision/|sv-layout|svid1[02]_|SiteVisionLTM", re.I)),
    ("episerver", re.compile(r"/globalassets/|/contentassets/|data-epi-|\bepi\.|/episerver/|EPiServer", re.I)),
    ("wordpress", re.compile(r"/wp-content/|/wp-json/|/wp-includes/|municipio", re.I)),
    ("drupal", re.compile(r"/sites/default/files/|data-drupal-|Drupal\.settings", re.I)),
)


def detect_platform(html_head: str, headers: str = "") -> str:
    """The CMS, read from the page itself (never configured): sitevision, episerver, wordpress, drupal, other."""
    for name, rx in _PLATFORMS:
        if rx.search(html_head) or rx.search(headers):
            return name
    return "other"
