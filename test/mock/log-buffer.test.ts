import { describe, expect, it } from 'vitest';
import { createLineBuffer, FLUSH_DELAY_MS } from '../../templates/mock/log-buffer.js';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('request log buffer', () => {
  it('writes the lines of a short span in one chunk, in order, within the flush delay', async () => {
    const writes: string[] = [];
    const log = createLineBuffer((chunk) => writes.push(chunk));
    log.line('GET /a 200');
    await turn();
    log.line('POST /b 400');
    expect(writes).toEqual([]);
    await pause(FLUSH_DELAY_MS + 20);
    expect(writes).toEqual(['GET /a 200\nPOST /b 400\n']);
    log.line('GET /c 200');
    await pause(FLUSH_DELAY_MS + 20);
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
    await pause(FLUSH_DELAY_MS + 20);
    log.flush();
    expect(writes.length).toBe(2);
  });

  it('keeps a process with pending lines alive until they are written', async () => {
    const { execFileSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const module = fileURLToPath(new URL('../../templates/mock/log-buffer.ts', import.meta.url));
    const script = `import { createLineBuffer } from ${JSON.stringify(module)};
      createLineBuffer((c) => process.stdout.write(c)).line('last line');`;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toBe('last line\n');
  });
});
