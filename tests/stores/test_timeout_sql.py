"""The SQL tracker store through a database outage (SQLite here; tests/web/test_production_config.py cuts a
real PostgreSQL off behind a running server)."""
import asyncio
from unittest import mock

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered

from stores.timeout_sql import TimeoutSQLTrackerStore
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


def store(domain, tmp_path, **kwargs):
    # Wrapped as Rasa wraps every tracker store: an error in the primary store means an empty conversation.
    return FailSafeTrackerStore(TimeoutSQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "t.db"), **kwargs))


def database_down():
    error = ConnectionError("database down")
    return mock.patch.multiple(SQLTrackerStore, retrieve=mock.Mock(side_effect=error), save=mock.Mock(side_effect=error))


def user_intents(tracker):
    return [event.intent_name for event in tracker.events if isinstance(event, UserUttered)]


async def say(tracker_store, sender, intent, *events):
    tracker = await tracker_store.get_or_create_tracker(sender)
    tracker.update(UserUttered(intent, {"name": intent}))
    for event in events:
        tracker.update(event)
    await tracker_store.save(tracker)
    return tracker


def test_a_recent_conversation_goes_on_through_an_outage_and_is_stored_after_it(domain, tmp_path):
    async def run():
        tracker_store = store(domain, tmp_path)
        await say(tracker_store, "a", "inform_region", SlotSet("region", "uk"))
        with database_down():
            during = await say(tracker_store, "a", "crisis_suicide")
            assert during.get_slot("region") == "uk"
            assert await say(tracker_store, "b", "greet")  # a conversation the store never saw starts empty
        await say(tracker_store, "a", "thank")
        stored = await TimeoutSQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "t.db")).retrieve("a")
        assert user_intents(stored) == ["inform_region", "crisis_suicide", "thank"]
        assert stored.get_slot("region") == "uk"

    asyncio.run(run())


def test_an_old_conversation_starts_empty_during_an_outage(domain, tmp_path):
    async def run():
        tracker_store = store(domain, tmp_path, recent_max_age=0)
        await say(tracker_store, "a", "inform_region", SlotSet("region", "uk"))
        with database_down():
            during = await say(tracker_store, "a", "crisis_suicide")
        assert during.get_slot("region") is None

    asyncio.run(run())


def test_without_an_outage_the_database_is_the_record(domain, tmp_path):
    async def run():
        tracker_store = store(domain, tmp_path)
        await say(tracker_store, "a", "greet")
        await say(tracker_store, "a", "thank")
        tracker = await tracker_store.retrieve("a")
        assert user_intents(tracker) == ["greet", "thank"]

    asyncio.run(run())
