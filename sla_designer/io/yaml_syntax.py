"""YAML reading and writing with safe types, exact decimals and a map of source positions.

The loader is a safe loader (the C one where available) with a small YAML 1.2-like set of
implicit types: only true/false are booleans (so the country code NO stays text) and 12:30 is
text, not a base-60 number. Floats load as Decimal so percentages and money stay exact.
Anchors and aliases are refused (no alias bombs), as are duplicate keys.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from sla_designer.model.paths import FieldPath
from sla_designer.text.values import Problem

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

Position = tuple[int, int]


class SyntaxProblem(Exception):
    """A YAML problem with a 1-based line and column."""

    def __init__(
        self, message: Problem, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.line = line
        self.column = column


class _FastResolver:
    """PyYAML's resolver for a loader or dumper without path resolvers or resolvers for any
    first character: the same tags, without its general bookkeeping (it is called for every
    node, and was a third of the time of reading an agreement)."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]]
    DEFAULT_SCALAR_TAG: str
    DEFAULT_SEQUENCE_TAG: str
    DEFAULT_MAPPING_TAG: str

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, pattern in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        if kind is yaml.SequenceNode:
            return self.DEFAULT_SEQUENCE_TAG
        return self.DEFAULT_MAPPING_TAG


class _Loader(_FastResolver, _SafeLoader):  # type: ignore[valid-type,misc]
    pass


_Loader.yaml_implicit_resolvers = {}
assert None not in _SafeDumper.yaml_implicit_resolvers and not _SafeDumper.yaml_path_resolvers
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$"
    ),
    list("-+0123456789."),
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:timestamp",
    re.compile(
        r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
        r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
        r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$"
    ),
    list("0123456789"),
)


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        line, column = _position(node.start_mark)
        raise SyntaxProblem(
            Problem("files.yaml.not_a_number", text=repr(text)), line, column
        ) from None


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def _position(mark: Any) -> Position:
    return (mark.line + 1, mark.column + 1)


def parse_yaml(text: str) -> tuple[Any, dict[FieldPath, Position]]:
    """Parse one YAML document into plain data and a map from field path to source position."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or Problem("files.yaml.not_yaml")
        line, column = _position(mark) if mark is not None else (None, None)
        raise SyntaxProblem(Problem("files.yaml.syntax", problem=problem), line, column) from None
    except yaml.YAMLError as error:
        raise SyntaxProblem(Problem("files.yaml.syntax", problem=str(error))) from None
    finally:
        loader.dispose()
    positions: dict[FieldPath, Position] = {}
    if root is None:
        return None, positions
    builder = _Builder(loader, positions)
    return builder.build(root, ()), positions


_STR = "tag:yaml.org,2002:str"
_PLAIN_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
_PLAIN_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)


class _Builder:
    """Turns a node graph into data, refusing aliases and duplicate keys, noting positions."""

    def __init__(self, loader: yaml.SafeLoader, positions: dict[FieldPath, Position]) -> None:
        self._loader = loader
        self._positions = positions
        self._seen: set[int] = set()

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        if id(node) in self._seen:
            line, column = _position(node.start_mark)
            raise SyntaxProblem(Problem("files.yaml.alias"), line, column)
        self._seen.add(id(node))
        self._positions.setdefault(path, _position(node.start_mark))
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_COLLECTION_TAGS:
            line, column = _position(node.start_mark)
            raise SyntaxProblem(Problem("files.yaml.tag", tag=node.tag), line, column)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, column = _position(key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                raise SyntaxProblem(Problem("files.yaml.key_not_plain"), line, column)
            key = self._scalar(key_node)
            if not isinstance(key, str):
                raise SyntaxProblem(
                    Problem("files.yaml.key_not_text", key=repr(key_node.value)), line, column
                )
            if key in result:
                raise SyntaxProblem(
                    Problem("files.yaml.duplicate_key", key=repr(key)), line, column
                )
            self._positions[(*path, key)] = (line, column)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR:
            return node.value  # what the safe constructor makes of text, without its bookkeeping
        if node.tag not in _PLAIN_SCALAR_TAGS:
            line, column = _position(node.start_mark)
            raise SyntaxProblem(Problem("files.yaml.tag", tag=node.tag), line, column)
        try:
            return self._loader.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or node.start_mark
            line, column = _position(mark)
            raise SyntaxProblem(_constructor_problem(error, node), line, column) from None
        except (ValueError, OverflowError) as error:
            line, column = _position(node.start_mark)
            raise SyntaxProblem(
                Problem("files.yaml.bad_value", value=repr(node.value), reason=str(error)),
                line,
                column,
            ) from None


def _constructor_problem(error: yaml.MarkedYAMLError, node: yaml.Node) -> Problem:
    """What PyYAML's constructor refused, as a phrase (its own words kept as a value)."""
    problem = error.problem
    if problem is None:
        return Problem("files.yaml.not_allowed")
    if "could not determine a constructor" in problem:
        return Problem("files.yaml.tag", tag=node.tag)
    return Problem("files.yaml.parser", problem=problem)


# --- writing -----------------------------------------------------------------------------------


class _Dumper(_FastResolver, _SafeDumper):  # type: ignore[valid-type,misc]
    def ignore_aliases(self, data: Any) -> bool:
        # The same object twice (a shared date, say) is written out twice: the loader refuses
        # anchors and aliases.
        return True


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    # Written out in full (never 1E+2) so that the text reads back as the same number.
    text = format(value, "f")
    tag = "tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int"
    return dumper.represent_scalar(tag, text)


def _reads_as_non_text(value: str) -> bool:
    """Whether our loader would read this text, written plain, as something else (1e3, ~)."""
    return _NON_TEXT.match(value) is not None


_NON_TEXT = re.compile(
    "|".join(
        dict.fromkeys(
            f"(?:{pattern.pattern})"
            for resolvers in _Loader.yaml_implicit_resolvers.values()
            for tag, pattern in resolvers
            if tag != "tag:yaml.org,2002:str"
        )
    )
)
"""Every implicit type of the loader in one pattern (each pattern is anchored, and is listed
under every first character it can match, so matching them all is the same test)."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line text reads best as a literal block; the emitter falls back to quotes by itself
    # when a block cannot hold the text exactly. The emitter quotes what YAML 1.1 readers would
    # take for another type; text that only our stricter loader would (1e3) is quoted here.
    style: str | None = None
    if "\n" in value and "\r" not in value:
        style = "|"
    elif _reads_as_non_text(value):
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_date(dumper: yaml.SafeDumper, value: dt.date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_Dumper.add_representer(Decimal, _represent_decimal)
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(dt.date, _represent_date)


def emit_yaml(data: Any) -> str:
    """Readable YAML: keys in the order given, Unicode as is, multi-line text as blocks."""
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    return text
