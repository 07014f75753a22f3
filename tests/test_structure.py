"""The repository keeps its promises about layout and packaging."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from conftest import REPO, SEED_ARTICLE

SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def test_every_check_module_is_registered():
    from factlint.checks import FAMILIES

    modules = {p.stem for p in (REPO / "checks").glob("*.py") if p.stem != "__init__"}
    assert modules == {m.__name__.rsplit(".", 1)[-1] for m in FAMILIES.values()}


def test_package_list_matches_the_tree():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {"factlint." + ".".join(p.parent.relative_to(REPO / "factlint").parts)
               for p in (REPO / "factlint").rglob("__init__.py") if p.parent != REPO / "factlint"}
    assert listed == {"factlint", "factlint.checks", *on_disk}
    assert config["package-dir"] == {"factlint.checks": "checks"}


def test_checks_are_imported_as_factlint_checks_only():
    import factlint.checks

    assert Path(factlint.checks.__file__).parent == REPO / "checks"
    assert "checks" not in sys.modules


def test_wheel_ships_checks_inside_factlint(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(tmp_path), str(REPO)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("factlint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "factlint/checks/currency.py" in names
    assert "factlint/reporters/json.py" in names
    assert not [n for n in names if n.startswith("checks/")]
    # every module of the source tree is in the wheel: a subpackage left out of pyproject's
    # explicit list would install a factlint that fails at its first lazy import
    sources = {f"factlint/{p.relative_to(REPO / 'factlint').as_posix()}" for p in (REPO / "factlint").rglob("*.py")}
    assert sources - set(names) == set()
    assert "factlint/figures/data/annual_usd_rates.csv" in names  # CUR002's rates for non-ECB currencies


def test_seed_is_a_byte_for_byte_copy():
    shared = SHARED_SEEDS / SEED_ARTICLE.name
    if not shared.exists():  # CI lays shared/ beside the clone; a lone checkout may not have it
        import pytest

        pytest.skip("../shared/seeds is not present")
    assert SEED_ARTICLE.read_bytes() == shared.read_bytes()
    assert b"\\$2.81 million" in SEED_ARTICLE.read_bytes()


def test_readme_lists_every_check_as_registered():
    import re

    from factlint.lint.runner import all_rules

    readme = (REPO / "README.md").read_text()
    table = dict(re.findall(r"^\| ([A-Z]{3}\d{3}) \| (\S+ \| \w+) \|", readme, re.MULTILINE))
    assert table == {r.code: f"{r.name} | {r.severity.value}" for r in all_rules()}


def test_translation_check_imports_only_the_loc_family():
    # `factlint l10n` start-up: the other families pull in the article scanner's patterns (~50 ms)
    code = ("import sys; from factlint.lint.translation import l10n_rules; rules = l10n_rules(); "
            "print(len(rules), sorted(m for m in sys.modules if m.startswith('factlint.checks.')), "
            "'factlint.text.scan' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split(" ", 1)[1].strip() == "['factlint.checks.l10n'] False"
    assert int(out.split(" ", 1)[0]) == 10
