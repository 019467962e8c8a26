# Generator helpers for tests/heldout_sites13 (written blind). Run make_sites.py to regenerate the host folders.
import os
ROOT = os.path.dirname(os.path.abspath(__file__))

def write(host, url_path, text):
    """Save a URL path of a host the way the replay maps it: '/' or '/x/' -> index.html, else the path itself."""
    p = url_path.split('?')[0].split('#')[0]
    if p.endswith('/'):
        p = p + 'index.html'
    full = os.path.join(ROOT, host, p.lstrip('/'))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
