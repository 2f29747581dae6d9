"""The MEANTIME entity scorer: exact and overlap matching per type, predictions past the gold text ignored."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.evaluate import SCORERS
from pipeline.evaluate.entities import match, score

GOLD = {
    "text": "President Vladimir Putin visited the U.S. and paid $5 million.",
    "entities": [
        {"start": 0, "end": 24, "label": "PER"},
        {"start": 33, "end": 41, "label": "LOC"},
    ],
    "money": [{"start": 51, "end": 61}],
}
RECORD = {
    "people": [{"name": "Vladimir Putin", "mentions": [{"start": 10, "end": 24, "text": "Vladimir Putin"}]}],
    "places": [
        {
            "name": "United States",
            "mentions": [
                {"start": 33, "end": 41, "text": "the U.S."},
                {"start": 70, "end": 75, "text": "later"},
            ],
        }
    ],
    "organizations": [],
    "money": [{"start": 51, "end": 61, "text": "$5 million"}],
}


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        ([(0, 5)], [(0, 5)], (1, 1)),
        ([(0, 5)], [(1, 5)], (0, 1)),
        ([(0, 5), (0, 10)], [(0, 10)], (1, 1)),
        ([(0, 5)], [(6, 9)], (0, 0)),
        ([], [(0, 1)], (0, 0)),
    ],
)
def test_match(gold, pred, expected):
    assert match(gold, pred) == expected


def test_score_blocks():
    blocks = score([GOLD], [RECORD], baseline=False)
    assert blocks["PER exact"]["tp"] == 0 and blocks["PER overlap"]["tp"] == 1
    assert blocks["LOC exact"] == {"tp": 1, "fp": 0, "fn": 0, "p": 1.0, "r": 1.0, "f1": 1.0}
    assert "MONEY exact" not in blocks
    assert blocks["ORG exact"]["f1"] == 0.0


def test_scorer_is_registered():
    assert SCORERS["entities"] is score


SPANS = st.lists(
    st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=8,
    unique=True,
)


@given(SPANS, SPANS)
def test_match_counts_are_bounded(gold, pred):
    exact, overlap = match(gold, pred)
    assert 0 <= exact <= overlap <= min(len(gold), len(pred))
    assert match(gold, gold) == (len(gold), len(gold))
