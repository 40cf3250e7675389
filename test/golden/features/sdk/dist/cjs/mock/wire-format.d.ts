/**
 * Wire-format rules a JSON example cannot carry by itself. One today: OpenAI's
 * `encoding_format: "base64"` asks for every embedding as base64 of little-endian float32 — the
 * official client sends it by default and decodes the strings, so a mock answering with number
 * arrays would hand it garbage. Applies to any number array under an `embedding` key.
 */
import type { JsonValue } from './types.js';
export declare function float32Base64(values: number[]): string;
export declare function applyWireFormat(value: JsonValue, requestBody: unknown): JsonValue;
