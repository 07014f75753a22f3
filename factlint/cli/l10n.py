"""`factlint l10n`: a text pair, one segment, or an XLIFF/PO file in; the usual reports out."""

from __future__ import annotations

import argparse

from factlint.cli.check import emit, exit_code
from factlint.errors import InputError
from factlint.findings import Severity
from factlint.l10n.files import read_segments
from factlint.l10n.locales import UnknownLocaleError, normalize_locale
from factlint.l10n.segments import Segment, text_segments
from factlint.lint.report import Report
from factlint.lint.runner import Selection, codes
from factlint.lint.translation import check_segments
from factlint.reporters import reporter
from factlint.text.article import Article


def run(args: argparse.Namespace) -> int:
    segments, files, texts = _segments(args)
    findings = check_segments(segments, Selection(select=codes(args.select), ignore=codes(args.ignore)))
    emit(reporter(args.format)(Report(findings, files, 0, 0, texts, segments=len(segments))), args.output)
    return exit_code(findings, Severity(args.fail_on))


def _segments(args: argparse.Namespace) -> tuple[list[Segment], list[str], dict[str, str]]:
    modes = [args.translation is not None, args.source is not None or args.target is not None,
             args.source_text is not None or args.target_text is not None]
    if sum(modes) != 1:
        raise InputError.at("factlint l10n", None, None, "give one of: a translation file (XLIFF, PO); "
                                                         "--source and --target; --source-text and --target-text")
    if args.translation is not None:
        segments = read_segments(args.translation, args.source_locale, args.target_locale)
        return segments, [str(args.translation)], {}
    source_locale, target_locale = _locales(args)
    if args.source_text is not None or args.target_text is not None:
        if args.source_text is None or args.target_text is None:
            raise InputError.at("factlint l10n", None, None, "--source-text needs --target-text, and back")
        return (text_segments(args.source_text, args.target_text, source_locale, target_locale,
                              "<source>", "<target>"), [], {"<target>": args.target_text})
    if args.source is None or args.target is None:
        raise InputError.at("factlint l10n", None, None, "--source needs --target, and back")
    source, target = Article.read(args.source).text, Article.read(args.target).text
    segments = text_segments(source, target, source_locale, target_locale, str(args.source), str(args.target))
    return segments, [str(args.source), str(args.target)], {str(args.target): target}


def _locales(args: argparse.Namespace) -> tuple[str, str]:
    if not args.target_locale:
        raise InputError.at("factlint l10n", None, None, "--target-locale is needed for text input "
                                                         "(de, fr, es, it, pt_BR, zh_Hans, ja, ko, hi, ...)")
    try:
        return normalize_locale(args.source_locale or "en"), normalize_locale(args.target_locale)
    except UnknownLocaleError as error:
        raise InputError.at("factlint l10n", None, None, str(error)) from None

