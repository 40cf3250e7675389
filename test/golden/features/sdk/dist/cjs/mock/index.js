"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runMockCli = exports.MOCK_CLI_HELP = exports.routes = void 0;
exports.startMock = startMock;
exports.createMockEngine = createMockEngine;
const routes_js_1 = require("./routes.js");
Object.defineProperty(exports, "routes", { enumerable: true, get: function () { return routes_js_1.routes; } });
const server_js_1 = require("./server.js");
const engine_js_1 = require("./engine.js");
var cli_main_js_1 = require("./cli-main.js");
Object.defineProperty(exports, "MOCK_CLI_HELP", { enumerable: true, get: function () { return cli_main_js_1.MOCK_CLI_HELP; } });
Object.defineProperty(exports, "runMockCli", { enumerable: true, get: function () { return cli_main_js_1.runMockCli; } });
/** Starts the mock HTTP server (default 127.0.0.1, a free port). */
function startMock(options = {}) {
    return (0, server_js_1.startMockServer)({ ...options, routes: options.routes ?? routes_js_1.routes });
}
/** The engine without a server: `engine.handle(request)` for custom transports. */
function createMockEngine(options = {}) {
    return (0, engine_js_1.createMockEngine)({ ...options, routes: options.routes ?? routes_js_1.routes });
}
