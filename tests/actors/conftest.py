"""Fixtures for actor tests: the shipped knowledge base and a pipeline that uses it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dyads.actors.entity import Entity
from dyads.actors.kb import KnowledgeBase, load_kb
from dyads.actors.mentions import DocContext, entity_for
from dyads.nlp.pipeline import load_pipeline


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def nlp(kb: KnowledgeBase):
    return load_pipeline(kb)


@pytest.fixture(scope="session")
def subject(kb: KnowledgeBase, nlp) -> Callable[[str, str | None], Entity | None]:
    """The entity of the grammatical subject of a sentence, resolved for a date."""

    def resolve(text: str, date: str | None = None) -> Entity | None:
        doc = nlp(text)
        ctx = DocContext.build(doc, kb, dt.date.fromisoformat(date) if date else None)
        subj = next(t for t in doc if t.dep_ in {"nsubj", "nsubjpass"})
        return entity_for(subj, ctx)

    return resolve
