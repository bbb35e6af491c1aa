"""The app: the JSON API under /api and the dashboard, over one open event store.

>>> from dyads.api import create_app
>>> app = create_app("events.duckdb", read_only=True)   # then: uvicorn.run(app)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, FastAPI, Request

from dyads import __version__, settings
from dyads.api import errors

if TYPE_CHECKING:
    from dyads.coder import Coder
    from dyads.store import Store

DESCRIPTION = """Political events coded from news text (PLOVER/CAMEO), deduplicated and stored.

Counts are of deduplicated events (clusters); every event keeps its sentence, offsets and the
articles that mention it. Errors are JSON: `{"status", "error", "details"}`. Write endpoints need
the `X-API-Key` header when the server has a key (`DYADS_API_KEY`)."""


class AppState:
    """The open store and a `Coder` made on first use, each behind a lock.

    Requests run in a thread pool; a DuckDB connection and a spaCy pipeline are used by
    one thread at a time.
    """

    def __init__(
        self, store: Store, api_key: str, max_body_bytes: int, coder: Coder | Callable[[], Coder] | None = None
    ) -> None:
        self.store = store
        self.api_key = api_key
        self.max_body_bytes = max_body_bytes
        self._coder = coder
        self._store_lock = threading.Lock()
        self._coder_lock = threading.Lock()

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store, for one thread at a time."""
        with self._store_lock:
            yield self.store

    def close(self) -> None:
        with self._store_lock:
            self.store.close()

    def coder(self) -> Coder:
        """The shared `Coder`, loaded on first use."""
        with self._coder_lock:
            if self._coder is None:
                from dyads.coder import Coder

                self._coder = Coder()
            elif not hasattr(self._coder, "code_text"):
                self._coder = self._coder()  # type: ignore[operator]
            return self._coder  # type: ignore[return-value]

    @contextmanager
    def coding(self) -> Iterator[Coder]:
        """The coder, for one thread at a time (a spaCy pipeline is not shared across threads)."""
        coder = self.coder()
        with self._coder_lock:
            yield coder


def get_state(request: Request) -> AppState:
    return request.app.state.dyads  # type: ignore[no-any-return]


State = Annotated[AppState, Depends(get_state)]


def create_app(
    store_target: str | None = None,
    read_only: bool = False,
    api_key: str | None = None,
    *,
    max_body_bytes: int | None = None,
    coder: Coder | Callable[[], Coder] | None = None,
    dashboard: bool = True,
) -> FastAPI:
    """The API and dashboard over the store at ``store_target`` (default: the ``db`` setting).

    ``api_key`` and ``max_body_bytes`` default to the settings of the same name
    (``DYADS_API_KEY``, ``DYADS_MAX_BODY_BYTES``); an empty key leaves writes open.
    ``coder`` is a `Coder` or a function making one; by default one is made on the
    first request that codes text.
    """
    from dyads.api.routes import ROUTERS
    from dyads.store import open_store

    store = open_store(store_target, read_only=read_only)
    limit = int(settings.get("max_body_bytes", max_body_bytes))
    state = AppState(store, str(settings.get("api_key", api_key) or ""), limit, coder)

    # The store stays open across lifespans (test clients start and stop an app many
    # times); whoever made the app closes it: `app.state.dyads.close()`.
    app = FastAPI(
        title="dyads",
        version=__version__,
        description=DESCRIPTION,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.dyads = state
    errors.install(app, limit)
    for router in ROUTERS:
        app.include_router(router, prefix="/api")
    if dashboard:
        from dyads.web import mount

        mount(app)
    return app
