"""The limits on input size, as data: what factlint refuses, and why each number is where it is.

factlint runs in CI on files from people a newsroom does not control. Each limit is far above any
real article or claims file (the seed article is 17 kB with 85 figures; its claims file 20 kB with
86 claims) and low enough that the largest input it lets through is checked in bounded time and
memory (benchmarks/bench_limits.py measures both; README "Reliability and security"). Over a
limit, the input is refused with an input error that names the limit, before the work starts.
Files are read only up to their limit, so even /dev/zero is refused rather than read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factlint.errors import InputError


@dataclass(frozen=True)
class Limit:
    name: str  # as messages and the README name it
    value: int
    unit: str
    reason: str


ARTICLE_BYTES = Limit("article-bytes", 1 << 20, "bytes",
                      "an article, or a translation's source or target text, of 1 MiB is a book chapter")
CLAIMS_BYTES = Limit("claims-file-bytes", 4 << 20, "bytes", "a claims file of 4 MiB records some 15,000 claims")
TRANSLATION_BYTES = Limit("translation-file-bytes", 16 << 20, "bytes",
                          "an XLIFF or PO file of 16 MiB holds a whole newsroom's week")
CONFIG_BYTES = Limit("configuration-bytes", 1 << 20, "bytes", "a configuration file is a few hundred bytes")
CLAIMS = Limit("claims", 10_000, "claims", "no article has 10,000 figures to record")
DRAFT_FIGURES = Limit("figures-to-draft", 2_000, "figures",
                      "drafting relates figures pairwise, and 2,000 is a data table, not an article; "
                      "factlint extract has no such limit")
YAML_NODES = Limit("yaml-nodes", 200_000, "YAML nodes", "a claims file at its claims limit has some 100,000")
YAML_DEPTH = Limit("yaml-depth", 64, "levels of nesting", "a claims file nests 5 levels deep; deeper input "
                                                          "would overflow the YAML composer's stack")

LIMITS = (ARTICLE_BYTES, CLAIMS_BYTES, TRANSLATION_BYTES, CONFIG_BYTES, CLAIMS, DRAFT_FIGURES, YAML_NODES, YAML_DEPTH)


def refuse(limit: Limit, path: str, line: int | None = None, column: int | None = None,
           found: str | None = None) -> InputError:
    """The input error for input over `limit`: what was found, the limit by name, and why."""
    what = f"{found}: " if found else ""
    return InputError.at(path, line, column, f"{what}more than the limit of {limit.value:,} {limit.unit} "
                                             f"({limit.name}: {limit.reason})")


def check_yaml_shape(events: Iterable[Any], path: str, first_line: int = 1) -> None:
    """Refuse YAML nested deeper than YAML_DEPTH or with more than YAML_NODES nodes, from the parser's
    event stream, before a composer builds the tree (recursively: deep input would overflow its stack)."""
    depth = nodes = 0
    for event in events:
        kind = type(event).__name__
        if kind in ("MappingStartEvent", "SequenceStartEvent"):
            depth += 1
            if depth > YAML_DEPTH.value:
                mark = event.start_mark
                raise refuse(YAML_DEPTH, path, mark.line + first_line, mark.column + 1)
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            depth -= 1
        if kind in ("MappingStartEvent", "SequenceStartEvent", "ScalarEvent", "AliasEvent"):
            nodes += 1
            if nodes > YAML_NODES.value:
                raise refuse(YAML_NODES, path, event.start_mark.line + first_line)


def read_limited(path: Path, limit: Limit, shown: str) -> bytes:
    """The file's bytes, refused once it is over `limit` without reading the rest.

    Raises OSError as `Path.read_bytes` does; the callers say what each one means.
    """
    with path.open("rb") as stream:
        data = stream.read(limit.value + 1)
        size = os.fstat(stream.fileno())
    if len(data) > limit.value:  # a regular file's size is known; a device's or a pipe's is not
        raise refuse(limit, shown, found=f"{size.st_size:,} bytes" if stat.S_ISREG(size.st_mode) else None)
    return data
