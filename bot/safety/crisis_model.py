"""A second, independent crisis classifier: is this message a crisis, yes or no?

The intent classifier (DIET) learns forty-odd intents at once and its confidence in a crisis intent swings
with the length and topic of a message. This model answers only the one question, from word and character
n-grams (typos and slang), with classes weighted equally, so its probability is steadier. The NLU component
averages the two (components/crisis_safety_net.py). Trained from the project's NLU data with every `rasa
train`; scikit-learn comes with Rasa. It knows nothing about Rasa.
"""
from typing import Any, Iterable, List, Sequence

from bot.ngram_model import NgramModel, ngram_classifier


class CrisisModel(NgramModel):
    FILE_NAME = "crisis_model.joblib"

    @classmethod
    def train(cls, texts: Sequence[str], is_crisis: Sequence[bool], c: float = 10.0) -> "CrisisModel":
        if len(set(is_crisis)) < 2:
            raise ValueError("the crisis model needs crisis and non-crisis examples")
        # Balanced classes: crisis examples are about a third of the data, and a miss costs more than a doubt.
        pipeline = ngram_classifier(c)
        pipeline.fit(list(texts), [bool(label) for label in is_crisis])
        return cls(pipeline)

    def probabilities(self, texts: Iterable[Any]) -> List[float]:
        crisis_column = self.classes.index(True)
        return [row[crisis_column] for row in self._probabilities(texts)]

    def probability(self, text: str) -> float:
        return self.probabilities([text])[0]
