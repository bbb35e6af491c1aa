"""Turn a noun phrase into an `Entity` using the knowledge-base hits inside it.

"Russian President Vladimir Putin" is one person; "the Syrian army" is a country
plus a sector word; "Russia's military" a possessor plus a sector word; "the
president of Armenia" a sector word with its country in an ``of`` phrase;
"protesters" a sector word that takes its country from the document when it can.
Named entities that the knowledge base does not know are kept with their text and
NER label.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from dyads.actors.entity import Entity
from dyads.actors.kb import Entry, KnowledgeBase, Resolution
from dyads.actors.schema import Ambiguity
from dyads.nlp.actor_ruler import Hit

LEFT_DEPS = {
    "compound",
    "amod",
    "poss",
    "det",
    "nmod",
    "nummod",
    "quantmod",
    "case",
    "punct",
    "flat",
    "predet",
    "npadvmod",
}
ACTOR_NER = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
FORMER = {"former", "ex", "ex-", "then", "ousted", "exiled", "deposed", "late"}
OF_PREPS = {"of", "in", "from", "for"}
DROP_LEADING = {"det", "punct", "predet", "cc"}


@dataclass
class DocContext:
    """What the document says around a mention: its date, its main country, its vocabulary."""

    doc: Doc
    kb: KnowledgeBase
    date: dt.date | None
    country_counts: Counter[str] = field(default_factory=Counter)
    text_lower: str = ""
    cache: dict[tuple[int, bool | None], Entity | None] = field(default_factory=dict)

    @cached_property
    def words(self) -> frozenset[str]:
        """The document's lower-cased words (asked only for ambiguous names)."""
        return frozenset(t.lower_ for t in self.doc)

    @classmethod
    def build(cls, doc: Doc, kb: KnowledgeBase, date: dt.date | None) -> DocContext:
        counts: Counter[str] = Counter()
        for hit in doc._.kb_hits or []:
            if hit.start and doc[hit.start - 1].lower_ == "ethnic":
                continue  # "ethnic Turks" are not Turkey
            for form in hit.forms:
                entry = kb.entries[form.entry_id]
                if entry.kind in {"country", "institution", "person"} and entry.code:
                    counts[entry.code] += 1
                    break
        return cls(doc, kb, date, counts, doc.text.lower())

    @cached_property
    def main_country(self) -> str | None:
        """The document's country when one clearly dominates."""
        if not self.country_counts:
            return None
        (code, n), *rest = self.country_counts.most_common(2)
        if rest and rest[0][1] * 2 > n:
            return None
        return code


def np_bounds(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok`` (left modifiers, NER span)."""
    start = end = tok.i
    for child in tok.lefts:
        if child.dep_ in LEFT_DEPS:
            start = min(start, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in {"compound", "flat", "case"}:
            end = max(end, child.right_edge.i)
    if tok.ent_iob_ != "O" and tok.ent_type_ in ACTOR_NER:
        ent_start, ent_end = _ent_bounds(tok)
        start, end = min(start, ent_start), max(end, ent_end - 1)
    return start, end + 1


def _ent_bounds(tok: Token) -> tuple[int, int]:
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _hits_in(doc: Doc, start: int, end: int) -> list[Hit]:
    underscore = doc._
    index, all_hits = underscore.kb_hit_at, underscore.kb_hits
    hits: list[Hit] = []
    seen = set()
    for i in range(start, end):
        h = index[i]
        if h >= 0 and h not in seen:
            seen.add(h)
            hits.append(all_hits[h])
    return hits


def _entries(ctx: DocContext, hit: Hit) -> list[tuple[Entry, str]]:
    """What a hit can mean here; an ambiguous name yields the sense its context selects."""
    surface = ctx.doc[hit.start : hit.end].text.lower()
    amb = ctx.kb.ambiguities.get(surface)
    if amb is None:
        return [(ctx.kb.entries[f.entry_id], f.role) for f in hit.forms]
    idx = _choose_sense(ctx, amb, hit)
    if idx is None:
        return [(Entry(f"ambiguous:{surface}", "ambiguous", amb.name), "name")]
    sense = amb.senses[idx]
    if sense.kind == "person" or sense.code in {"UNK", None}:
        return []
    for f in hit.forms:  # the sense is one of the entries the name already has
        entry = ctx.kb.entries[f.entry_id]
        if (
            entry.code == sense.code
            and entry.kind in {"country", "institution", "organisation"}
            and (sense.sector is None or entry.sector == sense.sector)
        ):
            return [(entry, f.role)]
    kind = "country" if sense.kind == "country" else "institution"
    entry = Entry(f"ambiguity:{surface}:{idx}", kind, sense.label or amb.name, sense.code, sense.sector)
    return [(entry, "name")]


def _choose_sense(ctx: DocContext, amb: Ambiguity, hit: Hit) -> int | None:
    """The sense whose cue words (or whose country) the document mentions; else the default.

    A place inside a country ("Cuba, Missouri") needs its cues: that the document mentions
    the United States does not make every "Cuba" a Missouri town."""
    scores = []
    for i, sense in enumerate(amb.senses):
        cues = sum(1 for c in sense.cues if c.lower() in ctx.words or _phrase_in(ctx, c))
        others = ctx.country_counts.get(sense.code, 0) - (1 if _hit_code(ctx, hit) == sense.code else 0)
        country_bonus = 1 if others > 0 and sense.kind != "subnational" else 0
        scores.append((cues * 2 + country_bonus, i))
    best, idx = max(scores)
    if best == 0 or sum(1 for s, _ in scores if s == best) > 1:
        return amb.default
    return idx


def _hit_code(ctx: DocContext, hit: Hit) -> str | None:
    for f in hit.forms:
        code = ctx.kb.entries[f.entry_id].code
        if code:
            return code
    return None


def _resolve_entry(ctx: DocContext, entry: Entry) -> Resolution:
    if entry.id in ctx.kb.entries:
        return ctx.kb.resolve(entry.id, ctx.date)
    return Resolution(entry.code, entry.sector, entry.name, entry.id, basis="context")


def _display(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """Text and character offsets of a phrase without leading determiners and punctuation."""
    while start < end - 1 and (doc[start].dep_ in DROP_LEADING or doc[start].lower_ in {"the", "a", "an"}):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    span = doc[start:end]
    return span.text, span.start_char, span.end_char


def entity_for(tok: Token, ctx: DocContext, generic: bool = True) -> Entity | None:
    """The entity named by the noun phrase headed by ``tok``, or None if it names no actor.

    Memoised per document: roles, coreference and features ask about the same phrases.
    With ``generic`` a noun phrase that names no known actor is kept as an unresolved entity."""
    key = (tok.i, generic)
    if key not in ctx.cache:
        found = _known_entity(tok, ctx)
        ctx.cache[key] = found if found is not None else _unknown_phrase(tok, generic)
    return ctx.cache[key]  # shared: callers copy with Entity.with_ before changing anything


def _known_entity(tok: Token, ctx: DocContext) -> Entity | None:
    """The entity of a phrase from the knowledge base (or None), the same whether or not
    generic phrases are wanted: computed once per token."""
    key = (tok.i, None)
    if key not in ctx.cache:
        ctx.cache[key] = _entity_for(tok, ctx)
    return ctx.cache[key]


def _entity_for(tok: Token, ctx: DocContext) -> Entity | None:
    inner = _partitive_inner(tok)
    if inner is not None:  # "thousands of Tamil refugees", "part of the army"
        found = _known_entity(inner, ctx) or _unknown(inner, *np_bounds(inner), generic=False)
        if found is not None:
            return _widen(tok, inner, found)
    doc = tok.doc
    start, end = np_bounds(tok)
    hits = [h for h in _hits_in(doc, start, end) if not _inside_longer_name(doc, h, tok)]
    words = {doc[i].lower_.rstrip("-") for i in range(start, tok.i)}
    phrase = Phrase(
        start,
        end,
        tok.i,
        former=bool(words & FORMER),
        ethnic="ethnic" in words,
        named_person=tok.ent_type_ == "PERSON",
        agentive=_agentive(tok),
    )
    entity = _compose(ctx, hits, phrase)
    if entity is None or entity.code is None or entity.resolution == "context":
        # "the president of Armenia", "rebels in Darfur": the country is in a prepositional phrase.
        extra = _of_phrase(tok, ctx)
        if extra is not None:
            terms = [h for h in hits if _kind(ctx, h) == "sector"]
            where = replace(phrase, end=max(end, extra[1]), ethnic=False)
            found = _compose(ctx, terms + extra[0], where)
            if found is not None and phrase.ethnic:
                found.sector = found.sector or "CVL"
            entity = found or entity
    elif _demonym_head(hits, tok):
        entity = _people_of_place(tok, ctx, entity)
    if (entity is None or entity.code is None) and tok.ent_type_ == "PERSON":
        entity = _misspelt_person(tok, ctx, phrase) or entity
    if (entity is None or entity.code is None) and tok.ent_type_ in ACTOR_NER:
        entity = _apposition(tok, ctx, entity) or entity
    return entity


def _apposition(tok: Token, ctx: DocContext, entity: Entity | None) -> Entity | None:
    """A name takes its code from its apposition: "Eli Ben-Meir, former head of Israeli military
    intelligence" → ISR ELI; "the International Labor Office (ILO)" → the ILO's."""
    for child in tok.children:
        if child.dep_ != "appos":
            continue
        app = _known_entity(child, ctx)
        if app is not None and app.code is not None:
            base = entity or _unknown(tok, *np_bounds(tok), generic=False)
            if base is not None:
                return base.with_(
                    code=app.code,
                    sector=app.sector,
                    identifier_text=app.identifier_text,
                    kb_id=app.kb_id,
                    resolution="appos",
                    evidence=[*app.evidence, f"appos:{child.text}"],
                )
    return None


def _demonym_head(hits: list[Hit], tok: Token) -> bool:
    """Whether the phrase's head names a people ("Albanians"), whom a place can follow."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(h.start <= tok.i < h.end and any(f.role == "demonym" for f in h.forms) for h in hits)


def _people_of_place(tok: Token, ctx: DocContext, entity: Entity) -> Entity:
    """A people named with where they live belongs there: "Albanians of southern Serbia" → SRB."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "in", "from"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            place = _known_entity(pobj, ctx)
            if place is not None and place.code and place.code != entity.code and place.sector is None:
                _, _, end = _display(tok.doc, tok.i, pobj.right_edge.i + 1)
                return entity.with_(
                    code=place.code,
                    sector="CVL",
                    identifier_text=place.identifier_text,
                    kb_id=place.kb_id,
                    entity_text=tok.doc.text[entity.start : end],
                    end=end,
                    evidence=[*entity.evidence, *place.evidence, f"lives-in:{pobj.text}"],
                )
    return entity


def _misspelt_person(tok: Token, ctx: DocContext, phrase: Phrase) -> Entity | None:
    """A personal name one letter away from a known person's ("Bouteflicka")."""
    doc = tok.doc
    ent_start, ent_end = _ent_bounds(tok)
    name = doc[ent_start:ent_end].text
    entry_id = ctx.kb.misspelt_person(name)
    if entry_id is None:
        return None
    text, s_char, e_char = _display(doc, phrase.start, phrase.end)
    res = ctx.kb.resolve(entry_id, ctx.date)
    return Entity.from_resolution(res, text, s_char, e_char, evidence=[entry_id, f"misspelt:{name}"])


PARTITIVES = {
    "part",
    "series",
    "score",
    "thousand",
    "hundred",
    "dozen",
    "ten",
    "million",
    "number",
    "some",
    "many",
    "most",
    "all",
    "one",
    "two",
    "three",
    "several",
    "group",
    "member",
    "majority",
    "rest",
    "unit",
    "contingent",
    "detachment",
    "batch",
    "section",
    "faction",
    "wing",
    "remnant",
}


def _partitive_inner(tok: Token) -> Token | None:
    """The noun inside "N of X" when N only counts or divides X."""
    if tok.lemma_.lower() not in PARTITIVES and not tok.like_num:
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
                return pobj
    return None


@dataclass
class Phrase:
    """A noun phrase being composed: its tokens, head and telling modifiers."""

    start: int
    end: int
    head: int
    former: bool = False  # "former president", "ex-minister"
    ethnic: bool = False  # "ethnic Albanians" are not Albania
    named_person: bool = False  # a personal name the knowledge base may not know
    agentive: bool = True  # the phrase acts (a subject, a possessor, a by-agent)


def _agentive(tok: Token) -> bool:
    """Whether a phrase is in a position where it acts: "Moscow said" (the government) and not
    "flew to Moscow" (the city)."""
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass", "csubj", "poss", "ROOT"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from", "according"}


PRIORITY = ("person", "organisation", "institution", "country", "subnational", "region", "ambiguous")
# Offices with one holder at a time: "the Iranian president" can name a person.
SINGLE_OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "vice_president",
    "deputy_head_of_government",
    "interior_minister",
    "finance_minister",
    "speaker",
    "military_chief",
    "intelligence_chief",
    "central_bank_governor",
    "opposition_leader",
}


def _kind(ctx: DocContext, hit: Hit) -> str:
    return ctx.kb.entries[hit.forms[0].entry_id].kind


def _inside_longer_name(doc: Doc, hit: Hit, head: Token) -> bool:
    """A country name inside a longer personal name ("Jordan Henderson") is not a country."""
    tok = doc[hit.start]
    if tok.ent_type_ != "PERSON":
        return False
    ent_start, ent_end = _ent_bounds(tok)
    return (ent_end - ent_start) > (hit.end - hit.start)


def _compose(ctx: DocContext, hits: list[Hit], phrase: Phrase) -> Entity | None:
    """One entity from the knowledge-base hits of a phrase; the hit at the head decides."""
    if not hits:
        return None
    text, s_char, e_char = _display(ctx.doc, phrase.start, phrase.end)
    meanings = [(hit, _entries(ctx, hit)) for hit in hits]
    readings = [(hit, entry) for hit, entries in meanings for entry, _ in entries]
    roles = {entry.id: role for _, entries in meanings for entry, role in entries}
    terms = [e for _, e in readings if e.kind == "sector"]
    term = terms[-1] if terms else None
    evidence = [e.id for _, e in readings]
    named = [(h, e) for h, e in readings if e.kind != "sector"]
    at_head = [(h, e) for h, e in named if h.start <= phrase.head < h.end]
    ranked = sorted(named, key=lambda r: PRIORITY.index(r[1].kind) if r[1].kind in PRIORITY else 99)
    if not (at_head or ranked):
        return _sector_only(ctx, term, text, s_char, e_char, phrase, evidence) if term else None
    _, entry = (at_head or ranked)[0]

    def entity(res: Resolution, sector: str | None = None, **changes: object) -> Entity:
        ent = Entity.from_resolution(res, text, s_char, e_char, sector=sector, evidence=evidence)
        return ent.with_(**changes) if changes else ent

    kind = entry.kind
    if kind == "ambiguous":
        return Entity(
            None,
            term.sector if term else None,
            text,
            start=s_char,
            end=e_char,
            resolution="ambiguous",
            evidence=[*evidence, f"ambiguous:{entry.name}"],
        )
    if kind == "region":  # "Latin America" is not an actor
        return Entity(
            None,
            None,
            text,
            start=s_char,
            end=e_char,
            resolution="unresolved",
            evidence=[*evidence, f"region:{entry.name}"],
        )
    if kind == "person":
        ent = entity(ctx.kb.resolve(entry.id, ctx.date))
        if phrase.former and ctx.date is None:
            ent.sector = "ELI"
        return ent
    res = _resolve_entry(ctx, entry)
    if kind == "organisation":
        return entity(res, term.sector if term and entry.sector is None else None)
    if kind == "institution" and entry.id.startswith("capital:") and not phrase.agentive and not term:
        return entity(res).with_(sector=None)  # a capital as a place, not its government
    if kind == "institution":
        owner = next((e for _, e in readings if e.kind == "country" and e.code and e.code != res.code), None)
        if owner is not None:  # "Peru's Congress": a generic name belongs to the country named with it
            return entity(_resolve_entry(ctx, owner), (term.sector if term else None) or entry.sector)
        return entity(res, term.sector if term else None)
    if phrase.ethnic and kind == "country":  # an ethnic group, wherever it lives
        return Entity(
            None,
            "CVL",
            text,
            start=s_char,
            end=e_char,
            resolution="unresolved",
            evidence=[*evidence, f"ethnic:{entry.name}"],
        )
    sector = term.sector if term else ("CVL" if roles.get(entry.id) == "demonym" else None)
    if phrase.former and sector == "GOV":
        sector = "ELI"
    if term and term.office and not phrase.former and not phrase.named_person:
        holder = _holder(ctx, res.code, term.office, text, s_char, e_char, evidence, term.name)
        if holder is not None:
            return holder
    return entity(res, sector)


def _holder(
    ctx: DocContext,
    code: str | None,
    office: str,
    text: str,
    s: int,
    e: int,
    evidence: list[str],
    title: str | None = None,
) -> Entity | None:
    """Whoever held an office on the event date ("the Russian president"; dated text only)."""
    if not code or ctx.date is None or office not in SINGLE_OFFICES:
        return None
    person = ctx.kb.office_holder(code, office, ctx.date, title)
    if person is None:
        return None
    res = ctx.kb.resolve(f"person:{person.id}", ctx.date)
    return Entity.from_resolution(res, text, s, e, evidence=[*evidence, f"office:{office}"])


def _sector_only(
    ctx: DocContext, term: Entry, text: str, s: int, e: int, phrase: Phrase, evidence: list[str]
) -> Entity:
    """A sector word ("protesters", "the president") that takes its country from the document."""
    sector = "ELI" if phrase.former and term.sector == "GOV" else term.sector
    code = None if phrase.named_person else ctx.main_country
    if code and term.office and not phrase.former:
        holder = _holder(ctx, code, term.office, text, s, e, [*evidence, "context:main-country"], term.name)
        if holder is not None:
            holder.resolution = "context"
            return holder
    if code:
        return Entity(
            code,
            sector,
            text,
            identifier_text=ctx.kb.country_name(code),
            start=s,
            end=e,
            resolution="context",
            evidence=[*evidence, f"context:main-country={code}"],
        )
    return Entity(
        None,
        sector,
        text,
        start=s,
        end=e,
        resolution="unresolved",
        evidence=evidence,
        ner_label="PERSON" if phrase.named_person else None,
    )


def _phrase_in(ctx: DocContext, cue: str) -> bool:
    return " " in cue and cue.lower() in ctx.text_lower


def _of_phrase(tok: Token, ctx: DocContext) -> tuple[list[Hit], int] | None:
    """Hits in an ``of``/``in`` phrase after a sector head: "the president of Armenia"."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in OF_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    s, e = np_bounds(pobj)
                    hits = [h for h in _hits_in(tok.doc, s, e) if _kind(ctx, h) != "sector"]
                    if hits:
                        return hits, e
    return None


def _widen(tok: Token, inner: Token, found: Entity) -> Entity:
    """The entity of "N of X" is X's, with the text from N: "thousands of Tamil refugees"."""
    _, s_char, _ = _display(tok.doc, np_bounds(tok)[0], inner.i + 1)
    return found.with_(entity_text=tok.doc.text[s_char : found.end], start=s_char)


def _unknown_phrase(tok: Token, generic: bool) -> Entity | None:
    """A phrase the knowledge base does not know: a named entity, or (``generic``) any noun."""
    inner = _partitive_inner(tok)
    if inner is not None:
        found = _unknown(inner, *np_bounds(inner), generic)
        if found is not None:
            return _widen(tok, inner, found)
    return _unknown(tok, *np_bounds(tok), generic)


def _unknown(tok: Token, start: int, end: int, generic: bool) -> Entity | None:
    doc = tok.doc
    text, s, e = _display(doc, start, end)
    if tok.ent_type_ in ACTOR_NER:
        return Entity(None, None, text, start=s, end=e, resolution="ner", ner_label=tok.ent_type_)
    if generic and tok.pos_ in {"NOUN", "PROPN"}:
        return Entity(None, None, text, start=s, end=e, resolution="unresolved")
    return None


def span_entity(span: Span, ctx: DocContext) -> Entity | None:
    """The entity for an arbitrary span (its syntactic root)."""
    return entity_for(span.root, ctx)
