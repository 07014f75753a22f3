"""Configuration: `[tool.factlint]` in pyproject.toml, or a factlint.toml, found from the working
directory upwards (the nearest wins; factlint.toml before pyproject.toml in the same folder).

    select = ["CUR", "CHG"]            # codes or prefixes to run (default: all)
    ignore = ["ANC003"]
    fail-on = "error"                  # error | warning | info
    format = ["text", "sarif"]         # default output format(s)
    out-dir = "reports"                # where several formats are written at once
    article-roots = ["../archive"]     # folders outside the project that articles may be read from
    rate-tolerance = 0.03              # CUR002: relative distance from the reference rate
    [severity]                         # per-code severity
    COV001 = "info"
    [options.CUR002]                   # any rule option by name (`factlint rule CODE` lists them)
    window_days = 14
    [hedges]                           # add or redefine hedges
    "upwards of" = { direction = "above" }
    "roughly" = { direction = "around", strict = 0.10, loose = 0.25 }
    "north of" = { direction = "above", reach = 2 }   # steps of the last digit, or "unbounded"
    [cues]                             # add, reweigh or (weight 0) turn off relation cues
    "all in all" = { relation = "sum", role = "total", weight = 3 }

Command-line flags win over the file. Every mistake is an input error naming the file, the key and
what was expected.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from factlint.errors import InputError, Problem
from factlint.figures.hedges import OPEN_REACH, Direction, Hedge
from factlint.findings import Severity
from factlint.limits import CONFIG_BYTES, read_limited
from factlint.relations.cues import RELATIONS, Cue

KEYS = {"select", "ignore", "fail-on", "format", "out-dir", "rate-tolerance", "severity", "options",
        "hedges", "cues", "article-roots"}
LEVELS = ("error", "warning", "info")


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = None
    formats: tuple[str, ...] = ()
    out_dir: Path | None = None
    article_roots: tuple[Path, ...] = ()  # resolved against the configuration file's folder
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    hedges: dict[str, Hedge] = field(default_factory=dict)
    cues: dict[str, Cue] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """The nearest factlint.toml, or pyproject.toml with a [tool.factlint] table."""
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / "factlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.factlint[.\]]", pyproject.read_text(
                encoding="utf-8", errors="replace"), re.MULTILINE):
            return pyproject
    return None


def load_config(path: Path | None, formats: tuple[str, ...], rules: dict[str, Any]) -> Config:
    """Read and validate a configuration file; `formats` and `rules` (code -> Rule) say what is valid."""
    if path is None:
        return Config()
    table = _read_table(path)
    shown = str(path)
    where = "[tool.factlint]" if path.name == "pyproject.toml" else shown
    reader = _Reader(shown, where, path.read_text(encoding="utf-8"))
    reader.unknown(table, KEYS, where)
    config = Config(
        path=path,
        select=reader.codes(table, "select"),
        ignore=reader.codes(table, "ignore"),
        fail_on=reader.level(table.get("fail-on"), "fail-on") if "fail-on" in table else None,
        formats=reader.formats(table.get("format"), formats) if "format" in table else (),
        out_dir=reader.folder(table["out-dir"], path.parent, "out-dir") if "out-dir" in table else None,
        article_roots=reader.folders(table.get("article-roots", []), path.parent, "article-roots"),
        severities=reader.severities(table.get("severity", {}), rules),
        options=reader.options(table, rules),
        hedges=reader.hedges(table.get("hedges", {})),
        cues=reader.cues(table.get("cues", {})),
    )
    reader.raise_if_any()
    return config


_HEADER = re.compile(r"^\s*\[([^\[\]]+)\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*(\"[^\"]+\"|'[^']+'|[\w.-]+)\s*=")


def _key_lines(text: str, prefix: tuple[str, ...]) -> dict[tuple[str, ...], int]:
    """Where each table header and key is written: ("options", "CUR002", "window_days") -> line.
    Keys outside `prefix` (other tools' tables in pyproject.toml) are left out."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] | None = () if not prefix else None
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            parts = tuple(p.strip().strip("\"'") for p in re.findall(r"\"[^\"]+\"|'[^']+'|[^.]+", header[1]))
            table = parts[len(prefix):] if parts[:len(prefix)] == prefix else None
            if table:
                lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key and table is not None:
            lines.setdefault((*table, key[1].strip("\"'")), number)
    return lines


def _read_table(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(read_limited(path, CONFIG_BYTES, str(path)).decode("utf-8"))
    except RecursionError:  # tomllib recurses per nested array or table
        raise InputError.at(str(path), None, None, "invalid TOML: nested too deeply to read") from None
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        line, column = (int(match[1]), int(match[2])) if match else (None, None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise InputError.at(str(path), line, column, f"invalid TOML: {message}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError.at(str(path), None, None, f"cannot read configuration: {error}") from None
    if path.name == "pyproject.toml":
        return dict(data.get("tool", {}).get("factlint", {}))
    return dict(data)


MAX_WHOLE_OPTION = 10_000  # days, counts: beyond it date arithmetic overflows, and nothing needs more


def _option_problem(default: Any, value: Any) -> str | None:
    """What a rule option must be, judged by its default's type, when `value` is not that; else None."""
    if isinstance(default, bool):
        return None if isinstance(value, bool) else "true or false"
    if isinstance(default, int):
        whole = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_WHOLE_OPTION
        return None if whole else f"a whole number from 0 to {MAX_WHOLE_OPTION:,}"
    if isinstance(default, str) and _decimal(default) is not None:
        number = None if isinstance(value, bool) else _decimal(str(value))
        return None if number is not None and number >= 0 else "a number of 0 or more, e.g. 0.05"
    return None


def _decimal(text: str) -> Decimal | None:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class _Reader:
    """Validates the table, collecting every problem instead of stopping at the first."""

    def __init__(self, shown: str, where: str, text: str) -> None:
        self.shown = shown
        self.where = where
        self.lines = _key_lines(text, prefix=("tool", "factlint") if where.startswith("[tool") else ())
        self.problems: list[Problem] = []

    def problem(self, message: str, *key: str) -> None:
        """A problem at the line where `key` (a path of table and key names) is written."""
        path = tuple(key)
        while path and path not in self.lines:
            path = path[:-1]  # the nearest enclosing table that is written
        self.problems.append(Problem(self.shown, self.lines.get(path) if path else None, None,
                                     f"{self.where}: {message}"))

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems)

    def unknown(self, table: dict[str, Any], allowed: set[str], what: str) -> None:
        for key in table:
            if key not in allowed:
                self.problem(f"unknown key {key!r} in {what}: expected one of {', '.join(sorted(allowed))}", key)

    def codes(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key} must be a list of check codes or prefixes, e.g. [\"CUR\", \"ANC003\"]", key)
            return ()
        return tuple(v.strip().upper() for v in value if v.strip())

    def folders(self, value: Any, base: Path, key: str) -> tuple[Path, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() and "\x00" not in v
                                                  for v in value):
            self.problem(f"{key} must be a list of folders, e.g. [\"../archive\"]", key)
            return ()
        return tuple(base / v for v in value)

    def folder(self, value: Any, base: Path, key: str) -> Path | None:
        if not isinstance(value, str) or not value.strip() or "\x00" in value:
            self.problem(f"{key} must be a folder, e.g. \"reports\", got {value!r}", key)
            return None
        return base / value

    def level(self, value: Any, key: str) -> Severity | None:
        if value not in LEVELS:
            self.problem(f"{key} must be one of {', '.join(LEVELS)}, got {value!r}", *key.split("."))
            return None
        return Severity(value)

    def formats(self, value: Any, known: tuple[str, ...]) -> tuple[str, ...]:
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or any(n not in known for n in names):
            self.problem(f"format must be one of {', '.join(known)} (or a list of them), got {value!r}", "format")
            return ()
        return tuple(names)

    def severities(self, table: Any, rules: dict[str, Any]) -> dict[str, Severity]:
        if not isinstance(table, dict):
            self.problem("severity must be a table of CODE = \"error\" | \"warning\" | \"info\"", "severity")
            return {}
        result: dict[str, Severity] = {}
        for code, value in table.items():
            if code.upper() not in rules:
                self.problem(f"severity: unknown check {code!r} (`factlint rules` lists them)", "severity", code)
            elif (level := self.level(value, f"severity.{code}")) is not None:
                result[code.upper()] = level
        return result

    def options(self, table: dict[str, Any], rules: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        if "rate-tolerance" in table:
            result["CUR002"] = {"tolerance": self.decimal(table["rate-tolerance"], "rate-tolerance")}
        raw = table.get("options", {})
        if not isinstance(raw, dict):
            self.problem("options must be a table of tables: [options.CUR002] tolerance = 0.03", "options")
            return result
        for code, values in raw.items():
            rule = rules.get(code.upper())
            if rule is None or not isinstance(values, dict):
                self.problem(f"options: unknown check {code!r}, or not a table of option = value", "options", code)
                continue
            for name, value in values.items():
                if name not in rule.options:
                    known = ", ".join(rule.options) or "none"
                    self.problem(f"options.{code}: unknown option {name!r} (it has: {known})", "options", code, name)
                    continue
                expected = _option_problem(rule.options[name], value)
                if expected:
                    self.problem(f"options.{code}.{name} must be {expected}, got {value!r}", "options", code, name)
                    continue
                result.setdefault(code.upper(), {})[name] = str(value)
        return result

    def decimal(self, value: Any, key: str, *where: str) -> str:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = Decimal(-1)
        if isinstance(value, bool) or not number.is_finite() or not 0 <= number < 1:  # NaN compares by raising
            self.problem(f"{key} must be a fraction between 0 and 1 (0.02 is 2%), got {value!r}", *(where or (key,)))
            return "0"  # the problem is reported; what follows must still be able to read a number
        return str(value)

    def reach(self, value: Any, phrase: str) -> Decimal | None:
        """An open hedge's conventional reach: a positive number of steps, or "unbounded"."""
        if value == "unbounded":
            return None
        try:
            reach = Decimal(str(value))
        except InvalidOperation:
            reach = Decimal(0)
        if isinstance(value, bool) or not reach.is_finite() or reach <= 0:
            self.problem(f"hedges.{phrase}.reach must be a number of steps above 0 (of the figure's last "
                         f"written digit), or \"unbounded\", got {value!r}", "hedges", phrase)
            return OPEN_REACH
        return reach

    def cues(self, table: Any) -> dict[str, Cue]:
        if not isinstance(table, dict):
            self.problem("cues must be a table: \"all in all\" = { relation = \"sum\", role = \"total\", "
                         "weight = 3 }", "cues")
            return {}
        result: dict[str, Cue] = {}
        for phrase, spec in table.items():
            relation = spec.get("relation") if isinstance(spec, dict) else None
            roles = RELATIONS.get(relation) if isinstance(relation, str) else None  # a list is no key
            weight = spec.get("weight") if isinstance(spec, dict) else None
            if roles is None or spec.get("role") not in roles or set(spec) - {"relation", "role", "weight"} \
                    or isinstance(weight, bool) or weight not in (0, 1, 2, 3):
                choices = "; ".join(f"{relation}: {', '.join(r)}" for relation, r in RELATIONS.items())
                self.problem(f"cues.{phrase!r} must be {{ relation = ..., role = ..., weight = 0-3 }} with "
                             f"relation and role one of {choices} (weight 0 turns the cue off)", "cues", phrase)
                continue
            result[" ".join(phrase.lower().split())] = Cue(spec["relation"], spec["role"], weight)
        return result

    def hedges(self, table: Any) -> dict[str, Hedge]:
        if not isinstance(table, dict):
            self.problem("hedges must be a table: \"north of\" = { direction = \"above\" }", "hedges")
            return {}
        result: dict[str, Hedge] = {}
        directions = [d.value for d in Direction]
        for phrase, spec in table.items():
            if not isinstance(spec, dict) or spec.get("direction") not in directions or \
                    set(spec) - {"direction", "strict", "loose", "reach"}:
                self.problem(f"hedges.{phrase!r} must be {{ direction = one of {', '.join(directions)}, "
                             f"strict = 0.05, loose = 0.20 }} (margins for under and around), or for above "
                             f"and below {{ direction = ..., reach = 2 }} (steps of the last written digit, "
                             f"or \"unbounded\")", "hedges", phrase)
                continue
            strict = self.decimal(spec.get("strict", 0), f"hedges.{phrase}.strict", "hedges", phrase)
            loose = self.decimal(spec.get("loose", 0), f"hedges.{phrase}.loose", "hedges", phrase)
            name = " ".join(phrase.lower().split())
            result[name] = Hedge(name, Direction(spec["direction"]), Decimal(strict), Decimal(loose),
                                 self.reach(spec.get("reach", 1), phrase))
        return result
