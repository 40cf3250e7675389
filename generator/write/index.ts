/**
 * Write stage: VirtualFile[] → files in the output directory, owned through manifest.json.
 * `writeOutput` writes (all or nothing), `checkOutput` reports what writing would change,
 * `planWrite` is the read-only decision both build on.
 */
export { writeOutput, type WriteOptions, type WriteSummary } from './write-output.js';
export {
  checkOutput,
  describeCheck,
  FIX_COMMAND,
  type CheckEntry,
  type CheckResult,
} from './check-output.js';
export { planWrite, type PlannedWrite, type WritePlan } from './plan.js';
export { loadFormatCache } from './format-cache.js';
export {
  buildManifest,
  parseManifest,
  readOutputManifest,
  serializeManifest,
  sha256Hex,
  DEFAULT_GENERATOR_NAME,
  type Manifest,
  type ManifestMeta,
} from './manifest.js';
export { WriteError, type WriteIssue, type WriteIssueCode } from './errors.js';
export { unifiedDiff, type DiffOptions } from './diff.js';
export { nodeFsOps, type FsOps } from './fs-ops.js';
export { compareCodePoints } from '../util/compare.js';
export { MANIFEST_FILE } from './paths.js';
