"""Parts of a year: quarters (``the third quarter of 2009``, ``Q3 2009``, ``last quarter``, ``the third period``
in a sentence about money), halves
(``the first half of this year``, ``H1 2019``) and seasons (``summer 2013``, ``last winter``, ``spring '14``).
"""

from __future__ import annotations

import re

from .fragments import Fragments
from .lexicon import Lexicon, phrase
from .rules import RELATIVE_WORDS, Definition, Key, date_mod, expand_two_digit, word_before
from .spec import Spec

# fmt: off
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                 "final": 4}
HALF_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2}
# A half standing alone ("the first half", "first-half profit") is a half of the year only where money or the
# economy is the topic; elsewhere it is a game's or a film's ("scored in the second half").
HALF_YEAR_CONTEXT = frozenset({
    "profit", "profits", "earnings", "revenue", "revenues", "sales", "loss", "losses", "income", "results",
    "growth", "output", "gdp", "economy", "economic", "deficit", "surplus", "dividend", "dividends", "shares",
    "percent", "%", "fiscal", "margin", "margins", "turnover", "orders", "exports", "imports", "inflation",
    "unemployment", "production", "demand", "prices", "forecast", "guidance", "ebitda", "operating",
    "$", "\u20ac", "\u00a3", "\u00a5", "million", "billion", "lost", "earned", "net", "cents", "rose", "fell",
    "gained", "declined", "posted", "quarter", "stock", "stocks", "market", "markets",
    # who and what a company's or an economy's outlook is told of ("expects expenses to decline in the second half")
    "company", "companies", "bank", "banks", "business", "cash", "expenses", "costs", "spending", "investment",
    "provisions", "recovery", "recession", "economist", "economists", "analysts", "plant", "plants", "figures",
    "budget", "outlook", "improvement", "profitability", "profitable", "sale", "activity", "conditions", "rates",
    "interest", "shipments", "volumes", "expansion", "slowdown",
})
# A quarter with no year in a sentence about a game is the game's ("scored 12 in the fourth quarter").
GAME_CONTEXT = frozenset({
    "score", "scored", "scoring", "goals", "touchdown", "touchdowns", "rebounds", "assists", "innings", "overtime",
    "halftime", "quarterback", "baskets", "pointer", "pointers", "layup", "dunk", "fumble", "interception",
    "playoff", "playoffs",
})
SEASON_TRIGGERS = frozenset({"in", "during", "by", "until", "till", "since", "over", "through", "throughout",
                             "this", "last", "next", "early", "late", "mid", "for", "before", "after", "and"})
# fmt: on


FISCAL = r"fiscal|financial"  # a quarter of a fiscal year (not "calendar")


def patterns(f: Fragments) -> dict[str, str]:
    """The regex of each rule of this family (case-insensitive), from the grammar's fragments."""
    # the year a part is of, named first: "1988 fourth-quarter results", "the 1989 first half" (a possessive
    # "1988's fourth quarter" is two expressions, as "last year's third quarter" is)
    lead_year = rf"(?:(?P<y0>{f.year})[-\s]+)?"
    return {
        "quarter": (rf"{f.modpre}(?:the\s+)?(?:(?P<fy0>{FISCAL})[-\s]+)?{lead_year}"
                    rf"(?P<qw>{phrase(QUARTER_WORDS)}|{f.rel}|latest|most\s+recent)[-\s]+"
                    rf"(?:(?:(?P<fy1>{FISCAL})|calendar)[-\s]+)?(?:quarter|(?P<per>period))(?!s)"
                    rf"(?:\s+of\s+(?:(?P<qrel>this|last|next|the|that)\s+(?:(?P<fy2>{FISCAL})\s+|calendar\s+)?year"
                    rf"|(?:(?P<fy3>{FISCAL})\s+)?(?P<y>{f.year}))|,?\s+(?P<y2>{f.year}))?(?!\w)"),
        "quarter_code": (rf"(?-i:Q(?P<qn>[1-4]))(?:\s*(?:[-/]|of)?\s*(?P<y>{f.year})"
                         r"|\s*['\u2019](?P<yy>\d{2}))?(?!\w)"
                         rf"|(?P<y2>{f.year})\s*[-/]?\s*(?-i:Q(?P<qn2>[1-4]))(?!\w)"),
        # (of a fiscal year too: "the first half of fiscal 1996", "the second half of the fiscal year", "the
        # fiscal first half")
        "half": (rf"{f.modpre}(?:the\s+)?(?P<hw>{phrase(HALF_WORDS)})\s+half\s+of\s+"
                 rf"(?:(?P<hrel>this|last|next|the|that)\s+(?:(?P<hfy2>{FISCAL})\s+)?year"
                 rf"|(?:(?P<hfy3>{FISCAL})\s+)?(?P<y>{f.year}))|(?-i:H(?P<hn>[12]))\s*(?P<y2>{f.year})"
                 rf"|(?P<bare>(?:the\s+)?(?:(?P<hfy0>{FISCAL})[-\s]+)?{lead_year}(?P<hw2>{phrase(HALF_WORDS)})[-\s]+half)"
                 r"(?!\s+of\b)(?![-\w])"),
        # "the June quarter", "the December quarter of 2012": the calendar quarter ending that month
        "month_quarter": (rf"{f.modpre}(?:the\s+)?(?P<qm>{f.month})[-\s]+quarter(?!s)"
                          rf"(?:\s+of\s+(?P<y>{f.year}))?(?!\w)"),
        # "the first six months of the year", "the last three months of 1989": a half or a quarter
        "months_part": (rf"{f.modpre}(?:the\s+)?(?P<mw>first|second|last|final)\s+(?P<mn>three|six|3|6)\s+months"
                        rf"\s+of\s+(?:(?P<mrel>this|last|next|the|that)\s+(?:(?P<fy0>{FISCAL})\s+)?year"
                        rf"|(?:(?P<fy1>{FISCAL})\s+)?(?P<y>{f.year}))(?!\w)"),
        # "sales for the period rose": the reporting period talked about (a quarter, half or fiscal year)
        # ("the 1988 period", "the same period of 1989": the period talked about, in that year)
        "period_ref": (rf"(?:the|this|that)\s+(?:(?:latest|current|same|comparable|corresponding)\s+)?"
                       rf"(?:(?P<py>{f.year})\s+)?period(?!\w)(?:\s+(?:of|in)\s+(?P<py2>{f.year})(?!\w)"
                       r"|(?!\s+(?:of|from|between|when|in\s+which|ended|ending|last|a\s+year|one\s+year)\b))"),
        "season": (rf"{f.modpre}(?:(?:the\s+(?=(?:{f.rel})\s))?(?P<srel>{f.rel}|the|that)\s+)?(?P<s>{f.season})"
                   rf"(?:\s+(?:of\s+)?(?P<y>{f.year})(?:[-/](?P<ynext>\d{{2}}|\d{{4}}))?"  # "the winter of 1988-89"
                   r"|\s+of\s+(?P<syrel>this|last|next)\s+year|\s*['\u2019](?P<yy>\d{2}))?(?!\w)"),
    }


def keys(lex: Lexicon) -> dict[str, Key]:
    """Where the rules of this family may match (see :class:`~.rules.Key`)."""
    return {
        "quarter": Key(frozenset({"quarter", "period"}), before=30, after=40),
        "quarter_code": Key(shape=r"Q[1-4]|[1-4]Q", before=10, after=10),
        "half": Key(frozenset({"half"}), shape=r"H[12]", before=20, after=30),
        "season": Key(frozenset(lex.seasons), before=40, after=20),
        "period_ref": Key(frozenset({"period"}), before=25, after=40),
        "months_part": Key(frozenset({"months"}), before=30, after=40),
        "month_quarter": Key(frozenset({"quarter"}), before=30, after=20),
    }


RE_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\u201d\"]|$|\s+(?:and|but|when|after|before)\b)")


def guard_season(f: Fragments, text: str, m: re.Match) -> bool:
    if m["y"] or m["yy"] or m["mod"] or m["syrel"]:
        return True
    if m["srel"] and m["srel"].lower() == "that":
        # "broke off talks that fall.", "was 11 that spring,"; not the relative "that": "trees that fall onto
        # roads", "loans that fall due"
        return m["s"].lower() != "fall" or bool(RE_CLAUSE_END.match(text, m.end()))
    if m["srel"] and m["srel"].lower() != "the":
        return True
    if re.match(r"\s+of\b", text[m.end():m.end() + 4], re.I):
        return False  # "the fall of Rome", "the summer of love"
    if m["s"].lower() == "fall" and not m["srel"]:
        return False
    before = word_before(text, m.start())
    return before in SEASON_TRIGGERS


def guard_half(f: Fragments, text: str, m: re.Match) -> bool:
    """A half with no year named ("the first half", "first-half profit") only in a sentence about money or
    the economy (see ``HALF_YEAR_CONTEXT``), not about a game (``GAME_CONTEXT``)."""
    if not m["bare"] or m["y0"]:
        return True
    words = _sentence_words(text, m)
    return any(w in HALF_YEAR_CONTEXT for w in words) and not any(w in GAME_CONTEXT for w in words)


def guard_quarter(f: Fragments, text: str, m: re.Match) -> bool:
    """A quarter named with no year is no date in a sentence about a game (see ``GAME_CONTEXT``). An ordinal
    period ("net income in the third period rose") is a quarter only in a sentence about money or the economy
    (``HALF_YEAR_CONTEXT``): elsewhere it is a game's ("scored in the third period")."""
    if m["per"]:
        words = _sentence_words(text, m)
        return m["qw"].lower() in QUARTER_WORDS and m["qw"].lower() != "final" \
            and any(w in HALF_YEAR_CONTEXT for w in words) and not any(w in GAME_CONTEXT for w in words)
    if m["y"] or m["y2"] or m["y0"] or m["qrel"] or m["qw"].lower() not in QUARTER_WORDS:
        return True
    words = _sentence_words(text, m)
    return not any(w in GAME_CONTEXT for w in words)


RE_REPORTING_BEFORE = re.compile(r"\b(?:quarter|half|fiscal)\b|\b[QH][1-4]\b", re.IGNORECASE)


def guard_period_ref(f: Fragments, text: str, m: re.Match) -> bool:
    """"The period" is a date only in a sentence about money or the economy, after the text named a quarter,
    half or fiscal year (the period it refers to); "the period of martial law" is none."""
    if m["py"] or m["py2"]:
        return True  # a year named: a date, whatever the period
    words = _sentence_words(text, m)
    return any(w in HALF_YEAR_CONTEXT for w in words) and RE_REPORTING_BEFORE.search(text, 0, m.start()) is not None


def read_period_ref(lex: Lexicon, m: re.Match) -> Spec:
    year = m["py"] or m["py2"]
    return Spec(gran=None, base="ref", unit="year", offset=0, year=int(year) if year else None)


def _sentence_words(text: str, m: re.Match) -> list[str]:
    """The lower-case words and currency signs of the sentence around ``m``, for the context guards."""
    return RE_CONTEXT_WORD.findall(_sentence_of(text, m).lower())


RE_CONTEXT_WORD = re.compile(r"[%$\u20ac\u00a3\u00a5]|[a-z]+")


def _sentence_of(text: str, m: re.Match) -> str:
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def read_quarter(lex: Lexicon, m: re.Match) -> Spec | None:
    spec = _read_quarter(lex, m)
    g = m.groupdict()
    if spec is not None and spec.base is None and any(g.get(k) for k in ("fy0", "fy1", "fy2", "fy3")):
        return spec.replace(fiscal=True)  # "the fiscal first quarter", "the first quarter of fiscal 1990"
    return spec


def _read_quarter(lex: Lexicon, m: re.Match) -> Spec | None:
    g = m.groupdict()
    y = g.get("y") or g.get("y2") or g.get("y0")
    year = int(y) if y else (expand_two_digit(int(g["yy"])) if g.get("yy") else None)
    if g.get("qn") or g.get("qn2"):
        return Spec(gran="quarter", quarter=int(g.get("qn") or g.get("qn2")), year=year)
    word = " ".join(g["qw"].lower().split())
    word = "latest" if word == "most recent" else word
    if g.get("per") and word not in QUARTER_WORDS:
        return None  # "the previous period", "the same period": no quarter said
    qrel = (g.get("qrel") or "").lower()
    year_offset = RELATIVE_WORDS.get(qrel) if qrel in ("this", "last", "next") else None
    if word in QUARTER_WORDS or (word == "last" and (year is not None or qrel)):
        # "the third quarter of 2009", "third-quarter" (year from context), "the last quarter of 2009"
        return Spec(gran="quarter", quarter=QUARTER_WORDS.get(word, 4), year=year,
                    year_offset=year_offset, mod=date_mod(m))
    if word == "latest":
        return Spec(gran="quarter", base="dct", unit="quarter", offset=-1, mod=date_mod(m))
    offset = RELATIVE_WORDS.get(word)
    if offset is None:
        return None
    base = "ref" if word in ("same", "following", "previous", "preceding", "prior") else "dct"
    if word == "same" and year is not None:  # "the same quarter of 2011": the quarter talked about, in 2011
        return Spec(gran="quarter", base="ref", unit="quarter", offset=0, year=year, mod=date_mod(m))
    return Spec(gran="quarter", base=base, unit="quarter", offset=offset, mod=date_mod(m))


def read_half(lex: Lexicon, m: re.Match) -> Spec | None:
    spec = _read_half(lex, m)
    if spec.base is None and (m["hfy0"] or m["hfy2"] or m["hfy3"]):
        return spec.replace(fiscal=True)  # "the first half of fiscal 1996": FY1996-H1
    return spec


def _read_half(lex: Lexicon, m: re.Match) -> Spec:
    if m["hn"]:
        return Spec(gran="half", half=int(m["hn"]), year=int(m["y2"]))
    if m["bare"]:  # "the first half", "first-half": the year comes from the context, as for "third-quarter"
        return Spec(gran="half", half=HALF_WORDS[m["hw2"].lower()], year=int(m["y0"]) if m["y0"] else None)
    half = HALF_WORDS.get(m["hw"].lower())
    rel = (m["hrel"] or "").lower()
    year = int(m["y"]) if m["y"] else None
    offset = RELATIVE_WORDS.get(rel) if rel in RELATIVE_WORDS else (0 if rel == "the" else None)
    return Spec(gran="half", half=half, year=year, year_offset=offset if year is None else None, mod=date_mod(m))


QUARTER_END_MONTHS = frozenset({"mar", "jun", "sep", "dec"})
RE_RANGE_BEFORE = re.compile(r"(?:[-\u2013\u2014/]|\b(?:to|through|and|or))\s*$", re.IGNORECASE)


def guard_month_quarter(f: Fragments, text: str, m: re.Match) -> bool:
    """A month that ends a calendar quarter (see :func:`read_month_quarter`), not the second month of a range: "the
    April-June quarter" is the range's (read as its quarter)."""
    return m["qm"].lower()[:3] in QUARTER_END_MONTHS and RE_RANGE_BEFORE.search(text, max(0, m.start() - 12),
                                                                                 m.start()) is None


def read_month_quarter(lex: Lexicon, m: re.Match) -> Spec | None:
    """"The June quarter" is the calendar quarter that ends in June (the second); a month that ends no calendar
    quarter ("the October quarter", a fiscal one) is read as no date."""
    month = lex.months.get(m["qm"].lower().rstrip("."))
    if month is None or month % 3:
        return None
    return Spec(gran="quarter", quarter=month // 3, year=int(m["y"]) if m["y"] else None, mod=date_mod(m))


def read_months_part(lex: Lexicon, m: re.Match) -> Spec:
    """"The first six months of the year" is its first half, "the last three months of 1989" its fourth quarter."""
    late = m["mw"].lower() != "first"
    rel = (m["mrel"] or "").lower()
    year = int(m["y"]) if m["y"] else None
    offset = RELATIVE_WORDS.get(rel) if rel in RELATIVE_WORDS else (0 if rel == "the" else None)
    if m["mn"] in ("six", "6"):
        spec = Spec(gran="half", half=2 if late else 1, year=year, mod=date_mod(m))
    else:
        quarter = 1 if not late else (2 if m["mw"].lower() == "second" else 4)
        spec = Spec(gran="quarter", quarter=quarter, year=year, mod=date_mod(m))
    if year is None:
        spec = spec.replace(year_offset=offset)
    return spec.replace(fiscal=True) if m["fy0"] or m["fy1"] else spec


def read_season(lex: Lexicon, m: re.Match) -> Spec:
    code = lex.seasons[m["s"].lower()]
    year = int(m["y"]) if m["y"] else (expand_two_digit(int(m["yy"])) if m["yy"] else None)
    rel = (m["srel"] or "").lower()
    if m["syrel"]:  # "the spring of last year"
        return Spec(gran="season", season=code, year_offset=RELATIVE_WORDS[m["syrel"].lower()], mod=date_mod(m))
    direction = RELATIVE_WORDS.get(rel) if rel and rel not in ("the", "that") else None
    # "the following spring", "the previous winter": counted from the date talked about (resolve falls back on
    # the publication's when the text told none); "that spring": the one of the year talked about
    base = "ref" if rel in ("following", "previous", "preceding", "prior", "that") and year is None else None
    if rel == "that" and year is None:
        direction = 0
    return Spec(gran="season", season=code, year=year, direction=direction, base=base, mod=date_mod(m))


# fmt: off
RULES: dict[str, Definition] = {  # name -> reading, context guard (scan only), may be a side of a range
    "quarter": Definition(read_quarter, guard_quarter, mergeable=True),
    "quarter_code": Definition(read_quarter, None, mergeable=True),
    "half": Definition(read_half, guard_half, mergeable=True),
    "season": Definition(read_season, guard_season, mergeable=True),
    "period_ref": Definition(read_period_ref, guard_period_ref, mergeable=False),
    "months_part": Definition(read_months_part, None, mergeable=False),
    "month_quarter": Definition(read_month_quarter, guard_month_quarter, mergeable=False),
}
# fmt: on
