"""Organizations: the words that make a name an organization's, or announce one, and legal-form suffixes.

The lists are package data read through :mod:`pipeline.tables`, one item per line:

- ``org_designators.txt``: last words of organization names ("Railways", "Airlines", "Company");
- ``org_descriptors.txt``: lower-case nouns before a name that say it is a company ("retailer Best Buy");
- ``product_descriptors.txt``: nouns before a name that say it is a product ("web browser Safari");
- ``news_agencies.txt``: wire agencies ("Reuters", "AFP", "Xinhua").
"""

from __future__ import annotations

import functools
import re

from .. import tables

# Legal-form suffixes that do not change which organization a name means ("Apple" and "Apple Inc.").
RE_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|s\.a|nv|n\.v|gmbh|se|spa|"
    r"holdings?|group)\.?$",
    re.I,
)


@functools.cache
def org_designators() -> frozenset[str]:
    """Lower-case last words of organization names, from ``org_designators.txt``."""
    return frozenset(tables.load_lines("org_designators.txt"))


@functools.cache
def org_descriptors() -> frozenset[str]:
    """Lower-case nouns that introduce a company name, from ``org_descriptors.txt``."""
    return frozenset(tables.load_lines("org_descriptors.txt"))


@functools.cache
def product_descriptors() -> frozenset[str]:
    """Lower-case nouns that introduce a product name, from ``product_descriptors.txt``."""
    return frozenset(tables.load_lines("product_descriptors.txt"))


@functools.cache
def news_agencies() -> frozenset[str]:
    """Names of wire agencies as written, from ``news_agencies.txt``."""
    return frozenset(tables.load_lines("news_agencies.txt"))
