export interface AssistantMessage {
    role: 'assistant';
    content?: string | null;
}
export interface ChatChunk {
    id: string;
    object: 'chat.completion.chunk';
    choices: ({
        index: number;
        delta: {
            role?: string;
            content?: string;
        };
        finish_reason?: string | null;
    })[];
}
export interface ChatCompletion {
    id: string;
    object: 'chat.completion';
    created?: number;
    model?: string;
    choices: ({
        index: number;
        message: AssistantMessage;
        finish_reason?: 'stop' | 'length' | null;
    })[];
}
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage;
export interface ChatRequest {
    model: string;
    messages: ChatMessage[];
    temperature?: number;
    stream?: boolean;
}
export type ContentPart = {
    type: 'text';
    text: string;
} | {
    type: 'image_url';
    image_url: {
        url: string;
        detail?: 'auto' | 'low' | 'high';
    };
};
export interface ErrorEnvelope {
    error: {
        message: string;
        type: string;
        param?: string | null;
        code?: string | null;
    };
}
export type FileObject = {
    id: string;
} & {
    bytes?: number;
    filename?: string;
    purpose?: string;
};
export interface RenderTask {
    id: string;
    status: 'waiting' | 'working' | 'done' | 'error' | 'stopped';
    progress?: number;
    output?: string | null;
    /** Why the task failed. */
    reason?: string;
}
export interface SystemMessage {
    role: 'system';
    content: string;
}
export interface UserMessage {
    role: 'user';
    content: string | ContentPart[];
}
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
            path?: never;
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
        AssistantMessage: AssistantMessage;
        ChatChunk: ChatChunk;
        ChatCompletion: ChatCompletion;
        ChatMessage: ChatMessage;
        ChatRequest: ChatRequest;
        ContentPart: ContentPart;
        ErrorEnvelope: ErrorEnvelope;
        FileObject: FileObject;
        RenderTask: RenderTask;
        SystemMessage: SystemMessage;
        UserMessage: UserMessage;
    };
    responses: never;
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
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            /** @description The request was malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or wrong API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
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
                    /** @enum {string} */
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
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description The request was malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing or wrong API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
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
