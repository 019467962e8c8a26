"""Helpers for the heldout_sites15 generators: write a page for a URL path."""
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(host, path, text):
    """path '/a/b/' -> host/a/b/index.html; '/a/b.html' or '/robots.txt' -> as is."""
    rel = path.lstrip('/')
    if rel == '' or rel.endswith('/'):
        rel += 'index.html'
    full = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
    return full
