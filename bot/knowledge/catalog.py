"""Treatment topics and follow-up aspects, read from content/knowledge/ (adding a topic is data only)."""
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "content" / "knowledge"
ASPECTS_FILE = "aspects.yml"


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    checked: str


@dataclass(frozen=True)
class Offer:
    ask: str
    topic: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    aliases: Tuple[str, ...]
    examples: Tuple[str, ...]
    answer: Tuple[str, ...]
    followups: Dict[str, Tuple[str, ...]]
    source: Source
    ask_back: Optional[str] = None
    offer: Optional[Offer] = None
    related: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Aspect:
    id: str
    label: str
    phrases: Tuple[str, ...]
    examples: Tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    topics: Dict[str, Topic]
    aspects: Dict[str, Aspect]
    files: Tuple[Path, ...] = field(default=())

    def topic(self, topic_id: Optional[str]) -> Optional[Topic]:
        return self.topics.get(topic_id or "")


def _topic(raw: dict) -> Topic:
    offer = raw.get("offer")
    return Topic(
        id=raw["id"],
        title=raw["title"],
        aliases=tuple(str(a).lower() for a in raw.get("aliases") or ()),
        examples=tuple(str(e) for e in raw["examples"]),
        answer=tuple(str(p).strip() for p in raw["answer"]),
        followups={k: tuple(str(p).strip() for p in v) for k, v in (raw.get("followups") or {}).items()},
        source=Source(name=raw["source"]["name"], url=raw["source"]["url"], checked=str(raw["source"]["checked"])),
        ask_back=raw.get("ask_back"),
        offer=Offer(ask=offer["ask"], topic=offer["topic"]) if offer else None,
        related=tuple(raw.get("related") or ()),
    )


def _aspects(path: Path) -> Dict[str, Aspect]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["aspects"]
    return {
        key: Aspect(
            id=key,
            label=body["label"],
            phrases=tuple(str(p).lower() for p in body["phrases"]),
            examples=tuple(str(e) for e in body["examples"]),
        )
        for key, body in raw.items()
    }


def parse(directory: Path) -> Catalog:
    topics: Dict[str, Topic] = {}
    files = sorted(p for p in directory.glob("*.yml") if p.name != ASPECTS_FILE)
    for path in files:
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")).get("topics") or []:
            if raw["id"] in topics:
                raise ValueError(f"topic {raw['id']!r} is defined twice (again in {path.name})")
            topics[raw["id"]] = _topic(raw)
    aspects = _aspects(directory / ASPECTS_FILE)
    _check_references(topics, aspects)
    return Catalog(topics=topics, aspects=aspects, files=tuple(files))


def _check_references(topics: Dict[str, Topic], aspects: Dict[str, Aspect]) -> None:
    problems: List[str] = []
    for topic in topics.values():
        problems += [f"{topic.id}: unknown aspect {k!r}" for k in topic.followups if k not in aspects]
        problems += [f"{topic.id}: unknown related topic {r!r}" for r in topic.related if r not in topics]
        if topic.offer and topic.offer.topic not in topics:
            problems.append(f"{topic.id}: offer points to unknown topic {topic.offer.topic!r}")
    if problems:
        raise ValueError("content/knowledge is inconsistent:\n" + "\n".join(problems))


@lru_cache(maxsize=2)
def load(directory: Path = KNOWLEDGE_DIR) -> Catalog:
    return parse(directory)
