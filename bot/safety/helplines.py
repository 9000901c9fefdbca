"""Official helplines by region, read from content/helplines.yml (the one place they live)."""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

HELPLINES_PATH = Path(__file__).resolve().parents[2] / "content" / "helplines.yml"
CRISIS_KINDS: Tuple[str, ...] = ("suicide", "self_harm", "overdose", "medical")
# Roles a line may be used for outside a crisis handoff (ordinary answers must not carry crisis lines).
NON_CRISIS_ROLES = frozenset({"treatment_referral", "treatment_locator", "drug_info"})


@dataclass(frozen=True)
class Line:
    id: str
    role: str
    name: str
    contact: str
    numbers: Tuple[str, ...]
    for_: str
    hours: str
    cost: str
    source: str
    checked: str

    def describe(self) -> str:
        return f"{self.name}: {self.contact}"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    names: Tuple[str, ...]
    lines: Tuple[Line, ...]
    handoff: Dict[str, str]

    def lines_with_role(self, role: str) -> List[Line]:
        return [line for line in self.lines if line.role == role]

    @property
    def numbers(self) -> frozenset:
        return frozenset(n for line in self.lines for n in line.numbers)


@dataclass(frozen=True)
class Helplines:
    default_region: str
    regions: Dict[str, Region]

    def region(self, code: Optional[str]) -> Region:
        """The user's region, or the deployment's default when unknown."""
        return self.regions.get(code or "", self.regions[self.default_region])

    def all_numbers(self) -> frozenset:
        return frozenset(n for region in self.regions.values() for n in region.numbers)

    def numbers_with_roles(self, roles) -> frozenset:
        return frozenset(
            n
            for region in self.regions.values()
            for line in region.lines
            if line.role in roles
            for n in line.numbers
        )


def _line(raw: dict) -> Line:
    return Line(
        id=raw["id"],
        role=raw["role"],
        name=raw["name"],
        contact=raw["contact"],
        numbers=tuple(str(n) for n in raw.get("numbers") or ()),
        for_=raw.get("for", ""),
        hours=str(raw.get("hours", "")),
        cost=str(raw.get("cost", "")),
        source=raw["source"],
        checked=str(raw["checked"]),
    )


def parse(raw: dict) -> Helplines:
    regions = {
        code: Region(
            code=code,
            name=body["name"],
            names=tuple(str(n).lower() for n in body.get("names") or ()),
            lines=tuple(_line(line) for line in body["lines"]),
            handoff={kind: body["handoff"][kind].strip() for kind in CRISIS_KINDS},
        )
        for code, body in raw["regions"].items()
    }
    if raw["default_region"] not in regions:
        raise ValueError(f"default_region {raw['default_region']!r} is not a listed region")
    return Helplines(default_region=raw["default_region"], regions=regions)


@lru_cache(maxsize=4)
def load(path: Path = HELPLINES_PATH) -> Helplines:
    with open(path, encoding="utf-8") as handle:
        return parse(yaml.safe_load(handle))


def fill_placeholders(text: str, region: Region) -> str:
    """Fills {treatment_referral}-style placeholders with the region's lines of that role.

    A role the region has no line for becomes a neutral phrase rather than a gap in the sentence.
    """
    for role in NON_CRISIS_ROLES:
        token = "{" + role + "}"
        if token in text:
            lines = region.lines_with_role(role)
            described = "; ".join(line.describe() for line in lines) or "your doctor or local health service"
            text = text.replace(token, described)
    return text
