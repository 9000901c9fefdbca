"""The socket.io channel (website widget) at /socket.io, with the fixes Rasa 3.6 lacks.

Rasa 3.6 calls `sio.enter_room` without awaiting it; since python-socketio 5.10 that is a coroutine, so
with `session_persistence: true` the client never joins its room and never receives a reply
(RasaHQ/rasa#13027). This re-registers the `session_request` handler with the await.
Rasa's message handler (`user_uttered`) also fails on a message that is not text, on metadata that is not
valid JSON, and (in spaCy) on a lone surrogate; here the first gets a kind reply, the others are repaired, as
in the REST channel.
"""
import inspect
import json
import uuid
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Blueprint

from channels.text import readable

NOT_TEXT = "I can only read text messages. Could you type what you'd like to say?"


class SocketIOInput(RasaSocketIOInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        sio = self.sio
        rasa_handle_message = sio.handlers[self.namespace or "/"][self.user_message_evt]

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            data = dict(data) if isinstance(data, dict) else {}
            message = data.get("message", "")
            if not isinstance(message, str):
                await sio.emit(self.bot_message_evt, {"text": NOT_TEXT}, room=sid)
                return
            data["message"] = readable(message)
            metadata = data.get(self.metadata_key)
            if metadata is not None and not isinstance(metadata, dict):
                try:
                    metadata = json.loads(metadata) if isinstance(metadata, str) else None
                except ValueError:
                    metadata = None
                data[self.metadata_key] = metadata if isinstance(metadata, dict) else {}
            await rasa_handle_message(sid, data)

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
