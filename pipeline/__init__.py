"""factbox: turn raw news articles into dated events and normalized entities."""

from .run import RunSummary, extract, run
from .version import __version__

__all__ = ["RunSummary", "__version__", "extract", "run"]
