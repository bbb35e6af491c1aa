"""``GET /api/info``: what the store holds and how the server is set up."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from dyads import __version__
from dyads.api import queries, schemas
from dyads.api.app import State
from dyads.events.ontology import CATEGORIES, categories

router = APIRouter(tags=["info"])


@router.get("/info", response_model=schemas.Info, summary="The store and the server")
def get_info(state: State) -> dict[str, Any]:
    """Table counts, the span of article and event dates, the PLOVER categories, whether writes need a key."""
    with state.reading() as store:
        counts = store.counts()
        first, last = queries.document_dates(store)
        since, until = queries.event_dates(store)
        target = store.target
    return {
        "version": __version__,
        "store": target,
        "read_only": state.read_only,
        "api_key_required": bool(state.api_key),
        "max_body_bytes": state.max_body_bytes,
        "counts": counts,
        "first_document": first,
        "last_document": last,
        "first_event": since,
        "last_event": until,
        "categories": [{"name": c, "quad_code": categories()[c].quad} for c in CATEGORIES],
    }
