"""The gold scorer finds labelled spans whatever the annotators' spacing."""

from __future__ import annotations

from dyads.actors.entity import Entity
from dyads.evaluation.gold import overlaps

TEXT = "Leaders of the Freedom (Azadliq) bloc met envoys in Baku on Friday."


def entity(words: str) -> Entity:
    start = TEXT.index(words)
    return Entity("AZE", "OPP", words, start=start, end=start + len(words))


def test_gold_span_with_extra_spaces_is_found() -> None:
    assert overlaps(TEXT, "Freedom  (Azadliq)  bloc", entity("Freedom (Azadliq) bloc"))


def test_gold_span_with_an_ellipsis_counts_each_piece() -> None:
    assert overlaps(TEXT, "Leaders .. in Baku", entity("Baku"))
    assert overlaps(TEXT, "Leaders ... bloc", entity("bloc"))


def test_no_shared_content_word_is_no_overlap() -> None:
    assert not overlaps(TEXT, "envoys", entity("Freedom (Azadliq) bloc"))
    assert not overlaps(TEXT, "the Kremlin", entity("Baku"))
