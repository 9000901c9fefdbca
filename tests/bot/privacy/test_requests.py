import pytest

from bot.privacy.requests import DEFAULT_REQUESTS, OTHER, RequestModel, read_requests


def test_the_shipped_examples_cover_the_three_privacy_intents():
    requests, others = read_requests(DEFAULT_REQUESTS)
    assert set(requests) == {"ask_privacy", "forget_me", "export_my_data"}
    assert all(len(examples) >= 20 for examples in requests.values()) and others


@pytest.mark.parametrize("text", ["requests: []\n", "requests:\n  forget_me: delete my data\n",
                                  "requests:\n  forget_me: [a]\nothers: nope\n", "requests:\n  other: [a]\n"])
def test_a_malformed_file_is_refused_with_its_name(tmp_path, text):
    path = tmp_path / "requests.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="requests.yml"):
        read_requests(path)


def test_requests_are_told_apart_from_other_messages():
    requests = {"forget_me": ["delete my data", "erase this chat", "wipe my messages"],
                "ask_privacy": ["is this private", "who can read this", "do you keep logs"]}
    others = ["how does methadone work", "hello", "i went to a meeting", "thank you", "what is naloxone"] * 3
    model = RequestModel.train(requests, others)
    (first, _), (second, _), (third, _) = model.predict(["please delete my data", "is this chat private", "hello there"])
    assert (first, second, third) == ("forget_me", "ask_privacy", OTHER)
    assert model.predict([None]) and model.predict([]) == []
