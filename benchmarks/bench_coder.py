"""Throughput and memory of the coder against raw spaCy parsing, in one run.

    python benchmarks/bench_coder.py ../shared/corpus/news-2017-2019 [--limit N] [--json]

Both passes use the same spaCy pipeline and batch size over the same documents: the
raw parse (tokenizer, tagger, parser, lemmatizer, NER) and the full coder (parse +
knowledge-base matching + triggers, roles, modes, model, dates, places), alternating
over chunks of ``--chunk`` documents.
Models, the knowledge base and the gazetteer are loaded before timing. Peak memory
is the maximum resident set size of the process.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="Only the first N documents.")
    ap.add_argument("--chunk", type=int, default=64, help="Documents per alternation of the two passes.")
    ap.add_argument("--json", action="store_true", help="Print the result as JSON.")
    args = ap.parse_args()

    from dyads import settings
    from dyads.coder import Coder
    from dyads.events.places import gazetteer
    from dyads.ingest.readers import read_inputs

    docs = [d for d in read_inputs([str(args.corpus)]) if not isinstance(d, Exception)]
    docs = docs[: args.limit] if args.limit else docs
    coder = Coder()
    coder.model  # noqa: B018  (load before timing)
    gazetteer()
    batch = int(settings.get("batch_size"))

    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    list(coder.code_documents(docs[:2], batch_size=batch, workers=1))  # warm-up

    # The two passes alternate over chunks of the corpus, so that a slower minute of a
    # shared machine weighs on both alike.
    raw_seconds = coder_seconds = 0.0
    sentences = events = 0
    for n, lo in enumerate(range(0, len(docs), args.chunk)):
        chunk = docs[lo : lo + args.chunk]
        for which in ("raw", "coder") if n % 2 == 0 else ("coder", "raw"):
            start = time.perf_counter()
            if which == "raw":
                with coder.nlp.select_pipes(disable=["actor_ruler"]):
                    parsed = coder.nlp.pipe((d.text for d in chunk), batch_size=batch)
                    sentences += sum(sum(1 for _ in doc.sents) for doc in parsed)
                raw_seconds += time.perf_counter() - start
            else:
                events += sum(len(evs) for _, evs in coder.code_documents(chunk, batch_size=batch, workers=1))
                coder_seconds += time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "documents": len(docs),
        "sentences": sentences,
        "events": events,
        "raw_spacy_sentences_per_second": round(sentences / raw_seconds, 1),
        "coder_sentences_per_second": round(sentences / coder_seconds, 1),
        "coder_share_of_raw_rate": round(raw_seconds / coder_seconds, 3),
        "raw_seconds": round(raw_seconds, 1),
        "coder_seconds": round(coder_seconds, 1),
        "memory_after_loading_mb": round(loaded_mb),
        "peak_memory_mb": round(peak_mb),
        "python": platform.python_version(),
        "spacy_model": coder.spacy_model,
        "batch_size": batch,
    }
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:<34} {value}")
    if result["coder_share_of_raw_rate"] < 0.85 or peak_mb > 1024:
        print("below target (85% of raw rate, < 1 GB)", file=sys.stderr)


if __name__ == "__main__":
    main()
