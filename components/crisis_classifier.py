"""Rasa adapter for the yes/no crisis model (bot/safety/crisis_model.py).

Trained with every `rasa train` from the NLU data (examples of the crisis intents against all the others) and
the message files named in `extra_crisis` and `extra_not_crisis` (config.yml: the studied evaluation sets).
With it, the crisis kind model (bot/safety/crisis_kind_model.py) learns the kinds of the crisis examples (the
intent's kind, and the `kind:` of each message of the `extra_crisis` files).
It only adds `crisis_probability` and `crisis_kind` (the probability of each kind) to the parse; the safety net
component after it decides (components/crisis_safety_net.py).
"""
import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.crisis_detector import CRISIS_KINDS
from bot.safety.crisis_kind_model import CrisisKindModel
from bot.safety.crisis_model import CrisisModel, read_entries
from components.ngram_component import NgramComponent
from components.paths import project_path

OUTPUT_KEY = "crisis_probability"
KIND_KEY = "crisis_kind"
CRISIS_PREFIX = "crisis_"


def _extra_files(config: Dict[Text, Any], key: Text) -> List[Path]:
    return [project_path(path) for path in config.get(key) or []]


def crisis_kind_of(intent: Any) -> Optional[str]:
    """"overdose" for crisis_overdose; None for any intent that is not one of the crisis kinds."""
    name = str(intent)
    kind = name[len(CRISIS_PREFIX):] if name.startswith(CRISIS_PREFIX) else None
    return kind if kind in CRISIS_KINDS else None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CrisisClassifier(NgramComponent):
    model_class = CrisisModel
    _kind_model: Optional[CrisisKindModel] = None

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"C": 10.0, "extra_crisis": [], "extra_not_crisis": []}

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        # The extra files are not part of the NLU data Rasa fingerprints: without this, editing them would not retrain.
        digest = hashlib.sha256()
        for path in _extra_files(config, "extra_crisis") + [None] + _extra_files(config, "extra_not_crisis"):
            digest.update(b"|" if path is None else hashlib.sha256(path.read_bytes()).digest())
        return digest.hexdigest()

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "CrisisClassifier":
        component = super().load(config, model_storage, resource, execution_context, **kwargs)
        try:
            with model_storage.read_from(resource) as directory:
                component._kind_model = CrisisKindModel.load(directory)
        except (ValueError, FileNotFoundError):
            component._kind_model = None  # a model trained before the kind model: the net names the kind as before
        return component

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        texts = [m.get(TEXT) for m in examples]
        labels = [str(m.get(INTENT)).startswith(CRISIS_PREFIX) for m in examples]
        kinds = [(m.get(TEXT), crisis_kind_of(m.get(INTENT))) for m in examples if crisis_kind_of(m.get(INTENT))]
        for key, label in (("extra_crisis", True), ("extra_not_crisis", False)):
            for path in _extra_files(self._config, key):
                entries = read_entries(path)
                texts += [entry["text"] for entry in entries]
                labels += [label] * len(entries)
                if label:
                    kinds += [(entry["text"], entry["kind"]) for entry in entries if entry.get("kind") in CRISIS_KINDS]
        c = float(self._config.get("C", 10.0))
        if len({kind for _, kind in kinds}) > 1:
            self._kind_model = CrisisKindModel.train([text for text, _ in kinds], [kind for _, kind in kinds], c=c)
        resource = self._keep(CrisisModel.train(texts, labels, c=c))
        if self._kind_model is not None:
            with self._model_storage.write_to(self._resource) as directory:
                self._kind_model.save(directory)
        return resource

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        # The models themselves read anything that is not text as empty.
        texts = [m.get(TEXT) for m in messages]
        for message, probability in zip(messages, self._model.probabilities(texts)):
            message.set(OUTPUT_KEY, probability, add_to_output=True)
        if self._kind_model is not None:
            for message, kinds in zip(messages, self._kind_model.kind_probabilities(texts)):
                message.set(KIND_KEY, {kind: round(p, 4) for kind, p in kinds.items()}, add_to_output=True)
        return messages
