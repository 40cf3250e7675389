"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.completionsCreate = completionsCreate;
function completionsCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/v1/completions',
        operationId: 'createCompletion',
        body: { kind: 'json', mediaType: 'application/json', value: params },
        retry: 'safe',
        auth: 'bearerAuth',
        stream: params.stream === true ? { terminator: '[DONE]' } : undefined,
        as: 'json',
    }, options);
}
