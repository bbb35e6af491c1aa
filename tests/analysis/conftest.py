"""A store with a story: Israel–Russia relations sour in September 2018; two blocs."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.ingest.document import Document

COOPERATIVE = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE"]
CONFLICTUAL = ["ACCUSE", "THREATEN", "REJECT", "SANCTION"]
WEST, EAST = ("USA", "GBR", "FRA"), ("RUS", "SYR", "IRN")


def _doc(n: int, date: dt.date, sentence: str, source: str | None = None) -> Document:
    return Document(text=f"Dispatch {n}\n\n{sentence}", date=date, source=source or f"Outlet {n % 7}")


def story(make_event):
    """(document, events) pairs; every sentence is distinct unless it is meant to repeat."""
    pairs, n = [], 0

    def add(date, category, actor, recipient, sentence=None, source=None):
        nonlocal n
        n += 1
        sentence = sentence or f"Item {n}: {actor} and {recipient} in a {category.lower()} matter number {n}."
        doc = _doc(n, date, sentence, source)
        pairs.append((doc, [make_event(doc, sentence, category, (actor,), (recipient,))]))

    for month in range(1, 13):
        day = dt.date(2018, month, 10)
        if month == 9:
            for k in range(6):
                add(day + dt.timedelta(days=k), CONFLICTUAL[k % 4], ("RUS", "ISR")[k % 2], ("ISR", "RUS")[k % 2])
        else:
            for k in range(4):
                add(day + dt.timedelta(days=k), COOPERATIVE[k], ("ISR", "RUS")[k % 2], ("RUS", "ISR")[k % 2])
            add(day + dt.timedelta(days=5), "ACCUSE", "RUS", "ISR")
        for bloc in (WEST, EAST):
            for a in bloc:
                for b in bloc:
                    if a != b:
                        add(day, "COOPERATE", a, b)
        add(day, "THREATEN", "USA", "RUS")
    # one event, reported by three outlets on consecutive days: it counts once
    for k, outlet in enumerate(["Wire A", "Wire B", "Wire C"]):
        add(
            dt.date(2018, 9, 17 + k),
            "ACCUSE",
            "RUS",
            "ISR",
            "Russia blamed Israel for the loss of its reconnaissance aircraft over Syria.",
            outlet,
        )
    return pairs


@pytest.fixture
def relations(store, make_event):
    store.add_many(story(make_event))
    return store
