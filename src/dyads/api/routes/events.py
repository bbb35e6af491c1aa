"""``GET /api/events`` (filters, cursor pages) and ``GET /api/events/{id}``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query
from pydantic import Field

from dyads.api import queries, schemas
from dyads.api.app import State
from dyads.api.routes import params
from dyads.store.query import event_page

router = APIRouter(tags=["events"])


@router.get("/events", response_model=schemas.EventPage, summary="Events, filtered, newest first")
def list_events(
    state: State,
    actor: params.Code = None,
    recipient: params.Code = None,
    either: Annotated[str | None, Query(max_length=16, description="code on either side")] = None,
    both_directions: Annotated[bool, Query(description="with actor and recipient: both directions")] = False,
    category: Annotated[list[str], Query(description="PLOVER category; repeat for several")] = [],  # noqa: B006
    quad: Annotated[list[Annotated[int, Field(ge=1, le=4)]], Query(description="quad class 1-4; repeatable")] = [],  # noqa: B006
    since: params.Since = None,
    until: params.Until = None,
    q: Annotated[str | None, Query(max_length=200, description="text the sentence contains")] = None,
    min_mentions: Annotated[int | None, Query(ge=1, le=1_000_000, description="reported at least this often")] = None,
    unique: Annotated[bool, Query(description="one row per deduplicated event (its first mention)")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: params.Cursor = None,
) -> dict[str, Any]:
    """A page of events matching every filter given; follow `next_cursor` for the next page."""
    params.dates(since, until)
    pair = (actor.upper(), recipient.upper()) if both_directions and actor and recipient else None
    filters = queries.DyadFilter(
        actor=None if pair else actor,
        recipient=None if pair else recipient,
        either=either,
        category=params.categories(category) or None,
        quad_code=quad or None,
        since=since,
        until=until,
        text=q or None,
        min_mentions=min_mentions,
        unique=unique,
        pair=pair,
    )
    with state.reading() as store:
        page = event_page(store, filters, limit, cursor, columns=queries.COLUMNS_WITH_PLOVER)
        total = None if cursor else store.count_events(filters)
    return {"events": [queries.event_json(r) for r in page.events], "next_cursor": page.next_cursor, "total": total}


@router.get(
    "/events/{event_id}",
    response_model=schemas.EventDetail,
    summary="One event with its sentence, offsets and cluster of mentions",
    responses={404: {"model": schemas.Error}},
)
def get_event(state: State, event_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """The event's row, its actors, its full PLOVER record and every article that mentions it."""
    with state.reading() as store:
        event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r} in this store")
    actors, plover, cluster = event.pop("actors"), event.pop("plover"), event.pop("cluster")
    return {**queries.event_json(event, plover), "actors": actors, "plover": plover, "cluster": cluster}
