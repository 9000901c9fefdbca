from actions.knowledge import (
    FIT_OPTIONS,
    ActionAnswerSource,
    ActionAnswerTreatment,
    ActionDeclineOffer,
    ActionGiveOffer,
    ActionTreatmentMenu,
)
from bot.knowledge.catalog import load
from tests.actions.helpers import run, tracker

CATALOG = load()


def test_answer_sends_the_parts_then_one_question_and_remembers_the_topic():
    messages, slots = run(ActionAnswerTreatment(), tracker("how does methadone work"))
    topic = CATALOG.topics["methadone"]
    assert [m["text"] for m in messages[: len(topic.answer)]] == list(topic.answer)
    assert messages[-1]["text"].endswith("?")
    assert all(not m["buttons"] for m in messages[:-1]), "buttons only on the last message"
    assert slots["topic"] == "methadone"


def test_a_follow_up_uses_the_topic_slot():
    topic = next(t for t in CATALOG.topics.values() if "duration" in t.followups)
    messages, slots = run(ActionAnswerTreatment(), tracker("how long does it last", slots={"topic": topic.id}))
    assert messages[0]["text"] == topic.followups["duration"][0]
    assert slots["topic"] == topic.id


def test_a_button_names_the_topic_with_an_entity():
    entities = [{"entity": "topic", "value": "smart_recovery"}]
    _, slots = run(ActionAnswerTreatment(), tracker("/ask_treatment", entities=entities))
    assert slots["topic"] == "smart_recovery"


def test_an_offer_is_remembered_and_given_only_on_yes():
    _, slots = run(ActionAnswerTreatment(), tracker("what is detox"))
    assert slots["offer_pending"] is True
    offered = slots["offered_topic"]
    messages, slots = run(ActionGiveOffer(), tracker("yes", slots={"offer_pending": True, "offered_topic": offered}, intent="affirm"))
    assert messages[0]["text"] == CATALOG.topics[offered].answer[0]
    assert slots["topic"] == offered
    messages, slots = run(ActionDeclineOffer(), tracker("no", slots={"offer_pending": True, "offered_topic": offered}, intent="deny"))
    assert slots == {"offer_pending": False, "offered_topic": None}
    assert messages[0]["response"] == "utter_offer_declined"


def test_fit_options_come_after_a_yes_with_reasons_and_buttons():
    slots = {"offer_pending": True, "offered_topic": FIT_OPTIONS, "fit_severity": "high", "fit_home_support": "no"}
    messages, new_slots = run(ActionGiveOffer(), tracker("yes", slots=slots, intent="affirm"))
    text = "\n".join(m["text"] for m in messages)
    assert CATALOG.topics["residential_short"].title in text
    assert messages[-1]["buttons"]
    assert new_slots["offer_pending"] is False


def test_source_and_menu():
    messages, _ = run(ActionAnswerSource(), tracker("where is that from", slots={"topic": "naloxone"}, intent="ask_source"))
    assert CATALOG.topics["naloxone"].source.url in messages[0]["text"]
    messages, _ = run(ActionTreatmentMenu(), tracker("what treatments are there", intent="ask_treatment_menu"))
    assert len(messages[-1]["buttons"]) >= 6
