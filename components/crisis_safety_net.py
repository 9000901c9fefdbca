"""Rasa adapter for the deterministic crisis safety net (bot/safety/crisis_detector.py).

It runs after the trained classifiers in the NLU pipeline. When it finds a crisis, a crisis intent wins
whatever the classifiers (or the fallback classifier) said, so the rules in data/rules/crisis.yml send the
handoff; the crisis kind model names its kind, unless that would trade an overdose or medical emergency the net
found for a kind whose reply does not start with 911 (bot/safety/crisis_kind_model.py). When the net finds nothing,
the crisis score decides: a weighted mean of the intent classifier's confidence in the crisis intents and the crisis
model's probability (components/crisis_classifier.py; `crisis_model_weight` is the model's share; without the model,
the intent classifier's confidence alone). A score at or above `classifier_threshold` makes the message a crisis of
the kind the crisis kind model names (without that model, the most likely crisis kind in the intent ranking), unless
the net reads it as innocent (an idiom such as "i'd kill for a coffee", or history that is over).
A crisis intent the classifier predicted below that score but at or above `ask_threshold` gets the direct question
"are you in danger right now?" (`crisis_possible`); one with a lower score, or one the net reads as innocent,
becomes nlu_fallback, which asks the user to say more. Whatever the intent classifier said, a crisis model
probability at or above `ask_probability` also asks (unless the net reads the message as innocent).
The innocent reading vetoes only a crisis model probability below `innocent_veto_below`: a model that learnt thousands
of told histories and idioms and is still sure outweighs a past-time word in the message ("been clean 3 months, just
did what i used to do, my chest feels slow").
The thresholds and the veto were chosen on the development set (eval/data); eval/README.md has the figures.
It loads its patterns when the server starts: editing content/safety/crisis_patterns.yml needs a restart,
not a retrain.
"""
import logging
from typing import Any, Dict, List, Optional, Text

import spacy
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.crisis_detector import DEFAULT_PATTERNS, CrisisDetector
from bot.safety.crisis_kind_model import reply_kind, top_kind
from components.crisis_classifier import KIND_KEY
from components.crisis_classifier import OUTPUT_KEY as PROBABILITY_KEY
from components.paths import project_path

logger = logging.getLogger(__name__)

CRISIS_INTENT = {
    "suicide": "crisis_suicide",
    "self_harm": "crisis_self_harm",
    "overdose": "crisis_overdose",
    "medical": "crisis_medical",
}
# Added to the parse result so tests and the evaluation can tell which detector fired. It holds the
# rule id only, never the message text.
OUTPUT_KEY = "crisis_safety_net"
# Added when a crisis predicted by the classifier alone is overruled (see the module docstring).
OVERRULED_KEY = "crisis_classifier_overruled"
# Added when the crisis score makes a crisis of a message whose top intent was something else.
PROMOTED_KEY = "crisis_classifier_promoted"
FALLBACK_INTENT = DEFAULT_NLU_FALLBACK_INTENT_NAME
# Set by this component only (DIET has no examples of it): the rules ask "are you in danger right now?".
POSSIBLE_CRISIS_INTENT = "crisis_possible"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisSafetyNet(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"spacy_model": "build/spacy-en-lookup", "patterns": None, "classifier_threshold": 0.9,
                "ask_threshold": 0.7, "ask_probability": 0.9, "crisis_model_weight": 0.5,
                "innocent_veto_below": 1.01}  # above any probability: the innocent reading always vetoes

    def __init__(self, config: Dict[Text, Any]) -> None:
        nlp = spacy.load(project_path(config["spacy_model"]))
        patterns = project_path(config["patterns"]) if config.get("patterns") else DEFAULT_PATTERNS
        self._detector = CrisisDetector.load(nlp, patterns)
        # Rasa merges get_default_config() into the config, so the defaults live there alone.
        self._classifier_threshold = float(config["classifier_threshold"])
        self._ask_threshold = float(config["ask_threshold"])
        self._ask_probability = float(config["ask_probability"])
        self._model_weight = float(config["crisis_model_weight"])
        self._innocent_veto_below = float(config["innocent_veto_below"])
        if not 0.0 <= self._model_weight <= 1.0:
            raise ValueError(f"crisis_model_weight must be between 0 and 1, not {self._model_weight}")

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
        hits = self._detector.detect_all(text)
        if not hits:
            message.set(OUTPUT_KEY, None, add_to_output=True)
            self._check_classifier_crisis(message, text)
            return
        hit = hits[0]
        # Most urgent first; a hit that does not name its kind ("it's happening right now") leaves the kind to the
        # rest of the message, and is the answer only when nothing else names one.
        net_kinds = list(dict.fromkeys(h.kind for h in hits if h.names_kind))
        intent_name = CRISIS_INTENT[reply_kind(self._model_kind(message), net_kinds) or hit.kind]
        previous = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        message.set(OUTPUT_KEY, {"kind": hit.kind, "rule": hit.rule, "classifier_intent": previous}, add_to_output=True)
        crisis = {INTENT_NAME_KEY: intent_name, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [crisis] + [
            entry for entry in (message.get(INTENT_RANKING_KEY) or []) if entry.get(INTENT_NAME_KEY) != intent_name
        ]
        message.set(INTENT, crisis, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        logger.info("Safety net: %s (rule %s) overrode %s", intent_name, hit.rule, previous)

    def crisis_score(self, message: Message) -> float:
        """Weighted mean of the intent classifier's confidence in the crisis intents and the crisis model's
        probability (the model's share is `crisis_model_weight`)."""
        ranking = message.get(INTENT_RANKING_KEY) or []
        intent_score = sum(float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
                           for entry in ranking if entry.get(INTENT_NAME_KEY) in CRISIS_INTENT.values())
        if not ranking:
            predicted = message.get(INTENT) or {}
            if predicted.get(INTENT_NAME_KEY) in CRISIS_INTENT.values():
                intent_score = float(predicted.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        probability = message.get(PROBABILITY_KEY)
        intent_score = min(1.0, intent_score)
        if probability is None:
            return intent_score
        return (1.0 - self._model_weight) * intent_score + self._model_weight * float(probability)

    def _check_classifier_crisis(self, message: Message, text: Text) -> None:
        predicted = message.get(INTENT) or {}
        name = predicted.get(INTENT_NAME_KEY)
        score = self.crisis_score(message)
        model_kind = self._model_kind(message)
        if model_kind is not None:
            likely = CRISIS_INTENT[model_kind]
        else:  # no kind model: the intent classifier's ranking names the kind
            kinds = [entry.get(INTENT_NAME_KEY) for entry in (message.get(INTENT_RANKING_KEY) or [])
                     if entry.get(INTENT_NAME_KEY) in CRISIS_INTENT.values()]
            likely = name if name in CRISIS_INTENT.values() else (kinds[0] if kinds else None)
        predicted_crisis = name in CRISIS_INTENT.values()
        confident = likely is not None and score >= self._classifier_threshold
        probability = float(message.get(PROBABILITY_KEY) or 0.0)
        model_sure = probability >= self._ask_probability
        if not (confident or predicted_crisis or model_sure):
            return
        # an idiom or history that is over, unless the crisis model is sure all the same
        innocent = probability < self._innocent_veto_below and self._detector.reads_as_innocent(text)
        if confident and not innocent:
            if likely != name:  # the classifiers together say crisis though the intent ranking put it lower
                crisis = {INTENT_NAME_KEY: likely, PREDICTED_CONFIDENCE_KEY: score}
                message.set(INTENT, crisis, add_to_output=True)
                message.set(PROMOTED_KEY, {"classifier_intent": name, "score": round(score, 3)}, add_to_output=True)
                logger.info("Classifiers' crisis score %.2f made %s a %s", score, name, likely)
            return
        if innocent:
            if predicted_crisis:
                self._overrule(message, name, FALLBACK_INTENT, 1.0 - score, "innocent_reading")
        elif predicted_crisis and score >= self._ask_threshold:
            self._overrule(message, name, POSSIBLE_CRISIS_INTENT, score, "low_confidence")
        elif model_sure:  # the yes/no crisis model alone is sure, whatever the intent classifier said: ask
            self._overrule(message, name, POSSIBLE_CRISIS_INTENT, score, "crisis_model")
        elif predicted_crisis:
            self._overrule(message, name, FALLBACK_INTENT, 1.0 - score, "low_confidence")

    @staticmethod
    def _model_kind(message: Message) -> Optional[Text]:
        return top_kind(message.get(KIND_KEY), CRISIS_INTENT)

    def _overrule(self, message: Message, name: Optional[Text], replacement: Text, confidence: float,
                  reason: Text) -> None:
        message.set(INTENT, {INTENT_NAME_KEY: replacement, PREDICTED_CONFIDENCE_KEY: confidence}, add_to_output=True)
        message.set(OVERRULED_KEY, {"classifier_intent": name, "reason": reason}, add_to_output=True)
        logger.info("Classifier's %s overruled (%s)", name, reason)
