"""How many training examples resemble an evaluation message (word-set Jaccard >= 0.6)?

Prints counts only, so a blind holdout stays unread. Run before training on new examples:
`.venv/bin/python -m eval.overlap [holdout|data]` (both sets by default).
"""
import re
import sys
from typing import FrozenSet, List

import yaml

from eval.common import ROOT, load_yaml, set_from_args

SIMILAR = 0.6
FILES = ("crisis_positive.yml", "crisis_negative.yml", "treatment_questions.yml")


def words(text: str) -> FrozenSet[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def training_examples() -> List[str]:
    examples = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            examples += [line.strip()[2:].strip() for line in (block.get("examples") or "").splitlines() if line.strip()]
    return examples


def messages_of(data: dict) -> list:
    return data.get("messages") or data.get("questions") or []  # crisis sets / treatment sets


def similar(a: FrozenSet[str], b: FrozenSet[str]) -> bool:
    union = a | b
    return bool(union) and len(a & b) / len(union) >= SIMILAR


def main() -> int:
    examples = [words(text) for text in training_examples()]
    for which in set_from_args(sys.argv[1:]):
        for name in FILES:
            if not (ROOT / "eval" / which / name).exists():
                continue
            messages = [words(m["text"]) for m in messages_of(load_yaml(which, name))]
            resembled = sum(1 for message in messages if any(similar(message, ex) for ex in examples))
            resembling = sum(1 for ex in examples if any(similar(ex, message) for message in messages))
            print(f"eval/{which}/{name}: {resembling} training examples resemble {resembled} of {len(messages)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
