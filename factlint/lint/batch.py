"""Many files in one run: each checked on its own, an unreadable one set aside instead of stopping
the run, on one core or on a pool of processes, the results always in the order of the files.

A `Job` is everything a worker needs besides the paths; it is pickled once per worker (or per
batch, on Dask), so it holds only plain data: the configuration's hedges and cues are installed
into each worker's process by `prepare`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.errors import InputError, Problem
from factlint.lint.pipeline import Overrides, check_files
from factlint.lint.report import Report
from factlint.lint.runner import Selection

if TYPE_CHECKING:
    from factlint.figures.hedges import Hedge
    from factlint.relations.cues import Cue


@dataclass(frozen=True)
class Job:
    """What checking one file needs besides its path; plain data, so that it pickles."""

    selection: Selection = field(default_factory=Selection)
    overrides: Overrides = field(default_factory=Overrides)
    roots: tuple[Path, ...] | None = None  # where claims files may read articles (None: the project root)
    cwd: Path = field(default_factory=Path.cwd)  # paths are relative to it, and shown relative to it
    hedges: dict[str, Hedge] = field(default_factory=dict)
    cues: dict[str, Cue] = field(default_factory=dict)
    lean: bool = False  # keep only findings and coverage: what a streamed format writes


@dataclass(frozen=True)
class Checked:
    """One file's outcome: its report, or the problems that kept it from being checked."""

    path: Path
    report: Report | None
    problems: tuple[Problem, ...] = ()


def prepare(job: Job) -> None:
    """Put a worker process in the state the parent's run is in: its folder and its configuration.
    Both are process-wide, which is why a worker serves one run at a time."""
    from factlint.figures.hedges import configure
    from factlint.relations import cues

    if Path.cwd() != job.cwd:
        try:
            os.chdir(job.cwd)
        except OSError as error:
            raise InputError.at(str(job.cwd), None, None, f"cannot enter the run's folder on this worker "
                                                          f"({error.strerror}): the files must be at the "
                                                          f"same path on every machine") from None
    configure(job.hedges)
    cues.configure(job.cues)


def check_path(path: Path, job: Job) -> Checked:
    """One file checked; an input error is kept as its outcome, never raised."""
    try:
        report = check_files([path], job.selection, job.overrides, job.roots)
    except InputError as error:
        return Checked(path, None, tuple(error.problems))
    if job.lean:
        report = replace(report, articles={}, documents=())
    return Checked(path, report)


def check_batch(paths: Sequence[Path], job: Job) -> list[Checked]:
    return [check_path(path, job) for path in paths]


def run_local(paths: Sequence[Path], job: Job) -> Iterator[Checked]:
    """Every file's outcome, in the order of `paths`."""
    return (check_path(path, job) for path in paths)
