"""From triggers to events: arguments, compound actors, factuality, date, place and attribution.

This is where the spaCy objects end: :func:`build_events` returns the project's own frozen dataclasses. Who acts
on whom is found in :mod:`eventwire.events.roles`; which triggers and events are one fact told twice is decided in
:mod:`eventwire.events.doubles`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from eventwire import attribution, factuality
from eventwire.actors.knowledge import NON_STATE
from eventwire.actors.mentions import Mention
from eventwire.events.context import ArticleContext, to_actor
from eventwire.events.doubles import without_doubles, without_partial_repeats
from eventwire.events.roles import (
    MATERIAL,
    POLITICAL_ONLY,
    actor_pairs,
    crowd_violence,
    distinct_pairs,
    is_civilian,
    is_international,
    is_political,
    is_statesman,
    named_actors,
    noun_roles,
    place_mention,
    purpose_targets,
    same_actor,
    verb_roles,
)
from eventwire.events.speech import ANNOUNCING, Coding, demands, intent
from eventwire.events.triggers import LIGHT_VERBS, Match, find_triggers
from eventwire.location import place_of
from eventwire.models import Attribution, Event, Evidence, Location
from eventwire.nlp import sentence
from eventwire.timex import resolve


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, end


def _event_date(
    match: Match, ctx: ArticleContext, future: bool
) -> tuple[date | None, date | None, str | None]:
    if ctx.published is None:
        return None, None, None
    anchors = {match.token.i}
    if match.token.pos_ in ("NOUN", "PROPN"):
        anchors.add(match.token.head.i)
        if match.light is not None:
            anchors.add(match.light.i)
    for timex, root in ctx.timexes:
        if sentence(root) != sentence(match.token):
            continue
        if _governing_clause(root, anchors) is not None:
            resolved = resolve(timex, ctx.published, future=future)
            if resolved is not None:
                return resolved.value, resolved.end, timex.text
    return None, None, None


def _governing_clause(token: Token, anchors: set[int]) -> Token | None:
    """The anchor (trigger, or the verb carrying a noun trigger) whose clause holds a time expression, if any:
    climbing from the expression, a verb with a subject of its own ends the search ("Jordan sent a convoy
    carrying food on Tuesday" dates the sending; "X, who met Y on Monday, said" dates the meeting)."""
    node = token
    for _ in range(8):
        if node.i in anchors:
            return node
        if (
            node is not token
            and node.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children)
        ):
            return None
        if node.head == node:
            return None
        node = node.head
    return None


def _trigger_text(match: Match, text: str, cue: Token | None = None) -> tuple[str, int, int]:
    """The trigger words and the word that set the factuality, if any ("expressed support", "working … with",
    "no … summit", "likely … meet"), and the offsets they span."""
    words = (
        match.particle,
        match.obj,
        cue if cue is not None and sentence(cue) == sentence(match.token) else None,
    )
    tokens = sorted({match.token, *(t for t in words if t is not None)}, key=lambda t: t.i)
    words = [text[t.idx : t.idx + len(t.text)] for t in tokens]
    parts = [words[0]]
    for before, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(word if token.i == before.i + 1 else f"… {word}")
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return " ".join(parts), start, end


def _confidence(source: Mention | None, target: Mention | None, weight: float, *, nominal: bool) -> float:
    """A rough score: the trigger's weight, whether both parties were found, a verb rather than a noun."""
    score = 0.55 * weight + (0.2 if source is not None else 0.0) + (0.15 if target is not None else 0.0)
    score += 0.0 if nominal else 0.1
    return round(min(score, 1.0), 2)


def _event_id(article_id: str, at: int, source: Mention | None, target: Mention | None, kind: str) -> str:
    """Deterministic: the same article coded again gives the same ids."""
    key = f"{article_id}|{at}|{kind}|{source.start_char if source else ''}|{target.start_char if target else ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Collector:
    """Events of one article as they are built, without duplicates."""

    ctx: ArticleContext
    events: list[Event] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)

    def add(
        self,
        coding: Coding,
        pairs: list[tuple[Mention | None, Mention | None]],
        sent: Span,
        *,
        when: tuple[date | None, date | None, str | None] = (None, None, None),
        location: Location | None = None,
        attributed: Attribution | None = None,
        nominal: bool = False,
    ) -> None:
        start, end = _sentence_bounds(sent)
        evidence = Evidence(self.ctx.text[start:end], start, end, *coding.trigger)
        for source, target in pairs:
            if source is None and target is None:
                continue
            key = (sent.start, coding.type, _identity(source), _identity(target))
            if key in self.seen:
                continue
            self.seen.add(key)
            self.events.append(
                Event(
                    id=_event_id(self.ctx.article_id, coding.trigger[1], source, target, coding.type),
                    type=coding.type,
                    mode=coding.mode,
                    cameo_code=coding.cameo,
                    source=to_actor(source, self.ctx.text) if source else None,
                    target=to_actor(target, self.ctx.text) if target else None,
                    factuality=coding.factuality,
                    evidence=evidence,
                    date=when[0],
                    end_date=when[1],
                    date_text=when[2],
                    location=location,
                    attribution=attributed,
                    confidence=_confidence(source, target, coding.weight, nominal=nominal),
                )
            )


def build_events(ctx: ArticleContext) -> list[Event]:
    """Every event in the article, in text order."""
    collector = _Collector(ctx)
    ctx.salience.update(m.country for m in ctx.mentions if m.country)
    matches = without_doubles(find_triggers(ctx.doc, ctx.lexicon, ctx.mentions), ctx.lexicon)
    triggers = {m.token.i for m in matches}
    ctx.trigger_tokens = {m.token.i for m in matches if m.token.pos_ == "VERB"}
    for match in matches:
        said = attribution.attribute(match.token, ctx.mentions)
        roles = verb_roles(match, ctx, said) if match.entry.pos == "VERB" else noun_roles(match, ctx)
        if roles is None:
            continue
        if not roles.targets and match.entry.type in ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE"):
            roles.targets = purpose_targets(match, ctx, roles.sources)
        if not roles.targets and match.entry.type in MATERIAL:
            place = place_mention(match, ctx)
            if place is not None:
                roles.targets = [place]
        if not roles.sources and roles.targets and match.entry.type in ("ASSAULT", "COERCE"):
            # "a roadside bombing near Samarra killed a U.S. soldier": unknown attackers in a place
            place = place_mention(match, ctx)
            if place is not None and all(place is not t for t in roles.targets):
                roles.sources = [place]
        if not (roles.sources or roles.targets) or (match.entry.requires_target and not roles.targets):
            continue
        if (
            match.entry.type in POLITICAL_ONLY
            and not match.entry.any_actor
            and not any(is_political(m) for m in roles.sources + roles.targets)
        ):
            continue  # "residents discuss", "citizens travelled to Syria": not diplomacy
        if match.entry.political_source and roles.sources and not any(is_statesman(m) for m in roles.sources):
            continue  # "more Malaysians visit Singapore", "his family travelled to Luanda": not a visit
        if roles.reciprocal or len(roles.sources) + len(roles.targets) >= 2:
            ctx.participants[match.entry.type] = roles.sources + roles.targets
        light = match.light if match.light is not None and match.light.lemma_.lower() in LIGHT_VERBS else None
        obj = match.obj if match.entry.pos == "VERB" and match.entry.objects else None
        fact = factuality.assess(match.token, reported=said is not None, carrier=light, obj=obj)
        if match.done:
            fact = factuality.Factuality("asserted")
        entry = match.entry
        kind, mode, cameo = entry.type, entry.mode, entry.cameo
        if entry.if_organization and (
            (roles.targets and all(t.country in NON_STATE for t in roles.targets))
            or (roles.sources and all(is_international(s) and s.sector != "REB" for s in roles.sources))
        ):
            kind, mode, cameo = entry.if_organization  # leaving a bloc, or a body leaving a country
        elif entry.if_civilian and roles.sources and all(is_civilian(s) for s in roles.sources):
            kind, mode, cameo = entry.if_civilian  # "teachers struck": a labour strike, not an attack
        elif entry.if_complement and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in entry.if_complement[0] for c in match.token.children
        ):
            kind, mode, cameo = entry.if_complement[1]  # "ordered troops to withdraw": a pullout, not a deployment
        if mode == "ceasefire" and match.light is not None and match.light.lemma_.lower() in ANNOUNCING:
            # "announced a suspension of attacks", "declared a truce": a declared, not (yet) observed ceasefire
            # is a concession (PLOVER manual, CONCEDE), as the verbs "declare" and "announce" code it. An
            # announced withdrawal may report one already done ("announced they had withdrawn") and stays.
            kind, mode, cameo = "CONCEDE", None, "080"
        if kind == "ASSAULT" and crowd_violence(roles, entry.lemma):
            # rioters, not an armed force (PLOVER PROTEST 'riot')
            kind, mode, cameo = "PROTEST", "riot", "145"
        cue = fact.cue if fact.value != "asserted" else None
        codings = [Coding(kind, mode, cameo, fact.value, _trigger_text(match, ctx.text, cue), entry.weight)]
        stated = intent(match, fact, said, roles.sources, triggers, threat_mode=ctx.lexicon.threat_mode(entry))
        if stated is not None and stated.type == "THREATEN":
            stated = replace(stated, mode=ctx.lexicon.threat_mode(entry))  # "will attack": violence
        if stated is not None and stated.type == "CONCEDE" and fact.value == "negated":
            codings.append(stated)  # "will not attack": the promise, beside the attack that will not happen
        elif stated is not None and stated.type in ("THREATEN", "CONCEDE"):
            # "vowed to attack": the threat is the event, the attack its content; "announced it will withdraw"
            # is a concession whose content is the withdrawal (PLOVER manual)
            codings = [stated]
        elif stated is not None:
            codings.append(stated)
        when = _event_date(match, ctx, fact.value == "planned")
        place = place_of(match.token, ctx.kb)
        location = (
            Location(place[0], place[1].name, place[1].country, place[1].lat, place[1].lon) if place else None
        )
        attributed = None
        if said is not None:
            speaker = to_actor(said.speaker, ctx.text) if said.speaker else None
            attributed = Attribution(speaker, said.cue, tuple(attribution.channel_name(m) for m in said.via))
        pairs = distinct_pairs(actor_pairs(roles, entry.type))
        for coding in codings:
            collector.add(
                coding,
                pairs,
                sentence(match.token),
                when=when,
                location=location,
                attributed=attributed,
                nominal=match.token.pos_ != "VERB",
            )
    for demand in demands(ctx.doc, ctx.mentions):
        addressees = [m for m in named_actors(demand.addressee, ctx) if not same_actor(m, demand.speaker)]
        coding = Coding("REQUEST", None, "100", "asserted", demand.trigger, 0.7)
        collector.add(coding, [(demand.speaker, a) for a in addressees], sentence(demand.verb))
    collector.events.sort(key=lambda e: (e.evidence.start, e.evidence.trigger_start))
    return without_partial_repeats(collector.events)


def _identity(mention: Mention | None) -> tuple | None:
    if mention is None:
        return None
    return (mention.name, mention.country, mention.sector)
