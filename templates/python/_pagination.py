"""Paged list operations (the spec's ``x-paging``), as the TypeScript SDK pages them.

A paged method returns a page iterator: iterate it (``for`` / ``async for``) for every item across
all pages, or call ``pages()`` for the pages themselves; each next page is requested only when the
loop needs it. The first page stays reachable: the sync iterator answers its fields
(``client.jobs.list_jobs().items``; typed by the generated page class of its model), the async one
is awaited for it, as the TypeScript promise is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Set,
    TypeVar,
)

from ._pointer import read_pointer
from ._types import NotGiven

P = TypeVar("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Paging:
    """How an operation pages (the IR's ``op.paging``); ``param`` and ``size`` are the method's keyword names."""

    style: str
    param: str
    first_page: int
    items: str
    size: Optional[str] = None
    next_cursor: Optional[str] = None
    has_more: Optional[str] = None
    last: Optional[str] = None


def _items(page: Any, pointer: str) -> List[Any]:
    """The items at ``pointer``, as the page holds them (models stay models)."""
    current = page
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        fields = getattr(type(current), "model_fields", None)
        if isinstance(fields, dict):
            name = next((n for n, f in fields.items() if (f.alias or n) == token), None)
            extra = getattr(current, "model_extra", None) or {}
            current = getattr(current, name) if name is not None else extra.get(token)
        elif isinstance(current, dict):
            current = current.get(token)
        else:
            return []
    return list(current) if isinstance(current, list) else []


def _next_kwargs(paging: Paging, kwargs: Dict[str, Any], page: Any, seen: Set[Any]) -> Optional[Dict[str, Any]]:
    """The keyword arguments of the page after ``page``, or None when ``page`` is the last one."""
    items = _items(page, paging.items)
    if not items:
        return None
    if paging.last is not None and read_pointer(page, paging.last) is True:
        return None
    if paging.has_more is not None and read_pointer(page, paging.has_more) is False:
        return None
    if paging.style == "cursor":
        cursor = read_pointer(page, paging.next_cursor) if paging.next_cursor is not None else None
        # A repeated cursor would loop forever.
        if cursor is None or cursor == "" or cursor in seen:
            return None
        seen.add(cursor)
        return {**kwargs, paging.param: cursor}
    size = kwargs.get(paging.size) if paging.size is not None else None
    if isinstance(size, int) and not isinstance(size, bool) and len(items) < size:
        return None
    current = kwargs.get(paging.param)
    start = current if isinstance(current, int) and not isinstance(current, (bool, NotGiven)) else paging.first_page
    return {**kwargs, paging.param: start + 1}


class SyncPage(Generic[P, T]):
    """The first page (its fields are this object's) and an iterator over every item of every page."""

    def __init__(self, fetch: Callable[..., P], kwargs: Dict[str, Any], paging: Paging) -> None:
        self._fetch = fetch
        self._kwargs = kwargs
        self._paging = paging
        self.first_page: P = fetch(**kwargs)

    if not TYPE_CHECKING:
        # The first page's fields at run time; a type checker sees the generated page class's
        # typed properties instead, and a misspelt field as an error (this would make it `Any`).
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return getattr(self.first_page, name)

    def pages(self) -> Iterator[P]:
        """Every page, the first one included, requesting the next only when the loop asks for it."""
        kwargs: Dict[str, Any] = self._kwargs
        page: P = self.first_page
        seen: Set[Any] = set()
        while True:
            yield page
            following = _next_kwargs(self._paging, kwargs, page, seen)
            if following is None:
                return
            kwargs, page = following, self._fetch(**following)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from _items(page, self._paging.items)

    def __repr__(self) -> str:
        return f"SyncPage({self.first_page!r})"


class AsyncPage(Generic[P, T]):
    """Awaited: the first page. ``async for``: every item of every page."""

    def __init__(self, fetch: Callable[..., Awaitable[P]], kwargs: Dict[str, Any], paging: Paging) -> None:
        self._fetch = fetch
        self._kwargs = kwargs
        self._paging = paging
        self._first: Optional[P] = None

    async def _first_page(self) -> P:
        if self._first is None:
            self._first = await self._fetch(**self._kwargs)
        return self._first

    def __await__(self) -> Generator[Any, None, P]:
        return self._first_page().__await__()

    async def pages(self) -> AsyncIterator[P]:
        """Every page, the first one included, requesting the next only when the loop asks for it."""
        kwargs: Dict[str, Any] = self._kwargs
        page: P = await self._first_page()
        seen: Set[Any] = set()
        while True:
            yield page
            following = _next_kwargs(self._paging, kwargs, page, seen)
            if following is None:
                return
            kwargs, page = following, await self._fetch(**following)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in _items(page, self._paging.items):
                yield item
