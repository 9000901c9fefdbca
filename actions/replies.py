"""Sends a bot/ Reply through Rasa's dispatcher (the one place replies meet the Rasa SDK)."""
from typing import Any, Dict, List

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.knowledge.answers import Reply


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    messages = list(reply.messages) + ([reply.question] if reply.question else [])
    buttons = [{"title": title, "payload": payload} for title, payload in reply.buttons]
    for index, text in enumerate(messages):
        is_last = index == len(messages) - 1
        dispatcher.utter_message(text=text, buttons=buttons if is_last else [])


def offer_events(reply: Reply) -> List[Dict[str, Any]]:
    return [SlotSet("offer_pending", reply.offered_topic is not None), SlotSet("offered_topic", reply.offered_topic)]
