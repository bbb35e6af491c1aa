"""``GET /api/actors`` (the most active actors, searchable) and ``GET /api/actors/{code}``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from dyads.analysis import actor_name, top_actors
from dyads.api import queries, schemas
from dyads.api.app import State
from dyads.api.routes import params

router = APIRouter(tags=["actors"])
ALL = 1_000_000


@router.get("/actors", response_model=schemas.ActorList, summary="Actors by activity")
def list_actors(
    state: State,
    since: params.Since = None,
    until: params.Until = None,
    q: Annotated[str | None, Query(max_length=100, description="part of a code or name")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, Any]:
    """Actors by deduplicated events they take part in (either side), most active first."""
    params.dates(since, until)
    with state.reading() as store:
        frame = top_actors(store, since, until, limit=ALL if q else limit)
    rows = queries.search_actors(queries.records(frame), q)[:limit]
    return {"actors": [{k: (v if v is not None or k == "goldstein_mean" else 0) for k, v in r.items()} for r in rows]}


@router.get(
    "/actors/{code}", response_model=schemas.ActorDetail, summary="One actor", responses={404: {"model": schemas.Error}}
)
def get_actor(
    state: State,
    code: str,
    since: params.Since = None,
    until: params.Until = None,
    partners: Annotated[int, Query(ge=1, le=500, description="partners to list")] = 20,
) -> dict[str, Any]:
    """An actor's totals, its main partners (both directions) and the knowledge-base entities under its code."""
    params.dates(since, until)
    code = params.code(code)
    with state.reading() as store:
        if not queries.known_code(store, code):
            raise HTTPException(404, f"no events with actor {code} in this store")
        summary = queries.actor_summary(store, code, since, until)
        found = queries.actor_partners(store, code, since, until, partners)
        entities = queries.actor_entities(store, code)
    return {"code": code, "name": actor_name(code), **summary, "partners": found, "entities": entities}
