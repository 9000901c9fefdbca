"""Text normalisation for safety matching.

People in distress type fast: curly quotes from phones, stretched letters ("pleeease"), chat shorthand ("kms",
"wanna", "od'd") and missing apostrophes. Normalising first lets the crisis patterns be written once, in plain
words. The result is only ever used for matching, never shown, so it may be lossy (accents are dropped, so
Spanish written with or without them matches the same pattern).

Every step keeps a map from normalised characters back to the original text, so a match can be reported where
the user actually typed it (best effort: a replaced word maps to the whole word it came from).
"""
import re
import unicodedata
from dataclasses import dataclass
from itertools import product
from typing import Callable, List, Mapping, Optional, Pattern, Tuple

WordCheck = Callable[[str], bool]

# Zero-width and bidi formatting characters can hide inside a word ("k\u200bms") and defeat matching.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]")
_SINGLE_QUOTES = re.compile("[\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`]")
_DOUBLE_QUOTES = re.compile("[\u201c\u201d\u201e\u201f\u2033]")
# Non-ASCII text is folded a run at a time (one regex match per run keeps long messages fast). The ASCII
# character before a run is included because a combining accent belongs to the letter before it.
_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
# Control characters and lone surrogates (which spaCy cannot encode) become spaces.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
# "self-harm", "un_alive" and "want to...die" must tokenise like "self harm", "un alive", "want to die".
_JOINERS = re.compile(r"(?<=[a-z])[-_~]+(?=[a-z])|\.{2,}")
# The look-behind anchors the match at a word start; without it a long word would be rescanned from every
# position, which is quadratic.
_STRETCHED_WORD = re.compile(r"(?<![a-z])[a-z]*([a-z])\1\1[a-z]*")
_LETTER_RUN = re.compile(r"([a-z])\1{2,}")
_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")  # single spaces are left alone: they are most matches
_EDGE_SPACE = re.compile(r"^ | $")
# Dropped g's ("endin it", "turnin blue", "respondin'"): restored only when the word as typed is unknown and the
# "-ing" form is a word, so "thin", "cousin" and "begin" stay as they are.
_DROPPED_G = re.compile(r"(?<![a-z'])([a-z]{2,}in)(?:'|(?![a-z']))")
_MAX_STRETCHED_RUNS = 4  # tried in every 1-or-2-letter combination: 2**4 candidates at most


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the span of the original text it came from."""

    text: str
    starts: Tuple[int, ...]
    ends: Tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "NormalizedText":
        return cls(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))

    def original_span(self, start: int, end: int) -> Tuple[int, int]:
        """Maps a span of the normalised text to the span of the original text it was made from."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


def _substitute(
    norm: NormalizedText, pattern: Pattern[str], replace: Callable[["re.Match[str]"], str]
) -> NormalizedText:
    """re.sub that keeps the offset maps in step with the text."""
    pieces: List[str] = []
    starts: List[int] = []
    ends: List[int] = []
    done = 0
    for match in pattern.finditer(norm.text):
        begin, finish = match.span()
        new = replace(match)
        if begin == finish or new == match.group():
            continue
        pieces.append(norm.text[done:begin])
        starts.extend(norm.starts[done:begin])
        ends.extend(norm.ends[done:begin])
        pieces.append(new)
        if len(new) == finish - begin:  # a one-for-one swap keeps exact offsets
            starts.extend(norm.starts[begin:finish])
            ends.extend(norm.ends[begin:finish])
        else:
            starts.extend([norm.starts[begin]] * len(new))
            ends.extend([norm.ends[finish - 1]] * len(new))
        done = finish
    if not pieces:
        return norm
    pieces.append(norm.text[done:])
    starts.extend(norm.starts[done:])
    ends.extend(norm.ends[done:])
    return NormalizedText("".join(pieces), tuple(starts), tuple(ends))


# Arabic is typed with or without hamza seats, vowel marks and tatweel ("أريد أن أموت", "اريد ان اموت"), and final
# ى / ة interchange with ي / ه: one folded spelling lets a phrase be written once. In NFD the hamza of أ إ آ ؤ ئ is a
# combining mark, so dropping the marks leaves the bare letter.
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_ARABIC_LETTERS = str.maketrans({"\u0649": "\u064a", "\u0629": "\u0647"})


def _fold_unicode(match: "re.Match[str]") -> str:
    folded = unicodedata.normalize("NFKC", match.group()).lower()
    kept: List[str] = []
    for ch in unicodedata.normalize("NFD", folded):
        # Accents on Latin letters go ("está" -> "esta"); other scripts keep their marks, except Arabic's.
        if not (unicodedata.combining(ch) and kept and kept[-1].isascii()):
            kept.append(ch)
    return unicodedata.normalize("NFC", _ARABIC_MARKS.sub("", "".join(kept)).translate(_ARABIC_LETTERS))


def _unstretch(word: str, is_word: Optional[WordCheck]) -> str:
    """'pleeeease' -> 'please' but 'killlll' -> 'kill': a run of 3+ letters becomes one letter, or two when
    only the double-letter spelling is a known word."""
    single = _LETTER_RUN.sub(r"\1", word)
    runs = list(_LETTER_RUN.finditer(word))
    if is_word is None or is_word(single) or len(runs) > _MAX_STRETCHED_RUNS:
        return single
    for widths in product((1, 2), repeat=len(runs)):
        pieces, done = [], 0
        for run, width in zip(runs, widths):
            pieces.append(word[done : run.start()] + run.group(1) * width)
            done = run.end()
        candidate = "".join(pieces) + word[done:]
        if is_word(candidate):
            return candidate
    return single


def _restore_g(match: "re.Match[str]", is_word: WordCheck) -> str:
    word = match.group(1)
    return word + "g" if not is_word(word) and is_word(word + "g") else match.group()


def compile_expansions(expansions: Mapping[str, str]) -> Optional[Pattern[str]]:
    """One regex for all whole-word expansions; longer keys first so "od'ing" wins over "od"."""
    keys = sorted((k for k in expansions if k), key=len, reverse=True)
    if not keys:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


class Normalizer:
    """Normalises text the same way every time; built once, then safe to share between threads."""

    def __init__(self, expansions: Optional[Mapping[str, str]] = None, is_word: Optional[WordCheck] = None):
        self._is_word = is_word
        # Keys are normalised too, so staff may write "don’t" with a curly apostrophe in the data file.
        self._expansions = {fold_text(key): value for key, value in (expansions or {}).items()}
        self._expansion_regex = compile_expansions(self._expansions)

    def __call__(self, text: str) -> NormalizedText:
        norm = fold(text, self._is_word)
        if self._expansion_regex is not None:
            norm = _substitute(norm, self._expansion_regex, lambda m: self._expansions[m.group()])
        return norm


def fold(text: str, is_word: Optional[WordCheck] = None) -> NormalizedText:
    """Everything except the expansions: lower case, NFKC, straight quotes, no invisible characters,
    stretched letters shortened, single spaces."""
    norm = NormalizedText.of(text)
    norm = _substitute(norm, _CONTROL, lambda m: " ")
    norm = _substitute(norm, _INVISIBLE, lambda m: "")
    norm = _substitute(norm, _SINGLE_QUOTES, lambda m: "'")
    norm = _substitute(norm, _DOUBLE_QUOTES, lambda m: '"')
    norm = _substitute(norm, _NON_ASCII_RUN, _fold_unicode)
    # Only ASCII can still be upper case here, and ASCII lower-casing never changes the length.
    norm = NormalizedText(norm.text.lower(), norm.starts, norm.ends)
    norm = _substitute(norm, _JOINERS, lambda m: " ")
    norm = _substitute(norm, _STRETCHED_WORD, lambda m: _unstretch(m.group(), is_word))
    if is_word is not None:
        norm = _substitute(norm, _DROPPED_G, lambda m: _restore_g(m, is_word))
    norm = _substitute(norm, _WHITESPACE, lambda m: " ")
    return _substitute(norm, _EDGE_SPACE, lambda m: "")


def fold_text(text: str) -> str:
    return fold(text).text


def normalize(
    text: str, expansions: Optional[Mapping[str, str]] = None, is_word: Optional[WordCheck] = None
) -> NormalizedText:
    """Convenience for one-off calls; build a Normalizer once when normalising many texts."""
    return Normalizer(expansions, is_word)(text)
