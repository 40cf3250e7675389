import { type APIPromise, APIResource, type RequestOptions } from '../core/index.js';
import { type DefaultGetItemsItemIdResponse, type DefaultGetItemsParams, type DefaultGetItemsResponse, type DefaultPostItemsParams, type DefaultPostItemsResponse, type DefaultPutItemsItemIdPhotoParams } from '../operations/default.js';
/** default */
export declare class Default extends APIResource {
    /**
     * Remove an item
     *
     * `DELETE /items/{item-id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
     * @param itemId The `item-id` path parameter.
     * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
     * @returns Resolves when the server has answered.
     * @example
     * ```ts
     * const result = await client.default.deleteItemsItemId(1);
     * ```
     */
    deleteItemsItemId(itemId: number, options?: RequestOptions): APIPromise<void>;
    /**
     * List items
     *
     * `GET /items` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
     * @param params Query/header parameters.
     * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
     * @returns The `DefaultGetItemsResponse` body.
     * @example
     * ```ts
     * const result = await client.default.getItems();
     * ```
     */
    getItems(params?: DefaultGetItemsParams, options?: RequestOptions): APIPromise<DefaultGetItemsResponse>;
    /**
     * Get an item
     *
     * `GET /items/{item-id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
     * @param itemId The `item-id` path parameter.
     * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
     * @returns The `DefaultGetItemsItemIdResponse` body.
     * @example
     * ```ts
     * const result = await client.default.getItemsItemId(1);
     * ```
     */
    getItemsItemId(itemId: number, options?: RequestOptions): APIPromise<DefaultGetItemsItemIdResponse>;
    /**
     * Add an item from a form
     *
     * `POST /items` — Not re-sent automatically once it may have reached the server (it can start paid work).
     * @param params Query/header parameters and the request body.
     * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
     * @returns The `DefaultPostItemsResponse` body.
     * @example
     * ```ts
     * const result = await client.default.postItems({
     *   name: 'string',
     * });
     * ```
     */
    postItems(params: DefaultPostItemsParams, options?: RequestOptions): APIPromise<DefaultPostItemsResponse>;
    /**
     * Replace the photo
     *
     * `PUT /items/{item-id}/photo` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
     * @param itemId The `item-id` path parameter.
     * @param params Query/header parameters and the request body.
     * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
     * @returns Resolves when the server has answered.
     * @example
     * ```ts
     * import fs from 'node:fs';
     *
     * const result = await client.default.putItemsItemIdPhoto(1, {
     *   body: fs.createReadStream('body.bin'),
     * });
     * ```
     */
    putItemsItemIdPhoto(itemId: number, params?: DefaultPutItemsItemIdPhotoParams, options?: RequestOptions): APIPromise<void>;
}
