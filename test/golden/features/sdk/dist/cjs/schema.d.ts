export interface paths {
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion
         * @description Answers a list of messages; streams chunks when `stream` is true.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/render/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List render tasks */
        get: operations["listRenderTasks"];
        put?: never;
        /**
         * Submit a render task
         * @description Starts a paid render; poll it with `getRenderTask`.
         */
        post: operations["submitRender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/render/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        /** Get a render task */
        get: operations["getRenderTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/render/tasks/{task_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a render task */
        post: operations["cancelRenderTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file's bytes */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorEnvelope: {
            error: {
                message: string;
                type: string;
                param?: string | null;
                code?: string | null;
            };
        };
        ChatRequest: {
            /** @example gpt-4o */
            model: string;
            messages: components["schemas"]["ChatMessage"][];
            /** @default 1 */
            temperature?: number;
            /** @default false */
            stream?: boolean;
        };
        ChatMessage: components["schemas"]["SystemMessage"] | components["schemas"]["UserMessage"] | components["schemas"]["AssistantMessage"];
        SystemMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "system";
            content: string;
        };
        UserMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "user";
            content: string | components["schemas"]["ContentPart"][];
        };
        AssistantMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "assistant";
            content?: string | null;
        };
        ContentPart: {
            /** @constant */
            type: "text";
            text: string;
        } | {
            /** @constant */
            type: "image_url";
            image_url: {
                url: string;
                /**
                 * @default auto
                 * @enum {string}
                 */
                detail?: "auto" | "low" | "high";
            };
        };
        ChatCompletion: {
            id: string;
            /** @constant */
            object: "chat.completion";
            created?: number;
            model?: string;
            choices: {
                index: number;
                message: components["schemas"]["AssistantMessage"];
                /** @enum {string|null} */
                finish_reason?: "stop" | "length" | null;
            }[];
        };
        ChatChunk: {
            id: string;
            /** @constant */
            object: "chat.completion.chunk";
            choices: {
                index: number;
                delta: {
                    role?: string;
                    content?: string;
                };
                finish_reason?: string | null;
            }[];
        };
        RenderTask: {
            id: string;
            /** @enum {string} */
            status: "waiting" | "working" | "done" | "error" | "stopped";
            progress?: number;
            /** Format: uri */
            output?: string | null;
            /** @description Why the task failed. */
            reason?: string;
        };
        FileObject: {
            readonly id: string;
        } & {
            bytes?: number;
            filename?: string;
            purpose?: string;
        };
    };
    responses: {
        /** @description The request was malformed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "messages is required",
                 *         "type": "invalid_request_error",
                 *         "param": "messages",
                 *         "code": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Missing or wrong API key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Invalid API key",
                 *         "type": "invalid_request_error",
                 *         "param": null,
                 *         "code": "invalid_api_key"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Too many requests. */
        RateLimited: {
            headers: {
                "retry-after"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Rate limit reached",
                 *         "type": "rate_limit_error",
                 *         "param": null,
                 *         "code": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatRequest"];
            };
        };
        responses: {
            /** @description The completion, or an event stream when `stream` is true. */
            200: {
                headers: {
                    /** @description Request id for support. */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listRenderTasks: {
        parameters: {
            query?: {
                status?: "waiting" | "working" | "done" | "error" | "stopped";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "task_123",
                     *         "status": "done",
                     *         "progress": 100,
                     *         "output": "https://cdn.example.com/r/task_123.png"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["RenderTask"][];
                };
            };
        };
    };
    submitRender: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What to render. */
                    prompt: string;
                    /**
                     * @default 1024x1024
                     * @enum {string}
                     */
                    size?: "512x512" | "1024x1024";
                    /**
                     * Format: uri
                     * @description URL that receives the task on every status change.
                     */
                    notifyHook?: string;
                };
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "task_123"
                     *     }
                     */
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getRenderTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderTask"];
                };
            };
            /** @description No such task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "message": "task not found",
                     *         "type": "not_found",
                     *         "param": null,
                     *         "code": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelRenderTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "task_123",
                     *       "status": "stopped",
                     *       "progress": 40,
                     *       "output": null
                     *     }
                     */
                    "application/json": components["schemas"]["RenderTask"];
                };
            };
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file bytes.
                     */
                    file: string;
                    /** @enum {string} */
                    purpose: "input" | "mask";
                };
            };
        };
        responses: {
            /** @description The stored file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "file_1",
                     *       "bytes": 68,
                     *       "filename": "cat.png",
                     *       "purpose": "input"
                     *     }
                     */
                    "application/json": components["schemas"]["FileObject"];
                };
            };
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description No such file. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
