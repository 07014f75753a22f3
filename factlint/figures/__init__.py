"""Figures: a written number as an exact interval of decimals.

Here: `figure.py` (`Figure`, `parse_figure`: "more than 1.2 billion" -> its interval and how it was
written), `intervals.py` (exact interval arithmetic), `hedges.py` (the hedge table: what "more
than", "nearly", "about" allow), `units.py` (currencies, percent, pint units), `rates.py` (ECB
reference rates).

Imports nothing else of factlint. Knows no article, no claims file and no check.
"""
