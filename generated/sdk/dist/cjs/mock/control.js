"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.controlRoute = controlRoute;
const json_js_1 = require("./json.js");
const pointer_js_1 = require("./pointer.js");
function controlRoute(method, path, body, target) {
    const { clock } = target;
    const parsed = body && body.length > 0
        ? (0, json_js_1.parseJson)(new TextDecoder().decode(body))
        : { ok: true, value: {} };
    const input = parsed.ok && (0, pointer_js_1.isJsonObject)(parsed.value) ? parsed.value : {};
    const clockState = () => ({
        now: clock.now(),
        mode: clock.mode,
        speed: clock.speed,
        pending: clock.pending,
    });
    const route = `${method.toUpperCase()} ${path}`;
    switch (route) {
        case 'POST /__mock/reset':
            target.reset();
            return { status: 200, value: { reset: true } };
        case 'GET /__mock/clock':
            return { status: 200, value: clockState() };
        case 'POST /__mock/clock':
            if (!parsed.ok)
                return { status: 400, value: { error: `malformed JSON: ${parsed.error.message}` } };
            try {
                if (typeof input.speed === 'number')
                    clock.speed = input.speed;
                if (typeof input.advanceMs === 'number')
                    clock.advance(input.advanceMs);
            }
            catch (e) {
                return { status: 400, value: { error: e instanceof Error ? e.message : String(e) } };
            }
            return { status: 200, value: clockState() };
        case 'GET /__mock/tasks':
            return { status: 200, value: { tasks: target.tasks.list() } };
        case 'GET /__mock/routes':
            return {
                status: 200,
                value: target.table.operations.map((o) => ({
                    operationId: o.operationId,
                    method: o.method.toUpperCase(),
                    path: target.basePath + o.path,
                })),
            };
        default:
            return { status: 404, value: { error: `unknown mock control route ${route}` } };
    }
}
