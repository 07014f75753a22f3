"""Localization: every figure of a source text must survive its translation.

Here: `locales.py` (per-language tables: scale words, percent and point words, hedges, number
words, currency words), `parse.py` (the figures of a text read in its locale), `compare.py`
(source and target figures paired, and what went wrong named), `segments.py` (`Segment`: one
source/target pair, and its comparison as the LOC checks read it), `files.py` (XLIFF and PO read
segment by segment).

May import `figures` and the shared vocabulary. Knows no article claims; the LOC checks are run
by `factlint.lint.translation`.
"""
