"""Cooperative-side coding rules: concessions, ceasefires declared as nouns, promises not to use force,
diplomatic versus material cooperation. Invented sentences, one mechanism per test."""

from __future__ import annotations

import pytest

from coding import code, summaries, summary, types

pytestmark = pytest.mark.model

# --- concessions -------------------------------------------------------------------------------------------


def test_winning_concessions_reverses_the_roles(pipeline):
    # the party that wins concessions is their recipient; the one they come from concedes
    events = [
        summary(e)
        for e in code(pipeline, "Argentina won sweeping concessions from Chile on fishing rights.").events
    ]
    assert ("CONCEDE", "CHL", "ARG", "asserted") in events


def test_give_into_is_a_concession(pipeline):
    coded = code(pipeline, "Peru gave into the demands of striking miners on Tuesday.")
    assert [e.type for e in coded.events] == ["CONCEDE"]
    assert coded.events[0].source.country == "PER"


def test_concessions_made_by_an_actor(pipeline):
    # a reduced passive ("concessions made by Bolivia") names who made them, like "Bolivia made concessions"
    events = [
        summary(e)
        for e in code(pipeline, "Concessions made by Bolivia to Paraguay eased the dispute.").events
    ]
    assert ("CONCEDE", "BOL", "PRY", "asserted") in events


def test_agreeing_to_halt_protests_is_a_concession_not_a_threat(pipeline):
    kinds = types(pipeline, "The Chilean teachers' union agreed to halt its protests until the talks end.")
    assert "CONCEDE" in kinds
    assert "THREATEN" not in kinds and "PROTEST" not in kinds


def test_shuttering_a_project(pipeline):
    coded = code(pipeline, "Ecuador will shutter the dam project after protests by farmers.")
    concessions = [e for e in coded.events if e.type == "CONCEDE"]
    assert concessions and concessions[0].source.country == "ECU"


# --- ceasefires named by a noun -----------------------------------------------------------------------------


def test_announced_suspension_of_attacks_is_a_declared_ceasefire(pipeline):
    coded = code(pipeline, "The rebels in Colombia announced a suspension of attacks on government forces.")
    assert "CONCEDE" in {e.type for e in coded.events}
    # the attacks are what is suspended, not attacks that happened
    assert "ASSAULT" not in {e.type for e in coded.events}
    assert "SANCTION" not in {e.type for e in coded.events}


def test_halt_in_fighting_without_declaration_is_a_retreat(pipeline):
    coded = code(pipeline, "A pause in the fighting between Armenia and Azerbaijan began on Monday.")
    assert "RETREAT" in {e.type for e in coded.events}
    assert "ASSAULT" not in {e.type for e in coded.events}


def test_suspension_of_aid_stays_a_sanction(pipeline):
    assert "SANCTION" in types(pipeline, "Norway announced the suspension of aid to Malawi.")


def test_calling_for_a_halt_to_attacks_is_only_a_request(pipeline):
    kinds = types(pipeline, "France called for a halt to attacks on civilians in Syria.")
    assert "REQUEST" in kinds
    assert not set(kinds) & {"RETREAT", "CONCEDE", "ASSAULT"}


def test_announced_withdrawal_is_not_recoded(pipeline):
    # an announced withdrawal may be one already done; only declared ceasefires become CONCEDE
    assert "RETREAT" in types(pipeline, "Uganda announced the withdrawal of its troops from Somalia.")


# --- promises not to use force ------------------------------------------------------------------------------


def test_promise_not_to_use_force_is_a_concession(pipeline):
    events = [summary(e) for e in code(pipeline, "The Kenyan army said it would not attack the town.").events]
    assert ("CONCEDE", "KEN", None, "asserted") in events
    assert "ASSAULT" not in {e[0] for e in events if e[3] != "negated"}


def test_negation_on_another_verb_is_no_concession(pipeline):
    # "will not hesitate to strike" is a threat of force, not a promise to refrain from it
    kinds = types(pipeline, "Russia will not hesitate to strike, Putin said.")
    assert "CONCEDE" not in kinds


# --- diplomatic and material cooperation --------------------------------------------------------------------


def test_diplomatic_cooperation_is_support(pipeline):
    coded = code(pipeline, "Chile and Peru improved diplomatic cooperation last year.")
    assert {e.type for e in coded.events} == {"SUPPORT"}


def test_economic_cooperation_is_cooperate(pipeline):
    coded = code(pipeline, "Chile strengthened economic cooperation with Peru last year.")
    assert [summary(e) for e in coded.events] == [("COOPERATE", "CHL", "PER", "asserted")]


def test_forming_a_joint_venture_names_the_partners(pipeline):
    coded = code(pipeline, "Chile and Peru formed a joint venture to mine lithium.")
    events = [summary(e) for e in coded.events]
    assert ("COOPERATE", "CHL", "PER", "asserted") in events


def test_opening_diplomatic_relations_is_support(pipeline):
    coded = code(pipeline, "Oman opened diplomatic relations with Bhutan on Monday.")
    assert [summary(e) for e in coded.events] == [("SUPPORT", "OMN", "BTN", "asserted")]


# --- factuality from the right governor ---------------------------------------------------------------------


def test_a_verb_coordinated_with_a_promise_is_not_promised(pipeline):
    # "urged" is conjoined to "agreed", not governed by it: the appeal was made
    coded = code(pipeline, "Headline\n\nChile agreed to host the talks and urged Peru to send a delegation.")
    requests = [summary(e) for e in coded.events if e.type == "REQUEST"]
    assert requests == [("REQUEST", "CHL", "PER", "asserted")]


def test_a_coordinated_verb_shares_the_future(pipeline):
    coded = code(pipeline, "Headline\n\nChile will meet Peru and discuss fishing rights.")
    assert {e.factuality for e in coded.events if e.type == "CONSULT"} == {"planned"}


def test_a_subject_takes_the_tense_of_its_verb_not_its_meaning(pipeline):
    going = code(pipeline, "Headline\n\nOman said its cooperation with Bhutan is going well.")
    assert [e.factuality for e in going.events if e.type == "COOPERATE"] == ["asserted"]
    cancelled = code(pipeline, "Headline\n\nThe meeting between Oman and Bhutan did not take place.")
    assert [e.factuality for e in cancelled.events if e.type == "CONSULT"] == ["negated"]


def test_a_past_clause_of_time_reports_what_happened(pipeline):
    text = "Headline\n\nStrikers in Chile are expected to return to work after the government promised higher wages."
    coded = code(pipeline, text)
    promises = [e for e in coded.events if e.type == "AGREE"]
    assert promises and all(e.factuality == "asserted" for e in promises)


# --- pauses and respites -------------------------------------------------------------------------------------


def test_agreeing_to_a_pause_in_the_fighting_is_a_concession(pipeline):
    # the fighting is what the pause is about: no planned attack beside the concession
    coded = code(pipeline, "Headline\n\nRussia agreed to a pause in the fighting in Syria.")
    assert {e.type for e in coded.events} == {"CONCEDE"}


def test_agreeing_a_respite_is_a_concession(pipeline):
    coded = code(pipeline, "Headline\n\nSudan agreed a four-hour respite from hostilities.")
    assert [e.type for e in coded.events] == ["CONCEDE"]


def test_suspending_sanctions_by_a_noun_is_a_concession(pipeline):
    coded = code(pipeline, "Headline\n\nSudan announced a suspension of sanctions on Chad.")
    assert [summary(e) for e in coded.events] == [("CONCEDE", "SDN", "TCD", "asserted")]


# --- headlines -----------------------------------------------------------------------------------------------


def test_a_headline_past_form_after_its_subject_is_a_reduced_passive(pipeline):
    # headlinese gives an active act in the present: "sanctions eased" means they were eased
    coded = code(pipeline, "Sanctions eased on Chad after talks\n\nOfficials met in the capital on Monday.")
    assert "CONCEDE" in {e.type for e in coded.events}


def test_a_past_form_in_a_body_sentence_keeps_its_subject(pipeline):
    coded = code(pipeline, "Headline\n\nTariffs dropped sharply in Chad on Monday.")
    assert "CONCEDE" not in {e.type for e in coded.events}


def test_the_lifting_of_restrictions_as_a_noun_is_a_concession(pipeline):
    coded = code(pipeline, "Headline\n\nSudan announced the lifting of restrictions on Chad.")
    assert "CONCEDE" in {e.type for e in coded.events}


def test_relaxing_regulations_is_a_concession(pipeline):
    coded = code(pipeline, "Headline\n\nSudan relaxed its immigration regulations for Chad on Monday.")
    assert "CONCEDE" in {e.type for e in coded.events}


def test_guaranteeing_concessions_is_a_concession(pipeline):
    coded = code(pipeline, "Headline\n\nSudan offered a plan guaranteeing concessions to Chad.")
    assert [summary(e)[:3] for e in coded.events] == [("CONCEDE", "SDN", "TCD")]


# --- what an agreement binds its parties to, arranged meetings, a meeting's venue -----------------------------


def test_what_an_agreement_commits_to_is_planned(pipeline):
    # the signing is done (SUPPORT); the cooperation it commits to is yet to come (PLOVER view: AGREE)
    events = summaries(pipeline, "Chile and Peru signed an agreement to work together on fisheries.")
    assert ("SUPPORT", "CHL", None, "asserted") in events
    assert ("COOPERATE", "CHL", "PER", "planned") in events
    assert ("COOPERATE", "CHL", "PER", "asserted") not in events


def test_cooperation_without_an_agreement_stays_asserted(pipeline):
    assert summaries(pipeline, "Chile and Peru worked together on fisheries.") == [
        ("COOPERATE", "CHL", "PER", "asserted")
    ]


def test_be_to_host_is_arranged(pipeline):
    assert summaries(pipeline, "Ghana is to host the ECOWAS summit in July.") == [("CONSULT", "GHA", None, "planned")]
    events = summaries(pipeline, "The Ghanaian president is to visit Nigeria next week.")
    assert events == [("CONSULT", "GHA", "NGA", "planned")]


def test_hosted_summit_stays_asserted(pipeline):
    assert summaries(pipeline, "Ghana hosted the ECOWAS summit in July.") == [("CONSULT", "GHA", None, "asserted")]


def test_stopping_does_not_reach_a_clause_of_its_own(pipeline):
    # what stops is the hostilities; the talks that begin as they do are a meeting that happens
    events = summaries(pipeline, "Hostilities temporarily stop as talks between Armenia and Azerbaijan begin in Moscow")
    assert ("CONSULT", "ARM", "AZE", "asserted") in events
    assert all(e[3] != "negated" for e in events)


def test_the_place_where_talks_begin_is_their_venue(pipeline):
    assert summaries(pipeline, "Talks began in Geneva on Monday.") == []
    assert summaries(pipeline, "Talks between Iran and Iraq began in Geneva on Monday.") == [
        ("CONSULT", "IRN", "IRQ", "asserted")
    ]


def test_aid_arriving_in_a_country_goes_to_that_country(pipeline):
    events = summaries(pipeline, "Russian aid arrived in Armenia on Monday.")
    assert ("AID", "RUS", "ARM", "asserted") in events


def test_a_relative_pronoun_object_stands_for_its_noun(pipeline):
    # "the deadline that Russia met": meeting a deadline is no consultation
    assert summaries(pipeline, "Iran missed the deadline that Russia met last week.") == []
    events = summaries(pipeline, "Russian officials met the Ukrainian delegation in Minsk.")
    assert ("CONSULT", "RUS", "UKR", "asserted") in events


def test_judging_what_should_be_done_is_not_an_arrangement(pipeline):
    # "it is essential to reach an agreement": no one has arranged it
    assert ("AGREE", None, "IRN", "planned") not in summaries(
        pipeline, "It is essential to reach an agreement with Iran, the minister said."
    )


def test_no_before_the_object_negates_the_act(pipeline):
    assert summaries(pipeline, "Mexico held no talks with the United States on Wednesday.") == [
        ("CONSULT", "MEX", "USA", "negated")
    ]
    assert summaries(pipeline, "Mexico held talks with the United States on Wednesday.") == [
        ("CONSULT", "MEX", "USA", "asserted")
    ]


def test_relations_that_thaw_or_improve(pipeline):
    # initiating, resuming or improving diplomatic relations is SUPPORT (PLOVER manual)
    events = summaries(pipeline, "Relations between Ireland and the Netherlands have thawed significantly.")
    assert ("SUPPORT", "IRL", "NLD", "asserted") in events
    events = summaries(pipeline, "Two decades of frosty relations between Cuba and Spain have thawed.")
    assert ("SUPPORT", "CUB", "ESP", "asserted") in events
    assert summaries(pipeline, "Relations between Cuba and the United States have worsened.") == []


def test_what_is_ahead_is_yet_to_come(pipeline):
    # "on the eve of talks", "ahead of protests": the talks and protests have not happened yet
    text = "Russia freed 20 Ukrainian soldiers on the eve of talks between Russia and Ukraine in Minsk."
    events = summaries(pipeline, text)
    assert ("RETREAT", "RUS", "UKR", "asserted") in events
    assert ("CONSULT", "RUS", "UKR", "planned") in events
    coded = code(pipeline, "Egyptian police arrested 30 activists ahead of protests against the government in Cairo.")
    assert [e.factuality for e in coded.events if e.type == "PROTEST"] == ["planned"]
    coded = code(pipeline, "Egyptian police arrested 30 activists after protests against the government in Cairo.")
    assert [e.factuality for e in coded.events if e.type == "PROTEST"] == ["asserted"]


def test_a_trip_to_continue_talks_is_one_meeting(pipeline):
    # the talks the trip is for are the trip's purpose, not a second meeting that already happened
    text = "The Turkish foreign minister will travel to Athens next week to continue talks with Greek officials."
    assert summaries(pipeline, text) == [("CONSULT", "TUR", "GRC", "planned")]
# --- decisions carried by a verb ---------------------------------------------------------------------------


def test_ordering_a_halt_to_attacks_is_the_orderers_concession(pipeline):
    # the halt is declared by whoever orders it (a declared ceasefire, PLOVER CONCEDE), not a request to anyone
    coded = code(pipeline, "Truce\n\nHamas ordered a temporary halt in rocket attacks against Israel.")
    assert [summary(e) for e in coded.events] == [("CONCEDE", "PSE", "ISR", "asserted")]


def test_ordering_a_halt_to_attacks_has_its_source(pipeline):
    coded = code(pipeline, "Truce\n\nThe Taliban ordered a halt to attacks on Afghan forces on Monday.")
    assert [e.type for e in coded.events] == ["CONCEDE"]
    assert coded.events[0].source.country == "AFG"


def test_ordering_a_curfew_is_the_orderers_curfew_not_a_request(pipeline):
    assert summaries(pipeline, "Curfew\n\nPresident Buhari ordered a curfew in Lagos on Monday.") == [
        ("COERCE", "NGA", "NGA", "asserted")
    ]


def test_ordering_someone_to_act_stays_an_order_to_them(pipeline):
    # negative case: the object is an actor, not an event noun
    assert "REQUEST" in types(pipeline, "Order\n\nPresident Putin ordered Shoigu to review the army's budget.")


def test_a_halt_to_the_shelling_is_about_the_shelling(pipeline):
    # the parser hangs "to the shelling" on the verb; the halt still takes it as its object, not coded again
    assert summaries(pipeline, "Shelling\n\nVladimir Putin ordered a halt to the shelling of Kharkiv.") == [
        ("CONCEDE", "RUS", "UKR", "asserted")
    ]


# --- headlines ---------------------------------------------------------------------------------------------


def test_headline_first_of_two_coordinated_verbs_read_as_a_noun(pipeline):
    text = "Parties in Syria conflict declare truce and agree to prisoner exchange\n\nThe talks continued."
    coded = code(pipeline, text)
    assert [summary(e) for e in coded.events][:1] == [("CONCEDE", "SYR", "SYR", "asserted")]
    assert coded.events[0].evidence.trigger == "declare truce"


def test_headline_coordinated_verbs_both_coded(pipeline):
    text = "Parties in Libya war declare ceasefire and agree to talks\n\nThe talks continued."
    assert types(pipeline, text) == ["CONCEDE", "AGREE"]


def test_headline_announcing_verb_takes_an_event_noun(pipeline):
    text = "Rebels in Chad announce suspension of attacks against government forces\n\nThe talks continued."
    assert types(pipeline, text) == ["CONCEDE"]


def test_headline_announcing_verb_takes_an_event_noun_with_its_object(pipeline):
    text = "Militants in Nigeria announce halt to attacks on oil facilities\n\nThe talks continued."
    assert summaries(pipeline, text) == [("CONCEDE", "NGA", None, "asserted")]


def test_headline_noun_after_to_read_as_infinitive(pipeline):
    # "agree to withdrawal": the announced withdrawal is a concession (PLOVER manual)
    assert types(pipeline, "Rebels in Mali agree to withdrawal\n\nThe talks continued.") == ["CONCEDE"]


# --- what is not an event of its own ---------------------------------------------------------------------


def test_a_needed_ceasefire_is_only_possible(pipeline):
    # a need, like a wish, reports no ceasefire
    coded = code(pipeline, "Truce\n\nThe Syrian people need an immediate ceasefire now.")
    assert [e.factuality for e in coded.events if e.type == "RETREAT"] == ["possible"]


def test_the_wounded_a_battle_left_are_its_toll(pipeline):
    text = "Toll\n\nA week of fighting in Sudan left at least 40 people dead and at least 300 wounded."
    assert summaries(pipeline, text) == [("ASSAULT", None, "SDN", "asserted")]


def test_the_toll_of_a_battle_in_a_clause_the_parser_broke(pipeline):
    text = (
        "Truce\n\nThe Libyan factions have declared a truce after a week of fighting in Libya left at least 30 "
        "people dead and at least 100 wounded."
    )
    assert types(pipeline, text) == ["CONCEDE", "ASSAULT"]


def test_wounded_left_by_gunmen_stay_an_assault(pipeline):
    # negative case: the subject is an attacker, not an event
    assert "ASSAULT" in types(pipeline, "Toll\n\nTaliban gunmen left two Afghan policemen wounded in Kabul.")


def test_an_explosion_of_activity_is_no_bombing(pipeline):
    text = "Settlements\n\nThe Israeli occupation has led to an explosion of settlement activity in the West Bank."
    assert "ASSAULT" not in types(pipeline, text)


def test_an_explosion_at_an_embassy_stays_a_bombing(pipeline):
    assert "ASSAULT" in types(pipeline, "Blast\n\nAn explosion at the Israeli embassy in Ankara killed two guards.")


# --- promises not to use force -----------------------------------------------------------------------------


def test_a_pledge_not_to_resort_to_force_is_a_concession(pipeline):
    text = "Protests\n\nThe Kenyan government announced that it will not resort to violence to end the protests."
    coded = code(pipeline, text)
    assert ("CONCEDE", "KEN") in [(e.type, e.source.country) for e in coded.events if e.factuality == "asserted"]
    assert [e.factuality for e in coded.events if e.type == "ASSAULT"] == ["negated"]


def test_a_pledge_not_to_use_force_is_a_concession(pipeline):
    text = "Border\n\nPeru said it will not use force against Ecuador."
    assert ("CONCEDE", "PER", "ECU", "asserted") in summaries(pipeline, text)


def test_using_force_is_an_assault(pipeline):
    assert types(pipeline, "Border\n\nThe Sudanese army used force against the protesters in Khartoum.") == ["ASSAULT"]


def test_without_negates_the_act_it_introduces(pipeline):
    coded = code(pipeline, "Arrest\n\nFrench police arrested the suspect in Paris without firing a shot.")
    assert [e.factuality for e in coded.events if e.type == "ASSAULT"] == ["negated"]


def test_a_pledge_to_stop_construction_is_a_future_concession(pipeline):
    text = "Settlements\n\nIsrael agreed to stop settlement construction in the West Bank."
    assert ("CONCEDE", "ISR", "PSE", "planned") in summaries(pipeline, text)


def test_stopping_imports_is_not_giving_up_a_project(pipeline):
    # negative case: the object is none of the projects one gives up
    assert "CONCEDE" not in types(pipeline, "Trade\n\nChina stopped imports of Australian coal in May.")


def test_an_event_noun_as_the_topic_of_information_is_no_event(pipeline):
    text = "Truce\n\nPeru and Chile have agreed to exchange information on their deployments along the border."
    assert "MOBILIZE" not in types(pipeline, text)


def test_a_planned_deployment_stays_an_event(pipeline):
    # negative case: the deployment is what is agreed, not what information is about
    assert "MOBILIZE" in types(pipeline, "Troops\n\nPeru announced the deployment of 2,000 troops to its border.")
