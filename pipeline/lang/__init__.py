"""The base layer: what factbox knows about English news text, with no spaCy and no pipeline stage.

Closed word lists are code, one module per concern (as in spaCy's ``spacy/lang/en/``); the larger tables
are package data read through :mod:`pipeline.tables`. Every stage may import from here; nothing here
imports a stage.

- :mod:`.dates`: the date grammar (finds and reads temporal expressions) and its word tables;
- :mod:`.money`: the money grammar (finds and reads amounts) and its currency vocabulary;
- :mod:`.gazetteer`: place names -> candidate places (kind, country, coordinates), demonyms;
- :mod:`.names`: titles, forms of address, role words, name particles;
- :mod:`.organizations`: organization designators and descriptors, news agencies, legal suffixes;
- :mod:`.places`: words around place names (directions, locative prepositions, "government");
- :mod:`.events`: the event vocabulary (trigger -> type, event nouns), light verbs, event-name words.
"""
