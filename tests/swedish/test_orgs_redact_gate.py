"""redact_persons returns a text without any given name (and without "@") at once: the gate must give what the
full redaction gives, for names in every position the redaction looks at."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish import orgs
from tests.saved_texts import saved_block_texts


def _plain(text: str) -> str:
    """redact_persons without its gate."""
    return orgs._redact_emails(orgs._redact_names_in_runs(orgs._remove_attributions(text)))


WRITTEN = [
    "Projektet leds av Anna Berg på Socialförvaltningen.",
    "– Det är viktigt, säger Lars Berfenhag, projektledare.",
    "D'Anna Berg, l'Anna Berg, O’Anna Berg, (Anna Berg) och \"Anna Berg\" och «Anna Berg».",
    "Anna-Karin Svensson och Per-Ola Ek; XAnna Berg; xAnna Berg; _Anna Berg; -Anna Berg; Anna Berg-skolan",
    "AnnaBerg Karlsson, McAnna Berg, Annab Berg, Anna\u00a0Berg, Anna\tBerg\nAnna\r\nBerg, ANNA BERG",
    "Stiftelsen Anna Berg, Sankt Anna Berg, Astrid Lindgrens barnsjukhus, Gustav Adolfs torg",
    "säger Anna von Berg. berättar Kerstin af Ekström, chef för Elevhälsan! Tycker Anna",
    "anna.svensson@kungalv.se, x@y, @, info@kommun.se",
    "Ayşe Yılmaz och Zoë Berg, Åsa Öberg, Émile Ärlig, Anna ßerg",
    "Kommunen och Region Skåne samarbetar med Polisen.",
    "Anna",
    "",
]


def test_the_gate_holds_for_the_given_names_as_listed():
    """Every given name that can be a name token is a plain word of the gate's (else the gate is off)."""
    assert orgs._NAME_GATE_SOUND
    assert len(orgs._FIRST_NAME_WORDS) >= len(orgs.FIRST_NAMES) - 5


def test_redaction_with_the_gate_as_without_on_written_and_page_texts():
    texts = WRITTEN + saved_block_texts()
    assert len(texts) > 1000
    changed = 0
    for text in texts:
        for variant in (text, text.upper(), text.title(), text.lower()):
            expected = _plain(variant)
            assert orgs.redact_persons(variant) == expected, variant
            changed += expected != variant
    assert changed > 10


_NAMES = sorted(orgs.FIRST_NAMES)[::40] + ["Anna", "Lars", "Per", "Ola", "Kerstin", "Ayşe"]
_PIECES = _NAMES + ["Berg", "Svensson", "von", "af", "de", "Skolan", "kommun", "Stiftelsen", "Sankt", "säger",
                    "berättar", "sa", "Säger", " ", "  ", "\u00a0", "\t", "\n", ",", ".", "!", "-", "–", "'", "’",
                    "(", ")", "\"", "@", "kungalv.se", "x", "X", "ß", "_", "2"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_redaction_with_the_gate_as_without_on_generated_texts(pieces):
    text = "".join(pieces)
    assert orgs.redact_persons(text) == _plain(text)
