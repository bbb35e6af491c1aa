"""POST /api/code: events of pasted text, with highlights, and nothing stored."""

from __future__ import annotations

TEXT = (
    "Ghana and Togo agree on border crossings\n\nACCRA — Ghana and Togo signed an agreement on Tuesday to "
    "reopen three border crossings. Togolese officials thanked Ghana for its help."
)


def test_code_returns_events_with_marks(client) -> None:
    counts = client.get("/api/info").json()["counts"]
    response = client.post("/api/code", json={"text": TEXT, "date": "2022-05-17"})
    assert response.status_code == 200, response.text
    out = response.json()
    assert out["text"] == TEXT and out["events"] and out["seconds"] >= 0
    for event in out["events"]:
        start, end = event["text_info"]["start"], event["text_info"]["end"]
        assert TEXT[start:end] == event["text"]
        assert event["date"] == "2022-05-17" and event["event"][0] and event["quad_code"] in {1, 2, 3, 4}
        for mark in event["marks"]:  # relative to the sentence
            assert TEXT[start + mark["start"] : start + mark["end"]] == event["text"][mark["start"] : mark["end"]]
    codes = {a.get("code") for e in out["events"] for a in e["actor"] + e["recipient"]}
    assert {"GHA", "TGO"} <= codes
    assert {m["event_id"] for m in out["marks"]} == {e["id"] for e in out["events"]}
    assert any(TEXT[m["start"] : m["end"]] == "signed" for m in out["marks"] if m["role"] == "trigger")
    assert client.get("/api/info").json()["counts"] == counts  # nothing stored


def test_text_without_events(client) -> None:
    out = client.post("/api/code", json={"text": "The weather was mild."}).json()
    assert out["events"] == [] and out["marks"] == []


def test_bad_requests_to_code(client, make_client, json_error) -> None:
    json_error(client.post("/api/code", json={"text": ""}), 422, "text")
    json_error(client.post("/api/code", json={}), 422, "text", "Field required")
    json_error(client.post("/api/code", json={"text": "Hi.", "date": "soon"}), 422, "date")
    json_error(client.post("/api/code", content=b"Ghana met Togo.", headers={"content-type": "text/plain"}), 422)
    json_error(make_client(max_body_bytes=100).post("/api/code", json={"text": TEXT}), 413, "100 bytes")
