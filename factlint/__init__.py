"""factlint: a fact-check and claim-consistency linter for news articles.

The package reads as its pipeline (ARCHITECTURE.md has the map):

    figures/    a written number as an exact interval (parsing, hedges, units, rates)
    text/       the article and every figure written in it
    claims/     the claims file: model, loader, anchoring, sync, the relation graph, coverage
    relations/  relations inferred from an article's wording; the drafted claims file
    l10n/       figures read in other languages, and translation segments compared
    checks/     the rules, one module per family (installed from the top-level checks/)
    lint/       a run: files to check, configuration, rules selected and run, the report data
    reporters/  one output format each
    cli/        the commands

`errors.py`, `findings.py` and `registry.py` are the vocabulary every layer shares. Each layer
imports only the layers above it in this list (tests/test_layers.py keeps it so).
"""
