"""Coding in worker processes: each worker loads its own `Coder` once.

Documents go to workers in batches and come back in input order, as plain event
dicts, so memory stays bounded by ``workers × batch`` whatever the input size.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from dyads.events.record import Event
from dyads.ingest.document import Document

if TYPE_CHECKING:
    from dyads.coder import Coder

_worker: Coder | None = None


def _init(config: dict[str, Any]) -> None:
    global _worker
    from dyads.coder import Coder

    _worker = Coder(**config)


def _code(batch: list[Document]) -> list[list[dict[str, Any]]]:
    assert _worker is not None
    return [[e.to_dict() for e in events] for _, events in _worker.code_documents(batch, workers=1)]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch


def code_in_workers(
    coder: Coder, documents: Iterable[Document], workers: int, batch_size: int | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """Like `Coder.code_documents`, spread over ``workers`` processes."""
    model_path = coder.model.meta.get("path")
    config = {
        "model": model_path or coder._model_spec,
        "spacy_model": coder.spacy_model,
        "actors": coder.actor_files,
        "lexicon": coder.lexicon_files,
        "min_confidence": coder.min_confidence,
    }
    size = batch_size or 16
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(config,)) as pool:
        batches = _batches(documents, size)
        pending: list[tuple[list[Document], Any]] = []
        for batch in batches:
            pending.append((batch, pool.apply_async(_code, (batch,))))
            if len(pending) >= workers * 2:
                yield from _drain(pending.pop(0))
        for item in pending:
            yield from _drain(item)


def _drain(item: tuple[list[Document], Any]) -> Iterator[tuple[Document, list[Event]]]:
    batch, result = item
    for document, events in zip(batch, result.get(), strict=True):
        yield document, [Event.from_dict(e) for e in events]
