"""An article's front matter: title, publication date, locale and source, read as YAML.

The publication date picks reference exchange rates and the year of "Oct 9"; the locale decides
whether the article can be read at all (extraction and inference read English).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from factlint.errors import InputError, offset_position, unacceptable_character
from factlint.limits import check_yaml_shape
from factlint.text.article import Article


@dataclass(frozen=True)
class Metadata:
    """What the article's front matter (or the command line) says about it."""

    title: str | None = None
    published: dt.date | None = None
    locale: str = "en"
    source: str | None = None


def _front_matter_node(text: str, path: str) -> Any:
    """The front matter's node tree, composed by the C parser with every scalar a string (see
    claims.yamlnodes): YAML's own timestamps would raise bare ValueErrors for "2021-13-01", so a
    date is parsed here, where its line is known. The pure-Python loader took ~5 ms an article."""
    from factlint.text.yamlreader import yaml_reader

    yaml = yaml_reader()
    check_yaml_shape(yaml.parse(text), path, first_line=2)
    return yaml.compose(text)


def read_metadata(article: Article) -> Metadata:
    """Front matter fields: title, published (or date), locale (or lang), source. Read once per
    article (drafting and coverage both ask); an error is raised each time."""
    if not article.front_matter:
        return Metadata()
    key = ("metadata", article.front_matter)
    if key not in article.memo:
        article.memo[key] = _read(article)
    return article.memo[key]  # type: ignore[return-value]


def _read(article: Article) -> Metadata:
    assert article.front_matter is not None
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.reader import ReaderError

    directive = re.search(r"^%", article.front_matter, re.MULTILINE)
    if directive:  # ruamel's own checks of %YAML versions fail with KeyError or AssertionError
        line = article.front_matter.count("\n", 0, directive.start()) + 2
        raise InputError.at(article.path, line, 1, "front matter must be key: value lines; a %YAML or %TAG "
                                                   "directive is not one")
    try:
        root = _front_matter_node(article.front_matter, article.path)
    except MarkedYAMLError as error:  # the date would silently fall back: say so instead
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and mark is not None and _at_end(article.front_matter, mark):
            mark = error.context_mark  # "[unclosed" fails at the end: where it opened is the news
        line = mark.line + 2 if mark is not None else 2  # the front matter starts on line 2
        raise InputError.at(article.path, line, None, f"front matter is not valid YAML: {error.problem}; "
                                                      f"expected key: value lines (title, published, locale)") from None
    except ReaderError as error:  # a control character: YAML's reader gives an offset, not a mark
        line, column = offset_position(article.front_matter, error.position)
        raise InputError.at(article.path, line + 1, column,
                            f"front matter is not valid YAML: {unacceptable_character(error.character)}") from None
    if root is None or root.id != "mapping":
        raise InputError.at(article.path, 2, None, "front matter must be key: value lines "
                                                   "(title, published, locale, source)")
    fields = _Fields(article, _fields_of(article, root))
    return Metadata(title=fields.text("title"), published=fields.date("published", "date"),
                    locale=fields.text("locale", "lang") or "en", source=fields.text("source"))


def _at_end(text: str, mark: Any) -> bool:
    lines = text.rstrip().splitlines() or [""]
    return mark.line > len(lines) - 1 or (mark.line == len(lines) - 1 and mark.column >= len(lines[-1]))


def _fields_of(article: Article, root: Any) -> dict[object, object]:
    """Key to value (a string, or a list or dict for a value that should have been one)."""
    data: dict[object, object] = {}
    for key, value in root.value:
        line = key.start_mark.line + 2  # the front matter starts on line 2
        if key.id != "scalar":
            raise InputError.at(article.path, line, None, "front matter keys must be plain words")
        if key.value in data:
            raise InputError.at(article.path, line, None,
                                f"front matter is not valid YAML: duplicate key {key.value!r}")
        data[key.value] = _plain(value, {})
    return data


def _plain(node: Any, seen: dict[int, object]) -> object:
    """A node as Python values; a node reached again through an alias is the same value, built
    once (expanding "&a [*b, *b, ...]" chains would be exponential: an alias bomb)."""
    if id(node) in seen:
        return seen[id(node)]
    if node.id == "scalar":
        value: object = node.value
    elif node.id == "sequence":
        value = [_plain(item, seen) for item in node.value]
    else:
        value = {str(key.value): _plain(item, seen) for key, item in node.value}
    seen[id(node)] = value
    return value


class _Fields:
    """Front matter values by key (the first of several spellings present), each checked for its
    type and located at its line when it is wrong."""

    def __init__(self, article: Article, data: dict[object, object]) -> None:
        self.article = article
        self.data = data

    def _value(self, *keys: str) -> tuple[str, object] | None:
        key = next((k for k in keys if k in self.data), None)
        if key is None or self.data[key] in ("", None):
            return None
        return key, self.data[key]

    def _line(self, key: str) -> int:
        front = self.article.front_matter or ""
        return next((n for n, text in enumerate(front.splitlines(), 2) if text.startswith(f"{key}:")), 2)

    def text(self, *keys: str) -> str | None:
        found = self._value(*keys)
        if found is None:
            return None
        key, value = found
        if not isinstance(value, str):
            raise InputError.at(self.article.path, self._line(key), None,
                                f"{key} must be a single value, got a {type(value).__name__}")
        return value

    def date(self, *keys: str) -> dt.date | None:
        text = self.text(*keys)
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError as error:
            key = next(k for k in keys if k in self.data)
            raise InputError.at(self.article.path, self._line(key), None,
                                f"{key} must be a date: YYYY-MM-DD, got {text!r} ({error})") from None


def require_english(article: Article, locale: str) -> None:
    """Extraction and inference read English; a German article would be drafted as nonsense."""
    if not locale.lower().replace("-", "_").startswith("en"):
        raise InputError.at(article.path, None, None,
                            f"locale {locale!r}: articles are read as English (en, en_US, en_IN ...); check "
                            f"a translation against its English source with `factlint l10n`, or write its "
                            f"claims file by hand")
