from actions.knowledge import FIT_OPTIONS
from actions.treatment_fit import ActionSuggestTreatmentOptions, ValidateTreatmentFitForm
from rasa_sdk.executor import CollectingDispatcher
from tests.actions.helpers import run, tracker


def validate(slot, value):
    dispatcher = CollectingDispatcher()
    result = getattr(ValidateTreatmentFitForm(), f"validate_{slot}")(value, dispatcher, tracker(value), {})
    return result[slot], dispatcher.messages


def test_clear_answers_are_read():
    assert validate("fit_home_support", "not really")[0] == "no"
    assert validate("fit_severity", "it's taken over")[0] == "high"
    assert validate("fit_tried", "  tried   detox twice ")[0] == "tried detox twice"


def test_an_unclear_answer_is_asked_again_kindly():
    value, messages = validate("fit_health", "purple monkey")
    assert value is None
    assert messages[0]["response"] == "utter_fit_unclear"


def test_the_summary_comes_before_asking_permission_to_share_options():
    slots = {"fit_tried": "detox", "fit_severity": "high", "fit_home_support": "no", "fit_commitments": "yes", "fit_health": "skip"}
    messages, new_slots = run(ActionSuggestTreatmentOptions(), tracker("no", slots=slots))
    assert "detox" in messages[0]["text"]
    assert messages[-1]["text"].endswith("?") and messages[-1]["buttons"]
    assert new_slots == {"offer_pending": True, "offered_topic": FIT_OPTIONS}
