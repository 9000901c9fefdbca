"""Builds the offline spaCy pipeline that Rasa's SpacyNLP loads by path.

No model can be downloaded at run time, so the pipeline is a blank English tokenizer plus the lookup
lemmatizer whose tables ship in the `spacy-lookups-data` package. Rasa does not copy this directory into
the model archive, so it is built at the stable project path that config.yml names.
"""
import argparse
import sys
from pathlib import Path

import spacy

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "build" / "spacy-en-lookup"


def build(path: Path) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args()
    path = build(args.path)
    doc = spacy.load(path)("she was overdosing and stopped breathing")
    print(f"built {path}: " + " ".join(t.lemma_ for t in doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
