"""The dataset card names every column of the schema and states coverage from the data itself."""

from pipeline.publish.card import dataset_card
from schemas.project import FIELDS

def test_card_lists_every_column_and_counts_from_the_projects():
    projects = [{"project_id": "1482-a", "municipality_codes": ["1482"], "publisher_type": "kommun"},
                {"project_id": "14-b", "municipality_codes": ["1480", "1482"], "publisher_type": "region"},
                {"project_id": "14-c", "municipality_codes": ["1401"], "publisher_type": "region",
                 "removed_from_source": True}]
    card = dataset_card("2026-01-01T000000Z", projects, [{"kind": "kommun", "crawled": True}], mode="live")
    for f in FIELDS:
        assert f"`{f.name}`" in card
    assert "2 aktiva projekt (och 1 som inte längre finns" in card
    assert "i 2 av Sveriges 290 kommuner" in card
    assert "besökte 1 av 290 kommuner" in card and "visited 1 of 290 municipalities" in card
    assert "ögonblicksbilden" not in card  # a live release says nothing about the snapshot
