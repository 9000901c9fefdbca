import random

import pytest

from bot.knowledge.answers import YES_NO, KnowledgeBase, load_phrasing
from bot.knowledge.catalog import load
from bot.safety.helplines import load as load_helplines

CATALOG = load()


@pytest.fixture(scope="module")
def knowledge():
    return KnowledgeBase(CATALOG, load_helplines(), load_phrasing(), rng=random.Random(7))


def with_followup(aspect):
    return next(t for t in CATALOG.topics.values() if aspect in t.followups)


@pytest.mark.parametrize(
    "question,topic",
    [
        ("how does methadone work", "methadone"),
        ("what is suboxone", "buprenorphine"),
        ("what's vivitrol", "naltrexone"),
        ("what is narcan", "naloxone"),
        ("what is smart recovery", "smart_recovery"),
        ("what happens at an NA meeting", "narcotics_anonymous"),
    ],
)
def test_plain_questions_find_their_topic(knowledge, question, topic):
    assert knowledge.answer(question).topic == topic


@pytest.mark.parametrize("aspect", ["duration", "side_effects", "safety"])
def test_a_bare_follow_up_is_about_the_topic_in_context(knowledge, aspect):
    topic = with_followup(aspect)
    question = {"duration": "how long does it last?", "side_effects": "side effects?", "safety": "is it safe?"}[aspect]
    reply = knowledge.answer(question, context_topic=topic.id)
    assert reply.topic == topic.id
    assert reply.messages == topic.followups[aspect]


def test_naming_another_topic_moves_the_conversation(knowledge):
    assert knowledge.answer("and what about naltrexone?", context_topic="methadone").topic == "naltrexone"


def test_a_follow_up_the_topic_cannot_answer_is_honest_and_offers_the_overview(knowledge):
    topic = next(t for t in CATALOG.topics.values() if "cost" not in t.followups)
    reply = knowledge.answer("how much does it cost?", context_topic=topic.id)
    assert "rather not guess" in reply.messages[0]
    assert reply.offered_topic == topic.id and reply.buttons == YES_NO


def test_information_not_asked_for_is_offered_with_permission(knowledge):
    detox = CATALOG.topics["detox"]
    assert detox.offer is not None
    reply = knowledge.give("detox")
    assert reply.question == detox.offer.ask
    assert reply.offered_topic == detox.offer.topic
    assert reply.buttons == YES_NO


@pytest.mark.parametrize("topic_id", sorted(CATALOG.topics))
def test_every_answer_hands_the_conversation_back_with_a_question(knowledge, topic_id):
    reply = knowledge.give(topic_id)
    assert reply.messages and reply.question and reply.question.rstrip().endswith("?")


def test_the_source_of_the_last_answer(knowledge):
    reply = knowledge.source("methadone")
    assert CATALOG.topics["methadone"].source.url in reply.messages[0]
    assert "haven't shared" in knowledge.source(None).messages[0]


def test_an_unclear_question_asks_which_topic_was_meant(knowledge):
    reply = knowledge.answer("zzq")
    assert reply.topic is None and len(reply.buttons) == 3


def test_finding_care_uses_the_users_region(knowledge):
    us = " ".join(knowledge.give("finding_care", region="us").messages)
    uk = " ".join(knowledge.give("finding_care", region="uk").messages)
    assert "1-800-662-4357" in us and "1-800-662-4357" not in uk
