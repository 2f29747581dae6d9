"""``python -m pipeline.bench``: see :mod:`pipeline.bench`."""

from . import main

main()
