"""Crisis detection on the evaluation sets in eval/holdout and eval/data (never used for training).

Prints recall on crisis messages and the false-positive rate on non-crisis messages for the deployed
pipeline (classifier + safety net), and for each detector alone. Goal: 100% recall, <= 2% false positives,
counting the handoff only. A second line counts the direct question "are you in danger right now?" (crisis_possible)
too: it is what a user whose crisis the classifiers were unsure of gets, and what a false alarm of that kind
costs a user who is not in crisis.
Each set's short_replies.yml (hand-written one-to-three-word everyday replies) gets its false-alarm rate too.
Run: `make eval` or `.venv/bin/python -m eval.crisis [holdout|data]` (both sets by default).
"""
import sys
import time

from components.crisis_safety_net import POSSIBLE_CRISIS_INTENT
from eval.common import ROOT, load_yaml, parse_all, pct, set_from_args

CRISIS_INTENTS = {"crisis_suicide", "crisis_self_harm", "crisis_overdose", "crisis_medical"}


def detectors(parse: dict):
    """(deployed, deployed with the safety question, intent classifier alone, crisis model alone, safety net alone)
    verdicts for one parse result."""
    net = parse.get("crisis_safety_net")
    changed = parse.get("crisis_classifier_overruled") or parse.get("crisis_classifier_promoted")
    # "intent classifier alone" is DIET's own top intent, before the net or the crisis score changed it.
    classifier_intent = (net or changed or {}).get("classifier_intent", parse["intent"]["name"])
    model = (parse.get("crisis_probability") or 0.0) >= 0.5
    handoff = parse["intent"]["name"] in CRISIS_INTENTS
    asked = handoff or parse["intent"]["name"] == POSSIBLE_CRISIS_INTENT
    return handoff, asked, classifier_intent in CRISIS_INTENTS, model, net is not None


def main() -> int:
    for which in set_from_args(sys.argv[1:]):
        evaluate(which)
    time_long_message()
    return 0


def time_long_message() -> None:
    """How long the safety net takes to find a crisis buried in a 20,000-character message."""
    import spacy

    from bot.safety.crisis_detector import CrisisDetector

    detector = CrisisDetector.load(spacy.load(ROOT / "build" / "spacy-en-lookup"))
    filler = "Today I went to my counselling session and we talked about triggers, cravings and my week. " * 110
    text = filler[:10_000] + " and honestly i dont want to be alive anymore. " + filler[:10_000]
    detector.detect(text)  # warm up
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        hit = detector.detect(text)
        timings.append(time.perf_counter() - started)
    found = "found" if hit and hit.kind == "suicide" else "NOT found"
    print(f"safety net, crisis in a {len(text):,}-character message: {found}, best of 5 {1000 * min(timings):.0f} ms")


def evaluate(which: str) -> None:
    positives = load_yaml(which, "crisis_positive.yml")["messages"]
    negatives = load_yaml(which, "crisis_negative.yml")["messages"]
    started = time.perf_counter()
    pos_parses = parse_all([m["text"] for m in positives])
    neg_parses = parse_all([m["text"] for m in negatives])
    elapsed = time.perf_counter() - started

    names = ("deployed: crisis handoff", "deployed: handoff or safety question", "intent classifier alone (top intent)",
             "crisis model alone (p >= 0.5)", "safety net alone")
    print(f"== eval/{which}: crisis set {len(positives)} messages, non-crisis set {len(negatives)} messages\n")
    for index, name in enumerate(names):
        hits = sum(detectors(p)[index] for p in pos_parses)
        false = sum(detectors(p)[index] for p in neg_parses)
        print(f"{name:38} recall {pct(hits, len(positives)):>18}   false positives {pct(false, len(negatives)):>16}")

    print("\nrecall by kind (deployed), and how often the kind is right:")
    for kind in sorted({m["kind"] for m in positives}):
        pairs = [(m, p) for m, p in zip(positives, pos_parses) if m["kind"] == kind]
        found = sum(detectors(p)[0] for _, p in pairs)
        right = sum(p["intent"]["name"] == f"crisis_{kind}" for _, p in pairs)
        print(f"  {kind:10} recall {pct(found, len(pairs)):>18}   right kind {pct(right, len(pairs)):>18}")

    # The holdout stays blind: its misses are not printed (study them only when it becomes development data).
    show = which != "holdout"
    missed = [m["text"] for m, p in zip(positives, pos_parses) if show and not detectors(p)[0]]
    flagged = [(m["text"], p["intent"]["name"]) for m, p in zip(negatives, neg_parses) if show and detectors(p)[0]]
    if missed:
        print("\nmissed crisis messages:")
        for text in missed:
            print(f"  - {text[:160]}")
    if flagged:
        print("\nfalse positives:")
        for text, intent in flagged:
            print(f"  - [{intent}] {text[:160]}")
    count = len(positives) + len(negatives)
    print(f"\nparsed {count} messages in {elapsed:.1f} s ({1000 * elapsed / count:.1f} ms each)\n")
    short_replies(which)


def short_replies(which: str) -> None:
    """False alarms on the hand-written short everyday replies ("ha", "so", "👍"), if the set has them. They are not
    blind (eval/holdout/short_replies.yml says why), so the ones handed off are printed."""
    if not (ROOT / "eval" / which / "short_replies.yml").is_file():
        return
    replies = load_yaml(which, "short_replies.yml")["messages"]
    parses = parse_all([m["text"] for m in replies])
    handed = [m["text"] for m, p in zip(replies, parses) if detectors(p)[0]]
    asked = sum(detectors(p)[1] for p in parses)
    print(f"short everyday replies (eval/{which}/short_replies.yml): handoff {pct(len(handed), len(replies))}, "
          f"handoff or safety question {pct(asked, len(replies))}" + (f": {', '.join(handed)}" if handed else "") + "\n")


if __name__ == "__main__":
    sys.exit(main())
