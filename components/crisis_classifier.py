"""Rasa adapter for the yes/no crisis model (bot/safety/crisis_model.py).

Trained with every `rasa train` from the NLU data (examples of the crisis intents against all the others) and
the message files named in `extra_crisis` and `extra_not_crisis` (config.yml: the studied evaluation sets).
It only adds `crisis_probability` to the parse; the safety net component after it decides
(components/crisis_safety_net.py).
"""
import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.crisis_model import CrisisModel, read_messages
from components.ngram_component import NgramComponent
from components.paths import project_path

OUTPUT_KEY = "crisis_probability"
CRISIS_PREFIX = "crisis_"


def _extra_files(config: Dict[Text, Any], key: Text) -> List[Path]:
    return [project_path(path) for path in config.get(key) or []]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CrisisClassifier(NgramComponent):
    model_class = CrisisModel

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

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        texts = [m.get(TEXT) for m in examples]
        labels = [str(m.get(INTENT)).startswith(CRISIS_PREFIX) for m in examples]
        for key, label in (("extra_crisis", True), ("extra_not_crisis", False)):
            for path in _extra_files(self._config, key):
                extra = read_messages(path)
                texts += extra
                labels += [label] * len(extra)
        return self._keep(CrisisModel.train(texts, labels, c=float(self._config.get("C", 10.0))))

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        # The model itself reads anything that is not text as empty.
        for message, probability in zip(messages, self._model.probabilities(m.get(TEXT) for m in messages)):
            message.set(OUTPUT_KEY, probability, add_to_output=True)
        return messages
