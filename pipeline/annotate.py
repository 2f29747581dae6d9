"""Stage 2: run spaCy. The only module that names or loads a spaCy pipeline.

``load_nlp(settings)`` loads the configured pipeline once per process (with the project's tokenizer
additions); ``annotate(articles, nlp)`` streams ``(Doc, Article, start)`` through ``nlp.pipe``. Texts longer
than ``settings.max_length`` are cut at paragraph (or sentence, or space) boundaries and analysed piece by
piece: each piece is its own Doc, never joined into one, so a long article costs the memory of one piece
(:mod:`pipeline.analyze` puts the pieces' mentions back together with offsets into the whole text).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
import threading
from typing import Any, ContextManager, Iterable, Iterator

import spacy
from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from . import tables
from .config import DEFAULTS, Settings
from .errors import ConfigError, Errors
from .model import describe
from .records import Article

# Characters that stand for something lost (U+FFFD) or that separate words without spaces must be
# tokens of their own, so "universities\ufffd 40" does not glue a word and a number together.
SPLIT_CHARS = ("\ufffd",)


# Prefixes a hyphen does not split from their word: "re-elected", "re-open", "co-founder", "pre-orders" stay one
# token, which the tagger and parser read as a verb or noun (split, "re" became the root of the sentence).
HYPHEN_PREFIXES = ("re", "co", "pre", "non")
_NOT_AFTER_PREFIX = "".join(rf"(?<!\b{p})(?<!\b{p.capitalize()})" for p in HYPHEN_PREFIXES)


def _keep_prefixes(pattern: str) -> str:
    """The tokenizer's infix ``pattern`` for a hyphen between letters, not splitting after ``HYPHEN_PREFIXES``."""
    return _NOT_AFTER_PREFIX + pattern if pattern.startswith("(?<=") and "(?:-|" in pattern else pattern


def add_tokenizer_rules(nlp: Language) -> None:
    """Make the characters of ``SPLIT_CHARS`` tokens of their own in ``nlp``'s tokenizer, and keep the
    ``HYPHEN_PREFIXES`` on their words (done by :func:`load_nlp`)."""
    chars = "".join(re.escape(c) for c in SPLIT_CHARS)
    for attr, compile_fn, fmt in (
        ("infix", spacy.util.compile_infix_regex, "[{}]"),
        ("prefix", spacy.util.compile_prefix_regex, "^[{}]"),
        ("suffix", spacy.util.compile_suffix_regex, "[{}]$"),
    ):
        defaults = list(getattr(nlp.Defaults, f"{attr}es") or ())
        if attr == "infix":
            defaults = [_keep_prefixes(p) for p in defaults]
        regex = compile_fn([fmt.format(chars), *defaults])
        setattr(nlp.tokenizer, f"{attr}_{'finditer' if attr == 'infix' else 'search'}",
                regex.finditer if attr == "infix" else regex.search)


PREFIX_LEMMAS = "factbox_prefix_lemmas"
# A prefix kept on its word (LEMMA_PREFIXES of HYPHEN_PREFIXES) is left out of the lemma: "re-elected", "pre-orders" and
# "co-hosted" are an election, orders and hosting ("elect", "order", "host"); before a vowel "co" is part of
# the word ("co-operation" is "cooperation"); "non-" words keep their lemma
LEMMA_PREFIXES = ("re", "pre", "co")
VOWEL_JOINED = frozenset({"co"})
RE_PREFIXED = re.compile(rf"\b({'|'.join(LEMMA_PREFIXES)})-(?=[a-z])", re.I)


@Language.factory(PREFIX_LEMMAS)
def make_prefix_lemmas(nlp: Language, name: str) -> Any:
    """The lemma of a word with a hyphenated prefix (``LEMMA_PREFIXES``): the rule lemmatizer, which only knows
    words without it, gives "re-electe" for "re-elected"; this lemmatizes the word after the hyphen."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    vocab = nlp.vocab

    def prefix_lemmas(doc: Doc) -> Doc:
        found = list(RE_PREFIXED.finditer(doc.text))
        if not found:
            return doc
        starts = doc.to_array([IDX]).tolist()
        for m in found:
            i = bisect.bisect_left(starts, m.start())
            if i >= len(doc) or starts[i] != m.start():
                continue
            token = doc[i]
            if len(token.text) <= m.end() - m.start():
                continue  # the tokenizer split this one ("RE-ELECTED"): nothing after the hyphen in the token
            rest = Doc(vocab, words=[token.lower_[m.end() - m.start():]], pos=[token.pos_], morphs=[str(token.morph)])
            prefix = m.group(1).lower()
            joined = prefix in VOWEL_JOINED and rest[0].text[:1] in "aeiou"
            token.lemma_ = (prefix if joined else "") + lemmatizer.lemmatize(rest[0])[0]
        return doc

    return prefix_lemmas


def add_prefix_lemmas(nlp: Language) -> None:
    """Add the :func:`make_prefix_lemmas` component after the rule lemmatizer of ``nlp`` (done by :func:`load_nlp`)."""
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule" \
            and PREFIX_LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(PREFIX_LEMMAS, after="lemmatizer")


PARAGRAPH_BREAKS = "factbox_paragraph_breaks"


HEADER_BREAKS = "factbox_header_breaks"  # user_data key: character offsets where the header's parts end


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and where the article's header parts end (the offsets
    :func:`annotate` stores in ``doc.user_data``), before the parser runs (the parser keeps boundaries set
    before it): a headline, a dateline and the first sentence of the body are three sentences, not one
    ("Apple unveils iPhone 4 at WWDC 2010\n\nJune 8, 2010\n\nYesterday, ... unveiled ...", and "Officer
    wounded in shootout\nWASHINGTON (AP) -- A police officer was shot ...")."""
    if len(doc) < 2:
        return doc
    spaces = doc.to_array([IS_SPACE]).nonzero()[0]  # no Token for every word
    for i in spaces:
        if i + 1 < len(doc) and doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    _starts_after_abbreviations(doc)
    breaks = doc.user_data.pop(HEADER_BREAKS, ())
    if breaks:
        starts = doc.to_array([IDX]).tolist()
        space = set(spaces.tolist())
        for offset in breaks:
            i = bisect.bisect_left(starts, offset)
            while i < len(doc) and i in space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
    return doc


# a lower-case word after an abbreviation's period on the same line: "at 8:30 a.m. local time, as ...", which
# the parser may take for a new sentence
RE_LOWER_AFTER_ABBREVIATION = re.compile(r"(?<=[A-Za-z]\.)[ \t]+(?=[a-z])")
# nor a day or a time zone after "a.m."/"p.m.": "struck at 10:47 a.m. Saturday, toppling homes", "at 4 p.m. EDT",
# "at 11:07 a.m. Beijing time" (a place's time; not "at 9 a.m. Next time, ...")
RE_DAY_AFTER_CLOCK = re.compile(r"(?<=\b[aApP]\.[mM]\.)[ \t]+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                                r"Saturday|Sunday|today|yesterday|tomorrow|tonight|[ECMP][SD]T|GMT|UTC|Eastern|"
                                r"Central|Mountain|Pacific|local)\b|(?!(?:Next|This|That|Last|Each|Every|Some|Any|No|"
                                r"The|Other|First|At|By|For|Over|Half|Full|Part|Prime|Extra|Lunch|Dinner|Show)\b)"
                                r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+[Tt]ime\b)")

# but a capitalised closed-class word after "a.m."/"p.m." starts a sentence ("spoke at 10 p.m. On Monday
# afternoon, he had ..."), which the parser, taking the period for the abbreviation's, may run on
RE_START_AFTER_CLOCK = re.compile(r"(?<=\b[aApP]\.[mM]\.)[ \t]+(?=(?:On|In|At|By|For|From|After|Before|During|When|"
                                  r"While|The|A|An|This|That|These|Those|He|She|It|They|We|I|His|Her|Its|Their|"
                                  r"But|And|Yet|Then)\b)")



@functools.cache
def _start_after_region() -> re.Pattern[str]:
    """A capitalised word after "City, St." (an AP-style state or province abbreviation, whose period ends
    the sentence too): "its sawmill at Longview, Wash. Directors, meeting ...", "in Wichita, Kan. At least";
    inside a sentence the abbreviation takes a comma ("in Longview, Wash., the mill")."""
    names = sorted(tables.load_json("place_abbreviations.json"), key=len, reverse=True)
    return re.compile(rf"\b[A-Z][a-z]+,[ \t](?:{'|'.join(re.escape(n) for n in names)})[ \t]+(?=[A-Z])")


def _starts_after_abbreviations(doc: Doc) -> None:
    """Mark a lower-case word right after an abbreviation ("a.m.", "Inc.") as no sentence start, before the
    parser runs (news sentences start with a capital, so the period was the abbreviation's), and a day or a
    time zone right after "a.m."/"p.m." (a clock time's day: "at 10:47 a.m. Saturday"); a capitalised
    closed-class word after "a.m."/"p.m." as a sentence start ("at 10 p.m. On Monday, he")."""
    found = [m.end() for regex in (RE_LOWER_AFTER_ABBREVIATION, RE_DAY_AFTER_CLOCK) for m in regex.finditer(doc.text)]
    opened = [m.end() for regex in (RE_START_AFTER_CLOCK, _start_after_region()) for m in regex.finditer(doc.text)]
    if not found and not opened:
        return
    starts = doc.to_array([IDX]).tolist()
    for offset in opened:
        i = bisect.bisect_left(starts, offset)
        if 0 < i < len(doc) and starts[i] == offset:
            doc[i].is_sent_start = True
    for offset in found:
        i = bisect.bisect_left(starts, offset)
        if 0 < i < len(doc) and starts[i] == offset and doc[i].is_sent_start is None:
            doc[i].is_sent_start = False


def header_breaks(article: Article, start: int, end: int) -> list[int]:
    """Offsets into ``article.text[start:end]`` where a header part ends: the title, the dateline (its start:
    what stands before it is the title or a byline) and the header as a whole."""
    found = {article.body_start}
    if article.title_span is not None:
        found.add(article.title_span[1])
    if article.dateline is not None:
        found.add(article.dateline.start)
    return sorted(offset - start for offset in found if start < offset < end)


def add_paragraph_breaks(nlp: Language) -> None:
    """Add :func:`paragraph_breaks` before the parser of ``nlp`` (done by :func:`load_nlp`)."""
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


_LOADING = threading.Lock()


def load_nlp(model: str = DEFAULTS.model, max_length: int = DEFAULTS.max_length) -> Language:
    """Load an installed spaCy pipeline by name or path, once per process (and once across threads, as in a
    Dask worker running several tasks at a time)."""
    with _LOADING:
        return _load_nlp(model, max_length)


@functools.cache
def _load_nlp(model: str, max_length: int) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(Errors.E004.format(model=model)) from exc
    add_tokenizer_rules(nlp)
    add_paragraph_breaks(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        index_attribute_rules(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        cache_rule_lemmas(nlp.get_pipe("lemmatizer"))
    add_prefix_lemmas(nlp)
    nlp.max_length = max(max_length + 1, nlp.max_length)
    _STRINGS_AT_LOAD[id(nlp)] = len(nlp.vocab.strings)
    return nlp


def nlp_for(settings: Settings) -> Language:
    return load_nlp(settings.model, settings.max_length)


# Every new word a pipeline sees stays in its vocabulary for good, so a process analysing millions of
# articles grows without end (https://github.com/explosion/spaCy/discussions/10015). A memory zone frees
# what a batch added, but also makes every batch rebuild the lexemes of common words (~20% slower). So the
# first VOCAB_KEEP new strings (the corpus's common words, ~25 MB) are kept, and only later batches run
# in a memory zone: memory stays flat, and speed stays that of a warm vocabulary.
VOCAB_KEEP = 100_000
_STRINGS_AT_LOAD: dict[int, int] = {}


def batch_zone(nlp: Language, *, keep: int = VOCAB_KEEP) -> ContextManager:
    """The context to analyse one batch in: a no-op while the vocabulary may still grow, else
    ``nlp.memory_zone()``. Docs made inside a zone must not be used after it (make records inside)."""
    base = _STRINGS_AT_LOAD.setdefault(id(nlp), len(nlp.vocab.strings))
    if len(nlp.vocab.strings) - base < keep:
        return contextlib.nullcontext()
    return nlp.memory_zone()


# ----------------------------------------------------------------------------------------- the lemmatizer
# spaCy's rule lemmatizer caches its answer per (word, POS, morphology) only when it applied its rules, not
# when it returns the word itself (a base form, a POS without rules), so most tokens are worked out again
# each time: ~10% of the pipeline's time. cache_rule_lemmas() caches every answer under spaCy's own key; the
# function is the same, so the lemmas are too (tests/test_annotate.py compares them with the stock pipeline).
LEMMA_CACHE_SIZE = 200_000


def cache_rule_lemmas(lemmatizer: Any) -> None:
    """Give a rule-mode Lemmatizer a cache of all its answers (other modes are left as they are)."""
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    rule_lemmatize = lemmatizer.rule_lemmatize
    cache: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = cache.get(key)
        if found is None:
            found = rule_lemmatize(token)
            if len(cache) < LEMMA_CACHE_SIZE:
                cache[key] = found
        return found

    lemmatizer.lemmatize = lemmatize


# ----------------------------------------------------------------------------------- the attribute ruler
# The attribute_ruler of the trained English pipelines maps tags to POS/morphology and fixes a few words
# with ~180 one-token patterns; its Matcher tries every pattern on every token, ~10% of the whole
# pipeline's time. index_attribute_rules() keeps the component, its patterns and the order they apply in,
# and only finds the matches of its simple patterns (one token; exact, IN and NOT_IN values of the
# attributes below) by dictionary lookups. Any other pattern (several tokens, REGEX, operators, other
# attributes) stays with a Matcher of its own. tests/test_annotate.py checks the annotations are identical.
_LOOKUP_ATTRS = ("LOWER", "ORTH", "NORM", "TAG", "DEP", "IS_SPACE")  # in order of preference as index


def _compile_condition(attr: str, value: object, strings) -> tuple[str, str, object] | None:
    """One token condition as ``(attr, op, value)`` with string values hashed, or None if not supported."""
    def h(v: object) -> int | None:
        if attr == "IS_SPACE":
            return int(v) if isinstance(v, bool) else None
        return strings.add(v) if isinstance(v, str) else None

    if isinstance(value, dict):
        if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
            return None
        op, items = next(iter(value.items()))
        hashed = [h(v) for v in items] if isinstance(items, (list, tuple)) else [None]
        return None if None in hashed else (attr, op, frozenset(hashed))
    hashed_value = h(value)
    return None if hashed_value is None else (attr, "EQ", hashed_value)


def index_attribute_rules(ruler) -> None:
    """Make ``ruler`` (an AttributeRuler) find its matches by lookup tables; annotations stay identical."""
    from spacy.matcher import Matcher

    strings = ruler.vocab.strings
    column = {attr: i for i, attr in enumerate(_LOOKUP_ATTRS)}
    indexed: dict[tuple[int, int], list[tuple[int, int, tuple]]] = {}  # (column, value) -> rules
    always: list[tuple[int, int, tuple]] = []  # rules with no EQ/IN condition to index them by
    rest = Matcher(ruler.vocab, validate=False)
    for attr_id, entry in enumerate(ruler.patterns):
        key = strings.add(str(attr_id))
        for pattern in entry["patterns"]:
            conditions = None
            if len(pattern) == 1 and all(k in column for k in pattern[0]):
                conditions = [_compile_condition(k, v, strings) for k, v in pattern[0].items()]
            if not conditions or None in conditions:
                rest.add(str(attr_id), [pattern])
                continue
            checks = tuple((column[a], op, v) for a, op, v in conditions)
            anchor = min((c for c in checks if c[1] in ("EQ", "IN")), default=None, key=lambda c: c[0])
            if anchor is None:
                always.append((attr_id, key, checks))
                continue
            rule = (attr_id, key, tuple(c for c in checks if c is not anchor))  # the lookup checks the anchor
            for value in (anchor[2] if anchor[1] == "IN" else (anchor[2],)):
                indexed.setdefault((anchor[0], value), []).append(rule)
    from spacy.attrs import IDS

    attr_ids = [IDS[a] for a in _LOOKUP_ATTRS]
    anchors = sorted({c for c, _ in indexed})
    lookup = indexed.get
    n_rules = len(ruler.attrs)

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches ``AttributeRuler.match`` returns: ``(attr_id, key, start, end)``, sorted."""
        if len(ruler.attrs) != n_rules:  # patterns were added since: index them again
            index_attribute_rules(ruler)
            return ruler.match(doc)
        found = set()
        for i, row in enumerate(doc.to_array(attr_ids).tolist()):
            candidates = [rule for c in anchors for rule in lookup((c, row[c]), ())]
            for attr_id, key, checks in (*candidates, *always) if always else candidates:
                if not checks or all(row[c] == v if op == "EQ" else (row[c] in v) == (op == "IN")
                                     for c, op, v in checks):
                    found.add((attr_id, key, i, i + 1))
        if len(rest):
            for key, start, end in rest(doc, allow_missing=True, as_spans=False):
                found.add((int(strings[key]), key, start, end))
        return sorted(found)

    ruler.match = match


def model_info(nlp: Language) -> dict[str, str]:
    """Name and version of the pipeline, recorded in every output."""
    return describe(nlp.meta, spacy.__version__)


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))

# Characters sent to spaCy in one nlp.pipe batch. The parser's and NER's working memory grows with the
# characters in a batch (about 3 KB per character with en_core_web_sm: ~450 MB for this many), not with the
# number of texts, so a batch holds at most PIPE_CHARS characters, or one piece if that is longer.
PIPE_CHARS = 100_000


def iter_pieces(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the pieces of ``text``, each at most ``limit`` characters, cut at the strongest
    boundary available (paragraph, line, sentence end, space, else anywhere). Each piece keeps its trailing
    whitespace, so the pieces cover the text exactly; a text of ``limit`` characters or fewer is one piece."""
    start, size = 0, len(text)
    while size - start > limit:
        window = start + limit
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(text, start, window)]
            if ends and ends[-1] - start > limit // 4:
                cut = ends[-1]
                break
        cut = cut or window  # no boundary at all: a hard cut
        yield start, cut
        start = cut
    if start < size or not size:
        yield start, size


def annotate(
    articles: Iterable[Article], nlp: Language, *, batch_size: int = 32, max_length: int = DEFAULTS.max_length
) -> Iterator[tuple[Doc, Article, int]]:
    """Yield ``(doc, article, start)`` for each piece of each article, in input order.

    ``doc.text == article.text[start:start + len(doc.text)]``. An article of at most ``max_length``
    characters is one piece (its whole text, ``start`` 0); a longer one is cut by :func:`iter_pieces`.
    Texts go to ``nlp.pipe`` in batches of at most ``batch_size`` pieces and :data:`PIPE_CHARS` characters
    (or one piece, if longer), so memory is bounded by the batch, never by the length of an article. The
    pieces are cut as they are needed: a long article is never held as a list of copies.
    """
    def pieces() -> Iterator[tuple[str, tuple[Article, int]]]:
        for article in articles:
            for start, end in iter_pieces(article.text, max_length):
                yield article.text[start:end], (article, start)

    def prepared(text: str, article: Article, start: int) -> str | Doc:
        """The text, or its Doc (tokenized here, as nlp.pipe would) carrying the header's breaks."""
        breaks = header_breaks(article, start, start + len(text))
        if not breaks:
            return text
        doc = nlp.make_doc(text)
        doc.user_data[HEADER_BREAKS] = breaks
        return doc

    budget = max(PIPE_CHARS, max_length)
    stream = pieces()
    group: list[tuple[str, tuple[Article, int]]] = []
    chars = 0
    while True:
        item = next(stream, None)
        if group and (item is None or len(group) >= batch_size or chars + len(item[0]) > budget):
            texts = [prepared(text, article, start) for text, (article, start) in group]
            for doc, (_, (article, start)) in zip(nlp.pipe(texts, batch_size=len(texts)), group, strict=True):
                yield doc, article, start
            group, chars = [], 0
        if item is None:
            return
        group.append(item)
        chars += len(item[0])
