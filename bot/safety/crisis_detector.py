"""The deterministic safety net: finds messages about suicide, self-harm, an overdose or a medical emergency.

It runs on every message before any trained model, so a crisis is never missed because a classifier was
unsure. All wording lives in content/safety/crisis_patterns.yml, where clinic staff can review and extend it;
this module only compiles that file into spaCy matchers. It knows nothing about Rasa.
"""
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import (
    TYPE_CHECKING, Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Mapping, Optional, Pattern, Tuple
)

import numpy
import yaml
from spacy.attrs import LEMMA, LOWER
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher, PhraseMatcher

from bot.safety.normalize import Normalizer, fold_text

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc

CRISIS_KINDS = ("suicide", "self_harm", "overdose", "medical")
# Overdose and medical replies start with 911 steps, so they win when several kinds match.
PRIORITY = ("overdose", "medical", "suicide", "self_harm")
DEFAULT_PATTERNS = Path(__file__).resolve().parents[2] / "content" / "safety" / "crisis_patterns.yml"

_TEXT_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "LEMMA", "NORM"})
_UNBOUNDED = 10**9
_QUANTIFIER = re.compile(r"^\{(\d*),?(\d*)\}$")
_LATIN = re.compile(r"[a-z]")
# Something the matchers can read: a letter, or a pictograph (a message of emojis alone can be a last message).
_READABLE = re.compile(r"[^\W\d_]|[\u2600-\u27bf\U0001f300-\U0001faff]")


class CrisisPatternError(ValueError):
    """The patterns file is malformed; the message says where."""


@dataclass(frozen=True)
class CrisisHit:
    kind: str  # one of CRISIS_KINDS
    rule: str  # id of the pattern that fired, e.g. "suicide:kill myself" or "overdose:is_overdosing"
    start: int  # character offsets into the original text (approximate inside expanded shorthand)
    end: int
    # False for a pattern that says a crisis is happening without saying which ("it's happening right now"): its
    # kind is only a fallback, and the reply follows the rest of the message (the crisis kind model, other hits).
    names_kind: bool = True


@dataclass(frozen=True)
class _Rule:
    id: str
    kind: Optional[str]  # None for an exclusion
    cancels: FrozenSet[str] = frozenset()  # for an exclusion: the kinds it cancels
    # For a crisis pattern that says the act was meant ("burned myself on the stove on purpose"): no exclusion
    # cancels it, since the exclusions describe accidents and idioms that such a pattern rules out.
    deliberate: bool = False
    names_kind: bool = True  # see CrisisHit.names_kind


@dataclass(frozen=True)
class _Source:
    """One entry of the patterns file: a phrase, a token pattern or an unspaced string, before compiling."""

    rule: _Rule
    phrase: Optional[str] = None
    tokens: Optional[List[Dict[str, Any]]] = None
    unspaced: Optional[str] = None


class _PatternLoader(yaml.SafeLoader):
    """YAML 1.1 reads yes/no/on/off as booleans; in word lists they are words. Only true/false stay booleans."""


_PatternLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_PatternLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_patterns(path: Path = DEFAULT_PATTERNS) -> Dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_PatternLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise CrisisPatternError(f"{path}: expected a mapping with a 'kinds' section")
    unknown = set(data["kinds"]) - set(CRISIS_KINDS)
    if unknown:
        raise CrisisPatternError(f"{path}: unknown kinds {sorted(unknown)}; use {list(CRISIS_KINDS)}")
    return data


def _expansions(data: Mapping[str, Any]) -> Dict[str, str]:
    expansions = data.get("expansions") or {}
    for key, value in expansions.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise CrisisPatternError(f"expansions: {key!r}: {value!r} must both be text (quote numbers)")
    return dict(expansions)


def _fold_words(attr: str, values: Iterable[Any]) -> Iterator[Any]:
    # Nested lists come from YAML aliases such as [i, *people]; the matcher wants one flat list.
    for value in values:
        if isinstance(value, list):
            yield from _fold_words(attr, value)
        else:
            yield fold_text(value) if attr in _TEXT_ATTRS and isinstance(value, str) else value


def _prepare_value(attr: str, value: Any) -> Any:
    if isinstance(value, dict):
        return {op: list(_fold_words(attr, v)) if isinstance(v, list) else v for op, v in value.items()}
    if attr in _TEXT_ATTRS and isinstance(value, str):
        return fold_text(value)  # patterns see normalised text, so their words must be normalised too
    return value


def prepare_token_pattern(pattern: Any, where: str) -> List[Dict[str, Any]]:
    """Flattens aliased word lists and normalises words the way message text is normalised."""
    if not isinstance(pattern, list) or not pattern or not all(isinstance(token, dict) for token in pattern):
        raise CrisisPatternError(f"{where}: 'pattern' must be a non-empty list of {{...}} token specs")
    return [{str(attr).upper(): _prepare_value(str(attr).upper(), value) for attr, value in token.items()}
            for token in pattern]


def _phrase_sources(section: Mapping[str, Any], kind: Optional[str], where: str) -> Iterator[_Source]:
    for phrase in section.get("phrases") or []:
        if not isinstance(phrase, str) or not fold_text(phrase):
            raise CrisisPatternError(f"{where}.phrases: {phrase!r} must be non-empty text (quote numbers)")
        cancels = frozenset() if kind else frozenset(CRISIS_KINDS)
        yield _Source(_Rule(f"{kind or 'exclude'}:{fold_text(phrase)}", kind, cancels), phrase=phrase)


def _unspaced_sources(section: Mapping[str, Any], kind: Optional[str], where: str) -> Iterator[_Source]:
    for text in section.get("unspaced") or []:
        folded = fold_text(text) if isinstance(text, str) else ""
        if not folded or _LATIN.search(folded):
            # A Latin word matched inside other words would fire on "cute" for "cut": those are phrases.
            raise CrisisPatternError(f"{where}.unspaced: {text!r} must be non-empty text without Latin letters")
        cancels = frozenset() if kind else frozenset(CRISIS_KINDS)
        yield _Source(_Rule(f"{kind or 'exclude'}:{folded}", kind, cancels), unspaced=folded)


def _crisis_flag(entry: Mapping[str, Any], key: str, default: bool, kind: Optional[str], where: str) -> bool:
    """A true/false setting of a crisis pattern (`deliberate`, `names_kind`); an exclusion may only leave it unset."""
    value = entry.get(key, default)
    if not isinstance(value, bool) or (value != default and kind is None):
        raise CrisisPatternError(
            f"{where}.patterns.{entry['id']}: '{key}' is true or false, and only for crisis patterns")
    return value


def _pattern_sources(section: Mapping[str, Any], kind: Optional[str], where: str) -> Iterator[_Source]:
    for entry in section.get("patterns") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or "pattern" not in entry:
            raise CrisisPatternError(f"{where}.patterns: each entry needs an 'id' and a 'pattern': {entry!r}")
        cancels = frozenset() if kind else frozenset(entry.get("kinds") or CRISIS_KINDS)
        if not cancels <= set(CRISIS_KINDS):
            raise CrisisPatternError(f"{where}.patterns.{entry['id']}: unknown kinds {sorted(cancels)}")
        deliberate = _crisis_flag(entry, "deliberate", False, kind, where)
        names_kind = _crisis_flag(entry, "names_kind", True, kind, where)
        rule = _Rule(f"{kind or 'exclude'}:{entry['id']}", kind, cancels, deliberate, names_kind)
        yield _Source(rule, tokens=prepare_token_pattern(entry["pattern"], f"{where}.patterns.{entry['id']}"))


@dataclass(frozen=True)
class _History:
    """A message that only tells the past ("i overdosed in 2019, sober 3 years now") is not a crisis now.

    It needs a past time AND a sign that things are fine now AND nothing that says the danger is back or
    still here; the lists live in the patterns file (`history`). Words of `danger_now` count anywhere
    outside the past times themselves ("when i was using" is a past time, not a relapse); the time words of
    `danger_today` count only in a sentence that does not also say things are fine ("today i got my
    18 month chip"). Such a sentence brings the story to today without clearing it: crisis words wholly inside
    the sentences before it that name a past time are still the story's, the rest count (`past_until`, `story`).
    A word of `contrast` ("but", "pero") with one of those words in the next four starts a new sentence for that
    check, so "i overdosed in 2019, i'm fine now, but tonight ..." is not cleared by the "fine" before it (while
    "relapsed last year but she's doing great" stays one sentence). An `anniversary` ("3 years ago today") stands in
    for the safe sign only to read a message as a story, never to clear it: the story's sentences that name a past
    time are still the story's, whether or not a later sentence brings it to today, and the classifier decides.
    Someone telling of their work (`at_work`: "paramedic here") is read the same way, without needing a past time or
    a safe sign. Phrases that only frame the message (`framing`: "this is going to be long", "this is going to sound
    weird") say nothing of danger: their words ("going to") are not read as danger now."""

    past: Optional[Pattern[str]]
    safe_now: Optional[Pattern[str]]
    danger_now: Optional[Pattern[str]]
    danger_today: Optional[Pattern[str]] = None
    at_work: Optional[Pattern[str]] = None
    contrast: Optional[Pattern[str]] = None
    anniversary: Optional[Pattern[str]] = None
    framing: Optional[Pattern[str]] = None

    KEYS = ("past", "safe_now", "danger_now", "danger_today", "at_work", "contrast", "anniversary", "framing")

    @classmethod
    def read(cls, data: Mapping[str, Any], normalize: Normalizer) -> "_History":
        section = data.get("history") or {}
        for key in cls.KEYS:
            phrases = section.get(key) or []
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
                raise CrisisPatternError(f"history.{key}: must be a list of non-empty phrases")
        history = cls(*(_phrase_regex(normalize, section.get(key) or []) for key in cls.KEYS))
        if history.contrast is None or history.danger_today is None:
            return replace(history, contrast=None)
        # Only a contrast that leads into a danger_today word within three words splits: "but tonight", "aber ich will
        # mich heute nacht", not "but she is doing great".
        ahead = f"(?=(?:\\S+\\s+){{0,3}}{history.danger_today.pattern})"
        return replace(history, contrast=re.compile(f"{history.contrast.pattern}\\s+{ahead}"))

    def says_danger_now(self, text: str) -> bool:
        if self.framing is not None:
            text = self.framing.sub(" ", text)
        return self.danger_now is not None and self.danger_now.search(text) is not None

    def past_until(self, text: str) -> Tuple[int, bool]:
        """How much of the message only tells the past, and whether that clears it: (0, False) when it is not such a
        message, (len(text), True) when all of it is and things are fine now, else where the first sentence starts
        that brings the story to today without saying things are fine ("5 years ago i od'd in a gas station. today i
        bought the stranger who narcanned me a coffee"). Crisis words before that point belong to the story; from it on
        they count. An anniversary told with no sign that things are fine is all story but not cleared:
        (len(text), False)."""
        if self.at_work is not None and self.at_work.search(text):
            return (0, False) if self.says_danger_now(text) else (len(text), True)
        if self.past is None or self.safe_now is None or not self.past.search(text):
            return 0, False
        safe = self.safe_now.search(text) is not None
        if not safe and not (self.anniversary is not None and self.anniversary.search(text)):
            return 0, False
        present = self.past.sub(" ", text)
        # A danger word inside a safe phrase ("glad i'm still here") is not danger.
        if self.says_danger_now(self.safe_now.sub(" ", present)):
            return 0, False
        if self.danger_today is not None:
            # Same length as the text, so a sentence's start is its place in the message.
            unpast = self.past.sub(lambda match: " " * len(match.group()), text)
            for start, sentence in self._sentences(unpast):
                if self.danger_today.search(sentence) and not self.safe_now.search(sentence):
                    return start, False
        return len(text), safe

    def story(self, text: str, until: int) -> "_Spans":
        """The sentences before `until` that name a past time: crisis words wholly inside them tell the story."""
        return _Spans((start, start + len(sentence)) for start, sentence in self._sentences(text[:until])
                      if self.past.search(sentence))

    def _sentences(self, text: str) -> Iterator[Tuple[int, str]]:
        """(start, text) of each sentence, and of each clause a contrast opens."""
        start = 0
        for stop in [*_SENTENCE_END.finditer(text), None]:
            sentence = text[start:stop.start() if stop else len(text)]
            clause = 0
            for contrast in self.contrast.finditer(sentence) if self.contrast is not None else ():
                yield start + clause, sentence[clause:contrast.start()]
                clause = contrast.end()
            yield start + clause, sentence[clause:]
            if stop:
                start = stop.end()


_SENTENCE_END = re.compile(r"[.!?;\n]+")


def _phrase_regex(normalize: Normalizer, phrases: Iterable[str]) -> Optional[Pattern[str]]:
    # Whole words on normalised text; "#" stands for any number ("in 2019", "at 17", "3 years ago").
    parts = sorted({re.escape(normalize(p).text).replace("\\#", r"\d+") for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None


def pattern_sources(data: Mapping[str, Any]) -> List[_Source]:
    """Every phrase and token pattern of the file, crisis kinds first, then exclusions."""
    sources: List[_Source] = []
    for kind, section in data["kinds"].items():
        sources += _phrase_sources(section or {}, kind, f"kinds.{kind}")
        sources += _pattern_sources(section or {}, kind, f"kinds.{kind}")
        sources += _unspaced_sources(section or {}, kind, f"kinds.{kind}")
    exclusions = data.get("exclusions") or {}
    sources += _phrase_sources(exclusions, None, "exclusions")
    sources += _pattern_sources(exclusions, None, "exclusions")
    sources += _unspaced_sources(exclusions, None, "exclusions")
    duplicates = sorted(rule_id for rule_id, count in Counter(s.rule.id for s in sources).items() if count > 1)
    if duplicates:
        raise CrisisPatternError(f"listed twice: {duplicates}")
    return sources


def _vocabulary(sources: Iterable[_Source], expansions: Mapping[str, str]) -> FrozenSet[str]:
    """Words the patterns use; stretched spellings are shortened towards these ("killll" -> "kill")."""
    words = set()
    for source in sources:
        if source.phrase is not None:
            words.update(fold_text(source.phrase).split())
        for token in source.tokens or []:
            for attr, value in token.items():
                values = value.get("IN", []) if isinstance(value, dict) else [value]
                words.update(v for v in values if attr in _TEXT_ATTRS and isinstance(v, str))
    for key, value in expansions.items():
        words.update(fold_text(key).split())
        words.update(value.split())
    return frozenset(words)


def _word_check(nlp: "spacy.Language", vocabulary: FrozenSet[str]) -> Callable[[str], bool]:
    known = set(vocabulary) | set(nlp.Defaults.stop_words)
    table = None
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_lookup"):
            table = lookups.get_table("lemma_lookup")
            known.update(table.values())
    if table is None:
        return known.__contains__
    return lambda word: word in known or word in table


class _Spans:
    """Spans (of tokens or characters) that answer "does anything overlap / hold [start, end)?" in O(log n)."""

    def __init__(self, spans: Iterable[Tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_ends = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect_left(self._starts, end)
        return before_end > 0 and self._max_ends[before_end - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Does one span hold all of [start, end)?"""
        from_start = bisect_right(self._starts, start)
        return from_start > 0 and self._max_ends[from_start - 1] >= end


def check_token_pattern(nlp: "spacy.Language", rule_id: str, pattern: List[Dict[str, Any]]) -> None:
    """Raises CrisisPatternError naming the rule if spaCy rejects the pattern."""
    try:
        Matcher(nlp.vocab, validate=True).add(rule_id, [pattern])
    except MatchPatternError as error:
        raise CrisisPatternError(f"pattern {rule_id!r} is invalid: {error}") from error


def _token_reach(op: Optional[str]) -> Tuple[int, int]:
    """(fewest, most) tokens one token spec can consume."""
    if op is None or op == "!":  # "!" consumes one token that must not match
        return 1, 1
    if op == "?":
        return 0, 1
    if op in ("*", "+"):
        return (0 if op == "*" else 1), _UNBOUNDED
    quantifier = _QUANTIFIER.match(op)
    if not quantifier:
        return 0, _UNBOUNDED  # unknown: assume the worst, which disables windowing
    low, high = quantifier.group(1), quantifier.group(2)
    if "," not in op:
        return int(low), int(low)
    return int(low or 0), int(high) if high else _UNBOUNDED


def _required_words(pattern: List[Dict[str, Any]]) -> List[Tuple[str, FrozenSet[str]]]:
    """For each token every match must contain: (LOWER or LEMMA, the words it allows)."""
    required = []
    for token in pattern:
        if token.get("OP") == "!" or _token_reach(token.get("OP"))[0] < 1:
            continue
        for attr in ("LOWER", "ORTH", "TEXT", "LEMMA"):
            value = token.get(attr)
            words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
            if words:
                required.append(("LEMMA" if attr == "LEMMA" else "LOWER", frozenset(words)))
                break
    return required


def _merge(windows: Iterable[Tuple[int, int]], length: int) -> List[Tuple[int, int]]:
    """Clips windows to the doc and joins overlapping ones."""
    merged: List[Tuple[int, int]] = []
    for start, end in sorted((max(0, start), min(length, end)) for start, end in windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_LONG_GAP = 4  # a few optional tokens cost little: spaCy's own expansion is kept for them


def _long_gap_as_star(pattern: List[Dict[str, Any]]) -> Optional[Tuple[List[Dict[str, Any]], int, int]]:
    """For a pattern whose only variable part is one long bare gap ({"OP": "{0,25}"}): the pattern with a "*" in
    its place, and the fewest and most tokens a match may then have.

    spaCy expands "{0,25}" into 25 optional tokens and follows every way of skipping them: a short message took 2.4 s
    with such a pattern. A "*" is followed in one pass, and with every other token of fixed length the gap's length
    is the match's length minus theirs, so checking that gives the same matches. (With a second variable part it
    would not: spaCy keeps one alignment per span, so the gap's own length is unknown.)"""
    gaps = [index for index, token in enumerate(pattern) if token.get("OP") and set(token) == {"OP"}]
    variable = [index for index, token in enumerate(pattern) if len(set(_token_reach(token.get("OP")))) > 1]
    if len(gaps) != 1 or variable != gaps:
        return None
    fewest, most = _token_reach(pattern[gaps[0]]["OP"])
    if most == _UNBOUNDED or most - fewest <= _LONG_GAP:
        return None
    fixed = sum(_token_reach(token.get("OP"))[0] for token in pattern) - fewest
    return pattern[:gaps[0]] + [{"OP": "*"}] + pattern[gaps[0] + 1:], fixed + fewest, fixed + most


class _TokenPattern:
    """One token pattern with its own Matcher, run only where all of its required words occur close together.

    spaCy's Matcher costs about 1.5 ms per pattern per 4,000 tokens whether or not anything matches, far
    too slow for a 20,000-character message. But a match is at most `reach` tokens long and contains each
    required word, so it lies within `reach` of an occurrence of its rarest required word that has all the
    other required words within `reach` too. Matching only those windows gives the same result.
    """

    def __init__(self, nlp: "spacy.Language", key: str, pattern: List[Dict[str, Any]]):
        self._matcher = Matcher(nlp.vocab, validate=True)
        self.reach = min(_UNBOUNDED, sum(_token_reach(token.get("OP"))[1] for token in pattern))
        # spaCy's "!" consumes a token, so a pattern ending in one ("went down", not followed by "to") never matched
        # at the end of a message, where there is no token to consume: the last "!" is checked here instead, as "the
        # next token, if any, is not one of these".
        self._not_next: Optional[Matcher] = None
        if pattern and pattern[-1].get("OP") == "!":
            self._not_next = Matcher(nlp.vocab, validate=True)
            self._not_next.add(key, [[{attr: value for attr, value in pattern[-1].items() if attr != "OP"}]])
            pattern = pattern[:-1]
        starred = _long_gap_as_star(pattern)
        self._lengths = starred[1:] if starred else None
        self._matcher.add(key, [starred[0] if starred else pattern])
        self._required = [
            (("LOWER", "LEMMA").index(attr), numpy.array(sorted(map(nlp.vocab.strings.add, words)), dtype="uint64"))
            for attr, words in _required_words(pattern)
        ]
        self._required_sets = [(column, frozenset(wanted.tolist())) for column, wanted in self._required]

    def possible(self, present: Tuple[FrozenSet[int], FrozenSet[int]]) -> bool:
        """Whether the doc has each required word somewhere (`present`: its LOWER and LEMMA ids). Most patterns
        have a word that a given message lacks: this set test spares them the array work of `anchors`, which
        cost a short message 50 ms over some seven hundred patterns."""
        return all(not present[column].isdisjoint(words) for column, words in self._required_sets)

    def anchors(self, ids: numpy.ndarray) -> Optional[numpy.ndarray]:
        """Positions every match must be near (within `reach`); None if the pattern requires no word."""
        if not self._required:
            return None
        found = [numpy.flatnonzero(numpy.isin(ids[:, column], wanted)) for column, wanted in self._required]
        anchors = min(found, key=len)
        keep = numpy.ones(len(anchors), dtype=bool)
        for positions in found:
            if not len(positions):
                return positions
            nearest = numpy.searchsorted(positions, anchors - self.reach)
            inside = nearest < len(positions)
            near = numpy.zeros(len(anchors), dtype=bool)
            near[inside] = positions[nearest[inside]] <= anchors[inside] + self.reach
            keep &= near
        return anchors[keep]

    def windows(self, anchors: Optional[numpy.ndarray], length: int) -> List[Tuple[int, int]]:
        if anchors is None:
            return [(0, length)]
        return _merge(((a - self.reach, a + self.reach + 1) for a in anchors.tolist()), length)

    def __call__(self, doc: "Doc", windows: Iterable[Tuple[int, int]]) -> List[Tuple[int, int, int]]:
        shortest, longest = self._lengths or (0, _UNBOUNDED)
        matches = [(key, start + first, start + last)
                   for start, end in windows for key, first, last in self._matcher(doc[start:end])
                   if shortest <= last - first <= longest]
        if self._not_next is None:
            return matches
        return [match for match in matches if match[2] == len(doc) or not self._not_next(doc[match[2]:match[2] + 1])]


class _TokenMatcher:
    """Crisis patterns run near their required words; exclusion patterns only near crisis hits, the only
    place where they can cancel anything."""

    def __init__(self, nlp: "spacy.Language", crisis: Mapping[str, List[Dict[str, Any]]],
                 exclusions: Mapping[str, List[Dict[str, Any]]]):
        self._crisis = [_TokenPattern(nlp, key, pattern) for key, pattern in crisis.items()]
        self._exclusions = [_TokenPattern(nlp, key, pattern) for key, pattern in exclusions.items()]
        self._exclusion_reach = max((pattern.reach for pattern in self._exclusions), default=0)

    def __call__(self, doc: "Doc", phrase_hits: List[Tuple[int, int]]) -> List[Tuple[int, int, int]]:
        ids = doc.to_array([LOWER, LEMMA]).reshape(-1, 2)
        present = (frozenset(ids[:, 0].tolist()), frozenset(ids[:, 1].tolist()))
        matches = []
        for pattern in self._crisis:
            if pattern.possible(present):
                matches += pattern(doc, pattern.windows(pattern.anchors(ids), len(doc)))
        hits = numpy.array(phrase_hits + [(start, end) for _, start, end in matches], dtype=int).reshape(-1, 2)
        if not len(hits):
            return matches
        # An exclusion overlapping a hit has its anchor within `reach` of that hit.
        near_hit = numpy.zeros(len(doc) + 1, dtype=int)
        numpy.add.at(near_hit, numpy.clip(hits[:, 0] - self._exclusion_reach, 0, len(doc)), 1)
        numpy.add.at(near_hit, numpy.clip(hits[:, 1] + self._exclusion_reach, 0, len(doc)), -1)
        near_hit = numpy.cumsum(near_hit) > 0
        for pattern in self._exclusions:
            if not pattern.possible(present):
                continue
            anchors = pattern.anchors(ids)
            if anchors is not None:
                anchors = anchors[near_hit[anchors]]
            matches += pattern(doc, pattern.windows(anchors, len(doc)))
        return matches


class _Unspaced:
    """Strings found anywhere in the normalised text, for scripts written without spaces between words (Chinese,
    Japanese) and for Korean stems whose endings vary: spaCy's English tokenizer reads a run of such text as one
    token, so word phrases cannot find them. An unspaced exclusion (an idiom such as 笑死我了, "dying of laughter")
    cancels the unspaced crisis strings it overlaps, and reads as innocent like an exclusion phrase."""

    def __init__(self, sources: Iterable[_Source]):
        self._rules: Dict[str, _Rule] = {}
        for source in sources:
            if source.unspaced in self._rules:  # one string, one rule: a match must say which kind it is
                raise CrisisPatternError(f"unspaced: {source.unspaced!r} is listed twice")
            self._rules[source.unspaced] = source.rule
        self._crisis = self._alternation(text for text, rule in self._rules.items() if rule.kind)
        self._exclusions = self._alternation(text for text, rule in self._rules.items() if rule.kind is None)

    @staticmethod
    def _alternation(texts: Iterable[str]) -> Optional[Pattern[str]]:
        parts = sorted(texts, key=len, reverse=True)  # longest first, so a longer string wins where both fit
        return re.compile("|".join(map(re.escape, parts))) if parts else None

    def idioms(self, text: str) -> List[Tuple[int, int]]:
        """Where the unspaced exclusions are."""
        return [match.span() for match in self._exclusions.finditer(text)] if self._exclusions else []

    def find(self, text: str) -> Iterator[Tuple[_Rule, int, int]]:
        if self._crisis is None:
            return
        excluded = [(match.start(), match.end(), self._rules[match.group()].cancels)
                    for match in (self._exclusions.finditer(text) if self._exclusions else ())]
        for match in self._crisis.finditer(text):
            rule = self._rules[match.group()]
            if not any(start < match.end() and match.start() < end and rule.kind in cancels
                       for start, end, cancels in excluded):
                yield rule, match.start(), match.end()


class CrisisDetector:
    """Finds crisis messages. Build once with `load`; `detect` only reads shared state, so threads may share
    one instance."""

    def __init__(
        self,
        nlp: "spacy.Language",
        normalizer: Normalizer,
        rules: Mapping[int, _Rule],
        phrase_matchers: Tuple[PhraseMatcher, ...],
        token_matcher: _TokenMatcher,
        history: Optional[_History] = None,
        unspaced: Optional[_Unspaced] = None,
    ):
        self._nlp = nlp
        self._normalize = normalizer
        self._rules = dict(rules)
        self._phrase_matchers = phrase_matchers
        self._token_matcher = token_matcher
        self._history = history or _History(None, None, None)
        self._unspaced = unspaced or _Unspaced(())

    @classmethod
    def load(cls, nlp: "spacy.Language", patterns_path: Path = DEFAULT_PATTERNS) -> "CrisisDetector":
        if not nlp("overdosing").has_annotation("LEMMA"):
            raise ValueError("CrisisDetector needs a spaCy pipeline with a lemmatizer (see build_spacy_model.py)")
        data = read_patterns(Path(patterns_path))
        expansions = _expansions(data)
        sources = pattern_sources(data)
        normalizer = Normalizer(expansions, _word_check(nlp, _vocabulary(sources, expansions)))

        on_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        on_lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        rules: Dict[int, _Rule] = {}
        phrases = [source for source in sources if source.phrase is not None]
        texts = [normalizer(source.phrase).text for source in phrases]
        for source, text, lemmatized in zip(phrases, texts, nlp.pipe(texts)):
            on_words.add(source.rule.id, [nlp.make_doc(text)])
            on_lemmas.add(source.rule.id, [lemmatized])
            rules[nlp.vocab.strings.add(source.rule.id)] = source.rule
        patterns = [source for source in sources if source.tokens is not None]
        for source in patterns:
            check_token_pattern(nlp, source.rule.id, source.tokens)
            rules[nlp.vocab.strings.add(source.rule.id)] = source.rule
        on_tokens = _TokenMatcher(
            nlp,
            crisis={source.rule.id: source.tokens for source in patterns if source.rule.kind is not None},
            exclusions={source.rule.id: source.tokens for source in patterns if source.rule.kind is None},
        )
        unspaced = _Unspaced(source for source in sources if source.unspaced is not None)
        return cls(nlp, normalizer, rules, (on_words, on_lemmas), on_tokens, _History.read(data, normalizer),
                   unspaced)

    def detect(self, text: str) -> Optional[CrisisHit]:
        """The most urgent hit (see PRIORITY), or None."""
        hits = self.detect_all(text)
        return hits[0] if hits else None

    def detect_all(self, text: str) -> List[CrisisHit]:
        """Every hit that no exclusion cancels, most urgent first, then in reading order."""
        return self._read(text)[0]

    def reads_as_innocent(self, text: str) -> bool:
        """True when the message has no crisis but has a known innocent use of crisis words (an exclusion such
        as "killing it" or "cut back", or history that is over). The NLU component uses it to overrule a
        classifier that took such a message for a crisis."""
        hits, innocent = self._read(text)
        return not hits and innocent

    def _read(self, text: str) -> Tuple[List[CrisisHit], bool]:
        if not isinstance(text, str):
            return [], False
        normalized = self._normalize(text)
        if not _READABLE.search(normalized.text):
            return [], False
        past_until, cleared = self._history.past_until(normalized.text)
        if cleared:
            return [], True
        story = self._history.story(normalized.text, past_until) if past_until else _Spans(())
        doc = self._nlp(normalized.text)
        phrase_matches = [match for matcher in self._phrase_matchers for match in matcher(doc)]
        phrase_hits = [(start, end) for match_id, start, end in phrase_matches if self._rules[match_id].kind]
        matches = phrase_matches + self._token_matcher(doc, phrase_hits)
        found = {(self._rules[match_id], start, end) for match_id, start, end in matches}
        exclusions = [(rule, start, end) for rule, start, end in found if rule.kind is None]
        cancelled = {
            kind: _Spans((start, end) for rule, start, end in exclusions if kind in rule.cancels)
            for kind in CRISIS_KINDS
        }
        hits = []
        for rule, start, end in found:
            if rule.kind is None or (not rule.deliberate and cancelled[rule.kind].overlaps(start, end)):
                continue
            span = doc[start:end]
            if not story.contains(span.start_char, span.end_char):
                hits.append(CrisisHit(rule.kind, rule.id, *normalized.original_span(span.start_char, span.end_char),
                                      rule.names_kind))
        for rule, start, end in self._unspaced.find(normalized.text):
            if not story.contains(start, end):
                hits.append(CrisisHit(rule.kind, rule.id, *normalized.original_span(start, end)))
        ordered = sorted(hits, key=lambda hit: (PRIORITY.index(hit.kind), hit.start, hit.end, hit.rule))
        # Only exclusion phrases and unspaced exclusions (idioms such as "killing it", "cut back", 笑死) say the message
        # is innocent; exclusion patterns are narrower repairs ("used to" inside a gap) that a real crisis can contain.
        # An idiom does not clear a message whose other words say danger now ("my mom died of an overdose and i'm
        # going to go the same way"): the classifier's crisis stands.
        idioms = [(doc[start:end].start_char, doc[start:end].end_char)
                  for match_id, start, end in phrase_matches if self._rules[match_id].kind is None]
        idioms += self._unspaced.idioms(normalized.text)
        if not idioms:
            return ordered, False
        rest = list(normalized.text)
        for start, end in idioms:
            rest[start:end] = " " * (end - start)
        return ordered, not self._history.says_danger_now("".join(rest))
