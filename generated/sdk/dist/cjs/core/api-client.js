"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APIClient = void 0;
const client_js_1 = require("./client.js");
/**
 * The base of the generated client class: a `BaseClient` with calls to endpoints the spec does not
 * describe (`get/post/put/patch/delete`), and settings-only `toJSON` / `console.log`. Standalone
 * functions need only a `BaseClient`, so their bundles carry none of these.
 */
class APIClient extends client_js_1.BaseClient {
    /** The scheme raw calls authenticate with: the API's first. */
    #auth;
    constructor(options, config) {
        super(options, config);
        this.#auth = Object.keys(config.authSchemes)[0] ?? null;
    }
    /** Never shows the key: what `console.log(client)` and `JSON.stringify(client)` see. */
    toJSON() {
        return {
            baseUrl: this.baseUrl,
            maxRetries: this.maxRetries,
            timeout: this.timeout,
            idleTimeout: this.idleTimeout,
        };
    }
    /**
     * Calls an endpoint the spec does not describe (the escape hatch): `path` is sent as given
     * (after `baseUrl`), with the client's key, retries, timeouts and errors. `GET`/`PUT`/`DELETE`
     * are retried like reads; `POST`/`PATCH` only when surely unsent (or with `idempotent: true`).
     */
    get(path, options) {
        return this.#raw('get', path, options);
    }
    post(path, options) {
        return this.#raw('post', path, options);
    }
    put(path, options) {
        return this.#raw('put', path, options);
    }
    patch(path, options) {
        return this.#raw('patch', path, options);
    }
    delete(path, options) {
        return this.#raw('delete', path, options);
    }
    #raw(method, path, options = {}) {
        const { body, ...rest } = options;
        return this.request({
            method,
            // Braces are literal here, not placeholders.
            path: path.replace(/[{}]/g, encodeURIComponent),
            body: body === undefined ? undefined : { kind: 'json', value: body },
            retry: method === 'post' || method === 'patch' ? 'unsafe' : 'safe',
            auth: this.#auth,
            as: 'auto',
        }, rest);
    }
}
exports.APIClient = APIClient;
// `console.log(client)` in Node: one line of settings instead of the whole resource tree.
Object.defineProperty(APIClient.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    value() {
        return `${this.constructor.name} ${JSON.stringify(this.toJSON())}`;
    },
});
