"""GET /api/actors and /api/actors/{code}."""

from __future__ import annotations


def test_actors_by_activity(client) -> None:
    actors = client.get("/api/actors").json()["actors"]
    codes = [a["code"] for a in actors]
    assert {"PER", "CHL", "BOL"} <= set(codes)
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    chile = actors[codes.index("CHL")]
    assert chile["name"] == "Chile" and chile["events"] >= chile["as_actor"] >= 1
    assert chile["cooperation"] + chile["conflict"] == chile["events"]


def test_search_by_code_or_name(client) -> None:
    assert [a["code"] for a in client.get("/api/actors", params={"q": "bolivia"}).json()["actors"]] == ["BOL"]
    assert [a["code"] for a in client.get("/api/actors", params={"q": "ken"}).json()["actors"]] == ["KEN"]
    assert client.get("/api/actors", params={"q": "atlantis"}).json()["actors"] == []
    assert len(client.get("/api/actors", params={"limit": 1}).json()["actors"]) == 1


def test_one_actor_with_partners(client) -> None:
    chile = client.get("/api/actors/chl").json()
    assert (chile["code"], chile["name"]) == ("CHL", "Chile")
    partners = {p["code"]: p for p in chile["partners"]}
    assert {"PER", "BOL"} <= set(partners)
    assert partners["BOL"]["conflict"] >= 1
    assert chile["first_seen"] <= chile["last_seen"]
    assert any(e["kb_id"] == "country:CHL" for e in chile["entities"])
    assert len(client.get("/api/actors/CHL", params={"partners": 1}).json()["partners"]) == 1


def test_unknown_actors(client, json_error) -> None:
    json_error(client.get("/api/actors/NOR"), 404, "no events with actor NOR")
    json_error(client.get("/api/actors/N0R"), 400, "invalid actor code")
    json_error(client.get("/api/actors", params={"limit": 0}), 422, "limit")
