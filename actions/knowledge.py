"""Custom actions for treatment questions: thin adapters over bot.knowledge."""
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import offer_events, send
from bot.knowledge.answers import Reply, default_knowledge_base, topic_button
from bot.knowledge.fit import load as load_fit, option_lines

FIT_SLOTS = ("fit_tried", "fit_severity", "fit_home_support", "fit_commitments", "fit_health")
# The offered "topic" that stands for the options at the end of the treatment_fit_form.
FIT_OPTIONS = "fit_options"


def _requested_topic(tracker: Tracker) -> Optional[Text]:
    return next(tracker.get_latest_entity_values("topic"), None)


class ActionAnswerTreatment(Action):
    def name(self) -> Text:
        return "action_answer_treatment"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        reply = default_knowledge_base().answer(
            tracker.latest_message.get("text") or "",
            requested_topic=_requested_topic(tracker),
            context_topic=tracker.get_slot("topic"),
            region=tracker.get_slot("region"),
        )
        send(dispatcher, reply)
        topic_event = [SlotSet("topic", reply.topic)] if reply.topic else []
        return topic_event + offer_events(reply)


class ActionTreatmentMenu(Action):
    def name(self) -> Text:
        return "action_treatment_menu"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, default_knowledge_base().menu())
        return []


class ActionAnswerSource(Action):
    def name(self) -> Text:
        return "action_answer_source"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        send(dispatcher, default_knowledge_base().source(tracker.get_slot("topic")))
        return []


class ActionGiveOffer(Action):
    """The user said yes to information offered with permission."""

    def name(self) -> Text:
        return "action_give_offer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        knowledge = default_knowledge_base()
        offered = tracker.get_slot("offered_topic")
        if offered == FIT_OPTIONS:
            send(dispatcher, _fit_options_reply(tracker, knowledge))
            return [SlotSet("offer_pending", False), SlotSet("offered_topic", None)]
        if knowledge.catalog.topic(offered) is None:
            dispatcher.utter_message(response="utter_affirm_ack")
            return [SlotSet("offer_pending", False), SlotSet("offered_topic", None)]
        reply = knowledge.give(offered, region=tracker.get_slot("region"))
        send(dispatcher, reply)
        return [SlotSet("topic", reply.topic)] + offer_events(reply)


def _fit_options_reply(tracker: Tracker, knowledge) -> Reply:
    guide = load_fit()
    options = guide.options({slot: tracker.get_slot(slot) for slot in FIT_SLOTS})
    titles = {t.id: t.title for t in knowledge.catalog.topics.values()}
    lines = option_lines(guide, options, titles)
    buttons = tuple(topic_button(knowledge.catalog.topics[o.topic]) for o in options if o.topic in knowledge.catalog.topics)
    return Reply(messages=lines[:-1], question=lines[-1], buttons=buttons)


class ActionDeclineOffer(Action):
    def name(self) -> Text:
        return "action_decline_offer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(response="utter_offer_declined")
        return [SlotSet("offer_pending", False), SlotSet("offered_topic", None)]
