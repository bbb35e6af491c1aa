"""The ``line_breaks`` pipeline component: sentence boundaries the layout makes certain.

A headline has no full stop, so the parser runs it into the article's first sentence
("Israel and Russia expand ties Russia and Israel agreed ..."). Before the parser, this
component starts a sentence after the document's first line break (the end of a title
line) and after every blank line (a paragraph break). Single line breaks inside a
paragraph are left to the parser: wrapped text breaks lines mid-sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    first = True
    for tok in doc[:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        if first or "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
            after = tok.i + 2  # else the parser tends to cut after a capitalised first word
            if after < len(doc) and not doc[after].is_space:
                doc[after].is_sent_start = False
        first = False
    return doc
