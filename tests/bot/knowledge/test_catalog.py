import datetime
import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.knowledge.answers import KnowledgeBase, load_phrasing
from bot.knowledge.catalog import KNOWLEDGE_DIR, load, parse
from bot.safety.helplines import load as load_helplines

ROOT = Path(__file__).resolve().parents[3]
CATALOG = load()
TOPIC_IDS = [
    topic_id
    for topic_id in re.findall(r"^\| ([a-z_]+) \|", (ROOT / "docs" / "topics.md").read_text(encoding="utf-8"), re.M)
    if topic_id != "id"  # the table's header
]


def test_every_documented_topic_is_in_the_content():
    assert len(TOPIC_IDS) >= 35
    assert sorted(CATALOG.topics) == sorted(TOPIC_IDS)


@pytest.mark.parametrize("topic_id", TOPIC_IDS)
def test_topic_is_sourced_short_and_has_training_examples(topic_id):
    topic = CATALOG.topics[topic_id]
    assert topic.source.url.startswith("https://"), topic.source.url
    assert topic.source.name
    datetime.date.fromisoformat(topic.source.checked)
    assert 1 <= len(topic.answer) <= 3
    for part in topic.answer + tuple(p for parts in topic.followups.values() for p in parts):
        assert len(part) <= 320, part
    assert len(topic.examples) >= 12


@pytest.mark.parametrize("topic_id", TOPIC_IDS)
def test_no_answer_tells_people_what_they_must_do(topic_id):
    topic = CATALOG.topics[topic_id]
    for part in topic.answer + tuple(p for parts in topic.followups.values() for p in parts):
        assert not re.search(r"\byou (must|should|have to|need to)\b", part, re.I), part


def test_a_topic_is_one_entry_in_the_data(tmp_path):
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, directory)
    new_topic = {
        "id": "sauna_detox",
        "title": "Sauna detox",
        "aliases": ["sauna detox"],
        "examples": ["does a sauna detox work", "can i sweat out opioids in a sauna"],
        "answer": ["There's no good evidence that sweating in a sauna clears opioids or treats withdrawal."],
        "source": {"name": "Example source", "url": "https://example.org/sauna", "checked": "2026-11-23"},
    }
    (directory / "extra.yml").write_text(yaml.safe_dump({"topics": [new_topic]}), encoding="utf-8")
    knowledge = KnowledgeBase(parse(directory), load_helplines(), load_phrasing())
    reply = knowledge.answer("does a sauna detox work")
    assert reply.topic == "sauna_detox"
    assert reply.messages == tuple(new_topic["answer"])


def test_inconsistent_references_are_refused(tmp_path):
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, directory)
    broken = yaml.safe_load((directory / "medications.yml").read_text(encoding="utf-8"))
    broken["topics"][0]["related"] = ["no_such_topic"]
    (directory / "medications.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_topic"):
        parse(directory)
