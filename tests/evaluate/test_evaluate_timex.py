"""The TempEval-3-style timex scorer on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from pipeline.evaluate import timex

TEXT = "On August 8, they met for 24 days. Yesterday, too."


def gold(*timexes):
    return {"text": TEXT, "timexes": [dict(zip(("start", "end", "type", "value"), t, strict=True))
                                      for t in timexes]}


def record(*dates):
    return {"dates": [dict(zip(("start", "end", "type", "value"), d, strict=True)) for d in dates]}


@pytest.mark.parametrize("preds, relaxed, strict, value", [
    ([(3, 11, "DATE", "2001-08-08"), (26, 33, "DURATION", "P24D")], 2, 2, 2),  # perfect
    ([(0, 11, "DATE", "2001-08-08"), (26, 33, "DURATION", "P24D")], 2, 1, 2),  # "On August 8": relaxed only
    ([(3, 11, "DATE", "2019-08-08"), (26, 33, "DURATION", "P24D")], 2, 2, 1),  # wrong value
    ([(3, 11, "DATE", None)], 1, 1, 0),  # no value
    ([], 0, 0, 0),
])
def test_counts(preds, relaxed, strict, value):
    g = gold((3, 11, "DATE", "2001-08-08"), (26, 33, "DURATION", "P24D"))
    result = timex.score([g], [record(*preds)])
    assert (result["relaxed"]["tp"], result["strict"]["tp"], result["value"]["tp"]) == (relaxed, strict, value)
    assert result["value"]["fn"] == 2 - value
    assert result["value"]["fp"] == len(preds) - value


def test_one_prediction_matches_one_gold():
    g = gold((3, 9, "DATE", "XXXX-08"), (10, 11, "DATE", "XXXX-XX-08"))
    result = timex.score([g], [record((3, 11, "DATE", "XXXX-08"))])
    assert (result["relaxed"]["tp"], result["relaxed"]["fn"]) == (1, 1)


def test_exact_span_is_preferred():
    g = gold((3, 11, "DATE", "2001-08-08"))
    result = timex.score([g], [record((0, 5, "DATE", "x"), (3, 11, "DATE", "2001-08-08"))])
    assert result["value"]["tp"] == 1 and result["strict"]["tp"] == 1


def test_predictions_past_the_gold_text_are_ignored():
    g = {"text": TEXT[:20], "timexes": [{"start": 3, "end": 11, "type": "DATE", "value": "2001-08-08"}]}
    result = timex.score([g], [record((3, 11, "DATE", "2001-08-08"), (35, 44, "DATE", "2019-04-25"))])
    assert result["value"]["fp"] == 0


def test_value_by_type():
    g = gold((3, 11, "DATE", "2001-08-08"), (26, 33, "DURATION", "P24D"))
    result = timex.score([g], [record((3, 11, "DATE", "2001-08-08"), (26, 33, "DURATION", "P3W"),
                                      (35, 44, "DATE", "2019-04-25"))])
    assert (result["value DATE"]["tp"], result["value DATE"]["fp"]) == (1, 1)
    assert (result["value DURATION"]["tp"], result["value DURATION"]["fn"]) == (0, 1)
