"""Structural guarantees of the crisis handoff that do not need a trained model."""
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
CRISIS_INTENTS = {"crisis_suicide", "crisis_self_harm", "crisis_overdose", "crisis_medical"}
POSSIBLE_CRISIS = "crisis_possible"  # "are you safe right now?"
RASA_BUILT_IN = {"action_deactivate_loop", "action_listen"}


def crisis_rules():
    rules = yaml.safe_load((ROOT / "data" / "rules" / "crisis.yml").read_text(encoding="utf-8"))["rules"]
    return {rule["steps"][0]["intent"]: rule for rule in rules if "intent" in rule["steps"][0]}


def test_the_safety_question_needs_no_action_server_and_leads_to_every_handoff():
    rules = yaml.safe_load((ROOT / "data" / "rules" / "crisis.yml").read_text(encoding="utf-8"))["rules"]
    asking = [rule for rule in rules if "utter_ask_safe_now" in [step.get("action") for step in rule["steps"]]]
    actions = {step["action"] for rule in asking for step in rule["steps"] if "action" in step}
    assert all(a.startswith("utter_") or a in RASA_BUILT_IN for a in actions), actions
    assert crisis_rules()[POSSIBLE_CRISIS]["steps"][1] == {"action": "utter_ask_safe_now"}
    payloads = {button["payload"] for button in DOMAIN["responses"]["utter_ask_safe_now"][0]["buttons"]}
    assert {f"/{intent}" for intent in CRISIS_INTENTS} <= payloads


def test_every_free_text_slot_mapping_lets_a_crisis_through():
    """A from_text mapping without the crisis intents in not_intent would swallow "I want to die" as an
    answer to a form question, and the handoff would never fire."""
    for name, slot in DOMAIN["slots"].items():
        for mapping in slot.get("mappings", []):
            if mapping["type"] == "from_text":
                missing = (CRISIS_INTENTS | {POSSIBLE_CRISIS}) - set(mapping.get("not_intent") or [])
                assert not missing, f"slot {name} would capture {sorted(missing)}"


@pytest.mark.parametrize("intent", sorted(CRISIS_INTENTS))
def test_crisis_rule_has_no_condition_and_needs_no_action_server(intent):
    rule = crisis_rules()[intent]
    assert "condition" not in rule
    actions = [step["action"] for step in rule["steps"] if "action" in step]
    assert actions[0] == f"utter_crisis_{intent.split('_', 1)[1]}", "the handoff must come first"
    assert all(a.startswith("utter_") or a in RASA_BUILT_IN for a in actions), actions
    assert "action_deactivate_loop" in actions, "a crisis must stop any form in progress"


@pytest.mark.parametrize("intent", sorted(CRISIS_INTENTS))
def test_every_region_has_its_own_handoff_variant(intent):
    variants = DOMAIN["responses"][f"utter_crisis_{intent.split('_', 1)[1]}"]
    regions = {c["value"] for v in variants for c in v.get("condition", [])}
    assert regions == set(DOMAIN["slots"]["region"]["values"])
    assert sum(1 for v in variants if "condition" not in v) == 1, "exactly one default variant"
