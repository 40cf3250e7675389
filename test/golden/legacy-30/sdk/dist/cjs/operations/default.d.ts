import { type APIPromise, type BaseClient, type RequestOptions, type Uploadable } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.default.getItems()` (getItems). */
export type DefaultGetItemsParams = {
    tags?: string[];
    limit?: number;
};
/** Success body of `client.default.getItems()` (getItems). */
export type DefaultGetItemsResponse = components['schemas']['Item'][];
/** Error bodies of `client.default.getItems()`: read them from `APIError<DefaultGetItemsErrorBody>`'s `error`. */
export type DefaultGetItemsErrorBody = components['schemas']['Problem'];
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
export declare function defaultGetItems(client: BaseClient, params?: DefaultGetItemsParams, options?: RequestOptions): APIPromise<DefaultGetItemsResponse>;
/** Parameters of `client.default.postItems()` (postItems). */
export type DefaultPostItemsParams = {
    name: string;
    price?: number;
};
/** Success body of `client.default.postItems()` (postItems). */
export type DefaultPostItemsResponse = components['schemas']['Item'];
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
export declare function defaultPostItems(client: BaseClient, params: DefaultPostItemsParams, options?: RequestOptions): APIPromise<DefaultPostItemsResponse>;
/** Success body of `client.default.getItemsItemId()` (getItemsItemId). */
export type DefaultGetItemsItemIdResponse = components['schemas']['Item'];
/** Error bodies of `client.default.getItemsItemId()`: read them from `APIError<DefaultGetItemsItemIdErrorBody>`'s `error`. */
export type DefaultGetItemsItemIdErrorBody = components['schemas']['Problem'];
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
export declare function defaultGetItemsItemId(client: BaseClient, itemId: number, options?: RequestOptions): APIPromise<DefaultGetItemsItemIdResponse>;
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
export declare function defaultDeleteItemsItemId(client: BaseClient, itemId: number, options?: RequestOptions): APIPromise<void>;
/** Parameters of `client.default.putItemsItemIdPhoto()` (putItemsItemIdPhoto). */
export type DefaultPutItemsItemIdPhotoParams = {
    body?: Uploadable;
};
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
export declare function defaultPutItemsItemIdPhoto(client: BaseClient, itemId: number, params?: DefaultPutItemsItemIdPhotoParams, options?: RequestOptions): APIPromise<void>;
