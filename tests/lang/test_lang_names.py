"""Person-name vocabulary of the base layer: titles."""

from __future__ import annotations

import pytest

from pipeline.lang.names import is_title


@pytest.mark.parametrize(
    "word, expected",
    [
        ("President", True),
        ("presidents", True),
        ("Gov.", True),
        ("CEO", True),
        ("Putin", False),
        ("Mr", False),
    ],
)
def test_is_title(word, expected):
    assert is_title(word) is expected
