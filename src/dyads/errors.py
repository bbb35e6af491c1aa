"""Exceptions named for the state they report; the CLI turns them into one-line errors."""

from __future__ import annotations


class DyadsError(Exception):
    """Base class for errors a user can fix; printed without a traceback."""


class DataFileError(DyadsError):
    """A data file (knowledge base, lexicon, training data) is malformed."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class InputError(DyadsError):
    """An input document could not be read; the rest of the batch goes on."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class ModelNotFound(DyadsError):
    """The requested event model does not exist."""


class StoreError(DyadsError):
    """The event store cannot be opened or written."""
