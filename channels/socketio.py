"""The socket.io channel (website widget) at /socket.io, with the room fix Rasa 3.6 lacks.

Rasa 3.6 calls `sio.enter_room` without awaiting it; since python-socketio 5.10 that is a coroutine, so
with `session_persistence: true` the client never joins its room and never receives a reply
(RasaHQ/rasa#13027). This re-registers the `session_request` handler with the await.
"""
import inspect
import uuid
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Blueprint


class SocketIOInput(RasaSocketIOInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        sio = self.sio

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            if not isinstance(data, dict):
                data = {}
            if not data.get("session_id"):
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                joined = sio.enter_room(sid, data["session_id"])
                if inspect.isawaitable(joined):
                    await joined
            await sio.emit("session_confirm", data["session_id"], room=sid)

        return blueprint
