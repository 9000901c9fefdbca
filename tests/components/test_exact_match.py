"""The exact-example classifier: a message identical to a non-crisis training example gets its intent."""
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.exact_match import OUTPUT_KEY, ExactExampleClassifier, example_key

EXAMPLES = [("help", "help"), ("Sure!", "affirm"), ("good morning", "greet"), ("kms", "crisis_suicide"),
            ("not sure", "deny"), ("not sure", "express_concern")]


@pytest.fixture
def trained(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("exact")
    component = ExactExampleClassifier.create({}, storage, resource, None)
    component.train(TrainingData([Message(data={TEXT: text, INTENT: intent}) for text, intent in EXAMPLES]))
    return ExactExampleClassifier.load({}, storage, resource, None)


def parsed(text, intent="nlu_fallback", confidence=0.45):
    ranking = [{"name": intent, "confidence": confidence}, {"name": "ask_treatment", "confidence": 0.2}]
    return Message(data={TEXT: text, INTENT: {"name": intent, "confidence": confidence}, INTENT_RANKING_KEY: ranking})


@pytest.mark.parametrize("text,intent", [("help", "help"), ("HELP!!", "help"), ("sure", "affirm"),
                                         ("  Good   morning. ", "greet")])
def test_an_exact_training_example_gets_its_intent(trained, text, intent):
    message = parsed(text)
    trained.process([message])
    assert message.get(INTENT) == {"name": intent, "confidence": 1.0}
    assert [entry["name"] for entry in message.get(INTENT_RANKING_KEY)] == [intent, "ask_treatment"]
    assert message.get(OUTPUT_KEY) == intent


@pytest.mark.parametrize("text", ["kms", "not sure", "help me please", "", None, 42])
def test_crisis_ambiguous_other_or_odd_messages_are_left_to_the_classifiers(trained, text):
    message = parsed(text, "share_update", 0.7)
    trained.process([message])
    assert message.get(INTENT) == {"name": "share_update", "confidence": 0.7}
    assert message.get(OUTPUT_KEY) is None


def test_an_untrained_component_changes_nothing(tmp_path):
    component = ExactExampleClassifier.load({}, LocalModelStorage(tmp_path), Resource("missing"), None)
    message = parsed("help")
    component.process([message])
    assert message.get(INTENT)["name"] == "nlu_fallback"


def test_example_key_ignores_case_punctuation_and_spacing():
    assert example_key("  What's   UP?! ") == example_key("what s up") == "what s up"
