/** Task callbacks (`notifyHook`): the URL from the request's runtime expression, and fire-and-forget delivery that can be awaited. */
import type { JsonValue } from './types.js';
import { getAtPointer } from './pointer.js';
import { requestField, type RequestParts } from './coerce.js';

/** `$request.body#/pointer`, `$request.query.x`, `.header.x`, `.path.x`. */
const EXPRESSION = /^\$request\.(?:body#?(.*)|(query|header|path)\.(.+))$/;

/** `{$request.body#/notifyHook}` (also `.query.x`, `.header.x`, `.path.x`) → an http(s) URL, or undefined. */
export function resolveCallbackUrl(expression: string, req: RequestParts): string | undefined {
  const evaluate = (expr: string): string | undefined => {
    const m = EXPRESSION.exec(expr.trim());
    const field = m?.[2] && { in: m[2] as 'query' | 'header' | 'path', name: m[3]! };
    const value = field ? requestField(req, field) : m && getAtPointer(req.body, m[1]!);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  let missing = false;
  const url = expression.includes('{')
    ? expression.replace(/\{([^}]+)\}/g, (_, inner: string) => {
        const v = evaluate(inner);
        if (v === undefined) missing = true;
        return v ?? '';
      })
    : evaluate(expression);
  if (missing || !url) return undefined;
  return /^https?:\/\//i.test(url) ? url : undefined;
}

export interface CallbackSender {
  send(url: string, method: string, body: JsonValue): void;
  /** Resolves when every delivery started so far has finished. */
  idle(): Promise<void>;
}

export function createCallbackSender(options: {
  enabled: boolean;
  fetch?: typeof fetch;
  log: (line: string) => void;
}): CallbackSender {
  const deliveries = new Set<Promise<void>>();
  return {
    send(url, method, body): void {
      const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
      if (!options.enabled || !doFetch) return;
      const verb = method.toUpperCase();
      const delivery: Promise<void> = doFetch(url, {
        method: verb,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
        .then(async (res) => {
          await res.arrayBuffer();
          if (!res.ok) options.log(`callback ${verb} ${url} answered ${res.status}`);
        })
        .catch((e: unknown) =>
          options.log(
            `callback ${verb} ${url} failed: ${e instanceof Error ? e.message : String(e)}`,
          ),
        )
        .finally(() => deliveries.delete(delivery));
      deliveries.add(delivery);
    },
    async idle(): Promise<void> {
      while (deliveries.size > 0) await Promise.all([...deliveries]);
    },
  };
}
