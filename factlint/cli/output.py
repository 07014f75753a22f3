"""Reports written to files (`--output`, `--out-dir`): through a temporary file and a rename, so a
report is never torn, and a failed write (disk full, read-only folder, a folder in the way) is an
input error that says what happened and what it left, never a traceback.
"""

from __future__ import annotations

import errno
from pathlib import Path

from factlint.claims.sync import replace_file
from factlint.errors import os_failure


def write_report(path: Path, text: str) -> None:
    existed = path.is_file()
    try:
        if path.is_dir():  # renaming onto "." would say EBUSY, onto a folder EISDIR: say it plainly
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        replace_file(path, text)
    except OSError as error:
        left = "the previous report is as it was" if existed else "nothing written"
        raise os_failure(str(path), error, "write the report", left) from None


def make_folder(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_failure(str(path), error, "create the report folder", "no report written") from None
