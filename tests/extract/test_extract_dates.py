"""Date extraction: grammar spans over hand-built Docs, NER fallback, year filters and the verb's tense."""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import dates
from pipeline.lang.dates import grammar
from pipeline.records import Article


def article(doc) -> Article:
    return Article(doc_id="t", source="t", text=doc.text)


def found(doc) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in dates(doc, article(doc))]


@pytest.mark.parametrize("words, expected", [
    (["Putin", "met", "Kim", "on", "Thursday", "."], [("Thursday", "DATE")]),
    (["In", "July", "-", "August", "2001", ",", "he", "came", "."], [("July-August 2001", "DATE")]),
    (["At", "the", "end", "of", "2018", ",", "trade", "fell", "."], [("the end of 2018", "DATE")]),
    (["The", "trip", "lasted", "24", "days", "."], [("24 days", "DATE")]),
    (["It", "opened", "at", "10", "a.m.", "Monday"], [("10 a.m. Monday", "TIME")]),
    (["Contests", "are", "held", "annually", "."], [("annually", "DATE")]),
    (["40", "students", "came", "for", "the", "70th", "anniversary", "."], []),
    (["Exports", "reached", "$", "1.9", "million", ",", "up", "56.2", "percent", "."], []),
])
def test_grammar_spans(make_doc, words, expected):
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", "-") and words[i] not in ("-", "$")
              for i in range(len(words))]
    assert found(make_doc(words, spaces=spaces)) == expected


def test_offsets_point_into_the_text(make_doc):
    words = ["Talks", "began", "on", "August", "8", "."]
    doc = make_doc(words, spaces=[True, True, True, True, False, False])
    [m] = dates(doc, article(doc))
    assert doc.text[m.start:m.end] == m.text == "August 8"
    assert m.features["source"] == "grammar"


def test_ner_entities_the_grammar_missed_are_added(make_doc):
    doc = make_doc(["During", "Ramadan", "season", "they", "met", "on", "Friday"],
                   ents=["O", "B-DATE", "I-DATE", "O", "O", "O", "B-DATE"])
    mentions = dates(doc, article(doc))
    sources = [(m.text, m.features["source"]) for m in mentions]
    assert sources == [("Ramadan season", "ner"), ("Friday", "grammar")]


def test_ner_entity_overlapping_a_grammar_span_is_not_repeated(make_doc):
    words = ["They", "met", "on", "Thursday", "afternoon"]
    doc = make_doc(words, ents=["O", "O", "B-DATE", "I-DATE", "I-DATE"])
    assert found(doc) == [("Thursday afternoon", "DATE")]


def test_other_entity_labels_are_ignored(make_doc):
    doc = make_doc(["Paris", "signed"], ents=["B-GPE", "O"])
    assert found(doc) == []


@pytest.mark.parametrize("words, tags, expected", [
    (["They", "hired", "2000", "workers"], ["PRP", "VBD", "CD", "NNS"], []),
    (["They", "hired", "staff", "in", "2000"], ["PRP", "VBD", "NNS", "IN", "CD"], [("2000", "DATE")]),
    (["the", "2008", "Olympic", "Games"], ["DT", "CD", "NNP", "NNPS"], [("2008", "DATE")]),
    (["the", "Russell", "2000", "Index"], ["DT", "NNP", "CD", "NNP"], []),
    (["Flight", "1999", "landed"], ["NN", "CD", "VBD"], []),
])
def test_year_like_numbers(make_doc, words, tags, expected):
    assert found(make_doc(words, tags=tags)) == expected


LEMMAS = {"plans": "plan", "met": "meet", "scheduled": "schedule", "resumes": "resume", "is": "be", "urged": "urge",
          "was": "be", "arrested": "arrest", "charged": "charge", "postponed": "postpone",
          "ordered": "order", "freed": "free", "lowered": "lower", "suspended": "suspend"}


def test_ner_year_inside_a_name_is_dropped_too(make_doc):
    doc = make_doc(["the", "Russell", "2000", "Index"], tags=["DT", "NNP", "CD", "NNP"],
                   ents=["O", "O", "B-DATE", "O"])
    assert found(doc) == []


def test_ner_numbers_get_the_grammar_guards(make_doc):
    doc = make_doc(["iLife", "'11", "was", "released"], ents=["O", "B-DATE", "O", "O"])
    assert found(doc) == []


@pytest.mark.parametrize("words, ents", [
    # a part of the day or a season naming the kind of a thing, however NER tags it
    (["soon", "after", "the", "morning", "shift", "began"], ["O", "O", "B-TIME", "I-TIME", "O", "O"]),
    (["they", "closed", "the", "day", "care"], ["O", "O", "B-DATE", "I-DATE", "O"]),
    (["a", "rock", "hit", "a", "summer", "cottage"], ["O", "O", "O", "O", "B-DATE", "O"]),
    (["workers", "saw", "their", "winter", "bonuses", "cut"], ["O", "O", "O", "B-DATE", "O", "O"]),
])
def test_ner_parts_of_the_day_and_seasons_naming_a_kind_are_dropped(make_doc, words, ents):
    assert found(make_doc(words, ents=ents, lemmas=[{"bonuses": "bonus"}.get(w, w) for w in words])) == []


@pytest.mark.parametrize("text, spans", [
    ("The blast came shortly after the night shift began.", []),
    ("The blast came shortly after the day shift entered the mine.", []),
    ("The band won album of the year and record of the year.", []),
    ("Programs used two digits for the year to save memory.", []),
    ("Crews worked through the night.", ["the night"]),
])
def test_grammar_drops_shifts_and_honours_of_the_year(text, spans):
    assert [text[f.start:f.end] for f in grammar().scan(text)] == spans


def parsed(make_doc, words, heads, deps, tags, pos):
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    return make_doc(words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("words, heads, deps, tags, pos, tense", [
    (["Putin", "met", "Kim", "on", "Thursday"], [1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"],
     ["NNP", "VBD", "NNP", "IN", "NNP"], ["PROPN", "VERB", "PROPN", "ADP", "PROPN"], "past"),
    (["Putin", "will", "meet", "Kim", "on", "Thursday"], [2, 2, 2, 2, 2, 4],
     ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj"], ["NNP", "MD", "VB", "NNP", "IN", "NNP"],
     ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN"], "future"),
    (["Putin", "could", "meet", "Kim", "on", "Thursday"], [2, 2, 2, 2, 2, 4],
     ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj"], ["NNP", "MD", "VB", "NNP", "IN", "NNP"],
     ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN"], "future"),
    (["Putin", "could", "have", "met", "Kim", "on", "Thursday"], [3, 3, 3, 3, 3, 3, 5],
     ["nsubj", "aux", "aux", "ROOT", "dobj", "prep", "pobj"], ["NNP", "MD", "VB", "VBN", "NNP", "IN", "NNP"],
     ["PROPN", "AUX", "AUX", "VERB", "PROPN", "ADP", "PROPN"], "past"),
    (["A", "hearing", "is", "scheduled", "for", "Thursday"], [1, 3, 3, 3, 3, 4],
     ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"], ["DT", "NN", "VBZ", "VBN", "IN", "NNP"],
     ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"], "future"),
    (["Stocks", "will", "resume", "trading", "Thursday"], [2, 2, 2, 2, 3],
     ["nsubj", "aux", "ROOT", "xcomp", "npadvmod"], ["NNS", "MD", "VB", "VBG", "NNP"],
     ["NOUN", "AUX", "VERB", "VERB", "PROPN"], "future"),
    (["Trading", "resumes", "Thursday"], [1, 1, 1],
     ["nsubj", "ROOT", "npadvmod"], ["NN", "VBZ", "NNP"], ["NOUN", "VERB", "PROPN"], "present"),
    (["an", "event", "to", "be", "held", "on", "Thursday"], [1, 1, 4, 4, 1, 4, 5],
     ["det", "ROOT", "aux", "auxpass", "acl", "prep", "pobj"], ["DT", "NN", "TO", "VB", "VBN", "IN", "NNP"],
     ["DET", "NOUN", "PART", "AUX", "VERB", "ADP", "PROPN"], "future"),
    (["He", "plans", "to", "visit", "on", "Thursday"], [1, 1, 3, 1, 3, 4],
     ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj"], ["PRP", "VBZ", "TO", "VB", "IN", "NNP"],
     ["PRON", "VERB", "PART", "VERB", "ADP", "PROPN"], "future"),
    (["He", "urged", "them", "to", "act", "by", "Thursday"], [1, 1, 1, 4, 1, 4, 5],  # an appeal: ahead
     ["nsubj", "ROOT", "dobj", "aux", "xcomp", "prep", "pobj"], ["PRP", "VBD", "PRP", "TO", "VB", "IN", "NNP"],
     ["PRON", "VERB", "PRON", "PART", "VERB", "ADP", "PROPN"], "future"),
    # a passive participle sharing the auxiliary of the conjunct before it
    (["He", "was", "arrested", "and", "charged", "Thursday"], [2, 2, 2, 2, 2, 4],
     ["nsubjpass", "auxpass", "ROOT", "cc", "conj", "npadvmod"], ["PRP", "VBD", "VBN", "CC", "VBN", "NNP"],
     ["PRON", "AUX", "VERB", "CCONJ", "VERB", "PROPN"], "past"),
    # an infinitive after an adjective of the present: ahead
    (["It", "is", "likely", "to", "report", "Thursday"], [1, 1, 1, 4, 2, 4],
     ["nsubj", "ROOT", "acomp", "aux", "xcomp", "npadvmod"], ["PRP", "VBZ", "JJ", "TO", "VB", "NNP"],
     ["PRON", "AUX", "ADJ", "PART", "VERB", "PROPN"], "future"),
    # what a verb of scheduling moves an event to is ahead
    (["They", "postponed", "the", "vote", "until", "Thursday"], [1, 1, 3, 1, 1, 4],
     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["PRP", "VBD", "DT", "NN", "IN", "NNP"],
     ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN"], "future"),
    # a participle clause of its own subject does not take the tense of the verb it hangs from
    (["It", "could", "help", ",", "one", "being", "Turkey", "approving", "it", "Thursday"],
     [2, 2, 2, 2, 5, 2, 5, 5, 7, 7],
     ["nsubj", "aux", "ROOT", "punct", "nsubj", "advcl", "attr", "xcomp", "dobj", "npadvmod"],
     ["PRP", "MD", "VB", ",", "CD", "VBG", "NNP", "VBG", "PRP", "NNP"],
     ["PRON", "AUX", "VERB", "PUNCT", "NUM", "AUX", "PROPN", "VERB", "PRON", "PROPN"], None),
    # a bare clause ordered is after the order, on either side of now
    (["They", "ordered", "him", "freed", "by", "Thursday"], [1, 1, 3, 1, 3, 4],
     ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj"], ["PRP", "VBD", "PRP", "VBD", "IN", "NNP"],
     ["PRON", "VERB", "PRON", "VERB", "ADP", "PROPN"], None),
    # a copula with an adjective of plan is ahead ("is due"), from the past on either side of now
    (["The", "vote", "is", "due", "on", "Thursday"], [1, 2, 2, 2, 2, 4],
     ["det", "nsubj", "ROOT", "acomp", "prep", "pobj"], ["DT", "NN", "VBZ", "JJ", "IN", "NNP"],
     ["DET", "NOUN", "AUX", "ADJ", "ADP", "PROPN"], "future"),
    (["The", "vote", "was", "due", "on", "Thursday"], [1, 2, 2, 2, 2, 4],
     ["det", "nsubj", "ROOT", "acomp", "prep", "pobj"], ["DT", "NN", "VBD", "JJ", "IN", "NNP"],
     ["DET", "NOUN", "AUX", "ADJ", "ADP", "PROPN"], None),
    # a state ordered to last until a day is ahead of the order; and a halt until a named day
    (["They", "ordered", "flags", "lowered", "through", "Thursday"], [1, 1, 1, 2, 3, 4],
     ["nsubj", "ROOT", "dobj", "acl", "prep", "pobj"], ["PRP", "VBD", "NNS", "VBN", "IN", "NNP"],
     ["PRON", "VERB", "NOUN", "VERB", "ADP", "PROPN"], "future"),
    (["They", "suspended", "flights", "until", "Thursday"], [1, 1, 1, 1, 3],
     ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PRP", "VBD", "NNS", "IN", "NNP"],
     ["PRON", "VERB", "NOUN", "ADP", "PROPN"], "future"),
    # a noun the tagger took for a present verb, by its determiner: the verb above it
    (["They", "topped", "that", "offer", "in", "March"], [1, 1, 3, 1, 3, 4],
     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["PRP", "VBD", "DT", "VBP", "IN", "NNP"],
     ["PRON", "VERB", "DET", "VERB", "ADP", "PROPN"], "past"),
])
def test_tense_of_the_governing_verb(make_doc, words, heads, deps, tags, pos, tense):
    doc = parsed(make_doc, words, heads, deps, tags, pos)
    [m] = dates(doc, article(doc))
    assert m.features["tense"] == tense


def test_no_parse_means_no_tense(make_doc):
    doc = make_doc(["on", "Thursday"])
    [m] = dates(doc, article(doc))
    assert m.features["tense"] is None and m.sentence == 0


@pytest.mark.model
def test_seed_dates(seed_record):
    values = {(d["text"], d["value"]) for d in seed_record["dates"]}
    assert ("Thursday", "2019-04-25") in values
    assert ("August 8", "2001-08-08") in values
    assert ("July-August 2001", "2001-07/2001-08") in values
    assert ("2016-2017", "2016/2017") in values
    assert ("the end of 2018", "2018") in values


@pytest.mark.parametrize("words", [
    ["Talks", "began", "on", "August", "8", "."],
    ["It", "was", "signed", "on", "04/05/2019", "."],
    ["In", "July", "-", "August", "2001", ",", "he", "came", "."],
])
def test_mentions_carry_the_grammar_reading_of_their_text(make_doc, words):
    """Parse once: the extractor reads each mention under both orders of numeric dates; the normalizer uses it."""
    from pipeline.lang.dates import grammar

    doc = make_doc(words)
    mentions = dates(doc, article(doc))
    assert mentions
    for m in mentions:
        assert m.parse.spec(day_first=False) == grammar().parse(m.text)
        assert m.parse.spec(day_first=True) == grammar().parse(m.text, day_first=True)


def test_the_normalizer_reads_no_text_it_was_handed_a_reading_of(make_doc, monkeypatch):
    from pipeline.lang.dates import Grammar
    from pipeline.normalize.dates import dates as normalize_dates

    doc = make_doc(["It", "was", "signed", "on", "04/05/2019", "."])
    mentions = dates(doc, article(doc))
    monkeypatch.setattr(Grammar, "parse", lambda *args, **kwargs: pytest.fail("read again"))
    assert [t.value for t in normalize_dates(mentions, article(doc), day_first=True)] == ["2019-05-04"]
    assert [t.value for t in normalize_dates(mentions, article(doc))] == ["2019-04-05"]


def test_a_half_named_alone_is_a_date_only_where_money_is_the_topic(make_doc):
    sales = ["Sales", "rose", "8", "%", "in", "the", "first", "half", "."]
    doc = make_doc(sales, spaces=[True, True, False, True, True, True, True, False, False])
    assert found(doc) == [("the first half", "DATE")]
    game = ["He", "scored", "twice", "in", "the", "second", "half", "."]
    doc = make_doc(game, ents=["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"])
    assert found(doc) == []  # the model's DATE entity gets the grammar's guard too: a match's half


@pytest.mark.parametrize("words, ents, expected", [
    (["Good", "evening", ".", "Tonight", "he", "spoke"], ["O", "B-TIME", "O", "B-TIME", "O", "O"],
     [("Tonight", "DATE")]),  # the grammar's span (its label is DATE; the normalizer types it TIME)
    (["He", "worked", "late", "in", "the", "evening"], ["O", "O", "O", "O", "B-TIME", "I-TIME"],
     [("the evening", "DATE")]),
])
def test_a_greeting_is_no_time(make_doc, words, ents, expected):
    doc = make_doc(words, ents=ents)
    assert found(doc) == expected


@pytest.mark.parametrize("words, ents, expected", [
    (["Stocks", "crashed", "on", "Black", "Monday", "."], ["O"] * 6, []),
    (["Stocks", "crashed", "on", "Black", "Monday", "."], ["O", "O", "O", "B-DATE", "I-DATE", "O"], []),
    (["Voters", "went", "out", "on", "Super", "Tuesday", "."], ["O"] * 7, []),
    (["Black", "smoke", "rose", "on", "Monday", "."], ["O"] * 6, [("Monday", "DATE")]),
    (["Stores", "opened", "early", "on", "Black", "Friday", "."], ["O"] * 7, [("Black Friday", "DATE")]),
])
def test_a_weekday_in_the_name_of_a_day_is_no_weekday(make_doc, words, ents, expected):
    doc = make_doc(words, ents=ents)
    assert found(doc) == expected


@pytest.mark.parametrize("words, expected", [
    (["Sales", "grew", "5", "%", "over", "two", "decades", "."], "two decades"),  # over: the preposition
    (["He", "came", "over", "three", "years", "ago", "."], "over three years ago"),  # over: more than
    (["The", "work", "took", "over", "a", "year", "."], "over a year"),
])
def test_over_before_a_duration_is_a_preposition_unless_it_means_more_than(make_doc, words, expected):
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "%") for i in range(len(words))]
    assert [t for t, _ in found(make_doc(words, spaces=spaces))] == [expected]


def test_a_rate_after_an_amount_is_a_set(make_doc):
    doc = make_doc(["Growth", "was", "2", "%", "a", "year", "."], spaces=[True, True, False, True, True, False, False])
    [m] = dates(doc, article(doc))
    assert (m.text, m.parse.spec().type, m.parse.spec().value) == ("a year", "SET", "P1Y")


@pytest.mark.parametrize("words, heads, deps, tags, pos", [
    (["The", "December", "contract", "fell"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
     ["DT", "NNP", "NN", "VBD"], ["DET", "PROPN", "NOUN", "VERB"]),
    (["The", "September", "bund", "future", "fell"], [3, 2, 3, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT"],
     ["DT", "NNP", "NN", "NN", "VBD"], ["DET", "PROPN", "NOUN", "NOUN", "VERB"]),
])
def test_the_month_a_contract_is_for_is_ahead_whatever_the_verb(make_doc, words, heads, deps, tags, pos):
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    doc = make_doc(words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
                   ents=["O", "B-DATE"] + ["O"] * (len(words) - 2))
    [m] = dates(doc, article(doc))
    assert m.features["tense"] == "future"


@pytest.mark.parametrize("words, ents, expected", [
    (["It", "came", "a", "day", "later", "than", "usual", "."], ["O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O"],
     []),  # a comparison with the usual day, no date
    (["He", "returned", "a", "day", "later", "."], ["O", "O", "B-DATE", "I-DATE", "I-DATE", "O"],
     [("a day later", "DATE")]),
])
def test_a_model_date_compared_with_than_is_no_date(make_doc, words, ents, expected):
    assert found(make_doc(words, ents=ents)) == expected
