"""The furniture patterns' fast forms give what the patterns as written give.

``_furniture_value`` (class, id, role, aria-label words): ``_FURNITURE_ATTR`` case-blind on the value, here as a
word gate, a prefix trie of the alternatives and the anchored alternative ("sok", "hoger", "vanster", "fot" between
word boundaries) alone. ``is_furniture_text`` (a block's line): ``_FURNITURE_TEXT`` case-blind on the stripped
line, here with the anchored alternatives case-bound on the line's fold.
"""

from __future__ import annotations

import random
import re
import sys

from pipeline.extract import document as d
from pipeline.swedish._scan import fold

_ALL = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]


# --- _furniture_value ---------------------------------------------------------------------------------------------


def test_units_rebuild_the_alternatives():
    """The trie is built from the pattern's own alternatives, cut into units that rebuild each of them."""
    alternatives = d._alternatives(d._FURNITURE_ATTR.pattern)
    assert "|".join(alternatives) == d._FURNITURE_ATTR.pattern and len(alternatives) > 60
    assert alternatives.count(d._FURNITURE_ATTR_SOK_ALTERNATIVE) == 1
    for alternative in alternatives:
        if alternative != d._FURNITURE_ATTR_SOK_ALTERNATIVE:
            rebuilt = "".join(d._units(alternative)).replace("(?:", "(").replace("\\-", "-")
            assert rebuilt == alternative, alternative
            assert all(c.isalpha() or c in "-_|()?" for c in alternative), alternative


def _sample(alternative: str, rnd: random.Random) -> str:
    """A string one alternative matches (each optional part in or out, one branch of each group)."""
    out = []
    for unit in d._units(alternative):
        optional = unit.endswith("?")
        unit = unit[:-1] if optional else unit
        if optional and rnd.random() < 0.5:
            continue
        if unit.startswith("(?:"):
            unit = rnd.choice(unit[3:-1].split("|"))
        out.append(unit.replace("\\", ""))
    return "".join(out)


def _values(rnd: random.Random, n: int) -> list[str]:
    alternatives = [a for a in d._alternatives(d._FURNITURE_ATTR.pattern) if a != d._FURNITURE_ATTR_SOK_ALTERNATIVE]
    pieces = [_sample(a, rnd) for a in alternatives for _ in range(3)]
    pieces += [p[:-1] for p in pieces] + [p[1:] for p in pieces] + [p.upper() for p in pieces[:40]]
    pieces += ["sok", "SOK", "ſok", "x", "-", "_", " ", "\n", "\t", "\u00a0", "svid12_3", "İ", "ı", "K", "ö", "h-"]
    pieces += list(d._FURNITURE_ATTR_WORDS)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4))) for _ in range(n)]


def test_furniture_value_is_the_pattern_on_generated_values():
    rnd = random.Random(11)
    hits = 0
    for value in _values(rnd, 40000):
        fast = d._furniture_value.__wrapped__(value)
        assert fast == bool(d._FURNITURE_ATTR.search(value)), value
        hits += fast
    assert 10000 < hits < 35000


def test_furniture_value_is_the_pattern_on_saved_pages():
    from lxml import etree

    from pipeline.benchmarks.extract_speed import saved_pages

    seen = 0
    for _, body in saved_pages()[:200]:
        root = etree.fromstring(body, d._UTF8_PARSER)
        if root is None:
            continue
        for el in root.iter(etree.Element):
            for name in ("class", "id", "role", "aria-label"):
                value = el.get(name)
                if value is not None:
                    assert d._furniture_value.__wrapped__(value) == bool(d._FURNITURE_ATTR.search(value)), value
                    seen += 1
    assert seen > 1000


# --- is_furniture_text --------------------------------------------------------------------------------------------

# The atoms _FURNITURE_TEXT_START is made of beside its letters (and "|", "(", ")", "?", "*", "+", "^", "$"); "\n"
# for "$", which matches at the end or before a line break that ends the text.
_START_ATOMS = ("[/>»›]", r"[\w./-]", r"\s", r"\w", r"\.", " ", ":", "\n")


def test_start_pattern_is_made_of_the_checked_atoms():
    pattern = d._FURNITURE_TEXT_START.pattern
    assert d._FURNITURE_TEXT_START.flags & re.I and pattern == pattern.lower()
    rest = pattern
    for atom in _START_ATOMS[:-1]:  # the classes first (one holds "\w")
        rest = rest.replace(atom, "")
    assert all(c.isalpha() or c in " |()?*+^$:" for c in rest), rest
    assert d._FURNITURE_TEXT_START_FOLDED.pattern == pattern
    assert d._FURNITURE_TEXT_START_FOLDED.flags == d._FURNITURE_TEXT_START.flags & ~re.I


def test_start_atoms_match_a_character_as_its_fold():
    """Over all of Unicode: fold keeps a character one character, and each atom (each letter of the pattern too)
    matches a character case-blind exactly when it matches the character's fold case-bound. ``str.lower()`` reads
    context only for "Σ" (final sigma: "σ" or "ς"), two word characters no atom tells apart."""
    folded = [fold(c) for c in _ALL]
    assert all(len(f) == 1 for f in folded)
    everything, everything_folded = "".join(_ALL), "".join(folded)
    letters = {c for c in d._FURNITURE_TEXT_START.pattern.replace(r"\s", "").replace(r"\w", "") if c.isalpha()}
    assert letters >= set("abdefgiklnoprstuvyåäö")
    for atom in (*_START_ATOMS, *sorted(letters)):
        blind = [m.start() for m in re.finditer(atom, everything, re.I)]
        bound = [m.start() for m in re.finditer(atom, everything_folded)]
        assert blind == bound, atom
        assert bool(re.match(atom, "σ")) == bool(re.match(atom, "ς")), atom


_LINES = (
    "", " ", "Lyssna", "LYSSNA", "Lyssna ", "Lyssna på sidan", "Skriv ut", "Dela", "Dela sidan", "Dela sidan nu",
    "Senast uppdaterad 2024-01-01", "Sidan är uppdaterad", "Sidan skapades", "Publicerad: 2023", "Publicerad 2023",
    "Uppdaterad:\t5 maj", "Rapportera fel", "Ikon för pdf", "Telefonnummer", "Telefonnummer 010", "Foto: X",
    "Bild: Y", "Jag godkänner", "Förstår", "ACCEPTERA", "OK", "ok!", "Till toppen", "Tillbaka", "Startsidan för",
    "Startsida / Nyheter", "Hem » Projekt", "Start›", "Translate", "Meny", "Sök", "SÖK", "Dnr KS 2024/000467",
    "Diarienummer: 2023.45", "diarienr. 12 34", "Dnr KS 2024/000467 gäller projektet", "Vi använder kakor",
    "Webbplatsen använder cookies", "Gå direkt till innehållet", "Hoppa till huvudinnehåll", "Hjälpte informationen dig?",
    "När du besöker denna webbplats sparas", "Denna artikel är gammal", "Denna nyhet är GAMMAL",
    "Använder teknik som troligen inte stöds", "Projektet Läxhjälp startar 2024", "Syfte: minska utanförskap",
    "ſök", "İkon för", "\u212aontakt", "Lyssna\n", "Meny\nSök", "Sök\n", "\u00a0Sök\u00a0", "Tillbaka\u2028",
)


def _check(text: str) -> None:
    assert d.is_furniture_text(text) == bool(d._FURNITURE_TEXT.search(text.strip())), text


def test_is_furniture_text_is_the_pattern_on_written_lines():
    for text in _LINES:
        _check(text)


def test_is_furniture_text_is_the_pattern_on_saved_pages():
    """Every block the walker reads on the saved pages (furniture lines too: parse_html drops those), its lines, and
    every text node."""
    from lxml import etree

    from pipeline.benchmarks.extract_speed import saved_pages

    n = hits = 0
    for _, body in saved_pages()[:200]:
        root = etree.fromstring(body, d._UTF8_PARSER)
        if root is None:
            continue
        walker = d._Walker()
        walker.walk(root)
        walker.flush()
        texts = [t for block in walker.blocks for t in (block.text, *block.text.split("\n"))]
        for text in texts + list(root.itertext()):  # every text node too, the menus' and the banners'
            _check(text)
            n += 1
            hits += d.is_furniture_text(text)
    assert n > 10000 and hits > 500


def test_is_furniture_text_is_the_pattern_on_generated_lines():
    rnd = random.Random(4)
    pieces = [*_LINES, *(w.upper() for w in _LINES), *(w[1:] for w in _LINES), *(w[:-1] for w in _LINES),
              " ", "\n", "\t", "\u00a0", "/", ">", "»", "›", ":", ".", "-", "2024", "x", "İ", "ı", "ſ", "Σ", "ß"]
    hits = 0
    for _ in range(30000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 3)))
        _check(text)
        hits += d.is_furniture_text(text)
    assert hits > 3000
