"""Stage 2: splitting long texts, streaming Docs, the tokenizer additions."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from pipeline.annotate import _add_tokenizer_rules, annotate, split_text
from pipeline.records import Article


@given(st.text(alphabet=st.sampled_from("ab .\n!?"), max_size=3000), st.integers(min_value=50, max_value=700))
def test_split_text_pieces_rebuild_the_text(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_split_text_prefers_paragraphs():
    text = "First paragraph here.\n\nSecond paragraph is here.\n\nThird one."
    assert split_text(text, 40)[0] == "First paragraph here.\n\n"


@pytest.fixture(scope="module")
def nlp_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    _add_tokenizer_rules(nlp)
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


def test_a_text_analysed_in_pieces_is_cut_once(nlp_sentences, monkeypatch):
    """Each article is cut by iter_pieces exactly once, and its pieces tile its text."""
    import pipeline.annotate as stage

    calls = []
    real = stage.iter_pieces
    monkeypatch.setattr(stage, "iter_pieces", lambda text, limit: calls.append(text) or real(text, limit))
    articles = [Article("a", "a", "Short one."), Article("b", "b", "Prices rose again today. " * 100)]
    out = list(annotate(articles, nlp_sentences, max_length=1000))
    assert calls == [a.text for a in articles]
    assert [(a.doc_id, start) for _, a, start in out][:2] == [("a", 0), ("b", 0)]
    assert "".join(doc.text for doc, a, _ in out if a.doc_id == "b") == articles[1].text
    assert len([1 for _, a, _ in out if a.doc_id == "b"]) == 3


def test_replacement_character_is_its_own_token(nlp_sentences):
    doc = nlp_sentences("in its universities\ufffd 40 students and\ufffdmore")
    assert [t.text for t in doc] == ["in", "its", "universities", "\ufffd", "40", "students", "and", "\ufffd", "more"]
