"""Shared helpers for the heldout_sites16 generator (written blind)."""
import os

ROOT = os.path.dirname(os.path.abspath(__file__))
WRITTEN = {}


def path_to_file(host, path):
    """URL path -> saved file: '/a/b/' -> a/b/index.html, '/a/b.html' -> a/b.html."""
    if path.endswith("/"):
        rel = path.lstrip("/") + "index.html"
    else:
        rel = path.lstrip("/")
    return os.path.join(ROOT, host, rel)


def write(host, path, text):
    fn = path_to_file(host, path)
    os.makedirs(os.path.dirname(fn), exist_ok=True)
    with open(fn, "w", encoding="utf-8") as f:
        f.write(text)
    WRITTEN.setdefault(host, []).append(path)


def sitemap(host, paths, lastmod="2026-01-20"):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in paths:
        if isinstance(p, tuple):
            p, lm = p
        else:
            lm = lastmod
        out.append(f"  <url>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{lm}</lastmod>\n  </url>")
    out.append("</urlset>\n")
    return "\n".join(out)
