"""Helpers for writing the saved sites of heldout_sites17 (URL path -> file)."""
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def write_site(host, pages):
    """pages: {path: text}; '/x/' -> x/index.html, '/x.html' -> x.html, '/' -> index.html."""
    base = os.path.join(ROOT, host)
    for path, text in pages.items():
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel = rel + "index.html"
        full = os.path.join(base, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
    return len(pages)


def sitemap(host_url, paths, lastmod="2025-10-28"):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in paths:
        out.append(f"  <url>\n    <loc>{host_url}{p}</loc>\n    <lastmod>{lastmod}</lastmod>\n  </url>")
    out.append("</urlset>\n")
    return "\n".join(out)


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
