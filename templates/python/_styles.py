"""Path and header parameters in their declared OpenAPI style (RFC 6570 expansion), byte for byte as
the TypeScript SDK's templates/client/param-styles.ts writes them: matrix (``;name=a,b``, exploded
``;name=a;name=b``) and label (``.a,b``, exploded ``.a.b``) path parameters, and objects (``k,v,k,v``,
exploded ``k=v,k=v``, with the style's prefix). Path text is encoded as ``encodeURIComponent`` does,
header text is sent as it is (test/fixtures/param-style-vectors.json checks both runtimes)."""

from __future__ import annotations

from typing import Any, Callable, List, Mapping, Tuple
from urllib.parse import quote

from ._query import scalar

ParamStyle = Tuple[str, bool]
"""(style, explode) of a path or header parameter not sent by the built-in simple rule."""


def encode_path_text(text: str) -> str:
    """encodeURIComponent: letters, digits and ``-_.!~*'()`` stay."""
    return quote(text, safe="!~*'()")


def expand_styled(name: str, value: Any, style: str, explode: bool, encode: Callable[[str], str]) -> str:
    """One value expanded in ``style``; ``encode`` is applied to each name and text."""

    def named(key: str, item: str) -> str:
        # Matrix names each value (``;name=v``, an empty one bare ``;name``).
        return key if item == "" else f"{key}={item}"

    prefix = {"matrix": ";", "label": "."}.get(style, "")
    separator = prefix if explode and prefix else ","
    container = isinstance(value, (list, tuple, Mapping))
    parts: List[str]
    if isinstance(value, (list, tuple)):
        parts = [encode(scalar(item)) for item in value if item is not None]
        if style == "matrix" and explode:
            parts = [named(encode(name), item) for item in parts]
    elif isinstance(value, Mapping):
        entries = [(encode(str(key)), encode(scalar(item))) for key, item in value.items() if item is not None]
        if explode:
            parts = [named(key, item) if style == "matrix" else f"{key}={item}" for key, item in entries]
        else:
            parts = [part for entry in entries for part in entry]
    else:
        parts = [encode(scalar(value))]
    # An empty list or object is undefined in RFC 6570: nothing is sent.
    if not parts:
        return ""
    text = separator.join(parts)
    if style == "matrix" and not (explode and container):
        return ";" + named(encode(name), text)
    return prefix + text


def header_text(value: Any, explode: bool) -> str:
    """A header parameter's value in simple style."""
    return expand_styled("", value, "simple", explode, str)
