from bot.privacy.transcript import Said, line, transcript_messages


def test_a_line_says_when_who_and_what():
    assert line(Said(0.0, "user", " hi ")) == "[1970-01-01 00:00 UTC] You: hi"
    assert line(Said(None, "bot", "hello")) == "[unknown time] Companion: hello"


def test_lines_are_packed_into_short_messages_and_nothing_is_lost():
    said = [Said(float(i), "user", f"message {i} " + "x" * 40) for i in range(100)]
    messages = transcript_messages(said, max_chars=500)
    assert len(messages) > 1 and all(len(m) <= 500 for m in messages)
    assert "\n".join(messages) == "\n".join(line(s) for s in said)


def test_a_line_longer_than_a_message_is_cut_not_dropped():
    long = Said(0.0, "user", "y" * 1200)
    messages = transcript_messages([long], max_chars=500)
    assert all(len(m) <= 500 for m in messages)
    assert "".join(messages) == line(long)
