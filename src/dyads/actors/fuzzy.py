"""Misspelt personal names: "Mitterand" for Mitterrand, "Bouteflicka" for Bouteflika.

A name the knowledge base does not know is matched to a known person when its surname is
one edit (a letter added, dropped, changed or two swapped) from that person's surname, the
surname is long enough for one edit to be telling (six letters, or eight when the text gives
no other name), the other words of the name agree, and exactly one person fits. Accents do
not count as differences.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

MIN_SURNAME = 6
MIN_BARE_SURNAME = 8  # a surname alone: "Martins" is not Martin, "Mitterand" is Mitterrand


def fold(word: str) -> str:
    """Lower case without accents: "François" → "francois"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def within_one_edit(a: str, b: str) -> bool:
    """Whether two words differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 or swapped
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


class NameIndex:
    """Known personal names by the one-letter deletions of their surname."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._by_key: dict[str, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
        for entry_id, name in names:
            words = tuple(fold(w) for w in name.replace("-", " ").split())
            if words and len(words[-1]) >= MIN_SURNAME:
                for key in _deletions(words[-1]):
                    self._by_key[key].add((entry_id, words))

    def match(self, name: str) -> str | None:
        """The one known person a misspelt name can be, or None."""
        words = [fold(w) for w in name.replace("-", " ").split()]
        if not words or len(words[-1]) < MIN_SURNAME:
            return None
        surname, given = words[-1], words[:-1]
        if not given and len(surname) < MIN_BARE_SURNAME:
            return None
        found = {
            entry_id
            for key in _deletions(surname)
            for entry_id, known in self._by_key.get(key, ())
            if within_one_edit(surname, known[-1]) and _given_agree(given, known[:-1])
        }
        return found.pop() if len(found) == 1 else None


def _given_agree(given: list[str], known: tuple[str, ...]) -> bool:
    """Every given name or initial of the text is among the known person's other names."""
    return all(any(k == g or (len(g) <= 2 and k.startswith(g.rstrip("."))) for k in known) for g in given)
