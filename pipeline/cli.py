"""The ``factbox`` command: a thin layer over :mod:`pipeline.run` (and friends).

Only this module knows about exit codes: 0 when every article was processed, 1 when any failed (the
others are still written), 2 for usage errors (a missing input path, an output path that is a file,
bad options), each with one line saying what to do.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from tqdm import tqdm

from .config import DEFAULTS, Settings, check_settings
from .errors import ConfigError, Errors, IngestError, OutputError, PipelineError
from .evaluate import evaluate, format_table
from .evaluate import money_cases as cases_scorer
from .ingest import JSONL_SUFFIXES, iter_paths
from .run import extract, run
from .state import has_tables
from .version import __version__
from .write import OUTPUT_FILES, dumps

app = typer.Typer(
    name="factbox",
    help="Turn news articles into dated events, people, places, organizations and money (CSV and JSON).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

MODEL_HELP = "Installed spaCy pipeline to use (name or path); also FACTBOX_MODEL."


def _fail(exc: PipelineError, code: int) -> typer.Exit:
    typer.echo(f"factbox: {exc}", err=True)
    return typer.Exit(code)


def _settings(model: Optional[str], day_first: bool, *, batch_size: Optional[int] = None,
              max_chars: Optional[int] = None) -> Settings:
    """The settings of a command's options (checked; ConfigError on a bad value); the model from --model, else
    FACTBOX_MODEL, else the default."""
    values: dict = {"model": model or os.environ.get("FACTBOX_MODEL") or DEFAULTS.model, "day_first": day_first}
    for key, value in (("batch_size", batch_size), ("max_chars", max_chars)):
        if value is not None:
            values[key] = value
    return check_settings(values)


MAX_CHARS_HELP = (f"Longest article accepted, in characters (default {DEFAULTS.max_chars:,}); longer ones are "
                  "skipped with E109.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factbox {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what happens (to stderr)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """factbox: dated events and normalized entities from news text."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command("extract")
def extract_cli(
    path: str = typer.Argument(..., help="Article file (.txt/.md), or - to read standard input."),
    published: Optional[str] = typer.Option(None, "--published",
                                            help="Publication date YYYY-MM-DD; anchors relative dates."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    day_first: bool = typer.Option(False, "--day-first", help="Read 04/05/2019 as 4 May (default: April 5)."),
    indent: int = typer.Option(2, "--indent", help="JSON indentation (0 for one line)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", help=MAX_CHARS_HELP),
) -> None:
    """Print one article's JSON record to stdout."""
    if path != "-" and not Path(path).exists():
        raise _fail(ConfigError(Errors.E005.format(path=path)), 2)
    try:
        record = extract(path, published=published, settings=_settings(model, day_first, max_chars=max_chars))
    except (ConfigError, OutputError) as exc:
        raise _fail(exc, 2) from None
    except IngestError as exc:
        raise _fail(exc, 1) from None
    typer.echo(dumps(record, indent=indent or None))


@app.command("run")
def run_cli(
    inputs: List[str] = typer.Argument(..., help="Files (.txt, .md, .jsonl) and folders of articles."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder for the datasets (created if missing)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes to use (local or Dask workers)."),
    published: Optional[str] = typer.Option(None, "--published",
                                            help="Publication date for text files that have none."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Ignore the cache of earlier runs and process everything."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    day_first: bool = typer.Option(False, "--day-first", help="Read 04/05/2019 as 4 May (default: April 5)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size",
                                             help="Texts per spaCy batch (and per chunk of work)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", help=MAX_CHARS_HELP),
    engine: str = typer.Option("local", "--engine", help="Where articles are analysed: local (this machine) or dask."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a "
        "local cluster of --workers processes."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: on a terminal)."),
    report: bool = typer.Option(False, "--report",
                                help="Also write OUTDIR/report.html (see `factbox report`)."),
    force: bool = typer.Option(False, "--force",
                               help="Write into OUTDIR even if it is a non-empty folder factbox did not write."),
) -> None:
    """Process articles and write documents.jsonl, the CSV tables, errors.csv and manifest.json.

    Re-runs are incremental: only new or changed articles are analysed, and an interrupted run resumes.
    """
    bar = None
    try:
        settings = _settings(model, day_first, batch_size=batch_size, max_chars=max_chars)
        show = sys.stderr.isatty() if progress is None else progress
        if show:
            bar = tqdm(total=_count_articles(inputs, output), unit="article", file=sys.stderr, dynamic_ncols=True)
        summary = run(inputs, output, settings=settings, workers=workers, published=published, rebuild=rebuild,
                      on_progress=bar.update if bar else None, engine=engine, scheduler=scheduler, force=force)
    except (ConfigError, OutputError) as exc:
        raise _fail(exc, 2) from None
    except KeyboardInterrupt:
        if has_tables(output):
            state = f"The tables in {output} are complete and consistent (those of the last complete run)"
        else:
            state = f"There are no tables in {output} yet (no run has finished there)"
        typer.echo(f"factbox: interrupted. {state}; the articles analysed so far are saved: run the same command "
                   "again to resume.", err=True)
        raise typer.Exit(130) from None
    finally:
        if bar is not None:
            bar.close()
    for notice in summary.notices:
        typer.echo(f"factbox: {notice}", err=True)
    typer.echo(
        f"factbox: {summary.articles} articles ({summary.processed} processed, {summary.reused} unchanged), "
        f"{summary.events} events, {summary.failed} errors in {summary.seconds:.1f} s -> {summary.outdir}",
        err=True,
    )
    if report:
        _write_report(summary.outdir)
    if summary.failed:
        typer.echo(f"factbox: see {Path(summary.outdir) / 'errors.csv'} for what failed and how to fix it.", err=True)
        raise typer.Exit(1)


def _count_articles(inputs: List[str], output: Path) -> int | None:
    """Total for the progress bar: files, plus JSONL lines (a cheap byte count, no parsing)."""
    total = 0
    try:
        for path in iter_paths(inputs, outdir=output, outputs=OUTPUT_FILES):
            if isinstance(path, Path) and path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1  # an article, or an input that becomes one row of errors.csv
    except (OSError, PipelineError):
        return None
    return total


@app.command("report")
def report_cli(
    outdir: Path = typer.Argument(..., help="A folder written by `factbox run` (it holds documents.jsonl)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Where to write the report (default: OUTDIR/report.html)."),
) -> None:
    """Write a self-contained HTML review report (overview, timeline, highlighted articles, map, tables)."""
    _write_report(outdir, output)


def _write_report(outdir: str | Path, output: Optional[Path] = None) -> None:
    # Imported here: the report draws its highlights with spaCy's displacy, and `factbox run` without
    # --report (a re-run with nothing to do above all) must not load spaCy.
    from .report import write_report

    try:
        done = write_report(outdir, path=output)
    except (ConfigError, OutputError) as exc:
        raise _fail(exc, 2) from None
    typer.echo(f"factbox: report of {done.articles} articles and {done.events} events "
               f"({done.bytes / 1e6:.1f} MB) -> {done.path}", err=True)


@app.command("evaluate")
def evaluate_cli(
    gold: Optional[Path] = typer.Argument(None, exists=True, dir_okay=False,
                                          help="Gold corpus in MEANTIME JSONL form."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Scorers to run (default: all)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the full results as JSON here."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    anchors: Optional[Path] = typer.Option(
        None, "--anchors", exists=True, dir_okay=False,
        help="Event-date anchors for the same documents (e.g. tests/data/meantime.anchors.jsonl): also score events."),
    money_cases: Optional[Path] = typer.Option(
        None, "--money-cases", exists=True, dir_okay=False,
        help="Currency test cases (e.g. tests/data/money_cases.jsonl): score money detection and normalization."),
) -> None:
    """Score dates, entities and money (and dated events, with --anchors) against a gold corpus, and money
    against currency test cases (--money-cases)."""
    if gold is None and money_cases is None:
        raise _fail(ConfigError(Errors.E010), 2)
    results: dict = {}
    try:
        if gold is not None:
            results = evaluate(gold, only=only, limit=limit, settings=_settings(model, False), anchors=anchors)
        if money_cases is not None:
            results["money-cases"] = cases_scorer.evaluate(money_cases, settings=_settings(model, False))
    except ConfigError as exc:
        raise _fail(exc, 2) from None
    typer.echo(format_table(results))
    if money_cases is not None:
        typer.echo("\n".join(cases_scorer.format_lines(results["money-cases"])))
    if json_out:
        json_out.write_text(dumps(results, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    """Entry point of the ``factbox`` script."""
    app()


if __name__ == "__main__":
    main()
