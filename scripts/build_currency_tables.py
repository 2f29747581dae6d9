"""Generate ``pipeline/data/generated/currency_names.json`` from the Unicode CLDR data shipped with Babel.

Run ``python scripts/build_currency_tables.py`` after upgrading Babel or pycountry (``--check`` only
compares: it exits 1 when the committed file differs from what this script writes now). The file holds,
for every ISO 4217 currency CLDR knows (current and historical, e.g. FIM Finnish markka, DEM German mark,
FRF French franc), but without funds, precious metals and test codes:

- ``codes``: code -> English name, minor-unit digits, whether ISO 4217 still lists it (pycountry), and
  ``tender``: the territories where it is or was legal tender, with the dates (``["FR", "1960-01-01",
  "2002-02-17"]``; an open end is null);
- ``names``: every English display name and plural (``"us dollars"``, ``"finnish markka"``), lower-cased,
  from the Latin-script English locales (en, en_GB, en_IN, ...) -> the codes it names;
- ``units``: the bare unit word of those names (``"dollar"``, ``"francs"``, ``"guilders"``) -> codes;
- ``territory_names``: English names of those territories (CLDR and pycountry: ``"Argentina"``,
  ``"Hong Kong"``), used to read ``pesos`` after "Argentina's" as ARS;
- ``decimal_comma``: territories whose official languages all write a decimal comma (CLDR number symbols:
  DE, FR, ES, IT; not CH, GB, IE), where a local paper's ``3.500 euros`` is three thousand five hundred;
- ``redenominated``: current code -> the codes its names and symbols had before a redenomination in the
  same territory, with their dates (``"TRY": [["TRL", "TR", "1922-01-01", "2005-12-31"]]``): an amount
  dated before the change is in the old code;
- ``symbols``: currency symbols as English locales and each currency's home locales write them
  (``"$"``, ``"A$"``, ``"HK$"``, ``"R$"``, ``"₹"``, ``"元"``) -> codes. Symbols made of ASCII letters
  only (``"Rs"``, ``"kr"``, ``"F"``) are left to the hand-made ``currency_aliases.json``: as English
  words they need care CLDR does not take.

A name or symbol with several codes (``"$"``, ``"dollars"``, ``"francs"``) is read through the defaults in
``currency_aliases.json``. Historical codes are kept when their form went out of use there ("francs" in
France: FRF, replaced by the euro; "guilders": NLG), and dropped when the form was only redenominated
("rubles": RUR, now RUB; "lei": ROL, now RON).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import defaultdict

import babel
import babel.localedata
import pycountry
from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_precision, get_decimal_symbol, get_territory_currencies

from pipeline import tables

OUT = "generated/currency_names.json"

# Not money in news text: bond-market and fund units, precious metals, test and "no currency" codes;
# CNH is the offshore market's code for the same yuan as CNY.
# fmt: off
EXCLUDED = {
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "XAG", "XAU", "XBA", "XBB",
    "XBC", "XBD", "XFO", "XFU", "XPD", "XPT", "XRE", "XSU", "XTS", "XUA", "XXX", "ARP", "BRB", "LUC",
    "LUL", "BEC", "BEL", "CNH",
}
# fmt: on
RE_PARENS = re.compile(r"\s*\([^)]*\)")
RE_SAR = re.compile(r"\s+SAR\s+China$")  # "Hong Kong SAR China" -> "Hong Kong"
RE_LETTERS_ONLY = re.compile(r"[A-Za-z.\s]+")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u202f\xa0"), " ")


def english_locales() -> list[Locale]:
    """The Latin-script English locales (en, en_GB, en_IN, ...; not en_Dsrt or en_Shaw)."""
    out = []
    for ident in babel.localedata.locale_identifiers():
        if ident == "en" or ident.startswith("en_"):
            loc = Locale.parse(ident)
            if loc.script in (None, "Latn"):
                out.append(loc)
    return out


def home_locales() -> dict[str, list[Locale]]:
    """Locales of each territory's official languages, keyed by territory code."""
    known = set(babel.localedata.locale_identifiers())
    out: dict[str, list[Locale]] = defaultdict(list)
    for territory, languages in get_global("territory_languages").items():
        for language, info in languages.items():
            if info.get("official_status") in ("official", "de_facto_official"):
                ident = f"{language}_{territory}"
                if ident in known:
                    out[territory].append(Locale.parse(ident))
    return out


def clean_symbol(symbol: str) -> str:
    return " ".join(symbol.translate(INVISIBLE).split())


def has_sign(symbol: str) -> bool:
    """True when a symbol holds a currency sign or a non-Latin letter (not a bare ASCII word like 'Rs')."""
    return (
        bool(symbol)
        and not RE_LETTERS_ONLY.fullmatch(symbol)
        and any(unicodedata.category(c) == "Sc" or (c.isalpha() and not c.isascii()) for c in symbol)
    )


def build() -> dict:
    en = Locale.parse("en")
    current = {c.alpha_3 for c in pycountry.currencies}
    codes = sorted(c for c in en.currencies if re.fullmatch(r"[A-Z]{3}", c) and c not in EXCLUDED)
    wanted = set(codes)
    today = dt.date.today()

    tender: dict[str, set[tuple]] = defaultdict(set)  # code -> (territory, from, to)
    history: dict[str, set[str]] = defaultdict(set)  # territory -> every currency it ever used
    for territory in get_global("territory_currencies"):
        for entry in get_territory_currencies(
            territory, start_date=dt.date(1800, 1, 1), end_date=today, tender=True, include_details=True
        ):
            code = entry["currency"]
            history[territory].add(code)
            if code in wanted:
                dates = [d.isoformat() if d else None for d in (entry["from"], entry["to"])]
                tender[code].add((territory, *dates))

    names: dict[str, set[str]] = defaultdict(set)
    symbols: dict[str, set[str]] = defaultdict(set)
    for loc in english_locales():
        plurals = loc._data["currency_names_plural"]
        for code in wanted:
            forms = [loc.currencies.get(code), *dict(plurals.get(code, {})).values()]
            for form in filter(None, forms):
                names[RE_PARENS.sub("", form).strip().lower()].add(code)
            symbol = clean_symbol(loc.currency_symbols.get(code, ""))
            if symbol != code and has_sign(symbol):
                symbols[symbol].add(code)
    for territory, locales in home_locales().items():
        for loc in locales:
            for code in history.get(territory, ()):
                symbol = clean_symbol(loc.currency_symbols.get(code, ""))
                if code in wanted and symbol != code and has_sign(symbol):
                    symbols[symbol].add(code)

    redenominated: dict[str, set[tuple]] = defaultdict(set)  # current code -> (old code, territory, from, to)

    def prefer_current(found: set[str]) -> list[str]:
        """Drop a historical code when a current one of the same form is now tender in its territory:
        the form was redenominated ("rubles": RUR -> RUB), not replaced ("francs": FRF -> EUR stays).
        The dropped code is kept in ``redenominated``, so an amount dated before the change gets it."""
        ever = {c: {t for t, *_ in tender.get(c, ())} for c in found}
        now = {c: {t for t, _, end in tender.get(c, ()) if end is None} for c in found}
        live = found & current
        for old in found - live:
            for new in live:
                for territory in ever[old] & now[new]:
                    for t, start, end in tender.get(old, ()):
                        if t == territory:
                            redenominated[new].add((old, t, start, end))
        return sorted(c for c in found if c in live or not any(ever[c] & now[k] for k in live))

    units: dict[str, set[str]] = defaultdict(set)
    for name, found in names.items():
        words = name.split()
        if len(words) > 1 and words[-1].isalpha():
            units[words[-1]].update(found)
    territory_names: dict[str, set[str]] = defaultdict(set)
    for spans in tender.values():
        for territory, *_ in spans:
            name = en.territories.get(territory)
            if name:
                territory_names[territory].add(RE_SAR.sub("", RE_PARENS.sub("", name)).strip())
            country = pycountry.countries.get(alpha_2=territory)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None) if country else None
                if value and "," not in value:
                    territory_names[territory].add(value)
    decimal_comma = sorted(
        territory for territory, locales in home_locales().items()
        if locales and all(get_decimal_symbol(loc) == "," for loc in locales)
    )
    names_out = {name: prefer_current(found) for name, found in sorted(names.items()) if name}
    units_out = {unit: prefer_current(found) for unit, found in sorted(units.items())}
    symbols_out = {symbol: prefer_current(found) for symbol, found in sorted(symbols.items())}
    return {
        "_source": (
            f"Unicode CLDR via Babel {babel.__version__} and ISO 4217 via pycountry {pycountry.__version__}; "
            "generated by scripts/build_currency_tables.py, do not edit by hand"
        ),
        "codes": {
            code: {
                "name": en.currencies[code],
                "digits": get_currency_precision(code),
                "current": code in current,
                "tender": sorted(map(list, tender.get(code, ())), key=lambda t: (t[0], t[1] or "")),
            }
            for code in codes
        },
        "names": names_out,
        "units": units_out,
        "symbols": symbols_out,
        "decimal_comma": decimal_comma,
        "redenominated": {code: sorted(map(list, olds), key=lambda t: (t[1], t[2] or "", t[0]))
                          for code, olds in sorted(redenominated.items())},
        "territory_names": {t: sorted(names) for t, names in sorted(territory_names.items())},
    }


def render(table: dict) -> str:
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        same = tables.read_text(OUT) == text
        print(f"{OUT} is {'up to date' if same else 'out of date: run scripts/build_currency_tables.py'}")
        return 0 if same else 1
    target = tables.path(OUT)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
