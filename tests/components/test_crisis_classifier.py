"""The Rasa component around the crisis model: trains from intent examples, persists, loads, annotates."""
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.crisis_classifier import KIND_KEY, OUTPUT_KEY, CrisisClassifier

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
    kinds = crisis.get(KIND_KEY)
    assert set(kinds) == {"suicide", "overdose", "self_harm"} and max(kinds, key=kinds.get) == "suicide"


def test_the_kinds_of_the_extra_crisis_file_are_learnt(tmp_path):
    crisis = tmp_path / "crisis.yml"
    jump = '  - text: "the zebra crossing is calling me to jump"\n    kind: suicide\n'
    bleeding = '  - text: "the zebra bit me and it will not stop bleeding"\n    kind: medical\n'
    crisis.write_text("messages:\n" + jump * 6 + bleeding * 6, encoding="utf-8")
    config = {**CrisisClassifier.get_default_config(), "extra_crisis": [str(crisis)]}
    component = CrisisClassifier.create(config, LocalModelStorage(tmp_path), Resource("c"), None)
    component.train(TrainingData([Message(data={TEXT: text, "intent": intent}) for text, intent in EXAMPLES]))
    bleeding = Message(data={TEXT: "a zebra bit me, it will not stop bleeding"})
    component.process([bleeding])
    kinds = bleeding.get(KIND_KEY)
    assert "medical" in kinds and max(kinds, key=kinds.get) == "medical"


def test_an_untrained_component_adds_nothing(tmp_path):
    component = CrisisClassifier.load(CrisisClassifier.get_default_config(), LocalModelStorage(tmp_path),
                                      Resource("missing"), None)
    message = Message(data={TEXT: "anything"})
    component.process([message])
    assert message.get(OUTPUT_KEY) is None and message.get(KIND_KEY) is None


def write_messages(path, texts):
    path.write_text("messages:\n" + "".join(f'  - text: "{text}"\n' for text in texts), encoding="utf-8")


def test_the_extra_message_files_are_learnt_too(tmp_path):
    crisis, other = tmp_path / "crisis.yml", tmp_path / "other.yml"
    write_messages(crisis, ["the zebra crossing is calling me to jump"] * 6)
    write_messages(other, ["the zebra at the zoo was lovely"] * 6)
    config = {**CrisisClassifier.get_default_config(), "extra_crisis": [str(crisis)], "extra_not_crisis": [str(other)]}
    component = CrisisClassifier.create(config, LocalModelStorage(tmp_path), Resource("c"), None)
    component.train(TrainingData([Message(data={TEXT: text, "intent": intent}) for text, intent in EXAMPLES]))
    jump, zoo = Message(data={TEXT: "the zebra crossing is calling me to jump"}), Message(data={TEXT: "zebra at the zoo"})
    component.process([jump, zoo])
    assert jump.get(OUTPUT_KEY) > 0.5 > zoo.get(OUTPUT_KEY)


def test_editing_an_extra_file_retrains(tmp_path):
    crisis = tmp_path / "crisis.yml"
    write_messages(crisis, ["one"])
    config = {**CrisisClassifier.get_default_config(), "extra_crisis": [str(crisis)]}
    before = CrisisClassifier.fingerprint_addon(config)
    write_messages(crisis, ["one", "two"])
    assert CrisisClassifier.fingerprint_addon(config) != before
    # The same file named as the other label is another model.
    assert CrisisClassifier.fingerprint_addon({**config, "extra_crisis": [], "extra_not_crisis": [str(crisis)]}) \
        != CrisisClassifier.fingerprint_addon(config)


def test_a_malformed_extra_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("messages:\n  - note: no text here\n", encoding="utf-8")
    config = {**CrisisClassifier.get_default_config(), "extra_crisis": [str(bad)]}
    component = CrisisClassifier.create(config, LocalModelStorage(tmp_path), Resource("c"), None)
    with pytest.raises(ValueError, match="bad.yml"):
        component.train(TrainingData([Message(data={TEXT: text, "intent": intent}) for text, intent in EXAMPLES]))
