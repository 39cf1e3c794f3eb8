"""Extraction: articles in, typed entities, relations and quotations out.

Stages, data flowing forward: ``read`` (files → documents) → ``parse`` (spaCy)
→ ``mentions`` (spans that name things) → ``entities`` (mentions resolved to
entities) → ``relations`` and ``quotes``; ``pipeline.extract_documents`` chains
them and merges entities across documents. The rules read their words from
``lexicon`` and ``gazetteer`` (Turtle data in ``ontology/``).
"""
