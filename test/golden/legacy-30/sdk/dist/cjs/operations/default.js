"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultGetItems = defaultGetItems;
exports.defaultPostItems = defaultPostItems;
exports.defaultGetItemsItemId = defaultGetItemsItemId;
exports.defaultDeleteItemsItemId = defaultDeleteItemsItemId;
exports.defaultPutItemsItemIdPhoto = defaultPutItemsItemIdPhoto;
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
function defaultGetItems(client, params, options) {
    return client.request({
        method: 'get',
        path: '/items',
        operationId: 'getItems',
        query: { tags: params?.tags, limit: params?.limit },
        queryStyles: { tags: { style: 'form', explode: false } },
        retry: 'safe',
        auth: 'storeKey',
        as: 'json',
    }, options);
}
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
function defaultPostItems(client, params, options) {
    return client.request({
        method: 'post',
        path: '/items',
        operationId: 'postItems',
        body: { kind: 'urlencoded', mediaType: 'application/x-www-form-urlencoded', value: params },
        retry: 'unsafe',
        auth: 'storeKey',
        as: 'json',
    }, options);
}
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
function defaultGetItemsItemId(client, itemId, options) {
    return client.request({
        method: 'get',
        path: '/items/{item-id}',
        operationId: 'getItemsItemId',
        pathParams: { 'item-id': itemId },
        retry: 'safe',
        auth: 'storeKey',
        as: 'json',
    }, options);
}
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
function defaultDeleteItemsItemId(client, itemId, options) {
    return client.request({
        method: 'delete',
        path: '/items/{item-id}',
        operationId: 'deleteItemsItemId',
        pathParams: { 'item-id': itemId },
        retry: 'safe',
        auth: 'storeKey',
        as: 'auto',
    }, options);
}
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
function defaultPutItemsItemIdPhoto(client, itemId, params, options) {
    return client.request({
        method: 'put',
        path: '/items/{item-id}/photo',
        operationId: 'putItemsItemIdPhoto',
        pathParams: { 'item-id': itemId },
        body: { kind: 'binary', mediaType: 'image/jpeg', value: params?.body },
        retry: 'safe',
        auth: 'storeKey',
        as: 'auto',
    }, options);
}
