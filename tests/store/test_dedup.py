"""Deduplication: one real-world event reported by many outlets counts once."""

from __future__ import annotations

import datetime as dt

from dyads.ingest.document import Document
from dyads.store.dedup import similarity, tokens

REPORTS = [
    ("2020-05-11", "Daily Planet", "Chilean police detained hundreds of protesters in Santiago on Monday."),
    ("2020-05-11", "Morning Star", "Police in Chile detained hundreds of protesters in Santiago."),
    ("2020-05-12", "The Courier", "Hundreds of protesters were detained by Chilean police in Santiago."),
    ("2020-05-12", "Daily Planet", "On Monday Chilean police detained hundreds of protesters in Santiago."),
    ("2020-05-13", "Evening Post", "Chilean police detained hundreds of protesters in Santiago this week."),
]


def report(date: str, outlet: str, sentence: str, n: int = 0) -> Document:
    return Document(
        text=f"Santiago update {n}\n\n{sentence} Officials gave no figures.",
        date=dt.date.fromisoformat(date),
        source=outlet,
    )


def add_reports(store, make_event, reports=REPORTS, category="COERCE", actor=("CHL",), recipient=("CHL",)):
    for n, (date, outlet, sentence) in enumerate(reports):
        doc = report(date, outlet, sentence, n)
        store.add(doc, [make_event(doc, sentence, category, actor, recipient)])


def test_tokens_ignore_case_stop_words_and_plurals() -> None:
    assert tokens("The protesters were detained in Santiago.") == {"protester", "detained", "santiago"}
    assert similarity(tokens("Police detained protesters"), tokens("protesters detained by police")) == 1.0
    assert similarity(frozenset({"a"}), frozenset({"b"})) == 0.0


def test_the_same_event_from_five_articles_is_one_cluster(store, make_event) -> None:
    add_reports(store, make_event)
    clusters = store.sql("SELECT * FROM clusters")
    assert len(clusters) == 1
    cluster = clusters[0]
    assert cluster["n_mentions"] == 5
    assert cluster["n_documents"] == 5
    assert cluster["n_sources"] == 4  # the Daily Planet reported twice
    assert (cluster["first_seen"], cluster["last_seen"]) == (dt.date(2020, 5, 11), dt.date(2020, 5, 13))
    assert store.count_events(min_mentions=5) == 5
    assert store.count_events(unique=True) == 1
    mentions = store.cluster(cluster["id"])["mentions"]
    assert mentions[0]["event_id"] == cluster["event_id"]  # the first report leads
    assert {m["source"] for m in mentions} == {"Daily Planet", "Morning Star", "The Courier", "Evening Post"}


def test_articles_added_later_join_the_existing_cluster(store, make_event) -> None:
    add_reports(store, make_event, REPORTS[:2])
    assert store.sql("SELECT n_mentions FROM clusters") == [{"n_mentions": 2}]
    add_reports(store, make_event, REPORTS[2:])
    assert store.sql("SELECT n_mentions, n_sources FROM clusters") == [{"n_mentions": 5, "n_sources": 4}]


def test_adding_the_same_articles_again_changes_nothing(store, make_event) -> None:
    add_reports(store, make_event)
    before = store.sql("SELECT * FROM clusters")
    add_reports(store, make_event)
    assert store.sql("SELECT * FROM clusters") == before
    assert store.counts()["events"] == 5


def test_other_actors_category_dates_or_words_make_other_clusters(store, make_event) -> None:
    date, outlet, sentence = REPORTS[0]
    add_reports(store, make_event, [REPORTS[0]])
    add_reports(store, make_event, [(date, "Other", sentence + " ")], recipient=("ARG",))
    add_reports(store, make_event, [(date, "Other", sentence + "  ")], category="ASSAULT")
    add_reports(store, make_event, [("2020-05-20", outlet, sentence + "   ")])  # 9 days later
    add_reports(store, make_event, [(date, outlet, "Chile's navy seized a trawler off Valparaiso.")])
    assert store.counts()["clusters"] == 5


def test_undated_events_cluster_only_with_undated_ones(store, make_event) -> None:
    sentence = REPORTS[0][2]
    for n in range(2):
        doc = Document(text=f"Undated {n}\n\n{sentence}")
        store.add(doc, [make_event(doc, sentence, "COERCE", ("CHL",), ("CHL",))])
    add_reports(store, make_event, [REPORTS[0]])
    assert sorted(c["n_mentions"] for c in store.sql("SELECT n_mentions FROM clusters")) == [1, 2]


def test_recluster_rebuilds_the_same_clusters_and_follows_a_new_threshold(store, make_event) -> None:
    add_reports(store, make_event)
    add_reports(store, make_event, [("2020-05-12", "Wire", "Chile's navy seized a trawler off Valparaiso.")])
    before = store.sql("SELECT id, n_mentions, n_sources FROM clusters ORDER BY id")
    assert store.recluster() == 2
    assert store.sql("SELECT id, n_mentions, n_sources FROM clusters ORDER BY id") == before
    assert store.recluster(threshold=1.0) == 5  # only identical word sets merge (reports 1 and 4)
    assert store.dedup_threshold == 1.0
    assert store.counts()["cluster_dyads"] == 5
