"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withBackoff = withBackoff;
/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
function withBackoff(policy, backoff = {}) {
    return {
        ...policy,
        initialDelayMs: backoff.initialDelayMs ?? policy.initialDelayMs,
        maxDelayMs: backoff.maxDelayMs ?? policy.maxDelayMs,
        maxServerDelayMs: backoff.maxServerDelayMs ?? policy.maxServerDelayMs,
    };
}
