"""Every rule documents itself, and its documented examples behave as documented."""

from __future__ import annotations

import re

import pytest

from factlint.lint.runner import all_rules
from factlint.registry import CODE_RE, DOC_SECTIONS, NAME_RE

RULES = all_rules()


def own_selection(rule):
    """The rule alone; review rules (suppressions) judge other checks' findings, so all run."""
    return () if rule.stage == "review" else (rule.code,)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_has_every_section(rule):
    for section in DOC_SECTIONS:
        assert re.search(rf"^{section}:", rule.doc, re.MULTILINE), f"{rule.code} lacks {section}"
    assert rule.summary, f"{rule.code} has no summary line"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_example_fires(rule, run_yaml):
    example = rule.example("Example")
    assert example, f"{rule.code} has no YAML example"
    codes = [f.code for f in run_yaml(example, select=own_selection(rule))]
    assert rule.code in codes


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_corrected_example_is_clean(rule, run_yaml):
    example = rule.example("Use instead")
    assert example, f"{rule.code} has no corrected example"
    assert run_yaml(example, select=own_selection(rule)) == []


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(CODE_RE.match(c) for c in codes)
    assert all(NAME_RE.match(r.name) for r in RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_code_prefix_names_its_module():
    from factlint.checks import FAMILIES

    for rule in RULES:
        assert FAMILIES[rule.code[:3]].__name__.endswith("." + rule.family)
