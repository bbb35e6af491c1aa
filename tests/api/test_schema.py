"""Property-based: schemathesis generates requests from /openapi.json; the app never answers 5xx.

Responses are also checked against the schema (documented status codes and bodies). The
operations are driven one by one with hypothesis (schemathesis' Python API), each against
an app over its own copy of the test store.
"""

from __future__ import annotations

import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from dyads.api import create_app

OPERATIONS = [
    ("GET", "/api/info"),
    ("GET", "/api/events"),
    ("GET", "/api/events/{event_id}"),
    ("GET", "/api/dyads/{a}/{b}"),
    ("GET", "/api/network"),
    ("GET", "/api/actors"),
    ("GET", "/api/actors/{code}"),
    ("GET", "/api/documents/{doc_id}"),
    ("POST", "/api/code"),
    ("POST", "/api/documents"),
]


@pytest.fixture(scope="module")
def api_schema(corpus_db, coder, tmp_path_factory):
    copy = tmp_path_factory.mktemp("schema") / "store.duckdb"
    shutil.copy(corpus_db, copy)
    app = create_app(str(copy), coder=coder, api_key="", max_body_bytes=20_000)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.dyads.close()


def test_the_schema_covers_every_operation(api_schema) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.slow
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_server_errors(api_schema, method, path) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case) -> None:
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

    check()
