"""An SQL tracker store whose database calls cannot stall the server.

Rasa's SQL tracker store is synchronous. A database that refuses connections is handled (Rasa's
FailSafeTrackerStore falls back to memory), but one that accepts a connection and never answers blocks
the only event loop, and then nobody gets a reply, not even a crisis handoff. Here each call runs in a
worker thread and gives up after `timeout` seconds, so the fail-safe fallback takes over instead.
"""
import asyncio
from typing import Any, Awaitable, Callable, Iterable, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker


class TimeoutSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, timeout: float = 3.0, **kwargs: Any) -> None:
        self.timeout = float(timeout)
        super().__init__(*args, **kwargs)

    async def _bounded(self, method: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        call = loop.run_in_executor(None, lambda: asyncio.run(method(*args)))
        return await asyncio.wait_for(call, timeout=self.timeout)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._bounded(super().retrieve, sender_id)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return await self._bounded(super().retrieve_full_tracker, conversation_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._bounded(super().save, tracker)

    async def keys(self) -> Iterable[Text]:
        return await self._bounded(super().keys)
