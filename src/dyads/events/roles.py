"""Who did it to whom: actor and recipient of a trigger, from the dependency parse.

Active subjects and passive ``by`` agents are actors; objects, datives and the
objects of ``with/against/to/on/...`` are recipients. Coordinated noun phrases form
one compound actor list; controlled and conjoined verbs inherit their governor's
subject; relative clauses take the noun they modify; nominal events take their
possessor ("Trump's withdrawal") or a national adjective ("Israeli attacks").
Pronouns go through coreference. Reported speech gives ``claimed_by``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dyads.actors.coref import Coreference
from dyads.actors.entity import Entity
from dyads.actors.mentions import DocContext, entity_for
from dyads.events.triggers import Candidate, reporting_lemmas
from dyads.nlp.syntax import per_sentence

SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
RECIPIENT_PREPS = (
    "with",
    "against",
    "on",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "upon",
    "over",
    "for",
    "from",
    "between",
)
NOMINAL_PREPS = ("against", "on", "to", "with", "toward", "towards", "into", "upon", "of", "from", "between", "in")
OBJECT_DEPS = {"dobj", "obj", "dative", "iobj"}
PREP_DEPS = {"prep", "dative"}  # spaCy labels "to" after a ditransitive verb "dative"
PLACE_PREPS = ("in", "into", "at", "near", "outside")
DIRECTED_PREPS = ("to", "against", "toward", "towards", "with", "on", "into", "from")
OWN_MEANS = {
    "troop",
    "force",
    "soldier",
    "army",
    "unit",
    "personnel",
    "weapon",
    "fighter",
    "ship",
    "warship",
    "jet",
    "aircraft",
    "plane",
    "reservist",
    "police",
    "officer",
    "staff",
    "diplomat",
    "embassy",
}
CLAUSE_LINKS = {"ccomp", "xcomp", "conj", "advcl", "relcl", "acomp", "pcomp", "prep"}
TIME_NER = {"DATE", "TIME"}  # "on Monday" says when, not to whom
INHERIT_DEPS = {"xcomp", "conj", "advcl", "ccomp", "pcomp"}
NON_ACTOR_PRONOUNS = {
    "i",
    "me",
    "we",
    "us",
    "you",
    "this",
    "that",
    "which",
    "what",
    "there",
    "these",
    "those",
    "who",
    "whom",
}


@dataclass
class Roles:
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    claimed_by: Entity | None = None
    actor_tokens: list[int] = field(default_factory=list)
    recipient_tokens: list[int] = field(default_factory=list)


class RoleFinder:
    """Finds roles for the candidates of one document."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.coref = Coreference(ctx)

    # -- entities for a token, with coordination, coreference and relative pronouns
    def entities(self, tok: Token) -> list[Entity]:
        out: list[Entity] = []
        for t in _coordinated(tok):
            out.extend(self._one(t))
        return out

    def phrase_entities(self, tok: Token) -> list[Entity]:
        """The entities of the noun phrase headed by ``tok`` itself (no coordination of heads,
        no pronouns): one, or one per coordinated national modifier."""
        ent = entity_for(tok, self.ctx)
        return [] if ent is None else self._split_modifiers(tok, ent)

    def _one(self, tok: Token) -> list[Entity]:
        if tok.tag_ in {"WP", "WDT"} or tok.lower_ in {"who", "which", "that"}:
            rel = _relative_head(tok)
            return self._one(rel) if rel is not None else []
        if tok.pos_ == "PRON" or tok.lower_ in {"he", "she", "it", "they"}:
            if tok.lower_ in NON_ACTOR_PRONOUNS:
                return []
            return self.coref.resolve(tok)
        pair = self.coref.resolve(tok) if any(c.lower_ in {"two", "both"} for c in tok.children) else []
        return pair or self.phrase_entities(tok)

    def _split_modifiers(self, tok: Token, ent: Entity) -> list[Entity]:
        """One actor per coordinated national modifier: "US and British forces" are two."""
        for child in tok.lefts:
            if child.dep_ not in {"amod", "compound", "nmod"}:
                continue
            group = [child, *(c for c in child.subtree if c.dep_ == "conj")]
            codes = [self._code_of(t) for t in group]
            if len(group) > 1 and all(codes) and len(set(codes)) > 1:
                return [
                    ent.with_(code=code, evidence=[*ent.evidence, f"coordinated:{t.text}"])
                    for t, code in zip(group, codes, strict=True)
                ]
        return [ent]

    def _code_of(self, tok: Token) -> str | None:
        hit = tok.doc._.kb_hit_at[tok.i]
        if hit < 0:
            return None
        for form in tok.doc._.kb_hits[hit].forms:
            entry = self.ctx.kb.entries[form.entry_id]
            if entry.kind == "country":
                return entry.code
        return None

    # -- roles of a candidate
    def roles(self, cand: Candidate) -> Roles:
        roles = self._noun_roles(cand) if cand.pos == "noun" else self._verb_roles(cand)
        roles.claimed_by = self._claimed_by(cand)
        actor_keys = {(e.entity_text, e.code) for e in roles.actor}
        roles.recipient = [e for e in roles.recipient if (e.entity_text, e.code) not in actor_keys]
        return roles

    def _verb_roles(self, cand: Candidate) -> Roles:
        verb = cand.governors[-1] if cand.governors else cand.token
        r = Roles()
        subj, passive_subj, agent = _subject_of(verb)
        if cand.governors:
            _, inner_passive, inner_agent = _subject_of(cand.token)
            passive_subj = passive_subj or inner_passive
            agent = agent or inner_agent
        if agent is not None:
            r.actor, r.actor_tokens = self.entities(agent), [agent.i]
        elif subj is not None and passive_subj is None:
            r.actor, r.actor_tokens = self.entities(subj), [subj.i]
        if passive_subj is not None:
            r.recipient, r.recipient_tokens = self.entities(passive_subj), [passive_subj.i]
            if subj is not None and agent is None and subj is not passive_subj:
                r.actor, r.actor_tokens = self.entities(subj), [subj.i]
        if not r.recipient:
            obj = self._recipient_token(cand.token, cand)
            if obj is not None:
                r.recipient, r.recipient_tokens = self.entities(obj), [obj.i]
        return r

    def _recipient_token(self, verb: Token, cand: Candidate) -> Token | None:
        """The recipient: an actor-like object, then an actor in a prepositional phrase (of the
        trigger, its objects, the verbs it absorbed, then its purpose clauses), then any object,
        then the place where it happened ("imposed a curfew in Cizre")."""
        heads = [verb, *(p for p in cand.parts if p is not verb)]
        purposes = [
            c
            for h in heads
            for c in h.children
            if c.dep_ in {"advcl", "xcomp"} and c.pos_ in {"VERB", "AUX"} and c not in cand.parts
        ]
        for group in (heads, purposes):
            objs = [c for h in group for c in h.children if c.dep_ in OBJECT_DEPS]
            for obj in objs:
                if self._is_actor(obj):
                    return obj
            preps = [_prep_objects(h) for h in [*group, *objs]]
            for prep_word in RECIPIENT_PREPS:
                for found in preps:
                    pobj = found.get(prep_word)
                    if pobj is not None and self._is_actor(pobj):
                        return pobj
        objs = [
            c for h in heads for c in h.children if c.dep_ in OBJECT_DEPS and c not in cand.parts and not _own_means(c)
        ]
        own = [c for h in heads for c in h.children if c.dep_ in OBJECT_DEPS and _own_means(c)]
        preps = [_prep_objects(h) for h in [*heads, *objs, *own]]
        for prep_word in DIRECTED_PREPS:  # "reduced aid to its allies": the direction beats the thing
            for found in preps:
                pobj = found.get(prep_word)
                if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} and pobj.ent_type_ not in TIME_NER:
                    return pobj
        if objs:
            return objs[0]
        for holder in heads:
            for prep_word in PLACE_PREPS:
                pobj = _pobj(holder, prep_word)
                if pobj is not None and pobj.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return pobj
        for head in heads:  # "demanded that the US ease sanctions": who is asked
            for clause in head.children:
                if clause.dep_ == "ccomp":
                    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if subj is not None and self._is_actor(subj):
                        return subj
        return None

    def _is_actor(self, tok: Token) -> bool:
        if tok.pos_ == "PRON":
            return tok.lower_ not in NON_ACTOR_PRONOUNS
        ent = entity_for(tok, self.ctx, generic=False)
        return ent is not None and (
            ent.code is not None or ent.sector is not None or ent.ner_label in {"PERSON", "ORG", "NORP", "GPE"}
        )

    def _noun_roles(self, cand: Candidate) -> Roles:
        noun = cand.token
        r = Roles()
        for child in noun.children:
            if child.dep_ == "poss":
                r.actor, r.actor_tokens = self.entities(child), [child.i]
            elif child.dep_ == "prep" and child.lower_ == "by":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    r.actor, r.actor_tokens = self.entities(pobj), [pobj.i]
        if not r.actor:
            for child in noun.lefts:
                if child.dep_ in {"amod", "compound", "nmod"} and self._is_actor(child):
                    r.actor, r.actor_tokens = self.entities(child), [child.i]
                    break
        if not r.actor and noun.dep_ in {"dobj", "pobj", "attr"}:
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if verb.pos_ in {"VERB", "AUX"}:
                subj, _, agent = _subject_of(verb)
                who = agent or subj
                if who is not None:
                    r.actor, r.actor_tokens = self.entities(who), [who.i]
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
            # "Israeli strikes hit the town", "an airstrike killed a worker": what the verb hits
            obj = next((c for c in noun.head.children if c.dep_ in {"dobj", "obj"}), None)
            if obj is not None:
                r.recipient, r.recipient_tokens = self.entities(obj), [obj.i]
                return r
        for prep_word in NOMINAL_PREPS:
            for child in noun.children:
                if child.dep_ in PREP_DEPS and child.lower_ == prep_word:
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None and self._is_actor(pobj):
                        r.recipient, r.recipient_tokens = self.entities(pobj), [pobj.i]
                        return r
        return r

    def _claimed_by(self, cand: Candidate) -> Entity | None:
        reporting, _ = reporting_lemmas()
        tok = cand.governors[-1] if cand.governors else cand.token
        # "X said (that) ... <event>": walk up through clausal links to a reporting verb.
        node = tok
        while node.dep_ in CLAUSE_LINKS and node.head is not node:
            node = node.head
            if node.lemma_.lower() in reporting:
                subj, _, agent = _subject_of(node)
                who = agent or subj
                if who is not None:
                    found = self.entities(who)
                    return found[0] if found else None
        # "<event>, X said": the reporting verb hangs below the event.
        for child in tok.children:
            if child.dep_ in {"parataxis", "ccomp", "advcl"} and child.lemma_.lower() in reporting:
                subj, _, _ = _subject_of(child)
                if subj is not None:
                    found = self.entities(subj)
                    return found[0] if found else None
        # "according to X"
        pobj = per_sentence(cand.sent or tok.sent, "according", _according_to)
        if pobj is not None:
            found = self.entities(pobj)
            return found[0] if found else None
        return None


def _subject_of(verb: Token) -> tuple[Token | None, Token | None, Token | None]:
    """(active subject, passive subject, by-agent) of a verb, inherited where controlled."""
    subj = passive = agent = None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
            subj = child
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            passive = child
        elif child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
    if subj is None and passive is None:
        if verb.dep_ in {"acl", "relcl"} and _infinitive(verb) and verb.head.pos_ == "NOUN":
            return _purpose_subject(verb.head)
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                passive = verb.head  # "troops deployed by Russia": the noun is the patient
            else:
                subj = verb.head
        elif verb.pos_ == "ADJ" and verb.dep_ in {"acomp", "oprd"} and verb.head.pos_ in {"VERB", "AUX"}:
            return _subject_of(verb.head)  # a governing "ready" in "is ready to contribute"
        elif verb.dep_ in INHERIT_DEPS and verb.head is not verb:
            head = verb.head
            if verb.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
                if objs:  # object control: "urged Iran to release" → Iran releases
                    return objs[0], None, None
            if verb.dep_ == "pcomp" and head.dep_ == "prep":
                head = head.head  # "resorted to throwing stones", "insisted on holding talks"
            if head.pos_ == "ADJ" and head.dep_ in {"acomp", "amod", "xcomp", "oprd"}:
                head = head.head  # "is prepared to impose", "ready to talk", "guilty of violating"
            if head.pos_ in {"VERB", "AUX"}:
                return _subject_of(head)
    return subj, passive, agent


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose_subject(noun: Token) -> tuple[Token | None, Token | None, Token | None]:
    """Who acts in "took steps to ease", "Russia's decision to withdraw": the noun's possessor,
    else the subject of the verb that has the noun as its object."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss, None, None
    if noun.dep_ in {"dobj", "obj", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
        return _subject_of(noun.head)
    return None, None, None


def _own_means(tok: Token) -> bool:
    """The actor's own forces are not the recipient: "withdrew its troops from Gaza"."""
    possessed = any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"} for c in tok.children)
    return tok.lemma_.lower() in OWN_MEANS and (possessed or not tok.ent_type_)


def _pobj(holder: Token, prep_word: str) -> Token | None:
    """The object of a preposition attached to ``holder`` ("with Russia" → Russia)."""
    return _prep_objects(holder).get(prep_word)


def _prep_objects(holder: Token) -> dict[str, Token]:
    """Preposition → its object, for the prepositions attached to a token (first one wins)."""
    doc = holder.doc
    cache = doc.user_data.setdefault("dyads_preps", {})
    found = cache.get(holder.i)
    if found is None:
        found = {}
        for child in holder.children:
            if child.dep_ in PREP_DEPS and child.lower_ not in found:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    found[child.lower_] = pobj
        cache[holder.i] = found
    return found


def _according_to(sent: Span) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            return next((g for g in t.nbor().children if g.dep_ == "pobj"), None)
    return None


def _coordinated(tok: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("Egypt, Jordan and Iraq")."""
    out = [tok]
    for child in tok.children:
        conj = child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON"}
        if conj or (child.dep_ == "appos" and _list_item(tok, child)):
            out.extend(_coordinated(child))
    return out


def _list_item(head: Token, appos: Token) -> bool:
    """Parsers often read "Saudi Arabia, the UAE and Egypt" as an apposition: a list of names is not."""
    has_conj = any(c.dep_ == "conj" for c in appos.children)
    both_places = head.ent_type_ in {"GPE", "NORP"} and appos.ent_type_ in {"GPE", "NORP"}
    return (has_conj and appos.pos_ == "PROPN") or both_places


def _relative_head(tok: Token) -> Token | None:
    verb = tok.head
    if verb.dep_ == "relcl":
        return verb.head
    return None
