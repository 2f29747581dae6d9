"""The benchmark's corpus: MEANTIME-style or factbox JSONL (or a folder of texts) copied as factbox JSONL,
``replicate`` times with distinct doc_ids, and the articles and settings every measurement uses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "meantime" / "meantime_en.jsonl"


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


def settings_for(batch_size: int):
    from ..config import check_settings

    return check_settings(batch_size=batch_size)


def articles_of(corpus: Path) -> list:
    from ..ingest import iter_articles
    from ..records import Article

    return [a for a in iter_articles([corpus]) if isinstance(a, Article)]
