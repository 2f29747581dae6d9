"""Money normalization (first version: '$77.9 million' -> 77900000 USD)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Sequence

from ..records import Article, Mention, MoneyAmount

RE_MONEY = re.compile(
    r"(?P<sym>US\$|\$|€|£|¥)\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>million|billion|trillion|bn|m)?", re.I
)
SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
MULTIPLIERS = {"million": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}


def normalize(mention: Mention) -> MoneyAmount | None:
    """Parse one MONEY mention into an amount and ISO 4217 currency, or None."""
    m = RE_MONEY.search(mention.text)
    if not m:
        return None
    try:
        amount = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    mult = (m.group("mult") or "").lower()
    amount *= MULTIPLIERS.get(mult, 1)
    sym = m.group("sym").lower()
    return MoneyAmount(
        mention.text,
        mention.start,
        mention.end,
        amount,
        SYMBOLS[sym],
        currency_assumed=sym == "$",
        sentence=mention.sentence,
    )


def money(mentions: Sequence[Mention], article: Article) -> list[MoneyAmount]:
    return [m for mention in mentions if (m := normalize(mention)) is not None]
