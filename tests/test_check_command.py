"""The `check` command around the checks: several formats into --out-dir, the exit code over every
file, --use-claims, --changed-only against a git base, the progress bar, and the pre-commit hook.
"""

from __future__ import annotations

import json
import os
import re
import select
import shlex
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from conftest import REPO

from factlint.cli import main
from factlint.cli.check import SUFFIXES
from factlint.reporters import FORMATS

# A claims file with one error (CHG001: 362,000 -> 412,000 is 13.8%, not 18%) and a clean one;
# each keeps its article next to it so that --changed-only can see the article change.
DIRTY_ARTICLE = "Container traffic rose 18 percent to 412,000 TEUs from 362,000 a year earlier.\n"
DIRTY_CLAIMS = """\
article:
  path: ../seeds/{name}.txt
claims:
  - {{id: before, quote: "362,000", value: "362,000", unit: count}}
  - {{id: after, quote: "412,000 TEUs", value: "412,000", unit: count}}
  - {{id: rise, quote: "18 percent", value: "18", unit: percent}}
relations:
  - {{kind: change, from: before, to: after, percent: rise, direction: increase}}
"""
CLEAN_ARTICLE = "The fair drew 336 enterprises and 12 guests.\n"
CLEAN_CLAIMS = """\
article:
  path: ../seeds/{name}.txt
claims:
  - {{id: firms, quote: "336 enterprises", value: "336", unit: count}}
  - {{id: guests, quote: "12 guests", value: "12", unit: count}}
relations:
  - {{kind: ordering, claims: [guests, firms]}}
"""


def pair(root: Path, name: str, dirty: bool) -> Path:
    """claims/<name>.yaml and seeds/<name>.txt under root; returns the claims file (relative)."""
    (root / "claims").mkdir(exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds" / f"{name}.txt").write_text(DIRTY_ARTICLE if dirty else CLEAN_ARTICLE, encoding="utf-8")
    template = DIRTY_CLAIMS if dirty else CLEAN_CLAIMS
    (root / "claims" / f"{name}.yaml").write_text(template.format(name=name), encoding="utf-8")
    return Path("claims") / f"{name}.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", "--isolated", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err
    return code, out, err


def checked(out: str) -> list[str]:
    """The articles a JSON report covers, in order."""
    return [c["article"] for c in json.loads(out)["summary"]["coverage"]]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- formats and files -------------------------------------------------------------------------


def test_suffixes_cover_every_format():
    assert set(SUFFIXES) == set(FORMATS)
    assert len(set(SUFFIXES.values())) == len(SUFFIXES)


def test_every_format_into_out_dir(capsys, in_tmp):
    """One file per checked file and format, named <stem><suffix>; each holds only its own file."""
    dirty, clean = pair(in_tmp, "ports", True), pair(in_tmp, "fair", False)
    code, out, err = run(capsys, str(dirty), str(clean), "--format", ",".join(FORMATS), "--out-dir", "out")
    assert (code, out, err) == (1, "", "")
    expected = sorted(f"{stem}{suffix}" for stem in ("ports", "fair") for suffix in SUFFIXES.values())
    assert sorted(p.name for p in (in_tmp / "out").iterdir()) == expected
    ports = json.loads((in_tmp / "out" / "ports.json").read_text(encoding="utf-8"))
    fair = json.loads((in_tmp / "out" / "fair.json").read_text(encoding="utf-8"))
    assert [f["code"] for f in ports["findings"]] == ["CHG001"] and ports["summary"]["files"] == 1
    assert fair["findings"] == [] and fair["summary"]["files"] == 1
    concise = (in_tmp / "out" / "ports.concise.txt").read_text(encoding="utf-8")
    assert concise.startswith("claims/ports.yaml:6:5: CHG001 error ")
    assert (in_tmp / "out" / "fair.concise.txt").read_text(encoding="utf-8") == ""
    assert "1 file(s), 3 claims, 1 relations: 1 error(s)" in (in_tmp / "out" / "ports.txt").read_text()
    assert json.loads((in_tmp / "out" / "ports.sarif").read_text())["version"] == "2.1.0"
    assert (in_tmp / "out" / "ports.junit.xml").read_text().lstrip().startswith("<?xml")
    assert (in_tmp / "out" / "ports.html").read_text().lstrip().lower().startswith("<!doctype html")
    assert "::error " in (in_tmp / "out" / "ports.github.txt").read_text()


def test_several_formats_default_to_reports(capsys, in_tmp):
    dirty = pair(in_tmp, "ports", True)
    code, out, _ = run(capsys, str(dirty), "--format", "text,sarif")
    assert (code, out) == (1, "")
    assert sorted(p.name for p in (in_tmp / "reports").iterdir()) == ["ports.sarif", "ports.txt"]


def test_one_format_goes_to_stdout(capsys, in_tmp):
    dirty = pair(in_tmp, "ports", True)
    code, out, _ = run(capsys, str(dirty), "--format", "concise")
    assert code == 1 and out.startswith("claims/ports.yaml:6:5: CHG001 error ")
    assert not (in_tmp / "reports").exists()


def test_output_with_several_formats_is_a_usage_error(capsys, in_tmp):
    dirty = pair(in_tmp, "ports", True)
    code, out, err = run(capsys, str(dirty), "--format", "text,json", "--output", "r.txt")
    assert (code, out) == (2, "")
    assert err == "r.txt: --output takes one format; use --out-dir for several\n"
    assert not Path("r.txt").exists()


def test_output_with_several_formats_from_configuration(capsys, in_tmp):
    dirty = pair(in_tmp, "ports", True)
    Path("factlint.toml").write_text('format = ["text", "json"]\n', encoding="utf-8")
    code = main(["check", str(dirty), "--output", "r.txt"])
    assert code == 2 and "--output takes one format" in capsys.readouterr().err


def test_unknown_format(capsys, in_tmp):
    dirty = pair(in_tmp, "ports", True)
    code, _, err = run(capsys, str(dirty), "--format", "text,pdf")
    assert code == 2 and "unknown format" in err and "pdf" in err


@pytest.mark.parametrize("order", [("ports", "fair"), ("fair", "ports")])
def test_exit_code_reflects_every_file(capsys, in_tmp, order):
    """A finding in any file fails the run, whichever file comes first, to stdout or an out-dir."""
    pair(in_tmp, "ports", True)
    pair(in_tmp, "fair", False)
    paths = [f"claims/{name}.yaml" for name in order]
    code, out, _ = run(capsys, *paths, "--format", "json")
    assert code == 1 and checked(out) == [f"seeds/{name}.txt" for name in order]
    assert run(capsys, *paths, "--format", "text,json", "--out-dir", "out")[0] == 1
    assert run(capsys, *paths, "--format", "concise", "--fail-on", "error")[0] == 1


def test_exit_code_clean_files(capsys, in_tmp):
    pair(in_tmp, "fair", False)
    pair(in_tmp, "fair2", False)
    assert run(capsys, "claims/fair.yaml", "claims/fair2.yaml")[0] == 0
    assert run(capsys)[0] == 0  # default: claims/


def test_out_dir_same_stem_does_not_overwrite(capsys, in_tmp):
    (in_tmp / "a").mkdir()
    (in_tmp / "b").mkdir()
    pair(in_tmp / "a", "x", True)
    pair(in_tmp / "b", "x", False)
    code, _, _ = run(capsys, "a/claims/x.yaml", "b/claims/x.yaml", "--format", "text,json", "--out-dir", "out")
    assert code == 1
    assert len(list((in_tmp / "out").iterdir())) == 4


# --- --use-claims ------------------------------------------------------------------------------


def test_use_claims_swaps_a_recorded_article(capsys, monkeypatch, tmp_path):
    """From the repository root, the seed article is checked through its claims file (86 claims,
    findings located in the claims file); an article nobody records is checked zero-config."""
    monkeypatch.chdir(REPO)
    plain = tmp_path / "plain.txt"
    plain.write_text(DIRTY_ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "--use-claims", "--format", "json", "seeds/000_feb5f9032e01b09c.txt", str(plain))
    assert code == 1
    payload = json.loads(out)
    assert payload["summary"]["files"] == 2 and payload["summary"]["claims"] == 86 + 3
    by_file = {(f["file"], f["code"]) for f in payload["findings"]}
    assert by_file == {("claims/000_feb5f9032e01b09c.yaml", "CHG003"), ("claims/000_feb5f9032e01b09c.yaml", "CUR001"),
                       (str(plain), "CHG001")}
    assert checked(out) == ["seeds/000_feb5f9032e01b09c.txt", str(plain)]


def test_without_use_claims_the_seed_article_is_zero_config(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    code, out, _ = run(capsys, "--format", "json", "seeds/000_feb5f9032e01b09c.txt")
    assert code == 1
    payload = json.loads(out)
    assert {f["file"] for f in payload["findings"]} == {"seeds/000_feb5f9032e01b09c.txt"}
    assert sorted(f["code"] for f in payload["findings"]) == ["CHG003", "CUR001"]


def test_use_claims_checks_a_file_once(capsys, monkeypatch):
    """The article and its claims file both given: checked once."""
    monkeypatch.chdir(REPO)
    code, out, _ = run(capsys, "--use-claims", "--format", "json", "claims/000_feb5f9032e01b09c.yaml",
                       "seeds/000_feb5f9032e01b09c.txt")
    assert code == 1 and json.loads(out)["summary"]["files"] == 1


# --- --changed-only ----------------------------------------------------------------------------


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c",
                             "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                            cwd=root, capture_output=True, text=True, check=True)
    return result.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository: claims/ports.yaml + seeds/ports.txt, claims/fair.yaml + seeds/fair.txt
    and notes.md, committed once."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    pair(root, "ports", True)
    pair(root, "fair", False)
    (root / "notes.md").write_text("Notes.\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    monkeypatch.chdir(root)
    return root


def test_changed_article_checks_its_claims_file(capsys, repo):
    (repo / "seeds" / "fair.txt").write_text("The fair drew 336 enterprises and 12 guests on Monday.\n")
    code, out, err = run(capsys, "--changed-only", "--base", "HEAD", "--format", "json")
    assert (code, err) == (0, "")
    assert checked(out) == ["seeds/fair.txt"]


def test_changed_claims_file_is_checked(capsys, repo):
    claims = repo / "claims" / "ports.yaml"
    claims.write_text(claims.read_text() + "# reviewed\n")
    code, out, _ = run(capsys, "--changed-only", "--base", "HEAD", "--format", "json")
    assert code == 1 and checked(out) == ["seeds/ports.txt"]


def test_only_another_file_changed(capsys, repo):
    (repo / "notes.md").write_text("More notes.\n")
    code, out, err = run(capsys, "--changed-only", "--base", "HEAD")
    assert (code, out) == (0, "")
    assert err == "factlint: nothing changed since HEAD: no file to check\n"


def test_nothing_changed(capsys, repo):
    code, out, err = run(capsys, "--changed-only", "--base", "HEAD", "claims/")
    assert (code, out) == (0, "") and "nothing changed since HEAD" in err


def test_committed_change_since_base(capsys, repo):
    """--base the first commit: a later commit's change (nothing uncommitted) counts."""
    first = git(repo, "rev-parse", "HEAD")
    (repo / "seeds" / "ports.txt").write_text(DIRTY_ARTICLE.replace("a year earlier", "in 2023"))
    git(repo, "commit", "-q", "-am", "second")
    assert git(repo, "status", "--porcelain") == ""
    code, out, _ = run(capsys, "--changed-only", "--base", first, "--format", "json")
    assert code == 1 and checked(out) == ["seeds/ports.txt"]
    code, _, err = run(capsys, "--changed-only", "--base", "HEAD")
    assert code == 0 and "nothing changed since HEAD" in err


def test_staged_change_counts(capsys, repo):
    (repo / "seeds" / "fair.txt").write_text("The fair drew 336 enterprises and 12 guests on Monday.\n")
    git(repo, "add", "seeds/fair.txt")
    code, out, _ = run(capsys, "--changed-only", "--base", "HEAD", "--format", "json")
    assert code == 0 and checked(out) == ["seeds/fair.txt"]


def test_untracked_files_count_as_changed(capsys, repo):
    pair(repo, "new", True)
    code, out, _ = run(capsys, "--changed-only", "--base", "HEAD", "--format", "json")
    assert code == 1 and checked(out) == ["seeds/new.txt"]


def test_changed_articles_on_the_command_line(capsys, repo):
    """Articles given as paths: only the changed one is checked (zero-config)."""
    (repo / "seeds" / "fair.txt").write_text("The fair drew 336 enterprises and 12 guests on Monday.\n")
    code, out, _ = run(capsys, "--changed-only", "--base", "HEAD", "--format", "json",
                       "seeds/ports.txt", "seeds/fair.txt")
    assert code == 0 and checked(out) == ["seeds/fair.txt"]


def test_changed_only_with_use_claims(capsys, repo):
    (repo / "seeds" / "ports.txt").write_text(DIRTY_ARTICLE + "\n")
    code, out, _ = run(capsys, "--changed-only", "--base", "HEAD", "--use-claims", "--format", "concise",
                       "seeds/ports.txt", "seeds/fair.txt")
    assert code == 1 and out.startswith("claims/ports.yaml:6:5: CHG001 error ")


def test_bad_base_ref(capsys, repo):
    code, out, err = run(capsys, "--changed-only", "--base", "no-such-ref")
    assert (code, out) == (2, "")
    assert "--changed-only" in err and len(err.splitlines()) == 1


def test_bad_base_ref_message_names_the_ref(capsys, repo):
    code, _, err = run(capsys, "--changed-only", "--base", "no-such-ref")
    assert code == 2
    assert "no-such-ref" in err and "unknown revision" in err, err


def test_changed_only_outside_git(capsys, in_tmp):
    pair(in_tmp, "fair", False)
    code, _, err = run(capsys, "--changed-only", "--base", "HEAD")
    assert code == 2 and "not a git repository" in err


# --- progress bar ------------------------------------------------------------------------------


def test_progress_is_silent_when_stderr_is_not_a_terminal(capsys, in_tmp):
    for name in ("a", "b", "c"):
        pair(in_tmp, name, False)
    code, out, err = run(capsys, "claims/a.yaml", "claims/b.yaml", "claims/c.yaml")
    assert (code, err) == (0, "")
    assert "checking" not in out and "3 file(s)" in out


def on_a_terminal(cwd: Path, *argv: str) -> tuple[int, str, str]:
    """Run `factlint check` with stdin and stderr on a pseudo-terminal; (exit, terminal, stdout)."""
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TTY_INTERACTIVE", "TTY_COMPATIBLE")}
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
    process = subprocess.Popen([sys.executable, "-m", "factlint.cli", "check", "--isolated", *argv],
                               cwd=cwd, stdin=follower, stderr=follower, stdout=subprocess.PIPE, env=env)
    os.close(follower)
    terminal = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            terminal += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    stdout = process.stdout.read() if process.stdout else b""
    code = process.wait(timeout=60)
    return code, terminal.decode("utf-8", "replace"), stdout.decode("utf-8")


def test_progress_bar_on_a_terminal(in_tmp):
    for name in ("a", "b", "c"):
        pair(in_tmp, name, False)
    pair(in_tmp, "d", True)
    code, terminal, stdout = on_a_terminal(in_tmp, "--format", "concise", "claims/")
    assert code == 1
    assert "checking" in terminal
    assert re.search(r"\d/4", terminal), terminal
    assert stdout.startswith("claims/d.yaml:6:5: CHG001 error ") and "checking" not in stdout
    code, terminal, _ = on_a_terminal(in_tmp, "claims/a.yaml")  # one file: no bar
    assert code == 0 and "checking" not in terminal


def test_rich_is_a_declared_dependency():
    """The progress bar imports rich: a fresh `pip install .` must bring it."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    assert "rich" in names


# --- pre-commit hook ---------------------------------------------------------------------------


def hook() -> dict:
    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    return hooks[0]


def test_pre_commit_hook_definition():
    entry = hook()
    assert entry["id"] == "factlint"
    assert entry["name"].startswith("factlint")
    assert entry["language"] == "python"
    argv = shlex.split(entry["entry"])
    assert argv[:2] == ["factlint", "check"]
    assert "--use-claims" in argv and "--format" in argv
    files = re.compile(entry["files"])
    for path in ("claims/x.yaml", "claims/x.yml", "seeds/x.txt", "seeds/x.md", "claims/000_feb5f9032e01b09c.yaml"):
        assert files.search(path), path
    for path in ("README.md", ".github/workflows/ci.yml", "factlint/cli.py", "tests/claims/x.yaml",
                 "seeds/x.yaml.bak", ".pre-commit-hooks.yaml"):
        assert not files.search(path), path


def test_pre_commit_hook_runs(capsys, monkeypatch):
    """pre-commit runs `entry` with the changed files that `files` matches, from the repository root."""
    monkeypatch.chdir(REPO)
    entry = hook()
    files = re.compile(entry["files"])
    changed = ["claims/000_feb5f9032e01b09c.yaml", "seeds/001_nordhaven_ports.txt", "README.md"]
    argv = shlex.split(entry["entry"])[1:] + [f for f in changed if files.search(f)]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    concise = re.compile(r"^claims/\S+\.yaml:\d+:\d+: [A-Z]{3}\d{3} (error|warning|info) .+ "
                         r"\[seeds/\S+\.txt:\d+:\d+\]$")
    assert lines and all(concise.match(line) for line in lines), out
    assert {line.split(":")[0] for line in lines} == {"claims/000_feb5f9032e01b09c.yaml",
                                                      "claims/001_nordhaven_ports.yaml"}
    assert sum(line.startswith("claims/000_") for line in lines) == 2
