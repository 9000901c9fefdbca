"""Rasa adapter for the privacy request model (bot/privacy/requests.py).

Trained with every `rasa train` from content/privacy/requests.yml against the NLU training examples. When the
intent classifier did not predict a crisis and the model is sure enough (`threshold`), the message gets the
privacy intent; the crisis components after it keep the last word, so "i want to erase myself" is still a crisis.
"""
import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME as FALLBACK_INTENT
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.privacy.requests import DEFAULT_REQUESTS, OTHER, RequestModel, read_requests
from components.crisis_classifier import CRISIS_PREFIX
from components.ngram_component import NgramComponent
from components.paths import project_path

OUTPUT_KEY = "privacy_request"  # in the parse result: the intent and probability, never the text


def _requests_path(config: Dict[Text, Any]) -> Path:
    return project_path(config.get("requests") or DEFAULT_REQUESTS)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class PrivacyRequestClassifier(NgramComponent):
    model_class = RequestModel

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"requests": None, "threshold": 0.6, "C": 10.0}

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        # The examples are not part of the NLU data Rasa fingerprints: without this, editing them would not retrain.
        return hashlib.sha256(_requests_path(config).read_bytes()).hexdigest()

    def train(self, training_data: TrainingData) -> Resource:
        requests, extra_others = read_requests(_requests_path(self._config))
        others = [m.get(TEXT) for m in training_data.intent_examples if m.get(TEXT)] + extra_others
        return self._keep(RequestModel.train(requests, others, c=float(self._config.get("C", 10.0))))

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        threshold = float(self._config.get("threshold", 0.6))
        for message, (intent, probability) in zip(messages, self._model.predict(m.get(TEXT) for m in messages)):
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY) or ""
            if intent == OTHER or probability < threshold or current.startswith(CRISIS_PREFIX):
                continue
            chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: probability}
            # The rest of the ranking stays: the crisis components read the crisis intents' scores from it.
            ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
                       if entry.get(INTENT_NAME_KEY) not in (intent, FALLBACK_INTENT)]
            message.set(INTENT, chosen, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)
            message.set(OUTPUT_KEY, {"intent": intent, "probability": round(probability, 3)}, add_to_output=True)
        return messages
