"""The ``dyads`` command line: a thin layer over the Python API.

Each command parses its options, calls one function of the library and prints.
User mistakes (`DyadsError`) become one-line messages, never tracebacks.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from dyads.errors import DyadsError


class DyadsGroup(click.Group):
    """A click group that turns library errors into clean messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DyadsError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=DyadsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyads")
def cli() -> None:
    """dyads: political event data from news text (PLOVER/CAMEO)."""


def _register() -> None:
    from dyads.cli import actors, code, model

    for module in (code, model, actors):
        for command in module.COMMANDS:
            cli.add_command(command)
    try:
        from dyads.cli import store

        for command in store.COMMANDS:
            cli.add_command(command)
    except ImportError:
        pass
    try:
        from dyads.cli import serve

        for command in serve.COMMANDS:
            cli.add_command(command)
    except ImportError:
        pass


_register()


def main() -> None:
    cli(prog_name="dyads")
