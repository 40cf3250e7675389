/**
 * Import cost of the Python SDK: `import shellapi` imports neither `types` nor `params` (a large
 * spec has thousands of models), importing `types` builds no pydantic validator, and a call builds
 * only the models its answer needs, still typing nested models when the answer is read leniently.
 * Structural checks (modules loaded, models complete), not wall time: they hold on a busy machine.
 */
import { expect, it } from 'vitest';
import { runPython } from './helpers.js';

const PROBE = String.raw`
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pydantic
import shellapi

loaded = sorted(m for m in ("shellapi.types", "shellapi.params") if m in sys.modules)
from shellapi import types

models = [v for v in vars(types).values() if isinstance(v, type) and issubclass(v, pydantic.BaseModel) and v.__module__ == types.__name__]
built_at_import = [m.__name__ for m in models if m.__pydantic_complete__]

class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        # submitTime is not an int: the answer is read leniently, its valid parts typed.
        body = json.dumps({"id": "t1", "submitTime": "soon", "buttons": [{"customId": "MJ::1", "label": "U1"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = shellapi.ShellApi(api_key="k", base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
task = client.midjourney.tasks.retrieve("t1")
server.shutdown()
print(json.dumps({
    "loaded_by_import": loaded,
    "models": len(models),
    "built_at_import": built_at_import,
    "built_after_call": sum(1 for m in models if m.__pydantic_complete__),
    "task": type(task).__name__,
    "submit_time": task.submit_time,
    "button": type(task.buttons[0]).__name__,
    "custom_id": task.buttons[0].custom_id,
    "params": type(shellapi.params).__name__,
}))
`;

it('importing the package builds no model; a call builds what its answer needs', () => {
  const run = runPython(['-c', PROBE]);
  expect(run.status, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  expect(out.loaded_by_import).toEqual([]);
  expect(out.models).toBeGreaterThan(100);
  expect(out.built_at_import).toEqual([]);
  // MjTask (and what it needs rebuilt for the lenient reading), not the whole module.
  expect(out.built_after_call).toBeGreaterThan(0);
  expect(out.built_after_call).toBeLessThan(10);
  expect(out).toMatchObject({
    task: 'MjTask',
    submit_time: 'soon',
    button: 'MjButton',
    custom_id: 'MJ::1',
    params: 'module',
  });
});
