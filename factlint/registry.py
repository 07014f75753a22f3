"""Rules: a check function registered with its stable code, name, default severity and options.

The rule's docstring is its documentation (`factlint rule CODE`), in fixed sections: What it
checks, Why it matters, Example, Use instead, Options. The examples are YAML claims files with an
inline article, and the test suite runs them, so the documentation cannot drift.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from factlint.findings import Hit, Severity

CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
NAME_RE = re.compile(r"^[a-z]+(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Use instead", "Options")

CheckFunction = Callable[[Any, Mapping[str, Any]], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    check: CheckFunction
    options: Mapping[str, Any] = field(default_factory=dict)
    # "check" rules read the graph; "review" rules run after them and also get the findings
    # (options["findings"]) and the date (options["today"]): suppressions are judged this way.
    stage: str = "check"

    @property
    def family(self) -> str:
        return self.check.__module__.rsplit(".", 1)[-1]

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0]

    def section(self, title: str) -> str:
        """One section of the docstring (text under `Title:` up to the next section)."""
        pattern = rf"^{re.escape(title)}:\s*\n(.*?)(?=^(?:{'|'.join(DOC_SECTIONS)}):|\Z)"
        match = re.search(pattern, self.doc, re.MULTILINE | re.DOTALL)
        return inspect.cleandoc(match.group(1)) if match else ""

    def example(self, title: str) -> str:
        """The YAML block of an Example / Use instead section."""
        match = re.search(r"```yaml\n(.*?)```", self.section(title), re.DOTALL)
        return inspect.cleandoc(match.group(1)) + "\n" if match else ""


def rule(code: str, name: str, severity: Severity, stage: str = "check",
         **options: Any) -> Callable[[CheckFunction], Rule]:
    """Register a check function as rule `code` (e.g. CUR001 implied-rate-mismatch)."""

    def register(check: CheckFunction) -> Rule:
        return Rule(code, name, severity, check, options, stage)

    return register
