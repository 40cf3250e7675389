/**
 * Wire-format rules a JSON example cannot carry by itself. One today: OpenAI's
 * `encoding_format: "base64"` asks for every embedding as base64 of little-endian float32 — the
 * official client sends it by default and decodes the strings, so a mock answering with number
 * arrays would hand it garbage. Applies to any number array under an `embedding` key.
 */
import type { JsonValue } from './types.js';
import { isJsonObject } from './pointer.js';

export function float32Base64(values: number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return btoa(Array.from(new Uint8Array(view.buffer), (b) => String.fromCharCode(b)).join(''));
}

function encodeEmbeddings(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(encodeEmbeddings);
  if (!value || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === 'embedding' && Array.isArray(v) && v.every((x) => typeof x === 'number')
        ? float32Base64(v as number[])
        : encodeEmbeddings(v);
  }
  return out;
}

export function applyWireFormat(value: JsonValue, requestBody: unknown): JsonValue {
  const base64 = isJsonObject(requestBody) && requestBody.encoding_format === 'base64';
  return base64 ? encodeEmbeddings(value) : value;
}
