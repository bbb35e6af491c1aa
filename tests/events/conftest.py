"""Fixtures for event tests: a coder, and the analysis of one trigger in a text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dyads.coder import Analysis, Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def analyse(coder: Coder) -> Callable[..., Analysis]:
    """The analysis of the candidate event whose trigger contains ``trigger``."""

    def at(text: str, trigger: str, date: str | None = None) -> Analysis:
        doc = coder.nlp(text)
        analyses = coder.analyse(doc, dt.date.fromisoformat(date) if date else None)
        for a in analyses:
            words = {t.text for t in [a.cand.token, *a.cand.parts]}
            if trigger in words or trigger in a.cand.text:
                return a
        found = [a.cand.text for a in analyses]
        raise AssertionError(f"no candidate {trigger!r} in {text!r}; candidates: {found}")

    return at
