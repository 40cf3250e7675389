"""JSON pointers (RFC 6901) into response data, models included."""

from __future__ import annotations

from typing import Any

_MISSING = object()


def _plain(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    return dump(by_alias=True, exclude_unset=True, mode="json") if callable(dump) else value


def read_pointer(value: Any, pointer: str) -> Any:
    """The value at ``pointer`` (``''`` = the whole), or None when absent."""
    current = _plain(value)
    if pointer == "":
        return current
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(current, dict):
            current = current.get(token, _MISSING)
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return None
        if current is _MISSING:
            return None
    return current
