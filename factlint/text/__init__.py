"""Text: the article and every figure written in it.

Here: `article.py` (`Article`: text, line index, spans, front matter split off), `frontmatter.py`
(title, publication date, locale), `scan.py` (`scan`: each figure's span, kind, value and hedge),
`extract.py` (`ExtractedFigure`: what `factlint extract` prints, with the counted noun).

May import `figures` (and the shared `errors`). Knows no claims file, relation or check.
"""
