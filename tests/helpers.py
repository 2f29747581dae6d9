"""Helpers shared by test modules in several folders (``from helpers import parsed``).

``tests/`` is on ``sys.path`` because the one conftest.py lives there (pytest's default import mode);
fixtures stay in conftest.py.
"""

from __future__ import annotations


def parsed(make_doc, rows: str, ents: list[str] | None = None):
    """A Doc from one row per token: ``word lemma POS TAG dep head`` (head: absolute token index).

    A word ``\\n`` is a paragraph break (a SPACE token glued to the words around it).
    """
    table = [line.split() for line in rows.strip().splitlines() if line.strip()]
    words = ["\n\n" if r[0] == "\\n" else r[0] for r in table]
    spaces = [i + 1 < len(words) and not (w == "\n\n" or words[i + 1] in ("\n\n", ".", ","))
              for i, w in enumerate(words)]
    return make_doc(words, spaces=spaces, lemmas=[r[1] for r in table], pos=[r[2] for r in table],
                    tags=[r[3] for r in table], deps=[r[4] for r in table], heads=[int(r[5]) for r in table],
                    ents=ents)
