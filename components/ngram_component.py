"""What the two NLU components built on a small n-gram model share (components/crisis_classifier.py,
components/privacy_requests.py): keeping the model in Rasa's model storage and loading it back. Subclasses
name their model class and say how to train it and what to do with its answers."""
from typing import Any, Dict, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage

from bot.ngram_model import NgramModel


class NgramComponent(GraphComponent):
    model_class: Type[NgramModel] = NgramModel

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[NgramModel] = None) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "NgramComponent":
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "NgramComponent":
        try:
            with model_storage.read_from(resource) as directory:
                model = cls.model_class.load(directory)
        except (ValueError, FileNotFoundError):
            model = None  # not trained yet (e.g. `rasa train core`): the other classifiers decide alone
        return cls(config, model_storage, resource, model)

    def _keep(self, model: NgramModel) -> Resource:
        """Uses the newly trained model and stores it with the rest of the Rasa model."""
        self._model = model
        with self._model_storage.write_to(self._resource) as directory:
            model.save(directory)
        return self._resource
