"""Find event triggers in a sentence and what the lexicon proposes for each.

A trigger is a verb or an event noun in the lexicon. Light verbs absorb their event
noun ("held talks", "imposed sanctions"); a verb with an event of its own absorbs
its controlled verb ("agreed to send", "threatened to strike"); a transparent verb
hands the event to its complement ("plans to visit", "failed to reach").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.tokens import Span, Token

from dyads.data import data_path
from dyads.events.lexicon import Lexicon, Proposal, TriggerContext

OBJECT_DEPS = {"dobj", "obj", "attr", "oprd"}
VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}


@dataclass
class Candidate:
    """One possible event in a sentence."""

    token: Token  # the head the roles hang from (a verb, or an event noun)
    pos: str  # verb | noun
    ctx: TriggerContext
    proposal: Proposal | None
    parts: list[Token] = field(default_factory=list)  # every token of the trigger ("held", "talks")
    governors: list[Token] = field(default_factory=list)  # transparent verbs above it ("plans to")
    fallback: bool = False  # the sentence root, proposed by no lexicon entry
    sent: Span | None = None  # its sentence (Token.sent is slow to recompute)

    @property
    def lemma(self) -> str:
        return self.token.lemma_.lower()

    @property
    def text(self) -> str:
        toks = sorted({*self.parts, self.token}, key=lambda t: t.i)
        return " ".join(t.text for t in toks)

    @property
    def span(self) -> tuple[int, int]:
        toks = [*self.parts, self.token]
        return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


@lru_cache(maxsize=1)
def reporting_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """Reporting verbs ("say", "tell") and hedges ("believe", "expect")."""
    path = data_path("lexicon", "reporting.yaml")
    if not path.exists():
        return frozenset({"say", "tell", "report", "announce", "write", "add"}), frozenset()
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(raw.get("reporting", [])), frozenset(raw.get("hedges", []))


@lru_cache(maxsize=1)
def transparent_lemmas() -> frozenset[str]:
    raw = yaml.safe_load(data_path("lexicon", "modality.yaml").read_text(encoding="utf-8"))
    return frozenset(raw["transparent"])


def particle_of(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def trigger_context(tok: Token) -> TriggerContext:
    """The lemmas around a trigger that lexicon patterns test."""
    objects, preps, xcomps, modifiers = set(), set(), set(), set()
    passive = negated = False
    holders = [tok]
    for child in tok.children:
        dep = child.dep_
        if dep in OBJECT_DEPS:
            objects.add(child.lemma_.lower())
            objects.update(_compound_lemmas(child))
            holders.append(child)
        elif dep in {"xcomp", "ccomp"} and child.pos_ in VERB_POS:
            xcomps.add(child.lemma_.lower())
        elif dep in {"compound", "amod", "nmod"}:
            modifiers.add(child.lemma_.lower())
        elif dep in {"nsubjpass", "auxpass"}:
            passive = True
        elif dep == "neg" or (dep == "det" and child.lower_ == "no"):
            negated = True
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"prep", "dative"}:
                pobj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
                preps.add((child.lower_, pobj.lemma_.lower() if pobj is not None else ""))
                if pobj is not None:
                    preps.update((child.lower_, lemma) for lemma in _compound_lemmas(pobj))
    return TriggerContext(
        objects=frozenset(objects),
        preps=frozenset(preps),
        xcomps=frozenset(xcomps),
        modifiers=frozenset(modifiers),
        particle=particle_of(tok),
        passive=passive,
        negated=negated,
    )


def _compound_lemmas(tok: Token) -> set[str]:
    """Modifier + noun lemmas: "arms deal" → {"arms deal"}; "air strike" → {"air strike"}."""
    mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod"}]
    if not mods:
        return set()
    return {f"{mods[-1].lemma_.lower()} {tok.lemma_.lower()}"}


def find_candidates(sent: Span, lexicon: Lexicon, fallback: bool = True) -> list[Candidate]:
    """Every trigger in a sentence, after absorption; possibly the root as a fallback."""
    reporting, hedges = reporting_lemmas()
    found: dict[int, Candidate] = {}
    for tok in sent:
        pos = tok.pos_
        if pos not in VERB_POS and pos not in NOUN_POS:
            continue
        lemma = tok.lemma_.lower()
        if pos in VERB_POS and lemma in lexicon.verb_lemmas and lemma not in reporting:
            ctx = trigger_context(tok)
            found[tok.i] = Candidate(tok, "verb", ctx, lexicon.propose(lemma, "verb", ctx), [tok])
        elif pos in NOUN_POS and lemma in lexicon.noun_lemmas:
            ctx = trigger_context(tok)
            found[tok.i] = Candidate(tok, "noun", ctx, lexicon.propose(lemma, "noun", ctx), [tok])
    _absorb_objects(found)
    _absorb_complements(found, sent)
    cands = [c for c in found.values() if c.proposal is not None and c.proposal.cameo is not None]
    if fallback:
        used = {t.i for c in cands for t in [c.token, *c.parts, *c.governors]}
        for head in _main_predicates(sent, reporting | hedges):
            if head.i not in used:
                cands.append(Candidate(head, "verb", trigger_context(head), None, [head], fallback=True))
    cands.sort(key=lambda c: c.token.i)
    for c in cands:
        c.sent = sent
    return cands


def _main_predicates(sent: Span, reporting: frozenset[str]) -> list[Token]:
    """The sentence's main verb, or the verb of what a reporting root reports.

    They are candidates even when the lexicon does not know them, so the model can
    still find an event the dictionary missed."""
    root = sent.root
    heads = [root]
    if root.lemma_.lower() in reporting:
        heads = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"}]
    return [h for h in heads if h.pos_ in VERB_POS and h.lemma_.lower() not in reporting]


def _absorb_objects(found: dict[int, Candidate]) -> None:
    """A light verb and its event noun become one trigger: "imposed sanctions", "held talks"."""
    for i, cand in list(found.items()):
        if cand.pos != "noun" or i not in found:
            continue
        tok = cand.token
        verb = None
        if tok.dep_ in OBJECT_DEPS and tok.head.i in found and found[tok.head.i].pos == "verb":
            verb = found[tok.head.i]
        elif (
            tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.head.i in found
            and found[tok.head.head.i].pos == "verb"
        ):
            verb = found[tok.head.head.i]
            if verb.proposal is not None and verb.proposal.cameo is not None:
                continue  # "accused X of genocide": the verb decides, the noun is context
        if verb is None:
            continue
        verb.parts.append(tok)
        verb_code = verb.proposal.cameo if verb.proposal else None
        if verb_code is None or (
            verb.proposal
            and verb.proposal.rule.count("[") == 0
            and verb.ctx.objects
            and cand.proposal
            and cand.proposal.cameo
            and _is_light(verb.lemma)
        ):
            verb.proposal = _merge(verb.proposal, cand.proposal)
        del found[i]


LIGHT_VERBS = {
    "hold",
    "take",
    "make",
    "give",
    "have",
    "carry",
    "conduct",
    "launch",
    "stage",
    "mount",
    "reach",
    "do",
    "pay",
    "issue",
    "offer",
    "impose",
    "announce",
    "begin",
    "start",
    "resume",
    "continue",
    "order",
    "sign",
    "seal",
    "strike",
    "deliver",
    "provide",
    "lodge",
    "file",
    "level",
    "undertake",
    "perform",
    "execute",
    "wage",
}


def _is_light(lemma: str) -> bool:
    return lemma in LIGHT_VERBS


def _merge(verb: Proposal | None, noun: Proposal | None) -> Proposal | None:
    if noun is None or noun.cameo is None:
        return verb
    rule = f"{verb.rule}+{noun.rule}" if verb else noun.rule
    return Proposal(noun.cameo, rule, "verb")


def _absorb_complements(found: dict[int, Candidate], sent: Span) -> None:
    """Controlled verbs: the governor's event absorbs them, unless the governor is transparent."""
    transparent = transparent_lemmas()
    for tok in sent:
        if tok.dep_ not in {"xcomp", "ccomp"} or tok.i not in found:
            continue
        head = tok.head
        child = found[tok.i]
        gov = found.get(head.i)
        if (
            gov is not None
            and gov.proposal is not None
            and gov.proposal.cameo is not None
            and head.lemma_.lower() not in transparent
        ):
            gov.parts.append(tok)
            del found[tok.i]
            continue
        if tok.dep_ == "xcomp":
            chain = [head]
            while chain[-1].dep_ == "xcomp" and chain[-1].head.lemma_.lower() in transparent:
                chain.append(chain[-1].head)
            child.governors = chain
            if gov is not None and (
                gov.proposal is None or gov.proposal.cameo is None or head.lemma_.lower() in transparent
            ):
                del found[head.i]
