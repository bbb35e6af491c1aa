"""The event classifier: a regularised linear model over named features, on CPU.

It decides each candidate's PLOVER category (or ``NONE``) from the lexicon's
proposal and the sentence features; because the model is linear, every decision can
be explained by the features with the largest weights. Saved as a folder with
``model.joblib`` and ``meta.json``.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from dyads.errors import ModelNotFound

NONE = "NONE"


@dataclass
class EventModel:
    vectorizer: DictVectorizer
    classifier: LogisticRegression
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def labels(self) -> list[str]:
        if not hasattr(self, "_labels"):
            self._labels = [str(c) for c in self.classifier.classes_]
        return self._labels

    def predict_proba(self, features: list[dict[str, float]]) -> np.ndarray:
        if not features:
            return np.zeros((0, len(self.labels)))
        return self.classifier.predict_proba(self.matrix(features))

    def matrix(self, features: list[dict[str, float]]) -> csr_matrix:
        """The rows of ``features`` in the model's feature space (what ``DictVectorizer.transform``
        gives for numeric values, without its per-value checks: this runs for every document)."""
        vocab = self.vectorizer.vocabulary_
        indices: list[int] = []
        data: list[float] = []
        indptr = [0]
        for row in features:
            for name, value in row.items():
                if isinstance(value, str):
                    name, value = f"{name}={value}", 1.0
                j = vocab.get(name)
                if j is not None:
                    indices.append(j)
                    data.append(value)
            indptr.append(len(indices))
        shape = (len(features), len(vocab))
        return csr_matrix((np.asarray(data, np.float32), np.asarray(indices, np.int32), indptr), shape=shape)

    def explain(self, features: dict[str, float], label: str, top: int = 5) -> list[tuple[str, float]]:
        """The features that pushed a candidate towards ``label`` most."""
        idx = self.labels.index(label)
        coef = self.classifier.coef_[idx] if self.classifier.coef_.shape[0] > 1 else self.classifier.coef_[0]
        vocab = self.vectorizer.vocabulary_
        scored = [(name, float(value * coef[vocab[name]])) for name, value in features.items() if name in vocab]
        scored.sort(key=lambda x: -x[1])
        return [(n, round(w, 3)) for n, w in scored[:top] if w > 0]

    def save(self, path: str | Path) -> None:
        """Write the model; each file appears whole (written aside, then renamed), ``model.joblib``
        last, so another process that finds it can load it while this one is still saving."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        tmp = f".{os.getpid()}.tmp"
        meta = {k: v for k, v in self.meta.items() if k != "path"}
        (path / f"meta.json{tmp}").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
        os.replace(path / f"meta.json{tmp}", path / "meta.json")
        parts = {"vectorizer": self.vectorizer, "classifier": self.classifier}
        joblib.dump(parts, path / f"model.joblib{tmp}", compress=3)
        os.replace(path / f"model.joblib{tmp}", path / "model.joblib")

    @classmethod
    def load(cls, path: str | Path) -> EventModel:
        path = Path(path)
        if not (path / "model.joblib").exists():
            raise ModelNotFound(f"{path}: no event model here (expected model.joblib from `dyads train`)")
        parts = joblib.load(path / "model.joblib")
        meta = json.loads((path / "meta.json").read_text()) if (path / "meta.json").exists() else {}
        meta["path"] = str(path.resolve())
        return cls(parts["vectorizer"], parts["classifier"], meta)


def best_event(labels: list[str], row: Any) -> tuple[str | None, float]:
    """The most probable event category of a candidate (never NONE) and its probability.

    Emitted when the probability reaches ``min_confidence``, even if "no event" is more
    probable: the record's confidence says how sure the model is."""
    best, p = None, 0.0
    for label, value in zip(labels, row, strict=True):
        if label != NONE and value > p:
            best, p = label, float(value)
    return best, p


def fit(
    features: list[dict[str, float]], labels: list[str], c: float = 0.5, meta: dict[str, Any] | None = None
) -> EventModel:
    """Fit the classifier; deterministic for the same examples."""
    start = time.time()
    vectorizer = DictVectorizer(dtype=np.float32, sort=True)
    x = vectorizer.fit_transform(features)
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    classifier.fit(x, labels)
    classifier.coef_ = classifier.coef_.astype(np.float32)
    info = dict(meta or {})
    info.update(
        {
            "examples": len(labels),
            "features": len(vectorizer.vocabulary_),
            "labels": sorted(set(labels)),
            "c": c,
            "fit_seconds": round(time.time() - start, 1),
        }
    )
    return EventModel(vectorizer, classifier, info)
