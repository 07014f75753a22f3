"""Many files in one run: each checked on its own, an unreadable one set aside instead of stopping
the run, on one core or on a pool of processes, the results always in the order of the files.

A `Job` is everything a worker needs besides the paths; it travels with each batch, so it holds
only plain data: the configuration's hedges and cues are installed into each worker's process by
`prepare`.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from factlint.errors import InputError, Problem
from factlint.findings import Severity
from factlint.lint.pipeline import Overrides, check_files
from factlint.lint.report import Report
from factlint.lint.runner import Selection

if TYPE_CHECKING:
    from factlint.figures.hedges import Hedge
    from factlint.relations.cues import Cue

BATCH = 8  # files per task: enough to hide the cost of a round trip, few enough to balance the load
WINDOW = 4  # batches in flight per worker: the parent never holds more results than that


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


def batches(paths: Sequence[Path], workers: int) -> list[list[Path]]:
    """Up to BATCH files per batch; smaller for a short run, so that every worker gets a share."""
    size = max(1, min(BATCH, len(paths) // (workers * WINDOW)))
    return [list(paths[i:i + size]) for i in range(0, len(paths), size)]


def default_jobs() -> int:
    """The CPUs this process may run on (a container's share, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_local(paths: Sequence[Path], job: Job, jobs: int = 1, start_method: str | None = None
              ) -> Iterator[Checked]:
    """Every file's outcome in the order of `paths`: in this process, or on `jobs` processes
    (started the platform's way unless `start_method` says: fork, forkserver or spawn)."""
    if jobs <= 1 or len(paths) <= 1 or _daemonic():
        return (check_path(path, job) for path in paths)
    return _run_pool(paths, job, jobs, start_method)


def _daemonic() -> bool:
    """Inside a daemon process (a multiprocessing or Dask worker calling factlint), which may not
    start processes of its own: the files are checked in this one instead."""
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _run_pool(paths: Sequence[Path], job: Job, jobs: int, start_method: str | None) -> Iterator[Checked]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Each worker imports factlint once (the initializer), then serves batches for the whole run.
    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=prepare, initargs=(job,)) as pool:
        try:
            for results in in_order(batches(paths, jobs), lambda batch: pool.submit(check_batch, batch, job),
                                    window=WINDOW * jobs):
                yield from results
        finally:  # stopped early (an error, Ctrl-C, a closed pipe): drop what has not started
            pool.shutdown(wait=True, cancel_futures=True)


class Pending(Protocol):
    """What `in_order` needs of a future: concurrent.futures' and Dask's both qualify."""

    def result(self) -> list[Checked]: ...


def in_order(items: Iterable[list[Path]], submit: Callable[[list[Path]], Pending], window: int
             ) -> Iterator[list[Checked]]:
    """Submit items as earlier ones finish, at most `window` at a time, and yield their results in
    the order submitted: a million files never become a million pending futures."""
    pending: deque[Pending] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@dataclass
class Tally:
    """The run summary, counted as results stream past (of them, only the unreadable are kept)."""

    articles: int = 0  # checked
    with_findings: int = 0
    skipped: int = 0  # already in the results being resumed
    failed: list[Checked] = field(default_factory=list)  # unreadable: listed at the end of the run
    by_code: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    found: int = 0  # figures extraction found, over every article
    recorded: int = 0
    cross_checked: int = 0
    seconds: float = 0.0

    def add(self, checked: Checked) -> None:
        if checked.report is None:
            self.failed.append(checked)
            return
        findings = checked.report.findings
        self.articles += 1
        self.with_findings += bool(findings)
        self.by_code.update(f.code for f in findings)
        self.by_severity.update(f.severity.value for f in findings)
        for coverage in checked.report.coverage:
            self.found += coverage.found
            self.recorded += coverage.recorded
            self.cross_checked += coverage.cross_checked

    @property
    def unreadable(self) -> int:
        return len(self.failed)

    @property
    def findings(self) -> int:
        return sum(self.by_code.values())

    @property
    def rate(self) -> float:
        """Articles per second (0 when too quick to measure)."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def worst(self) -> Severity | None:
        present = [Severity(name) for name in self.by_severity]
        return max(present, key=lambda s: s.rank) if present else None
