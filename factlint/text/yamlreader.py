"""One way to read YAML that factlint never executes: nodes composed by ruamel's C parser (the
pure one where the extension is missing), every scalar tagged a string.

Claims files and an article's front matter are composed, never constructed: a value stays the text
the author wrote ("1.30" keeps its trailing zero), and a date is parsed where its line is known.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def yaml_reader() -> Any:
    """A YAML reader that composes nodes with the C parser (the pure one where the extension is
    missing), every scalar tagged a string."""
    from ruamel.yaml import YAML

    try:
        yaml = YAML(typ="safe", pure=False)
    except Exception:  # no C extension on this interpreter: the pure parser is correct, slower
        yaml = YAML(typ="safe", pure=True)
    yaml.Resolver = _string_tags()
    return yaml


@lru_cache(maxsize=1)
def _string_tags() -> type:
    """A resolver that tags every scalar a string without trying YAML's implicit types: nothing is
    ever constructed from a node (its value is the text as written), and matching each scalar
    against the int/float/bool/timestamp patterns was half the time of composing a claims file."""
    from ruamel.yaml.nodes import ScalarNode, SequenceNode
    from ruamel.yaml.resolver import VersionedResolver

    class StringTags(VersionedResolver):
        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is ScalarNode:
                return self.DEFAULT_SCALAR_TAG
            return self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG

    return StringTags
