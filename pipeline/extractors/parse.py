"""The parse of a Doc as the predicates of :mod:`.sentences` read it: spaCy's columns, with the verb lemmas
repaired and the misreadings of the tagger and parser that news text meets most set right (a noun root that
can only be a verb, a participle taken for a noun, "lay" read as "lie", a gathering taken for an adjective
after its noun, a record's "set" taken for a compound noun, a verb after "and" taken for the adjective of a noun
joined to the verb before)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang.events import gatherings, gerund_lemma, known_verbs, repaired_lemma
from .common import columns

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
AUX_DEPS = frozenset({"aux", "auxpass"})
MARK_NOUNS = frozenset({"record", "mark", "high", "low", "best"})  # what is set: "a record set in 1906"


class Parse:
    """The parse of the Doc as the predicates read it: the shared :class:`~.common.Columns`, verb lemmas
    repaired, sentence starts and each token's children."""

    __slots__ = ("text", "idx", "end", "lower", "lemma", "pos", "tag", "dep", "head", "ent", "starts", "children")

    def __init__(self, doc: Doc):
        c = columns(doc)
        self.text, self.idx, self.end, self.lower, self.head = c.text, c.idx, c.end, c.lower, c.head
        self.pos, self.tag, self.dep, self.ent = c.pos, c.tag, c.dep, c.ent
        self.lemma = [repaired_lemma(w.lower(), low) if pos == "VERB" else w.lower()
                      for w, low, pos in zip(c.lemma, c.lower, c.pos, strict=True)]
        # sentence starts as spaCy sees them (doc.sents); a Doc without any is one sentence
        self.starts = [i for i, flag in enumerate(c.sent_start) if flag == 1 or i == 0]
        self.children: list[list[int]] = [[] for _ in c.idx]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        for i in [i for i, h in enumerate(self.head) if (self.pos[i] == "NOUN" and (
                h == i or (self.dep[i] == "conj" and self.pos[h] == "VERB"))) or (self.pos[i] == "ADJ" and h == i)]:
            # (a conjunct too: "ordered a carrier to the Gulf, and the secretary leaves today"; an adjective root,
            # which no copula links: "Polling stations open at 9 a.m.")
            self._verb_root(i)
        gerunds = [i for i, low in enumerate(self.lower) if self.pos[i] == "NOUN" and self.dep[i] == "advcl"
                   and i and self.lower[i - 1] == "," and any(self.dep[c] == "dobj" for c in self.children[i])
                   and gerund_lemma(low)]
        if gerunds:  # "walked off the job yesterday, halting production": a participle the tagger took for a noun
            self.pos, self.tag = list(self.pos), list(self.tag)  # shared columns: copied first
            for i in gerunds:
                self.pos[i], self.tag[i], self.lemma[i] = "VERB", "VBG", gerund_lemma(self.lower[i])
        fairs = [i for i, low in enumerate(self.lower) if self.pos[i] == "ADJ" and self.dep[i] == "amod" and i
                 and self.head[i] == i - 1 and self.pos[i - 1] == "NOUN" and low in gatherings()]
        if fairs:  # "will hold a trade fair in May": the gathering the tagger took for an adjective after its noun
            self._noun_head(fairs)
        marks = [i for i, low in enumerate(self.lower) if low == "set" and self.pos[i] == "NOUN" and i
                 and self.lower[i - 1] in MARK_NOUNS and self.head[i - 1] == i and self.dep[i - 1] == "compound"]
        if marks:  # "breaking a record set in 1906": the setting the parser took for a compound noun
            self._marks_set(marks)
        joined = [i for i, low in enumerate(self.lower) if self.dep[i] == "amod" and self.tag[i] in ("VBD", "VBN")
                  and i and self.dep[i - 1] == "cc" and self.head[i] > i and self.dep[self.head[i]] == "conj"
                  and self.pos[self.head[i]] in ("NOUN", "PROPN") and self.pos[self.head[self.head[i]]] == "VERB"]
        if joined:  # "spotted them Monday and called authorities": a verb the parser took for its object's adjective
            self._joined_verb(joined)
        laid = [i for i, low in enumerate(self.lower) if low == "lay" and self.lemma[i] == "lie"
                and any(self.dep[c] in ("prt", "dobj") for c in self.children[i])]
        if laid:  # "will idle plants and lay off 9,500 workers": lie takes no object, and "lay" is its past only
            self.tag = list(self.tag)  # a shared column: copied first
            for i in laid:
                self.lemma[i], self.tag[i] = "lay", "VB" if self.tag[i] == "VBD" else self.tag[i]

    def _marks_set(self, sets: list[int]) -> None:
        """Make each "set" at ``sets`` the participle of the record before it, which takes its place in the
        clause, and the preposition right after it the participle's ("a record set in 1906")."""
        self.pos, self.tag, self.dep, self.head = list(self.pos), list(self.tag), list(self.dep), list(self.head)
        for i in sets:
            mark, host = i - 1, self.head[i]
            self.head[mark], self.dep[mark] = (mark if host == i else host), self.dep[i]
            for c in self.children[i]:
                if c != mark:
                    self.head[c] = mark
            self.head[i], self.dep[i], self.pos[i], self.tag[i], self.lemma[i] = mark, "acl", "VERB", "VBN", "set"
            if i + 1 < len(self.head) and self.dep[i + 1] == "prep" and self.lower[i + 1] in ("in", "on", "by"):
                self.head[i + 1] = i
        self._relink()

    def _joined_verb(self, verbs: list[int]) -> None:
        """Make each participle at ``verbs`` the conjunct of the verb its noun was joined to, and the noun its
        object; the "and" before it goes with it ("snarled traffic and grounded flights")."""
        self.pos, self.tag, self.dep, self.head = list(self.pos), list(self.tag), list(self.dep), list(self.head)
        for i in verbs:
            noun = self.head[i]
            verb = self.head[noun]
            self.head[i], self.dep[i], self.pos[i], self.tag[i] = verb, "conj", "VERB", "VBD"
            self.head[noun], self.dep[noun] = i, "dobj"
            self.head[i - 1] = verb
        self._relink()

    def _relink(self) -> None:
        self.children = [[] for _ in self.head]
        for k, h in enumerate(self.head):
            if h != k:
                self.children[h].append(k)

    def _noun_head(self, nouns: list[int]) -> None:
        """Make each word at ``nouns`` the head noun of the phrase of the noun before it, which becomes its
        compound ("a trade fair"); the lists are copied first: they are the Doc's shared columns."""
        self.pos, self.tag, self.dep, self.head = list(self.pos), list(self.tag), list(self.dep), list(self.head)
        for i in nouns:
            before = i - 1
            self.head[i] = i if self.head[before] == before else self.head[before]
            self.dep[i], self.pos[i], self.tag[i] = self.dep[before], "NOUN", "NNS" if self.lower[i].endswith("s") \
                else "NN"
            for c in self.children[before]:
                if c != i:
                    self.head[c] = i
            self.head[before], self.dep[before] = i, "compound"
        self._relink()

    def _verb_root(self, i: int) -> None:
        """Make the noun (or adjective) root at ``i`` the verb it is when only a verb could take what hangs from
        it: a subject ("Hundreds march in protest on Sunday") or, after a noun that is then its subject, a
        participle clause or a "to" complement ("A pipe burst on Sunday, flooding several streets"). The lists
        are copied first: they are the Doc's shared columns."""
        kids = self.children[i]
        lemma = self.lower[i] if self.lemma[i] == self.lower[i] else self.lemma[i]
        if lemma not in known_verbs() and self.dep[i] == "conj" and self.lower[i].endswith("s"):
            lemma = self.lower[i][:-1]  # "leaves" (not the leaf): the verb's third person
        if lemma not in known_verbs() or any(self.pos[c] in ("VERB", "AUX") and self.dep[c] in AUX_DEPS for c in kids):
            return
        subject = next((c for c in kids if self.dep[c] in SUBJECT_DEPS and c < i), -1)
        if subject < 0 and self.dep[i] == "conj":
            return  # a conjunct noun is a verb only with a subject of its own
        if subject < 0 and any(self.dep[c] in ("advcl", "xcomp") and self.pos[c] == "VERB" for c in kids):
            before = [c for c in kids if c < i and self.dep[c] in ("compound", "nmod", "amod")]
            subject = before[-1] if before and before[-1] == i - 1 else -1  # "a water main burst": main
        if subject < 0:
            return
        self.pos, self.tag, self.dep = list(self.pos), list(self.tag), list(self.dep)
        self.pos[i], self.dep[subject], self.lemma[i] = "VERB", "nsubj", lemma
        lower = self.lower[i]
        self.tag[i] = "VBD" if lower.endswith("ed") else "VBZ" if lower != lemma and lower.endswith("s") else "VB"
