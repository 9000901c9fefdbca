"""Every number the bot can say comes from content/helplines.yml, and ordinary answers carry no crisis line."""
from pathlib import Path

import pytest
import yaml

from bot.knowledge.answers import default_knowledge_base, phone_like_numbers
from bot.safety.helplines import NON_CRISIS_ROLES, load as load_helplines

ROOT = Path(__file__).resolve().parents[2]
HELPLINES = load_helplines()
ALL_NUMBERS = HELPLINES.all_numbers()
CRISIS_NUMBERS = HELPLINES.numbers_with_roles(
    {line.role for region in HELPLINES.regions.values() for line in region.lines} - NON_CRISIS_ROLES
)


def domain_responses():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, variants in domain["responses"].items():
        for variant in variants:
            texts = [variant.get("text") or ""] + [b["title"] for b in variant.get("buttons") or []]
            for text in texts:
                yield name, text


def knowledge_texts():
    knowledge = default_knowledge_base()
    for region in HELPLINES.regions:
        for topic in knowledge.catalog.topics.values():
            reply = knowledge.give(topic.id, region=region)
            for text in reply.messages + ((reply.question,) if reply.question else ()):
                yield f"{topic.id}/{region}", text
            for aspect in topic.followups:
                reply = knowledge.answer(f"{aspect}", requested_topic=topic.id, region=region)
                for text in reply.messages:
                    yield f"{topic.id}/{aspect}/{region}", text


def other_content_texts():
    for name in ("mi.yml", "fit.yml"):
        yield name, (ROOT / "content" / name).read_text(encoding="utf-8")


def test_every_number_in_a_response_is_an_official_line():
    unknown = [
        (where, number)
        for where, text in [*domain_responses(), *knowledge_texts(), *other_content_texts()]
        for number in phone_like_numbers(text)
        if number not in ALL_NUMBERS
    ]
    assert not unknown, f"numbers not in content/helplines.yml: {unknown}"


def test_ordinary_responses_carry_no_crisis_number():
    leaks = [
        (where, number)
        for where, text in [*domain_responses(), *knowledge_texts(), *other_content_texts()]
        if not where.startswith(("utter_crisis_", "utter_region_set"))
        for number in phone_like_numbers(text)
        if number in CRISIS_NUMBERS
    ]
    assert not leaks, f"crisis numbers in ordinary answers: {leaks}"


def test_the_check_catches_a_made_up_number():
    assert "1-866-555-0199" not in ALL_NUMBERS
    assert phone_like_numbers("Call our partner line 1-866-555-0199 now") == ("1-866-555-0199",)


@pytest.mark.parametrize("region", sorted(HELPLINES.regions))
def test_finding_care_names_the_regions_own_lines(region):
    knowledge = default_knowledge_base()
    text = " ".join(knowledge.give("finding_care", region=region).messages)
    assert "{" not in text, "a placeholder was left unfilled"
    for number in phone_like_numbers(text):
        assert number in HELPLINES.regions[region].numbers
