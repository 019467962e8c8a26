"""Shared helpers for the heldout_sites14 generator (writes files only under this directory)."""
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(host, path, text):
    """path is the URL path; '/' endings become index.html."""
    rel = path.lstrip('/')
    if rel == '' or rel.endswith('/'):
        rel += 'index.html'
    full = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
    return full


def sitemap(host, paths, lastmod='2026-02-10'):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in paths:
        out.append(f'  <url><loc>https://{host}{p}</loc><lastmod>{lastmod}</lastmod></url>')
    out.append('</urlset>')
    return '\n'.join(out) + '\n'
