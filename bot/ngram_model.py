"""The text classifier both small models use (the yes/no crisis model and the privacy request model): word and
character n-grams (typos, slang) into a logistic regression with classes weighted equally, saved with joblib.
scikit-learn comes with Rasa; this knows nothing about Rasa."""
from pathlib import Path
from typing import Any, Iterable, List, Sequence, Type, TypeVar

import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_union

Model = TypeVar("Model", bound="NgramModel")


def ngram_classifier(c: float) -> Pipeline:
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True),
    )
    # Balanced classes: the labels that matter are a minority of the examples.
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    return Pipeline([("features", features), ("classifier", classifier)])


class NgramModel:
    """A fitted pipeline and its file; subclasses name the file and say what the probabilities mean."""

    FILE_NAME = "ngram_model.joblib"

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def _probabilities(self, texts: Iterable[Any]) -> List[List[float]]:
        """One row of class probabilities per text, in the order of `classes`; anything not text reads as empty."""
        texts = [text if isinstance(text, str) else "" for text in texts]
        return [list(map(float, row)) for row in self._pipeline.predict_proba(texts)] if texts else []

    @classmethod
    def fit(cls: Type[Model], texts: Sequence[str], labels: Sequence[Any], c: float, too_few: str) -> Model:
        """A model fitted on these texts; `too_few` is the error when they do not have two labels at least."""
        if len(set(labels)) < 2:
            raise ValueError(too_few)
        pipeline = ngram_classifier(c)
        pipeline.fit(list(texts), list(labels))
        return cls(pipeline)

    @property
    def classes(self) -> List[Any]:
        return list(self._pipeline.classes_)

    def save(self, directory: Path) -> None:
        joblib.dump(self._pipeline, Path(directory) / self.FILE_NAME)

    @classmethod
    def load(cls: Type[Model], directory: Path) -> Model:
        return cls(joblib.load(Path(directory) / cls.FILE_NAME))
