"""The yes/no crisis model, trained on a small made-up set (the real one is trained by `rasa train`)."""
import pytest

from bot.safety.crisis_model import CrisisModel

CRISIS = ["i want to kill myself", "he is not breathing", "i cut my wrist tonight", "she overdosed and won't wake up",
          "i took all my pills to die", "my chest hurts and my arm is numb"] * 3
OTHER = ["how does methadone work", "had a good day at work", "what is naloxone", "thanks for the chat",
         "my sponsor called me today", "where can i find an na meeting"] * 3


@pytest.fixture(scope="module")
def model():
    return CrisisModel.train(CRISIS + OTHER, [True] * len(CRISIS) + [False] * len(OTHER))


def test_it_separates_the_two(model):
    assert model.probability("i want to kill myself tonight") > 0.5
    assert model.probability("how does methadone work for pain") < 0.5


def test_probabilities_keep_the_order_and_take_odd_input(model):
    values = model.probabilities(["he is not breathing", "", None])
    assert len(values) == 3 and all(0.0 <= value <= 1.0 for value in values)
    assert model.probabilities([]) == []


def test_it_saves_and_loads(model, tmp_path):
    model.save(tmp_path)
    assert CrisisModel.load(tmp_path).probability("he is not breathing") == pytest.approx(model.probability("he is not breathing"))


def test_it_needs_both_classes():
    with pytest.raises(ValueError):
        CrisisModel.train(["a", "b"], [True, True])


def test_a_crisis_buried_in_a_long_message_is_not_diluted(model):
    filler = "the weather was fine and I went to the shop for some bread and milk today. " * 300
    buried = filler + " i want to end my life tonight " + filler
    assert model.probability(buried) > 0.5 > model.probability(filler + filler)
    assert model.probabilities(["he is not breathing", buried, "", None])[1] == model.probability(buried)
