"""factbox: turn raw news articles into dated events and normalized entities."""
__version__ = "0.1.0"

from .run import RunSummary, extract, run  # noqa: E402

__all__ = ["RunSummary", "__version__", "extract", "run"]
