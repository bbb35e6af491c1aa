"""Actor codes as analysis arguments: upper-cased, checked, named."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from dyads.data import data_path
from dyads.errors import DyadsError

if TYPE_CHECKING:
    from dyads.store import Store

CODE = re.compile(r"^[A-Z]{3}$")
# PLOVER manual, table 5.1: the international non-state entities of the country field.
NON_STATE_NAMES = {
    "IGO": "International Governmental Organization",
    "UNO": "United Nations",
    "EUR": "European Union",
    "NGO": "Non-governmental Organization",
    "ISM": "International Social Movement",
    "IMG": "Transnational Militarized Group",
    "MNC": "Multi-national Corporation",
}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Code → name of every country in the shipped knowledge base."""
    with open(data_path("actors", "countries.yaml"), encoding="utf-8") as f:
        data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {c["code"]: c["name"] for c in data.get("countries") or []}


def actor_code(store: Store, code: str) -> str:
    """The code upper-cased; a one-line error if it is neither in the store nor a known PLOVER code."""
    upper = code.strip().upper()
    if CODE.match(upper) and (upper in store.codes() or upper in NON_STATE_NAMES or upper in country_names()):
        return upper
    raise DyadsError(f"unknown actor code {code!r}: use a PLOVER code such as ISR, RUS, USA or IGO")


def actor_name(code: str) -> str:
    """A readable name for a code ("Israel"); the code itself if there is none."""
    return country_names().get(code) or NON_STATE_NAMES.get(code, code)
