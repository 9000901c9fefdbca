"""Generates Rasa files from content/ so each fact lives in one place.

- domain.yml, the block between the GENERATED markers: the crisis handoff responses and the region
  confirmation, one conditional variation per region (Rasa picks it by the `region` slot, with the
  deployment's default region as the unconditional variation). Domain responses, not custom actions,
  so the handoff works with the action server down.
- data/nlu/knowledge.yml: `ask_treatment` examples from every topic and follow-up aspect.
- data/nlu/regions.yml: a lookup table and synonyms so any way of naming a region maps to its code.

`python -m scripts.generate --check` exits 1 when a generated file is out of date (the tests use it).
"""
import argparse
import sys
from pathlib import Path
from typing import Dict, List

import yaml

from bot.knowledge.catalog import Catalog, load as load_catalog
from bot.safety.helplines import CRISIS_KINDS, Helplines, load as load_helplines

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "  # BEGIN GENERATED from content/helplines.yml by `make data`: do not edit by hand\n"
END = "  # END GENERATED\n"
HEADER = "# Generated from {source} by `make data` (scripts/generate.py): edit that, not this file.\n"


class _Literal(str):
    """A string dumped as a YAML block literal, so multi-line handoffs stay readable in domain.yml."""


def _literal_representer(dumper: yaml.SafeDumper, value: _Literal) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")


yaml.SafeDumper.add_representer(_Literal, _literal_representer)


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _variants(helplines: Helplines, text_for_region) -> List[dict]:
    variants = [
        {"condition": [{"type": "slot", "name": "region", "value": code}], "text": _Literal(text_for_region(region))}
        for code, region in helplines.regions.items()
    ]
    default = helplines.regions[helplines.default_region]
    variants.append({"text": _Literal(text_for_region(default))})
    return variants


def domain_block(helplines: Helplines) -> str:
    responses: Dict[str, List[dict]] = {}
    for kind in CRISIS_KINDS:
        responses[f"utter_crisis_{kind}"] = _variants(helplines, lambda region, kind=kind: region.handoff[kind])
    responses["utter_region_set"] = _variants(
        helplines, lambda region: f"Got it. I'll use the helplines for {region.name} from now on."
    )
    body = _dump(responses)
    return "".join("  " + line if line.strip() else line for line in body.splitlines(keepends=True))


def render_domain(current: str, helplines: Helplines) -> str:
    start, stop = current.index(BEGIN) + len(BEGIN), current.index(END)
    return current[:start] + domain_block(helplines) + current[stop:]


# Rasa's classifier only has to tell a treatment question from other messages (bot/knowledge picks the topic
# from all the examples), so it trains on an even spread of each topic's examples: more would only slow
# training down.
EXAMPLES_PER_TOPIC_FOR_RASA = 60


def spread(items: List[str], count: int) -> List[str]:
    """`count` items taken evenly across the list (early and late additions alike), in order."""
    if len(items) <= count:
        return list(items)
    return [items[(i * len(items)) // count] for i in range(count)]


def knowledge_nlu(catalog: Catalog) -> str:
    examples: List[str] = []
    for topic in catalog.topics.values():
        examples.extend(spread(list(topic.examples), EXAMPLES_PER_TOPIC_FOR_RASA))
    for aspect in catalog.aspects.values():
        examples.extend(aspect.examples)
    unique = list(dict.fromkeys(e.strip() for e in examples if e.strip()))
    data = {"version": "3.1", "nlu": [{"intent": "ask_treatment", "examples": _Literal("".join(f"- {e}\n" for e in unique))}]}
    return HEADER.format(source="content/knowledge/") + _dump(data)


def regions_nlu(helplines: Helplines) -> str:
    """A lookup table of every way of naming a region (RegexEntityExtractor finds them without
    training; longest names first so "northern ireland" wins over "ireland"), and synonyms mapping each
    name to its region code."""
    names = sorted({n for region in helplines.regions.values() for n in region.names}, key=lambda n: (-len(n), n))
    lookup = {"lookup": "region", "examples": _Literal("".join(f"- {name}\n" for name in names))}
    synonyms = [
        {"synonym": code, "examples": _Literal("".join(f"- {name}\n" for name in region.names if name != code))}
        for code, region in helplines.regions.items()
    ]
    return HEADER.format(source="content/helplines.yml") + _dump({"version": "3.1", "nlu": [lookup, *synonyms]})


def outputs() -> Dict[Path, str]:
    helplines, catalog = load_helplines(), load_catalog()
    domain = ROOT / "domain.yml"
    return {
        domain: render_domain(domain.read_text(encoding="utf-8"), helplines),
        ROOT / "data" / "nlu" / "knowledge.yml": knowledge_nlu(catalog),
        ROOT / "data" / "nlu" / "regions.yml": regions_nlu(helplines),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args()
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path.relative_to(ROOT))
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        print("out of date (run `make data`): " + ", ".join(map(str, stale)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
