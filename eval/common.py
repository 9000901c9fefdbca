"""Shared by the evaluation scripts: load the trained model once and parse messages with it."""
import asyncio
import logging
import os
from pathlib import Path
from typing import Dict, List

import yaml

os.environ["RASA_TELEMETRY_ENABLED"] = "false"  # no third-party analytics

ROOT = Path(__file__).resolve().parents[1]
MODEL = Path(os.environ.get("COMPANION_MODEL", ROOT / "models" / "companion.tar.gz"))
# eval/data: the first evaluation sets, written blind; their misses were then studied to improve the
# bot, so they are now a development set (and training examples of the yes/no crisis model). eval/holdout: written
# afterwards by people who saw neither the training data nor the development set, and never studied: the honest figures.
SETS = ("holdout", "data")


def set_from_args(argv: List[str]) -> List[str]:
    chosen = [a for a in argv if a in SETS]
    return chosen or list(SETS)


def load_yaml(which: str, name: str) -> dict:
    return yaml.safe_load((ROOT / "eval" / which / name).read_text(encoding="utf-8"))


def parse_all(texts: List[str]) -> List[Dict]:
    """NLU parse results of the trained model (the same pipeline the server runs, safety net included)."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    # Rasa's debug log lines carry the message text: keep them out of the output, as the server does.
    configure_structlog(logging.WARNING)

    async def run() -> List[Dict]:
        agent = Agent.load(str(MODEL))
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(run())


def pct(numerator: int, denominator: int) -> str:
    return f"{100.0 * numerator / denominator:.1f}% ({numerator}/{denominator})" if denominator else "n/a"
