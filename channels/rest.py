"""The REST channel at /webhooks/rest/webhook, refusing requests it cannot use with a clear 400.

Rasa's own RestInput answers 500 to a JSON body that is not an object, silently answers [] when
"message" is missing or not text, and puts every request without a "sender" into one shared
conversation called "default" (so one person's region, or worse, leaks into another's). Here each of
those gets a 400 that says what is expected.
"""
from typing import Text

from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from channels.text import readable

USAGE = 'expected a JSON object {"sender": "<conversation id>", "message": "<text>"}'


class RestInput(RasaRestInput):
    async def _extract_sender(self, req: Request) -> Text:
        body = req.json  # malformed JSON: Sanic answers 400 itself
        if not isinstance(body, dict):
            raise InvalidUsage(USAGE)
        sender = body.get("sender")
        if not isinstance(sender, str) or not sender.strip():
            raise InvalidUsage(f'"sender" must be a non-empty string; {USAGE}')
        return sender

    def _extract_message(self, req: Request) -> Text:
        message = req.json.get("message")
        if not isinstance(message, str):
            raise InvalidUsage(f'"message" must be a string; {USAGE}')
        return readable(message)
