"""`Store`: the event database, on DuckDB or PostgreSQL, behind one API.

>>> store = open_store("events.duckdb")
>>> report = store.ingest(read_inputs(["articles/"]), Coder())
>>> store.events(either="ISR", category="ASSAULT").events[0]["sentence"]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from dyads import settings
from dyads.errors import StoreError
from dyads.events.record import Event
from dyads.ingest.document import Document
from dyads.store import dedup, query
from dyads.store.backends import Backend, connect, safe_target
from dyads.store.schema import SCHEMA_VERSION, TABLES, ddl
from dyads.store.write import BatchResult, Pair, known_documents, write_batch

if TYPE_CHECKING:
    import pandas as pd

    from dyads.coder import Coder
    from dyads.errors import InputError
    from dyads.store.ingest import IngestReport, Progress


class Store:
    """An event store: documents, events, actors, clusters and runs."""

    def __init__(self, db: Backend, read_only: bool = False) -> None:
        self.db = db
        self.read_only = read_only
        if not read_only:
            self._create()
        self._check_version()

    # -- setup ---------------------------------------------------------------
    @property
    def kind(self) -> str:
        """``duckdb`` or ``postgres``."""
        return self.db.kind

    @property
    def target(self) -> str:
        return safe_target(self.db.target)

    def _create(self) -> None:
        tables = {
            r[0]
            for r in self.db.rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        }
        if tables and "meta" not in tables:  # never add our tables to someone else's database
            raise StoreError(f"{self.target} is not a dyads event store (it holds other tables)")
        with self.db.transaction():
            for statement in ddl():
                self.db.execute(statement)
            for key, value in (
                ("schema_version", SCHEMA_VERSION),
                ("dedup_window", str(dedup.WINDOW_DAYS)),
                ("dedup_threshold", str(dedup.THRESHOLD)),
            ):
                self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING", [key, value])

    def _check_version(self) -> None:
        try:
            version = self.meta("schema_version")
        except Exception:
            raise StoreError(f"{self.target} is not a dyads event store") from None
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.target} has store schema {version}; this dyads reads schema {SCHEMA_VERSION}")

    def meta(self, key: str) -> str | None:
        value = self.db.value("SELECT value FROM meta WHERE key = ?", [key])
        return None if value is None else str(value)

    @property
    def dedup_window(self) -> int:
        return int(self.meta("dedup_window") or dedup.WINDOW_DAYS)

    @property
    def dedup_threshold(self) -> float:
        return float(self.meta("dedup_threshold") or dedup.THRESHOLD)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.kind} {self.target}>"

    # -- raw SQL -------------------------------------------------------------
    def sql(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts (``?`` placeholders on both databases)."""
        names, rows = self.db.query(sql, params)
        return [dict(zip(names, r, strict=True)) for r in rows]

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.value(sql, params)

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """A query as a pandas DataFrame."""
        import pandas as pd

        names, rows = self.db.query(sql, params)
        return pd.DataFrame(rows, columns=names)

    # -- writing -------------------------------------------------------------
    def add(self, document: Document, events: list[Event], run_id: int | None = None) -> BatchResult:
        """Store one coded document (nothing happens if it is already stored)."""
        return self.add_many([(document, events)], run_id)

    def add_many(
        self, pairs: Sequence[Pair], run_id: int | None = None, errors: Sequence[InputError] = ()
    ) -> BatchResult:
        """Store coded documents in one transaction; documents already stored are skipped."""
        with self.db.transaction():
            result = write_batch(self.db, pairs, run_id, self.dedup_window, self.dedup_threshold)
            if run_id is not None and errors:
                self.db.insert(
                    "run_errors",
                    ("run_id", "origin", "message"),
                    [(run_id, _where(e), e.message) for e in errors],
                    on_conflict="",
                )
        return result

    def known_documents(self, ids: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        return known_documents(self.db, list(ids))

    def ingest(
        self,
        items: Iterable[Document | InputError],
        coder: Coder | Callable[[], Coder],
        *,
        batch_size: int | None = None,
        workers: int | None = None,
        inputs: str = "",
        progress: Progress | None = None,
    ) -> IngestReport:
        """Code and store documents (and record `InputError` items), committing every batch.

        ``coder`` is a `Coder`, or a function making one only if something needs coding.
        """
        from dyads.store.ingest import ingest

        return ingest(self, items, coder, batch_size=batch_size, workers=workers, inputs=inputs, progress=progress)

    def recluster(self, window: int | None = None, threshold: float | None = None) -> int:
        """Cluster every stored event again (after changing the window or threshold)."""
        from dyads.store.recluster import recluster

        return recluster(self, window, threshold)

    # -- reading -------------------------------------------------------------
    def events(
        self, filters: query.EventFilter | None = None, *, limit: int = 50, cursor: str | None = None, **kwargs: Any
    ) -> query.EventPage:
        """A page of events, newest first; pass ``next_cursor`` back for the next page.

        Filters are an `EventFilter` or its fields as keywords (``either="ISR"``).
        """
        return query.event_page(self, filters or query.EventFilter(**kwargs), limit, cursor)

    def iter_events(self, filters: query.EventFilter | None = None, **kwargs: Any) -> Iterable[dict[str, Any]]:
        """Every matching event, newest first."""
        return query.iter_events(self, filters or query.EventFilter(**kwargs))

    def count_events(self, filters: query.EventFilter | None = None, **kwargs: Any) -> int:
        return query.count_events(self, filters or query.EventFilter(**kwargs))

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its actors, PLOVER record and cluster (None if unknown)."""
        return query.get_event(self, event_id)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document (by content hash or source id) with its events."""
        return query.get_document(self, doc_id)

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One deduplicated event with all its mentions."""
        return query.get_cluster(self, cluster_id)

    def runs(self) -> list[dict[str, Any]]:
        """Ingest runs, newest first."""
        return self.sql("SELECT * FROM runs ORDER BY id DESC")

    def run_errors(self, run_id: int) -> list[dict[str, Any]]:
        return self.sql("SELECT origin, message FROM run_errors WHERE run_id = ?", [run_id])

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t.name: int(self.value(f"SELECT COUNT(*) FROM {t.name}")) for t in TABLES}

    def codes(self) -> set[str]:
        """Actor codes present in the store."""
        return {r[0] for r in self.db.rows("SELECT DISTINCT code FROM entities")}

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        row = self.db.rows("SELECT MIN(date), MAX(date) FROM clusters")[0]
        return row[0], row[1]


def _where(error: InputError) -> str:
    return f"{error.source}:{error.line}" if error.line is not None else error.source


def open_store(target: str | None = None, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the store at a DuckDB path or ``postgresql://`` URL.

    Without a target, the ``db`` setting (default ``dyads.duckdb``) is used.
    """
    target = str(target or settings.get("db"))
    db = connect(target, read_only=read_only)
    try:
        return Store(db, read_only=read_only)
    except BaseException:
        db.close()
        raise
