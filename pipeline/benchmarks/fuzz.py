"""Fuzz the Swedish text parsers and the page extractor for a fixed time budget (issue #7: "in the benchmark
script, not in CI"). A mutation fuzzer seeded with the phrases real pages use — periods, amounts, ages,
school years, staffing, organisation lists, labels — because random bytes alone rarely reach the parsers'
deep branches. Every call must return (a value or None); an exception or a call slower than ``SLOW_S`` is a
finding, printed with the input that caused it so it can become a regression test.

    python -m pipeline.benchmarks.fuzz --seconds 60
"""

from __future__ import annotations

import argparse
import json
import random
import time
import traceback

from pipeline.extract import extract_page
from pipeline.swedish import dates, money, numbers, orgs, staffing, targets

SLOW_S = 1.0

SEEDS = [
    "2022–2024", "1 januari 2023 – 31 december 2025", "ht 2021–vt 2023", "Tidsperiod: 2019-08-01 till 2022-06-30",
    "från och med hösten 2024", "Projektet pågår under tre år", "läsåret 2023/24", "v. 34 2022 – v. 25 2023",
    "2,5 miljoner kronor", "1 200 tkr", "Budget: 450 000 kr per år", "tre miljoner kronor", "2 mnkr", "1,2 mkr",
    "SEK 300 000", "totalt 4 500 000 kronor varav 1 500 000 kr från fonden",
    "Barn 6–12 år", "elever i årskurs 7–9", "förskolebarn 1–5 år", "unga 16–24 år", "åk F-3", "gymnasiet år 1-3",
    "2,5 årsarbetare", "en halvtidstjänst", "tre tjänster á 75 %", "1 heltid skolkurator och 0,5 socionom",
    "Samverkansparter: Polisen, Region Uppsala, Enköpings kommun och Arbetsförmedlingen",
    "Socialnämnden, Barn- och utbildningsnämnden samt Kultur- och fritidsnämnden",
    "Syfte: Att minska skolfrånvaron.", "Målgrupp: Familjer med barn 0–6 år", "Status: Avslutat",
    "Kontakt: Anna Andersson, projektledare", "Västra Götalandsregionen", "Kungälvs kommun", "Fyrbodal",
]
ALPHABET = "0123456789 -–—/.,:;()%åäöÅÄÖéü\u00a0\u2009\t\nabcdefghijklmnopqrstuvwxyzkrtåårhtvt<>&\"'"


def _mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randint(0, len(text))
        if op < 0.3:
            text = text[:pos] + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))) + text[pos:]
        elif op < 0.5 and text:
            end = min(len(text), pos + rng.randint(1, 10))
            text = text[:pos] + text[end:]
        elif op < 0.7:
            text = text[:pos] + rng.choice(SEEDS) + text[pos:]
        elif op < 0.8:
            text = text * rng.randint(2, 40)
        elif op < 0.9:
            text = text[:pos] + chr(rng.randint(0x20, 0x2FFF)) + text[pos:]
        else:
            text = " ".join(rng.sample(SEEDS, rng.randint(2, 8)))
    return text[:20_000]


def _html(rng: random.Random, text: str) -> bytes:
    parts = text.split(":")
    tag = rng.choice(["p", "h2", "li", "td", "strong", "div", "dt"])
    body = "".join(f"<{tag}>{p}</{tag}>" for p in parts)
    if rng.random() < 0.3:
        body = body[: rng.randint(0, len(body))]  # truncated markup
    return f"<html lang='sv'><body><main><h1>Sociala investeringar</h1>{body}</main></body></html>".encode(
        "utf-8", "surrogatepass")


TARGETS = {
    "parse_period": dates.parse_period,
    "parse_fuzzy_date": dates.parse_fuzzy_date,
    "parse_page_date": dates.parse_page_date,
    "parse_amounts": money.parse_amounts,
    "parse_number": numbers.parse_number,
    "parse_target": targets.parse_target,
    "parse_staffing": staffing.parse_staffing,
    "split_organisations": orgs.split_organisations,
    "find_municipalities": orgs.find_municipalities,
    "redact_persons": orgs.redact_persons,
}


def run_fuzz(seconds: float = 60.0, seed: int = 0, max_findings: int = 20) -> dict:
    """Fuzz until the budget is spent. Returns counts and the first ``max_findings`` findings."""
    rng = random.Random(seed)
    deadline = time.perf_counter() + seconds
    cases = calls = 0
    slowest = (0.0, "", "")
    findings: list[dict] = []
    while time.perf_counter() < deadline:
        text = _mutate(rng, rng.choice(SEEDS))
        cases += 1
        jobs = list(TARGETS.items()) + [
            ("extract_page(text)", lambda t: extract_page(t.encode("utf-8", "surrogatepass"),
                                                          "https://www.kungalv.se/x", "text/plain")),
            ("extract_page(html)", lambda t: extract_page(_html(rng, t), "https://www.kungalv.se/x", "text/html")),
        ]
        for name, fn in jobs:
            calls += 1
            t0 = time.perf_counter()
            try:
                fn(text)
            except Exception as exc:  # noqa: BLE001 - every exception is a finding
                if len(findings) < max_findings:
                    findings.append({"target": name, "input": text[:500], "error": f"{type(exc).__name__}: {exc}",
                                     "where": traceback.format_exc().strip().splitlines()[-3][:300]})
                continue
            took = time.perf_counter() - t0
            if took > slowest[0]:
                slowest = (took, name, text[:200])
            if took > SLOW_S and len(findings) < max_findings:
                findings.append({"target": name, "input": text[:500], "error": f"slow: {took:.2f} s"})
    return {"fuzz_seconds": seconds, "fuzz_cases": cases, "fuzz_calls": calls, "fuzz_findings": len(findings),
            "fuzz_slowest_ms": round(slowest[0] * 1000, 1), "fuzz_slowest_target": slowest[1],
            "findings": findings}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    result = run_fuzz(args.seconds, args.seed)
    for f in result["findings"]:
        print(f"FINDING {f['target']}: {f['error']}\n  input: {f['input']!r}\n  {f.get('where', '')}")
    print(f"{result['fuzz_cases']} inputs, {result['fuzz_calls']} calls in {args.seconds:.0f} s: "
          f"{result['fuzz_findings']} findings; slowest call {result['fuzz_slowest_ms']} ms "
          f"({result['fuzz_slowest_target']})")
    print(json.dumps({k: v for k, v in result.items() if k != "findings"}))
    return 1 if result["findings"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
