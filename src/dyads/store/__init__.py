"""The event store: documents, events, actors, deduplicated clusters and runs.

    >>> from dyads.store import open_store
    >>> store = open_store("events.duckdb")          # or "postgresql://user@host/db"
    >>> store.ingest(read_inputs(["articles/"]), Coder())
    >>> page = store.events(either="ISR", since="2018-09-01", limit=20)

The schema is documented in docs/store.md and declared in `dyads.store.schema`.
"""

from __future__ import annotations

from dyads.store.query import EventFilter, EventPage
from dyads.store.store import Store, open_store

__all__ = ["EventFilter", "EventPage", "Store", "open_store"]
