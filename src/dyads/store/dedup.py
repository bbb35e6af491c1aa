"""Deduplication: the mentions of one real-world event, across articles, form one cluster.

Two events are mentions of the same event when they have

1. the same key: PLOVER category, set of actor codes and set of recipient codes;
2. dates within ``window`` days of the cluster's first event (undated events only
   join undated clusters);
3. sentences that say the same thing: with some mention already in the cluster, the
   content-word sets (lower-cased, stop words dropped, plural ``s`` stripped) are
   equal, or share at least ``MIN_SHARED`` words with a Jaccard similarity of at least
   ``threshold``. (Short sentences such as "Thank you!" or "I cannot agree to that."
   would otherwise match on one word.)

An event joins the most similar cluster that qualifies, else it starts a new cluster
whose id is its own. Events are assigned in the order they are stored, so clustering is
incremental (a later ingest extends earlier clusters) and idempotent (a stored document
is never coded or clustered again). See docs/store.md for how the threshold was chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from dyads.actors.entity import Entity
from dyads.events.record import Event

WINDOW_DAYS = 3
THRESHOLD = 0.3
MIN_SHARED = 3
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def tokens(sentence: str) -> frozenset[str]:
    """Content words of a sentence, normalised for comparison."""
    stops = stop_words()
    out = set()
    for word in _WORD.findall(sentence.lower().replace("'s", "")):
        if word in stops or len(word) < 2:
            continue
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return frozenset(out)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two token sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def match(a: frozenset[str], b: frozenset[str]) -> float:
    """The similarity that counts for clustering: Jaccard, or 0 when too few words are shared."""
    if a == b:
        return 1.0
    return similarity(a, b) if len(a & b) >= MIN_SHARED else 0.0


def side_key(entities: Iterable[Entity]) -> str:
    """The sorted, distinct codes of one side; unresolved mentions by their text."""
    keys = {e.code or "~" + " ".join(e.entity_text.lower().split()) for e in entities}
    return ";".join(sorted(keys))


def cluster_key(event: Event) -> str:
    return f"{event.category}|{side_key(event.actor)}|{side_key(event.recipient)}"


@dataclass
class Cluster:
    """A cluster as the deduplicator sees it: where it starts and what its mentions say."""

    id: str
    key: str
    date: dt.date | None
    sentences: list[frozenset[str]] = field(default_factory=list)


@dataclass(frozen=True)
class Assignment:
    cluster_id: str
    similarity: float
    new: bool


class Deduplicator:
    """Assigns events to clusters, given the existing clusters that could match them."""

    def __init__(
        self, clusters: Iterable[Cluster] = (), window: int = WINDOW_DAYS, threshold: float = THRESHOLD
    ) -> None:
        self.window = window
        self.threshold = threshold
        self.by_key: dict[str, list[Cluster]] = {}
        for c in clusters:
            self.by_key.setdefault(c.key, []).append(c)

    def assign(self, event_id: str, key: str, date: dt.date | None, sentence: str) -> Assignment:
        """The cluster this event belongs to (a new one if none qualifies)."""
        toks = tokens(sentence)
        best: tuple[float, Cluster] | None = None
        for c in self.by_key.get(key, []):
            if not self._in_window(c.date, date):
                continue
            score = max((match(toks, s) for s in c.sentences), default=0.0)
            if score >= self.threshold and (best is None or _better(score, c, *best)):
                best = (score, c)
        if best is None:
            self.by_key.setdefault(key, []).append(Cluster(event_id, key, date, [toks]))
            return Assignment(event_id, 1.0, True)
        best[1].sentences.append(toks)
        return Assignment(best[1].id, round(best[0], 4), False)

    def _in_window(self, start: dt.date | None, date: dt.date | None) -> bool:
        if start is None or date is None:
            return start is None and date is None
        return abs((date - start).days) <= self.window


def _better(score: float, cluster: Cluster, best_score: float, best: Cluster) -> bool:
    """Higher similarity wins; ties go to the earlier cluster, then the smaller id (order-free)."""
    if score != best_score:
        return score > best_score
    return (cluster.date or dt.date.min, cluster.id) < (best.date or dt.date.min, best.id)
