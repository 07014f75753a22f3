"""Translation files as translators exchange them: XLIFF 1.2, XLIFF 2.0 and PO, read with
translate-toolkit's storage classes, one segment per unit, located by unit id and line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from factlint.errors import InputError
from factlint.l10n.locales import UnknownLocaleError, normalize_locale
from factlint.l10n.segments import Segment
from factlint.limits import TRANSLATION_BYTES, read_limited


def read_segments(path: Path, source_locale: str | None, target_locale: str | None) -> list[Segment]:
    """Every translated unit of the file; locales from the command line win over the file's own."""
    store = _load(path)
    source = source_locale or _language(store, "getsourcelanguage") or "en"
    target = target_locale or _language(store, "gettargetlanguage")
    if not target:
        raise InputError.at(str(path), None, None, "the file names no target language: "
                                                   "pass --target-locale (de, fr, zh_Hans, ...)")
    try:
        source, target = normalize_locale(source), normalize_locale(target)
    except UnknownLocaleError as error:
        raise InputError.at(str(path), None, None, str(error)) from None
    text = path.read_text(encoding="utf-8", errors="replace")
    segments = []
    for unit in store.units:
        if unit.isheader() or not str(unit.target or "").strip():
            continue
        unit_id = _unit_id(unit)
        line = _line(unit, text)
        segments.append(Segment(unit_id, str(unit.source), str(unit.target), source, target, str(path),
                                line, source_line=line, source_file=str(path)))
    return segments


def _load(path: Path) -> Any:
    try:
        data = read_limited(path, TRANSLATION_BYTES, str(path))
    except OSError as error:
        raise InputError.at(str(path), None, None, f"cannot read: {error.strerror}") from None
    try:
        if path.suffix.lower() in (".po", ".pot"):
            from translate.storage import po

            return po.pofile.parsestring(data)
        if re.search(rb"<xliff[^>]*version=[\"']2", data[:2000]):
            from translate.storage import xliff2

            return xliff2.Xliff2File.parsestring(data)
        from translate.storage import xliff

        return xliff.xlifffile.parsestring(data)
    except Exception as error:  # translate-toolkit raises lxml and its own errors
        line = getattr(error, "lineno", None) or getattr(error, "position", (None,))[0]
        raise InputError.at(str(path), line if isinstance(line, int) else None, None,
                            f"not a readable XLIFF or PO file: {error}") from None


def _language(store: Any, method: str) -> str | None:
    getter = getattr(store, method, None)
    try:
        language = getter() if getter else None
    except Exception:  # a header without the language field
        language = None
    if language is None and method == "gettargetlanguage" and hasattr(store, "parseheader"):
        # translate-toolkit drops a PO "Language:" it does not know ("zh-Hant-HK"); babel may
        language = store.parseheader().get("Language") or None
    return language


def _unit_id(unit: Any) -> str:
    identifier = str(unit.getid() or "")
    return identifier.rsplit("\x04", 1)[-1] or str(unit.source)[:30]


def _line(unit: Any, text: str) -> int:
    """The unit's line: lxml's for XLIFF, the msgstr's for PO (found by its text)."""
    element = getattr(unit, "xmlelement", None)
    if element is not None and getattr(element, "sourceline", None):
        target = next((e for e in element.iter() if isinstance(e.tag, str) and e.tag.endswith("target")), None)
        return int((target if target is not None else element).sourceline)
    needle = str(unit.target).split("\n")[0][:40]
    offset = text.find(needle)
    return text.count("\n", 0, offset) + 1 if offset >= 0 else 1
