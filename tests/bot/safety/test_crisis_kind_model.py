"""The crisis kind model, trained on a small made-up set (the real one is trained by `rasa train`), and the rule
that joins its kind to the safety net's."""
import pytest

from bot.safety.crisis_kind_model import CrisisKindModel, reply_kind, top_kind

EXAMPLES = [("i want to kill myself", "suicide"), ("i am going to end my life tonight", "suicide"),
            ("i cut my arm again", "self_harm"), ("burning myself with a lighter", "self_harm"),
            ("he is not breathing after a shot", "overdose"), ("her lips are blue she took fent", "overdose"),
            ("my chest hurts and my arm is numb", "medical"), ("he is having a seizure", "medical")] * 3


@pytest.fixture(scope="module")
def model():
    return CrisisKindModel.train([text for text, _ in EXAMPLES], [kind for _, kind in EXAMPLES])


def test_it_names_the_kind(model):
    assert model.kind("her lips went blue after she took fent") == "overdose"
    assert model.kind("i keep burning myself with my lighter") == "self_harm"
    assert model.kind("my arm is numb and my chest hurts so bad") == "medical"


def test_probabilities_cover_every_kind_and_take_odd_input(model):
    rows = model.kind_probabilities(["he is having a seizure", "", None])
    assert len(rows) == 3
    assert all(set(row) == {"suicide", "self_harm", "overdose", "medical"} for row in rows)
    assert all(sum(row.values()) == pytest.approx(1.0) for row in rows)


def test_it_saves_and_loads(model, tmp_path):
    model.save(tmp_path)
    assert CrisisKindModel.load(tmp_path).kind("he is not breathing") == model.kind("he is not breathing")


def test_it_needs_two_kinds():
    with pytest.raises(ValueError):
        CrisisKindModel.train(["a", "b"], ["suicide", "suicide"])


@pytest.mark.parametrize("model_kind, net_kinds, expected", [
    ("suicide", [], "suicide"),  # the net is silent: the model names it
    (None, ["overdose", "suicide"], "overdose"),  # no model: the net's most urgent kind
    ("suicide", ["overdose", "suicide"], "suicide"),  # the net found both: the model picks
    ("medical", ["overdose"], "medical"),  # urgent for urgent: both replies start with 911
    ("self_harm", ["medical"], "medical"),  # never trade a 911 reply for one without it the net did not find
    ("overdose", ["suicide"], "overdose"),  # the model may make it more urgent
    ("self_harm", ["suicide"], "self_harm"),
])
def test_the_reply_kind(model_kind, net_kinds, expected):
    assert reply_kind(model_kind, net_kinds) == expected


def test_top_kind_reads_a_parse():
    assert top_kind({"suicide": 0.2, "medical": 0.7, "overdose": 0.1}, {"suicide", "medical", "overdose"}) == "medical"
    assert top_kind({"medical": 0.7, "other": 0.9}, {"medical"}) == "medical"
    assert top_kind(None, {"medical"}) is None and top_kind({}, {"medical"}) is None
