"""Safe YAML reading that keeps positions: compose a node tree, never construct objects.

Composing (instead of loading) means no tag is ever executed and every scalar stays the string
the author wrote ("1.30" keeps its trailing zero, which is precision). Aliases are refused: a
claims file has no use for them, and refusing them removes alias bombs altogether.
"""

from __future__ import annotations

from typing import Any

from factlint.errors import InputError, offset_position, unacceptable_character
from factlint.limits import YAML_NODES, check_yaml_shape, refuse
from factlint.text.yamlreader import yaml_reader


def compose(text: str, path: str, bounded: bool = False) -> Any:
    """The root node of a YAML document (None when empty); errors become located InputErrors.
    `bounded`: text factlint wrote itself (a drafted claims file), whose nesting and size are
    fixed by construction and which holds no anchors, so the shape check that guards the recursive
    C composer and the alias walk are skipped."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    yaml = yaml_reader()
    try:
        if not bounded:
            check_yaml_shape(yaml.parse(text), path)  # the C composer recurses: refuse deep input first
        root = yaml.compose(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = error.problem or error.context or "invalid YAML"
        if error.problem and error.context and error.context_mark and error.context_mark != mark:
            # e.g. an unclosed bracket: the problem shows where the file ends, the context where it opened
            start = error.context_mark
            problem += f" ({error.context} at line {start.line + 1}, column {start.column + 1})"
        raise InputError.at(path, line, column, f"invalid YAML: {problem}") from None
    except ReaderError as error:  # a control character: located by offset, not by a mark
        line, column = offset_position(text, error.position)
        raise InputError.at(path, line, column, f"invalid YAML: {unacceptable_character(error.character)}") from None
    except YAMLError as error:
        raise InputError.at(path, None, None, f"invalid YAML: {error}") from None
    if root is not None and not bounded:  # factlint writes no anchors
        _refuse_aliases(root, path)
    return root


def _refuse_aliases(root: Any, path: str) -> None:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            mark = node.start_mark
            raise InputError.at(path, mark.line + 1, mark.column + 1,
                                "YAML anchors and aliases are not allowed in claims files")
        seen.add(id(node))
        if len(seen) > YAML_NODES.value:  # already refused by the parser's events; kept as a guard
            raise refuse(YAML_NODES, path)
        if node.id == "mapping":
            for key, value in node.value:
                stack.extend((key, value))
        elif node.id == "sequence":
            stack.extend(node.value)


def position(node: Any) -> tuple[int, int]:
    """1-based line and column of a node."""
    return node.start_mark.line + 1, node.start_mark.column + 1
