"""reports/ is not stale: the README's documented command, run now, writes exactly those files."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from conftest import REPO

from factlint.cli import main

REPORTS = REPO / "reports"


def documented_command() -> str:
    """The `factlint check` line of the README's "## Reports" section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Reports\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL)
    assert match, 'README.md has no "## Reports" section'
    lines = [line.strip() for line in match.group(1).splitlines() if line.strip().startswith("factlint check")]
    assert len(lines) == 1, f'README.md\'s "## Reports" section should give one `factlint check` line: {lines}'
    return lines[0]


def test_documented_command_writes_into_reports():
    argv = shlex.split(documented_command())
    assert argv[:2] == ["factlint", "check"]
    assert "--out-dir" in argv and argv[argv.index("--out-dir") + 1] == "reports"


def test_reports_are_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    command = documented_command()
    argv = shlex.split(command)[1:]
    at = argv.index("--out-dir")
    fresh = tmp_path / "reports"
    argv[at + 1] = str(fresh)
    monkeypatch.chdir(REPO)
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 1), f"`{command}` failed ({code}): {captured.err}"
    assert captured.err == ""

    regenerate = f"regenerate them from the repository root with: {command}"
    committed = sorted(p.name for p in REPORTS.iterdir() if p.is_file())
    written = sorted(p.name for p in fresh.iterdir())
    missing = sorted(set(written) - set(committed))
    extra = sorted(set(committed) - set(written))
    assert not missing, f"reports/ lacks {', '.join(missing)}; {regenerate}"
    assert not extra, (f"reports/ holds {', '.join(extra)}, which the documented command does not write "
                       f"(delete them, or document how they are made); {regenerate}")
    stale = [name for name in written if (fresh / name).read_bytes() != (REPORTS / name).read_bytes()]
    assert not stale, f"stale reports: {', '.join(f'reports/{n}' for n in stale)} differ; {regenerate}"
