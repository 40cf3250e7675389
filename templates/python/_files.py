"""Request bodies: JSON, multipart (files from paths, bytes or file objects), urlencoded, raw bytes
or text. Everything is read before the first attempt, so a retry can send it again."""

from __future__ import annotations

import os
import re
from typing import Any, Mapping, Optional, Tuple

import httpx

from ._errors import ShellApiError
from ._media_types import BY_EXTENSION, EXTENSION_FOR
from ._query import QueryStyle, encode_form, scalar, to_json

Part = Tuple[str, Tuple[Optional[str], bytes, Optional[str]]]


def media_type_of(filename: Optional[str]) -> Optional[str]:
    """The type the extension names (the TypeScript client's table, not the platform's)."""
    dot = filename.rfind(".") if filename else -1
    return BY_EXTENSION.get(filename[dot + 1 :].lower()) if filename and dot >= 0 else None


def read_file(value: Any, fallback_name: str, declared_type: Optional[str] = None) -> Tuple[str, bytes, str]:
    """A file input → (filename, bytes, content type): the type given, else the name's, else the
    declared one, else octet-stream; unnamed bytes are named after the field plus the type's extension."""
    content_type: Optional[str] = None
    name: Optional[str] = None
    if isinstance(value, tuple):
        if len(value) == 3:
            name, value, content_type = value
        elif len(value) == 2:
            name, value = value
        else:
            raise ShellApiError("A file tuple is (filename, content) or (filename, content, content_type).")
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    elif isinstance(value, (str, os.PathLike)):
        path = os.fspath(value)
        with open(path, "rb") as handle:
            data = handle.read()
        name = name or os.path.basename(path)
    elif hasattr(value, "read"):
        data = value.read()
        if isinstance(data, str):
            raise ShellApiError("Open files for upload in binary mode ('rb').")
        raw_name = getattr(value, "name", None)
        if name is None and isinstance(raw_name, str):
            name = os.path.basename(raw_name)
    else:
        raise ShellApiError(f"Cannot upload a {type(value).__name__}: pass bytes, a binary file or a path.")
    content_type = content_type or media_type_of(name) or declared_type or "application/octet-stream"
    ext = EXTENSION_FOR.get(content_type.split(";")[0].strip().lower())
    return name or (f"{fallback_name}.{ext}" if ext else fallback_name), data, content_type


def multipart(
    value: Mapping[str, Any],
    file_fields: "frozenset[str]",
    part_types: Mapping[str, str],
    json_parts: "frozenset[str]" = frozenset(),
    text_file_fields: "frozenset[str]" = frozenset(),
) -> Tuple[list[Tuple[str, str]], list[Part]]:
    """Fields → (text parts, file and typed parts). Arrays repeat the field; file fields become file parts."""
    data: list[Tuple[str, str]] = []
    files: list[Part] = []
    for key, item in value.items():
        items = item if isinstance(item, list) else [item]
        for one in items:
            if one is None:
                continue
            # A field taking a file or text (a URL): a str is that text; a file is bytes, a file object or a Path.
            if key in file_fields and not (key in text_file_fields and isinstance(one, str)):
                files.append((key, read_file(one, key, part_types.get(key))))
            elif key in part_types:
                # A typed text part (an object part is application/json): its declared label, no file name.
                # A JSON part's value is JSON text: a string is quoted, as the receiver parses it.
                text = to_json(one) if key in json_parts else scalar(one)
                files.append((key, (None, text.encode("utf-8"), part_types[key])))
            else:
                data.append((key, scalar(one)))
    return data, files


# Kinds whose Content-Type the encoding computes (multipart boundary, form encoding): it wins over a
# default, header parameter or option Content-Type, which would mislabel the bytes (as in the TypeScript SDK).
COMPUTED_TYPE_KINDS = frozenset({"multipart", "urlencoded"})


def encode_body(
    kind: str,
    value: Any,
    media_type: Optional[str],
    file_fields: "frozenset[str]",
    part_types: Mapping[str, str],
    form_styles: Optional[Mapping[str, QueryStyle]] = None,
    json_parts: "frozenset[str]" = frozenset(),
    text_file_fields: "frozenset[str]" = frozenset(),
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.build_request``."""
    if kind == "json":
        return {
            # The bytes the TypeScript SDK sends for the same value (JSON.stringify).
            "content": to_json(value).encode("utf-8"),
            "headers": {"content-type": media_type or "application/json"},
        }
    if kind == "multipart":
        data, files = multipart(value, file_fields, part_types, json_parts, text_file_fields)
        if not files:
            # httpx writes multipart only when a file part exists: send text fields as unnamed parts.
            form: dict[str, Any] = {"files": [(k, (None, v.encode("utf-8"), None)) for k, v in data]}
        else:
            form = {"data": _grouped(data), "files": files}
        subtype = _multipart_subtype(media_type)
        return form if subtype == _FORM_DATA else _retyped(form, subtype)
    if kind == "urlencoded":
        if not isinstance(value, Mapping):
            raise ShellApiError("A form body must be a mapping of fields.")
        return {
            "content": encode_form(value, form_styles).encode("ascii"),
            "headers": {"content-type": media_type or "application/x-www-form-urlencoded"},
        }
    if kind == "text":
        return {"content": str(value).encode("utf-8"), "headers": {"content-type": media_type or "text/plain"}}
    _, content, content_type = read_file(value, "body", media_type)
    return {"content": content, "headers": {"content-type": content_type}}


_FORM_DATA = "multipart/form-data"


def _multipart_subtype(media_type: Optional[str]) -> str:
    """The multipart type the body declares (multipart/mixed…), else form-data (the TypeScript
    ``multipartSubtype``): the one sent, in the same boundary format."""
    if media_type and re.fullmatch(r"multipart/[a-z0-9][a-z0-9.+-]*", media_type, re.IGNORECASE):
        return media_type.lower()
    return _FORM_DATA


def _retyped(form: dict[str, Any], subtype: str) -> dict[str, Any]:
    """A form's bytes as httpx writes them, labelled with another multipart type (httpx writes only form-data)."""
    request = httpx.Request("POST", "http://localhost/", **form)
    boundary = request.headers["content-type"].split("boundary=", 1)[1]
    return {"content": request.read(), "headers": {"content-type": f"{subtype}; boundary={boundary}"}}


def _grouped(pairs: list[Tuple[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            out[key] = (out[key] if isinstance(out[key], list) else [out[key]]) + [value]
        else:
            out[key] = value
    return out
