"""The `factlint` command: check, sync, init, extract, l10n, report, rule, rules.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or input error. Heavy
modules are imported inside the commands that need them, so start-up stays cheap.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from factlint.errors import InputError
from factlint.reporters import FORMATS, STREAMING

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
DEFAULT_DIR = Path("claims")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factlint", description="Check that an article's figures agree with each other.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check", help="check claims files, or articles with no claims file (default: claims/)")
    check.add_argument("paths", nargs="*", type=Path,
                       help="claims files (.yaml), folders of them, or articles (.txt, .md) to check "
                            "with drafted claims")
    check.add_argument("--published", type=_date, help="publication date of articles checked "
                                                        "without a claims file (YYYY-MM-DD)")
    check.add_argument("--locale", help="locale of articles checked without a claims file")
    check.add_argument("--format", type=_formats, metavar="FORMAT[,FORMAT...]",
                       help=f"one or more of {', '.join(FORMATS)}, or jsonl alone (one line per finding, "
                            f"streamed) (default: text, or the configuration's)")
    check.add_argument("--output", type=Path, help="write the report here instead of stdout")
    check.add_argument("--out-dir", type=Path, help="write one report per checked file and format here "
                                                    "(the default folder for several formats: reports/)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"),
                       help="lowest severity that makes the exit code 1 (default: warning)")
    check.add_argument("--select", default="", help="comma-separated codes or prefixes to run")
    check.add_argument("--ignore", default="", help="comma-separated codes or prefixes to skip")
    check.add_argument("--config", type=Path, help="configuration file (default: the nearest "
                                                   "factlint.toml, or pyproject.toml with [tool.factlint])")
    check.add_argument("--isolated", action="store_true", help="ignore configuration files")
    check.add_argument("--use-claims", action="store_true",
                       help="check an article through the claims file in claims/ that records it")
    check.add_argument("--changed-only", action="store_true",
                       help="only claims files and articles changed since --base (git)")
    check.add_argument("--base", default="origin/main", help="git ref for --changed-only (default: origin/main)")
    check.add_argument("--article-root", type=Path, action="append", default=[], metavar="DIR",
                       help="a folder outside the project that claims files may read articles from "
                            "(repeatable; the project root is always allowed)")
    check.add_argument("--jobs", type=_positive, metavar="N",
                       help="check N files at a time, on N processes (default: the number of CPUs)")
    check.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: this machine's processes (--jobs); dask: a Dask cluster "
                            "(pip install 'factlint[dask]')")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask, the scheduler, e.g. tcp://HOST:8786 (default: a local "
                            "cluster of --jobs workers)")
    check.add_argument("--resume", type=Path, metavar="FILE.jsonl",
                       help="skip the files this --format jsonl results file has already checked "
                            "(appended to when it is also --output)")

    sync = commands.add_parser("sync", help="re-anchor quotes after the article was edited")
    sync.add_argument("claims", type=Path, help="the claims file")
    sync.add_argument("--write", action="store_true", help="write the changes (default: show a diff)")
    sync.add_argument("--article-root", type=Path, action="append", default=[], metavar="DIR",
                      help="a folder outside the project the article may be read from (repeatable)")

    init = commands.add_parser("init", help="draft a claims file for an article")
    init.add_argument("article", type=Path, help="the article (text or Markdown)")
    init.add_argument("--output", type=Path,
                      help="where to write it (default: claims/<article name>.yaml)")
    init.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD)")
    init.add_argument("--locale", help="the article's locale, e.g. en")

    extract = commands.add_parser("extract", help="list every figure an article writes")
    extract.add_argument("article", type=Path, help="the article (text or Markdown)")
    extract.add_argument("--format", default="text", choices=("text", "json", "yaml"))

    l10n = commands.add_parser("l10n", help="check that every figure survives a translation")
    l10n.add_argument("translation", nargs="?", type=Path, help="an XLIFF (1.2, 2.0) or PO file")
    l10n.add_argument("--source", type=Path, help="the source text file")
    l10n.add_argument("--target", type=Path, help="the translated text file")
    l10n.add_argument("--source-text", help="one source segment, as a CAT tool passes it")
    l10n.add_argument("--target-text", help="its translation")
    l10n.add_argument("--source-locale", help="default: en (or the file's own)")
    l10n.add_argument("--target-locale", help="de, fr, es, it, pt_BR, pt_PT, zh_Hans, zh_Hant, ja, ko, hi, "
                                              "en_IN ... (default: the file's own)")
    l10n.add_argument("--format", default="text", choices=FORMATS)
    l10n.add_argument("--output", type=Path, help="write the report here instead of stdout")
    l10n.add_argument("--fail-on", default="warning", choices=("error", "warning", "info"))
    l10n.add_argument("--select", default="", help="comma-separated codes or prefixes to run")
    l10n.add_argument("--ignore", default="", help="comma-separated codes or prefixes to skip")

    report = commands.add_parser("report", help="tables from the results of a --format jsonl run")
    reports = report.add_subparsers(dest="table", required=True, metavar="TABLE")
    summary = reports.add_parser("summary", help="how many articles have an error, a warning, each check's "
                                                 "findings: shares and counts")
    summary.add_argument("results", type=Path, help="a `factlint check --format jsonl` results file")
    summary.add_argument("--csv", type=Path, metavar="OUT.csv", help="also write the table as CSV here")

    rule = commands.add_parser("rule", help="print a check's documentation")
    rule.add_argument("code", help="a check code, e.g. CUR001")
    commands.add_parser("rules", help="list every check")
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY-MM-DD") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        _refuse_double_dash_values(parser, sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits 2 on usage errors, 0 on --help
        return int(stop.code or 0)
    try:
        return COMMANDS[args.command](args)
    except InputError as error:
        for problem in error.problems:
            print(f"{problem}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: say so plainly, with the one line that matters
        print(f"factlint: internal error: {type(error).__name__}: {error}\n"
              f"Please report it with the command and files that caused it.", file=sys.stderr)
        return EXIT_INPUT


def _refuse_double_dash_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> None:
    """`--config=--`: argparse drops a value of "--" and hands on an empty list, which
    then reaches code expecting a path; say it is no value instead."""
    for arg in argv:
        if arg == "--":
            return
        if arg.startswith("--") and arg.endswith("=--"):
            parser.error(f"argument {arg.split('=', 1)[0]}: '--' is not a value")


def run_check(args: argparse.Namespace) -> int:
    from factlint.cli.check import Settings, run

    return run(Settings.from_args(args, DEFAULT_DIR))


def _formats(text: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in FORMATS + STREAMING]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or text!r}: expected "
                                         f"{', '.join(FORMATS + STREAMING)}")
    return names


def run_sync(args: argparse.Namespace) -> int:
    from factlint.claims.sync import apply_updates, diff, plan_updates, write_atomically
    from factlint.lint.pipeline import load_pair

    claims_file, article = load_pair(args.claims, _sync_roots(args.article_root))
    updates = plan_updates(claims_file, article)
    if not updates:
        print(f"{args.claims}: every quote is anchored; nothing to change")
        return EXIT_CLEAN
    before = args.claims.read_text(encoding="utf-8")
    after = apply_updates(before, updates)
    if not args.write:
        sys.stdout.write(diff(str(args.claims), before, after))
        print(f"{len(updates)} claim(s) would change; run with --write to apply", file=sys.stderr)
        return EXIT_CLEAN
    write_atomically(args.claims, after, claims_file.digest)
    for update in updates:
        fields = ", ".join(f"{k}={v!r}" for k, v in update.changes.items())
        print(f"{args.claims}: {update.claim_id}: {update.reason}: {fields}")
    return EXIT_CLEAN


def _sync_roots(extra: Sequence[Path]) -> tuple[Path, ...]:
    """The project root, the configuration's article-roots and --article-root, as for `check`."""
    from factlint.lint.config import find_config, load_config
    from factlint.lint.roots import article_roots
    from factlint.lint.runner import all_rules

    cwd = Path.cwd()
    path = find_config(cwd)
    config = load_config(path, FORMATS, {rule.code: rule for rule in all_rules()})
    return article_roots(path, config.article_roots, extra, cwd)


def run_init(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from factlint.claims.sync import write_new
    from factlint.relations.draft import draft_claims, relative_ref, render_draft
    from factlint.text.article import Article
    from factlint.text.frontmatter import read_metadata

    article = Article.read(args.article, display=str(args.article))
    target = args.output or DEFAULT_DIR / f"{args.article.stem}.yaml"
    metadata = read_metadata(article)
    metadata = replace(metadata, published=args.published or metadata.published,
                       locale=args.locale or metadata.locale)
    draft = draft_claims(article, metadata)
    write_new(target, render_draft(draft, relative_ref(args.article, target.parent)))
    print(f"{target}: {len(draft.claims)} claims, {len(draft.relations)} relations drafted "
          f"from {args.article}")
    return EXIT_CLEAN


def run_extract(args: argparse.Namespace) -> int:
    from factlint.text.article import Article
    from factlint.text.extract import extract_from_article, render_figures
    from factlint.text.frontmatter import read_metadata, require_english

    article = Article.read(args.article, display=str(args.article))
    require_english(article, read_metadata(article).locale)
    sys.stdout.write(render_figures(extract_from_article(article), args.format))
    return EXIT_CLEAN


def run_l10n(args: argparse.Namespace) -> int:
    from factlint.cli.l10n import run

    return run(args)


def run_report(args: argparse.Namespace) -> int:
    from factlint.cli.report import run

    return run(args)


def run_rule(args: argparse.Namespace) -> int:
    from factlint.lint.runner import all_rules

    wanted = args.code.upper()
    for rule in all_rules():
        if wanted in (rule.code, rule.name.upper()):
            print(f"{rule.code} {rule.name} ({rule.severity.value}, checks/{rule.family}.py)\n")
            print(rule.doc)
            return EXIT_CLEAN
    print(f"factlint: unknown check {args.code!r}; `factlint rules` lists them", file=sys.stderr)
    return EXIT_INPUT


def run_rules(args: argparse.Namespace) -> int:
    from factlint.lint.runner import all_rules

    for rule in all_rules():
        print(f"{rule.code}  {rule.name:28} {rule.severity.value:8} {rule.summary}")
    return EXIT_CLEAN


COMMANDS = {"check": run_check, "sync": run_sync, "init": run_init, "extract": run_extract,
            "l10n": run_l10n, "report": run_report, "rule": run_rule, "rules": run_rules}

