"""Sentences and their predicates, as plain records for the event builder.

One pass over each sentence's tokens gives, as plain data (nothing after ``extractors/`` imports spaCy):

- ``words``: the parse (lemma, part of speech, dependency label, head index, entity label);
- ``predicates``: the verbs, the clauses headed by "be" (copula) and the event nouns ("the meeting",
  "talks", "the Moscow Summit", "the shooting"), each with its tense, voice, negation, subject and object.
  Light verbs are resolved to the event noun they carry: "paid a visit" -> visit, "held talks" -> talks,
  "talks were held" -> talks, "took part in celebrations" -> celebration, "posted a loss" -> loss. A phrasal
  verb or a noun with its modifier is one trigger when the vocabulary lists the pair: "laid off" -> lay off,
  "called for" -> call for, "a press conference" -> press conference.

Sentence offsets exclude surrounding whitespace; a sentence is in a new paragraph when a line break
separates it from the one before. There is one :class:`Sentence` per spaCy sentence, so sentence indexes
agree with the ``sentence`` of every mention.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang.dates import month_names
from ..lang.events import (
    SAME_PAST_FORMS,
    STARTED_BY,
    TEMPORAL_NOUNS,
    THIRD_SINGULAR,
    gatherings,
    is_event_noun,
    pair_words,
    past_form,
    triggers,
    verbs,
)
from ..records import Predicate, Sentence, Word
from .parse import AUX_DEPS, SUBJECT_DEPS, Parse

PAST_TAGS = frozenset({"VBD", "VBN"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
TIME_ENTS = frozenset({"DATE", "TIME"})
CLOCK_UNITS = frozenset({"second", "minute", "hour", "day", "lap", "game", "inning", "round", "week"})
PREDICATE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
MONTHS = month_names()  # a capitalized month name is a date, not the event it may spell ("March")


def _tense(p: Parse, i: int) -> str | None:
    """past / present / future from the token's tag and its auxiliaries: perfects count as past ("has
    visited"), a passive takes its auxiliary's tense ("is scheduled": present, "was held": past)."""
    auxes = [c for c in p.children[i] if p.dep[c] in AUX_DEPS and p.lower[c] != "to"]
    head = p.head[i]
    if p.dep[i] == "conj" and head != i and not auxes and p.tag[i] != "VBG" \
            and not (p.tag[i] == "VBD" and p.lower[i].endswith("ed") and i >= 2 and p.lower[i - 2] == ","
                     and p.lower[i - 1] in ("and", "but")) \
            and not any(p.dep[c] in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in p.children[i]) \
            and any(p.dep[c] in AUX_DEPS and p.tag[c] == "MD" for c in p.children[head]):
        return _tense(p, head)  # "would close two sawmills and cut 340 jobs": the modal is both verbs' (not a
        # regular past's set off by a comma: "will retire at the end of March, and named a successor"; not "would
        # hold classes in hallways and converted gymnasiums", nor "ground", which may be either)
    if any(p.tag[c] == "MD" for c in auxes):  # "will", "would", "could" meet: ahead; "could have met": past
        if any(p.lemma[c] == "have" for c in auxes):  # "could have met": past; "would have been held": either
            return None if any(p.lower[c] == "would" for c in auxes) else "past"
        return "future"
    if any(p.lemma[c] == "have" for c in auxes) or p.tag[i] == "VBD":
        return "past"
    finite = [c for c in auxes if p.tag[c] in ("VBD", "VBZ", "VBP")]
    if finite:
        return "past" if p.tag[finite[0]] == "VBD" else "present"
    if p.tag[i] == "VBP" and past_form(p.lower[i]):
        return "past"  # a past form the tagger took for a present: "police retook it Sunday"
    if p.tag[i] == "VBP" and p.lower[i] in SAME_PAST_FORMS and (_singular_subject(p, i) or any(
            p.dep[c] == "conj" and p.tag[c] == "VBD" for c in p.children[i])):
        return "past"  # a present would be "resets": "the company reset all passwords over the weekend"; one joined
        # to a past is past: "officials cut the budget and froze hiring"
    if p.tag[i] in ("VBZ", "VBP"):
        return "present"
    if p.tag[i] == "VB" and not auxes and p.dep[i] == "conj" and p.tag[head] in ("VBD", "VBZ", "VBP") \
            and not any(p.dep[c] in AUX_DEPS for c in p.children[head]) and p.lemma[i] not in SAME_PAST_FORMS:
        # a bare form joined to a finite verb is a present the tagger missed: "recovered the box on Saturday
        # and hope to determine" (a past would be written "hoped"; "cut" and "put" are both)
        return "present"
    return "past" if p.tag[i] == "VBN" and not auxes else None


def _singular_subject(p: Parse, i: int) -> bool:
    """Has the verb at ``i`` a third-person singular subject (a singular noun, "he", "she", "it")?"""
    return any(p.dep[c] == "nsubj" and (p.tag[c] in ("NN", "NNP") or p.lower[c] in THIRD_SINGULAR)
               for c in p.children[i])


PAIR_PREPS = frozenset({"for", "on", "out", "off", "over", "down", "up", "in", "into", "to"})  # "call for", "bail out"
MODIFIER_DEPS = frozenset({"compound", "amod"})
PERIOD_NOUNS = TEMPORAL_NOUNS | {"session"}  # "the third straight session": no event, a span of time
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})  # where a word the tagger took for an adjective is a noun


def _noun_adjective(p: Parse, i: int) -> bool:
    """A word the tagger took for an adjective where a noun stands: "made landfall", and after the noun it
    would modify ("in the World Cup final on Sunday night": "final", hung on "Cup")."""
    return p.pos[i] == "ADJ" and (p.dep[i] in NOUN_DEPS or (
        p.dep[i] == "amod" and p.head[i] < i and p.pos[p.head[i]] in ("NOUN", "PROPN")))


def _trigger_key(p: Parse, i: int) -> str:
    """The key a trigger is listed under: a phrasal verb ("lay off"), a noun with its modifier ("press
    conference"), a plural that is listed ("talks"), else the lemma."""
    return _trigger_span(p, i)[0]


def _trigger_span(p: Parse, i: int) -> tuple[str, int]:
    """The key of the trigger at token ``i`` (:func:`_trigger_key`) and its first token: the modifier of a
    noun listed with it ("press" of "press conference", "cease" of "cease-fire"), else ``i``."""
    table = triggers()
    lemma = p.lemma[i]
    firsts, lasts = pair_words()
    if p.pos[i] in ("NOUN", "PROPN") or p.dep[i] == "dobj" or _gerund_subject(p, i):
        for c in p.children[i] if lemma in lasts or p.lower[i] in lasts else ():
            if c < i and p.dep[c] in MODIFIER_DEPS:
                pairs = [f"{p.lemma[c]} {lemma}", f"{p.lower[c]} {p.lower[i]}", f"{p.lower[c]}-{p.lower[i]}"]
                if i - c == 2 and p.text[c + 1] == "-":
                    pairs.insert(0, pairs.pop())  # as written: "the take-off" (not the verb "take off")
                for pair in pairs:
                    if pair in table:  # "a press conference", "the cease-fire", "had a falling out"
                        return pair, c
        lower = p.lower[i]
        return (lower if lower != lemma and lower in table else lemma), i
    particle = any(p.dep[c] == "prt" for c in p.children[i])
    for c in p.children[i] if lemma in firsts else ():
        if p.dep[c] == "prep" and any(p.ent[g] in TIME_ENTS for g in p.children[c]):
            continue  # "go on Sunday": a date, not a particle
        if p.dep[c] == "prep" and particle:
            continue  # the verb has its particle: "sat down in Geneva" is no "sit in"
        if c > i and (p.dep[c] in ("prt", "dobj") or (p.dep[c] in ("acomp", "oprd", "advmod") and c == i + 1)
                      or (p.dep[c] in ("prep", "advmod") and p.lower[c] in PAIR_PREPS and not _amount_after(p, c))):
            if f"{lemma} {p.lower[c]}" in table:  # "laid off", "called for", "took place", "went public", "broke even"
                return f"{lemma} {p.lower[c]}", i
    nxt = i + 1
    if lemma in firsts and nxt < len(p.lemma) and p.dep[nxt] == "advmod" and f"{lemma} {p.lower[nxt]}" in table:
        return f"{lemma} {p.lower[nxt]}", i  # an adverb the parser hung on the next phrase: "broke even in 1989"
    if lemma in firsts and nxt + 1 < len(p.lemma) and f"{lemma} {p.lower[nxt]} {p.lower[nxt + 1]}" in table:
        return f"{lemma} {p.lower[nxt]} {p.lower[nxt + 1]}", i  # a phrase of three words: "got under way"
    return lemma, i


def _amount_after(p: Parse, i: int) -> bool:
    """Is the word at ``i`` followed by an amount? Then it is a change, not a particle: "stands at 96 cents, down
    19 cents" is no "stand down"."""
    nxt = i + 1
    return nxt < len(p.text) and (p.text[nxt][:1].isdigit() or p.text[nxt] in ("$", "€", "£", "¥"))


def _event_noun(p: Parse, i: int) -> bool:
    """A noun naming a happening: "the meeting", "talks", and the head of a named one ("the Moscow Summit")."""
    if i < 0:
        return False
    pos = p.pos[i]
    if p.ent[i] in TIME_ENTS and not (pos == "NOUN" and p.lemma[i] not in PERIOD_NOUNS):
        return False  # but a common noun the model ran into a date is not: "with a runoff two weeks later"
    if (pos in ("NOUN", "PROPN") or p.dep[i] == "dobj") and (p.lemma[i] in pair_words()[1]
                                                          or p.lower[i] in pair_words()[1]) \
            and (" " in (key := _trigger_key(p, i)) or "-" in key):
        return True  # listed with its modifier: "the cease-fire", "a falling out"
    if pos == "PROPN":
        if p.dep[i] == "compound" or p.lower[i] in MONTHS:
            return False
    elif pos != "NOUN" and not _noun_adjective(p, i):  # "made landfall": tagged ADJ
        return False
    return is_event_noun(p.lemma[i], text=p.text[i])


def _gerund_subject(p: Parse, i: int) -> bool:
    """A gerund subject the tagger took for a verb, with no object or subject of its own, that names a
    happening: "Trading in the shares was suspended", "Fighting resumed on Sunday", "killed in fighting"."""
    return p.pos[i] == "VERB" and p.tag[i] == "VBG" and p.dep[i] in ("nsubj", "nsubjpass", "pobj") \
        and not any(p.dep[c] in AUX_DEPS or p.dep[c] in SUBJECT_DEPS or p.dep[c] == "dobj" for c in p.children[i]) \
        and is_event_noun(p.lower[i], text=p.text[i])


def _break(p: Parse, k: int) -> bool:
    """Is token ``k`` punctuation that parts a phrase (not the hyphen of "no-confidence")?"""
    return p.pos[k] == "PUNCT" and p.text[k] not in ("-", "\u2013")


def _light_phrase(p: Parse, verb: int, begin: int, noun: int) -> tuple[int, int] | None:
    """The offsets of a light verb with the event noun it carries, when the two are close: "held talks", "made
    her Met debut", "a memorial service will be held", "talks that were held", "negotiations, held in
    November". TimeML marks the verb as an event too, so the trigger phrase covers both (five words apart at
    most, a hyphen not counted: "suffered its second-worst point loss"); a verb far from its noun keeps the
    noun alone, and "be" and "have" are never events ("had a falling out")."""
    if verb < begin and begin - verb - sum(p.text[k] == "-" for k in range(verb, begin)) <= 5 \
            and not any(_break(p, k) for k in range(verb + 1, begin)):
        return p.idx[verb], p.end[noun]
    small = sum(p.pos[k] in ("AUX", "PART", "ADV", "PRON") for k in range(noun + 1, verb))
    if noun < verb <= noun + 5 and verb - noun - small <= 4 and all(
            p.pos[k] in ("AUX", "PART", "ADV", "PRON") or p.text[k] == ","
            or (p.head[k] == noun and p.dep[k] == "prep" and p.lower[k] == "of")
            or (p.dep[k] == "pobj" and p.head[p.head[k]] == noun) for k in range(noun + 1, verb)):
        # (the noun's "of" phrase between: "the last round of negotiations, held in November")
        return p.idx[begin], p.end[verb]
    return None


def _object_phrase(p: Parse, verb: int, obj: int) -> tuple[int, int] | None:
    """The offsets of a verb with the event noun it takes part in, which happens as it does, when the two are
    close: "fought a brief war in 1969", "passed a safety inspection in June", "won Sunday's runoff"; or with
    the state it enters: "went on strike at 12:01 a.m.", "came under attack on Monday"."""
    prep = verb + 1
    if prep + 1 < len(p.lower) and p.lemma[verb] in ("go", "come") and p.lower[prep] in ("on", "under") \
            and p.head[prep] == verb and p.head[prep + 1] == prep and _event_noun(p, prep + 1):
        return p.idx[verb], p.end[prep + 1]
    if obj <= verb or obj - verb > 6 or p.lemma[verb] not in verbs("sharing") | verbs("participation") \
            or p.dep[obj] != "dobj" or not _event_noun(p, obj) or any(_break(p, k) for k in range(verb, obj)):
        return None
    return p.idx[verb], p.end[obj]


SPAN_NOUNS = frozenset({"day", "hour", "week", "month", "session"})  # "three days of talks"


def _started_apart(p: Parse, noun: int) -> bool:
    """Has the event noun at ``noun`` a relative clause that tells, with a date on its verb, when it began ("a
    lockout that began Jan. 28", "a debate that stretched back to 2009"; not "a revolution that began with an
    attack on Nov. 17", which dates the attack)?"""
    for r in p.children[noun]:
        todo = list(p.children[r]) if p.dep[r] == "relcl" and p.lemma[r] in STARTED_BY else []
        while todo:
            k = todo.pop()
            if p.ent[k] in TIME_ENTS:
                return True
            todo += p.children[k] if p.dep[k] in ("prep", "advmod") else ()
    return False


def _light_object(p: Parse, verb: int, obj: int) -> int:
    """The event noun a light verb carries (its token index), or -1."""
    lemma = p.lemma[verb]
    if obj >= 0 and any(p.dep[c] == "ccomp" and verb < c < obj for c in p.children[verb]):
        obj = -1  # an appositive after the clause told, taken for an object: "reported that prices jumped 1%, the
        # steepest rise since 1987"
    if obj >= 0 and any(p.dep[c] == "oprd" and c > obj and not _event_noun(p, c) for c in p.children[verb]):
        obj = -1  # an object said to be something: "called the vote a political vendetta" (no vote called; but
        # "took four employees hostage")
    if lemma in verbs("light") and _event_noun(p, obj) and not (lemma in verbs("aspectual") and _started_apart(p, obj)):
        # (not a happening an aspectual verb ends that began at a date of its own: "ending a lockout that began
        # Jan. 28" is an ending on its day, and the lockout of Jan. 28)
        return obj
    if lemma in verbs("light") and obj >= 0 and p.lemma[obj] in SPAN_NOUNS:
        # "held three days of hearings", "ended two weeks of talks": the happening the span is of
        found = next((g for c in p.children[obj] if p.dep[c] == "prep" and p.lower[c] == "of"
                      for g in p.children[c] if p.dep[g] == "pobj"), -1)
        if _event_noun(p, found):
            return found
    if lemma in verbs("convening") and obj >= 0 and p.pos[obj] in ("NOUN", "PROPN") \
            and p.lemma[obj].lower() in gatherings():
        return obj  # "Services will be held Saturday", "threw a party", "a funeral Mass will be said Friday"
    if lemma in verbs("light") and obj >= 0:
        for c in p.children[verb]:  # "to give Dortmund a 2-1 win": the parser's second object
            if c > obj and p.dep[c] == "dobj" and _event_noun(p, c):
                return c
    if lemma in verbs("light") and obj < 0:
        for c in p.children[verb]:  # "the storm made landfall early Saturday": landfall tagged ADJ, a ccomp
            if c > verb and p.dep[c] in ("ccomp", "acomp", "oprd") and is_event_noun(p.lemma[c], text=p.text[c]) \
                    and ((p.pos[c] == "ADJ" and not p.children[c]) or (p.pos[c] == "NOUN" and all(
                        p.dep[g] in ("det", "poss", "compound", "amod") or (p.dep[g] == "nsubj" and g == c - 1)
                        for g in p.children[c]))):
                # ... or a noun taken for a clause: "made her Met debut on Jan. 14", "made her stage debut" (with
                # "stage" its subject)
                return c
            for g in p.children[c] if c > verb and p.dep[c] == "npadvmod" and p.ent[c] in TIME_ENTS else ():
                # "to make landfall Thursday night": landfall tagged ADJ, a modifier of the date after it
                if g == verb + 1 and p.dep[g] == "amod" and p.ent[g] not in TIME_ENTS \
                        and is_event_noun(p.lemma[g], text=p.text[g]):
                    return g
    host = p.head[verb]
    if p.dep[verb] == "acl" and lemma in verbs("never_trigger") and not _event_noun(p, host) \
            and p.dep[host] == "pobj" and p.lower[p.head[host]] == "of" and _event_noun(p, p.head[p.head[host]]) \
            and p.head[p.head[host]] < host:
        # "an offer of $28 made in January": the offer (a verb that is an event of its own stays one: "a survey of
        # 800 voters, conducted last week")
        host = p.head[p.head[host]]
    if lemma in verbs("light") and p.dep[verb] in ("acl", "relcl") and (obj < 0 or p.tag[obj] in ("WDT", "WP")) \
            and _event_noun(p, host) and lemma not in verbs("reporting") \
            and not any(p.dep[c] in ("ccomp", "oprd", "xcomp") or (p.dep[c] == "nsubj" and p.tag[c] in ("WDT", "WP"))
                        for c in p.children[verb]):  # not the noun's own doing: "the earthquake, which struck"
        # "an event to be held on October 12", "talks that were held on Monday"; not what is told ("the
        # talks, first reported on Monday": the reporting is Monday's)
        return host
    if lemma in verbs("in_verbs"):
        # "took part in X", "entered into an agreement": the "in"/"into" phrase hangs off the verb or off "part"
        for head in (verb, obj) if obj >= 0 and p.lemma[obj] == "part" else (verb,):
            for prep in p.children[head]:
                if p.dep[prep] == "prep" and p.lower[prep] in ("in", "into"):
                    noun = next((c for c in p.children[prep] if p.dep[c] == "pobj"), -1)
                    if _event_noun(p, noun):
                        return noun
    return -1


OPENING = frozenset({"open", "close", "reopen"})  # verbs the tagger takes for adjectives after a plural subject
OPEN_STATES = frozenset({"open"})  # and the state a copula's date bounds: "polls will be open from 7" (one of them)


def _opening_verb(p: Parse, i: int) -> bool:
    """Is the adjective at ``i`` an opening or closing, a verb the tagger read as an adjective ("polls close at 8
    p.m.", "the Games open tomorrow", the parser hanging it on its subject), or a state of being open a copula
    and a date bound ("polls will be open from 7 a.m. to 8 p.m.")?"""
    word, dep, head = p.lower[i], p.dep[i], p.head[i]
    if word in OPENING and any(p.dep[c] in SUBJECT_DEPS for c in p.children[i]):
        return True
    if word in OPENING and dep == "conj" and p.pos[head] == "VERB" and p.lemma[head] in OPENING:
        return True  # "polls will open at 8 a.m. and close at 5 p.m.": the closing, taken for an adverb
    if word in OPENING and dep == "amod" and head < i and p.dep[head] == "ROOT" and p.pos[head] in ("NOUN", "PROPN") \
            and p.tag[head] in ("NNS", "NNPS"):
        return True
    if word in OPENING and dep == "advmod" and head < i and p.dep[head] in ("ROOT", "nsubj") \
            and p.tag[head] in ("NNS", "NNPS") and _timed(p, i):
        return True  # "Polls in California close at 8 p.m.", the closing taken for an adverb of its subject
    return word in OPEN_STATES and dep == "acomp" and p.lemma[head] == "be" and _timed(p, i)


def _timed(p: Parse, i: int) -> bool:
    """Does a date or time hang on the word at ``i``, itself or through its preposition?"""
    return any(p.ent[g] in TIME_ENTS for c in p.children[i] if p.dep[c] in ("prep", "npadvmod")
               for g in (c, *p.children[c]))


def _predicate(p: Parse, i: int, first: int) -> Predicate | None:
    """A predicate for a verb, a copula clause head or an event noun; None for other tokens."""
    pos, dep = p.pos[i], p.dep[i]
    if pos == "NOUN" and dep in ("xcomp", "ccomp", "advcl") and any(p.dep[c] == "aux" and p.lower[c] == "to"
                                                                   for c in p.children[i]):
        pos = "VERB"  # a verb the tagger took for a noun: "was set to land on Monday", "expect the boom to peak"
    if p.lemma[i] in ("leave", "remain") and p.tag[i] in ("VBN", "VBG") and p.dep[i] == "acl" \
            and p.lemma[p.head[i]] in CLOCK_UNITS:
        return None  # "with 5.2 seconds left", "with two minutes remaining": a time in a game, no happening
    if p.tag[i] == "VBG" and i > 0 and p.lower[i - 1] in ("above", "below"):
        return None  # "climb above freezing": a temperature, no happening
    if pos == "VERB" and p.text[i][:1].isdigit():
        return None  # a model number the tagger took for a verb: "grounded all Boeing 787s"
    if pos in ("ADJ", "ADV") and _opening_verb(p, i):
        pos = "VERB"
    if _gerund_subject(p, i):
        kind = "noun"
    elif pos == "VERB" or (pos == "AUX" and dep not in AUX_DEPS):
        kind = "verb" if pos == "VERB" else "copula"
    elif (pos in ("NOUN", "PROPN") or _noun_adjective(p, i)) and _event_noun(p, i):
        kind = "noun"  # (an event noun the tagger took for an adjective: "the women's final is on Saturday")
    else:
        return None
    subject = obj = -1
    negated = passive = False
    for child in p.children[i]:
        cdep = p.dep[child]
        if cdep in SUBJECT_DEPS or (kind == "noun" and cdep == "poss"):
            subject = child if subject < 0 else subject
        elif cdep in PASSIVE_SUBJECT_DEPS:
            passive = True
            obj = child if obj < 0 else obj
        elif cdep == "dobj":
            obj = child if obj < 0 else obj
        elif cdep == "neg":
            negated = True
        elif cdep == "auxpass":
            passive = True
    trigger, light = i, None
    if kind == "verb" and (noun := _light_object(p, i, obj)) >= 0:
        trigger, light = noun, p.lemma[i]
    key, first_token = _trigger_span(p, trigger)
    begin = first_token if trigger != i or kind == "noun" else trigger  # a noun's offsets cover its modifier
    last = trigger
    if kind == "verb" and trigger == i and " " in key and i + 1 < len(p.lower) \
            and p.lower[i + 1] == key.split(" ", 1)[1] and p.head[i + 1] == i:
        last = i + 1  # a phrasal verb written in one piece covers both words: "took office", "laid off"
    elif kind == "verb" and trigger == i and key.count(" ") == 2 \
            and key.split(" ", 1)[1] == " ".join(p.lower[i + 1:i + 3]):
        last = i + 2  # and all three: "got under way"
    elif kind == "verb" and trigger == i and " " in key and p.lemma[i] in verbs("never_trigger"):
        # a light verb's particle set apart ("took six months off"): the trigger runs to the particle, so it
        # is never the light verb alone
        particle = key.split(" ", 1)[1]
        last = next((c for c in p.children[i] if c > i and p.lower[c] == particle), i)
    return Predicate(
        phrase=_light_phrase(p, i, begin, trigger) if light and light not in ("be", "have")
        else _object_phrase(p, i, obj) if kind == "verb" and trigger == i else None,
        lemma=key,
        text=p.text[trigger],
        start=p.idx[begin],
        end=p.end[last],
        tense=None if kind == "noun" else _tense(p, i),
        is_root=dep == "ROOT",
        word=i - first,
        kind=kind,
        light_verb=light,
        voice="passive" if passive else "active",
        negated=negated,
        subject=subject - first if subject >= 0 else -1,
        object=obj - first if obj >= 0 else -1,
    )


def sentences(doc: Doc) -> list[Sentence]:
    """Return each sentence of ``doc`` with its words and predicates, in order."""
    out: list[Sentence] = []
    p = Parse(doc)
    if not p.starts:
        return out
    paragraph, prev_hi = 0, None
    bounds = list(zip(p.starts, [*p.starts[1:], len(doc)], strict=True))
    for index, (lo, hi) in enumerate(bounds):
        sent_start = p.idx[lo]
        while lo < hi and p.text[lo].isspace():
            lo += 1
        while hi > lo and p.text[hi - 1].isspace():
            hi -= 1
        if lo == hi:
            out.append(Sentence(index, sent_start, sent_start, paragraph=paragraph))
            continue
        start, end = p.idx[lo], p.end[hi - 1]
        # the whitespace between two sentences is in SPACE tokens (single spaces are not tokens)
        if prev_hi is not None and any("\n" in p.text[i] for i in range(prev_hi, lo)):
            paragraph += 1
        prev_hi = hi
        heads = [h - lo if lo <= h < hi else i for i, h in enumerate(p.head[lo:hi])]
        words = tuple(map(Word._make, zip(p.idx[lo:hi], p.end[lo:hi], p.lemma[lo:hi], p.pos[lo:hi],
                                          p.tag[lo:hi], p.dep[lo:hi], heads, p.ent[lo:hi], strict=True)))
        preds = tuple(pred for i in range(lo, hi)
                      if (p.pos[i] in PREDICATE_POS
                          or _noun_adjective(p, i) or (p.pos[i] == "ADJ" and p.lower[i] in OPENING)
                          or (p.pos[i] == "ADV" and p.lower[i] in OPENING))
                      and (pred := _predicate(p, i, lo)) is not None)
        out.append(Sentence(index, start, end, preds, words, paragraph))
    return out
