"""`Document`: one article to code, with what its source says about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyads.events.record import doc_id_for


@dataclass
class Document:
    """An article: its text and, when the source has them, title, date, outlet and URL.

    ``origin`` says where it came from ("corpus/a.txt", "feed.jsonl:12") for messages.
    """

    text: str
    id: str = ""
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = doc_id_for(self.text)

    @property
    def content_hash(self) -> str:
        return doc_id_for(self.text)


def parse_date(value: object) -> dt.date | None:
    """A date from ISO text ("2019-03-02", "2019-03-02T10:00:00Z") or None; ValueError if malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"date {text!r} is not YYYY-MM-DD") from None
