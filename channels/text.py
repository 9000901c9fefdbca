"""What every input channel does to a message's text before the bot reads it."""


def readable(text: str) -> str:
    """A lone surrogate (invalid UTF-16 that JSON can still carry) makes spaCy fail: replace it."""
    return text.encode("utf-8", "replace").decode("utf-8")
