/** Types of stale-temps.mjs (plain JavaScript, so generator/build.mjs can run it unbuilt). */
export declare function processAlive(pid: number): boolean;
export declare function removeDeadTemps(dir: string, pattern: RegExp): Promise<string[]>;
