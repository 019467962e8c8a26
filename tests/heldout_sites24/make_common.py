"""Shared helpers for writing the saved sites of heldout_sites24 (files are written only under this directory)."""
import hashlib
import html
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(host, path, text):
    """Save `text` for https://host + path. A path ending in '/' becomes index.html; a query or fragment is not part
    of the file name (the replay server ignores query strings)."""
    rel = path.split('#')[0].split('?')[0].lstrip('/')
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    full = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
    return full


def hexid(seed, n=22):
    """A stable hexadecimal id (Sitevision node ids, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id (WordPress post ids, Umbraco node ids, Optimizely content ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def sitemap(host, paths, lastmod='2025-11-10'):
    rows = ''.join(
        f'  <url>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{lastmod}</lastmod>\n  </url>\n' for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + '</urlset>\n')


def sitemap_dated(host, rows):
    """rows: (path, lastmod) pairs."""
    out = ''.join(
        f'  <url>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n' for p, d in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + out + '</urlset>\n')


def sitemap_index(host, paths, lastmod='2025-11-10'):
    rows = ''.join(
        f'  <sitemap>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{lastmod}T06:00:00+01:00</lastmod>\n  </sitemap>\n'
        for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + '</sitemapindex>\n')
