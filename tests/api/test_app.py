"""The app as a whole: OpenAPI, info, JSON errors for every failure, the dashboard's pages."""

from __future__ import annotations

import pytest

from dyads.api import create_app
from dyads.errors import DyadsError

ENDPOINTS = {
    ("get", "/api/events"),
    ("get", "/api/events/{event_id}"),
    ("get", "/api/dyads/{a}/{b}"),
    ("get", "/api/network"),
    ("get", "/api/actors"),
    ("get", "/api/actors/{code}"),
    ("get", "/api/documents/{doc_id}"),
    ("post", "/api/documents"),
    ("post", "/api/code"),
    ("get", "/api/info"),
}


def test_openapi_lists_every_endpoint(client) -> None:
    schema = client.get("/openapi.json").json()
    found = {(method, path) for path, ops in schema["paths"].items() for method in ops}
    assert found == ENDPOINTS  # dashboard pages are not API endpoints
    assert "APIKeyHeader" in schema["components"]["securitySchemes"]
    assert client.get("/api/docs").status_code == 200


def test_info(client) -> None:
    info = client.get("/api/info").json()
    assert info["read_only"] is True and info["api_key_required"] is False
    assert info["counts"]["documents"] == 6 and info["counts"]["events"] >= 8
    assert (info["first_document"], info["last_document"]) == ("2021-03-02", "2022-02-08")
    assert len(info["categories"]) == 16 and {"name": "ASSAULT", "quad_code": 4} in info["categories"]


def test_unknown_paths_and_methods(client, json_error) -> None:
    json_error(client.get("/api/nothing"), 404, "/api/nothing")
    json_error(client.request("DELETE", "/api/events"), 405, "DELETE")


def test_an_unexpected_error_is_a_json_500_without_a_traceback(make_client, json_error, caplog) -> None:
    api = make_client()

    def broken() -> None:
        raise RuntimeError("secret internals")

    api.app.add_api_route("/api/broken", broken, include_in_schema=False)
    body = json_error(api.get("/api/broken"), 500, "internal error")
    assert "secret internals" not in str(body)
    assert "secret internals" in caplog.text  # but the server log has it


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/network",
        "/dyads/PER/CHL",
        "/events",
        "/events/abc",
        "/actors",
        "/actors/CHL",
        "/documents/t-bolivia-chile",
        "/try",
    ],
)
def test_dashboard_pages(client, path) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/js/app.js' in page.text
    assert "https://cdn" not in page.text


def test_static_assets_are_served(client) -> None:
    for asset in ("/static/js/app.js", "/static/css/app.css", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200, asset


def test_a_missing_store_is_a_clean_error(tmp_path) -> None:
    with pytest.raises(DyadsError, match="run `dyads ingest"):
        create_app(str(tmp_path / "none.duckdb"), read_only=True)
