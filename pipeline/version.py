"""factbox's version, in a module of its own: the modules that record it import it from here, not from the
package, whose ``__init__`` imports the pipeline (a package importing its own ``__init__`` is a circle)."""

__version__ = "0.1.0"
