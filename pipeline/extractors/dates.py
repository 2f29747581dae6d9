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
  charged Saturday" share it), and whether that verb's subject is an event noun (``features["event_subject"]``:
  "the blast ripped through the mine at 2:15 p.m." is told of the blast named before, with its day).

Each mention also carries the grammar's reading of its text (``Mention.parse``, a
:class:`~pipeline.lang.dates.grammar.Reading`), so the normalizer does not read it again.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from spacy.tokens import Doc, Span, Token

from ..lang.dates import Found, Grammar, grammar, paired_day_text
from ..lang.dates.relative import RE_NOT_A_TIME_AFTER, RE_RECORD_MINUTES, qualifies_noun
from ..lang.events import is_event_noun, repaired_lemma, verb_of, verbs, word_class
from ..lang.money import CURRENCY_SIGN
from ..records import Article, Mention
from .ahead import awaited, prepared_for
from .common import doc_text, entities_of, sentence_index
from .seasons import KIND_OF_SEASON, SEASON_WORDS, named_on_nouns
from .tense import governing_tense, governing_token
from .verbtense import FUTURE_HEADS, passive, perfect

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
RE_FROM_AMOUNT = re.compile(r"\b(?:from|compared\s+(?:with|to))\s+(?:an?\s+)?"
                            r"(?:(?:downwardly|upwardly)\s+)?(?:revised\s+)?"  # "from a revised"
                            + CURRENCY_SIGN + r"?\d[\d.,]*(?:\s*(?:%|percent|cents?|points?|million|billion))?"
                            r"(?:\s+[a-z]+){0,2}?\s+(?:on|in|at)?\s*$", re.IGNORECASE)
PRIOR_WORDS = frozenset({"previous", "prior", "former", "old"})  # "the previous high set on Oct. 7"
RESULT_CLASSES = frozenset({"earnings", "sales"})  # a year's results: "1989 earnings", "1990 sales"
YEAR_THINGS = frozenset({"level", "model", "price", "dollar"})  # what a year qualifies: "1990 levels", "1998 models"
YEAR_RANGE = (1800, 2099)  # a number read as a year before a plural noun (not "the 2500 workers")
NOT_YEAR_DET = frozenset({"a", "an", "another", "some", "any", "no", "every", "each", "all", "both"})  # counts
GREETING_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day"})
RE_GOOD_BEFORE = re.compile(r"\bgood\s+$", re.IGNORECASE)
RE_COMPARATIVE_END = re.compile(r"\b(?:later|earlier|sooner)$", re.IGNORECASE)
RE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


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
    for start, end, reading in named_on_nouns(doc, taken):  # "the summer floods", "a dry spring"
        mentions.append(_mention(doc, g, text, sent_of, start, end, "DATE", reading=reading, source="parse"))
        taken.append((start, end))
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
        if ent.text.lower() in SEASON_WORDS and (after := _next_word(doc, ent)) is not None \
                and after.lemma_.lower() in KIND_OF_SEASON:
            continue  # "a winter storm", "the Winter Olympics", "spring wheat": a kind of thing, no date
        if RE_NOT_A_TIME_AFTER.match(text, ent.end_char):
            continue  # "an hour after the morning shift began", "the day care": the kind of a thing, no time
        if ent.text.lower() == "minutes" and RE_RECORD_MINUTES.match(text, ent.end_char):
            continue  # "released minutes of its August session": the record of a meeting, no time
        if ent.text.lower() == "overnight" and qualifies_noun(text, ent.end_char):
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


def _main_misread(token: Token) -> bool:
    """Is ``token`` the main verb the parser hung as a participle on the subject it made the root ("Whitcomb,
    34, of Riverton, set out on the morning of Feb. 8 and became separated ...": no verb above it; or as a
    participle on a subject of the verb above that has a subject of its own: "Gunmen killed 14 people on Monday
    evening, police said")?"""
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("VBD", "VBN") \
            or token.i < token.head.i:
        return False
    if token.head.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "nsubj" and c.i > token.i for c in token.head.head.children):
        return True  # a second subject of the verb above: "Gunmen on motorcycles killed 14 people ..., police said"
    return token.head.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") and t.i < token.i for t in token.sent)


def _on_verb(root: Token) -> bool:
    """Does a date whose root is ``root`` hang on a verb (itself or through its preposition), not on a noun ("his
    admission Monday night had not ended it")?"""
    head = root.head.head if root.dep_ == "pobj" else root.head
    before = root.doc[root.left_edge.i - 1] if root.left_edge.i else None
    if root.dep_ == "npadvmod" and before is not None and before.dep_ in ("nsubj", "nsubjpass") and before.head == head:
        return False  # right after the subject, the subject's: "his admission Monday night had not ended it"
    return head.pos_ in ("VERB", "AUX")


def _past_perfect_clause(token: Token) -> bool:
    """Is ``token`` a past perfect, or a clause of one ("had lost helium while crossing the Himalayas")?"""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children):
            return True
        if token.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or token.head == token:
            return False
        token = token.head if token.dep_ != "pcomp" else token.head.head
    return False


def _mention(
    doc: Doc, g: Grammar, text: str, sent_of: list[int], start: int, end: int, label: str,
    reading: str | None = None, **features
) -> Mention:
    """A Mention of ``text[start:end]`` with its sentence, its verb's tense and the grammar's reading."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence = sent_of[span.start] if span is not None and len(span) else -1
    tense = governing_tense(span) if span is not None and len(span) else None
    forecast = span is not None and len(span) and _of_a_forecast(span)
    if forecast:
        tense = None  # what a forecast is for is the nearest such period, whatever is done to it ("cut its
        # fourth-quarter revenue forecast", in October: this fourth quarter; "its full-year forecast": this year)
    token = governing_token(span) if span is not None and len(span) else None
    words = text[start:end]
    # a date in a relative clause tells the background of a thing, not the scene ("the war, which began in
    # March 2011, has killed ..."), and so does one two clauses down ("were convicted in May of conspiring to
    # bomb the embassies on Aug. 7, 1998": the trial that began in January is not 1998's); so does a reduced
    # relative ("the merger, first proposed in 1987, was approved on Nov. 2")
    relative = token is not None and (token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN")
                                      or _clause_depth(token) >= 2) and not _main_misread(token)
    top = token
    while top is not None and top.dep_ == "conj" and top.head != top \
            and not any(c.dep_ in SUBJECT_DEPS for c in top.children):
        # the first of coordinated verbs: "was taken into custody at 3 a.m. and charged Saturday" (not a clause
        # with its own subject: "dropped to minus 15 at 6 p.m., and the city opened shelters on Wednesday")
        top = top.head
    # told before the scene: a past perfect or a participle in a relative clause ("the Dow, which had closed at a
    # record on Oct. 9, fell ... at 3:07 p.m.", "the stock, priced late Wednesday, opened at 11 a.m.")
    happening = False
    pluperfect = token is not None and _past_perfect_clause(token)  # under a past perfect ("had hoped to ...")
    background = relative and token is not None and token.dep_ in ("relcl", "acl") and (
        token.dep_ == "acl" or any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children))
    if span is not None and len(span) and span.root.dep_ in NOUN_MODIFIER_DEPS and span.root.head.i >= span.end \
            and span.root.head.pos_ in ("NOUN", "PROPN"):
        background = happening = True  # a day that names a happening: "the August 7th bombings", "Friday's plunge"
    if pluperfect and span is not None and len(span) and _on_verb(span.root):
        background = True  # told before the scene: "had lost helium while crossing the Himalayas on Wednesday"
    if token is not None and (any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children) or (
            token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "after")):
        background = True  # before the scene: "closed down, having hit a high on Monday", "after rising on Tuesday"
    compared = bool(RE_FROM_AMOUNT.search(text, max(0, start - 60), start))
    if compared:
        background = True  # a level compared with: "its yield fell to 7.88% from 7.95% on Friday"
    root = span.root if span is not None and len(span) else None
    if root is not None and root.dep_ == "pobj" and root.head.lower_ in ("to", "through", "ending", "ended") \
            and root.head.head.pos_ == "NOUN":
        background = True  # the end of a period: "profit for the 12 months to March 31" (no day of the scene)
    if root is not None and root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN", "ADJ") and any(
            t.lower_ in PRIOR_WORDS for t in root.head.head.subtree if t.i < root.head.i):
        background = True  # a thing's past: "topping the previous high set on Oct. 7" (no day of the scene)
    reporting = token is not None and token.lemma_.lower() in verbs("reporting")
    if reporting and any(
            e.label_ in DATE_LABELS and e.end <= span.start for e in span.sent.ents):
        # the day of a report after the day of what it reports: "exploded on Wednesday night, killing 23, state
        # media reported Thursday. The blast occurred at 9:40 p.m." (Wednesday's 9:40 p.m.)
        background = True
    event_subject = token is not None and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and is_event_noun(
        c.lemma_.lower(), text=c.lower_) for c in token.children)  # "the blast ripped through ... at 2:15"
    if root is not None and prepared_for(root):
        tense = "future"
    return Mention(words, label, start, end, sentence,
                   {"tense": tense, "verb": token.idx if token is not None else None, "relative": relative,
                    "event_subject": event_subject, "since": root is not None and _under_since(root),
                    "awaited": root is not None and awaited(root),
                    "perfect": tense == "present" and token is not None and perfect(token),
                    "pluperfect": tense != "past" and pluperfect,
                    "habitual": token is not None and _habitual(token),
                    "passive": token is not None and passive(token),
                    "opens": _opens(span), "compared": compared,
                    "reporting": reporting,
                    "background": background, "happening": happening,
                    "clause": top.idx if top is not None else None, "happens": _happening_verb(token),
                    "told_of": _happening_noun(span, token), "forecast": bool(forecast), **features},
                   parse=g.read(paired_day_text(text, start) or words) if features.get("rule") == "paired_day"
                   else g.read(reading or words,
                               rule=features.get("rule") if features.get("rule") in CONTEXT_RULES else None))


def _happening_verb(token: Token | None) -> str:
    """The lemma of the verb of a happening a date hangs on ("arrested", "exploded"), which the text may date
    again ("Agents arrested him yesterday ... He was arrested at a motel at 6 a.m."), or of the event noun whose
    course a verb of aspect or occurrence tells ("the march ended"); "" for a verb that tells no one happening
    (reports, links, light and catenative verbs)."""
    if token is None or token.pos_ != "VERB":
        return ""
    lemma = repaired_lemma(token.lemma_.lower(), token.lower_)
    if lemma in _course_verbs():
        # the happening whose course or occurrence the verb tells, by its event subject: "The march ended at
        # about 5 p.m." after "marched to the station house yesterday afternoon" (the march's day)
        return next((c.lemma_.lower() for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and is_event_noun(c.lemma_.lower(), text=c.lower_)), "")
    return "" if lemma in _unspecific_verbs() else lemma


def _of_a_forecast(span: Span) -> bool:
    """Does the date qualify a forecast, target or outlook ("its fourth-quarter revenue forecast", "the full-year
    profit target")?"""
    node = span.root
    for _ in range(3):
        if node.dep_ not in ("amod", "compound", "nmod", "poss") or node.head == node:
            return False
        node = node.head
        if "forecast" in word_class(node.lower_):
            return True
    return False


def _happening_noun(span: Span | None, token: Token | None) -> str:
    """The verb lemma of the event noun a date tells the time of on its way up to its verb ("arrested a man
    yesterday in the shooting of a clerk at a station last Thursday night": shoot), which the text may date
    again with a verb ("The clerk was shot at 11:20 p.m."); "" when none."""
    if span is None or not len(span) or token is None:
        return ""
    node = span.root
    for _ in range(6):
        if node.head == node or node == token:
            return ""
        node = node.head
        if node.pos_ == "NOUN" and node.i not in range(span.start, span.end) \
                and is_event_noun(node.lemma_.lower(), text=node.lower_):
            return verb_of(node.lemma_) or node.lemma_.lower()
    return ""


@functools.cache
def _course_verbs() -> frozenset[str]:
    """The verbs that tell the course or occurrence of their event subject ("the march ended", "the blast occurred")."""
    return verbs("aspectual") | verbs("occurrence")


@functools.cache
def _unspecific_verbs() -> frozenset[str]:
    """The verbs of the classes that tell no one happening, joined once."""
    return frozenset().union(*(verbs(kind) for kind in UNSPECIFIC_VERBS))


UNSPECIFIC_VERBS = ("reporting", "cognition", "linking", "never_trigger", "light", "intention", "catenative",
                    "aspectual", "measure", "occurrence", "size")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
# adverbs of what happens every year: "the harvest normally begins in late September" is no September in particular
HABITUAL = frozenset({"normally", "typically", "generally", "traditionally", "customarily", "ordinarily", "routinely",
                      "regularly"})
# and "usually" in a clause of its own ("Remittances usually peak in December"); in a relative or time clause it
# tells of this year's occasion ahead ("during the rains, which usually last until July", "before poaching usually
# peaks in June")
USUALLY = frozenset({"usually"})
OCCASION_MARKS = frozenset({"before", "until", "till", "after", "when", "once", "as"})
OPENING_WORDS = 2  # a date opens its sentence after at most this many words ("In July 2000,", "Late on Aug. 8,")
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})


SEASON_NOUNS = frozenset({"season", "monsoon"})  # seasons of every year ("the monsoon season", "the monsoon")


def _season_ahead(season: Token) -> bool:
    """Is the season noun ``season`` the one ahead: "next season", or told of under a verb of what will or may
    come ("business will pick up in the wedding season, which starts in November", "the rainy season, which
    begins in late October, could spread the disease")?"""
    if any(c.dep_ == "amod" and c.lower_ in ("next", "this", "coming") for c in season.children):
        return True
    head = season.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) or head.lemma_.lower() in FUTURE_HEADS


def _habitual(verb: Token) -> bool:
    """Whether ``verb`` (or the verb it is a conjunct of) tells what happens every year: "normally begins in
    September", "winds down in December and resumes in April", "normally begin planting in mid-May"."""
    # (not a past joined to it: "normally begins in August, but a wet spring delayed the crop")
    inherits = verb.dep_ in ("conj", "xcomp") and verb.tag_ != "VBD"
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and verb.head.lemma_.lower() in SEASON_NOUNS \
            and not any(c.dep_ == "aux" for c in verb.children) and any(c.lower_ == "which" for c in verb.children) \
            and not _season_ahead(verb.head):
        return True  # a season told in the present: "the rainy season, which runs from November to March" (not
        # this year's: "the fourth storm of a season that runs from June 1 through Nov. 30")
    for v in (verb, verb.head) if inherits else (verb,):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
            return False  # what "would normally begin in March" this year: this March
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in v.children):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in USUALLY for c in v.children) and v.dep_ != "relcl" \
                and not any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in v.children):
            return True
    return False


def _opens(span: Span | None) -> bool:
    """Whether a date opens its sentence ("In July 2000, ...", "Late on Aug. 8, ..."): a scene for the sentences
    after it (true when the document has no sentences to tell)."""
    if span is None or not len(span) or not span.doc.has_annotation("SENT_START") or span[0].is_sent_start:
        return True
    words = 0
    for token in reversed(span.doc[max(0, span.start - 4 * OPENING_WORDS - 8):span.start]):  # back to its start
        words += token.is_alpha
        if words > OPENING_WORDS:
            return False
        if token.is_sent_start:
            return True
    return span.start <= 4 * OPENING_WORDS + 8


def _under_since(token: Token) -> bool:
    """Whether a date lies in a "since" phrase or clause: "held since their arrest in May", "sanctions since
    the uprising began in 2011" (a time gone, and no scene for the dates after it)."""
    for node in (token, *token.ancestors):
        if node.lower_ == "since" and node.dep_ == "prep" and node.i < token.i:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "ROOT" \
                and any(c.dep_ == "mark" and c.lower_ == "since" and c.i < token.i for c in node.children):
            return True
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in node.children):
            return False  # a clause of its own joined on: "since the strike began and have postponed surgery"
    return False


def _clause_depth(token: Token) -> int:
    """How many clauses down from its sentence's main verb ``token`` is (a conjunct counts as its first)."""
    depth = 0
    for _ in range(12):
        if token.head == token:
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


YEAR_PREPOSITIONS = frozenset({"in", "since", "during", "until", "by"})


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
    if after is not None and after.tag_ in ("NNS", "NNPS") and before is not None \
            and before.lower_ in YEAR_PREPOSITIONS and after.dep_ in ("nsubj", "nsubjpass") \
            and span.text.isdigit() and len(span.text) == 4:
        return True  # "in 1995 curators moved the paintings": the year, and the subject of what happened in it
    if after is not None and after.tag_ in ("NNS", "NNPS") and after.lower_ not in ("s",) \
            and not after.lower_.startswith(("'", "\u2019")):
        # "2000 jobs" is a count; "the 1998 elections", "its 2009 layoffs", "its 1988 accounts" are a year's, and so
        # are "1989 earnings", "discounted 1998 models", "below 1990 levels"
        year = span.text.isdigit() and len(span.text) == 4 and YEAR_RANGE[0] <= int(span.text) <= YEAR_RANGE[1]
        determined = before is not None and before.tag_ in ("DT", "PRP$", "POS") and before.lower_ not in NOT_YEAR_DET
        return (determined and (year or is_event_noun(after.lemma_, text=after.text))) or (
            year and (bool(word_class(after.lower_) & RESULT_CLASSES) or after.lemma_.lower() in YEAR_THINGS))
    if before is not None and before.lower_ in NOT_YEAR_BEFORE:
        return False
    # inside a name: "the Russell 2000 Index" (but "WWDC 2005", "the 2008 Beijing Olympics" are dates)
    return not (before is not None and after is not None and before.tag_ == "NNP" and after.tag_ == "NNP"
                and before.is_title and after.is_title and before.whitespace_ and span[-1].whitespace_)
