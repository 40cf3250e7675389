/** Types of vendor-ts-morph.mjs (plain JavaScript, run by build.mjs). */
export declare const TS_MORPH_FILE: string;
export declare const LIB_FILES_FILE: string;
export declare function tsMorphFiles(root: string): {
  tsMorph: string;
  common: string;
  sameTypeScript: boolean;
};
export declare function splitCommon(
  source: string,
): { common: string; libFiles: string } | undefined;
export declare function bundleTsMorph(
  esbuild: unknown,
  root: string,
  outdir: string,
): Promise<boolean>;
