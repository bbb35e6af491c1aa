"""``dyads actors``: look up, validate and measure the actor knowledge base."""

from __future__ import annotations

import json

import click

from dyads.errors import DataFileError, DyadsError
from dyads.ingest.document import parse_date


@click.group()
def actors() -> None:
    """The actor knowledge base: lookup, validate, stats."""


@actors.command("lookup")
@click.argument("name")
@click.option("--date", "date_text", default=None, help="Resolve as of this date (YYYY-MM-DD).")
@click.option("--actors", "extra", multiple=True, type=click.Path(), help="Extra actor file; repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def lookup_cmd(name: str, date_text: str | None, extra: tuple[str, ...], as_json: bool) -> None:
    """Show how NAME resolves (on --date) and why."""
    from dyads import settings
    from dyads.actors.kb import load_kb
    from dyads.actors.lookup import format_lookup, lookup
    from dyads.nlp.pipeline import load_pipeline

    try:
        date = parse_date(date_text)
    except ValueError as exc:
        raise DyadsError(f"--date: {exc}") from None
    kb = load_kb(settings.paths("actors", list(extra) or None))
    result = lookup(kb, name, date, load_pipeline(kb))
    click.echo(json.dumps(result, indent=2) if as_json else format_lookup(result))


@actors.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path())
def validate(files: tuple[str, ...]) -> None:
    """Check user actor files (YAML/CSV); errors name the file and line."""
    from dyads.actors.files import SECTIONS, read_kb_file

    failed = False
    for path in files:
        try:
            kb = read_kb_file(path)
        except DataFileError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        counts = ", ".join(f"{len(getattr(kb, s))} {s}" for s in SECTIONS if getattr(kb, s))
        click.echo(f"{path}: ok ({counts or 'no entries'})")
    if failed:
        raise SystemExit(1)


@actors.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(as_json: bool) -> None:
    """Coverage report of the shipped knowledge base."""
    from dyads.actors.files import read_kb
    from dyads.actors.stats import format_stats, kb_stats

    result = kb_stats(read_kb())
    click.echo(json.dumps(result, indent=2, default=str) if as_json else format_stats(result))


@actors.command("top")
@click.option("--db", default=None, metavar="TARGET", help="Event store (default: the db setting, dyads.duckdb).")
@click.option("--since", default=None, help="First date (YYYY-MM-DD), inclusive.")
@click.option("--until", default=None, help="Last date (YYYY-MM-DD), inclusive.")
@click.option("--limit", type=int, default=20, show_default=True, help="How many actors.")
@click.option("--sectors", is_flag=True, help="Rank code and sector (ISR GOV) instead of codes.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def top(db: str | None, since: str | None, until: str | None, limit: int, sectors: bool, as_json: bool) -> None:
    """The most active actors in an event store (deduplicated events, either side)."""
    from dyads.analysis import top_actors
    from dyads.cli.store import echo_frame, open_db

    with open_db(db) as store:
        echo_frame(top_actors(store, since, until, limit, sectors), as_json)


COMMANDS = [actors]
