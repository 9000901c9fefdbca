"""The evaluation sets are well formed, big enough to measure with, and kept apart from the training data."""
import re
from pathlib import Path

import pytest
import yaml

from eval.common import ROOT, load_yaml
from eval.crossval import blind_sets
from eval.overlap import training_examples

CRISIS_KINDS = {"suicide", "self_harm", "overdose", "medical"}


def _messages(which: str, name: str):
    return load_yaml(which, name)["messages"]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().lower()


@pytest.mark.parametrize("which", ["holdout", "data"])
def test_crisis_sets_are_labelled_and_big_enough(which):
    positives = _messages(which, "crisis_positive.yml")
    negatives = _messages(which, "crisis_negative.yml")
    assert len(positives) >= 200 and len(negatives) >= 200
    assert all(m["kind"] in CRISIS_KINDS and str(m["text"]).strip() for m in positives)
    assert all(str(m["text"]).strip() for m in negatives)


def test_no_message_is_in_both_crisis_sets():
    texts = {which: {_fold(m["text"]) for name in ("crisis_positive.yml", "crisis_negative.yml")
                     for m in _messages(which, name)} for which in ("holdout", "data")}
    assert not texts["holdout"] & texts["data"]
    positives = {_fold(m["text"]) for which in texts for m in _messages(which, "crisis_positive.yml")}
    negatives = {_fold(m["text"]) for which in texts for m in _messages(which, "crisis_negative.yml")}
    assert not positives & negatives


def test_the_crisis_holdout_is_not_in_the_training_data():
    # The development set (eval/data) was studied and its families trained on; the holdout must stay unseen.
    held_out = {_fold(m["text"]) for name in ("crisis_positive.yml", "crisis_negative.yml")
                for m in _messages("holdout", name)}
    assert not held_out & {_fold(example) for example in training_examples()}


def test_the_held_out_short_replies_are_in_no_training_file():
    # eval/holdout/short_replies.yml measures what eval/data/short_replies.yml taught the crisis model: none may be in it,
    # in the studied sets or in the NLU data.
    held_out = {_fold(m["text"]) for m in _messages("holdout", "short_replies.yml")}
    trained = {_fold(m["text"]) for name in ("short_replies.yml", "crisis_positive.yml", "crisis_negative.yml")
               for m in _messages("data", name)} | {_fold(example) for example in training_examples()}
    assert len(held_out) >= 100
    assert not held_out & trained


def test_the_crisis_model_learns_from_the_development_set_only():
    # The yes/no crisis model is trained on eval/data too (config.yml); the holdout must never be among its files.
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    classifier = next(component for component in pipeline if component["name"].endswith("CrisisClassifier"))
    extra = [Path(path) for key in ("extra_crisis", "extra_not_crisis") for path in classifier.get(key) or []]
    assert extra, "the crisis model is expected to learn from eval/data"
    assert all(path.parent == Path("eval/data") and (ROOT / path).is_file() for path in extra)


def test_blind_sets_are_numbered_from_the_comments(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text('messages:\n  - text: "a"\n  # Second blind set (written ...)\n  - text: "b"\n  - text: "c"\n'
                    '  # Third blind set\n  - text: "d"\n', encoding="utf-8")
    assert blind_sets(path) == [("a", 1), ("b", 2), ("c", 2), ("d", 3)]
