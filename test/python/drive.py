"""Drives the generated Python SDK for the vitest suites: reads a JSON list of calls on stdin,
makes each call through the client's resource tree (sync or async), and prints one JSON result
per call: the data as the SDK returned it (models dumped with their wire names), the exchanges
seen on the wire, or the error raised."""

import asyncio
import base64
import io
import json
import os
import re
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any, Dict, List, Optional

import httpx

import shellapi
from shellapi._models import Model

TMP = Path(tempfile.mkdtemp(prefix="shellapi-drive-"))


def plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Path):
        return {"$path": str(value)}
    return value


def realize(value: Any, counter: List[int], style_of: Optional[str] = None) -> Any:
    if isinstance(value, dict) and "$file" in value:
        f = value["$file"]
        data = base64.b64decode(f["b64"])
        style = style_of or ["path", "bytes", "fileobj"][counter[0] % 3]
        counter[0] += 1
        if style == "plain":
            # Bare bytes: no name and no type, so the part is labelled by the SDK's own rule.
            return data
        if style == "path":
            target = TMP / f"{counter[0]}-{f['name']}"
            target.write_bytes(data)
            return target
        if style == "bytes":
            return (f["name"], data, f["type"])
        handle = io.BytesIO(data)
        handle.name = f["name"]
        return handle
    if isinstance(value, list):
        return [realize(v, counter, style_of) for v in value]
    if isinstance(value, dict):
        return {k: realize(v, counter, style_of) for k, v in value.items()}
    return value


def file_parts(request: httpx.Request, group: int) -> Dict[str, List[str]]:
    """Multipart file parts' file names (group 2) or Content-Type headers (group 3) by field name, as sent."""
    if not request.headers.get("content-type", "").startswith("multipart/"):
        return {}
    out: Dict[str, List[str]] = {}
    head = rb'Content-Disposition: form-data; name="([^"]*)"; filename="([^"]*)"\r\nContent-Type: ([^\r]*)\r\n'
    for match in re.finditer(head, request.content):
        out.setdefault(match.group(1).decode(), []).append(match.group(group).decode())
    return out


def method_of(client: Any, resource: List[str], name: str) -> Any:
    node = client
    for segment in resource:
        node = getattr(node, segment)
    return getattr(node, name)


def snapshot_json(s: Any) -> Dict[str, Any]:
    return {"id": s.id, "state": s.state, "progress": s.progress, "vendor_status": s.vendor_status,
            "task": plain(s.task), "result": plain(s.result), "results": plain(s.results), "reason": s.reason}


def error_json(e: BaseException) -> Dict[str, Any]:
    out: Dict[str, Any] = {"class": type(e).__name__, "message": str(e)}
    for key in ("status_code", "task_id", "reason", "request_not_sent", "code", "description"):
        if hasattr(e, key):
            out[key] = getattr(e, key)
    if hasattr(e, "body"):
        out["body"] = plain(getattr(e, "body"))
    if hasattr(e, "snapshot") and getattr(e, "snapshot") is not None:
        out["snapshot"] = snapshot_json(getattr(e, "snapshot"))
    return out


def read_pointer(value: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


# The generated client's class and base error (a job's `client_class` / `error_class`: another
# spec's package names its own).
CLIENT = "ShellApi"
ERROR = "ShellApiError"


def execute(command: Dict[str, Any], base_url: str, api_key: str, control: httpx.Client) -> Dict[str, Any]:
    exchanges: List[Dict[str, Any]] = []
    pattern = re.compile(command["poll_pattern"]) if command.get("poll_pattern") else None

    def record(response: httpx.Response) -> None:
        response.request.read()  # a multipart body is a stream that can be read again (async: aread first)
        exchanges.append({"method": response.request.method, "url": str(response.request.url),
                          "status": response.status_code,
                          "content_type": response.headers.get("content-type", "").split(";")[0].strip(),
                          "authorization": response.request.headers.get("authorization"),
                          "prefer": response.request.headers.get("prefer"),
                          "accept": response.request.headers.get("accept"),
                          "part_types": file_parts(response.request, 3),
                          "part_names": file_parts(response.request, 2)})
        if pattern and pattern.search(response.request.url.path):
            control.post(base_url.rstrip("/") + "/__mock/clock", json={"advanceMs": command["advance_ms"]})

    async def arecord(response: httpx.Response) -> None:
        await response.request.aread()
        record(response)

    counter = [0]
    args = realize(command.get("args", []), counter, command.get("file_style"))
    kwargs = realize(command.get("kwargs", {}), counter, command.get("file_style"))
    injected = []
    for inject in command.get("inject", []):
        earlier = execute(inject["from"], base_url, api_key, control)
        injected.append(earlier)
        if not earlier["ok"]:
            return {"id": command["id"], "ok": False, "error": {"class": "SubmitFailed", "message": json.dumps(earlier)}, "exchanges": [], "snapshots": []}
        value = str(read_pointer(earlier["data"], inject["pointer"]))
        if "arg_index" in inject:
            args[inject["arg_index"]] = value
        else:
            kwargs[inject["kwarg"]] = [value] if inject.get("as_list") else value
    snapshots: List[Dict[str, Any]] = []
    if command.get("wait"):
        kwargs["on_progress"] = lambda s: snapshots.append(snapshot_json(s))
        kwargs["poll_interval"] = 0.001
        if command.get("wait_timeout") is not None:
            kwargs["wait_timeout"] = command["wait_timeout"]
    if command.get("prefer"):
        kwargs["request_options"] = {"headers": {"Prefer": command["prefer"]}}
    result: Dict[str, Any] = {"id": command["id"]}
    try:
        if command.get("client") == "async":
            async def run() -> Any:
                async with getattr(shellapi, "Async" + CLIENT)(api_key=api_key, base_url=base_url, max_retries=0,
                                                  http_client=httpx.AsyncClient(event_hooks={"response": [arecord]})) as client:
                    value = await method_of(client, command["resource"], command["method"])(*args, **kwargs)
                    if isinstance(value, shellapi.AsyncStream):
                        return ("stream", [c async for c in value])
                    return ("value", value)
            kind, value = asyncio.run(run())
        else:
            with getattr(shellapi, CLIENT)(api_key=api_key, base_url=base_url, max_retries=0,
                                   http_client=httpx.Client(event_hooks={"response": [record]})) as client:
                value = method_of(client, command["resource"], command["method"])(*args, **kwargs)
                kind = "value"
                # A paged call answers its first page (awaiting the async one gives the same).
                if isinstance(value, shellapi.SyncPage):
                    value = value.first_page
                if isinstance(value, shellapi.Stream):
                    kind, value = "stream", list(value)
        result.update(ok=True, kind=kind, type=type(value).__name__ if kind == "value" else "Stream")
        if kind == "stream":
            result["chunk_types"] = sorted({type(c).__name__ for c in value})
        result["data"] = snapshot_json(value) if isinstance(value, shellapi.TaskSnapshot) else plain(value)
    except getattr(shellapi, ERROR) as e:
        result.update(ok=False, error=error_json(e))
    except Exception as e:  # a bug in the SDK: report it with its traceback
        result.update(ok=False, error={"class": type(e).__name__, "message": str(e), "traceback": traceback.format_exc()})
    result["exchanges"] = exchanges
    result["snapshots"] = snapshots
    result["injected"] = injected
    return result


def main() -> None:
    global CLIENT, ERROR
    job = json.load(sys.stdin)
    CLIENT = job.get("client_class", CLIENT)
    ERROR = job.get("error_class", ERROR)
    control = httpx.Client()
    json.dump([execute(c, job["base_url"], job["api_key"], control) for c in job["calls"]], sys.stdout)


if __name__ == "__main__":
    main()
