/**
 * The emitter registry: each product `--only` selects, the emitters that make it (imported only
 * when the target runs, so `lint` loads no emitter, TypeScript, ts-morph or prettier) and the
 * output paths it owns. A module of its own so the CLI can name the targets without loading the
 * pipeline.
 */
import type { Emitter } from './emit/types.js';

export type Target = 'client' | 'mock' | 'docs' | 'python';

export interface EmitStage {
  /** Timing label (`emit:<name>`). */
  name: string;
  load(): Promise<Emitter>;
}

export interface TargetEntry {
  target: Target;
  /** Run in order. */
  stages: EmitStage[];
  /** Output paths this target owns: lets `--only` keep the other targets' files as they are. */
  owns: RegExp[];
  /**
   * Emitted after the package's compile and format, whose garbage is then collectable: the docs'
   * tens of megabytes of page strings never sit in memory next to TypeScript's program (the run's
   * peak). Such a target's files are formatted on their own.
   */
  afterPackage?: boolean;
}

/** In run order. */
export const REGISTRY: readonly TargetEntry[] = [
  {
    target: 'client',
    stages: [
      { name: 'types', load: async () => (await import('./emit/types/index.js')).emitSchemaTypes },
      { name: 'client', load: async () => (await import('./emit/client/index.js')).emitClient },
    ],
    // The rest of the SDK package (see OWNER_OF_THE_REST), node10 stubs (sdk/mock/package.json) included.
    owns: [],
  },
  {
    target: 'mock',
    stages: [{ name: 'mock', load: async () => (await import('./emit/mock/index.js')).emitMock }],
    // Sources and both builds (dist/, dist/cjs/).
    owns: [/^sdk\/(?:src|dist(?:\/cjs)?)\/(?:mock|msw)\//],
  },
  {
    target: 'docs',
    stages: [{ name: 'docs', load: async () => (await import('./emit/docs/index.js')).emitDocs }],
    owns: [/^docs\//],
    afterPackage: true,
  },
  {
    target: 'python',
    stages: [
      { name: 'python', load: async () => (await import('./emit/python/index.js')).emitPython },
    ],
    owns: [/^python\//],
  },
];

export const TARGETS: Target[] = REGISTRY.map((entry) => entry.target);

/** Owns every output path no other target claims. */
const OWNER_OF_THE_REST: Target = 'client';

/** The target that owns an output path. */
export function targetOf(file: string): Target {
  return REGISTRY.find((e) => e.owns.some((re) => re.test(file)))?.target ?? OWNER_OF_THE_REST;
}
