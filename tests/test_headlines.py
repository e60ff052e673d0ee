"""Headlines: the first paragraph of an article, in title case, telegraphic, and coded like any sentence.

Each test codes an invented headline above a short body ("Headline\\n\\nBody sentence.") and checks the events
the headline yields.
"""

from __future__ import annotations

from datetime import date

import pytest

import coding
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


# -- a verb the parser read as part of a noun phrase -------------------------------------------------------------


def test_a_bare_verb_after_two_subjects_is_the_headlines_verb(pipeline):
    # "ratify" read as a compound of "accord": the line parses as one noun phrase with no verb
    events = headline_events(
        pipeline, "Peru and Chile Ratify Accord on Fisheries\n\nThe two parliaments voted on Monday."
    )
    assert {summary(e) for e in events} >= {("SUPPORT", "PER", None), ("SUPPORT", "CHL", None)}


def test_a_third_person_verb_read_as_a_plural_noun_is_a_verb(pipeline):
    events = headline_events(
        pipeline, "Bolivia Denounces Actions by Paraguay\n\nThe foreign ministry issued a statement on Monday."
    )
    assert ("ACCUSE", "BOL", "PRY") in {summary(e) for e in events}
    events = headline_events(
        pipeline, "Ghana thanks Togo for help with flood relief\n\nThe floods hit the north last week."
    )
    assert ("SUPPORT", "GHA", "TGO") in {summary(e) for e in events}


def test_an_intransitive_verb_before_a_preposition_is_a_verb(pipeline):
    events = headline_events(pipeline, "Hundreds March in City Centre Rally\n\nThe crowd gathered on Monday.")
    assert [e.type for e in events if e.evidence.trigger == "March"] == ["PROTEST"]


def test_a_subject_read_as_a_compound_of_the_verb_is_its_subject(pipeline):
    events = headline_events(
        pipeline,
        "Kenya Air Force Bombs Militant Camp\n\nThe strike by the Kenya Air Force on Monday hit a camp.",
    )
    assert [summary(e)[:2] for e in events if e.evidence.trigger == "Bombs"] == [("ASSAULT", "KEN")]


def test_a_verb_before_the_preposition_of_its_recipient_is_a_verb(pipeline):
    # "withdraws from": the preposition of the verb's recipient; "withdraw" is no event noun
    events = headline_events(pipeline, "Human rights group withdraws from Chad amid rising violence\n\nStaff left.")
    assert [(e.type, e.source.name) for e in events] == [("SANCTION", "Human rights group")]


def test_an_adjective_hung_on_the_compound_still_names_the_event(pipeline):
    # "joint training exercises", parsed with "joint" on "training": joint exercises are cooperation
    text = "The Peruvian and Chilean navies held joint training exercises off Arica on Monday."
    found = {s[0] for s in coding.summaries(pipeline, text)}
    assert "COOPERATE" in found and "MOBILIZE" not in found

def test_a_bare_verb_of_an_idiom_after_a_collective_subject_is_a_verb(pipeline):
    # "union demand release": the lexicon's "demand" takes "release"; a collective noun may take a plural verb
    events = headline_events(
        pipeline, "Dock Union Demand Release of Jailed Leader\n\nThe union met in Lima on Monday."
    )
    assert [e.type for e in events if e.evidence.trigger.startswith("Demand")] == ["REQUEST"]


def test_the_noun_before_the_word_taken_for_the_verb_is_the_verb(pipeline):
    # read as "business demand (subject) end (verb)": "demand" takes "end" as its object, so it is the verb
    events = headline_events(
        pipeline, "Foreign Business Demand End to Arbitrary Fines in Hanoi\n\nThe chamber wrote to ministers."
    )
    assert [e.type for e in events if e.evidence.trigger.startswith("Demand")] == ["REQUEST"]

def test_a_plural_noun_after_its_modifier_stays_a_noun(pipeline):
    # "Police raids in Dhaka": a singular noun cannot take a base form, and "raid" needs an object
    from eventwire.headline import repair_headline

    lexicon = pipeline.lexicon
    for text, word in (
        ("Police raids in Dhaka\n\nOfficers searched homes.", "raids"),
        ("Army attack on convoy\n\nSoldiers fired on Monday.", "attack"),
        ("Peace Talks End in Geneva\n\nThe delegates left on Monday.", "Talks"),  # "talk" takes no "end"
    ):
        doc = pipeline.nlp(text)
        repair_headline(doc, text.index("\n\n"), lexicon)
        assert next(t for t in doc if t.text == word).pos_ != "VERB"


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



def test_a_heading_in_the_body_says_nothing_about_case():
    # the headline repeated in title case in the body must not keep its words capitalised
    from eventwire.truecase import truecase_headline

    text = "Peru Arrests 30 in Regional Crackdown\n\nPeru Arrests 30 in Regional Crackdown; More Expected\n\nIt began."
    assert truecase_headline(text).startswith("Peru arrests 30 in regional crackdown\n\n")
    # a sentence with a full stop is no heading, however many names it has
    text = "Crowd Cheers Perez\n\nJuan Perez Met Ana Lopez In Lima."
    assert truecase_headline(text).startswith("Crowd cheers Perez\n\n")


def test_a_word_the_body_capitalises_only_within_a_name_is_common_elsewhere(pipeline):
    # "Committee on Foreign Relations" is a name, "cut relations" shows the common word: the headline's
    # "Relations" is lower-cased, so "resume ... relations" is found
    from eventwire.truecase import truecase_headline

    text = (
        "Peru and Chile Resume Diplomatic Relations\n\nThe Senate Committee on Foreign Relations met on Monday."
        " Peru cut relations with Chile in 2019."
    )
    assert truecase_headline(text).startswith("Peru and Chile resume diplomatic relations\n\n")
    events = headline_events(pipeline, text)
    assert {summary(e) for e in events} >= {("SUPPORT", "PER", None), ("SUPPORT", "CHL", None)}
    # beside a name it stays a name
    text = "Crowd Cheers Theresa May\n\nSupporters of Theresa May gathered in Leeds. They may return."
    assert truecase_headline(text).startswith("Crowd cheers Theresa May\n\n")

def test_a_country_with_accented_letters_acts_in_a_title_case_headline(pipeline):
    events = headline_events(
        pipeline, "Côte d'Ivoire Makes Concessions to Ghana\n\nThe talks ended on Monday in Accra."
    )
    assert ("CONCEDE", "CIV", "GHA") in {summary(e) for e in events}
    events = headline_events(
        pipeline, "São Tomé and Príncipe Expels Foreign Journalist\n\nThe reporter left on Monday."
    )
    assert [summary(e)[:2] for e in events if e.type == "COERCE"] == [("COERCE", "STP")]


# -- statements anyone can make --------------------------------------------------------------------------------


def test_citizens_who_express_support_support(pipeline):
    # expressing support is SUPPORT whoever does it (lexicon 'any_actor'); a state need not be involved
    events = headline_events(
        pipeline,
        "Polish Students Express Support for Ongoing Strikes in Minsk\n\nThe students gathered outside the embassy.",
    )
    assert [summary(e)[:2] for e in events if e.type == "SUPPORT"] == [("SUPPORT", "POL")]


def test_citizens_who_discuss_do_not_consult(pipeline):
    # the rule is the entry's: other cooperation words still need a political actor
    events = headline_events(pipeline, "Polish Students Discuss Exam Reform\n\nThe students met on Monday.")
    assert not [e for e in events if e.type in ("CONSULT", "SUPPORT")]


# -- states named by number ------------------------------------------------------------------------------------


def test_countries_named_by_number_act(pipeline):
    # "countries" and "nations" are governments (sector word): staying away from a summit is a boycott
    events = headline_events(
        pipeline, "Eleven Countries Shun Upcoming Summit Over Rights Concerns\n\nThe summit opens in Riyadh next week."
    )
    shunned = [e for e in events if e.type == "PROTEST"]
    assert [(e.mode, e.source.sector) for e in shunned] == [("boycott", "GOV")]
