"""GET /api/documents/{id} (an article with its events marked) and POST /api/documents (ingest)."""

from __future__ import annotations

import json

import pytest

NEW_ARTICLE = {
    "id": "t-ghana-togo",
    "date": "2022-05-17",
    "title": "Ghana and Togo agree on border crossings",
    "source": "Gulf of Guinea Post",
    "url": "https://news.example.org/ghana-togo",
    "text": "Ghana and Togo agree on border crossings\n\nACCRA — Ghana and Togo signed an agreement on Tuesday "
    "to reopen three border crossings. Togolese officials thanked Ghana for its help.",
}


def test_a_document_with_its_events_marked(client) -> None:
    doc = client.get("/api/documents/t-bolivia-chile").json()
    assert doc["source_id"] == "t-bolivia-chile" and doc["title"] == "Bolivia accuses Chile over sea access"
    assert doc["date"] == "2021-06-14" and doc["n_events"] == len(doc["events"]) >= 1
    text = doc["text"]
    ids = {e["id"] for e in doc["events"]}
    for e in doc["events"]:
        assert text[e["sentence_start"] : e["sentence_end"]] == e["sentence"]
    assert doc["marks"] and {m["event_id"] for m in doc["marks"]} == ids
    for mark in doc["marks"]:
        assert 0 <= mark["start"] < mark["end"] <= len(text)
    actors = [text[m["start"] : m["end"]] for m in doc["marks"] if m["role"] == "actor"]
    assert "Bolivia" in actors
    assert client.get(f"/api/documents/{doc['id']}").json()["id"] == doc["id"]  # by content hash too


def test_unknown_document(client, json_error) -> None:
    json_error(client.get("/api/documents/nowhere"), 404, "no document 'nowhere'")


def test_post_documents_codes_and_stores(make_client) -> None:
    api = make_client()
    before = api.get("/api/info").json()["counts"]
    result = api.post("/api/documents", json=NEW_ARTICLE)
    assert result.status_code == 200, result.text
    body = result.json()
    assert (body["documents_added"], body["documents_skipped"]) == (1, 0) and body["events_added"] >= 1
    assert body["documents"] == [
        {
            "id": body["documents"][0]["id"],
            "source_id": "t-ghana-togo",
            "n_events": body["events_added"],
            "stored": True,
        }
    ]
    assert api.get("/api/info").json()["counts"]["documents"] == before["documents"] + 1
    assert api.get("/api/documents/t-ghana-togo").json()["title"] == NEW_ARTICLE["title"]
    assert api.get("/api/events", params={"either": "TGO"}).json()["total"] >= 1

    again = api.post("/api/documents", json={"documents": [NEW_ARTICLE]}).json()
    assert (again["documents_added"], again["documents_skipped"], again["documents"][0]["stored"]) == (0, 1, False)


def test_writes_need_the_key_when_one_is_set(make_client, json_error) -> None:
    api = make_client(api_key="s3cret")
    json_error(api.post("/api/documents", json=NEW_ARTICLE), 401, "X-API-Key")
    json_error(api.post("/api/documents", json=NEW_ARTICLE, headers={"X-API-Key": "guess"}), 403, "wrong API key")
    ok = api.post("/api/documents", json=NEW_ARTICLE, headers={"X-API-Key": "s3cret"})
    assert ok.status_code == 200 and ok.json()["documents_added"] == 1
    assert api.get("/api/documents/t-ghana-togo").status_code == 200  # reads stay open


def test_the_key_comes_from_the_environment(make_client, json_error, monkeypatch) -> None:
    monkeypatch.setenv("DYADS_API_KEY", "from-env")
    api = make_client(api_key=None)
    assert api.get("/api/info").json()["api_key_required"] is True
    json_error(api.post("/api/documents", json=NEW_ARTICLE), 401)


def test_a_read_only_server_refuses_writes(client, json_error) -> None:
    json_error(client.post("/api/documents", json=NEW_ARTICLE), 403, "read-only")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"text": ""}, ["text"]),
        ({"documents": []}, ["documents"]),
        ({"title": "No text"}, ["give the article's text"]),
        ({"documents": [NEW_ARTICLE], "title": "Both"}, ["not both", "title"]),
        ({"text": "Ghana and Togo met.", "colour": "red"}, ["colour"]),
        ({"text": "Ghana and Togo met.", "date": "17 May"}, ["date"]),
        ([1, 2], ["body"]),
    ],
)
def test_invalid_documents(make_client, json_error, body, words) -> None:
    json_error(make_client().post("/api/documents", json=body), 422, *words)


def test_malformed_json(make_client, json_error) -> None:
    response = make_client().post(
        "/api/documents", content=b'{"text": "unterminated', headers={"content-type": "application/json"}
    )
    json_error(response, 422, "JSON")


def test_oversize_bodies_are_refused(make_client, json_error) -> None:
    api = make_client(max_body_bytes=1000)
    big = {**NEW_ARTICLE, "text": "Ghana and Togo met. " * 100}
    json_error(api.post("/api/documents", json=big), 413, "1,000 bytes")

    async def chunks():  # no Content-Length: the limit is enforced while the body streams in
        for _ in range(4):
            yield json.dumps(big).encode()[:600]

    json_error(api.post("/api/documents", content=chunks(), headers={"content-type": "application/json"}), 413)
    assert api.get("/api/info").json()["counts"]["documents"] == 6
