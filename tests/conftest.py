"""Shared fixtures."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# --- coder ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def coder():
    """The real default `Coder` (the first use builds the default model, about a minute)."""
    from dyads.coder import Coder

    return Coder()


# --- event store: DuckDB and a PostgreSQL server on loopback -------------------------
# `store_url` runs a test once per backend. The PostgreSQL server is started once per
# test session (per xdist worker) from /usr/lib/postgresql/*/bin in a temporary folder;
# each test gets a fresh database. As root (CI), initdb refuses to run, so the folder is
# given to `nobody` and the server commands run through `runuser -u nobody --`.


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """A throwaway PostgreSQL cluster: initdb, pg_ctl start, fresh databases, stop."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="dyads-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.as_nobody: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "nobody")
            self.as_nobody = ["runuser", "-u", "nobody", "--"]

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.as_nobody, *args], capture_output=True, text=True, cwd=self.dir)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.dir / "log"),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; .ci/run installs it)")
    server = PostgresServer(bindir)
    try:
        server.start()
    except (RuntimeError, OSError) as exc:
        server.stop()
        pytest.skip(f"cannot start PostgreSQL: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store target: a DuckDB file, or a new database on the test server."""
    if request.param == "duckdb":
        yield str(tmp_path / "events.duckdb")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def store(store_url: str):
    """An open, empty store on each backend."""
    from dyads.store import open_store

    with open_store(store_url) as s:
        yield s


def make_event(
    document,
    sentence: str,
    category: str = "ASSAULT",
    actor=("ISR",),
    recipient=("SYR",),
    date: str | None = None,
    confidence: float = 0.9,
    sector: str | None = None,
):
    """An `Event` as the coder would make it, read from ``sentence`` (a substring of the document)."""
    from dyads.actors.entity import Entity
    from dyads.events import ontology
    from dyads.events.record import Event, event_id

    start = document.text.index(sentence)
    cameo = ontology.root_code(category)
    info = ontology.cameo_info(cameo)
    category_info = ontology.categories()[category]

    def side(codes, offset):
        return [
            Entity(
                code=c,
                sector=sector,
                entity_text=c or "someone",
                kb_id=f"country:{c}" if c else None,
                resolution="kb" if c else "unresolved",
                start=offset,
                end=offset + 3,
            )
            for c in codes
        ]

    return Event(
        id=event_id(document.id, start, start + 3),
        doc_id=document.id,
        date=date or (document.date.isoformat() if document.date else None),
        actor=side(actor, start),
        recipient=side(recipient, start + 10),
        event=[category],
        mode=[],
        context=[],
        quad_code=category_info.quad,
        event_scale=category_info.scale([]),
        cameo=cameo,
        goldstein=info.goldstein if info else None,
        event_text=sentence.split()[1],
        text=sentence,
        text_info={"start": start, "end": start + len(sentence), "sequence": 0},
        evidence={"trigger": {"text": sentence.split()[1], "start": start, "end": start + 3}},
        confidence=confidence,
    )


@pytest.fixture(name="make_event")
def make_event_fixture():
    return make_event


# --- end of event store fixtures ----------------------------------------------------
