/** The specs whose generated files the final-form printers must print exactly as prettier does. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));

export const REAL_SPECS = [
  'spec/openapi.yaml',
  'test/fixtures/specs/features/openapi.yaml',
  path.join(SHARED, 'petstore.yaml'),
  path.join(SHARED, 'museum.yaml'),
  path.join(SHARED, 'openai.yaml'),
];
