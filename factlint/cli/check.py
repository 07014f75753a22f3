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

from factlint.findings import Finding, Severity
from factlint.lint.config import Config, find_config, load_config
from factlint.lint.report import Report
from factlint.lint.runner import codes
from factlint.reporters import FORMATS

EXIT_CLEAN, EXIT_FINDINGS = 0, 1
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
            changed_only=args.changed_only, base=args.base, article_roots=tuple(args.article_root))


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
    from factlint.figures.hedges import configure
    from factlint.lint import discovery as targets
    from factlint.lint.pipeline import Overrides, check_files
    from factlint.lint.roots import article_roots
    from factlint.lint.runner import Selection
    from factlint.relations import cues

    configure(settings.config.hedges)
    cues.configure(settings.config.cues)
    paths = targets.expand(settings.paths, settings.claims_dir)
    if settings.use_claims:
        paths = targets.use_claims(paths, settings.claims_dir)
    if settings.changed_only:
        paths = targets.only_changed(paths, targets.changed_since(settings.base, Path.cwd()))
    selection = Selection(select=settings.select, ignore=settings.ignore,
                          severities=settings.config.severities, options=settings.config.options)
    overrides = Overrides(published=settings.published, locale=settings.locale)
    if not paths:
        print(f"factlint: nothing changed since {settings.base}: no file to check", file=sys.stderr)
        return EXIT_CLEAN
    roots = article_roots(settings.config.path, settings.config.article_roots, settings.article_roots, Path.cwd())
    with progress(len(paths)) as advance:
        reports = [check_files([path], selection, overrides, roots) for path in _each(paths, advance)]
    write_reports(settings, paths, reports)
    return exit_code([f for r in reports for f in r.findings], settings.fail_on)


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


def _each(paths: Sequence[Path], advance: Callable[[Path], None]) -> Iterator[Path]:
    for path in paths:
        yield path
        advance(path)


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
    from factlint.cli.output import make_folder, write_report
    from factlint.reporters import reporter

    if settings.out_dir is not None:
        make_folder(settings.out_dir)
        for base, report in zip(report_names(paths), reports, strict=True):
            for name in settings.formats:
                target = settings.out_dir / f"{base}{SUFFIXES[name]}"
                write_report(target, reporter(name)(report))
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
