"""Small shared types: the "argument not given" sentinel and per-request options."""

from __future__ import annotations

import os
from typing import IO, Mapping, Optional, Tuple, Union

from typing_extensions import Final, Literal, TypedDict, final


@final
class NotGiven:
    """Marks a keyword argument that was left out (distinct from an explicit ``None``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

RetryClass = Literal["safe", "unsafe"]

FileContent = Union[bytes, IO[bytes], "os.PathLike[str]", str]
"""A file to upload: raw bytes, an open binary file, or a path (``str`` or ``os.PathLike``)."""

FileInput = Union[FileContent, Tuple[str, FileContent], Tuple[str, FileContent, str]]
"""A file, optionally as ``(filename, content)`` or ``(filename, content, content_type)``."""


class RequestOptions(TypedDict, total=False):
    """Per-call overrides, passed as ``request_options={...}`` to any method."""

    timeout: float
    """Seconds per attempt (connect, write and each read)."""
    idle_timeout: float
    """Seconds a stream may stay silent between two chunks."""
    max_retries: int
    headers: Mapping[str, Optional[str]]
    """Extra headers; ``None`` removes one."""
    query: Mapping[str, object]
    idempotent: bool
    """Declare a paid (unsafe) call safe to re-send, e.g. when you send an idempotency key."""


class RetryPolicy(TypedDict):
    """The retry policy's numbers (generated into ``_policy.py`` from the spec's IR)."""

    maxRetries: int
    initialDelayMs: float
    maxDelayMs: float
    maxServerDelayMs: float
    jitter: float
    retryStatuses: Tuple[int, ...]
    retryStatusFrom: int
    hintHeader: str
    maxPollErrors: int
    pollRetryStatuses: Tuple[int, ...]
