"""An SQL tracker store whose database calls cannot stall the server.

Rasa's SQL tracker store is synchronous. A database that refuses connections is handled (Rasa's
FailSafeTrackerStore falls back to memory), but one that accepts a connection and never answers blocks
the only event loop, and then nobody gets a reply, not even a crisis handoff. Here each call runs in a
worker thread and gives up after `timeout` seconds, so the fail-safe fallback takes over instead.

While the database is down, a conversation active in the last `recent_max_age` seconds goes on from its
last known state (stores/recent_conversations.py) instead of from nothing: the region the user chose, a
form in progress. The turns taken meanwhile (a conversation that began during the outage included) reach the
database with the first save after it is back.

A turn in which the bot confirmed "delete my data" is not saved: the whole conversation is deleted instead
(stores/user_data.py says why it happens here). A deletion the database could not take is retried every half
minute or so until it succeeds, and the conversation is not read or written meanwhile.
"""
import asyncio
import logging
from typing import Any, Awaitable, Callable, Iterable, List, Optional, Set, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from stores.recent_conversations import RecentConversations
from stores.user_data import delete_events, forget_requested

logger = logging.getLogger(__name__)


class TimeoutSQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        *args: Any,
        timeout: float = 3.0,
        recent_conversations: int = 2000,
        recent_max_age: float = 3600.0,
        deletion_retry_seconds: float = 30.0,
        **kwargs: Any,
    ) -> None:
        self.timeout = float(timeout)
        self.recent = RecentConversations(recent_conversations, recent_max_age)
        # Conversations the user asked to delete while the database was unavailable.
        self.deletions_pending: Set[Text] = set()
        self.deletion_retry_seconds = float(deletion_retry_seconds)
        self._retrying: Optional[asyncio.Future] = None
        super().__init__(*args, **kwargs)

    async def _bounded(self, method: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        call = loop.run_in_executor(None, lambda: asyncio.run(method(*args)))
        return await asyncio.wait_for(call, timeout=self.timeout)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        if sender_id in self.deletions_pending and not await self._delete_pending(sender_id):
            return None  # a fresh conversation: nothing of the one to be deleted comes back
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
            if self.recent.was_stored(sender_id):  # deleted by someone else (`scripts.user_data delete`)
                self.recent.forget(sender_id)
                return None
            # A conversation that began during an outage: what it said meanwhile is in memory only, and the next
            # save writes it.
            return self.recent.recall(sender_id)
        remembered = self.recent.events(sender_id)
        if remembered:
            _add_unsaved_turns(tracker, remembered)  # the next save writes them
        self.recent.remember(tracker)
        self.recent.mark_stored(sender_id)
        return tracker

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return await self._bounded(super().retrieve_full_tracker, conversation_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        if forget_requested(tracker):
            self.recent.forget(tracker.sender_id)
            self.deletions_pending.add(tracker.sender_id)
            await self._delete_pending(tracker.sender_id)
            return
        if tracker.sender_id in self.deletions_pending and not await self._delete_pending(tracker.sender_id):
            # Saving now would append to the conversation that is to go; Rasa keeps this turn in memory instead.
            raise RuntimeError("a requested deletion is waiting for the database")
        self.recent.remember(tracker)  # first: the turn must outlive a failed save
        await self._bounded(super().save, tracker)
        self.recent.mark_stored(tracker.sender_id)

    async def _delete_pending(self, sender_id: Text) -> bool:
        """Deletes a conversation the user asked to delete; False while the database cannot take it."""
        try:
            await self._bounded(self._delete, sender_id)
        except Exception as error:
            logger.error(f"Database unavailable ({type(error).__name__}): a requested deletion will be retried.")
            self._retry_deletions_later()
            return False
        self.deletions_pending.discard(sender_id)
        return True

    async def _delete(self, sender_id: Text) -> int:
        return delete_events(self, sender_id)

    def _retry_deletions_later(self) -> None:
        """Retries in the background, so a person who never writes again is deleted too, and nobody waits."""
        if self._retrying is None or self._retrying.done():
            self._retrying = asyncio.ensure_future(self._retry_deletions())

    async def _retry_deletions(self) -> None:
        while self.deletions_pending:
            await asyncio.sleep(self.deletion_retry_seconds)
            for sender_id in list(self.deletions_pending):
                try:
                    await self._bounded(self._delete, sender_id)
                except Exception:
                    break
                self.deletions_pending.discard(sender_id)

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
