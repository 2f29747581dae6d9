"""Property tests for the money normalizer: round trips, and it never raises."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.lang.money import default_lexicon, find
from pipeline.normalize.money import normalize, render

CODES = sorted(default_lexicon().currencies)
STYLES = ("code", "code_after", "symbol", "name")
amounts = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)
money_words = st.sampled_from(
    [
        "$",
        "US$",
        "€",
        "£",
        "¥",
        "million",
        "bn",
        "m",
        "k",
        "cents",
        "dollars",
        "euros",
        "yen",
        "Rs",
        "RUB",
        "USD",
        "-",
        "to",
        "between",
        "and",
        "about",
        "over",
        "a",
        "half",
        "dozen",
        "of",
        "billions",
        "five",
        "twenty",
        ".",
        ",",
        "(",
        " ",
    ]
)


@given(amounts, st.sampled_from(CODES), st.sampled_from(STYLES))
@example(Decimal("0.5"), "USD", "symbol")
@example(Decimal("1000000000000"), "FIM", "name")
def test_rendered_amount_parses_back(amount, code, style):
    m = normalize(render(amount, code, style=style))
    assert m is not None
    assert (m.amount, m.currency) == (amount, code)


@given(amounts, st.sampled_from(CODES))
def test_rendered_amount_in_a_sentence_is_found(amount, code):
    sentence = f"The company paid {render(amount, code)} for the plant."
    found = find(sentence)
    assert len(found) == 1
    assert sentence[found[0].start : found[0].end] == render(amount, code)


@given(st.text())
@example("$")
@example("US$ . , 5-")
@example("between $ and")
def test_normalize_never_raises_on_any_text(text):
    m = normalize(text)
    assert m is None or isinstance(m.amount, (Decimal, type(None)))


@given(
    st.lists(money_words | st.from_regex(r"\d{1,4}([.,]\d{1,3})?", fullmatch=True), max_size=12).map(" ".join)
)
def test_money_like_text_gives_sane_amounts(text):
    codes = default_lexicon().currencies
    for parsed in find(text):
        assert 0 <= parsed.start < parsed.end <= len(text)
        assert parsed.unit is not None and parsed.unit.codes[0] in codes
        assert parsed.amount is None or parsed.amount >= 0
        assert parsed.amount_high is None or (
            parsed.amount is not None and parsed.amount_high >= parsed.amount
        )
    m = normalize(text)
    assert m is None or (m.currency in codes and text[m.start : m.end] == m.text)
