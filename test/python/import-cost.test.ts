/**
 * Import cost of the Python SDK: `import shellapi` imports neither `types` nor `params` (a large
 * spec has thousands of models), `types` imports none of its modules until a model is asked for,
 * a model loads only its own module and those it refers to (not every class of the spec), no
 * module builds a pydantic validator at import, and a call builds only the models its answer
 * needs, still typing nested models when the answer is read leniently. Every name stays
 * importable from `types`. Structural checks (modules loaded, classes made, models complete), not
 * wall time: they hold on a busy machine.
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


def type_modules():
    return sorted(m for m in sys.modules if m.startswith("shellapi.types."))


def models_of(names):
    return [v for m in names for v in vars(sys.modules[m]).values()
            if isinstance(v, type) and issubclass(v, pydantic.BaseModel) and v.__module__ == m]


def imported_by(module):
    # The modules of types one imports at its top, and theirs.
    seen, todo = set(), [module]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            source = open(sys.modules["shellapi.types"].__path__[0] + "/" + name + ".py").read()
            todo += [line.split()[1][1:] for line in source.splitlines() if line.startswith("from ._")]
    return sorted("shellapi.types." + m for m in seen)


with_types = type_modules()
touched = types.MjButton
after_touch = type_modules()

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
after_call = type_modules()
built_after_call = sorted(m.__name__ for m in models_of(after_call) if m.__pydantic_complete__)
names = list(types.__all__)
every = {n: getattr(types, n) for n in names}
from shellapi.types import MjTask as imported
models = models_of(type_modules())
print(json.dumps({
    "loaded_by_import": loaded,
    "with_types": with_types,
    "after_touch": after_touch,
    "imports_of_touched": imported_by(types._MODULES["MjButton"]),
    "classes_after_touch": len(models_of(after_touch)),
    "after_call": after_call,
    "imports_of_task": imported_by(types._MODULES["MjTask"]),
    "modules": len(type_modules()),
    "models": len(models),
    "built_after_call": built_after_call,
    "built_after_all": sorted(m.__name__ for m in models if m.__pydantic_complete__),
    "every_name": sorted(n for n, v in every.items() if v is not None) == sorted(names),
    "from_import": imported is types.MjTask,
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
  // `types` alone loads none of its modules; a model, its own and the ones it imports.
  expect(out.with_types).toEqual([]);
  expect(out.after_touch).toEqual(out.imports_of_touched);
  expect(out.after_call).toEqual(out.imports_of_task);
  expect((out.after_call as string[]).length).toBeLessThan((out.modules as number) / 4);
  expect(out.classes_after_touch).toBeLessThan((out.models as number) / 4);
  // MjTask (and what it needs rebuilt for the lenient reading), not the whole module; importing
  // every other module builds none.
  expect((out.built_after_call as string[]).length).toBeGreaterThan(0);
  expect((out.built_after_call as string[]).length).toBeLessThan(10);
  expect(out.built_after_all).toEqual(out.built_after_call);
  expect(out.every_name).toBe(true);
  expect(out.from_import).toBe(true);
  expect(out).toMatchObject({
    task: 'MjTask',
    submit_time: 'soon',
    button: 'MjButton',
    custom_id: 'MJ::1',
    params: 'module',
  });
});
