"""Structure-aware fuzzing of every reader factlint has, and the one property they all share.

Each reader gets a hypothesis strategy that builds the input the way a person (or an attacker)
would get it wrong: articles from figures, scale words, currencies, hedges, dates, Unicode digits
and spaces and front matter of every shape; claims files by mutating valid ones (keys dropped,
types swapped, values out of range, relations dangling, huge numbers); configuration TOML;
XLIFF 1.2, XLIFF 2.0 and PO files; command lines. A `Case` is the files of one run and its argv.

The property (`verdict`): exit 0 or 1 with output that parses in the chosen format, or exit 2 with
a located message (`file:line:column: what`, or argparse's usage); never "internal error", a
traceback, an exception out of `main`, or a hang. `factlint.cli.main` runs in-process for speed.

Used by tests/test_fuzz.py (a short, derandomized profile) and benchmarks/fuzz_long.py (10⁵ cases).
Paths that a run may write to are drawn from a small safe alphabet, so no case writes outside its
own folder.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

READERS = ("article", "claims", "config", "xliff12", "xliff20", "po", "cli")
HANG_SECONDS = 30.0  # far above any honest case (the slowest take well under a second)
REGRESSIONS = Path(__file__).resolve().parent / "fixtures" / "fuzz"

# A located input error: "path:line:col: message", "path:line: message" or "path: message".
LOCATED = re.compile(r"^[^\s:][^:\n]*(?::\d+){0,2}: \S")
CONCISE = re.compile(r"^\S.*?:\d+:\d+: [A-Z]{3}\d{3} (?:error|warning|info) ")
GITHUB = re.compile(r"^::(?:error|warning|notice) [^\n]*?::")


# --- cases and the property ----------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One run: files written into a fresh folder, then `factlint *argv` there."""

    reader: str
    argv: tuple[str, ...]
    files: tuple[tuple[str, bytes], ...] = ()

    def to_json(self) -> str:
        files = {name: data.decode("utf-8", "surrogateescape") for name, data in self.files}
        return json.dumps({"reader": self.reader, "argv": list(self.argv), "files": files},
                          ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Case:
        spec = json.loads(text)
        files = tuple((name, data.encode("utf-8", "surrogateescape")) for name, data in spec["files"].items())
        return cls(spec["reader"], tuple(spec["argv"]), files)


@dataclass
class Outcome:
    code: int | None
    out: str
    err: str
    problem: str | None = None  # why the property fails; None when it holds
    written: dict[str, bytes] = field(default_factory=dict)


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that `main`'s `except Exception` cannot swallow it."""


@contextlib.contextmanager
def alarm(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: object) -> None:
        raise Hang(f"no answer after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def global_tables_restored() -> Iterator[None]:
    """A configuration's hedges and cues are process-wide (one run, one process); a fuzz run makes
    many runs in one process, so each starts from the shipped tables."""
    from factlint.figures import hedges
    from factlint.relations import cues

    table, cue_table, pattern = dict(hedges.HEDGES), dict(cues.CUES), cues._CUE
    try:
        yield
    finally:
        hedges.set_table(table)
        cues.CUES.clear()
        cues.CUES.update(cue_table)
        cues._CUE = pattern


def run_case(case: Case, base: Path | None = None, seconds: float = HANG_SECONDS) -> Outcome:
    """Run the case in a fresh folder under `base` and judge it."""
    from factlint.cli import main

    folder = Path(tempfile.mkdtemp(prefix="case-", dir=base))
    for name, data in case.files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    before = {p for p in folder.rglob("*")}
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    code: int | None = None
    raised: str | None = None
    try:
        os.chdir(folder)
        with global_tables_restored(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                alarm(seconds):
            code = main(list(case.argv))
    except Hang as hang:
        raised = f"hang: {hang}"
    except BaseException as error:
        raised = f"{type(error).__name__} escaped main: {error}"
    finally:
        os.chdir(cwd)
    written = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
               if p not in before and p.is_file()}
    _remove(folder)
    outcome = Outcome(code, out.getvalue(), err.getvalue(), raised, written)
    if outcome.problem is None:
        outcome.problem = verdict(case.argv, outcome)
    return outcome


def _remove(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
            path.rmdir()
        else:
            path.unlink()
    folder.rmdir()


def verdict(argv: tuple[str, ...], outcome: Outcome) -> str | None:
    """Why the outcome breaks the property, or None."""
    if "Traceback" in outcome.err or "internal error" in outcome.err:
        return f"crash: {outcome.err.strip()[:500]}"
    if outcome.code == 2:
        first = outcome.err.lstrip("\n").split("\n", 1)[0]
        if not (LOCATED.match(first) or first.startswith("usage: factlint")):
            return f"exit 2 without a located message: {outcome.err[:300]!r}"
        return None
    if outcome.code not in (0, 1):
        return f"exit code {outcome.code}"
    if outcome.code == 1 and argv[:1] not in (("check",), ("l10n",)):
        return f"exit 1 from {argv[0]}"
    problem = parse_problem(stdout_format(argv), outcome.out)
    if problem:
        return f"stdout: {problem}"
    if argv[0] not in ("check", "l10n"):
        return None  # init writes a claims file, whatever its name
    for name, data in outcome.written.items():
        fmt = format_of_file(name)
        if Path(name) == Path(option(argv, "--output") or "\0"):  # --output: the format asked for, whatever the name
            chosen = option(argv, "--format")
            fmt = chosen if chosen and "," not in chosen else None
        problem = parse_problem(fmt, data.decode("utf-8", "replace"))
        if problem:
            return f"{name}: {problem}"
    return None


def option(argv: tuple[str, ...], name: str) -> str | None:
    """The last value of an option (`--format json` or `--format=json`)."""
    value = None
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith(name + "="):
            value = arg.split("=", 1)[1]
    return value


def stdout_format(argv: tuple[str, ...]) -> str | None:
    """The format stdout must parse in, when argv says (one format, no --output or --out-dir)."""
    if not argv or argv[0] not in ("check", "l10n", "extract"):
        return None
    if option(argv, "--output") or option(argv, "--out-dir"):
        return None
    chosen = option(argv, "--format")
    if chosen is None:
        return "text" if argv[0] == "extract" else None  # check: the configuration may choose
    return chosen if "," not in chosen else None


def format_of_file(name: str) -> str | None:
    for suffix, fmt in ((".sarif", "sarif"), (".junit.xml", "junit"), (".json", "json"), (".html", "html"),
                        (".concise.txt", "concise"), (".github.txt", "github")):
        if name.endswith(suffix):
            return fmt
    return None


def parse_problem(fmt: str | None, text: str) -> str | None:
    """Why `text` does not parse as `fmt`, or None."""
    try:
        PARSERS.get(fmt or "", lambda t: None)(text)
    except Exception as error:
        return f"not valid {fmt}: {type(error).__name__}: {str(error)[:200]}"
    return None


def _json(text: str) -> None:
    if text.strip():
        json.loads(text)


def _sarif(text: str) -> None:
    document = json.loads(text)
    assert document["version"] == "2.1.0" and isinstance(document["runs"], list), "not SARIF 2.1.0"


def _junit(text: str) -> None:
    root = ElementTree.fromstring(text.encode("utf-8"))
    assert root.tag in ("testsuites", "testsuite"), f"root element {root.tag}"


def _html(text: str) -> None:
    parser = HTMLParser()
    parser.feed(text)
    parser.close()
    assert text.rstrip().endswith("</html>"), "page not closed"


def _lines(pattern: re.Pattern[str], what: str) -> Callable[[str], None]:
    def check(text: str) -> None:
        for line in text.split("\n"):
            if line.strip() and not line.startswith(("  ", "\t")):  # continuation lines are data
                assert pattern.match(line), f"not a {what} line: {line[:120]!r}"
    return check


def _github(text: str) -> None:
    # The runner reads commands line by line, a line ending at LF or CR (not at U+2028 and kin).
    assert "\r" not in text, "a bare CR would start a new command"
    for line in filter(None, text.split("\n")):
        assert GITHUB.match(line), f"not a workflow command: {line[:120]!r}"


def _yaml(text: str) -> None:
    from ruamel.yaml import YAML

    YAML(typ="safe", pure=True).load(text)


PARSERS: dict[str, Callable[[str], None]] = {
    "json": _json, "sarif": _sarif, "junit": _junit, "html": _html, "github": _github, "yaml": _yaml,
    "concise": _lines(CONCISE, "concise"),
}


# --- article text ---------------------------------------------------------------------------------

HEDGE_WORDS = ("more than", "over", "nearly", "about", "some", "at least", "up to", "less than", "almost",
               "roughly", "just under", "an estimated", "upwards of", "Approximately", "fewer than")
SCALES = ("", " thousand", " million", " billion", " trillion", "bn", "m", " lakh", " crore", " mln", "k",
          " Billion", " Milliarden", " 万", " 亿")
CURRENCIES = ("$", "US$", "£", "€", "¥", "Rs ", "HK$", "₹", "")
CURRENCY_WORDS = ("", " yuan", " euros", " dollars", " rupees", " yen", " pounds", " won", " USD", " CNY")
UNITS = ("", " percent", " per cent", "%", " percentage points", " pp", " enterprises", " people", " km",
         " tonnes", " GWh", " years", " times")
SPACES = (" ", "\u00a0", "\u202f", "\u2009", "\u3000", "\t", "  ", "\u200b")
DIGIT_SETS = ("0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
NUMBER_WORDS = ("one", "two", "three", "Eleven", "twelve", "a dozen", "one-eighth", "a third", "half",
                "twenty-one", "a hundred", "zero", "first", "third", "135th", "doubled", "tripled")
MONTHS = ("Jan", "Feb.", "March", "Sept", "Oct", "Nov", "December", "Février")
WEEKDAYS = ("Monday", "Saturday", "Sunday", "Tues", "")
NOISE = ("rose", "fell", "to", "from", "up", "down", "compared with", "of which", "in total", "totalling",
         "accounting for", "a", "the", "and", ",", ".", ";", ":", "(", ")", "—", "–", "-", "/", "\"", "'",
         "\u201c", "\u201d", "including", "lines:", "clusters", "each", "between", "and", "or", "\\$", "<b>",
         "</script>", "&amp;", "\n", "\n\n", "\r\n", "\x0c", "\u2028", "\u200f", "e.g.", "vs.", "No.", "#")


@st.composite
def digits(draw: st.DrawFn) -> str:
    """A written number: grouped or not, decimals, any digit set, odd separators and signs."""
    whole = draw(st.integers(min_value=0, max_value=10**draw(st.sampled_from((3, 6, 12, 30)))))
    text = str(whole)
    if draw(st.booleans()) and whole >= 1000:
        sep = draw(st.sampled_from((",", ",", " ", "\u00a0", "'", ".", "\u202f", "_")))
        text = f"{whole:,}".replace(",", sep)
    if draw(st.booleans()):
        text += draw(st.sampled_from((".", ",", "·"))) + draw(st.from_regex(r"\A[0-9]{1,6}\Z", fullmatch=True))
    if draw(st.integers(0, 9)) == 0:
        table = draw(st.sampled_from(DIGIT_SETS))
        text = text.translate(str.maketrans("0123456789", table))
    if draw(st.integers(0, 9)) == 0:
        text = draw(st.sampled_from(("-", "+", "−", "~", "≈"))) + text
    if draw(st.integers(0, 14)) == 0:
        text = draw(st.sampled_from(("1e400", "9" * 400, "0." + "0" * 300 + "1", "10^12", "1/0", "3/8",
                                     "½", "1½", "NaN", "Infinity")))
    return text


@st.composite
def figure(draw: st.DrawFn) -> str:
    """A figure as news writes it, with or without a hedge, a currency, a scale word and a unit."""
    hedge = draw(st.sampled_from(("",) * 4 + HEDGE_WORDS))
    number = draw(st.one_of(digits(), digits(), st.sampled_from(NUMBER_WORDS)))
    money = draw(st.booleans())
    prefix = draw(st.sampled_from(CURRENCIES)) if money else ""
    suffix = draw(st.sampled_from(CURRENCY_WORDS)) if money and not prefix else draw(st.sampled_from(UNITS))
    core = f"{prefix}{number}{draw(st.sampled_from(SCALES))}{suffix}"
    return f"{hedge} {core}".strip() if hedge else core


@st.composite
def date_text(draw: st.DrawFn) -> str:
    year = draw(st.integers(0, 10000))
    month, day = draw(st.integers(0, 14)), draw(st.integers(0, 45))
    return draw(st.sampled_from((
        f"{draw(st.sampled_from(WEEKDAYS))}, {draw(st.sampled_from(MONTHS))} {day}, {year}",
        f"{draw(st.sampled_from(MONTHS))} {day}",
        f"{year:04d}-{month:02d}-{day:02d}",
        f"{year}-{draw(st.integers(0, 10000))}",
        f"the {year}s", f"{day}/{month}/{year}", f"{year}年{month}月{day}日",
    )))


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """Figures and dates among cue words and punctuation, joined by odd spaces; sometimes a
    construction factlint reads on purpose (conversion, change, list, parts and total)."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return f"{draw(figure())} ({draw(figure())})."
    if kind == 1:
        return f"It rose {draw(figure())} to {draw(figure())} from {draw(figure())}."
    if kind == 2:
        items = draw(st.lists(st.text(min_size=1, max_size=12), min_size=0, max_size=6))
        return f"{draw(st.sampled_from(NUMBER_WORDS))} lines: {', '.join(items)} and {draw(st.text(max_size=8))}."
    if kind == 3:
        return f"Together the {draw(figure())} absorb {draw(figure())}, of which {draw(figure())}."
    parts = draw(st.lists(st.one_of(figure(), date_text(), st.sampled_from(NOISE), st.text(max_size=6)),
                          min_size=1, max_size=12))
    space = draw(st.sampled_from(SPACES))
    return space.join(parts)


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """No front matter, or one of every shape: fields of every type, broken YAML, tags, anchors."""
    shape = draw(st.integers(0, 12))
    if shape <= 3:
        return ""
    key = st.sampled_from(("title", "published", "date", "locale", "lang", "source", "author", "", "? x"))
    value = st.one_of(date_text(), st.sampled_from(("en", "de", "fr", "zh_Hans", "en_IN", "xx", "", "~", "null",
                                                    "[2021, 2]", "{a: 1}", "!!python/object/apply:os.system [x]",
                                                    "&a x", "*a", "|", ">-", "'unclosed", "\"2021-13-01\"",
                                                    "2021-02-30", "2024-10-18T25:00:00", "yes")),
                      st.text(max_size=20))
    lines = [f"{draw(key)}: {draw(value)}" for _ in range(draw(st.integers(0, 4)))]
    if shape == 4:
        lines.append(draw(st.sampled_from(("- a list", "just text", "[", "{", "key: [1, 2", "\tbad: tab",
                                           "a: b: c", "%YAML 9.9", "--- ", "..."))))
    body = "\n".join(lines)
    opening = draw(st.sampled_from(("---\n", "---\r\n", "--- \n", "\ufeff---\n")))
    closing = draw(st.sampled_from(("\n---\n", "\r\n---\r\n", "\n---", "\n", "\n--- \n", "\n...\n")))
    return opening + body + closing


@st.composite
def article_text(draw: st.DrawFn) -> str:
    paragraphs = [" ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))
                  for _ in range(draw(st.integers(0, 5)))]
    glue = draw(st.sampled_from(("\n\n", "\n", "\r\n\r\n", " ", "\n\n\n\x0c\n")))
    return draw(front_matter()) + glue.join(paragraphs)


def encode(text: str, draw: st.DrawFn) -> bytes:
    """UTF-8, sometimes with a byte that is not, or a BOM, or a NUL."""
    data = text.encode("utf-8", "surrogatepass")
    trouble = draw(st.integers(0, 19))
    if trouble == 0 and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from((b"\xff", b"\xe9", b"\xc3", b"\x00", b"\xed\xa0\x80"))) + data[at:]
    elif trouble == 1:
        data = b"\xef\xbb\xbf" + data
    return data


FORMATS = ("text", "concise", "json", "sarif", "junit", "github", "markdown", "html")


@st.composite
def article_cases(draw: st.DrawFn) -> Case:
    name = draw(st.sampled_from(("story.md", "story.txt", "story.markdown")))
    data = encode(draw(article_text()), draw)
    command = draw(st.sampled_from(("check", "check", "check", "extract", "init")))
    if command == "check":
        argv = ["check", name, "--format", draw(st.sampled_from(FORMATS)), "--isolated"]
        if draw(st.integers(0, 4)) == 0:
            argv += ["--published", draw(st.sampled_from(("2024-10-18", "1999-01-01", "2030-12-31", "0001-01-01")))]
        if draw(st.integers(0, 6)) == 0:
            argv += ["--locale", draw(st.sampled_from(("en", "en_IN", "de", "EN-us", "x")))]
    elif command == "extract":
        argv = ["extract", name, "--format", draw(st.sampled_from(("text", "json", "yaml")))]
    else:
        argv = ["init", name, "--output", "drafted.yaml"]
    return Case("article", tuple(argv), ((name, data),))


# --- claims files: valid ones, mutated ------------------------------------------------------------

def claims_bases() -> list[str]:
    """Valid claims files with inline articles: every rule's documented examples, and two more."""
    from factlint.lint.runner import all_rules

    bases = []
    for rule in all_rules():
        for section in ("Example", "Use instead"):
            example = rule.example(section)
            if example and not re.search(r"^source:", example, re.MULTILINE):
                bases.append(example)
    import conftest
    from test_bad_input import GOOD

    return [*bases, GOOD, conftest.MIXED]


_BASES: list[Any] = []


def parsed_bases() -> list[Any]:
    """The bases as plain data (loaded once: hypothesis draws from them thousands of times)."""
    if not _BASES:
        from ruamel.yaml import YAML

        loader = YAML(typ="base", pure=True)  # every scalar a string, as factlint reads them
        _BASES.extend(loader.load(text) for text in claims_bases())
    return _BASES


HUGE = ("1" + "0" * 400, "9" * 5000, "1e999999", "-1e400", "1.0e-400", "10**100", "0x1F", "1_000",
        "99999999999999999999 trillion", "1" * 60 + " billion", "NaN", "-0", "∞", "1/0", "0/0")
ODD = (None, True, False, 0, -1, 10**30, -(10**30), 1.5, float("inf"), float("nan"), "", " ", "~",
       [], {}, [1, [2, [3]]], {"a": {"b": {"c": 1}}}, "2024-02-30", "2024-13-01", "0000-00-00", "Funday",
       "a" * 2000, "\x00", "\u202e", "x: y", "- z", "!!binary", "*alias", "&anchor v", "'", "\"",
       "../../../../etc/passwd", "/etc/passwd", "/proc/self/environ", ".", "", "nul\x00l")
ID_VALUES = ("nobody", "", "firms", "guests", "a b", "-x", "ñ", "1", "firms.", "x" * 300)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a tree of dicts and lists."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*prefix, index))


def at(tree: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        tree = tree[step]
    return tree


@st.composite
def mutated_claims(draw: st.DrawFn) -> Any:
    """A valid claims document with a few mutations: drop a key, swap a type, put a value out of
    range, point a relation at nothing, write a huge number, duplicate an entry, rename a key."""
    import copy

    tree = copy.deepcopy(draw(st.sampled_from(parsed_bases())))
    for _ in range(draw(st.integers(1, 4))):
        every = list(paths(tree))
        path = draw(st.sampled_from(every))
        op = draw(st.sampled_from(("drop", "swap", "huge", "dangle", "duplicate", "rename", "odd", "number")))
        if not path:
            if op == "swap":
                tree = copy.deepcopy(draw(st.sampled_from(ODD)))
            continue
        parent, last = at(tree, path[:-1]), path[-1]
        if op == "drop":
            del parent[last]
        elif op in ("swap", "odd"):
            parent[last] = copy.deepcopy(draw(st.sampled_from(ODD)))  # ODD's lists must stay as they are
        elif op == "huge":
            parent[last] = draw(st.sampled_from(HUGE))
        elif op == "number":
            parent[last] = draw(st.one_of(digits(), figure(), st.integers(), st.floats(allow_nan=True)))
        elif op == "dangle":
            parent[last] = draw(st.sampled_from(ID_VALUES))
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif op == "rename" and isinstance(parent, dict):
            value = parent.pop(last)
            parent[draw(st.sampled_from(("id", "quote", "value", "unit", "hedge", "kind", "claims", "items",
                                         "occurrence", "weekday", "path", "text", "bogus", "tiers", "each")))] = value
        if not isinstance(tree, dict | list):
            break
    return tree


def dump_yaml(tree: Any) -> str:
    from ruamel.yaml import YAML

    out = io.StringIO()
    dumper = YAML(typ="safe", pure=True)
    dumper.default_flow_style = None
    dumper.width = 4096
    dumper.dump(tree, out)
    return out.getvalue()


@st.composite
def text_damage(draw: st.DrawFn, text: str) -> str:
    """Line-level damage that a hand edit or a bad merge does: a line lost, doubled, cut, or a
    conflict marker, a tab, a tag, an anchor."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 2))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        op = draw(st.integers(0, 5))
        if op == 0:
            del lines[index]
        elif op == 1:
            lines.insert(index, lines[index])
        elif op == 2:
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        elif op == 3:
            lines.insert(index, draw(st.sampled_from(("<<<<<<< HEAD", "=======", "\t- x", "  - &a {x: 1}", "!!set",
                                                      "%TAG ! tag:x,2000:", "? [a]", "- *a", "...", "---"))))
        else:
            at_char = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:at_char] + draw(st.text(max_size=3)) + lines[index][at_char:]
    return "\n".join(lines)


@st.composite
def claims_cases(draw: st.DrawFn) -> Case:
    text = dump_yaml(draw(mutated_claims()))
    if draw(st.integers(0, 3)) == 0:
        text = draw(text_damage(text))
    files = [("claims.yaml", encode(text, draw)),
             ("story.md", b"The fair drew 336 enterprises and 12 guests on Saturday, Oct 19, 2024.\n")]
    command = draw(st.sampled_from(("check",) * 6 + ("sync", "sync-write")))
    if command == "check":
        argv: tuple[str, ...] = ("check", "claims.yaml", "--format", draw(st.sampled_from(FORMATS)), "--isolated")
    else:
        argv = ("sync", "claims.yaml", *(("--write",) if command == "sync-write" else ()))
    return Case("claims", argv, tuple(files))


# --- configuration TOML ---------------------------------------------------------------------------

def toml_value(value: Any) -> str:
    """A TOML literal for plain data (a tiny writer: only what the strategies produce)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(text, text)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value))


SAFE_DIR = st.sampled_from(("reports", "out", "sub/reports", ".", "r-1", "x.y"))
CONFIG_STRINGS = ("CUR", "CHG003", "ANC003", "COV001", "XXX999", "", "cur", "C", "error", "warning",
                  "info", "fatal", "text", "json", "sarif,html", "above", "below", "under", "around",
                  "sideways", "unbounded", "sum", "total", "share", "base", "nonsense")


def config_value() -> st.SearchStrategy[Any]:
    scalar = st.one_of(st.sampled_from(CONFIG_STRINGS), st.integers(-(10**20), 10**20),
                       st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.text(max_size=10))
    return st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.sampled_from(CONFIG_STRINGS), inner,
                                                                        max_size=3)), max_leaves=8)


@st.composite
def config_table(draw: st.DrawFn) -> dict[str, Any]:
    """Keys the configuration knows with values of the right shape, then a few made wrong."""
    table: dict[str, Any] = {}
    choices: dict[str, st.SearchStrategy[Any]] = {
        "select": st.lists(st.sampled_from(CONFIG_STRINGS), max_size=3),
        "ignore": st.lists(st.sampled_from(CONFIG_STRINGS), max_size=3),
        "fail-on": st.sampled_from(("error", "warning", "info", "never", "")),
        "format": st.lists(st.sampled_from((*FORMATS, "xml")), max_size=3),
        "out-dir": SAFE_DIR,
        "rate-tolerance": st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5)),
        "article-roots": st.lists(st.sampled_from(("../archive", "/", ".", "", "/nonexistent", "x\x00y")), max_size=2),
        "severity": st.dictionaries(st.sampled_from(CONFIG_STRINGS), st.sampled_from(CONFIG_STRINGS), max_size=3),
        "options": st.dictionaries(st.sampled_from(("CUR002", "CHG003", "XXX001", "cur002")),
                                   st.dictionaries(st.sampled_from(("window_days", "tolerance", "bogus")),
                                                   config_value(), max_size=2), max_size=2),
        "hedges": st.dictionaries(st.sampled_from(("upwards of", "roughly", "north of", "", "over", " x ")),
                                  st.dictionaries(st.sampled_from(("direction", "strict", "loose", "reach", "x")),
                                                  config_value(), max_size=4), max_size=2),
        "cues": st.dictionaries(st.sampled_from(("all in all", "total", "", "of which")),
                                st.dictionaries(st.sampled_from(("relation", "role", "weight", "x")),
                                                config_value(), max_size=3), max_size=2),
    }
    for key in draw(st.lists(st.sampled_from(sorted(choices)), max_size=6, unique=True)):
        table[key] = draw(choices[key])
    for _ in range(draw(st.integers(0, 2))):
        table[draw(st.sampled_from((*sorted(choices), "bogus", "fail_on")))] = draw(config_value())
    if "out-dir" in table and not isinstance(table["out-dir"], str):
        table["out-dir"] = "reports"  # only safe folders: a case must not write outside its own
    return table


def render_toml(table: dict[str, Any], header: str | None) -> str:
    lines = [header] if header else []
    nested = {k: v for k, v in table.items() if isinstance(v, dict)}
    lines += [f"{json.dumps(k)} = {toml_value(v)}" for k, v in table.items() if k not in nested]
    for key, sub in nested.items():
        lines.append(f"[{header[1:-1] + '.' if header else ''}{json.dumps(key)}]")
        lines += [f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in sub.items()]
    return "\n".join(lines) + "\n"


@st.composite
def config_cases(draw: st.DrawFn) -> Case:
    pyproject = draw(st.booleans())
    text = render_toml(draw(config_table()), "[tool.factlint]" if pyproject else None)
    if draw(st.integers(0, 4)) == 0:
        text = draw(text_damage(text))
    from test_bad_input import GOOD

    name = "pyproject.toml" if pyproject else "factlint.toml"
    argv = ["check", "claims.yaml"]
    if draw(st.booleans()):
        argv += ["--format", draw(st.sampled_from(FORMATS))]
    return Case("config", tuple(argv), ((name, encode(text, draw)), ("claims.yaml", GOOD.encode())))


# --- translation files ----------------------------------------------------------------------------

LOCALES = ("en", "de", "fr", "es", "it", "pt-BR", "zh-CN", "zh_Hans_CN", "ja", "ko", "hi", "en-IN", "de-CH",
           "es-419", "xx", "", "EN", "de_DE@euro", "sr-Latn", "und", "💥")
INLINE_MARKUP = ("", "<g id=\"1\">", "</g>", "<x id=\"2\"/>", "<ph id=\"3\">{0}</ph>", "<mrk mtype=\"x\">",
                 "</mrk>", "<![CDATA[ 5 < 6 ]]>", "&amp;", "&lt;", "&#160;", "&#x4E07;", "&bogus;", "&#0;",
                 "<pc id=\"1\">", "</pc>", "<sub>", "<!-- c -->", "<?pi x?>")


@st.composite
def segment_text(draw: st.DrawFn) -> str:
    """A figure sentence, with inline markup, entities and CDATA where XLIFF allows them (and not)."""
    pieces = draw(st.lists(st.one_of(sentence(), st.sampled_from(INLINE_MARKUP)), min_size=0, max_size=4))
    return "".join(pieces)


def xml_text(text: str, escape: bool) -> str:
    if not escape:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def xliff_units(draw: st.DrawFn) -> list[tuple[str, str, str | None]]:
    return draw(st.lists(st.tuples(st.text(max_size=6), segment_text(), st.one_of(st.none(), segment_text())),
                         max_size=4))


def language_attributes(draw: st.DrawFn, names: tuple[str, str]) -> str:
    """Each of the two language attributes, present four times in five, with a tag of any form."""
    return "".join(f' {name}="{draw(st.sampled_from(LOCALES))}"' for name in names if draw(st.integers(0, 4)))


@st.composite
def xliff12(draw: st.DrawFn) -> str:
    escape = draw(st.booleans())
    units = []
    for unit_id, source, target in draw(xliff_units()):
        target_xml = "" if target is None else f"<target>{xml_text(target, escape)}</target>"
        units.append(f'<trans-unit id={json.dumps(unit_id)}><source>{xml_text(source, escape)}</source>'
                     f"{target_xml}</trans-unit>")
    languages = language_attributes(draw, ("source-language", "target-language"))
    version = draw(st.sampled_from(('version="1.2"', 'version="1.1"', "", 'version="9"')))
    body = "\n".join(units)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff {version} xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            f'\n<file{languages} datatype="plaintext" original="s.txt"><body>\n{body}\n</body></file></xliff>\n')


@st.composite
def xliff20(draw: st.DrawFn) -> str:
    escape = draw(st.booleans())
    units = []
    for unit_id, source, target in draw(xliff_units()):
        target_xml = "" if target is None else f"<target>{xml_text(target, escape)}</target>"
        segments = draw(st.integers(0, 2)) or 1
        inner = "".join(f"<segment><source>{xml_text(source, escape)}</source>{target_xml}</segment>"
                        for _ in range(segments))
        units.append(f"<unit id={json.dumps(unit_id)}>{inner}</unit>")
    languages = language_attributes(draw, ("srcLang", "trgLang"))
    body = "\n".join(units)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" '
            f'xmlns="urn:oasis:names:tc:xliff:document:2.0"{languages}>\n<file id="f1">\n{body}\n</file></xliff>\n')


def po_string(text: str, escape: bool) -> str:
    if escape:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return '"' + text + '"'


@st.composite
def po_file(draw: st.DrawFn) -> str:
    escape = draw(st.integers(0, 4)) > 0
    header = [f'"Language: {draw(st.sampled_from(LOCALES))}\\n"' if draw(st.integers(0, 4)) else "",
              '"Content-Type: text/plain; charset=UTF-8\\n"' if draw(st.booleans()) else "",
              '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' if draw(st.booleans()) else ""]
    entries = ['msgid ""\nmsgstr ""\n' + "\n".join(h for h in header if h)]
    for _, source, target in draw(xliff_units()):
        flags = draw(st.sampled_from(("", "#, fuzzy\n", "#~ ", "#: story.txt:12\n", "msgctxt \"c\"\n",
                                      "#| msgid \"x\"\n")))
        if draw(st.integers(0, 5)) == 0:
            entries.append(f"{flags}msgid {po_string(source, escape)}\nmsgid_plural {po_string(source, escape)}\n"
                           f"msgstr[0] {po_string(target or '', escape)}\nmsgstr[1] \"\"")
        else:
            entries.append(f"{flags}msgid {po_string(source, escape)}\nmsgstr {po_string(target or '', escape)}")
    return "\n\n".join(entries) + "\n"


@st.composite
def translation_cases(draw: st.DrawFn, reader: str) -> Case:
    make, name = {"xliff12": (xliff12, "story.xlf"), "xliff20": (xliff20, "story.xliff"),
                  "po": (po_file, "story.po")}[reader]
    text = draw(make())
    if draw(st.integers(0, 4)) == 0:
        text = draw(text_damage(text))
    argv = ["l10n", name, "--format", draw(st.sampled_from(FORMATS))]
    for flag in ("--source-locale", "--target-locale"):
        if draw(st.integers(0, 3)) == 0:
            argv += [flag, draw(st.sampled_from(LOCALES))]
    return Case(reader, tuple(argv), ((name, encode(text, draw)),))


# --- command lines --------------------------------------------------------------------------------

CLI_FILES = {
    "claims.yaml": None,  # filled with test_bad_input.GOOD
    "story.md": "---\npublished: 2024-10-18\n---\nRevenue rose 5 percent to $3 billion from $2.86 billion.\n",
    "target.txt": "Der Umsatz stieg um 5 Prozent auf 3 Milliarden Dollar.\n",
    "story.po": ('msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
                 'msgid "It costs $5 billion."\nmsgstr "Es kostet 5 Mrd. $."\n'),
    "factlint.toml": 'fail-on = "error"\n',
    "folder/a.yaml": None,
}
# Values an option may get: real files, nothing, a folder, odd text. Paths a run writes to are
# drawn from SAFE_* only.
PATHY = ("claims.yaml", "story.md", "target.txt", "story.po", "folder", "folder/a.yaml", "missing.yaml", ".",
         "", "-", "factlint.toml", "/dev/null", "story.md/x", "\x7f", "a b", "--", "claims.yaml,story.md")
SAFE_OUTPUT = ("out.txt", "out.json", "folder", ".", "sub/out.sarif", "claims.yaml", "story.md", "new.yaml")
OPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "check": {"--format": (*FORMATS, "text,sarif", "json,", ",", "xml", ""), "--output": SAFE_OUTPUT,
              "--out-dir": ("reports", ".", "folder", "claims.yaml", "sub/r"), "--fail-on": ("error", "info", "x"),
              "--select": ("CUR", "XXX", ",", "", "cur001,ANC"), "--ignore": ("ANC003", "", "*"),
              "--published": ("2024-10-18", "2024-02-30", "yesterday", "99999-01-01", ""),
              "--locale": ("en", "de", "", "en_IN", "💥"), "--config": PATHY, "--isolated": (),
              "--use-claims": (), "--changed-only": (), "--base": ("HEAD", "origin/main", "", "--x"),
              "--article-root": PATHY},
    "sync": {"--write": (), "--article-root": PATHY},
    "init": {"--output": SAFE_OUTPUT, "--published": ("2024-10-18", "2024-13-01"), "--locale": ("en", "fr", "")},
    "extract": {"--format": ("text", "json", "yaml", "xml")},
    "l10n": {"--source": PATHY, "--target": PATHY, "--source-text": ("It cost $5 billion.", "", "5"),
             "--target-text": ("Es kostete 5 Milliarden $.", "", "五"), "--source-locale": LOCALES,
             "--target-locale": LOCALES, "--format": (*FORMATS, "xml"), "--output": SAFE_OUTPUT,
             "--fail-on": ("error", "x"), "--select": ("LOC", ""), "--ignore": ("LOC009", "")},
    "rule": {},
    "rules": {},
}
POSITIONAL: dict[str, tuple[str, ...]] = {
    "check": PATHY, "sync": PATHY, "init": PATHY, "extract": PATHY, "l10n": PATHY,
    "rule": ("CUR001", "cur001", "implied-rate-mismatch", "XXX", ""), "rules": (),
}


@st.composite
def cli_cases(draw: st.DrawFn) -> Case:
    command = draw(st.sampled_from((*OPTIONS, "frobnicate", "", "--help", "-h")))
    argv = [command] if command else []
    for _ in range(draw(st.integers(0, 2))):
        if POSITIONAL.get(command):
            argv.append(draw(st.sampled_from(POSITIONAL[command])))
    for flag in draw(st.lists(st.sampled_from((*sorted(OPTIONS.get(command, {})), "--bogus")), max_size=4)):
        argv.append(flag)
        values = OPTIONS.get(command, {}).get(flag)
        if values:
            value = draw(st.sampled_from(values))
            if draw(st.integers(0, 5)):
                argv.append(value)
            else:  # the --flag=value spelling
                argv[-1] = f"{flag}={value}"
    from test_bad_input import GOOD

    files = tuple((name, (text if text is not None else GOOD).encode()) for name, text in CLI_FILES.items())
    return Case("cli", tuple(argv), files)


STRATEGIES: dict[str, st.SearchStrategy[Case]] = {
    "article": article_cases(), "claims": claims_cases(), "config": config_cases(),
    "xliff12": translation_cases("xliff12"), "xliff20": translation_cases("xliff20"),
    "po": translation_cases("po"), "cli": cli_cases(),
}


def save_regression(case: Case, outcome: Outcome, folder: Path = REGRESSIONS) -> Path:
    """Keep a failing case as a regression fixture (named by its content, so reruns do not pile up)."""
    import hashlib

    text = case.to_json()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case.reader}-{hashlib.sha256(text.encode()).hexdigest()[:12]}.json"
    path.write_text(text + "\n", encoding="utf-8")
    return path
