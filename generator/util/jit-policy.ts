/**
 * V8's tiering is tuned for long-lived programs: a function is sent to the optimising compiler
 * after little work, on background threads. A generator run is a short batch job, and there most of
 * those compiles cost more than they save: on openai.yaml's client run about 40 % of the process's
 * CPU was V8's worker threads, for code that then ran a few more times. A larger interrupt budget
 * (4× V8's default) leaves that code in the baseline tiers and optimises only the truly hot.
 *
 * Long-lived commands (`mock`, `generate --watch`) run under it too: it only delays when hot code
 * is optimised, not how fast it then runs.
 *
 * Applied by cli.ts before any large module is compiled; the build's code-cache warm-up runs
 * through cli.ts too, so its data is made under the same flags (V8 rejects data made under others).
 */
import v8 from 'node:v8';

const INTERRUPT_BUDGET = 4 * 67_584;

export function applyJitPolicy(): void {
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
