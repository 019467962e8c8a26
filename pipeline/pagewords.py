"""Words that mark a page as no page at all, shared by the crawler (``crawlers/pagechecks.py``) and the extractor
(``pipeline.extract``). A module of its own so the crawler does not import the whole extractor to read them."""

from __future__ import annotations

import re

# A "soft 404": an error page served with status 200. Its words are no project, whatever else the page holds.
NOT_FOUND_PAGE = re.compile(
    r"sidan (du söker |du letar efter )?(kunde inte hittas|finns inte|hittades inte|saknas)|hittar inte sidan|"
    r"page not found|\b404\b|felaktig länk", re.I)
