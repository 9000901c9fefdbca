"""Which kind of crisis is it: suicide, self-harm, an overdose or a medical emergency?

The kind picks the reply (the overdose reply gives the naloxone steps, the suicide reply 988 first). Once the yes/no
crisis model or the safety net has decided that a message is a crisis, this model names the kind. It learns from
the crisis examples of the NLU data and from the studied blind sets (eval/data, each message with the kind its
writer gave it), which the intent classifier never sees: on the twenty-eighth blind set it named the kind of
98-100% of the crises of each kind, where the intent classifier's ranking and the net's order of urgency together
named 78-94% (2026-12-05, eval/README.md). It knows nothing about Rasa.
"""
from typing import Any, Collection, Dict, Iterable, List, Optional, Sequence

from bot.ngram_model import NgramModel

# Their replies start with 911 steps: a kind the net found among these is not traded for one without them.
URGENT_KINDS = frozenset({"overdose", "medical"})


class CrisisKindModel(NgramModel):
    FILE_NAME = "crisis_kind_model.joblib"

    @classmethod
    def train(cls, texts: Sequence[str], kinds: Sequence[str], c: float = 10.0) -> "CrisisKindModel":
        return cls.fit(texts, kinds, c, "the crisis kind model needs examples of at least two kinds")

    def kind_probabilities(self, texts: Iterable[Any]) -> List[Dict[str, float]]:
        return [dict(zip(self.classes, row)) for row in self._probabilities(texts)]

    def kind(self, text: Any) -> str:
        probabilities = self.kind_probabilities([text])[0]
        return max(probabilities, key=probabilities.get)


def reply_kind(model_kind: Optional[str], net_kinds: Sequence[str]) -> Optional[str]:
    """The kind to answer: the model's, unless the net found an urgent kind (most urgent first in `net_kinds`) and
    the model names a kind without 911 steps that the net did not find; then the net's most urgent one."""
    if not net_kinds:
        return model_kind
    if model_kind is None:
        return net_kinds[0]
    trade_urgent_away = bool(URGENT_KINDS & set(net_kinds)) and model_kind not in URGENT_KINDS
    if trade_urgent_away and model_kind not in net_kinds:
        return net_kinds[0]
    return model_kind


def top_kind(probabilities: Optional[Dict[str, float]], kinds: Collection[str]) -> Optional[str]:
    """The most probable of `kinds` in a parse's kind probabilities, or None when there are none."""
    known = {kind: p for kind, p in (probabilities or {}).items() if kind in kinds}
    return max(known, key=known.get) if known else None
