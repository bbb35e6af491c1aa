"""The ``actor_ruler`` pipeline component: knowledge-base names found in a Doc.

It looks up every token's lower-cased form in an index of the knowledge base's
surface forms (first token → full token sequences, longest first) and keeps the
longest non-overlapping matches as ``doc._.kb_hits``,
with ``doc._.kb_hit_at[i]`` the hit covering token ``i`` (or -1). Proper names must
start with a capital letter in the text ("Turkey", not "turkey"); short all-caps
forms must match exactly ("US", not "us").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc

from dyads.actors.kb import Form, KnowledgeBase, token_index


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    forms: tuple[Form, ...]

    @property
    def roles(self) -> set[str]:
        return {f.role for f in self.forms}


if not Doc.has_extension("kb_hits"):
    Doc.set_extension("kb_hits", default=None)
    Doc.set_extension("kb_hit_at", default=None)


class ActorRuler:
    """Finds knowledge-base surface forms; the knowledge base is attached with `use_kb`."""

    def __init__(self, nlp: Language, name: str = "actor_ruler") -> None:
        self.nlp = nlp
        self.name = name
        self.kb: KnowledgeBase | None = None
        self.index: dict[int, list[tuple[tuple[int, ...], str]]] = {}

    def use_kb(self, kb: KnowledgeBase) -> None:
        """Index every surface form by its lower-cased tokens (cached next to the KB), as the
        string hashes spaCy stores for each token's ``LOWER`` attribute."""
        self.kb = kb
        strings = self.nlp.vocab.strings
        self.index = {
            strings.add(word): [(tuple(strings.add(w) for w in toks), key) for toks, key in entries]
            for word, entries in _cached_index(kb, self.nlp).items()
        }

    def __call__(self, doc: Doc) -> Doc:
        hits: list[Hit] = []
        if self.kb is not None:
            lowers = doc.to_array(LOWER).tolist()
            spans = []
            for i, word in enumerate(lowers):
                for toks, key in self.index.get(word, ()):
                    n = len(toks)
                    if n > 1 and tuple(lowers[i : i + n]) != toks:
                        continue
                    forms = self._accept(doc, i, i + n, tuple(self.kb.forms[key]))
                    if forms:
                        spans.append((i, i + n, forms))
                        break
            # Longest first, then leftmost; drop overlaps.
            spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
            taken = [False] * len(doc)
            for start, end, forms in spans:
                if any(taken[start:end]):
                    continue
                taken[start:end] = [True] * (end - start)
                hits.append(Hit(start, end, forms))
            hits.sort(key=lambda h: h.start)
        index = [-1] * len(doc)
        for i, hit in enumerate(hits):
            for t in range(hit.start, hit.end):
                index[t] = i
        doc._.kb_hits = hits
        doc._.kb_hit_at = index
        return doc

    @staticmethod
    def _accept(doc: Doc, start: int, end: int, forms: tuple[Form, ...]) -> tuple[Form, ...]:
        text = doc[start:end].text
        first = doc[start].text
        kept = []
        for form in forms:
            if form.case_sensitive and not _same_caps(text, form):
                continue
            if form.role != "term" and not (first[:1].isupper() or first[:1].isdigit()):
                continue
            kept.append(form)
        return tuple(kept)


def _cached_index(kb: KnowledgeBase, nlp: Language) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    from dyads import settings

    tokenizer: Any = nlp.tokenizer
    name = f"kb-{kb.version}-tokens-{nlp.lang}-{len(tokenizer.rules or {})}.pickle"
    return settings.cached(name, lambda: token_index(kb, tokenizer.pipe), dict)


def _same_caps(text: str, form: Form) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@Language.factory("actor_ruler", assigns=["doc._.kb_hits", "doc._.kb_hit_at"])
def make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp, name)
