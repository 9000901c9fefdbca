import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import spacy

from bot.safety import crisis_detector
from bot.safety.crisis_detector import (
    CRISIS_KINDS,
    PRIORITY,
    CrisisDetector,
    CrisisHit,
    CrisisPatternError,
    check_token_pattern,
    pattern_sources,
    read_patterns,
)
from bot.safety.normalize import fold_text, normalize

SPACY_MODEL = Path(__file__).resolve().parents[3] / "build" / "spacy-en-lookup"


@pytest.fixture(scope="module")
def nlp():
    assert SPACY_MODEL.is_dir(), f"{SPACY_MODEL} is missing: run scripts/build_spacy_model.py"
    return spacy.load(SPACY_MODEL)


@pytest.fixture(scope="module")
def detector(nlp):
    return CrisisDetector.load(nlp)


def kind_of(detector, text):
    hit = detector.detect(text)
    return hit.kind if hit else None


CRISES = {
    "suicide": [
        "i want to kill myself",
        "kms",
        "honestly gonna kms tonight",
        "I wanna diiiie",
        "i dont want to be alive anymore",
        "everyone would be better off without me",
        "there is no reason to live",
        "i just want to end it all",
        "i'm going to take all my pills tonight",
        "been thinking about unaliving myself",
        "this is goodbye. thank you for trying",
        "I don’t want to wake up tomorrow",
        "i hope i never wake up",
        "i wish i was dead",
        "i have a plan to end my life this weekend",
        "I've been saving up pills so I can take them all at once",
        "i feel so suicidle",
        "i keep thinking about jumping off a bridge",
        "I'm done with heroin and done with life",
        "me quiero morir",
        "quiero matarme",
    ],
    "self_harm": [
        "I relapsed on sh last night",
        "i started cutting again",
        "I cut myself last night",
        "the urge to cut is so strong right now",
        "i keep burning myself with a lighter",
        "i want to hurt myself",
        "i've been self-harming",
        "sh urges are really bad tonight",
        "i've been hitting myself when i get angry",
        "me estoy cortando otra vez",
    ],
    "overdose": [
        "i'm overdosing",
        "i think im od'ing",
        "my friend is overdosing",
        "HELP HE'S OD’ING",
        "I think I took too much",
        "i shot way too much and i feel weird",
        "my boyfriend just overdosed in the bathroom",
        "i gave him narcan and he still isnt waking up",
        "i took a whole bottle of pills",
        "i swallowed all my pills",
        "someone is overdosing in the bathroom what do i do",
        "tiene una sobredosis",
    ],
    "medical": [
        "she's turning blue",
        "he won't wake up",
        "help my brother isnt breathing",
        "he's having a seizure",
        "my roommate is seizing",
        "i have really bad chest pain",
        "she collapsed and is unresponsive",
        "i'm throwing up blood",
        "he has no pulse",
        "i cant breathe",
        "he's making gurgling sounds and his lips are blue",
        "mi amigo no respira",
    ],
}

HARD_NEGATIVES = [
    "I'm dying to know how methadone works",
    "i killed it at work today",
    "how do i kill the craving",
    "this withdrawal is killing me",
    "i want to cut back on my dose",
    "my doctor says i should cut down slowly",
    "i cut myself off from my dealer",
    "i burned myself out at work",
    "i accidentally cut myself cooking",
    "what's the overdose risk after detox",
    "what are the signs of an overdose",
    "how can you tell if someone is overdosing",
    "what should i do if someone is overdosing",
    "how does narcan work",
    "can you overdose on subs",
    "what happens if you take too much methadone",
    "can fentanyl make you stop breathing",
    "can withdrawal cause seizures",
    "is chest pain normal during withdrawal",
    "my brother died of an overdose last year",
    "she overdosed two years ago and i still miss her",
    "my son overdosed in 2019",
    "i lost my best friend to an overdose",
    "ever since my brother overdosed i can't sleep",
    "I'm done with heroin",
    "i'm dead tired after work",
    "she's drop dead gorgeous",
    "i'm scared i'm going to overdose if i relapse",
    "i don't want to die from an overdose",
    "i'm not suicidal, just exhausted",
    "i feel like i'm dying, this withdrawal is rough",
    "I'm sick of being sick",
    "i ran 5 kms today",
    "i took all my meds today like i'm supposed to",
    "he's not responding to my texts",
    "i want to end things with my boyfriend",
    "i could sleep forever lol",
    "sh, be quiet",
    "i relapsed on heroin last night",
    "i almost had a heart attack when i saw the bill",
]


@pytest.mark.parametrize("kind,text", [(kind, text) for kind, texts in CRISES.items() for text in texts])
def test_crisis_fires_with_its_kind(detector, kind, text):
    assert kind_of(detector, text) == kind


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negative_does_not_fire(detector, text):
    assert detector.detect_all(text) == []


def test_hit_points_at_the_words_in_the_original_text(detector):
    text = "Honestly… I just want to KILL MYSELF."
    hit = detector.detect(text)
    assert hit == CrisisHit("suicide", "suicide:kill myself", text.index("KILL"), text.index("."))


def test_hit_on_shorthand_points_at_the_shorthand(detector):
    text = "ugh   gonna kms"
    hits = [h for h in detector.detect_all(text) if h.rule == "suicide:kill myself"]
    assert [(h.start, h.end) for h in hits] == [(text.index("kms"), len(text))]


def _filler(length):
    sentence = "Today I went to my counselling session and we talked about triggers, cravings and my week. "
    return (sentence * (length // len(sentence) + 1))[:length]


def test_crisis_buried_in_a_20000_character_message_fires_quickly(detector):
    crisis = " and honestly i dont want to be alive anymore. "
    text = _filler(10_000) + crisis + _filler(10_000)
    assert len(text) > 20_000
    detector.detect(text)  # warm up
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        hit = detector.detect(text)
        timings.append(time.perf_counter() - started)
    assert hit is not None and hit.kind == "suicide"
    assert "want to be alive" in text[hit.start : hit.end]
    assert min(timings) < 0.1


def test_long_message_without_crisis_returns_none(detector):
    assert detector.detect(_filler(20_000)) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("I'm dying to know if anyone cares, because i want to kill myself", "suicide"),
        ("i cut back on my dose but now i keep cutting myself", "self_harm"),
        ("what are the signs of an overdose? my friend is turning blue right now", "medical"),
        ("my brother overdosed last year and now i think i'm overdosing", "overdose"),
        ("i'm done with heroin. i'm done with life too", "suicide"),
    ],
)
def test_exclusion_does_not_hide_a_crisis_elsewhere_in_the_message(detector, text, kind):
    assert kind_of(detector, text) == kind


def test_exclusion_only_cancels_the_hit_it_overlaps(detector):
    text = "cut myself shaving, but last night I cut myself on purpose"
    hits = detector.detect_all(text)
    assert [h.kind for h in hits] == ["self_harm"]
    assert hits[0].start == text.index("cut myself on purpose")


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t ", "😭😭😭", "🙏🏽💔", "\x00\x01", "\x00" * 500, "\u200b\u200b", "...!!!", "911 911"]
)
def test_empty_or_non_word_input_returns_none(detector, text):
    assert detector.detect(text) is None
    assert detector.detect_all(text) == []


@pytest.mark.parametrize("value", [None, b"i want to kill myself", 42, ["kms"]])
def test_non_text_input_returns_none(detector, value):
    assert detector.detect(value) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("i want to die and my friend is overdosing", "overdose"),
        ("i want to die and i have crushing chest pain", "medical"),
        ("i took way too much and now i can't breathe", "overdose"),
        ("i cut myself and i want to kill myself", "suicide"),
        ("i keep cutting myself", "self_harm"),
    ],
)
def test_most_urgent_kind_wins(detector, text, kind):
    assert kind_of(detector, text) == kind


def test_detect_all_is_ordered_by_urgency(detector):
    hits = detector.detect_all("i want to die. i cut myself. he won't wake up. she's overdosing")
    kinds = [hit.kind for hit in hits]
    assert set(kinds) == set(CRISIS_KINDS)
    assert kinds == sorted(kinds, key=PRIORITY.index)
    assert detector.detect("i want to die. i cut myself. he won't wake up. she's overdosing") == hits[0]


def test_every_token_pattern_in_the_file_compiles(nlp):
    patterns = [source for source in pattern_sources(read_patterns()) if source.tokens is not None]
    assert len(patterns) > 20
    for source in patterns:
        check_token_pattern(nlp, source.rule.id, source.tokens)


def test_every_kind_has_phrases_and_patterns():
    data = read_patterns()
    assert set(data["kinds"]) == set(CRISIS_KINDS)
    for kind, section in data["kinds"].items():
        assert section.get("phrases") and section.get("patterns"), kind


def test_every_crisis_phrase_fires_on_its_own(detector):
    sources = [s for s in pattern_sources(read_patterns()) if s.phrase is not None and s.rule.kind is not None]
    fired = {source.phrase: {hit.kind for hit in detector.detect_all(source.phrase)} for source in sources}
    assert [(s.rule.kind, s.phrase) for s in sources if s.rule.kind not in fired[s.phrase]] == []


def test_every_exclusion_phrase_is_harmless_on_its_own(detector):
    sources = [s for s in pattern_sources(read_patterns()) if s.phrase is not None and s.rule.kind is None]
    assert [(s.phrase, detector.detect(s.phrase)) for s in sources if detector.detect(s.phrase)] == []


def test_windowed_matching_equals_matching_the_whole_message(detector, monkeypatch):
    everything = " ".join(text for texts in CRISES.values() for text in texts) + " " + " ".join(HARD_NEGATIVES)
    messages = [everything, _filler(3000) + everything + _filler(3000)] + HARD_NEGATIVES
    windowed = [detector.detect_all(message) for message in messages]
    monkeypatch.setattr(crisis_detector._TokenPattern, "anchors", lambda self, ids: None)
    assert [detector.detect_all(message) for message in messages] == windowed


def test_detect_is_thread_safe(detector):
    messages = [text for texts in CRISES.values() for text in texts] + HARD_NEGATIVES
    expected = [detector.detect(message) for message in messages]
    barrier = threading.Barrier(8)

    def run(_):
        barrier.wait()
        return [detector.detect(message) for message in messages]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(8)))
    assert all(result == expected for result in results)


def test_load_needs_a_lemmatizer():
    with pytest.raises(ValueError, match="lemmatizer"):
        CrisisDetector.load(spacy.blank("en"))


def test_custom_patterns_file_treats_yes_and_no_as_words(nlp, tmp_path):
    path = tmp_path / "patterns.yml"
    path.write_text(
        "kinds:\n"
        "  suicide:\n"
        "    phrases: [no way out]\n"
        "    patterns:\n"
        "      - id: say_no_more\n"
        "        pattern: [{LOWER: no}, {LOWER: more}, {LOWER: {IN: [days, on]}}]\n"
        "exclusions:\n"
        "  phrases: [no way out of this traffic]\n",
        encoding="utf-8",
    )
    detector = CrisisDetector.load(nlp, path)
    assert detector.detect("there is no way out").rule == "suicide:no way out"
    assert detector.detect("No more days").rule == "suicide:say_no_more"
    assert detector.detect("there is no way out of this traffic") is None


@pytest.mark.parametrize(
    "content,message",
    [
        ("kinds:\n  panic: {phrases: [help]}\n", "unknown kinds"),
        ("kinds:\n  suicide:\n    patterns:\n      - id: bad\n        pattern: [{LOWER: {FOO: [a]}}]\n", "bad"),
        ("kinds:\n  suicide:\n    patterns:\n      - {pattern: [{LOWER: a}]}\n", "'id'"),
        ("kinds:\n  suicide: {phrases: [kill myself, kill myself]}\n", "listed twice"),
        ("kinds:\n  suicide: {phrases: [911]}\n", "quote numbers"),
        ("just text\n", "kinds"),
    ],
)
def test_malformed_patterns_file_is_reported(nlp, tmp_path, content, message):
    path = tmp_path / "patterns.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CrisisPatternError, match=message):
        CrisisDetector.load(nlp, path)


# normalize.py


@pytest.mark.parametrize(
    "text,expected",
    [
        ("PLEEEASE help", "please help"),
        ("I’m “fine”", "i'm \"fine\""),
        ("k\u200bm\u200ds", "kms"),
        ("ｆｉｎｅ", "fine"),
        ("está", "esta"),
        ("self-harm", "self harm"),
        ("want to...die", "want to die"),
        ("  lots   of\n\nspace ", "lots of space"),
        ("\x00\x01", ""),
        ("too good", "too good"),
    ],
)
def test_fold_text(text, expected):
    assert fold_text(text) == expected


def test_stretched_letters_keep_a_known_double_letter():
    known = {"kill", "all"}.__contains__
    assert normalize("killlll them alllll", is_word=known).text == "kill them all"
    assert normalize("killlll", is_word=None).text == "kil"


def test_expansions_use_the_patterns_file():
    expansions = read_patterns()["expansions"]
    cases = {
        "kms": "kill myself",
        "i wanna die": "i want to die",
        "he OD'd": "he overdosed",
        "she ODed": "she overdosed",
        "im od’ing": "i am overdosing",
        "i dont know": "i do not know",
        "odd feeling": "odd feeling",
    }
    assert {text: normalize(text, expansions).text for text in cases} == cases


def test_normalized_offsets_map_back_to_the_original():
    text = "Ugh… I’m gonna KMS"
    norm = normalize(text, {"kms": "kill myself", "gonna": "going to"})
    start = norm.text.index("kill myself")
    assert norm.text == "ugh i'm going to kill myself"
    assert norm.original_span(start, start + len("kill myself")) == (text.index("KMS"), len(text))
    i_am = norm.text.index("i'm")
    assert text[slice(*norm.original_span(i_am, i_am + 3))] == "I’m"
