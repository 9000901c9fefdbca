"""The "which treatment is right for me?" conversation (treatment_fit_form): thin adapters over bot.knowledge.fit."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.knowledge import FIT_OPTIONS, FIT_SLOTS
from bot.knowledge.fit import load as load_fit

UNCLEAR = "utter_fit_unclear"


class ValidateTreatmentFitForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_treatment_fit_form"

    def validate_fit_tried(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        return {"fit_tried": load_fit().read_tried(str(value))}

    def validate_fit_severity(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        return self._read(dispatcher, "fit_severity", load_fit().read_severity(str(value)))

    def validate_fit_home_support(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        return self._read(dispatcher, "fit_home_support", load_fit().read_yes_no(str(value)))

    def validate_fit_commitments(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        return self._read(dispatcher, "fit_commitments", load_fit().read_yes_no(str(value)))

    def validate_fit_health(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        return self._read(dispatcher, "fit_health", load_fit().read_yes_no(str(value)))

    @staticmethod
    def _read(dispatcher: CollectingDispatcher, slot: Text, value) -> Dict[Text, Any]:
        if value is None:
            # An answer we can't read is asked again (kindly), never guessed.
            dispatcher.utter_message(response=UNCLEAR)
        return {slot: value}


class ActionSuggestTreatmentOptions(Action):
    """Summarises what the user said (MI summary), then asks permission before suggesting options."""

    def name(self) -> Text:
        return "action_suggest_treatment_options"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        guide = load_fit()
        summary = guide.summary({slot: tracker.get_slot(slot) for slot in FIT_SLOTS})
        dispatcher.utter_message(text="\n".join(summary))
        dispatcher.utter_message(
            text=guide.config["permission"],
            buttons=[{"title": "Yes, please", "payload": "/affirm"}, {"title": "No, thanks", "payload": "/deny"}],
        )
        return [SlotSet("offer_pending", True), SlotSet("offered_topic", FIT_OPTIONS)]
