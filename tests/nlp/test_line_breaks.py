"""Titles and paragraphs end sentences; a wrapped line inside a paragraph does not."""

from __future__ import annotations


def sentences(coder, text: str) -> list[str]:
    return [s.text.strip() for s in coder.nlp(text).sents]


def test_a_headline_is_not_part_of_the_first_sentence(coder) -> None:
    text = "Chile and Peru sign fishing pact\nChile and Peru signed a fishing agreement in Lima on Friday.\n"
    assert sentences(coder, text) == [
        "Chile and Peru sign fishing pact",
        "Chile and Peru signed a fishing agreement in Lima on Friday.",
    ]


def test_a_blank_line_ends_a_paragraph_without_a_full_stop(coder) -> None:
    text = "Talks resume\n\nKenya and Ethiopia resumed border talks\n\nThe talks will last two days."
    assert "Kenya and Ethiopia resumed border talks" in sentences(coder, text)


def test_a_wrapped_line_stays_in_its_sentence(coder) -> None:
    text = (
        "Border talks\n"
        "Kenya and Ethiopia resumed border talks in Nairobi on Monday after\n"
        "a pause of three months, officials said.\n"
    )
    assert (
        "Kenya and Ethiopia resumed border talks in Nairobi on Monday after\na pause of three months, officials said."
        in sentences(coder, text)
    )
    assert coder.code_text(text)[0].text.startswith("Kenya and Ethiopia")
