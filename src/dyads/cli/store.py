"""``dyads ingest``, ``dyad``, ``trend``, ``network``, ``plot``, ``export`` and ``runs``: the event store."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from dyads.cli.options import coder_options, make_coder
from dyads.errors import DyadsError

F = Callable[..., Any]
MAX_ERRORS_SHOWN = 20


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="TARGET",
        help="Event store: a DuckDB file or a postgresql:// URL (default: the db setting, dyads.duckdb).",
    )(f)


def date_options(f: F) -> F:
    f = click.option("--until", default=None, help="Last date (YYYY-MM-DD), inclusive.")(f)
    return click.option("--since", default=None, help="First date (YYYY-MM-DD), inclusive.")(f)


def open_db(db: str | None, read_only: bool = True) -> Any:
    from dyads.store import open_store

    return open_store(db, read_only=read_only)


def echo_frame(frame: Any, as_json: bool) -> None:
    if as_json:
        click.echo(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    elif frame.empty:
        click.echo("no events")
    else:
        click.echo(frame.to_string(index=False, na_rep="", float_format=lambda v: f"{v:.2f}"))


# -- ingest ------------------------------------------------------------------------


@click.command()
@click.argument("inputs", nargs=-1)
@db_option
@click.option("--sample", is_flag=True, help="Also ingest the sample corpus shipped with dyads.")
@click.option("--date", "default_date", default=None, help="Date (YYYY-MM-DD) for documents without one.")
@click.option("--text-column", default="text", show_default=True, help="CSV column with the text.")
@click.option("--workers", type=int, default=None, help="Worker processes (each loads the models).")
@click.option("--batch-size", type=int, default=None, help="Documents per batch and per commit (default 64).")
@click.option("-v", "--verbose", is_flag=True, help="Log each commit and each input error as it happens.")
@coder_options
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    sample: bool,
    default_date: str | None,
    text_column: str,
    workers: int | None,
    batch_size: int | None,
    verbose: bool,
    **coder_opts: Any,
) -> None:
    """Code articles and store their events, deduplicated, in an event database.

    INPUT is what `dyads code` reads: a .txt article, a folder, JSONL, CSV, HTML, an
    RSS/Atom file or URL. Documents already stored (same text) are skipped, so a run
    can be repeated or resumed after a crash. Exits non-zero only if nothing was read.
    """
    from dyads.ingest.document import parse_date
    from dyads.ingest.readers import read_inputs
    from dyads.store.ingest import sample_inputs

    paths = list(inputs) + (sample_inputs() if sample else [])
    if not paths:
        raise click.UsageError("give INPUT files or folders, or --sample")
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        parse_date(default_date)  # read_inputs is lazy: check before anything is stored
    except ValueError as exc:
        raise DyadsError(f"--date: {exc}") from None
    items = read_inputs(paths, default_date, text_column)
    store = open_db(db, read_only=False)
    with store, _progress_bar() as progress:
        report = store.ingest(
            items,
            lambda: make_coder(**coder_opts),
            batch_size=batch_size,
            workers=workers,
            inputs=" ".join(paths),
            progress=progress,
        )
    for error in report.errors[:MAX_ERRORS_SHOWN]:
        click.echo(f"error: {error}", err=True)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        click.echo(
            f"... and {len(report.errors) - MAX_ERRORS_SHOWN} more: dyads runs --errors {report.run_id}", err=True
        )
    timing = (
        f" ({report.setup_seconds:.1f} s loading the coder, {report.coding_seconds:.1f} s reading and "
        f"coding, {report.storage_seconds:.1f} s storing)"
        if report.documents_added
        else ""
    )
    click.echo(f"{report.summary()} into {store.target}{timing}", err=True)
    if report.documents_read == 0:
        sys.exit(1)


@contextmanager
def _progress_bar() -> Iterator[Callable[[Any], None] | None]:
    """A tqdm bar on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(unit=" docs", file=sys.stderr) as bar:

        def update(report: Any) -> None:
            bar.update(1)
            bar.set_postfix(events=report.events_added, refresh=False)

        yield update


# -- analysis ------------------------------------------------------------------------


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@date_options
@click.option("--top", type=int, default=5, show_default=True, help="Show this many events as evidence.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: {series, evidence}.")
def dyad(
    a: str, b: str, db: str | None, by: str, since: str | None, until: str | None, top: int, as_json: bool
) -> None:
    """Relations between two actors (PLOVER codes such as ISR RUS), in both directions.

    Per period: deduplicated events per quad class, net cooperation (cooperative minus
    conflictual events), mean and summed Goldstein score; then the most reported events.
    """
    from dyads.analysis import dyad_evidence, dyad_series

    with open_db(db) as store:
        series = dyad_series(store, a, b, by=by, since=since, until=until)
        evidence = dyad_evidence(store, a, b, since, until, top)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "series": json.loads(series.to_json(orient="records", date_format="iso")),
                    "evidence": json.loads(evidence.to_json(orient="records", date_format="iso")),
                },
                ensure_ascii=False,
            )
        )
        return
    echo_frame(series.rename(columns=_SHORT), False)
    if not evidence.empty:
        click.echo("\nmost reported events:")
        for e in evidence.itertuples():
            click.echo(
                f"  {e.date or '----------'}  {e.actor} → {e.event} → {e.recipient}  "
                f"({_n(e.mentions, 'mention')}, {_n(e.sources, 'source')})\n"
                f"      {' '.join(e.sentence.split())}"
            )


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


_SHORT = {
    "verbal_cooperation": "v_coop",
    "material_cooperation": "m_coop",
    "verbal_conflict": "v_conf",
    "material_conflict": "m_conf",
    "net_cooperation": "net",
    "goldstein_mean": "gs_mean",
    "goldstein_sum": "gs_sum",
    "cooperation": "coop",
    "conflict": "conf",
}


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True)
@date_options
@click.option("--window", type=int, default=6, show_default=True, help="Periods in the rolling baseline.")
@click.option("--threshold", type=float, default=2.0, show_default=True, help="|z| that makes a signal.")
@click.option("--min-events", type=int, default=3, show_default=True, help="Periods with fewer events get no score.")
@click.option("--json", "as_json", is_flag=True, help="Print the series as JSON.")
def trend(
    a: str,
    b: str,
    db: str | None,
    by: str,
    since: str | None,
    until: str | None,
    window: int,
    threshold: float,
    min_events: int,
    as_json: bool,
) -> None:
    """When relations between two actors worsened or improved (rolling z-score of the conflict share)."""
    from dyads.analysis import describe_trend, dyad_trend

    with open_db(db) as store:
        frame = dyad_trend(
            store, a, b, by=by, since=since, until=until, window=window, threshold=threshold, min_events=min_events
        )
    if as_json:
        echo_frame(frame, True)
        return
    echo_frame(frame[frame["events"] > 0], False)  # quiet periods only pad the table
    lines = describe_trend(frame, a, b, by)
    click.echo("\n" + ("\n".join(lines) if lines else "no change signal (see docs/analysis.md)"))


@click.command()
@db_option
@date_options
@click.option("--min-events", type=int, default=1, show_default=True, help="Drop edges with fewer events.")
@click.option("--sectors", is_flag=True, help="Nodes are code and sector (ISR GOV) instead of codes.")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "table"]), default="json", show_default=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False), default=None, help="Write to this file.")
def network(
    db: str | None, since: str | None, until: str | None, min_events: int, sectors: bool, fmt: str, out_path: str | None
) -> None:
    """The actor network: edges weighted by events and net cooperation, with blocs (communities)."""
    from dyads.analysis import actor_network, network_edges, network_json

    with open_db(db) as store:
        if fmt == "table":
            text = network_edges(store, since, until, min_events, sectors).to_string(index=False)
        else:
            graph = actor_network(store, since, until, min_events, sectors)
            text = json.dumps(network_json(graph), ensure_ascii=False) if fmt == "json" else _graphml(graph)
    if out_path:
        with open(out_path, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        click.echo(f"wrote {out_path}", err=True)
    else:
        click.echo(text)


def _graphml(graph: Any) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(graph))


# -- plots ---------------------------------------------------------------------------


@click.group()
def plot() -> None:
    """Draw a dyad or the network to PNG, SVG or a self-contained HTML page."""


@plot.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--out", "out_path", required=True, help="Output file: .png, .svg or .html.")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@date_options
def plot_dyad_cmd(a: str, b: str, out_path: str, db: str | None, by: str, since: str | None, until: str | None) -> None:
    """Quad-class stacked bars and the mean Goldstein line of a dyad."""
    from dyads.analysis.plots import plot_dyad

    with open_db(db) as store:
        path = plot_dyad(store, a, b, out_path, by=by, since=since, until=until)
    click.echo(f"wrote {path}", err=True)


@plot.command("network")
@click.option("--out", "out_path", required=True, help="Output file: .png, .svg or .html.")
@db_option
@date_options
@click.option("--min-events", type=int, default=1, show_default=True, help="Drop edges with fewer events.")
@click.option("--sectors", is_flag=True, help="Nodes are code and sector.")
def plot_network_cmd(
    out_path: str, db: str | None, since: str | None, until: str | None, min_events: int, sectors: bool
) -> None:
    """The actor network, coloured by bloc, edges green (cooperation) or red (conflict)."""
    from dyads.analysis.plots import plot_network

    with open_db(db) as store:
        path = plot_network(store, out_path, since, until, min_events, sectors)
    click.echo(f"wrote {path}", err=True)


# -- export and runs ---------------------------------------------------------------


def filter_options(f: F) -> F:
    """--actor, --recipient, --either, --category, --quad, --since, --until, --search, --min-mentions, --unique."""
    for option in reversed(
        [
            click.option("--actor", default=None, help="Actor code (actor side)."),
            click.option("--recipient", default=None, help="Recipient code."),
            click.option("--either", default=None, help="Code on either side."),
            click.option("--category", multiple=True, help="PLOVER category; repeatable."),
            click.option("--quad", type=click.IntRange(1, 4), multiple=True, help="Quad class 1-4; repeatable."),
            click.option("--since", default=None, help="First date (YYYY-MM-DD)."),
            click.option("--until", default=None, help="Last date (YYYY-MM-DD)."),
            click.option("--search", default=None, help="Text the sentence contains."),
            click.option("--min-mentions", type=int, default=None, help="Events reported at least this often."),
            click.option("--unique", is_flag=True, help="One row per deduplicated event (its first mention)."),
        ]
    ):
        f = option(f)
    return f


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default=None,
    help="Output format (default: from the --out suffix).",
)
@click.option("--out", "out_path", required=True, help="Output file.")
@filter_options
def export(
    db: str | None,
    fmt: str | None,
    out_path: str,
    actor: str | None,
    recipient: str | None,
    either: str | None,
    category: tuple[str, ...],
    quad: tuple[int, ...],
    since: str | None,
    until: str | None,
    search: str | None,
    min_mentions: int | None,
    unique: bool,
) -> None:
    """Export events as PLOVER JSONL, GDELT-like CSV or Parquet, oldest first."""
    from dyads.store import EventFilter
    from dyads.store.export import export_events

    filters = EventFilter(
        actor=actor,
        recipient=recipient,
        either=either,
        category=category or None,
        quad_code=quad or None,
        since=since,
        until=until,
        text=search,
        min_mentions=min_mentions,
        unique=unique,
    )
    with open_db(db) as store:
        n = export_events(store, out_path, fmt, filters)
    click.echo(f"wrote {n} events to {out_path}", err=True)


@click.command()
@db_option
@click.option("--errors", "errors_of", type=int, default=None, metavar="RUN", help="List the errors of a run.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def runs(db: str | None, errors_of: int | None, as_json: bool) -> None:
    """Ingest runs of a store: when, with which coder and KB versions, what they added."""
    import pandas as pd

    with open_db(db) as store:
        rows = store.run_errors(errors_of) if errors_of is not None else store.runs()
    if errors_of is not None and not as_json:
        for r in rows:
            click.echo(f"{r['origin']}: {r['message']}")
        return
    columns = [
        "id",
        "started_at",
        "status",
        "documents_read",
        "documents_added",
        "events_added",
        "errors",
        "coder_version",
        "kb_version",
        "inputs",
    ]
    frame = pd.DataFrame(rows) if as_json or not rows else pd.DataFrame(rows)[columns]
    echo_frame(frame, as_json)


COMMANDS = [ingest, dyad, trend, network, plot, export, runs]
