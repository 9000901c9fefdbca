"""Shared fixtures: one trained model (built by `make train`) and one action server for the whole run."""
import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Dict, List

import pytest
import requests

# No third-party analytics, in tests too (subprocesses inherit this).
os.environ["RASA_TELEMETRY_ENABLED"] = "false"

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "companion.tar.gz"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode} before answering {url}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@pytest.fixture(scope="session")
def model_path() -> Path:
    if not MODEL.exists():
        pytest.fail(f"{MODEL.relative_to(ROOT)} is missing: run `make train` (or `make test`, which trains first)")
    return MODEL


@pytest.fixture(scope="session")
def action_server_url():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health", process, timeout=90)
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="session")
def loop():
    event_loop = asyncio.new_event_loop()
    yield event_loop
    event_loop.close()


def _load_agent(model_path: Path, action_url: str, loop):
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig

    async def load():
        return Agent.load(str(model_path), action_endpoint=EndpointConfig(url=action_url))

    return loop.run_until_complete(load())


@pytest.fixture(scope="session")
def agent(model_path, action_server_url, loop):
    return _load_agent(model_path, action_server_url, loop)


@pytest.fixture(scope="session")
def agent_without_actions(model_path, loop):
    """The same model with its action server unreachable (nothing listens on the port)."""
    return _load_agent(model_path, f"http://127.0.0.1:{free_port()}/webhook", loop)


class Chat:
    """One conversation with an in-process agent; `say` returns the bot's messages for one turn."""

    def __init__(self, agent, loop):
        self._agent = agent
        self._loop = loop
        self.sender_id = f"test-{uuid.uuid4().hex}"

    def say(self, text: str) -> List[Dict]:
        return self._loop.run_until_complete(self._agent.handle_text(text, sender_id=self.sender_id)) or []

    def texts(self, text: str) -> List[str]:
        return [m.get("text") or "" for m in self.say(text)]

    def tracker(self):
        return self._loop.run_until_complete(self._agent.tracker_store.get_or_create_tracker(self.sender_id))

    def parse(self, text: str) -> Dict:
        return self._loop.run_until_complete(self._agent.parse_message(text))


@pytest.fixture
def chat(agent, loop) -> Chat:
    return Chat(agent, loop)


@pytest.fixture
def chat_without_actions(agent_without_actions, loop) -> Chat:
    return Chat(agent_without_actions, loop)
