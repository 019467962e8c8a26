"""Column-wise shortcuts give exactly what the one-at-a-time functions give."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from pipeline.dedupe.keys import canonical, canonical_many, content_key, record_key
from pipeline.dedupe.text import normalise, significant_name
from pipeline.urls import canonical_url

URLS = [
    "https://www.kungalv.se/a/b.html", "https://www.kungalv.se/a/b/", "https://www.kungalv.se/A/b",
    "https://www.kungalv.se/a?lang=sv", "https://www.kungalv.se/a?print=1&id=3", "https://www.kungalv.se/",
    "https://www.kungalv.se", "http://x.se:80/a", "https://x.se:8443/a", "https://x.se/a/index.html",
    "https://x.se/a//b", "https://x.se/a#frag", "https://x.se/%C3%A4", "https://x.se/å", "HTTPS://X.SE/a",
    "https://x.se./a", "https://x.se/a;b=c", " https://x.se/a ",
    "https://www.vardsamverkanfyrbodal.se/projekt/partnerskapsatsning-i-fyrbodal---sim-spar-2/",
]


def test_canonical_many_equals_canonical_url():
    assert canonical_many(URLS) == [canonical_url(u) for u in URLS]
    assert canonical_many([None]) == [""]
    assert [canonical(u) for u in URLS] == [canonical_url(u) for u in URLS]
    assert canonical("https://www.kungalv.se/a\n") == canonical_url("https://www.kungalv.se/a\n")


def _slow_normalise(text):
    t = unicodedata.normalize("NFKD", (text or "").lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def test_fast_normalise_equals_the_definition():
    rng = random.Random(7)
    chars = [chr(c) for c in range(32, 256)] + list("–’ŝﬁǄ")
    for _ in range(20000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert normalise(s) == _slow_normalise(s)


@pytest.mark.parametrize("title,name", [
    ("Läxhjälp för nyanlända i Kungälv", "laxhjalp nyanlanda"),
    ("Projektet Mer energi i Hummelsta", "mer energi hummelsta"),
    ("Kungälv", "kungalv"),  # nothing left but a place: keep it
])
def test_significant_name(title, name):
    assert significant_name(title) == name


def test_content_key_ignores_provenance_and_empty_lists():
    a = {"title": "A", "partners": [], "source_url": "u1", "evidence": "{}", "page_updated": None}
    b = {"title": "A", "partners": None, "source_url": "u2", "evidence": '{"title": "A"}'}
    assert content_key(a) == content_key(b)
    assert content_key(a) != content_key(dict(a, title="B"))


def test_record_key():
    assert record_key({"source_url": "https://www.kungalv.se/A/?lang=sv", "title": "Läxhjälp!"}) == \
        "https://www.kungalv.se/a#laxhjalp"
