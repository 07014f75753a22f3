"""Input over a limit is refused before the work starts, with exit 2 and a message naming the limit.

Times and memory of the largest inputs are measured by benchmarks/bench_limits.py, not asserted
here; these tests only check that each limit is enforced and said.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.limits import (
    ARTICLE_BYTES,
    CLAIMS,
    CLAIMS_BYTES,
    DRAFT_FIGURES,
    LIMITS,
    TRANSLATION_BYTES,
    YAML_DEPTH,
    YAML_NODES,
)


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text("", encoding="utf-8")
    return tmp_path


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err, err
    return err


def limit_text(limit: object) -> str:
    return f"more than the limit of {limit.value:,} {limit.unit} ({limit.name}: "  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", [["check"], ["extract"], ["init", "--output", "x.yaml"]])
def test_article_over_its_size(capsys, command):
    Path("big.txt").write_text("Sales rose 5 percent. " * (ARTICLE_BYTES.value // 22 + 1), encoding="utf-8")
    size = Path("big.txt").stat().st_size
    err = refused(capsys, command[0], "big.txt", *command[1:])
    assert err.startswith(f"big.txt: {size:,} bytes: {limit_text(ARTICLE_BYTES)}"), err
    assert not Path("x.yaml").exists()


def test_endless_input_is_not_read_to_its_end(capsys):
    """/dev/zero as a translation's source: refused after reading one byte over the limit."""
    Path("target.txt").write_text("Der Umsatz stieg um 5 Prozent.\n", encoding="utf-8")
    err = refused(capsys, "l10n", "--source", "/dev/zero", "--target", "target.txt", "--target-locale", "de")
    assert err.startswith(f"/dev/zero: {limit_text(ARTICLE_BYTES)}"), err


def test_claims_file_over_its_size(capsys):
    with Path("claims.yaml").open("w", encoding="utf-8") as out:
        out.write("# padding\n" * (CLAIMS_BYTES.value // 10 + 1))
    err = refused(capsys, "check", "claims.yaml")
    assert f"claims.yaml: {Path('claims.yaml').stat().st_size:,} bytes: {limit_text(CLAIMS_BYTES)}" in err


def test_translation_file_over_its_size(capsys):
    with Path("big.po").open("wb") as out:  # sparse: no 16 MiB written
        out.truncate(TRANSLATION_BYTES.value + 1)
    err = refused(capsys, "l10n", "big.po", "--target-locale", "de")
    assert err.startswith(f"big.po: {TRANSLATION_BYTES.value + 1:,} bytes: {limit_text(TRANSLATION_BYTES)}"), err


def test_too_many_claims(capsys):
    rows = ['article:\n  text: "The fair drew 336 enterprises."\nclaims:\n']
    rows += [f"  - {{id: c{i}, quote: 336 enterprises, value: 336, unit: count}}\n" for i in range(CLAIMS.value + 1)]
    Path("claims.yaml").write_text("".join(rows), encoding="utf-8")
    err = refused(capsys, "check", "claims.yaml")
    assert err.startswith(f"claims.yaml:4:3: {CLAIMS.value + 1:,} claims: {limit_text(CLAIMS)}"), err


@pytest.mark.parametrize("shape", ["[", "{a: "])
def test_yaml_nested_too_deep(capsys, shape):
    """100,000 levels used to overflow the C composer's stack: a segmentation fault, no message."""
    close = "]" if shape == "[" else "}"
    Path("claims.yaml").write_text("claims: " + shape * 100_000 + close * 100_000 + "\n", encoding="utf-8")
    err = refused(capsys, "check", "claims.yaml")
    column = len("claims: ") + (YAML_DEPTH.value - 1) * len(shape) + 1  # the top mapping is the first level
    assert err.startswith(f"claims.yaml:1:{column}: {limit_text(YAML_DEPTH)}"), err


def test_front_matter_nested_too_deep(capsys):
    Path("story.md").write_text("---\ntitle: Budget\nsource: " + "[" * 5000 + "]" * 5000 + "\n---\nSales rose 5%.\n",
                                encoding="utf-8")
    err = refused(capsys, "check", "story.md")
    assert err.startswith(f"story.md:3:{len('source: ') + YAML_DEPTH.value}: {limit_text(YAML_DEPTH)}"), err


def test_too_many_yaml_nodes(capsys):
    Path("claims.yaml").write_text("claims: [" + "1," * YAML_NODES.value + "1]\n", encoding="utf-8")
    err = refused(capsys, "check", "claims.yaml")
    assert err.startswith(f"claims.yaml:1: {limit_text(YAML_NODES)}"), err


def test_too_many_figures_to_draft(capsys):
    """check and init draft relations pairwise and refuse; extract reads every figure."""
    Path("table.txt").write_text(", ".join(str(100 + i % 800) for i in range(DRAFT_FIGURES.value + 1)) + ".\n",
                                 encoding="utf-8")
    for argv in (["check", "table.txt"], ["init", "table.txt", "--output", "x.yaml"]):
        err = refused(capsys, *argv)
        assert err.startswith(f"table.txt: {DRAFT_FIGURES.value + 1:,} figures: {limit_text(DRAFT_FIGURES)}"), err
    assert main(["extract", "table.txt", "--format", "json"]) == 0


def test_configuration_nested_too_deep(capsys):
    Path("factlint.toml").write_text("select = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    Path("claims.yaml").write_text('article: {text: "x"}\nclaims: []\n', encoding="utf-8")
    err = refused(capsys, "check", "claims.yaml")
    assert err.startswith(f"{Path('factlint.toml').resolve()}: invalid TOML: nested too deeply to read"), err


def test_every_limit_is_documented():
    """The README's table lists every limit by name and value."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for limit in LIMITS:
        assert f"`{limit.name}`" in readme, limit.name


def test_limits_hold_at_the_limit(capsys):
    """Exactly at a limit is still accepted: the article of exactly 1 MiB is read."""
    sentence = "Sales rose. "
    text = sentence * (ARTICLE_BYTES.value // len(sentence))
    Path("exact.txt").write_text(text + "x" * (ARTICLE_BYTES.value - len(text)), encoding="utf-8")
    assert os.path.getsize("exact.txt") == ARTICLE_BYTES.value
    assert main(["extract", "exact.txt"]) == 0
