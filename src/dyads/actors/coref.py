"""Resolve pronouns and descriptions to a recent compatible actor in the document.

"he" and "she" take the latest person; "it" the latest state or organisation;
"they" the latest group, organisation or state; "the two leaders" / "both
countries" the latest two distinct people or states. Candidates come earlier in the
same sentence first, then from previous sentences, most recent first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyads.actors.entity import Entity
from dyads.actors.mentions import DocContext, entity_for

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
PAIR_WORDS = {"two", "both"}
PAIR_HEADS = {
    "leader": "person",
    "president": "person",
    "minister": "person",
    "country": "state",
    "nation": "state",
    "side": "any",
    "state": "state",
    "government": "state",
    "party": "any",
    "neighbour": "state",
    "neighbor": "state",
    "rival": "any",
    "ally": "any",
    "belligerent": "any",
    "capital": "state",
}


@dataclass
class Antecedent:
    token_index: int
    entity: Entity
    kind: str  # person | state | group


def may_refer(tok: Token) -> bool:
    """A pronoun or pair description ("the two sides") that `Coreference.resolve` may resolve."""
    low = tok.lower_
    if low in PERSON_PRONOUNS or low in THING_PRONOUNS or low in GROUP_PRONOUNS:
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PAIR_HEADS


class Coreference:
    """Mentions seen so far in a document, for resolving later pronouns."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self._mentions: list[Antecedent] | None = None

    @property
    def mentions(self) -> list[Antecedent]:
        if self._mentions is None:
            self._mentions = self._collect()
        return self._mentions

    def _collect(self) -> list[Antecedent]:
        doc = self.ctx.doc
        out: list[Antecedent] = []
        seen_heads: set[int] = set()
        heads = [doc[h.end - 1] for h in doc._.kb_hits or []]
        heads += [ent.root for ent in doc.ents if ent.label_ == "PERSON"]
        for tok in sorted(heads, key=lambda t: t.i):
            head = tok
            while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
                head = head.head
            if head.dep_ == "appos" and _named_by_apposition(head.head, self.ctx):
                head = head.head  # "the International Labor Office (ILO)" is one mention
            if head.i in seen_heads:
                continue
            seen_heads.add(head.i)
            ent = entity_for(head, self.ctx, generic=False)
            if ent is None or (ent.code is None and ent.ner_label != "PERSON"):
                continue
            out.append(Antecedent(head.i, ent, _kind(ent)))
        return out

    def resolve(self, tok: Token) -> list[Entity]:
        """Entities a pronoun or pair description refers to (empty when unsure)."""
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            return self._latest(tok, {"person"}, 1)
        if low in THING_PRONOUNS:
            return self._latest(tok, {"state", "group"}, 1)
        if low in GROUP_PRONOUNS:
            return self._latest(tok, {"group", "state"}, 1)
        if tok.pos_ == "NOUN" and any(c.lower_ in PAIR_WORDS for c in tok.children):
            want = PAIR_HEADS.get(tok.lemma_.lower())
            if want:
                kinds = {"person", "state", "group"} if want == "any" else {want}
                found = self._latest(tok, kinds, 2)
                return found if len(found) == 2 else []
        return []

    def _latest(self, tok: Token, kinds: set[str], n: int) -> list[Entity]:
        sent_start = tok.sent.start
        before = [m for m in self.mentions if m.token_index < tok.i and m.kind in kinds]
        # Same sentence first, then earlier sentences; most recent first within each.
        same = [m for m in before if m.token_index >= sent_start]
        earlier = [m for m in before if m.token_index < sent_start]
        picked: list[Entity] = []
        keys: set[tuple[str | None, str | None]] = set()
        for m in [*reversed(same), *reversed(earlier)]:
            key = (m.entity.kb_id or m.entity.entity_text, m.entity.code)
            if key in keys:
                continue
            keys.add(key)
            # The record names the antecedent (text and offsets), and says which word pointed to it.
            picked.append(
                m.entity.with_(
                    resolution="coref",
                    evidence=[*m.entity.evidence, f"coref:{tok.text}@{tok.idx}->{m.entity.entity_text}"],
                )
            )
            if len(picked) == n:
                break
        return picked


def _named_by_apposition(tok: Token, ctx: DocContext) -> bool:
    ent = entity_for(tok, ctx, generic=False)
    return ent is not None and ent.resolution == "appos"


def _kind(ent: Entity) -> str:
    if (ent.kb_id or "").startswith("person:") or ent.ner_label == "PERSON":
        return "person"
    if (ent.kb_id or "").startswith(("country:", "capital:")) and ent.sector is None:
        return "state"
    return "group"
