"""What a change or a result ends in, read from plain ``Word`` records (no spaCy here), for
:mod:`.companions`: the close a change ends at ("rebounded to close at 8,962"), the title a result wins ("beat
Nadal to win the title"), and the event noun of the phrase a figure or an object was reached in ("to $21.375 in
heavy trading", "left rates unchanged at its meeting"); the opening or close of the market something is done
before or after ("announced the results after the market closed yesterday")."""

from __future__ import annotations

from typing import Sequence

from ..records import Word
from .tree import AUX_DEPS, TO_WORDS, children, has_dep

RESULTS = frozenset({"beat", "clinch", "defeat", "win"})  # a result and the title it wins
COMEBACKS = frozenset({"rally", "recover", "come back", "fight back"})  # "rallying from a set down to beat her"
# goals, shots and rounds and the result they give: "scored twice to give Atletico a 2-1 victory", "shot a
# 4-under 68 on Sunday to win the Classic", "sank a 12-foot putt to win"
SCORING = frozenset({"score", "net", "head", "convert", "kick", "strike", "shoot", "sink", "birdie", "eagle", "hole",
                     "card"})
GIVING = frozenset({"give", "hand", "earn", "secure", "seal", "clinch", "snatch", "win", "take"})
ADVANCING = frozenset({"reach", "advance", "book"})  # the round a win takes one to: "beat her to reach the final"
FIGURE_PREPS = frozenset({"to", "at", "from"})  # what a price or figure moved to or stood at
FIGURE_ENTS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
SESSION_ENDS = frozenset({"close", "end", "finish", "settle"})  # "fell 2% to close at 10,000"
MARKETS = frozenset({"bell", "bourse", "exchange", "market", "markets", "session", "trading"})
EDGES = frozenset({"before", "after"})


def held_in(words: Sequence[Word], obj: int, by_word: dict) -> int:
    """The event noun of an "at" or "during" phrase the parser hung on an adjective of the object ``obj``
    ("left rates unchanged at its meeting": the leaving is at the meeting), or -1."""
    for a in children(words, obj):
        for prep in children(words, a) if words[a].pos == "ADJ" else ():
            if words[prep].lemma.lower() in ("at", "during"):
                for g in children(words, prep):
                    if words[g].dep == "pobj" and g in by_word and by_word[g].kind == "noun":
                        return g
    return -1


def traded_in(words: Sequence[Word], prep: int, by_word: dict) -> int:
    """The event noun in an "in" phrase on the figure a verb of change reached ("to $21.375 in heavy trading"),
    which the parser hangs on the figure, not the verb; -1 when there is none."""
    for figure in children(words, prep):
        if words[figure].dep == "pobj" and (words[figure].ent in FIGURE_ENTS or words[figure].pos == "NUM"):
            for p in children(words, figure):
                if words[p].dep == "prep" and words[p].lemma.lower() in ("in", "during"):
                    for g in children(words, p):
                        if words[g].dep == "pobj" and g in by_word and by_word[g].kind == "noun":
                            return g
    return -1


def ends_in(words: Sequence[Word], lemma: str, c: int, changes: frozenset[str]) -> bool:
    """Is the "to" infinitive at ``c`` what the verb of lemma ``lemma`` ends in, at the same time: the close of
    a change ("rebounded to close at 8,962"; not a purpose with an object: "cut prices to close the gap"), the
    title a result wins ("beat Nadal to win the title")?"""
    if not has_dep(words, c, AUX_DEPS, TO_WORDS):
        return False
    ending = words[c].lemma.lower()
    if lemma in changes and ending in SESSION_ENDS:  # an object after a comma restates the close: "to close at
        # 8,459, its lowest finish since June"
        return not any(words[k].dep == "dobj" and "," not in (w.lemma for w in words[c:k]) for k in children(words, c))
    return (lemma in RESULTS | COMEBACKS and ending in RESULTS | ADVANCING) or (lemma in SCORING and ending in GIVING)


def market_hours(words: Sequence[Word], clause: int) -> bool:
    """Is the clause at ``clause`` the market opening or closing that something is done just before or after ("was
    announced before the market opened yesterday", "released after the market closed Tuesday"): the same day?"""
    subject = next((c for c in children(words, clause) if words[c].dep in ("nsubj", "nsubjpass")), -1)
    return words[clause].lemma.lower() in ("open", "close") and subject >= 0 \
        and words[subject].lemma.lower() in MARKETS and has_dep(words, clause, frozenset({"mark"}), EDGES)
