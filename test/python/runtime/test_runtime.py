"""The Python runtime's behaviours against a real local HTTP server, mirroring the TypeScript
runtime tests: retries by retry class (paid jobs never duplicated), Retry-After, timeouts, the
stream idle timeout, typed errors with their body, lenient models that keep extra fields,
uploads, binary downloads, environment variables and key hygiene."""

import asyncio
import io
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

import shellapi
from shellapi import _retry

KEY = "sk-runtime-secret-0123456789"
TASK = {"id": "t1", "status": "SUCCESS", "progress": "100%", "imageUrl": "https://x/1.png"}
SUBMITTED = {"code": 1, "description": "ok", "result": "t1"}
CHUNK = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}


def client(server: Any, **options: Any) -> shellapi.ShellApi:
    return shellapi.ShellApi(api_key=KEY, base_url=server.url, **options)


def attempts(server: Any) -> int:
    return len(server.script.requests)


# ── retries ─────────────────────────────────────────────────────────────

def test_safe_call_retries_5xx_then_succeeds(server: Any) -> None:
    server.script.answer(503, {"error": "busy"})
    server.script.answer(502, {"error": "busy"})
    server.script.answer(200, TASK)
    task = client(server).midjourney.tasks.retrieve("t1")
    assert task.id == "t1" and attempts(server) == 3


def test_safe_call_gives_up_after_max_retries(server: Any) -> None:
    for _ in range(5):
        server.script.answer(500, {"error": {"message": "boom"}})
    with pytest.raises(shellapi.InternalServerError) as caught:
        client(server, max_retries=1).midjourney.tasks.retrieve("t1")
    assert attempts(server) == 2 and caught.value.status_code == 500


@pytest.mark.parametrize("status", [429, 500, 503, 408])
def test_paid_submit_is_not_resent_after_a_status(server: Any, status: int) -> None:
    server.script.answer(status, {"error": "later"})
    server.script.answer(200, SUBMITTED)
    with pytest.raises(shellapi.APIStatusError):
        client(server).midjourney.submit.imagine(prompt="cat")
    assert attempts(server) == 1


def test_paid_submit_is_resent_when_the_server_says_so(server: Any) -> None:
    server.script.answer(503, {"error": "later"}, {"x-should-retry": "true"})
    server.script.answer(200, SUBMITTED)
    assert client(server).midjourney.submit.imagine(prompt="cat").result == "t1"
    assert attempts(server) == 2


def test_safe_call_not_retried_when_the_server_says_no(server: Any) -> None:
    server.script.answer(503, {"error": "no"}, {"x-should-retry": "false"})
    with pytest.raises(shellapi.InternalServerError):
        client(server).midjourney.tasks.retrieve("t1")
    assert attempts(server) == 1


def test_paid_submit_not_resent_after_a_dropped_connection(server: Any) -> None:
    server.script.answer(drop=True)
    server.script.answer(200, SUBMITTED)
    with pytest.raises(shellapi.APIConnectionError) as caught:
        client(server).midjourney.submit.imagine(prompt="cat")
    assert attempts(server) == 1 and caught.value.request_not_sent is False


def test_safe_call_retried_after_a_dropped_connection(server: Any) -> None:
    server.script.answer(drop=True)
    server.script.answer(200, TASK)
    assert client(server).midjourney.tasks.retrieve("t1").id == "t1"
    assert attempts(server) == 2


def test_paid_submit_resent_when_it_never_left(closed_port: int) -> None:
    sent = []
    http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r)]})
    api = shellapi.ShellApi(api_key=KEY, base_url=f"http://127.0.0.1:{closed_port}", max_retries=2, http_client=http)
    with pytest.raises(shellapi.APIConnectionError) as caught:
        api.midjourney.submit.imagine(prompt="cat")
    assert caught.value.request_not_sent is True and len(sent) == 3


def test_idempotent_option_makes_a_paid_call_retryable(server: Any) -> None:
    server.script.answer(503, {"error": "later"})
    server.script.answer(200, SUBMITTED)
    result = client(server).midjourney.submit.imagine(prompt="cat", request_options={"idempotent": True})
    assert result.code == 1 and attempts(server) == 2


def test_retry_after_headers_are_read() -> None:
    assert _retry.retry_delay({"retry-after-ms": "25"}, 0) == 0.025
    assert _retry.retry_delay({"retry-after": "2"}, 0) == 2
    # Beyond the policy's ceiling: back to exponential backoff (1 ms here).
    assert _retry.retry_delay({"retry-after": "100000"}, 0, rand=0) == 0.001
    assert _retry.retry_delay(None, 1, rand=0) == 0.002


# ── timeouts ────────────────────────────────────────────────────────────

def test_timeout_on_a_safe_call_is_retried(server: Any) -> None:
    server.script.answer(200, TASK, delay=0.5)
    server.script.answer(200, TASK)
    assert client(server, timeout=0.1).midjourney.tasks.retrieve("t1").id == "t1"
    assert attempts(server) == 2


def test_timeout_on_a_paid_call_is_not_retried(server: Any) -> None:
    server.script.answer(200, SUBMITTED, delay=0.5)
    server.script.answer(200, SUBMITTED)
    with pytest.raises(shellapi.APITimeoutError):
        client(server, timeout=0.1).midjourney.submit.imagine(prompt="cat")
    assert attempts(server) == 1


def test_infinite_timeouts_mean_none(server: Any) -> None:
    # The socket layer rejects an infinite timeout (OverflowError): the client passes none instead.
    server.script.answer(200, TASK, delay=0.05)
    forever = float("inf")
    assert client(server, timeout=forever).midjourney.tasks.retrieve("t1").id == "t1"
    server.script.answer(200, sse=[json.dumps(CHUNK), 0.05, "[DONE]"])
    stream = client(server, timeout=forever, idle_timeout=forever).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    assert [chunk.id for chunk in stream] == ["c1"]


def test_zero_negative_or_nan_timeouts_are_refused(server: Any) -> None:
    # 0 would make httpx's socket non-blocking: every call a connect error, which looks never sent.
    for value in (0, 0.0, -1.0, float("nan"), float("-inf")):
        with pytest.raises(shellapi.ShellApiError, match=r"`timeout` must be more than 0 seconds \(inf for no limit\)"):
            client(server, timeout=value)
    for value in (0, -1):
        with pytest.raises(shellapi.ShellApiError, match="`timeout` must be more than 0 seconds"):
            client(server).midjourney.tasks.retrieve("t1", request_options={"timeout": value})
    assert attempts(server) == 0


def test_stream_idle_timeout(server: Any) -> None:
    server.script.answer(200, sse=[json.dumps(CHUNK), 0.6, json.dumps(CHUNK), "[DONE]"])
    stream = client(server, idle_timeout=0.2).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    seen = []
    with pytest.raises(shellapi.APITimeoutError):
        for chunk in stream:
            seen.append(chunk.id)
    assert seen == ["c1"]


def test_stream_yields_typed_chunks_until_the_terminator(server: Any) -> None:
    server.script.answer(200, sse=[json.dumps(CHUNK), json.dumps({**CHUNK, "id": "c2", "new_field": 1}), "[DONE]"])
    with client(server).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True) as stream:
        chunks = list(stream)
    assert [c.id for c in chunks] == ["c1", "c2"]
    assert isinstance(chunks[0], shellapi.types.ChatCompletionChunk)
    assert chunks[1].to_dict()["new_field"] == 1
    assert json.loads(server.script.requests[0]["body"])["stream"] is True


def test_async_stream(server: Any) -> None:
    server.script.answer(200, sse=[json.dumps(CHUNK), "[DONE]"])

    async def run() -> list:
        async with shellapi.AsyncShellApi(api_key=KEY, base_url=server.url) as api:
            stream = await api.chat.completions.create(model="m", messages=[], stream=True)
            return [c.id async for c in stream]

    assert asyncio.run(run()) == ["c1"]


# ── answers and errors ──────────────────────────────────────────────────

def test_extra_fields_are_kept_and_missing_ones_do_not_raise(server: Any) -> None:
    server.script.answer(200, {**TASK, "brandNew": {"x": 1}})
    task = client(server).midjourney.tasks.retrieve("t1")
    assert task.image_url == "https://x/1.png" and task.to_dict()["brandNew"] == {"x": 1}
    server.script.answer(200, {"status": 7})  # id missing, status of the wrong type
    odd = client(server).midjourney.tasks.retrieve("t1")
    assert isinstance(odd, shellapi.types.MjTask) and odd.to_dict()["status"] == 7


def test_typed_error_per_status_family_with_the_body(server: Any) -> None:
    server.script.answer(404, {"error": {"message": "no such task", "type": "not_found"}})
    with pytest.raises(shellapi.NotFoundError) as caught:
        client(server).midjourney.tasks.retrieve("nope")
    assert caught.value.status_code == 404
    assert "no such task" in str(caught.value)
    body = caught.value.body
    assert body is not None and (body.to_dict() if hasattr(body, "to_dict") else body)["error"]["message"] == "no such task"
    server.script.answer(401, {"error": "bad key"})
    with pytest.raises(shellapi.AuthenticationError):
        client(server).midjourney.tasks.retrieve("t1")


def test_uploads_from_path_bytes_and_file_objects(server: Any, tmp_path: Path) -> None:
    audio = tmp_path / "speech.mp3"
    audio.write_bytes(b"ID3-path")
    for upload in (audio, ("clip.mp3", b"ID3-bytes"), io.BytesIO(b"ID3-fileobj")):
        server.script.answer(200, {"text": "hello"})
        assert client(server).audio.transcriptions.create(file=upload, model="whisper-1").to_dict() == {"text": "hello"}
    bodies = [r["body"] for r in server.script.requests]
    assert b"ID3-path" in bodies[0] and b'filename="speech.mp3"' in bodies[0]
    assert b"ID3-bytes" in bodies[1] and b'filename="clip.mp3"' in bodies[1]
    assert b"ID3-fileobj" in bodies[2] and b'name="model"' in bodies[2]


def test_binary_as_bytes_or_streamed_to_a_file(server: Any, tmp_path: Path) -> None:
    server.script.answer(200, b"\xff\xfbMP3DATA", {"content-type": "audio/mpeg"})
    assert client(server).audio.speech.create(model="tts-1", input="hi", voice="alloy") == b"\xff\xfbMP3DATA"
    server.script.answer(200, b"\xff\xfbMP3DATA2", {"content-type": "audio/mpeg"})
    target = client(server).audio.speech.create(model="tts-1", input="hi", voice="alloy", save_to=tmp_path / "out.mp3")
    assert target.read_bytes() == b"\xff\xfbMP3DATA2"


def test_environment_variables(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELLAPI_API_KEY", "sk-from-env-0123456789")
    monkeypatch.setenv("SHELLAPI_BASE_URL", server.url + "/")
    server.script.answer(200, TASK)
    shellapi.ShellApi().midjourney.tasks.retrieve("t1")
    assert server.script.requests[0]["headers"]["authorization"] == "Bearer sk-from-env-0123456789"


def test_a_base_url_ending_with_a_version_segment_is_dropped_once_only_by_calls_under_it(server: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # The openai habit: SHELLAPI_BASE_URL=http://host/v1, with paths under /v1 and /mj (this spec's).
    monkeypatch.setenv("SHELLAPI_BASE_URL", server.url + "/v1/")
    caplog.set_level(logging.WARNING, logger="shellapi")
    api = shellapi.ShellApi(api_key=KEY)
    assert api.base_url == server.url + "/v1"
    assert caplog.text.count("ends with /v1") == 1
    assert f"base URL {server.url}/v1 ends with /v1: calls whose path starts with /v1 drop it once (never /v1/v1/…), the others keep it; if /v1 was a habit, pass {server.url}." in caplog.text
    server.script.answer(200, {"object": "list", "data": [], "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1}})
    api.embeddings.create(model="m", input="hi")
    server.script.answer(200, TASK)
    api.midjourney.tasks.retrieve("t1")
    assert [r["path"] for r in server.script.requests] == ["/v1/embeddings", "/v1/mj/task/t1/fetch"]


def test_a_base_url_ending_with_another_segment_stays_without_a_warning(server: Any, caplog: pytest.LogCaptureFixture) -> None:
    # /mj is no version segment: a relay may be mounted there, and /mj paths keep it twice.
    caplog.set_level(logging.WARNING, logger="shellapi")
    api = shellapi.ShellApi(api_key=KEY, base_url=server.url + "/mj")
    assert api.base_url == server.url + "/mj" and caplog.text == ""
    server.script.answer(200, TASK)
    api.midjourney.tasks.retrieve("t1")
    assert [r["path"] for r in server.script.requests] == ["/mj/mj/task/t1/fetch"]


def test_a_base_url_with_a_query_or_fragment_is_refused(server: Any) -> None:
    # Its query or fragment would swallow every operation's path.
    for url in (server.url + "/?api-version=1", server.url + "/v1#top"):
        with pytest.raises(shellapi.ShellApiError, match="cannot hold a query or fragment"):
            shellapi.ShellApi(api_key=KEY, base_url=url)


# ── key hygiene ─────────────────────────────────────────────────────────

def test_the_key_never_shows(server: Any, caplog: pytest.LogCaptureFixture, closed_port: int) -> None:
    caplog.set_level(logging.DEBUG, logger="shellapi")
    api = client(server)
    assert KEY not in repr(api) and KEY not in str(api)
    server.script.answer(500, {"error": f"echo {KEY}"}, {"x-api-key": KEY})
    server.script.answer(500, {"error": f"echo {KEY}"})
    server.script.answer(500, {"error": f"echo {KEY}"})
    with pytest.raises(shellapi.APIStatusError) as caught:
        api.midjourney.tasks.retrieve("t1")
    error = caught.value
    shown = " ".join([str(error), repr(error), json.dumps(error.headers), error.url, caplog.text])
    assert KEY not in shown and "[REDACTED]" in str(error)
    offline = shellapi.ShellApi(api_key=KEY, base_url=f"http://127.0.0.1:{closed_port}", max_retries=0)
    with pytest.raises(shellapi.APIConnectionError) as refused:
        offline.midjourney.tasks.retrieve("t1")
    assert KEY not in str(refused.value) and KEY not in repr(refused.value)
    assert server.script.requests[0]["headers"]["authorization"] == f"Bearer {KEY}"


# ── task waits ──────────────────────────────────────────────────────────

def test_wait_for_rides_out_transient_poll_failures(server: Any) -> None:
    server.script.answer(503, {"error": "busy"}, {"retry-after-ms": "1"})
    server.script.answer(200, {**TASK, "status": "IN_PROGRESS", "progress": "40%"})
    server.script.answer(500, {"error": "busy"})
    server.script.answer(200, TASK)
    seen: list = []
    done = client(server).midjourney.tasks.wait_for("t1", poll_interval=0.001, on_progress=lambda s: seen.append((s.state, s.progress)))
    assert done.state == "succeeded" and done.result == "https://x/1.png"
    assert seen == [("running", 0.4), ("succeeded", 1.0)] and attempts(server) == 4


def test_wait_gives_up_after_max_poll_errors_without_client_retries(server: Any) -> None:
    for _ in range(10):
        server.script.answer(503, {"error": "busy"})
    with pytest.raises(shellapi.InternalServerError):
        client(server, max_retries=5).midjourney.tasks.wait_for("t1", poll_interval=0.001, max_poll_errors=2)
    assert attempts(server) == 3  # polls are single requests: the wait loop is the only retry layer


def test_wait_budget(server: Any) -> None:
    for _ in range(200):
        server.script.answer(200, {**TASK, "status": "IN_PROGRESS", "progress": "10%"})
    with pytest.raises(shellapi.TaskTimeoutError) as caught:
        client(server).midjourney.tasks.wait_for("t1", poll_interval=0.01, wait_timeout=0.1)
    assert caught.value.snapshot.state == "running"


def test_and_wait_submits_once_even_when_the_submit_fails(server: Any) -> None:
    server.script.answer(503, {"error": "busy"})
    with pytest.raises(shellapi.InternalServerError):
        client(server).midjourney.submit.imagine_and_wait(prompt="cat", poll_interval=0.001)
    assert attempts(server) == 1


def test_and_wait_refused_submit_is_a_submit_error(server: Any) -> None:
    server.script.answer(200, {"code": 24, "description": "banned word"})
    with pytest.raises(shellapi.TaskSubmitError) as caught:
        client(server).midjourney.submit.imagine_and_wait(prompt="cat")
    assert caught.value.body.description == "banned word"


def test_snapshot_result_is_the_first_pointer_that_holds_a_value() -> None:
    # A family with one pointer per kind of task (Kling: videos or images).
    from shellapi._tasks import TaskDescriptor, snapshot_of

    kinds = TaskDescriptor(
        family="kling", status="/data/task_status",
        states={"queued": [], "running": [], "succeeded": ["succeed"], "failed": [], "cancelled": []},
        interval=1, timeout=10, result=("/data/task_result/videos", "/data/task_result/images"),
    )
    images = [{"url": "https://cdn.example.com/a.png"}]
    image = snapshot_of(kinds, "t", {"data": {"task_status": "succeed", "task_result": {"images": images}}})
    assert image.results == [None, images]
    assert image.result == images
    videos = [{"url": "https://cdn.example.com/a.mp4"}]
    video = snapshot_of(kinds, "t", {"data": {"task_status": "succeed", "task_result": {"videos": videos}}})
    assert video.result == videos
    assert snapshot_of(kinds, "t", {"data": {"task_status": "succeed", "task_result": {}}}).result is None


def test_file_types_follow_the_typescript_table(server: Any) -> None:
    # The platform's table differs by machine (`.m4a` is audio/x-m4a, audio/mp4a-latm or missing;
    # `.jsonl` mostly missing): both SDKs read one table instead.
    for upload, expected in ((("voice.m4a", b"a"), b"audio/mp4"), (("lines.jsonl", b"{}"), b"application/jsonl"), (("x.unknownext", b"?"), b"application/octet-stream")):
        server.script.answer(200, {"text": "hello"})
        client(server).audio.transcriptions.create(file=upload, model="whisper-1")
        assert b"\r\nContent-Type: " + expected + b"\r\n" in server.script.requests[-1]["body"]


def test_basic_auth_sends_user_colon_password(server: Any) -> None:
    # The Shell API uses bearer keys: swap its scheme for basic, as a spec with `scheme: basic` has it.
    import base64

    sent = []
    for key in ("alice:s3cret", KEY):
        c = shellapi.ShellApi(api_key=key, base_url=server.url)
        c._config = c._config._replace(auth_schemes={name: ("basic", None) for name in c._config.auth_schemes})
        server.script.answer(404, {"error": {"message": "no such task"}})
        with pytest.raises(shellapi.NotFoundError):
            c.midjourney.tasks.retrieve("t1")
        sent.append(base64.b64decode(server.script.requests[-1]["headers"]["authorization"].split(" ", 1)[1]).decode())
    assert sent == ["alice:s3cret", KEY + ":"]


def test_basic_credentials_a_server_echoes_are_scrubbed(server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # The wire form of a basic key is base64, which the scrubber must know as well as the key itself.
    import base64

    config = shellapi._client._CONFIG
    monkeypatch.setattr(shellapi._client, "_CONFIG", config._replace(auth_schemes={name: ("basic", None) for name in config.auth_schemes}))
    for key in ("alice:s3cretpass", KEY):
        wire = base64.b64encode((key if ":" in key else key + ":").encode()).decode()
        server.script.answer(400, {"error": {"message": f"bad credentials Basic {wire}", "sent": wire}}, {"x-echo": f"Basic {wire}"})
        with pytest.raises(shellapi.APIStatusError) as caught:
            shellapi.ShellApi(api_key=key, base_url=server.url, max_retries=0).midjourney.tasks.retrieve("t1")
        assert server.script.requests[-1]["headers"]["authorization"] == f"Basic {wire}"
        error = caught.value
        assert "Basic [REDACTED]" in str(error) and error.headers["x-echo"] == "Basic [REDACTED]"
        shown = " ".join([str(error), repr(error), json.dumps(error.headers), repr(error.body)])
        assert wire not in shown and key not in shown
