"""A scriptable HTTP server on 127.0.0.1 for the runtime tests: each test queues the answers
(status, headers, body, delay, or a dropped connection) and reads back the requests it got."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional

import pytest


class Script:
    def __init__(self) -> None:
        self.answers: List[Dict[str, Any]] = []
        self.requests: List[Dict[str, Any]] = []
        self.lock = threading.Lock()

    def answer(self, status: int = 200, body: Any = None, headers: Optional[Dict[str, str]] = None, **extra: Any) -> None:
        self.answers.append({"status": status, "body": body, "headers": headers or {}, **extra})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    script: Script

    def log_message(self, *args: Any) -> None:
        pass

    def handle_any(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        script = self.server.script  # type: ignore[attr-defined]
        with script.lock:
            script.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers.items()), "body": body})
            answer = script.answers.pop(0) if script.answers else {"status": 500, "body": {"error": "no answer queued"}, "headers": {}}
        if answer.get("drop"):
            # Hang up after the request arrived, without an answer: it may have been acted on.
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        time.sleep(answer.get("delay", 0))
        if answer.get("sse") is not None:
            self.send_response(answer["status"])
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for event in answer["sse"]:
                if isinstance(event, (int, float)):
                    time.sleep(event)
                    continue
                data = f"data: {event}\n\n".encode()
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            return
        raw = answer["body"]
        payload = raw if isinstance(raw, bytes) else json.dumps(raw).encode()
        self.send_response(answer["status"])
        headers = {"content-type": "application/json", **answer["headers"]}
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any


@pytest.fixture
def server() -> Iterator[Any]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.script = Script()  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"  # type: ignore[attr-defined]
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on (connection refused: the request never left)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff in milliseconds (the policy's shape, not its wall time, is under test)."""
    from shellapi import _policy

    monkeypatch.setitem(_policy.RETRY_POLICY, "initialDelayMs", 1)
    monkeypatch.setitem(_policy.RETRY_POLICY, "maxDelayMs", 4)
