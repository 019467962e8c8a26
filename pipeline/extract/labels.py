"""The labelled fields Swedish project pages use ("Syfte:", "Målgrupp:", "Tidsperiod:" …), as data.

Each label maps to the record field it fills. Pages write the label in bold before a colon, on its own
line, as a small heading, as a <dt>, or as the first cell of a key-value table; all of those arrive
here as text, so one table of words serves every markup.
"""

from __future__ import annotations

import re

from pipeline.swedish._scan import fold

# field -> label words (lower case, without the colon). Order matters only for readability.
LABELS: dict[str, tuple[str, ...]] = {
    "title": ("projektnamn", "projektets namn", "namn på projektet", "namn på insatsen", "insatsens namn",
              "projekttitel", "titel", "projekt"),
    "partners": ("samverkansparter", "samverkanspart", "samverkanspartner", "samverkanspartners", "samarbetspartner",
                 "samarbetspartners", "samarbetsparter", "samarbetspart", "i samverkan med", "medverkande parter",
                 "medverkande", "parter", "partner", "partners", "samverkan", "samarbete", "samarbeten", "samarbete med", "i samarbete med",
                 "samverkar med", "samarbetar med", "vi samverkar med", "vi samarbetar med", "våra samarbetspartner",
                 "övriga parter", "deltagande parter", "föreningar som är med", "parter som deltar",
                 "våra samarbetspartners", "våra partner", "våra partners", "medsökande", "övriga aktörer",
                 "medverkande organisationer", "samverkan sker med", "samarbete sker med", "samverkan sker bland annat med",
                 "samverkan har skett med", "samverkan skedde med"),
    "organisations": ("projektägare", "insatsägare", "projektansvarig", "ägare", "ansvarig", "ansvarig nämnd", "ansvarig förvaltning", "ansvarig verksamhet",
                      "huvudman", "sökande", "sökande nämnd", "utförare", "nämnd", "nämnder", "nämnd/nämnder",
                      "förvaltning", "organisation", "huvudansvarig", "driver projektet", "samordnas av", "ansvarig part", "ansvarig organisation",
                      "huvudansvarig part", "genomförs av", "drivs av", "ansvarig enhet", "utförande enhet",
                      "ansvarig utförare"),
    "purpose": ("syfte", "syftet", "projektets syfte", "syfte och mål", "mål och syfte", "mål", "målet", "målsättning",
                "effektmål", "projektmål", "övergripande mål"),
    "target_group": ("målgrupp", "målgrupper", "målgruppen", "för vem", "vem riktar sig insatsen till"),
    "period": ("tidsperiod", "projekttid", "projektperiod", "period", "tid", "genomförandetid", "löptid",
               "projektets löptid", "tidsplan", "pågår", "start", "startår", "datum", "startdatum", "projektstart",
               "slutår", "slutdatum", "projektslut", "slut", "insatsperiod", "insatstid", "genomförs",
               "genomförandeperiod", "tidsram", "varaktighet", "planerat slutdatum", "planerat slut",
               "beräknat slutdatum", "planerad start", "planerat startdatum", "planerat projektslut",
               "planerad projekttid", "beräknad projekttid", "genomfördes", "genomförandeår"),
    "description": ("innehåll", "beskrivning", "kort beskrivning", "projektbeskrivning", "om projektet",
                    "om insatsen", "insatser", "aktiviteter", "arbetssätt", "metod", "genomförande"),
    "budget": ("budget", "beviljat belopp", "beviljade medel", "beviljat", "belopp", "kostnad", "total kostnad",
               "totalbudget", "summa", "investeringsbelopp", "investering", "medel", "finansiering", "beviljad summa",
               "beviljade medel från fonden", "tkr", "kronor", "total budget", "totalkostnad", "total projektkostnad",
               "projektbudget", "projektkostnad", "budget totalt", "kostnad totalt", "total projektbudget",
               # the fund named in the label: "Beviljat ur sociala investeringsfonden | 2 400 000 kronor"
               "beviljat ur sociala investeringsfonden", "beviljat ur fonden", "beviljat från fonden",
               "beviljat från sociala investeringsfonden", "beviljade medel ur fonden",
               "beviljade medel ur sociala investeringsfonden", "medel ur sociala investeringsfonden",
               "medel från sociala investeringsfonden", "medel ur fonden", "budgetram", "kostnadsram", "ekonomisk ram"),
    "funders": ("finansiär", "finansiärer", "finansieras av", "medfinansiär", "medfinansiärer", "medfinansiering",
                "bidragsgivare", "övrig finansiering", "extern finansiering", "medfinansieras av", "övriga finansiärer"),
    "status": ("status", "projektstatus"),
    "staffing": ("bemanning", "personal", "resurser", "tjänster", "antal tjänster", "heltidstjänster", "årsarbetare",
                 "antal årsarbetare"),
    "municipalities": ("kommun", "kommuner", "ort", "geografiskt område", "område", "plats", "var",
                       "medverkande kommuner", "deltagande kommuner"),
    "contact": ("kontakt", "kontaktperson", "kontaktpersoner", "projektledare", "kontaktuppgifter", "e-post",
                "telefon", "mejl", "frågor"),
    "ignore": ("diarienummer", "dnr", "beslut", "beslutsdatum", "uppföljning", "utvärdering", "resultat",
               "läs mer", "dokument", "bilagor", "bakgrund",
               # what was spent so far, beside the grant: no budget
               "utfall", "utfall hittills", "förbrukat", "förbrukat hittills", "upparbetat", "upparbetat hittills",
               "använt", "använda medel"),
}

# Period labels that give only the end ("Slutår 2027" after "Startår 2025"): the same period, not a second project's.
PERIOD_END_LABELS = frozenset({"slutår", "slutdatum", "projektslut", "slut", "planerat slutdatum", "planerat slut",
                               "beräknat slutdatum", "planerat projektslut"})

_BY_WORD = {w: f for f, words in LABELS.items() for w in words}
_ALTS = "|".join(sorted((re.escape(w) for w in _BY_WORD), key=len, reverse=True))
# "Syfte: text", "Syfte:\ntext", "Syfte – text"; the label must open the block.
_LABEL_COLON = re.compile(rf"^\s*({_ALTS})\s*:\s*(.*)$", re.I | re.S)
_LABEL_ALONE = re.compile(rf"^\s*({_ALTS})\s*:?\s*$", re.I)
# Labels that, when they repeat, mark a new project block; weaker labels (budget, contact) do not.
ANCHOR_FIELDS = ("title", "partners", "purpose", "target_group", "period", "organisations", "description")


def field_for(word: str) -> str | None:
    return _BY_WORD.get(word.strip().lower().rstrip(":").strip())


# The patterns are what a label is; the functions below answer from the table alone, without running them.
# When a pattern matches, its label group is the text before the first colon (or the whole text, for a label alone),
# stripped: labels hold no colon and do not start or end with a blank, and \s is str.strip's blank. An IGNORECASE
# match of a label's letter is a character that folds to it (``pipeline.swedish._scan.fold``), and every character
# that folds to it is such a match (both checked over all of Unicode: tests/test_segment_shortcuts.py and
# tests/test_segment_labels_table.py). So a pattern matches exactly when the folded label group is a label, and then
# its groups are that stripped text and the rest after the colon: the table gives the same field, label and value,
# and a text whose label group is longer than the longest label is no label.
_LABEL_MAX = max(map(len, _BY_WORD))


def split_label(text: str) -> tuple[str, str, str] | None:
    """``(field, label as written, value)`` when ``text`` opens with a known label and a colon (``_LABEL_COLON``)."""
    colon = text.find(":")  # no label holds a colon, so it is the first one
    if colon < 0:
        return None
    head = text[:colon].strip()  # the pattern's label group
    fld = _BY_WORD.get(fold(head)) if len(head) <= _LABEL_MAX else None  # fold: "Tıd", "ſyfte" match too
    return (fld, head, text[colon + 1:].strip()) if fld else None


def read_label(text: str) -> tuple[str, str, str] | None:
    """``(field, label as written, value)`` of a labelled line ("Syfte: …"), or of a label alone ("Målgrupp",
    value ""): ``split_label``, else ``label_alone`` with the text, stripped of its colon, as the label.

    A text with a colon is a label alone only when that colon ends it and the text before is a label, which is
    then what ``split_label`` reads (with an empty value): so ``split_label`` answers for every text with a colon,
    and ``label_alone`` for the others, whose label is the stripped text."""
    if ":" in text:
        return split_label(text)
    core = text.strip()
    fld = _BY_WORD.get(fold(core)) if len(core) <= _LABEL_MAX else None
    return (fld, core, "") if fld else None


def label_alone(text: str) -> str | None:
    """The field when the whole text is just a label ("Syfte", "Målgrupp:"), as in a heading or <dt>
    (``_LABEL_ALONE``)."""
    core = text.strip()  # the pattern's label group
    if core.endswith(":"):
        core = core[:-1].rstrip()
    return _BY_WORD.get(fold(core)) if len(core) <= _LABEL_MAX else None
