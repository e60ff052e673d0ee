"""Conflict-side coding rules: threats and their content, conditions laid on the threatened party, planned
protests, relative clauses under a promise, and a few lexicon entries (tightening the screws, bombing
campaigns, "pull out" only without an object).

Each test codes a short invented sentence and checks category, mode, factuality or actors.
"""

from __future__ import annotations

import pytest

from coding import code, of_type

pytestmark = pytest.mark.model

def country(actor) -> str | None:
    return actor.country if actor is not None else None


# --- threats ------------------------------------------------------------------------------------------------


def test_promised_bombing_campaign_is_a_threat_of_violence(pipeline):
    coded = code(pipeline, "The rebels promised to resume their bombing campaign against the Malian army.")
    threats = of_type(coded, "THREATEN")
    assert threats and all(e.mode == "violence" for e in threats)
    assert not of_type(coded, "AGREE") and not of_type(coded, "ASSAULT")


def test_recoded_promise_carries_the_mode_of_what_it_promises(pipeline):
    coded = code(pipeline, "Turkey pledged to arrest the journalists.")
    assert [e.mode for e in of_type(coded, "THREATEN")] == ["arrest"]


def test_threat_target_is_the_object_of_a_coordinated_verb(pipeline):
    coded = code(pipeline, "Bolivian soldiers threatened to detain and beat Peruvian farmers.")
    threats = of_type(coded, "THREATEN")
    assert threats and country(threats[0].source) == "BOL"
    assert country(threats[0].target) == "PER"


def test_pronoun_in_a_condition_refers_to_the_threatened_party(pipeline):
    coded = code(
        pipeline,
        "Bolivian soldiers threatened to detain Peruvian farmers if they tried to march on the border post.",
    )
    protests = of_type(coded, "PROTEST")
    assert protests, "the conditional march is still coded"
    assert all(country(e.source) != "BOL" for e in protests)


def test_condition_pronoun_takes_up_a_singular_object(pipeline):
    coded = code(pipeline, "Russia will bomb Ukraine if it attacks the border town.")
    assaults = [e for e in of_type(coded, "ASSAULT") if "attacks" in e.evidence.trigger]
    assert assaults and country(assaults[0].source) == "UKR"


# --- protests ------------------------------------------------------------------------------------------------


def test_intention_to_demonstrate_is_a_planned_protest_not_a_threat(pipeline):
    coded = code(pipeline, "Kenyan police said the students' intention to hold a rally in Nairobi was illegal.")
    assert not of_type(coded, "THREATEN")
    assert [e.factuality for e in of_type(coded, "PROTEST")] == ["planned"]


def test_conditional_march_is_a_threat(pipeline):
    coded = code(pipeline, "Kenyan students said they will march on parliament unless the fees are cut.")
    assert of_type(coded, "THREATEN")


def test_stated_boycott_stays_a_threat_to_restrict(pipeline):
    coded = code(pipeline, "Kenyan traders said they would boycott all Ugandan goods.")
    assert [e.mode for e in of_type(coded, "THREATEN")] == ["restrict"]


# --- factuality ---------------------------------------------------------------------------------------------


def test_relative_clause_after_a_preposition_makes_its_own_claim(pipeline):
    coded = code(
        pipeline,
        "The Thai government vowed to end the rallies, during which thousands of students attacked the police.",
    )
    attacks = [e for e in of_type(coded, "ASSAULT") if "attacked" in e.evidence.trigger]
    assert attacks and all(e.factuality == "asserted" for e in attacks)


# --- lexicon ------------------------------------------------------------------------------------------------


def test_tightening_the_screws_is_coercion(pipeline):
    coded = code(pipeline, "Belarus tightened the screws on independent newspapers.")
    assert [(e.type, e.mode, country(e.source)) for e in coded.events] == [("COERCE", "restrict", "BLR")]


def test_pulling_something_out_of_someone_is_no_withdrawal(pipeline):
    coded = code(pipeline, "Witnesses said Iranian guards pulled the banners out of the hands of the students.")
    assert not of_type(coded, "RETREAT")


def test_pulling_out_without_object_is_a_withdrawal(pipeline):
    coded = code(pipeline, "Canada pulled out of the mission in Mali.")
    assert [e.type for e in coded.events] == ["RETREAT"]


def test_pulling_troops_out_is_a_withdrawal(pipeline):
    coded = code(pipeline, "Canada pulled its troops out of Mali.")
    assert [e.type for e in coded.events] == ["RETREAT"]


# --- actors -------------------------------------------------------------------------------------------------


def test_participle_coordinated_with_a_passive_has_no_actor(pipeline):
    coded = code(pipeline, "Three Nigerian soldiers were ambushed and killed near the Chadian border.")
    assert all(country(e.source) != "NGA" for e in coded.events)
    assert any(country(e.target) == "NGA" for e in coded.events)


def test_coordinated_verb_with_its_own_auxiliary_keeps_the_shared_subject(pipeline):
    coded = code(pipeline, "The Nigerian minister has been indicted and will resign.")
    assert [country(e.source) for e in of_type(coded, "RETREAT")] == ["NGA"]


# --- round 2: clashes, cyber attacks, outcomes, pronouns ------------------------------------------------------


def test_clash_with_demonstrators_is_a_riot(pipeline):
    coded = code(pipeline, "Police in Ankara clashed with a group of demonstrators on Friday.")
    assert [(e.type, e.mode) for e in coded.events] == [("PROTEST", "riot")]


def test_clash_with_police_by_no_one_named_is_a_riot(pipeline):
    coded = code(pipeline, "At least 12 people died in violent clashes with riot police in Lusaka.")
    assert [(e.type, e.mode) for e in of_type(coded, "PROTEST")] == [("PROTEST", "riot")]
    assert not of_type(coded, "ASSAULT") or all(e.evidence.trigger != "clashes" for e in of_type(coded, "ASSAULT"))


def test_clash_with_militants_stays_an_assault(pipeline):
    coded = code(pipeline, "A Turkish police sergeant died in clashes with Kurdish militants near Van.")
    assert of_type(coded, "ASSAULT") and not of_type(coded, "PROTEST")


def test_cyber_attack_happens_where_its_object_is(pipeline):
    coded = code(pipeline, "Officials said a cyber attack crippled a major power plant in eastern Ukraine.")
    assert [(e.type, e.mode, country(e.target)) for e in coded.events] == [("COERCE", "cyber", "UKR")]


def test_network_attack_by_agent_happens_where_its_patient_is(pipeline):
    coded = code(pipeline, "Banking systems in Estonia were knocked out for hours by a network attack.")
    assert [(e.type, e.mode, country(e.target)) for e in coded.events] == [("COERCE", "cyber", "EST")]


def test_outcome_verb_carries_its_event_noun(pipeline):
    coded = code(pipeline, "The police raid resulted in the arrest of three Kenyan journalists.")
    assert [(e.type, country(e.target)) for e in of_type(coded, "COERCE")] == [("COERCE", "KEN")]


def test_pronoun_in_adverbial_clause_refers_to_main_subject(pipeline):
    coded = code(
        pipeline,
        "Iran threatens Gulf shipping\n\nThe committee published its findings on Monday, as it criticised the "
        "crackdown on protesters in the region.",
    )
    assert all(country(e.source) != "IRN" for e in of_type(coded, "ACCUSE"))


def test_striking_down_a_law_is_no_attack(pipeline):
    coded = code(pipeline, "Kenya's Supreme Court struck down the president's new banking law on Monday.")
    assert not of_type(coded, "ASSAULT")


def test_raising_the_prospect_of_force_is_a_threat(pipeline):
    coded = code(
        pipeline,
        "Trade dispute deepens\n\nThe Canadian government raised the possibility of sanctions against Chile on "
        "Tuesday.",
    )
    assert [(e.type, country(e.source), country(e.target)) for e in coded.events] == [("THREATEN", "CAN", "CHL")]


def test_floating_the_prospect_of_suspending_talks_threatens_relations(pipeline):
    coded = code(pipeline, "Kenyan minister floats the prospect of suspending talks with Uganda")
    assert [(e.type, e.mode) for e in of_type(coded, "THREATEN")] == [("THREATEN", "relations")]


def test_raising_the_possibility_of_talks_is_no_threat(pipeline):
    coded = code(pipeline, "Ties warm\n\nThe Canadian government raised the possibility of talks with Chile.")
    assert not of_type(coded, "THREATEN")


def test_saying_one_would_retaliate_is_a_threat_of_violence(pipeline):
    coded = code(pipeline, "Border dispute\n\nThe Kenyan army said it would retaliate against Somali militias.")
    assert [(e.type, e.mode, country(e.source)) for e in coded.events] == [("THREATEN", "violence", "KEN")]


def test_raising_the_potential_of_protests_is_a_threat(pipeline):
    coded = code(
        pipeline, "Vote dispute\n\nKenyan activists raised the potential of protests if the fraud is ignored."
    )
    assert [e.type for e in coded.events] == ["THREATEN"]


# --- conditional force and floated measures -----------------------------------------------------------------


def test_headline_infinitive_under_its_subject_with_a_condition_is_a_threat(pipeline):
    # the parser hangs "to Arrest" on "Police" as a relative clause: still the headline's future
    coded = code(
        pipeline, "Kenyan Police to Arrest Students if they Publicize Exam Results\n\nA statement said so on Monday."
    )
    assert [(e.type, e.mode, country(e.source)) for e in coded.events] == [("THREATEN", "arrest", "KEN")]


def test_headline_infinitive_without_a_condition_is_a_planned_act(pipeline):
    coded = code(pipeline, "Kenyan Police to Arrest Students\n\nA statement said so on Monday.")
    assert [(e.type, e.factuality) for e in coded.events] == [("COERCE", "planned")]


def test_force_against_whoever_does_something_is_a_threat(pipeline):
    coded = code(pipeline, "The Turkish interior ministry will arrest anyone who joins the march.")
    assert [(e.type, e.mode, country(e.source)) for e in coded.events] == [("THREATEN", "arrest", "TUR")]
    coded = code(pipeline, "Kenyan police will detain any student who joins the march.")
    assert [(e.type, e.mode) for e in coded.events] == [("THREATEN", "arrest")]


def test_force_against_named_people_is_no_conditional_threat(pipeline):
    coded = code(pipeline, "The Turkish police will arrest the journalists who published the report.")
    assert [(e.type, e.factuality) for e in coded.events] == [("COERCE", "planned")]
    coded = code(pipeline, "The Turkish interior ministry arrested anyone who joined the march.")
    assert [(e.type, e.factuality) for e in coded.events] == [("COERCE", "asserted")]


def test_conditional_sanctions_threaten_to_restrict(pipeline):
    coded = code(pipeline, "Germany will impose sanctions on Iran unless the talks resume.")
    assert [(e.type, e.mode, country(e.source), country(e.target)) for e in coded.events] == [
        ("THREATEN", "restrict", "DEU", "IRN")
    ]


def test_raising_the_potential_of_suspending_talks_threatens_relations(pipeline):
    coded = code(pipeline, "The Kenyan government raised the potential of suspending talks with Uganda.")
    assert [(e.type, e.mode, country(e.source)) for e in coded.events] == [("THREATEN", "relations", "KEN")]


def test_raising_the_potential_of_resuming_talks_is_no_threat(pipeline):
    coded = code(pipeline, "The Kenyan government raised the potential of resuming talks with Uganda.")
    assert not of_type(coded, "THREATEN")


def test_floating_major_restrictions_on_movement_is_a_threat(pipeline):
    coded = code(pipeline, "The Kenyan government floated the possibility of major restrictions on movement.")
    assert [(e.type, e.mode, country(e.source)) for e in coded.events] == [("THREATEN", "restrict", "KEN")]


def test_restrictions_imposed_or_eased(pipeline):
    coded = code(pipeline, "The Kenyan government imposed restrictions on movement in Nairobi.")
    assert [(e.type, e.mode, e.factuality) for e in coded.events] == [("COERCE", "restrict", "asserted")]
    coded = code(pipeline, "Kenya eased restrictions on Ugandan imports.")
    assert [e.type for e in coded.events] == ["CONCEDE"]


# --- accusations and what they allege -----------------------------------------------------------------------


def test_the_act_someone_is_accused_of_is_alleged_and_done_by_the_accused(pipeline):
    coded = code(pipeline, "Tensions in the Aegean\n\nAnkara on Monday accused Greece of attacking Turkish ships.")
    assert [(country(e.source), country(e.target)) for e in of_type(coded, "ACCUSE")] == [("TUR", "GRC")]
    assault = of_type(coded, "ASSAULT")
    assert [(country(e.source), e.factuality) for e in assault] == [("GRC", "possible")]


def test_the_act_a_suspect_is_arrested_for_is_alleged(pipeline):
    text = "Arrest in Lahore\n\nPakistani police arrested a man suspected of killing two Afghan refugees."
    coded = code(pipeline, text)
    assert [e.factuality for e in of_type(coded, "COERCE")] == ["asserted"]
    assert [e.factuality for e in of_type(coded, "ASSAULT")] == ["possible"]


def test_the_act_in_an_allegation_clause_is_alleged(pipeline):
    text = "Hospital hit\n\nAmnesty International voiced allegations that Syrian forces bombed a hospital."
    coded = code(pipeline, text)
    assert of_type(coded, "ACCUSE")
    assert [(country(e.source), e.factuality) for e in of_type(coded, "ASSAULT")] == [("SYR", "possible")]


def test_a_conviction_or_an_earlier_act_is_not_only_alleged(pipeline):
    coded = code(pipeline, "Verdict in Kabul\n\nAn Afghan court convicted two men of killing a French aid worker.")
    assert [e.factuality for e in of_type(coded, "ASSAULT")] == ["asserted"]
    text = "Verdict in Kabul\n\nThe Taliban fighters were charged with murder after they killed three Afghan soldiers."
    coded = code(pipeline, text)
    assert [e.factuality for e in of_type(coded, "ASSAULT")] == ["asserted"]


def test_what_someone_is_prevented_from_doing_is_theirs(pipeline):
    coded = code(pipeline, "Gulf standoff\n\nThe Saudi navy prevented Iran from sending troops to Yemen.")
    assert [(e.type, country(e.source), e.factuality) for e in coded.events] == [("MOBILIZE", "IRN", "negated")]


def test_arrest_on_charges_is_also_an_accusation_by_the_arresting_party(pipeline):
    coded = code(pipeline, "Journalists held\n\nEgyptian police arrested Ahmed Saleh on charges of terrorism.")
    accuse = of_type(coded, "ACCUSE")
    assert [(country(e.source), e.target.name if e.target else None) for e in accuse] == [("EGY", "Ahmed Saleh")]
    assert [e.type for e in coded.events] == ["COERCE", "ACCUSE"]
    coded = code(pipeline, "Journalists held\n\nEgyptian police arrested Ahmed Saleh on Tuesday.")
    assert not of_type(coded, "ACCUSE")


def test_blame_only_for_the_clause_a_speaker_reports(pipeline):
    coded = code(pipeline, "Moscow speaks\n\nRussian officials claimed that Georgia had stoked tensions in the region.")
    assert [(country(e.source), country(e.target)) for e in of_type(coded, "ACCUSE")] == [("RUS", "GEO")]
    text = (
        "Drug raids\n\nThe United Nations reported that Honduras has detained thousands of people suspected of "
        "trafficking or violating regulations."
    )
    assert not of_type(code(pipeline, text), "ACCUSE")


# --- disapproval by a judging predicate ---------------------------------------------------------------------


def test_calling_an_act_illegal_or_unacceptable_is_disapproval(pipeline):
    coded = code(pipeline, "Crimea dispute\n\nGerman officials called Russia's decision unacceptable.")
    assert [(e.mode, country(e.source), country(e.target)) for e in of_type(coded, "ACCUSE")] == [
        ("disapprove", "DEU", "RUS")
    ]
    coded = code(pipeline, "Crimea dispute\n\nGerman officials called the meeting with Russia useful.")
    assert not of_type(coded, "ACCUSE")


def test_a_speaker_saying_an_act_was_deplorable_disapproves_of_it(pipeline):
    text = "Nuclear talks\n\nFrance's foreign ministry told reporters the Iranian decision was disappointing."
    coded = code(pipeline, text)
    assert [(e.mode, country(e.source), country(e.target)) for e in of_type(coded, "ACCUSE")] == [
        ("disapprove", "FRA", "IRN")
    ]
    coded = code(pipeline, "Border crossing\n\nFrench officials said the border with Spain was open.")
    assert not of_type(coded, "ACCUSE")
