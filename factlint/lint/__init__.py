"""Lint: one run, from the files named on the command line to the report data.

Here: `discovery.py` (which files a run covers), `config.py` (`[tool.factlint]`, factlint.toml),
`pipeline.py` (`check_files`: each file's claims, loaded or drafted, to a graph, to findings, to a
`Report`), `runner.py` (`Selection`, `run_checks`: select rules, run them, apply suppressions,
locate and sort), `translation.py` (the LOC rules over translation segments), `report.py`
(`Report`: what every reporter reads).

May import every layer below it and `factlint.checks`. Never formats output (reporters do) and
never decides an exit code (the CLI does).
"""
