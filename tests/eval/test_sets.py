"""The evaluation sets are well formed, big enough to measure with, and kept apart from the training data."""
import re

import pytest

from eval.common import load_yaml
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
