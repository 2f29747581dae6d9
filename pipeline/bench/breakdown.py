"""Where the time of a factbox run goes, stage by stage (``--breakdown``): each stage wrapped in a timer."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import Callable

from .corpus import articles_of, settings_for
from .measure import WARMUP


def breakdown(corpus: Path, outdir: Path, *, batch_size: int) -> list[tuple[str, float]]:
    """Seconds per stage of a factbox run in this process (each stage wrapped in a timer), after warm-up."""
    from .. import analyze as analyze_module
    from .. import cache, ingest, work, write
    from ..annotate import nlp_for

    run_module = sys.modules["pipeline.run"]  # `from .. import run` is the function of that name

    settings = settings_for(batch_size)
    nlp_for(settings)
    list(work.analyze_articles(articles_of(corpus)[:WARMUP], settings))
    spent: dict[str, float] = {}

    def timed(label: str, fn: Callable, *, materialize: bool = False) -> Callable:
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
                return list(result) if materialize else result  # a generator's work happens when iterated
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - started
        return wrapper

    targets = [
        (ingest.build, "make_article", "ingest (decode, clean, header)", False),
        (run_module, "cache_key", "cache keys", False),
        (work, "annotate", "spaCy nlp.pipe (annotate)", True),
        (analyze_module, "extract_sentences", "extract sentences", False),
        (analyze_module.normalize, "dates", "normalize dates", False),
        (analyze_module.normalize, "money", "normalize money", False),
        (analyze_module.normalize, "entities", "normalize entities", False),
        (analyze_module.events_stage, "build", "events", False),
        (work, "record_to_dict", "record_to_dict", False),
        (cache.RecordStore, "put", "record store writes", False),
        (write.DatasetWriter, "add", "tables: rows + CSV/JSONL", False),
    ]
    saved = [(obj, name, getattr(obj, name)) for obj, name, _, _ in targets]
    extractors = dict(analyze_module.EXTRACTORS)
    try:
        for (obj, name, label, materialize), (_, _, fn) in zip(targets, saved, strict=True):
            setattr(obj, name, timed(label, fn, materialize=materialize))
        for name, fn in extractors.items():
            analyze_module.EXTRACTORS[name] = timed(f"extract {name}", fn)
        shutil.rmtree(outdir, ignore_errors=True)
        started = time.perf_counter()
        run_module.run([corpus], outdir, settings=settings)
        total = time.perf_counter() - started
    finally:
        for obj, name, fn in saved:
            setattr(obj, name, fn)
        analyze_module.EXTRACTORS.update(extractors)
    rows = sorted(spent.items(), key=lambda kv: -kv[1])
    return [("factbox run (total)", total), *rows, ("other", total - sum(spent.values()))]
