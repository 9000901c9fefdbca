"""Rasa adapter for the yes/no crisis model (bot/safety/crisis_model.py).

Trained with every `rasa train` from the NLU data: examples of the crisis intents against all the others.
It only adds `crisis_probability` to the parse; the safety net component after it decides
(components/crisis_safety_net.py).
"""
from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.crisis_model import CrisisModel
from components.ngram_component import NgramComponent

OUTPUT_KEY = "crisis_probability"
CRISIS_PREFIX = "crisis_"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CrisisClassifier(NgramComponent):
    model_class = CrisisModel

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"C": 10.0}

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        texts = [m.get(TEXT) for m in examples]
        labels = [str(m.get(INTENT)).startswith(CRISIS_PREFIX) for m in examples]
        return self._keep(CrisisModel.train(texts, labels, c=float(self._config.get("C", 10.0))))

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        # The model itself reads anything that is not text as empty.
        for message, probability in zip(messages, self._model.probabilities(m.get(TEXT) for m in messages)):
            message.set(OUTPUT_KEY, probability, add_to_output=True)
        return messages
