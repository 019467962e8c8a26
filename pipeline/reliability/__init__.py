"""Reliability: a hostile test web on 127.0.0.1 (``hostile``) and the report that runs every case of it through
the real crawl and extraction (``report``, ``socinv reliability``)."""
