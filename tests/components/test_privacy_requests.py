"""The Rasa component around the privacy request model: trains, persists, loads, and gives way to a crisis."""
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.privacy_requests import OUTPUT_KEY, PrivacyRequestClassifier

OTHERS = [("i want to end my life", "crisis_suicide"), ("how does suboxone work", "ask_treatment"),
          ("hello there", "greet"), ("i went to a meeting today", "share_update"), ("thanks a lot", "thank")] * 4
REQUESTS = """requests:
  forget_me: ["delete my data", "erase this conversation", "wipe my chat history", "remove my messages"]
  ask_privacy: ["is this confidential", "who can see my messages", "do you keep logs", "is this chat private"]
others: ["i deleted my dealer's number"]
"""


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "requests.yml"
    path.write_text(REQUESTS, encoding="utf-8")
    return dict(PrivacyRequestClassifier.get_default_config(), requests=str(path), threshold=0.5)


def trained(config, tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("privacy")
    component = PrivacyRequestClassifier.create(config, storage, resource, None)
    component.train(TrainingData([Message(data={TEXT: text, INTENT: intent}) for text, intent in OTHERS]))
    return PrivacyRequestClassifier.load(config, storage, resource, None)


def parsed(text, intent, confidence=0.4):
    ranking = [{"name": intent, "confidence": confidence}, {"name": "crisis_suicide", "confidence": 0.1}]
    return Message(data={TEXT: text, INTENT: {"name": intent, "confidence": confidence}, INTENT_RANKING_KEY: ranking})


def test_a_privacy_request_gets_its_intent_and_the_crisis_scores_stay_in_the_ranking(config, tmp_path):
    message = parsed("please delete my data", "nlu_fallback")
    trained(config, tmp_path).process([message])
    assert message.get(INTENT)["name"] == "forget_me" and message.get(OUTPUT_KEY)["intent"] == "forget_me"
    assert {"name": "crisis_suicide", "confidence": 0.1} in message.get(INTENT_RANKING_KEY)


def test_other_messages_and_crises_are_left_alone(config, tmp_path):
    ordinary, crisis = parsed("how does suboxone work", "ask_treatment", 0.9), parsed("delete my data", "crisis_suicide", 0.6)
    trained(config, tmp_path).process([ordinary, crisis])
    assert ordinary.get(INTENT)["name"] == "ask_treatment" and crisis.get(INTENT)["name"] == "crisis_suicide"
    assert ordinary.get(OUTPUT_KEY) is None and crisis.get(OUTPUT_KEY) is None


def test_editing_the_examples_changes_the_fingerprint_so_rasa_retrains(config, tmp_path):
    before = PrivacyRequestClassifier.fingerprint_addon(config)
    with open(config["requests"], "a", encoding="utf-8") as file:
        file.write('  - "forget everything i wrote"\n')
    assert PrivacyRequestClassifier.fingerprint_addon(config) != before


def test_an_untrained_component_changes_nothing(config, tmp_path):
    component = PrivacyRequestClassifier.load(config, LocalModelStorage(tmp_path), Resource("missing"), None)
    message = parsed("delete my data", "nlu_fallback")
    component.process([message])
    assert message.get(INTENT)["name"] == "nlu_fallback"
