/**
 * Waits on a page's real condition (playwright-core's own waiting, re-querying the locator), with a
 * generous limit: on a loaded machine Chromium takes seconds for what usually takes milliseconds,
 * and `expect.poll`'s one second made the docs browser tests flaky. A broken page still fails, later.
 */
import type { Locator } from 'playwright-core';

export const PAGE_WAIT_MS = 60_000;

/** Until `locator` (in the DOM, shown or not) has text that contains `text` (a string: case-insensitively) or matches it (a RegExp). */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  try {
    await locator
      .filter({ hasText: text })
      .first()
      .waitFor({ state: 'attached', timeout: PAGE_WAIT_MS });
  } catch (error) {
    const shown = await locator
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(
      `${String(locator)} never showed ${String(text)}; it shows ${JSON.stringify(shown)}`,
      {
        cause: error,
      },
    );
  }
}

/** Until `locator` (its first element, shown or not) has the attribute `name` equal to `value`. */
export async function waitForAttribute(
  locator: Locator,
  name: string,
  value: string,
): Promise<void> {
  try {
    await locator
      .and(locator.page().locator(`[${name}=${JSON.stringify(value)}]`))
      .first()
      .waitFor({ state: 'attached', timeout: PAGE_WAIT_MS });
  } catch (error) {
    const shown = await locator
      .first()
      .getAttribute(name, { timeout: 1000 })
      .catch(() => null);
    throw new Error(
      `${String(locator)} never had ${name}=${JSON.stringify(value)}; it has ${JSON.stringify(shown)}`,
      {
        cause: error,
      },
    );
  }
}

/** Until `locator` matches at least `count` elements. */
export async function waitForCount(locator: Locator, count: number): Promise<void> {
  await locator.nth(count - 1).waitFor({ state: 'attached', timeout: PAGE_WAIT_MS });
}

/** Until `locator` (its first element) is visible. */
export async function waitForVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: PAGE_WAIT_MS });
}
