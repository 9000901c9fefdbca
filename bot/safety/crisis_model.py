"""A second, independent crisis classifier: is this message a crisis, yes or no?

The intent classifier (DIET) learns forty-odd intents at once and its confidence in a crisis intent swings
with the length and topic of a message. This model answers only the one question, from word and character
n-grams (typos and slang), with classes weighted equally, so its probability is steadier; the safety net
component decides with it (components/crisis_safety_net.py). Trained with every `rasa train` from the project's
NLU data and the studied evaluation sets (eval/data: thousands of crisis and hard non-crisis messages written by
people who never saw the training data); scikit-learn comes with Rasa. It knows nothing about Rasa.
"""
from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence

import yaml

from bot.ngram_model import NgramModel


# The longest messages the model learns from are about this long (the blind sets ask for 3 to 80 words); a longer
# message is read in overlapping pieces of this many words.
PIECE_WORDS = 80


def _pieces(text: Any) -> List[Any]:
    words = text.split() if isinstance(text, str) else []
    if len(words) <= PIECE_WORDS:
        return [text]
    step = PIECE_WORDS // 2
    return [" ".join(words[start:start + PIECE_WORDS]) for start in range(0, len(words) - step, step)]


class CrisisModel(NgramModel):
    FILE_NAME = "crisis_model.joblib"

    @classmethod
    def train(cls, texts: Sequence[str], is_crisis: Sequence[bool], c: float = 10.0) -> "CrisisModel":
        # The classes are weighted equally (ngram_classifier): crisis examples are about half of the data now, and a
        # miss costs more than a doubt.
        labels = [bool(label) for label in is_crisis]
        return cls.fit(texts, labels, c, "the crisis model needs crisis and non-crisis examples")

    def probabilities(self, texts: Iterable[Any]) -> List[float]:
        """For a long message, the highest probability of its pieces: read whole, a crisis sentence in pages of
        ordinary talk weighs next to nothing, and the model decides alone when the safety net finds nothing)."""
        texts = list(texts)
        owners, pieces = [], []
        for index, text in enumerate(texts):
            for piece in _pieces(text):
                owners.append(index)
                pieces.append(piece)
        crisis_column = self.classes.index(True)
        highest = [0.0] * len(texts)
        for owner, row in zip(owners, self._probabilities(pieces)):
            highest[owner] = max(highest[owner], row[crisis_column])
        return highest

    def probability(self, text: str) -> float:
        return self.probabilities([text])[0]


def read_entries(path: Path) -> List[Dict[str, Any]]:
    """The messages with a non-blank text of a file of messages (`messages:`, each with a `text:` and, in the crisis
    sets, a `kind:`), as the evaluation sets are written; a clear error names a malformed file."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    messages = data.get("messages") if isinstance(data, dict) else None
    texts_only = isinstance(messages, list) and all(isinstance(m, dict) and isinstance(m.get("text"), str)
                                                    for m in messages)
    if not texts_only:
        raise ValueError(f"{path}: expected `messages:`, a list of entries with a `text:`")
    return [m for m in messages if m["text"].strip()]
