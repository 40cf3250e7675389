"""Keeps credentials out of everything the client shows: messages, headers, reprs and log lines."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping, Optional
from urllib.parse import quote

REDACTED = "[REDACTED]"

_SENSITIVE_HEADER = re.compile(
    r"^(authorization|proxy-authorization|cookie|set-cookie)$|api[-_]?key|token|secret|password|session",
    re.IGNORECASE,
)

Scrubber = Callable[[str], str]


def is_sensitive_header(name: str) -> bool:
    return _SENSITIVE_HEADER.search(name) is not None


def make_scrubber(secrets: Iterable[Optional[str]]) -> Scrubber:
    """Replaces every known secret (and its URL-encoded form); very short values are ignored."""
    needles = set()
    for secret in secrets:
        if not secret or len(secret) < 6:
            continue
        needles.add(secret)
        needles.add(quote(secret, safe=""))
    ordered = sorted(needles, key=len, reverse=True)

    def scrub(text: str) -> str:
        for needle in ordered:
            text = text.replace(needle, REDACTED)
        return text

    return scrub


def redact_headers(headers: Mapping[str, str], scrub: Scrubber) -> dict[str, str]:
    return {k.lower(): REDACTED if is_sensitive_header(k) else scrub(v) for k, v in headers.items()}


def scrub_deep(value: Any, scrub: Scrubber, depth: int = 0) -> Any:
    """A copy of JSON-like data with secrets scrubbed from every string (keys included)."""
    if isinstance(value, str):
        return scrub(value)
    if depth > 32:
        return value
    if isinstance(value, list):
        return [scrub_deep(v, scrub, depth + 1) for v in value]
    if isinstance(value, dict):
        return {scrub(str(k)): scrub_deep(v, scrub, depth + 1) for k, v in value.items()}
    return value
