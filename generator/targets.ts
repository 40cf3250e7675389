/** The products `--only` selects; a module of its own so the CLI can name them without loading the pipeline. */
export type Target = 'client' | 'mock' | 'docs' | 'python';
export const TARGETS: Target[] = ['client', 'mock', 'docs', 'python'];
