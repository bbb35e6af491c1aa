"""PLOVER's auxiliary modes for a trigger: negation, future, hypothetical, historical.

Cues come from ``data/lexicon/modality.yaml``; the rules look at the trigger, the
transparent verbs that govern it ("plans to", "failed to"), their auxiliaries and
negations, conditional clauses, and dates far before the document date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml
from spacy.tokens import Token

from dyads.data import data_path
from dyads.events.triggers import Candidate, reporting_lemmas
from dyads.nlp.syntax import sentence_lower

DEONTIC = {"must", "should", "ought", "need", "require", "have"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass
class Modality:
    negation: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    deontic: bool = False  # "must", "should", "is required to": an obligation, not a fact
    cues: list[str] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return [m for m in ("negation", "future", "hypothetical", "historical") if getattr(self, m)]


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    return yaml.safe_load(data_path("lexicon", "modality.yaml").read_text(encoding="utf-8"))


def _chain(cand: Candidate) -> list[Token]:
    """The trigger and the verbs whose auxiliaries and negations apply to it."""
    chain = [cand.token, *cand.governors]
    tok = cand.token
    if cand.pos == "noun" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"}:
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.pos_ in {"VERB", "AUX"}:
            chain.append(head)
    return chain


def _under_reporting(tok: Token) -> bool:
    reporting, _ = reporting_lemmas()
    return any(anc.lemma_.lower() in reporting for anc in tok.ancestors)


def modality_of(cand: Candidate, doc_date: dt.date | None) -> Modality:
    """Auxiliary modes of a candidate event, with the cue words that set them."""
    c = cues()
    m = Modality()
    neg, fut, hyp = c["negation"], c["future"], c["hypothetical"]
    for tok in _chain(cand):
        lemma = tok.lemma_.lower()
        if tok is not cand.token:
            if lemma in neg["complement_negators"]:
                m.negation = True
                m.cues.append(f"negation:{tok.text}")
            if lemma in fut["governors"]:
                m.future = True
                m.cues.append(f"future:{tok.text}")
            elif lemma in hyp["governors"]:
                m.hypothetical = True
                m.cues.append(f"hypothetical:{tok.text}")
                m.deontic = m.deontic or lemma in DEONTIC
        for child in tok.children:
            low = child.lower_
            clemma = child.lemma_.lower()
            if child.dep_ == "neg" or (child.dep_ in {"det", "advmod"} and low in neg["particles"]):
                m.negation = True
                m.cues.append(f"negation:{child.text}")
            elif child.dep_ in {"aux", "auxpass"}:
                if clemma in fut["auxiliaries"] or low in fut["auxiliaries"]:
                    m.future = True
                    m.cues.append(f"future:{child.text}")
                elif low == "would" or clemma == "would":
                    if _under_reporting(tok):
                        m.future = True
                        m.cues.append(f"future:{child.text}")
                    else:
                        m.hypothetical = True
                        m.cues.append(f"hypothetical:{child.text}")
                elif clemma in hyp["auxiliaries"] or low in hyp["auxiliaries"]:
                    m.hypothetical = True
                    m.cues.append(f"hypothetical:{child.text}")
                    m.deontic = m.deontic or low in DEONTIC
            elif child.dep_ == "mark" and low in hyp["conditionals"]:
                m.hypothetical = True
                m.cues.append(f"hypothetical:{child.text}")
        if tok.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in hyp["conditionals"] for ch in tok.children):
            m.hypothetical = True
    sent = cand.sent or cand.token.sent
    sent_text = sentence_lower(sent)
    if not m.future and any(p in sent_text for p in fut["phrases"]):
        m.future = True
        m.cues.append("future:phrase")
    _historical(cand, doc_date, sent_text, m)
    return m


def _historical(cand: Candidate, doc_date: dt.date | None, sent_text: str, m: Modality) -> None:
    hist = cues()["historical"]
    if any(p in sent_text for p in hist["phrases"]):
        m.historical = True
        m.cues.append("historical:phrase")
        return
    if doc_date is None:
        return
    for tok in cand.token.subtree:
        old = tok.ent_type_ == "DATE" and YEAR.fullmatch(tok.text)
        if old and int(tok.text) <= doc_date.year - int(hist["min_years_before"]):
            m.historical = True
            m.cues.append(f"historical:{tok.text}")
            return
