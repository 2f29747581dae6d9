"""events.build: dated sentences -> Event records (hand-built parses; a few checks with the trained model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import events
from pipeline.events import baselines
from pipeline.extractors.sentences import sentences
from pipeline.lang import events as vocabulary
from pipeline.records import Article, EntityMention, MoneyAmount, Person, Place, Sentence, TimeExpression

from helpers import parsed


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def timex(
    text: str, phrase: str, value: str | None, start_date: str | None = None, end_date: str | None = None, *,
    type: str = "DATE", nth: int = 0, precision: str | None = None,
) -> TimeExpression:
    start, end = span(text, phrase, nth)
    return TimeExpression(text=phrase, start=start, end=end, type=type, value=value, start_date=start_date,
                          end_date=end_date or start_date, precision=precision)


def person(text: str, name: str, *phrases: str) -> Person:
    return Person(name, mentions=tuple(EntityMention(*span(text, p), p) for p in phrases or (name,)))


def place(text: str, name: str) -> Place:
    return Place(name, mentions=(EntityMention(*span(text, name), name),))


def run(doc, dates, *, body_start: int = 0, **entities):
    article = Article(doc_id="t", source="t", text=doc.text, body_start=body_start)
    return events.build(article, sentences(doc), dates, **entities)


VISIT = """
In in ADP IN prep 5
July july PROPN NNP pobj 0
2000 2000 NUM CD nummod 1
, , PUNCT , punct 5
Putin putin PROPN NNP nsubj 5
paid pay VERB VBD ROOT 5
a a DET DT det 7
visit visit NOUN NN dobj 5
to to ADP IN prep 7
Pyongyang pyongyang PROPN NNP pobj 8
. . PUNCT . punct 5
"""


def test_a_dated_sentence_gives_an_event(make_doc):
    doc = parsed(make_doc, VISIT)
    text = doc.text
    [event] = run(doc, [timex(text, "July 2000", "2000-07", "2000-07-01", "2000-07-31", precision="month")],
                  people=[person(text, "Vladimir Putin", "Putin")], places=[place(text, "Pyongyang")])
    assert (event.date, event.start_date, event.end_date, event.precision) == ("2000-07", "2000-07-01",
                                                                              "2000-07-31", "month")
    assert (event.trigger, event.type, event.tense) == ("visit", "consult", "past")
    assert text[event.trigger_start:event.trigger_end] == "paid a visit"  # the light verb with its noun
    assert (event.people, event.places) == (("Vladimir Putin",), ("Pyongyang",))
    assert event.sentence == text[event.start:event.end] == text
    assert (event.date_text, event.date_inherited) == ("July 2000", False)


def test_without_a_parse_a_dated_sentence_is_an_event_without_trigger():
    text = "In July 2000, Putin visited Pyongyang. It rained."
    article = Article(doc_id="t", source="t", text=text)
    sents = [Sentence(0, 0, 38), Sentence(1, 39, len(text))]
    [event] = events.build(article, sents, [timex(text, "July 2000", "2000-07", "2000-07-01", "2000-07-31")])
    assert (event.trigger, event.type, event.sentence) == (None, "other", text[:38])
    assert text[event.context_start:event.context_end] == "It rained."


def test_precision_is_derived_from_the_value_when_missing(make_doc):
    doc = parsed(make_doc, VISIT)
    [event] = run(doc, [timex(doc.text, "July 2000", "2000-07", "2000-07-01", "2000-07-31")])
    assert event.precision == "month"


@pytest.mark.parametrize("type_", ["DURATION", "SET"])
def test_durations_and_sets_make_no_event(make_doc, type_):
    doc = parsed(make_doc, VISIT)
    assert run(doc, [timex(doc.text, "July 2000", "P1M", type=type_)]) == []


def test_dates_before_the_body_make_no_event(make_doc):
    doc = parsed(make_doc, VISIT)
    dates = [timex(doc.text, "July 2000", "2000-07", "2000-07-01", "2000-07-31")]
    assert run(doc, dates, body_start=doc.text.index("Putin")) == []


def test_an_unresolved_relative_date_still_dates_an_event(make_doc):
    doc = parsed(make_doc, VISIT)
    [event] = run(doc, [timex(doc.text, "July 2000", "XXXX-07")])
    assert (event.date, event.start_date, event.end_date) == ("XXXX-07", None, None)


def test_an_unknown_value_makes_no_event(make_doc):
    doc = parsed(make_doc, VISIT)
    assert run(doc, [timex(doc.text, "July 2000", None)]) == []


# "It replaced the <noun> of 1961." / "The 2016 <noun> changed everything."
OF_NOUN = """
It it PRON PRP nsubj 1
replaced replace VERB VBD ROOT 1
the the DET DT det 3
{noun} {noun} NOUN NN dobj 1
of of ADP IN prep 3
1961 1961 NUM CD pobj 4
. . PUNCT . punct 1
"""
NOUN_COMPOUND = """
The the DET DT det 2
2016 2016 NUM CD nummod 2
{noun} {noun} NOUN NN nsubj 3
changed change VERB VBD ROOT 3
everything everything PRON NN dobj 3
. . PUNCT . punct 3
"""


@pytest.mark.parametrize(
    "rows, noun, year, trigger",
    [
        (OF_NOUN, "document", "1961", None),
        (OF_NOUN, "meeting", "1961", "meeting"),
        (NOUN_COMPOUND, "book", "2016", None),
        (NOUN_COMPOUND, "election", "2016", "election"),
        (NOUN_COMPOUND, "year", "2016", "change"),
    ],
)
def test_a_date_on_a_plain_noun_describes_it(make_doc, rows, noun, year, trigger):
    doc = parsed(make_doc, rows.format(noun=noun))
    found = run(doc, [timex(doc.text, year, year, f"{year}-01-01", f"{year}-12-31")])
    assert [e.trigger for e in found] == ([trigger] if trigger else [])


def test_a_date_that_is_the_subject_of_be_makes_no_event(make_doc):
    rows = """
    2009 2009 NUM CD nsubj 1
    was be AUX VBD ROOT 1
    a a DET DT det 4
    pivotal pivotal ADJ JJ amod 4
    year year NOUN NN attr 1
    . . PUNCT . punct 1
    """
    doc = parsed(make_doc, rows)
    assert run(doc, [timex(doc.text, "2009", "2009", "2009-01-01", "2009-12-31")]) == []


def test_an_event_noun_takes_the_tense_of_its_verb(make_doc):
    doc = parsed(make_doc, NOUN_COMPOUND.format(noun="election"))
    [event] = run(doc, [timex(doc.text, "2016", "2016", "2016-01-01", "2016-12-31")])
    assert (event.trigger, event.tense) == ("election", "past")


@pytest.mark.parametrize(
    "left, expected",
    [
        ("showing a decrease of 56.2 percent, compared to ", True),
        ("compared with the same period of ", True),
        ("sales were up 5% from ", True),
        ("revenue fell to $2 million, down from $5 million in ", True),
        ("closed at 153.20 yen, down from 154.50 yen ", True),
        ("rose to 10,500 points, up from 10,200 points on ", True),
        ("pumped 9.2 million bpd in April, down from nearly 10 million ", True),  # a qualified baseline amount
        ("closed at 9,850 to the dollar, down from about 8,900 on ", True),
        ("exports reached $80 million, up from less than $20 million in ", True),
        ("sold for $4 a bushel, down from more than $7 in ", True),
        ("stole data from more than 1,000 cards from ", False),  # a span of its own, not a baseline
        ("fell to their lowest level in more than a year ", False),  # a span counted, then the day
        ("have lost more than a third of their value since ", False),
        ("more than in ", True),
        ("the highest level since ", True),
        ("the first time since ", True),
        ("It was the lowest ending for the index since ", True),
        ("has been successfully operating since ", False),
        ("In ", False),
        ("More than 40 students were accepted in ", False),
        ("Oil prices rose more than 2% on ", False),  # "than" bounds a quantity, not a date
        ("sales were higher than $5 million in ", False),
        ("sales were higher than in ", True),
        ("They moved from Paris to Berlin in ", False),
    ],
)
def test_comparison_baselines(left, expected):
    text = left + "2017"
    assert baselines.is_comparison(text, 0, len(left)) is expected


def test_a_comparison_baseline_makes_no_event_of_its_own(make_doc):
    rows = """
    In in ADP IN prep 3
    2018 2018 NUM CD pobj 0
    trade trade NOUN NN nsubj 3
    fell fall VERB VBD ROOT 3
    , , PUNCT , punct 3
    compared compare VERB VBN prep 3
    to to ADP IN prep 5
    2017 2017 NUM CD pobj 6
    . . PUNCT . punct 3
    """
    doc = parsed(make_doc, rows)
    text = doc.text
    found = run(doc, [timex(text, "2018", "2018", "2018-01-01", "2018-12-31"),
                      timex(text, "2017", "2017", "2017-01-01", "2017-12-31")])
    assert [(e.trigger, e.date, e.type) for e in found] == [("trade", "2018", "economy"), ("fall", "2018", "economy")]


LIST = """
In in ADP IN prep 8
April april PROPN NNP pobj 0
and and CCONJ CC cc 1
November november PROPN NNP conj 1
2017 2017 NUM CD nummod 3
, , PUNCT , punct 8
a a DET DT det 7
delegation delegation NOUN NN nsubj 8
visited visit VERB VBD ROOT 8
Pyongyang pyongyang PROPN NNP dobj 8
. . PUNCT . punct 8
"""
RANGE = """
Kim kim PROPN NNP nsubj 1
visited visit VERB VBD ROOT 1
Russia russia PROPN NNP dobj 1
from from ADP IN prep 1
July july PROPN NNP pobj 3
to to ADP IN prep 1
August august PROPN NNP pobj 5
2001 2001 NUM CD nummod 6
. . PUNCT . punct 1
"""


def test_two_dates_of_one_happening_give_two_events(make_doc):
    doc = parsed(make_doc, LIST)
    text = doc.text
    found = run(doc, [timex(text, "April", "2017-04", "2017-04-01", "2017-04-30"),
                      timex(text, "November 2017", "2017-11", "2017-11-01", "2017-11-30")],
                places=[place(text, "Pyongyang")])
    assert [(e.date, e.trigger, e.places) for e in found] == [("2017-04", "visit", ("Pyongyang",)),
                                                              ("2017-11", "visit", ("Pyongyang",))]


def test_a_list_read_as_one_interval_still_gives_an_event_per_date(make_doc):
    doc = parsed(make_doc, LIST)
    text = doc.text
    found = run(doc, [timex(text, "April and November 2017", "2017-04/2017-11", "2017-04-01", "2017-11-30")])
    assert [(e.date, e.start_date, e.end_date) for e in found] == [("2017-04", "2017-04-01", "2017-04-30"),
                                                                  ("2017-11", "2017-11-01", "2017-11-30")]


def test_a_range_read_as_one_interval_stays_one_event(make_doc):
    doc = parsed(make_doc, RANGE)
    text = doc.text
    [event] = run(doc, [timex(text, "July to August 2001", "2001-07/2001-08", "2001-07-01", "2001-08-31")])
    assert (event.date, event.start_date, event.end_date) == ("2001-07/2001-08", "2001-07-01", "2001-08-31")
    assert event.date_to is None  # one expression: its own interval value


def test_the_ends_of_a_range_each_date_the_event(make_doc):
    # TimeML anchors the event to each end (BEGUN_BY, ENDED_BY): one event per end, each with its own value and
    # expression, the other end's value beside it, the days of the whole range on both
    doc = parsed(make_doc, RANGE)
    text = doc.text
    first, second = run(doc, [timex(text, "July", "2001-07", "2001-07-01", "2001-07-31", precision="month"),
                              timex(text, "August 2001", "2001-08", "2001-08-01", "2001-08-31", precision="month")])
    assert (first.date, first.date_from, first.date_to, first.start_date, first.end_date) == (
        "2001-07", None, "2001-08", "2001-07-01", "2001-08-31")
    assert (second.date, second.date_from, second.date_to, second.start_date, second.end_date) == (
        "2001-08", "2001-07", None, "2001-07-01", "2001-08-31")
    assert (first.date_text, second.date_text, first.precision, second.precision) == (
        "July", "August 2001", "month", "month")
    assert text[first.date_start:first.date_end] == "July" and text[second.date_start:second.date_end] == "August 2001"
    assert first.trigger == second.trigger and first.trigger_start == second.trigger_start


def test_a_coarse_date_around_a_precise_one_is_dropped(make_doc):
    rows = """
    In in ADP IN prep 6
    2018 2018 NUM CD pobj 0
    , , PUNCT , punct 6
    on on ADP IN prep 6
    June june PROPN NNP pobj 3
    14 14 NUM CD nummod 4
    Putin putin PROPN NNP nsubj 6
    . . PUNCT . punct 6
    """
    # a root at index 6 ("Putin" stands in for a verb here)
    rows = rows.replace("Putin putin PROPN NNP nsubj 6", "left leave VERB VBD ROOT 6")
    doc = parsed(make_doc, rows)
    text = doc.text
    [event] = run(doc, [timex(text, "2018", "2018", "2018-01-01", "2018-12-31"),
                        timex(text, "June 14", "2018-06-14", "2018-06-14")])
    assert event.date == "2018-06-14"


SPLIT = """
Lavrov lavrov PROPN NNP nsubj 1
met meet VERB VBD ROOT 1
Ri ri PROPN NNP dobj 1
in in ADP IN prep 1
May may PROPN NNP pobj 3
at at ADP IN prep 1
ASEAN asean PROPN NNP pobj 5
Regional regional PROPN NNP compound 8
Forum forum PROPN NNP ROOT 8
in in ADP IN prep 8
Manila manila PROPN NNP pobj 9
. . PUNCT . punct 8
"""


@pytest.mark.parametrize("rows, places", [
    (SPLIT, ("Manila",)),
    (SPLIT.replace("ASEAN asean PROPN NNP pobj 5", "ASEAN. asean PROPN NNP pobj 5"), ()),
])
def test_a_sentence_split_without_final_punctuation_runs_on(make_doc, rows, places):
    doc = parsed(make_doc, rows)
    text = doc.text
    assert len(list(doc.sents)) == 2
    [event] = run(doc, [timex(text, "May", "2017-05", "2017-05-01", "2017-05-31")],
                  places=[place(text, "Manila")])
    assert event.places == places
    assert event.sentence == text[event.start:event.end]


QUOTE = """
" " PUNCT `` punct 3
It it PRON PRP nsubj 3
will will AUX MD aux 3
help help VERB VB ROOT 3
, , PUNCT , punct 3
" " PUNCT '' punct 3
"""
SAID = """
said say VERB VBD ROOT 6
Harper harper PROPN NNP nsubj 6
on on ADP IN prep 6
Monday monday PROPN NNP pobj 8
. . PUNCT . punct 6
"""
IPHONE = """
Sales sale NOUN NNS nsubj 1
fell fall VERB VBD ROOT 1
. . PUNCT . punct 1
iPhone iphone PROPN NNP nsubj 4
sales sale NOUN NNS nsubj 5
rose rise VERB VBD ROOT 5
on on ADP IN prep 5
Monday monday PROPN NNP pobj 6
. . PUNCT . punct 5
"""


@pytest.mark.parametrize("rows, joined", [(QUOTE + SAID, True), (IPHONE, False)])
def test_a_lower_case_word_continues_the_sentence_before(make_doc, rows, joined):
    doc = parsed(make_doc, rows)
    text = doc.text
    assert len(list(doc.sents)) == 2
    events = run(doc, [timex(text, "Monday", "2019-04-22", "2019-04-22")])
    assert {event.start == 0 for event in events} == {joined}


NARRATIVE = """
Putin putin PROPN NNP nsubj 1
visited visit VERB VBD ROOT 1
Pyongyang pyongyang PROPN NNP dobj 1
on on ADP IN prep 1
Monday monday PROPN NNP pobj 3
. . PUNCT . punct 1
The the DET DT det 7
trip trip NOUN NN nsubj 8
lasted last VERB VBD ROOT 8
two two NUM CD nummod 10
days day NOUN NNS npadvmod 8
in in ADP IN prep 8
Korea korea PROPN NNP pobj 11
. . PUNCT . punct 8
\\n _ SPACE _SP dep 13
Kim kim PROPN NNP nsubj 16
stayed stay VERB VBD ROOT 16
. . PUNCT . punct 16
"""


def test_an_undated_sentence_continues_the_event_before_it(make_doc):
    doc = parsed(make_doc, NARRATIVE)
    text = doc.text
    dates = [timex(text, "Monday", "2019-04-22", "2019-04-22"),
             timex(text, "two days", "P2D", type="DURATION")]
    [event] = run(doc, dates, places=[place(text, "Pyongyang"), place(text, "Korea")],
                  people=[person(text, "Kim")])
    assert text[event.context_start:event.context_end] == "The trip lasted two days in Korea."
    assert event.places == ("Pyongyang",)
    assert (event.context_places, event.context_people) == (("Korea",), ())


def test_an_event_without_followers_has_no_context(make_doc):
    doc = parsed(make_doc, VISIT)
    [event] = run(doc, [timex(doc.text, "July 2000", "2000-07", "2000-07-01", "2000-07-31")])
    assert (event.context_start, event.context_end, event.context_places) == (None, None, ())


PRONOUN = """
Kim kim PROPN NNP nsubj 1
traveled travel VERB VBD ROOT 1
. . PUNCT . punct 1
On on ADP IN prep 7
Monday monday PROPN NNP pobj 3
, , PUNCT , punct 7
Putin putin PROPN NNP nsubj 7
held hold VERB VBD ROOT 7
talks talk NOUN NNS dobj 7
with with ADP IN prep 7
him he PRON PRP pobj 9
. . PUNCT . punct 7
"""


def test_an_object_pronoun_is_the_last_person_outside_its_clause(make_doc):
    doc = parsed(make_doc, PRONOUN)
    text = doc.text
    [event] = run(doc, [timex(text, "Monday", "2002-08-19", "2002-08-19")],
                  people=[person(text, "Kim Jong Il", "Kim"), person(text, "Vladimir Putin", "Putin")])
    assert (event.trigger, event.type) == ("talks", "consult")
    assert event.people == ("Vladimir Putin", "Kim Jong Il")


SUBORDINATE = """
Lavrov lavrov PROPN NNP nsubj 1
visited visit VERB VBD ROOT 1
Pyongyang pyongyang PROPN NNP dobj 1
in in ADP IN prep 1
May may PROPN NNP pobj 3
, , PUNCT , punct 1
during during ADP IN prep 9
which which PRON WDT pobj 6
he he PRON PRP nsubj 9
met meet VERB VBD relcl 2
Kim kim PROPN NNP dobj 9
. . PUNCT . punct 1
"""


@pytest.mark.parametrize("lavrov_is_a_person, expected", [(True, ("Sergey Lavrov", "Kim Jong Un")),
                                                          (False, ("Kim Jong Un",))])
def test_a_pronoun_in_a_subordinate_clause_is_the_main_subject(make_doc, lavrov_is_a_person, expected):
    rows = "Ri ri PROPN NNP nsubj 1\narrived arrive VERB VBD ROOT 1\n. . PUNCT . punct 1\n" + "\n".join(
        " ".join(r.split()[:5] + [str(int(r.split()[5]) + 3)]) for r in SUBORDINATE.strip().splitlines())
    doc = parsed(make_doc, rows)
    text = doc.text
    people = [person(text, "Ri Yong Ho", "Ri"), person(text, "Kim Jong Un", "Kim")]
    if lavrov_is_a_person:
        people.append(person(text, "Sergey Lavrov", "Lavrov"))
    [event] = run(doc, [timex(text, "May", "2018-05", "2018-05-01", "2018-05-31")], people=people)
    assert event.people == expected


SAME_DAY = """
Putin putin PROPN NNP nsubj 1
met meet VERB VBD ROOT 1
Kim kim PROPN NNP dobj 1
on on ADP IN prep 1
Monday monday PROPN NNP pobj 3
. . PUNCT . punct 1
The the DET DT det 8
same same ADJ JJ amod 8
day day NOUN NN npadvmod 11
, , PUNCT , punct 11
Kim kim PROPN NNP nsubj 11
left leave VERB VBD ROOT 11
. . PUNCT . punct 11
"""


def test_a_date_pointing_back_inherits_the_narrative_date(make_doc):
    doc = parsed(make_doc, SAME_DAY)
    text = doc.text
    first, second = run(doc, [timex(text, "Monday", "2019-04-22", "2019-04-22"),
                              timex(text, "The same day", None)])
    assert (second.date, second.start_date, second.date_inherited) == ("2019-04-22", "2019-04-22", True)
    assert (second.date_text, second.trigger, first.date_inherited) == ("The same day", "leave", False)


def test_a_time_and_a_date_of_the_same_day_give_one_event(make_doc):
    rows = """
    Putin putin PROPN NNP nsubj 1
    left leave VERB VBD ROOT 1
    at at ADP IN prep 1
    10 10 NUM CD nummod 4
    a.m. a.m. NOUN NN pobj 2
    on on ADP IN prep 1
    Monday monday PROPN NNP pobj 5
    . . PUNCT . punct 1
    """
    doc = parsed(make_doc, rows)
    text = doc.text
    [event] = run(doc, [
        timex(text, "10 a.m.", "2019-04-22T10:00", "2019-04-22", type="TIME", precision="time"),
        timex(text, "Monday", "2019-04-22", "2019-04-22", precision="day"),
    ])
    assert (event.date, event.precision) == ("2019-04-22T10:00", "time")


def test_context_stops_after_three_sentences(make_doc):
    rows = VISIT.strip() + "\n" + "\n".join(
        f"Kim kim PROPN NNP nsubj {11 + 3 * k + 1}\nleft leave VERB VBD ROOT {11 + 3 * k + 1}\n"
        f". . PUNCT . punct {11 + 3 * k + 1}" for k in range(5))
    doc = parsed(make_doc, rows)
    text = doc.text
    [event] = run(doc, [timex(text, "July 2000", "2000-07", "2000-07-01", "2000-07-31")])
    assert text[event.context_start:event.context_end] == "Kim left. Kim left. Kim left."


@pytest.mark.parametrize("noun, trigger, type_", [
    ("summit", "summit", "consult"), ("flight", "flight", "transport"),
])
def test_a_copula_with_an_event_noun_subject(make_doc, noun, trigger, type_):
    rows = f"""
    The the DET DT det 1
    {noun} {noun} NOUN NN nsubj 2
    was be AUX VBD ROOT 2
    in in ADP IN prep 2
    1994 1994 NUM CD pobj 3
    . . PUNCT . punct 2
    """
    doc = parsed(make_doc, rows)
    [event] = run(doc, [timex(doc.text, "1994", "1994", "1994-01-01", "1994-12-31")])
    assert (event.trigger, event.type) == (trigger, type_)


def test_be_is_never_a_trigger(make_doc):
    rows = """
    The the DET DT det 1
    weather weather NOUN NN nsubj 2
    was be AUX VBD ROOT 2
    in in ADP IN prep 2
    1994 1994 NUM CD pobj 3
    . . PUNCT . punct 2
    """
    doc = parsed(make_doc, rows)
    assert run(doc, [timex(doc.text, "1994", "1994", "1994-01-01", "1994-12-31")]) == []


def test_a_verb_of_size_is_typed_by_its_event_subject(make_doc):
    rows = """
    In in ADP IN prep 3
    2017 2017 NUM CD pobj 0
    trade trade NOUN NN nsubj 3
    amounted amount VERB VBD ROOT 3
    to to ADP IN prep 3
    $ $ SYM $ nmod 6
    5 5 NUM CD pobj 4
    million million NUM CD nummod 6
    . . PUNCT . punct 3
    """
    doc = parsed(make_doc, rows)
    text = doc.text
    cash = MoneyAmount(text="$ 5 million", start=text.index("$"), end=text.index("million") + 7, amount=None,
                       currency="USD")
    [event] = run(doc, [timex(text, "2017", "2017", "2017-01-01", "2017-12-31")], money=[cash])
    # TimeML's event is the verb ("amounted"); the trade says what it measures
    assert (event.trigger, event.type, event.money) == ("amount", "economy", ("$ 5 million",))


def test_negation_is_recorded(make_doc):
    rows = """
    Putin putin PROPN NNP nsubj 3
    did do AUX VBD aux 3
    not not PART RB neg 3
    meet meet VERB VB ROOT 3
    Kim kim PROPN NNP dobj 3
    in in ADP IN prep 3
    2019 2019 NUM CD pobj 5
    . . PUNCT . punct 3
    """
    doc = parsed(make_doc, rows)
    [event] = run(doc, [timex(doc.text, "2019", "2019", "2019-01-01", "2019-12-31")])
    assert (event.trigger, event.negated, event.tense) == ("meet", True, "past")


@given(st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40),
                          st.sampled_from(["DATE", "TIME", "DURATION"]),
                          st.sampled_from([None, "2019", "2019-04-22", "XXXX-WXX-1", "PAST_REF"]))))
def test_build_never_raises_and_events_point_into_the_text(make_doc, spans):
    doc = parsed(make_doc, NARRATIVE)
    text = doc.text
    dates = []
    for start, length, type_, value in spans:
        start = min(start, len(text))
        end = min(start + length, len(text))
        bounds = {"2019": ("2019-01-01", "2019-12-31"), "2019-04-22": (value, value)}.get(value, (None, None))
        dates.append(TimeExpression(text=text[start:end], start=start, end=end, type=type_, value=value,
                                    start_date=bounds[0], end_date=bounds[1]))
    for event in run(doc, dates):
        assert text[event.start:event.end] == event.sentence
        assert event.start <= event.date_start <= event.date_end <= event.end
        assert event.type in vocabulary.types()


# ------------------------------------------------------------------------------------------ vocabulary


# ------------------------------------------------------------------------------------ trained model
def _model_events(nlp, text, phrases, **entities):
    doc = nlp(text)
    dates = [timex(text, p, v, *b) for p, v, *b in phrases]
    article = Article(doc_id="t", source="t", text=text)
    return events.build(article, sentences(doc), dates, **entities)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, date, trigger, type_",
    [
        ("On October 12, 1948, the Soviet Union was the first state to establish diplomatic relations with "
         "the DPRK.", ("October 12, 1948", "1948-10-12", "1948-10-12"), "establish", "diplomatic cooperation"),
        ("In 2017, the trade between the two countries amounted to $77.9 million.",
         ("2017", "2017", "2017-01-01", "2017-12-31"), "amount", "economy"),
        ("On June 14, 2018, Putin received the president of the assembly in the Kremlin.",
         ("June 14, 2018", "2018-06-14", "2018-06-14"), "receive", "consult"),
        ("Boeing has received far more orders than Airbus in 2005.",
         ("2005", "2005", "2005-01-01", "2005-12-31"), "order", "deal"),
        ("Its ninth meeting was held in March 2019.", ("March 2019", "2019-03", "2019-03-01", "2019-03-31"),
         "meeting", "consult"),
        ("The rebels attacked the town on Monday.", ("Monday", "2019-04-22", "2019-04-22"), "attack",
         "assault"),
        ("Thousands of people protested in the capital on Sunday.", ("Sunday", "2019-04-21", "2019-04-21"),
         "protest", "protest"),
        ("The agency provided humanitarian assistance to the region in 2015.",
         ("2015", "2015", "2015-01-01", "2015-12-31"), "assistance", "aid"),
        ("The leaders attended the Helsinki Summit in July 2018.",
         ("July 2018", "2018-07", "2018-07-01", "2018-07-31"), "summit", "consult"),
    ],
)
def test_trigger_and_type_with_the_trained_parser(nlp, text, date, trigger, type_):
    [event] = _model_events(nlp, text, [date])
    assert (event.trigger, event.type) == (trigger, type_)


@pytest.mark.model
def test_the_date_of_a_document_makes_no_event_with_the_trained_parser(nlp):
    text = "It replaced the outdated document of 1961, according to which the two states were allies."
    assert _model_events(nlp, text, [("1961", "1961", "1961-01-01", "1961-12-31")]) == []


def test_seed_events(seed_record):
    found = {(e["date"], e["type"]) for e in seed_record["events"]}
    assert all(e["start"] >= seed_record["body_start"] for e in seed_record["events"])
    assert ("2000-02-09", "diplomatic cooperation") in found
    assert not any(e["date_text"] == "1961" for e in seed_record["events"])


def test_a_date_the_parser_hangs_on_a_name_beside_the_object_is_the_verbs(make_doc):
    rows = """
    Acme acme PROPN NNP nsubj 1
    fired fire VERB VBD ROOT 1
    its its PRON PRP$ poss 4
    football football NOUN NN compound 4
    coach coach NOUN NN dobj 1
    , , PUNCT , punct 4
    Lyle lyle PROPN NNP compound 7
    Danner danner PROPN NNP appos 4
    , , PUNCT , punct 7
    this this DET DT det 10
    afternoon afternoon NOUN NN npadvmod 7
    . . PUNCT . punct 1
    """
    doc = parsed(make_doc, rows)
    found = run(doc, [timex(doc.text, "this afternoon", "2013-05-08TAF", "2013-05-08", type="TIME")])
    assert [(e.trigger, e.date) for e in found] == [("fire", "2013-05-08TAF")]
