"""The event store's tables, declared once: DDL for DuckDB and PostgreSQL, Arrow types, docs.

The same statements create the schema on both databases (see docs/store.md). Codes that
a key needs but an event lacks are stored as ``''`` rather than NULL, because primary
keys cannot hold NULL on PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQL type understood by both databases
    doc: str
    not_null: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def ddl(self) -> list[str]:
        """CREATE statements for the table and its indexes (idempotent)."""
        cols = [f"{c.name} {c.type}{' NOT NULL' if c.not_null else ''}" for c in self.columns]
        if self.primary_key:
            cols.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        out = [f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(cols)})"]
        for index in self.indexes:
            out.append(f"CREATE INDEX IF NOT EXISTS {self.name}_{'_'.join(index)} ON {self.name} ({', '.join(index)})")
        return out


def _c(name: str, type_: str, doc: str, not_null: bool = False) -> Column:
    return Column(name, type_, doc, not_null)


TEXT, DATE, INT, SMALL, FLOAT, TIME = "TEXT", "DATE", "INTEGER", "SMALLINT", "DOUBLE PRECISION", "TIMESTAMP"

TABLES: tuple[Table, ...] = (
    Table(
        "meta",
        "Store settings: schema version and the deduplication parameters in use.",
        (
            _c("key", TEXT, "setting name", True),
            _c("value", TEXT, "setting value", True),
        ),
        ("key",),
    ),
    Table(
        "runs",
        "One row per ingest run.",
        (
            _c("id", INT, "run number", True),
            _c("started_at", TIME, "UTC start time", True),
            _c("finished_at", TIME, "UTC end time; NULL while running or after a crash"),
            _c("status", TEXT, "running, done, interrupted (killed or stopped) or failed", True),
            _c("inputs", TEXT, "what was ingested, as given on the command line"),
            _c("coder_version", TEXT, "dyads version that coded the documents"),
            _c("kb_version", TEXT, "hash of the actor knowledge-base files"),
            _c("model", TEXT, "event model id"),
            _c("spacy_model", TEXT, "spaCy pipeline"),
            _c("documents_read", INT, "documents read (new or already stored)"),
            _c("documents_added", INT, "new documents stored"),
            _c("events_added", INT, "new events stored"),
            _c("errors", INT, "inputs that could not be read"),
        ),
        ("id",),
    ),
    Table(
        "run_errors",
        "Per-document errors of a run, one line each.",
        (
            _c("run_id", INT, "runs.id", True),
            _c("origin", TEXT, "file (and line) that could not be used", True),
            _c("message", TEXT, "what was wrong", True),
        ),
        (),
        (("run_id",),),
    ),
    Table(
        "documents",
        "Ingested articles, identified by the hash of their text.",
        (
            _c("id", TEXT, "content hash (`Document.content_hash`)", True),
            _c("source_id", TEXT, "the id the input gave the document, if any"),
            _c("title", TEXT, "title, when the source has one"),
            _c("date", DATE, "publication date"),
            _c("url", TEXT, "URL"),
            _c("source", TEXT, "outlet (feed title, site name or the `source` field)"),
            _c("origin", TEXT, "file and line it was read from"),
            _c("text", TEXT, "full text; event offsets point into it", True),
            _c("n_events", INT, "events coded in it", True),
            _c("run_id", INT, "run that stored it"),
        ),
        ("id",),
    ),
    Table(
        "events",
        "Every coded event (a mention), with its evidence and full PLOVER JSON.",
        (
            _c("id", TEXT, "event id: stable hash of document and trigger offsets", True),
            _c("doc_id", TEXT, "documents.id", True),
            _c("date", DATE, "event date (the sentence's time expression, else the document date)"),
            _c("date_precision", TEXT, "day, week, month or year"),
            _c("category", TEXT, "PLOVER event category (CONSULT, ASSAULT, ...)", True),
            _c("cameo", TEXT, "CAMEO code"),
            _c(
                "quad_code",
                SMALL,
                "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
            ),
            _c("goldstein", FLOAT, "Goldstein score of the CAMEO code"),
            _c("event_scale", FLOAT, "PLOVER intensity score"),
            _c("confidence", FLOAT, "model confidence"),
            _c("mode", TEXT, "PLOVER modes, `;`-separated"),
            _c("context", TEXT, "PLOVER contexts, `;`-separated"),
            _c("actor_codes", TEXT, "actor codes, `;`-separated (`?` for unresolved)"),
            _c("recipient_codes", TEXT, "recipient codes, `;`-separated"),
            _c("actor_text", TEXT, "actor mentions as written, `;`-separated"),
            _c("recipient_text", TEXT, "recipient mentions as written, `;`-separated"),
            _c("event_text", TEXT, "trigger words"),
            _c("sentence", TEXT, "the sentence the event was read from", True),
            _c("sentence_start", INT, "sentence offset in documents.text"),
            _c("sentence_end", INT, "sentence end offset"),
            _c("trigger_start", INT, "trigger offset in documents.text"),
            _c("trigger_end", INT, "trigger end offset"),
            _c("place", TEXT, "resolved place name"),
            _c("place_country", TEXT, "country code of the place"),
            _c("lat", FLOAT, "latitude"),
            _c("lon", FLOAT, "longitude"),
            _c("cluster_id", TEXT, "clusters.id: the real-world event this mention reports", True),
            _c("similarity", FLOAT, "similarity to the closest earlier mention of the cluster (1 for the first)"),
            _c("plover", TEXT, "full PLOVER JSON record", True),
            _c("run_id", INT, "run that stored it"),
        ),
        ("id",),
        (("doc_id",), ("cluster_id",), ("date",)),
    ),
    Table(
        "event_actors",
        "One row per actor and recipient entity of an event (compound actors are several rows).",
        (
            _c("event_id", TEXT, "events.id", True),
            _c("role", TEXT, "actor or recipient", True),
            _c("position", SMALL, "0-based position in the event's actor or recipient list", True),
            _c("code", TEXT, "PLOVER country/organisation code; NULL if unresolved"),
            _c("sector", TEXT, "PLOVER sector (GOV, MIL, REB, ...)"),
            _c("text", TEXT, "the mention as written"),
            _c("kb_id", TEXT, "knowledge-base id (person:..., org:..., country:...)"),
            _c("resolution", TEXT, "how the code was found (kb, dated, context, coref, ner, ...)"),
            _c("entity_id", TEXT, "entities.id, for resolved actors"),
        ),
        ("event_id", "role", "position"),
        (("event_id",), ("code", "role"), ("entity_id",)),
    ),
    Table(
        "entities",
        "Distinct resolved actors: one row per knowledge-base id, code and sector.",
        (
            _c("id", TEXT, "`kb_id|code|sector`", True),
            _c("code", TEXT, "PLOVER code", True),
            _c("sector", TEXT, "sector"),
            _c("kb_id", TEXT, "knowledge-base id"),
            _c("name", TEXT, "name as first seen"),
            _c("n_events", INT, "events (mentions) it takes part in", True),
            _c("first_seen", DATE, "earliest event date"),
            _c("last_seen", DATE, "latest event date"),
        ),
        ("id",),
        (("code",),),
    ),
    Table(
        "clusters",
        "Deduplicated events: the mentions of one real-world event across articles.",
        (
            _c("id", TEXT, "id of the cluster's first event", True),
            _c("key", TEXT, "`CATEGORY|actor codes|recipient codes`: only equal keys cluster", True),
            _c("date", DATE, "date of the first event; the ±window is measured from it"),
            _c("category", TEXT, "PLOVER category", True),
            _c("quad_code", SMALL, "quad class"),
            _c("goldstein", FLOAT, "Goldstein score of the first event"),
            _c("actor_codes", TEXT, "actor codes of the first event"),
            _c("recipient_codes", TEXT, "recipient codes of the first event"),
            _c("event_id", TEXT, "the first event (shown as the cluster's evidence)", True),
            _c("n_mentions", INT, "events in the cluster (GDELT NumMentions)", True),
            _c("n_documents", INT, "distinct articles (GDELT NumArticles)", True),
            _c("n_sources", INT, "distinct outlets; an article without one counts as its own", True),
            _c("first_seen", DATE, "earliest article date of a mention"),
            _c("last_seen", DATE, "latest article date of a mention"),
            _c("confidence", FLOAT, "highest confidence of a mention"),
        ),
        ("id",),
        (("key", "date"), ("date",)),
    ),
    Table(
        "cluster_dyads",
        "Pre-aggregated analysis table: one row per cluster and directed pair of codes (actor × recipient).",
        (
            _c("cluster_id", TEXT, "clusters.id", True),
            _c("date", DATE, "clusters.date"),
            _c("actor_code", TEXT, "an actor code of the cluster (`''` if none resolved)", True),
            _c("recipient_code", TEXT, "a recipient code (`''` if none)", True),
            _c("category", TEXT, "PLOVER category", True),
            _c("quad_code", SMALL, "quad class"),
            _c("goldstein", FLOAT, "Goldstein score"),
        ),
        ("cluster_id", "actor_code", "recipient_code"),
        (("actor_code", "recipient_code", "date"), ("recipient_code",), ("date",)),
    ),
)

TABLE = {t.name: t for t in TABLES}

VIEWS = (
    # The mentions of each cluster with the article that carries them.
    "CREATE OR REPLACE VIEW mentions AS SELECT e.cluster_id, e.id AS event_id, e.doc_id, "
    "d.title, d.source, d.url, COALESCE(d.date, e.date) AS seen, e.similarity, e.sentence "
    "FROM events e JOIN documents d ON d.id = e.doc_id",
)


def ddl() -> list[str]:
    """Every statement that creates the schema."""
    statements = ["CREATE SEQUENCE IF NOT EXISTS run_ids START 1"]
    for table in TABLES:
        statements += table.ddl()
    return statements + list(VIEWS)
