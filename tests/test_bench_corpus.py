"""The benchmark corpus: ~60 KB realistic pages, deterministic for a seed, holding the source pages' projects."""

from pipeline.benchmarks.corpus import corpus, corpus_stats
from pipeline.extract import extract_page


def test_corpus_pages_are_about_60_kb_and_deterministic():
    pages = corpus(12, seed=3)
    assert len(pages) == 12
    assert all(48_000 <= len(body) <= 72_000 for _, body in pages)
    assert pages == corpus(12, seed=3)
    assert [u for u, _ in pages] != [u for u, _ in corpus(12, seed=4)]
    assert corpus_stats(pages)["pages"] == 12


def test_most_corpus_pages_hold_projects():
    pages = corpus(20, seed=0)
    with_records = sum(1 for url, body in pages if extract_page(body, url, "text/html"))
    assert with_records >= len(pages) // 2


def test_clean_text_is_the_two_substitutions():
    import random
    import unicodedata

    from pipeline.extract import document as d

    def reference(text):
        seen = "".join(c for c in unicodedata.normalize("NFC", text) if c not in d.INVISIBLE)
        return d._NL_WS.sub("\n", d._WS.sub(" ", unicodedata.normalize("NFC", seen))).strip()

    rnd = random.Random(0)
    alphabet = list(" \n\t\r\f\v\u00a0\u2000\u2005\u200b\u202f\u205f\u3000ab\u0301å\x1c\u2028\u00ad\u2060\ufeff")
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert d.clean_text(text) == reference(text), repr(text)
        nodes = [t for t in text.split("b") if t.strip()]
        assert d.clean_text("\n".join(nodes)) == reference(" \n ".join(nodes)), repr(nodes)
