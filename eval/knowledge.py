"""Treatment questions on the evaluation sets in eval/holdout and eval/data (never used for training).

The deployed decision is two-stage: Rasa's classifier says whether a message is a treatment question
(intent `ask_treatment`), then bot.knowledge picks the topic. The label compared here is the topic for
treatment questions and the intent for other messages. Prints accuracy, macro F1 and the most common
confusions. Goal: macro F1 >= 0.95. Run: `make eval` or `.venv/bin/python -m eval.knowledge [holdout|data]`.
eval/holdout has treatment questions only; eval/data also has other intents.
"""
import sys
from collections import Counter

from sklearn.metrics import accuracy_score, f1_score

from bot.knowledge.answers import MIN_CONFIDENCE, default_knowledge_base
from eval.common import ROOT, load_yaml, parse_all, pct, set_from_args


def predicted_label(parse: dict, knowledge) -> str:
    intent = parse["intent"]["name"]
    if intent != "ask_treatment":
        return intent
    guess = knowledge.matcher.guess(parse["text"])
    return guess.topic if guess.confidence >= MIN_CONFIDENCE else "clarify"


def report(title: str, gold, predicted) -> None:
    labels = sorted(set(gold))
    print(f"{title}: {len(gold)} messages")
    print(f"  accuracy {pct(sum(g == p for g, p in zip(gold, predicted)), len(gold))}")
    print(f"  macro F1 {f1_score(gold, predicted, labels=labels, average='macro', zero_division=0):.3f}")


def main() -> int:
    knowledge = default_knowledge_base()
    for which in set_from_args(sys.argv[1:]):
        evaluate(which, knowledge)
    return 0


def evaluate(which: str, knowledge) -> None:
    questions = load_yaml(which, "treatment_questions.yml")["questions"]
    has_others = (ROOT / "eval" / which / "other_messages.yml").exists()
    others = load_yaml(which, "other_messages.yml")["messages"] if has_others else []
    print(f"== eval/{which}")
    parses = parse_all([q["text"] for q in questions] + [m["text"] for m in others])
    gold = [q["topic"] for q in questions] + [m["intent"] for m in others]
    predicted = [predicted_label(p, knowledge) for p in parses]
    n = len(questions)

    intent_right = sum(p["intent"]["name"] == "ask_treatment" for p in parses[:n])
    print(f"treatment questions recognised as ask_treatment: {pct(intent_right, n)}")
    topic_only = [knowledge.matcher.guess(q["text"]).topic for q in questions]
    print(f"topic model alone on treatment questions: accuracy {accuracy_score(gold[:n], topic_only):.3f}\n")
    report("treatment topics (end to end)", gold[:n], predicted[:n])
    if others:
        report("other intents", gold[n:], predicted[n:])
        report("all labels", gold, predicted)

    confusions = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
    print("\nmost common confusions (gold -> predicted):")
    for (g, p), count in confusions.most_common(15):
        print(f"  {count:3}  {g} -> {p}")
    print()


if __name__ == "__main__":
    sys.exit(main())
