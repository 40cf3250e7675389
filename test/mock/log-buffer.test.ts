import { describe, expect, it } from 'vitest';
import { createLineBuffer } from '../../templates/mock/log-buffer.js';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('request log buffer', () => {
  it('writes the lines of one event-loop turn in one chunk, in order', async () => {
    const writes: string[] = [];
    const log = createLineBuffer((chunk) => writes.push(chunk));
    log.line('GET /a 200');
    log.line('POST /b 400');
    expect(writes).toEqual([]);
    await turn();
    expect(writes).toEqual(['GET /a 200\nPOST /b 400\n']);
    log.line('GET /c 200');
    await turn();
    expect(writes).toEqual(['GET /a 200\nPOST /b 400\n', 'GET /c 200\n']);
  });

  it('flushes early past its size cap and on demand, never writing an empty chunk', async () => {
    const writes: string[] = [];
    const log = createLineBuffer((chunk) => writes.push(chunk));
    const long = 'x'.repeat(1000);
    for (let i = 0; i < 70; i++) log.line(long);
    expect(writes.length).toBe(1);
    log.flush();
    expect(writes.join('')).toBe(`${long}\n`.repeat(70));
    await turn();
    log.flush();
    expect(writes.length).toBe(2);
  });
});
