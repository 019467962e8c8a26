# Shared helpers for make_heldout108.py (data generator for the blind set heldout108).
import html, json, os, random, re

KEYS = ["title", "title_derived", "publisher", "publisher_code", "publisher_type", "municipality_codes",
        "organisations", "partners", "funders", "purpose", "target_group", "description",
        "target_age_min", "target_age_max", "target_grade_min", "target_grade_max",
        "start_date", "start_precision", "end_date", "end_precision", "budget_sek", "budget_basis",
        "staffing_fte", "status", "page_updated"]

def esc(s):
    return html.escape(s, quote=False)

def attr(s):
    return html.escape(s, quote=True)

def cut_description(paras):
    """Join the description paragraphs and cut at the last sentence end so that text + ' …' <= 1500."""
    text = "\n\n".join(paras)
    if len(text) <= 1500:
        return text, None
    best = None
    for m in re.finditer(r'[.!?…](?=\s|$)', text):
        if m.end() + 2 <= 1500:
            best = m.end()
    # margin check: no sentence end in the ambiguous zone 1499..1500
    amb = [m.end() for m in re.finditer(r'[.!?](?=\s|$)', text) if 1497 <= m.end() <= 1500]
    return text[:best] + " …", amb

PROPS = ["display:block", "display:flex", "display:grid", "gap:.5rem", "gap:1rem", "margin:0", "padding:.5rem 1rem",
         "padding:1rem 1.25rem", "line-height:1.25", "line-height:1.6", "font-weight:600", "font-weight:700",
         "font-size:.875rem", "font-size:1.125rem", "color:var(--c-text)", "color:var(--c-primary)",
         "background:#fff", "background:var(--c-bg)", "border:0", "border-bottom:1px solid var(--c-border)",
         "border-radius:4px", "text-decoration:none", "text-decoration:underline", "list-style:none",
         "align-items:center", "justify-content:space-between", "flex-wrap:wrap", "position:relative",
         "z-index:10", "overflow:hidden", "white-space:nowrap", "text-overflow:ellipsis", "max-width:75rem",
         "margin-inline:auto", "min-height:2.75rem", "cursor:pointer", "opacity:.9", "letter-spacing:.01em",
         "transition:background-color .15s ease-in-out", "box-shadow:0 1px 3px rgba(0,0,0,.15)",
         "outline:2px solid transparent", "height:auto", "width:100%",
         "grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))"]

def gen_css(prefix, blocks, n, seed, sep="__", mod="--"):
    rnd = random.Random(seed)
    elems = ["inner", "title", "text", "link", "list", "item", "icon", "label", "value", "head", "body", "meta"]
    mods = ["small", "wide", "dark", "light", "active", "open", "muted"]
    pseudo = ["", "", "", ":hover", ":focus-visible", "::before", "::after"]
    out = []
    for _ in range(n):
        sel = "." + prefix + rnd.choice(blocks)
        if rnd.random() < .7:
            sel += sep + rnd.choice(elems)
        if rnd.random() < .35:
            sel += mod + rnd.choice(mods)
        sel += rnd.choice(pseudo)
        props = ";".join(rnd.sample(PROPS, rnd.randint(1, 6)))
        out.append(sel + "{" + props + "}")
    for bp in ("48em", "64em", "80em"):
        inner = []
        for _ in range(28):
            sel = "." + prefix + rnd.choice(blocks)
            if rnd.random() < .6:
                sel += sep + rnd.choice(elems)
            inner.append(sel + "{" + ";".join(rnd.sample(PROPS, rnd.randint(1, 3))) + "}")
        out.append("@media (min-width:%s){%s}" % (bp, "".join(inner)))
    return "\n".join(out)

def hexid(seed, n=24):
    rnd = random.Random(seed)
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def write_case(base, name, page_html, meta, records):
    d = os.path.join(base, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "page.html"), "w", encoding="utf-8") as f:
        f.write(page_html)
    with open(os.path.join(d, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for r in records:
        assert list(r.keys()) == KEYS, (name, list(r.keys()))
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return d

def record(**kw):
    r = {k: kw.get(k) for k in KEYS}
    for k in ("municipality_codes", "organisations", "partners", "funders"):
        if r[k] is None:
            r[k] = []
    for k in ("target_age_min", "target_age_max", "target_grade_min", "target_grade_max", "staffing_fte"):
        if r[k] is not None:
            r[k] = float(r[k])
    return r
