"""Every shipped data file loads and validates; the data covers what the coder needs."""

from __future__ import annotations

import pytest

from dyads.actors.files import read_kb_file, shipped_kb_files
from dyads.actors.stats import kb_stats, un_members
from dyads.data import data_path
from dyads.events.lexicon import read_lexicon
from dyads.events.ontology import CATEGORIES, cameo_codes, cameo_info, categories
from dyads.events.training import check_consistency, read_labelled


@pytest.mark.parametrize("path", shipped_kb_files(), ids=lambda p: p.name)
def test_every_actor_file_validates(path) -> None:
    read_kb_file(path)


def test_knowledge_base_covers_every_state_and_office() -> None:
    from dyads.actors.files import read_kb

    stats = kb_stats(read_kb())
    assert stats["un_members_missing"] == []
    assert stats["countries"] >= 249
    assert stats["overlapping_terms"] == [] or len(stats["overlapping_terms"]) <= 2
    assert len(stats["head_of_state_gap_days"]) <= 15 and len(stats["head_of_government_gap_days"]) <= 10
    assert stats["countries_with_foreign_ministers"] >= 40
    assert set(stats["countries_without_adjective_or_capital"]) <= {"COG", "DMA"}


def test_un_members_are_193() -> None:
    assert len(un_members()) == 193


def test_ontology_has_all_categories_and_codes() -> None:
    assert set(categories()) == set(CATEGORIES)
    codes = cameo_codes()
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert cameo_info("163").event == "COERCE" and cameo_info("115").event == "ACCUSE"


def test_lexicon_covers_every_root_and_category() -> None:
    lex = read_lexicon()
    entries = [*lex.verbs.values(), *lex.nouns.values()]
    codes = {e.cameo for e in entries if e.cameo} | {p.cameo for e in entries for p in e.patterns if p.cameo}
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert {cameo_info(c).event for c in codes} - {None} == set(CATEGORIES)
    assert len(lex.verbs) >= 1000 and len(lex.nouns) >= 200


def test_training_data_is_consistent_and_large_enough() -> None:
    files = sorted(data_path("training").glob("*.jsonl"))
    sentences = [s for f in files for s in read_labelled(f)]
    assert len(sentences) >= 3000
    problems = [(s.id, p) for s in sentences for p in check_consistency(s)]
    assert problems == []
    labels = {s.label for s in sentences}
    assert labels == {*CATEGORIES, None}
    assert len({s.text for s in sentences}) == len(sentences)
    auxiliary = {m for s in sentences for e in s.events for m in e.auxiliary}
    assert auxiliary == {"negation", "future", "hypothetical", "historical"}
