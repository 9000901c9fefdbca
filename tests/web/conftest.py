"""Real servers for the web tests: `rasa run` started the way scripts/serve.sh starts it, and an action server.

Each test module gets its own servers, started once (module scope: a Rasa start costs about 45-60 s).
Every server writes its log to a file in the module's temp directory; a failed start shows the log tail.
Only 127.0.0.1 is used. Every HTTP request carries a timeout.
"""
import os
import signal
import subprocess
import uuid
from pathlib import Path
from typing import Dict, List, Optional

import pytest
import requests
import yaml

from bot.safety.helplines import load as load_helplines
from tests.conftest import ROOT, free_port, wait_for_http

VENV_BIN = ROOT / ".venv" / "bin"
RASA = VENV_BIN / "rasa"
PYTHON = VENV_BIN / "python"
CREDENTIALS = "credentials.yml"
MODEL_ARG = "models/companion.tar.gz"

RASA_START_TIMEOUT = 300  # seconds; about 45-60 s on 2 cores, more when the machine is busy
ACTIONS_START_TIMEOUT = 120
REQUEST_TIMEOUT = 60  # one message; the 20,000-character one is the slowest

HELPLINES = load_helplines()
US = HELPLINES.regions["us"]
UK = HELPLINES.regions["uk"]
STAY = "I'm still here"  # utter_crisis_stay, sent after every handoff

SERVER_ENV = dict(
    os.environ,
    RASA_TELEMETRY_ENABLED="false",
    PYTHONUNBUFFERED="1",
    TF_CPP_MIN_LOG_LEVEL="2",
)


class Server:
    """One server process we started (in its own process group), with its log in a file."""

    def __init__(
        self, name: str, args: List[str], health_url: str, log_path: Path, env: Optional[Dict[str, str]] = None
    ) -> None:
        self.name = name
        self.env = dict(SERVER_ENV, **(env or {}))
        self.args = args
        self.health_url = health_url
        self.log_path = log_path
        self.process: Optional[subprocess.Popen] = None
        self._log = None

    def start(self, timeout: float) -> "Server":
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            self.args,
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_http(self.health_url, self.process, timeout=timeout)
        except Exception as error:
            self.stop()
            raise RuntimeError(f"{self.name} did not start: {error}\n{self.log_tail()}") from None
        return self

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """SIGTERM to the process group we created, SIGKILL after 30 s."""
        if self.process is not None and self.process.poll() is None:
            for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
                try:
                    os.killpg(self.process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.process.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 60) -> str:
        tail = "\n".join(self.log_text().splitlines()[-lines:])
        return f"--- last {lines} lines of {self.log_path} ---\n{tail}"


class RasaServer(Server):
    def __init__(self, port: int, endpoints: Path, log_path: Path, env: Optional[Dict[str, str]] = None) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.endpoints = endpoints
        super().__init__(
            "rasa run",
            # As scripts/serve.sh, plus --interface so the test server is reachable from this machine only.
            [str(RASA), "run", "--model", MODEL_ARG, "--port", str(port), "--interface", "127.0.0.1",
             "--endpoints", str(endpoints), "--credentials", CREDENTIALS],
            f"{self.url}/",
            log_path,
            env,
        )

    @property
    def webhook(self) -> str:
        return f"{self.url}/webhooks/rest/webhook"


class ActionServer(Server):
    def __init__(self, port: int, log_path: Path, env: Optional[Dict[str, str]] = None) -> None:
        self.port = port
        self.webhook = f"http://127.0.0.1:{port}/webhook"
        super().__init__(
            "action server",
            [str(PYTHON), "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
            f"http://127.0.0.1:{port}/health",
            log_path,
            env,
        )


def write_endpoints(path: Path, action_url: str, tracker_store: Dict, lock_store: Optional[Dict] = None) -> Path:
    config = {"action_endpoint": {"url": action_url}, "tracker_store": tracker_store}
    if lock_store is not None:
        config["lock_store"] = lock_store
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def start_rasa(endpoints: Path, log_path: Path, env: Optional[Dict[str, str]] = None) -> RasaServer:
    """`rasa run` on a free port; `env` is added to the server's environment (for ${VAR}s in endpoints).

    `GET /` answers 200 even when the model failed to load (Rasa then answers every message with `[]`),
    so the server only counts as started once a "hi" gets a reply.
    """
    if not RASA.exists():
        pytest.fail(f"{RASA} is missing: run `make setup`")
    server = RasaServer(free_port(), endpoints, log_path, env).start(timeout=RASA_START_TIMEOUT)
    try:
        reply = requests.post(server.webhook, json={"sender": "web-test-readiness", "message": "hi"}, timeout=60)
        ready = reply.status_code == 200 and bool(reply.json())
    except (requests.RequestException, ValueError) as error:
        ready, reply = False, error
    if not ready:
        errors = [line for line in server.log_text().splitlines() if "ERROR" in line or "Error:" in line]
        server.stop()
        raise RuntimeError(
            f"rasa run answered GET / but not a message ({reply!r}); errors in its log:\n"
            + "\n".join(errors[-10:]) + f"\n{server.log_tail(15)}"
        )
    return server


class Conversation:
    """One sender talking to the REST channel of a running server."""

    def __init__(self, server: RasaServer, sender: Optional[str] = None) -> None:
        self.server = server
        self.sender = sender or f"web-test-{uuid.uuid4().hex}"

    def post(self, message, timeout: float = REQUEST_TIMEOUT) -> requests.Response:
        return requests.post(self.server.webhook, json={"sender": self.sender, "message": message}, timeout=timeout)

    def say(self, message, timeout: float = REQUEST_TIMEOUT) -> List[Dict]:
        response = self.post(message, timeout=timeout)
        assert response.status_code == 200, (
            f"{response.status_code} for {str(message)[:80]!r}: {response.text[:300]}\n{self.server.log_tail(30)}"
        )
        body = response.json()
        assert isinstance(body, list), body
        return body

    def texts(self, message, timeout: float = REQUEST_TIMEOUT) -> List[str]:
        return [m.get("text") or "" for m in self.say(message, timeout=timeout)]


def assert_handoff(texts: List[str], kind: str, region=US) -> None:
    assert texts, "the bot said nothing"
    assert texts[0] == region.handoff[kind], f"expected the {region.code} {kind} handoff first, got {texts[0]!r}"
    assert texts[-1].startswith(STAY), f"expected {STAY!r} last, got {texts[-1]!r}"


def assert_greeting(texts: List[str]) -> None:
    assert texts, "no reply to 'hi'"
    assert "chatbot" in texts[0].lower(), f"expected the greeting, got {texts!r}"


@pytest.fixture(scope="module")
def web_tmp(tmp_path_factory, request) -> Path:
    return tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(scope="module")
def action_server(web_tmp):
    """This module's own action server (tests may kill it). It reads the tracker store ("send me my data") from the
    endpoints file the module's Rasa server is given, written after this server starts."""
    env = {"ENDPOINTS": str(web_tmp / "endpoints.yml")}
    server = ActionServer(free_port(), web_tmp / "actions.log", env).start(timeout=ACTIONS_START_TIMEOUT)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def sqlite_server(model_path, action_server, web_tmp):
    """`rasa run` with the repository's default tracker store (endpoints.yml), its SQLite file in a temp directory,
    and this module's action server."""
    tracker_db = web_tmp / "tracker.db"
    default = yaml.safe_load((ROOT / "endpoints.yml").read_text(encoding="utf-8"))["tracker_store"]
    endpoints = write_endpoints(web_tmp / "endpoints.yml", action_server.webhook, dict(default, db=str(tracker_db)))
    server = start_rasa(endpoints, web_tmp / "rasa.log")
    server.tracker_db = tracker_db
    try:
        yield server
    finally:
        server.stop()
