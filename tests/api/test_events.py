"""GET /api/events and /api/events/{id}: filters, cursor pages, provenance, bad parameters."""

from __future__ import annotations

import pytest


def all_pages(client, **params) -> list[dict]:
    events, cursor = [], None
    while True:
        page = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        events += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            return events


def test_events_come_newest_first_with_their_sentence_and_marks(client) -> None:
    page = client.get("/api/events").json()
    events = page["events"]
    assert events and page["total"] == len(events) and page["next_cursor"] is None
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates, reverse=True)
    for e in events:
        assert e["sentence"] and e["doc_id"] and e["cluster_id"] and e["mentions"] >= 1
        assert e["sentence_end"] - e["sentence_start"] == len(e["sentence"])
        trigger = [m for m in e["marks"] if m["role"] == "trigger"]
        assert trigger, e
        for mark in e["marks"]:
            assert 0 <= mark["start"] < mark["end"] <= len(e["sentence"])
        assert e["sentence"][trigger[0]["start"] : trigger[0]["end"]] in e["event_text"]


def test_cursor_pages_cover_every_event_once(client) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()["events"]
    paged = all_pages(client, limit=2)
    assert [e["id"] for e in paged] == [e["id"] for e in everything]
    assert client.get("/api/events", params={"limit": 2}).json()["next_cursor"]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "bol"}, lambda e: "BOL" in e["actor_codes"]),
        ({"recipient": "CHL"}, lambda e: "CHL" in e["recipient_codes"]),
        ({"either": "PER"}, lambda e: "PER" in e["actor_codes"] + e["recipient_codes"]),
        ({"category": ["accuse", "REJECT"]}, lambda e: e["category"] in {"ACCUSE", "REJECT"}),
        ({"quad": [3, 4]}, lambda e: e["quad_code"] in {3, 4}),
        ({"since": "2021-06-01", "until": "2021-12-31"}, lambda e: "2021-06-01" <= e["date"] <= "2021-12-31"),
        ({"q": "TRAWLER"}, lambda e: "trawler" in e["sentence"].lower()),
        ({"min_mentions": 2}, lambda e: e["mentions"] >= 2),
    ],
)
def test_filters(client, params, check) -> None:
    page = client.get("/api/events", params=params).json()
    everything = client.get("/api/events", params={"limit": 500}).json()["events"]
    assert page["total"] == len(page["events"]) == sum(1 for e in everything if check(e))
    assert all(check(e) for e in page["events"])


def test_filters_find_the_events_of_the_test_articles(client) -> None:
    assert client.get("/api/events", params={"actor": "BOL"}).json()["total"] >= 1
    assert client.get("/api/events", params={"either": "KEN"}).json()["total"] >= 1
    assert client.get("/api/events", params={"q": "trawler"}).json()["total"] >= 1


def test_both_directions_and_unique(client) -> None:
    both = all_pages(client, actor="PER", recipient="CHL", both_directions="true")
    one_way = all_pages(client, actor="PER", recipient="CHL")
    other_way = all_pages(client, actor="CHL", recipient="PER")
    assert {e["id"] for e in one_way} | {e["id"] for e in other_way} <= {e["id"] for e in both}
    assert both
    unique = all_pages(client, unique="true")
    assert len({e["cluster_id"] for e in unique}) == len(unique)


def test_an_event_with_its_actors_record_and_cluster(client) -> None:
    listed = client.get("/api/events", params={"min_mentions": 2}).json()["events"]
    chosen = listed[0] if listed else client.get("/api/events").json()["events"][0]
    event = client.get(f"/api/events/{chosen['id']}").json()
    assert event["id"] == chosen["id"] and event["marks"] == chosen["marks"]
    assert event["plover"]["id"] == event["id"] and event["plover"]["text_info"]["start"] == event["sentence_start"]
    assert {a["role"] for a in event["actors"]} <= {"actor", "recipient"}
    cluster = event["cluster"]
    assert cluster["id"] == event["cluster_id"] and len(cluster["mentions"]) == cluster["n_mentions"]
    assert event["id"] in {m["event_id"] for m in cluster["mentions"]}


def test_unknown_event(client, json_error) -> None:
    json_error(client.get("/api/events/0000000000000000"), 404, "no event")


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"quad": 7}, 422, ["quad", "less than or equal to 4"]),
        ({"quad": "material"}, 422, ["quad"]),
        ({"category": "HUG"}, 400, ["unknown category 'HUG'", "ASSAULT"]),
        ({"since": "2021-13-45"}, 422, ["since"]),
        ({"since": "2022-01-01", "until": "2021-01-01"}, 400, ["after"]),
        ({"limit": 0}, 422, ["limit"]),
        ({"limit": 100000}, 422, ["limit"]),
        ({"min_mentions": -1}, 422, ["min_mentions"]),
        ({"cursor": "not a cursor"}, 400, ["invalid cursor"]),
        ({"unique": "perhaps"}, 422, ["unique"]),
    ],
)
def test_bad_parameters_get_a_clear_message(client, json_error, params, status, words) -> None:
    json_error(client.get("/api/events", params=params), status, *words)
