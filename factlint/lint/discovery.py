"""Which files a `check` run covers: claims files and articles from the command line, folders
walked recursively, articles swapped for the claims file that records them (`--use-claims`), and, with
`--changed-only`, only what git says changed since a base ref.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factlint.errors import InputError

CLAIMS_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_CLAIMS_KEY = re.compile(r"^(?:article|claims)\s*:", re.MULTILINE)
_ARTICLE_PATH = re.compile(r"^\s+path:\s*[\"']?([^\"'#\n]+?)[\"']?\s*(?:#.*)?$", re.MULTILINE)


def expand(paths: Sequence[Path], default: Path) -> list[Path]:
    """Files to check: a folder gives every claims file and article under it (see `walk`); a
    missing path is an input error."""
    targets = list(paths) or [default]
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found.extend(walk(target))
        elif target.exists() or target.is_symlink():  # a dangling link is reported when read
            found.append(target)
        else:
            raise InputError.at(str(target), None, None, "no such file or folder")
    if not found:
        raise InputError.at(", ".join(map(str, targets)), None, None,
                            "no claims files (*.yaml) or articles (*.txt, *.md, *.markdown) found")
    return list(dict.fromkeys(found))


def walk(folder: Path) -> list[Path]:
    """Every claims file and article under `folder`, recursively and sorted; an article that a
    claims file found there records is checked through it, so it is left out itself. Hidden files
    and folders are passed over, and so is YAML that is not a claims file (a site's _config.yml)."""
    files = sorted(_files_under(folder))
    claims = [p for p in files if p.suffix.lower() in CLAIMS_SUFFIXES and _looks_like_claims(p)]
    recorded = {article for c in claims if (article := article_of(c)) is not None}
    articles = {p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES and _resolved(p) not in recorded}
    return [p for p in files if p in articles or p in claims]


def _files_under(folder: Path) -> Iterator[Path]:
    # os.walk does not follow links to folders: a link back up cannot loop the walk
    for top, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        yield from (Path(top) / name for name in names if not name.startswith("."))


def _looks_like_claims(path: Path) -> bool:
    """A top-level `article:` or `claims:` key; an unreadable file is kept, to be reported."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    return _CLAIMS_KEY.search(text) is not None


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return None


def article_of(claims_path: Path) -> Path | None:
    """The article a claims file names (article.path), without loading the whole file."""
    try:
        text = claims_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    match = _ARTICLE_PATH.search(text.split("\nclaims:", 1)[0])
    return (claims_path.parent / match.group(1).strip()).resolve() if match else None


def use_claims(paths: Iterable[Path], claims_dir: Path) -> list[Path]:
    """Articles replaced by the claims file that records them, when one in `claims_dir` does."""
    recorded = {}
    if claims_dir.is_dir():
        for claims in sorted(claims_dir.iterdir()):
            if claims.suffix in CLAIMS_SUFFIXES and (article := article_of(claims)) is not None:
                recorded.setdefault(article, claims)
    chosen: list[Path] = []
    for path in paths:
        target = recorded.get(path.resolve(), path) if path.suffix in ARTICLE_SUFFIXES else path
        if target not in chosen:
            chosen.append(target)
    return chosen


def changed_since(base: str, root: Path) -> set[Path]:
    """Files changed since `base` (committed, staged, unstaged or untracked), resolved."""
    commands = (["git", "diff", "--name-only", f"{base}...HEAD"], ["git", "diff", "--name-only"],
                ["git", "diff", "--name-only", "--cached"],
                ["git", "ls-files", "--others", "--exclude-standard"])
    top = _git(["git", "rev-parse", "--show-toplevel"], root).strip()
    known = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], cwd=root,
                           capture_output=True, text=True, check=False)
    if known.returncode != 0:
        raise InputError.at("--base", None, None, f"--changed-only: unknown revision {base!r} in git (a branch, "
                                                  f"tag or commit, e.g. origin/main or HEAD~1)")
    changed: set[Path] = set()
    for command in commands:
        changed.update((Path(top) / line).resolve() for line in _git(command, root).splitlines() if line)
    return changed


def only_changed(paths: Iterable[Path], changed: set[Path]) -> list[Path]:
    """Claims files that changed or whose article changed; articles that changed."""
    kept = []
    for path in paths:
        article = article_of(path) if path.suffix in CLAIMS_SUFFIXES else None
        if path.resolve() in changed or (article is not None and article in changed):
            kept.append(path)
    return kept


def _git(command: list[str], root: Path) -> str:
    try:
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError.at("git", None, None, "--changed-only needs git, which is not installed") from None
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "git failed"
        raise InputError.at(" ".join(command[:3]), None, None, f"--changed-only: {message}")
    return result.stdout
