import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_files_match_content():
    result = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_rasa_gets_an_even_spread_of_each_topics_examples():
    from scripts.generate import spread

    items = [f"q{i}" for i in range(100)]
    picked = spread(items, 10)
    assert picked == [f"q{i}" for i in range(0, 100, 10)]
    assert spread(items[:5], 10) == items[:5]


def test_every_topic_is_in_the_rasa_training_data():
    import yaml

    from bot.knowledge.answers import default_knowledge_base
    from scripts.generate import EXAMPLES_PER_TOPIC_FOR_RASA

    nlu = yaml.safe_load((ROOT / "data" / "nlu" / "knowledge.yml").read_text(encoding="utf-8"))
    lines = {line[2:].strip() for line in nlu["nlu"][0]["examples"].splitlines() if line.strip()}
    for topic in default_knowledge_base().catalog.topics.values():
        present = [example for example in topic.examples if example.strip() in lines]
        assert len(present) >= min(len(topic.examples), EXAMPLES_PER_TOPIC_FOR_RASA) // 2, topic.id
