"""An SQL tracker store whose database calls cannot stall the server.

Rasa's SQL tracker store is synchronous. A database that refuses connections is handled (Rasa's
FailSafeTrackerStore falls back to memory), but one that accepts a connection and never answers blocks
the only event loop, and then nobody gets a reply, not even a crisis handoff. Here each call runs in a
worker thread and gives up after `timeout` seconds, so the fail-safe fallback takes over instead.

While the database is down, a conversation active in the last `recent_max_age` seconds goes on from its
last known state (stores/recent_conversations.py) instead of from nothing: the region the user chose, a
form in progress. The turns taken meanwhile reach the database with the first save after it is back.
"""
import asyncio
import logging
from typing import Any, Awaitable, Callable, Iterable, List, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from stores.recent_conversations import RecentConversations

logger = logging.getLogger(__name__)


class TimeoutSQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        *args: Any,
        timeout: float = 3.0,
        recent_conversations: int = 2000,
        recent_max_age: float = 3600.0,
        **kwargs: Any,
    ) -> None:
        self.timeout = float(timeout)
        self.recent = RecentConversations(recent_conversations, recent_max_age)
        super().__init__(*args, **kwargs)

    async def _bounded(self, method: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        call = loop.run_in_executor(None, lambda: asyncio.run(method(*args)))
        return await asyncio.wait_for(call, timeout=self.timeout)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        try:
            tracker = await self._bounded(super().retrieve, sender_id)
        except Exception as error:
            remembered = self.recent.recall(sender_id)
            if remembered is None:
                raise  # Rasa's FailSafeTrackerStore logs it and starts an empty conversation
            # The error's type only: its text can carry connection details, and ids stay out of the log.
            logger.error(f"Database unavailable ({type(error).__name__}): a recent conversation goes on from memory.")
            return remembered
        if tracker is None:
            return None
        remembered = self.recent.events(sender_id)
        if remembered:
            _add_unsaved_turns(tracker, remembered)  # the next save writes them
        self.recent.remember(tracker)
        return tracker

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return await self._bounded(super().retrieve_full_tracker, conversation_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self.recent.remember(tracker)  # first: the turn must outlive a failed save
        await self._bounded(super().save, tracker)

    async def keys(self) -> Iterable[Text]:
        return await self._bounded(super().keys)


def _add_unsaved_turns(stored: DialogueStateTracker, remembered: List[Event]) -> None:
    """Adds to the stored conversation the turns the database never got (taken during an outage): the remembered
    events after the stored conversation's last one. The remembered events may start earlier (the database
    returns the current session only), so they are matched by time and type, not by count."""
    if not stored.events:
        return
    last = stored.events[-1]
    for index in range(len(remembered) - 1, -1, -1):
        if remembered[index].timestamp == last.timestamp and remembered[index].type_name == last.type_name:
            for unsaved in remembered[index + 1:]:
                stored.update(unsaved)
            return
