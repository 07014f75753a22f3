"""A claims file reads its article only from inside the project (issue: no file outside the project
in a report). In CI on a pull request, `article.path` is written by whoever sent it; pointing it at
/etc/passwd or /proc/self/environ must not put that file into any report."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.cli import main
from factlint.reporters import FORMATS

ARTICLE = "The fair drew 336 enterprises.\n"
SECRET = "DEPLOY_KEY=hunter2 and 4,242 other figures\n"


def claims(path: str) -> str:
    return (f"article:\n  path: {path}\n  published: 2024-10-18\nclaims:\n"
            "  - {id: firms, quote: \"336 enterprises\", value: \"336\", unit: count}\n")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/project is the working directory; tmp_path/outside holds a 'secret' beside it."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "seeds" / "fair.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "outside" / "fair.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_outside_the_project_is_refused_in_every_format(project, capsys, fmt):
    (project / "claims" / "leak.yaml").write_text(claims("../../outside/secret.txt"), encoding="utf-8")
    code, out, err = run(capsys, "check", "claims/leak.yaml", "--format", fmt)
    assert code == 2
    assert out == ""  # no report at all, so nothing of the file can be in one
    assert err.startswith("claims/leak.yaml:2:9: article file '../../outside/secret.txt' is outside the project")
    assert "--article-root" in err and "hunter2" not in err


def test_absolute_system_paths_are_refused_before_they_are_looked_at(project, capsys):
    """/etc/passwd exists and /etc/no-such-file does not: both get the same answer, so the message
    says nothing about which files exist on the machine."""
    for target in ("/etc/passwd", "/etc/no-such-file", "/proc/self/environ"):
        (project / "claims" / "sys.yaml").write_text(claims(target), encoding="utf-8")
        code, out, err = run(capsys, "check", "claims/sys.yaml")
        assert (code, out) == (2, "")
        assert f"article file '{target}' is outside the project" in err
        assert "not found" not in err


def test_a_symlink_inside_the_project_is_followed(project, capsys):
    (project / "seeds" / "innocent.txt").symlink_to(project.parent / "outside" / "secret.txt")
    (project / "claims" / "link.yaml").write_text(claims("../seeds/innocent.txt"), encoding="utf-8")
    code, out, err = run(capsys, "check", "claims/link.yaml", "--format", "html")
    assert (code, out) == (2, "")
    assert "'../seeds/innocent.txt' is outside the project" in err


def test_articles_inside_the_project_are_read(project, capsys):
    (project / "claims" / "fair.yaml").write_text(claims("../seeds/fair.txt"), encoding="utf-8")
    assert run(capsys, "check", "claims/fair.yaml")[0] == 0


def test_article_root_on_the_command_line_allows_a_folder(project, capsys):
    (project / "claims" / "far.yaml").write_text(claims("../../outside/secret.txt"), encoding="utf-8")
    code, out, _ = run(capsys, "check", "claims/far.yaml", "--article-root", "../outside", "--format", "concise")
    assert code in (0, 1)  # read and checked: the anchoring of 'firms' fails, which is a finding
    assert "ANC001" in out


def test_article_roots_in_the_configuration_allow_a_folder(project, capsys):
    (project / "factlint.toml").write_text('article-roots = ["../outside"]\n', encoding="utf-8")
    (project / "claims" / "far.yaml").write_text(claims("../../outside/secret.txt"), encoding="utf-8")
    assert run(capsys, "check", "claims/far.yaml")[0] in (0, 1)


def test_the_configuration_folder_is_the_project_root(tmp_path, capsys, monkeypatch):
    """Run from a subfolder: the root is where factlint.toml is, so a sibling folder is inside."""
    (tmp_path / "desk" / "claims").mkdir(parents=True)
    (tmp_path / "desk" / "stories").mkdir()
    (tmp_path / "desk" / "stories" / "fair.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "desk" / "factlint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    (tmp_path / "desk" / "claims" / "fair.yaml").write_text(claims("../stories/fair.txt"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "desk" / "claims")
    assert run(capsys, "check", "fair.yaml")[0] == 0


def test_the_git_work_tree_is_the_project_root(tmp_path, capsys, monkeypatch):
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "a" / "claims").mkdir(parents=True)
    (tmp_path / "repo" / "b").mkdir()
    (tmp_path / "repo" / "b" / "fair.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "repo" / "a" / "claims" / "fair.yaml").write_text(claims("../../b/fair.txt"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "repo" / "a")
    assert run(capsys, "check", "claims/fair.yaml")[0] == 0


def test_sync_refuses_too_and_writes_nothing(project, capsys):
    path = project / "claims" / "leak.yaml"
    path.write_text(claims("../../outside/secret.txt"), encoding="utf-8")
    before = path.read_bytes()
    code, out, err = run(capsys, "sync", "claims/leak.yaml", "--write")
    assert (code, out) == (2, "")
    assert "is outside the project" in err and path.read_bytes() == before
    (project / "claims" / "far.yaml").write_text(claims("../../outside/fair.txt"), encoding="utf-8")
    assert run(capsys, "sync", "claims/far.yaml")[0] == 2
    assert run(capsys, "sync", "claims/far.yaml", "--article-root", "../outside")[0] == 0
