"""``python -m pipeline`` is the ``factbox`` command."""

from .cli import main

if __name__ == "__main__":
    main()
