"""Request and response bodies of the API, as pydantic models (they make /openapi.json)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Role = Literal["actor", "recipient", "trigger"]


class Error(BaseModel):
    """Every error: a status and a message a person can act on."""

    status: int
    error: str
    details: list[str] = Field(default_factory=list, description="one line per invalid field, if any")


class Mark(BaseModel):
    """A span to highlight: offsets into the sentence (events) or the text (documents)."""

    start: int
    end: int
    role: Role
    event_id: str | None = None


class EventRow(BaseModel):
    """A stored event (one mention) with its cluster's counts and its article."""

    model_config = ConfigDict(extra="allow")

    id: str
    date: dt.date | None
    category: str
    cameo: str | None
    quad_code: int | None
    goldstein: float | None
    confidence: float | None
    mode: list[str]
    context: list[str]
    actor_codes: list[str]
    recipient_codes: list[str]
    actor_text: list[str]
    recipient_text: list[str]
    event_text: str | None
    sentence: str
    sentence_start: int | None
    sentence_end: int | None
    trigger_start: int | None
    trigger_end: int | None
    place: str | None
    doc_id: str
    cluster_id: str
    mentions: int = Field(description="mentions of the deduplicated event (GDELT NumMentions)")
    sources: int
    articles: int
    title: str | None
    url: str | None
    source: str | None
    doc_date: dt.date | None
    marks: list[Mark] = Field(description="actor, recipient and trigger spans, offsets into `sentence`")


class EventPage(BaseModel):
    events: list[EventRow]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last")
    total: int | None = Field(None, description="events matching the filters (first page only)")


class Mention(BaseModel):
    model_config = ConfigDict(extra="allow")

    event_id: str
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    seen: dt.date | None
    similarity: float | None
    sentence: str


class Cluster(BaseModel):
    """A deduplicated event: every article's mention of it."""

    model_config = ConfigDict(extra="allow")

    id: str
    date: dt.date | None
    category: str
    n_mentions: int
    n_documents: int
    n_sources: int
    mentions: list[Mention]


class EventActor(BaseModel):
    role: str
    position: int
    code: str | None
    sector: str | None
    text: str | None
    kb_id: str | None
    resolution: str | None


class EventDetail(EventRow):
    actors: list[EventActor]
    plover: dict[str, Any] = Field(description="the full PLOVER record")
    cluster: Cluster | None


class SeriesPoint(BaseModel):
    period: dt.date
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    cooperation: int
    conflict: int
    net_cooperation: int
    goldstein_mean: float | None
    goldstein_sum: float


class Direction(BaseModel):
    actor: str
    recipient: str
    events: int
    cooperation: int
    conflict: int


class Signal(BaseModel):
    period: dt.date
    signal: Literal["worsened", "improved"]
    text: str


class Dyad(BaseModel):
    """Relations between two actors over time, both directions, counted in deduplicated events."""

    a: str
    b: str
    a_name: str
    b_name: str
    by: str
    series: list[SeriesPoint]
    directions: list[Direction]
    signals: list[Signal]
    evidence: EventPage


class Node(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    name: str
    events: int
    bloc: int | None = None


class Edge(BaseModel):
    model_config = ConfigDict(extra="allow")

    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    net_cooperation: int
    goldstein_mean: float | None


class Network(BaseModel):
    """Directed edges A → B with deduplicated event counts; nodes are the most active actors."""

    nodes: list[Node]
    edges: list[Edge]
    blocs: list[list[str]]
    since: dt.date | None
    until: dt.date | None


class ActorRow(BaseModel):
    code: str
    name: str
    events: int
    as_actor: int
    as_recipient: int
    cooperation: int
    conflict: int
    mentions: int
    goldstein_mean: float | None


class ActorList(BaseModel):
    actors: list[ActorRow]


class Partner(BaseModel):
    code: str
    name: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None


class KbEntity(BaseModel):
    kb_id: str | None
    sector: str | None
    name: str | None
    n_events: int
    first_seen: dt.date | None
    last_seen: dt.date | None


class ActorDetail(BaseModel):
    code: str
    name: str
    events: int
    as_actor: int
    as_recipient: int
    cooperation: int
    conflict: int
    mentions: int
    goldstein_mean: float | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    partners: list[Partner]
    entities: list[KbEntity]


class DocumentOut(BaseModel):
    """An article with its events and every span to mark in its text."""

    id: str
    source_id: str | None
    title: str | None
    date: dt.date | None
    url: str | None
    source: str | None
    text: str
    n_events: int
    events: list[EventRow]
    marks: list[Mark] = Field(description="spans in `text`, each with its `event_id`")


class CodeRequest(BaseModel):
    """Text to code; nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article or sentences to code")
    date: dt.date | None = Field(None, description="publication date, for relative dates and office holders")
    title: str | None = None


class CodedEvent(BaseModel):
    """A PLOVER record, plus marks relative to its sentence."""

    model_config = ConfigDict(extra="allow")

    id: str
    event: list[str]
    quad_code: int
    text: str
    text_info: dict[str, Any]
    marks: list[Mark]


class CodeResult(BaseModel):
    text: str
    events: list[CodedEvent]
    marks: list[Mark] = Field(description="spans in `text`, each with its `event_id`")
    seconds: float


class DocumentIn(BaseModel):
    """One article to code and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    id: str | None = Field(None, description="your id for it; the store also knows it by content hash")
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = Field(None, description="outlet")


class IngestRequest(BaseModel):
    """One article (its fields at the top level) or several (``documents``)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, min_length=1, description="one article's text")
    id: str | None = Field(None, description="your id for it; the store also knows it by content hash")
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = Field(None, description="outlet")
    documents: list[DocumentIn] | None = Field(None, min_length=1, max_length=1000, description="several articles")

    @model_validator(mode="after")
    def one_or_many(self) -> IngestRequest:
        single = [k for k in ("text", "id", "title", "date", "url", "source") if getattr(self, k) is not None]
        if self.documents is None and self.text is None:
            raise ValueError("give the article's text, or documents: a list of articles")
        if self.documents is not None and single:
            raise ValueError(f"give documents or one article's fields, not both (found {', '.join(single)})")
        return self

    def articles(self) -> list[DocumentIn]:
        if self.documents is not None:
            return self.documents
        return [DocumentIn(**self.model_dump(exclude={"documents"}))]


class StoredDocument(BaseModel):
    id: str
    source_id: str | None
    n_events: int
    stored: bool = Field(description="false when the same text was stored before")


class IngestResult(BaseModel):
    run_id: int
    documents_added: int
    documents_skipped: int
    events_added: int
    clusters_added: int
    documents: list[StoredDocument]


class Category(BaseModel):
    name: str
    quad_code: int


class Info(BaseModel):
    """What the store holds and how this server is set up (the dashboard starts here)."""

    version: str
    store: str
    read_only: bool
    api_key_required: bool
    max_body_bytes: int
    counts: dict[str, int]
    first_document: dt.date | None
    last_document: dt.date | None
    first_event: dt.date | None = Field(description="1st percentile of event dates (or the first article)")
    last_event: dt.date | None = Field(description="99th percentile of event dates (or the last article)")
    categories: list[Category]
