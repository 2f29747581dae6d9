"""Stage 2: splitting long texts, streaming Docs, the tokenizer additions."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from pipeline.annotate import add_paragraph_breaks, add_tokenizer_rules, annotate, iter_pieces
from pipeline.records import Article


def split_text(text: str, limit: int) -> list[str]:
    return [text[a:b] for a, b in iter_pieces(text, limit)]


@given(st.text(alphabet=st.sampled_from("ab .\n!?"), max_size=3000), st.integers(min_value=50, max_value=700))
def test_pieces_rebuild_the_text(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_pieces_are_cut_at_paragraphs_first():
    text = "First paragraph here.\n\nSecond paragraph is here.\n\nThird one."
    assert split_text(text, 40)[0] == "First paragraph here.\n\n"


@pytest.fixture(scope="module")
def nlp_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_tokenizer_rules(nlp)
    return nlp


def test_annotate_long_text_in_pieces(nlp_sentences):
    long_line = "Prices rose again today. " * 400  # 10,000 characters, no newline
    articles = [Article("a", "a", "Short one."), Article("b", "b", long_line), Article("c", "c", "Last.")]
    out = list(annotate(articles, nlp_sentences, max_length=1000))
    assert [a.doc_id for _, a, _ in out] == ["a"] + ["b"] * 10 + ["c"]
    assert all(doc.text == article.text[start:start + len(doc.text)] for doc, article, start in out)
    assert "".join(doc.text for doc, a, _ in out if a.doc_id == "b") == long_line
    assert sum(len(list(doc.sents)) for doc, a, _ in out if a.doc_id == "b") == 400


class CountingPipe:
    """An nlp stand-in that records the texts of each nlp.pipe call."""

    def __init__(self, nlp):
        self.nlp, self.calls = nlp, []

    def pipe(self, texts, batch_size):
        texts = list(texts)
        self.calls.append([len(t) for t in texts])
        return self.nlp.pipe(texts, batch_size=batch_size)


@pytest.mark.issue(9)
def test_issue9_a_spacy_batch_holds_a_bounded_number_of_characters(nlp_sentences, monkeypatch):
    """spaCy's memory grows with the characters in a batch: a long article's pieces are not sent at once."""
    monkeypatch.setattr("pipeline.annotate.PIPE_CHARS", 3000)
    text = "\n\n".join(f"Paragraph {i} says prices rose again today in the city." for i in range(400))
    counting = CountingPipe(nlp_sentences)
    out = list(annotate([Article("big", "big", text), Article("s", "s", "Short.")], counting, max_length=1000))
    assert "".join(doc.text for doc, a, _ in out if a.doc_id == "big") == text
    assert all(sum(call) <= 3000 for call in counting.calls)
    assert all(len(call) <= 32 for call in counting.calls)


def test_each_text_is_cut_once(nlp_sentences, monkeypatch):
    import pipeline.annotate as stage

    calls = []
    monkeypatch.setattr(stage, "iter_pieces", lambda text, limit: calls.append(text) or iter_pieces(text, limit))
    articles = [Article("a", "a", "Short one."), Article("b", "b", "Prices rose again today. " * 100)]
    out = list(annotate(articles, nlp_sentences, max_length=1000))
    assert calls == [a.text for a in articles]
    assert [(a.doc_id, start) for _, a, start in out] == [("a", 0), ("b", 0), ("b", 1000), ("b", 2000)]


def test_replacement_character_is_its_own_token(nlp_sentences):
    doc = nlp_sentences("in its universities\ufffd 40 students and\ufffdmore")
    assert [t.text for t in doc] == ["in", "its", "universities", "\ufffd", "40", "students", "and", "\ufffd", "more"]


TRICKY = [
    "I ain't gonna let's go. There's a cat, and there are two. They gotta do it.",
    "Gimme  the   thing, y'all!\n\n It's 5 o'clock; we'd've gone. 'Tis true.\tDone .",
    "Shares of Toyota rose 4 percent to $12.50 on Monday, analysts said in Tokyo.",
]


def stock_pipeline():
    import spacy

    from pipeline.annotate import add_prefix_lemmas, add_tokenizer_rules
    from pipeline.config import DEFAULTS

    nlp = spacy.load(DEFAULTS.model)
    add_tokenizer_rules(nlp)
    add_prefix_lemmas(nlp)
    add_paragraph_breaks(nlp)  # the same sentence starts: this compares the attribute ruler and lemmatizer
    return nlp


@pytest.mark.model
def test_indexed_attribute_ruler_gives_spacys_annotations(nlp):
    """Same tags, POS, morphology, lemmas, dependencies and entities as the stock attribute_ruler."""
    from helpers import article_text

    texts = [*TRICKY, *(article_text(i) for i in range(20))]
    stock = stock_pipeline()
    fields = ("tag_", "pos_", "morph", "lemma_", "dep_", "head", "ent_type_", "ent_iob_")
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert [[str(getattr(t, f)) for f in fields] for t in ours] == \
               [[str(getattr(t, f)) for f in fields] for t in theirs]


# fmt: off
RULES = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN"}),
    ([[{"LOWER": "ai", "TAG": {"IN": ["VBP", "VBZ"]}}]], {"LEMMA": "be"}),
    ([[{"TAG": {"NOT_IN": ["NN", "DT"]}}]], {"MORPH": "Foo=Bar"}),
    ([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"}),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}),
    ([[{"IS_SPACE": True}]], {"POS": "SPACE"}),
    ([[{"DEP": "nsubj", "LOWER": {"IN": ["it", "there"]}}]], {"POS": "PRON"}),
    ([[{"TAG": "NN"}]], {"POS": "PROPN"}),  # a later rule wins over an earlier one
]
# fmt: on


@pytest.mark.parametrize("words, tags, deps", [
    (["the", "dog", "ai", "n't", "gon", "na", "run"], ["DT", "NN", "VBP", "RB", "VBG", "TO", "VB"],
     ["det", "nsubj", "aux", "neg", "aux", "aux", "ROOT"]),
    (["It", "rains", " ", "there"], ["PRP", "VBZ", "_SP", "EX"], ["nsubj", "ROOT", "dep", "nsubj"]),
])
def test_indexed_attribute_ruler_finds_the_matchers_matches(nlp_blank, words, tags, deps):
    from spacy.tokens import Doc

    from pipeline.annotate import index_attribute_rules

    stock = nlp_blank.add_pipe("attribute_ruler", name="stock_ruler")
    indexed = nlp_blank.add_pipe("attribute_ruler", name="indexed_ruler")
    try:
        for patterns, attrs in RULES:
            stock.add(patterns, attrs)
            indexed.add(patterns, attrs)
        index_attribute_rules(indexed)
        heads = list(range(len(words)))
        doc = Doc(nlp_blank.vocab, words=words, tags=tags, deps=deps, heads=heads)
        assert indexed.match(doc) == sorted(set(stock.match(doc)))
        indexed.add([[{"LOWER": "dog"}]], {"LEMMA": "hound"})  # added later: indexed again
        stock.add([[{"LOWER": "dog"}]], {"LEMMA": "hound"})
        assert indexed.match(doc) == sorted(set(stock.match(doc)))
    finally:
        nlp_blank.remove_pipe("stock_ruler")
        nlp_blank.remove_pipe("indexed_ruler")


def test_a_blank_line_starts_a_sentence(make_doc):
    from pipeline.annotate import paragraph_breaks

    doc = make_doc(["Apple", "unveils", "iPhone", "\n\n", "June", "8", "\n", "Yesterday", "Jobs", "spoke"],
                   spaces=[True, True, False, False, True, False, False, True, True, False])
    paragraph_breaks(doc)
    assert doc[4].is_sent_start  # after the blank line
    assert not doc[7].is_sent_start  # a single line break decides nothing (hard-wrapped text)


@pytest.mark.model
def test_the_parser_keeps_headline_dateline_and_body_apart(nlp):
    doc = nlp("Apple unveils iPhone 4 at Worldwide Developers Conference 2010\n\nJune 8, 2010\n\n"
              "Yesterday, at this year's conference, Steve Jobs unveiled the iPhone 4.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Apple unveils iPhone 4 at Worldwide Developers Conference 2010", "June 8, 2010",
        "Yesterday, at this year's conference, Steve Jobs unveiled the iPhone 4."]


def test_the_header_parts_the_article_found_start_sentences(make_doc):
    from pipeline.annotate import HEADER_BREAKS, paragraph_breaks

    # "Officer wounded\nWASHINGTON (AP) -- Police said": header breaks at the dateline and at the body
    doc = make_doc(["Officer", "wounded", "\n", "WASHINGTON", "(", "AP", ")", "--", "Police", "said"],
                   spaces=[True, False, False, True, False, False, True, True, True, False])
    doc.user_data[HEADER_BREAKS] = [16, 35]
    paragraph_breaks(doc)
    assert doc[3].is_sent_start and doc[8].is_sent_start
    assert not doc[4].is_sent_start
    assert HEADER_BREAKS not in doc.user_data  # read once, not kept with the Doc


def test_header_breaks_are_the_title_end_the_dateline_and_the_body_start():
    from pipeline.annotate import header_breaks
    from pipeline.ingest import make_article

    text = "Officer wounded in shootout\nWASHINGTON (AP) -- A police officer was shot early Tuesday.\n"
    article = make_article(text, source="t", doc_id="t")
    assert header_breaks(article, 0, len(text)) == [27, 28, 47]
    assert header_breaks(article, 30, len(text)) == [17]  # a later piece: offsets into it, none before it


@pytest.mark.model
def test_a_title_on_the_line_before_the_dateline_is_a_sentence_of_its_own(nlp):
    from pipeline.ingest import make_article

    text = ("France vows to press on with labour reforms despite strikes\n"
            "PARIS (AFP) - French President Francois Hollande on Thursday vowed to press ahead with reforms.\n")
    [(doc, _, _)] = list(annotate([make_article(text, source="t", doc_id="t")], nlp))
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert "French President Francois Hollande on Thursday vowed to press ahead with reforms." in sentences


def test_a_lower_case_word_after_an_abbreviation_starts_no_sentence(make_doc):
    from pipeline.annotate import paragraph_breaks

    doc = make_doc(["It", "blew", "up", "at", "8:30", "a.m.", "local", "time", ".", "Police", "came", "."],
                   spaces=[True, True, True, True, True, True, True, False, True, True, False, False])
    paragraph_breaks(doc)
    assert doc[6].is_sent_start is False  # "a.m. local time": the period was the abbreviation's
    assert doc[9].is_sent_start is None  # a capital after a full stop is left to the parser


@pytest.mark.model
def test_the_parser_keeps_a_time_and_its_zone_in_one_sentence(nlp):
    doc = nlp("Police said the blast occurred at about 8:30 a.m. local time, as commuters were arriving for work.")
    assert len(list(doc.sents)) == 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The quake struck at 11:07 a.m. Beijing time on Wednesday, the agency said.",
    "The ferry sank at 8 p.m. Moscow time (1600 GMT) on Friday, officials said.",
    "The plane landed at 6:40 a.m. Hong Kong time Tuesday.",
])
def test_a_place_s_time_after_a_clock_time_starts_no_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.model
@pytest.mark.parametrize("text, first", [
    ("It will modernize its sawmill at Longview, Wash. Directors, meeting in Portland on Tuesday, also raised the "
     "dividend.", "It will modernize its sawmill at Longview, Wash."),
    ("The quake was felt as far away as Wichita, Kan. At least a dozen aftershocks followed.",
     "The quake was felt as far away as Wichita, Kan."),
    ("The company filed in U.S. Bankruptcy Court in Wilmington, Del. Sunset operates 1,140 screens.",
     "The company filed in U.S. Bankruptcy Court in Wilmington, Del."),
])
def test_a_state_abbreviation_after_its_city_ends_the_sentence_before_a_capital(nlp, text, first):
    # thirty-third round: inside a sentence the abbreviation takes a comma ("in Longview, Wash., the mill")
    assert [s.text for s in nlp(text).sents][0] == first


@pytest.mark.model
def test_a_state_abbreviation_followed_by_a_comma_ends_nothing(nlp):
    doc = nlp("The mill in Longview, Wash., will close in March, the company said.")
    assert len(list(doc.sents)) == 1


@pytest.mark.model
def test_a_capitalised_time_phrase_that_names_no_place_may_start_a_sentence(nlp):
    doc = nlp("He left the court at 9 a.m. Next time, he said, he will stay.")
    assert [s.text for s in doc.sents][0] == "He left the court at 9 a.m."


@pytest.mark.model
@pytest.mark.parametrize("text, word, lemma", [
    ("Merkel was re-elected on Sunday.", "re-elected", "elect"),
    ("The exchanges will re-open on Friday.", "re-open", "open"),
    ("Pre-orders began Tuesday.", "Pre-orders", "order"),
    ("The two firms co-hosted the summit.", "co-hosted", "host"),
    ("Military co-operation has grown.", "co-operation", "cooperation"),
])
def test_a_hyphenated_prefix_stays_on_its_word_and_out_of_its_lemma(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert token.lemma_ == lemma
    assert token.dep_ != "punct" and not any(t.text == "-" for t in doc)


@pytest.mark.model
def test_other_hyphens_between_letters_still_split(nlp):
    assert [t.text for t in nlp("the Russia-North Korea talks and a pro-government rally")][1:4] == \
        ["Russia", "-", "North"]
    assert "pro" in [t.text for t in nlp("a pro-government rally")]


@pytest.mark.model
@pytest.mark.parametrize("text", ["RE-ELECTED on Monday", "re-", "re-a", "co-\n\nop", "re-re-elected", "Co-Operation"])
def test_a_prefix_the_tokenizer_split_or_left_alone_never_breaks_the_lemmas(nlp, text):
    assert all(t.lemma_ for t in nlp(text) if not t.is_space)
