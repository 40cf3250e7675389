"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chatCompletionsCreate = chatCompletionsCreate;
function chatCompletionsCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/v1/chat/completions',
        operationId: 'createChatCompletion',
        body: { kind: 'json', mediaType: 'application/json', value: params },
        retry: 'safe',
        auth: 'bearerAuth',
        stream: params.stream === true ? { terminator: '[DONE]' } : undefined,
        as: 'json',
    }, options);
}
