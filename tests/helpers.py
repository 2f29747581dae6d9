"""Helpers shared by test modules in several folders (``from helpers import parsed``).

``tests/`` is on ``sys.path`` because the one conftest.py lives there (pytest's default import mode);
fixtures stay in conftest.py. Here: Docs from rows (:func:`parsed`); a made-up corpus of short wire stories
(:func:`make_corpus`) and what a run leaves (:func:`outputs`, :func:`column`, :func:`stored`); engine tasks
that kill their worker (:func:`kill_once`, :func:`kill_always`); hostile inputs (long texts, JSONL lines).
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

from pipeline.cache import STORE
from pipeline.lang.dates import grammar
from pipeline.normalize.dates import dates
from pipeline.records import Article, Mention
from pipeline.work import analyze_chunk


def parsed(make_doc, rows: str, ents: list[str] | None = None):
    """A Doc from one row per token: ``word lemma POS TAG dep head`` (head: absolute token index).

    A word ``\\n`` is a paragraph break (a SPACE token glued to the words around it).
    """
    table = [line.split() for line in rows.strip().splitlines() if line.strip()]
    words = ["\n\n" if r[0] == "\\n" else r[0] for r in table]
    spaces = [i + 1 < len(words) and not (w == "\n\n" or words[i + 1] in ("\n\n", ".", ","))
              for i, w in enumerate(words)]
    return make_doc(words, spaces=spaces, lemmas=[r[1] for r in table], pos=[r[2] for r in table],
                    tags=[r[3] for r in table], deps=[r[4] for r in table], heads=[int(r[5]) for r in table],
                    ents=ents)


# fmt: off
FIRST = ["Maria", "John", "Aiko", "Pierre", "Fatima", "Carlos", "Olga", "Samuel", "Priya", "Lars"]


LAST = ["Keller", "Okafor", "Tanaka", "Dubois", "Haddad", "Moreno", "Ivanova", "Brown", "Sharma", "Nilsson"]


CITIES = ["Paris", "Lagos", "Osaka", "Denver", "Cairo", "Lima", "Oslo", "Madrid", "Toronto", "Nairobi"]


COUNTRIES = ["France", "Nigeria", "Japan", "Canada", "Egypt", "Peru", "Norway", "Spain", "Kenya", "Brazil"]


ORGS = ["Siemens", "Toyota", "the World Bank", "Unilever", "Boeing", "Nestle", "Ericsson", "Airbus"]


MONTHS = ["January", "March", "April", "June", "August", "October", "November", "December"]


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# fmt: on


def article_text(i: int, *, sentences: int = 4) -> str:
    """A short, deterministic wire story; ``i`` picks its people, places, amounts and dates."""
    r = random.Random(i)
    first, last = r.choice(FIRST), r.choice(LAST)
    city, city2, country, org = r.choice(CITIES), r.choice(CITIES), r.choice(COUNTRIES), r.choice(ORGS)
    month, day, year = r.choice(MONTHS), r.randint(1, 28), r.randint(2005, 2021)
    body = [
        f"{first} {last}, the finance minister of {country}, said on {r.choice(DAYS)} that {org} would "
        f"invest ${r.randint(2, 900)} million in a new plant near {city2}.",
        f"The agreement was signed on {r.choice(MONTHS)} {r.randint(1, 28)}, {year}, after talks in {city}.",
        f"{last} met executives of {org} in {city2} last week, officials said.",
        f"Shares of {org} rose {r.randint(1, 9)} percent in {city} trading on {r.choice(DAYS)}.",
        f"Analysts expect the plant to employ {r.randint(100, 5000)} people by {year + r.randint(1, 4)}.",
    ]
    title = f"{org} to invest in {country} plant"
    dateline = f"{city.upper()}, {month} {day}, {year} (Reuters) -- "
    return f"{title}\n\n{dateline}" + " ".join(body[:sentences]) + "\n"


def make_corpus(folder: Path, n: int, *, offset: int = 0, sentences: int = 4) -> list[Path]:
    """Write ``n`` articles as ``folder/a0000.txt`` ... and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(offset, offset + n):
        path = folder / f"a{i:04d}.txt"
        path.write_text(article_text(i, sentences=sentences), encoding="utf-8")
        paths.append(path)
    return paths


def outputs(folder: Path) -> dict[str, bytes]:
    """The dataset files of an output folder (not the hidden record store)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.startswith(".")}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder.iterdir()) if p.is_file()}


def column(folder: Path, table: str, name: str = "doc_id") -> list[str]:
    import csv

    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return [row[name] for row in csv.DictReader(handle)]


def small_article(doc_id: str = "d1", text: str = "Ann met Bob in Paris.") -> Article:
    return Article(doc_id=doc_id, source=f"{doc_id}.txt", text=text)


def stored(out: Path) -> int:
    return len(list((out / STORE / "records").glob("*/*.json"))) if (out / STORE).exists() else 0


def kill_once(articles, settings, *, victim: str, flag: str | Path):
    """An engine task that makes its worker process die the first time it meets ``victim`` (``flag`` is
    the file that says it did), and otherwise is the task the engines run."""
    if any(a.doc_id == victim for a in articles) and not os.path.exists(flag):
        Path(flag).touch()
        os._exit(1)
    return analyze_chunk(articles, settings)


def kill_always(articles, settings, *, victim: str):
    """The engine task, except that ``victim`` kills its worker process every time."""
    if any(a.doc_id == victim for a in articles):
        os._exit(1)
    return analyze_chunk(articles, settings)


PARAGRAPH = ("Maria Keller, the finance minister of Norway, said on Monday that Siemens would invest $450 million "
             "in a plant near Oslo. The agreement was signed on March 3, 2019, after talks in Madrid.")


def long_text(paragraphs: int) -> str:
    """A long article made of distinct news paragraphs (numbers vary, so the text is not one repeated line)."""
    return "Plant deals\n\n" + "\n\n".join(PARAGRAPH.replace("450", str(100 + i)) for i in range(paragraphs))


def csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    import csv

    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def document_ids(folder: Path) -> list[str]:
    with open(folder / "documents.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["doc_id"] for line in handle]


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


LOOK_ALIKE = ["a/b", "a_b", "a\\b", "a b", "a:b", "café—news", " a_b ", "a_b.", "ab"]


LOOK_ALIKE_LINES = [{"id": doc_id, "text": f"Officials met in Oslo, story {i}."} for i, doc_id in enumerate(LOOK_ALIKE)]


def line_doc(make_doc, spec: str, *, tight_punctuation: bool = False):
    """A hand-built Doc from ``word/POS[/IOB-LABEL]`` tokens separated by spaces; ``\\n`` is a line-break
    token (no space before or after it). ``tight_punctuation``: no space before ",", "." and ";" either."""
    words, spaces, pos, ents = [], [], [], []
    for item in spec.split(" "):
        parts = item.split("/")
        word = "\n" if parts[0] == "\\n" else parts[0]
        words.append(word)
        pos.append("SPACE" if word == "\n" else parts[1])
        ents.append(parts[2] if len(parts) > 2 else "O")
        spaces.append(word != "\n")
    closers = ("\n", ",", ".", ";") if tight_punctuation else ("\n",)
    for i in range(len(words) - 1):
        if words[i + 1] in closers:
            spaces[i] = False
    return make_doc(words, ents=ents, pos=pos, spaces=spaces)


def entities_found(doc) -> dict[str, list[str]]:
    """The entity mentions factbox finds in a hand-built Doc, as texts by kind (person, place, org)."""
    from pipeline.extractors.entities import find_entities

    out = find_entities(doc, Article(doc_id="t", source="t", text=doc.text))
    return {kind: [m.text for m in ms] for kind, ms in out.items()}


def date_values(text: str, published: str) -> dict[str, str]:
    """{expression: TIMEX3 value} of the dates ``pipeline.extract`` finds in ``text`` (the trained model)."""
    from pipeline import extract

    return {d["text"]: d["value"] for d in extract(text=text, published=published)["dates"]}


def dated_events(text: str, published: str) -> set[tuple[str, str]]:
    """(trigger, date) of each dated event ``pipeline.extract`` finds in ``text`` (the trained model)."""
    from pipeline import extract

    return {(e["trigger"], e["date"]) for e in extract(text=text, published=published)["events"] if e["date"]}


def assert_dated(text: str, published: str, expected: set[tuple[str, str]],
                 absent: set[tuple[str, str]] = frozenset()) -> None:
    """Every (trigger, date) of ``expected`` is a dated event of ``text``, and none of ``absent`` is."""
    found = dated_events(text, published)
    assert expected <= found
    assert not absent & found


def document_dates(text: str, *, published: str | None = "2019-04-26",
                   tense: str | list[str] | None = "past") -> dict[str, str]:
    """Normalize every expression the grammar finds in ``text``, without the trained model; ``{mention text:
    value}``. ``tense`` is the governing tense of every date, or a list of one per sentence."""
    def sentence(start: int) -> int:
        return len(re.findall(r"[.!?]\s", text[:start]))

    mentions = [Mention(text[f.start:f.end], "DATE", f.start, f.end, sentence(f.start),
                        {"tense": tense[sentence(f.start)] if isinstance(tense, list) else tense})
                for f in grammar().scan(text)]
    article = Article(doc_id="t", source="t", text=text, published=published)
    return {t.text: t.value for t in dates(mentions, article)}
