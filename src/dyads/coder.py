"""`Coder`: news text in, PLOVER event records out.

    >>> from dyads import Coder
    >>> coder = Coder()
    >>> events = coder.code_text("Russia and Israel held talks in Moscow on Sunday.", date="2019-03-05")

The pipeline: spaCy parse and NER → ``actor_ruler`` (knowledge-base names) →
triggers and the lexicon's proposal → roles (actor, recipient, claimed_by) →
auxiliary modes → the learned model decides the category → date, place, record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from dyads import settings
from dyads.actors.coref import may_refer
from dyads.actors.entity import Entity
from dyads.actors.kb import KnowledgeBase, load_kb
from dyads.actors.mentions import DocContext
from dyads.data import data_path
from dyads.events import ontology
from dyads.events.dates import resolve_date
from dyads.events.features import featurize
from dyads.events.lexicon import Lexicon, default_lexicon, read_lexicon
from dyads.events.modality import Modality, modality_of
from dyads.events.model import EventModel, best_event
from dyads.events.places import event_location, event_toponym, local_actors
from dyads.events.record import Event, event_id
from dyads.events.roles import RoleFinder, Roles
from dyads.events.triggers import VERB_POS, Candidate, find_candidates, trigger_context
from dyads.ingest.document import Document, parse_date
from dyads.nlp.pipeline import load_pipeline
from dyads.nlp.syntax import sentence_lemmas, sentence_lower

COOPERATIVE_YIELD = {"CONCEDE", "RETREAT"}


@dataclass
class Analysis:
    """A candidate event with everything the model and the record need."""

    cand: Candidate
    roles: Roles
    modality: Modality
    features: dict[str, float]
    sent: Span
    sent_index: int
    main_country: str | None = None  # the document's, when one country dominates it


@lru_cache(maxsize=1)
def mode_cues() -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(data_path("lexicon", "modes.yaml").read_text(encoding="utf-8"))


class Coder:
    """Codes documents into events; load once, code many (models stay in memory)."""

    def __init__(
        self,
        model: str | Path | EventModel | None = None,
        *,
        spacy_model: str | None = None,
        actors: list[str] | None = None,
        lexicon: list[str] | None = None,
        min_confidence: float | None = None,
    ) -> None:
        self.actor_files = settings.paths("actors", actors)
        self.lexicon_files = settings.paths("lexicon", lexicon)
        self.kb: KnowledgeBase = load_kb(self.actor_files)
        self.lexicon: Lexicon = read_lexicon(self.lexicon_files) if self.lexicon_files else default_lexicon()
        self.spacy_model = spacy_model or settings.get("spacy_model")
        self.nlp = load_pipeline(self.kb, self.spacy_model)
        self.min_confidence = settings.get("min_confidence", min_confidence)
        self._model_spec = model if model is not None else settings.get("model")
        self._model: EventModel | None = model if isinstance(model, EventModel) else None

    # -- model -------------------------------------------------------------
    @property
    def model(self) -> EventModel:
        if self._model is None:
            from dyads.events.learn import resolve_model

            self._model = resolve_model(self._model_spec, self)
        return self._model

    @property
    def versions(self) -> dict[str, str]:
        from dyads import __version__

        return {
            "coder": __version__,
            "kb": self.kb.version,
            "model": str(self.model.meta.get("id", "custom")),
            "spacy_model": self.spacy_model,
        }

    # -- analysis ----------------------------------------------------------
    def parse(self, texts: Iterable[str], batch_size: int | None = None) -> Iterator[Doc]:
        return self.nlp.pipe(texts, batch_size=batch_size or settings.get("batch_size"))

    def analyse(self, doc: Doc, date: dt.date | None) -> list[Analysis]:
        """Every candidate event in a parsed document, with roles, modes and features."""
        ctx = DocContext.build(doc, self.kb, date)
        finder = RoleFinder(ctx)
        out = []
        for i, sent in enumerate(doc.sents):
            if not _worth_coding(sent):
                continue
            for cand in find_candidates(sent, self.lexicon):
                out.append(_analysis(cand, finder, date, sent, i))
        return out

    def analyse_token(self, doc: Doc, tok: Token, date: dt.date | None) -> Analysis:
        """An analysis of an arbitrary token as a trigger (for training on labelled triggers)."""
        finder = RoleFinder(DocContext.build(doc, self.kb, date))
        pos = "verb" if tok.pos_ in VERB_POS else "noun"
        tctx = trigger_context(tok)
        proposal = self.lexicon.propose(tok.lemma_.lower(), pos, tctx)
        fallback = proposal is None or proposal.cameo is None
        cand = Candidate(tok, pos, tctx, None if fallback else proposal, [tok], fallback=fallback, sent=tok.sent)
        index = next(i for i, s in enumerate(doc.sents) if s.start <= tok.i < s.end)
        return _analysis(cand, finder, date, tok.sent, index)

    # -- coding --------------------------------------------------------------
    def code_doc(self, doc: Doc, document: Document, offset: int = 0) -> list[Event]:
        """Events of one parsed document (or of a part of it starting at ``offset``)."""
        analyses = self.analyse(doc, document.date)
        if not analyses:
            return []
        probs = self.model.predict_proba([a.features for a in analyses])
        events: list[Event] = []
        for a, row in zip(analyses, probs, strict=True):
            label, confidence = best_event(self.model.labels, row)
            if label is None or confidence < self.min_confidence:
                continue
            events.append(self._record(a, label, confidence, document, offset))
        return _dedupe(events)

    def code_text(
        self, text: str, date: str | dt.date | None = None, doc_id: str | None = None, title: str | None = None
    ) -> list[Event]:
        """Events in one text."""
        document = Document(text=text, id=doc_id or "", date=parse_date(date), title=title)
        return self.code_doc(self.nlp(text), document)

    def code_documents(
        self, documents: Iterable[Document], batch_size: int | None = None, workers: int | None = None
    ) -> Iterator[tuple[Document, list[Event]]]:
        """(document, events) for each document, in order; memory stays flat."""
        workers = int(settings.get("workers", workers))
        if workers > 1:
            from dyads.parallel import code_in_workers

            yield from code_in_workers(self, documents, workers, batch_size)
            return
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= (batch_size or settings.get("batch_size")):
                yield from self._code_batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._code_batch(batch, batch_size)

    def _code_batch(self, batch: list[Document], batch_size: int | None) -> Iterator[tuple[Document, list[Event]]]:
        limit = int(settings.get("max_doc_chars"))
        parts = [(n, offset, text) for n, d in enumerate(batch) for offset, text in split_text(d.text, limit)]
        events: list[list[Event]] = [[] for _ in batch]
        for (n, offset, _), doc in zip(parts, self.parse((p[2] for p in parts), batch_size), strict=True):
            events[n].extend(self.code_doc(doc, batch[n], offset))
        yield from zip(batch, events, strict=True)

    # -- records -------------------------------------------------------------
    def _record(self, a: Analysis, label: str, confidence: float, document: Document, offset: int = 0) -> Event:
        cand = a.cand
        evidence: dict[str, Any] = {}
        if label == "YIELD":
            label = _split_yield(cand)
            evidence["yield"] = label
        final = ontology.apply_auxiliary(label, a.modality.future, a.modality.negation)
        if final != label:
            evidence["auxiliary"] = f"{label} with {'/'.join(a.modality.flags)} is {final}"
            label = final
        actor, recipient = a.roles.actor, a.roles.recipient
        if _is_reported_demand(a):
            # "Russia said Sudan must return the helicopter": Russia demands it of Sudan.
            if label not in DEMAND_LIKE:
                evidence["demand"] = f"{label} that someone must do is a REQUEST by who says so"
                label = "REQUEST"
            assert a.roles.claimed_by is not None  # _is_reported_demand checked it
            actor, recipient = [a.roles.claimed_by], actor
        cameo = _cameo_for(cand, label)
        info = ontology.cameo_info(cameo)
        category = ontology.categories()[label]
        modes = _modes(label, info, a)
        contexts = [*a.modality.flags, *(c for c in (info.contexts if info else ()) if c)]
        start, end = (x + offset for x in cand.span)
        date = resolve_date(a.sent, cand.token, document.date, a.modality.future)
        used = set(a.roles.actor_tokens) | set(a.roles.recipient_tokens)
        codes = {e.code for e in [*a.roles.actor, *a.roles.recipient] if e.code}
        toponym = event_toponym(a.sent, cand.token, used)
        place = event_location(toponym, codes) if toponym is not None else None
        if category.local:
            actor = local_actors(actor, toponym, place, a.main_country)
        evidence.update(
            {
                "trigger": {
                    "text": cand.text,
                    "start": start,
                    "end": end,
                    "tokens": sorted(t.i - a.sent.start for t in {*cand.parts, cand.token}),
                },
                "rule": cand.proposal.rule if cand.proposal else "fallback:sentence-root",
                "lexicon_cameo": cand.proposal.cameo if cand.proposal else None,
                "modality_cues": a.modality.cues,
                "features": self.model.explain(a.features, _model_label(self.model, label, cand)),
                "model": self.model.meta.get("id", "custom"),
            }
        )
        return Event(
            id=event_id(document.id, start, end),
            doc_id=document.id,
            date=date.date,
            date_info=date.to_dict(),
            actor=_shift(actor, offset),
            recipient=_shift(recipient, offset),
            event=[label],
            mode=modes,
            context=list(dict.fromkeys(contexts)),
            quad_code=category.quad,
            event_scale=category.scale(modes),
            cameo=cameo,
            goldstein=info.goldstein if info else None,
            event_text=cand.text,
            event_loc=place,
            claimed_by=_shift([a.roles.claimed_by], offset)[0] if a.roles.claimed_by else None,
            text=a.sent.text,
            text_info={"start": a.sent.start_char + offset, "end": a.sent.end_char + offset, "sequence": a.sent_index},
            evidence=evidence,
            confidence=round(confidence, 4),
        )


def _analysis(cand: Candidate, finder: RoleFinder, date: dt.date | None, sent: Span, i: int) -> Analysis:
    roles = finder.roles(cand)
    modality = modality_of(cand, date)
    features = featurize(cand, roles, modality)
    return Analysis(cand, roles, modality, features, sent, i, finder.ctx.main_country)


DEMAND_LIKE = {"REQUEST", "THREATEN", "ACCUSE", "REJECT"}


def _is_reported_demand(a: Analysis) -> bool:
    """Someone reports that another party must or should act."""
    claimant = a.roles.claimed_by
    if claimant is None or not a.modality.deontic or a.modality.negation:
        return False
    return all(
        (e.kb_id or e.entity_text, e.code) != (claimant.kb_id or claimant.entity_text, claimant.code)
        for e in a.roles.actor
    )


def _shift(entities: list[Entity], offset: int) -> list[Entity]:
    if not offset:
        return entities
    return [e.with_(start=e.start + offset, end=e.end + offset) for e in entities]


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Parts of a long text, cut at paragraph (else line, else space) boundaries, with offsets."""
    if len(text) <= limit:
        return [(0, text)]
    parts = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        parts.append((start, text[start:end]))
        start = end
    return parts


ACTOR_NER = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"}
CONTENT_POS = {"VERB", "NOUN", "AUX"}


def _worth_coding(sent: Span) -> bool:
    """Skip fragments and sentences that name no possible actor (no event can have one)."""
    if len(sent) < 3:
        return False
    hit_at = sent.doc._.kb_hit_at
    has_verb = False
    has_actor = False
    for t in sent:
        has_verb = has_verb or t.pos_ in CONTENT_POS
        has_actor = has_actor or hit_at[t.i] >= 0 or t.ent_type_ in ACTOR_NER or may_refer(t)
        if has_verb and has_actor:
            return True
    return False


def _model_label(model: EventModel, label: str, cand: Candidate) -> str:
    if label in model.labels:
        return label
    return "YIELD" if "YIELD" in model.labels else model.labels[0]


def _split_yield(cand: Candidate) -> str:
    """PLV-style YIELD: the lexicon says whether the concession is verbal or material."""
    info = ontology.cameo_info(cand.proposal.cameo if cand.proposal else None)
    if info and info.event in COOPERATIVE_YIELD:
        return info.event
    return "RETREAT"


def _cameo_for(cand: Candidate, label: str) -> str:
    """The lexicon's CAMEO code when it agrees with the category, else the category's root code."""
    if cand.proposal and cand.proposal.cameo:
        info = ontology.cameo_info(cand.proposal.cameo)
        if info and info.event == label:
            return info.code
    return ontology.root_code(label)


def _modes(label: str, info: ontology.CameoCode | None, a: Analysis) -> list[str]:
    valid = ontology.modes_of(label)
    modes = []
    if info and info.event == label and info.mode in valid:
        modes.append(info.mode)
    cues = mode_cues().get(label, {})
    lemmas = sentence_lemmas(a.sent)
    text = sentence_lower(a.sent)
    for mode, words in cues.items():
        if mode in valid and mode not in modes and any((w in lemmas) if " " not in w else (w in text) for w in words):
            modes.append(mode)
            if label in {"CONSULT", "RETREAT", "REQUEST", "REJECT", "ACCUSE", "SANCTION", "COERCE"}:
                break
    return modes


def _dedupe(events: list[Event]) -> list[Event]:
    """One record per (sentence, category, actors, recipients): the most confident."""
    best: dict[tuple, Event] = {}
    for e in events:
        key = (
            e.text_info["start"],
            e.category,
            tuple(a.code or a.entity_text for a in e.actor),
            tuple(r.code or r.entity_text for r in e.recipient),
        )
        if key not in best or e.confidence > best[key].confidence:
            best[key] = e
    return sorted(best.values(), key=lambda e: (e.text_info["start"], e.evidence["trigger"]["start"]))


_default: Coder | None = None


def code_text(text: str, date: str | dt.date | None = None, doc_id: str | None = None) -> list[Event]:
    """Events in one text, with a shared default `Coder`."""
    global _default
    if _default is None:
        _default = Coder()
    return _default.code_text(text, date=date, doc_id=doc_id)
