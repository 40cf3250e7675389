import { BaseClient, type ClientConfig, type ClientOptions } from './core/index.js';
import { Default } from './resources/default.js';
/** What the runtime needs to know about this API: environment prefix, default root URL, security schemes, version segments of its paths, retry policy. The client class adds `logging`; a bare `new BaseClient(options, CLIENT_CONFIG)` logs nothing and bundles no logging code. */
export declare const CLIENT_CONFIG: ClientConfig;
/**
 * Legacy Store
 *
 * An OpenAPI 3.0 document without tags or operationIds, with an API key in a header, form bodies and nullable fields.
 *
 * Credentials: `apiKey` option, else the `SHELLAPI_API_KEY` environment variable; root URL: `baseUrl`, else `SHELLAPI_BASE_URL`, else `https://store.example.com/api`.
 * @example
 * ```ts
 * const client = new LegacyStore({ apiKey: process.env.SHELLAPI_API_KEY });
 * ```
 */
export declare class LegacyStore extends BaseClient {
    /** default */
    readonly default: Default;
    constructor(options?: ClientOptions);
}
