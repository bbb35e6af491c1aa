"""``dyads train`` and ``dyads model``: build and inspect event models."""

from __future__ import annotations

import json
from typing import Any

import click

from dyads.cli.options import make_coder


@click.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out", type=click.Path(file_okay=False), help="Folder for the trained model.")
@click.option(
    "--with-default-data",
    is_flag=True,
    help="Also train on the project's own labelled sentences (src/dyads/data/training).",
)
@click.option(
    "--cv",
    "folds",
    type=int,
    default=0,
    help="Instead of saving a model, report k-fold cross-validated accuracy on DATA.",
)
@click.option("--c", "c", type=float, default=0.5, show_default=True, help="Inverse regularisation strength.")
@click.option("--spacy-model", default=None, help="spaCy pipeline name.")
@click.option("--actors", multiple=True, type=click.Path(), help="Extra actor file; repeatable.")
@click.option("--lexicon", multiple=True, type=click.Path(), help="Extra lexicon file; repeatable.")
def train(
    data: tuple[str, ...],
    out: str | None,
    with_default_data: bool,
    folds: int,
    c: float,
    spacy_model: str | None,
    actors: tuple[str, ...],
    lexicon: tuple[str, ...],
) -> None:
    """Train an event model from labelled JSONL (dyads, PLV or PLOVER gold shapes).

    Use the result with `dyads code --model OUT`. With --cv K, report K-fold accuracy
    instead (and, with --with-default-data, the gain over the project's data alone).
    """
    from dyads.events.learn import cross_validate, training_files
    from dyads.events.learn import train as fit_model

    coder = make_coder("none", spacy_model, actors, lexicon, None)
    base = [str(p) for p in training_files()] if with_default_data else []
    if folds:
        result = cross_validate(coder, list(data), folds=folds, base=base, c=c)
        click.echo(json.dumps(result))
        return
    if not out:
        raise click.UsageError("--out is required unless --cv is given")
    model = fit_model(coder, [*base, *data], c=c, meta={"id": f"custom:{out}", "data": list(data)}, progress=True)
    model.save(out)
    click.echo(
        f"saved model to {out}: {model.meta['sentences']} sentences, {model.meta['examples']} "
        f"examples, {model.meta['features']} features",
        err=True,
    )


@click.group()
def model() -> None:
    """Build or inspect the default event model."""


@model.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if a cached model exists.")
def build(force: bool) -> None:
    """Build the default model from the shipped training data (cached)."""
    from dyads.events.learn import build_default

    coder = make_coder("none", None, (), (), None)
    path = build_default(coder, force=force)
    click.echo(str(path))


@model.command("info")
@click.option("--model", "spec", default=None, help="Model folder (default: the built-in model).")
def info(spec: str | None) -> None:
    """Print a model's metadata."""
    coder = make_coder(spec, None, (), (), None)
    meta: dict[str, Any] = dict(coder.model.meta)
    click.echo(json.dumps(meta, indent=2, sort_keys=True))


COMMANDS = [train, model]
