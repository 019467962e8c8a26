"""Shared helpers for writing the saved sites of heldout_sites21."""
import hashlib
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(host, path, text):
    """Save `text` for https://host + path (a path ending in '/' becomes index.html; a query is not part of the file)."""
    rel = path.split('?')[0].split('#')[0].lstrip('/')
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    full = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
    return full


def hexid(seed, n=22):
    """A stable hexadecimal id (Sitevision node ids, Episerver content ids, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def sitemap(host, paths, lastmod='2025-11-10'):
    rows = ''.join(
        f'  <url>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{lastmod}</lastmod>\n  </url>\n' for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + '</urlset>\n')


def sitemap_index(host, paths, lastmod='2025-11-10'):
    rows = ''.join(
        f'  <sitemap>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{lastmod}T06:00:00+01:00</lastmod>\n  </sitemap>\n'
        for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + '</sitemapindex>\n')
