"""Field paths: where in an agreement a value stands, e.g. ('metrics', 2, 'targets', 0)."""

from collections.abc import Sequence
from typing import Any

FieldPath = tuple[str | int, ...]


def resolve(root: Any, path: Sequence[str | int]) -> Any:
    """The value at `path` under `root`: names are attributes, integers list indexes."""
    node = root
    for part in path:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def format_path(path: FieldPath) -> str:
    """('metrics', 2, 'targets', 0) -> 'metrics[2].targets[0]'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
