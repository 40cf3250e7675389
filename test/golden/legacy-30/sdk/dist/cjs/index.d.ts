export { LegacyStore, CLIENT_CONFIG, LegacyStore as default } from './client.js';
export * from './core/index.js';
export * from './operations/default.js';
export { Default } from './resources/default.js';
export type { Item, Problem, components, operations, paths } from './schema.js';
