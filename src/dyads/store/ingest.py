"""Ingest: read → skip what is stored → code → store, committed batch by batch.

A run is recorded in ``runs`` before the first document is coded and updated with
every commit, so a run killed at any moment leaves the store consistent: what was
committed stays, a re-run skips it (documents are identified by content hash) and
codes the rest. Errors in the input are stored in ``run_errors`` and the rest goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING

from dyads import settings
from dyads.errors import InputError, StoreError
from dyads.events.record import Event
from dyads.ingest.document import Document
from dyads.store.write import Pair

if TYPE_CHECKING:
    from dyads.coder import Coder
    from dyads.store.store import Store

log = logging.getLogger("dyads.store")
LOOKAHEAD = 256  # documents checked against the store per query
INGEST_LOCK = 7_316_245  # PostgreSQL advisory lock: one ingest per database at a time


@dataclass
class IngestReport:
    """What a run did, and where the time went."""

    run_id: int
    documents_read: int = 0
    documents_added: int = 0
    documents_skipped: int = 0  # already stored
    events_added: int = 0
    clusters_added: int = 0
    errors: list[InputError] = field(default_factory=list)
    setup_seconds: float = 0.0  # loading the coder
    coding_seconds: float = 0.0  # reading and coding
    storage_seconds: float = 0.0  # writing and clustering
    seconds: float = 0.0
    errors_stored: int = field(default=0, repr=False)  # errors already in run_errors

    @property
    def documents_per_second(self) -> float:
        return self.documents_added / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        text = (
            f"run {self.run_id}: {self.documents_read} documents read, {self.documents_added} new "
            f"({self.documents_skipped} already stored), {self.events_added} events in "
            f"{self.clusters_added} new clusters"
        )
        return text + (f", {len(self.errors)} errors" if self.errors else "")


Progress = Callable[[IngestReport], None]


def ingest(
    store: Store,
    items: Iterable[Document | InputError],
    coder: Coder | Callable[[], Coder],
    *,
    batch_size: int | None = None,
    workers: int | None = None,
    inputs: str = "",
    progress: Progress | None = None,
) -> IngestReport:
    """Code and store documents; see the module docstring for the guarantees.

    ``coder`` may be a function that makes one: it is then called only if there is a
    document to code, so re-running a finished ingest takes no model loading.
    """
    if store.read_only:
        raise StoreError(f"{store.target} is open read-only")
    batch_size = int(settings.get("batch_size", batch_size))
    with _ingest_lock(store):
        report = IngestReport(start_run(store, inputs))
        started = time.perf_counter()
        try:
            new = _new_documents(store, items, report)
            first = next(new, None)
            if first is not None:
                coder = _ready(store, coder, report)
                coded = coder.code_documents(chain([first], new), batch_size=batch_size, workers=workers)
                for batch in _batches(coded, batch_size, report, progress):
                    _commit(store, batch, report)
            _commit(store, [], report)  # errors after the last batch
        except BaseException as exc:
            report.seconds = time.perf_counter() - started
            status = "interrupted" if isinstance(exc, KeyboardInterrupt | SystemExit) else "failed"
            _finish(store, report, status)
            raise
        report.seconds = time.perf_counter() - started
        _finish(store, report, "done")
    return report


@contextmanager
def _ingest_lock(store: Store) -> Iterator[None]:
    """PostgreSQL's advisory lock for the run (DuckDB already locks its file)."""
    if store.kind != "postgres":
        yield
        return
    if not store.value("SELECT pg_try_advisory_lock(?)", [INGEST_LOCK]):
        raise StoreError(f"another ingest is writing to {store.target}; try again when it ends")
    try:
        yield
    finally:
        store.value("SELECT pg_advisory_unlock(?)", [INGEST_LOCK])


def sample_inputs() -> list[str]:
    """The JSONL files of the sample corpus shipped in dyads/data/samples."""
    from dyads.data import data_path

    folder = data_path("samples")
    files = sorted(str(p) for p in folder.glob("*.jsonl")) if folder.is_dir() else []
    if not files:
        raise StoreError(f"the sample corpus is not installed: no *.jsonl files in {folder}")
    return files


def start_run(store: Store, inputs: str) -> int:
    """Record a new run; runs left 'running' by a killed process are marked interrupted."""
    from dyads import __version__

    with store.db.transaction():
        store.db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = int(store.value("SELECT nextval('run_ids')"))
        store.db.insert(
            "runs",
            (
                "id",
                "started_at",
                "status",
                "inputs",
                "coder_version",
                "documents_read",
                "documents_added",
                "events_added",
                "errors",
            ),
            [(run_id, _now(), "running", inputs, __version__, 0, 0, 0, 0)],
            on_conflict="",
        )
    return run_id


def _ready(store: Store, coder: Coder | Callable[[], Coder], report: IngestReport) -> Coder:
    """The coder, made if need be, with its versions recorded in the run."""
    start = time.perf_counter()
    if not hasattr(coder, "code_documents"):
        coder = coder()  # type: ignore[operator]
    versions = coder.versions  # type: ignore[union-attr]
    with store.db.transaction():
        store.db.execute(
            "UPDATE runs SET coder_version = ?, kb_version = ?, model = ?, spacy_model = ? WHERE id = ?",
            [
                versions.get("coder"),
                versions.get("kb"),
                versions.get("model"),
                versions.get("spacy_model"),
                report.run_id,
            ],
        )
    report.setup_seconds = time.perf_counter() - start
    return coder  # type: ignore[return-value]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _new_documents(store: Store, items: Iterable[Document | InputError], report: IngestReport) -> Iterator[Document]:
    """Documents not stored yet (nor seen earlier in this run); counts and errors go to the report."""
    seen: set[str] = set()
    it = iter(items)
    while group := list(islice(it, LOOKAHEAD)):
        docs = []
        for item in group:
            if isinstance(item, InputError):
                log.warning("%s", item)
                report.errors.append(item)
                continue
            report.documents_read += 1
            if item.content_hash in seen:
                report.documents_skipped += 1
                continue
            seen.add(item.content_hash)
            docs.append(item)
        stored = store.known_documents(d.content_hash for d in docs)
        for doc in docs:
            if doc.content_hash in stored:
                report.documents_skipped += 1
            else:
                yield doc


def _batches(
    coded: Iterator[tuple[Document, list[Event]]], size: int, report: IngestReport, progress: Progress | None
) -> Iterator[list[Pair]]:
    """Coded documents in groups of ``size``, timing the coder."""
    batch: list[Pair] = []
    while True:
        start = time.perf_counter()
        pair = next(coded, None)
        report.coding_seconds += time.perf_counter() - start
        if pair is None:
            break
        batch.append(pair)
        if progress:
            progress(report)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _commit(store: Store, batch: list[Pair], report: IngestReport) -> None:
    start = time.perf_counter()
    with store.db.transaction():
        result = store.add_many(batch, report.run_id, report.errors[report.errors_stored :])
        report.documents_added += result.documents
        report.documents_skipped += result.skipped
        report.events_added += result.events
        report.clusters_added += result.clusters
        _update_run(store, report)
    report.errors_stored = len(report.errors)
    report.storage_seconds += time.perf_counter() - start
    if batch:
        log.info("committed %d documents (%d in this run)", len(batch), report.documents_added)


def _update_run(store: Store, report: IngestReport, status: str | None = None) -> None:
    store.db.execute(
        "UPDATE runs SET documents_read = ?, documents_added = ?, events_added = ?, errors = ?"
        + (", status = ?, finished_at = ?" if status else "")
        + " WHERE id = ?",
        [
            report.documents_read,
            report.documents_added,
            report.events_added,
            len(report.errors),
            *((status, _now()) if status else ()),
            report.run_id,
        ],
    )


def _finish(store: Store, report: IngestReport, status: str) -> None:
    try:
        with store.db.transaction():
            _update_run(store, report, status)
    except Exception as exc:  # the run row stays 'running'; the next run marks it interrupted
        log.warning("could not record the end of run %d: %s", report.run_id, exc)
