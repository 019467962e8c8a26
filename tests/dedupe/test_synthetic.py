"""Planted near-duplicates and look-alikes: precision, recall, and cost that grows about linearly."""

from __future__ import annotations

import pytest

from pipeline.dedupe import _dedupe
from pipeline.dedupe.blocking import candidate_pairs
from pipeline.dedupe.features import feature_frame
from pipeline.dedupe.match import score_pairs
from pipeline.dedupe.synthetic import generate, measure, pair_scores


@pytest.fixture(scope="module")
def small():
    return generate(2000, seed=3)


def test_generator_is_deterministic_and_plants_what_it_says(small):
    again = generate(2000, seed=3)
    assert [r["title"] for r in again.records] == [r["title"] for r in small.records]
    assert len(small.records) == 2000
    assert sum(len(c) - 1 for c in small.truth) == 200  # 10 % near-duplicates
    assert {k.split("_", 1)[0] for k in small.kinds} == {"dup", "lookalike"}
    assert sum(v for k, v in small.kinds.items() if k.startswith("lookalike")) == 100


def test_smoke_precision_and_recall(small):
    result, resolution = _dedupe(small.records)
    scores = pair_scores(resolution.clusters, small.truth)
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.95, scores
    assert result.stats["projects"] == len(resolution.clusters)


def test_prefilter_never_drops_a_match(small):
    """The column-wise pre-filter only removes pairs the rapidfuzz rules would reject anyway."""
    frame = feature_frame(small.records)
    filtered, _ = candidate_pairs(frame)
    unfiltered, _ = candidate_pairs(frame, prefilter=False)
    with_filter, _ = score_pairs(frame, filtered, filtered=True)
    without, _ = score_pairs(frame, unfiltered, filtered=True)
    assert with_filter == without
    assert filtered.height < unfiltered.height


def test_candidate_pairs_are_capped_per_record():
    """Sorted-neighbourhood windows cap the pairs per blocking key, so pairs grow at most linearly (until blocks
    fill their windows they grow slower than that)."""
    from pipeline.dedupe import blocking

    n = 8000
    frame = feature_frame(generate(n, seed=1).records)
    raw = candidate_pairs(frame)[1]
    geo = frame["geo"].list.len()
    keys_per_record = blocking.TOKENS_PER_RECORD + 2  # rarest words, plus the two ends of a one-word name
    cap = int((geo * (keys_per_record * blocking.NAME_WINDOW + blocking.TEXT_WINDOW)).sum())
    assert raw <= cap
    assert raw / n < 10


def test_measure_reports_the_figures():
    m = measure(1000, seed=2)
    assert m["n"] == 1000 and m["seconds"] > 0 and m["peak_mb"] > 0
    assert 0.9 <= m["precision"] <= 1 and 0.9 <= m["recall"] <= 1


@pytest.mark.slow
def test_100k_precision_recall_and_time():
    m = measure(100_000)
    assert m["precision"] >= 0.99 and m["recall"] >= 0.99, m
    assert m["seconds"] < 60, m
