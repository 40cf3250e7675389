"""Server-sent event streams as (async) iterators of typed chunks. The stream's idle timeout is
httpx's read timeout: a gap between two chunks longer than it raises ``APITimeoutError``."""

from __future__ import annotations

import json
from contextlib import contextmanager
from types import TracebackType
from typing import Any, AsyncIterator, Generic, Iterator, List, Optional, Tuple, Type, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    IncompleteStreamError,
    InvalidStreamEventError,
    StreamEventError,
)
from ._models import parse_as

T = TypeVar("T")


class _EventReader:
    """Turns lines into events: their ``event:`` name and ``data:`` payload (multi-line data joined
    with a newline)."""

    def __init__(self) -> None:
        self._data: List[str] = []
        self._event = ""
        self._first = True

    def feed(self, line: str) -> Optional[Tuple[str, str]]:
        if self._first:
            # One leading byte order mark is not part of the stream (WHATWG SSE; the TypeScript
            # SDK's TextDecoder drops it too): kept, it would hide the first field's name.
            self._first = False
            line = line[1:] if line.startswith("\ufeff") else line
        if line == "":
            if not self._data:
                self._event = ""
                return None
            event = (self._event, "\n".join(self._data))
            self._data = []
            self._event = ""
            return event
        if line.startswith(":"):
            return None
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        return None

    def flush(self) -> Optional[Tuple[str, str]]:
        return self.feed("")


def _payload(name: str, data: str, text: bool, unterminated: bool) -> Any:
    """The event's text or JSON; raises as the TypeScript SDK does for an error event, an
    ``{"error": ...}`` payload, and data that is not JSON (cut off mid-event: incomplete)."""
    if text:
        payload: Any = data
    else:
        try:
            payload = json.loads(data)
        except ValueError:
            if unterminated:
                raise IncompleteStreamError("The stream ended in the middle of an event: the answer is incomplete.") from None
            raise InvalidStreamEventError(data) from None
    if name == "error" or (isinstance(payload, dict) and payload.get("error") is not None):
        raise StreamEventError(payload)
    return payload


class _Chunks:
    """The typed chunks in an event stream's lines, without I/O: one decoder for both iterators."""

    def __init__(self, chunk_type: Any, terminator: Optional[str], text: bool = False, terminator_optional: bool = False) -> None:
        self._reader = _EventReader()
        self._text = text
        self._chunk_type = chunk_type
        self._terminator = terminator
        self._terminator_optional = terminator_optional
        self.ended = False

    def feed(self, line: str) -> List[Any]:
        """The chunks this line completes; sets ``ended`` at the terminator (read no further)."""
        return self._chunk(self._reader.feed(line), False)

    def flush(self) -> List[Any]:
        """The last event, when the stream ended without a blank line after it; then, for a stream
        with a required terminator that never came, ``IncompleteStreamError``."""
        chunks = self._chunk(self._reader.flush(), True)
        if self._terminator is not None and not self._terminator_optional and not self.ended:
            raise IncompleteStreamError(
                f"The stream ended without its terminator ({self._terminator}): the answer is incomplete."
            )
        return chunks

    def _chunk(self, event: Optional[Tuple[str, str]], unterminated: bool) -> List[Any]:
        if event is None or self.ended:
            return []
        name, data = event
        if self._terminator is not None and data.strip() == self._terminator:
            self.ended = True
            return []
        payload = _payload(name, data, self._text, unterminated)
        return [payload if self._text else parse_as(self._chunk_type, payload)]


@contextmanager
def _transport_errors(label: str) -> Iterator[None]:
    """httpx's errors while reading a stream, as the SDK's own."""
    try:
        yield
    except httpx.TimeoutException as error:
        raise APITimeoutError(f"{label}: the stream was idle too long.") from error
    except httpx.TransportError as error:
        raise APIConnectionError(f"{label}: the stream broke ({type(error).__name__}).") from error


class _StreamBase:
    def __init__(
        self,
        response: httpx.Response,
        chunk_type: Any,
        terminator: Optional[str],
        label: str,
        text: bool = False,
        terminator_optional: bool = False,
    ) -> None:
        self.response = response
        self._text = text
        self._chunk_type = chunk_type
        self._terminator = terminator
        self._terminator_optional = terminator_optional
        self._label = label

    def _chunks(self) -> _Chunks:
        return _Chunks(self._chunk_type, self._terminator, self._text, self._terminator_optional)


class Stream(_StreamBase, Generic[T]):
    """Iterate it for the chunks; it closes the connection when done (or use ``with``)."""

    def __iter__(self) -> Iterator[T]:
        chunks = self._chunks()
        try:
            with _transport_errors(self._label):
                for line in self.response.iter_lines():
                    yield from chunks.feed(line)
                    if chunks.ended:
                        return
                yield from chunks.flush()
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "Stream[T]":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.close()


class AsyncStream(_StreamBase, Generic[T]):
    """``async for`` it for the chunks; it closes the connection when done (or use ``async with``)."""

    async def __aiter__(self) -> AsyncIterator[T]:
        chunks = self._chunks()
        try:
            with _transport_errors(self._label):
                async for line in self.response.aiter_lines():
                    for chunk in chunks.feed(line):
                        yield chunk
                    if chunks.ended:
                        return
                for chunk in chunks.flush():
                    yield chunk
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncStream[T]":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        await self.close()
