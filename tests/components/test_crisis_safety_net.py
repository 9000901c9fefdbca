"""The NLU component that joins the safety net to the classifier (no trained model needed)."""
import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.crisis_safety_net import OUTPUT_KEY, OVERRULED_KEY, PROMOTED_KEY, CrisisSafetyNet


@pytest.fixture(scope="module")
def component():
    return CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), "classifier_threshold": 0.9, "ask_threshold": 0.5})


def classified(text, intent, confidence):
    ranking = [{"name": intent, "confidence": confidence}, {"name": "share_update", "confidence": 1 - confidence}]
    return Message(data={TEXT: text, INTENT: {"name": intent, "confidence": confidence}, INTENT_RANKING_KEY: ranking})


def run(component, message):
    component.process([message])
    return message


def test_the_net_overrides_the_classifier(component):
    message = run(component, classified("i have the pills saved up to end my life", "ask_treatment", 0.99))
    assert message.get(INTENT)["name"] == "crisis_suicide"
    assert message.get(OUTPUT_KEY) == {"kind": "suicide", "rule": message.get(OUTPUT_KEY)["rule"],
                                       "classifier_intent": "ask_treatment"}


def test_a_confident_classifier_crisis_stands_when_the_net_is_silent(component):
    # Words the net has no pattern for: only the classifier can know.
    message = run(component, classified("i can't see any way forward and tonight feels final", "crisis_suicide", 0.97))
    assert message.get(INTENT)["name"] == "crisis_suicide"
    assert message.get(OVERRULED_KEY) is None


def test_an_unsure_classifier_crisis_asks_whether_the_user_is_safe(component):
    message = run(component, classified("feeling a bit off about the bus timetable", "crisis_medical", 0.6))
    assert message.get(INTENT) == {"name": "crisis_possible", "confidence": 0.6}
    assert message.get(OVERRULED_KEY) == {"classifier_intent": "crisis_medical", "reason": "low_confidence"}


@pytest.mark.parametrize(
    "text", ["i would kill for a coffee after that meeting", "my uncle had a stroke in 2015 and he's fully recovered"]
)
def test_an_idiom_or_history_overrules_a_confident_classifier(component, text):
    message = run(component, classified(text, "crisis_suicide", 0.99))
    assert message.get(INTENT)["name"] == "nlu_fallback"
    assert message.get(OVERRULED_KEY)["reason"] == "innocent_reading"


def test_a_classifier_crisis_below_the_question_threshold_becomes_a_fallback(component):
    message = run(component, classified("got approved for the apartment", "crisis_overdose", 0.4))
    assert message.get(INTENT)["name"] == "nlu_fallback"
    assert message.get(OVERRULED_KEY) == {"classifier_intent": "crisis_overdose", "reason": "low_confidence"}


def test_an_unsure_classifier_crisis_that_reads_as_an_idiom_is_not_asked_about(component):
    message = run(component, classified("this playlist is killing it", "crisis_suicide", 0.6))
    assert message.get(INTENT)["name"] == "nlu_fallback"
    assert message.get(OVERRULED_KEY)["reason"] == "innocent_reading"


def test_other_intents_are_left_alone(component):
    message = run(component, classified("how does methadone work", "ask_treatment", 0.3))
    assert message.get(INTENT)["name"] == "ask_treatment"
    assert message.get(OVERRULED_KEY) is None


def with_probability(message, probability):
    message.set("crisis_probability", probability)
    return message


def test_the_crisis_model_can_veto_an_unsteady_classifier(component):
    # DIET is sure, the yes/no crisis model is not: the mean (0.55) is below the crisis threshold, above the
    # question's.
    message = run(component, with_probability(classified("goodnight, see you tomorrow", "crisis_suicide", 0.99), 0.1))
    assert message.get(INTENT)["name"] == "crisis_possible"
    assert message.get(OVERRULED_KEY) == {"classifier_intent": "crisis_suicide", "reason": "low_confidence"}


def test_both_classifiers_agreeing_make_a_crisis(component):
    message = run(component, with_probability(classified("tonight feels final somehow", "crisis_suicide", 0.85), 0.97))
    assert message.get(INTENT)["name"] == "crisis_suicide"


def test_a_crisis_ranked_second_is_promoted_when_the_score_is_high(component):
    ranking = [{"name": "share_update", "confidence": 0.04}, {"name": "crisis_overdose", "confidence": 0.96}]
    message = Message(data={TEXT: "things feel strange here tonight", INTENT: {"name": "share_update", "confidence": 0.04},
                            INTENT_RANKING_KEY: ranking, "crisis_probability": 0.95})
    run(component, message)
    assert message.get(INTENT)["name"] == "crisis_overdose"
    assert message.get(PROMOTED_KEY) == {"classifier_intent": "share_update", "score": 0.955}


def test_the_score_without_the_crisis_model_is_the_intent_classifiers(component):
    message = classified("x", "crisis_medical", 0.7)
    assert component.crisis_score(message) == pytest.approx(0.7)
    assert component.crisis_score(with_probability(message, 0.3)) == pytest.approx(0.5)


def test_the_crisis_model_weight_sets_its_share_of_the_score():
    weighted = CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), "crisis_model_weight": 0.7})
    message = with_probability(classified("x", "crisis_medical", 1.0), 0.5)
    assert weighted.crisis_score(message) == pytest.approx(0.3 * 1.0 + 0.7 * 0.5)


@pytest.mark.parametrize("weight", [-0.1, 1.5])
def test_a_crisis_model_weight_outside_0_and_1_is_refused(weight):
    with pytest.raises(ValueError, match="crisis_model_weight"):
        CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), "crisis_model_weight": weight})


def test_a_sure_crisis_model_asks_whatever_the_intent_classifier_said(component):
    # DIET filed it under an everyday intent with no crisis in its ranking; the yes/no model is sure.
    message = run(component, with_probability(classified("lightening the load, gave the dog to my sister", "share_update", 0.9), 0.95))
    assert message.get(INTENT)["name"] == "crisis_possible"
    assert message.get(OVERRULED_KEY) == {"classifier_intent": "share_update", "reason": "crisis_model"}


def test_an_unsure_crisis_model_leaves_an_everyday_intent_alone(component):
    message = run(component, with_probability(classified("gave the dog to my sister for the week", "share_update", 0.9), 0.85))
    assert message.get(INTENT)["name"] == "share_update"
    assert message.get(OVERRULED_KEY) is None


def test_a_sure_crisis_model_does_not_ask_about_an_idiom(component):
    message = run(component, with_probability(classified("this playlist is killing it", "share_update", 0.9), 0.97))
    assert message.get(INTENT)["name"] == "share_update"
    assert message.get(OVERRULED_KEY) is None


def test_the_net_hands_off_whatever_the_crisis_model_says(component):
    # Tried and not adopted (eval/README.md): asking instead when the model all but ruled the net's hit out.
    message = run(component, with_probability(classified("i want to kill myself", "greet", 0.9), 0.0))
    assert message.get(INTENT)["name"] == "crisis_suicide"


@pytest.mark.parametrize("probability,intent", [(0.97, "crisis_overdose"), (0.9, "nlu_fallback")])
def test_the_innocent_reading_vetoes_only_a_crisis_model_below_its_ceiling(probability, intent):
    # Clean for months (a sign of history that is over) and "what i used to do" (a past time), yet a dose now.
    component = CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), "classifier_threshold": 0.5,
                                 "crisis_model_weight": 1.0, "innocent_veto_below": 0.95})
    text = "clean 4 months and tonight i did what i used to do, it all feels heavy"
    assert component._detector.reads_as_innocent(text)
    message = run(component, with_probability(classified(text, "crisis_overdose", 0.5), probability))
    assert message.get(INTENT)["name"] == intent


def with_kinds(message, **kinds):
    message.set("crisis_kind", kinds)
    return message


def test_the_kind_model_names_a_crisis_the_net_did_not_find(component):
    # DIET ranked overdose first; the kind model, which learnt the blind sets' kinds, says suicide.
    message = classified("took the lot on purpose so it just stops", "crisis_overdose", 0.97)
    run(component, with_kinds(with_probability(message, 0.99), suicide=0.8, overdose=0.15, medical=0.05))
    assert message.get(INTENT)["name"] == "crisis_suicide"


def test_the_kind_model_picks_among_the_kinds_the_net_found(component):
    # The net finds self-harm (cut) and medical (bleeding), medical first; the kind model says self-harm.
    text = "i cut myself again and it won't stop bleeding"
    message = run(component, with_kinds(classified(text, "greet", 0.9), self_harm=0.9, medical=0.1))
    assert message.get(INTENT)["name"] == "crisis_self_harm"
    assert message.get(OUTPUT_KEY)["kind"] == "medical"  # what the net itself found first


def test_the_kind_model_does_not_trade_the_nets_overdose_for_a_reply_without_911(component):
    message = run(component, with_kinds(classified("he is not breathing and his lips are blue", "greet", 0.9),
                                        suicide=0.9, overdose=0.1))
    assert message.get(INTENT)["name"] == "crisis_overdose"


def test_a_hit_that_does_not_name_its_kind_leaves_the_kind_to_the_kind_model(component):
    # The net finds only "it's happening right now" (under overdose, without naming a kind): the self-harm the kind
    # model reads is not traded for the overdose reply.
    message = run(component, with_kinds(classified("my roommate has the razor out again, it's happening right now",
                                                   "greet", 0.9), self_harm=0.8, overdose=0.2))
    assert message.get(INTENT)["name"] == "crisis_self_harm"
    assert message.get(OUTPUT_KEY)["rule"] == "overdose:it_is_happening_now"


def test_a_hit_that_does_not_name_its_kind_answers_with_its_own_when_nothing_else_names_one(component):
    message = run(component, classified("help it's happening right now", "greet", 0.9))
    assert message.get(INTENT)["name"] == "crisis_overdose"
