"""record: CodedArticle ↔ the CONTRACT.md JSON document."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventwire.errors import InputError
from eventwire.models import (
    Actor,
    Article,
    Attribution,
    CodedArticle,
    Event,
    Evidence,
    Location,
    Origin,
    Quote,
    Removed,
)
from eventwire.record import actor_to_dict, from_document, to_document, to_json, to_jsonl
from expectations import ACTOR_KEYS, ARTICLE_KEYS, EVENT_KEYS

TEXT = (
    "The Kremlin said there were no plans for Vladimir Putin to meet Kim Jong Un.\n\n"
    "Kim met with Chinese President Xi Jinpoing on Monday in Beijing, Nikkei reported."
)


def actor(text: str, name: str, country: str | None, sector: str | None, kind: str = "person") -> Actor:
    start = TEXT.index(text)
    return Actor(text, name, country, sector, kind, start, start + len(text))


def evidence(sentence: str, trigger: str) -> Evidence:
    start = TEXT.index(sentence)
    trigger_start = TEXT.index(trigger, start)
    return Evidence(
        sentence, start, start + len(sentence), trigger, trigger_start, trigger_start + len(trigger)
    )


def sample() -> CodedArticle:
    kremlin = actor("Kremlin", "Kremlin", "RUS", "GOV", "organization")
    putin = actor("Vladimir Putin", "Vladimir Putin", "RUS", "GOV")
    kim = actor("Kim Jong Un", "Kim Jong Un", "PRK", "GOV")
    xi = actor("Xi Jinpoing", "Xi Jinping", "CHN", "GOV")
    nikkei = actor("Nikkei", "Nikkei", None, None, "organization")
    first, second = TEXT.split("\n\n")
    article = Article(
        id="upi-2018-03-29",
        origin=Origin(path="news/upi.txt"),
        text=TEXT,
        title="Russia: No plans for Vladimir Putin, Kim Jong Un summit",
        dateline="March 29 (UPI)",
        agency="UPI",
        published=date(2018, 3, 29),
        photo_credit="Yuri Gripas/UPI",
        source="upi.com",
        removed=(
            Removed("comment_form", "LEAVE A REPLY"),
            Removed("photo_credit", "Photo by Yuri Gripas/UPI"),
        ),
    )
    no_summit = Event(
        id="e1",
        type="CONSULT",
        mode=None,
        cameo_code=None,
        source=putin,
        target=kim,
        factuality="negated",
        evidence=evidence(first, "no plans"),
        attribution=Attribution(speaker=kremlin, cue="said"),
        confidence=0.82,
    )
    met = Event(
        id="e2",
        type="CONSULT",
        mode="visit",
        cameo_code="042",
        source=kim,
        target=xi,
        factuality="asserted",
        evidence=evidence(second, "met"),
        date=date(2018, 3, 26),
        date_text="Monday",
        location=Location("Beijing", "Beijing", "CHN", 39.9, 116.4),
        attribution=Attribution(speaker=None, cue="reported", via=("Nikkei",)),
        confidence=0.9,
    )
    planned = Event(
        id="e3",
        type="CONSULT",
        mode=None,
        cameo_code="04",
        source=putin,
        target=None,
        factuality="planned",
        evidence=evidence(first, "to meet"),
        end_date=date(2018, 4, 1),
    )
    quote = Quote(speaker=nikkei, text=second, direct=False, cue="reported", start=0, end=0, via=("Nikkei",))
    return CodedArticle(
        article=article,
        events=(no_summit, met, planned),
        quotes=(quote,),
        actors=(kremlin, putin, kim, xi, nikkei),
    )


def test_document_has_the_contract_fields() -> None:
    doc = to_document(sample())
    assert list(doc) == ["article", "events", "quotes", "actors"]
    article = doc["article"]
    for key in ARTICLE_KEYS:
        assert key in article
    assert article["origin"] == {"path": "news/upi.txt", "line": None, "url": None}
    assert article["published"] == "2018-03-29"
    assert article["removed"][0] == {"kind": "comment_form", "text": "LEAVE A REPLY"}
    for event in doc["events"]:
        assert list(event)[: len(EVENT_KEYS)] == EVENT_KEYS
        assert list(event["evidence"])[:4] == ["sentence", "start", "end", "trigger"]
        assert (
            article["text"][event["evidence"]["start"] : event["evidence"]["end"]]
            == event["evidence"]["sentence"]
        )
    for actor_doc in doc["actors"]:
        assert list(actor_doc) == ACTOR_KEYS
    assert list(doc["quotes"][0]) == ["speaker", "text", "direct", "cue", "via", "start", "end"]


def test_event_values() -> None:
    no_summit, met, planned = to_document(sample())["events"]
    assert no_summit["cameo"] == "04" and no_summit["cameo_code"] is None
    assert no_summit["quad"] == "verbal_cooperation"
    assert no_summit["source"]["code"] == "RUSGOV" and no_summit["target"]["country"] == "PRK"
    assert no_summit["attribution"] == {
        "speaker": actor_to_dict(sample().actors[0]),
        "cue": "said",
        "via": [],
    }
    assert no_summit["location"] is None and no_summit["date"] is None
    assert met["cameo"] == "04" and met["cameo_code"] == "042" and met["mode"] == "visit"
    assert met["date"] == "2018-03-26" and met["date_text"] == "Monday"
    assert met["location"] == {
        "text": "Beijing",
        "name": "Beijing",
        "country": "CHN",
        "lat": 39.9,
        "lon": 116.4,
    }
    assert met["attribution"]["speaker"] is None and met["attribution"]["via"] == ["Nikkei"]
    assert met["evidence"]["trigger"] == "met"
    assert TEXT[met["evidence"]["trigger_start"] : met["evidence"]["trigger_end"]] == "met"
    assert met["plover_type"] == "CONSULT"
    assert planned["plover_type"] == "AGREE" and planned["type"] == "CONSULT"
    assert planned["target"] is None and planned["end_date"] == "2018-04-01"
    assert planned["confidence"] == 0.5


def test_actor_without_country_has_no_code() -> None:
    nikkei = to_document(sample())["actors"][-1]
    assert nikkei["country"] is None and nikkei["code"] is None
    assert actor_to_dict(None) is None


def test_json_and_jsonl() -> None:
    coded = sample()
    assert json.loads(to_json(coded)) == to_document(coded)
    assert to_json(coded).startswith('{\n  "article"')
    line = to_jsonl(coded)
    assert "\n" not in line and json.loads(line) == to_document(coded)
    accented = CodedArticle(article=Article(id="a", origin=Origin(), text="Zelenskyy in Kyjiw, café"))
    assert "café" in to_jsonl(accented)


def test_round_trip() -> None:
    coded = sample()
    assert from_document(to_document(coded)) == coded
    assert from_document(json.loads(to_jsonl(coded))) == coded
    empty = CodedArticle(article=Article(id="x", origin=Origin(line=3), text=""))
    assert from_document(to_document(empty)) == empty


def test_reads_a_document_with_contract_fields_only() -> None:
    doc = to_document(sample())
    for event in doc["events"]:
        del event["cameo_code"], event["plover_type"]
        del event["evidence"]["trigger_start"], event["evidence"]["trigger_end"]
    del doc["article"]["source"]
    coded = from_document(doc)
    met = coded.events[1]
    assert met.cameo_code == "04" and met.cameo == "04"
    assert TEXT[met.evidence.trigger_start : met.evidence.trigger_end] == "met"
    assert coded.article.source is None


def test_reads_a_timestamp_as_its_date() -> None:
    doc = to_document(sample())
    doc["article"]["published"] = "2018-03-29T08:15:00+00:00"
    assert from_document(doc).article.published == date(2018, 3, 29)


def test_unfound_trigger_falls_back_to_the_sentence() -> None:
    doc = to_document(sample())
    evidence_doc = doc["events"][0]["evidence"]
    evidence_doc["trigger"] = "no plans … to meet"
    del evidence_doc["trigger_start"], evidence_doc["trigger_end"]
    read = from_document(doc).events[0].evidence
    assert (read.trigger_start, read.trigger_end) == (read.start, read.end)


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (lambda doc: doc["events"][1].update(type="MEET"), "document.events[1].type"),
        (lambda doc: doc["events"][0].update(factuality="likely"), "document.events[0].factuality"),
        (lambda doc: doc["article"].update(published="29 March 2018"), "document.article.published"),
        (lambda doc: doc["article"].pop("text"), "document.article.text: missing"),
        (lambda doc: doc["actors"][2].update(start="12"), "document.actors[2].start"),
        (lambda doc: doc["quotes"][0].update(direct=None), "document.quotes[0].direct"),
        (lambda doc: doc["events"][0]["attribution"].update(via="Nikkei"), "attribution.via"),
        (lambda doc: doc.update(events={}), "document.events: expected a list"),
    ],
)
def test_malformed_document_names_the_field(damage, named: str) -> None:
    doc = to_document(sample())
    damage(doc)
    with pytest.raises(InputError) as caught:
        from_document(doc, where="export.jsonl:7")
    assert caught.value.where == "export.jsonl:7"
    assert named in caught.value.reason
