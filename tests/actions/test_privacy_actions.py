"""'Send me my data' reads the stored conversation from the tracker store the endpoints file configures."""
import asyncio

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import privacy
from actions.privacy import NOTHING_STORED, UNAVAILABLE, ActionExportMyData


@pytest.fixture
def endpoints(tmp_path, monkeypatch):
    db = tmp_path / "t.db"
    path = tmp_path / "endpoints.yml"
    path.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {db}\n")
    monkeypatch.setenv("ENDPOINTS", str(path))
    privacy._store.cache_clear()
    yield db
    privacy._store.cache_clear()


def store_conversation(db, sender, *events):
    tracker = DialogueStateTracker(sender, [])
    for event in events:
        tracker.update(event)
    asyncio.run(SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db)).save(tracker))


def export_for(sender):
    dispatcher = CollectingDispatcher()
    tracker = Tracker(sender, {}, {}, [], False, None, {}, "action_listen")
    assert ActionExportMyData().run(dispatcher, tracker, {}) == []
    return [message["text"] for message in dispatcher.messages]


def test_every_session_of_this_conversation_and_nothing_else(endpoints):
    store_conversation(
        endpoints, "me",
        UserUttered("i'm in the uk"), BotUttered("Got it."), SessionStarted(), UserUttered("what is naloxone"),
    )
    store_conversation(endpoints, "someone else", UserUttered("a secret"))
    texts = export_for("me")
    assert "3 messages" in texts[0]
    transcript = "\n".join(texts[1:])
    assert "You: i'm in the uk" in transcript and "Companion: Got it." in transcript
    assert "You: what is naloxone" in transcript and "a secret" not in transcript


def test_nothing_stored_yet(endpoints):
    assert export_for("new") == [NOTHING_STORED]


def test_a_store_that_cannot_be_read_gets_a_kind_reply(tmp_path, monkeypatch):
    monkeypatch.setenv("ENDPOINTS", str(tmp_path / "missing.yml"))
    privacy._store.cache_clear()
    try:
        assert export_for("me") == [UNAVAILABLE]
    finally:
        privacy._store.cache_clear()
