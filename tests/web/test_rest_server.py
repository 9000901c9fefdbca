"""The real server over HTTP: REST and socket.io channels, odd input, the crisis handoff, the SQLite tracker store.

One `rasa run` (started as scripts/serve.sh does, with credentials.yml) and one action server for the module.
The test that kills the action server is the last one in this file.
"""
import asyncio
import json
import sqlite3
import time
import uuid
from typing import Any, Dict, List

import pytest
import requests

from channels.socketio import NOT_TEXT
from tests.web.conftest import REQUEST_TIMEOUT, STAY, Conversation, assert_greeting, assert_handoff

try:
    import socketio
except ImportError:  # reported by the socket.io test itself
    socketio = None


@pytest.fixture(scope="module")
def server(sqlite_server):
    return sqlite_server


def stored_events(server, sender: str) -> List[Dict]:
    with sqlite3.connect(f"file:{server.tracker_db}?mode=ro", uri=True, timeout=10) as db:
        rows = db.execute(
            "SELECT type_name, intent_name, action_name FROM events WHERE sender_id = ? ORDER BY id", (sender,)
        ).fetchall()
    return [{"type": t, "intent": i, "action": a} for t, i, a in rows]


def post_raw(server, body: bytes, content_type: str = "application/json") -> requests.Response:
    return requests.post(server.webhook, data=body, headers={"Content-Type": content_type}, timeout=REQUEST_TIMEOUT)


def assert_still_answers(server) -> None:
    assert_greeting(Conversation(server).texts("hi"))


# --- ordinary use -----------------------------------------------------------------------------------------


def test_a_normal_message_gets_replies(server):
    messages = Conversation(server).say("hi")
    assert_greeting([m.get("text") or "" for m in messages])
    assert messages[0].get("buttons"), "the greeting offers quick replies"
    assert all(m.get("recipient_id") for m in messages)


def test_a_question_answered_by_the_action_server(server):
    texts = Conversation(server).texts("what is naloxone")
    assert texts and any("naloxone" in t.lower() for t in texts), texts


def test_logs_carry_no_message_text(server, action_server):
    """Substance-use conversations must not end up in log files (default log level, as in production)."""
    marker = f"zqx{uuid.uuid4().hex[:10]}"
    chat = Conversation(server)
    chat.say(f"what is naloxone {marker}")
    chat.say(f"i want to kill myself {marker}")
    assert marker not in server.log_text()
    assert marker not in action_server.log_text()


def test_conversations_are_stored_in_the_sqlite_tracker_store(server):
    chat = Conversation(server)
    chat.say("hi")
    events = stored_events(server, chat.sender)
    types = [e["type"] for e in events]
    assert "session_started" in types, types
    assert {"type": "user", "intent": "greet", "action": None} in events, events
    assert "bot" in types, types
    assert {"type": "action", "intent": None, "action": "utter_greet"} in events, events


# --- privacy: a copy, and deletion ---------------------------------------------------------------------------


def test_send_me_my_data_returns_the_stored_conversation(server):
    chat = Conversation(server)
    chat.say("hi")
    chat.say("what is naloxone")
    texts = chat.texts("send me my data")
    transcript = "\n".join(texts)
    assert "You: hi" in transcript and "You: what is naloxone" in transcript, texts
    assert "Companion:" in transcript, texts
    again = "\n".join(chat.texts("send me my data"))
    assert again.count("You: hi") == 1, "the second copy must not contain the first"


def test_delete_my_data_asks_first_then_deletes_the_whole_conversation(server):
    chat = Conversation(server)
    chat.say("i'm in the uk")
    assert stored_events(server, chat.sender)
    question = chat.say("delete my data")
    assert question[-1].get("buttons"), "the confirmation offers yes and no"
    chat.say("yes")
    assert stored_events(server, chat.sender) == []
    # A fresh start: the region the user gave is gone with the rest.
    assert_handoff(chat.texts("i want to kill myself"), "suicide")  # the default region's, not the UK's


def test_keeping_the_conversation_after_a_no(server):
    chat = Conversation(server)
    chat.say("hi")
    chat.say("delete my data")
    assert chat.texts("no")
    assert any(e["intent"] == "greet" for e in stored_events(server, chat.sender))


# --- bad requests -----------------------------------------------------------------------------------------

MALFORMED = {
    "truncated JSON": b'{"sender": "web-test-malformed", "message": "hi',
    "not JSON at all": b"hello there",
    "invalid UTF-8": b'{"sender": "web-test-utf8", "message": "\xff\xfe\xfa"}',
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_json_gets_a_clear_4xx_and_the_server_keeps_working(server, body):
    response = post_raw(server, body)
    assert 400 <= response.status_code < 500, f"{response.status_code}: {response.text[:300]}"
    assert_still_answers(server)


ODD_BODIES = {
    'no "message"': {"sender": "web-test-no-message"},
    '"message": null': {"sender": "web-test-null", "message": None},
    '"message": a number': {"sender": "web-test-number", "message": 42},
    '"message": a list': {"sender": "web-test-list", "message": ["hi", "there"]},
    '"message": an object': {"sender": "web-test-object", "message": {"text": "hi"}},
    "body is a JSON list": ["hi"],
    "body is a JSON string": "hi",
    "body is a JSON number": 42,
    "body is JSON null": None,
}


@pytest.mark.parametrize("body", ODD_BODIES.values(), ids=ODD_BODIES.keys())
def test_a_json_body_without_a_text_message_gets_a_4xx_or_a_kind_reply(server, body):
    response = requests.post(server.webhook, json=body, timeout=REQUEST_TIMEOUT)
    assert response.status_code < 500, f"{response.status_code}: {response.text[:300]}\n{server.log_tail(25)}"
    if response.status_code >= 400:
        assert response.text.strip(), "a 4xx should say what is wrong"
    else:
        assert response.status_code == 200, response.status_code
        replies = response.json()
        assert replies and (replies[0].get("text") or "").strip(), (
            f"200 with no reply for {body!r}: {response.text[:300]}"
        )
    assert_still_answers(server)


def test_messages_without_a_sender_do_not_share_one_conversation(server):
    """RestInput gives every message without "sender" the conversation id "default"."""
    first = requests.post(server.webhook, json={"message": "I'm in the UK"}, timeout=REQUEST_TIMEOUT)
    second = requests.post(server.webhook, json={"message": "i want to kill myself"}, timeout=REQUEST_TIMEOUT)
    assert first.status_code < 500 and second.status_code < 500, (first.status_code, second.status_code)
    if second.status_code == 200:
        texts = [m.get("text") or "" for m in second.json()]
        assert_handoff(texts, "suicide")  # the US (default) handoff, not the UK one someone else asked for


def test_an_empty_body_gets_a_4xx(server):
    response = post_raw(server, b"")
    assert 400 <= response.status_code < 500, f"{response.status_code}: {response.text[:300]}"
    assert_still_answers(server)


# --- odd messages -----------------------------------------------------------------------------------------

FILLER = "I have been thinking about a lot of things today and the weather was fine. "
ODD_MESSAGES = {
    "empty": "",
    "whitespace": " \n\t  ",
    "emoji only": "🙂🙂🙂",
    "Spanish": "Hola, necesito ayuda con el tratamiento",
    "Russian": "Здравствуйте, мне нужна помощь",
    "20000 characters": (FILLER * 300)[:20000],
    "NUL and control characters": "\x00\x01\x02 hello \x07\x1b[0m\x7f\ufffd\u200b\x00",
}


@pytest.mark.parametrize("text", ODD_MESSAGES.values(), ids=ODD_MESSAGES.keys())
def test_an_odd_message_gets_a_reply_and_the_conversation_goes_on(server, text):
    chat = Conversation(server)
    texts = chat.texts(text)
    assert texts and texts[0].strip(), f"no reply to {text[:40]!r}"
    assert_greeting(chat.texts("hi"))


def test_a_lone_surrogate_does_not_break_the_conversation(server):
    # JSON allows "\ud800" (requests sends it escaped); it is not encodable as UTF-8.
    chat = Conversation(server)
    assert chat.texts("hello \ud800 there"), "no reply to a message with a lone surrogate"
    assert_greeting(chat.texts("hi"))


# --- crisis -----------------------------------------------------------------------------------------------

CRISIS = [
    ("suicide", "i want to kill myself"),
    ("self_harm", "i cut myself again last night"),
    ("overdose", "my boyfriend used and now he's not breathing"),
    ("medical", "my dad is having a seizure"),
]


@pytest.mark.parametrize("kind,text", CRISIS, ids=[k for k, _ in CRISIS])
def test_a_crisis_message_gets_the_us_handoff_first(server, kind, text):
    assert_handoff(Conversation(server).texts(text), kind)


def test_a_crisis_in_the_middle_of_a_conversation(server):
    chat = Conversation(server)
    chat.say("hi")
    chat.say("what is methadone")
    assert_handoff(chat.texts("i want to end my life"), "suicide")
    assert chat.texts("thank you"), "the conversation goes on after a handoff"


# --- socket.io --------------------------------------------------------------------------------------------
# Like rasa-webchat: connect, `session_request` with a session id, then `user_uttered`; replies are `bot_uttered`.
# python-socketio's AsyncClient covers the long-polling transport. Its websocket transport needs aiohttp>=3.10
# (aiohttp.ClientWSTimeout), and Rasa 3.6 pins aiohttp 3.9, so the websocket test speaks the Engine.IO v4
# frames itself over the `websockets` package.


async def socketio_polling_turn(url: str, session_id: str, message: Any, until: str = STAY, **extra: Any) -> Dict:
    """One message over socket.io long-polling; waits for a bot message starting with `until` ("" for any)."""
    client = socketio.AsyncClient(reconnection=False)
    confirmed, done = asyncio.Event(), asyncio.Event()
    result = {"confirmed": None, "received": []}

    @client.on("session_confirm")
    async def on_session_confirm(data):
        result["confirmed"] = data
        confirmed.set()

    @client.on("bot_uttered")
    async def on_bot_uttered(data):
        result["received"].append(data)
        if (data.get("text") or "").startswith(until):
            done.set()

    await asyncio.wait_for(
        client.connect(url, socketio_path="socket.io", transports=["polling"], wait_timeout=15), timeout=20
    )
    try:
        await client.emit("session_request", {"session_id": session_id})
        await asyncio.wait_for(confirmed.wait(), timeout=15)
        await client.emit("user_uttered", {"message": message, "session_id": session_id, **extra})
        try:
            await asyncio.wait_for(done.wait(), timeout=REQUEST_TIMEOUT)
        except asyncio.TimeoutError:
            pass
    finally:
        try:
            await asyncio.wait_for(client.disconnect(), timeout=1)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            pass  # a pending long-poll can hold the disconnect; the server drops the session anyway
        if getattr(client.eio, "http", None) is not None and not client.eio.http.closed:
            await client.eio.http.close()
    return result


async def socketio_websocket_turn(url: str, session_id: str, message: str) -> Dict:
    import websockets

    ws_url = url.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket"
    result = {"confirmed": None, "received": []}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + REQUEST_TIMEOUT

    async def next_event(socket):
        """The next socket.io event as (name, data), answering Engine.IO pings on the way."""
        while True:
            frame = await asyncio.wait_for(socket.recv(), timeout=max(0.1, deadline - loop.time()))
            if frame == "2":
                await socket.send("3")
            elif frame.startswith("42"):
                name, *args = json.loads(frame[2:])
                return name, (args[0] if args else None)

    async with websockets.connect(ws_url, open_timeout=15, close_timeout=5) as socket:
        opened = await asyncio.wait_for(socket.recv(), timeout=15)
        assert opened.startswith("0"), opened
        await socket.send("40")
        connected = await asyncio.wait_for(socket.recv(), timeout=15)
        assert connected.startswith("40"), connected
        await socket.send("42" + json.dumps(["session_request", {"session_id": session_id}]))
        while result["confirmed"] is None:
            name, data = await next_event(socket)
            if name == "session_confirm":
                result["confirmed"] = data
        await socket.send("42" + json.dumps(["user_uttered", {"message": message, "session_id": session_id}]))
        try:
            while True:
                name, data = await next_event(socket)
                if name == "bot_uttered":
                    result["received"].append(data)
                    if (data.get("text") or "").startswith(STAY):
                        break
        except asyncio.TimeoutError:
            pass
    return result


@pytest.mark.parametrize("transport", ["polling", "websocket"])
def test_socketio_crisis_handoff(server, transport):
    assert socketio is not None, "python-socketio is not importable from this venv"
    session_id = uuid.uuid4().hex
    turn = socketio_polling_turn if transport == "polling" else socketio_websocket_turn
    result = asyncio.run(turn(server.url, session_id, "i want to kill myself"))
    assert result["confirmed"] == session_id, result
    texts = [m.get("text") or "" for m in result["received"]]
    hints = [line for line in server.log_text().splitlines() if "enter_room" in line]
    assert texts, f"no bot_uttered within {REQUEST_TIMEOUT} s; server log:\n" + "\n".join(hints[-4:])
    assert_handoff(texts, "suicide")
    # session_persistence: the session id is the conversation id in the tracker store. Socket.io sends the replies
    # as they are made, before Rasa saves the turn, so the stored events may arrive a moment after the last reply.
    deadline = time.monotonic() + 15
    while not any(e["type"] == "user" and e["intent"] == "crisis_suicide" for e in stored_events(server, session_id)):
        assert time.monotonic() < deadline, f"the turn was not stored within 15 s: {stored_events(server, session_id)}"
        time.sleep(0.2)


@pytest.mark.parametrize(
    "message,extra",
    [("hello \ud800 there", {}), ("hi there", {"customData": "{not json"}), ("hi there", {"customData": 42})],
    ids=["lone surrogate", "metadata not json", "metadata not an object"],
)
def test_socketio_odd_input_gets_a_reply(server, message, extra):
    session_id = uuid.uuid4().hex
    result = asyncio.run(socketio_polling_turn(server.url, session_id, message, until="", **extra))
    assert [m.get("text") for m in result["received"] if m.get("text")], "no reply"


@pytest.mark.parametrize("message", [42, None, {"text": "hi"}, ["hi"]])
def test_socketio_message_that_is_not_text_gets_a_kind_reply(server, message):
    result = asyncio.run(socketio_polling_turn(server.url, uuid.uuid4().hex, message, until=""))
    assert [m.get("text") for m in result["received"]] == [NOT_TEXT]
    # The conversation goes on.
    session_id = uuid.uuid4().hex
    texts = [m.get("text") or "" for m in asyncio.run(socketio_polling_turn(server.url, session_id, "kms"))["received"]]
    assert_handoff(texts, "suicide")


# --- keep last: kills this module's action server ---------------------------------------------------------


def test_crisis_handoff_still_works_when_the_action_server_has_been_killed(server, action_server):
    chat = Conversation(server)
    chat.say("hi")
    action_server.stop()
    assert not action_server.is_running()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{action_server.port}/health", timeout=5)

    for kind, text in CRISIS:
        assert_handoff(Conversation(server).texts(text), kind)
    assert_handoff(chat.texts("i want to kill myself"), "suicide")

    # An answer that needs the action server: no hang and no 5xx (what it says is the actions' business).
    response = chat.post("what is naloxone")
    assert response.status_code == 200, response.status_code
    assert_greeting(chat.texts("hi"))
    assert_handoff(chat.texts("my friend is turning blue and wont wake up"), "overdose")
