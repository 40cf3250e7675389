/**
 * A value added to the Shell spec's shared `MjTaskStatus` enum is one entry per side, headed by the
 * enum, naming every SDK call it reaches: the poll among the responses, and each request field
 * it types (`statusSet[]` too, not only the first one met).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecs, loadSide } from '../../generator/diff/index.js';

const root = path.resolve(__dirname, '../..');

function edited(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'diff-shared-enum-'));
  cpSync(path.join(root, 'spec'), dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text).toContain(from);
    writeFileSync(path.join(dir, file), text.replace(from, to));
  };
  edit('schemas/midjourney.yaml', 'SUCCESS, CANCEL]', 'SUCCESS, CANCEL, PAUSED]');
  edit('openapi.yaml', 'running: [IN_PROGRESS, MODAL]', 'running: [IN_PROGRESS, MODAL, PAUSED]');
  return path.join(dir, 'openapi.yaml');
}

describe('a value added to a shared enum', () => {
  it('is headed by the enum and names every call, responses and requests apart', async () => {
    const base = await loadSide(path.join(root, 'spec/openapi.yaml'), 'base');
    const head = await loadSide(edited(), 'head');
    const { changes } = diffSpecs(base, head);
    const response = changes.filter((c) => c.code === 'response-enum-value-added');
    expect(response.map((c) => c.operation)).toEqual(['MjTaskStatus']);
    expect(response[0]!.message).toMatch(/^may now be "PAUSED": /);
    expect(response[0]!.message).toContain(
      'client.midjourney.tasks.retrieve() response 200.status',
    );
    const request = changes.filter((c) => c.code === 'request-enum-value-added');
    expect(request.map((c) => [c.operation, c.message])).toEqual([
      [
        'MjTaskStatus',
        'now allows "PAUSED" (at client.midjourney.tasks.query() request body.status, client.midjourney.tasks.query() request body.statusSet[])',
      ],
    ]);
  });
});
