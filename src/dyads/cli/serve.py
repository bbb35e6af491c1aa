"""``dyads serve``: the API and dashboard over an event store."""

from __future__ import annotations

import errno
import socket

import click

from dyads.errors import DyadsError


@click.command()
@click.option(
    "--db",
    "db",
    default=None,
    metavar="TARGET",
    help="Event store: a DuckDB file or a postgresql:// URL (default: the db setting, dyads.duckdb).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--read-only", is_flag=True, help="Open the store read-only: POST /api/documents is refused.")
def serve(db: str | None, host: str, port: int, read_only: bool) -> None:
    """Serve the dashboard and the JSON API (docs at /api/docs) and print the URL.

    Writes (POST /api/documents) need the X-API-Key header when DYADS_API_KEY is set.
    """
    import uvicorn

    from dyads.api import create_app

    app = create_app(db, read_only=read_only)
    _check_port(host, port)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"dyads: serving {app.state.dyads.store.target} at http://{shown}:{port}/ (Ctrl+C to stop)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.dyads.close()


def _check_port(host: str, port: int) -> None:
    """A one-line error when the port is taken, before uvicorn logs a traceback-like message."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise DyadsError(f"port {port} on {host} is in use: choose another with --port") from None
            raise DyadsError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


COMMANDS = [serve]
