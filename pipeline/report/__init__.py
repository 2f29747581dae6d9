"""The review report: a run's outputs as one self-contained HTML file (``factbox report OUTDIR``).

``write_report(outdir)`` reads ``documents.jsonl``, ``errors.csv`` and ``manifest.json`` from a folder
written by ``factbox run`` and writes ``OUTDIR/report.html``: an overview with the errors of the run, an
event timeline, each article with its mentions highlighted by spaCy's displaCy (hover for the normalized
value), the places on a world map, and sortable tables of people, places, organizations and money. The
file needs no server and no network: styles, script, data and map outlines are all inside it.

Modules: ``highlight`` (one article's displaCy markup and tooltips), ``collect`` (corpus-wide figures),
``page`` (assembling the file); ``assets/`` holds the page template, stylesheet and script; the world
outlines (Natural Earth, public domain) are the generated table ``pipeline/data/generated/world.json``
(``scripts/make_world_map.py``).
"""

from .highlight import article_html, spans
from .page import REPORT_NAME, ReportSummary, write_report

__all__ = ["REPORT_NAME", "ReportSummary", "article_html", "spans", "write_report"]
