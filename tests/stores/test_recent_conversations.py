import time

from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from stores.recent_conversations import RecentConversations


def tracker(sender: str, region: str = "uk") -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, [UserUttered("I'm in the UK"), SlotSet("region", region)])


def test_a_remembered_conversation_comes_back_as_a_copy():
    recent = RecentConversations()
    original = tracker("a")
    recent.remember(original)
    recalled = recent.recall("a")
    assert recalled is not original
    assert recalled.get_slot("region") == "uk"
    recalled.update(SlotSet("region", "us"))
    assert recent.recall("a").get_slot("region") == "uk"  # changing the copy changes nothing kept


def test_unknown_conversations_are_not_invented():
    assert RecentConversations().recall("nobody") is None


def test_the_oldest_conversation_goes_first_when_full():
    recent = RecentConversations(max_conversations=2)
    for sender in ("a", "b"):
        recent.remember(tracker(sender))
    recent.recall("a")  # reading does not renew: only a turn does
    recent.remember(tracker("a"))  # a new turn of "a": now "b" is the oldest
    recent.remember(tracker("c"))
    assert recent.recall("b") is None
    assert recent.recall("a") is not None and recent.recall("c") is not None
    assert len(recent) == 2


def test_old_conversations_are_forgotten():
    recent = RecentConversations(max_age_seconds=0.05)
    recent.remember(tracker("a"))
    time.sleep(0.1)
    assert recent.recall("a") is None
    assert len(recent) == 0
