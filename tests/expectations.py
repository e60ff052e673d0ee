"""Checks a coded article's CONTRACT document against an expectations file (the format of
../shared/corpus/seed/expected.json): required and forbidden events, quotes, actors, article fields.

Each check returns a list of failures (plain sentences) so a test can show all of them at once.
"""

from __future__ import annotations

from typing import Any

Doc = dict[str, Any]

#: the CONTRACT.md record's keys, in the order the contract lists them
ARTICLE_KEYS = ["id", "origin", "title", "dateline", "agency", "published", "photo_credit", "url", "text", "removed"]
EVENT_KEYS = [
    "id",
    "type",
    "mode",
    "cameo",
    "quad",
    "source",
    "target",
    "factuality",
    "date",
    "end_date",
    "date_text",
    "location",
    "attribution",
    "evidence",
    "confidence",
]
ACTOR_KEYS = ["text", "name", "country", "sector", "code", "kind", "start", "end"]


def _country(actor: dict | None) -> str | None:
    return actor.get("country") if actor else None


def _fits(code: Any, actor: dict | None) -> bool:
    """``code`` is an ISO code, a list of alternatives, or null (anyone or no one)."""
    if code is None:
        return True
    options = code if isinstance(code, list) else [code]
    return _country(actor) in options


def event_matches(event: Doc, item: Doc, *, factuality: list[str] | None = None) -> bool:
    if event["type"] not in item.get("types", [event["type"]]):
        return False
    wanted = (
        factuality if factuality is not None else ([item["factuality"]] if "factuality" in item else None)
    )
    if wanted is not None and event["factuality"] not in wanted:
        return False
    if "actors" in item:
        source, target = item["actors"]
        straight = _fits(source, event["source"]) and _fits(target, event["target"])
        crossed = item.get("symmetric") and _fits(source, event["target"]) and _fits(target, event["source"])
        if not (straight or crossed):
            return False
    return True


def _details(event: Doc, item: Doc) -> list[str]:
    problems = []
    for key in ("date", "end_date"):
        if key in item and event.get(key) != item[key]:
            problems.append(f"{key} {event.get(key)} (expected {item[key]})")
    attribution = event.get("attribution") or {}
    if "attribution_speaker_country" in item:
        country = _country(attribution.get("speaker"))
        if country != item["attribution_speaker_country"]:
            problems.append(f"speaker country {country} (expected {item['attribution_speaker_country']})")
    if "attribution_via_contains" in item:
        via = attribution.get("via") or []
        if not any(item["attribution_via_contains"] in v for v in via):
            problems.append(f"via {via} (expected one containing {item['attribution_via_contains']!r})")
    return problems


def _brief(event: Doc) -> str:
    return (
        f"{event['type']}/{event['factuality']} {_country(event['source'])}->{_country(event['target'])} "
        f"[{event['evidence']['trigger']}]"
    )


def check_events(doc: Doc, items: list[Doc]) -> tuple[list[str], list[str]]:
    """(failures of required items, misses of optional items)."""
    failures, optional = [], []
    for item in items:
        candidates = [e for e in doc["events"] if event_matches(e, item)]
        problems = [] if candidates else ["no event of that type, actors and factuality"]
        if candidates:
            detail_sets = [_details(e, item) for e in candidates]
            best = min(detail_sets, key=len)
            problems = best
        if problems:
            found = "; ".join(_brief(e) for e in doc["events"]) or "no events"
            message = f"{item.get('id', item)}: {', '.join(problems)} — events: {found}"
            (failures if item.get("required", True) else optional).append(message)
    return failures, optional


def check_forbidden(doc: Doc, items: list[Doc]) -> list[str]:
    failures = []
    for item in items:
        why = item.get("why", item)
        if "types" in item:
            for event in doc["events"]:
                if event_matches(event, item, factuality=item.get("factuality")):
                    failures.append(f"forbidden ({why}): {_brief(event)}")
        if "actor_text_contains" in item:
            actors = list(doc["actors"]) + [a for e in doc["events"] for a in (e["source"], e["target"]) if a]
            for actor in actors:
                if item["actor_text_contains"] in actor["text"]:
                    failures.append(f"forbidden ({why}): actor {actor['text']!r}")
        if "evidence_contains" in item:
            for event in doc["events"]:
                if item["evidence_contains"] in event["evidence"]["sentence"]:
                    failures.append(f"forbidden ({why}): evidence {event['evidence']['sentence'][:60]!r}")
    return failures


def _quote_fits(quote: Doc, item: Doc) -> bool:
    if item.get("text_contains") and item["text_contains"] not in quote["text"]:
        return False
    if "direct" in item and quote["direct"] != item["direct"]:
        return False
    if "speaker_country" in item and _country(quote.get("speaker")) != item["speaker_country"]:
        return False
    return "via_contains" not in item or any(item["via_contains"] in v for v in quote.get("via") or [])


def check_quotes(doc: Doc, items: list[Doc]) -> list[str]:
    failures = []
    for item in items:
        if not any(_quote_fits(q, item) for q in doc["quotes"]):
            found = "; ".join(
                f"{_country(q.get('speaker'))} via {q.get('via')} {q['text'][:40]!r}" for q in doc["quotes"]
            )
            failures.append(f"quote {item.get('id', item)} not found — quotes: {found}")
    return failures


def check_actors(doc: Doc, items: list[Doc]) -> list[str]:
    failures = []
    for item in items:
        fits = [
            a
            for a in doc["actors"]
            if a["text"] == item["text"] and all(a.get(k) == v for k, v in item.items() if k != "text")
        ]
        if not fits:
            same_text = [a for a in doc["actors"] if a["text"] == item["text"]]
            failures.append(f"actor {item} not found; with that text: {same_text}")
    return failures


def check_article(doc: Doc, item: Doc) -> list[str]:
    article = doc["article"]
    failures = []
    for key in ("title", "dateline", "agency", "published", "photo_credit"):
        if key in item and article.get(key) != item[key]:
            failures.append(f"article.{key} is {article.get(key)!r}, expected {item[key]!r}")
    for text in item.get("text_excludes", ()):
        if text in article["text"]:
            failures.append(f"article text still holds {text!r}")
    removed = [r["text"] for r in article.get("removed", ())]
    for text in item.get("removed_includes", ()):
        if not any(text in r for r in removed):
            failures.append(f"{text!r} is not among the removed pieces {removed}")
    return failures


def check_offsets(doc: Doc) -> list[str]:
    text = doc["article"]["text"]
    failures = []
    for event in doc["events"]:
        ev = event["evidence"]
        if text[ev["start"] : ev["end"]] != ev["sentence"]:
            failures.append(f"evidence offsets of {event['id']} do not point at its sentence")
        for role in ("source", "target"):
            actor = event[role]
            if actor and text[actor["start"] : actor["end"]] != actor["text"]:
                failures.append(f"{role} offsets of {event['id']} do not point at {actor['text']!r}")
    for actor in doc["actors"]:
        if text[actor["start"] : actor["end"]] != actor["text"]:
            failures.append(f"actor offsets do not point at {actor['text']!r}")
    for quote in doc["quotes"]:
        if text[quote["start"] : quote["end"]] != quote["text"]:
            failures.append(f"quote offsets do not point at {quote['text'][:30]!r}")
    return failures
