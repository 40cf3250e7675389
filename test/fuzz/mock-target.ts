/** The generated mock (generated/sdk, as a consumer runs it) started on 127.0.0.1 for the request fuzzer. */
import type { MockUnderTest } from './harness.js';

interface StartedMock {
  url: string;
  close(): Promise<void>;
}

export async function startGeneratedMock(): Promise<MockUnderTest & { close(): Promise<void> }> {
  const entry = new URL('../../generated/sdk/dist/mock/index.js', import.meta.url).href;
  const { startMock, routes } = (await import(entry)) as {
    startMock(options: object): Promise<StartedMock>;
    routes: { operations: { method: string; path: string }[] };
  };
  const mock = await startMock({ port: 0, host: '127.0.0.1', clock: 'manual' });
  return {
    url: mock.url,
    routes: routes.operations.map((o) => ({ method: o.method, path: o.path })),
    async alive() {
      try {
        return (
          (await fetch(`${mock.url}/__fuzz_alive`, { signal: AbortSignal.timeout(5_000) })).status <
          500
        );
      } catch {
        return false;
      }
    },
    close: () => mock.close(),
  };
}
