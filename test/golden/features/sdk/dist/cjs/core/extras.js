"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withExtras = withExtras;
function withExtras(value) {
    return value;
}
