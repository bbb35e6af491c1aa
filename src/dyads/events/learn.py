"""Training the event model from labelled sentences, and the default model.

Each labelled sentence is parsed and analysed exactly as the coder does at run time;
the candidate at the labelled trigger gets the labelled category, the other
candidates get ``NONE``. Sentences labelled without triggers (PLV, PLOVER gold)
label the candidate whose lexicon proposal agrees with the label, else the one
nearest the root. The default model is trained from ``data/training`` and cached
under ``$DYADS_HOME/models`` keyed by everything it depends on.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.tokens import Doc, Token

from dyads import settings
from dyads.data import data_path
from dyads.events import ontology
from dyads.events.features import FEATURE_VERSION
from dyads.events.model import NONE, EventModel, best_event, fit
from dyads.events.training import LabelledEvent, LabelledSentence, read_labelled
from dyads.ingest.document import parse_date

if TYPE_CHECKING:
    from dyads.coder import Analysis, Coder


@dataclass
class Example:
    sentence_id: str
    features: dict[str, float]
    label: str
    future: bool
    negation: bool
    proposal_event: str | None


def _trigger_tokens(doc: Doc, text: str, trigger: str) -> list[Token]:
    start = text.find(trigger)
    if start < 0:
        return []
    end = start + len(trigger)
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def _tokens(a: Analysis) -> set[int]:
    return {t.i for t in [a.cand.token, *a.cand.parts, *a.cand.governors]}


def _proposal_event(a: Analysis) -> str | None:
    info = ontology.cameo_info(a.cand.proposal.cameo if a.cand.proposal else None)
    return info.event if info else None


def _match(analyses: list[Analysis], doc: Doc, s: LabelledSentence, e: LabelledEvent) -> int | None:
    if e.trigger:
        span = {t.i for t in _trigger_tokens(doc, s.text, e.trigger)}
        hits = [i for i, a in enumerate(analyses) if _tokens(a) & span]
        if hits:
            return min(hits, key=lambda i: analyses[i].cand.fallback)
        return None
    wanted = {"CONCEDE", "RETREAT"} if e.event == "YIELD" else {e.event}
    agree = [i for i, a in enumerate(analyses) if _proposal_event(a) in wanted]
    pool = agree or list(range(len(analyses)))
    if not pool:
        return None
    return min(pool, key=lambda i: len(list(analyses[i].cand.token.ancestors)))


def examples_for(coder: Coder, sentences: Sequence[LabelledSentence]) -> list[Example]:
    """Candidate-level training examples for labelled sentences."""
    out: list[Example] = []
    docs = coder.parse(s.text for s in sentences)
    for s, doc in zip(sentences, docs, strict=True):
        date = parse_date(s.date)
        analyses = coder.analyse(doc, date)
        labels = [NONE] * len(analyses)
        for e in s.events:
            i = _match(analyses, doc, s, e)
            if i is None and e.trigger:
                forced = _forced(coder, doc, s, e, date)
                if forced is not None:
                    analyses.append(forced)
                    labels.append(NONE)
                    i = len(analyses) - 1
            if i is not None:
                labels[i] = e.event
        for a, label in zip(analyses, labels, strict=True):
            out.append(Example(s.id, a.features, label, a.modality.future, a.modality.negation, _proposal_event(a)))
    return out


def _forced(coder: Coder, doc: Doc, s: LabelledSentence, e: LabelledEvent, date: Any) -> Analysis | None:
    """An analysis at a labelled trigger that the candidate finder missed."""
    toks = _trigger_tokens(doc, s.text, e.trigger or "")
    if not toks:
        return None
    span = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in span or t.head is t), toks[0])
    return coder.analyse_token(doc, head, date)


def train(
    coder: Coder,
    files: Iterable[str | Path],
    c: float = 0.5,
    meta: dict[str, Any] | None = None,
    progress: bool = False,
) -> EventModel:
    """Train a model from JSONL files of labelled sentences (any supported shape)."""
    sentences = [s for f in files for s in read_labelled(f)]
    if progress:
        print(f"parsing {len(sentences)} labelled sentences ...", file=sys.stderr)
    examples = examples_for(coder, sentences)
    return fit(
        [x.features for x in examples],
        [x.label for x in examples],
        c=c,
        meta={
            **(meta or {}),
            "sentences": len(sentences),
            "spacy_model": coder.spacy_model,
            "feature_version": FEATURE_VERSION,
        },
    )


def sentence_predictions(examples: list[Example], model: EventModel, min_confidence: float) -> dict[str, str | None]:
    """The most confident emitted category per sentence (as the coder would emit it)."""
    probs = model.predict_proba([x.features for x in examples])
    labels = model.labels
    best: dict[str, tuple[float, str | None]] = {}
    for x, row in zip(examples, probs, strict=True):
        best.setdefault(x.sentence_id, (0.0, None))
        label, p = best_event(labels, row)
        if label is None or p < min_confidence:
            continue
        if label == "YIELD":
            label = x.proposal_event if x.proposal_event in {"CONCEDE", "RETREAT"} else "RETREAT"
        label = ontology.apply_auxiliary(label, x.future, x.negation)
        if p > best[x.sentence_id][0]:
            best[x.sentence_id] = (p, label)
    return {k: v[1] for k, v in best.items()}


def same_category(gold: str | None, predicted: str | None) -> bool:
    if gold == "YIELD":
        return predicted in {"CONCEDE", "RETREAT", "YIELD"}
    return gold == predicted


def cross_validate(
    coder: Coder,
    files: Sequence[str | Path],
    folds: int = 5,
    seed: int = 13,
    base: Sequence[str | Path] | None = None,
    c: float = 0.5,
) -> dict[str, Any]:
    """k-fold accuracy of models trained on ``files`` (plus ``base`` data in every fold)."""
    sentences = [s for f in files for s in read_labelled(f)]
    ids = sorted({s.id for s in sentences})
    random.Random(seed).shuffle(ids)
    fold_of = {sid: i % folds for i, sid in enumerate(ids)}
    gold = {s.id: s.label for s in sentences}
    examples = examples_for(coder, sentences)
    base_examples = examples_for(coder, [s for f in base or [] for s in read_labelled(f)])
    correct = total = 0
    per_fold = []
    for k in range(folds):
        train_x = [x for x in examples if fold_of[x.sentence_id] != k] + base_examples
        test_x = [x for x in examples if fold_of[x.sentence_id] == k]
        model = fit([x.features for x in train_x], [x.label for x in train_x], c=c)
        pred = sentence_predictions(test_x, model, coder.min_confidence)
        ok = sum(same_category(gold[sid], pred.get(sid)) for sid in pred)
        per_fold.append(round(ok / max(1, len(pred)), 4))
        correct += ok
        total += len(pred)
    return {
        "folds": folds,
        "sentences": len(sentences),
        "accuracy": round(correct / max(1, total), 4),
        "per_fold": per_fold,
        "with_base": bool(base),
    }


# -- the default model -----------------------------------------------------------------
def feature_modules() -> list[Any]:
    """The code that turns text into features: a change to it retrains the default model."""
    from dyads.actors import coref, kb, mentions
    from dyads.events import features, lexicon, modality, roles, triggers
    from dyads.nlp import actor_ruler, line_breaks, syntax

    return [coref, kb, mentions, features, lexicon, modality, roles, triggers, actor_ruler, line_breaks, syntax]


def training_files() -> list[Path]:
    return sorted(data_path("training").glob("*.jsonl"))


def default_key(coder: Coder) -> str:
    from dyads import __version__

    h = hashlib.sha1()
    for p in [*training_files(), *sorted(data_path("lexicon").glob("*.yaml"))]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(coder.kb.version.encode())
    h.update(f"{coder.spacy_model}|{FEATURE_VERSION}|{__version__}".encode())
    for module in feature_modules():
        h.update(Path(module.__file__ or "").read_bytes())
    return h.hexdigest()[:12]


def default_model_path(coder: Coder) -> Path:
    return settings.home() / "models" / f"default-{default_key(coder)}"


def build_default(coder: Coder, force: bool = False) -> Path:
    """Train the default model from the shipped training data unless it is cached."""
    path = default_model_path(coder)
    if (path / "model.joblib").exists() and not force:
        return path
    files = training_files()
    print(
        f"dyads: building the default event model from {len(files)} training files "
        f"(once per version; about a minute) ...",
        file=sys.stderr,
    )
    model = train(coder, files, meta={"id": f"default-{default_key(coder)}"})
    model.save(path)
    return path


def resolve_model(spec: str | Path | EventModel, coder: Coder) -> EventModel:
    """A model given as itself, ``"default"`` (built from the shipped data) or a folder."""
    if isinstance(spec, EventModel):
        return spec
    if str(spec) == "default":
        return EventModel.load(build_default(coder))
    return EventModel.load(spec)


def label_distribution(examples: list[Example]) -> dict[str, int]:
    values, counts = np.unique([x.label for x in examples], return_counts=True)
    return {str(v): int(c) for v, c in zip(values, counts, strict=True)}
