"""A person's stored conversation for the service that runs the companion: a copy, or deletion.

    .venv/bin/python -m scripts.user_data export <conversation id> [--endpoints endpoints.yml] > copy.json
    .venv/bin/python -m scripts.user_data delete <conversation id> [--endpoints endpoints.yml]

For requests that reach you outside the chat (in the chat, people say "send me my data" or "delete my data").
The conversation id is the channel's sender id. Reads the tracker store the endpoints file configures, the same
one the server uses; nothing is printed but the export itself and counts.
"""
import argparse
import json
import sys
from typing import List, Optional

from rasa.shared.exceptions import ConnectionException

from stores.user_data import UnsupportedStore, delete_events, export, open_store


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.user_data", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["export", "delete"])
    parser.add_argument("conversation_id", help="the channel's sender id")
    parser.add_argument("--endpoints", default="endpoints.yml", help="endpoints file with the tracker_store")
    args = parser.parse_args(argv)
    try:
        store = open_store(args.endpoints)
        if args.command == "export":
            document = export(store, args.conversation_id)
            json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            print(f"{len(document['events'])} events exported.", file=sys.stderr)
        else:
            print(f"{delete_events(store, args.conversation_id)} events deleted.", file=sys.stderr)
    except UnsupportedStore as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ConnectionException:
        print(f"error: cannot connect to the tracker store configured in {args.endpoints}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
