"""`factlint report summary RESULTS.jsonl [--csv OUT.csv]`: the prevalence table of a results file."""

from __future__ import annotations

import argparse
import sys

from factlint.errors import InputError


def run(args: argparse.Namespace) -> int:
    from factlint.lint.results import prevalence, read_results
    from factlint.lint.runner import all_rules
    from factlint.reporters.prevalence import render_csv, render_text

    records = read_results(args.results)
    if records.bad_lines:
        print(f"{args.results}:{records.bad_lines[0]}: {len(records.bad_lines)} line(s) that are not results "
              f"passed over", file=sys.stderr)
    table = prevalence(records)
    names = {rule.code: rule.name for rule in all_rules()}
    if args.csv is not None:
        try:
            args.csv.write_text(render_csv(table, names), encoding="utf-8")
        except OSError as error:
            raise InputError.at(str(args.csv), None, None, f"cannot write: {error.strerror}") from None
    sys.stdout.write(render_text(table, names, str(args.results)))
    return 0
