"""The store on DuckDB and PostgreSQL: what goes in comes back, once, and can be queried."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dyads.errors import DyadsError, StoreError
from dyads.ingest.document import Document
from dyads.store import EventFilter, open_store
from dyads.store.schema import TABLES

DOCS = Path(__file__).parents[2] / "docs"


def article(text: str, date: str = "2019-03-04", **kw) -> Document:
    return Document(text=text, date=dt.date.fromisoformat(date), **kw)


def test_a_document_and_its_events_come_back(store, make_event) -> None:
    doc = article(
        "Border clash\n\nSyrian forces shelled a Turkish outpost on Monday. Ankara protested.",
        title="Border clash",
        url="https://www.example.org/clash",
        id="wire-17",
    )
    shelled = make_event(doc, "Syrian forces shelled a Turkish outpost on Monday.", actor=("SYR",), recipient=("TUR",))
    result = store.add(doc, [shelled])
    assert (result.documents, result.events, result.clusters) == (1, 1, 1)

    page = store.events()
    assert len(page.events) == 1
    row = page.events[0]
    assert row["sentence"] == "Syrian forces shelled a Turkish outpost on Monday."
    assert doc.text[row["sentence_start"] : row["sentence_end"]] == row["sentence"]
    assert (row["title"], row["source"], row["date"]) == ("Border clash", "example.org", dt.date(2019, 3, 4))

    stored = store.document("wire-17")  # by the source's own id, or by content hash
    assert stored["id"] == doc.content_hash and stored["source_id"] == "wire-17"
    assert stored["text"] == doc.text
    assert [e["id"] for e in stored["events"]] == [row["id"]]

    event = store.event(row["id"])
    assert event["plover"]["event"] == ["ASSAULT"]
    assert event["plover"]["doc_id"] == doc.content_hash  # the stored record points at the stored document
    assert event["plover"]["id"] == row["id"]
    assert [(a["role"], a["code"]) for a in event["actors"]] == [("actor", "SYR"), ("recipient", "TUR")]
    assert event["cluster"]["n_mentions"] == 1


def test_same_document_twice_stores_nothing_new(store, make_event) -> None:
    doc = article("Peru and Chile signed a fishing accord in Lima.")
    event = make_event(doc, "Peru and Chile signed a fishing accord in Lima.", "AGREE", ("PER",), ("CHL",))
    store.add(doc, [event])
    again = store.add(Document(text=doc.text, id="another-id"), [event])
    assert (again.documents, again.events, again.skipped) == (0, 0, 1)
    counts = store.counts()
    assert (counts["documents"], counts["events"], counts["clusters"]) == (1, 1, 1)


def test_documents_with_the_same_source_id_but_other_text_are_both_kept(store, make_event) -> None:
    first = article("Kenya recalled its envoy from Somalia.", id="1")
    second = article("Somalia expelled the Kenyan envoy.", id="1")
    store.add(first, [make_event(first, "Kenya recalled its envoy from Somalia.", "SANCTION", ("KEN",), ("SOM",))])
    store.add(second, [make_event(second, "Somalia expelled the Kenyan envoy.", "SANCTION", ("SOM",), ("KEN",))])
    assert store.counts()["events"] == 2
    assert len({e["doc_id"] for e in store.iter_events()}) == 2


def test_compound_actors_are_one_row_each(store, make_event) -> None:
    doc = article("France and Germany sent aid to Italy and Spain.")
    store.add(doc, [make_event(doc, doc.text, "AID", ("FRA", "DEU"), ("ITA", "ESP"))])
    rows = store.sql("SELECT role, position, code FROM event_actors ORDER BY role, position")
    assert [(r["role"], r["position"], r["code"]) for r in rows] == [
        ("actor", 0, "FRA"),
        ("actor", 1, "DEU"),
        ("recipient", 0, "ITA"),
        ("recipient", 1, "ESP"),
    ]
    for code in ("FRA", "DEU", "ITA", "ESP"):
        assert store.count_events(either=code) == 1
    assert store.count_events(actor="ITA") == 0
    pairs = store.sql("SELECT actor_code, recipient_code FROM cluster_dyads ORDER BY 1, 2")
    assert [(p["actor_code"], p["recipient_code"]) for p in pairs] == [
        ("DEU", "ESP"),
        ("DEU", "ITA"),
        ("FRA", "ESP"),
        ("FRA", "ITA"),
    ]
    assert {e["code"] for e in store.sql("SELECT code FROM entities")} == {"FRA", "DEU", "ITA", "ESP"}


def _populate(store, make_event) -> None:
    sentences = [
        ("2019-01-05", "Israel struck targets in Syria overnight.", "ASSAULT", ("ISR",), ("SYR",)),
        ("2019-01-20", "Russia hosted Israeli officials for talks.", "CONSULT", ("RUS",), ("ISR",)),
        ("2019-02-11", "Syria accused Israel of aggression.", "ACCUSE", ("SYR",), ("ISR",)),
        ("2019-03-02", "Iran pledged support to Syria.", "SUPPORT", ("IRN",), ("SYR",)),
        ("2019-03-15", "Israel intercepted a drone from Syria.", "ASSAULT", ("ISR",), ("SYR",)),
    ]
    for date, sentence, category, actor, recipient in sentences:
        doc = article(f"Report\n\n{sentence} More follows.", date, source=f"Outlet {date}")
        store.add(doc, [make_event(doc, sentence, category, actor, recipient)])


def test_filters(store, make_event) -> None:
    _populate(store, make_event)
    assert store.count_events() == 5
    assert store.count_events(actor="isr") == 2
    assert store.count_events(recipient="ISR") == 2
    assert store.count_events(either="ISR") == 4
    assert store.count_events(category="assault") == 2
    assert store.count_events(category=["ACCUSE", "SUPPORT"]) == 2
    assert store.count_events(quad_code=[1, 2]) == 2
    assert store.count_events(since="2019-02-01", until="2019-03-02") == 2
    assert store.count_events(text="DRONE") == 1
    assert store.count_events(text="100%") == 0
    assert store.count_events(min_mentions=2) == 0
    assert store.count_events(EventFilter(either="SYR", category="ASSAULT", since="2019-03-01")) == 1


def test_pages_follow_the_cursor_newest_first(store, make_event) -> None:
    _populate(store, make_event)
    seen, cursor = [], None
    while True:
        page = store.events(limit=2, cursor=cursor)
        seen += page.events
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    dates = [e["date"] for e in seen]
    assert len(seen) == 5 and len({e["id"] for e in seen}) == 5
    assert dates == sorted(dates, reverse=True)


def test_bad_filter_values_are_one_line_errors(store) -> None:
    with pytest.raises(DyadsError, match="cursor"):
        store.events(cursor="nonsense")
    with pytest.raises(DyadsError, match="YYYY-MM-DD"):
        store.count_events(since="March 2019")


def test_unknown_ids_give_none(store) -> None:
    assert store.event("0000") is None
    assert store.document("0000") is None
    assert store.cluster("0000") is None


def test_store_reopens_with_its_data(store_url, make_event) -> None:
    doc = article("Japan and India held a maritime exercise.")
    with open_store(store_url) as store:
        store.add(doc, [make_event(doc, doc.text, "COOPERATE", ("JPN",), ("IND",))])
    with open_store(store_url) as store:
        assert store.counts()["events"] == 1
        assert store.codes() == {"JPN", "IND"}


def test_read_only_store_refuses_to_ingest(tmp_path, coder) -> None:
    path = tmp_path / "events.duckdb"
    open_store(str(path)).close()
    with open_store(str(path), read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.ingest([], coder)


def test_a_foreign_database_is_left_alone(tmp_path) -> None:
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="is not a dyads event store"):
        open_store(str(path))
    with duckdb.connect(str(path)) as con:
        assert con.execute("SELECT COUNT(*) FROM information_schema.tables").fetchone() == (1,)


def test_open_errors_are_one_line(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "events.duckdb"))
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "absent.duckdb"), read_only=True)
    port = 1  # nothing listens there
    with pytest.raises(StoreError) as info:
        open_store(f"postgresql://someone:secret@127.0.0.1:{port}/db")
    assert "\n" not in str(info.value) and "secret" not in str(info.value)


def test_every_table_and_column_is_documented() -> None:
    text = (DOCS / "store.md").read_text(encoding="utf-8")
    for table in TABLES:
        section = re.search(rf"^### `{table.name}`\n(.*?)(?=^### |\Z)", text, re.S | re.M)
        assert section, f"docs/store.md has no section for {table.name}"
        for column in table.columns:
            assert f"`{column.name}`" in section.group(1), f"{table.name}.{column.name} is not documented"
