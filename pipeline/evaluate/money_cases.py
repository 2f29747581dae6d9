"""Scoring of ``money[]`` against a suite of currency test cases (``factbox evaluate --money-cases PATH``).

A case is one JSON line (``tests/data/money_cases.jsonl``, described in ``tests/data/README.md``): ``id``,
``category``, ``text``, ``context`` (``published``: YYYY-MM-DD or null; ``dateline``: a place in capitals or
null) and the gold ``amounts`` [{text, start, end, amount, amount_high, currency, per, equivalent_of}], where
``amount`` is a decimal string and ``equivalent_of`` the index of the amount it converts.

Each case becomes an article the way news carries its context: a dateline opens the text as wire copy
writes it (``PARIS (Reuters) - ...``, the gold offsets moved by that prefix) and the publication date is
given as the article's date. The blocks scored, over all cases:

- ``detection exact`` / ``detection overlap``: predicted spans against gold spans, one to one;
- ``normalized``: a prediction counts when it overlaps a gold amount (one to one) with the same ``amount``
  and ``currency`` (both null for a currency the text does not give); ``normalized full`` also needs the
  same ``amount_high``;
- ``per`` and ``equivalent_of``: accuracy over the gold amounts found (overlap), a null gold value included;
- ``currency_assumed``: the share of predicted amounts with ``currency_assumed`` true.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..config import DEFAULTS, Settings
from ..errors import ConfigError, Errors
from .common import analyzed, overlaps, prf
from .money import match

AGENCY = "Reuters"  # the wire agency of the dateline a case with a dateline is given


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """Read the cases (one JSON object a line); ConfigError (E003) when a line is no case."""
    cases = []
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except ValueError as exc:
                raise ConfigError(Errors.E011.format(source=f"{path}:{lineno}", reason=f"not JSON: {exc}")) from None
            if not isinstance(case, dict) or not isinstance(case.get("text"), str) or "amounts" not in case:
                raise ConfigError(Errors.E011.format(source=f"{path}:{lineno}", reason="no 'text' or 'amounts'"))
            cases.append(case)
    return cases


def prefix(case: Mapping[str, Any]) -> str:
    """The wire dateline put before a case's text (empty without one): ``PARIS (Reuters) - ``."""
    dateline = (case.get("context") or {}).get("dateline")
    return f"{dateline} ({AGENCY}) - " if dateline else ""


def records_for(cases: Sequence[Mapping[str, Any]], settings: Settings = DEFAULTS) -> list[dict[str, Any]]:
    """Process each case as an article (dateline before the text, publication date given)."""
    from ..ingest import make_article

    articles = (
        make_article(prefix(case) + case["text"], source=f"case:{case.get('id', i)}", doc_id=str(case.get("id", i)),
                     published=(case.get("context") or {}).get("published"))
        for i, case in enumerate(cases)
    )
    return analyzed(articles, settings)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _same(a: Any, b: Any) -> bool:
    return _decimal(a) == _decimal(b)


def _per(value: Any) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def compare(case: Mapping[str, Any], money: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts and errors of one case: its gold amounts against the predicted ``money`` (offsets into the
    case's own text)."""
    gold = case["amounts"]
    gold_spans = [(g["start"], g["end"]) for g in gold]
    pred_spans = [(p["start"], p["end"]) for p in money]
    exact, overlap = match(gold_spans, pred_spans)
    # one-to-one pairs by overlap (exact pairs first, then the closest start)
    pairs: dict[int, int] = {}
    free = set(range(len(money)))
    for gi, g in enumerate(gold):
        for pi in sorted(free, key=lambda p: (money[p]["start"] != g["start"] or money[p]["end"] != g["end"],
                                              abs(money[p]["start"] - g["start"]))):
            if overlaps(g["start"], g["end"], money[pi]["start"], money[pi]["end"]):
                pairs[gi] = pi
                free.discard(pi)
                break
    index_of_id = {p.get("id"): i for i, p in enumerate(money)}
    gold_of_pred = {pi: gi for gi, pi in pairs.items()}
    out = Counter(exact=exact, overlap=overlap, gold=len(gold), pred=len(money))
    errors: list[str] = []
    for gi, g in enumerate(gold):
        if gi not in pairs:
            errors.append(f"missed {g['text']!r}")
            continue
        p = money[pairs[gi]]
        right = _same(p.get("amount"), g["amount"]) and p.get("currency") == g["currency"]
        out["normalized"] += right
        out["normalized_full"] += right and _same(p.get("amount_high"), g.get("amount_high"))
        if not right or not _same(p.get("amount_high"), g.get("amount_high")):
            errors.append(f"{g['text']!r}: {p.get('amount')}-{p.get('amount_high')} {p.get('currency')}, "
                          f"gold {g['amount']}-{g.get('amount_high')} {g['currency']}")
        if (p["start"], p["end"]) != (g["start"], g["end"]):
            errors.append(f"span {p['text']!r}, gold {g['text']!r}")
        out["per"] += _per(p.get("per")) == _per(g.get("per"))
        if _per(p.get("per")) != _per(g.get("per")):
            errors.append(f"{g['text']!r}: per {p.get('per')!r}, gold {g.get('per')!r}")
        eq = index_of_id.get(p.get("equivalent_of")) if p.get("equivalent_of") is not None else None
        eq_gold = gold_of_pred.get(eq) if eq is not None else None
        out["equivalent_of"] += eq_gold == g.get("equivalent_of") and (eq is None) == (g.get("equivalent_of") is None)
        if eq_gold != g.get("equivalent_of"):
            errors.append(f"{g['text']!r}: equivalent_of {eq_gold}, gold {g.get('equivalent_of')}")
    for pi in sorted(free):
        errors.append(f"extra {money[pi]['text']!r} ({money[pi].get('amount')} {money[pi].get('currency')})")
    out["assumed"] = sum(bool(p.get("currency_assumed")) for p in money)
    return {"counts": out, "errors": errors}


def _shifted(record: Mapping[str, Any], shift: int) -> list[dict[str, Any]]:
    """The record's money with offsets into the case's text (the dateline prefix taken off)."""
    return [{**m, "start": m["start"] - shift, "end": m["end"] - shift} for m in record["money"] if m["start"] >= shift]


def score(cases: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The metric blocks of the module docstring, plus ``categories`` (normalized F1 by category; for a
    category without gold amounts, how many were found) and ``errors`` (case id -> what went wrong)."""
    total: Counter = Counter()
    by_category: dict[str, Counter] = {}
    errors: dict[str, list[str]] = {}
    for case, record in zip(cases, records, strict=True):
        result = compare(case, _shifted(record, len(prefix(case))))
        total.update(result["counts"])
        by_category.setdefault(case.get("category", ""), Counter()).update(result["counts"])
        if result["errors"]:
            errors[str(case.get("id"))] = result["errors"]

    def block(tp: int, c: Counter) -> dict[str, Any]:
        return prf(tp, c["pred"] - tp, c["gold"] - tp)

    found = total["overlap"]
    return {
        "detection exact": block(total["exact"], total),
        "detection overlap": block(total["overlap"], total),
        "normalized": block(total["normalized"], total),
        "normalized full": block(total["normalized_full"], total),
        "per": {"accuracy": round(total["per"] / found, 4) if found else 0.0, "n": found},
        "equivalent_of": {"accuracy": round(total["equivalent_of"] / found, 4) if found else 0.0, "n": found},
        "currency_assumed": {"share": round(total["assumed"] / total["pred"], 4) if total["pred"] else 0.0,
                             "n": total["pred"]},
        "categories": {name: block(c["normalized"], c)["f1"] if c["gold"] else f"{c['pred']} found"
                       for name, c in sorted(by_category.items())},
        "errors": errors,
    }


def evaluate(path: str | Path, *, settings: Settings = DEFAULTS) -> dict[str, dict[str, Any]]:
    """Run the pipeline on the cases in ``path`` and score it (see :func:`score`)."""
    cases = load_cases(path)
    return score(cases, records_for(cases, settings))


def format_lines(results: Mapping[str, Any]) -> Iterable[str]:
    """The accuracy lines of a result (the P/R/F1 blocks are printed by ``format_table``)."""
    for name in ("per", "equivalent_of"):
        m = results[name]
        yield f"{'money-cases ' + name:34} accuracy {m['accuracy']:.3f} over {m['n']} amounts found"
    m = results["currency_assumed"]
    yield f"{'money-cases currency_assumed':34} share {m['share']:.3f} of {m['n']} amounts"
    yield f"{'money-cases normalized F1 by category':34} " + ", ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in results["categories"].items())
