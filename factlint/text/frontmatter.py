"""An article's front matter: title, publication date, locale and source, read as YAML.

The publication date picks reference exchange rates and the year of "Oct 9"; the locale decides
whether the article can be read at all (extraction and inference read English).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factlint.errors import InputError
from factlint.text.article import Article


@dataclass(frozen=True)
class Metadata:
    """What the article's front matter (or the command line) says about it."""

    title: str | None = None
    published: dt.date | None = None
    locale: str = "en"
    source: str | None = None


def read_metadata(article: Article) -> Metadata:
    """Front matter fields: title, published (or date), locale (or lang), source."""
    if not article.front_matter:
        return Metadata()
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    try:
        data = YAML(typ="safe", pure=True).load(article.front_matter)
    except MarkedYAMLError as error:  # the date would silently fall back: say so instead
        mark = error.problem_mark or error.context_mark
        line = mark.line + 2 if mark is not None else 2  # the front matter starts on line 2
        raise InputError.at(article.path, line, None, f"front matter is not valid YAML: {error.problem}; "
                                                      f"expected key: value lines (title, published, locale)") from None
    if not isinstance(data, dict):
        raise InputError.at(article.path, 2, None, "front matter must be key: value lines "
                                                   "(title, published, locale, source)")
    published = data.get("published", data.get("date"))
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            key = "published" if "published" in data else "date"
            line = next((n for n, text in enumerate(article.front_matter.splitlines(), 2)
                         if text.startswith(f"{key}:")), 2)
            raise InputError.at(article.path, line, None, f"{key} must be a date: YYYY-MM-DD, "
                                                          f"got {published!r}") from None
    title, source = data.get("title"), data.get("source")
    return Metadata(title=str(title) if title else None,
                    published=published if isinstance(published, dt.date) else None,
                    locale=str(data.get("locale", data.get("lang", "en"))),
                    source=str(source) if source else None)


def require_english(article: Article, locale: str) -> None:
    """Extraction and inference read English; a German article would be drafted as nonsense."""
    if not locale.lower().replace("-", "_").startswith("en"):
        raise InputError.at(article.path, None, None,
                            f"locale {locale!r}: articles are read as English (en, en_US, en_IN ...); check "
                            f"a translation against its English source with `factlint l10n`, or write its "
                            f"claims file by hand")
