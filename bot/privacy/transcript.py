"""A stored conversation as chat messages a person can read: "send me my data".

Each line says when, who and what; lines are packed into messages short enough for every channel (Telegram
refuses more than 4,096 characters, and SMS splits long texts). A line longer than that is cut into pieces,
not dropped: a copy of someone's data must be whole.
"""
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, List, Optional

MAX_MESSAGE_CHARS = 3000
SPEAKERS = {"user": "You", "bot": "Companion"}


@dataclass(frozen=True)
class Said:
    timestamp: Optional[float]
    speaker: str  # "user" or "bot"
    text: str


def line(said: Said) -> str:
    when = "unknown time"
    if said.timestamp is not None:
        when = datetime.fromtimestamp(said.timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"[{when}] {SPEAKERS.get(said.speaker, said.speaker)}: {said.text.strip()}"


def transcript_messages(conversation: Iterable[Said], max_chars: int = MAX_MESSAGE_CHARS) -> List[str]:
    messages: List[str] = []
    current = ""
    for said in conversation:
        for piece in _pieces(line(said), max_chars):
            if current and len(current) + 1 + len(piece) > max_chars:
                messages.append(current)
                current = ""
            current = f"{current}\n{piece}" if current else piece
    if current:
        messages.append(current)
    return messages


def _pieces(text: str, max_chars: int) -> List[str]:
    return [text[start:start + max_chars] for start in range(0, len(text), max_chars)] or [""]
