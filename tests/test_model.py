"""The spaCy pipeline's identity, as every output records it."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULTS
from pipeline.errors import ConfigError
from pipeline.model import model_meta


@pytest.mark.model
def test_model_meta_matches_the_loaded_model_without_importing_it(nlp):
    from pipeline.annotate import model_info

    assert model_meta(DEFAULTS.model) == model_info(nlp)


def test_model_meta_of_a_missing_model_is_E004():
    with pytest.raises(ConfigError, match="E004"):
        model_meta("no_such_pipeline_xyz")
