import pytest

from bot.knowledge.catalog import load as load_catalog
from bot.knowledge.fit import load, option_lines

GUIDE = load()


@pytest.mark.parametrize(
    "text,value",
    [("yes", "yes"), ("yeah kind of", "yes"), ("not really", "no"), ("nope", "no"), ("skip", "skip"),
     ("Rather not say", "skip"), ("purple", None)],
)
def test_reads_yes_no_answers(text, value):
    assert GUIDE.read_yes_no(text) == value


@pytest.mark.parametrize(
    "text,value",
    [("it's taken over", "high"), ("quite a lot", "high"), ("a little", "low"), ("skip", "skip"), ("hmm", None)],
)
def test_reads_severity(text, value):
    assert GUIDE.read_severity(text) == value


def test_options_follow_the_answers_with_reasons():
    severe = GUIDE.options({"fit_severity": "high", "fit_home_support": "no", "fit_commitments": "no", "fit_health": "no"})
    topics = [o.topic for o in severe]
    assert topics[0] == "moud_overview" and "residential_short" in topics
    assert all(o.reason for o in severe)
    working = [o.topic for o in GUIDE.options({"fit_severity": "low", "fit_commitments": "yes"})]
    assert "intensive_outpatient" in working and "residential_short" not in working


def test_every_option_is_a_known_topic_and_the_list_is_short():
    catalog = load_catalog()
    assert all(option["topic"] in catalog.topics for option in GUIDE.config["options"])
    everything = {"fit_severity": "high", "fit_home_support": "yes", "fit_commitments": "yes", "fit_health": "yes", "fit_tried": "detox"}
    assert len(GUIDE.options(everything)) <= GUIDE.config["max_options"]


def test_summary_reflects_what_was_said_and_skips_what_was_not():
    lines = GUIDE.summary({"fit_tried": "detox twice", "fit_severity": "skip", "fit_home_support": "no"})
    text = " ".join(lines)
    assert "detox twice" in text and "support" in text and "affecting" not in text


def test_options_are_offered_for_discussion_not_as_a_verdict():
    lines = option_lines(GUIDE, GUIDE.options({}), {"moud_overview": "Medications"})
    assert "provider" in lines[0] and "verdict" in lines[-1]
