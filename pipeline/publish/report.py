"""``report.html``: the release in pictures, one self-contained file (inline SVG and CSS, no script, no CDN),
so it opens offline and in any browser a journalist has.

Pictures: every municipality as a tile, grouped by county from north to south and coloured by its number of
projects; projects per theme; projects per start year; the spread of budgets; and the coverage table.
"""

from __future__ import annotations

import html
from collections import Counter

from pipeline.swedish.reference import municipalities, regions
from pipeline.themes import taxonomy

# Counties from north to south (länskod), the order the tile rows follow.
_NORTH_TO_SOUTH = ("25", "24", "23", "22", "21", "20", "17", "19", "03", "18", "01", "04", "05", "14", "09", "06",
                   "08", "13", "07", "10", "12")
_BUCKETS = ((0, 250_000, "< 250 tkr"), (250_000, 1_000_000, "250 tkr – 1 mnkr"),
            (1_000_000, 5_000_000, "1–5 mnkr"), (5_000_000, 10**15, "> 5 mnkr"))
_PALETTE = ("#eef2f7", "#c6dbef", "#6baed6", "#2171b5", "#08306b")


def _colour(n: int) -> str:
    return _PALETTE[0 if n == 0 else 1 if n == 1 else 2 if n <= 3 else 3 if n <= 9 else 4]


def _esc(s) -> str:
    return html.escape(str(s), quote=True)


def _tile_grid(active: list[dict]) -> str:
    per_muni = Counter(c for p in active for c in (p.get("municipality_codes") or []))
    by_lan: dict[str, list] = {}
    for m in municipalities():
        by_lan.setdefault(m.lanskod, []).append(m)
    size, gap, label_w = 14, 2, 180
    width = label_w + 49 * (size + gap) + 10
    rows = []
    for r, lan in enumerate(_NORTH_TO_SOUTH):
        ms = sorted(by_lan.get(lan, []), key=lambda m: m.code)
        y = r * (size + gap + 4)
        region = next((g.name for g in regions() if g.lanskod == lan), lan)
        rows.append(f'<text x="0" y="{y + size - 3}" class="lbl">{_esc(region)}</text>')
        for i, m in enumerate(ms):
            n = per_muni.get(m.code, 0)
            rows.append(f'<rect x="{label_w + i * (size + gap)}" y="{y}" width="{size}" height="{size}" '
                        f'fill="{_colour(n)}"><title>{_esc(m.name)} ({m.code}): {n} projekt</title></rect>')
    height = len(_NORTH_TO_SOUTH) * (size + gap + 4)
    legend = "".join(f'<span class="key" style="background:{c}"></span>{t} '
                     for c, t in zip(_PALETTE, ("0", "1", "2–3", "4–9", "10+")))
    return (f'<svg role="img" aria-label="Kommuner efter antal projekt" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{"".join(rows)}</svg><p class="legend">Projekt per kommun: {legend}</p>')


def _bars(items: list[tuple[str, int]], title: str) -> str:
    if not items:
        return f"<p>{_esc(title)}: inga uppgifter.</p>"
    top = max(n for _, n in items) or 1
    bar_h, label_w, width = 18, 220, 640
    parts = []
    for i, (label, n) in enumerate(items):
        y = i * (bar_h + 4)
        w = int((width - label_w - 40) * n / top)
        parts.append(f'<text x="0" y="{y + 13}" class="lbl">{_esc(label)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{max(w, 1)}" height="{bar_h}" fill="#2171b5"/>'
                     f'<text x="{label_w + w + 4}" y="{y + 13}" class="lbl">{n}</text>')
    height = len(items) * (bar_h + 4)
    return (f'<svg role="img" aria-label="{_esc(title)}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>')


def render_report(release: str, projects: list[dict], coverage: list[dict] | None = None) -> str:
    active = [p for p in projects if not p.get("removed_from_source")]
    labels = {t.id: t.label_sv for t in taxonomy()}
    themes = Counter(t for p in active for t in (p.get("themes") or []))
    theme_items = [(labels.get(t, t), n) for t, n in themes.most_common()]
    years = Counter(p["start_date"].year for p in active if p.get("start_date"))
    year_items = [(str(y), years[y]) for y in sorted(years)]
    budgets = [p["budget_sek"] for p in active if p.get("budget_sek") is not None]
    bucket_items = [(name, sum(1 for b in budgets if lo <= b < hi)) for lo, hi, name in _BUCKETS]
    status_counts = Counter((c.get("kind"), c.get("status")) for c in (coverage or []))
    cov_rows = "".join(f"<tr><td>{_esc(k)}</td><td>{_esc(s)}</td><td>{n}</td></tr>"
                       for (k, s), n in sorted(status_counts.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))))
    total_budget = sum(budgets)
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Sociala investeringar — release {_esc(release)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1b1b1b;max-width:60rem}}
h1{{font-size:1.6rem}} h2{{font-size:1.2rem;margin-top:2rem}} .lbl{{font-size:11px;fill:#1b1b1b}}
.legend{{font-size:.85rem}} .key{{display:inline-block;width:12px;height:12px;margin:0 .2rem 0 .6rem;
border:1px solid #999;vertical-align:middle}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;
padding:.2rem .6rem;text-align:left}} .figs{{font-size:1.1rem}}
</style></head><body>
<h1>Sociala investeringar i Sveriges kommuner och regioner</h1>
<p class="figs">Release {_esc(release)}: <strong>{len(active)}</strong> aktiva projekt i
<strong>{len({c for p in active for c in (p.get("municipality_codes") or [])})}</strong> av 290 kommuner;
angivna belopp sammanlagt {format(total_budget, ',').replace(',', ' ')} kr ({len(budgets)} projekt med belopp).</p>
<h2>Kommuner efter antal projekt (län från norr till söder)</h2>
{_tile_grid(active)}
<h2>Projekt per tema</h2>
{_bars(theme_items, "Projekt per tema")}
<h2>Projekt per startår</h2>
{_bars(year_items, "Projekt per startår")}
<h2>Belopp</h2>
{_bars(bucket_items, "Projekt per beloppsintervall")}
<h2>Täckning</h2>
<table><thead><tr><th>typ</th><th>status</th><th>antal</th></tr></thead><tbody>{cov_rows or
    '<tr><td colspan="3">ingen täckningsinformation i den här releasen</td></tr>'}</tbody></table>
<p>Teman är härledda av socinv ur nyckelord (<code>schemas/reference/themes.csv</code>), inte uppgifter från
sidorna. Data: CC0 1.0.</p>
</body></html>
"""
