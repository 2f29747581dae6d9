"""Monetary amounts: the money grammar over the article text, plus spaCy's MONEY entities it misses.

spaCy's small model misses and mis-cuts many money forms (``USD34.6 million``, ``5 billion rubles``,
``between $12 million and $20 million``), so the amounts come from the money grammar
(:func:`pipeline.lang.money.find`, tables in ``pipeline/data``). spaCy adds three things:

- MONEY entities the grammar cannot read, such as bare amounts (``200 million per aircraft``), which
  the normalizer keeps only when a nearby amount gives them a currency (an entity the grammar reads
  alone but refused in context, like the rate ``92 yen to the dollar``, stays out);
- elliptical amounts: a CARDINAL with a scale of a million or more that counts nothing (it is not a
  ``nummod`` of a noun) after an amount of money in the same sentence: ``US$5 billion in aid on top of
  the four billion it has already received``; "three thousand employees" stays a count;
- the parse: a qualifier the grammar took (``over $5 million``) is dropped from the span when spaCy
  reads the word as a preposition heading the amount (``a dispute over $5 million``);
- what "each" is in a per-unit price (``Mention.features["per"]``): the noun after "each for" (``1,850 francs
  each for the remaining shares`` -> share), else the plural subject of the clause (``Jeepney drivers will
  receive 6,500 pesos each`` -> driver).

A grammar mention carries the grammar's reading of its text (``Mention.parse``, a
:class:`~pipeline.lang.money.grammar.Parsed`), so the normalizer does not read it again.
"""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Doc, Span

from ..lang.money import default_lexicon, find
from ..records import Article, Mention
from .common import doc_text, entities_of, sentence_index, to_mention

MONEY_LABELS = frozenset({"MONEY"})
PREPOSITION_DEPS = frozenset({"prep", "agent", "dative"})
ELLIPSIS_LABELS = frozenset({"CARDINAL"})
ELLIPSIS_MIN_SCALE = Decimal(10) ** 6


def _qualifier_is_preposition(doc: Doc, start: int, core_start: int) -> bool:
    """True when the words before ``core_start`` are a preposition governing the amount, not a modifier."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, core_start, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].dep_ in PREPOSITION_DEPS


def money(doc: Doc, article: Article, *, labels: frozenset[str] = MONEY_LABELS) -> list[Mention]:
    """Return MONEY mentions with character offsets into ``article.text`` (``doc.text``), in text order."""
    text = doc_text(doc)
    sent_of = sentence_index(doc)
    mentions: list[Mention] = []
    for found in find(text):
        start = found.start
        if found.qualifier_start == found.start and _qualifier_is_preposition(doc, start, found.core_start):
            start = found.core_start  # not for "between about $5 and $6 million": that range stays whole
        span = doc.char_span(start, found.end, alignment_mode="expand")
        sentence = sent_of[span.start] if span is not None and len(span) and sent_of else -1
        features = {"source": "grammar"}
        if found.per == "each" and found.per_end is not None:
            unit = _each_unit(doc, start, found.end, found.per_end)
            if unit:
                features["per"] = unit
        mentions.append(Mention(text[start : found.end], "MONEY", start, found.end, sentence, features,
                                parse=found.alone(start)))
    taken = [(m.start, m.end) for m in mentions]
    money_sentences = {m.sentence for m in mentions}
    for ent in entities_of(doc):
        label = ent.label_
        if label not in labels and label not in ELLIPSIS_LABELS:
            continue  # (most entities: skipped before their offsets are read)
        ent_start, ent_end = ent.start_char, ent.end_char
        if any(s < ent_end and ent_start < e for s, e in taken):
            continue
        if label in labels:
            if not find(ent.text):  # the grammar reads it alone but not in context: "92 yen to the dollar"
                mentions.append(to_mention(ent, "MONEY", source="spacy"))
        elif label in ELLIPSIS_LABELS and _elliptical(ent, mentions, money_sentences, sent_of):
            mentions.append(to_mention(ent, "MONEY", source="ellipsis"))
    return sorted(mentions, key=lambda m: (m.start, m.end))


PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj"})


def _each_unit(doc: Doc, start: int, end: int, each_end: int) -> str | None:
    """What "each" (ending at ``each_end``) after the amount at ``start:end`` stands for: the object of "for"
    after it, else the plural subject of the clause it is in, else its plural object ("bought 500 shares at
    $20 apiece"); the noun's lemma, or None when the parse does not say."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(each_end - 1, each_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    each = span[-1]
    after = doc[each.i + 1] if each.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "for":
        objects = [t for t in after.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
        if objects:
            return objects[0].lemma_.lower()
    amount = doc.char_span(start, end, alignment_mode="expand")
    own = set(range(amount.start, amount.end)) if amount is not None else set()
    node = each
    for _ in range(8):  # up the tree to the clause's verb: its plural subject, else its plural object
        nouns = [t for t in node.children if t.tag_ in PLURAL_NOUN_TAGS and t.i not in own]
        for deps in (SUBJECT_DEPS, OBJECT_DEPS):
            found = [t for t in nouns if t.dep_ in deps]
            if found:
                return found[0].lemma_.lower()
        if node.head == node:
            break
        node = node.head
    return None


def _elliptical(ent: Span, mentions: list[Mention], money_sentences: set[int], sent_of: list[int]) -> bool:
    """A scaled number that counts nothing, after an amount of money in its sentence ("the four billion")."""
    if not ent.doc.has_annotation("DEP") or not sent_of:
        return False
    sentence = sent_of[ent.start]
    if sentence not in money_sentences or not any(m.sentence == sentence and m.end <= ent.start_char for m in mentions):
        return False
    scales = default_lexicon().multipliers
    if not any(scales.get(t.lower_, 0) >= ELLIPSIS_MIN_SCALE for t in ent):
        return False
    return ent.root.dep_ != "nummod"  # "2 million workers" counts workers
