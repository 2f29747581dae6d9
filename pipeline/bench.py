"""The benchmark: factbox against bare spaCy on the same articles, model and machine (``make bench``).

``python -m pipeline.bench [--corpus PATH] [--replicate N] [--workers 2] [--repeat 3] [--json OUT]``

In one run, on the same articles and the same loaded spaCy pipeline, it measures:

- ``bare``: ``nlp.pipe`` of the model as ``spacy.load`` gives it, over the texts factbox analyses (after
  ingest), counting tokens: what spaCy alone costs. (factbox loads the same model with two changes, see
  :mod:`pipeline.annotate`: U+FFFD splits tokens, and the attribute_ruler finds its matches by lookup.)
- ``factbox``: :func:`pipeline.run`, from reading the corpus to written datasets, in a fresh output folder;
- both again with ``--workers`` processes (bare: the texts split over forked processes; factbox: its pool);
- ``rerun``: ``factbox run`` as a new process on the unchanged corpus (interpreter start-up included), and
  whether the outputs stayed byte-identical; then the same after changing one article.

Every measurement runs in a fresh process so its peak RSS is its own; the model is loaded and warmed up
before the clock starts, in the bare and the factbox runs alike. The machine is shared and noisy, so each
measurement is repeated ``--repeat`` times, interleaved, and the fastest run counts (as ``timeit`` does).
CPU seconds are reported too: they are less disturbed by other processes than wall-clock time.

``--scaling K`` also runs factbox on K times the articles and compares the peak RSS (memory must stay
flat); ``--kill-worker`` runs factbox with ``--workers`` processes, kills one worker midway and checks
that every article is in the outputs exactly once and the outputs equal the single-process ones;
``--breakdown`` shows where the factbox time goes, stage by stage.

The corpus is MEANTIME-style JSONL (``full_text``, ``dct``) or factbox input (JSONL with ``text``); it
is copied to a temporary folder, ``--replicate`` times with distinct doc_ids.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "meantime" / "meantime_en.jsonl"
WARMUP = 8  # articles analysed before the clock starts (model caches, lazily loaded tables)


# ------------------------------------------------------------------------------------------- the corpus
def prepare_corpus(source: Path, target: Path, *, replicate: int = 1) -> Path:
    """Write ``source`` as factbox JSONL to ``target`` (a file), ``replicate`` times with distinct doc_ids.

    MEANTIME records (``full_text``, ``dct``) become ``{"id", "title", "text", "published", "url"}``;
    factbox JSONL lines are copied with ``-rK`` appended to their ids from the second copy on.
    """
    records = list(_read_source(source))
    if not records:
        raise SystemExit(f"bench: no articles in {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as out:
        for k in range(replicate):
            for i, rec in enumerate(records):
                doc_id = str(rec.get("id") or f"article-{i}")
                line = {**rec, "id": doc_id if k == 0 else f"{doc_id}-r{k}"}
                out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    return target


def _read_source(source: Path) -> Iterator[dict[str, Any]]:
    if source.is_dir() or source.suffix.lower() in (".txt", ".md"):
        files = sorted(source.rglob("*")) if source.is_dir() else [source]
        for path in files:
            if path.is_file() and path.suffix.lower() in (".txt", ".md") and not path.name.startswith("."):
                yield {"id": path.stem, "text": path.read_text(encoding="utf-8", errors="replace")}
        return
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            rec = json.loads(line)
            if "full_text" in rec:  # MEANTIME
                yield {"id": rec["doc_id"], "title": rec.get("title"), "text": rec["full_text"],
                       "published": rec.get("dct"), "url": rec.get("url")}
            else:
                yield rec


# --------------------------------------------------------------------------------- one measurement
def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _settings(batch_size: int):
    from .config import check_settings

    return check_settings(batch_size=batch_size)


def _articles(corpus: Path) -> list:
    from .ingest import iter_articles
    from .records import Article

    return [a for a in iter_articles([corpus]) if isinstance(a, Article)]


def measure_bare(corpus: Path, *, workers: int, batch_size: int, tuned: bool = False) -> dict[str, Any]:
    """Tokens/s of bare ``nlp.pipe`` (the model as ``spacy.load`` gives it) on the texts factbox analyses.

    With ``tuned``, the model as factbox loads it (``annotate.load_nlp``: the indexed attribute ruler, the
    U+FFFD tokenizer rule): factbox against that is the cost of factbox's own stages alone.
    """
    import spacy

    settings = _settings(batch_size)
    texts = [a.text for a in _articles(corpus)]
    if tuned:
        from .annotate import nlp_for

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
    from .annotate import nlp_for
    from .run import process, run

    settings = _settings(batch_size)
    articles = _articles(corpus)
    nlp_for(settings)
    for _ in process(articles[:WARMUP], settings):  # loads tables, warms caches (the bare run warms too)
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
    before = _digest(outdir)
    started = time.perf_counter()
    proc = _factbox_run(corpus, outdir)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "identical": before == _digest(outdir), "status": proc.returncode,
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


def _digest(outdir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(outdir.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def breakdown(corpus: Path, outdir: Path, *, batch_size: int) -> list[tuple[str, float]]:
    """Seconds per stage of a factbox run in this process (each stage wrapped in a timer), after warm-up."""
    from . import analyze as analyze_module
    from . import annotate as annotate_module
    from . import ingest, write
    from .annotate import nlp_for

    run_module = sys.modules["pipeline.run"]  # `from . import run` is the function of that name

    settings = _settings(batch_size)
    nlp_for(settings)
    list(run_module.process(_articles(corpus)[:WARMUP], settings))
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
        (ingest, "make_article", "ingest (decode, clean, header)", False),
        (run_module, "cache_key", "cache keys", False),
        (annotate_module, "annotate", "spaCy nlp.pipe (annotate)", True),
        (analyze_module, "extract_sentences", "extract sentences", False),
        (analyze_module.normalize, "dates", "normalize dates", False),
        (analyze_module.normalize, "money", "normalize money", False),
        (analyze_module.normalize, "entities", "normalize entities", False),
        (analyze_module.events_stage, "build", "events", False),
        (write, "record_to_dict", "record_to_dict", False),
        (run_module.RecordStore, "put", "record store writes", False),
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


# ------------------------------------------------------------------------------------------ the report
def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    from .model import model_meta

    return {"cpu": cpu, "cpus": os.cpu_count(), "memory_gb": mem, "python": platform.python_version(),
            "platform": platform.platform(), "load_average": [round(x, 2) for x in os.getloadavg()],
            "model": model_meta(_settings(32).model)}


def _child(args: Sequence[str]) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; it prints its result as the last line of stdout."""
    proc = subprocess.run([sys.executable, "-m", "pipeline.bench", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"bench: measurement {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "all_seconds": [round(r["seconds"], 3) for r in runs]}


def bench(opts: argparse.Namespace) -> dict[str, Any]:
    """Run every measurement (each in its own process) and return the results as a JSON-ready dict."""
    work = Path(tempfile.mkdtemp(prefix="factbox-bench-"))
    try:
        corpus = prepare_corpus(Path(opts.corpus), work / "corpus.jsonl", replicate=opts.replicate)
        common = ["--batch-size", str(opts.batch_size), "--engine", opts.engine]
        modes = [("bare", 1), ("tuned", 1), ("factbox", 1)]
        if opts.workers > 1:
            modes += [("bare", opts.workers), ("factbox", opts.workers)]
        runs: dict[str, list[dict[str, Any]]] = {}
        for rep in range(opts.repeat):
            for kind, workers in modes:
                out = work / f"out-{kind}-{workers}"
                print(f"bench: {kind} x{workers} (run {rep + 1}/{opts.repeat})", file=sys.stderr, flush=True)
                runs.setdefault(f"{kind}:{workers}", []).append(
                    _child(["--measure", kind, "--workers", str(workers), "--corpus-file", str(corpus),
                            "--out", str(out), *common]))
        results: dict[str, Any] = {"machine": machine(), "articles": None, "tokens": None,
                                   "batch_size": opts.batch_size, "replicate": opts.replicate,
                                   "repeat": opts.repeat, "engine": opts.engine, "runs": {}}
        for name, measured in runs.items():
            results["runs"][name] = _best(measured)
        tokens = results["runs"]["bare:1"]["tokens"]
        results["tokens"], results["articles"] = tokens, results["runs"]["bare:1"]["articles"]
        for r in results["runs"].values():
            r["tokens_per_second"] = tokens / r["seconds"]
        for workers in sorted({w for _, w in modes}):
            fb, bare = results["runs"][f"factbox:{workers}"], results["runs"][f"bare:{workers}"]
            fb["ratio_to_bare"] = bare["seconds"] / fb["seconds"]
            fb["cpu_ratio_to_bare"] = bare["cpu_seconds"] / fb["cpu_seconds"]
        tuned = results["runs"]["tuned:1"]
        tuned["ratio_to_bare"] = results["runs"]["bare:1"]["seconds"] / tuned["seconds"]
        results["runs"]["factbox:1"]["ratio_to_tuned"] = tuned["seconds"] / results["runs"]["factbox:1"]["seconds"]
        if opts.workers > 1:
            results["speedup"] = (results["runs"]["factbox:1"]["seconds"]
                                  / results["runs"][f"factbox:{opts.workers}"]["seconds"])
        print("bench: re-run, nothing changed", file=sys.stderr, flush=True)
        full = work / "out-factbox-1"
        results["rerun"] = _best([measure_rerun(corpus, full) for _ in range(opts.repeat)])
        rerun = results["rerun"]
        rerun["share_of_full_run"] = rerun["seconds"] / results["runs"]["factbox:1"]["seconds"]
        full_digest = _digest(full)
        if opts.workers > 1:
            results["workers_identical"] = full_digest == _digest(work / f"out-factbox-{opts.workers}")
        if opts.scaling:
            big = prepare_corpus(Path(opts.corpus), work / "big.jsonl",
                                 replicate=opts.replicate * opts.scaling)
            print(f"bench: factbox x1 on {opts.scaling}x the articles", file=sys.stderr, flush=True)
            large = _child(["--measure", "factbox", "--workers", "1", "--corpus-file", str(big),
                            "--out", str(work / "out-big"), *common])
            small = results["runs"]["factbox:1"]
            results["scaling"] = {"factor": opts.scaling, "articles": large["articles"],
                                  "seconds": large["seconds"], "rss_mb": large["rss_mb"],
                                  "rss_ratio": large["rss_mb"] / small["rss_mb"]}
        if opts.kill_worker:
            workers = max(2, opts.workers)
            print(f"bench: factbox x{workers}, one worker killed midway", file=sys.stderr, flush=True)
            killed = _child(["--measure", "factbox", "--workers", str(workers), "--corpus-file", str(corpus),
                             "--out", str(work / "out-killed"), "--kill-after", "0.4", *common])
            docs = [json.loads(line)["doc_id"] for line in
                    (work / "out-killed" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
            results["kill_worker"] = {**killed, "unique_docs": len(set(docs)), "rows": len(docs),
                                      "identical": full_digest == _digest(work / "out-killed")}
        print("bench: re-run, one article changed", file=sys.stderr, flush=True)
        results["rerun_changed"] = measure_rerun_changed(corpus, full)  # last: it changes the corpus
        results["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
        return results
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"bench: kept {work}", file=sys.stderr)


def format_report(results: dict[str, Any]) -> str:
    """The small table ``make bench`` prints."""
    m = results["machine"]
    lines = [
        f"factbox bench: {results['articles']} articles, {results['tokens']:,} tokens, "
        f"model {m['model']['name']} {m['model']['version']} (spaCy {m['model']['spacy_version']}), "
        f"batch {results['batch_size']}, engine {results['engine']}",
        f"machine: {m['cpu']}, {m['cpus']} CPUs, {m['memory_gb']} GB, Python {m['python']}, "
        f"load average {m['load_average'][0]} -> {m['load_average_end'][0]}; best of {results['repeat']}",
        "",
        f"{'run':<34}{'seconds':>9}{'tokens/s':>10}{'vs bare':>9}{'CPU s':>8}{'CPU vs bare':>12}"
        f"{'peak RSS MB':>13}{'+ workers':>11}",
    ]
    for name, r in results["runs"].items():
        kind, workers = name.split(":")
        label = {"bare": "bare nlp.pipe", "tuned": "nlp.pipe, factbox's load", "factbox": "factbox run"}[kind]
        label = f"{label}, {workers} proc"
        ratio = f"{r['ratio_to_bare']:.2f}x" if "ratio_to_bare" in r else ""
        cpu_ratio = f"{r['cpu_ratio_to_bare']:.2f}x" if "cpu_ratio_to_bare" in r else ""
        kids = f"{r['rss_children_mb']:.0f}" if int(workers) > 1 else ""
        lines.append(f"{label:<34}{r['seconds']:>9.2f}{r['tokens_per_second']:>10.0f}{ratio:>9}"
                     f"{r['cpu_seconds']:>8.1f}{cpu_ratio:>12}{r['rss_mb']:>13.0f}{kids:>11}")
    lines.append("")
    if "ratio_to_tuned" in results["runs"].get("factbox:1", {}):
        lines.append(f"factbox run vs nlp.pipe of the model as factbox loads it (the cost of factbox's own "
                     f"stages): {results['runs']['factbox:1']['ratio_to_tuned']:.2f}x")
    if "speedup" in results:
        same = "identical" if results.get("workers_identical") else "DIFFERENT"
        lines.append(f"factbox with workers vs 1 process: {results['speedup']:.2f}x (outputs {same})")
    rr = results["rerun"]
    lines.append(f"re-run, nothing changed: {rr['seconds']:.2f} s = {100 * rr['share_of_full_run']:.1f}% "
                 f"of the full run, outputs {'byte-identical' if rr['identical'] else 'CHANGED'}")
    rc = results["rerun_changed"]
    message = rc["message"].removeprefix("factbox: ")
    lines.append(f"re-run, one article changed: {rc['seconds']:.2f} s ({message})")
    if "scaling" in results:
        s = results["scaling"]
        lines.append(f"{s['factor']}x the articles ({s['articles']}): peak RSS {s['rss_mb']:.0f} MB = "
                     f"{s['rss_ratio']:.2f}x the peak of the smaller run")
    if "kill_worker" in results:
        k = results["kill_worker"]
        same = "identical" if k["identical"] else "DIFFERENT"
        lines.append(f"worker killed midway ({k.get('killed')}): {k['rows']} rows for {k['unique_docs']} "
                     f"articles, {k['failed']} failed, outputs {same}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS),
                        help="MEANTIME-style or factbox JSONL, or a folder of .txt/.md (default: MEANTIME)")
    parser.add_argument("--replicate", type=int, default=1, help="copies of the corpus (distinct doc_ids)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel runs (1: none)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest counts")
    parser.add_argument("--batch-size", type=int, default=32, help="texts per nlp.pipe batch, in both runs")
    parser.add_argument("--engine", default="local", choices=["local", "dask"], help="engine of factbox runs")
    parser.add_argument("--scaling", type=int, default=0, help="also run on K times the articles (peak RSS)")
    parser.add_argument("--kill-worker", action="store_true", help="also kill a worker midway, check outputs")
    parser.add_argument("--breakdown", action="store_true", help="only show the time per stage (one process)")
    parser.add_argument("--json", help="write the results here as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus and outputs")
    # one measurement in this process (used by the bench itself)
    parser.add_argument("--measure", choices=["bare", "tuned", "factbox"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus-file", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--kill-after", type=float, default=None, help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)

    if opts.measure:
        corpus = Path(opts.corpus_file)
        if opts.measure in ("bare", "tuned"):
            result = measure_bare(corpus, workers=opts.workers, batch_size=opts.batch_size,
                                  tuned=opts.measure == "tuned")
        else:
            result = measure_factbox(corpus, Path(opts.out), workers=opts.workers, batch_size=opts.batch_size,
                                     engine=opts.engine, kill_after=opts.kill_after)
        result.update(rss_mb=_rss_mb(resource.RUSAGE_SELF), rss_children_mb=_rss_mb(resource.RUSAGE_CHILDREN))
        print(json.dumps(result))
        return
    if not Path(opts.corpus).exists():
        raise SystemExit(f"bench: corpus {opts.corpus} not found; pass --corpus PATH")
    if opts.breakdown:
        with tempfile.TemporaryDirectory(prefix="factbox-bench-") as tmp:
            corpus = prepare_corpus(Path(opts.corpus), Path(tmp) / "corpus.jsonl", replicate=opts.replicate)
            rows = breakdown(corpus, Path(tmp) / "out", batch_size=opts.batch_size)
        total = rows[0][1]
        for name, seconds in rows:
            print(f"{name:<34}{seconds:>9.2f} s{100 * seconds / total:>7.1f}%")
        return
    results = bench(opts)
    print(format_report(results))
    if opts.json:
        Path(opts.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
