"""A person's stored conversation, read whole or deleted whole: what "export my data" and "delete my data" need.

Everything the companion keeps about a person is their conversation in the tracker store, under the channel's
sender id (every session, with the region they chose and their form answers). The SQL tracker store (SQLite by
default, PostgreSQL in production) is the one supported here; another store gets a clear error rather than a
silent "done".

In a chat, "delete my data" cannot be carried out by a custom action: Rasa saves the conversation after the
action, and its SQL store writes back every event of the session it no longer finds. So the store deletes when
it saves a turn in which the bot sent FORGET_CONFIRMATION (stores/timeout_sql.py), and that turn is not saved.
"""
import json
from pathlib import Path
from typing import Any, Dict, List, Text, Union

from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

# The domain response that tells the user their conversation is deleted (data/rules/privacy.yml).
FORGET_CONFIRMATION = "utter_forgotten"
# The action that sends a copy of the conversation (actions/privacy.py): its own messages are stored like any
# other, and a second copy must not contain the first.
EXPORT_ACTION = "action_export_my_data"


class UnsupportedStore(Exception):
    """The configured tracker store is not one this module can read whole or delete from."""


def forget_requested(tracker: DialogueStateTracker) -> bool:
    """Whether the bot confirmed a deletion in the latest turn (after the user's last message)."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == FORGET_CONFIRMATION:
            return True
    return False


def sql_store(store: TrackerStore) -> SQLTrackerStore:
    """The SQL tracker store inside Rasa's wrappers, or UnsupportedStore."""
    inner = store._tracker_store if isinstance(store, FailSafeTrackerStore) else store
    if not isinstance(inner, SQLTrackerStore):
        raise UnsupportedStore(
            f"the tracker store is {type(inner).__name__}; export and deletion support Rasa's SQL tracker store "
            "(SQLite or PostgreSQL) and stores.timeout_sql.TimeoutSQLTrackerStore"
        )
    return inner


def stored_events(store: TrackerStore, sender_id: Text) -> List[Dict[Text, Any]]:
    """Every stored event of the conversation, all sessions, oldest first, as Rasa stores them."""
    sql = sql_store(store)
    with sql.session_scope() as session:
        rows = sql._event_query(session, sender_id, fetch_events_from_all_sessions=True).all()
        return [json.loads(row.data) for row in rows]


def delete_events(store: TrackerStore, sender_id: Text) -> int:
    """Deletes every stored event of the conversation; returns how many there were."""
    sql = sql_store(store)
    with sql.session_scope() as session:
        deleted = session.query(sql.SQLEvent).filter(sql.SQLEvent.sender_id == sender_id).delete()
        session.commit()
        return deleted


def export(store: TrackerStore, sender_id: Text) -> Dict[Text, Any]:
    """The whole conversation as one JSON-ready document."""
    return {"conversation_id": sender_id, "events": stored_events(store, sender_id)}


def transcript_lines(events: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
    """What was said, by whom and when: the readable part of the stored events, without earlier copies."""
    said, in_copy = [], False
    for event in events:
        kind = event.get("event")
        if kind == "action":
            in_copy = event.get("name") == EXPORT_ACTION
        elif kind == "user":
            in_copy = False
        if kind in ("user", "bot") and not (kind == "bot" and in_copy) and (event.get("text") or "").strip():
            said.append({"timestamp": event.get("timestamp"), "speaker": kind, "text": event["text"]})
    return said


def open_store(endpoints: Union[Text, Path]) -> TrackerStore:
    """The tracker store an endpoints file configures (the same one the Rasa server uses). Only raw events are
    read through it, so it needs no domain."""
    from rasa.core.utils import AvailableEndpoints
    from rasa.shared.core.domain import Domain

    config = AvailableEndpoints.read_endpoints(str(endpoints)).tracker_store
    if config is None:
        raise UnsupportedStore(f"{endpoints} configures no tracker_store (Rasa then keeps conversations in memory only)")
    return TrackerStore.create(config, Domain.empty())
