"""Temporal expressions: the date grammar's spans over the text, plus spaCy DATE/TIME entities it missed.

The grammar (:mod:`pipeline.lang.dates`) finds the expressions with TimeML extents
("on [August 8]", "[the end of 2018]", "[July-August 2001]"); spaCy's DATE/TIME entities are added where they
overlap none of them (the normalizer drops the ones it cannot read). The Doc is used for what the text alone
cannot tell:

- a bare number that reads like a year but counts things ("2000 jobs": the next word is a plural noun) is
  not a date;
- each mention carries the tense of the verb that governs it (``features["tense"]``: ``past``,
  ``present``, ``future`` or None), which the normalizer uses to place weekdays and year-less dates, and
  that verb's offset (``features["verb"]``), so a bare time of day finds the day of its own clause, and
  whether that verb heads a relative clause (``features["relative"]``: such a date sets no scene; told in the
  past perfect or a participle, naming a happening ("Friday's plunge"), or a report's after the day of what
  it reports, ``features["background"]``, it is no day for a later bare time), and the
  first of the verbs it is coordinated with (``features["clause"]``: "taken into custody at 3 a.m. and
  charged Saturday" share it).

Each mention also carries the grammar's reading of its text (``Mention.parse``, a
:class:`~pipeline.lang.dates.grammar.Reading`), so the normalizer does not read it again.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span, Token

from ..lang.dates import Found, Grammar, grammar
from ..lang.dates.relative import RE_QUALIFIED_NOUN
from ..lang.events import (
    ATTRIBUTE_DEPS,
    IN_FORCE_FROM,
    SAME_PAST_FORMS,
    is_event_noun,
    repaired_lemma,
    verbs,
    word_class,
)
from ..records import Article, Mention
from .common import doc_text, entities_of, sentence_index

DATE_LABELS = frozenset({"DATE", "TIME"})
TIME_RULES = frozenset({"time", "datetime"})
YEAR_RULES = frozenset({"year", "year_range", "short_year"})
NUMBER_RULES = frozenset({"year", "year_words", "year_range", "short_year", "numeric", "decade", "time"})
# Rules whose context guards also judge the model's DATE entities: numbers, and a half or a quarter of the
# year named alone ("the second half" of a match, "12 points in the fourth quarter" are no dates).
CHECKED_RULES = NUMBER_RULES | {"half", "quarter"}
# Rules whose reading depends on the context the scan saw: "a year" after "3%" is a rate (SET), alone a duration.
CONTEXT_RULES = frozenset({"set_rate"})
# Words before a number that make it an identifier, not a year ("No. 1984", "Flight 2005").
NOT_YEAR_BEFORE = frozenset({
    "no", "no.", "number", "#", "flight", "route", "highway", "page", "pages", "room", "model", "version",
    "windows", "office", "item", "article", "section", "chapter", "paragraph", "rule", "resolution", "code",
    "line", "gate", "platform",
})
# Words that make a weekday the name of one day in history, not a day of the week talked about ("Black
# Monday", "Bloody Sunday", "Super Tuesday"); "Black Friday" and "Cyber Monday" are holidays.
NAMED_DAY_WORDS = frozenset({"black", "bloody", "blue", "super", "giving", "manic", "mega", "terrible"})
ORDER_HEADS = frozenset({"order", "demand", "require", "direct", "instruct", "want"})  # "ordered him freed"
FUTURE_HEADS = frozenset({"expect", "plan", "schedule", "set", "due", "aim", "intend", "hope", "want", "go",
                          "slate", "prepare", "seek", "promise", "agree", "propose", "vow", "pledge", "threaten",
                          # appeals and orders: "urged the House to act before the August recess"
                          "urge", "ask", "call", "press", "encourage", "invite", "order", "appeal", "demand"})
# participles that name a plan on their own ("the vote scheduled next week", "talks planned Monday"); the others
# of FUTURE_HEADS tell a past act there ("the strike, called in June", "the reforms, proposed in 1988")
PLAN_PARTICIPLES = frozenset({"schedule", "set", "plan", "due", "expect", "slate", "intend", "timetable"})
# nouns a month names the maturity of ("the September bund future", "crude for October delivery")
TRADED_FOR = frozenset({"contract", "future", "delivery", "option", "expiry", "expiration", "settlement"})
MOVED_TO = frozenset({"until", "till", "to"})  # what a verb of scheduling moves an event to is ahead
# classes of nouns a month named before them is the period of ("the October employment report",
# "September sales"), whatever the tense of the verb telling of them
REPORTED_CLASSES = frozenset({"information", "earnings", "sales"})
RE_FROM_AMOUNT = re.compile(r"\bfrom\s+[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|cents?|points?|million|billion))?"
                            r"(?:\s+[a-z]+){0,2}?\s+(?:on|in|at)?\s*$", re.IGNORECASE)
FORECASTING = frozenset({"forecast", "predict", "project", "foresee"})
FORECAST_SPANS = frozenset({"over", "for", "through", "during", "into"})  # not "on": the forecasting's own day
DECIDING_HEADS = frozenset({"vote", "decide", "resolve", "elect", "choose", "opt"})  # "voted to hold a referendum"
SET_DAY_NOUNS = frozenset({"date", "deadline", "target"})  # "a trial date of April 20"
CLOSING_WORDS = frozenset({"close", "closing"})  # "the closing price on Tuesday", "Friday's close"
PLANNED_WORDS = frozenset({"planned", "scheduled", "upcoming", "proposed", "forthcoming", "expected"})
FORMER_PLAN_WORDS = frozenset({"originally", "initially", "previously", "first"})  # "originally set for March 3"
NOT_YEAR_DET = frozenset({"a", "an", "another", "some", "any", "no", "every", "each", "all", "both"})  # counts
SEASON_NAMES = frozenset({"winter", "spring", "summer", "fall", "autumn"})
# nouns a season names a kind of ("a winter storm", "spring wheat", "the Summer Olympics"), not a time
KIND_OF_SEASON = frozenset({"storm", "weather", "blizzard", "snowstorm", "olympics", "olympic", "game", "solstice",
                            "equinox", "wheat", "crop", "coat", "clothing", "tire", "camp", "school", "training",
                            "fashion", "collection", "sport"})
GREETING_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day"})
RE_GOOD_BEFORE = re.compile(r"\bgood\s+$", re.IGNORECASE)
RE_COMPARATIVE_END = re.compile(r"\b(?:later|earlier|sooner)$", re.IGNORECASE)
RE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
MODALS_NOT_FUTURE = frozenset({"would", "could", "should", "might", "may", "must", "can", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def dates(
    doc: Doc, article: Article, *, labels: frozenset[str] = DATE_LABELS, rules: Grammar | None = None
) -> list[Mention]:
    """Return the temporal mentions of ``doc`` (grammar spans, then unmatched NER entities), in text order.

    Args:
        doc: The analysed article (``doc.text == article.text``).
        article: The article (its headline span: a headline's present tense dates nothing; offsets are into
            ``doc.text``).
        labels: NER labels taken as temporal.
        rules: The date grammar (default: the one built from the shipped tables).
    """
    g = rules or grammar()
    text = doc_text(doc)
    sent_of = sentence_index(doc)
    found = [_without_over(text, f) for f in g.scan(text) if _keep(doc, f)]
    mentions = [_mention(doc, g, text, sent_of, f.start, f.end, "TIME" if f.rule in TIME_RULES else "DATE",
                         rule=f.rule, source="grammar") for f in found]
    taken = [(f.start, f.end) for f in found]
    for ent in entities_of(doc):
        if ent.label_ not in labels:
            continue
        if any(ent.start_char < end and start < ent.end_char for start, end in taken):
            continue
        if _named_day(doc, ent.start_char) or any(_named_day(doc, t.idx) for t in ent if t.idx > ent.start_char):
            continue  # "Black Monday": no day of the week
        if ent.text.isdigit() and not _keep(doc, Found(ent.start_char, ent.end_char, "year")):
            continue  # the grammar dropped this number as a count or a name ("the Russell 2000 Index")
        if not g.accepts(text, ent.start_char, ent.end_char, rules=CHECKED_RULES):
            continue  # a number the grammar's guards reject here ("iLife '11"); words NER may know better
        if RE_COMPARATIVE_END.search(ent.text) and RE_THAN.match(text, ent.end_char):
            continue  # "a day later than usual", "two weeks earlier than planned": a comparison, no date
        if ent.text.lower() in SEASON_NAMES and (after := _next_word(doc, ent)) is not None \
                and after.lemma_.lower() in KIND_OF_SEASON:
            continue  # "a winter storm", "the Winter Olympics", "spring wheat": a kind of thing, no date
        if ent.text.lower() == "overnight" and RE_QUALIFIED_NOUN.match(text, ent.end_char):
            continue  # "overnight repurchase agreements", "the overnight rate": no time
        if ent.text.lower() in GREETING_PARTS and RE_GOOD_BEFORE.search(text, max(0, ent.start_char - 8),
                                                                          ent.start_char):
            continue  # "Good evening.", "good night": a greeting, not a time
        mentions.append(_mention(doc, g, text, sent_of, ent.start_char, ent.end_char, ent.label_, source="ner"))
    mentions.sort(key=lambda m: (m.start, m.end))
    return _headline_present(mentions, article.title_span)


def _next_word(doc: Doc, ent: Span) -> Token | None:
    """The word right after ``ent`` (None at the end of the text or before punctuation)."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return after if after is not None and not after.is_punct else None


def _headline_present(mentions: list[Mention], title: tuple[int, int] | None) -> list[Mention]:
    """A headline tells in the present what happened or will ("Stocks tumble on Monday", "Pope arrives in
    Cuba Wednesday"): its present tense says nothing of which side of the publication date, so it is none."""
    if title is None:
        return mentions
    return [dataclasses.replace(m, features={**m.features, "tense": None})
            if title[0] <= m.start < title[1] and (m.features or {}).get("tense") == "present" else m
            for m in mentions]


def _mention(
    doc: Doc, g: Grammar, text: str, sent_of: list[int], start: int, end: int, label: str, **features
) -> Mention:
    """A Mention of ``text[start:end]`` with its sentence, its verb's tense and the grammar's reading."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence = sent_of[span.start] if span is not None and len(span) else -1
    tense = governing_tense(span) if span is not None and len(span) else None
    token = _governing_token(span) if span is not None and len(span) else None
    words = text[start:end]
    # a date in a relative clause tells the background of a thing, not the scene ("the war, which began in
    # March 2011, has killed ..."), and so does one two clauses down ("were convicted in May of conspiring to
    # bomb the embassies on Aug. 7, 1998": the trial that began in January is not 1998's); so does a reduced
    # relative ("the merger, first proposed in 1987, was approved on Nov. 2")
    relative = token is not None and (token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN")
                                      or _clause_depth(token) >= 2)
    top = token
    while top is not None and top.dep_ == "conj" and top.head is not top \
            and not any(c.dep_ in SUBJECT_DEPS for c in top.children):
        # the first of coordinated verbs: "was taken into custody at 3 a.m. and charged Saturday" (not a clause
        # with its own subject: "dropped to minus 15 at 6 p.m., and the city opened shelters on Wednesday")
        top = top.head
    # told before the scene: a past perfect or a participle in a relative clause ("the Dow, which had closed at a
    # record on Oct. 9, fell ... at 3:07 p.m.", "the stock, priced late Wednesday, opened at 11 a.m.")
    happening = False
    background = relative and token is not None and token.dep_ in ("relcl", "acl") and (
        token.dep_ == "acl" or any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children))
    if span is not None and len(span) and span.root.dep_ in NOUN_MODIFIER_DEPS and span.root.head.i >= span.end \
            and span.root.head.pos_ in ("NOUN", "PROPN"):
        background = happening = True  # a day that names a happening: "the August 7th bombings", "Friday's plunge"
    if token is not None and (any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children) or (
            token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "after")):
        background = True  # before the scene: "closed down, having hit a high on Monday", "after rising on Tuesday"
    if RE_FROM_AMOUNT.search(text, max(0, start - 60), start):
        background = True  # a level compared with: "its yield fell to 7.88% from 7.95% on Friday"
    root = span.root if span is not None and len(span) else None
    if root is not None and root.dep_ == "pobj" and root.head.lower_ in ("to", "through", "ending", "ended") \
            and root.head.head.pos_ == "NOUN":
        background = True  # the end of a period: "profit for the 12 months to March 31" (no day of the scene)
    if token is not None and token.lemma_.lower() in verbs("reporting") and any(
            e.label_ in DATE_LABELS and e.end <= span.start for e in span.sent.ents):
        # the day of a report after the day of what it reports: "exploded on Wednesday night, killing 23, state
        # media reported Thursday. The blast occurred at 9:40 p.m." (Wednesday's 9:40 p.m.)
        background = True
    return Mention(words, label, start, end, sentence,
                   {"tense": tense, "verb": token.idx if token is not None else None, "relative": relative,
                    "background": background, "happening": happening,
                    "clause": top.idx if top is not None else None, **features},
                   parse=g.read(words, rule=features.get("rule") if features.get("rule") in CONTEXT_RULES else None))


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def _clause_depth(token: Token) -> int:
    """How many clauses down from its sentence's main verb ``token`` is (a conjunct counts as its first)."""
    depth = 0
    for _ in range(12):
        if token.head is token:
            return depth
        depth += token.dep_ in CLAUSE_DEPS
        token = token.head
    return depth


RE_OVER = re.compile(r"over\s+", re.IGNORECASE)
RE_OVER_MORE_THAN_AFTER = re.compile(r"\s+(?:ago|old|later|earlier|before|after)\b", re.IGNORECASE)
OVER_MORE_THAN_BEFORE = frozenset({"for", "in", "took", "take", "takes", "taking", "lasted", "last", "lasts",
                                   "lasting", "spent", "after", "than", "of", "aged"})


def _without_over(text: str, found: Found) -> Found:
    """A duration after "over" the preposition ("phased in over three years", "grew 5% over two decades")
    starts after it; "over" stays as the qualifier "more than" ("over three years ago", "took over a year",
    "in over a decade")."""
    m = RE_OVER.match(text, found.start)
    if m is None or not found.rule.startswith("duration"):
        return found
    if RE_OVER_MORE_THAN_AFTER.match(text, found.end):
        return found
    before = text[max(0, found.start - 20):found.start].split()
    if before and before[-1].lower().strip(",;") in OVER_MORE_THAN_BEFORE:
        return found
    return Found(m.end(), found.end, found.rule)


def _named_day(doc: Doc, start: int) -> bool:
    """True when the weekday at ``start`` is part of a day's name ("Black Monday", "Super Tuesday")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    before = doc[span.start - 1] if span is not None and span.start > 0 else None
    return before is not None and before.is_title and before.lower_ in NAMED_DAY_WORDS


def _keep(doc: Doc, found: Found) -> bool:
    """False for a year-like number that is a count or an identifier ("2000 jobs", "Flight 1999"), and for a
    weekday that is part of a day's name ("Black Monday")."""
    if found.rule == "weekday":
        return not _named_day(doc, found.start)
    if found.rule not in YEAR_RULES:
        return True
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.tag_ in ("NNS", "NNPS") and after.lower_ not in ("s",) \
            and not after.lower_.startswith(("'", "\u2019")):
        # "2000 jobs" is a count; "the 1998 elections", "its 2009 layoffs" name happenings of a year
        return (before is not None and before.tag_ in ("DT", "PRP$", "POS") and before.lower_ not in NOT_YEAR_DET
                and is_event_noun(after.lemma_, text=after.text))
    if before is not None and before.lower_ in NOT_YEAR_BEFORE:
        return False
    # inside a name: "the Russell 2000 Index" (but "WWDC 2005", "the 2008 Beijing Olympics" are dates)
    return not (before is not None and after is not None and before.tag_ == "NNP" and after.tag_ == "NNP"
                and before.is_title and after.is_title and before.whitespace_ and span[-1].whitespace_)


def governing_verb(span: Span) -> int | None:
    """The offset of the verb a span depends on (dates of one clause share it), or None."""
    token = _governing_token(span)
    return token.idx if token is not None else None


def _governing_token(span: Span) -> Token | None:
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def governing_tense(span: Span) -> str | None:
    """The tense of the verb a span depends on: ``past``, ``present``, ``future`` or None (modal, no verb)."""
    reporter = _reporter_before(span)
    if reporter is not None:
        return verb_tense(reporter)  # "said on Friday it would sell": the saying's tense, whatever the parse
    token = span.root
    head = token
    while head.dep_ in ("compound", "nmod", "amod") and head.head is not head and head.i - token.i < 3:
        head = head.head  # "the September bund future": through the compound to its head
        if head.lemma_.lower() in TRADED_FOR:
            return "future"  # "the December contract", "for October delivery": the month a contract is for
        if token.pos_ == "PROPN" and head.pos_ == "NOUN" \
                and REPORTED_CLASSES & (word_class(head.lemma_.lower()) | word_class(head.lower_)):
            return None  # "will release its October employment report": the period reported on, the nearest
    possessive = token.dep_ == "poss" and span[-1].i + 1 < len(span.doc) and span.doc[span[-1].i + 1].tag_ == "POS"
    prep = token.head if token.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
            and repaired_lemma(prep.head.lemma_.lower(), prep.head.lower_) in FUTURE_HEADS \
            and not any(c.lower_ in FORMER_PLAN_WORDS or c.lower_ in ("had", "'d") for c in prep.head.children):
        return "future"  # "called early elections for March", "set a meeting for Tuesday": what is set is ahead
    if prep is not None and prep.lower_ in FORECAST_SPANS and prep.head.lemma_.lower() in FORECASTING:
        return "future"  # "forecast more heavy rain over the weekend": what is foreseen is ahead
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in SET_DAY_NOUNS:
        return None  # "set a trial date of April 20": a day set, either side of now; the nearest
    if prep is not None and any(_closing(n) for n in (prep.head, prep.nbor(-1) if prep.i else prep.head)):
        return "past"  # "a 38 percent premium to Norvik's closing price on Tuesday": a close is gone
    if prep is not None and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "for" \
            and is_event_noun(prep.head.lemma_.lower()):
        return None  # what is readied for: "setting the stage for an election in October", either side of now
    if prep is not None and prep.lower_ in MOVED_TO and prep.head.pos_ == "VERB" \
            and _phrasal_lemmas(prep.head) & verbs("scheduling") \
            and not any(c.lower_ in FORMER_PLAN_WORDS for c in prep.head.children):
        return "future"  # "postponed the vote until next Tuesday", "the trial was adjourned to Monday"
    if possessive and any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS for c in token.head.children):
        return "future"  # "to avoid violence at Friday's planned marches": ahead
    if possessive and any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and verb_tense(c) == "past"
                          for c in token.head.children):
        return "past"  # "investigating Tuesday's attack, which killed 12 people": an attack gone
    for _ in range(8):
        if possessive and token.pos_ in ("VERB", "AUX"):
            # "investigating Tuesday's explosion": the happening named, not the verb's time, so the nearest;
            # but what a past or perfect verb tells is gone ("Friday's session saw heavy selling", "have
            # found the cause of Wednesday's derailment")
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) \
                and repaired_lemma(token.lemma_.lower(), token.lower_) not in FUTURE_HEADS  # not "have prepared for"
            return "past" if perfect or verb_tense(token) == "past" else None
        if token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("acl", "advcl", "xcomp", "prep") \
                and token.lemma_.lower() in ("start", "begin") and not span.start <= token.i < span.end:
            # "declared three days of mourning starting Friday": from when it runs, told in the past, the nearest
            # ("will close the plant beginning Monday": ahead)
            tense = verb_tense(token)
            return None if tense == "past" else tense
        if token.pos_ in ("VERB", "AUX"):
            return None if _would_after_dated_past(token) else verb_tense(token)
        if token.pos_ == "ADJ" and (token.dep_ in ATTRIBUTE_DEPS or token.lemma_.lower() in IN_FORCE_FROM) \
                and not span.start <= token.i < span.end:
            # "declared a dividend, payable Dec. 1", "was named president, effective Jan. 1": not the verb's
            # tense; the nearest year
            return None
        if token.head is token:
            return None
        token = token.head
    return None


def _closing(noun: Token) -> bool:
    """Is ``noun`` a close or a closing price ("Friday's close", "the closing price")?"""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in CLOSING_WORDS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in CLOSING_WORDS for c in noun.children))


def _phrasal_lemmas(verb: Token) -> set[str]:
    """The lemma of ``verb`` and, with each particle, its phrasal verb ("moved up": move, move up)."""
    lemma = repaired_lemma(verb.lemma_.lower(), verb.lower_)
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod"))}


def _would_after_dated_past(verb: Token) -> bool:
    """Is ``verb`` a "would" clause told by a past verb that has a date of its own ("announced in April that
    he would step down at the end of June")? Ahead of that date, not of the publication: the nearest."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head is verb or head.tag_ != "VBD":
        return False
    return any(t.ent_type_ == "DATE" for c in head.children if c is not verb and c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def _reporter_before(span: Span) -> Token | None:
    """The reporting verb right before a date ("said Tuesday its sales rose", "announced on Monday that"),
    which the date belongs to even where the parser hangs it on the clause reported; None otherwise."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i > 0 and doc[i].lower_ == "on":
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    return doc[i] if repaired_lemma(doc[i].lemma_.lower(), doc[i].lower_) in verbs("reporting") else None


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """Tense of a verb from its own tag and its auxiliaries.

    ``will``/``shall`` and the other modals -> future ("could meet on Thursday", "said it would resume
    trading Tuesday"), a modal perfect -> past ("could have met"), but "would have" none (a plan that did not
    come: "would have been held on June 21"); a finite past auxiliary or a past-tense verb -> past; a present
    auxiliary (including the present perfect "has visited" and the passive "is scheduled") or a present verb
    -> present, but a verb of intention in the present is future ("is
    scheduled for Thursday", "are expected Monday") and in the past has no tense ("was set to land Monday":
    a plan seen from the past, on either side of now); an infinitive takes the tense of the verb it depends on,
    and is future under verbs of intention ("expected to arrive", "plans to visit") or after a noun ("an
    event to be held"); a participle or gerund with no auxiliary takes the tense of the verb above it ("will
    resume trading Tuesday", "will close the plant beginning Monday"; not through a clause of its own subject:
    "could help, one being the government approving it Thursday"), or above the preposition it is the
    object of ("blocked inspectors from entering a building on Tuesday"), and so does a passive participle
    sharing the auxiliary of the conjunct before it ("was arrested and charged Saturday"). A bare clause
    ordered has no tense ("ordered the boy returned to his father by Jan. 14": the nearest).
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.dep_ == "advcl" and depth < 3 and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) \
            and verb_tense(verb.head, depth + 1) == "future":
        return "future"  # "would table a motion if the budget was not revised by mid-November": ahead
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS_NOT_FUTURE:
        if any(a.lemma_.lower() == "have" for a in auxes):
            # "could have met": past; "would have been held on June 21" is a plan that did not come, either
            # side of now: the nearest
            return None if "would" in words else "past"
        return "future"
    finite = [a for a in auxes if a.lower_ != "to" and a.tag_ in ("VBD", "VBZ", "VBP")]
    intention = repaired_lemma(verb.lemma_.lower(), verb.lower_) in FUTURE_HEADS
    if finite:
        first = min(finite, key=lambda a: a.i)
        if first.lower_ in ("going",):
            return "future"
        if first.tag_ == "VBD":  # "was set to land Monday": a plan seen from the past, either side of now
            return None if intention and first.lemma_.lower() == "be" else "past"
        return "future" if intention and first.lemma_.lower() == "be" else "present"
    if not auxes and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head is not verb \
            and repaired_lemma(verb.head.lemma_.lower(), verb.head.lower_) in ORDER_HEADS:
        return None  # "ordered the boy returned to his father by Jan. 14": after the order, either side of now
    if verb.lemma_.lower() == "be" and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_HEADS for c in verb.children):
        return None if verb.tag_ == "VBD" else "future"  # "the vote is due in March": ahead
    if verb.tag_ == "VBD" and not (verb.dep_ == "conj" and verb.lower_ in SAME_PAST_FORMS and depth < 3
                                   and any(a.lower_ in FUTURE_AUX for a in verb.head.children if a.dep_ == "aux")):
        return "past"  # not a bare "cut" joined to a future: "will idle plants in November and cut its output"
    if verb.tag_ == "VBD":
        return verb_tense(verb.head, depth + 1)
    if verb.tag_ in ("VBZ", "VBP"):
        return "future" if intention else "present"
    if "to" in words and verb.tag_ in ("VB", "VBN") and depth < 3:
        head = verb.head
        lemma = repaired_lemma(head.lemma_.lower(), head.lower_)
        if lemma in FUTURE_HEADS and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children):
            return None  # "had been ordered to suspend operations in July": a plan of the past perfect, the nearest
        if head is verb or head.pos_ not in ("VERB", "AUX", "ADJ") \
                or (lemma in FUTURE_HEADS and not (lemma == "go" and head.tag_ != "VBG")):
            return "future"  # "an event to be held on", "plans to visit", "is going to cut"; not "went to buy"
        if lemma == "be" and head.tag_ == "VBD" and verb.dep_ == "xcomp":
            return None  # "was to leave for Beijing on Saturday": a plan seen from the past, either side of now
        if verb.dep_ == "xcomp" and head.tag_ == "VBD" and lemma in DECIDING_HEADS:
            return None  # "voted early today to hold a referendum on July 12": after the vote, the nearest
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head is not head:
            # "is likely to report a loss Tuesday", "are due to resume Monday": ahead of the copula's present;
            # from the past, either side of now ("was eager to meet on Friday")
            tense = verb_tense(head.head, depth + 1)
            return "future" if tense == "present" else None if tense == "past" else tense
        return verb_tense(head, depth + 1)
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "ROOT"):
        if intention and verb.dep_ == "acl" and repaired_lemma(verb.lemma_.lower(), verb.lower_) in PLAN_PARTICIPLES:
            # "the vote scheduled for Sunday": ahead
            if any(c.lower_ in FORMER_PLAN_WORDS for c in verb.children):
                return None  # "the hearing, originally set for March 3, was postponed": the nearest
            return "future"
        return "past"
    if (verb.tag_ in ("VBG", "VB") or (verb.tag_ == "VBN" and verb.dep_ == "conj")) and not auxes \
            and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "prep") \
            and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # a clause of its own subject ("..., one being the government approving it on October
            # 18"): not the tense of the verb it hangs from; the nearest
        return verb_tense(verb.head, depth + 1)
    if not auxes and verb.dep_ in ("acomp", "oprd") and verb.head is not verb \
            and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        return verb_tense(verb.head, depth + 1)  # "the dollar was mixed on Friday": the copula's
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "since") \
            and verb.head.head.pos_ in ("VERB", "AUX") and depth < 3:
        # "now expects a loss, after saying in February it would break even": before a present or past verb
        return "past" if verb_tense(verb.head.head, depth + 1) in ("past", "present") else None
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX") and depth < 3:
        return verb_tense(verb.head.head, depth + 1)  # "blocked inspectors from entering on Tuesday": past
    return None
