"""Headlines: the first paragraph of an article, in title case, telegraphic, and coded like any sentence.

Each test codes an invented headline above a short body ("Headline\\n\\nBody sentence.") and checks the events
the headline yields.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Event

pytestmark = pytest.mark.model

PUBLISHED = date(2018, 3, 29)


def headline_events(pipeline, text: str) -> list[Event]:
    coded = pipeline.code_text(text, date=PUBLISHED)
    end = text.index("\n\n")
    return [e for e in coded.events if e.evidence.start < end]


def summary(event: Event) -> tuple[str, str | None, str | None]:
    source = event.source.country if event.source else None
    target = event.target.country if event.target else None
    return event.type, source, target


def test_a_name_of_several_words_stays_capitalised(pipeline):
    # "Cape Verde", "New Zealand": lower-casing "Verde" or "Zealand" breaks the name and the parse
    events = headline_events(
        pipeline, "New Zealand and Cape Verde Sign Trade Agreement\n\nThe two governments met on Monday."
    )
    assert {summary(e)[:2] for e in events} >= {("SUPPORT", "NZL"), ("SUPPORT", "CPV")}


def test_a_reduced_passive_headline_names_the_victims_not_the_attackers(pipeline):
    # "Dozens Killed in Air Strike" is "dozens (were) killed": they are the recipients
    events = headline_events(pipeline, "Dozens Killed in Air Strike\n\nThe strike hit a market on Monday.")
    killed = [e for e in events if e.type == "ASSAULT" and e.evidence.trigger == "Killed"]
    assert killed and all(e.source is None and e.target is not None for e in killed)
    assert killed[0].target.name == "Dozens"


# -- names written with letters outside ASCII -------------------------------------------------------------------


def test_a_name_with_accented_letters_stays_whole_and_the_headline_is_cased():
    from eventwire.truecase import truecase_headline

    names = {"Côte d'Ivoire", "São Tomé and Príncipe", "Ghana"}
    head = truecase_headline(
        "Côte d'Ivoire Makes Concessions to Ghana\n\nThe talks ended.", is_name=lambda w: w in names
    )
    assert head.startswith("Côte d'Ivoire makes concessions to Ghana\n\n")
    head = truecase_headline(
        "São Tomé and Príncipe Expels Foreign Journalist\n\nHe left.", is_name=lambda w: w in names
    )
    assert head.startswith("São Tomé and Príncipe expels foreign journalist\n\n")


def test_a_country_with_accented_letters_acts_in_a_title_case_headline(pipeline):
    events = headline_events(
        pipeline, "Côte d'Ivoire Makes Concessions to Ghana\n\nThe talks ended on Monday in Accra."
    )
    assert ("CONCEDE", "CIV", "GHA") in {summary(e) for e in events}
    events = headline_events(
        pipeline, "São Tomé and Príncipe Expels Foreign Journalist\n\nThe reporter left on Monday."
    )
    assert [summary(e)[:2] for e in events if e.type == "COERCE"] == [("COERCE", "STP")]
