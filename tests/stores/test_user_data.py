"""Reading a whole conversation and deleting it: the store functions and the command line (SQLite here;
tests/web runs the chat flow against a server)."""
import asyncio
import json

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from scripts import user_data as cli
from stores.user_data import (
    UnsupportedStore,
    delete_events,
    export,
    forget_requested,
    open_store,
    stored_events,
    transcript_lines,
)


def conversation(sender, *events):
    tracker = DialogueStateTracker(sender, [])
    for event in events:
        tracker.update(event)
    return tracker


def filled_store(db_path):
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db_path))
    first = conversation("a", UserUttered("i'm in the uk"), BotUttered("Got it: UK numbers from now on."))
    asyncio.run(store.save(first))
    first.update(SessionStarted())
    first.update(UserUttered("what is naloxone"))
    asyncio.run(store.save(first))
    asyncio.run(store.save(conversation("b", UserUttered("hi"))))
    return store


def test_every_session_is_read_in_order_and_nobody_elses(tmp_path):
    store = filled_store(tmp_path / "t.db")
    said = transcript_lines(stored_events(FailSafeTrackerStore(store), "a"))
    assert [(line["speaker"], line["text"]) for line in said] == [
        ("user", "i'm in the uk"),
        ("bot", "Got it: UK numbers from now on."),
        ("user", "what is naloxone"),
    ]
    assert export(store, "a")["conversation_id"] == "a"


def test_a_copy_sent_earlier_is_not_copied_again():
    events = [event.as_dict() for event in [
        UserUttered("hi"), ActionExecuted("utter_greet"), BotUttered("Hello!"),
        UserUttered("send me my data"), ActionExecuted("action_export_my_data"), BotUttered("[...] You: hi"),
        ActionExecuted("action_listen"), UserUttered("thanks"), ActionExecuted("utter_thank"), BotUttered("Any time."),
    ]]
    assert [line["text"] for line in transcript_lines(events)] == ["hi", "Hello!", "send me my data", "thanks", "Any time."]


def test_deleting_removes_one_conversation_whole(tmp_path):
    store = filled_store(tmp_path / "t.db")
    count = len(export(store, "a")["events"])
    assert delete_events(store, "a") == count > 0
    assert stored_events(store, "a") == []
    assert [line["text"] for line in transcript_lines(stored_events(store, "b"))] == ["hi"]
    assert delete_events(store, "a") == 0


def test_a_store_that_is_not_sql_gets_a_clear_error_not_a_silent_success():
    with pytest.raises(UnsupportedStore, match="InMemoryTrackerStore"):
        delete_events(InMemoryTrackerStore(Domain.empty()), "a")


@pytest.mark.parametrize(
    "events, expected",
    [
        ([UserUttered("yes"), ActionExecuted("utter_forgotten")], True),
        ([ActionExecuted("utter_forgotten"), UserUttered("hi"), ActionExecuted("utter_greet")], False),
        ([UserUttered("delete my data"), ActionExecuted("utter_confirm_forget")], False),
    ],
)
def test_only_the_turn_that_confirms_the_deletion_asks_for_it(events, expected):
    assert forget_requested(conversation("a", *events)) is expected


def endpoints_file(tmp_path, db_path):
    path = tmp_path / "endpoints.yml"
    path.write_text(f"tracker_store:\n  type: stores.timeout_sql.TimeoutSQLTrackerStore\n  dialect: sqlite\n  db: {db_path}\n")
    return path


def test_the_command_line_exports_then_deletes(tmp_path, capsys):
    filled_store(tmp_path / "t.db")
    endpoints = endpoints_file(tmp_path, tmp_path / "t.db")
    assert cli.main(["export", "a", "--endpoints", str(endpoints)]) == 0
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert document["conversation_id"] == "a" and "what is naloxone" in out
    assert f"{len(document['events'])} events exported" in err
    assert cli.main(["delete", "a", "--endpoints", str(endpoints)]) == 0
    assert f"{len(document['events'])} events deleted" in capsys.readouterr().err
    assert stored_events(open_store(endpoints), "a") == []


def test_the_command_line_refuses_a_store_it_cannot_delete_from(tmp_path, capsys):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("action_endpoint:\n  url: http://localhost:5055/webhook\n")
    assert cli.main(["delete", "a", "--endpoints", str(endpoints)]) == 2
    assert "no tracker_store" in capsys.readouterr().err


def test_the_response_the_store_deletes_on_is_the_one_the_rules_send():
    import yaml

    from stores.user_data import FORGET_CONFIRMATION
    from tests.conftest import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    rules = yaml.safe_load((ROOT / "data" / "rules" / "privacy.yml").read_text(encoding="utf-8"))["rules"]
    assert FORGET_CONFIRMATION in domain["responses"]
    after_yes = [rule["steps"] for rule in rules if {"action": "utter_confirm_forget"} in rule["steps"]
                 and {"intent": "affirm"} in rule["steps"]]
    assert after_yes and after_yes[0][-1] == {"action": FORGET_CONFIRMATION}


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
def test_both_configurations_use_the_store_that_carries_out_deletions(endpoints):
    import yaml

    from tests.conftest import ROOT

    config = yaml.safe_load((ROOT / endpoints).read_text(encoding="utf-8"))
    assert config["tracker_store"]["type"] == "stores.timeout_sql.TimeoutSQLTrackerStore"
