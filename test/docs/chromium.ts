/** Debian's chromium for the docs browser tests: its path and launch flags (headless, offline-friendly). */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Browser tests run when chromium is installed, and always in CI. */
export const RUN_BROWSER = existsSync(CHROMIUM) || Boolean(process.env.CI);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
