"""``dyads code`` and ``dyads evaluate``."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from dyads.cli.options import coder_options, make_coder
from dyads.errors import DyadsError, InputError
from dyads.events.record import Event
from dyads.ingest.document import Document, parse_date
from dyads.ingest.readers import read_inputs

CSV_COLUMNS = [
    "id",
    "doc_id",
    "date",
    "actor_codes",
    "actor_sectors",
    "actor_names",
    "event",
    "recipient_codes",
    "recipient_sectors",
    "recipient_names",
    "mode",
    "context",
    "cameo",
    "goldstein",
    "quad_code",
    "event_scale",
    "confidence",
    "event_text",
    "text",
]


class Tally:
    """Counts of a run and one-line errors on stderr."""

    def __init__(self) -> None:
        self.documents = self.events = self.errors = 0

    def error(self, exc: InputError) -> None:
        self.errors += 1
        click.echo(f"error: {exc}", err=True)


def documents_only(items: Any, tally: Tally) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            tally.error(item)
        else:
            yield item


def csv_row(e: Event) -> dict[str, Any]:
    def join(values: list[Any]) -> str:
        return ";".join("" if v is None else str(v) for v in values)

    return {
        "id": e.id,
        "doc_id": e.doc_id,
        "date": e.date,
        "actor_codes": join([a.code for a in e.actor]),
        "actor_sectors": join([a.sector for a in e.actor]),
        "actor_names": join([a.entity_text for a in e.actor]),
        "event": e.category,
        "recipient_codes": join([r.code for r in e.recipient]),
        "recipient_sectors": join([r.sector for r in e.recipient]),
        "recipient_names": join([r.entity_text for r in e.recipient]),
        "mode": join(e.mode),
        "context": join(e.context),
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "quad_code": e.quad_code,
        "event_scale": e.event_scale,
        "confidence": e.confidence,
        "event_text": e.event_text,
        "text": e.text,
    }


def table_line(e: Event, width: int = 70) -> str:
    sentence = e.text.replace("\n", " ")
    if len(sentence) > width:
        sentence = sentence[: width - 1] + "…"
    return f"{e.date or '----------':<10}  {e.summary():<40}  {sentence}"


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Write events to this file (JSONL, or CSV for .csv).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table", "csv"]),
    default=None,
    help="Output format (default: table on a terminal, else jsonl).",
)
@click.option("--workers", type=int, default=None, help="Worker processes (each loads the models).")
@click.option("--date", "default_date", default=None, help="Date (YYYY-MM-DD) for documents without one.")
@click.option("--text-column", default="text", show_default=True, help="CSV column with the text.")
@coder_options
def code(
    inputs: tuple[str, ...],
    out_path: str | None,
    fmt: str | None,
    workers: int | None,
    default_date: str | None,
    text_column: str,
    **coder_opts: Any,
) -> None:
    """Code articles into PLOVER events.

    INPUT is a .txt article (first line the title), a folder of them, a JSONL file of
    {"id", "text", "date"?, "title"?, "url"?, "source"?}, a CSV with a text column, an
    HTML page, an RSS/Atom feed, or - for stdin.
    """
    if fmt is None:
        fmt = (
            ("csv" if out_path and out_path.endswith(".csv") else "jsonl")
            if out_path
            else ("table" if sys.stdout.isatty() else "jsonl")
        )
    try:
        parse_date(default_date)
    except ValueError as exc:
        raise DyadsError(f"--date: {exc}") from None
    coder = make_coder(**coder_opts)
    tally = Tally()
    docs = documents_only(read_inputs(list(inputs), default_date, text_column), tally)
    sink: IO[str] = open(out_path, "w", encoding="utf-8", newline="") if out_path else sys.stdout  # noqa: SIM115
    try:
        _write(coder.code_documents(docs, workers=workers), sink, fmt, tally)
    finally:
        if out_path:
            sink.close()
    click.echo(
        f"coded {tally.documents} documents: {tally.events} events"
        + (f", {tally.errors} errors" if tally.errors else ""),
        err=True,
    )
    if tally.documents == 0:
        sys.exit(1)


def _write(results: Iterator[tuple[Document, list[Event]]], sink: IO[str], fmt: str, tally: Tally) -> None:
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(sink, fieldnames=CSV_COLUMNS)
        writer.writeheader()
    elif fmt == "table":
        click.echo(f"{'date':<10}  {'actor → event → recipient':<40}  sentence", file=sink)
    progress = _progress()
    for _document, events in results:
        tally.documents += 1
        tally.events += len(events)
        progress(tally)
        for e in events:
            if fmt == "jsonl":
                sink.write(e.to_json() + "\n")
            elif fmt == "csv" and writer is not None:
                writer.writerow(csv_row(e))
            else:
                click.echo(table_line(e), file=sink)
    progress(tally, done=True)


def _progress() -> Any:
    """Progress on stderr for long runs on a terminal."""
    if not sys.stderr.isatty():
        return lambda tally, done=False: None

    def show(tally: Tally, done: bool = False) -> None:
        if done or tally.documents % 10 == 0:
            click.echo(f"\r{tally.documents} documents, {tally.events} events", err=True, nl=done)

    return show


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--limit", type=int, default=None, help="Score only the first N sentences.")
@click.option("--errors", "show_errors", type=int, default=0, help="Show up to N misclassified sentences.")
@coder_options
def evaluate(gold: tuple[str, ...], as_json: bool, limit: int | None, show_errors: int, **coder_opts: Any) -> None:
    """Score the coder on labelled gold files (PLOVER gold, PLV, CAMEO examples)."""
    from dyads.evaluation.gold import evaluate as run
    from dyads.evaluation.gold import format_report

    coder = make_coder(**coder_opts)
    for path in gold:
        report = run(coder, path, limit=limit, keep_examples=show_errors)
        if as_json:
            click.echo(json.dumps(report.to_dict()))
        else:
            click.echo(format_report(report))
            for ex in report.examples:
                click.echo(f"  ✗ {ex['gold']} → {ex['predicted']}: {ex['text']}")


COMMANDS = [code, evaluate]
