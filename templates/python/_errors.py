"""Error classes: one base, a class per HTTP status family carrying the (typed) error body,
connection and timeout errors, and task outcomes. Messages never contain the API key."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from ._pointer import read_pointer
from ._query import scalar, to_json


REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-oneapi-request-id", "x-amz-request-id")
"""Response headers that carry a request id, most specific first (the TypeScript SDK's list)."""

NOT_READ: Any = object()


def _envelope(body: Any) -> "tuple[Optional[str], Optional[str]]":
    """``code`` and ``type`` of ``{error: {code, type}}`` or ``{code, type}``: strings, numbers as text."""

    def read(value: Any) -> Optional[str]:
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return scalar(value)
        return None

    record = body.get("error") if isinstance(body, dict) and isinstance(body.get("error"), dict) else body
    if not isinstance(record, dict):
        return None, None
    return read(record.get("code")), read(record.get("type"))


def status_message(status: int, body: Any) -> str:
    """``404 Task not found``: the TypeScript ``APIError.makeMessage``, so both SDKs say the same."""
    detail = extract_message(body)
    if detail:
        return f"{status} {detail}"
    return f"{status} status code (no body)" if body is None or body == "" else f"{status} status code"


class ShellApiError(Exception):
    """Base of every error this SDK raises."""


class APIError(ShellApiError):
    """Anything that went wrong talking to the server."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIStatusError(APIError):
    """The server answered with a non-success status. ``body`` is the error body: the operation's
    declared error model when it matches, else the parsed JSON, else the text."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        method: str = "",
        url: str = "",
        raw_body: Any = NOT_READ,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers)
        self.request_id = next((self.headers[h] for h in REQUEST_ID_HEADERS if self.headers.get(h)), None)
        code, kind = _envelope(raw_body if raw_body is not NOT_READ else body)
        self.code: Optional[str] = code
        """``error.code`` / ``code`` of the usual envelopes, as text (as the TypeScript ``APIError.code``)."""
        self.type: Optional[str] = kind
        """``error.type`` / ``type`` of the usual envelopes, as text."""


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


class APIConnectionError(APIError):
    """No usable answer: the connection failed or broke. ``request_not_sent`` is True only when the
    failure happened before any byte of the request left (then even a paid call may be re-sent);
    never on a timeout (as in the TypeScript SDK, whose fetch cannot tell a connect timeout apart)."""

    def __init__(self, message: str, *, request_not_sent: bool = False, method: str = "", url: str = "") -> None:
        super().__init__(message, method=method, url=url)
        self.request_not_sent = request_not_sent


class APITimeoutError(APIConnectionError):
    """An attempt (or a stream's idle gap) ran past its timeout."""


class IncompleteStreamError(APIConnectionError):
    """A stream ended before its terminator or in the middle of an event: the answer is incomplete."""


class InvalidStreamEventError(ShellApiError):
    """A stream event whose ``data:`` is not the JSON its operation declares. ``data``: the first 200 characters."""

    def __init__(self, data: str) -> None:
        self.data = data if len(data) <= 200 else data[:200] + "\u2026"
        super().__init__(f"A stream event is not valid JSON: {self.data}")


class StreamEventError(APIError):
    """The server reported an error inside a stream (an ``error`` event or an ``{"error": ...}`` payload).
    ``body``: the event's payload. The TypeScript SDK raises an ``APIError`` with the same message."""

    def __init__(self, body: Any) -> None:
        super().__init__(extract_message(body) or "The stream reported an error.")
        self.body = body


class TaskError(ShellApiError):
    """A task ended without success; ``snapshot`` is the last state seen."""

    def __init__(self, message: str, task_id: str, snapshot: Any = None) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.snapshot = snapshot


class TaskFailedError(TaskError):
    def __init__(self, task_id: str, reason: Optional[str], snapshot: Any) -> None:
        super().__init__(f"Task {task_id} failed" + (f": {reason}" if reason else "."), task_id, snapshot)
        self.reason = reason


class TaskCancelledError(TaskError):
    def __init__(self, task_id: str, snapshot: Any) -> None:
        super().__init__(f"Task {task_id} was cancelled.", task_id, snapshot)


class TaskTimeoutError(TaskError):
    def __init__(self, task_id: str, budget: float, snapshot: Any) -> None:
        super().__init__(f"Task {task_id} did not finish within {budget:g} s.", task_id, snapshot)
        self.budget = budget


class TaskSubmitError(ShellApiError):
    """The submit answered without a task id (the vendor refused the job); ``body`` is its answer,
    ``code`` and ``description`` the vendor's reason (the TypeScript ``TaskSubmitError``'s fields and message)."""

    def __init__(self, message: str, body: Any) -> None:
        raw = read_pointer(body, "")
        self.code: Optional[str] = _envelope(raw)[0]
        """``code`` / ``error.code`` of the answer, as text (``"23"``)."""
        self.description: Optional[str] = extract_message(raw) if isinstance(raw, dict) else None
        """The vendor's explanation (``description``, ``message``, …)."""
        detail = ", ".join(d for d in (self.description, None if self.code is None else f"code {self.code}") if d)
        super().__init__(f"{message} The vendor said: {detail}." if detail else message)
        self.body = body


def extract_message(body: Any) -> Optional[str]:
    """Message from ``{error: {message}}``, ``{error: '...'}``, ``{message}``, ``{msg}``, ``{detail}``, RFC 9457's ``{title}`` or text."""
    if isinstance(body, str):
        return _truncate(body.strip()) if body.strip() else None
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    if isinstance(error, str) and error:
        return _truncate(error)
    if isinstance(error, dict):
        nested = extract_message(error)
        if nested:
            return nested
    # In the order of the TypeScript runtime's `extractMessage`: RFC 9457's `detail`, then its `title`, last.
    for key in ("message", "msg", "detail", "description", "error_description", "title"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return _truncate(value)
    try:
        return _truncate(to_json(body))
    except (TypeError, ValueError):
        return None


def _truncate(text: str) -> str:
    return text if len(text) <= 500 else text[:500] + "…"
