"""Field paths: where in an agreement a value stands, e.g. ('metrics', 2, 'targets', 0)."""

FieldPath = tuple[str | int, ...]


def format_path(path: FieldPath) -> str:
    """('metrics', 2, 'targets', 0) -> 'metrics[2].targets[0]'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
