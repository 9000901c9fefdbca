"""A message that is exactly one of the training examples gets that example's intent.

DIET spreads its confidence over forty-odd intents, and short messages it was trained on ("help", "sure",
"good morning") can fall below the fallback threshold or go to a crisis intent. A message identical to a
training example (ignoring case, punctuation and spacing) is not ambiguous, so it gets that example's intent.
Crisis examples and texts written under more than one intent are left to the classifiers. It runs after the
FallbackClassifier and before the crisis components, so the safety net keeps the last word.
"""
import json
import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME as FALLBACK_INTENT
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.crisis_classifier import CRISIS_PREFIX

FILE_NAME = "exact_examples.json"
OUTPUT_KEY = "exact_example"  # in the parse result: which intent the example matched, never the text
_NOT_WORD = re.compile(r"[\W_]+")


def example_key(text: Any) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip() if isinstance(text, str) else ""


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ExactExampleClassifier(GraphComponent):
    def __init__(self, model_storage: ModelStorage, resource: Resource,
                 examples: Optional[Dict[str, str]] = None) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._examples = examples or {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ExactExampleClassifier":
        return cls(model_storage, resource)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "ExactExampleClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                examples = json.loads((directory / FILE_NAME).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            examples = {}  # not trained yet (e.g. `rasa train core`): the classifiers decide alone
        return cls(model_storage, resource, examples)

    def train(self, training_data: TrainingData) -> Resource:
        intents: Dict[str, set] = {}
        for message in training_data.intent_examples:
            key = example_key(message.get(TEXT))
            if key:
                intents.setdefault(key, set()).add(str(message.get(INTENT)))
        self._examples = {key: next(iter(names)) for key, names in intents.items()
                          if len(names) == 1 and not next(iter(names)).startswith(CRISIS_PREFIX)}
        with self._model_storage.write_to(self._resource) as directory:
            (directory / FILE_NAME).write_text(json.dumps(self._examples, sort_keys=True), encoding="utf-8")
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = self._examples.get(example_key(message.get(TEXT)))
            if intent is None or (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == intent:
                continue
            chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
            ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
                       if entry.get(INTENT_NAME_KEY) not in (intent, FALLBACK_INTENT)]
            message.set(INTENT, chosen, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)
            message.set(OUTPUT_KEY, intent, add_to_output=True)
        return messages
