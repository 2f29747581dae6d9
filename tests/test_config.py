"""Settings are validated before any work, with coded messages."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULTS, EXTRACTOR_NAMES, check_settings
from pipeline.errors import ConfigError


def test_defaults_are_valid():
    assert check_settings() == DEFAULTS


@pytest.mark.parametrize(
    "values, code",
    [
        ({"colour": "red"}, "E001"),
        ({"batch_size": 0}, "E002"),
        ({"batch_size": "8"}, "E002"),
        ({"max_length": 10}, "E002"),
        ({"day_first": "yes"}, "E002"),
        ({"model": ""}, "E002"),
        ({"extractors": ("dates", "weather")}, "E003"),
    ],
)
def test_bad_settings(values, code):
    with pytest.raises(ConfigError, match=code):
        check_settings(values)


def test_extractors_from_a_comma_list():
    assert check_settings(extractors="dates,money").extractors == ("dates", "money")


def test_extractor_names_are_the_extractors():
    from pipeline.extractors import EXTRACTORS

    assert set(EXTRACTOR_NAMES) == set(EXTRACTORS)


def test_checking_settings_loads_no_spacy():
    import subprocess
    import sys

    probe = ("import sys; from pipeline.config import check_settings; check_settings(extractors='dates'); "
             "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

