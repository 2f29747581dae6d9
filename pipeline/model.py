"""The spaCy pipeline's identity as every output records it: name, version and spaCy's version.

One formula (:func:`describe`) for both ways of knowing it: from the loaded pipeline's ``nlp.meta``
(:func:`pipeline.annotate.model_info`), and from the installed package's ``meta.json`` without importing
spaCy or the model (:func:`model_meta`), so a re-run with nothing to do stays fast. The two agree (a test
checks it).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError, Errors


def describe(meta: Mapping[str, Any], spacy_version: str) -> dict[str, str]:
    """Name and version of a pipeline from its meta (``nlp.meta`` or its ``meta.json``)."""
    return {
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
        "version": str(meta.get("version", "0.0.0")),
        "spacy_version": spacy_version,
    }


def model_meta(model: str) -> dict[str, str]:
    """Name and version of an installed spaCy pipeline, read from its meta.json.

    Neither spaCy nor the model package is imported. The result equals
    :func:`pipeline.annotate.model_info` of the loaded pipeline.

    Raises:
        ConfigError: no installed package or folder of that name has a meta.json (E004).
    """
    try:
        path = Path(model)
        if not (path / "meta.json").is_file():
            spec = importlib.util.find_spec(model) if model.isidentifier() else None
            locations = list(spec.submodule_search_locations or ()) if spec else []
            path = Path(locations[0]) if locations else path
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        spacy_version = importlib.metadata.version("spacy")
    except (OSError, ValueError, ImportError, importlib.metadata.PackageNotFoundError) as exc:
        raise ConfigError(Errors.E004.format(model=model)) from exc
    return describe(meta, spacy_version)
