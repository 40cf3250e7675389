/**
 * Run by generator/build.mjs: each OpenAPI version's validator as standalone CommonJS code (Ajv's
 * `standalone`), so a run requires the compiled validator instead of compiling the official
 * schemas again (openapi-schema.ts falls back to compiling when the file is missing).
 */
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compileValidator, OPENAPI_VERSIONS, precompiledValidatorFile } from './openapi-schema.js';

type StandaloneCode = typeof standaloneModule.default;
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ??
  standaloneModule) as StandaloneCode;

/** File name in `build/` → module source. */
export function standaloneValidators(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const version of OPENAPI_VERSIONS) {
    const { ajv, validate } = compileValidator(version, true);
    out[precompiledValidatorFile(version)] = standaloneCode(ajv, validate);
  }
  return out;
}
