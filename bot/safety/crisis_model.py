"""A second, independent crisis classifier: is this message a crisis, yes or no?

The intent classifier (DIET) learns forty-odd intents at once and its confidence in a crisis intent swings
with the length and topic of a message. This model answers only the one question, from word and character
n-grams (typos and slang), with classes weighted equally, so its probability is steadier. The NLU component
averages the two (components/crisis_safety_net.py). Trained from the project's NLU data with every `rasa
train`; scikit-learn comes with Rasa. It knows nothing about Rasa.
"""
from pathlib import Path
from typing import Iterable, List, Sequence

import joblib
from sklearn.pipeline import Pipeline

from bot.ngram_model import ngram_classifier

FILE_NAME = "crisis_model.joblib"


class CrisisModel:
    def __init__(self, pipeline: Pipeline):
        self._pipeline = pipeline

    @classmethod
    def train(cls, texts: Sequence[str], is_crisis: Sequence[bool], c: float = 10.0) -> "CrisisModel":
        if len(set(is_crisis)) < 2:
            raise ValueError("the crisis model needs crisis and non-crisis examples")
        # Balanced classes: crisis examples are about a third of the data, and a miss costs more than a doubt.
        pipeline = ngram_classifier(c)
        pipeline.fit(list(texts), [bool(label) for label in is_crisis])
        return cls(pipeline)

    def probabilities(self, texts: Iterable[str]) -> List[float]:
        texts = [text if isinstance(text, str) else "" for text in texts]
        if not texts:
            return []
        crisis_column = list(self._pipeline.classes_).index(True)
        return [float(row[crisis_column]) for row in self._pipeline.predict_proba(texts)]

    def probability(self, text: str) -> float:
        return self.probabilities([text])[0]

    def save(self, directory: Path) -> None:
        joblib.dump(self._pipeline, Path(directory) / FILE_NAME)

    @classmethod
    def load(cls, directory: Path) -> "CrisisModel":
        return cls(joblib.load(Path(directory) / FILE_NAME))
