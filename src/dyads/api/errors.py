"""Errors as JSON ``{"status", "error", "details"}``, never a stack trace; request size limits.

`Guard` is a plain ASGI middleware: it refuses bodies over ``max_body_bytes`` (by their
Content-Length, or while they stream in) and turns any unexpected exception into a JSON
500 after logging it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dyads.errors import DyadsError

log = logging.getLogger("dyads.api")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyTooLarge(HTTPException):
    """A request body over the limit (an HTTPException, so FastAPI's body parser passes it on)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large: the limit is {limit:,} bytes (max_body_bytes)")


def error_body(status: int, message: str, details: list[str] | None = None) -> dict[str, Any]:
    return {"status": status, "error": message, "details": details or []}


def error_response(
    status: int, message: str, details: list[str] | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, message, details), status_code=status, headers=headers)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such page or endpoint: {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [_describe(e) for e in exc.errors()]
    return error_response(422, "invalid request: " + "; ".join(details[:3]), details)


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
    return f"{where}: {str(error.get('msg', 'invalid')).removeprefix('Value error, ')}"


async def dyads_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc))


def install(app: FastAPI, max_body_bytes: int) -> None:
    """Register the JSON error handlers and the body-size guard on an app."""
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(DyadsError, dyads_error)
    app.add_middleware(Guard, max_body_bytes=max_body_bytes)


class Guard:
    """Refuses oversize bodies with 413 and answers unexpected errors with a JSON 500."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            problem = _check_length(length, self.limit)
            if problem:
                await _send_json(send, *problem)
                return
        started = False
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracked)
        except BodyTooLarge as exc:
            if not started:
                await _send_json(send, 413, str(exc.detail))
        except Exception:
            log.exception("error answering %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _send_json(send, 500, "internal error: the server log has the details")


def _check_length(value: bytes, limit: int) -> tuple[int, str] | None:
    try:
        length = int(value)
    except ValueError:
        return 400, "invalid Content-Length header"
    if length > limit:
        return 413, str(BodyTooLarge(limit).detail)
    return None


async def _send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps(error_body(status, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
