"""Synthetic extracted records with planted near-duplicates and look-alikes, and the dedup benchmark.

``generate(n, seed)`` returns ``n`` records shaped like ``pipeline.extract.extract_page`` output (plus
``page_sha256`` and ``source_id``) and the planted truth:

- base projects on municipalities' sites (real kommunkoder and hosts from ``schemas/reference/``), with
  Swedish-looking titles ("Läxhjälp för nyanlända i Ekvik", "Familjecentral"), purposes, descriptions, periods of
  varying precision, partners, funders and budgets; some untitled (``title_derived`` from the purpose), some on
  list pages;
- 10 % **near-duplicates** of them: a typo in the title and an edited description on a news page; words
  reordered on a listing page; the region's list describing the municipality's project (another publisher,
  often untitled or with the municipality's name added, year precision, a rounded budget); the page moved to a
  new URL (identical or lightly edited); the same page under ``?lang=sv``, a trailing slash or capitals;
- about 5 % **look-alikes** that must stay apart: the same title in another municipality, the same title in the
  same municipality eight years later, the same title on the region's list for another municipality.

Titles within one municipality are drawn so that no two base projects match by accident (a district and an
activity are never reused in one municipality, and district names are never one typo apart).

``measure(sizes, seed)`` times ``table.dedupe_table`` on them, read from ``records.parquet`` as the pipeline does,
and scores the planted pairs: precision = planted pairs among the pairs put in one project, recall = planted pairs
found. Run ``python -m pipeline.dedupe.synthetic 10000 100000 1000000`` (each size generated in one process and
deduplicated in a fresh one, so peak memory is per size and excludes the generator's dicts).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import random
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.dedupe.match import typo_equal
from pipeline.dedupe.text import normalise

ACTIVITIES = (
    "Läxhjälp", "Familjecentral", "Föräldrastöd", "Språkstöd", "Fältverksamhet", "Elevcoach", "Multikompetent team",
    "Närvaroteam", "Mentorskap", "Fritidsaktiviteter", "Tidiga insatser", "Samordnade insatser", "Skolsocialt team",
    "Ungdomsmottagning", "Feriejobb", "Arbetsträning", "Hälsoskola", "Lovaktiviteter", "Kulturskola", "Idrottsskola",
    "Matematiklyft", "Läsfrämjande insatser", "Trygghetsvandringar", "Stödgrupper", "Familjebehandling",
    "Psykosocialt stöd", "Drogprevention", "Våldsprevention", "Medborgardialog", "Integrationslots", "Studiecoach",
    "Boendestöd", "Socialt företagande", "Digital delaktighet", "Seniorstöd", "Mötesplats", "Öppen förskola",
    "Simskola", "Föreningslots", "Sommarskola",
)
GENERIC = ("Familjecentral", "Läxhjälp", "Fältverksamhet", "Mötesplats", "Föräldrastöd", "Simskola", "Feriejobb",
           "Elevcoach")
GROUPS = (
    "för barn och unga", "för nyanlända", "för förskolebarn", "för ungdomar 13–18 år", "för familjer",
    "för elever i årskurs 4–6", "för elever i årskurs 7–9", "för unga vuxna", "för äldre", "för föräldrar",
    "för flickor", "för pojkar", "för långtidsarbetslösa", "för unga med NPF",
)
SETTINGS = ("i förskolan", "i skolan", "på fritidsgården", "i bostadsområdet", "på biblioteket", "i idrottshallen",
            "på vårdcentralen", "i gymnasieskolan")
PLACE_HEAD = ("Norr", "Söder", "Väster", "Öster", "Ek", "Björk", "Gran", "Lind", "Sjö", "Berg", "Dal", "Hult", "Ny",
              "Lång", "Stor", "Lill", "Hög", "Sand", "Sten", "Rönn", "Ask", "Hassel", "Kvarn", "Bro", "Mosse", "Råg",
              "Tall", "Vass", "Myr", "Hag")
PLACE_TAIL = ("by", "sta", "hult", "vik", "näs", "torp", "holm", "berga", "åsen", "lund", "dal", "backa", "gården",
              "fors", "ryd", "köping", "tuna", "löt", "mossen", "hagen")
AIMS = (
    "minska utanförskapet bland", "stärka skolresultaten hos", "förebygga psykisk ohälsa hos",
    "öka närvaron i skolan bland", "ge tidigt stöd till", "öka delaktigheten hos", "minska våldet i nära relationer för",
    "öka sysselsättningen bland", "stärka föräldraskapet hos", "förbättra hälsan hos",
)
TARGETS = ("barn och unga", "nyanlända", "förskolebarn", "ungdomar", "familjer", "elever", "unga vuxna", "äldre",
           "föräldrar", "långtidsarbetslösa")
PARTNERS = ("Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Polisen", "Arbetsförmedlingen",
            "Försäkringskassan", "Kultur- och fritidsförvaltningen", "Folktandvården", "Studieförbundet Vuxenskolan",
            "Räddningstjänsten", "Bostadsbolaget", "Svenska kyrkan", "Röda korset", "Elevhälsan", "Ungdomsmottagningen")
THEMES = ("tidiga insatser", "psykisk hälsa", "skolframgång", "trygghet", "arbete och sysselsättning", "folkhälsa",
          "integration", "jämlik hälsa")
SECTIONS = ("sociala-investeringar", "kommun-och-politik/sociala-investeringar", "omsorg-och-stod/projekt",
            "barn-och-utbildning/utvecklingsprojekt")
FETCHED = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)
DUP_KINDS = (("typo", 30), ("reorder", 15), ("region", 30), ("moved", 15), ("same_page", 10))
LOOKALIKE_KINDS = (("other_muni", 40), ("other_period", 40), ("region_other_muni", 20))


def _schema_fields():
    from schemas.project import BY_NAME, RECORD_FIELDS

    lists = tuple(f for f in RECORD_FIELDS if BY_NAME[f].type == "list[string]")
    return lists, tuple(f for f in RECORD_FIELDS if f not in lists)


_LISTS, _SCALARS = _schema_fields()  # every record carries every schema field, like extract_page's


@dataclass
class Synthetic:
    records: list[dict]
    truth: list[list[int]]  # planted clusters (positions in records), size ≥ 2
    kinds: dict[str, int] = field(default_factory=dict)  # how many of each planted kind


def _places() -> list[str]:
    """District names, none of them a municipality's name (those are dropped from names before matching) and no
    two a typo apart."""
    from pipeline.dedupe.text import place_words

    out: list[str] = []
    for head in PLACE_HEAD:
        for tail in PLACE_TAIL:
            name = head + tail
            n = normalise(name)
            if n not in place_words() and all(not typo_equal(n, normalise(o)) for o in out):
                out.append(name)
    return out


def _orgs():
    from pipeline.swedish.reference import municipalities, regions

    regs = {r.code: r for r in regions()}
    munis = [m for m in municipalities() if m.lanskod in regs]
    return munis, regs


def _slug(text: str) -> str:
    return "-".join(normalise(text).split())[:60]


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _derived(purpose: str) -> str:
    words = purpose.removeprefix("Att ").split()
    cut = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return cut[:1].upper() + cut[1:]


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.places = _places()
        self.munis, self.regions = _orgs()
        self.by_lan: dict[str, list] = {}
        for m in self.munis:
            self.by_lan.setdefault(m.lanskod, []).append(m)
        self.used: dict[str, set] = {}  # kommunkod -> used (place, activity) / generic names
        self.serial = 0
        self.list_pages: dict[str, tuple[str, int]] = {}

    # ---- pieces ----
    def _period(self):
        rng = self.rng
        if rng.random() < 0.15:
            return None, None, None, None
        year = rng.randint(2012, 2024)
        length = rng.randint(1, 5)
        p = rng.random()
        if p < 0.5:
            start, sp = dt.date(year, 1, 1), "year"
            end, ep = dt.date(year + length - 1, 12, 31), "year"
        elif p < 0.8:
            month = rng.randint(1, 12)
            start, sp = dt.date(year, month, 1), "month"
            e = dt.date(year + length, month, 1) - dt.timedelta(days=1)
            end, ep = e, "month"
        else:
            start, sp = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), "day"
            end, ep = start.replace(year=year + length) - dt.timedelta(days=1), "day"
        if rng.random() < 0.15:
            end, ep = None, None
        return start, sp, end, ep

    def _url(self, muni, title: str, section: str | None = None) -> str:
        self.serial += 1
        sec = section or self.rng.choice(SECTIONS)
        return f"https://www.{muni.website}/{sec}/{_slug(title)}.4.{self.serial:x}.html"

    def _title(self, muni) -> tuple[str | None, object]:
        """(title, name key) unique in the municipality: a generic name, or a district and an activity."""
        rng = self.rng
        used = self.used.setdefault(muni.code, set())
        if rng.random() < 0.04:
            name = rng.choice(GENERIC)
            if name not in used:
                used.add(name)
                return name, name
        for _ in range(50):
            act, place = rng.choice(ACTIVITIES), rng.choice(self.places)
            if (place, act) in used:
                continue
            used.add((place, act))
            t = rng.random()
            if t < 0.35:
                title = f"{act} i {place}"
            elif t < 0.7:
                title = f"{act} {rng.choice(GROUPS)} i {place}"
            elif t < 0.85:
                title = f"{act} {rng.choice(SETTINGS)} – {place}"
            else:
                title = f"{rng.choice(('Utökad', 'Förstärkt', 'Tidig', 'Samordnad', 'Trygg'))} {_lower_first(act)} i {place}"
            return title, (place, act)
        self.serial += 1
        return f"{rng.choice(ACTIVITIES)} i {rng.choice(self.places)} {self.serial}", None

    def base(self, muni=None) -> dict:
        rng = self.rng
        muni = muni or rng.choice(self.munis)
        title, key = self._title(muni)
        act, place = (key[1], key[0]) if isinstance(key, tuple) else (title, "")
        aim, target = rng.choice(AIMS), rng.choice(TARGETS)
        where = f" i {place}" if place else f" i {muni.name}"
        purpose = f"Att {aim} {target} genom {_lower_first(act)}{where}"
        partners = rng.sample(PARTNERS, rng.randint(0, 3))
        start, sp, end, ep = self._period()
        budget = rng.choice((None, None, rng.randint(2, 80) * 100_000, rng.randint(100, 9999) * 1000))
        desc = (f"{act}{where} är en del av kommunens satsning på {rng.choice(THEMES)}. Insatsen riktar sig till "
                f"{target} och bedrivs {rng.choice(SETTINGS)}"
                + (f" i samverkan med {', '.join(partners)}." if partners else ".")
                + f" Under perioden följs {rng.randint(20, 400)} deltagare upp.")
        codes = [muni.code]
        if rng.random() < 0.08:
            other = rng.choice(self.by_lan[muni.lanskod])
            other_used = self.used.setdefault(other.code, set())
            if other.code != muni.code and key is not None and key not in other_used:
                other_used.add(key)
                codes.append(other.code)
        untitled = rng.random() < 0.15 and title not in GENERIC
        on_list = rng.random() < 0.2
        if on_list:
            url = self._list_page(muni)
        else:
            url = self._url(muni, title)
        page_updated = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
        status = None
        if start:
            status = "planned" if start > page_updated else "finished" if end and end < page_updated else "ongoing"
        rec = {
            "title": None if untitled else title,
            "title_derived": _derived(purpose) if untitled else None,
            "publisher": muni.name, "publisher_code": muni.code, "publisher_type": "kommun",
            "municipality_codes": codes, "municipalities": [self._name(c) for c in codes],
            "organisations": [f"{muni.name} kommun"] if rng.random() < 0.5 else [],
            "partners": partners, "funders": [f"{muni.name} kommun"] if rng.random() < 0.6 else [],
            "purpose": purpose, "target_group": target.capitalize() if rng.random() < 0.7 else None,
            "description": desc,
            "target_age_min": None, "target_age_max": None, "target_grade_min": None, "target_grade_max": None,
            "start_date": start, "start_precision": sp, "end_date": end, "end_precision": ep,
            "budget_sek": budget, "budget_basis": rng.choice(("total", "per_year")) if budget else None,
            "staffing_fte": rng.choice((None, None, None, 0.5, 1.0, 2.0, 3.0)),
            "status": status, "source_url": url, "source_urls": [url], "page_updated": page_updated,
            "fetched_at": FETCHED, "extractor_version": "0.1.0", "evidence": "{}", "_key": key, "_planted": set(),
        }
        return self._finish(rec, muni.code)

    def _name(self, code: str) -> str:
        from pipeline.swedish.reference import by_code

        return by_code(code).name

    def _finish(self, rec: dict, source_id: str) -> dict:
        for f in _LISTS:
            rec.setdefault(f, [])
        for f in _SCALARS:
            rec.setdefault(f, None)
        rec["page_sha256"] = hashlib.sha256(rec["source_url"].encode()).hexdigest()
        rec["source_id"] = source_id
        return rec

    def _list_page(self, org, region: bool = False) -> str:
        key = ("r" if region else "m") + org.code
        url, count = self.list_pages.get(key, ("", 99))
        if count >= 20:
            self.serial += 1
            host = org.website
            path = "sociala-investeringar/pagaende-sociala-investeringar" if region else "sociala-investeringar/projekt"
            url, count = f"https://www.{host}/{path}/sida-{self.serial:x}/", 0
        self.list_pages[key] = (url, count + 1)
        return url

    # ---- near-duplicates ----
    def _typo(self, text: str) -> str:
        rng = self.rng
        words = text.split(" ")
        long = [k for k, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if not long:
            return text + "."
        k = rng.choice(long)
        w = words[k]
        p = rng.randint(1, len(w) - 2)
        op = rng.random()
        if op < 0.33:
            w = w[:p] + w[p + 1] + w[p] + w[p + 2:]  # swap
        elif op < 0.66:
            w = w[:p] + w[p + 1:]  # drop
        else:
            w = w[:p] + w[p] + w[p:]  # double
        words[k] = w
        return " ".join(words)

    def _edit_description(self, desc: str) -> str:
        sentences = desc.split(". ")
        if len(sentences) > 2 and self.rng.random() < 0.5:
            return ". ".join(sentences[:-1]) + "."
        return desc + " Projektet utvärderas av kommunens utvecklingsenhet."

    def duplicate(self, rec: dict, kind: str) -> dict:
        rng = self.rng
        d = dict(rec)
        d["source_urls"] = None
        muni_code = rec["municipality_codes"][0]
        from pipeline.swedish.reference import by_code

        muni = by_code(muni_code)
        name = rec["title"] or rec["title_derived"]
        if kind in ("typo", "reorder") and not rec["title"]:
            kind = "moved"
        if kind == "typo":
            d["title"] = self._typo(rec["title"])
            d["source_url"] = self._url(muni, d["title"], "nyheter")
            d["description"] = self._edit_description(rec["description"])
            if rec["start_precision"] in ("month", "day"):
                d["start_date"] = rec["start_date"].replace(month=1, day=1)
                d["start_precision"] = "year"
        elif kind == "reorder":
            t = rec["title"]
            if " i " in t:
                head, place = t.rsplit(" i ", 1)
                d["title"] = f"{place}: {head}"
            elif " – " in t:
                head, place = t.split(" – ", 1)
                d["title"] = f"{place} – {head}"
            else:
                d["title"] = " ".join(reversed(t.split()))
            d["source_url"] = self._list_page(muni)
            d["description"] = rec["description"].split(". ")[0] + "."
        elif kind == "region":
            reg = self.regions[muni.lanskod]
            d.update(publisher=reg.name, publisher_code=reg.code, publisher_type="region",
                     source_url=self._list_page(reg, region=True), organisations=[], funders=[reg.name])
            r = rng.random()
            if r < 0.4 and rec["title"]:
                d["title"] = f"{rec['title']}, {muni.name}"
            elif r < 0.8 or not rec["title"]:
                d["title"], d["title_derived"] = None, _derived(rec["purpose"])
            d["description"] = None if rng.random() < 0.5 else rec["purpose"] + "."
            if rec["start_date"]:
                d["start_date"], d["start_precision"] = dt.date(rec["start_date"].year, 1, 1), "year"
            if rec["end_date"]:
                d["end_date"], d["end_precision"] = dt.date(rec["end_date"].year, 12, 31), "year"
            if rec["budget_sek"]:
                b = rec["budget_sek"]
                d["budget_sek"] = round(b, -(len(str(b)) - 2))
            d["partners"] = rec["partners"][:1]
            d["page_updated"] = rec["page_updated"] + dt.timedelta(days=rng.randint(-200, 200))
            d = self._finish(d, f"region-{reg.code}")
            d["source_urls"] = [d["source_url"]]
            return d
        elif kind == "moved":
            d["source_url"] = self._url(muni, name)
            if rng.random() < 0.5:
                d["description"] = self._edit_description(rec["description"])
                d["page_updated"] = rec["page_updated"] + dt.timedelta(days=rng.randint(1, 300))
        elif kind == "same_page":
            u = rec["source_url"]
            variant = rng.randrange(3)
            d["source_url"] = (u + "?lang=sv" if variant == 0 else u + "/" if variant == 1 and not u.endswith("/")
                               else u.replace("https://www.", "https://WWW.").replace("/sociala", "/Sociala"))
            d["page_updated"] = rec["page_updated"] + dt.timedelta(days=rng.randint(1, 60))
            d["description"] = self._edit_description(rec["description"])
        d = self._finish(d, rec["source_id"])
        d["source_urls"] = [d["source_url"]]
        return d

    # ---- look-alikes ----
    def lookalike(self, rec: dict, kind: str) -> dict | None:
        rng = self.rng
        from pipeline.swedish.reference import by_code

        muni = by_code(rec["municipality_codes"][0])
        key = rec["_key"]
        if kind == "other_period":
            if not (rec["start_date"] and rec["end_date"]) or ("period", key) in rec["_planted"]:
                return None
            rec["_planted"].add(("period", key))
            d = dict(rec)
            shift = 8
            d["start_date"] = rec["start_date"].replace(year=rec["start_date"].year + shift)
            d["end_date"] = rec["end_date"].replace(year=rec["end_date"].year + shift)
            d["description"] = (f"Den nya satsningen startar {d['start_date'].year} och bygger på erfarenheter från "
                                f"tidigare arbete. Målgruppen är {rng.choice(TARGETS)}.")
            d["purpose"] = f"Att {rng.choice(AIMS)} {rng.choice(TARGETS)} med nya arbetssätt"
            if not rec["title"]:
                d["title_derived"] = _derived(d["purpose"])
            d["source_url"] = self._url(muni, rec["title"] or d["title_derived"])
            d["status"] = "planned"
            d["budget_sek"] = None
            d = self._finish(d, rec["source_id"])
            d["source_urls"] = [d["source_url"]]
            return d
        if kind == "other_muni":
            other = rng.choice(self.munis)
            if other.code in rec["municipality_codes"] or key is None or key in self.used.get(other.code, ()):
                return None
            self.used.setdefault(other.code, set()).add(key)
            d = self.base(other)
        else:  # region_other_muni
            others = [m for m in self.by_lan[muni.lanskod] if m.code not in rec["municipality_codes"]]
            if not others or key is None:
                return None
            other = rng.choice(others)
            if key in self.used.get(other.code, ()):
                return None
            self.used.setdefault(other.code, set()).add(key)
            reg = self.regions[muni.lanskod]
            d = self.base(other)
            d.update(publisher=reg.name, publisher_code=reg.code, publisher_type="region",
                     source_url=self._list_page(reg, region=True), municipality_codes=[other.code],
                     municipalities=[other.name])
            d = self._finish(d, f"region-{reg.code}")
        # the same name (and, when untitled, the same purpose) as rec, in another municipality
        d["title"], d["title_derived"] = rec["title"], rec["title_derived"]
        if not rec["title"]:
            d["purpose"] = rec["purpose"]
        d["source_urls"] = [d["source_url"]]
        return d


def generate(n: int, seed: int = 0, dup_rate: float = 0.10, lookalike_rate: float = 0.05) -> Synthetic:
    g = _Gen(seed)
    rng = g.rng
    n_dup = int(n * dup_rate)
    n_look = int(n * lookalike_rate)
    n_base = n - n_dup - n_look
    records = [g.base() for _ in range(n_base)]
    clusters: dict[int, list[int]] = {}
    kinds: dict[str, int] = {}
    dup_kinds = [k for k, w in DUP_KINDS for _ in range(w)]
    look_kinds = [k for k, w in LOOKALIKE_KINDS for _ in range(w)]
    for _ in range(n_dup):
        b = rng.randrange(n_base)
        kind = rng.choice(dup_kinds)
        d = g.duplicate(records[b], kind)
        clusters.setdefault(b, [b]).append(len(records))
        records.append(d)
        kinds["dup_" + kind] = kinds.get("dup_" + kind, 0) + 1
    while len(records) < n:
        b = rng.randrange(n_base)
        kind = rng.choice(look_kinds)
        d = g.lookalike(records[b], kind)
        if d is None:
            continue
        records.append(d)
        kinds["lookalike_" + kind] = kinds.get("lookalike_" + kind, 0) + 1
    for r in records:
        r.pop("_key", None)
        r.pop("_planted", None)
    # Shuffle so that duplicates are not next to their originals.
    order = list(range(len(records)))
    rng.shuffle(order)
    where = {old: new for new, old in enumerate(order)}
    shuffled = [records[k] for k in order]
    truth = [sorted(where[k] for k in c) for c in clusters.values()]
    return Synthetic(shuffled, truth, kinds)


def pair_scores(predicted: list[list[int]], truth: list[list[int]]) -> dict:
    """Precision and recall of pairs put together, against planted pairs (pairs within a truth cluster)."""
    label = {}
    for c, members in enumerate(truth):
        for m in members:
            label[m] = c
    pred_pairs = sum(len(g) * (len(g) - 1) // 2 for g in predicted)
    true_pairs = sum(len(g) * (len(g) - 1) // 2 for g in truth)
    hits = 0
    for g in predicted:
        counts: dict[int, int] = {}
        for m in g:
            if m in label:
                counts[label[m]] = counts.get(label[m], 0) + 1
        hits += sum(k * (k - 1) // 2 for k in counts.values())
    return {"predicted_pairs": pred_pairs, "planted_pairs": true_pairs, "found_pairs": hits,
            "precision": hits / pred_pairs if pred_pairs else 1.0, "recall": hits / true_pairs if true_pairs else 1.0}


def write_synthetic(n: int, seed: int, directory: Path) -> None:
    """``generate(n, seed)`` written as ``records.parquet`` (the columns of ``pipeline.stages.record_schema``)
    and ``truth.json`` (planted clusters and kinds) in ``directory``."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.dedupe.table import record_arrow_schema

    data = generate(n, seed)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(data.records, schema=record_arrow_schema()), directory / "records.parquet")
    (directory / "truth.json").write_text(json.dumps({"truth": data.truth, "kinds": data.kinds}))


def measure_file(directory: Path) -> dict:
    """Dedupe the ``records.parquet`` of ``write_synthetic`` as ``pipeline.stages.dedupe_records`` does (read the
    file, ``dedupe_table``): seconds (wall and CPU), this process's peak resident memory (``getrusage``; run it
    in a fresh process for a per-size figure) and the planted pairs' precision and recall."""
    import json

    from pipeline.dedupe.table import dedupe_table

    directory = Path(directory)
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    result = dedupe_table(directory / "records.parquet")
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    planted = json.loads((directory / "truth.json").read_text())
    scores = pair_scores(result.resolution.groups, planted["truth"])
    return {"n": result.stats["records"], "seconds": round(seconds, 2), "cpu_s": round(cpu, 2),
            "peak_mb": round(peak, 1), "precision": round(scores["precision"], 4),
            "recall": round(scores["recall"], 4), "projects": result.stats["projects"],
            "planted_pairs": scores["planted_pairs"], "found_pairs": scores["found_pairs"],
            "predicted_pairs": scores["predicted_pairs"], "candidate_pairs": result.stats.get("candidate_pairs"),
            "kinds": planted["kinds"]}


def size_key(n: int) -> str:
    return f"dedup_{n // 1_000_000}m_s" if n >= 1_000_000 and n % 1_000_000 == 0 else f"dedup_{n // 1000}k_s"


def _child(code: str) -> str:
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"dedup benchmark child failed: {out.stderr[-3000:]}")
    return out.stdout.strip().splitlines()[-1]


def measure(sizes: list[int], seed: int = 0) -> dict:
    """The dedup benchmark: per size, synthetic records are generated and written to ``records.parquet`` in one
    process, then deduplicated in a fresh one (``measure_file``), so peak memory is that of deduplicating that
    size from the file, as the pipeline does. Returns ``dedup_<n>k_s`` / ``dedup_1m_s`` (wall seconds),
    ``dedup_peak_mb`` (the largest peak), ``dedup_precision`` / ``dedup_recall`` (the lowest over the sizes),
    ``dedup_step_max`` (the largest time ratio between sizes ten times apart) and ``dedup_detail`` per size."""
    import json
    import tempfile

    out: dict = {}
    details = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="socinv-dedup-") as tmp:
            _child(f"from pipeline.dedupe.synthetic import write_synthetic; write_synthetic({int(n)}, {int(seed)}, "
                   f"{tmp!r}); print('ok')")
            r = json.loads(_child(f"import json; from pipeline.dedupe.synthetic import measure_file; "
                                  f"print(json.dumps(measure_file({tmp!r})))"))
        details[n] = r
        out[size_key(n)] = r["seconds"]
    if details:
        out["dedup_peak_mb"] = max(r["peak_mb"] for r in details.values())
        out["dedup_precision"] = min(r["precision"] for r in details.values())
        out["dedup_recall"] = min(r["recall"] for r in details.values())
        steps = [details[b]["seconds"] / details[a]["seconds"] for a in details for b in details
                 if b == 10 * a and details[a]["seconds"] > 0]
        out["dedup_step_max"] = round(max(steps), 2) if steps else None
    out["dedup_detail"] = {str(n): r for n, r in details.items()}
    return out


def main(argv: list[str]) -> None:
    import json

    sizes = [int(a) for a in argv] or [10_000, 100_000]
    print(json.dumps(measure(sizes), indent=1), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
