"""Rasa adapter for the deterministic crisis safety net (bot/safety/crisis_detector.py).

It runs after the trained classifier in the NLU pipeline. When it finds a crisis, the crisis intent wins
whatever the classifier (or the fallback classifier) said, so the rules in data/rules/crisis.yml send the
handoff. It loads its patterns when the server starts: editing content/safety/crisis_patterns.yml needs
a restart, not a retrain.
"""
import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import spacy
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.crisis_detector import DEFAULT_PATTERNS, CrisisDetector

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CRISIS_INTENT = {
    "suicide": "crisis_suicide",
    "self_harm": "crisis_self_harm",
    "overdose": "crisis_overdose",
    "medical": "crisis_medical",
}
# Added to the parse result so tests and the evaluation can tell which detector fired. It holds the
# rule id only, never the message text.
OUTPUT_KEY = "crisis_safety_net"


def _project_path(value: Text) -> Path:
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisSafetyNet(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"spacy_model": "build/spacy-en-lookup", "patterns": None}

    def __init__(self, config: Dict[Text, Any]) -> None:
        nlp = spacy.load(_project_path(config["spacy_model"]))
        patterns = _project_path(config["patterns"]) if config.get("patterns") else DEFAULT_PATTERNS
        self._detector = CrisisDetector.load(nlp, patterns)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisSafetyNet":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._mark_crisis(message)
        return messages

    def _mark_crisis(self, message: Message) -> None:
        text: Optional[Text] = message.get(TEXT)
        if not isinstance(text, str) or not text.strip():
            return
        hit = self._detector.detect(text)
        if hit is None:
            message.set(OUTPUT_KEY, None, add_to_output=True)
            return
        intent_name = CRISIS_INTENT[hit.kind]
        previous = message.get(INTENT) or {}
        crisis = {INTENT_NAME_KEY: intent_name, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [crisis] + [
            entry for entry in (message.get(INTENT_RANKING_KEY) or []) if entry.get(INTENT_NAME_KEY) != intent_name
        ]
        message.set(INTENT, crisis, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(
            OUTPUT_KEY,
            {"kind": hit.kind, "rule": hit.rule, "classifier_intent": previous.get(INTENT_NAME_KEY)},
            add_to_output=True,
        )
        logger.info("Safety net: %s (rule %s) overrode %s", intent_name, hit.rule, previous.get(INTENT_NAME_KEY))
