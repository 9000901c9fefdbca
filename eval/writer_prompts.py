"""The prompts for the four writers of a blind crisis set, from eval/writer_prompts.yml.

Run: `.venv/bin/python -m eval.writer_prompts /tmp/b101` writes prompt_<task>.txt into that folder (the writers' own
working folder, named in each prompt); each is sent whole to a helper that has seen nothing of the project.
"""
import sys
from pathlib import Path
from typing import Dict

import yaml

from eval.common import ROOT

PROMPTS = ROOT / "eval" / "writer_prompts.yml"


def render(folder: str) -> Dict[str, str]:
    """Task name -> the full prompt for a writer who works in `folder`."""
    spec = yaml.safe_load(PROMPTS.read_text(encoding="utf-8"))
    prompts = {}
    for name, task in spec["tasks"].items():
        parts = [
            spec["common"].format(length=task["length"], no_script=spec["no_script"] if task.get("no_script") else ""),
            spec["isolation"].format(folder=folder),
            "Task: " + task["task"],
            spec["output"].format(folder=folder, name=name, key=task["key"],
                                  by_kind=" by kind" if task["key"] == "kind" else ""),
        ]
        prompts[name] = "\n\n".join(parts)
    return prompts


def main(argv) -> int:
    if len(argv) != 1:
        print("usage: python -m eval.writer_prompts FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    prompts = render(str(folder))
    for name, prompt in prompts.items():
        (folder / f"prompt_{name}.txt").write_text(prompt + "\n", encoding="utf-8")
    print(f"wrote {len(prompts)} prompts to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
