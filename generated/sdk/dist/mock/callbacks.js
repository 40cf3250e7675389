import { getAtPointer } from './pointer.js';
import { requestField } from './coerce.js';
/** `$request.body#/pointer`, `$request.query.x`, `.header.x`, `.path.x`. */
const EXPRESSION = /^\$request\.(?:body#?(.*)|(query|header|path)\.(.+))$/;
/** `{$request.body#/notifyHook}` (also `.query.x`, `.header.x`, `.path.x`) → an http(s) URL, or undefined. */
export function resolveCallbackUrl(expression, req) {
    const evaluate = (expr) => {
        const m = EXPRESSION.exec(expr.trim());
        const where = m?.[2];
        const value = where ? requestField(req, where, m[3]) : m && getAtPointer(req.body, m[1]);
        return typeof value === 'string' && value !== '' ? value : undefined;
    };
    let missing = false;
    const url = expression.includes('{')
        ? expression.replace(/\{([^}]+)\}/g, (_, inner) => {
            const v = evaluate(inner);
            if (v === undefined)
                missing = true;
            return v ?? '';
        })
        : evaluate(expression);
    if (missing || !url)
        return undefined;
    return /^https?:\/\//i.test(url) ? url : undefined;
}
export function createCallbackSender(options) {
    const deliveries = new Set();
    return {
        send(url, method, body) {
            const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
            if (!options.enabled || !doFetch)
                return;
            const verb = method.toUpperCase();
            const delivery = doFetch(url, {
                method: verb,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
            })
                .then(async (res) => {
                await res.arrayBuffer();
                if (!res.ok)
                    options.log(`callback ${verb} ${url} answered ${res.status}`);
            })
                .catch((e) => options.log(`callback ${verb} ${url} failed: ${e instanceof Error ? e.message : String(e)}`))
                .finally(() => deliveries.delete(delivery));
            deliveries.add(delivery);
        },
        async idle() {
            while (deliveries.size > 0)
                await Promise.all([...deliveries]);
        },
    };
}
