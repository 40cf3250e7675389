/**
 * Temp names a killed process left behind. The build and the write stage name their temps with
 * their own pid; one whose process is gone will never be renamed into place, so the next run
 * removes it. Plain JavaScript: generator/build.mjs runs before any TypeScript is built.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Is process `pid` running (on this machine)? When unsure, yes: its temps are left alone. */
export function processAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== 'ESRCH';
  }
}

/**
 * Removes the entries of `dir` whose name `pattern` matches and whose writer (the pattern's
 * first group, a pid) is gone. Returns the removed names.
 */
export async function removeDeadTemps(dir, pattern) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const dead = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return Number.isSafeInteger(pid) && pid > 0 && !processAlive(pid);
  });
  await Promise.all(dead.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
  return dead;
}
