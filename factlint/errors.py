"""Input errors: everything wrong with what the user gave us, located and explained (exit 2)."""

from __future__ import annotations

import errno
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class InputError(Exception):
    """One or more problems with an input file; the CLI prints them all and exits 2."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @classmethod
    def at(cls, path: str, line: int | None, column: int | None, message: str) -> InputError:
        return cls([Problem(path, line, column, message)])


def offset_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a character offset, for parsers that only give one."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def unacceptable_character(character: int | bytes) -> str:
    """What YAML's reader refuses (a control character), said plainly, without its Python repr."""
    code = character[0] if isinstance(character, bytes) else character
    return f"control character U+{code:04X} is not allowed in YAML: remove it"


# Why a write failed, in words an editor can act on (strerror says "Errno 28" style things).
_OS_REASONS = {
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EEXIST: "a file is in the way",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "input/output error",
}


def os_failure(path: str, error: OSError, doing: str, outcome: str) -> InputError:
    """An OSError while reading or writing, as an input error: what failed, why, and what it left."""
    reason = _OS_REASONS.get(error.errno or 0) or error.strerror or type(error).__name__
    return InputError.at(path, None, None, f"cannot {doing}: {reason}; {outcome}")
