"""Localization checks: every figure of a source text must survive its translation.

`locales` holds the per-language tables (scale words, percent and point words, hedges, number
words, currency words), `parse` reads the figures of a text in its locale, `compare` pairs source
and target figures and names what went wrong, and `files` reads XLIFF and PO segment by segment.
"""
