"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canonicalState = canonicalState;
exports.scaleProgress = scaleProgress;
const ORDER = [
    'succeeded',
    'failed',
    'cancelled',
    'running',
    'queued',
];
/**
 * Maps a vendor status onto the canonical lifecycle. Values compare as JSON scalars, with a
 * case-insensitive text fallback (`"1"` matches `1`, `success` matches `SUCCESS`). A missing
 * status counts as `queued` (some vendors answer before the task is visible); an unknown one as
 * `running`, so polling goes on until the budget runs out rather than failing on a new value.
 */
function canonicalState(vendorStatus, states) {
    if (vendorStatus === undefined || vendorStatus === null || vendorStatus === '')
        return 'queued';
    for (const state of ORDER)
        if (states[state].some((value) => value === vendorStatus))
            return state;
    const text = String(vendorStatus).toLowerCase();
    for (const state of ORDER)
        if (states[state].some((value) => String(value).toLowerCase() === text))
            return state;
    return 'running';
}
/** `"37%"`, `37` (percent) or `0.37` (fraction) → 0.37, clamped to 0..1; undefined when unreadable. */
function scaleProgress(raw, scale) {
    let value;
    if (typeof raw === 'number')
        value = raw;
    else if (typeof raw === 'string' && raw.trim() !== '')
        value = Number(raw.trim().replace(/%$/, ''));
    else
        return undefined;
    if (!Number.isFinite(value))
        return undefined;
    const fraction = scale === 'fraction' ? value : value / 100;
    return Math.min(1, Math.max(0, fraction));
}
