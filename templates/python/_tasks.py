"""Submit-then-poll tasks. A ``TaskDescriptor`` (generated from the spec's task families) says where
status, progress, result and failure reason sit in a poll response and how vendor states map onto
the canonical lifecycle (queued, running, succeeded, failed, cancelled). The wait loop polls until a
terminal state within a time budget, calls ``on_progress`` on every change, and retries transient
poll failures itself (polls are sent with ``max_retries=0`` so retries do not multiply)."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Generic, List, Mapping, Optional, Sequence, Tuple, TypeVar

from typing_extensions import Literal, TypeVar as DefaultTypeVar

from ._errors import APIStatusError, TaskCancelledError, TaskFailedError, TaskSubmitError, TaskTimeoutError
from ._pointer import read_pointer
from ._policy import RETRY_POLICY
from ._retry import is_transient_poll_error, server_suggested_delay
from ._types import RequestOptions

T = TypeVar("T")
# What the result pointers hold (generated waiters name it); Any where a pointer names no field.
R = DefaultTypeVar("R", default=Any)

TaskState = Literal["queued", "running", "succeeded", "failed", "cancelled"]
_ORDER: Tuple[TaskState, ...] = ("succeeded", "failed", "cancelled", "running", "queued")


@dataclass(frozen=True)
class TaskDescriptor:
    family: str
    status: str
    states: Mapping[str, Sequence[Any]]
    interval: float
    """Suggested seconds between polls."""
    timeout: float
    """Suggested time budget in seconds."""
    result: Sequence[str] = ()
    progress: Optional[Tuple[str, str]] = None
    """(pointer, scale) with scale percent-string | percent | fraction."""
    error: Optional[str] = None
    title: Optional[str] = None


@dataclass(frozen=True)
class TaskSnapshot(Generic[T, R]):
    id: str
    state: TaskState
    progress: Optional[float]
    """0..1 when the vendor reports progress."""
    vendor_status: Any
    task: T
    """The poll response."""
    result: Optional[R] = None
    """The value at the first of the descriptor's result pointers that holds one, once succeeded (e.g. the image URL)."""
    results: List[Optional[R]] = field(default_factory=list)
    reason: Optional[str] = None


def canonical_state(vendor_status: Any, states: Mapping[str, Sequence[Any]]) -> TaskState:
    """Same rule as the TypeScript SDK: exact match, then case-insensitive text; missing = queued, unknown = running."""
    if vendor_status is None or vendor_status == "":
        return "queued"
    for state in _ORDER:
        if any(v == vendor_status and type(v) is type(vendor_status) for v in states.get(state, ())):
            return state
    text = _text(vendor_status).lower()
    for state in _ORDER:
        if any(_text(v).lower() == text for v in states.get(state, ())):
            return state
    return "running"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def scale_progress(raw: Any, scale: str) -> Optional[float]:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str) and raw.strip():
        try:
            value = float(raw.strip().rstrip("%"))
        except ValueError:
            return None
    else:
        return None
    fraction = value if scale == "fraction" else value / 100
    return min(1.0, max(0.0, fraction))


def snapshot_of(descriptor: TaskDescriptor, task_id: str, task: T) -> TaskSnapshot[T]:
    vendor_status = read_pointer(task, descriptor.status)
    state = canonical_state(vendor_status, descriptor.states)
    progress = scale_progress(read_pointer(task, descriptor.progress[0]), descriptor.progress[1]) if descriptor.progress else None
    if state == "succeeded":
        progress = 1.0
    results = [read_pointer(task, p) for p in descriptor.result] if state == "succeeded" else []
    reason_raw = read_pointer(task, descriptor.error) if descriptor.error else None
    reason = None
    if state == "failed" and reason_raw not in (None, ""):
        reason = reason_raw if isinstance(reason_raw, str) else json.dumps(reason_raw)
    # The first pointer present: a family may list several (one per kind of task).
    result = next((r for r in results if r is not None), None)
    return TaskSnapshot(task_id, state, progress, vendor_status, task, result, results, reason)


def task_id_from(response: Any, pointer: str) -> str:
    value = read_pointer(response, pointer)
    if isinstance(value, str) and value:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise TaskSubmitError(f"The submit response has no task id at {pointer or '(root)'}.", response)


def _changed(previous: Optional[TaskSnapshot[Any]], new: TaskSnapshot[Any]) -> bool:
    return previous is None or (previous.state, previous.progress, previous.vendor_status) != (new.state, new.progress, new.vendor_status)


class _Loop(Generic[T]):
    """The wait loop's state and decisions, shared by the sync and async drivers."""

    def __init__(self, descriptor: TaskDescriptor, task_id: str, timeout: Optional[float], interval: Optional[float],
                 on_progress: Optional[Callable[[TaskSnapshot[T]], None]], max_poll_errors: Optional[int]) -> None:
        self.descriptor = descriptor
        self.task_id = task_id
        self.budget = descriptor.timeout if timeout is None else timeout
        self.interval = descriptor.interval if interval is None else interval
        self.on_progress = on_progress
        self.max_errors = RETRY_POLICY["maxPollErrors"] if max_poll_errors is None else max_poll_errors
        self.deadline = time.monotonic() + self.budget
        self.last: Optional[TaskSnapshot[T]] = None
        self.errors = 0

    def after_error(self, error: Exception) -> float:
        self.errors += 1
        if not is_transient_poll_error(error) or self.errors > self.max_errors:
            raise error
        hinted = server_suggested_delay(error.headers) if isinstance(error, APIStatusError) else None
        if hinted is not None and 0 <= hinted <= RETRY_POLICY["maxServerDelayMs"] / 1000:
            return hinted
        return min(self.interval * 2.0 ** (self.errors - 1), RETRY_POLICY["maxServerDelayMs"] / 1000)

    def after_poll(self, task: T) -> Optional[TaskSnapshot[T]]:
        """The final snapshot when done; raises on failure or cancellation; None to go on."""
        self.errors = 0
        snapshot = snapshot_of(self.descriptor, self.task_id, task)
        if _changed(self.last, snapshot) and self.on_progress is not None:
            self.on_progress(snapshot)
        self.last = snapshot
        if snapshot.state == "succeeded":
            return snapshot
        if snapshot.state == "failed":
            raise TaskFailedError(self.task_id, snapshot.reason, snapshot)
        if snapshot.state == "cancelled":
            raise TaskCancelledError(self.task_id, snapshot)
        return None

    def pause(self, delay: float) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TaskTimeoutError(self.task_id, self.budget, self.last)
        return min(delay, remaining)


def wait_for_task(
    poll: Callable[[str, RequestOptions], Tuple[T, Mapping[str, str]]],
    descriptor: TaskDescriptor,
    task_id: str,
    *,
    timeout: Optional[float] = None,
    interval: Optional[float] = None,
    on_progress: Optional[Callable[[TaskSnapshot[T]], None]] = None,
    max_poll_errors: Optional[int] = None,
    request_options: Optional[RequestOptions] = None,
) -> TaskSnapshot[T]:
    loop: _Loop[T] = _Loop(descriptor, task_id, timeout, interval, on_progress, max_poll_errors)
    options: RequestOptions = {**(request_options or {}), "max_retries": 0}
    while True:
        delay = loop.interval
        try:
            task, headers = poll(task_id, options)
        except Exception as error:
            delay = loop.after_error(error)
        else:
            done = loop.after_poll(task)
            if done is not None:
                return done
            hinted = server_suggested_delay(headers)
            if hinted is not None and hinted >= 0:
                delay = hinted
        time.sleep(loop.pause(delay))


async def async_wait_for_task(
    poll: Callable[[str, RequestOptions], Awaitable[Tuple[T, Mapping[str, str]]]],
    descriptor: TaskDescriptor,
    task_id: str,
    *,
    timeout: Optional[float] = None,
    interval: Optional[float] = None,
    on_progress: Optional[Callable[[TaskSnapshot[T]], None]] = None,
    max_poll_errors: Optional[int] = None,
    request_options: Optional[RequestOptions] = None,
) -> TaskSnapshot[T]:
    loop: _Loop[T] = _Loop(descriptor, task_id, timeout, interval, on_progress, max_poll_errors)
    options: RequestOptions = {**(request_options or {}), "max_retries": 0}
    while True:
        delay = loop.interval
        try:
            task, headers = await poll(task_id, options)
        except Exception as error:
            delay = loop.after_error(error)
        else:
            done = loop.after_poll(task)
            if done is not None:
                return done
            hinted = server_suggested_delay(headers)
            if hinted is not None and hinted >= 0:
                delay = hinted
        await asyncio.sleep(loop.pause(delay))
