"""Faults during every write factlint makes — `sync --write`, `init`, `--output`, `--out-dir` — leave
the file that was there intact, leave no temporary file behind, and exit 2 saying what happened.

Disk full is the kernel's own ENOSPC: the temporary file is opened on /dev/full. A read-only
folder is simulated by the errors the calls raise there (EROFS from mkstemp and from the rename):
the tests run as root in CI, which writes through permission bits. A process killed mid-write is a
real SIGKILL at each step of the write, in a child process.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

import factlint.claims.sync
from factlint.cli import main

ARTICLE = "The fair drew 336 enterprises and 12 guests on Saturday, Oct 19, 2024.\n"
CLAIMS = """\
article:
  path: story.txt
claims:
  - id: firms  # the delegation
    quote: "336 enterprises"
    value: "336"
    unit: count
  - id: guests
    quote: "12 guests"
    value: "12"
    unit: count
ignored_figures:
  - quote: "on Saturday, Oct 19, 2024"
    reason: the fair's date
"""
OLD_REPORT = "the report of the last run\n"
# The four writes; each leaves one file that must be intact: (argv, that file, its content before).
WRITES: dict[str, tuple[list[str], str, str | None]] = {
    "sync --write": (["sync", "claims.yaml", "--write"], "claims.yaml", CLAIMS),
    "init": (["init", "story.txt", "--output", "drafted.yaml"], "drafted.yaml", None),
    "--output": (["check", "claims.yaml", "--format", "json", "--output", "report.json"], "report.json", OLD_REPORT),
    "--out-dir": (["check", "claims.yaml", "--format", "json,sarif", "--out-dir", "out"], "out/claims.json",
                  OLD_REPORT),
}


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose article was edited (336 -> 338), so sync has a change to write; an old report."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text("", encoding="utf-8")
    (tmp_path / "story.txt").write_text(ARTICLE.replace("336", "338"), encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "report.json").write_text(OLD_REPORT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "claims.json").write_text(OLD_REPORT, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err, err
    return code, err


def intact(project: Path, name: str, before: str | None) -> None:
    """The file is exactly as before (or still absent), and no temporary file is left anywhere."""
    path = project / name
    assert (path.read_text(encoding="utf-8") if path.exists() else None) == before
    assert not [p for p in project.rglob(".*.tmp")], "a temporary file was left behind"


def test_each_write_succeeds_without_a_fault(project, capsys):
    """The baseline the faults break: every write changes its file."""
    for name, (argv, target, before) in WRITES.items():
        code, err = run(capsys, argv)
        assert code in (0, 1), (name, err)
        assert (project / target).read_text(encoding="utf-8") != before, name
    assert 'value: "338"' in (project / "claims.yaml").read_text(encoding="utf-8")
    assert "# the delegation" in (project / "claims.yaml").read_text(encoding="utf-8")


# --- disk full -----------------------------------------------------------------------------------

def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every temporary file is opened on /dev/full: the kernel answers the write with ENOSPC."""
    real = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        handle, name = real(*args, **kwargs)  # the name exists, as after a real mkstemp
        os.close(handle)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize("write", WRITES)
def test_disk_full(project, capsys, monkeypatch, write):
    argv, target, before = WRITES[write]
    full_disk(monkeypatch)
    code, err = run(capsys, argv)
    assert code == 2
    assert err.startswith(f"{Path(target)}: cannot write ") and "no space left on the disk" in err, err
    intact(project, target, before)


# --- read-only folder ----------------------------------------------------------------------------

def read_only(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """EROFS where a read-only file system raises it: creating the temporary file, or renaming."""
    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    if where == "create":
        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        monkeypatch.setattr(os, "replace", refuse)
        monkeypatch.setattr(os, "link", refuse)


@pytest.mark.parametrize("where", ["create", "rename"])
@pytest.mark.parametrize("write", WRITES)
def test_read_only_folder(project, capsys, monkeypatch, write, where):
    argv, target, before = WRITES[write]
    read_only(monkeypatch, where)
    code, err = run(capsys, argv)
    assert code == 2
    assert err.startswith(f"{Path(target)}: cannot ") and "the file system is read-only" in err, err
    assert "nothing written" in err or "as it was" in err
    intact(project, target, before)


def test_output_is_a_folder(project, capsys):
    """--output naming a folder, or --out-dir naming a file, is said plainly (found by fuzzing)."""
    code, err = run(capsys, ["check", "claims.yaml", "--output", "out"])
    assert code == 2 and err.startswith("out: cannot write the report: it is a folder; nothing written"), err
    code, err = run(capsys, ["check", "claims.yaml", "--format", "json,sarif", "--out-dir", "claims.yaml"])
    assert code == 2
    assert err.startswith("claims.yaml: cannot create the report folder: a file is in the way"), err
    intact(project, "claims.yaml", CLAIMS)


# --- the file changed underneath -----------------------------------------------------------------

def during_write(monkeypatch: pytest.MonkeyPatch, action: Callable[[], None]) -> None:
    """Run `action` once the new text is on disk in the temporary file, before it is put in place."""
    real = factlint.claims.sync._write_temporary

    def write_then_act(path: Path, text: str, mode: int) -> Path:
        temporary = real(path, text, mode)
        action()
        return temporary

    monkeypatch.setattr(factlint.claims.sync, "_write_temporary", write_then_act)


def test_sync_claims_file_edited_during_the_write(project, capsys, monkeypatch):
    """Someone saves the claims file while sync writes: their edit stays, sync says so."""
    theirs = CLAIMS + "# their edit, saved while sync was writing\n"
    during_write(monkeypatch, lambda: (project / "claims.yaml").write_text(theirs, encoding="utf-8"))
    code, err = run(capsys, ["sync", "claims.yaml", "--write"])
    assert code == 2 and "the file changed while sync was working: nothing written" in err
    intact(project, "claims.yaml", theirs)


def test_sync_claims_file_deleted_during_the_write(project, capsys, monkeypatch):
    during_write(monkeypatch, lambda: (project / "claims.yaml").unlink())
    code, err = run(capsys, ["sync", "claims.yaml", "--write"])
    assert code == 2 and "claims.yaml: cannot read the claims file again before writing" in err, err
    intact(project, "claims.yaml", None)


def test_init_target_created_during_the_write(project, capsys, monkeypatch):
    """Another process creates the claims file while init writes it: theirs is kept."""
    theirs = "# written by someone else meanwhile\n"
    during_write(monkeypatch, lambda: (project / "drafted.yaml").write_text(theirs, encoding="utf-8"))
    code, err = run(capsys, ["init", "story.txt", "--output", "drafted.yaml"])
    assert code == 2 and "drafted.yaml: already exists: nothing written" in err
    intact(project, "drafted.yaml", theirs)


# --- killed mid-write ----------------------------------------------------------------------------

# In a child process, SIGKILL itself at one step of the write, then run the command.
KILLER = """
import os, signal, sys, tempfile
import factlint.claims.sync as sync
step = sys.argv[1]
def die(): os.kill(os.getpid(), signal.SIGKILL)
real_mkstemp, real_fsync, real_replace, real_link = tempfile.mkstemp, os.fsync, os.replace, os.link
def mkstemp(*a, **k):
    result = real_mkstemp(*a, **k)
    if step == "created": die()
    return result
def fsync(fd):
    if step == "written": os.write(fd, b"half"); die()
    real_fsync(fd)
    if step == "synced": die()
def replace(a, b):
    real_replace(a, b)
    if step == "renamed": die()
def link(a, b):
    real_link(a, b)
    if step == "renamed": die()
tempfile.mkstemp, os.fsync, os.replace, os.link = mkstemp, fsync, replace, link
from factlint.cli import main
sys.exit(main(sys.argv[2:]))
"""
STEPS = ("created", "written", "synced", "renamed")


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("write", WRITES)
def test_killed_mid_write(project, write, step):
    """SIGKILL at each step leaves the old file or the complete new one, never a torn one."""
    argv, target, before = WRITES[write]
    done = subprocess.run([sys.executable, "-c", KILLER, step, *argv], cwd=project, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == -9, done.stderr  # it did die at that step
    path = project / target
    now = path.read_text(encoding="utf-8") if path.exists() else None
    if step == "renamed":
        assert now is not None and now != before and now.endswith("\n")  # the complete new file
        if target.endswith(".yaml"):
            assert main(["check", target, "--format", "concise", "--fail-on", "error"]) in (0, 1)
    else:
        assert now == before
