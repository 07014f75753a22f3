"""The house keeps its layers: imports run one way along the pipeline, and no module imports itself
back through others.

The import graph of `factlint/` and `checks/` (installed as `factlint.checks`) is read with `ast`,
every import counted: module level, inside functions (lazy imports are still dependencies) and
under `TYPE_CHECKING`. ARCHITECTURE.md documents the order this test enforces.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Each layer may import the layers before it in this list, and itself; never a later one. Two
# packages of one rank may not import each other, except in the shared vocabulary (errors,
# findings, registry), which every layer but `figures` may import.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("factlint.figures",),
    ("factlint.errors", "factlint.findings", "factlint.registry", "factlint.limits"),
    ("factlint.text",),
    ("factlint.claims",),
    ("factlint.relations", "factlint.l10n"),
    ("factlint.checks",),
    ("factlint.lint",),
    ("factlint.reporters",),
    ("factlint.cli",),
)
SHARED_RANK = 1


@dataclass(frozen=True)
class Import:
    importer: str  # module name
    imported: str  # module name
    where: str  # file:line of the import statement, relative to the repository


def module_files(repo: Path) -> dict[str, Path]:
    """Module name -> file, for factlint/ and for checks/ as `factlint.checks`."""
    modules: dict[str, Path] = {}
    for root, package in ((repo / "factlint", "factlint"), (repo / "checks", "factlint.checks")):
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join((package, *parts))] = path
    return modules


def imports_of(name: str, path: Path, known: set[str], repo: Path) -> Iterator[Import]:
    """Every factlint module `name` imports, wherever the import statement stands."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, name, is_package)
            # `from factlint.checks import currency` imports the module factlint.checks.currency.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                       for alias in node.names]
        else:
            continue
        for target in targets:
            module = _known_prefix(target, known)
            if module is not None and module != name:
                yield Import(name, module, f"{path.relative_to(repo).as_posix()}:{node.lineno}")


def _absolute(node: ast.ImportFrom, name: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = name.split(".") if is_package else name.split(".")[:-1]
    base = package[:len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _known_prefix(target: str, known: set[str]) -> str | None:
    parts = target.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def import_graph(repo: Path) -> list[Import]:
    files = module_files(repo)
    known = set(files)
    # one edge per import statement and module, however many names it takes from it
    return list(dict.fromkeys(imp for name, path in files.items() for imp in imports_of(name, path, known, repo)))


def layer_of(module: str, layers: tuple[tuple[str, ...], ...] = LAYERS) -> tuple[int, str] | None:
    """(rank, the layer package) of a module; None for the top package's own __init__."""
    for rank, packages in enumerate(layers):
        for package in packages:
            if module == package or module.startswith(package + "."):
                return rank, package
    return None


def direction_violations(graph: list[Import], layers: tuple[tuple[str, ...], ...] = LAYERS) -> list[str]:
    problems = []
    for imp in graph:
        source, target = layer_of(imp.importer, layers), layer_of(imp.imported, layers)
        if source is None or target is None or source[1] == target[1]:
            continue
        shared = source[0] == target[0] == SHARED_RANK  # the vocabulary may use itself
        if target[0] > source[0] or (target[0] == source[0] and not shared):
            problems.append(f"{imp.where}: {imp.importer} imports {imp.imported} "
                            f"({target[1]} may not be imported from {source[1]})")
    return problems


def cycles(graph: list[Import]) -> list[str]:
    """Every strongly connected group of modules (Tarjan), each with the imports that close it."""
    edges: dict[str, list[Import]] = {}
    for imp in graph:
        edges.setdefault(imp.importer, []).append(imp)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for imp in edges.get(node, []):
            if imp.imported not in index:
                visit(imp.imported)
                low[node] = min(low[node], low[imp.imported])
            elif imp.imported in on_stack:
                low[node] = min(low[node], index[imp.imported])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    described = []
    for group in groups:
        inside = [imp for imp in graph if imp.importer in group and imp.imported in group]
        described.append("cycle: " + "; ".join(
            f"{imp.where} {imp.importer} -> {imp.imported}"
            for imp in inside))
    return described


def test_imports_follow_the_documented_direction() -> None:
    problems = direction_violations(import_graph(REPO))
    assert not problems, "imports against the layers (ARCHITECTURE.md):\n" + "\n".join(problems)


def test_no_import_cycles() -> None:
    found = cycles(import_graph(REPO))
    assert not found, "\n".join(found)


def test_every_module_belongs_to_a_layer() -> None:
    unplaced = [name for name in module_files(REPO) if name != "factlint" and layer_of(name) is None]
    assert unplaced == []


def test_lazy_imports_count(tmp_path: Path) -> None:
    """An import inside a function is a dependency too: the test sees it and names file and line."""
    _write(tmp_path, "factlint/figures/__init__.py", "")
    _write(tmp_path, "factlint/figures/hedges.py", "def configure():\n    from factlint.text.scan import scan\n")
    _write(tmp_path, "factlint/text/__init__.py", "")
    _write(tmp_path, "factlint/text/scan.py", "from factlint.figures.hedges import configure\n")
    _write(tmp_path, "checks/__init__.py", "")
    graph = import_graph(tmp_path)
    assert direction_violations(graph) == [
        "factlint/figures/hedges.py:2: factlint.figures.hedges imports factlint.text.scan "
        "(factlint.text may not be imported from factlint.figures)"]
    assert cycles(graph) == [
        "cycle: factlint/figures/hedges.py:2 factlint.figures.hedges -> factlint.text.scan; "
        "factlint/text/scan.py:1 factlint.text.scan -> factlint.figures.hedges"]


def test_a_cycle_within_one_layer_is_found(tmp_path: Path) -> None:
    """Direction allows anything within a package; the cycle test still catches a circle there."""
    _write(tmp_path, "factlint/reporters/__init__.py",
           "def reporter():\n    from factlint.reporters.junit import render\n")
    _write(tmp_path, "factlint/reporters/junit.py", "from factlint.reporters import rules_for\n")
    _write(tmp_path, "checks/__init__.py", "from factlint.checks import currency\n")
    _write(tmp_path, "checks/currency.py", "from . import __name__ as _n\n")
    graph = import_graph(tmp_path)
    assert direction_violations(graph) == []
    found = cycles(graph)
    assert len(found) == 2
    assert any("factlint.reporters -> factlint.reporters.junit" in c for c in found)
    # relative imports resolve: checks/currency.py's `from . import` is factlint.checks
    assert any("checks/currency.py:1 factlint.checks.currency -> factlint.checks" in c for c in found)


@pytest.mark.parametrize(("importer", "imported", "allowed"), [
    ("factlint.claims.graph", "factlint.figures.intervals", True),
    ("factlint.figures.figure", "factlint.findings", False),
    ("factlint.relations.draft", "factlint.l10n.parse", False),  # siblings of one rank
    ("factlint.checks.currency", "factlint.lint.runner", False),
    ("factlint.reporters.sarif", "factlint.checks", True),
    ("factlint.registry", "factlint.findings", True),
    ("factlint.errors", "factlint.figures.hedges", True),
])
def test_direction_rule(importer: str, imported: str, allowed: bool) -> None:
    graph = [Import(importer, imported, "factlint/x.py:1")]
    assert (direction_violations(graph) == []) is allowed


def _write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
