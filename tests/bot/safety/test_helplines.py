import datetime
import re

import pytest

from bot.knowledge.answers import phone_like_numbers
from bot.safety.helplines import CRISIS_KINDS, NON_CRISIS_ROLES, load

HELPLINES = load()
ROLES = {
    "emergency", "suicide_crisis", "crisis_text", "emotional_support", "urgent_care", "poison",
    "treatment_referral", "treatment_locator", "drug_info", "overdose_spotting",
}
REGIONS = sorted(HELPLINES.regions)


def test_default_region_is_us_and_all_regions_are_present():
    assert HELPLINES.default_region == "us"
    assert set(REGIONS) >= {"us", "uk", "ca", "au", "ie"}


@pytest.mark.parametrize("code", REGIONS)
def test_every_line_is_sourced_and_dated(code):
    for line in HELPLINES.regions[code].lines:
        assert line.role in ROLES, line.id
        assert line.source.startswith("https://") or line.source.startswith("http://"), line.id
        datetime.date.fromisoformat(line.checked)
        assert line.hours and line.cost, line.id
        for number in line.numbers:
            assert number in line.contact, f"{line.id}: {number} is not in how the bot says it"


@pytest.mark.parametrize("code", REGIONS)
def test_every_region_has_an_emergency_line_and_a_crisis_line(code):
    roles = {line.role for line in HELPLINES.regions[code].lines}
    assert "emergency" in roles
    assert roles & {"suicide_crisis", "emotional_support"}


@pytest.mark.parametrize("code", REGIONS)
@pytest.mark.parametrize("kind", CRISIS_KINDS)
def test_handoff_puts_a_number_of_its_own_region_first(code, kind):
    region = HELPLINES.regions[code]
    text = region.handoff[kind]
    first_line = text.splitlines()[0]
    assert phone_like_numbers(first_line), f"{code}/{kind} does not start with a number: {first_line!r}"
    for number in phone_like_numbers(text):
        assert number in region.numbers, f"{code}/{kind} says {number}, which is not a {code} line"


@pytest.mark.parametrize("code", REGIONS)
@pytest.mark.parametrize("kind", CRISIS_KINDS)
def test_handoff_is_short(code, kind):
    limit = 900 if kind == "overdose" else 450
    assert len(HELPLINES.regions[code].handoff[kind]) <= limit


@pytest.mark.parametrize("code", REGIONS)
def test_overdose_handoff_gives_the_steps(code):
    text = HELPLINES.regions[code].handoff["overdose"].lower()
    for step in ("naloxone", "breath", "recovery position", "stay with"):
        assert step in text, f"{code} overdose handoff is missing {step!r}"


def test_good_samaritan_protection_is_only_claimed_where_there_is_a_law():
    for code, region in HELPLINES.regions.items():
        says_it = "good samaritan" in region.handoff["overdose"].lower()
        assert says_it == (code in {"us", "ca"}), code


def test_non_crisis_roles_carry_no_crisis_number():
    crisis = HELPLINES.numbers_with_roles(ROLES - NON_CRISIS_ROLES)
    assert not HELPLINES.numbers_with_roles(NON_CRISIS_ROLES) & crisis


def test_phone_like_numbers_finds_numbers_and_skips_ranges_and_years():
    found = phone_like_numbers("Call 988 or 1-800-662-4357, or 116 123. Wait 7-10 days, 24/7, since 2023.")
    assert found == ("988", "1-800-662-4357", "116 123")
    assert phone_like_numbers("a 30-90 minutes wait and 6-12 months") == ()
    assert re.sub(r"\D", "", phone_like_numbers("text HOME to 741741")[0]) == "741741"


@pytest.mark.parametrize("code", REGIONS)
def test_medical_handoff_mentions_naloxone(code):
    """Someone not breathing in this population has often taken opioids; naloxone does no harm
    otherwise. So a medical emergency mistaken for an overdose (or the reverse) still gets naloxone."""
    assert "naloxone" in HELPLINES.regions[code].handoff["medical"].lower()
