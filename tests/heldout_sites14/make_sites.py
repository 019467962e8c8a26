"""Regenerate the three heldout_sites14 sites (expected.json is written by hand-kept data in make_expected.py)."""
import shutil, os
import make_site_umea, make_site_kungsbacka, make_site_hofors
ROOT = os.path.dirname(os.path.abspath(__file__))
for h in ('www.umea.se', 'www.kungsbacka.se', 'www.hofors.se'):
    shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
make_site_umea.build(); make_site_kungsbacka.build(); make_site_hofors.build()
