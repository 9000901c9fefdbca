"""The last known state of recently active conversations, kept in this process's memory.

Rasa's FailSafeTrackerStore answers a database outage by starting every message from an empty
conversation: a user who said "I'm in the UK" got the US crisis numbers, and a form in progress was
forgotten. The SQL tracker store keeps each conversation it saved or read here, and reads it back when
the database fails. Bounded in number and age, never written anywhere: the database stays the
record, and this only bridges an outage.
"""
import threading
import time
from collections import OrderedDict
from typing import List, Optional, Text, Tuple

from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker


class RecentConversations:
    def __init__(self, max_conversations: int = 2000, max_age_seconds: float = 3600.0) -> None:
        self.max_conversations = int(max_conversations)
        self.max_age_seconds = float(max_age_seconds)
        # sender id -> (when remembered, tracker, whether the database has held it)
        self._items: "OrderedDict[Text, Tuple[float, DialogueStateTracker, bool]]" = OrderedDict()
        # The tracker store's calls run in worker threads (stores/timeout_sql.py).
        self._lock = threading.Lock()

    def remember(self, tracker: DialogueStateTracker) -> None:
        # No copy here (a copy replays every event, on each turn): the tracker kept is the one the turn goes
        # on changing, which is what an outage should resume from. recall() hands out copies.
        with self._lock:
            stored = self._items.get(tracker.sender_id, (0.0, None, False))[2]
            self._items[tracker.sender_id] = (time.monotonic(), tracker, stored)
            self._items.move_to_end(tracker.sender_id)
            while len(self._items) > self.max_conversations:
                self._items.popitem(last=False)

    def mark_stored(self, sender_id: Text) -> None:
        """The database has held this conversation: if it has none later, someone deleted it."""
        with self._lock:
            item = self._items.get(sender_id)
            if item is not None:
                self._items[sender_id] = (item[0], item[1], True)

    def was_stored(self, sender_id: Text) -> bool:
        with self._lock:
            item = self._items.get(sender_id)
            return item is not None and item[2]

    def forget(self, sender_id: Text) -> None:
        with self._lock:
            self._items.pop(sender_id, None)

    def recall(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        tracker = self._fresh(sender_id)
        return None if tracker is None else tracker.copy()

    def events(self, sender_id: Text) -> Optional[List[Event]]:
        """The remembered events, without the cost of a copy of the tracker (which replays them all)."""
        tracker = self._fresh(sender_id)
        return None if tracker is None else list(tracker.events)

    def _fresh(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        with self._lock:
            item = self._items.get(sender_id)
            if item is None:
                return None
            stored_at, tracker, _ = item
            if time.monotonic() - stored_at > self.max_age_seconds:
                del self._items[sender_id]
                return None
            return tracker

    def __len__(self) -> int:
        return len(self._items)
