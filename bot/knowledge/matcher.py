"""Finds which treatment topic a question is about, and which follow-up aspect it asks for.

Rasa's classifier decides that a message is a treatment question (intent `ask_treatment`); this model,
trained in a second from the topics' own examples and aliases, decides which topic. Keeping the topics
out of the Rasa domain means a new topic is one entry in content/knowledge/, with no retraining of Rasa.
"""
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline

from bot.knowledge.catalog import Catalog

_WORD = re.compile(r"[a-z0-9']+")


def normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass(frozen=True)
class TopicGuess:
    topic: str
    confidence: float
    ranking: Tuple[Tuple[str, float], ...]


class TopicMatcher:
    """Word and character n-gram logistic regression over each topic's examples, title and aliases."""

    def __init__(self, catalog: Catalog):
        self._catalog = catalog
        texts: List[str] = []
        labels: List[str] = []
        for topic in catalog.topics.values():
            for text in (topic.title, *topic.aliases, *topic.examples):
                texts.append(normalise(text))
                labels.append(topic.id)
        features = FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 1), sublinear_tf=True)),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            ]
        )
        self._model = make_pipeline(features, LogisticRegression(C=20.0, max_iter=2000))
        self._model.fit(texts, labels)
        self._aliases = sorted(
            ((alias, topic.id) for topic in catalog.topics.values() for alias in topic.aliases),
            key=lambda pair: -len(pair[0]),
        )

    def guess(self, text: str) -> TopicGuess:
        probabilities = self._model.predict_proba([normalise(text)])[0]
        ranked = sorted(zip(self._model.classes_, probabilities), key=lambda pair: -pair[1])
        ranking = tuple((str(topic), float(p)) for topic, p in ranked[:5])
        return TopicGuess(topic=ranking[0][0], confidence=ranking[0][1], ranking=ranking)

    def named_topics(self, text: str) -> List[str]:
        """Topics whose aliases appear as whole words in the text."""
        padded = f" {normalise(text)} "
        return sorted({topic for alias, topic in self._aliases if f" {normalise(alias)} " in padded})

    def aspect(self, text: str) -> Optional[str]:
        """The follow-up aspect a question asks about, by the longest matching phrase."""
        padded = f" {normalise(text)} "
        best: Optional[Tuple[int, str]] = None
        for aspect in self._catalog.aspects.values():
            for phrase in aspect.phrases:
                if f" {normalise(phrase)} " in padded and (best is None or len(phrase) > best[0]):
                    best = (len(phrase), aspect.id)
        return best[1] if best else None
