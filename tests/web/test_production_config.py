"""The production configuration: PostgreSQL tracker store and Redis lock store, and the database going away.

The server runs with the repository's endpoints.production.yml, its ${VAR}s set to the test services.
A fresh database (companion_test_<random>) on 127.0.0.1:5432 (user postgres, trust auth) and a unique Redis
key prefix per module. Rasa reaches PostgreSQL through a TCP proxy in this file, so a test can cut the
database off mid-conversation (connections reset, new ones refused) and bring it back.
The tests run in file order: the outage tests come after the ones that need the database.
"""
import json
import socket
import threading
import time
import uuid
from typing import List, Optional

import psycopg2
import pytest
import redis
import requests

from tests.conftest import ROOT, free_port
from tests.web.conftest import UK, Conversation, assert_greeting, assert_handoff, start_rasa

PRODUCTION_ENDPOINTS = ROOT / "endpoints.production.yml"
PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
REDIS_HOST, REDIS_PORT, REDIS_DB = "127.0.0.1", 6379, 0
# What Rasa's FailSafeTrackerStore logs when it falls back to memory (rasa/core/tracker_store.py).
FALLBACK_LOG = "Falling back to use the 'InMemoryTrackerStore'"
HUNG_DB_TIMEOUT = 20  # seconds
# A conversation that starts before the outage and goes on after it (two tests, in file order).
OUTAGE_SENDER = f"web-test-outage-{uuid.uuid4().hex}"


class TcpProxy:
    """Forwards 127.0.0.1:<port> to 127.0.0.1:<target_port>, one pair of threads per connection.

    stop() closes the listening socket and every open connection: clients see their connections reset and
    new connections refused, as when the database host goes down. start() again reuses the same port.
    freeze() keeps every connection open but forwards nothing, as a database that hangs.
    """

    def __init__(self, target_port: int, port: Optional[int] = None) -> None:
        self.target = ("127.0.0.1", target_port)
        self.port = port or free_port()
        self._listener: Optional[socket.socket] = None
        self._sockets: List[socket.socket] = []
        self._threads: List[threading.Thread] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._frozen = threading.Event()

    def start(self) -> "TcpProxy":
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(0.2)
        self._listener = listener
        self._stopping.clear()
        self._frozen.clear()
        self._spawn(self._accept_loop)
        return self

    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            client.settimeout(None)
            if self._frozen.is_set():
                with self._lock:
                    self._sockets.append(client)  # held open, never answered
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._stopping.is_set():
                    client.close()
                    upstream.close()
                    return
                self._sockets += [client, upstream]
            self._spawn(self._pump, client, upstream)
            self._spawn(self._pump, upstream, client)

    def _pump(self, source: socket.socket, destination: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if not self._frozen.is_set():
                    destination.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, destination):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def freeze(self) -> None:
        self._frozen.set()

    def stop(self) -> None:
        self._stopping.set()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        threads, self._threads = self._threads, []
        for thread in threads:
            thread.join(timeout=5)

    def refuses_connections(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=2).close()
            return False
        except OSError:
            return True


def pg_connect(dbname: str):
    return psycopg2.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname=dbname, connect_timeout=10)


@pytest.fixture(scope="module")
def database():
    name = f"companion_test_{uuid.uuid4().hex[:12]}"
    admin = pg_connect("postgres")
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield name
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def stored_events(database: str, sender: str) -> List[dict]:
    """Read PostgreSQL directly (not through the proxy)."""
    with pg_connect(database) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT type_name, intent_name, action_name, data FROM events WHERE sender_id = %s ORDER BY id", (sender,)
        )
        rows = cursor.fetchall()
    connection.close()
    return [{"type": t, "intent": i, "action": a, "data": d} for t, i, a, d in rows]


@pytest.fixture(scope="module")
def proxy():
    tcp_proxy = TcpProxy(PG_PORT).start()
    try:
        yield tcp_proxy
    finally:
        tcp_proxy.stop()


@pytest.fixture(scope="module")
def redis_client():
    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB, socket_timeout=5)
    client.ping()
    yield client
    client.close()


@pytest.fixture(scope="module")
def key_prefix(redis_client):
    # Rasa keeps a key_prefix only if it is alphanumeric (otherwise it silently uses the default "lock:").
    prefix = f"companiontest{uuid.uuid4().hex[:12]}"
    yield prefix
    for key in redis_client.scan_iter(match=f"{prefix}:*", count=100):
        redis_client.delete(key)


@pytest.fixture(scope="module")
def server(model_path, action_server, web_tmp, database, proxy, key_prefix):
    """`rasa run` with the repository's endpoints.production.yml, its ${VAR}s pointing at the test services."""
    env = {
        "ACTION_SERVER_URL": action_server.webhook,
        "DB_HOST": "127.0.0.1",
        "DB_PORT": str(proxy.port),
        "DB_USER": PG_USER,
        "DB_PASSWORD": "",
        "DB_NAME": database,
        "REDIS_HOST": REDIS_HOST,
        "REDIS_PORT": str(REDIS_PORT),
        "REDIS_PASSWORD": "",
        "REDIS_DB": str(REDIS_DB),
        "REDIS_KEY_PREFIX": key_prefix,
    }
    rasa_server = start_rasa(PRODUCTION_ENDPOINTS, web_tmp / "rasa.log", env)
    try:
        yield rasa_server
    finally:
        rasa_server.stop()


# --- with the database up ---------------------------------------------------------------------------------


def test_a_message_is_answered_and_its_events_land_in_postgresql(server, database):
    chat = Conversation(server)
    assert_greeting(chat.texts("hi"))
    events = stored_events(database, chat.sender)
    types = [e["type"] for e in events]
    assert "session_started" in types and "bot" in types, types
    assert any(e["type"] == "user" and e["intent"] == "greet" for e in events), events
    assert any(e["type"] == "action" and e["action"] == "utter_greet" for e in events), events


def test_nul_characters_are_stored_in_postgresql(server, database):
    chat = Conversation(server)
    assert chat.texts("hello\x00 there \x01")
    user = [e for e in stored_events(database, chat.sender) if e["type"] == "user"]
    assert user and json.loads(user[-1]["data"])["text"] == "hello\x00 there \x01"


def test_delete_my_data_deletes_the_conversation_from_postgresql(server, database):
    chat = Conversation(server)
    chat.say("hi")
    chat.say("delete my data")
    chat.say("yes")
    assert stored_events(database, chat.sender) == []
    assert_greeting(chat.texts("hi"))  # and the conversation can start again
    assert stored_events(database, chat.sender)


def test_the_lock_store_is_redis_with_the_configured_prefix(server, redis_client, key_prefix):
    """Another replica holds this conversation's lock in Redis for 4 s: Rasa waits for it, then answers."""
    chat = Conversation(server)
    key = f"{key_prefix}:lock:{chat.sender}"
    held_for = 4.0
    ticket = json.dumps({"number": 0, "expires": time.time() + held_for})
    redis_client.set(key, json.dumps({"conversation_id": chat.sender, "tickets": [ticket]}))
    started = time.monotonic()
    assert_greeting(chat.texts("hi"))
    waited = time.monotonic() - started
    assert waited >= held_for - 1.5, f"answered after {waited:.1f} s: the lock in Redis db {REDIS_DB} was ignored"
    assert redis_client.get(key) is None, "the lock should be deleted after the message"

    started = time.monotonic()
    assert_greeting(Conversation(server).texts("hi"))
    assert time.monotonic() - started < held_for - 1.5, "an unlocked conversation should not wait"


# --- the database goes down -------------------------------------------------------------------------------


def test_crisis_handoff_with_the_database_down(server, database, proxy):
    chat = Conversation(server)
    chat.say("hi")
    chat.say("what is methadone")
    in_the_uk = Conversation(server, sender=OUTAGE_SENDER)
    in_the_uk.say("I'm in the UK")
    log_before = len(server.log_text())

    proxy.stop()
    assert proxy.refuses_connections()
    started = time.monotonic()
    assert_handoff(chat.texts("i want to kill myself", timeout=30), "suicide")
    assert_handoff(Conversation(server).texts("my boyfriend used and now he's not breathing", timeout=30), "overdose")
    elapsed = time.monotonic() - started
    assert elapsed < 30, f"two crisis messages took {elapsed:.1f} s with the database down"

    # It is Rasa's FailSafeTrackerStore falling back to memory, and nothing reached PostgreSQL meanwhile.
    new_log = server.log_text()[log_before:]
    assert FALLBACK_LOG in new_log, server.log_tail(40)
    assert not any(e["intent"] == "crisis_suicide" for e in stored_events(database, chat.sender))

    # A conversation from before the outage goes on from memory: the region the user chose still holds.
    assert_handoff(in_the_uk.texts("i want to kill myself", timeout=30), "suicide", region=UK)
    assert "a recent conversation goes on from memory" in server.log_text()[log_before:]


def test_ordinary_messages_with_the_database_down_get_a_reply_not_a_hang(server, proxy):
    assert proxy.refuses_connections()
    chat = Conversation(server)
    for text in ["hi", "what is naloxone", "thanks"]:
        started = time.monotonic()
        response = chat.post(text, timeout=30)  # raises (fails the test) instead of hanging
        assert time.monotonic() - started < 30
        assert response.status_code == 200 or 400 <= response.status_code < 600, response.status_code
        if response.status_code == 200:
            assert response.json(), f"no reply to {text!r} with the database down"
    assert_greeting(Conversation(server).texts("hi", timeout=30))


def test_when_the_database_comes_back_conversations_are_stored_again(server, database, proxy):
    proxy.start()
    chat = Conversation(server)
    deadline = time.monotonic() + 30
    while True:  # the first message after the outage may still meet a dead pooled connection
        assert_greeting(chat.texts("hi", timeout=30))
        if any(e["intent"] == "greet" for e in stored_events(database, chat.sender)) or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert any(e["type"] == "user" and e["intent"] == "greet" for e in stored_events(database, chat.sender))
    assert_handoff(chat.texts("i want to kill myself"), "suicide")
    assert any(e["intent"] == "crisis_suicide" for e in stored_events(database, chat.sender))

    # The turns a conversation took during the outage are stored with its first turn after it.
    in_the_uk = Conversation(server, sender=OUTAGE_SENDER)
    in_the_uk.say("thanks")
    intents = [e["intent"] for e in stored_events(database, in_the_uk.sender) if e["type"] == "user"]
    assert intents[-3:] == ["inform_region", "crisis_suicide", "thank"], intents


# --- keep last: a hung database -----------------------------------------------------------------------


def test_crisis_handoff_when_the_database_hangs(server, proxy):
    """The database accepts connections and requests but never answers (e.g. a frozen host)."""
    chat = Conversation(server)
    assert_greeting(chat.texts("hi"))
    proxy.freeze()
    try:
        started = time.monotonic()
        texts = None
        try:
            texts = chat.texts("i want to kill myself", timeout=HUNG_DB_TIMEOUT)
        except requests.Timeout:
            pass
        if texts is None:
            try:
                get_root = f"answers {requests.get(f'{server.url}/', timeout=5).status_code}"
            except requests.Timeout:
                get_root = "does not answer either"
            pytest.fail(
                f"no reply within {HUNG_DB_TIMEOUT} s while PostgreSQL hangs; GET / {get_root}. Rasa's SQL tracker "
                "store queries the database synchronously on the event loop, so the whole process waits."
            )
        assert_handoff(texts, "suicide")
        assert time.monotonic() - started < HUNG_DB_TIMEOUT
    finally:
        proxy.stop()  # resets the hung connections, which unblocks the server before its teardown
