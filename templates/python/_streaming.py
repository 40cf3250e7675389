"""Server-sent event streams as (async) iterators of typed chunks. The stream's idle timeout is
httpx's read timeout: a gap between two chunks longer than it raises ``APITimeoutError``."""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any, AsyncIterator, Generic, Iterator, List, Optional, Type, TypeVar

import httpx

from ._errors import APIConnectionError, APITimeoutError
from ._models import parse_as

T = TypeVar("T")


class _EventReader:
    """Turns lines into `data:` payloads (multi-line data joined with a newline)."""

    def __init__(self) -> None:
        self._data: List[str] = []

    def feed(self, line: str) -> Optional[str]:
        if line == "":
            if not self._data:
                return None
            payload = "\n".join(self._data)
            self._data = []
            return payload
        if line.startswith(":"):
            return None
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        return None

    def flush(self) -> Optional[str]:
        return self.feed("")


def _decode(payload: str, chunk_type: Any) -> Any:
    try:
        data = json.loads(payload)
    except ValueError:
        return payload
    return parse_as(chunk_type, data)


class Stream(Generic[T]):
    """Iterate it for the chunks; it closes the connection when done (or use ``with``)."""

    def __init__(self, response: httpx.Response, chunk_type: Any, terminator: Optional[str], label: str) -> None:
        self.response = response
        self._chunk_type = chunk_type
        self._terminator = terminator
        self._label = label

    def __iter__(self) -> Iterator[T]:
        reader = _EventReader()
        try:
            for line in self.response.iter_lines():
                payload = reader.feed(line)
                if payload is None:
                    continue
                if payload == self._terminator:
                    return
                yield _decode(payload, self._chunk_type)
            payload = reader.flush()
            if payload is not None and payload != self._terminator:
                yield _decode(payload, self._chunk_type)
        except httpx.TimeoutException as error:
            raise APITimeoutError(f"{self._label}: the stream was idle too long.") from error
        except httpx.TransportError as error:
            raise APIConnectionError(f"{self._label}: the stream broke ({type(error).__name__}).") from error
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "Stream[T]":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """``async for`` it for the chunks; it closes the connection when done (or use ``async with``)."""

    def __init__(self, response: httpx.Response, chunk_type: Any, terminator: Optional[str], label: str) -> None:
        self.response = response
        self._chunk_type = chunk_type
        self._terminator = terminator
        self._label = label

    async def __aiter__(self) -> AsyncIterator[T]:
        reader = _EventReader()
        try:
            async for line in self.response.aiter_lines():
                payload = reader.feed(line)
                if payload is None:
                    continue
                if payload == self._terminator:
                    return
                yield _decode(payload, self._chunk_type)
            payload = reader.flush()
            if payload is not None and payload != self._terminator:
                yield _decode(payload, self._chunk_type)
        except httpx.TimeoutException as error:
            raise APITimeoutError(f"{self._label}: the stream was idle too long.") from error
        except httpx.TransportError as error:
            raise APIConnectionError(f"{self._label}: the stream broke ({type(error).__name__}).") from error
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncStream[T]":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        await self.close()
