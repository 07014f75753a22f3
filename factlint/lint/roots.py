"""Where a claims file may read its article from: the project root, and the folders the
configuration (`article-roots`) or the command line (`--article-root`) adds.

factlint runs in CI on pull requests from people a newsroom does not control. A claims file's
`article.path` is theirs to write; without a bound, `path: /proc/self/environ` would put that file
into every report. The project root is the configuration file's folder, else the git work tree
around the working directory, else the working directory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def project_root(config_path: Path | None, cwd: Path) -> Path:
    if config_path is not None:
        return config_path.resolve().parent
    here = cwd.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():  # a work tree's .git is a folder, a worktree's a file
            return folder
    return here


def article_roots(config_path: Path | None, configured: Sequence[Path], extra: Sequence[Path],
                  cwd: Path) -> tuple[Path, ...]:
    """The project root, then the configured folders, then the command line's (relative to `cwd`)."""
    roots = [project_root(config_path, cwd), *configured, *(cwd / folder for folder in extra)]
    return tuple(dict.fromkeys(root.resolve() for root in roots))


def default_roots(cwd: Path | None = None) -> tuple[Path, ...]:
    """The roots when nothing is configured: the project root found from `cwd` alone."""
    from factlint.lint.config import find_config

    here = cwd or Path.cwd()
    return (project_root(find_config(here), here),)
