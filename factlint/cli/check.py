"""The `check` command from settings to exit code: configuration merged with the command line,
the files to check, a progress bar on a terminal, and the reports written where they belong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.findings import Finding, Severity
from factlint.lint.config import Config, find_config, load_config
from factlint.lint.report import Report
from factlint.lint.runner import codes
from factlint.reporters import FORMATS

if TYPE_CHECKING:
    from factlint.lint.batch import Checked

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

    @classmethod
    def from_args(cls, args: argparse.Namespace, claims_dir: Path) -> Settings:
        config = _config(args)
        formats = args.format or config.formats or ("text",)
        if args.output and len(formats) > 1:
            from factlint.errors import InputError

            raise InputError.at(str(args.output), None, None,
                                "--output takes one format; use --out-dir for several")
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
            jobs=args.jobs)


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
    from factlint.lint import discovery as targets
    from factlint.lint.batch import Job, default_jobs, run_local
    from factlint.lint.pipeline import Overrides
    from factlint.lint.roots import article_roots
    from factlint.lint.runner import Selection

    _configure(settings.config)
    paths = targets.expand(settings.paths, settings.claims_dir)
    if settings.use_claims:
        paths = targets.use_claims(paths, settings.claims_dir)
    if settings.changed_only:
        paths = targets.only_changed(paths, targets.changed_since(settings.base, Path.cwd()))
    if not paths:
        print(f"factlint: nothing changed since {settings.base}: no file to check", file=sys.stderr)
        return EXIT_CLEAN
    job = Job(selection=Selection(select=settings.select, ignore=settings.ignore,
                                  severities=settings.config.severities, options=settings.config.options),
              overrides=Overrides(published=settings.published, locale=settings.locale),
              roots=article_roots(settings.config.path, settings.config.article_roots, settings.article_roots,
                                  Path.cwd()),
              cwd=Path.cwd(), hedges=settings.config.hedges, cues=settings.config.cues)
    checked, reports, unreadable = [], [], []
    with progress(len(paths)) as advance:
        for outcome in run_local(paths, job, settings.jobs or default_jobs()):
            advance(outcome.path)
            if outcome.report is None:
                unreadable.append(outcome)
            else:
                checked.append(outcome.path)
                reports.append(outcome.report)
    if reports:
        write_reports(settings, checked, reports)
    return _finish(reports, unreadable, settings.fail_on)


def _configure(config: Config) -> None:
    """The configuration's hedges and cues, for this process (workers get them from the `Job`)."""
    from factlint.figures.hedges import configure
    from factlint.relations import cues

    configure(config.hedges)
    cues.configure(config.cues)


def _finish(reports: Sequence[Report], unreadable: Sequence[Checked], fail_on: Severity) -> int:
    """Unreadable files listed last, on stderr; 2 when nothing could be checked, and an unreadable
    file fails the run like an error would (a broken claims file must not pass CI)."""
    for outcome in unreadable:
        for problem in outcome.problems:
            print(f"{problem}", file=sys.stderr)
    if not reports:
        return EXIT_INPUT
    if unreadable:
        checked = sum(len(r.files) for r in reports)
        print(f"factlint: {len(unreadable)} file(s) could not be checked (listed above); "
              f"{checked} were", file=sys.stderr)
        return EXIT_FINDINGS
    return exit_code([f for r in reports for f in r.findings], fail_on)


def exit_code(findings: Sequence[Finding], fail_on: Severity) -> int:
    """1 when a finding is at or above the fail level, else 0."""
    return EXIT_FINDINGS if any(f.severity >= fail_on for f in findings) else EXIT_CLEAN


def emit(output: str, path: Path | None) -> None:
    """A report to its --output file, or to stdout."""
    if path:
        path.write_text(output, encoding="utf-8")
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


def write_reports(settings: Settings, paths: Sequence[Path], reports: Sequence[Report]) -> None:
    """One report to stdout or --output; or, with --out-dir, one file per checked file and format."""
    from factlint.reporters import reporter

    if settings.out_dir is not None:
        settings.out_dir.mkdir(parents=True, exist_ok=True)
        for base, report in zip(report_names(paths), reports, strict=True):
            for name in settings.formats:
                target = settings.out_dir / f"{base}{SUFFIXES[name]}"
                target.write_text(reporter(name)(report), encoding="utf-8")
        return
    emit(reporter(settings.formats[0])(merge(reports)), settings.output)


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
