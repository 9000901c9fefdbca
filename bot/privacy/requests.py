"""Which privacy request a message makes, if any: "is this confidential?", "delete my data", "send me my data".

A small model of its own (bot/ngram_model.py) trained on content/privacy/requests.yml against every other training
example, so that these requests are understood without teaching them to the intent classifier (DIET), whose
crisis recall they lowered. It knows nothing about Rasa.
"""
from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Tuple

import yaml

from bot.ngram_model import NgramModel, ngram_classifier

DEFAULT_REQUESTS = Path(__file__).resolve().parents[2] / "content" / "privacy" / "requests.yml"
OTHER = "other"  # the label of every message that is not a privacy request


def read_requests(path: Path = DEFAULT_REQUESTS) -> Tuple[Dict[str, List[str]], List[str]]:
    """The examples of each privacy intent, and the extra examples of messages that are not a privacy request."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    requests = data.get("requests")
    if not isinstance(requests, dict) or not requests:
        raise ValueError(f"{path}: expected `requests:` with an intent name and its examples")
    for intent, examples in requests.items():
        if intent == OTHER or not isinstance(examples, list) or not all(isinstance(e, str) and e.strip() for e in examples):
            raise ValueError(f"{path}: `{intent}` must be an intent name with a list of example texts")
    others = data.get("others") or []
    if not isinstance(others, list) or not all(isinstance(e, str) and e.strip() for e in others):
        raise ValueError(f"{path}: `others` must be a list of example texts")
    return {intent: list(examples) for intent, examples in requests.items()}, list(others)


class RequestModel(NgramModel):
    FILE_NAME = "privacy_requests.joblib"

    @classmethod
    def train(cls, requests: Dict[str, List[str]], other_texts: Sequence[str], c: float = 10.0) -> "RequestModel":
        texts = [text for examples in requests.values() for text in examples] + list(other_texts)
        labels = [intent for intent, examples in requests.items() for _ in examples] + [OTHER] * len(other_texts)
        if not other_texts:
            raise ValueError("the privacy request model needs other examples to tell requests apart from")
        return cls(ngram_classifier(c).fit(texts, labels))

    def predict(self, texts: Iterable[Any]) -> List[Tuple[str, float]]:
        """The most likely label of each text (OTHER for anything else) and its probability."""
        classes = self.classes
        return [(classes[row.index(max(row))], max(row)) for row in self._probabilities(texts)]
