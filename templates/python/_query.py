"""Query strings and urlencoded bodies, byte for byte as the TypeScript SDK writes them
(templates/client/query.ts, query-styles.ts, form-body.ts): each query parameter in its declared
OpenAPI style, None left out, booleans as ``true``/``false``, numbers as JavaScript prints them,
nested values as ``JSON.stringify`` writes them (``to_json``, which JSON bodies use too). Only the standard library: the shared test vectors load this file
on its own."""

from __future__ import annotations

import datetime
import json
import math
import re
from typing import Any, Callable, Iterable, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote, quote_plus

QueryStyle = Union[Tuple[str, bool], Tuple[str, bool, bool]]
"""(style, explode) of a query parameter not sent form-exploded, OpenAPI's default, with
``allowReserved`` third when it is set."""


def _number(value: float) -> str:
    """JavaScript's ``String(number)``: shortest digits, no ``.0``, exponent only past 1e21 / below 1e-6."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    mantissa, _, exp = repr(abs(value)).partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac).lstrip("0")
    point = len(whole) + int(exp or 0) - (len(whole + frac) - len((whole + frac).lstrip("0")))
    digits = digits.rstrip("0")
    sign, k = "-" if value < 0 else "", len(digits)
    if k <= point <= 21:
        return sign + digits + "0" * (point - k)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    e = point - 1
    head = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{sign}{head}e{'+' if e >= 0 else '-'}{abs(e)}"


_SURROGATE = re.compile("[\ud800-\udfff]")
_INDEX = re.compile("0|[1-9][0-9]*")


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    return "null" if key is None else scalar(key)


def _is_index(key: str) -> bool:
    """An array-index-like key, which a JavaScript object lists first, in ascending order."""
    return bool(_INDEX.fullmatch(key)) and int(key) < 4294967295


def to_json(value: Any) -> str:
    """``JSON.stringify(value)``: compact, raw UTF-8 text (a lone surrogate as ``\\udxxx``), numbers as
    JavaScript prints them (non-finite ones as ``null``), datetimes as ISO text, index-like keys first."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value) if math.isfinite(value) else "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if isinstance(value, datetime.datetime):
        return to_json(scalar(value))
    if isinstance(value, Mapping):
        items = [(_key(k), v) for k, v in value.items()]
        indexed = sorted((item for item in items if _is_index(item[0])), key=lambda item: int(item[0]))
        ordered = indexed + [item for item in items if not _is_index(item[0])]
        return "{" + ",".join(f"{to_json(k)}:{to_json(v)}" for k, v in ordered) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_json(item) for item in value) + "]"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def scalar(value: Any) -> str:
    """One value as text: what ``scalar`` in templates/client/query.ts makes of it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, datetime.datetime):
        # A Date's toISOString(): UTC, milliseconds, Z (a naive datetime is taken as UTC).
        utc = value.astimezone(datetime.timezone.utc) if value.tzinfo else value
        return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
    if isinstance(value, (dict, list, tuple)):
        return to_json(value)
    return str(value)


def _enc(text: str) -> str:
    """encodeURIComponent: letters, digits and ``-_.!~*'()`` stay."""
    return quote(text, safe="!~*'()")


def _reserved(text: str) -> str:
    """``allowReserved``: ``:/?@!$()*,;=`` stay as they are (query-styles.ts ``reserved``)."""
    return quote(text, safe="!~*()" + ":/?@$,;=")


def _pair(key: str, value: Any, enc: Callable[[str], str] = _enc) -> str:
    return f"{_enc(key)}={enc(scalar(value))}"


def _present(items: Iterable[Any]) -> List[Any]:
    return [item for item in items if item is not None]


def _entries(value: Mapping[str, Any]) -> List[Tuple[str, Any]]:
    return [(k, v) for k, v in value.items() if v is not None]


def _form_pairs(key: str, value: Any) -> List[str]:
    if isinstance(value, (list, tuple)):
        return [_pair(key, item) for item in _present(value)]
    if isinstance(value, Mapping):
        return [_pair(prop, item) for prop, item in _entries(value)]
    return [_pair(key, value)]


def _styled_pairs(key: str, value: Any, style: str, explode: bool, allow_reserved: bool = False) -> List[str]:
    enc = _reserved if allow_reserved else _enc

    def joined(parts: List[str], delimiter: str) -> List[str]:
        return [f"{_enc(key)}={delimiter.join(parts)}"] if parts else []

    if isinstance(value, (list, tuple)):
        if explode:
            return [_pair(key, item, enc) for item in _present(value)]
        delimiter = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}.get(style, ",")
        return joined([enc(scalar(item)) for item in _present(value)], delimiter)
    if isinstance(value, Mapping):
        if style == "deepObject":
            return [_pair(f"{key}[{prop}]", item, enc) for prop, item in _entries(value)]
        if explode:
            return [_pair(prop, item, enc) for prop, item in _entries(value)]
        return joined([part for prop, item in _entries(value) for part in (_enc(prop), enc(scalar(item)))], ",")
    return [_pair(key, value, enc)]


def encode_query(params: Mapping[str, Any], styles: Optional[Mapping[str, QueryStyle]] = None) -> str:
    """``a=1&b=x`` without the ``?``; parameters absent from ``styles`` go form-exploded."""
    pairs: List[str] = []
    for key, value in params.items():
        if value is None:
            continue
        style = (styles or {}).get(key)
        pairs.extend(_styled_pairs(key, value, *style) if style else _form_pairs(key, value))
    return "&".join(pairs)


def _form_enc(text: str) -> str:
    """URLSearchParams' encoding: letters, digits and ``*-._`` stay, a space is ``+``."""
    return quote_plus(text, safe="*").replace("~", "%7E")


def encode_form(value: Mapping[str, Any], styles: Optional[Mapping[str, QueryStyle]] = None) -> str:
    """An ``application/x-www-form-urlencoded`` body: arrays repeat the field, objects are JSON;
    a field in ``styles`` (its Encoding Object's style) goes as a query parameter of that style."""
    pairs: List[str] = []
    for name, field in value.items():
        style = (styles or {}).get(name)
        if style and field is not None:
            pairs.extend(_styled_pairs(name, field, *style))
            continue
        for item in _present(field if isinstance(field, (list, tuple)) else [field]):
            pairs.append(f"{_form_enc(name)}={_form_enc(scalar(item))}")
    return "&".join(pairs)
