"""Is a link or a page about social investment? Cheap keyword scores that steer the crawl.

The crawler only decides what to fetch and what to hand to extraction; the real reading of the page
is extraction's job. So these rules are deliberately generous on pages and strict on links.
"""

from __future__ import annotations

import re
import unicodedata

# Words that name the topic itself. Slugs lose å/ä/ö and spaces, so they are matched on a folded form.
_TOPIC = re.compile(
    r"social\w{0,3}[\s_-]*investering|socialt?[\s_-]*investeringsprojekt|investeringsfond|"
    r"socialainvesteringar|sociala[\s_-]*investeringsmedel|social[\s_-]*investeringsfond|"
    r"sociala[\s_-]*hallbarhetsmedel|socialinvestering",
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
    r"cookies?|tillganglighet\w*|om-webbplatsen|sitemap)(/|$|\?|\.)|^mailto:|^tel:|^javascript:|"
    r"\.(jpg|jpeg|png|gif|svg|webp|css|js|ico|zip|mp4|mp3|docx?|xlsx?|pptx?)$",
    re.I,
)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Sociala investeringar' and 'sociala-investeringar' meet."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def link_score(url: str, anchor_text: str = "") -> int:
    """Priority for following a link: 0 = not worth it on its own, higher = fetch sooner."""
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


def page_is_candidate(url: str, title: str, text: str) -> tuple[bool, str]:
    """Whether a fetched page may describe projects, and why (the reason goes in the manifest)."""
    hay_head = fold(url + " " + title)
    body = fold(text)
    if _TOPIC.search(hay_head) or _TOPIC.search(body):
        return True, "topic"
    if len(_THEME.findall(body)) >= 2 and len(_PROJECT.findall(body)) >= 3:
        return True, "theme+project"
    return False, "not topical"


def is_blocked_link(url: str) -> bool:
    return bool(_NEVER.search(url))


_PLATFORMS = (
    ("sitevision", re.compile(r"/sitevision/|sv-layout|svid1[02]_|SiteVisionLTM", re.I)),
    ("episerver", re.compile(r"/globalassets/|/contentassets/|data-epi-|epi-", re.I)),
    ("wordpress", re.compile(r"/wp-content/|/wp-json/|municipio", re.I)),
    ("drupal", re.compile(r"/sites/default/files/|data-drupal-|Drupal\.settings", re.I)),
)


def detect_platform(html_head: str, headers: str = "") -> str:
    """The CMS, read from the page itself (never configured): sitevision, episerver, wordpress, drupal, other."""
    for name, rx in _PLATFORMS:
        if rx.search(html_head) or rx.search(headers):
            return name
    return "other"
