"""`factlint sync`: re-anchor quotes after the article was edited, and record what the text now
says, editing the claims file in place without losing its comments, order or layout.

Each quote is looked up exactly first (layout forgiven, on token boundaries); a quote that is
gone is looked for where its neighbours in the claims file say it must be (`placement`). A quote
that cannot be re-anchored unambiguously stops the whole sync: nothing is written, and the error
names the claim and why.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factlint.claims.anchoring import Anchor, anchor_claim, hedge_at, mention_matches, pick_mention
from factlint.claims.model import Claim, ClaimsFile
from factlint.claims.placement import Neighbourhood, Unplaceable, place
from factlint.errors import InputError, Problem, os_failure
from factlint.figures.figure import fraction_notation, words_to_int
from factlint.figures.hedges import HEDGES, lookup_hedge, same_meaning
from factlint.text.article import Article, Span, normalize
from factlint.text.scan import Mention


@dataclass(frozen=True)
class Update:
    claim_id: str
    changes: dict[str, str | int | None]  # field -> new value (None: remove the field)
    reason: str
    index: int  # the claim's place in the claims list, which is how the YAML edit finds it


def plan_updates(claims_file: ClaimsFile, article: Article) -> list[Update]:
    """What sync would change; raises InputError if any quote cannot be re-anchored."""
    anchors = [anchor_claim(claim, article) for claim in claims_file.claims]
    neighbours = Neighbourhood.of(article, anchors)
    updates: list[Update] = []
    problems: list[Problem] = []
    for index, (claim, anchor) in enumerate(zip(claims_file.claims, anchors, strict=True)):
        try:
            update = _update_for(claim, anchor, article, neighbours, index)
        except Unplaceable as error:
            problems.append(Problem(claims_file.path, claim.location.line, claim.location.column,
                                    f"claim {claim.id!r}: {error}"))
            continue
        if update is not None:
            updates.append(update)
    if problems:
        raise InputError(problems)
    return updates


def _update_for(claim: Claim, anchor: Anchor, article: Article, neighbours: Neighbourhood,
                index: int) -> Update | None:
    changes: dict[str, str | int | None] = {}
    if anchor.found:
        quote_span, mention, reason = anchor.span, anchor.mention, "figure changed in place"
        placed = _placed_occurrence(claim, anchor, article, neighbours.window(index))
        if placed is not None:  # the quote occurs several times: the one between its neighbours
            quote_span, occurrence = placed
            mention = pick_mention(claim, article.text[quote_span.start:quote_span.end])
            changes["occurrence"] = occurrence
            reason = "occurrence chosen by place"
    else:
        window = neighbours.window(index)
        quote_span = _rehedged_anchor(claim, article, window) or place(
            claim, article, window, neighbours.recorded_figures())
        changes["quote"] = _quote_text(article, quote_span)
        changes.update(_occurrence_change(claim, article, changes["quote"], quote_span))
        mention = pick_mention(claim, article.text[quote_span.start:quote_span.end])
        reason = "quote re-anchored"
    assert quote_span is not None
    if mention is None:
        raise Unplaceable(f"the text at {_where(article, quote_span)} writes no {claim.unit.kind} figure")
    if not mention_matches(claim, mention):
        changes["value"] = recorded_value(claim, mention)
    changes.update(_hedge_change(claim, article, quote_span, mention))
    return Update(claim.id, changes, reason, index) if changes else None


def _placed_occurrence(claim: Claim, anchor: Anchor, article: Article, window: Span) -> tuple[Span, int] | None:
    """A quote found several times: the one occurrence that lies between the claim's neighbours,
    when it is not the one used now, or when none is recorded (ANC003's "the first is used")."""
    if anchor.occurrences < 2 or anchor.span is None:
        return None
    spans = article.find_all(claim.quote)
    inside = [k for k, span in enumerate(spans) if window.start <= span.start and span.end <= window.end]
    if len(inside) != 1:
        return None
    chosen = spans[inside[0]]
    if chosen == anchor.span and claim.occurrence is not None:
        return None
    return chosen, inside[0] + 1


def _occurrence_change(claim: Claim, article: Article, quote: str | int | None,
                       span: Span) -> dict[str, str | int | None]:
    """A re-anchored quote that occurs several times records which occurrence it is."""
    spans = article.find_all(str(quote))
    if len(spans) > 1 and span in spans:
        return {"occurrence": spans.index(span) + 1}
    return {"occurrence": None} if claim.occurrence is not None else {}


def _rehedged_anchor(claim: Claim, article: Article, window: Span) -> Span | None:
    """The one place near its neighbours where the quote stands with its hedge reworded or dropped
    ("more than" -> "over").

    Fuzzy matching cannot see this edit: in "to more than 7.2 million" the hedge outweighs the
    figure, so "at more than $1 billion" scores higher than "to over 7.2 million".
    """
    if lookup_hedge(claim.hedge) is None:
        return None
    quote = normalize(claim.quote)
    hedge = " ".join((claim.hedge or "").split())
    found = re.search(r"(?<!\w)" + re.escape(hedge) + r"(?!\w)\s*", quote, re.IGNORECASE)
    if found is None:
        return None
    spans: set[Span] = set()
    for name in ("", *HEDGES):
        if name != hedge.lower():
            written = name.capitalize() if found.group()[0].isupper() else name
            rest = quote[found.end():]
            spans.update(s for s in article.find_all(quote[:found.start()] + (f"{written} " if name else "") + rest)
                         if window.start <= s.start and s.end <= window.end)
    return spans.pop() if len(spans) == 1 else None


def _quote_text(article: Article, span: Span) -> str:
    return " ".join(article.text[span.start:span.end].replace("\\$", "$").split())


def _where(article: Article, span: Span) -> str:
    position = article.position(span.start)
    return f"{article.path}:{position.line}:{position.column}"


def recorded_value(claim: Claim, mention: Mention) -> str:
    """The value to record for what the text writes, in the claims file's notation."""
    if mention.period is not None:
        first_year, first, last_year, last = mention.period
        year = last_year or (claim.period[2] if claim.period else None)
        if year is not None:
            start = first_year or (year if first <= last else year - 1)
            return f"{start:04d}-{first:02d}/{year:04d}-{last:02d}"
    if mention.date is not None:
        year, month, day = mention.date
        year = year or (claim.date[0] if claim.date else None)
        return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    if mention.years is not None:
        if mention.kind == "decade":
            return f"{mention.years[0]}s"
        return f"{mention.years[0]}-{mention.years[1]}"
    if mention.kind == "weekday":
        return mention.text.capitalize()
    assert mention.figure is not None
    figure = mention.figure
    if mention.kind == "fraction":
        return fraction_notation(figure.written) or figure.written
    written = figure.written.replace("\\", "")
    first = written.split()[0]
    if not first[0].isdigit():  # number words are recorded as digits: "Eleven" -> 11
        rest = written.split()[1:]
        try:
            return " ".join([str(words_to_int(first)), *rest])
        except ValueError:
            return written
    return written


def _hedge_change(claim: Claim, article: Article, quote_span: Span,
                  mention: Mention) -> dict[str, str | None]:
    if claim.hedge is None:
        return {}
    written = hedge_at(article, quote_span.start + mention.start)
    if same_meaning(lookup_hedge(claim.hedge), lookup_hedge(written)):
        return {}
    return {"hedge": written}


# -- writing -------------------------------------------------------------------------------------

def apply_updates(text: str, updates: list[Update]) -> str:
    """The claims file text with the updates applied by ruamel's round-trip (comments kept)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    # Styles are kept as the author wrote them; factlint reads scalars as written, so an
    # unquoted 336 or 2024-10-09 stays the string it looks like.
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long quote onto a second line
    yaml.indent(**_indentation(text))
    document = yaml.load(text)
    for update in updates:
        # By place, not by id: round-trip YAML reads `id: true` as a boolean and `id: 0x1F` as 31,
        # where factlint reads the text as written.
        entry = document["claims"][update.index]
        for key, value in update.changes.items():
            if value is None:
                if key in entry:
                    _remove_keeping_comments(entry, key)
                continue
            old = entry.get(key)
            style: Any = type(old) if isinstance(
                old, DoubleQuotedScalarString | SingleQuotedScalarString) else None
            entry[key] = style(value) if style else value
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


def _remove_keeping_comments(entry: Any, key: str) -> None:
    """Delete a key; the comments ruamel attached to it (its own, and the lines below it up to the
    next key or claim) move to the key before it instead of vanishing with it."""
    keys = list(entry)
    moved = entry.ca.items.pop(key, [None] * 4)[2]
    column = entry.lc.key(key)[1]
    del entry[key]
    index = keys.index(key)
    if moved is None or index == 0:
        return
    previous = entry.ca.items.setdefault(keys[index - 1], [None] * 4)
    if previous[2] is None:
        previous[2] = moved
    else:  # append below the previous key's own comment, on lines of their own
        previous[2].value += moved.value[1:] if moved.value.startswith("\n") else " " * column + moved.value


def _indentation(text: str) -> dict[str, int]:
    """The file's own indentation: with ruamel's defaults every line of `  - id: x` would move."""
    from ruamel.yaml.util import load_yaml_guess_indent

    _, sequence, offset = load_yaml_guess_indent(text)
    nested = re.search(r"^[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*( +)[^\s#-]", text,
                       re.MULTILINE)
    return {"mapping": len(nested.group(1)) if nested else 2, "sequence": sequence or 2, "offset": offset or 0}


def diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True),
                                        after.splitlines(keepends=True),
                                        fromfile=f"{path} (now)", tofile=f"{path} (synced)"))


def write_atomically(path: Path, text: str, expected_digest: str) -> None:
    """Replace `path` with `text` in one step, unless it changed since it was read.

    The digest is checked twice: before writing, and again once the new text is on disk, just
    before the rename, so an edit made while the temporary file was written and synced is not
    overwritten. Any failure (disk full, read-only folder) leaves the file as it was.
    """
    _refuse_if_changed(path, expected_digest)
    kept = "nothing written, the claims file is as it was"
    try:
        temporary = _write_temporary(path, text, path.stat().st_mode & 0o777)
    except OSError as error:
        raise os_failure(str(path), error, "write the synced claims file", kept) from None
    try:
        _refuse_if_changed(path, expected_digest)
        os.replace(temporary, path)
    except OSError as error:
        raise os_failure(str(path), error, "replace the claims file", kept) from None
    finally:
        temporary.unlink(missing_ok=True)


def _refuse_if_changed(path: Path, expected_digest: str) -> None:
    try:
        current = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise os_failure(str(path), error, "read the claims file again before writing", "nothing written") from None
    if current != expected_digest:
        raise InputError.at(str(path), None, None,
                            "the file changed while sync was working: nothing written; run again")


def replace_file(path: Path, text: str) -> None:
    """Write `path` through a temporary file and a rename: readers see the old file or the new one,
    never a torn one, and a failed write leaves the old one (reports, `--output`)."""
    mode = path.stat().st_mode & 0o777 if path.is_file() else 0o644
    temporary = _write_temporary(path, text, mode)
    try:
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_new(path: Path, text: str) -> None:
    """Create `path` with `text`, never replacing an existing file (`init` must not clobber).

    The text goes to a temporary file first and is then hard-linked into place: the link fails
    if the name exists, so a file created meanwhile is never overwritten, nor left half-written.
    """
    if path.exists():
        raise InputError.at(str(path), None, None,
                            "already exists: nothing written (choose another --output, or edit it)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = _write_temporary(path, text, 0o644)
    except OSError as error:
        raise os_failure(str(path), error, "write the claims file", "nothing written") from None
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise InputError.at(str(path), None, None, "already exists: nothing written") from None
    except OSError as error:
        raise os_failure(str(path), error, "write the claims file", "nothing written") from None
    finally:
        temporary.unlink(missing_ok=True)


def _write_temporary(path: Path, text: str, mode: int) -> Path:
    """`text`, flushed to disk, in a temporary file beside `path` (so a rename stays atomic)."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary
