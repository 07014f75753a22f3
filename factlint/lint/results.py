"""Reading back a `--format jsonl` results file: which files it has done (`--resume`) and how
often each problem occurs across its articles (`prevalence`, for `factlint report summary`).

Each line is one record: `finding`, `article` (one per checked file, after its findings), `error`
(a file that could not be read) or `summary` (the last line of a run). A run cut short may leave
a last line half written, and a resumed run appends after it: lines that are not records are
skipped and counted, never fatal, unless the file holds no record at all.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factlint.errors import InputError

RECORDS = ("finding", "article", "error", "summary")


@dataclass
class Records:
    """The article records of a results file, one per file (a later one wins), and what was skipped."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)  # files that could not be checked, not since
    bad_lines: list[int] = field(default_factory=list)


def read_results(path: Path, *, missing_ok: bool = False) -> Records:
    """Every article record of a jsonl results file; an unreadable file, or one with no record,
    is an input error at its path."""
    records = Records()
    if missing_ok and not path.exists():
        return records
    seen = 0
    for number, record in _lines(path):
        if record is None:
            records.bad_lines.append(number)
            continue
        seen += 1
        if record["record"] == "article":
            records.articles[record["path"]] = record
            records.unreadable.discard(record["path"])
        elif record["record"] == "error":
            records.unreadable.add(record["path"])
            records.articles.pop(record["path"], None)
    if not seen and not (missing_ok and not records.bad_lines):
        raise InputError.at(str(path), None, None, "no factlint results in it: expected the lines "
                                                   "`factlint check --format jsonl` writes")
    return records


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any] | None]]:
    """(line number, record or None) for each non-blank line, read as a stream."""
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError.at(str(path), None, None, "results file not found") from None
    except OSError as error:
        raise InputError.at(str(path), None, None, f"cannot read: {error.strerror}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, _record(line)
        except UnicodeDecodeError as error:
            raise InputError.at(str(path), None, None, f"not UTF-8 text ({error.reason})") from None


def _record(line: str) -> dict[str, Any] | None:
    """A record of the shape factlint writes, else None (a half-written line, someone else's JSON)."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(value, dict) or value.get("record") not in RECORDS:
        return None
    if value["record"] in ("article", "error") and not isinstance(value.get("path"), str):
        return None
    if value["record"] == "article" and not _counts(value):
        return None
    return value


def _counts(record: dict[str, Any]) -> bool:
    codes = record.get("codes")
    return (isinstance(codes, dict) and all(isinstance(n, int) for n in codes.values())
            and all(isinstance(record.get(k), int) for k in ("findings", "error", "warning", "info")))


def key(path: Path | str, cwd: Path) -> str:
    """A file's identity across runs from one folder: `./a/x.txt` and `a/x.txt` are one file."""
    return os.path.normpath(os.path.join(cwd, path))


def done(records: Records, cwd: Path) -> set[str]:
    """The files a results file has checked, as `key`s."""
    return {key(path, cwd) for path in records.articles}


@dataclass(frozen=True)
class Prevalence:
    """How many articles have each kind of problem: the table a study of an archive reports."""

    articles: int  # checked
    unreadable: int  # could not be checked
    any_finding: tuple[int, int]  # (articles with at least one finding, findings)
    by_severity: dict[str, tuple[int, int]]  # error, warning, info -> (articles with one, findings)
    by_code: dict[str, tuple[int, int]]  # most widespread first


def prevalence(records: Records) -> Prevalence:
    """Counted from the article records alone: one per file, however often it was resumed."""
    articles = list(records.articles.values())
    by_severity = {level: (sum(1 for r in articles if r[level]), sum(r[level] for r in articles))
                   for level in ("error", "warning", "info")}
    with_code: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    for record in articles:
        with_code.update(code for code, n in record["codes"].items() if n)
        findings.update(record["codes"])
    ordered = sorted(with_code, key=lambda code: (-with_code[code], code))
    return Prevalence(
        articles=len(articles), unreadable=len(records.unreadable),
        any_finding=(sum(1 for r in articles if r["findings"]), sum(r["findings"] for r in articles)),
        by_severity=by_severity, by_code={code: (with_code[code], findings[code]) for code in ordered})
