"""Export: PLOVER JSONL, GDELT-like CSV and Parquet, with the query filters."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pyarrow.parquet as pq
import pytest

from dyads.errors import DyadsError
from dyads.ingest.document import Document
from dyads.store import EventFilter
from dyads.store.export import COLUMNS, export_events

SENTENCE = "Egyptian mediators hosted Sudanese and Ethiopian delegations in Cairo."


@pytest.fixture
def filled(store, make_event):
    for n, outlet in enumerate(["Nile Times", "Horn Daily"]):
        doc = Document(
            text=f"Dam talks {n}\n\n{SENTENCE}",
            date=dt.date(2021, 4, 3 + n),
            source=outlet,
            url=f"https://example.org/{n}",
        )
        store.add(doc, [make_event(doc, SENTENCE, "CONSULT", ("EGY",), ("SDN", "ETH"))])
    doc = Document(text="Later\n\nEthiopia rejected the proposal.", date=dt.date(2021, 5, 1))
    store.add(doc, [make_event(doc, "Ethiopia rejected the proposal.", "REJECT", ("ETH",), ("EGY",))])
    return store


def test_jsonl_is_the_stored_plover_records(filled, tmp_path) -> None:
    out = tmp_path / "events.jsonl"
    assert export_events(filled, out) == 3
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["event"] for r in records] == [["CONSULT"], ["CONSULT"], ["REJECT"]]  # oldest first
    assert filled.event(records[0]["id"])["plover"] == records[0]


def test_csv_has_gdelt_like_columns(filled, tmp_path) -> None:
    out = tmp_path / "events.csv"
    export_events(filled, out, filters=EventFilter(category="CONSULT"))
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert list(rows[0]) == COLUMNS
    first = rows[0]
    assert (first["date"], first["actor_code"], first["recipient_codes"], first["quad_class"]) == (
        "2021-04-03",
        "EGY",
        "SDN;ETH",
        "1",
    )
    assert (first["mentions"], first["sources"], first["is_root"]) == ("2", "2", "True")
    assert first["url"] == "https://example.org/0" and first["sentence"] == SENTENCE


def test_parquet_with_filters(filled, tmp_path) -> None:
    out = tmp_path / "events.parquet"
    assert export_events(filled, out, filters=EventFilter(either="ETH", unique=True)) == 2
    table = pq.read_table(out)
    assert table.column_names == [*COLUMNS, "plover"]
    assert table.column("event").to_pylist() == ["CONSULT", "REJECT"]
    assert table.column("date").to_pylist()[0] == dt.date(2021, 4, 3)


def test_empty_export_still_writes_a_readable_file(store, tmp_path) -> None:
    out = tmp_path / "none.parquet"
    assert export_events(store, out) == 0
    assert pq.read_table(out).num_rows == 0


def test_export_errors(store, tmp_path) -> None:
    with pytest.raises(DyadsError, match="cannot tell the format"):
        export_events(store, tmp_path / "events.xlsx")
    with pytest.raises(DyadsError, match="does not exist"):
        export_events(store, tmp_path / "missing" / "events.csv")
