"""Extraction speed against two yardsticks on the same pages in the same run (issue #8).

    python -m pipeline.benchmarks.extract_speed [N] [--seed S]

times, over ``corpus(N)`` (default 200 pages of ~60 KB), a bare ``lxml.html.fromstring`` parse,
``trafilatura.extract`` of the decoded page, and ``pipeline.extract.extract_page``, and prints pages/s and the
ratios ``extract_vs_lxml`` (extract time ÷ lxml parse time; target ≤ 3) and ``extract_vs_trafilatura``
(extract time ÷ trafilatura time; target < 1).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time


def measure_extract(pages: list[tuple[str, bytes]], repeat: int = 3) -> dict:
    """Pages/s of lxml parse, trafilatura.extract and extract_page over ``pages``, and the two ratios.

    The three are timed page by page, interleaved (in rotating order), ``repeat`` times; each page counts with
    its median time per method. A busy machine then weighs on all three alike, and a pause that hits one
    call (another process, a garbage collection) does not decide a ratio.
    """
    import lxml.html
    import trafilatura

    from pipeline.extract import clear_caches, extract_page

    def lxml_parse(url, body):
        lxml.html.fromstring(body)

    def traf(url, body):
        trafilatura.extract(body.decode("utf-8", errors="replace"), url=url)

    def extract(url, body):
        extract_page(body, url, "text/html")

    fns = [("lxml", lxml_parse), ("trafilatura", traf), ("extract", extract)]
    for url, body in pages[: min(5, len(pages))]:  # warm up: imports, compiled patterns
        for _, fn in fns:
            fn(url, body)
    times = {name: [[] for _ in pages] for name, _ in fns}
    clock = time.perf_counter
    for r in range(max(1, repeat)):
        clear_caches()  # a cache may fill across the different pages of a pass, not across passes of one page
        gc.collect()
        for i, (url, body) in enumerate(pages):
            k = (i + r) % len(fns)
            for name, fn in fns[k:] + fns[:k]:
                t0 = clock()
                fn(url, body)
                times[name][i].append(clock() - t0)
    total = {name: sum(statistics.median(ts) for ts in per_page) for name, per_page in times.items()}
    n = len(pages)
    return {
        "pages": n,
        "extract_pages_per_s": n / total["extract"],
        "lxml_pages_per_s": n / total["lxml"],
        "trafilatura_pages_per_s": n / total["trafilatura"],
        "extract_vs_lxml": total["extract"] / total["lxml"],
        "extract_vs_trafilatura": total["extract"] / total["trafilatura"],
    }


def saved_pages() -> list[tuple[str, bytes]]:
    """The project's saved HTML pages as they are (mostly 5-15 KB, little furniture)."""
    import json

    from pipeline.benchmarks.corpus import ROOT

    out = []
    for base in ("tests/fixtures", "tests/heldout", "tests/heldout2"):
        for page in sorted((ROOT / base).glob("*/page.html")):
            url = json.loads((page.parent / "meta.json").read_text(encoding="utf-8")).get("url")
            out.append((url or "https://www.example.se/", page.read_bytes()))
    for page in sorted((ROOT / "snapshot" / "sites").rglob("*.html")):
        rel = page.relative_to(ROOT / "snapshot" / "sites")
        out.append((f"https://{rel.parts[0]}/" + "/".join(rel.parts[1:]), page.read_bytes()))
    return out


def main(argv: list[str] | None = None) -> None:
    from pipeline.benchmarks.corpus import corpus

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--saved", action="store_true",
                    help="the saved HTML pages themselves (tests/fixtures, tests/heldout*, snapshot/), small, "
                         "instead of the ~60 KB corpus")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the pages (median per page)")
    args = ap.parse_args(argv)
    pages = saved_pages() if args.saved else corpus(args.n, args.seed)
    r = measure_extract(pages, repeat=args.repeat)
    mb = sum(len(b) for _, b in pages) / 1e6
    print(f"{r['pages']} pages, {mb:.1f} MB")
    print(f"lxml.html.fromstring   {r['lxml_pages_per_s']:9.1f} pages/s")
    print(f"trafilatura.extract    {r['trafilatura_pages_per_s']:9.1f} pages/s")
    print(f"extract_page           {r['extract_pages_per_s']:9.1f} pages/s")
    print(f"extract_vs_lxml        {r['extract_vs_lxml']:9.2f}  (target <= 3)")
    print(f"extract_vs_trafilatura {r['extract_vs_trafilatura']:9.2f}  (target < 1)")


if __name__ == "__main__":
    main()
