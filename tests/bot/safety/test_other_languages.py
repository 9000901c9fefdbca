"""The safety net in the twenty other languages the blind sets use (phrases, and unspaced strings for Chinese,
Japanese and Korean), with innocent neighbours that reuse the same words."""
from pathlib import Path

import pytest
import spacy
import yaml

from bot.safety.crisis_detector import CrisisDetector

HERE = Path(__file__).resolve().parent
CASES = yaml.safe_load((HERE / "other_languages.yml").read_text(encoding="utf-8"))
SPACY_MODEL = HERE.parents[2] / "build" / "spacy-en-lookup"


@pytest.fixture(scope="module")
def detector():
    return CrisisDetector.load(spacy.load(SPACY_MODEL))


@pytest.mark.parametrize("case", CASES["crises"], ids=lambda case: f"{case['language']}-{case['gloss'][:40]}")
def test_crisis_in_another_language_fires_with_its_kind(detector, case):
    assert case["kind"] in {hit.kind for hit in detector.detect_all(case["text"])}


@pytest.mark.parametrize("case", CASES["innocent"], ids=lambda case: f"{case['language']}-{case['gloss'][:40]}")
def test_innocent_use_of_the_same_words_does_not_fire(detector, case):
    assert detector.detect_all(case["text"]) == []


def test_every_language_has_crises_and_innocent_neighbours():
    crises = {case["language"] for case in CASES["crises"]}
    assert len(crises) == 20
    assert crises == {case["language"] for case in CASES["innocent"]}


@pytest.mark.parametrize("case", CASES["idioms"], ids=lambda case: f"{case['language']}-{case['gloss'][:40]}")
def test_an_idiom_reads_as_innocent(detector, case):
    assert detector.reads_as_innocent(case["text"])


def test_every_language_has_an_idiom():
    assert {case["language"] for case in CASES["idioms"]} == {case["language"] for case in CASES["crises"]}


@pytest.mark.parametrize("case", CASES["history"], ids=lambda case: f"{case['language']}-{case['gloss'][:40]}")
def test_history_that_is_over_reads_as_innocent(detector, case):
    assert detector.detect_all(case["text"]) == []
    assert detector.reads_as_innocent(case["text"])


@pytest.mark.parametrize("case", CASES["history_with_danger"], ids=lambda case: f"{case['language']}-{case['gloss'][:40]}")
def test_history_with_the_danger_back_still_fires(detector, case):
    assert case["kind"] in {hit.kind for hit in detector.detect_all(case["text"])}
