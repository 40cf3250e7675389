"""Raw responses: ``client.<resource>.with_raw_response.<method>(...)`` takes the method's arguments and
answers a ``RawResponse`` (status, headers, request id, the ``httpx.Response``) whose ``.parse()`` is
what the method returns; the TypeScript SDK's ``.withResponse()``. The wrappers mark the call in a
context variable that ``_base`` reads where it returns a result, so methods need no second body."""

from __future__ import annotations

import contextvars
import functools
from typing import Awaitable, Callable, Generic, Optional, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

from ._errors import REQUEST_ID_HEADERS

_P = ParamSpec("_P")
_T = TypeVar("_T")

_RAW: "contextvars.ContextVar[bool]" = contextvars.ContextVar("raw_response", default=False)


class RawResponse(Generic[_T]):
    """A successful answer as received; ``.parse()`` gives the method's result."""

    def __init__(self, http_response: httpx.Response, parsed: _T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> Optional[str]:
        """The first request-id header the answer has (as the errors' ``request_id``)."""
        return next((self.headers[h] for h in REQUEST_ID_HEADERS if self.headers.get(h)), None)

    def parse(self) -> _T:
        """The method's result (a model, bytes, text, a stream, or None), read when the call returned."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.request.url.path}>"


def answer(response: httpx.Response, result: object) -> object:
    """What ``_request`` returns: the result, or a ``RawResponse`` of it inside a raw-response call."""
    return RawResponse(response, result) if _RAW.get() else result


def raw_response_wrapper(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    """``method`` answering a ``RawResponse`` of its result (same arguments, overloads kept)."""

    @functools.wraps(method)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_T]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[_T], method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return call


def async_raw_response_wrapper(method: Callable[_P, Awaitable[_T]]) -> Callable[_P, Awaitable[RawResponse[_T]]]:
    """The async ``raw_response_wrapper``."""

    @functools.wraps(method)
    async def call(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_T]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[_T], await method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return call
