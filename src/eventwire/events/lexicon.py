"""The event lexicon: which verbs and nouns signal which PLOVER category, with their argument slots.

Read from ``data/lexicon/events.json`` (its ``_doc`` key describes the format). Plain data, no spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.models import CATEGORIES


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a verb or noun (with its required particle, object or modifier) and what it codes."""

    lemma: str
    pos: str  # VERB | NOUN
    type: str
    mode: str | None
    cameo: str | None
    target: tuple[str, ...]
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    #: objects with which the word is no event ("meet a deadline", "shoot a film")
    not_objects: frozenset[str] = frozenset()
    #: causes with which the verb is no event: "an earthquake killed 1,000 people", "killed in a car accident"
    not_subjects: frozenset[str] = frozenset()
    #: a casualty verb: "were killed in clashes" reports the toll of the clashes, not an attack of its own
    toll: bool = False
    #: the actor must be political: "more Malaysians visit Singapore" is tourism, not a visit (CONSULT)
    political_source: bool = False
    modifiers: frozenset[str] = frozenset()
    #: lemmas one of which must be the verb's subject, what moves: "peacekeepers arrived", "weapons arrived"
    subjects: frozenset[str] = frozenset()
    #: prepositions naming the place entered, whose country is the actor (the host) when no one else is named:
    #: "observers were allowed back into Zimbabwe"
    host: tuple[str, ...] = ()
    reverse: bool = False
    blame: bool = False  # the reporter accuses the clause's subject ("X said Y contributed to tensions")
    weight: float = 1.0
    #: no event without a named recipient ("receive" a delegation, not "receive" a fee)
    requires_target: bool = False
    #: no event when the verb only introduces a clause ("agreed that Europe was the only option")
    not_with_clause: bool = False
    #: no event when the verb takes an object or a clause ("demonstrated its resolve", "demonstrated that")
    intransitive: bool = False
    #: objects of a preposition on the verb with which it is no event: "agreed on the importance of dialogue"
    not_prep_objects: tuple[tuple[str, frozenset[str]], ...] = ()
    #: prepositions that, as the verb's only complements, make it no event: "I agree with the general"
    not_only_preps: frozenset[str] = frozenset()
    #: adverbs or particles with which the verb is no event: soldiers who "march away" do not protest
    not_particles: frozenset[str] = frozenset()
    #: a noun that is an event only when a verb carries it or says it happened: "observed the ceasefire", "the
    #: truce held", not "the ceasefire between X and Y"
    needs_carrier: bool = False
    #: a statement anyone can make: "citizens express support for the protests" is SUPPORT though no state acts
    any_actor: bool = False
    #: agreeing to do it is doing it: "agreed to forgive the debt" is the forgiveness (AID), not a promise
    agreement_is_act: bool = False
    #: a threat only when what it governs is forceful: "raised the prospect of sanctions", not "… of talks"
    needs_force: bool = False
    #: another coding when the recipient is an international body: leaving a bloc is SANCTION, not RETREAT
    if_organization: tuple[str, str | None, str | None] | None = None
    #: another coding when every actor is a civilian group: teachers who strike walk out, they do not attack
    if_civilian: tuple[str, str | None, str | None] | None = None
    #: another coding when the verb's infinitive complement is one of these lemmas: "ordered troops to withdraw"
    if_complement: tuple[frozenset[str], tuple[str, str | None, str | None]] | None = None

    @property
    def specificity(self) -> int:
        return (2 if self.objects or self.modifiers or self.subjects else 0) + (1 if self.particle else 0)


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    #: the PLOVER THREATEN mode naming what is threatened: "ASSAULT" or "COERCE:arrest" → "violence", "arrest"
    threat_modes: dict[str, str] = field(default_factory=dict)

    def threat_mode(self, content: Trigger) -> str | None:
        """The THREATEN mode for a threat whose content is ``content`` ("threatened to arrest" → arrest): looked
        up by category and CAMEO code, then category and mode, then category alone."""
        return (
            self.threat_modes.get(f"{content.type}:{content.cameo}")
            or self.threat_modes.get(f"{content.type}:{content.mode}")
            or self.threat_modes.get(content.type)
        )

    def verb_entries(self, lemma: str) -> tuple[Trigger, ...]:
        return self.verbs.get(lemma, ())

    def noun_entries(self, lemma: str) -> tuple[Trigger, ...]:
        return self.nouns.get(lemma, ())


def _trigger(item: dict, pos: str, origin: str, *, blame: bool = False) -> Trigger:
    try:
        lemma = item["lemma"].strip().lower()
        kind = item["type"]
    except (KeyError, AttributeError) as exc:
        raise DataFileError(origin, f"entry without lemma/type: {item!r}") from exc
    if kind not in CATEGORIES:
        raise DataFileError(origin, f"entry {lemma!r}: unknown category {kind!r}")
    return Trigger(
        lemma=lemma,
        pos=pos,
        type=kind,
        mode=item.get("mode") or None,
        cameo=item.get("cameo") or None,
        target=tuple(item.get("target") or ()),
        particle=(item.get("particle") or None),
        objects=frozenset(o.lower() for o in item.get("object") or ()),
        not_objects=frozenset(o.lower() for o in item.get("not_object") or ()),
        not_subjects=frozenset(o.lower() for o in item.get("not_subject") or ()),
        toll=bool(item.get("toll", False)),
        political_source=bool(item.get("political_source", False)),
        modifiers=frozenset(m.lower() for m in item.get("modifiers") or ()),
        subjects=frozenset(m.lower() for m in item.get("subject") or ()),
        host=tuple(p.lower() for p in item.get("host") or ()),
        reverse=bool(item.get("reverse", False)),
        blame=blame or bool(item.get("blame", False)),
        weight=float(item.get("weight", 1.0)),
        if_organization=_alternative(item.get("if_organization"), lemma, origin),
        if_civilian=_alternative(item.get("if_civilian"), lemma, origin, "if_civilian"),
        if_complement=_complement_alternative(item.get("if_complement"), lemma, origin),
        requires_target=bool(item.get("requires_target", False)),
        not_with_clause=bool(item.get("not_with_clause", False)),
        intransitive=bool(item.get("intransitive", False)),
        not_prep_objects=tuple(
            (prep.lower(), frozenset(w.lower() for w in words))
            for prep, words in (item.get("not_prep_object") or {}).items()
        ),
        not_only_preps=frozenset(w.lower() for w in item.get("not_only_prep") or ()),
        not_particles=frozenset(w.lower() for w in item.get("not_particle") or ()),
        needs_carrier=bool(item.get("needs_carrier", False)),
        agreement_is_act=bool(item.get("agreement_is_act", False)),
        needs_force=bool(item.get("needs_force", False)),
        any_actor=bool(item.get("any_actor", False)),
    )


def _alternative(
    item: dict | None, lemma: str, origin: str, key: str = "if_organization"
) -> tuple[str, str | None, str | None] | None:
    if item is None:
        return None
    if item.get("type") not in CATEGORIES:
        raise DataFileError(origin, f"entry {lemma!r}: {key} needs a known category")
    return item["type"], item.get("mode"), item.get("cameo")


def _complement_alternative(
    item: dict | None, lemma: str, origin: str
) -> tuple[frozenset[str], tuple[str, str | None, str | None]] | None:
    if item is None:
        return None
    coding = _alternative(item, lemma, origin, "if_complement")
    if not item.get("lemmas") or coding is None:
        raise DataFileError(origin, f"entry {lemma!r}: if_complement needs 'lemmas'")
    return frozenset(w.lower() for w in item["lemmas"]), coding


def build_lexicon(documents: Iterable[tuple[str, dict]]) -> Lexicon:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    threat_modes: dict[str, str] = {}
    for origin, data in documents:
        if not isinstance(data, dict):
            raise DataFileError(origin, "expected a JSON object with 'verbs' and 'nouns'")
        threat_modes.update(_threat_modes(data.get("threat_modes") or {}, origin))
        for item in data.get("verbs", ()):
            trig = _trigger(item, "VERB", origin)
            verbs.setdefault(trig.lemma, []).append(trig)
        for item in data.get("blame", ()):
            trig = _trigger(item, "VERB", origin, blame=True)
            verbs.setdefault(trig.lemma, []).append(trig)
        for item in data.get("nouns", ()):
            trig = _trigger(item, "NOUN", origin)
            nouns.setdefault(trig.lemma, []).append(trig)

    def freeze(index: dict[str, list[Trigger]]) -> dict[str, tuple[Trigger, ...]]:
        return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in index.items()}

    return Lexicon(freeze(verbs), freeze(nouns), threat_modes)


def _threat_modes(data: object, origin: str) -> dict[str, str]:
    if not isinstance(data, dict):
        raise DataFileError(origin, "'threat_modes' must map 'TYPE', 'TYPE:mode' or 'TYPE:cameo' to a THREATEN mode")
    for key, mode in data.items():
        if key.startswith("_"):
            continue
        if key.split(":")[0] not in CATEGORIES or not isinstance(mode, str):
            raise DataFileError(
                origin, f"threat_modes: {key!r} is not 'TYPE', 'TYPE:mode' or 'TYPE:cameo' with a mode name"
            )
    return {k: v for k, v in data.items() if not k.startswith("_")}


def read_data(name: str) -> dict:
    """A JSON file from the package's ``data/lexicon`` folder."""
    resource = resources.files("eventwire") / "data" / "lexicon" / name
    try:
        return json.loads(resource.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataFileError(f"eventwire/data/lexicon/{name}", "missing from the package") from exc
    except json.JSONDecodeError as exc:
        raise DataFileError(f"eventwire/data/lexicon/{name}", f"not valid JSON: {exc}") from exc


@cache
def _grammar() -> dict:
    return read_data("grammar.json")


def word_class(name: str) -> frozenset[str]:
    """A class of lemmas the parse rules use, from ``data/lexicon/grammar.json`` ("light_verbs": "held talks")."""
    words = _grammar().get(name)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataFileError("eventwire/data/lexicon/grammar.json", f"{name!r} must be a list of lemmas")
    return frozenset(words)


def word_map(name: str) -> dict[str, str]:
    """A mapping of lemmas from ``data/lexicon/grammar.json`` ("outcome_verbs": "result" → "in")."""
    words = _grammar().get(name)
    if not isinstance(words, dict) or not all(isinstance(v, str) for v in words.values()):
        raise DataFileError("eventwire/data/lexicon/grammar.json", f"{name!r} must map lemmas to words")
    return dict(words)


@cache
def role_words(name: str) -> frozenset[str]:
    """A list of lemmas from ``data/lexicon/roles.json`` ("crowds": protesters, rioters, …)."""
    words = read_data("roles.json").get(name)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataFileError("eventwire/data/lexicon/roles.json", f"{name!r} must be a list of lemmas")
    return frozenset(words)


LEXICON_FILES = ("events.json", "blame.json")


@cache
def load_lexicon(extra_files: tuple[Path, ...] = ()) -> Lexicon:
    docs = [(f"eventwire/data/lexicon/{name}", read_data(name)) for name in LEXICON_FILES]
    for path in extra_files:
        try:
            docs.append((str(path), json.loads(Path(path).read_text(encoding="utf-8"))))
        except (OSError, json.JSONDecodeError) as exc:
            raise DataFileError(str(path), f"cannot read lexicon file: {exc}") from exc
    return build_lexicon(docs)
