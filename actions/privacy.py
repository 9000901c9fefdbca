"""'Send me my data': the stored conversation, every session, sent back into the chat.

Only the person in the conversation gets it (the reply goes to the channel they wrote from), and it is read
from the same tracker store the Rasa server writes (ENDPOINTS, as in scripts/serve.sh). Deleting is not an
action: see stores/user_data.py.
"""
import logging
import os
from functools import lru_cache
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.privacy.transcript import Said, transcript_messages
from stores.user_data import open_store, stored_events, transcript_lines

logger = logging.getLogger(__name__)

NOTHING_STORED = "There's nothing stored from our conversation yet."
UNAVAILABLE = "I can't reach the stored conversation right now, sorry. Please ask me again in a little while."


@lru_cache(maxsize=1)
def _store():
    return open_store(os.environ.get("ENDPOINTS", "endpoints.yml"))


class ActionExportMyData(Action):
    def name(self) -> Text:
        return "action_export_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        try:
            said = [Said(**line) for line in transcript_lines(stored_events(_store(), tracker.sender_id))]
        except Exception as error:
            # The type only: the text of a database error can carry connection details.
            logger.error(f"Could not read a stored conversation ({type(error).__name__}).")
            dispatcher.utter_message(text=UNAVAILABLE)
            return []
        if not said:
            dispatcher.utter_message(text=NOTHING_STORED)
            return []
        dispatcher.utter_message(
            text=f"Here is everything stored from our conversation: {len(said)} messages (copies I sent before are "
            "left out). Times are in UTC. Say \"delete my data\" if you'd like it erased."
        )
        for message in transcript_messages(said):
            dispatcher.utter_message(text=message)
        return []
