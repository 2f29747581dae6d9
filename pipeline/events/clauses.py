"""What the parse tells of a predicate, for typing it (:mod:`.classify`): the amount a verb measures, a
subject of mood or nature, the period a participle bounds, the verb above a word, the tense of the nearest
verb, the event verb of a participle. Plain ``Word`` records, no spaCy, no types."""

from __future__ import annotations

from typing import Sequence

from ..lang.events import TEMPORAL_NOUNS, known_verbs, verbs, word_class
from ..records import Predicate, Sentence, Word
from .tree import AUX_DEPS, TO_WORDS, children, has_dep, nouns_at, subject_of

OCCASIONS = frozenset({"time", "occasion"})  # "the last time they met was in October"


def infinitive_after(words: Sequence[Word], verb: int) -> int:
    """The "to" infinitive a verb takes after it, as complement or purpose ("declined to comment", "gathered
    to protest"), by word index; -1 when there is none ("rose to 5%" has no verb there)."""
    return next((c for c in children(words, verb) if c > verb and words[c].dep in ("xcomp", "advcl")
                 and words[c].tag == "VB" and has_dep(words, c, AUX_DEPS, TO_WORDS)), -1)


NOT_ECONOMIC = frozenset({"mood", "nature"})  # what rises or falls outside the economy


def of_mood(sentence: Sentence, pred: Predicate) -> bool:
    """Is the subject of the verb at ``pred`` a mood ("tensions rose", "fears grew") or a thing of nature or
    a toll ("floodwaters rose", "temperatures fell", "the death toll rose to 50"): no amount of the economy?"""
    subject = subject_of(sentence, pred.word)
    return subject >= 0 and bool(NOT_ECONOMIC & word_class(sentence.words[subject].lemma))


def of_happening(sentence: Sentence, pred: Predicate) -> bool:
    """True when the subject or object of the verb at ``pred`` is an event noun or a span of time: "the search
    ended", "closed its annual session", "the quarter ended Sept. 30" end a happening or a period, not an
    amount."""
    nouns = nouns_at(sentence)
    words = sentence.words
    return any(i in nouns or words[i].lemma.lower() in TEMPORAL_NOUNS  # "the quarter ended Sept. 30"
               or words[i].ent in ("DATE", "TIME")  # "spent Monday at home"
               for i in (subject_of(sentence, pred.word), pred.object, described(words, pred.word))
               if 0 <= i < len(words))


def described(words: Sequence[Word], verb: int) -> int:
    """The noun a participle describes ("the quarter ended Sept. 30": quarter), else -1."""
    return words[verb].head if words[verb].dep == "acl" else -1


AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
AMOUNT_DEPTH = 5  # "to finish the day at a level of 5,210.17": the number four words down
AMOUNT_DEPS = frozenset({"dobj", "npadvmod", "prep", "advmod", "nsubj", "nsubjpass", "attr"})


def has_amount(words: Sequence[Word], verb: int) -> bool:
    """True when the verb at ``verb`` measures an amount: a number in its object, its subject or a phrase it
    governs ("fell 2% to $5", "closed at 10,000", "totaled $34 million"), not "closed its annual session"
    or "the search ended"."""
    todo = [c for c in children(words, verb) if words[c].dep in AMOUNT_DEPS]
    for _ in range(AMOUNT_DEPTH):
        todo = [c for c in todo if words[c].ent not in ("DATE", "TIME")]  # "ended Sept. 30" counts no amount
        if any(words[c].pos == "NUM" or words[c].ent in AMOUNT_ENTS or words[c].lemma == "%" for c in todo):
            return True
        todo = [g for c in todo for g in children(words, c)]
    return False


def name_words(words: Sequence[Word], i: int) -> list[int]:
    """The first words of the proper name headed by word ``i`` ("Hurricane" of "Hurricane Georges")."""
    if words[i].pos != "PROPN":
        return []
    return [c for c in children(words, i) if words[c].dep == "compound" and c < i]


def predicate_above(sentence: Sentence, word: int) -> Predicate | None:
    """The nearest verb predicate above word ``word`` in the parse."""
    verbs_at = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    words, node, seen = sentence.words, words_head(sentence.words, word), {word}
    while 0 <= node < len(words) and node not in seen:
        if node in verbs_at:
            return verbs_at[node]
        seen.add(node)
        node = words[node].head
    return None


def words_head(words: Sequence[Word], i: int) -> int:
    return words[i].head if 0 <= i < len(words) else -1


def participle_verb(word: str) -> str | None:
    """The event verb an adjective in -ed is the participle of ("closed", "halted", "banned"), or None."""
    word = word.lower()
    if not word.endswith("ed"):
        return None
    for stem in (word[:-1], word[:-2], word[:-3]):  # "closed", "halted", "banned"
        if stem in known_verbs() and stem not in verbs("no_event") and stem not in verbs("never_trigger"):
            return stem
    return None


def clause_of(words: Sequence[Word], clause: int, copula: int) -> bool:
    """True when the clause at ``clause`` hangs from the copula directly or through its predicate noun; a
    relative clause on the subject describes the subject ("the suspect, who surrendered on Jan. 3, appeared
    in court yesterday": appeared is no surrender), except on a subject that is an occasion ("the last time
    the two leaders met was in October": met)."""
    head = words[clause].head
    if head == copula:
        return True
    return words[head].head == copula and (
        words[head].dep in ("attr", "acomp")
        or (words[head].dep == "nsubj" and (words[clause].dep != "relcl" or words[head].lemma.lower() in OCCASIONS)))


def tense_of(sentence: Sentence | None, pred: Predicate | None) -> str | None:
    """The predicate's tense, or that of the nearest verb above it ("made its first flight": past;
    "is expected to be ready": present)."""
    if pred is None or sentence is None or pred.tense:
        return pred.tense if pred else None
    by_word = {p.word: p for p in sentence.predicates if p.kind != "noun"}
    words, node, seen = sentence.words, pred.word, set()
    while 0 <= node < len(words) and node not in seen:
        seen.add(node)
        above = by_word.get(node)
        if above is not None and above.tense:
            return above.tense
        if words[node].dep == "xcomp" and words[words[node].head].lemma.lower() in verbs("intention"):
            return "future"  # "is scheduled to arrive", "plans to visit"
        node = words[node].head
    return None
