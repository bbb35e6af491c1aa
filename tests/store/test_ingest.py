"""Ingest with the real coder: read → code → store, idempotent, resumable, tolerant of bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyads.ingest.readers import read_inputs
from dyads.store import open_store

COUNTRIES = [
    ("Norway", "Norwegian", "Oslo"),
    ("Chile", "Chilean", "Santiago"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Japan", "Japanese", "Tokyo"),
    ("Peru", "Peruvian", "Lima"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Canada", "Canadian", "Ottawa"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Poland", "Polish", "Warsaw"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(n: int) -> str:
    """A short news article of our own making; every n gives different text."""
    (a, a_adj, a_city), (b, b_adj, _) = COUNTRIES[n % 9], COUNTRIES[(n * 4 + 1) % 9]
    if a == b:
        b, b_adj = "Brazil", "Brazilian"
    day = DAYS[n % 5]
    return (
        f"{a} and {b} in talks, report {n}\n\n"
        f"The foreign minister of {a} met his {b_adj} counterpart in {a_city} on {day} to discuss "
        f"fishing quotas for the {n}th season. {a_adj} officials accused {b} of breaking an earlier "
        f"agreement. {b} agreed to send a delegation to {a} next month.\n"
    )


def write_articles(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"article{i:03d}.txt").write_text(article_text(i), encoding="utf-8")
    return folder


def test_ingest_a_folder(store, coder, tmp_path) -> None:
    folder = write_articles(tmp_path / "news", 6)
    report = store.ingest(read_inputs([str(folder)], default_date="2020-03-03"), coder, inputs=str(folder))
    assert (report.documents_read, report.documents_added, report.errors) == (6, 6, [])
    assert report.events_added == store.counts()["events"] > 0

    run = store.runs()[0]
    assert run["status"] == "done" and run["documents_added"] == 6
    assert run["coder_version"] and run["kb_version"] == coder.kb.version and run["model"]

    for event in store.iter_events():
        text = store.document(event["doc_id"])["text"]
        assert text[event["sentence_start"] : event["sentence_end"]] == event["sentence"]
        assert event["title"].startswith(tuple(c[0] for c in COUNTRIES))
    assert store.count_events(either="NOR") > 0


def test_ingesting_the_same_input_twice_stores_nothing_new(store, coder, tmp_path) -> None:
    folder = write_articles(tmp_path / "news", 4)
    first = store.ingest(read_inputs([str(folder)], default_date="2020-03-03"), coder)
    counts = store.counts()
    second = store.ingest(read_inputs([str(folder)], default_date="2020-03-03"), coder)
    assert (second.documents_read, second.documents_added, second.documents_skipped) == (4, 0, 4)
    assert store.counts() == {**counts, "runs": 2}
    assert first.events_added > 0 and second.events_added == 0


def test_a_finished_ingest_needs_no_coder(store, coder, tmp_path) -> None:
    folder = write_articles(tmp_path / "news", 2)
    store.ingest(read_inputs([str(folder)]), coder)

    def no_coder():
        raise AssertionError("the coder should not be loaded")

    assert store.ingest(read_inputs([str(folder)]), no_coder).documents_skipped == 2


def test_source_metadata_is_kept(store, coder, tmp_path) -> None:
    feed = tmp_path / "wire.jsonl"
    feed.write_text(
        json.dumps(
            {
                "id": "w-1",
                "text": article_text(7),
                "date": "2019-09-17",
                "title": "Talks",
                "url": "https://news.example.com/talks",
                "source": "Example Wire",
            }
        )
        + "\n"
    )
    store.ingest(read_inputs([str(feed)]), coder)
    doc = store.document("w-1")
    assert (doc["title"], doc["date"].isoformat(), doc["url"], doc["source"]) == (
        "Talks",
        "2019-09-17",
        "https://news.example.com/talks",
        "Example Wire",
    )
    assert doc["origin"] == f"{feed}:1"


def test_bad_input_is_reported_and_the_rest_goes_on(store, coder, tmp_path) -> None:
    folder = write_articles(tmp_path / "news", 2)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "feed.jsonl").write_text(json.dumps({"text": article_text(11)}) + "\n{broken\n")
    report = store.ingest(read_inputs([str(folder)]), coder)
    assert report.documents_added == 3
    where = sorted(str(e) for e in report.errors)
    assert len(where) == 3
    assert any("feed.jsonl:2: invalid JSON" in w for w in where)
    assert any("empty.txt" in w for w in where) and any("binary.txt" in w for w in where)
    stored = store.run_errors(report.run_id)
    assert sorted(e["origin"] for e in stored) == sorted(
        [f"{folder / 'binary.txt'}", f"{folder / 'empty.txt'}", f"{folder / 'feed.jsonl'}:2"]
    )
    assert store.runs()[0]["errors"] == 3


@pytest.mark.slow
def test_a_killed_ingest_resumes_without_duplicates(store_url, coder, tmp_path) -> None:
    folder = write_articles(tmp_path / "news", 60)
    command = [
        sys.executable,
        "-c",
        "from dyads.cli import main; main()",
        "ingest",
        str(folder),
        "--db",
        store_url,
        "--date",
        "2020-03-03",
        "--batch-size",
        "2",
        "--verbose",
        "--model",
        coder.model.meta["path"],
    ]  # the same model as the in-process coder
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stderr is not None
        commits = 0
        said: list[str] = []
        deadline = time.monotonic() + 600
        while commits < 3 and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            said.append(line)
            commits += line.startswith("committed")
        proc.send_signal(signal.SIGKILL)
    assert commits == 3, "the ingest ended before it could be killed:\n" + "".join(said[-20:])

    with open_store(store_url) as store:
        partial = store.counts()["documents"]
        assert 6 <= partial < 60
        report = store.ingest(read_inputs([str(folder)], default_date="2020-03-03"), coder)
        assert report.documents_skipped == partial and report.documents_added == 60 - partial
        assert [r["status"] for r in store.runs()] == ["done", "interrupted"]
        resumed = _contents(store)
    with open_store(str(tmp_path / "clean.duckdb")) as clean:
        clean.ingest(read_inputs([str(folder)], default_date="2020-03-03"), coder)
        assert _contents(clean) == resumed


def _contents(store) -> dict:
    """Everything that must not depend on how many runs it took.

    Entities are checked against the store's own actors rather than across runs: their
    knowledge-base ids come from the actor files, which the subprocess reads afresh.
    """
    per_entity = store.sql(
        "SELECT entity_id, COUNT(DISTINCT event_id) AS n FROM event_actors WHERE entity_id IS NOT NULL "
        "GROUP BY entity_id"
    )
    assert {r["id"]: r["n_events"] for r in store.sql("SELECT id, n_events FROM entities")} == {
        r["entity_id"]: r["n"] for r in per_entity
    }
    return {
        "documents": sorted(r["id"] for r in store.sql("SELECT id FROM documents")),
        "events": sorted((r["id"], r["cluster_id"]) for r in store.sql("SELECT id, cluster_id FROM events")),
        "clusters": sorted(
            tuple(r.values()) for r in store.sql("SELECT id, n_mentions, n_documents, n_sources FROM clusters")
        ),
        "actors": sorted(tuple(r.values()) for r in store.sql("SELECT event_id, role, position FROM event_actors")),
    }
