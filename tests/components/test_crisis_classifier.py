"""The Rasa component around the crisis model: trains from intent examples, persists, loads, annotates."""
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.crisis_classifier import OUTPUT_KEY, CrisisClassifier

EXAMPLES = [("i want to end my life", "crisis_suicide"), ("he is turning blue", "crisis_overdose"),
            ("i burned my arm on purpose", "crisis_self_harm"), ("how does suboxone work", "ask_treatment"),
            ("hello there", "greet"), ("i went to a meeting today", "share_update")] * 4


def test_train_persist_load_and_process(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("crisis_classifier")
    component = CrisisClassifier.create(CrisisClassifier.get_default_config(), storage, resource, None)
    training = TrainingData([Message(data={TEXT: text, "intent": intent}) for text, intent in EXAMPLES])
    component.train(training)

    loaded = CrisisClassifier.load(CrisisClassifier.get_default_config(), storage, resource, None)
    crisis, ordinary = Message(data={TEXT: "i want to end my life tonight"}), Message(data={TEXT: "hello, how does suboxone work"})
    loaded.process([crisis, ordinary])
    assert crisis.get(OUTPUT_KEY) > 0.5 > ordinary.get(OUTPUT_KEY)


def test_an_untrained_component_adds_nothing(tmp_path):
    component = CrisisClassifier.load(CrisisClassifier.get_default_config(), LocalModelStorage(tmp_path),
                                      Resource("missing"), None)
    message = Message(data={TEXT: "anything"})
    component.process([message])
    assert message.get(OUTPUT_KEY) is None
