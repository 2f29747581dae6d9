"""Seasons and weekends said on a noun, which the date grammar leaves to the parse: a season or a weekend naming
when a happening was ("the summer floods", "a weekend earthquake", "weekend elections", "its fall schedule"), and a
season described ("a cold, wet spring kept customers away", "Florida's driest spring in a century").

Not a kind of thing ("a winter storm", "spring wheat", "the weekend anchor"), not "fall" as a noun of its own ("a
sharp fall"), and not a spring of water ("a hot spring").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang.events import is_event_noun

SEASON_WORDS = frozenset({"winter", "spring", "summer", "fall", "autumn"})
# nouns a season names a kind of, not a time ("a winter storm", "spring wheat", "the Summer Olympics")
KIND_OF_SEASON = frozenset({
    "storm", "weather", "blizzard", "snowstorm", "olympics", "olympic", "game", "solstice", "equinox", "wheat",
    "crop", "coat", "clothing", "clothes", "tire", "camp", "school", "training", "fashion", "collection", "sport",
    "residence", "cottage", "home", "house", "resort", "palace", "bonus", "uniform", "chinook", "salmon", "job",
    "internship", "plowing", "heating", "line", "guy", "water", "roll", "cleaning",
})
# nouns a weekend names a kind of ("the weekend anchor", "a weekend getaway")
KIND_OF_WEEKEND = frozenset({
    "anchor", "edition", "warrior", "host", "pass", "getaway", "shift", "newspaper", "paper", "show", "program",
    "programming", "home", "house", "job", "cottage",
})
# nouns of a time-bound thing a season or a weekend dates, beside the event nouns ("its fall schedule", "summer
# travelers", "weekend rains")
TIME_BOUND = frozenset({
    "schedule", "season", "travel", "traveler", "merchandise", "vacation", "holiday", "break", "term", "semester",
    "lineup", "rain", "flood", "sales", "driving", "selling", "offensive", "swoon", "slowdown", "lull",
})
COUNTING = frozenset({"every", "each", "all", "some", "several", "many", "most", "few"})
NOT_SEASON_ADJECTIVES = frozenset({"hot", "mineral", "natural", "thermal", "coil", "leaf"})  # "a hot spring"


def named_on_nouns(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The (start, end, text to read) of each season or weekend said on a noun outside the spans ``taken``."""
    out = []
    for token in doc:
        word = token.lower_
        if word not in SEASON_WORDS and word != "weekend":
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in taken) or _named(token) or _after_a_date(token, taken):
            continue
        if _dates_a_noun(token) or (word in SEASON_WORDS and _described(token)):
            out.append((start, end, "the weekend" if word == "weekend" else token.text))
    return out


def _dates_a_noun(token: Token) -> bool:
    """Is ``token`` a modifier of a later noun of a happening or a time-bound thing ("the summer floods")?"""
    head = token.head
    if token.dep_ not in ("compound", "nmod", "amod") or head.i <= token.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in token.doc[token.i + 1:head.i]):
        return False  # (only a noun phrase between: "the spring selling season")
    kinds = KIND_OF_WEEKEND if token.lower_ == "weekend" else KIND_OF_SEASON
    if any(t.lemma_.lower() in kinds or t.lower_ in kinds for t in token.doc[token.i + 1:head.i + 1]):
        return False  # (a kind named on the way: "its winter plowing budget")
    if head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" or c.lower_ in COUNTING for c in head.children):
        return False  # many of them, no one time: "the second of four weekend closings", "every weekend game"
    lemma = head.lemma_.lower()
    return lemma in TIME_BOUND or is_event_noun(lemma, text=head.lower_)


def _named(token: Token) -> bool:
    """Is ``token`` part of a name ("the Winter Games", "the Spring Festival"): capitalized inside a sentence,
    or before a capitalized noun?"""
    head = token.head
    return (token.text[:1].isupper() and not token.is_sent_start) or (
        head.i == token.i + 1 and head.text[:1].isupper() and head.pos_ == "PROPN")


def _after_a_date(token: Token, taken: list[tuple[int, int]]) -> bool:
    """Does a date own the noun phrase ``token`` is in ("This year's autumn grain harvest")?"""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.tag_ == "POS" and any(e == before.idx for _, e in taken)


def _described(token: Token) -> bool:
    """Is the season ``token`` a noun of its own, with "a" or an owner and an adjective ("a cold, wet spring",
    "Florida's driest spring")? Not "fall" (a decline), not a spring of water."""
    if token.lower_ == "fall" or token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    children = list(token.children)
    adjectives = [c for c in children if c.dep_ == "amod" and c.tag_ in ("JJ", "JJR", "JJS") and c.i < token.i]
    if not adjectives or any(a.lower_ in NOT_SEASON_ADJECTIVES for a in adjectives):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return False  # "a long summer of protests" is a time too, but "a spring of hope" is none: left alone
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "poss" for c in children)
