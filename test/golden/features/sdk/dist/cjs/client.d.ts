import { BaseClient, type ClientConfig, type ClientOptions } from './core/index.js';
import { Chat } from './resources/chat.js';
import { Files } from './resources/files.js';
import { Render } from './resources/render.js';
/** What the runtime needs to know about this API: environment prefix, default root URL, security schemes, version segments of its paths, retry policy. The client class adds `logging`; a bare `new BaseClient(options, CLIENT_CONFIG)` logs nothing and bundles no logging code. */
export declare const CLIENT_CONFIG: ClientConfig;
/**
 * Features Fixture
 *
 * One small API that uses every feature the generator supports (streams, tasks, uploads, binary results, unions).
 *
 * Credentials: `apiKey` option, else the `SHELLAPI_API_KEY` environment variable; root URL: `baseUrl`, else `SHELLAPI_BASE_URL` (no default: the spec leaves the host to you).
 * @example
 * ```ts
 * const client = new FeaturesFixture({ apiKey: process.env.SHELLAPI_API_KEY, baseUrl: process.env.SHELLAPI_BASE_URL });
 * ```
 */
export declare class FeaturesFixture extends BaseClient {
    /** Chat (聊天): Chat completions that can stream. */
    readonly chat: Chat;
    /** Files: Uploads and binary downloads. */
    readonly files: Files;
    /** Render (渲染): Submit-then-poll render tasks. */
    readonly render: Render;
    constructor(options?: ClientOptions);
}
