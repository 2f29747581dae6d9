"""extractors.parse: the misreadings of the tagger and parser the predicates set right (hand-built parses, no
model)."""

from __future__ import annotations

import pytest

from pipeline.extractors.parse import Parse

from helpers import parsed

# "They held a trade fair in May ." with "fair" tagged as an adjective after its noun
TRADE_FAIR = """
They they PRON PRP nsubj 1
held hold VERB VBD ROOT 1
a a DET DT det 3
trade trade NOUN NN dobj 1
fair fair ADJ JJ amod 3
in in ADP IN prep 3
May May PROPN NNP pobj 5
. . PUNCT . punct 1
"""
# "... breaking a record set in 1911 ." with "record set" read as a compound noun
RECORD_SET = """
breaking break VERB VBG ROOT 0
a a DET DT det 3
record record NOUN NN compound 3
set set NOUN NN dobj 0
in in ADP IN prep 0
1911 1911 NUM CD pobj 4
. . PUNCT . punct 0
"""
# "a fair price ." : an adjective before its noun stays one
FAIR_PRICE = """
a a DET DT det 2
fair fair ADJ JJ amod 2
price price NOUN NN ROOT 2
. . PUNCT . punct 2
"""


def test_a_gathering_after_its_noun_becomes_the_head(make_doc):
    p = Parse(parsed(make_doc, TRADE_FAIR))
    assert (p.pos[4], p.dep[4], p.head[4]) == ("NOUN", "dobj", 1)
    assert (p.dep[3], p.head[3]) == ("compound", 4)
    assert p.head[2] == 4 and p.head[5] == 4  # the determiner and the phrase after it follow the head
    assert 4 in p.children[1] and 3 in p.children[4]


def test_a_records_set_becomes_its_participle_with_the_phrase_after_it(make_doc):
    p = Parse(parsed(make_doc, RECORD_SET))
    assert (p.pos[3], p.tag[3], p.dep[3], p.head[3]) == ("VERB", "VBN", "acl", 2)
    assert (p.dep[2], p.head[2]) == ("dobj", 0)
    assert p.head[4] == 3 and p.head[1] == 2


@pytest.mark.parametrize("rows", [FAIR_PRICE])
def test_other_parses_are_left_alone(make_doc, rows):
    doc = parsed(make_doc, rows)
    p = Parse(doc)
    assert list(p.pos) == [t.pos_ for t in doc] and list(p.head) == [t.head.i for t in doc]
