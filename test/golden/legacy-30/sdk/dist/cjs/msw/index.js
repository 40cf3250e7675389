"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createMswHandlers = createMswHandlers;
const msw_js_1 = require("../mock/msw.js");
const routes_js_1 = require("../mock/routes.js");
/** One handler per operation (most specific paths first) sharing one engine: tasks submitted through one are seen by the others. */
function createMswHandlers(http, options = {}) {
    return (0, msw_js_1.createMswHandlers)(routes_js_1.routes, http, options);
}
