"""``GET /api/dyads/{a}/{b}`` (a dyad over time, with evidence) and ``GET /api/network``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query

from dyads.analysis import actor_code, actor_name, actor_network, dyad_series
from dyads.api import queries, schemas
from dyads.api.app import State
from dyads.api.routes import params
from dyads.errors import DyadsError
from dyads.store import Store
from dyads.store.query import event_page

router = APIRouter(tags=["relations"])
Period = Literal["auto", "day", "week", "month", "year"]


@router.get(
    "/dyads/{a}/{b}",
    response_model=schemas.Dyad,
    summary="Relations between two actors over time",
    responses={404: {"model": schemas.Error}},
)
def get_dyad(
    state: State,
    a: str,
    b: str,
    since: params.Since = None,
    until: params.Until = None,
    by: Annotated[Period, Query(description="period of the time series; auto picks one for the dates")] = "auto",
    limit: Annotated[int, Query(ge=1, le=500, description="evidence rows")] = 50,
) -> dict[str, Any]:
    """Per period, deduplicated events by quad class and mean Goldstein score (both directions),
    totals per direction, change signals, and the first page of evidence (newest first)."""
    params.dates(since, until)
    a, b = params.code(a), params.code(b)
    if a == b:
        raise HTTPException(400, f"a dyad needs two different actors, not {a} and {b}")
    with state.reading() as store:
        a, b = _known(store, a), _known(store, b)
        period = queries.auto_period(store, a, b, since, until) if by == "auto" else by
        series = dyad_series(store, a, b, by=period, since=since, until=until, directed=False)
        directions = queries.dyad_directions(store, a, b, since, until)
        filters = queries.DyadFilter(since=since, until=until, unique=True, pair=(a, b))
        page = event_page(store, filters, limit, columns=queries.COLUMNS_WITH_PLOVER)
        total = store.count_events(filters)
    evidence = {"events": [queries.event_json(r) for r in page.events], "next_cursor": page.next_cursor, "total": total}
    return {
        "a": a,
        "b": b,
        "a_name": actor_name(a),
        "b_name": actor_name(b),
        "by": period,
        "series": queries.records(series),
        "directions": directions,
        "signals": queries.trend_signals(series, a, b, period),
        "evidence": evidence,
    }


def _known(store: Store, code: str) -> str:
    try:
        return actor_code(store, code)
    except DyadsError as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/network", response_model=schemas.Network, summary="The actor network")
def get_network(
    state: State,
    since: params.Since = None,
    until: params.Until = None,
    min_events: Annotated[int, Query(ge=1, le=1_000_000, description="drop edges with fewer events")] = 1,
    max_nodes: Annotated[int, Query(ge=1, le=1000, description="keep the most active actors")] = 80,
) -> dict[str, Any]:
    """Directed edges A → B (deduplicated events A did to B, how many cooperative, how many
    conflictual) between the most active actors, with blocs of cooperating actors."""
    params.dates(since, until)
    with state.reading() as store:
        graph = actor_network(store, since, until, min_events)
    return {**queries.network(graph, max_nodes), "since": since, "until": until}
