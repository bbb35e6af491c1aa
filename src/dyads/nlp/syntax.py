"""Small, cached questions about a parsed sentence that several stages ask."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token


def per_sentence(sent: Span, name: str, compute: Callable[[Span], Any]) -> Any:
    """A fact about a sentence ("lemmas", "lower", ...) computed once per document: roles,
    modes, features and records all ask about the sentence of each of their candidates."""
    memo = sent.doc.user_data.setdefault("dyads_per_sentence", {})
    key = (name, sent.start, sent.end)
    if key not in memo:
        memo[key] = compute(sent)
    return memo[key]


def sentence_lower(sent: Span) -> str:
    return per_sentence(sent, "lower", lambda s: s.text.lower())


def sentence_lemmas(sent: Span) -> set[str]:
    return per_sentence(sent, "lemmas", lambda s: {t.lemma_.lower() for t in s})


def tree_distance(a: Token, b: Token) -> int:
    """Steps between two tokens through their lowest common ancestor (99: different trees)."""
    b_index = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, t in enumerate([a, *a.ancestors]):
        if t.i in b_index:
            return n + b_index[t.i]
    return 99


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities inside a sentence of ``doc.sents``, grouped once per document
    (``Span.ents`` rescans all the document's entities on every call)."""
    doc = sent.doc
    groups: dict[tuple[int, int], list[Span]] | None = doc.user_data.get("dyads_sentence_ents")
    if groups is None:
        groups = {}
        ents = list(doc.ents)
        i = 0
        for s in doc.sents:
            found = groups[(s.start, s.end)] = []
            while i < len(ents) and ents[i].start < s.start:
                i += 1
            while i < len(ents) and ents[i].end <= s.end:
                found.append(ents[i])
                i += 1
        doc.user_data["dyads_sentence_ents"] = groups
    grouped = groups.get((sent.start, sent.end))
    return list(sent.ents) if grouped is None else grouped
