"""The HTTP API: a FastAPI app over an event store, with the dashboard at ``/``.

    >>> from dyads.api import create_app
    >>> app = create_app("events.duckdb")

Endpoints are documented in docs/api.md and at ``/openapi.json`` (browsable at ``/api/docs``).
"""

from dyads.api.app import create_app

__all__ = ["create_app"]
