"""When to re-send a request and how long to wait first. The numbers come from the spec's IR
(``_policy.py``, generated), the same ones the TypeScript client uses:

- ``safe`` operations (reads, polls, idempotent calls) retry on connection errors, timeouts and
  the policy's retryable statuses.
- ``unsafe`` operations (paid submits) are re-sent only when the failure proves the request never
  left (a connect error: refused, unreachable, DNS) or the server answers ``x-should-retry: true``:
  a reset, any timeout or any status may come after the job was accepted. A connect timeout would
  be safe too, but the TypeScript SDK cannot tell one from a read timeout, so neither SDK counts it.
"""

from __future__ import annotations

import email.utils
import random
import time
from typing import Mapping, Optional

from ._errors import APIConnectionError, APITimeoutError
from ._policy import RETRY_POLICY
from ._types import RetryClass


def should_retry_response(status: int, headers: Mapping[str, str], retry_class: RetryClass) -> bool:
    hint = headers.get(RETRY_POLICY["hintHeader"])
    if hint == "true":
        return True
    if hint == "false":
        return False
    if retry_class == "unsafe":
        return False
    return status in RETRY_POLICY["retryStatuses"] or status >= RETRY_POLICY["retryStatusFrom"]


def should_retry_error(error: Exception, retry_class: RetryClass) -> bool:
    if not isinstance(error, APIConnectionError):
        return False
    if retry_class == "safe":
        return True
    # A timeout or a broken connection may follow an accepted paid job (timeouts are never "not sent").
    return error.request_not_sent


def server_suggested_delay(headers: Optional[Mapping[str, str]], now: Optional[float] = None) -> Optional[float]:
    """The server's ``retry-after-ms`` / ``retry-after`` (seconds or HTTP date) in seconds, if readable."""
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None and ms.strip():
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    after = headers.get("retry-after")
    if after is None or not after.strip():
        return None
    try:
        return float(after)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(after)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - (time.time() if now is None else now)


def retry_delay(headers: Optional[Mapping[str, str]], retries_done: int, rand: Optional[float] = None) -> float:
    """Seconds before the next attempt: the server's hint when within bounds, else exponential backoff with jitter."""
    suggested = server_suggested_delay(headers)
    if suggested is not None and 0 <= suggested <= RETRY_POLICY["maxServerDelayMs"] / 1000:
        return suggested
    base = min(RETRY_POLICY["initialDelayMs"] * 2.0**retries_done, RETRY_POLICY["maxDelayMs"]) / 1000
    jitter = random.random() if rand is None else rand
    return base * (1 - jitter * RETRY_POLICY["jitter"])


def is_transient_poll_error(error: Exception) -> bool:
    """A failed poll worth another try by the wait loop (connection errors, timeouts, the policy's poll statuses)."""
    from ._errors import APIStatusError

    if isinstance(error, (APIConnectionError, APITimeoutError)):
        return True
    if isinstance(error, APIStatusError):
        status = error.status_code
        return status in RETRY_POLICY["pollRetryStatuses"] or status >= RETRY_POLICY["retryStatusFrom"]
    return False
