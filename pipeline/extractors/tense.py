"""The tense of the verb a date depends on, which places weekdays and year-less dates (:mod:`.dates` records it
on each mention as ``features["tense"]``): past, present, future or None (either side of now, the nearest).

Read from spaCy's parse: the tense of the verb itself (its auxiliaries and modals, the verb above an infinitive
or participle: :mod:`.verbtense`), and what the date is for ("called elections for March": ahead; "the
September bund future": the month a contract is for; "Friday's close": gone).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.dates import lexicon
from ..lang.events import (
    ATTRIBUTE_DEPS,
    ATTRIBUTING,
    CALLING_TO,
    CHARGE_TYPES,
    DEADLINE_GIVERS,
    DEADLINE_WORDS,
    DECLARED_DAYS,
    FORECAST_SPANS,
    FORECAST_VERBS,
    HARM_TYPES,
    IN_FORCE_FROM,
    PERIOD_WORDS,
    STARTING_WORDS,
    TRADED_FOR,
    is_event_noun,
    lookup,
    repaired_lemma,
    verbs,
    word_class,
)
from .ahead import SET_DAY_NOUNS, ahead_of_past, planned_in_object
from .relatives import relative_after, relative_before
from .reported import decided, reporter_before, would_after_dated_past
from .verbtense import (
    FORMER_PLAN_WORDS,
    FUTURE_HEADS,
    MOVED_TO,
    PLAN_PARTICIPLES,
    phrasal_lemmas,
    verb_tense,
)
from .verbtense import perfect as perfect_tense  # ("perfect" is a local name of governing_tense)

# classes of nouns a month named before them is the period of ("the October employment report",
# "September sales"), whatever the tense of the verb telling of them
REPORTED_CLASSES = frozenset({"information", "earnings", "sales"})
MEASURED_CLASSES = frozenset({"market", "economy"})  # prices and indicators, measured for a period
PURPOSED = frozenset({"aim", "design", "intend", "mean", "gear", "target", "tailor"})  # "a campaign aimed at"
RELEASING = frozenset({"release", "publish", "issue", "report", "post", "announce"})  # figures for a period
FORECASTING = FORECAST_VERBS | {"foresee"}
FORECASTERS = frozenset({"forecast", "forecaster", "meteorologist", "outlook"})  # who tell the weather ahead
FORESEEN_SPANS = FORECAST_SPANS | {"before", "by", "until", "till"}
COUNTDOWN_WORDS = frozenset({"left", "remaining", "to"})  # "two weeks left before", "days remaining until"
# what tells of a period gone or under way ("November retail sales figures", "the May trade data")
FIGURES_REPORTED = frozenset({"data", "datum", "figure", "number", "report", "result", "statistic", "survey"})
ANSWERED_FOR = frozenset({"blame", "credit", "responsibility"})  # "claimed responsibility for the attack on Monday"
TEMPORAL_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
DATING_BACK = frozenset({"retroactive", "retroactively", "date", "backdate", "backdated"})  # "retroactive to Jan. 1"
CLOSING_WORDS = frozenset({"close", "closing"})  # "the closing price on Tuesday", "Friday's close"
PLANNED_WORDS = frozenset({"planned", "scheduled", "upcoming", "proposed", "forthcoming", "expected"})
UNDOING = frozenset({"reverse", "overturn", "rescind", "revoke", "repeal", "annul", "nullify", "invalidate",
                     "retract", "undo", "appeal"})
REPORTING_PERIODS = frozenset({"quarter", "half", "year", "period", "month", "months", "season"})  # (not "the week
# ending Friday", gone when reported)
FIGURE_UNITS = frozenset({"percent", "%", "pct", "points", "cents"})  # "at 11.8 percent in July"


def governing_verb(span: Span) -> int | None:
    """The offset of the verb a span depends on (dates of one clause share it), or None."""
    token = governing_token(span)
    return token.idx if token is not None else None


NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
ENDPOINTS = frozenset({"through", "until", "till", "by"})
CLASS_BOUNDS = frozenset({"by", "after", "before", "from", "until", "through"})  # "cars sold after March 1"
ORDERED_STATE_HEADS = frozenset({"order", "command", "want", "have", "get"})  # "ordered flags lowered through"
SUSPENDING = frozenset({"suspend", "halt"})


def _no_time_of_its_own(token: Token) -> bool:
    """A noun the tagger took for a present verb, by its determiner ("topped that offer in March"), a name's
    "do" ("off Viana do Castelo late Tuesday"), or a bare "as planned" ("will begin as scheduled on Monday": the
    beginning's time): no verb of its own time."""
    if _name_do(token) or (token.tag_ == "VBN" and token.dep_ == "acl" and token.lemma_.lower() in PURPOSED):
        return True  # ("will unveil a campaign aimed at teenagers on Labor Day": the unveiling's day)
    if token.tag_ == "VBN" and token.dep_ == "advcl" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return True
    return token.tag_ in ("VB", "VBP", "VBZ") and token.dep_ in NOMINAL_DEPS \
        and any(c.dep_ in ("det", "poss") and c.i < token.i for c in token.children)


def _name_do(token: Token) -> bool:
    """Is ``token`` the "do" of a place name ("Viana do Castelo", "Santa Rita do Norte")?"""
    return token.lower_ == "do" and 0 < token.i < len(token.doc) - 1 and token.nbor(-1).pos_ == "PROPN" \
        and token.nbor(1).pos_ == "PROPN" and token.nbor(1).text[:1].isupper()


def governing_token(span: Span) -> Token | None:
    token = span.root
    for _ in range(8):
        if (token.pos_ in ("VERB", "AUX") and _time_of_its_own(span, token)) or (token.pos_ == "ADJ" and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)):
            # (a verb after a modal the tagger took for an adjective: "the backlog would not clear")
            return _told_before(span, token) or token
        if token.head == token:
            if _name_do(token):  # the parser made the name the root: the clause it hung below it is the verb's
                verbs_ = [c for c in token.children if c.i < token.i and c.dep_ in ("ccomp", "advcl", "conj")
                          and c.pos_ in ("VERB", "AUX")]
                return max(verbs_, key=lambda c: c.i) if verbs_ else None
            return None
        token = token.head
    return None


def _time_of_its_own(span: Span, verb: Token) -> bool:
    """Can ``verb`` be the time of the date ``span`` hangs from (not a verb of no time of its own, nor a period's end
    dated already)?"""
    return not _no_time_of_its_own(verb) and not _period_dated(span, verb)


def _period_dated(span: Span, verb: Token) -> bool:
    """Is ``verb`` a period's end with a date of its own that the parser hung a second date on ("results for the
    quarter ended Sept. 30 on Oct. 20": Oct. 20 is the reporting's)?"""
    prep = span.root.head
    return verb.lemma_.lower() == "end" and verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("acl", "advcl") \
        and span.root.dep_ == "pobj" and prep.head == verb and prep.lower_ in ("on", "by", "in") \
        and any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod" and c.i < prep.i for c in verb.children)


def _told_before(span: Span, verb: Token) -> Token | None:
    """The verb of the clause told before a date the parser hung on the reporting verb after it, set off by a
    comma and its subject ("will open peace talks in Arusha, Tanzania, on June 15, mediators said on Monday":
    the opening), else None."""
    if verb.i < span.end or repaired_lemma(verb.lemma_.lower(), verb.lower_) not in verbs("reporting"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not span.end <= subject.i < verb.i \
            or not any(t.text == "," for t in span.doc[span.end:subject.left_edge.i]):
        return None
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < span.start and c.pos_ in ("VERB", "AUX")
            and not any(t.text in (";", ":") for t in span.doc[c.i:span.start])]  # (not a clause set apart)
    return told[-1] if told else None


def _forecasters_say(verb: Token | None) -> bool:
    """Whether ``verb`` is what forecasters say ("forecasters called for", "the forecast calls for"), or a copula
    told by them ("forecasters said more rain was likely")."""
    if verb is None:
        return False
    if verb.lemma_.lower() == "be" and verb.dep_ == "ccomp":
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FORECASTERS for c in verb.children)


def _root(span: Span) -> Token:
    """The span's root, or its object of a preposition when the parser split it ("set for 4:12 a.m. EST Friday":
    "a.m." the object of "for", "Friday" hung on the verb)."""
    root = span.root
    if root.dep_ == "npadvmod":
        return next((t for t in span if t.dep_ == "pobj" and not span.start <= t.head.i < span.end), root)
    return root


def _set_for_before(prep: Token) -> bool:
    """Is ``prep`` an "on"/"in" after a "for" phrase of its verb that names no time ("is set for trial on May 27";
    not "was delayed for two weeks in September")?"""
    return prep.lower_ in ("on", "in") and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < prep.i and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for c in prep.head.children)


def governing_tense(span: Span) -> str | None:
    """The tense of the verb a span depends on: ``past``, ``present``, ``future`` or None (modal, no verb)."""
    reporter = reporter_before(span)
    if reporter is not None:
        return verb_tense(reporter)  # "said on Friday it would sell": the saying's tense, whatever the parse
    clause = relative_before(span, governing_token(span)) or relative_after(span)
    if clause is not None:
        return verb_tense(clause)  # "the earthquake that jolted the county on Tuesday afternoon has killed 27", "a
        # blaze early Sunday that gutted a chapel"
    if planned_in_object(span):
        return None  # "called for a day of strikes on Sept. 10", "predicted a vote by Oct. 17": the nearest
    if span.start and span.doc[span.start - 1].lower_ in STARTING_WORDS \
            and (verb := governing_token(span)) is not None:
        tense = verb_tense(verb)  # "passed a measure cutting the tax beginning Aug. 1" (the parser hung the date on
        return None if tense == "past" else tense  # the verb): from when it runs, told in the past, the nearest
    undone = span.root.head if span.root.dep_ in ("nmod", "compound", "poss") else None
    if undone is not None and undone.pos_ == "NOUN" and undone.dep_ == "dobj" \
            and repaired_lemma(undone.head.lemma_.lower(), undone.head.lower_) in UNDOING:
        return "past"  # what is undone or appealed is done: "to reverse its Dec. 20 break", "to appeal Friday's ruling"
    settles, tense = decided(governing_token(span))
    if settles:  # "voted 5 to 2 last night to close the schools in June": what is decided is ahead
        return tense
    token = _root(span)
    head = token
    while head.dep_ in ("compound", "nmod", "amod") and head.head != head and head.i - token.i < 3:
        head = head.head  # "the September bund future": through the compound to its head
        if head.lemma_.lower() in TRADED_FOR:
            return "future"  # "the December contract", "for October delivery": the month a contract is for
        if token.pos_ == "PROPN" and head.pos_ == "NOUN" \
                and REPORTED_CLASSES & (word_class(head.lemma_.lower()) | word_class(head.lower_)):
            last = head
            while last.dep_ in ("compound", "nmod") and last.head != last and last.head.pos_ == "NOUN":
                last = last.head
            if last.lemma_.lower() in FIGURES_REPORTED:
                return "past"  # "will release November retail sales figures tomorrow": a month told of, gone
            return None  # "will release its October employment report": the period reported on, the nearest
    if token.pos_ == "PROPN" and token.dep_ == "npadvmod" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in FIGURES_REPORTED and c.left_edge.i == span.end
            for c in token.head.children):
        return "past"  # the same, the month hung on the verb: "will release [November] retail sales figures"
    figure = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    if figure is not None and figure.pos_ == "VERB" and figure.lemma_.lower() in RELEASING:
        figure = next((c for c in figure.children if c.dep_ == "dobj" and c.i < token.i), None)  # (hung on the verb)
    if figure is not None and figure.pos_ == "NOUN" \
            and (REPORTED_CLASSES | MEASURED_CLASSES) & word_class(figure.lower_):
        return None  # "final figures for the weekend will be released today", "producer prices for March will be
        # published this morning", "will release producer prices for December": the period reported on, the nearest
    possessive = token.dep_ == "poss" and span[-1].i + 1 < len(span.doc) and span.doc[span[-1].i + 1].tag_ == "POS"
    prep = token.head if token.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
            and repaired_lemma(prep.head.lemma_.lower(), prep.head.lower_) in FUTURE_HEADS:
        if any(c.lower_ in FORMER_PLAN_WORDS or c.lower_ in ("had", "'d") for c in prep.head.children):
            return None  # a former plan ("a strike that had been threatened for Feb. 1"): either side, the nearest
        if prep.head.dep_ == "acl" and prep.head.tag_ == "VBN" and prep.head.head.dep_ in ("dobj", "nsubjpass") \
                and verb_tense(prep.head.head.head) == "past" and any(t.like_num for t in span):
            # a calendar day planned, named on what a past verb did to the plan ("called off a strike planned for
            # Feb. 13"): either side, the nearest (a weekday so named is ahead: "postponed the vote set for Sunday")
            return None
        return "future"  # "called early elections for March", "set a meeting for Tuesday": what is set is ahead
    if prep is not None and prep.lower_ in CLASS_BOUNDS and prep.head.tag_ == "VBN" and prep.head.dep_ == "acl" \
            and prep.head.head.head.lemma_.lower() not in ORDERED_STATE_HEADS \
            and (verb := next((a for a in prep.head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None \
            and verb_tense(verb) in ("present", "future"):
        return None  # a deadline or bound a thing is done by, told now: "applies to tickets bought by April 20", the
        # nearest ("would deny deductions on bonds issued after Jan. 1")
    if prep is not None and prep.lower_ in FORESEEN_SPANS and (prep.head.lemma_.lower() in FORECASTING
                                                              or _forecasters_say(governing_token(span))):
        return "future"  # "forecast more heavy rain over the weekend", "forecast showers until Wednesday",
        # "forecasters called for showers through the weekend", "... said rain was likely over the weekend",
        # "offered little hope of relief before the weekend": the weather foreseen is ahead
    if token.dep_ in ("npadvmod", "dobj") and token.head.pos_ == "VERB" \
            and token.head.lemma_.lower() in verbs("declaring") and any(
                c.dep_ in ("dobj", "oprd", "npadvmod") and c.lemma_.lower() in DECLARED_DAYS and c != token
                for c in token.head.children):
        return None  # "declared Friday a national day of mourning": the day named, either side of now
    if token.dep_ in ("nmod", "compound") and token.pos_ == "PROPN" and token.head.pos_ == "NOUN" \
            and token.head.i > span.end - 1 and is_event_noun(token.head.lemma_.lower(), text=token.head.lower_) \
            and (verb := governing_token(span)) is not None and (
                verb_tense(verb) == "present"
                or (verb_tense(verb) == "future" and token.head.dep_ == "pobj"
                    and not _harm(token.head))):
        # "is still recovering from the April 20 earthquake", "a recount of the March 10 primary will begin": a
        # happening named by its day, not the verb's time: the nearest ("the April meeting will be held" is ahead;
        # told in the past, it is gone: "was charged in the Sept. 9 death", "the April 20 quake killed"); a harm
        # is never ahead: "doctors blame the March floods", in September, are this March's
        return "past" if _harm(token.head) else None
    # (the root of "the summer" in "the summer floods" may be the noun's "the"; of "the July 6 crash", "July")
    last = next((t for t in (span[-1], span.root) if t.dep_ in ("nmod", "compound", "amod")), span[-1])
    if last.dep_ in ("nmod", "compound", "amod") and last.head.pos_ == "NOUN" and last.head.i >= span.end \
            and _harm(last.head):
        # "despite the summer floods", "the March earthquake": a harm named by its date, the nearest; told by a
        # past verb, gone ("charged in the February firebombing")
        verb = governing_token(span)
        told = any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and verb_tense(c) == "past"
                   for c in last.head.children)  # "a January fire that killed three children": gone
        return "past" if told or (verb is not None and verb_tense(verb) == "past") else None
    if possessive and lookup(token.head.lemma_.lower(), pos="noun") == "market" and token.head.lower_ != "trading":
        return "past"  # a market's move named by its day is gone: "Monday's 512-point plunge remains the worst"
    if possessive and token.head.dep_ == "conj" and _ahead_of(token.head):
        return "future"  # "ahead of tomorrow's report on April prices and Thursday's release of sales figures"
    if prep is not None and prep.lower_ == "on" and prep.head.pos_ == "NOUN" and _ahead_of(prep.head):
        return "future"  # "held its first election on Sunday, ahead of its entry into the union on July 1"
    if prep is not None and prep.lower_ in ("through", "to") and (prep.head.lemma_.lower() in PERIOD_WORDS or (
            prep.nbor(-1).lemma_.lower() in PERIOD_WORDS and prep.nbor(-1).tag_ == "NN")):
        return None  # the period a figure is for: "net income for the period through Dec. 31 will be", the nearest
    if possessive and span.text.lower() in lexicon().weekdays and token.head.dep_ == "pobj" \
            and token.head.head.lower_ == "for" and is_event_noun(token.head.lemma_.lower(), text=token.head.lower_) \
            and not _harm(token.head) and token.head.head.head.pos_ in ("NOUN", "PROPN"):
        # a weekday's happening a thing is for: "named him the starter for Sunday's game", "the squad for Friday's
        # qualifier" (not what is done for one: "fined for Sunday's protest", "thanked them for Sunday's win")
        return "future"
    if token.dep_ in ("nmod", "compound", "amod") and token.head.pos_ == "NOUN" and token.head.i > span.end - 1 \
            and token.head.dep_ == "pobj" and token.head.head.lower_ == "for" \
            and is_event_noun(token.head.lemma_.lower(), text=token.head.lower_):
        return None  # what is readied for: "registered for the March 4 general election", either side of now
    owner = token.head if possessive else prep.head if prep is not None and prep.head.pos_ == "NOUN" else None
    if owner is not None and any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and verb_tense(c) == "past"
                                 for c in owner.children):
        # "investigating Tuesday's attack, which killed 12 people", "a blaze on Sunday that burned 3,000 acres": an
        # attack gone
        return "past"
    if prep is not None and prep.lower_ in ("in", "on") and prep.head.pos_ == "NOUN" \
            and prep.head.dep_ in NOMINAL_DEPS and any(c.dep_ in ("det", "poss") for c in prep.head.children) \
            and is_event_noun(prep.head.lemma_.lower(), text=prep.head.lower_) \
            and not _closing(prep.head) and (verb := governing_token(span)) is not None \
            and verb_tense(verb) == "present" and not perfect_tense(verb):
        # a happening named with its date, told in the present: not the verb's time, the nearest ("the sale follows
        # the divestiture of its magazine unit in July", "behind last year's pace because of flops in June")
        return None
    if prep is not None and (verb := governing_token(span)) is not None and (tense := verb_tense(verb)) in (
            "present", "future") and (
            (prep.head.pos_ == "NOUN" and _harm(prep.head))
            or repaired_lemma(verb.lemma_.lower(), verb.lower_) in ATTRIBUTING):
        # "doctors blame heavy rains in late April", "agreed to settle claims stemming from the spill in June": a
        # cause or a hazard named by its date, told now or ahead ("will fall short, citing heavy markdowns in
        # December"); the nearest (after a present perfect, gone: "have arrested a suspect in the shooting of a
        # clerk on Tuesday night")
        return "past" if perfect_tense(verb) and tense == "present" else None
    if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj" \
            and is_event_noun(prep.head.lemma_.lower(), text=prep.head.lower_) \
            and repaired_lemma(prep.head.head.lemma_.lower(), prep.head.head.lower_) in PLAN_PARTICIPLES \
            and not any(c.lower_ in FORMER_PLAN_WORDS or c.lower_ in ("had", "'d") for c in prep.head.head.children):
        return "future"  # "scheduled a special shareholders meeting for May 18": what is set is ahead
    if token.dep_ in ("nmod", "compound") and token.head.pos_ == "NOUN" and token.head.i >= span.end \
            and token.head.dep_ == "dobj" and (is_event_noun(token.head.lemma_.lower(), text=token.head.lower_)
                                               or token.head.lemma_.lower() in SET_DAY_NOUNS) \
            and repaired_lemma(token.head.head.lemma_.lower(), token.head.head.lower_) in PLAN_PARTICIPLES \
            and not _harm(token.head):  # (not "setting a January fire")
        # "scheduled a March 12 vote", "set a Dec. 16 execution date", "had originally set a December 31
        # deadline": after the setting; the nearest
        return None
    at = prep.head.head if prep is not None else None
    if prep is not None and prep.head.lower_ in FIGURE_UNITS and at.pos_ == "ADP" and at.i \
            and (at.head.pos_ in ("NOUN", "PROPN") or at.doc[at.i - 1].text == ","):
        return None  # a figure a thing stood at: "unemployment, at 11.8 percent in July, would keep rising"
    if token.dep_ in ("dobj", "npadvmod") and token.head.pos_ == "VERB" \
            and token.head.lemma_.lower() in PLAN_PARTICIPLES and span.end + 2 < len(span.doc) \
            and span.doc[span.end].lower_ == "as" \
            and any(t.lemma_.lower() in SET_DAY_NOUNS for t in span.doc[span.end + 1:span.end + 4]):
        return None  # "set March 19 as the date of a special election": a day set, either side of now; the nearest
    if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in SET_DAY_NOUNS:
        return None  # "set a trial date of April 20": a day set, either side of now; the nearest
    owner_prep = token.head.head if possessive and token.head.dep_ == "pobj" else prep  # "before Tuesday's vote"
    if owner_prep is not None and owner_prep.lower_ in ("before", "until", "till") \
            and owner_prep.head.lower_ in COUNTDOWN_WORDS and owner_prep.head.head.lemma_.lower() in TEMPORAL_UNITS:
        return "future"  # "with two weeks left before election day", "days remaining until the vote": ahead
    if prep is not None and prep.lower_ in ("in", "on", "at") and prep.head.lower_ == "set" and (
            (prep.head.dep_ == "acl" and prep.head.tag_ == "VBN")
            or (prep.head.pos_ == "NOUN" and any(c.dep_ == "compound" for c in prep.head.children))):
        # (the parser may read "a record set" as a compound noun)
        return "past"  # "a record set in January", "a mark set in June": established then (not "set for March")
    if prep is not None and prep.lower_ in ("to", "from") and (
            prep.head.lemma_.lower() in DATING_BACK or (prep.i and prep.nbor(-1).lower_ in DATING_BACK)):
        return "past"  # "back pay dating to Nov. 20", "raises retroactive to Jan. 1": what it reaches back to is gone
    if prep is not None and any(_closing(n) for n in (prep.head, prep.nbor(-1) if prep.i else prep.head)):
        return "past"  # "a 38 percent premium to Norvik's closing price on Tuesday": a close is gone
    if (prep is None and span.start and _closing(span.doc[span.start - 1])) or (possessive and _closing(token.head)):
        # the same, the date hung on the verb or owning the close: "a premium over Tidewater's closing price
        # Tuesday", "released after Friday's close"
        return "past"
    if prep is not None and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "for" \
            and is_event_noun(prep.head.lemma_.lower()) and prep.head.head.head.lemma_.lower() not in ANSWERED_FOR:
        return None  # what is readied for: "setting the stage for an election in October", either side of now
        # (not what is answered for: "claimed responsibility for the attack on Monday", the verb's tense)
    if prep is not None and prep.lower_ in ("on", "at") and prep.i and prep.head.lemma_.lower() in CALLING_TO \
            and (noun := prep.doc[prep.i - 1]).dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.i < noun.i and is_event_noun(noun.lemma_.lower()) \
            and lookup(noun.lemma_.lower(), pos="noun") not in CHARGE_TYPES:
        return None  # the same, hung on the verb: "summoned lawmakers back for a special session on June 12"
    if prep is not None and prep.lower_ in DEADLINE_WORDS and prep.head.pos_ in ("VERB", "AUX") \
            and prep.head.lemma_.lower() in DEADLINE_GIVERS and any(
                c.i > prep.i and c.dep_ in ("xcomp", "advcl", "acl") and any(a.lower_ == "to" for a in c.children)
                for c in (*prep.head.children, *token.children)):  # (or on the date: "until the end of June to")
        # "has until Friday to respond", "gave the company until Oct. 1 to submit a plan": a deadline, ahead of
        # the giving; the nearest when that was in the past
        return "future" if verb_tense(prep.head) in ("present", "future") else None
    if prep is not None and prep.lower_ in ENDPOINTS and prep.head.tag_ == "VBN" and (
            (prep.head.dep_ == "acl" and prep.head.head.dep_ == "dobj"
             and prep.head.head.head.lemma_.lower() in ORDERED_STATE_HEADS)
            or (prep.head.dep_ == "ccomp" and prep.head.head.lemma_.lower() in ORDERED_STATE_HEADS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in prep.head.head.children))):
        # a state ordered or to be had, to last until a day: "ordered flags lowered through Sunday", "hope to have
        # the fire contained by Sunday" (or with the object as the participle's subject: "hoped to have it
        # contained by Wednesday"): ahead of the order
        return "future"
    if prep is not None and prep.lower_ in MOVED_TO and prep.head.lemma_.lower() in SUSPENDING \
            and token.pos_ == "PROPN" and not any(c.lower_ in ("had", "'d") for c in prep.head.children):
        return "future"  # "suspended all flights until Monday": a halt that runs ahead (to a named day, not an hour)
    if prep is not None and (prep.lower_ in MOVED_TO or prep.lower_ == "for" or _set_for_before(prep)) \
            and prep.head.pos_ == "VERB" \
            and phrasal_lemmas(prep.head) & verbs("scheduling") \
            and not any(c.lower_ in FORMER_PLAN_WORDS for c in prep.head.children) \
            and not all(t.ent_type_ == "TIME" for t in span):
        # "postponed the vote until next Tuesday", "the trial was adjourned to Monday", "the rematch was
        # rescheduled for April 21", "is set for trial on May 27": ahead; from the past perfect, the nearest (but
        # an hour is of the day talked about: "the first pitch was delayed until 7:25 p.m.")
        return None if any(c.lower_ in ("had", "'d") for c in prep.head.children) else "future"
    if possessive and any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS for c in token.head.children):
        return "future"  # "to avoid violence at Friday's planned marches": ahead
    below = token
    for _ in range(8):
        if possessive and token.pos_ in ("VERB", "AUX"):
            # "investigating Tuesday's explosion": the happening named, not the verb's time, so the nearest;
            # but what a past or perfect verb tells is gone ("Friday's session saw heavy selling", "have
            # found the cause of Wednesday's derailment")
            perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) \
                and repaired_lemma(token.lemma_.lower(), token.lower_) not in FUTURE_HEADS  # not "have prepared for"
            if perfect or verb_tense(token) == "past":
                return "past"
            return "future" if _arranged_ahead(span.root.head, below, token) else None
        if ((token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("acl", "advcl", "xcomp", "prep")
             and (token.lemma_.lower() in ("start", "begin")
                  or (token.lower_ == "ending" and token.dep_ == "acl" and token.head.lower_ in REPORTING_PERIODS)))
                or (token.dep_ == "prep" and token.lower_ in STARTING_WORDS)) \
                and not span.start <= token.i < span.end:  # (a "beginning" tagged as a noun, too)
            # "declared three days of mourning starting Friday": from when it runs, told in the past, the nearest
            # ("will close the plant beginning Monday": ahead); so is the end of a period still running ("cut its
            # forecast for the quarter ending in June", in May: this June; "fell in the year ending in June", in
            # August: this June too, the nearest either way)
            if token.lower_ == "ending":
                return None
            tense = verb_tense(token)
            return None if tense == "past" else tense
        if token.pos_ in ("VERB", "AUX") and _time_of_its_own(span, token):
            token = _told_before(span, token) or token
            tense = None if would_after_dated_past(token) else verb_tense(token)
            return None if tense == "past" and ahead_of_past(span, token) else tense
        if token.pos_ == "ADJ" and (token.dep_ in ATTRIBUTE_DEPS or token.lemma_.lower() in IN_FORCE_FROM
                                    or (token.dep_ == "prep" and token.lower_ == "due")) \
                and not span.start <= token.i < span.end and not _depictive(token):
            # "declared a dividend, payable Dec. 1", "was named president, effective Jan. 1": not the verb's
            # tense; the nearest year
            return None
        if token.head == token:
            verb = governing_token(span) if _name_do(token) else None  # the verb under a name's "do" made root
            return verb_tense(verb) if verb is not None else None
        below, token = token, token.head
    return None


def _harm(noun: Token) -> bool:
    """Is ``noun`` a hazard or an attack (its noun's type is one of ``HARM_TYPES``: "fire", "flood", "bombing")?"""
    return lookup(noun.lemma_.lower(), pos="noun") in HARM_TYPES


def _ahead_of(noun: Token) -> bool:
    """Is ``noun`` under "ahead of" through conjuncts and noun phrases, below any verb?"""
    for anc in list(noun.ancestors)[:AHEAD_REACH]:
        if anc.pos_ in ("VERB", "AUX"):
            return False
        if anc.lower_ == "of" and anc.head.lower_ == "ahead":
            return True
    return False


AHEAD_REACH = 6


def _depictive(adjective: Token) -> bool:
    """Is ``adjective`` a state of its verb's subject said with no comma ("walked out unarmed at 5:20 a.m.",
    "was found dead on Monday")? Its date is the verb's, not an attribute's of its own ("a dividend, payable
    Dec. 1")."""
    head = adjective.head
    if adjective.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or adjective.lemma_.lower() in IN_FORCE_FROM:
        return False
    low, high = sorted((head.i, adjective.i))
    return not any(t.is_punct for t in adjective.doc[low + 1:high])


def _arranged_ahead(noun: Token, below: Token, verb: Token) -> bool:
    """Whether a day's arranged happening is told as ahead: the subject of a future verb or of "is
    expected to" ("Tuesday's vote will decide", "Friday's meeting is expected to focus on trade"), or what a
    future verb readies for ("will take charge for Tuesday's trip"), or a fixture a verb of now or ahead takes.
    Not a hazard ("Tuesday's explosion will cost millions" is gone)."""
    if _harm(noun) or not is_event_noun(noun.lemma_.lower(), text=noun.lower_):
        return False
    tense = verb_tense(verb)
    if below.dep_ in ("nsubj", "nsubjpass"):
        planned = tense == "present" and repaired_lemma(verb.lemma_.lower(), verb.lower_) in PLAN_PARTICIPLES \
            and any(c.dep_ == "xcomp" for c in verb.children)
        return tense == "future" or planned
    if tense in ("future", "present") and below.dep_ in ("dobj", "prep") \
            and lookup(noun.lemma_.lower(), pos="noun") == "sports":
        # a fixture a verb of now or ahead takes: "will start Saturday's season opener", "goes into Sunday's race"
        return True
    return tense == "future" and below.dep_ == "prep" and below.lower_ in ("for", "before")


def _closing(noun: Token) -> bool:
    """Is ``noun`` a close or a closing price ("Friday's close", "the closing price"), not the close of an
    event ("at the close of the meeting on Saturday")?"""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and noun.lemma_.lower() in CLOSING_WORDS:
        return False
    if noun.lower_ == "closes" and any(c.dep_ in ("compound", "nsubj") for c in noun.children):
        return False  # "before the transfer window closes on Monday": a verb the tagger took for a plural
    if noun.lower_ == "closings":
        return False  # "will decide on the closings in April": plants or stores closed, no market's close
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in CLOSING_WORDS or (any(
        c.dep_ in ("amod", "compound") and c.lower_ in CLOSING_WORDS for c in noun.children)
        and not is_event_noun(noun.lemma_.lower(), text=noun.lower_)))  # (not "will address the closing session
    # on Saturday", "the closing ceremony": an event that ends a gathering)
