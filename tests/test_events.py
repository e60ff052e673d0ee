"""Event building through the whole pipeline, on one- or two-sentence texts.

Each test codes a small hand-made text with ``pipeline.code_text`` and checks one mechanism: the event type,
who acts on whom (country codes), factuality, date and the record's bookkeeping (ids, evidence offsets).
Publication date is Thursday 29 March 2018 throughout, so "Monday" is 26 March.
"""

from __future__ import annotations

from datetime import date

import pytest

from coding import PUBLISHED, code, of_type, summaries, summary
from eventwire.record import to_document

pytestmark = pytest.mark.model

MONDAY = date(2018, 3, 26)



# --- who acts on whom ---------------------------------------------------------------------------------------


def test_transitive_verb_gives_source_and_target(pipeline):
    coded = code(pipeline, "Russia attacked Ukraine on Monday.")
    assert [summary(e) for e in coded.events] == [("ASSAULT", "RUS", "UKR", "asserted")]
    event = coded.events[0]
    assert event.evidence.trigger == "attacked"
    assert event.date == MONDAY and event.date_text == "Monday"


def test_passive_with_by_agent_keeps_agent_as_source(pipeline):
    assert summaries(pipeline, "Ukraine was attacked by Russia.") == [("ASSAULT", "RUS", "UKR", "asserted")]


def test_passive_without_agent_has_only_a_target(pipeline):
    assert summaries(pipeline, "Ukraine was attacked on Monday.") == [("ASSAULT", None, "UKR", "asserted")]


def test_compound_subject_gives_one_event_per_member(pipeline):
    found = summaries(pipeline, "Russia and China condemned the United States.")
    assert sorted(found) == [("ACCUSE", "CHN", "USA", "asserted"), ("ACCUSE", "RUS", "USA", "asserted")]


def test_reciprocal_meeting_gives_a_single_pair(pipeline):
    coded = code(pipeline, "Iran and Iraq met on Monday.")
    assert [summary(e) for e in coded.events] == [("CONSULT", "IRN", "IRQ", "asserted")]
    assert coded.events[0].date == MONDAY


# --- noun events, light verbs, idioms -------------------------------------------------------------------


def test_noun_event_with_country_possessor(pipeline):
    found = summaries(pipeline, "Japan's criticism of China angered Beijing.")
    assert found == [("ACCUSE", "JPN", "CHN", "asserted")]


def test_noun_event_with_person_possessor(pipeline):
    coded = code(pipeline, "Kim Jong Un arrived in Beijing on Monday. Kim's visit to China was a surprise.")
    visits = of_type(coded, "CONSULT")
    assert [summary(e) for e in visits] == [("CONSULT", "PRK", "CHN", "asserted")]
    assert visits[0].mode == "visit"
    assert visits[0].source.name == "Kim Jong Un"


def test_noun_event_with_full_name_possessor(pipeline):
    visits = of_type(code(pipeline, "Kim Jong Un's visit to China surprised observers."), "CONSULT")
    assert [summary(e) for e in visits] == [("CONSULT", "PRK", "CHN", "asserted")]


def test_noun_event_between_two_actors(pipeline):
    coded = code(pipeline, "Talks between Iran and Iraq resumed on Monday.")
    assert [summary(e) for e in coded.events] == [("CONSULT", "IRN", "IRQ", "asserted")]
    assert coded.events[0].evidence.trigger == "Talks"


def test_light_verb_with_its_noun(pipeline):
    coded = code(pipeline, "Iran held talks with Iraq on Monday.")
    assert [summary(e) for e in coded.events] == [("CONSULT", "IRN", "IRQ", "asserted")]
    assert coded.events[0].evidence.trigger == "held talks"


def test_idiom_needs_its_object(pipeline):
    coded = code(pipeline, "Japan expressed support for South Korea.")
    assert [summary(e) for e in coded.events] == [("SUPPORT", "JPN", "KOR", "asserted")]
    assert coded.events[0].evidence.trigger == "expressed support"
    # "expressed" alone is not an event
    assert code(pipeline, "Japan expressed surprise at the weather.").events == ()


# --- factuality -------------------------------------------------------------------------------------------


def test_negated_event(pipeline):
    assert summaries(pipeline, "Russia did not attack Ukraine.") == [("ASSAULT", "RUS", "UKR", "negated")]


def test_planned_meeting_is_dated_after_publication(pipeline):
    coded = code(pipeline, "Iran will meet Iraq next week.")
    assert [summary(e) for e in coded.events] == [("CONSULT", "IRN", "IRQ", "planned")]
    event = coded.events[0]
    assert event.date is not None and event.date > PUBLISHED
    assert event.date == date(2018, 4, 2) and event.date_text == "next week"


def test_possible_sanction(pipeline):
    coded = code(pipeline, "Iran could impose sanctions on Iraq.")
    assert [summary(e) for e in coded.events] == [("SANCTION", "IRN", "IRQ", "possible")]


def test_relative_clause_event_is_asserted_and_dated(pipeline):
    coded = code(pipeline, "Kim Jong Un, who met Xi Jinping on Monday, returned to Pyongyang.")
    meetings = of_type(coded, "CONSULT")
    assert [summary(e) for e in meetings] == [("CONSULT", "PRK", "CHN", "asserted")]
    assert meetings[0].source.name == "Kim Jong Un" and meetings[0].target.name == "Xi Jinping"
    assert meetings[0].date == MONDAY


# --- speech acts --------------------------------------------------------------------------------------------


def test_stated_intention_gives_agree(pipeline):
    coded = code(pipeline, "Russia said it is willing to withdraw its troops from Syria.")
    agree = of_type(coded, "AGREE")
    assert len(agree) == 1
    assert agree[0].source.country == "RUS" and agree[0].factuality == "asserted"


def test_reported_obligation_gives_request_to_the_obliged(pipeline):
    coded = code(pipeline, "China said North Korea must release the prisoners.")
    requests = of_type(coded, "REQUEST")
    assert [summary(e) for e in requests] == [("REQUEST", "CHN", "PRK", "asserted")]


def test_blame_predicate_under_reporting_verb_gives_accuse(pipeline):
    coded = code(pipeline, "China claimed the United States contributed to tensions.")
    accuse = of_type(coded, "ACCUSE")
    assert [summary(e) for e in accuse] == [("ACCUSE", "CHN", "USA", "asserted")]


# --- dates, ids, evidence, PLOVER view ---------------------------------------------------------------------


def test_date_range_gives_date_and_end_date(pipeline):
    coded = code(pipeline, "Iran and Iraq held talks from Sunday to Wednesday.")
    assert [summary(e) for e in coded.events] == [("CONSULT", "IRN", "IRQ", "asserted")]
    event = coded.events[0]
    assert (event.date, event.end_date) == (date(2018, 3, 25), date(2018, 3, 28))


def test_event_ids_are_deterministic(pipeline):
    text = "Russia and China condemned the United States. Iran will meet Iraq next week."
    first = [e.id for e in code(pipeline, text).events]
    second = [e.id for e in code(pipeline, text).events]
    assert len(first) == 3 and first == second
    assert len(set(first)) == len(first)


def test_evidence_offsets_point_into_the_article_text(pipeline):
    coded = code(pipeline, "Iran met Iraq on Monday.\n\nRussia did not attack Ukraine, the Pentagon said.")
    assert len(coded.events) == 2
    text = coded.article.text
    for event in coded.events:
        evidence = event.evidence
        assert text[evidence.start : evidence.end] == evidence.sentence
        assert evidence.start <= evidence.trigger_start < evidence.trigger_end <= evidence.end
        assert text[evidence.trigger_start : evidence.trigger_end] == evidence.trigger
    assert coded.events[1].evidence.sentence == "Russia did not attack Ukraine, the Pentagon said."
    document = to_document(coded)
    for event in document["events"]:
        assert text[event["evidence"]["start"] : event["evidence"]["end"]] == event["evidence"]["sentence"]


def test_plover_view_of_a_planned_meeting_is_agree(pipeline):
    coded = code(pipeline, "Iran will meet Iraq next week. Russia attacked Ukraine.")
    planned, attack = coded.events
    assert (planned.type, planned.factuality, planned.plover_type) == ("CONSULT", "planned", "AGREE")
    assert (attack.type, attack.plover_type) == ("ASSAULT", "ASSAULT")
    assert to_document(coded)["events"][0]["plover_type"] == "AGREE"


def test_a_news_conference_is_no_consultation(pipeline):
    events = summaries(pipeline, "The Iraqi foreign minister held a news conference in Baghdad on Monday.")
    assert not any(kind == "CONSULT" for kind, *_ in events)
    assert any(kind == "CONSULT" for kind, *_ in summaries(pipeline, "Iraq held talks with Iran on Monday."))


def test_demonstrating_a_point_is_no_protest(pipeline):
    assert summaries(pipeline, "The Kenyan government demonstrated that it could hold elections.") == []
    assert [k for k, *_ in summaries(pipeline, "Students in Nairobi demonstrated against the Kenyan government.")] == [
        "PROTEST"
    ]


def test_a_visit_and_its_purpose_are_one_consultation(pipeline):
    events = summaries(pipeline, "Japan's foreign minister travelled to Seoul to hold talks with South Korea.")
    assert [kind for kind, *_ in events] == ["CONSULT"]


def test_who_judges_a_decision_does_not_carry_it_out(pipeline):
    text = "Border talks\n\nThe Greek foreign minister criticised the decision to withdraw troops from Cyprus."
    withdrawals = of_type(code(pipeline, text), "RETREAT")
    assert withdrawals and all(e.source is None or e.source.country != "GRC" for e in withdrawals)
    assert all(e.factuality == "planned" for e in withdrawals)  # a decision to withdraw is not a withdrawal yet


def test_a_counted_crowd_is_an_actor_and_counted_troops_are_troops(pipeline):
    coded = code(pipeline, "Kenya's week\n\nThousands protested outside the parliament in Nairobi on Friday.")
    protests = of_type(coded, "PROTEST")
    assert protests and protests[0].source.sector == "CVL"
    coded = code(pipeline, "The border\n\nThousands of Russian soldiers massed near the border with Ukraine.")
    massing = of_type(coded, "MOBILIZE")
    assert massing and massing[0].source.sector == "MIL" and massing[0].source.country == "RUS"


def test_workers_who_strike_walk_out(pipeline):
    text = "Pay dispute\n\nTeachers in Nairobi struck for a second day. Kenyan jets struck near Kismayo."
    coded = code(pipeline, text)
    kinds = [(e.type, e.mode, e.evidence.sentence.split()[0]) for e in coded.events]
    assert ("PROTEST", "strike", "Teachers") in kinds
    assert any(kind == "ASSAULT" and first == "Kenyan" for kind, _, first in kinds)


def test_a_headline_verb_tagged_as_a_noun_is_still_a_verb(pipeline):
    coded = code(pipeline, "Hundreds Rally in Capital over Election Violence\n\nThe count went on.")
    assert any(e.type == "PROTEST" and e.source is not None for e in coded.events)


def test_a_bare_participle_after_a_passive_has_the_same_victims(pipeline):
    coded = code(pipeline, "Raid\n\nAfghan policemen were rounded up and shot near Kandahar.")
    shot = [e for e in coded.events if e.evidence.trigger == "shot"]
    assert shot and shot[0].target.country == "AFG"
    assert shot[0].source is None or shot[0].source.kind == "location"  # unknown gunmen near a place


def test_warning_that_someone_will_remain_a_threat_is_no_threat(pipeline):
    coded = code(pipeline, "Isis\n\nFrench generals cautioned that the militants will remain a serious threat.")
    assert not of_type(coded, "THREATEN")


def test_words_that_only_look_like_support(pipeline):
    text = (
        "Frontline\n\nThis account was supported by Iraqi officials. The town is defended by Syrian fighters. "
        "Turkish police recognised that at the time."
    )
    assert not of_type(code(pipeline, text), "SUPPORT")


def test_instead_of_negates_and_a_participle_keeps_its_own_claim(pipeline):
    coded = code(pipeline, "Idlib\n\nInstead of retreating, Syrian rebels advanced on Hama.")
    assert all(e.factuality == "negated" for e in of_type(coded, "RETREAT"))
    coded = code(pipeline, "Troops\n\nRussia plans to withdraw the troops stationed in Syria.")
    assert not of_type(coded, "THREATEN")


def test_an_armed_group_falling_back_retreats(pipeline):
    coded = code(pipeline, "Front\n\nThe village fell as Islamic State retreated.")
    assert of_type(coded, "RETREAT") and not of_type(coded, "SANCTION")


def test_the_agent_of_a_report_is_not_the_killer(pipeline):
    coded = code(pipeline, "Airstrike\n\nThe commander was reported by Iraqi officials to have been killed in Mosul.")
    assert all(e.source is None or e.source.country != "IRQ" for e in of_type(coded, "ASSAULT"))


def test_a_result_clause_is_not_a_second_event(pipeline):
    # the killing is the attack's toll: one assault by the soldiers on the villagers, not a second one on no one
    coded = code(pipeline, "Israeli soldiers attacked Palestinian villagers near Hebron on Monday, killing three.")
    assaults = of_type(coded, "ASSAULT")
    assert [summary(e) for e in assaults] == [("ASSAULT", "ISR", "PSE", "asserted")]
    assert assaults[0].date == date(2018, 3, 26)


def test_the_fuller_event_takes_over_what_only_its_repeat_knew(pipeline):
    # the date sits on "exchanged"; the fuller event (who freed whom) is the one kept, and it takes the date
    coded = code(pipeline, "Armenia and Azerbaijan exchanged prisoners on Monday, freeing 12 Armenian soldiers.")
    released = of_type(coded, "RETREAT")
    assert released and all(e.target is not None for e in released)
    assert {e.date for e in released} == {date(2018, 3, 26)}


def test_events_with_other_actors_in_one_sentence_stay_apart(pipeline):
    coded = code(pipeline, "Russian jets bombed Idlib while Turkish troops shelled Kurdish fighters near Afrin.")
    sources = {e.source.country for e in of_type(coded, "ASSAULT") if e.source}
    assert sources == {"RUS", "TUR"}


def test_a_named_person_the_knowledge_base_does_not_know_still_acts(pipeline):
    # the record's source is null only when the text names no one; an unknown name has no country
    coded = code(pipeline, "Jane Holloway condemned Saudi Arabia over the killing of a journalist.")
    condemned = of_type(coded, "ACCUSE")
    assert condemned and condemned[0].source is not None
    assert condemned[0].source.name.endswith("Holloway") and condemned[0].source.kind == "person"
    assert condemned[0].target is not None and condemned[0].target.country == "SAU"
