"""Turns a treatment question into a short, sourced, MI-style reply.

Elicit-provide-elicit: the reply gives what was asked in chat-sized parts, then hands the conversation
back with one question (what they make of it, or permission to share something they did not ask for).
"""
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence, Tuple

import yaml

from bot.knowledge.catalog import Catalog, Topic, load as load_catalog
from bot.knowledge.matcher import TopicMatcher, normalise
from bot.safety.helplines import Helplines, fill_placeholders, load as load_helplines

PHRASING_PATH = Path(__file__).resolve().parents[2] / "content" / "mi.yml"
# A question this short that asks for an aspect ("how long does it last?") and names no topic is a
# follow-up about the topic already under discussion.
FOLLOWUP_MAX_WORDS = 10
# Below this the topic model is guessing: ask which topic was meant instead of answering the wrong one.
MIN_CONFIDENCE = 0.2

Button = Tuple[str, str]


@dataclass(frozen=True)
class Reply:
    messages: Tuple[str, ...]
    question: Optional[str] = None  # the one question that ends the turn
    buttons: Tuple[Button, ...] = ()
    topic: Optional[str] = None  # the topic now under discussion
    offered_topic: Optional[str] = None  # shared only if the user says yes


def topic_button(topic: Topic) -> Button:
    return topic.title, '/ask_treatment{"topic": "%s"}' % topic.id


YES_NO: Tuple[Button, ...] = (("Yes, please", "/affirm"), ("No, thanks", "/deny"))


@lru_cache(maxsize=2)
def load_phrasing(path: Path = PHRASING_PATH) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class KnowledgeBase:
    def __init__(
        self,
        catalog: Catalog,
        helplines: Helplines,
        phrasing: dict,
        rng: Optional[random.Random] = None,
    ):
        self.catalog = catalog
        self.matcher = TopicMatcher(catalog)
        self._helplines = helplines
        self._phrasing = phrasing
        self._rng = rng or random.Random()

    # -- questions -----------------------------------------------------------------------------

    def answer(
        self,
        text: str,
        *,
        requested_topic: Optional[str] = None,
        context_topic: Optional[str] = None,
        region: Optional[str] = None,
    ) -> Reply:
        """Answers a treatment question; `context_topic` is the topic discussed so far, if any."""
        aspect = self.matcher.aspect(text)
        topic_id = self.resolve_topic(text, aspect, requested_topic, context_topic)
        if topic_id is None:
            return self._clarify(text)
        return self._render(self.catalog.topics[topic_id], aspect, region)

    def resolve_topic(
        self,
        text: str,
        aspect: Optional[str],
        requested_topic: Optional[str] = None,
        context_topic: Optional[str] = None,
    ) -> Optional[str]:
        if requested_topic in self.catalog.topics:
            return requested_topic
        in_context = context_topic in self.catalog.topics
        is_bare_followup = (
            aspect is not None
            and not self.matcher.named_topics(text)
            and len(normalise(text).split()) <= FOLLOWUP_MAX_WORDS
        )
        if in_context and is_bare_followup:
            return context_topic
        guess = self.matcher.guess(text)
        if guess.confidence >= MIN_CONFIDENCE:
            return guess.topic
        if in_context and aspect is not None:
            return context_topic
        return None

    def give(self, topic_id: str, region: Optional[str] = None) -> Reply:
        """The overview of a topic, e.g. after the user accepted an offer or pressed a button."""
        return self._render(self.catalog.topics[topic_id], None, region)

    def source(self, topic_id: Optional[str]) -> Reply:
        topic = self.catalog.topic(topic_id)
        if topic is None:
            return Reply(messages=(self._phrasing["no_source_yet"],))
        line = self._phrasing["source"].format(
            title=topic.title, name=topic.source.name, url=topic.source.url, checked=topic.source.checked
        )
        return Reply(messages=(line,), topic=topic.id)

    def menu(self) -> Reply:
        groups = self._phrasing["menu"]
        buttons = tuple(topic_button(self.catalog.topics[t]) for t in groups["topics"] if t in self.catalog.topics)
        return Reply(messages=(groups["text"],), buttons=buttons)

    # -- rendering -----------------------------------------------------------------------------

    def _render(self, topic: Topic, aspect: Optional[str], region: Optional[str]) -> Reply:
        area = self._helplines.region(region)
        if aspect and aspect in topic.followups:
            parts: Sequence[str] = topic.followups[aspect]
            question, offered = self._elicit(topic), None
        elif aspect:
            label = self.catalog.aspects[aspect].label
            parts = (self._phrasing["unknown_aspect"].format(aspect=label, title=topic.title),)
            question = self._phrasing["offer_overview"].format(title=topic.title)
            offered = topic.id
        elif topic.offer:
            parts, question, offered = topic.answer, topic.offer.ask, topic.offer.topic
        else:
            parts, question, offered = topic.answer, self._elicit(topic), None
        buttons = YES_NO if offered else tuple(
            topic_button(self.catalog.topics[r]) for r in topic.related if r in self.catalog.topics
        )
        return Reply(
            messages=tuple(fill_placeholders(p, area) for p in parts),
            question=question,
            buttons=buttons,
            topic=topic.id,
            offered_topic=offered,
        )

    def _elicit(self, topic: Topic) -> str:
        return topic.ask_back or self._rng.choice(self._phrasing["elicit"])

    def _clarify(self, text: str) -> Reply:
        ranking = self.matcher.guess(text).ranking[:3]
        buttons = tuple(topic_button(self.catalog.topics[t]) for t, _ in ranking)
        return Reply(messages=(self._phrasing["clarify"],), buttons=buttons)


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    return KnowledgeBase(load_catalog(), load_helplines(), load_phrasing())


_NUMBER = re.compile(r"(?<![\w/.])\+?\d[\d -]*\d(?![\w/%])")
_RANGE = re.compile(r"^\d{1,2}\s*-\s*\d{1,2}$")  # "7-10 opioid-free days"
_UNIT_AFTER = re.compile(
    r"\s*(?:-\s*\d+\s*)?(?:%|percent|mg|days?|weeks?|months?|years?|hours?|minutes?|times|doses?|people|steps?)\b",
    re.I,
)


def phone_like_numbers(text: str) -> Tuple[str, ...]:
    """Digit runs in a text that could be dialled (ranges like "7-10 days" and years are not).

    Used by the tests that keep every number the bot says in content/helplines.yml.
    """
    found = []
    for match in _NUMBER.finditer(text):
        candidate = match.group().strip(" -")
        digits = re.sub(r"\D", "", candidate)
        if len(digits) < 3 or _UNIT_AFTER.match(text, match.end()) or _RANGE.match(candidate):
            continue
        if len(digits) == 4 and digits[:2] in ("19", "20") and candidate.isdigit():
            continue  # a year
        found.append(candidate)
    return tuple(found)
