"""MEANTIME money scorer: exact and overlap span matching (no model needed with baseline=False)."""

from __future__ import annotations

import pytest

from pipeline.evaluate import SCORERS
from pipeline.evaluate.money import match, score


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        ([(0, 5)], [(0, 5)], (1, 1)),
        ([(0, 5)], [(1, 5)], (0, 1)),
        ([(0, 5)], [(6, 9)], (0, 0)),
        ([(0, 5), (0, 9)], [(0, 9)], (1, 1)),  # one prediction is spent on one gold span only
        ([(0, 20), (0, 5), (10, 20)], [(0, 5), (10, 20)], (2, 2)),  # exact pairs are made first
        ([], [(0, 5)], (0, 0)),
    ],
)
def test_match(gold, pred, expected):
    assert match(gold, pred) == expected


def test_score_counts_and_ignores_the_unannotated_tail():
    gold = [{"text": "Paid $5 and €6.", "money": [{"start": 5, "end": 7}, {"start": 12, "end": 14}]}]
    records = [{"money": [{"start": 5, "end": 7}, {"start": 11, "end": 14}, {"start": 40, "end": 45}]}]
    out = score(gold, records, baseline=False)
    assert (out["pipeline exact"]["tp"], out["pipeline exact"]["fp"], out["pipeline exact"]["fn"]) == (1, 1, 1)
    assert (out["pipeline overlap"]["tp"], out["pipeline overlap"]["fp"], out["pipeline overlap"]["fn"]) == (2, 0, 0)


def test_money_scorer_is_registered():
    assert SCORERS["money"] is score
