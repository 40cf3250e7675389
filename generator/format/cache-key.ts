import { createHash } from 'node:crypto';
import { PRETTIER_OPTIONS, PRETTIER_VERSION } from './options.js';
import { utf8Scratch } from '../util/utf8-scratch.js';

// Computed once: anything that can change prettier's output is part of every key, so a
// version bump or an option change invalidates all cached (and persisted) results.
const SETTINGS_FINGERPRINT = `${PRETTIER_VERSION}\0${JSON.stringify(PRETTIER_OPTIONS)}`;

/** Content hash identifying one prettier call: settings, parser and input text. */
export function formatInputHash(parser: string, text: string): string {
  return createHash('sha256')
    .update(SETTINGS_FINGERPRINT)
    .update('\0')
    .update(parser)
    .update('\0')
    .update(utf8Scratch(text))
    .digest('hex');
}
