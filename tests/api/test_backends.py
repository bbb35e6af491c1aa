"""The API answers the same from PostgreSQL as from DuckDB."""

from __future__ import annotations

import pytest

PATHS = [
    "/api/events?limit=500",
    "/api/events?either=CHL&quad=3&quad=4",
    "/api/events?actor=PER&recipient=CHL&both_directions=true&unique=true",
    "/api/events?q=trawler&min_mentions=1",
    "/api/dyads/PER/CHL",
    "/api/dyads/PER/CHL?by=week&since=2021-01-01",
    "/api/network",
    "/api/actors",
    "/api/actors?q=bol",
    "/api/actors/CHL",
    "/api/documents/t-bolivia-chile",
]


def rounded(value):
    """Floats to 9 places: the databases may sum them in different orders."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


@pytest.mark.postgres
@pytest.mark.parametrize("path", PATHS)
def test_postgres_answers_like_duckdb(client, pg_client, path) -> None:
    duck, pg = client.get(path), pg_client.get(path)
    assert duck.status_code == pg.status_code == 200, pg.text
    assert rounded(pg.json()) == rounded(duck.json())


@pytest.mark.postgres
def test_one_event_and_info_on_postgres(client, pg_client) -> None:
    event_id = client.get("/api/events").json()["events"][0]["id"]
    assert rounded(pg_client.get(f"/api/events/{event_id}").json()) == rounded(
        client.get(f"/api/events/{event_id}").json()
    )
    duck, pg = client.get("/api/info").json(), pg_client.get("/api/info").json()
    assert {**pg, "store": ""} == {**duck, "store": ""}
