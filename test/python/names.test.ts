/** Python class names: components keep theirs, an inline object's class yields when its name is taken. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { PythonTypes } from '../../generator/emit/surface/python-types.js';

// `resource.settings` is an inline object whose class would be `ResourceSettings`, the name the
// component `resource_settings` already holds (the Stripe shape: `account_settings` and
// `account.settings` both exist).
const SPEC = `openapi: 3.1.0
info: { title: T, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /resources:
    get:
      operationId: listResources
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/resource' }
components:
  schemas:
    Model:
      type: object
      properties: { id: { type: string } }
    resource_settings:
      type: object
      properties: { theme: { type: string } }
    resource:
      type: object
      properties:
        settings:
          type: object
          properties: { locale: { type: string } }
        defaults: { $ref: '#/components/schemas/resource_settings' }
        model: { $ref: '#/components/schemas/Model' }
`;

describe('Python type names', () => {
  it('an inline class whose name a component holds takes the next free name', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-pynames-'));
    try {
      await writeFile(path.join(dir, 'openapi.yaml'), SPEC);
      const { ir, problems } = buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const { code, names } = new PythonTypes(ir).module('model');
      expect(names).toEqual(expect.arrayContaining(['ResourceSettings', 'ResourceSettings2']));
      // The component keeps its name and its field; the inline class has the other field.
      expect(code).toMatch(/class ResourceSettings\(\w+\):[^]*?theme/);
      expect(code).toMatch(/class ResourceSettings2\(\w+\):[^]*?locale/);
      expect(code).toMatch(/settings: .*ResourceSettings2/);
      // A schema named like the runtime's base class keeps its name: the base is imported as `_Model`.
      expect(code).toMatch(/^class Model\(_Model\):/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
