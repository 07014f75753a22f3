"""The `check` command from settings to exit code: configuration merged with the command line,
the files to check, a progress bar on a terminal, and the reports written where they belong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factlint.findings import Finding, Severity
from factlint.lint.config import Config, find_config, load_config
from factlint.lint.report import Report
from factlint.lint.runner import codes
from factlint.reporters import FORMATS, STREAMING

if TYPE_CHECKING:  # `factlint l10n` imports this module too: the run's machinery is imported by `run`
    from factlint.lint.batch import Checked, Tally

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
DEFAULT_OUT_DIR = Path("reports")
# One file per checked file and format in --out-dir: reports/<name><suffix>.
SUFFIXES = {"text": ".txt", "concise": ".concise.txt", "json": ".json", "sarif": ".sarif",
            "junit": ".junit.xml", "github": ".github.txt", "markdown": ".md", "html": ".html"}
PROGRESS_FROM = 2  # files: a bar below that would only flicker


@dataclass(frozen=True)
class Settings:
    """Everything one `check` run needs, the command line having won over the configuration."""

    paths: tuple[Path, ...]
    claims_dir: Path
    formats: tuple[str, ...]
    output: Path | None
    out_dir: Path | None
    fail_on: Severity
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    config: Config
    published: dt.date | None = None
    locale: str | None = None
    use_claims: bool = False
    changed_only: bool = False
    base: str = "origin/main"
    article_roots: tuple[Path, ...] = ()  # --article-root, besides the project root and the configuration's
    jobs: int | None = None  # processes; None: one per CPU
    resume: Path | None = None  # a jsonl results file: its files are not checked again
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # the Dask scheduler; None: a LocalCluster

    @classmethod
    def from_args(cls, args: argparse.Namespace, claims_dir: Path) -> Settings:
        config = _config(args)
        formats = args.format or config.formats or ("text",)
        _check_combination(args, formats)
        out_dir = args.out_dir
        if out_dir is None and not args.output and len(formats) > 1:
            out_dir = config.out_dir or DEFAULT_OUT_DIR
        return cls(
            paths=tuple(args.paths), claims_dir=claims_dir, formats=formats, output=args.output,
            out_dir=out_dir,
            fail_on=Severity(args.fail_on) if args.fail_on else (config.fail_on or Severity.WARNING),
            select=codes(args.select) or config.select, ignore=codes(args.ignore) + config.ignore,
            config=config, published=args.published, locale=args.locale, use_claims=args.use_claims,
            changed_only=args.changed_only, base=args.base, article_roots=tuple(args.article_root),
            jobs=args.jobs, resume=args.resume, engine=args.engine, scheduler=args.scheduler)

    @property
    def streaming(self) -> bool:
        return self.formats == STREAMING

    @property
    def engine_name(self) -> str:
        return f"dask {self.scheduler}" if self.scheduler else self.engine


def _check_combination(args: argparse.Namespace, formats: tuple[str, ...]) -> None:
    from factlint.errors import InputError

    def refuse(where: str, message: str) -> None:
        raise InputError.at(where, None, None, message)

    if args.output and len(formats) > 1:
        refuse(str(args.output), "--output takes one format; use --out-dir for several")
    if set(formats) & set(STREAMING) and formats != STREAMING:
        refuse("--format", "jsonl is streamed as files are checked: it cannot be combined with other formats")
    if formats == STREAMING and args.out_dir:
        refuse("--out-dir", "jsonl is one stream for the whole run: use --output FILE or stdout")
    if args.scheduler and args.engine != "dask":
        refuse("--scheduler", "--scheduler names a Dask scheduler: add --engine dask")
    if args.resume and formats != STREAMING:
        refuse("--resume", "--resume reads and continues a --format jsonl run: add --format jsonl")


def _config(args: argparse.Namespace) -> Config:
    from factlint.lint.runner import all_rules

    if args.isolated:
        return Config()
    path = args.config or find_config(Path.cwd())
    if args.config is not None and not args.config.is_file():
        from factlint.errors import InputError

        raise InputError.at(str(args.config), None, None, "configuration file not found")
    return load_config(path, FORMATS, {rule.code: rule for rule in all_rules()})


def run(settings: Settings) -> int:
    from factlint.lint.batch import Tally, default_jobs

    _configure(settings.config)
    paths = _paths(settings)
    if not paths:
        print(f"factlint: nothing changed since {settings.base}: no file to check", file=sys.stderr)
        return EXIT_CLEAN
    tally = Tally()
    if settings.resume:
        paths, tally.skipped = _not_done(paths, settings.resume)
    jobs = settings.jobs or default_jobs()
    results = _results(settings, paths, jobs)
    if settings.streaming:
        _stream(settings, results, tally, len(paths), jobs)
    else:
        _collect(settings, results, tally, len(paths), jobs)
    return _finish(tally, settings.fail_on)


def _paths(settings: Settings) -> list[Path]:
    from factlint.lint import discovery as targets

    paths = targets.expand(settings.paths, settings.claims_dir)
    if settings.use_claims:
        paths = targets.use_claims(paths, settings.claims_dir)
    if settings.changed_only:
        paths = targets.only_changed(paths, targets.changed_since(settings.base, Path.cwd()))
    return paths


def _not_done(paths: Sequence[Path], results: Path) -> tuple[list[Path], int]:
    """The files a results file has not checked yet, and how many it has."""
    from factlint.lint.results import done, key, read_results

    cwd = Path.cwd()
    records = read_results(results, missing_ok=True)
    if records.bad_lines:
        print(f"{results}:{records.bad_lines[0]}: {len(records.bad_lines)} line(s) that are not results "
              f"passed over (a run cut short leaves its last line half written)", file=sys.stderr)
    finished = done(records, cwd)
    left = [path for path in paths if key(path, cwd) not in finished]
    return left, len(paths) - len(left)


def _results(settings: Settings, paths: Sequence[Path], jobs: int) -> Iterator[Checked]:
    from factlint.lint.batch import Job, run_local
    from factlint.lint.pipeline import Overrides
    from factlint.lint.roots import article_roots
    from factlint.lint.runner import Selection

    config = settings.config
    job = Job(selection=Selection(select=settings.select, ignore=settings.ignore,
                                  severities=config.severities, options=config.options),
              overrides=Overrides(published=settings.published, locale=settings.locale),
              roots=article_roots(config.path, config.article_roots, settings.article_roots, Path.cwd()),
              cwd=Path.cwd(), hedges=config.hedges, cues=config.cues, lean=settings.streaming)
    if settings.engine == "dask":
        from factlint.lint.cluster import run_dask

        return run_dask(paths, job, scheduler=settings.scheduler, workers=jobs)
    return run_local(paths, job, jobs)


def _collect(settings: Settings, results: Iterator[Checked], tally: Tally, total: int, jobs: int) -> None:
    """Every file's report kept, then written in the chosen formats as for one file; a text report
    of several files ends with the run's summary."""
    from factlint.reporters.text import render_run

    checked, reports = [], []
    started = time.perf_counter()
    with progress(total) as advance:
        for outcome in results:
            advance(outcome.path)
            tally.add(outcome)
            if outcome.report is not None:
                checked.append(outcome.path)
                reports.append(outcome.report)
    tally.seconds = time.perf_counter() - started
    summary = ("\n" + render_run(tally, jobs=jobs, engine=settings.engine_name)
               if settings.formats == ("text",) and total > 1 and reports else "")
    if reports:
        write_reports(settings, checked, reports, trailer=summary)


def _stream(settings: Settings, results: Iterator[Checked], tally: Tally, total: int, jobs: int) -> None:
    """Each file's lines written and flushed as soon as it is done, nothing of it kept; the run's
    summary last."""
    from factlint.reporters.jsonl import render_checked, render_summary

    started = time.perf_counter()
    with _stream_to(settings) as out, progress(total) as advance:
        for outcome in results:
            advance(outcome.path)
            tally.add(outcome)
            out.write(render_checked(outcome))
            out.flush()
        tally.seconds = time.perf_counter() - started
        out.write(render_summary(tally, jobs=jobs, engine=settings.engine_name))


@contextmanager
def _stream_to(settings: Settings) -> Iterator[TextIO]:
    """stdout, or --output; appended to when it is the file being resumed, after the half-written
    line an interrupted run may have left."""
    if settings.output is None:
        yield sys.stdout
        return
    target = settings.output
    resuming = settings.resume is not None and target.exists() and target.resolve() == settings.resume.resolve()
    try:
        handle = target.open("a" if resuming else "w", encoding="utf-8")
    except OSError as error:
        from factlint.errors import InputError

        raise InputError.at(str(target), None, None, f"cannot write: {error.strerror}") from None
    with handle:
        if resuming and handle.tell() and not _ends_with_newline(target):
            handle.write("\n")
        yield handle


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1) == b"\n"


def _configure(config: Config) -> None:
    """The configuration's hedges and cues, for this process (workers get them from the `Job`)."""
    from factlint.figures.hedges import configure
    from factlint.relations import cues

    configure(config.hedges)
    cues.configure(config.cues)


def _finish(tally: Tally, fail_on: Severity) -> int:
    """Unreadable files listed last, on stderr; 2 when nothing could be checked, and an unreadable
    file fails the run like an error would (a broken claims file must not pass CI)."""
    for outcome in tally.failed:
        for problem in outcome.problems:
            print(f"{problem}", file=sys.stderr)
    if tally.failed and not tally.articles:
        return EXIT_INPUT
    if tally.failed:
        print(f"factlint: {tally.unreadable} file(s) could not be checked (listed above); "
              f"{tally.articles} were", file=sys.stderr)
        return EXIT_FINDINGS
    worst = tally.worst()
    return EXIT_FINDINGS if worst is not None and worst >= fail_on else EXIT_CLEAN


def exit_code(findings: Sequence[Finding], fail_on: Severity) -> int:
    """1 when a finding is at or above the fail level, else 0."""
    return EXIT_FINDINGS if any(f.severity >= fail_on for f in findings) else EXIT_CLEAN


def emit(output: str, path: Path | None) -> None:
    """A report to its --output file, or to stdout."""
    if path:
        from factlint.cli.output import write_report

        write_report(path, output)
    else:
        sys.stdout.write(output)


@contextmanager
def progress(total: int) -> Iterator[Callable[[Path], None]]:
    """A rich progress bar on stderr when it is a terminal and there are several files; else nothing."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield lambda path: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=total)
        yield lambda path: bar.update(task, advance=1, description=str(path))


def write_reports(settings: Settings, paths: Sequence[Path], reports: Sequence[Report], trailer: str = "") -> None:
    """One report to stdout or --output; or, with --out-dir, one file per checked file and format."""
    from factlint.cli.output import make_folder, write_report
    from factlint.reporters import reporter

    if settings.out_dir is not None:
        make_folder(settings.out_dir)
        for base, report in zip(report_names(paths), reports, strict=True):
            for name in settings.formats:
                target = settings.out_dir / f"{base}{SUFFIXES[name]}"
                write_report(target, reporter(name)(report))
        return
    emit(reporter(settings.formats[0])(merge(reports)) + trailer, settings.output)


def report_names(paths: Sequence[Path]) -> list[str]:
    """Each checked file's report name: its stem, or folder_stem where stems repeat, so that
    claims/x.yaml and seeds/x.txt never overwrite each other's reports."""
    stems = Counter(path.stem for path in paths)
    names = [path.stem if stems[path.stem] == 1 else f"{path.parent.name or 'root'}_{path.stem}"
             for path in paths]
    seen: Counter[str] = Counter()
    unique = []
    for name in names:
        seen[name] += 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique


def merge(reports: Sequence[Report]) -> Report:
    """One report of several runs, as if the files had been checked together."""
    if len(reports) == 1:
        return reports[0]
    findings = sorted((f for r in reports for f in r.findings), key=Finding.sort_key)
    first = reports[0] if reports else Report([], [], 0, 0, {})
    return replace(
        first, findings=findings, files=[f for r in reports for f in r.files],
        claims=sum(r.claims for r in reports), relations=sum(r.relations for r in reports),
        articles={k: v for r in reports for k, v in r.articles.items()},
        coverage=tuple(c for r in reports for c in r.coverage),
        documents=tuple(d for r in reports for d in r.documents),
        suppressed=sum(r.suppressed for r in reports))
