export interface paths {
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List items */
        get: {
            parameters: {
                query?: {
                    /** @description Filter by any of these tags. */
                    tags?: string[];
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Items. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": 1,
                         *         "name": "lamp",
                         *         "price": 12.5,
                         *         "note": null
                         *       }
                         *     ]
                         */
                        "application/json": components["schemas"]["Item"][];
                    };
                };
                /** @description Unexpected error. */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add an item from a form */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        name: string;
                        price?: number;
                    };
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 2,
                         *       "name": "chair",
                         *       "price": 40,
                         *       "note": null
                         *     }
                         */
                        "application/json": components["schemas"]["Item"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{item-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "item-id": number;
            };
            cookie?: never;
        };
        /** Get an item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "item-id": number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": 1,
                         *       "name": "lamp",
                         *       "price": 12.5,
                         *       "note": "fragile"
                         *     }
                         */
                        "application/json": components["schemas"]["Item"];
                    };
                };
                /** @description Not found. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "code": 404,
                         *       "message": "no such item"
                         *     }
                         */
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an item */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "item-id": number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{item-id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the photo */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "item-id": number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "image/jpeg": string;
                };
            };
            responses: {
                /** @description Stored. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        Item: {
            /** Format: int64 */
            readonly id: number;
            name: string;
            price?: number;
            note?: string | null;
        };
        Problem: {
            code: number;
            message: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
