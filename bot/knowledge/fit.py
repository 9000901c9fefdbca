"""Reads the answers to "which treatment is right for me?" and lists options to discuss, with reasons.

What the answers mean and which options they bring up is data (content/fit.yml); this module only
applies it.
"""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from bot.knowledge.matcher import normalise

FIT_PATH = Path(__file__).resolve().parents[2] / "content" / "fit.yml"
YES_NO_SLOTS = ("fit_home_support", "fit_commitments", "fit_health")


@dataclass(frozen=True)
class Option:
    topic: str
    reason: str


def _has_phrase(text: str, phrases) -> bool:
    padded = f" {normalise(text)} "
    return any(f" {normalise(p)} " in padded for p in phrases)


class FitGuide:
    def __init__(self, config: dict):
        self._config = config

    @property
    def config(self) -> dict:
        return self._config

    def read_yes_no(self, text: str) -> Optional[str]:
        """'yes', 'no', 'skip', or None when the answer is unclear. Skip and no are checked first:
        "not really" holds "really" but means no."""
        for value in ("skip", "no", "yes"):
            if _has_phrase(text, self._config["answers"][value]):
                return value
        return None

    def read_severity(self, text: str) -> Optional[str]:
        for value in ("skip", "high", "low"):
            if _has_phrase(text, self._config["severity"][value]):
                return value
        return None

    def read_tried(self, text: str) -> str:
        value = " ".join(text.split())[:200]
        return "skip" if _has_phrase(value, self._config["answers"]["skip"]) else value

    def summary(self, answers: Dict[str, Optional[str]]) -> List[str]:
        lines = [self._config["summary_intro"]]
        for slot, template in self._config["summary"].items():
            value = answers.get(slot)
            if not value or value == "skip":
                continue
            if isinstance(template, str):
                lines.append(template.format(value=value))
            elif value in template:
                lines.append(template[value])
        return lines

    def options(self, answers: Dict[str, Optional[str]]) -> List[Option]:
        chosen: List[Option] = []
        for option in self._config["options"]:
            if self._applies(option.get("when"), answers):
                chosen.append(Option(topic=option["topic"], reason=option["reason"]))
        return chosen[: self._config["max_options"]]

    @staticmethod
    def _applies(when: Optional[dict], answers: Dict[str, Optional[str]]) -> bool:
        if not when:
            return True
        for slot, wanted in when.items():
            value = answers.get(slot) or ""
            if isinstance(wanted, list):
                if value != "skip" and _has_phrase(value, wanted):
                    return True
            elif value == wanted:
                return True
        return False


@lru_cache(maxsize=1)
def load(path: Path = FIT_PATH) -> FitGuide:
    return FitGuide(yaml.safe_load(path.read_text(encoding="utf-8")))


def option_lines(guide: FitGuide, options: List[Option], titles: Dict[str, str]) -> Tuple[str, ...]:
    body = [guide.config["options_intro"]]
    body += [f"{i}. {titles.get(o.topic, o.topic)}: {o.reason}" for i, o in enumerate(options, 1)]
    body.append(guide.config["options_outro"])
    return tuple(body)
