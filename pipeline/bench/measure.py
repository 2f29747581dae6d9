"""One measurement each, in the process that runs it: bare spaCy, factbox's run, re-runs in a new process,
and a worker killed on purpose. CPU seconds and peak RSS are read from ``resource``."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .corpus import articles_of, settings_for

WARMUP = 8  # articles analysed before the clock starts (model caches, lazily loaded tables)


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measure_bare(corpus: Path, *, workers: int, batch_size: int, tuned: bool = False) -> dict[str, Any]:
    """Tokens/s of bare ``nlp.pipe`` (the model as ``spacy.load`` gives it) on the texts factbox analyses.

    With ``tuned``, the model as factbox loads it (``annotate.load_nlp``: the indexed attribute ruler, the
    U+FFFD tokenizer rule): factbox against that is the cost of factbox's own stages alone.
    """
    import spacy

    settings = settings_for(batch_size)
    texts = [a.text for a in articles_of(corpus)]
    if tuned:
        from ..annotate import nlp_for

        nlp = nlp_for(settings)
    else:
        nlp = spacy.load(settings.model)
    for _ in nlp.pipe(texts[:WARMUP], batch_size=batch_size):
        pass
    cpu, started = _cpu(), time.perf_counter()
    if workers <= 1:
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    else:
        tokens = _bare_parallel(nlp, texts, workers, batch_size)
    return {"seconds": time.perf_counter() - started, "cpu_seconds": _cpu() - cpu, "tokens": tokens,
            "articles": len(texts)}


def _bare_parallel(nlp, texts: list[str], workers: int, batch_size: int) -> int:
    """Split the texts over ``workers`` forked processes (batches dealt round-robin), as a pool would."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    shares: list[list[str]] = [[] for _ in range(workers)]
    for i in range(0, len(texts), batch_size):
        shares[(i // batch_size) % workers].extend(texts[i:i + batch_size])
    queue = context.Queue()

    def count(share: list[str]) -> None:
        queue.put(sum(len(doc) for doc in nlp.pipe(share, batch_size=batch_size)))

    procs = [context.Process(target=count, args=(share,)) for share in shares]
    for proc in procs:
        proc.start()
    tokens = sum(queue.get() for _ in procs)
    for proc in procs:
        proc.join()
    return tokens


def measure_factbox(corpus: Path, outdir: Path, *, workers: int, batch_size: int, engine: str = "local",
                    kill_after: float | None = None) -> dict[str, Any]:
    """Time :func:`pipeline.run` from the corpus file to written datasets in a fresh ``outdir``."""
    from ..annotate import nlp_for
    from ..run import run
    from ..work import analyze_articles

    settings = settings_for(batch_size)
    articles = articles_of(corpus)
    nlp_for(settings)
    for _ in analyze_articles(articles[:WARMUP], settings):  # loads tables, warms caches (the bare run warms too)
        pass
    shutil.rmtree(outdir, ignore_errors=True)
    killer = _kill_a_worker_later(outdir, len(articles) * kill_after) if kill_after else None
    cpu, started = _cpu(), time.perf_counter()
    summary = run([corpus], outdir, settings=settings, workers=workers, engine=engine)
    result = {"seconds": time.perf_counter() - started, "cpu_seconds": _cpu() - cpu,
              "articles": summary.articles, "processed": summary.processed, "failed": summary.failed}
    if killer:
        killer.join()
        result["killed"] = killer.killed
    return result


class _Killer(threading.Thread):
    """Kills one worker process (a child of this one) once ``after`` records are in the store."""

    def __init__(self, outdir: Path, after: float):
        super().__init__(daemon=True)
        self.outdir, self.after, self.killed = outdir, after, None

    def run(self) -> None:
        import signal

        import psutil

        store = self.outdir / ".factbox" / "records"
        deadline = time.monotonic() + 3600
        while time.monotonic() < deadline:
            done = sum(1 for _ in store.glob("*/*.json")) if store.exists() else 0
            workers = [p for p in psutil.Process().children(recursive=True) if _is_worker(p)]
            if done >= self.after and workers:
                victim = workers[-1]
                os.kill(victim.pid, signal.SIGKILL)
                self.killed = {"pid": victim.pid, "after_records": done}
                return
            time.sleep(0.05)


def _is_worker(proc) -> bool:
    try:
        command = " ".join(proc.cmdline())
    except Exception:  # noqa: BLE001 - the process may be gone already
        return False
    return "python" in command and not any(x in command for x in ("resource_tracker", "forkserver"))


def _kill_a_worker_later(outdir: Path, after: float) -> _Killer:
    killer = _Killer(outdir, after)
    killer.start()
    return killer


def measure_rerun(corpus: Path, outdir: Path) -> dict[str, Any]:
    """``factbox run`` in a new process on an unchanged corpus; are the outputs byte-identical?"""
    before = digest(outdir)
    started = time.perf_counter()
    proc = _factbox_run(corpus, outdir)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "identical": before == digest(outdir), "status": proc.returncode,
            "message": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""}


def measure_rerun_changed(corpus: Path, outdir: Path) -> dict[str, Any]:
    """Change one article of the corpus in place, re-run in a new process: only it should be analysed."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    middle = len(lines) // 2
    rec = json.loads(lines[middle])
    rec["text"] = rec["text"] + "\n\nThe company said on Monday it would publish more figures next week.\n"
    lines[middle] = json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"
    corpus.write_text("".join(lines), encoding="utf-8")
    started = time.perf_counter()
    proc = _factbox_run(corpus, outdir)
    return {"seconds": time.perf_counter() - started, "status": proc.returncode,
            "message": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""}


def _factbox_run(corpus: Path, outdir: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(outdir), "--no-progress"]
    return subprocess.run(command, capture_output=True, text=True)


def digest(outdir: Path) -> str:
    """A hash of the names and bytes of the files in ``outdir`` (the outputs of a run)."""
    h = hashlib.sha256()
    for path in sorted(outdir.iterdir()):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
