"""Connections to DuckDB and PostgreSQL behind one small interface.

SQL in dyads is written once, with ``?`` placeholders and types both databases know;
the PostgreSQL backend turns ``?`` into psycopg's ``%s``. Bulk inserts go through
Arrow on DuckDB (its ``executemany`` inserts row by row) and ``executemany`` on
PostgreSQL (pipelined by psycopg).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from dyads.errors import StoreError
from dyads.store.schema import TABLE

Row = tuple[Any, ...]
_ARROW_TYPES = {
    "TEXT": "string",
    "DATE": "date32",
    "INTEGER": "int32",
    "SMALLINT": "int16",
    "DOUBLE PRECISION": "float64",
    "TIMESTAMP": "timestamp",
}


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def safe_target(target: str) -> str:
    """The target with any password masked, for messages."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", target)


class Backend:
    """A connection: run SQL, fetch rows, insert many rows, group writes in a transaction."""

    kind = ""
    target = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        """Column names and rows of a query."""
        raise NotImplementedError

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row], on_conflict: str = "DO NOTHING") -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def close(self) -> None:
        raise NotImplementedError

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.query(sql, params)[1]

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None


class DuckDBBackend(Backend):
    kind = "duckdb"

    def __init__(self, target: str, read_only: bool = False) -> None:
        import duckdb

        self.target = target
        if target != ":memory:" and not Path(target).parent.exists():
            raise StoreError(f"cannot open store {target}: folder {Path(target).parent} does not exist")
        if read_only and target != ":memory:" and not Path(target).exists():
            raise StoreError(f"no store at {target}: run `dyads ingest --db {target}` first")
        try:
            self.con = duckdb.connect(target, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {target}: {_first_line(exc)}") from None
        self._in_tx = False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.con.execute(sql, list(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description or []]
        return names, cur.fetchall()

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row], on_conflict: str = "DO NOTHING") -> None:
        if not rows:
            return
        import duckdb
        import pyarrow as pa

        types = {c.name: c.type for c in TABLE[table].columns} if table in TABLE else {}
        data = {}
        for i, name in enumerate(columns):
            kind = _ARROW_TYPES.get(types.get(name, ""))
            arrow_type = None if kind is None else pa.timestamp("us") if kind == "timestamp" else getattr(pa, kind)()
            data[name] = pa.array([r[i] for r in rows], type=arrow_type)
        view = f"_rows_{table}"
        self.con.register(view, pa.table(data))
        try:
            cols = ", ".join(columns)
            conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}{conflict}")
        finally:
            with suppress(duckdb.Error):  # an aborted transaction refuses even this
                self.con.unregister(view)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self.con.begin()
        self._in_tx = True
        try:
            yield
        except BaseException:
            self.con.rollback()
            raise
        else:
            self.con.commit()
        finally:
            self._in_tx = False

    def close(self) -> None:
        self.con.close()


class PostgresBackend(Backend):
    kind = "postgres"

    def __init__(self, target: str, read_only: bool = False) -> None:
        import psycopg

        self.target = target
        try:
            self.con = psycopg.connect(target, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {safe_target(target)}: {_first_line(exc)}") from None
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.con.execute(self._sql(sql), list(params))  # type: ignore[call-overload]

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        cur = self.con.execute(self._sql(sql), list(params))  # type: ignore[call-overload]
        names = [d.name for d in cur.description or []]
        return names, cur.fetchall()

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row], on_conflict: str = "DO NOTHING") -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        marks = ", ".join("%s" for _ in columns)
        conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
        with self.con.cursor() as cur:
            cur.executemany(
                f"INSERT INTO {table} ({cols}) VALUES ({marks}){conflict}",  # type: ignore[arg-type]
                [list(r) for r in rows],
            )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.con.transaction():
            yield

    def close(self) -> None:
        self.con.close()


def connect(target: str, read_only: bool = False) -> Backend:
    """A backend for a DuckDB path (or ``:memory:``) or a ``postgresql://`` URL."""
    if is_postgres(target):
        return PostgresBackend(target, read_only)
    return DuckDBBackend(target, read_only)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
