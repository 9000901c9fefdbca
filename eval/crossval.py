"""Cross-validation of the yes/no crisis model by blind set: the honest development figures for a model that
learns from eval/data.

Since 2026-12-05 the crisis model (bot/safety/crisis_model.py) is trained on the NLU data and on the studied blind
sets of eval/data, so its figures on eval/data are training-set figures. Here the sets are split into folds (the set
number modulo the number of folds; the comment lines of the files mark where each set starts); for each fold, a model
trained on the NLU data and the other folds is scored on it. Printed: recall and false alarms of the model alone at
probability 0.5, per fold and in all, against a model trained on the NLU data only; then how often the crisis kind
model, cross-validated the same way, names each kind. Counts only, no message.
With `--deployed`, every message is also parsed with the trained model (models/companion.tar.gz) and the safety net
component of config.yml decides again with the cross-validated probability in place of the deployed model's: the
deployed handoff as it would be on sets the crisis model had not learnt from (the net's patterns, written while
studying these sets, still make it optimistic).
Run: `.venv/bin/python -m eval.crossval [--folds 5] [--deployed]` (12 minutes with `--deployed` on two cores and
18,683 messages, 2026-12-05). It needs `make data` (the NLU data is partly generated), and a trained model for
`--deployed`.
"""
import argparse
import re
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Dict, List, Tuple

import yaml
from joblib import Parallel, delayed

from bot.safety.crisis_kind_model import CrisisKindModel
from bot.safety.crisis_model import CrisisModel
from eval.common import ROOT, parse_all, pct
from eval.crisis import CRISIS_INTENTS

SET_START = re.compile(r"^\s+#.*blind set")  # an indented comment: "  # Second blind set (...)"
ENTRY = re.compile(r"^\s*- text:")


def blind_sets(path: Path) -> List[Tuple[str, int]]:
    """(text, number of the blind set it belongs to) for each message of an eval/data file, in order."""
    numbers, number = [], 1
    for line in path.read_text(encoding="utf-8").splitlines():
        if SET_START.match(line):
            number += 1
        elif ENTRY.match(line):
            numbers.append(number)
    messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    if len(messages) != len(numbers):
        raise ValueError(f"{path}: {len(messages)} messages but {len(numbers)} `- text:` lines")
    return [(message["text"], n) for message, n in zip(messages, numbers)]


def nlu_examples() -> List[Tuple[str, str]]:
    """(text, intent) of the NLU data's examples."""
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), str(m.get("intent"))) for m in load_data(str(ROOT / "data" / "nlu")).intent_examples
            if m.get("text")]


def component_config(suffix: str) -> Dict:
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    return next(c for c in pipeline if c["name"].endswith(suffix))


def parse_in_two(texts: List[str]) -> List[Dict]:
    """parse_all in two processes (one per core)."""
    half = len(texts) // 2
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        first, second = pool.map(parse_all, [texts[:half], texts[half:]])
    return first + second


def redecide(texts: List[str], parses: List[Dict], probabilities: List[float]) -> List[str]:
    """The final intent the safety net component gives each message with another crisis probability."""
    from rasa.shared.nlu.training_data.message import Message

    from components.crisis_safety_net import OUTPUT_KEY, OVERRULED_KEY, PROMOTED_KEY, CrisisSafetyNet

    config = {key: value for key, value in component_config("CrisisSafetyNet").items() if key != "name"}
    net = CrisisSafetyNet({**CrisisSafetyNet.get_default_config(), **config})
    decided = []
    for text, parse, probability in zip(texts, parses, probabilities):
        changed = parse.get(OUTPUT_KEY) or parse.get(OVERRULED_KEY) or parse.get(PROMOTED_KEY) or {}
        before = changed.get("classifier_intent", parse["intent"]["name"])  # the intent before the net decided
        # The ranking matters only where the net finds nothing, and there it is still the classifiers'.
        message = Message(data={"text": text, "intent": {"name": before, "confidence": 1.0},
                                "intent_ranking": parse.get("intent_ranking") or [], "crisis_probability": probability,
                                "crisis_kind": parse.get("crisis_kind")})
        net.process([message])
        decided.append(message.get("intent")["name"])
    return decided


def fold_kinds(train: List[Tuple[str, str]], test: List[str], c: float) -> List[str]:
    model = CrisisKindModel.train([text for text, _ in train], [kind for _, kind in train], c=c)
    return [model.kind(text) for text in test]


def kind_crossval(nlu: List[Tuple[str, str]], folds: int, c: float) -> None:
    """The crisis kind model (bot/safety/crisis_kind_model.py) cross-validated the same way, with `nlu` (text, kind)
    of the NLU data's crisis examples: how often it names the kind the writer gave each crisis message."""
    path = ROOT / "eval" / "data" / "crisis_positive.yml"
    kinds = [m["kind"] for m in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]]
    messages = [(text, number, kind) for (text, number), kind in zip(blind_sets(path), kinds)]
    jobs = [(nlu + [(m[0], m[2]) for m in messages if m[1] % folds != k],
             [m[0] for m in messages if m[1] % folds == k], c) for k in range(folds)]
    results = Parallel(n_jobs=2)(delayed(fold_kinds)(*job) for job in jobs)
    named = {}
    for k, predicted in enumerate(results):
        for message, kind in zip([m for m in messages if m[1] % folds == k], predicted):
            named.setdefault(message[2], []).append(kind == message[2])
    print(f"crisis kind model, trained on the NLU data's crisis examples and the other folds ({folds}): "
          "right kind named")
    for kind, right in sorted(named.items()):
        print(f"  {kind:10s} {pct(sum(right), len(right))}")


def fold_probabilities(train: Tuple[List[str], List[bool]], test: List[str], c: float) -> List[float]:
    return CrisisModel.train(train[0], train[1], c=c).probabilities(test)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--deployed", action="store_true", help="also the deployed decision (needs a trained model)")
    arguments = parser.parse_args()
    folds = arguments.folds
    messages = [(text, number, True) for text, number in blind_sets(ROOT / "eval" / "data" / "crisis_positive.yml")]
    messages += [(text, number, False) for text, number in blind_sets(ROOT / "eval" / "data" / "crisis_negative.yml")]
    from components.crisis_classifier import crisis_kind_of

    nlu = nlu_examples()
    texts, labels = [text for text, _ in nlu], [intent.startswith("crisis_") for _, intent in nlu]
    c = float(component_config("CrisisClassifier").get("C", 10.0))
    jobs = [((texts, labels), [m[0] for m in messages], c)]  # the NLU data only, scored on every message
    for k in range(folds):
        rest = [m for m in messages if m[1] % folds != k]
        jobs.append(((texts + [m[0] for m in rest], labels + [m[2] for m in rest]),
                     [m[0] for m in messages if m[1] % folds == k], c))
    results = Parallel(n_jobs=2)(delayed(fold_probabilities)(*job) for job in jobs)
    alone = results[0]
    crossed = [0.0] * len(messages)
    for k in range(folds):
        places = [i for i, m in enumerate(messages) if m[1] % folds == k]
        for i, probability in zip(places, results[k + 1]):
            crossed[i] = probability
    print(f"eval/data: {max(m[1] for m in messages)} groups of blind sets (the twenty-first to twenty-fourth sets form "
          f"one, merged without a mark between them), {sum(m[2] for m in messages)} crisis and "
          f"{sum(not m[2] for m in messages)} other messages; crisis model alone, probability >= 0.5, C={c:g}")

    def line(label: str, probabilities: List[float], chosen: List[int]) -> None:
        crisis = [i for i in chosen if messages[i][2]]
        other = [i for i in chosen if not messages[i][2]]
        found = sum(probabilities[i] >= 0.5 for i in crisis)
        alarms = sum(probabilities[i] >= 0.5 for i in other)
        print(f"  {label:52s} found {pct(found, len(crisis))}  false alarms {pct(alarms, len(other))}")

    everything = list(range(len(messages)))
    line("trained on the NLU data only", alone, everything)
    line(f"trained on the NLU data and the other folds ({folds})", crossed, everything)
    for k in range(folds):
        chosen = [i for i in everything if messages[i][1] % folds == k]
        sets = sorted({messages[i][1] for i in chosen})
        line(f"  fold {k} (groups {', '.join(map(str, sets))}), NLU data only", alone, chosen)
        line(f"  fold {k}, with the other folds", crossed, chosen)
    kind_crossval([(text, crisis_kind_of(intent)) for text, intent in nlu if crisis_kind_of(intent)], folds, c)
    if arguments.deployed:
        texts = [m[0] for m in messages]
        parses = parse_in_two(texts)
        deployed = [p["intent"]["name"] for p in parses]
        # Check of the method: with the deployed model's own probabilities, deciding again must change nothing.
        again = redecide(texts, parses, [p.get("crisis_probability") for p in parses])
        print(f"  deciding again with the deployed probabilities changed {sum(a != d for a, d in zip(again, deployed))} "
              f"of {len(deployed)} final intents (0 expected)")
        crossed_decisions = redecide(texts, parses, crossed)
        for label, decisions in (("deployed model (its crisis model learnt these sets)", deployed),
                                 ("deployed, cross-validated crisis probability", crossed_decisions)):
            for what, chosen in (("handoff", CRISIS_INTENTS), ("handoff or question", CRISIS_INTENTS | {"crisis_possible"})):
                found = sum(d in chosen for d, m in zip(decisions, messages) if m[2])
                alarms = sum(d in chosen for d, m in zip(decisions, messages) if not m[2])
                print(f"  {label}, {what}: found {pct(found, sum(m[2] for m in messages))}  "
                      f"false alarms {pct(alarms, sum(not m[2] for m in messages))}")


if __name__ == "__main__":
    main()
