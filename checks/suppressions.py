"""SUP: suppressions on claims (`ignore:`) are still needed and still in date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from factlint.claims.graph import Graph
from factlint.claims.suppressions import covers, is_active
from factlint.findings import Hit, Severity
from factlint.registry import rule


@rule("SUP001", "expired-suppression", Severity.WARNING, stage="review")
def expired_suppression(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A suppression's `until` date has passed, so it no longer hides its finding.

    What it checks:
        Every `ignore:` entry on a claim with an `until` date earlier than today. The finding it
        suppressed is reported again, and this says why.

    Why it matters:
        A suppression is a decision with a shelf life ("until the corrected figures are
        published"). When the date passes, someone has to look again.

    Example:
        ```yaml
        article:
          text: "The fund holds 1 trillion yuan ($150 billion) and 2 billion yuan ($280 million)."
        claims:
          - id: fund
            quote: "1 trillion yuan"
            value: 1 trillion
            unit: CNY
            ignore:
              - {code: CUR001, reason: the desk rounds conversions by hand, until: 2020-01-01}
          - {id: fund-usd, quote: "$150 billion", value: 150 billion, unit: USD}
          - {id: reserve, quote: "2 billion yuan", value: 2 billion, unit: CNY}
          - {id: reserve-usd, quote: "$280 million", value: 280 million, unit: USD}
        relations:
          - {kind: conversion, amount: fund, equivalent: fund-usd}
          - {kind: conversion, amount: reserve, equivalent: reserve-usd}
        ```

    Use instead:
        ```yaml
        article:
          text: "The fund holds 1 trillion yuan ($150 billion) and 2 billion yuan ($280 million)."
        claims:
          - id: fund
            quote: "1 trillion yuan"
            value: 1 trillion
            unit: CNY
            ignore:
              - {code: CUR001, reason: the desk rounds conversions by hand, until: 2099-12-31}
          - {id: fund-usd, quote: "$150 billion", value: 150 billion, unit: USD}
          - {id: reserve, quote: "2 billion yuan", value: 2 billion, unit: CNY}
          - {id: reserve-usd, quote: "$280 million", value: 280 million, unit: USD}
        relations:
          - {kind: conversion, amount: fund, equivalent: fund-usd}
          - {kind: conversion, amount: reserve, equivalent: reserve-usd}
        ```

    Options:
        None.
    """
    for node in graph.nodes.values():
        for suppression in node.claim.suppressions:
            if not is_active(suppression, options["today"]):
                yield Hit(f"the suppression of {suppression.code} on {node.id!r} expired on "
                          f"{suppression.until} ({suppression.reason})", (node.id,),
                          fix="Fix the finding, or extend `until` with a reason that still holds",
                          claims_position=(suppression.location.line, suppression.location.column))


@rule("SUP002", "unused-suppression", Severity.WARNING, stage="review")
def unused_suppression(graph: Graph, options: Mapping[str, Any]) -> Iterator[Hit]:
    r"""A suppression on a claim hides nothing: its check reports nothing about that claim.

    What it checks:
        Every active `ignore:` entry must match a finding of its code that names its claim. An
        edit that fixed the figure, or a claim that never had the finding, leaves it unused. A
        suppression whose check did not run (`--select`, `--ignore`) is not judged.

    Why it matters:
        An unused suppression would silently hide the next, different problem of the same kind.

    Example:
        ```yaml
        article:
          text: "The fund holds 1 trillion yuan ($140.82 billion)."
        claims:
          - id: fund
            quote: "1 trillion yuan"
            value: 1 trillion
            unit: CNY
            ignore:
              - {code: CUR001, reason: the desk rounds conversions by hand}
          - {id: fund-usd, quote: "$140.82 billion", value: 140.82 billion, unit: USD}
        relations:
          - {kind: conversion, amount: fund, equivalent: fund-usd}
        ```

    Use instead:
        ```yaml
        article:
          text: "The fund holds 1 trillion yuan ($140.82 billion)."
        claims:
          - {id: fund, quote: "1 trillion yuan", value: 1 trillion, unit: CNY}
          - {id: fund-usd, quote: "$140.82 billion", value: 140.82 billion, unit: USD}
        relations:
          - {kind: conversion, amount: fund, equivalent: fund-usd}
        ```

    Options:
        None.
    """
    findings = options["findings"]
    for node in graph.nodes.values():
        for suppression in node.claim.suppressions:
            if suppression.code not in options["ran"]:
                continue  # its check did not run (--select, --ignore): nothing to judge it by
            if is_active(suppression, options["today"]) and not any(
                    covers(suppression, node.claim, finding) for finding in findings):
                yield Hit(f"the suppression of {suppression.code} on {node.id!r} hides nothing: "
                          f"{suppression.code} reports nothing about this claim", (node.id,),
                          fix="Remove the ignore entry",
                          claims_position=(suppression.location.line, suppression.location.column))


RULES = (expired_suppression, unused_suppression)
