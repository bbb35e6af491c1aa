"""dyads: political event data from news text.

>>> import dyads
>>> events = dyads.code_text("Israel and Russia held talks in Moscow on Sunday.", date="2019-03-05")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dyads")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["Coder", "Document", "Event", "__version__", "code_text"]


def __getattr__(name: str):  # lazy: importing dyads must not load spaCy
    if name in {"Coder", "code_text"}:
        from dyads import coder

        return getattr(coder, name)
    if name == "Event":
        from dyads.events.record import Event

        return Event
    if name == "Document":
        from dyads.ingest.document import Document

        return Document
    raise AttributeError(name)
