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
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

from .breakdown import breakdown
from .corpus import DEFAULT_CORPUS, prepare_corpus, settings_for
from .measure import digest, measure_bare, measure_factbox, measure_rerun, measure_rerun_changed, rss_mb


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
    from ..model import model_meta

    return {"cpu": cpu, "cpus": os.cpu_count(), "memory_gb": mem, "python": platform.python_version(),
            "platform": platform.platform(), "load_average": [round(x, 2) for x in os.getloadavg()],
            "model": model_meta(settings_for(32).model)}


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
        full_digest = digest(full)
        if opts.workers > 1:
            results["workers_identical"] = full_digest == digest(work / f"out-factbox-{opts.workers}")
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
                                      "identical": full_digest == digest(work / "out-killed")}
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
        result.update(rss_mb=rss_mb(resource.RUSAGE_SELF), rss_children_mb=rss_mb(resource.RUSAGE_CHILDREN))
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
