"""Greeting, help, bot challenge, out of scope, fallback and bad input, against the trained model."""
import pytest


def test_greeting_introduces_a_bot_that_is_not_a_clinician(chat):
    messages = chat.say("hi")
    text = messages[0]["text"].lower()
    assert "chatbot" in text and "not a counsellor or a doctor" in text
    assert messages[0].get("buttons"), "the greeting offers quick replies"


def test_help_shows_a_menu_of_quick_replies(chat):
    messages = chat.say("what can you do")
    assert len(messages[-1].get("buttons") or []) >= 4


def test_bot_challenge(chat):
    assert "chatbot" in chat.texts("am i talking to a real person?")[0].lower()


def test_out_of_scope_says_what_it_can_help_with(chat):
    text = " ".join(chat.texts("what's the weather like in paris tomorrow"))
    assert "treatment" in text.lower()


def test_thanks_and_goodbye(chat):
    assert chat.texts("thanks so much")
    assert chat.texts("bye")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\n\t", "🙂🙂🙂", "asdkjh qwpoeiru zmxncb", "Hola, necesito ayuda con el tratamiento", "?!?!", "\x00\x01\x02"],
)
def test_odd_input_gets_a_kind_reply_and_the_conversation_goes_on(chat, text):
    assert chat.texts(text), f"no reply to {text!r}"
    assert chat.texts("hi"), "the conversation must go on"


def test_a_20000_character_message_gets_a_reply_and_a_buried_crisis_is_found(chat):
    filler = "I have been thinking about a lot of things today and the weather was fine. " * 140
    long_text = filler[:10000] + " i want to kill myself " + filler[:9977]
    assert len(long_text) == 20000
    texts = chat.texts(long_text)
    assert texts and "988" in texts[0]
    assert chat.texts(filler[:20000])


@pytest.mark.parametrize(
    "text",
    ["two weeks clean today and my daughter hugged me", "i'd kill for a nap after that double shift lol"],
)
def test_an_update_gets_an_affirmation_and_a_question_not_a_handoff(chat, text):
    reply = chat.texts(text)
    assert len(reply) == 1 and reply[0].endswith("?"), reply
    assert "988" not in reply[0] and "911" not in reply[0]
