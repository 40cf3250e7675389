"""The client core, shared by the sync and async client classes: options and environment, request
assembly (path, query, headers, auth, body), the attempt loop (timeouts, retries by retry class),
and turning answers into models, bytes, text, streams or typed errors. Generated resource methods
call ``_request``; everything else here is plumbing."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import re
import time
from pathlib import Path
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Tuple, Union
from urllib.parse import quote

import httpx

from ._errors import APIConnectionError, APIStatusError, APITimeoutError, ShellApiError, status_error_class, status_message
from ._files import COMPUTED_TYPE_KINDS, encode_body
from ._media_types import JSON_MEDIA_TYPE, TEXT_MEDIA_TYPE
from ._models import parse_as
from ._query import QueryStyle, encode_query, scalar, to_json
from ._styles import ParamStyle, encode_path_text, expand_styled, header_text
from ._policy import RETRY_POLICY
from ._redact import Scrubber, is_sensitive_header, make_scrubber, redact_headers, scrub_deep
from ._response import answer
from ._retry import retry_delay, should_retry_error, should_retry_response
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven, RequestOptions, RetryClass

logger = logging.getLogger(__package__ or __name__)

DEFAULT_TIMEOUT = 600.0
DEFAULT_IDLE_TIMEOUT = 300.0

AuthScheme = Tuple[str, Optional[str]]
"""How a credential is sent: ("bearer", None), ("basic", None), ("header", name) or ("query", name)."""


class ClientConfig(NamedTuple):
    """What the generated client tells the core about its API."""

    env_prefix: str
    default_base_url: Optional[str]
    auth_schemes: Mapping[str, AuthScheme]
    path_prefixes: "tuple[str, ...]" = ()
    """Version segments the API's paths start with (``/v1``): a base URL ending with one loses it."""
    user_agent: Optional[str] = None
    """``<package>/<version> (python)``, sent as User-Agent unless default headers or the call replace it."""


class Operation(NamedTuple):
    """One operation, as the generated code describes it."""

    method: str
    path: str
    retry: RetryClass
    auth: Optional[str] = None
    auth_optional: bool = False
    response: str = "json"
    """json | binary | text | none, or auto: JSON or text by the answer's content type"""
    body_kind: Optional[str] = None
    media_type: Optional[str] = None
    body_optional: bool = False
    """The body is optional and spread into the method's arguments: with none of them given it is
    not sent (no body, no Content-Type), as the TypeScript SDK sends none for left-out params."""
    file_fields: "frozenset[str]" = frozenset()
    text_file_fields: "frozenset[str]" = frozenset()
    """File fields that take text too (a file or a URL): a ``str`` given is sent as text, not read as a path."""
    part_types: Mapping[str, str] = {}
    json_parts: "frozenset[str]" = frozenset()
    """Multipart parts sent as JSON text (a string quoted), as the TypeScript SDK's ``jsonParts``."""
    stream_terminator: Optional[str] = None
    stream_terminator_optional: bool = False
    """The terminator ends the stream when it comes, but a stream without it is complete too."""
    stream_text: bool = False
    """Each event's data is the chunk as it is (text), not JSON."""
    accept: Optional[str] = None
    query_styles: Mapping[str, QueryStyle] = {}
    """Query parameters not sent form-exploded: name → (style, explode)."""
    form_styles: Mapping[str, QueryStyle] = {}
    """Urlencoded body fields not sent form-exploded (their Encoding Object): name → (style, explode)."""
    path_styles: Mapping[str, ParamStyle] = {}
    """Path parameters in matrix or label style, or objects: name → (style, explode); when there are
    any, every placeholder is expanded by ``_styles.py`` (the TypeScript ``styledPath``)."""
    header_styles: Mapping[str, ParamStyle] = {}
    """Array and object header parameters: name → ("simple", explode)."""


# What JavaScript's String.prototype.trim removes (str.strip() would also take \x1c-\x1f and \x85, not \ufeff).
_JS_WHITESPACE = "\t\n\v\f\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _decode(content: bytes) -> str:
    """Text as the TypeScript SDK's TextDecoder reads it: UTF-8 whatever the charset, a leading BOM
    dropped, malformed bytes replaced by U+FFFD."""
    return content.decode("utf-8-sig", errors="replace")


def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON (JSON.parse refuses them); json.loads would read them.
    raise ValueError(f"{name} is not JSON")


def _env(name: str) -> Optional[str]:
    value = os.environ.get(name)
    return value.strip() or None if value is not None else None


def _strip_not_given(values: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    return {k: v for k, v in (values or {}).items() if not isinstance(v, NotGiven)}


def _seconds(name: str, value: Optional[float]) -> Optional[float]:
    """A timeout httpx can take: infinity (which the socket layer rejects) means none; 0 (a non-blocking
    socket: every call a connect error), a negative or NaN one is refused."""
    if value is not None and not value > 0:
        raise ShellApiError(f"`{name}` must be more than 0 seconds (inf for no limit), not {value}.")
    return None if value is None or value == float("inf") else value


def _secrets(api_key: Optional[str], headers: Mapping[str, Optional[str]]) -> "list[Optional[str]]":
    """The key and every credential-looking default header value, with and without its scheme word
    (the TypeScript ``collectSecrets``)."""
    secrets = [api_key]
    for name, value in headers.items():
        if value and is_sensitive_header(name):
            secrets.append(value)
            space = value.find(" ")
            if space > 0:
                secrets.append(value[space + 1 :])
    return secrets


def _apply_headers(sent: Dict[str, str], extra: Optional[Mapping[str, Optional[str]]]) -> None:
    """Headers over ``sent`` by lower-case name; ``None`` removes one (the TypeScript ``applyHeaders``)."""
    for name, value in (extra or {}).items():
        if value is None:
            sent.pop(name.lower(), None)
        else:
            sent[name.lower()] = value


def _path_items(value: Any) -> List[str]:
    if isinstance(value, (list, tuple)):
        return [scalar(item) for item in value]
    if isinstance(value, Mapping):
        raise ShellApiError(f"Path parameter values must be strings or numbers, got {type(value).__name__}.")
    return [scalar(value)]


def expand_path(template: str, values: Mapping[str, Any], styles: Optional[Mapping[str, ParamStyle]] = None) -> str:
    """``{name}`` placeholders filled as the TypeScript SDK's ``buildPath`` fills them: the value's text
    percent-encoded as ``encodeURIComponent`` does, array items each encoded and joined by a literal ``,``
    (simple style: an item's own comma stays ``%2C``); a missing value, or
    one that is empty, ``.`` or ``..`` (it would change which resource the URL names), is an error.
    With ``styles`` (an operation's matrix, label or object parameters), as its ``styledPath``."""

    def fill(match: "re.Match[str]") -> str:
        name = match.group(1)
        value = values.get(name)
        if value is None or isinstance(value, NotGiven):
            raise ShellApiError(f'Missing path parameter "{name}".')
        if styles:
            styled = expand_styled(name, value, *styles.get(name, ("simple", False)), encode_path_text)
            if styled in ("", ".", ".."):
                raise ShellApiError(f"Invalid value for path parameter \"{name}\": {to_json(styled)}.")
            return styled
        items = _path_items(value)
        text = ",".join(items)
        if text in ("", ".", ".."):
            raise ShellApiError(f"Invalid value for path parameter \"{name}\": {to_json(text)}.")
        return ",".join(quote(item, safe="!~*'()") for item in items)

    return re.sub(r"\{([^}]+)\}", fill, template)


def _cookie_text(value: Any) -> str:
    # Text as the query's (numbers as JavaScript prints them), `'` encoded too: the TS cookie rule.
    return quote(scalar(value), safe="!*()")


def _cookie_header(cookies: Mapping[str, Any]) -> str:
    """Cookie parameters as one ``Cookie`` header: ``name=value`` pairs joined by ``; `` in spec order,
    values percent-encoded as JavaScript's ``encodeURIComponent`` does (``'`` too), array items joined by ``,``
    (the TypeScript SDK's ``cookieHeader`` follows the same rule byte for byte); ``None`` ones are left out."""
    pairs = []
    for name, value in cookies.items():
        if value is None:
            continue
        items = value if isinstance(value, (list, tuple)) else [value]
        pairs.append(name + "=" + ",".join(_cookie_text(item) for item in items))
    return "; ".join(pairs)


def _basic_credentials(key: str) -> str:
    """Base64 of ``user:password``; a key without a colon is the user, with no password (curl -u KEY:)."""
    credentials = key if ":" in key else key + ":"
    return base64.b64encode(credentials.encode("utf-8")).decode("ascii")


class _Core:
    def __init__(
        self,
        config: ClientConfig,
        *,
        api_key: Optional[str],
        base_url: Optional[str],
        timeout: Optional[float],
        idle_timeout: Optional[float],
        max_retries: Optional[int],
        default_headers: Optional[Mapping[str, Optional[str]]],
    ) -> None:
        self._config = config
        self._api_key = api_key if api_key is not None else _env(f"{config.env_prefix}_API_KEY")
        url = base_url or _env(f"{config.env_prefix}_BASE_URL") or config.default_base_url
        if not url:
            raise ShellApiError(f"No base URL: pass base_url or set {config.env_prefix}_BASE_URL.")
        if "?" in url or "#" in url:
            # A query or fragment would swallow every operation's path.
            raise ShellApiError("A base URL cannot hold a query or fragment: pass request_options={\"query\": {...}} per call.")
        self.base_url = url.rstrip("/")
        self.timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self.idle_timeout = DEFAULT_IDLE_TIMEOUT if idle_timeout is None else idle_timeout
        _seconds("timeout", self.timeout)
        self.max_retries = RETRY_POLICY["maxRetries"] if max_retries is None else max(0, max_retries)
        self._default_headers = dict(default_headers or {})
        secrets = _secrets(self._api_key, self._default_headers)
        if self._api_key and any(kind == "basic" for kind, _ in config.auth_schemes.values()):
            # What the wire carries: a server echoing the Authorization header shows base64, not the key.
            secrets.append(_basic_credentials(self._api_key))
        self._scrub: Scrubber = make_scrubber(secrets)
        self._prefix = self._base_prefix()

    def __repr__(self) -> str:
        # The key is left out on purpose.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries}, timeout={self.timeout})"

    def _base_prefix(self) -> Optional[str]:
        """``https://host/v1`` (the openai habit) with paths under ``/v1`` would request ``/v1/v1/…``:
        the version segment the base URL ends with, which such calls drop once (``_url``), said once
        as the TypeScript SDK does. Other calls keep it (a gateway may mount the API there)."""
        # No query or fragment: the URL ends where its path does (the TypeScript SDK's test too).
        for prefix in self._config.path_prefixes:
            if self.base_url.endswith(prefix):
                self._log(logging.WARNING, f"base URL {self.base_url} ends with {prefix}: calls whose path starts with {prefix} drop it once (never {prefix}{prefix}/…), the others keep it; if {prefix} was a habit, pass {self.base_url[: -len(prefix)]}.")
                return prefix
        return None

    def _url(self, path: str) -> str:
        prefix = self._prefix
        if prefix and (path + "/").startswith(prefix + "/"):
            return self.base_url[: -len(prefix)] + path
        return self.base_url + path

    def _log(self, level: int, message: str) -> None:
        if logger.isEnabledFor(level):
            logger.log(level, self._scrub(message))

    def _build(
        self,
        http: Union[httpx.Client, httpx.AsyncClient],
        op: Operation,
        path: Optional[Mapping[str, Any]],
        query: Optional[Mapping[str, Any]],
        headers: Optional[Mapping[str, Any]],
        cookies: Optional[Mapping[str, Any]],
        body: Any,
        options: RequestOptions,
        stream: bool,
    ) -> httpx.Request:
        url_path = expand_path(op.path, path or {}, op.path_styles)
        params = {**_strip_not_given(query), **dict(options.get("query") or {})}
        # The TypeScript SDK's Accept: the operation's own (not JSON alone), else SSE's or JSON's.
        sent: Dict[str, str] = {"accept": op.accept or ("text/event-stream" if stream else "application/json")}
        if self._config.user_agent:
            sent["user-agent"] = self._config.user_agent
        encoded: Dict[str, Any] = {}
        own: Dict[str, str] = {}
        if isinstance(body, dict):
            body = _strip_not_given(body)
            if not body and op.body_optional:
                body = NOT_GIVEN
        if not isinstance(body, NotGiven) and op.body_kind is not None:
            encoded = encode_body(
                op.body_kind,
                body,
                op.media_type,
                op.file_fields,
                op.part_types,
                op.form_styles,
                op.json_parts,
                op.text_file_fields,
            )
            own = encoded.pop("headers", {})
            sent.update(own)
        self._apply_auth(op, sent, params)
        search = encode_query(params, op.query_styles)
        # As in the TypeScript SDK, later ones win: the body's type, the key, default headers, header
        # parameters, then the call's request options. A None default or option removes the header;
        # a None parameter is not sent (and leaves a default of the same name).
        _apply_headers(sent, self._default_headers)
        for name, value in _strip_not_given(headers).items():
            if value is not None:
                style = op.header_styles.get(name)
                sent[name.lower()] = header_text(value, style[1]) if style else scalar(value)
        _apply_headers(sent, options.get("headers"))
        if encoded and op.body_kind in COMPUTED_TYPE_KINDS:
            # httpx writes a multipart type with its boundary only when none is set.
            sent.pop("content-type", None)
            sent.update(own)
        # Cookie parameters come first, then a cookie header of the defaults or the call (joined, not replaced).
        cookie = "; ".join(text for text in (_cookie_header(_strip_not_given(cookies)), sent.get("cookie")) if text)
        if cookie:
            sent["cookie"] = cookie
        timeout = _seconds("timeout", options.get("timeout", self.timeout))
        if stream:
            idle = options.get("idle_timeout", self.idle_timeout)
            # 0, negative or NaN: no idle limit (as the TS client's idleMs).
            limit = httpx.Timeout(timeout, read=_seconds("idle_timeout", idle if idle and idle > 0 else None))
        else:
            limit = httpx.Timeout(timeout)
        return http.build_request(
            op.method, self._url(url_path) + ("?" + search if search else ""), headers=sent, timeout=limit, **encoded
        )

    def _apply_auth(self, op: Operation, headers: Dict[str, str], params: Dict[str, Any]) -> None:
        if op.auth is None:
            return
        key = self._api_key
        if not key:
            if op.auth_optional:
                return
            raise ShellApiError(f"No API key: pass api_key or set {self._config.env_prefix}_API_KEY.")
        kind, name = self._config.auth_schemes[op.auth]
        if kind == "bearer":
            headers["authorization"] = f"Bearer {key}"
        elif kind == "basic":
            headers["authorization"] = "Basic " + _basic_credentials(key)
        elif kind == "header" and name:
            headers[name.lower()] = key
        elif kind == "query" and name:
            params[name] = key

    def _label(self, request: httpx.Request) -> str:
        return self._scrub(f"{request.method} {request.url}")

    def _transport_error(self, error: Exception, request: httpx.Request) -> APIConnectionError:
        label = self._label(request)
        if isinstance(error, httpx.TimeoutException):
            # Never "not sent", even a ConnectTimeout: the TypeScript SDK's timeout is one abort timer
            # whose fetch names no phase, and both SDKs keep one rule (a timeout re-sends no paid call).
            return APITimeoutError(f"{label}: timed out ({type(error).__name__}).", method=request.method, url=label)
        # A failure before a connection exists proves the request never left.
        not_sent = isinstance(error, httpx.ConnectError)
        return APIConnectionError(
            self._scrub(f"{label}: connection failed ({type(error).__name__}: {error})."),
            request_not_sent=not_sent,
            method=request.method,
            url=label,
        )

    def _status_error(self, response: httpx.Response, error_model: Any) -> APIStatusError:
        request = response.request
        # The TypeScript parseErrorBody: JSON when it parses, else the text; None when empty.
        text = _decode(response.content)
        try:
            body: Any = json.loads(text, parse_constant=_refuse_constant) if text else None
        except ValueError:
            body = text
        raw = scrub_deep(body, self._scrub)
        # The TypeScript message (status and the body's message); the call is in .method and .url.
        message = self._scrub(status_message(response.status_code, raw))
        parsed = parse_as(error_model, raw) if isinstance(raw, (dict, list)) and error_model is not None else raw
        return status_error_class(response.status_code)(
            message,
            status_code=response.status_code,
            body=parsed,
            headers=redact_headers(response.headers, self._scrub),
            method=request.method,
            url=self._label(request),
            raw_body=raw,
        )

    def _parse(self, response: httpx.Response, op: Operation, cast_to: Any) -> Any:
        """The answer as the TypeScript SDK's ``parseBuffered`` reads it: ``auto`` (an operation answering
        JSON or text) by the content type, JSON ones parsed, else empty as None, text as str, else bytes.
        An empty body (a 204 too) is the declared type's empty value: None for JSON, '' for text, b''
        for bytes, as the TypeScript SDK's undefined, '' and empty Blob."""
        if op.response == "none":
            return None
        content = response.content
        content_type = response.headers.get("content-type")
        read = op.response
        if read == "auto":
            media_type = (content_type or "").split(";")[0].strip().lower()
            if JSON_MEDIA_TYPE.search(media_type):
                read = "json"
            elif not content:
                return None
            else:
                read = "text" if TEXT_MEDIA_TYPE.search(media_type) else "binary"
        if read == "binary":
            return content
        text = _decode(content)
        if read == "text":
            return text
        if not text.strip(_JS_WHITESPACE):
            return None
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except ValueError as cause:
            raise ShellApiError(f"Could not parse the response as JSON (content-type {content_type or 'none'}).") from cause
        return parse_as(cast_to, data)

    def _retry_class(self, op: Operation, options: RequestOptions) -> RetryClass:
        return "safe" if options.get("idempotent") else op.retry


class SyncAPIClient(_Core):
    def __init__(
        self,
        config: ClientConfig,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        idle_timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        super().__init__(
            config, api_key=api_key, base_url=base_url, timeout=timeout, idle_timeout=idle_timeout,
            max_retries=max_retries, default_headers=default_headers,
        )
        self._http = http_client or httpx.Client()

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "SyncAPIClient":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _request(
        self,
        op: Operation,
        *,
        path: Optional[Mapping[str, Any]] = None,
        query: Optional[Mapping[str, Any]] = None,
        headers: Optional[Mapping[str, Any]] = None,
        cookies: Optional[Mapping[str, Any]] = None,
        body: Any = NOT_GIVEN,
        cast_to: Any = Any,
        error_model: Any = None,
        stream: bool = False,
        save_to: Union[str, "os.PathLike[str]", None] = None,
        with_headers: bool = False,
        options: Optional[RequestOptions] = None,
    ) -> Any:
        opts: RequestOptions = options or {}
        request = self._build(self._http, op, path, query, headers, cookies, body, opts, stream)
        retry_class = self._retry_class(op, opts)
        max_retries = max(0, opts.get("max_retries", self.max_retries))
        streamed = stream or save_to is not None
        attempt = 0
        while True:
            self._log(logging.DEBUG, f"{self._label(request)} attempt {attempt + 1}")
            try:
                response = self._http.send(request, stream=streamed)
            except httpx.TransportError as cause:
                error = self._transport_error(cause, request)
                if attempt < max_retries and should_retry_error(error, retry_class):
                    delay = retry_delay(None, attempt)
                    self._log(logging.INFO, f"{self._label(request)} failed ({type(error).__name__}), retrying in {delay:.2f} s")
                    attempt += 1
                    time.sleep(delay)
                    continue
                raise error from None
            if response.is_success:
                break
            if attempt < max_retries and should_retry_response(response.status_code, response.headers, retry_class):
                delay = retry_delay(response.headers, attempt)
                self._log(logging.INFO, f"{self._label(request)} answered {response.status_code}, retrying in {delay:.2f} s")
                response.close()
                attempt += 1
                time.sleep(delay)
                continue
            if streamed:
                response.read()
            raise self._status_error(response, error_model)
        if stream:
            return answer(response, Stream(response, cast_to, op.stream_terminator, self._label(request), op.stream_text, op.stream_terminator_optional))
        if save_to is not None:
            target = Path(save_to)
            try:
                with target.open("wb") as handle:
                    for part in response.iter_bytes():
                        handle.write(part)
            except httpx.TransportError as cause:
                raise self._transport_error(cause, request) from None
            finally:
                response.close()
            return answer(response, target)
        try:
            if streamed:
                response.read()
        except httpx.TransportError as cause:
            raise self._transport_error(cause, request) from None
        parsed = self._parse(response, op, cast_to)
        return (parsed, dict(response.headers)) if with_headers else answer(response, parsed)


class AsyncAPIClient(_Core):
    def __init__(
        self,
        config: ClientConfig,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        idle_timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        super().__init__(
            config, api_key=api_key, base_url=base_url, timeout=timeout, idle_timeout=idle_timeout,
            max_retries=max_retries, default_headers=default_headers,
        )
        self._http = http_client or httpx.AsyncClient()

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> "AsyncAPIClient":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()

    async def _request(
        self,
        op: Operation,
        *,
        path: Optional[Mapping[str, Any]] = None,
        query: Optional[Mapping[str, Any]] = None,
        headers: Optional[Mapping[str, Any]] = None,
        cookies: Optional[Mapping[str, Any]] = None,
        body: Any = NOT_GIVEN,
        cast_to: Any = Any,
        error_model: Any = None,
        stream: bool = False,
        save_to: Union[str, "os.PathLike[str]", None] = None,
        with_headers: bool = False,
        options: Optional[RequestOptions] = None,
    ) -> Any:
        opts: RequestOptions = options or {}
        request = self._build(self._http, op, path, query, headers, cookies, body, opts, stream)
        retry_class = self._retry_class(op, opts)
        max_retries = max(0, opts.get("max_retries", self.max_retries))
        streamed = stream or save_to is not None
        attempt = 0
        while True:
            self._log(logging.DEBUG, f"{self._label(request)} attempt {attempt + 1}")
            try:
                response = await self._http.send(request, stream=streamed)
            except httpx.TransportError as cause:
                error = self._transport_error(cause, request)
                if attempt < max_retries and should_retry_error(error, retry_class):
                    delay = retry_delay(None, attempt)
                    self._log(logging.INFO, f"{self._label(request)} failed ({type(error).__name__}), retrying in {delay:.2f} s")
                    attempt += 1
                    await asyncio.sleep(delay)
                    continue
                raise error from None
            if response.is_success:
                break
            if attempt < max_retries and should_retry_response(response.status_code, response.headers, retry_class):
                delay = retry_delay(response.headers, attempt)
                self._log(logging.INFO, f"{self._label(request)} answered {response.status_code}, retrying in {delay:.2f} s")
                await response.aclose()
                attempt += 1
                await asyncio.sleep(delay)
                continue
            if streamed:
                await response.aread()
            raise self._status_error(response, error_model)
        if stream:
            return answer(response, AsyncStream(response, cast_to, op.stream_terminator, self._label(request), op.stream_text, op.stream_terminator_optional))
        if save_to is not None:
            target = Path(save_to)
            try:
                with target.open("wb") as handle:
                    async for part in response.aiter_bytes():
                        handle.write(part)
            except httpx.TransportError as cause:
                raise self._transport_error(cause, request) from None
            finally:
                await response.aclose()
            return answer(response, target)
        try:
            if streamed:
                await response.aread()
        except httpx.TransportError as cause:
            raise self._transport_error(cause, request) from None
        parsed = self._parse(response, op, cast_to)
        return (parsed, dict(response.headers)) if with_headers else answer(response, parsed)
