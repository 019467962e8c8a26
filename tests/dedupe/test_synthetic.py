"""Planted near-duplicates and look-alikes: precision, recall, and cost that grows about linearly."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pipeline.dedupe import _dedupe, dedupe
from pipeline.dedupe.blocking import candidate_pairs
from pipeline.dedupe.features import feature_frame
from pipeline.dedupe.match import score_pairs
from pipeline.dedupe.synthetic import generate, measure, pair_scores, size_key
from pipeline.dedupe.table import dedupe_table, record_arrow_schema, to_result


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
    m = measure([1000], seed=2)
    assert m["dedup_1k_s"] > 0 and m["dedup_peak_mb"] > 0
    assert 0.9 <= m["dedup_precision"] <= 1 and 0.9 <= m["dedup_recall"] <= 1
    assert m["dedup_detail"]["1000"]["n"] == 1000


def test_size_keys():
    assert [size_key(n) for n in (10_000, 100_000, 1_000_000)] == ["dedup_10k_s", "dedup_100k_s", "dedup_1m_s"]


def test_columnar_path_gives_the_same_result(small):
    """``dedupe_table`` (columns, as the pipeline runs it) and ``dedupe`` (dicts) agree on every field."""
    result = dedupe(small.records)
    tables = dedupe_table(pa.Table.from_pylist(small.records, schema=record_arrow_schema()))
    columnar = to_result(tables)
    assert columnar.stats == result.stats
    assert columnar.projects == result.projects
    assert columnar.sources == result.sources
    scores = pair_scores(tables.resolution.groups, small.truth)
    assert scores["precision"] >= 0.997 and scores["recall"] >= 0.997, scores


def test_columnar_path_carries_ids_and_handles_empty_input(small):
    records = small.records[:600]
    first = dedupe(records)
    again = to_result(dedupe_table(pa.Table.from_pylist(records[:500], schema=record_arrow_schema()),
                                   previous=first.projects))
    reference = dedupe(records[:500], previous=first.projects)
    assert again.projects == reference.projects and again.stats == reference.stats
    empty = dedupe_table(pa.Table.from_pylist([], schema=record_arrow_schema()))
    assert empty.projects.num_rows == 0 and empty.sources.num_rows == 0 and empty.stats["projects"] == 0


@pytest.mark.slow
def test_100k_precision_recall():
    m = measure([100_000])
    assert m["dedup_precision"] >= 0.997 and m["dedup_recall"] >= 0.997, m


def test_column_wise_drops_are_exactly_non_matches(small):
    """``score_pairs`` drops, before the per-pair Python, pairs whose names conflict and pairs with an untitled
    record whose texts differ: exactly pairs ``pair_score`` rejects, and every name conflict."""
    import polars as pl

    from pipeline.dedupe.match import _drop_name_conflicts, _drop_unlike_texts, name_relation, pair_score

    frame = feature_frame(small.records)
    pairs, _ = candidate_pairs(frame, prefilter=False)
    detail = frame.select("rid", "tokens", "titled", "text")
    live = (pairs.select("i", "j").join(detail, left_on="i", right_on="rid")
            .join(detail, left_on="j", right_on="rid", suffix="_j").sort("i", "j"))
    kept = _drop_name_conflicts(_drop_unlike_texts(live))
    cols = ["tokens", "titled", "text", "tokens_j", "titled_j", "text_j"]
    dropped = live.join(kept.select("i", "j"), on=["i", "j"], how="anti")
    assert dropped.height > 0
    assert all(pair_score(*row) <= 0 for row in dropped.select(cols).iter_rows())
    assert not any(t1 and t2 and name_relation(k1, k2)[0] == "conflict"
                   for k1, t1, _, k2, t2, _ in kept.select(cols).iter_rows())
    assert pl.concat([kept.select("i", "j"), dropped.select("i", "j")]).sort("i", "j").equals(live.select("i", "j"))
