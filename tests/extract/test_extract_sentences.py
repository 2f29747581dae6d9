"""extractors.sentences: Doc -> Sentence records with words and predicates (hand-built parses, no model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extractors.sentences import sentences

from helpers import parsed

PAID_VISIT = """
Putin putin PROPN NNP nsubj 1
paid pay VERB VBD ROOT 1
a a DET DT det 4
first first ADJ JJ amod 4
visit visit NOUN NN dobj 1
. . PUNCT . punct 1
"""
TALKS_HELD = """
Talks talk NOUN NNS nsubjpass 2
were be AUX VBD auxpass 2
held hold VERB VBN ROOT 2
. . PUNCT . punct 2
"""
TOOK_PART = """
They they PRON PRP nsubj 1
took take VERB VBD ROOT 1
part part NOUN NN dobj 1
in in ADP IN prep 1
celebrations celebration NOUN NNS pobj 3
. . PUNCT . punct 1
"""
HELD_LETTER = """
Kim kim PROPN NNP nsubj 1
held hold VERB VBD ROOT 1
a a DET DT det 3
letter letter NOUN NN dobj 1
. . PUNCT . punct 1
"""
DID_NOT_MEET = """
Putin putin PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
meet meet VERB VB ROOT 3
Kim kim PROPN NNP dobj 3
. . PUNCT . punct 3
"""
WILL_VISIT = """
Kim kim PROPN NNP nsubj 2
will will AUX MD aux 2
visit visit VERB VB ROOT 2
Moscow moscow PROPN NNP dobj 2
. . PUNCT . punct 2
"""
SAYS = """
Kim kim PROPN NNP nsubj 1
says say VERB VBZ ROOT 1
so so ADV RB advmod 1
. . PUNCT . punct 1
"""


@pytest.mark.parametrize(
    "rows, lemma, light, voice, tense, negated",
    [
        (PAID_VISIT, "visit", "pay", "active", "past", False),
        (TALKS_HELD, "talks", "hold", "passive", "past", False),
        (TOOK_PART, "celebration", "take", "active", "past", False),
        (HELD_LETTER, "hold", None, "active", "past", False),
        (DID_NOT_MEET, "meet", None, "active", "past", True),
        (WILL_VISIT, "visit", None, "active", "future", False),
        (SAYS, "say", None, "active", "present", False),
    ],
)
def test_root_predicate(make_doc, rows, lemma, light, voice, tense, negated):
    doc = parsed(make_doc, rows)
    [sent] = sentences(doc)
    root = next(p for p in sent.predicates if p.is_root)
    assert (root.lemma, root.light_verb, root.voice, root.tense, root.negated) == (lemma, light, voice, tense,
                                                                                   negated)
    assert doc.text[root.start:root.end] == root.text


def test_light_verb_keeps_its_syntax(make_doc):
    doc = parsed(make_doc, PAID_VISIT)
    [sent] = sentences(doc)
    root = next(p for p in sent.predicates if p.is_root)
    assert sent.words[root.word].lemma == "pay"
    assert sent.words[root.subject].lemma == "putin"
    assert sent.words[root.object].lemma == "visit"


def test_event_noun_is_a_predicate(make_doc):
    [sent] = sentences(parsed(make_doc, PAID_VISIT))
    nouns = [p for p in sent.predicates if p.kind == "noun"]
    assert [(p.lemma, p.tense, p.is_root) for p in nouns] == [("visit", None, False)]


def test_plain_noun_is_not_a_predicate(make_doc):
    [sent] = sentences(parsed(make_doc, HELD_LETTER))
    assert [p.kind for p in sent.predicates] == ["verb"]


def test_copula_clause_head(make_doc):
    rows = """
    It it PRON PRP nsubj 1
    was be AUX VBD ROOT 1
    a a DET DT det 3
    city city NOUN NN attr 1
    . . PUNCT . punct 1
    """
    [sent] = sentences(parsed(make_doc, rows))
    assert [(p.kind, p.lemma, p.tense) for p in sent.predicates] == [("copula", "be", "past")]


def test_words_mirror_the_parse(make_doc):
    doc = parsed(make_doc, PAID_VISIT, ents=["B-PERSON", "O", "O", "O", "O", "O"])
    [sent] = sentences(doc)
    assert len(sent.words) == len(doc)
    assert [(w.dep, w.head, w.ent) for w in sent.words[:2]] == [("nsubj", 1, "PERSON"), ("ROOT", 1, "")]
    assert all(doc.text[w.start:w.end] == t.text for w, t in zip(sent.words, doc, strict=True))


TWO_PARAGRAPHS = """
Kim kim PROPN NNP nsubj 1
left leave VERB VBD ROOT 1
. . PUNCT . punct 1
\\n _ SPACE _SP dep 2
Putin putin PROPN NNP nsubj 5
stayed stay VERB VBD ROOT 5
. . PUNCT . punct 5
He he PRON PRP nsubj 8
smiled smile VERB VBD ROOT 8
. . PUNCT . punct 8
"""


def test_offsets_exclude_whitespace_and_paragraphs_count_line_breaks(make_doc):
    doc = parsed(make_doc, TWO_PARAGRAPHS)
    out = sentences(doc)
    assert [doc.text[s.start:s.end] for s in out] == ["Kim left.", "Putin stayed.", "He smiled."]
    assert [s.paragraph for s in out] == [0, 1, 1]
    assert [s.index for s in out] == [0, 1, 2]
    assert all(w.start >= s.start and w.end <= s.end for s in out for w in s.words)


def test_one_sentence_per_spacy_sentence(make_doc):
    doc = parsed(make_doc, TWO_PARAGRAPHS)
    assert len(sentences(doc)) == len(list(doc.sents))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lemma",
    [
        ("In July 2000, Putin paid the first official visit to North Korea.", "visit"),
        ("On August 23, Putin held talks with him in Vladivostok.", "talks"),
        ("Its ninth meeting was held in March 2019.", "meeting"),
        ("The delegation took part in celebrations to mark the anniversary.", "celebration"),
        ("The rebels launched an attack on the town on Monday.", "attack"),
        ("The two sides reached an agreement on Friday.", "agreement"),
        ("The ministry issued a statement on Tuesday.", "statement"),
    ],
)
def test_light_verbs_with_the_trained_parser(nlp, text, lemma):
    [sent] = sentences(nlp(text))
    root = next(p for p in sent.predicates if p.is_root)
    assert root.lemma == lemma


def test_an_empty_doc_has_no_sentences(make_doc):
    assert sentences(make_doc([])) == []


def test_a_doc_without_a_parse_is_one_sentence_without_predicates(make_doc):
    doc = make_doc(["Kim", "left", ".", "Putin", "stayed", "."])
    [sent] = sentences(doc)
    assert (sent.start, sent.end, sent.predicates, len(sent.words)) == (0, len(doc.text.rstrip()), (), 6)


@given(st.lists(st.tuples(st.sampled_from(["Kim", "met", "Putin", ".", "\n\n", "on", "Monday", ",", "\n"]),
                          st.booleans()), max_size=30))
def test_sentences_point_into_the_text(make_doc, tokens):
    words = [w for w, _ in tokens]
    spaces = [space and not w.isspace() for w, space in tokens]
    sent_starts = [w == "Putin" or i == 0 for i, w in enumerate(words)]
    doc = make_doc(words, spaces=spaces, sent_starts=sent_starts) if words else make_doc([])
    out = sentences(doc)
    assert len(out) == (len(list(doc.sents)) if words else 0)
    for sent in out:
        assert doc.text[sent.start:sent.end] == doc.text[sent.start:sent.end].strip()
        assert all(sent.start <= w.start <= w.end <= sent.end for w in sent.words)
    assert [s.paragraph for s in out] == sorted(s.paragraph for s in out)


PIPE_BURST = """
A a DET DT det 2
pipe pipe NOUN NN compound 2
burst burst NOUN NN ROOT 2
, , PUNCT , punct 2
flooding flood VERB VBG advcl 2
streets street NOUN NNS dobj 4
. . PUNCT . punct 2
"""
HUNDREDS_MARCH = """
Hundreds hundred NOUN NNS nsubj 1
march march NOUN NN ROOT 1
in in ADP IN prep 1
protest protest NOUN NN pobj 2
. . PUNCT . punct 1
"""
PIPE_BURST_ALONE = """
A a DET DT det 2
pipe pipe NOUN NN compound 2
burst burst NOUN NN ROOT 2
. . PUNCT . punct 2
"""


@pytest.mark.parametrize("rows, lemma, subject", [(PIPE_BURST, "burst", "pipe"), (HUNDREDS_MARCH, "march", "hundred")])
def test_a_noun_root_only_a_verb_could_head_is_a_verb(make_doc, rows, lemma, subject):
    # the tagger's noun for "A pipe burst ..., flooding" and "Hundreds march": a participle clause or a
    # subject hangs from it, so it is the verb, and the noun before it (or the subject) its subject
    doc = parsed(make_doc, rows)
    [sent] = sentences(doc)
    root = next(p for p in sent.predicates if p.is_root)
    assert (root.kind, root.lemma, sent.words[root.word].pos) == ("verb", lemma, "VERB")
    assert sent.words[root.subject].lemma == subject
    assert doc[root.word].pos_ == "NOUN"  # the Doc is left as it was


def test_a_noun_root_with_nothing_only_a_verb_takes_stays_a_noun(make_doc):
    [sent] = sentences(parsed(make_doc, PIPE_BURST_ALONE))  # a heading may be a noun phrase
    assert [w.pos for w in sent.words][2] == "NOUN"


RECOVERED_AND_HOPE = """
They they PRON PRP nsubj 1
recovered recover VERB VBD ROOT 1
it it PRON PRP dobj 1
and and CCONJ CC cc 1
hope hope VERB VB conj 1
. . PUNCT . punct 1
"""


def test_a_bare_form_joined_to_a_finite_verb_is_present(make_doc):
    [sent] = sentences(parsed(make_doc, RECOVERED_AND_HOPE))
    assert [(p.lemma, p.tense) for p in sent.predicates] == [("recover", "past"), ("hope", "present")]
    [sent] = sentences(parsed(make_doc, RECOVERED_AND_HOPE.replace("hope hope", "cut cut")))
    assert [(p.lemma, p.tense) for p in sent.predicates] == [("recover", "past"), ("cut", None)]
